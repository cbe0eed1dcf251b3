"""``python -m _local_proxy start|stop|status`` (scripts/local-proxy runs the same ``main``)."""

import sys

from .cli import main

sys.exit(main())
