"""Goals and their indicators: what the leader expects, measurably, and why it is credible."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from app.briefing.context import CONTENT_WIDTH, Context


def build(ctx: Context) -> list[Flowable]:
    goals = ctx.package.goals
    story: list[Flowable] = [ctx.heading(ctx.t("Goals and indicators"))]
    if not goals:
        return [*story, ctx.empty(ctx.t("No goals recorded yet."))]
    rows = []
    for number, goal in enumerate(goals, start=1):
        change = " → ".join(v for v in (goal.baseline, goal.target) if v.strip())
        rows.append([f"G{number}", goal.statement, goal.indicator, change, ctx.day(goal.due)])
    widths = [10 * mm, 62 * mm, 46 * mm, 36 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    story.append(ctx.table(
        ["#", ctx.t("Goal"), ctx.t("Indicator"), ctx.t("Baseline → target"), ctx.t("Due")],
        rows, widths))
    for number, goal in enumerate(goals, start=1):
        details = [*ctx.field(ctx.t("Benefits"), goal.benefits),
                   *ctx.field(ctx.t("Evidence"), goal.evidence)]
        if details:
            story += [CondPageBreak(30 * mm), ctx.p(f"G{number}  {goal.statement}", "h3"),
                      *details]
    return story
