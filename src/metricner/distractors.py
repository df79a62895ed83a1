"""Number-like text that is never a metric, shared by the rules engine and the
sentence prefilter: URLs, dates, times, year ranges and years.

Each pattern matches in text as `metricner.textnorm.normalize` leaves it
(Western digits). Which of them a component uses is its own choice: the
rules engine blocks every match of URL, DATE and YEAR_RANGE; the prefilter,
which must never hide a metric from the model, uses only the unambiguous
FULL_DATE and leaves the judgement on a lone year to the sentence context.
"""
from __future__ import annotations

import re

# web addresses and file names: "https://...", "www.nav.no/...", "...-4-76-persen.html"
WEB_ADDRESS = re.compile(
    r"(?:https?://|www\.)\S+|\S+\.(?:html?|php|aspx?|pdf|docx?|xlsx?|jpe?g|png|gif|csv)\b\S*", re.I)
# the same and any path with two slashes ("berita/2025/11/...")
URL = re.compile(WEB_ADDRESS.pattern + r"|\S*[\w-]+/[\w-]+/\S*", re.I)
# 13/1/2025, 2025-01-13, 28.11.25, and clock times 08:00
DATE = re.compile(r"(?<![\d.,])\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?![\d])|(?<![\d.])\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
# only dates that carry a four-digit year: 13/1/2025, 13.01.2025, 2025-01-13
FULL_DATE = re.compile(
    r"(?<![\d.,])(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2})(?![\d])"
)
YEAR_RANGE = re.compile(r"(?<![\d.,])(?:19|20)\d{2}\s*[-\u2013/]\s*(?:19|20)?\d{2}(?![\d])")
# a four-digit number that can be a year: not glued to a letter or to more digits
YEAR = re.compile(r"(?<![\w.,])(?:19|20)\d{2}(?![\w]|[.,]\d)")
