"""The fonts of the briefing pack: a Latin TrueType face and a CJK one, embedded as subsets.

Looked for, first found wins (file names are matched case-insensitively, in
the usual font folders of Windows, macOS and Linux, sub-folders included):

* Latin: DejaVu Sans, Liberation Sans, Noto Sans, Arial, Segoe UI (regular
  and bold); failing all, the Bitstream Vera faces that ship inside ReportLab,
  so Latin text is always embedded.
* CJK: TrueType outlines only (ReportLab cannot embed CFF-based OpenType such
  as the Noto Sans CJK / Source Han Sans collections Linux ships; they are
  tried and skipped): Microsoft YaHei with its bold (Windows), then
  single-weight faces: WenQuanYi Micro Hei / Zen Hei (Linux), SimHei, SimSun, STHeiti, Arial
  Unicode. Failing all, the built-in CID font STSong-Light, which is *not*
  embedded: the reader's own fonts then draw the Chinese text
  (:attr:`FontSet.cjk_embedded` says so).
* CJK bold: the family's bold face when it has one; else the regular face
  under a second name, which the canvas draws filled and stroked (synthetic
  bold, :attr:`FontSet.cjk_synthetic_bold`), so a Chinese heading is as heavy
  as the Latin words in it. The alias shares the regular face's embedded
  subset: the file carries the glyphs once.

After the system's folders comes ``resources/fonts``, where the Linux bundle
carries WenQuanYi Micro Hei: many distributions ship only CFF-based CJK faces.

Every candidate is loaded once to prove ReportLab can use it.
"""

from __future__ import annotations

import copy
import logging
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import reportlab
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resources_dir

logger = logging.getLogger(__name__)

CID_FALLBACK = "STSong-Light"
#: a character every usable CJK font must draw
_CJK_PROBE = ord("中")

LATIN_CANDIDATES: tuple[tuple[str, str], ...] = (
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ("arial.ttf", "arialbd.ttf"),
    ("Arial.ttf", "Arial Bold.ttf"),
    ("segoeui.ttf", "segoeuib.ttf"),
)
#: a face: (file name, index of the face inside a .ttc collection)
Face = tuple[str, int]
#: (regular face, bold face or None), families with a real bold first
CJK_CANDIDATES: tuple[tuple[Face, Face | None], ...] = (
    (("NotoSansCJK-Regular.ttc", 2), ("NotoSansCJK-Bold.ttc", 2)),  # SC; CFF today: skipped
    (("SourceHanSansSC-Regular.otf", 0), ("SourceHanSansSC-Bold.otf", 0)),
    (("msyh.ttc", 0), ("msyhbd.ttc", 0)),
    (("msyh.ttf", 0), ("msyhbd.ttf", 0)),
    (("wqy-microhei.ttc", 0), None),
    (("wqy-zenhei.ttc", 0), None),
    (("simhei.ttf", 0), None),
    (("simsun.ttc", 0), None),
    (("STHeiti Medium.ttc", 0), None),
    (("Arial Unicode.ttf", 0), None),
    (("arialuni.ttf", 0), None),
)
#: the suffix of the synthetic-bold alias of a CJK face
SYNTHETIC_BOLD = "-SyntheticBold"
BUNDLED_DIR = Path(reportlab.__file__).parent / "fonts"


def system_font_dirs() -> list[Path]:
    """The folders where the operating system keeps fonts."""
    home = Path.home()
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", str(home / "AppData" / "Local")))
        return [windir / "Fonts", local / "Microsoft" / "Windows" / "Fonts"]
    if sys.platform == "darwin":
        return [Path("/System/Library/Fonts"), Path("/System/Library/Fonts/Supplemental"),
                Path("/Library/Fonts"), home / "Library" / "Fonts"]
    return [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"),
            home / ".local" / "share" / "fonts", home / ".fonts"]


@dataclass(frozen=True)
class FontSet:
    """The registered font names and what each can draw."""

    regular: str
    bold: str
    cjk: str
    #: the CJK bold face, or the synthetic-bold alias of :attr:`cjk`
    cjk_bold: str
    #: False when the CID fallback is used: Chinese text relies on the reader's fonts
    cjk_embedded: bool
    #: code points the Latin face has glyphs for
    latin_chars: frozenset[int]
    #: code points the CJK face has glyphs for; None for the CID fallback
    cjk_chars: frozenset[int] | None
    latin_file: str
    cjk_file: str | None

    @property
    def cjk_synthetic_bold(self) -> bool:
        """Whether Chinese bold is drawn by stroking the regular face."""
        return self.cjk_bold.endswith(SYNTHETIC_BOLD)

    def describe(self) -> str:
        """One line for the log and for the user: which fonts the PDF carries."""
        cjk = self.cjk_file or f"{self.cjk} (not embedded)"
        return f"{self.latin_file}; {cjk}"


def _index(dirs: Iterable[Path]) -> dict[str, Path]:
    """Font files by lower-case name, first folder first."""
    found: dict[str, Path] = {}
    for folder in dirs:
        if not folder.is_dir():
            continue
        for root, _dirs, files in os.walk(folder):
            for name in files:
                found.setdefault(name.lower(), Path(root) / name)
    return found


def _load(name: str, path: Path, index: int = 0) -> TTFont | None:
    """The TrueType font if ReportLab can embed it, else None."""
    if name in pdfmetrics.getRegisteredFontNames():
        font: TTFont = pdfmetrics.getFont(name)
        return font
    try:
        font = TTFont(name, str(path), subfontIndex=index)
    except Exception as error:  # a broken or CFF-based file: any parser error means "skip it"
        logger.info("font %s not usable: %s", path, error)
        return None
    pdfmetrics.registerFont(font)
    return font


def _family(name: str, bold: str) -> None:
    # <b> inside a paragraph needs the family mapping, also for the CJK face
    for is_bold in (0, 1):
        for italic in (0, 1):
            addMapping(name, is_bold, italic, bold if is_bold else name)


def _font_name(path: Path, index: int) -> str:
    return f"Prewire-{path.stem.replace(' ', '')}-{index}"


def _latin(found: dict[str, Path]) -> tuple[TTFont, TTFont, Path]:
    bundled = (BUNDLED_DIR / "Vera.ttf", BUNDLED_DIR / "VeraBd.ttf")
    candidates = [(found.get(r.lower()), found.get(b.lower())) for r, b in LATIN_CANDIDATES]
    for regular_path, bold_path in [*candidates, bundled]:
        if regular_path is None:
            continue
        regular = _load(_font_name(regular_path, 0), regular_path)
        if regular is None:
            continue
        bold = None if bold_path is None else _load(_font_name(bold_path, 0), bold_path)
        return regular, bold or regular, regular_path
    raise RuntimeError("ReportLab's bundled Vera fonts are missing")  # a broken install


def _face(found: dict[str, Path], face: Face) -> tuple[TTFont, Path] | None:
    path = found.get(face[0].lower())
    if path is None:
        return None
    font = _load(_font_name(path, face[1]), path, face[1])
    if font is None or _CJK_PROBE not in font.face.charToGlyph:
        return None
    return font, path


def synthetic_bold(font: TTFont) -> str:
    """Register (once) a second name for ``font`` that the canvas draws stroked.

    A shallow copy shares the face and the per-document subset state, so the
    two names write one embedded font.
    """
    name = f"{font.fontName}{SYNTHETIC_BOLD}"
    if name not in pdfmetrics.getRegisteredFontNames():
        alias = copy.copy(font)
        alias.fontName = name
        pdfmetrics.registerFont(alias)
    return name


def _cjk(found: dict[str, Path]) -> tuple[TTFont, str, Path] | None:
    for regular_face, bold_face in CJK_CANDIDATES:
        regular = _face(found, regular_face)
        if regular is None:
            continue
        bold = None if bold_face is None else _face(found, bold_face)
        font, path = regular
        return font, bold[0].fontName if bold else synthetic_bold(font), path
    return None


def discover(search_dirs: Sequence[Path] | None = None) -> FontSet:
    """Find, check and register the fonts (``search_dirs`` replaces the system folders)."""
    default_dirs = [*system_font_dirs(), resources_dir() / "fonts"]
    found = _index(default_dirs if search_dirs is None else search_dirs)
    regular, bold, latin_path = _latin(found)
    _family(regular.fontName, bold.fontName)
    cjk = _cjk(found)
    if cjk is None:
        if CID_FALLBACK not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
        _family(CID_FALLBACK, CID_FALLBACK)
        logger.warning("no embeddable CJK font found; using %s, not embedded", CID_FALLBACK)
        return FontSet(regular.fontName, bold.fontName, CID_FALLBACK, CID_FALLBACK, False,
                       frozenset(regular.face.charToGlyph), None, latin_path.name, None)
    cjk_font, cjk_bold, cjk_path = cjk
    _family(cjk_font.fontName, cjk_bold)
    return FontSet(regular.fontName, bold.fontName, cjk_font.fontName, cjk_bold, True,
                   frozenset(regular.face.charToGlyph), frozenset(cjk_font.face.charToGlyph),
                   latin_path.name, cjk_path.name)


@cache
def default_fonts() -> FontSet:
    """The system's fonts, found once per process."""
    fonts = discover()
    logger.info("briefing fonts: %s", fonts.describe())
    return fonts
