"""Line roles from the weight of many cues, decoded as a sequence.

Every line gets a score for each role: furniture `F`, display `D` (headline-stack material),
byline `BY`, photo credit `CR`, jump line `J` and body `B`.  The scores add up evidence: the
pattern tables (as evidence, not verdicts), punctuation, the line's width against the column
measured around it, speech/occasion/role verbs, letter case, and the blank lines only as far
as the page's extraction shape makes them mean something (`shape`).  A Viterbi pass then picks
the best sequence under a page grammar: running text that has not ended its sentence goes on
in the next line, display lines gather, furniture comes in blocks.  No single cue decides.

The decoded lines become the tokens the rest of the splitter works with (`tokens`): bodies
are cut into stories where the evidence says a new one starts (an inline byline, a jump
marker, a change of column width after a sentence end, a closing byline).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace

from audiopaper.split.lines import (
    ANY_DATELINE,
    BRACKET_HEAD,
    BRACKETED_NOTE,
    BRIEF_HEAD,
    CAPS_LABEL,
    CAPTION_OPENER,
    DATELINE,
    LIFE_DATES,
    PERSON,
    ROLE_NOUN,
    ROLE_WORD,
    SHOWINGS,
    SIGNED_NAMES,
    TOWN,
    ZH_SIGNED,
    Line,
    affiliated_name,
    byline_kind,
    cell_row,
    cue,
    figure_row,
    furniture_kind,
    inline_byline,
    jumps_in,
    short_brief_head,
    slogan_shaped,
    tail_alone,
    tail_byline,
)
from audiopaper.split.paragraphs import breaks_after
from audiopaper.split.shape import PARAGRAPH_LINE, Shape
from audiopaper.split.tables import (
    GROUP_KINDS,
    NOTICE_TAIL,
    english_lexicon,
    english_words,
    weights,
    with_traditional,
)
from audiopaper.split.text import (
    ABBREVIATION,
    CLOCK_END,
    EN_SALUTATION,
    PAUSES,
    SPEAKER,
    TURN_LABEL,
    echoed_in,
    ends_sentence,
    has_body_punct,
    open_quotes,
    pair_share,
    runs_on,
    said_again,
    set_width,
)
from audiopaper.split.tokens import Token

ROLES = ("F", "D", "BY", "CR", "J", "B")
F, D, BY, CR, J, B = range(6)
NEG = -1e9

# Weights of the evidence (log-odds units), as data: `data/weights.toml` says what each is.
W = weights()
# How unlikely running text is to stop mid-sentence before each role: never before a byline,
# rarely before display lines (a photo or pull quote set into it), often before furniture (an ad
# or box beside the column) or a jump line (`See BUDGET, Page A6`).
_BREAK_INTO = (0.6, 1.0, 2.0, 1.0, 0.2, 0.0)
# a surname (hyphenated too, `Okafor-Reyes`) and the verb of saying after it, opening a line
# (`Minter said residents…`)
_NAME_SAID = re.compile(r"[A-Z][a-z'’-]+(-[A-Z][a-z'’]+)?,? (said|says|told|added|noted|explained|wrote|asked|recalled|agreed)\b")
# a name and a verb in the past or present after it, opening a line: a title in capitals
# above it was the name's (`Brannock County District Judge` / `Amelia Stroud handed down…`)
_NAME_VERB = re.compile(r"[A-Z][a-z'’-]+( [A-Z]\.)? [A-Z][a-z'’-]+ [a-z]{3,}(ed|es)\b")
# what parts an advertisement's items printed on one line (`SALE -- Sofas from $299 -- Open 7 days`)
_AD_PARTS = re.compile(r" (?:--|—|–|•|\||·) ")
# a name's last word and its verb opening a line (`Club met…`, `Homemakers will meet…`)
_NOUN_VERB = re.compile(r"[A-Z][a-z'’-]+ (will|would|is|are|was|were|has|have|had|met|[a-z]{3,}(ed|es))\b")
# a capitalised word and a comma (`Nunez,`, `Dunmoor,`)
_NAME_COMMA = re.compile(r"[A-Z][a-z'’-]+,")
_CJK_SPACE = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff]")
_OPEN_END = ("，", "、", "；", "：", ",", ";")
# A data box's item: a short label, a space and one to three figures with their units (`地区生产
# 总值 186.4亿元 增长6.1%`; a headline runs its figure on without a space), or a figure, a colon
# and a label in lower case.
_TEAM_SCORE = r"[A-Z][\w.'-]*( [A-Z][\w.'-]*){0,3} \d{1,3}(-\d{1,3})?"
# a line that ends a sentence within its first few characters goes on with one from above
_RESUMES = re.compile(r"^[^，。！？、；：\s]{1,8}[。！？、]")
# characters bound to the word after them: a line ending on one runs on (`…马拉松将于` /
# `11月23日…`); a headline seldom ends so
_BOUND_END = "的于在对把被将向从和与及"
# a letter's salutation opening its text (`编辑同志：`, `尊敬的市长：`)
_SALUTATION = re.compile(with_traditional(r"^(尊敬的)?[\u4e00-\u9fff]{2,6}[：:]"))
# the longest line under a closing byline still taken for the next story's headline
_TAIL_NEXT_MAX = 20
# a line opening with one character and a pause mark (`所、“九小场所”…`), or with `的` (`的青菜、
# 番茄…`), ends the word or phrase the line above broke off: no text's first line opens so
_FRAGMENT = re.compile(r"^([\u4e00-\u9fff][，。、；：！？]|的(?!确))")
_SOURCED = re.compile(with_traditional(r"^记者(\d{1,2}日|近日|昨日|昨天|今天)?从"))
# an abbreviation's stop at a line's end (`a.m.`, `Dr.`, `U.S.`): no sure sentence end (a
# headline may end `…start to 8:30 a.m.`)
_ABBREVIATION_END = re.compile(ABBREVIATION.pattern + "$")
# (names may be hyphenated or carry a nickname in quotes: `Everett "Bud" Lindqvist, 92`)
_AFFILIATION = r"[A-Z][\w'.&-]*( ([a-z]{1,3}|[A-Z][\w'.&-]*)){1,6}"
_OBIT_NAME = r"[A-Z][a-z]+( ([A-Z][a-z]*\.?|[\"“][A-Z][a-z]+[\"”]))* [A-Z][a-z]+(-[A-Z][a-z]+)?, \d{1,3}"
_NAME_AGE = re.compile(_OBIT_NAME + "$")
# ... and the name and the age opening what the headline says they did (`…, 93, taught`)
_NAME_AGE_LEAD = re.compile(_OBIT_NAME + ", [a-z]")
# (after a dash: `— Ann Lee, Eastgate`; the town may be the group the writer speaks for, in
# capitalised words and small joining words: `Friends of the Pell's Crossing Library`)
# (the writer's role may stand between: `Gordon Achebe, owner, Falls Avenue Hardware`; the
# town be the country round it: `…, rural Quillan`)
# (the writer's road or box before the town: `— Ann Lee, Route 2, Eastgate`, `…, 14 Elm St.,
# Eastgate`)
# (a British writer's street without its number: `Tom Ashcroft, Harbour Row, Marrowby`)
_ADDRESS = r"((Route|Rte\.|RR|Rural Route|Box|P\.O\. Box) \d{1,5}|(\d{1,5} )?[A-Z][a-z]+( [A-Z][a-z]+)* (St|Ave|Rd|Road|Street|Avenue|Lane|Ln|Dr|Drive|Way|Row|Close|Terrace|Crescent|Court|Place|Gardens|Square|Green)\.?), "
# (or a letter the paper prints without naming its writer: `Name and address withheld`)
_SIGNATURE = re.compile(f"([—–]|--)? ?{SIGNED_NAMES} ([a-z]+( [a-z]+){{0,2}}, )?({_ADDRESS})?((rural |near )?{TOWN}|{_AFFILIATION})"
                        r"|Name( and address)? (supplied|withheld)( by request)?")
# the names alone, the town on the line under them (`Ruth Abernathy` / `Cedar Hollow`)
# the most lines a story's stack (headline and deck) takes between its kicker and its byline
_STACK_REACH = 7
_ROW_LIKE = re.compile(r"[\w'’ ]{1,20}: \S")  # a labelled item's row (`Cash Pop: 12`)
_NAMES_ALONE = re.compile(f"([—–]|--)? ?{SIGNED_NAMES.removesuffix(',')}")
_TOWN = re.compile(TOWN)
# a person's surname alone, no capitalised word before it, who speaks or whom the text goes on
# to describe (`Ekberg said`, `Ekberg, who runs…`, `Benning, 57, started…`)
_LONE_SURNAME = re.compile(r"(?:^|[.,;:!?\"”’]\s|\s[a-z][\w’'-]*\s)(?P<name>[A-Z][a-z]{2,})"
                           r"(?: said| says| added| recalled|, who |, \d{1,3}, )")
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]+")  # (a banner's phrase: no brackets, no figures)
_HALF_WIDTH = re.compile(r"[0-9A-Za-z]")
_AMBIGUOUS = re.compile(r"[“”‘’—…·]")
_PAUSE = re.compile(r"[，、；：]")
# who stands where in a photo (`（左）`, `（右二）`, `（前排左三）`): a caption's words
_PLACED = re.compile(with_traditional(r"（(前排|后排|中排)?(左|右|中)[一二三四五六七八九\d]?）"))
# (a unit per measure and a change by an arrow: `生猪 15.20元/公斤 ↑0.30`, `油菜籽 6.10元/公斤 →`)
_FIGURE_LINE = re.compile(r"^([\u4e00-\u9fff]( [\u4e00-\u9fff](?=（))?[\u4e00-\u9fff（）]{1,13}(\s+[\u4e00-\u9fff]{0,4}\s?[↑↓+-]?[\d.,]+(-[\d.,]+)?\s*[\u4e00-\u9fff%]{0,4}(/[\u4e00-\u9fff]{1,3})?){1,3}(\s+([↑↓→][\d.,]*|持平))?"
                          # (a change column's word for none: `持平`)
                          # a programme's or a showing's time and name (`18:30 直播栖梧`)
                          # (a listing's date before it: `9月13日 19:30越剧《五女拜寿》苇川大剧院`,
                          # or its days: `11月15日—17日 19:30 …`)
                          r"|(\d{1,2}月\d{1,2}日([—–-]\d{1,2}日)?\s*)?\d{1,2}:\d\d\s*[^，。,.;；!?！？]{2,30}"
                          # (`7 p.m. — College basketball: Pinon Valley at Ironwood, KBSN`)
                          # (at noon, and a station's web address after it: `Noon — College
                          # football: State at Lakeshore, Channel 8`, `…, WTVR 1340 AM and
                          # tvregister.example/live`)
                          r"|(\d{1,2}(:\d\d)? ?[ap]\.m\.|Noon|Midnight) [—–-] [A-Z][^!?]{2,100}"
                          r"|[\d,.]+%?:\s+[a-z][a-z ]{2,40}"
                          # a result between two sides (`新桥乡队 62∶63 东关街道队`)
                          r"|[\u4e00-\u9fff]{2,10}\s*\d{1,3}\s*[∶:：比]\s*\d{1,3}\s*[\u4e00-\u9fff]{2,10}$"
                          # a leader's label and the figure it names (`得分最高：河西镇队 萧峰 28分`)
                          r"|[\u4e00-\u9fff]{2,6}[：:][^，。；！？：:]{0,16}?\d+(\.\d+)?[\u4e00-\u9fff%]{0,2}$"
                          # results and standings: `Oakhurst 27, Ridgeline 24 (OT)`, `Wendell 2-0 | Pell 1-1`
                          rf"|{_TEAM_SCORE}(,| \|) {_TEAM_SCORE}( \([\w .-]+\))?"
                          # (under a sport and a round's label: `Volleyball -- Class 2A Region 4
                          # final: Cadwell Prairie 3, Marrowby 2`; its sets' scores under it in
                          # brackets, `(25-21, 22-25, 15-11)`)
                          rf"|[A-Z][\w'’ ]{{1,20}} (--|—|–) [^:]{{2,50}}: {_TEAM_SCORE}(,| \|) {_TEAM_SCORE}.*"
                          r"|\((\d{1,2}-\d{1,2}, ){2,}\d{1,2}-\d{1,2}\)"
                          # (a match won in sets, `Kestrel Valley def. Orton Falls 15-9, 15-11`;
                          # a meet's placings after its label, `Tri-County meet: 1. Wexley 38, 2. …`)
                          r"|[A-Z][\w.'-]*( [A-Z][\w.'-]*){0,3} def\. [A-Z][\w.'-]*( [A-Z][\w.'-]*){0,3}( \d{1,2}-\d{1,2},?)+$"
                          r"|[^:.]{2,40}: 1\. [A-Z][\w.' -]+ \d{1,3}, 2\. .*"
                          # a figure first, with its unit and a change (`15862元 同比增长6.5%`)
                          r"|[\d.,]+\s*[\u4e00-\u9fff%]{1,4}(\s+[\u4e00-\u9fff]{0,4}[↑↓+-]?[\d.,]+\s*[\u4e00-\u9fff%]{0,4}){0,2}"
                          # an exchange rate's row: the currency, its code and the rates (`美元
                          # USD 724.36 727.40`, `欧元（€）EUR 762.85 768.47`)
                          r"|[\u4e00-\u9fff（）€$£¥]{1,8} ?[A-Z]{3}( \d[\d.,]*){1,3}"
                          # a result between two sides (`运河竞技 2:0 南湖联`)
                          r"|[\u4e00-\u9fffA-Za-z0-9]{2,10} \d{1,3}[:：]\d{1,3} [\u4e00-\u9fffA-Za-z0-9]{2,10}"
                          # a standings row: a name and three figures or more (`Hollis 5-1 8-2 377 190`)
                          # (`Brenton 14 3 .824 -`: a percentage, a dash for none; a line score
                          # with its total, `Ridgeline 7 10 7 0 — 24`)
                          # (games behind in halves, or a dash for none: `Corliss Bay 68 49 .581
                          # 1½`, `Tamsin Harbor 70 48 .593 —`; a pitcher's decision after the
                          # name: `Whitlock W,11-6 6 6 3 3 1 8`)
                          r"|[A-Z][\w.'-]*( [A-Z][\w.'-]*){0,3}( [WLS],\d{1,2}(-\d{1,2})?)?( (\d{1,4}(-\d{1,3})?|\.\d{3})){3,}"
                          # (a typewriter's dash, `--`, as well: `Dunsmere 0 7 0 21 -- 28`)
                          r"( [—–-]| (--|[—–-]) \d{1,3}| \d{0,3}½)?"
                          # a box score's notes: abbreviations and what they count (`E — Quist.
                          # LOB — Pell River 6, Corliss Bay 5.`, `T — 2:41. A — 6,112.`)
                          r"|([A-Z0-9]{1,3} [—–] [^.!?]+\.\s*)+"
                          # a basketball box score's players, field goals, free throws and
                          # points run on (`Ames 9-17 0-0 24, Penn 5-14 4-4 14,`), and its
                          # team's totals (`Lyle 3-5 2-2 8. Totals 30-61 11-13 77.`)
                          r"|([A-Z][\w'’.-]+ \d{1,2}-\d{1,2} \d{1,2}-\d{1,2} \d{1,3}[,.]( |$)){2,}.*"
                          r"|.*\bTotals \d{1,3}-\d{1,3} \d{1,3}-\d{1,3} \d{1,3}\.?"
                          # a side in capitals and its record over its players (`KESTREL FALLS (14-6)`)
                          r"|[A-Z][A-Z.'’-]*( [A-Z][A-Z.'’-]*){0,3} \(\d{1,2}-\d{1,2}\)"
                          # (a game of two halves: `Hawks 28 35 — 63`)
                          r"|[A-Z][\w.'-]*( [A-Z][\w.'-]*){0,3}( \d{1,3}){2} [—–-] \d{1,3}"
                          # a Chinese line score or standings row: a rank, a side and its
                          # figures (`东关街道队 18 21 18 27 — 84`, `1 县实验中学队 7 0 14`)
                          r"|(\d{1,2} )?[\u4e00-\u9fff]{2,10}( \d{1,3}){3,}( [—–-] \d{1,3})?"
                          # a scoring summary's play: a side's initials, a dash, who and how
                          # (`TV — Akers 9 pass from Tolliver (Sosa kick)`, `R — FG Diaz 31`)
                          # (a typewriter's hyphen too: `MC - Dietz 41 pass from Haas (Haas kick)`)
                          r"|[A-Z]{1,3} (--|[—–-]) [A-Z][^.!?]*\d[^.!?]*"
                          # a listing's item: a label, a colon, what and when (`NFL: Chicago at
                          # Green Bay, 7:15 p.m., ESPN`)
                          # (`Men’s basketball: …, 7 p.m., WPCX-AM 1340`)
                          r"|[A-Z][\w'’-]*( [\w'’-]+){0,2}: [^!?]*, (\d{1,2}(:\d\d)? [ap]\.m\.|noon|midnight)(?!\w).*"
                          # a fact box's row: a label of a word or two, a colon and a figure
                          # (`Amount: $18.5 million over 20 years`, `State match: about $4.1
                          # million`)
                          r"|[A-Z][a-z]+( [a-z]+)?: [^!?;]*\d[^!?;]*"
                          # a label and its figures (`Pick 4: 9-1-1-6`, `Cash Pop: 12`)
                          r"|[A-Z][\w'. ]{0,24}: \d[\d.,/ -]*"
                          # a price and its change (`Ambrose Foods 41.22 +0.37`, `Gold (oz)
                          # $2,684.50 -9.30 -0.35%`)
                          r"|[A-Z][^.!?]{1,30}? \$?\d[\d,]*(\.\d+)?%? [+-]\d[\d,]*(\.\d+)?%?( [+-]\d[\d,]*(\.\d+)?%)?"
                          # a listing's row: an abbreviated day (or days) and a clock time
                          # (`Thu. 8 p.m. Ch. 4: …`, `Fri.-Sun.: "The Long Field" (PG) 7 p.m.`)
                          r"|(Mon|Tues?|Wed|Thu(rs)?|Fri|Sat|Sun)\.([-–](Mon|Tues?|Wed|Thu(rs)?|Fri|Sat|Sun)\.)?:? "
                          r"[^!?]*?\b\d{1,2}(:\d\d)? ?[ap]\.m\.[^!?]*"
                          # a label, a figure with its unit and the change (`Lumber 96,000 tons
                          # +18%`, `Containers 8,420 boxes 0%`)
                          r"|[A-Z][\w'&-]*( [\w'&-]+){0,2} \d[\d,.]* [a-z]{2,8} [+-]?\d[\d.]*%"
                          # a market table's row: a label and three figures or more (`Dow
                          # industrials 41,622.08 228.30 0.55`, `Crude oil ($/bbl) 70.09 1.44 2.10`)
                          r"|[A-Za-z&][^.!?;:,，。；]{0,30}?( [+-]?\$?\d[\d,]*(\.\d+)?%?){3,}"
                          # showings: a name and two clock times or more (`《雾港往事》14:00　21:15`)
                          rf"|[^，。,;；!?！？]{{2,40}}?\s*{SHOWINGS})$")
# a sentence's end inside a line: a stop before a capital or at the line's end (`Vol. 114`
# and `a.m.` are abbreviations')
_SENTENCE_STOP = re.compile(r"[。！？]|(?<!\.)[a-z][.!?][\"”’']?(?:\s+[\"“(]?[A-Z]|$)")

_MID_STOP = re.compile(r"[a-z]{2,}[.!?][\"')’”]?\s+[(\"“A-Z]")
# a sentence ending inside a line after a word or a figure (`since 2015. In that time…`)
_STOP_WITHIN = re.compile(r"\w[.!?]\s+[A-Z]")
_DAY_OR_MONTH = re.compile(r"(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(Jan|Feb|Mar|Apr|May|Jun|Jul|"
                           r"Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d|Today|Tomorrow|Tonight")


# a box title's note in brackets at its end: Chinese, with figures in it (its dates:
# `（10月8日—10月14日）`); English, any (`(week ending July 7)`)
_ZH_DATES_NOTE = re.compile(r"（[^（）]*\d[^（）]*）$")
_EN_NOTE = re.compile(r"\s*\([^()]*\)$")


@dataclass
class Facts:
    """What one line shows on its own (computed once; the decoder reads it many times)."""

    fk: str | None
    bk: str | None
    jump: tuple[str, int] | None
    jumps_away: bool
    opens: bool           # starts a story's body: inline byline or `continued from` marker
    closes: bool          # ends its sentence (or the running text, at a jump or closing byline)
    punct: bool
    full: bool            # runs on and carries running-text punctuation: a full column line


class Labeller:
    """Scores and decodes the lines of one text page; `roles()` and `tokens()` are its API."""

    def __init__(self, lines: list[Line], shape: Shape, lang: str) -> None:
        self.L = lines
        self.shape = shape
        self.lang = lang
        self.widths = [set_width(x.s) if lang == "zh" else x.width for x in lines]
        self.facts = [self._facts(i) for i in range(len(lines))]
        self.index = {x.no: i for i, x in enumerate(lines)}
        self._fit: dict[int, tuple[bool, bool, int | None]] = {}
        self._around: dict[int, tuple[int | None, int | None]] = {}
        self._spans: dict[int, tuple[int, int]] = {}
        self._level: list[bool] | None = None  # three lines of one width from each line (`_level_threes`)
        self._body: dict[int, float] = {}
        self._boxed_rows: dict[int, bool] = {}
        # English: each line as a table's row in cells, and as a list's row (asked of every
        # line's neighbours by `_data_box`: read once)
        self.cells = [lang == "en" and cell_row(x.s) for x in lines]
        self.lists = [lang == "en" and _list_row(x.s) for x in lines]
        self._label_runs()
        self._wrapped_rows()
        self._en: dict[int, float] = {}
        self._fenced: set[int] | None = None
        self._indents: Counter[int] | None = None  # narrow indents of lines after a sentence end
        self._verses: frozenset[int] | None = None
        self._bylined: frozenset[str] | None = None  # writers' names the bylines give
        self._echo: dict[int, bool] = {}
        self._notices: list[int] | None = None  # the lines of notices' heads (`_notice_near`)
        self._turns: list[int] | None = None  # interview turns above each line (`_asked`)
        self._fix_header()
        # (two signatures or more under letters that closed make a column of letters, whatever
        # its head is called: `YOUR SAY`, `Mailbag`)
        self._signed = 0 if lang != "en" else sum(
            1 for i in range(1, len(lines)) if self._signature_shaped(i))
        for i in range(len(lines)):
            if _rating(lines[i].s) and i > 0 and self.facts[i - 1].closes:
                self.facts[i].closes = True  # a review's stars under its text end the review
            if self._signature(i):
                self.facts[i].closes = True  # a letter's signature ends the letter
                if self._two_line_signature(i):
                    self.facts[i + 1].closes = True
            if lang == "en" and i + 1 < len(lines) and PERSON.fullmatch(lines[i].s) \
                    and _ROLE_LINE.fullmatch(lines[i + 1].s) and not self.facts[i].fk:
                self.facts[i].bk = "line"  # a writer's name over the role's line (no `By`)
            if lang == "en" and i > 0 and _FOR_PAPER.fullmatch(lines[i].s) \
                    and lines[i - 1].s.startswith("By ") and self.facts[i - 1].bk == "line":
                self.facts[i].bk = "line"  # `By Tom Reyes` / `For the Sentinel`
            if lang == "zh" and i > 0 and self.facts[i - 1].fk == "editor" \
                    and _NAME_CUT.search(lines[i - 1].s) and _NAME_REST.fullmatch(lines[i].s):
                # a staff line's last name spaced out and cut at its space by the column
                # (`制图：江` / `帆`): the rest of the name is the line's
                self.facts[i].fk = "editor"
            if self.facts[i].fk == "logo" and i + 2 < len(lines) and self.facts[i + 1].closes \
                    and not self.facts[i + 1].fk and not self.facts[i + 1].bk \
                    and self.facts[i + 2].bk == "credit" and (i == 0 or self.facts[i - 1].closes):
                # a column's name over one caption and its photo credit, a text ended above it
                # (`乡村小课堂` / `9月19日，…技术。` / `通讯员 X 摄`): the photo's title
                self.facts[i].fk = None
        self.full_idx = [i for i, f in enumerate(self.facts) if f.full and not f.fk]
        self.full_w = [self._w(i) for i in self.full_idx]
        self.quoted = self._pull_quotes()
        self.ranked = self._ranked_lists()
        self.notes = self._contact_notes() | self._ads() | self._writer_notes() | self._footnotes() \
            | self._house_boxes()
        # source credits under boxes (`数据来源：…`): a box's rows stand a few lines over one
        self.credits = [i for i, f in enumerate(self.facts) if f.fk == "editor"]
        self._page_text = "".join(x.s for x in self.L)  # the words the page writes (`_echoed_partly`)
        # the head of a brief column (简讯, IN BRIEF): the items under it are briefs
        # (or a label in capitals over an item whose head runs into its text, `POLICE &
        # COURTS` / `Guilty plea in fatal crash   A…`: a column of items, whatever it is named)
        self.brief_from = next((i for i, f in enumerate(self.facts)
                                if (f.fk == "logo" and BRIEF_HEAD.search(self.L[i].s))
                                or (i + 1 < len(self.L) and self.L[i + 1].run_in
                                    and self._column_label(i))), None)

    def _column_label(self, i: int) -> bool:
        """Line i is a short label in capitals, alone on its line (`POLICE & COURTS`)."""
        s = self.L[i].s
        return s.isupper() and 1 <= len(s.split()) <= 4 and not re.search(r"[.,;:!?]", s)

    def _label_runs(self) -> None:
        """Two lines or more in a row under labels of one kind (`First quarter:`, `Second
        quarter:`, …), one of them or a line next to them a list's row, are all the list's
        rows however long: a scoring summary's row runs on where a menu's does not."""
        kinds = [(m.group(1).split()[-1].lower() if m else None)
                 for m in (_LABEL.match(x.s) for x in self.L)]
        a = 0
        for b in range(1, len(kinds) + 1):
            if b < len(kinds) and kinds[b] is not None and kinds[b] == kinds[a]:
                continue
            if b - a >= 2 and any(self.lists[max(0, a - 1):b + 1]):
                self.lists[a:b] = [True] * (b - a)
            a = b

    def _wrapped_rows(self) -> None:
        """A list's row the column wrapped goes on in the line under it when it leaves a
        bracket open or ends on a word that needs the next (`First quarter: HP — Sorensen 6 run
        (Ferraro` / `kick); RID — Pruitt 22 pass from` / `Marchetti (Vance kick)`): that line is
        the row's too, in the list whatever it reads like."""
        function = english_words()["function"]
        for i in range(1, len(self.L)):
            above, s = self.L[i - 1].s, self.L[i].s
            if not self.lists[i - 1] or self.lists[i] or self.shape.broken(self.L[i]) or not s \
                    or not re.search(r"\d", above) or _EN_TURN.match(above):
                continue  # (a row of figures, no speaker's turn: `Q: What surprised you most in your`)
            open_bracket = above.count("(") > above.count(")") and ")" in s \
                and (s.find("(") < 0 or s.find(")") < s.find("("))
            # (or the row's last words, in lower case, closing on its bracket: `from
            # Marchetti (Vance kick)`)
            if open_bracket or above.rsplit(" ", 1)[-1].lower() in function \
                    or (s[:1].islower() and s.endswith(")")):
                self.lists[i] = True

    # ---- facts -------------------------------------------------------------------------------
    def _w(self, i: int) -> int:
        return self.widths[i]

    def _facts(self, i: int) -> Facts:
        s, lang = self.L[i].s, self.lang
        jump = None
        away = False
        for d, page, m in jumps_in(s, lang):
            if m.group(0).strip() == s:
                jump = (d, page)
            if d == "to" and m.end() >= len(s) - 1:
                away = True
        if lang == "zh" and i > 0 and not away and "）" in s and "（" in self.L[i - 1].s:
            # the end of a marker the column wrapped (`…她还是（下转5` / `版）`): the text's
            # last line, however short, and the story goes on elsewhere
            above = self.L[i - 1].s
            away = any(d == "to" and m.start() < len(above) < m.end() and m.end() >= len(above + s) - 1
                       for d, _, m in jumps_in(above + s, lang))
        nxt = self.L[i + 1].s if i + 1 < len(self.L) else ""
        # a byline may run on into the next line (`…Staff Writer HARROW` / `POINT —`,
        # `新华社北京 3 月 17 日` / `电 （记者 韦 宁）…`)
        # (only a line that can hold a byline's start: `By …`, or a short Chinese line with no
        # sentence end; not when the next line opens the body itself)
        maybe = s.startswith("By ") if lang == "en" else len(s) <= 20 and "。" not in s
        run_on = maybe and nxt and not inline_byline(nxt, lang) and inline_byline(
            f"{s} {nxt}" if lang == "en" else s + nxt, lang)
        # (a dateline's place may start on the line above, run on from a byline: `… HARROW`)
        prev = self.L[i - 1].s if i > 0 else ""
        dated = lang == "en" and DATELINE.match(s) and not re.search(r"\b[A-Z]{2,}$", prev)
        # (a letter's salutation opens its text as a byline or dateline does: `To the editor:`)
        saluted = lang == "en" and EN_SALUTATION.match(s) is not None
        opens = bool(inline_byline(s, lang) or run_on or dated or saluted) or any(
            d == "from" and m.start() == 0 for d, _, m in jumps_in(s, lang))
        punct = has_body_punct(s) or (
            lang == "zh" and _MID_QUESTION.search(s) is not None)
        alone = tail_alone(s, lang)  # `（本报记者 X）` on a line of its own
        # (where a line holds a paragraph, a paragraph's line of sentences ends its text,
        # whatever its last word: `…by e-mail to letters@hillview.example`; a long deck ends
        # none)
        # (so does a Chinese note wholly in brackets under a sentence's end: `（作者单位：…）`,
        # `（本报综合）`)
        noted = lang == "zh" and BRACKETED_NOTE.fullmatch(s) is not None and self._text_closes(prev)
        closes = away or alone or noted or self._text_closes(s) or self._closing_byline_tail(i) \
            or self._clock_end(i) or (self.shape.paragraphs and self.L[i].width >= PARAGRAPH_LINE
                                      and _SENTENCE_STOP.search(s) is not None)
        fk, bk = furniture_kind(s, lang, False), byline_kind(s, lang)
        if lang == "en" and bk is None and fk is None and _NAME_IN_CAPS.fullmatch(s) \
                and _POST_ALONE.fullmatch(nxt):
            bk = "line"  # a writer's name in capitals over the post alone (`CAL WHITACRE` / `Gazette Sports Columnist`)
        if fk == "index" and bk:
            fk = None  # a byline after an index's bullet mark (`■本报记者 X`) is a byline
        if fk == "index" and self._bullets_under_text(i) \
                and (_STOP_INSIDE.search(s) or (
                    _PAUSE_INSIDE.search(s) and nxt and not _BULLETED.match(nxt)
                    and not s.endswith("版") and self._w(i) >= max(
                        self._w(k) for k in range(max(0, i - 1), min(i + 2, len(self.L)))) - 1)):
            # under a text's sentence, a sentence ends inside the line, or a pause does and
            # the line, as wide as the text round it, runs on into the next: a bulleted
            # paragraph (`■换乘：南延段设2座换乘站。在南湖`, `■接驳：自9月25日起，望川南站片区`),
            # no teaser of an index, no classified ad under another, no feature's narrower
            # intertitle (`■ 新与旧：老手艺遇上年轻人`)
            fk = None
        if self.L[i].run_in and fk in ("logo", "index"):
            # a brief's head cut off its text is no column's logo nor an index's item (`【…】`,
            # `■…`)
            fk = None
        return Facts(fk=fk, bk=bk, jump=jump, jumps_away=away, opens=opens,
                     closes=closes, punct=punct,
                     full=punct and not closes and len(s) >= 4)

    def _bullets_under_text(self, i: int) -> bool:
        """Chinese: the run of bulleted lines line i is in opens under a sentence of running
        text (`…理了一份乘车指南。` / `■换乘：…`), not under a head or an ad (`分类广告` /
        `▲出售：…` / `▲求租：…`)."""
        first = i
        while True:  # (up to the run's first bullet: each within four lines of the next)
            k = first - 1
            while k >= 0 and first - k <= 4 and not _BULLETED.match(self.L[k].s):
                k -= 1
            if k < 0 or first - k > 4:
                break
            first = k
        above = self.L[first - 1].s if first > 0 else ""
        return above.endswith("。") and furniture_kind(above, self.lang, False) is None

    def _text_closes(self, s: str) -> bool:
        """The line ends its sentence, before a byline or a rating printed after it (`…Fifth.”
        ★★★½`: a review's stars after its last sentence)."""
        tail = tail_byline(s, self.lang)
        if tail and tail.start() > 0:
            s = s[:tail.start()]
        return ends_sentence(_TRAILING_STARS.sub("", s))

    def _clock_end(self, i: int) -> bool:
        """English: a line ending in a time (`at 3-55 a.m.`) before a line that opens with a
        capital, or with no word at all (a table's row, the page's end), ends its sentence
        (the period may be the abbreviation's alone), unless that line goes on with the day or
        date (`7 p.m.` / `Thursday at the library`)."""
        s = self.L[i].s
        nxt = self.L[i + 1].s if i + 1 < len(self.L) else ""
        return (self.lang == "en" and bool(CLOCK_END.search(s))
                and not nxt[:1].islower() and not _DAY_OR_MONTH.match(nxt))

    def _after_tail(self, i: int) -> bool:
        """Chinese: the line above closes a text with its byline (`…。（记者 X）`, also wrapped
        over two lines), or is furniture set straight under such a line (a column's logo)."""
        for k in (i - 1, i - 2):
            if k < 0 or (k == i - 2 and not self.facts[i - 1].fk):
                return False
            if (tail_byline(self.L[k].s, self.lang) and not self.facts[k].opens) \
                    or self._closing_byline_tail(k):
                return True  # (not an opening one alone on its line: `本报讯（记者 X）`)
        return False

    def _under_brief_head(self, i: int) -> bool:
        """Line i is right under a column's head over briefs (`城事快讯`, `简　讯`)."""
        return i > 0 and self.facts[i - 1].fk is not None \
            and BRIEF_HEAD.search(self.L[i - 1].s) is not None

    def _closing_byline_tail(self, i: int) -> bool:
        """The second half of a closing byline wrapped over two lines (`…。（通讯员` / `汪 洋）`,
        `…investigation. — Dispatch` / `staff`)."""
        s = self.L[i].s
        if i == 0 or (self.lang == "zh" and not s.endswith(("）", ")"))) \
                or (self.lang == "en" and len(s.split()) > 3):
            return False
        prev = self.L[i - 1].s
        joined = prev + s if self.lang == "zh" else f"{prev} {s}"
        m = tail_byline(joined, self.lang)
        return bool(m and 0 < m.start() < len(prev) and ends_sentence(prev[:m.start()]))

    def _fix_header(self) -> None:
        """`top` patterns (a bare page number, a section name) count only in the page header:
        the lines before the first line of running text, printed with a date or masthead."""
        self._wrapped_header()
        self._masthead_over_date()
        for i, f in enumerate(self.facts):
            if f.punct and len(self.L[i].s) > 12 and not f.fk:
                break  # (a date line with its commas is the header's, not running text)
            if f.fk == "logo" and i < 6 and furniture_kind(self.L[i].s, self.lang, True) == "top" \
                    and any(self.facts[j].fk in ("date", "masthead")
                            for j in range(max(0, i - 2), min(len(self.L), i + 3)) if j != i):
                f.fk = "top"  # a page's section named in its header (`综合新闻`), no column's logo
                continue
            if f.fk is None and not f.bk and i < 6:
                k = furniture_kind(self.L[i].s, self.lang, True)
                near = any(self.facts[j].fk in ("date", "masthead")
                           for j in range(max(0, i - 2), min(len(self.L), i + 3)) if j != i)
                # a short line right over a body's opening (`（上接第1版）…`) or a byline's line
                # (`母亲的腌菜坛` / `□ 谭素秋`) is its headline
                # (or over a caption, opening on its day, that a photo's credit closes a few
                # lines down: the picture's title, `头球制胜` / `10月20日晚，…` / `记者 X 摄`)
                over_body = i + 1 < len(self.facts) and (
                    self.facts[i + 1].opens or self.facts[i + 1].bk == "line"
                    or (CAPTION_OPENER.match(self.L[i + 1].s) is not None
                        and len(re.findall(r"[\u4e00-\u9fff]", self.L[i].s)) >= 2 and any(
                        self.facts[j].bk == "credit"
                        for j in range(i + 2, min(i + 8, len(self.facts))))))
                if k and (near or i == 0) and not over_body:
                    f.fk = k
                elif i > 0:
                    break  # a line that is no furniture: the header has ended

    def _wrapped_header(self) -> None:
        """A page header wider than the column the text was wrapped at breaks over two lines
        (`4A  THE GAZETTE  FRIDAY, MARCH` / `22, 2024`): neither half reads as anything alone,
        the two together as the header's date line."""
        for i in range(min(3, len(self.L) - 1)):
            if self.facts[i].fk or self.facts[i + 1].fk:
                continue
            k = furniture_kind(f"{self.L[i].s} {self.L[i + 1].s}", self.lang, True)
            if k in ("date", "masthead"):
                self.facts[i].fk = self.facts[i + 1].fk = k
                return

    def _masthead_over_date(self) -> None:
        """The lines that open the page over its date line, two or three lines down, with
        nothing between that reads as text or a byline, are the masthead, in whatever face
        (`CALLOWAY DAILY DISPATCH` / `Port Calloway's hometown paper since 1921` /
        `THURSDAY, NOVEMBER 19, 2026 • …`)."""
        # (further down under a masthead block the column wrapped, its motto over two lines:
        # `Covering Harrow, Linden Falls and the` / `upper valley since 1902`)
        block = next((j for j in range(1, len(self.L)) if self.L[j].gap or self.L[j].loose),
                     len(self.L))
        d = next((j for j in range(1, min(max(3, block + 1), 5, len(self.L)))
                  if self.facts[j].fk == "date"), None)
        if d is None or any(self.facts[j].bk or self.facts[j].opens for j in range(d)):
            return
        for j in range(d):
            self.facts[j].fk = self.facts[j].fk or "masthead"

    # ---- the column ------------------------------------------------------------------------
    def column(self, i: int, before: bool) -> int | None:
        """The column width measured from the full lines just before (or after) line i."""
        k = bisect_left(self.full_idx, i)
        ws = self.full_w[max(0, k - 4):k] if before else self.full_w[k + (
            1 if k < len(self.full_idx) and self.full_idx[k] == i else 0):][:4]
        if len(ws) < 2:
            return None
        return sorted(ws)[len(ws) // 2]

    def _columns_around(self, i: int) -> tuple[int | None, int | None]:
        """The column widths measured before and after line i (asked by the fit, the inset
        column and the body score of each line: measured once)."""
        if i not in self._around:
            self._around[i] = (self.column(i, True), self.column(i, False))
        return self._around[i]

    def fits(self, i: int) -> tuple[bool, bool, int | None]:
        """(fills the column, is the column less an indent, the column) around line i
        (asked several times a line: measured once)."""
        if i not in self._fit:
            self._fit[i] = self._measure_fit(i)
        return self._fit[i]

    def _measure_fit(self, i: int) -> tuple[bool, bool, int | None]:
        lo, hi = self._span(i)
        cols = [c for c in (*self._columns_around(i), self._inset_column(i))
                if c]
        if not cols:
            return False, False, None
        slack = 1 if self.lang == "zh" else 4
        full = any(lo - slack <= c <= hi + slack for c in cols)
        ind = not full and any(c - (4 if self.lang == "zh" else 8) <= hi < c for c in cols)
        return full, ind, min(cols)

    def _inset_column(self, i: int) -> int | None:
        """The width of a narrow column of running text around line i (text set beside a
        picture or box): three lines in a row of one width, one of them with punctuation
        inside it (widths within a pause mark's half cell), narrower than the main column the
        page's full lines measure."""
        main = [c for c in self._columns_around(i) if c]
        if self.lang != "zh" or not main:
            return None
        if self._level is None:
            self._level = self._level_threes()
        ws = self.widths
        # (the three lines start at most three lines above line i and at most one below it)
        for k in range(max(0, i - 3), min(len(self.L) - 2, i + 2)):
            if self._level[k] and ws[k] <= min(main) - 4 and any(
                    has_body_punct(self.L[j].s[:-1]) for j in range(k, k + 3)):
                return max(ws[k:k + 3])
        return None

    def _level_threes(self) -> list[bool]:
        """For each line, whether it and the two under it are of one width (within a pause
        mark's half cell), eight cells or more: where an inset column may start (every line
        asks of the seven around it: found once for the page)."""
        ws = self.widths
        return [k + 2 < len(ws) and max(ws[k:k + 3]) - min(ws[k:k + 3]) <= 1 and ws[k] >= 8
                for k in range(len(ws))]

    def _span(self, i: int) -> tuple[int, int]:
        """The widths line i may have been set in: pause marks squeezed or not (asked of a
        line by its fit, its body score and the run scores of it and the next: measured
        once)."""
        if i not in self._spans:
            self._spans[i] = self._measure_span(i)
        return self._spans[i]

    def _measure_span(self, i: int) -> tuple[int, int]:
        w = self.widths[i]
        if self.lang != "zh":
            return w, w
        # figures and Latin letters are set half a cell wide or a whole one, as the face has it,
        # and so are quotation marks and dashes (`“阳光分班”`: a Chinese face sets them whole)
        return w, self.L[i].core + len(_HALF_WIDTH.findall(self.L[i].s)) \
            + len(_AMBIGUOUS.findall(self.L[i].s))

    # ---- scores ------------------------------------------------------------------------------
    def body_score(self, i: int) -> float:
        """Log-odds that line i is running text rather than a display line (asked by the
        emissions and again by the cues that look a few lines ahead: scored once)."""
        if i not in self._body:
            self._body[i] = self._score_body(i)
        return self._body[i]

    def _score_body(self, i: int) -> float:
        sc = self._zh_body(i) if self.lang == "zh" else self._en_body(i)
        x, f = self.L[i], self.facts[i]
        if self._verse(i):
            sc += W["verse"]  # a poem's line: its text, however short
        if self.shape.paragraphs and self.lang == "en" and x.width < PARAGRAPH_LINE \
                and not f.closes and not f.opens and not runs_on(x.s) and not f.bk and not f.fk \
                and i + 1 not in self.quoted:  # (but one broken off by a pull quote under it)
            # English, one paragraph to a line: no column broke a line short, so a short line
            # that ends no sentence is no paragraph (a headline, a label, a signature).  (A
            # Chinese feature's cross-heads, `一间教室里的“复式课堂”`, are its paragraphs; its
            # short lines tell by their width already.)
            sc -= W["unended_line"]
        nxt = self.L[i + 1] if i + 1 < len(self.L) else None
        if nxt is not None and nxt.starts and not self.facts[i].closes \
                and not runs_on(self.L[i].s):
            sc -= W["over_indent"]  # a paragraph ends its sentence before the next one opens
            if self.L[i].gap and self.lang == "zh" and i > 0 and not self.L[i].starts \
                    and (self.facts[i - 1].fk or self.facts[i - 1].closes):
                # and opening a block under furniture or a text that ended, it goes on from
                # no text: a headline set tight over its text (`公交站台能否加装座椅` / `　　我…`)
                sc -= 2 * W["over_indent"]
        if self._pair_block(i) or (i > 0 and self._pair_block(i - 1)) or self._deck_block(i):
            sc -= W["pair_block"]
        # (a Chinese column's short name stands over its headline, a question perhaps:
        # `晚报话题` / `孩子放学后，谁来接？`)
        under_name = self.lang == "zh" and i > 0 and self._column_logo(i - 1)
        if i > 0 and (under_name or (self.facts[i - 1].fk == "logo" and (
                not self.facts[i].punct or self._head_pair(i)))) and not self.facts[i].opens:
            sc -= W["under_logo"]  # a column head stands over an item's headline
        elif self.lang == "zh" and self.brief_from is not None and self.brief_from < i \
                and self.facts[i - 1].closes and not self.facts[i].punct \
                and not self.facts[i].opens and not self.facts[i].bk and (
                    not self.fits(i)[0] or (i + 1 < len(self.L)
                                            and CAPTION_OPENER.match(self.L[i + 1].s))):
            # in a brief column, after a brief that ended: the next one's head (Chinese: a
            # line of text without a pause mark is rare; English text lines often have none),
            # short of the column or over a text that opens with its day
            sc -= W["under_logo"]
        return sc

    def _question_head(self, i: int) -> bool:
        """Chinese: line i is one question (`小麦叶片发黄，是缺肥还是得了病？`) over the first
        turn of a question and answer (`问：…`) or a reader's question (`读者问：…`), under a
        text that ended, a byline or furniture, and no turn itself: the item's headline (not
        a turn's question the column wrapped, `…会不会进度` / `慢、花钱多？` / `答：…`)."""
        s = self.L[i].s
        return self.lang == "zh" and s.endswith("？") and len(s) <= 30 and i + 1 < len(self.L) \
            and (TURN_LABEL.match(self.L[i + 1].s) is not None
                 or _ASKER.match(self.L[i + 1].s) is not None) \
            and not _SENTENCE_STOP.search(s[:-1]) and not TURN_LABEL.match(s) and not _ASKER.match(s) \
            and (i == 0 or self.facts[i - 1].closes or self.facts[i - 1].bk is not None
                 or self.facts[i - 1].fk is not None)

    def _echoed(self, i: int) -> bool:
        """Most of line i comes again in the next lines' text, word for word or nearly every
        character pair: a headline says what its first paragraph says; a line of running text
        rarely repeats itself.
        Chinese only (English headlines reword their story)."""
        if self.lang != "zh":
            return False
        t = "".join(filter(str.isalnum, self.L[i].s))
        if len(t) < 6:
            return False
        below = "".join(filter(str.isalnum, "".join(x.s for x in self.L[i + 1:i + 9])))
        if pair_share(t, below)[1] >= 0.85:
            return True  # nearly every pair again, reworded (`新增公共停车位` / `新增停车位`)
        best = 0
        for a in range(len(t) - best):
            b = a + best + 1
            while b <= len(t) and t[a:b] in below:
                best, b = b - a, b + 1
        return best >= 0.7 * len(t)

    def _echoed_partly(self, i: int) -> bool:
        """Chinese: over half of line i's character pairs come again in the next lines, and
        the pair across its end does not come again on the page: a column line of running
        text that repeats the story's phrases breaks inside a word the text writes elsewhere
        (`习近平总书记对重庆制造业发` / `展寄予厚望…`: `发展`), a head ends where its words do."""
        if i + 1 >= len(self.L) or self.L[i].s[-1:] in _BOUND_END:
            return False  # (nor does a head end on `的`: `…与新重庆建设的` / `目标任务…`)
        below = "".join(x.s for x in self.L[i + 1:i + 9])
        count, share = pair_share(self.L[i].s, below)
        return count >= 6 and share > 0.5 \
            and self._page_text.count(self.L[i].s[-1:] + self.L[i + 1].s[:1]) < 2

    def _asked(self, i: int) -> bool:
        """One of the 12 lines above line i opens an interview's turn (`记者：`).  (Every line
        asks: the turns are counted once for the page, a running count by line.)"""
        if self._turns is None:
            self._turns = [0]
            for x in self.L:
                self._turns.append(self._turns[-1] + (TURN_LABEL.match(x.s) is not None))
        return self._turns[i] > self._turns[max(0, i - 12)]

    def _verse_line(self, k: int) -> bool:
        """Chinese line k could be a poem's line: short, ending no sentence but perhaps the
        poem, naming no byline, furniture or opening."""
        f, s = self.facts[k], self.L[k].s
        return 2 <= len(s) <= 24 and not f.bk and not f.fk \
            and not f.opens and f.jump is None and len(_SENTENCE_STOP.findall(s[:-1])) == 0

    def _verse(self, i: int) -> bool:
        """Chinese: line i is in a run of four short lines or more straight under a byline,
        each ending no sentence and most of them short of the longest (a poem set a line to a
        verse: `□ 白小舟` / `霜降这天，柏溪河瘦了一圈` / `芦苇把白头发` / …; a column's lines
        fill its width), and not one of the last lines over the next stack's byline or
        opening: a poem's line, however much it looks like a headline.  The page's poems are
        found once, in one pass over its lines."""
        if self._verses is None:
            self._verses = self._find_verses()
        return i in self._verses and not any(
            self.facts[k].bk == "line" or self.facts[k].opens
            for k in range(i + 1, min(i + 3, len(self.L))))

    def _find_verses(self) -> frozenset[int]:
        if self.lang != "zh":
            return frozenset()
        out: set[int] = set()
        a = 0
        while a < len(self.L):
            if not self._verse_line(a):
                a += 1
                continue
            b = a
            while b + 1 < len(self.L) and self._verse_line(b + 1):
                b += 1
            end = b
            if b > a and not self.facts[b].closes and b + 1 < len(self.L) \
                    and self.facts[b + 1].punct and not self._verse_line(b + 1):
                # the last line runs on into a paragraph under it: a text's first line, no
                # verse (`主题党日进田间` / `10月10日，…志愿者帮助` / `村民抢收晚稻。…`)
                b -= 1
            # (a column's lines fill its width, a paragraph's last aside; a poem's are ragged,
            # end no sentence, but for the last, and most hold no pause mark: a verse is a
            # phrase, a column's line a sentence's piece)
            spans = [self._span(k) for k in range(a, b + 1)]
            widest = max(lo for lo, _ in spans)
            full = sum(hi >= widest - 1 for _, hi in spans)
            ends = sum(self.facts[k].closes for k in range(a, b + 1))
            paused = sum(_PAUSE.search(self.L[k].s[:-1]) is not None for k in range(a, b + 1))
            if a > 0 and self.facts[a - 1].bk == "line" and len(spans) >= 4 \
                    and full * 2 < len(spans) and ends <= 1 and paused * 2 <= len(spans):
                out.update(range(a, b + 1))
            a = end + 1
        return frozenset(out)

    def _en_echoed(self, i: int) -> bool:
        """English: line i holds two content words or more and most of them come again in the
        next lines (`Turkey Trot entries close Friday` / `Entries for the Harlow Turkey
        Trot 10K close at midnight Friday`): a headline saying what its first sentence says.
        Words are compared by their first five letters (`wins` / `win`, `Pancakes` /
        `pancake`); a line of running text seldom repeats itself so soon."""
        if i not in self._echo:  # (asked by the body score, the block's head and the column's)
            # (three lines, or in a narrow column as many as hold a first sentence's worth:
            # `Historian to speak at library` / … / `Bend Free Library.`)
            col = self.fits(i)[2] or PARAGRAPH_LINE
            below: list[str] = []
            k = i + 1
            while k < min(i + 7, len(self.L)) and (
                    k < i + 4 or (col <= _NARROW and sum(len(b) for b in below) < _SENTENCE_WORTH)):
                below.append(self.L[k].s)
                k += 1
            self._echo[i] = echoed_in(self.L[i].s, " ".join(below))
        return self._echo[i]

    def _shape_cues(self, i: int) -> float:
        sc = 0.0
        x = self.L[i]
        nxt = self.L[i + 1] if i + 1 < len(self.L) else None
        if self.shape.style == "lines":
            if x.gap == 0 or (nxt is not None and nxt.gap == 0):
                # printed in one block with a neighbour: display, not a column line
                sc -= W["joined_punct"] if self.facts[i].punct and self.lang == "zh" else W["joined"]
        if x.run_in:
            sc -= W["run_in"]  # a brief's head run into its text: the text's gap parts them
        elif i > 0 and self.L[i - 1].run_in and self.L[i - 1].no == x.no:
            sc += W["run_in"]  # ... and the rest of its line is the text's start
        elif self.shape.style == "blocks":
            # (English: or a block's first line whose words its first sentence says again)
            # (not under a byline's line, where the text opens: `From staff reports` /
            # `Round-trip fares on the Alder` / `Bay–Saxby Point ferry will rise…`)
            head = (self._caps_head(i) or self._brief_head(i) or (
                self._block(i)[0] == i and not self.facts[i].punct and not self.facts[i].closes
                and (i == 0 or self.facts[i - 1].bk != "line") and self._en_echoed(i))) \
                if self.lang == "en" else self._zh_head(i)
            # (not over a `——` line: a stack's, whatever block it is printed in)
            stack = nxt is not None and nxt.s.startswith("——")
            if self._text_block(i) and not head and not stack and not (self.shape.paragraphs
                                                                        and self.lang == "en"):
                # a block of running text: a heading run into it is part of it (English, where
                # a line holds a paragraph, a block holds a story, its headline with it; a
                # Chinese feature's cross-heads are its paragraphs)
                sc += W["text_block"]
            elif not self.facts[i].punct and self._block(i)[1] - self._block(i)[0] <= 1:
                sc -= W["short_block"]
            elif head:
                sc -= W["block_head"]  # a heading printed in one block with its text
            if self.lang == "en" and i > 0 and self._block(i)[0] == i - 1 and self._brief_head(i - 1):
                sc += W["text_block"]  # ... and the line under it opens that text
        elif x.loose and self.lang == "en" and self._brief_head(i):
            sc -= W["block_head"]  # (no blank lines: a brief's head over its text all the same)
        return sc

    def _caps_head(self, i: int) -> bool:
        """English: line i opens its block in capitals, a few words without a stop (`FIRST
        FROST` over a caption, `COUNTY BOARD` over a headline): a heading, not running text."""
        s = self.L[i].s
        words = s.split()
        nxt = self.L[i + 1].s.split()[:1] if i + 1 < len(self.L) else []
        return (self._block(i)[0] == i and 1 <= len(words) <= 5 and s.upper() == s
                and any(c.isalpha() for c in s) and not self.facts[i].punct and "." not in s
                and bool(nxt) and not re.match(r"[A-Z]{2}", nxt[0]))  # text under it not in capitals

    def _brief_head(self, i: int) -> bool:
        """English, in a brief column (under `AROUND THE REGION`, `IN BRIEF`): a line opening
        its block after a brief that ended, with no running-text punctuation and not running
        on, over a line opening a sentence: the next brief's headline, printed in one block
        with its text."""
        f, s = self.facts[i], self.L[i].s
        if self.brief_from is None or self.brief_from >= i or self._block(i)[0] != i \
                or i + 1 >= len(self.L) or f.punct or f.closes or runs_on(s):
            return False
        last = re.sub(r"\W+$", "", s.split()[-1]).lower() if s.split() else ""
        return (self.facts[i - 1].closes or self.facts[i - 1].fk == "logo") \
            and last not in english_words()["function"] and self.L[i + 1].s[:1].isupper()

    def _brief_head_over_text(self, i: int) -> bool:
        """English: line i is a brief's head (`_brief_head`) not in capitals (a label's),
        short of the column and narrower than the text's lines under it, over one about as
        wide as they are: a head set in one block with its text, which a blank line does not
        part from it."""
        below = self.widths[i + 1:i + 4]
        return bool(below) and not self.L[i].s.isupper() and not self.fits(i)[0] \
            and self.widths[i] < 0.9 * max(below) \
            and self.widths[i + 1] >= 0.85 * max(below) and self._brief_head(i)

    def _zh_head(self, i: int) -> bool:
        """Chinese: line i opens its block, short for the column and without punctuation,
        over a line of running text (`非遗进校园` over its caption, a brief's headline over its
        text): a heading printed in one block with its text, not the text's first line."""
        f = self.facts[i]
        if self._block(i)[0] != i or i + 1 >= len(self.L) or f.punct or f.closes or f.opens:
            return False
        col = self.fits(i + 1)[2] or self.widths[i + 1]
        if self.shape.paragraphs:
            # (a paragraph to a line: the text is as wide as its paragraph, measured on the
            # first line of it under a headline of two lines, `2025年度居民医保开始缴费` /
            # `个人缴费标准每人每年400元` / `记者从…`)
            col = max([col] + [self.widths[k] for k in (i + 1, i + 2)
                               if k < len(self.L) and self.facts[k].punct])
        # (over an indented first line, or one opening with its day as a story's first
        # sentence does, `5月7日，…`, a heading may come nearer the column's width)
        first = self.L[i + 1].starts or CAPTION_OPENER.match(self.L[i + 1].s) is not None
        # (the text's first line may hold no pause: `本报11月7日第1版《…》` / `一文中，…`)
        text = self.facts[i + 1].punct or (
            i + 2 < len(self.L) and self.L[i + 2].gap == 0 and self.facts[i + 2].punct
            and not self.facts[i + 1].closes)
        # (over a story's opening byline, `本报讯 （记者 X）…`, a heading may come nearer still)
        near = 0.9 if self.facts[i + 1].opens else 0.8 if first else 0.6
        if self.brief_from is not None and self.brief_from < i \
                and (self.facts[i - 1].closes or self.brief_from == i - 1):
            # (in a column of briefs, under its head or after one that ended: the next one's
            # head may fill the narrow column, or pass it by a figure's half cell,
            # `市游泳馆冬季开放时间调整` / `自12月3日起，…`)
            near = 1.1
        # (or as wide as the column, when the text under it says it again: a brief's head in a
        # narrow column, `第五届鹤屿湾马拉松开放报名` / `第五届鹤屿湾马拉松赛将于12…`)
        return (self.widths[i] <= near * col or self._echoed(i)) and text

    def _text_block(self, i: int) -> bool:
        """Line i is in a block (blank lines part blocks) of three or more lines, most of them
        with running-text punctuation."""
        if self.shape.style != "blocks":
            return False
        a, b = self._block(i)
        n = b - a + 1
        return n >= 3 and sum(self.facts[j].punct for j in range(a, b + 1)) * 2 >= n

    def _block(self, i: int) -> tuple[int, int]:
        """First and last line of the printed block around line i (at most 40 lines each way,
        so the scan stays linear in the page)."""
        a = i
        while a > 0 and self.L[a].gap == 0 and i - a < 40:
            a -= 1
        b = i
        while b + 1 < len(self.L) and self.L[b + 1].gap == 0 and b - i < 40:
            b += 1
        return a, b

    def _zh_body(self, i: int) -> float:
        x, f = self.L[i], self.facts[i]
        s = x.s
        sc = 0.0
        if f.punct:
            sc += W["punct"]
        if runs_on(s):
            sc += W["runs_on"]
            if s.endswith("：") and not TURN_LABEL.match(s):
                # a line that leads on with its colon into the text under it (a letter's
                # `编辑同志：`): the text's own line, however short
                sc += W["display_open"]
        elif s[-1:] in _BOUND_END and len(s) >= 6:
            sc += W["particle_end"]  # a line ending on `的`, `于` or `和` goes on in the next one
        if f.closes and not f.punct:
            sc += W["closes_bare"]
        full, ind, col = self.fits(i)
        if full:
            sc += W["full"]
        elif ind:
            sc += W["indented"]
        elif col and not f.closes and not f.punct and self._w(i) < 0.6 * col:
            sc -= W["short"]
        around = [c for c in self._columns_around(i) if c]
        if around and self._span(i)[0] > max(around) + 4 and not f.punct:
            sc -= W["over_column"]  # wider than the columns around it: set across them
        if not f.punct and not f.closes and self._echoed(i):
            sc -= W["echoed"]  # a headline's words come again in the text under it
        elif not f.closes and 0 < i < len(self.L) - 1 and self.facts[i - 1].fk == "logo" \
                and _SALUTATION.match(self.L[i + 1].s) and not self.fits(i)[0]:
            # (under a column's logo and over a letter's salutation, `读者来信` / `村口路灯亮了，
            # 心里也亮堂了` / `编辑同志：…`: the letter's headline, however it pauses)
            sc -= W["after_tail"]
        elif not f.punct and not f.closes and i > 0 and self.facts[i - 1].closes \
                and self._echoed_partly(i):
            # (fewer of them, under a text that ended: a brief's head that nearly fills a
            # narrow column, `羽绒服含绒量抽检合格率92.5%` / `…37批次合格，合格率92.5%`)
            sc -= W["echoed_after_end"]
        if not f.punct and not f.closes and not f.fk and len(s) <= _TAIL_NEXT_MAX \
                and (self._after_tail(i) or self._under_brief_head(i)):
            # a text signed off, or a column's head over briefs (`城事快讯`): what comes next
            # opens another story, its head even indented like a paragraph
            sc -= W["after_tail"]
        c = cue(s)
        if c in ("speech", "occasion") and not f.punct:
            sc -= W["cue_kicker"]
        if c == "role":
            sc -= W["cue_role"]
        if f.opens:
            sc += W["opens"]
        if tail_alone(s, self.lang) and i > 0 and self.facts[i - 1].closes:
            sc += W["opens"]  # a closing byline set on a line of its own under its body
        asked = self._asked(i)
        if self._dialogue(i):
            sc += 2 * W["turn"]  # one of two names taking turns (`林可可：…` / `汤启航：…`)
        elif TURN_LABEL.match(s) or (SPEAKER.match(s) and i > 0 and self.facts[i - 1].closes
                                     and asked):
            # an interview's turn (`记者：`, or a name after a `记者：` turn); a question after
            # other questions is one whatever its shape (`记者：下一步还有什么打算？`)
            sc += W["turn"] * (2 if TURN_LABEL.match(s) and asked else 1)
        elif i > 0 and TURN_LABEL.match(self.L[i - 1].s) and not self.facts[i - 1].closes:
            sc += W["turn"]  # ... and the rest of a turn the column wrapped (`么问题？`)
        if s[:1] in "“「『" and not re.search("[”」』]", s):
            sc += W["open_quote"]  # a quotation opened and not closed runs on into the next line
        if i + 1 < len(self.L) and _FRAGMENT.match(self.L[i + 1].s) and not f.closes \
                and i > 0 and (self.facts[i - 1].closes or self.facts[i - 1].bk == "credit"):
            # the next line ends this one's word (`…密集场` / `所、…`); (under an open line, the
            # fragment may finish that line's word instead, past display set between them; under
            # a picture's credit, the text goes on past the picture: `…码进玻璃` / `罐，…`)
            sc += W["over_fragment"]
        if s[-1:] in "？！?!" and not has_body_punct(s[:-1]) and len(s) <= 24:
            sc -= W["display_stop"]
        elif self._question_head(i):
            sc -= W["question_head"]
        if not f.punct and _CJK_SPACE.search(s):
            sc -= W["spaced_words"]
        sc += self._indent_cue(i)
        sc += self._shape_cues(i)
        if i + 1 < len(self.L):
            g = self.facts[i + 1]
            # (nor does a question of one sentence end its text over one: a headline that
            # asks, `城市联赛越办越火，球场够不够用？` / `□ 蒋一帆`)
            asks = s[-1:] in "？！" and len(s) <= 24 and not _SENTENCE_STOP.search(s[:-1])
            if ((not f.punct and not f.closes) or asks) and g.bk == "line":
                sc -= W["over_byline"]  # running text never breaks off into a byline; a headline does
                if asks and f.punct:
                    sc -= W["display_stop"]
            if not f.punct and not f.closes and (g.punct or g.full) and ind:
                sc += W["first_over_full"]  # an indented first line over a full column line
            if not f.punct and not f.closes and g.closes and not g.opens and not g.bk \
                    and not has_body_punct(self.L[i + 1].s[:-1]) and (full or ind):
                # a column line over one that ends the sentence with no pause before it
                # (`展览分为“开河”“通漕”` / `“兴城”“新生”四个单元。`): one paragraph's
                # last two lines; under a headline, a one-line paragraph would stand alone
                sc += W["over_last_line"]
            if self.L[i + 1].s.startswith("——") and not f.punct:
                sc -= W["over_subheadline"]  # a `——` subheadline hangs under a headline line
            elif self.L[i + 1].s.startswith("——") and i + 2 < len(self.L) \
                    and (self.facts[i + 2].bk or self.facts[i + 2].opens) \
                    and (i == 0 or self.facts[i - 1].closes or self.facts[i - 1].fk):
                # with its pauses too, between a text that ended and a `——` line over a byline:
                # a headline that asks (`作业少了，学习质量怎么保？` / `——对话…` / `本报记者…`)
                sc -= W["over_subheadline"] + W["over_byline"]
            if g.opens and (not f.closes or (i > 0 and self.facts[i - 1].jumps_away)):
                # running text does not go on into another story's byline, nor come alone
                # between a story that jumped away and the next one's opening
                sc -= W["over_opener"]
        return sc

    def _en_body(self, i: int) -> float:
        x, f = self.L[i], self.facts[i]
        s = x.s
        words = [w for w in s.split() if w[:1].isalpha()]
        sc = 0.0
        if words:
            lower = sum(w[0].islower() for w in words) / len(words)
            sc += W["en_lower"] * (lower - 0.3)
            letters = [c for c in s if c.isalpha()]
            upper = sum(c.isupper() for c in letters) / len(letters) if letters else 0.0
            if len(letters) >= 3 and upper >= 0.6:
                sc -= W["en_caps"] + 2.5 * (upper - 0.6)  # capitals (OCR may miss a few): display
        if re.search(r"[,;] \S", s):
            sc += W["en_comma"]
        digits = sum(map(str.isdigit, s))
        if digits >= 2 and digits * 4 >= sum(map(str.isalpha, s)):
            sc += W["en_figures"]  # figures (a division list, a table): no headline reads like that
        if not any(c.isalpha() for c in s):
            sc += W["en_specks"]  # specks and rules the OCR read: never a headline
        if s[:1].islower() and len(s.split()) == 1:
            sc += W["en_specks"]  # a lone lower-case word: an OCR speck of a line, no headline
        full, _, col = self.fits(i)
        if full:
            sc += W["full"]
        elif col and not f.closes and len(s) < 0.6 * col:
            sc -= W["en_short"]
        last = re.sub(r"\W+$", "", s.split()[-1]).lower() if s.split() else ""
        if last in english_words()["function"] or runs_on(s):
            sc += W["runs_on"]
        if i + 1 < len(self.L) and (self.L[i + 1].s[:1].islower() or (
                not f.closes and (_WORD_ENDS.match(self.L[i + 1].s) or _NAME_SAID.match(self.L[i + 1].s)
                                  or ((_NAME_VERB.match(self.L[i + 1].s) is not None
                                       or (full and _NOUN_VERB.match(self.L[i + 1].s) is not None))
                                      and all(w[:1].isupper() for w in words)))
                and not ABBREVIATION.match(self.L[i + 1].s))):
            # the next line goes on with this one's sentence (in lower case, or its first word
            # ends it: `…plays at Wexford next` / `Friday. Ashby Central hosts…`, or a name
            # wrapped before its verb: `Public Works Superintendent Dale` / `Minter said…`; or,
            # from a line as wide as the column, a name's last word and its verb, `The Mill
            # 4-H Clover` / `Club met Nov. 4…`)
            sc += W["en_next_lower"]
        if i + 1 < len(self.L) and self.L[i + 1].s[:1] in PAUSES:
            sc += W["en_next_colon"]  # ... opening with the colon or comma this line needs
        if _MID_STOP.search(s) and any(w[:1].islower() for w in words):
            sc += W["en_mid_stop"]  # a sentence ends inside the line and another begins
        if f.opens or self._own_tail_byline(i):
            sc += W["opens"]  # (a closing byline on its own line ends the text: `— Gazette staff`)
        if i > 0 and s.endswith(".") and not _ABBREVIATION_END.search(s) \
                and not self.facts[i - 1].closes and not self.facts[i - 1].fk \
                and re.search(r"[a-z,]$", self.L[i - 1].s) \
                and not re.search(r"[A-Z]{2}", self.L[i - 1].s + s) and not self._title_block(i):
            # a sentence ended under a line that went on into it in lower case (old heads in
            # capitals end on a stop, `THE NEW TARIFF.`; a division list's `Majority 3` does not
            # go on)
            sc += W["en_stop_under_open"]
        nxt = self.L[i + 1].s if i + 1 < len(self.L) else ""
        if not f.punct and not f.closes and nxt[:1].isupper() and len(words) >= 2 \
                and not self._text_block(i) and self._indent(i) < 3:  # (a run-in head's rest)
            # the column, or the next line where none is measured (a paragraph to a line)
            room = max(c for c in (*self._columns_around(i), col,
                                   len(nxt) if col is None else 0) if c is not None) - len(s)
            if room >= len(nxt.split()[0]) + W["en_room"]:
                sc -= W["en_unforced"]  # the next word would have fitted: no column broke this line
        elif f.punct and not f.closes and s[-1:].isalpha() and last not in english_words()["function"] \
                and nxt.split()[:1] and nxt.split()[0] in _CAPITAL_OPENERS:
            # a sentence never runs on from a word into `The` or `When`: this line ends a
            # headline with a pause in it (`building, but show us the math` / `The Pier 4…`)
            sc -= W["en_no_run"]
        if not f.closes and self._under_brief_head(i) and len(s) <= 60:
            sc -= W["after_tail"]  # under a column's head over briefs (`AROUND TOWN`): a brief's head
        if " — " in s:
            sc += W["en_dateline"]  # a dateline (`MILLBROOK —`) opens a body
        # (a headline may ask its question: `Pothole or paddling pool?`)
        asks = s[-1:] in "?!" and len(s) <= 60 and not _SENTENCE_STOP.search(s[:-1])
        if i > 0 and (not f.closes or asks) and self._signature(i - 1):
            sc -= W["after_signature"]  # under a letter's signature: the next letter's headline
        if not f.closes and self._en_echoed(i):
            sc -= W["echoed"]  # a headline's words come again in its first sentence
        if re.match(r"[QA]: ", s) and any(re.match(r"[QA]: ", self.L[k].s)
                                           for k in range(max(0, i - 8), i + 9) if k != i):
            sc += W["turn"]  # a question's or an answer's turn among others (`Q: Why now?`)
        # (or the name and the age opening a headline that says what they did, on a line the
        # column did not fill: `Dorothy Pruneau, 93, taught` / `generations of children…`;
        # a sentence opening so runs to the column's edge)
        if _NAME_AGE.match(s) or LIFE_DATES.match(s) or (
                _NAME_AGE_LEAD.match(s) and not f.closes and not full and i > 0
                and self.facts[i - 1].closes):
            # an obituary's head: the name and the age (`Evelyn R. Haskett, 92`), the life dates
            sc -= W["name_age"]
        if self.shape.style != "tight" and _ALL_CAPS.fullmatch(s):
            a, b = self._block(i)
            if 1 <= b - a <= 3 and all(_ALL_CAPS.fullmatch(self.L[k].s) for k in range(a, b + 1)):
                sc -= W["caps_block"]  # a block of two to four lines all in capitals: a headline
        if self.shape.style == "blocks" and not f.closes and not f.fk:
            a, b = self._block(i)
            last = re.sub(r"\W+$", "", self.L[b].s.split()[-1]).lower() if self.L[b].s.split() else ""
            if a < i and self._caps_head(a) and b - a <= 4 and not any(
                    self.facts[k].closes or self.facts[k].opens or runs_on(self.L[k].s)
                    for k in range(a, b + 1)) \
                    and last not in english_words()["function"] \
                    and b + 1 < len(self.L) and self.L[b + 1].s[:1].isupper():
                # under a label in capitals, in its block, a line or two ending no sentence nor
                # on a word that runs on, the next block opening anew: the label's headline
                # (`GIVING BACK` / `Harvest Supper feeds 412, raises` / `record $11,240 for
                # pantry`), however much it reads like text
                sc -= W["label_headline"]
        if self._report_subhead(i):
            sc += W["en_report_subhead"]
        elif self._title_block(i):
            sc -= W["en_title_block"]
        sc += self._shape_cues(i) + self._indent_cue(i)
        # (a stop that ends an abbreviation may end a headline: `…start to 8:30 a.m.`)
        if i + 1 < len(self.L) and self.facts[i + 1].bk == "line" and (
                not f.closes or _ABBREVIATION_END.search(s)):
            sc -= W["over_byline"]
        if i + 1 < len(self.L) and self.facts[i + 1].opens and not f.closes:
            sc -= W["over_opener"]  # running text does not go on into another story's byline
        if self._over_credit(i):
            sc += W["over_credit"]  # a photo's caption, a sentence over its credit
        return sc

    def _report_subhead(self, i: int) -> bool:
        """English, blank lines showing blocks: line i is a heading in capitals ending on a
        stop, a block of its own, under text that names speakers in capitals (`Mr HALE said`,
        `the CLERK read`; up to the one-line block above, 40 lines at most) and over a short
        section (up to the next one-line block, within 40 lines) that names them too, or is
        a note of a few lines: a sub-head of one meeting's report, whose sections are its
        running text, not a story of its own."""
        s = self.L[i].s
        if self.shape.style != "blocks" or not s.endswith(".") or s.upper() != s \
                or not _ALL_CAPS.fullmatch(s) or self._block(i) != (i, i):
            return False

        def section(step: int) -> list[str] | None:
            k, seen = i + step, list[str]()
            while 0 <= k < len(self.L) and abs(k - i) <= 40:
                if self._block(k) == (k, k):
                    return seen
                seen.append(self.L[k].s)
                k += step
            return seen if step < 0 else None  # (no heading below within reach: a long story)

        above, below = section(-1), section(1)
        if not above or not below or not _SPEAKER.search(" ".join(above)):
            return False
        return bool(_SPEAKER.search(" ".join(below))) or len(below) <= 8

    def _title_block(self, i: int) -> bool:
        """English, blank lines showing blocks: line i is a block of its own in title case
        (every word but the short function words opens in a capital, two or more in lower
        case after it), ending on a stop without a pause before it (`Meeting of the Harbour
        Trust.`), over another block: an old page's headline, whatever the text above left
        open."""
        s, f = self.L[i].s, self.facts[i]
        if self.shape.style != "blocks" or self._block(i) != (i, i) or i + 1 >= len(self.L) \
                or not s.endswith(".") or re.search(r"[,;:—]", s) or f.bk or f.fk:
            return False
        words = s.split()
        content = [w for w in words if w.lower() not in english_words()["function"]]
        return 2 <= len(words) <= 8 and all(w[:1].isupper() for w in content) \
            and sum(any(c.islower() for c in w) for w in content) >= 2

    def _over_credit(self, i: int) -> bool:
        """Line i is in the block right over a photo credit, and that block ends a sentence
        with words in lower case in it: the caption (a headline has no stop to end on).
        Where no blank line shows blocks, the block is the run of lines over the credit that
        go on into each other, up to a label in capitals or a line that ended."""
        a, b = self._block(i)
        if self.L[i].loose:
            if self.L[i].s.isupper():
                return False  # (the photo's label, `GOOD MORNING, BRONZEBACK`, heads its caption)
            while b + 1 < len(self.L) and b - i < 4 and not self.facts[b].closes:
                b += 1
            while a > 0 and i - a < 4 and not (self.facts[a - 1].closes or self.facts[a - 1].fk
                                               or self.facts[a - 1].bk or self.L[a - 1].s.isupper()):
                a -= 1
            widest = max(len(self.L[k].s) for k in range(a, b + 1))
            if any(len(self.L[k].s) < 0.75 * widest for k in range(a, b)):
                return False  # (a short line over the caption is its headline: `Ribbons and shovels`)
        if b + 1 >= len(self.L) or self.facts[b + 1].bk != "credit" or not self.facts[b].closes:
            return False
        return any(re.search(r"\b[a-z]{3,}", self.L[k].s) for k in range(a, b + 1))

    def emissions(self, i: int) -> list[float]:
        f, s = self.facts[i], self.L[i].s
        bs = self.body_score(i)
        # (an abbreviation's stop ends no sentence: `22 Orchard St. Tools, books…`)
        # (a box score's summary stops after each label's names: no sentences, `2B: TC, Lindgren;
        # PH, Ferraro. HR: TC, Ortiz.`)
        # (English sentences have words in lower case: a forecast's items do not, `Today:
        # Showers, 61°/49°. Wind SW 10-20 mph.`)
        strong_body = f.fk != "score" and reads_as_running_text(s, self.lang)
        e = [NEG] * 6
        e[B] = bs / 2
        e[D] = -bs / 2
        # (or under furniture or a box's row: a headline's own lines go on under a headline)
        goes_on = self.lang == "en" and s[:1].islower() and i > 0 and (
            _SENTENCE_STOP.search(self.L[i - 1].s) is not None
            or self.facts[i - 1].fk is not None or self._data_box(i - 1)
            or self.facts[i - 1].bk == "credit"  # (a story going on past a photo set into it)
            or self.facts[i - 1].jump is not None)  # (or its text going on under `Continued from…`)
        quoted_head = s[:1] in "“「" and i + 1 < len(self.L) and not self.facts[i + 1].punct \
            and self.L[i + 1].s[-1:] in "”」"  # `“修了四十年表，` / `我还想再修十年”`
        if (s[-1:] in _OPEN_END and not quoted_head and not self._head_pair(i)) \
                or s[:1] in PAUSES or goes_on \
                or (self.lang == "zh" and _STOP_INSIDE.search(s) is not None) \
                or (self.lang == "zh" and i + 1 < len(self.L) and not self.facts[i + 1].fk
                    and _FRAGMENT.match(self.L[i + 1].s) is not None
                    and self.L[i + 1].s[1:2] != "："):  # (`问：` opens a turn, no broken word)
            # a headline never ends on a comma nor opens with one, nor goes on in lower case
            # from a line where a sentence ended, nor (Chinese) goes on past a full stop, nor
            # over the end of a word it broke off (`…4日以112票赞` / `成、47票反对…`)
            e[D] -= W["display_open"]
        if self.lang == "en" and s.endswith(".") and i + 1 < len(self.L) \
                and not self.L[i + 1].gap and self.facts[i + 1].bk == "credit" \
                and not _ABBREVIATION_END.search(s):
            e[D] -= W["display_open"]  # a sentence over a photo's credit is its caption
        whole = inline_byline(s, self.lang) if f.opens else None
        if whole is not None and whole.end() >= len(s.rstrip()):
            # a byline that opens a body, alone on its line (`本报讯（记者　X　通讯员　Y）`):
            # the text's opening, never a headline's line
            e[D] -= W["display_open"]
        if self.lang == "en" and not any(c.isalpha() for c in s):
            e[D] -= W["en_wordless"]  # figures or specks alone (a table's sums) head no story
        if self.lang == "en" and CLOCK_END.search(s) and i + 1 < len(self.L) \
                and self.L[i + 1].gap == 0 and not self.L[i + 1].loose:
            # a sentence broken after its clock time goes on in the block (`The program repeats
            # at 8 p.m.` / `Saturday and 2 p.m. Sunday.`): no headline ends on the time
            e[D] -= W["display_open"]
        if self.lang == "en" and not f.closes and self._goes_on_past(i):
            e[D] -= W["display_open"]  # its sentence goes on under a pull quote or a box
        if self.lang == "en" and EN_SALUTATION.fullmatch(s):
            # a letter's salutation opens its text, under the letter's headline: no display line
            e[D] -= W["display_open"]
            e[B] = max(e[B], W["table"])
        if self.lang == "en" and len(s) >= PARAGRAPH_LINE and len(_SENTENCE_STOP.findall(s)) >= 2:
            e[D] -= W["display_open"]  # a paragraph's worth of sentences is no headline nor deck
        if self._stacked_under_kicker(i):
            # between a label in capitals over a story and the byline under its stack: a
            # headline's or a deck's line, whatever blank lines the page gives or not
            e[D] += W["kicker_to_byline"]
            e[B] = min(e[B], 0.0)
        if self._set_into_text(i):
            e[F] = W["table"] + W["pull_quote"]
        elif i in self.notes:
            e[F] = W["table"] + W["contact_note"]
        elif self._in_header(i):
            e[F] = W["table"] + W["header_block"]
        elif f.fk or self._slogan(i):
            # (nor is a line whose first word, in lower case, goes on with the open sentence
            # above it: `… are $55` / `and available at rotary.example`)
            goes_into = self.lang == "en" and _LOWER_WORD.match(s) is not None and i > 0 \
                and not self.facts[i - 1].closes and not self.facts[i - 1].fk \
                and self.facts[i - 1].punct and not self._notice_tail(i - 1)
            # (in Chinese, under a column line of running text that broke off mid-sentence and
            # over the rest of the sentence: `…可拨打` / `12345热线咨询或向公安机关报` / `案。`)
            # (or filling the column and breaking off on a pause itself: `城市更新，既要政府主
            # 导，也要共建共享。改什么、怎么改，`, whatever words a slogan's table names in it)
            goes_into = goes_into or (
                self.lang == "zh" and 0 < i < len(self.L) - 1 and self.fits(i)[0]
                and not f.closes and ((
                    self.fits(i - 1)[0] and self.facts[i - 1].punct and not self.facts[i - 1].closes
                    and not self.facts[i - 1].fk and (
                        _FRAGMENT.match(self.L[i + 1].s) is not None
                        # (or over a full line of text that goes on with its pauses: `…作出裁定，`
                        # / `撤销对前总理阿尔贝托·卡雷` / `拉斯腐败案的二审判决，将案`)
                        or (self.fits(i + 1)[0] and self.facts[i + 1].punct
                            and not self.facts[i + 1].opens and not self.facts[i + 1].fk)))
                    or (s[-1:] in "，、；" and self.facts[i + 1].punct)))
            e[F] = W["table"] - (W["never_furniture"] if strong_body or goes_into
                                 or self._photo_title(i) else 0.0)
        elif i in self.ranked or self._notice_tail(i) or self._boxed(i) or self._tag_title(i) \
                or self._data_box(i) \
                or self._column_head(i) or self._credited_box(i) or self._section_label(i) \
                or self._column_logo(i) \
                or self._rated_box(i) or self._refer_tail(i) or self._listing_head(i):
            e[F] = W["table"]
            if self._data_box(i) and not f.closes:
                # a box's last row over the text that goes on after it is no text's line
                e[B] = min(e[B], 0.0)
        elif self.lang == "en" and not any(c.isalnum() for c in s) and (
                (i > 0 and (self.facts[i - 1].bk or self.facts[i - 1].fk))
                or (i + 1 < len(self.L) and self.facts[i + 1].fk)
                or _SPECKS.search(s) is not None):
            # specks the OCR read, or a rule, next to a credit or furniture: no letter nor
            # figure (within running text they may be a dinkus, `* *`, the text going on under it;
            # marks no text prints alone are specks anywhere, `~ ^`, `» ¦`)
            e[F] = W["table"]
        else:
            e[F] = W["not_table"] + (0.0 if f.punct else W["bare_furniture"])
            if self._banner(i):
                e[F] = W["table"] - 1.0
        e[BY] = W["table"] if f.bk == "line" else NEG
        e[CR] = W["table"] if f.bk == "credit" else NEG
        if f.bk == "credit" and self.lang == "en" and i > 0 and not self.facts[i - 1].closes \
                and not self.facts[i - 1].punct and self._text_under(i) > 300:
            # a photographer's form of credit under a headline and over more running text than
            # a caption holds is the story's byline (`HOLLIS WREN | The Herald`)
            e[BY], e[CR] = W["table"], W["table"] - 1.0
        e[J] = W["table"] + 2.0 if f.jump else NEG
        if f.jump:
            e[B] = e[D] = NEG
        elif f.jumps_away:
            e[D] = NEG  # text that ends in a jump marker (`要聚焦（下转第3版）`) heads no story
        if f.opens:
            e[D] -= W["opens"]  # a line that opens a body (`本报讯…`, `（上接第1版）`) heads no stack
        if f.bk and not f.punct:
            e[B] -= W["byline_not_body"]  # a whole line a byline table names is never running text
            e[D] -= 3.0
        if self.lang == "en" and self._deck_block(i):
            e[D] = max(e[D], e[B] + 1.0)  # a deck's block between its headline and byline
        if self._cross_head(i):
            # a feature's cross-head in brackets between its paragraphs is one of them
            e[B], e[D], e[F] = W["table"], min(e[D], 0.0), min(e[F], 0.0)
        return e

    def _photo_title(self, i: int) -> bool:
        """Chinese: a short line the tables name a column's logo (`…课堂`, `…风采`) printed in
        one block over a caption that opens on its day and ends on a credit a few lines down:
        the picture's title (`安全知识进课堂` / `9月2日，…` / `记者 蒙 涛 摄`)."""
        if self.lang != "zh" or self.facts[i].fk != "logo" or i + 1 >= len(self.L) \
                or self.L[i + 1].gap or not CAPTION_OPENER.match(self.L[i + 1].s):
            return False
        return any(self.facts[k].bk == "credit" for k in range(i + 2, min(i + 8, len(self.L))))

    def _cross_head(self, i: int) -> bool:
        """Chinese: a head in square brackets (`【从地下室起步】`) under a paragraph that ended
        (or under a picture's credit set into the text) and over a line of running text: a
        feature's cross-head, a paragraph of its text; over a headline it is a column's logo.
        English: see `_en_cross_head`."""
        if self.lang == "en":
            return self._en_cross_head(i)
        if self.lang != "zh" or not 0 < i < len(self.L) - 1 \
                or not BRACKET_HEAD.fullmatch(self.L[i].s):
            return False
        up, down = self.facts[i - 1], self.facts[i + 1]
        return (up.bk == "credit" or (up.closes and up.punct and not up.bk and not up.fk)) \
            and down.punct and not down.bk and not down.fk and not down.opens \
            and len(self.L[i + 1].s) >= 16

    def _en_cross_head(self, i: int) -> bool:
        """English: a short line ending no sentence, under text that ended (or a box set into
        it) and over running text that names a person by the surname alone whom the text above
        named in full (`biologist Tamsin Ekberg` … / `A fungus moves north` / `"For a few
        years…," Ekberg said.`): a feature's cross-head, a paragraph of its story; a new story
        names its people in full first."""
        end = self.L[i].s[-1:]
        if not 0 < i < len(self.L) - 1 or len(self.L[i].s) > 60 or end in PAUSES \
                or (not end.isalnum() and end not in "’'\"”?"):
            return False
        f, up, down = self.facts[i], self.facts[i - 1], self.facts[i + 1]
        if f.closes or f.bk or f.fk or f.jump or not (up.closes or up.fk or self._data_box(i - 1)) \
                or not down.punct or down.bk or down.fk or down.opens or len(self.L[i + 1].s) < 40:
            return False
        above = " ".join(self.L[k].s for k in range(max(0, i - 60), i))
        below = " ".join(self.L[k].s for k in range(i + 1, min(len(self.L), i + 4)))[:400]
        lexicon = english_lexicon()
        for m in _LONE_SURNAME.finditer(below):
            name = m["name"]
            if name.lower() not in lexicon and re.search(rf"\b[A-Z][a-z]+ {name}\b", above) \
                    and not re.search(rf"\b[A-Z][a-z]+ {name}\b", below[:m.end()]):
                return True
        return False

    def _text_under(self, i: int) -> int:
        """Characters of running text (lines with its punctuation) right under line i."""
        n, k = 0, i + 1
        while k < len(self.L) and k <= i + 12 and self.facts[k].punct:
            n, k = n + len(self.L[k].s), k + 1
        return n

    def _head_pair(self, i: int) -> bool:
        """English: line i ends on a comma or semicolon and the next line, without a stop or
        another pause, finishes the phrase over a byline, or, short, before a line that starts
        a sentence anew (`The ferry schedule is a lifeline,` / `not a line item` / `When
        the…`): a headline or deck broken at its pause, which running text would not leave
        unended, nor print as a block of two lines on its own (`A levy worth renewing,` / `with
        strings attached`).  (Chinese: `_zh_head_pair`.)"""
        if self.lang == "zh":
            return self._zh_head_pair(i)
        if self.L[i].s[-1:] not in (",", ";") or i + 2 >= len(self.L):
            return False
        g, nxt, third = self.facts[i + 1], self.L[i + 1].s, self.facts[i + 2]
        if g.closes or g.punct or runs_on(nxt):
            return False
        if third.opens or third.bk == "line":
            return True  # the phrase ends over a byline: a deck (`…ballot;` / `tax would…`)
        if self._pair_block(i):
            return True  # the two lines are a printed block of their own, left unended
        col = self.fits(i + 1)[2] or self.widths[i]
        return len(nxt) < 0.6 * col and self._en_run(i + 2) < 0

    def _dialogue(self, i: int) -> bool:
        """Line i opens with a speaker's name and a colon, and around it two names or more
        each open two lines or more that way: an interview's turns (a headline may open with
        a name and a colon once, `张明：…`, never in turns)."""
        m = SPEAKER.match(self.L[i].s)
        if m is None:
            return False
        labels = [n[1] for x in self.L[max(0, i - 15):i + 16] if (n := SPEAKER.match(x.s))]
        return labels.count(m[1]) >= 2 and sum(labels.count(k) >= 2 for k in set(labels)) >= 2

    def _pair_block(self, i: int) -> bool:
        """English, blank lines between blocks: line i ends on a pause and, with the line
        under it that ends on no mark at all, makes a printed block of two lines (`A levy
        worth renewing,` / `with strings attached`): running text never leaves one unended."""
        return self.lang == "en" and self.shape.style == "blocks" and i + 2 < len(self.L) \
            and self.L[i].s[-1:] in (",", ";") and bool(self.L[i].gap) and not self.L[i + 1].gap \
            and bool(self.L[i + 2].gap) and self.L[i + 1].s[-1:].isalnum()

    def _deck_block(self, i: int) -> bool:
        """English, blank lines between blocks: line i is in a printed block of two to four
        lines that ends on no mark at all right over a byline's line (`Aging buildings,
        rising enrollment leave` / `‘little choice,’ officials say; measure` / `goes on the
        Nov. 5 ballot` / `By …`): running text never stops unended over a byline; a deck
        does."""
        if self.lang != "en" or self.shape.style != "blocks":
            return False
        a, b = self._block(i)
        if not 1 <= b - a <= 3 or b + 1 >= len(self.L) or self.facts[b + 1].bk != "line":
            return False
        # (or one of whole sentences between a headline's block and the byline over a text
        # that opens with its dateline: `Ned Carrow has pulled the ferry since` / `1983. On
        # Saturday, he began…` / `By …` / `ALDER BEND — …`; running text stands under its
        # byline, not over it)
        headed = a > 0 and not self.facts[a - 1].punct and not self.facts[a - 1].closes \
            and not self.facts[a - 1].fk and not self.facts[a - 1].bk \
            and b + 2 < len(self.L) and self.facts[b + 2].opens
        if not (self.L[b].s[-1:].isalnum() or (headed and self.facts[b].closes)):
            return False
        return not any((self.facts[k].closes and not headed) or self.facts[k].opens
                       or self.facts[k].bk or self.facts[k].fk for k in range(a, b + 1))

    def _zh_head_pair(self, i: int) -> bool:
        """Chinese: a short line ending on a comma under furniture (a column's logo, a box)
        or at the top, and a short line that finishes the phrase on a question or exclamation
        mark or on no mark at all (`读者来信` / `老旧小区加装电梯，` / `后续维护谁来管？`): a
        headline broken at its pause; a text goes on from furniture on a line of full width."""
        s = self.L[i].s
        if s[-1:] != "，" or len(s) > 14 or i + 1 >= len(self.L) or "，" in s[:-1]:
            return False
        nxt = self.L[i + 1].s
        above = i == 0 or self.facts[i - 1].fk is not None
        return above and len(nxt) <= 14 and not re.search(r"[，。、；：]", nxt[:-1]) \
            and (nxt[-1:] in "？！" or not self.facts[i + 1].punct)

    def _pull_quotes(self) -> set[int]:
        """Lines of a quotation set with its attribution (`"…land."` / `— City Manager X`) into
        running text that has not ended its sentence: a pull quote, in any shape."""
        out: set[int] = set()
        for j, x in enumerate(self.L):
            wrapped = self._wrapped_attribution(j)
            if not ((_ATTRIBUTION.match(x.s) or wrapped or self._named_speaker(j))
                    and j >= 2 and _ATTRIBUTED_END.search(self.L[j - 1].s)):
                continue
            k = j - 1
            while k > j - 9 and k > 0 and not _ATTRIBUTED_START.match(self.L[k].s):
                k -= 1
            j += wrapped  # (the role the column wrapped after the comma goes with it)
            if j + 2 < len(self.L) and not self.L[j + 1].gap and (
                    _NAME_LINE.fullmatch(self.L[j + 1].s) or (
                        self.lang == "en" and self.shape.style == "blocks" and self.L[j + 2].gap
                        and not self.facts[j + 1].bk and len(self.L[j + 1].s.split()) <= 4
                        and not _SENTENCE_STOP.search(self.L[j + 1].s))):
                j += 1  # the speaker's name the column wrapped under the role (`— Public Works
                # Director` / `Sandra Okoye`), or the rest of who they are, ending the block
                # (`— Tomas Ferreira, Harborview` / `Apartments resident`)
            below = self.facts[j + 1] if j + 1 < len(self.L) else None
            if below is not None and below.bk == "line":
                continue  # over a byline, a `——` line is a headline's subheadline, no speaker
            # set into running text: it breaks off a sentence, or stands between paragraphs
            # (the paragraph above is running text: one of its last three lines has
            # running-text punctuation)
            prose = any(self.facts[m].punct for m in range(max(0, k - 3), k))
            between = below is not None and prose and not (
                below.opens or below.bk or below.fk)
            # (in Chinese the sentence broken off reads as text: a headline's first line over
            # its quoted second, `一粒种子的` / `“太空往返”` / `——探访…`, is no sentence)
            broken = not self.facts[k - 1].closes and (self.lang == "en" or self.facts[k - 1].punct)
            if _ATTRIBUTED_START.match(self.L[k].s) and k > 0 and (broken or between):
                out.update(range(k, j + 1))
        for k in range(1, len(self.L) - 1):
            if not _QUOTE_START.match(self.L[k].s):
                continue
            end = next((e for e in range(k, min(k + 4, len(self.L) - 1))
                        if _QUOTE_END.search(self.L[e].s) or _QUOTE_CLOSED.search(self.L[e].s)
                        or _SPEAKER_AFTER.search(self.L[e].s)), None)
            # (a quotation a sentence closes after its mark, `“少跑腿、快拿钱”。`, is that
            # sentence's end)
            if end is not None and not _QUOTE_CLOSED.search(self.L[end].s) \
                    and (self._narrow_quote(k, end) or self._quote_set_apart(k, end)
                         or self._quote_unindented(k, end) or self._quote_indented(k, end)):
                out.update(range(k, end + 1))
        for k in range(1, len(self.L) - 1):
            # (a paragraph to a line: the quotation and its speaker on one line, set into a
            # sentence the line above left open, `"We are running…1990s." -- Utilities Director
            # X` between `…the plant was built in` and `1958 and has had…`)
            # (or a quotation the line above left open, to close on the line below: `…said:
            # "It's disgusting.` / `'Rats everywhere' -- X, CANAL ROW` / `My kids can't…"`)
            held = _QUOTE_LEFT_OPEN.search(self.L[k - 1].s) is not None \
                and _QUOTE_END.search(self.L[k + 1].s) is not None
            if _PULL_LINE.fullmatch(self.L[k].s) and (not self.facts[k - 1].closes or held) \
                    and self.facts[k - 1].fk is None and not self.facts[k + 1].opens:
                out.add(k)
        return out

    def _ranked_lists(self) -> frozenset[int]:
        """Lines of a ranked list: three items or more numbered 1, 2, 3… in a row, none with
        a running-text sentence (`1 《长河谣》主题曲 郑安宁`, `2. The Long Ridge, Carl Ammons`),
        and the short bare titles over them, three lines at most (`本周音乐榜`, `BESTSELLERS` /
        `Hardcover fiction, week ending Oct. 27`): a chart or a bestseller box, never read
        aloud (the gold of every such list in the tuning pages skips it, title and all)."""
        out: set[int] = set()
        i = 0
        while i < len(self.L):
            if _rank(self.L[i].s) != 1:
                i += 1
                continue
            j = i
            while j < len(self.L) and _rank(self.L[j].s) == j - i + 1:
                j += 1
            if j - i >= 3:
                out.update(range(i, j))
                for k in range(i - 1, max(i - 4, -1), -1):  # (a title, its source, a group's head)
                    title = self.L[k].s
                    if len(title) > (16 if self.lang == "zh" else 50) or _RANK_PROSE.search(title) \
                            or self.facts[k].bk or self.facts[k].closes or _rank(title) is not None:
                        break
                    out.add(k)
            i = max(j, i + 1)
        return frozenset(out)

    def _contact_notes(self) -> set[int]:
        """English lines of a note that tells readers how to reach the paper (`To place an
        obituary, email` / `obits@….example or call` / `555-0110. Deadline is 3 p.m. the day` /
        `before publication.`): from the line the sentence round an e-mail address opens on to
        the line that ends a sentence (or the address), four lines at most, where it stands
        apart from any story's text: the line above it ends a sentence, a byline, furniture or
        a telephone number, and the line below does not go on in lower case."""
        if self.lang != "en":
            return set()
        out: set[int] = set()
        for i, x in enumerate(self.L):
            # (or a web address alone under a line that leads into it: `…a map of the site:` /
            # `ashcombegazette.example`)
            web = _WEB_ALONE.fullmatch(x.s) is not None and i > 0 \
                and self.L[i - 1].s.endswith(":")
            if self._reach_us(i):
                out.add(i)
                continue
            end = self._reach_block(i)
            if end is not None:
                out.update(range(i, end + 1))
                continue
            if not _EMAIL.search(x.s) and not web:
                continue
            a = i
            while a > max(0, i - 3) and not self.L[a].s[:1].isupper() and not self.facts[a - 1].closes:
                a -= 1
            while web and a > max(1, i - 4) and not self._apart(a) \
                    and not CAPS_LABEL.fullmatch(self.L[a - 1].s):
                a -= 1  # (a refer's sentence may hold names: `More photos from the Harvest` / `Helpers…`)
            b = i
            # (the note ends at the address, at a telephone number ending a line or at the end
            # of a printed block, whatever follows)
            while b < min(len(self.L) - 1, i + 3) and not ends_sentence(self.L[b].s) \
                    and not _EMAIL.search(self.L[b].s.split()[-1]) and not web \
                    and not _PHONE_END.search(self.L[b].s) \
                    and not (self.L[b + 1].gap and not self.L[b + 1].loose):
                b += 1
            apart = self._apart(a)
            if web and not apart and a > 0 and CAPS_LABEL.fullmatch(self.L[a - 1].s) \
                    and self._apart(a - 1):
                a, apart = a - 1, True  # a refer's label over it (`ONLINE`)
            ended = ends_sentence(self.L[b].s) or _EMAIL.search(self.L[b].s.split()[-1]) \
                or _PHONE_END.search(self.L[b].s) or web
            if apart and ended and self.L[a].s[:1].isupper() \
                    and (b + 1 == len(self.L) or not self.L[b + 1].s[:1].islower()):
                out.update(range(a, b + 1))
        return out

    def _reach_us(self, i: int) -> bool:
        """English: line i is a whole sentence telling readers how to reach the paper by
        telephone or post (`Text STAR and your views to 01632 960999 or write to Letters, Quay
        House…`), opening on its verb, apart from any text (under a text that closed or a
        column's head in capitals) and not going on below."""
        s = self.L[i].s
        # (or a short question or offer with a colon before such a sentence: `Sports scores?
        # Call the sports desk at…`, `Subscribe to the Clarion: $38 a year… Call 555-0118.`)
        asked = _ASK_THEN_REACH.match(s)
        return (_REACH_VERB.match(s) is not None or (asked is not None and len(s) <= 160)) \
            and (_PHONE_ANY.search(s) is not None or (asked is not None and _EMAIL.search(s) is not None)) \
            and len(s) >= 40 and (self._apart(i) or CAPS_LABEL.fullmatch(self.L[i - 1].s) is not None) \
            and (i + 1 == len(self.L) or not self.L[i + 1].s[:1].islower())

    def _reach_block(self, i: int) -> int | None:
        """English: lines i to the returned one are a short question or offer and how to
        reach the paper about it, wrapped over two or three lines (`Subscribe to the Clarion:
        $38 a year in Fennick County,` / `$52 elsewhere. Call 555-0118.`), apart from any text
        and not going on below."""
        if not _ASK_OPENS.match(self.L[i].s) or not self._apart(i):
            return None
        text = ""
        for b in range(i, min(i + 3, len(self.L))):
            text = f"{text} {self.L[b].s}".strip()
            below = self.L[b + 1].s if b + 1 < len(self.L) else ""
            if len(text) > 160:
                return None
            if (ends_sentence(self.L[b].s) or _PHONE_END.search(self.L[b].s)
                    or _EMAIL.search(self.L[b].s.split()[-1])) and not below[:1].islower() \
                    and _ASK_THEN_REACH.match(text) is not None \
                    and (_PHONE_ANY.search(text) is not None or _EMAIL.search(text) is not None):
                return b
        return None

    def _writer_notes(self) -> set[int]:
        """English: the sentence under a column's closing signature that says who the writer
        is, opening with the signed name (`— Dale Pruitt` / `Dale Pruitt writes about the
        outdoors from Birch Hollow.`), or under the bare name in its possessive with an address
        to write to: a note on the writer, not the column's text."""
        if self.lang != "en":
            return set()
        out: set[int] = set()
        for i in range(1, len(self.L)):
            name = _DASH_OPEN.sub("", self.L[i - 1].s)
            s = self.L[i].s
            if name != self.L[i - 1].s and PERSON.fullmatch(name) and s.startswith(name + " ") \
                    and len(s) <= 120 and ends_sentence(s) and s.count(". ") == 0:
                out.add(i)
            # (or under the writer's bare name, the note in the possessive with how to reach
            # them: `Gus Tremblay` / `Gus Tremblay’s column appears Sundays. Reach him at
            # gus@….example.`)
            elif PERSON.fullmatch(name) and re.match(re.escape(name) + r"[’']s ", s) \
                    and len(s) <= 160 and ends_sentence(s) and _EMAIL.search(s):
                out.add(i)
        return out

    def _house_boxes(self) -> set[int]:
        """English: a standing box of the paper's own, a head in capitals, a few lines of text
        and two or more ways to reach the paper on rows of their own (`WRITE TO US` / `Letters
        should be…` / `Email: letters@….example` / `Mail: Letters, Daily Record, 40 Falls
        Ave.,` / `Lindell Falls`): the same every day, not a story.  A brief that ends on how
        to reach someone gives one way, in its sentence.  Under a column of letters, the
        column's policy, with an e-mail address in its sentences."""
        if self.lang != "en":
            return set()
        out: set[int] = set()
        n, j = len(self.L), 0
        while j < n:
            if not _CONTACT_ROW.match(self.L[j].s):
                j += 1
                continue
            b, rows = j, 1
            while b + 1 < n and (_CONTACT_ROW.match(self.L[b + 1].s) or (
                    self.L[b].s.endswith(",") and not self.shape.broken(self.L[b + 1])
                    and not ends_sentence(self.L[b + 1].s) and len(self.L[b + 1].s) <= 40)):
                b += 1
                rows += _CONTACT_ROW.match(self.L[b].s) is not None
            head = next((a for a in range(j - 1, max(-1, j - 8), -1)
                         if CAPS_LABEL.fullmatch(self.L[a].s)), None)
            if rows >= 2 and head is not None and self._apart(head) and not any(
                    self.facts[k].bk or self.facts[k].fk == "logo" for k in range(head + 1, j)):
                out.update(range(head, b + 1))
            j = b + 1
        # (or under the last letter's signature, its policy: a head in capitals over a few
        # sentences that end on where to send letters, `WRITE TO US` / `Letters must be
        # signed…` / `…Send to letters@….example` / `or 14 Court St., Marrowfield.`)
        for h in range(1, n - 1):
            if not (self.L[h].s.isupper() and len(self.L[h].s) <= 40) or not self._signature(h - 1):
                continue
            # (it ends with the sentence the address is in, seven lines at most)
            mail = next((k for k in range(h + 1, min(n, h + 8)) if _EMAIL.search(self.L[k].s)), None)
            # (or, a few lines under the head, with the address's own row or the block it
            # closes: `Email: letters@….example` / a blank / `GUEST ESSAY`, the next text's label)
            e = None if mail is None else mail if mail - h <= 3 and (
                mail + 1 == n or _CONTACT_ROW.match(self.L[mail].s)
                or self.shape.broken(self.L[mail + 1])) else next(
                (k for k in range(mail, min(n, h + 8)) if ends_sentence(self.L[k].s)), None)
            while e is not None and e + 1 < n and _CONTACT_ROW.match(self.L[e + 1].s):
                e += 1  # (and the rows of the other ways to reach the paper: `Mail: Letters, …`)
            if e is not None and not any(self.facts[k].bk for k in range(h + 1, e + 1)):
                out.update(range(h, e + 1))
        return out

    def _footnotes(self) -> set[int]:
        """English: the footnote an ad's starred figure points to, on the line under it
        (`12-month certificate 4.15% APY*` / `*Annual percentage yield. Min. $500.`), or a
        line or two further down in the same block, past the ad's call to act."""
        if self.lang != "en":
            return set()
        def starred(i: int) -> bool:
            for k in range(i - 1, max(-1, i - 4), -1):
                if self.L[k].s.endswith("*") and not self.facts[k].closes:
                    return True
                if self.L[k].gap and not self.L[k].loose:
                    return False  # (the block's first line: no star above it in the block)
            return False
        return {i for i in range(1, len(self.L)) if self.L[i].s.startswith("*") and starred(i)}

    def _ads(self) -> set[int]:
        """English lines of an advertisement: from a name in capitals (`HARBORLINE REALTY`,
        `KETTERING-BRAGG` / `FUNERAL HOME`) down to a line that ends on its telephone number
        (`Hwy. 14 East, Osterby  •  555-0177`) or on bullets with its address or hours, five
        lines at most, all short, none of them a byline nor a column's full line of running
        text; the name opens a block or follows the end of a sentence, a byline or furniture.
        A story's sentence ends on its number with a stop (`…call 555-0199.`)."""
        if self.lang != "en":
            return set()
        out: set[int] = set()
        for j, x in enumerate(self.L):
            if self._ad_line(j):
                out.add(j)
                continue
            # (not a sentence's last line: `discolored water for a few hours; call 555-0140`)
            # (or a telephone number among an ad's bullets: `211 Main St. • 555-0148 • Open 7 days`)
            # (or an address or hours among them: `2210 Route 14 North • Open daily 7 a.m.-7 p.m.`)
            # (or bars: `555-0177 | harrowvalleyrealty.example`)
            # (or middle dots: `Route 14, Fennick Mills · Open daily 8-6`)
            bullets = re.search(" [•|·] ", x.s) is not None and re.search(r"\d", x.s) is not None
            if not (_PHONE_END.search(x.s) or bullets) or len(x.s) > 60 or x.s[:1].islower():
                continue
            for i in range(j - 1, max(-1, j - 6), -1):
                # (an offer's line may fill the column, not end a sentence: `Fall Clean-Up
                # Sale — 20% off rakes,`)
                if len(self.L[i].s) > 60 or self.facts[i].bk \
                        or (self.facts[i].full and (self.facts[i].closes or not self.facts[i].punct)):
                    break
                s = self.L[i].s
                # (over a line of bullets, a name in title case too: `Hollis & Pratt Funeral Home`)
                named = bullets and j - i <= 3 and _FIRM.fullmatch(s) is not None
                if not ((s.isupper() and len(re.sub(r"[^A-Z]", "", s)) >= 6) or named):
                    continue
                while i > 0 and self.L[i - 1].s.isupper() and (not self.L[i].gap or self.L[i].loose):
                    i -= 1  # a name over two lines
                if self._apart(i) or (self.L[i].gap and not self.L[i].loose):
                    out.update(range(i, j + 1))  # (an ad's block may follow any text)
                break
        return out

    def _ad_line(self, j: int) -> bool:
        """English: an advertisement printed on one line, three parts or more parted by dashes,
        bullets or bars, the first a name in capitals, no part a sentence, a figure in it
        (`BARGAIN BEDS -- WINTER SALE -- Sofas from $299 -- Open 7 days`), apart from any
        story's text."""
        s = self.L[j].s
        parts = _AD_PARTS.split(s)
        return len(parts) >= 3 and parts[0].isupper() and len(re.sub(r"[^A-Z]", "", parts[0])) >= 6 \
            and re.search(r"\d", s) is not None and not any(_SENTENCE_STOP.search(x) for x in parts) \
            and self._apart(j)

    def _apart(self, i: int) -> bool:
        """English: line i opens a unit of its own, no story's text going on into it: the
        page's first line, or the line above ends a sentence, a byline (a closing one too),
        furniture or a telephone number."""
        if i == 0:
            return True
        f, above = self.facts[i - 1], self.L[i - 1].s
        return f.closes or f.fk is not None or f.bk is not None or tail_alone(above, "en") \
            or _PHONE_END.search(above) is not None

    def _named_speaker(self, j: int) -> bool:
        """English: line j is a name in capitals alone, printed tight under a quotation's last
        line, naming someone the text above names too (`“…falls apart.”` / `INES MARWOOD`
        under a story about Ines Marwood): the speaker of a pull quote.  A kicker over the next
        story's headline names no one the story above has quoted."""
        s = self.L[j].s
        if self.lang != "en" or self.L[j].gap or not _CAPS_TITLE.fullmatch(s) or len(s.split()) > 3:
            return False
        name = s.title()
        return any(name in self.L[m].s for m in range(max(0, j - 40), j - 1))

    def _wrapped_attribution(self, j: int) -> bool:
        """Line j is an attribution whose speaker's role the column wrapped onto the next line
        after a comma (`— Odile Prentiss,` / `Harbor Commission chair`)."""
        s = self.L[j].s
        return s.endswith(",") and j + 2 < len(self.L) and bool(_ATTRIBUTION.match(s[:-1])) \
            and not self.L[j + 1].gap and len(self.L[j + 1].s) <= 40 \
            and not re.search(r"[.;:!?。；！？]", self.L[j + 1].s)

    def _quote_set_apart(self, k: int, j: int) -> bool:
        """Lines k..j, a quotation printed as a block of its own (blank lines round it where
        the page shows blocks), sit inside a story's running text: they break off its sentence
        (the text above has not ended it, the text below goes on in lower case), or they say
        again what the story says within a few dozen lines (not in the line under them, where
        a quoted headline's lead would say it): a pull quote, never read aloud."""
        # (the speaker may follow on the quotation's last line: `…degree.” — Senator X`)
        quote = _SPEAKER_AFTER.sub(lambda m: m[1], " ".join(self.L[m].s for m in range(k, j + 1)))
        # (one quotation, whole sentences: not `“慢不得”的危机感、“坐不住”`, nor a quote the
        # sentence goes on from, `"We knew this was coming,"` / `Ames said.`)
        if k == 0 or j + 1 >= len(self.L) or j - k > 3 or not _WHOLE_QUOTE.fullmatch(quote):
            return False
        blocks = self.shape.style == "blocks"
        if blocks and not (self.L[k].gap and self.L[j + 1].gap):
            return False
        above, below = self.facts[k - 1], self.facts[j + 1]
        # (the text above reads as running text: a pause or, in English, a sentence's end,
        # at a line's end or inside it)
        if above.fk or above.bk or below.fk or below.bk or below.opens \
                or not any(self.facts[m].punct or (self.lang == "en" and (
                    self.facts[m].closes or _STOP_WITHIN.search(self.L[m].s) is not None))
                           for m in range(max(0, k - (6 if self.lang == "en" else 3)), k)):
            return False  # (a narrow English column may set three lines or more with no mark)
        nxt, last = self.L[j + 1].s, self.L[k - 1].s[-1:]
        # (a sentence broken between two words; not one that leads into the quotation, `…说，`
        # / `“现在…”`)
        if not above.closes and last.isalnum() and (
                nxt[:1].islower() if self.lang == "en" else blocks and above.punct):
            return True
        around = [self.L[m].s for m in range(max(0, k - 40), min(len(self.L), j + 41))
                  if not k <= m <= j + 1]
        return said_again(quote, " ".join(around), self.lang)

    def _quote_unindented(self, k: int, j: int) -> bool:
        """On a page extracted a paragraph to a line, lines k..j, one whole quotation, are
        set flush left between a paragraph that ended and the next one's indented line, where
        the paragraphs around are indented: set apart from the text, a pull quote (`　　答：…。`
        / `“体育课不是‘副科’，` / `而是成长的必修课。”` / `　　问：…`; where a column wraps
        paragraphs, their lines after the first are flush left too)."""
        if not self.shape.paragraphs or k == 0 or j + 1 >= len(self.L) or j - k > 3:
            return False
        quote = "".join(self.L[m].s for m in range(k, j + 1))
        start = next((m for m in range(k - 1, max(-1, k - 12), -1) if self._indent(m) >= 2), None)
        return _WHOLE_QUOTE.fullmatch(quote) is not None and self.facts[k - 1].closes \
            and all(self._indent(m) == 0 for m in range(k, j + 1)) \
            and self._indent(j + 1) >= 2 and start is not None

    def _quote_indented(self, k: int, j: int) -> bool:
        """Lines k..j, one whole quotation of two lines or more, are every one indented where
        the lines round them are flush: set in from both sides of the column, apart from the
        text (a paragraph indents its first line only), a pull quote."""
        if j == k or k == 0 or j + 1 >= len(self.L) or j - k > 3:
            return False
        quote = " ".join(self.L[m].s for m in range(k, j + 1))
        # (the text below may open its paragraph indented: its next line is flush)
        return _WHOLE_QUOTE.fullmatch(quote) is not None and self.facts[k - 1].closes \
            and all(self._indent(m) >= 2 for m in range(k, j + 1)) and self._indent(k - 1) == 0 \
            and min(self._indent(m) for m in range(j + 1, min(len(self.L), j + 3))) == 0 \
            and not (self.facts[j + 1].bk or self.facts[j + 1].fk)

    def _narrow_quote(self, k: int, j: int) -> bool:
        """Lines k..j, a quotation without attribution, are set into running text: the line
        above breaks off a sentence, every quotation line is narrower than it, and the line
        below goes on in the column's width (`…更换排水和` / `“菜场干净亮堂了，` / … / `…一倍。”`
        / `通风系统，把原来的…`); or, in Chinese after a sentence that ended, two lines or more
        all far short of the column (a quoted paragraph fills its first lines)."""
        above, below = self.facts[k - 1], self.facts[j + 1]
        wide = self.widths[k - 1] - 2
        if above.closes:
            # between paragraphs or stories: two lines or more, none of them near the column
            # (Chinese: a justified column; English lines are ragged)
            col = self.fits(k)[2] if self.lang == "zh" else None
            nxt = self.L[j + 1].s
            # (a headline in quotation marks stands over its `——对话…` line, byline or opener)
            heads = below.bk or below.opens or (nxt.startswith("——") and len(nxt) > 8)
            return j > k and col is not None and not heads and all(
                self._span(x)[1] < col - 6 for x in range(k, j + 1))
        return (above.punct and not below.opens and not below.bk
                and not below.fk and self._span(j + 1)[1] >= wide
                and all(self._span(x)[1] < wide for x in range(k, j + 1)))

    def _set_into_text(self, i: int) -> bool:
        """Line i is in a block printed into running text that has not ended its sentence (a
        pull quote): a quotation with its attribution, or, where blank lines show blocks
        (`lines` shape), a block under a line of running text whose text goes on after it."""
        if i in self.quoted:
            return True
        if self.shape.style == "blocks":
            # a small block with furniture in it (`扫码看首班车` / `乘车全程视频`) between the two
            # halves of a sentence: all of it set into the text
            a, b = self._block(i)
            if a == 0 or b + 1 >= len(self.L) or b - a > 3:
                return False
            above, below = self.facts[a - 1], self.facts[b + 1]
            return (above.punct and not above.closes and not below.opens and not below.bk
                    and not below.fk and any(self.facts[k].fk for k in range(a, b + 1))
                    and not any(self.facts[k].bk for k in range(a, b + 1)))
        if self.shape.style != "lines":
            return False
        a, b = self._block(i)
        if b == a or a == 0 or b + 1 >= len(self.L) or self.L[a - 1].gap == 0:
            return False
        above, below = self.facts[a - 1], self.facts[b + 1]
        # (furniture's commas read on into nothing: a page header's date, `Tuesday, October 15`)
        reads_on = (above.punct and not above.fk) or self.L[a - 1].s[:1].islower()
        # (a block with a jump line in it is a story's head going on from another page)
        named = any(self.facts[k].bk or self.facts[k].fk or self.facts[k].jump
                    for k in range(a, b + 1))
        return (not above.closes and reads_on and not named and not below.opens
                and not below.bk and not below.fk)

    def _boxed(self, i: int) -> bool:
        """A short line between two furniture lines (a weather box's date line, its forecast
        words), or a line of short parallel phrases next to a column logo, is part of it;
        so is every line printed in one block under a forecast box's or an index's head."""
        if self.shape.style == "blocks" and i > 0 and self.L[i].gap == 0 and not self.facts[i].bk \
                and self.facts[self._block(i)[0]].fk in ("weather", "index"):
            return True
        if self.shape.style == "blocks" and not self.facts[i].bk and (
                (i > 1 and self.L[i].gap == 0 and self._data_box(i - 1) and self._data_box(i - 2))
                or (i + 2 < len(self.L) and self.L[i + 1].gap == 0 and self.L[i + 2].gap == 0
                    and not self.facts[i].punct and self._data_box(i + 1)
                    and self._data_box(i + 2))):
            # a box's note printed under its rows (`Prices as of 4 p.m. Tuesday`), its title
            # printed over them in the same block (`LOTTERY` / `Pick 3: 4-0-7` / …)
            return True
        if self.lang == "en" and self.shape.style == "lines" and i > 1 and not self.facts[i].bk \
                and not self.facts[i].closes and not self.facts[i].opens and len(self.L[i].s) <= 40 \
                and not self.L[i].s.isupper() and self._data_box(i - 1) and self._data_box(i - 2) \
                and (i + 1 == len(self.L) or self.facts[i + 1].fk is not None
                     or self.L[i + 1].s.isupper()):
            # (a blank after every line: the note under the rows all the same, over the next
            # item's label; a title in capitals under them is the next item's, `SPRING THAW`,
            # and a line over running text a headline, `Pool to open early`)
            return True
        if self._box_title(i) or self._between_furniture(i) or self._over_ad_line(i):
            return True
        if self.shape.style != "tight" and i > 0 and self.L[i].gap == 0 \
                and self.facts[i - 1].fk and not self.facts[i].bk and (
                    self.L[i].s[:1].islower() or (
                        self.lang == "zh" and self.facts[i - 1].fk == "ad"
                        and not self.facts[i].punct and len(self.L[i].s) <= 12)):
            # furniture's words going on in its block (`Scan for live ferry` / `sailing
            # updates`; under a QR prompt, `扫码下载“鹤汀发布”客户端` / `看更多鹤汀新闻`)
            return True
        kinds = [self.facts[j].fk for j in (i - 1, i + 1) if 0 <= j < len(self.L)]
        if len(kinds) == 2 and all(k in GROUP_KINDS for k in kinds) and not self.facts[i].bk \
                and len(self.L[i].s) < 40:
            return True  # (a forecast's words between its head and its figures, too)
        s = self.L[i].s
        if i > 0 and self._weather_head(i - 1) and self.facts[i].punct and not self.facts[i].bk \
                and not self.facts[i].opens and len(_SENTENCE_STOP.findall(s)) <= 1:
            return True  # a forecast's sentence under the weather box's head (`农事天气`)
        if i > 1 and s.startswith("—") and len(s) <= 20 and not self.facts[i].punct \
                and self._weather_head(i - 2) and self._boxed(i - 1):
            return True  # and its source under it (`——省气象服务中心`)
        if self.facts[i].punct or self.facts[i].bk:
            return False
        if i > 0 and self.facts[i - 1].fk in ("contact", "ad") and self.L[i].gap == 0 \
                and self.lang == "zh" and slogan_shaped(self.L[i].s, 6):
            return True  # a hotline's call in short phrases, printed with it (`线索一经采用 即付报料费`)
        nxt = self.facts[i + 1] if i + 1 < len(self.L) else None
        heads = nxt is not None and (nxt.opens or nxt.bk == "line" or self.L[i + 1].s.startswith("——"))
        if self.shape.style == "lines" and not heads:
            # printed in one block with a logo, masthead, box... (over a subheadline, a byline
            # or a body's opening it is a headline under a column head instead)
            a, b = self._block(i)
            if any(self.facts[j].fk in GROUP_KINDS for j in range(a, b + 1) if j != i):
                return True
        parts = s.split()
        # (not over running text: a headline in two halves under a column's logo, `读者来信` /
        # `古镇停车难 盼早日解决` / `国庆期间，…`)
        over_text = i + 1 < len(self.L) and self.facts[i + 1].punct and not self.facts[i + 1].fk
        return (self.lang == "zh" and len(parts) >= 2 and slogan_shaped(s) and not over_text
                and len({len(x) for x in parts}) == 1 and any(k in ("logo", "slogan") for k in kinds))

    def _listing_head(self, i: int) -> bool:
        """Chinese: a short title over a listing's row of showings (`今日荧屏` / `新闻频道　18:00
        …　18:30 …`): the listing's head."""
        return self.lang == "zh" and i + 1 < len(self.L) and not self.facts[i].fk \
            and _LISTING_HEAD.fullmatch(self.L[i].s) is not None \
            and self.facts[i + 1].fk == "index" and _CLOCK.search(self.L[i + 1].s) is not None

    def _weather_head(self, i: int) -> bool:
        """Line i is a weather box's head alone (`农事天气`, `WEATHER`): short, no figures."""
        s = self.L[i].s
        return self.facts[i].fk == "weather" and len(s) <= 12 and not re.search(r"\d", s)

    def _over_ad_line(self, i: int) -> bool:
        """Line i is over an ad's address or contact line (`1420 Dock St. • Open daily 10-8 •
        555-0133`), with no line between that ends or opens a sentence or names a byline: the
        ad's lines.  Where blank lines part blocks, the block ending on that line, in which one
        sentence alone may stand right over it (a column's note: `Letters should be 250 words
        or fewer.` / `Email letters@…`); in other shapes the lines (three at most) between a
        line that closed and an ad's address line (a page's contact line may stand under a
        headline printed after its body)."""
        ads = ("ad", "offer", "index", "contact")
        if self.shape.style == "blocks":
            a, b = self._block(i)
            if b <= i or self.facts[b].fk not in ads:
                return False
            if self.lang == "en" and self.L[b].s[:1].islower() and self.facts[b - 1].punct \
                    and not self.facts[b - 1].closes:
                return False  # (a web address that ends the sentence above: `…is posted at` / `x.example/leaves.`)
            note = b == a + 1 and self.facts[a].closes and not self.facts[a].opens \
                and not self.facts[a].bk and len(_SENTENCE_STOP.findall(self.L[a].s)) == 1 \
                and len(self.L[a].s) <= 100
            return note or not any(self.facts[j].closes or self.facts[j].opens or self.facts[j].bk
                                   for j in range(a, b))
        if i == 0 or not (self.facts[i - 1].closes or self.facts[i - 1].fk):
            return False
        end = next((k for k in range(i + 1, min(i + 4, len(self.L))) if self.facts[k].fk), None)
        return end is not None and self.facts[end].fk == "offer" and not any(
            self.facts[j].closes or self.facts[j].opens or self.facts[j].bk for j in range(i, end))

    def _between_furniture(self, i: int) -> bool:
        """Line i is in a short run of lines between two furniture lines (a masthead and its
        contact line, the staff box between them) in which no line ends or opens a sentence,
        names a byline or reads much like running text: a box's lines.  A story's stack stands
        next to its body, never between two pieces of furniture with no text near.  (The runs
        are found once for the page: every line asks.)"""
        if self._fenced is None:
            self._fenced = set()
            run: list[int] = []
            for j in range(len(self.L) + 1):
                f = self.facts[j] if j < len(self.L) else None
                if f is not None and not (f.closes or f.opens or f.bk or f.jump) \
                        and f.fk is None and self.body_score(j) < W["box_line"]:
                    run.append(j)
                    continue
                # (under a text that ended only over an ad's own line, its price or booking
                # line: a headline printed after its body may stand over other furniture)
                if run and f is not None and f.fk and len(run) <= 8 and run[0] > 0 and (
                        self.facts[run[0] - 1].fk
                        or (self.facts[run[0] - 1].closes and f.fk == "offer")):
                    self._fenced.update(run)
                run = []
        return i in self._fenced

    def _banner(self, i: int) -> bool:
        """Parallel phrases of equal length (`守护绿水青山 建设美丽鹤汀`) at the head or foot
        of the page, where banner slogans stand (elsewhere they may be a headline's halves)."""
        s = self.L[i].s
        parts = s.split()
        return (self.lang == "zh" and (i < 3 or i >= len(self.L) - 3) and len(parts) >= 2
                and len({len(x) for x in parts}) == 1 and not self.facts[i].punct
                and all(len(x) >= 3 and _CJK_WORD.fullmatch(x) for x in parts)
                and not self._printed_with_display(i)
                # (over a body, or over one more line and a byline: a headline)
                and not any(self.facts[k].opens or self.facts[k].bk == "line"
                            for k in range(i + 1, min(i + 3, len(self.L)))))

    def _slogan(self, i: int) -> bool:
        """Short parallel phrases of equal length alone on a line (`讲文明 树新风`); between
        two display lines (a kicker over it, a headline line under it) they are a headline's
        first line instead."""
        s = self.L[i].s
        parts = s.split()
        if (self.lang == "zh" and len(parts) == 2 and len(parts[0]) == len(parts[1]) >= 4
                and slogan_shaped(s) and 0 < i < len(self.L) - 2 and self.facts[i - 1].closes
                and self.facts[i - 1].punct and not self.facts[i + 1].punct
                and not self.L[i + 1].s.startswith("——")
                and (self.facts[i + 2].opens or self.facts[i + 2].bk == "line")):
            # two phrases of four or five between a text that ended and a one-line headline
            # over its opening (`奋战四季度 决胜全年红`): a slogan over the story, not its first line
            # (over a `——` line, the headline it hangs under: `一片林子 三代守护` / `——记…`)
            return True
        # (printed under a headline's line and over the text's first line, `马头乡首届农民丰收节
        # 举行` / `晒丰收 比农技 享实惠` / `9月22日，…`, they are that headline's main line)
        stacked = 0 < i < len(self.L) - 1 and (self.L[i].gap == 0 or self.L[i].loose) \
            and not self.facts[i - 1].punct \
            and not self.facts[i - 1].closes and not self.facts[i - 1].fk \
            and not self.facts[i - 1].bk and self.facts[i + 1].punct
        # (a slogan counts no figures: `新开3条 调整9条 撤销2条` under a headline's line is its
        # second line, the news in figures)
        # (nor is a story's opening byline one, spaced out: `本报讯 （记者 吴晓岚`)
        return (self.lang == "zh" and len(parts) >= 3 and slogan_shaped(s)
                and not any(c.isdigit() for c in s) and not self.facts[i].opens
                and len({len(p) for p in parts}) == 1 and not self.facts[i].bk
                and not self._printed_with_display(i) and not self._between_display(i)
                and not stacked)

    def _between_display(self, i: int) -> bool:
        """Lines i-1 and i+1 both read as display: no running-text punctuation, no table."""
        if i == 0 or i + 1 >= len(self.L):
            return False
        return all(not self.facts[j].punct and not self.facts[j].fk and not self.facts[j].bk
                   and not self.facts[j].jump for j in (i - 1, i + 1))

    def _column_head(self, i: int) -> bool:
        """Line i is the head of a column over the items under it, not a kicker:
        - English: a label in capitals over run-in briefs;
        - Chinese: two to four characters spaced apart (`警　讯`) over an item's head short of
          the column and its text (a story's own spaced head, `更　正`, stands over its text);
        - Chinese, blank lines between blocks: a block of one short line of characters only
          (`街巷新鲜事`), no cue verb in it, over a block that opens with a headline line and the
          body's opening under it, or over a headline block and the byline's or the text's
          block (a kicker is printed with its headline)."""
        if self.lang == "en":
            # a label in capitals over briefs whose heads run into their text (`SPORTS
            # SHORTS` / `Bulldogs win…  Ashby…`), or open their blocks saying what their
            # first sentences say: more than one of them under it; a note of where they come
            # from may stand between (`POLICE BLOTTER` / `From the police department's
            # reports, June 18-24.`), and is the head's (a photo's credit stands under its
            # title and caption, no head's note: `LIGHTS UP` / caption / `Photo: X`)
            for h in range(i, max(-1, i - 3), -1):
                if _CAPS_TITLE.fullmatch(self.L[h].s) and not self.facts[h].punct:
                    first = next((k for k in range(h + 1, min(h + 4, len(self.L)))
                                  if self._brief_item(k)), None)
                    # (a note is one sentence at most: a text of two is the first item, its
                    # head run in by one space, `Ansel Bancorp names CFO Ansel Bancorp has…`)
                    said = ABBREVIATION.sub("", self.L[i].s)
                    note = h == i or (not self.L[i].run_in
                                      and len(_STOP_WITHIN.findall(said)) + ends_sentence(said) < 2)
                    return first is not None and i < first and note \
                        and all(not self._brief_item(k) and not self.facts[k].bk
                                for k in range(h + 1, first)) \
                        and sum(self._brief_item(k) for k in range(first + 1, min(first + 24, len(self.L)))) >= 1
                if h < i and (self.L[h].run_in or self.facts[h].bk):
                    break
            return False
        spaced = _LETTER_SPACED.fullmatch(self.L[i].s) is not None \
            or short_brief_head(self.L[i].s)  # (`岫源　简　讯`)
        if self.lang == "zh" and i + 2 < len(self.L) and spaced \
                and not self.facts[i + 1].punct and not self.facts[i + 1].closes \
                and not self.fits(i + 1)[0] and (self.facts[i + 2].punct or self.facts[i + 2].opens):
            return True  # `警　讯` over an item's head (short of the column) and its text
        if self.lang == "zh" and i + 1 < len(self.L) and not self.L[i].run_in \
                and _CJK_WORD.fullmatch(self.L[i].s) is not None and 2 <= len(self.L[i].s) <= 7 \
                and cue(self.L[i].s) is None and self.L[i + 1].run_in \
                and any(self.L[k].run_in for k in range(i + 2, min(i + 24, len(self.L)))):
            # a short name over briefs whose heads run into their text, two of them or more
            # (`周末去哪儿` / `老船厂市集开张　5月24日起…`): the column's head, whatever the shape
            return True
        if self.lang != "zh" or self.shape.style != "blocks" or i + 2 >= len(self.L):
            return False
        s, nxt, third = self.L[i], self.L[i + 1], self.L[i + 2]
        # (or over a headline in a block of its own and the byline's block: `兰苑` / `外婆的
        # 腌菜坛` / `□ 晏 秋 池`)
        # (or over a headline of two lines in one block and the text's block: `缅怀` /
        # `县第一中学退休` / `教师郑勇同志逝世`)
        fourth = i + 3 < len(self.L) and self.L[i + 3].gap > 0 and (
            self.facts[i + 3].opens or self.facts[i + 3].punct or self.facts[i + 3].bk == "line"
            or (i + 4 < len(self.L) and self.L[i + 4].gap == 0 and self.facts[i + 4].punct))
        return (s.gap > 0 and nxt.gap > 0 and _CJK_WORD.fullmatch(s.s) is not None
                and 2 <= len(s.s) <= 6 and cue(s.s) is None and not self.facts[i + 1].punct
                and ((third.gap == 0 and (self.facts[i + 2].opens or self.facts[i + 2].punct))
                     or (third.gap > 0 and self.facts[i + 2].bk == "line")
                     or (third.gap == 0 and not self.facts[i + 2].punct
                         and not self.facts[i + 2].closes and fourth)))

    def _brief_item(self, k: int) -> bool:
        """English: line k heads a brief, run into its text or opening the brief's block
        (blank lines part blocks) with words its first sentence says again."""
        return self.L[k].run_in or (
            self.shape.style == "blocks" and self.L[k].gap > 0 and k + 1 < len(self.L)
            and self.L[k + 1].gap == 0 and not self.facts[k].punct and not self.facts[k].closes
            and self._en_echoed(k))

    def _column_logo(self, i: int) -> bool:
        """English: a column's name in title case (`On the Sideline`, `Money Matters`) over a
        headline in sentence case and, within three lines, the columnist's byline or name
        alone: the column's logo, not a kicker (kickers are set in capitals) nor the
        headline.  Chinese: a name of two or three characters alone on its line (`枫声`) over
        a headline line and, within three lines, the writer's byline (`□ 梅子衿`): a Chinese
        kicker is a sentence's worth of words, not a name."""
        if i + 2 >= len(self.L):
            return False
        if self.lang == "zh":
            name, head, below = self.L[i].s, self.L[i + 1].s, self.facts[i + 2]
            if self.facts[i + 1].bk or self.facts[i + 1].fk or self.facts[i + 1].opens:
                return False
            named = _LONG_NAME.fullmatch(name) is not None and name[-1] not in _RUNS_ON_CHARS \
                and not self.facts[i].bk
            if _SHORT_NAME.fullmatch(name) and not self.facts[i + 1].punct \
                    and any(self.facts[k].bk == "line" for k in range(i + 2, min(i + 4, len(self.L)))):
                return True
            # (or a name of up to seven characters, ending on no word that runs on, over a
            # headline whole in itself, one quotation or a title and what it says, itself over
            # a byline or a `——` line: `对话青年科学家` / `“做科研要耐得住寂寞”` / `——对话…`;
            # `乐海拾贝` / `《江流》：听见一条江的呼吸` / `□ 闻笛`)
            if named and _WHOLE_HEAD.fullmatch(head) and (below.bk == "line" or self.L[i + 2].s.startswith("——")):
                return True
            # (or such a name over a headline four characters longer or more, in one line or
            # two, and within three lines a columnist's byline set after a mark, under a text
            # that ended, a byline or furniture other than a logo (a story has one logo):
            # `老蒋侃球` / `市运会该给业余选手` / `留个位置` / `□ 蒋岳`)
            if named and not self.facts[i].fk and len(name) + 4 <= len(head) <= 24 \
                    and not self.facts[i + 1].closes and not head.startswith("——") \
                    and (i == 0 or self.facts[i - 1].closes or self.facts[i - 1].fk not in (None, "logo")
                         or self.facts[i - 1].bk is not None) \
                    and any(self.facts[k].bk == "line" and self.L[k].s[:1] in _COLUMNIST_MARKS
                            for k in range(i + 2, min(i + 4, len(self.L)))):
                return True
            # (or a name of up to four characters, under a text that ended, a byline or
            # furniture, over a headline at least twice as long, no sentence in it, itself over
            # its text's indented first line or its byline: `回音壁` / `滨江步道路灯已全部修复` /
            # `　　本报…`)
            # (not a photo's title over its caption, `篮下拼抢` / `3月16日晚，…`, nor a notice's
            # over its text, `更正` / `本报11月18日第3版…`)
            return _COLUMN_NAME.fullmatch(name) is not None and 2 * len(name) <= len(head) <= 24 \
                and not re.search(r"[。；：]", head) and not self.facts[i + 1].full \
                and CAPTION_OPENER.match(head) is None \
                and (i == 0 or self.facts[i - 1].closes or self.facts[i - 1].fk is not None
                     or self.facts[i - 1].bk is not None) \
                and (self.L[i + 2].text[:1].isspace() or below.bk == "line") and not below.fk
        if not _TITLE_CASE.fullmatch(self.L[i].s):
            return False
        if i > 0 and not (self.facts[i - 1].closes or self.facts[i - 1].fk or self.facts[i - 1].bk):
            return False  # (a headline's last line: `Board puts off vote on closing` / `Kestrel Elementary`)
        head = self.L[i + 1].s
        if self.facts[i + 1].closes or self.facts[i + 1].bk or self.facts[i + 1].fk \
                or len(re.findall(r"\b[a-z]{3,}\b", head)) < 2:
            return False
        return any(self.facts[k].bk == "line" or PERSON.fullmatch(self.L[k].s) is not None
                   for k in range(i + 2, min(i + 4, len(self.L))))

    def _in_header(self, i: int) -> bool:
        """Blank lines between blocks: a short line without running-text punctuation printed
        in the page's first block under its header line (`9 | WEEKLY | Oct. 3` / `WHAT'S
        ON`): the page's section, part of the header.  A label that stands over the lead's
        headline is printed apart from the header, in a block of its own."""
        return self.shape.style == "blocks" and 0 < i <= 3 and self._block(i)[0] == 0 \
            and self.facts[0].fk is not None and not self.facts[i].punct \
            and not self.facts[i].bk and len(self.L[i].s) <= 40

    def _section_label(self, i: int) -> bool:
        """English: under the page's header, a label in capitals over another one that stands
        over a headline in upper and lower case (`COMPANIES & MARKETS` / `MANUFACTURING` /
        `Foundry to add 240 jobs`): the page's section, not the story's kicker (a story has
        one label over its headline)."""
        def label(k: int) -> bool:
            words = self.L[k].s.split()
            return 1 <= len(words) <= 4 and self.L[k].s.isupper() and not self.facts[k].punct \
                and words[-1].lower() not in english_words()["function"]
        return self.lang == "en" and (i == 0 or self.facts[i - 1].fk is not None) \
            and i + 2 < len(self.L) and label(i) and label(i + 1) \
            and not self.L[i + 2].s.isupper() and not self.facts[i + 2].punct

    def _box_title(self, i: int) -> bool:
        """A data box's title or one of its group heads (`Prep football` / `Friday's results`
        over the scores, `Cascade League standings` between two groups): a short line with no
        running-text punctuation, a line or two under the box's column logo or figures and
        over its figures."""
        def short(j: int) -> bool:
            f, s = self.facts[j], self.L[j].s
            # (a table's column heads: capitalised words, abbreviated, `Team Conf. All PF`; a
            # few short Chinese words, `品种 本周 上周 涨跌幅`; a unit note, `（单位：元/500克）`)
            # (or a box score's, mostly abbreviations: `Pell River ab r h bi Corliss Bay ab r h bi`)
            # (short words that are no function words: running text has its `at`, `a`, `in`)
            # (a score in capitals too: `KESTRELS 28, RAIDERS 24`)
            heads = (all(w[:1].isupper() or w[:1].isdigit() for w in s.split())
                     or sum(len(w) <= 3 and w.lower() not in english_words()["function"]
                            for w in s.split()) >= 4) if self.lang == "en" else (
                len(s.split()) >= 3 and all(len(w) <= 4 for w in s.split())) or (
                "单位" in s and s[:1] in "（(")
            # (a Chinese title's dates in brackets after it: `本周主要农产品批发价格（10月8日—10月14日）`)
            # (an English one's note in brackets: `CROP PROGRESS (week ending July 7)`)
            core = _ZH_DATES_NOTE.sub("", s) if self.lang == "zh" else _EN_NOTE.sub("", s)
            # (in capitals, the pauses inside its note are no running text's: `CASH GRAIN
            # BIDS (Monday close, $/bu.)`)
            heads = heads or (self.lang == "en" and core != s and core.isupper())
            return ((not f.punct or heads) and not f.bk and not f.fk and not f.opens
                    and not (f.closes and core == s) and not self._data_box(j)
                    and len(core) <= (16 if self.lang == "zh" and not heads
                                      else 60 if heads else 32))
        if _TABLE_LABEL.match(self.L[i].s) and any(
                self._data_box(k) for k in range(i + 1, min(i + 4, len(self.L)))):
            return True  # a table's title named as one (`表：2024年主产区…`, `Table 2:`)
        def note(j: int) -> bool:
            # a note on what the figures are, between the title in capitals and the rows:
            # `GRAIN MARKETS` / `Osterby Farmers Co-op cash bids, Aug. 26` / `Wheat …… $5.12`
            f = self.facts[j]
            # (the rows' cells may have been squeezed to single spaces: `Steers 400-500 lb.
            # $3.28-$3.52` under `Monday, May 12 -- Receipts: 1,214 head`)
            # (or over the rows' column heads: `PUMP PRICES` / `Average per gallon, Wednesday`
            # / `Now Week ago Year ago` / `Regular $3.29 …`)
            return self.lang == "en" and 0 < j < len(self.L) - 1 and self.L[j - 1].s.isupper() \
                and short(j - 1) and len(self.L[j].s) <= 50 and not (f.closes or f.bk or f.fk) \
                and (self._data_box(j + 1) or (j + 2 < len(self.L) and short(j + 1)
                                               and self._data_box(j + 2)))
        f = self.facts[i]
        if 0 < i < len(self.L) - 1 and self._data_box(i - 1) and self._data_box(i + 1) \
                and not (f.punct or f.bk or f.fk or f.opens or f.closes) and len(self.L[i].s) <= 60:
            return True  # a group's head between its box's rows, whatever its length
        if not short(i):
            return note(i)
        if i > 0 and self._data_box(i - 1) and len(re.findall(r"\d+", self.L[i].s)) >= 2:
            return True  # a box's last line, with figures (`下一轮 3月28日 15:00`)
        below = next((k for k in range(i + 1, min(i + 4, len(self.L))) if not short(k) and not note(k)), None)
        # a Chinese box's title with its dates in brackets is its top line: a line over it is
        # no part of the box (a headline printed after its body: `县农商银行“橘农贷”` /
        # `累计放款3.1亿元` / `本周农产品价格行情（11月18日—24日）` / `品种 均价 环比` / rows),
        # a line under it is
        if self.lang == "zh" and below is not None and self._data_box(below):
            if any(_DATED_TITLE.search(self.L[k].s) for k in range(i + 1, below)):
                return False
            if any(_DATED_TITLE.search(self.L[k].s) for k in range(max(0, i - 2), i + 1)):
                return True
        above = next((k for k in range(i - 1, max(i - 4, -1), -1) if not short(k)), None)
        if below is not None and self.shape.style == "blocks" \
                and (self.L[i].gap == 0 or not self.L[i + 1].gap) \
                and any(self.L[k].gap for k in range(i + 1, below + 1)):
            return False  # printed with a line above or below it, apart from the box: a headline's line
        # (under a story that ended, the box's own titles: `VALLEY CONFERENCE` / `Final
        # standings` / `Team Conf. All PF PA`; a story never opens with a table)
        # (or set with its box into a sentence left open: `…卷绕等工` / `影讯` / the showings,
        # in English left on a function word too: `…$5.42 a bushel in` / `AREA MARKETS`)
        return (below is not None and above is not None and self._data_box(below)
                and (self.facts[above].fk is not None or self._data_box(above)
                     or self.facts[above].closes or self.facts[above].bk in ("line", "credit")
                     or (self.facts[above].punct and not self.facts[above].closes)
                     or (self.lang == "en" and self.L[above].s.rsplit(" ", 1)[-1]
                         in english_words()["function"])))

    def _credited_box(self, i: int) -> bool:
        """Line i is a row of figures, or the short title over such rows, in a box whose
        source is credited under it (`潮汐预报（海澄港）` / `10月20日　高潮 05:42 3.86米…` /
        `数据来源：…`): rows with figures and no running-text pause, the credit within a few
        lines below; the box's items are not read aloud."""
        def row(k: int) -> bool:
            # (a title's dates in brackets make it no row: `本周农产品价格行情（10月21日—10月23日）`)
            return figure_row(_DATE_NOTE.sub("", self.L[k].s), 0.25) and not self.facts[k].bk \
                and not _UNIT_NOTE.fullmatch(self.L[k].s)  # (`（单位：元/500克）` is no row)
        def title(k: int) -> bool:
            t = self.L[k].s
            if _UNIT_NOTE.search(t) and not self.facts[k].bk and any(
                    row(j) or self._data_box(j) for j in range(k + 1, min(k + 4, len(self.L)))):
                return True  # a table's title with its unit (`…价格（元/公斤）`)
            # (or over its unit printed on a line of its own: `…主要农产品价格` / `（单位：…）`;
            # or over the table's column heads: `…批发价格（6月10日）` / `品名　单位　价格`,
            # its date in brackets counting for nothing)
            unit = k + 1 < len(self.L) and _UNIT_NOTE.fullmatch(self.L[k + 1].s) is not None \
                and title(k + 1)
            heads = k + 2 < len(self.L) and not self.facts[k + 1].punct \
                and not self.facts[k + 1].bk and not row(k + 1) and row(k + 2)
            core = re.sub(r"[（(][^（）()]*\d[^（）()]*[）)]$", "", t)
            return len(core) <= (24 if unit else 16 if self.lang == "zh" else 32) \
                and not self.facts[k].punct and not self.facts[k].bk and k + 1 < len(self.L) \
                and (row(k + 1) or unit or heads)
        k = bisect_left(self.credits, i + 1)
        if k == len(self.credits) or self.credits[k] > i + 13:
            return False  # no source credited in the lines under it
        if tail_alone(self.L[i].s, self.lang):
            return False  # a text's closing byline over a staff box (`-- The Sentinel editorial board`)
        if self._between_head_and_credit(i) or self._label_over_credit(i):
            return True
        if not (row(i) or title(i)):
            return False
        k = i + 1
        while not row(i) and k + 1 < len(self.L) and k - i <= 2 and not row(k) \
                and not self.facts[k].punct and not self.facts[k].bk:
            k += 1  # (the table's unit and column heads under its title: `品名 本周均价 较上周`)
        first = k
        while k < len(self.L) and k - i <= 10 and row(k):
            k += 1
        return k < len(self.L) and self.facts[k].fk == "editor" and k > first - (1 if row(i) else 0)

    def _label_over_credit(self, i: int) -> bool:
        """Line i is one of a map's or chart's labels (`南延段线路示意图` / `望川南站` / `③` /
        … / `制图 潘 晓`): three short lines or more, none with a running-text pause or a
        byline's shape, running straight down to the graphic's credit."""
        short = 8 if self.lang == "zh" else 24
        def label(k: int) -> bool:
            return len(self.L[k].s) <= short and not self.facts[k].bk \
                and not re.search(r"[，。；！？,;!?]|\. ", self.L[k].s)
        if not label(i):
            return False
        down = i
        while down < len(self.L) and down - i <= 12 and label(down) and down not in self.credits:
            down += 1
        if down not in self.credits:
            return False
        up = i
        while up > 0 and i - up <= 12 and label(up - 1) and not self.facts[up - 1].closes:
            up -= 1
        return down - up >= 3

    def _between_head_and_credit(self, i: int) -> bool:
        """Line i, without a running-text pause, stands between a box's head the tables name
        (`数读·前5月经济`, `BY THE NUMBERS`) and its source credit (`数据来源：…`) a few lines
        apart, every line between them bare too: one of the box's items
        (`38.7亿元新能源装备产业产值`)."""
        def bare(k: int) -> bool:
            return not re.search(r"[，。；！？,;!?]|\. ", self.L[k].s) and not self.facts[k].bk
        if not bare(i) or self.facts[i].fk:
            return False
        up = i - 1
        while up >= 0 and i - up <= 8 and bare(up) and not self.facts[up].fk:
            up -= 1
        down = i + 1
        while down < len(self.L) and down - i <= 8 and bare(down) and not self.facts[down].fk:
            down += 1
        return (0 <= up and down < len(self.L) and self.facts[up].fk == "logo"
                and _BOX_HEAD.search(self.L[up].s) is not None and self.facts[down].fk == "editor")

    def _refer_tail(self, i: int) -> bool:
        """English: the second line of a refer, wrapped, ending on the page it points to
        (`RELATED: Port authority sets hearing` / `on dredging fees, B2`)."""
        return self.lang == "en" and i > 0 and self.facts[i - 1].fk == "index" \
            and not self.facts[i - 1].closes and _PAGE_REF_END.search(self.L[i].s) is not None

    def _rated_box(self, i: int) -> bool:
        """Line i is in a review's box that ends on its rating in stars (`Harbor Lights
        Quartet` / `"Low Tide Sessions" (Saltmarsh Records)` / `★★★★`): a block of at most
        four lines, none ending a sentence, where blank lines part blocks.  Stars alone under
        a text that ended a sentence are that review's last paragraph, no box."""
        if _rating(self.L[i].s) and i > 0 and self.facts[i - 1].closes and self.facts[i - 1].punct \
                and (self.shape.style != "blocks" or self._block(i)[0] == i):
            return False
        if self.shape.style == "blocks":
            a, b = self._block(i)
            return b - a <= 3 and _rating(self.L[b].s) \
                and not any(self.facts[k].closes for k in range(a, b))
        # (where blank lines tell nothing: the lines over the rating up to a text's end, five
        # at most, none with a pause: `演出信息` / `《灯塔守夜人》` / `编剧：裘海音 导演：沈苇杭` /
        # … / `推荐指数：★★★★☆`)
        for b in range(i, min(i + 6, len(self.L))):
            if _rating(self.L[b].s):
                return all(not self.facts[k].closes and not self.facts[k].punct
                           and not self.facts[k].bk for k in range(i, b))
            if self.facts[b].closes or self.facts[b].punct or self.facts[b].bk:
                return False
        return False

    def _data_box(self, i: int) -> bool:
        """Line i is one of two or more figure lines in a row (`新增就业 523.4人`,
        `435: acres protected`): a data box's items, which are not read aloud.  (Asked by many
        cues of the same lines: scored once.)"""
        if i not in self._boxed_rows:
            self._boxed_rows[i] = self._box_row(i)
        return self._boxed_rows[i]

    def _box_row(self, i: int) -> bool:
        if self.L[i].run_in and sum(
                w in english_words()["function"]
                for k in range(i + 1, min(i + 4, len(self.L))) for w in self.L[k].s.split()) >= 3:
            # a brief's head cut off its text, which reads as prose, a sentence's small words in
            # it (`North Brannock 2, Ridley 1  Senior Ava Castellanos scored in the 78th…`)
            return False
        if self.lang != "en" and self.L[i].run_in and i + 1 < len(self.L) \
                and self.L[i + 1].no == self.L[i].no and re.search("[。！？]", self.L[i + 1].s):
            # a brief's head cut off its text, which ends a sentence on the line (`11月18日　电热毯
            # 引燃床铺　18日凌晨，…扑灭。`): a log's item, not an agenda's or a timeline's row
            return False
        if self._turn(i):
            # a speaker's turn in an interview, sentences after the name, whatever figures they
            # hold (`Castellane: Warehouse jobs pay more, often $19 or $20 an hour…`)
            return False
        # (a group's head may stand between two of them: `COLLEGE WOMEN'S BASKETBALL`)
        if _BARE_FIGURES.fullmatch(self.L[i].s) and len(re.findall(r"\d+", self.L[i].s)) >= 5:
            return True  # figures alone, five or more (`04 06 11 20 26 33 + 08`): a box's row
        if _UNIT_FIGURES.fullmatch(self.L[i].s):
            return True  # three figures or more with their units alone (`5个 580户 8.7亿元`)
        # (a group's head may stand between two rows; a sentence of running text does not:
        # `Girls soccer: Westfield 2, Ridgeport Central 1 (OT)` / `Sophomore … scored in the
        # 94th minute…` / `Volleyball: …` are briefs' heads and their texts)
        if _FIGURE_LINE.match(self.L[i].s) is not None and any(
                0 <= j < len(self.L) and _FIGURE_LINE.match(self.L[j].s)
                and not (abs(j - i) == 2 and self._prose((i + j) // 2))
                for j in (i - 2, i - 1, i + 1, i + 2)):
            return True
        if self.lang != "en":
            # a table's row of cells, most of them figures (`1　港务队　22　16　4　2　52`),
            # over or under another such row
            # (or an agenda's or a listing's row: a day and what is on, `1月10日 分组审议`, among
            # rows like it)
            # (or of short cells, a few of them figures with their units, no sentence's pause
            # among them: a weather or tide box's, `海门区 暴雨 25～29℃ 渔湾区 大暴雨 25～28℃`)
            return (_zh_table_cells(self.L[i].s) and any(
                0 <= j < len(self.L) and _zh_table_cells(self.L[j].s) for j in (i - 1, i + 1))) \
                or (_DAY_ROW.fullmatch(self.L[i].s) is not None and sum(
                    _DAY_ROW.fullmatch(self.L[j].s) is not None
                    for j in range(i - 2, i + 3) if j != i and 0 <= j < len(self.L)) >= 2)
        for row in (_RECORD_ROW, _TICKER_ROW, _PRICE_ROW):
            if row.fullmatch(self.L[i].s) and any(
                    0 <= j < len(self.L) and row.fullmatch(self.L[j].s) for j in (i - 1, i + 1)):
                # a standings table's rows: a team and its records (`Elm Ridge 4-1 7-1`); a
                # markets box's: an index, its level and the change (`Dow Jones 39,872.99 ▼ 201.95`)
                return True
        if _FIGURE_ROW.fullmatch(self.L[i].s) and sum(
                _FIGURE_ROW.fullmatch(self.L[j].s) is not None
                for j in range(i - 2, i + 3) if j != i and 0 <= j < len(self.L)) >= 2:
            return True  # (three in a row at least: a text's lines seldom open on figures)
        # an English table: rows of cells the tool kept apart with runs of spaces, figures in
        # them and no sentence's small words (`Ridgeline       9-2      12-3`), its head row
        # among them (`Team            Region   Overall`); or a list of rows, each a short
        # label, a colon and what it names, three or more (`Mon.: Chicken patty on bun`,
        # `22 Cooper St., Ferncastle: Delmont Holdings LLC to Stillwater Homes, $1,150,000`)
        near = [j for j in range(i - 2, i + 3) if 0 <= j < len(self.L) and j != i]
        if self.cells[i] and any(self.cells[j] for j in near):
            return True
        # (under a box's rows, a row of any length under a short label, with figures in it:
        # a scoring summary's, `HM: Pryce 64 run; Pryce 9 run; Ostrowski 6 pass from…`)
        if i > 0 and not self.facts[i].bk and not self.facts[i].fk \
                and _LABEL.match(self.L[i].s) and len(re.findall(r"\d+", self.L[i].s)) >= 2 \
                and len(self.L[i].s.split(":", 1)[0].split()) <= 2 and self._data_box(i - 1):
            return True
        # (a box's source is its credit, not a row: `Source: Flint Bend clerk`; a table's
        # last row may be a list's: `Receipts: 1,846 head`)
        return self.lists[i] and not self.facts[i].bk and not self.facts[i].fk and (
            sum(self.lists[j] for j in near) >= 2 or (i > 0 and self.cells[i - 1]))

    def _prose(self, k: int) -> bool:
        """Line k is a sentence of running text: it ends one and is long enough to hold it."""
        return self.facts[k].closes and len(self.L[k].s) >= 40 and _FIGURE_LINE.match(self.L[k].s) is None

    def _turn(self, i: int) -> bool:
        """English: line i is an interview's turn, a name, a colon and whole sentences, the two
        speakers taking turns (`Ledger: Who feels it most?` / `Okafor: Young families…` /
        `Ledger: …`): the same name two lines off, another one next to it.  A listing's or a
        box's labels do not come back so (`Tuesday: …` / `Saturday: …`)."""
        def name(k: int) -> str | None:
            m = _NAMED_TURN.match(self.L[k].s) if 0 <= k < len(self.L) else None
            return m[0] if m else None
        own = name(i)
        if self.lang != "en" or own is None or len(self.L[i].s.split()) < 8 \
                or not self.L[i].s.endswith((".", "?", "!", '"', "”")):
            return False
        return any(name(k) == own for k in (i - 2, i + 2)) \
            and any(name(k) not in (None, own) for k in (i - 1, i + 1))

    def _tag_title(self, i: int) -> bool:
        """A short line without punctuation next to a series tag (`“…”系列报道`) whose other
        neighbour closes or opens something (a byline, furniture, a body's first line) is the
        tag's own title: a stack line would stand over or under another display line."""
        f, s = self.facts[i], self.L[i].s
        if f.punct or f.fk or f.bk or len(s) > (12 if self.lang == "zh" else 30):
            return False
        if f.closes and (self.L[i].loose or not self.L[i].gap):
            # a sentence printed on with the text above, no blank line parting them (or none
            # on the page), is that text's last line (`…at Saltmarsh.` / `Kickoff is 7 p.m.` /
            # `SCOREBOARD`)
            return False
        if tail_alone(s, self.lang):
            return False  # a text's closing byline on its own line (`— Gazette staff`)
        for tag, other in ((i + 1, i - 1), (i - 1, i + 1)):
            if not (0 <= tag < len(self.L) and 0 <= other < len(self.L)):
                continue
            g = self.facts[other]
            # under a column head, a line over a body's opener is the first item's headline
            # (over a byline under a column's logo, the column's headline: `三农观察` /
            # `让合作社真正“合”起来` / `□ 蒙晓东`)
            series = "系列" in self.L[tag].s
            # (under the head, a line that closes is a text's sentence or a headline's second
            # line: `读者来信` / a letter's headline / `编辑同志：…`, one paragraph to a line)
            # (a photo's credit closes no stack: the line under it is the photo's title)
            ends = (g.bk not in (None, "credit") and (series or tag > i)) or g.fk \
                or ((g.closes or g.opens) and tag > i)
            # (a column of briefs' head has no title over it: the line above is the headline
            # of the text above, printed after it, `老茶园里的“新农人”` / `简 讯`)
            briefs = tag > i and BRIEF_HEAD.search(self.L[tag].s) is not None
            if self.facts[tag].fk == "logo" and ends and not briefs:
                return True
        return False

    def _printed_with_display(self, i: int) -> bool:
        """Seed shape: line i is printed in one block with a line the tables do not name
        (a slogan-like line over its headline is part of the headline)."""
        if self.shape.style != "lines":
            return False
        a, b = self._block(i)
        return any(not self.facts[j].fk for j in range(a, b + 1) if j != i)

    def _notice_tail(self, i: int) -> bool:
        """A paid notice or a listing (a calendar) runs on until other furniture, a byline, a
        body's start or, in English, a heading in capitals under a line that closed, or a
        headline's lines over a byline (`After 51 years, Moran hangs` / `up his barber shears`
        / `By Paul Venn`), none of them ending a sentence; in Chinese a line without a pause
        right over a byline or a body's opening."""
        if not self._notice_near(i):
            return False  # (the scan up the page finds a notice's head within 31 lines or fails)
        if self.lang == "en" and " — " not in self.L[i].s:  # (not an item: `Wed., May 6 — …`)
            for k in range(i + 1, min(i + 3, len(self.L))):
                if self.facts[k - 1].closes:
                    break
                if self.facts[k].bk == "line":
                    return False
        if self.lang == "zh" and not self.facts[i].punct and i + 1 < len(self.L) \
                and (self.facts[i + 1].opens or self.facts[i + 1].bk == "line"):
            return False  # a headline over the next story's byline (`本报讯（通讯员 孔宁）`)
        j = i
        resumed = False  # a block of text after a blank line, between the head and line i
        while j >= 0:
            f = self.facts[j]
            if f.fk == "notice":
                # (a notice set into a sentence the text above it left open ends at a blank
                # line: the block of text under it goes on with that sentence, `…“今晚营业额比`
                # / `遗失声明` / … / `平时翻了一番多。”…`)
                return j < i and not (resumed and j > 0 and self.facts[j - 1].punct
                                      and not self.facts[j - 1].closes and not self.facts[j - 1].fk)
            resumed = resumed or (self.shape.style == "blocks" and self.L[j].gap > 0 and f.punct)
            if f.fk == "date" and j < i and self.lang == "zh":
                return False  # a notice ends with its issuer's date line (`2026年11月20日`)
            if self.lang == "zh" and 0 < j < i and _ISSUED.search(self.L[j].s) and not f.punct \
                    and self.facts[j - 1].closes:
                return False  # (or the issuer and the date on one line under the closing
                # formula: `特此讣告。` / `邵承宗治丧小组 2024年7月7日`)
            if self.shape.style == "blocks" and self.L[j].gap and j > 0 and not f.fk \
                    and not f.punct and self.facts[j - 1].closes:
                return False  # a block of display words under a notice that ended: a headline
            if (f.fk and f.fk not in NOTICE_TAIL) or f.bk or f.opens or i - j > 30 or (
                    self.lang == "en" and not f.fk and not f.punct and self.L[j].s.isupper()
                    and j > 0 and self.facts[j - 1].closes):
                return False
            j -= 1
        return False

    def _notice_near(self, i: int) -> bool:
        """A notice's head stands on line i or one of the 31 lines above it, where
        `_notice_tail` looks for it (most pages have none: every line asks, so the heads are
        listed once)."""
        if self._notices is None:
            self._notices = [j for j, f in enumerate(self.facts) if f.fk == "notice"]
        k = bisect_right(self._notices, i)
        return k > 0 and self._notices[k - 1] >= i - 31

    # ---- decoding ------------------------------------------------------------------------------
    def roles(self) -> list[int]:
        """The best role sequence (Viterbi over the page grammar)."""
        n = len(self.L)
        if n == 0:
            return []
        em = [self.emissions(i) for i in range(n)]
        score = [em[0][r] + (0.5 if r == F else 0.0) for r in range(6)]
        back: list[list[int]] = []
        en = W["en_open"] if self.lang == "en" else 1.0
        trans = {o: [[self._trans(p, r, o) * (en if p == B else 1.0) for r in range(6)]
                     for p in range(6)] for o in (False, True)}
        held, into = self._held_open(em)
        # (English: a line ending on `the`, `of`, `and`… goes on in the next: the stack it is
        # in goes on there too, if it is a stack's)
        dangling = [self.lang == "en" and _DANGLING.search(line.s) is not None for line in self.L]
        for i in range(1, n):
            # a sentence broken off by a pull quote or by display type it resumes after
            # (nor into an old page's headline alone in its block: `…Street.—Advt,` / `The
            # Flower Show.`)
            open_ = not self.facts[i - 1].closes and not into[i] and not self._resumes_below(i) \
                and i not in self.quoted and not (self.lang == "en" and self._title_block(i))
            tr = trans[open_]
            row, bp = [], []
            start, run = self.start_score(i), self.run_score(i)
            # where blank lines part blocks, a block is running text or display, not both
            # (a brief's head run in is printed in its text's block, and so is an English
            # brief's head over its text in a column of briefs, and a Chinese heading short
            # for its column over a line of its text, one with a pause or a full one)
            inside = -W["inside_block"] if self.shape.broken(self.L[i]) is False and \
                self.shape.style == "blocks" and not (self.L[i].run_in or self.L[i - 1].run_in) \
                and not (self.lang == "en" and self._brief_head_over_text(i - 1)) \
                and not (self.lang == "zh" and self._zh_head(i - 1)
                         and (self.facts[i].punct or self.fits(i)[0])) else 0.0
            # English: a stack does not go from words in lower case up into capitals (a line
            # in capitals under running text is a photo's title or the next stack's head)
            upcase = -W["case_rise"] if self.lang == "en" and _CAPS_TITLE.fullmatch(self.L[i].s) \
                and re.search(r"\b[a-z]{3,}", self.L[i - 1].s) else 0.0
            # (nor does a headline in sentence case go on with an article in capitals: a text
            # opens there, `Flu shot clinics open Saturday` / `The Tamsin County Health`)
            if self.lang == "en" and re.match(r"(The|A|An) ", self.L[i].s) and not self.L[i].s.isupper() \
                    and re.search(r" [a-z]{3,}", self.L[i - 1].s) and not runs_on(self.L[i - 1].s) \
                    and self.L[i - 1].s.split()[-1].lower() not in english_words()["function"]:
                upcase -= W["en_new_sentence"]
            for r in range(6):
                # each way into role r, its terms added in the one order they always are
                ts = [score[p] + tr[p][r] for p in range(6)]
                if r == B:
                    ts = [t + (start if p != B else run) for p, t in enumerate(ts)]
                    ts[D] += inside
                elif r == D:
                    ts[B] += inside
                    ts[D] += upcase
                if held[i] and r not in (B, F):
                    ts[F] -= W["open_break"] * _BREAK_INTO[r]
                if r != D and dangling[i - 1]:
                    ts[D] -= W["en_stack_end"]
                best, arg = NEG * 2, 0
                for p, t in enumerate(ts):
                    if t > best:
                        best, arg = t, p
                row.append(best + em[i][r])
                bp.append(arg)
            score = row
            back.append(bp)
        r = max(range(6), key=lambda k: score[k])
        out = [r]
        for bp in reversed(back):
            r = bp[r]
            out.append(r)
        return out[::-1]

    def _goes_on_past(self, i: int) -> bool:
        """English: the line under the pull quote or box that stands below line i opens in
        lower case (`"We have patched that building about` / pull quote / `as far as a
        building can be…`): line i's sentence goes on there."""
        k = i + 1
        while k < len(self.L) and k - i <= 8 and (k in self.quoted or self.facts[k].fk
                                                  or self._data_box(k)):
            k += 1
        return i + 1 < k < len(self.L) and self.L[k].s[:1].islower()

    def _held_open(self, em: list[list[float]]) -> tuple[list[bool], list[bool]]:
        """Chinese: line i is under a box the lines themselves call furniture (a weather box,
        a data box: every line between reads best as furniture, ten at most) set into a
        sentence the running text above it left open (`…的表现形式和危害，并` / `澜水天气` / … /
        `现场演示了…`): the text goes on below the box, as it would have with no box."""
        held = [False] * len(self.L)
        into = [False] * len(self.L)
        if self.lang != "zh":
            return held, into
        best = [max(range(6), key=e.__getitem__) for e in em]
        for i in range(2, len(self.L)):
            k = i - 1
            while k >= 0 and i - k <= 10 and best[k] == F:
                k -= 1
            held[i] = 0 <= k < i - 1 and best[k] == B and not self.facts[k].closes \
                and self.facts[k].punct and best[i] == B
            if held[i]:
                into[k + 1] = True  # (and the text breaks off into the box at no cost)
        return held, into

    def _resumes_below(self, i: int) -> bool:
        """Lines from i on are a short run of display type (no running-text punctuation), and
        the line under them goes on with a sentence: it ends one within its first few
        characters (`工程。要加快…`).  The open sentence
        above line i resumes there, so the run is set into it (the story's own headline, a
        photo), and breaking off before it costs nothing."""
        if self.lang != "zh":
            if self._photo_between(i):
                return True
            # (English lines opening in lower case: measured worse on real pages, but for one
            # under a box the tables or the figures name: `…entering the` / `SCORING SUMMARY` /
            # rows / `fourth quarter after…`)
            k = i
            while k < len(self.L) and k - i < 10 and (self.facts[k].fk or self._data_box(k)
                                                      or self._box_title(k)
                                                      or self._set_into_text(k)):
                k += 1
            # (or on a name and a comma, the rest of a name or a place the open line left on
            # a name's first word or a preposition: `…said Carla` / box / `Nunez, the
            # association's president…`, `…a bushel in` / box / `Dunmoor, down from…`)
            first = self.L[k].s.split(" ", 1)[0] if i < k < len(self.L) else ""
            left = self.L[i - 1].s.rsplit(" ", 1)[-1] if i > 0 else ""
            named = _NAME_COMMA.fullmatch(first) is not None \
                and first[:-1].lower() not in english_words()["function"] \
                and first[:-1].lower() not in english_words()["opener"] \
                and (left[:1].isupper() or left in english_words()["function"])
            return i < k < len(self.L) and (self.L[k].s[:1].islower() or named) \
                and self.facts[k].fk is None and not self.facts[k].bk
        k = i
        while k < len(self.L) and k - i < 6 and not self.facts[k].punct and not self.facts[k].bk \
                and not self.fits(k)[0] and self.body_score(k) < 0:
            k += 1
        # the resumed line is as wide as the open one: the same column's
        return i < k < len(self.L) and bool(_RESUMES.match(self.L[k].s)) \
            and self._span(k)[1] >= self.widths[i - 1] - 2

    def _photo_between(self, i: int) -> bool:
        """English: line i is a photo's title in capitals, a caption of at most six lines
        under it that ends a sentence, then the photo's credit, and under the credit a line
        that opens nothing (no
        byline, no furniture): a photo set into the open sentence above (`…a sophomore at
        Tamsin Creek` / `SOUP'S ON` / caption / `X / Ledger photo` / `High School, started…`)."""
        # (a title may be one word: `BREAKAWAY`)
        title = _CAPS_TITLE.fullmatch(self.L[i].s) or re.fullmatch(r"[A-Z][A-Z'’-]{3,}", self.L[i].s)
        if not title or self.facts[i].fk or self.facts[i].bk:
            return False
        for k in range(i + 2, min(i + 8, len(self.L) - 1)):
            if self.facts[k].bk == "credit":
                below = self.facts[k + 1]
                return self.facts[k - 1].closes and not (
                    below.opens or below.bk or below.fk or below.jump)
            if self.facts[k].bk or self.facts[k].fk:
                return False
        return False

    def _indent(self, i: int) -> int:
        t = self.L[i].text
        return len(t) - len(t.lstrip(" "))

    def _indent_cue(self, i: int) -> float:
        """An indent of two characters or more opens a paragraph; a single space in front of
        a line sets a picture's title apart (seed shape)."""
        n = self._indent(i)
        if n >= 3 or self._paragraph_indent(i):
            return W["indent"]
        return -W["title_space"] if n and self.shape.style == "lines" else 0.0

    def _paragraph_indent(self, i: int) -> bool:
        """Line i is indented as the page indents its paragraphs' first lines: by the same
        narrow indent as four lines or more that open after a sentence end (`  The win was…`
        under `Arena.`), so that indent opens paragraphs, not titles.  (English only: a
        Chinese page indents with ideographic spaces, and its plain one sets a title apart.)"""
        n = self._indent(i)
        if not n or self.lang != "en":
            return False
        if self._indents is None:
            self._indents = Counter(self._indent(k) for k in range(1, len(self.L))
                                    if self.facts[k - 1].closes and self._indent(k))
        return self._indents[n] >= 4

    def start_score(self, i: int) -> float:
        """How much line i looks like the first line of a body (added when the line before it
        is not running text): a byline or `continued from` marker opens one; a line that
        closes a quotation it did not open continues the line above instead."""
        f, s = self.facts[i], self.L[i].s
        sc = 0.0
        above = self.facts[i - 1].jump if i > 0 else None
        if f.opens or (above is not None and above[0] == "from"):
            sc += W["start_opens"]  # a byline or `continued from` marker opens it, or stands over it
        if self._indent(i) >= 3 or self._paragraph_indent(i):
            sc += W["start_indent"]
        if _closes_unopened(s):
            sc -= W["start_unopened"]
        if self.lang == "en" and (s[:1].islower() or s[:1] in ":;,.)"):
            sc -= W["start_lower"]  # a line that opens in lower case or with a stop goes on from above
        if self.lang == "zh" and (CAPTION_OPENER.match(s) or _SOURCED.match(s)):
            # a story's (or caption's) first sentence opens with its day, or with where the
            # reporter learned it (`记者从县税务局获悉`)
            sc += W["start_dated"]
        if self.lang == "zh" and not f.opens and not _RESUMES.match(s):
            # (a line going on with a sentence is no first line: the text resumes there)
            full, ind, _ = self.fits(i)
            # a first line is indented (under a heading printed in its block, a brief's, it
            # need not be)
            sc += W["start_indented"] if ind else -W["start_full"] if full and not (
                self.shape.style == "blocks" and self._zh_head(i - 1)) else 0.0
        return sc

    def run_score(self, i: int) -> float:
        """Line i going on with the running text of line i-1: lines of one paragraph share
        their column's width, so a line much wider than an open line above it (which is no
        indented first line of it) is another column's, and a display line is not above; nor
        is a paragraph's indented first line under an open one."""
        if i == 0 or self.facts[i - 1].closes:
            return 0.0
        if self.L[i].starts and self._indent(i) >= 2 and not self.L[i - 1].s.endswith("-"):
            # an indented first line under a line that ended no sentence: a paragraph ends
            # its sentence, so the line above was display (`County owes taxpayers a` /
            # `straight answer on the jail deal` / `   Three weeks ago, …`)
            return -W["en_new_sentence"]
        if self.lang == "en":
            return self._en_run(i)
        (alo, ahi), (blo, bhi) = self._span(i - 1), self._span(i)
        if blo - ahi > 4:
            return -W["run_wider"]  # much wider than the open line above
        if not self.facts[i].closes and alo - bhi >= 2:
            return -W["run_wider"] if alo - bhi > 4 else -W["run_narrower"]  # narrower, and not the paragraph's end
        return 0.0

    def _en_run(self, i: int) -> float:
        """English: a line opening with a capitalised function word (`The`, `In`) after a line
        that neither ended its sentence nor ran on (a comma, a function word at its end) starts
        a new sentence: the line above was a headline, not running text."""
        prev, s = self.L[i - 1].s, self.L[i].s
        words = english_words()["function"]
        last = re.sub(r"\W+$", "", prev.split()[-1]).lower() if prev.split() else ""
        first = s.split()[0] if s.split() else ""
        if runs_on(prev) or last in words or not first[:1].isupper():
            return 0.0
        if prev.count('"') % 2 or open_quotes(prev) > 0:
            return 0.0  # a quotation left open goes on in its own capitals (`theme is "Read` / `Across…`)
        opens = first.lower() in words or first.lower() in english_words()["opener"]
        return -W["en_new_sentence"] if opens else 0.0

    @staticmethod
    def _trans(p: int, r: int, open_: bool) -> float:
        if p == B and open_ and r != B:
            return -W["open_break"] * _BREAK_INTO[r]
        if p == D and r == D:
            return W["display_run"]
        if p == F and r == F:
            return W["furniture_run"]
        if p == BY and r == B:
            return W["after_byline"]
        return 0.0

    # ---- tokens ------------------------------------------------------------------------------
    def tokens(self) -> list[Token]:
        roles = self.roles()
        L, out = self.L, list[Token]()
        body: Token | None = None
        boxed = False  # furniture under a photo set into the text, which goes on below both
        i = 0
        while i < len(L):
            r, f, line = roles[i], self.facts[i], L[i]
            boxed = boxed and r == F
            if r == B and body is not None and self._own_tail_byline(i) \
                    and _last_but_furniture(out, body):
                body.lines.append(line)  # `（通讯员 X）` on a line of its own closes the body
                body = None
                i += 1
                continue
            if r in (B, D) and body is not None and out and out[-1] is body and self._signature(i):
                step = 1
                if self._two_line_signature(i):  # the names and the town: one byline
                    town = L[i + 1].s
                    line = Line(line.no, f"{line.s} {town}", line.width + 1 + len(town), line.gap)
                    step = 2
                body.lines.append(line)  # a letter's signature closes the letter
                body.signed = True
                body = None
                i += step
                continue
            if r == B:
                if body is None or self.new_story(i, body):
                    body = Token("BODY", [])
                    out.append(body)
                elif self._paragraph_start(i, body) and out and out[-1] is body:
                    # a paragraph may open another story whose headline follows its body:
                    # the stacks decide (assign), with the evidence counted so far
                    body = Token("BODY", [], soft=self.story_evidence(i, body))
                    out.append(body)
                # (a poem's every line is a paragraph of its own)
                body.lines.append(replace(line, starts=True) if self._verse(i) else line)
                if f.jumps_away:
                    body = None
                i += 1
                continue
            if r == D and body is not None and not self.facts[i - 1].closes \
                    and not (self.lang == "en" and self._title_block(i)):
                # display lines inside running text: a pull quote; the text goes on after it
                j = i
                while j < len(L) and roles[j] == D:
                    j += 1
                if j < len(L) and roles[j] == B and not self.facts[j].opens \
                        and self._quotation(i, j):
                    out.append(Token("F", L[i:j], "pullquote"))
                    i = j
                    continue
                if j - i <= 2 and j + 1 < len(L) and roles[j] == CR and roles[j + 1] == B \
                        and not self.facts[j + 1].opens and self.start_score(j + 1) <= (
                            W["start_indented"] if self.lang == "zh" else 0.0):
                    # a photo's title and credit with no caption, set into the running text
                    # (`…女生考上了外校的研究生，临走` / `夜读` / `校报记者 白帆 摄` / `前专门送来…`):
                    # the photo stands alone, the text goes on past its credit
                    out += [Token("D", L[i:j]), Token("CR", [L[j]])]
                    i = j + 1
                    continue
                credit = self._photo_set_in(j, roles)
                if credit is not None:
                    # a photo (title, caption, credit) set into the running text: a story of
                    # its own, and the text goes on past its credit (and past a box under it)
                    if credit == j and ends_sentence(L[j - 1].s):
                        # (no line between the display lines and the credit: a caption read
                        # as display, a sentence all the same, `Campaigners gathered at…`)
                        out += [Token("BODY", L[i:j]), Token("CR", [L[credit]])]
                    else:
                        out += [Token("D", L[i:j]), Token("BODY", L[j:credit]),
                                Token("CR", [L[credit]])]
                    boxed = roles[credit + 1] == F
                    i = credit + 1
                    continue
            if r == F:
                k = ("pullquote" if self._set_into_text(i) else f.fk
                     or ("notice" if self._notice_tail(i) else "slogan" if self._slogan(i)
                         else None))
                prev = out[-1] if out else None
                if prev is not None and prev.kind == "F" and prev.lines[-1].no == L[i - 1].no \
                        and (prev.fkind == k or k is None or prev.fkind in GROUP_KINDS):
                    prev.lines.append(line)
                else:
                    out.append(Token("F", [line], k))
                body = None if k != "pullquote" and not boxed else body
                i += 1
                continue
            if r == J:
                out.append(Token("J", [line], jump=f.jump))
                if f.jump and f.jump[0] == "to":
                    body = None
                i += 1
                continue
            if r == CR and body is not None and out and out[-1] is body and i + 1 < len(L) \
                    and roles[i + 1] == B and not self.facts[i + 1].opens:
                cut = self._caption_start(body, L[i + 1].s[:1].islower())
                if cut:
                    # a photo set into the running text: its title and caption go out as a
                    # photo of their own, and the text goes on past its credit
                    photo = body.lines[cut:]
                    body.lines = body.lines[:cut]
                    top = photo[0].s.split()[-1].lower()
                    # (a caption's first line that runs on into the next is no title: `…to`,
                    # or `…the planned market` / `hall on the ground floor…`)
                    if not self.facts[self.index[photo[0].no]].punct and not (
                            self.lang == "en" and (top in english_words()["function"] or (
                                len(photo) > 1 and photo[1].s[:1].islower()))):
                        out.append(Token("D", photo[:1]))
                        photo = photo[1:]
                    out += [Token("BODY", photo), Token("CR", [line])]
                    i += 1
                    continue
            if r == CR and body is not None and _last_text(out, body) and len(body.lines) >= 2 \
                    and (body.lines[-1].starts or (  # (a short paragraph's line, a line each)
                        self.shape.paragraphs and self.facts[self.index[body.lines[-2].no]].closes)) \
                    and (self.lang == "en" or (
                        (CAPTION_OPENER.match(body.lines[-1].s) or _PLACED.search(body.lines[-1].s))
                        and len(body.lines[-1].s) <= 150)):
                # paragraphs known (a line each): a credit under a story's last paragraph is a
                # photo's, and that paragraph, set after the story, its caption (in Chinese
                # one that opens as captions do, with its day, or says who stands where:
                # `陈国平（左）背着乘客…`); text going on under the credit is the story's still
                body.lines, caption = body.lines[:-1], body.lines[-1:]
                out += [Token("BODY", caption), Token("CR", [line])]
                # (in English any text under the credit that heads nothing: the text's next
                # paragraph, the photo set between two of them)
                goes_on = i + 1 < len(L) and roles[i + 1] == B and not self.facts[i + 1].opens \
                    and (self.lang == "en" or _PLACED.search(caption[0].s) is not None)
                if not goes_on:
                    body = None
                i += 1
                continue
            if r in (BY, CR):
                if (r == BY and body is not None and tail_byline(line.s, self.lang)
                        and out and out[-1] is body):
                    body.lines.append(line)  # `（通讯员 X）` set on a line of its own
                    i += 1
                    continue
                out.append(Token("BY" if r == BY else "CR", [line]))
                body = self._resumed_past_photo(out, i) if r == CR else None
                i += 1
                continue
            out.append(Token("D", [line]))
            body = None
            i += 1
        # (a token holds the lines it was read from: none is left empty by a cut above)
        out = [t for t in out if t.lines]
        return _photos_past_boxes(out) if self.lang == "en" else out

    def _resumed_past_photo(self, out: list[Token], i: int) -> Token | None:
        """English: the body a photo was set into, when the text under the photo's credit
        (line i, the last token) goes on from its open sentence, in lower case or with nothing
        that starts a paragraph (`…caught nine passes for 141 yards,` / `WINNING RUN` / caption
        / credit / `including a 38-yard…`): the text reads on past the photo, which stays a
        story of its own."""
        if self.lang != "en" or i + 1 >= len(self.L) or self.facts[i + 1].opens \
                or not (self.L[i + 1].s[:1].islower() or self.start_score(i + 1) <= 0) \
                or len(out) < 3 or out[-2].kind != "BODY":
            return None
        k = len(out) - 3
        if out[k].kind == "D":
            k -= 1  # (the photo's title)
        above = out[k] if k >= 0 else None
        if above is None or above.kind != "BODY" or len(out[-2].lines) > 6 \
                or ends_sentence(above.lines[-1].s):
            return None
        return above

    def _own_tail_byline(self, i: int) -> bool:
        """Line i is a closing byline alone (`（通讯员 X）`) under a line that ended its sentence."""
        return tail_alone(self.L[i].s, self.lang) and i > 0 and self.facts[i - 1].closes

    def _signature(self, i: int) -> bool:
        """A letter's signature on a line of its own under a line that closed: in Chinese the
        writer as a reader (`读者　郝建平`); in English, in a column of letters (under
        `LETTERS…`, letter-spaced or not), a writer's name and town (`Ruth Calloway, Portville`)."""
        if i == 0 or not self.facts[i - 1].closes:
            return False
        if self.lang == "zh":
            # (or who the writer is and the name, `计算机学院2023级研究生 郑远航`, where no table
            # reads a byline or a photo's credit: `特约摄影 付鹤年`)
            return bool(ZH_SIGNED.fullmatch(self.L[i].s)) or (
                affiliated_name(self.L[i].s) and not self.facts[i].bk)
        if not _SIGNATURE.fullmatch(self.L[i].s) and not self._two_line_signature(i):
            return False
        return self._signed >= 2 or any(self.facts[j].fk == "logo"
                   and self.L[j].s.replace(" ", "").upper().startswith("LETTERS")
                   for j in range(max(0, i - 120), i))

    def _signature_shaped(self, i: int) -> bool:
        """English: line i reads as a letter's signature under running text that closed on a
        word's stop (not a list's leaders, `…Church ...`), alone (no list's row), and no table
        reads it as a byline or furniture (`By Ann Lee, Staff Writer` is a byline)."""
        return self.facts[i - 1].closes and _WORD_STOP.search(self.L[i - 1].s) is not None \
            and self.facts[i - 1].punct and not self.facts[i].bk and not self.facts[i].fk \
            and (_SIGNATURE.fullmatch(self.L[i].s) is not None or self._two_line_signature(i)) \
            and not self._signed_row(i - 1) and not self._signed_row(i + 1)

    def _signed_row(self, i: int) -> bool:
        """Line i reads as a name and a town (a signature's shape): next to another such line
        it is a list's row (`Friends' Meeting House, Cockermouth` / `Congregational Chapel,
        Keswick`), not a letter's signature."""
        return 0 <= i < len(self.L) and _SIGNATURE.fullmatch(self.L[i].s) is not None

    def _stacked_under_kicker(self, i: int) -> bool:
        """English: line i stands in a story's stack, between a label in capitals over it (a
        kicker, `RIVER COUNTRY`) and a byline under it (`By Wren Hollis / Staff Writer`), at
        most `_STACK_REACH` lines each way, none of the lines between furniture, a byline, a
        jump or a paragraph's worth of sentences, and none ending a sentence but the last: a
        page with no blank line to part the stack from the text still prints the stack between
        the two."""
        if self.lang != "en" or self.facts[i].fk or self.facts[i].bk:
            return False
        n = len(self.L)
        above = next((k for k in range(i - 1, max(i - _STACK_REACH, 0) - 1, -1)
                      if self.facts[k].fk or self.facts[k].bk or self.facts[k].jump
                      or CAPS_LABEL.fullmatch(self.L[k].s)), None)
        below = next((k for k in range(i + 1, min(i + _STACK_REACH + 1, n))
                      if self.facts[k].fk or self.facts[k].bk or self.facts[k].jump), None)
        if above is None or below is None or self.facts[below].bk != "line" \
                or not CAPS_LABEL.fullmatch(self.L[above].s) or self.facts[above].fk \
                or self.facts[above].bk:
            return False
        # (a text ends its sentence on its last line only: a deck may, over the byline; a box's
        # text under its title and over the next story's stack does before it, `CORRECTION` /
        # `A story on Page A3…` / `…regrets the error.` / `Two arrested…` / `From staff reports`)
        # (nor a box's rows between them, figures or labelled items, `Cash Pop: 12`, `Marlow
        # Creek 3-2 6-3`: the label over them is the box's)
        return not any(self.facts[k].closes or self.cells[k] or _ROW_LIKE.match(self.L[k].s)
                       or sum(map(str.isdigit, self.L[k].s)) > 0.15 * len("".join(self.L[k].s.split()))
                       for k in range(above + 1, below - 1)) \
            and all(len(_SENTENCE_STOP.findall(self.L[k].s)) < 2 or len(self.L[k].s) < PARAGRAPH_LINE
                    for k in range(above + 1, below))

    def _two_line_signature(self, i: int) -> bool:
        """English: the writers' names on line i and their town alone on the next line, the
        two printed as one block (`Ruth Abernathy` / `Cedar Hollow`); with the column of
        letters around it (`_signature`), a signature, not a two-line headline.  Where the
        page's blank lines tell nothing (one after every line, or none), the town's line may
        be printed with the name's all the same (`loose`)."""
        n = len(self.L)
        below = self.L[i + 1] if i + 1 < n else None
        return self.lang == "en" and below is not None and (below.gap == 0 or below.loose) \
            and (i + 2 == n or self.L[i + 2].gap > 0 or self.shape.style != "blocks") \
            and _NAMES_ALONE.fullmatch(self.L[i].s) is not None \
            and _TOWN.fullmatch(self.L[i + 1].s) is not None

    def _photo_set_in(self, j: int, roles: list[int]) -> int | None:
        """The credit line of a photo whose caption starts at line j, under display lines set
        into open running text: a caption of at most six lines (eight in Chinese), a credit,
        and after it (past a box, perhaps) running
        text that goes on (no opener, no new paragraph); the caption opens with a date, or in
        English the text resumes in lower case (`…ready for` / photo / `students in the fall`)."""
        if j >= len(self.L) or roles[j] != B:
            return None
        dated = CAPTION_OPENER.match(self.L[j].s) is not None
        # (eight lines in a narrow column: `11月5日，溱源县实验小` / `学的学生在大课间跳竹竿` / …)
        for k in range(j + 1, min(len(self.L) - 1, j + (9 if self.lang == "zh" else 7))):
            if roles[k] == CR:
                nxt = k + 1
                while nxt < len(self.L) - 1 and nxt - k <= 10 and roles[nxt] == F:
                    nxt += 1  # (a box under the photo: `数读` / its rows)
                resumes = dated or (self.lang == "en" and self.L[nxt].s[:1].islower())
                return k if resumes and roles[nxt] == B and not self.facts[nxt].opens \
                    and self.start_score(nxt) <= 0 else None
            if roles[k] != B:
                return None
        return None

    def _caption_start(self, body: Token, resumes: bool = False) -> int | None:
        """Where a photo's title or caption starts inside `body`, when the photo was set into
        running text that had not ended its sentence: a line opening with a date (or a title
        line without punctuation right above one) after an open line, within the last lines;
        in English, where the text under the credit resumes in lower case (`resumes`), a
        title in capitals after an open line (`…ready for` / `FIRST DAY JITTERS`)."""
        lines = body.lines
        if resumes and self.lang == "en" and self.shape.style != "blocks" \
                and self.facts[self.index[lines[-1].no]].closes:
            # English, no blank lines: the caption starts at a capital after a word the text
            # broke off with its hyphen (`…with a two-` / `Commuters board…` / credit /
            # `story building…`), or after a function word it broke off on (`…a wheelchair
            # ramp and an` / `The keeper's cottage…`), within the last six lines
            for broke in (lambda s: s.endswith("-"),
                          lambda s: s.rsplit(" ", 1)[-1] in english_words()["function"]):
                for j in range(max(1, len(lines) - 6), len(lines)):
                    if broke(lines[j - 1].s) and lines[j].s[:1].isupper():
                        return j
        wide = self._wide_caption(lines)
        if wide is not None:
            return wide
        for j in range(len(lines) - 1, max(0, len(lines) - 14), -1):
            if self.facts[self.index[lines[j - 1].no]].closes:
                continue
            if resumes and self.lang == "en" and _CAPS_TITLE.fullmatch(lines[j].s) \
                    and j < len(lines) - 1:
                return j
            if self.lang == "en" and self.shape.style == "blocks" \
                    and lines[j].gap > 0 and len(lines) - j <= 6:
                # the last block over the credit, printed after an open line: the caption
                # (the text under the credit going on, in lower case or from a name: `…Director
                # Owen` / caption / credit / `Prask said…`)
                return j
            if self._joined_caption(lines, j):
                return j
            if CAPTION_OPENER.match(lines[j].s):
                t = self.facts[self.index[lines[j - 1].no]]
                titled = j >= 2 and not t.punct and not t.closes and not self.facts[
                    self.index[lines[j - 2].no]].closes
                return j - 1 if titled else j  # the photo's title stands over its caption
        return None

    def _wide_caption(self, lines: list[Line]) -> int | None:
        """English, blank lines between blocks: the last block over the credit, of at most
        four lines, set wider than the column the text above runs in (its lines but the last
        a fifth wider than that column's usual line): the caption, printed under the photo
        across more than one column, even where the text above ended a paragraph."""
        if self.lang != "en" or self.shape.style != "blocks":
            return None
        j = next((k for k in range(len(lines) - 1, max(0, len(lines) - 5), -1) if lines[k].gap), None)
        if j is None or j < 3:
            return None
        usual = sorted(x.width for x in lines[:j])[j // 2]
        head = lines[j:-1] or lines[j:]
        return j if min(x.width for x in head) >= 1.2 * usual else None

    def _joined_caption(self, lines: list[Line], j: int) -> bool:
        """Where a blank line follows every column line (`lines` shape), lines[j:] are printed
        as one block after a blank line and end a sentence over the credit, which they run
        into too: a caption set into the text (`…clinching the Cape` / caption of two lines /
        credit / `League championship…`), since a column's lines stand a blank line apart."""
        if self.shape.style != "lines" or not lines[j].gap or len(lines) - j > 6:
            return False
        credit = self.index[lines[-1].no] + 1
        joined = [x.gap == 0 for x in lines[j + 1:]] + [self.L[credit].gap == 0]
        return len(joined) >= 2 and all(joined) \
            and self.facts[self.index[lines[-1].no]].closes

    def _quotation(self, i: int, j: int) -> bool:
        """Display lines i..j-1 set into running text read as a pull quote: a quotation, or
        words with running-text punctuation.  Bare display words are a headline (the story's
        own, printed where its columns were extracted), which the stacks place."""
        text = "".join(self.L[k].s for k in range(i, j))
        return bool(_QUOTE_START.match(text) or any(self.facts[k].punct for k in range(i, j))
                    or _ATTRIBUTION.match(self.L[j - 1].s))

    def _paragraph_start(self, i: int, body: Token) -> bool:
        """Line i opens a paragraph of `body` (the line above ended its sentence): a place a
        story printed without a headline above it may start.  In English only where the
        page shows paragraphs (a line each, or indents) and a stack stands under the text
        further down, and never at an interview's turn (`A: Watching…`)."""
        prev = self.index[body.lines[-1].no]
        if self.lang == "en":
            # (a blank line parting blocks shows where one may start, on a page whose blank
            # lines part blocks only)
            shown = self.L[i].starts or (self.shape.style == "blocks" and self.L[i].gap > 0
                                         and not self.L[i].loose)
            # (or where the line above ends a paragraph as the body's reflow reads it, a short
            # line ending a sentence, on a page with no blank line at all, over a stack no text
            # follows: the stack is the text's, printed after it)
            bare = not shown and self.shape.style == "tight" and breaks_after(self.L, prev, "en")
            return bool(self.facts[prev].closes and (shown or bare)
                        and self._stack_below(i, bare) and not _EN_TURN.match(self.L[i].s))
        return (self.facts[prev].closes and len(body.lines) >= 2
                and not _closes_unopened(self.L[i].s)
                # (a line that ends its sentence opens a paragraph only where it fills its
                # column, on a page a column wrapped: `法治政府建设是…的重点任务和主体工程。`)
                and (not self.facts[i].closes or (self.fits(i)[0] and not self.shape.paragraphs)))

    def _stack_below(self, i: int, bare: bool = False) -> bool:
        """Within the next lines of running text a display line stands over a byline or
        another display line before anything else: a headline printed after its body.
        (`bare`: and no text follows the stack, which would be its own.)"""
        for k in range(i + 1, min(i + 40, len(self.L) - 1)):
            if self.facts[k].fk or self.facts[k].jump:
                return False
            if not self.facts[k].punct and not self.facts[k].closes and self._en_shape(k) < 0:
                nxt = self.facts[k + 1]
                # (or a byline a few lines down, the lines between bare: a kicker over a
                # headline in sentence case, `SCHOOLS` / `Reading scores climb` / `for…` / `By…`)
                by = next((m for m in range(k + 1, min(k + 5, len(self.L)))
                           if self.facts[m].punct or self.facts[m].bk), None)
                stack = nxt.bk == "line" or (not nxt.punct and self._en_shape(k + 1) < 0) or (
                    by is not None and self.facts[by].bk == "line")
                end = next((m for m in range(k + 1, min(k + 7, len(self.L)))
                            if (self.facts[m].punct and not self.facts[m].bk)
                            or self.facts[m].fk), len(self.L))
                return stack and not (bare and end < len(self.L) and not self.facts[end].fk
                                      and self._en_shape(end) > 0)
        return False

    def _en_shape(self, k: int) -> float:
        """`_en_body(k)`, kept: the look for a stack below asks about the same lines for each
        paragraph over them."""
        if k not in self._en:
            self._en[k] = self._en_body(k)
        return self._en[k]

    def new_story(self, i: int, body: Token) -> bool:
        """Line i (body text) starts another story although it follows a body directly."""
        f = self.facts[i]
        if f.opens:
            # (an editor's note stands over the story's first line: `Editor's note: This is the
            # second of three stories…` / `PRUITT — On Tuesday…`)
            return not _EDITORS_NOTE.match(body.lines[0].s)
        prev = body.lines[-1]
        pi = self.index[prev.no]
        if not self.facts[pi].closes:
            return False
        return self.story_evidence(i, body) >= W["story_threshold"]

    def _writer_bio(self, k: int) -> bool:
        """English: line k is one sentence opening with the name of a writer some byline on
        the page credits, in lower case after it (`Desmond Akerlund teaches economics…`)."""
        if self._bylined is None:
            self._bylined = frozenset(
                m[1] for x, f in zip(self.L, self.facts)
                if f.bk == "line" and (m := _BY_NAME.match(x.s)) is not None)
        m = _BIO.match(self.L[k].s)
        return m is not None and m[1] in self._bylined and ends_sentence(self.L[k].s)

    def story_evidence(self, i: int, body: Token) -> float:
        """How strongly line i, after a sentence end, starts another story."""
        prev = body.lines[-1]
        pi = self.index[prev.no]
        ev = 0.0
        if self.lang == "zh" and (tail_byline(prev.s, self.lang) or self._closing_byline_tail(pi)):
            ev += W["story_tail_byline"]  # (a closing byline may wrap over two lines)
        # the column where the body stopped (its last full line: a column may widen within
        # a story, below an inset) against the column of the paragraph line i starts
        first = self.index[body.lines[0].no]
        mine = [(self._w(k), self._w(k) + len(_HALF_WIDTH.findall(self.L[k].s)))
                for k in range(pi, max(first, 1) - 1, -1)
                if k > 0 and self.facts[k].full and not self.facts[k - 1].closes][:1]
        ahead = []
        for k in range(i + 1, min(i + 8, len(self.L))):
            if self.facts[k].closes:
                break
            if self.facts[k].full:
                ahead.append(self._w(k))
        if self.lang == "zh" and mine and ahead and len(body.lines) >= 2:
            # (the width the line above may have been set in, its figures half a cell or whole)
            (before, most) = mine[0]
            after = min(ahead[:2])  # the column the paragraph starts in (an inset may end)
            if (before - after >= 4 or after - most >= 4) \
                    and abs(ahead[0] - ahead[-1 if len(ahead) < 2 else 1]) <= 2:
                ev += W["story_column"]  # the column changes width after a sentence end
                w = self._w(i)
                if after - 4 <= w <= after + 1 and not before - 4 <= w <= before + 1:
                    ev += W["story_first_line"]  # and the line starts a paragraph of the new column only
        if self.shape.broken(self.L[i]) and self.lang == "zh":
            ev += W["story_blank"]
        if SPEAKER.match(self.L[i].s) and any(SPEAKER.match(x.s) for x in body.lines):
            ev -= 2.0
        if self.lang == "en" and _EN_TURN.match(prev.s) and not _EN_TURN.match(self.L[i].s):
            ev += W["story_after_turns"]  # an interview's turns stop: another text may start
        if self.lang == "en" and self._writer_bio(pi):
            # a sentence on who a writer the page credits is ends that writer's column
            # (`Lorna Quigley is a retired teacher…`, the page printing `By Lorna Quigley`)
            ev += W["story_named"]
        if self.facts[i].fk in _KEPT_FURNITURE:
            # a paper's notice or ad that reads as text (kept, never skipped) is no part of
            # the story it follows (`HOW TO SUBMIT A LETTER: Letters should be…`)
            ev += W["story_named"]
        return ev


# (an English attribution names its speaker's role after a comma or two: `— Marcus Tillman,
# QB`, `— Gail Pellham, owner, Pellham Tool & Die`)
# a pull quote's attribution: a dash and the speaker (`— Supt. Dale Whitford`, `——刘建`), or
# the speaker's name in capitals and the role after a comma (`ANN LEE, district manager`)
_ATTRIBUTION = re.compile(
    r"^(?:(—|——|--|–|-(?= ))\s*[A-Z\u4e00-\u9fff]([^，。,.;；!?！？]|\.(?= [A-Z])){1,40}"
    r"(, [A-Za-z][^，。,.;；!?！？]{1,30}){0,2}"
    r"|[A-Z][A-Z'-]+( [A-Z][A-Z.'-]+){1,3}, [a-z][a-z ,'-]{2,40})$")


# a pull quote on one line: the quotation, a dash and who said it
_PULL_LINE = re.compile(r"([“\"][^”\"]{10,}[”\"]|[‘'][^’']{10,}[’']) ?(—|--|–) ?[A-Z][^.,;!?]{1,60}"
                        r"(, ([a-z][^.;!?]{1,40}|[A-Z][A-Z' ]{1,40}))?")
# a quotation the line leaves open: an odd number of straight marks, or an opening curly mark
# no closing one follows (`…said: "It's disgusting.`)
_QUOTE_LEFT_OPEN = re.compile(r'^[^"]*"([^"]*"[^"]*")*[^"]*$|“[^”]*$')

# the writer's name in a byline (`By Lorna Quigley`, `By Dale Pruitt | Staff Writer`), and a
# sentence opening with a name before a word in lower case (`Lorna Quigley is a…`)
_BY_NAME = re.compile(r"By ([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})\b")
_BIO = re.compile(r"([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}) [a-z]")

# a short name in title case (`On the Sideline`, `Money Matters`)
_TITLE_CASE = re.compile(r"[A-Z][a-z'’]+( (of|the|and|on|in|for|a|at|to|&|[A-Z][a-z'’]+)){1,3}")

# a name alone on a line: two to four capitalised words (`Sandra Okoye`, `王 明`)
_NAME_LINE = re.compile(r"[A-Z][a-z.'-]+( [A-Z][a-z.'-]+){1,3}|[\u4e00-\u9fff]{2,4}")

# furniture kinds whose lines may read as running text (kept as text, apart from the stories)
_KEPT_FURNITURE = ("notice", "ad", "offer", "contact")


def _last_text(out: list[Token], body: Token) -> bool:
    """`body` is the last text read: only furniture set into it (a pull quote) came since."""
    for t in reversed(out):
        if t is body:
            return True
        if t.kind != "F":
            return False
    return False


def _photos_past_boxes(out: list[Token]) -> list[Token]:
    """A photo set into a text that goes on past it (the text's body holds lines printed
    under the photo) moves down past the furniture under it and the text that follows that
    (`…for a 63-yard` / photo / `SCORING SUMMARY` / rows / `touchdown pass.` / more
    paragraphs): the stories are read from adjacent bodies, and the text may go on past a box
    as it went on past the photo.  The photo then stands before whatever heads the next text.
    (English only: a Chinese story's stack may stand under its body.)"""
    k = 1
    while k < len(out) - 1:
        host = out[k - 1]
        c = k + 1 if out[k].kind == "D" and k + 1 < len(out) else k  # (the photo's title)
        t, end = out[c], c + 1
        if host.kind != "BODY" or t.kind != "BODY" or not host.lines or not t.lines \
                or end >= len(out) or out[end].kind != "CR" \
                or host.lines[-1].no < t.lines[0].no:
            k += 1
            continue
        j, first = end + 1, True
        while True:  # furniture and the bodies under it (each after the first a paragraph's)
            f = j
            while f < len(out) and out[f].kind == "F":
                f += 1
            if f >= len(out) or out[f].kind != "BODY" or not (first or out[f].soft is not None):
                break
            if first and out[f].lines and ANY_DATELINE.match(out[f].lines[0].s):
                break  # (a text that opens with its dateline is another story's)
            j, first = f + 1, False
        if first or out[end + 1].kind != "F":
            k += 1
            continue
        out[k:j] = out[end + 1:j] + out[k:end + 1]
        k = j + 1
    return out


def _last_but_furniture(out: list[Token], body: Token) -> bool:
    """`body` is the last token but for furniture after it (a pull quote it went on past)."""
    for t in reversed(out):
        if t is body:
            return True
        if t.kind != "F":
            return False
    return False


_FOR_PAPER = re.compile(r"(For|Special to) the [A-Z][a-z]+( [A-Z][a-z]+)?")
# a role alone on the line under a name alone (`Grace Tolliver` / `Staff Writer`)
# (the paper's name may stand before the role: `Sentinel Columnist`, `Herald Sports Writer`)
_ROLE_LINE = re.compile(f"([A-Z][a-z]+ )?({ROLE_WORD} )?{ROLE_NOUN}|[A-Z][a-z]+ {ROLE_NOUN.lower()}")
# Chinese: a question or exclamation that a sentence goes straight on from (`…传下去？记者采访了`)
_MID_QUESTION = re.compile(r"[？！][\u4e00-\u9fff“]")
# figures with nothing but spaces and signs between them (a draw's numbers, a table's row)
# a list's row: a short label, a colon and what it names, with no sentence's end unless it
# holds a figure (`Mon.: Chicken patty on bun, green beans, pears`, `Receipts: 1,846 head`)
_COLON_ROW = re.compile(r"(?=[A-Z\d])[^:]{1,40}?: \S.{0,80}")


# a listing's row of showings: clock times, three or more, or two with none of a sentence's
# small words (`"The Bikeriders" (R) 4:45, 7:40`); British listings set a point in them
# (`6.00 News  6.30 Local News`), never a price's (`$6.00`) nor a longer figure's
_SHOWING_TIME = re.compile(r"(?<![$£€\d.,])\b\d{1,2}[:.]\d\d(?:[ap]\b|\b)(?![.,]\d)")


def reads_as_running_text(s: str, lang: str) -> bool:
    """40 characters or more with two sentence ends or more (in English, and three words in
    lower case): running text, which is never furniture (the never-furniture guard; a page
    holding such a block is never given up as having no story)."""
    return len(s) >= 40 and len(_SENTENCE_STOP.findall(
        ABBREVIATION.sub("", s) if lang == "en" else s)) >= 2 and (
        lang != "en" or len(re.findall(r"\b[a-z]{3,}\b", s)) >= 3)


def _rank(s: str) -> int | None:
    """The rank a list's item opens with (`1 `, `2.`, `3、`), its text holding no
    running-text sentence; None for any other line."""
    m = _RANK.match(s)
    if m is None or _RANK_PROSE.search(s[m.end():]):
        return None
    return int(m.group(1))


def _list_row(s: str) -> bool:
    small = sum(w in english_words()["function"] for w in s.split())
    # (times set with a point count only among a sentence's small words one at most: prose
    # spells its decimals among them, `grew 3.25 percent, 4.50 percent and 5.75 percent`)
    times = len([t for t in _SHOWING_TIME.findall(s) if ":" in t or small <= 1])
    return _colon_row(s) or times >= 3 or (times == 2 and not small)


def _colon_row(s: str) -> bool:
    # (a speaker's turn ends its sentence: `Q: Why now?`; a row may end on an abbreviation's
    # point, `Where: Larkspur Playhouse, 41 Quay St.`)
    said = s.endswith("?") or (s.endswith(".") and not _ABBREVIATION_END.search(s))
    if not _COLON_ROW.fullmatch(s) or re.match(r"(Q|A|[A-Z][a-z]+ ?[A-Z]?[a-z]*):", s) and said:
        return False
    label = s.split(":", 1)[0]
    return len(label.split()) <= 5 and (not s.endswith((".", "?", "!")) or bool(re.search(r"\d", s)))


# an English interview's turn: the speaker's name in upper and lower case, a colon
_NAMED_TURN = re.compile(r"[A-Z][a-z]+( [A-Z][a-z]+)?: ")
_BARE_FIGURES = re.compile(r"[\d\s+\-–—:：∶.,/|]+")
# a line opening with a word in lower case
_LOWER_WORD = re.compile(r"[a-z]+ ")
# a name in capitals, two or three words (`CAL WHITACRE`), and a writer's post on a line of its
# own (`Gazette Sports Columnist`, `Staff Writer`)
_NAME_IN_CAPS = re.compile(r"[A-Z][A-Z'-]+( [A-Z]\.)?( [A-Z][A-Z'-]+){1,2}")
_POST_ALONE = re.compile(r"([A-Z][a-z]+ ){0,3}(Writer|Reporter|Correspondent|Columnist|Editor|Photographer)")
# marks a scan's noise leaves on a line of their own, which no text nor rule prints alone
_SPECKS = re.compile(r"[~¦»^■]")
# a line left on a word that binds to the next one (in a line with words in lower case)
_DANGLING = re.compile(r"(?=.*\b[a-z]{3,}\b).* (a|an|the|of|and|or|to|at|on|for|with|from|by|into|as|is|are|was|were|its|their|his|our)$")
# a Chinese name of two or three characters, letter-spaced perhaps (`枫声`, `兰 苑`)
_SHORT_NAME = re.compile(r"[\u4e00-\u9fff]( ?[\u4e00-\u9fff]){1,2}")
# a column's name of two to four characters (`回音壁`, `晚报话题`)
_COLUMN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_LONG_NAME = re.compile(r"[\u4e00-\u9fff]{4,7}")
# who asks, then the question (`读者问：`, `市民李女士问：`, `网友“小林”问：`)
_ASKER = re.compile(r"[^：:，。？！\s]{1,12}[问問][：:]")
# the marks a columnist's byline is set after (`□ 蒋岳`, `■ 林墨`)
_COLUMNIST_MARKS = frozenset("□■◇◆○●◎☆★")
_RUNS_ON_CHARS = frozenset("的地得和与及把被让在对向给将已为要是了")  # (a headline's line broken on them goes on)
# a headline whole in itself: one quotation, or a title and what it says (`《江流》：…`)
_WHOLE_HEAD = re.compile(r"“[^“”]{2,20}”|《[^《》]{1,12}》[：:][^，。；]{2,20}")
# a Chinese agenda's row: a day (its half perhaps), then up to four short items set apart by
# spaces, no running-text punctuation (`1月9日上午 开幕会 听取政府工作报告`)
_DAY_ROW = re.compile(with_traditional(r"(\d{1,2}月)?\d{1,2}日(上午|下午|晚上|晚间|全天)?(\s+[^\s，。；、！？：,;]{1,14}){1,4}"))
# a list item's rank, and the punctuation of running text its item never holds (commas part
# a title from its author in English: `1. Mill Town, Agnes Whitlow`)
_RANK = re.compile(r"(\d{1,2})(?:[.、．)]\s*|\s+)(?=\S)")
_RANK_PROSE = re.compile(r"[，。；！？]|\b[a-z]{3,}[.;!?](\s|$)")
# Chinese: a line ending on a full date (a notice's issuer and date, `…治丧小组 2024年7月7日`)
_ISSUED = re.compile(with_traditional(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$"))
# Chinese: a pause with text after it on the line (`■接驳：自9月25日起，望川南站片区`); the
# marks that set off an index's items
_PAUSE_INSIDE = re.compile(r"[，、：；]\s*[\u4e00-\u9fff\w“「（]")
_BULLETED = re.compile(r"[●■◆▲★▶►]")
# Chinese: a full stop with text after it on the line (`遗产日”。围绕`)
_STOP_INSIDE = re.compile(r"。[”’」』）]*[\u4e00-\u9fff“‘「（\d]")
# figures with their units and nothing else, three or more (`5个 580户 8.7亿元`)
_FIGURE_CELL = re.compile(r"[+\-−↑↓]?\d[\d.,:%]*")


def _zh_figure_cells(s: str) -> bool:
    """Four cells or more parted by spaces, none longer than a name, three or more of them
    and most of them figures: a Chinese table's row (a sentence spread out by a justified
    column keeps its words between the figures, `9 月 22 日，…`)."""
    cells = s.split()
    figures = sum(_FIGURE_CELL.fullmatch(c) is not None for c in cells)
    return len(cells) >= 4 and all(len(c) <= 8 for c in cells) and figures >= 3 \
        and figures * 5 >= len(cells) * 3


def _zh_table_cells(s: str) -> bool:
    """A Chinese table's row (`_zh_figure_cells`), or three cells or more parted by spaces,
    none longer than a name, no sentence's pause on the line, a third of them or more holding
    figures (two at least)."""
    if _zh_figure_cells(s):
        return True
    cells = s.split()
    figures = sum(any(ch.isdigit() for ch in c) for c in cells)
    return len(cells) >= 3 and all(len(c) <= 10 for c in cells) and figures >= 2 \
        and figures * 3 >= len(cells) and not re.search(r"[，。；！？、]", s)


_UNIT_FIGURES = re.compile(r"(\d+(\.\d+)?[\u4e00-\u9fff%]{1,3}\s+){2,}\d+(\.\d+)?[\u4e00-\u9fff%]{1,3}")
# two to four characters set apart by spaces (`警　讯`, `简 讯`)
_LETTER_SPACED = re.compile(r"[\u4e00-\u9fff]([ \u3000]+[\u4e00-\u9fff]){1,3}")
# a line whose first word ends a sentence another line began (`Friday. Ashby hosts…`)
_WORD_ENDS = re.compile(r"[A-Z][a-z]+\.\s+[A-Z\"“]")
_EDITORS_NOTE = re.compile(r"(Editor|EDITOR)['’]?s? (note|NOTE)\b")
# a speaker in a meeting's report, named in capitals after a title: `Mr HALE`, `the CLERK`,
# `Canon J. R. WATERS`
_SPEAKER = re.compile(r"\b(?:[A-Z][a-z]{1,7}\.?|the) (?:[A-Z]\. ?)*[A-Z]{4,}\b")
# a line in capitals (letters, figures and punctuation, at least six letters in a row of words)
_ALL_CAPS = re.compile(r"(?=.*[A-Z]{2}.*[A-Z]{2})[A-Z0-9 .,;:'’&—-]{6,}")
# a picture's title in capitals: two to six words, no sentence punctuation
_CAPS_TITLE = re.compile(r"[A-Z][A-Z'’-]*( [A-Z][A-Z'’-]*){1,5}")
# a table's unit in brackets at its title's end: `（元/公斤）`, `（单位：万元）`, `(in $ millions)`
_UNIT_NOTE = re.compile(with_traditional(r"[（(](单位[：:])?[^（）()]{0,8}/[^（）()]{1,6}[）)]$|[（(]单位[：:][^（）()]{1,10}[）)]$"
                        r"|\(in [^()]{1,20}\)$"))
# the head of a box of figures: `数读…`, `数说…`, `BY THE NUMBERS`
_BOX_HEAD = re.compile(with_traditional(r"^(数\s?[读说]|图\s?说|数字看点)|^(BY THE NUMBERS|THE NUMBERS|AT A GLANCE|FAST FACTS)$"))
# an English interview's turn: `Q:`, `A:`, a speaker's name in capitals
_EN_TURN = re.compile(r"^(Q|A|[A-Z][A-Z.'-]+( [A-Z][A-Z.'-]+)?)[:.] ")
# capitalised words that open a sentence and never go on one: `The`, `When`, `In`
_CAPITAL_OPENERS = frozenset(w.capitalize() for w in english_words()["function"]) - {"I"}
_QUOTE_START = re.compile(r"^[“\"「『]")
# a sentence's stop after a word (not leaders, `...`), a quotation mark perhaps after it
_WORD_STOP = re.compile(r"[A-Za-z0-9)][.!?][\"”’']?$")
# the dash a closing signature opens with (`— Dale Pruitt`)
_DASH_OPEN = re.compile(r"^(—|–|--) ?")
# a page a refer points to, ending its line (`…fees, B2`, `…, Page A6`)
_PAGE_REF_END = re.compile(r",? (Page |P\. )?[A-H]\d{1,2}$")
# about how many characters an English first sentence takes (the echo's window below a head)
_SENTENCE_WORTH = 150
_NARROW = 36  # (a column this narrow or narrower)
# a team and two records or more, won-lost (`Cobb Hollow 4-1 6-2`)
_RECORD_ROW = re.compile(r"[A-Z][\w.'-]*( [A-Z][\w.'-]*){0,3}( \d{1,3}-\d{1,3}(-\d{1,2})?){2,}"
                         # (wins and losses in columns of their own: `Kestrel Valley 4 1`; OCR
                         # may read an O as a zero, `0rton Falls 2 3`)
                         r"|[A-Z0][\w.'-]*( [A-Z][\w.'-]*){0,3} \d{1,3} \d{1,3}")
# a Chinese box's title with its dates in brackets at its end (`本周农产品价格行情（11月18日—24日）`;
# not the note alone, `（9月9日 单位：元/500克）`, under a title of its own, nor a unit's)
_DATE_NOTE = re.compile(with_traditional(r"（[^（）]*\d{1,2}[月日][^（）]*）$"))
_DATED_TITLE = re.compile(r"[\u4e00-\u9fff]" + _DATE_NOTE.pattern)
# a list row's label: up to three words before a colon (`Fourth quarter: HP — Moss 15 pass`)
_LABEL = re.compile(r"([A-Z][\w.'-]*( [\w.'-]+){0,2}): \S")
# a by-the-numbers box's row: a figure, then what it counts, capitalised, with no pause or
# sentence end (`$3.1 million Ferry authority budget gap`)
_FIGURE_ROW = re.compile(r"[$£€]?\d[\d,]*(\.\d+)?%?( (million|billion|thousand))? [A-Z][^.,;:!?]{2,50}")
# a price list's row: a name, a price and its change in brackets (`Corn $3.86 (+2c)`, `Wheat,
# hard red winter $5.61 (-1)`, `Milo $3.74 (unch.)`)
_PRICE_ROW = re.compile(r"[A-Z][\w,.' -]{0,40}? [$S£€]?\d[\d,]*(\.\d+)? \((?:[+−–-] ?\d[\d.,]*[a-z¢]?|unch\.?)\)")
# a markets box's row: a name, a level and its change with an arrow or a sign
_TICKER_ROW = re.compile(r"[A-Z0-9][\w&.' /-]{0,24}? \$?\d[\d,]*(\.\d+)?%? ?[▲▼↑↓+−–-] ?\$?\d[\d,]*(\.\d+)?%?")
# a rating in stars alone on a line or after its label (`★★★½`, `推荐指数：★★★★☆`)
_STARS = re.compile(r"(^|[：:]\s?)[★☆✩✪✭*]{1,5}\s?½?$")
_STAR_MARKS = frozenset("★☆✩✪✭*")
# the same after the last sentence of a text, on its line
_TRAILING_STARS = re.compile(r"(?<=\S)\s+[★☆✩✪✭]{1,5}\s?½?$")


def _rating(s: str) -> bool:
    # (the stars end the line, but for a space, a half and a newline: a line with none in its
    # last four characters is no rating, and the pattern, tried at every character, is not asked)
    return not _STAR_MARKS.isdisjoint(s[-4:]) and _STARS.search(s) is not None and (s[:1] in "★☆✩✪✭*" or len(s) <= 12)
# a row of a box that says how to reach the paper (`Email: letters@….example`, `Phone: …`)
_CONTACT_ROW = re.compile(r"(E-?mail|Mail|Phone|Tel|Fax|Online|Web|Write|Call|Text): \S")
_EMAIL = re.compile(r"\S@\S+\.[a-z]{2,}")
# a web address alone on a line (`ashcombegazette.example`, `www.x.org/photos`)
_WEB_ALONE = re.compile(r"(https?://)?[\w-]+(\.[\w-]+)*\.[a-z]{2,}(/\S*)?")
# a firm's name in title case, with its ampersand (`Hollis & Pratt Funeral Home`)
_FIRM = re.compile(r"[A-Z][\w'’.-]*( (&|[A-Z][\w'’.-]*)){1,5}")
_LISTING_HEAD = re.compile(r"[\u4e00-\u9fff]{2,6}")
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
# a staff line ending on a role's label and one character of a name (`制图：江`), and the
# one or two characters of the name the column put on the next line (`帆`)
_NAME_CUT = re.compile(r"：\s*[\u4e00-\u9fff]$")
_NAME_REST = re.compile(r"[\u4e00-\u9fff]{1,2}")
_PHONE_IN = re.compile(r"\b\d{3}-\d{4}\b")
# a telephone number in the forms papers print (`555-0110`, `(608) 555-0110`, `01632 960999`)
_PHONE_ANY = re.compile(_PHONE_IN.pattern + r"|\b0\d{3,4} ?\d{5,6}\b")
# the verb a note telling readers how to reach the paper opens on
_REACH_VERB = re.compile(r"(Call|Phone|Ring|Text|Write|Email|E-mail|Send|Contact|Tell)\b")
_PHONE_END = re.compile(r"\b\d{3}-\d{4}$")
# a question or an offer up to a colon, then a sentence opening on the verb that tells readers
# how to reach the paper
_ASK_OPENS = re.compile(r"[A-Z][^.?!:]{3,60}[?:] ")
_ASK_THEN_REACH = re.compile(_ASK_OPENS.pattern + r"(?:(?:[^.?!]|(?<=\d)\.(?=\d)){0,60}[.?!] )?"
                             + _REACH_VERB.pattern)
_QUOTE_END = re.compile(r"[”\"」』]$")
# (over an attribution, British single marks too: `'We simply cannot…apart'` / `- J. Coutts`)
_ATTRIBUTED_START = re.compile(r"^[“\"「『‘']")
_ATTRIBUTED_END = re.compile(r"[”\"」』’']$")
_TABLE_LABEL = re.compile(with_traditional(r"(附?表|图表|Table)\s*\d*\s*[：:]"))
_SPEAKER_AFTER = re.compile(r"([”\"])\s+(?:—|–|--)\s*[A-Z][^.!?”\"]{1,60}$")
_QUOTE_CLOSED = re.compile(r"[”」』][。！？]$")
# a quotation of whole sentences, alone: its marks open and close it and no other is inside
_WHOLE_QUOTE = re.compile(r"[“\"][^“”\"]+[.!?。！？…][”\"]")
_PAIRS = {"”": "“", "’": "‘", "」": "「", "』": "『", "）": "（", ")": "("}
_OPENERS = frozenset(_PAIRS.values())
_QUOTE_MARK = re.compile("[" + re.escape("".join(_PAIRS) + "".join(_PAIRS.values())) + "]")


# an apostrophe inside an English word (`Vell’s`, `don’t`)
_APOSTROPHE = re.compile(r"[A-Za-z]’[A-Za-z]")


def _closes_unopened(s: str) -> bool:
    """The line closes a quotation or bracket before opening one: it continues a line.

    >>> _closes_unopened("大者’，守住耕地红线、"), _closes_unopened("“我们要让农民")
    (True, False)

    An apostrophe between Latin letters closes nothing (`Vell’s trio recorded`).
    """
    opened = 0
    for m in _QUOTE_MARK.finditer(s):  # (the marks alone: a line has few)
        if m[0] in _OPENERS:
            opened += 1
        elif not _APOSTROPHE.match(s, max(m.start() - 1, 0)):
            if not opened:
                return True
            opened -= 1
    return False


def label(lines: list[Line], shape: Shape, lang: str) -> list[Token]:
    """Tokens of a text page, in extraction order."""
    return Labeller(lines, shape, lang).tokens()
