"""The follow-up sheet: what is recorded so far, then ruled rows to write on by hand."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Table

from app.briefing.context import CONTENT_WIDTH, DATE_WIDTH, Cell, Context
from app.briefing.styles import HEADER_FILL, RULE, table_style

#: blank rows on the sheet: about half a page of handwriting
BLANK_ROWS = 14
ROW_HEIGHT = 9 * mm


def _recorded(ctx: Context) -> list[Flowable]:
    package = ctx.package
    story: list[Flowable] = []
    if package.decisions:
        rows: list[list[Cell]] = [
            [d.text, ctx.listing([ctx.department_name(k) for k in d.agreed_by])]
            for d in package.decisions
        ]
        story += ctx.titled_table(ctx._("Decisions"), [ctx._("Decision"), ctx._("Agreed by")],
                                  rows, [CONTENT_WIDTH - 55 * mm, 55 * mm])
    if package.actions:
        rows = [
            [a.text, ctx.person_name(a.owner, False) or ctx.department_name(a.department),
             ctx.day(a.due), ctx.word(a.status)]
            for a in package.actions
        ]
        story += ctx.titled_table(
            ctx._("Actions"), [ctx._("Action"), ctx._("Owner"), ctx._("Due"), ctx._("Status")],
            rows, [CONTENT_WIDTH - 70 * mm - DATE_WIDTH, 40 * mm, DATE_WIDTH, 30 * mm])
    if package.open_issues:
        rows = [[i.text, i.follow_up, ctx.day(i.due)] for i in package.open_issues]
        story += ctx.titled_table(
            ctx._("Open issues"), [ctx._("Issue"), ctx._("Follow-up"), ctx._("Due")], rows,
            [CONTENT_WIDTH - 74 * mm - DATE_WIDTH, 74 * mm, DATE_WIDTH])
    return story


def _blank(ctx: Context) -> Table:
    header = [ctx.p(h, "head") for h in (ctx._("Decision, action or issue"), ctx._("Owner"),
                                          ctx._("Due"))]
    rows = [header, *([""] * 3 for _ in range(BLANK_ROWS))]
    table = Table(rows, colWidths=[CONTENT_WIDTH - 75 * mm, 50 * mm, 25 * mm],
                  rowHeights=[None, *[ROW_HEIGHT] * BLANK_ROWS], repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style(
        ctx.styles.fonts,
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("LINEAFTER", (0, 0), (-2, -1), 0.5, RULE),
    ))
    return table


def build(ctx: Context) -> list[Flowable]:
    story: list[Flowable] = [ctx.heading(ctx._("Follow-up sheet"))]
    recorded = _recorded(ctx)
    if recorded:
        story += recorded
    else:
        story.append(ctx.empty(ctx._("Nothing recorded yet: write it down during the meeting.")))
    story += [CondPageBreak(60 * mm), ctx.p(ctx._("Written during the meeting"), "h2"),
              _blank(ctx)]
    return story
