"""Fixtures for the advisor tests: one real index per test session, and a local OpenAI-compatible server.

The index is built once (session scope) with the real bundled model and shared, read-only, by
test_service.py and test_cli_ask.py; a test that needs to write an index copies it first.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from advisor.config import Settings

ENV_PREFIX = "SME_ADVISOR_"


# ---- isolation -----------------------------------------------------------------------------------

@pytest.fixture
def clean_env(monkeypatch, tmp_path) -> Path:
    """No SME_ADVISOR_* variable, no sme-advisor.toml in the working folder, no user config file."""
    for key in list(os.environ):
        if key.startswith(ENV_PREFIX):
            monkeypatch.delenv(key)
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    return work


# ---- the real index, built once -----------------------------------------------------------------

def model_cache_of(embedder, fallback: Path) -> Path:
    """The cache folder the converted model was written to (…/models/<name> → …), to reuse it."""
    if os.environ.get("SME_ADVISOR_TEST_CACHE"):
        return Path(os.environ["SME_ADVISOR_TEST_CACHE"])
    try:
        path = Path(embedder.path)
        if path.parent.name == "models" and path.is_dir():
            return path.parents[1]
    except Exception:  # noqa: BLE001 - only a hint; load_embedder also caches per process
        pass
    return fallback


@pytest.fixture(scope="session")
def advisor_settings(tmp_path_factory, real_embedder) -> Settings:
    """Settings whose index_dir holds the shipped corpus embedded with the real model (built once)."""
    from advisor.indexing import build_index

    root = tmp_path_factory.mktemp("advisor-index")
    cache = model_cache_of(real_embedder, root / "cache")
    settings = Settings(index_dir=root / "index", cache_dir=cache)
    t0 = time.perf_counter()
    report = build_index(settings, embedder=real_embedder, keep_previous_files=False)
    print(f"\n[advisor index] {report.documents} documents, {report.chunks} chunks, "
          f"built in {time.perf_counter() - t0:.1f}s into {settings.index_dir}")
    assert report.rejected == []
    return settings


@pytest.fixture(scope="session")
def advisor(advisor_settings, real_embedder):
    from advisor.service import Advisor
    from retrieval.bundle import BundleStore

    return Advisor(advisor_settings, BundleStore(advisor_settings.index_dir).load(), real_embedder)


# ---- the `sme-advisor ask --json` contract -----------------------------------------------------------

def _is_str_list(v) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


def _opt(kind):
    return lambda v: v is None or isinstance(v, kind)


def _number(v) -> bool:  # the contract says float: JSON "3000.0", never "3000"
    return isinstance(v, float)


def _opt_number(v) -> bool:
    return v is None or _number(v)


def _int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


PROFILE = {"region": _opt(str), "industry": _opt(str), "size": _opt(str), "employees": lambda v: v is None or _int(v),
           "revenue_wan": _opt_number, "needs": _is_str_list, "missing": _is_str_list}
CITATION = {"n": _int, "doc_id": lambda v: isinstance(v, str), "title": lambda v: isinstance(v, str),
            "source": lambda v: isinstance(v, str), "heading": lambda v: isinstance(v, str),
            "text": lambda v: isinstance(v, str), "score": _number}
POLICY = {"id": lambda v: isinstance(v, str), "title": lambda v: isinstance(v, str), "issuer": lambda v: isinstance(v, str),
          "doc_number": _opt(str), "status": lambda v: isinstance(v, str), "support": _is_str_list,
          "matched": _is_str_list, "unmet": _is_str_list, "source": lambda v: isinstance(v, str), "score": _number}
SAAS = {"id": lambda v: isinstance(v, str), "name": lambda v: isinstance(v, str), "why": lambda v: isinstance(v, str),
        "example_case": _opt(str)}
CASE = {"id": lambda v: isinstance(v, str), "title": lambda v: isinstance(v, str), "why": lambda v: isinstance(v, str)}


def _check_fields(obj: dict, spec: dict, where: str, exact: bool) -> None:
    assert isinstance(obj, dict), where
    missing = set(spec) - set(obj)
    assert not missing, f"{where}: missing keys {sorted(missing)}"
    if exact:
        assert set(obj) == set(spec), f"{where}: unexpected keys {sorted(set(obj) - set(spec))}"
    for key, ok in spec.items():
        assert ok(obj[key]), f"{where}.{key} has the wrong type: {obj[key]!r}"


def assert_contract(d: dict) -> None:
    """The `sme-advisor ask --json` contract; extra keys only inside policies/saas/cases items."""
    assert set(d) == {"question", "profile", "answer", "confident", "citations", "policies", "saas", "cases"}
    assert isinstance(d["question"], str)
    assert isinstance(d["answer"], str) and d["answer"]
    assert isinstance(d["confident"], bool)
    _check_fields(d["profile"], PROFILE, "profile", exact=True)
    for name, spec, exact in (("citations", CITATION, True), ("policies", POLICY, False),
                              ("saas", SAAS, False), ("cases", CASE, False)):
        assert isinstance(d[name], list), name
        for i, item in enumerate(d[name]):
            _check_fields(item, spec, f"{name}[{i}]", exact)
    assert [c["n"] for c in d["citations"]] == list(range(1, len(d["citations"]) + 1))
    json.dumps(d, ensure_ascii=False, allow_nan=False)  # serialisable, no NaN/inf


@pytest.fixture(name="assert_contract")
def assert_contract_fixture():
    return assert_contract


# ---- a local OpenAI-compatible chat-completions server ---------------------------------------------

class FakeLLMServer(ThreadingHTTPServer):
    daemon_threads = True  # a sleeping handler must not block shutdown
    allow_reuse_address = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)  # port 0: the OS picks a free port
        self.mode = "ok"  # ok | error | sleep | garbage
        self.delay = 2.0
        self.reply: str | Callable[[dict], str] = ""
        self.requests: list[dict] = []

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"


class _Handler(BaseHTTPRequestHandler):
    server: FakeLLMServer

    def log_message(self, *args) -> None:  # keep pytest output clean
        pass

    def do_POST(self) -> None:  # noqa: N802 - http.server naming
        try:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            srv = self.server
            srv.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
            if srv.mode == "sleep":
                time.sleep(srv.delay)
            if srv.mode == "error":
                self._send(500, {"error": {"message": "internal error", "type": "server_error"}})
                return
            if srv.mode == "garbage":
                self._send(200, {"unexpected": True})
                return
            content = srv.reply(body) if callable(srv.reply) else srv.reply
            self._send(200, {
                "id": "chatcmpl-test", "object": "chat.completion", "created": int(time.time()),
                "model": body.get("model", ""),
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": content}}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
            })
        except (BrokenPipeError, ConnectionResetError):  # the client timed out and went away
            pass

    def _send(self, status: int, obj: dict) -> None:
        data = json.dumps(obj, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def llm_server() -> Iterator[FakeLLMServer]:
    server = FakeLLMServer()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
