"""The PySide6 window layer: everything a user sees and clicks."""
