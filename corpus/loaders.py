"""Load TXT, Markdown, HTML, PDF and DOCX files into Documents, rejecting bad input clearly."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from corpus.documents import DocMeta, Document, doc_id_for
from corpus.metadata import detect_metadata
from corpus.normalize import normalize_text
from corpus.web_clean import _is_chrome, clean_web_text, html_to_text, page_title

SUPPORTED = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
             ".pdf": "pdf", ".docx": "docx"}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_FRONT_MATTER = re.compile(r"\A\ufeff?---\s*\n(.*?)\n---\s*\n", re.S)


class LoadError(ValueError):
    """A file that cannot be ingested; the message names the file and the reason (中文 / English)."""

    def __init__(self, path: Path | str, reason: str):
        self.path, self.reason = str(path), reason
        super().__init__(f"{path}: {reason}")


@dataclass
class LoadOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    traditional_to_simplified: bool = False


@dataclass
class LoadReport:
    documents: list[Document] = field(default_factory=list)
    rejected: list[LoadError] = field(default_factory=list)


def decode_bytes(data: bytes, path: Path | str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK/GB2312)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise LoadError(path, "二进制文件，不是文本 / binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_chinese(text):
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise LoadError(path, "无法识别文本编码 / unknown text encoding")
    return str(best)


def _looks_chinese(text: str) -> bool:
    sample = text[:5000]
    cjk = sum(1 for c in sample if "\u4e00" <= c <= "\u9fff")
    letters = sum(1 for c in sample if c.isalpha())
    return letters > 0 and cjk / letters > 0.3


def split_front_matter(text: str) -> tuple[dict, str]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError:
        return {}, text
    return (meta if isinstance(meta, dict) else {}), text[m.end():]


def _read_pdf(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise LoadError(path, "PDF 已加密 / encrypted PDF")
            except Exception as exc:
                raise LoadError(path, "PDF 已加密 / encrypted PDF") from exc
        pages = [page.extract_text() or "" for page in reader.pages]
    except LoadError:
        raise
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise LoadError(path, f"PDF 文件损坏 / corrupt PDF ({exc.__class__.__name__})") from exc
    text = "\n".join(pages)
    if len(re.sub(r"\s", "", text)) < 10:
        raise LoadError(path, "PDF 没有文字层（扫描件/图片），请先 OCR / image-only PDF without a text layer")
    return text


def _read_docx(path: Path) -> str:
    import docx

    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise LoadError(path, f"DOCX 文件损坏 / corrupt DOCX ({exc.__class__.__name__})") from exc
    except Exception as exc:  # python-docx raises its own PackageNotFoundError
        raise LoadError(path, f"DOCX 文件损坏 / corrupt DOCX ({exc.__class__.__name__})") from exc
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text.strip() for cell in row.cells))
    return "\n".join(parts)


def _looks_like_web_capture(text: str) -> bool:
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()][:80]
    if len(lines) < 20:
        return False
    chrome = sum(1 for ln in lines if _is_chrome(ln) or len(ln) <= 2)
    return chrome / len(lines) > 0.3


def load_file(path: Path | str, options: LoadOptions | None = None) -> Document:
    """Load one file; raises LoadError with a readable reason on bad input."""
    options = options or LoadOptions()
    path = Path(path)
    kind = SUPPORTED.get(path.suffix.lower())
    if kind is None:
        raise LoadError(path, f"不支持的文件类型 {path.suffix or '(无扩展名)'} / unsupported file type")
    if not path.is_file():
        raise LoadError(path, "文件不存在 / file not found")
    size = path.stat().st_size
    if size == 0:
        raise LoadError(path, "空文件 / empty file")
    if size > options.max_bytes:
        raise LoadError(path, f"文件过大（{size / 1e6:.1f} MB，上限 {options.max_bytes / 1e6:.0f} MB）/ file too large")

    front: dict = {}
    title_hint = ""
    if kind == "pdf":
        text = _read_pdf(path)
    elif kind == "docx":
        text = _read_docx(path)
    else:
        text = decode_bytes(path.read_bytes(), path)
        front, text = split_front_matter(text)
        if kind == "html":
            text, raw_title = html_to_text(text)
            title_hint = page_title(raw_title)
            text = clean_web_text(text, str(front.get("title") or title_hint))
        elif _looks_like_web_capture(text):
            first = next((ln for ln in text.split("\n") if ln.strip()), "")
            title_hint = page_title(first.strip())
            text = clean_web_text(text, str(front.get("title") or title_hint))

    text = normalize_text(text, options.traditional_to_simplified)
    if len(text) < 2:
        raise LoadError(path, "文件没有可用文字 / no usable text")
    detected = detect_metadata(text)
    meta = DocMeta(
        title=str(front.get("title") or title_hint or detected["title"] or path.stem),
        issuer=str(front.get("issuer") or detected["issuer"]),
        doc_number=str(front.get("doc_number") or detected["doc_number"]),
        date=str(front.get("date") or detected["date"]),
        source=str(front.get("source") or path.name),
        kind=str(front.get("kind") or ""),
        status=str(front.get("status") or "unknown"),
    )
    if meta.status not in ("有效", "失效", "unknown"):
        meta.status = "unknown"
    return Document(doc_id=doc_id_for(path.name), text=text, meta=meta, path=str(path))


def iter_files(paths: Iterable[Path | str]) -> list[Path]:
    """Expand folders (recursively) into supported files, in a stable order."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith(".")))
        else:
            files.append(p)
    return files


def load_paths(paths: Iterable[Path | str], options: LoadOptions | None = None, progress=None) -> LoadReport:
    """Load every file; bad files are reported and skipped, the rest of the batch still loads."""
    report = LoadReport()
    files = iter_files(paths)
    for f in progress(files) if progress else files:
        try:
            report.documents.append(load_file(f, options))
        except LoadError as err:
            report.rejected.append(err)
    return report
