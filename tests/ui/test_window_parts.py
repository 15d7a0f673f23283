"""The window's helpers work from its parts alone: no main window needed."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from app.services import meetings
from app.storage import Workspace
from app.storage import backups as backup_store
from ui.context import AppContext
from ui.window.backup_dialog import BackupActions
from ui.window.document_exports import DocumentExports
from ui.window.parts import WindowParts


def parts_of(qtbot: Any, workspace: Workspace, shown: dict[str, Any]) -> WindowParts:
    """A plain widget, a context and the calls the helpers make, recorded."""
    parent = QWidget()
    qtbot.addWidget(parent)
    context = AppContext(workspace, parent)
    shown.setdefault("status", [])
    shown.setdefault("flushed", 0)

    def flush() -> None:
        shown["flushed"] += 1

    def never(*_args: Any) -> Any:
        raise AssertionError("not called by these helpers")

    return WindowParts(parent=parent, context=lambda: context,
                       meeting_id=lambda: shown.get("meeting"), flush=flush,
                       status=lambda text, _msecs: shown["status"].append(text),
                       show_meeting=never, switch_workspace=lambda _path: never(),
                       replace_workspace=never)


def test_the_documents_follow_the_meeting_given(qtbot: Any, workspace: Workspace) -> None:
    shown: dict[str, Any] = {}
    documents = DocumentExports(parts_of(qtbot, workspace, shown))
    documents.update()
    assert not documents.export_pack.isEnabled()
    shown["meeting"] = meetings.create(workspace, title="Budget").id
    documents.update()
    assert all(action.isEnabled() for action in documents.actions)


def test_a_backup_flushes_first_and_says_where_it_went(qtbot: Any,
                                                       workspace: Workspace) -> None:
    shown: dict[str, Any] = {}
    backups = BackupActions(parts_of(qtbot, workspace, shown))
    backups.back_up.trigger()
    assert backups.running is not None
    with qtbot.waitSignal(backups.running.done, timeout=10000):
        pass
    assert shown["flushed"] == 1
    [made] = backup_store.list_backups(workspace.identity)
    assert str(made.path) in shown["status"][-1]
