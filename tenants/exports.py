"""Data export for a tenant's owner: one ZIP of all the business's data.

Each section (contacts, calls with transcripts, campaigns, appointments,
messages, audit trail, ...) is written twice, as CSV and as JSON, with every
stored column of its table except search indexes and the provider's own
recording URLs (recordings are fetched through signed links, never handed
out). README.md lists every file and column with its meaning, read from the
models. The ZIP is built by a task that reports progress on the DataExport
row; owners download it for DATA_EXPORT_KEEP_DAYS, then the beat sweep
deletes the file. Requests and downloads are audited.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import secrets
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import F
from django.utils import timezone
from django_tenants.utils import schema_context

from tenants.models import DataExport, Tenant, User
from tenants.roles import membership_is_owner

logger = logging.getLogger(__name__)

PROGRESS_EVERY = 2000


@dataclass(frozen=True)
class Section:
    name: str
    model: str
    title: str
    exclude: tuple[str, ...] = ()
    shared: bool = False  # a public table, filtered by tenant


SECTIONS = (
    Section("contacts", "contacts.Contact", "Contacts"),
    Section("contact_notes", "contacts.ContactNote", "Notes on contacts' timelines"),
    Section("contact_consents", "contacts.ConsentRecord", "Consent given or withdrawn, per channel"),
    Section("contact_status_changes", "contacts.StatusChange", "Lead status history"),
    Section(
        "calls",
        "calls.Call",
        "Calls, with transcripts and summaries",
        exclude=("recording_url", "recording_multi_channel_url"),
    ),
    Section("campaigns", "campaigns.Campaign", "Campaigns"),
    Section("campaign_targets", "campaigns.CampaignContact", "Each contact's place in each campaign"),
    Section("campaign_call_attempts", "campaigns.CallAttempt", "Every call attempt a campaign made or skipped"),
    Section("appointments", "appointments.Appointment", "Appointments"),
    Section("messages", "notifications.Notification", "Emails and text messages sent"),
    Section("inbound_messages", "notifications.InboundMessage", "Text messages received"),
    Section("audit_trail", "tenants.AuditEvent", "Security-relevant events (sign-ins, changes)", shared=True),
)


def export_dir() -> Path:
    return Path(settings.DATA_EXPORT_DIR)


def export_path(export: DataExport) -> Path:
    return export_dir() / export.tenant.schema_name / export.file_name


def _columns(section: Section) -> list[models.Field]:
    model = apps.get_model(section.model)
    return [
        field
        for field in model._meta.concrete_fields
        if not isinstance(field, models.GeneratedField) and field.name not in section.exclude
    ]


def _queryset(section: Section, tenant: Tenant):
    model = apps.get_model(section.model)
    queryset = model.objects.all()
    if section.shared:
        queryset = queryset.filter(tenant=tenant)
    return queryset.order_by("pk")


def _plain(value):
    """A JSON-ready value: times as ISO 8601, decimals as strings, ranges as text."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if value is None or isinstance(value, str | int | float | bool | list | dict):
        return value
    return str(value)


def _cell(value) -> str:
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def readme(tenant: Tenant, created_at: datetime) -> str:
    lines = [
        f"# Data export of {tenant.name}",
        "",
        f"Made {created_at:%Y-%m-%d %H:%M} UTC. Every section is here twice: `<name>.csv` (UTF-8, one row per",
        "record, lists and objects as JSON text) and `<name>.json` (an array of objects). Times are ISO 8601",
        "in UTC. Columns ending in `_id` refer to the `id` of another section's rows.",
        "",
    ]
    for section in SECTIONS:
        lines += [f"## {section.name} — {section.title}", "", "| column | meaning |", "|---|---|"]
        for field in _columns(section):
            meaning = str(field.help_text or field.verbose_name).replace("|", "/").replace("\n", " ")
            if field.choices:
                meaning += " (one of: " + ", ".join(str(value) for value, _ in field.flatchoices) + ")"
            lines.append(f"| {field.attname} | {meaning} |")
        lines.append("")
    return "\n".join(lines)


# --- use cases ------------------------------------------------------------------------


def data_export_request(*, tenant: Tenant, membership, ip_address: str | None = None) -> DataExport:
    """Start building an export for an owner; an export already under way is returned instead."""
    from tenants.services import audit_record
    from tenants.tasks import build_data_export
    from voiceplatform.tasks import enqueue_on_commit

    if not membership_is_owner(membership) or not membership.is_active or membership.tenant_id != tenant.pk:
        raise PermissionDenied("Only the workspace's owners can export its data.")
    with transaction.atomic():
        Tenant.objects.select_for_update().get(pk=tenant.pk)
        running = DataExport.objects.filter(
            tenant=tenant, status__in=[DataExport.Status.PENDING, DataExport.Status.RUNNING]
        ).first()
        if running is not None:
            return running
        export = DataExport.objects.create(tenant=tenant, requested_by=membership.user, phase="Waiting to start")
        audit_record(
            action="data_export.requested", tenant=tenant, actor=membership.user, target=export, ip_address=ip_address
        )
        with schema_context(tenant.schema_name):
            enqueue_on_commit(build_data_export, export.pk)
    return export


def data_export_build(*, export_id: int) -> DataExport | None:
    """Write the ZIP for a pending export (claimed first, so a second run does nothing)."""
    claimed = DataExport.objects.filter(pk=export_id, status=DataExport.Status.PENDING).update(
        status=DataExport.Status.RUNNING, phase="Counting"
    )
    if not claimed:
        return None
    export = DataExport.objects.select_related("tenant").get(pk=export_id)
    tenant = export.tenant
    export.file_name = f"{tenant.slug}-data-{timezone.now():%Y%m%d-%H%M%S}-{secrets.token_hex(8)}.zip"
    target = export_path(export)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    try:
        with schema_context(tenant.schema_name):
            progress = _Progress(export.pk, sum(_queryset(section, tenant).count() for section in SECTIONS))
            done = 0
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
                archive.writestr("README.md", readme(tenant, timezone.now()))
                for section in SECTIONS:
                    DataExport.objects.filter(pk=export.pk).update(phase=f"Writing {section.title.lower()}")
                    done += _write_section(archive, section, tenant, progress)
        partial.replace(target)
    except Exception as exc:
        logger.exception("data export %s of %s failed", export_id, tenant.slug)
        partial.unlink(missing_ok=True)
        DataExport.objects.filter(pk=export.pk).update(
            status=DataExport.Status.FAILED, error=str(exc)[:300], phase="", finished_at=timezone.now()
        )
        return DataExport.objects.get(pk=export.pk)
    now = timezone.now()
    DataExport.objects.filter(pk=export.pk).update(
        status=DataExport.Status.READY,
        progress=100,
        phase="",
        file_name=export.file_name,
        size=target.stat().st_size,
        rows=done,
        finished_at=now,
        expires_at=now + timedelta(days=settings.DATA_EXPORT_KEEP_DAYS),
    )
    export.refresh_from_db()
    return export


class _Progress:
    """Rows written to any file, against twice the rows to export (each goes to a CSV and a JSON file)."""

    def __init__(self, export_id: int, rows: int):
        self.export_id, self.units, self.written = export_id, max(1, 2 * rows), 0

    def step(self) -> None:
        self.written += 1
        if self.written % PROGRESS_EVERY == 0:
            self.save()

    def save(self) -> None:
        DataExport.objects.filter(pk=self.export_id).update(progress=min(99, self.written * 100 // self.units))


def _write_section(archive: zipfile.ZipFile, section: Section, tenant: Tenant, progress: _Progress) -> int:
    """Write the section's CSV, then its JSON (a ZIP takes one member at a time); returns its row count."""
    names = [field.attname for field in _columns(section)]

    def rows():
        return _queryset(section, tenant).values_list(*names).iterator(chunk_size=2000)

    count = 0
    with archive.open(f"{section.name}.csv", "w") as member, io.TextIOWrapper(member, "utf-8", newline="") as text:
        writer = csv.writer(text)
        writer.writerow(names)
        for row in rows():
            writer.writerow([_cell(value) for value in row])
            count += 1
            progress.step()
    with archive.open(f"{section.name}.json", "w") as member, io.TextIOWrapper(member, "utf-8") as text:
        text.write("[")
        for index, row in enumerate(rows()):
            text.write(("," if index else "") + "\n" + json.dumps(dict(zip(names, map(_plain, row), strict=True))))
            progress.step()
        text.write("\n]\n")
    progress.save()
    return count


def data_export_for_download(*, export_id: int, tenant: Tenant, membership) -> DataExport:
    """The ready export an owner may download; ValidationError says why not otherwise."""
    if not membership_is_owner(membership):
        raise PermissionDenied("Only the workspace's owners can download its data.")
    export = DataExport.objects.filter(pk=export_id, tenant=tenant).select_related("tenant").first()
    if export is None:
        raise DataExport.DoesNotExist
    if export.status != DataExport.Status.READY or (export.expires_at and export.expires_at <= timezone.now()):
        raise ValidationError("This export is not available any more; request a new one.")
    if not export_path(export).is_file():
        raise ValidationError("This export's file is gone; request a new one.")
    return export


def data_export_downloaded(*, export: DataExport, user: User, ip_address: str | None = None) -> None:
    from tenants.services import audit_record

    DataExport.objects.filter(pk=export.pk).update(download_count=F("download_count") + 1)
    audit_record(
        action="data_export.downloaded",
        tenant=export.tenant,
        actor=user,
        target=export,
        ip_address=ip_address,
        metadata={"file": export.file_name, "size": export.size},
    )


def data_exports_purge(*, now: datetime | None = None) -> int:
    """Beat: delete the files of exports past their expiry; the rows stay as the history of who had what."""
    purged = 0
    due = DataExport.objects.select_related("tenant").filter(
        status=DataExport.Status.READY, expires_at__lte=now or timezone.now()
    )
    for export in due:
        export_path(export).unlink(missing_ok=True)
        purged += DataExport.objects.filter(pk=export.pk, status=DataExport.Status.READY).update(
            status=DataExport.Status.EXPIRED
        )
    return purged


def data_exports_for(*, tenant: Tenant):
    return DataExport.objects.filter(tenant=tenant).select_related("requested_by")[:10]
