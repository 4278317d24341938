"""`lagebild-cli extract`: the extraction core on the command line.

Prints one JSON object per file (a list for several files) or a readable
table.  Problems with an input file are one-line messages on stderr; the exit
status is 1 when a file could not be extracted at all, 2 for usage errors.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date

from lagebild import __version__


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    """The command-line parser (``extract`` is the only command so far)."""
    parser = argparse.ArgumentParser(prog="lagebild-cli", description="Lagebild extraction core")
    parser.add_argument("--version", action="version", version=f"lagebild {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="extract dates, entities and events from articles")
    extract.add_argument("files", nargs="+", metavar="FILE", help="article: .txt, .md, .html")
    extract.add_argument("--date", type=_iso_date, help="publication date YYYY-MM-DD (anchors relative dates)")
    extract.add_argument("--format", choices=("json", "text"), default="json")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``lagebild-cli``."""
    args = build_parser().parse_args(argv)
    from lagebild.core.errors import ArticleError
    from lagebild.core.export import extraction_to_dict, extraction_to_text, to_json
    from lagebild.core.pipeline import extract_file

    results = []
    failed = 0
    for path in args.files:
        try:
            extraction = extract_file(path, published=args.date)
        except ArticleError as error:
            print(f"lagebild: error: {error}", file=sys.stderr)
            failed += 1
            continue
        except RecursionError:
            print(f"lagebild: error: {path}: text too deeply nested to read", file=sys.stderr)
            failed += 1
            continue
        for warning in extraction.warnings:
            print(f"lagebild: warning: {path}: {warning}", file=sys.stderr)
        results.append(extraction)

    if args.format == "json":
        payload = [extraction_to_dict(x) for x in results]
        if results:
            document = payload[0] if len(args.files) == 1 else payload
            sys.stdout.write(to_json(document))
    else:
        for extraction in results:
            sys.stdout.write(extraction_to_text(extraction))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
