"""Graph storage behind a small interface: rdflib in memory today, Oxigraph or a SPARQL endpoint later."""

from __future__ import annotations

import ctypes
import os
import re
import tempfile
import threading
from pathlib import Path
from typing import Protocol

from rdflib import Graph

from kg.namespaces import SPARQL_PREFIXES, bind_all

_FORBIDDEN = re.compile(r"\b(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|SERVICE|WITH)\b", re.I)
_STRINGS = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^>\s]*>|#[^\n]*')


class QueryError(ValueError):
    """A refused or failed query; the message is meant for the user (中文 / English)."""


class QueryTimeout(QueryError):
    pass


class GraphStore(Protocol):
    def query(self, sparql: str, timeout: float = 10.0) -> list[dict[str, object]]: ...

    def __len__(self) -> int: ...


def check_read_only(sparql: str) -> None:
    """Refuse updates and federated queries before they reach the engine."""
    code = re.sub(r"[?$]\w+", " ", _STRINGS.sub(" ", sparql))  # variables like ?add are not keywords
    m = _FORBIDDEN.search(code)
    if m:
        raise QueryError(f"只允许只读查询（SELECT/ASK/CONSTRUCT/DESCRIBE），不允许 {m.group(1).upper()} / "
                         f"read-only endpoint: {m.group(1).upper()} is refused")


def _run_with_timeout(fn, timeout: float):
    """Run ``fn`` in a worker thread; interrupt it (rdflib is pure Python) if it overruns."""
    box: dict[str, object] = {}

    def target():
        try:
            box["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            box["error"] = exc

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(worker.ident), ctypes.py_object(TimeoutError))
        worker.join(2.0)
        raise QueryTimeout(f"查询超时（>{timeout:g} 秒），请缩小范围或加 LIMIT / query exceeded {timeout:g}s")
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]


class MemoryGraphStore:
    def __init__(self, graph: Graph | None = None):
        self.graph = graph if graph is not None else Graph()
        bind_all(self.graph)

    def __len__(self) -> int:
        return len(self.graph)

    @classmethod
    def load(cls, path: Path) -> MemoryGraphStore:
        g = Graph()
        fmt = {".nt": "nt", ".ttl": "turtle", ".jsonld": "json-ld"}.get(Path(path).suffix, "nt")
        g.parse(str(path), format=fmt)
        return cls(g)

    def save(self, path: Path, fmt: str = "nt") -> None:
        """Atomic: serialise to a temp file in the same folder, then rename over the target."""
        path = Path(path)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
        os.close(fd)
        try:
            self.graph.serialize(destination=tmp, format=fmt, encoding="utf-8")
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def query(self, sparql: str, timeout: float = 10.0) -> list[dict[str, object]]:
        """Read-only SPARQL with our prefixes predeclared; rows as {variable: python value}."""
        check_read_only(sparql)
        text = sparql if re.search(r"^\s*PREFIX\s", sparql, re.I | re.M) else SPARQL_PREFIXES + sparql

        def run():
            try:
                result = self.graph.query(text)
            except Exception as exc:
                raise QueryError(f"SPARQL 语法或执行错误 / SPARQL error: {exc}") from exc
            if result.type == "ASK":
                return [{"ask": bool(result.askAnswer)}]
            if result.type in ("CONSTRUCT", "DESCRIBE"):
                return [{"s": s, "p": p, "o": o} for s, p, o in result.graph]
            names = [str(v) for v in result.vars]
            return [{n: row[i] for i, n in enumerate(names)} for row in result]

        return _run_with_timeout(run, timeout)
