"""The project's shared seams: events after commit in their schema, the tenant task base, the fan-out."""

from dataclasses import dataclass

import pytest
from celery import shared_task
from django.db import connection, transaction
from django_tenants.utils import schema_context

from tenants.models import Tenant
from voiceplatform import events
from voiceplatform.plugins import Registry
from voiceplatform.tasks import TenantTask, active_tenant_schemas, enqueue_on_commit, fan_out_active_tenants


@dataclass(frozen=True, kw_only=True)
class ThingHappened(events.Event):
    thing_id: int


@dataclass(frozen=True, kw_only=True)
class SpecialThingHappened(ThingHappened):
    pass


@pytest.fixture
def received():
    seen = []

    def on_thing(event):
        seen.append((type(event).__name__, event.thing_id, connection.schema_name))

    events.subscribe(ThingHappened, on_thing)
    yield seen
    events.unsubscribe(ThingHappened, on_thing)


def test_an_event_is_delivered_only_after_commit_in_its_schema(tenant_a, received, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks, schema_context(tenant_a.schema_name):
        events.publish(ThingHappened(thing_id=7))
        assert received == []
    assert len(callbacks) == 1
    assert received == [("ThingHappened", 7, tenant_a.schema_name)]


def test_a_rolled_back_change_announces_nothing(tenant_a, received, django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
        schema_context(tenant_a.schema_name),
    ):
        events.publish(ThingHappened(thing_id=1))
        raise RuntimeError("undo")
    assert callbacks == []
    assert received == []


def test_subscribers_of_a_base_class_hear_subclasses_and_one_failure_does_not_stop_others(tenant_a, received, caplog):
    def broken(event):
        raise ValueError("boom")

    events.subscribe(SpecialThingHappened, broken)
    try:
        events.deliver(SpecialThingHappened(thing_id=3, schema_name=tenant_a.schema_name))
    finally:
        events.unsubscribe(SpecialThingHappened, broken)
    assert received == [("SpecialThingHappened", 3, tenant_a.schema_name)]
    assert "failed" in caplog.text and "boom" in caplog.text


def test_only_events_can_be_published_or_subscribed():
    with pytest.raises(TypeError):
        events.publish({"thing_id": 1})
    with pytest.raises(TypeError):
        events.subscribe(dict, print)


def test_a_registry_keeps_order_and_registers_once():
    registry = Registry("tests.things")
    first, second = (lambda: 1), (lambda: 2)
    registry.register(first)
    registry.register(second)
    registry.register(first)
    assert list(registry) == [first, second]
    registry.unregister(first)
    assert list(registry) == [second]


RAN: list = []


@shared_task(base=TenantTask, name="tests.kernel.record_schema")
def record_schema(marker: str) -> None:
    RAN.append((marker, connection.schema_name))


def test_tenant_task_skips_a_suspended_tenant(tenant_a, tenant_b):
    RAN.clear()
    Tenant.objects.filter(pk=tenant_b.pk).update(status=Tenant.Status.SUSPENDED)
    with schema_context(tenant_a.schema_name):
        record_schema.delay("a")
    with schema_context(tenant_b.schema_name):
        record_schema.delay("b")
    assert list(RAN) == [("a", tenant_a.schema_name)]


def test_fan_out_reaches_every_active_business_tenant_only(tenant_a, tenant_b):
    RAN.clear()
    Tenant.objects.filter(pk=tenant_b.pk).update(status=Tenant.Status.SUSPENDED)
    assert tenant_b.schema_name not in active_tenant_schemas()
    count = fan_out_active_tenants(record_schema, "fan")
    schemas = {schema for _, schema in RAN}
    assert count == len(RAN)
    assert tenant_a.schema_name in schemas
    assert tenant_b.schema_name not in schemas
    assert "public" not in schemas


def test_enqueue_on_commit_sends_in_the_schema_current_at_enqueue(tenant_a, django_capture_on_commit_callbacks):
    RAN.clear()
    with django_capture_on_commit_callbacks(execute=True), schema_context(tenant_a.schema_name):
        enqueue_on_commit(record_schema, "later")
        assert RAN == []
    assert list(RAN) == [("later", tenant_a.schema_name)]


def test_a_staff_alert_names_a_known_type_and_priority():
    events.StaffAlert(type="technical_issue", title="Calendar sync failed", schema_name="public")
    with pytest.raises(ValueError):
        events.StaffAlert(type="gossip", title="x", schema_name="public")
    with pytest.raises(ValueError):
        events.StaffAlert(type="billing", title="x", priority="meh", schema_name="public")
