"""Voice profiles: the bundled ones load; bad ones fail on load, naming file and table."""
from __future__ import annotations

from pathlib import Path

import pytest

from audiopaper.errors import InputError, RuleTableError
from audiopaper.synth.profiles import bundled_profiles, load_voice_profile

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_bundled_profile_has_anchor_and_body_on_both_engines(lang: str) -> None:
    profile = load_voice_profile(lang)
    assert Path(profile.source or "").parent == REPO / "voices"
    for role in ("intro", "headline", "outro", "body", "caption", "quote"):
        for engine in ("edge", "espeak"):
            assert profile.spec(role, engine).engine == engine
    assert profile.spec("headline", "edge").voice != profile.spec("body", "edge").voice


def test_quote_falls_back_to_body_when_profile_has_none() -> None:
    en = load_voice_profile("en")
    assert en.spec("quote", "edge") == en.spec("body", "edge")


def test_bundled_profiles_lists_every_language() -> None:
    assert [p.lang for p in bundled_profiles()] == ["en", "zh"]


@pytest.mark.parametrize("body,message", [
    ('[anchor.edge]\nvoice = "zh-CN-YunxiNeural"\nrate = "fast"\n', r"\[anchor.edge\]: rate"),
    ('[anchor.edge]\nvoice = "x"\npitch = "+5%"\n', r"\[anchor.edge\]: pitch"),
    ('[anchor.edge]\nvoice = "x"\nvolume = 3\n', r"\[anchor.edge\]: volume"),
    ('[anchor.edge]\nrate = "+0%"\n', r"\[anchor.edge\]: no voice"),
    ('[anchor.edge]\nvoice = "x"\nspeed = "+0%"\n', "unknown key 'speed'"),
    ('[anchor.polly]\nvoice = "x"\n', r"\[anchor.polly\]: unknown engine"),
    ('[narrator.edge]\nvoice = "x"\n', r"unknown table \[narrator\]"),
    ('[anchor.edge]\nvoice = "x"\n', r"missing table \[body\]"),
    ('[anchor.edge\nvoice = "x"\n', "not valid TOML"),
])
def test_bad_profile_fails_on_load_naming_file_and_table(tmp_path: Path, body: str,
                                                         message: str) -> None:
    path = tmp_path / "profile-zh.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(RuleTableError, match=message) as info:
        load_voice_profile("zh", path)
    assert str(info.value).startswith(str(path))


def test_missing_profile_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no voice profile for language 'fr'"):
        load_voice_profile("fr", tmp_path / "profile-fr.toml")


def test_profile_without_engine_table_says_which(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('[anchor.edge]\nvoice = "a"\n[body.edge]\nvoice = "b"\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"no \[body.espeak\] table"):
        load_voice_profile("zh", path).spec("body", "espeak")
