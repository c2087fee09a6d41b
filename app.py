"""数实通 Gradio app: chat for SME owners, coverage and graph views for government staff, evaluation.

`python app.py` starts it on the shipped corpus (the index is built on first start). Nothing heavy runs
at import time; the advisor is loaded once per process and shared, while each browser session keeps
its own profile and history in gr.State.
"""

from __future__ import annotations

import html
import logging
import os
import tempfile
import threading
from pathlib import Path

import gradio as gr

log = logging.getLogger("sme-advisor.app")
_lock = threading.Lock()
_state: dict[str, object] = {}

EXAMPLES = [
    "我在杭州开了家20人的奶茶店，客人越来越少，想做会员营销，有什么工具和政策？",
    "晋江做鞋的小厂，五十来个工人，原材料采购太贵，同行都怎么做的？",
    "我们是做零售的，50个人，一年营收3000万，算中小企业吗？能享受什么税收优惠？",
    "大客户老拖欠货款，有没有法规能保护我们小企业？",
    "茶叶怎么做溯源，让客户相信是正宗的？",
]
SPARQL_EXAMPLES = {
    "现行政策及文号": "SELECT ?title ?docno ?status WHERE { ?p a sme:Policy ; dcterms:title ?title ; sme:status ?status . OPTIONAL { ?p dcterms:identifier ?docno } } ORDER BY ?title",
    "提供资金奖补的政策": "SELECT ?title WHERE { ?p a sme:Policy ; dcterms:title ?title ; sme:supportType/skos:prefLabel \"资金奖补\"@zh }",
    "用到区块链的案例": "SELECT ?title WHERE { ?c a sme:CaseStudy ; dcterms:title ?title ; sme:usesTechnology/skos:prefLabel \"区块链\"@zh }",
    "已被取代的政策": "SELECT ?old ?new WHERE { ?o dcterms:isReplacedBy ?n . ?o dcterms:title ?old . ?n dcterms:title ?new }",
}
FRIENDLY_ERROR = "抱歉，处理时出了点问题，请换个说法再试；如果一直不行，请联系管理员。"


# ---- shared, lazily loaded state --------------------------------------------------------------------

def settings():
    from advisor.config import load_settings

    if "settings" not in _state:
        _state["settings"] = load_settings()
    return _state["settings"]


def advisor():
    """The process-wide advisor, built on first use (first start builds the shipped index)."""
    with _lock:
        if "advisor" not in _state:
            from advisor.service import Advisor

            _state["advisor"] = Advisor.load(settings())
        return _state["advisor"]


def gazetteer():
    from kg.extract import shipped_extractor

    return shipped_extractor().gazetteer


def provinces() -> list[str]:
    return sorted({p.province for p in gazetteer().places.values()})


def cities(province: str | None) -> list[str]:
    if not province:
        return []
    return sorted(p.name for p in gazetteer().places.values() if p.province == province and p.level == "市")


def panel_city(region: str | None, province: str | None, current: str | None) -> str | None:
    """The city box's value after a question: the region read when it is one of the province's cities; the city of a
    county read ("永嘉县" → 温州市: the box lists cities only, and a value outside its choices would be refused on the
    next turn); else what the box held, if it is still a choice."""
    from kg.counties import shipped_county_names

    choices = cities(province)
    county = shipped_county_names().by_name.get(region or "")
    for candidate in (region, county.city if county else None, current):
        if candidate in choices:
            return candidate
    return None


def industry_choices() -> list[str]:
    return [f"{code} {label}" for code, label in sorted(gazetteer().industry_labels.items())]


def taxonomy_labels(key: str) -> list[str]:
    from corpus.records import shipped_knowledge_base

    return [item["label"] for item in shipped_knowledge_base().taxonomy.get(key, [])]


# ---- rendering ------------------------------------------------------------------------------------

def esc(text: object) -> str:
    return html.escape(str(text or ""))


def markdown_markers(answer: str, n_citations: int) -> str:
    """[n] markers become links to the expandable citation shown below the chat."""
    out = answer.replace("\n", "  \n")
    for n in range(1, n_citations + 1):
        out = out.replace(f"[{n}]", f"[\\[{n}\\]](#cite-{n})")
    return out


def highlight(text: str, quote: str) -> str:
    """The passage, escaped, with the sentence the answer rests on marked."""
    if not quote or quote not in text:
        return esc(text)
    i = text.index(quote)
    return f"{esc(text[:i])}<mark>{esc(quote)}</mark>{esc(text[i + len(quote):])}"


def render_citations(citations) -> str:
    if not citations:
        return ""
    parts = ['<div class="citations"><b>引用来源</b>']
    for c in citations:
        number = f"（{esc(c.doc_number)}）" if c.doc_number else ""
        heading = f" · {esc(c.heading)}" if c.heading else ""
        parts.append(f'<details id="cite-{c.n}" class="citation"><summary>[{c.n}] {esc(c.title)}{number}{heading}</summary>'
                     f'<blockquote>{highlight(c.text, c.quote)}</blockquote><small>来源：{esc(c.source)}</small></details>')
    parts.append("</div>")
    return "".join(parts)


def render_cards(advice) -> str:
    # declined, or answered only in part, with the related records cited as pointers
    if not advice.confident and advice.citations:
        return ('<div class="card warn">资料没有写明您问的全部内容（回答里说明了缺哪一项），未给出推荐；'
                '下方引用是相关资料，仅供查阅。</div>')
    if not advice.confident:
        return '<div class="card warn">没有找到可靠依据，未给出推荐。</div>'
    parts = []
    if advice.policies:
        parts.append('<h3>政策 / 补贴</h3><div class="cards">')
        for p in advice.policies:
            matched = "".join(f"<li>✓ {esc(m)}</li>" for m in p["matched"])
            unmet = "".join(f"<li>？ {esc(u)}</li>" for u in p["unmet"])
            amounts = f"<div>金额：{esc('；'.join(p.get('amounts') or []))}</div>" if p.get("amounts") else ""
            src = p["source"]
            src_html = f'<a href="{esc(src)}" target="_blank">来源</a>' if str(src).startswith("http") else f"来源：{esc(src)}"
            parts.append(f'<div class="card policy-card"><div class="card-title">{esc(p["title"])}</div>'
                         f'<div class="meta">{esc(p["doc_number"] or "无文号")} · {esc(p["issuer"])} · 状态：{esc(p["status"])}</div>'
                         f'<div>支持方式：{esc("、".join(p["support"]) or "—")}</div>{amounts}'
                         f'<ul>{matched}{unmet}</ul>{src_html}</div>')
        parts.append("</div>")
    if advice.saas:
        parts.append('<h3>数字化工具（SaaS 类别）</h3><div class="cards">')
        for s in advice.saas:
            ex = f"<div>案例：{esc(s['example_case'])}</div>" if s.get("example_case") else ""
            parts.append(f'<div class="card saas-card"><div class="card-title">{esc(s["name"])}</div><div>{esc(s["why"])}</div>{ex}</div>')
        parts.append("</div>")
    if advice.cases:
        parts.append('<h3>同行案例</h3><div class="cards">')
        for c in advice.cases:
            parts.append(f'<div class="card case-card"><div class="card-title">{esc(c["title"])}</div>'
                         f'<div class="meta">{esc(c["why"])}</div><div>做法：{esc(c.get("what_they_did", ""))}</div>'
                         f'<div>成效：{esc(c.get("outcome", ""))}</div></div>')
        parts.append("</div>")
    return "".join(parts)


def size_text(profile) -> str:
    if profile.size:
        return f"**划型结果：{profile.size}**\n\n{profile.size_rule}"
    if profile.size_rule:
        return f"划型：暂无法确定。{profile.size_rule}"
    return "划型：填写行业、员工数和营业收入后自动判断。"


# ---- chat -----------------------------------------------------------------------------------------

def size_group_choices() -> list[str]:
    from corpus.records import shipped_knowledge_base

    return [row["name"] for row in shipped_knowledge_base().size_standard.get("industries", [])]


def _explicit_profile(province, city, industry, employees, revenue, assets, needs, stage, size_group=None):
    from advisor.profile import EnterpriseProfile

    region = city or province or None
    code = industry.split(" ")[0] if industry else None
    # An empty gr.Number box is sent as 0, so 0 (or less) means "not given", not "0 employees".
    return EnterpriseProfile(region=region, industry=code,
                             employees=int(employees) if employees and employees > 0 else None,
                             revenue_wan=float(revenue) if revenue and revenue > 0 else None,
                             assets_wan=float(assets) if assets and assets > 0 else None,
                             needs=list(needs or []), stage=stage or None, size_group=size_group or None)


def ask(message, history, province, city, industry, employees, revenue, assets, needs, stage, session, size_group=None):
    """One chat turn: explicit panel fields + what this session already said + the new question."""
    history = list(history or [])
    session = dict(session or {})
    message = (message or "").strip()
    outputs_unchanged = (province, city, industry, employees, revenue, assets, needs, stage)
    if not message:
        return (history, "", "", "请输入问题。", *outputs_unchanged, session, size_group)
    try:
        adv = advisor()
        explicit = _explicit_profile(province, city, industry, employees, revenue, assets, needs, stage, size_group)
        # Follow-ups keep context: earlier questions of this session inform the profile.
        context = "。".join(session.get("questions", [])[-3:] + [message])
        prof = adv.profile_for(context, explicit)
        advice = adv.ask(message, prof)
    except ValueError as exc:
        history += [{"role": "user", "content": message}, {"role": "assistant", "content": str(exc)}]
        return (history, "", "", "", *outputs_unchanged, session, size_group)
    except Exception:  # noqa: BLE001 - the user sees a friendly message, the log has the detail
        log.exception("ask failed")
        history += [{"role": "user", "content": message}, {"role": "assistant", "content": FRIENDLY_ERROR}]
        return (history, "", "", "", *outputs_unchanged, session, size_group)
    session["questions"] = session.get("questions", []) + [message]
    p = advice.profile
    history += [{"role": "user", "content": message},
                {"role": "assistant", "content": markdown_markers(advice.answer, len(advice.citations))}]
    new_province = p.province or province
    new_city = panel_city(p.region, new_province, city)
    new_industry = next((c for c in industry_choices() if p.industry and c.startswith(p.industry + " ")), industry)
    return (history, render_citations(advice.citations), render_cards(advice), size_text(p),
            gr.update(value=new_province), gr.update(choices=cities(new_province), value=new_city), new_industry,
            p.employees if p.employees is not None else employees, p.revenue_wan if p.revenue_wan is not None else revenue,
            p.assets_wan if p.assets_wan is not None else assets, p.needs or needs, p.stage or stage, session,
            p.size_group or size_group)


def classify_panel(province, city, industry, employees, revenue, assets, needs, stage, size_group=None):
    try:
        prof = advisor().profile_for("", _explicit_profile(province, city, industry, employees, revenue, assets, needs,
                                                           stage, size_group))
        return size_text(prof)
    except Exception:  # noqa: BLE001
        log.exception("classify failed")
        return "划型暂时无法计算，请检查输入的数字。"


# ---- government staff -------------------------------------------------------------------------------

def coverage_view(support, size, local_only=False):
    try:
        from kg.coverage import coverage

        report = coverage(advisor().store, within_days=180)
        matrix = report.matrix(support or None, size or None, bool(local_only))
        top = max(matrix.values(), default=0) or 1
        head = "".join(f"<th title='{esc(p)}'>{esc(p[:3])}</th>" for p in report.provinces)
        rows = []
        for code, label in report.industries:
            cells = []
            for prov in report.provinces:
                n = matrix[(code, prov)]
                alpha = 0.08 + 0.9 * n / top if n else 0
                color = f"rgba(29,111,184,{alpha:.2f})" if n else "#fde2e1"
                cells.append(f"<td style='background:{color}' title='{esc(label)} × {esc(prov)}：{n} 项'>{n}</td>")
            rows.append(f"<tr><th title='{esc(label)}'>{code} {esc(label[:6])}</th>{''.join(cells)}</tr>")
        heat = (f"<div class='heatmap'><table><tr><th>行业＼省份</th>{head}</tr>{''.join(rows)}</table></div>"
                "<small>格内数字为覆盖该行业×省份的现行（含状态未知、未过有效期）政策数；红色为缺口。</small>")
        gaps = report.gaps(support or None, size or None, bool(local_only))
        gap_md = f"**缺口：{len(gaps)} 个（行业×省份）**\n\n" + "\n".join(
            f"- {code} × {prov}" for code, prov in gaps[:40]) + ("\n- …" if len(gaps) > 40 else "")
        exp_md = "\n".join(f"- {e['title']}：{e['expires']} 到期（剩 {e['days_left']} 天）" for e in report.expiring) or "180 天内无到期政策"
        lapsed = "\n".join(f"- {e['title']}：{e['expires']} 已到期" for e in report.lapsed) or "无"
        return heat, gap_md, "**即将到期**\n\n" + exp_md + "\n\n**已过有效期（不计入覆盖）**\n\n" + lapsed
    except Exception:  # noqa: BLE001
        log.exception("coverage failed")
        return "<p>覆盖统计暂时不可用。</p>", "", ""


def uncovered_topics_markdown() -> str:
    """What the corpus does not cover: questions on these are refused with a pointer (advisor/topics.py)."""
    from advisor.topics import parse_topics, shipped_topics_text

    lines = [f"- **{t.name}**：{t.ask}" for t in parse_topics(shipped_topics_text())]
    return ("数实通没有收录以下主题的资料；问到它们时会明确说明并指出该去哪里问，而不是拿相近的政策来回答。\n\n"
            + "\n".join(lines))


def policy_table(status, support, keyword):
    import pandas as pd

    from corpus.records import shipped_knowledge_base

    rows = []
    for p in shipped_knowledge_base().policies:
        if status and p.status != status or support and support not in p.support:
            continue
        if keyword and keyword not in p.title and keyword not in (p.summary or ""):
            continue
        rows.append({"标题": p.title, "文号": p.doc_number, "发文机关": "、".join(p.issuer), "发布日期": p.issued,
                     "状态": p.status, "支持方式": "、".join(p.support), "适用规模": "、".join(p.eligibility.sizes) or "不限",
                     "地区": "、".join(p.eligibility.regions), "有效期至": p.expires, "来源": p.source_label, "核对日期": p.as_of})
    df = pd.DataFrame(rows)
    path = Path(tempfile.gettempdir()) / "sme-advisor-policies.csv"
    df.to_csv(path, index=False, encoding="utf-8-sig")
    return df, str(path)


def graph_view(choice):
    if not choice:
        return "<p>请选择一个政策、案例、行业或技术。</p>"
    try:
        import math

        from kg.neighbourhood import neighbourhood

        entity_iri = choice.split(" ⟨")[-1].rstrip("⟩")
        hood = neighbourhood(advisor().store, entity_iri)
        colors = {"政策": "#1d6fb8", "案例": "#2e9d5b", "SaaS": "#e07b00", "技术": "#8e44ad", "行业": "#555",
                  "地区": "#999", "需求": "#c0392b", "支持方式": "#16a085", "规模": "#7f8c8d", "机关": "#34495e",
                  "阶段": "#95a5a6"}
        w, h, r = 760, 520, 200
        cx, cy = w / 2, h / 2
        pos = {}
        n = max(len(hood.nodes), 1)
        for i, node in enumerate(hood.nodes):
            a = 2 * math.pi * i / n
            pos[node["id"]] = (cx + r * math.cos(a), cy + r * math.sin(a))
        pos[hood.center] = (cx, cy)
        edges = "".join(f"<line x1='{pos[e['source']][0]:.0f}' y1='{pos[e['source']][1]:.0f}' x2='{pos[e['target']][0]:.0f}' "
                        f"y2='{pos[e['target']][1]:.0f}' stroke='#bbb'><title>{esc(e['relation'])}</title></line>"
                        for e in hood.edges if e["source"] in pos and e["target"] in pos)
        nodes = "".join(f"<g class='node'><circle cx='{x:.0f}' cy='{y:.0f}' r='9' fill='{colors.get(nd['kind'], '#333')}'>"
                        f"<title>{esc(nd['kind'])}：{esc(nd['label'])}</title></circle>"
                        f"<text x='{x + 11:.0f}' y='{y + 4:.0f}' font-size='11'>{esc(nd['label'][:14])}</text></g>"
                        for nd in hood.nodes for x, y in [pos[nd["id"]]])
        center = (f"<circle cx='{cx}' cy='{cy}' r='14' fill='#d62728'></circle>"
                  f"<text x='{cx + 16}' y='{cy + 5}' font-size='14' font-weight='bold'>{esc(hood.label)}</text>")
        legend = " ".join(f"<span style='color:{c}'>●</span>{k}" for k, c in colors.items())
        return (f"<div class='graph-view'><svg viewBox='0 0 {w} {h}' width='100%'>{edges}{nodes}{center}</svg>"
                f"<div>{legend}</div><small>{len(hood.nodes)} 个相连节点，悬停查看关系。</small></div>")
    except Exception:  # noqa: BLE001
        log.exception("graph view failed")
        return "<p>图谱视图暂时不可用。</p>"


def graph_choices() -> list[str]:
    from kg.neighbourhood import pickable_entities

    return [f"{e['kind']}：{e['label']} ⟨{e['id']}⟩" for e in pickable_entities(advisor().store)]


def run_sparql(query):
    import pandas as pd

    from kg.store import QueryError

    try:
        rows = advisor().store.query(query or "", timeout=10)
        return pd.DataFrame([{k: str(v) if v is not None else "" for k, v in r.items()} for r in rows[:500]]), f"{len(rows)} 行"
    except QueryError as exc:
        return pd.DataFrame(), str(exc)
    except Exception:  # noqa: BLE001
        log.exception("sparql failed")
        return pd.DataFrame(), "查询失败，请检查语法。"


def upload(files, progress=gr.Progress()):  # noqa: B008 - Gradio injects progress through this default
    """Ingest uploaded files into the running index; the live index is swapped only after success."""
    if not files:
        return "请先选择文件。"
    from advisor.indexing import build_index
    from advisor.service import Advisor

    upload_dir = settings().cache_dir / "uploads"
    upload_dir.mkdir(parents=True, exist_ok=True)
    paths, too_big = [], []
    limit = settings().max_upload_mb * 1024 * 1024
    for f in files:
        src = Path(f if isinstance(f, str) else f.name)
        if src.stat().st_size > limit:
            too_big.append(f"✗ {src.name}：文件过大（上限 {settings().max_upload_mb} MB）")
            continue
        dest = upload_dir / src.name
        dest.write_bytes(src.read_bytes())
        paths.append(dest)
    try:
        progress(0.2, desc="读取与切分文件…")
        report = build_index(settings(), paths, embedder=advisor().embedder)
        progress(0.9, desc="切换到新索引…")
        new = Advisor.load(settings(), embedder=advisor().embedder)
        with _lock:
            _state["advisor"] = new
    except Exception:  # noqa: BLE001 - the previous index stays live
        log.exception("upload ingest failed")
        return "导入失败，已保留原有索引，未丢失任何数据。"
    accepted = [p.name for p in paths if p.name not in {Path(e.path).name for e in report.rejected}]
    lines = [f"✓ 已导入：{name}" for name in accepted]
    lines += [f"✗ {Path(e.path).name}：{e.reason}" for e in report.rejected] + too_big
    lines.append(f"索引现有 {report.documents} 篇文档、{report.chunks} 个片段（本次新嵌入 {report.embedded} 个）。")
    return "\n".join(lines)


def run_eval(beir_path, max_queries):
    import pandas as pd

    from eval.datasets import dev_set_path, load_beir, load_jsonl_questions
    from eval.runner import context_for, evaluate

    try:
        adv = advisor()
        path = Path(beir_path.strip()) if beir_path and beir_path.strip() else dev_set_path()
        data = load_beir(path, int(max_queries) if max_queries else None) if path.is_dir() else load_jsonl_questions(path)
        if max_queries and path.is_file():
            data.queries = data.queries[: int(max_queries)]
        ctx = context_for(data, settings(), adv.embedder, advisor=adv if data.documents is None else None)
        result = evaluate(data, ctx)
        rows = [{"retriever": k, **v} for k, v in result["retrievers"].items()]
        return pd.DataFrame(rows), f"数据集 {result['dataset']}，{result['queries']} 个可回答问题"
    except (ValueError, OSError) as exc:
        return pd.DataFrame(), f"无法评测：{exc}"
    except Exception:  # noqa: BLE001
        log.exception("eval failed")
        return pd.DataFrame(), "评测失败，详见服务器日志。"


CSS = """
.cards{display:flex;flex-wrap:wrap;gap:10px}.card{border:1px solid #ddd;border-radius:8px;padding:10px;flex:1 1 260px;background:#fafafa}
.card-title{font-weight:600;margin-bottom:4px}.meta{color:#666;font-size:0.9em}.card ul{margin:4px 0 4px 16px;padding:0}
.warn{background:#fff4e5}.citation blockquote{margin:4px 0;padding:6px;background:#f4f6f8;white-space:pre-wrap}
.heatmap table{border-collapse:collapse;font-size:11px}.heatmap td,.heatmap th{border:1px solid #eee;padding:2px 4px;text-align:center}
"""


def build_ui() -> gr.Blocks:
    with gr.Blocks(title="数实通 · 中小企业政策与数字化顾问") as demo:
        gr.Markdown("# 数实通 · 中小企业政策与数字化顾问\n用大白话提问：适合我的补贴政策、数字化工具和同行案例，每条都注明出处。"
                    "政策信息请以发文机关的最新文件和解释为准。")
        session = gr.State({})
        with gr.Tab("企业问答", id="chat"):
            with gr.Row():
                with gr.Column(scale=3):
                    chat = gr.Chatbot(label="对话", height=380)
                    question = gr.Textbox(label="您的问题", placeholder="例如：我在杭州开了家20人的奶茶店，有什么补贴？", elem_id="question")
                    send = gr.Button("提问", variant="primary", elem_id="ask-btn")
                    gr.Examples(EXAMPLES, inputs=question, label="可以这样问")
                    citations = gr.HTML(elem_id="citations")
                    cards = gr.HTML(elem_id="cards")
                with gr.Column(scale=2):
                    gr.Markdown("### 企业画像（可修改）")
                    province = gr.Dropdown(provinces(), value=None, label="省份", elem_id="province")
                    city = gr.Dropdown([], label="城市", elem_id="city")
                    industry = gr.Dropdown(industry_choices(), value=None, label="行业（国民经济行业门类）", elem_id="industry")
                    size_group = gr.Dropdown(size_group_choices(), value=None, elem_id="size-group",
                                             label="划型行业（中小企业划型标准；门类含多个行业时请选择）")
                    employees = gr.Number(label="员工数（人）", elem_id="employees")
                    revenue = gr.Number(label="年营业收入（万元）", elem_id="revenue")
                    assets = gr.Number(label="资产总额（万元）", elem_id="assets")
                    needs = gr.Dropdown(taxonomy_labels("needs"), multiselect=True, label="需求/痛点")
                    stage = gr.Dropdown(taxonomy_labels("digital_stages"), value=None, label="数字化阶段")
                    size_md = gr.Markdown("划型：填写行业、员工数和营业收入后自动判断。", elem_id="size-result")
                    classify_btn = gr.Button("计算划型", elem_id="classify-btn")
            panel = [province, city, industry, employees, revenue, assets, needs, stage]
            province.change(lambda p: gr.update(choices=cities(p), value=None), province, city)
            outs = [chat, citations, cards, size_md, *panel, session, size_group]
            send.click(ask, [question, chat, *panel, session, size_group], outs).then(lambda: "", None, question)
            question.submit(ask, [question, chat, *panel, session, size_group], outs).then(lambda: "", None, question)
            classify_btn.click(classify_panel, [*panel, size_group], size_md)
        with gr.Tab("政策覆盖", id="coverage"):
            with gr.Row():
                support = gr.Dropdown([""] + taxonomy_labels("support_types"), value="", label="支持方式")
                size = gr.Dropdown(["", "大型", "中型", "小型", "微型"], value="", label="企业规模")
                local_only = gr.Checkbox(label="只看地方政策（不计全国性政策）", value=False)
                cov_btn = gr.Button("刷新覆盖图", elem_id="coverage-btn")
            heat = gr.HTML(elem_id="heatmap")
            with gr.Row():
                gaps = gr.Markdown()
                expiring = gr.Markdown()
            with gr.Accordion("未收录的主题", open=False):
                gr.Markdown(uncovered_topics_markdown(), elem_id="uncovered-topics")
            gr.Markdown("### 政策一览")
            with gr.Row():
                f_status = gr.Dropdown(["", "有效", "失效", "unknown"], value="", label="状态")
                f_support = gr.Dropdown([""] + taxonomy_labels("support_types"), value="", label="支持方式")
                f_kw = gr.Textbox(label="关键词")
                table_btn = gr.Button("筛选")
            table = gr.Dataframe(interactive=False, wrap=True)
            csv_file = gr.File(label="下载 CSV")
            cov_btn.click(coverage_view, [support, size, local_only], [heat, gaps, expiring])
            table_btn.click(policy_table, [f_status, f_support, f_kw], [table, csv_file])
        with gr.Tab("知识图谱", id="graph"):
            picker = gr.Dropdown([], label="选择政策、案例、SaaS 类别、行业或技术", elem_id="graph-picker")
            load_choices = gr.Button("载入可选实体")
            graph_html = gr.HTML(elem_id="graph-view")
            load_choices.click(lambda: gr.update(choices=graph_choices()), None, picker)
            picker.change(graph_view, picker, graph_html)
            gr.Markdown("### 只读 SPARQL 查询")
            preset = gr.Dropdown(list(SPARQL_EXAMPLES), value=None, label="常用查询")
            sparql = gr.Code(language="sql", label="SPARQL（已预置 sme: dcterms: skos: 等前缀）", lines=4)
            run_q = gr.Button("执行查询")
            q_status = gr.Markdown()
            q_table = gr.Dataframe(interactive=False)
            preset.change(lambda k: SPARQL_EXAMPLES.get(k, ""), preset, sparql)
            run_q.click(run_sparql, sparql, [q_table, q_status])
        with gr.Tab("文档上传", id="upload"):
            gr.Markdown(f"上传 PDF/DOCX/HTML/TXT/MD 文件，增量加入索引（单个文件不超过 {settings().max_upload_mb} MB）。导入失败时原有索引保持可用。")
            files = gr.File(file_count="multiple", file_types=[".pdf", ".docx", ".html", ".htm", ".txt", ".md"], label="选择文件", elem_id="upload-files")
            up_btn = gr.Button("导入", elem_id="upload-btn")
            up_out = gr.Textbox(label="导入结果", lines=6, elem_id="upload-result")
            up_btn.click(upload, files, up_out)
        with gr.Tab("评测", id="eval"):
            gr.Markdown("在开发集（或任意 BEIR 格式文件夹）上评测各检索器：Recall@k、MRR、nDCG 和延迟。")
            beir = gr.Textbox(label="BEIR 文件夹路径（留空=开发集）")
            max_q = gr.Number(value=60, label="最多问题数")
            ev_btn = gr.Button("运行评测")
            ev_status = gr.Markdown()
            ev_table = gr.Dataframe(interactive=False)
            ev_btn.click(run_eval, [beir, max_q], [ev_table, ev_status])
    return demo


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    advisor()  # load (and on first start build) before serving, so the first question is fast
    demo = build_ui()
    demo.queue(default_concurrency_limit=2).launch(
        server_name=os.environ.get("SME_ADVISOR_HOST", "127.0.0.1"),
        server_port=int(os.environ.get("SME_ADVISOR_PORT", "7860")), css=CSS)


if __name__ == "__main__":
    main()
