"""Dialogs: import preview, export, column mapping, duplicates, interactions, opportunities."""
