"""Temporary files that name their writer, and the sweep that removes only orphaned ones.

Every temporary audiopaper writes into an output folder is hidden and carries the id of the
process writing it just before its suffix: `.episode.pcm.<pid>.part` (an edition being
assembled) or `.feed.xml.<random>.<pid>.tmp` (a published file being replaced).  Builds of
different dates may run into one `out/` at once, so a temporary is removed only when its
writer is gone (killed, crashed); a live writer's file is never touched.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

PART = ".part"
TMP = ".tmp"
_OWNED = re.compile(r"^\..+\.(\d{1,10})(\.part|\.tmp)$")


def owner_pid(name: str) -> int | None:
    """The writer's process id a temporary's name carries, or None when it names none.

    >>> owner_pid(".episode.pcm.4242.part"), owner_pid(".feed.xml.k2x9_a.17.tmp")
    (4242, 17)
    >>> owner_pid(".feed.xml.k2x9_a.tmp"), owner_pid("episode.pcm.4242.part"), owner_pid(".0.part")
    (None, None, None)
    """
    m = _OWNED.match(name)
    return int(m.group(1)) if m else None


def pid_alive(pid: int) -> bool:
    """True while process `pid` exists (also one of another user, which we may not signal).

    >>> pid_alive(os.getpid())
    True
    """
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OverflowError:
        return False
    return True


def orphaned(path: Path) -> bool:
    """True for a temporary whose writer is gone; False for a live writer's or a foreign file.

    >>> orphaned(Path(f".episode.mp3.{os.getpid()}.part")), orphaned(Path("notes.part"))
    (False, False)
    """
    pid = owner_pid(path.name)
    return pid is not None and not pid_alive(pid)


def sweep_orphans(folder: Path, recursive: bool = True) -> list[Path]:
    """Remove the orphaned temporaries in `folder` (and below it, without following links).

    Returns what was removed.  A file that vanishes meanwhile, or cannot be removed, is
    skipped: sweeping is housekeeping and never fails a build.
    """
    removed: list[Path] = []
    for root, _dirs, files in os.walk(folder, followlinks=False):
        for name in files:
            path = Path(root) / name
            if name.startswith(".") and name.endswith((PART, TMP)) and orphaned(path):
                try:
                    path.unlink()
                except FileNotFoundError:
                    continue
                except OSError:
                    continue
                removed.append(path)
        if not recursive:
            break
    return removed
