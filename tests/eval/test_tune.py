"""Refusal calibration on synthetic evidence: the constraint on off-topic refusal, then most answered."""

from __future__ import annotations

from advisor.service import Evidence
from eval.tune import MIN_REFUSED, Signals, calibrate

GRID = (0.88, 0.90, 0.92)


def row(answerable: bool, sentence: float, bm25: float = 0.0, graph: float = 0.0, topic: float = 0.0,
        covered: bool = True, gap: bool = False, named: float = 0.0, term: bool = False,
        unstated: bool = False) -> tuple[bool, Signals]:
    return answerable, Signals(Evidence(sentence, bm25, graph, named), gap, topic, covered, term, False, unstated)


def test_most_answered_among_settings_that_refuse_enough():
    rows = [row(True, 0.93)] * 8 + [row(True, 0.91)] * 2 + [row(False, 0.89)] * 19 + [row(False, 0.91)]
    best = calibrate(rows, GRID)
    # 0.90 answers all ten and lets one trap of twenty through: 95% refused is enough
    assert (best["min_sentence"], best["answered"], best["refused_offtopic"]) == (0.90, 1.0, 0.95)


def test_off_topic_refusal_is_a_hard_constraint():
    rows = [row(True, 0.93)] * 8 + [row(True, 0.91)] * 2 + [row(False, 0.89)] * 18 + [row(False, 0.91)] * 2
    best = calibrate(rows, GRID)
    # letting two traps of twenty through (90%) is not allowed, even for two more answered questions
    assert best["refused_offtopic"] >= MIN_REFUSED and best["answered"] == 0.8


def test_keywords_lower_the_bar_only_where_they_separate():
    rows = [row(True, 0.91, bm25=12.0)] * 10 + [row(False, 0.91, bm25=2.0)] * 20
    best = calibrate(rows, GRID)
    assert best["answered"] == 1.0 and best["refused_offtopic"] == 1.0
    assert best["min_sentence"] > 0.91 and best["min_bm25"] <= 12.0


def test_the_topic_rule_is_used_when_it_separates():
    # traps as close to their evidence as real questions, but nearer to an uncovered topic
    rows = [row(True, 0.93, topic=0.85, covered=False)] * 10 + [row(False, 0.93, topic=0.95, covered=False)] * 20
    best = calibrate(rows, GRID)
    assert best["answered"] == 1.0 and best["refused_offtopic"] == 1.0
    assert best["min_topic"] < 2.0


def test_scope_gaps_refuse_whatever_the_thresholds():
    rows = [row(True, 0.95)] * 5 + [row(False, 0.95, gap=True)] * 20
    assert calibrate(rows, GRID)["refused_offtopic"] == 1.0


def test_a_topic_term_named_in_the_question_lifts_the_margin():
    # the trap names a topic's term and sits nearer its evidence than the topic: without the term it is answered
    rows = [row(True, 0.93)] * 10 + [row(False, 0.80)] * 19
    trap = dict(sentence=0.93, topic=0.90, covered=False)
    assert calibrate(rows + [row(False, **trap)], GRID)["refused_offtopic"] == 0.95
    assert calibrate(rows + [row(False, **trap, term=True)], GRID)["refused_offtopic"] == 1.0


def test_a_question_whose_asked_detail_no_record_states_counts_as_refused():
    # "收银机多少钱": as near its evidence as real questions, refused by the answer itself, not by a threshold
    rows = [row(True, 0.93)] * 10 + [row(False, 0.80)] * 18 + [row(False, 0.93, unstated=True)] * 2
    best = calibrate(rows, GRID)
    assert best["answered"] == 1.0 and best["refused_offtopic"] == 1.0
