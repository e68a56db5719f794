"""Give every story its headline stack, whether it was printed before or after the body.

Tokens alternate between *runs* (display lines, byline lines, furniture) and *consumers* (a
body, or a photo: caption + credit).  A headline printed after its body (extraction order
follows columns, not the page's visual order) means a run may belong to the body above it, the
body below it, or be split between them.  Each consumer should end with exactly one stack, so
the choice is made for the whole page at once by dynamic programming: the cost counts stories
left without a headline, plus small penalties for splitting a run and for giving a story two
bylines.  Within a run, the split keeps printed blocks whole, starts a stack at a kicker line
and ends one after a subheadline or byline line.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from audiopaper.split.lines import cue, inline_byline, slogan_shaped
from audiopaper.split.scan import Token

NO_HEADLINE, SPLIT, TWO_BYLINES, BROKEN = 1.0, 0.05, 0.5, 0.3


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
        if t.kind == "BODY":
            credit = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].kind == "CR" else None
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
        if t.kind == "CR":
            cons.append(Consumer(None, t, lang=lang))
            runs.append([])
        elif t.kind == "J":
            direction, page = t.jump  # type: ignore[misc]
            if direction == "to" and cons:
                cons[-1].jump_to = page
            else:
                pending_from = page
        else:
            if t.kind == "F":
                furniture.append(t)
            runs[-1].append(t)
        i += 1
    return cons, [_blocks(r) for r in runs], furniture


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


def _heads(blocks: list[Block]) -> list[int]:
    return [k for k, b in enumerate(blocks) if not b.furniture]


def min_prefix(blocks: list[Block]) -> int:
    """End (exclusive) of the smallest complete stack at the start of a run."""
    idx = _heads(blocks)
    if not idx:
        return 0
    k = idx[0]
    first = blocks[k]
    end = k + 1
    if _kicker_block(first):
        nxt = [j for j in idx if j > k]
        if nxt and not blocks[nxt[0]].byline_only:
            end = nxt[0] + 1
    # a subheadline and then a byline close the stack
    for want in ("role", "byline"):
        if end < len(blocks) and not blocks[end].furniture and \
                all(c == want for c in blocks[end].cues()) and \
                not blocks[end - 1].has_byline:
            end += 1
    return end


def min_suffix(blocks: list[Block], lang: str) -> int:
    """Start of the smallest complete stack at the end of a run (before its story's body)."""
    k = len(blocks)
    while k > 0 and blocks[k - 1].furniture:
        k -= 1
    if k == 0:
        return 0
    start = k - 1
    if blocks[start].byline_only and start > 0 and not blocks[start - 1].furniture:
        start -= 1
    cues = blocks[start].cues()
    if all(c in ("role", "byline") for c in cues) and start > 0 and not blocks[start - 1].furniture:
        start -= 1
    if start > 0 and not blocks[start - 1].furniture:
        prev = blocks[start - 1]
        if _kicker_block(prev) or (len(prev.tokens) == 1 and prev.tokens[0].kind == "D" and (
                prev.tokens[0].text.endswith("：")
                or (lang == "en" and _en_kicker(prev.tokens[0].text)))):
            start -= 1
    return start


def _kicker_block(b: Block) -> bool:
    """A block of display lines whose last line ends in a speech or occasion verb: a kicker,
    on one line or wrapped over two (`X在全县…暨` / `…大会上强调`)."""
    return (not b.furniture and len(b.tokens) <= 2 and all(t.kind == "D" for t in b.tokens)
            and b.cues()[-1] in ("speech", "occasion"))


def _en_kicker(text: str) -> bool:
    """A short ALL-CAPS label (`CITY COUNCIL`) printed above an English headline."""
    return text.isupper() and len(text.split()) <= 4


def split_run(blocks: list[Block], lang: str) -> tuple[list[Block], list[Block]] | None:
    """Split a run between the story above (prefix) and the story below (suffix), or None.

    Blocks left between the two minimal stacks join the prefix unless they are shaped like a
    slogan or logo (short parallel phrases): those are page furniture and belong to neither.
    """
    p_end, s_start = min_prefix(blocks), min_suffix(blocks, lang)
    if p_end == 0 or s_start >= len(blocks) or p_end > s_start:
        return None
    prefix = blocks[:p_end]
    if all(b.byline_only for b in prefix if not b.furniture):
        return None
    suffix = blocks[s_start:]
    if all(b.byline_only or b.furniture for b in suffix):
        return None
    for b in blocks[p_end:s_start]:
        if not b.furniture and not all(t.kind == "D" and slogan_shaped(t.text) for t in b.tokens):
            prefix.append(b)
    return prefix, suffix


def broken(blocks: list[Block]) -> float:
    """Penalty for a stack interrupted by furniture (headline blocks on both sides of it)."""
    kinds = [b.furniture for b in blocks]
    first = next((k for k, f in enumerate(kinds) if not f), None)
    last = next((k for k in range(len(kinds) - 1, -1, -1) if not kinds[k]), None)
    if first is None or last is None:
        return 0.0
    return BROKEN * sum(kinds[first:last + 1])


def assign(cons: list[Consumer], runs: list[list[Block]], lang: str) -> list[Token]:
    """Fill `before` / `after` of every consumer; returns display tokens left over (skipped)."""
    m = len(cons)
    if m == 0:
        return [t for r in runs for b in r for t in b.tokens if t.kind != "F"]
    INF = float("inf")
    # best[i][s]: least cost for runs 0..i-1 with consumer i-1 holding a headline (s=1) or not
    best = [[INF, INF] for _ in range(m + 1)]
    back: list[list[tuple[int, str] | None]] = [[None, None] for _ in range(m + 1)]
    has_d = [any(not b.furniture and not b.byline_only for b in r) for r in runs]
    splits = [split_run(r, lang) if 0 < i < m else None for i, r in enumerate(runs)]
    # run 0 goes to consumer 0
    best[1][1 if has_d[0] else 0] = 0.0
    back[1][1 if has_d[0] else 0] = (0, "next")
    for i in range(1, m):
        prev, nxt, run = cons[i - 1], cons[i], runs[i]
        for s in (0, 1):
            if best[i][s] == INF:
                continue
            base = best[i][s]
            opts: list[tuple[float, int, str]] = []
            penalty = TWO_BYLINES if (nxt.inline_byline and any(b.has_byline for b in run)) else 0
            opts.append((base + (0 if s else NO_HEADLINE) + penalty + broken(run),
                         1 if has_d[i] else 0, "next"))
            if not s and has_d[i] and not prev.photo and lang != "en":  # en heads lead
                opts.append((base + broken(run), 0, "prev"))
                sp = splits[i]
                if sp is not None:
                    two = TWO_BYLINES if (nxt.inline_byline and any(b.has_byline for b in sp[1])) else 0
                    opts.append((base + SPLIT + two + broken(sp[0]) + broken(sp[1]), 1, "split"))
            for cost, s2, how in opts:
                if cost < best[i + 1][s2]:
                    best[i + 1][s2], back[i + 1][s2] = cost, (s, how)
    # the last run goes to the last consumer if it lacks a headline; a line of short phrases
    # at the foot of the page, after the last story, is a banner slogan
    runs[m] = [Block([Token("F", t.lines, "slogan") for t in b.tokens])
               if all(t.kind == "D" and slogan_shaped(t.text, 8) for t in b.tokens) else b
               for b in runs[m]]
    has_d[m] = any(not b.furniture and not b.byline_only for b in runs[m])
    final = []
    for s in (0, 1):
        if best[m][s] == INF:
            continue
        cost = best[m][s]
        if not s and not (has_d[m] and not cons[-1].photo):
            cost += NO_HEADLINE
        final.append((cost, s))
    _, s = min(final)
    leftover: list[Token] = []
    if not s and has_d[m] and not cons[-1].photo:
        cons[-1].after = _tokens(runs[m])
    else:
        leftover += _tokens(runs[m])
    for i in range(m, 0, -1):
        ps, how = back[i][s]  # type: ignore[misc]
        run = runs[i - 1]
        if how == "next":
            cons[i - 1].before = _tokens(run)
        elif how == "prev":
            cons[i - 2].after = _tokens(run)
        else:
            prefix, suffix = splits[i - 1]  # type: ignore[misc]
            cons[i - 2].after, cons[i - 1].before = _tokens(prefix), _tokens(suffix)
            used = {id(b) for b in prefix + suffix}
            leftover += [t for b in run if id(b) not in used for t in b.tokens]
        s = ps
    return leftover


def _tokens(blocks: list[Block]) -> list[Token]:
    return [t for b in blocks for t in b.tokens]
