"""The briefing pack PDF: fonts, styles, one module per section, and the renderer."""

from __future__ import annotations

from app.briefing.context import ReadinessSummary
from app.briefing.document import BriefingDocument
from app.briefing.fonts import FontSet, default_fonts, discover
from app.briefing.sections import KEYS, SHARED_KEYS

__all__ = ["KEYS", "SHARED_KEYS", "BriefingDocument", "FontSet", "ReadinessSummary",
           "default_fonts", "discover"]
