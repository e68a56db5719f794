"""Reading and writing files the way every stage must: faults as our errors, writes atomic.

A file that cannot be read is bad input, not a bug, so it becomes one line naming the file
and the problem (`voices/lexicon-zh.toml: not valid TOML (...)`), raised as the calling
stage's error class: the CLI then prints it and exits 2.  A file others read while we write
it (a feed a podcast app fetches, a cached chunk another build shares) is replaced whole or
not at all: written to a hidden temp file beside it, flushed to disk, then renamed over it.
The temp file's name carries the writer's process id (`tempfiles.owner_pid`), so a sweep can
tell a killed writer's leftover from a live writer's file in progress.
"""
from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from audiopaper.errors import AudiopaperError, InputError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised only on Python 3.10
    import tomli as tomllib

__all__ = ["TOMLDecodeError", "load_toml", "parse_toml", "read_bytes", "read_text",
           "replacing", "write_atomic"]

TOMLDecodeError = tomllib.TOMLDecodeError


def _os_reason(e: OSError) -> str:
    """What an OSError says about the file, in words (no errno, no repeated path)."""
    if isinstance(e, FileNotFoundError):
        return "no such file"
    if isinstance(e, IsADirectoryError):
        return "is a directory, not a file"
    if isinstance(e, PermissionError):
        return "permission denied"
    return f"cannot read ({e.strerror or e})"


def read_bytes(path: str | Path, error: type[AudiopaperError] = InputError,
               what: str = "file") -> bytes:
    """The bytes of `path`; a missing, unreadable or folder path raises `error` naming it.

    `what` names the file in the missing case (`config file not found`).

    >>> read_bytes("/nonexistent/a.toml", what="config file")
    Traceback (most recent call last):
    ...
    audiopaper.errors.InputError: /nonexistent/a.toml: config file not found
    """
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise error(f"{what} not found", path) from None
    except OSError as e:
        raise error(_os_reason(e), path) from None


def read_text(path: str | Path, error: type[AudiopaperError] = InputError,
              what: str = "file") -> str:
    """The UTF-8 text of `path` (a leading BOM dropped); an unreadable file or bytes that are
    not UTF-8 raise `error` naming the file and the first bad byte."""
    data = read_bytes(path, error, what)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise error(f"not UTF-8: the byte {e.object[e.start]:#04x} at offset {e.start} cannot "
                    "be decoded", path) from None


def parse_toml(text: str, source: str | Path, error: type[AudiopaperError] = InputError
               ) -> dict[str, Any]:
    """`text` parsed as TOML; a syntax error raises `error` naming `source`.

    >>> parse_toml('paper = "x"', "a.toml")
    {'paper': 'x'}
    >>> parse_toml("[feed", "a.toml")
    Traceback (most recent call last):
    ...
    audiopaper.errors.InputError: a.toml: not valid TOML (Expected ']' at the end of a table declaration (at end of document))
    """
    try:
        data: dict[str, Any] = tomllib.loads(text)
        return data
    except tomllib.TOMLDecodeError as e:
        raise error(f"not valid TOML ({e})", source) from None


def load_toml(path: str | Path, error: type[AudiopaperError] = InputError,
              what: str = "file") -> dict[str, Any]:
    """The TOML file `path` as a dict; missing, unreadable, not UTF-8 or not TOML raises
    `error` naming the file."""
    return parse_toml(read_text(path, error, what), path, error)


@contextmanager
def replacing(path: str | Path, error: type[AudiopaperError], mode: int = 0o644
              ) -> Iterator[Path]:
    """Yield a temporary path beside `path` to write; when the block ends without an
    exception, the temporary is fsynced, given `mode` and renamed over `path`.

    For writers that want a file name rather than bytes (an image library, an encoder that
    opens its target): they get the same guarantee as `write_atomic`, readers see the old
    file or the new one.  The temporary is `.<name>.<random>.<pid>.tmp`, so a sweep can tell
    a killed writer's leftover.  Any exception in the block removes the temporary: an
    OSError (no room, a read-only folder) becomes `error` naming `path`, others propagate.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     with replacing(Path(d) / "a.txt", InputError) as tmp:
    ...         _ = tmp.write_text("whole")
    ...     sorted(p.name for p in Path(d).iterdir()), (Path(d) / "a.txt").read_text()
    (['a.txt'], 'whole')
    """
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=f".{os.getpid()}.tmp",
                                    dir=target.parent)
        os.close(fd)
    except OSError as e:
        raise error(f"cannot write: {e.strerror or e}", target) from None
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise error(f"cannot write: {e.strerror or e}", target) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(path: str | Path, data: bytes, error: type[AudiopaperError],
                 mode: int = 0o644) -> None:
    """Replace `path` with `data` whole: readers see the old file or the new one, never part.

    The data goes to a temporary beside `path` (see `replacing`), is fsynced, given `mode`
    (a temp file is private; what we publish is for everyone), then renamed over `path`.  A
    failure removes the temp file and raises `error` naming `path`.
    """
    with replacing(path, error, mode) as tmp:
        tmp.write_bytes(data)
