"""Export, import, export: the same bytes, whatever the text, for any valid meeting."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain import enums
from app.domain import package as pkg
from app.domain.rules import name_key
from app.services import meetings, packages
from app.storage import Workspace, open_workspace
from tests.services.test_packages_sample import MARKUP, sample, sample_bytes

# text from many scripts, markup characters and the awkward ones (newlines, NUL, U+2028)
PIECES = ["数据平台", "Ñandú año", "مرحبا بالعالم", "שלום", "Привет", "नमस्ते", "こんにちは",
          "한국어", "ไทย", "Ελληνικά", "🙂👩‍💻🇨🇳", MARKUP, "a & b < c > d", "&amp;", "</para>",
          "line\nbreak", "tab\there", "\r\n", "\u2028", "\x00", " ", "x"]
texts = st.one_of(st.just(""), st.sampled_from(PIECES),
                  st.lists(st.sampled_from(PIECES), max_size=4).map("".join),
                  st.text(st.characters(codec="utf-8"), max_size=20))
# never blank, by construction: some text, then a piece that is not white space
required = st.tuples(texts, st.sampled_from([p for p in PIECES if p.strip()])).map("".join)
days = st.dates(min_value=datetime(1900, 1, 1).date(), max_value=datetime(2200, 1, 1).date())
offsets = st.sampled_from([UTC, timezone(timedelta(hours=8)),
                           timezone(timedelta(hours=-5)), timezone(timedelta(hours=5, minutes=45)),
                           timezone(timedelta(hours=-3, minutes=-30))])
moments = st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(2100, 1, 1),
                       timezones=offsets)
scale = st.none() | st.integers(1, 5)
minutes = st.none() | st.integers(0, 10**6)


def enum(kind: type[enums.StrEnum]) -> st.SearchStrategy[Any]:
    return st.sampled_from(list(kind))


@st.composite
def canonical_packages(draw: st.DrawFn) -> pkg.MeetingPackage:
    """A valid package laid out as an export writes one (ids such as g1, dep1, p1)."""
    goals = [pkg.GoalDoc(id=f"g{n}", statement=draw(required), indicator=draw(texts),
                         target=draw(texts), due=draw(st.none() | days), evidence=draw(texts))
             for n in range(1, draw(st.integers(0, 3)) + 1)]
    names = draw(st.lists(required, max_size=4, unique_by=name_key))
    colleagues = draw(st.lists(st.tuples(required, texts), max_size=3,
                               unique_by=lambda pair: name_key(pair[0])))
    owners = st.none() | st.sampled_from(range(len(colleagues)) or [None])
    counts = st.none() | st.integers(1, 400)
    departments, person_number = [], 0
    for n, name in enumerate(names, 1):
        people = []
        for _ in range(draw(st.integers(0, 3))):
            person_number += 1
            people.append(pkg.PersonDoc(id=f"p{person_number}", name=draw(required),
                                        role=draw(texts), influence=draw(scale),
                                        interest=draw(scale), notes=draw(texts)))
        departments.append(pkg.DepartmentDoc(
            id=f"dep{n}", name=name, function=draw(texts), okrs=draw(st.lists(texts, max_size=3)),
            people=people, relationship=draw(st.none() | enum(enums.Relationship)),
            serves_their_goals=draw(texts), engagement=draw(enum(enums.Engagement)),
            engagement_at_start=draw(enum(enums.Engagement)),
            engagement_desired=draw(enum(enums.Engagement)),
            decision_right=draw(st.none() | enum(enums.DecisionRight)),
            readiness=draw(enum(enums.Readiness)), private_notes=draw(texts),
            owner=None if (owner := draw(owners)) is None else str(owner),
            plan_channel=draw(st.none() | enum(enums.Channel)), cadence_days=draw(counts),
            next_contact=draw(st.none() | days), approach_order=draw(counts),
            approach_reason=draw(texts)))
    # an export lists the colleagues who own a department, in the team's order, as tm1...
    used = sorted({int(d.owner) for d in departments if d.owner is not None})
    team = [pkg.TeamMemberDoc(id=f"tm{n}", name=colleagues[i][0], role=colleagues[i][1])
            for n, i in enumerate(used, 1)]
    for d in departments:
        if d.owner is not None:
            d.owner = f"tm{used.index(int(d.owner)) + 1}"
    stakeholders = [
        pkg.StakeholderDoc(person=p.id, engagement=draw(enum(enums.Engagement)),
                           engagement_desired=draw(enum(enums.Engagement)),
                           engagement_at_start=draw(enum(enums.Engagement)),
                           decision_right=draw(st.none() | enum(enums.DecisionRight)))
        for d in departments for p in d.people if draw(st.booleans())]
    everyone = [p.id for d in departments for p in d.people]
    touchpoints, demands, suggestions = [], [], []
    # rows of different departments interleave: the package's list order is kept
    for _ in range(draw(st.integers(0, 6)) if departments else 0):
        department = draw(st.sampled_from(departments))
        own = st.none() | st.sampled_from([p.id for p in department.people] or [None])
        kind = draw(st.sampled_from(["touchpoint", "demand", "suggestion"]))
        if kind == "touchpoint":
            touchpoints.append(pkg.TouchpointDoc(
                id=f"t{len(touchpoints) + 1}", department=department.id, person=draw(own),
                date=draw(days), channel=draw(enum(enums.Channel)), summary=draw(texts),
                preread_sent=draw(st.booleans())))
        elif kind == "demand":
            demands.append(pkg.DemandDoc(
                id=f"d{len(demands) + 1}", department=department.id, text=draw(required),
                kind=draw(enum(enums.DemandKind)), anticipated=draw(st.booleans()),
                root_cause=draw(st.none() | enum(enums.RootCause)),
                status=draw(enum(enums.DemandStatus))))
        else:
            suggestions.append(pkg.SuggestionDoc(
                id=f"s{len(suggestions) + 1}", department=department.id, person=draw(own),
                text=draw(required), decision=draw(enum(enums.SuggestionDecision)),
                credit=draw(st.booleans())))
    history = []
    for _ in range(draw(st.integers(0, 4)) if departments else 0):
        department = draw(st.sampled_from(departments))
        history.append(pkg.EngagementChangeDoc(
            department=department.id,
            person=draw(st.none() | st.sampled_from([p.id for p in department.people] or [None])),
            date=draw(days), from_level=draw(st.none() | enum(enums.Engagement)),
            to_level=draw(enum(enums.Engagement)), note=draw(texts),
            touchpoint=draw(st.none() | st.sampled_from([t.id for t in touchpoints] or [None]))))
    history.sort(key=lambda change: change.date)  # an export lists the history by date
    anyone = st.none() | st.sampled_from(everyone or [None])
    agenda = [pkg.AgendaItemDoc(id=f"a{n}", section=draw(texts), title=draw(required),
                                presenter=(who := draw(anyone)),
                                # the coordinator presents only an item no person presents
                                presenter_is_coordinator=who is None and draw(st.booleans()),
                                minutes=draw(minutes),
                                goal=draw(st.none() | st.sampled_from([g.id for g in goals]
                                                                      or [None])))
              for n in range(1, draw(st.integers(0, 3)) + 1)]
    department_ids = [d.id for d in departments]
    decisions = [pkg.DecisionDoc(id=f"dec{n}", text=draw(required), agreed_by=draw(
        st.lists(st.sampled_from(department_ids), unique=True) if department_ids else st.just([])))
        for n in range(1, draw(st.integers(0, 2)) + 1)]
    issues = [pkg.OpenIssueDoc(id=f"i{n}", text=draw(required), follow_up=draw(texts),
                               due=draw(st.none() | days))
              for n in range(1, draw(st.integers(0, 2)) + 1)]
    sources = [r.id for r in (*demands, *suggestions, *issues)]
    actions = [pkg.ActionDoc(
        id=f"act{n}", text=draw(required), owner=draw(anyone),
        department=draw(st.none() | st.sampled_from(department_ids or [None])),
        due=draw(st.none() | days), status=draw(enum(enums.ActionStatus)),
        source=draw(st.none() | st.sampled_from(sources or [None])),
        uid=f"act{n}-{draw(st.uuids())}@example.org")  # an export always carries one
        for n in range(1, draw(st.integers(0, 3)) + 1)]
    review = draw(st.none() | st.builds(lambda r, w: pkg.ReviewDoc(rating=r, went_well=w),
                                        scale, texts))
    meeting = pkg.MeetingFields(
        title=draw(required), purpose=draw(texts), scheduled_at=draw(st.none() | moments),
        duration_minutes=draw(minutes), location=draw(texts),
        language=draw(enum(enums.Language)), status=draw(enum(enums.MeetingStatus)),
        notes=draw(texts), uid=f"{draw(st.uuids())}@example.org")
    return pkg.MeetingPackage(meeting=meeting, team=team, goals=goals, departments=departments,
                              stakeholders=stakeholders, touchpoints=touchpoints,
                              engagement_history=history, demands=demands, suggestions=suggestions,
                              agenda=agenda, decisions=decisions, actions=actions,
                              open_issues=issues, review=review)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty, up-to-date workspace file to copy (faster than creating one per example)."""
    path = tmp_path_factory.mktemp("template") / "empty.prewire"
    open_workspace(path).close()
    return path


@contextmanager
def fresh_workspace(template: Path) -> Iterator[Workspace]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "w.prewire"
        shutil.copyfile(template, path)
        with open_workspace(path) as workspace:
            yield workspace


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(package=canonical_packages())
def test_import_then_export_gives_the_same_package(template: Path,
                                                   package: pkg.MeetingPackage) -> None:
    data = packages.dumps(package)
    assert packages.read_package(data) == package
    with fresh_workspace(template) as workspace:
        report = packages.import_document(workspace, package)
        assert packages.package_bytes(workspace, report.meeting_id) == data


def test_export_import_export_is_byte_identical(tmp_path: Path) -> None:
    source = tmp_path / "sample.prewire.json"
    source.write_bytes(sample_bytes())
    with open_workspace(tmp_path / "a.prewire") as first:
        meeting_id = packages.import_package(first, source).meeting_id
        packages.export_package(first, meeting_id, tmp_path / "one.prewire.json")
    with open_workspace(tmp_path / "b.prewire") as second:
        meeting_id = packages.import_package(second, tmp_path / "one.prewire.json").meeting_id
        packages.export_package(second, meeting_id, tmp_path / "two.prewire.json")
    one = (tmp_path / "one.prewire.json").read_bytes()
    assert one == (tmp_path / "two.prewire.json").read_bytes()
    assert one.endswith(b"}\n") and one.count(b"\n") > 100  # indented, one final newline
    exported = json.loads(one)
    # every field written, in the format's order, text unchanged, the moment's offset kept
    assert list(exported) == list(pkg.MeetingPackage.model_fields)
    assert list(exported["meeting"]) == list(pkg.MeetingFields.model_fields)
    assert exported["meeting"]["scheduled_at"] == "2026-12-03T10:00:00+08:00"
    assert exported["meeting"]["title"] == sample()["meeting"]["title"]
    assert "数据平台 🚀".encode() in one and MARKUP.replace('"', '\\"').encode() in one
    assert exported["decisions"][0]["agreed_by"] == ["dep2", "dep1"]
    assert [a["source"] for a in exported["actions"]] == ["d1", "i1"]
    assert exported["departments"][1]["people"][0]["influence"] == 2


def test_a_long_text_comes_back_whole(workspace: Workspace) -> None:
    data = sample()
    data["meeting"]["notes"] = ("长文本 <&> " * 12_500)[:100_000]
    package = packages.read_package(sample_bytes(data))
    meeting_id = packages.import_document(workspace, package).meeting_id
    assert meetings.get_meeting(workspace, meeting_id).notes == data["meeting"]["notes"]
    assert json.loads(packages.package_bytes(workspace, meeting_id))["meeting"]["notes"] == \
        data["meeting"]["notes"]
