"""Latin letters inside Chinese: kept as letters for the voice, digits around them read in
Chinese (`5G` → 五G, `M1` → M一, `A320` → A三二零), fixed expansions from the `letters` table
(`O2O` → O to O).  A run of three or more digits after a letter (A320, G318) or of five or
more anywhere marks a code or model number, so every digit run of the word is then read digit
by digit (`92500231MA60` → 九二五零零二三一MA六零); `300w`, `5G`, `HDR10`, `PM2.5` keep
cardinals and decimals; `1080P` is 一零八零P.  A road number before its class (G50沪渝高速, S203省道) is a code too.
"""
from __future__ import annotations

import re

from audiopaper.normalize.engine import Rule
from audiopaper.normalize.reading import ZhNumbers
from audiopaper.normalize.tables import alternation, mapping

_RUN = re.compile(r"\d+(?:\.\d+)?")
# a video resolution (1080P, 720p) is said digit by digit, like a model number
_CODE = re.compile(r"[A-Za-z]\d{3}|\d{5}|\A\d{3,4}[Pp]\Z")
_ROAD_AFTER = re.compile(r"\s?(?:国道|省道|县道|高速|线|[\u4e00-\u9fff]{2}高速)")
_ROAD_BEFORE = re.compile(r"(?:国道|省道|县道|高速)\s?\Z")
_WORD = (r"(?<![A-Za-z0-9.])(?=[A-Za-z0-9.]*[A-Za-z])(?=[A-Za-z0-9]*\d)"
         r"(?:[A-Za-z]+|\d+(?:\.\d+)?)+(?![A-Za-z0-9]|\.\d)")


def rules(n: ZhNumbers) -> list[Rule]:
    """The expansion table first, then any word mixing letters and digits."""
    letters = mapping("zh", "letters")

    def mixed(m: re.Match[str]) -> str:
        word = m.group(0)
        text = m.string
        code = (_CODE.search(word) is not None or _ROAD_AFTER.match(text, m.end()) is not None
                or _ROAD_BEFORE.search(text, max(0, m.start() - 3), m.start()) is not None)
        read = n.digits if code else (lambda d: n.number(d, liang=False))
        return _RUN.sub(lambda r: read(r.group(0)), word)

    return [
        Rule("letters", rf"(?<![A-Za-z0-9])(?P<w>{alternation(letters)})(?![A-Za-z0-9])",
             lambda m: letters[m.group("w")]),
        Rule("alnum", _WORD, mixed),
    ]
