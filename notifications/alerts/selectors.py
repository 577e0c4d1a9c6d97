"""Read-side queries for the alert inbox."""

from django.db.models import Count, Q

from notifications.alerts.models import Alert, AlertStatus


def alerts():
    return Alert.objects.select_related("contact", "assignee", "resolved_by")


def alert_counts(*, user) -> dict:
    """Open alerts for the navigation badge and the inbox tabs."""
    counts = Alert.objects.exclude(status=AlertStatus.RESOLVED).aggregate(
        pending=Count("id", filter=Q(status=AlertStatus.PENDING)),
        in_progress=Count("id", filter=Q(status=AlertStatus.IN_PROGRESS)),
        mine=Count("id", filter=Q(assignee_id=getattr(user, "pk", None))),
    )
    return {key: value or 0 for key, value in counts.items()}
