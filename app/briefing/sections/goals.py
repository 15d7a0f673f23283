"""Goals and their indicators: what the leader expects, measurably, and why it is credible."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from app.briefing.context import CONTENT_WIDTH, DATE_WIDTH, Cell, Context


def columns(ctx: Context) -> tuple[list[str], list[list[Cell]], list[float]]:
    """The goals table's header, rows and widths: number, statement, indicator,
    baseline → target and due day (the report prints it too)."""
    rows: list[list[Cell]] = []
    for number, goal in enumerate(ctx.package.goals, start=1):
        change = " → ".join(v for v in (goal.baseline, goal.target) if v.strip())
        rows.append([f"G{number}", goal.statement, goal.indicator, change, ctx.day(goal.due)])
    widths = [10 * mm, 0.0, 44 * mm, 34 * mm, DATE_WIDTH]
    widths[1] = CONTENT_WIDTH - sum(widths)
    header = ["#", ctx._("Goal"), ctx._("Indicator"), ctx._("Baseline → target"), ctx._("Due")]
    return header, rows, widths


def build(ctx: Context) -> list[Flowable]:
    goals = ctx.package.goals
    story: list[Flowable] = [ctx.heading(ctx._("Goals and indicators"))]
    if not goals:
        return [*story, ctx.empty(ctx._("No goals recorded yet."))]
    story.append(ctx.table(*columns(ctx)))
    for number, goal in enumerate(goals, start=1):
        details = [*ctx.field(ctx._("Benefits"), goal.benefits),
                   *ctx.field(ctx._("Evidence"), goal.evidence)]
        if details:
            story += [CondPageBreak(30 * mm), ctx.p(f"G{number}  {goal.statement}", "h3"),
                      *details]
    return story
