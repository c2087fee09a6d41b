"""build_index end to end with the fake embedder: sentence vectors, reuse, and upgrading an old bundle."""

from __future__ import annotations

import json
import shutil

from advisor.config import Settings
from advisor.indexing import build_index
from retrieval.bundle import SENTENCES_DIR, BundleStore
from retrieval.sentences import chunk_units

UPLOAD = "---\ntitle: 某市小微企业上云补贴办法\n---\n第一条 本市小微企业购买云服务，按实际支出给予补贴。\n第二条 申请人应当在每年六月前提交材料。\n"


def unique_units(index, chunks, probes: bool | None = None) -> int:
    """Distinct (role, text) units: what has to be embedded once. ``probes`` limits to one role."""
    roles = ["q" if sp < 0 else "p" for sp, _ in index.spans.tolist()]
    units = set(zip(roles, index.texts(chunks), strict=True))
    return len({u for u in units if probes is None or (u[0] == "q") == probes})


def settings_for(tmp_path) -> Settings:
    return Settings(index_dir=tmp_path / "index", cache_dir=tmp_path / "cache")


def test_build_writes_sentence_vectors_for_every_chunk_and_reuses_them(tmp_path, fake_embedder):
    settings = settings_for(tmp_path)
    upload = tmp_path / "上云补贴.md"
    upload.write_text(UPLOAD, encoding="utf-8")
    first = build_index(settings, [upload], embedder=fake_embedder)
    bundle = BundleStore(settings.index_dir).load()
    assert bundle.sentences is not None
    units = sum(len(chunk_units(c)) for c in bundle.chunks)
    assert first.sentences == units == len(bundle.sentences.vectors) == bundle.manifest["n_sentences"]
    assert first.sentences_embedded == unique_units(bundle.sentences, bundle.chunks)  # duplicates embedded once
    assert any(c.probes for c in bundle.chunks), "record asks ride on their first chunks"
    before = fake_embedder.embedded
    again = build_index(settings, embedder=fake_embedder)  # the upload stays indexed
    assert (again.embedded, again.sentences_embedded) == (0, 0)
    assert fake_embedder.embedded == before
    assert any(d.get("path") == str(upload) for d in BundleStore(settings.index_dir).load().documents.values())


def test_advisor_upgrades_a_bundle_without_sentence_vectors(tmp_path, fake_embedder):
    from advisor.service import Advisor

    settings = settings_for(tmp_path)
    upload = tmp_path / "上云补贴.md"
    upload.write_text(UPLOAD, encoding="utf-8")
    build_index(settings, [upload], embedder=fake_embedder)
    store = BundleStore(settings.index_dir)
    old = store.current_path()
    shutil.rmtree(old / SENTENCES_DIR)  # what a bundle written before sentence vectors looks like
    assert store.load().sentences is None
    before = fake_embedder.embedded
    advisor = Advisor.load(settings, embedder=fake_embedder)
    assert advisor.bundle.sentences is not None and store.current_path() != old
    # Only sentence units were embedded as passages (probes go in as queries): every chunk vector was reused.
    assert fake_embedder.embedded - before == unique_units(advisor.bundle.sentences, advisor.bundle.chunks, probes=False)
    assert any(d.get("path") == str(upload) for d in advisor.bundle.documents.values())


def test_advisor_retokenises_a_bundle_built_with_another_tokeniser(tmp_path, fake_embedder):
    from advisor.service import Advisor
    from corpus.tokenize import fingerprint

    settings = settings_for(tmp_path)
    build_index(settings, embedder=fake_embedder)
    store = BundleStore(settings.index_dir)
    old = store.current_path()
    manifest = json.loads((old / "manifest.json").read_text(encoding="utf-8"))
    manifest["tokenizer"] = "another-dict"  # what an index built before a dictionary change looks like
    (old / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    embedded, queried = fake_embedder.embedded, fake_embedder.queried
    advisor = Advisor.load(settings, embedder=fake_embedder)
    assert store.current_path() != old and advisor.bundle.tokenizer == fingerprint()
    assert fake_embedder.embedded == embedded  # every chunk and sentence vector was reused
    assert fake_embedder.queried - queried <= 1 + sum(len(t.examples) for t in advisor.topics.topics)


def test_a_cached_evaluation_index_is_rebuilt_for_another_tokeniser(tmp_path, fake_embedder):
    from advisor.indexing import index_documents
    from corpus.documents import DocMeta, Document

    docs = [Document("d1", "小微企业所得税优惠政策。", DocMeta(title="d1")), Document("d2", "增值税起征点。", DocMeta(title="d2"))]
    settings = settings_for(tmp_path)
    first = index_documents(docs, tmp_path / "eval", fake_embedder, settings)
    assert index_documents(docs, tmp_path / "eval", fake_embedder, settings).path == first.path  # cached
    manifest = json.loads((first.path / "manifest.json").read_text(encoding="utf-8"))
    manifest["tokenizer"] = "another-dict"
    (first.path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    again = index_documents(docs, tmp_path / "eval", fake_embedder, settings)
    assert again.path != first.path and again.tokenizer != "another-dict"
