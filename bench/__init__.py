"""Benchmarks: `make bench` runs every ``bench/bench_*.py`` module's ``main()``.

Each module prints plain result lines, ``name value unit``, and notes starting with ``#``.
Speed and memory goals live here, not in timed tests.
"""
