"""A workspace of years, generated from a seed: the data ``make bench`` measures on.

About 200 meetings (one of them with 60 departments), 500 department profiles,
3,000 people, 20,000 demands and suggestions, 10,000 touchpoints, long texts in
English, Spanish and Chinese. The schema comes from opening the file as the
program does; the rows go in with plain ``executemany`` (the services would
take minutes), so the file is ready in a few seconds.
"""

from __future__ import annotations

import json
import random
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from app.domain.rules import name_key
from app.storage import open_workspace

_EN = ("the rollout of the customer platform needs every region to agree on the data model "
       "before the pilot starts and the budget review closes in spring")
_ES = ("la centralización de compras exige que cada área acepte el calendario antes de la "
       "revisión del presupuesto y que el piloto empiece en otoño año")
_WORDS = {"en": tuple(_EN.split()), "es": tuple(_ES.split()),
          "zh": tuple("新产品发布需要每个部门在试点开始之前就数据模型达成一致并在春季完成预算审查")}
_PREREAD = ("sent the pre-read", "envié la prelectura", "已发送预读")
_STATUSES = ("preparing", "preparing", "ready", "held", "closed")
_ENUMS = {
    "relationship": (None, "upstream", "downstream", "peer"),
    "engagement": ("unaware", "resistant", "neutral", "supportive", "leading"),
    "readiness": ("not_contacted", "contacted", "concerns_known", "aligned"),
    "channel": ("meeting", "call", "email", "chat", "other"),
    "kind": ("demand", "objection", "risk"),
    "root_cause": (None, "workload", "capability", "schedule", "past_friction", "goal_conflict"),
    "demand_status": ("open", "addressed", "accepted", "escalated"),
    "decision": ("pending", "adopted", "adapted", "declined"),
    "action_status": ("open", "done", "dropped"),
}


@dataclass(frozen=True)
class Years:
    """The generated file and the meetings the cases open."""

    path: Path
    meetings: list[int]
    #: the meeting with the most departments (60)
    largest: int
    #: a short meeting in Chinese (4 departments)
    chinese: int


class _Text:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def __call__(self, words: int, script: str | None = None) -> str:
        script = script or self.rng.choice(("en", "es", "zh"))
        chosen = self.rng.choices(_WORDS[script], k=max(1, words))
        return ("" if script == "zh" else " ").join(chosen).capitalize()


def generate(path: Path, *, seed: int = 2026, meetings: int = 200, departments: int = 500,
             people: int = 3000, demands: int = 10_000, suggestions: int = 10_000,
             touchpoints: int = 10_000, largest: int = 60) -> Years:
    """Write the workspace at ``path`` (which must not exist) and say what is in it."""
    open_workspace(path).close()  # the schema, as the program makes it
    rng = random.Random(seed)
    text = _Text(rng)
    today = date.today()
    db = sqlite3.connect(path)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = OFF")  # a generated file: nothing to keep on a crash
    with db:
        dept_rows = []
        for n in range(1, departments + 1):
            name = f"{text(2)} {n}"
            dept_rows.append((n, name, name_key(name), text(30), text(20), text(10),
                              json.dumps([text(6), text(6)], ensure_ascii=False), text(25),
                              text(40)))
        db.executemany("INSERT INTO department (id, name, name_key, function, workflow, focus, "
                       "okrs, pressures, history) VALUES (?,?,?,?,?,?,?,?,?)", dept_rows)
        staff: dict[int, list[int]] = {}
        person_rows = []
        for n in range(1, people + 1):
            dept = 1 + (n - 1) % departments
            staff.setdefault(dept, []).append(n)
            person_rows.append((n, text(2), text(3), f"person{n}@example.org",
                                rng.choice((None, 1, 2, 3, 4, 5)),
                                rng.choice((None, 1, 2, 3, 4, 5)),
                                text(12), dept, len(staff[dept])))
        db.executemany("INSERT INTO person (id, name, role, contact, influence, interest, notes, "
                       "department_id, position) VALUES (?,?,?,?,?,?,?,?,?)", person_rows)

        meeting_rows, parts = [], []
        chinese = 0
        for n in range(1, meetings + 1):
            when = today + timedelta(days=rng.randint(-700, 120), hours=rng.randint(8, 17))
            offset = timezone(timedelta(hours=rng.choice((-5, 0, 1, 8))))
            scheduled = (None if n % 17 == 0 else
                         datetime(when.year, when.month, when.day, rng.randint(8, 17),
                                  tzinfo=offset).isoformat())
            language = ("en", "es", "zh_CN")[n % 3]
            size = largest if n == 1 else (4 if language == "zh_CN" and not chinese
                                           else rng.randint(3, 15))
            if language == "zh_CN" and not chinese and n != 1:
                chinese = n
            status = "preparing" if n in (1, chinese) else rng.choice(_STATUSES)
            meeting_rows.append((n, text(6, "zh" if language == "zh_CN" else language[:2]),
                                 text(40), text(30), scheduled,
                                 rng.choice((None, 60, 90, 120)), text(3), language, status,
                                 text(20), today.isoformat()))
            for position, dept in enumerate(rng.sample(range(1, departments + 1), size)):
                parts.append((len(parts) + 1, n, dept, position,
                              rng.choice(_ENUMS["relationship"]), text(rng.randint(0, 30)),
                              rng.choice(_ENUMS["engagement"]), rng.choice(_ENUMS["engagement"]),
                              rng.choice(_ENUMS["readiness"]), text(15)))
        db.executemany("INSERT INTO meeting (id, title, purpose, expectations, scheduled_at, "
                       "duration_minutes, location, language, status, notes, created_at) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?)", meeting_rows)
        db.executemany("INSERT INTO participation (id, meeting_id, department_id, position, "
                       "relationship, serves_their_goals, engagement, engagement_at_start, "
                       "readiness, private_notes) VALUES (?,?,?,?,?,?,?,?,?,?)", parts)
        meeting_of = {p[0]: p[1] for p in parts}
        dept_of = {p[0]: p[2] for p in parts}
        by_meeting: dict[int, list[int]] = {}
        for part in parts:
            by_meeting.setdefault(part[1], []).append(part[0])
        # the largest meeting carries twice the rows per department of the others
        weights = [2.0 if meeting_of[p[0]] == 1 else 1.0 for p in parts]

        def part_ids(count: int) -> list[int]:
            return rng.choices([p[0] for p in parts], weights=weights, k=count)

        def person_of(part: int) -> int | None:
            return rng.choice(staff.get(dept_of[part], [None]))  # type: ignore[list-item]

        db.executemany(
            "INSERT INTO touchpoint (participation_id, position, date, channel, person_id, "
            "summary, next_step) VALUES (?,?,?,?,?,?,?)",
            [(part, k, (today + timedelta(days=rng.randint(-600, 30))).isoformat(),
              rng.choice(_ENUMS["channel"]), person_of(part),
              text(rng.randint(10, 80)) + (rng.choice(_PREREAD) if k % 5 == 0 else ""),
              text(10)) for k, part in enumerate(part_ids(touchpoints))])
        db.executemany(
            "INSERT INTO demand (participation_id, position, kind, text, root_cause, "
            "anticipated, response, status) VALUES (?,?,?,?,?,?,?,?)",
            [(part, k, rng.choice(_ENUMS["kind"]), text(rng.randint(5, 40)),
              rng.choice(_ENUMS["root_cause"]), k % 2,
              rng.choice(("", "   ", text(rng.randint(5, 60)))),
              rng.choice(_ENUMS["demand_status"])) for k, part in enumerate(part_ids(demands))])
        db.executemany(
            "INSERT INTO suggestion (participation_id, position, person_id, text, decision, "
            "incorporation, credit) VALUES (?,?,?,?,?,?,?)",
            [(part, k, person_of(part), text(rng.randint(5, 40)), rng.choice(_ENUMS["decision"]),
              text(rng.randint(0, 30)), k % 3 == 0)
             for k, part in enumerate(part_ids(suggestions))])

        for meeting, part_list in by_meeting.items():
            goals = [(meeting, k, text(12), rng.choice(("", text(6))), text(3),
                      rng.choice(("", text(3))),
                      rng.choice((None, (today + timedelta(days=90)).isoformat())), text(20),
                      text(20)) for k in range(rng.randint(0, 6))]
            db.executemany("INSERT INTO goal (meeting_id, position, statement, indicator, "
                           "baseline, target, due, benefits, evidence) VALUES (?,?,?,?,?,?,?,?,?)",
                           goals)
            presenters = [p for part in part_list for p in staff.get(dept_of[part], [])]
            db.executemany(
                "INSERT INTO agenda_item (meeting_id, position, section, title, presenter_id, "
                "minutes, notes) VALUES (?,?,?,?,?,?,?)",
                [(meeting, k, text(2), text(6), rng.choice(presenters) if presenters else None,
                  rng.choice((None, 5, 10, 15)), text(10))
                 for k in range(rng.randint(0, max(6, len(part_list))))])
            for k in range(rng.randint(0, 8)):
                cursor = db.execute("INSERT INTO decision (meeting_id, position, text) "
                                    "VALUES (?,?,?)", (meeting, k, text(15)))
                agreed = rng.sample(part_list, min(len(part_list), rng.randint(0, 3)))
                db.executemany("INSERT INTO decision_agreement (decision_id, department_id, "
                               "position) VALUES (?,?,?)",
                               [(cursor.lastrowid, dept_of[p], i) for i, p in enumerate(agreed)])
            db.executemany(
                "INSERT INTO action_item (meeting_id, position, text, owner_id, department_id, "
                "due, status) VALUES (?,?,?,?,?,?,?)",
                [(meeting, k, text(12) + (rng.choice(_PREREAD) if k % 7 == 0 else ""),
                  rng.choice([*presenters, None]) if presenters else None,
                  rng.choice([*(dept_of[p] for p in part_list), None]),
                  rng.choice((None, (today + timedelta(days=rng.randint(-60, 60))).isoformat())),
                  rng.choice(_ENUMS["action_status"])) for k in range(rng.randint(0, 12))])
            db.executemany(
                "INSERT INTO open_issue (meeting_id, position, text, follow_up, due) "
                "VALUES (?,?,?,?,?)",
                [(meeting, k, text(10), rng.choice(("", " ", text(8))),
                  rng.choice((None, today.isoformat()))) for k in range(rng.randint(0, 4))])
            if rng.random() < 0.4:
                db.execute("INSERT INTO review (meeting_id, rating, went_well, lessons, "
                           "leader_feedback) VALUES (?,?,?,?,?)",
                           (meeting, rng.choice((None, 3, 4)), text(20), rng.choice(("", text(9))),
                            rng.choice(("", "\u3000", text(12)))))
    db.close()
    return Years(path, [m[0] for m in meeting_rows], 1, chinese)
