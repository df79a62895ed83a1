"""ModelTagger: windows over long documents, merging across windows, batching."""
from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from metricner.labels import ID2LABEL, LABEL2ID
from metricner.model.tagger import ModelTagger, centrality, windows


@given(st.integers(1, 500), st.integers(4, 64), st.data())
def test_windows_cover_everything(n, size, data):
    stride = data.draw(st.integers(0, size - 1))
    ws = windows(n, size, stride)
    assert ws[0][0] == 0 and ws[-1][1] == n
    assert all(0 <= a < b <= n and b - a <= size for a, b in ws)
    for (a1, b1), (a2, b2) in zip(ws, ws[1:]):
        assert a2 <= b1 and a2 > a1  # contiguous, moving forward
    for i in range(n):  # every piece has stride/2 context on both sides somewhere
        assert max(centrality(i, a, b) for a, b in ws if a <= i < b) >= min(i, n - 1 - i, (stride - 1) // 2)


class DigitModel:
    """Stand-in for the classifier: a piece with a digit is COUNT; B- when the
    previous piece *in its window* has none. Wrong at window starts, so only
    a correct merge (most central window wins) gives whole spans."""

    def __init__(self, tokenizer):
        self.config = SimpleNamespace(id2label=dict(ID2LABEL))
        self.tok = tokenizer
        self.calls = []

    def eval(self):
        return self

    def to(self, device):
        return self

    def __call__(self, input_ids, attention_mask):
        import torch

        self.calls.append(tuple(input_ids.shape))
        logits = torch.full((*input_ids.shape, len(ID2LABEL)), -5.0)
        for r, row in enumerate(input_ids.tolist()):
            pieces = self.tok.convert_ids_to_tokens(row)
            prev_digit = False
            for c, p in enumerate(pieces):
                digit = bool(re.fullmatch(r"▁?[\d.]+", p)) and attention_mask[r, c] == 1
                lab = "O" if not digit else ("I-COUNT" if prev_digit else "B-COUNT")
                logits[r, c, LABEL2ID[lab]] = 5.0
                prev_digit = digit
        return SimpleNamespace(logits=logits)


@pytest.fixture(scope="module")
def tokenizer():
    from metricner.model.base import builtin_tokenizer

    return builtin_tokenizer()


def test_spans_cross_window_borders(tokenizer):
    text = " ".join(f"kata {n} orang" for n in ["155.934.123.456.789", "217500", "1.415.598.777"] * 6)
    tagger = ModelTagger(DigitModel(tokenizer), tokenizer, {"name": "t", "version": "1"},
                         max_length=12, stride=4, batch_size=4)
    [ms] = tagger.tag([text], ["id"])
    expected = [(m.start(), m.end()) for m in re.finditer(r"\d[\d.]*\d", text)]
    assert [(m.start, m.end) for m in ms] == expected
    assert all(m.label == "COUNT" and m.score == pytest.approx(1.0, abs=1e-3) for m in ms)
    assert len(tagger.model.calls) > 3  # really windowed and batched


def test_many_texts_keep_their_order(tokenizer):
    texts = ["ada 5 orang", "", "tidak ada angka", "naik 12 dan 7 unit " * 20]
    tagger = ModelTagger(DigitModel(tokenizer), tokenizer, {"name": "t", "version": "1"},
                         max_length=16, stride=4, batch_size=3)
    out = tagger.tag(texts, ["id"] * 4)
    assert [len(x) for x in out] == [1, 0, 0, 40]
    assert out[0][0].text == "5"
    widths = [w for _, w in tagger.model.calls]
    assert widths == sorted(widths)  # batches sorted by length
    with pytest.raises(ValueError):
        tagger.tag(["a"], ["id", "nb"])
