"""Menu and label text without its keyboard accelerator, for tooltips, undo text, names."""

from __future__ import annotations

import re

# Chinese labels carry their accelerator after the text, "文件(&F)"; Latin ones inline, "&File".
_TRAILING = re.compile(r"\s*[(（]&\w[)）]")


def plain(text: str) -> str:
    """``text`` as read aloud or shown in a tooltip: "&File" → "File", "文件(&F)" → "文件"."""
    return _TRAILING.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
