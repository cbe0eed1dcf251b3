"""The proxy's config.yaml: fake models only, plus the stub-upstream deployments when $LITELLM_SDK_STUB_UPSTREAM is
set."""

from __future__ import annotations

import os
import re

from .common import LauncherError

CONFIG = """\
# Written by scripts/local-proxy on every start.  Fake models only: mock_response, no provider is called
# (with $LITELLM_SDK_STUB_UPSTREAM set, the *-stub models call that local stub upstream instead).
# Costs are set explicitly so spend is recorded for mock calls (budgets can be exceeded in tests).
# plain-chat and whisper-1 form the access group sdk-access-group (a key with models: [sdk-access-group] gets both).
model_list:
  - model_name: gpt-4o-vision
    litellm_params:
      model: openai/gpt-4o
      api_key: sk-fake-provider-key-never-used
      mock_response: "Hello from the mock gpt-4o-vision."
      input_cost_per_token: 0.0025
      output_cost_per_token: 0.01
    model_info:
      mode: chat
      supports_vision: true
      supports_function_calling: true
      supports_parallel_function_calling: true
      max_input_tokens: 128000
      max_output_tokens: 16384
      input_cost_per_token: 0.0025
      output_cost_per_token: 0.01
  - model_name: plain-chat
    litellm_params:
      model: openai/plain-chat
      api_key: sk-fake-provider-key-never-used
      mock_response: "Hello from the mock plain-chat."
      input_cost_per_token: 0.001
      output_cost_per_token: 0.002
    model_info:
      mode: chat
      supports_vision: false
      supports_function_calling: false
      supports_parallel_function_calling: false
      input_cost_per_token: 0.001
      output_cost_per_token: 0.002
      access_groups: ["sdk-access-group"]
  - model_name: dall-e-3
    litellm_params:
      model: openai/dall-e-3
      api_key: sk-fake-provider-key-never-used
      mock_response: "https://example.invalid/fake.png"
    model_info:
      mode: image_generation
  - model_name: whisper-1
    litellm_params:
      model: openai/whisper-1
      api_key: sk-fake-provider-key-never-used
      mock_response: "mock transcription"
    model_info:
      mode: audio_transcription
      access_groups: ["sdk-access-group"]
  - model_name: text-embedding-3-small
    litellm_params:
      model: openai/text-embedding-3-small
      api_key: sk-fake-provider-key-never-used
      mock_response: [0.1, 0.2, 0.3]
    model_info:
      mode: embedding
  - model_name: "anthropic/claude-haiku*"
    litellm_params:
      model: "anthropic/claude-haiku*"
      api_key: sk-fake-provider-key-never-used
      mock_response: "Hello from the mock anthropic/claude-haiku* wildcard."
{stub_models}litellm_settings:
  telemetry: false
  drop_params: true
general_settings:
  proxy_batch_write_at: 2
  master_key: os.environ/LITELLM_MASTER_KEY
  database_url: os.environ/DATABASE_URL
"""


#: The environment variable naming a stub upstream (tests/_stub_upstream.py, started by the test fixtures):
#: when it is set, the proxy also serves the deployments below, which send their calls there.
ENV_STUB_UPSTREAM = "LITELLM_SDK_STUB_UPSTREAM"


#: Deployments served by a real (stub) OpenAI-compatible upstream: LiteLLM ignores mock_response for audio, and a
#: mock cannot fail in the middle of a stream the way a provider does, nor answer from what it was sent (images, tool
#: results: assistant-stub, for the example chat app's browser test). The upstream model name picks the stub's
#: behaviour (tests/_stub_upstream.py). Costs are set so the proxy reports spend for these calls too.
STUB_MODELS = """\
  - model_name: whisper-stub
    litellm_params:
      model: openai/whisper-1
      api_base: {api_base}
      api_key: sk-fake-provider-key-never-used
      input_cost_per_second: 0.0001
    model_info:
      mode: audio_transcription
      input_cost_per_second: 0.0001
  - model_name: tts-stub
    litellm_params:
      model: openai/tts-1
      api_base: {api_base}
      api_key: sk-fake-provider-key-never-used
      input_cost_per_character: 0.000015
    model_info:
      mode: audio_speech
      input_cost_per_character: 0.000015
  - model_name: stream-error-stub
    litellm_params:
      model: openai/stub-midstream-error
      api_base: {api_base}
      api_key: sk-fake-provider-key-never-used
    model_info:
      mode: chat
  - model_name: broken-stream-stub
    litellm_params:
      model: openai/stub-broken-stream
      api_base: {api_base}
      api_key: sk-fake-provider-key-never-used
    model_info:
      mode: chat
  - model_name: content-policy-stub
    litellm_params:
      model: openai/stub-content-policy
      api_base: {api_base}
      api_key: sk-fake-provider-key-never-used
    model_info:
      mode: chat
  - model_name: policy-midstream-stub
    litellm_params:
      model: openai/stub-policy-midstream
      api_base: {api_base}
      api_key: sk-fake-provider-key-never-used
    model_info:
      mode: chat
  - model_name: assistant-stub
    litellm_params:
      model: openai/stub-assistant
      api_base: {api_base}
      api_key: sk-fake-provider-key-never-used
      input_cost_per_token: 0.0001
      output_cost_per_token: 0.0002
    model_info:
      mode: chat
      supports_vision: true
      supports_function_calling: true
      input_cost_per_token: 0.0001
      output_cost_per_token: 0.0002
"""


def render_config() -> str:
    """The proxy's config.yaml: the mock models, plus the stub-upstream ones when $LITELLM_SDK_STUB_UPSTREAM is set."""
    stub = os.environ.get(ENV_STUB_UPSTREAM, "").strip().rstrip("/")
    if stub and not re.fullmatch(r"https?://[A-Za-z0-9.\-\[\]:]+", stub):
        raise LauncherError(f"${ENV_STUB_UPSTREAM} must be a bare http://host:port URL, got {stub!r}")
    return CONFIG.replace("{stub_models}", STUB_MODELS.format(api_base=f"{stub}/v1") if stub else "")
