"""Shared fixtures: the ../shared corpus (skipped outside CI when absent, a failure in CI)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def shared_dir() -> Path:
    """The ../shared folder beside the repo; in CI its absence is a failure, elsewhere a skip."""
    if SHARED.is_dir():
        return SHARED
    if os.environ.get("CI") == "true":
        pytest.fail(f"../shared is missing beside the repo (expected at {SHARED.name})")
    pytest.skip("../shared is not beside this checkout")


@pytest.fixture
def shared() -> Path:
    return shared_dir()


@pytest.fixture
def corpus(shared: Path) -> Path:
    return shared / "corpus"
