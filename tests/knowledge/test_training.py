"""The training loop: flags on calls and answers, applied as a custom answer, an FAQ or a script change."""

import pytest
from django.core.exceptions import ValidationError

from calls import hooks as call_hooks
from calls import services as call_services
from calls.models import Agent
from knowledge.models import FAQ, Flag, Message, ScriptChange
from knowledge.services import answers, sources, training
from tenants.models import AuditEvent
from tests.calls.factories import CallFactory
from tests.voice_sandbox import use_sandbox
from voiceplatform.errors import Conflict

pytestmark = pytest.mark.django_db

HOURS = """# Opening hours

We are open Monday to Friday from 8am to 6pm and on Saturday mornings from 9am to 1pm.
We are closed on Sundays and bank holidays.

# Parking

Free parking is available in the car park behind the building."""

TURNS = [
    {"role": "agent", "content": "Hello, thanks for calling. How can I help?"},
    {"role": "user", "content": "Do you do teeth whitening for teenagers?"},
    {"role": "agent", "content": "Yes, anyone can have whitening."},
    {"role": "user", "content": "Great, thanks."},
]


@pytest.fixture(autouse=True)
def _sandbox(settings):
    use_sandbox(settings)


@pytest.fixture
def knowledge(tenant_a, in_tenant, run_on_commit):
    with in_tenant(tenant_a), run_on_commit():
        sources.source_create(kind="text", name="Hours and parking", content=HOURS)


@pytest.fixture
def agent(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        return call_services.agent_create(tenant=tenant_a, data={"purpose": "receptionist", "name": "Ava"})


def flagged_call(agent):
    return CallFactory(agent=agent, transcript_turns=TURNS, summary="Asked about whitening for a teenager.")


def test_flagging_a_call_turn_keeps_what_was_asked_and_said(tenant_a, in_tenant, owner_a, agent):
    with in_tenant(tenant_a):
        call = flagged_call(agent)
        flag = training.flag_create(
            tenant=tenant_a,
            reason="incorrect",
            call=call,
            turn_index=2,
            better_answer="Whitening is only for patients aged 18 and over.",
            actor=owner_a.user,
        )
    assert flag.question == "Do you do teeth whitening for teenagers?"
    assert flag.bot_answer == "Yes, anyone can have whitening."
    assert flag.agent_id == agent.pk and flag.status == "open" and flag.created_by_id == owner_a.user.pk
    event = AuditEvent.objects.get(action="flag.created", target_id=str(flag.pk))
    assert event.tenant_id == tenant_a.pk and event.actor_id == owner_a.user.pk


def test_flag_to_custom_answer_is_what_the_answer_service_says_next_time(knowledge, tenant_a, in_tenant, owner_a):
    with in_tenant(tenant_a):
        asked = answers.answer_question(question="Are you open on Sunday mornings?", channel="chat")
        assert "emergency line" not in asked.answer
        flag = training.flag_create(tenant=tenant_a, reason="incomplete", message=asked.message, actor=owner_a.user)
        assert flag.question == "Are you open on Sunday mornings?" and flag.bot_answer == asked.answer
        training.flag_apply(
            tenant=tenant_a,
            flag=flag,
            resolution="custom_answer",
            better_answer="On Sundays we are closed, but the emergency line 020 7946 0000 is staffed 9 to 12.",
            actor=owner_a.user,
        )
        flag.refresh_from_db()
        assert flag.status == "applied" and flag.resolution == "custom_answer" and flag.faq.override
        again = answers.answer_question(question="are you open on sunday mornings")
        paraphrased = answers.answer_question(question="Are you open on a Sunday morning?")
    assert again.answer.startswith("On Sundays we are closed, but the emergency line")
    assert paraphrased.answer == again.answer
    assert AuditEvent.objects.filter(action="flag.applied", target_id=str(flag.pk)).count() == 1


def test_flag_to_faq_is_indexed_and_found_by_retrieval(knowledge, tenant_a, in_tenant, owner_a, agent):
    with in_tenant(tenant_a):
        call = flagged_call(agent)
        flag = training.flag_create(tenant=tenant_a, reason="incorrect", call=call, turn_index=2)
        training.flag_apply(
            tenant=tenant_a,
            flag=flag,
            resolution="faq",
            better_answer="Teeth whitening is only offered to patients aged 18 and over.",
            actor=owner_a.user,
        )
        faq = FAQ.objects.get(question="Do you do teeth whitening for teenagers?")
        assert not faq.override and faq.chunks.count() == 1
        result = answers.answer_question(question="Can teenagers get teeth whitening?")
    assert "18 and over" in result.answer


def test_applying_the_same_question_twice_updates_the_entry(tenant_a, in_tenant, agent):
    with in_tenant(tenant_a):
        call = flagged_call(agent)
        first = training.flag_create(tenant=tenant_a, reason="incorrect", call=call, turn_index=2)
        training.flag_apply(tenant=tenant_a, flag=first, resolution="faq", better_answer="Adults only.")
        second = training.flag_create(tenant=tenant_a, reason="outdated", call=call, turn_index=2)
        training.flag_apply(tenant=tenant_a, flag=second, resolution="custom_answer", better_answer="From 16 up.")
        faqs = list(FAQ.objects.filter(question="Do you do teeth whitening for teenagers?"))
    assert len(faqs) == 1 and faqs[0].answer == "From 16 up." and faqs[0].override


def test_flag_to_script_change_lands_in_the_draft_prompt_without_an_applier(tenant_a, in_tenant, owner_a, agent):
    with in_tenant(tenant_a):
        call_services.agent_publish(tenant=tenant_a, agent=agent, note="first")
        call = flagged_call(agent)
        flag = training.flag_create(tenant=tenant_a, reason="inappropriate", call=call, turn_index=2)
        training.flag_apply(
            tenant=tenant_a,
            flag=flag,
            resolution="script_change",
            better_answer="Never promise treatments; offer a consultation instead.",
            actor=owner_a.user,
        )
        agent.refresh_from_db()
        change = ScriptChange.objects.get(flag=flag)
        live_prompt = agent.published_version.config["system_prompt"]
    assert change.status == "applied" and "draft prompt" in change.applied_by
    assert agent.system_prompt.endswith(
        f"{training.CORRECTIONS_HEADING}\n- Never promise treatments; offer a consultation instead."
    )
    assert training.CORRECTIONS_HEADING not in live_prompt  # calls keep the published version until a publish
    assert agent.has_unpublished_changes


def test_a_registered_applier_takes_the_script_change(tenant_a, in_tenant, agent):
    taken = []

    def applier(*, tenant, agent_id, text, question, change_id, actor):
        taken.append((tenant.pk, agent_id, text, question, change_id))
        return "Added to step 2 of the script."

    call_hooks.script_change_appliers.register(applier)
    try:
        with in_tenant(tenant_a):
            prompt_before = Agent.objects.get(pk=agent.pk).system_prompt
            call = flagged_call(agent)
            flag = training.flag_create(tenant=tenant_a, reason="other", call=call, better_answer="Ask their age.")
            training.flag_apply(tenant=tenant_a, flag=flag, resolution="script_change")
            change = ScriptChange.objects.get(flag=flag)
            prompt_after = Agent.objects.get(pk=agent.pk).system_prompt
    finally:
        call_hooks.script_change_appliers.unregister(applier)
    assert taken == [(tenant_a.pk, agent.pk, "Ask their age.", "", change.pk)]
    assert change.applied_by == "Added to step 2 of the script." and prompt_after == prompt_before


def test_dismissing_closes_the_flag_and_a_closed_flag_cannot_be_applied(tenant_a, in_tenant, owner_a, agent):
    with in_tenant(tenant_a):
        flag = training.flag_create(tenant=tenant_a, reason="other", call=flagged_call(agent), better_answer="x")
        training.flag_dismiss(tenant=tenant_a, flag=flag, note="The bot was right.", actor=owner_a.user)
        with pytest.raises(Conflict):
            training.flag_apply(tenant=tenant_a, flag=flag, resolution="faq")
        with pytest.raises(Conflict):
            training.flag_dismiss(tenant=tenant_a, flag=flag)
        flag.refresh_from_db()
        assert flag.status == "dismissed" and flag.resolved_by_id == owner_a.user.pk
        assert FAQ.objects.count() == 0
    flag_events = AuditEvent.objects.filter(target_type=Flag._meta.label_lower, target_id=str(flag.pk))
    assert sorted(flag_events.values_list("action", flat=True)) == ["flag.created", "flag.dismissed"]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"reason": "rude"}, "reason"),
        ({"reason": "incorrect", "turn_index": 1}, "turn_index"),  # the caller's turn
        ({"reason": "incorrect", "turn_index": 9}, "turn_index"),
        ({"reason": "incorrect", "better_answer": "x" * 5001}, "better_answer"),
    ],
)
def test_bad_flags_are_refused_with_the_field_named(tenant_a, in_tenant, agent, kwargs, field):
    with in_tenant(tenant_a):
        call = flagged_call(agent)
        with pytest.raises(ValidationError) as raised:
            training.flag_create(tenant=tenant_a, call=call, **kwargs)
        assert field in raised.value.message_dict
        assert Flag.objects.count() == 0


def test_a_flag_needs_exactly_one_subject_and_an_assistant_message(tenant_a, in_tenant, agent):
    with in_tenant(tenant_a):
        asked = answers.answer_question(question="Where can I park?")
        customer = Message.objects.get(conversation=asked.conversation, role="user")
        with pytest.raises(ValidationError, match="either a call or a conversation message"):
            training.flag_create(tenant=tenant_a, reason="other")
        with pytest.raises(ValidationError, match="either a call or a conversation message"):
            training.flag_create(tenant=tenant_a, reason="other", call=flagged_call(agent), message=asked.message)
        with pytest.raises(ValidationError) as raised:
            training.flag_create(tenant=tenant_a, reason="other", message=customer)
        assert "message" in raised.value.message_dict
        assert Flag.objects.count() == 0


def test_applying_needs_a_better_answer_and_a_question(tenant_a, in_tenant, agent):
    with in_tenant(tenant_a):
        flag = training.flag_create(tenant=tenant_a, reason="other", call=flagged_call(agent))
        with pytest.raises(ValidationError) as raised:
            training.flag_apply(tenant=tenant_a, flag=flag, resolution="custom_answer")
        assert set(raised.value.message_dict) == {"better_answer", "question"}
        with pytest.raises(ValidationError) as raised:
            training.flag_apply(tenant=tenant_a, flag=flag, resolution="retrain", better_answer="x")
        assert "resolution" in raised.value.message_dict
        flag.refresh_from_db()
        assert flag.status == "open" and FAQ.objects.count() == 0 and ScriptChange.objects.count() == 0


def test_erasing_a_contact_blanks_what_their_flags_quote(tenant_a, in_tenant, owner_a, agent):
    from contacts.services import contact_erase
    from tests.contacts.factories import ContactFactory

    with in_tenant(tenant_a):
        contact = ContactFactory(first_name="Zebediah")
        mine = training.flag_create(
            tenant=tenant_a,
            reason="incorrect",
            call=CallFactory(agent=agent, contact=contact, transcript_turns=TURNS),
            turn_index=2,
            better_answer="Adults only.",
        )
        other = training.flag_create(tenant=tenant_a, reason="incorrect", call=flagged_call(agent), turn_index=2)
        contact_erase(contact=contact, tenant=tenant_a, actor=owner_a.user, reason="GDPR request")
        mine.refresh_from_db()
        other.refresh_from_db()
    assert (mine.question, mine.bot_answer, mine.better_answer) == ("", "", "Adults only.")
    assert other.question == "Do you do teeth whitening for teenagers?"
