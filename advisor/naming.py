"""Documents a question names outright, by 文号 ("2023年6号公告", "国发〔2021〕29号") or by full title."""

from __future__ import annotations

from collections.abc import Mapping

from corpus.metadata import doc_number_keys


def named_documents(question: str, documents: Mapping[str, dict]) -> set[str]:
    """Ids of the documents whose 文号 or full title (six characters or more) the question contains."""
    keys = doc_number_keys(question)
    by_number, by_title = set(), set()
    for doc_id, doc in documents.items():
        meta = doc.get("meta", {})
        if keys and keys & doc_number_keys(meta.get("doc_number", "")):
            by_number.add(doc_id)
        title = str(meta.get("title", "")).strip("《》 ")
        if len(title) >= 6 and title in question:
            by_title.add(doc_id)
    # A title shared by an old and a revised version names the one in force; a 文号 names exactly one.
    current = {d for d in by_title if documents[d].get("meta", {}).get("status") != "失效"}
    return by_number | (current or by_title)
