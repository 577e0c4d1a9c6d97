"""`GET /healthz` on every host: database, Redis and a Celery worker heartbeat.

Answered by a middleware ahead of tenant resolution so that it works on any
host and costs three cheap round trips.
"""

import time

from celery import shared_task
from celery.signals import worker_ready
from django.conf import settings
from django.db import connection
from django.http import JsonResponse

HEARTBEAT_KEY = "voiceplatform:celery:heartbeat"


def _redis():
    import redis

    return redis.Redis.from_url(settings.REDIS_URL, socket_timeout=2, socket_connect_timeout=2)


def record_heartbeat() -> None:
    _redis().set(HEARTBEAT_KEY, str(time.time()), ex=settings.CELERY_HEARTBEAT_MAX_AGE * 10)


@shared_task(name="voiceplatform.health.heartbeat", ignore_result=True)
def heartbeat() -> None:
    record_heartbeat()


@worker_ready.connect
def _heartbeat_on_start(**kwargs):
    record_heartbeat()


def check_health() -> tuple[bool, dict]:
    checks: dict[str, dict] = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = {"ok": True}
    except Exception as exc:  # noqa: BLE001 - any failure means unhealthy
        checks["database"] = {"ok": False, "error": type(exc).__name__}
    try:
        client = _redis()
        client.ping()
        checks["redis"] = {"ok": True}
        raw = client.get(HEARTBEAT_KEY)
        age = time.time() - float(raw) if raw else None
        fresh = age is not None and age <= settings.CELERY_HEARTBEAT_MAX_AGE
        checks["celery"] = {"ok": fresh, "last_heartbeat_seconds_ago": round(age, 1) if age is not None else None}
    except Exception as exc:  # noqa: BLE001
        checks["redis"] = {"ok": False, "error": type(exc).__name__}
        checks["celery"] = {"ok": False, "error": "redis unavailable"}
    healthy = all(check["ok"] for check in checks.values())
    return healthy, checks


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path in ("/healthz", "/healthz/") and request.method in ("GET", "HEAD"):
            healthy, checks = check_health()
            response = JsonResponse(
                {"status": "ok" if healthy else "degraded", "checks": checks}, status=200 if healthy else 503
            )
            # A 503 here is an answer (the workers are still starting), not a server error: Django would log it
            # as an error on django.request, and again through its debug console handler.
            response._has_been_logged = True
            return response
        return self.get_response(request)
