"""Every command pays the CLI's start: the heavy packages load only where they are used.

PyMuPDF (PDF pages), jieba (word boundaries), numpy and onnxruntime (neural voices) each cost
from a tenth of a second to seconds to import; `--help` and the commands on text pages must
not pay for them (issue 14; the times are in bench/bench_startup.py).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PAGE = REPO / "examples" / "heting-20261125" / "heting-20261125-p1" / "page.txt"
HEAVY = ("pymupdf", "fitz", "jieba", "numpy", "onnxruntime")
PROBE = """
import contextlib, io, json, sys
args = json.loads(sys.argv[1])
sys.argv = ["audiopaper", *args]
from audiopaper.cli import app
with contextlib.redirect_stdout(io.TextIOWrapper(io.BytesIO())):
    try:
        app()
    except SystemExit as e:
        code = e.code
print(json.dumps({"code": code, "modules": sorted({m.split(".")[0] for m in sys.modules})}))
"""


def run_cli(*args: str) -> dict[str, object]:
    """Run `audiopaper ARGS` in a fresh interpreter; its exit code and top-level modules."""
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(args)], cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("args", [
    ("--help",),
    ("split", "--help"),
    ("split", str(PAGE), "--json"),
    ("normalize", "2024年6月12日，投资58.6亿元，同比增长12.3%。"),
    ("normalize", "--lang", "en", "On June 12, 2024 it rose 12.3% to $58.6 million."),
], ids=["help", "split-help", "split-text", "normalize-zh", "normalize-en"])
def test_text_commands_import_no_heavy_package(args: tuple[str, ...]) -> None:
    result = run_cli(*args)
    assert result["code"] in (0, None)
    loaded = set(result["modules"])  # type: ignore[arg-type]
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))


def test_a_pdf_page_does_load_pymupdf(tmp_path: Path) -> None:
    """The probe sees a lazy import happen: it is not blind to PyMuPDF."""
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(b"%PDF-1.4 not really a pdf\n")
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(["split", str(pdf)])],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 2
    assert "pymupdf" in result["modules"]
