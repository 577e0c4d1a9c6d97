"""Agent use cases: create and edit the draft, publish versions, roll back, pause."""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max

from calls.models import AGENT_CONFIG_FIELDS, Agent, AgentVersion
from calls.providers.sandbox.dialogue import VARIABLE
from calls.voice import AgentSpec, VoiceProviderError, adapter_for, function_urls, preferred_account, webhook_url
from contacts.phones import InvalidPhone
from contacts.services import phone_for_tenant
from tenants.services import audit_record

LANGUAGE = re.compile(r"^(multi|[a-z]{2}(-[A-Z]{2})?)$")
FIELD_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
ANALYSIS_TYPES = ("string", "enum", "boolean", "number")
VOCABULARY_MAX_TERMS = 100
VOCABULARY_MAX_LENGTH = 50
LIMITS = {"name": 120, "greeting": 1000, "system_prompt": 20000, "end_call_rules": 2000, "accent": 40, "voice_id": 80}

AGENT_TEMPLATES: dict[str, dict] = {
    Agent.Purpose.RECEPTIONIST: {
        "name": "Receptionist",
        "greeting": "Hello, thanks for calling {{business_name}}. This is Ava. How can I help you today?",
        "system_prompt": (
            "You are Ava, the receptionist of {{business_name}}. Help callers book, move or cancel "
            "appointments and answer simple questions. Keep answers short and confirm dates and times back."
        ),
        "end_call_rules": "End the call once the caller has what they need and says goodbye.",
        "analysis_fields": [
            {"name": "appointment_booked", "type": "boolean", "description": "A new appointment was booked."},
            {"name": "reschedule_requested", "type": "boolean", "description": "The caller wants another time."},
            {"name": "appointment_cancelled", "type": "boolean", "description": "The caller cancelled."},
            {"name": "transfer_requested", "type": "boolean", "description": "The caller asked for a person."},
        ],
    },
    Agent.Purpose.REMINDER: {
        "name": "Appointment reminder",
        "greeting": (
            "Hi {{first_name}}, this is {{business_name}} calling to confirm your appointment "
            "{{appointment_time}}. Will you be able to make it?"
        ),
        "system_prompt": (
            "You call customers of {{business_name}} to confirm their upcoming appointment. If they cannot "
            "make it, offer new times with check_availability and move it with reschedule_appointment."
        ),
        "end_call_rules": "End the call once the appointment is confirmed, moved or cancelled.",
        "analysis_fields": [
            {"name": "appointment_confirmed", "type": "boolean", "description": "The customer confirmed."},
            {"name": "reschedule_requested", "type": "boolean", "description": "The customer asked to move it."},
            {"name": "appointment_cancelled", "type": "boolean", "description": "The customer cancelled."},
        ],
    },
    Agent.Purpose.QUALIFIER: {
        "name": "Lead qualifier",
        "greeting": (
            "Hi {{first_name}}, this is Sam from {{business_name}}. You recently asked about our services. "
            "Are you still interested?"
        ),
        "system_prompt": (
            "You qualify new enquiries for {{business_name}}: confirm interest, ask about budget and timeline, "
            "and offer a call back from the team. Never pressure anyone."
        ),
        "end_call_rules": "End the call after the questions are answered or the person is not interested.",
        "analysis_fields": [
            {
                "name": "interest_level",
                "type": "enum",
                "description": "How interested the lead is.",
                "choices": ["high", "medium", "low", "none"],
            },
            {"name": "budget", "type": "string", "description": "The budget they mentioned."},
            {"name": "timeline", "type": "string", "description": "When they want to start."},
            {"name": "qualified", "type": "boolean", "description": "Interested, with a budget."},
            {"name": "callback_requested", "type": "boolean", "description": "They asked to be called back."},
        ],
    },
    Agent.Purpose.CUSTOM: {
        "name": "Custom agent",
        "greeting": "Hello, this is {{business_name}}.",
        "system_prompt": "You speak on behalf of {{business_name}}.",
        "end_call_rules": "",
        "analysis_fields": [],
    },
}


# --- validation ------------------------------------------------------------------------------------


def _check_variables(text: str) -> str | None:
    opened = text.count("{{")
    if opened != text.count("}}") or opened != len(VARIABLE.findall(text)):
        return "Variables look like {{first_name}}: letters, digits and underscores inside double braces."
    return None


def _clean_analysis_fields(value) -> list[dict]:
    if not isinstance(value, list):
        raise ValidationError("Give a list of fields: [{name, type, description, choices}].")
    if len(value) > 20:
        raise ValidationError("At most 20 analysis fields.")
    cleaned, seen = [], set()
    for index, item in enumerate(value, start=1):
        if not isinstance(item, dict):
            raise ValidationError(f"Field {index}: expected an object with name and type.")
        name = str(item.get("name", "")).strip()
        kind = str(item.get("type", "string")).strip()
        if not FIELD_NAME.match(name):
            raise ValidationError(f"Field {index}: name must be snake_case (a-z, 0-9, _), up to 40 characters.")
        if name in seen:
            raise ValidationError(f"Field {index}: {name} appears twice.")
        if kind not in ANALYSIS_TYPES:
            raise ValidationError(f"Field {index}: type must be one of {', '.join(ANALYSIS_TYPES)}.")
        description = str(item.get("description", "")).strip()[:300]
        entry = {"name": name, "type": kind, "description": description}
        if kind == "enum":
            choices = [str(c).strip() for c in (item.get("choices") or []) if str(c).strip()]
            if len(choices) < 2 or len(set(choices)) != len(choices):
                raise ValidationError(f"Field {index}: an enum needs at least two different choices.")
            entry["choices"] = choices
        seen.add(name)
        cleaned.append(entry)
    return cleaned


def clean_vocabulary(value) -> list[str]:
    """Terms for the speech recogniser: trimmed, one line each, case-insensitive duplicates dropped.

    Raises ValidationError naming the first term that is too long or unreadable.
    """
    if isinstance(value, str):
        value = re.split(r"[\n,]", value)
    if not isinstance(value, list | tuple):
        raise ValidationError("Give a list of words or phrases.")
    terms, seen = [], set()
    for index, raw in enumerate(value, start=1):
        if not isinstance(raw, str):
            raise ValidationError(f"Term {index}: expected text.")
        term = " ".join(raw.split())
        if not term:
            continue
        if len(term) > VOCABULARY_MAX_LENGTH:
            raise ValidationError(f"Term {index} ({term[:20]}…): at most {VOCABULARY_MAX_LENGTH} characters.")
        if not term.isprintable():
            raise ValidationError(f"Term {index}: remove control characters.")
        if term.casefold() in seen:
            continue
        seen.add(term.casefold())
        terms.append(term)
    if len(terms) > VOCABULARY_MAX_TERMS:
        raise ValidationError(f"At most {VOCABULARY_MAX_TERMS} terms ({len(terms)} given).")
    return terms


def clean_agent_config(*, tenant, data: dict) -> dict:
    """Validate the agent fields present in `data`; return them normalised or raise field errors."""
    errors: dict[str, list[str]] = {}
    cleaned: dict = {}
    unknown = set(data) - set(AGENT_CONFIG_FIELDS)
    for field in sorted(unknown):
        errors[field] = ["Unknown field."]

    def fail(field, message):
        errors.setdefault(field, []).append(message)

    for field, limit in LIMITS.items():
        if field in data:
            value = str(data[field] if data[field] is not None else "").strip()
            if len(value) > limit:
                fail(field, f"At most {limit} characters.")
            cleaned[field] = value
    if "name" in cleaned and not cleaned["name"]:
        fail("name", "A name is required.")
    if "voice_id" in cleaned and not cleaned["voice_id"]:
        fail("voice_id", "Choose a voice.")
    for field in ("greeting", "system_prompt"):
        if cleaned.get(field):
            problem = _check_variables(cleaned[field])
            if problem:
                fail(field, problem)
    for field, choices in (
        ("purpose", Agent.Purpose.values),
        ("tone", Agent.Tone.values),
        ("formality", Agent.Formality.values),
    ):
        if field in data:
            if data[field] not in choices:
                fail(field, f"Choose one of: {', '.join(choices)}.")
            cleaned[field] = data[field]
    if "language" in data:
        language = str(data["language"] or "").strip()
        if not LANGUAGE.match(language):
            fail("language", "Use a language tag like en-US, en-GB or es-ES (or multi).")
        cleaned["language"] = language
    if "speaking_speed" in data:
        try:
            speed = float(data["speaking_speed"])
        except (TypeError, ValueError):
            fail("speaking_speed", "Enter a number between 0.5 and 2.")
        else:
            if not 0.5 <= speed <= 2.0:
                fail("speaking_speed", "Enter a number between 0.5 and 2.")
            cleaned["speaking_speed"] = speed
    if "max_call_seconds" in data:
        try:
            seconds = int(data["max_call_seconds"])
        except (TypeError, ValueError):
            fail("max_call_seconds", "Enter whole seconds between 30 and 7200.")
        else:
            if not 30 <= seconds <= 7200:
                fail("max_call_seconds", "Enter whole seconds between 30 and 7200.")
            cleaned["max_call_seconds"] = seconds
    if "transfer_number" in data:
        raw = str(data["transfer_number"] or "").strip()
        cleaned["transfer_number"] = ""
        if raw:
            try:
                cleaned["transfer_number"] = phone_for_tenant(raw, tenant)
            except InvalidPhone as exc:
                fail("transfer_number", str(exc))
    if "escalation_keywords" in data:
        raw = data["escalation_keywords"]
        if isinstance(raw, str):
            raw = raw.split(",")
        if not isinstance(raw, list):
            fail("escalation_keywords", "Give a list of words or phrases.")
            raw = []
        keywords = [str(k).strip() for k in raw if str(k).strip()]
        if len(keywords) > 20 or any(len(k) > 50 for k in keywords):
            fail("escalation_keywords", "At most 20 phrases of up to 50 characters.")
        cleaned["escalation_keywords"] = keywords
    if "custom_vocabulary" in data:
        try:
            cleaned["custom_vocabulary"] = clean_vocabulary(data["custom_vocabulary"])
        except ValidationError as exc:
            errors.setdefault("custom_vocabulary", []).extend(exc.messages)
    if "analysis_fields" in data:
        try:
            cleaned["analysis_fields"] = _clean_analysis_fields(data["analysis_fields"])
        except ValidationError as exc:
            errors.setdefault("analysis_fields", []).extend(exc.messages)
    if errors:
        raise ValidationError(errors)
    return cleaned


# --- the draft -------------------------------------------------------------------------------------


@transaction.atomic
def agent_create(*, tenant, data: dict, actor=None) -> Agent:
    """A new draft agent; missing fields come from the template for its purpose."""
    from billing import limits

    limits.check(tenant, "agents", used=Agent.objects.count())
    purpose = data.get("purpose", Agent.Purpose.RECEPTIONIST)
    template = AGENT_TEMPLATES.get(purpose, AGENT_TEMPLATES[Agent.Purpose.CUSTOM])
    values = clean_agent_config(tenant=tenant, data={**template, "purpose": purpose, **data})
    return Agent.objects.create(**values)


@transaction.atomic
def agent_update(*, tenant, agent: Agent, data: dict, actor=None) -> Agent:
    """Change the draft; calls keep using the published version until the next publish."""
    values = clean_agent_config(tenant=tenant, data=data)
    agent = Agent.objects.select_for_update().get(pk=agent.pk)
    for field, value in values.items():
        setattr(agent, field, value)
    agent.save()
    return agent


@transaction.atomic
def agent_delete(*, agent: Agent, actor=None) -> None:
    agent = Agent.objects.select_for_update().get(pk=agent.pk)
    if agent.published_version_id is not None or agent.calls.exists():
        raise ValidationError({"agent": ["A published agent keeps its history: pause it instead of deleting it."]})
    agent.delete()


# --- what the provider runs ---------------------------------------------------------------------------


def compose_prompt(config: dict) -> str:
    """The system prompt plus the persona, hand-off and ending rules, as one instruction."""
    style = f"Speak in a {config['tone']}, {config['formality']} way"
    if config.get("accent"):
        style += f", with a {config['accent']} manner of speaking"
    parts = [config.get("system_prompt", "").strip(), f"## Style\n{style}. Language: {config['language']}."]
    if config.get("end_call_rules"):
        parts.append(f"## Ending the call\n{config['end_call_rules'].strip()}")
    handoff = "If the caller asks for a person"
    if config.get("escalation_keywords"):
        handoff += " or says any of: " + ", ".join(f'"{k}"' for k in config["escalation_keywords"])
    handoff += ", call transfer_to_human."
    parts.append(f"## Hand-off\n{handoff}")
    parts.append(
        "## Tools\nCall lookup_caller at the start. Call check_availability before offering times and only "
        "offer times it returns. Book with book_appointment, move with reschedule_appointment, cancel with "
        "cancel_appointment. If a tool answers with an error, read its message to the caller."
    )
    return "\n\n".join(part for part in parts if part)


def agent_spec(*, tenant, config: dict) -> AgentSpec:
    return AgentSpec(
        name=config["name"],
        purpose=config["purpose"],
        language=config["language"],
        voice_id=config["voice_id"],
        speaking_speed=config["speaking_speed"],
        greeting=config["greeting"],
        prompt=compose_prompt(config),
        transfer_number=config["transfer_number"],
        escalation_keywords=list(config["escalation_keywords"]),
        max_call_seconds=config["max_call_seconds"],
        analysis_fields=list(config["analysis_fields"]),
        boosted_keywords=list(config.get("custom_vocabulary") or []),
        webhook_url=webhook_url(tenant),
        function_urls=function_urls(tenant),
        timezone=tenant.timezone,
        business_name=tenant.name,
    )


# --- versions ---------------------------------------------------------------------------------------


@transaction.atomic
def agent_publish(*, tenant, agent: Agent, actor=None, note: str = "") -> AgentVersion:
    """Push the draft to the provider and keep it as the next version; new calls use it."""
    agent = Agent.objects.select_for_update().get(pk=agent.pk)
    config = agent.config()
    problems = {}
    if not (config["greeting"] or config["system_prompt"]):
        problems["greeting"] = ["Write a greeting or a system prompt before publishing."]
    if problems:
        raise ValidationError(problems)
    account = preferred_account()
    spec = agent_spec(tenant=tenant, config=config)
    try:
        adapter = adapter_for(tenant, account=account)
        if agent.provider_agent_id and agent.provider_account == account:
            result = adapter.update_agent(agent_id=agent.provider_agent_id, llm_id=agent.provider_llm_id, spec=spec)
        else:
            result = adapter.create_agent(spec)
    except VoiceProviderError as exc:
        raise ValidationError({"provider": [f"The voice provider refused the agent: {exc}"]}) from exc
    number = (agent.versions.aggregate(top=Max("number"))["top"] or 0) + 1
    version = AgentVersion.objects.create(
        agent=agent,
        number=number,
        config=config,
        provider_version=result.version,
        note=note[:200],
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    agent.provider_agent_id = result.agent_id
    agent.provider_llm_id = result.llm_id
    agent.provider_account = account
    agent.published_version = version
    if agent.status == Agent.Status.DRAFT:
        agent.status = Agent.Status.ACTIVE
    agent.save()
    audit_record(
        action="agent.published",
        tenant=tenant,
        actor=actor,
        target=agent,
        metadata={"version": number, "provider_version": result.version, "note": note[:200]},
    )
    return version


def agent_publish_reviewed(*, tenant, agent: Agent, actor, note: str) -> AgentVersion:
    """Publishing by a person from the portal or the API: who (the actor) and why (a note) are required.

    Both stay on the version and in the audit event; the draft is synced to the provider as in `agent_publish`.
    """
    note = " ".join((note or "").split())
    if not note:
        raise ValidationError({"note": ["Say why you are publishing (a short note: what changed and why)."]})
    if len(note) > 200:
        raise ValidationError({"note": ["Keep the note under 200 characters."]})
    if not getattr(actor, "is_authenticated", False):
        raise ValidationError({"actor": ["Publishing needs a signed-in person or an API key's owner."]})
    return agent_publish(tenant=tenant, agent=agent, actor=actor, note=note)


@transaction.atomic
def agent_rollback(*, tenant, agent: Agent, version_number: int, actor=None) -> AgentVersion:
    """Make an earlier version current again, as a new version (history is never rewritten)."""
    agent = Agent.objects.select_for_update().get(pk=agent.pk)
    target = agent.versions.filter(number=version_number).first()
    if target is None:
        raise ValidationError({"version": [f"Version {version_number} does not exist for this agent."]})
    config = target.full_config
    for field in AGENT_CONFIG_FIELDS:
        if field in config:
            setattr(agent, field, config[field])
    agent.save()
    return agent_publish(tenant=tenant, agent=agent, actor=actor, note=f"Rollback to v{version_number}")


@transaction.atomic
def agent_set_status(*, tenant, agent: Agent, status: str, actor=None) -> Agent:
    agent = Agent.objects.select_for_update().get(pk=agent.pk)
    if status not in (Agent.Status.ACTIVE, Agent.Status.PAUSED):
        raise ValidationError({"status": ["Choose active or paused."]})
    if status == Agent.Status.ACTIVE and agent.published_version_id is None:
        raise ValidationError({"status": ["Publish the agent before activating it."]})
    if agent.status != status:
        agent.status = status
        agent.save(update_fields=["status", "updated_at"])
        audit_record(action=f"agent.{status}", tenant=tenant, actor=actor, target=agent)
    return agent


# A number from each country's range set aside for drama and examples (020 7946 0xxx in the UK).
DEMO_NUMBERS = {"GB": {"number": "+442079460123"}, "US": {"area_code": "312"}}
DEMO_LANGUAGES = {"GB": "en-GB", "US": "en-US", "IE": "en-IE", "AU": "en-AU"}


def demo_country(tenant) -> str:
    from contacts.phones import region_for_timezone

    return region_for_timezone(tenant.timezone) or "US"


@transaction.atomic
def demo_agents_create(*, tenant, actor=None, note: str = "Demo set-up") -> dict[str, Agent]:
    """A working sandbox in one step: three single-purpose agents in the business's English, on a number of its country.

    The receptionist answers the number; the lead qualifier calls out of it (what list campaigns use);
    the reminder agent is used only by appointment reminders.
    """
    from calls.services.numbers import number_provision

    country = demo_country(tenant)
    language = DEMO_LANGUAGES.get(country, "en-US")
    agents = {
        purpose: agent_create(tenant=tenant, data={"purpose": purpose, "language": language}, actor=actor)
        for purpose in (Agent.Purpose.RECEPTIONIST, Agent.Purpose.REMINDER, Agent.Purpose.QUALIFIER)
    }
    for agent in agents.values():
        agent_publish(tenant=tenant, agent=agent, actor=actor, note=note)
        agent.refresh_from_db()
    number_provision(
        tenant=tenant,
        **DEMO_NUMBERS.get(country, DEMO_NUMBERS["US"]),
        inbound_agent=agents[Agent.Purpose.RECEPTIONIST],
        outbound_agent=agents[Agent.Purpose.QUALIFIER],
        nickname="Main line",
        actor=actor,
    )
    return agents
