"""The per-process tenant-by-host cache: suspension still bites, hosts never mix, requests never share a tenant."""

import pytest

from tenants import host_cache
from tenants.models import Domain, Tenant
from tenants.services.lifecycle import tenant_suspend

ME = "/api/v1/me/"


@pytest.mark.django_db
def test_suspending_a_tenant_takes_effect_on_the_next_request(api, owner_a, admin_a):
    client = api(owner_a)
    assert client.get(ME).status_code == 200  # the host is cached now

    tenant_suspend(tenant=owner_a.tenant, reason="unpaid", actor=admin_a.user)

    response = client.get(ME)
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "tenant_suspended"


@pytest.mark.django_db
def test_a_change_made_elsewhere_is_seen_once_the_entry_expires(api, owner_a, monkeypatch):
    client = api(owner_a)
    assert client.get(ME).status_code == 200
    # A queryset update sends no signal (as a change in another process would not reach this one).
    Tenant.objects.filter(pk=owner_a.tenant_id).update(status=Tenant.Status.SUSPENDED)
    assert client.get(ME).status_code == 200  # still cached: at most HOST_CACHE_SECONDS

    now = host_cache.time.monotonic() + host_cache.HOST_CACHE_SECONDS + 0.1
    monkeypatch.setattr(host_cache.time, "monotonic", lambda: now)
    assert client.get(ME).status_code == 403


@pytest.mark.django_db
def test_each_host_gets_its_own_tenant_and_each_call_a_fresh_instance(tenant_a, tenant_b):
    host_a = Domain.objects.get(tenant=tenant_a, is_primary=True).domain
    host_b = Domain.objects.get(tenant=tenant_b, is_primary=True).domain
    first = host_cache.tenant_for_host(host_a)
    first.name = "changed by one request"
    second = host_cache.tenant_for_host(host_a)
    assert second is not first and second.name == tenant_a.name and second.pk == tenant_a.pk
    assert host_cache.tenant_for_host(host_b).pk == tenant_b.pk
    with pytest.raises(Domain.DoesNotExist):
        host_cache.tenant_for_host("nobody.localhost")


@pytest.mark.django_db
def test_a_removed_domain_stops_answering(tenant_a):
    extra = Domain.objects.create(domain="extra-alpha.localhost", tenant=tenant_a, is_primary=False)
    assert host_cache.tenant_for_host(extra.domain).pk == tenant_a.pk
    extra.delete()
    with pytest.raises(Domain.DoesNotExist):
        host_cache.tenant_for_host("extra-alpha.localhost")
