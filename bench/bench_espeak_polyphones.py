"""Polyphone readings of the offline espeak-ng voice, before and after the pinyin frontend
(issue 13; goal >= 0.97 of polyphone characters right).

For each sentence of bench/data/polyphones-news-zh.tsv (written by hand, readings by hand)
the text audiopaper sends espeak-ng is turned into phonemes by espeak-ng itself and cut into
syllables, one per Chinese character; the syllable of each marked polyphone must equal
espeak's phonemes for the hand-written reading.  "before" sends the sentence as it is;
"after" sends what `espeak_zh.espeak_text` makes of it (what the engine sends now).

    python bench/bench_espeak_polyphones.py [FILE] [--misses]
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "polyphones-news-zh.tsv"
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def cases(path: Path) -> list[tuple[str, list[tuple[int, str]]]]:
    """(sentence, [(index of the polyphone in the sentence, reading)]) per line."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        sentence, *marks = line.split("\t")
        pos, start, found = 0, 0, []
        for mark in marks:
            context, reading = mark.rsplit("=", 1)
            k = context.index("[")
            plain = context.replace("[", "").replace("]", "")
            at = sentence.find(plain, pos)
            if at < 0:   # a context that starts before the previous polyphone (供[给] [供]给)
                at = sentence.find(plain, start)
                start = at
            else:
                start = at
            if at < 0:
                raise ValueError(f"{context!r} not found in order in {sentence!r}")
            found.append((at + k, reading))
            pos = at + k
        out.append((sentence, found))
    return out


def heard(sentence: str, phonemes: str) -> list[str] | None:
    """espeak's syllable for each Chinese character of `sentence`, from the phonemes of the
    text it was given (None when they do not line up one per character)."""
    from audiopaper.synth.engines.espeak_zh import phoneme_syllables

    # A character espeak cannot say in Mandarin (兄: its rules have no -iong) comes out as an
    # English word between (en) and (cmn), with no tone: one syllable, never a polyphone's.
    phonemes = re.sub(r"\(en\)[^()]*\(cmn\)", "?11", phonemes)
    syllables = phoneme_syllables(phonemes)
    return syllables if len(syllables) == len(_HAN.findall(sentence)) else None


def score(path: Path = DATA, after: bool = True) -> tuple[int, int, list[str]]:
    """(right, total, misses) over every marked polyphone of `path`."""
    from audiopaper.synth.engines.espeak_zh import espeak_phonemes, espeak_text, phoneme_syllables

    data = cases(path)
    sent = [espeak_text(s)[0] if after else s for s, _ in data]
    readings = sorted({r for _, marks in data for _, r in marks})
    said = espeak_phonemes(sent + readings)   # one espeak-ng process for the whole set
    ref = {}
    for reading, phonemes in zip(readings, said[len(sent):]):
        one = phoneme_syllables(phonemes)
        ref[reading] = one[0] if len(one) == 1 else f"?{reading}"
    right = total = 0
    misses = []
    for (sentence, marks), text, phonemes in zip(data, sent, said):
        syllables = heard(sentence, phonemes)
        han_index = {i: n for n, i in enumerate(m.start() for m in _HAN.finditer(sentence))}
        for at, reading in marks:
            total += 1
            got = syllables[han_index[at]] if syllables else "(syllables do not line up)"
            if got == ref[reading]:
                right += 1
            else:
                misses.append(f"{sentence}  {sentence[at]}: espeak {got}, want {reading} "
                              f"({ref[reading]}); sent {text}")
    return right, total, misses


def main(argv: list[str]) -> None:
    path = Path(next((a for a in argv if not a.startswith("--")), DATA))
    for label, after in (("before (the sentence as is)", False),
                         ("after (polyphones in pinyin)", True)):
        right, total, misses = score(path, after)
        print(f"{label}: {right}/{total} polyphones right = {right / total:.4f}")
        if "--misses" in argv:
            for m in misses:
                print("  " + m)


if __name__ == "__main__":
    main(sys.argv[1:])
