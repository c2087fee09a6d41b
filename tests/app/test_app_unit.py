"""Unit tests of app.py without a browser and without building an index.

The rendering helpers are pure functions; the handlers that need the process-wide advisor get a small
stand-in injected into ``app._state`` (restored after each test), so nothing here loads the model.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF

import app
from advisor.answer import Citation
from advisor.profile import EnterpriseProfile, extract_profile
from advisor.service import Advice
from kg.namespaces import SME
from kg.store import MemoryGraphStore

ROOT = Path(__file__).resolve().parents[2]


def citation(n: int = 1, **kw) -> Citation:
    base = dict(n=n, doc_id=f"d{n}", title="保障中小企业款项支付条例", source="国务院令第802号", heading="怎么办",
                text="机关、事业单位和大型企业应当及时支付款项。", score=0.9, doc_number="国务院令第802号")
    base.update(kw)
    return Citation(**base)


def advice(confident: bool, citations=(), **kw) -> Advice:
    return Advice(question="问", profile=EnterpriseProfile(), answer="答", confident=confident,
                  citations=list(citations), **kw)


def policy(**kw) -> dict:
    base = dict(title="某政策", doc_number="", issuer="工业和信息化部", status="有效", support=["资金奖补"],
                matched=["全国适用"], unmet=["需满足：企业规模为中型、小型、微型"], amounts=[], source="https://example.org/p")
    base.update(kw)
    return base


# ---- markers and citations --------------------------------------------------------------------------

def test_markdown_markers_link_to_their_citation():
    out = app.markdown_markers("第一点。[1]\n第二点。[2] 又见[1]", 2)
    assert out.count("[\\[1\\]](#cite-1)") == 2
    assert "[\\[2\\]](#cite-2)" in out
    assert "  \n" in out  # a line break survives Markdown rendering


def test_markdown_markers_leave_unknown_numbers_alone():
    out = app.markdown_markers("见[1]和[3]，还有[10]。", 1)
    assert "(#cite-1)" in out
    assert "(#cite-3)" not in out and "[3]" in out
    assert "[10]" in out and "(#cite-10)" not in out


def test_render_citations_escape_html():
    html = app.render_citations([citation(title="<script>alert(1)</script>", text="a<b>&c", heading="<i>h</i>",
                                          source='x" onmouseover="y', doc_number="")])
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "a&lt;b&gt;&amp;c" in html and "&lt;i&gt;h&lt;/i&gt;" in html
    assert 'onmouseover="' not in html
    assert html.count("<details") == 1 and 'id="cite-1"' in html


def test_render_citations_mark_the_quoted_sentence_escaped():
    text = "第一句<b>。企业可以申请补贴&奖励。最后一句。"
    html = app.render_citations([citation(text=text, quote="企业可以申请补贴&奖励。")])
    assert "第一句&lt;b&gt;。<mark>企业可以申请补贴&amp;奖励。</mark>最后一句。" in html
    # a quote that is not in the passage marks nothing
    assert "<mark>" not in app.render_citations([citation(text=text, quote="别处的话。")])


def test_render_citations_numbers_and_empty():
    html = app.render_citations([citation(1), citation(2, doc_number="", heading="")])
    assert 'id="cite-1"' in html and 'id="cite-2"' in html
    assert "（国务院令第802号）" in html and "· 怎么办" in html
    assert app.render_citations([]) == ""


# ---- cards ---------------------------------------------------------------------------------------

def test_render_cards_warns_when_not_confident():
    html = app.render_cards(advice(False, policies=[policy()]))
    assert "没有找到可靠依据" in html and "warn" in html
    assert "policy-card" not in html  # nothing is recommended without evidence
    declined = app.render_cards(advice(False, citations=[citation(1)]))
    assert "没有写明您问的全部内容" in declined and "仅供查阅" in declined and "warn" in declined


def test_render_cards_policy_saas_case_and_escaping():
    html = app.render_cards(advice(True, policies=[policy(title="<b>补贴</b>", amounts=["最高 50 万元"]),
                                                   policy(title="本地条例", source="shared/policies 官方文本")],
                                   saas=[{"name": "进销存", "why": "能解决库存", "example_case": "某餐馆"}],
                                   cases=[{"title": "某案例", "why": "同行业", "what_they_did": "上云", "outcome": "省时"}]))
    assert html.count('class="card policy-card"') == 2
    assert "&lt;b&gt;补贴&lt;/b&gt;" in html and "<b>补贴</b>" not in html
    assert "无文号" in html and "金额：最高 50 万元" in html
    assert '<a href="https://example.org/p" target="_blank">来源</a>' in html
    assert "来源：shared/policies 官方文本" in html  # a non-URL source is text, not a link
    assert "saas-card" in html and "case-card" in html and "做法：上云" in html


def test_size_text():
    assert app.size_text(EnterpriseProfile(size="中型", size_rule="零售业：…故为中型。")).startswith("**划型结果：中型**")
    assert "暂无法确定" in app.size_text(EnterpriseProfile(size_rule="无法确定划型行业“F”"))
    assert "填写行业" in app.size_text(EnterpriseProfile())


# ---- the profile panel --------------------------------------------------------------------------

def test_explicit_profile_treats_empty_number_boxes_as_unknown():
    """Gradio sends an empty Number box as 0: that must not become '0 employees, 0 revenue' (→ 微型)."""
    prof = app._explicit_profile(None, None, None, 0, 0, 0, [], None)
    assert (prof.region, prof.industry, prof.employees, prof.revenue_wan, prof.assets_wan) == (None,) * 5
    prof = app._explicit_profile("浙江省", "杭州市", "F 批发和零售业", 50.0, 3000, None, ["获客"], "起步探索")
    assert (prof.region, prof.industry, prof.employees, prof.revenue_wan) == ("杭州市", "F", 50, 3000.0)
    assert prof.needs == ["获客"] and prof.stage == "起步探索"


def test_profile_of_retail_phrase_has_size_group():
    """'做零售的' must pick the 零售业 row: industry F alone is ambiguous (批发业/零售业) for 划型."""
    from kg.extract import shipped_extractor

    prof = extract_profile("我们是做零售的，50个人，一年营收3000万", shipped_extractor())
    assert prof.industry == "F" and prof.employees == 50 and prof.revenue_wan == 3000
    assert prof.size_group == "零售业"


# ---- handlers with a stand-in advisor -------------------------------------------------------------

@pytest.fixture
def fake_advisor(monkeypatch):
    g = MemoryGraphStore().graph
    p = URIRef("https://w3id.org/sme-advisor/id/policy/p1")
    g.add((p, RDF.type, SME.Policy))
    g.add((p, DCTERMS.title, Literal("测试政策", lang="zh")))
    fake = SimpleNamespace(store=MemoryGraphStore(g))
    monkeypatch.setitem(app._state, "advisor", fake)
    return fake


def test_run_sparql_refuses_updates_with_a_message(fake_advisor):
    df, status = app.run_sparql("DELETE WHERE {?s ?p ?o}")
    assert df.empty
    assert "只允许只读查询" in status and "DELETE" in status
    assert len(fake_advisor.store) == 2  # nothing was deleted


def test_run_sparql_select_and_syntax_error(fake_advisor):
    df, status = app.run_sparql("SELECT ?title WHERE { ?p a sme:Policy ; dcterms:title ?title }")
    assert status == "1 行" and list(df["title"]) == ["测试政策"]
    df, status = app.run_sparql("SELECT ?x WHERE { ?x")
    assert df.empty and "SPARQL" in status


def test_ask_shows_a_friendly_message_when_the_advisor_fails(monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("index exploded")

    monkeypatch.setitem(app._state, "advisor", SimpleNamespace(profile_for=boom))
    out = app.ask("有什么补贴？", [], None, None, None, 0, 0, 0, [], None, {})
    history = out[0]
    assert history[-1] == {"role": "assistant", "content": app.FRIENDLY_ERROR}
    assert "index exploded" not in json.dumps(out, ensure_ascii=False, default=str)


def test_ask_empty_question_needs_no_advisor(monkeypatch):
    monkeypatch.setattr(app, "advisor", lambda: pytest.fail("the advisor must not be loaded for an empty question"))
    out = app.ask("   ", [], None, None, None, 0, 0, 0, [], None, {})
    assert out[0] == [] and out[3] == "请输入问题。"


def test_small_handlers_without_input():
    assert "请选择" in app.graph_view("")
    assert app.upload([]) == "请先选择文件。"


# ---- import cost ---------------------------------------------------------------------------------

def test_import_app_does_no_heavy_work(tmp_path):
    """Importing app loads no model, builds no index and writes nothing to the cache folder."""
    cache = tmp_path / "cache"
    config = tmp_path / "config.toml"
    config.write_text("", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SME_ADVISOR_")}
    env.update(SME_ADVISOR_CACHE=str(cache), SME_ADVISOR_CONFIG=str(config), GRADIO_ANALYTICS_ENABLED="False")
    code = ("import json, sys, time; t = time.perf_counter(); import app; "
            "print(json.dumps({'seconds': time.perf_counter() - t, 'state': sorted(app._state), "
            "'heavy': sorted(m for m in ('torch', 'sentence_transformers', 'faiss') if m in sys.modules)}))")
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    wall = time.perf_counter() - t0
    assert proc.returncode == 0, proc.stderr[-2000:]
    info = json.loads(proc.stdout.strip().splitlines()[-1])
    print(f"\n[import app] {info['seconds']:.1f}s import, {wall:.1f}s with interpreter start; heavy={info['heavy']}")
    # (no time bound here: shared machines are noisy; the start time is in the benchmark report)
    assert info["state"] == []  # no settings, no advisor
    assert info["heavy"] == []  # no model stack imported
    assert not cache.exists() or not any(cache.iterdir()), sorted(p.name for p in cache.rglob("*"))


def test_uncovered_topics_are_listed_with_where_to_ask():
    text = app.uncovered_topics_markdown()
    assert "劳动用工" in text and "12333" in text
    assert text.count("\n- **") >= 20  # one line per shipped topic


def test_coverage_view_lists_policies_past_their_end_date(monkeypatch):
    import advisor.config
    import advisor.indexing
    import corpus.records

    kb = corpus.records.shipped_knowledge_base()
    store = MemoryGraphStore(advisor.indexing.records_graph(advisor.config.Settings(), kb)[0])
    monkeypatch.setitem(app._state, "advisor", SimpleNamespace(store=store))
    _, _, expiry = app.coverage_view("", "")
    lapsed = expiry.split("已过有效期")[1]
    assert "“十四五”促进中小企业发展规划：2025-12-31 已到期" in lapsed


def test_the_city_box_shows_a_city_of_its_province_only():
    from app import panel_city
    from kg.counties import county_table

    assert panel_city("杭州市", "浙江省", None) == "杭州市"
    assert panel_city("浙江省", "浙江省", "宁波市") == "宁波市"  # a province read keeps the city chosen
    assert panel_city("北京市", "北京市", None) is None  # a 直辖市 lists no cities
    if county_table() is not None:
        assert panel_city("永嘉县", "浙江省", None) == "温州市"  # a county shows its city, a choice of the box
    assert panel_city("火星", "浙江省", "上海市") is None  # never a value outside the box's choices
