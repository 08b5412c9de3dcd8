"""`python -m netbook` runs the same entry point as the `netbook` script."""

import sys

from netbook.app import main

sys.exit(main())
