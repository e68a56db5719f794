"""Retries with exponential backoff and jitter, for requests that fail transiently.

The jitter keeps concurrent requests that failed together (a dropped connection, a 503 burst)
from retrying in lockstep.
"""
from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from audiopaper.errors import EngineUnavailable, InputError, SynthError

T = TypeVar("T")


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently to retry: `attempts` tries in all."""

    attempts: int = 5
    base_s: float = 0.5
    factor: float = 2.0
    cap_s: float = 8.0
    jitter: float = 0.5  # fraction of each delay that is random

    def __post_init__(self) -> None:
        if isinstance(self.attempts, bool) or not isinstance(self.attempts, int) or self.attempts < 1:
            raise InputError(f"tries must be a whole number of at least 1, got {self.attempts!r}")
        if self.base_s < 0 or self.cap_s < 0 or not 0 <= self.jitter <= 1:
            raise ValueError(f"invalid retry policy {self}")

    def delay(self, retry: int, rand: float) -> float:
        """Seconds to wait before retry number `retry` (1-based); `rand` in [0, 1).

        >>> p = RetryPolicy(base_s=0.5, factor=2, cap_s=3, jitter=0.5)
        >>> [p.delay(n, 0.0) for n in (1, 2, 3, 4)], p.delay(1, 0.999)
        ([0.25, 0.5, 1.0, 1.5], 0.49975)
        """
        full = min(self.cap_s, self.base_s * self.factor ** (retry - 1))
        return full * (1 - self.jitter) + full * self.jitter * rand


async def with_retries(attempt: Callable[[], Awaitable[T]], policy: RetryPolicy,
                       on_retry: Callable[[int, SynthError], None] | None = None,
                       rng: random.Random | None = None) -> T:
    """Run `attempt` until it succeeds or `policy.attempts` tries failed with SynthError;
    the last error is raised.  Other exceptions are bugs and propagate at once.

    EngineUnavailable (no such host, connection refused, no library) is raised at once:
    waiting does not heal it, and a build of 150 chunks once spent 43 s retrying a DNS
    failure before saying so."""
    rng = rng or random.Random()
    for n in range(1, policy.attempts):
        try:
            return await attempt()
        except EngineUnavailable:
            raise
        except SynthError as e:
            if on_retry is not None:
                on_retry(n, e)
            await asyncio.sleep(policy.delay(n, rng.random()))
    return await attempt()
