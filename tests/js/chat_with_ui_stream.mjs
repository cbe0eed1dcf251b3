// What a useChat page sees of one answer: the `ai` package's own Chat (AbstractChat, which useChat from
// @ai-sdk/react wraps with React state) and its DefaultChatTransport send one user message; the transport's fetch
// answers with the HTTP response read from stdin (the body's bytes; env STATUS, default 200, and CONTENT_TYPE,
// default the UI message stream's), fed in pieces of CHUNK_SIZE bytes. Prints the chat afterwards as JSON:
// {"status", "error": {"name", "message", "statusCode"} | null, "messages", "data": [onData parts],
//  "finishes": [onFinish's {isError, isAbort, finishReason}], "onError": [messages]}.
// Env AI_MODULE: "ai", or one of the aliases package.json pins ("ai-6-strict", "ai-6-latest", "ai-7").
const { AbstractChat, DefaultChatTransport } = await import(process.env.AI_MODULE || "ai");

const input = [];
for await (const piece of process.stdin) input.push(piece);
const bytes = Buffer.concat(input);
const size = Number(process.env.CHUNK_SIZE || bytes.length || 1);
const status = Number(process.env.STATUS || 200);
const contentType = process.env.CONTENT_TYPE || "text/event-stream";

class State {
  constructor() {
    this.status = "ready";
    this.error = undefined;
    this.messages = [];
  }
  pushMessage(message) {
    this.messages = this.messages.concat(message);
  }
  popMessage() {
    this.messages = this.messages.slice(0, -1);
  }
  replaceMessage(index, message) {
    this.messages = [...this.messages.slice(0, index), this.snapshot(message), ...this.messages.slice(index + 1)];
  }
  snapshot(thing) {
    return structuredClone(thing);
  }
}

class Chat extends AbstractChat {
  constructor(init) {
    super({ ...init, state: new State() });
  }
}

const respond = async () => {
  const body = new ReadableStream({
    start(controller) {
      for (let i = 0; i < bytes.length; i += size) controller.enqueue(new Uint8Array(bytes.subarray(i, i + size)));
      controller.close();
    },
  });
  const headers = { "content-type": contentType };
  if (contentType === "text/event-stream") headers["x-vercel-ai-ui-message-stream"] = "v1";
  return new Response(body, { status, headers });
};

const data = [];
const finishes = [];
const onError = [];
const chat = new Chat({
  generateId: (() => {
    let n = 0;
    return () => `id-${n++}`;
  })(),
  transport: new DefaultChatTransport({ api: "http://app.test/api/chat", fetch: respond }),
  onData: (part) => data.push(part),
  onError: (error) => onError.push(String(error.message ?? error)),
  onFinish: ({ isError, isAbort, finishReason }) => finishes.push({ isError, isAbort, finishReason }),
});
let thrown = null;
try {
  await chat.sendMessage({ text: "hi" });
} catch (e) {
  thrown = String(e.message ?? e);
}
const error = chat.error
  ? { name: chat.error.name, message: chat.error.message, statusCode: chat.error.statusCode ?? null }
  : null;
process.stdout.write(
  JSON.stringify({ status: chat.status, error, messages: chat.messages, data, finishes, onError, thrown }),
);
