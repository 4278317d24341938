"""Frozen entry point of ``lagebild-cli`` (same as the ``lagebild-cli`` console script)."""

import sys

from lagebild.cli import main

sys.exit(main())
