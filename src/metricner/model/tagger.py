"""`ModelTagger`: the fine-tuned token classifier as a `metricner.tagging.Tagger`.

Documents of any length are cut into windows of `max_length` pieces (default:
the length the model was trained at, from its metadata) that overlap by
`stride` pieces (default a quarter of that); each piece takes its prediction
from the window where it is most central, so spans cross window borders
unharmed. Windows from all texts are batched sorted by length (little
padding) and run under `torch.inference_mode`. A span's score is the mean
probability of its labels. Where the language is given, the decoded spans
pass through `metricner.model.repair` (split numerals joined, spans that name
no number dropped, currencies taken in).

Construct once (`ModelTagger.load()`), then call `tag` for any number of texts.
`quantize=True` runs every linear layer in dynamic int8 (CPU only);
`runtime="onnx"` runs the same weights in ONNX Runtime (CPU;
`metricner.model.onnx_runtime`, int8 included), "auto" picks it on CPU
where installed. See
docs/benchmarks.md for what each costs in accuracy and gains in speed.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Sequence

from metricner.align import decode_probs
from metricner.model.repair import repair
from metricner.schema import Mention


def windows(n: int, size: int, stride: int) -> list[tuple[int, int]]:
    """Piece ranges [a, b) of at most `size` covering 0..n, overlapping by `stride`."""
    if n <= size:
        return [(0, n)]
    step = max(1, size - stride)
    out, a = [], 0
    while True:
        b = min(a + size, n)
        out.append((b - size, b) if b == n else (a, b))
        if b == n:
            return out
        a += step


def quantize_int8(model):
    """`model` with every nn.Linear replaced by a dynamic int8 one (CPU).

    Weights are quantised per output channel: one scale per tensor (the
    torch default) costs 2.4 F1 on the dev set, per channel nothing
    measurable (docs/benchmarks.md, "Fast-engine options").
    """
    import warnings

    import torch
    from torch import nn

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch.ao.quantization announces its move to torchao
        from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

        return quantize_dynamic(model, {nn.Linear: per_channel_dynamic_qconfig}, dtype=torch.qint8)


def type_columns(id2label) -> dict[str, list[int]]:
    """type -> the label ids of its B- and I- labels."""
    columns: dict[str, list[int]] = {}
    for k, label in id2label.items():
        if label != "O":
            columns.setdefault(label.split("-", 1)[1], []).append(k)
    return columns


def type_mass(offsets, probs, columns: dict[str, list[int]]) -> "Callable[[int, int], dict[str, float]]":
    """span (start, end) -> {type: summed B-/I- probability over the pieces inside it}."""

    def mass(start: int, end: int) -> dict[str, float]:
        rows = [i for i, (a, b) in enumerate(offsets) if b > a and a < end and b > start]
        return {t: float(probs[rows][:, cols].sum()) for t, cols in columns.items()} if rows else {}

    return mass


def centrality(i, a: int, b: int):
    """How far piece i (an int or a numpy array of them) lies from the edges of window [a, b)."""
    import numpy as np

    return np.minimum(i - a, b - 1 - i)


class ModelTagger:
    def __init__(self, model, tokenizer, metadata: dict, max_length: int | None = None,
                 stride: int | None = None, batch_size: int = 16, device: str | None = None,
                 quantize: bool = False, runtime: str = "torch", graph_dir: Path | None = None,
                 reproducible: bool = False):
        import torch

        from metricner.model.onnx_runtime import resolve_runtime

        self.model = model.eval()
        self.tokenizer = tokenizer
        self.metadata = metadata
        self.max_length = int(max_length or metadata.get("max_length") or 256)
        if stride is None:
            stride = min(64, (self.max_length - 2) // 4)
        if not 0 <= stride < self.max_length - 2:
            raise ValueError(f"stride {stride} must be below max_length - 2 = {self.max_length - 2}")
        self.stride = stride
        self.batch_size = batch_size
        # Dynamic int8 (ONNX Runtime's and torch's) takes one activation scale
        # per batch tensor, so a window's labels depend a little on the windows
        # batched with it. reproducible: in int8 every window runs alone, and a
        # document's records depend on its own text only (0.67 to 0.91 times the
        # speed; docs/benchmarks.md). fp32 batches either way.
        self.reproducible = reproducible
        self.windows_per_pass = 1 if quantize and reproducible else batch_size
        self.device = torch.device(device or "cpu")
        self.model.to(self.device)
        self.id2label = {int(k): v for k, v in model.config.id2label.items()}
        self.type_columns = type_columns(self.id2label)
        self.extractor = f"model:{metadata.get('name', 'metricner-e5s')}@{metadata.get('version', '0')}"
        self.streams = 1  # batches in flight at once (ONNX Runtime: see below)
        if quantize and self.device.type != "cpu":
            raise ValueError(f"int8 quantisation runs on CPU only, not on {self.device}")
        self.runtime = resolve_runtime(runtime, self.device.type)
        if quantize:
            self.extractor += "+int8"
        if self.runtime == "onnx":
            from metricner.model.onnx_runtime import OnnxModel

            if not metadata.get("weights_sha256"):
                raise ValueError("runtime 'onnx' needs a saved model (its weights' sha256 keys the exported graph)")
            # two batches at a time, each on half the threads: on two cores 1.2 times
            # the encoder throughput of one batch on both (docs/benchmarks.md)
            threads = torch.get_num_threads()
            self.streams = 2 if threads >= 2 else 1
            self.model = OnnxModel(self.model, metadata["weights_sha256"], int8=quantize, graph_dir=graph_dir,
                                   threads=max(1, threads // self.streams))
            self.extractor += "+onnx"
        elif quantize:
            self.model = quantize_int8(self.model)

    @classmethod
    def load(cls, path: str | Path | None = None, **kwargs) -> "ModelTagger":
        from metricner.model.files import load_model

        model, tokenizer, meta = load_model(path)
        return cls(model, tokenizer, meta, **kwargs)

    def tag(self, texts: Sequence[str], langs: Sequence[str] | None = None) -> list[list[Mention]]:
        import numpy as np
        import torch

        if langs is not None and len(langs) != len(texts):
            raise ValueError(f"{len(texts)} texts but {len(langs)} languages")
        tk = self.tokenizer
        size = self.max_length - 2
        # one call for all texts: the fast tokenizer encodes a batch in parallel
        batch_enc = tk(list(texts), add_special_tokens=False, return_offsets_mapping=True, verbose=False) \
            if texts else {"input_ids": [], "offset_mapping": []}
        encs = [{"input_ids": ids, "offset_mapping": offs}
                for ids, offs in zip(batch_enc["input_ids"], batch_enc["offset_mapping"])]
        jobs = []  # (text index, a, b)
        for ti, enc in enumerate(encs):
            n = len(enc["input_ids"])
            if n:
                jobs.extend((ti, a, b) for a, b in windows(n, size, self.stride))
        jobs.sort(key=lambda j: j[2] - j[1])
        n_labels = len(self.id2label)
        probs = [np.zeros((len(e["input_ids"]), n_labels), dtype=np.float32) for e in encs]
        best = [np.full(len(e["input_ids"]), -1, dtype=np.int64) for e in encs]
        cls_id, sep_id, pad_id = tk.cls_token_id, tk.sep_token_id, tk.pad_token_id

        def forward(batch):
            """Label probabilities of a batch of windows, (windows, width, labels)."""
            width = max(b - a for _, a, b in batch) + 2
            ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
            mask = torch.zeros((len(batch), width), dtype=torch.long)
            for r, (ti, a, b) in enumerate(batch):
                seq = [cls_id, *encs[ti]["input_ids"][a:b], sep_id]
                ids[r, : len(seq)] = torch.tensor(seq)
                mask[r, : len(seq)] = 1
            with torch.inference_mode():  # thread-local: entered in the worker that runs the batch
                logits = self.model(input_ids=ids.to(self.device), attention_mask=mask.to(self.device)).logits
                return torch.softmax(logits.float(), dim=-1).cpu().numpy()

        step = self.windows_per_pass
        batches = [jobs[k : k + step] for k in range(0, len(jobs), step)]
        if self.streams > 1 and len(batches) > 1:
            from concurrent.futures import ThreadPoolExecutor

            with ThreadPoolExecutor(self.streams) as pool:
                results = list(pool.map(forward, batches))
        else:
            results = map(forward, batches)
        for batch, p in zip(batches, results):
            for r, (ti, a, b) in enumerate(batch):
                c = centrality(np.arange(a, b), a, b)
                better = c > best[ti][a:b]  # views: assigning through them fills the arrays
                best[ti][a:b][better] = c[better]
                probs[ti][a:b][better] = p[r, 1 : 1 + b - a][better]
        out = []
        for ti, text in enumerate(texts):
            offsets = encs[ti]["offset_mapping"]
            if not len(offsets):
                out.append([])
                continue
            mentions = decode_probs(text, offsets, probs[ti], self.id2label)
            lang = langs[ti] if langs is not None else None
            out.append(repair(text, mentions, lang, type_mass(offsets, probs[ti], self.type_columns)))
        return out
