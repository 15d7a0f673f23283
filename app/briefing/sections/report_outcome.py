"""The outcome in brief: the figures a leader asks first, then the goals and their targets."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.briefing.context import Context
from app.briefing.sections import goals
from app.briefing.sections.report_actions import is_overdue
from app.briefing.sections.report_issues import unresolved
from app.domain.enums import ActionStatus


def _figures(ctx: Context) -> list[str]:
    package = ctx.package
    actions = package.actions
    still_open = sum(1 for a in actions if a.status == ActionStatus.open)
    overdue = sum(1 for a in actions if is_overdue(ctx, a))
    issues = len(unresolved(package))
    lines = [
        ctx.ngettext("{count} decision", "{count} decisions", len(package.decisions)).format(
            count=ctx.number(len(package.decisions))),
        ctx.ngettext("{count} action item, {open} still open",
                     "{count} action items, {open} still open", len(actions)).format(
            count=ctx.number(len(actions)), open=ctx.number(still_open)),
        ctx.ngettext("{count} unresolved issue", "{count} unresolved issues", issues).format(
            count=ctx.number(issues)),
    ]
    if overdue:
        lines.append(ctx.ngettext("{count} action overdue", "{count} actions overdue",
                                  overdue).format(count=ctx.number(overdue)))
    return lines


def build(ctx: Context) -> list[Flowable]:
    story: list[Flowable] = [*ctx.opening(ctx._("Outcome in brief"))]
    if ctx.held or ctx.package.decisions or ctx.package.actions:  # no "0 decisions" before
        story += [ctx.p(f"• {line}", "bullet") for line in _figures(ctx)]
    if ctx.package.goals:
        story += ctx.titled_table(ctx._("Goals and indicators"), *goals.columns(ctx))
    else:
        story += [ctx.p(ctx._("Goals and indicators"), "h2"),
                  ctx.empty(ctx._("No goals recorded yet."))]
    return story
