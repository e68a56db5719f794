"""Line-by-line normalisation of raw input, for the CLI and for scorers that pipe cases in.

One output line per input line, always, so a file of cases lines up with its answers.  Input
arrives as bytes because stdin may hold anything: invalid UTF-8 or binary data is reported as
one InputError line instead of a traceback or a silently mangled answer.
"""
from __future__ import annotations

from pathlib import Path

from audiopaper.common.lexicon import Lexicon, load_lexicon
from audiopaper.errors import InputError
from audiopaper.normalize.engine import apply
from audiopaper.normalize.normalizer import _language, explain


def decode(data: bytes, source: str = "stdin") -> str:
    """Bytes to text: UTF-8 (a BOM is dropped); binary or invalid UTF-8 is an InputError.

    >>> decode(b"\\xef\\xbb\\xbf12%")
    '12%'
    >>> decode(b"\\xff\\xfe1")
    Traceback (most recent call last):
    audiopaper.errors.InputError: stdin: not valid UTF-8 (byte 0 is 0xff)
    """
    if b"\x00" in data:
        raise InputError("binary data (NUL bytes), expected UTF-8 text", path=source)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"not valid UTF-8 (byte {e.start} is 0x{data[e.start]:02x})",
                         path=source) from None


def normalize_lines(data: bytes | str, lang: str = "zh", lexicon: Lexicon | Path | None = None,
                    show_rules: bool = False) -> str:
    """Normalise each line of `data`; with `show_rules`, each line's rewrites come first.

    >>> print(normalize_lines("12%\\n3:1\\n", show_rules=True), end="")
      percent: 12% → 百分之十二
    百分之十二
      score: 3:1 → 三比一
    三比一
    """
    text = decode(data) if isinstance(data, bytes) else data
    lex = load_lexicon(lexicon) if isinstance(lexicon, Path) else lexicon
    language = _language(lang)
    if not text:
        return ""
    out: list[str] = []
    for line in text.split("\n")[:-1] if text.endswith("\n") else text.split("\n"):
        line = line.removesuffix("\r")
        rewrites = explain(line, lang, lex)
        if show_rules:
            out.extend(f"  {r.rule}: {r.written} → {r.spoken}\n" for r in rewrites)
        out.append(apply(language.fold(line), rewrites) + "\n")
    return "".join(out)
