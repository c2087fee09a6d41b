"""Question sets as shipped (counts, ids that exist, no question in two sets) and the BEIR loader."""

from __future__ import annotations

import pytest

from corpus.record_docs import record_documents
from corpus.records import shipped_knowledge_base
from eval.datasets import QUESTION_SETS, load_beir, load_jsonl_questions, question_set, tuning_set_paths
from tests.conftest import shared_path, write_beir

SETS = {"dev": (236, 33), "holdout": (130, 40), "calib": (80, 80), "calib2": (116, 114), "calib3": (99, 97), "calib4": (120, 79), "calib5": (120, 69), "calib6": (100, 54), "calib7": (100, 54), "calib8": (100, 54), "short": (89, 0), "owner": (70, 0), "owner2": (80, 30), "owner3": (80, 29), "owner4": (80, 34), "staff": (60, 19), "mix5": (90, 35), "mix6": (90, 35), "mix7": (90, 35), "mix8": (90, 40), "mix9": (90, 40), "mix10": (90, 40), "mix11": (90, 45), "mix12": (90, 45), "mix13": (90, 45), "mix14": (90, 45), "mix15": (90, 45), "mix16": (90, 45), "mix17": (89, 49), "mix18": (90, 50), "mix19": (90, 45), "mix20": (90, 50), "mix21": (89, 44), "mix22": (89, 49), "mix23": (89, 45), "mix24": (89, 49), "mix25": (89, 45), "mix26": (89, 50), "mix27": (88, 44), "mix28": (89, 49), "mix29": (88, 43), "mix30": (89, 49), "mix31": (90, 45), "mix32": (89, 49), "mix33": (87, 44), "mix34": (87, 49), "mix35": (90, 45), "mix36": (87, 49), "mix37": (90, 45), "mix38": (88, 49), "mix39": (90, 45), "mix40": (90, 50), "mix41": (89, 45), "mix42": (89, 50), "mix43": (88, 43), "mix44": (87, 47), "mix45": (84, 40), "mix46": (90, 50), "mix47": (86, 42), "mix48": (89, 50), "mix49": (90, 45), "mix50": (88, 44), "mix51": (86, 44), "mix52": (87, 44), "mix53": (90, 45), "mix54": (88, 44), "mix55": (89, 44), "mix56": (89, 45), "mix57": (86, 43), "mix58": (90, 45), "mix59": (89, 45), "mix60": (90, 45), "mix61": (84, 42), "mix62": (88, 44), "mix63": (85, 40), "mix64": (89, 45), "mix65": (90, 45), "mix66": (87, 42), "mix67": (86, 41), "mix68": (89, 44), "mix69": (89, 45), "mix70": (86, 41), "mix71": (89, 44), "mix72": (90, 45), "mix73": (87, 45), "mix74": (87, 43), "mix75": (88, 43), "mix76": (90, 45), "mix77": (88, 44), "mix78": (89, 45), "mix79": (87, 44), "mix80": (88, 45), "mix81": (89, 45), "mix82": (87, 43), "mix83": (90, 45), "mix84": (88, 43), "mix85": (86, 41), "mix86": (83, 40), "mix87": (85, 43), "mix88": (90, 45), "mix89": (90, 45), "mix90": (87, 43), "mix91": (88, 44), "mix92": (90, 45), "mix93": (89, 44), "mix94": (89, 44), "mix95": (90, 45), "mix96": (86, 42), "mix97": (90, 45), "mix98": (90, 45), "mix99": (88, 45), "mix100": (90, 45), "mix101": (88, 45), "mix102": (90, 45), "mix103": (88, 44), "mix104": (90, 45), "mix105": (90, 45), "mix106": (90, 45), "mix107": (90, 45), "mix108": (88, 45), "mix109": (89, 44), "mix110": (88, 43), "mix111": (90, 45), "mix112": (86, 41), "mix113": (89, 45), "mix114": (89, 45), "mix115": (88, 43), "mix116": (90, 45), "mix117": (87, 44), "mix118": (90, 45), "mix119": (89, 45), "mix120": (86, 44), "mix121": (90, 45), "mix122": (85, 43), "mix123": (89, 45), "mix124": (90, 45), "mix125": (89, 45), "mix126": (87, 43), "mix127": (90, 45), "mix128": (90, 45), "mix129": (90, 45), "mix130": (90, 45), "mix131": (88, 44), "mix132": (87, 43), "mix133": (90, 45), "mix134": (87, 43), "mix135": (90, 45), "mix136": (88, 44), "mix137": (90, 45), "mix138": (90, 45), "mix139": (90, 45), "mix140": (90, 45), "mix141": (89, 44), "mix142": (90, 45), "mix143": (89, 45), "mix144": (90, 45), "mix145": (88, 44), "mix146": (88, 43), "mix147": (90, 45), "mix148": (87, 43), "mix149": (90, 45), "mix150": (73, 36), "mix151": (88, 43), "mix152": (90, 45), "mix153": (90, 45), "mix154": (88, 44), "mix155": (90, 45), "mix156": (89, 45), "mix157": (89, 44), "mix158": (88, 43), "mix159": (89, 44), "mix160": (89, 45), "mix161": (87, 44), "mix162": (90, 45), "mix163": (88, 43), "mix164": (90, 45), "mix165": (74, 38), "mix166": (90, 45), "mix167": (87, 43), "mix168": (90, 45), "mix169": (87, 43), "mix170": (86, 44), "mix171": (87, 43), "mix172": (89, 44), "mix173": (90, 45), "mix174": (68, 37), "mix175": (90, 45), "mix176": (90, 45), "mix177": (89, 45), "mix178": (90, 45), "mix179": (88, 44), "mix180": (87, 43), "mix181": (87, 43), "mix182": (90, 45), "mix183": (90, 45), "mix184": (87, 42),
        "test": (130, 40), "test2": (138, 48), "test3": (138, 48)}


@pytest.fixture(scope="module")
def record_ids() -> set[str]:
    return {d.doc_id for d in record_documents(shipped_knowledge_base())}


@pytest.mark.parametrize("name", SETS)
def test_shipped_question_sets(name, record_ids):
    total, offtopic = SETS[name]
    data = load_jsonl_questions(question_set(name).path)
    assert data.name == name and len(data.queries) == total
    assert sum(not q.relevant for q in data.queries) == offtopic
    assert len({q.qid for q in data.queries}) == total
    for q in data.queries:
        assert q.answerable == bool(q.relevant), q.qid
        assert q.relevant <= record_ids, f"{q.qid}: unknown ids {q.relevant - record_ids}"


def test_no_question_is_in_two_sets():
    seen: dict[str, str] = {}
    for qs in QUESTION_SETS:
        for q in load_jsonl_questions(qs.path).queries:
            # ids only: a failure must not print a blind test question (so no container in the assertion)
            repeated = seen.get(q.text)
            assert repeated is None, f"{q.qid} repeats {repeated}"
            seen[q.text] = q.qid


def test_tuning_never_reads_a_test_set():
    tuning = {p.name for p in tuning_set_paths()}
    assert tuning == {"dev.jsonl", "holdout.jsonl", "calib.jsonl", "calib2.jsonl"}
    assert not tuning & {qs.path.name for qs in QUESTION_SETS if qs.role == "report"}
    assert {qs.name for qs in QUESTION_SETS} == set(SETS)  # every shipped set is checked above


def test_labelled_traps_are_split_into_untouched_topics_and_absent_details():
    data = load_jsonl_questions(question_set("calib4").path)
    traps = [q for q in data.queries if not q.answerable]
    assert {q.trap for q in traps} == {"off-topic", "detail"}
    assert sum(q.trap == "off-topic" for q in traps) == 20  # its 20 near-domain questions
    assert all(q.trap == "" for q in data.queries if q.answerable)
    assert all(q.trap == "" for q in load_jsonl_questions(question_set("dev").path).queries)  # dev labels no kinds


def test_invalid_jsonl_names_the_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"question": "好的", "relevant": []}\n{oops\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.jsonl:2"):
        load_jsonl_questions(bad)


def test_beir_folder_loads_with_positive_qrels_only(tmp_path):
    folder = tmp_path / "mini"
    write_beir(folder, [{"_id": "d1", "title": "劳动法", "text": "用人单位应当支付工资。"}, {"_id": "d2", "text": "合同的订立。"}],
               [{"_id": "q1", "text": "工资谁付"}, {"_id": "q2", "text": "合同"}, {"_id": "q3", "text": "没有标注"}],
               [("q1", "d1", 1), ("q2", "d2", 1), ("q2", "d1", 0)])
    data = load_beir(folder)
    assert [q.qid for q in data.queries] == ["q1", "q2"]
    assert data.queries[1].relevant == {"d2"}
    assert data.documents[0].text.startswith("劳动法\n") and data.documents[0].meta.title == "劳动法"
    assert len(data.content_hash) == 16
    assert len(load_beir(folder, max_queries=1).queries) == 1


def test_a_folder_without_qrels_is_not_beir(tmp_path):
    (tmp_path / "corpus.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(ValueError, match="not a BEIR folder"):
        load_beir(tmp_path)


def test_shared_stard_loads():
    data = load_beir(shared_path("bench", "stard"), max_queries=50)
    assert len(data.queries) == 50 and len(data.documents) > 1000
    assert all(q.relevant for q in data.queries)
