"""Frozen entry point of both programs, ``lagebild`` (the window) and ``lagebild-cli``.

The name the program was started under picks the entry point, as pyproject's
``[project.gui-scripts]`` and ``[project.scripts]`` do for a pip install.  One
archive of Python modules serves both: on Linux ``lagebild-cli`` is a symlink
to ``lagebild``; on Windows and macOS it is a second (console) executable.
"""

import sys
from pathlib import Path


def main() -> int:
    if Path(sys.argv[0]).name.lower().startswith("lagebild-cli"):
        from lagebild.cli import main as cli_main

        return cli_main()
    from lagebild.__main__ import main as gui_main

    return gui_main()


sys.exit(main())
