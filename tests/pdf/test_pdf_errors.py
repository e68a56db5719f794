"""Bad PDFs: one line on stderr naming the file and the problem, exit code 2, no traceback.

Encrypted, damaged (truncated) and image-only PDFs are made here with PyMuPDF; every case
runs the real command in a subprocess, for `split` and for `build` (which reads its pages the
same way before anything is spoken).
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest

from audiopaper.errors import InputError
from audiopaper.ingest import read_page, read_pages

from .makepdf import ZH, write_pdf


def _story(path: Path, pages: int = 1) -> Path:
    ops = [("text", (30, 30, "县图书馆延长开放时间", ZH.styles["headline"])),
           ("text", (48, 60, "本报讯（记者 方雯）为方便读者错峰", ZH.body)),
           ("text", (30, 74, "阅读，县图书馆从本月起延长开放时间。", ZH.body))]
    return write_pdf([(300, 200, ops)] * pages, path)


def _bad(tmp_path: Path, kind: str) -> Path:
    p = tmp_path / f"{kind}.pdf"
    if kind == "encrypted":
        good = _story(tmp_path / "plain.pdf")
        with pymupdf.open(good) as doc:
            doc.save(p, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="reader", owner_pw="owner")
    elif kind == "damaged":
        data = _story(tmp_path / "whole.pdf").read_bytes()
        p.write_bytes(data[: len(data) * 2 // 3])
    elif kind == "image-only":
        write_pdf([(300, 200, [("image", (20, 20, 280, 180))])], p)
    elif kind == "blank":
        write_pdf([(300, 200, [])], p)
    elif kind == "not-a-pdf":
        p.write_text("本报讯 这不是PDF文件。\n", encoding="utf-8")
    elif kind == "empty":
        p.write_bytes(b"")
    return p


CASES = [("encrypted", "encrypted"), ("damaged", "damaged"), ("image-only", "no text layer"),
         ("blank", "no text"), ("not-a-pdf", "not a readable PDF"), ("empty", "empty")]


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "audiopaper", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("kind, reason", CASES)
def test_split_says_what_is_wrong_in_one_line(tmp_path: Path, kind: str, reason: str) -> None:
    path = _bad(tmp_path, kind)
    out = _run("split", path)
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert lines[0].startswith("error: ") and path.name in lines[0] and reason in lines[0]
    assert "Traceback" not in out.stderr and out.stdout == ""


@pytest.mark.parametrize("kind, reason", CASES[:3])
def test_build_stops_before_speaking_with_one_line(tmp_path: Path, kind: str, reason: str) -> None:
    path = _bad(tmp_path, kind)
    out = _run("build", path, "--engine", "espeak", "--out", tmp_path / "out", "--date",
               "2024-06-12")
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and path.name in lines[0] and reason in lines[0], out.stderr
    assert not (tmp_path / "out" / "2024-06-12").exists()


def test_scanned_page_error_says_ocr_is_not_supported(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="OCR is not supported"):
        read_pages(_bad(tmp_path, "image-only"))


def test_read_page_takes_a_one_page_pdf_and_refuses_a_longer_one(tmp_path: Path) -> None:
    page = read_page(_story(tmp_path / "one.pdf"))
    assert page.layout is not None and page.lang == "zh" and page.encoding == "pdf"
    with pytest.raises(InputError, match="2 pages"):
        read_page(_story(tmp_path / "two.pdf", pages=2))
    assert [p.page_no for p in read_pages(tmp_path / "two.pdf", page_no=3)] == [3, 4]
