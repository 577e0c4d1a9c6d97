"""Script use cases: create (blank or from a template), save as a new version, roll back, delete;
give an agent a script version and a persona; publish it with who and why."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max

from calls.models import Agent, AgentScriptSetup, AgentVersion, CallScript, CallScriptVersion
from calls.scripts import compiler, library, personas, selectors
from calls.scripts.validation import clean_content
from tenants.services import audit_record

MAX_SCRIPTS = 200


def _user(actor):
    return actor if getattr(actor, "is_authenticated", False) else None


def _clean_name(name) -> str:
    name = str(name or "").strip()
    if not name or len(name) > 120:
        raise ValidationError({"name": ["Give the script a name of up to 120 characters."]})
    return name


def _clean_description(description) -> str:
    description = str(description or "").strip()
    if len(description) > 300:
        raise ValidationError({"description": ["At most 300 characters."]})
    return description


def _add_version(script: CallScript, content: dict, *, note: str, actor) -> CallScriptVersion:
    number = (script.versions.aggregate(top=Max("number"))["top"] or 0) + 1
    version = CallScriptVersion.objects.create(
        script=script, number=number, content=content, note=str(note or "")[:200], created_by=_user(actor)
    )
    script.current_version = version
    script.save(update_fields=["current_version", "updated_at"])
    return version


@transaction.atomic
def script_create(
    *, tenant, name: str, content, description: str = "", template_key: str = "", note: str = "", actor=None
) -> CallScript:
    """A new script with its first version; nothing is stored when the content is invalid."""
    if CallScript.objects.count() >= MAX_SCRIPTS:
        raise ValidationError({"name": [f"A workspace keeps at most {MAX_SCRIPTS} scripts."]})
    name, description = _clean_name(name), _clean_description(description)
    content = clean_content(content)
    script = CallScript.objects.create(name=name, description=description, template_key=template_key)
    _add_version(script, content, note=note or "Created", actor=actor)
    audit_record(action="call_script.created", tenant=tenant, actor=_user(actor), target=script)
    return script


def script_create_from_template(*, tenant, template_key: str, name: str = "", actor=None) -> CallScript:
    template = library.template_for(str(template_key or ""))
    if template is None:
        raise ValidationError(
            {"template": [f"Unknown template; choose one of: {', '.join(t.key for t in library.TEMPLATES)}."]}
        )
    return script_create(
        tenant=tenant,
        name=name or template.label,
        description=template.description,
        content=template.content,
        template_key=template.key,
        note=f"From the template {template.label}",
        actor=actor,
    )


@transaction.atomic
def script_update(
    *, tenant, script: CallScript, name=None, description=None, content=None, note: str = "", actor=None
) -> CallScript:
    """Rename, describe, or save new content as the next version (only when it differs)."""
    script = CallScript.objects.select_for_update().get(pk=script.pk)
    fields = []
    if name is not None:
        script.name = _clean_name(name)
        fields.append("name")
    if description is not None:
        script.description = _clean_description(description)
        fields.append("description")
    if fields:
        script.save(update_fields=[*fields, "updated_at"])
    if content is not None:
        content = clean_content(content)
        current = script.current_version
        if current is None or current.content != content:
            version = _add_version(script, content, note=note, actor=actor)
            audit_record(
                action="call_script.version_saved",
                tenant=tenant,
                actor=_user(actor),
                target=script,
                metadata={"version": version.number},
            )
    return script


@transaction.atomic
def script_rollback(*, tenant, script: CallScript, version_number: int, actor=None) -> CallScriptVersion:
    """An earlier version's content becomes current again, as a new version (history is kept)."""
    script = CallScript.objects.select_for_update().get(pk=script.pk)
    target = script.versions.filter(number=version_number).first()
    if target is None:
        raise ValidationError({"version": [f"Version {version_number} does not exist for this script."]})
    version = _add_version(script, target.content, note=f"Rollback to v{version_number}", actor=actor)
    audit_record(
        action="call_script.rolled_back",
        tenant=tenant,
        actor=_user(actor),
        target=script,
        metadata={"to": version_number, "version": version.number},
    )
    return version


@transaction.atomic
def script_delete(*, tenant, script: CallScript, actor=None) -> None:
    script = CallScript.objects.select_for_update().get(pk=script.pk)
    users = AgentScriptSetup.objects.filter(script_version__script=script).select_related("agent")
    if users.exists():
        names = ", ".join(sorted({setup.agent.name for setup in users}))
        raise ValidationError({"script": [f"Agents use this script ({names}): give them another one first."]})
    script.current_version = None
    script.save(update_fields=["current_version"])
    script.delete()
    audit_record(action="call_script.deleted", tenant=tenant, actor=_user(actor), target=str(script))


# --- agents ----------------------------------------------------------------------------------------


def persona_for(setup: AgentScriptSetup | None) -> dict | None:
    if setup is None or not setup.persona_key:
        return None
    preset = personas.preset_for(setup.persona_key)
    return personas.resolve(preset, setup.persona_overrides) if preset else None


PERSONA_HEADING = "\n\n## Persona\n"


def compiled_for(*, agent: Agent, version: CallScriptVersion | None, persona: dict | None) -> dict:
    """The agent fields a script version and persona produce.

    Without a script the agent keeps its own prompt, with the persona block replaced. Corrections from
    reviewed calls stay at the end either way.
    """
    values: dict = {}
    current, corrections = compiler.split_corrections(agent.system_prompt)
    if version is not None:
        values["system_prompt"] = compiler.compile_prompt(version.content, persona=persona)
        values["greeting"] = compiler.compile_greeting(version.content)
    elif persona is not None:
        base = current.split(PERSONA_HEADING)[0]
        values["system_prompt"] = f"{base}\n\n{compiler.persona_block(persona)}".strip()
    if corrections and "system_prompt" in values:
        values["system_prompt"] = f"{values['system_prompt']}\n\n{corrections}"
    if persona is not None:
        values.update(
            accent=persona["accent"][:40],
            language=persona["language"],
            voice_id=persona["voice_id"],
            speaking_speed=persona["speaking_speed"],
            formality=personas.STYLE_FORMALITY[persona["style"]],
            escalation_keywords=list(persona["escalation_triggers"]),
        )
    return values


@transaction.atomic
def agent_script_apply(
    *,
    tenant,
    agent: Agent,
    script_version: CallScriptVersion | None,
    persona_key: str = "",
    persona_overrides=None,
    actor=None,
) -> AgentScriptSetup:
    """Compile the script version and persona into the agent's draft; calls keep the published version."""
    from calls.services import agent_update

    agent = Agent.objects.select_for_update().get(pk=agent.pk)  # its prompt as saved, corrections included
    persona_key = str(persona_key or "")
    if script_version is None and not persona_key:
        raise ValidationError({"script_version": ["Choose a script version, a persona, or both."]})
    persona = None
    overrides: dict = {}
    if persona_key:
        preset = personas.preset_for(persona_key)
        if preset is None:
            raise ValidationError(
                {"persona": [f"Unknown persona; choose one of: {', '.join(p.key for p in personas.PRESETS)}."]}
            )
        overrides = personas.clean_overrides(preset, persona_overrides)
        persona = personas.resolve(preset, overrides)
    elif persona_overrides:
        raise ValidationError({"persona_overrides": ["Choose a persona before overriding its fields."]})
    values = compiled_for(agent=agent, version=script_version, persona=persona)
    try:
        agent_update(tenant=tenant, agent=agent, data=values, actor=actor)
    except ValidationError as exc:
        problems = [f"{field}: {message}" for field, messages in exc.message_dict.items() for message in messages]
        raise ValidationError({"script_version": ["The compiled agent is not valid: " + " ".join(problems)]}) from exc
    setup, _ = AgentScriptSetup.objects.update_or_create(
        agent=agent,
        defaults={"script_version": script_version, "persona_key": persona_key, "persona_overrides": overrides},
    )
    audit_record(
        action="agent.script_applied",
        tenant=tenant,
        actor=_user(actor),
        target=agent,
        metadata={
            "script_version": script_version.pk if script_version else None,
            "persona": persona_key,
            "overrides": sorted(overrides),
        },
    )
    return setup


def agent_script_publish(*, tenant, agent: Agent, reason: str, actor) -> AgentVersion:
    """Make the agent's draft (its script version and persona) the live version, recording who and why."""
    from calls.services import agent_publish_reviewed

    reason = str(reason or "").strip()
    if not reason:
        raise ValidationError({"reason": ["Say why you are publishing (it is kept with the version)."]})
    if len(reason) > 200:
        raise ValidationError({"reason": ["At most 200 characters."]})
    setup = selectors.setup_for(agent)
    note = reason
    if setup is not None and setup.script_version is not None:
        label = f"{setup.script_version.script.name} v{setup.script_version.number}"
        note = f"{reason} [script: {label}]"[:200]
    return agent_publish_reviewed(tenant=tenant, agent=agent, actor=actor, note=note)
