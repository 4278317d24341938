"""Errors the core raises for bad input: one-line messages meant for the user."""


class ArticleError(Exception):
    """An article could not be read or holds nothing to extract.

    ``str(error)`` is a complete one-line message for the CLI or a dialog.
    """
