"""File ▸ Back up now, File ▸ Restore from backup…, and the care taken after a workspace opens.

After opening, a worker makes the daily backup when one is due and runs the
full integrity check; a damaged file found then is offered its newest good
backup. Restoring closes the workspace, lets the storage keep the current
file aside and put the backup in its place, then opens it again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import _, ngettext
from app.storage import WorkspaceError
from app.storage import backups as backup_store
from app.storage.backups import BackupInfo
from app.storage.workspace import integrity_report
from ui import dialogs
from ui.jobs import Op
from ui.window.parts import WindowParts

logger = logging.getLogger(__name__)


def kind_label(kind: str) -> str:
    labels = {"daily": _("Daily"), "manual": _("Made by you"),
              "before-import": _("Before an import"), "before-upgrade": _("Before an upgrade")}
    return labels.get(kind, kind)


class RestoreDialog(QDialog):
    """The workspace's backups, newest first: date, size, meetings and why it was made."""

    COLUMNS = 4

    def __init__(self, parent: QWidget, backups: list[BackupInfo]) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(_("Restore from backup"))
        self.backups = backups
        intro = QLabel(_("Choose the backup to restore. The workspace as it is now is kept "
                         "beside it under a new name, so nothing is lost."), self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(backups), self.COLUMNS, self)
        self.table.setObjectName("backup_table")
        self.table.setHorizontalHeaderLabels(
            [_("Taken"), _("Size"), _("Meetings"), _("Made")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        locale = QLocale()
        for row, info in enumerate(backups):
            cells = (info.taken_at_text(), locale.formattedDataSize(info.bytes),
                     locale.toString(info.meetings), kind_label(info.kind))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(_("&Restore"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restore_button")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        empty = QLabel(_("There is no backup of this workspace yet."), self)
        empty.setObjectName("no_backups")
        empty.setVisible(not backups)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(empty)
        layout.addWidget(buttons)
        if backups:
            self.table.selectRow(0)
        self._selection_changed()
        self.resize(560, 360)

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None


class BackupActions:
    """The File menu's backup actions, acting on the window's workspace."""

    def __init__(self, parts: WindowParts) -> None:
        self.parts = parts
        self.back_up = QAction(_("&Back up now"), parts.parent)
        self.back_up.setObjectName("back_up_now")
        self.back_up.triggered.connect(self.back_up_now)
        self.restore = QAction(_("Res&tore from backup…"), parts.parent)
        self.restore.setObjectName("restore_backup")
        self.restore.triggered.connect(self.choose_backup)
        #: the running backup or check, for tests to wait on
        self.running: Op | None = None

    def fill_menu(self, menu: QMenu) -> None:
        menu.addAction(self.back_up)
        menu.addAction(self.restore)

    def update(self) -> None:
        # restoring replaces the file: only the window that holds the writer's lock may
        self.restore.setEnabled(not self.parts.workspace.read_only)

    def back_up_now(self) -> Op:
        self.parts.flush()
        workspace = self.parts.workspace
        newest = next(iter(backup_store.list_backups(workspace.identity)), None)
        op = (Op(self.parts.parent, lambda: backup_store.make_backup(
                  workspace.path, workspace.identity, "manual"))
              .with_progress(_("Backing up {name}…").format(name=workspace.path.name))
              .success(lambda info: self._backed_up(info, newest))
              .failure(lambda error: self._failed(_("Not backed up"), error)))
        self.running = op
        return op.run_in_background()

    def _backed_up(self, info: BackupInfo, newest: BackupInfo | None) -> None:
        if newest is not None and info.path == newest.path:
            text = _("Nothing changed since the backup of {date}; it was not copied again."
                     ).format(date=info.taken_at_text())
        else:
            text = _("Backed up to {path}").format(path=info.path)
        self.parts.status(text, 10000)

    def _failed(self, title: str, error: Exception) -> None:
        if isinstance(error, WorkspaceError | OSError):
            dialogs.warn(self.parts.parent, title, str(error))
        else:
            raise error  # a bug: the crash dialog and the log

    def choose_backup(self) -> RestoreDialog:
        """Show the backups (not modal to the app: the dialog's buttons carry on)."""
        workspace = self.parts.workspace
        dialog = RestoreDialog(self.parts.parent, backup_store.list_backups(workspace.identity))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._chosen(dialog.chosen()))
        dialog.open()
        return dialog

    def _chosen(self, info: BackupInfo | None) -> None:
        if info is None:
            return
        if dialogs.question(self.parts.parent, _("Restore from backup"), ngettext(
                "Replace the workspace with the backup of {date} ({count} meeting)? "
                "The workspace as it is now is kept beside it under a new name.",
                "Replace the workspace with the backup of {date} ({count} meetings)? "
                "The workspace as it is now is kept beside it under a new name.",
                info.meetings).format(date=info.taken_at_text(), count=info.meetings)):
            self.restore_backup(info)

    def restore_backup(self, info: BackupInfo) -> bool:
        """Close the workspace, restore ``info`` in its place, open it again."""
        from ui.app import open_with_dialogs

        self.parts.flush()
        workspace = self.parts.workspace
        path = workspace.path
        workspace.close()  # the restore takes the writer's lock itself
        try:
            aside = backup_store.restore(path, info.path)
        except WorkspaceError as error:
            dialogs.error(self.parts.parent, _("Not restored"), str(error))
            aside, restored = None, False
        else:
            restored = True
        opened = open_with_dialogs(path, self.parts.parent)
        if opened is None:
            self.parts.parent.close()  # nothing left to show; the files are as the dialogs said
            return False
        self.parts.replace_workspace(opened)
        if restored:
            text = _("The backup of {date} was restored.").format(date=info.taken_at_text())
            if aside is not None:
                text += " " + _("The previous file was kept as {path}.").format(path=aside)
            dialogs.info(self.parts.parent, _("Restored"), text)
        return restored

    def check_after_open(self) -> Op:
        """The daily backup when due, then the full integrity check, in a worker."""
        workspace = self.parts.workspace

        def care() -> list[str]:
            backup_store.safety_backup(workspace.path, workspace.identity, "daily")
            return integrity_report(workspace.path)

        op = (Op(self.parts.parent, care)
              .success(self._checked)
              .failure(lambda error: logger.warning("the integrity check did not run: %s",
                                                    error)))
        self.running = op
        return op.run_in_background()

    def _checked(self, problems: list[str]) -> None:
        if not problems:
            return
        workspace = self.parts.workspace
        logger.error("%s failed its integrity check: %s", workspace.path, "; ".join(problems))
        newest = backup_store.newest_good(workspace.identity)
        text = _("{path} is damaged: its contents no longer hang together ({problem}).").format(
            path=workspace.path, problem=problems[0])
        if newest is None:
            dialogs.error(self.parts.parent, _("Damaged workspace"), text + " " + _(
                "There is no backup of it yet. Export the meetings you need as packages, "
                "then start a new workspace and import them."))
            return
        if dialogs.question(self.parts.parent, _("Damaged workspace"), text + " " + _(
                "Restore the newest good backup, from {date}? The damaged file is kept "
                "beside it under a new name.").format(date=newest.taken_at_text())):
            self.restore_backup(newest)

