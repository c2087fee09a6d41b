"""Topics the corpus does not cover (corpus/data/out_of_scope.yaml): a question that names one of them and is
nearer to it than to its own evidence is refused, with where to ask instead.

Near-domain questions (试用期, 专利费用, 北交所上市) sit at the same cosine to our passages as real colloquial
questions, so evidence strength alone cannot refuse them; their nearness to a known uncovered topic can.
Nearness in meaning alone would also catch "我开了家20人的奶茶店，有什么补贴" (close to hiring subsidies), so
the question must name one of the topic's cues too. A topic is only held against a question when no
retrieved passage names one of its terms: documents a user adds that do cover it (an uploaded
企业所得税法实施条例 covers 加计扣除) lift the refusal.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
import yaml

from corpus.tokenize import splits_a_word
from retrieval.search import Hit


class TopicError(ValueError):
    """The topic file is malformed; the message names the topic."""


@dataclass(frozen=True)
class Topic:
    id: str
    name: str  # shown to the user
    ask: str  # where to ask instead
    terms: tuple[str, ...]  # words a passage covering the topic would contain
    cues: tuple[str, ...]  # words a question on the topic names
    examples: tuple[str, ...]  # colloquial questions on the topic
    # words of a covered subject: a question naming one asks that ("技术服务合同…印花税是不是减半": the 六税两费)
    unless: tuple[str, ...] = ()


def shipped_topics_text() -> str:
    return resources.files("corpus").joinpath("data/out_of_scope.yaml").read_text(encoding="utf-8")


def parse_topics(text: str) -> tuple[Topic, ...]:
    data = yaml.safe_load(text) or {}
    out, seen = [], set()
    for i, item in enumerate(data.get("topics") or []):
        where = f"out_of_scope topic #{i + 1} ({item.get('id', '?') if isinstance(item, dict) else '?'})"
        if not isinstance(item, dict) or set(item) - {"unless"} != {"id", "name", "ask", "terms", "cues", "examples"}:
            raise TopicError(f"{where}: needs exactly id, name, ask, terms, cues, examples (and optionally unless)")
        if item["id"] in seen:
            raise TopicError(f"{where}: duplicate id")
        seen.add(item["id"])
        terms, examples = tuple(map(str, item["terms"] or ())), tuple(map(str, item["examples"] or ()))
        cues = tuple(str(c).lower() for c in item["cues"] or ())
        if not (terms and cues and examples and str(item["name"]).strip() and str(item["ask"]).strip()):
            raise TopicError(f"{where}: name, ask, terms, cues and examples must not be empty")
        unless = tuple(str(u).lower() for u in item.get("unless") or ())
        out.append(Topic(str(item["id"]), str(item["name"]), str(item["ask"]), terms, cues, examples, unless))
    return tuple(out)


@dataclass(frozen=True)
class TopicMatch:
    topic: Topic
    similarity: float  # best cosine between the question and one of the topic's examples
    covered: bool  # a retrieved passage names one of the topic's terms
    named: bool = False  # the question itself names one of the topic's terms ("劳动仲裁", "加计扣除")


class UncoveredTopics:
    """The topics' example questions embedded once (cached on disk per model and file content)."""

    def __init__(self, topics: Sequence[Topic], embedder, cache_dir: Path | None = None, text: str = ""):
        self.topics = tuple(topics)
        self._owner = np.array([i for i, t in enumerate(self.topics) for _ in t.examples], dtype=np.int64)
        examples = [e for t in self.topics for e in t.examples]
        self.vectors = _cached_vectors(examples, embedder, cache_dir, text) if examples else np.zeros((0, 1), np.float32)

    @classmethod
    def shipped(cls, embedder, cache_dir: Path | None = None) -> UncoveredTopics:
        text = shipped_topics_text()
        return cls(parse_topics(text), embedder, cache_dir, text)

    def nearest(self, question: str, qvec: np.ndarray, hits: Sequence[Hit]) -> TopicMatch | None:
        """The closest topic among those the question names a cue of (None when it names none)."""
        lowered = question.lower()
        cued = np.array([any(_names_cue(lowered, c) for c in t.cues) and not any(u in lowered for u in t.unless)
                         for t in self.topics], dtype=bool)
        if not len(self._owner) or not cued.any():
            return None
        sims = np.where(cued[self._owner], self.vectors @ np.asarray(qvec, dtype=np.float32), -np.inf)
        j = int(np.argmax(sims))
        topic = self.topics[int(self._owner[j])]
        covered = any(term in h.chunk.text or term in h.chunk.heading for h in hits for term in topic.terms)
        return TopicMatch(topic, float(sims[j]), covered, any(term.lower() in lowered for term in topic.terms))


def _names_cue(question: str, cue: str) -> bool:
    """The question says the cue as a word of its own, not across two ("法规上" does not say 规上)."""
    at = question.find(cue)
    while at >= 0:
        if not splits_a_word(question, at, at + len(cue)):
            return True
        at = question.find(cue, at + 1)
    return False


def _cached_vectors(examples: list[str], embedder, cache_dir: Path | None, text: str) -> np.ndarray:
    key = hashlib.sha1(f"{embedder.model_id}\n{text}\n{chr(10).join(examples)}".encode()).hexdigest()[:16]
    path = cache_dir / "topics" / f"{key}.npy" if cache_dir else None
    if path is not None and path.exists():
        try:
            vecs = np.load(path)
            if vecs.shape[0] == len(examples):
                return vecs
        except (OSError, ValueError):
            pass  # a damaged cache file is simply recomputed
    vecs = np.asarray(embedder.embed_queries(examples), dtype=np.float32)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".npy.tmp")
            try:
                with os.fdopen(fd, "wb") as f:
                    np.save(f, vecs)
                os.replace(tmp, path)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
        except OSError:
            pass  # a read-only cache costs a fraction of a second per process, nothing more
    return vecs
