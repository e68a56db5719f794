"""Size of a fresh, non-editable install of the checkout, without extras.

What a user pays on disk for `pip install audiopaper`: a new venv (its own pip and setuptools
count: they are in every venv), the package and every dependency it pulls.  Prints the venv's
size as `du` counts it and the largest installed packages, so a dependency that grows (as
PyMuPDF 2 did, pulling onnxruntime and a layout model; or imageio-ffmpeg 0.8's ffmpeg 9
binary) shows up by name.  Downloads come from the pip cache when present.

usage: python bench/bench_install_size.py [--venv DIR] [--keep] [--top 12]
Bar (issue 14): under 300 MB.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BAR_MB = 300


def du_mb(path: Path) -> float:
    """Disk usage of `path` in MiB, as `du -s` counts it (blocks, not file lengths)."""
    out = subprocess.run(["du", "-sk", str(path)], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[0]) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--venv", type=Path, default=None, help="where to make the venv "
                    "(default: a temporary folder, removed afterwards unless --keep)")
    ap.add_argument("--keep", action="store_true", help="keep the venv")
    ap.add_argument("--top", type=int, default=12, help="how many packages to list")
    opts = ap.parse_args()
    target = opts.venv or Path(tempfile.mkdtemp(prefix="audiopaper-venv-")) / "v"
    if target.exists():
        sys.exit(f"{target} exists: give a new folder")
    venv.create(target, with_pip=True)
    python = target / "bin" / "python"
    bare = du_mb(target)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(REPO)], check=True)
    total = du_mb(target)
    site = next((target / "lib").glob("python3*/site-packages"))
    sizes = sorted(((du_mb(p), p.name) for p in site.iterdir()), reverse=True)
    print(f"fresh venv with pip install . (no extras): {total:.0f} MB "
          f"(bar {BAR_MB} MB: {'ok' if total < BAR_MB else 'OVER'}); the empty venv: "
          f"{bare:.0f} MB")
    for mb, name in sizes[:opts.top]:
        print(f"  {mb:6.1f} MB  {name}")
    if opts.keep or opts.venv:
        print(f"venv kept in {target}")
    else:
        shutil.rmtree(target.parent)


if __name__ == "__main__":
    main()
