"""How a place's formal name is said in passing."""

from __future__ import annotations

import pytest

from corpus.records import shipped_knowledge_base
from kg.gazetteer import place_stem


@pytest.mark.parametrize("name, stem", [("广西壮族自治区", "广西"), ("杭州市", "杭州"), ("大理白族自治州", "大理"),
                                        ("黔东南苗族侗族自治州", "黔东南"), ("伊犁哈萨克自治州", "伊犁")])
def test_a_place_is_said_without_its_administrative_suffix(name, stem):
    assert place_stem(name) == stem


def test_every_autonomous_prefecture_stems_to_its_shipped_short_name():
    regions = shipped_knowledge_base().regions
    prefectures = [(c["name"], c["short"]) for p in regions["provinces"] for c in p.get("cities", [])
                   if c["name"].endswith("自治州")]
    assert len(prefectures) == 30
    assert [name for name, short in prefectures if place_stem(name) != short] == []
