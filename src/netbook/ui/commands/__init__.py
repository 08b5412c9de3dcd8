"""Undo commands: thin QUndoCommand views over service operations."""
