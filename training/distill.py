"""Distillation: a shallower student that starts from a trained teacher and
learns from its label distributions (`model.teacher` in a training config).

The student is the teacher with only some of its encoder layers (spread over
the depth, first and last kept, as DistilBERT picks its layers) and the
teacher's classification head, so it starts close to the task; every stage
then trains it on the usual labels and on the teacher's soft labels at the
same positions:

    loss = w * T^2 * KL(teacher_T || student_T) + (1 - w) * cross-entropy

(w = train.distill_weight, T = train.distill_temperature; the T^2 keeps the
gradient scale of the soft term independent of T, Hinton et al. 2015).
"""
from __future__ import annotations

import copy
from typing import Sequence


def spread_layers(n: int, k: int) -> list[int]:
    """k of n layer indices spread evenly, the first and the last among them."""
    if not 1 <= k <= n:
        raise ValueError(f"cannot keep {k} of {n} layers")
    if k == 1:
        return [n - 1]
    return sorted({round(i * (n - 1) / (k - 1)) for i in range(k)})


def encoder_layers(model):
    """The ModuleList of transformer layers of a token classifier."""
    return model.base_model.encoder.layer


def student_from(teacher, keep: Sequence[int]):
    """A copy of `teacher` with only the encoder layers `keep` (in that order)."""
    from torch import nn

    n = len(encoder_layers(teacher))
    bad = [i for i in keep if not 0 <= i < n]
    if bad or len(set(keep)) != len(keep):
        raise ValueError(f"teacher layers {list(keep)}: each must be a distinct index below {n}")
    student = copy.deepcopy(teacher)
    student.base_model.encoder.layer = nn.ModuleList(copy.deepcopy(encoder_layers(teacher)[i]) for i in keep)
    student.config.num_hidden_layers = len(keep)
    if hasattr(student.config, "layer_types") and student.config.layer_types:
        student.config.layer_types = [student.config.layer_types[i] for i in keep]
    return student


def frozen(teacher):
    """`teacher` as every distillation uses it: no gradients, eval mode (no dropout)."""
    teacher.requires_grad_(False)
    return teacher.eval()


def distill_loss(student_logits, teacher_logits, labels, weight: float, temperature: float):
    """The mixed loss above, over positions whose label is not -100."""
    import torch.nn.functional as F

    keep = labels != -100
    s, t, y = student_logits[keep].float(), teacher_logits[keep].float(), labels[keep]
    hard = F.cross_entropy(s, y)
    if weight == 0.0:
        return hard
    soft = F.kl_div(F.log_softmax(s / temperature, -1), F.log_softmax(t / temperature, -1),
                    log_target=True, reduction="batchmean") * temperature ** 2
    return weight * soft + (1.0 - weight) * hard
