"""`sme-advisor ask` / `build` through advisor.cli.main, over the session's real index."""

from __future__ import annotations

import json
import shutil

import pytest

from advisor.cli import main

pytestmark = pytest.mark.model

TEA = "我家是种茶叶的，想用区块链做溯源，让买家扫码就能查真假，有人这么干过吗"


@pytest.fixture
def cli_env(clean_env, monkeypatch, advisor_settings, real_embedder):
    """No stray config; SME_ADVISOR_CACHE = the cache the model was converted into (no second conversion)."""
    monkeypatch.setenv("SME_ADVISOR_CACHE", str(advisor_settings.cache_dir))
    return advisor_settings


def run(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_ask_json_prints_one_object_matching_the_contract(cli_env, capsys, assert_contract):
    code, out, _ = run(capsys, "ask", TEA, "--json", "--index-dir", str(cli_env.index_dir))
    assert code == 0
    assert out.strip().count("\n") == 0, "--json must print exactly one JSON object (one line)"
    data = json.loads(out)
    assert_contract(data)
    assert data["question"] == TEA
    assert data["confident"] is True
    assert "case-fucha-tea-blockchain" in [c["doc_id"] for c in data["citations"][:5]]


def test_ask_json_refusal_matches_the_contract(cli_env, capsys, assert_contract):
    code, out, _ = run(capsys, "ask", "今天股市行情怎么样", "--json", "--index-dir", str(cli_env.index_dir))
    assert code == 0
    data = json.loads(out)
    assert_contract(data)
    assert data["confident"] is False
    assert data["citations"] == [] and data["policies"] == []
    assert "没有找到可靠" in data["answer"]


def test_ask_json_with_explicit_profile(cli_env, capsys, assert_contract):
    code, out, _ = run(capsys, "ask", "我开了个便利店，能申请什么政策", "--employees", "50", "--revenue", "3000",
                       "--region", "北京", "--top-k", "3", "--json", "--index-dir", str(cli_env.index_dir))
    assert code == 0
    data = json.loads(out)
    assert_contract(data)
    assert data["profile"]["region"] == "北京市"
    assert data["profile"]["employees"] == 50
    assert data["profile"]["revenue_wan"] == 3000.0
    assert data["profile"]["size"] == "中型"
    assert len(data["citations"]) <= 3


def test_ask_human_readable_output(cli_env, capsys):
    code, out, _ = run(capsys, "ask", TEA, "--index-dir", str(cli_env.index_dir))
    assert code == 0
    assert "引用" in out
    assert "[1]" in out
    assert "福茶网" in out
    with pytest.raises(json.JSONDecodeError):
        json.loads(out)


def test_ask_with_a_county_as_the_explicit_region(cli_env, capsys, assert_contract):
    code, out, _ = run(capsys, "ask", "做阀门的小厂，浙江有什么数字化政策", "--region", "永嘉县", "--json",
                       "--index-dir", str(cli_env.index_dir))
    assert code == 0
    data = json.loads(out)
    assert_contract(data)
    assert data["profile"]["region"] == "永嘉县"
    zj = [p for p in data["policies"] if p["id"] == "pol-zj-szjj-2020"]
    assert zj and any("地区符合" in m for m in zj[0]["matched"])  # its province, 浙江, is known


def test_ask_unknown_region_exits_2(cli_env, capsys):
    code, out, err = run(capsys, "ask", "能申请什么补贴", "--region", "火星", "--index-dir", str(cli_env.index_dir))
    assert code == 2
    assert out == ""
    assert "火星" in err and "无法识别地区" in err and "unknown region" in err
    assert "Traceback" not in err


def test_ask_unknown_industry_exits_2(cli_env, capsys):
    code, _, err = run(capsys, "ask", "能申请什么补贴", "--industry", "炼金术", "--index-dir", str(cli_env.index_dir))
    assert code == 2
    assert "炼金术" in err and "无法识别行业" in err


def test_ask_without_question_is_a_usage_error(cli_env, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["ask"])
    assert exc.value.code == 2


def test_build_reports_rejected_file_and_indexes_the_good_one(cli_env, capsys, tmp_path):
    # a copy of the session index, so the build reuses its vectors and leaves the shared one untouched
    index = tmp_path / "index"
    shutil.copytree(cli_env.index_dir, index)
    docs = tmp_path / "uploads"
    docs.mkdir()
    (docs / "qinglan-kelp.md").write_text(
        "# 青岚县海带加工企业冷链补助办法\n\n"
        "青岚县对海带加工小微企业新建冷库给予一次性补助，每立方米补助八十元。\n"
        "申请企业须在青岚县注册并正常经营满一年。\n", encoding="utf-8")
    (docs / "empty.txt").write_bytes(b"")

    code, out, err = run(capsys, "build", str(docs), "--index-dir", str(index), "--json", "--quiet")
    assert code == 0, err
    report = json.loads(out)
    assert [r["path"].rsplit("/", 1)[-1] for r in report["rejected"]] == ["empty.txt"]
    assert "空文件" in report["rejected"][0]["reason"] or "empty" in report["rejected"][0]["reason"]
    assert report["documents"] == 91  # 90 shipped records + the good upload
    assert 0 < report["embedded"] <= 3, "only the new file's chunks should be embedded"
    assert report["reused"] == report["chunks"] - report["embedded"]

    from retrieval.bundle import BundleStore

    bundle = BundleStore(index).load()
    uploaded = [d for d, v in bundle.documents.items() if v.get("origin") == "file"]
    assert len(uploaded) == 1
    assert any("海带" in c.text for c in bundle.chunks if c.doc_id == uploaded[0])

    code, out, _ = run(capsys, "ask", "青岚县海带加工企业建冷库有补助吗", "--json", "--index-dir", str(index))
    assert code == 0
    data = json.loads(out)
    assert uploaded[0] in [c["doc_id"] for c in data["citations"][:5]], data["answer"]


def test_build_human_readable_summary_lists_rejected(cli_env, capsys, tmp_path):
    index = tmp_path / "index"
    shutil.copytree(cli_env.index_dir, index)
    docs = tmp_path / "uploads"
    docs.mkdir()
    (docs / "empty.txt").write_bytes(b"")
    code, out, _ = run(capsys, "build", str(docs), "--index-dir", str(index), "--quiet")
    assert code == 0
    assert "拒收 rejected files: 1" in out
    assert "empty.txt" in out
