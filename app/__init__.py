"""Prewire: everything that needs no window (importable without Qt)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("prewire")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
