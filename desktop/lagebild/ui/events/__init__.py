"""The event table: the keyboard-friendly twin of the timeline."""
