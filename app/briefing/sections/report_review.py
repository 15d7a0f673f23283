"""The review after the meeting: how it went, what worked, what to do differently.

The feedback already sent to the leader stays out: this report is that feedback.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.briefing.context import Context


def build(ctx: Context) -> list[Flowable]:
    story: list[Flowable] = [*ctx.opening(ctx._("Review"))]
    review = ctx.package.review
    parts: list[Flowable] = []
    if review is not None:
        if review.rating is not None:
            rating = ctx._("Rating: {rating} of {best}").format(rating=ctx.number(review.rating),
                                                               best=ctx.number(5))
            parts.append(ctx.p(rating, "h3"))
        parts += ctx.field(ctx._("What went well"), review.went_well)
        parts += ctx.field(ctx._("Lessons"), review.lessons)
    return [*story, *(parts or [ctx.empty(ctx._("No review recorded yet."))])]
