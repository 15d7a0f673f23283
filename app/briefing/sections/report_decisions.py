"""The decisions taken, and which departments agreed to each."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.briefing.context import CONTENT_WIDTH, Cell, Context


def build(ctx: Context) -> list[Flowable]:
    decisions = ctx.package.decisions
    if not decisions:
        if not ctx.held:  # before the meeting there is nothing to report here
            return []
        return [*ctx.opening(ctx._("Decisions")), ctx.empty(ctx._("No decisions recorded yet."))]
    rows: list[list[Cell]] = [
        [ctx.number(number), d.text,
         ctx.listing([ctx.department_name(key) for key in d.agreed_by])]
        for number, d in enumerate(decisions, start=1)
    ]
    widths = [8 * mm, 0.0, 60 * mm]
    widths[1] = CONTENT_WIDTH - sum(widths)
    return ctx.titled_table(ctx._("Decisions"), ["#", ctx._("Decision"), ctx._("Agreed by")],
                            rows, widths, style="h1")
