"""The cover: what, when, where, why; in the private pack also how ready we are, the
contents, and then the one-page summary.

The banner and the facts table serve the report's cover too.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Table

from app.briefing.context import CONTENT_WIDTH, Context, Kind
from app.briefing.outline import Anchor, ContentsLine
from app.briefing.sections import summary
from app.briefing.styles import ACCENT, PRIVATE, RULE, table_style


def banner(ctx: Context) -> Table:
    """The document's marking across the page: red for the private pack."""
    banner = Table([[ctx.p(ctx.marking(), "marking")]], colWidths=[CONTENT_WIDTH])
    banner.setStyle(table_style(
        ctx.styles.fonts,
        ("BACKGROUND", (0, 0), (-1, -1), PRIVATE if ctx.kind is Kind.pack else ACCENT),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ))
    return banner


def facts(ctx: Context, extra: Sequence[tuple[str, str]] = ()) -> list[Flowable]:
    """When, how long, where and (except in the pre-read) who, then ``extra`` rows."""
    meeting = ctx.package.meeting
    rows: list[tuple[str, str]] = []
    if meeting.scheduled_at is not None:
        rows.append((ctx._("Date and time"), ctx.moment(meeting.scheduled_at)))
    if meeting.duration_minutes is not None:
        rows.append((ctx._("Duration"), ctx.minutes(meeting.duration_minutes)))
    if meeting.location.strip():
        rows.append((ctx._("Location"), meeting.location))
    if not ctx.pre_read and ctx.package.departments:
        # a count: every name is on the summary page (a list of 500 names has no place here)
        count = len(ctx.package.departments)
        rows.append((ctx._("Departments"), ctx.ngettext(
            "{count} department", "{count} departments", count).format(
            count=ctx.number(count))))
    rows += extra
    if not rows:
        return []
    table = Table([[ctx.p(k, "label"), ctx.paras(v)] for k, v in rows],
                  colWidths=[38 * mm, CONTENT_WIDTH - 38 * mm], hAlign="LEFT")
    table.setStyle(table_style(
        ctx.styles.fonts,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
    ))
    return [table]


def _readiness(ctx: Context) -> list[Flowable]:
    readiness = ctx.readiness
    if readiness is None:
        return []
    return [ctx.p(ctx._("Readiness"), "h2"), ctx.p(f"{readiness.score} / 100", "score")]


def _contents(ctx: Context) -> list[Flowable]:
    entries = ctx.contents
    if ctx.kind is not Kind.pack or not entries:
        return []
    fonts = ctx.styles.fonts
    size = ctx.styles["meta"].fontSize
    entries = [("summary", summary.title(ctx)), *entries]
    lines = [ContentsLine(key, ctx.p(title, "meta"), fonts.regular, size)
             for key, title in entries]
    # two columns, read down then across: the cover keeps room for the meeting itself
    half = (len(lines) + 1) // 2
    rows = [[lines[i], lines[i + half] if i + half < len(lines) else ""] for i in range(half)]
    gutter = 10 * mm
    table = Table(rows, colWidths=[(CONTENT_WIDTH - gutter) / 2 + gutter / 2] * 2,
                  hAlign="LEFT")
    table.setStyle(table_style(fonts, ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (0, -1), gutter / 2),
                               ("RIGHTPADDING", (1, 0), (1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)))
    return [ctx.p(ctx._("Contents"), "h2"), table]


def build(ctx: Context) -> list[Flowable]:
    meeting = ctx.package.meeting
    story: list[Flowable] = [banner(ctx), ctx.gap(8 * mm), ctx.p(meeting.title, "title")]
    story += facts(ctx)
    story.append(ctx.p(ctx._("Prepared on {date}").format(date=ctx.day(ctx.today)), "meta"))
    story.append(ctx.gap())
    story += ctx.field(ctx._("Purpose"), meeting.purpose)
    story += ctx.field(ctx._("What the leader expects"), meeting.expectations)
    if not ctx.pre_read:
        story += _readiness(ctx)
        story += ctx.field(ctx._("Notes"), meeting.notes)
    story += _contents(ctx)
    if ctx.kind is Kind.pack and not ctx.pre_read:
        story += [PageBreak(), Anchor("summary", summary.title(ctx)), *summary.build(ctx)]
    return story
