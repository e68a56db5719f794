"""Layout marks a voice would read aloud but an anchor never says: the bullet before a byline
or an item (`□ 唐蕾`, `■`, `◆`) is dropped with the space after it.  `○` is not among them: it
is also a written zero (二○二四年).
"""
from __future__ import annotations

from audiopaper.normalize.engine import Rule

BULLETS = "□■◆◇●★☆▲△►▶"


def rules() -> list[Rule]:
    """One rule: a bullet mark and the blank after it become nothing."""
    return [Rule("mark", rf"[{BULLETS}][ \t\u3000]*", lambda m: "")]
