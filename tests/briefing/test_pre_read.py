"""The pre-read holds only what may be shared: never an assessment or a private note."""

from __future__ import annotations

from datetime import date

from app.briefing import BriefingDocument, Kind, ReadinessSummary
from app.domain.enums import LABELS, Engagement, Readiness, RootCause, SuggestionDecision
from app.domain.package import MeetingPackage
from tests.briefing import pdf
from tests.briefing.sample import rich_package

# every free-text field that is the coordinator's own (dotted path → marker)
PRIVATE_FIELDS = (
    "meeting.notes", "departments.function", "departments.workflow", "departments.focus",
    "departments.pressures", "departments.history", "departments.serves_their_goals",
    "departments.private_notes", "people.notes", "people.contact", "people.role",
    "touchpoints.summary", "touchpoints.next_step", "demands.text", "demands.response",
    "agenda.notes", "open_issues.text", "open_issues.follow_up", "actions.text",
    "decisions.text",
)


def marker(path: str) -> str:
    return "ZQX" + path.replace(".", "_").replace("_", "").upper()


def marked_package() -> MeetingPackage:
    package = rich_package()
    package.meeting.notes = marker("meeting.notes")
    for department in package.departments:
        for name in ("function", "workflow", "focus", "pressures", "history",
                     "serves_their_goals", "private_notes"):
            setattr(department, name, marker(f"departments.{name}"))
        department.okrs = [marker("departments.okrs")]
        for person in department.people:
            person.notes = marker("people.notes")
            person.contact = marker("people.contact")
            person.role = marker("people.role")
    lists = {"touchpoints": ("summary", "next_step"), "demands": ("text", "response"),
             "agenda": ("notes",), "open_issues": ("text", "follow_up"),
             "actions": ("text",), "decisions": ("text",)}
    for list_name, names in lists.items():
        for item in getattr(package, list_name):
            for name in names:
                setattr(item, name, marker(f"{list_name}.{name}"))
    # pending and declined suggestions, even marked for credit, and one not to be
    # credited stay out of the pre-read
    package.suggestions[0].text = "ZQXSHAREDSUGGESTION"
    package.suggestions[1].text = marker("suggestions.pending")
    package.suggestions[1].credit = True
    package.suggestions[2].credit = False
    package.suggestions[2].text = marker("suggestions.uncredited")
    package.suggestions[3].decision = SuggestionDecision.declined
    package.suggestions[3].credit = True
    package.suggestions[3].text = marker("suggestions.declined")
    package.suggestions[3].incorporation = marker("suggestions.why_not")
    return package


def test_pre_read_holds_no_private_field_no_stance_and_no_readiness() -> None:
    package = marked_package()
    readiness = ReadinessSummary(57, ["ZQXREADINESSITEM"])
    data = BriefingDocument(package, kind=Kind.pre_read, readiness=readiness,
                            today=date(2026, 11, 20)).render()
    text = pdf.text(data) + pdf.poppler_text(data)
    leaked = [m for m in (*map(marker, PRIVATE_FIELDS), marker("departments.okrs"),
                          marker("suggestions.pending"), marker("suggestions.uncredited"),
                          marker("suggestions.declined"), marker("suggestions.why_not"),
                          "ZQXREADINESSITEM") if m in text]
    assert not leaked
    words = [w for enum in (Engagement, Readiness, RootCause) for w in LABELS[enum].values()]
    assert not [w for w in words if w in text]
    for label in ("Readiness", "57 / 100", "Private", "Engagement", "Pressures", "History",
                  "Root cause", "Touchpoints", "Notes"):
        assert label not in text
    # what is shared is there
    for shared in ("Pre-read", "Agree the plan", "Cut the monthly close", "Working days to close",
                   "The pilot in 2025", "ZQXSHAREDSUGGESTION", "Begoña Ibáñez 1",
                   "The plan starts in the north region", "El plan en 3 fases"):
        assert shared in text


def test_the_private_pack_does_show_the_markers() -> None:
    """The same check against the private pack, so the test above can fail."""
    data = BriefingDocument(marked_package(), today=date(2026, 11, 20)).render()
    text = pdf.text(data)
    missing = [p for p in PRIVATE_FIELDS if marker(p) not in text]
    assert not missing
