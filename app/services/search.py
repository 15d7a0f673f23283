"""Search across the workspace: every meeting's rows and the shared profiles.

The index (``search_text`` and its two FTS5 tables) is kept in step by triggers in
the same transaction as every write (revision 0004), so a search sees an edit at
once and never a deleted row. A word of a language written with spaces is looked
up in ``search_words``, accents folded and as a prefix ("ano" finds "año", "plan"
finds "planning"); a run of Chinese, Japanese or Korean characters is looked up
inside sentences in ``search_grams`` (trigrams; one or two characters by a scan).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import text

from app.formatting import one_line
from app.storage import Workspace

#: how much text a snippet shows on each side of the match
CONTEXT = 40

_CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


@dataclass(frozen=True)
class Hit:
    """One row that matched, with a one-line plain-text snippet around the match.

    ``meeting_id`` is None for a profile shared by meetings when its department
    takes part in none yet; otherwise the meeting to open it in (for a profile or
    a person, the newest meeting the department takes part in).
    """

    kind: str
    row_id: int
    meeting_id: int | None
    snippet: str
    #: where the first match stands in ``snippet``: (start, length); (0, 0) when unknown
    match: tuple[int, int]


def fold(value: str) -> str:
    """Lower case without accents, one character for one, so positions still match."""
    out = []
    for char in value:
        base = unicodedata.normalize("NFKD", char)
        kept = [c for c in base if not unicodedata.combining(c)]
        out.append((kept[0] if kept else char).lower()[:1] or char)
    return "".join(out)


def terms_of(query: str) -> list[str]:
    """The query's terms: words split at spaces, each a run to find."""
    return [term for term in query.split() if term]


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def snippet(body: str, terms: list[str]) -> tuple[str, tuple[int, int]]:
    """A line of ``body`` around the first term found, and where that term stands in it."""
    flat = one_line(body)
    folded = fold(flat)
    found = []
    for term in terms:
        wanted = fold(term)
        # a word's start first (the index matched a word or its beginning), else anywhere
        at = next((m.start() for m in re.finditer(r"(?<!\w)" + re.escape(wanted), folded)),
                  folded.find(wanted))
        if at >= 0:
            found.append((at, len(term)))
    if not found:
        return flat[: 2 * CONTEXT], (0, 0)
    at, size = min(found)
    start = max(0, at - CONTEXT)
    end = min(len(flat), at + size + CONTEXT)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(flat) else ""
    return prefix + flat[start:end] + suffix, (len(prefix) + at - start, size)


def search(workspace: Workspace, query: str, *, limit: int = 50) -> list[Hit]:
    """The rows matching every term of ``query``, best first (at most ``limit``)."""
    terms = terms_of(query)
    if not terms or limit <= 0:
        return []
    words = [term for term in terms if not _CJK.search(term)]
    runs = [term for term in terms if _CJK.search(term)]
    conditions: list[str] = []
    params: dict[str, object] = {"limit": limit}
    source, order = "search_text AS t", "t.id DESC"
    if words:
        params["words"] = " AND ".join(_fts_phrase(fold(word)) + "*" for word in words)
        params["exact"] = " AND ".join(_fts_phrase(fold(word)) for word in words)
        source = "search_words AS w JOIN search_text AS t ON t.id = w.rowid"
        conditions.append("w.search_words MATCH :words")
        # whole words before words that only begin so ("año" before "another")
        order = ("t.id IN (SELECT rowid FROM search_words WHERE search_words MATCH :exact) DESC,"
                 " w.rank, t.id DESC")
    for number, run in enumerate(runs):
        key = f"run{number}"
        if len(run) >= 3:
            params[key] = _fts_phrase(run)
            conditions.append(
                f"t.id IN (SELECT rowid FROM search_grams WHERE search_grams MATCH :{key})")
        else:  # trigrams need three characters; a shorter run is found by a scan
            params[key] = "%" + run.replace("\\", "\\\\").replace("%", "\\%").replace(
                "_", "\\_") + "%"
            conditions.append(f"t.body LIKE :{key} ESCAPE '\\'")
    sql = f"""
        SELECT t.kind, t.row_id,
               coalesce(t.meeting_id, (
                   SELECT max(p.meeting_id) FROM participation AS p
                   WHERE p.department_id = CASE t.kind
                       WHEN 'department' THEN t.row_id
                       WHEN 'person' THEN (SELECT department_id FROM person WHERE id = t.row_id)
                   END)),
               t.body
        FROM {source}
        WHERE {" AND ".join(conditions)}
        ORDER BY {order}
        LIMIT :limit"""
    with workspace.session() as session:
        rows = session.connection().execute(text(sql), params).all()
    hits = []
    for kind, row_id, meeting_id, body in rows:
        line, match = snippet(body, terms)
        hits.append(Hit(kind, row_id, meeting_id, line, match))
    return hits
