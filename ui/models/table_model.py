"""One pattern for every table: columns described once, rows set at once, the row on a role.

Models are read-only views of the read model's rows: editing happens in the
page's form, through an undo command, and the page then shows the rows again.
Rows are matched by their ``id``: a row that changed is redrawn where it is,
a row that came or went is inserted or removed, so the views keep their
selection, scroll position and the field being typed in. Only a list with
no row in common with the one shown (another meeting's) resets the model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

#: the role under which every model returns the row object itself
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: the role under which a column returns a value to sort by (dates, numbers)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column(Generic[T]):
    """A column: its title, the text it shows for a row, and optionally more."""

    title: Callable[[], str]          # called each time, so a language switch shows
    text: Callable[[T], str]
    sort_key: Callable[[T], Any] | None = None
    tooltip: Callable[[T], str] | None = None
    #: a QIcon/QColor-free hint for the view: True marks the cell as needing attention
    attention: Callable[[T], bool] | None = None
    align_right: bool = False


def _key(row: Any) -> Any:
    return getattr(row, "id", None)


class RowTableModel(QAbstractTableModel, Generic[T]):
    """A table of rows of one kind, described by its columns."""

    #: the roles :meth:`data` answers
    roles: frozenset[int] = frozenset({
        Qt.ItemDataRole.DisplayRole, ROW_ROLE, SORT_ROLE, Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.FontRole})

    def __init__(self, columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[T] = []
        #: each row's position by its key, built when first asked for and kept until rows
        #: come, go or move: an edit finds its row without a pass over a long list
        self._positions: dict[Any, int] | None = None

    # -- the rows -------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[T]) -> None:
        """Show ``rows``: in place where they share ids with the rows shown, else a reset."""
        new = list(rows)
        new_ids = [self.row_key(row) for row in new]
        old_ids = [self.row_key(row) for row in self._rows]
        known = set(old_ids)
        if (not known.intersection(new_ids) or None in known or None in new_ids
                or len(set(new_ids)) < len(new_ids) or len(known) < len(old_ids)):
            self.reset_rows(new)
            return
        self._remove_gone(old_ids, set(new_ids))
        kept = set(old_ids)
        self._reorder(old_ids, [key for key in new_ids if key in kept])
        for position, key in enumerate(new_ids):
            if position >= len(old_ids) or old_ids[position] != key:
                # the rows kept are in the new order already: anything else is new here
                self.beginInsertRows(QModelIndex(), position, position)
                self._rows.insert(position, new[position])
                self._positions = None
                old_ids.insert(position, key)
                self.endInsertRows()
            elif self._rows[position] != new[position]:
                self.update_row(position, new[position])

    def reset_rows(self, rows: Sequence[T]) -> None:
        """Replace every row (a reset: views keep no stale index)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._positions = None
        self.endResetModel()

    def _remove_gone(self, old_ids: list[Any], keep: set[Any]) -> None:
        end = len(old_ids) - 1
        while end >= 0:
            if old_ids[end] in keep:
                end -= 1
                continue
            start = end
            while start > 0 and old_ids[start - 1] not in keep:
                start -= 1
            self.beginRemoveRows(QModelIndex(), start, end)
            del self._rows[start:end + 1]
            self._positions = None
            del old_ids[start:end + 1]
            self.endRemoveRows()
            end = start - 1

    def _reorder(self, old_ids: list[Any], order: list[Any]) -> None:
        if order == old_ids:
            return
        self.layoutAboutToBeChanged.emit()
        was = {key: position for position, key in enumerate(old_ids)}
        now = {key: position for position, key in enumerate(order)}
        self._rows = [self._rows[was[key]] for key in order]
        self._positions = None
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(persistent, [
            self.index(now[old_ids[i.row()]], i.column()) for i in persistent])
        old_ids[:] = order
        self.layoutChanged.emit()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_key(self, row: T) -> Any:
        """What tells a row from the others across reloads (its ``id``, by default)."""
        return _key(row)

    def row_at(self, index: Index) -> T | None:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def row_of(self, predicate: Callable[[T], bool]) -> int:
        """The position of the first row for which ``predicate`` holds, or -1."""
        return next((i for i, row in enumerate(self._rows) if predicate(row)), -1)

    def position_of(self, key: Any) -> int:
        """The position of the row whose key is ``key``, or -1."""
        if self._positions is None:
            self._positions = {self.row_key(row): position
                               for position, row in enumerate(self._rows)}
        return self._positions.get(key, -1)

    def update_rows(self, rows: Sequence[T]) -> None:
        """Redraw the rows shown with these rows' ids that changed, each in place; others,
        and a row read again as it was (a meeting whose score an edit left alone), are
        untouched."""
        for row in rows:
            position = self.position_of(self.row_key(row))
            if position >= 0 and self._rows[position] != row:
                self.update_row(position, row)

    def update_row(self, position: int, row: T) -> None:
        """Replace one row and tell the views only about that row (no other row is read)."""
        if self._positions is not None and (
                self.row_key(row) != self.row_key(self._rows[position])):
            self._positions = None
        self._rows[position] = row
        self.dataChanged.emit(self.index(position, 0),
                              self.index(position, len(self.columns) - 1))

    # -- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # a view asks each cell for a dozen roles as it paints and measures: the roles no
        # column answers are refused before the row is looked up
        if role not in self.roles:
            return None
        row = self.row_at(index)
        position = index.column()
        if row is None or not 0 <= position < len(self.columns):
            return None
        column = self.columns[position]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return column.sort_key(row) if column.sort_key else column.text(row).casefold()
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column.attention and column.attention(row):
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.columns)):
            return self.columns[section].title()
        return None
