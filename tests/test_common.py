"""The shared layer (`audiopaper.common`): TSV tables, file reads with our errors, atomic writes."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from audiopaper.common.files import load_toml, read_text, replacing, write_atomic
from audiopaper.common.tables import numbered_rows, parse_tsv
from audiopaper.errors import InputError, OutputError, PublishError, RuleTableError


def test_hash_is_data_unless_it_starts_a_comment() -> None:
    text = ("# signs\n"
            "#\tnumber\tbefore\n"            # `#` then a tab: the number sign is a row
            "C#\tC sharp\tword  # a key\n"   # inside a field it is data; after blanks a comment
            "+\tplus\tbefore\t# no: a tab then `# ` starts a comment too\n"
            "   # an indented comment\n")
    assert parse_tsv(text, "signs.tsv", 3) == [("#", "number", "before"),
                                               ("C#", "C sharp", "word"),
                                               ("+", "plus", "before")]


@pytest.mark.parametrize("text,line", [("a\tb\nc\n", 2), ("a\t\n", 1), ("# x\n\na\tb\tc\n", 3)])
def test_a_malformed_row_names_file_and_line(text: str, line: int) -> None:
    with pytest.raises(RuleTableError) as e:
        numbered_rows(text, "data/units.tsv", 2)
    assert (e.value.path, e.value.line) == ("data/units.tsv", line)
    assert str(e.value).startswith(f"data/units.tsv:{line}: expected 2 tab-separated fields")


def test_read_text_maps_each_fault_to_the_callers_error(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("café".encode("latin-1"))
    cases = {tmp_path / "none.toml": "lexicon file not found", tmp_path: "is a directory",
             bad: "not UTF-8: the byte 0xe9 at offset 3"}
    for path, reason in cases.items():
        with pytest.raises(RuleTableError) as e:
            read_text(path, RuleTableError, "lexicon file")
        assert e.value.path == str(path) and e.value.reason.startswith(reason)
    bom = tmp_path / "bom.toml"
    bom.write_bytes(b'\xef\xbb\xbfpaper = "x"\n')
    assert load_toml(bom) == {"paper": "x"}


def test_load_toml_names_the_file_of_a_syntax_error(tmp_path: Path) -> None:
    path = tmp_path / "audiopaper.toml"
    path.write_text('paper = "x"\n[feed\n', encoding="utf-8")
    with pytest.raises(InputError) as e:
        load_toml(path)
    assert e.value.path == str(path) and e.value.reason.startswith("not valid TOML (")
    assert "\n" not in str(e.value)


def test_write_atomic_replaces_whole_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "site" / "feed.xml"
    write_atomic(target, b"<rss>one</rss>", PublishError)
    write_atomic(target, b"<rss>two</rss>", PublishError)
    assert target.read_bytes() == b"<rss>two</rss>"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert sorted(p.name for p in target.parent.iterdir()) == ["feed.xml"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_write_atomic_failure_is_the_callers_error(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OutputError) as e:
            write_atomic(folder / "a.json", b"{}", OutputError)
        assert e.value.path == str(folder / "a.json")
        assert e.value.reason.startswith("cannot write: ")
    finally:
        folder.chmod(0o700)


def test_write_atomic_over_a_folder_fails_and_cleans_up(tmp_path: Path) -> None:
    (tmp_path / "feed.xml").mkdir()  # a folder where the file should go: the rename fails
    with pytest.raises(PublishError) as e:
        write_atomic(tmp_path / "feed.xml", b"<rss/>", PublishError)
    assert e.value.path == str(tmp_path / "feed.xml")
    assert [p.name for p in tmp_path.iterdir()] == ["feed.xml"]


def test_replacing_keeps_the_old_file_when_the_writer_fails(tmp_path: Path) -> None:
    target = tmp_path / "layout.png"
    target.write_bytes(b"old")
    with pytest.raises(ValueError, match="encoder gave up"):
        with replacing(target, OutputError) as tmp:
            tmp.write_bytes(b"half a pic")
            raise ValueError("encoder gave up")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["layout.png"]
    with replacing(target, OutputError, mode=0o600) as tmp:
        assert tmp.parent == tmp_path and tmp.name.startswith(".layout.png.")
        tmp.write_bytes(b"new")
    assert target.read_bytes() == b"new" and stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_paper_without_a_time_zone_keeps_its_languages_clock(tmp_path: Path) -> None:
    """A config that names no time zone takes its language's (an English paper is not dated
    by Shanghai's clock); a named zone is kept; a bad one names the file."""
    from audiopaper.common.settings import zone
    from audiopaper.config import load_config

    en = tmp_path / "en.toml"
    en.write_text('paper = "The Ledger"\nlanguage = "en"\n', encoding="utf-8")
    c = load_config(en)
    assert c.timezone is None and str(zone(c.timezone, c.lang)) == "America/New_York"
    london = tmp_path / "london.toml"
    london.write_text('language = "en"\ntimezone = "Europe/London"\n', encoding="utf-8")
    c = load_config(london)
    assert str(zone(c.timezone, c.lang)) == "Europe/London"
    bad = tmp_path / "bad.toml"
    bad.write_text('timezone = "Mars/Base"\n', encoding="utf-8")
    with pytest.raises(InputError, match="bad.toml"):
        load_config(bad)
