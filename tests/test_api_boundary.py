"""The API's input boundary: every malformed request gets the error envelope (400/405/409/413/415), never a 500.

Each case is one a hostile client found: deep JSON, bodies that are not
objects, NUL bytes, out-of-range offsets, oversized bodies, unknown fields,
wrong methods, form bodies, host letter case.
"""

import http.client
import json

import pytest
from django.conf import settings
from django.test.testcases import LiveServerThread
from django_tenants.utils import schema_context

from calls.models import Agent, PhoneNumber
from contacts.models import Contact, Tag
from tests.campaigns.factories import CampaignFactory
from tests.contacts.factories import ContactFactory

pytestmark = pytest.mark.django_db


def envelope(response, status: int) -> dict:
    assert response.status_code == status, (response.status_code, response.content[:300])
    assert response["Content-Type"].startswith("application/json")
    error = response.json()["error"]
    assert set(error) == {"code", "message", "fields"}
    assert isinstance(error["message"], str)
    assert error["message"]
    return error


def deep(levels: int) -> str:
    return "[" * levels + "]" * levels


@pytest.fixture
def client(api, owner_a):
    return api(owner_a)


@pytest.fixture
def campaign(tenant_a):
    with schema_context(tenant_a.schema_name):
        return CampaignFactory()


# --- deep nesting -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("post", "/api/v1/contacts/"),
        ("post", "/api/v1/campaigns/"),
        ("post", "/api/v1/appointments/"),
        ("patch", "/api/v1/settings/"),
        ("post", "/api/v1/agents/"),
    ],
)
def test_deeply_nested_json_is_400(client, method, path, tenant_a):
    body = '{"name": ' + deep(10_000) + "}"
    error = envelope(getattr(client, method)(path, body, content_type="application/json"), 400)
    assert "deeper" in error["message"]
    bare = getattr(client, method)(path, deep(10_000), content_type="application/json")
    envelope(bare, 400)
    with schema_context(tenant_a.schema_name):
        assert not Contact.objects.exists()
        assert not Agent.objects.exists()


def test_moderate_nesting_is_still_accepted(client):
    nested = {"a": {"b": {"c": [[1, 2], [3]]}}}
    response = client.patch("/api/v1/settings/", {"business_hours": nested}, format="json")
    # Refused by the settings rules (not a week of hours), not by the parser.
    assert response.status_code == 400
    assert "business_hours" in response.json()["error"]["fields"]


# --- bodies that are not objects ----------------------------------------------------------------------------


NOT_OBJECTS = ["null", "[]", "[1, 2]", '"text"', "42", "true"]


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/contacts/",
        "/api/v1/tags/",
        "/api/v1/groups/",
        "/api/v1/custom-fields/",
        "/api/v1/contacts/saved-views/",
        "/api/v1/contacts/mapping-templates/",
        "/api/v1/campaigns/preview/",
        "pause",
        "cancel",
    ],
)
@pytest.mark.parametrize("body", NOT_OBJECTS)
def test_a_body_that_is_not_an_object_is_400(client, campaign, path, body):
    if path in ("pause", "cancel"):
        path = f"/api/v1/campaigns/{campaign.pk}/{path}/"
    error = envelope(client.post(path, body, content_type="application/json"), 400)
    assert error["message"] == "The body must be a JSON object."


# --- text PostgreSQL cannot store ---------------------------------------------------------------------------


def test_nul_in_a_string_field_is_400(client, tenant_a):
    error = envelope(client.post("/api/v1/phone-numbers/", {"nickname": "a\x00b"}, format="json"), 400)
    assert "NUL" in error["message"]
    with schema_context(tenant_a.schema_name):
        assert not PhoneNumber.objects.exists()


@pytest.mark.parametrize(
    "body",
    ['{"name": "\\u0000"}', '{"na\\u0000me": "x"}', '{"name": "\\ud800"}', b'{"name": "\xff\xfe"}'],
)
def test_nul_lone_surrogates_and_invalid_utf8_in_bodies_are_400(client, body, tenant_a):
    envelope(client.post("/api/v1/tags/", body, content_type="application/json"), 400)
    with schema_context(tenant_a.schema_name):
        assert not Tag.objects.exists()


@pytest.mark.parametrize(
    "query",
    ["search=%00", "search=a%00b", "status=%00", "search=%ff%fe", "%00=1"],
)
@pytest.mark.parametrize("path", ["/api/v1/calls/", "/api/v1/contacts/", "/api/v1/campaigns/"])
def test_nul_and_invalid_utf8_in_queries_are_400(client, path, query):
    envelope(client.get(f"{path}?{query}"), 400)


# --- date-times ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/contacts/",
        "/api/v1/notifications/",
        "/api/v1/contacts/export.csv",
        "/api/v1/contacts/export.json",
        "/api/v1/appointments/",
    ],
)
@pytest.mark.parametrize(
    ("param", "value", "status"),
    [
        ("created_before", "2020-01-01T00:00:00+16:00", 200),
        ("created_after", "2020-01-01T00:00:00-23:59", 200),
        ("created_before", "0001-01-01T00:00:00+05:00", 400),
        ("created_before", "9999-12-31T23:59:59-05:00", 400),
        ("created_before", "2020-13-45T00:00:00Z", 400),
    ],
)
def test_date_time_filters_never_fail_in_the_database(client, tenant_a, path, param, value, status):
    if path == "/api/v1/appointments/":
        param = param.replace("created", "start")
    with schema_context(tenant_a.schema_name):
        ContactFactory()
    response = client.get(path, {param: value})
    if status == 400:
        envelope(response, 400)
    else:
        assert response.status_code == 200, response.content[:300]
        b"".join(response.streaming_content) if response.streaming else response.content


def test_an_out_of_range_offset_means_the_same_instant(client, tenant_a):
    with schema_context(tenant_a.schema_name):
        ContactFactory()
    # 2100-01-01T00:00+16:00 is 2099-12-31T08:00Z: still in the future, so the contact is before it.
    assert client.get("/api/v1/contacts/", {"created_before": "2100-01-01T00:00:00+16:00"}).json()["count"] == 1
    assert client.get("/api/v1/contacts/", {"created_after": "2100-01-01T00:00:00+16:00"}).json()["count"] == 0


# --- size ---------------------------------------------------------------------------------------------------


def test_a_3_mb_json_body_is_413_with_the_envelope(client, tenant_a):
    body = json.dumps({"name": "x", "prompt": "y" * 3_000_000})
    error = envelope(client.post("/api/v1/agents/", body, content_type="application/json"), 413)
    assert error["code"] == "too_large"
    with schema_context(tenant_a.schema_name):
        assert not Agent.objects.exists()


def test_a_form_body_over_the_upload_limit_is_413_json_not_an_html_page(client):
    body = "name=" + "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 10)
    envelope(client.post("/api/v1/tags/", body, content_type="application/x-www-form-urlencoded"), 413)


def test_an_oversized_body_over_real_http_gets_413_and_no_dropped_connection(django_db_blocker):
    # A server thread on committed data (pytest-django's live_server would flush the shared tables afterwards).
    server = LiveServerThread("127.0.0.1", static_handler=lambda app: app, port=0)
    server.daemon = True
    with django_db_blocker.unblock():
        server.start()
        server.is_ready.wait()
        try:
            connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
            body = json.dumps({"name": "x", "prompt": "y" * 3_000_000}).encode()
            connection.request(
                "POST",
                "/api/v1/agents/",
                body=body,
                headers={"Host": "alpha.localhost", "Content-Type": "application/json", "Authorization": "Bearer nope"},
            )
            response = connection.getresponse()
            assert response.status == 413
            assert json.loads(response.read())["error"]["code"] == "too_large"
            connection.close()
        finally:
            server.terminate()


# --- unknown fields -----------------------------------------------------------------------------------------


def test_unknown_fields_are_refused_by_name(client, tenant_a):
    error = envelope(client.put("/api/v1/integrations/calcom/", {"enabled": True}, format="json"), 400)
    assert error["message"] == "Received unknown parameter(s): enabled."
    assert error["fields"] == {"enabled": ["Unknown field."]}
    assert client.get("/api/v1/integrations/calcom/").json()["is_active"] is False


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("post", "/api/v1/tags/", {"name": "vip", "colour": "red"}),
        ("post", "/api/v1/contacts/", {"first_name": "Ann", "phone": "07912345678", "fist_name": "x"}),
        ("post", "/api/v1/agents/", {"name": "A", "tones": "friendly"}),
        ("patch", "/api/v1/settings/", {"nmae": "Typo"}),
        ("post", "/api/v1/campaigns/preview/", {"audience": {}, "extra": 1}),
        ("post", "/api/v1/phone-numbers/", {"area_code": "415", "areacode": "212"}),
    ],
)
def test_a_typo_never_looks_like_success(client, tenant_a, method, path, body):
    error = envelope(getattr(client, method)(path, body, format="json"), 400)
    assert error["message"].startswith("Received unknown parameter(s): ")
    with schema_context(tenant_a.schema_name):
        assert not Tag.objects.exists()
        assert not Contact.objects.exists()
        assert not Agent.objects.exists()
        assert not PhoneNumber.objects.exists()


def test_pause_and_cancel_accept_their_documented_reason(client, campaign):
    response = client.post(f"/api/v1/campaigns/{campaign.pk}/cancel/", {"reason": "done"}, format="json")
    assert response.status_code in (200, 400), response.content
    assert not response.json().get("error", {}).get("message", "").startswith("Received unknown")


# --- methods ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writes_on_the_results_csv_are_405(client, campaign, method):
    error = envelope(getattr(client, method)(f"/api/v1/campaigns/{campaign.pk}/results.csv"), 405)
    assert error["code"] == "method_not_allowed"


def test_trace_is_405(client):
    envelope(client.generic("TRACE", "/api/v1/me/"), 405)


def test_put_where_only_patch_is_offered_is_405(client, tenant_a):
    with schema_context(tenant_a.schema_name):
        contact = ContactFactory()
    envelope(client.put(f"/api/v1/contacts/{contact.pk}/", {"first_name": "A"}, format="json"), 405)


# --- content types ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("name=x&tone=friendly&purpose=receptionist", "application/x-www-form-urlencoded"),
        ("name: x", "text/plain"),
        ("<agent/>", "application/xml"),
    ],
)
def test_writes_take_json_only_and_say_so_with_415(client, tenant_a, body, content_type):
    error = envelope(client.post("/api/v1/agents/", body, content_type=content_type), 415)
    assert error["code"] == "unsupported_media_type"
    with schema_context(tenant_a.schema_name):
        assert not Agent.objects.exists()


def test_a_body_without_a_content_type_is_415(client):
    response = client.generic("POST", "/api/v1/tags/", b'{"name": "x"}', content_type="")
    envelope(response, 415)


def test_the_schema_offers_json_bodies_and_multipart_only_for_uploads(client):
    schema = client.get("/api/schema/?format=json").json()
    types = {}
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            for content_type in operation.get("requestBody", {}).get("content", {}):
                types.setdefault(content_type, set()).add(f"{method} {path}")
    assert "application/x-www-form-urlencoded" not in types
    assert types["multipart/form-data"] == {
        "post /api/v1/contacts/imports/",
        "post /api/v1/dnc/",
        "post /api/v1/knowledge/sources/",
        "post /api/v1/knowledge/faqs/import/",
        "post /api/v1/properties/import/",
    }


def test_agent_fields_are_read_from_json(client):
    response = client.post(
        "/api/v1/agents/", {"name": "x", "tone": "friendly", "purpose": "receptionist"}, format="json"
    )
    assert response.status_code == 201, response.content
    assert response.json()["name"] == "x"


# --- answers ------------------------------------------------------------------------------------------------


def test_api_answers_are_not_cached(client):
    for response in (
        client.get("/api/v1/me/"),
        client.get("/api/v1/contacts/"),
        client.post("/api/v1/tags/", "null", content_type="application/json"),
    ):
        assert "no-store" in response["Cache-Control"]


def test_host_matching_ignores_letter_case(api, owner_a):
    client = api(owner_a)
    client.defaults["HTTP_HOST"] = "ALPHA.Localhost"
    response = client.get("/api/v1/me/")
    assert response.status_code == 200
    assert response.json()["tenant"]["slug"] == "alpha"


def test_page_links_use_the_public_scheme_and_port(client, tenant_a, settings):
    settings.PUBLIC_SCHEME = "https"
    settings.PUBLIC_PORT = "8443"
    with schema_context(tenant_a.schema_name):
        for _ in range(3):
            ContactFactory()
    body = client.get("/api/v1/contacts/?page_size=1&page=2").json()
    assert body["next"].startswith("https://alpha.localhost:8443/api/v1/contacts/")
    assert body["previous"].startswith("https://alpha.localhost:8443/api/v1/contacts/")


# --- the sandbox's number pool ------------------------------------------------------------------------------


def test_sandbox_numbers_are_picked_free_and_409_when_the_pool_is_empty(client, tenant_a, monkeypatch):
    from calls.providers import sandbox

    monkeypatch.setattr(sandbox, "SANDBOX_NUMBER_LINES", range(100, 104))
    numbers = []
    for _ in range(4):
        response = client.post("/api/v1/phone-numbers/", {"area_code": "415"}, format="json")
        assert response.status_code == 201, response.content
        numbers.append(response.json()["number"])
    assert len(set(numbers)) == 4
    error = envelope(client.post("/api/v1/phone-numbers/", {"area_code": "415"}, format="json"), 409)
    assert error["code"] == "conflict"
    assert "415" in error["message"]
    with schema_context(tenant_a.schema_name):
        assert PhoneNumber.objects.count() == 4


# --- absolute links -----------------------------------------------------------------------------------------


def test_an_imports_rejected_csv_link_keeps_the_public_port(client, tenant_a, settings):
    from tests.contacts.factories import ContactImportFactory

    settings.PUBLIC_SCHEME = "http"
    settings.PUBLIC_PORT = "8000"
    with schema_context(tenant_a.schema_name):
        contact_import = ContactImportFactory()
    body = client.get(f"/api/v1/contacts/imports/{contact_import.pk}/").json()
    assert (
        body["rejected_csv"] == f"http://alpha.localhost:8000/api/v1/contacts/imports/{contact_import.pk}/rejected.csv"
    )


def test_every_link_builder_honours_the_public_scheme_and_port(tenant_a, settings):
    from appointments.services import calendar_webhook_url
    from notifications.services.delivery import status_callback_url
    from tenants.services import tenant_url
    from voiceplatform.links import platform_url

    settings.PUBLIC_SCHEME = "https"
    settings.PUBLIC_PORT = "8443"
    assert tenant_url(tenant_a, "/x/") == "https://alpha.localhost:8443/x/"
    assert platform_url("/admin/") == "https://localhost:8443/admin/"
    assert status_callback_url(tenant_a).startswith("https://localhost:8443/hooks/twilio/")
    assert calendar_webhook_url(tenant=tenant_a, provider="calcom").startswith("https://localhost:8443/hooks/")


# --- the same guard for portal forms and provider hooks -------------------------------------------------------


def test_a_portal_form_with_a_nul_byte_gets_a_clear_error_and_changes_nothing(portal, owner_a, tenant_a):
    response = portal(owner_a).post("/contacts/new/", {"first_name": "A\x00n", "phone": "07912345678"})
    assert response.status_code == 400
    assert b"NUL" in response.content
    assert b"Nothing was changed" in response.content
    with schema_context(tenant_a.schema_name):
        assert not Contact.objects.exists()


def test_an_oversized_portal_form_gets_a_clear_413_page(portal, owner_a):
    body = "first_name=" + "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 10)
    response = portal(owner_a).post("/contacts/new/", body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 413
    assert b"too large" in response.content


def test_a_hook_with_deep_json_answers_the_envelope_not_a_500(tenant_a, public_client):
    from tenants.services import hook_token_for

    token = hook_token_for(tenant=tenant_a, purpose="retell").token
    body = '{"event": "call_started", "call": ' + deep(10_000) + "}"
    response = public_client.post(
        f"/hooks/retell/{token}/", body, content_type="application/json", HTTP_X_RETELL_SIGNATURE="v=1,d=" + "0" * 64
    )
    envelope(response, 401)


def test_load_json_bounds_depth_and_refuses_unstorable_text():
    from voiceplatform.boundary import load_json

    assert load_json(b'{"a": [1, {"b": "c"}]}') == {"a": [1, {"b": "c"}]}
    for raw in (deep(10_000), deep(40), '{"a": "\\u0000"}', '"\\udc00"', b"\xff", "NaN", '{"a": Infinity}'):
        with pytest.raises(ValueError):
            load_json(raw)
