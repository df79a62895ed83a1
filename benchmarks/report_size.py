"""Size (and optionally load time) of the HTML review report on many documents.

Synthetic documents are the seed texts with their digits shuffled, one record
per number (subject, period, sentence and extractor filled in as the extractor
would), a few failed documents among them.

    python benchmarks/report_size.py --docs 10000 [--browser]
"""
from __future__ import annotations

import argparse
import pathlib
import random
import re
import tempfile
import time

from metricner.report import write_report

ROOT = pathlib.Path(__file__).resolve().parents[1]
LANGS = {"000": "id", "001": "nb", "002": "id", "003": "ar", "004": "nb"}
NUMBER = re.compile(r"\d[\d.,]*\d(?:\s?%)?|\d")


def synthetic(n_docs: int, seed: int = 0) -> tuple[dict, list[dict]]:
    rng = random.Random(seed)
    seeds = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        with open(path, encoding="utf-8", newline="") as f:
            seeds.append((LANGS.get(path.stem[:3], "id"), f.read()))
    documents, records = {}, []
    for i in range(n_docs):
        lang, text = seeds[i % len(seeds)]
        text = re.sub(r"\d", lambda m: str(rng.randrange(10)), text)
        doc_id = f"doc{i:06d}"
        if i % 500 == 7:
            records.append({"doc_id": doc_id, "error": "text is empty after normalisation"})
            continue
        documents[doc_id] = {"text": text, "lang": lang}
        for m in NUMBER.finditer(text):
            type_ = "RATE" if "%" in m.group() else rng.choice(("COUNT", "MONEY", "TARGET"))
            s0, s1 = text.rfind(".", 0, m.start()) + 1, text.find(".", m.end())
            records.append({
                "doc_id": doc_id, "lang": lang, "type": type_, "text": m.group(),
                "start": m.start(), "end": m.end(),
                "value": None if rng.random() < 0.03 else rng.randrange(1, 10**9),
                "unit": "%" if type_ == "RATE" else "person", "kind": type_.lower(),
                "qualifier": rng.choice((None, None, "more_than", "about")), "change": None,
                "per": None, "range_id": None, "warnings": [],
                "subject": "peserta jaminan sosial", "period": "6 bulan pertama tahun 2025",
                "score": round(rng.uniform(0.3, 1.0), 3),
                "sentence": text[s0:s1 if s1 > 0 else len(text)].strip(),
                "extractor": "rules@1.0",
            })
    return documents, records


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--out", default=None, help="HTML file (default: a temporary file)")
    ap.add_argument("--browser", action="store_true",
                    help="also time loading the page in headless Chromium until it is ready")
    args = ap.parse_args()
    documents, records = synthetic(args.docs)
    out = pathlib.Path(args.out or tempfile.mkdtemp(prefix="metricner-report-")) 
    if out.suffix != ".html":
        out = out / "report.html"
    t0 = time.perf_counter()
    write_report(records, out, documents=documents)
    took = time.perf_counter() - t0
    text_bytes = sum(len(d["text"].encode()) for d in documents.values())
    n_records = sum("error" not in r for r in records)
    size = out.stat().st_size
    print(f"{args.docs:,} documents, {n_records:,} records: {size / 1e6:.1f} MB "
          f"({text_bytes / 1e6:.1f} MB of it document text), written in {took:.1f} s -> {out}")
    if args.browser:
        from benchmarks.browser import browser_load_seconds

        print(f"ready in headless Chromium after {browser_load_seconds(out):.1f} s")


if __name__ == "__main__":
    main()
