"""A complete sample package for the package tests, and the proof that it is one."""

from __future__ import annotations

import copy
import json
from typing import Any

from app.services import packages

MARKUP = "<b>Q1</b> & <i>\"cost\"</i> </para> &amp; <br/>"

_SAMPLE: dict[str, Any] = {
    "format": "prewire.meeting",
    "version": 1,
    "meeting": {
        "title": "Customer data platform: sign-off 数据平台 🚀",
        "purpose": "The COO asked for one plan.\nPor qué: cuatro sistemas. " + MARKUP,
        "expectations": "A phased plan everyone agreed to.",
        "scheduled_at": "2026-12-03T10:00:00+08:00",
        "duration_minutes": 90,
        "location": "Shanghai, 会议室 A",
        "language": "zh_CN",
        "status": "preparing",
        "notes": "مرحبا — שלום — Привет",
    },
    "goals": [
        {"id": "goal-a", "statement": "One merged account profile", "indicator": "duplicates",
         "baseline": "39%", "target": "< 5%", "due": "2027-02-26", "benefits": MARKUP,
         "evidence": "CRM audit"},
        {"id": "goal-b", "statement": "Churn alerts in a day"},
    ],
    "departments": [
        {"id": "fin", "name": "Finance", "function": "Pays", "workflow": "",
         "focus": "Close fast", "okrs": ["Close in 3 days", "财务 OKR"], "pressures": "audit",
         "history": "", "people": [
             {"id": "ana", "name": "Ana López", "role": "CFO", "contact": "ana@example.com",
              "influence": 5, "interest": 3, "notes": "private"},
             {"id": "bo", "name": "Bo Chen", "role": "", "contact": "", "influence": None,
              "interest": None, "notes": ""}],
         "relationship": "upstream", "serves_their_goals": "Fewer manual reconciliations",
         "stance": "concerned", "stance_at_start": "opposed", "readiness": "concerns_known",
         "private_notes": "Ask about budget"},
        {"id": "sales", "name": "Sales", "people": [
            {"id": "cy", "name": "Cy Adams", "influence": 2}]},
    ],
    "touchpoints": [
        {"id": "t-1", "department": "fin", "person": "ana", "date": "2026-10-26",
         "channel": "call", "summary": MARKUP, "next_step": "Send numbers"},
        {"id": "t-2", "department": "sales", "person": None, "date": "2026-10-27"},
    ],
    "demands": [
        {"id": "dm", "department": "fin", "kind": "demand", "text": "Budget first",
         "root_cause": "workload", "anticipated": True, "response": "Contractor",
         "status": "addressed"},
    ],
    "suggestions": [
        {"id": "sg", "department": "sales", "person": "cy", "text": "Pilot with 2 teams",
         "decision": "adopted", "incorporation": "Phase 1 is the pilot", "credit": True},
    ],
    "agenda": [
        {"id": "ag1", "section": "Opening", "title": "Why now", "presenter": "ana",
         "minutes": 10, "goal": "goal-a", "notes": ""},
        {"id": "ag2", "title": "Pilot"},
    ],
    "decisions": [{"id": "dc", "text": "Start in Q1", "agreed_by": ["sales", "fin"]}],
    "actions": [
        {"id": "ac1", "text": "Hire contractor", "owner": "ana", "department": "fin",
         "due": "2026-12-15", "status": "open", "source": "dm"},
        {"id": "ac2", "text": "Follow up", "source": "oi"},
    ],
    "open_issues": [{"id": "oi", "text": "DPIA date", "follow_up": "Ask Nora",
                     "due": "2026-12-10"}],
    "review": {"rating": 4, "went_well": "All agreed", "lessons": "", "leader_feedback": ""},
}


def sample() -> dict[str, Any]:
    """A fresh copy of a package that uses every list and every kind of reference."""
    return copy.deepcopy(_SAMPLE)


def sample_bytes(data: dict[str, Any] | None = None) -> bytes:
    return json.dumps(sample() if data is None else data, ensure_ascii=False,
                      indent=1).encode("utf-8")


def test_the_sample_is_a_valid_package_with_its_text_unchanged() -> None:
    package = packages.read_package(sample_bytes())
    assert package.meeting.title == _SAMPLE["meeting"]["title"]
    assert package.goals[0].benefits == MARKUP
    assert package.departments[0].okrs == ["Close in 3 days", "财务 OKR"]
    assert package.actions[1].source == "oi"
