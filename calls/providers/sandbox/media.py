"""Synthetic call recordings for the voice sandbox: soft tones where people would talk."""

import array
import hashlib
import io
import math
import wave

RATE = 8000
MAX_MS = 60_000


TOKEN_SALT = "calls.sandbox-recording"
CACHE_SECONDS = 3600


def recording_token(call_id: str, duration_ms: int) -> str:
    """The signature a recording URL carries: only URLs the sandbox handed out are served."""
    from django.core import signing

    return signing.Signer(salt=TOKEN_SALT).signature(f"{call_id}:{duration_ms}")


def recording_token_valid(call_id: str, duration_ms: int, token: str) -> bool:
    import hmac

    return bool(token) and hmac.compare_digest(token, recording_token(call_id, duration_ms))


def recording_wav_cached(call_id: str, duration_ms: int) -> bytes:
    """recording_wav, made once per call and length and then served from the cache."""
    from django.core.cache import cache

    key = f"sandbox-recording:{call_id}:{duration_ms}"
    audio = cache.get(key)
    if audio is None:
        audio = recording_wav(call_id, duration_ms)
        cache.set(key, audio, CACHE_SECONDS)
    return audio


def recording_wav(call_id: str, duration_ms: int) -> bytes:
    """A mono 8 kHz WAV of about `duration_ms` (capped), the same every time for a call."""
    duration_ms = max(1000, min(duration_ms, MAX_MS))
    seed = hashlib.sha256(call_id.encode()).digest()
    samples = array.array("h")
    total = RATE * duration_ms // 1000
    position, turn = 0, 0
    while position < total:
        length = RATE * (1 + seed[turn % len(seed)] % 4)
        pitch = 220.0 if turn % 2 == 0 else 330.0
        for i in range(min(length, total - position)):
            envelope = 0.5 - 0.5 * math.cos(2 * math.pi * min(i / length, 1.0))
            samples.append(int(2500 * envelope * math.sin(2 * math.pi * pitch * i / RATE)))
        position += length
        pause = min(RATE // 2, total - position)
        samples.extend([0] * max(0, pause))
        position += max(0, pause)
        turn += 1
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(samples.tobytes())
    return buffer.getvalue()
