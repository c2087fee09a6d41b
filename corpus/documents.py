"""Records that flow through the pipeline: documents, their metadata, and chunks."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field

STATUSES = ("有效", "失效", "unknown")


@dataclass
class DocMeta:
    title: str = ""
    issuer: str = ""
    doc_number: str = ""  # 文号
    date: str = ""  # ISO date (YYYY-MM-DD or YYYY-MM)
    source: str = ""
    kind: str = ""  # 法律, 部委文件, 案例, 统计 ...
    status: str = "unknown"
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Document:
    doc_id: str
    text: str
    meta: DocMeta
    path: str = ""  # where it was loaded from; empty for records rendered from YAML
    origin: str = "file"  # "file" | "record"
    probes: list[str] = field(default_factory=list)  # how people ask for it: indexed for matching, never quoted

    @property
    def content_hash(self) -> str:
        payload = self.text + "\x00" + repr(sorted(self.meta.to_dict().items(), key=str))
        if self.probes:
            payload += "\x00" + "\x01".join(self.probes)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass
class Chunk:
    chunk_id: str
    doc_id: str
    text: str
    heading: str  # heading path, e.g. "第三章 > 第十二条"
    start: int  # character offsets into Document.text
    end: int
    ordinal: int
    probes: list[str] = field(default_factory=list)  # the document's probes ride on its first chunk

    def to_dict(self) -> dict:
        return asdict(self)


def doc_id_for(name: str) -> str:
    """A stable ascii id for a file name or title."""
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]
    return f"doc-{digest}"
