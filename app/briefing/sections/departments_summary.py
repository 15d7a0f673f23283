"""All departments at a glance: where each stands and what still worries them; then the
power/interest grid and one attendee list for the room."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from app.briefing.context import CONTENT_WIDTH, Cell, Context
from app.briefing.grid import GridWords, Placed, PowerGrid
from app.briefing.sections.engagement_plan import level_text, person_part
from app.domain.attention import QUADRANT_LABELS, Quadrant
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
        level = [(level_text(ctx, department), "cell")]
        if department.decision_right is not None:
            level.append((ctx.word(department.decision_right), "cell_meta"))
        concern = top_concern(by_department.get(department.id, []))
        text = ""
        if concern is not None:
            text = concern.text if len(concern.text) <= CONCERN_CHARACTERS else (
                concern.text[:CONCERN_CHARACTERS].rstrip() + "…")
        rows.append([[(department.name, "cell_bold")], ctx.word(department.relationship),
                     level, ctx.word(department.readiness), text])
    widths = [40 * mm, 26 * mm, 34 * mm, 26 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    story.append(ctx.table(
        [ctx._("Department"), ctx._("Relationship"), ctx._("Engagement (now → needed)"),
         ctx._("Readiness"), ctx._("Top open concern")], rows, widths))
    return [*story, *_grid(ctx), *_attendees(ctx)]


def _grid(ctx: Context) -> list[Flowable]:
    placed = [Placed(p.name, p.influence, p.interest) for d in ctx.package.departments
              for p in d.people if p.influence is not None and p.interest is not None]
    if not placed:
        return []
    label = QUADRANT_LABELS
    words = GridWords(ctx._(label[Quadrant.keep_satisfied]), ctx._(label[Quadrant.manage_closely]),
                      ctx._(label[Quadrant.monitor]), ctx._(label[Quadrant.keep_informed]),
                      ctx._("Interest →"), ctx._("Influence →"))
    grid = PowerGrid(placed, words, ctx.marker, CONTENT_WIDTH)
    return [CondPageBreak(grid.height + 12 * mm), ctx.p(ctx._("Power and interest"), "h2"),
            grid]


def _attendees(ctx: Context) -> list[Flowable]:
    rows: list[list[Cell]] = [
        [[(p.name, "cell_bold")], d.name, p.role, scale(p.influence), scale(p.interest),
         person_part(ctx, p.id) or level_text(ctx, d)]
        for d in ctx.package.departments for p in d.people
    ]
    if not rows:
        return []
    widths = [38 * mm, 36 * mm, 0.0, 18 * mm, 18 * mm, 22 * mm]
    widths[2] = CONTENT_WIDTH - sum(widths)
    return ctx.titled_table(ctx._("Who is in the room"), [
        ctx._("Person"), ctx._("Department"), ctx._("Role"), ctx._("Influence"),
        ctx._("Interest"), ctx._("Engagement")], rows, widths)


def scale(value: int | None) -> str:
    """``4/5``, or nothing when unknown."""
    return "" if value is None else f"{value}/5"
