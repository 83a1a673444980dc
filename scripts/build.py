#!/usr/bin/env python3
"""Build the Parallax site: `python scripts/build.py --help` explains the options."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from parallax.cli import main

if __name__ == "__main__":
    sys.exit(main())
