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
QUERY_WORDS = 6
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
    words = sorted({fold(w) for w in _WORD.findall(value) if not _CJK_RUN.search(w)},
                   key=len, reverse=True)
    runs = _CJK_RUN.findall(value)
    grams = sorted({run[i:i + 3] for run in runs for i in range(len(run) - 2)})
    quoted = [f'"{w}"' for w in words[:QUERY_WORDS]]
    return " OR ".join(quoted), " OR ".join(f'"{g}"' for g in grams[:3 * QUERY_WORDS])


#: the closest demands of each index, by rank, before the other meetings' are kept
CANDIDATES = 200

_CLOSEST = """
    SELECT t.row_id, f.rank FROM {index} AS f JOIN search_text AS t ON t.id = f.rowid
    WHERE f.{index} MATCH :query AND t.kind = 'demand'
    ORDER BY f.rank LIMIT {limit}
"""

_DETAILS = """
    SELECT d.id, p.meeting_id, m.title, dept.name, p.department_id, d.kind, d.text,
           d.response, d.status
    FROM demand AS d
    JOIN participation AS p ON p.id = d.participation_id
    JOIN meeting AS m ON m.id = p.meeting_id
    JOIN department AS dept ON dept.id = p.department_id
    WHERE d.id IN ({ids}) AND p.meeting_id != :meeting
"""


def heard_before(workspace: Workspace, demand_id: int, *, limit: int = 5) -> list[HeardBefore]:
    """The demands of other meetings most like ``demand_id``; none when it says too little.

    The indexes give the closest few hundred (a bounded read however large the
    workspace); of those, the same department's come first, then the answered ones.
    """
    with workspace.session() as session:
        demand = get(session, Demand, demand_id)
        connection = session.connection()
        meeting_id, department_id = connection.execute(text(
            "SELECT meeting_id, department_id FROM participation WHERE id = :p"),
            {"p": demand.participation_id}).one()
        closest: dict[int, float] = {}
        for index, query in zip(("search_words", "search_grams"), _query(demand.text),
                                strict=True):
            if not query:
                continue
            for row_id, rank in connection.execute(
                    text(_CLOSEST.format(index=index, limit=CANDIDATES)), {"query": query}):
                closest[row_id] = min(rank, closest.get(row_id, rank))
        closest.pop(demand_id, None)
        if not closest:
            return []
        rows = connection.execute(text(_DETAILS.format(
            ids=",".join(str(int(key)) for key in closest))), {"meeting": meeting_id}).all()
    found = [HeardBefore(row_id, meeting, title, department, dept_id == department_id,
                         DemandKind(kind), body, response, DemandStatus(status))
             for row_id, meeting, title, department, dept_id, kind, body, response, status
             in rows]
    found.sort(key=lambda h: (not h.same_department, not h.response.strip(),
                              closest[h.demand_id], -h.demand_id))
    return found[:limit]


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
