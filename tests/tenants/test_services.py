import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django_tenants.utils import schema_exists

from tenants.models import AuditEvent, Domain, Membership, Tenant
from tenants.services import tenant_activate, tenant_create, tenant_suspend

pytestmark = pytest.mark.django_db


def test_create_tenant_makes_schema_domain_owner_and_audit():
    tenant = tenant_create(
        slug="gamma-care",
        name="Gamma Care",
        owner_email="Boss@Gamma.test",
        owner_password="pw-long-enough-1",
        vertical="medical",
        timezone_name="Europe/Paris",
    )
    assert tenant.schema_name == "t_gamma_care"
    assert schema_exists("t_gamma_care")
    assert Domain.objects.get(tenant=tenant).domain == "gamma-care.localhost"
    owner = Membership.objects.get(tenant=tenant)
    assert owner.role == "owner" and owner.user.email == "boss@gamma.test"
    assert owner.user.check_password("pw-long-enough-1")
    assert AuditEvent.objects.filter(action="tenant.created", tenant=tenant).exists()


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"slug": "Bad Slug"}, "slug"),
        ({"slug": "ab"}, "slug"),
        ({"slug": "admin"}, "slug"),
        ({"slug": "alpha"}, "slug"),
        ({"name": ""}, "name"),
        ({"owner_email": "not-an-email"}, "owner_email"),
        ({"vertical": "spaceships"}, "vertical"),
        ({"timezone_name": "Nowhere/Land"}, "timezone"),
        ({"business_hours": {"mon": [["17:00", "09:00"]]}}, "business_hours"),
    ],
)
def test_create_tenant_rejects_bad_input_and_creates_nothing(kwargs, field):
    args = {
        "slug": "delta",
        "name": "Delta",
        "owner_email": "d@delta.test",
        "vertical": "other",
        "timezone_name": "UTC",
        **kwargs,
    }
    count = Tenant.objects.count()
    with pytest.raises(ValidationError) as excinfo:
        tenant_create(**args)
    assert field in excinfo.value.message_dict
    assert Tenant.objects.count() == count
    assert not schema_exists("t_delta")


def test_existing_user_becomes_owner_of_a_second_tenant(owner_a):
    tenant = tenant_create(slug="epsilon", name="Epsilon", owner_email=owner_a.user.email)
    assert Membership.objects.filter(user=owner_a.user).count() == 2
    assert tenant.memberships.get().role == "owner"


def test_suspend_and_activate_are_recorded(tenant_a):
    tenant_suspend(tenant=tenant_a, reason="chargeback")
    tenant_a.refresh_from_db()
    assert tenant_a.status == "suspended" and tenant_a.suspended_reason == "chargeback"
    tenant_activate(tenant=tenant_a)
    tenant_a.refresh_from_db()
    assert tenant_a.status == "active" and tenant_a.suspended_at is None
    actions = list(AuditEvent.objects.filter(tenant=tenant_a).values_list("action", flat=True))
    assert "tenant.suspended" in actions and "tenant.activated" in actions


def test_database_rejects_unknown_status(tenant_a):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Tenant.objects.filter(pk=tenant_a.pk).update(status="deleted")


def test_cloned_schema_matches_the_template(tenant_a):
    """Tables, columns, constraint and index names of a clone equal the template's."""

    def catalogue(schema):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT table_name, column_name, data_type, is_nullable, column_default IS NOT NULL "
                "FROM information_schema.columns WHERE table_schema = %s ORDER BY 1, 2",
                [schema],
            )
            columns = cursor.fetchall()
            cursor.execute(
                "SELECT cl.relname, con.conname, con.contype FROM pg_constraint con "
                "JOIN pg_class cl ON cl.oid = con.conrelid JOIN pg_namespace n ON n.oid = cl.relnamespace "
                "WHERE n.nspname = %s ORDER BY 1, 2",
                [schema],
            )
            constraints = cursor.fetchall()
            cursor.execute("SELECT tablename, indexname FROM pg_indexes WHERE schemaname = %s ORDER BY 1, 2", [schema])
            indexes = cursor.fetchall()
            cursor.execute(f'SELECT app, name FROM "{schema}".django_migrations ORDER BY 1, 2')
            migrations = cursor.fetchall()
        return columns, constraints, indexes, migrations

    assert catalogue(tenant_a.schema_name) == catalogue("tenant_template")


def test_create_tenant_command(capsys):
    from django.core.management import call_command

    call_command(
        "create_tenant",
        "zeta",
        "--name",
        "Zeta Law",
        "--owner-email",
        "z@zeta.test",
        "--vertical",
        "legal",
        "--timezone",
        "America/New_York",
    )
    assert "zeta.localhost" in capsys.readouterr().out
    assert Tenant.objects.get(slug="zeta").vertical == "legal"


def test_create_api_key_command_prints_only_the_key(capsys, owner_a, api):
    from django.core.management import call_command

    call_command("create_api_key", "alpha", "--email", owner_a.user.email, "--scope", "write")
    key = capsys.readouterr().out.strip()
    assert key.startswith("vp_") and "\n" not in key
    assert api(tenant=owner_a.tenant, key=key).get("/api/v1/me").status_code == 200
