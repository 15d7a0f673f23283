"""The briefing service: reads the meeting, renders, writes the file atomically."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.services import (
    agenda,
    briefing,
    demands,
    departments,
    goals,
    meetings,
    participation,
)
from app.services.errors import InvalidInput, NotFound
from app.storage import Workspace
from tests.briefing import pdf


@pytest.fixture
def planned(workspace: Workspace) -> int:
    m = meetings.create(workspace, title="Datos 客户 <Q1> & más",
                        scheduled_at="2026-12-03T10:00:00+08:00", duration_minutes=90).id or 0
    fin = departments.create(workspace, name="Finanzas", pressures="ZQXPRESSURE").id or 0
    part = participation.add(workspace, m, fin, engagement="resistant").id or 0
    goals.add(workspace, m, statement="Cerrar en 3 días", indicator="Días")
    demands.add(workspace, part, text="Sin personal", response="ZQXRESPONSE")
    return m


def test_render_reads_the_meeting_and_prints_every_section(workspace: Workspace,
                                                           planned: int) -> None:
    text = pdf.text(briefing.render(workspace, planned, today=date(2026, 11, 20)))
    assert "Datos 客户 <Q1> & más" in text
    assert "Thursday, 3 December 2026, 10:00 (UTC+08:00)" in text
    for heading in ("Goals and indicators", "Departments at a glance", "Objections and prepared",
                    "Agenda", "Follow-up sheet", "ZQXPRESSURE", "ZQXRESPONSE", "Resistant"):
        assert heading in text
    assert "Prepared on 20 Nov 2026" in text


def test_pre_read_from_the_service_leaves_the_private_fields_out(workspace: Workspace,
                                                                 planned: int) -> None:
    text = pdf.text(briefing.render(workspace, planned, pre_read=True))
    assert "Cerrar en 3 días" in text
    for private in ("ZQXPRESSURE", "ZQXRESPONSE", "Resistant", "Readiness"):
        assert private not in text


def test_export_writes_the_file_and_says_which_fonts(workspace: Workspace, planned: int,
                                                     tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"old")
    result = briefing.export_pdf(workspace, planned, target, sections=["cover", "agenda"])
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and result.size == len(data)
    assert result.pages == len(pdf.page_texts(data)) == 3  # cover, summary, agenda
    assert result.cjk_embedded is True  # this machine has an embeddable CJK font
    assert list(tmp_path.glob(".pack.pdf.*")) == []  # no temporary file left


def test_export_leaves_the_old_file_whole_when_the_sections_are_refused(
        workspace: Workspace, planned: int, tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"old")
    with pytest.raises(briefing.UnknownSection) as refused:
        briefing.export_pdf(workspace, planned, target, sections=["cover", "gossip"])
    assert target.read_bytes() == b"old"
    assert refused.value.names == ["gossip"]
    assert refused.value.valid == briefing.SECTIONS
    assert "gossip" in str(refused.value) and "follow_up" in str(refused.value)
    assert isinstance(refused.value, InvalidInput)
    assert refused.value.fields == ["sections"]  # the field the form shows the message at


def test_a_pre_read_refuses_a_private_section(workspace: Workspace, planned: int) -> None:
    with pytest.raises(briefing.UnknownSection) as refused:
        briefing.render(workspace, planned, pre_read=True, sections=["dossiers"])
    assert refused.value.valid == briefing.PRE_READ_SECTIONS
    assert "dossiers" not in briefing.PRE_READ_SECTIONS


def test_an_empty_choice_of_sections_is_refused(workspace: Workspace, planned: int) -> None:
    with pytest.raises(briefing.UnknownSection):
        briefing.render(workspace, planned, sections=[])


def test_section_lists() -> None:
    assert briefing.SECTIONS == ("cover", "goals", "departments", "dossiers", "objections",
                                 "suggestions", "agenda", "follow_up")
    assert briefing.PRE_READ_SECTIONS == ("cover", "goals", "suggestions", "agenda")


def test_export_report_writes_the_report_atomically(workspace: Workspace, planned: int,
                                                    tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    result = briefing.export_report(workspace, planned, target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and result.size == len(data)
    assert result.pages == len(pdf.page_texts(data))
    text = pdf.text(data)
    assert "Report for the leader" in text and "Datos 客户 <Q1> & más" in text
    assert "Cerrar en 3 días" in text  # the goal, with its indicator
    for private in ("ZQXPRESSURE", "ZQXRESPONSE", "Resistant", "Readiness"):
        assert private not in text
    assert list(tmp_path.glob(".report.pdf.*")) == []


def test_prepare_report_reads_the_meeting_and_dates_it(workspace: Workspace,
                                                       planned: int) -> None:
    document = briefing.prepare_report(workspace, planned, today=date(2026, 11, 20))
    meetings.update(workspace, planned, title="Renamed after preparing")
    text = pdf.text(document.render())  # renders what was read, touching no database
    assert "Datos 客户 <Q1> & más" in text and "Renamed" not in text
    assert "Prepared for the leader on 20 Nov 2026" in text


def test_report_of_an_unknown_meeting_is_not_found(workspace: Workspace,
                                                   tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    with pytest.raises(NotFound):
        briefing.export_report(workspace, 999, target)
    assert not target.exists()


def test_a_pre_read_over_time_warns_the_coordinator(workspace: Workspace, planned: int,
                                                     tmp_path: Path) -> None:
    pack = briefing.export_pdf(workspace, planned, tmp_path / "pack.pdf")
    assert pack.warnings == ()
    agenda.add(workspace, planned, title="Plan", minutes=60)
    fits = briefing.export_pdf(workspace, planned, tmp_path / "fits.pdf", pre_read=True)
    assert fits.warnings == ()
    agenda.add(workspace, planned, title="Preguntas", minutes=40)
    over = briefing.export_pdf(workspace, planned, tmp_path / "over.pdf", pre_read=True)
    assert len(over.warnings) == 1 and "100" in over.warnings[0] and "90" in over.warnings[0]
    assert "100 min of 90 min" in pdf.text((tmp_path / "over.pdf").read_bytes())


def test_the_author_is_the_coordinator_or_prewire(workspace: Workspace, planned: int,
                                                  tmp_path: Path) -> None:
    briefing.export_pdf(workspace, planned, tmp_path / "pack.pdf")
    meta = pdf.reader((tmp_path / "pack.pdf").read_bytes()).metadata
    assert meta is not None and meta.author == (briefing.coordinator() or "Prewire")
    assert meta.author != "(anonymous)"


def test_the_packs_still_missing_list_counts_and_names_who_lacks_the_pre_read(
        workspace: Workspace) -> None:
    m = meetings.create(workspace, title="Datos", scheduled_at="2026-12-03T10:00:00+08:00",
                        duration_minutes=90).id or 0
    for name in ("Finanzas", "Ventas"):
        participation.add(workspace, m, departments.create(workspace, name=name).id or 0)
    text = " ".join(pdf.text(briefing.render(workspace, m, today=date(2026, 11, 20))).split())
    assert "• 2 departments without the pre-read: Finanzas; Ventas" in text
