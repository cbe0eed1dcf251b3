"""Rows 3 and 5: import time and memory, each sample in a fresh interpreter, plus the wheel's size.

Import time is measured inside the child around the import statement (interpreter start-up excluded), warm
(.pyc files written by an untimed first run), contenders interleaved, median of several runs. The generated
endpoint module's row reuses imports.py's sampler (``scripts/bench imports``) unchanged.
"""

from __future__ import annotations

import importlib.metadata
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from _bench import imports
from _bench.common import LITELLM_PY, ROOT, Row, Section, child_env, goal, median, ms, ratio

#: ``import litellm_sdk`` against ``import openai`` (issue [shape]: 0.25x; the first goal, of issue 7, was 1/3).
IMPORT_GOAL = 0.25

TIMED = "import time; t = time.perf_counter(); {code}; print(time.perf_counter() - t)"
CLIENT = "litellm_sdk.LiteLLMClient('http://127.0.0.1:9', 'sk-bench')"
OPENAI_CLIENT = "openai.OpenAI(api_key='sk-bench', base_url='http://127.0.0.1:9/v1')"


def _run(python: Path | str, code: str) -> str:
    out = subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, check=True, env=child_env(), cwd=ROOT
    )
    return out.stdout.strip().splitlines()[-1]


def import_times(runs: int) -> Section:
    contenders: dict[str, tuple[str, str]] = {
        "import openai (baseline)": (sys.executable, "import openai"),
        "import litellm_sdk": (sys.executable, "import litellm_sdk"),
        "first request_key ready (import litellm_sdk + LiteLLMClient(...))": (
            sys.executable,
            f"import litellm_sdk; {CLIENT}",
        ),
        "openai client ready (import openai + OpenAI(...))": (sys.executable, f"import openai; {OPENAI_CLIENT}"),
        "import httpx (floor: our one heavy dependency)": (sys.executable, "import httpx"),
        "LiteLLM's client: from litellm.proxy.client import Client (pinned venv)": (
            str(LITELLM_PY),
            "from litellm.proxy.client import Client",
        ),
    }
    generated = f"generated endpoint module ({imports.MODULE.rsplit('.', 1)[-1]}, via scripts/bench imports)"

    def sample(name: str) -> float:
        if name == generated:
            return imports.sample(imports.LAZY)
        python, code = contenders[name]
        return float(_run(python, TIMED.format(code=code)))

    names = [*contenders, generated]
    for name in names:
        sample(name)  # warm-up: writes .pyc files
    samples: dict[str, list[float]] = {name: [] for name in names}
    for _ in range(runs):
        for name in names:
            samples[name].append(sample(name))
    result = {name: median(values) for name, values in samples.items()}
    base = result["import openai (baseline)"]
    section = Section(
        "3. Import time",
        f"Fresh interpreter per sample, time of the import statement(s) only, warm .pyc; contenders interleaved; "
        f"median of {runs}. Ratio: to `import openai` in the same run. LiteLLM runs with "
        "LITELLM_LOCAL_MODEL_COST_MAP=True (else its import tries the network first).",
        header=("What", "Median", "Ratio vs import openai", "Note"),
    )
    ready = "first request_key ready (import litellm_sdk + LiteLLMClient(...))"
    openai_ready = result["openai client ready (import openai + OpenAI(...))"]
    for name, value in result.items():
        note = ""
        if name == "import litellm_sdk":
            note = goal(value / base <= IMPORT_GOAL, f"<= {IMPORT_GOAL:.2f}x openai (issue [shape])")
            section.verdicts.append(f"{name}: {value / base:.2f}x `import openai`, {note}")
        if name == ready:
            like = value / openai_ready
            note = f"{like:.2f}x openai client ready; " + goal(like <= 1 / 3, "<= 1/3 of openai's ready (0.33x)")
            section.verdicts.append(f"{name}: {like:.2f}x openai import + client, {goal(like <= 1 / 3, '<= 1/3')}")
        section.rows.append(Row(name, ms(value), ratio(value, base), note))
    return section


# VmHWM (peak RSS of this process image); ru_maxrss would carry the parent's peak across fork + exec.
RSS = "{code}\nprint([ln.split()[1] for ln in open('/proc/self/status') if ln.startswith('VmHWM:')][0])"


def memory(base_url: str, runs: int, calls: int) -> Section:
    loop = f"\nfor _ in range({calls}):\n    "
    sdk_calls = (
        f"import litellm_sdk; c = {CLIENT.replace('http://127.0.0.1:9', base_url)}"
        f"{loop}c.request_key(user_id='bench', models=['plain-chat', 'gpt-4o-vision'])"
    )
    raw_calls = (
        f"import httpx; c = httpx.Client(base_url='{base_url}', headers={{'Authorization': 'Bearer sk-bench'}})"
        f"{loop}c.post('/key/generate', json={{'user_id': 'bench', 'models': ['plain-chat']}}).json()"
    )
    oai_calls = f"import openai; c = {OPENAI_CLIENT.replace('http://127.0.0.1:9', base_url)}{loop}c.models.list().data"
    contenders: dict[str, tuple[str, str]] = {
        "bare interpreter": (sys.executable, "pass"),
        "after import httpx": (sys.executable, "import httpx"),
        "after import litellm_sdk + LiteLLMClient(...)": (sys.executable, f"import litellm_sdk; {CLIENT}"),
        "after import openai + OpenAI(...) (baseline for import)": (sys.executable, f"import openai; {OPENAI_CLIENT}"),
        "after from litellm.proxy.client import Client (pinned venv)": (
            str(LITELLM_PY),
            "from litellm.proxy.client import Client",
        ),
        f"raw httpx after {calls} POST /key/generate (baseline for calls)": (sys.executable, raw_calls),
        f"litellm_sdk after {calls} request_key (warm cache)": (sys.executable, sdk_calls),
        f"openai after {calls} models.list()": (sys.executable, oai_calls),
    }
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(runs):
        for name, (python, code) in contenders.items():
            samples[name].append(int(_run(python, RSS.format(code=code))) / 1024)
    result = {name: median(values) for name, values in samples.items()}
    import_base = result["after import openai + OpenAI(...) (baseline for import)"]
    call_base = result[f"raw httpx after {calls} POST /key/generate (baseline for calls)"]
    section = Section(
        "5. Memory and size",
        f"Peak RSS (VmHWM) of a fresh interpreter, median of {runs}; calls go to the canned local server. "
        "Import rows: ratio to openai's import + client; call rows: ratio to raw httpx making the same number "
        "of calls.",
        header=("What", "Peak RSS / size", "Ratio", "Note"),
    )
    for name, value in result.items():
        base = call_base if str(calls) in name else import_base
        section.rows.append(Row(name, f"{value:.1f} MiB", ratio(value, base)))
    sdk_growth = (
        result[f"litellm_sdk after {calls} request_key (warm cache)"]
        - result["after import litellm_sdk + LiteLLMClient(...)"]
    )
    section.rows.append(Row(f"litellm_sdk growth over {calls} calls", f"{sdk_growth:+.1f} MiB", "", "leak check"))
    section.rows.extend(wheel_rows())
    return section


def _installed_size(dist: str) -> int:
    files = importlib.metadata.distribution(dist).files or []
    return sum(f.size or 0 for f in files)


def wheel_rows() -> list[Row]:
    tmp = Path(tempfile.mkdtemp(prefix="bench-wheel-"))
    try:
        subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", str(ROOT), "-w", str(tmp)],
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
        wheel = next(tmp.glob("*.whl"))
        with zipfile.ZipFile(wheel) as archive:
            infos = archive.infolist()
        total = sum(i.file_size for i in infos)
        ours = sum(i.file_size for i in infos if i.filename.startswith("litellm_sdk/"))
        gen = sum(i.file_size for i in infos if i.filename.startswith("litellm_proxy_client/"))
        openai_size = _installed_size("openai")
        httpx_size = _installed_size("httpx")
        mib = 1024 * 1024
        return [
            Row("openai installed size (baseline for size)", f"{openai_size / mib:.2f} MiB", "1.00x"),
            Row(f"our wheel file ({wheel.name})", f"{wheel.stat().st_size / mib:.2f} MiB", ""),
            Row("our wheel unpacked, total", f"{total / mib:.2f} MiB", ratio(total, openai_size)),
            Row(
                "  of which litellm_sdk/ (hand-written SDK)",
                f"{ours / mib:.2f} MiB",
                ratio(ours, openai_size),
            ),
            Row(
                "  of which litellm_proxy_client/ (generated, every endpoint)",
                f"{gen / mib:.2f} MiB",
                ratio(gen, openai_size),
            ),
            Row("httpx installed size (context)", f"{httpx_size / mib:.2f} MiB", ratio(httpx_size, openai_size)),
        ]
    except (subprocess.CalledProcessError, StopIteration) as exc:
        return [Row("our wheel", "not measured", "", f"pip wheel failed: {exc}")]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
