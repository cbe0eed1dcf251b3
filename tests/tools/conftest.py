"""Tests of the repository's tooling (scripts/: regeneration, the local proxy launcher, set-up), marked ``tools`` by
tests/conftest.py. The scripts' packages (_regen, _local_proxy, _setup, _bench) import as the scripts run them: with
scripts/ on sys.path."""

from __future__ import annotations

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))
