"""The report for the leader: what was decided and what happens next, never an assessment."""

from __future__ import annotations

import re
from datetime import date

from app.briefing import REPORT_KEYS, BriefingDocument, Kind, ReadinessSummary
from app.domain.enums import LABELS, Engagement, MeetingStatus, Readiness, RootCause
from app.domain.package import MeetingFields, MeetingPackage
from tests.briefing import pdf
from tests.briefing.sample import (
    DECISION,
    LESSONS,
    OPEN_ISSUE,
    OVERDUE_ACTION,
    WENT_WELL,
    held_package,
)
from tests.briefing.test_pre_read import marked_package, marker

TODAY = date(2026, 11, 20)

#: what the report may print of the marked package; every other marker is private
REPORTED = ("actions.text", "decisions.text", "open_issues.text", "open_issues.follow_up")
PRIVATE = ("meeting.notes", "departments.function", "departments.workflow", "departments.focus",
           "departments.pressures", "departments.history", "departments.serves_their_goals",
           "departments.private_notes", "departments.okrs", "people.notes", "people.contact",
           "people.role", "touchpoints.summary", "touchpoints.next_step", "demands.text",
           "demands.response", "agenda.notes", "suggestions.pending",
           "suggestions.uncredited")


def report(package: MeetingPackage) -> bytes:
    return BriefingDocument(package, kind=Kind.report, today=TODAY).render()


def flat(data: bytes) -> str:
    """The text with line breaks inside table cells joined again (Chinese needs no space)."""
    text = " ".join(pdf.text(data).split())
    return re.sub(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", "", text)


def test_report_sections() -> None:
    assert REPORT_KEYS == ("cover", "outcome", "decisions", "actions", "issues", "review")


def test_what_was_typed_comes_back_exactly() -> None:
    text = flat(report(held_package()))
    for typed in (DECISION, OVERDUE_ACTION, OPEN_ISSUE, LESSONS,
                  "Preguntar al director financiero"):
        assert typed in text
    assert "Report for the leader" in text
    assert "Rating: 4 of 5" in text
    # what went well is the coordinator's own notes (people, past stances): not the leader's
    assert WENT_WELL not in text and "What went well" not in text


def test_decisions_name_the_departments_that_agreed() -> None:
    text = flat(report(held_package()))
    assert "Finanzas y Contabilidad 1 and 客户服务部 2" in text


def test_overdue_actions_are_marked_and_next_steps_go_by_due_date() -> None:
    pages = [" ".join(page.split()) for page in pdf.page_texts(report(held_package()))]
    text = " ".join(pages)
    # every action once: the open ones as next steps, the overdue one marked
    assert text.count("Overdue") == 1 and text.count(OVERDUE_ACTION) == 1
    assert re.search(r"10 Nov 2026 Overdue " + re.escape(OVERDUE_ACTION), text)
    assert "1 action overdue" in text and "4 action items, 3 still open" in text
    steps = text[text.index("Next steps"):text.index("Done or dropped")]
    assert "Pick the second region" in text[text.index("Done or dropped"):]
    assert steps.index("10 Nov 2026 Overdue") < steps.index("Send the pilot plan") < (
        steps.index("Book the training room"))
    assert "Pick the second region" not in steps  # done: not a next step


def test_a_resolved_issue_is_left_out() -> None:
    text = flat(report(held_package()))
    assert "1 unresolved issue" in text
    assert OPEN_ISSUE in text and "Which region goes second?" not in text


def test_report_holds_no_private_field_and_no_assessment() -> None:
    package = marked_package()
    package.meeting.status = held_package().meeting.status
    package.review = held_package().review
    readiness = ReadinessSummary(57, ["ZQXREADINESSITEM"])
    data = BriefingDocument(package, kind=Kind.report, readiness=readiness,
                            today=TODAY).render()
    text = pdf.text(data) + pdf.poppler_text(data)
    assert [p for p in PRIVATE if marker(p) in text] == []
    assert "ZQXREADINESSITEM" not in text and "57 / 100" not in text
    assert "ZQXLEADERFEEDBACK" not in text
    words = [w for enum in (Engagement, Readiness, RootCause) for w in LABELS[enum].values()]
    assert [w for w in words if w in text] == []
    for label in ("Private", "Engagement", "Pressures", "History", "Root cause", "Touchpoints",
                  "Notes"):
        assert label not in text
    # the same package does print what the leader should read
    assert [p for p in REPORTED if marker(p) not in text] == []


def test_a_meeting_not_held_yet_gets_a_report_that_says_so() -> None:
    package = MeetingPackage(meeting=MeetingFields(title="Kick-off 启动会"))
    data = report(package)
    text = flat(data)
    assert "Kick-off 启动会" in text
    assert "The meeting has not been held yet" in text
    assert "No goals recorded yet." in text
    # before the meeting: no empty headings, no "0 decisions"
    for empty in ("Decisions", "No action items recorded yet.", "Unresolved issues",
                  "Review", "Next steps", "0 decisions"):
        assert empty not in text
    assert len(pdf.page_texts(data)) == 1


def test_a_meeting_with_a_review_is_not_called_unheld() -> None:
    package = held_package()
    package.meeting.status = MeetingStatus.ready  # the status was never moved on
    text = flat(report(package))
    assert "Rating: 4 of 5" in text and "not been held" not in text


def test_a_held_meeting_is_not_called_unheld_and_every_page_is_counted() -> None:
    pages = pdf.page_texts(report(held_package()))
    assert "not been held" not in "".join(pages)
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
