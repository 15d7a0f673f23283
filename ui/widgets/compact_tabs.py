"""The steps' tab bar with less padding beside each title, so that all seven steps fit
side by side in a 1024-pixel window in Spanish, the longest of the languages."""

from __future__ import annotations

from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QTabBar, QWidget


class CompactTabStyle(QProxyStyle):
    """The application's style, with half its horizontal space around a tab's title."""

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,
                    widget: QWidget | None = None) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace:
            return max(8, value // 2)
        return value


def make_compact(bar: QTabBar) -> None:
    """Give ``bar`` the compact style (it keeps the style alive as its child)."""
    style = CompactTabStyle()
    style.setParent(bar)
    bar.setStyle(style)
