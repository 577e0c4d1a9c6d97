"""Custom vocabulary: validated per agent, versioned with the draft, sent to Retell as boosted keywords."""

import pytest
from django.core.exceptions import ValidationError

from calls import services
from calls.models import Agent
from calls.providers import sandbox
from tests.calls.fake_retell import FakeRetell

pytestmark = pytest.mark.django_db

PLATFORM_KEY = "key_platform_test_0123456789"


@pytest.fixture
def retell(settings):
    server = FakeRetell().start()
    settings.VOICE_PROVIDER = "retell"
    settings.RETELL_API_KEY = PLATFORM_KEY
    settings.RETELL_BASE_URL = server.url
    yield server
    server.stop()


def test_terms_are_trimmed_and_deduplicated_case_insensitively():
    terms = services.clean_vocabulary(["  Invisalign ", "invisalign", "Dr.  Okafor", "", "Ørsted Dental", "ORSTED"])
    assert terms == ["Invisalign", "Dr. Okafor", "Ørsted Dental", "ORSTED"]
    assert services.clean_vocabulary("Invisalign\nHydraFacial, Botox") == ["Invisalign", "HydraFacial", "Botox"]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (["x" * 51], "Term 1"),
        ([f"term {n}" for n in range(101)], "At most 100 terms"),
        (["ok", "bad\x00term"], "Term 2: remove control characters"),
        ([42], "Term 1: expected text"),
        ({"a": 1}, "Give a list"),
    ],
)
def test_bad_vocabulary_is_refused(value, message):
    with pytest.raises(ValidationError, match=message):
        services.clean_vocabulary(value)


def test_vocabulary_is_part_of_the_draft_and_of_each_version(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        agent = services.agent_create(tenant=tenant_a, data={"purpose": "receptionist"})
        services.agent_publish(tenant=tenant_a, agent=agent, note="v1")
        agent.refresh_from_db()
        assert not agent.has_unpublished_changes
        services.agent_update(tenant=tenant_a, agent=agent, data={"custom_vocabulary": ["Invisalign", "Okafor"]})
        agent.refresh_from_db()
        assert agent.has_unpublished_changes and agent.published_version.config["custom_vocabulary"] == []
        version = services.agent_publish(tenant=tenant_a, agent=agent, note="v2")
        state = sandbox._load("agent", agent.provider_agent_id)
        with pytest.raises(ValidationError) as raised:
            services.agent_update(tenant=tenant_a, agent=agent, data={"custom_vocabulary": ["y" * 60]})
        assert "custom_vocabulary" in raised.value.message_dict
        assert Agent.objects.get(pk=agent.pk).custom_vocabulary == ["Invisalign", "Okafor"]
    assert version.config["custom_vocabulary"] == ["Invisalign", "Okafor"]
    assert state["versions"][str(version.provider_version)]["boosted_keywords"] == ["Invisalign", "Okafor"]


def test_a_version_published_before_vocabulary_existed_reads_as_none(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        agent = services.agent_create(tenant=tenant_a, data={"purpose": "receptionist"})
        version = services.agent_publish(tenant=tenant_a, agent=agent, note="v1")
        version.config.pop("custom_vocabulary")
        version.save(update_fields=["config"])
        agent.refresh_from_db()
        assert not agent.has_unpublished_changes


def test_retell_receives_the_terms_as_boosted_keywords_on_create_and_update(retell, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        agent = services.agent_create(
            tenant=tenant_a, data={"purpose": "receptionist", "custom_vocabulary": ["Invisalign", "Okafor"]}
        )
        services.agent_publish(tenant=tenant_a, agent=agent, note="v1")
        services.agent_update(tenant=tenant_a, agent=agent, data={"custom_vocabulary": ["HydraFacial"]})
        services.agent_publish(tenant=tenant_a, agent=agent, note="v2")
    created = retell.calls_to("/create-agent")[0]["json"]
    updated = retell.calls_to("/update-agent/")[0]["json"]
    assert created["boosted_keywords"] == ["Invisalign", "Okafor"]
    assert updated["boosted_keywords"] == ["HydraFacial"]


def test_the_vocabulary_endpoint_reads_and_replaces_the_draft_terms(api, manager_a, in_tenant):
    client = api(manager_a)
    agent = client.post("/api/v1/agents/", {"purpose": "receptionist"}, format="json").json()
    url = f"/api/v1/agents/{agent['id']}/vocabulary/"
    assert client.get(url).json() == {"terms": [], "published_terms": [], "has_unpublished_changes": True}
    response = client.patch(url, {"terms": ["Invisalign", " invisalign ", "Okafor"]}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["terms"] == ["Invisalign", "Okafor"]
    client.post(f"/api/v1/agents/{agent['id']}/publish/", {"note": "Vocabulary for brand names"}, format="json")
    assert client.get(url).json()["published_terms"] == ["Invisalign", "Okafor"]
    assert client.get(f"/api/v1/agents/{agent['id']}/").json()["custom_vocabulary"] == ["Invisalign", "Okafor"]


@pytest.mark.parametrize(
    "body",
    [{"terms": ["x" * 51]}, {"terms": "Invisalign"}, {"terms": [f"t{n}" for n in range(101)]}, {}],
)
def test_bad_vocabulary_through_the_api_is_a_clear_400_and_changes_nothing(api, manager_a, body):
    client = api(manager_a)
    agent = client.post("/api/v1/agents/", {"purpose": "receptionist", "custom_vocabulary": ["Keep"]}, format="json")
    url = f"/api/v1/agents/{agent.json()['id']}/vocabulary/"
    response = client.patch(url, body, format="json")
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["message"] and ("terms" in error["fields"] or "custom_vocabulary" in error["fields"])
    assert client.get(url).json()["terms"] == ["Keep"]


def test_only_agent_managers_change_vocabulary(api, agent_a, manager_a):
    agent = api(manager_a).post("/api/v1/agents/", {"purpose": "receptionist"}, format="json").json()
    url = f"/api/v1/agents/{agent['id']}/vocabulary/"
    assert api(agent_a).get(url).status_code == 200
    assert api(agent_a).patch(url, {"terms": ["x"]}, format="json").status_code == 403


def test_publishing_through_the_api_and_the_portal_needs_a_note(api, portal, manager_a, in_tenant, tenant_a):
    client = api(manager_a)
    agent = client.post("/api/v1/agents/", {"purpose": "receptionist"}, format="json").json()
    refused = client.post(f"/api/v1/agents/{agent['id']}/publish/", {}, format="json")
    assert refused.status_code == 400 and "note" in refused.json()["error"]["fields"]
    page = portal(manager_a).post(f"/calls/agents/{agent['id']}/publish/", {"note": "  "}, follow=True)
    assert "Say why you are publishing" in page.content.decode()
    with in_tenant(tenant_a):
        assert not Agent.objects.get(pk=agent["id"]).versions.exists()
    portal(manager_a).post(f"/calls/agents/{agent['id']}/publish/", {"note": "Launch"})
    with in_tenant(tenant_a):
        version = Agent.objects.get(pk=agent["id"]).versions.get()
    assert version.note == "Launch" and version.created_by_id == manager_a.user.pk
