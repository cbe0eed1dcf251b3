"""Pipeline that turns LiteLLM's OpenAPI spec into the committed, generated low-level client."""
