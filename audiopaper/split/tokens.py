"""The units the labeller hands to the stack assignment: furniture, display lines, bylines,
credits, jump lines and bodies, each with the page lines it was read from."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from audiopaper.split.lines import Line

#: What a token is: furniture, a display line, a byline line, a photo credit, a jump line or
#: running text.  A Literal, so that mypy --strict refuses a comparison with a misspelt kind.
Kind = Literal["F", "D", "BY", "CR", "J", "BODY"]

INDENT = 4  # cells a Chinese paragraph's first line is indented by (two ideographic spaces)


@dataclass
class Token:
    """One unit of the page: `F` furniture, `D` display line, `BY` byline line, `CR` photo
    credit, `J` jump line, `BODY` running text (one article's body, or a photo caption)."""

    kind: Kind
    lines: list[Line] = field(default_factory=list)
    fkind: str | None = None
    jump: tuple[str, int] | None = None
    soft: float | None = None  # BODY only: may go on the body before it (evidence it starts anew)
    signed: bool = False  # BODY only: its last line is a letter's signature (its byline)

    @property
    def text(self) -> str:
        # (an English table's row keeps its cells apart on the line; its text has one space)
        return " ".join(_CELL_GAP.sub(" ", line.s) for line in self.lines)


_CELL_GAP = re.compile(r" {2,}")
