"""The briefing pack, the pre-read and the report as PDF: fonts, styles, sections, renderer."""

from __future__ import annotations

from app.briefing.context import Kind, ReadinessSummary
from app.briefing.document import BriefingDocument
from app.briefing.fonts import FontSet, default_fonts, discover
from app.briefing.sections import KEYS, REPORT_KEYS, SHARED_KEYS

__all__ = ["KEYS", "REPORT_KEYS", "SHARED_KEYS", "BriefingDocument", "FontSet", "Kind",
           "ReadinessSummary", "default_fonts", "discover"]
