"""The scripts step: articles, opening and closing as the scripts synth speaks, from the
editable templates in voices/, normalised with the edition's lexicon."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from audiopaper.common.bundled import BUNDLED_VOICES as VOICES_DIR
from audiopaper.common.templates import load_templates
from audiopaper.config import Config
from audiopaper.errors import InputError, RuleTableError
from audiopaper.model import Article, Edition, Script
from audiopaper.scripts import edition_scripts, frame_scripts, scripts_json

EDITION = Edition(articles=(Article("a1", headline="夏粮丰收 亩产创新高。"),
                            Article("a2", headline="新桥通车"),
                            Article("a3", paragraphs=("没有标题的简讯正文在这里，很长很长很长很长很长。",))),
                  paper="青溪日报", date="2024-06-12")


def test_zh_opening_names_paper_date_weekday_count_and_every_headline():
    opening, _ = frame_scripts(EDITION, Config(paper="青溪日报"), "2024-06-12", None)
    text = "".join(seg.text for seg in opening.segments)
    assert opening.article_id == "opening" and opening.lang == "zh"
    for want in ("青溪日报", "二零二四年六月十二日", "星期三", "三篇", "夏粮丰收 亩产创新高。",
                 "新桥通车。"):
        assert want in text
    assert "创新高。。" not in text
    assert EDITION.articles[2].title in text
    assert {seg.role for seg in opening.segments} == {"intro"}
    assert all(seg.pause_after_ms > 0 for seg in opening.segments)


def test_en_opening_and_closing():
    cfg = Config(paper="Millbrook Courier", lang="en")
    ed = Edition(articles=(Article("a1", headline="Bridge to reopen"),), lang="en")
    opening, closing = frame_scripts(ed, cfg, "2024-05-14", None)
    said = " ".join(seg.text for seg in opening.segments)
    assert "Tuesday, May fourteenth, twenty twenty-four" in said and "There is one story" in said
    assert "Bridge to reopen." in said
    assert closing.segments[0].role == "outro" and "Millbrook Courier" in closing.segments[0].text


def test_the_lexicon_reaches_the_opening_and_every_article(tmp_path):
    lexicon = tmp_path / "lexicon.toml"
    lexicon.write_text('[words]\n"新桥" = "新大桥"\n"青溪日报" = "青溪日报社"\n', encoding="utf-8")
    scripts = edition_scripts(EDITION, Config(paper="青溪日报"), "2024-06-12", lexicon)
    assert [s.article_id for s in scripts] == ["opening", "a1", "a2", "a3", "closing"]
    assert "新大桥通车。" in [seg.text for seg in scripts[0].segments]
    assert scripts[2].segments[0].text == "新大桥通车"
    assert "青溪日报社" in scripts[-1].segments[0].text


def test_scripts_json_round_trips():
    scripts = edition_scripts(EDITION, Config(paper="青溪日报"), "2024-06-12")
    assert [Script.from_dict(d) for d in json.loads(scripts_json(scripts))["scripts"]] == scripts


def test_edited_template_is_used_and_checked(tmp_path):
    shutil.copy(VOICES_DIR / "templates-zh.toml", tmp_path / "templates-zh.toml")
    path = tmp_path / "templates-zh.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("您好，这里是", "早上好！这里是"),
                    encoding="utf-8")
    opening, _ = frame_scripts(EDITION, Config(templates=str(tmp_path)), "2024-06-12", None)
    assert opening.segments[0].text.startswith("早上好！这里是")
    path.write_text(path.read_text(encoding="utf-8").replace("greeting = \"早上好", "greeting = \"{papr}"),
                    encoding="utf-8")
    with pytest.raises(RuleTableError, match="papr") as e:
        frame_scripts(EDITION, Config(templates=str(tmp_path)), "2024-06-12", None)
    assert e.value.path == str(path)


def test_bad_date_and_missing_language_templates(tmp_path):
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        frame_scripts(EDITION, Config(), "12/06/2024", None)
    with pytest.raises(InputError, match="templates"):
        frame_scripts(EDITION, Config(templates=str(tmp_path)), "2024-06-12", None)


def test_bundled_templates_exist_for_every_language():
    assert {p.name for p in Path(VOICES_DIR).glob("templates-*.toml")} >= {
        "templates-zh.toml", "templates-en.toml"}


def test_templates_are_read_once_while_the_file_is_unchanged(tmp_path):
    path = tmp_path / "templates-zh.toml"
    shutil.copy(VOICES_DIR / "templates-zh.toml", path)
    first = load_templates("zh", tmp_path)
    frame_scripts(EDITION, Config(templates=str(tmp_path)), "2024-06-12", None)
    assert load_templates("zh", tmp_path) is first     # the build's later reads reuse it
    with pytest.raises(TypeError):
        first.texts["closing.text"] = "x"                  # shared, so nobody may change it
    path.write_text(path.read_text(encoding="utf-8").replace("您好，这里是", "早上好！这里是"),
                    encoding="utf-8")
    edited = load_templates("zh", tmp_path)
    assert edited is not first and edited.texts["opening.greeting"].startswith("早上好！这里是")
