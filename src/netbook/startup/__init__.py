"""Checks made before the window opens: what the system must provide for Qt to show it."""
