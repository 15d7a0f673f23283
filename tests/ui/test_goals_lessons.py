"""The lessons of the meeting followed up, above the goals: shown only when there are some."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.domain.enums import MeetingStatus
from app.services import meetings, review
from app.services.follow_up import create_follow_up
from app.storage import Workspace
from tests.ui.page_helpers import child, show_page
from ui.steps.goals_page import GoalsPage


def test_no_heading_without_lessons_then_the_lessons(qtbot, workspace: Workspace,
                                                     meeting_id: int) -> None:
    meetings.update(workspace, meeting_id, title="Kick-off", status=MeetingStatus.held)
    review.save(workspace, meeting_id, rating=4)          # a review without a word in it
    follow_up = create_follow_up(workspace, meeting_id)
    page = show_page(qtbot, GoalsPage, workspace, follow_up)
    lessons = child(page, QLabel, "previous_lessons")
    assert not lessons.isVisible()

    review.save(workspace, meeting_id, lessons="Send the pre-read a week ahead")
    page.reload()
    assert lessons.isVisible()
    assert lessons.text() == "Lessons from “Kick-off”:\nSend the pre-read a week ahead"
