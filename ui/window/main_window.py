"""The main window: meetings on the left, the steps in the middle, guidance on the right."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent, QUndoGroup
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.i18n import _
from app.storage import Workspace
from app.views.changes import Changes
from app.views.meeting import MeetingGone
from ui import dialogs, settings
from ui.context import AppContext
from ui.forms import EditGuard
from ui.guidance_dock import GuidanceDock, method_text
from ui.icons import icon
from ui.meeting_list import MeetingList
from ui.plain import PlainToolTips, plain_label
from ui.preferences_dialog import PreferencesDialog
from ui.steps.base import StepPage
from ui.steps.registry import STEPS, Step
from ui.widgets.compact_tabs import make_compact
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.steady_tabs import SteadyTabWidget
from ui.window.document_exports import DocumentExports
from ui.window.parts import WindowParts
from ui.window.shortcuts_dialog import ShortcutsDialog
from ui.window.workspace_actions import WorkspaceActions
from ui.window.workspace_views import WorkspaceViews

logger = logging.getLogger(__name__)

#: the most of the window's width the guidance and the meeting list keep as it narrows
GUIDANCE_SHARE = 0.2
LIST_SHARE = 0.18


class MainWindow(QMainWindow):
    """One workspace at a time; the pages follow the meeting chosen in the list."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.meeting_id: int | None = None
        #: the step pages built so far, by step key: each is built on its first visit
        self._built: dict[str, StepPage] = {}
        self._stale: set[StepPage] = set()
        # on closing, the window closes only workspaces it opened itself (File ▸ Open); the
        # one it was given belongs to its caller (switching away closes it all the same)
        self._owns_workspace = False
        self.undo_group = QUndoGroup(self)
        EditGuard(self).install()  # what is being typed is saved before any action acts
        PlainToolTips(self).install()  # tooltips show names and notes as typed, never markup
        self.guidance = GuidanceDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.guidance)
        #: the guidance's width as the user left it (it gives way in a narrow window)
        self._guidance_width = self.fontMetrics().horizontalAdvance("m" * 32)
        self._fitting_guidance = False
        self.guidance.installEventFilter(self)
        parts = WindowParts(
            parent=self, context=lambda: self.context, meeting_id=lambda: self.meeting_id,
            flush=self.flush_edits,
            status=lambda text, msecs: self.statusBar().showMessage(text, msecs),
            show_meeting=self.show_meeting, switch_workspace=self.switch_workspace,
            replace_workspace=self.replace_workspace)
        self.files = WorkspaceActions(parts)
        self.documents = DocumentExports(parts)
        self.finder = WorkspaceViews(parts, self.open_row)
        self.addToolBar(self.documents.toolbar(self))
        self._build_status_bar()
        # after an edit, the readiness sentence waits for a pause: it reads the whole meeting
        # (the Overview, when shown, has read it already), and an edit is shown at once
        self._status_later = QTimer(self)
        self._status_later.setSingleShot(True)
        self._status_later.setInterval(300)
        self._status_later.timeout.connect(self._update_status)
        # the meeting and step shown are remembered once the user settles (and on closing):
        # writing the settings file on every switch took 5-10 ms of each
        self._remember_later = QTimer(self)
        self._remember_later.setSingleShot(True)
        self._remember_later.setInterval(2000)
        self._remember_later.timeout.connect(self._remember)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.resize(1280, 800)
        self.previous_step = self._action("previous_step", _("&Previous step"), "back",
                                          lambda: self.go_step(-1), "Ctrl+PgUp")
        self.next_step = self._action("next_step", _("Ne&xt step"), "next",
                                      lambda: self.go_step(1), "Ctrl+PgDown")
        self.meeting_menu = self.menuBar().addMenu(_("&Meeting"))
        self._open(workspace)
        self._build_menus()
        geometry, state = settings.window_geometry(), settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    # -- building --------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        self.saved_label = plain_label(parent=self)
        self.saved_label.setObjectName("saved_label")
        # the readiness and the path share what is left, each shortened with "…" (the whole
        # text in its tooltip) rather than one running into the other
        self.readiness_label = ElidedLabel(self)
        self.readiness_label.setObjectName("readiness_label")
        self.path_label = ElidedLabel(self, mode=Qt.TextElideMode.ElideMiddle)
        self.path_label.setObjectName("workspace_label")
        self.path_label.setMaximumWidth(self.fontMetrics().horizontalAdvance("m" * 40))
        self.path_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("m" * 12))
        # the readiness gives way first; the path keeps at least its minimum
        self.path_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.statusBar().addWidget(self.saved_label)
        self.statusBar().addWidget(self.readiness_label, 1)
        self.statusBar().addPermanentWidget(self.path_label)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(_("&File"))
        self.files.fill_menu(file_menu)
        self.documents.fill_menu(file_menu, before=self.files.quit)
        edit = bar.addMenu(_("&Edit"))
        undo = self.undo_group.createUndoAction(self, _("&Undo"))
        undo.setObjectName("undo")
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self, _("&Redo"))
        redo.setObjectName("redo")
        redo.setShortcuts(QKeySequence.StandardKey.Redo)  # Ctrl+Y and Ctrl+Shift+Z
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        preferences = self._action("preferences", _("&Preferences…"), None,
                                   self.show_preferences)
        preferences.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit.addAction(preferences)
        bar.addMenu(self.meeting_menu)  # already filled by _open; moved after Edit
        view = bar.addMenu(_("&View"))
        toggle = self.guidance.toggleViewAction()
        toggle.setText(_("&Guidance panel"))
        toggle.setIcon(icon("guidance"))
        toggle.setShortcut(QKeySequence(Qt.Key.Key_F1))
        view.addAction(toggle)
        self.finder.fill_menus(edit, view)
        help_menu = bar.addMenu(_("&Help"))
        help_menu.addAction(self._action("method", _("The &method"), None, self.show_method))
        help_menu.addAction(self._action("shortcuts", _("&Keyboard shortcuts"), None,
                                         self.show_shortcuts))
        help_menu.addAction(self._action("about", _("&About Prewire"), None, self.show_about))

    def _action(self, name: str, text: str, icon_name: str | None, slot: object,
                keys: str | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if icon_name:
            action.setIcon(icon(icon_name))
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        return action

    def _fill_meeting_menu(self) -> None:
        menu = self.meeting_menu
        menu.clear()
        for action in (self.meeting_list.new_action, self.meeting_list.duplicate_action,
                       self.meeting_list.rename_action, self.meeting_list.delete_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.previous_step)
        menu.addAction(self.next_step)
        menu.addSeparator()
        self.finder.fill_meeting_menu(menu)

    def _open(self, workspace: Workspace) -> None:
        """Show ``workspace``: a new context, meeting list and pages."""
        self.context = AppContext(workspace, self)
        self.undo_group.addStack(self.context.undo_stack)
        self.undo_group.setActiveStack(self.context.undo_stack)
        self.context.changed.connect(self._data_changed)
        self.context.meeting_selected.connect(lambda m: self.show_meeting(m or None))
        self.context.navigate.connect(self.navigate)

        self.meeting_list = MeetingList(self.context, self)
        self.meeting_list.meeting_chosen.connect(lambda m: self._meeting_chosen(m or None))
        self.meeting_list.meeting_created.connect(lambda m: self.navigate("goals", "meeting", m))
        self.steps = SteadyTabWidget(self)  # an edit's new count repaints no whole page
        self.steps.setObjectName("steps")
        make_compact(self.steps.tabBar())
        # each tab holds an empty frame until the page is first shown (or asked for): the
        # window is there before the six other pages are built and their modules loaded
        self._built = {}
        self._stale = set()
        number = 0
        for step in STEPS:
            frame = QWidget(self.steps)
            frame.setObjectName(f"{step.key}_tab")
            QVBoxLayout(frame).setContentsMargins(0, 0, 0, 0)
            if step.key == "overview":  # the dashboard stands before the numbered steps
                self.steps.addTab(frame, step.title())
            else:
                number += 1
                self.steps.addTab(frame, _("{number} {title}").format(number=number,
                                                                      title=step.title()))
        self.back_button = QPushButton(icon("back"), _("Back"), self)
        self.back_button.setObjectName("step_back")
        self.back_button.clicked.connect(lambda: self.go_step(-1))
        self.next_button = QPushButton(icon("next"), _("Next"), self)
        self.next_button.setObjectName("step_next")
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.next_button.clicked.connect(lambda: self.go_step(1))
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("step_stack")
        self.stack.addWidget(self._empty_page())
        self.stack.addWidget(self._steps_area())

        for index in reversed(range(self.splitter.count())):
            old = self.splitter.widget(index)
            if old is not None:
                old.setParent(None)
                old.deleteLater()
        self.splitter.addWidget(self.meeting_list)
        self.splitter.addWidget(self.stack)
        # a narrower window takes from the steps, not from the meeting list
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        # room for a date, the start of a title and a score
        self.meeting_list.setMinimumWidth(self.fontMetrics().horizontalAdvance(
            "2026-12-31 " + "M" * 6 + " 100%") + 24)
        self.splitter.setSizes([250, 1000])
        self.steps.currentChanged.connect(self._step_changed)

        read_only = _(" (read-only)") if workspace.read_only else ""
        self.path_label.setText(_("Workspace: {path}{read_only}").format(
            path=workspace.path, read_only=read_only))
        self.meeting_id = None
        last_step = settings.last_step()
        for index, step in enumerate(STEPS):
            if step.key == last_step:
                self.steps.setCurrentIndex(index)
        self.meeting_list.reload(prefer=settings.last_meeting(workspace.path))
        self._step_changed(self.steps.currentIndex())
        self.files.update()
        self.documents.update()
        self.finder.update()
        self._update_title()
        self._update_status()
        self._fill_meeting_menu()
        if workspace.recovered:
            self.statusBar().showMessage(_(
                "Prewire stopped during a save last time; that unfinished save was undone "
                "and every saved change is here."), 20000)

    def _empty_page(self) -> QWidget:
        page = QWidget(self)
        hint = QLabel(_("Choose a meeting on the left, or start a new one."), page)
        hint.setObjectName("empty_hint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        button = QPushButton(icon("add"), _("New meeting"), page)
        button.setObjectName("empty_new_meeting")
        button.clicked.connect(self.meeting_list.new_meeting)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(hint)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _steps_area(self) -> QWidget:
        area = QWidget(self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(area)
        layout.setContentsMargins(0, 6, 6, 6)
        layout.addWidget(self.steps, 1)
        layout.addLayout(buttons)
        return area

    # -- the step pages, built on their first visit ----------------------------------------
    @property
    def pages(self) -> list[StepPage]:
        """The step pages built so far, in the method's order."""
        return [self._built[step.key] for step in STEPS if step.key in self._built]

    def page(self, key: str) -> StepPage:
        """The page of the step ``key``, built now if it was not yet (it reads its meeting
        when it is next shown)."""
        page = self._built.get(key)
        if page is None:
            index = next(i for i, step in enumerate(STEPS) if step.key == key)
            frame = self.steps.widget(index)
            assert frame is not None  # a tab for every step
            page = self._build_page(STEPS[index], frame)
        return page

    def _build_page(self, step: Step, frame: QWidget) -> StepPage:
        page = step.page_class()(self.context, frame)
        layout = frame.layout()
        assert layout is not None  # every frame is made with one
        layout.addWidget(page)
        page.show()  # now, not on the next turn of the loop: it may be given the focus at once
        page.meeting_id = self.meeting_id
        if step.key == "meeting":  # the invitation and pre-read are sent from there
            from ui.steps.meeting_page import MeetingPage  # loaded with the page

            assert isinstance(page, MeetingPage)
            page.set_document_actions(self.documents.export_calendar,
                                      self.documents.export_pre_read)
        elif step.key == "departments":
            from ui.steps.departments_page import DepartmentsPage

            assert isinstance(page, DepartmentsPage)
            page.one_to_one_requested.connect(self.documents.choose_one_to_one)
        self._built[step.key] = page
        self._stale.add(page)  # a fresh read when it is first shown
        return page

    # -- following the user ----------------------------------------------------------------
    def current_page(self) -> StepPage | None:
        """The page shown (built now if this is its first visit)."""
        index = self.steps.currentIndex()
        return self.page(STEPS[index].key) if 0 <= index < len(STEPS) else None

    def flush_edits(self) -> None:
        """Commit every edit still in a field (before the meeting changes or the window closes)."""
        for page in self._built.values():
            page.flush()

    def show_meeting(self, meeting_id: int | None) -> None:
        """Select ``meeting_id`` in the list (which shows it)."""
        self.meeting_list.reload(prefer=meeting_id)

    def navigate(self, step: str, table: str = "", row_id: int = 0) -> None:
        """Show a step's page and, when given, a row on it (readiness items link here)."""
        for index, known in enumerate(STEPS):
            if known.key == step:
                self.steps.setCurrentIndex(index)
                if table:
                    self.page(step).select_ref(table, row_id)
                return

    def open_row(self, meeting_id: int, step: str, table: str, row_id: int) -> None:
        """Show a row of any meeting on its step (a search hit, an open action)."""
        if meeting_id and meeting_id != self.meeting_id:
            self.show_meeting(meeting_id)
        self.navigate(step, table, row_id)

    def go_step(self, offset: int) -> None:
        index = self.steps.currentIndex() + offset
        if 0 <= index < self.steps.count():
            self.steps.setCurrentIndex(index)

    def _meeting_chosen(self, meeting_id: int | None) -> None:
        if meeting_id == self.meeting_id:
            return
        self.flush_edits()
        self.meeting_id = self.context.meeting_id = meeting_id
        for page in self._built.values():
            page.meeting_id = meeting_id
        self._stale = set(self._built.values())
        self.stack.setCurrentIndex(0 if meeting_id is None else 1)
        self._reload_current()
        self._update_step_buttons()
        self._remember_later.start()
        self.files.update()
        self.documents.update()
        self.finder.update()
        self._update_title()
        self._update_status()

    def _step_changed(self, index: int) -> None:
        self._reload_current()
        page = self.current_page()
        if page is not None:
            self.guidance.show_step(page.step)
            self._remember_later.start()
        self._update_step_buttons()

    def _remember(self) -> None:
        """Write down the meeting and step shown, for the next start."""
        self._remember_later.stop()
        settings.set_last_meeting(self.context.workspace.path, self.meeting_id)
        page = self.current_page()
        if page is not None:
            settings.set_last_step(page.step)

    def _update_step_buttons(self) -> None:
        # with no meeting open there is no step to walk to
        index, shown = self.steps.currentIndex(), self.meeting_id is not None
        for widget in (self.back_button, self.previous_step):
            widget.setEnabled(shown and index > 0)
        for widget in (self.next_button, self.next_step):
            widget.setEnabled(shown and index < self.steps.count() - 1)

    def _reload_current(self) -> None:
        page = self.current_page()
        if page is not None and page in self._stale:
            self._stale.discard(page)
            page.reload()

    def _data_changed(self, changes: Changes) -> None:
        """After an action, undo or redo: the list and the page shown show what changed,
        in place; the other pages read their meeting again when they are next shown."""
        before = self.meeting_id
        self.meeting_list.apply(changes)
        shown = self.meeting_id is not None and changes.meeting_id in (None, self.meeting_id)
        if self.meeting_id == before and shown:  # else choosing the meeting reloaded already
            page = self.current_page()
            self._stale = {p for p in self._built.values() if p is not page}
            if page is not None:
                self._stale.discard(page)
                page.apply(changes)
        self._update_title()
        self._show_score()
        self._status_later.start()

    # -- what the window says --------------------------------------------------------------
    def _update_title(self) -> None:
        workspace = self.context.workspace
        name = workspace.path.name + (_(" (read-only)") if workspace.read_only else "")
        title = self.meeting_list.current_title() if self.meeting_id else ""
        if title:
            self.setWindowTitle(_("{meeting} — Prewire ({workspace})").format(
                meeting=" ".join(title.split()), workspace=name))
        else:
            self.setWindowTitle(_("Prewire ({workspace})").format(workspace=name))

    def _show_score(self) -> None:
        """The readiness score at once, from the list's row (counted in SQL); the sentence
        that says what to do next follows once edits pause."""
        item = None if self.meeting_id is None else self.meeting_list.item(self.meeting_id)
        if item is not None and item.readiness is not None:
            self.readiness_label.setText(_("Readiness {score}%").format(
                score=item.readiness.score))

    def _update_status(self) -> None:
        reason = self.context.workspace.read_only_reason
        if reason is not None:
            self.saved_label.setText(_("Read-only ({reason}): changes cannot be saved").format(
                reason=reason))
        else:
            self.saved_label.setText(_("All changes saved"))
        assessment = None
        if self.meeting_id is not None:
            try:  # the Overview's assessment: computed once per change of the meeting
                assessment, _document = self.context.assessment(self.meeting_id, date.today())
            except MeetingGone:
                assessment = None
        if assessment is None:
            self.readiness_label.setText("")
            return
        text = _("Readiness {score}%").format(score=assessment.score)
        if assessment.summary:
            text = _("{readiness} — {next}").format(readiness=text, next=assessment.summary[0])
        self.readiness_label.setText(text)

    def show_method(self) -> None:
        """Help ▸ The method: a short guide, beside the window (not modal)."""
        dialog = QDialog(self)
        dialog.setObjectName("method_dialog")
        dialog.setWindowTitle(_("The method"))
        browser = QTextBrowser(dialog)
        browser.setPlainText(method_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.close)
        layout = QVBoxLayout(dialog)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resize(620, 520)
        dialog.show()

    def show_shortcuts(self) -> None:
        """Help ▸ Keyboard shortcuts: every key the window answers to, read from its actions."""
        for step in STEPS:  # the lists' keys live on pages not visited yet
            self.page(step.key)
        ShortcutsDialog(self).show()

    def show_preferences(self) -> None:
        """Edit ▸ Preferences: the interface language, used from the next start."""
        dialog = PreferencesDialog(self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted:  # the days after which a department stands out apply at once
            self._data_changed(Changes())
        if accepted and dialog.needs_restart():
            dialogs.info(self, _("Preferences"), _(
                "Prewire speaks the language you chose the next time it starts."))

    def show_about(self) -> None:
        QMessageBox.about(self, _("About Prewire"), _(
            "Prewire {version}\n\nPrepare a cross-department meeting so that it is won "
            "before it starts: goals, departments, demands, suggestions and follow-up, "
            "with a briefing pack to carry into the room.").format(version=__version__))

    def resizeEvent(self, event: QResizeEvent) -> None:
        # the guidance gives way when the window narrows, so that the steps and the
        # meetings keep their room, and takes back the width the user gave it as it widens
        self._fitting_guidance = True
        try:
            super().resizeEvent(event)
            if self.guidance.isVisible() and not self.guidance.isFloating():
                limit = max(self.guidance.minimumSizeHint().width(),
                            int(self.width() * GUIDANCE_SHARE))
                self.resizeDocks([self.guidance], [min(self._guidance_width, limit)],
                                 Qt.Orientation.Horizontal)
            share = int(self.width() * LIST_SHARE)
            sizes = self.splitter.sizes()
            if len(sizes) == 2 and sizes[0] > share:   # the same for the meeting list
                narrower = max(self.meeting_list.minimumWidth(), share)
                self.splitter.setSizes([narrower, sum(sizes) - narrower])
        finally:
            self._fitting_guidance = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.guidance and event.type() == QEvent.Type.Resize
                and not self._fitting_guidance and self.isVisible()):
            self._guidance_width = self.guidance.width()  # the user dragged its edge
        return super().eventFilter(watched, event)

    # -- workspaces and closing ------------------------------------------------------------
    def switch_workspace(self, path: Path) -> bool:
        """Close the current workspace and show the one at ``path`` (False if it did not open)."""
        from ui.app import open_with_dialogs

        current = self.context.workspace
        if path.resolve() == current.path.resolve():
            return True
        self.flush_edits()
        opened = open_with_dialogs(path, self)
        if opened is None:
            return False
        self.replace_workspace(opened)
        return True

    def replace_workspace(self, opened: Workspace) -> None:
        """Close the current workspace (if still open) and show ``opened`` instead."""
        current = self.context.workspace
        settings.set_last_meeting(current.path, self.meeting_id)
        self.undo_group.removeStack(self.context.undo_stack)
        old_context = self.context
        current.close()  # its lock goes with it, so another window may open it now
        self._owns_workspace = True
        self._open(opened)
        old_context.deleteLater()
        # the one left behind first, so that Open recent offers the way back
        settings.add_recent_workspace(current.path)
        settings.add_recent_workspace(opened.path)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush_edits()
        self._status_later.stop()
        settings.save_window(self.saveGeometry(), self.saveState())
        self._remember()
        settings.add_recent_workspace(self.context.workspace.path)
        if self._owns_workspace:
            self.context.workspace.close()
            self._owns_workspace = False
        super().closeEvent(event)
