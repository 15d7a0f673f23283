"""Cells a spreadsheet would run as a formula, made inert (OWASP's CSV injection advice)."""

from __future__ import annotations

#: a cell beginning with one of these is read as a formula by spreadsheet programs
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """``value``, with a leading apostrophe when a spreadsheet would take it for a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value
