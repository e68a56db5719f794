"""User lexicons: exact word → spoken form, applied before the rules, longest match first.

A lexicon is a TOML file (one per language under `voices/`, e.g. `voices/lexicon-zh.toml`):

    [words]
    "规上企业" = "规模以上企业"
    "St. Louis" = "Saint Louis"

    [jieba]                       # optional, Chinese only
    userdict = "userdict.txt"     # relative to the TOML file; read with the lexicon

A lexicon hit is final: the rules never rewrite inside it, so a name the voice gets wrong can
be fixed whatever digits it contains.

Normalize applies it; it lives in the shared layer because its words are words for every stage
that cuts Chinese text (`common.segment`), whichever process that stage runs in: its
`vocabulary` travels in the stage files to the stages after normalize.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from audiopaper.common.bundled import voices_file
from audiopaper.common.files import load_toml
from audiopaper.errors import RuleTableError
from audiopaper.model import Vocabulary


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Exact words and their spoken forms; `jieba_userdict` is an optional jieba dictionary,
    read when the lexicon is made (a missing one is a RuleTableError then, not at a first cut).

    Compared by identity (`eq=False`), so a lexicon can be remembered in a weak set: the
    normaliser gives each one's words to the shared segmentation once, not once a line.
    """

    words: dict[str, str] = field(default_factory=dict)
    jieba_userdict: Path | None = None
    source: str = "<lexicon>"
    #: the words as one alternation, longest first (built from `words`)
    _pattern: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)
    #: the user dictionary's lines (read from `jieba_userdict`)
    _userdict: tuple[str, ...] = field(default=(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for w, s in self.words.items():
            if not isinstance(w, str) or not isinstance(s, str) or not w:
                raise RuleTableError(f"lexicon entry {w!r} must map a non-empty word to a string",
                                     path=self.source)
        pattern = "|".join(re.escape(w) for w in sorted(self.words, key=len, reverse=True))
        object.__setattr__(self, "_pattern", re.compile(pattern) if pattern else None)
        if self.jieba_userdict is not None:
            object.__setattr__(self, "_userdict", _userdict_lines(self.jieba_userdict))

    def vocabulary(self, lang: str) -> Vocabulary:
        """What reading `lang` text with this lexicon adds to the shared segmentation: for
        Chinese, its spoken forms and its user dictionary; nothing for a language jieba does not
        cut."""
        if lang != "zh":
            return Vocabulary()
        return Vocabulary(tuple(self.words.values()), self._userdict)

    def split(self, text: str) -> Iterator[tuple[int, str, str | None]]:
        """Yield (offset, piece, spoken): spoken is the lexicon's form for a hit, else None."""
        pos = 0
        pattern = self._pattern
        if pattern is not None:
            for m in pattern.finditer(text):
                if m.start() > pos:
                    yield pos, text[pos:m.start()], None
                yield m.start(), m.group(0), self.words[m.group(0)]
                pos = m.end()
        if pos < len(text) or not text:
            yield pos, text[pos:], None


def _userdict_lines(path: Path) -> tuple[str, ...]:
    """The entries of a jieba user dictionary (UTF-8, a BOM allowed), blank lines left out."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise RuleTableError("jieba user dictionary not found", path=path) from None
    except (OSError, UnicodeDecodeError) as e:
        raise RuleTableError(f"cannot read the jieba user dictionary: {e}", path=path) from None
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def load_lexicon(path: str | Path) -> Lexicon:
    """Read a lexicon TOML file; a missing file or a bad entry is a RuleTableError."""
    path = Path(path)
    data = load_toml(path, RuleTableError, "lexicon file")
    words = data.get("words", {})
    if not isinstance(words, dict):
        raise RuleTableError("[words] must be a table of word = spoken form", path=path)
    userdict = (data.get("jieba") or {}).get("userdict")
    return Lexicon(words=words, source=str(path),
                   jieba_userdict=(path.parent / userdict) if userdict else None)


def default_lexicon(lang: str) -> Path | None:
    """`voices/lexicon-<lang>.toml` of the working directory, else the bundled one, if any."""
    path = voices_file(f"lexicon-{lang}.toml")
    return path if path.is_file() else None
