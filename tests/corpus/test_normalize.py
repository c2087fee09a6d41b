"""corpus.normalize: width folding, whitespace, zero-width characters, 繁→简."""

from __future__ import annotations

import pytest

from corpus.normalize import fix_slips, normalize_text, to_halfwidth_alnum, to_mandarin, to_simplified


def test_fullwidth_digits_and_letters_become_halfwidth() -> None:
    assert to_halfwidth_alnum("０１２３４５６７８９") == "0123456789"
    assert to_halfwidth_alnum("ＡＢＣＸＹＺａｂｃｘｙｚ") == "ABCXYZabcxyz"
    assert normalize_text("第１２条　ＳａａＳ服务") == "第12条 SaaS服务"


def test_fullwidth_symbols_used_in_numbers_become_halfwidth() -> None:
    assert to_halfwidth_alnum("增长２４．４％") == "增长24.4%"


@pytest.mark.parametrize("punct", list("。，？！：；（）“”、《》〔〕"))
def test_chinese_punctuation_stays_fullwidth(punct: str) -> None:
    text = f"中小企业{punct}数字化"
    assert to_halfwidth_alnum(text) == text
    assert normalize_text(text) == text


def test_mixed_sentence_keeps_punctuation_but_folds_alnum() -> None:
    got = normalize_text("企业营业收入不超过５０００万元，从业人员不超过３００人？")
    assert got == "企业营业收入不超过5000万元，从业人员不超过300人？"


def test_crlf_and_cr_become_lf() -> None:
    assert normalize_text("第一行\r\n第二行\r第三行") == "第一行\n第二行\n第三行"


def test_spaces_tabs_nbsp_and_ideographic_spaces_are_squeezed() -> None:
    assert normalize_text("数字  经济\t\t发展\u00a0\u00a0规划\u3000\u3000全文") == "数字 经济 发展 规划 全文"


def test_lines_are_stripped_and_blank_runs_capped_at_one_empty_line() -> None:
    text = "  标题  \n\n\n\n\n  正文第一段。 \n\n\n第二段。\n\n"
    assert normalize_text(text) == "标题\n\n正文第一段。\n\n第二段。"


def test_zero_width_characters_are_removed() -> None:
    text = "\ufeff数\u200b字\u200c经\u200d济\u2060"
    assert normalize_text(text) == "数字经济"


def test_traditional_to_simplified_only_when_asked() -> None:
    assert normalize_text("數字經濟", traditional_to_simplified=True) == "数字经济"
    assert normalize_text("數字經濟") == "數字經濟"
    assert normalize_text("促進中小企業發展條例", traditional_to_simplified=True) == "促进中小企业发展条例"


def test_simplified_text_is_unchanged_by_t2s() -> None:
    text = "中华人民共和国中小企业促进法"
    assert normalize_text(text, traditional_to_simplified=True) == text


def test_normalize_is_idempotent() -> None:
    text = "第１条\r\n\r\n\r\n　　为了促进中小企业发展，制定本法。\u200b"
    once = normalize_text(text)
    assert normalize_text(once) == once


@pytest.mark.parametrize("typed, meant", [("想借点代款", "想借点贷款"), ("小规模起正点多少", "小规模起征点多少"), ("国家直接打600w到公司帐上", "国家直接打600w到公司账上"),
                                          ("对帐单", "对账单"), ("专精特心认定", "专精特新认定"), ("帐篷", "帐篷"),
                                          ("营业执照", "营业执照"), ("这算小微企叶不", "这算小微企业不"),
                                          ("起蒸点要提到十五万", "起征点要提到十五万")])
def test_common_typing_slips_are_mended(typed, meant):
    assert fix_slips(typed) == meant


@pytest.mark.parametrize("typed, meant", [("网上卖咗几多钱", "网上卖了多少钱"), ("有冇专门嘅补贴", "有没有专门的补贴"),
                                          ("登记证好久办得下来嘛？要啥子材料", "登记证多久办得下来嘛？要什么材料"),
                                          ("销量升咗几多个巴仙", "销量升了多少个百分点"), ("这个补贴申请得到伐？", "这个补贴申请得到吗？"),
                                          ("那个工厂搁哪个城市", "那个工厂在哪个城市")])
def test_dialect_asking_words_are_read_as_mandarin(typed, meant):
    assert to_mandarin(typed) == meant


def test_cantonese_is_after_simplification_still_read():
    assert to_mandarin(to_simplified("係唔係要交稅")) == "是不是要交税"


@pytest.mark.parametrize("text", ["等了好久才批下来", "好久没去过了", "劳动仲裁怎么申请", "系统能不能用"])
def test_mandarin_words_holding_dialect_characters_are_kept(text):
    assert to_mandarin(text) == text


def test_cantonese_and_sichuanese_how_long():
    assert to_mandarin("最多贴几耐？") == "最多贴多久？"
    assert to_mandarin("测出来的等级，有效期是好久？") == "测出来的等级，有效期是多久？"
    assert to_mandarin("等了好久都没批") == "等了好久都没批"


def test_a_homophone_slip_for_a_sole_trader_is_read_as_meant():
    assert fix_slips("个题户经营所得的个税减半") == "个体户经营所得的个税减半"


def test_the_pinyin_slip_for_huaxing_is_read_as_meant():
    assert fix_slips("营收150万，画型的话算哪一档") == "营收150万，划型的话算哪一档"
