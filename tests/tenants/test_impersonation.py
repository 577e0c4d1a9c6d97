from datetime import timedelta

import pytest
import time_machine
from django.test import Client
from django.utils import timezone

from tenants.impersonation import impersonation_url
from tenants.models import AuditEvent
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser(db):
    return UserFactory(is_superuser=True, is_staff=True)


def _start(superuser, membership):
    url = impersonation_url(admin=superuser, membership=membership)
    path = url.split(":8000", 1)[-1] if ":8000" in url else "/" + url.split("/", 3)[3]
    client = Client(HTTP_HOST=f"{membership.tenant.slug}.localhost")
    return client, client.get(path), path


def test_superuser_impersonates_with_banner_and_audit(superuser, viewer_a):
    client, response, _ = _start(superuser, viewer_a)
    assert response.status_code == 302
    page = client.get("/")
    assert page.status_code == 200
    assert b"on behalf of" in page.content and superuser.email.encode() in page.content
    started = AuditEvent.objects.get(action="impersonation.started")
    assert started.actor == superuser and started.target_id == str(viewer_a.pk)
    assert not AuditEvent.objects.filter(action="auth.login", actor=viewer_a.user).exists()

    client.post("/impersonate/stop/")
    assert AuditEvent.objects.filter(action="impersonation.stopped", actor=superuser).exists()
    assert client.get("/").status_code == 302


def test_impersonation_link_is_single_use(superuser, viewer_a):
    _client, _response, path = _start(superuser, viewer_a)
    second = Client(HTTP_HOST="alpha.localhost").get(path)
    assert second.status_code == 403


def test_impersonation_link_only_works_on_its_tenant(superuser, viewer_a):
    url = impersonation_url(admin=superuser, membership=viewer_a)
    path = "/" + url.split("/", 3)[3]
    assert Client(HTTP_HOST="beta.localhost").get(path).status_code == 403


def test_impersonation_expires(superuser, viewer_a, settings):
    client, _response, _ = _start(superuser, viewer_a)
    with time_machine.travel(timezone.now() + timedelta(minutes=settings.IMPERSONATION_MINUTES + 1)):
        response = client.get("/")
    assert response.status_code == 302
    assert AuditEvent.objects.filter(action="impersonation.expired").exists()
    assert client.get("/").status_code == 302


def test_only_superusers_get_links(viewer_a, owner_a):
    from tenants.impersonation import ImpersonationError

    with pytest.raises(ImpersonationError):
        impersonation_url(admin=owner_a.user, membership=viewer_a)


def test_admin_impersonate_button_redirects_to_the_tenant_host(superuser, viewer_a):
    client = Client(HTTP_HOST="localhost")
    client.force_login(superuser, backend="django.contrib.auth.backends.ModelBackend")
    response = client.get(f"/admin/tenants/membership/{viewer_a.pk}/impersonate/")
    assert response.status_code == 302
    assert response["Location"].startswith("http://alpha.localhost")
    assert AuditEvent.objects.filter(action="impersonation.requested").exists()
