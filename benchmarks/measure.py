"""Time and memory of one callable over a list of documents.

Speed and memory are measured in two passes, because tracemalloc slows
Python allocation several-fold: the timed pass runs with only a resident-set
sampler thread (cheap), the memory pass runs again under tracemalloc, on a
subsample when asked.

Memory numbers:
- rss_peak_delta_mb: highest RSS seen by the sampler during the timed pass,
  minus RSS just before it (what this engine added on top of the process);
- ru_maxrss_mb: the process's lifetime peak RSS after the pass (monotone over
  a run: later engines include earlier ones);
- py_peak_mb: tracemalloc's peak of Python allocations during the memory pass
  (tensors and native buffers are not Python allocations: see RSS for those).
"""
from __future__ import annotations

import gc
import resource
import sys
import threading
import time
import tracemalloc
from dataclasses import asdict, dataclass
from typing import Callable, Sequence

try:
    import psutil
except ImportError:  # optional: fall back to /proc
    psutil = None

MB = 1024 * 1024


def rss_bytes() -> int:
    """Current resident set size of this process."""
    if psutil is not None:
        return psutil.Process().memory_info().rss
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize()


def ru_maxrss_bytes() -> int:
    r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return r if sys.platform == "darwin" else r * 1024  # Linux reports KiB


class RssSampler:
    """Polls RSS in a thread and keeps the highest value seen."""

    def __init__(self, interval_s: float = 0.005):
        self.interval_s = interval_s
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, rss_bytes())
            self._stop.wait(self.interval_s)

    def __enter__(self) -> "RssSampler":
        self.peak = rss_bytes()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, rss_bytes())


@dataclass
class Measurement:
    docs: int
    chars: int
    tokens: int | None
    seconds: float
    outputs: int  # records (engines) or matches/entities (baselines)
    docs_per_s: float
    chars_per_s: float
    tokens_per_s: float | None
    rss_before_mb: float
    rss_peak_delta_mb: float
    ru_maxrss_mb: float
    py_peak_mb: float | None = None
    py_docs: int | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def timed(run: Callable[[Sequence], int], items: Sequence, chars: int,
          tokens: int | None) -> Measurement:
    """Run `run(items)` (which returns its output count) once, timed."""
    gc.collect()
    before = rss_bytes()
    with RssSampler() as sampler:
        t0 = time.perf_counter()
        outputs = run(items)
        seconds = time.perf_counter() - t0
    seconds = max(seconds, 1e-9)
    return Measurement(
        docs=len(items), chars=chars, tokens=tokens, seconds=round(seconds, 4),
        outputs=int(outputs),
        docs_per_s=round(len(items) / seconds, 3),
        chars_per_s=round(chars / seconds, 1),
        tokens_per_s=None if tokens is None else round(tokens / seconds, 1),
        rss_before_mb=round(before / MB, 1),
        rss_peak_delta_mb=round((sampler.peak - before) / MB, 1),
        ru_maxrss_mb=round(ru_maxrss_bytes() / MB, 1),
    )


def python_peak(run: Callable[[Sequence], int], items: Sequence) -> float:
    """Peak of Python allocations (MiB) while running `run(items)`."""
    gc.collect()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        run(items)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return round(peak / MB, 2)
