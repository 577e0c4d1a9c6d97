"""Call scripts as services: validation names the step, compilation, diff and rollback, personas, rehearsal."""

import copy

import pytest
from django.core.exceptions import ValidationError

from calls import services as agent_services
from calls.models import Agent, AgentVersion, CallScriptVersion
from calls.scripts import compiler, diff, library, personas, rehearsal, services
from calls.scripts.validation import clean_content
from contacts.models import CustomFieldDefinition

pytestmark = pytest.mark.django_db


def content(*steps):
    return {"steps": list(steps)}


def step(key, line="Hello.", **extra):
    return {"key": key, "line": line, **extra}


def messages_of(exc) -> list[str]:
    return exc.value.message_dict["steps"]


# --- validation ------------------------------------------------------------------------------------


def test_every_library_template_is_valid(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        for template in library.TEMPLATES:
            clean_content(template.content)
    verticals = {t.vertical for t in library.TEMPLATES if t.vertical}
    assert verticals == {"home_services", "dental", "legal", "real_estate", "salon", "ecommerce"}


def test_an_unknown_variable_is_refused_naming_the_step(tenant_a, in_tenant):
    with in_tenant(tenant_a), pytest.raises(ValidationError) as exc:
        clean_content(
            content(step("opening", "Hi {contact.first_name}", next="ask"), step("ask", "Is {contact.pet} ok?"))
        )
    [message] = messages_of(exc)
    assert message.startswith('Step "ask": unknown variable {contact.pet}')


def test_custom_fields_of_the_tenant_are_known_variables(tenant_a, tenant_b, in_tenant):
    script = content(step("opening", "Your plan is {contact.custom.plan}."))
    with in_tenant(tenant_a):
        CustomFieldDefinition.objects.create(key="plan", label="Plan")
        assert clean_content(script)["steps"][0]["line"] == "Your plan is {contact.custom.plan}."
        assert "{{custom_plan}}" in compiler.compile_greeting(script)
    with in_tenant(tenant_b), pytest.raises(ValidationError) as exc:
        clean_content(script)
    assert "unknown variable {contact.custom.plan}" in messages_of(exc)[0]


def test_a_branch_to_a_missing_step_is_refused_naming_the_step(tenant_a, in_tenant):
    bad = content(step("opening", branches=[{"answer": "yes", "goto": "pricing"}], next="bye"), step("bye"))
    with in_tenant(tenant_a), pytest.raises(ValidationError) as exc:
        clean_content(bad)
    assert messages_of(exc) == ['Step "opening": goes to "pricing", which is not a step of this script.']


def test_a_loop_with_no_way_out_is_refused_naming_its_steps(tenant_a, in_tenant):
    looping = content(
        step("opening", branches=[{"answer": "no", "goto": "bye"}], next="ask"),
        step("ask", next="again"),
        step("again", next="ask"),
        step("bye"),
    )
    with in_tenant(tenant_a), pytest.raises(ValidationError) as exc:
        clean_content(looping)
    assert [m.split(":")[0] for m in messages_of(exc)] == ['Step "ask"', 'Step "again"']
    escape = copy.deepcopy(looping)
    escape["steps"][2]["branches"] = [{"answer": "bye", "goto": "bye"}]
    with in_tenant(tenant_a):
        assert clean_content(escape)


def test_a_loop_that_can_end_is_accepted(tenant_a, in_tenant):
    retry = content(step("ask", branches=[{"answer": "yes", "goto": "bye"}], next="ask"), step("bye"))
    with in_tenant(tenant_a):
        assert [s["key"] for s in clean_content(retry)["steps"]] == ["ask", "bye"]


@pytest.mark.parametrize(
    ("bad", "says"),
    [
        ("nope", "A script is an object"),
        ({"steps": []}, "at least one step"),
        ({"steps": [{"key": "Bad Key", "line": "x"}]}, "Step 1: the key must be snake_case"),
        ({"steps": [{"key": "a"}]}, 'Step "a": write what the agent says'),
        ({"steps": [{"key": "a", "line": "x", "actions": ["fly"]}]}, 'unknown call to action "fly"'),
        ({"steps": [{"key": "a", "line": "x", "colour": 1}]}, "Step 1: unknown field(s) colour"),
        ({"steps": [step("a"), step("a")]}, 'Step "a": two steps have this key'),
        ({"steps": [{"key": "a", "line": "Hi {{first_name}}"}]}, "single braces"),
    ],
)
def test_bad_content_gets_a_clear_error(tenant_a, in_tenant, bad, says):
    with in_tenant(tenant_a), pytest.raises(ValidationError) as exc:
        clean_content(bad)
    assert says in " ".join(messages_of(exc))


# --- compilation ---------------------------------------------------------------------------------------


def test_compilation_writes_steps_branches_objections_and_persona(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        script = clean_content(library.template_for("real_estate_qualification").content)
        persona = personas.preset_for("mumbai_consultative").as_dict()
        prompt = compiler.compile_prompt(script, persona=persona)
        greeting = compiler.compile_greeting(script)
        states = compiler.retell_states(script)
    assert greeting.startswith("Hi {{first_name}}, this is {{business_name}}.")
    assert "### Step 1: Opening (opening)" in prompt
    assert '- If they answer "yes": go to step 2 (budget).' in prompt
    assert '- If they answer "no": go to step 5 (goodbye).' in prompt
    assert '- "prices are too high": "I hear that often.' in prompt
    assert "You may: Book an appointment" in prompt
    assert "You speak Indian English and know the Mumbai area." in prompt
    assert "lakhs and crores" in prompt
    assert states["starting_state"] == "opening"
    assert states["states"][0]["edges"][0] == {
        "destination_state_name": "budget",
        "description": 'The user answers "yes".',
    }


# --- versions, diff, rollback ----------------------------------------------------------------------------


def test_saving_adds_versions_and_the_diff_is_per_step(tenant_a, owner_a, in_tenant):
    with in_tenant(tenant_a):
        script = services.script_create_from_template(tenant=tenant_a, template_key="survey", actor=owner_a.user)
        v1 = script.current_version
        steps = copy.deepcopy(v1.content["steps"])
        steps[1]["line"] = "From one to ten, how likely are you to recommend us?"
        steps.insert(2, step("follow_up", "Anything we could do better?", next="why"))
        steps[1]["next"] = "follow_up"
        del steps[0]["branches"][1]
        steps[0]["next"] = "goodbye"
        services.script_update(
            tenant=tenant_a, script=script, content={"steps": steps}, note="Shorter", actor=owner_a.user
        )
        script.refresh_from_db()
        v2 = script.current_version
        services.script_update(tenant=tenant_a, script=script, content={"steps": steps}, actor=owner_a.user)
        assert script.versions.count() == 2, "unchanged content adds no version"
        changes = diff.script_diff(v1.content, v2.content)
    by_step = {c["step"]: c for c in changes}
    assert by_step["follow_up"]["change"] == "added"
    score = {f["field"]: f for f in by_step["score"]["fields"]}
    assert set(score) == {"line", "next"}
    assert score["line"]["words"][-2:] == [{"op": "removed", "text": "us to a friend?"}, {"op": "added", "text": "us?"}]
    assert score["next"]["before"] == "why" and score["next"]["after"] == "follow_up"
    assert {f["field"] for f in by_step["consent"]["fields"]} == {"branches", "next"}
    assert v2.note == "Shorter" and v2.created_by_id == owner_a.user.pk


def test_rollback_makes_an_old_version_current_as_a_new_one(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        script = services.script_create(tenant=tenant_a, name="S", content=content(step("a", "One.")))
        services.script_update(tenant=tenant_a, script=script, content=content(step("a", "Two.")))
        version = services.script_rollback(tenant=tenant_a, script=script, version_number=1)
        script.refresh_from_db()
        assert (version.number, version.note) == (3, "Rollback to v1")
        assert script.current_version.content["steps"][0]["line"] == "One."
        assert list(script.versions.values_list("number", flat=True).order_by("number")) == [1, 2, 3]
        with pytest.raises(ValidationError):
            services.script_rollback(tenant=tenant_a, script=script, version_number=9)


def test_an_invalid_save_changes_nothing(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        script = services.script_create(tenant=tenant_a, name="S", content=content(step("a", "One.")))
        with pytest.raises(ValidationError):
            services.script_update(tenant=tenant_a, script=script, name="New", content=content(step("a", next="zz")))
        script.refresh_from_db()
        assert script.name == "S" and CallScriptVersion.objects.filter(script=script).count() == 1


# --- personas ------------------------------------------------------------------------------------------


def test_persona_overrides_allow_only_overridable_fields_with_valid_values(tenant_a, in_tenant):
    preset = personas.preset_for("london_formal")
    with in_tenant(tenant_a):
        cleaned = personas.clean_overrides(preset, {"speaking_speed": "1.2", "traits": "calm, kind", "style": "formal"})
        assert cleaned == {"speaking_speed": 1.2, "traits": ["calm", "kind"]}, (
            "a value equal to the preset is no override"
        )
        for bad, field in (
            ({"region": "Paris"}, "region"),
            ({"accent": "French"}, "accent"),
            ({"colour": "red"}, "colour"),
            ({"speaking_speed": 3}, "speaking_speed"),
            ({"style": "shouty"}, "style"),
            ({"voice_id": "robot"}, "voice_id"),
            ({"language": "fr-FR"}, "language"),
            ({"traits": ["x" * 41]}, "traits"),
        ):
            with pytest.raises(ValidationError) as exc:
                personas.clean_overrides(preset, bad)
            assert field in exc.value.message_dict, bad
        Agent.objects.create(name="French desk", language="fr-FR")
        assert personas.clean_overrides(preset, {"language": "fr-FR"}) == {"language": "fr-FR"}


def test_an_agent_uses_a_script_version_and_persona_in_its_draft(tenant_a, owner_a, in_tenant):
    with in_tenant(tenant_a):
        agent = agent_services.agent_create(tenant=tenant_a, data={"purpose": "qualifier"})
        script = services.script_create_from_template(tenant=tenant_a, template_key="real_estate_qualification")
        services.agent_script_apply(
            tenant=tenant_a,
            agent=agent,
            script_version=script.current_version,
            persona_key="delhi_formal",
            persona_overrides={"speaking_speed": 1.3},
            actor=owner_a.user,
        )
        agent.refresh_from_db()
        assert agent.greeting.startswith("Hi {{first_name}}, this is {{business_name}}.")
        assert "## Call script" in agent.system_prompt and "know the Delhi area" in agent.system_prompt
        assert (agent.accent, agent.language, agent.voice_id) == ("Indian English", "en-IN", "11labs-Arjun")
        assert agent.speaking_speed == 1.3 and agent.formality == "formal"
        assert agent.escalation_keywords == ["refund", "legal", "senior person"]
        with pytest.raises(ValidationError) as exc:
            services.agent_script_apply(
                tenant=tenant_a,
                agent=agent,
                script_version=None,
                persona_key="delhi_formal",
                persona_overrides={"region": "Goa"},
            )
        assert "region" in exc.value.message_dict


def test_publishing_records_who_and_why(tenant_a, owner_a, in_tenant, run_on_commit):
    with in_tenant(tenant_a), run_on_commit():
        agent = agent_services.agent_create(tenant=tenant_a, data={"purpose": "qualifier"})
        script = services.script_create_from_template(tenant=tenant_a, template_key="survey", name="NPS")
        services.agent_script_apply(tenant=tenant_a, agent=agent, script_version=script.current_version)
        with pytest.raises(ValidationError) as exc:
            services.agent_script_publish(tenant=tenant_a, agent=agent, reason="  ", actor=owner_a.user)
        assert "reason" in exc.value.message_dict and not AgentVersion.objects.exists()
        version = services.agent_script_publish(tenant=tenant_a, agent=agent, reason="Q3 survey", actor=owner_a.user)
        agent.refresh_from_db()
        assert agent.published_version == version
    assert version.created_by_id == owner_a.user.pk
    assert version.note == "Q3 survey [script: NPS v1]"
    assert "## Call script" in version.config["system_prompt"]


def test_a_script_in_use_cannot_be_deleted(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        agent = agent_services.agent_create(tenant=tenant_a, data={"name": "Sam"})
        script = services.script_create_from_template(tenant=tenant_a, template_key="survey")
        services.agent_script_apply(tenant=tenant_a, agent=agent, script_version=script.current_version)
        with pytest.raises(ValidationError) as exc:
            services.script_delete(tenant=tenant_a, script=script)
        assert "Sam" in exc.value.messages[0]


# --- the typed rehearsal -----------------------------------------------------------------------------------


def test_the_rehearsal_follows_the_draft_not_the_published_version(tenant_a, owner_a, in_tenant, run_on_commit):
    with in_tenant(tenant_a), run_on_commit():
        agent = agent_services.agent_create(tenant=tenant_a, data={"purpose": "qualifier"})
        script = services.script_create_from_template(tenant=tenant_a, template_key="real_estate_qualification")
        services.agent_script_apply(tenant=tenant_a, agent=agent, script_version=script.current_version)
        services.agent_script_publish(tenant=tenant_a, agent=agent, reason="v1 live", actor=owner_a.user)
        steps = copy.deepcopy(script.current_version.content["steps"])
        steps[1]["line"] = "Lovely. What is your budget?"
        services.script_update(tenant=tenant_a, script=script, content={"steps": steps})
        script.refresh_from_db()
        services.agent_script_apply(tenant=tenant_a, agent=agent, script_version=script.current_version)

        state = rehearsal.rehearsal_start(tenant=tenant_a, agent=agent, session_key="s1")
        assert state["version_label"].endswith("v2")
        assert state["turns"][0]["text"].startswith(f"Hi Alex, this is {tenant_a.name}.")
        state = rehearsal.rehearsal_turn(tenant=tenant_a, agent=agent, session_key="s1", state=state, text="I'm busy")
        assert state["turns"][-1]["text"].startswith("I understand."), "the objection's reply"
        state = rehearsal.rehearsal_turn(tenant=tenant_a, agent=agent, session_key="s1", state=state, text="Yes I am")
        assert state["turns"][-1]["text"] == "Lovely. What is your budget?", "the draft's line, not v1's"
        assert state["step"] == "budget" and not state["ended"]
        agent.refresh_from_db()
        assert "Great. What budget range" in agent.published_version.config["system_prompt"]
        assert rehearsal.rehearsal_state(agent=agent, session_key="s1")["step"] == "budget"


def test_a_rehearsal_needs_a_script(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        agent = agent_services.agent_create(tenant=tenant_a, data={"name": "Plain"})
        with pytest.raises(ValidationError):
            rehearsal.rehearsal_start(tenant=tenant_a, agent=agent, session_key="s1")


def test_a_persona_alone_keeps_the_agents_prompt_and_replaces_its_persona_block(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        agent = agent_services.agent_create(tenant=tenant_a, data={"name": "Desk", "system_prompt": "Answer kindly."})
        services.agent_script_apply(tenant=tenant_a, agent=agent, script_version=None, persona_key="london_formal")
        services.agent_script_apply(tenant=tenant_a, agent=agent, script_version=None, persona_key="new_york_casual")
        agent.refresh_from_db()
        assert agent.system_prompt.startswith(
            "Answer kindly.\n\n## Persona\nYou speak US English and know the New York"
        )
        assert agent.system_prompt.count("## Persona") == 1 and agent.voice_id == "11labs-Max"


def test_an_off_script_question_is_answered_from_the_knowledge_then_the_step_is_asked_again(tenant_a, in_tenant):
    from knowledge.models import FAQ

    with in_tenant(tenant_a):
        FAQ.objects.create(
            question="Do you have parking?", answer="Yes, free parking behind the clinic.", override=True
        )
        agent = agent_services.agent_create(tenant=tenant_a, data={"name": "Desk"})
        script = services.script_create_from_template(tenant=tenant_a, template_key="dental_recall")
        services.agent_script_apply(tenant=tenant_a, agent=agent, script_version=script.current_version)
        state = rehearsal.rehearsal_start(tenant=tenant_a, agent=agent, session_key="s2")
        state = rehearsal.rehearsal_turn(
            tenant=tenant_a, agent=agent, session_key="s2", state=state, text="Do you have parking?"
        )
        assert state["turns"][-1]["text"].startswith("Yes, free parking behind the clinic. Hello Alex")
        assert state["step"] == "recall"
        state = rehearsal.rehearsal_turn(tenant=tenant_a, agent=agent, session_key="s2", state=state, text="Hmm")
        assert state["turns"][-1]["text"].startswith("Sorry, I didn't quite catch that. Hello Alex")


def test_corrections_from_reviewed_calls_survive_compiling_the_script_again(tenant_a, in_tenant):
    correction = f"{compiler.CORRECTIONS_HEADING}\n- Never quote a price; offer a valuation visit."
    with in_tenant(tenant_a):
        agent = agent_services.agent_create(tenant=tenant_a, data={"purpose": "qualifier"})
        script = services.script_create_from_template(tenant=tenant_a, template_key="real_estate_qualification")
        services.agent_script_apply(tenant=tenant_a, agent=agent, script_version=script.current_version)
        agent.refresh_from_db()
        agent_services.agent_update(
            tenant=tenant_a, agent=agent, data={"system_prompt": f"{agent.system_prompt}\n\n{correction}"}
        )
        services.agent_script_apply(
            tenant=tenant_a, agent=agent, script_version=script.current_version, persona_key="london_formal"
        )
        services.agent_script_apply(tenant=tenant_a, agent=agent, script_version=None, persona_key="new_york_casual")
        agent.refresh_from_db()
    assert agent.system_prompt.count(compiler.CORRECTIONS_HEADING) == 1
    assert agent.system_prompt.endswith(correction)
    assert "## Call script" in agent.system_prompt and "know the New York" in agent.system_prompt


def test_split_corrections_takes_only_the_corrections_section():
    prompt = f"Intro.\n\n{compiler.CORRECTIONS_HEADING}\n- Be brief.\n\n## Persona\nCalm."
    assert compiler.split_corrections(prompt) == (
        "Intro.\n\n## Persona\nCalm.",
        f"{compiler.CORRECTIONS_HEADING}\n- Be brief.",
    )
    assert compiler.split_corrections("No corrections.") == ("No corrections.", "")
