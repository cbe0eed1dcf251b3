"""Entry point: `python -m _regen` (used by scripts/regenerate)."""

import sys

from .pipeline import main

sys.exit(main())
