"""From one loudness measurement to one linear gain (and a limiter only when peaks demand it).

A `loudnorm` two-pass would resample to 192 kHz and take ~20x longer; speech from one engine
is even enough that a single gain lands within a fraction of a LU of the target.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from audiopaper.assemble.ffmpeg import Loudness

# The limiter works on sample peaks and the MP3 encoder adds overshoot of its own, so it aims
# this far below the true-peak ceiling; and a gained peak this close to the ceiling is limited.
LIMITER_MARGIN_DB = 1.5
TRIGGER_MARGIN_DB = 0.5
SILENCE_LUFS = -69.0   # ebur128 reports -70 for silence: nothing to normalise


@dataclass(frozen=True)
class GainPlan:
    """The gain to apply (dB) and, if peaks would pass the ceiling, the limiter level (dBFS)."""

    gain_db: float
    limit_dbfs: float | None = None

    def filters(self) -> str:
        """The ffmpeg filter chain that applies this plan.

        >>> GainPlan(3.5).filters()
        'volume=3.50dB'
        >>> GainPlan(6.0, -2.5).filters()
        'volume=6.00dB,alimiter=limit=0.749894:level=0:latency=1:attack=5:release=50'
        """
        chain = f"volume={self.gain_db:.2f}dB"
        if self.limit_dbfs is not None:
            limit = 10 ** (self.limit_dbfs / 20)
            chain += f",alimiter=limit={limit:.6f}:level=0:latency=1:attack=5:release=50"
        return chain


def plan_gain(measured: Loudness, target_lufs: float, ceiling_dbtp: float) -> GainPlan:
    """One gain that brings `measured` to `target_lufs`, limiting only if the peak needs it.

    >>> plan_gain(Loudness(-20.0, -8.0), -16.0, -1.0)
    GainPlan(gain_db=4.0, limit_dbfs=None)
    >>> plan_gain(Loudness(-20.0, -4.0), -16.0, -1.0)
    GainPlan(gain_db=4.0, limit_dbfs=-2.5)
    >>> plan_gain(Loudness(-70.0, -math.inf), -16.0, -1.0)
    GainPlan(gain_db=0.0, limit_dbfs=None)
    """
    if measured.integrated_lufs <= SILENCE_LUFS or math.isinf(measured.integrated_lufs):
        return GainPlan(0.0)
    gain = round(target_lufs - measured.integrated_lufs, 2)
    if measured.true_peak_dbtp + gain > ceiling_dbtp - TRIGGER_MARGIN_DB:
        return GainPlan(gain, ceiling_dbtp - LIMITER_MARGIN_DB)
    return GainPlan(gain)
