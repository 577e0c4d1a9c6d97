import pytest
from django.core import mail

from tenants.invitations import invitation_token
from tenants.models import AuditEvent, Membership, Tenant
from tenants.services import member_invite, tenant_suspend

pytestmark = pytest.mark.django_db


def test_dashboard_needs_login(portal, tenant_a):
    response = portal(tenant=tenant_a).get("/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_login_page_renders_on_tenant_host(portal, tenant_a):
    response = portal(tenant=tenant_a).get("/accounts/login/")
    assert response.status_code == 200
    assert b"Alpha Dental" in response.content


def test_dashboard_shows_setup_checklist(portal, owner_a):
    response = portal(owner_a).get("/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Welcome to Alpha Dental" in content
    assert "Invite your team" in content
    assert 'href="/team/"' in content


def test_navigation_is_role_aware(portal, viewer_a, owner_a):
    assert 'href="/api-keys/"' not in portal(viewer_a).get("/").content.decode()
    assert 'href="/api-keys/"' in portal(owner_a).get("/").content.decode()


def test_member_of_other_tenant_gets_no_access_page(portal, owner_b, tenant_a):
    client = portal(owner_b)
    client.defaults["HTTP_HOST"] = "alpha.localhost"
    response = client.get("/")
    assert response.status_code == 403
    assert b"not a member" in response.content


def test_viewer_cannot_open_api_keys(portal, viewer_a):
    assert portal(viewer_a).get("/api-keys/").status_code == 403


def test_settings_form_saves_and_validates(portal, owner_a):
    client = portal(owner_a)
    data = {
        "name": "Alpha Smiles",
        "timezone": "Europe/London",
        "mon_open": "1",
        "mon_start": "08:30",
        "mon_end": "17:30",
    }
    response = client.post("/settings/", data)
    assert response.status_code == 302
    tenant = Tenant.objects.get(pk=owner_a.tenant_id)
    assert tenant.name == "Alpha Smiles"
    assert tenant.business_hours["mon"] == [["08:30", "17:30"]]
    assert tenant.business_hours["tue"] == []

    bad = client.post("/settings/", {**data, "name": "Nope", "mon_start": "18:00", "mon_end": "09:00"})
    assert bad.status_code == 400
    assert "ends before it starts" in bad.content.decode()
    assert Tenant.objects.get(pk=owner_a.tenant_id).name == "Alpha Smiles"


def test_viewer_cannot_post_settings(portal, viewer_a):
    response = portal(viewer_a).post("/settings/", {"name": "Hacked", "timezone": "UTC"})
    assert response.status_code == 403
    assert Tenant.objects.get(pk=viewer_a.tenant_id).name != "Hacked"


def test_team_page_invites_and_changes_roles(portal, owner_a, viewer_a, django_capture_on_commit_callbacks):
    client = portal(owner_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/team/", {"email": "helper@example.test", "role": "agent"})
    assert response.status_code == 302
    assert Membership.objects.get(user__email="helper@example.test").status == "invited"
    assert len(mail.outbox) == 1

    response = client.post(
        f"/team/{viewer_a.pk}/", {"role": "manager", "can_view_all_calls": "1"}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    assert b"Saved" in response.content
    viewer_a.refresh_from_db()
    assert viewer_a.role == "manager" and viewer_a.can_view_all_calls and not viewer_a.can_download_recordings


def test_team_page_refuses_removing_last_owner(portal, tenant_a):
    founder = Membership.objects.get(tenant=tenant_a, role="owner")
    response = portal(founder).post(f"/team/{founder.pk}/remove/", follow=True)
    assert b"last owner" in response.content
    assert Membership.objects.filter(pk=founder.pk).exists()


def test_api_keys_page_shows_secret_once(portal, owner_a):
    client = portal(owner_a)
    response = client.post("/api-keys/", {"name": "Practice sync", "scope": "write"})
    assert response.status_code == 200
    assert b"Copy it now" in response.content
    assert b"Copy it now" not in client.get("/api-keys/").content


def test_invitation_lets_new_user_set_password_and_join(portal, owner_a, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        membership = member_invite(
            tenant=owner_a.tenant, email="newbie@example.test", role="agent", actor_membership=owner_a
        )
    client = portal(tenant=owner_a.tenant)
    url = f"/invite/{invitation_token(membership)}/"
    assert client.get(url).status_code == 200
    mismatch = client.post(url, {"password1": "a-very-good-pass-1", "password2": "different-pass-2"})
    assert mismatch.status_code == 400
    response = client.post(url, {"password1": "a-very-good-pass-1", "password2": "a-very-good-pass-1"})
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.status == "active"
    assert membership.user.check_password("a-very-good-pass-1")
    assert client.get("/").status_code == 200


def test_invitation_token_is_bound_to_its_tenant(portal, owner_a, tenant_b):
    membership = member_invite(tenant=owner_a.tenant, email="x@example.test", role="agent", actor_membership=owner_a)
    response = portal(tenant=tenant_b).get(f"/invite/{invitation_token(membership)}/")
    assert response.status_code == 404
    assert portal(tenant=owner_a.tenant).get("/invite/forged-token/").status_code == 404


def test_suspended_tenant_blocks_portal_and_api(portal, api, owner_a):
    tenant_suspend(tenant=owner_a.tenant, reason="unpaid")
    response = portal(owner_a).get("/")
    assert response.status_code == 403
    assert b"suspended" in response.content
    api_response = api(owner_a).get("/api/v1/me")
    assert api_response.status_code == 403
    assert api_response.json()["error"]["code"] == "tenant_suspended"
    assert AuditEvent.objects.filter(action="tenant.suspended", tenant=owner_a.tenant).exists()


def test_unknown_host_is_404_page(db):
    from django.test import Client

    response = Client(HTTP_HOST="nobody.localhost").get("/")
    assert response.status_code == 404
    assert b"No workspace here" in response.content


def test_security_headers(portal, owner_a):
    response = portal(owner_a).get("/")
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
