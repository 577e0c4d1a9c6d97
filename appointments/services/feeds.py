"""Private ICS subscription URLs: one live feed per resource and one for the whole tenant."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from appointments.models import IcsFeed, Resource


def ics_feed_for(*, resource: Resource | None) -> IcsFeed:
    """The live feed of a resource (or of every resource when None), created on first use."""
    feed = IcsFeed.objects.filter(resource=resource, revoked_at__isnull=True).first()
    return feed or IcsFeed.objects.create(resource=resource)


@transaction.atomic
def ics_feed_rotate(*, resource: Resource | None) -> IcsFeed:
    """Revoke the current URL (subscribers stop getting updates) and issue a new one."""
    IcsFeed.objects.filter(resource=resource, revoked_at__isnull=True).update(revoked_at=timezone.now())
    return IcsFeed.objects.create(resource=resource)


def ics_feed_url(*, tenant, feed: IcsFeed) -> str:
    from tenants.services import tenant_url

    return tenant_url(tenant, reverse("appointments:ics_feed", args=[feed.token], urlconf=settings.ROOT_URLCONF))
