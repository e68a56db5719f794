"""English briefs' heads run into their text with no gap to show it, scored rather than ruled.

A column of briefs often prints each item's head on the line that starts its text, parted by
one space (`Porch thefts Residents of the…`), a colon (`Blood drive: The Red Cross…`), an old
page's stop and dash (`CHORAL SOCIETY.—The society…`) or nothing at all where a bold run lost
its space in extraction (`Cross-country opener movedThe Valley…`).  No one cue tells the head's
end: the shape's rules (`shape.run_in_head`) catch the clear cases, and where they find no
head this model is asked.  It weighs many small cues at every word boundary of a line that
may open an item: what the word after the split looks
like (a capitalised `The`, a number, a dateline in capitals, a lower-case word), what the head
looks like (its length, its case, a function word at its end, punctuation inside), what the
line above says (a sentence ended, a label in capitals), and whether the text under it says
the head's words again.  The weights are data (`data/run_in.toml`), fitted by
`bench/fit_run_in.py` on the tuning pages and judged on sets it was not fitted on; the
threshold is high, so that it says little and is seldom wrong (a false head cuts a story in
two); a lower one serves where three items or more close together each lean the same way,
since briefs come in columns set alike.
"""
from __future__ import annotations

import re
from functools import lru_cache

from audiopaper.common.files import parse_toml
from audiopaper.common.tables import package_text
from audiopaper.errors import RuleTableError
from audiopaper.split.lines import BRIEF_HEAD, CAPS_LABEL_LOOSE, CAPS_WORD, NUMBER_WORDS, cell_row
from audiopaper.split.tables import english_words
from audiopaper.split.text import content_stems, ends_sentence, stems_echoed

MAX_HEAD = 10  # words: a brief's head is short
# A column of items set alike: RUN items or more, each within RUN_GAP lines of the last, whose
# likeliest split scores over LOW and MARGIN over the next likeliest, read as heads together
# (measured on the tuning pages: with LOW 0.0, 12 runs read worse than with 1.5)
LOW, MARGIN, RUN, RUN_GAP = 1.5, 2.0, 3, 6
_NEIGHBOURS = 3  # item starts on each side whose verdicts count (`with_neighbours`)
_CJK = re.compile(r"[\u3400-\u9fff]")
_WIDE_GAP = re.compile(r" {3,}")
_WORD = re.compile(r"\S+")
_GLUE = re.compile(r"(?<=[a-z0-9.')’])(?=[A-Z][a-z])")  # `movedThe`, `0Nora`
_PUNCT = re.compile(r"[.,;!?\"“”()]")
_TRAILING_NONWORD = re.compile(r"\W+$")
_SEP_DASH = re.compile(r"(—|--|–|\.-)$")
_SEP_END = re.compile(r"(:|—|--|–|\.-|\.)$")
_VERB_END = re.compile(r"[a-z](s|ed)$")
_CELL_GAP = re.compile(r"\S {3,}\S")


@lru_cache(maxsize=1)
def weights() -> dict[str, dict[str, float]]:
    """The model's two weight tables (`data/run_in.toml`): `first`, a line's own cues;
    `second`, the same with its neighbour items' verdicts, and its `threshold`."""
    data = parse_toml(package_text("audiopaper.split", "data/run_in.toml"),
                      "audiopaper/split/data/run_in.toml", RuleTableError)
    return {t: {k: float(v) for k, v in data[t].items()} for t in ("first", "second")}


def context(raw: list[str] | tuple[str, ...], no: int) -> dict[str, bool] | None:
    """What the lines round line `no` say of it opening an item, or None where it cannot
    (no line above ended, no blank line or indent parts it from the text above, or it is a
    table's row)."""
    prev_no = no - 1
    while prev_no >= 0 and not raw[prev_no].strip():
        prev_no -= 1
    prev = raw[prev_no].strip() if prev_no >= 0 else ""
    line = raw[no]
    c = {
        "top": prev_no < 0,
        "blank": prev_no < no - 1,
        "indented": len(line) - len(line.lstrip(" ")) >= 2,
        "ended": bool(prev) and ends_sentence(prev),
        # (a stop that may be an abbreviation's: `…from 9 a.m. to 3 p.m.`)
        "stop": prev.endswith(".") and not ends_sentence(prev),
        "label": bool(prev) and (CAPS_LABEL_LOOSE.fullmatch(prev) is not None
                                 or BRIEF_HEAD.search(prev) is not None),
    }
    # (nor does a table's row in cells, `Marlow Creek     3-2     6-3`, or its head row,
    # `Final standings        League   Overall`: justified prose seldom spreads two gaps so
    # wide on one line; in the tuning pages 3 such lines of 261 hold a head run in)
    if not any(c.values()) or cell_row(line) or len(_WIDE_GAP.findall(line.strip())) >= 2:
        return None
    return c


def _splits(core: str) -> list[tuple[str, str, bool, bool]]:
    """Every place the head may end: after each of its first words, or inside a word where a
    capital follows a lower-case letter (`movedThe`): (head, rest, glued, gap).  The rest is
    as printed, its runs of spaces kept (cells in it), where only spaces part the head's words;
    `gap`: two spaces or more part head and rest."""
    spans = [(m.start(), m.end()) for m in _WORD.finditer(core)]
    words = [core[a:b] for a, b in spans]
    # (whether only plain spaces stand before each word: there the printed rest is known)
    spaced = [True] + [core[spans[i - 1][1]:spans[i][0]].strip(" ") == ""
                       for i in range(1, len(spans))]
    out = []
    plain = True  # only spaces part the words so far
    for k in range(1, min(len(words), MAX_HEAD + 1)):
        plain = plain and spaced[k - 1]
        head = " ".join(words[:k])
        if plain:
            end = spans[k - 1][1]
            after = len(core) - end - len(core[end:].lstrip(" "))
            out.append((head, core[end + after:], False, after >= 2))
        else:
            out.append((head, " ".join(words[k:]), False, False))
        if k < len(words):
            for m in _GLUE.finditer(words[k]):
                at = m.start()
                if 0 < at < len(words[k]):
                    glued_head = " ".join(words[:k] + [words[k][:at]])
                    rest = core[spans[k][0] + at:] if plain and spaced[k] \
                        else " ".join([words[k][at:]] + words[k + 1:])
                    out.append((glued_head, rest, True, False))
    return out


def features(head: str, rest: str, glued: bool, gap: bool, c: dict[str, bool],
             below: str, below_stems: frozenset[str]) -> dict[str, float]:
    """The cues of one split, by name (the weights' names).  (`below_stems`: the content
    stems of `below`, the same for every split of a line: found once by the caller.)"""
    fn = english_words()["function"]
    hw, rw = head.split(), rest.split()
    first = rw[0] if rw else ""
    bare = _TRAILING_NONWORD.sub("", hw[-1]).lower()
    f = {"bias": 1.0, "glued": float(glued), "gap": float(gap)}
    for name in ("top", "blank", "indented", "ended", "stop", "label"):
        f["ctx_" + name] = float(c[name])
    n = len(hw)
    f["len1"], f["len2"], f["len3_6"], f["len7"] = n == 1, n == 2, 3 <= n <= 6, n >= 7
    f["sep_colon"] = head.endswith(":")
    f["sep_dash"] = bool(_SEP_DASH.search(head))
    f["next_function"] = first[:1].isupper() and first.lower() in fn
    f["next_number"] = first[:1].isdigit() or first.lower() in NUMBER_WORDS
    f["next_caps"] = len(first) >= 2 and CAPS_WORD.fullmatch(first) is not None
    f["next_capital"] = first[:1].isupper() and not f["next_function"] and not f["next_caps"]
    f["next_lower"] = first[:1].islower() or first[:1] in ",;:.)"
    calendar = english_words()["calendar"]
    f["next_calendar"] = first.lower() in calendar or first.lower().rstrip(".,") in calendar
    f["rest_goes_on"] = any(w[:1].islower() for w in rw[1:4])
    tail = [w for w in hw[1:] if w[:1].isalpha()]
    f["head_lower"] = sum(w[:1].islower() for w in tail) / len(tail) if tail else 0.0
    letters = [ch for ch in head if ch.isalpha()]
    f["head_caps"] = len(letters) >= 3 and all(ch.isupper() for ch in letters)
    f["head_function_end"] = bare in fn
    f["head_stop"] = ends_sentence(head)  # (a sentence ends there; `St.`, `Oct.` end none)
    f["head_quote"] = head[:1] in "\"“‘'"
    f["head_punct"] = _PUNCT.search(_SEP_END.sub("", head)) is not None
    f["head_name_cut"] = hw[-1][:1].isupper() and first[:1].isupper() and not f["next_function"] \
        and n >= 2
    # (a headline says what happened, in a verb's present or past: `Quilt show returns`,
    # `Pantry hours extended`; a sentence's subject cut short does not, `Council member`)
    f["head_verb"] = any(w.islower() and _VERB_END.search(w) is not None
                         and w not in fn for w in hw[1:])
    # (`echoed_in(head, f"{rest} {below}")`: no content word spans the space, so the text's
    # stems are the rest's and those below)
    f["echoed"] = stems_echoed(content_stems(head), content_stems(rest) | below_stems)
    f["rest_short"] = len(rw) <= 2
    # (a rest of a few words that may end a headline, over a line opening anew: the line is a
    # headline whole, `Road crews pave Route 12` / `Crews will repave…`; not a text's first
    # words, which open on `The` or run on in lower case, `…moves indoors The Tamarack`)
    f["rest_ends_head"] = len(rw) <= 3 and first.lower() not in fn and below[:1].isupper() \
        and not any(w[:1].islower() for w in rw)
    f["rest_cells"] = _CELL_GAP.search(rest) is not None  # (another cell: a table's head row)
    # (small words make a sentence, not a head: `Services will be at 10:30 a.m.`)
    f["head_small_words"] = sum(w.lower() in fn for w in hw) >= 2
    return dict(zip(f, map(float, f.values())))  # (every cue a float: one pass in C)


def score(f: dict[str, float], table: str) -> float:
    """The log-odds of a split being the head's end, by one weight table."""
    w = weights()[table]
    return sum([w.get(k, 0.0) * v for k, v in f.items()])  # (a list sums faster than a generator)


Candidate = tuple[int, list[tuple[str, dict[str, float]]]]  # a line, its splits' heads and cues


def candidates(raw: list[str] | tuple[str, ...]) -> list[Candidate]:
    """The page's English lines that may open an item, each with every split's cues."""
    out: list[Candidate] = []
    for no, line in enumerate(raw):
        if len(line.split()) < 3 or _CJK.search(line):
            continue
        c = context(raw, no)
        if c is None:
            continue
        below = " ".join(x.strip() for x in raw[no + 1:no + 4])
        below_stems = content_stems(below)
        core = line.strip()
        out.append((no, [(head, features(head, rest, glued, gap, c, below, below_stems))
                         for head, rest, glued, gap in _splits(core)]))
    return out


def with_neighbours(cands: list[Candidate], first: dict[str, float]) -> list[Candidate]:
    """The cues again with the neighbour items' verdicts by the first table: briefs come in
    columns, so a head the items round a line show makes a head on it likelier (`Pet safety
    reminder Pavement…` among `Water use advisory The Tidewater…`)."""
    best = [max((sum([first.get(k, 0.0) * v for k, v in f.items()]) for _, f in splits),
                default=-1e9) for _, splits in cands]
    out: list[Candidate] = []
    for i, (no, splits) in enumerate(cands):
        near = [best[j] for j in range(max(0, i - _NEIGHBOURS), min(len(cands), i + _NEIGHBOURS + 1))
                if j != i and abs(cands[j][0] - no) <= 12 * _NEIGHBOURS]
        share = sum(z > 0 for z in near) / len(near) if near else 0.0
        out.append((no, [(h, {**f, "neighbours": share}) for h, f in splits]))
    return out



def heads(raw: list[str] | tuple[str, ...]) -> dict[int, str]:
    """The heads run into their lines' text, by line number: where a line's likeliest split
    scores over the model's threshold, or, in a run of RUN items or more close together, over
    a lower one in every item of the run (a column of briefs set alike)."""
    w = weights()
    found: dict[int, str] = {}
    best: list[tuple[int, float, str]] = []
    for no, splits in with_neighbours(candidates(raw), w["first"]):
        # (the likeliest split first, the earliest of equals: as the model always chose)
        zs = sorted((-score(f, "second"), i) for i, (_, f) in enumerate(splits))
        if not zs:
            continue
        z, i = -zs[0][0], zs[0][1]
        head, f = splits[i]
        margin = z + zs[1][0] if len(zs) > 1 else z
        if z > w["second"]["threshold"]:
            found[no] = head
        # (a run counts only sentence-case heads whose line goes on as text: not a label in
        # capitals, nor a headline whole on its line, `Wexmoor hosts second-place`)
        alike = margin >= MARGIN and not (f["head_caps"] or f["head_punct"] or f["rest_ends_head"])
        best.append((no, z if alike else -1e9, head))
    # (lines between that lean no way, a sentence's start inside an item, neither join a
    # run nor end it; a label in capitals between two items parts two columns, `BRIEFLY`)
    run: list[tuple[int, str]] = []
    for no, _, head in [b for b in best if b[1] > LOW] + [(len(raw) + RUN_GAP + 1, 0.0, "")]:
        if run and (no - run[-1][0] > RUN_GAP or any(
                CAPS_LABEL_LOOSE.fullmatch(raw[m].strip()) for m in range(run[-1][0] + 1, no))):
            if len(run) >= RUN:
                found.update(run)
            run = []
        run.append((no, head))
    return found
