import pytest
from django.test import Client

from tenants.models import AuditEvent, Tenant
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(db):
    user = UserFactory(is_superuser=True, is_staff=True)
    client = Client(HTTP_HOST="localhost")
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


@pytest.mark.parametrize(
    "path",
    [
        "/admin/",
        "/admin/tenants/tenant/",
        "/admin/tenants/tenant/add/",
        "/admin/tenants/membership/",
        "/admin/tenants/apikey/",
        "/admin/tenants/auditevent/",
        "/admin/tenants/user/",
    ],
)
def test_admin_pages_render(admin_client, path):
    assert admin_client.get(path).status_code == 200


def test_admin_lists_only_business_tenants(admin_client):
    content = admin_client.get("/admin/tenants/tenant/").content.decode()
    assert "Alpha Dental" in content and "tenant-template" not in content


def test_admin_search_finds_tenant(admin_client):
    content = admin_client.get("/admin/tenants/tenant/?q=beta").content.decode()
    assert "Beta Plumbing" in content and "Alpha Dental" not in content


def test_admin_creates_tenant_through_the_service(admin_client):
    response = admin_client.post(
        "/admin/tenants/tenant/add/",
        {
            "slug": "omega",
            "name": "Omega Salon",
            "vertical": "salon",
            "timezone": "Europe/Madrid",
            "owner_email": "o@omega.test",
            "owner_password": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    tenant = Tenant.objects.get(slug="omega")
    assert tenant.schema_name == "t_omega" and tenant.memberships.get().role == "owner"


def test_admin_rejects_bad_tenant_without_creating_it(admin_client):
    response = admin_client.post(
        "/admin/tenants/tenant/add/",
        {
            "slug": "alpha",
            "name": "Dup",
            "vertical": "salon",
            "timezone": "Nowhere",
            "owner_email": "bad",
        },
    )
    assert response.status_code == 200
    assert Tenant.objects.filter(slug="alpha").count() == 1


def test_admin_suspends_and_activates(admin_client, tenant_a):
    admin_client.post("/admin/tenants/tenant/", {"action": "suspend_tenants", "_selected_action": [tenant_a.pk]})
    tenant_a.refresh_from_db()
    assert tenant_a.status == "suspended"
    admin_client.post("/admin/tenants/tenant/", {"action": "activate_tenants", "_selected_action": [tenant_a.pk]})
    tenant_a.refresh_from_db()
    assert tenant_a.status == "active"
    assert AuditEvent.objects.filter(tenant=tenant_a, action="tenant.suspended").exists()


def test_tenant_users_cannot_use_the_admin(owner_a):
    client = Client(HTTP_HOST="localhost")
    client.force_login(owner_a.user, backend="django.contrib.auth.backends.ModelBackend")
    assert client.get("/admin/tenants/tenant/").status_code == 302
