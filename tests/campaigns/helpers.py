"""Building blocks for campaign tests."""

from datetime import UTC, datetime

from campaigns import services
from tests.contacts.factories import ContactFactory


def utc(*args):
    return datetime(*args, tzinfo=UTC)


def london_contacts(count, *, tag="spring", start=0, **extra):
    return [ContactFactory(phone=f"+4420794{start + i:05d}", tags=[tag], **extra) for i in range(count)]


def chicago_contacts(count, *, tag="spring", start=0, **extra):
    return [ContactFactory(phone=f"+1312555{start + i:04d}", tags=[tag], **extra) for i in range(count)]


def running_campaign(*, agent=None, tag="spring", **data):
    campaign = services.campaign_create(
        data={
            "name": data.pop("name", "Spring offer"),
            "audience": {"tags": [tag]},
            "agent": agent and agent.pk,
            **data,
        }
    )
    return services.campaign_start(campaign=campaign)


def tick(tenant, run_on_commit):
    with run_on_commit():
        return services.dialer_tick(tenant=tenant)
