"""The interface keeps the platform font for Latin text and names a Chinese face behind it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ui.fonts import apply_interface_font, installed_cjk_families


def test_a_chinese_face_follows_the_platform_font(qapp: QApplication) -> None:
    if not installed_cjk_families():
        pytest.skip("no Simplified Chinese font installed (CI installs fonts-wqy-microhei)")
    before = qapp.font()
    try:
        font = apply_interface_font(qapp)
        assert font.families()[0] == before.families()[0]
        assert font.families()[-1] == installed_cjk_families()[0]
        assert apply_interface_font(qapp).families() == font.families()  # idempotent
    finally:
        qapp.setFont(before)
