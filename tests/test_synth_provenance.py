"""Templates are written from knowledge of the register, not from the seeds:
a template that paraphrases a seed would leak that seed into its own
leave-one-document-out test.

A template is flagged when, with its slots taken out, it shares a run of
five words with a seed, or when at least 70 % of its words (six or more)
appear in order in one sentence of a seed.

The dev documents (annotations/dev/) were written without sight of the
templates; a few of their sentences share the formulaic wording of the
releases both imitate (Nav's "registrert som helt ledige hos Nav"), which
is the register, not a leak, so they are not checked here.
"""
from __future__ import annotations

import difflib
import re
from pathlib import Path

import pytest

from metricner import sentences
from metricner.langdetect import detect
from training.synth import templates
from training.synth.generate import extra_set_names
from training.synth.template import TOKEN_RE

ROOT = Path(__file__).resolve().parents[1]
RUN = 5
COVERAGE = 0.7
MIN_WORDS = 6


def _words(s: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", s.lower())


def _evaluation_texts() -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out.setdefault(detect(text), []).append((path.stem, text))
    return out


EVAL = _evaluation_texts()


@pytest.mark.parametrize("lang", ["id", "nb", "ar"])
def test_no_template_paraphrases_a_seed(lang):
    runs: dict[tuple[str, ...], str] = {}
    sents: list[tuple[str, list[str]]] = []
    for doc, text in EVAL.get(lang, []):
        w = _words(text)
        for i in range(len(w) - RUN + 1):
            runs.setdefault(tuple(w[i:i + RUN]), doc)
        sents += [(doc, _words(text[s:e])) for s, e in sentences.split(text)]
    flagged = []
    every = {t.id: t for extra in [()] + [(n,) for n in extra_set_names(lang)] for t in templates(lang, extra)}
    for t in every.values():  # with every optional set
        pieces = [p for p in TOKEN_RE.split(t.pattern) if p and not TOKEN_RE.fullmatch(p)]
        for piece in pieces:
            w = _words(piece)
            hit = next((runs[tuple(w[i:i + RUN])] for i in range(len(w) - RUN + 1) if tuple(w[i:i + RUN]) in runs), None)
            if hit:
                flagged.append(f"{t.id}: a {RUN}-word run of {hit}")
                break
        tw = _words(" ".join(pieces))
        if len(tw) >= MIN_WORDS:
            for doc, sw in sents:
                blocks = difflib.SequenceMatcher(None, tw, sw, autojunk=False).get_matching_blocks()
                if sum(b.size for b in blocks) / len(tw) >= COVERAGE:
                    flagged.append(f"{t.id}: {COVERAGE:.0%} of its words in order in a sentence of {doc}")
                    break
    assert not flagged, "\n".join(flagged)
