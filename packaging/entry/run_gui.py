"""Frozen entry point of the ``lagebild`` window (same as the ``lagebild`` gui-script)."""

import sys

from lagebild.__main__ import main

sys.exit(main())
