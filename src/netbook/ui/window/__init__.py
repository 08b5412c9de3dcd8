"""The main window and what frames it: actions, sidebar, search field, settings, about, workers."""
