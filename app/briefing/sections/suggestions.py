"""Suggestions: the thanks to say, the acknowledgements owed, the decisions still to make.

Thanks are for suggestions adopted or adapted; a declined one marked for
credit is acknowledged with the reason it was not taken; a pending one is a
decision to make, never thanked. The pre-read keeps only the adopted and
adapted suggestions marked for credit: what was suggested, by whom, and how
it changed the plan.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from app.briefing.context import CONTENT_WIDTH, Context
from app.domain.enums import SuggestionDecision
from app.domain.package import SuggestionDoc

_TAKEN = (SuggestionDecision.adopted, SuggestionDecision.adapted)


def _who(ctx: Context, suggestion: SuggestionDoc) -> str:
    return ctx.person_name(suggestion.person) or ctx.department_name(suggestion.department)


def _credit(ctx: Context, suggestion: SuggestionDoc) -> list[Flowable]:
    who = _who(ctx, suggestion)
    story: list[Flowable] = [
        CondPageBreak(25 * mm),
        ctx.p(ctx._("Thanks to {who}").format(who=who), "h3"),
        ctx.p(ctx.word(suggestion.decision), "meta"),
        *ctx.field(ctx._("Suggested"), suggestion.text),
        *ctx.field(ctx._("How it changed the plan"), suggestion.incorporation),
    ]
    if not ctx.pre_read:
        say = ctx._("Thank {who} for the suggestion and say how it changed the plan.")
        story.append(ctx.p(say.format(who=who), "meta"))
    return story


def _acknowledge(ctx: Context, suggestion: SuggestionDoc) -> list[Flowable]:
    who = _who(ctx, suggestion)
    say = ctx._("Acknowledge {who}'s suggestion and explain why it was not taken.")
    return [
        CondPageBreak(25 * mm),
        ctx.p(ctx._("Acknowledge {who}").format(who=who), "h3"),
        ctx.p(ctx.word(suggestion.decision), "meta"),
        *ctx.field(ctx._("Suggested"), suggestion.text),
        *ctx.field(ctx._("Why not"), suggestion.incorporation),
        ctx.p(say.format(who=who), "meta"),
    ]


def build(ctx: Context) -> list[Flowable]:
    suggestions = ctx.package.suggestions
    thanked = [s for s in suggestions if s.credit and s.decision in _TAKEN]
    if ctx.pre_read:
        story: list[Flowable] = [ctx.heading(ctx._("Suggestions adopted, with thanks"))]
        if not thanked:
            return [*story, ctx.empty(ctx._("No suggestions adopted yet."))]
        for suggestion in thanked:
            story += _credit(ctx, suggestion)
        return story
    story = [ctx.heading(ctx._("Suggestions to credit and thanks to say"))]
    if not thanked:
        story.append(ctx.empty(ctx._("No adopted or adapted suggestion is marked for credit "
                                     "yet.")))
    for suggestion in thanked:
        story += _credit(ctx, suggestion)
    for suggestion in suggestions:
        if suggestion.credit and suggestion.decision == SuggestionDecision.declined:
            story += _acknowledge(ctx, suggestion)
    pending = [s for s in suggestions if s.decision == SuggestionDecision.pending]
    if pending:
        story += ctx.titled_table(
            ctx._("Decisions still to make"), [ctx._("Who"), ctx._("Suggestion")],
            [[_who(ctx, s), s.text] for s in pending], [50 * mm, CONTENT_WIDTH - 50 * mm])
    return story
