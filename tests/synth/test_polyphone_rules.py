"""The polyphone rules shared by the Mandarin frontend and the espeak voice, one case file
per rule kind (tests/synth/polyphone_cases/*.tsv): the word table, context rules, measure
words after numbers, surnames at the start of a name."""
from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pypinyin")
pytest.importorskip("jieba")

from audiopaper.synth.engines.espeak_zh import espeak_text  # noqa: E402
from audiopaper.synth.engines.mandarin_text import readings  # noqa: E402

CASES = Path(__file__).resolve().parent / "polyphone_cases"


def _cases(kind: str) -> list[tuple[str, list[tuple[str, str]]]]:
    out = []
    for line in (CASES / f"{kind}.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            sentence, *marks = line.split("\t")
            out.append((sentence, [tuple(m.split("=")) for m in marks]))
    return out


def _read(sentence: str, marks: list[tuple[str, str]]) -> list[str]:
    got = readings(sentence)
    pos, out = 0, []
    for char, _ in marks:
        at = next(i for i in range(pos, len(got)) if got[i][0] == char)
        out.append(got[at][1])
        pos = at + 1
    return out


@pytest.mark.parametrize("kind", ["words", "context", "measure", "surnames", "dictionary"])
def test_rule_kind(kind: str) -> None:
    if kind == "dictionary":
        pytest.importorskip("pypinyin_dict")
    wrong = []
    for sentence, marks in _cases(kind):
        heard = _read(sentence, marks)
        want = [r for _, r in marks]
        if heard != want:
            wrong.append(f"{sentence}: {heard} want {want}")
    assert not wrong, "\n".join(wrong)


def test_espeak_gets_the_same_readings() -> None:
    """The espeak voice spells polyphones with the frontend's readings: one table."""
    assert "wei2" in espeak_text("他被评为全国劳动模范。")[0]
    assert "qiu2" in espeak_text("记者仇建军报道。")[0]


def test_espeak_is_not_handed_syllables_it_cannot_say() -> None:
    """espeak-ng's Mandarin voice has no -iong: 兄 stays a character (as pinyin it read
    xiong1 and the glued di4 after it as English)."""
    sent = espeak_text("他们是患难与共的好兄弟。")[0]
    assert "xiong" not in sent and "兄" in sent and "nan4" in sent


def test_a_piece_of_a_word_is_read_by_its_word_alone() -> None:
    """各地 is one word: the 地 in it is no particle because a verb follows the word."""
    assert dict(readings("各地要落实好各项政策。"))["地"] == "di4"
    assert dict(readings("他随地吐痰被罚款。"))["地"] == "di4"
