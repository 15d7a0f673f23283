"""Prewire: everything that needs no window (importable without Qt)."""

from __future__ import annotations

from functools import cache


@cache
def _version() -> str:
    # importlib.metadata scans every installed distribution (tens of milliseconds):
    # looked up when the version is first asked for, not at every start
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("prewire")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
