"""jieba's dictionary costs about a second to load: text that needs no word boundaries must
never pay for it; an ambiguous measure word (家 in 2家企业 vs 2家庭院) loads it on demand."""
from __future__ import annotations

import subprocess
import sys
import textwrap


def test_jieba_loads_only_when_a_rule_needs_it() -> None:
    code = textwrap.dedent("""
        import sys
        from audiopaper.common import segment
        from audiopaper.normalize import normalize
        print(normalize("全县126个重点项目完成投资58.6亿元，增长12.3%，2个项目投产"))
        print("jieba" in sys.modules, segment.is_loaded())
        print(normalize("新增2家企业，有2家庭院"))
        print(segment.is_loaded())
    """)
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert p.stdout.splitlines() == [
        "全县一百二十六个重点项目完成投资五十八点六亿元，增长百分之十二点三，两个项目投产",
        "False False",
        "新增两家企业，有二家庭院",
        "True",
    ], p.stderr
