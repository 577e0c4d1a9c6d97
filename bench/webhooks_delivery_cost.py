"""Where an outbound webhook's CPU goes, measured in one process (no Celery, no broker).

Sets up its own tenant with one endpoint pointing at a local receiver (a
threaded HTTP server in this process, on loopback, allowed through
WEBHOOK_ALLOWED_ORIGINS), then per round records N `contact.created` events
(each in its own transaction, enqueueing switched off) and runs the delivery
task's body for each, in order. Prints CPU and wall milliseconds per recorded
event and per delivery (the receiver's own CPU is in these figures too, so they
are upper bounds), and the queries each one runs. `--profile` prints the top
of a cProfile of the deliveries. Complements bench/webhooks_delivery.py: one
worker core delivers about 1000 / (CPU ms per delivery) per second.

    .venv/bin/python bench/webhooks_delivery_cost.py [--events 300] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import logging
import pstats
import statistics
import sys
import time
from unittest import mock

from _setup import setup_django

setup_django()
logging.disable(logging.WARNING)

from django.conf import settings  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django_tenants.utils import schema_context  # noqa: E402
from webhooks_delivery import Receiver, setup_tenant, teardown_tenant  # noqa: E402

from notifications.outbound import sending, services, tasks  # noqa: E402
from notifications.outbound.models import WebhookDelivery, WebhookEndpoint  # noqa: E402


def pending_ids() -> list[int]:
    return list(WebhookDelivery.objects.filter(status="pending").order_by("pk").values_list("pk", flat=True))


def deliver(ids: list[int]) -> None:
    """Each as a worker runs the task: switch to the sender's schema (tenant-schemas-celery), run, switch back."""
    schema_name = connection.schema_name
    for delivery_id in ids:
        tenant = tasks.deliver_webhook.get_tenant_for_schema(schema_name=schema_name)
        connection.set_tenant(tenant, include_public=True)
        tasks.deliver_webhook(delivery_id)
        connection.set_schema_to_public()
    connection.set_tenant(tenant, include_public=True)


def drain(count: int) -> None:
    """A backlog sent as the worker's drain tasks would (one task per DRAIN_LIMIT deliveries)."""
    schema_name = connection.schema_name
    endpoint_id = WebhookEndpoint.objects.get().pk
    for _ in range(-(-count // sending.DRAIN_LIMIT)):
        tenant = tasks.drain_webhook_endpoint.get_tenant_for_schema(schema_name=schema_name)
        connection.set_tenant(tenant, include_public=True)
        with mock.patch.object(services, "drains_enqueue", lambda ids: None):
            tasks.drain_webhook_endpoint(endpoint_id)
        connection.set_schema_to_public()
    connection.set_tenant(tenant, include_public=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--queries", action="store_true", help="print the SQL of one record and one delivery")
    args = parser.parse_args()

    receiver = Receiver()
    settings.WEBHOOK_ALLOWED_ORIGINS = [receiver.origin]
    tenant = setup_tenant(receiver.origin + "/hook")
    rec_cpu, rec_wall, del_cpu, del_wall, drain_cpu, drain_wall = [], [], [], [], [], []
    try:
        with schema_context(tenant.schema_name), mock.patch.object(services, "drains_enqueue", lambda ids: None):
            for index in range(5):  # warm up
                with transaction.atomic():
                    services.event_record(event_type="contact.created", data={"contact_id": index})
            deliver(pending_ids())
            for round_ in range(args.rounds):
                c0, w0 = time.process_time(), time.perf_counter()
                for index in range(args.events):
                    with transaction.atomic():
                        services.event_record(event_type="contact.created", data={"contact_id": index})
                rec_cpu.append((time.process_time() - c0) / args.events * 1000)
                rec_wall.append((time.perf_counter() - w0) / args.events * 1000)
                ids = pending_ids()
                profiler = cProfile.Profile() if args.profile and round_ == args.rounds - 1 else None
                c0, w0 = time.process_time(), time.perf_counter()
                if profiler:
                    profiler.enable()
                deliver(ids)
                if profiler:
                    profiler.disable()
                del_cpu.append((time.process_time() - c0) / len(ids) * 1000)
                del_wall.append((time.perf_counter() - w0) / len(ids) * 1000)
                for index in range(args.events):
                    with transaction.atomic():
                        services.event_record(event_type="contact.created", data={"contact_id": index})
                c0, w0 = time.process_time(), time.perf_counter()
                drain(args.events)
                drain_cpu.append((time.process_time() - c0) / args.events * 1000)
                drain_wall.append((time.perf_counter() - w0) / args.events * 1000)
            connection.queries_log.clear()
            with CaptureQueriesContext(connection) as recorded, transaction.atomic():
                services.event_record(event_type="contact.created", data={"contact_id": -1})
            record_queries = list(recorded.captured_queries)
            ids = pending_ids()
            connection.queries_log.clear()
            with CaptureQueriesContext(connection) as sent:
                deliver(ids[:1])
            delivered = WebhookDelivery.objects.filter(status="delivered").count()
        print(f"outbound webhook cost: {args.events} events x {args.rounds} rounds, one endpoint, receiver on loopback")
        print(
            f"  record one event (own transaction) : CPU {statistics.median(rec_cpu):.2f} ms, "
            f"wall {statistics.median(rec_wall):.2f} ms, {len(recorded.captured_queries)} queries"
        )
        print(
            f"  deliver one (task body)            : CPU {statistics.median(del_cpu):.2f} ms, "
            f"wall {statistics.median(del_wall):.2f} ms, {len(sent.captured_queries)} queries"
        )
        print(
            f"  deliver a backlog by endpoint drain: CPU {statistics.median(drain_cpu):.2f} ms, "
            f"wall {statistics.median(drain_wall):.2f} ms per delivery ({sending.DRAIN_LIMIT} per task)"
        )
        print(f"  delivered rows: {delivered}; receiver requests: {receiver.requests}")
        if args.queries:
            for query in [*record_queries, {"sql": "-- deliver one:"}, *sent.captured_queries]:
                print("   ", query["sql"][:160])
        if args.profile:
            stats = pstats.Stats(profiler).strip_dirs().sort_stats("cumulative")
            stats.print_stats(35)
        return 0
    finally:
        teardown_tenant(tenant)
        receiver.server.shutdown()


if __name__ == "__main__":
    sys.exit(main())
