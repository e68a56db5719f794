"""Helpers that lay out small test pages the way a PDF-to-text tool leaves a newspaper page.

Tests write their stories as paragraphs; `column` wraps them into column lines of a fixed
display width (CJK = 2 cells), indenting first lines by two characters and keeping closing
punctuation on the line before (as typesetting does), and `page_text` puts a blank line after
every line except inside a printed block (a tuple of lines), exactly like the corpus pages.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Callable, Union

import pytest

_CLOSE = set("，。、；：？！”’）》…")
_OPEN = set("“‘（《")
_UNIT = re.compile(r"[0-9A-Za-z.%:/\-]+|.", re.S)

Block = Union[str, tuple]


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def column(paragraph: str, width: int = 26, indent: int = 4) -> list[str]:
    """Wrap one Chinese paragraph into column lines (first line indented by `indent` cells)."""
    units: list[str] = []
    for u in _UNIT.findall(paragraph):
        if units and (u in _CLOSE or (units[-1] and units[-1][-1] in _OPEN)):
            units[-1] += u
        else:
            units.append(u)
    lines, cur, cap = [], "", width - indent
    for u in units:
        core = u.rstrip("".join(_CLOSE))
        if cur and _w(cur) + _w(core) > cap:
            lines.append(cur)
            cur, cap = "", width
        cur += u
    lines.append(cur)
    return lines


def page_text(*blocks: Block) -> str:
    """Page text: every line followed by a blank line; a tuple is printed as one block."""
    out = []
    for b in blocks:
        out.append("\n".join(b) if isinstance(b, tuple) else b)
    return "\n\n".join(out) + "\n"


@pytest.fixture
def layout() -> tuple[Callable, Callable]:
    return column, page_text


@pytest.fixture
def write_page(tmp_path: Path) -> Callable[..., Path]:
    """Write page text to a file (in the given encoding) and return its path."""
    def write(text: str, name: str = "page.txt", encoding: str = "utf-8") -> Path:
        p = tmp_path / name
        p.write_bytes(text.encode(encoding))
        return p
    return write
