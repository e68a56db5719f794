"""Opening and closing scripts from the editable templates in voices/."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from audiopaper.assemble import closing_script, opening_script
from audiopaper.bundled import BUNDLED_VOICES as VOICES_DIR
from audiopaper.config import Config
from audiopaper.errors import InputError, RuleTableError
from audiopaper.model import Article, Edition

EDITION = Edition(articles=(Article("a1", headline="夏粮丰收 亩产创新高。"),
                            Article("a2", headline="新桥通车"),
                            Article("a3", paragraphs=("没有标题的简讯正文在这里，很长很长很长很长很长。",))),
                  paper="青溪日报", date="2024-06-12")


def test_zh_opening_names_paper_date_weekday_count_and_every_headline():
    s = opening_script(EDITION, Config(paper="青溪日报"), "2024-06-12")
    text = "".join(seg.text for seg in s.segments)
    assert s.article_id == "opening" and s.lang == "zh"
    for want in ("青溪日报", "2024年6月12日", "星期三", "3篇", "夏粮丰收 亩产创新高。", "新桥通车。"):
        assert want in text
    assert "创新高。。" not in text
    assert EDITION.articles[2].title in text
    assert {seg.role for seg in s.segments} == {"intro"}
    assert all(seg.pause_after_ms > 0 for seg in s.segments)


def test_en_opening_and_closing():
    cfg = Config(paper="Millbrook Courier", lang="en")
    ed = Edition(articles=(Article("a1", headline="Bridge to reopen"),), lang="en")
    opening = " ".join(seg.text for seg in opening_script(ed, cfg, "2024-05-14").segments)
    assert "Tuesday, May 14, 2024" in opening and "There is one story" in opening
    assert "Bridge to reopen." in opening
    closing = closing_script(ed, cfg, "2024-05-14")
    assert closing.segments[0].role == "outro" and "Millbrook Courier" in closing.segments[0].text


def test_normalizer_is_applied_to_every_segment():
    s = opening_script(EDITION, Config(), "2024-06-12", normalize=lambda t, lang: f"<{lang}>{t}")
    assert all(seg.text.startswith("<zh>") for seg in s.segments)


def test_edited_template_is_used_and_checked(tmp_path):
    shutil.copy(VOICES_DIR / "templates-zh.toml", tmp_path / "templates-zh.toml")
    path = tmp_path / "templates-zh.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("您好，这里是", "早上好！这里是"),
                    encoding="utf-8")
    s = opening_script(EDITION, Config(templates=str(tmp_path)), "2024-06-12")
    assert s.segments[0].text.startswith("早上好！这里是")
    path.write_text(path.read_text(encoding="utf-8").replace("greeting = \"早上好", "greeting = \"{papr}"),
                    encoding="utf-8")
    with pytest.raises(RuleTableError, match="papr") as e:
        opening_script(EDITION, Config(templates=str(tmp_path)), "2024-06-12")
    assert e.value.path == str(path)


def test_bad_date_and_missing_language_templates(tmp_path):
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        opening_script(EDITION, Config(), "12/06/2024")
    with pytest.raises(InputError, match="templates"):
        closing_script(EDITION, Config(templates=str(tmp_path)), "2024-06-12")


def test_bundled_templates_exist_for_every_language():
    assert {p.name for p in Path(VOICES_DIR).glob("templates-*.toml")} >= {
        "templates-zh.toml", "templates-en.toml"}
