"""Strip navigation and page chrome from web pages and web captures, keeping the official text."""

from __future__ import annotations

import re

_NAV_WORDS = ("首页", "登录", "注册", "退出", "邮箱", "无障碍", "个人中心", "网站地图", "网站纠错", "版权所有",
              "ICP", "公网安备", "网站标识码", "主办单位", "运行维护", "联系我们", "打印", "关闭窗口", "分享到",
              "微信", "微博", "客户端", "扫一扫", "返回顶部", "字号", "【大", "收藏", "繁体", "English")
_META_LABEL = re.compile(r"^[\u4e00-\u9fa5 ]{1,8}[:：]$")
_HEADING = re.compile(r"^(第[一二三四五六七八九十百零〇\d]+[章节条编]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")
_SENTENCE_PUNCT = re.compile(r"[。；！？]")


def _is_chrome(line: str) -> bool:
    if not line:
        return False
    if "|" in line or "｜" in line or _META_LABEL.match(line):
        return True
    if len(line) <= 2 and not _HEADING.match(line):
        return True
    return len(line) <= 20 and any(w in line for w in _NAV_WORDS)


def _is_content(line: str) -> bool:
    return len(line) >= 30 and bool(_SENTENCE_PUNCT.search(line))


def clean_web_text(text: str, title: str = "", max_gap: int = 3) -> str:
    """Keep the largest block of content lines, cut where ``max_gap`` chrome lines follow each other.

    When the page title is known, the block starts at the last line before the first paragraph
    that begins the title (official texts repeat their title in the metadata table above).
    """
    lines = [ln.strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    blocks: list[tuple[int, int]] = []
    start, gap = None, 0
    for i, line in enumerate(lines):
        if _is_chrome(line):
            gap += 1
            if start is not None and gap >= max_gap:
                blocks.append((start, i - gap + 1))
                start = None
            continue
        gap = 0
        if start is None:
            start = i
    if start is not None:
        blocks.append((start, len(lines)))
    if not blocks:
        return ""

    def weight(block: tuple[int, int]) -> int:
        return sum(len(ln) for ln in lines[block[0] : block[1]] if _is_content(ln))

    lo, hi = max(blocks, key=weight)
    body = [ln for ln in lines[lo:hi] if not _is_chrome(ln)]
    first_para = next((i for i, ln in enumerate(body) if _is_content(ln)), 0)
    if title:
        key = title[: max(4, min(len(title), 7))]
        starts = [i for i, ln in enumerate(body[: first_para + 1]) if len(ln) >= 4 and title.startswith(ln[:len(key)]) and ln[:4] == title[:4]]
        if starts:
            body = body[starts[-1] :]
    return "\n\n".join(body)


def html_to_text(html: str) -> tuple[str, str]:
    """Visible text of an HTML page with one line per block element, and its <title>."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    title = soup.title.get_text(strip=True) if soup.title else ""
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg"]):
        tag.decompose()
    text = soup.get_text("\n")
    return text, title


def page_title(raw_title: str) -> str:
    """'国务院关于…的通知_宏观经济_中国政府网' -> '国务院关于…的通知'."""
    return re.split(r"[_|｜—-]{1,2}(?=[^_|｜]*$)|_", raw_title)[0].strip() if raw_title else ""
