"""Testing an agent's draft through the answer service, side-by-side comparison, and publishing with a note."""

import pytest
from django.core.exceptions import ValidationError

from calls import services as call_services
from calls.models import AgentVersion
from knowledge.answerers import OfflineAnswerer
from knowledge.models import Conversation, Message
from knowledge.services import drafts, sources
from tenants.models import AuditEvent
from tests.voice_sandbox import use_sandbox

pytestmark = pytest.mark.django_db

NOTES = """# Refunds

Refunds are paid back to the original card within five working days.

# Opening hours

We are open Monday to Friday from 8am to 6pm."""


class RecordingAnswerer(OfflineAnswerer):
    """The offline answerer, noting which persona and prompt the answer service handed it."""

    def __init__(self):
        self.seen = []

    def answer(self, question, passages, *, agent=None, **kwargs):
        self.seen.append({"name": agent.name, "system_prompt": agent.system_prompt} if agent is not None else None)
        return super().answer(question, passages, agent=agent, **kwargs)


@pytest.fixture(autouse=True)
def _sandbox(settings):
    use_sandbox(settings)


@pytest.fixture
def answerer(monkeypatch):
    recording = RecordingAnswerer()
    monkeypatch.setattr("knowledge.services.answers.get_answerer", lambda: recording)
    return recording


@pytest.fixture
def agent(tenant_a, in_tenant, run_on_commit, owner_a):
    """Version 1 is live (calm, old prompt); the draft has a new greeting, prompt and escalation phrase."""
    with in_tenant(tenant_a), run_on_commit():
        sources.source_create(kind="text", name="Notes", content=NOTES)
        agent = call_services.agent_create(
            tenant=tenant_a,
            data={
                "purpose": "receptionist",
                "name": "Ava",
                "greeting": "Hello, {{business_name}} here.",
                "system_prompt": "Live prompt: be brief.",
            },
        )
        call_services.agent_publish_reviewed(tenant=tenant_a, agent=agent, actor=owner_a.user, note="First version")
        agent = call_services.agent_update(
            tenant=tenant_a,
            agent=agent,
            data={
                "greeting": "Hi {{first_name}}, Ava from {{business_name}}. What can I do for you?",
                "system_prompt": "Draft prompt: be warm and offer a call back.",
                "escalation_keywords": ["refund"],
            },
        )
        agent.refresh_from_db()
    return agent


def test_a_draft_test_conversation_uses_the_draft_not_the_published_version(tenant_a, in_tenant, agent, answerer):
    with in_tenant(tenant_a):
        result = drafts.sandbox_conversation_ask(
            tenant=tenant_a, agent=agent, question="How long does a refund take?", version="draft"
        )
        greeting = Message.objects.filter(conversation=result.conversation).order_by("id").first()
        conversation = Conversation.objects.get(pk=result.conversation.pk)
    assert greeting.text == f"Hi Alex, Ava from {tenant_a.name}. What can I do for you?"
    assert answerer.seen[-1]["system_prompt"] == "Draft prompt: be warm and offer a call back."
    assert result.escalated  # the draft's own escalation phrase
    assert "five working days" in result.answer
    assert conversation.channel == "portal" and conversation.agent_id == agent.pk
    assert conversation.message_count == 3


def test_the_published_version_answers_as_it_was_published(tenant_a, in_tenant, agent, answerer):
    with in_tenant(tenant_a):
        conversation = drafts.sandbox_conversation_start(tenant=tenant_a, agent=agent, version="published")
        result = drafts.sandbox_conversation_ask(
            tenant=tenant_a,
            agent=agent,
            question="How long does a refund take?",
            version="published",
            conversation=conversation.pk,
        )
        greeting = Message.objects.filter(conversation=conversation).order_by("id").first()
    assert greeting.text == f"Hello, {tenant_a.name} here."
    assert answerer.seen[-1]["system_prompt"] == "Live prompt: be brief."
    assert not result.escalated


def test_side_by_side_answers_the_same_questions_with_both_versions(tenant_a, in_tenant, agent, answerer):
    questions = ["How long does a refund take?", "When are you open?"]
    with in_tenant(tenant_a):
        comparison = drafts.versions_compare(tenant=tenant_a, agent=agent, questions=questions)
        left_messages = Message.objects.filter(conversation_id=comparison.left_conversation_id).count()
    assert (comparison.left_label, comparison.right_label) == ("Version 1", "Draft")
    assert [row.question for row in comparison.rows] == questions
    refund, hours = comparison.rows
    assert not refund.left.escalated and refund.right.escalated and not refund.same
    assert "8am to 6pm" in hours.left.text and hours.left.text == hours.right.text
    prompts = [seen["system_prompt"] for seen in answerer.seen]
    assert prompts == ["Live prompt: be brief.", "Draft prompt: be warm and offer a call back."] * 2
    assert left_messages == 1 + 2 * len(questions)  # greeting, then a question and its answer each


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"questions": []}, "questions"),
        ({"questions": ["   "]}, "questions"),
        ({"questions": [f"Question {n}?" for n in range(21)]}, "questions"),
        ({"questions": ["x" * 1001]}, "questions"),
        ({"questions": ["Hi?"], "left": "draft", "right": "draft"}, "right"),
        ({"questions": ["Hi?"], "left": "7"}, "version"),
        ({"questions": ["Hi?"], "right": "latest"}, "version"),
    ],
)
def test_bad_comparisons_are_refused(tenant_a, in_tenant, agent, kwargs, field):
    with in_tenant(tenant_a):
        before = Conversation.objects.count()
        with pytest.raises(ValidationError) as raised:
            drafts.versions_compare(tenant=tenant_a, agent=agent, **kwargs)
        assert field in raised.value.message_dict
        assert Conversation.objects.count() == before


def test_an_unpublished_agent_can_only_test_its_draft(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        fresh = call_services.agent_create(tenant=tenant_a, data={"purpose": "custom", "name": "New"})
        with pytest.raises(ValidationError, match="not been published"):
            drafts.sandbox_conversation_start(tenant=tenant_a, agent=fresh, version="published")
        assert drafts.sandbox_conversation_start(tenant=tenant_a, agent=fresh).messages.count() == 1


def test_a_test_conversation_of_another_agent_is_refused(tenant_a, in_tenant, agent):
    with in_tenant(tenant_a):
        other = call_services.agent_create(tenant=tenant_a, data={"purpose": "custom", "name": "Other"})
        theirs = drafts.sandbox_conversation_start(tenant=tenant_a, agent=other)
        with pytest.raises(ValidationError) as raised:
            drafts.sandbox_conversation_ask(tenant=tenant_a, agent=agent, question="Hi?", conversation=theirs.pk)
        assert "conversation" in raised.value.message_dict


def test_publishing_records_who_and_why(tenant_a, in_tenant, agent, owner_a):
    with in_tenant(tenant_a):
        for note in ("", "   ", "x" * 201):
            with pytest.raises(ValidationError) as raised:
                call_services.agent_publish_reviewed(tenant=tenant_a, agent=agent, actor=owner_a.user, note=note)
            assert "note" in raised.value.message_dict
        assert AgentVersion.objects.filter(agent=agent).count() == 1
        version = call_services.agent_publish_reviewed(
            tenant=tenant_a, agent=agent, actor=owner_a.user, note="Warmer greeting, refunds escalate"
        )
        agent.refresh_from_db()
    assert version.number == 2 and agent.published_version_id == version.pk
    assert version.created_by_id == owner_a.user.pk and version.note == "Warmer greeting, refunds escalate"
    assert version.config["system_prompt"] == "Draft prompt: be warm and offer a call back."
    assert version.provider_version == 1  # synced to the provider as its next version
    event = AuditEvent.objects.filter(action="agent.published", target_id=str(agent.pk)).latest("id")
    assert event.actor_id == owner_a.user.pk
    assert event.metadata["note"] == "Warmer greeting, refunds escalate" and event.metadata["version"] == 2


def test_the_training_page_publishes_the_draft_with_its_note(tenant_a, in_tenant, agent, owner_a, portal):
    client = portal(owner_a)
    url = f"/knowledge/agents/{agent.pk}/training/publish/"

    refused = client.post(url, {"note": " "}, follow=True)
    published = client.post(url, {"note": "Warmer greeting"}, follow=True)

    assert refused.redirect_chain[-1][0] == f"/knowledge/agents/{agent.pk}/training/"
    assert "Published version 2. New calls use it." in published.content.decode()
    with in_tenant(tenant_a):
        assert list(AgentVersion.objects.filter(agent=agent).values_list("number", "note")) == [
            (2, "Warmer greeting"),
            (1, "First version"),
        ]
