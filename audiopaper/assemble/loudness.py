"""From one loudness measurement to one linear gain (and a limiter only when peaks demand it).

A `loudnorm` two-pass would resample to 192 kHz and take ~20x longer; speech from one engine
is even enough that a single gain lands within a fraction of a LU of the target.  When the
peaks need a limiter (espeak-ng speech peaks at 0 dBFS around -19 LUFS), limiting takes about
a LU off the loudness, so the gained and limited stream is measured again and the gain
raised by what was lost.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from audiopaper.common.media import Loudness, measure_loudness
from audiopaper.errors import AssembleError

# The limiter works on sample peaks and the MP3 encoder adds overshoot of its own, so it aims
# this far below the true-peak ceiling; and a gained peak this close to the ceiling is limited.
LIMITER_MARGIN_DB = 1.0
TRIGGER_MARGIN_DB = 0.5
SILENCE_LUFS = -69.0
TOLERANCE_LU = 0.3
MAX_REMEASURES = 6   # ebur128 reports -70 for silence: nothing to normalise


@dataclass(frozen=True)
class GainPlan:
    """The gain to apply (dB) and, if peaks would pass the ceiling, the limiter level (dBFS);
    `makeup_db` is the part of the gain that makes up for what limiting took off."""

    gain_db: float
    limit_dbfs: float | None = None
    makeup_db: float = 0.0

    def filters(self) -> str:
        """The ffmpeg filter chain that applies this plan.

        >>> GainPlan(3.5).filters()
        'volume=3.50dB'
        >>> GainPlan(6.0, -2.0).filters()
        'volume=6.00dB,alimiter=limit=0.794328:level=0:latency=1:attack=5:release=50'
        """
        chain = f"volume={self.gain_db:.2f}dB"
        if self.limit_dbfs is not None:
            limit = 10 ** (self.limit_dbfs / 20)
            chain += f",alimiter=limit={limit:.6f}:level=0:latency=1:attack=5:release=50"
        return chain


def plan_gain(measured: Loudness, target_lufs: float, ceiling_dbtp: float) -> GainPlan:
    """One gain that brings `measured` to `target_lufs`, limiting only if the peak needs it.

    >>> plan_gain(Loudness(-20.0, -8.0), -16.0, -1.0)
    GainPlan(gain_db=4.0, limit_dbfs=None, makeup_db=0.0)
    >>> plan_gain(Loudness(-20.0, -4.0), -16.0, -1.0)
    GainPlan(gain_db=4.0, limit_dbfs=-2.0, makeup_db=0.0)
    >>> plan_gain(Loudness(-70.0, -math.inf), -16.0, -1.0)
    GainPlan(gain_db=0.0, limit_dbfs=None, makeup_db=0.0)
    """
    if measured.integrated_lufs <= SILENCE_LUFS or math.isinf(measured.integrated_lufs):
        return GainPlan(0.0)
    gain = round(target_lufs - measured.integrated_lufs, 2)
    if measured.true_peak_dbtp + gain > ceiling_dbtp - TRIGGER_MARGIN_DB:
        return GainPlan(gain, ceiling_dbtp - LIMITER_MARGIN_DB)
    return GainPlan(gain)


def loudness_plan(path: str | Path, target_lufs: float, ceiling_dbtp: float,
                  raw: bool = True, makeup_guess_db: float = 0.0) -> GainPlan:
    """Measure `path` (the joined raw audio, or with `raw=False` any audio file) and plan its
    gain.

    When the plan needs the limiter, the gained and limited stream is measured again and the
    gain corrected (at most `MAX_REMEASURES` times, until within `TOLERANCE_LU`); with speech
    one correction is usually enough.  `makeup_guess_db` is where the corrections start: what
    limiting cost a stream like this one (an article's plan starts from the episode's, whose
    speech it is part of), so one measurement often suffices.
    """
    plan = plan_gain(measure_loudness(path, AssembleError, raw=raw), target_lufs, ceiling_dbtp)
    if plan.limit_dbfs is None:
        return plan
    tried: dict[float, float] = {}
    gain = round(plan.gain_db + makeup_guess_db, 2)
    for _ in range(MAX_REMEASURES):
        tried[gain] = measure_loudness(path, AssembleError, raw=raw, true_peak=False,
                                       before=GainPlan(gain, plan.limit_dbfs).filters()
                                       ).integrated_lufs
        if abs(target_lufs - tried[gain]) <= TOLERANCE_LU:
            break
        gain = next_gain(tried, target_lufs)
        if gain in tried:
            break
    best = min(tried, key=lambda g: abs(target_lufs - tried[g]))
    return GainPlan(best, plan.limit_dbfs, round(best - plan.gain_db, 2))


def next_gain(tried: dict[float, float], target: float) -> float:
    """The next gain to try, from the (gain → loudness) points measured so far.

    Between the nearest points on either side of the target it interpolates (false
    position); with all points on one side it steps by the last slope, or 1 LU per dB.

    >>> next_gain({4.0: -17.0}, -16.0)
    5.0
    >>> next_gain({4.0: -17.0, 5.0: -16.6}, -16.0)
    6.5
    >>> next_gain({4.0: -17.0, 8.0: -15.0}, -16.0)
    6.0
    """
    below = [g for g, lufs in tried.items() if lufs < target]
    above = [g for g, lufs in tried.items() if lufs > target]
    g0: float | None
    if below and above:
        g0, g1 = max(below, key=lambda g: tried[g]), min(above, key=lambda g: tried[g])
    else:
        g0, g1 = list(tried)[-2:] if len(tried) > 1 else (None, list(tried)[-1])
    if g0 is None or tried[g1] == tried[g0]:
        return round(g1 + target - tried[g1], 2)
    slope = max((tried[g1] - tried[g0]) / (g1 - g0), 0.1)
    return round(g1 + (target - tried[g1]) / slope, 2)
