"""Errors the core raises for bad input: one-line messages meant for the user."""


class InputError(Exception):
    """A file or value the user gave cannot be used.

    ``str(error)`` is a complete one-line message for the CLI or a dialog;
    the UI shows it as it is, never a traceback.
    """


class ArticleError(InputError):
    """An article could not be read or holds nothing to extract."""
