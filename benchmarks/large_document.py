"""One large document through `metricner extract`: time and peak memory.

    python -m benchmarks.large_document                      # 5 MB, rules engine
    python -m benchmarks.large_document --mb 1 --engine model --whole

The document (`--mb` million characters of varied Norwegian seed paragraphs,
benchmarks.corpus.make_document) is written to a UTF-8 .txt file and run
through the command line (`metricner.cli.main`, JSONL to a file) in a fresh
child process per configuration, so that each peak is its own:

- pieces: the default; the extractor cuts the document at line ends into
  pieces of at most 100,000 characters (metricner.pipeline.MAX_PIECE_CHARS)
  and normalises and tags one batch of pieces at a time;
- whole (--whole adds it): the document as one piece, for comparison.

Printed per configuration: seconds, characters per second, records, the
process's peak RSS (ru_maxrss) and that peak minus RSS before the run (what
extraction added on top of the loaded engine), and the input and output sizes.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024


def child(path: Path, out: Path, engine: str, piece_chars: int | None) -> dict:
    """Runs in the child process: one extraction, measured."""
    from benchmarks.measure import RssSampler, rss_bytes, ru_maxrss_bytes
    from metricner import cli, pipeline

    if piece_chars is not None:
        init = pipeline.Extractor.__init__

        def patched(self, *a, **kw):
            kw.setdefault("max_piece_chars", piece_chars)
            init(self, *a, **kw)

        pipeline.Extractor.__init__ = patched
    # load the engine once so that the baseline includes it
    pipeline.Extractor(engine=engine)
    before = rss_bytes()
    t0 = time.perf_counter()
    with RssSampler() as sampler:
        code = cli.main(["extract", str(path), "--engine", engine, "--lang", "nb", "-o", str(out)])
    seconds = time.perf_counter() - t0
    chars = len(path.read_text(encoding="utf-8"))
    with open(out, encoding="utf-8") as fh:
        records = sum(1 for _ in fh)
    return {
        "exit": code, "seconds": round(seconds, 2), "chars": chars,
        "chars_per_s": round(chars / seconds), "records": records,
        "rss_before_mb": round(before / MB, 1),
        "rss_peak_mb": round(max(sampler.peak, ru_maxrss_bytes()) / MB, 1),
        "rss_added_mb": round((sampler.peak - before) / MB, 1),
        "input_mb": round(path.stat().st_size / MB, 2), "output_mb": round(out.stat().st_size / MB, 2),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=5.0, help="document size in millions of characters (default 5)")
    ap.add_argument("--engine", choices=("rules", "model"), default="rules")
    ap.add_argument("--whole", action="store_true", help="also run with the document as one piece")
    ap.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    ap.add_argument("--child", nargs=4, metavar=("DOC", "OUT", "ENGINE", "PIECE"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        doc, out, engine, piece = args.child
        print(json.dumps(child(Path(doc), Path(out), engine, None if piece == "default" else int(piece))))
        return 0

    from benchmarks.corpus import make_document

    n = int(args.mb * 1_000_000)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.txt"
        path.write_text(make_document(n, "nb").text, encoding="utf-8")
        configs = {"pieces": "default"}
        if args.whole:
            configs["whole"] = str(n + 1)
        for name, piece in configs.items():
            proc = subprocess.run(
                [sys.executable, "-m", "benchmarks.large_document", "--child", str(path),
                 str(Path(tmp) / f"{name}.jsonl"), args.engine, piece],
                cwd=ROOT, capture_output=True, text=True)
            if proc.returncode != 0:
                print(proc.stderr, file=sys.stderr)
                return proc.returncode
            results[name] = json.loads(proc.stdout.strip().splitlines()[-1])
            print(f"{name}: " + ", ".join(f"{k}={v}" for k, v in results[name].items()), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
