"""Start/stop/status for a real LiteLLM proxy (litellm[proxy], any release; 1.110.2 by default) with
PostgreSQL, offline: ``scripts/local-proxy`` (or ``python -m _local_proxy`` with scripts/ on the path).

Why this shape: Prisma's native engines are only downloadable from Prisma's CDN, so the query engine
is the WASM build behind ``shim/`` and the schema is applied with psql from the migrations of the
litellm-proxy-extras installed beside the release, plus the release's schema delta (``schema_deltas/``) when that is
an older one than it pins (1.108.13 and later: the package registry lacks their pins, see
scripts/_setup/litellm_install.py).  Everything a run owns lives in one state folder (``.local-proxy/`` for
the default release, ``.local-proxy-<release>/`` for another, or ``$LITELLM_SDK_PROXY_DIR``); each
release's Python venv (``.cache/litellm-<release>``) and the shim's node_modules are shared in ``.cache/``.
The release is ``--litellm-version X`` or ``$LITELLM_SDK_LITELLM_VERSION``.
Standard library only (and pip's vendored ``packaging`` when ``packaging`` is absent): this runs before anything
else is installed.

One module per concern:

    cli.py       start | stop | status: what each command sets up, starts and prints
    install.py   which release (the pinned one, --litellm-version, $LITELLM_SDK_LITELLM_VERSION) and its venv
                 (through the one installer of LiteLLM venvs, scripts/_setup/litellm_install.py)
    engine.py    the Prisma query-engine shim and the Prisma client generated into the release's venv
    postgres.py  PostgreSQL of the state folder: initdb, start, stop, the release's migrations and schema delta
    schema.py    tables, columns and enums of a schema.prisma and of SQL migrations: does a release need a delta
    config.py    the proxy's config.yaml (fake models, the stub-upstream deployments)
    proxy.py     the litellm process: start, readiness, stop
    state.py     the state folder: master key, state.json
    process.py   free ports, live PIDs, bounded waits, HTTP GET
    common.py    paths, progress lines, commands run into a log, file locks
"""
