"""Screenshots of the window on the demo meetings, for the README and for looking at.

    .venv/bin/python tools/screenshots.py --lang es --out docs/screenshots
    .venv/bin/python tools/screenshots.py --lang zh_CN --size 1024x700 --out /tmp/shots

Runs offscreen on a throw-away workspace (and settings): the demo meeting of
the chosen language is opened at each size (default 1280x800) and every step
is grabbed to ``<out>/<step>[-<lang>][-<size>].png`` (no size in the name for
1280x800, the README's). ``PREWIRE_TRANS_SCALE=1.3`` stretches every string,
to see which layouts break in a longer language.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app import paths
from app.i18n import LANGUAGES, set_language
from app.services import demo, meetings
from app.storage import open_workspace

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

README_SIZE = (1280, 800)


def _size(text: str) -> tuple[int, int]:
    width, _x, height = text.lower().partition("x")
    try:
        return int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text}: expected WIDTHxHEIGHT, such as 1024x700") from None


def dark_palette() -> QPalette:
    """A dark scheme such as a desktop in dark mode gives (Fusion derives the shades)."""
    palette = QPalette(QColor("#3c3f41"), QColor("#2b2d30"))   # button, window: the rest derived
    for role, colour in ((QPalette.ColorRole.WindowText, "#dfe1e5"),
                         (QPalette.ColorRole.Text, "#dfe1e5"),
                         (QPalette.ColorRole.ButtonText, "#dfe1e5"),
                         (QPalette.ColorRole.Base, "#1e1f22"),
                         (QPalette.ColorRole.AlternateBase, "#26282b")):
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2f65ca"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8c8f94"))
    return palette


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=LANGUAGES, default="en")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--steps", default="", help="comma-separated step keys (default: all)")
    parser.add_argument("--dark", action="store_true",
                        help="under a dark palette (nothing may keep a light colour)")
    parser.add_argument("--views", action="store_true",
                        help="also the search, the open actions and a department's history")
    parser.add_argument("--size", action="append", type=_size, default=[],
                        help="window size WIDTHxHEIGHT, repeatable (default: 1280x800)")
    args = parser.parse_args()
    set_language(args.lang)
    app = QApplication(sys.argv)
    from ui.app import load_qt_translations
    from ui.fonts import apply_interface_font
    from ui.steps.registry import STEPS
    from ui.window.main_window import MainWindow

    load_qt_translations(app, args.lang)
    apply_interface_font(app)
    if args.dark:
        app.setPalette(dark_palette())
    with tempfile.TemporaryDirectory() as folder:
        # the window's remembered geometry and docks stay out of it, and it out of them
        paths.redirect(Path(folder))
        workspace = open_workspace(Path(folder) / "shots.prewire")
        demo.load_demo(workspace)
        chosen = next(m for m in meetings.list_summaries(workspace)
                      if meetings.get_meeting(workspace, m.id or 0).language.value == args.lang)
        window = MainWindow(workspace)
        window.show()
        window.show_meeting(chosen.id)
        wanted = [s for s in args.steps.split(",") if s]
        language = "" if args.lang == "en" else f"-{args.lang}"
        args.out.mkdir(parents=True, exist_ok=True)
        for width, height in args.size or [README_SIZE]:
            window.resize(width, height)
            size = "" if (width, height) == README_SIZE else f"-{width}x{height}"
            for step in STEPS:
                if wanted and step.key not in wanted:
                    continue
                window.navigate(step.key)
                page = window.page(step.key)
                show_meeting_part(page)
                app.processEvents()
                target = args.out / f"{page.step}{language}{size}.png"
                window.grab().save(str(target))
                print(target)
        if args.views:
            window.resize(*README_SIZE)
            for target in views(app, window, args.out, language):
                print(target)
        window.close()
        workspace.close()
    return 0


def show_meeting_part(page: object) -> None:
    """On the Departments step, the selected department's part in the meeting: where it
    stands, must get to, decides, and the plan (the shared profile is one tab away)."""
    from ui.steps.departments_page import DepartmentsPage

    if isinstance(page, DepartmentsPage):
        page.tabs.setCurrentWidget(page.part)


#: a word to search for in each language's demo meeting
SEARCHED = {"en": "data", "es": "planta", "zh_CN": "上市"}


def views(app: QApplication, window: MainWindow, out: Path, language: str) -> list[Path]:
    """The views across the workspace: search, the open actions, a department's history."""
    from ui.steps.departments_page import DepartmentsPage

    shots = []
    dialog = window.finder.show_search()
    dialog.field.setText(SEARCHED[language.lstrip("-") or "en"])
    dialog.run_search()
    app.processEvents()
    shots.append(out / f"search{language}.png")
    dialog.grab().save(str(shots[-1]))
    dialog.reject()
    listing = window.finder.show_open_items()
    app.processEvents()
    shots.append(out / f"open_items{language}.png")
    listing.grab().save(str(shots[-1]))
    listing.close()
    window.navigate("departments")
    page = window.current_page()
    assert isinstance(page, DepartmentsPage)
    page.tabs.setCurrentWidget(page.history)
    app.processEvents()
    shots.append(out / f"history{language}.png")
    window.grab().save(str(shots[-1]))
    return shots


if __name__ == "__main__":
    sys.exit(main())
