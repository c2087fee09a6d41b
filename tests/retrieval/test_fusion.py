"""Rank fusion by hand: RRF, weighted sums, the graph boost and the final ordering."""

from __future__ import annotations

import pytest

from retrieval.fusion import apply_boost, ranked, rrf, weighted_sum


def test_rrf_two_lists_by_hand() -> None:
    fused = rrf({"dense": [1, 2, 3], "bm25": [3, 1]}, k=60)
    assert fused.keys() == {1, 2, 3}
    assert fused[1] == pytest.approx(1 / 61 + 1 / 62)
    assert fused[2] == pytest.approx(1 / 62)
    assert fused[3] == pytest.approx(1 / 63 + 1 / 61)
    assert [d for d, _ in ranked(fused, 3)] == [1, 3, 2]


def test_rrf_small_k_changes_the_order() -> None:
    fused = rrf({"dense": [1, 2, 3], "bm25": [3, 1]}, k=1)
    assert fused[1] == pytest.approx(1 / 2 + 1 / 3)
    assert fused[3] == pytest.approx(1 / 4 + 1 / 2)
    assert [d for d, _ in ranked(fused, 3)] == [1, 3, 2]
    fused = rrf({"dense": [1, 2, 3], "bm25": [3, 2]}, k=1)
    assert [d for d, _ in ranked(fused, 3)] == [3, 2, 1]  # 3/4 and 2/3 beat 1/2


def test_rrf_weights() -> None:
    fused = rrf({"dense": [1, 2], "bm25": [2, 1]}, weights={"dense": 2.0, "bm25": 0.5}, k=60)
    assert fused[1] == pytest.approx(2.0 / 61 + 0.5 / 62)
    assert fused[2] == pytest.approx(2.0 / 62 + 0.5 / 61)
    assert fused[1] > fused[2]
    # A list without a weight counts with weight 1.
    partial = rrf({"dense": [1, 2], "bm25": [2, 1]}, weights={"dense": 3.0}, k=60)
    assert partial[2] == pytest.approx(3.0 / 62 + 1 / 61)


def test_rrf_zero_weight_ignores_a_list() -> None:
    fused = rrf({"dense": [1, 2], "bm25": [9, 2]}, weights={"bm25": 0.0}, k=60)
    assert fused == rrf({"dense": [1, 2]}, k=60)
    assert 9 not in fused
    assert rrf({}, k=60) == {}


def test_weighted_sum_min_max_normalises() -> None:
    fused = weighted_sum(
        {"dense": {1: 0.2, 2: 0.6, 3: 1.0}, "bm25": {1: 10.0, 4: 5.0}},
        {"dense": 0.5, "bm25": 0.5},
    )
    assert fused == pytest.approx({1: 0.0 + 0.5, 2: 0.25, 3: 0.5, 4: 0.0})
    # Scale does not matter after normalisation.
    scaled = weighted_sum({"dense": {1: 2.0, 2: 6.0, 3: 10.0}, "bm25": {1: 1000.0, 4: 500.0}},
                          {"dense": 0.5, "bm25": 0.5})
    assert scaled == pytest.approx(fused)


def test_weighted_sum_weights_and_degenerate_lists() -> None:
    fused = weighted_sum({"a": {1: 0.0, 2: 1.0}, "b": {1: 3.0, 2: 1.0}, "empty": {}}, {"a": 3.0})
    assert fused == pytest.approx({1: 1.0, 2: 3.0})  # "b" has weight 1 by default, "empty" adds nothing
    assert weighted_sum({"a": {5: 0.7, 6: 0.7}}, {"a": 1.0}) == {5: 0.0, 6: 0.0}  # flat scores: no span


def test_apply_boost_only_existing_candidates() -> None:
    fused = {1: 0.03, 2: 0.02}
    out = apply_boost(fused, {2: 1.0, 99: 1.0}, weight=0.5)
    assert out == pytest.approx({1: 0.03, 2: 0.52})
    assert 99 not in out
    assert fused == {1: 0.03, 2: 0.02}  # the input is not modified
    assert apply_boost(fused, {2: 0.5}, weight=0.1)[2] == pytest.approx(0.07)


def test_apply_boost_zero_weight_or_no_boosts_is_a_copy() -> None:
    fused = {1: 0.03, 2: 0.02}
    for out in (apply_boost(fused, {2: 1.0}, 0.0), apply_boost(fused, {}, 1.0)):
        assert out == fused and out is not fused


def test_ranked_ties_break_by_id() -> None:
    scores = {7: 0.5, 3: 0.5, 9: 0.9, 1: 0.1, 5: 0.5}
    assert ranked(scores, 10) == [(9, 0.9), (3, 0.5), (5, 0.5), (7, 0.5), (1, 0.1)]
    assert ranked(dict(reversed(scores.items())), 10) == ranked(scores, 10)  # insertion order is irrelevant
    assert ranked(scores, 2) == [(9, 0.9), (3, 0.5)]
    assert ranked({}, 3) == []
