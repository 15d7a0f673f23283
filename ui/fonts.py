"""The interface font: the platform's own, with a Simplified Chinese face behind it.

Qt falls back per glyph when the platform font lacks Chinese, but which face it
picks depends on the system's locale (on a Japanese or Latin Windows, Han
characters may come out in Japanese forms or a bitmap face). Naming the
Simplified Chinese faces each platform ships, after the platform's own family,
keeps Latin text in the native font and Chinese in a proper one everywhere.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

#: Simplified Chinese faces, best first: Windows, macOS, then common Linux packages
CJK_FAMILIES = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
)


def installed_cjk_families() -> list[str]:
    """The faces of CJK_FAMILIES installed here, in order of preference."""
    installed = set(QFontDatabase.families())
    return [family for family in CJK_FAMILIES if family in installed]


def apply_interface_font(app: QApplication) -> QFont:
    """Put the first installed Chinese face right after the platform font; returns the font."""
    font = app.font()
    chinese = installed_cjk_families()[:1]
    families = [f for f in font.families() if f not in chinese] or [font.family()]
    font.setFamilies([*families, *chinese])
    app.setFont(font)
    return font
