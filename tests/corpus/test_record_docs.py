"""Record documents: the size-standard table in the 划型 policy (every industry and band, named in each sentence)
and a case's figures as whole sentences."""

from __future__ import annotations

import re

import pytest

from corpus.record_docs import figure_sentence, record_documents, size_table_text
from corpus.records import shipped_knowledge_base


@pytest.fixture(scope="module")
def kb():
    return shipped_knowledge_base()


@pytest.fixture(scope="module")
def table(kb) -> str:
    return size_table_text(kb.size_standard)


def test_every_industry_has_a_line_with_all_four_bands(kb, table):
    for row in kb.size_standard["industries"]:
        line = next(x for x in table.splitlines() if x.startswith(row["name"]))
        name = row.get("short") or row["name"]
        assert "的为中小微型企业" in line
        for size in ("中型", "小型", "微型"):
            assert f"{name}{size}企业：" in line, (row["name"], size)


def test_numbers_come_from_the_thresholds(kb, table):
    retail = next(x for x in table.splitlines() if x.startswith("零售业"))
    t = next(r for r in kb.size_standard["industries"] if r["name"] == "零售业")["thresholds"]
    assert f"零售业微型企业：从业人员{t['小型']['employees']}人以下或营业收入{t['小型']['revenue']}万元以下。" in retail
    assert f"零售业中型企业：从业人员{t['中型']['employees']}人及以上且营业收入{t['中型']['revenue']}万元及以上。" in retail
    assert "营业收入20000万元（2亿元）以下" in retail  # 亿 alongside 万元 for large amounts


def test_each_sentence_names_its_industry(kb, table):
    # a quoted sentence must still say which industry its numbers are for
    names = tuple((r.get("short") or r["name"]) for r in kb.size_standard["industries"])
    for line in table.splitlines():
        if "企业：" not in line:
            continue
        for sentence in re.findall(r"[^。]+。", line)[1:]:
            assert sentence.startswith(names), sentence


def test_folded_yaml_leaves_no_space_inside_chinese(table):
    assert not re.search(r"[\u4e00-\u9fff，、；：] [\u4e00-\u9fff]", table)
    assert "GB/T 4754-2017" in table  # spaces between Latin words stay


def test_table_is_part_of_the_size_policy_only(kb):
    docs = {d.doc_id: d for d in record_documents(kb)}
    std = kb.size_standard["standard"]["doc_number"]
    owner = [d for d in docs.values() if "## 各行业划型标准" in d.text]
    assert len(owner) == 1 and owner[0].meta.doc_number == std


def test_empty_standard_renders_nothing():
    assert size_table_text({}) == ""


def test_a_case_figure_is_a_sentence_saying_what_it_counts():
    fig = {"value": 470, "unit": "家", "year": 2022, "what": "东石镇制伞企业数"}
    assert figure_sentence(fig) == "2022年，东石镇制伞企业数为470家。"
    assert figure_sentence({"value": 15.2, "unit": "万吨", "what": "灵山县荔枝年产量"}) == "灵山县荔枝年产量为15.2万吨。"


def test_every_case_figure_is_in_its_document(kb):
    docs = {d.doc_id: d.text for d in record_documents(kb)}
    figures = [(c.id, f) for c in kb.cases for f in c.figures]
    assert figures  # the shipped cases carry figures
    for case_id, fig in figures:
        assert figure_sentence(fig) in docs[case_id], case_id
