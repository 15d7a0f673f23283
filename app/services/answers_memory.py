"""Objections heard before: for a demand, the similar ones raised in other meetings, with the
answer given and how it ended, and the reuse of one answer as a starting point.

Similar means sharing words (or, for Chinese, runs of characters) in the search index;
the same department's come first, then those with an answer, then the closest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text

from app.domain.enums import DemandKind, DemandStatus
from app.domain.models import Demand
from app.services._rows import get
from app.services.search import fold
from app.storage import Workspace

#: at most this many words of the demand make the query (the longest ones)
QUERY_WORDS = 12
_WORD = re.compile(r"[^\W\d_]{4,}")
_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]{3,}")


@dataclass(frozen=True)
class HeardBefore:
    """A demand from another meeting that resembles the one at hand."""

    demand_id: int
    meeting_id: int
    meeting_title: str
    department: str
    same_department: bool
    kind: DemandKind
    text: str
    response: str
    status: DemandStatus


def _query(value: str) -> tuple[str, str]:
    """FTS queries (words, trigrams) matching any of the text's telling words."""
    words = sorted({fold(w) for w in _WORD.findall(value)}, key=len, reverse=True)
    runs = _CJK_RUN.findall(value)
    grams = sorted({run[i:i + 3] for run in runs for i in range(len(run) - 2)})
    quoted = [f'"{w}"' for w in words[:QUERY_WORDS]]
    return " OR ".join(quoted), " OR ".join(f'"{g}"' for g in grams[:3 * QUERY_WORDS])


_SIMILAR = """
    SELECT d.id, p.meeting_id, m.title, dept.name, p.department_id = :department,
           d.kind, d.text, d.response, d.status
    FROM demand AS d
    JOIN participation AS p ON p.id = d.participation_id
    JOIN meeting AS m ON m.id = p.meeting_id
    JOIN department AS dept ON dept.id = p.department_id
    JOIN ({hits}) AS hit ON hit.row_id = d.id
    WHERE p.meeting_id != :meeting AND d.id != :demand
    ORDER BY p.department_id = :department DESC, d.response != '' DESC, hit.score, d.id DESC
    LIMIT :limit
"""


def heard_before(workspace: Workspace, demand_id: int, *, limit: int = 5) -> list[HeardBefore]:
    """The demands of other meetings most like ``demand_id``; none when it says too little."""
    with workspace.session() as session:
        demand = get(session, Demand, demand_id)
        connection = session.connection()
        meeting_id, department_id = connection.execute(text(
            "SELECT meeting_id, department_id FROM participation WHERE id = :p"),
            {"p": demand.participation_id}).one()
        words, grams = _query(demand.text)
        sources = []
        if words:
            sources.append("""SELECT t.row_id, w.rank AS score FROM search_words AS w
                JOIN search_text AS t ON t.id = w.rowid
                WHERE w.search_words MATCH :words AND t.kind = 'demand'""")
        if grams:
            sources.append("""SELECT t.row_id, g.rank AS score FROM search_grams AS g
                JOIN search_text AS t ON t.id = g.rowid
                WHERE g.search_grams MATCH :grams AND t.kind = 'demand'""")
        if not sources:
            return []
        hits = ("SELECT row_id, min(score) AS score FROM ("
                + " UNION ALL ".join(sources) + ") GROUP BY row_id")
        rows = connection.execute(text(_SIMILAR.format(hits=hits)), {
            "words": words, "grams": grams, "meeting": meeting_id, "demand": demand_id,
            "department": department_id, "limit": limit}).all()
    return [HeardBefore(row_id, meeting, title, department, bool(same), DemandKind(kind),
                        body, response, DemandStatus(status))
            for row_id, meeting, title, department, same, kind, body, response, status in rows]


def reuse_answer(workspace: Workspace, demand_id: int, source_id: int | None,
                 response: str) -> tuple[str, int | None]:
    """Set a demand's response, remembering which past demand it came from (None: typed).

    Returns the response and source it had before, so that the change can be undone.
    """
    with workspace.session() as session:
        demand = get(session, Demand, demand_id)
        before = (demand.response, demand.response_from_id)
        if source_id is not None:
            get(session, Demand, source_id)  # refuse a source that is gone
        demand.response = response
        demand.response_from_id = source_id
        session.add(demand)
        return before
