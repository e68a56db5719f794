"""`audiopaper split page.pdf --dump-layout` and `audiopaper build page.pdf` from the outside."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PIL import Image

from .conftest import Canvas
from .makepdf import write_pdf


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "audiopaper", *map(str, args)],
                          capture_output=True, text=True, timeout=300)


def _two_stories(path: Path, pages: int = 1) -> Path:
    ops = []
    for y, head, body in ((20, "县图书馆延长开放时间", ["本报讯（记者 方雯）为方便读者错峰", "阅读，县图书馆延长开放时间。"]),
                          (110, "城南社区卫生服务中心投用", ["本报讯（记者 李强）近日，城南社区", "卫生服务中心正式投入使用。"])):
        c = Canvas(width=300, height=200)
        c.text(30, y, head, "headline")
        c.column(30, y + 30, body, [True, False])
        ops += c.ops
    return write_pdf([(300, 200, ops)] * pages, path)


def test_dump_layout_writes_a_png_of_the_page_size(tmp_path: Path) -> None:
    pdf = _two_stories(tmp_path / "page.pdf")
    out = _run("split", pdf, "--json", "--dump-layout", tmp_path / "layout.png")
    assert out.returncode == 0, out.stderr
    assert [a["headline"] for a in json.loads(out.stdout)["articles"]] == [
        "县图书馆延长开放时间", "城南社区卫生服务中心投用"]
    with Image.open(tmp_path / "layout.png") as img:
        img.load()
        assert img.size == (300, 200)
        # story areas are framed in magenta; the page itself is black on white
        assert (255, 0, 200) in {rgb for _, rgb in img.convert("RGB").getcolors(1 << 20)}


def test_dump_layout_of_a_two_page_pdf_writes_one_png_per_page(tmp_path: Path) -> None:
    pdf = _two_stories(tmp_path / "pages.pdf", pages=2)
    out = _run("split", pdf, "--dump-layout", tmp_path / "layout.png")
    assert out.returncode == 0, out.stderr
    for n in (1, 2):
        with Image.open(tmp_path / f"layout-{n}.png") as img:
            assert img.size == (300, 200)
    assert not (tmp_path / "layout.png").exists()


def test_dump_layout_of_text_pages_is_a_one_line_error(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("县图书馆延长开放时间\n\n本报讯 县图书馆从本月起延长开放时间。\n", encoding="utf-8")
    out = _run("split", page, "--dump-layout", tmp_path / "x.png")
    assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1
    assert "needs PDF pages" in out.stderr and "Traceback" not in out.stderr


def test_build_speaks_a_pdf_edition(tmp_path: Path) -> None:
    """Offline (espeak-ng), real ffmpeg: the episode's chapters are the PDF's stories."""
    pdf = _two_stories(tmp_path / "page.pdf")
    out = _run("build", pdf, "--engine", "espeak", "--out", tmp_path / "out", "--date",
               "2024-06-12", "--cache-dir", tmp_path / "cache")
    assert out.returncode == 0, out.stderr
    day = tmp_path / "out" / "2024-06-12"
    manifest = json.loads((day / "manifest.json").read_text(encoding="utf-8"))
    assert [c["title"] for c in manifest["chapters"]] == [
        "本期导读", "县图书馆延长开放时间", "城南社区卫生服务中心投用"]   # the opening rundown first
    assert (day / manifest["audio_path"]).stat().st_size > 10_000
