"""Embeddings behind one adapter: WordLlama offline (the default) or any OpenAI-compatible endpoint.

`get_embedder()` picks by `EMBEDDER` (wordllama|openai). An embedder's `id`
names the model and size; chunks store it, so changing the setting makes
older vectors stale and a background task re-embeds them.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np
from django.conf import settings


class EmbeddingError(Exception):
    """The embedding provider failed; `transient` says whether retrying may help."""

    def __init__(self, message: str, *, transient: bool = True):
        super().__init__(message)
        self.transient = transient


class Embedder(Protocol):
    id: str
    dims: int

    def embed(self, texts: list[str]) -> np.ndarray:
        """One L2-normalised float32 row per text."""


def _normalise(matrix: np.ndarray) -> np.ndarray:
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return matrix / norms


class WordLlamaEmbedder:
    """The 256-dimension `l2_supercat` model shipped in the wordllama wheel; never downloads anything."""

    dims = 256
    id = "wordllama:l2_supercat:256"
    # A text's vector is the average of its tokens' vectors, so words may be weighted by pooling them apart.
    pools_words = True

    def __init__(self):
        self._model = None
        self._lock = threading.Lock()

    @staticmethod
    def load_model():
        import wordllama
        from wordllama import WordLlama

        return WordLlama.load(dim=256, cache_dir=Path(wordllama.__file__).parent, disable_download=True)

    @property
    def model(self):
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = self.load_model()
        return self._model

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dims), dtype=np.float32)
        return _normalise(self.model.embed(list(texts), norm=True))


class OpenAIEmbedder:
    """Any OpenAI-compatible embeddings endpoint through the official SDK, in batches."""

    batch_size = 128

    def __init__(self, *, api_key: str, base_url: str | None, model: str, dims: int):
        self.model = model
        self.dims = dims
        self.id = f"openai:{model}:{dims}"
        self._api_key = api_key
        self._base_url = base_url or None

    def _client(self):
        import openai

        return openai.OpenAI(api_key=self._api_key, base_url=self._base_url, timeout=30.0, max_retries=2)

    def embed(self, texts: list[str]) -> np.ndarray:
        import openai

        if not texts:
            return np.zeros((0, self.dims), dtype=np.float32)
        client = self._client()
        rows: list[list[float]] = []
        for start in range(0, len(texts), self.batch_size):
            batch = [t[:8000] or " " for t in texts[start : start + self.batch_size]]
            try:
                response = client.embeddings.create(model=self.model, input=batch)
            except openai.APIStatusError as exc:
                raise EmbeddingError(
                    f"embedding request failed: {exc.status_code}",
                    transient=exc.status_code >= 500 or exc.status_code == 429,
                ) from exc
            except openai.APIError as exc:
                raise EmbeddingError(f"embedding request failed: {exc}") from exc
            ordered = sorted(response.data, key=lambda item: item.index)
            rows.extend(item.embedding for item in ordered)
        matrix = np.asarray(rows, dtype=np.float32)
        if matrix.shape[1] != self.dims:
            raise EmbeddingError(
                f"the endpoint returned {matrix.shape[1]} dimensions, expected {self.dims}", transient=False
            )
        return _normalise(matrix)


_wordllama = WordLlamaEmbedder()


@lru_cache(maxsize=4)
def _openai(api_key: str, base_url: str, model: str, dims: int) -> OpenAIEmbedder:
    return OpenAIEmbedder(api_key=api_key, base_url=base_url, model=model, dims=dims)


def get_embedder() -> Embedder:
    if settings.EMBEDDER == "openai":
        return _openai(
            settings.OPENAI_API_KEY, settings.OPENAI_BASE_URL, settings.EMBEDDING_MODEL, settings.EMBEDDING_DIMENSIONS
        )
    return _wordllama
