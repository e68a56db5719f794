"""Transitional: the temp-file naming and sweep moved to `audiopaper.common.tempfiles`.

`assemble/staging.py` still imports it from here; when it imports `audiopaper.common.tempfiles`
this module goes (issue 14).
"""
from audiopaper.common.tempfiles import PART, TMP, orphaned, owner_pid, pid_alive, sweep_orphans

__all__ = ["PART", "TMP", "orphaned", "owner_pid", "pid_alive", "sweep_orphans"]
