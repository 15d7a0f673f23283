"""Edit ▸ Our team…: the colleagues on the coordinator's side who can own a department's
relationship. Every change is one undoable action; the list follows undo and redo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import _
from app.services import team as team_service
from app.views.changes import Changes
from app.views.engagement_window import TeamItem, team_members
from ui import dialogs
from ui.context import AppContext
from ui.undo import AddCommand, DeleteCommand, EditCommand

#: the colleague an entry stands for
MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1


class TeamDialog(QDialog):
    """Add, rename and remove the colleagues of our own team (not modal: Undo works)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("team_dialog")
        self.setWindowTitle(_("Our team"))
        self.context = context
        note = QLabel(_("The colleagues on your side who can own the relationship with a "
                        "department. Every meeting of this workspace shares the list."), self)
        note.setWordWrap(True)
        self.members = QListWidget(self)
        self.members.setObjectName("team_members")
        self.members.setAccessibleName(_("Our team"))
        self.members.currentItemChanged.connect(lambda *_args: self._update_buttons())
        self.members.itemDoubleClicked.connect(lambda _item: self.rename())
        self.add_button = self._button("team_add", _("&Add…"), self.add)
        self.rename_button = self._button("team_rename", _("&Rename…"), self.rename)
        self.remove_button = self._button("team_remove", _("Re&move"), self.remove)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.members, 1)
        row.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(row, 1)
        layout.addWidget(close)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        context.changed.connect(self._follow)
        self.reload()

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- reading -------------------------------------------------------------------------
    def _follow(self, changes: Changes) -> None:
        if "team_member" in changes.tables:
            self.reload()

    def reload(self, select: int | None = None) -> None:
        """Read the team again; keep (or move to) the selected colleague."""
        keep = self.current_id() if select is None else select
        with self.context.reader.snapshot() as db:
            found = team_members(db)
        self.members.clear()
        for member in found:
            # one line, as typed (an item view never reads its text as markup)
            text = " ".join(member.name.split())
            if member.role.strip():
                text = _("{name} — {role}").format(name=text, role=" ".join(member.role.split()))
            item = QListWidgetItem(text, self.members)
            item.setData(MEMBER_ROLE, member)
            if member.id == keep:
                self.members.setCurrentItem(item)
        if self.members.currentItem() is None and self.members.count():
            self.members.setCurrentRow(0)
        self._update_buttons()

    def current(self) -> TeamItem | None:
        item = self.members.currentItem()
        member = None if item is None else item.data(MEMBER_ROLE)
        return member if isinstance(member, TeamItem) else None

    def current_id(self) -> int | None:
        member = self.current()
        return None if member is None else member.id

    def _update_buttons(self) -> None:
        writable = not self.context.workspace.read_only
        chosen = self.current() is not None
        self.add_button.setEnabled(writable)
        self.rename_button.setEnabled(writable and chosen)
        self.remove_button.setEnabled(writable and chosen)

    # -- changing ------------------------------------------------------------------------
    def _ask_name(self, title: str, name: str = "") -> str | None:
        text, accepted = QInputDialog.getText(self, title, _("Name:"),
                                              QLineEdit.EchoMode.Normal, name)
        return text if accepted else None

    def add(self) -> None:
        name = self._ask_name(_("Add a colleague"))
        if name is None:
            return
        ws = self.context.workspace
        command = AddCommand(_("Add {name} to our team").format(name=name), ws,
                             lambda: team_service.add(ws, name=name), team_service.delete)
        if self.context.run(command, self, labels={"name": _("Name")}):
            self.reload(select=command.row_id)

    def rename(self) -> None:
        member = self.current()
        if member is None or self.context.workspace.read_only:
            return
        name = self._ask_name(_("Rename a colleague"), member.name)
        if name is None or name == member.name:
            return
        command = EditCommand(_("Rename {name}").format(name=member.name),
                              self.context.workspace, team_service.update, member.id,
                              {"name": member.name}, {"name": name})
        self.context.run(command, self, labels={"name": _("Name")})

    def remove(self) -> None:
        member = self.current()
        if member is None:
            return
        if not dialogs.question(self, _("Remove {name}?").format(name=member.name), _(
                "Remove {name} from our team? The departments they own go back to you. "
                "You can undo this.").format(name=member.name)):
            return
        self.context.run(DeleteCommand(_("Remove {name} from our team").format(
            name=member.name), self.context.workspace, team_service.delete, member.id), self)
