"""ONNX Runtime runs the same model to the same results; the runtime choice is explicit and checked."""
from __future__ import annotations

import pytest
from model_fixtures import fixture_docs, trained_tiny_model

from metricner.model import onnx_runtime
from metricner.model.onnx_runtime import OnnxUnavailable, resolve_runtime

pytest.importorskip("onnxruntime")
pytest.importorskip("onnx")


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("METRICNER_CACHE", str(tmp_path / "cache"))


# (requested, device, expected)
CHOICES = [
    ("auto", None, "onnx"),
    ("auto", "cpu", "onnx"),
    ("auto", "cuda", "torch"),
    ("torch", "cpu", "torch"),
    ("onnx", "cpu", "onnx"),
]


@pytest.mark.parametrize("runtime,device,expected", CHOICES)
def test_runtime_choice(runtime, device, expected):
    assert resolve_runtime(runtime, device) == expected


@pytest.mark.parametrize("runtime,device,message", [
    ("onnx", "cuda", "CPU only"),
    ("fast", "cpu", "unknown runtime"),
])
def test_bad_runtime_requests(runtime, device, message):
    with pytest.raises(ValueError, match=message):
        resolve_runtime(runtime, device)


def test_auto_falls_back_to_torch_without_onnxruntime(monkeypatch):
    monkeypatch.setattr(onnx_runtime, "available", lambda: False)
    assert resolve_runtime("auto", "cpu") == "torch"
    with pytest.raises(OnnxUnavailable, match="pip install onnxruntime onnx"):
        resolve_runtime("onnx", "cpu")


def test_same_mentions_and_scores_as_torch():
    from metricner.model import ModelTagger

    folder = trained_tiny_model()
    texts = [d["text"] for d in fixture_docs()]
    langs = [d["lang"] for d in fixture_docs()]
    torch_tagger = ModelTagger.load(folder, runtime="torch")
    onnx_tagger = ModelTagger.load(folder, runtime="onnx")
    assert onnx_tagger.extractor.endswith("+onnx") and onnx_tagger.runtime == "onnx"
    a, b = torch_tagger.tag(texts, langs), onnx_tagger.tag(texts, langs)
    assert [[(m.label, m.start, m.end) for m in ms] for ms in a] == [[(m.label, m.start, m.end) for m in ms] for ms in b]
    assert all(abs(x.score - y.score) < 1e-4 for ms, ns in zip(a, b) for x, y in zip(ms, ns))


def test_graph_is_cached_and_a_damaged_one_rebuilt():
    from metricner.model import ModelTagger

    folder = trained_tiny_model()
    first = ModelTagger.load(folder, runtime="onnx")
    path = first.model.path
    assert path.is_file()
    stamp = path.stat().st_mtime_ns
    assert ModelTagger.load(folder, runtime="onnx").model.path.stat().st_mtime_ns == stamp  # reused
    path.write_bytes(b"not an onnx graph")
    again = ModelTagger.load(folder, runtime="onnx")
    assert again.tag(["Jumlah peserta 155.934 orang."], ["id"]) is not None
    assert path.stat().st_size > 1000


def test_int8_graph_is_quantised_per_channel_and_agrees_with_torch_int8():
    import onnx

    from metricner.model import ModelTagger

    folder = trained_tiny_model()
    texts = [d["text"] for d in fixture_docs()]
    langs = [d["lang"] for d in fixture_docs()]
    onnx_int8 = ModelTagger.load(folder, runtime="onnx", quantize=True)
    assert onnx_int8.extractor.endswith("+int8+onnx")
    assert "-int8-" in onnx_int8.model.path.name
    graph = onnx.load(str(onnx_int8.model.path))
    scales = [t for t in graph.graph.initializer if t.name.endswith("_scale") and "MatMul" in t.name]
    assert scales and all(len(t.dims) == 1 and t.dims[0] > 1 for t in scales)  # one scale per output channel
    fp32 = ModelTagger.load(folder, runtime="onnx").tag(texts, langs)
    int8 = onnx_int8.tag(texts, langs)
    same = sum(m.label == n.label and (m.start, m.end) == (n.start, n.end)
               for ms, ns in zip(fp32, int8) for m, n in zip(ms, ns))
    assert same >= 0.9 * sum(map(len, fp32))



# (METRICNER_INT8_FORMAT, the cached graph's name part, the ONNX data type of its quantised MatMul weights)
INT8_GRAPHS = [
    ("u8s8", "-int8-", 3),       # onnx.TensorProto.INT8
    ("u8u8", "-int8-u8u8-", 2),  # onnx.TensorProto.UINT8
]


@pytest.mark.parametrize("wanted,name_part,weight_type", INT8_GRAPHS)
def test_int8_graph_takes_the_chosen_format(monkeypatch, wanted, name_part, weight_type):
    import onnx

    from metricner.model import ModelTagger

    monkeypatch.setenv("METRICNER_INT8_FORMAT", wanted)
    tagger = ModelTagger.load(trained_tiny_model(), runtime="onnx", quantize=True)
    assert name_part in tagger.model.path.name
    graph = onnx.load(str(tagger.model.path))
    weights = [t for t in graph.graph.initializer if t.name.endswith("_quantized") and "MatMul" in t.name]
    assert weights and {t.data_type for t in weights} == {weight_type}
    assert tagger.tag(["Jumlah peserta 155.934 orang."], ["id"]) is not None

# (Extractor options, the model part of its extractor name)
DEFAULTS = [
    ({}, "+int8+onnx"),  # CPU default: int8 in ONNX Runtime
    ({"quantize": False}, "+onnx"),
    ({"runtime": "torch"}, "@0.0-test"),  # torch keeps fp32 unless asked
    ({"runtime": "torch", "quantize": True}, "+int8"),
]


@pytest.mark.parametrize("options,suffix", DEFAULTS)
def test_extractor_defaults_to_int8_only_under_onnx_runtime(options, suffix):
    from metricner.pipeline import Extractor

    ex = Extractor(engine="model", model_path=str(trained_tiny_model()), prefilter=False, **options)
    assert ex.extractor.endswith(suffix)


def test_damaged_int8_graph_is_rebuilt():
    from metricner.model import ModelTagger

    folder = trained_tiny_model()
    path = ModelTagger.load(folder, runtime="onnx", quantize=True).model.path
    path.write_bytes(b"half an int8 graph")
    again = ModelTagger.load(folder, runtime="onnx", quantize=True)
    assert again.model.path == path and path.stat().st_size > 1000
    assert again.tag(["Jumlah peserta 155.934 orang."], ["id"]) is not None


def test_two_batches_in_flight_give_the_same_spans_as_one():
    import torch

    from metricner.model import ModelTagger

    folder = trained_tiny_model()
    texts = [d["text"] for d in fixture_docs()]
    langs = [d["lang"] for d in fixture_docs()]
    threads = torch.get_num_threads()
    torch.set_num_threads(2)
    try:
        tagger = ModelTagger.load(folder, runtime="onnx", batch_size=2)
    finally:
        torch.set_num_threads(threads)
    assert tagger.streams == 2
    parallel = tagger.tag(texts, langs)
    tagger.streams = 1
    serial = tagger.tag(texts, langs)
    assert [[(m.label, m.start, m.end) for m in ms] for ms in parallel] == \
        [[(m.label, m.start, m.end) for m in ms] for ms in serial]
    assert all(abs(x.score - y.score) < 1e-5 for ms, ns in zip(parallel, serial) for x, y in zip(ms, ns))


@pytest.mark.parametrize("runtime", ["onnx", "torch"])
def test_int8_labels_of_a_text_do_not_depend_on_the_texts_tagged_with_it(runtime):
    """Dynamic int8 takes one activation scale per batch tensor: reproducible
    runs each int8 window alone, so a text tagged among others gets what it
    gets alone, to the last digit of its scores."""
    from metricner.model import ModelTagger

    tagger = ModelTagger.load(trained_tiny_model(), runtime=runtime, quantize=True, batch_size=16,
                              reproducible=True)
    texts = [d["text"] for d in fixture_docs()]
    langs = [d["lang"] for d in fixture_docs()]
    together = tagger.tag(texts, langs)
    alone = [tagger.tag([t], [lg])[0] for t, lg in zip(texts, langs)]
    reversed_ = tagger.tag(texts[::-1], langs[::-1])[::-1]
    spans = [[(m.label, m.start, m.end, m.score) for m in ms] for ms in together]
    assert sum(map(len, spans)) > 0
    assert spans == [[(m.label, m.start, m.end, m.score) for m in ms] for ms in alone]
    assert spans == [[(m.label, m.start, m.end, m.score) for m in ms] for ms in reversed_]


def test_weights_digest_follows_the_weights():
    import torch

    from metricner.model.files import load_model
    from metricner.model.onnx_runtime import weights_digest

    model, _, _ = load_model(trained_tiny_model())
    first = weights_digest(model)
    assert first == weights_digest(model) and len(first) == 64
    with torch.no_grad():
        model.classifier.bias.add_(1.0)
    assert weights_digest(model) != first
