"""Celery tasks of the campaigns app: thin, id-based, safe to run twice."""

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.db import connection
from django_tenants.utils import schema_context

from campaigns import services


def _tenant():
    from tenants.models import Tenant

    return Tenant.objects.filter(schema_name=connection.schema_name).first()


@shared_task(name="campaigns.dispatch_ticks", ignore_result=True)
def dispatch_ticks() -> None:
    """Beat: one dialer tick per active tenant, each in its own schema (stale ticks expire unrun)."""
    from tenants.models import Tenant

    expires = max(1.0, settings.CAMPAIGN_TICK_SECONDS * 2)
    for schema_name in Tenant.objects.businesses().filter(status="active").values_list("schema_name", flat=True):
        with schema_context(schema_name):
            tick.apply_async(expires=expires, headers={"_schema_name": schema_name})


@shared_task(name="campaigns.tick", ignore_result=True)
def tick() -> None:
    tenant = _tenant()
    if tenant is not None and tenant.is_active:
        services.dialer_tick(tenant=tenant)


@shared_task(name="campaigns.place_attempt", acks_late=True, ignore_result=True)
def place_attempt(attempt_id: int) -> None:
    tenant = _tenant()
    if tenant is not None:
        services.attempt_place(tenant=tenant, attempt_id=attempt_id)


@shared_task(name="campaigns.finish_attempt", acks_late=True, ignore_result=True)
def finish_attempt(attempt_id: int, call_id: int) -> None:
    tenant = _tenant()
    if tenant is not None:
        services.attempt_finish(tenant=tenant, attempt_id=attempt_id, call_id=call_id)


@shared_task(name="campaigns.reminders_resync", ignore_result=True)
def reminders_resync() -> None:
    tenant = _tenant()
    if tenant is not None:
        services.reminders_resync(tenant=tenant)


@shared_task(name="campaigns.send_alert_email", ignore_result=True)
def send_alert_email(alert_id: int) -> None:
    """Tell the tenant's owners and admins that a campaign stopped itself."""
    from campaigns.models import CampaignAlert
    from tenants.models import Membership
    from tenants.services import tenant_url

    tenant = _tenant()
    alert = CampaignAlert.objects.select_related("campaign").filter(pk=alert_id).first()
    if tenant is None or alert is None:
        return
    recipients = list(
        Membership.objects.filter(tenant=tenant, role__in=["owner", "admin"], status="active").values_list(
            "user__email", flat=True
        )
    )
    if not recipients:
        return
    link = tenant_url(tenant, f"/campaigns/{alert.campaign_id}/")
    send_mail(
        subject=f"Campaign paused: {alert.campaign.name}",
        message=f"{alert.message}\n\nOpen the campaign: {link}\n",
        from_email=None,
        recipient_list=recipients,
    )
