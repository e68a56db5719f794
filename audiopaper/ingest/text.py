"""Read a page of extracted newspaper text in any common encoding.

Chinese papers still ship GBK/GB18030 and Big5 files, and Windows tools add a BOM, so the
encoding is detected rather than assumed: a BOM wins, then strict UTF-8, then
charset-normalizer's best guess among the encodings a newspaper file plausibly uses.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from audiopaper.errors import InputError
from audiopaper.model import Page

# Encodings we accept from detection; anything else (e.g. a cp1252 guess for random bytes)
# means the file is not text we can read.
_PLAUSIBLE = ("utf_8", "gb18030", "gbk", "gb2312", "big5", "big5hkscs", "cp950", "cp936",
              "utf_16", "utf_16_le", "utf_16_be", "ascii", "latin_1", "cp1252", "iso8859_15")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def detect_lang(text: str) -> str:
    """'zh' when CJK characters outweigh Latin letters, else 'en'.

    >>> detect_lang("本报讯 6月5日")
    'zh'
    >>> detect_lang("By Marcy Ellison / Staff Writer")
    'en'
    """
    cjk, latin = len(_CJK.findall(text)), len(_LATIN.findall(text))
    return "zh" if cjk * 2 >= latin and cjk else "en"


def decode(data: bytes, path: str | Path) -> tuple[str, str]:
    """Decode page bytes; returns (text, encoding name). Raises InputError if not text."""
    if not data.strip():
        raise InputError("file is empty", path)
    for bom, enc, name in ((codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
                           (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
                           (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc), name
            except UnicodeDecodeError as e:
                what = name.removesuffix("-sig").upper()
                raise InputError(f"starts with a {what} byte-order mark but is not {what}: the "
                                 f"byte {e.object[e.start]:#04x} at offset {e.start + len(bom)} "
                                 "cannot be decoded", path) from None
    if b"\x00" in data:
        raise InputError("binary file, not text", path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text, enc = _guess(data)
    if text is None:
        raise InputError("cannot detect the text encoding (tried UTF-8, GB18030, Big5)", path)
    return text, enc


def _guess(data: bytes) -> tuple[str | None, str]:
    from charset_normalizer import from_bytes  # imported here: only non-UTF-8 files pay for it

    best = from_bytes(data, cp_isolation=["gb18030", "big5", "cp1252", "latin_1"]).best()
    if best is not None and best.encoding in _PLAUSIBLE:
        text = str(best)
        # a Chinese page decoded as a Latin code page comes out as accented noise: reject it
        if best.encoding in ("gb18030", "big5") or not _CONTROL.search(text):
            return text, best.encoding.replace("_", "-")
    # Strict fallbacks: a GB18030 or Big5 file that decodes cleanly is taken as such.
    for enc in ("gb18030", "big5"):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return None, ""


def read_page(path: str | Path, page_no: int = 1, lang: str = "auto") -> Page:
    """Read one page file into a Page: lines with trailing whitespace and CRs removed.

    A one-page PDF is read with its layout (`ingest.pdf`); a longer one needs `read_pages`.
    """
    p = Path(path)
    from audiopaper.ingest.pdf import is_pdf, read_pdf  # pdf imports this module

    if is_pdf(p) and p.is_file():
        pages = read_pdf(p, page_no, lang)
        if len(pages) > 1:
            raise InputError(f"PDF has {len(pages)} pages; read them with read_pages", p)
        return pages[0]
    if not p.exists():
        raise InputError("no such file", p)
    if p.is_dir():
        raise InputError("is a directory, not a page file", p)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read file ({e.strerror})", p) from None
    text, enc = decode(data, p)
    if _CONTROL.search(text[:4096]) and len(_CONTROL.findall(text)) > len(text) / 100:
        raise InputError("binary file, not text", p)
    lines = tuple(line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n")
                  .replace("\f", "\n").split("\n"))
    if lang == "auto":
        lang = detect_lang(text)
    elif lang not in ("zh", "en"):
        raise InputError(f"unknown language {lang!r} (use zh, en or auto)", p)
    return Page(source=str(p), lang=lang, page_no=page_no, lines=lines, encoding=enc)
