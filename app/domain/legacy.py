"""What older workspaces and version 1 packages said, and where each value lands now.

Revision 0007 and the reading of version 1 packages share these, so a stance
migrates the same way from a workspace file and from a package.
"""

from __future__ import annotations

from enum import StrEnum

from app.domain.enums import Engagement
from app.i18n import N_, translator


class Stance(StrEnum):
    """A department's stance before engagement replaced it (revision 0006, package version 1)."""

    unknown = "unknown"
    supportive = "supportive"
    neutral = "neutral"
    concerned = "concerned"
    opposed = "opposed"


#: every old stance lands on one engagement level; "concerned" also leaves a history note,
#: since neutral alone would lose that reservations were known
STANCE_TO_ENGAGEMENT: dict[Stance, Engagement] = {
    Stance.unknown: Engagement.unaware,
    Stance.supportive: Engagement.supportive,
    Stance.neutral: Engagement.neutral,
    Stance.concerned: Engagement.neutral,
    Stance.opposed: Engagement.resistant,
}

#: the stance words, for the history note that keeps them
STANCE_WORDS: dict[Stance, str] = {
    Stance.unknown: N_("unknown stance"),
    Stance.supportive: N_("supportive"),
    Stance.neutral: N_("neutral"),
    Stance.concerned: N_("concerned"),
    Stance.opposed: N_("opposed"),
}

#: the history note: the stance before and now, as they were recorded
STANCE_NOTE = N_("Recorded as a stance before engagement levels: {start} → {now}")

#: words that said the pre-read was sent, before it was a recorded fact (matched casefolded)
PREREAD_WORDS: tuple[str, ...] = (
    "pre-read", "preread", "pre read", "prelectura", "pre-lectura", "documento previo",
    "documentación previa", "会前材料", "会前资料", "预读",
)


def mentions_preread(*texts: str) -> bool:
    """Whether any of the texts names the pre-read (how sending it used to be noted)."""
    folded = "\n".join(texts).casefold()
    return any(word in folded for word in PREREAD_WORDS)


def needs_history(start: Stance, now: Stance) -> bool:
    """Whether a migrated stance pair needs a history row: it moved, or it was "concerned"."""
    return start != now or Stance.concerned in (start, now)


def stance_note(language: str, start: Stance, now: Stance) -> str:
    """The history note keeping the old stance words, in the meeting's language."""
    gettext = translator(language)
    return gettext(STANCE_NOTE).format(start=gettext(STANCE_WORDS[start]),
                                       now=gettext(STANCE_WORDS[now]))
