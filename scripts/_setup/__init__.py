"""What every script sets up before it runs: the project's .venv with the extras it needs (venv.py), and the LiteLLM
releases no script may ever install (litellm_releases.py). Standard library only: this runs before .venv exists."""
