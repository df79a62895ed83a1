"""The page's style sheet and script, inlined into every report (no network,
no CDN). The script builds all user text with textContent, never innerHTML."""
from __future__ import annotations

TYPE_COLOURS = {
    # type: (highlight background, border / chart colour)
    "COUNT": ("#cfe3ff", "#2b6cb0"),
    "RATE": ("#c6f0d3", "#2f855a"),
    "MONEY": ("#ffe2b0", "#c05621"),
    "TARGET": ("#e6d6fc", "#6b46c1"),
}
OTHER_COLOUR = ("#e2e8f0", "#4a5568")

CSS = """
:root { --fg:#1a202c; --muted:#5a6473; --line:#d8dee6; --bg:#f7f9fb; --bad:#c53030; --warn:#b7791f; }
* { box-sizing: border-box; }
body { margin:0; font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",sans-serif; color:var(--fg); background:var(--bg); }
header.top { background:#1f2a37; color:#fff; padding:10px 20px; display:flex; gap:24px; align-items:baseline; flex-wrap:wrap; position:sticky; top:0; z-index:5; }
header.top h1 { font-size:18px; margin:0; }
header.top nav a { color:#cfe3ff; margin-right:14px; text-decoration:none; }
main { padding:12px 20px 40px; max-width:1400px; margin:0 auto; }
section.block { background:#fff; border:1px solid var(--line); border-radius:6px; padding:12px 16px; margin:14px 0; }
section.block > h2 { font-size:16px; margin:0 0 8px; }
.cards { display:flex; gap:12px; flex-wrap:wrap; margin-bottom:10px; }
.card { border:1px solid var(--line); border-radius:6px; padding:6px 14px; min-width:120px; }
.card b { display:block; font-size:22px; }
.card.bad b { color:var(--bad); } .card.warn b { color:var(--warn); }
.summary-grid { display:flex; gap:24px; flex-wrap:wrap; align-items:flex-start; }
table { border-collapse:collapse; }
th, td { border-bottom:1px solid var(--line); padding:3px 8px; text-align:left; vertical-align:top; }
th { background:#eef2f7; font-weight:600; white-space:nowrap; }
td.num, th.num { text-align:right; font-variant-numeric:tabular-nums; }
.legend { display:flex; gap:10px; flex-wrap:wrap; align-items:center; margin:6px 0; }
.legend .chip { padding:0 6px; border-radius:3px; }
.chip { display:inline-block; padding:0 5px; border-radius:3px; font-size:12px; font-weight:600; border:1px solid transparent; }
mark.hl { color:inherit; padding:0 1px; border-radius:3px; border-bottom:2px solid; cursor:help; }
mark.hl.g-spurious, mark.hl.g-wrong_type, .chip.g-spurious, .chip.g-wrong_type { outline:2px solid var(--bad); outline-offset:1px; }
mark.hl.missed, .chip.missed { background:repeating-linear-gradient(45deg,#fff,#fff 3px,#fed7d7 3px,#fed7d7 6px) !important; outline:2px dashed var(--bad); outline-offset:1px; }
mark.hl.rv { text-decoration:underline wavy var(--warn); }
mark.hl.flash { box-shadow:0 0 0 4px #f6e05e; }
bdi.val { font-size:11px; color:var(--muted); background:#f1f3f6; border-radius:3px; padding:0 4px; margin:0 3px; white-space:nowrap; unicode-bidi:isolate; }
bdi.val.null { color:var(--bad); }
body.beside-off bdi.val { display:none; }
body.beside-value bdi.val .ctx { display:none; }
.controls { display:flex; gap:10px; flex-wrap:wrap; align-items:center; margin:6px 0 10px; }
.controls input[type=search], .controls input[type=text] { padding:3px 6px; width:180px; }
.pager { display:flex; gap:6px; align-items:center; margin:6px 0; }
.pager button { padding:2px 8px; }
.count { color:var(--muted); }
section.doc { border:1px solid var(--line); border-radius:6px; margin:10px 0; }
section.doc > h3 { margin:0; padding:6px 10px; font-size:14px; background:#eef2f7; border-radius:6px 6px 0 0; display:flex; gap:10px; flex-wrap:wrap; }
section.doc .doctext { padding:10px 14px; white-space:pre-wrap; overflow-wrap:anywhere; line-height:1.9; font-size:15px; }
section.doc .doctext[dir=rtl] { font-size:17px; }
section.doc .err { color:var(--bad); padding:6px 10px; }
.goldcols { display:grid; grid-template-columns:repeat(3,1fr); gap:10px; padding:8px 10px; border-bottom:1px solid var(--line); }
.goldcols h4 { margin:0 0 4px; font-size:13px; }
.goldcols ul { margin:0; padding:0; list-style:none; max-height:220px; overflow:auto; }
.goldcols li { margin:2px 0; cursor:pointer; }
.goldcols .c-correct h4 { color:#2f855a; } .goldcols .c-missed h4, .goldcols .c-spurious h4 { color:var(--bad); }
.nosource { color:var(--muted); font-style:italic; padding:6px 10px; }
.sentences li { margin:4px 0; }
#records-table td.text, #review-table td.text { max-width:260px; }
#records-table tbody tr:hover, #review-table tbody tr:hover { background:#f5f8ff; cursor:pointer; }
th.sortable { cursor:pointer; user-select:none; }
th.sortable[data-dir=asc]::after { content:" \\25B2"; } th.sortable[data-dir=desc]::after { content:" \\25BC"; }
.reasons { color:var(--warn); font-size:12px; }
.failures td.ids { color:var(--muted); font-size:12px; max-width:700px; }
.muted { color:var(--muted); }
"""

JS = r"""
(function () {
  'use strict';
  var DATA = JSON.parse(document.getElementById('metricner-data').textContent);
  var docs = DATA.docs, meta = DATA.meta, recs = expand(DATA.records);
  function expand(t) {
    var cols = t.columns, strings = t.strings, interned = cols.map(function (c) { return t.interned.indexOf(c) >= 0; });
    return t.rows.map(function (row) {
      var r = {};
      for (var j = 0; j < row.length; j++) {
        var v = row[j];
        if (v === null) continue;
        r[cols[j]] = interned[j] && typeof v === 'number' ? strings[v] : v;
      }
      if (r.n === undefined && r.v !== undefined) r.n = parseFloat(r.v.replace(/,/g, ''));
      return r;
    });
  }
  var QUAL = {more_than: '>', less_than: '<', about: '\u2248', at_least: '\u2265', at_most: '\u2264'};

  function el(tag, attrs) {
    var n = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === 'text') n.textContent = String(v);
        else if (k === 'class') n.className = v;
        else n.setAttribute(k, String(v));
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined) continue;
      n.append(c);  /* strings become text nodes */
    }
    return n;
  }
  function $(id) { return document.getElementById(id); }
  var KNOWN = {COUNT: 1, RATE: 1, MONEY: 1, TARGET: 1};
  function typeClass(t) { return KNOWN.hasOwnProperty(t) ? 't-' + t : 't-other'; }
  function chip(t, extra) { return el('span', {'class': 'chip ' + typeClass(t) + (extra ? ' ' + extra : ''), text: t}); }
  function valueText(r) {
    if (r.v === undefined) return 'no value';
    var s = (r.q && QUAL[r.q] ? QUAL[r.q] + ' ' : '') + r.v;
    if (r.u) s += ' ' + r.u;
    if (r.p) s += ' / ' + r.p;
    if (r.c) s += ' (' + r.c + ')';
    return s;
  }
  function tooltip(r) {
    var lines = [r.t + ': ' + (r.x || '')];
    lines.push('value: ' + (r.v === undefined ? 'null' : r.v) + (r.u ? ' ' + r.u : ''));
    if (r.k && r.k !== (r.t || '').toLowerCase()) lines.push('kind: ' + r.k);
    lines.push('qualifier: ' + (r.q || '-'));
    if (r.c) lines.push('change: ' + r.c);
    if (r.p) lines.push('per: ' + r.p);
    lines.push('subject: ' + (r.sj || '-'));
    lines.push('period: ' + (r.pd || '-'));
    if (r.sc !== undefined) lines.push('score: ' + r.sc);
    if (r.rg) lines.push('range: ' + r.rg);
    if (r.g) lines.push('gold: ' + r.g.replace('_', ' '));
    (r.w || []).forEach(function (w) { lines.push('warning: ' + w); });
    (r.rv || []).forEach(function (w) { lines.push('review: ' + w); });
    return lines.join('\n');
  }
  function besideBadge(r) {
    var b = el('bdi', {'class': 'val' + (r.v === undefined ? ' null' : ''), dir: 'ltr'}, valueText(r));
    var ctx = el('span', {'class': 'ctx'});
    [r.sj, r.pd].forEach(function (x) { if (x) ctx.append(' \u00b7 ', el('bdi', {dir: 'auto', text: x})); });
    if (ctx.childNodes.length) b.append(ctx);
    return b;
  }

  /* ---------- pager ---------- */
  function Pager(box, onChange) {
    this.page = 0; this.size = 10; this.total = 0; this.onChange = onChange;
    var self = this;
    this.prev = el('button', {type: 'button', text: '\u2039 prev'});
    this.next = el('button', {type: 'button', text: 'next \u203a'});
    this.info = el('span', {'class': 'count'});
    this.prev.addEventListener('click', function () { self.go(self.page - 1); });
    this.next.addEventListener('click', function () { self.go(self.page + 1); });
    box.append(this.prev, this.info, this.next);
  }
  Pager.prototype.pages = function () { return Math.max(1, Math.ceil(this.total / this.size)); };
  Pager.prototype.go = function (p) {
    this.page = Math.min(Math.max(0, p), this.pages() - 1);
    this.onChange();
  };
  Pager.prototype.slice = function (arr) {
    this.total = arr.length;
    if (this.page > this.pages() - 1) this.page = this.pages() - 1;
    this.info.textContent = 'page ' + (this.page + 1) + ' of ' + this.pages();
    this.prev.disabled = this.page === 0;
    this.next.disabled = this.page >= this.pages() - 1;
    return arr.slice(this.page * this.size, (this.page + 1) * this.size);
  };

  /* ---------- document text with highlights ---------- */
  function renderText(doc, box) {
    var text = doc.text, spans = [];
    (doc.r || []).forEach(function (i) {
      var r = recs[i];
      if (r.s !== undefined) spans.push({s: r.s, e: r.e, rid: i, t: r.t, rec: r});
    });
    (doc.m || []).forEach(function (m, j) {
      if (m.s !== undefined) spans.push({s: m.s, e: m.e, mid: j, t: m.t, miss: m});
    });
    var cuts = [0, text.length];
    spans.forEach(function (sp) { cuts.push(sp.s, sp.e); });
    cuts = cuts.filter(function (v, i, a) { return a.indexOf(v) === i; }).sort(function (a, b) { return a - b; });
    var current = null, currentMark = null;
    for (var c = 0; c + 1 < cuts.length; c++) {
      var a = cuts[c], b = cuts[c + 1], piece = text.slice(a, b), primary = null;
      for (var k = 0; k < spans.length; k++) {
        var sp = spans[k];
        if (sp.s <= a && sp.e >= b && (!primary || (primary.miss && sp.rec))) primary = sp;
      }
      if (!primary) { box.append(piece); current = null; continue; }
      if (primary !== current) {
        current = primary;
        if (primary.rec) {
          var r = primary.rec;
          currentMark = el('mark', {'class': 'hl ' + typeClass(r.t) + (r.g ? ' g-' + r.g : '') + (r.rv ? ' rv' : ''),
            'data-rid': primary.rid, 'data-type': r.t, title: tooltip(r)});
        } else {
          var m = primary.miss;
          currentMark = el('mark', {'class': 'hl missed ' + typeClass(m.t), 'data-mid': primary.mid, 'data-type': m.t,
            title: 'missed gold ' + m.t + ': ' + (m.x || '') + (m.v ? '\nvalue: ' + m.v + (m.u ? ' ' + m.u : '') : '') +
              (m.as ? '\nfound as ' + m.as : '')});
        }
        box.append(currentMark);
      }
      currentMark.append(piece);
      if (b === primary.e && primary.rec) { box.append(besideBadge(primary.rec)); current = null; }
      else if (b === primary.e) current = null;
    }
  }

  function goldColumns(doc, section) {
    var cols = el('div', {'class': 'goldcols'});
    function column(cls, title, items) {
      var ul = el('ul');
      items.forEach(function (it) { ul.append(it); });
      cols.append(el('div', {'class': 'c-' + cls}, el('h4', {text: title + ' (' + items.length + ')'}), ul));
    }
    function item(t, x, extra, sel) {
      var li = el('li', {dir: 'auto'}, chip(t, extra), ' ', x || '');
      li.addEventListener('click', function () { flash(section.querySelector(sel)); });
      return li;
    }
    var correct = [], spurious = [];
    (doc.r || []).forEach(function (i) {
      var r = recs[i], li = item(r.t, r.x, r.g === 'correct' ? '' : 'g-' + r.g, 'mark[data-rid="' + i + '"]');
      if (r.g === 'wrong_type') li.append(el('span', {'class': 'muted', text: ' (wrong type)'}));
      (r.g === 'correct' ? correct : spurious).push(li);
    });
    var missed = (doc.m || []).map(function (m, j) {
      var li = item(m.t, m.x, 'missed', 'mark[data-mid="' + j + '"]');
      if (m.as) li.append(el('span', {'class': 'muted', text: ' (found as ' + m.as + ')'}));
      return li;
    });
    column('correct', 'Correct', correct);
    column('missed', 'Missed', missed);
    column('spurious', 'Spurious / wrong type', spurious);
    return cols;
  }

  function renderDoc(di) {
    var doc = docs[di];
    var section = el('section', {'class': 'doc', id: 'doc-' + di, 'data-doc': doc.id, 'data-lang': doc.lang || ''});
    var n = (doc.r || []).length;
    var h = el('h3', null, el('span', {text: doc.id}), el('span', {'class': 'muted', text: (doc.lang || '?') + ' \u00b7 ' + n + ' mention' + (n === 1 ? '' : 's')}));
    var nrev = (doc.r || []).filter(function (i) { return recs[i].rv; }).length;
    if (nrev) h.append(el('span', {'class': 'reasons', text: nrev + ' to review'}));
    if (doc.gc) h.append(el('span', {'class': 'muted', text: 'gold: ' + doc.gc[0] + ' correct, ' + doc.gc[1] + ' missed, ' + doc.gc[2] + ' spurious'}));
    section.append(h);
    (doc.err || []).forEach(function (e) { section.append(el('div', {'class': 'err', text: 'failed: ' + e})); });
    if (doc.gold) section.append(goldColumns(doc, section));
    if (doc.text !== undefined) {
      var box = el('div', {'class': 'doctext', dir: doc.dir, lang: doc.lang || null});
      renderText(doc, box);
      section.append(box);
    } else if (n) {
      section.append(el('div', {'class': 'nosource', text: 'Document text not given (use --docs); mentions in their sentences:'}));
      var ul = el('ul', {'class': 'sentences', dir: doc.dir});
      doc.r.forEach(function (i) {
        var r = recs[i], li = el('li'), sn = r.sn || '', at = r.x ? sn.indexOf(r.x) : -1;
        var mk = el('mark', {'class': 'hl ' + typeClass(r.t) + (r.g ? ' g-' + r.g : '') + (r.rv ? ' rv' : ''), 'data-rid': i, 'data-type': r.t, title: tooltip(r)}, r.x || '');
        if (at >= 0) li.append(sn.slice(0, at), mk, besideBadge(r), sn.slice(at + r.x.length));
        else li.append(mk, besideBadge(r), sn ? ' \u2014 ' + sn : '');
        ul.append(li);
      });
      section.append(ul);
    }
    return section;
  }

  function flash(node) {
    if (!node) return;
    node.scrollIntoView({block: 'center'});
    node.classList.add('flash');
    setTimeout(function () { node.classList.remove('flash'); }, 1600);
  }

  /* ---------- documents view ---------- */
  var docView = {filtered: docs.map(function (_, i) { return i; })};
  docView.pager = new Pager($('docs-pager'), function () { renderDocs(); });
  function filterDocs() {
    var q = $('doc-filter').value.trim().toLowerCase(), lang = $('doc-lang').value, only = $('doc-only').value;
    docView.filtered = [];
    docs.forEach(function (d, i) {
      if (q && d.id.toLowerCase().indexOf(q) < 0) return;
      if (lang && (d.lang || '?') !== lang) return;
      if (only === 'review' && !(d.r || []).some(function (j) { return recs[j].rv; })) return;
      if (only === 'failed' && !d.err) return;
      if (only === 'gold' && !(d.gc && (d.gc[1] || d.gc[2]))) return;
      if (only === 'mentions' && !(d.r || []).length) return;
      docView.filtered.push(i);
    });
    docView.pager.page = 0;
    renderDocs();
  }
  function renderDocs() {
    var box = $('docs'), page = docView.pager.slice(docView.filtered);
    box.replaceChildren();
    page.forEach(function (di) { box.append(renderDoc(di)); });
    $('docs-count').textContent = docView.filtered.length + ' of ' + docs.length + ' documents';
  }
  function showRecord(i) {
    var di = recs[i].d;
    $('doc-filter').value = ''; $('doc-lang').value = ''; $('doc-only').value = '';
    filterDocs();
    docView.pager.go(Math.floor(docView.filtered.indexOf(di) / docView.pager.size));
    flash(document.querySelector('#doc-' + di + ' mark[data-rid="' + i + '"]') || $('doc-' + di));
  }

  /* ---------- tables ---------- */
  function recordRow(i, withReasons) {
    var r = recs[i], d = docs[r.d];
    var tr = el('tr', {'data-rid': i, 'data-type': r.t},
      el('td', {text: d.id}), el('td', {text: d.lang || ''}),
      el('td', null, chip(r.t, r.g && r.g !== 'correct' ? 'g-' + r.g : '')),
      el('td', {'class': 'text', dir: 'auto', text: r.x || ''}),
      el('td', {'class': 'num', text: r.v === undefined ? 'null' : r.v}),
      el('td', {text: r.u || ''}), el('td', {text: r.q || ''}), el('td', {text: r.c || ''}),
      el('td', {dir: 'auto', text: r.sj || ''}), el('td', {dir: 'auto', text: r.pd || ''}),
      el('td', {'class': 'num', text: r.sc === undefined ? '' : r.sc.toFixed(2)}));
    if (withReasons) tr.append(el('td', {'class': 'reasons', text: (r.rv || []).join('; ')}));
    if (meta.gold) tr.append(el('td', {text: r.g ? r.g.replace('_', ' ') : ''}));
    tr.title = tooltip(r);
    tr.addEventListener('click', function () { showRecord(i); });
    return tr;
  }
  var SORT_KEYS = {
    doc: function (r) { return docs[r.d].id; }, lang: function (r) { return docs[r.d].lang || ''; },
    type: function (r) { return r.t; }, text: function (r) { return r.x || ''; },
    value: function (r) { return r.n === undefined ? null : r.n; }, unit: function (r) { return r.u || ''; },
    qualifier: function (r) { return r.q || ''; }, change: function (r) { return r.c || ''; },
    subject: function (r) { return r.sj || ''; }, period: function (r) { return r.pd || ''; },
    score: function (r) { return r.sc === undefined ? null : r.sc; },
    review: function (r) { return (r.rv || []).join('; '); }, gold: function (r) { return r.g || ''; }
  };
  function sortIndices(idx, key, dir) {
    var f = SORT_KEYS[key], sign = dir === 'desc' ? -1 : 1;
    return idx.slice().sort(function (a, b) {
      var x = f(recs[a]), y = f(recs[b]);
      if (x === y) return a - b;
      if (x === null) return 1;
      if (y === null) return -1;
      return (x < y ? -1 : 1) * sign;
    });
  }
  function header(table, withReasons, state, rerender) {
    var cols = ['doc', 'lang', 'type', 'text', 'value', 'unit', 'qualifier', 'change', 'subject', 'period', 'score'];
    if (withReasons) cols.push('review');
    if (meta.gold) cols.push('gold');
    var tr = el('tr');
    cols.forEach(function (c) {
      var th = el('th', {'class': 'sortable' + (c === 'value' || c === 'score' ? ' num' : ''), 'data-key': c, text: c});
      th.addEventListener('click', function () {
        state.dir = state.key === c && state.dir === 'asc' ? 'desc' : 'asc';
        state.key = c;
        tr.querySelectorAll('th').forEach(function (h) { h.removeAttribute('data-dir'); });
        th.setAttribute('data-dir', state.dir);
        rerender();
      });
      tr.append(th);
    });
    table.querySelector('thead').replaceChildren(tr);
  }

  /* records table */
  var recView = {key: null, dir: 'asc', filtered: []};
  recView.pager = new Pager($('records-pager'), function () { renderRecords(); });
  recView.pager.size = 50;
  function filterRecords() {
    var q = $('rec-doc').value.trim().toLowerCase(), lang = $('rec-lang').value, type = $('rec-type').value;
    var subj = $('rec-subject').value.trim().toLowerCase(), rv = $('rec-review').checked;
    var gold = $('rec-gold') ? $('rec-gold').value : '';
    var out = [];
    for (var i = 0; i < recs.length; i++) {
      var r = recs[i], d = docs[r.d];
      if (q && d.id.toLowerCase().indexOf(q) < 0) continue;
      if (lang && (d.lang || '?') !== lang) continue;
      if (type && r.t !== type) continue;
      if (subj && (r.sj || '').toLowerCase().indexOf(subj) < 0) continue;
      if (rv && !r.rv) continue;
      if (gold && (r.g === 'wrong_type' ? 'spurious' : r.g) !== gold) continue;
      out.push(i);
    }
    recView.filtered = recView.key ? sortIndices(out, recView.key, recView.dir) : out;
    recView.pager.page = 0;
    renderRecords();
  }
  function renderRecords() {
    var body = $('records-table').querySelector('tbody');
    body.replaceChildren();
    recView.pager.slice(recView.filtered).forEach(function (i) { body.append(recordRow(i, false)); });
    $('records-count').textContent = recView.filtered.length + ' of ' + recs.length + ' records';
  }
  header($('records-table'), false, recView, function () {
    recView.filtered = sortIndices(recView.filtered, recView.key, recView.dir);
    renderRecords();
  });

  /* needs review */
  var reviewView = {key: 'score', dir: 'asc', filtered: []};
  recs.forEach(function (r, i) { if (r.rv) reviewView.filtered.push(i); });
  reviewView.filtered.sort(function (a, b) {
    var x = recs[a], y = recs[b], nx = x.v === undefined ? 0 : 1, ny = y.v === undefined ? 0 : 1;
    if (nx !== ny) return nx - ny;
    var sx = x.sc === undefined ? 1 : x.sc, sy = y.sc === undefined ? 1 : y.sc;
    return sx - sy || a - b;
  });
  reviewView.pager = new Pager($('review-pager'), function () { renderReview(); });
  reviewView.pager.size = 25;
  function renderReview() {
    var body = $('review-table').querySelector('tbody');
    body.replaceChildren();
    reviewView.pager.slice(reviewView.filtered).forEach(function (i) { body.append(recordRow(i, true)); });
    $('review-count').textContent = reviewView.filtered.length + ' records need review (score below ' + meta.threshold + ' or no value)';
  }
  header($('review-table'), true, reviewView, function () {
    reviewView.filtered = sortIndices(reviewView.filtered, reviewView.key, reviewView.dir);
    renderReview();
  });

  /* ---------- controls ---------- */
  function fillSelect(sel, values) {
    values.forEach(function (v) { sel.append(el('option', {value: v, text: v})); });
  }
  var langs = Object.keys(DATA.summary.documents_by_lang);
  fillSelect($('doc-lang'), langs);
  fillSelect($('rec-lang'), langs);
  fillSelect($('rec-type'), meta.types);
  ['rec-doc', 'rec-subject'].forEach(function (id) { $(id).addEventListener('input', filterRecords); });
  ['rec-lang', 'rec-type', 'rec-review', 'rec-gold'].forEach(function (id) {
    if ($(id)) $(id).addEventListener('change', filterRecords);
  });
  $('rec-size').addEventListener('change', function () { recView.pager.size = +$('rec-size').value; recView.pager.page = 0; renderRecords(); });
  $('doc-filter').addEventListener('input', filterDocs);
  $('doc-lang').addEventListener('change', filterDocs);
  $('doc-only').addEventListener('change', filterDocs);
  $('beside').addEventListener('change', function () {
    document.body.classList.remove('beside-off', 'beside-value');
    if ($('beside').value !== 'full') document.body.classList.add('beside-' + $('beside').value);
  });
  document.querySelectorAll('[data-doc-link]').forEach(function (a) {
    a.addEventListener('click', function (ev) {
      ev.preventDefault();
      $('doc-filter').value = a.getAttribute('data-doc-link'); $('doc-lang').value = ''; $('doc-only').value = '';
      filterDocs();
      $('documents').scrollIntoView();
    });
  });

  filterDocs();
  filterRecords();
  renderReview();
  document.body.setAttribute('data-ready', '1');
})();
"""
