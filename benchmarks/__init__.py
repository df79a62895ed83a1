"""Benchmarks for metricner: speed, memory, cost growth and a Duckling comparison.

    python -m benchmarks.run --docs 200 --out docs/benchmarks.json
    python -m benchmarks.duckling_compare
    python -m benchmarks.fast_options --out docs/fast_options.json
    python -m benchmarks.growth --out docs/growth.json
    python -m benchmarks.plots

Every engine in one run sees the same documents (benchmarks.corpus), and every
ratio is taken between measurements made in the same process.
"""
