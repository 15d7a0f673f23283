"""No user-facing text escapes translation: an AST check over app/ and ui/.

A string literal with letters in it is user-facing when it is handed to a Qt text
setter or widget constructor, raised in one of the errors whose message the user
reads, printed by the command line, or passed to a translation function the
extractor does not know (so it is translated at run time but never reaches the
catalogues). Such literals must go through ``_``, ``N_`` or ``ngettext``.

Not flagged: empty strings, strings without letters (``"—"``, ``"{score}%"``),
f-strings made only of placeholders, logging calls, object names, property names,
icon names and settings keys (none of these go through the setters listed here).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("app", "ui")

#: the functions that mark text for the catalogues (as in the Makefile's `-k`)
MARKERS = frozenset({"_", "N_", "ngettext"})

#: methods that show their text arguments to the user
TEXT_METHODS = frozenset({
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
    "setAccessibleName", "setAccessibleDescription", "setWhatsThis", "setTitle",
    "setLabelText", "setInformativeText", "setDetailedText", "setSpecialValueText",
    "setSuffix", "setPrefix", "setHeaderLabel", "setHeaderLabels",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setTabText", "setTabToolTip",
    "setItemText", "setCancelButtonText", "setButtonText", "setWindowIconText",
    "addTab", "insertTab", "addMenu", "addAction", "addButton", "addRow", "addSection",
    "addItem", "addItems", "insertItem", "insertItems", "showMessage",
    "getText", "getItem", "getInt", "getOpenFileName", "getSaveFileName",
    "getExistingDirectory", "getOpenFileNames",
})
#: methods whose *first* string argument only is text (the next ones are data or keys)
FIRST_TEXT_ONLY = frozenset({"addItem", "insertItem"})
#: QMessageBox's static helpers share their names with logging's: only these receivers count
MESSAGE_BOX_METHODS = frozenset({"warning", "critical", "information", "question", "about"})
MESSAGE_BOX_RECEIVERS = frozenset({"QMessageBox", "QtWidgets.QMessageBox"})
#: constructors whose text arguments the user reads
TEXT_CONSTRUCTORS = frozenset({
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox",
    "QAction", "QMenu", "QDockWidget", "QMessageBox", "QProgressDialog", "QCommandLinkButton",
    "QListWidgetItem", "QTreeWidgetItem", "QTableWidgetItem", "QStandardItem", "QWizardPage",
    "QInputDialog", "QFileDialog", "QErrorMessage", "Column",
})
#: keyword arguments that carry text (Qt constructors accept properties as keywords)
TEXT_KEYWORDS = frozenset({
    "text", "title", "windowTitle", "toolTip", "placeholderText", "statusTip",
    "accessibleName", "accessibleDescription", "whatsThis", "labelText", "caption", "filter",
})
#: translation functions called at run time under names the extractor does not know
RUNTIME_TRANSLATORS = frozenset({"t", "tr", "gettext", "ngettext", "pgettext"})
#: argparse text in the command line
CLI_KEYWORDS = frozenset({"help", "description", "epilog", "usage", "metavar_text"})

ERROR_MODULES = (
    "app/services/errors.py",
    "app/storage/errors.py",
    "app/services/packages/*.py",
)

# (file, literal) -> why the literal may stay as it is. Keep this short.
ALLOWED: dict[tuple[str, str], str] = {
    ("app/cli/common.py", "f'prewire: {line}'"): "the program's name before an error, as "
                                                  "every command-line tool writes it; the line "
                                                  "is translated",
}

LETTERS = re.compile(r"[^\W\d_]")
MARKUP = re.compile(r"<[^<>]*>|&\w+;")


@dataclass(frozen=True)
class Violation:
    path: str
    line: int
    literal: str
    why: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.literal!r} ({self.why})"


def _has_letters(text: str) -> bool:
    """Letters outside HTML tags and entities (``<b>``, ``&nbsp;`` say nothing to the user)."""
    return bool(LETTERS.search(MARKUP.sub("", text)))


def _name(func: ast.expr) -> str:
    """``f`` for ``f(...)``, ``obj.f`` → ``f``."""
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        inner = _dotted(node.value)
        return f"{inner}.{node.attr}" if inner else ""
    return ""


def _literal(node: ast.expr) -> str | None:
    """The text of an untranslated, user-facing literal in ``node``, if it holds one."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _has_letters(node.value) else None
    if isinstance(node, ast.JoinedStr):
        fixed = "".join(v.value for v in node.values
                        if isinstance(v, ast.Constant) and isinstance(v.value, str))
        return ast.unparse(node) if _has_letters(fixed) else None
    if isinstance(node, ast.BinOp):            # "a" + b, "a %s" % b
        return _literal(node.left) or (
            _literal(node.right) if isinstance(node.op, ast.Add) else None)
    if isinstance(node, ast.IfExp):
        return _literal(node.body) or _literal(node.orelse)
    if isinstance(node, ast.BoolOp):
        for value in node.values:
            found = _literal(value)
            if found:
                return found
        return None
    if isinstance(node, ast.Call):
        func = node.func
        # "text {x}".format(...) and "; ".join(...): look at the string they start from
        if isinstance(func, ast.Attribute) and func.attr == "format":
            return _literal(func.value)
        return None
    if isinstance(node, ast.Lambda):           # Column(lambda: "Title", ...)
        return _literal(node.body)
    if isinstance(node, (ast.List, ast.Tuple)):
        for element in node.elts:
            found = _literal(element)
            if found:
                return found
    return None


def _is_icon(node: ast.expr) -> bool:
    return "icon" in ast.unparse(node).lower()


def _error_classes() -> set[str]:
    """Names of the errors whose message the user reads, and of their subclasses in app/."""
    names: set[str] = set()
    for pattern in ERROR_MODULES:
        for path in ROOT.glob(pattern):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            names |= {n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef)}
    grew = True
    while grew:
        grew = False
        for path in (ROOT / "app").rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if (isinstance(node, ast.ClassDef) and node.name not in names
                        and any(_name(b) in names for b in node.bases)):
                    names.add(node.name)
                    grew = True
    return names


def _check_call(node: ast.Call, rel: str, errors: set[str], raised: bool) -> Iterator[Violation]:
    name = _name(node.func)
    if name in MARKERS:
        return
    receiver = _dotted(node.func.value) if isinstance(node.func, ast.Attribute) else ""

    def flag(args: list[ast.expr], why: str, first_only: bool = False) -> Iterator[Violation]:
        if first_only:          # addItem(text, data) or addItem(icon, text, data)
            args = args[1:2] if args and _is_icon(args[0]) else args[:1]
        for arg in args:
            found = _literal(arg)
            if found:
                yield Violation(rel, arg.lineno, found, why)

    if name in TEXT_METHODS and isinstance(node.func, ast.Attribute):
        yield from flag(list(node.args), f"shown by {name}()", name in FIRST_TEXT_ONLY)
    elif name in MESSAGE_BOX_METHODS and receiver in MESSAGE_BOX_RECEIVERS:
        yield from flag(list(node.args), f"shown by QMessageBox.{name}()")
    elif name in TEXT_CONSTRUCTORS:
        yield from flag(list(node.args), f"shown by {name}()")
    elif name in RUNTIME_TRANSLATORS and node.args:
        yield from flag(node.args[:1], f"translated by {name}() but never extracted: "
                                       "mark it with _() or N_()")
    elif raised and name in errors:
        yield from flag(list(node.args), f"message of {name}")
    elif rel.startswith("app/cli/") and name == "print":
        yield from flag(list(node.args), "printed by the command line")
    elif (rel.startswith("app/cli/") and name in ("error", "exit")
          and receiver in ("parser", "sys")):
        yield from flag(list(node.args), f"shown by {receiver}.{name}()")
    if name in TEXT_CONSTRUCTORS or name in TEXT_METHODS:
        yield from flag([k.value for k in node.keywords if k.arg in TEXT_KEYWORDS],
                        f"keyword text of {name}()")
    if rel.startswith("app/cli/"):
        yield from flag([k.value for k in node.keywords if k.arg in CLI_KEYWORDS],
                        "command-line help")


def _check_data_method(func: ast.FunctionDef, rel: str) -> Iterator[Violation]:
    """A model's ``data``/``headerData`` must not return English directly."""
    for node in ast.walk(func):
        if isinstance(node, ast.Return) and node.value is not None:
            found = _literal(node.value)
            if found:
                yield Violation(rel, node.lineno, found, f"returned by {func.name}()")


def _hidden_in_f_strings(tree: ast.AST, rel: str) -> Iterator[Violation]:
    """``f"{_('Ask them:')}"``: the extractor does not look inside f-strings (Python < 3.12)."""
    for joined in ast.walk(tree):
        if isinstance(joined, ast.JoinedStr):
            for node in ast.walk(joined):
                if (isinstance(node, ast.Call) and _name(node.func) in MARKERS and node.args
                        and isinstance(node.args[0], ast.Constant)):
                    yield Violation(rel, node.lineno, str(node.args[0].value),
                                    "marked inside an f-string, so never extracted: "
                                    "translate it before the f-string")


def violations() -> list[Violation]:
    errors = _error_classes()
    found: list[Violation] = []
    for top in SOURCES:
        for path in sorted((ROOT / top).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if "/migrations/" in rel:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
            raised = {id(n.exc) for n in ast.walk(tree)
                      if isinstance(n, ast.Raise) and n.exc is not None}
            found += _hidden_in_f_strings(tree, rel)
            for node in ast.walk(tree):
                if isinstance(node, ast.Call):
                    found += _check_call(node, rel, errors, id(node) in raised)
                elif (isinstance(node, ast.FunctionDef)
                      and node.name in ("data", "headerData") and top == "ui"):
                    found += _check_data_method(node, rel)
    unique = {(v.path, v.line, v.literal): v for v in found}
    return [v for v in unique.values() if (v.path, v.literal) not in ALLOWED]


def test_every_user_facing_literal_is_translated() -> None:
    found = violations()
    assert not found, ("User-facing text that does not go through _(), N_() or ngettext():\n"
                       + "\n".join(str(v) for v in sorted(found, key=lambda v: (v.path, v.line))))


def test_allow_list_is_still_needed() -> None:
    """An entry nobody needs any more is removed, so the list stays short."""
    errors = _error_classes()
    seen: set[tuple[str, str]] = set()
    for top in SOURCES:
        for path in (ROOT / top).rglob("*.py"):
            rel = path.relative_to(ROOT).as_posix()
            tree = ast.parse(path.read_text(encoding="utf-8"))
            raised = {id(n.exc) for n in ast.walk(tree)
                      if isinstance(n, ast.Raise) and n.exc is not None}
            for node in ast.walk(tree):
                if isinstance(node, ast.Call):
                    seen |= {(v.path, v.literal)
                             for v in _check_call(node, rel, errors, id(node) in raised)}
    assert not set(ALLOWED) - seen, f"unused allow-list entries: {set(ALLOWED) - seen}"


def test_the_check_finds_what_it_should() -> None:
    """The checker itself: a sample with one of each kind of mistake, and the allowed forms."""
    sample = '''
label = QLabel("Hello there")
button.setToolTip(f"Delete {name} now")
box.setWindowTitle(_("Fine"))
combo.addItem(_("English"), "en")
combo.addItem("Spanish", "es")
logger.warning("not %s shown", x)
QMessageBox.warning(self, "Oops", _("Fine"))
widget.setObjectName("overviewPage")
badge.setText(f"{score}%")
label.setText("—")
raise NotFound("no such row")
tr("Not extracted")
'''
    tree = ast.parse(sample + 'label.setText(f"<b>{_(\'Hidden\')}</b>")\nlabel.setText("<br>")\n')
    raised = {id(n.exc) for n in ast.walk(tree) if isinstance(n, ast.Raise) and n.exc}
    got = [v.literal for n in ast.walk(tree) if isinstance(n, ast.Call)
           for v in _check_call(n, "x.py", {"NotFound"}, id(n) in raised)]
    got += [v.literal for v in _hidden_in_f_strings(tree, "x.py")]
    assert sorted(got) == sorted(["Hello there", "f'Delete {name} now'", "Spanish", "Oops",
                                  "no such row", "Not extracted", "Hidden"])
