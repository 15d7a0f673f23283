"""The line a search hit shows: the word found is marked where it starts a word, not
inside a longer one that merely contains it."""

from __future__ import annotations

from app.services.search import snippet


def test_the_mark_falls_on_the_word_not_inside_a_longer_one() -> None:
    line, (at, size) = snippet("Preplanning for the plan of Árbol", ["plan"])
    assert line == "Preplanning for the plan of Árbol"
    assert line[at:at + size] == "plan" and at == line.index(" plan") + 1
    line, (at, size) = snippet("Preplanning only", ["plan"])  # no word starts so: inside
    assert (at, size) == (3, 4)
    line, (at, size) = snippet("El árbol grande", ["ARBOL"])  # accents and case folded
    assert line[at:at + size] == "árbol"
