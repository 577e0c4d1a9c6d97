"""The chat widget: loader, frame, origin checks both ways, rate limits, answers, lead capture, take-over, usage."""

import gzip

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from billing.models import UsageRecord
from contacts.models import ConsentRecord, Contact
from knowledge.events import ConversationEscalated
from knowledge.models import ChatWidget, Conversation, ConversationStatus, Message
from knowledge.services import conversations, sources
from knowledge.services import widget as widgets
from knowledge.widget_views import loader_source
from notifications.alerts.models import Alert
from tenants.hooks import vertical_appliers
from tenants.verticals import LeadField, VerticalTemplate
from tests.calls.factories import AgentFactory
from tests.knowledge.factories import ChatWidgetFactory
from voiceplatform import events

pytestmark = pytest.mark.django_db

SITE = "https://shop.example.com"
OWN = "http://alpha.localhost"
HOURS = """# Opening hours

We are open Monday to Friday from 8am to 6pm and on Saturday mornings from 9am to 1pm.

# Parking

Free parking is available in the car park behind the building."""


@pytest.fixture
def widget(tenant_a, in_tenant, run_on_commit):
    with in_tenant(tenant_a):
        agent = AgentFactory(name="Reception")
        with run_on_commit():
            sources.source_create(kind="text", name="Hours", content=HOURS, agents=[agent])
        return ChatWidgetFactory(agent=agent, allowed_domains=[SITE, "*.partner.test"])


def client_for(tenant, origin=SITE, **headers):
    client = Client(HTTP_HOST=f"{tenant.slug}.localhost")
    defaults = {}
    if origin:
        defaults["HTTP_ORIGIN"] = origin
    for name, value in headers.items():
        defaults["HTTP_" + name.upper().replace("-", "_")] = value
    client.defaults.update(defaults)
    return client


def post(client, widget, path, body):
    return client.post(f"/widget/{widget.public_key}/{path}", body, content_type="application/json")


def start(client, widget) -> str:
    response = post(client, widget, "session", {})
    assert response.status_code == 200, response.content
    return response.json()["visitor_id"]


# --- configuration -----------------------------------------------------------------


def test_allowed_origins_match_exact_sites_and_wildcards(widget):
    assert widgets.origin_allowed(widget, SITE)
    assert widgets.origin_allowed(widget, "https://a.partner.test")
    assert not widgets.origin_allowed(widget, "https://partner.test.evil.com")
    assert not widgets.origin_allowed(widget, "http://shop.example.com")  # another scheme is another site
    assert not widgets.origin_allowed(widget, "https://shop.example.com:8443")
    assert not widgets.origin_allowed(widget, "https://evil.example")
    assert not widgets.origin_allowed(widget, "null")
    assert not widgets.origin_allowed(widget, "")


def test_bad_settings_are_refused_and_nothing_changes(widget, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        with pytest.raises(ValidationError) as caught:
            widgets.widget_update(
                widget=widget, allowed_domains=["exa mple.com"], primary_color="red", quick_prompts=["x" * 200]
            )
        assert set(caught.value.message_dict) == {"allowed_domains", "primary_color", "quick_prompts"}
        widget.refresh_from_db()
        assert widget.allowed_domains == [SITE, "*.partner.test"]
        assert widget.primary_color == "#2563eb"
        updated = widgets.widget_update(widget=widget, allowed_domains="Example.COM, http://127.0.0.1:8765/")
        assert updated.allowed_domains == ["example.com", "http://127.0.0.1:8765"]


def test_rotating_the_key_retires_the_old_snippet(widget, tenant_a, in_tenant):
    old = widget.public_key
    with in_tenant(tenant_a):
        widgets.widget_rotate_key(widget=widget)
    assert widget.public_key != old
    client = client_for(tenant_a, origin=None)
    assert client.get(f"/widget/{old}.js").status_code == 404
    assert client.get(f"/widget/{widget.public_key}.js").status_code == 200


def test_the_vertical_applier_fills_every_agents_widget(tenant_a, in_tenant):
    template = VerticalTemplate(
        vertical="salon",
        label="Salon",
        summary="",
        system_prompt="",
        chat_greeting="Welcome to the salon! Looking for a cut or colour?",
        voice_greeting="",
        quick_prompts=("Book a haircut", "Prices", "Opening hours"),
        lead_fields=(
            LeadField("first_name", "Name", required=True),
            LeadField("service", "Service", "choice", False, ("Cut", "Colour")),
        ),
        sample_faqs=(),
        escalation_rules=(),
        after_hours_script="",
        transfer_script="",
        analysis_fields=(),
        appointment_types=(),
    )
    assert widgets.widget_apply_template in list(vertical_appliers)
    with in_tenant(tenant_a):
        first, second = AgentFactory(), AgentFactory()
        for applier in vertical_appliers:
            if applier is widgets.widget_apply_template:
                applier(tenant_a, template)
        for agent in (first, second):
            config = ChatWidget.objects.get(agent=agent)
            assert config.welcome_message == template.chat_greeting
            assert config.quick_prompts == list(template.quick_prompts)
            assert [f["name"] for f in config.lead_fields] == ["first_name", "service"]
            assert config.lead_fields[1]["choices"] == ["Cut", "Colour"]


# --- loader and frame -----------------------------------------------------------------


def test_the_loader_is_small_cacheable_and_versioned(widget, tenant_a):
    client = client_for(tenant_a, origin=None)
    response = client.get(f"/widget/{widget.public_key}.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert "max-age=3600" in response["Cache-Control"]
    body = response.content
    assert len(gzip.compress(body)) < 10 * 1024
    assert f"/widget/{widget.public_key}/frame/?v=".encode() in body
    assert b'"o":"http://alpha.localhost"' in body  # postMessage is pinned to the widget's own origin
    again = client.get(f"/widget/{widget.public_key}.js", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
    assert client.get("/widget/wk_doesnotexist.js").status_code == 404


def test_the_loader_version_changes_when_the_widget_does(widget, tenant_a, in_tenant, rf):
    request = rf.get("/", HTTP_HOST="alpha.localhost")
    with in_tenant(tenant_a):
        before = loader_source(request, widget)
        widgets.widget_update(widget=widget, welcome_message="Hello again")
        assert loader_source(request, widget) != before


def test_the_frame_runs_only_on_allowed_sites(widget, tenant_a):
    client = client_for(tenant_a, origin=None)
    allowed = client.get(f"/widget/{widget.public_key}/frame/", {"origin": SITE})
    assert allowed.status_code == 200
    csp = allowed["Content-Security-Policy"]
    assert f"frame-ancestors {SITE};" in csp
    assert "script-src 'self'" in csp and "connect-src 'self'" in csp
    assert "X-Frame-Options" not in allowed
    assert b'"parent": "https://shop.example.com"' in allowed.content
    refused = client.get(f"/widget/{widget.public_key}/frame/", {"origin": "https://evil.example"})
    assert refused.status_code == 403
    assert client.get(f"/widget/{widget.public_key}/frame/").status_code == 403
    script = client.get(allowed.content.decode().split('<script src="')[1].split('"')[0])
    assert script.status_code == 200 and "immutable" in script["Cache-Control"]


def test_a_disabled_widget_answers_nothing(widget, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        widgets.widget_update(widget=widget, enabled=False)
    client = client_for(tenant_a)
    assert client.get(f"/widget/{widget.public_key}.js").status_code == 404
    assert post(client, widget, "session", {}).status_code == 404


# --- origin checks on the API --------------------------------------------------------


def test_an_allowed_site_gets_cors_and_others_are_refused(widget, tenant_a):
    ok = post(client_for(tenant_a), widget, "session", {})
    assert ok.status_code == 200
    assert ok["Access-Control-Allow-Origin"] == SITE
    evil = post(client_for(tenant_a, origin="https://evil.example"), widget, "session", {})
    assert evil.status_code == 403
    assert evil.json()["error"]["code"] == "origin_not_allowed"
    assert "Access-Control-Allow-Origin" not in evil
    no_origin = post(client_for(tenant_a, origin=None), widget, "session", {})
    assert no_origin.status_code == 403
    assert no_origin.json()["error"]["code"] == "origin_required"


def test_preflight_is_answered_for_allowed_sites_only(widget, tenant_a):
    ok = client_for(tenant_a).options(f"/widget/{widget.public_key}/messages")
    assert ok.status_code == 204
    assert ok["Access-Control-Allow-Origin"] == SITE
    assert "X-Widget-Origin" in ok["Access-Control-Allow-Headers"]
    evil = client_for(tenant_a, origin="https://evil.example").options(f"/widget/{widget.public_key}/messages")
    assert evil.status_code == 403


def test_the_frame_must_name_an_allowed_parent(widget, tenant_a):
    framed = client_for(tenant_a, origin=OWN, x_widget_origin=SITE)
    assert post(framed, widget, "session", {}).status_code == 200
    forged = client_for(tenant_a, origin=OWN, x_widget_origin="https://evil.example")
    assert post(forged, widget, "session", {}).status_code == 403
    preview = client_for(tenant_a, origin=OWN, x_widget_origin=OWN)  # the portal's own preview
    assert post(preview, widget, "session", {}).status_code == 200


def test_polling_without_origin_needs_the_frames_parent(widget, tenant_a):
    visitor = start(client_for(tenant_a), widget)
    same_origin = client_for(tenant_a, origin=None, x_widget_origin=SITE)
    url = f"/widget/{widget.public_key}/messages?visitor_id={visitor}"
    assert same_origin.get(url).status_code == 200
    assert client_for(tenant_a, origin=None).get(url).status_code == 403
    cross_site = client_for(tenant_a, origin=None, x_widget_origin=SITE, sec_fetch_site="cross-site")
    assert cross_site.get(url).status_code == 403


def test_another_tenants_host_does_not_know_the_key(widget, tenant_b):
    client = client_for(tenant_b)
    assert client.get(f"/widget/{widget.public_key}.js").status_code == 404
    assert client.get(f"/widget/{widget.public_key}/frame/", {"origin": SITE}).status_code == 404
    assert post(client, widget, "session", {}).status_code == 404
    assert post(client, widget, "messages", {"visitor_id": "v_" + "a" * 30, "text": "hi"}).status_code == 404


# --- chatting ------------------------------------------------------------------------------


def test_a_visitor_gets_a_cited_answer_and_sees_their_history_later(widget, tenant_a, in_tenant, run_on_commit):
    client = client_for(tenant_a)
    visitor = start(client, widget)
    with run_on_commit():
        response = post(client, widget, "messages", {"visitor_id": visitor, "text": "When are you open on Saturday?"})
    assert response.status_code == 200, response.content
    conversation = response.json()["conversation"]
    roles = [m["role"] for m in conversation["messages"]]
    assert roles == ["user", "assistant"]
    answer = conversation["messages"][1]
    assert "9am" in answer["text"] or "Saturday" in answer["text"]
    assert answer["citations"] and answer["citations"][0]["title"]
    returning = post(client, widget, "session", {"visitor_id": visitor}).json()
    assert returning["conversation"]["messages"][0]["text"] == "When are you open on Saturday?"
    stranger = post(client, widget, "session", {}).json()
    assert stranger["visitor_id"] != visitor and stranger["conversation"]["messages"] == []
    with in_tenant(tenant_a):
        stored = Conversation.objects.get(pk=conversation["id"])
        assert stored.channel == "chat" and stored.agent_id == widget.agent_id and stored.visitor_id == visitor
    # Usage: the visitor's message counts once toward the plan's chat messages.
    assert UsageRecord.objects.filter(tenant=tenant_a, kind="chat").count() == 1


def test_bad_messages_get_clear_errors_and_store_nothing(widget, tenant_a, in_tenant):
    client = client_for(tenant_a)
    visitor = start(client, widget)
    too_long = post(client, widget, "messages", {"visitor_id": visitor, "text": "x" * 1001})
    assert too_long.status_code == 400
    assert "text" in too_long.json()["error"]["fields"]
    assert post(client, widget, "messages", {"visitor_id": visitor, "text": "   "}).status_code == 400
    assert post(client, widget, "messages", {"visitor_id": "made-up", "text": "hi"}).status_code == 400
    unknown = post(client, widget, "messages", {"visitor_id": visitor, "text": "hi", "admin": True})
    assert unknown.status_code == 400 and "admin" in unknown.json()["error"]["fields"]
    broken = client.post(f"/widget/{widget.public_key}/messages", "{not json", content_type="application/json")
    assert broken.status_code == 400
    assert post(client, widget, "messages", ["a list"]).status_code == 400
    with in_tenant(tenant_a):
        assert not Conversation.objects.exists()
        assert not Message.objects.exists()


def test_new_conversations_per_ip_are_limited(widget, tenant_a, settings):
    settings.WIDGET_CONVERSATIONS_PER_IP = 2
    client = client_for(tenant_a)
    for _ in range(2):
        assert post(client, widget, "human", {"visitor_id": start(client, widget)}).status_code == 200
    refused = post(client, widget, "human", {"visitor_id": start(client, widget)})
    assert refused.status_code == 429
    assert refused.json()["error"]["code"] == "rate_limited"
    assert int(refused["Retry-After"]) > 0
    other_network = client_for(tenant_a, origin=SITE)
    other_network.defaults["REMOTE_ADDR"] = "203.0.113.9"
    assert post(other_network, widget, "human", {"visitor_id": start(other_network, widget)}).status_code == 200


def test_messages_per_visitor_are_limited(widget, tenant_a, in_tenant, settings):
    settings.WIDGET_MESSAGES_PER_VISITOR_MINUTE = 2
    client = client_for(tenant_a)
    visitor = start(client, widget)
    with in_tenant(tenant_a):
        conversation = Conversation.objects.create(channel="chat", agent=widget.agent, visitor_id=visitor)
        conversations.conversation_take_over(conversation=conversation, actor=None)
    for n in range(2):
        assert post(client, widget, "messages", {"visitor_id": visitor, "text": f"hello {n}"}).status_code == 200
    assert post(client, widget, "messages", {"visitor_id": visitor, "text": "again"}).status_code == 429
    other = start(client, widget)
    with in_tenant(tenant_a):
        conversations.conversation_take_over(
            conversation=Conversation.objects.create(channel="chat", agent=widget.agent, visitor_id=other), actor=None
        )
    assert post(client, widget, "messages", {"visitor_id": other, "text": "hi"}).status_code == 200


def test_a_lead_becomes_a_chat_contact_with_consent(widget, tenant_a, in_tenant):
    client = client_for(tenant_a)
    visitor = start(client, widget)
    fields = {"first_name": "Dana", "email": "dana@example.org", "phone": "+44 20 7946 0958"}
    response = post(client, widget, "lead", {"visitor_id": visitor, "fields": fields, "consent": True})
    assert response.status_code == 201, response.content
    again = post(client, widget, "lead", {"visitor_id": visitor, "fields": fields, "consent": True})
    assert again.status_code == 200 and again.json()["created"] is False
    with in_tenant(tenant_a):
        contact = Contact.objects.get(email="dana@example.org")
        assert contact.source == "chat" and contact.first_name == "Dana" and contact.phone == "+442079460958"
        consents = ConsentRecord.objects.filter(contact=contact)
        assert {c.channel for c in consents} == {"email", "sms"} and all(c.granted for c in consents)
        assert all(c.source == "chat" and visitor in c.evidence for c in consents)
        conversation = Conversation.objects.get(visitor_id=visitor)
        assert conversation.contact_id == contact.pk and conversation.visitor_name == "Dana"
        assert Contact.objects.count() == 1


def test_a_bad_lead_is_refused_and_creates_nothing(widget, tenant_a, in_tenant):
    client = client_for(tenant_a)
    visitor = start(client, widget)
    cases = [
        ({"email": "dana@example.org"}, "first_name"),  # required
        ({"first_name": "Dana", "email": "not-an-email"}, "email"),
        ({"first_name": "Dana"}, "email"),  # no way to reply
        ({"first_name": "Dana", "phone": "12"}, "phone"),
        ({"first_name": "Dana", "email": "d@example.org", "salary": "1"}, "salary"),
    ]
    for fields, field in cases:
        response = post(client, widget, "lead", {"visitor_id": visitor, "fields": fields, "consent": True})
        assert response.status_code == 400, (fields, response.content)
        assert field in response.json()["error"]["fields"], (fields, response.json())
    assert post(client, widget, "lead", {"visitor_id": visitor, "fields": {}, "consent": "yes"}).status_code == 400
    with in_tenant(tenant_a):
        assert not Contact.objects.exists()


def test_talk_to_a_person_waits_for_a_human_and_alerts_staff(widget, tenant_a, in_tenant, run_on_commit):
    announced = []

    def hear(event):
        announced.append((event.conversation_id, event.channel, event.reason))

    events.subscribe(ConversationEscalated, hear)
    client = client_for(tenant_a)
    visitor = start(client, widget)
    try:
        with run_on_commit():
            response = post(client, widget, "human", {"visitor_id": visitor})
            post(client, widget, "human", {"visitor_id": visitor})
    finally:
        events.unsubscribe(ConversationEscalated, hear)
    assert response.status_code == 200
    assert response.json()["conversation"]["status"] == "waiting_for_human"
    with in_tenant(tenant_a):
        conversation = Conversation.objects.get(visitor_id=visitor)
        alerts = Alert.objects.filter(type="human_intervention", conversation_id=conversation.pk)
        assert alerts.count() == 1
        assert conversation.events.filter(action="human_requested").count() == 1
    # Integrators hear it once, as the webhook catalogue's `conversation.escalated`.
    assert announced == [(conversation.pk, "chat", "The customer asked for a person.")]
    # Until a person takes over, the assistant keeps helping.
    waiting = post(client, widget, "messages", {"visitor_id": visitor, "text": "Is there parking?"}).json()
    assert [m["role"] for m in waiting["conversation"]["messages"]] == ["user", "assistant"]
    assert waiting["conversation"]["status"] == "waiting_for_human"


def test_take_over_stops_the_ai_and_the_visitor_sees_the_person(widget, tenant_a, owner_a, in_tenant):
    owner_a.user.full_name = "Sam Rivera"
    owner_a.user.save()
    client = client_for(tenant_a)
    visitor = start(client, widget)
    post(client, widget, "messages", {"visitor_id": visitor, "text": "Is there parking?"})
    with in_tenant(tenant_a):
        conversation = Conversation.objects.get(visitor_id=visitor)
        answered = conversation.messages.filter(role="assistant").count()
        assert answered == 1
        conversations.conversation_take_over(conversation=conversation, actor=owner_a.user)
    after_take_over = post(client, widget, "messages", {"visitor_id": visitor, "text": "Can I bring my dog?"})
    assert [m["role"] for m in after_take_over.json()["conversation"]["messages"]] == ["user"]
    assert after_take_over.json()["conversation"]["human"] is True
    with in_tenant(tenant_a):
        assert conversation.messages.filter(role="assistant").count() == answered
        conversations.conversation_reply(conversation=conversation, actor=owner_a.user, text="Yes, dogs are welcome.")
    polled = client.get(f"/widget/{widget.public_key}/messages", {"visitor_id": visitor}).json()["conversation"]
    texts = [(m["role"], m["text"], m["author"]) for m in polled["messages"]]
    assert ("system", "Sam joined the conversation.", "") in texts
    assert ("staff", "Yes, dogs are welcome.", "Sam") in texts
    last = polled["messages"][-1]["id"]
    assert (
        client.get(f"/widget/{widget.public_key}/messages", {"visitor_id": visitor, "after": last}).json()[
            "conversation"
        ]["messages"]
        == []
    )


def test_the_visitor_rates_the_chat(widget, tenant_a, in_tenant):
    client = client_for(tenant_a)
    visitor = start(client, widget)
    assert post(client, widget, "rating", {"visitor_id": visitor, "rating": 5}).status_code == 400  # nothing yet
    post(client, widget, "human", {"visitor_id": visitor})
    for bad in (0, 6, True, "5", None):
        assert post(client, widget, "rating", {"visitor_id": visitor, "rating": bad}).status_code == 400
    assert post(client, widget, "rating", {"visitor_id": visitor, "rating": 4, "comment": "Quick"}).status_code == 200
    with in_tenant(tenant_a):
        conversation = Conversation.objects.get(visitor_id=visitor)
        assert (conversation.rating, conversation.rating_comment) == (4, "Quick")


def test_a_resolved_chat_starts_a_new_conversation(widget, tenant_a, in_tenant):
    client = client_for(tenant_a)
    visitor = start(client, widget)
    post(client, widget, "human", {"visitor_id": visitor})
    with in_tenant(tenant_a):
        first = Conversation.objects.get(visitor_id=visitor)
        conversations.conversation_resolve(conversation=first)
    post(client, widget, "human", {"visitor_id": visitor})
    with in_tenant(tenant_a):
        assert Conversation.objects.filter(visitor_id=visitor).count() == 2
        assert Conversation.objects.get(pk=first.pk).status == ConversationStatus.RESOLVED


def test_lead_fields_beyond_the_contact_card_land_in_a_note(widget, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        widgets.widget_update(
            widget=widget,
            lead_fields=[
                {"name": "first_name", "label": "Name", "required": True},
                {"name": "email", "label": "Email", "kind": "email"},
                {"name": "company", "label": "Company"},
                {"name": "service", "label": "Service", "kind": "choice", "choices": ["Cleaning", "Whitening"]},
            ],
        )
    client = client_for(tenant_a)
    visitor = start(client, widget)
    wrong = {"first_name": "Lee", "email": "lee@example.org", "service": "Surgery"}
    assert post(client, widget, "lead", {"visitor_id": visitor, "fields": wrong}).status_code == 400
    fields = {"first_name": "Lee", "email": "lee@example.org", "company": "Lee & Co", "service": "Whitening"}
    assert post(client, widget, "lead", {"visitor_id": visitor, "fields": fields}).status_code == 201
    with in_tenant(tenant_a):
        contact = Contact.objects.get(email="lee@example.org")
        assert contact.company == "Lee & Co"
        assert "Service: Whitening" in contact.timeline_notes.get().body
        assert not ConsentRecord.objects.filter(contact=contact).exists()  # the box was not ticked
