"""The team's review tools: comments on calls with @mentions, assigning a call or lead to a
member, and a leaderboard of handled follow-ups and conversions."""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from analytics.filters import Filters
from analytics.models import Assignment, CallComment
from analytics.rollups import day_bounds, tenant_zone
from calls.models import Call
from contacts.models import Contact, LeadStatus
from tenants.models import Membership
from voiceplatform import events
from voiceplatform.tasks import current_tenant

MENTION = re.compile(r"(?<![\w.])@([\w.+-]+(?:@[\w-]+(?:\.[\w-]+)+)?)")
MAX_COMMENT = 5000
CONVERTED = (LeadStatus.QUALIFIED, LeadStatus.CONVERTED)


def team_members():
    """Active members of the current tenant, with their users."""
    tenant = current_tenant()
    return (
        Membership.objects.filter(tenant=tenant, status=Membership.Status.ACTIVE)
        .select_related("user")
        .order_by("user__email")
    )


def mentioned_members(body: str) -> list[Membership]:
    """Members named as @email or @name-before-the-@ (case-insensitive)."""
    handles = {handle.lower().rstrip(".") for handle in MENTION.findall(body)}
    if not handles:
        return []
    return [
        member
        for member in team_members()
        if member.user.email.lower() in handles or member.user.email.lower().split("@")[0] in handles
    ]


@transaction.atomic
def comment_add(*, call: Call, author, body: str) -> CallComment:
    body = (body or "").strip()
    if not body:
        raise ValidationError({"body": ["Write a comment."]})
    if len(body) > MAX_COMMENT:
        raise ValidationError({"body": [f"A comment is at most {MAX_COMMENT} characters."]})
    mentioned = mentioned_members(body)
    comment = CallComment.objects.create(
        call=call,
        author=author,
        author_label=author.email,
        body=body,
        mentioned_user_ids=[member.user_id for member in mentioned],
    )
    if mentioned:
        names = ", ".join(member.user.email for member in mentioned)
        events.publish(
            events.StaffAlert(
                type="review_required",
                title=f"{author.email} asked {names} to review call #{call.pk}",
                message=body[:500],
                required_action="Review the call and reply in its comments.",
                contact_id=call.contact_id,
                call_id=call.pk,
                link=f"/calls/{call.pk}/",
                dedupe_key=f"call-comment:{comment.pk}",
            )
        )
    return comment


def _member(user_id) -> Membership:
    member = team_members().filter(user_id=user_id).first() if str(user_id).isdigit() else None
    if member is None:
        raise ValidationError({"assignee": ["Choose an active member of this workspace."]})
    return member


@transaction.atomic
def assignment_set(*, kind: str, object_id: int, assignee_id, by) -> Assignment:
    """Give a call or a lead to a member (replacing an earlier assignment of the same object)."""
    if kind not in Assignment.Kind.values:
        raise ValidationError({"kind": ["Assign a call or a lead."]})
    member = _member(assignee_id)
    if kind == Assignment.Kind.CALL:
        call = Call.objects.filter(pk=object_id).only("contact_id").first()
        if call is None:
            raise ValidationError({"object_id": ["No such call."]})
        contact_id = call.contact_id
    else:
        if not Contact.objects.filter(pk=object_id, erased_at__isnull=True).exists():
            raise ValidationError({"object_id": ["No such lead."]})
        contact_id = object_id
    assignment, _ = Assignment.objects.update_or_create(
        kind=kind,
        object_id=object_id,
        defaults={
            "assignee_id": member.user_id,
            "assigned_by_label": by.email,
            "contact_id": contact_id,
            "done_at": None,
            "created_at": timezone.now(),
        },
    )
    return assignment


def assignment_done(*, assignment: Assignment) -> Assignment:
    Assignment.objects.filter(pk=assignment.pk, done_at__isnull=True).update(done_at=timezone.now())
    assignment.refresh_from_db()
    return assignment


def leaderboard(filters: Filters) -> list[dict]:
    """Members by follow-ups done in the period, then by their assigned leads now qualified or converted."""
    zone = tenant_zone()
    lo, _ = day_bounds(filters.start, zone)
    _, hi = day_bounds(filters.end, zone)
    converted_ids = Contact.objects.filter(status__in=CONVERTED).values("pk")
    rows = {
        row["assignee_id"]: row
        for row in Assignment.objects.values("assignee_id")
        .annotate(
            open=Count("id", filter=Q(done_at__isnull=True)),
            handled=Count("id", filter=Q(done_at__gte=lo, done_at__lt=hi)),
            conversions=Count("id", filter=Q(contact_id__in=converted_ids, created_at__lt=hi)),
        )
        .order_by()
    }
    board = []
    for member in team_members():
        row = rows.get(member.user_id, {})
        board.append(
            {
                "user_id": member.user_id,
                "name": member.user.get_full_name(),
                "email": member.user.email,
                "role": member.role,
                "open": row.get("open", 0),
                "handled": row.get("handled", 0),
                "conversions": row.get("conversions", 0),
            }
        )
    board.sort(key=lambda r: (-r["handled"], -r["conversions"], r["email"]))
    for rank, row in enumerate(board, start=1):
        row["rank"] = rank
    return board
