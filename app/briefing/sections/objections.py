"""Anticipated objections and risks with the prepared answers: a sheet to rehearse from,
open ones and those from the most influential people first."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from app.briefing.context import Context
from app.briefing.ranking import influence_of, ranked_objections


def build(ctx: Context) -> list[Flowable]:
    story: list[Flowable] = [ctx.heading(ctx._("Objections and prepared responses"))]
    items = ranked_objections(ctx.package)
    weight = influence_of(ctx.package)
    if not items:
        return [*story, ctx.empty(ctx._("No objections or risks recorded yet."))]
    unanswered = sum(1 for d in items if not d.response.strip())
    summary = ctx.ngettext(
        "{count} objection or risk; {missing} without a prepared response.",
        "{count} objections and risks; {missing} without a prepared response.", len(items))
    story.append(ctx.p(summary.format(count=ctx.number(len(items)),
                                      missing=ctx.number(unanswered)),
                       "warning" if unanswered else "meta"))
    for number, demand in enumerate(items, start=1):
        influence = weight.get(demand.department, 0)
        facts = [ctx.department_name(demand.department),
                 ctx.kind_status(demand.kind, demand.status), ctx.word(demand.root_cause),
                 ctx._("influence {value}/5").format(value=influence) if influence else ""]
        head = ctx.p(f"{number}. " + " · ".join(f for f in facts if f), "meta")
        head.keepWithNext = 1  # the facts go with what they may say, onto the same page
        story += [
            CondPageBreak(22 * mm),
            head,
            ctx.p(ctx._("They may say:"), "label"),
            *ctx.paras(demand.text, "h3"),
            ctx.p(ctx._("We answer:"), "label"),
        ]
        if demand.response.strip():
            story += ctx.paras(demand.response, "answer")
        else:
            story.append(ctx.p(ctx._("No prepared response yet."), "warning"))
        story.append(ctx.gap(2 * mm))
    return story
