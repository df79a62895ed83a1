"""The benchmark documents: the five seeds, replicated and varied to any count,
plus a realistic mix of short, long and noisy documents.

Everything is deterministic for a given `seed`, so every engine in a run (and
every run) sees the same texts. Variation keeps the number formats of the
seeds (separators, scale words, currencies) and changes only the digits, so
the engines do the same kind of work on every copy.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"

# Checked by reading the seeds: 000 and 002 are Indonesian, 001 and 004
# Norwegian Bokmål, 003 Arabic.
SEED_LANGS = {"000": "id", "001": "nb", "002": "id", "003": "ar", "004": "nb"}

# Lines real inputs carry around the article text (SPEC: "The texts").
NOISE_LINES = {
    "id": ["![]() |", "| Foto: Dokumentasi Dinas Sosial |",
           "Sumber: https://baohiemxahoi.gov.vn/tintuc/2025/07/15/12345-67890.html",
           "Komentar (0)"],
    "nb": ["![]() |", "| Konferansen i Dong Nai. Foto: Hanh Dung |",
           "Kilde: https://baohiemxahoi.gov.vn/tintuc/2025/09/30/20250930-0042.html",
           "Kommentarer (0)"],
    "ar": ["![]() |", "| المؤتمر في المنطقة الثامنة. تصوير: هانه دونغ |",
           "المصدر: https://baohiemxahoi.gov.vn/tintuc/2025/10/01/98765-4321.html",
           "تعليقات (0)"],
}

_DIGIT_RUN = re.compile(r"\d+")


@dataclass(frozen=True)
class Doc:
    doc_id: str
    lang: str
    text: str


def load_seeds(seeds_dir: Path = SEEDS_DIR) -> list[Doc]:
    """The seed documents, read exactly as the gold offsets expect."""
    docs = []
    for path in sorted(seeds_dir.glob("*.txt")):
        with open(path, encoding="utf-8", newline="") as fh:
            text = fh.read()
        lang = SEED_LANGS.get(path.stem[:3])
        if lang is None:
            raise ValueError(f"no language known for seed {path.name}; add it to SEED_LANGS")
        docs.append(Doc(path.stem, lang, text))
    if not docs:
        raise FileNotFoundError(f"no seed documents (*.txt) in {seeds_dir}")
    return docs


def vary_digits(text: str, rng: random.Random) -> str:
    """Replace every digit run by random digits of the same length.

    Years (19xx, 20xx) stay as they are, so dates still look like dates; a
    leading digit stays non-zero, so "0" stays "0" and formats stay valid.
    """

    def repl(m: re.Match[str]) -> str:
        s = m.group(0)
        if len(s) == 4 and s[:2] in ("19", "20"):
            return s
        if s == "0":
            return s
        first = str(rng.randint(1, 9))
        return first + "".join(str(rng.randint(0, 9)) for _ in s[1:])

    return _DIGIT_RUN.sub(repl, text)


def _paragraphs(doc: Doc) -> list[str]:
    return [p for p in doc.text.split("\n") if p.strip()]


def _noisy(doc: Doc, rng: random.Random) -> str:
    paras = _paragraphs(doc)
    lines = NOISE_LINES[doc.lang]
    out = [lines[0], lines[1]] + paras
    out.insert(min(len(out), 4), lines[1])
    out += [lines[2], lines[3]]
    return vary_digits("\n".join(out), rng)


def iter_corpus(n: int, seed: int = 0, seeds: list[Doc] | None = None) -> Iterator[Doc]:
    """Yield `n` documents: the seeds verbatim first, then a realistic mix.

    The mix (by weight): 45 % a whole seed with new digits, 25 % a short
    excerpt (1-3 paragraphs), 15 % a long report (2-4 documents of one
    language), 15 % a noisy page (caption, photo credit, source URL, comment
    counter). Streaming: nothing is kept between documents.
    """
    seeds = seeds or load_seeds()
    by_lang: dict[str, list[Doc]] = {}
    for d in seeds:
        by_lang.setdefault(d.lang, []).append(d)
    rng = random.Random(seed)
    for i in range(n):
        if i < len(seeds):
            yield seeds[i]
            continue
        base = seeds[rng.randrange(len(seeds))]
        r = rng.random()
        if r < 0.45:
            kind, text = "copy", vary_digits(base.text, rng)
        elif r < 0.70:
            paras = _paragraphs(base)
            k = rng.randint(1, min(3, len(paras)))
            j = rng.randrange(len(paras) - k + 1)
            kind, text = "short", vary_digits("\n".join(paras[j:j + k]), rng)
        elif r < 0.85:
            same = by_lang[base.lang]
            parts = [rng.choice(same).text for _ in range(rng.randint(2, 4))]
            kind, text = "long", vary_digits("\n".join(parts), rng)
        else:
            kind, text = "noisy", _noisy(base, rng)
        yield Doc(f"bench-{i:06d}-{kind}-{base.doc_id[:3]}", base.lang, text)


def make_corpus(n: int, seed: int = 0) -> list[Doc]:
    return list(iter_corpus(n, seed))


def make_document(n_chars: int, lang: str = "id", seed: int = 0) -> Doc:
    """One document of about `n_chars` characters in `lang`, made of varied
    paragraphs of that language's seeds (for the document-length sweeps)."""
    seeds = [d for d in load_seeds() if d.lang == lang]
    if not seeds:
        raise ValueError(f"no seed in language {lang!r}")
    rng = random.Random(seed)
    paras = [p for d in seeds for p in _paragraphs(d)]
    parts: list[str] = []
    size = 0
    while size < n_chars:
        p = vary_digits(rng.choice(paras), rng)
        parts.append(p)
        size += len(p) + 1
    text = "\n".join(parts)[:n_chars]
    return Doc(f"long-{lang}-{n_chars}", lang, text)


def held_out_texts(folders: str) -> tuple[list[str], list[str]]:
    """(normalised texts, detected languages) of the .txt files in `folders`
    (comma-separated, e.g. "annotations/dev/texts,annotations/dev2/texts"),
    read as plain text: their gold is not used."""
    from metricner.langdetect import detect
    from metricner.textnorm import normalize

    texts = [normalize(p.read_text(encoding="utf-8")).text for f in folders.split(",") if f
             for p in sorted(Path(f).glob("*.txt"))]
    return texts, [detect(t) for t in texts]
