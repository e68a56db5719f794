"""`audiopaper normalize` as a user runs it: argument and stdin modes, --explain, --lexicon,
and bad input (empty, binary, invalid UTF-8, unknown language, broken lexicon) answered by
one `error:` line and exit 2, never a traceback."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def run(args: list[str], stdin: bytes = b"", cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "audiopaper", "normalize", *args], input=stdin,
                          capture_output=True, cwd=cwd or REPO, timeout=60)


def test_text_argument() -> None:
    p = run(["前5个月完成投资58.6亿元，同比增长12.3%"])
    assert p.returncode == 0
    assert p.stdout.decode() == "前五个月完成投资五十八点六亿元，同比增长百分之十二点三\n"


def test_stdin_one_line_per_line_including_blank_ones() -> None:
    p = run(["--lang", "en"], stdin="$5\n\n3rd\n".encode())
    assert p.returncode == 0
    assert p.stdout.decode() == "five dollars\n\nthird\n"


def test_explain_names_each_rule() -> None:
    p = run(["--explain", "电话023-74561110，气温-5℃"])
    lines = p.stdout.decode().splitlines()
    assert lines == ["  phone: 023-74561110 → 零二三七四五六幺幺幺零",
                     "  measure: -5℃ → 零下五摄氏度",
                     "电话零二三七四五六幺幺幺零，气温零下五摄氏度"]


def test_empty_stdin_gives_empty_output() -> None:
    p = run([], stdin=b"")
    assert (p.returncode, p.stdout, p.stderr) == (0, b"", b"")


@pytest.mark.parametrize("data,problem", [
    (b"\xff\xfe\x31\x00\x32\x00", "binary data"),
    (b"\xb9\xab\xd4\xaa2024\xc4\xea\n", "not valid UTF-8"),
    (bytes(range(256)), "binary data"),
])
def test_bad_stdin_is_one_error_line(data: bytes, problem: str) -> None:
    p = run([], stdin=data)
    err = p.stderr.decode()
    assert p.returncode == 2 and p.stdout == b""
    assert err.count("\n") == 1 and err.startswith("error: stdin: ") and problem in err


def test_unknown_language_is_one_error_line() -> None:
    p = run(["--lang", "fr", "12"])
    assert p.returncode == 2 and p.stderr.decode().startswith("error: unknown language 'fr'")


def test_default_lexicon_from_voices_folder(tmp_path: Path) -> None:
    (tmp_path / "voices").mkdir()
    (tmp_path / "voices" / "lexicon-zh.toml").write_text('[words]\n"青溪5号" = "青溪五号线"\n',
                                                          encoding="utf-8")
    assert run(["青溪5号开通"], cwd=tmp_path).stdout.decode() == "青溪五号线开通\n"
    assert run(["青溪5号开通"], cwd=tmp_path / "voices").stdout.decode() == "青溪五号开通\n"


def test_lexicon_option_overrides_and_explains(tmp_path: Path) -> None:
    lex = tmp_path / "lex.toml"
    lex.write_text('[words]\n"3M" = "three M"\n', encoding="utf-8")
    p = run(["--lang", "en", "--lexicon", str(lex), "--explain", "3M hired 40"])
    assert p.stdout.decode().splitlines() == ["  lexicon: 3M → three M",
                                             "  cardinal: 40 → forty", "three M hired forty"]


@pytest.mark.parametrize("content,problem", [
    ('[words]\n"a" = 1\n', "must map a non-empty word to a string"),
    ("[words\n", "not valid TOML"),
    ('words = "x"\n', "[words] must be a table"),
])
def test_broken_lexicon_is_one_error_line(tmp_path: Path, content: str, problem: str) -> None:
    lex = tmp_path / "bad.toml"
    lex.write_text(content, encoding="utf-8")
    p = run(["--lexicon", str(lex), "12"])
    err = p.stderr.decode()
    assert p.returncode == 2 and err.count("\n") == 1
    assert err.startswith(f"error: {lex}: ") and problem in err


def test_missing_lexicon_is_one_error_line(tmp_path: Path) -> None:
    p = run(["--lexicon", str(tmp_path / "nope.toml"), "12"])
    assert p.returncode == 2 and "lexicon file not found" in p.stderr.decode()


def test_help_describes_the_command() -> None:
    p = run(["--help"])
    out = p.stdout.decode()
    assert p.returncode == 0 and "news anchor" in out and "--explain" in out and "--lexicon" in out
