"""Readiness counted in SQL: each rule's subjects and passes per meeting, in a fixed number
of aggregate statements whatever the number of meetings or rows, and the score from them
by the same arithmetic as the full assessment (:mod:`app.services.readiness_score`).

Each count here mirrors one ``count`` call of :mod:`app.services.readiness`; the tests
hold the two to the same score and number of missing items on every meeting.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from typing import Any

from app.domain.enums import Engagement, engagement_rank
from app.services.readiness_rules import (
    BLOCKING_RIGHTS,
    GAP_SCALE,
    KEY_INFLUENCE,
    RIGHT_POWER,
    UNSET_RIGHT_POWER,
    Phase,
)
from app.services.readiness_score import (
    WHITESPACE,
    CapFacts,
    caps_of,
    checks_of,
    missing_of,
    phase_of,
    score_of,
)


@dataclass(frozen=True)
class Readiness:
    """A meeting's score and how many things are left to do."""

    score: int
    missing: int


def _blank(column: str) -> str:
    # as Python's not text.strip(): the same whitespace, ideographic space included
    return f"(trim(coalesce({column}, ''), :ws) = '')"


# (rule, subjects, passed) per statement; {m} is the meeting filter on a meeting_id column
_GOALS = f"""
SELECT meeting_id, count(*), sum(NOT {_blank('indicator')}), sum(NOT {_blank('target')}),
       sum(due IS NOT NULL), sum(NOT {_blank('indicator')} AND NOT {_blank('target')})
FROM goal WHERE {{m}} GROUP BY meeting_id"""

def _rank(column: str) -> str:
    whens = " ".join(f"WHEN '{e.value}' THEN {engagement_rank(e)}" for e in Engagement)
    return f"(CASE {column} {whens} END)"


def _right_power(column: str, unset: int) -> str:
    whens = " ".join(f"WHEN '{right}' THEN {power}" for right, power in RIGHT_POWER.items())
    return f"(CASE {column} {whens} ELSE {unset} END)"


def _gap(engagement: str, desired: str) -> str:
    # as readiness_rules.gap_points: twelfths of the way to the desired rank
    now, then = _rank(engagement), _rank(desired)
    return f"(CASE WHEN {now} >= {then} THEN {GAP_SCALE} ELSE {GAP_SCALE} * {now} / {then} END)"


_BLOCKING = ", ".join(f"'{right}'" for right in BLOCKING_RIGHTS)


def _resisting(engagement: str, right: str) -> str:
    return f"({engagement} = 'resistant' AND coalesce({right} IN ({_BLOCKING}), 0))"


# objections and risks, and those answered, per participation of the meetings counted
_CONCERNS = f"""
  SELECT d.participation_id, count(*) AS recorded, sum(NOT {_blank('d.response')}) AS answered
  FROM demand d WHERE d.kind <> 'demand'
  AND d.participation_id IN (SELECT p.id FROM participation p WHERE {{m}})
  GROUP BY d.participation_id"""
_ANSWERED = "(coalesce(dm.recorded, 0) > 0 AND dm.answered = dm.recorded)"

_PARTS = f"""
SELECT p.meeting_id, count(*),
  sum(p.readiness <> 'not_contacted' OR coalesce(tp.past, 0)),
  sum({_gap('p.engagement', 'p.engagement_desired')} = {GAP_SCALE}),
  sum({_right_power('p.decision_right', UNSET_RIGHT_POWER)}
      * {_gap('p.engagement', 'p.engagement_desired')}),
  sum({_right_power('p.decision_right', UNSET_RIGHT_POWER)}) * {GAP_SCALE},
  sum({_resisting('p.engagement', 'p.decision_right')}),
  sum(NOT {_blank('p.serves_their_goals')}),
  sum(coalesce(tp.preread, 0))
FROM participation p LEFT JOIN (
  SELECT t.participation_id, max(t.date <= :today) AS past,
         max(t.date <= :today AND t.preread_sent) AS preread
  FROM touchpoint t WHERE t.participation_id IN (SELECT p.id FROM participation p WHERE {{m}})
  GROUP BY t.participation_id) tp ON tp.participation_id = p.id
WHERE {{m}} GROUP BY p.meeting_id"""

# who had a one-to-one in each meeting, up to the meeting's day (attention.briefing_day)
_BRIEFED = """
  SELECT DISTINCT q.meeting_id, t.person_id FROM touchpoint t
  JOIN participation q ON q.id = t.participation_id JOIN meeting m ON m.id = q.meeting_id
  WHERE t.person_id IS NOT NULL
  AND t.date <= min(:today, coalesce(substr(m.scheduled_at, 1, 10), :today))
  AND q.id IN (SELECT p.id FROM participation p WHERE {m})"""

# the people of the departments taking part: key ones (a right, or high influence) with a
# part in the meeting count in the gap; who decides, must agree or weighs must be briefed;
# nobody else counts in either, so the others are left out before the sums
_KEY = f"(s.id IS NOT NULL AND (s.decision_right IS NOT NULL OR pe.influence >= {KEY_INFLUENCE}))"
_BRIEF = f"(coalesce(s.decision_right IN ({_BLOCKING}), 0) OR pe.influence >= {KEY_INFLUENCE})"
_POWER = f"max({_right_power('s.decision_right', 0)}, coalesce(pe.influence, 0), 1)"
_PEOPLE = f"""
SELECT p.meeting_id,
  sum({_KEY}), sum({_KEY} AND {_gap('s.engagement', 's.engagement_desired')} = {GAP_SCALE}),
  sum(CASE WHEN {_KEY} THEN {_POWER} * {_gap('s.engagement', 's.engagement_desired')}
      ELSE 0 END),
  sum(CASE WHEN {_KEY} THEN {_POWER} ELSE 0 END) * {GAP_SCALE},
  sum({_KEY} AND {_resisting('s.engagement', 's.decision_right')}),
  sum({_BRIEF}),
  sum({_BRIEF} AND b.person_id IS NOT NULL)
FROM participation p JOIN person pe ON pe.department_id = p.department_id
LEFT JOIN stakeholder s ON s.participation_id = p.id AND s.person_id = pe.id
LEFT JOIN ({_BRIEFED}) b ON b.meeting_id = p.meeting_id AND b.person_id = pe.id
WHERE {{m}} AND (s.decision_right IS NOT NULL OR pe.influence >= {KEY_INFLUENCE})
GROUP BY p.meeting_id"""

# what the meeting's objections and risks have been answered with, apart from the counts
# above, so that an edit of a demand counts this again alone: the concerns recorded and
# answered, and the resisting departments and key people (those with a right to block:
# key by their right) whose department has answered every one
_ANSWERS = f"""
SELECT p.meeting_id,
  sum({_resisting('p.engagement', 'p.decision_right')} AND {_ANSWERED}),
  sum(coalesce(dm.recorded, 0)), sum(coalesce(dm.answered, 0)),
  sum({_ANSWERED} * (
      SELECT count(*) FROM stakeholder s JOIN person pe ON pe.id = s.person_id
      WHERE s.participation_id = p.id AND pe.department_id = p.department_id
      AND {_resisting('s.engagement', 's.decision_right')}))
FROM participation p LEFT JOIN ({_CONCERNS}) dm ON dm.participation_id = p.id
WHERE {{m}} GROUP BY p.meeting_id"""

_SUGGESTIONS = """
SELECT p.meeting_id, count(*), sum(s.decision <> 'pending')
FROM suggestion s JOIN participation p ON p.id = s.participation_id
WHERE {m} GROUP BY p.meeting_id"""

_AGENDA = """
SELECT meeting_id, count(*), sum(minutes IS NOT NULL), sum(coalesce(minutes, 0))
FROM agenda_item WHERE {m} GROUP BY meeting_id"""

_DECISIONS = "SELECT meeting_id, count(*) FROM decision WHERE {m} GROUP BY meeting_id"

# an owner counts when the package keeps it: a person of a department in the meeting,
# or a department in the meeting
_ACTIONS = """
SELECT a.meeting_id, count(*), sum(a.status = 'open'),
  sum(a.status = 'open' AND (
      EXISTS (SELECT 1 FROM person pe JOIN participation q ON q.department_id = pe.department_id
              WHERE pe.id = a.owner_id AND q.meeting_id = a.meeting_id)
      OR EXISTS (SELECT 1 FROM participation q WHERE q.meeting_id = a.meeting_id
                 AND q.department_id = a.department_id))),
  sum(a.status = 'open' AND a.due IS NOT NULL),
  sum(a.status = 'open' AND a.due IS NOT NULL AND a.due >= :today)
FROM action_item a WHERE {m} GROUP BY a.meeting_id"""

_ISSUES = f"""
SELECT meeting_id, count(*), sum(NOT {_blank('follow_up')}), sum(due IS NOT NULL)
FROM open_issue WHERE {{m}} GROUP BY meeting_id"""

_REVIEWS = f"""
SELECT meeting_id, NOT {_blank('leader_feedback')},
       NOT {_blank("coalesce(went_well, '') || coalesce(lessons, '')")}
FROM review WHERE {{m}}"""

_MEETINGS = """
SELECT id, status, scheduled_at, duration_minutes FROM meeting WHERE {m}"""


class _Counts:
    """Each rule's subjects and passes, as the full assessment's tally counts them."""

    def __init__(self) -> None:
        self.done: dict[str, int] = defaultdict(int)
        self.total: dict[str, int] = defaultdict(int)

    def __call__(self, rule: str, subjects: int, passed: int) -> None:
        self.total[rule] += subjects
        self.done[rule] += passed


#: each statement by name: its SQL, its meeting column, and the tables it reads (its
#: subqueries' too): a change to none of them leaves its rows as they were
STATEMENTS: dict[str, tuple[str, str, frozenset[str]]] = {
    "goals": (_GOALS, "meeting_id", frozenset({"goal"})),
    "parts": (_PARTS, "p.meeting_id", frozenset({"participation", "touchpoint"})),
    "people": (_PEOPLE, "p.meeting_id", frozenset({
        "participation", "person", "stakeholder", "touchpoint", "meeting"})),
    "answers": (_ANSWERS, "p.meeting_id", frozenset({
        "participation", "demand", "stakeholder", "person"})),
    "suggestions": (_SUGGESTIONS, "p.meeting_id", frozenset({"suggestion", "participation"})),
    "agenda": (_AGENDA, "meeting_id", frozenset({"agenda_item"})),
    "decisions": (_DECISIONS, "meeting_id", frozenset({"decision"})),
    "actions": (_ACTIONS, "a.meeting_id", frozenset({"action_item", "person", "participation"})),
    "issues": (_ISSUES, "meeting_id", frozenset({"open_issue"})),
    "reviews": (_REVIEWS, "meeting_id", frozenset({"review"})),
    "meetings": (_MEETINGS, "id", frozenset({"meeting"})),
}
#: a statement's rows by meeting
Rows = dict[int, Any]


@dataclass
class Reuse:
    """One meeting's statement rows from its last scoring, and the tables changed since: a
    statement that reads none of them is not run again (an edit of a demand runs the one
    that counts answers, not all eleven)."""

    rows: dict[str, Rows] = field(default_factory=dict)
    changed: frozenset[str] = frozenset()

    def rows_of(self, name: str, tables: frozenset[str], run: Callable[[], Rows]) -> Rows:
        if name not in self.rows or tables & self.changed:
            self.rows[name] = run()
        return self.rows[name]


def _rows(connection: sqlite3.Connection, sql: str, column: str, meeting_id: int | None,
          today: date, *, nulls: bool = False) -> dict[int, tuple[Any, ...]]:
    """The statement's rows by meeting; sums over no rows (NULL) are 0 unless ``nulls``."""
    where = "1" if meeting_id is None else f"{column} = :meeting"
    cursor = connection.execute(sql.format(m=where), {
        "ws": WHITESPACE, "today": today.isoformat(), "meeting": meeting_id})
    if nulls:
        return {row[0]: tuple(row[1:]) for row in cursor}
    return {row[0]: tuple(0 if v is None else v for v in row[1:]) for row in cursor}


def readiness_by_meeting(connection: sqlite3.Connection, today: date,
                         meeting_id: int | None = None, *,
                         reuse: Reuse | None = None) -> dict[int, Readiness]:
    """Every meeting's readiness (or only ``meeting_id``'s), in eleven statements; with
    ``reuse`` (one meeting's), only those that read a table changed since run again."""
    def rows(name: str, *, nulls: bool = False) -> Rows:
        sql, column, reads = STATEMENTS[name]

        def run() -> Rows:
            return _rows(connection, sql, column, meeting_id, today, nulls=nulls)
        return run() if reuse is None else reuse.rows_of(name, reads, run)

    goals, parts, people, answers, suggestions, agenda, decisions, actions, issues, reviews = (
        rows(name) for name in ("goals", "parts", "people", "answers", "suggestions",
                                "agenda", "decisions", "actions", "issues", "reviews"))
    found: dict[int, Readiness] = {}
    meetings = rows("meetings", nulls=True)
    for key, (status, scheduled, minutes) in meetings.items():
        count = _Counts()
        earned: dict[str, Fraction] = {}
        n, indicator, target, due, measurable = goals.get(key, (0, 0, 0, 0, 0))
        facts = CapFacts(measurable_goals=measurable)
        count("goals.exist", 1, int(n > 0))
        count("goal.indicator", n, indicator)
        count("goal.target", n, target)
        count("goal.due", n, due)
        phase = phase_of(status)
        if phase == Phase.before:
            (n, contacted, level, gained, possible, resisting, win_win, preread
             ) = parts.get(key, (0,) * 8)
            (key_people, key_level, key_gained, key_possible, key_resisting, to_brief,
             briefed) = people.get(key, (0,) * 7)
            answered, concerns, responded, key_answered = answers.get(key, (0,) * 4)
            count("departments.exist", 1, int(n > 0))
            count("department.contacted", n, contacted)
            count("department.gap", n + key_people, level + key_level)
            if possible + key_possible:
                earned["department.gap"] = Fraction(gained + key_gained,
                                                    possible + key_possible)
            count("person.briefed", to_brief, briefed)
            count("resistant.answered", resisting + key_resisting, answered + key_answered)
            count("department.win_win", n, win_win)
            count("preread.sent", n, preread)
            count("demand.response", concerns, responded)
            count("suggestion.decided", *suggestions.get(key, (0, 0)))
            count("meeting.date", 1, int(bool(scheduled)))
            if scheduled:
                # the day in the meeting's own offset, as stored (ISO 8601)
                count("meeting.date_passed", 1, int(scheduled[:10] >= today.isoformat()))
            count("meeting.duration", 1, int(minutes is not None))
            items, timed, planned = agenda.get(key, (0, 0, 0))
            count("agenda.exist", 1, int(items > 0))
            count("agenda.timed", items, timed)
            if items and minutes is not None:
                count("agenda.fits", 1, int(planned <= minutes))
                facts = CapFacts(measurable, far_over=(planned - minutes) * 4 > minutes)
        else:
            (decided,) = decisions.get(key, (0,))
            count("decisions.exist", 1, int(decided > 0))
            n, open_, owned, dated, on_time = actions.get(key, (0, 0, 0, 0, 0))
            count("actions.exist", 1, int(n > 0))
            count("action.owner", open_, owned)
            count("action.due", open_, dated)
            count("action.overdue", dated, on_time)
            n, followed, dated = issues.get(key, (0, 0, 0))
            count("issue.follow_up", n, followed)
            count("issue.due", n, dated)
            leader, lessons = reviews.get(key, (0, 0))
            count("review.leader", 1, int(bool(leader)))
            count("review.lessons", 1, int(bool(lessons)))
        checks = checks_of(phase, count.done, count.total, earned)
        found[key] = Readiness(score_of(checks, caps_of(phase, checks, facts)),
                               missing_of(checks))
    return found
