"""Is this audio all of the text?  Checks that turn silent truncation into AudioTruncated.

edge-tts returns partial audio without raising when the server closes early (edge-tts issue
#190), and a service can end its turn cleanly after sending only part of the audio, so a
chunk is only accepted when (a) the engine's boundaries reach the end of the text, (b) the
audio lasts until the last boundary ends (measured from the audio itself, never as the
engine claims) and (c) the audio is not far shorter than the text needs to be spoken.  (The
fourth sign, a stream that ended without turn.end, is the edge engine's own check.)  A chunk
that fails a check is retried and never cached.
"""
from __future__ import annotations

import re
import unicodedata

from audiopaper.errors import AudioTruncated
from audiopaper.synth.engine import Boundary

# A generous lower bound on speaking time: a fast newsreader manages ~6 Chinese characters or
# ~4 English words a second; we reject audio shorter than `_SLACK` of that at the given rate.
_MS_PER_CJK = 160
_MS_PER_WORD = 240
_SLACK = 0.5
_MIN_COVERAGE = 0.85
# Audio may end a little before the last boundary's end (rounding, an encoder's last frame);
# more than this is missing speech.
_END_SLACK_MS = 300
_END_SLACK = 0.05
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[^\W\u3400-\u9fff\uf900-\ufaff]+")


def min_plausible_ms(text: str, rate_pct: int = 0) -> int:
    """The shortest duration that could still hold all of `text` at rate `rate_pct`.

    >>> min_plausible_ms("今天天气很好。"), min_plausible_ms("The weather is fine today.")
    (480, 600)
    >>> min_plausible_ms("今天天气很好。", rate_pct=100)
    240
    """
    ms = len(_CJK.findall(text)) * _MS_PER_CJK + len(_WORD.findall(text)) * _MS_PER_WORD
    return int(ms * _SLACK * 100 / (100 + rate_pct))


def _letters(text: str) -> str:
    """Only what is spoken: letters, digits and CJK characters (no spaces or punctuation)."""
    return "".join(c for c in unicodedata.normalize("NFKC", text) if c.isalnum())


def boundary_coverage(text: str, boundaries: tuple[Boundary, ...]) -> float:
    """How much of `text` (in spoken characters) the engine's boundaries account for, 0..1.

    Boundaries are matched in order against the text, so a stream that stopped after the
    first sentence covers only that sentence.

    >>> b = (Boundary(0, 900, "你好。"),)
    >>> boundary_coverage("你好。再见。", b)
    0.5
    """
    want = _letters(text)
    if not want:
        return 1.0
    pos = 0
    for b in boundaries:
        got = _letters(b.text)
        found = want.find(got, pos) if got else -1
        if found >= 0:
            pos = found + len(got)
    return pos / len(want)


def boundaries_end_ms(boundaries: tuple[Boundary, ...]) -> int:
    """Where the engine says speech ends: the latest end of any boundary, in ms.

    >>> boundaries_end_ms((Boundary(0, 4500, "a"), Boundary(4500, 4100, "b")))
    8600
    """
    return max((b.offset_ms + b.duration_ms for b in boundaries), default=0)


def short_of_boundaries(duration_ms: int, boundaries: tuple[Boundary, ...]) -> bool:
    """True when the audio stops well before its boundaries end (speech was cut off).

    >>> b = (Boundary(0, 4500, "a"), Boundary(4500, 4100, "b"))
    >>> short_of_boundaries(2600, b), short_of_boundaries(8500, b), short_of_boundaries(0, ())
    (True, False, False)
    """
    end = boundaries_end_ms(boundaries)
    return duration_ms < end - max(_END_SLACK_MS, int(end * _END_SLACK))


def check_complete(text: str, boundaries: tuple[Boundary, ...], duration_ms: int,
                   rate_pct: int = 0) -> None:
    """Raise AudioTruncated unless the audio plausibly holds all of `text`.

    No boundaries at all means the engine reports none (espeak-ng binary); an engine that
    always reports them (edge) rejects an answer without any itself.
    """
    need = min_plausible_ms(text, rate_pct)
    if duration_ms < need:
        raise AudioTruncated(f"audio is {duration_ms} ms, the text needs at least {need} ms "
                             f"({text[:20]!r}...)")
    if short_of_boundaries(duration_ms, boundaries):
        raise AudioTruncated(f"audio is {duration_ms} ms but its sentence boundaries end at "
                             f"{boundaries_end_ms(boundaries)} ms ({text[:20]!r}...)")
    if boundaries:
        covered = boundary_coverage(text, boundaries)
        if covered < _MIN_COVERAGE:
            raise AudioTruncated(f"boundaries stop at {covered:.0%} of the text "
                                 f"({text[:20]!r}...)")
