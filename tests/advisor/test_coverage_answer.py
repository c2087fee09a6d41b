"""Coverage questions in the chat: detected by their wording, answered from each policy's reach in the graph."""

from __future__ import annotations

from datetime import date

import pytest

import advisor.config
import advisor.indexing
import corpus.records
from advisor.coverage_answer import asks_coverage, coverage_points
from kg.coverage import coverage
from kg.store import MemoryGraphStore


@pytest.mark.parametrize("question, asks", [
    ("哪些行业没有专门的扶持政策", True), ("现在政策覆盖有哪些空白", True), ("哪些省份的补贴政策还缺", True),
    ("我在杭州开了家奶茶店，有什么补贴", False), ("哪些行业适合用小程序", False),
    # coverage as the asker's task, not the question
    ("我在梳理本市数字化转型政策的覆盖情况，请问第三批试点大约选多少个城市？", False)])
def test_a_coverage_question(question, asks):
    assert asks_coverage(question) is asks


def test_points_rest_on_the_records_eligibility():
    kb = corpus.records.shipped_knowledge_base()
    report = coverage(MemoryGraphStore(advisor.indexing.records_graph(advisor.config.Settings(), kb)[0]),
                      today=date(2026, 11, 27))
    points, grounds = coverage_points(report)
    current = [p for p in kb.policies if p.status != "失效" and not p.superseded_by
               and not corpus.records.has_lapsed(p.expires, date(2026, 11, 27))]
    narrow = {p.id for p in current if "all" not in p.eligibility.industries}
    local = {p.id for p in current if p.eligibility.regions != ["全国"]}
    assert points[0].startswith(f"不限行业的现行政策有 {len(current) - len(narrow)} 项")
    assert set(grounds[1]) == narrow and set(grounds[2]) == local
    assert "北京市（2 项）" in points[2] and "其余 31 个省份只有全国性政策" in points[2]
