"""Build annotations/gold/<doc_id>.jsonl from the hand-written sources in
annotations/src/<doc_id>.tsv and the seed texts in seeds/.

Each source row names one mention by an *anchor*: a short piece of the seed
text, unique in the document, with the span itself between ⟦ and ⟧, e.g.
``adalah ⟦155.934⟧ orang``. The script finds the anchor, computes the span's
character offsets (Python code points of the text as read with
``open(path, encoding="utf-8", newline="")``), checks the row and writes one
JSON object per mention, sorted by start.

Columns (tab-separated, empty cell = null):
anchor, type, value, unit, kind, qualifier, change, per, range_id, subject,
period, warnings (several warnings separated by " | ").

Usage:
    python annotations/build_gold.py          # rebuild every gold file
    python annotations/build_gold.py --check  # fail if a gold file is stale
    python annotations/build_gold.py --texts-dir annotations/dev/texts \
        --src-dir annotations/dev/src --out-dir annotations/dev/gold [--check]
                                              # another set (the dev set)
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "annotations" / "src"
GOLD = ROOT / "annotations" / "gold"
SEEDS = ROOT / "seeds"

OPEN, CLOSE = "⟦", "⟧"
COLUMNS = (
    "anchor", "type", "value", "unit", "kind", "qualifier", "change", "per",
    "range_id", "subject", "period", "warnings",
)
FIELDS = (
    "doc_id", "start", "end", "text", "type", "value", "unit", "kind",
    "qualifier", "change", "per", "range_id", "subject", "period", "warnings",
)


class SourceError(ValueError):
    """A source row that cannot be turned into a gold mention."""


def parse_value(cell: str) -> int | float | None:
    if not cell:
        return None
    return float(cell) if any(c in cell for c in ".eE") else int(cell)


def locate(text: str, anchor: str, where: str) -> tuple[int, int]:
    if anchor.count(OPEN) != 1 or anchor.count(CLOSE) != 1:
        raise SourceError(f"{where}: anchor needs exactly one {OPEN}...{CLOSE}: {anchor!r}")
    before, rest = anchor.split(OPEN)
    span, after = rest.split(CLOSE)
    plain = before + span + after
    hits = []
    pos = text.find(plain)
    while pos != -1:
        hits.append(pos)
        pos = text.find(plain, pos + 1)
    if len(hits) != 1:
        raise SourceError(f"{where}: anchor {plain!r} occurs {len(hits)} times in the seed (must be once)")
    start = hits[0] + len(before)
    return start, start + len(span)


def build_doc(doc_id: str, src_dir: Path = SRC, texts_dir: Path = SEEDS) -> list[dict]:
    text = (Path(texts_dir) / f"{doc_id}.txt").open(encoding="utf-8", newline="").read()
    rows = []
    src = Path(src_dir) / f"{doc_id}.tsv"
    for lineno, line in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        where = f"{src.name}:{lineno}"
        if len(cells) != len(COLUMNS):
            raise SourceError(f"{where}: {len(cells)} columns, expected {len(COLUMNS)}")
        row = dict(zip(COLUMNS, cells))
        start, end = locate(text, row["anchor"], where)
        for name in ("subject", "period"):
            if row[name] and row[name] not in text:
                raise SourceError(f"{where}: {name} {row[name]!r} is not copied from the text")
        rows.append({
            "doc_id": doc_id,
            "start": start,
            "end": end,
            "text": text[start:end],
            "type": row["type"],
            "value": parse_value(row["value"]),
            "unit": row["unit"] or None,
            "kind": row["kind"],
            "qualifier": row["qualifier"] or None,
            "change": row["change"] or None,
            "per": row["per"] or None,
            "range_id": row["range_id"] or None,
            "subject": row["subject"] or None,
            "period": row["period"] or None,
            "warnings": [w.strip() for w in row["warnings"].split(" | ")] if row["warnings"] else [],
        })
    rows.sort(key=lambda r: r["start"])
    for a, b in zip(rows, rows[1:]):
        if b["start"] < a["end"]:
            raise SourceError(f"{doc_id}: spans overlap: {a['text']!r} and {b['text']!r}")
    return rows


def render(rows: list[dict]) -> str:
    return "".join(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False) + "\n" for r in rows)


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that gold files are up to date")
    parser.add_argument("--texts-dir", type=Path, default=SEEDS, help="the annotated texts (default: seeds/)")
    parser.add_argument("--src-dir", type=Path, default=SRC, help="the .tsv sources (default: annotations/src/)")
    parser.add_argument("--out-dir", type=Path, default=GOLD, help="where gold .jsonl goes (default: annotations/gold/)")
    args = parser.parse_args(argv)
    gold_dir = args.out_dir
    gold_dir.mkdir(parents=True, exist_ok=True)
    stale = []
    for src in sorted(args.src_dir.glob("*.tsv")):
        doc_id = src.stem
        out = gold_dir / f"{doc_id}.jsonl"
        content = render(build_doc(doc_id, args.src_dir, args.texts_dir))
        if args.check:
            if not out.exists() or out.read_text(encoding="utf-8") != content:
                stale.append(out.name)
        else:
            out.write_text(content, encoding="utf-8")
            print(f"{_shown(out)}: {content.count(chr(10))} mentions")
    if stale:
        print("stale gold files (run annotations/build_gold.py): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
