// The AI SDK's own conversion of UI messages, as an oracle for litellm_sdk.chat_messages_from_ui: reads
// [{"name", "messages"}, ...] (JSON) from stdin, runs the pinned `ai` package's convertToModelMessages on each
// (ignoreIncompleteToolCalls: an OpenAI-format provider refuses a tool call with no answer; data-note parts mapped
// to text), then does what the AI SDK's OpenAI provider does with the model messages
// (packages/openai/src/chat/convert-to-openai-chat-messages.ts), keeping only what the comparison needs: roles,
// order, texts, the kind of each file part, tool calls with their arguments, tool answers.
// Prints [{"name", "messages"}, ...] as JSON.
import { convertToModelMessages } from "ai";

const input = [];
for await (const piece of process.stdin) input.push(piece);
const fixtures = JSON.parse(Buffer.concat(input).toString("utf8"));

const convertDataPart = (part) =>
  part.type === "data-note" ? { type: "text", text: `Note: ${part.data.text}` } : undefined;

function fileKind(mediaType) {
  if (mediaType.startsWith("image")) return "image_url";
  if (["audio/wav", "audio/mp3", "audio/mpeg"].includes(mediaType)) return "input_audio";
  return "file";
}

function toolAnswer(output) {
  switch (output.type) {
    case "text":
    case "error-text":
      return output.value;
    case "execution-denied":
      return output.reason ?? "Tool call execution denied.";
    default:
      return JSON.stringify(output.value);
  }
}

function asOpenAI(modelMessages) {
  const out = [];
  for (const { role, content } of modelMessages) {
    if (role === "system") {
      out.push({ role, content });
    } else if (role === "user") {
      if (content.length === 1 && content[0].type === "text") {
        out.push({ role, content: content[0].text });
      } else {
        out.push({
          role,
          content: content.map((p) => (p.type === "text" ? { type: "text", text: p.text } : { type: fileKind(p.mediaType) })),
        });
      }
    } else if (role === "assistant") {
      const texts = content.filter((p) => p.type === "text");
      const calls = content.filter((p) => p.type === "tool-call");
      // The OpenAI provider sends an assistant message even when a step held only reasoning or files (as content
      // ""); chat_messages_from_ui leaves such a step out. That difference is the only one, and it is left out here.
      if (texts.length === 0 && calls.length === 0) continue;
      out.push({
        role,
        content: texts.map((p) => p.text).join(""),
        tool_calls: calls.map((p) => ({ id: p.toolCallId, name: p.toolName, arguments: JSON.stringify(p.input ?? {}) })),
      });
    } else if (role === "tool") {
      for (const part of content) {
        if (part.type !== "tool-result") continue; // tool-approval-response: the OpenAI provider skips it too
        out.push({ role, tool_call_id: part.toolCallId, content: toolAnswer(part.output) });
      }
    }
  }
  return out;
}

const results = [];
for (const { name, messages } of fixtures) {
  const modelMessages = await convertToModelMessages(messages, { ignoreIncompleteToolCalls: true, convertDataPart });
  results.push({ name, messages: asOpenAI(modelMessages) });
}
process.stdout.write(JSON.stringify(results));
