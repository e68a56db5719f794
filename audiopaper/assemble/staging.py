"""All-or-nothing writes into an edition folder.

Every output is written under a hidden temporary name in the folder itself (same file system,
so `os.replace` is atomic) and renamed only after everything succeeded, the manifest last.
A failure removes the temporaries; a killed run leaves only hidden `.*.part` files, which the
next run sweeps away.  The previous edition's files stay whole until replaced.
"""
from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

from audiopaper.common.tempfiles import PART, sweep_orphans


class Staging:
    """Hands out temporary paths for final names under `folder`, then commits them in order."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._pending: dict[str, Path] = {}
        self._scratch: list[Path] = []

    def __enter__(self) -> Staging:
        self.folder.mkdir(parents=True, exist_ok=True)
        sweep_orphans(self.folder)  # what a killed run left; a concurrent build's files stay
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        for tmp in [*self._pending.values(), *self._scratch]:
            tmp.unlink(missing_ok=True)

    def path(self, name: str) -> Path:
        """Temporary path that `commit` will rename to `folder/name`."""
        final = self.folder / name
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = final.with_name(f".{final.name}.{os.getpid()}{PART}")
        self._pending[name] = tmp
        return tmp

    def scratch(self, name: str) -> Path:
        """Temporary path for a working file that is never published (removed on exit)."""
        tmp = self.folder / f".{name}.{os.getpid()}{PART}"
        self._scratch.append(tmp)
        return tmp

    def commit(self, last: str) -> None:
        """Rename every staged file into place, `last` (the manifest) after all the others."""
        order = [n for n in self._pending if n != last] + [last]
        for name in order:
            os.replace(self._pending.pop(name), self.folder / name)

