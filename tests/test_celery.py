"""Tasks carry their tenant: a real worker (consuming from Redis) runs each task in the
schema of the tenant that sent it."""

import secrets

import pytest
import redis
from celery.contrib.testing.worker import start_worker
from django.conf import settings
from django.db import connection
from django_tenants.utils import schema_context

from tenants.models import Tenant
from tenants.services import tenant_create
from voiceplatform.celery import app

RESULT_KEY = "tests:celery:schema:"


@app.task(name="tests.record_schema")
def record_schema(marker: str) -> None:
    redis.Redis.from_url(settings.CACHES["default"]["LOCATION"]).set(RESULT_KEY + marker, connection.schema_name, ex=60)


@pytest.fixture
def committed_tenants(django_db_blocker):
    slugs = ["cel" + secrets.token_hex(3) for _ in range(2)]
    with django_db_blocker.unblock():
        tenants = [tenant_create(slug=slug, name=slug, owner_email=f"o@{slug}.test") for slug in slugs]
        yield tenants
        for tenant in tenants:
            Tenant.objects.get(pk=tenant.pk).delete(force_drop=True)


def test_a_real_worker_runs_each_task_in_its_tenants_schema(committed_tenants):
    client = redis.Redis.from_url(settings.CACHES["default"]["LOCATION"])
    app.conf.task_always_eager = False
    try:
        with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
            markers = {}
            for tenant in committed_tenants:
                marker = secrets.token_hex(4)
                markers[marker] = tenant.schema_name
                with schema_context(tenant.schema_name):
                    record_schema.delay(marker)
            public_marker = secrets.token_hex(4)
            record_schema.delay(public_marker)
            markers[public_marker] = "public"
            for marker, expected in markers.items():
                for _ in range(200):
                    value = client.get(RESULT_KEY + marker)
                    if value is not None:
                        break
                    client.blpop(["tests:never"], timeout=0.05)  # wait without busy-looping
                assert value is not None, "the worker never ran the task"
                assert value.decode() == expected
    finally:
        app.conf.task_always_eager = True
