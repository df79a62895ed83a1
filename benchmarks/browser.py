"""Headless Chromium for the report checks: load time of a report, and the
screenshot shown in the README.

    python -m benchmarks.browser out/report.html docs/report.png [--width 1400 --height 2400]

Needs /usr/bin/chromium, /usr/bin/chromedriver (Debian packages chromium and
chromium-driver) and selenium (the `test` extra).
"""
from __future__ import annotations

import argparse
import contextlib
import pathlib
import shutil
import tempfile
import time
from typing import Iterator

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync")


@contextlib.contextmanager
def chromium(page_load_timeout: int = 300) -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="metricner-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        driver.set_page_load_timeout(page_load_timeout)
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def open_report(driver, path: pathlib.Path) -> float:
    """Load a report; seconds until its script has finished."""
    t0 = time.perf_counter()
    driver.get(path.resolve().as_uri())
    if driver.execute_script("return document.body.getAttribute('data-ready')") != "1":
        raise RuntimeError(f"{path}: the report script did not finish")
    return time.perf_counter() - t0


def browser_load_seconds(path: pathlib.Path) -> float:
    with chromium() as driver:
        return open_report(driver, path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.browser", description=__doc__.split("\n\n")[0])
    ap.add_argument("report", type=pathlib.Path)
    ap.add_argument("png", type=pathlib.Path)
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--height", type=int, default=2400)
    args = ap.parse_args(argv)
    with chromium() as driver:
        driver.set_window_size(args.width, args.height)
        open_report(driver, args.report)
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(str(args.png))
    print(f"wrote {args.png}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
