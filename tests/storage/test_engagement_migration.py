"""Revision 0007: every old stance lands on a defined engagement level, nothing is lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from app.domain.enums import Engagement
from app.services import search
from app.storage import migrate, open_workspace
from app.storage.engine import APPLICATION_ID

#: (stance at the start, stance now) -> (engagement at the start, now), and the history note
PAIRS = {
    ("unknown", "unknown"): ("unaware", "unaware", None),
    ("supportive", "supportive"): ("supportive", "supportive", None),
    ("neutral", "neutral"): ("neutral", "neutral", None),
    ("concerned", "concerned"): (
        "neutral", "neutral", "Registrado como postura antes de los niveles de implicación: "
        "con reservas → con reservas"),
    ("opposed", "opposed"): ("resistant", "resistant", None),
    ("opposed", "supportive"): (
        "resistant", "supportive", "Registrado como postura antes de los niveles de "
        "implicación: en contra → a favor"),
    ("unknown", "concerned"): (
        "unaware", "neutral", "Registrado como postura antes de los niveles de implicación: "
        "postura desconocida → con reservas"),
}


def _workspace_at_0006(path: Path) -> None:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.execute(text(f"PRAGMA application_id = {APPLICATION_ID}"))
        command.upgrade(migrate.alembic_config(connection), "0006")
        connection.execute(text(
            "INSERT INTO meeting (id, title, purpose, expectations, location, language, status, "
            "notes, created_at, uid) VALUES (1, 'Compras', '', '', '', 'es', 'preparing', '', "
            "'2026-01-01T00:00:00+00:00', 'm1@prewire')"))
        for n, (start, now) in enumerate(PAIRS, start=1):
            connection.execute(text(
                "INSERT INTO department (id, name, name_key, function, workflow, focus, okrs, "
                "pressures, history) VALUES (:n, :name, :key, '', '', '', '[]', '', '')"),
                {"n": n, "name": f"Dept {n}", "key": f"dept {n}"})
            connection.execute(text(
                "INSERT INTO participation (id, meeting_id, department_id, serves_their_goals, "
                "stance, stance_at_start, readiness, private_notes, position) "
                "VALUES (:n, 1, :n, '', :now, :start, 'contacted', '', :n)"),
                {"n": n, "now": now, "start": start})
        for key, summary, next_step in ((1, "Envié la PRELECTURA", ""),
                                        (2, "Llamada", "send the Pre-Read on Monday"),
                                        (3, "Llamada sobre plazos", "volver a llamar")):
            connection.execute(text(
                "INSERT INTO touchpoint (id, participation_id, date, channel, summary, "
                "next_step, position) VALUES (:k, 6, :day, 'call', :s, :x, :k)"),
                {"k": key, "day": f"2026-11-0{key}", "s": summary, "x": next_step})
    engine.dispose()


def test_every_stance_lands_on_an_engagement_level_with_its_history(tmp_path: Path) -> None:
    path = tmp_path / "old.prewire"
    _workspace_at_0006(path)
    with open_workspace(path):
        pass
    db = sqlite3.connect(path)
    try:
        rows = db.execute("SELECT id, engagement_at_start, engagement, engagement_desired "
                          "FROM participation ORDER BY id").fetchall()
        notes = dict(db.execute("SELECT participation_id, note FROM engagement_change"))
        history = db.execute("SELECT participation_id, date, from_level, to_level "
                             "FROM engagement_change ORDER BY participation_id").fetchall()
        sent = db.execute("SELECT id FROM touchpoint WHERE preread_sent ORDER BY id").fetchall()
        columns = {c[1] for c in db.execute("PRAGMA table_info(participation)")}
    finally:
        db.close()
    expected = list(PAIRS.values())
    assert [(start, now) for _id, start, now, _desired in rows] == [
        (start, now) for start, now, _note in expected]
    assert {desired for *_, desired in rows} == {"supportive"}
    assert notes == {n: note for n, (_s, _n, note) in enumerate(expected, start=1) if note}
    # the move is dated by the last contact; without one, by the day of the upgrade
    assert history[1] == (6, "2026-11-03", "resistant", "supportive")
    assert history[0][2:] == ("neutral", "neutral")
    assert sent == [(1,), (2,)]
    assert not {"stance", "stance_at_start"} & columns


def test_the_upgraded_file_takes_new_departments_and_keeps_search(tmp_path: Path) -> None:
    path = tmp_path / "old.prewire"
    _workspace_at_0006(path)
    with open_workspace(path) as workspace:
        with workspace.session() as session:
            connection = session.connection()
            connection.execute(text(
                "INSERT INTO department (id, name, name_key, function, workflow, focus, okrs, "
                "pressures, history) VALUES (99, 'Legal', 'legal', '', '', '', '[]', '', '')"))
            connection.execute(text(
                "INSERT INTO participation (meeting_id, department_id, serves_their_goals, "
                "readiness, private_notes, position, approach_reason) VALUES "
                "(1, 99, '', 'not_contacted', '', 99, 'Allies first: zanahoria')"))
            connection.execute(text(
                "INSERT INTO team_member (name, name_key, role, position) "
                "VALUES ('Lucía Gómez', 'lucía gómez', 'Analista de compras', 0)"))
        found = {(hit.kind, hit.snippet) for hit in search.search(workspace, "zanahoria")}
        assert found == {("participation", "Allies first: zanahoria")}
        assert [hit.kind for hit in search.search(workspace, "analista")] == ["team_member"]
        with workspace.session() as session:
            level = session.connection().execute(text(
                "SELECT engagement FROM participation WHERE department_id = 99")).scalar_one()
        assert level == Engagement.unaware
