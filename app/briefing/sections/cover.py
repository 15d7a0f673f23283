"""The cover: what, when, where, why; in the private pack also how ready we are."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from app.briefing.context import CONTENT_WIDTH, Context
from app.briefing.styles import ACCENT, PRIVATE, RULE, table_style

#: how many missing items the cover names; the rest are counted
TOP_MISSING = 5


def _marking(ctx: Context) -> Table:
    text = ctx.t("Pre-read") if ctx.pre_read else ctx.t("Private briefing — do not distribute")
    banner = Table([[ctx.p(text, "marking")]], colWidths=[CONTENT_WIDTH])
    banner.setStyle(table_style(
        ctx.styles.fonts,
        ("BACKGROUND", (0, 0), (-1, -1), ACCENT if ctx.pre_read else PRIVATE),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ))
    return banner


def _facts(ctx: Context) -> list[Flowable]:
    meeting = ctx.package.meeting
    rows: list[tuple[str, str]] = []
    if meeting.scheduled_at is not None:
        rows.append((ctx.t("Date and time"), ctx.moment(meeting.scheduled_at)))
    if meeting.duration_minutes is not None:
        rows.append((ctx.t("Duration"), ctx.minutes(meeting.duration_minutes)))
    if meeting.location.strip():
        rows.append((ctx.t("Location"), meeting.location))
    if not ctx.pre_read and ctx.package.departments:
        names = ", ".join(d.name for d in ctx.package.departments)
        rows.append((ctx.t("Departments"), names))
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
    out: list[Flowable] = [
        ctx.p(ctx.t("Readiness"), "h2"),
        ctx.p(f"{readiness.score} / 100", "score"),
    ]
    if readiness.missing:
        out.append(ctx.p(ctx.t("Still missing"), "label"))
        for message in readiness.missing[:TOP_MISSING]:
            out.append(ctx.p(f"• {message}", "bullet"))
        more = len(readiness.missing) - TOP_MISSING
        if more > 0:
            out.append(ctx.p(ctx.t("and {count} more").format(count=more), "meta"))
    return out


def build(ctx: Context) -> list[Flowable]:
    meeting = ctx.package.meeting
    story: list[Flowable] = [_marking(ctx), ctx.gap(8 * mm), ctx.p(meeting.title, "title")]
    story += _facts(ctx)
    story.append(ctx.gap())
    story += ctx.field(ctx.t("Purpose"), meeting.purpose)
    story += ctx.field(ctx.t("What the leader expects"), meeting.expectations)
    if not ctx.pre_read:
        story += _readiness(ctx)
        story += ctx.field(ctx.t("Notes"), meeting.notes)
    story.append(ctx.gap(8 * mm))
    story.append(ctx.p(ctx.t("Prepared on {date}").format(date=ctx.day(ctx.today)), "meta"))
    return story
