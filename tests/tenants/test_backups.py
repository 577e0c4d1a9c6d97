"""Per-tenant backup and restore.

pg_dump reads committed data from its own connection, so these tests run
their bodies in a thread of their own (autocommit, outside the per-test
transaction) on throwaway tenants, dropped afterwards, as
tests/calls/test_live_server.py does. The session's `beta` tenant is the
bystander that must not change.
"""

import functools
import io
import json
import secrets
import tarfile
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection, connections, transaction
from django.utils import timezone
from django_tenants.utils import schema_context, schema_exists

from tenants import backup_restore, backups
from tenants.models import ApiKey, AuditEvent, HookToken, Membership, Tenant, TenantSettings, User
from tenants.services import api_key_create, hook_token_for, tenant_create
from tests.test_isolation import tenant_a_objects

pytestmark = pytest.mark.django_db


def in_thread(fn):
    """Run the test body in its own thread and database connection, so what it writes is committed."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        outcome = {}

        def run():
            try:
                fn(*args, **kwargs)
            except BaseException as exc:  # noqa: BLE001 - re-raised in the test's thread
                outcome["error"] = exc
            finally:
                connections.close_all()

        thread = threading.Thread(target=run)
        thread.start()
        thread.join()
        if "error" in outcome:
            raise outcome["error"]

    return wrapper


def stats(schema: str) -> dict:
    with transaction.atomic(), connection.cursor() as cursor:
        return backups.table_stats(cursor, schema)


def shared_snapshot(tenant_id: int) -> dict:
    """The bystander's rows in every shared table that names a tenant."""
    found = {}
    with connection.cursor() as cursor:
        for key, (model, column) in backups.SHARED_MODELS.items():
            cursor.execute(
                f"SELECT count(*), md5(string_agg(t::text, ',' ORDER BY id)) FROM public.\"{model._meta.db_table}\" t "
                f'WHERE "{column}" = %s',
                [tenant_id],
            )
            found[key] = cursor.fetchone()
    return found


def drop(tenant: Tenant) -> None:
    connection.set_schema_to_public()
    Tenant.objects.get(pk=tenant.pk).delete(force_drop=True)


@pytest.fixture
def committed(tmp_path, settings):
    """make() -> a committed tenant (call it inside an @in_thread test); all are dropped afterwards."""
    settings.TENANT_BACKUP_DIR = tmp_path / "backups"
    settings.MEDIA_ROOT = tmp_path / "media"
    made: list[str] = []

    def make():
        slug = "bk" + secrets.token_hex(3)
        made.append(slug)
        return tenant_create(
            slug=slug, name=f"Backup Clinic {slug}", owner_email=f"owner@{slug}.test", owner_password="pw-123456789"
        )

    make.made = made
    make.bystander = Tenant.objects.get(slug="beta")
    yield make

    @in_thread
    def drop_all():
        for tenant in Tenant.objects.filter(slug__in=made):
            tenant.delete(force_drop=True)
        User.objects.filter(memberships__isnull=True, email__startswith="owner@bk").delete()
        User.objects.filter(email="else@bk.test").delete()

    drop_all()


def populate(tenant: Tenant) -> None:
    """One of every tenant model that has a factory, a few more contacts, shared rows and a file."""
    from tests.appointments.factories import AppointmentFactory
    from tests.calls.factories import CallFactory
    from tests.campaigns.factories import CampaignContactFactory
    from tests.contacts.factories import ContactFactory

    tenant_a_objects(tenant)
    with schema_context(tenant.schema_name):
        for _ in range(5):
            ContactFactory()
        CallFactory()
        CampaignContactFactory()
        AppointmentFactory()
    owner = Membership.objects.get(tenant=tenant).user
    api_key_create(tenant=tenant, user=owner, name="backup test", scope="write")
    hook_token_for(tenant=tenant, purpose="retell")
    TenantSettings.objects.filter(tenant=tenant).update(support_email="desk@clinic.test")
    media = backups.tenant_media_dir(tenant.schema_name) / "logos"
    media.mkdir(parents=True)
    (media / "logo.png").write_bytes(b"\x89PNG fake logo bytes")


def test_every_shared_model_with_a_tenant_key_is_backed_up():
    shared_labels = {app.split(".")[-1] for app in settings.SHARED_APPS}
    covered = {model for model, _ in backups.SHARED_MODELS.values()}
    for model in apps.get_models():
        if model._meta.app_label not in shared_labels or model._meta.app_label in settings.TENANT_APPS:
            continue
        if model._meta.label in backups.NOT_BACKED_UP:
            continue
        if any(getattr(f, "related_model", None) is Tenant and f.concrete for f in model._meta.fields):
            assert model in covered, f"{model.__name__} holds tenant rows but is not in tenants.backups.SHARED_MODELS"


@in_thread
def test_backup_drop_restore_gives_identical_tables_and_leaves_others_alone(committed):
    tenant_b = committed.bystander
    tenant = committed()
    populate(tenant)
    before = stats(tenant.schema_name)
    bystander = (stats(tenant_b.schema_name), shared_snapshot(tenant_b.pk))
    assert before["contacts_contact"]["rows"] >= 5
    for table in ("calls_call", "campaigns_campaign", "appointments_appointment"):
        assert before[table]["rows"] >= 1

    out = io.StringIO()
    call_command("tenant_backup", tenant.slug, stdout=out)
    path = Path(out.getvalue().strip())
    assert path.parent == settings.TENANT_BACKUP_DIR and path.name.endswith(".tar.gz")
    manifest = backups.read_manifest(path)
    assert manifest["tenant"]["slug"] == tenant.slug
    assert manifest["tables"] == before
    assert manifest["counts"]["memberships"] == 1 and manifest["counts"]["media_files"] == 1
    assert manifest["schema_version"]["tenant"]["contacts"]

    original_created_at = Tenant.objects.get(pk=tenant.pk).created_at
    drop(tenant)
    assert not schema_exists(tenant.schema_name)

    out = io.StringIO()
    call_command("tenant_restore", str(path), stdout=out)
    assert "created" in out.getvalue()
    restored = Tenant.objects.get(slug=tenant.slug)
    assert restored.schema_name == tenant.schema_name and restored.created_at == original_created_at
    assert stats(restored.schema_name) == before
    assert Membership.objects.get(tenant=restored).user.email == f"owner@{tenant.slug}.test"
    assert ApiKey.objects.filter(tenant=restored).count() == 1
    assert HookToken.objects.filter(tenant=restored).count() == 1
    assert TenantSettings.objects.get(tenant=restored).support_email == "desk@clinic.test"
    assert restored.domains.get().domain == f"{tenant.slug}.localhost"
    assert AuditEvent.objects.filter(tenant=restored, action="tenant.created").count() == 1
    assert AuditEvent.objects.filter(tenant=restored, action="tenant.restored").exists()
    logo = backups.tenant_media_dir(restored.schema_name) / "logos" / "logo.png"
    assert logo.read_bytes() == b"\x89PNG fake logo bytes"
    assert (stats(tenant_b.schema_name), shared_snapshot(tenant_b.pk)) == bystander


@in_thread
def test_restore_as_a_new_slug_copies_data_but_not_credentials(committed):
    tenant = committed()
    populate(tenant)
    before = stats(tenant.schema_name)
    path = backups.tenant_backup(tenant=tenant)
    new_slug = "bk" + secrets.token_hex(3)
    committed.made.append(new_slug)
    result = backup_restore.tenant_restore(path=path, as_slug=new_slug)
    copy = result.tenant
    assert copy.slug == new_slug and copy.schema_name != tenant.schema_name
    assert stats(copy.schema_name) == before
    assert stats(tenant.schema_name) == before
    assert copy.domains.get().domain == f"{new_slug}.localhost"
    assert not ApiKey.objects.filter(tenant=copy).exists() and not HookToken.objects.filter(tenant=copy).exists()
    assert result.skipped == {"api_keys": 1, "hook_tokens": 1}
    assert Membership.objects.filter(tenant=copy).count() == 1
    assert ApiKey.objects.filter(tenant=tenant).count() == 1


@in_thread
def test_restore_over_the_same_tenant_needs_confirmation_and_rolls_back_changes(committed):
    tenant = committed()
    populate(tenant)
    before = stats(tenant.schema_name)
    path = backups.tenant_backup(tenant=tenant)
    from tests.contacts.factories import ContactFactory

    with schema_context(tenant.schema_name):
        ContactFactory()
    changed = stats(tenant.schema_name)
    assert changed != before

    with pytest.raises(backups.BackupError, match="confirm"):
        backup_restore.tenant_restore(path=path)
    with pytest.raises(CommandError, match="--yes"):
        call_command("tenant_restore", str(path), stdout=io.StringIO())
    assert stats(tenant.schema_name) == changed

    call_command("tenant_restore", str(path), "--yes", stdout=io.StringIO())
    assert stats(tenant.schema_name) == before


@in_thread
def test_restore_never_writes_over_another_tenant(committed):
    tenant_b = committed.bystander
    tenant = committed()
    path = backups.tenant_backup(tenant=tenant)
    bystander = (stats(tenant_b.schema_name), shared_snapshot(tenant_b.pk))
    with pytest.raises(backups.BackupError, match="already exists"):
        backup_restore.tenant_restore(path=path, as_slug=tenant_b.slug, confirm_overwrite=True)
    drop(tenant)
    other = tenant_create(slug=tenant.slug, name="Someone else", owner_email="else@bk.test", owner_password="x-1234567")
    with pytest.raises(backups.BackupError, match="not the one"):
        backup_restore.tenant_restore(path=path, confirm_overwrite=True)
    assert Tenant.objects.get(pk=other.pk).name == "Someone else"
    assert (stats(tenant_b.schema_name), shared_snapshot(tenant_b.pk)) == bystander


def _rewrite(path: Path, target: Path, change) -> Path:
    """Copy the archive, letting `change(name, bytes) -> bytes` alter members."""
    with tarfile.open(path, "r:gz") as source, tarfile.open(target, "w:gz") as sink:
        for member in source:
            data = change(member.name, source.extractfile(member).read())
            member.size = len(data)
            sink.addfile(member, io.BytesIO(data))
    return target


@in_thread
def test_a_tampered_backup_is_refused(committed, tmp_path):
    tenant = committed()
    populate(tenant)
    path = backups.tenant_backup(tenant=tenant)
    drop(tenant)

    def edit_shared(name, data):
        if name != backups.SHARED:
            return data
        shared = json.loads(data)
        shared["rows"]["memberships"][0]["role"] = "owner"
        shared["users"][0]["email"] = "intruder@evil.test"
        return json.dumps(shared).encode()

    forged = _rewrite(path, tmp_path / f"{tenant.slug}-20300101T000000000000Z.tar.gz", edit_shared)
    with pytest.raises(backups.BackupError, match="Checksum mismatch"):
        backup_restore.tenant_restore(path=forged)

    def edit_manifest(name, data):
        if name != backups.MANIFEST:
            return data
        manifest = json.loads(data)
        manifest["tenant"]["slug"] = "bkforged"
        return json.dumps(manifest).encode()

    resigned = _rewrite(path, tmp_path / "x.tar.gz", edit_manifest)
    with pytest.raises(backups.BackupError, match="signature"):
        backup_restore.tenant_restore(path=resigned)
    assert not Tenant.objects.filter(slug__in=[tenant.slug, "bkforged"]).exists()
    assert not schema_exists(tenant.schema_name)
    assert not User.objects.filter(email="intruder@evil.test").exists()


@in_thread
def test_a_backup_of_another_schema_version_is_refused(committed, tmp_path):
    tenant = committed()
    path = backups.tenant_backup(tenant=tenant)
    drop(tenant)

    def older(name, data):
        if name != backups.MANIFEST:
            return data
        manifest = json.loads(data)
        manifest["schema_version"]["tenant"]["contacts"] = "0001_initial"
        manifest["signature"] = backups._sign(manifest)
        return json.dumps(manifest).encode()

    mismatched = _rewrite(path, tmp_path / "old.tar.gz", older)
    with pytest.raises(backups.BackupError, match="schema version"):
        backup_restore.tenant_restore(path=mismatched)
    assert not Tenant.objects.filter(slug=tenant.slug).exists()


def test_retention_keeps_recent_backups_and_each_tenants_newest(tmp_path):
    now = timezone.now()
    names = {
        "old": backups.backup_file_name("alpha", now - timedelta(days=20)),
        "recent": backups.backup_file_name("alpha", now - timedelta(days=2)),
        "only": backups.backup_file_name("beta", now - timedelta(days=40)),
    }
    for name in names.values():
        (tmp_path / name).write_bytes(b"x")
    removed = backups.backups_prune(keep_days=14, directory=tmp_path, now=now)
    assert [p.name for p in removed] == [names["old"]]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([names["recent"], names["only"]])


@in_thread
def test_nightly_backup_is_scheduled_and_backs_up_every_business_tenant(committed, settings):
    from tenants.tasks import backup_nightly

    assert settings.CELERY_BEAT_SCHEDULE["tenants-backup-nightly"]["task"] == "tenants.backup_nightly"
    tenant = committed()
    settings.TENANT_BACKUP_KEEP_DAYS = 7
    count = backup_nightly()
    assert count == Tenant.objects.businesses().count()
    listed = backups.backups_list()
    assert {b.slug for b in listed} >= {tenant.slug, "alpha", "beta"}
    assert all(b.manifest and not b.problem for b in listed)


@in_thread
def test_platform_admin_lists_backups_and_restores_them_audited(committed):
    from django.test import Client

    from tests.factories import UserFactory

    tenant = committed()
    admin_user = UserFactory(email=f"owner@bk-admin-{tenant.slug}.test", is_superuser=True, is_staff=True)
    staff_user = UserFactory(email=f"owner@bk-staff-{tenant.slug}.test", is_staff=True)
    client = Client(HTTP_HOST="localhost")
    client.force_login(admin_user, backend="django.contrib.auth.backends.ModelBackend")

    response = client.post(
        "/admin/tenants/tenant/", {"action": "back_up_tenants", "_selected_action": [tenant.pk]}, follow=True
    )
    assert response.status_code == 200
    (backup,) = backups.backups_list(slug=tenant.slug)
    assert AuditEvent.objects.filter(action="tenant.backup_created", tenant=tenant, actor=admin_user).exists()
    listing = client.get("/admin/tenants/tenant/backups/").content.decode()
    assert backup.path.name in listing

    restore_url = f"/admin/tenants/tenant/backups/{backup.path.name}/restore/"
    assert client.get(restore_url).status_code == 200
    response = client.post(restore_url, {"mode": "replace"})
    assert response.status_code == 200 and "Tick the box" in response.content.decode()
    response = client.post(restore_url, {"mode": "new", "new_slug": "beta"})
    assert "already exists" in response.content.decode()
    assert AuditEvent.objects.filter(action="tenant.restore_refused", actor=admin_user).exists()

    new_slug = "bk" + secrets.token_hex(3)
    committed.made.append(new_slug)
    response = client.post(restore_url, {"mode": "new", "new_slug": new_slug})
    copy = Tenant.objects.get(slug=new_slug)
    assert response.status_code == 302 and response["Location"].endswith(f"/tenant/{copy.pk}/change/")
    event = AuditEvent.objects.get(action="tenant.restored", tenant=copy)
    assert event.actor == admin_user and event.metadata["from_tenant"] == tenant.slug

    staff = Client(HTTP_HOST="localhost")
    staff.force_login(staff_user, backend="django.contrib.auth.backends.ModelBackend")
    assert staff.get("/admin/tenants/tenant/backups/").status_code in (302, 403)
    assert staff.post(restore_url, {"mode": "new", "new_slug": "bkstaff"}).status_code in (302, 403)
    assert not Tenant.objects.filter(slug="bkstaff").exists()
    assert [p.name for p in backups.backup_dir().iterdir()] == [backup.path.name]
