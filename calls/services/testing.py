"""The agent editor's test panel: a web call; in the sandbox, a typed conversation with the published agent.

The conversation's state lives in the cache per browser session and agent
(TEST_TTL); each turn rebuilds the sandbox's Conversation from it, lets it
answer (calling the tenant's in-call functions as a real call would) and
stores it again. When the conversation ends, the sandbox finishes the web
call the way the provider would, so it lands in the call log.
"""

from __future__ import annotations

import json

from django.conf import settings
from django.core.cache import cache

from calls import functions
from calls.models import Agent
from calls.providers import sandbox
from calls.providers.sandbox import playout as sandbox_playout
from calls.providers.sandbox.dialogue import Conversation
from calls.services.placing import web_call_start

TEST_TTL = 3600


def _key(session_key: str, agent: Agent) -> str:
    return f"calls:test-panel:{session_key}:{agent.pk}"


def agent_test_state(*, agent: Agent, session_key: str | None) -> dict | None:
    """The session's current test call with this agent, if one is going."""
    if not session_key:
        return None
    return cache.get(_key(session_key, agent))


def _conversation(state: dict, agent: Agent, tenant) -> Conversation:
    spec = sandbox.agent_spec_for(agent.provider_agent_id) or {"purpose": agent.purpose, "greeting": agent.greeting}
    conversation = Conversation(
        agent=spec,
        variables=dict(state["variables"]),
        facts=dict(state["facts"]),
        turns=list(state["turns"]),
        offered=list(state["offered"]),
        mode=state["mode"],
        questions_asked=state["questions_asked"],
        ended=state["ended"],
    )
    call = {"call_id": state["call_id"], "agent_id": agent.provider_agent_id, "direction": "inbound"}
    conversation.invoke = lambda name, args: functions.function_invoke(
        tenant=tenant, name=name, payload={"name": name, "call": call, "args": args}
    )
    return conversation


def _save(session_key: str, agent: Agent, state: dict, conversation: Conversation) -> dict:
    state.update(
        variables=conversation.variables,
        facts=conversation.facts,
        turns=json.loads(json.dumps(conversation.turns, default=str)),
        offered=conversation.offered,
        mode=conversation.mode,
        questions_asked=conversation.questions_asked,
        ended=conversation.ended,
    )
    cache.set(_key(session_key, agent), state, TEST_TTL)
    return state


def agent_test_start(*, tenant, agent: Agent, session_key: str, actor=None) -> dict:
    """Start a test call (ValidationError when the agent cannot take one); in the sandbox, the agent greets."""
    started = web_call_start(tenant=tenant, agent=agent, actor=actor)
    state = {"call_id": started["call_id"], "access_token": started["access_token"], "variables": {}}
    if settings.VOICE_PROVIDER != "sandbox":
        cache.set(_key(session_key, agent), state, TEST_TTL)
        return state
    state.update(
        variables=started["variables"], facts={}, turns=[], offered=[], mode="", questions_asked=0, ended=False
    )
    conversation = _conversation(state, agent, tenant)
    conversation.opening()
    return _save(session_key, agent, state, conversation)


def agent_test_turn(
    *, tenant, agent: Agent, session_key: str, state: dict, text: str = "", hang_up: bool = False
) -> dict:
    """One turn of a sandbox test call: what the tester says (or hanging up), and the agent's answer."""
    if settings.VOICE_PROVIDER != "sandbox" or state.get("ended"):
        return state
    conversation = _conversation(state, agent, tenant)
    if hang_up:
        conversation.ended = True
    elif text.strip():
        conversation.respond(text.strip()[:500])
    state = _save(session_key, agent, state, conversation)
    if conversation.ended:
        sandbox_playout.finish_web_call(state["call_id"], conversation)
    return state
