"""Atomic file replacement: readers (podcast apps, the server) see the old file or the new one,
never half of one, even if the build is killed mid-write."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from audiopaper.errors import PublishError


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to a temp file beside `path`, fsync it, then rename it over `path`.

    The temp file's name ends in this process's id (`.feed.xml.<random>.<pid>.tmp`), so a
    sweep can tell a killed writer's leftover from a concurrent writer's file in progress.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=f".{os.getpid()}.tmp",
                                    dir=path.parent)
    except OSError as e:
        raise PublishError(f"cannot write: {e.strerror}", path) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise PublishError(f"cannot write: {e.strerror}", path) from None
