"""``litellm-sdk``: the SDK's command line (stdlib argparse, no extra dependency).

Commands: ``request-key``, ``describe-key``, ``models``, ``revoke``, ``list-keys``. Tables for people, ``--json``
for machines. Errors are one ``error:`` line and one ``hint:`` line on stderr, with an exit code per family
(see :data:`EXIT_CODES`); user mistakes never print a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
import traceback
from collections.abc import Callable, Mapping, Sequence
from typing import IO, Any, NoReturn

import httpx

from litellm_sdk import _validate as check
from litellm_sdk._cli_format import key_info_table, key_list_table, models_table
from litellm_sdk._constants import DEFAULT_PAGE_SIZE, DEFAULT_TIMEOUT, ENV_BASE_URL, ENV_MASTER_KEY, MAX_PAGE_SIZE
from litellm_sdk._manage.fields import ALL_MODELS, typed_fields
from litellm_sdk._redact import mask, redact_json, scrub
from litellm_sdk._version import __version__
from litellm_sdk.client import LiteLLMClient
from litellm_sdk.errors import (
    APIConnectionError,
    AuthenticationError,
    BudgetExceededError,
    ConfigurationError,
    InvalidRequestError,
    LiteLLMError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)

__all__ = ["EXIT_CODES", "exit_code_for", "main"]

PROG = "litellm-sdk"

EXIT_OK = 0
EXIT_OTHER = 1
EXIT_USAGE = 2
EXIT_CONFIG = 3
EXIT_AUTH = 4
EXIT_NOT_FOUND = 5
EXIT_LIMIT = 6
EXIT_CONNECTION = 7
EXIT_INTERRUPTED = 130

#: (exit code, meaning) as documented in ``--help``.
EXIT_CODES: tuple[tuple[int, str], ...] = (
    (EXIT_OK, "success"),
    (EXIT_OTHER, "any other error (bad request to the proxy, server error, conflict, ...)"),
    (EXIT_USAGE, "usage: unknown flag, missing or malformed argument (e.g. --duration 24hours)"),
    (EXIT_CONFIG, "configuration: no base URL or master key (LITELLM_BASE_URL, LITELLM_MASTER_KEY)"),
    (EXIT_AUTH, "authentication or permission: wrong master key, expired/blocked key, model not allowed"),
    (EXIT_NOT_FOUND, "not found: the key, user or team does not exist"),
    (EXIT_LIMIT, "budget exceeded or rate limited"),
    (EXIT_CONNECTION, "connection: the proxy is unreachable or did not answer in time"),
    (EXIT_INTERRUPTED, "interrupted (Ctrl-C)"),
)

_DEBUG_ENV = "LITELLM_SDK_DEBUG"


def exit_code_for(error: LiteLLMError) -> int:
    """The exit code of one error family."""
    if isinstance(error, InvalidRequestError):
        return EXIT_USAGE
    if isinstance(error, ConfigurationError):
        return EXIT_CONFIG
    if isinstance(error, (AuthenticationError, PermissionDeniedError)):
        return EXIT_AUTH
    if isinstance(error, NotFoundError):
        return EXIT_NOT_FOUND
    if isinstance(error, (BudgetExceededError, RateLimitError)):
        return EXIT_LIMIT
    if isinstance(error, APIConnectionError):
        return EXIT_CONNECTION
    return EXIT_OTHER


class UsageError(Exception):
    """A command-line mistake found by argparse or by the CLI itself (exit 2)."""

    def __init__(self, message: str, prog: str = PROG) -> None:
        super().__init__(message)
        self.message = message
        self.prog = prog


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that raises UsageError instead of printing usage and exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message, self.prog)


# --------------------------------------------------------------------------- helpers


def _split_list(values: Sequence[str] | None) -> list[str] | None:
    """``--models a,b --models c`` -> ``["a", "b", "c"]`` (None when the flag was not given)."""
    if values is None:
        return None
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _json_object(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise argparse.ArgumentTypeError(f"not valid JSON ({exc.msg})") from None
    if not isinstance(value, dict):
        raise argparse.ArgumentTypeError('expected a JSON object such as \'{"plan": "pro"}\'')
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected seconds as a number, got {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be positive, got {text!r}")
    return value


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {text!r}")
    return value


_TOKEN_HASH = re.compile(r"^[0-9a-f]{64}$")


class _Env:
    """What a command runs with: streams, environment and (for tests) an HTTP transport."""

    def __init__(
        self,
        stdout: IO[str],
        stderr: IO[str],
        stdin: IO[str],
        environ: Mapping[str, str],
        transport: httpx.BaseTransport | None,
    ) -> None:
        self.stdout = stdout
        self.stderr = stderr
        self.stdin = stdin
        self.environ = environ
        self.transport = transport
        self.secrets: list[str] = []

    @property
    def encoding(self) -> str | None:
        return getattr(self.stdout, "encoding", None) or "utf-8"

    def out(self, text: str = "") -> None:
        self.stdout.write(text + "\n")

    def json(self, value: Any) -> None:
        self.out(json.dumps(value, indent=2, default=str))

    def read_key(self, value: str) -> str:
        """A key from the command line, or from the first line of stdin when it is ``-``."""
        if value == "-":
            value = self.stdin.readline().strip()
            if not value:
                raise UsageError("expected a key on stdin (got an empty line)")
        self.secrets.append(value)
        return value

    def base_url(self, args: argparse.Namespace) -> str:
        return check.base_url(args.base_url if args.base_url else self.environ.get(ENV_BASE_URL))

    def timeout(self, args: argparse.Namespace) -> httpx.Timeout:
        return (
            httpx.Timeout(args.timeout, connect=min(args.timeout, DEFAULT_TIMEOUT.connect or args.timeout))
            if args.timeout
            else DEFAULT_TIMEOUT
        )

    def http_client(self, args: argparse.Namespace) -> httpx.Client:
        return httpx.Client(timeout=self.timeout(args), transport=self.transport)

    def client(self, args: argparse.Namespace, token: str | None = None) -> LiteLLMClient:
        """A client authenticated with the master key, or with ``token`` (a virtual key) when given."""
        url = self.base_url(args)
        key = token if token is not None else check.master_key(self.environ.get(ENV_MASTER_KEY))
        self.secrets.append(key)
        http = self.http_client(args) if self.transport is not None else None
        return LiteLLMClient(url, key, timeout=self.timeout(args), http_client=http)


def _field_values(args: argparse.Namespace) -> dict[str, Any]:
    """The typed key fields given on the command line (flags made from ``KeyFields`` by :func:`_add_field_flags`)."""
    values: dict[str, Any] = {}
    for field in typed_fields():
        value = getattr(args, field.name, None)
        values[field.name] = _split_list(value) if field.cli.kind == "list" else value
    if getattr(args, "all_models", False):
        values["models"] = ALL_MODELS
    return values


def _add_field_flags(p: argparse.ArgumentParser) -> None:
    """One flag per typed key field, from its definition in ``litellm_sdk._manage.fields``."""
    kinds: dict[str, dict[str, Any]] = {
        "str": {},
        "int": {"type": int},
        "float": {"type": float},
        "list": {"action": "append"},
        "json": {"type": _json_object},
    }
    for field in typed_fields():
        flag = "--" + field.name.replace("_", "-")
        target = p
        if field.name == "models":
            group = p.add_mutually_exclusive_group()
            group.add_argument(
                "--all-models", action="store_true", help="every model the team (or proxy) allows (ALL_MODELS)"
            )
            target = group  # type: ignore[assignment]
        target.add_argument(
            flag,
            *field.cli.aliases,
            dest=field.name,
            metavar=field.cli.metavar,
            help=field.cli.help,
            **kinds[field.cli.kind],
        )


def _cmd_request_key(args: argparse.Namespace, env: _Env) -> int:
    with env.client(args) as client:
        info = client.request_key(**_field_values(args))
    env.secrets.append(info.key)
    if args.json:
        env.json(info.to_dict())  # the key in full: handing it out is this command's job
        return EXIT_OK
    env.out(key_info_table(info, show_key=args.show_key, encoding=env.encoding))
    if not args.show_key:
        env.out("\n(key masked: use --show-key or --json to print the secret)")
    return EXIT_OK


def _masked_key_dict(data: dict[str, Any], key: str) -> dict[str, Any]:
    out: dict[str, Any] = redact_json({k: v for k, v in data.items() if k != "key"})
    return {"key": mask(key), **out}


def _cmd_describe_key(args: argparse.Namespace, env: _Env) -> int:
    key = env.read_key(args.key)
    with env.client(args) as client:
        info = client.describe_key(key)
    if args.json:
        env.json(_masked_key_dict(info.to_dict(), info.key))
    else:
        env.out(key_info_table(info, encoding=env.encoding))
    return EXIT_OK


def _cmd_models(args: argparse.Namespace, env: _Env) -> int:
    token = env.read_key(args.key) if args.key is not None else None
    with env.client(args, token) as client:
        models = client.list_models()
    if args.json:
        env.json([m.to_dict() for m in models])
    else:
        env.out(models_table(models, encoding=env.encoding))
    return EXIT_OK


def _cmd_revoke(args: argparse.Namespace, env: _Env) -> int:
    key = env.read_key(args.key)
    is_hash = bool(_TOKEN_HASH.match(key))
    shown = (key[:12] + "...") if is_hash else (mask(key) or "***")
    with env.client(args) as client:
        if is_hash:
            try:
                client.delete_keys(key)
                revoked = True
            except NotFoundError:
                if args.must_exist:
                    raise
                revoked = False
        else:
            revoked = client.revoke(key, missing_ok=not args.must_exist)
    if args.json:
        env.json({"key": shown, "revoked": revoked})
    elif revoked:
        env.out(f"revoked {shown}")
    else:
        env.out(f"{shown} did not exist (nothing to revoke)")
    return EXIT_OK


def _cmd_list_keys(args: argparse.Namespace, env: _Env) -> int:
    found = []
    with env.client(args) as client:
        for summary in client.list_keys(
            user_id=args.user_id, team_id=args.team_id, key_alias=args.key_alias, page_size=args.page_size
        ):
            found.append(summary)
            if args.limit is not None and len(found) >= args.limit:
                break
    if args.json:
        env.json([k.to_dict() for k in found])
    else:
        env.out(key_list_table(found))
    return EXIT_OK


# --------------------------------------------------------------------------- parser

_MAIN_EXAMPLES = """\
examples:
  export LITELLM_BASE_URL=http://127.0.0.1:4000 LITELLM_MASTER_KEY=sk-...
  litellm-sdk request-key --user-id alice --team-id team-1 --duration 24h --max-budget 5
  litellm-sdk request-key --user-id alice --json > key.json
  jq -r .key key.json | litellm-sdk describe-key -
  litellm-sdk models                      # every model of the proxy (master key)
  litellm-sdk models --key -  < key.txt   # only the models a key may use
  litellm-sdk list-keys --user-id alice
  jq -r .key key.json | litellm-sdk revoke -
"""


def _epilog() -> str:
    codes = "\n".join(f"  {code:<4} {meaning}" for code, meaning in EXIT_CODES)
    return (
        f"{_MAIN_EXAMPLES}\n"
        "environment:\n"
        f"  {ENV_BASE_URL}    proxy URL (or --base-url)\n"
        f"  {ENV_MASTER_KEY}  master key (read from the environment only, never from a flag)\n"
        f"  {_DEBUG_ENV}=1   show a traceback for unexpected errors\n\n"
        "keys given as an argument may be '-' to read them from stdin (keeps them out of ps and shell history).\n"
        "Tables mask keys (sk-...wxyz); only 'request-key --json' / '--show-key' print a whole key.\n\n"
        f"exit codes:\n{codes}\n"
    )


def _common_options(defaults: bool) -> _Parser:
    """--base-url / --json / --timeout, accepted before and after the command name."""
    parent = _Parser(add_help=False, argument_default=None if defaults else argparse.SUPPRESS)
    parent.add_argument("--base-url", metavar="URL", help=f"proxy URL (default: ${ENV_BASE_URL})")
    parent.add_argument(
        "--json",
        action="store_true",
        default=False if defaults else argparse.SUPPRESS,
        help="print JSON (the SDK's to_dict()) instead of a table",
    )
    parent.add_argument(
        "--timeout", type=_positive_float, metavar="SECONDS", help="seconds to wait for each answer (default 30)"
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    fmt = argparse.RawDescriptionHelpFormatter
    parser = _Parser(
        prog=PROG,
        description="Command line for the LiteLLM proxy: virtual keys with their models, capabilities and budgets.",
        epilog=_epilog(),
        formatter_class=fmt,
        parents=[_common_options(True)],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    common = _common_options(False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def add(name: str, help_text: str, examples: str, func: Callable[[argparse.Namespace, _Env], int]) -> _Parser:
        p: _Parser = sub.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog="examples:\n" + examples,
            formatter_class=fmt,
            parents=[common],
        )
        p.set_defaults(func=func)
        return p

    p = add(
        "request-key",
        "Create a virtual key for a user and show its models, features, budget and limits.",
        "  litellm-sdk request-key --user-id alice --duration 24h\n"
        "  litellm-sdk request-key --user-id alice --team-id team-1 --models gpt-4o,dall-e-3 --max-budget 10\n"
        "  litellm-sdk request-key --user-id alice --tags premium,beta --rpm-limit 60 --json\n",
        _cmd_request_key,
    )
    _add_field_flags(p)
    p.add_argument("--show-key", action="store_true", help="print the whole key in the table (it is masked otherwise)")

    p = add(
        "describe-key",
        "Show an existing key with its current spend, models and features.",
        '  litellm-sdk describe-key sk-...\n  echo "$KEY" | litellm-sdk describe-key -\n',
        _cmd_describe_key,
    )
    p.add_argument("key", metavar="KEY", help="the virtual key, or - to read it from stdin")

    p = add(
        "models",
        "Capability table of the models a key may use (--key), or of the whole proxy (master key).",
        '  litellm-sdk models\n  litellm-sdk models --key sk-...\n  echo "$KEY" | litellm-sdk models --key - --json\n',
        _cmd_models,
    )
    p.add_argument("--key", metavar="KEY", help="a virtual key (or - for stdin); needs no master key")

    p = add(
        "revoke",
        "Delete a key (e.g. at logout). A key that is already gone is not an error unless --must-exist.",
        '  litellm-sdk revoke sk-...\n  echo "$KEY" | litellm-sdk revoke -\n'
        "  litellm-sdk revoke <64-hex token hash from list-keys --json>\n",
        _cmd_revoke,
    )
    p.add_argument("key", metavar="KEY", help="the virtual key, its token hash, or - to read it from stdin")
    p.add_argument("--must-exist", action="store_true", help="fail with exit 5 when the key does not exist")

    p = add(
        "list-keys",
        "List keys (never their secrets: the proxy stores only hashes).",
        "  litellm-sdk list-keys\n  litellm-sdk list-keys --user-id alice --limit 10\n"
        "  litellm-sdk list-keys --team-id team-1 --json\n",
        _cmd_list_keys,
    )
    p.add_argument("--user-id", "--user", dest="user_id", metavar="ID", help="only this user's keys")
    p.add_argument("--team-id", "--team", dest="team_id", metavar="ID", help="only this team's keys")
    p.add_argument("--key-alias", metavar="ALIAS", help="only the key with this alias")
    p.add_argument("--limit", type=_positive_int, metavar="N", help="stop after N keys")
    p.add_argument(
        "--page-size",
        type=_positive_int,
        default=DEFAULT_PAGE_SIZE,
        metavar="N",
        help=f"keys per request (max {MAX_PAGE_SIZE})",
    )
    return parser


# --------------------------------------------------------------------------- entry point


_CONFIG_HINTS = {
    "base_url": f"Set {ENV_BASE_URL} (e.g. http://127.0.0.1:4000) or pass --base-url URL.",
    "master_key": f"Set {ENV_MASTER_KEY} to the proxy's master key (environment only, never a flag).",
}


def _hint(error: LiteLLMError, prog: str) -> str:
    """The error's suggested action, phrased for the command line where the SDK's names differ."""
    if isinstance(error, ConfigurationError) and error.param in _CONFIG_HINTS:
        return _CONFIG_HINTS[error.param]
    if isinstance(error, InvalidRequestError) and error.param:
        return f"{error.suggested_action} (--{error.param.replace('_', '-')}; see '{prog} COMMAND --help')"
    return error.suggested_action


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _report(env: _Env, message: str, hint: str | None) -> None:
    env.stderr.write(f"error: {_one_line(scrub(message, env.secrets))}\n")
    if hint:
        env.stderr.write(f"hint: {_one_line(scrub(hint, env.secrets))}\n")


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
    stdin: IO[str] | None = None,
    environ: Mapping[str, str] | None = None,
    transport: httpx.BaseTransport | None = None,
) -> int:
    """Run the command line and return its exit code (the console script exits with it)."""
    env = _Env(
        stdout or sys.stdout,
        stderr or sys.stderr,
        stdin or sys.stdin,
        os.environ if environ is None else environ,
        transport,
    )
    parser = build_parser()
    try:
        try:
            with contextlib.redirect_stdout(env.stdout):  # --help / --version print to sys.stdout
                args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
        except SystemExit as done:  # --help / --version
            return done.code if isinstance(done.code, int) else EXIT_OK
        if getattr(args, "func", None) is None:
            raise UsageError("choose a command", PROG)
        code: int = args.func(args, env)
        env.stdout.flush()
        return code
    except UsageError as exc:
        _report(env, exc.message, f"see '{exc.prog} --help'")
        return EXIT_USAGE
    except LiteLLMError as exc:
        _report(env, exc.message, _hint(exc, parser.prog))
        return exit_code_for(exc)
    except KeyboardInterrupt:
        env.stderr.write("interrupted\n")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # the reader went away (e.g. `| head`): stop quietly
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return EXIT_OTHER
    except Exception as exc:
        if env.environ.get(_DEBUG_ENV) == "1":
            traceback.print_exc(file=env.stderr)
        _report(
            env,
            f"unexpected {type(exc).__name__}: {exc}",
            f"this is a bug in {PROG}; run again with {_DEBUG_ENV}=1 for a traceback and report it",
        )
        return EXIT_OTHER


if __name__ == "__main__":
    sys.exit(main())
