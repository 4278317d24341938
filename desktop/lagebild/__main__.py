"""``lagebild [FILE] [--date YYYY-MM-DD] [--screenshot OUT.png]``: the desktop viewer.

``lagebild extract FILE...`` runs the extraction core on the command line
(the same as ``lagebild-cli extract``, which also works where the GUI
launcher has no console, as on Windows).

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
    if getattr(sys, "frozen", False):  # a spawned helper process of the frozen app runs here and exits
        import multiprocessing

        multiprocessing.freeze_support()
    arguments = sys.argv[1:] if argv is None else list(argv)
    if arguments[:1] == ["extract"]:
        from lagebild.cli import main as cli_main

        return cli_main(arguments)
    args = parse_args(arguments)
    import gc

    # Start-up builds many objects and frees few: the cyclic garbage collector
    # would only rescan them (a fifth of the start-up time with a large
    # briefing).  The window turns it back on once it shows its briefing.
    gc.disable()
    from lagebild.core import prefetch

    briefing = args.file if args.file is not None and args.file.suffix.lower() == ".lagebild" else None
    prefetch.start(briefing=briefing)  # before Qt is imported: the start-up file is read on the other core
    from lagebild.app import Options, run

    return run(Options(file=args.file, published=args.date, screenshot=args.screenshot))


if __name__ == "__main__":
    sys.exit(main())
