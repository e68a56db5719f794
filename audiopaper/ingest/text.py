"""Read a page of extracted newspaper text in any common encoding.

Chinese papers still ship GBK/GB18030 and Big5 files, and Windows tools add a BOM, so the
encoding is detected rather than assumed: `--encoding` wins, then a BOM, then strict UTF-8,
then charset-normalizer's best guess.  The guess also weighs the CJK encodings of languages
we do not read (EUC-KR, Shift_JIS, EUC-JP): their bytes decode "cleanly" as GB18030 into
Chinese characters that make no sense, so a page the guesser calls Korean or Japanese is
refused (naming the encodings tried) rather than split into nonsense.  Only regular files
are read (a FIFO would wait forever), and a page without a single letter is not a page.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from audiopaper.common.files import read_bytes
from audiopaper.errors import InputError
from audiopaper.ingest.checks import check_has_words, check_lang, detect_lang
from audiopaper.model import Page

# Encodings we accept from detection; anything else (e.g. a cp1252 guess for random bytes)
# means the file is not text we can read.
_PLAUSIBLE = ("utf_8", "gb18030", "gbk", "gb2312", "big5", "big5hkscs", "cp950", "cp936",
              "utf_16", "utf_16_le", "utf_16_be", "ascii", "latin_1", "cp1252", "iso8859_15")
_CHINESE = ("gb18030", "big5")
# Encodings of other CJK languages: a guess of one of these, on enough text, means the page
# is not Chinese even though its bytes may decode as GB18030.
_FOREIGN = {"euc_kr": ("Korean", "EUC-KR"), "cp949": ("Korean", "EUC-KR"),
            "shift_jis": ("Japanese", "Shift_JIS"), "cp932": ("Japanese", "Shift_JIS"),
            "euc_jp": ("Japanese", "EUC-JP")}
_CANDIDATES = ["gb18030", "big5", "euc_kr", "shift_jis", "euc_jp", "cp1252", "latin_1"]
_TRIED = "UTF-8, GB18030, Big5, EUC-KR, Shift_JIS, EUC-JP, cp1252"
# Below this many letters the guesser cannot tell Chinese from Korean (a short GBK headline
# can look like EUC-KR); such a page is then read as Chinese.
_MIN_FOREIGN_LETTERS = 40
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode(data: bytes, path: str | Path, encoding: str | None = None) -> tuple[str, str]:
    """Decode page bytes; returns (text, encoding name). Raises InputError if not text.

    `encoding` (the `--encoding` flag) skips detection; the bytes must then decode in it.
    """
    if not data.strip():
        raise InputError("file is empty", path)
    if encoding:
        return _decode_as(data, path, encoding), encoding
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
                                 "cannot be decoded; if it is in another encoding, give it "
                                 "with --encoding", path) from None
    if b"\x00" in data:
        raise InputError("binary file, not text", path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text, enc = _guess(data, path)
    if text is None:
        raise InputError(f"cannot detect the text encoding (tried {_TRIED}); if you know it, "
                         "give it with --encoding", path)
    return text, enc


def _decode_as(data: bytes, path: str | Path, encoding: str) -> str:
    """`data` in the encoding the user named (a leading BOM of that encoding is dropped)."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise InputError(f"--encoding: unknown encoding {encoding!r}") from None
    if name == "utf-8" and data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        return data.decode(name)
    except UnicodeDecodeError as e:
        raise InputError(f"is not {encoding} (--encoding): the byte {e.object[e.start]:#04x} at "
                         f"offset {e.start} cannot be decoded", path) from None


def _guess(data: bytes, path: str | Path) -> tuple[str | None, str]:
    from charset_normalizer import from_bytes  # imported here: only non-UTF-8 files pay for it

    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is not None and best.encoding in _FOREIGN:
        language, name = _FOREIGN[best.encoding]
        # (the guess's own letters count, not the ASCII ones: an English page with a few
        # Latin-1 pound signs reads as a handful of katakana among English words)
        if sum(1 for c in str(best) if c.isalpha() and not c.isascii()) >= _MIN_FOREIGN_LETTERS:
            raise InputError(f"reads as {language} in {name}, not as Chinese or English (tried "
                             f"{_TRIED}); audiopaper reads Chinese and English pages; if this "
                             "one is in another encoding, give it with --encoding", path)
        best = from_bytes(data, cp_isolation=["gb18030", "big5", "cp1252", "latin_1"]).best()
    if best is not None and best.encoding in _PLAUSIBLE:
        text = str(best)
        # a Chinese page decoded as a Latin code page comes out as accented noise: reject it
        if best.encoding in _CHINESE or not _CONTROL.search(text):
            return text, best.encoding.replace("_", "-")
    # Strict fallbacks: a GB18030 or Big5 file that decodes cleanly is taken as such.
    for enc in _CHINESE:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return None, ""


def read_text_page(path: Path, page_no: int = 1, lang: str = "auto",
                   encoding: str | None = None) -> Page:
    """Read one text page file into a Page: lines with trailing whitespace and CRs removed.

    `encoding` (the `--encoding` flag) names the file's encoding instead of detecting it.
    The caller (`ingest.pages`) has checked that `path` is a regular file.
    """
    check_lang(lang, path)
    text, enc = decode(read_bytes(path), path, encoding)
    if _CONTROL.search(text[:4096]) and len(_CONTROL.findall(text)) > len(text) / 100:
        raise InputError("binary file, not text", path)
    check_has_words(text, path)
    # (an ideographic space ending a line is kept: it parts a brief's head from its text,
    # which the column wrapped onto the next line)
    lines = tuple(_trailing_blank(line) for line in text.replace("\r\n", "\n")
                  .replace("\r", "\n").replace("\f", "\n").split("\n"))
    return Page(source=str(path), lang=detect_lang(text) if lang == "auto" else lang,
                page_no=page_no, lines=lines, encoding=enc)


def _trailing_blank(line: str) -> str:
    """The line without the blanks after its text, but for one ideographic space there.

    >>> _trailing_blank("县市场监管局开展春季农资打假\u3000 "), _trailing_blank("text  ")
    ('县市场监管局开展春季农资打假\u3000', 'text')
    """
    core = line.rstrip()
    return core + "\u3000" if core and line[len(core):].lstrip(" \t").startswith("\u3000") else core
