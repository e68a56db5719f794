"""Each stage's public surface is its package's `__all__`, and `__all__` is exactly what the
package binds (httpx's test_exported_members): a name cannot be exported by accident, nor
listed and gone."""
from __future__ import annotations

import importlib
from types import ModuleType

import pytest

STAGES = ("ingest", "split", "normalize", "synth", "assemble", "publish")


def public_names(module: ModuleType) -> set[str]:
    """Names the module binds that a caller could take for API: not private, not a
    submodule, not `from __future__ import annotations`."""
    return {name for name, value in vars(module).items()
            if not name.startswith("_") and not isinstance(value, ModuleType)
            and name != "annotations"}


@pytest.mark.parametrize("stage", STAGES)
def test_all_is_exactly_the_public_names(stage: str) -> None:
    package = importlib.import_module(f"audiopaper.{stage}")
    exported = getattr(package, "__all__", None)
    assert exported is not None, f"audiopaper.{stage} has no __all__"
    assert len(exported) == len(set(exported))
    assert sorted(exported) == sorted(public_names(package))
