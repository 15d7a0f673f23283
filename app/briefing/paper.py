"""The paper size: Letter where the locale's paper is Letter, A4 everywhere else."""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping

from reportlab.lib import pagesizes

A4: tuple[float, float] = pagesizes.A4
LETTER: tuple[float, float] = pagesizes.LETTER

#: regions whose paper is US Letter (CLDR's measurement data, "paperSize")
LETTER_REGIONS = frozenset({"US", "CA", "MX", "PR", "GU", "VI", "AS", "MP", "UM", "PH",
                            "CL", "CO", "CR", "GT", "NI", "PA", "SV", "VE", "DO", "BZ"})


def region(locale_name: str) -> str:
    """``US`` from ``en_US.UTF-8`` or ``es-MX``; empty when the name has no region."""
    base = locale_name.split(".")[0].split("@")[0].replace("-", "_")
    parts = base.split("_")
    return parts[1].upper() if len(parts) > 1 else ""


def paper_for(locale_name: str) -> tuple[float, float]:
    """The page size a locale prints on."""
    return LETTER if region(locale_name) in LETTER_REGIONS else A4


def preferred_paper(environ: Mapping[str, str] | None = None) -> tuple[float, float]:
    """The paper of the user's locale: LC_PAPER, else LC_ALL or LANG, else the system's.

    A meeting's language ("es", "en") names no country, so the coordinator's own
    locale says whether the pack goes on Letter or A4.
    """
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_PAPER", "LANG"):
        value = env.get(name, "")
        if value and region(value):
            return paper_for(value)
    if environ is None:
        system = locale.getlocale()[0] or ""
        return paper_for(system)
    return A4
