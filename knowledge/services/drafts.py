"""Test an agent's draft (or any version) through the one answer service, and compare two versions side by side.

An agent's own fields are its draft; `published_version` is what calls use.
A test conversation answers as the chosen version: its greeting opens the
conversation and its persona, prompt and escalation phrases reach the answer
service in place of the agent's current fields, over the agent's knowledge
sources and the tenant's custom answers. The version is named on every turn
(`draft`, `published` or a version number), so nothing is kept between turns
but the conversation itself (channel portal, like the knowledge "try it" box).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from calls.models import Agent
from knowledge.models import Channel, Conversation, Message, MessageRole
from knowledge.services.answers import AnswerResult, answer_question

DRAFT = "draft"
PUBLISHED = "published"
MAX_COMPARE_QUESTIONS = 20
_VARIABLE = re.compile(r"\{\{\s*(\w+)\s*\}\}")
SAMPLE_VARIABLES = {"first_name": "Alex", "last_name": "Taylor", "name": "Alex Taylor"}


class AgentAsVersion:
    """An agent read as one of its versions: the version's config over the agent's own (draft) fields.

    The answer service reads the persona and escalation phrases from it, and the
    knowledge sources from the agent itself (sources are not versioned).
    """

    def __init__(self, agent: Agent, config: dict, label: str):
        self._agent = agent
        self._config = config
        self.label = label

    def __getattr__(self, name):
        config = self.__dict__.get("_config", {})
        if name in config:
            return config[name]
        return getattr(self.__dict__["_agent"], name)


def version_config(*, agent: Agent, version) -> tuple[dict, str]:
    """(config, label) of `draft`, `published` or a version number of this agent."""
    key = str(version if version is not None else DRAFT).strip().lower()
    if key == DRAFT:
        return agent.config(), "Draft"
    if key == PUBLISHED:
        if agent.published_version is None:
            raise ValidationError({"version": ["This agent has not been published yet; test its draft."]})
        found = agent.published_version
    else:
        number = int(key.removeprefix("v")) if key.removeprefix("v").isdigit() else None
        found = agent.versions.filter(number=number).first() if number else None
        if found is None:
            raise ValidationError({"version": [f"Choose draft, published or a version number of {agent.name}."]})
    return {**agent.config(), **found.full_config}, f"Version {found.number}"


def agent_as(*, agent: Agent, version) -> AgentAsVersion:
    config, label = version_config(agent=agent, version=version)
    return AgentAsVersion(agent, config, label)


def render_greeting(text: str, *, tenant) -> str:
    """The greeting as a caller would hear it, with sample values for the variables a call would fill."""
    values = {**SAMPLE_VARIABLES, "business_name": getattr(tenant, "name", "") or "our business"}
    return _VARIABLE.sub(lambda m: values.get(m.group(1), m.group(1).replace("_", " ")), text).strip()


@transaction.atomic
def sandbox_conversation_start(*, tenant, agent: Agent, version=DRAFT) -> Conversation:
    """A new test conversation, opened by the version's greeting."""
    as_version = agent_as(agent=agent, version=version)
    conversation = Conversation.objects.create(
        channel=Channel.PORTAL, agent=agent, subject=f"Test of {agent.name}: {as_version.label.lower()}"[:200]
    )
    greeting = render_greeting(as_version.greeting, tenant=tenant)
    if greeting:
        Message.objects.create(
            conversation=conversation, role=MessageRole.ASSISTANT, text=greeting, answerer="greeting", answered=True
        )
        Conversation.objects.filter(pk=conversation.pk).update(message_count=1, last_message_at=timezone.now())
        conversation.refresh_from_db()
    return conversation


def _sandbox_conversation(agent: Agent, conversation) -> Conversation:
    found = (
        Conversation.objects.filter(pk=conversation, agent=agent, channel=Channel.PORTAL).first()
        if str(conversation).isdigit()
        else None
    )
    if found is None:
        raise ValidationError({"conversation": ["No test conversation with that id for this agent."]})
    return found


def sandbox_conversation_ask(*, tenant, agent: Agent, question: str, version=DRAFT, conversation=None) -> AnswerResult:
    """One turn of a test conversation, answered as `version` (a new conversation when none is given)."""
    as_version = agent_as(agent=agent, version=version)
    if conversation is None:
        conversation = sandbox_conversation_start(tenant=tenant, agent=agent, version=version)
    elif not isinstance(conversation, Conversation):
        conversation = _sandbox_conversation(agent, conversation)
    return answer_question(question=question, agent=as_version, channel=Channel.PORTAL, conversation=conversation)


@dataclass
class ComparedAnswer:
    text: str
    confidence: float
    answered: bool
    escalated: bool
    citations: list[dict]
    message_id: int


@dataclass
class ComparedRow:
    question: str
    left: ComparedAnswer
    right: ComparedAnswer

    @property
    def same(self) -> bool:
        return self.left.text == self.right.text


@dataclass
class Comparison:
    left_label: str
    right_label: str
    left_conversation_id: int
    right_conversation_id: int
    rows: list[ComparedRow]


def clean_questions(questions) -> list[str]:
    if isinstance(questions, str):
        questions = questions.splitlines()
    if not isinstance(questions, list | tuple):
        raise ValidationError({"questions": ["Give a list of questions."]})
    cleaned = [str(q).strip() for q in questions if str(q).strip()]
    if not cleaned:
        raise ValidationError({"questions": ["Write at least one test question."]})
    if len(cleaned) > MAX_COMPARE_QUESTIONS:
        raise ValidationError({"questions": [f"At most {MAX_COMPARE_QUESTIONS} questions at a time."]})
    too_long = [n for n, q in enumerate(cleaned, start=1) if len(q) > 1000]
    if too_long:
        raise ValidationError({"questions": [f"Question {too_long[0]} is over 1000 characters."]})
    return cleaned


def _compared(result: AnswerResult) -> ComparedAnswer:
    return ComparedAnswer(
        text=result.answer,
        confidence=result.confidence,
        answered=result.answered,
        escalated=result.escalated,
        citations=result.citations,
        message_id=result.message.pk,
    )


def versions_compare(*, tenant, agent: Agent, questions, left=PUBLISHED, right=DRAFT) -> Comparison:
    """The same test questions answered by two versions, each in its own test conversation."""
    questions = clean_questions(questions)
    left_agent, right_agent = agent_as(agent=agent, version=left), agent_as(agent=agent, version=right)
    if left_agent.label == right_agent.label:
        raise ValidationError({"right": ["Choose two different versions to compare."]})
    left_conversation = sandbox_conversation_start(tenant=tenant, agent=agent, version=left)
    right_conversation = sandbox_conversation_start(tenant=tenant, agent=agent, version=right)
    rows = []
    for question in questions:
        answers = [
            answer_question(question=question, agent=as_version, channel=Channel.PORTAL, conversation=conversation)
            for as_version, conversation in ((left_agent, left_conversation), (right_agent, right_conversation))
        ]
        rows.append(ComparedRow(question=question, left=_compared(answers[0]), right=_compared(answers[1])))
    return Comparison(
        left_label=left_agent.label,
        right_label=right_agent.label,
        left_conversation_id=left_conversation.pk,
        right_conversation_id=right_conversation.pk,
        rows=rows,
    )
