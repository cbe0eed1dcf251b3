"""Row 7c: UI messages in: ``chat_messages_from_ui`` on a 50-message conversation with attachments.

The baseline is the least a server could do with what ``useChat`` POSTs: ``copy.deepcopy`` of the messages (a
conversion that rebuilds every part is at least that). Time: medians of interleaved rounds. Bytes copied: the peak
of what ``tracemalloc`` sees allocated during one conversion, beside the size of the attachments, so a conversion
that copies (or decodes) the images shows as a multiple of them.
"""

from __future__ import annotations

import base64
import copy
import time
import tracemalloc
from typing import Any

from _bench.common import Row, Section, goal, median, ratio, us

IMAGE_BYTES = 64 * 1024


def conversation(messages: int = 50, image_every: int = 5) -> list[dict[str, Any]]:
    """A useChat conversation: users and assistants taking turns, an image on every ``image_every``-th user turn,
    a tool call with its output on every assistant turn after an image."""
    image = "data:image/png;base64," + base64.b64encode(b"\x89PNG" + bytes(IMAGE_BYTES - 4)).decode()
    out: list[dict[str, Any]] = []
    for i in range(messages):
        if i % 2 == 0:
            parts: list[dict[str, Any]] = [{"type": "text", "text": f"question {i}: what is in this picture?"}]
            if (i // 2) % image_every == 0:
                parts.append({"type": "file", "mediaType": "image/png", "url": image, "filename": f"p{i}.png"})
            out.append({"id": f"m{i}", "role": "user", "parts": parts})
        else:
            parts = [{"type": "step-start"}, {"type": "text", "text": f"answer {i} " * 20}]
            if (i // 2) % image_every == 0:
                parts.append(
                    {
                        "type": "tool-weather",
                        "toolCallId": f"call{i}",
                        "state": "output-available",
                        "input": {"city": "Oslo"},
                        "output": {"temperature": 3},
                    }
                )
            out.append({"id": f"m{i}", "role": "assistant", "parts": parts})
    return out


def _peak(fn: Any, arg: Any) -> int:
    tracemalloc.start()
    tracemalloc.reset_peak()
    fn(arg)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def section(rounds: int = 200) -> Section:
    from litellm_sdk import chat_messages_from_ui

    messages = conversation()
    images = sum(1 for m in messages for p in m["parts"] if p.get("type") == "file")
    attached = images * len(messages[0]["parts"][1]["url"])
    out = Section(
        "7c. UI messages in (chat_messages_from_ui), 50 messages with attachments",
        f"A useChat conversation of {len(messages)} messages ({images} images of {IMAGE_BYTES // 1024} KiB as data "
        f"URLs, {attached:,} bytes of URL text; tool calls with outputs; step-start parts) turned into LiteLLM chat "
        "messages, against `copy.deepcopy` of the same list (the least a server could do with it). Interleaved, "
        f"{rounds} rounds, medians; bytes: tracemalloc's peak during one call.",
    )
    sdk: list[float] = []
    base: list[float] = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        copy.deepcopy(messages)
        t1 = time.perf_counter()
        chat_messages_from_ui(messages)
        t2 = time.perf_counter()
        base.append(t1 - t0)
        sdk.append(t2 - t1)
    b, s = median(base), median(sdk)
    peak_sdk, peak_base = _peak(chat_messages_from_ui, messages), _peak(copy.deepcopy, messages)
    out.rows += [
        Row("copy.deepcopy of the messages (baseline)", us(b), "1.00x", f"peak {peak_base:,} bytes"),
        Row("chat_messages_from_ui", us(s), ratio(s, b), f"peak {peak_sdk:,} bytes"),
    ]
    copied = peak_sdk / attached
    out.verdicts.append(
        f"UI messages in, 50 messages: {s / b:.2f}x a deepcopy in time; allocates {copied:.2f}x the attachments' "
        f"size at its peak, {goal(copied < 0.5, 'the attachments are passed through, not copied (< 0.5x)')}"
    )
    return out


if __name__ == "__main__":
    for row in section(50).rows:
        print(row)
