"""`python -m coprep` and the `coprep` command."""

import sys

from coprep.cli import main

if __name__ == "__main__":
    sys.exit(main())
