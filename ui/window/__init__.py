"""The main window and its own pieces: menus, exports, backups, shortcuts."""
