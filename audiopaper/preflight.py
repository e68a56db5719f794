"""Checks made before any speech: the edition date, `--keep`, and the folders a build writes.

Speech is the slow, costly part of a build (minutes, and requests to a service), so a setting
that cannot work is found here first and named by its flag: a date that is not on the
calendar, a `--keep` below 1, an output or cache folder that is a file, read-only or full.
A write that still fails later (the disk fills up mid-build) becomes the same one-line
OutputError through `output_errors`, never a traceback.
"""
from __future__ import annotations

import calendar
import datetime as dt
import errno
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from audiopaper.errors import InputError, OutputError

#: Room a build needs on each folder it writes (the episode's PCM staging file alone is
#: ~3 MB per minute of audio); less than this fails before any speech.
MIN_FREE_BYTES = 32 * 1024 * 1024
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
# The errors of a write that the machine, not the program, is to blame for.
_WRITE_ERRNOS = frozenset({errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOTDIR,
                           errno.EISDIR, errno.EDQUOT, errno.EFBIG})


def edition_day(date: str, flag: str = "--date") -> str:
    """`date` if it is YYYY-MM-DD and a real calendar day; else an InputError naming `flag`.

    >>> edition_day("2024-02-29")
    '2024-02-29'
    >>> edition_day("2023-02-30")
    Traceback (most recent call last):
    ...
    audiopaper.errors.InputError: --date: 2023-02-30 is not a calendar day (February 2023 has 28 days)
    >>> edition_day("2023-13-01")
    Traceback (most recent call last):
    ...
    audiopaper.errors.InputError: --date: 2023-13-01 is not a calendar day (there is no month 13)
    >>> edition_day("30.02.2023")
    Traceback (most recent call last):
    ...
    audiopaper.errors.InputError: --date: must be YYYY-MM-DD, got '30.02.2023'
    """
    m = _DAY.match(date)
    if not m:
        raise InputError(f"{flag}: must be YYYY-MM-DD, got {date!r}")
    year, month, day = (int(g) for g in m.groups())
    if not 1 <= month <= 12:
        raise InputError(f"{flag}: {date} is not a calendar day (there is no month {month})")
    last = calendar.monthrange(year, month)[1] if year >= 1 else 31
    if not 1 <= day <= last or year < 1:
        raise InputError(f"{flag}: {date} is not a calendar day ({calendar.month_name[month]} "
                         f"{year} has {last} days)")
    return dt.date(year, month, day).isoformat()


def check_keep(keep: int | None, flag: str = "--keep") -> None:
    """`--keep N` keeps the N newest editions, so N must be at least 1.

    >>> check_keep(None), check_keep(3)
    (None, None)
    >>> check_keep(0)
    Traceback (most recent call last):
    ...
    audiopaper.errors.InputError: --keep: must be at least 1, got 0
    """
    if keep is not None and keep < 1:
        raise InputError(f"{flag}: must be at least 1, got {keep}")


def writable_folder(path: str | Path, flag: str, min_free: int = MIN_FREE_BYTES) -> Path:
    """`path` as a folder we can write in, with `min_free` bytes to spare (created if missing).

    Raises OutputError naming `flag` when it is a file, sits under a file, cannot be created
    or written (read-only, no permission), or its disk is nearly full.
    """
    p = Path(path)
    if p.exists() and not p.is_dir():
        raise OutputError(f"{flag} names a file, not a folder", p)
    above = p
    while not above.exists() and above != above.parent:
        above = above.parent
    if above.exists() and not above.is_dir():
        raise OutputError(f"{flag}: {above} is a file, not a folder", p)
    try:
        p.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(f"{flag}: cannot create the folder ({e.strerror})", p) from None
    try:
        fd, probe = tempfile.mkstemp(dir=p, prefix=".audiopaper-probe-", suffix=".tmp")
        try:
            os.write(fd, b"audiopaper")
        finally:
            os.close(fd)
            os.unlink(probe)
    except OSError as e:
        raise OutputError(f"{flag}: cannot write in this folder ({e.strerror})", p) from None
    free = shutil.disk_usage(p).free
    if free < min_free:
        raise OutputError(f"{flag}: only {_size(free)} free on its disk; a build needs at "
                          f"least {_size(min_free)}", p)
    return p


def _size(n: int) -> str:
    """
    >>> _size(65536), _size(32 * 1024 * 1024)
    ('64 KB', '32 MB')
    """
    return f"{n // 2**20} MB" if n >= 2**20 else f"{n // 1024} KB"


@contextmanager
def output_errors(folder: str | Path) -> Iterator[None]:
    """Turn a failed write (disk full, read-only, no permission) into one OutputError line;
    any other OSError is a bug and keeps its traceback."""
    try:
        yield
    except OSError as e:
        if e.errno not in _WRITE_ERRNOS:
            raise
        where = e.filename if e.filename else folder
        raise OutputError(f"cannot write: {e.strerror or e}", where) from None
