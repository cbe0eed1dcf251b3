"""``scripts/bench``: side-by-side benchmarks of litellm_sdk against its anchors, written to BENCHMARKS.md.

Every figure is a ratio to a baseline measured in the same run, on the same machine (absolute times on a
shared machine drift; ratios hold). See CONTRIBUTING.md, section Benchmarks.
"""
