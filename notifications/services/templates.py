"""Message templates and messaging settings: defaults per vertical, edits, preview."""

from __future__ import annotations

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from notifications import rendering
from notifications.defaults import default_template
from notifications.models import Channel, NotificationSettings, NotificationTemplate, TemplateEvent

MAX_SMS_BODY = 1600


def notification_settings_get() -> NotificationSettings:
    settings_row, _ = NotificationSettings.objects.get_or_create(singleton=True)
    return settings_row


@transaction.atomic
def notification_settings_update(**changes) -> NotificationSettings:
    row = NotificationSettings.objects.select_for_update().get(pk=notification_settings_get().pk)
    errors: dict[str, list[str]] = {}
    if "sms_help_text" in changes:
        text = (changes["sms_help_text"] or "").strip()
        if not text:
            errors["sms_help_text"] = ["Write the reply people get when they text HELP."]
        elif len(text) > 300:
            errors["sms_help_text"] = ["At most 300 characters."]
        else:
            rendering.check(errors, "sms_help_text", text)
        row.sms_help_text = text
    for flag in ("email_enabled", "sms_enabled"):
        if flag in changes:
            setattr(row, flag, bool(changes[flag]))
    if errors:
        raise ValidationError(errors)
    row.save()
    return row


def templates_ensure(*, tenant) -> list[NotificationTemplate]:
    """Every (event, channel) template, creating the vertical's defaults that are missing."""
    existing = {(t.event, t.channel): t for t in NotificationTemplate.objects.all()}
    for event in TemplateEvent.values:
        for channel in Channel.values:
            if (event, channel) in existing:
                continue
            subject, body = default_template(tenant.vertical, event, channel)
            try:
                with transaction.atomic():
                    existing[(event, channel)] = NotificationTemplate.objects.create(
                        event=event, channel=channel, subject=subject, body=body
                    )
            except IntegrityError:
                existing[(event, channel)] = NotificationTemplate.objects.get(event=event, channel=channel)
    return sorted(existing.values(), key=lambda t: (TemplateEvent.values.index(t.event), t.channel))


def template_for(*, tenant, event: str, channel: str) -> NotificationTemplate:
    template = NotificationTemplate.objects.filter(event=event, channel=channel).first()
    if template is None:
        templates_ensure(tenant=tenant)
        template = NotificationTemplate.objects.get(event=event, channel=channel)
    return template


def _validated(channel: str, subject: str, body: str) -> tuple[str, str]:
    errors: dict[str, list[str]] = {}
    subject, body = (subject or "").strip(), (body or "").strip()
    if not body:
        errors["body"] = ["The message cannot be empty."]
    if channel == Channel.EMAIL and not subject:
        errors["subject"] = ["An email needs a subject."]
    if len(subject) > 200:
        errors["subject"] = ["At most 200 characters."]
    if channel == Channel.SMS and len(body) > MAX_SMS_BODY:
        errors["body"] = [f"An SMS can be at most {MAX_SMS_BODY} characters."]
    if "subject" not in errors:
        rendering.check(errors, "subject", subject)
    if "body" not in errors:
        rendering.check(errors, "body", body)
    if errors:
        raise ValidationError(errors)
    return subject, body


@transaction.atomic
def template_update(
    *, template: NotificationTemplate, subject: str | None = None, body: str | None = None, is_active=None
) -> NotificationTemplate:
    template = NotificationTemplate.objects.select_for_update().get(pk=template.pk)
    subject, body = _validated(
        template.channel,
        template.subject if subject is None else subject,
        template.body if body is None else body,
    )
    template.subject = subject if template.channel == Channel.EMAIL else ""
    template.body = body
    if is_active is not None:
        template.is_active = bool(is_active)
    template.save()
    return template


@transaction.atomic
def template_reset(*, template: NotificationTemplate, tenant) -> NotificationTemplate:
    """Back to the default wording for the tenant's vertical."""
    template = NotificationTemplate.objects.select_for_update().get(pk=template.pk)
    template.subject, template.body = default_template(tenant.vertical, template.event, template.channel)
    template.save()
    return template


def sample_context(*, tenant) -> dict[str, str]:
    """Realistic values for previews: tomorrow at 10:00 in the tenant's zone."""
    from notifications.services.delivery import company_phone

    zone = tenant.zone
    start = (timezone.now().astimezone(zone) + timedelta(days=1)).replace(hour=10, minute=0, second=0, microsecond=0)
    base = f"https://{tenant.slug}.example/calendar/guest/sample-link"
    return {
        "guest_name": "Jamie Rivera",
        "appointment_date": rendering.format_date(start, zone),
        "appointment_time": rendering.format_time(start, zone),
        "appointment_type": "Check-up",
        "resource_name": tenant.name,
        "company_name": tenant.name,
        "company_phone": company_phone(tenant) or "(your phone number)",
        "confirm_link": f"{base}/confirm/",
        "reschedule_link": f"{base}/reschedule/",
        "cancel_link": f"{base}/cancel/",
    }


def template_preview(*, tenant, channel: str, subject: str, body: str) -> dict:
    """The template filled with sample values, or the problems that stop it being saved."""
    try:
        subject, body = _validated(channel, subject, body)
    except ValidationError as exc:
        return {"ok": False, "errors": exc.message_dict}
    from notifications.providers.sms import segments_for

    context = sample_context(tenant=tenant)
    rendered_body = rendering.render(body, context)
    return {
        "ok": True,
        "subject": rendering.render(subject, context),
        "body": rendered_body,
        "segments": segments_for(rendered_body) if channel == Channel.SMS else 0,
        "characters": len(rendered_body),
    }
