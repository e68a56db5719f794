"""The splitter's last resort: a fault in one of its cues costs neither the page nor the run.

The fault is injected (no page known today makes the splitter raise: each one found was
fixed), so that the path a user meets with the next unknown bug is the one tested.
"""
from __future__ import annotations

import logging
import re

import pytest

from audiopaper.errors import SplitError
from audiopaper.model import Page
from audiopaper.split import edition

LINES = ("县图书馆延长开放时间", "", "本报讯 为方便读者错峰阅读，县图书馆从本月起", "将每天的开放时间延长至晚上9点。",
         "", "", "城南社区卫生服务中心投用", "本报讯 近日，城南社区卫生服务中心正式投入使用。")


def _fault(page: Page) -> None:
    raise IndexError("list index out of range")


def test_a_fault_reads_the_page_by_its_blocks(monkeypatch: pytest.MonkeyPatch,
                                              caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(edition, "split_page", _fault)
    page = Page(source="pages/p1.txt", lang="zh", page_no=1, lines=LINES)
    with caplog.at_level(logging.WARNING):
        result = edition.split_pages([page])
    kept = "".join(p for a in result.articles for p in a.paragraphs)
    assert re.sub(r"\s", "", kept) == re.sub(r"\s", "", "".join(LINES))
    assert [len(a.paragraphs) for a in result.articles] == [1, 1, 1]
    assert result.articles[1].paragraphs[0].startswith("本报讯为方便")
    (record,) = caplog.records
    assert "pages/p1.txt" in record.getMessage() and "IndexError" in record.getMessage()


def test_our_own_errors_still_stop_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_story(page: Page) -> None:
        raise SplitError("no article found on the page", page.source)

    monkeypatch.setattr(edition, "split_page", no_story)
    with pytest.raises(SplitError):
        edition.split_pages([Page(source="p.txt", lang="zh", page_no=1, lines=LINES)])


def test_no_story_on_a_page_with_running_text_reads_it_by_blocks(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    # the cues found no story, yet a block reads as running text (two sentences, 40 characters
    # or more): the page is read by its blocks, never lost; a page of furniture alone still
    # stops the run (the test above)
    def no_story(page: Page) -> None:
        raise SplitError("no article found on the page", page.source)

    monkeypatch.setattr(edition, "split_page", no_story)
    lines = ("讣告", "县实验小学退休教师柯明远先生，因病医治无效，于2025年5月30日逝世，享年84岁。", "特此讣告。",
             "", "石桥镇为留守儿童开办“假日课堂”", "",
             "6月1日，石桥镇“假日课堂”在镇中心小学开班，首批招收留守儿童120名。",
             "“暑假在家没人管，来这里有老师教作业。”五年级学生杨小雨说。")
    with caplog.at_level(logging.WARNING):
        result = edition.split_pages([Page(source="pages/p2.txt", lang="zh", page_no=2, lines=lines)])
    kept = "".join(p for a in result.articles for p in a.paragraphs)
    assert re.sub(r"\s", "", kept) == re.sub(r"\s", "", "".join(lines))
    (record,) = caplog.records
    assert "pages/p2.txt" in record.getMessage() and "running text" in record.getMessage()
