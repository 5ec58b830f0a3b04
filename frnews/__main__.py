"""``python -m frnews``: the same as the ``frnews`` command."""

import sys

from frnews.cli import main

if __name__ == "__main__":
    sys.exit(main())
