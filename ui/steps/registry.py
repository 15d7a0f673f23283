"""The steps in the method's order (the window numbers them as tabs), each page's module
imported only when the page is first built: a tab needs its key and its title, no more."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.i18n import _

if TYPE_CHECKING:
    from ui.steps.base import StepPage


@dataclass(frozen=True)
class Step:
    """One step of the method: its key, its tab's title, and where its page is."""

    #: the key shared with readiness items, guidance and the remembered step
    key: str
    #: the tab's text, translated when asked (the page's own title too)
    title: Callable[[], str]
    module: str
    class_name: str

    def page_class(self) -> type[StepPage]:
        """The page's class, its module imported now if it was not yet."""
        page_class: type[StepPage] = getattr(importlib.import_module(self.module),
                                             self.class_name)
        return page_class


STEPS = (
    Step("overview", lambda: _("Overview"), "ui.steps.overview_page", "OverviewPage"),
    Step("goals", lambda: _("Goals"), "ui.steps.goals_page", "GoalsPage"),
    Step("departments", lambda: _("Departments"), "ui.steps.departments_page",
         "DepartmentsPage"),
    Step("demands", lambda: _("Demands"), "ui.steps.demands_page", "DemandsPage"),
    Step("suggestions", lambda: _("Suggestions"), "ui.steps.suggestions_page",
         "SuggestionsPage"),
    Step("meeting", lambda: _("Meeting"), "ui.steps.meeting_page", "MeetingPage"),
    Step("follow_up", lambda: _("Follow-up"), "ui.steps.follow_up_page", "FollowUpPage"),
)


def step_title(key: str) -> str:
    """The translated title of the step ``key``."""
    return next(step.title() for step in STEPS if step.key == key)
