"""What key management does, as sans-I/O operations over ``_engine``: ``request_key`` and friends (``keys``),
``ensure_key``'s one-key-per-alias protocol (``ensure``), LiteLLM key records to SDK types (``records``), the typed
``/key/generate`` fields (``fields``) and which LiteLLM release a proxy runs (``release``).

Imports ``_engine`` and the shared floor, never ``_use`` or the client shells.
"""
