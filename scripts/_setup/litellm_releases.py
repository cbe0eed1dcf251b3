"""LiteLLM releases no script may install, in one place: every installer imports this module.

LiteLLM 1.82.7 and 1.82.8 were malicious uploads to the package registry (a compromised publishing account). Every
path that installs a LiteLLM release calls ``refuse_compromised`` before its first pip call: scripts/local-proxy
(``--litellm-version``, ``$LITELLM_SDK_LITELLM_VERSION``; also the test fixtures, scripts/bench and
scripts/regenerate --record-examples, which start it), scripts/regenerate (``--litellm-version``, ``latest``),
scripts/test and scripts/test-matrix (``--litellm-versions``, ``$LITELLM_SDK_LITELLM_VERSION``).

Shell scripts run this file: ``python3 scripts/_setup/litellm_releases.py --who scripts/test 1.90.7,1.100.5 ...``
exits 2 with the message when one of the releases given (comma-separated lists allowed; empty ones ignored) is
compromised. Standard library only.
"""

from __future__ import annotations

import argparse
import re
import sys

#: Releases published by an attacker: never install them, whatever asks for them.
COMPROMISED_LITELLM = frozenset({"1.82.7", "1.82.8"})

_RELEASE = re.compile(r"\s*[vV]?(\d+(?:\.\d+)*)")


class CompromisedReleaseError(ValueError):
    """A LiteLLM release of COMPROMISED_LITELLM was asked for; the message says so and what to do."""


def compromised(version: str) -> str | None:
    """The release of COMPROMISED_LITELLM that ``version`` would install, else None.

    Compared as pip compares: ``1.82.7.0`` and ``01.82.7`` are 1.82.7. Anything built on a compromised release number
    (``1.82.7rc1``, ``1.82.7.post1``, ``1.82.7+local``) counts too: none of them is a release to trust.
    """
    match = _RELEASE.match(version)
    if match is None:
        return None
    parts = [int(part) for part in match.group(1).split(".")]
    while len(parts) > 3 and parts[-1] == 0:
        parts.pop()
    release = ".".join(str(part) for part in parts)
    return release if release in COMPROMISED_LITELLM else None


def message(version: str) -> str:
    """Why ``version`` is refused."""
    bad = compromised(version) or version
    known = " and ".join(sorted(COMPROMISED_LITELLM))
    return (
        f"refusing to install LiteLLM {version.strip()}: {bad} is a known-compromised release "
        f"(LiteLLM {known} were malicious uploads to the package registry); choose another release"
    )


def refuse_compromised(version: str) -> None:
    """Raise CompromisedReleaseError when ``version`` is a compromised release. Call it before any pip call."""
    if compromised(version):
        raise CompromisedReleaseError(message(version))


def main(argv: list[str] | None = None) -> int:
    """Exit 2 with the message on stderr when one of the releases given is compromised, else 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--who", default="litellm-sdk", help="the script asking (prefix of the error line)")
    parser.add_argument("releases", nargs="*", help="releases or comma-separated lists of them")
    args = parser.parse_args(argv)
    for given in args.releases:
        for version in given.split(","):
            try:
                refuse_compromised(version)
            except CompromisedReleaseError as exc:
                print(f"{args.who}: ERROR: {exc}", file=sys.stderr)
                return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
