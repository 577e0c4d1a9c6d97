"""Events the knowledge app announces to other apps (subscribe in their AppConfig.ready())."""

from dataclasses import dataclass

from voiceplatform import events


@dataclass(frozen=True, kw_only=True)
class ConversationEscalated(events.Event):
    """A conversation matched an escalation rule and was marked urgent."""

    conversation_id: int
    channel: str
    reason: str
    question: str
    contact_id: int | None = None
    agent_id: int | None = None


@dataclass(frozen=True, kw_only=True)
class ChatMessageReceived(events.Event):
    """A website visitor sent a chat message (counted toward the plan's monthly chat messages)."""

    conversation_id: int
    message_id: int
    agent_id: int | None = None
