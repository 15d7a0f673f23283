"""Readiness counted in SQL: each rule's subjects and passes per meeting, in a fixed number
of aggregate statements whatever the number of meetings or rows, and the score from them
by the same arithmetic as the full assessment (:mod:`app.services.readiness_score`).

Each count here mirrors one ``count`` call of :mod:`app.services.readiness`; the tests
hold the two to the same score and number of missing items on every meeting.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.services.readiness_rules import PREREAD_WORDS, Phase
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

# a cheap test in SQL first, so that the exact one (casefolded, in Python) sees only the
# texts that might mention the pre-read: each word of it has "pre" or no case at all
_CASELESS = sorted({word for word in PREREAD_WORDS if "pre" not in word})


def _preread(column: str) -> str:
    maybe = " OR ".join([f"instr(lower({column}), 'pre')",
                         *(f"instr({column}, '{word}')" for word in _CASELESS)])
    return f"(CASE WHEN {maybe} THEN mentions_preread({column}) ELSE 0 END)"


_PARTS = f"""
SELECT p.meeting_id, count(*),
  sum(p.readiness <> 'not_contacted' OR coalesce(tp.past, 0)),
  sum(p.engagement <> 'unaware'),
  sum(NOT {_blank('p.serves_their_goals')}),
  sum(coalesce(tp.preread, 0) OR EXISTS (
      SELECT 1 FROM action_item a WHERE a.meeting_id = p.meeting_id AND a.status = 'done'
      AND (a.department_id IS NULL OR a.department_id = p.department_id
           OR NOT EXISTS (SELECT 1 FROM participation q WHERE q.meeting_id = p.meeting_id
                          AND q.department_id = a.department_id))
      AND {_preread('a.text')}))
FROM participation p LEFT JOIN (
  SELECT t.participation_id, max(t.date <= :today) AS past,
         max(CASE WHEN t.date <= :today THEN {_preread('t.summary')} ELSE 0 END)
             AS preread
  FROM touchpoint t WHERE t.participation_id IN (SELECT p.id FROM participation p WHERE {{m}})
  GROUP BY t.participation_id) tp ON tp.participation_id = p.id
WHERE {{m}} GROUP BY p.meeting_id"""

_DEMANDS = f"""
SELECT p.meeting_id, sum(d.kind <> 'demand'),
       sum(d.kind <> 'demand' AND NOT {_blank('d.response')})
FROM demand d JOIN participation p ON p.id = d.participation_id
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
                         meeting_id: int | None = None) -> dict[int, Readiness]:
    """Every meeting's readiness (or only ``meeting_id``'s), in ten statements."""
    goals = _rows(connection, _GOALS, "meeting_id", meeting_id, today)
    parts = _rows(connection, _PARTS, "p.meeting_id", meeting_id, today)
    demands = _rows(connection, _DEMANDS, "p.meeting_id", meeting_id, today)
    suggestions = _rows(connection, _SUGGESTIONS, "p.meeting_id", meeting_id, today)
    agenda = _rows(connection, _AGENDA, "meeting_id", meeting_id, today)
    decisions = _rows(connection, _DECISIONS, "meeting_id", meeting_id, today)
    actions = _rows(connection, _ACTIONS, "a.meeting_id", meeting_id, today)
    issues = _rows(connection, _ISSUES, "meeting_id", meeting_id, today)
    reviews = _rows(connection, _REVIEWS, "meeting_id", meeting_id, today)
    found: dict[int, Readiness] = {}
    meetings = _rows(connection, _MEETINGS, "id", meeting_id, today, nulls=True)
    for key, (status, scheduled, minutes) in meetings.items():
        count = _Counts()
        n, indicator, target, due, measurable = goals.get(key, (0, 0, 0, 0, 0))
        facts = CapFacts(measurable_goals=measurable)
        count("goals.exist", 1, int(n > 0))
        count("goal.indicator", n, indicator)
        count("goal.target", n, target)
        count("goal.due", n, due)
        phase = phase_of(status)
        if phase == Phase.before:
            n, contacted, stance, win_win, preread = parts.get(key, (0, 0, 0, 0, 0))
            count("departments.exist", 1, int(n > 0))
            count("department.contacted", n, contacted)
            count("department.stance", n, stance)
            count("department.win_win", n, win_win)
            count("preread.sent", n, preread)
            count("demand.response", *demands.get(key, (0, 0)))
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
        checks = checks_of(phase, count.done, count.total)
        found[key] = Readiness(score_of(checks, caps_of(phase, checks, facts)),
                               missing_of(checks))
    return found
