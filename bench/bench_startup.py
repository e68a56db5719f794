"""How long `audiopaper --help` takes to start, beside a bare `import typer, rich`.

Every command pays the CLI's start before it does anything, so the start must stay close to
what the CLI framework alone costs: the stages' heavy packages (PyMuPDF, jieba, numpy,
onnxruntime) are imported only by the command that uses them.  Both commands run in fresh
interpreters of this Python, interleaved, so load on the machine hits both alike; the median
of the runs is reported.  Besides the times it prints which heavy packages each command
imported (it must be none for `--help` and the text-only commands below).

CPU time (user + system of the child) is printed beside wall time: on a shared machine it
moves less with other people's load.  `--python` times another interpreter, e.g. the one of
a fresh non-editable install (`/tmp/v/bin/python`), run outside the checkout so it imports
the installed package (an editable install adds its import hook to every start).

usage: python bench/bench_startup.py [--runs 9] [--python PYTHON]
Bar (issue 14): `audiopaper --help` within 2x of `python -c "import typer, rich"`.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import tempfile
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BAR = 2.0
HEAVY = ("pymupdf", "fitz", "jieba", "numpy", "onnxruntime", "PIL", "charset_normalizer",
         "edge_tts", "aiohttp", "pydantic")
PAGE = REPO / "examples" / "heting-20261125" / "heting-20261125-p1" / "page.txt"
# Commands whose imports are listed (run once each, in-process, under a fresh interpreter).
PROBES = {"--help": ["--help"], "--version": ["--version"],
          "split PAGE.txt --json": ["split", str(PAGE), "--json"],
          "normalize TEXT": ["normalize", "2024年6月12日 增长12.3%"]}
PROBE = """
import contextlib, io, json, sys
args, heavy = json.loads(sys.argv[1]), set(json.loads(sys.argv[2]))
sys.argv = ["audiopaper", *args]
from audiopaper.cli import app
with contextlib.redirect_stdout(io.TextIOWrapper(io.BytesIO())):
    try:
        app()
    except SystemExit:
        pass
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules} & heavy)))
"""


def timed(cmd: list[str], cwd: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of one run of `cmd` in a fresh process (output discarded)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def heavy_imports(python: str, args: list[str], cwd: Path) -> list[str]:
    """The heavy packages a fresh interpreter has imported after running `audiopaper ARGS`."""
    out = subprocess.run([python, "-c", PROBE, json.dumps(args), json.dumps(HEAVY)],
                         cwd=cwd, capture_output=True, text=True, check=True).stdout
    return list(json.loads(out.strip().splitlines()[-1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=9, help="runs of each command (median taken)")
    ap.add_argument("--python", default=None,
                    help="interpreter with audiopaper installed (default: this one, run in "
                         "the checkout)")
    opts = ap.parse_args()
    python = opts.python or sys.executable
    # another interpreter runs outside the checkout, so it imports its installed package
    cwd = REPO if opts.python is None else Path(tempfile.mkdtemp())
    baseline = [python, "-c", "import typer, rich"]
    cli_help = [python, "-m", "audiopaper", "--help"]
    timed(baseline, cwd), timed(cli_help, cwd)  # warm the file cache and bytecode, untimed
    base, cli = [], []
    for _ in range(opts.runs):
        base.append(timed(baseline, cwd))
        cli.append(timed(cli_help, cwd))
    print(f"{python} ({os.cpu_count()} CPUs), median of {opts.runs} runs, wall / CPU:")
    for what, i in (("wall", 0), ("CPU", 1)):
        b = statistics.median(r[i] for r in base)
        c = statistics.median(r[i] for r in cli)
        print(f"  {what:4}  import typer, rich: {b * 1000:6.1f} ms   audiopaper --help: "
              f"{c * 1000:6.1f} ms   ratio {c / b:.2f}x (bar {BAR:.0f}x: "
              f"{'ok' if c / b <= BAR else 'OVER'})")
    probe_cwd = REPO if opts.python is None else cwd
    for name, args in PROBES.items():
        found = heavy_imports(python, args, probe_cwd)
        print(f"heavy imports of `audiopaper {name}`: {', '.join(found) or 'none'}")


if __name__ == "__main__":
    main()
