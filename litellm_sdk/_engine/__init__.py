"""How any call runs, whatever it does: the sans-I/O engine and the two runners that drive it.

- ``steps``: operations are generators of frozen steps (request, sleep, cache, shared flight, undo); the retried
  send and its rules; a stream is a step like any request.
- ``retry``: when a failure may be retried and how long to wait (the one retry policy).
- ``deadline``: each call's time budget, derived from the client's settings.
- ``runner``: what both runners share, everything that is not waiting (URLs, auth, the budget, bounded bodies,
  masked logs, compensations, flights, the cache guard, step dispatch).
- ``http``: the blocking runner's waits.
- ``async_runner``: the awaiting runner's waits.

This floor imports the shared modules below it (``errors``, ``_constants``, ``_redact``, ``_classify`` ...) and
nothing of ``_manage``, ``_use`` or the client shells above it.
"""
