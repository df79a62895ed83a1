"""Load the gold annotations of the seed documents.

Gold lives in the repository, not in the package: ``annotations/gold/<doc_id>.jsonl``
(one mention per line, offsets into ``seeds/<doc_id>.txt`` as read with
``open(path, encoding="utf-8", newline="")``). The repository root is taken
from the ``root`` argument, else from the ``METRICNER_REPO`` environment
variable, else found by walking up from this file (an editable install).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from metricner.io.jsonl import numbered_jsonl

ENV_VAR = "METRICNER_REPO"

SEED_LANGS: dict[str, str] = {
    "000_33126a13e75fbc45": "id",
    "001_732c0bda17c7f1cc": "nb",
    "002_22d7ed74812afffc": "id",
    "003_befec1c9cc31750d": "ar",
    "004_e92898f446dccdb9": "nb",
}

MENTION_FIELDS: tuple[str, ...] = (
    "doc_id", "start", "end", "text", "type", "value", "unit", "kind",
    "qualifier", "change", "per", "range_id", "subject", "period", "warnings",
)


@dataclass
class GoldDocument:
    """One seed document with its gold mentions (dicts with MENTION_FIELDS)."""

    doc_id: str
    lang: str
    text: str
    mentions: list[dict] = field(default_factory=list)

    def spans(self) -> list[tuple[int, int, str]]:
        """(start, end, type) of every mention, the unit of strict evaluation."""
        return [(m["start"], m["end"], m["type"]) for m in self.mentions]


def _is_repo(path: Path) -> bool:
    return (path / "annotations" / "gold").is_dir() and (path / "seeds").is_dir()


def find_repo_root(root: Path | None = None) -> Path:
    """The repository root holding annotations/gold and seeds; clear error if none."""
    if root is not None:
        root = Path(root)
        if not _is_repo(root):
            raise FileNotFoundError(
                f"{root} has no annotations/gold and seeds/ folders; pass the metricner repository root"
            )
        return root
    env = os.environ.get(ENV_VAR)
    if env:
        path = Path(env)
        if not _is_repo(path):
            raise FileNotFoundError(
                f"{ENV_VAR}={env} has no annotations/gold and seeds/ folders; point it at the metricner repository root"
            )
        return path
    for parent in Path(__file__).resolve().parents:
        if _is_repo(parent):
            return parent
    raise FileNotFoundError(
        "cannot find the gold annotations: no annotations/gold and seeds/ above "
        f"{Path(__file__).resolve().parent}; set {ENV_VAR} to the metricner repository root"
    )


def read_seed(path: Path) -> str:
    """A seed text exactly as gold offsets index it (no newline translation)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def load_gold(root: Path | None = None) -> list[GoldDocument]:
    """Every gold document, sorted by doc_id, mentions sorted by start."""
    repo = find_repo_root(root)
    docs = []
    for path in sorted((repo / "annotations" / "gold").glob("*.jsonl")):
        doc_id = path.stem
        seed = repo / "seeds" / f"{doc_id}.txt"
        if not seed.is_file():
            raise FileNotFoundError(f"gold file {path.name} has no seed text {seed}")
        mentions = []
        for lineno, mention in numbered_jsonl(path):
            if mention.get("doc_id") != doc_id:
                raise ValueError(f"{path}:{lineno}: doc_id {mention.get('doc_id')!r} differs from the file name")
            mention.setdefault("warnings", [])
            mentions.append(mention)
        mentions.sort(key=lambda m: m["start"])
        lang = SEED_LANGS.get(doc_id)
        if lang is None:
            raise ValueError(f"{path.name}: unknown document; add its language to SEED_LANGS")
        docs.append(GoldDocument(doc_id=doc_id, lang=lang, text=read_seed(seed), mentions=mentions))
    if not docs:
        raise FileNotFoundError(f"no gold files in {repo / 'annotations' / 'gold'}")
    return docs
