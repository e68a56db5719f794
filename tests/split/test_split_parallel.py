"""An edition's pages are split on every core the machine gives, and read exactly as in one
process: same articles, same order, same warnings and errors from the parent."""
from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from audiopaper.errors import SplitError
from audiopaper.ingest import read_page
from audiopaper.model import Page
from audiopaper.split import edition
from audiopaper.split.page import PageResult

HERE = Path(__file__).parent
EDITIONS = sorted({p.parent.parent for p in HERE.glob("heldout112/*/*-p4/page.txt")})
needs_cores = pytest.mark.skipif(
    len(os.sched_getaffinity(0)) < 2 if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1) < 2,
    reason="one core: the edition is split in one process")


def _pages(folder: Path) -> list[Page]:
    files = sorted(folder.glob("*/page.txt"), key=lambda f: int(f.parent.name.rsplit("-p", 1)[1]))
    return [read_page(f, page_no=n) for n, f in enumerate(files, 1)]


@pytest.mark.parametrize("folder", EDITIONS, ids=lambda p: p.name)
def test_workers_read_an_edition_as_one_process_does(folder: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    pages = _pages(folder)
    assert len(pages) >= edition._PARALLEL_FROM
    together = edition.split_pages(pages)
    monkeypatch.setattr(edition, "_PARALLEL_FROM", 10 ** 6)
    alone = edition.split_pages(pages)
    assert together == alone
    assert len(together.articles) > 8


# (run in a fresh process: a thread an earlier test left running here would rightly keep the
# split in one process)
_WHO_SPLIT = """
import dataclasses, json, os, sys
from pathlib import Path
from audiopaper.ingest import read_page
from audiopaper.split import edition
real = edition.split_page
def marked(page):
    result = real(page)
    return dataclasses.replace(result, skipped=[*result.skipped, f"pid {os.getpid()}"])
edition.split_page = marked
files = sorted(Path(sys.argv[1]).glob("*/page.txt"), key=lambda f: int(f.parent.name.rsplit("-p", 1)[1]))
pages = [read_page(f, page_no=n) for n, f in enumerate(files, 1)]
pids = [x for x in edition.split_pages(pages).skipped if x.startswith("pid ")]
print(json.dumps({"here": f"pid {os.getpid()}", "pids": pids}))
"""


@needs_cores
def test_the_pages_are_split_in_workers() -> None:
    out = subprocess.run([sys.executable, "-c", _WHO_SPLIT, str(EDITIONS[0])], capture_output=True,
                         text=True, timeout=300, check=True)
    got = json.loads(out.stdout)
    # (the first page here, which reads the tables the workers start with; the rest in them)
    assert len(got["pids"]) == len(_pages(EDITIONS[0])) and got["pids"][0] == got["here"]
    assert got["here"] not in got["pids"][1:]


@needs_cores
def test_a_fault_in_a_worker_is_told_by_the_parent(monkeypatch: pytest.MonkeyPatch,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    real = edition.split_page
    pages = _pages(EDITIONS[0])
    broken = pages[2].source

    def faulty(page: Page) -> PageResult:
        if page.source == broken:
            raise IndexError("list index out of range")
        return real(page)

    monkeypatch.setattr(edition, "split_page", faulty)
    with caplog.at_level(logging.WARNING):
        result = edition.split_pages(pages)
    (record,) = caplog.records
    assert broken in record.getMessage() and "IndexError" in record.getMessage()
    said = "".join("".join(a.paragraphs) for a in result.articles).replace(" ", "")
    assert all(line.replace(" ", "") in said for line in pages[2].lines[:40] if line.strip()), \
        "the page is read by its blocks, not lost"


@needs_cores
def test_a_page_of_furniture_alone_still_stops_the_run() -> None:
    pages = _pages(EDITIONS[0])
    ad = Page(source="pages/ad.txt", lang=pages[0].lang, page_no=5,
              lines=("SPRING SALE", "", "All week at Dockside Furniture", "555-0133"))
    with pytest.raises(SplitError) as err:
        edition.split_pages([*pages, ad])
    assert "pages/ad.txt" in str(err.value.path)
