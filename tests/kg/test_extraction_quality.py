"""Quality of the rule-based extractor (kg/extract.py) against a hand-labelled evaluation set.

eval/datasets/extraction.jsonl holds policy-style sentences written for this test (not copied from any
document), each labelled by hand with what a careful annotator expects — not with what the extractor
happens to output. Labelling conventions:

* region — every explicit mention: province, city, county (晋江 → region:晋江市), a town → its county
  (东石镇 → region:晋江市), a district by its own name (region:朝阳区, even where the gazetteer has no such
  id), 简称 + 企/商/字号 (浙企 → region:浙江省), 京津冀 → its three provinces, 全国 → region:全国, and a
  region named inside an agency name (浙江省财政厅 → region:浙江省). Implied parents are NOT labelled
  (杭州市 alone → region:杭州市 only).
* industry — the GB/T 4754 门类 letter(s) the sentence is about (its beneficiaries); not keywords used in
  passing (合作银行, 研发费用, 农业保险, 购买软件, an agency's name such as 交通运输部).
* size — 中小企业/中小微企业 → 中型+小型+微型; 小微企业/小型微利企业 → 小型+微型; 个体工商户 → 微型;
  大型企业 → 大型. Size words inside an agency name are not labelled on their own.
* support / technology — taxonomy labels for support actually offered / technology actually named
  (3D打印 is not 3D扫描; a 申报指南 is not 规划引导; 高新技术企业认定 is not 梯度培育).
* money — number as written plus unit (money:50万元, money:二百万元); thousands separators dropped
  (3,000万元 → money:3000万元); both ends of a range are labelled.
* percent — the number (percent:20; 百分之五十 → percent:50).
* date / deadline — only dates with a day, ISO. deadline = end of a validity or submission period
  (截至/执行至/有效期至/延续…至/执行期限至, the second date of "A至B" validity ranges, "…前" submission
  limits); any other full date is a date.
* doc_number — canonical 〔〕 form without lead words (根据/贯彻…); 公告 numbers as officially written,
  with the space between issuers (财政部 税务总局公告2023年第19号, as in corpus/data/policies.yaml).
* agency — the full span of the agency name as written (工业和信息化部办公厅, 杭州市经信局, 工信部),
  including agencies named inside a 文号 (财政部/税务总局 in a 公告 number, 国务院 in 国务院令).

'need' mentions are not labelled and are ignored. Run with ``pytest -s`` to see the table; it is also
written to tests/output/extraction_report.md together with every miss and false positive.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from kg.extract import shipped_extractor

ROOT = Path(__file__).resolve().parents[2]
DATASET = ROOT / "eval" / "datasets" / "extraction.jsonl"
REPORT = ROOT / "tests" / "output" / "extraction_report.md"

EVAL_TYPES = ("region", "industry", "size", "support", "technology", "money", "percent", "date", "deadline",
              "doc_number", "agency")
ID_PREFIX = {t: t for t in EVAL_TYPES} | {"technology": "tech"}

# (precision floor, recall floor) per type: the value measured on the 114-sentence set when this test was
# written, minus 0.05, rounded down. Raise a floor when the extractor improves; never lower one to make a
# regression pass. Recall on region, money, doc_number and date may never be set below 0.5.
FLOORS: dict[str, tuple[float, float]] = {
    "region": (0.86, 0.88),  # measured P=0.915 R=0.931
    "industry": (0.65, 0.83),  # measured P=0.709 R=0.886
    "size": (0.94, 0.95),  # measured P=0.993 R=1.000
    "support": (0.90, 0.91),  # measured P=0.951 R=0.967
    "technology": (0.90, 0.95),  # measured P=0.955 R=1.000
    "money": (0.93, 0.93),  # measured P=0.984 R=0.984
    "percent": (0.95, 0.92),  # measured P=1.000 R=0.975
    "date": (0.53, 0.95),  # measured P=0.588 R=1.000 (deadlines the extractor calls dates)
    "deadline": (0.95, 0.53),  # measured P=1.000 R=0.588 ("A至B" ranges, "…前", "延续…政策至" missed)
    "doc_number": (0.80, 0.80),  # measured P=0.857 R=0.857
    "agency": (0.87, 0.75),  # measured P=0.927 R=0.809
}
MICRO_FLOOR: tuple[float, float] = (0.87, 0.89)  # measured P=0.929 R=0.943
HARD_RECALL_MINIMUM = {"region": 0.5, "money": 0.5, "doc_number": 0.5, "date": 0.5}


def load_dataset(path: Path = DATASET) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(records: list[dict], extractor=None) -> dict:
    extractor = extractor or shipped_extractor()
    counts = {t: {"tp": 0, "fp": 0, "fn": 0} for t in EVAL_TYPES}
    misses: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # type -> (sentence id, entity, text)
    false_pos: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for rec in records:
        gold = {(e["type"], e["id"]) for e in rec["entities"]}
        pred = {(m.type, m.entity) for m in extractor.extract(rec["text"]) if m.type in EVAL_TYPES}
        for typ, _ in gold & pred:
            counts[typ]["tp"] += 1
        for typ, eid in sorted(pred - gold):
            counts[typ]["fp"] += 1
            false_pos[typ].append((rec["id"], eid, rec["text"]))
        for typ, eid in sorted(gold - pred):
            counts[typ]["fn"] += 1
            misses[typ].append((rec["id"], eid, rec["text"]))
    scores = {t: (*_prf(**c), c["tp"] + c["fn"], c["tp"] + c["fp"]) for t, c in counts.items()}
    tot = {k: sum(c[k] for c in counts.values()) for k in ("tp", "fp", "fn")}
    micro = (*_prf(**tot), tot["tp"] + tot["fn"], tot["tp"] + tot["fp"])
    return {"scores": scores, "micro": micro, "misses": misses, "false_pos": false_pos, "n": len(records)}


def render(result: dict) -> str:
    lines = [f"Extraction quality on {DATASET.relative_to(ROOT)} ({result['n']} sentences)", "",
             "| type | gold | predicted | precision | recall | F1 | floor P | floor R |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for t in EVAL_TYPES:
        p, r, f, gold, pred = result["scores"][t]
        fp_, fr_ = FLOORS.get(t, (None, None))
        lines.append(f"| {t} | {gold} | {pred} | {p:.3f} | {r:.3f} | {f:.3f} | "
                     f"{'' if fp_ is None else f'{fp_:.2f}'} | {'' if fr_ is None else f'{fr_:.2f}'} |")
    p, r, f, gold, pred = result["micro"]
    lines.append(f"| **micro** | {gold} | {pred} | {p:.3f} | {r:.3f} | {f:.3f} | "
                 f"{MICRO_FLOOR[0]:.2f} | {MICRO_FLOOR[1]:.2f} |")
    return "\n".join(lines)


def render_errors(result: dict) -> str:
    out = []
    for title, table in (("Misses (labelled, not extracted)", result["misses"]),
                         ("False positives (extracted, not labelled)", result["false_pos"])):
        out += ["", f"## {title}", ""]
        for t in EVAL_TYPES:
            for sid, eid, text in table.get(t, []):
                out.append(f"- {t} `{eid}` — {sid}: {text}")
    return "\n".join(out)


@pytest.fixture(scope="module")
def result() -> dict:
    res = evaluate(load_dataset())
    table = render(res)
    print("\n" + table)
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text("# " + table + "\n" + render_errors(res) + "\n", encoding="utf-8")
    return res


def test_dataset_is_well_formed():
    records = load_dataset()
    assert len(records) >= 70
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate sentence ids"
    assert len({r["text"] for r in records}) == len(records), "duplicate sentences"
    for rec in records:
        assert re.fullmatch(r"ex-\d{3}", rec["id"]) and rec["text"].strip(), rec
        pairs = [(e["type"], e["id"]) for e in rec["entities"]]
        assert len(pairs) == len(set(pairs)), f"{rec['id']}: duplicate label"
        for typ, eid in pairs:
            assert typ in EVAL_TYPES, f"{rec['id']}: unknown type {typ}"
            prefix, _, value = eid.partition(":")
            assert prefix == ID_PREFIX[typ] and value, f"{rec['id']}: {typ} label {eid}"
            if typ in ("date", "deadline"):
                date.fromisoformat(value)
            if typ == "percent":
                float(value)
            if typ == "money":
                assert re.fullmatch(r"(\d+(\.\d+)?|[一二三四五六七八九十百千两]+)(亿元|万元|千元|元|万美元|亿美元)", value), eid
            if typ == "industry":
                assert re.fullmatch(r"[A-T]", value), eid
            if typ == "size":
                assert value in ("大型", "中型", "小型", "微型"), eid
            if typ == "agency":
                assert value in rec["text"], f"{rec['id']}: agency {value} is not written in the sentence"
            if typ == "doc_number":
                assert "[" not in value and "(" not in value and "（" not in value, f"{rec['id']}: use 〔〕 in {eid}"


def test_labels_use_known_vocabulary():
    """Taxonomy-based labels must be real taxonomy entries (regions may name places the gazetteer lacks)."""
    labels = shipped_extractor().gazetteer.labels
    for rec in load_dataset():
        for e in rec["entities"]:
            if e["type"] in ("industry", "support", "technology"):
                assert e["id"] in labels, f"{rec['id']}: {e['id']} is not in the taxonomy"


def test_report_written(result):
    assert REPORT.exists() and "micro" in REPORT.read_text(encoding="utf-8")


@pytest.mark.parametrize("typ", EVAL_TYPES)
def test_type_floor(result, typ):
    p, r, _, gold, _ = result["scores"][typ]
    assert gold > 0, f"no {typ} labels in the set"
    floor_p, floor_r = FLOORS[typ]
    floor_r = max(floor_r, HARD_RECALL_MINIMUM.get(typ, 0.0))
    examples = "; ".join(f"{sid} {eid}" for sid, eid, _ in result["misses"].get(typ, [])[:5])
    assert r >= floor_r, f"{typ} recall {r:.3f} < {floor_r:.2f} (misses: {examples})"
    fps = "; ".join(f"{sid} {eid}" for sid, eid, _ in result["false_pos"].get(typ, [])[:5])
    assert p >= floor_p, f"{typ} precision {p:.3f} < {floor_p:.2f} (false positives: {fps})"


def test_micro_floor(result):
    p, r, f, _, _ = result["micro"]
    assert p >= MICRO_FLOOR[0] and r >= MICRO_FLOOR[1], f"micro P={p:.3f} R={r:.3f}"
