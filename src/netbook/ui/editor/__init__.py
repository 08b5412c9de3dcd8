"""The contact editor: its tabs, rows, photo, picker, tags and checks."""
