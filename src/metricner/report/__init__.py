"""Self-contained HTML review report: a summary with a chart, every document
with its mentions highlighted by type, a "needs review" list, and a sortable,
filterable table of all records; with gold, correct / missed / spurious spans.

    from metricner.report import write_report
    write_report(records, "report.html", documents={"doc1": {"text": ..., "lang": "id"}})
"""
from __future__ import annotations

import pathlib
from collections.abc import Iterable, Mapping
from typing import Any

from metricner.report.page import render_page
from metricner.report.payload import DEFAULT_THRESHOLD, build_payload

__all__ = ["write_report", "render_report", "build_payload", "DEFAULT_THRESHOLD"]


def render_report(
    records: Iterable[Any],
    documents: Mapping[str, Mapping] | None = None,
    gold: Iterable[Mapping] | None = None,
    errors: Iterable[Mapping] | None = None,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    gold_doc_ids: Iterable[str] | None = None,
    title: str = "metricner review report",
) -> str:
    """The report page as a string (see `write_report`)."""
    payload = build_payload(records, documents, gold, errors,
                            threshold=threshold, gold_doc_ids=gold_doc_ids)
    return render_page(payload, title=title)


def write_report(
    records: Iterable[Any],
    out_path: str | pathlib.Path,
    documents: Mapping[str, Mapping] | None = None,
    gold: Iterable[Mapping] | None = None,
    errors: Iterable[Mapping] | None = None,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    gold_doc_ids: Iterable[str] | None = None,
    title: str = "metricner review report",
) -> pathlib.Path:
    """Write one self-contained HTML file and return its path.

    records: MetricRecord dicts (error rows {"doc_id", "error"} among them are
    shown as failed documents); documents: doc_id -> {"text", "lang"} so that
    mentions are highlighted in the text; gold: gold mentions (doc_id, start,
    end, type, text, ...) to show correct, missed and spurious spans for the
    documents in `gold_doc_ids` (default: those with a gold row); errors: more
    error rows. Records scoring below `threshold` or without a value are listed
    under "needs review".
    """
    out = pathlib.Path(out_path)
    page = render_report(records, documents, gold, errors, threshold=threshold,
                         gold_doc_ids=gold_doc_ids, title=title)
    if out.parent and not out.parent.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(page.encode("utf-8", errors="replace"))
    return out
