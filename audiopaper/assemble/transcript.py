"""Cues → WebVTT and SRT: shifted onto the episode timeline, long sentences split into lines.

A line is at most `MAX_COLUMNS` wide, counting a CJK character as two columns (it is drawn
twice as wide), so a Chinese cue holds about 32 characters and an English one about 65.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence

from audiopaper.common import segment
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
        # lines of even width: the rest of a sentence is not left dangling on a line of its own
        cut = _best_cut(text, max_columns, width(text) / math.ceil(width(text) / max_columns))
        lines.append(text[:cut].strip())
        text = text[cut:].strip()
    if text and lines and _only_punctuation(text):
        lines[-1] += text   # never a line of punctuation alone
    elif text:
        lines.append(text)
    return lines


def _best_cut(text: str, max_columns: int, target: float | None = None) -> int:
    """Index to cut `text` at: the punctuation that keeps 40% of a line nearest to `target`
    columns (default: the whole line), else the space or boundary between two words
    (Chinese words as jieba segments them) nearest to it, else a hard cut (one very long
    word).  No line starts with closing punctuation.

    >>> t = "街道打造十五分钟便民服务圈。"
    >>> t[:_best_cut(t, 24, 14)]
    '街道打造十五分钟'
    """
    goal = max_columns if target is None else target
    fit, cols = 0, 0
    for i, c in enumerate(text):
        cols += width(c)
        if cols > max_columns:
            break
        fit = i + 1
    punct = [i + 1 for i in range(fit) if text[i] in _PUNCT_BREAK and not _closing_at(text, i + 1)]
    punct = [i for i in punct if width(text[:i]) >= 0.4 * max_columns]
    if punct:
        return min(punct, key=lambda i: (abs(width(text[:i]) - goal), -i))
    words = _word_starts(text[:fit + 12])   # past the cut, or the last word is clipped
    soft = [i for i in range(1, fit + 1)
            if (text[i - 1] == " " or (i < len(text) and text[i] == " ") or i in words)
            and not _closing_at(text, i)]
    return min(soft, key=lambda i: (abs(width(text[:i]) - goal), -i)) if soft else max(fit, 1)


def _closing_at(text: str, i: int) -> bool:
    """True when `text[i:]` starts with punctuation that closes what came before."""
    return i < len(text) and text[i] in _PUNCT_BREAK


def _word_starts(text: str) -> set[int]:
    """Offsets where a word starts: the shared segmentation (`common.segment`, the lexicon's
    words among jieba's) in Chinese runs, every change between a wide character and a narrow
    one elsewhere."""
    starts, at = set(), 0
    for word in segment.cut(text, hmm=True):
        starts.add(at)
        at += len(word)
    return {i for i in starts if i > 0}


def _only_punctuation(text: str) -> bool:
    """True when a cue holds nothing to read (no letter, digit or CJK character).

    >>> _only_punctuation("。"), _only_punctuation("”。"), _only_punctuation("好。")
    (True, True, False)
    """
    return not any(c.isalnum() for c in text)


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
    merged: list[Cue] = []
    for cue in cues:   # a cue of punctuation alone ("。") joins the cue before it
        if merged and _only_punctuation(cue.text):
            last = merged[-1]
            merged[-1] = Cue(last.start_ms, max(last.end_ms, cue.end_ms),
                             last.text.rstrip() + cue.text.strip())
        else:
            merged.append(cue)
    for cue in merged:
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
