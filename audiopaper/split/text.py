"""Character-level facts the splitter reasons with: display width, punctuation, joining lines.

A PDF-to-text tool keeps the printed line breaks, so a column of 13 Chinese characters and a
column of 36 Latin letters look alike only when measured in display cells (CJK = 2, ASCII = 1).
Joining lines back into paragraphs differs by script: Chinese takes no separator (and the tool
spaces out digits, `6 月 5 日`), English takes one space and must undo soft hyphens.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from audiopaper.split.tables import english_lexicon, english_words, with_traditional

# Ends a sentence (and so may end a paragraph); closing quotes count when they close one.
SENTENCE_END = "。！？…!?"
CLOSERS = "”’」』\"')）"
# Punctuation that only running text has: a line containing one is body text, not a headline.
BODY_PUNCT = re.compile(r"[，。、；,;]|[^\d\s][.](?:\s|$)")
# an abbreviation's stop, no sentence's (`8:30 a.m.`, `Mrs.`, `St.`, `U.S.`)
ABBREVIATION = re.compile(r"\b(a\.m|p\.m|Mrs?|Ms|Dr|St|Jr|Sr|Inc|Co|No|Ave|Gov|Sen|Rep|U\.S)\.")
# a clock time ending a line (`at 7 p.m.`): its stop is the abbreviation's, and may be the
# sentence's too
CLOCK_END = re.compile(r"\b\d{1,2}(:\d\d)? ?[ap]\.m\.$")
# a month's short name and its stop before the day (`Oct. 3`, `Sept. 26`)
MONTH_DAY = re.compile(r"\b(Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\. (?=\d)")
# A line ending in one of these runs on to the next line.
# the marks a sentence pauses on and never ends on (a line opening with one goes on from the
# line above)
PAUSES = "，、；：,;:"
RUNS_ON = PAUSES + "-—（(“‘&"
# An interview turn opens with its speaker's label (`记者：`, `问：`, `罗文杰：`).
SPEAKER = re.compile(with_traditional(r"^(问|答|记者|主持人|[\u4e00-\u9fff]{2,4})[：:]"))
# Labels that can only open a turn (a two-to-four character label may also open a headline).
TURN_LABEL = re.compile(with_traditional(r"^([问問]|答|[记記]者|主持人)[：:]"))
# an English letter's salutation (`To the editor:`, `Dear Editor,`): it opens the letter's text
# and, alone on its line, is a paragraph of its own
EN_SALUTATION = re.compile(r"(To the|Dear) [Ee]ditors?[:,]|Dear (Sir|Madam|Sirs)[:,]")
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
_SPACE_RUN = re.compile(r"\s+")


# characters the Unicode tables set wide or full-width, counted in one pass rather than looked up
# one by one (a Chinese line is mostly these): CJK punctuation, kana, ideographs, full-width forms
_WIDE = re.compile("[\u3000-\u303e\u3040-\u30ff\u4e00-\u9fff\uff01-\uff60\uffe0-\uffe6]")


@lru_cache(maxsize=None)
def _char_width(c: str) -> int:
    return 2 if unicodedata.east_asian_width(c) in "WF" else 1


def width(text: str) -> int:
    """Display width in cells: East Asian wide/full-width characters count 2.

    >>> width("本报讯 6")
    8
    """
    if text.isascii():
        return len(text)  # (every ASCII character is one cell: an English line costs no look-ups)
    rest, wide = _WIDE.subn("", text)
    return 2 * wide + (len(rest) if rest.isascii() else sum(map(_char_width, rest)))


# Punctuation that never starts a line: printed past the column edge instead (kinsoku).
_NO_LINE_START = set("，。、；：？！”’）》」』…,.;:?!)")
# Opening punctuation that is never left at a line end: it goes down with the next character.
_NO_LINE_END = set("“‘（《「『(\"'")
_UNBREAKABLE = re.compile(r"[0-9A-Za-z.,%:/+\-]+")


def core_width(text: str) -> int:
    """Width of a line without the punctuation hung past the column edge at its end.

    >>> core_width("该项目代表性传承人。"), width("该项目代表性传承人。")
    (18, 20)
    """
    t = text.strip()
    while t and t[-1] in _NO_LINE_START:
        t = t[:-1]
    return width(t)


# Pause marks a typesetter squeezes to half a cell to fit a line, and the spaces the extraction
# puts around half-width runs (`6 月`): neither fills a cell of the printed column.
_SQUEEZABLE = set("，、；： ")


def set_width(text: str) -> int:
    """The least column a line can have been set in: its core width less the squeezable pause
    marks and extraction spaces inside it.  A line with two 、 is one cell per mark wider than
    its column, so taking its plain width for the column would invent short lines below it.

    >>> set_width("发、集聚发展态势良好、动能转"), width("发、集聚发展态势良好、动能转")
    (26, 28)
    """
    t = text.strip()
    while t and t[-1] in _NO_LINE_START:
        t = t[:-1]
    return width(t) - sum(map(_SQUEEZABLE.__contains__, t))


def first_unit_width(text: str) -> int:
    """Width of what a line starts with that could not have been split from it: opening
    quotes with the next character, or a whole number or Latin word.

    >>> first_unit_width("“一件好的"), first_unit_width("1862起"), first_unit_width("截至")
    (3, 4, 2)
    """
    t = text.strip()
    i = 0
    while i < len(t) and t[i] in _NO_LINE_END:
        i += 1
    m = _UNBREAKABLE.match(t[i:])
    return width(t[:i] + (m.group(0) if m else t[i:i + 1]))


_ZH_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}


def page_number(text: str) -> int:
    """A page number printed in digits or in Chinese numerals up to 99 (`（下转第三版）`).

    >>> page_number("12"), page_number("三"), page_number("十二"), page_number("二十")
    (12, 3, 12, 20)
    """
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return _ZH_DIGITS[text]
    tens, _, units = text.partition("十")
    return (_ZH_DIGITS[tens] if tens else 1) * 10 + (_ZH_DIGITS[units] if units else 0)


def is_cjk(ch: str) -> bool:
    return bool(_CJK.match(ch))


def ends_sentence(text: str) -> bool:
    """True when `text` ends a sentence, looking through closing quotes and brackets.

    >>> ends_sentence("肯定能卖个好价钱。”"), ends_sentence("as part of"), ends_sentence('lot."')
    (True, False, True)
    >>> ends_sentence("Tonight: Muggy. Low 73°F."), ends_sentence("signed by Harold W.")
    (True, False)
    """
    t = text.rstrip()
    while t and t[-1] in CLOSERS:
        t = t[:-1]
        if t and t[-1] in SENTENCE_END + ".":
            return True
    # (in Chinese text a stop after a figure is a decimal point the line broke: `增长0.` / `8%`)
    return bool(t) and (t[-1] in SENTENCE_END or (
        t[-1] == "." and not _abbrev_end(t)
        and not (t[-2:-1].isdigit() and any(is_cjk(c) for c in t))))


# the marks a quotation opens with: a paragraph opening with one starts quoting anew
QUOTE_MARKS = "“「\""


def open_quotes(text: str) -> int:
    """Quotations `text` opens less those it closes (curly marks and corner brackets).

    >>> open_quotes("“They ask the wrong question."), open_quotes("he said. “Yes.”")
    (1, 0)
    """
    return text.count("“") - text.count("”") + text.count("「") - text.count("」")


def joined_paragraphs(head: list[str], tail: list[str], lang: str) -> list[str]:
    """A story's paragraphs going on in `tail` after `head` (past a jump, a picture): a
    sentence left open at the break goes on in the same paragraph.

    >>> joined_paragraphs(["The board met", "and voted to"], ["close it. Done."], "en")
    ['The board met', 'and voted to close it. Done.']
    """
    # (or a quotation left open goes on: one of several paragraphs opens each with its mark)
    if head and tail and (not ends_sentence(head[-1]) or (
            open_quotes(head[-1]) > 0 and tail[0][:1] not in QUOTE_MARKS)):
        sep = " " if lang == "en" else ""
        return [*head[:-1], head[-1].rstrip() + sep + tail[0].lstrip(), *tail[1:]]
    return [*head, *tail]


# an abbreviation that a sentence does not end on: a month before its day (`Oct.` / `1, the
# board said`), a title before a name, an initial (not a temperature's scale, `Low 73°F.`)
_ABBREV = re.compile(r"(?:\b[ap]\.m|(?<!°)\b[A-Z]|\bMr|\bMrs|\bMs|\bDr|\bSt|\bNo|\bvs|\be\.g|\bi\.e"
                     r"|\b(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)|\b(?:Gov|Sen|Rep|Lt|Gen|Col|Capt|Sgt|Prof|Rev))\.$")


def _abbrev_end(t: str) -> bool:
    """A final period that belongs to an abbreviation ('5 a.m.', 'W.') rather than a sentence."""
    return bool(_ABBREV.search(t)) and not t.endswith("St.")


def has_body_punct(text: str) -> bool:
    """True when the line holds punctuation of running text (commas, full stops, enumeration);
    an abbreviation's stop is none (`…start to 8:30 a.m.`), nor is the stop of a month's
    short name before its day (`clinic Oct. 3`)."""
    return bool(BODY_PUNCT.search(MONTH_DAY.sub(r"\1 ", ABBREVIATION.sub("", text.strip()))))


def runs_on(text: str) -> bool:
    """True when the line plainly continues on the next one (ends in a comma, colon, dash...)."""
    t = text.rstrip()
    return bool(t) and t[-1] in RUNS_ON


def join_zh(lines: list[str]) -> str:
    """Join Chinese column lines: no separator, and no space except between two Latin letters.

    The extraction pads digits and names with spaces (`6 月 11 日`, `3 8 . 6`); a space is
    only meaningful between two Latin words (`Harlan Valley`).

    >>> join_zh(["本报讯 6 月 5 日下", "午，电网负荷达到3 8 . 6", "万千瓦，AI 视觉 New York"])
    '本报讯6月5日下午，电网负荷达到38.6万千瓦，AI视觉New York'
    """
    text = "".join(line.strip() for line in lines)
    return re.sub(r"\s+", lambda m: " " if _latin_both_sides(text, m) else "", text)


def _latin_both_sides(text: str, m: re.Match[str]) -> bool:
    a, b = m.start() - 1, m.end()
    return (a >= 0 and b < len(text) and text[a].isascii() and text[a].isalpha()
            and text[b].isascii() and text[b].isalpha())


#: U+00AD, the hyphen a typesetter sets only where a line breaks a word: at a line's end the
#: two halves join with nothing between them
SOFT_HYPHEN = "\u00ad"


def join_en(lines: list[str], seen: frozenset[str] = frozenset()) -> str:
    """Join English column lines with one space, undoing soft hyphens at line ends (`seen`:
    words the story prints whole elsewhere, lower case, see `keeps_hyphen`).

    >>> join_en(["general fund rev-", "enue for fiscal 2025 and one-", "time aid"])
    'general fund revenue for fiscal 2025 and one-time aid'
    >>> join_en(["Services will be pri\u00ad", "vate."])
    'Services will be private.'
    """
    out = ""
    for line in lines:
        line = _SPACE_RUN.sub(" ", line.strip())
        if not out:
            out = line
        elif out.endswith(SOFT_HYPHEN):  # a discretionary hyphen only ever breaks a word
            out = out[:-1] + line
        elif out.endswith("-") and not out.endswith("--") and line[:1].isalpha():
            out = out[:-1] + ("-" if keeps_hyphen(out[:-1], line, seen) else "") + line
        else:
            out += " " + line
    return out


_WORD = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")


def printed_words(lines: Iterable[str]) -> frozenset[str]:
    """The words printed whole on these lines, lower case (a hyphen at a line's end is not
    part of one), and the pairs of words printed next to each other: what a story shows of
    how it writes a compound (`the regular season` is two words, so `regular-` / `season` at
    a line's end is the compound `regular-season`).

    >>> sorted(printed_words(["Fifth-graders dig in", "the fifth-"]))
    ['dig', 'dig in', 'fifth', 'fifth-graders', 'fifth-graders dig', 'in', 'the', 'the fifth']
    """
    out: set[str] = set()
    for line in lines:
        words = [w.lower() for w in _WORD.findall(line)]
        out.update(words)
        out.update(f"{a} {b}" for a, b in zip(words, words[1:]))
    return frozenset(out)


# how often (in the lexicon's counts) a word written closed is used for its closed form to win
# over two words that happen to be words as well (`taxpayers`, `homeowners`; not `onetime`)
_COMMON = 500


def keeps_hyphen(before: str, after: str, seen: frozenset[str] = frozenset()) -> bool:
    """Decide whether a hyphen at a line break belongs to the word (a compound) or to the layout.

    A soft hyphen splits one word (`rev-enue`, `depart-mental`, `in-spection`); a real compound
    joins two words (`one-time`, `62-year-old`).  Where an English word list knows both halves
    and not the whole, or the whole and not both halves, it decides; else the halves are
    looked up in a small word list and a list of suffixes.  The rule is about English, not
    about the words of one page.

    >>> keeps_hyphen("general fund rev", "enue for"), keeps_hyphen("of one", "time federal")
    (False, True)
    >>> keeps_hyphen("from depart", "mental budgets"), keeps_hyphen("the state De", "partment")
    (False, False)
    >>> keeps_hyphen("engines in a work", "shop behind"), keeps_hyphen("a full", "time job")
    (False, True)
    >>> keeps_hyphen("on district", "owned land"), keeps_hyphen("the rack out", "side the")
    (True, False)
    >>> keeps_hyphen("miles of cast", "iron pipe"), keeps_hyphen("submitted propo", "sals for")
    (True, False)
    >>> keeps_hyphen("voted to ex", "tend its"), keeps_hyphen("an ex", "wife")
    (False, True)
    >>> keeps_hyphen("be over", "taken by"), keeps_hyphen("sold over", "the counter")
    (False, True)
    >>> keeps_hyphen("Tarrow Tax", "payers Together"), keeps_hyphen("a one", "time grant")
    (False, True)
    """
    m1 = re.search(r"([A-Za-z0-9]+)$", before)
    m2 = re.match(r"([A-Za-z]+)", after)
    if not m1 or not m2:
        return True
    left, right = m1.group(1), m2.group(1)
    if f"{left}-{right}".lower() in seen:
        return True  # the story prints the compound whole elsewhere (its headline, say)
    if (left + right).lower() in seen:
        return False
    if f"{left} {right}".lower() in seen:
        return True  # the story prints the two words apart elsewhere (`the regular season`)
    if left.isdigit() or right[0].isupper() or left.lower() == right.lower():
        # (a figure's compound, a name, a word said twice: `3-pointers`, `double-double`)
        return True
    words = english_words()
    low = right.lower()
    lexicon = english_lexicon()
    whole, halves = (left + right).lower() in lexicon, left.lower() in lexicon and low in lexicon
    if halves and not whole and min(len(left), len(low)) >= 2 and left[0].islower():
        # two words and no one word: `cast-` / `iron`, `ninth-` / `grader` (a name's halves
        # may be words by chance, `Car-` / `rick`)
        return True
    if whole and not halves:
        return False  # one word, not two: `propo-` / `sals`, `rev-` / `enue`
    if whole and lexicon[(left + right).lower()] >= _COMMON:
        return False  # two words, but written as one far more often: `Tax-` / `payers`, `down-` / `town`
    if whole and len(left) <= 2 and left[0].islower():
        return False  # a syllable of one or two letters over a word: `ex-` / `tend`, `in-` / `come`
    if any(low.startswith(s) for s in words["suffix"]) and low not in words["word"]:
        return False
    if low in words["closed"]:
        return False  # workshop, classroom: the compound is written closed
    if whole and left.lower() in words["prefix"] and low not in words["tail"]:
        return False  # overtaken, outnumbered: a prefix closed up with its word
    if low in words["tail"] and len(left) >= 3:
        return True  # a compound adjective's second half after any noun: district-owned
    return _is_word(left.lower(), words["word"] | words["function"]) and _is_word(low, words["word"])


def _is_word(w: str, lexicon: frozenset[str]) -> bool:
    if w in lexicon:
        return True
    for end in ("s", "es", "ed", "d", "ing", "er", "ers"):
        stem = w[: -len(end)]
        if not w.endswith(end) or len(stem) < 2:
            continue
        # running -> run (doubled consonant), making -> make (dropped e)
        if stem in lexicon or (stem[-1] == stem[-2] and stem[:-1] in lexicon) or stem + "e" in lexicon:
            return True
    return False


def collapse_spaced_name(text: str) -> str:
    """Tidy a printed byline: names padded to a fixed width (`方 雯`) lose the padding.

    Whitespace never matters for scoring; this only makes the output read as printed.

    >>> collapse_spaced_name("本报讯 （记者 方 雯 通讯员 罗 杰）")
    '本报讯（记者 方雯 通讯员 罗杰）'
    """
    t = _SPACE_RUN.sub(" ", text.strip())
    t = re.sub(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff](?:$|[ ）)摄]))",
               lambda m: "" if _single_before(t, m.start()) else " ", t)
    return re.sub(r"\s*（\s*", "（", t).replace(" ）", "）")


def _single_before(t: str, i: int) -> bool:
    """The CJK character before position i stands alone (a one-character name piece)."""
    return i >= 1 and (i == 1 or not is_cjk(t[i - 2]) or t[i - 2] == " ")


_CONTENT_WORD = re.compile(r"[A-Za-z][a-z']{2,}")


def content_stems(s: str) -> frozenset[str]:
    """An English line's content words (three letters or more, no function word), each cut to
    its first five letters, so a headline's `wins` meets its text's `win`.

    >>> sorted(content_stems("Whitcombe wins the district title"))
    ['distr', 'title', 'whitc', 'wins']
    """
    words = english_words()["function"]
    return frozenset(w.lower()[:5] for w in _CONTENT_WORD.findall(s) if w.lower() not in words)


def echoed_in(head: str, text: str) -> bool:
    """Two content words or more of an English `head`, and most of them, come again in `text`:
    a headline says what its first sentence says; running text seldom repeats itself so soon."""
    return stems_echoed(content_stems(head), content_stems(text))


def stems_echoed(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """`echoed_in` on content stems found already (a caller asking of many heads against the
    same text finds the text's stems once)."""
    return len(mine) >= 2 and len(mine & theirs) >= max(2, 0.6 * len(mine))


def said_again(quote: str, text: str, lang: str) -> bool:
    """Most of a quotation comes again in `text`: in English its content words
    (`echoed_in`), in Chinese half of its pairs of characters or more (a pull quote may
    trim or reword a little: `有了测算报告和明细账` / `有了专业测算和明细账`).

    >>> said_again("“有了测算报告和明细账，大家心里就踏实了。”", "他说：“有了专业测算和明细账，大家心里都有底。”", "zh")
    True
    """
    if lang == "en":
        return echoed_in(quote, text)
    pairs, share = pair_share(quote, text)
    return pairs >= 6 and share >= 0.5


def pair_share(text: str, other: str) -> tuple[int, float]:
    """How many pairs of neighbouring characters `text` has (marks and spaces aside), and the
    share of them found in `other`: how nearly a Chinese line says again what other lines
    say, reworded a little (`新增公共停车位` / `新增停车位`).

    >>> pair_share("新增公共停车位", "全县新增停车位860个")
    (6, 0.5)
    """
    t = "".join(filter(str.isalnum, text))
    o = "".join(filter(str.isalnum, other))
    pairs = {t[k:k + 2] for k in range(len(t) - 1)}
    return len(pairs), sum(p in o for p in pairs) / len(pairs) if pairs else 0.0
