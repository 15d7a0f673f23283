"""Translation without Qt: gettext catalogues shared by app/ and ui/.

The interface language is process-wide (:func:`set_language`); the briefing
pack renders in its meeting's language through :func:`translator`, whatever
the interface speaks.
"""

from __future__ import annotations

import gettext as _gettext
import os
from collections.abc import Callable
from functools import cache

from app.paths import locale_dir

DOMAIN = "prewire"
LANGUAGES: tuple[str, ...] = ("en", "es", "zh_CN")

_current: _gettext.NullTranslations = _gettext.NullTranslations()
_current_language = "en"

# Layout stress test, as Vorta's TRANS_SCALE: PREWIRE_TRANS_SCALE=1.3 makes every
# interface string 30% longer, to see which layouts break with Spanish-length text.
try:
    _stretch = max(1.0, float(os.environ.get("PREWIRE_TRANS_SCALE", "1")))
except ValueError:
    _stretch = 1.0


def _stretched(text: str) -> str:
    if _stretch == 1.0 or not text:
        return text
    return text + "·" * round(len(text) * (_stretch - 1))


@cache
def catalogue(language: str) -> _gettext.NullTranslations:
    """The compiled catalogue for one language (English is the source text)."""
    if language == "en":
        return _gettext.NullTranslations()
    return _gettext.translation(DOMAIN, locale_dir(), languages=[language], fallback=True)


def normalise(language: str | None) -> str:
    """Map a locale name such as ``es_MX.UTF-8`` or ``zh-Hans`` to one we ship."""
    if not language:
        return "en"
    tag = language.replace("-", "_").split(".")[0]
    low = tag.lower()
    if low.startswith("zh"):
        return "zh_CN"
    if low.startswith("es"):
        return "es"
    return "en"


def system_language() -> str:
    """The language the operating system asks for, among those we ship."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return normalise(value.split(":")[0])
    import locale  # only when the environment names no language

    try:
        return normalise(locale.getlocale()[0])
    except ValueError:
        return "en"


def set_language(language: str) -> None:
    """Switch the interface language for the whole process."""
    global _current, _current_language
    _current_language = normalise(language)
    _current = catalogue(_current_language)


def current_language() -> str:
    return _current_language


def _(message: str) -> str:
    """Translate ``message`` into the interface language."""
    return _stretched(_current.gettext(message))


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate with the plural rule of the interface language."""
    return _stretched(_current.ngettext(singular, plural, n))


def N_(message: str) -> str:
    """Mark ``message`` for extraction; translate it later, where it is shown."""
    return message


class Translator:
    """The translation functions of one language, for output in a chosen language."""

    def __init__(self, language: str) -> None:
        self.language = normalise(language)
        self._catalogue = catalogue(self.language)

    def gettext(self, message: str) -> str:
        return self._catalogue.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self._catalogue.ngettext(singular, plural, n)


def translator(language: str) -> Callable[[str], str]:
    """A ``_`` for one language, e.g. the meeting's, for the PDF."""
    return Translator(language).gettext
