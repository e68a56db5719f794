"""What every page reader checks, whatever the file's format: that the path is a page file,
that the page has words, which language they are in, and that a named language is one we
read.  Text and PDF readers both use these, so a fault reads the same in either."""
from __future__ import annotations

import re
from pathlib import Path

from audiopaper.errors import InputError

LANGS = ("zh", "en")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


def detect_lang(text: str) -> str:
    """'zh' when CJK characters outweigh Latin letters, else 'en'.

    >>> detect_lang("本报讯 6月5日")
    'zh'
    >>> detect_lang("By Marcy Ellison / Staff Writer")
    'en'
    """
    cjk, latin = len(_CJK.findall(text)), len(_LATIN.findall(text))
    return "zh" if cjk * 2 >= latin and cjk else "en"



def check_page_file(path: Path) -> None:
    """Raise InputError unless `path` is an existing regular file (not a folder, FIFO,
    device or socket: reading a FIFO would wait for a writer forever)."""
    if not path.exists():
        raise InputError("no such file", path)
    if path.is_dir():
        raise InputError("is a directory, not a page file", path)
    if not path.is_file():
        raise InputError("is not a regular file (a FIFO, device or socket); give a page file",
                         path)


def check_has_words(text: str, path: str | Path) -> None:
    """A page must have at least one letter (any script) to be read aloud.

    >>> check_has_words("—— ……\\n* * *", "p.txt")
    Traceback (most recent call last):
    ...
    audiopaper.errors.InputError: p.txt: has no words, only punctuation and symbols: nothing to read
    """
    if not any(c.isalpha() for c in text):
        raise InputError("has no words, only punctuation and symbols: nothing to read", path)


def check_lang(lang: str, path: str | Path) -> None:
    """`lang` must be a language we read, or `auto` (detect it from the text).

    >>> check_lang("fr", "p.txt")
    Traceback (most recent call last):
    ...
    audiopaper.errors.InputError: p.txt: unknown language 'fr' (use zh, en or auto)
    """
    if lang != "auto" and lang not in LANGS:
        raise InputError(f"unknown language {lang!r} (use zh, en or auto)", path)
