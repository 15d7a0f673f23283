"""The report's cover: the meeting, for whom, and whether it has been held yet
(a meeting with a review was held, whatever its status says).

It runs on into the outcome: the report is short and read at a glance.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.briefing.context import Context
from app.briefing.sections.cover import banner, facts


def build(ctx: Context) -> list[Flowable]:
    meeting = ctx.package.meeting
    story: list[Flowable] = [banner(ctx), ctx.gap(6 * mm), ctx.p(meeting.title, "title")]
    story += facts(ctx, [(ctx._("Status"), ctx.word(meeting.status))])
    if not ctx.held:
        # a report asked for early still prints: what is recorded so far, said plainly
        story.append(ctx.p(ctx._("The meeting has not been held yet: this report shows what "
                                 "is recorded so far."), "warning"))
    story.append(ctx.gap(2 * mm))
    story += ctx.field(ctx._("What the leader expects"), meeting.expectations)
    story.append(ctx.p(ctx._("Prepared for the leader on {date}").format(date=ctx.day(ctx.today)),
                       "meta"))
    return story
