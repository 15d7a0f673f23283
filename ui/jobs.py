"""Long work off the GUI thread, in the manner of Anki's operations.

``Op(parent, fn).success(cb).failure(cb).run_in_background()`` runs ``fn``
on a thread of the global pool and calls back on the GUI thread. ``fn`` must
touch no widget. While it runs, a progress dialog appears (after a short
delay, so quick work does not flash one); its Cancel stops waiting and hands
the eventual result to ``cancelled(cb)``, which undoes it (a service call
cannot be interrupted half-way, and must not be).

A full garbage collection holds the interpreter lock for as long as it scans,
and the window cannot draw meanwhile: while work runs in the background the
oldest generation is left alone (the young ones, quick, still run), and the
objects the window was started with are frozen out of every later scan
(``freeze_start``).
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.i18n import _
from ui.plain import plain_label

logger = logging.getLogger(__name__)

#: the ops still running, so that their callbacks are not garbage-collected early
_running: set[Op] = set()
#: the collector's thresholds before the first op of those running started
_thresholds: tuple[int, int, int] | None = None
#: a threshold the oldest generation never reaches while an op runs
_NEVER = 1 << 30


def freeze_start() -> None:
    """Keep what the window was built from out of every later full collection.

    Those objects (modules, classes, widgets) live as long as the window, and
    scanning them made a full collection in a worker hold the interpreter lock
    for 100–300 ms; called once the window is shown.
    """
    gc.freeze()


def _hold_full_collections() -> None:
    global _thresholds
    if _thresholds is None:
        _thresholds = gc.get_threshold()
        young, middle, _old = _thresholds
        gc.set_threshold(young, middle, _NEVER)


def _release_full_collections() -> None:
    global _thresholds
    if _thresholds is not None and not _running:
        gc.set_threshold(*_thresholds)
        _thresholds = None


class _Relay(QObject):
    """Lives on the GUI thread: signals emitted by the worker arrive here queued."""

    finished = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as error:  # handed to the GUI thread, shown or raised there
            self._relay.failed.emit(error)
        else:
            self._relay.finished.emit(result)


class Op(QObject):
    """One background operation with its callbacks (each optional)."""

    #: emitted on the GUI thread once the op is over, whichever way it ended
    done = Signal()

    def __init__(self, parent: QWidget | None, fn: Callable[[], Any]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._fn = fn
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[Exception], None] | None = None
        self._on_cancelled: Callable[[Any], None] | None = None
        self._label: str | None = None
        self._progress: QProgressDialog | None = None
        self._was_cancelled = False
        self._done = False
        self._relay = _Relay()

    def success(self, callback: Callable[[Any], None]) -> Op:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> Op:
        self._on_failure = callback
        return self

    def cancelled(self, callback: Callable[[Any], None]) -> Op:
        """Offer Cancel; ``callback`` receives the result to undo once the work is over."""
        self._on_cancelled = callback
        return self

    def with_progress(self, label: str) -> Op:
        self._label = label
        return self

    def is_cancelled(self) -> bool:
        """Whether the user pressed Cancel (work that can stop between steps asks; any thread)."""
        return self._was_cancelled

    def is_done(self) -> bool:
        """Whether the op is over and its callback has run, whichever way it ended."""
        return self._done

    def run_in_background(self) -> Op:
        _hold_full_collections()
        _running.add(self)
        self._relay.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        if self._label is not None:
            self._show_progress(self._label)
        QThreadPool.globalInstance().start(_Task(self._fn, self._relay))
        return self

    # -- the GUI thread ---------------------------------------------------------------------
    def _show_progress(self, label: str) -> None:
        dialog = QProgressDialog(label, _("Cancel"), 0, 0, self._parent)
        dialog.setObjectName("progress_dialog")
        dialog.setLabel(plain_label(label, dialog))  # it names the user's file
        dialog.setWindowTitle(_("Please wait"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        if self._on_cancelled is None:  # work that cannot be cancelled offers no Cancel
            dialog.setCancelButton(None)
        dialog.canceled.connect(self._cancel)
        self._progress = dialog

    def _cancel(self) -> None:
        self._was_cancelled = True

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.canceled.disconnect(self._cancel)
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None

    def _end(self) -> None:
        self._done = True
        _running.discard(self)
        _release_full_collections()
        self.done.emit()

    def _finished(self, result: Any) -> None:
        self._close_progress()
        try:
            if self._was_cancelled and self._on_cancelled is not None:
                self._on_cancelled(result)
            elif self._on_success is not None:
                self._on_success(result)
        finally:
            self._end()

    def _failed(self, error: Exception) -> None:
        self._close_progress()
        try:
            if self._on_failure is not None and not self._was_cancelled:
                self._on_failure(error)
            elif not self._was_cancelled:
                raise error  # a bug: the crash dialog and the log get it
        finally:
            self._end()
