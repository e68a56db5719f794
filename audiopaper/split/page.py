"""One page → its stories in listening order, and the furniture left out.

The steps are separate modules: `shape` measures the extraction shape, `roles` labels the
lines and makes them tokens, `assign` hands each body
or photo its headline stack, `paragraphs` reflows the bodies and `stack` labels the stacks.
This module puts the pieces together, decides each story's kind and puts the lead first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from audiopaper.errors import SplitError
from audiopaper.model import Page
from audiopaper.split.assign import Consumer, assign, consumers_and_runs, fold, text_tails
from audiopaper.split.columns import unfold_columns
from audiopaper.split.lines import BRIEF_HEAD, furniture_kind
from audiopaper.split.paragraphs import build_body
from audiopaper.split.roles import label
from audiopaper.split.shape import page_lines
from audiopaper.split.stack import label_stack
from audiopaper.split.tables import with_traditional
from audiopaper.split.text import collapse_spaced_name, joined_paragraphs
from audiopaper.split.tokens import Token


@dataclass
class Story:
    """A story while the edition is being put together (mutable; becomes a model.Article)."""

    page: int
    kind: str = "news"
    kicker: str | None = None
    headline: str | None = None
    subheadline: str | None = None
    byline: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    continued_to: int | None = None
    continued_from: int | None = None


@dataclass
class PageResult:
    """A split page: stories in listening order, skipped furniture, and what its header says."""

    stories: list[Story]
    skipped: list[str]
    date: str | None = None
    printed_page: int | None = None


def split_page(page: Page) -> PageResult:
    """Split one page; raises SplitError when no story is found on it."""
    lang = page.lang
    lines, shape = page_lines(unfold_columns(page.lines))
    tokens = label(lines, shape, lang)
    cons, runs, furniture = consumers_and_runs(tokens, lang)
    leftover = assign(cons, runs, lang)
    if lang == "en":
        text_tails(cons)
    cons = fold(cons)
    brief_from = brief_column_start(tokens)
    printed = printed_page(tokens)
    made = [(c, story(c, lang, printed or page.page_no, brief_from)) for c in cons]
    scrap = [_scrap(s) for _, s in made]
    scraps = [c for (c, _), x in zip(made, scrap, strict=True) if x]
    if len(scraps) < sum(1 for _, s in made if s.paragraphs or s.headline):
        made = [m for m, x in zip(made, scrap, strict=True) if not x]
    else:
        scraps = []  # a page of scraps alone is read as it is: no page with text fails
    stories = _past_photos([s for _, s in made if s.paragraphs or s.headline], lang)
    if not stories:
        raise SplitError("no article found on the page", page.source)
    heads = column_heads(stories)
    # a photo credit left with neither picture title nor caption, or a byline with no text
    # under it, is skipped, not lost
    leftover += [c.body for c in scraps if c.body is not None]
    leftover += [t for c, s in made if not (s.paragraphs or s.headline)
                 for t in c.before + ([c.credit] if c.credit else []) + c.after
                 + ([c.body] if c.body else [])]
    # a stack's line the labelling left out of every field (a page's section over a story's
    # kicker, an ad's lines a later step took for furniture inside the stack) is skipped, not
    # lost; once (a column's head already taken off its first item is in `heads`)
    known = {(t.lines[0].no, t.text) for t in furniture + leftover}
    leftover += [t for c, s in made for t in _unsaid(c.before + c.after, s)
                 if (t.lines[0].no, t.text) not in known and t.text not in heads]
    skipped_tokens = sorted({id(t): t for t in furniture + leftover}.values(),
                            key=lambda t: t.lines[0].no)
    skipped = [t.text for t in skipped_tokens] + heads
    return PageResult(lead_first(stories), skipped, page_date(furniture), printed)


def _unsaid(tokens: list[Token], s: Story) -> list[Token]:
    """A stack's lines (display, byline, credit or furniture; not text) none of the story's
    fields holds (spaces and a hyphen the headline's joining took out aside); each field's
    text is matched once, so a label printed twice in one stack is said once and skipped once."""
    fields = re.sub(r"[\s\u00ad-]", "", " ".join(
        x for x in (s.kicker, s.headline, s.subheadline, s.byline) if x))
    out = []
    for t in tokens:
        if t.kind == "BODY":
            continue
        text = re.sub(r"[\s\u00ad-]", "", t.text)
        if text and text in fields:
            fields = fields.replace(text, "\0", 1)
        else:
            out.append(t)
    return out


# how a story's text opens: on its day (`4月23日，…`, `近日，…`) or on its dateline (`DUNMORE —`)
_STORY_OPENING = re.compile(with_traditional(r"\d{1,2}月\d{1,2}日|近日|日前|[A-Z][A-Z .'-]+ (—|–|--) "))


def _past_photos(stories: list[Story], lang: str) -> list[Story]:
    """A text with no head of its own (no kicker, headline, deck or byline) right after a
    photo, in page order, is the story before the photo going on past it: a picture set
    between two of its paragraphs.  (A single paragraph there may be another picture's
    caption whose credit was not read, and a text that opens as a story does, on its day or
    its dateline, is a story whose head was not read: they stay apart; a paragraph going on
    with a sentence in lower case is the text's, however short.)"""
    out: list[Story] = []
    for s in stories:
        bare = not (s.kicker or s.headline or s.subheadline or s.byline or s.continued_from) \
            and not (s.paragraphs and _STORY_OPENING.match(s.paragraphs[0]))
        if bare and len(out) >= 2 and out[-1].kind == "photo" and out[-2].kind != "photo" \
                and out[-2].continued_to is None \
                and (len(s.paragraphs) >= 2 or s.paragraphs[0][:1].islower()):
            out[-2].paragraphs = joined_paragraphs(out[-2].paragraphs, s.paragraphs, lang)
            out[-2].continued_to = s.continued_to
            continue
        out.append(s)
    return out


# the longest scrap, in characters: shorter than the least text that reads as running text
_SCRAP = 40


def _scrap(s: Story) -> bool:
    """A story of one short line of text and nothing else (no kicker, headline, deck, byline
    or jump), opening as a sentence does, never one going on in lower case: a box's line
    left over when the page gave no blank line to hold the box together (`Clear tonight, low
    48°.` under a weather head, `Seven-day outlook, A8`).  Of the labelled pages' stories,
    none is such a line; it is skipped, as the box is (the text stays in the page's skipped
    entries, not lost).  Forty characters and more may read as running text: a story."""
    if s.kicker or s.headline or s.subheadline or s.byline or s.continued_to \
            or s.continued_from or s.kind == "photo" or len(s.paragraphs) != 1:
        return False
    text = s.paragraphs[0]
    return len(text) < _SCRAP and not text[:1].islower()


def column_heads(stories: list[Story]) -> list[str]:
    """A label read as the kicker of a short item that another like it follows, with no
    label of its own (`FISHING REPORT` / `LAKE TAMSIN` / … / `OTTER RIVER` / …), heads
    the column of them all: it is taken off the first and skipped, as a column's head is."""
    heads = []
    for s, nxt in zip(stories, stories[1:]):
        # (a column's items look alike: signed at their end both, or neither)
        # (a label in capitals: a Chinese kicker is a line of the headline's, `…会议召开`)
        if s.kicker and s.kicker.isupper() and nxt.kicker is None \
                and (s.byline is None) == (nxt.byline is None) \
                and ((_brief(s) and _brief(nxt)) or _alike(s, nxt)):
            heads.append(s.kicker)
            s.kicker = None
    return heads


def _brief(s: Story) -> bool:
    """A column's item: a headline, no deck, three paragraphs at most, and unsigned or signed
    at its end (a capsule review's `— I.C.`), never a photo."""
    signed = s.byline is not None and not s.byline.startswith(("—", "–", "（", "("))
    return s.kind != "photo" and s.subheadline is None and not signed \
        and bool(s.headline) and 1 <= len(s.paragraphs) <= 3


def _alike(s: Story, nxt: Story) -> bool:
    """Two items printed alike, as a column prints its items (capsule reviews, each a title,
    the critic's name and a rating line over a few paragraphs): both signed over their text
    by the same writer, both with a deck, in six paragraphs at most, neither a photo."""
    return s.kind != "photo" and nxt.kind != "photo" and bool(s.headline and nxt.headline) \
        and s.byline is not None and s.byline == nxt.byline \
        and s.subheadline is not None and nxt.subheadline is not None \
        and 1 <= len(s.paragraphs) <= 6 and 1 <= len(nxt.paragraphs) <= 6


_NOT_FOLIO = ("weather", "index", "ad", "offer", "contact", "notice", "score")


def printed_page(tokens: list[Token]) -> int | None:
    """The page number printed in the page header (a bare number in the first block), so
    that `（下转3版）` finds page 3 even when the files were numbered by their order."""
    if not tokens or tokens[0].kind != "F":
        return None
    for line in tokens[0].lines:
        if any(furniture_kind(line.s, lang, True) in _NOT_FOLIO for lang in ("zh", "en")):
            continue  # a forecast's `low 52`, an index's `Sports 12` are no page number
        m = re.fullmatch(r"(\d{1,3})(\s.*)?|.*\s(\d{1,3})|第\s*(\d{1,3})\s*版(\s.*)?", line.s)
        if m:
            return int(m.group(1) or m.group(3) or m.group(4))
    return None


def brief_column_start(tokens: list[Token]) -> int | None:
    """Line number of a brief column's head (简讯, IN BRIEF): the stories after it are briefs."""
    for t in tokens:
        if t.kind == "F" and t.fkind == "logo" and BRIEF_HEAD.search(t.text):
            return t.lines[0].no
    return None


def story(c: Consumer, lang: str, page_no: int, brief_from: int | None) -> Story:
    """A consumer with its stack → a Story: stack labelled, body reflowed, kind decided.

    Shared by the text path and the PDF layout path (`layout`), which differ only in how
    they find the consumers and their stacks.
    """
    st = label_stack(c.before + c.after, lang, [x.s for x in c.body.lines] if c.body else ())
    s = Story(page_no, kicker=st.kicker, headline=st.headline, subheadline=st.subheadline,
              byline=st.byline, continued_to=c.jump_to, continued_from=c.jump_from)
    if c.body is not None:
        body = build_body(c.body.lines, lang, [t.text for t in c.before + c.after], c.body.signed)
        s.paragraphs = body.paragraphs
        if body.byline:
            inline = collapse_spaced_name(body.byline) if lang == "zh" else body.byline
            # both kept (no printed text is lost); the body's own byline speaks first
            s.byline = inline if s.byline is None else (
                f"{inline} {s.byline}" if _is_inline(body.byline) else f"{s.byline} {inline}")
        s.continued_to = body.continued_to or s.continued_to
        s.continued_from = body.continued_from or s.continued_from
    if c.photo:
        s.kind = "photo"
        credit = collapse_spaced_name(c.credit.text) if lang == "zh" else c.credit.text  # type: ignore[union-attr]
        s.byline = credit if s.byline is None else f"{s.byline} {credit}"
    else:
        start = c.body.lines[0].no if c.body else -1
        s.kind = _kind(s, brief_from is not None and start > brief_from)
    return s


def _is_inline(byline: str) -> bool:
    return "讯" in byline or "訊" in byline


def _kind(s: Story, in_brief_column: bool) -> str:
    """Story kind from its stack and byline (not scored, but said aloud by later stages)."""
    sub, by = s.subheadline or "", s.byline or ""
    if "评论员" in by or re.fullmatch(r"[□■]\s*[\u4e00-\u9fff](\s?[\u4e00-\u9fff]){1,3}", by):
        return "commentary"  # (a name alone after the mark signs a commentary)
    if re.search(r"[摄攝]）?$", by) and len(s.paragraphs) == 1 and not s.kicker:
        return "photo"  # a caption whose credit closes it: `…。（晚报记者 岑朗 摄）`
    if re.match(r"——\s*(专访|对话|访)", sub) or sum(
            bool(re.match(r"([问問]|答)[：:]", p)) for p in s.paragraphs) >= 2:
        return "interview"
    if in_brief_column and len(s.paragraphs) <= 3:
        return "brief"
    if sub.startswith("——记") or (by.startswith("本报记者") and s.paragraphs
                                  and not re.search(r"\d", s.paragraphs[0][:12])):
        return "feature"
    return "news"


def lead_first(stories: list[Story]) -> list[Story]:
    """Listening order: the lead story first, then the page's reading (extraction) order.

    The lead is the first story that is not a photo: a photo extracted over the lead's text
    comes after it.  A leader's meeting (a speech-verb kicker) is no sign of the lead on an
    inside page, where a feature may open the page above it.
    """
    text_stories = [s for s in stories if s.kind != "photo"]
    if not text_stories:
        return stories
    lead = text_stories[0]
    return [lead] + [s for s in stories if s is not lead]


_MONTHS = {m: n for n, m in enumerate(
    "JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER".split(),
    1)}


def page_date(furniture: list[Token]) -> str | None:
    """The edition date printed in the page header, as YYYY-MM-DD."""
    for n, t in enumerate(furniture):
        # the page's first furniture is its header, whatever kind its first line gave it
        if n and t.fkind not in ("date", "top", "masthead"):
            continue
        m = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", t.text)
        if m:
            return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}"
        m = re.search(r"([A-Z]{3,9}) (\d{1,2}), (\d{4})", t.text)
        if m and m[1] in _MONTHS:
            return f"{int(m[3]):04d}-{_MONTHS[m[1]]:02d}-{int(m[2]):02d}"
    return None
