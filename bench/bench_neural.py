"""The offline voices side by side (issue 15): real-time factor of each neural engine and of
espeak-ng on the same text, one run each after the model is loaded (goal: neural < 0.3), the
one-time load/convert cost, and the peak RSS of a whole build with each engine.

    python bench/bench_neural.py          # needs the neural extra (see README)

RTF = synthesis wall time / seconds of speech made; the machine's cores are shared, so read
the numbers as this machine on this run.
"""
from __future__ import annotations

import asyncio
import io
import os
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "heting-20261125"
ZH = ("本报讯　鹤汀市今年将新建三十所中小学，总投资约十二亿元，预计新增学位两万四千个。"
      "市教育局负责人表示，新建学校将优先布局在人口增长较快的新区，缓解入学压力。"
      "与此同时，全市还将改造一百多所老旧校舍，让孩子们在更安全的环境里学习。")
EN = ("The city council approved a new budget on Tuesday after a long debate. The plan adds "
      "money for schools and roads, and sets aside funds for a new bridge over the river. "
      "Mayor Tom Reed said the vote was a good day for the city, and that work on the bridge "
      "would start in March. Critics said the plan leaves too little for public transport.")
EN_PAGE = ("RIVERTON DAILY\n\nCity council approves new budget\n\nBy Anna Clark\n\n" + EN +
           "\n\nStorm brings heavy rain to the valley\n\nHeavy rain fell across the valley on "
           "Monday night. Several roads were closed for a few hours. Forecasters expect drier "
           "weather by the weekend.\n")


def _seconds(wav: bytes) -> float:
    with wave.open(io.BytesIO(wav)) as w:
        return w.getnframes() / w.getframerate()


def rtf(engine_name: str, voice: str, text: str) -> tuple[float, float, float]:
    """(load s, synthesis s, RTF) for one run of `text`."""
    from audiopaper.synth.engine import VoiceSpec
    from audiopaper.synth.engines import get_engine

    engine, spec = get_engine(engine_name), VoiceSpec(engine_name, voice)
    t0 = time.perf_counter()
    engine.check_voice(spec)  # loads (and for mandarin, converts or reads) the model
    engine.version()
    t1 = time.perf_counter()
    speech = asyncio.run(engine.synthesize(text, spec))
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1, (t2 - t1) / _seconds(speech.audio)


def build_peak_rss(pages: list[str], config: Path, engine: str) -> tuple[float, float]:
    """(wall s, peak RSS MiB) of `audiopaper build` with `engine`, a fresh synth cache (the
    converted Mandarin models stay in their own cache, as after a first run)."""
    with tempfile.TemporaryDirectory() as tmp:
        code = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
                "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
        cmd = [sys.executable, "-c", code, sys.executable, "-m", "audiopaper", "build", *pages,
               "--config", str(config), "--date", "2026-11-25", "--engine", engine, "--out",
               f"{tmp}/out", "--cache-dir", f"{tmp}/cache"]
        t = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True, check=True)
        return time.perf_counter() - t, int(done.stdout.split()[-1]) / 1024


def main() -> None:
    print(f"{os.cpu_count()} cores; Python {sys.version.split()[0]}")
    rows = [("mandarin", "baker", ZH, "zh"), ("espeak", "cmn", ZH, "zh"),
            ("piper", "en_US-joe-medium", EN, "en"), ("espeak", "en-us", EN, "en")]
    print("engine     lang  load s  synth s   RTF")
    for engine, voice, text, lang in rows:
        load, synth, factor = rtf(engine, voice, text)
        print(f"{engine:9}  {lang:4}  {load:6.2f}  {synth:7.2f}  {factor:5.3f}")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.txt"
        page.write_text(EN_PAGE, encoding="utf-8")
        config = Path(tmp) / "audiopaper.toml"
        config.write_text('paper = "Riverton Daily"\nlanguage = "en"\n', encoding="utf-8")
        zh_pages = sorted(str(p) for p in EXAMPLE.glob("*/page.txt"))
        print("build                           wall s  peak RSS MiB")
        for label, pages, cfg, engine in (
                ("heting example (zh), mandarin", zh_pages, EXAMPLE / "audiopaper.toml", "mandarin"),
                ("heting example (zh), espeak", zh_pages, EXAMPLE / "audiopaper.toml", "espeak"),
                ("2-story page (en), piper", [str(page)], config, "piper"),
                ("2-story page (en), espeak", [str(page)], config, "espeak")):
            wall, rss = build_peak_rss(pages, cfg, engine)
            print(f"{label:31} {wall:6.1f}  {rss:8.0f}")


if __name__ == "__main__":
    main()
