"""Cues → WebVTT and SRT: shifted onto the episode timeline, long sentences split into lines.

A line is at most `MAX_COLUMNS` wide, counting a CJK character as two columns (it is drawn
twice as wide), so a Chinese cue holds about 32 characters and an English one about 65.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable, Sequence

from audiopaper.model import Cue

MAX_COLUMNS = 65
_PUNCT_BREAK = set("，。、；：！？,.;:!?）)」』”’—")


def width(text: str) -> int:
    """Display columns: wide (CJK) characters count two.

    >>> width("abc"), width("中文"), width("A股")
    (3, 4, 3)
    """
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def split_text(text: str, max_columns: int = MAX_COLUMNS) -> list[str]:
    """Break text into lines of at most `max_columns`, preferring punctuation, then spaces.

    >>> split_text("short one")
    ['short one']
    >>> split_text("alpha beta gamma delta", 11)
    ['alpha beta', 'gamma delta']
    >>> split_text("第一句话很长，第二句话也长。", 14)
    ['第一句话很长，', '第二句话也长。']
    """
    text = re.sub(r"\s+", " ", text).strip()
    lines: list[str] = []
    while width(text) > max_columns:
        cut = _best_cut(text, max_columns)
        lines.append(text[:cut].strip())
        text = text[cut:].strip()
    if text:
        lines.append(text)
    return lines


def _best_cut(text: str, max_columns: int) -> int:
    """Index to cut `text` at: the last punctuation that keeps 40% of a line, else the last
    space or CJK character boundary, else a hard cut (one very long word)."""
    fit, cols = 0, 0
    for i, c in enumerate(text):
        cols += width(c)
        if cols > max_columns:
            break
        fit = i + 1
    punct = [i + 1 for i in range(fit) if text[i] in _PUNCT_BREAK]
    if punct and width(text[:punct[-1]]) >= 0.4 * max_columns:
        return punct[-1]
    soft = [i for i in range(1, fit + 1)
            if text[i - 1] == " " or (i < len(text) and text[i] == " ")
            or width(text[i - 1]) == 2 or (i < len(text) and width(text[i]) == 2)]
    return soft[-1] if soft else max(fit, 1)


def fit_cues(cues: Iterable[Cue], duration_ms: int, offset_ms: int = 0,
             max_columns: int = MAX_COLUMNS) -> list[Cue]:
    """Clean one part's cues and place them at `offset_ms` on the joined timeline.

    Cues are clamped into the part's measured duration, made non-overlapping, and a cue wider
    than a line is split into consecutive cues whose times share it by character count.

    >>> fit_cues([Cue(0, 900, "alpha beta gamma delta")], 800, 1000, 11)
    [Cue(start_ms=1000, end_ms=1379, text='alpha beta'), Cue(start_ms=1379, end_ms=1800, text='gamma delta')]
    """
    out: list[Cue] = []
    prev_end = 0
    for cue in cues:
        text = re.sub(r"\s+", " ", cue.text).strip()
        if not text:
            continue
        start = min(max(cue.start_ms, prev_end, 0), duration_ms)
        end = min(max(cue.end_ms, start), duration_ms)
        prev_end = end
        lines = split_text(text, max_columns)
        weights = [max(len(ln.replace(" ", "")), 1) for ln in lines]
        total, acc = sum(weights), 0
        t0 = start
        for line, w in zip(lines, weights):
            acc += w
            t1 = start + round((end - start) * acc / total)
            out.append(Cue(t0 + offset_ms, t1 + offset_ms, line))
            t0 = t1
    return out


def timestamp(ms: int, sep: str = ".") -> str:
    """HH:MM:SS.mmm (WebVTT) or HH:MM:SS,mmm (SRT).

    >>> timestamp(3_723_004), timestamp(5, ",")
    ('01:02:03.004', '00:00:00,005')
    """
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, milli = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{milli:03d}"


_LINE_BREAKS = re.compile(r"[\t\n\r]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def cue_text(text: str) -> str:
    r"""Cue text on one line, without control characters (an escape byte or a blank line in a
    cue breaks players; a newline would end the cue early).

    >>> cue_text("Rain\x1b[31m ends\x01 at\n\nnoon.")
    'Rain[31m ends at noon.'
    """
    return _CONTROL.sub("", _LINE_BREAKS.sub(" ", text))


def to_vtt(cues: Sequence[Cue]) -> str:
    """A WebVTT document.

    >>> print(to_vtt([Cue(0, 1500, "A & B <c>")]), end="")
    WEBVTT
    <BLANKLINE>
    1
    00:00:00.000 --> 00:00:01.500
    A &amp; B &lt;c&gt;
    """
    blocks = ["WEBVTT\n"]
    for n, c in enumerate(cues, 1):
        text = cue_text(c.text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        blocks.append(f"{n}\n{timestamp(c.start_ms)} --> {timestamp(c.end_ms)}\n{text}\n")
    return "\n".join(blocks)


def to_srt(cues: Sequence[Cue]) -> str:
    """An SRT document.

    >>> print(to_srt([Cue(0, 1500, "Hello.")]), end="")
    1
    00:00:00,000 --> 00:00:01,500
    Hello.
    """
    return "\n".join(f"{n}\n{timestamp(c.start_ms, ',')} --> {timestamp(c.end_ms, ',')}\n"
                     f"{cue_text(c.text).replace('-->', '->')}\n" for n, c in enumerate(cues, 1))
