"""One publisher at a time per output folder.

Builds of different dates may run into one `out/` at once; their speech and edition folders
do not meet, but the catalog, the feeds and the pages are shared.  `publish_lock` holds an
exclusive `flock` on `out/.publish.lock` while they are written: a second publisher waits for
the first, and gives up with a one-line error naming the folder after `wait` seconds.  The
kernel drops the lock when its holder exits, also on `kill -9`, so a killed build never
leaves the folder locked.  The lock file itself stays (removing it would let two processes
lock two different files).
"""
from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from audiopaper.errors import PublishError

LOCK_NAME = ".publish.lock"
WAIT_ENV = "AUDIOPAPER_PUBLISH_WAIT"
DEFAULT_WAIT_S = 300.0


def lock_wait() -> float:
    """Seconds to wait for the lock: `$AUDIOPAPER_PUBLISH_WAIT`, else 300.

    >>> os.environ[WAIT_ENV] = "2.5"; lock_wait()
    2.5
    >>> os.environ[WAIT_ENV] = "soon"; lock_wait()
    Traceback (most recent call last):
    audiopaper.errors.PublishError: $AUDIOPAPER_PUBLISH_WAIT: must be a number of seconds, got 'soon'
    >>> del os.environ[WAIT_ENV]; lock_wait()
    300.0
    """
    raw = os.environ.get(WAIT_ENV, "").strip()
    if not raw:
        return DEFAULT_WAIT_S
    try:
        wait = float(raw)
    except ValueError:
        wait = -1.0
    if not 0 <= wait < float("inf"):
        raise PublishError(f"${WAIT_ENV}: must be a number of seconds, got {raw!r}")
    return wait


@contextmanager
def publish_lock(out_dir: Path, wait: float | None = None) -> Iterator[None]:
    """Hold the exclusive publish lock of `out_dir`, waiting up to `wait` seconds for it."""
    wait = lock_wait() if wait is None else wait
    path = out_dir / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as e:
        raise PublishError(f"cannot open the publish lock: {e.strerror}", path) from None
    try:
        deadline = time.monotonic() + wait
        pause = 0.02
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise PublishError(
                        f"another build or publish is writing the feeds of this folder; "
                        f"gave up waiting for it after {wait:g} s (${WAIT_ENV} sets the wait)",
                        out_dir) from None
                time.sleep(min(pause, max(deadline - time.monotonic(), 0.0)))
                pause = min(pause * 2, 0.5)
            except OSError as e:  # a file system without locks
                raise PublishError(f"cannot lock: {e.strerror}", path) from None
        yield
    finally:
        os.close(fd)  # closing the only descriptor releases the lock
