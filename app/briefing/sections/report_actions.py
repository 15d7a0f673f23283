"""The action items, overdue ones marked, and the next steps: the open ones by due date."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.briefing.context import CONTENT_WIDTH, DATE_WIDTH, Cell, Context
from app.domain.enums import ActionStatus
from app.domain.package import ActionDoc


def is_overdue(ctx: Context, action: ActionDoc) -> bool:
    """Still to do, and its due day is past (on the day the report is made)."""
    return action.status == ActionStatus.open and action.due is not None and (
        action.due < ctx.today)


def _owner(ctx: Context, action: ActionDoc) -> str:
    return ctx.person_name(action.owner, with_department=False)


def _department(ctx: Context, action: ActionDoc) -> str:
    """The action's department, else its owner's."""
    if action.department is not None:
        return ctx.department_name(action.department)
    found = ctx.person(action.owner)
    return "" if found is None else found[0].name


def _status(ctx: Context, action: ActionDoc) -> Cell:
    if is_overdue(ctx, action):
        return [(ctx.word(action.status), "cell"), (ctx._("Overdue"), "cell_warning")]
    return ctx.word(action.status)


def build(ctx: Context) -> list[Flowable]:
    """Each action once: the open ones as next steps, soonest first, then the rest."""
    actions = ctx.package.actions
    if not actions:
        if not ctx.held:  # before the meeting: nothing to report, no empty heading
            return []
        return [*ctx.opening(ctx._("Action items")),
                ctx.empty(ctx._("No action items recorded yet."))]
    story = next_steps(ctx)
    closed = [a for a in actions if a.status != ActionStatus.open]
    if closed:
        rows: list[list[Cell]] = [
            [a.text, _owner(ctx, a), _department(ctx, a), ctx.day(a.due), _status(ctx, a)]
            for a in closed
        ]
        widths = [0.0, 32 * mm, 32 * mm, DATE_WIDTH, 20 * mm]
        widths[0] = CONTENT_WIDTH - sum(widths)
        story += ctx.titled_table(ctx._("Done or dropped"), [
            ctx._("Action"), ctx._("Owner"), ctx._("Department"), ctx._("Due"),
            ctx._("Status")], rows, widths)
    return story


def next_steps(ctx: Context) -> list[Flowable]:
    """The actions still to do, soonest first; those without a due day last."""
    still_open = [a for a in ctx.package.actions if a.status == ActionStatus.open]
    if not still_open:
        return [*ctx.opening(ctx._("Next steps")), ctx.empty(ctx._("No open actions."))]
    still_open.sort(key=lambda a: a.due or date.max)  # stable: same day keeps entry order
    rows: list[list[Cell]] = []
    for action in still_open:
        due: Cell = ctx.day(action.due)
        if is_overdue(ctx, action):
            due = [(ctx.day(action.due), "cell"), (ctx._("Overdue"), "cell_warning")]
        who = ", ".join(part for part in (_owner(ctx, action), _department(ctx, action)) if part)
        rows.append([due, action.text, who])
    widths = [DATE_WIDTH, 0.0, 56 * mm]
    widths[1] = CONTENT_WIDTH - sum(widths)
    return ctx.titled_table(ctx._("Next steps"), [ctx._("Due"), ctx._("Action"), ctx._("Who")],
                            rows, widths, style="h1")
