"""Local LiteLLM proxy launcher (real litellm[proxy] + PostgreSQL on loopback, offline); stdlib only."""
