"""Experiment families on the five gold seed documents.

    python -m training.experiments lodo --config training/configs/lodo.json
    python -m training.experiments crossling --config training/configs/crossling.json
    python -m training.experiments rules

lodo: leave one document out. The first `experiment.shared_stages` stages
(synthetic only, never a seed) are trained once and shared by every fold; each
fold then continues on its training fold's gold + augmentations of that fold
only, and tags the held-out document.
crossling: per language L, a model that saw no data of L (gold or synthetic:
every stage runs with exclude_langs=[L]) tags L's seeds.
With --models-dir DIR, lodo keeps every model it trains in DIR and reuses a
kept model whose recipe matches (training.fold_models), so a change to the
decoding or the span repairs is scored again without training.
rules: metricner.rules.RulesTagger on the same documents (it does not train,
so every split is the whole set of seeds, scored per language).

Writes training/reports/<name>.md (tables with gold counts beside every
figure) and <name>.json.
"""
from __future__ import annotations

import argparse
import copy
import functools
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Sequence

REPORTS = Path("training/reports")


def _tag_docs(model, tokenizer, meta: dict, docs: list[dict], batch_size: int, prefilter: bool = True,
              int8: bool = False) -> list[dict]:
    """Predictions of `model` on `docs`; int8: of an int8 copy on CPU, run as the
    CPU default runs it (ONNX Runtime where installed; graphs in a temporary folder)."""
    from metricner.evaluation import predict_documents
    from metricner.model import onnx_runtime
    from metricner.model.tagger import ModelTagger
    from metricner.prefilter import NumberPrefilter
    from training.evaluate import as_eval_docs

    def predict(tagger) -> list[dict]:
        return predict_documents(NumberPrefilter(tagger) if prefilter else tagger, as_eval_docs(docs))

    if not int8:
        device = str(next(model.parameters()).device)
        return predict(ModelTagger(model, tokenizer, meta, batch_size=batch_size, device=device))
    # int8 as `metricner extract` runs it on CPU: in ONNX Runtime where installed
    model = copy.deepcopy(model).to("cpu")
    runtime = onnx_runtime.resolve_runtime("auto", "cpu")
    with tempfile.TemporaryDirectory(prefix="metricner-fold-graph-") as graphs:
        return predict(ModelTagger(model, tokenizer, {**meta, "weights_sha256": onnx_runtime.weights_digest(model)},
                                   batch_size=batch_size, device="cpu", quantize=True, runtime=runtime,
                                   graph_dir=Path(graphs)))


def _meta(cfg) -> dict:
    return {"name": "metricner-e5s", "version": f"{cfg.model.version}-{cfg.name}", "max_length": cfg.model.max_length}


def _shared_members(cfg, tok, shared, models_dir: Path | None = None, reused: list | None = None
                    ) -> tuple[list, list, object]:
    """The shared stages once per soup member: (member models, summaries, their
    soup, a copy, since the members go on to every fold). With `models_dir`,
    the members are kept there (training.fold_models) and reused; `reused`
    gets one bool per member."""
    from training import fold_models, soup
    from training.train import log, pick_device, train_soup_members

    wanted = fold_models.recipe(cfg, "shared")
    folders = ([models_dir / f"shared-{cfg.name}-member-{k}" for k in range(cfg.model.soup_members)]
               if models_dir is not None else [])
    @functools.cache
    def train_all():  # once, and only when a member is not kept
        return train_soup_members(cfg, tok, [], pick_device(), stages=shared)

    if folders:
        members, summaries = [], []
        for k, folder in enumerate(folders):
            model, summary, _, was_kept = fold_models.kept_or_trained(
                folder, wanted, lambda k=k: (train_all()[0][k], train_all()[1]), tok, cfg, log, pick_device())
            members.append(model)
            if reused is not None:
                reused.append(was_kept)
            summaries = summary
    else:
        members, summaries = train_all()
    mean = members[0] if len(members) == 1 else soup.average_models(members, into=copy.deepcopy(members[0]))
    return members, summaries, mean


def run_lodo(cfg, docs: list[dict], models_dir: str | Path | None = None, replicate: int = 0) -> dict:
    """With model.soup_members > 1 each member runs the shared stages and every
    fold, and each fold's members are averaged (training.soup), as the shipped
    model is made. With experiment.teacher_config, each fold's model is a
    teacher, trained by that config (its shared stages once), and this
    config's student is distilled from it on the same fold. With `models_dir`
    every model is kept there, in a folder named by its config (DIR/<doc_id>/<name>,
    DIR/shared-<name>-member-<k>), and a kept model of the same recipe is
    reused (training.fold_models): a rescoring after a change to decoding
    trains nothing, and the teacher's own lodo run finds the fold teachers
    of its student's run in the same DIR. `replicate` R > 0: `cfg` is
    replicate R of its recipe (training.config.replicate), and so is the
    teacher recipe that experiment.teacher_config names."""
    from training import fold_models
    from training.config import load_config
    from training.config import replicate as replicate_of
    from training.distill import frozen
    from training.train import load_tokenizer, log, pick_device, train_members

    tok = load_tokenizer(cfg)
    kept = Path(models_dir) if models_dir is not None else None
    teacher_cfg = (replicate_of(load_config(cfg.experiment.teacher_config), replicate)
                   if cfg.experiment.teacher_config else None)
    fold_cfg = teacher_cfg or cfg  # the recipe whose shared stages run once
    shared, rest = fold_cfg.stages[: fold_cfg.experiment.shared_stages], fold_cfg.stages[fold_cfg.experiment.shared_stages :]
    reused: list[bool] = []  # per kept-or-trained model: loaded from `models_dir`
    # the recipes as read: training a student fills in its config (model.teacher_layers)
    as_read, fold_as_read = copy.deepcopy(cfg), copy.deepcopy(fold_cfg)

    @functools.cache
    def stage1():  # (members, summaries, soup): once, and only when needed
        return _shared_members(fold_cfg, tok, shared, kept if shared else None, reused)

    plan = {"shared": stage1()[1] if shared else [], "folds": {}}
    # The shared stages never see a seed, so their model tagging every seed is
    # a held-out figure too: what the product does with no gold data at all.
    shared_predicted = (_tag_docs(stage1()[2], tok, _meta(fold_cfg), docs, cfg.experiment.eval_batch_size,
                                  cfg.experiment.prefilter) if shared else None)
    predicted, predicted_int8, teacher_predicted = [], [], []
    ex = cfg.experiment
    for d in docs:
        train_docs = [x for x in docs if x["doc_id"] != d["doc_id"]]
        log(f"lodo fold {d['doc_id']}: train on {[x['doc_id'] for x in train_docs]}")
        fold = kept / d["doc_id"] if kept is not None else None
        model, plan["folds"][d["doc_id"]], sha, was_kept = fold_models.kept_or_trained(
            fold / fold_cfg.name if fold else None,
            fold_models.recipe(fold_as_read, f"fold {d['doc_id']}", train_docs),
            lambda: train_members(fold_cfg, tok, train_docs, pick_device(), stages=rest,
                                  start_models=stage1()[0]),
            tok, fold_cfg, log, pick_device())
        reused.append(was_kept)
        if teacher_cfg is not None:
            teacher_predicted += _tag_docs(model, tok, _meta(fold_cfg), [d], ex.eval_batch_size, ex.prefilter)
            log(f"lodo fold {d['doc_id']}: distil the student from this fold's teacher")
            teacher = frozen(model)
            model, student_plan, _, was_kept = fold_models.kept_or_trained(
                fold / cfg.name if fold else None,
                fold_models.recipe(as_read, f"fold {d['doc_id']}", train_docs, teacher_sha256=sha),
                lambda: train_members(cfg, tok, train_docs, pick_device(), teacher=teacher), tok, cfg, log,
                pick_device())
            reused.append(was_kept)
            plan["folds"][d["doc_id"]] = {"teacher": plan["folds"][d["doc_id"]], "student": student_plan}
        predicted += _tag_docs(model, tok, _meta(cfg), [d], ex.eval_batch_size, ex.prefilter)
        if ex.int8_eval:
            predicted_int8 += _tag_docs(model, tok, _meta(cfg), [d], ex.eval_batch_size, ex.prefilter, int8=True)
    if kept is not None:
        plan["kept_models"] = {"dir": str(kept), "loaded": sum(reused), "trained": len(reused) - sum(reused)}
    extra = []
    if shared_predicted:
        suffix = "-teacher-synthetic-only" if teacher_cfg else "-synthetic-only"
        extra.append((suffix, "shared synthetic stages only, no gold", shared_predicted, plan["shared"]))
    if teacher_predicted:
        extra.append(("-teacher", f"each fold's teacher ({cfg.experiment.teacher_config})", teacher_predicted, plan))
    if predicted_int8:
        extra.append(("-int8", "each fold's model run with int8 linear layers (--int8)", predicted_int8, plan))
    return {"predicted": predicted, "plan": plan, "extra_reports": extra}


def run_crossling(cfg, docs: list[dict]) -> dict:
    from training.train import load_tokenizer, log, pick_device, train_members

    tok = load_tokenizer(cfg)
    plan, predicted = {}, []
    for lang in cfg.experiment.langs:
        test = [d for d in docs if d["lang"] == lang]
        if not test:
            continue
        log(f"crossling: leave out {lang} ({[d['doc_id'] for d in test]})")
        train_docs = [d for d in docs if d["lang"] != lang]
        model, plan[lang] = train_members(cfg, tok, train_docs, pick_device(), exclude_langs=[lang])
        predicted += _tag_docs(model, tok, _meta(cfg), test, cfg.experiment.eval_batch_size, cfg.experiment.prefilter)
    return {"predicted": predicted, "plan": plan}


def run_rules(docs: list[dict]) -> dict:
    from metricner.evaluation import predict_documents
    from metricner.rules import RulesTagger
    from training.evaluate import as_eval_docs

    tagger = RulesTagger()
    return {"predicted": predict_documents(tagger, as_eval_docs(docs)),
            "plan": {"extractor": tagger.extractor}}


def _kept_note(plan) -> str:
    kept = plan.get("kept_models") if isinstance(plan, dict) else None
    if not kept:
        return ""
    return (f" ({kept['loaded']} of {kept['loaded'] + kept['trained']} models loaded from {kept['dir']}, "
            f"trained by an earlier run of the same recipe; {kept['trained']} trained now)")


def write_report(name: str, family: str, result: dict, cfg_dict: dict | None, seconds: float,
                 out_dir: Path = REPORTS) -> Path:
    from metricner.evaluation import evaluate, markdown_tables

    predicted = result["predicted"]
    scores = evaluate(predicted)
    per_doc = {d["doc_id"]: evaluate([d])["spans"]["overall"] for d in predicted}
    lines = [f"# {name} ({family})", "",
             f"Documents: {', '.join(d['doc_id'] + ' (' + d['lang'] + ')' for d in predicted)}; "
             f"wall time {seconds / 60:.1f} min{_kept_note(result['plan'])}.", "",
             "Exact character spans (start, end, type); P/R/F1 in %, gold/pred/tp counts beside them.", "",
             markdown_tables(scores), "", "## Per document", "",
             "| document | P | R | F1 | gold | pred | tp |", "| --- | --- | --- | --- | --- | --- | --- |"]
    for doc_id, s in per_doc.items():
        lines.append(f"| {doc_id} | {100 * s['precision']:.1f} | {100 * s['recall']:.1f} | "
                     f"{100 * s['f1']:.1f} | {s['gold']} | {s['pred']} | {s['tp']} |")
    seq = scores["seqeval"].get("micro avg")
    if seq:
        lines += ["", f"seqeval (strict IOB2, words cut at span boundaries) micro F1 "
                      f"{100 * seq['f1']:.1f} over {seq['support']} gold spans."]
    out_dir.mkdir(parents=True, exist_ok=True)
    md = out_dir / f"{name}.md"
    md.write_text("\n".join(lines) + "\n", encoding="utf-8")
    payload = {"name": name, "family": family, "config": cfg_dict, "seconds": round(seconds, 1),
               "scores": scores, "per_document": per_doc, "plan": result["plan"],
               "predictions": [{"doc_id": d["doc_id"], "pred": d["pred"]} for d in predicted]}
    (out_dir / f"{name}.json").write_text(json.dumps(payload, indent=2, ensure_ascii=False, default=str),
                                          encoding="utf-8")
    return md


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Run an experiment family on the gold seeds.")
    ap.add_argument("family", choices=["lodo", "crossling", "rules"])
    ap.add_argument("--config", help="training config (lodo, crossling)")
    ap.add_argument("--name", help="report name (default: the family, or the config's name)")
    ap.add_argument("--max-steps", type=int, default=0, help="cap every stage at N steps (a quick check)")
    ap.add_argument("--out-dir", default=str(REPORTS))
    ap.add_argument("--gold-dir", default="annotations/gold")
    ap.add_argument("--seeds-dir", default="seeds")
    ap.add_argument("--replicate", type=int, default=0, metavar="R",
                    help="lodo, crossling: train replicate R of the recipe, every seed raised by R * 100 "
                         "(its teacher's too); report NAME-rR (training.config.replicate)")
    ap.add_argument("--models-dir", help="lodo: keep every fold's model here, and reuse those of the same "
                                         "recipe (a rescoring trains nothing; training.fold_models)")
    args = ap.parse_args(argv)
    if args.models_dir and args.family != "lodo":
        ap.error("--models-dir: only the lodo family keeps its models")
    if args.replicate and args.family == "rules":
        ap.error("--replicate: the rules engine has no seeds")
    cfg = None
    if args.family != "rules":
        if not args.config:
            ap.error(f"{args.family} needs --config")
        from training.config import load_config_for_cli

        cfg = load_config_for_cli(ap, args.config, args.max_steps, args.replicate)
        if cfg.experiment.teacher_config and args.family != "lodo":
            ap.error("config.experiment.teacher_config: only the lodo family trains a teacher per fold")
        if cfg.experiment.teacher_config:  # a bad teacher recipe stops here, not after the first stage
            load_config_for_cli(ap, cfg.experiment.teacher_config)
        if cfg.model.teacher:
            ap.error("config.model.teacher: held-out experiments cannot distil from a model that was "
                     "trained on the held-out documents; give experiment.teacher_config "
                     "(a teacher trained per fold) instead")
    from training.data import load_gold_docs
    from training.train import set_threads

    docs = load_gold_docs(args.gold_dir, args.seeds_dir)
    if not docs:
        ap.error(f"no gold documents in {args.gold_dir}")
    start = time.time()
    if args.family == "lodo":
        set_threads(cfg)
        result = run_lodo(cfg, docs, args.models_dir, args.replicate)
    elif args.family == "crossling":
        set_threads(cfg)
        result = run_crossling(cfg, docs)
    else:
        result = run_rules(docs)
    name = args.name or (cfg.name if cfg else args.family)
    seconds = time.time() - start
    md = write_report(name, args.family, result, cfg.to_dict() if cfg else None, seconds, Path(args.out_dir))
    for suffix, what, predicted, plan in result.get("extra_reports", []):
        write_report(f"{name}{suffix}", f"{args.family}, {what}", {"predicted": predicted, "plan": plan},
                     cfg.to_dict() if cfg else None, seconds, Path(args.out_dir))
    print(md.read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
