"""One exception tree for audiopaper, so the CLI catches a single base class.

    AudiopaperError                 base; str() is the one-line message; optional .path
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

`str()` of any of them is one line: control characters in a path or message (a newline in a
file name) are written as escapes.
"""
from __future__ import annotations

from pathlib import Path


class AudiopaperError(Exception):
    """Base of every error audiopaper raises on purpose; its message is one line."""

    def __init__(self, message: str, path: str | Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None

    def __str__(self) -> str:
        return one_line(f"{self.path}: {self.message}" if self.path else self.message)


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
