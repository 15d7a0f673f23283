"""Edit ▸ Our team…: colleagues added, renamed and removed as a user does, each undoable; a
department owned by a removed colleague goes back to the coordinator, and undo gives it back."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog, QListWidget

from app.services import departments, meetings, participation, team
from app.storage import Workspace
from tests.ui.window_helpers import Dialogs, child, click, no_dialogs, open_window, trigger
from ui.team_dialog import TeamDialog
from ui.window.main_window import MainWindow

__all__ = ["no_dialogs"]  # a fixture, used by name


@pytest.fixture
def window(qtbot, workspace: Workspace, no_dialogs: Dialogs) -> Iterator[MainWindow]:
    shown = open_window(qtbot, workspace)
    yield shown
    shown.close()


class Typed:
    """Stands in for the name dialog: answers the names given, in turn."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *answers: str) -> None:
        self.answers = list(answers)
        monkeypatch.setattr(QInputDialog, "getText", self.ask)

    def ask(self, *_args: Any, **_kwargs: Any) -> tuple[str, bool]:
        return self.answers.pop(0), True


def names(dialog: TeamDialog) -> list[str]:
    listing = child(dialog, QListWidget, "team_members")
    return [listing.item(i).text() for i in range(listing.count())]


def test_colleagues_added_renamed_and_removed_with_undo(
        qtbot, window: MainWindow, workspace: Workspace, no_dialogs: Dialogs,
        monkeypatch: pytest.MonkeyPatch) -> None:
    meeting = meetings.create(workspace, title="Kick-off").id or 0
    part = participation.add(workspace, meeting,
                             departments.create(workspace, name="Finance").id).id or 0
    trigger(window, "edit_team")
    dialog = window.finder.team_dialog
    assert dialog is not None and names(dialog) == []
    Typed(monkeypatch, "Lin Wei", "<b>Ola</b> Berg")
    click(qtbot, dialog, "team_add")
    click(qtbot, dialog, "team_add")
    assert names(dialog) == ["Lin Wei", "<b>Ola</b> Berg"]    # as typed, never markup
    lin = team.list_all(workspace)[0]
    participation.update(workspace, part, owner_id=lin.id)

    Typed(monkeypatch, "Lin Wei-Ling")
    child(dialog, QListWidget, "team_members").setCurrentRow(0)
    click(qtbot, dialog, "team_rename")
    assert names(dialog)[0] == "Lin Wei-Ling"

    click(qtbot, dialog, "team_remove")               # confirmed (the recorder says yes)
    assert names(dialog) == ["<b>Ola</b> Berg"]
    assert participation.get_part(workspace, part).owner_id is None   # back to the coordinator

    stack = window.context.undo_stack
    stack.undo()
    assert names(dialog) == ["Lin Wei-Ling", "<b>Ola</b> Berg"]
    assert participation.get_part(workspace, part).owner_id == lin.id
    stack.undo()
    assert names(dialog)[0] == "Lin Wei"


def test_a_blank_name_is_refused_and_changes_nothing(
        qtbot, window: MainWindow, workspace: Workspace, no_dialogs: Dialogs,
        monkeypatch: pytest.MonkeyPatch) -> None:
    trigger(window, "edit_team")
    dialog = window.finder.team_dialog
    assert dialog is not None
    Typed(monkeypatch, "   ")
    click(qtbot, dialog, "team_add")
    assert names(dialog) == [] and team.list_all(workspace) == []
    kind, _title, text = no_dialogs.shown[-1]
    assert kind == "warn" and text.startswith("Name")


def test_a_colleague_found_by_search_opens_in_our_team(qtbot, window: MainWindow,
                                                      workspace: Workspace) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    from tests.ui.test_workspace_views import hits, search_dialog

    team.add(workspace, name="Lin Wei", role="Data steward")
    team.add(workspace, name="Ola Berg")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = search_dialog(window)
    field = child(dialog, QLineEdit, "search_field")
    qtbot.keyClicks(field, "steward")
    qtbot.waitUntil(lambda: bool(hits(dialog)))
    assert hits(dialog)[0][0] == "Our team (1)"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    shown = window.finder.team_dialog
    assert shown is not None and shown.isVisible()
    assert shown.current() is not None and shown.current().name == "Lin Wei"
