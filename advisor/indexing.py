"""Build (or incrementally update) the index bundle from the shipped records plus any folders given."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from advisor.config import Settings
from corpus.chunking import ChunkOptions, chunk_document
from corpus.documents import Chunk, Document
from corpus.loaders import LoadError, LoadOptions, load_paths
from corpus.record_docs import record_documents
from corpus.records import KnowledgeBase, shipped_knowledge_base
from corpus.tokenize import fingerprint as tokenizer_fingerprint
from corpus.tokenize import tokenize
from kg.build import ENTITIES_FILE, GRAPH_FILE, build_graph, write_chunk_entities, write_graph
from retrieval.bundle import BundleError, BundleStore, embed_incrementally, lexical_text
from retrieval.embedder import load_embedder
from retrieval.sentences import embed_sentences


@dataclass
class BuildReport:
    documents: int = 0
    chunks: int = 0
    embedded: int = 0
    reused: int = 0
    triples: int = 0
    sentences: int = 0  # sentence and probe units with vectors
    sentences_embedded: int = 0
    rejected: list[LoadError] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    bundle: str = ""

    def summary(self) -> str:
        lines = [f"文档 documents: {self.documents}", f"片段 chunks: {self.chunks} "
                 f"(新嵌入 embedded {self.embedded}, 复用 reused {self.reused})",
                 f"句子 sentences: {self.sentences} (新嵌入 embedded {self.sentences_embedded})",
                 f"三元组 triples: {self.triples}",
                 f"拒收 rejected files: {len(self.rejected)}"]
        lines += [f"  ✗ {e.path}: {e.reason}" for e in self.rejected]
        lines.append("耗时 timings: " + ", ".join(f"{k} {v:.1f}s" for k, v in self.timings.items()))
        lines.append(f"索引 bundle: {self.bundle}")
        return "\n".join(lines)


def collect_documents(settings: Settings, paths: Iterable[str | Path], kb: KnowledgeBase,
                      progress: Callable | None = None, previous: dict[str, dict] | None = None) -> tuple[list[Document], list[LoadError]]:
    """Shipped records first, then files; ``previous`` keeps already indexed uploads in the index."""
    docs = record_documents(kb)
    opts = LoadOptions(max_bytes=settings.max_upload_mb * 1024 * 1024,
                       traditional_to_simplified=settings.traditional_to_simplified)
    report = load_paths(list(paths), opts, progress=progress)
    seen = {d.doc_id for d in docs}
    for d in report.documents:
        if d.doc_id not in seen:
            docs.append(d)
            seen.add(d.doc_id)
    return docs, report.rejected


def chunk_all(docs: list[Document], settings: Settings) -> list[Chunk]:
    opts = ChunkOptions(max_chars=settings.chunk_chars, overlap=settings.chunk_overlap)
    chunks: list[Chunk] = []
    for d in docs:
        chunks.extend(chunk_document(d, opts))
    return chunks


def records_graph(settings: Settings, kb: KnowledgeBase | None = None, extra_docs: Iterable[Document] = ()):
    """The graph of the shipped records (plus ``extra_docs``) without embedding anything: (graph, chunk_entities)."""
    kb = kb or shipped_knowledge_base()
    docs = record_documents(kb) + list(extra_docs)
    return build_graph(kb, docs, chunk_all(docs, settings))


def build_index(settings: Settings, paths: Iterable[str | Path] = (), progress: bool = False,
                kb: KnowledgeBase | None = None, embedder=None, log: Callable[[str], None] | None = None,
                keep_previous_files: bool = True) -> BuildReport:
    """Load, chunk, extract the graph, embed what changed, and switch the live bundle atomically.

    With ``keep_previous_files`` the files already in the live bundle stay indexed (uploads add to
    the index); pass False to index exactly the shipped records plus ``paths``.
    """
    t0 = time.perf_counter()
    kb = kb or shipped_knowledge_base()
    store = BundleStore(settings.index_dir)
    previous = None
    if store.exists():
        try:
            previous = store.load()
        except BundleError:
            previous = None
    paths = list(paths) + list(settings.extra_paths)
    if keep_previous_files and previous is not None:
        old_files = [v["path"] for v in previous.documents.values() if v.get("origin") == "file" and v.get("path")]
        paths += [p for p in old_files if Path(p).is_file() and p not in map(str, paths)]
    bar = None
    if progress:
        from tqdm import tqdm

        def bar(items):
            return tqdm(items, desc="读取文件 loading", unit="file")
    docs, rejected = collect_documents(settings, paths, kb, progress=bar)
    t1 = time.perf_counter()
    chunks = chunk_all(docs, settings)
    tokens = [tokenize(lexical_text(c)) for c in chunks]
    t2 = time.perf_counter()
    graph, chunk_entities = build_graph(kb, docs, chunks)
    t3 = time.perf_counter()
    embedder = embedder or load_embedder(settings.embed_model, settings.cache_dir)
    vectors, embedded = embed_incrementally(chunks, embedder, previous, log if progress else None)
    old_sentences = (previous.sentences, previous.chunks) if previous is not None and previous.sentences is not None \
        and previous.model_id == embedder.model_id else None
    sentences, sentences_embedded = embed_sentences(chunks, embedder, old_sentences, log if progress else None)
    t4 = time.perf_counter()
    path = store.write(
        docs, chunks, vectors, embedder.model_id, tokens,
        extra_files={GRAPH_FILE: lambda p: write_graph(graph, p),
                     ENTITIES_FILE: lambda p: write_chunk_entities(chunk_entities, chunks, p)},
        info={"triples": len(graph)}, sentences=sentences,
    )
    t5 = time.perf_counter()
    return BuildReport(
        documents=len(docs), chunks=len(chunks), embedded=embedded, reused=len(chunks) - embedded,
        triples=len(graph), sentences=len(sentences.vectors), sentences_embedded=sentences_embedded,
        rejected=rejected, bundle=str(path),
        timings={"load": t1 - t0, "chunk+tokenize": t2 - t1, "graph": t3 - t2, "embed": t4 - t3, "write": t5 - t4},
    )


def index_documents(docs: list[Document], root: Path, embedder, settings: Settings, log: Callable[[str], None] | None = None):
    """Index arbitrary documents (e.g. a BEIR corpus) without the shipped records; reuses a cached bundle.

    Graph linking uses the extractor's entities per chunk; the full RDF graph is not written here.
    """
    from kg.extract import shipped_extractor

    store = BundleStore(root)
    if store.exists():
        bundle = store.load()
        if (bundle.model_id == embedder.model_id and bundle.tokenizer == tokenizer_fingerprint()
                and set(bundle.documents) == {d.doc_id for d in docs}):
            return bundle
    previous = store.load() if store.exists() else None
    chunks = chunk_all(docs, settings)
    tokens = [tokenize(lexical_text(c)) for c in chunks]
    extractor = shipped_extractor()
    entities = {i: extractor.entities(c.text) for i, c in enumerate(chunks)}
    vectors, _ = embed_incrementally(chunks, embedder, previous, log)
    store.write(docs, chunks, vectors, embedder.model_id, tokens,
                extra_files={ENTITIES_FILE: lambda p: write_chunk_entities(entities, chunks, p)})
    return store.load()
