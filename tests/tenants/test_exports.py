"""The owner's data export: a ZIP of every section as CSV and JSON, owners only, 7 days, audited."""

import csv
import io
import json
import zipfile
from datetime import timedelta

import pytest
from django.utils import timezone

from tenants import exports
from tenants.models import AuditEvent, DataExport
from tests.appointments.factories import AppointmentFactory
from tests.calls.factories import CallFactory
from tests.campaigns.factories import CampaignContactFactory
from tests.contacts.factories import ContactFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def export_folder(settings, tmp_path):
    settings.DATA_EXPORT_DIR = tmp_path / "exports"
    return settings.DATA_EXPORT_DIR


@pytest.fixture
def data_a(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact = ContactFactory(first_name="Ada", last_name="Lovelace", tags=["vip"])
        call = CallFactory(contact=contact, transcript="Agent: Hello Ada.\nUser: I'd like a check-up.")
        CampaignContactFactory(contact=contact)
        AppointmentFactory(contact=contact)
    return {"contact": contact, "call": call}


@pytest.fixture
def data_b(tenant_b, in_tenant):
    with in_tenant(tenant_b):
        return ContactFactory(first_name="Bertha", last_name="Other-Tenant")


def request_export(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return client.post("/settings/export/")


def zip_of(response) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_owner_requests_and_downloads_a_zip_of_all_the_data(
    portal, owner_a, data_a, data_b, django_capture_on_commit_callbacks
):
    client = portal(owner_a)
    assert "Export all your data" in client.get("/settings/").content.decode()
    response = request_export(client, django_capture_on_commit_callbacks)
    assert response.status_code == 302 and response["Location"] == "/settings/export/"
    export = DataExport.objects.get(tenant=owner_a.tenant)
    assert export.status == "ready" and export.progress == 100 and export.rows >= 4
    assert export.expires_at - export.finished_at == timedelta(days=7)

    page = client.get("/settings/export/").content.decode()
    assert f"/settings/export/{export.pk}/download/" in page and "every 1s" not in page

    response = client.get(f"/settings/export/{export.pk}/download/")
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    assert response["Cache-Control"] == "no-store"
    archive = zip_of(response)
    names = set(archive.namelist())
    for section in exports.SECTIONS:
        assert {f"{section.name}.csv", f"{section.name}.json"} <= names
    readme = archive.read("README.md").decode()
    assert "| transcript |" in readme and "| first_name |" in readme

    contacts = list(csv.DictReader(io.StringIO(archive.read("contacts.csv").decode())))
    assert [(c["first_name"], c["last_name"]) for c in contacts] == [("Ada", "Lovelace")]
    assert json.loads(contacts[0]["tags"]) == ["vip"]
    assert "search_vector" not in contacts[0]
    calls = json.loads(archive.read("calls.json"))
    assert calls[0]["transcript"].startswith("Agent: Hello Ada.")
    assert "recording_url" not in calls[0]
    assert len(json.loads(archive.read("appointments.json"))) == 1
    assert len(json.loads(archive.read("campaign_targets.json"))) == 1
    audit = json.loads(archive.read("audit_trail.json"))
    assert any(event["action"] == "data_export.requested" for event in audit)
    assert all(event["tenant_id"] == owner_a.tenant_id for event in audit)
    assert b"Other-Tenant" not in b"".join(archive.read(name) for name in names)

    assert AuditEvent.objects.filter(action="data_export.requested", actor=owner_a.user).count() == 1
    assert AuditEvent.objects.filter(action="data_export.downloaded", actor=owner_a.user).count() == 1
    assert DataExport.objects.get(pk=export.pk).download_count == 1


def test_only_owners_may_export(portal, admin_a, owner_a, django_capture_on_commit_callbacks):
    client = portal(admin_a)
    assert "Export all your data" not in client.get("/settings/").content.decode()
    assert client.get("/settings/export/").status_code == 403
    assert request_export(client, django_capture_on_commit_callbacks).status_code == 403
    assert not DataExport.objects.exists()

    request_export(portal(owner_a), django_capture_on_commit_callbacks)
    export = DataExport.objects.get()
    assert client.get(f"/settings/export/{export.pk}/download/").status_code == 403


def test_another_tenants_owner_cannot_download(portal, owner_a, owner_b, django_capture_on_commit_callbacks):
    request_export(portal(owner_a), django_capture_on_commit_callbacks)
    export = DataExport.objects.get()
    other = portal(owner_b)
    assert other.get(f"/settings/export/{export.pk}/download/").status_code == 404
    other.defaults["HTTP_HOST"] = "alpha.localhost"
    assert other.get(f"/settings/export/{export.pk}/download/").status_code == 403
    assert not AuditEvent.objects.filter(action="data_export.downloaded").exists()


def test_progress_is_polled_while_the_export_is_built(portal, owner_a, data_a):
    export = DataExport.objects.create(
        tenant=owner_a.tenant, requested_by=owner_a.user, status="running", progress=40, phase="Writing calls"
    )
    client = portal(owner_a)
    page = client.get("/settings/export/").content.decode()
    assert 'hx-trigger="every 1s"' in page and "40%" in page
    fragment = client.get("/settings/export/", HTTP_HX_REQUEST="true").content.decode()
    assert fragment.lstrip().startswith('<section class="card" id="export-list"') and "Writing calls" in fragment

    DataExport.objects.filter(pk=export.pk).update(status="pending", progress=0)
    exports.data_export_build(export_id=export.pk)
    export.refresh_from_db()
    assert export.status == "ready"
    fragment = client.get("/settings/export/", HTTP_HX_REQUEST="true").content.decode()
    assert "every 1s" not in fragment and "Download ZIP" in fragment


def test_a_second_request_while_building_returns_the_same_export(owner_a):
    first = exports.data_export_request(tenant=owner_a.tenant, membership=owner_a)
    second = exports.data_export_request(tenant=owner_a.tenant, membership=owner_a)
    assert first.pk == second.pk and DataExport.objects.count() == 1
    assert exports.data_export_build(export_id=first.pk).status == "ready"
    assert exports.data_export_build(export_id=first.pk) is None


def test_exports_expire_after_seven_days_and_the_sweep_deletes_the_file(
    portal, owner_a, settings, django_capture_on_commit_callbacks
):
    from tenants.tasks import purge_data_exports

    assert settings.CELERY_BEAT_SCHEDULE["tenants-purge-data-exports"]["task"] == "tenants.purge_data_exports"
    client = portal(owner_a)
    request_export(client, django_capture_on_commit_callbacks)
    export = DataExport.objects.get()
    path = exports.export_path(export)
    assert path.is_file()
    assert purge_data_exports() == 0 and path.is_file()

    DataExport.objects.filter(pk=export.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    response = client.get(f"/settings/export/{export.pk}/download/")
    assert response.status_code == 302
    assert purge_data_exports() == 1
    assert not path.exists()
    assert DataExport.objects.get(pk=export.pk).status == "expired"
    assert client.get(f"/settings/export/{export.pk}/download/").status_code == 302


def test_a_failing_build_is_marked_failed_and_shown(portal, owner_a, monkeypatch):
    export = DataExport.objects.create(tenant=owner_a.tenant, requested_by=owner_a.user)

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(exports, "_write_section", broken)
    assert exports.data_export_build(export_id=export.pk).status == "failed"
    page = portal(owner_a).get("/settings/export/").content.decode()
    assert "Failed" in page and "disk full" in page
    assert not any(exports.export_dir().rglob("*.zip"))


def test_the_api_starts_an_export_reports_progress_and_serves_the_zip(api, owner_a, admin_a, data_a, run_on_commit):
    client = api(owner_a)
    with run_on_commit():
        response = client.post("/api/v1/exports/", format="json")
    assert response.status_code == 202, response.content
    export_id = response.json()["id"]
    detail = client.get(f"/api/v1/exports/{export_id}/").json()
    assert detail["status"] == "ready" and detail["progress"] == 100 and detail["requested_by"] == owner_a.user.email
    assert [e["id"] for e in client.get("/api/v1/exports/").json()["results"]] == [export_id]
    download = client.get(f"/api/v1/exports/{export_id}/download/")
    assert download.status_code == 200 and download["Content-Type"] == "application/zip"
    assert "contacts.csv" in zip_of(download).namelist()
    assert AuditEvent.objects.filter(action="data_export.downloaded", actor=owner_a.user).exists()

    DataExport.objects.filter(pk=export_id).update(expires_at=timezone.now() - timedelta(minutes=1))
    expired = client.get(f"/api/v1/exports/{export_id}/download/")
    assert expired.status_code == 409 and expired.json()["error"]["code"] == "not_available"

    admin = api(admin_a)
    assert admin.get("/api/v1/exports/").status_code == 403
    assert admin.post("/api/v1/exports/", format="json").status_code == 403
    assert admin.get(f"/api/v1/exports/{export_id}/download/").status_code == 403
    assert api(owner_a, scope="read").post("/api/v1/exports/", format="json").status_code == 403


def test_another_tenants_exports_are_invisible_through_the_api(api, owner_a, owner_b, run_on_commit):
    with run_on_commit():
        export = exports.data_export_request(tenant=owner_a.tenant, membership=owner_a)
    client = api(owner_b)
    assert client.get("/api/v1/exports/").json()["results"] == []
    assert client.get(f"/api/v1/exports/{export.pk}/").status_code == 404
    assert client.get(f"/api/v1/exports/{export.pk}/download/").status_code == 404
