"""The key in use: ``KeyClient`` / ``AsyncKeyClient`` and their streams (``client``), requests, limit checks and
parsers without I/O (``ops``), the result types (``types``) and the Vercel AI SDK bridge (``ui_messages`` in,
``vercel`` out).

Loaded only when one of its names is first used (``litellm_sdk.__getattr__``): a server that only manages keys
never imports it. Imports ``_engine`` and the shared floor, never ``_manage`` or the management clients.
"""
