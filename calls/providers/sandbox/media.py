"""Synthetic call recordings for the voice sandbox: soft tones where people would talk."""

import array
import hashlib
import io
import math
import wave

RATE = 8000
MAX_MS = 60_000


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
