import pytest
from django.test import Client

from voiceplatform import health

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("host", ["localhost", "alpha.localhost", "unknown.localhost"])
def test_healthz_reports_every_part_on_any_host(host):
    health.record_heartbeat()
    response = Client(HTTP_HOST=host).get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "redis", "celery"}
    assert all(check["ok"] for check in body["checks"].values())


def test_healthz_is_503_without_a_worker_heartbeat():
    health._redis().delete(health.HEARTBEAT_KEY)
    response = Client(HTTP_HOST="localhost").get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["celery"]["ok"] is False


def test_healthz_is_503_when_the_heartbeat_is_stale(settings):
    health._redis().set(health.HEARTBEAT_KEY, "1000.0")
    assert Client(HTTP_HOST="localhost").get("/healthz").status_code == 503


def test_heartbeat_task_records_a_fresh_beat():
    health._redis().delete(health.HEARTBEAT_KEY)
    health.heartbeat.delay()
    assert Client(HTTP_HOST="localhost").get("/healthz").status_code == 200


def test_a_503_during_boot_is_not_logged_as_a_server_error(caplog):
    health._redis().delete(health.HEARTBEAT_KEY)
    with caplog.at_level("WARNING", logger="django.request"):
        assert Client(HTTP_HOST="localhost").get("/healthz").status_code == 503
    assert [r for r in caplog.records if r.name == "django.request"] == []
