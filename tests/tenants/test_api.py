import pytest

from tenants.models import ApiKey, AuditEvent, Membership
from tenants.services import api_key_revoke

pytestmark = pytest.mark.django_db


def test_me_describes_the_caller(api, manager_a):
    response = api(manager_a).get("/api/v1/me")
    assert response.status_code == 200
    body = response.json()
    assert body["user"]["email"] == manager_a.user.email
    assert body["tenant"]["slug"] == "alpha"
    assert body["role"] == "manager"
    assert body["flags"]["can_view_all_calls"] is True
    assert "manage_team" not in body["permissions"]
    assert body["api_key_scope"] == "write"


def test_missing_key_is_401_with_the_error_shape(api, tenant_a):
    response = api(tenant=tenant_a).get("/api/v1/me")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"
    assert response["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.parametrize("bad", ["nonsense", "vp_abc_def", "vp__x", "vp_" + "a" * 12 + "_wrong"])
def test_invalid_key_is_401(api, tenant_a, bad):
    response = api(tenant=tenant_a, key=bad).get("/api/v1/me")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "authentication_failed"


def test_revoked_key_is_401(api, owner_a):
    key = api(owner_a)  # creates a key
    api_key = ApiKey.objects.filter(user=owner_a.user).latest("created_at")
    api_key_revoke(api_key=api_key, actor=owner_a.user)
    response = key.get("/api/v1/me")
    assert response.status_code == 401


def test_key_of_another_tenant_is_401(api, owner_a, tenant_b):
    from tests.factories import api_key_for

    key = api_key_for(owner_a)
    response = api(tenant=tenant_b, key=key).get("/api/v1/me")
    assert response.status_code == 401


def test_key_of_removed_member_stops_working(api, owner_a, agent_a):
    from tests.factories import api_key_for

    key = api_key_for(agent_a, scope="read")
    Membership.objects.filter(pk=agent_a.pk).delete()
    assert api(tenant=agent_a.tenant, key=key).get("/api/v1/me").status_code == 401


def test_read_key_cannot_write(api, owner_a):
    response = api(owner_a, scope="read").patch("/api/v1/settings", {"name": "X"}, format="json")
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "permission_denied"


def test_viewer_cannot_change_settings(api, viewer_a):
    response = api(viewer_a).patch("/api/v1/settings", {"name": "X"}, format="json")
    assert response.status_code == 403


def test_settings_round_trip(api, owner_a):
    client = api(owner_a)
    response = client.patch(
        "/api/v1/settings",
        {
            "name": "Alpha Smiles",
            "timezone": "Europe/Dublin",
            "business_hours": {"mon": [["08:00", "12:00"], ["13:00", "18:00"]]},
        },
        format="json",
    )
    assert response.status_code == 200, response.json()
    body = client.get("/api/v1/settings").json()
    assert body["name"] == "Alpha Smiles"
    assert body["timezone"] == "Europe/Dublin"
    assert body["business_hours"]["mon"] == [["08:00", "12:00"], ["13:00", "18:00"]]
    assert body["business_hours"]["sun"] == []
    assert AuditEvent.objects.filter(action="settings.updated", tenant=owner_a.tenant).exists()


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"timezone": "Mars/Olympus"}, "timezone"),
        ({"name": "  "}, "name"),
        ({"business_hours": {"mon": [["18:00", "09:00"]]}}, "business_hours"),
        ({"business_hours": {"funday": []}}, "business_hours"),
        ({"business_hours": {"mon": [["09:00", "12:00"], ["11:00", "13:00"]]}}, "business_hours"),
        ({"business_hours": {"mon": [["9am", "5pm"]]}}, "business_hours"),
    ],
)
def test_bad_settings_are_rejected_and_change_nothing(api, owner_a, payload, field):
    before = api(owner_a).get("/api/v1/settings").json()
    response = api(owner_a).patch(
        "/api/v1/settings", {"name": "Changed", **payload} if field != "name" else payload, format="json"
    )
    assert response.status_code == 400
    assert field in response.json()["error"]["fields"]
    assert api(owner_a).get("/api/v1/settings").json() == before


def test_team_list_is_paginated_and_filterable(api, owner_a, viewer_a, agent_a):
    response = api(owner_a).get("/api/v1/team/?role=viewer")
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 1
    assert body["results"][0]["user"]["email"] == viewer_a.user.email


def test_invite_creates_invited_member_and_sends_email(api, owner_a, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = api(owner_a).post(
            "/api/v1/team/", {"email": "New.Person@Example.test", "role": "agent"}, format="json"
        )
    assert response.status_code == 201, response.json()
    assert response.json()["status"] == "invited"
    assert response.json()["user"]["email"] == "new.person@example.test"
    assert len(mailoutbox) == 1
    assert "/invite/" in mailoutbox[0].body


def test_invite_rejects_bad_email_and_duplicates(api, owner_a, viewer_a):
    assert api(owner_a).post("/api/v1/team/", {"email": "nope", "role": "agent"}, format="json").status_code == 400
    response = api(owner_a).post("/api/v1/team/", {"email": viewer_a.user.email, "role": "agent"}, format="json")
    assert response.status_code == 400
    assert "email" in response.json()["error"]["fields"]


def test_admin_cannot_make_owners(api, admin_a, viewer_a):
    response = api(admin_a).patch(f"/api/v1/team/{viewer_a.pk}/", {"role": "owner"}, format="json")
    assert response.status_code == 400
    viewer_a.refresh_from_db()
    assert viewer_a.role == "viewer"


def test_last_owner_cannot_be_removed_or_demoted(api, tenant_a):
    founder = Membership.objects.get(tenant=tenant_a, role="owner")
    client = api(founder)
    assert client.delete(f"/api/v1/team/{founder.pk}/").status_code == 400
    assert client.patch(f"/api/v1/team/{founder.pk}/", {"role": "admin"}, format="json").status_code == 400
    assert Membership.objects.filter(pk=founder.pk, role="owner").exists()


def test_role_change_is_audited(api, owner_a, viewer_a):
    response = api(owner_a).patch(
        f"/api/v1/team/{viewer_a.pk}/", {"role": "manager", "can_download_recordings": True}, format="json"
    )
    assert response.status_code == 200
    event = AuditEvent.objects.get(action="member.role_changed", target_id=str(viewer_a.pk))
    assert event.metadata["before"]["role"] == "viewer"
    assert event.metadata["after"]["role"] == "manager"


def test_api_key_lifecycle(api, owner_a):
    client = api(owner_a)
    created = client.post("/api/v1/api-keys/", {"name": "Sync", "scope": "read"}, format="json")
    assert created.status_code == 201
    secret = created.json()["key"]
    key_id = created.json()["api_key"]["id"]
    stored = ApiKey.objects.get(pk=key_id)
    assert secret not in (stored.secret_hash, stored.prefix) and secret.startswith(f"vp_{stored.prefix}_")
    listing = client.get("/api/v1/api-keys/").json()
    assert "key" not in listing["results"][0]
    assert api(tenant=owner_a.tenant, key=secret).get("/api/v1/me").status_code == 200
    assert client.delete(f"/api/v1/api-keys/{key_id}/").status_code == 204
    assert api(tenant=owner_a.tenant, key=secret).get("/api/v1/me").status_code == 401
    assert AuditEvent.objects.filter(action="api_key.revoked", target_id=str(key_id)).exists()


def test_another_tenants_shared_rows_are_404(api, owner_a, owner_b):
    other_key = ApiKey.objects.create(
        tenant=owner_b.tenant, user=owner_b.user, name="b", prefix="bbbbbbbbbbbb", secret_hash="0" * 64
    )
    client = api(owner_a)
    assert client.get(f"/api/v1/api-keys/{other_key.pk}/").status_code == 404
    assert client.delete(f"/api/v1/api-keys/{other_key.pk}/").status_code == 404
    assert client.get(f"/api/v1/team/{owner_b.pk}/").status_code == 404
    assert client.patch(f"/api/v1/team/{owner_b.pk}/", {"role": "viewer"}, format="json").status_code == 404
    assert client.delete(f"/api/v1/team/{owner_b.pk}/").status_code == 404
    owner_b.refresh_from_db()
    other_key.refresh_from_db()
    assert owner_b.role == "owner" and other_key.revoked_at is None


def test_openapi_schema_is_served(api, tenant_a):
    response = api(tenant=tenant_a).get("/api/schema/?format=json")
    assert response.status_code == 200
    paths = {path.rstrip("/") for path in response.json()["paths"]}
    assert {"/api/v1/me", "/api/v1/settings", "/api/v1/team", "/api/v1/api-keys"} <= paths
