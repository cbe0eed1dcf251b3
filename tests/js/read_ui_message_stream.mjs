// Reads a UI message stream (SSE bytes) from stdin with the `ai` package's own parsing, as useChat does
// (DefaultChatTransport: parseJsonEventStream + uiMessageChunkSchema, then readUIMessageStream), and prints
// {"messages": [...snapshots...], "errors": [...], "chunks": [...]} as JSON.
// Env: AI_MODULE, the package to read with ("ai", or one of the aliases package.json pins: "ai-6-strict",
// "ai-6-latest", "ai-7"); CHUNK_SIZE, the size of the pieces the bytes are fed in, so framing split across reads is
// exercised too; or CHUNK_SIZE=all: read the bytes whole, then again fed in pieces of every size from 1 to their
// length, and add "splits": {"checked": n, "differing": [sizes whose result differs from the whole read]}.
const ai = await import(process.env.AI_MODULE || "ai");
const { parseJsonEventStream, readUIMessageStream, uiMessageChunkSchema } = ai;

const input = [];
for await (const piece of process.stdin) input.push(piece);
const bytes = Buffer.concat(input);

async function read(size) {
  const body = new ReadableStream({
    start(controller) {
      for (let i = 0; i < bytes.length; i += size) controller.enqueue(new Uint8Array(bytes.subarray(i, i + size)));
      controller.close();
    },
  });
  const chunks = [];
  const errors = [];
  const parsed = parseJsonEventStream({ stream: body, schema: uiMessageChunkSchema }).pipeThrough(
    new TransformStream({
      transform(result, controller) {
        if (!result.success) throw result.error; // as DefaultChatTransport does
        chunks.push(result.value);
        controller.enqueue(result.value);
      },
    }),
  );
  const messages = [];
  try {
    for await (const message of readUIMessageStream({
      stream: parsed,
      onError: (e) => errors.push(String(e.message ?? e)),
    })) {
      messages.push(structuredClone(message));
    }
  } catch (e) {
    errors.push("thrown: " + String(e.message ?? e));
  }
  return { messages, errors, chunks };
}

const mode = process.env.CHUNK_SIZE || "";
if (mode === "all") {
  const whole = await read(bytes.length || 1);
  // the snapshots depend on how the bytes arrive (one per read); the final message, the errors and chunks do not
  const final = (r) => JSON.stringify([r.messages.at(-1), r.errors, r.chunks]);
  const expected = final(whole);
  const differing = [];
  for (let size = 1; size <= bytes.length; size++) {
    if (final(await read(size)) !== expected) differing.push(size);
  }
  process.stdout.write(JSON.stringify({ ...whole, splits: { checked: bytes.length, differing } }));
} else {
  process.stdout.write(JSON.stringify(await read(Number(mode) || bytes.length || 1)));
}
