"""Questions about when policies end: the window asked about and the policies whose records end in it."""

from __future__ import annotations

from datetime import date

import pytest

from advisor.expiry import cited_name, ending_in, ending_line, expiry_window
from corpus.records import Policy, shipped_knowledge_base

TODAY = date(2026, 11, 27)


@pytest.mark.parametrize("question, start, end, past", [
    ("哪些政策明年到期", date(2027, 1, 1), date(2027, 12, 31), False),
    ("有哪些政策快到期了", TODAY, date(2027, 5, 26), False),
    ("今年年底有什么优惠政策到期", TODAY, date(2026, 12, 31), False),
    ("2030年有什么政策到期", date(2030, 1, 1), date(2030, 12, 31), False),
    ("哪些政策已经失效了", date.min, date(2026, 11, 26), True)])
def test_the_window_a_question_asks_about(question, start, end, past):
    w = expiry_window(question, TODAY)
    assert w is not None and (w.start, w.end, w.past) == (start, end, past)


@pytest.mark.parametrize("question", ["保洁公司人员流动大，谁的合同快到期都不知道", "小微企业所得税怎么优惠",
                                      "营业执照到期了怎么办",
                                      # what follows one policy's end, not which end
                                      "小微企业所得税那个实际5%的优惠2027年底到期以后，还会不会继续延长？",
                                      "小型微利企业所得税那个优惠到2027年底就结束了，2028年以后还会不会继续延？",
                                      "小型微利企业所得税那个优惠到2027年底就结束了，2028年以后还会接着延续吗？",
                                      # an end the asker states, not asks about
                                      "小巨人新一轮奖补到2026年底就结束了，2027年还会不会再出一轮？",
                                      # when one policy ends, whatever year the asker plans for
                                      "我们在做明年的预算衔接，需要确认这个奖补政策什么时候到期",
                                      # one policy's end year asked, not which end by the year's end
                                      "六税两费减半俺们个体户能享受不？这政策到哪年底结束啊"])
def test_not_a_question_about_policies_ending(question):
    assert expiry_window(question, TODAY) is None


def _policy(pid, **kw) -> Policy:
    return Policy(id=pid, title=f"政策{pid}", issuer=["某部"], source={"name": "x"}, status=kw.pop("status", "有效"),
                  as_of="2026-11-26", **kw)


def test_policies_ending_in_the_window_soonest_first():
    pols = [_policy("a", expires="2027-12-31"), _policy("b", expires="2027-03-01"), _policy("c"),
            _policy("d", expires="2025-12-31", status="unknown"), _policy("e", status="失效")]
    assert [p.id for p in ending_in(pols, expiry_window("哪些政策明年到期", TODAY), TODAY)] == ["b", "a"]
    assert {p.id for p in ending_in(pols, expiry_window("哪些政策已经失效了", TODAY), TODAY)} == {"d", "e"}
    assert ending_in(pols, expiry_window("2030年有什么政策到期", TODAY), TODAY) == []


def test_two_versions_of_a_law_are_told_apart_by_their_numbers():
    kb = shipped_knowledge_base()
    names = {p.id: cited_name(p) for p in kb.policies}
    line = ending_line(kb.policy("pol-kuanxiang-2020"), names)
    assert line.startswith("《保障中小企业款项支付条例》（中华人民共和国国务院令第728号）已失效")
    assert "（中华人民共和国国务院令第802号）取代" in line
    assert cited_name(_policy("x", issued="2021-12")) == "《政策x》（2021年12月发布）"
