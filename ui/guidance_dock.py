"""The guidance panel: why the current step matters and the questions worth asking."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QTextBrowser, QWidget

from app.i18n import _, current_language
from app.services import guidance

logger = logging.getLogger(__name__)

def step_guidance(step: str) -> guidance.StepGuidance | None:
    """The guidance of ``step`` in the interface language (None, logged, if it has none)."""
    try:
        return guidance.for_step(step, current_language())
    except (KeyError, ValueError):
        logger.warning("no guidance for step %s", step)
        return None


def method_text() -> str:
    """The method in a few paragraphs and how readiness is scored, for Help ▸ The method."""
    return guidance.help_text(current_language())


class GuidanceDock(QDockWidget):
    """A closable side panel; the window remembers whether it is open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_("Guidance"), parent)
        self.setObjectName("guidance_dock")
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea
                             | Qt.DockWidgetArea.RightDockWidgetArea)
        self.text = QTextBrowser(self)
        self.text.setObjectName("guidance_text")
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(_("Guidance for this step"))
        self.setWidget(self.text)
        self.step = ""

    def show_step(self, step: str) -> None:
        self.step = step
        found = step_guidance(step)
        if found is None:
            self.text.clear()
            return
        title, why, questions = found.title, found.why, list(found.questions)
        items = "".join(f"<li>{html.escape(q)}</li>" for q in questions)
        ask = html.escape(_("Ask them:"))  # outside the f-string, where the extractor sees it
        self.text.setHtml(
            f"<h3>{html.escape(title)}</h3><p>{html.escape(why)}</p>"
            + (f"<p><b>{ask}</b></p><ul>{items}</ul>" if items else ""))
