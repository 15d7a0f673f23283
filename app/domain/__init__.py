"""The meeting domain: tables, enumerations and value rules (no I/O)."""
