// The example chat app's page: React + useChat (@ai-sdk/react), configured from the key's browser view
// (info.for_browser() on the server: models with their capabilities, features, budget; never the key).
import { useChat } from "@ai-sdk/react";
import { DefaultChatTransport, convertFileListToFileUIParts, lastAssistantMessageIsCompleteWithToolCalls } from "ai";
import { useEffect, useMemo, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import { config as zodConfig } from "zod/v4/core";

// zod (the AI SDK validates stream chunks with it) probes `new Function` once to pick a faster path; under this
// page's Content-Security-Policy (no 'unsafe-eval') the probe fails anyway but is reported as a violation.
zodConfig({ jitless: true });

// The server answers a refusal as the SDK's ui_error_response does: its status and a sentence for the person
// (error.user_message) as plain text.
async function api(path, body) {
  const init =
    body === undefined
      ? { credentials: "same-origin" }
      : {
          method: "POST",
          credentials: "same-origin",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        };
  const response = await fetch(path, init);
  if (!response.ok) throw { message: (await response.text()) || `${path}: ${response.status}`, status: response.status };
  return response.json();
}

// What useChat reports as an error: the refusal's text (its transport throws an error whose message is the body of
// a non-2xx answer, with statusCode) or an `error` chunk's text: either way the SDK's user_message.
const readError = (error) => ({ message: error?.message || String(error), status: error?.statusCode });

const money = (value) => `$${Number(value).toFixed(4)}`;

// The models a chat picker offers: the key's chat models (a model of unknown mode is offered too).
const chatModels = (key) => (key.models || []).filter((m) => !m.mode || m.mode === "chat");
const can = (model, capability) => Boolean(model?.capabilities?.includes(capability));

function App() {
  const [session, setSession] = useState(undefined); // undefined: asking the server; null: logged out
  useEffect(() => {
    api("/api/session").then((found) => setSession(found.key ? found : null), () => setSession(null));
  }, []);
  if (session === undefined) return <p className="boot">Loading…</p>;
  if (session === null) return <Login onLogin={setSession} />;
  return <Chat session={session} onLogout={() => setSession(null)} />;
}

function Login({ onLogin }) {
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState(null);
  async function submit(event) {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      onLogin(await api("/api/login", { name }));
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  }
  return (
    <form className="login" onSubmit={submit} data-testid="login-form">
      <h1>Chat</h1>
      <label>
        Your name{" "}
        <input
          data-testid="login-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={64}
          required
          autoFocus
        />
      </label>
      <button type="submit" data-testid="login-button" disabled={busy}>
        {busy ? "Logging in…" : "Log in"}
      </button>
      {failure && <ErrorBox error={failure} />}
    </form>
  );
}

function ErrorBox({ error, onDismiss }) {
  return (
    <div className="error" role="alert" data-testid="error" data-status={error.status ?? ""}>
      <p data-testid="error-message">{error.message}</p>
      {onDismiss && (
        <button type="button" onClick={onDismiss} data-testid="dismiss-error">
          Dismiss
        </button>
      )}
    </div>
  );
}

function Budget({ budget }) {
  if (!budget || budget.max == null) {
    return (
      <span data-testid="budget" data-remaining="">
        Budget: unlimited
      </span>
    );
  }
  return (
    <span data-testid="budget" data-remaining={budget.remaining}>
      Budget left: {money(budget.remaining)} of {money(budget.max)}
    </span>
  );
}

function Part({ part }) {
  if (part.type === "text") return <p className="text">{part.text}</p>;
  if (part.type === "reasoning") {
    return (
      <details>
        <summary>Thinking</summary>
        <p className="text">{part.text}</p>
      </details>
    );
  }
  if (part.type === "file") {
    return part.mediaType?.startsWith("image/") ? (
      <img className="thumb" src={part.url} alt={part.filename || "image"} data-testid="message-image" />
    ) : (
      <p className="text">Attached: {part.filename || part.mediaType}</p>
    );
  }
  if (part.type === "dynamic-tool" || part.type.startsWith("tool-")) {
    const name = part.type === "dynamic-tool" ? part.toolName : part.type.slice(5);
    const outcome =
      part.state === "output-available"
        ? ` → ${JSON.stringify(part.output)}`
        : part.state === "output-error"
          ? ` failed: ${part.errorText}`
          : " …";
    return (
      <div className="tool" data-testid="tool-call" data-tool={name} data-state={part.state}>
        Tool {name}({JSON.stringify(part.input ?? {})}){outcome}
      </div>
    );
  }
  return null;
}

function Message({ message }) {
  const meta = message.metadata;
  return (
    <div className={`message ${message.role}`} data-testid={`message-${message.role}`}>
      <div className="role">{message.role === "user" ? "You" : meta?.model || "Assistant"}</div>
      {message.parts.map((part, i) => (
        <Part key={i} part={part} />
      ))}
      {meta?.cost != null && (
        <div className="meta" data-testid="message-cost">
          {money(meta.cost)}
          {meta.usage?.totalTokens != null && ` · ${meta.usage.totalTokens} tokens`}
        </div>
      )}
    </div>
  );
}

// The browser runs the one tool the server offers to models with function calling.
function runTool(toolCall) {
  if (toolCall.toolName === "local_time") {
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return { output: { time: new Date().toString(), timeZone } };
  }
  return { errorText: `This page has no tool named ${toolCall.toolName}.` };
}

function Chat({ session, onLogout }) {
  const key = session.key;
  const models = chatModels(key);
  const [model, setModel] = useState(models[0]?.id || "");
  const modelRef = useRef(model);
  modelRef.current = model;
  const current = models.find((m) => m.id === model);
  const imageGeneration = (key.features || []).includes("image_generation");
  const [budget, setBudget] = useState(key.budget);
  const [input, setInput] = useState("");
  const [files, setFiles] = useState([]);
  const [failure, setFailure] = useState(null);
  const [images, setImages] = useState([]);
  const fileInput = useRef(null);

  const transport = useMemo(
    () => new DefaultChatTransport({ api: "/api/chat", body: () => ({ model: modelRef.current }) }),
    [],
  );
  const { messages, sendMessage, status, error, clearError, setMessages, addToolOutput } = useChat({
    transport,
    sendAutomaticallyWhen: lastAssistantMessageIsCompleteWithToolCalls,
    onToolCall({ toolCall }) {
      const { output, errorText } = runTool(toolCall);
      const base = { tool: toolCall.toolName, toolCallId: toolCall.toolCallId };
      addToolOutput(output ? { ...base, output } : { ...base, state: "output-error", errorText });
    },
    onFinish({ message }) {
      // the stream's message metadata: what is left after this answer (the server's running figure)
      const meta = message?.metadata;
      if (meta?.remainingBudget != null) {
        setBudget((old) => ({
          ...old,
          remaining: meta.remainingBudget,
          spent: meta.spent ?? old?.spent,
          max: meta.maxBudget ?? old?.max,
        }));
      }
    },
  });

  const shown = failure || (error ? readError(error) : null);
  function dismiss() {
    setFailure(null);
    clearError();
    // the message that was refused is taken back, so the next one is not refused for it again
    setMessages((all) => (all.length && all[all.length - 1].role === "user" ? all.slice(0, -1) : all));
  }

  async function attach(event) {
    const parts = await convertFileListToFileUIParts(event.target.files);
    setFiles((old) => [...old, ...parts]);
  }

  function send(event) {
    event.preventDefault();
    if (!input.trim() && files.length === 0) return;
    const message = files.length ? { text: input, files } : { text: input };
    setInput("");
    setFiles([]);
    if (fileInput.current) fileInput.current.value = "";
    setFailure(null);
    sendMessage(message);
  }

  async function generate() {
    const prompt = input.trim() || "a cat in a hat";
    setFailure(null);
    try {
      const made = await api("/api/image", { prompt });
      setImages((old) => [...old, ...made.images.map((image) => ({ ...image, prompt }))]);
      if (made.budget) setBudget(made.budget);
    } catch (err) {
      setFailure(err);
    }
  }

  async function logout() {
    try {
      await api("/api/logout", {});
    } finally {
      onLogout();
    }
  }

  const busy = status === "submitted" || status === "streaming";
  return (
    <div className="chat">
      <header>
        <span className="who" data-testid="user-name">
          {session.name}
        </span>
        <Budget budget={budget} />
        {key.expires_at && <span className="status">key expires {new Date(key.expires_at).toLocaleString()}</span>}
        <button type="button" onClick={logout} data-testid="logout">
          Log out
        </button>
      </header>

      <div className="controls">
        <label>
          Model{" "}
          <select data-testid="model-picker" value={model} onChange={(e) => setModel(e.target.value)}>
            {models.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name || m.id}
                {can(m, "vision") ? " · images" : ""}
                {can(m, "function_calling") ? " · tools" : ""}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setMessages([])} data-testid="new-chat" disabled={busy}>
          New chat
        </button>
        <span className="status" data-testid="status">
          {status}
        </span>
      </div>

      <div className="messages" data-testid="messages">
        {messages.map((message) => (
          <Message key={message.id} message={message} />
        ))}
      </div>

      {images.length > 0 && (
        <div className="gallery">
          {images.map((image, i) =>
            image.url.startsWith("data:") ? (
              <img key={i} className="thumb" src={image.url} alt={image.prompt} data-testid="generated-image" />
            ) : (
              <a key={i} href={image.url} target="_blank" rel="noreferrer" data-testid="generated-image">
                {image.prompt}
              </a>
            ),
          )}
        </div>
      )}

      {shown && <ErrorBox error={shown} onDismiss={dismiss} />}

      <form className="composer" onSubmit={send}>
        <textarea
          data-testid="chat-input"
          value={input}
          placeholder={models.length ? "Message" : "This key has no chat model"}
          onChange={(e) => setInput(e.target.value)}
        />
        {files.length > 0 && (
          <div className="row">
            {files.map((file, i) => (
              <span key={i} data-testid="pending-file">
                Attached: {file.filename}
              </span>
            ))}
            {!can(current, "vision") && (
              <span className="warning" data-testid="vision-warning">
                {model} cannot read images
              </span>
            )}
            <button type="button" onClick={() => setFiles([])}>
              Remove
            </button>
          </div>
        )}
        <div className="row">
          <button type="submit" data-testid="send" disabled={busy || !models.length}>
            Send
          </button>
          {can(current, "vision") && (
            <label>
              Attach an image{" "}
              <input ref={fileInput} type="file" accept="image/*" multiple onChange={attach} data-testid="attach" />
            </label>
          )}
          {imageGeneration && (
            <button type="button" onClick={generate} data-testid="generate-image">
              Generate an image
            </button>
          )}
        </div>
      </form>
    </div>
  );
}

createRoot(document.getElementById("root")).render(<App />);
