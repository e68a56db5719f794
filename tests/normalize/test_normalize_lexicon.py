"""User lexicons: longest match first, hits are final (rules never rewrite inside them), the
packaged lexicons in voices/ load and apply, and a jieba user dictionary changes word
boundaries only where a rule asks for them."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from audiopaper.errors import RuleTableError
from audiopaper.normalize import Lexicon, explain, load_lexicon, normalize

REPO = Path(__file__).resolve().parents[2]


def test_longest_match_wins() -> None:
    lex = Lexicon({"青溪": "清溪", "青溪县": "青溪县城"})
    assert normalize("青溪县有青溪河", lexicon=lex) == "青溪县城有清溪河"


def test_hit_is_final_and_rules_run_around_it() -> None:
    lex = Lexicon({"7天酒店": "七天连锁酒店"})
    assert normalize("2家7天酒店", lexicon=lex) == "两家七天连锁酒店"
    assert [r.rule for r in explain("2家7天酒店", lexicon=lex)] == ["cardinal", "lexicon"]


def test_empty_word_is_rejected() -> None:
    with pytest.raises(RuleTableError):
        Lexicon({"": "x"})


@pytest.mark.parametrize("lang,text,spoken", [
    ("zh", "发改委：规上工业增长9.6%", "发展改革委：规模以上工业增长百分之九点六"),
    ("en", "Nguyen moved to Calif. in 2019", "Win moved to California in twenty nineteen"),
])
def test_packaged_lexicons(lang: str, text: str, spoken: str) -> None:
    lex = load_lexicon(REPO / "voices" / f"lexicon-{lang}.toml")
    assert normalize(text, lang, lex) == spoken


def test_jieba_userdict_changes_boundaries(tmp_path: Path) -> None:
    (tmp_path / "words.txt").write_text("家青溪 100000 n\n", encoding="utf-8")
    (tmp_path / "lex.toml").write_text('[jieba]\nuserdict = "words.txt"\n', encoding="utf-8")
    code = textwrap.dedent(f"""
        from audiopaper.normalize import normalize
        print(normalize("有2家青溪企业"))
        print(normalize("有2家青溪企业", lexicon={str(tmp_path / "lex.toml")!r}))
    """)
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert p.stdout.splitlines() == ["有两家青溪企业", "有二家青溪企业"], p.stderr
