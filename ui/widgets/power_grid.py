"""The power/interest grid: every key person placed by influence and interest, drawn.

Interest runs left to right, influence bottom to top, both 1-5; the four
quadrants say how to treat the people in them. People sharing a cell are laid
out in lines and columns so that no two names overlap.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from app.domain.attention import HIGH, QUADRANT_LABELS, Quadrant
from app.domain.package import MeetingPackage
from app.i18n import _

SCALE = 5
#: quadrant names by (high influence, high interest), as the gap board and the pack say them
QUADRANTS: dict[tuple[bool, bool], str] = {
    (True, False): QUADRANT_LABELS[Quadrant.keep_satisfied],
    (True, True): QUADRANT_LABELS[Quadrant.manage_closely],
    (False, False): QUADRANT_LABELS[Quadrant.monitor],
    (False, True): QUADRANT_LABELS[Quadrant.keep_informed],
}


@dataclass(frozen=True)
class GridPerson:
    """A key person as the grid needs them."""

    name: str
    department: str
    influence: int | None
    interest: int | None

    @property
    def placed(self) -> bool:
        return self.influence is not None and self.interest is not None


def grid_people(package: MeetingPackage) -> list[GridPerson]:
    """Every key person of the meeting's departments, in department order."""
    return [GridPerson(p.name, d.name, p.influence, p.interest)
            for d in package.departments for p in d.people]


def quadrant(person: GridPerson) -> str:
    """The translated quadrant of a placed person."""
    # 3 is the middle of the scale; it counts as high, as the grid's midline runs through it
    assert person.influence is not None and person.interest is not None
    return _(QUADRANTS[(person.influence >= HIGH, person.interest >= HIGH)])


def _who(person: GridPerson) -> str:
    return _("{name} ({department})").format(name=person.name, department=person.department)


def describe(people: list[GridPerson]) -> str:
    """Who is where, in words, for screen readers."""
    placed = [p for p in people if p.placed]
    if not people:
        return _("No key people yet.")
    # the quadrant that needs the most care first
    order = ((True, True), (True, False), (False, True), (False, False))
    by_quadrant: dict[str, list[str]] = {_(QUADRANTS[key]): [] for key in order}
    for p in placed:
        by_quadrant[quadrant(p)].append(_("{who}, influence {influence}, interest {interest}")
                                        .format(who=_who(p), influence=p.influence,
                                                interest=p.interest))
    parts = [f"{name}: {'; '.join(names)}." for name, names in by_quadrant.items() if names]
    unplaced = [_who(p) for p in people if not p.placed]
    if unplaced:
        parts.append(_("Not placed yet: {names}.").format(names=", ".join(unplaced)))
    return " ".join(parts)


@dataclass(frozen=True)
class Placed:
    """One entry as last painted: whose dot (empty for a "+n" entry), the text shown beside
    it, its tooltip, and where the dot is."""

    name: str
    shown: str
    tip: str
    point: QPointF


class _Plot(QWidget):
    """The painted grid itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: list[GridPerson] = []
        self._hits: list[tuple[QRectF, str]] = []
        #: what the last paint placed, for whoever needs to know where each name went
        self.placed: list[Placed] = []
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so its description is read
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        h = self.fontMetrics().height()
        return QSize(h * 36, h * 22)

    def minimumSizeHint(self) -> QSize:
        h = self.fontMetrics().height()
        return QSize(h * 24, h * 17)

    # -- geometry ----------------------------------------------------------------------
    def _areas(self) -> tuple[QRectF, QRectF, float]:
        """The quadrant area, the cells' area inside it, and the label band height."""
        fm = self.fontMetrics()
        line = fm.height()
        left = line * 1.4 + fm.horizontalAdvance("5") + 8
        bottom = line * 2.4
        width = self.width() - left - 6
        # names sit to the right of their dots: those on the last column run past the grid
        # into a margin kept for them (at most a cell's width)
        last = [fm.horizontalAdvance(p.name) for p in self.people
                if p.placed and p.interest == SCALE]
        if last:
            cell = width / SCALE
            need = min(max(last), self._room(cell)) + self._indent() - cell / 2
            width -= max(0.0, min(need, cell))
        outer = QRectF(left, 4, width, self.height() - bottom - 4)
        band = line + 6  # a strip at the top and bottom for the quadrant names
        cells = outer.adjusted(0, band, 0, -band)
        return outer, cells, band

    def _dot(self) -> float:
        return max(3.0, self.fontMetrics().height() / 4)

    def _indent(self) -> float:
        """From a dot's centre to its name."""
        return self._dot() + 4

    def _room(self, cell_width: float) -> float:
        """The widest a name may be: it stops short of the next value's dot."""
        return cell_width - 2 * self._dot() - 8

    @staticmethod
    def _cell(cells: QRectF, interest: int, influence: int) -> QRectF:
        w, h = cells.width() / SCALE, cells.height() / SCALE
        return QRectF(cells.left() + (interest - 1) * w,
                      cells.top() + (SCALE - influence) * h, w, h)

    # -- painting ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        outer, cells, band = self._areas()
        self._paint_background(painter, pal, outer, cells, band)
        self._paint_axes(painter, pal, outer, cells)
        self._hits = []
        self.placed = []
        if not any(p.placed for p in self.people):
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            text = (_("No key people yet: add them on the Departments step.") if not self.people
                    else _("Give people an influence and an interest to place them here."))
            painter.drawText(cells, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
        else:
            self._paint_people(painter, pal, cells)
        if self.hasFocus():
            pen = QPen(pal.color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(outer.adjusted(-2, -2, 2, 2))
        painter.end()

    def _paint_background(self, painter: QPainter, pal: QPalette, outer: QRectF,
                          cells: QRectF, band: float) -> None:
        painter.fillRect(outer, pal.color(QPalette.ColorRole.Base))
        mid_x, mid_y = outer.center().x(), outer.center().y()
        # the quadrant that matters most carries a faint tint of the selection colour
        tint = QColor(pal.color(QPalette.ColorRole.Highlight))
        tint.setAlpha(28)
        painter.fillRect(QRectF(QPointF(mid_x, outer.top()), QPointF(outer.right(), mid_y)), tint)
        grid = QPen(pal.color(QPalette.ColorRole.Midlight), 1, Qt.PenStyle.DotLine)
        painter.setPen(grid)
        for i in range(1, SCALE):
            x = cells.left() + i * cells.width() / SCALE
            y = cells.top() + i * cells.height() / SCALE
            painter.drawLine(QPointF(x, outer.top()), QPointF(x, outer.bottom()))
            painter.drawLine(QPointF(outer.left(), y), QPointF(outer.right(), y))
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 2))
        painter.drawLine(QPointF(mid_x, outer.top()), QPointF(mid_x, outer.bottom()))
        painter.drawLine(QPointF(outer.left(), mid_y), QPointF(outer.right(), mid_y))
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        painter.drawRect(outer)

        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        pad = 6
        top = QRectF(outer.left() + pad, outer.top(), outer.width() - 2 * pad, band)
        low = QRectF(outer.left() + pad, outer.bottom() - band, outer.width() - 2 * pad, band)
        left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        v = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(top, left | v, _(QUADRANTS[(True, False)]))
        painter.drawText(top, right | v, _(QUADRANTS[(True, True)]))
        painter.drawText(low, left | v, _(QUADRANTS[(False, False)]))
        painter.drawText(low, right | v, _(QUADRANTS[(False, True)]))
        painter.setFont(self.font())

    def _paint_axes(self, painter: QPainter, pal: QPalette, outer: QRectF,
                    cells: QRectF) -> None:
        fm = self.fontMetrics()
        line = fm.height()
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        centre = Qt.AlignmentFlag.AlignCenter
        for value in range(1, SCALE + 1):
            column = self._cell(cells, value, 1)
            painter.drawText(QRectF(column.left(), outer.bottom() + 2, column.width(), line),
                             centre, str(value))
            row = self._cell(cells, 1, value)
            painter.drawText(QRectF(outer.left() - line - 4, row.top(), line, row.height()),
                             centre, str(value))
        painter.drawText(QRectF(outer.left(), outer.bottom() + line + 2, outer.width(), line),
                         centre, _("Interest →"))
        painter.save()
        # the influence axis reads bottom to top, along the axis
        painter.translate(2, outer.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-outer.height() / 2, 0, outer.height(), line), centre,
                         _("Influence →"))
        painter.restore()

    def _paint_people(self, painter: QPainter, pal: QPalette, cells: QRectF) -> None:
        fm = self.fontMetrics()
        groups: dict[tuple[int, int], list[GridPerson]] = defaultdict(list)
        for p in self.people:
            if p.influence is not None and p.interest is not None:
                groups[(p.interest, p.influence)].append(p)
        for (interest, influence), group in groups.items():
            self._paint_cell(painter, pal, fm, self._cell(cells, interest, influence), group)

    def _paint_cell(self, painter: QPainter, pal: QPalette, fm: QFontMetrics, cell: QRectF,
                    group: list[GridPerson]) -> None:
        """The cell's people as dots on its value (the centre of the cell, where the axis
        ticks are), stacked one line apart, each name to the right of its dot."""
        line = fm.height()
        dot = self._dot()
        capacity = max(1, int(cell.height() // line))
        entries: list[tuple[str, str, bool]] = [(p.name, self._tip(p), True) for p in group]
        if len(entries) > capacity:
            # the rest are named in the tooltip of a "+9" entry, and in the description
            rest = entries[capacity - 1:]
            more = _("+{n}").format(n=len(rest))  # short: the cell is small; the tooltip names them
            entries = [*entries[:capacity - 1], (more, "\n".join(t for _n, t, _d in rest), False)]
        centre = cell.center()
        top = centre.y() - len(entries) * line / 2
        room = self._room(cell.width())
        for i, (name, tip, has_dot) in enumerate(entries):
            y = top + i * line
            point = QPointF(centre.x(), y + line / 2)
            text = fm.elidedText(name, Qt.TextElideMode.ElideRight, int(room))
            label = QRectF(point.x() + self._indent(), y, fm.horizontalAdvance(text), line)
            if has_dot:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(pal.color(QPalette.ColorRole.Highlight))
                painter.drawEllipse(point, dot, dot)
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            painter.drawText(label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             text)
            hit = label.united(QRectF(point.x() - dot, point.y() - dot, 2 * dot, 2 * dot))
            self._hits.append((hit, tip))
            self.placed.append(Placed(name if has_dot else "", text, tip, point))

    def value_at(self, point: QPointF) -> tuple[float, float]:
        """(interest, influence) on the axes' scale at a point of the plot."""
        _outer, cells, _band = self._areas()
        w, h = cells.width() / SCALE, cells.height() / SCALE
        return ((point.x() - cells.left()) / w + 0.5, SCALE + 0.5 - (point.y() - cells.top()) / h)

    @staticmethod
    def _tip(person: GridPerson) -> str:
        return _("{who}: influence {influence}, interest {interest}").format(
            who=_who(person), influence=person.influence, interest=person.interest)

    # -- interaction ------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = next((t for rect, t in self._hits if rect.contains(QPointF(event.pos()))), "")
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()


class PowerGrid(QWidget):
    """The grid, with the people it cannot place yet listed beneath it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = _Plot(self)
        self.unplaced = QLabel(self)
        self.unplaced.setWordWrap(True)
        self.unplaced.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.unplaced)
        self.setAccessibleName(_("Power and interest grid"))
        self.plot.setAccessibleName(self.accessibleName())
        self.set_people([])

    def people(self) -> list[GridPerson]:
        return list(self.plot.people)

    def set_people(self, people: list[GridPerson]) -> None:
        self.plot.people = list(people)
        missing = [_who(p) for p in people if not p.placed]
        self.unplaced.setText(
            _("Not placed yet (influence or interest missing): {names}")
            .format(names=", ".join(missing)) if missing else "")
        self.unplaced.setVisible(bool(missing))
        description = describe(people)
        self.setAccessibleDescription(description)
        self.plot.setAccessibleDescription(description)
        self.plot.update()
