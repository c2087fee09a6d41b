"""Optional answer generation by an OpenAI-compatible endpoint, grounded in the cited passages only.

Every generated sentence must carry [n] markers whose passages support it (character-bigram overlap);
unsupported sentences are dropped. Any error, timeout or empty result falls back to the extractive answer.
"""

from __future__ import annotations

import logging
import re

from advisor.answer import Citation
from advisor.config import Settings

log = logging.getLogger(__name__)
_MARK = re.compile(r"\[(\d+)\]")
_SENT = re.compile(r"[^。！？\n]+[。！？]?")

SYSTEM = ("你是数实通，一个为中国中小企业解答政策和数字化问题的助手。只能依据用户提供的编号资料回答，"
          "每句话末尾用 [编号] 标明依据；资料没有的内容不要写，不要编造金额、日期或文号。回答用简洁的中文。")


def _bigrams(text: str) -> set[str]:
    text = re.sub(r"\s|\[\d+\]", "", text)
    return {text[i:i + 2] for i in range(len(text) - 1)}


def supported(sentence: str, citations: dict[int, Citation], min_overlap: float = 0.35) -> bool:
    """A sentence is kept when it cites passages that contain most of its character bigrams."""
    marks = [int(m) for m in _MARK.findall(sentence)]
    if not marks or any(m not in citations for m in marks):
        return False
    grams = _bigrams(sentence)
    if not grams:
        return False
    evidence = set().union(*(_bigrams(citations[m].text) for m in marks))
    return len(grams & evidence) / len(grams) >= min_overlap


def filter_supported(text: str, citations: list[Citation]) -> str:
    by_n = {c.n: c for c in citations}
    kept = [s.strip() for s in _SENT.findall(text) if s.strip() and supported(s, by_n)]
    return "\n".join(kept)


def llm_answer(settings: Settings, question: str, citations: list[Citation]) -> str | None:
    """The generated answer with unsupported sentences removed, or None to keep the extractive one."""
    if not citations:
        return None
    import httpx

    context = "\n\n".join(f"[{c.n}] 《{c.title}》{(' ' + c.heading) if c.heading else ''}\n{c.text}" for c in citations)
    payload = {"model": settings.llm_model, "temperature": 0.1,
               "messages": [{"role": "system", "content": SYSTEM},
                            {"role": "user", "content": f"资料：\n{context}\n\n问题：{question}"}]}
    headers = {"Authorization": f"Bearer {settings.llm_api_key}"} if settings.llm_api_key else {}
    url = settings.llm_base_url.rstrip("/") + "/chat/completions"
    try:
        resp = httpx.post(url, json=payload, headers=headers, timeout=settings.llm_timeout)
        resp.raise_for_status()
        text = resp.json()["choices"][0]["message"]["content"]
    except Exception as exc:  # noqa: BLE001 - any failure means: use the extractive answer
        log.warning("LLM call failed, using the extractive answer: %s", exc)
        return None
    kept = filter_supported(str(text), citations)
    return kept or None
