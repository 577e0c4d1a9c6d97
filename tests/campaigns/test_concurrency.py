"""Many dialer workers at once, on committed data with real connections: limits hold, nobody is claimed twice."""

import secrets
import threading
from collections import Counter
from datetime import UTC, datetime

import pytest
import time_machine
from django.db import connections
from django_tenants.utils import schema_context

from calls.models import PhoneNumber
from campaigns import services
from campaigns.models import CallAttempt, CallingSettings
from contacts.models import Contact
from tenants.models import Tenant, TenantSettings
from tenants.services import tenant_create

WORKERS = 8
NOON = datetime(2027, 1, 13, 12, tzinfo=UTC)


@pytest.fixture
def busy_tenant(django_db_setup, django_db_blocker, monkeypatch):
    """A committed tenant with 300 London contacts and a number; placing is switched off (claims only)."""
    monkeypatch.setattr("campaigns.tasks.place_attempt.apply_async", lambda *args, **kwargs: None)
    slug = "cc" + secrets.token_hex(3)
    with django_db_blocker.unblock(), time_machine.travel(NOON, tick=False):
        tenant = tenant_create(slug=slug, name=slug, owner_email=f"o@{slug}.test", timezone_name="Europe/London")
        try:
            with schema_context(tenant.schema_name):
                PhoneNumber.objects.create(number="+14155550100")
                Contact.objects.bulk_create(
                    Contact(phone=f"+4420794{i:05d}", first_name=f"P{i}", tags=["all"]) for i in range(300)
                )
                CallingSettings.objects.update_or_create(
                    singleton=True, defaults={"number_per_minute": 10000, "number_per_day": 10000}
                )
            yield tenant
        finally:
            Tenant.objects.get(pk=tenant.pk).delete(force_drop=True)


def _run_workers(tenant, rounds=6):
    errors = []
    start = threading.Barrier(WORKERS)

    def worker():
        try:
            with time_machine.travel(NOON, tick=False), schema_context(tenant.schema_name):
                start.wait()
                for _ in range(rounds):
                    services.dialer_tick(tenant=Tenant.objects.get(pk=tenant.pk))
        except Exception as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors, errors


def test_concurrent_workers_never_exceed_the_tenant_limit_or_claim_anyone_twice(busy_tenant, django_db_blocker):
    with django_db_blocker.unblock():
        TenantSettings.objects.filter(tenant=busy_tenant).update(calls_per_15_minutes_ceiling=40)
        with time_machine.travel(NOON, tick=False), schema_context(busy_tenant.schema_name):
            for name in ("First", "Second"):
                campaign = services.campaign_create(
                    data={"name": name, "audience": {"tags": ["all"]}, "max_concurrent": 500, "calls_per_minute": 6000}
                )
                services.campaign_start(campaign=campaign)
        _run_workers(busy_tenant)
        with schema_context(busy_tenant.schema_name):
            attempts = list(CallAttempt.objects.values_list("target_id", "contact_id"))
    assert len(attempts) == 40
    assert max(Counter(target for target, _ in attempts).values()) == 1
    assert max(Counter(contact for _, contact in attempts).values()) == 1  # two campaigns, one call per person


def test_concurrent_workers_respect_the_campaigns_concurrency(busy_tenant, django_db_blocker):
    with django_db_blocker.unblock():
        TenantSettings.objects.filter(tenant=busy_tenant).update(calls_per_15_minutes_ceiling=1000)
        with time_machine.travel(NOON, tick=False), schema_context(busy_tenant.schema_name):
            campaign = services.campaign_create(
                data={"name": "Capped", "audience": {"tags": ["all"]}, "max_concurrent": 17, "calls_per_minute": 6000}
            )
            services.campaign_start(campaign=campaign)
        _run_workers(busy_tenant)
        with schema_context(busy_tenant.schema_name):
            live = CallAttempt.objects.filter(state__in=["dialing", "placed"]).count()
    assert live == 17


@pytest.mark.django_db
def test_a_batch_takes_the_longest_waiting_first(dialer, in_tenant):
    """(Also makes pytest-django create the test database when this module runs alone.)"""
    from datetime import timedelta

    from campaigns.models import CampaignContact
    from tests.campaigns.helpers import london_contacts, running_campaign

    with in_tenant(dialer.tenant):
        first, second, third = london_contacts(3)
        campaign = running_campaign(agent=dialer.agent, max_concurrent=2)
        CampaignContact.objects.filter(contact=third).update(eligible_at=NOON - timedelta(hours=1))
        CampaignContact.objects.filter(contact=first).update(eligible_at=NOON + timedelta(hours=1))
        services.campaign_dial(tenant=dialer.tenant, campaign_id=campaign.pk)
        called = set(CallAttempt.objects.values_list("contact_id", flat=True))
    assert called == {third.pk, second.pk}
