"""One dossier per department: who they are, who matters, what we heard, what they want."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from app.briefing.context import CELL_PADDING, CONTENT_WIDTH, DATE_WIDTH, Cell, Context
from app.briefing.outline import Anchor
from app.briefing.sections.departments_summary import scale
from app.briefing.sections.engagement_plan import level_text, person_part
from app.domain.package import DepartmentDoc


def _rest(widths: list[float]) -> list[float]:
    return [*widths, CONTENT_WIDTH - sum(widths)]


def profile(ctx: Context, department: DepartmentDoc, whole: bool = True) -> list[Flowable]:
    """Who the department is; ``whole`` adds how they work and their history with us
    (the one-to-one sheet leaves those to the dossier)."""
    story: list[Flowable] = []
    story += ctx.field(ctx._("Function"), department.function)
    if whole:
        story += ctx.field(ctx._("How they work"), department.workflow)
    story += ctx.field(ctx._("Current focus"), department.focus)
    if department.okrs:
        story.append(ctx.p(ctx._("OKRs"), "label"))
        story += [ctx.p(f"• {okr}", "bullet") for okr in department.okrs]
    story += ctx.field(ctx._("Pressures"), department.pressures)
    if whole:
        story += ctx.field(ctx._("History with us"), department.history)
    return story


NAME_WIDTH = 42 * mm


def _contact(ctx: Context, contact: str, width: float) -> str:
    """An e-mail address too long for its column breaks after the "@", not mid-name."""
    style = ctx.styles["cell_meta"]
    room = width - 2 * CELL_PADDING
    words = contact.split()
    if not any(ctx.marker.width(w, style.fontSize) > room and "@" in w for w in words):
        return contact
    return " ".join(w.replace("@", "@\n", 1) if ctx.marker.width(w, style.fontSize) > room
                    else w for w in words)


def _people(ctx: Context, department: DepartmentDoc) -> list[Flowable]:
    if not department.people:
        return []
    rows: list[list[Cell]] = [
        [[(p.name, "cell_bold"), (_contact(ctx, p.contact, NAME_WIDTH), "cell_meta"),
          *[(part, "cell_meta") for part in (person_part(ctx, p.id),) if part]],
         p.role, scale(p.influence), scale(p.interest), p.notes]
        for p in department.people
    ]
    return ctx.titled_table(
        ctx._("People"),
        [ctx._("Name"), ctx._("Role"), ctx._("Influence"), ctx._("Interest"), ctx._("Notes")],
        rows, _rest([NAME_WIDTH, 36 * mm, 17 * mm, 17 * mm]))


def _touchpoints(ctx: Context, department: DepartmentDoc) -> list[Flowable]:
    touches = list(ctx.touchpoints_of(department.id))
    if not touches:
        return []
    touches.sort(key=lambda t: t.date, reverse=True)  # stable: same day keeps entry order
    rows: list[list[Cell]] = [
        [ctx.day(t.date), ctx.word(t.channel), ctx.person_name(t.person, False), t.summary,
         t.next_step]
        for t in touches
    ]
    return ctx.titled_table(
        ctx._("Touchpoints, newest first"),
        [ctx._("Date"), ctx._("Channel"), ctx._("Who"), ctx._("What was said"),
         ctx._("Next step")], rows, _rest([DATE_WIDTH, 17 * mm, 28 * mm, 52 * mm]))


def _demands(ctx: Context, department: DepartmentDoc) -> list[Flowable]:
    demands = ctx.demands_of(department.id)
    if not demands:
        return []
    rows: list[list[Cell]] = []
    for d in demands:
        origin = ctx._("Anticipated") if d.anticipated else ctx._("Raised by them")
        rows.append([
            [(ctx.kind_status(d.kind, d.status), "cell_bold")],
            d.text,
            [(ctx.word(d.root_cause), "cell"), (origin, "cell_meta")],
            d.response or [(ctx._("No response yet"), "cell_meta")],
        ])
    return ctx.titled_table(
        ctx._("Demands, objections and risks"),
        [ctx._("Kind"), ctx._("What they say"), ctx._("Root cause"), ctx._("Our response")],
        rows, _rest([22 * mm, 58 * mm, 30 * mm]))


def _suggestions(ctx: Context, department: DepartmentDoc) -> list[Flowable]:
    suggestions = ctx.suggestions_of(department.id)
    if not suggestions:
        return []
    rows: list[list[Cell]] = [
        [[(s.text, "cell"), (ctx.person_name(s.person, False), "cell_meta")],
         ctx.word(s.decision), s.incorporation]
        for s in suggestions
    ]
    return ctx.titled_table(
        ctx._("Their suggestions"), [ctx._("Suggestion"), ctx._("Decision"), ctx._("What we did")],
        rows, _rest([72 * mm, 22 * mm]))


def dossier(ctx: Context, department: DepartmentDoc) -> list[Flowable]:
    """The pages of one department."""
    facts = [ctx.word(department.relationship),
             ctx._("Engagement: {engagement}").format(engagement=level_text(ctx, department)),
             ctx._("Decision right: {right}").format(right=ctx.word(department.decision_right))
             if department.decision_right is not None else "",
             ctx._("At the start: {engagement}").format(
                 engagement=ctx.word(department.engagement_at_start))
             if department.engagement_at_start != department.engagement else "",
             ctx._("Readiness: {readiness}").format(readiness=ctx.word(department.readiness))]
    story: list[Flowable] = [
        ctx.heading(department.name),
        ctx.p(" · ".join(f for f in facts if f), "meta"),
        ctx.gap(2 * mm),
    ]
    story += profile(ctx, department)
    story += _people(ctx, department)
    story += ctx.field(ctx._("How our plan serves their goals"), department.serves_their_goals)
    story += ctx.field(ctx._("Private notes"), department.private_notes)
    story += _touchpoints(ctx, department)
    story += _demands(ctx, department)
    story += _suggestions(ctx, department)
    return story


def build(ctx: Context) -> list[Flowable]:
    if not ctx.package.departments:
        return [ctx.heading(ctx._("Department dossiers")),
                ctx.empty(ctx._("No departments take part yet."))]
    story: list[Flowable] = []
    for index, department in enumerate(ctx.package.departments):
        # a department runs on after the previous one, from a fresh third of a page at least
        story += [CondPageBreak(70 * mm) if index else ctx.gap(0),
                  Anchor(f"dossier-{department.id}", department.name, level=1)]
        story += dossier(ctx, department)
    return story
