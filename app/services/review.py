"""The short review after a meeting, which the next meeting's preparation shows again."""

from __future__ import annotations

from typing import Any

from app.domain.models import Meeting, Review, ReviewBase
from app.services._rows import assign, get, merged, validated
from app.services.trash import Snapshot, delete_row
from app.storage import Workspace


def get_review(workspace: Workspace, meeting_id: int) -> Review | None:
    with workspace.session() as session:
        return session.get(Review, meeting_id)


def save(workspace: Workspace, meeting_id: int, **changes: Any) -> Review:
    """Create the meeting's review or change some of its fields."""
    with workspace.session() as session:
        get(session, Meeting, meeting_id)
        review = session.get(Review, meeting_id)
        if review is None:
            review = Review(**validated(ReviewBase, changes), meeting_id=meeting_id)
        else:
            assign(review, merged(ReviewBase, review, changes))
        session.add(review)
        return review


def clear(workspace: Workspace, meeting_id: int) -> Snapshot | None:
    """Remove the review; returns what to restore, or None if there was none."""
    with workspace.session() as session:
        review = session.get(Review, meeting_id)
        return None if review is None else delete_row(session, review)
