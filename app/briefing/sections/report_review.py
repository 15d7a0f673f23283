"""The review after the meeting as the leader reads it: the rating and the lessons.

"What went well" is the coordinator's own notes (often about people and
their past stances) and the feedback already sent to the leader is this
report itself: both stay out. The report dialog and the CLI say so.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.briefing.context import Context


def build(ctx: Context) -> list[Flowable]:
    review = ctx.package.review
    if review is None and not ctx.held:
        return []
    story: list[Flowable] = [*ctx.opening(ctx._("Review"))]
    parts: list[Flowable] = []
    if review is not None:
        if review.rating is not None:
            rating = ctx._("Rating: {rating} of {best}").format(rating=ctx.number(review.rating),
                                                               best=ctx.number(5))
            parts.append(ctx.p(rating, "h3"))
        parts += ctx.field(ctx._("Lessons"), review.lessons)
    return [*story, *(parts or [ctx.empty(ctx._("No review recorded yet."))])]
