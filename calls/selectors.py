"""Read-side queries for calls, agents and numbers, always inside the current tenant's schema."""

from __future__ import annotations

import re

from django.contrib.postgres.search import SearchQuery
from django.db.models import Q, QuerySet

from calls.models import Agent, Call, CallBooking, FunctionCall, PhoneNumber
from tenants.roles import has_flag

DIGITS = re.compile(r"\D")


def calls_visible_to(*, membership) -> QuerySet[Call]:
    """Every call for members who may see all calls; otherwise their own contacts' and the ones they placed."""
    calls = Call.objects.select_related("contact", "agent", "agent_version", "phone_number")
    if membership is None:
        return calls.none()
    if not has_flag(membership, "can_view_all_calls"):
        calls = calls.filter(Q(contact__owner_id=membership.user_id) | Q(placed_by_id=membership.user_id))
    return calls


def calls_matching(calls: QuerySet[Call], text: str) -> QuerySet[Call]:
    """Full-text search in transcripts and summaries, plus numbers and contact names."""
    text = (text or "").strip()[:200]
    if not text:
        return calls
    condition = Q(search_vector=SearchQuery(text, config="english", search_type="websearch"))
    digits = DIGITS.sub("", text)
    if len(digits) >= 4:
        condition |= (
            Q(from_number__contains=digits) | Q(to_number__contains=digits) | Q(contact__phone__contains=digits)
        )
    for word in text.split()[:3]:
        condition |= Q(contact__first_name__iexact=word) | Q(contact__last_name__iexact=word)
    return calls.filter(condition)


def agents_all() -> QuerySet[Agent]:
    return Agent.objects.select_related("published_version").order_by("name", "id")


def numbers_all() -> QuerySet[PhoneNumber]:
    return PhoneNumber.objects.select_related("inbound_agent", "outbound_agent").order_by("status", "number")


def call_functions(call: Call) -> QuerySet[FunctionCall]:
    if not call.provider_call_id:
        return FunctionCall.objects.none()
    return FunctionCall.objects.filter(provider_call_id=call.provider_call_id).order_by("created_at", "id")


def call_bookings(call: Call) -> QuerySet[CallBooking]:
    if not call.provider_call_id:
        return CallBooking.objects.none()
    return CallBooking.objects.filter(provider_call_id=call.provider_call_id).order_by("start")


def campaign_names(campaign_ids) -> dict[int, str]:
    """Campaign id -> name, for the campaigns these calls were made for (asked of calls.hooks.campaign_labels)."""
    from calls.hooks import campaign_labels

    ids = [pk for pk in campaign_ids if pk]
    names: dict[int, str] = {}
    for labels in campaign_labels if ids else ():
        names.update(labels(ids))
    return names


def plan_usage_counts() -> dict[str, int]:
    """What this tenant has of the things plans limit (for billing's usage meters)."""
    return {
        "agents": Agent.objects.count(),
        "phone_numbers": PhoneNumber.objects.filter(status=PhoneNumber.Status.ACTIVE).count(),
    }
