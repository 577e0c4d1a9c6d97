"""The conversations inbox: API (list, filters, detail, PATCH, replies), portal pages and actions, audit trail."""

import pytest

from knowledge.models import Conversation, ConversationStatus, Message
from knowledge.services import conversations
from notifications.alerts.models import Alert
from tests.calls.factories import AgentFactory
from tests.contacts.factories import ContactFactory
from tests.knowledge.factories import ChatWidgetFactory, ConversationFactory, MessageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def inbox(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        agent = AgentFactory(name="Reception")
        ChatWidgetFactory(agent=agent)
        contact = ContactFactory(first_name="Priya", last_name="Shah", email="priya@example.org")
        chat = ConversationFactory(
            channel="chat", agent=agent, subject="Do you do whitening?", visitor_id="v_" + "x" * 30
        )
        MessageFactory(conversation=chat, role="user", text="Do you do whitening?")
        MessageFactory(
            conversation=chat,
            role="assistant",
            text="Yes, whitening costs $350.",
            citations=[{"url": "https://acme.test/prices", "title": "Prices", "heading": "Whitening"}],
        )
        voice = ConversationFactory(channel="voice", contact=contact, subject="Booking", status="urgent")
        MessageFactory(conversation=voice, role="user", text="I have a terrible toothache")
        resolved = ConversationFactory(channel="chat", subject="Parking", status="resolved")
        return {"chat": chat, "voice": voice, "resolved": resolved, "contact": contact, "agent": agent}


def test_the_api_lists_filters_and_searches(inbox, owner_a, api):
    client = api(owner_a, scope="read")
    listed = client.get("/api/v1/conversations/")
    assert listed.status_code == 200
    assert listed.json()["count"] == 3
    assert {row["channel"] for row in client.get("/api/v1/conversations/?channel=voice").json()["results"]} == {"voice"}
    urgent = client.get("/api/v1/conversations/?status=urgent").json()["results"]
    assert [row["id"] for row in urgent] == [inbox["voice"].pk]
    found = client.get("/api/v1/conversations/?search=priya").json()["results"]
    assert [row["id"] for row in found] == [inbox["voice"].pk]
    bad = client.get("/api/v1/conversations/?status=closed")
    assert bad.status_code == 400 and "status" in bad.json()["error"]["fields"]


def test_the_api_shows_one_conversation_with_messages_and_citations(inbox, owner_a, api):
    body = api(owner_a, scope="read").get(f"/api/v1/conversations/{inbox['chat'].pk}/").json()
    assert [m["role"] for m in body["messages"]] == ["user", "assistant"]
    assert body["messages"][1]["citations"][0]["url"] == "https://acme.test/prices"
    assert body["taken_over"] is False and body["channel"] == "chat"


def test_staff_reply_through_the_api_takes_over(inbox, owner_a, api, tenant_a, in_tenant):
    client = api(owner_a)
    response = client.post(
        f"/api/v1/conversations/{inbox['chat'].pk}/messages/", {"text": "Hi, I'm here."}, format="json"
    )
    assert response.status_code == 201, response.content
    assert response.json()["role"] == "staff"
    with in_tenant(tenant_a):
        chat = Conversation.objects.get(pk=inbox["chat"].pk)
        assert chat.handled_by_id == owner_a.user.pk
        assert list(chat.messages.values_list("role", flat=True))[-2:] == ["system", "staff"]
        assert [e.action for e in chat.events.all()] == ["taken_over", "replied"]


def test_patch_resolves_escalates_links_and_hands_back(inbox, owner_a, api, tenant_a, in_tenant):
    client = api(owner_a)
    url = f"/api/v1/conversations/{inbox['chat'].pk}/"
    resolved = client.patch(url, {"status": "resolved"}, format="json")
    assert resolved.status_code == 200 and resolved.json()["status"] == "resolved"
    urgent = client.patch(url, {"status": "urgent"}, format="json").json()
    assert urgent["status"] == "urgent"
    linked = client.patch(url, {"contact": inbox["contact"].pk, "taken_over": True}, format="json").json()
    assert linked["contact"] == inbox["contact"].pk and linked["taken_over"] is True
    assert client.patch(url, {"taken_over": False}, format="json").json()["taken_over"] is False
    with in_tenant(tenant_a):
        assert Alert.objects.filter(type="escalated_conversation", conversation_id=inbox["chat"].pk).count() == 1
        actions = list(Conversation.objects.get(pk=inbox["chat"].pk).events.values_list("action", flat=True))
        assert actions == ["resolved", "escalated", "contact_linked", "taken_over", "handed_back"]


def test_bad_api_input_changes_nothing(inbox, owner_a, viewer_a, api, tenant_a, in_tenant):
    client = api(owner_a)
    url = f"/api/v1/conversations/{inbox['chat'].pk}/"
    cases = [
        client.patch(url, {"status": "closed"}, format="json"),
        client.patch(url, {"contact": 999999}, format="json"),
        client.patch(url, {"colour": "red"}, format="json"),
        client.post(url + "messages/", {"text": ""}, format="json"),
        client.post(url + "messages/", {"text": "x" * 5000}, format="json"),
    ]
    for response in cases:
        assert response.status_code == 400, response.content
        assert response.json()["error"]["code"]
    assert api(viewer_a).post(url + "messages/", {"text": "hi"}, format="json").status_code == 403
    assert api(owner_a, scope="read").patch(url, {"status": "resolved"}, format="json").status_code == 403
    with in_tenant(tenant_a):
        chat = Conversation.objects.get(pk=inbox["chat"].pk)
        assert chat.status == ConversationStatus.OPEN and chat.handled_by_id is None and chat.contact_id is None
        assert Message.objects.filter(conversation=chat).count() == 2
        assert not chat.events.exists()


def test_another_tenant_cannot_see_or_change_conversations(inbox, owner_b, api, tenant_a, in_tenant):
    client = api(owner_b)
    client.defaults["HTTP_HOST"] = "alpha.localhost"
    assert client.get("/api/v1/conversations/").status_code in (401, 403)
    own_host = api(owner_b)
    assert own_host.get("/api/v1/conversations/").json()["count"] == 0
    assert own_host.get(f"/api/v1/conversations/{inbox['chat'].pk}/").status_code == 404
    assert (
        own_host.patch(f"/api/v1/conversations/{inbox['chat'].pk}/", {"status": "resolved"}, format="json").status_code
        == 404
    )
    with in_tenant(tenant_a):
        assert Conversation.objects.get(pk=inbox["chat"].pk).status == ConversationStatus.OPEN


def test_the_inbox_page_lists_filters_and_polls(inbox, owner_a, portal):
    client = portal(owner_a)
    page = client.get("/conversations/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Do you do whitening?" in html and "Priya Shah" in html
    assert 'hx-trigger="every 5s"' in html
    assert ">Conversations" in html  # in the navigation
    filtered = client.get("/conversations/?status=urgent", HTTP_HX_REQUEST="true").content.decode()
    assert "Priya Shah" in filtered and "Do you do whitening?" not in filtered
    assert "<html" not in filtered
    searched = client.get("/conversations/?q=toothache").content.decode()
    assert "Priya Shah" in searched and "Do you do whitening?" not in searched


def test_staff_take_over_reply_and_resolve_in_the_portal(inbox, owner_a, portal, tenant_a, in_tenant):
    client = portal(owner_a)
    pk = inbox["chat"].pk
    detail = client.get(f"/conversations/{pk}/").content.decode()
    assert "Yes, whitening costs $350." in detail and "https://acme.test/prices" in detail
    assert client.post(f"/conversations/{pk}/take_over/").status_code == 302
    assert client.post(f"/conversations/{pk}/reply/", {"text": "A person here."}).status_code == 302
    assert client.post(f"/conversations/{pk}/reply/", {"text": ""}).status_code == 302  # refused with a message
    assert client.post(f"/conversations/{pk}/resolve/").status_code == 302
    assert client.post(f"/conversations/{pk}/explode/").status_code == 404
    with in_tenant(tenant_a):
        chat = Conversation.objects.get(pk=pk)
        assert chat.status == "resolved" and chat.handled_by_id == owner_a.user.pk
        assert chat.messages.filter(role="staff").count() == 1
    live = client.get(f"/conversations/{pk}/", HTTP_HX_REQUEST="true").content.decode()
    assert "A person here." in live and "handled by a person" in live and "<html" not in live


def test_a_viewer_reads_but_cannot_act(inbox, viewer_a, portal, tenant_a, in_tenant):
    client = portal(viewer_a)
    pk = inbox["chat"].pk
    assert client.get(f"/conversations/{pk}/").status_code == 200
    assert client.post(f"/conversations/{pk}/take_over/").status_code == 403
    with in_tenant(tenant_a):
        assert Conversation.objects.get(pk=pk).handled_by_id is None


def test_voice_conversations_follow_the_view_all_calls_flag(inbox, agent_a, api, portal, tenant_a, in_tenant):
    """A member who sees only their own contacts' calls sees only those contacts' voice conversations."""
    voice = inbox["voice"]
    listed = {row["id"] for row in api(agent_a, scope="read").get("/api/v1/conversations/").json()["results"]}
    assert voice.pk not in listed and inbox["chat"].pk in listed
    assert api(agent_a, scope="read").get(f"/api/v1/conversations/{voice.pk}/").status_code == 404
    assert portal(agent_a).get(f"/conversations/{voice.pk}/").status_code == 404
    assert portal(agent_a).post(f"/conversations/{voice.pk}/take_over/").status_code == 404
    with in_tenant(tenant_a):
        inbox["contact"].owner_id = agent_a.user_id
        inbox["contact"].save(update_fields=["owner"])
    assert api(agent_a, scope="read").get(f"/api/v1/conversations/{voice.pk}/").status_code == 200


def test_widget_settings_page_shows_the_snippet_and_saves(inbox, owner_a, viewer_a, portal, tenant_a, in_tenant):
    client = portal(owner_a)
    agent = inbox["agent"]
    page = client.get(f"/knowledge/widget/{agent.pk}/").content.decode()
    with in_tenant(tenant_a):
        key = agent.chat_widget.public_key
    assert f"&lt;script src=&quot;http://alpha.localhost/widget/{key}.js&quot; async&gt;&lt;/script&gt;" in page
    assert "data-copy" in page
    saved = client.post(
        f"/knowledge/widget/{agent.pk}/",
        {
            "enabled": "on",
            "title": "Ask us",
            "welcome_message": "Hello!",
            "allowed_domains": "acme.example\n*.acme.example",
            "quick_prompts": "Prices\nHours",
            "lead_fields": '[{"name": "email", "label": "Email", "kind": "email", "required": true}]',
            "primary_color": "#112233",
            "position": "left",
            "avatar_url": "",
        },
    )
    assert saved.status_code == 302
    bad = client.post(
        f"/knowledge/widget/{agent.pk}/",
        {"title": "x", "primary_color": "blue", "position": "left", "lead_fields": "[]"},
    )
    assert bad.status_code == 400 and "Use a colour like" in bad.content.decode()
    with in_tenant(tenant_a):
        widget = type(agent.chat_widget).objects.get(agent=agent)
        assert widget.allowed_domains == ["acme.example", "*.acme.example"]
        assert widget.quick_prompts == ["Prices", "Hours"] and widget.position == "left"
        assert widget.primary_color == "#112233" and widget.lead_fields[0]["required"] is True
    assert client.post(f"/knowledge/widget/{agent.pk}/", {"rotate": "1"}).status_code == 302
    with in_tenant(tenant_a):
        assert type(agent.chat_widget).objects.get(agent=agent).public_key != key
    assert portal(viewer_a).get(f"/knowledge/widget/{agent.pk}/").status_code == 403
    assert client.get("/knowledge/widget/").status_code == 200


def test_service_take_over_is_claimed_once(inbox, owner_a, admin_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        chat = inbox["chat"]
        conversations.conversation_take_over(conversation=chat, actor=owner_a.user)
        conversations.conversation_take_over(conversation=chat, actor=admin_a.user)
        chat.refresh_from_db()
        assert chat.handled_by_id == owner_a.user.pk
        assert chat.messages.filter(role="system").count() == 1
