"""The coordinator presenting an agenda item is named in the pack and the pre-read, in the
meeting's language."""

from __future__ import annotations

from datetime import date

import pytest

from app.briefing import BriefingDocument, Kind
from tests.briefing import pdf
from tests.briefing.sample import rich_package


def agenda_text(language: str, author: str, kind: Kind) -> str:
    package = rich_package(language=language)
    package.agenda[2].presenter_is_coordinator = True        # "风险与应对": nobody else presents
    data = BriefingDocument(package, kind=kind, sections=["agenda"], author=author,
                            today=date(2026, 11, 20)).render()
    return " ".join(pdf.text(data).split())


@pytest.mark.parametrize("kind", [Kind.pack, Kind.pre_read])
def test_the_coordinator_is_named_as_presenter(kind: Kind) -> None:
    assert "Begoña Ibáñez (coordinator)" in agenda_text("en", "Begoña Ibáñez", kind)
    assert "Begoña Ibáñez (coordinador/a)" in agenda_text("es", "Begoña Ibáñez", kind)


def test_an_unknown_coordinator_is_still_named_by_role() -> None:
    assert "Coordinador/a" in agenda_text("es", "", Kind.pre_read)
    assert "The coordinator" in agenda_text("en", "", Kind.pack)
