"""Briefings in the window: the open document, its undoable edits, its side panels."""
