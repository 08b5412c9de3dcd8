"""`python -m netbook.startup [--debian-packages]`: can the window open on this system?

Without arguments: prints what is missing and how to install it (exit 1), or nothing (exit 0).
With --debian-packages: prints the Debian packages to install, one a line (for `.ci/run`).
"""

from __future__ import annotations

import sys

from netbook.startup.display_check import display_problem, missing_display_libraries
from netbook.startup.system_packages import PACKAGES


def main(argv: list[str]) -> int:
    if argv == ["--debian-packages"]:
        missing = missing_display_libraries()
        for name in dict.fromkeys(PACKAGES[s].debian for s in missing if s in PACKAGES):
            print(name)
        return 0
    problem = display_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    return 0


sys.exit(main(sys.argv[1:]))
