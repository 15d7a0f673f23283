"""The summary's part on the work still to do one-to-one: who must not be surprised in the
room and has not been briefed yet, and the communication plan (who approaches whom, how,
how often, when next, in which order and why)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.briefing.context import CONTENT_WIDTH, DATE_WIDTH, Cell, Context
from app.domain.attention import unbriefed
from app.domain.enums import engagement_rank
from app.domain.package import DepartmentDoc


def level_text(ctx: Context, department: DepartmentDoc) -> str:
    """"Resistant → Supportive" (now → needed), or one word when the need is met."""
    now = ctx.word(department.engagement)
    if engagement_rank(department.engagement) >= engagement_rank(department.engagement_desired):
        return now
    return f"{now} → {ctx.word(department.engagement_desired)}"


def person_part(ctx: Context, person_id: str) -> str:
    """A person's own engagement (now → needed) and decision right, "" when they have none."""
    part = next((s for s in ctx.package.stakeholders if s.person == person_id), None)
    if part is None:
        return ""
    now = ctx.word(part.engagement)
    if engagement_rank(part.engagement) < engagement_rank(part.engagement_desired):
        now = f"{now} → {ctx.word(part.engagement_desired)}"
    return " · ".join(x for x in (now, ctx.word(part.decision_right)) if x)


def not_briefed(ctx: Context) -> list[Flowable]:
    """The people who decide, must agree or hold high influence, not met one-to-one yet."""
    missing = unbriefed(ctx.package, ctx.today)
    if not missing:
        return []
    rows: list[list[Cell]] = []
    for found in missing:
        why = (ctx.word(found.right) if found.right is not None
               else ctx._("influence {value}/5").format(value=found.person.influence))
        rows.append([[(found.person.name, "cell_bold")], found.department.name, why])
    widths = [0.0, 55 * mm, 40 * mm]
    widths[0] = CONTENT_WIDTH - sum(widths)
    story = ctx.titled_table(ctx._("Not yet briefed one-to-one"), [
        ctx._("Person"), ctx._("Department"), ctx._("Why they must be")], rows, widths)
    story.append(ctx.p(ctx._("Nobody who decides, must agree or holds high influence should "
                             "hear the proposal for the first time in the room."), "meta"))
    return story


def _planned(department: DepartmentDoc) -> bool:
    return any((department.owner, department.plan_channel, department.cadence_days,
                department.next_contact, department.approach_order,
                department.approach_reason.strip()))


def communication_plan(ctx: Context) -> list[Flowable]:
    """Every department's plan in the order of approach; none when nothing is planned."""
    departments = ctx.package.departments
    if not any(_planned(d) for d in departments):
        return []
    owners = {member.id: member.name for member in ctx.package.team}
    ordered = sorted(enumerate(departments), key=lambda pair: (
        pair[1].approach_order is None, pair[1].approach_order or 0, pair[0]))
    rows: list[list[Cell]] = []
    for _index, d in ordered:
        cadence = "" if d.cadence_days is None else ctx.ngettext(
            "every day", "every {count} days", d.cadence_days).format(
                count=ctx.number(d.cadence_days))
        rows.append([
            "" if d.approach_order is None else ctx.number(d.approach_order),
            [(d.name, "cell_bold"), (level_text(ctx, d), "cell_meta")],
            owners.get(d.owner or "", ctx._("You")),
            ctx.word(d.plan_channel), cadence, ctx.day(d.next_contact), d.approach_reason])
    widths = [7 * mm, 33 * mm, 22 * mm, 22 * mm, 18 * mm, DATE_WIDTH, 0.0]
    widths[-1] = CONTENT_WIDTH - sum(widths)
    return ctx.titled_table(ctx._("Communication plan"), [
        "#", ctx._("Department"), ctx._("Owner"), ctx._("Channel"), ctx._("How often"),
        ctx._("Next contact"), ctx._("Why in this order")], rows, widths)
