"""Cost-growth plots from the JSON results (PNG under docs/).

    python -m benchmarks.plots [--growth docs/growth.json ...] [--outdir docs]

Several --growth files are merged (the sweeps of one run, the stream and
large-document checks of others).

Writes, for whatever the JSON holds:
- bench_batch_throughput.png: model engine documents/s vs batch size
- bench_length_throughput.png: characters/s vs document length, per engine
- bench_length_memory.png: RSS peak above the starting level vs document length
- bench_stream_memory.png: RSS over a long stream of documents
Needs matplotlib (the `bench` extra).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def _ok(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in rows if r.get("status") == "ok"]


def merge(results: list[dict[str, Any]]) -> dict[str, Any]:
    """One growth result from several: rows appended, streams listed."""
    out: dict[str, Any] = {"batch": [], "length": [], "big": [], "streams": []}
    for r in results:
        for key in ("batch", "length", "big"):
            out[key] += r.get(key, [])
        if r.get("stream"):
            out["streams"].append(r["stream"])
    return out


def plot_all(growth: dict[str, Any], outdir: Path) -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    written: list[Path] = []

    def save(fig: Any, name: str) -> None:
        path = outdir / name
        fig.tight_layout()
        fig.savefig(path, dpi=120)
        plt.close(fig)
        written.append(path)

    batch = _ok(growth.get("batch", []))
    if batch:
        fig, ax = plt.subplots(figsize=(5, 3.5))
        ax.plot([r["batch_size"] for r in batch], [r["docs_per_s"] for r in batch], marker="o")
        ax.set_xscale("log", base=2)
        ax.set_xlabel("batch size (documents)")
        ax.set_ylabel("documents / s")
        ax.set_title("Model engine (CPU): throughput vs batch size")
        ax.grid(alpha=0.3)
        save(fig, "bench_batch_throughput.png")

    length = _ok(growth.get("length", []) + growth.get("big", []))
    if length:
        engines = sorted({r["engine"] for r in length})
        for key, ylabel, title, name in (
            ("chars_per_s", "characters / s", "Throughput vs document length", "bench_length_throughput.png"),
            ("rss_peak_delta_mb", "RSS peak above start (MiB)", "Peak memory vs document length",
             "bench_length_memory.png"),
        ):
            fig, ax = plt.subplots(figsize=(5, 3.5))
            for e in engines:
                pts = sorted((r["chars"], r[key]) for r in length if r["engine"] == e)
                ax.plot([p[0] for p in pts], [p[1] for p in pts], marker="o", label=e)
            ax.set_xscale("log")
            ax.set_xlabel("document length (characters)")
            ax.set_ylabel(ylabel)
            ax.set_title(title)
            ax.grid(alpha=0.3)
            ax.legend()
            save(fig, name)

    streams = [s for s in growth.get("streams", []) if s.get("checkpoints")]
    if streams:
        fig, ax = plt.subplots(figsize=(5, 3.5))
        for st in streams:
            pts = st["checkpoints"]
            ax.plot([p["docs"] for p in pts], [p["rss_mb"] for p in pts], marker=".", label=st["engine"])
        ax.set_xscale("log")
        ax.set_xlabel("documents processed")
        ax.set_ylabel("RSS (MiB)")
        ax.set_ylim(bottom=0)
        ax.set_title("Memory over a stream of documents")
        ax.grid(alpha=0.3)
        ax.legend()
        save(fig, "bench_stream_memory.png")
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.plots", description=__doc__.split("\n\n")[0])
    ap.add_argument("--growth", type=Path, action="append", help="growth JSON (repeatable; default docs/growth.json)")
    ap.add_argument("--outdir", type=Path, default=Path("docs"))
    args = ap.parse_args(argv)
    files = args.growth or [Path("docs/growth.json")]
    for f in files:
        if not f.is_file():
            ap.error(f"{f} not found: run python -m benchmarks.growth first")
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        ap.error("matplotlib is not installed: pip install 'metricner[bench]'")
    args.outdir.mkdir(parents=True, exist_ok=True)
    written = plot_all(merge([json.loads(f.read_text(encoding="utf-8")) for f in files]), args.outdir)
    for p in written:
        print(p)
    if not written:
        print("nothing to plot in", ", ".join(map(str, files)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
