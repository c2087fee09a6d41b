"""Ranking metrics against hand-computed values; Chinese EM/F1; percentiles as numpy computes them."""

from __future__ import annotations

import math

import numpy as np
import pytest

from eval.metrics import (
    char_f1,
    dedupe,
    exact_match,
    hit_at,
    mrr_at,
    ndcg_at,
    normalize_answer,
    percentile,
    recall_at,
)

RANKED = ["a", "x", "b", "y", "z"]


def test_dedupe_keeps_first_occurrence_order():
    assert dedupe(["b", "a", "b", "c", "a"]) == ["b", "a", "c"]


def test_recall_and_hit():
    assert recall_at(RANKED, {"a", "b"}, 1) == 0.5
    assert recall_at(RANKED, {"a", "b"}, 3) == 1.0
    assert recall_at(RANKED, set(), 3) == 0.0
    assert hit_at(RANKED, {"b"}, 2) == 0.0 and hit_at(RANKED, {"b"}, 3) == 1.0


def test_mrr_is_the_reciprocal_of_the_first_relevant_rank_within_k():
    assert mrr_at(RANKED, {"b", "z"}) == pytest.approx(1 / 3)
    assert mrr_at(RANKED, {"z"}, k=4) == 0.0


def test_ndcg_binary():
    dcg = 1 / math.log2(2) + 1 / math.log2(4)  # ranks 1 and 3
    ideal = 1 / math.log2(2) + 1 / math.log2(3)
    assert ndcg_at(RANKED, {"a", "b"}) == pytest.approx(dcg / ideal)
    assert ndcg_at(["a", "b"], {"a", "b"}) == pytest.approx(1.0)
    assert ndcg_at(RANKED, {"q"}) == 0.0


def test_chinese_answers_normalise_width_case_and_punctuation():
    assert normalize_answer("１０万元！ ABC") == "10万元abc"
    assert exact_match("按季３０万元。", "按季30万元") == 1.0
    assert char_f1("月销售额10万元", "10万元") == pytest.approx(2 * (4 / 8) * 1.0 / (4 / 8 + 1.0))  # 8 chars, 4 shared
    assert char_f1("甲乙", "丙丁") == 0.0


@pytest.mark.parametrize("q", [0, 25, 50, 95, 100])
def test_percentile_matches_numpy_linear(q):
    values = [5.0, 1.0, 9.0, 3.0, 7.0, 2.0]
    assert percentile(values, q) == pytest.approx(float(np.percentile(values, q)))
    assert percentile([], q) == 0.0
