"""The File menu: workspaces (new, open, recent) and meeting packages (import, export)."""

from __future__ import annotations

import logging
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from app.i18n import _
from app.paths import PACKAGE_SUFFIX, WORKSPACE_SUFFIX
from app.services.errors import InvalidInput
from app.storage import Workspace, WorkspaceError
from ui import dialogs, settings
from ui.icons import icon
from ui.jobs import Op
from ui.staging import move_into_place, staging_for
from ui.undo import AddCommand
from ui.window.backup_dialog import BackupActions
from ui.window.document_exports import document_name, not_written
from ui.window.parts import WindowParts

logger = logging.getLogger(__name__)


class WorkspaceActions:
    """The File menu's actions, acting on the window's workspace and meeting."""

    def __init__(self, parts: WindowParts) -> None:
        self.parts = parts
        self.new_workspace = self._action("new_workspace", _("New &workspace…"),
                                          self.choose_new_workspace)
        self.open_workspace = self._action("open_workspace", _("&Open workspace…"),
                                           self.choose_workspace, QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu(_("Open &recent"), parts.parent)
        self.recent_menu.setObjectName("recent_menu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.import_package = self._action("import_package", _("&Import meeting package…"),
                                           self.choose_import, icon_name="import")
        self.export_package = self._action("export_package", _("&Export meeting package…"),
                                           self.choose_export, icon_name="export")
        self.backups = BackupActions(parts)
        self.quit = self._action("quit", _("&Quit"), parts.parent.close,
                                 QKeySequence.StandardKey.Quit)
        #: the running import or export, for tests to wait on
        self.running: Op | None = None

    def _action(self, name: str, text: str, slot: Any,
                keys: QKeySequence.StandardKey | None = None,
                icon_name: str | None = None) -> QAction:
        action = QAction(text, self.parts.parent)
        action.setObjectName(name)
        if icon_name:
            action.setIcon(icon(icon_name))
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        return action

    def fill_menu(self, menu: QMenu) -> None:
        menu.addAction(self.new_workspace)
        menu.addAction(self.open_workspace)
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        menu.addAction(self.import_package)
        menu.addAction(self.export_package)
        menu.addSeparator()
        self.backups.fill_menu(menu)
        menu.addSeparator()
        menu.addAction(self.quit)

    def update(self) -> None:
        """Enable what makes sense for the workspace and meeting shown."""
        writable = not self.parts.workspace.read_only
        self.import_package.setEnabled(writable)
        self.export_package.setEnabled(self.parts.meeting_id() is not None)
        self.backups.update()

    # -- workspaces ------------------------------------------------------------------------
    def _filter(self) -> str:
        return _("Prewire workspaces (*{suffix});;All files (*)").format(suffix=WORKSPACE_SUFFIX)

    def choose_new_workspace(self) -> None:
        path, _chosen = QFileDialog.getSaveFileName(
            self.parts.parent, _("New workspace"), str(Path.home() / f"work{WORKSPACE_SUFFIX}"),
            self._filter())
        if path:
            if not path.endswith(WORKSPACE_SUFFIX):
                path += WORKSPACE_SUFFIX
            self.parts.switch_workspace(Path(path))

    def choose_workspace(self) -> None:
        path, _chosen = QFileDialog.getOpenFileName(
            self.parts.parent, _("Open workspace"), str(self.parts.workspace.path.parent),
            self._filter())
        if path:
            self.parts.switch_workspace(Path(path))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        current = self.parts.workspace.path.resolve()
        recent = [p for p in settings.recent_workspaces() if p.resolve() != current]
        for path in recent:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(
                lambda _checked=False, p=path: self.parts.switch_workspace(p))
        if not recent:
            empty = self.recent_menu.addAction(_("No other workspace yet"))
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(_("Clear the list"))
            clear.triggered.connect(settings.clear_recent_workspaces)

    # -- packages --------------------------------------------------------------------------
    def choose_import(self) -> None:
        path, _chosen = QFileDialog.getOpenFileName(
            self.parts.parent, _("Import meeting package"), str(Path.home()),
            _("Meeting packages (*{suffix});;All files (*)").format(suffix=PACKAGE_SUFFIX))
        if path:
            self.start_import(Path(path))

    def offer_import(self, path: Path) -> Op | None:
        """A package opened from the file manager: import it once the user agrees."""
        workspace = self.parts.workspace.path
        if not self.import_package.isEnabled():
            dialogs.warn(self.parts.parent, _("Not imported"), _(
                "{workspace} is open read-only, so {name} cannot be imported into it. "
                "Close the other window that has it open, then open {name} again.").format(
                    workspace=workspace, name=path.name))
            return None
        if not dialogs.question(self.parts.parent, _("Import meeting package"), _(
                "Import the meeting in {name} into the workspace {workspace}?").format(
                    name=path.name, workspace=workspace)):
            return None
        return self.start_import(path)

    def start_import(self, path: Path) -> Op:
        """Import ``path`` in the background; once done, the import is one undoable action."""
        from app.services import packages

        self.parts.flush()
        workspace = self.parts.workspace
        op = (Op(self.parts.parent, lambda: packages.import_package(workspace, path))
              .with_progress(_("Importing {name}…").format(name=path.name))
              .success(self._imported)
              .failure(lambda error: self._failed(_("Not imported"), error))
              .cancelled(lambda report: self._import_cancelled(workspace, report)))
        self.running = op
        return op.run_in_background()

    @staticmethod
    def _import_cancelled(workspace: Workspace, report: Any) -> None:
        from app.services import meetings  # loaded after the window is shown

        meetings.delete(workspace, report.meeting_id)  # the import is all or nothing

    def _imported(self, report: Any) -> None:
        from app.services import meetings  # loaded after the window is shown

        # the meeting is already in; the command only records it, so that undo removes it
        command = AddCommand(_("Import “{title}”").format(title=report.title),
                             self.parts.workspace,
                             lambda: SimpleNamespace(id=report.meeting_id), meetings.delete)
        self.parts.context().run(command, self.parts.parent)
        self.parts.show_meeting(report.meeting_id)
        lines = report.lines() if callable(getattr(report, "lines", None)) else [str(report)]
        dialogs.info(self.parts.parent, _("Meeting imported"), "\n".join(lines))

    def choose_export(self) -> None:
        meeting_id = self.parts.meeting_id()
        if meeting_id is None:
            return
        self.parts.flush()
        from app.services import meetings  # loaded after the window is shown

        title = meetings.get_meeting(self.parts.workspace, meeting_id).title
        start = settings.last_export_folder() / document_name(title, "", PACKAGE_SUFFIX)
        path, _chosen = QFileDialog.getSaveFileName(
            self.parts.parent, _("Export meeting package"), str(start),
            _("Meeting packages (*{suffix})").format(suffix=PACKAGE_SUFFIX))
        if path:
            if not path.endswith(".json"):
                path += PACKAGE_SUFFIX
            settings.set_last_export_folder(Path(path).parent)
            self.start_export(meeting_id, Path(path))

    def start_export(self, meeting_id: int, path: Path) -> Op:
        """Write the meeting's package in the background under a staging name, moved into
        place once done: a cancel or a failure leaves the file already there untouched."""
        from app.services import packages

        self.parts.flush()
        workspace = self.parts.workspace
        staging = staging_for(path)

        def work() -> Path:
            packages.export_package(workspace, meeting_id, staging)
            return staging

        op = (Op(self.parts.parent, work)
              .with_progress(_("Exporting to {name}…").format(name=path.name))
              .success(lambda staged: self._exported(staged, path))
              .failure(lambda error: self._export_failed(path, error))
              .cancelled(lambda staged: staged.unlink(missing_ok=True)))
        self.running = op
        return op.run_in_background()

    def _exported(self, staged: Path, path: Path) -> None:
        if move_into_place(staged, path, lambda error: self._export_failed(path, error)):
            self.parts.status(_("Exported to {path}").format(path=path), 8000)

    def _export_failed(self, path: Path, error: Exception) -> None:
        if isinstance(error, OSError):  # named by the user's file, not the staging one
            dialogs.error(self.parts.parent, _("Not exported"), not_written(path, error))
        else:
            self._failed(_("Not exported"), error)

    def _failed(self, title: str, error: Exception) -> None:
        if isinstance(error, InvalidInput | WorkspaceError | OSError):
            dialogs.warn(self.parts.parent, title, str(error))
        else:
            raise error  # a bug: the crash dialog and the log
