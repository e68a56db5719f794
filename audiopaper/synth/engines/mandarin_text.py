"""The Mandarin voice's frontend: normalised text → pinyin → the Baker model's phoneme ids.

The text it gets is the normaliser's output (numbers, dates and units already in words, the
user lexicon already applied), so nothing here rewrites text.  Readings come from pypinyin
on jieba's words, corrected by data tables that the espeak voice (`espeak_zh`) shares:
`common/data/zh_polyphones.tsv` (words whose reading pypinyin gets wrong in news copy, e.g. 评为
wéi, 支行 háng, 全长 cháng: shared, since the one segmentation keeps them whole in every
stage), `data/zh_surnames.tsv` (a polyphone starting a person's name:
记者仇建军 qiú), `data/zh_measure.tsv` (a polyphone counted by a number: 三百只 zhī) and
`data/zh_single.tsv` (a polyphone standing alone, read by its neighbours' words and jieba's
part-of-speech tags: 认真地 de).  Tuned on bench/data/polyphones-zh.tsv and
bench/data/polyphones-dev-zh.tsv, never on the held-out polyphones-news-zh.tsv.  Latin letters are
spelled as Mandarin speakers say them (`data/zh_letters.tsv`), stray digits digit by digit.

The acoustic model was trained on the Baker corpus' labels: `sil`, then for each syllable
an initial (`^` for none) and a final with its tone (1-5), `#0` between the syllables of a
word, `#1` between words, `#3` at a pause inside a sentence, `sil` at the end, then `eos`.
"""
from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from audiopaper.common import segment
from audiopaper.common.tables import numbered_rows, package_text, read_tsv
from audiopaper.errors import RuleTableError

# Where a sentence ends and where a pause falls inside one.
_SENTENCE_END = re.compile(r"(?<=[。！？!?…；;])[”’」』）)]*")
_PAUSE_MARKS = set("，、：:,（）()—《》“”‘’「」『』;；")
_DIGITS = dict(zip("0123456789", "零一二三四五六七八九"))
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Longest utterance the acoustic model takes at once: its position tables hold 2048 frames
# (about 25 s of speech); 60 syllables stay well inside them.
MAX_SYLLABLES = 60


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


def _table(name: str, package: str = "audiopaper.synth") -> dict[str, list[str]]:
    """A two-column TSV of a package's data folder: written → space-separated pinyin."""
    rows = read_tsv(package, f"data/{name}", 2)
    return {written: pinyin.split() for written, pinyin in rows}


@lru_cache(maxsize=1)
def _polyphones() -> dict[str, list[str]]:
    """The word table: in the shared layer's data, whose segmentation keeps its words whole."""
    return _table("zh_polyphones.tsv", "audiopaper.common")


_TAG_CONDITIONS = ("prevpos", "nextpos", "verbahead")
_CONDITIONS = ("prev", "next", "nextis", "prevpos", "nextpos", "prevend", "nextnum", "ahead", "behind",
               "verbahead")


@lru_cache(maxsize=1)
def _single() -> dict[str, list[tuple[str, tuple[tuple[str, tuple[str, ...]], ...]]]]:
    """zh_single.tsv: char → [(reading, ((condition, values), ...))] in file order.

    The third column is `*` (always) or conditions joined by ` & `, all of which must hold:
    prev=W1,W2 / next=W1,W2 (the word before is one of / the word after starts with one of),
    nextis=W1,W2 (the word after is one of),
    prevpos=TAGS / nextpos=TAGS (jieba's part-of-speech tag of the word before / after),
    prevend=C1,C2 (the word before ends with one of), nextnum=yes (the word after starts
    with a number, written in Chinese numerals as the normaliser leaves them),
    ahead=W1,W2 (one of the next words up to the next pause mark is one of these),
    behind=W1,W2 (one of the words before it since the last pause mark is one of these),
    verbahead=yes/no (whether a verb comes before the next pause mark: 为 with no verb after
    it is the copula wéi, 寿命为一百年; with one it is the preposition wèi, 为群众办实事).
    `where!=` negates a condition: prev!=这,那.
    """
    out: dict[str, list[tuple[str, tuple[tuple[str, tuple[str, ...]], ...]]]] = {}
    source = "audiopaper/synth/data/zh_single.tsv"
    text = package_text("audiopaper.synth", "data/zh_single.tsv")
    for n, cols in numbered_rows(text, source, 3):
        conds: list[tuple[str, tuple[str, ...]]] = []
        if cols[2] != "*":
            for cond in cols[2].split("&"):
                where, eq, listed = cond.strip().partition("=")
                if not eq or where.rstrip("!") not in _CONDITIONS:
                    raise RuleTableError(f"unknown condition {cond!r}", source, line=n)
                conds.append((where, tuple(listed.split(","))))
        out.setdefault(cols[0], []).append((cols[1], tuple(conds)))
    return out


def _holds(where: str, listed: tuple[str, ...], prev: str, nxt: str,
           after: tuple[str, ...], before: tuple[str, ...]) -> bool:
    if where.endswith("!"):
        return not _holds(where[:-1], listed, prev, nxt, after, before)
    if where == "prev":
        return prev in listed
    if where == "next":
        return any(nxt.startswith(w) for w in listed)
    if where == "nextis":
        return nxt in listed
    if where == "prevend":
        return any(prev.endswith(w) for w in listed)
    if where == "prevpos":
        return tag(prev) in listed
    if where == "nextpos":
        return tag(nxt) in listed
    if where == "ahead":
        return any(w in listed for w in after)
    if where == "behind":
        return any(w in listed for w in before)
    if where == "verbahead":
        return ("yes" if _verb_ahead(after) else "no") in listed
    return nxt[:1] in _COUNT  # nextnum


# jieba's tags of verbs; a verbal noun (vn: 服务, 发展) or an idiom counts as the verb only
# when it ends the stretch (为人民服务, but 以人民为中心的发展思想).
_VERB_TAGS = frozenset({"v", "vd", "vi", "vg", "vf", "vx"})


def _verb_ahead(after: tuple[str, ...]) -> bool:
    """Whether a verb comes in `after` (the words up to the next pause mark).  jieba's
    dictionary tags some
    verb phrases as nouns (办实事, 建言献策): a word of three or more characters whose first
    character is a verb counts as one."""
    for w in after:
        if tag(w) in _VERB_TAGS or (len(w) >= 3 and tag(w[0]) in _VERB_TAGS) \
                or w in ("了", "着", "过"):   # an aspect particle follows a verb (办理了)
            return True
    if not after:
        return False
    last = after[-1]   # the clause's last word: a verb phrase jieba calls a noun (供货, 增色)
    return tag(last) in ("vn", "i", "l") or (tag(last) in ("n", "nz") and tag(last[0]) in _VERB_TAGS)


def single_reading(char: str, prev: str, nxt: str, after: tuple[str, ...] = (),
                   anywhere: bool = True, before: tuple[str, ...] = (),
                   tags: tuple[str, ...] = _TAG_CONDITIONS) -> str | None:
    """The reading of a polyphone standing alone between words `prev` and `nxt`, if a rule
    of zh_single.tsv applies (`after`: the words after it up to the next pause mark;
    `anywhere`: whether rules without conditions apply; `before`: the words before it since
    the last pause mark; `tags`: the conditions on part-of-speech tags that may apply).

    >>> single_reading("得", "我们", "抓紧"), single_reading("得", "提高", "很快")
    ('dei3', 'de5')
    >>> single_reading("地", "认真", "开展"), single_reading("为", "面积", "三百")
    ('de5', 'wei2')
    """
    for reading, conds in _single().get(char, []):
        if (not conds and not anywhere) or any(
                where.rstrip("!") in _TAG_CONDITIONS and where.rstrip("!") not in tags
                for where, _ in conds):
            continue
        if all(_holds(where, listed, prev, nxt, after, before) for where, listed in conds):
            return reading
    return None


# Chinese numerals as the normaliser writes numbers, and the words that count like them
# before a measure word (这只, 每只, 几行).
_NUMERAL = set("零〇一二两三四五六七八九十百千万亿几数半多每这那哪某第")
_COUNT = set("零〇一二两三四五六七八九十百千万亿几半每")


def is_number(word: str) -> bool:
    """True for a word made of Chinese numerals only (三百, 两, 第十二).

    >>> is_number("三百"), is_number("两"), is_number("三百只"), is_number("")
    (True, True, False, False)
    """
    return bool(word) and all(c in _NUMERAL for c in word)


@lru_cache(maxsize=1)
def _measures() -> dict[str, str]:
    """zh_measure.tsv: a polyphone read as a measure word right after a number."""
    return {k: v[0] for k, v in _table("zh_measure.tsv").items()}


def measure_reading(word: str, prev: str) -> list[str] | None:
    """Readings of `word` when it is a measure word counted by a number: the number and the
    measure in one word (三百只) or the measure alone after a number word.

    >>> measure_reading("三百只", ""), measure_reading("行", "两"), measure_reading("只", "他")
    (['san1', 'bai3', 'zhi1'], ['hang2'], None)
    """
    last = word[-1:]
    if last not in _measures():
        return None
    head = word[:-1]
    if head and is_number(head):
        from pypinyin import Style, lazy_pinyin

        return lazy_pinyin(head, style=Style.TONE3, neutral_tone_with_five=True) + [
            _measures()[last]]
    if not head and is_number(prev):
        return [_measures()[last]]
    return None


@lru_cache(maxsize=1)
def _surnames() -> tuple[dict[str, str], frozenset[str], frozenset[str], frozenset[str]]:
    """zh_surnames.tsv: (surname → reading, surnames read so in any name jieba tags `nr`,
    titles that follow a surname, words that come right before a person's name)."""
    names: dict[str, str] = {}
    strong: set[str] = set()
    titles: set[str] = set()
    roles: set[str] = set()
    source = "audiopaper/synth/data/zh_surnames.tsv"
    text = package_text("audiopaper.synth", "data/zh_surnames.tsv")
    for n, cols in numbered_rows(text, source, (2, 3, 4)):
        if cols[0] == "surname" and len(cols) in (3, 4):
            names[cols[1]] = cols[2]
            if len(cols) == 4 and cols[3] == "nr":
                strong.add(cols[1])
        elif cols[0] == "title" and len(cols) == 2:
            titles.update(cols[1].split())
        elif cols[0] == "role" and len(cols) == 2:
            roles.update(cols[1].split())
        else:
            raise RuleTableError("want surname/title/role lines", source, line=n)
    return names, frozenset(strong), frozenset(titles), frozenset(roles)


def surname_reading(word: str, prev: str, nxt: str) -> str | None:
    """The surname reading of `word`'s first character when it starts a person's name: the
    character alone before a title (翟 先生), after 姓, before a given name after a role word
    (记者 仇 建军), alone before a given name for the surnames marked nr (朴 槿 惠: their
    other readings hardly stand alone), or a three-character name jieba's dictionary tags as
    a person (翟志刚).

    >>> surname_reading("仇", "记者", "建军"), surname_reading("盖", "", "先生")
    ('qiu2', 'ge3')
    >>> surname_reading("翟志刚", "", "出舱"), surname_reading("查", "", "一查")
    ('zhai2', None)
    """
    names, strong, titles, roles = _surnames()
    char = word[:1]
    if char not in names:
        return None
    if len(word) == 1:
        given = bool(_HAN.match(nxt[:1])) and len(nxt) <= 2
        if (any(nxt.startswith(t) for t in titles) or prev.endswith("姓")
                or (given and (prev in roles or char in strong))):
            return names[char]
        return None
    if len(word) == 3 and char in strong and tag(word) == "nr":
        return names[char]
    if word[1:] in titles:   # one word with its title: 仇某, 查总
        return names[char]
    return None


def tag(word: str) -> str:
    """jieba's part-of-speech tag of `word` ("m" for a number, "x" when unknown).

    >>> tag("认真"), tag("开展"), tag("三百"), tag("")
    ('ad', 'v', 'm', 'x')
    """
    if is_number(word):
        return "m"
    return (segment.tag(word) or "x") if word else "x"


@lru_cache(maxsize=1)
def _letters() -> dict[str, list[str]]:
    return _table("zh_letters.tsv")


def words(text: str) -> list[str]:
    """jieba's words of `text` as every stage cuts them (`common.segment`), which keeps the
    polyphone table's words whole (评为 in 被评为) and the lexicon's."""
    return segment.cut(text)


def syllables(text: str) -> list[Syllable | str]:
    """The syllables of `text` in order; a pause mark inside a sentence stays as "#3".

    >>> [s.pinyin if isinstance(s, Syllable) else s for s in syllables("重庆，GDP")]
    ['chong2', 'qing4', '#3', 'ji4', 'di4', 'pi4']
    """
    from pypinyin import Style, lazy_pinyin

    out: list[Syllable | str] = []
    tokens = _tokens(text)
    for k, word in enumerate(tokens):
        pc = word if isinstance(word, _Piece) else None
        readings = _readings(tokens, k, out)
        if readings is None and pc is not None and _HAN.search(word):
            # a piece no rule reads: as pypinyin reads the whole word
            readings = lazy_pinyin(pc.word, style=Style.TONE3, neutral_tone_with_five=True,
                                   errors=_unknown)[pc.at:pc.at + len(word)]
        if readings is None and _HAN.search(word):
            readings = lazy_pinyin(word, style=Style.TONE3, neutral_tone_with_five=True,
                                   errors=_unknown)
        if readings is not None and len(readings) == len(word):
            first = pc is None or pc.start
            for char, reading in zip(word, readings):
                if _HAN.match(char) and reading[-1:].isdigit():
                    out.append(Syllable(char, reading.replace("ü", "v"), first))
                    first = False
                elif char in _PAUSE_MARKS:
                    out.append("#3")
            continue
        out += list(_spell(word))
    return out


def _readings(tokens: list[str], k: int, out: list[Syllable | str]) -> list[str] | None:
    """The readings of tokens[k] our tables give (`out`: the syllables so far), if any:
    the word table, a surname, a measure word after a number, a polyphone alone."""
    from pypinyin import Style, lazy_pinyin

    word = tokens[k]
    pc = word if isinstance(word, _Piece) else None
    prev, nxt = _context(tokens, k)
    if word in _polyphones():
        return _polyphones()[word]
    if _HAN.match(word[:1]) and pc is None:
        surname = surname_reading(word, prev, nxt)
        if surname is not None:
            return [surname] + (lazy_pinyin(word[1:], style=Style.TONE3,
                                            neutral_tone_with_five=True) if len(word) > 1 else [])
    dictionary = _cedict(word)
    if dictionary is not None and len(dictionary) == len(word) and not _holds_table_word(word):
        return dictionary
    measure = measure_reading(word, prev)
    if measure is not None or len(word) != 1:
        return measure
    after, before = _ahead(tokens, k), _behind(tokens, k)
    if pc is not None and not pc.free:   # a piece is read by the pieces of its word alone
        prev = prev if k and _same_word(tokens[k - 1], pc) else ""
        nxt = nxt if k + 1 < len(tokens) and _same_word(tokens[k + 1], pc) else ""
        after, before = (), ()
    alone = single_reading(word, prev, nxt, after, anywhere=pc is None or pc.free,
                           before=before, tags=_tags_for(word))
    if alone is None and k >= 2 and tokens[k - 1] in _REDUPLICATION and tokens[k - 2] == word \
            and isinstance(out[-2], Syllable):   # 数了数, 晃来晃去: as the first one reads
        alone = out[-2].pinyin
    return [alone] if alone else None


# The word between two copies of a one-character verb (数了数, 看一看, 晃来晃去).
_REDUPLICATION = {"了", "一", "来", "去"}


class _Piece(str):
    """A piece of a jieba word that `_tokens` cut up.  `word`: the whole word; `start`: the
    word's first piece (read as pypinyin reads it, no rule); `free`: rules without
    conditions apply (the last character of a word of three or more: 创造性地, 舍不得)."""

    word = ""
    nth = 0   # which jieba word of the text
    at = 0
    start = False
    free = False


def _tokens(text: str) -> list[str]:
    """jieba's words of `text`, some cut into pieces so that the rules for a polyphone
    standing alone read it.  A word that neither pypinyin's phrase dictionary nor our table
    knows is cut into their words (longest first) and characters: jieba's 办得好 → 办 得 好
    (得 after a verb: de5), 刮倒 → 刮 倒, 被选为 → 被 选为.  The last character of any word of
    three or more is its own piece when a rule may read it (创造性 地, 舍不 得)."""
    out: list[str] = []
    for nth, w in enumerate(words(text)):
        if not w.strip():
            continue
        if len(w) > 1 and w[0] in _single() and is_number(w[1:]) and w not in _phrases():
            out += [w[0], w[1:]]   # jieba's 长三 in 长三公里: the polyphone, the number
            continue
        last = len(w) >= 3 and w[-1] in _single() and w not in _polyphones() \
            and all(_HAN.match(c) for c in w)
        if _cut_up(w):
            cut = _max_match(w)
            last = last and len(cut[-1]) == 1
        elif last:
            cut = [w[:-1], w[-1]]
        else:
            out.append(w)
            continue
        at = 0
        for n, piece in enumerate(cut):
            token = _Piece(piece)
            token.word, token.nth, token.at, token.start = w, nth, at, n == 0
            token.free = last and n == len(cut) - 1
            out.append(token)
            at += len(piece)
    return out


def _tags_for(token: str) -> tuple[str, ...]:
    """The tag conditions that may read `token`: all for a word jieba gave; for a piece of
    a word only the tag of the piece before it, and only in a word of three or more (the
    other character of a two-character word says little: 随地 is no 认真地, nor is the 地 of
    随地吐痰 followed by a verb the particle)."""
    if not isinstance(token, _Piece) or token.free:
        return _TAG_CONDITIONS
    return ("prevpos",) if len(token.word) > 2 and not token.start else ()


def _same_word(a: str, b: _Piece) -> bool:
    return isinstance(a, _Piece) and a.nth == b.nth


def _context(tokens: list[str], k: int) -> tuple[str, str]:
    """The words before and after tokens[k]: a piece of the same word, else the whole
    neighbouring word (曾 before jieba's 教授 cut into 教 授 sees 教授)."""
    here = tokens[k]

    def whole(t: str) -> str:
        if isinstance(t, _Piece) and not (isinstance(here, _Piece) and _same_word(t, here)):
            return t.word
        return t

    prev = whole(tokens[k - 1]) if k else ""
    nxt = whole(tokens[k + 1]) if k + 1 < len(tokens) else ""
    return prev, nxt


def _cut_up(word: str) -> bool:
    if len(word) < 2 or not all(_HAN.match(c) for c in word) or is_number(word):
        return False
    if _holds_table_word(word):
        return True
    if word in _phrases() or measure_reading(word, "") is not None:
        return False
    if surname_reading(word, "", "") is not None or tag(word) == "nr":
        return False
    return any(c in _single() for c in word)


@lru_cache(maxsize=1)
def _phrases() -> frozenset[str]:
    """pypinyin's phrase dictionary, CC-CEDICT's words it lacks, and our table's words."""
    from pypinyin.constants import PHRASES_DICT

    return frozenset(PHRASES_DICT) | frozenset(_cedict_words()) | frozenset(_polyphones())


@lru_cache(maxsize=4096)
def _holds_table_word(word: str) -> bool:
    """Whether a word of zh_polyphones.tsv is part of `word` (老照片 holds 照片): our table's
    reading then wins over a dictionary's reading of the whole (CC-CEDICT's 老照片 piān).

    >>> _holds_table_word("老照片"), _holds_table_word("照片"), _holds_table_word("老人")
    (True, False, False)
    """
    return len(word) > 2 and any(len(t) > 1 and t in word and t != word for t in _polyphones())


@lru_cache(maxsize=1)
def _cedict_words() -> dict[str, list[list[str]]]:
    """CC-CEDICT's words (from pypinyin-dict) that pypinyin's phrase dictionary lacks.

    pypinyin reads a word it does not know character by character, each by its most common
    reading (接种 zhǒng, 问卷 juǎn, 藏文 cáng, 猪圈 quān); CC-CEDICT knows these words
    (jiēzhòng, wènjuàn, Zàngwén, zhūjuàn).  Where both dictionaries have a word, pypinyin's
    stays: CC-CEDICT marks many syllables neutral that news reading gives their tone (困难
    nan, 头发 fa) and keeps one of a word's readings only (便宜 biànyí), so it is a second
    opinion, not a better first one."""
    try:
        cc_cedict = importlib.import_module("pypinyin_dict.phrase_pinyin_data.cc_cedict")
    except ImportError:   # the `neural` extra brings pypinyin-dict; without it words read less well
        return {}
    from pypinyin.constants import PHRASES_DICT

    words: dict[str, list[list[str]]] = cc_cedict.phrases_dict
    return {w: r for w, r in words.items() if len(w) >= 2 and w not in PHRASES_DICT}


@lru_cache(maxsize=4096)
def _cedict(word: str) -> list[str] | None:
    """`word`'s TONE3 readings in CC-CEDICT when pypinyin's phrase dictionary lacks it."""
    readings = _cedict_words().get(word)
    if readings is None or not all(_HAN.match(c) for c in word):
        return None
    from pypinyin.contrib.tone_convert import to_tone3

    return [to_tone3(r[0], neutral_tone_with_five=True).replace("ü", "v") for r in readings]


def _max_match(word: str, longest: int = 6) -> list[str]:
    """`word` cut into words of `_phrases()` (longest first from the left) and characters.

    >>> _max_match("被选为"), _max_match("办得好")
    (['被', '选为'], ['办', '得', '好'])
    """
    out: list[str] = []
    i = 0
    while i < len(word):
        for j in range(min(len(word), i + longest), i, -1):
            if j - i == 1 or word[i:j] in _phrases():
                out.append(word[i:j])
                i = j
                break
    return out


def _behind(tokens: list[str], k: int, most: int = 8) -> tuple[str, ...]:
    """The words before tokens[k], back to the last pause mark (at most `most`)."""
    out: list[str] = []
    for w in reversed(tokens[max(0, k - most):k]):
        if not _HAN.match(w[:1]):
            break
        out.append(w)
    return tuple(out)


def _ahead(tokens: list[str], k: int, most: int = 8) -> tuple[str, ...]:
    """The words after tokens[k], up to the next pause mark (at most `most`)."""
    out: list[str] = []
    for w in tokens[k + 1:k + 1 + most]:
        if not _HAN.match(w[:1]):
            break
        out.append(w)
    return tuple(out)


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
