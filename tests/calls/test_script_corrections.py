"""A correction from a reviewed call becomes an objection reply in the agent's script (calls.scripts.corrections).

Driven the way staff do it: flag a turn of a call, write the better answer,
apply it as a script change (knowledge.services.training).
"""

import pytest

from calls import services as agent_services
from calls.models import Agent, CallScriptVersion
from calls.scripts import compiler, services
from knowledge.models import ScriptChange
from knowledge.services import training
from tests.calls.factories import CallFactory

pytestmark = pytest.mark.django_db

SCRIPT = {
    "steps": [
        {"key": "greeting", "line": "Hi {contact.first_name}, this is the agency. Is now good?", "next": "budget"},
        {"key": "budget", "title": "Budget", "line": "What budget do you have in mind for the property?"},
    ]
}
ASKED = "Can I go a bit over my budget if the property is right?"
BETTER = "Tell them we can show homes up to ten percent above their budget and mention mortgage advice."


def _flag_and_apply(tenant, agent, *, asked=ASKED, better=BETTER, owner=None):
    turns = [
        {"role": "agent", "content": "What budget do you have in mind?"},
        {"role": "user", "content": asked},
        {"role": "agent", "content": "No, never."},
    ]
    call = CallFactory(agent=agent, transcript_turns=turns)
    flag = training.flag_create(
        tenant=tenant, reason="incorrect", call=call, turn_index=2, better_answer=better, actor=owner
    )
    training.flag_apply(tenant=tenant, flag=flag, resolution="script_change", actor=owner)
    return ScriptChange.objects.get(flag=flag)


@pytest.fixture
def scripted(tenant_a, in_tenant, owner_a, run_on_commit):
    """An agent running version 1 of a two-step script, published."""
    with in_tenant(tenant_a), run_on_commit():
        agent = agent_services.agent_create(tenant=tenant_a, data={"purpose": "qualifier", "name": "Quinn"})
        script = services.script_create(tenant=tenant_a, name="Buyers", content=SCRIPT)
        services.agent_script_apply(tenant=tenant_a, agent=agent, script_version=script.current_version)
        services.agent_script_publish(tenant=tenant_a, agent=agent, reason="v1", actor=owner_a.user)
    return agent, script


def test_the_correction_lands_on_the_step_it_belongs_to_as_a_new_script_version(scripted, tenant_a, in_tenant, owner_a):
    agent, script = scripted
    with in_tenant(tenant_a):
        live_before = Agent.objects.get(pk=agent.pk).published_version.config["system_prompt"]
        change = _flag_and_apply(tenant_a, agent, owner=owner_a.user)
        script.refresh_from_db()
        agent.refresh_from_db()
        version = script.current_version
        live_after = agent.published_version.config["system_prompt"]

    assert change.applied_by.startswith('Added to step 2 ("Budget") of the script "Buyers" as version 2')
    assert version.number == 2 and version.note == f"Correction from a reviewed call (script change {change.pk})"
    assert version.created_by_id == owner_a.user.pk
    assert version.content["steps"][1]["objections"] == [{"objection": ASKED, "reply": BETTER}]
    assert version.content["steps"][0]["objections"] == []
    budget_block = agent.system_prompt.split("### Step 2")[1]
    assert f'- "{ASKED}": "{BETTER}"' in budget_block  # in the script, not a prompt note
    assert compiler.CORRECTIONS_HEADING not in agent.system_prompt
    assert live_after == live_before  # live calls wait for a publish
    assert agent.has_unpublished_changes


def test_an_agent_on_an_older_version_than_the_scripts_latest_gets_a_prompt_note_instead(scripted, tenant_a, in_tenant):
    agent, script = scripted
    with in_tenant(tenant_a):
        services.script_update(tenant=tenant_a, script=script, content={**SCRIPT, "steps": SCRIPT["steps"][::-1]})
        change = _flag_and_apply(tenant_a, agent)
        agent.refresh_from_db()
        versions = CallScriptVersion.objects.filter(script=script).count()

    assert change.applied_by.startswith("Added to the draft prompt")
    assert versions == 2  # the script's later version was not overwritten
    assert agent.system_prompt.endswith(f"{compiler.CORRECTIONS_HEADING}\n- {BETTER}")


def test_a_reply_the_script_cannot_hold_changes_nothing_in_it(scripted, tenant_a, in_tenant):
    agent, script = scripted
    with in_tenant(tenant_a):
        change = _flag_and_apply(tenant_a, agent, better="Quote {contact.shoe_size} back to them.")
        versions = CallScriptVersion.objects.filter(script=script).count()

    assert versions == 1
    assert change.applied_by.startswith("Added to the draft prompt")


def test_a_whole_call_flag_without_the_callers_words_goes_to_the_prompt(scripted, tenant_a, in_tenant):
    agent, script = scripted
    with in_tenant(tenant_a):
        flag = training.flag_create(
            tenant=tenant_a, reason="incomplete", call=CallFactory(agent=agent), better_answer="Offer a viewing."
        )
        training.flag_apply(tenant=tenant_a, flag=flag, resolution="script_change")
        change = ScriptChange.objects.get(flag=flag)
        versions = CallScriptVersion.objects.filter(script=script).count()

    assert versions == 1 and change.applied_by.startswith("Added to the draft prompt")
