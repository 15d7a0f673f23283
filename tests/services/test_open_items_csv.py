"""The open items list as a CSV file: headings in the chosen language, one row per item with
its owner or department, opened by a spreadsheet as UTF-8."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from app.services import actions, departments, open_issues, open_items, participation, people
from app.storage import Workspace


def rows_of(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith("\ufeff".encode())  # spreadsheets read it as UTF-8
    return list(csv.reader(data.decode("utf-8-sig").splitlines()))


def test_each_item_is_a_row_under_headings_in_the_chosen_language(
        workspace: Workspace, meeting_id: int, tmp_path: Path) -> None:
    finance = departments.create(workspace, name="Finance").id or 0
    participation.add(workspace, meeting_id, finance)
    ana = people.add(workspace, finance, name="Ana Pérez").id or 0
    actions.add(workspace, meeting_id, text="Send the contract", due=date(2026, 11, 1),
                owner_id=ana)
    actions.add(workspace, meeting_id, text="Book the room", department_id=finance)
    open_issues.add(workspace, meeting_id, text="Who pays?")

    assert open_items.export_csv(workspace, tmp_path / "en.csv", "en") == 3
    assert rows_of(tmp_path / "en.csv") == [
        ["Due", "Meeting", "Owner", "Department", "Kind", "Text"],
        ["2026-11-01", "Customer data platform", "Ana Pérez", "Finance", "Action",
         "Send the contract"],
        ["", "Customer data platform", "Finance", "Finance", "Action", "Book the room"],
        ["", "Customer data platform", "", "", "Unresolved issue", "Who pays?"]]

    open_items.export_csv(workspace, tmp_path / "zh.csv", "zh_CN")
    zh = rows_of(tmp_path / "zh.csv")
    assert zh[0] == ["截止日期", "会议", "负责人", "部门", "类型", "内容"]
    assert [row[4] for row in zh[1:]] == ["行动项", "行动项", "未决问题"]
