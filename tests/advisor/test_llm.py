"""Optional LLM answers: only sentences supported by their cited passages survive; any failure → None."""

from __future__ import annotations

import time

import pytest

from advisor.answer import Citation
from advisor.config import Settings
from advisor.llm import filter_supported, llm_answer, supported

TAX = ("对小型微利企业减按25%计算应纳税所得额，按20%的税率缴纳企业所得税。"
       "该政策执行至2027年12月31日。")
SUPPORTED = "对小型微利企业减按25%计算应纳税所得额，按20%的税率缴纳企业所得税[1]。"
INVENTED = "补贴金额为500万元[1]。"
CITATIONS = [
    Citation(1, "pol-tax-xiaowei-2023-12", "关于进一步支持小微企业和个体工商户发展有关税费政策的公告", "财政部",
             "一、企业所得税", TAX, 0.91, "财政部 税务总局公告2023年第12号", "政策", "有效"),
    Citation(2, "case-fucha-tea-blockchain", "福茶网用区块链给茶叶做溯源", "论文", "做法",
             "把茶叶从产地到销售的关键信息记到区块链上，买家扫码就能查来源。", 0.88, "", "案例", ""),
]


def settings_for(server, **kw) -> Settings:
    return Settings(llm_base_url=server.base_url, llm_model="test-model", llm_timeout=kw.pop("llm_timeout", 0.5), **kw)


def test_llm_answer_keeps_supported_and_drops_invented(llm_server):
    llm_server.reply = SUPPORTED + INVENTED
    out = llm_answer(settings_for(llm_server), "小微企业所得税怎么算", CITATIONS)
    assert out == SUPPORTED
    assert "500万元" not in out


def test_llm_request_is_grounded_in_the_citations(llm_server):
    llm_server.reply = SUPPORTED
    llm_answer(settings_for(llm_server, llm_api_key="sk-test"), "小微企业所得税怎么算", CITATIONS)
    assert len(llm_server.requests) == 1
    req = llm_server.requests[0]
    assert req["path"] == "/v1/chat/completions"
    assert req["headers"].get("Authorization") == "Bearer sk-test"
    body = req["body"]
    assert body["model"] == "test-model"
    system, user = body["messages"]
    assert system["role"] == "system" and "编号" in system["content"]
    assert user["role"] == "user"
    assert "小微企业所得税怎么算" in user["content"]
    for c in CITATIONS:
        assert f"[{c.n}]" in user["content"] and c.text in user["content"]


def test_no_auth_header_without_key_and_trailing_slash_in_url(llm_server):
    llm_server.reply = SUPPORTED
    s = Settings(llm_base_url=llm_server.base_url + "/", llm_model="m", llm_timeout=0.5)
    assert llm_answer(s, "q", CITATIONS) == SUPPORTED
    req = llm_server.requests[0]
    assert req["path"] == "/v1/chat/completions"
    assert "Authorization" not in req["headers"]


def test_server_error_falls_back(llm_server):
    llm_server.mode = "error"
    assert llm_answer(settings_for(llm_server), "小微企业所得税怎么算", CITATIONS) is None
    assert len(llm_server.requests) == 1


def test_timeout_falls_back_quickly(llm_server):
    llm_server.mode, llm_server.delay = "sleep", 2.0
    t0 = time.perf_counter()
    assert llm_answer(settings_for(llm_server, llm_timeout=0.5), "小微企业所得税怎么算", CITATIONS) is None
    assert time.perf_counter() - t0 < 1.8, "llm_timeout was not honoured"


def test_malformed_response_falls_back(llm_server):
    llm_server.mode = "garbage"
    assert llm_answer(settings_for(llm_server), "q", CITATIONS) is None


def test_unreachable_server_falls_back():
    s = Settings(llm_base_url="http://127.0.0.1:9/v1", llm_model="m", llm_timeout=0.5)
    assert llm_answer(s, "q", CITATIONS) is None


def test_everything_unsupported_falls_back(llm_server):
    llm_server.reply = INVENTED + "这家公司明年一定能上市。"
    assert llm_answer(settings_for(llm_server), "q", CITATIONS) is None


def test_no_citations_means_no_call(llm_server):
    assert llm_answer(settings_for(llm_server), "q", []) is None
    assert llm_server.requests == []


# ---- filter_supported / supported ----------------------------------------------------------------

def test_filter_drops_sentence_citing_missing_passage():
    copied_but_wrong_marker = SUPPORTED.replace("[1]", "[9]")
    assert filter_supported(copied_but_wrong_marker, CITATIONS) == ""
    assert filter_supported(SUPPORTED + copied_but_wrong_marker, CITATIONS) == SUPPORTED


def test_filter_drops_sentence_with_any_missing_marker():
    assert filter_supported(SUPPORTED.replace("[1]", "[1][9]"), CITATIONS) == ""


def test_filter_drops_sentences_without_markers():
    assert filter_supported(SUPPORTED.replace("[1]", ""), CITATIONS) == ""


def test_filter_drops_sentence_citing_the_wrong_passage():
    assert filter_supported(SUPPORTED.replace("[1]", "[2]"), CITATIONS) == ""


def test_filter_keeps_each_supported_sentence_on_its_own_line():
    tea = "把茶叶从产地到销售的关键信息记到区块链上[2]。"
    out = filter_supported(SUPPORTED + INVENTED + tea, CITATIONS)
    assert out.split("\n") == [SUPPORTED, tea]


def test_supported_requires_bigram_overlap():
    by_n = {c.n: c for c in CITATIONS}
    assert supported(SUPPORTED, by_n)
    assert not supported(INVENTED, by_n)
    assert not supported("[1]", by_n)


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_filter_empty_text(text):
    assert filter_supported(text, CITATIONS) == ""
