"""All departments on one page: where each stands and what still worries them."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.briefing.context import CONTENT_WIDTH, Cell, Context
from app.domain.enums import DemandKind, DemandStatus
from app.domain.package import DemandDoc

#: the summary shows the start of a concern; the dossier has all of it
CONCERN_CHARACTERS = 160
_KIND_ORDER = {DemandKind.objection: 0, DemandKind.risk: 1, DemandKind.demand: 2}


def top_concern(demands: list[DemandDoc]) -> DemandDoc | None:
    """The first open objection, else the first open risk, else the first open demand."""
    open_ones = [d for d in demands if d.status == DemandStatus.open]
    return min(open_ones, key=lambda d: _KIND_ORDER[d.kind], default=None)


def build(ctx: Context) -> list[Flowable]:
    story: list[Flowable] = [ctx.heading(ctx._("Departments at a glance"))]
    if not ctx.package.departments:
        return [*story, ctx.empty(ctx._("No departments take part yet."))]
    by_department: dict[str, list[DemandDoc]] = {}
    for demand in ctx.package.demands:
        by_department.setdefault(demand.department, []).append(demand)
    rows: list[list[Cell]] = []
    for department in ctx.package.departments:
        stance = ctx.word(department.stance)
        if department.stance_at_start != department.stance:
            stance = f"{ctx.word(department.stance_at_start)} → {stance}"
        concern = top_concern(by_department.get(department.id, []))
        text = ""
        if concern is not None:
            text = concern.text if len(concern.text) <= CONCERN_CHARACTERS else (
                concern.text[:CONCERN_CHARACTERS].rstrip() + "…")
        rows.append([[(department.name, "cell_bold")], ctx.word(department.relationship),
                     stance, ctx.word(department.readiness), text])
    widths = [40 * mm, 26 * mm, 34 * mm, 26 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    story.append(ctx.table(
        [ctx._("Department"), ctx._("Relationship"), ctx._("Stance (start → now)"),
         ctx._("Readiness"), ctx._("Top open concern")], rows, widths))
    return story
