import pytest

from advisor.support_list import asks_support_list, giving
from corpus.records import shipped_knowledge_base
from kg.gazetteer import shipped_gazetteer


@pytest.mark.parametrize("question, kinds", [
    ("现在还有效的税收优惠有哪些", {"税费减免"}),
    ("融资方面的政策有哪些", {"融资信贷"}),
    ("有哪些贷款贴息政策", {"融资信贷"}),
    ("小微企业有哪些税收优惠", {"税费减免"}),
    ("帮企业解决贷款难，库里能引用的政策依据有哪些", {"融资信贷"}),  # a staff member's framing
    # about something more than the kind of support: left to the passages
    ("数字化转型有哪些补贴", set()),
    ("我开奶茶店有哪些补贴", set()),
    ("有哪些税收优惠可以抵扣社保", set()),
    ("贷款难怎么办", set()),  # not asking for a list
])
def test_a_list_of_one_kind_of_support_is_asked_only_when_nothing_else_is(question, kinds):
    assert asks_support_list(question, shipped_gazetteer().supports) == frozenset(kinds)


def test_only_current_policies_of_the_kind_are_listed_national_and_dedicated_first():
    kb = shipped_knowledge_base()
    current = {p.id for p in kb.policies if p.status != "失效" and not p.superseded_by}
    found = giving(kb.policies, frozenset({"融资信贷"}), current)
    assert found and all("融资信贷" in p.support and p.id in current for p in found)
    assert {p.id for p in kb.policies if "融资信贷" in p.support and p.id in current} == {p.id for p in found}
    national = [("全国" in p.eligibility.regions) for p in found]
    assert national == sorted(national, reverse=True)  # every national one before any local one
    assert found[0].id == "pol-xiaowei-rongzi-2024"  # financing is all it gives
    assert not giving(kb.policies, frozenset({"融资信贷"}), set())
