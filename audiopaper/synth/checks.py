"""Is this audio all of the text?  Checks that turn silent truncation into AudioTruncated.

edge-tts returns partial audio without raising when the server closes early (edge-tts issue
#190), so a chunk is only accepted when (a) the engine's boundaries reach the end of the
text and (b) the audio is not far shorter than the text needs to be spoken.  (The third
sign, a stream that ended without turn.end, is the edge engine's own check.)
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
    if boundaries:
        covered = boundary_coverage(text, boundaries)
        if covered < _MIN_COVERAGE:
            raise AudioTruncated(f"boundaries stop at {covered:.0%} of the text "
                                 f"({text[:20]!r}...)")
