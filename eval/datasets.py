"""Evaluation inputs: our JSONL question sets and BEIR folders (corpus.jsonl, queries.jsonl, qrels.tsv)."""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from corpus.documents import DocMeta, Document


@dataclass
class Query:
    qid: str
    text: str
    relevant: set[str] = field(default_factory=set)
    answerable: bool = True
    kind: str = ""


@dataclass
class Dataset:
    name: str
    queries: list[Query]
    documents: list[Document] | None = None  # None: evaluate against the shipped index
    content_hash: str = ""


def _shipped(name: str) -> Path:
    return Path(str(resources.files("eval").joinpath(f"datasets/{name}.jsonl")))


def dev_set_path() -> Path:
    return _shipped("dev")


def holdout_set_path() -> Path:
    """Questions written by someone who had not seen the dev set; used with dev to set refusal thresholds."""
    return _shipped("holdout")


def calib_set_path() -> Path:
    """80 questions the corpus cannot answer, 60 of them near-domain traps: refusal calibration only."""
    return _shipped("calib")


def calib2_set_path() -> Path:
    """116 more, written blind a session later (109 off-topic over 60 topics, 7 answerable); tuning since."""
    return _shipped("calib2")


def calib3_set_path() -> Path:
    """99 questions (97 unanswerable, 70 reusing a record's words to ask what it does not say): diagnostic.

    Not a tuning set: no threshold refuses 95% of them without refusing many real questions (see
    docs/BENCHMARKS.md), so adding them to `python -m eval.tune` would only break its constraint."""
    return _shipped("calib3")


def tuning_set_paths() -> tuple[Path, ...]:
    """Every set the refusal rules are calibrated on (never a test set)."""
    return dev_set_path(), holdout_set_path(), calib_set_path(), calib2_set_path()


def blind_test_path() -> Path:
    """Blind questions for reporting only (read: eval/datasets/README.md)."""
    return _shipped("test")


def blind_test2_path() -> Path:
    """The second blind test set, written after the first had been seen: reporting only, never tuning."""
    return _shipped("test2")


def blind_test3_path() -> Path:
    """The third blind test set, with a third of its traps asking what a covered record does not say."""
    return _shipped("test3")


def load_jsonl_questions(path: Path, name: str | None = None) -> Dataset:
    queries = []
    with Path(path).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: invalid JSON ({exc})") from exc
            rel = set(row.get("relevant") or [])
            queries.append(Query(str(row.get("id", n)), row["question"], rel, bool(row.get("answerable", bool(rel))),
                                 row.get("type", "")))
    return Dataset(name or Path(path).stem, queries)


def load_beir(folder: Path, max_queries: int | None = None) -> Dataset:
    folder = Path(folder)
    for f in ("corpus.jsonl", "queries.jsonl", "qrels.tsv"):
        if not (folder / f).is_file():
            raise ValueError(f"{folder} is not a BEIR folder: {f} missing")
    digest = hashlib.sha1()
    docs = []
    with (folder / "corpus.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            digest.update(line.encode("utf-8"))
            row = json.loads(line)
            title = row.get("title") or ""
            text = (title + "\n" + row["text"]) if title and title not in row["text"][:50] else row["text"]
            docs.append(Document(str(row["_id"]), text, DocMeta(title=title or str(row["_id"]), kind="beir")))
    qrels: dict[str, set[str]] = {}
    with (folder / "qrels.tsv").open(encoding="utf-8") as fh:
        reader = csv.reader(fh, delimiter="\t")
        next(reader, None)
        for row in reader:
            if len(row) >= 3 and float(row[2]) > 0:
                qrels.setdefault(row[0], set()).add(row[1])
    queries = []
    with (folder / "queries.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            qid = str(row["_id"])
            if qid in qrels:
                queries.append(Query(qid, row["text"], qrels[qid]))
    if max_queries:
        queries = queries[:max_queries]
    return Dataset(folder.name, queries, docs, digest.hexdigest()[:16])
