"""The agenda with time boxes that start when the previous one ends, and the total."""

# The pre-read's agenda shows the total beside the planned duration; the coordinator
# is warned before it goes out (services.briefing.export_pdf's warnings).

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from app.briefing.context import CONTENT_WIDTH, Cell, Context


def _start(ctx: Context, offset: int) -> str:
    scheduled = ctx.package.meeting.scheduled_at
    if scheduled is None:
        return f"+{offset // 60}:{offset % 60:02d}"
    return ctx.clock(scheduled + timedelta(minutes=offset))


def build(ctx: Context) -> list[Flowable]:
    story: list[Flowable] = [ctx.heading(ctx._("Agenda"))]
    items = ctx.package.agenda
    if not items:
        return [*story, ctx.empty(ctx._("No agenda items yet."))]
    rows: list[list[Cell]] = []
    offset = 0
    for item in items:
        parts = [(item.section, "cell_meta"), (item.title, "cell_bold")]
        if not ctx.pre_read:
            parts.append((item.notes, "cell"))  # notes are the coordinator's own
        goal = ctx.goal_tag(item.goal)
        rows.append([_start(ctx, offset),
                     "" if item.minutes is None else ctx.minutes(item.minutes),
                     parts, ctx.presenter_name(item), goal])
        offset += item.minutes or 0
    widths = [16 * mm, 18 * mm, 0.0, 48 * mm, 14 * mm]
    widths[2] = CONTENT_WIDTH - sum(widths)
    table = ctx.table([ctx._("Start"), ctx._("Time"), ctx._("Item"), ctx._("Presenter"),
                       ctx._("Goal")], rows, widths)
    total: list[Flowable] = [ctx.gap(3 * mm)]
    duration = ctx.package.meeting.duration_minutes
    if duration is None:
        total.append(ctx.p(ctx._("Total: {total}").format(total=ctx.minutes(offset)), "h3"))
    else:
        line = ctx._("Total: {total} of {duration}").format(
            total=ctx.minutes(offset), duration=ctx.minutes(duration))
        total.append(ctx.p(line, "h3"))
        if offset > duration and not ctx.pre_read:  # advice for the coordinator only
            over = ctx._("Over time by {minutes}: shorten or drop an item.")
            total.append(ctx.p(over.format(minutes=ctx.minutes(offset - duration)), "warning"))
    untimed = sum(1 for item in items if item.minutes is None)
    if untimed and not ctx.pre_read:
        message = ctx.ngettext("{count} item has no time box yet.",
                               "{count} items have no time box yet.", untimed)
        message = message.format(count=ctx.number(untimed))
        total.append(ctx.p(message, "warning"))
    # an agenda that fits on a page is not split to leave a few lines on the next
    story.append(KeepTogether([table, *total]))
    return story
