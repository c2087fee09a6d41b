"""corpus.tokenize: jieba with the domain dictionary, stop words and punctuation removed."""

from __future__ import annotations

import re

import pytest

from corpus.tokenize import add_words, splits_a_word, stopwords, tokenize, tokenize_many


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("支持专精特新企业发展", "专精特新"),
        ("认定一批小巨人企业", "小巨人"),
        ("推动中小企业数实融合", "数实融合"),
        ("借助低代码工具开发应用", "低代码"),
        ("符合小型微利企业条件的可以减免所得税", "小型微利企业"),
        ("加快推进上云用数赋智行动", "上云用数赋智"),
        ("个体工商户也可以申请", "个体工商户"),
        ("小规模纳税人减按1%征收率", "小规模纳税人"),
    ],
)
def test_domain_words_are_kept_whole(sentence: str, word: str) -> None:
    assert word in tokenize(sentence)


def test_without_domain_dictionary_jieba_would_split_them() -> None:
    # Guards the test above: plain jieba does not know these words,
    # so keeping them whole is our dictionary's doing.
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    plain = jieba.Tokenizer()
    assert "数实融合" not in plain.lcut("推动中小企业数实融合")
    assert "上云用数赋智" not in plain.lcut("加快推进上云用数赋智行动")


def test_search_mode_also_yields_sub_words() -> None:
    tokens = tokenize("小型微利企业")
    assert "小型微利企业" in tokens and "企业" in tokens


def test_stop_words_are_dropped() -> None:
    tokens = tokenize("我们的奶茶店可以申请什么补贴呢？")
    for stop in ("我们", "的", "可以", "什么", "呢"):
        assert stop in stopwords()
        assert stop not in tokens
    assert "补贴" in tokens and "奶茶店" in tokens


def test_stop_words_kept_when_asked() -> None:
    tokens = tokenize("我们的奶茶店", drop_stopwords=False)
    assert "我们" in tokens and "的" in tokens


def test_only_stop_words_and_punctuation_give_nothing() -> None:
    assert tokenize("的了和与，。！？……（）《》“”   \n\t") == []
    assert tokenize("") == []


def test_no_token_is_punctuation_or_whitespace() -> None:
    tokens = tokenize(
        "根据《中小企业促进法》第二条：中型、小型和微型企业（含个体工商户）——都适用！SaaS/低代码？"
    )
    assert tokens
    for tok in tokens:
        assert tok == tok.strip() and re.search(r"\w", tok), tok


@pytest.mark.parametrize("raw", ["SaaS", "SAAS", "saas", "Saas"])
def test_saas_is_lower_cased(raw: str) -> None:
    tokens = tokenize(f"我们想用{raw}软件管理门店")
    assert "saas" in tokens
    assert raw not in tokens or raw == "saas"


def test_english_and_digits_are_lower_cased_tokens() -> None:
    tokens = tokenize("AI大模型和5G、IoT设备")
    assert "ai" in tokens and "iot" in tokens and "5g" in tokens


def test_tokenize_many_matches_tokenize() -> None:
    texts = ["专精特新", "数实融合的新趋势", ""]
    assert tokenize_many(texts) == [tokenize(t) for t in texts]


def test_add_words_teaches_a_new_word() -> None:
    word = "翠微云链通"  # a made-up product name, so teaching it cannot disturb other tests
    assert word not in tokenize("我们用翠微云链通管理订单")
    add_words([word])
    assert word in tokenize("我们用翠微云链通管理订单")


def test_domain_word_inside_a_longer_domain_word_is_still_a_token() -> None:
    assert "专精特新" in tokenize("我们是一家专精特新小巨人企业")


def test_fullwidth_query_matches_halfwidth_document_tokens() -> None:
    assert tokenize("ＳａａＳ软件") == tokenize("SaaS软件")


def test_fingerprint_is_stable_and_follows_the_tokeniser(monkeypatch) -> None:
    import corpus.tokenize as tok

    first = tok.fingerprint()
    assert re.fullmatch(r"[0-9a-f]{12}", first)
    tok.fingerprint.cache_clear()
    assert tok.fingerprint() == first
    monkeypatch.setattr(tok, "TOKENIZER_VERSION", tok.TOKENIZER_VERSION + "-changed")
    tok.fingerprint.cache_clear()
    assert tok.fingerprint() != first
    monkeypatch.undo()
    tok.fingerprint.cache_clear()
    assert tok.fingerprint() == first


@pytest.mark.parametrize("text, word, splits", [
    ("法规上我们要配合吗", "规上", True),  # 法规|上: the span begins inside the word 法规
    ("成了规上企业以后", "规上", False), ("我们算规上吗", "规上", False),
    ("想升规入统", "升规", False),  # a split the segmenter only guessed (想升|规入统) does not count
    ("劳动仲裁怎么申请", "仲裁", False),  # inside one word, not across two
    ("深圳对货车有限行", "限行", False),  # 有 + 限行, though the segmenter cuts 有限|行
])
def test_a_words_tail_and_a_locative_after_it_are_no_word(text, word, splits):
    at = text.find(word)
    assert splits_a_word(text, at, at + len(word)) is splits
