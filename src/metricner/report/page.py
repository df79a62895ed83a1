"""Assemble the one-file HTML page: static summary (escaped here), the style
sheet, the data as JSON in a non-executed script element, and the script."""
from __future__ import annotations

import json
from html import escape

from metricner.report.assets import CSS, JS, OTHER_COLOUR, TYPE_COLOURS

_JSON_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                               "\u2028": "\\u2028", "\u2029": "\\u2029"})


def embed_json(data: object) -> str:
    """JSON safe inside <script type="application/json">: no "</", no "<!--".
    The characters < > & only occur inside JSON strings, where the \\u escapes
    mean the same thing."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False).translate(_JSON_ESCAPES)


RECORD_COLUMNS = ("d", "t", "s", "e", "x", "v", "n", "u", "k", "q", "c", "p", "rg", "w",
                  "sj", "pd", "sc", "ex", "rv", "g", "sn")
INTERNED = frozenset({"t", "u", "k", "q", "c", "p", "sj", "pd", "ex", "g"})


def compact(payload: dict) -> dict:
    """The payload with records as rows of a column list and repeated strings
    (type, unit, subject, period, extractor...) stored once: about half the
    size on large inputs. The page's script expands them back."""
    strings: dict[str, int] = {}
    rows = []
    for rec in payload["recs"]:
        row = []
        for col in RECORD_COLUMNS:
            v = rec.get(col)
            if col == "n" and v is not None and rec.get("v") is not None:
                v = None if format(v, ",.0f") == rec["v"] or repr(v) == rec["v"] else v
            if col in INTERNED and isinstance(v, str):
                v = strings.setdefault(v, len(strings))
            row.append(v)
        while row and row[-1] is None:
            row.pop()
        rows.append(row)
    out = {k: v for k, v in payload.items() if k != "recs"}
    out["records"] = {"columns": RECORD_COLUMNS, "interned": sorted(INTERNED),
                      "strings": list(strings), "rows": rows}
    return out


def _colour(t: str) -> tuple[str, str]:
    return TYPE_COLOURS.get(t, OTHER_COLOUR)


def type_css() -> str:
    rules = []
    for t, (bg, border) in [*TYPE_COLOURS.items(), ("other", OTHER_COLOUR)]:
        rules.append(f".t-{t} {{ background:{bg}; border-color:{border}; }}")
        rules.append(f"mark.hl.t-{t} {{ border-bottom-color:{border}; }}")
    return "\n".join(rules)


def legend(types: list[str], with_gold: bool) -> str:
    items = [f'<span class="chip t-{escape(t) if t in TYPE_COLOURS else "other"}">{escape(t)}</span>'
             for t in types]
    items.append('<span><mark class="hl t-other rv">wavy underline</mark> needs review</span>')
    if with_gold:
        items.append('<span><span class="chip t-other g-spurious">red frame</span> spurious / wrong type</span>')
        items.append('<span><span class="chip t-other missed">hatched</span> missed (gold only)</span>')
    return '<div class="legend">' + "".join(items) + "</div>"


def chart_svg(by_lang_type: dict[str, dict[str, int]], types: list[str]) -> str:
    """Horizontal stacked bars: one per language, one segment per type."""
    rows = [(lang, counts) for lang, counts in by_lang_type.items()]
    if not rows:
        return '<p class="muted">No mentions.</p>'
    top = max(sum(c.values()) for _, c in rows) or 1
    bar_w, label_w, row_h = 420, 60, 26
    height = row_h * len(rows) + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{label_w + bar_w + 60}" '
             f'height="{height}" aria-label="mentions per language and type">']
    for r, (lang, counts) in enumerate(rows):
        y = 5 + r * row_h
        parts.append(f'<text x="0" y="{y + 16}" font-size="13">{escape(lang)}</text>')
        x = float(label_w)
        for t in types:
            n = counts.get(t, 0)
            if not n:
                continue
            w = bar_w * n / top
            parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="20" fill="{_colour(t)[1]}">'
                         f'<title>{escape(lang)} {escape(t)}: {n}</title></rect>')
            if w > 22:
                parts.append(f'<text x="{x + w / 2:.1f}" y="{y + 15}" font-size="11" fill="#fff" '
                             f'text-anchor="middle">{n}</text>')
            x += w
        parts.append(f'<text x="{x + 6:.1f}" y="{y + 15}" font-size="12">{sum(counts.values())}</text>')
    parts.append("</svg>")
    return "".join(parts)


def summary_html(summary: dict, meta: dict) -> str:
    types = summary["types"]
    shown_types = [t for t in types if summary["by_type"].get(t) or t in TYPE_COLOURS]
    cards = [
        ("documents", summary["documents"], ""),
        ("with mentions", summary["documents_with_mentions"], ""),
        ("mentions", summary["mentions"], ""),
        ("needs review", summary["needs_review"], "warn" if summary["needs_review"] else ""),
        ("failed documents", summary["failed"], "bad" if summary["failed"] else ""),
    ]
    out = ['<div class="cards">']
    for label, n, cls in cards:
        out.append(f'<div class="card {cls}" data-card="{escape(label)}"><b>{n:,}</b>{escape(label)}</div>')
    out.append("</div>")
    # table: mentions per type and language
    out.append('<div class="summary-grid"><div><table id="summary-table"><thead><tr><th>language</th>'
               '<th class="num">documents</th>')
    out += [f'<th class="num">{escape(t)}</th>' for t in shown_types]
    out.append('<th class="num">all</th></tr></thead><tbody>')
    docs_by_lang = summary["documents_by_lang"]
    langs = list(summary["by_lang_type"]) + [lang for lang in docs_by_lang
                                              if lang not in summary["by_lang_type"]]
    for lang in langs:
        counts = summary["by_lang_type"].get(lang, {})
        out.append(f'<tr data-lang="{escape(lang)}"><td>{escape(lang)}</td>'
                   f'<td class="num">{docs_by_lang.get(lang, 0):,}</td>')
        out += [f'<td class="num" data-type="{escape(t)}">{counts.get(t, 0):,}</td>' for t in shown_types]
        out.append(f'<td class="num">{sum(counts.values()):,}</td></tr>')
    out.append(f'<tr><th>all</th><th class="num">{summary["documents"]:,}</th>')
    out += [f'<th class="num">{summary["by_type"].get(t, 0):,}</th>' for t in shown_types]
    out.append(f'<th class="num">{summary["mentions"]:,}</th></tr></tbody></table>')
    out.append(legend(shown_types, bool(meta.get("gold"))))
    out.append("</div><div>")
    out.append(chart_svg(summary["by_lang_type"], shown_types))
    out.append("</div></div>")
    gold = summary.get("gold")
    if gold:
        out.append('<h3>Compared with gold (exact span and type)</h3><table id="gold-table"><thead><tr>'
                   '<th>type</th><th class="num">correct</th><th class="num">missed</th>'
                   '<th class="num">spurious / wrong type</th><th class="num">precision</th>'
                   '<th class="num">recall</th><th class="num">F1</th></tr></thead><tbody>')
        for name, row in [*[(t, gold["by_type"][t]) for t in shown_types], ("all", gold["total"])]:
            tag = "th" if name == "all" else "td"
            out.append(f'<tr data-type="{escape(name)}"><{tag}>{escape(name)}</{tag}>'
                       + "".join(f'<{tag} class="num">{row[k]}</{tag}>'
                                 for k in ("correct", "missed", "spurious"))
                       + "".join(f'<{tag} class="num">{row[k]:.3f}</{tag}>'
                                 for k in ("precision", "recall", "f1"))
                       + "</tr>")
        out.append("</tbody></table>")
        out.append(f'<p class="muted">{gold["total"]["wrong_type"]} of the spurious records '
                   "have a gold span with another type.</p>")
    if summary["failures"]:
        out.append(f'<h3>Failed documents ({summary["failed"]:,})</h3><table class="failures" '
                   'id="failures-table"><thead><tr><th>reason</th><th class="num">documents</th>'
                   "<th>which</th></tr></thead><tbody>")
        for reason, ids in summary["failures"][:50]:
            links = ", ".join(f'<a href="#" data-doc-link="{escape(d)}">{escape(d)}</a>' for d in ids[:30])
            more = f" and {len(ids) - 30:,} more" if len(ids) > 30 else ""
            out.append(f'<tr><td class="reason">{escape(reason)}</td><td class="num">{len(ids):,}</td>'
                       f'<td class="ids">{links}{more}</td></tr>')
        out.append("</tbody></table>")
        if len(summary["failures"]) > 50:
            out.append(f'<p class="muted">{len(summary["failures"]) - 50:,} more reasons; '
                       'filter the documents by "failed" to see them all.</p>')
    return "".join(out)


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>{title}</title>
<style>{css}
{type_css}</style>
</head>
<body>
<header class="top"><h1>{title}</h1>
<nav><a href="#summary">Summary</a><a href="#review">Needs review</a><a href="#documents">Documents</a><a href="#records">Records</a></nav></header>
<main>
<section class="block" id="summary"><h2>Summary</h2>{summary}</section>
<section class="block" id="review"><h2>Needs review</h2>
<p class="count" id="review-count"></p>
<div class="pager" id="review-pager"></div>
<table id="review-table"><thead></thead><tbody></tbody></table>
</section>
<section class="block" id="documents"><h2>Documents</h2>
<div class="controls">
<input type="search" id="doc-filter" placeholder="document id contains">
<select id="doc-lang"><option value="">all languages</option></select>
<select id="doc-only"><option value="">all documents</option><option value="mentions">with mentions</option><option value="review">with records to review</option><option value="failed">failed</option>{gold_option}</select>
<label>beside spans <select id="beside"><option value="full">value, subject, period</option><option value="value">value only</option><option value="off">nothing</option></select></label>
<span class="count" id="docs-count"></span>
</div>
{legend}
<div class="pager" id="docs-pager"></div>
<div id="docs"></div>
</section>
<section class="block" id="records"><h2>All records</h2>
<div class="controls">
<input type="search" id="rec-doc" placeholder="document id contains">
<select id="rec-lang"><option value="">all languages</option></select>
<select id="rec-type"><option value="">all types</option></select>
<input type="search" id="rec-subject" placeholder="subject contains">
<label><input type="checkbox" id="rec-review"> needs review only</label>
{gold_select}
<label>rows <select id="rec-size"><option>25</option><option selected>50</option><option>100</option><option>500</option></select></label>
<span class="count" id="records-count"></span>
</div>
<div class="pager" id="records-pager"></div>
<table id="records-table"><thead></thead><tbody></tbody></table>
</section>
</main>
<script type="application/json" id="metricner-data">{data}</script>
<script>{js}</script>
</body>
</html>
"""


def render_page(payload: dict, title: str = "metricner review report") -> str:
    meta = payload["meta"]
    has_gold = bool(meta.get("gold"))
    types = [t for t in payload["summary"]["types"]
             if payload["summary"]["by_type"].get(t) or t in TYPE_COLOURS]
    return PAGE.format(
        title=escape(title),
        css=CSS,
        type_css=type_css(),
        summary=summary_html(payload["summary"], meta),
        legend=legend(types, has_gold),
        gold_option='<option value="gold">with gold differences</option>' if has_gold else "",
        gold_select=('<select id="rec-gold"><option value="">all gold classes</option>'
                     '<option value="correct">correct</option><option value="spurious">'
                     'spurious / wrong type</option></select>') if has_gold else "",
        data=embed_json(compact(payload)),
        js=JS,
    )
