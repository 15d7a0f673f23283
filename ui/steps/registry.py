"""The step pages in the method's order (the window numbers them as tabs)."""

from __future__ import annotations

from ui.steps.base import StepPage


def step_page_classes() -> list[type[StepPage]]:
    from ui.steps.demands_page import DemandsPage
    from ui.steps.departments_page import DepartmentsPage
    from ui.steps.follow_up_page import FollowUpPage
    from ui.steps.goals_page import GoalsPage
    from ui.steps.meeting_page import MeetingPage
    from ui.steps.overview_page import OverviewPage
    from ui.steps.suggestions_page import SuggestionsPage

    return [OverviewPage, GoalsPage, DepartmentsPage, DemandsPage, SuggestionsPage, MeetingPage,
            FollowUpPage]
