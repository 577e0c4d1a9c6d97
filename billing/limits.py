"""Plan limits: the one place apps ask whether a tenant may create or use one more of something.

    from billing import limits
    limits.check(tenant, "agents", used=Agent.objects.count())   # raises LimitExceeded

Counted things (agents, phone numbers, knowledge pages) are counted by the
app that owns them and passed as `used`; metered things (chat messages and
voice minutes this month) billing counts itself from its usage records.
LimitExceeded is a ValidationError, so the API answers 400 with the error
envelope and portal forms show the message.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db.models import Sum
from django.utils import timezone

from billing.models import BillingAccount, Plan, UsageRecord
from voiceplatform.plugins import Registry

# Apps that own limited things register a function `() -> {resource: count}` run in the tenant's schema;
# the portal's meters ask them all (billing never reads their tables itself).
usage_counters = Registry("billing.usage_counters")

RESOURCES = {
    "agents": ("max_agents", "agents"),
    "phone_numbers": ("max_phone_numbers", "phone numbers"),
    "knowledge_pages": ("max_knowledge_pages", "knowledge pages"),
    "chat_messages": ("max_chat_messages", "chat messages this month"),
    "voice_minutes": ("max_voice_minutes", "voice minutes this month"),
}
METERED = {"chat_messages": UsageRecord.Kind.CHAT, "voice_minutes": UsageRecord.Kind.CALL}
SUBSCRIBED = ("active", "trialing", "past_due")


class LimitExceeded(ValidationError):
    def __init__(self, resource: str, message: str):
        super().__init__({"limit": [message]}, code="limit_exceeded")
        self.resource = resource
        self.reason = message


@dataclass(frozen=True)
class Meter:
    resource: str
    label: str
    used: int | None
    limit: int | None

    @property
    def percent(self) -> int:
        if not self.limit or self.used is None:
            return 0
        return min(100, round(100 * self.used / self.limit))


def month_start(now=None):
    now = timezone.localtime(now or timezone.now(), timezone.get_default_timezone())
    return now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def metered_usage(tenant, resource: str, now=None) -> int:
    kind = METERED[resource]
    total = (
        UsageRecord.objects.filter(tenant=tenant, kind=kind, occurred_at__gte=month_start(now)).aggregate(
            total=Sum("quantity")
        )["total"]
        or 0
    )
    return total // 60 if resource == "voice_minutes" else total


def is_subscribed(account: BillingAccount) -> bool:
    return bool(account.stripe_subscription_id) and account.subscription_status in SUBSCRIBED


def trial_expired(account: BillingAccount, now=None) -> bool:
    if is_subscribed(account) or account.trial_ends_at is None:
        return False
    return account.trial_ends_at <= (now or timezone.now())


def plan_of(tenant) -> tuple[BillingAccount, Plan | None]:
    from billing.services.ledger import account_for

    account = account_for(tenant)
    return account, account.plan


def overage_allowed(account: BillingAccount, plan: Plan | None) -> bool:
    return bool(plan and plan.metered_overage and is_subscribed(account) and account.stripe_customer_id)


def check(tenant, resource: str, *, used: int | None = None, adding: int = 1) -> None:
    """Raise LimitExceeded when `adding` more of `resource` would pass the tenant's plan."""
    if resource not in RESOURCES:
        raise ValueError(f"unknown limited resource {resource!r}")
    account, plan = plan_of(tenant)
    if trial_expired(account):
        name = plan.name if plan else "trial"
        raise LimitExceeded(resource, f"The {name} trial has ended: choose a plan on the billing page to go on.")
    if plan is None:
        return
    field, label = RESOURCES[resource]
    limit = getattr(plan, field)
    if limit is None:
        return
    if resource == "voice_minutes" and overage_allowed(account, plan):
        return
    if used is None:
        if resource not in METERED:
            raise ValueError(f"pass used= for {resource}")
        used = metered_usage(tenant, resource)
    if used + adding > limit:
        raise LimitExceeded(
            resource,
            f"The {plan.name} plan allows {limit} {label} and {used} are in use. Upgrade the plan on the billing page.",
        )


def counted_usage(tenant) -> dict[str, int]:
    from django_tenants.utils import schema_context

    counted: dict[str, int] = {}
    with schema_context(tenant.schema_name):
        for counter in usage_counters:
            counted.update(counter())
    return counted


def meters(tenant, counted: dict[str, int] | None = None) -> list[Meter]:
    """Usage against the plan for the portal: metered things counted here, others by the apps that own them."""
    _, plan = plan_of(tenant)
    counted = counted if counted is not None else counted_usage(tenant)
    result = []
    for resource, (field, label) in RESOURCES.items():
        used = metered_usage(tenant, resource) if resource in METERED else counted.get(resource)
        result.append(Meter(resource, label, used, getattr(plan, field) if plan else None))
    return result
