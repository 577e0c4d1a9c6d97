"""The platform owner sets each tenant's calling ceilings and can pause its calling, in the admin."""

import pytest
from django.test import Client

from tenants.models import AuditEvent, TenantSettings
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(db):
    user = UserFactory(is_superuser=True, is_staff=True)
    client = Client(HTTP_HOST="localhost")
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def test_the_tenant_page_shows_the_calling_ceilings(admin_client, tenant_a):
    page = admin_client.get(f"/admin/tenants/tenant/{tenant_a.pk}/change/").content.decode()
    assert "calls_per_15_minutes_ceiling" in page
    assert "calling_paused" in page


def test_changing_a_ceiling_is_saved_and_audited(admin_client, tenant_a):
    row = TenantSettings.objects.get(tenant=tenant_a)
    response = admin_client.post(
        f"/admin/tenants/tenantsettings/{row.pk}/change/",
        {
            "require_mfa": "",
            "support_email": "",
            "support_phone": "",
            "calls_per_15_minutes_ceiling": "50",
            "calls_per_day_ceiling": "600",
            "calling_paused_reason": "",
        },
    )
    assert response.status_code == 302
    row.refresh_from_db()
    assert (row.calls_per_15_minutes_ceiling, row.calls_per_day_ceiling) == (50, 600)
    event = AuditEvent.objects.get(tenant=tenant_a, action="calling.ceiling_changed")
    assert event.metadata == {"calls_per_15_minutes_ceiling": "50", "calls_per_day_ceiling": "600"}


def test_the_pause_action_stops_a_tenants_calling(admin_client, tenant_a, tenant_b):
    rows = TenantSettings.objects.filter(tenant__in=[tenant_a, tenant_b])
    response = admin_client.post(
        "/admin/tenants/tenantsettings/",
        {"action": "pause_calling", "_selected_action": [rows.get(tenant=tenant_a).pk]},
    )
    assert response.status_code == 302
    assert TenantSettings.objects.get(tenant=tenant_a).calling_paused
    assert not TenantSettings.objects.get(tenant=tenant_b).calling_paused
    admin_client.post(
        "/admin/tenants/tenantsettings/",
        {"action": "resume_calling", "_selected_action": [rows.get(tenant=tenant_a).pk]},
    )
    assert not TenantSettings.objects.get(tenant=tenant_a).calling_paused
    assert AuditEvent.objects.filter(tenant=tenant_a, action="calling.ceiling_changed").count() == 2
