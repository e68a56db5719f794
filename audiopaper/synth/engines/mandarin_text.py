"""The Mandarin voice's frontend: normalised text → pinyin → the Baker model's phoneme ids.

The text it gets is the normaliser's output (numbers, dates and units already in words, the
user lexicon already applied), so nothing here rewrites text.  Readings come from pypinyin
on jieba's words, then from `data/zh_polyphones.tsv` (words whose reading pypinyin gets
wrong in news copy, checked against bench/data/polyphones-zh.tsv); Latin letters are
spelled as Mandarin speakers say them (`data/zh_letters.tsv`), stray digits digit by digit.

The acoustic model was trained on the Baker corpus' labels: `sil`, then for each syllable
an initial (`^` for none) and a final with its tone (1-5), `#0` between the syllables of a
word, `#1` between words, `#3` at a pause inside a sentence, `sil` at the end, then `eos`.
"""
from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from audiopaper.errors import RuleTableError

# Where a sentence ends and where a pause falls inside one.
_SENTENCE_END = re.compile(r"(?<=[。！？!?…；;])[”’」』）)]*")
_PAUSE_MARKS = set("，、：:,（）()—《》“”‘’「」『』;；")
_DIGITS = dict(zip("0123456789", "零一二三四五六七八九"))
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Longest utterance the acoustic model takes at once: its position tables hold 2048 frames
# (about 25 s of speech); 60 syllables stay well inside them.
MAX_SYLLABLES = 60

_LOCK = threading.Lock()


@dataclass(frozen=True)
class Syllable:
    """One spoken syllable: the text it reads (a character or a letter) and its pinyin."""

    text: str
    pinyin: str  # TONE3 with 5 for the neutral tone, v for ü: "lv4"
    word_start: bool


def sentences(text: str) -> list[str]:
    """Cut a chunk into sentences (ends kept with their sentence), covering all the text.

    >>> sentences("今天晴。明天“有雨！”后天？")
    ['今天晴。', '明天“有雨！”', '后天？']
    """
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() > start and text[start:m.end()].strip():
            out.append(text[start:m.end()].strip())
        start = m.end()
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


def _table(name: str) -> dict[str, list[str]]:
    """A two-column TSV of the package's data folder: written → space-separated pinyin."""
    out: dict[str, list[str]] = {}
    ref = resources.files("audiopaper.synth").joinpath("data", name)
    for n, line in enumerate(ref.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        cols = line.split("\t")
        if len(cols) != 2:
            raise RuleTableError(f"{name}:{n}: want two tab-separated columns")
        out[cols[0].strip()] = cols[1].split()
    return out


@lru_cache(maxsize=1)
def _polyphones() -> dict[str, list[str]]:
    return _table("zh_polyphones.tsv")


@lru_cache(maxsize=1)
def _single() -> dict[str, list[tuple[str, str, tuple[str, ...]]]]:
    """zh_single.tsv: char → [(reading, "prev"/"next"/"*", words)] in file order."""
    out: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {}
    ref = resources.files("audiopaper.synth").joinpath("data", "zh_single.tsv")
    for n, line in enumerate(ref.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        cols = line.split("\t")
        where, _, listed = cols[-1].partition("=")
        if len(cols) != 3 or where not in ("prev", "next", "*"):
            raise RuleTableError(f"zh_single.tsv:{n}: want char, reading, prev=/next=/*")
        out.setdefault(cols[0], []).append((cols[1], where, tuple(listed.split(","))))
    return out


def single_reading(char: str, prev: str, nxt: str) -> str | None:
    """The reading of a polyphone standing alone between words `prev` and `nxt`, if a rule
    of zh_single.tsv applies.

    >>> single_reading("得", "我们", "抓紧"), single_reading("得", "提高", "很快")
    ('dei3', 'de5')
    """
    for reading, where, listed in _single().get(char, []):
        if (where == "*" or (where == "prev" and prev in listed)
                or (where == "next" and any(nxt.startswith(w) for w in listed))):
            return reading
    return None


@lru_cache(maxsize=1)
def _letters() -> dict[str, list[str]]:
    return _table("zh_letters.tsv")


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    import logging

    import jieba  # type: ignore[import-untyped]

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    for word in _polyphones():
        tok.add_word(word, freq=None)
    return tok


def words(text: str) -> list[str]:
    """jieba's words of `text`, with the polyphone table's words kept whole."""
    with _LOCK:  # jieba builds its dictionary on first use; not thread-safe
        return list(_tokenizer().cut(text, HMM=False))


def syllables(text: str) -> list[Syllable | str]:
    """The syllables of `text` in order; a pause mark inside a sentence stays as "#3".

    >>> [s.pinyin if isinstance(s, Syllable) else s for s in syllables("重庆，GDP")]
    ['chong2', 'qing4', '#3', 'ji4', 'di4', 'pi4']
    """
    from pypinyin import Style, lazy_pinyin

    out: list[Syllable | str] = []
    tokens = [w for w in words(text) if w.strip()]
    for k, word in enumerate(tokens):
        readings = _polyphones().get(word)
        if readings is None and len(word) == 1:
            alone = single_reading(word, tokens[k - 1] if k else "",
                                   tokens[k + 1] if k + 1 < len(tokens) else "")
            readings = [alone] if alone else None
        if readings is None and _HAN.search(word):
            readings = lazy_pinyin(word, style=Style.TONE3, neutral_tone_with_five=True,
                                   errors=_unknown)
        if readings is not None and len(readings) == len(word):
            first = True
            for char, reading in zip(word, readings):
                if _HAN.match(char) and reading[-1:].isdigit():
                    out.append(Syllable(char, reading.replace("ü", "v"), first))
                    first = False
                elif char in _PAUSE_MARKS:
                    out.append("#3")
            continue
        out += list(_spell(word))
    return out


def _unknown(chars: str) -> Any:
    """pypinyin's answer for characters it has no reading of: one '?' each (skipped)."""
    return ["?"] * len(chars)


def _spell(word: str) -> Iterator[Syllable | str]:
    """Letters, digits and marks of a non-Chinese token."""
    for char in word:
        upper = char.upper()
        if upper in _letters():
            for k, reading in enumerate(_letters()[upper]):
                yield Syllable(char, reading, k == 0)
        elif char in _DIGITS:
            from pypinyin import Style, lazy_pinyin

            yield Syllable(char, lazy_pinyin(_DIGITS[char], style=Style.TONE3)[0], True)
        elif char in _PAUSE_MARKS:
            yield "#3"


def utterances(sentence: str) -> list[list[Syllable | str]]:
    """A sentence's syllables in pieces the acoustic model can take at once (cut at a pause
    mark when a piece would pass MAX_SYLLABLES, else mid-sentence)."""
    pieces: list[list[Syllable | str]] = [[]]
    count = 0
    for item in syllables(sentence):
        if isinstance(item, str):
            if count and pieces[-1] and pieces[-1][-1] != "#3":
                pieces[-1].append(item)
            continue
        if count >= MAX_SYLLABLES or (count >= MAX_SYLLABLES * 2 // 3 and pieces[-1]
                                      and pieces[-1][-1] == "#3"):
            pieces.append([])
            count = 0
        pieces[-1].append(item)
        count += 1
    return [[x for x in p] for p in pieces if any(isinstance(x, Syllable) for x in p)]


def phonemes(items: list[Syllable | str], finals: dict[str, list[str]]) -> list[str]:
    """Baker symbols for one utterance; `finals` maps a toneless syllable to (initial, final).

    >>> phonemes(syllables("重庆，好"), {"chong": ["ch", "ong"], "qing": ["q", "ing"],
    ...                                   "hao": ["h", "ao"]})
    ['sil', 'ch', 'ong2', '#0', 'q', 'ing4', '#3', 'h', 'ao3', 'sil', 'eos']
    """
    out = ["sil"]
    for item in items:
        if isinstance(item, str):
            if out[-1] in ("#0", "#1"):
                out[-1] = item
            elif out[-1] != "sil":
                out.append(item)
            continue
        base, tone = item.pinyin[:-1], item.pinyin[-1]
        if base not in finals and base.endswith("r") and base[:-1] in finals:
            base = base[:-1]  # erhua written on the syllable: the model has no r-finals
        if base == "n" or base == "ng":
            base = "en"
        if base not in finals:
            continue
        if out[-1] != "sil" and out[-1] not in ("#3",):
            out.append("#1" if item.word_start else "#0")
        initial, final = finals[base]
        out += [initial, final + tone]
    while out[-1].startswith("#"):
        out.pop()
    return out + ["sil", "eos"]


def readings(text: str) -> list[tuple[str, str]]:
    """(character, pinyin) for every spoken syllable: what the polyphone bench scores."""
    return [(s.text, s.pinyin) for s in syllables(text) if isinstance(s, Syllable)]
