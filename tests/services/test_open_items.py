"""Every open action and unresolved issue of the workspace, overdue first; and the CLI."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from app import cli
from app.domain.enums import ActionStatus, MeetingStatus
from app.services import actions, follow_up, meetings, open_issues, open_items
from app.services.open_items import ItemKind
from app.storage import Workspace

TODAY = date(2026, 12, 3)


def texts(workspace: Workspace) -> list[str]:
    return [item.text for item in open_items.open_items(workspace, today=TODAY)]


def test_overdue_first_then_by_due_date_undated_last(workspace: Workspace,
                                                      meeting_id: int) -> None:
    other = meetings.create(workspace, title="Second").id or 0
    actions.add(workspace, meeting_id, text="later", due=date(2027, 1, 5))
    actions.add(workspace, other, text="undated")
    actions.add(workspace, other, text="overdue", due=date(2026, 11, 1))
    open_issues.add(workspace, meeting_id, text="issue soon", due=date(2026, 12, 10))
    done = actions.add(workspace, meeting_id, text="done already", due=date(2026, 10, 1))
    actions.update(workspace, done.id or 0, status=ActionStatus.done)
    assert texts(workspace) == ["overdue", "issue soon", "later", "undated"]


def test_an_issue_resolved_by_a_done_action_leaves_the_list(workspace: Workspace,
                                                            meeting_id: int) -> None:
    issue = open_issues.add(workspace, meeting_id, text="Who pays for the licences?")
    action = actions.add(workspace, meeting_id, text="Ask finance",
                         source_issue_id=issue.id)
    assert set(texts(workspace)) == {"Who pays for the licences?", "Ask finance"}
    actions.update(workspace, action.id or 0, status=ActionStatus.done)
    assert texts(workspace) == []


def test_an_item_carried_into_a_follow_up_is_listed_once(workspace: Workspace,
                                                         meeting_id: int) -> None:
    actions.add(workspace, meeting_id, text="Send the contract", due=date(2026, 12, 1))
    open_issues.add(workspace, meeting_id, text="Budget owner unclear")
    meetings.update(workspace, meeting_id, status=MeetingStatus.held)
    follow = follow_up.create_follow_up(workspace, meeting_id)
    items = open_items.open_items(workspace, today=TODAY)
    assert sorted((i.kind, i.text) for i in items) == [
        (ItemKind.action, "Send the contract"), (ItemKind.issue, "Budget owner unclear")]
    assert {i.meeting_id for i in items} == {follow}
    assert items[0].overdue(TODAY)


def test_cli_prints_due_meeting_owner_text(workspace: Workspace, meeting_id: int,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    actions.add(workspace, meeting_id, text="Line one\nline two", due=date(2026, 11, 30))
    open_issues.add(workspace, meeting_id, text="=HYPERLINK(\"http://x\")")
    path = workspace.path
    workspace.close()
    assert cli.main(["--workspace", str(path), "actions"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [f"2026-11-30\t{meeting_id}\t\tLine one line two",
                     f"\t{meeting_id}\t\t=HYPERLINK(\"http://x\")"]


def test_cli_csv_makes_formulas_inert(workspace: Workspace, meeting_id: int,
                                      tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    open_issues.add(workspace, meeting_id, text="=HYPERLINK(\"http://x\")")
    path = workspace.path
    workspace.close()
    out = tmp_path / "open.csv"
    assert cli.main(["--workspace", str(path), "--lang", "es", "actions", "--csv",
                     str(out)]) == 0
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][0] == "Fecha límite"
    assert rows[1][-1] == "'=HYPERLINK(\"http://x\")"
    assert str(out) in capsys.readouterr().out


def test_cli_search_prints_kind_meeting_row_snippet(workspace: Workspace, meeting_id: int,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = workspace.path
    workspace.close()
    assert cli.main(["--workspace", str(path), "search", "customer"]) == 0
    assert capsys.readouterr().out == (
        f"meeting\t{meeting_id}\t{meeting_id}\tCustomer data platform\n")
    assert cli.main(["--workspace", str(path), "search", "customer", "--limit", "0"]) == 2
