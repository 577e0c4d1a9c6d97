"""The Retell custom-LLM WebSocket (contracts/retell.md): the provider's protocol, nothing else.

Retell opens `<VOICE_WS path>/<call_id>` on the workspace's host. We answer with
`config`, then the greeting as `response_id` 0; every `response_required` or
`reminder_required` starts a turn streamed back in `response` pieces under its
`response_id`, and a newer id drops the older stream at once (the caller spoke
again). `update_only` only keeps the transcript; `ping_pong` is echoed. What
to say comes from `calls.services.voice_socket.VoiceSession`, whose database
work runs in worker threads so one slow turn never blocks other calls.
Frames that are not the protocol close the socket with 4400 (nothing else
happens); a socket for a call that is not this workspace's is refused at the
handshake.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from concurrent.futures import ThreadPoolExecutor

from asgiref.sync import sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings

from calls.services.voice_socket import SessionRefused, TurnEnd, VoiceSession

logger = logging.getLogger(__name__)

BAD_FRAME = 4400
MAX_FRAME = 256 * 1024
TURN_TYPES = ("response_required", "reminder_required")
_DONE = object()
# Turns run here, not in the loop's small default pool: a turn waiting on a model holds its thread.
_TURNS = ThreadPoolExecutor(max_workers=settings.VOICE_WS_TURN_THREADS, thread_name_prefix="voice-turn")


def last_user_utterance(transcript) -> str:
    """What the caller said since the agent last spoke (the provider's transcript, newest last)."""
    said: list[str] = []
    for turn in reversed(transcript if isinstance(transcript, list) else []):
        if not isinstance(turn, dict):
            continue
        if turn.get("role") == "agent":
            break
        if turn.get("role") == "user" and isinstance(turn.get("content"), str):
            said.append(turn["content"])
    return " ".join(reversed(said)).strip()


class RetellLLMConsumer(AsyncWebsocketConsumer):
    session: VoiceSession | None = None

    async def connect(self):
        self.session = None
        self.current_id = -1
        self.turn: asyncio.Task | None = None
        self.stop: threading.Event | None = None
        self.transcript: list = []
        call_id = self.scope["url_route"]["kwargs"]["call_id"]
        host = dict(self.scope.get("headers") or []).get(b"host", b"").decode("latin-1")
        try:
            self.session = await sync_to_async(VoiceSession.open, thread_sensitive=False)(
                host=host, provider_call_id=call_id
            )
        except SessionRefused as exc:
            logger.info("voice socket refused for %s on %s: %s", call_id, host, exc)
            await self.close()  # before accept: the handshake is refused (403)
            return
        await self.accept()
        await self._send({"response_type": "config", "config": {"auto_reconnect": True, "call_details": True}})
        await self._send(
            {"response_type": "response", "response_id": 0, "content": self.session.greeting, "content_complete": True}
        )

    async def disconnect(self, code):
        if self.stop is not None:
            self.stop.set()
        if self.turn is not None:
            self.turn.cancel()
        if self.session is not None:
            await sync_to_async(self.session.close, thread_sensitive=False)()

    async def receive(self, text_data=None, bytes_data=None):
        message = self._parse(text_data)
        if message is None:
            await self.close(code=BAD_FRAME)
            return
        kind = message["interaction_type"]
        if kind == "ping_pong":
            await self._send({"response_type": "ping_pong", "timestamp": message.get("timestamp")})
        elif kind == "update_only":
            self.transcript = message.get("transcript") or self.transcript
        elif kind == "call_details":
            return
        elif kind in TURN_TYPES:
            response_id = message.get("response_id")
            if not isinstance(response_id, int) or isinstance(response_id, bool) or response_id < 0:
                await self.close(code=BAD_FRAME)
                return
            if response_id <= self.current_id:
                return  # a repeat or an older turn: the newer one is already being answered
            self.transcript = message.get("transcript") or self.transcript
            self._start_turn(response_id, last_user_utterance(self.transcript), kind == "reminder_required")

    @staticmethod
    def _parse(text_data) -> dict | None:
        if text_data is None or len(text_data) > MAX_FRAME:
            return None
        try:
            message = json.loads(text_data)
        except ValueError:
            return None
        if not isinstance(message, dict) or not isinstance(message.get("interaction_type"), str):
            return None
        if "transcript" in message and not isinstance(message["transcript"], list):
            return None
        return message

    def _start_turn(self, response_id: int, utterance: str, reminder: bool) -> None:
        """Drop the stream in flight (its thread stops at its next piece) and start this one."""
        if self.stop is not None:
            self.stop.set()
        if self.turn is not None:
            self.turn.cancel()
        self.current_id = response_id
        self.stop = threading.Event()
        self.turn = asyncio.create_task(self._stream(response_id, utterance, reminder, self.stop))

    async def _stream(self, response_id: int, utterance: str, reminder: bool, stop: threading.Event) -> None:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue = asyncio.Queue()
        session = self.session

        def produce():
            pieces = session.respond(utterance, reminder=reminder)
            try:
                for piece in pieces:
                    if stop.is_set():
                        break
                    loop.call_soon_threadsafe(queue.put_nowait, piece)
            except Exception as exc:  # the caller hears an apology, the call goes on
                logger.exception("voice socket turn failed")
                loop.call_soon_threadsafe(queue.put_nowait, exc)
            finally:
                pieces.close()
                loop.call_soon_threadsafe(queue.put_nowait, _DONE)

        worker = loop.run_in_executor(_TURNS, produce)
        ended = TurnEnd()
        try:
            while True:
                piece = await queue.get()
                if piece is _DONE:
                    break
                if response_id != self.current_id:
                    return
                if isinstance(piece, Exception):
                    await self._response(response_id, "Sorry, I didn't catch that. Could you say it again?", True)
                    return
                if isinstance(piece, TurnEnd):
                    ended = piece
                    continue
                await self._response(response_id, piece, False)
            if response_id == self.current_id:
                await self._response(response_id, "", True, ended)
        finally:
            if not worker.done():
                stop.set()

    async def _response(self, response_id: int, content: str, complete: bool, ended: TurnEnd | None = None) -> None:
        message = {
            "response_type": "response",
            "response_id": response_id,
            "content": content,
            "content_complete": complete,
        }
        if ended is not None and ended.end_call:
            message["end_call"] = True
        if ended is not None and ended.transfer_number:
            message["transfer_number"] = ended.transfer_number
        await self._send(message)

    async def _send(self, message: dict) -> None:
        await self.send(text_data=json.dumps(message))
