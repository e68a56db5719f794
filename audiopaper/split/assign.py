"""Give every story its headline stack, whether it was printed before or after the body.

Tokens alternate between *runs* (display lines, byline lines, furniture) and *consumers* (a
body, or a photo: caption + credit).  A headline printed after its body (extraction order
follows columns, not the page's visual order) means a run may belong to the body above it, the
body below it, or be split between them, at any of its lines.  Each consumer should end with
exactly one stack, so the choice is made for the whole page at once by dynamic programming over
the split point of every run.  The cost counts stories left without a headline and stories
given two stacks or two bylines, and the cohesion of the lines a split cuts apart: lines
printed as one block, a kicker and what follows it, a headline and its `——` subheadline hold
together; a byline closes a stack; furniture between two stacks is a natural cut.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, pairwise
from operator import or_

from audiopaper.split.lines import (
    ANY_DATELINE,
    BRIEF_HEAD,
    CAPS_LABEL,
    CAPTION_OPENER,
    PERSON,
    cue,
    inline_byline,
    slogan_shaped,
    tail_alone,
    tail_byline,
)
from audiopaper.split.tables import english_words
from audiopaper.split.text import PAUSES, ends_sentence
from audiopaper.split.tokens import Token

NO_HEADLINE, TWO_STACKS, TWO_BYLINES, BROKEN = 1.0, 0.8, 0.5, 0.3
# Cohesion of two neighbouring lines of a run (the cost of a split between them).
JOINED, HOLDS, CLOSES, FURNITURE_CUT, KICKER_OPENS, LONG_STACK = 1.2, 1.0, 0.4, 0.4, 0.3, 0.05
BALANCE = 0.04
BARE_BEFORE = 0.1
AFTER_BODY = 0.15  # a Chinese stack printed under its body rather than over it (rarer)
COHESION = 1.0  # a headline shares its story's words
SOFT_SPLIT = 1.0  # starting a story at a paragraph break, less the evidence for it
MID_STACK = 0.3  # a story's own stack set into its running text
MID_START = 0.8  # ... of a story that started at a paragraph break above it (the stack says so)
ORPHAN = 0.5  # display lines at the foot of the page left to no story
OVER_FURNITURE = 0.5  # a story going on past furniture set into it (less than no headline)
ACROSS_HEAD = 1.5  # a stack given to the items under a column's head
BROKE_OFF = 1.0  # a story starting under furniture set into a sentence the text above left open
# a paragraph sharing under SHARED of its character pairs with the text above it changes subject
SHIFT, SHARED = 0.6, 0.1
# how much more of a stack's words the text after a paragraph break must share than the text
# before it, for the break to start the stack's story (a later break within _NEAR wins)
_OWN_TEXT, _NEAR = 0.3, 0.1
# the longest photo title (characters) printed under a credit
_TITLE_MAX = 12
# furniture that heads the text under it (a notice's or a listing's head, `CLASSIFIEDS`):
# no story goes on past it
_HEADS = ("notice",)


@dataclass
class Block:
    """Display tokens printed as one block (no blank between), or one furniture token."""

    tokens: list[Token]

    @property
    def furniture(self) -> bool:
        return self.tokens[0].kind == "F"

    @property
    def byline_only(self) -> bool:
        return all(t.kind == "BY" for t in self.tokens)

    @property
    def has_byline(self) -> bool:
        return any(t.kind == "BY" for t in self.tokens)

    def cues(self) -> list[str | None]:
        return [cue(t.text) if t.kind == "D" else "byline" for t in self.tokens]


@dataclass
class Consumer:
    """A story that takes a headline stack: a body, or a photo (caption body + credit)."""

    body: Token | None
    credit: Token | None = None
    joined: bool = False  # goes on the story before it (a soft break the stacks did not use)
    before: list[Token] = field(default_factory=list)
    after: list[Token] = field(default_factory=list)
    jump_to: int | None = None
    jump_from: int | None = None

    lang: str = "zh"

    @property
    def photo(self) -> bool:
        return self.credit is not None

    @property
    def inline_byline(self) -> bool:
        return bool(self.body and inline_byline(self.body.lines[0].s, self.lang))


def consumers_and_runs(tokens: list[Token], lang: str) -> tuple[list[Consumer], list[list[Block]],
                                                                 list[Token]]:
    """Split the token stream into consumers and the runs between them (m consumers, m+1 runs).

    Furniture stays in the runs as separators; every furniture token is also returned so the
    page can list it as skipped.
    """
    cons: list[Consumer] = []
    runs: list[list[Token]] = [[]]
    furniture: list[Token] = []
    pending_from: int | None = None
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.kind == "BODY" and _bare_opener(tokens, i, lang):
            # a body's opening byline with no text under it, under a headline: the text was
            # extracted before its stack, so the byline closes the stack (`…` / headline /
            # `本报讯（记者 X）`), and the stacks decide which text above it is that story's
            runs[-1].append(Token("BY", t.lines))
            _start_by_cohesion(tokens, i, lang)
            i += 1
            continue
        if t.kind == "BODY":
            credit = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].kind == "CR" else None
            above = cons[-1].body if cons else None
            if credit and t.soft is not None and t.soft <= 0 and above is not None \
                    and i > 0 and tokens[i - 1] is above and above.soft is None \
                    and len(above.lines) <= 3 and cons[-1].credit is None \
                    and not cons[-1].inline_byline:
                # a paragraph with no sign of a story of its own, over a credit, under a first
                # paragraph of three lines at most: the caption goes on (`…等服务。` /
                # `当天共接诊…` / `本报记者 黎晟 摄`), one photo
                above.lines.extend(t.lines)
                cons[-1].credit = credit
                i += 2
                continue
            cut = _caption_inside(t, tokens[i + 2] if credit and i + 2 < len(tokens) else None)
            if credit and cut:
                # a picture set into a sentence: the text broke off, the caption opens anew
                # over its credit, and the text goes on under it in lower case (`…is as tense` /
                # `Mara Kell, left, and Owen Tate…` / `JESS ABARA / The Gazette` / `and tender…`)
                cons.append(Consumer(Token("BODY", t.lines[:cut], soft=t.soft), None, lang=lang))
                cons[-1].jump_from, pending_from = pending_from, None
                runs.append([])
                cons.append(Consumer(Token("BODY", t.lines[cut:]), credit, lang=lang))
                runs.append([])
                i += 2
                continue
            c = Consumer(t, credit, lang=lang)
            if credit and c.inline_byline:
                cons.append(c)
                c.credit = None
                cons.append(Consumer(None, credit, lang=lang))
                runs.append([])
            else:
                cons.append(c)
            c.jump_from, pending_from = pending_from, None
            runs.append([])
            i += 2 if credit else 1
            continue
        if t.kind == "CR" and cons and cons[-1].body is not None and cons[-1].credit is None \
                and not cons[-1].photo and t.lines[0].no - cons[-1].body.lines[-1].no <= 2 \
                and (cut := _caption_inside(cons[-1].body, tokens[i + 1] if i + 1 < len(tokens)
                                            else None)):
            # (the same, past a pull quote set into the text before the picture: the text's
            # token holds the lines on both sides of the quote)
            above = cons[-1].body
            cons.append(Consumer(Token("BODY", above.lines[cut:]), t, lang=lang))
            above.lines = above.lines[:cut]
            runs.append([])
            i += 1
            continue
        if t.kind == "CR":
            # a credit printed over its caption, or over the photo's title and caption: one
            # photo all the same
            titled = i + 2 < len(tokens) and tokens[i + 1].kind == "D" \
                and len(tokens[i + 1].lines) == 1 and tokens[i + 2].kind == "BODY" \
                and (lang == "zh" or tokens[i + 1].text.isupper())  # (`ICE OUT`)
            at = i + 2 if titled else i + 1
            nxt = tokens[at] if at < len(tokens) else None
            # (a caption over a credit of its own is the next photo's)
            caption = nxt is not None and nxt.kind == "BODY" and _caption_under_credit(nxt, lang) \
                and not (at + 1 < len(tokens) and tokens[at + 1].kind == "CR")
            if caption and titled:
                runs[-1].append(tokens[i + 1])
            cons.append(Consumer(nxt if caption else None, t, lang=lang))
            runs.append([])
            if caption:
                i += 3 if titled else 2
                continue
        elif t.kind == "J":
            direction, page = t.jump  # type: ignore[misc]
            if direction == "to" and cons:
                # the story whose text ran on last (a photo set into it came out before it)
                owner = max(reversed(cons), key=lambda c: c.body.lines[-1].no if c.body else -1)
                owner.jump_to = page
            else:
                pending_from = page
        else:
            if t.kind == "F":
                furniture.append(t)
            runs[-1].append(t)
        i += 1
    return cons, [_blocks(r) for r in runs], furniture


def _caption_inside(body: Token, after: Token | None) -> int:
    """Where a caption starts inside a text that a credit follows, or 0: the text under the
    credit goes on with a sentence (it opens in lower case), the caption ends one, and the
    highest of the last three lines over the credit that opens with a capital under a line
    that ended no sentence starts it (a caption's own lines may break at a capital too)."""
    if after is None or after.kind != "BODY" or not after.lines[0].s[:1].islower() \
            or not ends_sentence(body.lines[-1].s):
        return 0
    cut = 0
    for k in range(len(body.lines) - 1, max(0, len(body.lines) - 4), -1):
        if body.lines[k].s[:1].isupper() and not ends_sentence(body.lines[k - 1].s):
            cut = k
    return cut


def _bare_opener(tokens: list[Token], i: int, lang: str) -> bool:
    """Token i is a body of one line that holds only an opening byline (`本报讯（记者 X）`),
    right under display lines and with no body under it."""
    t = tokens[i]
    if len(t.lines) != 1 or i == 0 or tokens[i - 1].kind != "D":
        return False
    if i + 1 < len(tokens) and tokens[i + 1].kind == "BODY":
        return False
    m = inline_byline(t.lines[0].s, lang)
    return m is not None and not t.lines[0].s[m.end():].strip()


def _start_by_cohesion(tokens: list[Token], i: int, lang: str) -> None:
    """For the stack over a bare opener at token i: of the paragraph breaks in the text
    right above the stack, the one after which the text shares most of the stack's words (and
    before which least) starts that stack's story for sure."""
    d = i
    while d > 0 and tokens[d - 1].kind == "D":
        d -= 1
    parts: list[Token] = []
    k = d - 1
    while k >= 0 and tokens[k].kind == "BODY":
        parts.insert(0, tokens[k])
        if tokens[k].soft is None:
            break
        k -= 1
    if len(parts) < 2 or parts[0].soft is not None:
        return
    head = _terms("".join(x.text for x in tokens[d:i]), lang)
    if not head:
        return
    def share(ps: list[Token]) -> float:
        return len(head & _terms("".join(x.s for p in ps for x in p.lines), lang)) / len(head)
    scores = {j: share(parts[j:]) - share(parts[:j]) for j in range(1, len(parts))}
    best = max(scores.values())
    # (the latest break that does about as well: text before the story's start shares little)
    at = max(j for j, sc in scores.items() if sc >= best - _NEAR)
    if best >= _OWN_TEXT:
        parts[at].soft = None


def _caption_under_credit(body: Token, lang: str) -> bool:
    """A body right under a photo credit that no body took is the photo's caption when it is
    short (six lines at most, or what six lines of a wide column hold) and, in Chinese, opens
    as captions do (with the day: `9月18日，…`)."""
    lines = body.lines
    short = len(lines) <= 6 or sum(len(x.s) for x in lines) <= (150 if lang == "zh" else 300)
    return short and (
        lang != "zh" or CAPTION_OPENER.match(lines[0].s) is not None)


def _blocks(run: list[Token]) -> list[Block]:
    out: list[Block] = []
    for t in run:
        if t.kind == "F":
            out.append(Block([t]))
        elif out and not out[-1].furniture and t.lines[0].gap == 0:
            out[-1].tokens.append(t)
        else:
            out.append(Block([t]))
    return out


def _cut_cost(run: list[Token], j: int, lang: str) -> float:
    """Cost of giving run[:j] to the story above and run[j:] to the story below."""
    head = next((k for k, t in enumerate(run) if k >= j and t.kind == "F" and t.fkind == "logo"
                 and BRIEF_HEAD.search(t.text)), None)
    if head is not None and any(t.kind in ("D", "BY") for t in run[j:head]):
        # a stack does not reach across a column's head to the items under it
        return ACROSS_HEAD
    if j <= 0 or j >= len(run):
        return 0.0
    a, b = run[j - 1], run[j]
    cost = 0.0
    if a.kind == "F" or b.kind == "F":
        return -FURNITURE_CUT if not (a.kind == "F" and b.kind == "F") else 0.0
    if b.lines[0].gap == 0:
        cost += JOINED  # printed as one block
    if lang == "zh":
        if a.kind == "D" and b.kind == "D" and _halves(a.text, b.text):
            cost += HOLDS  # a headline set in two equal halves (`秋粮收购` / `准备就绪`)
        if b.kind == "D" and cue(b.text) == "role":
            cost += HOLDS  # a subheadline hangs under its headline
        if a.kind == "D" and cue(a.text) in ("speech", "occasion"):
            cost += HOLDS  # a kicker stands over its headline
        if b.kind == "D" and cue(b.text) in ("speech", "occasion"):
            cost -= KICKER_OPENS
    if lang == "en" and _kicker_over_head(run, j):
        cost -= KICKER_OPENS  # a label in capitals over a headline opens a stack
    if a.kind == "BY":
        cost -= CLOSES  # a byline closes the stack above it
    if b.kind == "BY" and a.kind == "D":
        cost += HOLDS / 2  # a byline line follows its headline
    return cost


def _bylines_apart(part: list[Token]) -> int:
    """How many bylines in `part` come after an earlier one with a display line between."""
    seen, count, shown = False, 0, False
    for t in part:
        if t.kind == "BY":
            count += seen and shown
            seen, shown = True, False
        elif t.kind == "D":
            shown = True
    return count


def _kicker_over_head(run: list[Token], j: int) -> bool:
    """English: run[j] is a label in capitals of one to three words (`BUSINESS`, `FILM
    REVIEW`) under other lines of the run, a headline in upper and lower case under it: a
    kicker opens its story's stack, it never follows a headline in the stack of its own."""
    if not 0 < j < len(run) - 1 or run[j].kind != "D" or run[j + 1].kind != "D":
        return False
    label = run[j].text
    return CAPS_LABEL.fullmatch(label) is not None and len(label.split()) <= 3 \
        and any(c.islower() for c in run[j + 1].text)


def _halves(a: str, b: str) -> bool:
    """Two short lines of the same length without punctuation: the halves of one headline.

    >>> _halves("秋粮收购", "准备就绪"), _halves("秋粮收购", "县农商银行发放助农贷款")
    (True, False)
    """
    return (len(a) == len(b) <= 10 and not re.search(r"[，。、；：！？,.;:!?]", a + b))


def _text(c: Consumer) -> str:
    return "".join(x.s for x in c.body.lines) if c.body else ""


def _soft_break(c: Consumer, run: list[Token]) -> float | None:
    """The evidence for a story starting at a consumer that meets the body above it at a
    paragraph break (no run between them), or None where a story starts for sure."""
    # a caption over its credit is a photo of its own, never the text above going on
    return c.body.soft if c.body is not None and not run and not c.photo else None


def _has_display(tokens: list[Token]) -> bool:
    return any(t.kind == "D" for t in tokens)


def _broken(tokens: list[Token]) -> float:
    """Penalty for a stack interrupted by furniture (stack lines on both sides of it)."""
    idx = [k for k, t in enumerate(tokens) if t.kind != "F"]
    if not idx:
        return 0.0
    return BROKEN * sum(t.kind == "F" for t in tokens[idx[0]:idx[-1] + 1])


_NOT_WORD = re.compile(r"[\W_]+")


@lru_cache(maxsize=4096)
def _terms(text: str, lang: str) -> frozenset[str]:
    """What a headline shares with its story: character pairs (zh) or content words (en)."""
    if lang == "zh":
        t = _NOT_WORD.sub("", text)
        return frozenset(t[k:k + 2] for k in range(len(t) - 1))
    words = english_words()["function"]
    return frozenset(w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in words)


def _cohesion(chain: list[Consumer], lang: str) -> Callable[[Token], float]:
    """Share of a display line's terms found in the bodies (or caption) of a story's parts
    (each part's terms counted once: a chain reads its parts' sets, not their joined text)."""
    body: frozenset[str] = frozenset().union(*(
        _terms((" " if lang == "en" else "").join(x.s for x in c.body.lines), lang)
        for c in chain if c.body))

    def share(t: Token) -> float:
        mine = _terms(t.text, lang)
        return len(mine & body) / len(mine) if mine else 0.0
    return share


def assign(cons: list[Consumer], runs: list[list[Block]], lang: str) -> list[Token]:
    """Fill `before` / `after` of every consumer; returns display tokens left over (skipped)."""
    m = len(cons)
    flat = [[t for b in r for t in b.tokens] for r in runs]
    if m == 0:
        return [t for r in flat for t in r if t.kind != "F"]
    # a line of short phrases at the foot of the page, after the last story, is a slogan
    flat[m] = [Token("F", t.lines, "slogan") if t.kind == "D" and slogan_shaped(t.text, 8) else t
               for t in flat[m]]
    INF = float("inf")
    # best[i][s]: least cost of runs 0..i-1, consumer i-1's story holding display lines before
    # its body (s=1), or not (s=0), or not yet, having started at a soft paragraph break (s=2:
    # its own stack may still come set into its running text)
    best = [[INF, INF, INF] for _ in range(m + 1)]
    # (the steps whose cut leaves the lines above it, or those under it, to no story: skipped)
    dropped: dict[tuple[int, int], str] = {}
    back: list[list[tuple[int, int] | None]] = [[None, None, None] for _ in range(m + 1)]
    first = 1 if _has_display(flat[0]) else 0
    best[1][first], back[1][first] = _broken(flat[0]), (0, 0)
    # a story may be several consumers cut at soft breaks: the line above a run reads against
    # the whole chain of parts ending there, the line below against the chain starting there
    breaks = [_soft_break(c, flat[k]) for k, c in enumerate(cons)]
    starts = [k for k in range(m) if k == 0 or breaks[k] is None] + [m]
    for h, e in pairwise(starts):  # a paragraph on another subject than the text above it
        seen = _terms(_text(cons[h]), lang)
        for k in range(h + 1, e):
            mine = _terms(_text(cons[k]), lang)
            share = len(mine & seen) / min(len(mine), len(seen)) if mine and seen else 1.0
            breaks[k] = (breaks[k] or 0.0) + SHIFT * max(0.0, 1.0 - share / SHARED)
            seen |= mine
    chain: dict[int, tuple[list[Consumer], list[Consumer]]] = {}
    for h, e in pairwise(starts):
        for k in range(h, e):
            chain[k] = (cons[h:k + 1], cons[k:e])
    above = [_cohesion(chain[k][0], lang) for k in range(m)]
    below_fit = [_cohesion(chain[k][1], lang) for k in range(m)]
    for i in range(1, m):
        prev, nxt, run = cons[i - 1], cons[i], flat[i]
        soft = breaks[i]
        if soft is not None:
            # a paragraph break that may start another story: go on the same story at no
            # cost, or start one (which then needs a stack of its own)
            for s in (0, 1, 2):
                if best[i][s] < best[i + 1][s]:
                    best[i + 1][s], back[i + 1][s] = best[i][s], (s, -1)
        if run and all(t.kind == "F" for t in run) and _continues(prev, nxt) \
                and (not any(t.fkind in _HEADS for t in run)
                     or not ends_sentence(prev.body.lines[-1].s)):  # type: ignore[union-attr]
            # only furniture (a data box, an ad) between two bodies, no headline for the one
            # below: the story may go on after it (not past a head over the text below, unless
            # the text above broke off mid-sentence: a whole notice set into it)
            for s in (0, 1, 2):
                if best[i][s] + OVER_FURNITURE < best[i + 1][s]:
                    best[i + 1][s], back[i + 1][s] = best[i][s] + OVER_FURNITURE, (s, -1)
        # (English headlines come before their bodies: an English run is cut only where
        # furniture parts it, under a story that has no headline above its body)
        if prev.photo and not nxt.photo and _title_under_credit(run, lang):
            cuts: Sequence[int] = [0, 1]  # a photo's title printed under its credit
        elif prev.photo or (prev.body is not None and prev.body.signed):
            cuts = [0]  # (a signed letter's headline stood above it)
        elif lang == "en":
            # (or before the furniture that ends it: a column's head and byline printed under
            # its text, `Slag Hill deserves better` / `GRETA MOLINA | COLUMN` / `AROUND THE
            # BASIN`, for a story begun at a paragraph break)
            # (or after a byline with a headline under it, `Lancers fall in semifinal
            # shootout` / `By X` / `Gulls' title belongs…`: a byline closes its stack, so the
            # upper stack may close the text above; the costs decide)
            cuts = [0] + [j for j in range(1, len(run) + 1)
                          if (run[j - 1].kind == "F" and j < len(run) and run[j].kind != "F"
                              or run[j - 1].kind == "BY" and (j == len(run) or run[j].kind == "F")
                              or run[j - 1].kind == "BY" and j < len(run) and run[j].kind == "D"
                              or _kicker_over_head(run, j))
                          and (_has_display(run[:j])
                               or all(t.kind == "BY" for t in run[:j]))]
        else:
            cuts = range(len(run) + 1)
        # a story's own headline set into its running text: one story, this its stack
        if _interrupts(prev, nxt, run, lang):
            for s, cost in ((0, MID_STACK), (2, MID_STACK - MID_START)):
                if best[i][s] + cost < best[i + 1][1]:
                    best[i + 1][1], back[i + 1][1] = best[i][s] + cost, (s, -2)
        # (the text above broke off on a pause, `…新增分拣设备12套，`, over furniture alone: the
        # text below goes on with its sentence, and a story starting there is the less likely)
        broke = bool(run) and all(t.kind == "F" for t in run) and _continues(prev, nxt) \
            and prev.body.lines[-1].s[-1:] in PAUSES  # type: ignore[union-attr]
        # how much better each display line reads with the story below than the one above
        lean = [COHESION * (below_fit[i](t) - above[i - 1](t)) if t.kind == "D" else 0.0
                for t in run]
        below = [sum(lean[j:]) for j in range(len(run) + 1)]
        owned = _own_text(run, chain[i - 1][0], lang)
        for s in (0, 1, 2):
            if best[i][s] == INF:
                continue
            for j in cuts:
                pre, suf = run[:j], run[j:]
                drop = False
                if j and s == 1 and _has_display(pre):
                    bare = all(t.kind in ("D", "F") for t in pre)
                    # (in English, lines over the next story's kicker, or a box's title over
                    # its rows: display lines over furniture)
                    if lang == "en" and not (bare and (_kicker_over_head(run, j)
                                                       or pre[-1].kind == "F")):
                        continue  # (its closing byline it may take: `Reviewed by X` / a column's head)
                    # (display lines after a body whose story has its stack already, over the
                    # next story's: no story's, left to furniture rather than made a second
                    # stack, `OUR RATINGS: ★★★★…` / `FILM REVIEW` / `‘The Salt Orchard’ finds
                    # grace…`, a data box's title and rows)
                    # (never the lines right over the body below: they are its stack)
                    drop = bare and j < len(run)
                got = _has_display(pre) and not drop
                # (lines left over an English label in capitals that opens the next story's
                # stack are no story's whatever their words: no cost for what they share)
                cost = best[i][s] + _cut_cost(run, j, lang) + _broken(pre) + _broken(suf) \
                    - below[j] + (SOFT_SPLIT - soft if soft is not None else 0.0) \
                    + (ORPHAN + (0.0 if lang == "en" and _kicker_over_head(run, j)
                                 else sum(owned[:j])) if drop else 0.0)
                if got and s == 1:
                    cost += TWO_STACKS
                if got and lang == "zh":
                    cost += AFTER_BODY
                if not got and s != 1:
                    cost += NO_HEADLINE
                if broke:
                    cost += BROKE_OFF
                if nxt.inline_byline and any(t.kind == "BY" for t in suf):
                    cost += TWO_BYLINES
                # (one story has one byline: a stack holding two, headlines between them, is
                # two stacks, `她守护了…` / `本报记者 X` / `“低盐”就是…` / `□ 市营养学会 Y`)
                cost += TWO_BYLINES * (_bylines_apart(pre) + _bylines_apart(suf))
                # a stack over a body is usually short: lines the cut leaves it beyond its first
                # go more likely with the story above
                cost += LONG_STACK * max(0, sum(t.kind == "D" for t in suf) - 1) * (j > 0 or s != 1)
                if pre and suf and s != 1:
                    # two stacks in one run: as many lines each as the cut allows
                    cost += BALANCE * abs(sum(t.kind == "D" for t in pre)
                                          - sum(t.kind == "D" for t in suf))
                if lang == "zh" and _has_display(suf) and not nxt.inline_byline \
                        and not any(t.kind == "BY" for t in suf):
                    cost += BARE_BEFORE  # a stack over a body with no byline at all is rarer
                s2 = 1 if _has_display(suf) else 2 if soft is not None else 0
                if cost < best[i + 1][s2]:
                    best[i + 1][s2], back[i + 1][s2] = cost, (s, j)
                    if drop:
                        dropped[i + 1, s2] = "above"
                    else:
                        dropped.pop((i + 1, s2), None)
                if lang == "zh" and not drop and _has_display(suf) \
                        and all(t.kind in ("D", "F") for t in suf):
                    # (or the lines over the body below are a box's title and rows, its
                    # headline printed under it: no story's, the story waiting for its stack,
                    # unless they share its words)
                    cost = best[i][s] + _cut_cost(run, j, lang) + _broken(pre) + ORPHAN \
                        + COHESION * sum(below_fit[i](t) for t in suf if t.kind == "D") \
                        + (TWO_STACKS if got and s == 1 else 0.0) + (AFTER_BODY if got else 0.0) \
                        + (NO_HEADLINE if not got and s != 1 else 0.0) + (BROKE_OFF if broke else 0.0)
                    if cost < best[i + 1][0]:
                        best[i + 1][0], back[i + 1][0] = cost, (s, j)
                        dropped[i + 1, 0] = "below"
    last = flat[m]
    final = []
    for s in (0, 1, 2):
        if best[m][s] == INF:
            continue
        takes = s != 1 and _has_display(last) and not cons[-1].photo
        cost = best[m][s] + (NO_HEADLINE if s != 1 and not takes else 0.0)
        if takes:  # the last story takes the stack after it: the more, the more it shares
            cost -= COHESION * sum(above[m - 1](t) for t in last if t.kind == "D")
        elif _has_display(last):
            cost += ORPHAN  # display lines left to no story
        final.append((cost, s))
    _, s = min(final)
    leftover: list[Token] = []
    if s != 1 and _has_display(last) and not cons[-1].photo:
        cons[-1].after = last
    else:
        leftover += last  # (the page skips furniture once, by identity)
    for i in range(m, 0, -1):
        ps, j = back[i][s]  # type: ignore[misc]
        run = flat[i - 1]
        if i == 1:
            cons[0].before = run
        elif j == -2:
            cons[i - 1].joined, cons[i - 2].after = True, run
        elif j < 0:
            cons[i - 1].joined = True
        elif dropped.get((i, s)) == "above":
            leftover += run[:j]
            cons[i - 1].before = run[j:]
        elif (i, s) in dropped:
            cons[i - 2].after = run[:j]
            leftover += run[j:]
        else:
            cons[i - 2].after, cons[i - 1].before = run[:j], run[j:]
        s = ps
    return leftover


def _own_text(run: list[Token], chain: list[Consumer], lang: str) -> list[float]:
    """What leaving each line of a run under a body to no story costs: the most its words
    belong to the text after a paragraph break of the story above, beyond the text before
    that break (the lines then head a story begun at the break, rather than being a box's
    title or rows).  Shares are counted as `_cohesion` counts them, the parts' terms gathered
    once from each end of the chain."""
    if len(chain) < 2 or not _has_display(run):
        return [0.0] * len(run)
    sep = " " if lang == "en" else ""
    parts = [_terms(sep.join(x.s for x in c.body.lines), lang) if c.body else frozenset()
             for c in chain]
    before = list(accumulate(parts, or_))  # before[k]: the terms of parts 0..k
    after = list(accumulate(reversed(parts), or_))[::-1]  # after[k]: parts k..
    out = []
    for t in run:
        mine = _terms(t.text, lang) if t.kind == "D" else frozenset()
        lead = max((len(mine & after[k]) - len(mine & before[k - 1]) for k in range(1, len(chain))),
                   default=0) if mine else 0
        out.append(COHESION * max(0, lead) / len(mine) if mine else 0.0)
    return out


def _title_under_credit(run: list[Token], lang: str) -> bool:
    """Chinese: the run under a photo's credit opens with one short display line (`老街换新颜`):
    the photo's title may have been printed under the picture, after its credit (unless
    another photo follows: then the line is more likely that one's title, over its caption).
    English: two labels in capitals open the run, the first the photo's title."""
    if lang == "en":
        # English: a title in capitals under the credit, over the next story's own label in
        # capitals (`SPLASH DOWN` / `COUNTY COMMISSION` / `Commissioners back…`): a stack has
        # one kicker, so the first is the photo's
        return len(run) >= 2 and all(t.kind == "D" and CAPS_LABEL.fullmatch(t.lines[0].s) is not None
                                     for t in run[:2]) and len(run[0].lines) == 1
    return lang == "zh" and bool(run) and run[0].kind == "D" and len(run[0].lines) == 1 \
        and len(run[0].text) <= _TITLE_MAX and not re.search(r"[，。；！？]", run[0].text)



def _continues(prev: Consumer, nxt: Consumer) -> bool:
    """Two bodies that may be one story's parts: neither is a photo nor opens a story (with a
    byline or a dateline), and the first is not a signed letter."""
    return (prev.body is not None and nxt.body is not None and not prev.photo
            and not prev.body.signed and not nxt.photo and not nxt.inline_byline
            and not (nxt.lang == "en" and ANY_DATELINE.match(nxt.body.lines[0].s))
            and nxt.jump_from is None  # (nor past a closing byline alone, `— Submitted by X`)
            and not tail_alone(prev.body.lines[-1].s, prev.lang))


def _interrupts(prev: Consumer, nxt: Consumer, run: list[Token], lang: str) -> bool:
    """The run is set into one story's running text: the text above it stops mid-sentence
    (or the text below goes on in lower case) and neither side is a photo or opens a story."""
    if prev.body is None or nxt.body is None or prev.photo or nxt.photo or nxt.inline_byline \
            or prev.body.signed or nxt.jump_from is not None:
        return False  # (a jumped story's rest opens its own, in lower case as often as not)
    if not _has_display(run) or nxt.body.soft is not None:
        return False
    last, first = prev.body.lines[-1].s, nxt.body.lines[0].s
    if lang == "en" and first[:1].islower():
        return True
    # (a closing byline the column wrapped ends the text: `…46万元。（通讯员 吴` / `珂）`)
    return not ends_sentence(last) and tail_byline(
        (" " if lang == "en" else "").join(x.s for x in prev.body.lines[-2:]), lang) is None


def text_tails(cons: list[Consumer]) -> None:
    """English: blocks at the top of a story's stack that read as running text (words in lower
    case that are not function words, or figures: the end of a division list, `Clause 7 was
    postponed.`) above a block that reads as a headline are the end of the story above, unless
    they lead on into what follows (a colon at their end)."""
    for prev, c in pairwise(cons):
        # (nothing goes on under a text that jumped to another page: `See HOSPITAL, Page A5`)
        if prev.body is None or prev.photo or not c.before or prev.jump_to is not None:
            continue
        blocks = _blocks(c.before)
        k = 0
        while k < len(blocks) - 1 and not blocks[k].furniture \
                and all(t.kind == "D" for t in blocks[k].tokens) \
                and any(_reads_as_text(t.text) for t in blocks[k].tokens) \
                and not _LEADS_ON.search(blocks[k].tokens[-1].text):
            k += 1
        display = [t for t in blocks[k].tokens if t.kind == "D"]
        # (a name alone is a byline's block, not a headline's: `Your bank wants…` / `Wade Olsen`)
        named = len(display) == 1 and PERSON.fullmatch(display[0].text) is not None
        if k and display and not named and not any(_reads_as_text(t.text) for t in display):
            moved = [t for b in blocks[:k] for t in b.tokens]
            prev.body.lines += [x for t in moved for x in t.lines]
            c.before = [t for b in blocks[k:] for t in b.tokens]


# a block ending on a colon (`…referred to above:—`) leads into what follows it
_LEADS_ON = re.compile(r"[:：]\W*$")


def _reads_as_text(s: str) -> bool:
    words = english_words()["function"]
    lower = [w for w in re.findall(r"[^\W\d_]+", s) if w[0].islower() and w not in words]
    letters = [ch for ch in s if ch.isalpha()]
    caps = len(letters) >= 6 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)
    # figures read as a list's end, unless set in capitals (`£2,000 DAMAGES FOR SEDUCTION.`)
    return bool(lower) or (sum(ch.isdigit() for ch in s) >= 2 and not caps)


def fold(cons: list[Consumer]) -> list[Consumer]:
    """Consumers with the bodies that went on them put back together."""
    out: list[Consumer] = []
    for c in cons:
        if c.joined and out and out[-1].body is not None and c.body is not None:
            last = out[-1]
            last.body = Token("BODY", last.body.lines + c.body.lines,  # type: ignore[union-attr]
                              signed=c.body.signed)
            last.after += c.after
            last.jump_to = c.jump_to or last.jump_to
        else:
            out.append(c)
    return out
