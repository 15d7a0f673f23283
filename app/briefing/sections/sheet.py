"""The one-to-one sheet: a department's page or two to take into a conversation with them.

Who they are (function, focus, OKRs, pressures), what our plan does for their
goals, their open demands with our prepared answers, the questions worth
asking, the last touchpoints, and ruled space to write. It is the
coordinator's own: every page is marked private.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Table

from app.briefing.context import CONTENT_WIDTH, DATE_WIDTH, Cell, Context
from app.briefing.sections.cover import banner
from app.briefing.sections.dossiers import profile
from app.briefing.sections.engagement_plan import level_text
from app.briefing.styles import RULE, table_style
from app.domain.enums import DemandStatus
from app.domain.package import DepartmentDoc

#: touchpoints the sheet recalls, newest first
LAST_TOUCHPOINTS = 5
#: ruled lines to write on
NOTE_LINES = 12


def _department(ctx: Context) -> DepartmentDoc:
    found = None if ctx.department is None else ctx.package.department(ctx.department)
    if found is None:
        raise ValueError("a one-to-one sheet needs one of the meeting's departments")
    return found


def _who(ctx: Context, department: DepartmentDoc) -> list[Flowable]:
    return [*profile(ctx, department, whole=False),
            *ctx.field(ctx._("What our plan does for their goals"),
                       department.serves_their_goals)]


def _demands(ctx: Context, department: DepartmentDoc) -> list[Flowable]:
    open_ones = [d for d in ctx.package.demands
                 if d.department == department.id and d.status == DemandStatus.open]
    if not open_ones:
        return []
    rows: list[list[Cell]] = [
        [[(ctx.kind_status(d.kind, d.status), "cell_bold")], d.text,
         d.response or [(ctx._("No response yet"), "cell_meta")]]
        for d in open_ones
    ]
    widths = [24 * mm, 0.0, 70 * mm]
    widths[1] = CONTENT_WIDTH - sum(widths)
    return ctx.titled_table(ctx._("Their open demands and our answers"),
                            [ctx._("Kind"), ctx._("What they say"), ctx._("Our answer")],
                            rows, widths)


def _touchpoints(ctx: Context, department: DepartmentDoc) -> list[Flowable]:
    touches = sorted((t for t in ctx.package.touchpoints if t.department == department.id),
                     key=lambda t: t.date, reverse=True)[:LAST_TOUCHPOINTS]
    if not touches:
        return []
    rows: list[list[Cell]] = [
        [ctx.day(t.date), ctx.person_name(t.person, False), t.summary, t.next_step]
        for t in touches
    ]
    widths = [DATE_WIDTH, 30 * mm, 0.0, 45 * mm]
    widths[2] = CONTENT_WIDTH - sum(widths)
    return ctx.titled_table(ctx._("Last touchpoints"), [
        ctx._("Date"), ctx._("Who"), ctx._("What was said"), ctx._("Next step")], rows, widths)


def _notes(ctx: Context) -> list[Flowable]:
    lines = Table([[""]] * NOTE_LINES, colWidths=[CONTENT_WIDTH], rowHeights=[8 * mm] * NOTE_LINES)
    lines.setStyle(table_style(ctx.styles.fonts, ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)))
    return [CondPageBreak(50 * mm), ctx.p(ctx._("Notes from the conversation"), "h2"), lines]


def build(ctx: Context) -> list[Flowable]:
    department = _department(ctx)
    people = ctx.listing([f"{p.name} ({p.role})" if p.role.strip() else p.name
                          for p in department.people])
    story: list[Flowable] = [banner(ctx), ctx.gap(4 * mm),
                             ctx.p(department.name, "title"),
                             ctx.p(ctx.package.meeting.title, "meta")]
    if people:
        story.append(ctx.p(people, "meta"))
    story.append(ctx.p(ctx._("Engagement: {engagement}").format(
        engagement=level_text(ctx, department)), "meta"))
    story += _who(ctx, department)
    story += _demands(ctx, department)
    if ctx.questions:
        story.append(ctx.p(ctx._("Questions worth asking"), "h2"))
        story += [ctx.p(f"• {question}", "bullet") for question in ctx.questions]
    story += _touchpoints(ctx, department)
    story += _notes(ctx)
    return story
