"""Lagebild: a desktop briefing viewer for German-language news."""

__version__ = "0.1.0"
