// Reads a UI message stream (SSE bytes) from stdin with the `ai` package's own parsing, as useChat does
// (DefaultChatTransport: parseJsonEventStream + uiMessageChunkSchema, then readUIMessageStream), and prints
// {"messages": [...snapshots...], "errors": [...], "chunks": [...]} as JSON. The bytes are fed in pieces of
// CHUNK_SIZE bytes (env) so framing split across reads is exercised too.
import { parseJsonEventStream, readUIMessageStream, uiMessageChunkSchema } from "ai";

const input = [];
for await (const piece of process.stdin) input.push(piece);
const bytes = Buffer.concat(input);
const size = Number(process.env.CHUNK_SIZE || bytes.length || 1);

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
  for await (const message of readUIMessageStream({ stream: parsed, onError: (e) => errors.push(String(e.message ?? e)) })) {
    messages.push(structuredClone(message));
  }
} catch (e) {
  errors.push("thrown: " + String(e.message ?? e));
}
process.stdout.write(JSON.stringify({ messages, errors, chunks }));
