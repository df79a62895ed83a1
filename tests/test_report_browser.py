"""The review report as a person sees it, in headless Chromium: highlights,
right-to-left Arabic, the type filter, inert document text, emoji offsets.

Needs /usr/bin/chromium and /usr/bin/chromedriver (Debian packages chromium
and chromium-driver, installed here when missing and running as root) and
the selenium package. METRICNER_REPORT_SCREENSHOT=docs/report.png also saves
a screenshot of the seeds' report.
"""
from __future__ import annotations

import json
import os
import pathlib
import re
import shutil
import subprocess
import tempfile

import pytest

from metricner.report import write_report

ROOT = pathlib.Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "annotations" / "gold"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1400,1000")
SEED_LANGS = {"000": "id", "001": "nb", "002": "id", "003": "ar", "004": "nb"}

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402


@pytest.fixture(scope="session")
def chromium() -> None:
    if os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER):
        return
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("apt-get"):
        pytest.skip(f"{CHROMIUM} missing; install the Debian packages chromium and chromium-driver")
    cmd = "apt-get update && apt-get install -y chromium chromium-driver"
    try:
        done = subprocess.run(["sh", "-c", cmd], capture_output=True, text=True, timeout=1200,
                              env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    except subprocess.TimeoutExpired:
        pytest.skip(f"'{cmd}' took too long")
    if done.returncode or not os.path.exists(CHROMEDRIVER):
        pytest.skip(f"'{cmd}' failed: {(done.stderr or done.stdout)[-500:]}")


@pytest.fixture(scope="session")
def browser(chromium):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="metricner-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    try:
        driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    except Exception as exc:  # noqa: BLE001 - any start failure means no browser here
        shutil.rmtree(profile, ignore_errors=True)
        pytest.skip(f"chromium did not start: {exc}")
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def _read(path: pathlib.Path) -> str:
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def _regex_records(doc_id: str, text: str, lang: str) -> list[dict]:
    """Stand-in records when no gold annotations exist: every number, typed
    in turn, with some low scores and null values so every view has content."""
    out = []
    for i, m in enumerate(re.finditer(r"\d[\d.,]*\d(?:\s?%)?|\d", text)):
        type_ = "RATE" if "%" in m.group() else ("COUNT", "MONEY", "TARGET")[i % 3]
        out.append({"doc_id": doc_id, "lang": lang, "type": type_, "text": m.group(),
                    "start": m.start(), "end": m.end(), "value": None if i % 7 == 3 else i,
                    "unit": "%" if type_ == "RATE" else None, "kind": type_.lower(),
                    "score": 0.45 if i % 5 == 0 else 0.95, "subject": None, "period": None})
    return out


def seed_inputs() -> tuple[dict, list[dict]]:
    """The seeds as documents, and their records: the gold annotations where
    they exist, else stand-ins."""
    documents, records = {}, []
    for path in sorted(SEEDS.glob("*.txt")):
        lang = SEED_LANGS.get(path.stem[:3], "id")
        documents[path.stem] = {"text": _read(path), "lang": lang}
        gold = GOLD / f"{path.stem}.jsonl"
        if gold.exists():
            rows = [json.loads(line) for line in _read(gold).splitlines() if line.strip()]
            records += [{**row, "lang": lang, "score": row.get("score", 1.0)} for row in rows]
        else:
            records += _regex_records(path.stem, documents[path.stem]["text"], lang)
    return documents, records


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory):
    documents, records = seed_inputs()
    gold = [r for i, r in enumerate(records) if i % 9 != 4]  # some records become spurious
    path = write_report(records + [{"doc_id": "broken", "error": "not valid UTF-8"}],
                        tmp_path_factory.mktemp("report") / "seeds.html",
                        documents=documents, gold=gold, gold_doc_ids=list(documents))
    return path, documents, records, gold


def open_report(browser, path: pathlib.Path) -> None:
    browser.get(path.as_uri())
    assert browser.execute_script("return document.body.getAttribute('data-ready')") == "1", \
        "the report script did not finish"


# Each highlight as [record id, UTF-16 offset in the document text, text, type];
# the offset counts the document's own characters only (value badges skipped).
MARKS_JS = """
const box = document.querySelector(arguments[0]);
const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
const out = new Map();
let at = 0;
for (let n = walker.nextNode(); n; n = walker.nextNode()) {
  if (n.parentElement.closest('bdi.val')) continue;
  const mark = n.parentElement.closest('mark[data-rid]');
  if (mark && !out.has(mark)) out.set(mark, [mark.getAttribute('data-rid'), at, mark.textContent,
                                             mark.getAttribute('data-type')]);
  at += n.data.length;
}
return Array.from(out.values());
"""


def utf16(text: str, i: int) -> int:
    return len(text[:i].encode("utf-16-le")) // 2


def test_highlights_match_the_records(browser, seeds_report):
    path, documents, records, _ = seeds_report
    open_report(browser, path)
    for doc_id, doc in documents.items():
        expected = sorted((utf16(doc["text"], r["start"]), r["text"], r["type"])
                          for r in records if r["doc_id"] == doc_id)
        marks = browser.execute_script(MARKS_JS, f'section[data-doc="{doc_id}"] .doctext')
        assert len({m[0] for m in marks}) == len(expected), doc_id
        assert sorted((at, text, type_) for _, at, text, type_ in marks) == expected, doc_id
    assert browser.find_elements(By.CSS_SELECTOR, "mark.hl.t-COUNT")
    assert browser.find_elements(By.CSS_SELECTOR, ".legend .chip.t-TARGET")


def test_arabic_is_right_to_left(browser, seeds_report):
    path, documents, _, _ = seeds_report
    open_report(browser, path)
    directions = browser.execute_script(
        "return Array.from(document.querySelectorAll('section.doc .doctext')).map("
        "n => [n.closest('section').getAttribute('data-lang'), getComputedStyle(n).direction])")
    assert ["ar", "rtl"] in directions
    assert all(d == ("rtl" if lang == "ar" else "ltr") for lang, d in directions)
    assert len(directions) == len(documents)


def test_type_filter_shows_only_that_type(browser, seeds_report):
    path, _, records, _ = seeds_report
    open_report(browser, path)
    Select(browser.find_element(By.ID, "rec-size")).select_by_visible_text("500")
    rows = browser.find_elements(By.CSS_SELECTOR, "#records-table tbody tr")
    assert len(rows) == min(len(records), 500)
    for type_ in ("RATE", "MONEY"):
        Select(browser.find_element(By.ID, "rec-type")).select_by_value(type_)
        rows = browser.find_elements(By.CSS_SELECTOR, "#records-table tbody tr")
        want = sum(r["type"] == type_ for r in records)
        assert len(rows) == min(want, 500) > 0
        assert {row.get_attribute("data-type") for row in rows} == {type_}
        assert browser.find_element(By.ID, "records-count").text.startswith(f"{want} of ")


def test_needs_review_and_gold_columns(browser, seeds_report):
    path, _, records, gold = seeds_report
    open_report(browser, path)
    review = [r for r in records if r["value"] is None or r["score"] < 0.6]
    assert browser.find_element(By.ID, "review-count").text.startswith(f"{len(review)} records")
    heads = [h.text for h in browser.find_elements(By.CSS_SELECTOR, ".goldcols h4")]
    spurious = sum(int(re.search(r"\((\d+)\)", h).group(1)) for h in heads if h.startswith("Spurious"))
    assert spurious == len(records) - len(gold)
    failed = browser.find_element(By.ID, "failures-table").text
    assert "not valid UTF-8" in failed and "broken" in failed
    shot = os.environ.get("METRICNER_REPORT_SCREENSHOT")
    if shot:
        browser.set_window_size(1400, 3400)
        browser.execute_script("document.getElementById('doc-only').value='';"
                               "window.scrollTo(0, 0)")
        browser.save_screenshot(str(ROOT / shot))


EVIL = ('Catatan <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> '
        '&amp; "kutip" \'x\' </script><!-- jumlah 155.934 orang')


def test_document_text_runs_nothing(browser, tmp_path):
    at = EVIL.index("155.934")
    rec = {"doc_id": "<b>evil</b>", "lang": "id", "type": "COUNT", "text": "155.934", "start": at,
           "end": at + 7, "value": 155934, "unit": "person", "kind": "count", "score": 0.9,
           "subject": '</script><script>window.__pwned = 3</script>', "period": "<i>2025</i>"}
    path = write_report([rec, {"doc_id": "x", "error": "<img src=y onerror='window.__pwned=4'>"}],
                        tmp_path / "evil.html", documents={rec["doc_id"]: {"text": EVIL, "lang": "id"}})
    open_report(browser, path)
    assert browser.execute_script("return window.__pwned === undefined")
    assert not browser.find_elements(By.CSS_SELECTOR, "#docs img, #docs script, #summary img")
    shown = browser.find_element(By.CSS_SELECTOR, "section.doc .doctext").get_attribute("textContent")
    assert shown.startswith(EVIL[:at]) and "<script>window.__pwned = 1</script>" in shown
    assert browser.find_element(By.CSS_SELECTOR, "section.doc h3").text.startswith("<b>evil</b>")
    assert browser.find_element(By.CSS_SELECTOR, "mark[data-rid]").text == "155.934"


def test_emoji_before_a_span_keeps_the_highlight_in_place(browser, tmp_path):
    docs = {"e1": {"text": "🎉🎉 Jumlah peserta 155.934 orang 😀 dan 98,02% 𝟙", "lang": "id"},
            "e2": {"text": "👍 بلغ عدد المشاركين 1,415,598 شخصًا", "lang": "ar"}}
    records = []
    for doc_id, span in (("e1", "155.934"), ("e1", "98,02%"), ("e2", "1,415,598")):
        start = docs[doc_id]["text"].index(span)
        records.append({"doc_id": doc_id, "lang": docs[doc_id]["lang"], "type": "COUNT",
                        "text": span, "start": start, "end": start + len(span), "value": 1,
                        "unit": None, "kind": "count", "score": 0.9})
    open_report(browser, write_report(records, tmp_path / "emoji.html", documents=docs))
    marks = [m.get_attribute("textContent") for m in
             browser.find_elements(By.CSS_SELECTOR, ".doctext mark[data-rid]")]
    assert marks == ["155.934", "98,02%", "1,415,598"]
    for doc_id, doc in docs.items():
        expected = [(utf16(doc["text"], r["start"]), r["text"]) for r in records
                    if r["doc_id"] == doc_id]
        shown = browser.execute_script(MARKS_JS, f'section[data-doc="{doc_id}"] .doctext')
        assert [(at, text) for _, at, text, _ in shown] == expected
