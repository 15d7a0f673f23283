"""Screenshots of the window on the demo meetings, for the README and for looking at.

    .venv/bin/python tools/screenshots.py --lang es --out docs/screenshots

Runs offscreen on a throw-away workspace: the demo meeting of the chosen
language is opened at 1280x800 and every step is grabbed to ``<out>/<step>[-<lang>].png``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from app import paths
from app.i18n import LANGUAGES, set_language
from app.services import demo, meetings
from app.storage import open_workspace


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=LANGUAGES, default="en")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--steps", default="", help="comma-separated step keys (default: all)")
    args = parser.parse_args()
    set_language(args.lang)
    app = QApplication(sys.argv)
    from ui.app import load_qt_translations
    from ui.fonts import apply_interface_font
    from ui.main_window import MainWindow

    load_qt_translations(app, args.lang)
    apply_interface_font(app)
    with tempfile.TemporaryDirectory() as folder:
        # the window's remembered geometry and docks stay out of it, and it out of them
        paths.redirect(Path(folder))
        workspace = open_workspace(Path(folder) / "shots.prewire")
        demo.load_demo(workspace)
        chosen = next(m for m in meetings.list_summaries(workspace)
                      if meetings.get_meeting(workspace, m.id or 0).language.value == args.lang)
        window = MainWindow(workspace)
        window.resize(1280, 800)
        window.show()
        window.show_meeting(chosen.id)
        wanted = [s for s in args.steps.split(",") if s]
        suffix = "" if args.lang == "en" else f"-{args.lang}"
        args.out.mkdir(parents=True, exist_ok=True)
        for page in window.pages:
            if wanted and page.step not in wanted:
                continue
            window.navigate(page.step)
            app.processEvents()
            target = args.out / f"{page.step}{suffix}.png"
            window.grab().save(str(target))
            print(target)
        window.close()
        workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
