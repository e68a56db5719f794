"""Fixtures for the synth tests: a private chunk cache per test, a fast retry policy."""
from __future__ import annotations

from pathlib import Path

import pytest

from audiopaper.synth.cache import ChunkCache
from audiopaper.synth.retry import RetryPolicy


@pytest.fixture
def cache(tmp_path: Path) -> ChunkCache:
    return ChunkCache(tmp_path / "cache")


@pytest.fixture
def quick_retry() -> RetryPolicy:
    """Three tries with millisecond backoff, so fault tests do not sleep for seconds."""
    return RetryPolicy(attempts=3, base_s=0.01, cap_s=0.05)
