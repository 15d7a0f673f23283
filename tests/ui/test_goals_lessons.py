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


def test_held_before_its_date_is_a_warning(qtbot, workspace: Workspace, meeting_id: int) -> None:
    from datetime import UTC, datetime, timedelta

    from PySide6.QtWidgets import QWidget

    from tests.ui.page_helpers import choose
    from ui.forms import Choice

    ahead = datetime.now(UTC).replace(microsecond=0) + timedelta(days=10)
    meetings.update(workspace, meeting_id, scheduled_at=ahead)
    page = show_page(qtbot, GoalsPage, workspace, meeting_id)
    warning = child(page, QWidget, "held_before_its_date")
    assert not warning.isVisible()
    choose(qtbot, child(page.meeting_form, Choice, "field_status"), "Held")
    assert meetings.get_meeting(workspace, meeting_id).status == MeetingStatus.held
    assert warning.isVisible()
    assert warning.accessibleName().startswith("Warning: Status “Held”, but the meeting's date")
    meetings.update(workspace, meeting_id, scheduled_at=ahead - timedelta(days=30))
    page.reload()
    assert not warning.isVisible()
