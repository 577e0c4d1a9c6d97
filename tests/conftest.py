"""Shared fixtures. Two tenants exist in every test, so isolation is always in play.

`alpha` and `beta` (with their schemas) are created once per test session,
outside the per-test transactions; everything a test creates is rolled back.
"""

import contextlib
import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.test import Client
from django_tenants.utils import schema_context
from rest_framework.test import APIClient

from knowledge.demo_sites.serve import HERE as DEMO_SITES
from tenants import host_cache
from tenants.models import Tenant
from tenants.services import ensure_public_tenant, ensure_template_tenant, tenant_create
from tests.factories import MembershipFactory, UserFactory, api_key_for

PASSWORD = "correct-horse-battery-9"


def _drop_test_database_with_force(self, test_database_name, verbosity):
    """Django's drop, with PostgreSQL's FORCE: a session some thread left behind cannot fail the whole run."""
    with self._nodb_cursor() as cursor:
        cursor.execute(f"DROP DATABASE {self.connection.ops.quote_name(test_database_name)} WITH (FORCE)")


@pytest.fixture(scope="session")
def django_db_setup(request, django_test_environment, django_db_blocker):
    """The test database, always: pytest-django's own fixture creates it only when a test in the run
    asks for `db`, so browser and multi-process tests run on their own would reach the development database."""
    from django.db.backends.postgresql.creation import DatabaseCreation
    from django.test.utils import setup_databases, teardown_databases

    DatabaseCreation._destroy_test_db = _drop_test_database_with_force
    verbosity = request.config.option.verbose
    with django_db_blocker.unblock():
        databases = setup_databases(verbosity=verbosity, interactive=False, aliases={"default"})
        ensure_public_tenant()
        ensure_template_tenant()
        for slug, name, tz in (
            ("alpha", "Alpha Dental", "Europe/London"),
            ("beta", "Beta Plumbing", "America/Chicago"),
        ):
            if not Tenant.objects.filter(slug=slug).exists():
                tenant_create(
                    slug=slug,
                    name=name,
                    owner_email=f"founder@{slug}.test",
                    owner_password=PASSWORD,
                    vertical="other",
                    timezone_name=tz,
                )
    yield
    # Threads that served live requests or ran a worker may still hold idle
    # connections; end them so the test database can be dropped.
    # A thread that reconnects after this is ended by the forced drop (_drop_test_database_with_force).
    others = "FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
    with django_db_blocker.unblock():
        # Start from a fresh connection whatever state a test left this one in.
        with contextlib.suppress(DatabaseError):
            connection.close()
        _end_other_sessions(others)
        connection.close()
        teardown_databases(databases, verbosity=verbosity)


def _end_other_sessions(others: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT pg_terminate_backend(pid) {others}")
        for _ in range(100):
            cursor.execute(f"SELECT count(*) {others}")
            if cursor.fetchone()[0] == 0:
                break
            cursor.execute("SELECT pg_sleep(0.05)")


@pytest.fixture(scope="session", autouse=True)
def _celery_eager():
    from voiceplatform.celery import app

    app.conf.task_always_eager = True
    app.conf.task_eager_propagates = True
    yield


@pytest.fixture(autouse=True)
def _public_schema_between_tests():
    cache.clear()
    host_cache.clear()  # a tenant row cached by one test may have been rolled back since
    connection.set_schema_to_public()
    yield
    connection.set_schema_to_public()


@pytest.fixture
def tenant_a(db):
    return Tenant.objects.get(slug="alpha")


@pytest.fixture
def tenant_b(db):
    return Tenant.objects.get(slug="beta")


@pytest.fixture
def in_tenant():
    """`with in_tenant(tenant):` runs ORM calls inside that tenant's schema."""
    return lambda tenant: schema_context(tenant.schema_name)


def _member(tenant, role, **kwargs):
    user = UserFactory(password=PASSWORD)
    return MembershipFactory(user=user, tenant=tenant, role=role, **kwargs)


@pytest.fixture
def owner_a(tenant_a):
    return _member(tenant_a, "owner")


@pytest.fixture
def admin_a(tenant_a):
    return _member(tenant_a, "admin")


@pytest.fixture
def manager_a(tenant_a):
    return _member(tenant_a, "manager")


@pytest.fixture
def agent_a(tenant_a):
    return _member(tenant_a, "agent")


@pytest.fixture
def viewer_a(tenant_a):
    return _member(tenant_a, "viewer")


@pytest.fixture
def owner_b(tenant_b):
    return _member(tenant_b, "owner")


def host_of(tenant) -> str:
    return f"{tenant.slug}.localhost"


@pytest.fixture
def portal():
    """portal(membership) -> a Django test client signed in on that tenant's host."""

    def make(membership=None, tenant=None):
        tenant = tenant or membership.tenant
        client = Client(HTTP_HOST=host_of(tenant))
        if membership is not None:
            client.force_login(membership.user, backend="django.contrib.auth.backends.ModelBackend")
        return client

    return make


@pytest.fixture
def api():
    """api(membership, scope="write", tenant=None) -> an APIClient using a real API key."""

    def make(membership=None, scope="write", tenant=None, key=None):
        tenant = tenant or membership.tenant
        client = APIClient(HTTP_HOST=host_of(tenant))
        if key is None and membership is not None:
            key = api_key_for(membership, scope=scope)
        if key is not None:
            client.credentials(HTTP_AUTHORIZATION=f"Bearer {key}")
        return client

    return make


@pytest.fixture
def public_client(db):
    return Client(HTTP_HOST="localhost")


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    """`with run_on_commit():` runs on-commit work (tasks, hooks) when the block ends, as a commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


class _QuietFiles(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def demo_site(settings):
    """The bundled dental demo website on 127.0.0.1, which the crawler is allowed to read."""
    handler = functools.partial(_QuietFiles, directory=str(DEMO_SITES / "dental"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    settings.CRAWLER_ALLOWED_ORIGINS = [origin]
    settings.CRAWLER_DELAY_SECONDS = 0.0
    yield origin
    server.shutdown()
    server.server_close()
