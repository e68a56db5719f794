"""The editable data (voices/) ships inside the package, and a paper's own ./voices wins."""
from __future__ import annotations

from pathlib import Path

import pytest

from audiopaper.common.bundled import BUNDLED_VOICES, voices_file
from audiopaper.synth import load_voice_profile


def test_voices_are_reachable_from_the_package() -> None:
    names = {p.name for p in BUNDLED_VOICES.glob("*.toml")}
    for lang in ("zh", "en"):
        assert {f"profile-{lang}.toml", f"lexicon-{lang}.toml", f"templates-{lang}.toml"} <= names


def test_a_local_voices_folder_overrides_one_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "voices").mkdir()
    text = (BUNDLED_VOICES / "profile-zh.toml").read_text(encoding="utf-8")
    (tmp_path / "voices" / "profile-zh.toml").write_text(
        text.replace('voice = "cmn+f3"', 'voice = "cmn+m2"'), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert voices_file("profile-zh.toml") == tmp_path / "voices" / "profile-zh.toml"
    assert voices_file("templates-zh.toml") == BUNDLED_VOICES / "templates-zh.toml"
    assert load_voice_profile("zh").spec("body", "espeak").voice == "cmn+m2"
