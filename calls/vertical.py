"""The calls app's part of a vertical template: the receptionist agent's words.

Prompt (with the after-hours and transfer scripts), voice greeting, hand-off
phrases and post-call analysis fields go on the draft of the workspace's
receptionist agent (created when there is none). Applying the same template
again changes nothing; calls keep the published version until the next publish.
"""

from __future__ import annotations

from calls.models import Agent
from calls.services.agents import AGENT_TEMPLATES, agent_create, agent_update

MAX_ANALYSIS_FIELDS = 20


def agent_config_for(template) -> dict:
    """The agent fields a vertical template sets."""
    prompt = "\n\n".join(
        [
            template.system_prompt.strip(),
            f"## Outside business hours\n{template.after_hours_script.strip()}",
            f'## Transferring to a person\nBefore transferring, say: "{template.transfer_script.strip()}"',
        ]
    )
    fields = [
        {
            "name": f.name,
            "type": f.kind,
            "description": f.description,
            **({"choices": list(f.choices)} if f.choices else {}),
        }
        for f in template.analysis_fields
    ]
    names = {f["name"] for f in fields}
    for base in AGENT_TEMPLATES[Agent.Purpose.RECEPTIONIST]["analysis_fields"]:
        if base["name"] not in names and len(fields) < MAX_ANALYSIS_FIELDS:
            fields.append(dict(base))
    phrases = [p for rule in template.escalation_rules for p in rule.phrases if len(p) <= 50]
    return {
        "greeting": template.voice_greeting,
        "system_prompt": prompt,
        "escalation_keywords": list(dict.fromkeys(phrases)),
        "analysis_fields": fields,
    }


def apply_template(tenant, template) -> None:
    config = agent_config_for(template)
    agent = Agent.objects.filter(purpose=Agent.Purpose.RECEPTIONIST).order_by("pk").first()
    if agent is None:
        agent_create(tenant=tenant, data={"name": "Receptionist", "purpose": Agent.Purpose.RECEPTIONIST, **config})
    elif any(getattr(agent, field) != value for field, value in config.items()):
        agent_update(tenant=tenant, agent=agent, data=config)
