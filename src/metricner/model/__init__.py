"""The model engine: base-model build, model files, `ModelTagger`.

Imports are lazy so that `import metricner.model` does not import torch.
"""
from __future__ import annotations

__all__ = ["ModelTagger", "ModelFilesError", "build_base_model", "resolve_base_model"]


def __getattr__(name: str):
    if name == "ModelTagger":
        from metricner.model.tagger import ModelTagger
        return ModelTagger
    if name == "ModelFilesError":
        from metricner.model.files import ModelFilesError
        return ModelFilesError
    if name in ("build_base_model", "resolve_base_model"):
        from metricner.model import base
        return getattr(base, name)
    raise AttributeError(f"module 'metricner.model' has no attribute {name!r}")
