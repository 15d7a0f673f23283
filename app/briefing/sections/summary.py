"""The one-page summary at the front of the pack: where things stand, at a glance.

The ask and what the leader expects; the decisions the meeting must take;
who stands where (engagement now → needed, decision right, readiness), the longest
way to go first; the open objections that matter most (by the influence of who raised
them); who must still be briefed one-to-one; what is still missing; and the
communication plan. Long meetings run it onto a second page rather
than cut anything.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.briefing.context import CONTENT_WIDTH, Cell, Context
from app.briefing.ranking import influence_of, ranked_objections
from app.briefing.sections.engagement_plan import communication_plan, level_text, not_briefed
from app.domain.enums import DemandStatus, SuggestionDecision, engagement_rank

#: objections shown here; the objections section has all of them in the same order
TOP_OBJECTIONS = 5
#: the summary shows the start of a long text; its section has all of it
SHORT = 180


def title(ctx: Context) -> str:
    return ctx._("Where things stand")


def _short(text: str) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= SHORT else one_line[:SHORT].rstrip() + "…"


def _decisions(ctx: Context) -> list[str]:
    """What the meeting has to decide: its goals, escalated demands, pending suggestions."""
    package = ctx.package
    out = [f"G{n}  {_short(goal.statement)}" for n, goal in enumerate(package.goals, start=1)]
    out += [ctx._("Escalated by {department}: {text}").format(
        department=ctx.department_name(d.department), text=_short(d.text))
        for d in package.demands if d.status == DemandStatus.escalated]
    pending = sum(1 for s in package.suggestions if s.decision == SuggestionDecision.pending)
    if pending:
        out.append(ctx.ngettext("{count} suggestion still to decide",
                                "{count} suggestions still to decide", pending).format(
            count=ctx.number(pending)))
    return out


def _levels(ctx: Context) -> list[Flowable]:
    # the longest way still to go first, then the least engaged
    departments = sorted(ctx.package.departments, key=lambda d: (
        engagement_rank(d.engagement) - engagement_rank(d.engagement_desired),
        engagement_rank(d.engagement)))
    if not departments:
        return []
    rows: list[list[Cell]] = [
        [[(d.name, "cell_bold")], level_text(ctx, d), ctx.word(d.decision_right),
         ctx.word(d.readiness)] for d in departments]
    widths = [0.0, 50 * mm, 30 * mm, 32 * mm]
    widths[0] = CONTENT_WIDTH - sum(widths)
    return ctx.titled_table(ctx._("Who stands where"), [
        ctx._("Department"), ctx._("Engagement (now → needed)"), ctx._("Decision right"),
        ctx._("Readiness")], rows, widths)


def _objections(ctx: Context) -> list[Flowable]:
    top = [d for d in ranked_objections(ctx.package) if d.status == DemandStatus.open]
    if not top:
        return []
    weight = influence_of(ctx.package)
    rows: list[list[Cell]] = []
    for rank, demand in enumerate(top[:TOP_OBJECTIONS], start=1):
        answer = (ctx._("Answer prepared") if demand.response.strip()
                  else ctx._("No prepared response yet"))
        influence = weight.get(demand.department, 0)
        who = [(ctx.department_name(demand.department), "cell_bold")]
        if influence:
            who.append((ctx._("influence {value}/5").format(value=influence), "cell_meta"))
        rows.append([ctx.number(rank), who, [(_short(demand.text), "cell"),
                                             (answer, "cell_meta")]])
    widths = [8 * mm, 45 * mm, 0.0]
    widths[2] = CONTENT_WIDTH - sum(widths)
    more = len(top) - TOP_OBJECTIONS
    story = ctx.titled_table(ctx._("Top open objections"),
                             ["#", ctx._("Raised by"), ctx._("Objection or risk")], rows, widths)
    if more > 0:
        story.append(ctx.p(ctx.ngettext(
            "{count} more open objection or risk, in the same order, with the prepared "
            "responses.",
            "{count} more open objections and risks, in the same order, with the prepared "
            "responses.",
            more).format(count=ctx.number(more)), "meta"))
    return story


def build(ctx: Context) -> list[Flowable]:
    meeting = ctx.package.meeting
    story: list[Flowable] = [ctx.heading(title(ctx))]
    story += ctx.field(ctx._("The ask"), _short(meeting.purpose))
    story += ctx.field(ctx._("What the leader expects"), _short(meeting.expectations))
    decisions = _decisions(ctx)
    if decisions:
        story.append(ctx.p(ctx._("Decisions needed"), "label"))
        story += [ctx.p(f"• {line}", "bullet") for line in decisions]
    story += _levels(ctx)
    story += _objections(ctx)
    story += not_briefed(ctx)
    readiness = ctx.readiness
    if readiness is not None and readiness.missing:
        story.append(ctx.p(ctx._("Still missing"), "h2"))
        story += [ctx.p(f"• {line}", "bullet") for line in readiness.missing]
    # the longest part last, so that what is missing stays near the top
    return [*story, *communication_plan(ctx)]
