"""The fine-tuned encoder run by ONNX Runtime on CPU (`runtime="onnx"`).

The same weights, the same function: logits agree with torch to about 1e-5,
and on two cores the whole engine runs 1.9 times as fast as in torch; with
int8 weights (the graph quantised per output channel, `quantize_graph`) 1.7
times that again, F1 at most 1.1 below fp32 on the held-out sets (docs/benchmarks.md). The word-embedding lookup stays in torch: the exported graph takes
`inputs_embeds`, so it holds the encoder (some 40 MB for six layers) and not
the 250,037-row vocabulary matrix (384 MB).

The graph is exported once per model (`torch.onnx.export`, which needs the
`onnx` package) and cached under ``$METRICNER_CACHE/onnx/`` by the sha256 of
the model's weights; a damaged or half-written file is never used (written
beside and renamed into place).

int8 weights are signed (u8s8: uint8 activations times int8 weights) where the
CPU sums those products in 32 bits, and unsigned (u8u8) on x86 CPUs with AVX2
and no VNNI, where ONNX Runtime's u8s8 kernel adds pairs of products in 16 bits
and saturates (`int8_format`; on such a CPU the default model's F1 on the two
dev sets was 95.5 in u8s8, 96.7 in u8u8 and 96.3 in fp32,
`python -m benchmarks.int8_formats`). `METRICNER_INT8_FORMAT` (u8s8 or u8u8)
overrides the choice.
"""
from __future__ import annotations

import os
import tempfile
import warnings
from pathlib import Path
from types import SimpleNamespace

FORMAT = 1
RUNTIMES = ("auto", "torch", "onnx")
#: int8 formats: the weight type of ONNX Runtime's quantiser for each
INT8_WEIGHTS = {"u8s8": "QInt8", "u8u8": "QUInt8"}
#: x86 flags of instructions that sum u8s8 products without saturating
VNNI_FLAGS = ("avx512_vnni", "avx_vnni", "amx_int8")
#: the /proc/cpuinfo flags that decide which int8 kernels ONNX Runtime runs on x86
INT8_FLAGS = ("avx2", "avx512f", "avx512bw", *VNNI_FLAGS)


class OnnxUnavailable(RuntimeError):
    """ONNX Runtime (or the exporter's `onnx` package) is not installed."""


def available() -> bool:
    try:
        import onnx  # noqa: F401  (the exporter needs it)
        import onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


def resolve_runtime(runtime: str, device: str | None) -> str:
    """"torch" or "onnx" for a requested runtime ("auto": ONNX Runtime on CPU
    when it is installed, torch elsewhere). int8 runs in either."""
    if runtime not in RUNTIMES:
        raise ValueError(f"unknown runtime {runtime!r}; use one of {', '.join(RUNTIMES)}")
    on_cpu = device in (None, "cpu")
    if runtime == "auto":
        return "onnx" if on_cpu and available() else "torch"
    if runtime == "onnx":
        if not on_cpu:
            raise ValueError(f"runtime 'onnx' runs on CPU only, not on {device}")
        if not available():
            raise OnnxUnavailable("runtime 'onnx' needs the packages onnxruntime and onnx (pip install onnxruntime onnx)")
    return runtime


def weights_digest(model) -> str:
    """sha256 over a model's weights in memory (a cache key for a model never saved)."""
    import hashlib

    h = hashlib.sha256()
    for name, tensor in sorted(model.state_dict().items()):
        h.update(name.encode())
        h.update(tensor.detach().to("cpu").contiguous().numpy().tobytes())
    return h.hexdigest()


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


def cpu_flags(cpuinfo: Path = Path("/proc/cpuinfo")) -> set[str] | None:
    """The flags of this CPU (Linux x86: /proc/cpuinfo), None where they cannot be read."""
    try:
        text = cpuinfo.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    flags = {f for line in text.splitlines() if line.startswith("flags") for f in line.split(":", 1)[-1].split()}
    return flags or None


def int8_format(flags: set[str] | None = None, machine: str | None = None) -> str:
    """"u8u8" on an x86 CPU with AVX2 and none of `VNNI_FLAGS`, else "u8s8";
    `METRICNER_INT8_FORMAT` overrides (flags default: `cpu_flags()`)."""
    import platform

    wanted = os.environ.get("METRICNER_INT8_FORMAT")
    if wanted:
        if wanted not in INT8_WEIGHTS:
            raise ValueError(f"METRICNER_INT8_FORMAT={wanted!r}: expected one of {', '.join(INT8_WEIGHTS)}")
        return wanted
    machine = (machine or platform.machine()).lower()
    if machine not in ("x86_64", "amd64", "i686", "x86"):
        return "u8s8"
    flags = cpu_flags() if flags is None else flags
    if flags and "avx2" in flags and not any(f in flags for f in VNNI_FLAGS):
        return "u8u8"
    return "u8s8"


def cache_path(weights_sha256: str, layers: int, int8: bool = False, folder: Path | None = None,
               int8_kind: str = "u8s8") -> Path:
    """Where the graph of these weights lives: `folder`, default $METRICNER_CACHE/onnx/."""
    from metricner.model.base import cache_root

    kind = ("-int8" if int8_kind == "u8s8" else f"-int8-{int8_kind}") if int8 else ""
    return (folder or cache_root() / "onnx") / f"encoder-f{FORMAT}-{layers}l{kind}-{weights_sha256[:20]}.onnx"


def _atomic(path: Path, write) -> Path:
    """Call `write(tmp)` for a temporary file beside `path`, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return path


def export(model, path: Path) -> Path:
    """Write `model`'s encoder as an ONNX graph at `path` (atomically)."""
    import torch

    hidden = model.config.hidden_size
    example = (torch.randn(2, 12, hidden), torch.ones(2, 12, dtype=torch.long))

    def write(tmp: str) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # tracer warnings about data-dependent branches
            torch.onnx.export(
                without_word_lookup(model), example, tmp, input_names=["inputs_embeds", "attention_mask"],
                output_names=["logits"], opset_version=17, dynamo=False,
                dynamic_axes={"inputs_embeds": {0: "batch", 1: "pieces"}, "attention_mask": {0: "batch", 1: "pieces"},
                              "logits": {0: "batch", 1: "pieces"}},
            )

    return _atomic(path, write)


def quantize_graph(source: Path, path: Path, int8_kind: str = "u8s8", reduce_range: bool = False) -> Path:
    """Write `source` with dynamic int8 weights of `int8_kind` (`INT8_WEIGHTS`),
    one scale per output channel (ONNX Runtime's quantiser; as in torch,
    per-tensor scales cost accuracy); `reduce_range`: weights in 7 bits."""
    import logging

    from onnxruntime.quantization import QuantType, quantize_dynamic

    def write(tmp: str) -> None:
        root = logging.getLogger()
        level = root.level
        root.setLevel(logging.ERROR)  # the quantiser logs a pre-processing hint on every call
        try:
            quantize_dynamic(str(source), tmp, weight_type=getattr(QuantType, INT8_WEIGHTS[int8_kind]),
                             per_channel=True, reduce_range=reduce_range)
        finally:
            root.setLevel(level)

    return _atomic(path, write)


def graph(model, weights_sha256: str, int8: bool, folder: Path | None = None) -> Path:
    """The cached graph for these weights, exported (and quantised) on first use."""
    layers = model.config.num_hidden_layers
    fp32 = cache_path(weights_sha256, layers, folder=folder)
    if not fp32.is_file():
        export(model, fp32)
    if not int8:
        return fp32
    kind = int8_format()
    q8 = cache_path(weights_sha256, layers, int8=True, folder=folder, int8_kind=kind)
    return q8 if q8.is_file() else quantize_graph(fp32, q8, kind)


def open_session(path: Path, threads: int):
    """An ONNX Runtime CPU session on the graph at `path`, as the tagger runs it."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    # no busy-waiting between runs: spinning threads slowed the torch and
    # numpy work between batches (embedding lookup, softmax) ten-fold on two cores
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


class OnnxModel:
    """Callable like the torch model (`model(input_ids=, attention_mask=).logits`).

    graph_dir: where its graphs are cached (default $METRICNER_CACHE/onnx/).
    threads: ONNX Runtime's threads per run (default torch's thread count).
    Runs may be called from several threads at once.
    """

    def __init__(self, model, weights_sha256: str, int8: bool = False, graph_dir: Path | None = None,
                 threads: int | None = None):
        import torch

        self.config = model.config
        self.embeddings = model.get_input_embeddings()

        def session(path: Path):
            return open_session(path, threads or torch.get_num_threads())

        path = graph(model, weights_sha256, int8, graph_dir)
        try:
            self.session = session(path)
        except Exception:  # a damaged cache file: build it again, once
            for damaged in {path, cache_path(weights_sha256, model.config.num_hidden_layers, folder=graph_dir)}:
                damaged.unlink(missing_ok=True)
            path = graph(model, weights_sha256, int8, graph_dir)
            self.session = session(path)
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
