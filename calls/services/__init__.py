"""Use cases of the calls app, by topic; import them from here."""

from calls.services.agents import (
    AGENT_TEMPLATES,
    agent_create,
    agent_delete,
    agent_publish,
    agent_publish_reviewed,
    agent_rollback,
    agent_set_status,
    agent_spec,
    agent_update,
    clean_agent_config,
    clean_vocabulary,
    compose_prompt,
    demo_agents_create,
)
from calls.services.housekeeping import calls_sweep
from calls.services.ingest import (
    STORED_EVENTS,
    call_apply_event,
    call_finish,
    webhook_event_process,
    webhook_event_store,
    webhook_events_drain,
)
from calls.services.numbers import number_provision, number_release, number_update, voice_key_clear, voice_key_set
from calls.services.placing import CallBlocked, call_place, contact_variables, web_call_start

__all__ = [
    "AGENT_TEMPLATES",
    "STORED_EVENTS",
    "CallBlocked",
    "agent_create",
    "agent_delete",
    "agent_publish",
    "agent_publish_reviewed",
    "agent_rollback",
    "agent_set_status",
    "agent_spec",
    "agent_update",
    "call_apply_event",
    "call_finish",
    "call_place",
    "calls_sweep",
    "clean_agent_config",
    "clean_vocabulary",
    "compose_prompt",
    "contact_variables",
    "demo_agents_create",
    "number_provision",
    "number_release",
    "number_update",
    "voice_key_clear",
    "voice_key_set",
    "web_call_start",
    "webhook_event_process",
    "webhook_event_store",
    "webhook_events_drain",
]
