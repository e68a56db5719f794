"""One segmentation for every stage (`common.segment`): the user lexicon's words stay whole
where synth cuts a long sentence into requests, where the Mandarin voice's frontend takes its
words and where assemble breaks a transcript line.  Each case runs in a fresh interpreter:
the tokenizer is one per process, so what one test adds would reach the others."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

# The three places words are cut, printed as JSON for the text TEXT.
CUTS = textwrap.dedent("""
    import json
    from audiopaper.assemble.transcript import split_text
    from audiopaper.synth.chunking import chunk_text
    from audiopaper.synth.engines.mandarin_text import words

    def cuts(text):
        return {"chunks": chunk_text(text * 8 + "。", 60), "words": words(text),
                "lines": split_text(text * 3, 13)}
""")


def _run(code: str, cwd: Path) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-c", CUTS + textwrap.dedent(code)], cwd=cwd,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    out: dict[str, Any] = json.loads(done.stdout)
    return out


def _cut_inside(pieces: list[str], words: tuple[str, ...]) -> bool:
    """Whether a boundary between `pieces` falls inside an occurrence of one of `words`."""
    text, at, bounds = "".join(pieces), 0, set()
    for piece in pieces[:-1]:
        at += len(piece)
        bounds.add(at)
    spans = [(i, i + len(w)) for w in words for i in range(len(text)) if text.startswith(w, i)]
    return any(lo < b < hi for lo, hi in spans for b in bounds)


def test_a_named_lexicons_words_stay_whole_once_normalize_has_used_it(tmp_path: Path) -> None:
    lexicon = tmp_path / "lexicon.toml"   # jieba's dictionary cuts 鹤 汀江 口 大桥
    lexicon.write_text('[words]\n"鹤江桥" = "鹤汀江口大桥"\n', encoding="utf-8")
    got = _run(f"""
        from audiopaper.normalize import normalize
        text = "今年鹤汀江口大桥建成通车"
        before = cuts(text)
        spoken = normalize("今年鹤江桥建成通车", "zh", {str(lexicon)!r})
        print(json.dumps({{"spoken": spoken, "before": before, "after": cuts(text)}}))
    """, tmp_path)
    assert got["spoken"] == "今年鹤汀江口大桥建成通车"
    word = ("鹤汀江口大桥",)
    assert all(_cut_inside(got["before"][k], word) for k in ("chunks", "words", "lines"))
    assert not any(_cut_inside(got["after"][k], word) for k in ("chunks", "words", "lines"))
    assert got["after"]["words"] == ["今年", "鹤汀江口大桥", "建成", "通车"]


def test_the_default_lexicons_words_are_whole_in_every_process(tmp_path: Path) -> None:
    """善县 and 规模以上企业, the bundled lexicon's spoken forms of 单县 and 规上企业, are whole
    before any normalizing, so synth and assemble run as their own processes cut as a build
    does; jieba's own dictionary cuts both apart."""
    got = _run("""
        import jieba
        text = "今年善县规模以上企业增加值增长"
        print(json.dumps({"jieba": {"words": jieba.lcut(text, HMM=False)}, "ours": cuts(text)}))
    """, tmp_path)
    words = ("善县", "规模以上企业")
    assert _cut_inside(got["jieba"]["words"], words)
    assert not any(_cut_inside(got["ours"][k], words) for k in ("chunks", "words", "lines"))
    assert got["ours"]["words"][:3] == ["今年", "善县", "规模以上企业"]
