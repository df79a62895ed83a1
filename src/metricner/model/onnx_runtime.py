"""The fine-tuned encoder run by ONNX Runtime on CPU (`runtime="onnx"`).

The same weights, the same function: logits agree with torch to about 1e-5,
and on two cores the tagger runs 1.4 times as fast as in torch, the whole
engine 1.5 times (docs/benchmarks.md). The word-embedding lookup stays in torch: the exported graph takes
`inputs_embeds`, so it holds the encoder (some 40 MB for six layers) and not
the 250,037-row vocabulary matrix (384 MB).

The graph is exported once per model (`torch.onnx.export`, which needs the
`onnx` package) and cached under ``$METRICNER_CACHE/onnx/`` by the sha256 of
the model's weights; a damaged or half-written file is never used (written
beside and renamed into place).
"""
from __future__ import annotations

import os
import tempfile
import warnings
from pathlib import Path
from types import SimpleNamespace

FORMAT = 1
RUNTIMES = ("auto", "torch", "onnx")


class OnnxUnavailable(RuntimeError):
    """ONNX Runtime (or the exporter's `onnx` package) is not installed."""


def available() -> bool:
    try:
        import onnx  # noqa: F401  (the exporter needs it)
        import onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


def resolve_runtime(runtime: str, device: str | None, quantize: bool) -> str:
    """"torch" or "onnx" for a requested runtime ("auto": ONNX Runtime on CPU
    when it is installed and int8 is not asked for)."""
    if runtime not in RUNTIMES:
        raise ValueError(f"unknown runtime {runtime!r}; use one of {', '.join(RUNTIMES)}")
    on_cpu = device in (None, "cpu")
    if runtime == "auto":
        return "onnx" if on_cpu and not quantize and available() else "torch"
    if runtime == "onnx":
        if not on_cpu:
            raise ValueError(f"runtime 'onnx' runs on CPU only, not on {device}")
        if quantize:
            raise ValueError("runtime 'onnx' and int8 (quantize) do not combine; int8 runs in torch")
        if not available():
            raise OnnxUnavailable("runtime 'onnx' needs the packages onnxruntime and onnx (pip install onnxruntime onnx)")
    return runtime


def without_word_lookup(model):
    """`model` as a module (inputs_embeds, attention_mask) -> logits."""
    import torch

    class Encoder(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, inputs_embeds, attention_mask):
            return self.inner(inputs_embeds=inputs_embeds, attention_mask=attention_mask).logits

    return Encoder(model).eval()


def cache_path(weights_sha256: str, layers: int) -> Path:
    from metricner.model.base import cache_root

    return cache_root() / "onnx" / f"encoder-f{FORMAT}-{layers}l-{weights_sha256[:20]}.onnx"


def export(model, path: Path) -> Path:
    """Write `model`'s encoder as an ONNX graph at `path` (atomically)."""
    import torch

    hidden = model.config.hidden_size
    example = (torch.randn(2, 12, hidden), torch.ones(2, 12, dtype=torch.long))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    os.close(fd)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # tracer warnings about data-dependent branches
            torch.onnx.export(
                without_word_lookup(model), example, tmp, input_names=["inputs_embeds", "attention_mask"],
                output_names=["logits"], opset_version=17, dynamo=False,
                dynamic_axes={"inputs_embeds": {0: "batch", 1: "pieces"}, "attention_mask": {0: "batch", 1: "pieces"},
                              "logits": {0: "batch", 1: "pieces"}},
            )
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return path


class OnnxModel:
    """Callable like the torch model (`model(input_ids=, attention_mask=).logits`)."""

    def __init__(self, model, weights_sha256: str):
        import onnxruntime as ort
        import torch

        self.config = model.config
        self.embeddings = model.get_input_embeddings()
        path = cache_path(weights_sha256, model.config.num_hidden_layers)
        if not path.is_file():
            export(model, path)
        options = ort.SessionOptions()
        options.intra_op_num_threads = torch.get_num_threads()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        try:
            self.session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        except Exception:  # a damaged cache file: export again, once
            path.unlink(missing_ok=True)
            self.session = ort.InferenceSession(str(export(model, path)), options,
                                                providers=["CPUExecutionProvider"])
        self.path = path

    def eval(self):
        return self

    def to(self, device):
        return self

    def __call__(self, input_ids, attention_mask):
        import torch

        with torch.inference_mode():
            embeds = self.embeddings(input_ids).numpy()
        (logits,) = self.session.run(None, {"inputs_embeds": embeds, "attention_mask": attention_mask.numpy()})
        return SimpleNamespace(logits=torch.from_numpy(logits))
