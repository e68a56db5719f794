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
