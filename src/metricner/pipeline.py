"""`Extractor`: documents in, records out.

    from metricner import Extractor
    ex = Extractor(engine="rules")
    ex.extract("Jumlah peserta mencapai 155.934 orang.", lang="id", doc_id="d1")

Per document: normalise (`metricner.textnorm.normalize`), detect the language
when it is not given, tag, build records (`metricner.records.build_records`).
`extract_documents` does the same for a stream of documents, tagging many
texts per tagger call (the model engine wants that), and yields one `Result`
per document in input order: its records, or an error. One failing document
never stops the others.

Long documents are cut at line ends into pieces of at most `max_piece_chars`
characters, each normalised and tagged on its own, so that memory follows the
piece, not the document. Sentences never cross a line end
(`metricner.sentences`), so the records are those of the whole document.
"""
from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field, replace
from typing import Iterable, Iterator, Sequence

from metricner import lang as _lang
from metricner.schema import Mention, MetricRecord
from metricner.tagging import Tagger
from metricner.textnorm import normalize

ENGINES = ("model", "rules")
DEFAULT_BATCH_SIZE = 16
MAX_PIECE_CHARS = 100_000
#: characters of a document read to detect its language (langdetect reads 4000)
DETECT_SAMPLE = 8000


class ExtractionError(ValueError):
    """A document that cannot be processed; the message says why."""


@dataclass
class Document:
    """One input document.

    text is the original text (offsets of records index it); lang is "id",
    "nb", "ar" or None to detect; source says where it came from (a path,
    "file.jsonl:3") for messages; error is set when the document could not even
    be read (then it yields an error result and is not tagged).
    """

    doc_id: str
    text: str
    lang: str | None = None
    source: str = ""
    error: str | None = None


@dataclass
class Result:
    """What became of one document: its records (sorted by offset) or an error."""

    document: Document
    records: list[MetricRecord] = field(default_factory=list)
    lang: str | None = None
    error: str | None = None

    @property
    def doc_id(self) -> str:
        return self.document.doc_id

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class _Job:
    result: Result
    pieces_left: int = 0  # pieces handed out and not yet tagged
    all_out: bool = False  # every piece handed out
    range_count: int = 0  # ranges numbered so far (records of earlier pieces)

    @property
    def done(self) -> bool:
        return self.all_out and self.pieces_left == 0


@dataclass
class _Piece:
    job: _Job
    offset: int  # where the piece starts in the original text
    original: str


def split_pieces(text: str, limit: int = MAX_PIECE_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) covering `text`, each at most `limit` characters where a
    line end allows it, cut right after a line end."""
    return list(iter_pieces(text, limit))


def iter_pieces(text: str, limit: int = MAX_PIECE_CHARS) -> Iterator[tuple[int, str]]:
    """`split_pieces`, one piece at a time."""
    if len(text) <= limit:
        yield 0, text
        return
    start = 0
    n = len(text)
    while start < n:
        end = min(start + limit, n)
        if end < n:
            cut = text.rfind("\n", start, end)
            cr = text.rfind("\r", start, end)
            if cr > cut and not (cr + 1 < n and text[cr + 1] == "\n"):
                cut = cr  # a lone "\r" line end; "\r\n" is cut after its "\n"
            if cut > start:
                end = cut + 1
            # no line end in the window: a line longer than the limit is cut
            # at the limit (rare; a span may be split there)
        yield start, text[start:end]
        start = end


_RANGE_ID = re.compile(r"^(?P<doc>.*)#r(?P<n>\d+)$")


def _shift(records: list[MetricRecord], job: _Job, offset: int) -> list[MetricRecord]:
    """Records of a piece, with offsets into the whole document and range ids
    numbered on from the earlier pieces."""
    if offset == 0 and job.range_count == 0:
        job.range_count = len({r.range_id for r in records if r.range_id})
        return records
    renum: dict[str, str] = {}
    out = []
    for r in records:
        rid = r.range_id
        if rid is not None:
            if rid not in renum:
                job.range_count += 1
                m = _RANGE_ID.match(rid)
                base = m.group("doc") if m else f"{r.doc_id}"
                renum[rid] = f"{base}#r{job.range_count}"
            rid = renum[rid]
        out.append(replace(r, start=r.start + offset, end=r.end + offset, range_id=rid))
    return out


class Extractor:
    """Text in, `MetricRecord`s out.

    engine: "model" (the fine-tuned model; `model_path` None = the default
    model shipped in the package, a 4-layer student, "teacher" = the shipped
    6-layer model it is distilled from, else a model folder), "rules" (regular expressions and lexicons), or
    any `metricner.tagging.Tagger`. batch_size: texts handed to the tagger per
    call; for the model engine also its windows per forward pass. device: for
    the model engine ("cpu", "cuda"); None = CPU. quantize: the model engine
    with int8 linear layers (CPU); None = int8 where it runs in ONNX Runtime
    (1.7 times as fast, F1 at most 1.1 below fp32 on the held-out sets,
    docs/benchmarks.md), fp32 elsewhere. runtime: what runs the model engine:
    "onnx" (ONNX Runtime, CPU, the same results faster), "torch", or "auto"
    (onnx on CPU where onnxruntime is installed). reproducible: the model
    engine in int8 runs each window alone, so that a document's records do
    not depend on the documents tagged with it (int8 takes one activation
    scale per batch; 0.67 to 0.91 times the speed; fp32 needs no such care).
    prefilter: the tagger reads one sentence at
    a time, and only sentences holding a digit or a number word
    (`metricner.prefilter`); None = on for the model engine, which was trained
    on sentences and is both faster and more accurate so (docs/benchmarks.md),
    off for the rules engine, which finds the same either way.
    """

    def __init__(
        self,
        engine: str | Tagger = "model",
        model_path: str | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        device: str | None = None,
        max_piece_chars: int = MAX_PIECE_CHARS,
        quantize: bool | None = None,
        prefilter: bool | None = None,
        runtime: str = "auto",
        reproducible: bool = False,
    ):
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        if max_piece_chars < 1:
            raise ValueError(f"max_piece_chars must be at least 1, got {max_piece_chars}")
        self.batch_size = batch_size
        self.max_piece_chars = max_piece_chars
        self.tagger = self._tagger(engine, model_path, batch_size, device, quantize, runtime, reproducible)
        if prefilter is None:
            prefilter = engine == "model"
        if prefilter:
            from metricner.prefilter import NumberPrefilter

            self.tagger = NumberPrefilter(self.tagger)
        self.extractor = self.tagger.extractor

    @staticmethod
    def _tagger(engine, model_path, batch_size, device, quantize, runtime="auto", reproducible=False) -> Tagger:
        if quantize and engine != "model":
            raise ValueError("quantize goes with the model engine")
        if runtime != "auto" and engine != "model":
            raise ValueError("runtime goes with the model engine")
        if isinstance(engine, str):
            if engine == "rules":
                from metricner.rules import RulesTagger

                return RulesTagger()
            if engine == "model":
                from metricner.model import ModelTagger
                from metricner.model.onnx_runtime import resolve_runtime

                runtime = resolve_runtime(runtime, device)
                if quantize is None:
                    quantize = runtime == "onnx"
                return ModelTagger.load(model_path, batch_size=batch_size, device=device, quantize=quantize,
                                        runtime=runtime, reproducible=reproducible)
            raise ValueError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)} or a Tagger")
        if isinstance(engine, Tagger):
            return engine
        raise TypeError(f"engine must be {' or '.join(map(repr, ENGINES))} or a Tagger, "
                        f"got {type(engine).__name__}")

    # ---------------------------------------------------------------- one text
    def extract(self, text: str, lang: str | None = None, doc_id: str | None = None) -> list[MetricRecord]:
        """Records of one text, sorted by offset; raises `ExtractionError`
        (unreadable, language unknown or unsupported) instead of an error row."""
        doc = Document(doc_id if doc_id is not None else "doc", text, lang)
        (result,) = self.extract_documents([doc])
        if result.error is not None:
            raise ExtractionError(f"{doc.doc_id}: {result.error}")
        return result.records

    def extract_batch(self, texts: Sequence[str], langs: Sequence[str | None] | None = None,
                      doc_ids: Sequence[str] | None = None) -> list[list[MetricRecord]]:
        """Records per text (batched like `extract_documents`); raises
        `ExtractionError` on the first text that fails."""
        langs = list(langs) if langs is not None else [None] * len(texts)
        doc_ids = list(doc_ids) if doc_ids is not None else [f"doc{i}" for i in range(len(texts))]
        if not len(texts) == len(langs) == len(doc_ids):
            raise ValueError(f"{len(texts)} texts, {len(langs)} languages, {len(doc_ids)} doc_ids")
        docs = (Document(d, t, lg) for t, lg, d in zip(texts, langs, doc_ids))
        out = []
        for r in self.extract_documents(docs):
            if r.error is not None:
                raise ExtractionError(f"{r.doc_id}: {r.error}")
            out.append(r.records)
        return out

    # ----------------------------------------------------------- many documents
    def extract_documents(self, docs: Iterable[Document]) -> Iterator[Result]:
        """One `Result` per document, in input order, read lazily from `docs`:
        at most about `batch_size` pieces (and one long document) are held."""
        pending: deque[_Job] = deque()
        buffer: list[_Piece] = []
        for doc in docs:
            job = _Job(Result(doc))
            pending.append(job)
            if self._prepare(job):
                for offset, piece in iter_pieces(doc.text, self.max_piece_chars):
                    job.pieces_left += 1
                    buffer.append(_Piece(job, offset, piece))
                    if len(buffer) >= self.batch_size:
                        self._run(buffer)
                        buffer = []
                        yield from self._completed(pending)
            job.all_out = True
            yield from self._completed(pending)
        if buffer:
            self._run(buffer)
        yield from self._completed(pending)

    @staticmethod
    def _completed(pending: deque[_Job]) -> Iterator[Result]:
        while pending and pending[0].done:
            yield pending.popleft().result

    def _prepare(self, job: _Job) -> bool:
        """Check the document and settle its language; False when it fails."""
        res, doc = job.result, job.result.document
        if doc.error is not None:
            res.error = doc.error
            return False
        if not isinstance(doc.text, str):
            res.error = f"text must be a string, got {type(doc.text).__name__}"
            return False
        if not doc.text.strip():
            res.error = "empty document (no text)"
            return False
        code = doc.lang
        if code is None:
            code = _detect(doc.text)
            if code is None:
                res.error = ("could not tell the language (Indonesian, Norwegian Bokmål or "
                             "Arabic expected); give it with lang / --lang")
                return False
        if code not in _lang.SUPPORTED:
            res.error = str(_lang.UnsupportedLanguage(code))
            return False
        res.lang = code
        return True

    def _run(self, pieces: list[_Piece]) -> None:
        """Tag a batch of pieces and add their records to their documents."""
        live = [p for p in pieces if p.job.result.error is None]
        norms = [normalize(p.original) for p in live]
        texts = [n.text for n in norms]
        langs = [p.job.result.lang for p in live]
        try:
            tagged: list[list[Mention] | BaseException] = list(self.tagger.tag(texts, langs))
            if len(tagged) != len(texts):
                raise RuntimeError(f"tagger returned {len(tagged)} results for {len(texts)} texts")
        except Exception:
            # find the culprit: tag one by one, so that the others still pass
            tagged = []
            for t, lg in zip(texts, langs):
                try:
                    tagged.append(self.tagger.tag([t], [lg])[0])
                except Exception as exc:
                    tagged.append(exc)
        from metricner.records import build_records

        for p, norm, mentions in zip(live, norms, tagged):
            res = p.job.result
            if res.error is not None:
                continue  # an earlier piece of this document failed
            try:
                if isinstance(mentions, BaseException):
                    raise mentions
                recs = build_records(norm, mentions, res.lang, res.document.doc_id, self.extractor)
                res.records.extend(_shift(recs, p.job, p.offset))
            except Exception as exc:
                res.records = []
                res.error = f"{self.extractor} failed: {type(exc).__name__}: {_one_line(exc)}"
        for p in pieces:
            p.job.pieces_left -= 1
            if p.job.result.error is not None:
                p.job.result.records = []


def _detect(text: str) -> str | None:
    from metricner.langdetect import detect

    return detect(normalize(text[:DETECT_SAMPLE]).text)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or "(no message)"
