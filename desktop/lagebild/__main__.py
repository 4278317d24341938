"""``lagebild [FILE] [--date YYYY-MM-DD] [--screenshot OUT.png]``: the desktop viewer.

Kept tiny: only the standard library is imported until the arguments are
known, so ``--help`` and argument errors are instant.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="lagebild",
        description="Briefing viewer for German-language news: timeline, entities and the article, linked.",
    )
    parser.add_argument("file", nargs="?", type=Path, help="article to open (.txt, .md, .html)")
    parser.add_argument(
        "--date", type=_iso_date, metavar="YYYY-MM-DD", help="publication date (anchors relative dates)"
    )
    parser.add_argument(
        "--screenshot", type=Path, metavar="OUT.png",
        help="render the window with the first event selected to OUT.png, then exit",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``lagebild`` GUI script."""
    args = parse_args(argv)
    from lagebild.app import Options, run

    return run(Options(file=args.file, published=args.date, screenshot=args.screenshot))


if __name__ == "__main__":
    sys.exit(main())
