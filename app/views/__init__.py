"""The read model of the window and of the reading commands.

Plain ``sqlite3`` statements, a few per view and never one per row, returning
frozen dataclasses keyed by database id. Writes stay in :mod:`app.services`
(SQLModel); the package model stays for export, import and the PDF. Importing
this package loads neither SQLAlchemy nor SQLModel, so ``prewire list`` and
the window's first paint do without them.
"""
