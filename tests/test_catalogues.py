"""The translation catalogues are complete, consistent with the template and with the code.

Fails when a catalogue has an untranslated, fuzzy or obsolete entry, when a
translation's ``{placeholders}`` (or ``%(name)s``) or ``&`` accelerator differ from
its source, when a catalogue's messages differ from the template's, and when the
code holds a string the template lacks (someone forgot ``make extract``).
"""

from __future__ import annotations

import gettext
import io
import re
import shlex
import string
from collections import Counter
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_keywords, parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "resources" / "locale"
TEMPLATE = LOCALE / "prewire.pot"
LANGUAGES = ("es", "zh_CN")
PLURAL_FORMS = {"es": "nplurals=2; plural=(n != 1);", "zh_CN": "nplurals=1; plural=0;"}

# an "&" that marks an accelerator: not "&&" (a literal ampersand) and not before a space
ACCELERATOR = re.compile(r"(?<!&)&(?=[^&\s])")
PERCENT_NAMED = re.compile(r"%\((\w+)\)[-#0 +]*\d*(?:\.\d+)?[diouxXeEfFgGcrs]")
BRACE = re.compile(r"(?<!\{)\{([^{}]*)\}(?!\})")


def _read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale)


def _catalogue(language: str) -> Catalog:
    return _read(LOCALE / language / "LC_MESSAGES" / "prewire.po", language)


def _ids(catalog: Catalog) -> set[str | tuple[str, ...]]:
    return {m.id if isinstance(m.id, str) else tuple(m.id) for m in catalog if m.id}


def _sources(message: Message) -> list[str]:
    return [message.id] if isinstance(message.id, str) else list(message.id)


def _translations(message: Message) -> list[str]:
    return [message.string] if isinstance(message.string, str) else list(message.string)


def _placeholders(text: str) -> Counter[str]:
    """``{name}``, ``{0}``, ``{x:>3}`` and ``%(name)s`` fields; ``{{`` and ``}}`` are text."""
    try:
        fields = Counter(f"{{{name}{':' + spec if spec else ''}}}"
                         for _text, name, spec, _conv in string.Formatter().parse(text)
                         if name is not None)
    except ValueError:  # not a format string (a lone "{"): compare the braces it has
        bare = text.replace("{{", "").replace("}}", "")
        fields = Counter(f"{{{m}}}" for m in BRACE.findall(bare))
    return fields + Counter(f"%({name})" for name in PERCENT_NAMED.findall(text))


def _accelerators(text: str) -> int:
    return len(ACCELERATOR.findall(text))


def _messages(language: str) -> list[Message]:
    return [m for m in _catalogue(language) if m.id]


# -- complete and clean ----------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated_and_none_is_fuzzy(language: str) -> None:
    untranslated = [m.id for m in _messages(language) if not all(_translations(m))]
    fuzzy = [m.id for m in _messages(language) if m.fuzzy]
    assert not untranslated, f"untranslated in {language}: {untranslated}"
    assert not fuzzy, f"fuzzy in {language}: {fuzzy}"
    assert not _catalogue(language).fuzzy, f"the {language} header is marked fuzzy"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_obsolete_entries(language: str) -> None:
    path = LOCALE / language / "LC_MESSAGES" / "prewire.po"
    assert not _catalogue(language).obsolete, f"obsolete entries in {language}"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line.startswith("#~")]
    assert not lines, f"obsolete (#~) lines in {path.name} ({language}): {lines[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_headers_name_the_language_and_its_plurals(language: str) -> None:
    catalog = _catalogue(language)
    assert catalog.locale_identifier == language
    assert catalog.plural_forms == PLURAL_FORMS[language]
    plural = [m for m in catalog if m.id and not isinstance(m.id, str)]
    assert all(len(_translations(m)) == catalog.num_plurals for m in plural)


@pytest.mark.parametrize("language", LANGUAGES)
def test_babel_checks_pass(language: str) -> None:
    """What ``pybabel compile`` checks, e.g. %-format placeholders it guesses from the text."""
    problems = [(m.id, [str(e) for e in errors]) for m, errors in _catalogue(language).check()]
    assert not problems, f"{language}: {problems}"


# -- faithful to the source --------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_match(language: str) -> None:
    wrong = []
    for message in _messages(language):
        expected = Counter()
        for source in _sources(message):
            expected |= _placeholders(source)
        for index, translation in enumerate(_translations(message)):
            if not translation:  # reported as untranslated
                continue
            got = _placeholders(translation)
            if isinstance(message.id, str):
                ok = got == expected
            elif index == 0 and len(_translations(message)) > 1:
                # a singular form ("one day") may leave out the count, never add a field
                ok = set(got) <= set(expected)
            else:
                ok = set(got) == set(expected)
            if not ok:
                wrong.append((message.id, index, dict(expected), dict(got)))
    assert not wrong, f"placeholders differ in {language}:\n" + "\n".join(map(str, wrong))


@pytest.mark.parametrize("language", LANGUAGES)
def test_accelerators_match(language: str) -> None:
    wrong = []
    for message in _messages(language):
        expected = max(_accelerators(s) for s in _sources(message))
        for translation in _translations(message):
            if translation and _accelerators(translation) != expected:
                wrong.append((message.id, translation))
    assert not wrong, f"accelerator (&) count differs in {language}:\n" + "\n".join(
        map(str, wrong))


@pytest.mark.parametrize("language", LANGUAGES)
def test_leading_and_trailing_spaces_match(language: str) -> None:
    wrong = []
    for message in _messages(language):
        source = _sources(message)[0]
        for translation in filter(None, _translations(message)):
            if (source[:1].isspace(), source[-1:].isspace()) != (
                    translation[:1].isspace(), translation[-1:].isspace()):
                wrong.append((message.id, translation))
    assert not wrong, f"leading/trailing spaces differ in {language}: {wrong}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_matches_the_template(language: str) -> None:
    template, catalog = _ids(_read(TEMPLATE)), _ids(_catalogue(language))
    assert not template - catalog, f"missing from {language} (run make extract): " \
                                   f"{sorted(map(str, template - catalog))}"
    assert not catalog - template, f"in {language} but not in the template: " \
                                   f"{sorted(map(str, catalog - template))}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_compiles_and_translates_plurals(language: str) -> None:
    """Compiled in memory as ``make catalogs`` would, it answers gettext and ngettext."""
    catalog = _catalogue(language)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    compiled = gettext.GNUTranslations(buffer)
    message = next(m for m in catalog if m.id and isinstance(m.id, str) and m.string != m.id)
    assert compiled.gettext(message.id) == message.string
    plural = next(m for m in catalog if m.id and not isinstance(m.id, str))
    forms = _translations(plural)
    assert compiled.ngettext(plural.id[0], plural.id[1], 1) == forms[0]
    assert compiled.ngettext(plural.id[0], plural.id[1], 5) == forms[-1]


# -- in step with the code ----------------------------------------------------------------------
def _extract_options() -> tuple[dict[str, object], list[str]]:
    """The keywords and folders of the Makefile's `pybabel extract`, so both stay the same."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8").replace("\\\n", " ")
    line = next(line for line in makefile.splitlines() if "pybabel extract" in line)
    words = shlex.split(line)
    keywords = [words[i + 1] for i, word in enumerate(words) if word == "-k"]
    assert {"_", "N_", "ngettext:1,2"} <= set(keywords), keywords
    folders = [w for w in words[words.index("-o") + 2:] if (ROOT / w).is_dir()]
    assert folders, line
    return parse_keywords(keywords), folders


def _code_messages() -> dict[str | tuple[str, ...], str]:
    """Every message the code marks, with one place it comes from."""
    keywords, folders = _extract_options()
    with (ROOT / "resources" / "babel.cfg").open(encoding="utf-8") as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    found: dict[str | tuple[str, ...], str] = {}
    for folder in folders:
        for filename, lineno, message, _comments, _context in extract_from_dir(
                ROOT / folder, method_map, options_map, keywords=keywords):
            key = message if isinstance(message, str) else tuple(message)
            found.setdefault(key, f"{folder}/{filename}:{lineno}")
    return found


def test_template_has_every_string_in_the_code() -> None:
    template = _ids(_read(TEMPLATE))
    missing = {k: v for k, v in _code_messages().items() if k not in template}
    assert not missing, "Strings in the code but not in resources/locale/prewire.pot " \
                        "(run `make extract`, then translate them):\n" + "\n".join(
                            f"{where}: {key!r}" for key, where in sorted(
                                missing.items(), key=lambda kv: kv[1]))


def test_template_has_no_string_the_code_dropped() -> None:
    stale = _ids(_read(TEMPLATE)) - set(_code_messages())
    assert not stale, "Strings in prewire.pot that the code no longer has " \
                      f"(run `make extract`): {sorted(map(str, stale))}"
