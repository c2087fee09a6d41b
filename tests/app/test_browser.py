"""End-to-end browser tests of the Gradio app, driven by Playwright on Debian's Chromium.

One app process (``python app.py``) is started for the whole module on a free localhost port with a
fresh cache folder, so the first start converts the bundled model and builds the shipped index
(about a minute on CPU). Each test opens its own page. Screenshots of every step go to
tests/output/screenshots/ (gitignored); with SME_ADVISOR_UPDATE_DOCS=1 the chat, coverage and graph
ones are also copied to docs/screenshots/ (so an ordinary test run never edits tracked files).

Set SME_ADVISOR_TEST_URL=http://127.0.0.1:PORT/ to run against an app that is already running
(handy while writing tests; the upload test then adds its test document to that app's index).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-quic"]
SHOTS = ROOT / "tests" / "output" / "screenshots"
DOC_SHOTS = ROOT / "docs" / "screenshots"
STARTUP_TIMEOUT_S = 240
ANSWER_TIMEOUT_MS = 60_000
INGEST_TIMEOUT_MS = 120_000

TEST_DOC_TITLE = "测试文档：青溪县竹编合作社数字化记录"
TEST_DOC = f"""# {TEST_DOC_TITLE}

本文件是自动化测试专用的虚构材料，内容并非真实案例。

青溪县竹编合作社有三十多户竹编手艺人，过去靠电话和微信群接订单，经常漏单、记错尺寸。
合作社开通了一个订货小程序，客户在小程序里选择竹编篮、竹编灯罩的款式和尺寸后直接下单，订单自动汇总到共享表格。
手艺人每天早上在小程序里查看当天要编的订单，完工后拍照上传，合作社据此结算工钱。
用小程序接订单以后，竹编合作社的漏单基本消失，对账时间从每周两天缩短到半天。
"""


# ---- helpers --------------------------------------------------------------------------------------

def _require_chromium() -> None:
    if CHROMIUM.exists():
        return
    if os.environ.get("CI") == "true":
        pytest.fail("Chromium missing under CI: /usr/bin/chromium not found (apt-get install chromium)")
    pytest.skip("browser tests need Debian's Chromium at /usr/bin/chromium (apt-get install chromium)")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _responds(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _tail(path: Path, n: int = 40) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-n:])
    except OSError:
        return "(no log)"


def shot(page, name: str, publish: bool = False) -> Path:
    """Full-page screenshot into tests/output/screenshots/; ``publish`` also copies it to docs/screenshots/."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    if publish and os.environ.get("SME_ADVISOR_UPDATE_DOCS") == "1":
        DOC_SHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, DOC_SHOTS / f"{name}.png")
    return path


def wait_text(page, selector: str, predicate, timeout_ms: int, what: str) -> str:
    """Poll the inner text of ``selector`` until ``predicate(text)``; TimeoutError names what was awaited."""
    deadline = time.monotonic() + timeout_ms / 1000
    text = ""
    while time.monotonic() < deadline:
        loc = page.locator(selector)
        text = loc.first.inner_text() if loc.count() else ""
        if predicate(text):
            return text
        page.wait_for_timeout(250)
    raise TimeoutError(f"waited {timeout_ms / 1000:.0f}s for {what} in {selector}; last text: {text[:300]!r}")


def pick(page, elem_id: str, typed: str, wanted: str) -> str:
    """Choose the first option of the Gradio dropdown #elem_id whose label starts with ``wanted``.

    Typing filters the (virtualised) option list; Gradio refilters on key events, and Playwright
    types CJK text as an insertText without key events, so a harmless End key follows the text.
    """
    box = page.locator(f"#{elem_id} input")
    box.click()
    box.fill(typed)
    box.press("End")
    options = page.locator(f"#{elem_id} [role=option]")
    label = None
    deadline = time.monotonic() + 10
    while label is None and time.monotonic() < deadline:
        labels = options.evaluate_all("els => els.map(e => e.getAttribute('aria-label') || '')")  # one snapshot
        label = next((lb for lb in labels if lb.startswith(wanted)), None)
        if label is None:
            page.wait_for_timeout(200)
    assert label is not None, f"no option starting with {wanted!r} in #{elem_id} after typing {typed!r}"
    options.and_(page.locator(f"[aria-label='{label}']")).first.click()
    page.wait_for_function(
        "([sel, want]) => document.querySelector(sel) && document.querySelector(sel).value === want",
        arg=[f"#{elem_id} input", label], timeout=10_000)
    return label


def set_number(page, elem_id: str, value: float) -> None:
    box = page.locator(f"#{elem_id} input")
    box.fill(str(value))
    box.press("Tab")  # Gradio commits a number on change/blur


def ask(page, question: str) -> str:
    """Type a question, press 提问 and return the text of the new assistant message."""
    before = page.locator("[data-testid=bot]").count()
    page.locator("#question textarea").fill(question)
    page.locator("#ask-btn").click()
    page.locator("[data-testid=bot]").nth(before).wait_for(timeout=ANSWER_TIMEOUT_MS)
    return page.locator("[data-testid=bot]").nth(before).inner_text()


def open_tab(page, name: str) -> None:
    page.get_by_role("tab", name=name).click()


# ---- fixtures ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    _require_chromium()
    external = os.environ.get("SME_ADVISOR_TEST_URL")
    if external:
        if not _responds(external):
            pytest.fail(f"SME_ADVISOR_TEST_URL={external} does not answer")
        yield external.rstrip("/") + "/"
        return
    tmp = tmp_path_factory.mktemp("app")
    config = tmp / "config.toml"
    config.write_text("", encoding="utf-8")  # valid, empty TOML: no user config leaks in
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SME_ADVISOR_")}
    env.update(SME_ADVISOR_PORT=str(port), SME_ADVISOR_HOST="127.0.0.1", SME_ADVISOR_CACHE=str(tmp / "cache"),
               SME_ADVISOR_CONFIG=str(config), GRADIO_ANALYTICS_ENABLED="False", PYTHONUNBUFFERED="1")
    log_path = tmp / "app.log"
    url = f"http://127.0.0.1:{port}/"
    t0 = time.perf_counter()
    with log_path.open("wb") as log:
        proc = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        while not _responds(url):
            if proc.poll() is not None:
                pytest.fail(f"app.py exited with {proc.returncode} before serving; log tail:\n{_tail(log_path)}")
            if time.perf_counter() - t0 > STARTUP_TIMEOUT_S:
                pytest.fail(f"app.py did not answer on {url} within {STARTUP_TIMEOUT_S}s; log tail:\n{_tail(log_path)}")
            time.sleep(1)
        print(f"\n[app] serving {url} after {time.perf_counter() - t0:.1f}s (first start: model + index build)")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


@pytest.fixture(scope="module")
def browser_context(app_url):
    from playwright.sync_api import sync_playwright

    user_data = tempfile.mkdtemp(prefix="sme-advisor-chromium-")
    with sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(user_data, executable_path=str(CHROMIUM), headless=True,
                                                   args=CHROMIUM_ARGS, viewport={"width": 1400, "height": 1000},
                                                   locale="zh-CN")
        try:
            yield ctx
        finally:
            ctx.close()
            shutil.rmtree(user_data, ignore_errors=True)


@pytest.fixture
def page(browser_context, app_url):
    pg = browser_context.new_page()
    pg.set_default_timeout(30_000)
    pg.goto(app_url)
    pg.locator("#question textarea").wait_for(timeout=60_000)
    yield pg
    pg.close()


@pytest.fixture
def timer(request):
    t0 = time.perf_counter()
    yield
    print(f"\n[time] {request.node.name}: {time.perf_counter() - t0:.1f}s")


# ---- tests ---------------------------------------------------------------------------------------

def test_profile_panel_starts_empty(page, timer):
    """Nothing is pre-selected: the first question must not be answered for a made-up 上海市 farm."""
    shot(page, "00-start")
    for elem_id in ("province", "city", "industry"):
        assert page.locator(f"#{elem_id} input").input_value() == "", elem_id
    assert "填写行业" in page.locator("#size-result").inner_text()


def test_chat_answer_has_citations_and_cards(page, timer):
    t0 = time.perf_counter()
    answer = ask(page, "大客户老拖欠货款，有没有法规能保护我们小企业？")
    print(f"\n[time] first answer {time.perf_counter() - t0:.1f}s")
    assert "[1]" in answer
    bot = page.locator("[data-testid=bot]").last
    assert bot.locator("a[href='#cite-1']").count() >= 1  # the [1] marker links to its citation
    assert "地区：" not in answer  # no region was given, so none may be assumed
    page.locator("#citations details#cite-1").wait_for(timeout=ANSWER_TIMEOUT_MS)
    citations = page.locator("#citations")
    assert citations.locator("details.citation").count() >= 1
    assert "保障中小企业款项支付条例" in citations.inner_text()
    cards = page.locator("#cards .policy-card")
    assert cards.count() >= 1
    assert cards.first.locator(".card-title").inner_text().strip()
    page.locator("#citations details#cite-1 summary").click()  # show one quote in the screenshot
    expect_open = page.locator("#citations details#cite-1[open] blockquote")
    expect_open.wait_for()
    assert expect_open.inner_text().strip()
    shot(page, "chat", publish=True)


def test_profile_panel_classifies_size(page, timer):
    """工业 with 50 people and 3000万 revenue is 小型 (工信部联企业〔2011〕300号: 中型 needs ≥300 people)."""
    label = pick(page, "industry", "制造", "C ")
    assert label.startswith("C ")
    set_number(page, "employees", 50)
    set_number(page, "revenue", 3000)
    page.locator("#classify-btn").click()
    text = wait_text(page, "#size-result", lambda t: "划型结果" in t, ANSWER_TIMEOUT_MS, "划型结果")
    shot(page, "profile-manufacturing")
    assert "划型结果：小型" in text
    assert "工业" in text and "300" in text


def test_profile_panel_retail_is_medium(page, timer):
    """零售业 with 50 people and 3000万 revenue is 中型 (≥50 people and ≥500万); 门类 F needs the 划型 row."""
    label = pick(page, "industry", "零售", "F ")
    pick(page, "size-group", "零售", "零售业")
    set_number(page, "employees", 50)
    set_number(page, "revenue", 3000)
    page.locator("#classify-btn").click()
    text = wait_text(page, "#size-result", lambda t: "划型结果" in t or "无法确定" in t, ANSWER_TIMEOUT_MS, "划型")
    shot(page, "profile-retail-panel")
    print(f"\n[panel] {label}: {text!r}")
    assert "划型结果：中型" in text


def test_chat_fills_profile_and_size(page, timer):
    """The question's numbers and trade fill the panel, and the size is shown next to it."""
    ask(page, "我们是做零售的，50个人，一年营收3000万")
    text = wait_text(page, "#size-result", lambda t: "划型结果" in t, ANSWER_TIMEOUT_MS, "划型结果")
    shot(page, "profile-retail-chat")
    assert "划型结果：中型" in text and "零售业" in text
    assert page.locator("#industry input").input_value().startswith("F ")
    assert float(page.locator("#employees input").input_value()) == 50
    assert float(page.locator("#revenue input").input_value()) == 3000


def test_coverage_heatmap(page, timer):
    open_tab(page, "政策覆盖")
    page.locator("#coverage-btn").click()
    page.locator("#heatmap table").wait_for(timeout=ANSWER_TIMEOUT_MS)
    rows = page.locator("#heatmap table tr")
    data_rows = page.locator("#heatmap table tr:has(td)")
    assert rows.count() >= 20 and data_rows.count() >= 20, (rows.count(), data_rows.count())
    assert page.locator("#heatmap table td").count() >= 20 * 10  # industries × provinces
    page.get_by_text("缺口：").first.wait_for()
    shot(page, "coverage", publish=True)


def test_graph_view_of_blockchain(page, timer):
    open_tab(page, "知识图谱")
    page.get_by_role("button", name="载入可选实体").click()
    label = pick(page, "graph-picker", "区块链", "技术：区块链 ")
    assert label.startswith("技术：区块链")
    page.locator("#graph-view svg circle").nth(2).wait_for(timeout=ANSWER_TIMEOUT_MS)
    svg = page.locator("#graph-view svg")
    assert svg.count() == 1
    assert svg.locator("circle").count() >= 3  # the centre and its neighbours
    assert "区块链" in (svg.text_content() or "")
    assert "个相连节点" in page.locator("#graph-view").inner_text()
    shot(page, "graph", publish=True)


def test_upload_then_ask_cites_the_new_document(page, timer, tmp_path):
    doc = tmp_path / "qingxi-bamboo-coop-test.md"
    doc.write_text(TEST_DOC, encoding="utf-8")
    open_tab(page, "文档上传")
    page.locator("#upload-files input[type=file]").set_input_files(str(doc))
    page.locator("#upload-files").get_by_text(doc.name).first.wait_for(timeout=30_000)  # upload finished
    shot(page, "upload-selected")
    t0 = time.perf_counter()
    page.locator("#upload-btn").click()
    page.wait_for_function(
        "() => { const t = document.querySelector('#upload-result textarea'); return t && /已导入|失败|✗/.test(t.value); }",
        timeout=INGEST_TIMEOUT_MS)
    result = page.locator("#upload-result textarea").input_value()
    print(f"\n[time] ingest {time.perf_counter() - t0:.1f}s: {result!r}")
    shot(page, "upload-result")
    assert f"✓ 已导入：{doc.name}" in result
    m = re.search(r"本次新嵌入 (\d+) 个", result)
    assert m and 1 <= int(m.group(1)) <= 10, result  # only the new document's chunks were embedded

    open_tab(page, "企业问答")
    ask(page, "竹编合作社用小程序接订单的测试文档")
    text = wait_text(page, "#citations", lambda t: TEST_DOC_TITLE in t, ANSWER_TIMEOUT_MS, "the uploaded document")
    shot(page, "upload-cited")
    assert "竹编" in page.locator("[data-testid=bot]").last.inner_text()
    assert TEST_DOC_TITLE in text
