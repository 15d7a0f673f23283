"""A table longer than a page prints every row once, in order, with its header on each page
(the fast path for long tables, on a list long enough to take it but quick to render)."""

from __future__ import annotations

import re
from datetime import date

from app.briefing import BriefingDocument
from app.domain.enums import DemandKind
from app.domain.package import DemandDoc
from tests.briefing import pdf
from tests.briefing.sample import rich_package

TODAY = date(2026, 11, 20)


def test_every_row_of_a_long_table_is_printed_once_in_order_under_its_header() -> None:
    package = rich_package(departments=1)
    base = package.demands[0]
    package.demands = [
        DemandDoc(id=f"x{n}", department=base.department, kind=DemandKind.objection,
                  text=f"Demanda {n} 需要时间", response=f"Respuesta {n}" if n % 2 else "")
        for n in range(150)]
    data = BriefingDocument(package, today=TODAY, sections=["dossiers"]).render()
    pages = pdf.page_texts(data)
    table_pages = [p for p in pages if "Demanda " in p]
    assert len(table_pages) > 2
    assert all("What they say" in p and "Our response" in p for p in table_pages)
    printed = [int(n) for p in table_pages for n in re.findall(r"Demanda (\d+) ", p)]
    assert printed == list(range(150))
