"""Setting up what can be booked: resources, appointment types, weekly rules, overrides, blocked dates."""

from __future__ import annotations

import itertools
from datetime import date, time
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils.text import slugify

from appointments.models import (
    Appointment,
    AppointmentType,
    AvailabilityRule,
    BlockedDate,
    DateOverride,
    Resource,
)
from tenants.models import validate_timezone

DEFAULT_WEEKLY = {weekday: [(time(9), time(17))] for weekday in range(5)}
HEX_COLOR_LENGTH = 7


def _clean_name(value, errors: dict, field: str = "name", max_length: int = 120) -> str:
    value = (value or "").strip()
    if not value:
        errors[field] = ["A name is required."]
    elif len(value) > max_length:
        errors[field] = [f"At most {max_length} characters."]
    return value


def _clean_color(value, errors: dict) -> str:
    value = (value or "").strip()
    if len(value) != HEX_COLOR_LENGTH or not value.startswith("#"):
        errors["color"] = ["Use a colour like #3b5bdb."]
        return value
    try:
        int(value[1:], 16)
    except ValueError:
        errors["color"] = ["Use a colour like #3b5bdb."]
    return value


# --- resources ---------------------------------------------------------------------


@transaction.atomic
def resource_create(
    *,
    name: str,
    timezone_name: str,
    kind: str = Resource.Kind.STAFF,
    email: str = "",
    color: str = "#3b5bdb",
    weekly: dict[int, list[tuple[time, time]]] | None = None,
) -> Resource:
    """A new bookable resource; it opens on weekdays 09:00-17:00 unless `weekly` says otherwise."""
    errors: dict[str, list[str]] = {}
    name = _clean_name(name, errors)
    if kind not in Resource.Kind.values:
        errors["kind"] = [f"Choose one of: {', '.join(Resource.Kind.values)}."]
    try:
        validate_timezone(timezone_name)
    except ValidationError as exc:
        errors["timezone"] = exc.messages
    email = (email or "").strip().lower()
    if email:
        try:
            validate_email(email)
        except ValidationError:
            errors["email"] = ["Enter a valid email address."]
    color = _clean_color(color, errors)
    if errors:
        raise ValidationError(errors)
    resource = Resource.objects.create(name=name, kind=kind, timezone=timezone_name, email=email, color=color)
    rules_replace(resource=resource, weekly=DEFAULT_WEEKLY if weekly is None else weekly)
    return resource


@transaction.atomic
def resource_update(*, resource: Resource, **changes) -> Resource:
    errors: dict[str, list[str]] = {}
    resource = Resource.objects.select_for_update().get(pk=resource.pk)
    if "name" in changes:
        resource.name = _clean_name(changes["name"], errors)
    if "kind" in changes:
        if changes["kind"] not in Resource.Kind.values:
            errors["kind"] = [f"Choose one of: {', '.join(Resource.Kind.values)}."]
        resource.kind = changes["kind"]
    if "timezone" in changes:
        try:
            validate_timezone(changes["timezone"])
        except ValidationError as exc:
            errors["timezone"] = exc.messages
        resource.timezone = changes["timezone"]
    if "email" in changes:
        email = (changes["email"] or "").strip().lower()
        if email:
            try:
                validate_email(email)
            except ValidationError:
                errors["email"] = ["Enter a valid email address."]
        resource.email = email
    if "color" in changes:
        resource.color = _clean_color(changes["color"], errors)
    if "is_active" in changes:
        resource.is_active = bool(changes["is_active"])
    if "position" in changes:
        try:
            resource.position = max(0, min(int(changes["position"]), 32767))
        except (TypeError, ValueError):
            errors["position"] = ["A whole number."]
    if errors:
        raise ValidationError(errors)
    resource.save()
    return resource


@transaction.atomic
def resource_delete(*, resource: Resource) -> None:
    """Delete a resource that never had appointments; otherwise deactivate it (history stays)."""
    if Appointment.objects.filter(resource=resource).exists():
        Resource.objects.filter(pk=resource.pk).update(is_active=False)
        return
    resource.delete()


def resource_default(*, tenant) -> Resource:
    """The tenant's first active resource, creating 'the business' when there is none."""
    existing = Resource.objects.filter(is_active=True).first()
    if existing is not None:
        return existing
    with transaction.atomic():
        Resource.objects.select_for_update().filter(kind=Resource.Kind.BUSINESS).first()
        existing = Resource.objects.filter(is_active=True).first()
        if existing is not None:
            return existing
        weekly = _weekly_from_business_hours(tenant.business_hours or {})
        return resource_create(
            name=tenant.name, kind=Resource.Kind.BUSINESS, timezone_name=tenant.timezone, weekly=weekly
        )


_DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _weekly_from_business_hours(hours: dict) -> dict[int, list[tuple[time, time]]]:
    weekly: dict[int, list[tuple[time, time]]] = {}
    for index, key in enumerate(_DAY_KEYS):
        ranges = []
        for start, end in hours.get(key, []):
            end_time = time(23, 59) if end == "24:00" else time.fromisoformat(end)
            ranges.append((time.fromisoformat(start), end_time))
        if ranges:
            weekly[index] = ranges
    return weekly or DEFAULT_WEEKLY


# --- weekly rules, overrides and blocked dates ------------------------------------------


def _parse_time(value, errors: dict, field: str) -> time | None:
    if isinstance(value, time):
        return value
    try:
        return time.fromisoformat(str(value).strip())
    except ValueError:
        errors[field] = [f"{value!r} is not a time like 09:00."]
        return None


def _parse_date(value, errors: dict, field: str) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        errors[field] = [f"{value!r} is not a date like 2026-12-24."]
        return None


def _check_ranges(ranges: list[tuple[time, time]], label: str) -> list[str]:
    problems = []
    for start, end in ranges:
        if end <= start:
            problems.append(f"{label}: {start:%H:%M}-{end:%H:%M} ends before it starts.")
    for (_, previous_end), (next_start, _) in itertools.pairwise(sorted(ranges)):
        if next_start < previous_end:
            problems.append(f"{label}: ranges overlap.")
    return problems


@transaction.atomic
def rules_replace(*, resource: Resource, weekly: dict[int, list[tuple]]) -> list[AvailabilityRule]:
    """Replace a resource's whole weekly schedule ({weekday 0-6: [(start, end), ...]})."""
    errors: dict[str, list[str]] = {}
    parsed: dict[int, list[tuple[time, time]]] = {}
    for weekday, ranges in weekly.items():
        if not isinstance(weekday, int) or not 0 <= weekday <= 6:
            errors.setdefault("weekday", []).append(f"{weekday!r} is not a weekday (0 = Monday … 6 = Sunday).")
            continue
        day_ranges = []
        for start, end in ranges:
            start_time = _parse_time(start, errors, f"weekday_{weekday}")
            end_time = _parse_time(end, errors, f"weekday_{weekday}")
            if start_time and end_time:
                day_ranges.append((start_time, end_time))
        problems = _check_ranges(day_ranges, AvailabilityRule.Weekday(weekday).label)
        if problems:
            errors[f"weekday_{weekday}"] = problems
        parsed[weekday] = day_ranges
    if errors:
        raise ValidationError(errors)
    resource.rules.all().delete()
    return AvailabilityRule.objects.bulk_create(
        AvailabilityRule(resource=resource, weekday=weekday, start_time=start, end_time=end)
        for weekday, ranges in sorted(parsed.items())
        for start, end in sorted(ranges)
    )


@transaction.atomic
def rule_create(*, resource: Resource, weekday, start_time, end_time) -> AvailabilityRule:
    errors: dict[str, list[str]] = {}
    try:
        weekday = int(weekday)
        if not 0 <= weekday <= 6:
            raise ValueError
    except (TypeError, ValueError):
        errors["weekday"] = ["Choose a weekday from 0 (Monday) to 6 (Sunday)."]
    start = _parse_time(start_time, errors, "start_time")
    end = _parse_time(end_time, errors, "end_time")
    if errors:
        raise ValidationError(errors)
    Resource.objects.select_for_update().filter(pk=resource.pk).first()
    existing = list(resource.rules.filter(weekday=weekday).values_list("start_time", "end_time"))
    problems = _check_ranges([*existing, (start, end)], AvailabilityRule.Weekday(weekday).label)
    if problems:
        raise ValidationError({"start_time": problems})
    return AvailabilityRule.objects.create(resource=resource, weekday=weekday, start_time=start, end_time=end)


@transaction.atomic
def rule_update(*, rule: AvailabilityRule, **changes) -> AvailabilityRule:
    errors: dict[str, list[str]] = {}
    rule = AvailabilityRule.objects.select_for_update().get(pk=rule.pk)
    weekday = changes.get("weekday", rule.weekday)
    try:
        weekday = int(weekday)
        if not 0 <= weekday <= 6:
            raise ValueError
    except (TypeError, ValueError):
        errors["weekday"] = ["Choose a weekday from 0 (Monday) to 6 (Sunday)."]
    start = _parse_time(changes.get("start_time", rule.start_time), errors, "start_time")
    end = _parse_time(changes.get("end_time", rule.end_time), errors, "end_time")
    if errors:
        raise ValidationError(errors)
    others = list(
        AvailabilityRule.objects.filter(resource_id=rule.resource_id, weekday=weekday)
        .exclude(pk=rule.pk)
        .values_list("start_time", "end_time")
    )
    problems = _check_ranges([*others, (start, end)], AvailabilityRule.Weekday(weekday).label)
    if problems:
        raise ValidationError({"start_time": problems})
    rule.weekday, rule.start_time, rule.end_time = weekday, start, end
    rule.save()
    return rule


@transaction.atomic
def override_create(*, resource: Resource, day, start_time, end_time) -> DateOverride:
    """Special opening hours for one date; they replace that weekday's rules."""
    errors: dict[str, list[str]] = {}
    parsed_day = _parse_date(day, errors, "date")
    start = _parse_time(start_time, errors, "start_time")
    end = _parse_time(end_time, errors, "end_time")
    if errors:
        raise ValidationError(errors)
    Resource.objects.select_for_update().filter(pk=resource.pk).first()
    existing = list(resource.overrides.filter(date=parsed_day).values_list("start_time", "end_time"))
    problems = _check_ranges([*existing, (start, end)], str(parsed_day))
    if problems:
        raise ValidationError({"start_time": problems})
    return DateOverride.objects.create(resource=resource, date=parsed_day, start_time=start, end_time=end)


@transaction.atomic
def blocked_date_create(
    *, start_date, end_date=None, resource: Resource | None = None, reason: str = ""
) -> BlockedDate:
    """Block whole days (inclusive) for one resource, or for all when `resource` is None."""
    errors: dict[str, list[str]] = {}
    start = _parse_date(start_date, errors, "start_date")
    end = _parse_date(end_date, errors, "end_date") if end_date not in (None, "") else start
    if not errors and end < start:
        errors["end_date"] = ["The last day cannot be before the first."]
    if not errors and (end - start).days > 366:
        errors["end_date"] = ["Block at most a year at a time."]
    if errors:
        raise ValidationError(errors)
    return BlockedDate.objects.create(resource=resource, start_date=start, end_date=end, reason=(reason or "")[:200])


# --- appointment types -------------------------------------------------------------------------

_INT_LIMITS = {
    "duration_minutes": (5, 24 * 60),
    "buffer_before_minutes": (0, 24 * 60),
    "buffer_after_minutes": (0, 24 * 60),
    "min_notice_minutes": (0, 365 * 24 * 60),
    "max_days_ahead": (1, 730),
}


def _type_fields(values: dict, errors: dict) -> dict:
    cleaned = {}
    if "name" in values:
        cleaned["name"] = _clean_name(values["name"], errors)
    for field, (low, high) in _INT_LIMITS.items():
        if field in values:
            try:
                number = int(values[field])
                if not low <= number <= high:
                    raise ValueError
                cleaned[field] = number
            except (TypeError, ValueError):
                errors[field] = [f"A whole number from {low} to {high}."]
    if "slot_interval_minutes" in values:
        raw = values["slot_interval_minutes"]
        if raw in (None, ""):
            cleaned["slot_interval_minutes"] = None
        else:
            try:
                number = int(raw)
                if not 5 <= number <= 24 * 60:
                    raise ValueError
                cleaned["slot_interval_minutes"] = number
            except (TypeError, ValueError):
                errors["slot_interval_minutes"] = ["Empty, or a whole number of minutes from 5 to 1440."]
    if "price" in values:
        raw = values["price"]
        if raw in (None, ""):
            cleaned["price"] = None
        else:
            try:
                price = Decimal(str(raw))
                if price < 0 or price >= Decimal("100000000") or price.as_tuple().exponent < -2:
                    raise InvalidOperation
                cleaned["price"] = price
            except InvalidOperation:
                errors["price"] = ["A non-negative amount with at most two decimals."]
    if "notes" in values:
        cleaned["notes"] = values["notes"] or ""
    if "color" in values:
        cleaned["color"] = _clean_color(values["color"], errors)
    if "is_active" in values:
        cleaned["is_active"] = bool(values["is_active"])
    if "slug" in values:
        slug = slugify(values["slug"] or "")[:80]
        if not slug:
            errors["slug"] = ["Use letters, digits and hyphens."]
        cleaned["slug"] = slug
    return cleaned


def _unique_slug(base: str, exclude_pk: int | None = None) -> str:
    base = slugify(base)[:70] or "appointment"
    slug, counter = base, 2
    while AppointmentType.objects.filter(slug=slug).exclude(pk=exclude_pk).exists():
        slug, counter = f"{base}-{counter}", counter + 1
    return slug


@transaction.atomic
def appointment_type_create(*, resources: list[Resource] | None = None, **values) -> AppointmentType:
    errors: dict[str, list[str]] = {}
    for required in ("name", "duration_minutes"):
        if required not in values:
            errors[required] = ["This field is required."]
    cleaned = _type_fields(values, errors)
    if "slug" in cleaned and AppointmentType.objects.filter(slug=cleaned["slug"]).exists():
        errors["slug"] = ["Another appointment type uses this slug."]
    if errors:
        raise ValidationError(errors)
    cleaned.setdefault("slug", _unique_slug(cleaned["name"]))
    try:
        with transaction.atomic():
            appointment_type = AppointmentType.objects.create(**cleaned)
    except IntegrityError as exc:
        raise ValidationError({"slug": ["Another appointment type uses this slug."]}) from exc
    if resources:
        appointment_type.resources.set(resources)
    return appointment_type


@transaction.atomic
def appointment_type_update(
    *, appointment_type: AppointmentType, resources: list[Resource] | None = None, **values
) -> AppointmentType:
    errors: dict[str, list[str]] = {}
    appointment_type = AppointmentType.objects.select_for_update().get(pk=appointment_type.pk)
    cleaned = _type_fields(values, errors)
    if (
        "slug" in cleaned
        and AppointmentType.objects.filter(slug=cleaned["slug"]).exclude(pk=appointment_type.pk).exists()
    ):
        errors["slug"] = ["Another appointment type uses this slug."]
    if errors:
        raise ValidationError(errors)
    for field, value in cleaned.items():
        setattr(appointment_type, field, value)
    appointment_type.save()
    if resources is not None:
        appointment_type.resources.set(resources)
    return appointment_type


@transaction.atomic
def appointment_type_delete(*, appointment_type: AppointmentType) -> None:
    """Delete a type nobody booked; otherwise stop offering it (history stays)."""
    if Appointment.objects.filter(appointment_type=appointment_type).exists():
        AppointmentType.objects.filter(pk=appointment_type.pk).update(is_active=False)
        return
    appointment_type.delete()


def rule_delete(*, rule: AvailabilityRule) -> None:
    """Stop offering a weekly range (appointments already booked in it stay)."""
    rule.delete()


def override_delete(*, override: DateOverride) -> None:
    """Go back to the weekday's rules on that date."""
    override.delete()


def blocked_date_delete(*, blocked: BlockedDate) -> None:
    """Open the days again."""
    blocked.delete()
