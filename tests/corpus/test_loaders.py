"""corpus.loaders: every supported format loads, every bad input is rejected with a clear reason.

Fixtures (PDF, DOCX, GBK text ...) are generated into tmp_path at test time.
"""

from __future__ import annotations

import csv
import difflib
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from corpus.loaders import LoadError, LoadOptions, decode_bytes, load_file, load_paths, split_front_matter
from corpus.metadata import detect_metadata
from corpus.normalize import normalize_text
from corpus.web_clean import clean_web_text, page_title
from tests.conftest import shared_path

NOTICE_TITLE = "国务院关于加快发展数字经济的通知"
NOTICE = (
    f"{NOTICE_TITLE}\n"
    "国发〔2021〕29号\n"
    "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
    "为推动中小企业数字化转型，降低“上云用数赋智”门槛，现就有关事项通知如下。\n"
    "国务院\n"
    "2021年12月12日\n"
)


def _nows(text: str) -> str:
    return re.sub(r"\s+", "", text)


# --- fixture builders -------------------------------------------------------------------------------


def _cjk_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


def make_text_pdf(path: Path, lines: list[str]) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.setFont(_cjk_font(), 12)
    y = 780
    for line in lines:
        c.drawString(60, y, line)
        y -= 20
    c.showPage()
    c.save()
    return path


def make_image_only_pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for i in range(5):
        c.rect(60 + 30 * i, 500 - 40 * i, 200, 120, fill=i % 2)
    c.line(50, 50, 500, 700)
    c.showPage()
    c.save()
    return path


def make_encrypted_pdf(path: Path, source: Path) -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=str(source))
    writer.encrypt(user_password="secret-user", owner_password="secret-owner")
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def make_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("上海市促进中小企业数字化转型实施办法")
    document.add_paragraph("第一条 为了推动本市中小企业数字化转型，制定本办法。")
    document.add_paragraph("第二条 对购买云服务的小微企业，按照实际支出给予补贴。")
    table = document.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate(
        [("项目", "补贴比例"), ("上云服务", "百分之三十"), ("低代码平台", "百分之二十")]
    ):
        table.cell(r, 0).text = a
        table.cell(r, 1).text = b
    document.save(str(path))
    return path


HTML_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>工业和信息化部关于开展中小企业数字化转型试点工作的通知_政策文件_中国政府网</title>
<script>var tracker = "SCRIPT-MARKER 统计代码";</script>
<style>.content { color: #333 } /* STYLE-MARKER */</style>
</head><body>
<nav><a href="/">首页</a> | <a>NAV-MARKER 政策</a> | <a>登录</a> | <a>注册</a> | <a>网站地图</a></nav>
<header>HEADER-MARKER 中国政府网 欢迎您</header>
<div class="content">
<h1>工业和信息化部关于开展中小企业数字化转型试点工作的通知</h1>
<p>工信部企业〔2023〕88号</p>
<p>各省、自治区、直辖市及计划单列市中小企业主管部门：</p>
<p>为贯彻落实党中央、国务院决策部署，加快推动中小企业数字化转型，提升中小企业核心竞争力，现就开展试点工作有关事项通知如下。</p>
<p>一、试点城市应当聚焦重点行业，组织数字化服务商为中小企业提供量身定制的改造方案，切实降低转型成本。</p>
<p>二、各地要加强资金保障，对试点企业的数字化改造给予适当支持，并及时总结推广典型经验。</p>
<p>工业和信息化部</p>
<p>2023年6月5日</p>
</div>
<footer>FOOTER-MARKER 版权所有：中国政府网 京ICP备05070218号 主办单位：国务院办公厅 联系我们</footer>
<script>document.write("SCRIPT2-MARKER 分享到微信")</script>
</body></html>
"""


# --- encodings --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "encode"),
    [
        ("utf8.txt", lambda s: s.encode("utf-8")),
        ("utf8-bom.txt", lambda s: b"\xef\xbb\xbf" + s.encode("utf-8")),
        ("gbk.txt", lambda s: s.encode("gbk")),
        ("gb18030.txt", lambda s: s.encode("gb18030")),
        ("utf16.txt", lambda s: s.encode("utf-16")),
    ],
)
def test_text_encodings_decode_to_the_same_text(
    tmp_path: Path, name: str, encode: Callable[[str], bytes]
) -> None:
    path = tmp_path / name
    path.write_bytes(encode(NOTICE))
    doc = load_file(path)
    assert doc.text == normalize_text(NOTICE)
    assert "\ufeff" not in doc.text
    assert doc.meta.title == NOTICE_TITLE


def test_gbk_bytes_are_not_valid_utf8() -> None:
    # Guards the GBK test above: it only proves something if UTF-8 decoding really fails.
    with pytest.raises(UnicodeDecodeError):
        NOTICE.encode("gbk").decode("utf-8")


def test_gb18030_only_characters_survive(tmp_path: Path) -> None:
    text = "生僻字测试：𠀀与䶮，均属于中小企业名称用字。\n"
    with pytest.raises(UnicodeEncodeError):
        text.encode("gbk")
    path = tmp_path / "rare.txt"
    path.write_bytes(text.encode("gb18030"))
    assert load_file(path).text == text.strip()


def test_decode_bytes_strips_utf8_bom() -> None:
    assert decode_bytes(b"\xef\xbb\xbf" + "数字经济".encode(), "x.txt") == "数字经济"


def test_traditional_text_can_be_simplified_at_load(tmp_path: Path) -> None:
    path = tmp_path / "trad.txt"
    path.write_text("促進中小企業發展條例\n數字經濟發展規劃。\n", encoding="utf-8")
    assert (
        load_file(path, LoadOptions(traditional_to_simplified=True)).text
        == "促进中小企业发展条例\n数字经济发展规划。"
    )
    assert load_file(path).text.startswith("促進中小企業")


# --- front matter and metadata -----------------------------------------------------------------------


def test_markdown_front_matter_gives_metadata(tmp_path: Path) -> None:
    path = tmp_path / "policy.md"
    path.write_text(
        "---\n"
        "title: 政府采购促进中小企业发展管理办法\n"
        "issuer: 财政部 工业和信息化部\n"
        "doc_number: 财库〔2020〕46号\n"
        "date: 2020-12-18\n"
        "kind: 部委文件\n"
        "status: 有效\n"
        "---\n"
        "# 正文标题不同于 front matter\n\n"
        "第一条 为了发挥政府采购的政策功能，促进中小企业发展，制定本办法。\n",
        encoding="utf-8",
    )
    doc = load_file(path)
    assert doc.meta.title == "政府采购促进中小企业发展管理办法"
    assert doc.meta.issuer == "财政部 工业和信息化部"
    assert doc.meta.doc_number == "财库〔2020〕46号"
    assert doc.meta.date == "2020-12-18"
    assert doc.meta.kind == "部委文件"
    assert doc.meta.status == "有效"
    assert "title:" not in doc.text and not doc.text.startswith("---")
    assert doc.text.startswith("# 正文标题")


def test_unknown_status_in_front_matter_becomes_unknown(tmp_path: Path) -> None:
    path = tmp_path / "s.md"
    path.write_text("---\ntitle: 某办法\nstatus: 现行\n---\n正文内容。\n", encoding="utf-8")
    assert load_file(path).meta.status == "unknown"


def test_broken_front_matter_is_kept_as_text(tmp_path: Path) -> None:
    path = tmp_path / "broken.md"
    path.write_text("---\ntitle: [未闭合\n---\n正文内容。\n", encoding="utf-8")
    meta, body = split_front_matter(path.read_text(encoding="utf-8"))
    assert meta == {} and body.startswith("---")
    assert load_file(path).meta.title != "[未闭合"


def test_metadata_detected_from_body_without_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(NOTICE, encoding="utf-8")
    meta = load_file(path).meta
    assert meta.title == NOTICE_TITLE
    assert meta.doc_number == "国发〔2021〕29号"
    assert meta.date == "2021-12-12"
    assert meta.issuer == "国务院"
    assert meta.source == "notice.txt"


def test_whitespace_only_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("\n\u3000 \t\n\u200b\n", encoding="utf-8")
    with pytest.raises(LoadError) as info:
        load_file(path)
    assert "no usable text" in info.value.reason


# --- HTML -------------------------------------------------------------------------------------------


def test_html_keeps_main_text_and_uses_title(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    doc = load_file(path)
    for marker in (
        "SCRIPT-MARKER",
        "SCRIPT2-MARKER",
        "STYLE-MARKER",
        "NAV-MARKER",
        "HEADER-MARKER",
        "FOOTER-MARKER",
        "京ICP备",
        "版权所有",
        "网站地图",
    ):
        assert marker not in doc.text, marker
    assert doc.text.startswith("工业和信息化部关于开展中小企业数字化转型试点工作的通知")
    assert "二、各地要加强资金保障" in doc.text
    assert doc.text.rstrip().endswith("2023年6月5日")
    assert doc.meta.title == "工业和信息化部关于开展中小企业数字化转型试点工作的通知"
    assert doc.meta.doc_number == "工信部企业〔2023〕88号"
    assert doc.meta.date == "2023-06-05"


def test_html_in_gbk_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_bytes(HTML_PAGE.replace('charset="utf-8"', 'charset="gbk"').encode("gbk"))
    doc = load_file(path)
    assert "加快推动中小企业数字化转型" in doc.text
    assert doc.meta.title == "工业和信息化部关于开展中小企业数字化转型试点工作的通知"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "国务院关于印发“十四五”数字经济发展规划的通知_宏观经济_中国政府网",
            "国务院关于印发“十四五”数字经济发展规划的通知",
        ),
        ("优化营商环境条例 | 中国政府网", "优化营商环境条例"),
        ("数据安全法", "数据安全法"),
        ("", ""),
    ],
)
def test_page_title_drops_site_suffix(raw: str, expected: str) -> None:
    assert page_title(raw) == expected


# --- PDF --------------------------------------------------------------------------------------------


def test_pdf_text_layer_in_chinese(tmp_path: Path) -> None:
    path = make_text_pdf(tmp_path / "notice.pdf", NOTICE.strip().split("\n"))
    doc = load_file(path)
    assert _nows(doc.text) == _nows(NOTICE)
    assert doc.meta.title == NOTICE_TITLE
    assert doc.meta.doc_number == "国发〔2021〕29号"
    assert doc.meta.date == "2021-12-12"


def test_pdf_with_two_pages_keeps_page_order(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "two.pdf"
    c = canvas.Canvas(str(path))
    c.setFont(_cjk_font(), 12)
    c.drawString(60, 780, "第一页：中小企业促进法第一条。")
    c.showPage()
    c.setFont(_cjk_font(), 12)
    c.drawString(60, 780, "第二页：中小企业促进法第二条。")
    c.showPage()
    c.save()
    text = load_file(path).text
    assert text.index("第一页") < text.index("第二页")


# --- DOCX -------------------------------------------------------------------------------------------


def test_docx_paragraphs_and_table(tmp_path: Path) -> None:
    doc = load_file(make_docx(tmp_path / "measures.docx"))
    lines = doc.text.split("\n")
    assert lines[0] == "上海市促进中小企业数字化转型实施办法"
    assert doc.text.index("第一条") < doc.text.index("第二条") < doc.text.index("上云服务")
    table_lines = [ln for ln in lines if "上云服务" in ln or "低代码平台" in ln]
    assert len(table_lines) == 2
    assert "百分之三十" in table_lines[0] and "百分之二十" in table_lines[1]
    assert doc.meta.title == "上海市促进中小企业数字化转型实施办法"


# --- bad inputs -------------------------------------------------------------------------------------


def _reason(path: Path, options: LoadOptions | None = None) -> str:
    with pytest.raises(LoadError) as info:
        load_file(path, options)
    err = info.value
    assert err.path == str(path)
    assert str(path) in str(err)
    return err.reason


def test_empty_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    reason = _reason(path)
    assert "空文件" in reason and "empty" in reason


def test_binary_junk_txt_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(256)) * 4 + b"\x00\x00\x00")
    reason = _reason(path)
    assert "binary" in reason and "二进制" in reason


def test_encrypted_pdf_is_rejected(tmp_path: Path) -> None:
    plain = make_text_pdf(tmp_path / "plain.pdf", [NOTICE_TITLE, "正文内容，用于加密测试。"])
    path = make_encrypted_pdf(tmp_path / "locked.pdf", plain)
    reason = _reason(path)
    assert "encrypted" in reason and "加密" in reason


def test_image_only_pdf_is_rejected(tmp_path: Path) -> None:
    path = make_image_only_pdf(tmp_path / "scan.pdf")
    reason = _reason(path)
    assert "OCR" in reason and "text layer" in reason


def test_corrupt_pdf_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n" + os.urandom(512))
    reason = _reason(path)
    assert "PDF" in reason and ("corrupt" in reason or "no text" in reason or "text layer" in reason)


def test_corrupt_docx_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(os.urandom(2048))
    reason = _reason(path)
    assert "DOCX" in reason and "corrupt" in reason


def test_unsupported_extension_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "sheet.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a spreadsheet")
    reason = _reason(path)
    assert "unsupported" in reason and ".xlsx" in reason


def test_missing_file_is_rejected(tmp_path: Path) -> None:
    assert "not found" in _reason(tmp_path / "nowhere.txt")


def test_file_over_size_limit_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(NOTICE * 20, encoding="utf-8")
    size = path.stat().st_size
    reason = _reason(path, LoadOptions(max_bytes=size - 1))
    assert "too large" in reason and "过大" in reason
    assert load_file(path, LoadOptions(max_bytes=size)).text  # exactly at the limit is fine


# --- batches ----------------------------------------------------------------------------------------


def test_load_paths_loads_good_files_and_reports_each_bad_one(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    sub = folder / "sub"
    sub.mkdir(parents=True)
    (folder / "a-notice.txt").write_bytes(NOTICE.encode("gbk"))
    (folder / "b-page.html").write_text(HTML_PAGE, encoding="utf-8")
    make_docx(folder / "c-measures.docx")
    make_text_pdf(sub / "d-notice.pdf", NOTICE.strip().split("\n"))
    (sub / "e-policy.md").write_text(
        "---\ntitle: 测试办法\n---\n第一条 为了测试，制定本办法。\n", encoding="utf-8"
    )
    (folder / ".hidden.txt").write_text("隐藏文件不应被读取。", encoding="utf-8")

    bad = {
        folder / "empty.txt": "empty",
        folder / "junk.txt": "binary",
        folder / "broken.docx": "corrupt",
        folder / "scan.pdf": "text layer",
        sub / "locked.pdf": "encrypted",
        folder / "notes.xls": "unsupported",
    }
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (folder / "broken.docx").write_bytes(os.urandom(1024))
    make_image_only_pdf(folder / "scan.pdf")
    make_encrypted_pdf(
        sub / "locked.pdf", make_text_pdf(tmp_path / "plain.pdf", [NOTICE_TITLE, "正文内容。"])
    )
    (folder / "notes.xls").write_bytes(b"\xd0\xcf\x11\xe0")

    report = load_paths([folder])
    loaded = sorted(Path(d.path).name for d in report.documents)
    assert loaded == ["a-notice.txt", "b-page.html", "c-measures.docx", "d-notice.pdf", "e-policy.md"]
    rejected = {Path(err.path): err.reason for err in report.rejected}
    assert set(rejected) == set(bad)
    for path, word in bad.items():
        assert word in rejected[path], (path, rejected[path])
    by_name = {Path(d.path).name: d for d in report.documents}
    assert by_name["a-notice.txt"].meta.doc_number == "国发〔2021〕29号"
    assert by_name["e-policy.md"].meta.title == "测试办法"
    assert len({d.doc_id for d in report.documents}) == len(report.documents)


def test_load_paths_accepts_single_files_and_calls_progress(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(NOTICE, encoding="utf-8")
    seen: list[Path] = []

    def progress(files: list[Path]) -> Iterator[Path]:
        for f in files:
            seen.append(f)
            yield f

    report = load_paths([good, tmp_path / "missing.md"], progress=progress)
    assert [Path(d.path) for d in report.documents] == [good]
    assert [Path(e.path).name for e in report.rejected] == ["missing.md"]
    assert seen == [good, tmp_path / "missing.md"]


# --- the team's real policy texts (../shared/policies) -----------------------------------------------


def _index() -> dict[str, dict[str, str]]:
    index = shared_path("policies", "INDEX.tsv")
    with index.open(encoding="utf-8", newline="") as fh:
        return {row["file"]: row for row in csv.DictReader(fh, delimiter="\t")}


def test_every_shared_markdown_policy_loads_with_its_front_matter() -> None:
    folder = shared_path("policies")
    index = _index()
    files = sorted(folder.glob("*.md"))
    assert len(files) >= 20
    for f in files:
        row = index[f.name]
        doc = load_file(f)
        assert doc.meta.title == row["title"], f.name
        assert doc.meta.kind == row["kind"], f.name
        assert doc.meta.date == row["date"], f.name
        if row["doc_number"]:
            assert doc.meta.doc_number == row["doc_number"], f.name
        assert not doc.text.startswith("---") and "\ntitle:" not in doc.text[:300], f.name
        # Normalisation only squeezes whitespace: the body keeps at least 90% of its characters.
        assert len(doc.text) >= 0.9 * int(row["chars"]), f.name
        assert len(doc.text) <= int(row["chars"]), f.name


def test_shared_folder_loads_as_a_batch_without_rejections() -> None:
    folder = shared_path("policies")
    report = load_paths(sorted(folder.glob("*.md")))
    assert report.rejected == []
    assert len(report.documents) == len(list(folder.glob("*.md")))


def _raw_capture_body() -> str:
    raw = shared_path("policies", "shiwuwu-shuzi-jingji-guihua.raw.txt").read_text(encoding="utf-8")
    _, body = split_front_matter(raw)
    return body


def _clean_md_body() -> str:
    md = shared_path("policies", "shiwuwu-shuzi-jingji-guihua.md").read_text(encoding="utf-8")
    _, body = split_front_matter(md)
    return body


CHROME = ("京ICP备", "网站标识码", "索 引 号", "主办单位", "首页", "网站纠错")


def test_raw_web_capture_cleans_to_the_official_text() -> None:
    body = _raw_capture_body()
    assert all(c in body for c in CHROME)  # the capture really carries page chrome
    first_line = next(ln for ln in body.split("\n") if ln.strip()).strip()
    title = page_title(first_line)
    assert title == "国务院关于印发“十四五”数字经济发展规划的通知"
    cleaned = normalize_text(clean_web_text(body, title))
    for c in CHROME:
        assert c not in cleaned, c
    ratio = difflib.SequenceMatcher(None, _nows(cleaned), _nows(_clean_md_body()), autojunk=False).ratio()
    assert ratio >= 0.95
    meta = detect_metadata(cleaned)
    assert meta["doc_number"] == "国发〔2021〕29号"
    assert meta["date"] == "2021-12-12"
    assert meta["title"] == title


def test_load_file_cleans_a_raw_web_capture(tmp_path: Path) -> None:
    path = tmp_path / "capture.txt"
    path.write_text(_raw_capture_body(), encoding="utf-8")  # no front matter: the loader must work it out
    doc = load_file(path)
    assert doc.meta.doc_number == "国发〔2021〕29号"
    assert doc.meta.title == "国务院关于印发“十四五”数字经济发展规划的通知"
    for c in CHROME:
        assert c not in doc.text, c
    ratio = difflib.SequenceMatcher(None, _nows(doc.text), _nows(_clean_md_body()), autojunk=False).ratio()
    assert ratio >= 0.95
