"""Chunking: sentence ends respected, every chunk within the byte budget, no text lost."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from audiopaper.synth.chunking import chunk_text, request_bytes, split_sentences

PIECES = st.sampled_from(["国务院", "新闻", "办公室", "今天", "举行", "发布会", "。", "，", "！",
                          "；", "The", " city", " opened", ",", ".", " ", "3.5", "&", "<b>",
                          "“好！”", "？"])


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES, max_size=300), st.integers(min_value=24, max_value=400))
def test_chunks_fit_and_keep_every_character(pieces: list[str], max_bytes: int) -> None:
    text = "".join(pieces)
    chunks = chunk_text(text, max_bytes)
    assert all(request_bytes(c) <= max_bytes for c in chunks)
    assert "".join(chunks).replace(" ", "") == text.replace(" ", "")
    assert all(c == c.strip() and c for c in chunks)


def test_long_chinese_sentence_is_cut_between_words_not_inside_them() -> None:
    sentence = "国务院新闻办公室今天举行新闻发布会" * 30 + "。"
    chunks = chunk_text(sentence, 120)
    assert len(chunks) > 1
    for left, right in zip(chunks, chunks[1:]):
        # "办公室" and "发布会" are jieba words: never split across chunks
        assert not (left.endswith("办") or left.endswith("办公") or left.endswith("发布"))
        assert not (right.startswith("公室") or right.startswith("布会"))


def test_sentences_are_packed_and_never_split_when_they_fit() -> None:
    text = "第一句话。第二句话！第三句话？第四句话；"
    chunks = chunk_text(text, 33)
    assert chunks == ["第一句话。第二句话！", "第三句话？第四句话；"]
    assert split_sentences(text) == ["第一句话。", "第二句话！", "第三句话？", "第四句话；"]


def test_english_decimal_point_is_not_a_sentence_end() -> None:
    assert split_sentences("Prices rose 3.5 percent. Then fell.") == [
        "Prices rose 3.5 percent.", "Then fell."]


def test_default_budget_is_well_under_the_edge_request_limit() -> None:
    text = "很长的句子没有标点" * 2000
    assert max(request_bytes(c) for c in chunk_text(text)) <= 1200 < 4096
