"""The issues still unresolved, with their follow-up and its date."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.briefing.context import CONTENT_WIDTH, DATE_WIDTH, Cell, Context
from app.domain.enums import ActionStatus
from app.domain.package import MeetingPackage, OpenIssueDoc


def unresolved(package: MeetingPackage) -> list[OpenIssueDoc]:
    """The issues still open: the rule of ``services.follow_up.unresolved``, on package data.

    An issue is resolved once an action taken from it is done and none is still open.
    """
    statuses: dict[str, set[ActionStatus]] = {}
    for action in package.actions:
        if action.source is not None:
            statuses.setdefault(action.source, set()).add(action.status)
    out = []
    for issue in package.open_issues:
        found = statuses.get(issue.id, set())
        if ActionStatus.done not in found or ActionStatus.open in found:
            out.append(issue)
    return out


def build(ctx: Context) -> list[Flowable]:
    issues = unresolved(ctx.package)
    if not issues:
        if not ctx.held:
            return []
        return [*ctx.opening(ctx._("Unresolved issues")),
                ctx.empty(ctx._("No unresolved issues recorded."))]
    rows: list[list[Cell]] = [[i.text, i.follow_up, ctx.day(i.due)] for i in issues]
    widths = [0.0, 70 * mm, DATE_WIDTH]
    widths[0] = CONTENT_WIDTH - sum(widths)
    return ctx.titled_table(ctx._("Unresolved issues"),
                            [ctx._("Issue"), ctx._("Follow-up"), ctx._("Date")], rows, widths,
                            style="h1")
