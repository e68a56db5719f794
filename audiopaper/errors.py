"""One exception tree for audiopaper, so the CLI catches a single base class.

    AudiopaperError                 base; str() is the one-line message; .path, .line, .reason
    ├── InputError                  unreadable/empty file, unknown encoding, damaged PDF
    ├── RuleTableError              malformed TSV/TOML table line (reports file:line)
    ├── SplitError                  no article found on a page
    ├── SynthError                  engine failed after retries
    │   ├── EngineUnavailable       espeak-ng missing, edge endpoint unreachable
    │   └── AudioTruncated          fewer boundaries/bytes than the text sent (edge-tts #190)
    ├── AssembleError               ffmpeg/encoder failure
    ├── PublishError                unwritable target, feed would be invalid
    └── OutputError                 an output or cache folder that cannot be written (not a
                                    folder, read-only, disk full), found before any speech
                                    or when a write fails

`str()` of any of them is one line, `path:line: reason` (the parts known): control characters
in a path or message (a newline in a file name) are written as escapes.  Callers that need
the parts (a lint report, a test) read the attributes instead of parsing the line.
"""
from __future__ import annotations

from pathlib import Path


class AudiopaperError(Exception):
    """Base of every error audiopaper raises on purpose; its message is one line.

    `reason` is what went wrong, `path` the file it concerns and `line` the line in it (a
    table row), each None when unknown.
    """

    def __init__(self, reason: str, path: str | Path | None = None, *,
                 line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.path = str(path) if path is not None else None
        self.line = line

    @property
    def message(self) -> str:
        """The reason (the name callers used before `reason`)."""
        return self.reason

    def __str__(self) -> str:
        """`path:line: reason`, with the parts that are known.

        >>> print(RuleTableError("expected 2 fields", "units.tsv", line=4))
        units.tsv:4: expected 2 fields
        >>> print(InputError("file is empty", "p.txt")), print(AudiopaperError("no page"))
        p.txt: file is empty
        no page
        (None, None)
        """
        where = f"{self.path}:{self.line}" if self.path and self.line else self.path
        return one_line(f"{where}: {self.reason}" if where else self.reason)


def one_line(text: str) -> str:
    r"""`text` with control characters escaped, so it prints as exactly one line.

    >>> print(one_line("page\n2.txt: no such file\x1b[31m"))
    page\n2.txt: no such file\x1b[31m
    >>> one_line("第1版.txt")
    '第1版.txt'
    """
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in text)


class InputError(AudiopaperError):
    """An input file is missing, empty, binary, or in an encoding we cannot read."""


class RuleTableError(AudiopaperError):
    """A rule table or lexicon has a malformed line."""


class SplitError(AudiopaperError):
    """A page yielded no article."""


class SynthError(AudiopaperError):
    """Speech synthesis failed after all retries."""


class EngineUnavailable(SynthError):
    """The engine cannot run here (library missing, endpoint unreachable)."""


class AudioTruncated(SynthError):
    """The engine returned less audio than the text implies."""


class AssembleError(AudiopaperError):
    """Joining, measuring or encoding audio failed."""


class PublishError(AudiopaperError):
    """The feed or pages could not be written, or would be invalid."""


class OutputError(AudiopaperError):
    """A folder the run must write to cannot be written (not a folder, read-only, full)."""
