"""Retrieval and answers: RRF fusion, FAQ boost, custom answers, citations, escalation, gaps."""

import pytest

from knowledge import retrieval
from knowledge.events import ConversationEscalated
from knowledge.models import Conversation, Gap, Message
from knowledge.services import answers, faqs, gaps, sources
from voiceplatform import events

pytestmark = pytest.mark.django_db

HOURS = """# Opening hours

We are open Monday to Friday from 8am to 6pm and on Saturday mornings from 9am to 1pm.
We are closed on Sundays and bank holidays.

# Parking

Free parking is available in the car park behind the building; there are two disabled bays next to the entrance."""

PRICES = """# Prices

## Check-ups

A routine check-up with x-rays costs $85 for adults and $45 for children under 16.

## Whitening

Professional in-chair teeth whitening costs $350 and takes about an hour."""


@pytest.fixture
def knowledge(tenant_a, in_tenant, run_on_commit):
    with in_tenant(tenant_a), run_on_commit():
        sources.source_create(kind="text", name="Hours and parking", content=HOURS)
        sources.source_create(kind="text", name="Price list", content=PRICES)


def test_rrf_adds_reciprocal_ranks():
    scores = retrieval.rrf([[1, 2, 3], [3, 1]])
    assert scores[1] == pytest.approx(1 / 61 + 1 / 62)
    assert scores[3] == pytest.approx(1 / 63 + 1 / 61)
    assert scores[2] == pytest.approx(1 / 62)
    assert max(scores, key=scores.get) == 1


def test_search_finds_paraphrased_questions(knowledge, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        result = retrieval.search("where can I leave my car", limit=3)
        assert result.passages[0].heading == "Parking" or result.passages[0].title == "Hours and parking"
        assert "parking" in result.passages[0].text.lower()
        whitening = retrieval.search("how much to make my teeth whiter?", limit=3)
        assert "whitening" in whitening.passages[0].text.lower()


def test_a_question_about_what_the_site_never_mentions_is_declined(knowledge, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        known = retrieval.search("how much is teeth whitening", limit=3)
        foreign = retrieval.search("do you repair washing machines", limit=3)
        assert known.unknown == 0.0 and foreign.unknown > 0.9
        assert {p.unknown for p in foreign.passages} == {foreign.unknown}
        assert known.passages[0].agreement >= 2
        result = answers.answer_question(question="do you repair washing machines")
        assert not result.answered and result.citations == []
        assert answers.answer_question(question="how much is teeth whitening").answered


def test_asked_whether_it_offers_a_thing_the_site_never_names_the_answer_is_less_sure(knowledge, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        offered = retrieval.search("do you do teeth whitening for children", limit=3)
        foreign = retrieval.search("do you sell electric toothbrushes", limit=3)
        plain = retrieval.search("how much is teeth whitening", limit=3)
        assert offered.passages[0].unknown_offer == 0.0 and plain.passages[0].unknown_offer == 0.0
        assert foreign.passages[0].unknown_offer >= 0.5
        # Only the asking sentence names the thing: the next one's words are not part of it.
        aside = retrieval.search("Do you do teeth whitening? My sister swears by the zoom lamp thingy", limit=3)
        assert aside.passages[0].unknown_offer == 0.0


def test_an_answer_cites_its_passage_and_is_stored(knowledge, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        result = answers.answer_question(question="How much is a check-up for my kid?", channel="chat")
        assert result.answered
        assert "$45" in result.answer
        assert result.citations == [{"url": "", "title": "Price list", "heading": "Prices > Check-ups"}]
        assert result.confidence >= 0.35
        stored = Message.objects.filter(conversation=result.conversation).order_by("id")
        assert [m.role for m in stored] == ["user", "assistant"]
        assert stored[1].citations == result.citations and stored[1].latency_ms is not None
        assert result.conversation.channel == "chat"
        follow_up = answers.answer_question(question="are you open sundays", conversation=result.conversation.pk)
        assert follow_up.conversation.pk == result.conversation.pk
        assert "Sunday" in follow_up.answer


def test_unknown_questions_say_so_and_become_grouped_gaps(knowledge, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        first = answers.answer_question(question="Do you sell gift vouchers?")
        assert not first.answered
        assert "don't have that information" in first.answer
        answers.answer_question(question="do you sell gift vouchers")
        answers.answer_question(question="Can I buy a gift voucher for my mum?")
        answers.answer_question(question="Is there wheelchair access to the swimming pool?")
        open_gaps = list(Gap.objects.filter(status="open"))
        voucher = [g for g in open_gaps if "voucher" in g.question.lower()]
        assert len(voucher) == 1 and voucher[0].count == 3
        assert len(open_gaps) == 2


def test_accepting_a_gap_makes_an_faq_that_answers_next_time(knowledge, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        answers.answer_question(question="Do you sell gift vouchers?")
        gap = Gap.objects.get()
        faq = gaps.gap_accept(gap=gap, answer="Yes, gift vouchers from $25 are sold at reception.")
        gap.refresh_from_db()
        assert gap.status == "accepted" and gap.faq == faq
        again = answers.answer_question(question="can I buy a gift voucher?")
        assert again.answered and "$25" in again.answer
        assert again.citations[0]["heading"] == faq.question
        other = gaps.gap_record(question="Do you do braces?", confidence=0.1)
        gaps.gap_dismiss(gap=other)
        other.refresh_from_db()
        assert other.status == "dismissed"


def test_a_custom_answer_wins_over_retrieval(knowledge, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        faqs.faq_create(question="What time do you open?", answer="Doors open at 7:45 sharp.", override=True)
        result = answers.answer_question(question="what time do you open")
        assert result.answer == "Doors open at 7:45 sharp."
        assert result.confidence == 1.0
        elsewhere = answers.answer_question(question="how much is whitening")
        assert "7:45" not in elsewhere.answer


def test_escalation_marks_urgent_and_alerts_staff_once(knowledge, tenant_a, in_tenant, run_on_commit):
    tenant_a.vertical = "dental"
    tenant_a.save(update_fields=["vertical"])
    received = []
    events.subscribe(events.StaffAlert, received.append)
    events.subscribe(ConversationEscalated, received.append)
    try:
        with in_tenant(tenant_a), run_on_commit():
            result = answers.answer_question(
                question="My gum is bleeding and swollen, can I come today?", channel="chat"
            )
        with in_tenant(tenant_a), run_on_commit():
            answers.answer_question(question="it is still bleeding", conversation=result.conversation.pk)
    finally:
        events.unsubscribe(events.StaffAlert, received.append)
        events.unsubscribe(ConversationEscalated, received.append)
        tenant_a.vertical = "other"
        tenant_a.save(update_fields=["vertical"])
    assert result.escalated
    assert result.answer.startswith("That sounds urgent. I've alerted the team")  # the dental rule's own reply
    with in_tenant(tenant_a):
        conversation = Conversation.objects.get(pk=result.conversation.pk)
        assert conversation.status == "urgent" and conversation.escalation_reason in ("bleeding", "swollen")
    alerts = [e for e in received if isinstance(e, events.StaffAlert)]
    domain = [e for e in received if isinstance(e, ConversationEscalated)]
    assert len(alerts) == 1 and len(domain) == 1
    assert alerts[0].type == "escalated_conversation" and alerts[0].conversation_id == conversation.pk
    assert domain[0].schema_name == tenant_a.schema_name


def test_tenant_phrases_add_to_the_vertical_rules(knowledge, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        calm = answers.answer_question(question="I need to cancel, my cat is sick")
        assert not calm.escalated
        row = answers.knowledge_settings()
        row.escalation_phrases = ["cat is sick"]
        row.save()
        assert answers.answer_question(question="I need to cancel, my cat is sick").escalated


def test_bad_questions_are_refused(tenant_a, in_tenant):
    from django.core.exceptions import ValidationError

    with in_tenant(tenant_a):
        for kwargs in (
            {"question": "  "},
            {"question": "x" * 1001},
            {"question": "hi", "channel": "fax"},
            {"question": "hi", "conversation": 999999},
        ):
            with pytest.raises(ValidationError):
                answers.answer_question(**kwargs)
        assert Conversation.objects.count() == 0


def test_an_escalation_says_the_vertical_rules_own_reply_first(knowledge, tenant_a, in_tenant):
    tenant_a.vertical = "home_services"
    tenant_a.save(update_fields=["vertical"])
    try:
        with in_tenant(tenant_a):
            gas = answers.answer_question(question="I can smell gas in the kitchen, what do I do?", channel="chat")
            flooding = answers.answer_question(question="There's water pouring through the ceiling", channel="chat")
            heating = answers.answer_question(question="We have no heating at all since last night")
    finally:
        tenant_a.vertical = "other"
        tenant_a.save(update_fields=["vertical"])
    assert gas.escalated and gas.answer.startswith("Please leave the property now, do not use switches or flames")
    assert not flooding.escalated  # none of the rules' words: no urgency is invented
    assert heating.escalated and heating.answer.startswith(answers.ESCALATION_NOTE)  # a rule without a reply
