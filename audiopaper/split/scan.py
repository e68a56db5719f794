"""Lines → tokens: furniture, display lines (headline material), bylines, credits, bodies.

The scan walks the page once, top to bottom, remembering whether the running text is "open"
(its last line did not end a sentence, so the next line must continue it).  A line read while
the text is closed is body text when it carries running-text punctuation or, lacking any, when
the geometry says it starts a paragraph: a first line is indented (a few cells narrower than the
full lines that follow it), a headline line is not.  Lines printed as one block with no blank
between them (headline lines, pull quotes, mastheads) are never body lines except the last.
"""
from __future__ import annotations

import re

from audiopaper.split.lines import (
    Line,
    byline_kind,
    cue,
    furniture_kind,
    inline_byline,
    jumps_in,
    slogan_shaped,
    tail_byline,
)
from audiopaper.split.tables import GROUP_KINDS, NOTICE_TAIL, english_words
from audiopaper.split.text import (
    SPEAKER,
    TURN_LABEL,
    ends_sentence,
    first_unit_width,
    has_body_punct,
    runs_on,
)
from audiopaper.split.tokens import INDENT, Token


class Scanner:
    """Classifies the lines of one page; `tokens()` is the only entry point."""

    def __init__(self, lines: list[Line], lang: str) -> None:
        self.L = lines
        self.lang = lang
        self.groups = _groups(lines)
        self.members: dict[int, list[int]] = {}
        for j, g in enumerate(self.groups):
            self.members.setdefault(g, []).append(j)
        self._fk: dict[int, str | None] = {}

    # ---- per-line facts -------------------------------------------------------------------
    def fkind(self, i: int) -> str | None:
        """Furniture kind of line i, `top` patterns only counting in the page-header block.

        A line of three or more equal short phrases standing alone (`抓项目 强产业 优环境
        惠民生`) is a banner slogan; as part of a headline block it prints with other lines.
        A byline of one-character parts (`□ 乔 木`) is not.
        """
        if i not in self._fk:
            k = furniture_kind(self.L[i].s, self.lang)
            parts = self.L[i].s.split()
            if (k is None and self.lang == "zh" and len(parts) >= 3 and slogan_shaped(self.L[i].s)
                    and len({len(p) for p in parts}) == 1 and not self.grouped_with_next(i)
                    and self.L[i].gap > 0 and not byline_kind(self.L[i].s, self.lang)):
                k = "slogan"
            if k is None or k in ("logo", "slogan"):
                k = furniture_kind(self.L[i].s, self.lang, self._in_header(i)) or k
            self._fk[i] = k
        return self._fk[i]

    def _in_header(self, i: int) -> bool:
        g = self.groups[i]
        return any(furniture_kind(self.L[j].s, self.lang) in ("date", "masthead")
                   for j in self.members[g] if j != i)

    def special(self, i: int) -> bool:
        """Line i is not plain text: furniture, a byline or credit, a jump line, a body start
        with a byline, or a cued headline line."""
        s = self.L[i].s
        return bool(self.fkind(i) or byline_kind(s, self.lang) or self.jump_line(i)
                    or self.starts_body(i) or (self.lang == "zh" and cue(s) == "role"
                                               and s.startswith("——")))

    def starts_body(self, i: int) -> bool:
        """Line i opens a new story's body: an inline byline or a `continued from` marker."""
        s = self.L[i].s
        if inline_byline(s, self.lang):
            return True
        return any(d == "from" and m.start() == 0 for d, _, m in jumps_in(s, self.lang))

    def jump_line(self, i: int) -> tuple[str, int] | None:
        """A line that is only a jump marker (`See BUDGET, Page A6`)."""
        for d, page, m in jumps_in(self.L[i].s, self.lang):
            if m.group(0).strip() == self.L[i].s:
                return d, page
        return None

    def closes(self, i: int) -> bool:
        """Line i ends the running text: a sentence end or a jump marker at its end, or the
        second half of a closing byline wrapped over two lines (`…800个。（通讯员` / `汪 洋）`)."""
        s = self.L[i].s
        if self._text_closes(s):
            return True
        if self.lang != "zh" or i == 0 or not s.endswith(("）", ")")):
            return False
        prev = self.L[i - 1].s
        m = tail_byline(prev + s, self.lang)
        return bool(m and 0 < m.start() < len(prev) and ends_sentence(prev[:m.start()]))

    def _text_closes(self, s: str) -> bool:
        for d, _, m in jumps_in(s, self.lang):
            if d == "to" and m.end() >= len(s) - 1:
                return True
        tail = tail_byline(s, self.lang)
        if tail and tail.start() > 0:
            s = s[:tail.start()]
        return ends_sentence(s)

    def grouped_with_next(self, i: int) -> bool:
        return i + 1 < len(self.L) and self.L[i + 1].gap == 0

    # ---- is this line body text? ------------------------------------------------------------
    def body_start(self, i: int, after_byline: bool) -> bool:
        """Decide whether line i, read while the running text is closed, is body text."""
        x = self.L[i]
        if self.grouped_with_next(i):
            return False
        if self.starts_body(i):
            return True
        if self.lang == "en":
            if x.gap == 0 and not after_byline:
                return False  # printed in one block with a display line: a deck's second line
            return after_byline or self._en_body(i)
        if TURN_LABEL.match(x.s):
            return True  # an interview question (`记者：…？`), however short
        if has_body_punct(x.s) or runs_on(x.s) or ends_sentence(x.s):
            if self._above_byline_line(i) or self._exclaims_over_body(i):
                return False  # a headline with a comma (`天热了，…`) standing over its byline
            # a question headline (`谁来修？`) unless the line starts a paragraph
            return not self._display_punct(x.s) or self._indented_first_line(i)
        if x.gap == 0 or x.text[:1].isspace():
            return False  # printed in one block with a display line, or set off like a photo title
        return self._indented_first_line(i)

    def _jumps_away(self, i: int) -> bool:
        """Line i ends with a `（转3版）` marker: this part of the story ends here, so the text
        after it belongs to another story even when it looks like running text."""
        s = self.L[i].s
        return any(d == "to" and m.end() >= len(s) - 1 for d, _, m in jumps_in(s, self.lang))

    def _exclaims_over_body(self, i: int) -> bool:
        """A short line ending in ！ or ？ right above a body that opens with its byline
        (`暑期防溺水，这份提醒请收好！` / `本报讯（记者 X）…`) is that body's headline."""
        s = self.L[i].s
        return (s[-1:] in "？！?!" and len(s) <= 24 and i + 1 < len(self.L)
                and self.starts_body(i + 1) and not self._indented_first_line(i))

    def _above_byline_line(self, i: int) -> bool:
        """Line i does not end a sentence and the next line is a byline line (`文/图 X`,
        `本报记者 X`): running text never breaks off into a byline, a headline does."""
        s = self.L[i].s
        return (i + 1 < len(self.L) and not ends_sentence(s) and not runs_on(s)
                and byline_kind(self.L[i + 1].s, self.lang) == "line")

    def _display_punct(self, s: str) -> bool:
        """Headline lines may end in ？ or ！ (`谁来修？`); they hold no other punctuation."""
        return s[-1:] in "？！?!" and not has_body_punct(s[:-1]) and len(s) <= 24

    def _body_like(self, j: int) -> bool:
        """Line j reads as a line of running text (used to vet a candidate first line)."""
        if j >= len(self.L) or self.L[j].gap == 0 or self.special(j) or self.grouped_with_next(j):
            return False
        if cue(self.L[j].s) in ("speech", "occasion") and not has_body_punct(self.L[j].s):
            return False
        if has_body_punct(self.L[j].s) or self.closes(j):
            return True
        k = j + 1
        return k < len(self.L) and self.L[k].gap > 0 and not self.special(k)

    def _indented_first_line(self, i: int) -> bool:
        """An unpunctuated line starts a paragraph when the next line is running text a few
        cells wider (the first line is indented) and that line is not itself indented."""
        x = self.L[i]
        j = i + 1
        if not self._body_like(j):
            return False
        y = self.L[j]
        if not 2 <= y.width - x.width <= 10:
            return False
        k = j + 1
        if k < len(self.L) and self.L[k].gap > 0 and not self.special(k) and not self.closes(j):
            z = self.L[k]  # punctuation hung past the edge may widen it
            if min(abs(z.width - y.width), abs(z.core - y.width)) > 3 or z.core - y.width > 2:
                return False  # (a line after it that is clearly wider: it is itself indented)
        return True

    def _new_column(self, i: int, body: Token) -> bool:
        """A paragraph that starts in another column is another story's body (a story may
        follow the previous one's body directly, its headline printed after it).

        In the same column a first line is the column width less the indent; a first line
        that is wider than the old column, or far narrower, with the lines after it of a
        different width too, starts a new column.  (A column that widens *inside* a story,
        below an inset, does so after a first line that still fits the old one.)
        """
        if self.lang != "zh" or len(body.lines) < 3:
            return False
        recent = sorted(line.core for line in body.lines[-7:])
        col = max(recent[-2], body.lines[-2].width)
        first = self.L[i].width
        if col - 8 < first < col + 2:
            return False
        middle: list[int] = []
        j = i
        while len(middle) < 5 and not self.closes(j) and j + 1 < len(self.L):
            j += 1
            if self.L[j].gap == 0 or self.special(j):
                break
            if self.closes(j):
                if not middle and self.L[j].core > col + 2 and 2 <= self.L[j].core - first <= 10:
                    return True  # an indented first line, then a line wider than the old column
                break
            middle.append(self.L[j].width)
        if not middle or (len(middle) < 2 and abs(first + INDENT - middle[0]) > 1):
            return False  # one full line is enough when the first line is its indented form
        return abs(sorted(middle)[len(middle) // 2] - col) >= 4

    def _continues(self, i: int, body: Token | None, out: list[Token]) -> bool:
        """A sentence may end exactly at the end of a full line with the paragraph going on:
        a full line right after such a line, followed by running text, continues the body.

        The column is the most common width around (lines before and after); the line before
        may be its paragraph's first line, full within the indent.
        """
        if body is None or _last_text(out) is not body or self.grouped_with_next(i):
            return False
        ahead = [self.L[j].width for j in range(i, min(i + 4, len(self.L)))
                 if self.L[j].gap > 0 and not self.special(j)]
        col = _mode([line.width for line in body.lines[-6:]] + ahead)
        prev, x = body.lines[-1], self.L[i]
        first = len(body.lines) == 1 or self._text_closes(body.lines[-2].s)
        if self._short_last_paragraph(i, col):
            return True
        if i + 1 >= len(self.L) or x.width + first_unit_width(self.L[i + 1].s) <= col:
            return False  # what follows would have fitted: a line of its own, not a full line
        return (prev.width >= col - 2 - (INDENT if first else 0) and abs(x.width - col) <= 2
                and self._body_like(i + 1) and not self.special(i))

    def _tail_byline_line(self, i: int) -> bool:
        """Line i is only a closing byline (`（通讯员 X）`), printed below the last line."""
        m = tail_byline(self.L[i].s, self.lang)
        return bool(m and m.start() == 0 and not self.grouped_with_next(i))

    def _next_turn(self, i: int, body: Token | None, out: list[Token]) -> bool:
        """In an interview body (one that already holds a turn), a line opening with a
        speaker's label is the next turn even without punctuation on its first line."""
        if self.lang != "zh" or body is None or _last_text(out) is not body:
            return False
        return (bool(SPEAKER.match(self.L[i].s)) and not self.special(i)
                and not self.grouped_with_next(i)
                and any(SPEAKER.match(line.s) for line in body.lines))

    def _short_last_paragraph(self, i: int, col: int) -> bool:
        """A two-line paragraph after a closed one: line i is a first line filling the column
        less the indent (the next line's first piece would not have fitted) and holds no
        punctuation; the next line ends the sentence short of the column.  A headline line
        after a body is not forced to wrap like that, nor followed by a short closing line."""
        x, j = self.L[i], i + 1
        if self.lang != "zh" or j >= len(self.L) or self.special(i) or has_body_punct(x.s):
            return False
        y = self.L[j]
        cap = col - INDENT
        return (abs(x.width - cap) <= 1 and x.width + first_unit_width(y.s) > cap
                and y.gap > 0 and not self.grouped_with_next(j) and not self.special(j)
                and self.closes(j) and y.core < col - 2)

    def _en_body(self, i: int) -> bool:
        """English: a line without end punctuation is a headline when the next line starts a
        new sentence and the line itself does not run on (ends in `of`, starts with `The`)."""
        s = self.L[i].s
        if has_body_punct(s) or runs_on(s) or ends_sentence(s) or " — " in s:
            return True
        j = i
        while j < len(self.L) and not ends_sentence(self.L[j].s) and not self.special(j):
            j += 1
        jump = self.jump_line(j) if j < len(self.L) else None
        if (j < len(self.L) and j > i and self.special(j) and not self.starts_body(j)
                and not (jump and jump[0] == "to")):
            return False  # unpunctuated lines running into a byline: a headline
            # (running into a `See X, Page A5` line they are a paragraph cut by the jump)
        words = english_words()["function"]
        last = re.sub(r"\W+$", "", s.split()[-1]).lower() if s.split() else ""
        if last in words:
            return True
        if re.match(r"(The|A|An|This|These|Those|Its|Their|Our)\s", s):
            return True
        j = i + 1
        if j >= len(self.L):
            return False
        nxt = self.L[j].s
        return bool(nxt[:1].islower())

    # ---- the scan --------------------------------------------------------------------------
    def tokens(self) -> list[Token]:
        L, out = self.L, []
        body: Token | None = None
        open_ = False
        after_byline = False
        i = 0
        while i < len(L):
            line = L[i]
            if open_ and body is not None:
                if self.grouped_with_next(i) and i + 1 < len(L):
                    # a block printed inside running text: a pull quote; the text goes on after it
                    j = self._group_end(i)
                    out.append(Token("F", L[i:j + 1], "pullquote"))
                    i = j + 1
                    continue
                if not self.jump_line(i) and not byline_kind(line.s, self.lang):
                    body.lines.append(line)
                    open_ = not self.closes(i)
                    if self._jumps_away(i):
                        body = None
                    i += 1
                    continue
            open_ = False
            if body is not None and _last_text(out) is body and self._tail_byline_line(i):
                body.lines.append(line)  # `（通讯员 X）` set on a line of its own
                i += 1
                continue
            f = self._furniture_at(i)
            if f is not None:
                tok, i = f
                if out and out[-1].kind == "F" and out[-1].fkind == tok.fkind and tok.fkind != "pullquote":
                    out[-1].lines.extend(tok.lines)
                else:
                    out.append(tok)
                body, after_byline = None, False
                continue
            jl = self.jump_line(i)
            if jl:
                out.append(Token("J", [line], jump=jl))
                if jl[0] == "to":
                    body = None
                # a `（接1版）` line of its own: the continued text follows, maybe mid-sentence
                after_byline = after_byline or jl[0] == "from"
                i += 1
                continue
            bk = byline_kind(line.s, self.lang)
            if bk:
                out.append(Token("BY" if bk == "line" else "CR", [line]))
                body, after_byline = None, bk == "line"
                i += 1
                continue
            if (self.body_start(i, after_byline) or self._continues(i, body, out)
                    or self._next_turn(i, body, out)
                    or (after_byline and self.lang == "zh" and not self.grouped_with_next(i)
                        and out[-1].kind == "J")):
                if (body is None or self.starts_body(i) or _last_text(out) is not body
                        or self._new_column(i, body)):
                    body = Token("BODY", [])
                    out.append(body)
                body.lines.append(line)
                open_ = not self.closes(i)
                after_byline = False
                if self._jumps_away(i):
                    body = None
                i += 1
                continue
            out.append(Token("D", [line]))
            body, after_byline = None, False
            i += 1
        return out

    def _group_end(self, i: int) -> int:
        j = i
        while j + 1 < len(self.L) and self.L[j + 1].gap == 0:
            j += 1
        return j

    def _furniture_at(self, i: int) -> tuple[Token, int] | None:
        """Furniture starting at line i, as (token, next index); None when line i is not."""
        g_end = self._group_end(i)
        kinds = [self.fkind(j) for j in range(i, g_end + 1)]
        k = kinds[0]
        if k is None and g_end > i and kinds[-1] in GROUP_KINDS:
            k = kinds[-1]  # a series tag or masthead whose last line names it
        if k is None:
            return None
        end = g_end if (k in GROUP_KINDS and (kinds[-1] is not None or k != "logo")) else i
        if k == "logo" and kinds[0] == "logo" and g_end > i and kinds[-1] is None:
            end = i  # a column logo printed above a headline: the headline stays
        if k == "notice":
            end = self._notice_end(end)
        return Token("F", self.L[i:end + 1], k), end + 1

    def _notice_end(self, j: int) -> int:
        """A paid notice runs on until other furniture, a byline or the end of the page."""
        while j + 1 < len(self.L):
            n = j + 1
            k = self.fkind(n)
            if (k and k not in NOTICE_TAIL) or byline_kind(self.L[n].s, self.lang) \
                    or self.starts_body(n):
                break
            j = n
        return j


def _mode(widths: list[int]) -> int:
    """The most common width (the larger one on a tie): a column's full-line width."""
    return max(set(widths), key=lambda w: (widths.count(w), w))


def _last_text(out: list[Token]) -> Token | None:
    """The last token that is not a pull quote (running text goes on after one)."""
    for t in reversed(out):
        if not (t.kind == "F" and t.fkind == "pullquote"):
            return t
    return None


def _groups(lines: list[Line]) -> list[int]:
    """Block number of every line: lines with no blank between them share one."""
    out, g = [], -1
    for line in lines:
        if line.gap > 0:
            g += 1
        out.append(g)
    return out


def scan(lines: list[Line], lang: str) -> list[Token]:
    """Tokens of a page, in extraction order."""
    return Scanner(lines, lang).tokens()
