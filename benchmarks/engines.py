"""The engines a benchmark run compares, behind one small interface.

Each engine is built by `load()` (timed separately, not part of throughput) and
then `run(docs)` turns documents into outputs and returns how many it made.
An engine that cannot be built says why in `Unavailable`, and the run reports
that row as unavailable instead of failing.

- model-cpu / model-gpu: metricner.Extractor(engine="model"), text in, records out
  (model-cpu: its defaults, int8 in ONNX Runtime where installed;
  model-cpu-fp32: quantize=False; model-cpu-torch: runtime="torch" (fp32);
  model-cpu-int8-torch: int8 run by torch; model-cpu-reproducible:
  reproducible=True, each int8 window alone; model-cpu-teacher: the shipped
  6-layer model the default is distilled from, model_path="teacher", its defaults)
- rules: metricner.Extractor(engine="rules")
- naive-pipeline: transformers pipeline("token-classification",
  aggregation_strategy="simple") over the same model files, one document per
  call: spans only, no number parsing, no records (what a user would otherwise
  write first)
- duckling: pyduckling-native-phihos, dimensions number + amount-of-money
"""
from __future__ import annotations

import inspect
import os
import time
from pathlib import Path
from typing import Any, Callable, Sequence

from benchmarks.corpus import Doc


class Unavailable(RuntimeError):
    """An engine cannot run here; the message says why."""


# --------------------------------------------------------------------------
# metricner.Extractor, whatever shape its batch method takes

def _accepted(fn: Callable, **kwargs: Any) -> dict[str, Any]:
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return kwargs
    if any(p.kind is p.VAR_KEYWORD for p in params.values()):
        return kwargs
    return {k: v for k, v in kwargs.items() if k in params}


def make_extractor(engine: str, required: Sequence[str] = (), **options: Any) -> Any:
    """`metricner.Extractor(engine=...)`, passing only the options it accepts;
    an option named in `required` that it does not accept makes it Unavailable."""
    try:
        from metricner.pipeline import Extractor
    except ImportError as exc:
        raise Unavailable(f"metricner.pipeline.Extractor not importable: {exc}") from exc
    kwargs = _accepted(Extractor, engine=engine, **options)
    dropped = sorted(set(required) - set(kwargs))
    if dropped:
        raise Unavailable(f"Extractor does not accept {', '.join(dropped)}")
    try:
        return Extractor(**kwargs)
    except Exception as exc:  # missing model files, unknown engine, ...
        raise Unavailable(f"Extractor(engine={engine!r}) failed: {type(exc).__name__}: {exc}") from exc


def extract_all(extractor: Any, docs: Sequence[Doc]) -> list[list[Any]]:
    """Records per document, through the extractor's batch method when it has one."""
    texts = [d.text for d in docs]
    ids = [d.doc_id for d in docs]
    langs = [d.lang for d in docs]
    for name in ("extract_batch", "extract_many", "extract_documents"):
        fn = getattr(extractor, name, None)
        if fn is None:
            continue
        kw = _accepted(fn, doc_ids=ids, langs=langs)
        return [list(r) for r in fn(texts, **kw)]
    fn = extractor.extract
    return [list(fn(d.text, **_accepted(fn, doc_id=d.doc_id, lang=d.lang))) for d in docs]


# --------------------------------------------------------------------------
# engines

class Engine:
    name = ""
    description = ""

    def load(self) -> None:
        """Build everything the engine needs; raises Unavailable."""

    def run(self, docs: Sequence[Doc]) -> int:
        raise NotImplementedError


class ExtractorEngine(Engine):
    def __init__(self, name: str, engine: str, description: str,
                 required: Sequence[str] = (), **options: Any):
        self.name = name
        self.required = tuple(required)
        self.engine = engine
        self.description = description
        self.options = options
        self.extractor: Any = None

    def load(self) -> None:
        self.extractor = make_extractor(self.engine, self.required, **self.options)

    def run(self, docs: Sequence[Doc]) -> int:
        return sum(len(r) for r in extract_all(self.extractor, docs))


def model_files_dir() -> Path:
    """The directory of the shipped model (config.json + weights + tokenizer).

    METRICNER_BENCH_MODEL=<folder> points the benchmarks at another model
    folder (a checkpoint from training, say).
    """
    override = os.environ.get("METRICNER_BENCH_MODEL")
    if override:
        p = Path(override)
        if not (p / "config.json").is_file():
            raise Unavailable(f"METRICNER_BENCH_MODEL={override}: no config.json there")
        return p
    from metricner.model.files import default_model_dir

    p = default_model_dir()
    if not (p / "config.json").is_file():
        raise Unavailable(f"no trained model files (config.json) in {p}")
    return p


def load_model_and_tokenizer(path: Path) -> tuple[Any, Any]:
    """The model as the package loads it (the shipped folder leaves out the
    frozen word embeddings and the built-in tokenizer); a plain transformers
    folder (METRICNER_BENCH_MODEL) through from_pretrained."""
    try:
        from metricner.model.files import ModelFilesError, load_model
    except ImportError:
        load_model, ModelFilesError = None, Exception
    if load_model is not None and (path / "metricner.json").is_file():
        try:
            model, tok, _ = load_model(path)
            return model, tok
        except ModelFilesError as exc:
            raise Unavailable(f"model files at {path} unusable: {exc}") from exc
    from transformers import AutoModelForTokenClassification, AutoTokenizer

    return AutoModelForTokenClassification.from_pretrained(path), AutoTokenizer.from_pretrained(path)


def naive_pipeline(path: Path) -> Any:
    try:
        from transformers import pipeline
    except ImportError as exc:
        raise Unavailable(f"transformers not importable: {exc}") from exc
    model, tok = load_model_and_tokenizer(path)
    return pipeline("token-classification", model=model.eval(), tokenizer=tok,
                    aggregation_strategy="simple", stride=128, device=-1)


class NaivePipelineEngine(Engine):
    name = "naive-pipeline"
    description = ('transformers pipeline("token-classification", aggregation_strategy="simple"), '
                   "one document per call, stride 128 so long documents are read whole; spans only")

    def load(self) -> None:
        self.pipe = naive_pipeline(model_files_dir())

    def run(self, docs: Sequence[Doc]) -> int:
        return sum(len(self.pipe(d.text)) for d in docs)


DUCKLING_DIMS = ("number", "amount-of-money")
DUCKLING_LOCALES = {"id": "ID", "nb": "NB", "ar": "AR"}


class DucklingEngine(Engine):
    name = "duckling"
    description = "pyduckling-native-phihos 0.3.0 (Haskell Duckling), dimensions number + amount-of-money"

    def load(self) -> None:
        try:
            import duckling
        except ImportError as exc:
            raise Unavailable("pyduckling-native-phihos is not installed "
                              "(pip install 'metricner[bench]')") from exc
        self.d = duckling
        tz = duckling.load_time_zones("/usr/share/zoneinfo")
        # A fixed reference time: results do not depend on the day of the run.
        ref = duckling.parse_ref_time(tz, "UTC", 1735689600)
        self.contexts = {
            lang: duckling.Context(ref, duckling.default_locale_lang(duckling.parse_lang(code)))
            for lang, code in DUCKLING_LOCALES.items()
        }
        self.dims = duckling.parse_dimensions(list(DUCKLING_DIMS))

    def parse(self, text: str, lang: str) -> list[dict]:
        return self.d.parse(text, self.contexts[lang], self.dims, False)

    def run(self, docs: Sequence[Doc]) -> int:
        return sum(len(self.parse(d.text, d.lang)) for d in docs)


def cuda_available() -> tuple[bool, str]:
    try:
        import torch
    except ImportError:
        return False, "torch not installed"
    if not torch.cuda.is_available():
        return False, "not measured: no CUDA device on this machine"
    return True, torch.cuda.get_device_name(0)


def model_options() -> dict[str, Any]:
    """Extractor options for the model rows: the model folder named by
    METRICNER_BENCH_MODEL, else the shipped model."""
    path = os.environ.get("METRICNER_BENCH_MODEL")
    return {"model_path": path} if path else {}


def all_engines(with_gpu: bool | None = None) -> list[Engine]:
    engines: list[Engine] = [
        ExtractorEngine("rules", "rules", "metricner.Extractor(engine='rules'): text in, records out"),
        DucklingEngine(),
        ExtractorEngine("model-cpu", "model", "metricner.Extractor(engine='model') on CPU, its defaults "
                        "(sentences with a number, batched, ONNX Runtime where installed): text in, records out",
                        device="cpu", **model_options()),
        ExtractorEngine("model-cpu-torch", "model", "the same run by torch (--runtime torch)",
                        required=("runtime",), device="cpu", runtime="torch", **model_options()),
        ExtractorEngine("model-cpu-fp32", "model", "the same without int8 (--no-int8)",
                        required=("quantize",), device="cpu", quantize=False, **model_options()),
        ExtractorEngine("model-cpu-reproducible", "model", "the same with each int8 window run alone "
                        "(--reproducible: a document's records do not depend on the others)",
                        required=("reproducible",), device="cpu", reproducible=True, **model_options()),
        ExtractorEngine("model-cpu-teacher", "model", "the shipped 6-layer model the default is distilled "
                        "from (--model teacher), its defaults",
                        device="cpu", model_path=os.environ.get("METRICNER_BENCH_TEACHER_MODEL", "teacher")),
        ExtractorEngine("model-cpu-int8-torch", "model", "int8 run by torch (--int8 --runtime torch)",
                        required=("quantize", "runtime"), device="cpu", quantize=True, runtime="torch",
                        **model_options()),
        NaivePipelineEngine(),
    ]
    ok, _ = cuda_available()
    if with_gpu is None:
        with_gpu = ok
    if with_gpu:
        engines.append(ExtractorEngine("model-gpu", "model",
                                       "metricner.Extractor(engine='model') on CUDA",
                                       required=("device",), device="cuda", **model_options()))
    return engines


def load_timed(engine: Engine) -> float:
    t0 = time.perf_counter()
    engine.load()
    return round(time.perf_counter() - t0, 3)
