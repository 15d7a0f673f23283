"""Close the window cleanly when the system asks: SIGTERM (logout, `kill`, a service
manager) and SIGINT (Ctrl+C in the terminal that started it).

Qt's event loop runs in C++, and Python runs a signal handler only when the interpreter
next gets control, which an idle window may not give it for ever. The signal module
writes a byte to a socket (``signal.set_wakeup_fd``) and a QSocketNotifier on the other
end wakes the loop, so the handler runs at once. It closes the windows as File ▸ Quit
does: the edit being typed is kept, the window's state saved, the workspace released.
"""

from __future__ import annotations

import logging
import signal
import socket
import sys
from types import FrameType

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication

logger = logging.getLogger(__name__)

#: the two ends of the wake-up socket, kept for the life of the process
_wakeup: tuple[socket.socket, socket.socket] | None = None


def quit_on_termination(app: QApplication) -> None:
    """Make SIGTERM and SIGINT close every window and end ``app``'s event loop."""
    global _wakeup
    if sys.platform == "win32" or _wakeup is not None:
        return  # Windows delivers neither to a window program; the session ends it otherwise
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda: _drain(reader))
    _wakeup = (reader, writer)

    def close_all(signum: int, _frame: FrameType | None) -> None:
        logger.info("%s received: closing the windows", signal.Signals(signum).name)
        app.closeAllWindows()
        app.quit()

    signal.signal(signal.SIGTERM, close_all)
    signal.signal(signal.SIGINT, close_all)


def _drain(reader: socket.socket) -> None:
    # the bytes only woke the loop; the handler has already run by the time this does
    try:
        while reader.recv(64):
            pass
    except BlockingIOError:
        pass
