"""In-call functions: what the agent asks the platform while someone is on the line.

Every answer is JSON with `ok`, a `message` the agent can read out as it is,
and on failure a machine-readable `error` (bad_request, slot_taken,
not_bookable, no_appointment, unknown_caller, no_transfer_number). They are
plain database work, well under the caller's patience (< 500 ms).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime

from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from calls.hooks import scheduler
from calls.models import Agent, Call, FunctionCall
from calls.scheduling import NoAppointment, NotBookable, SlotTaken
from contacts.models import Contact, ContactSource
from contacts.phones import InvalidPhone, region_for_timezone
from contacts.services import contact_find_or_create, phone_for_tenant

DEFAULT_MINUTES = 30


@dataclass
class CallContext:
    tenant: object
    provider_call_id: str
    direction: str
    caller_number: str
    agent_provider_id: str

    def contact(self, *, create: bool = False) -> Contact | None:
        call = Call.objects.filter(provider_call_id=self.provider_call_id).select_related("contact").first()
        if call is not None and call.contact is not None:
            return call.contact
        if not self.caller_number:
            return None
        try:
            e164 = phone_for_tenant(self.caller_number, self.tenant)
        except InvalidPhone:
            return None
        contact = Contact.objects.filter(phone=e164).first()
        if contact is None and create:
            contact, _ = contact_find_or_create(tenant=self.tenant, phone=e164, source=ContactSource.CALL)
        return contact


class BadRequest(ValueError):
    pass


def spoken(moment: datetime, tenant) -> str:
    """How the agent says a time: 'Tuesday 4 March at 10:30' (12-hour clock in the US)."""
    local = moment.astimezone(tenant.zone)
    if region_for_timezone(tenant.timezone) == "US":
        clock = local.strftime("%I:%M %p").lstrip("0")
    else:
        clock = local.strftime("%H:%M")
    return f"{local:%A} {local.day} {local:%B} at {clock}"


def _slot_json(slot, tenant) -> dict:
    return {"start": slot.start.isoformat(), "end": slot.end.isoformat(), "spoken": spoken(slot.start, tenant)}


def _list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" or {items[-1]}"


def _when(value, tenant, field: str) -> datetime:
    """An ISO time from the agent; one without an offset is read in the business's time zone."""
    if not isinstance(value, str) or not value.strip():
        raise BadRequest(f"{field} is required, as an ISO 8601 time.")
    parsed = parse_datetime(value.strip())
    if parsed is None:
        raise BadRequest(f"{field} must be an ISO 8601 time like 2030-03-04T10:30.")
    if timezone.is_naive(parsed):
        parsed = parsed.replace(tzinfo=tenant.zone)
    return parsed


def _minutes(args: dict) -> timedelta:
    raw = args.get("duration_minutes", DEFAULT_MINUTES)
    try:
        minutes = int(raw)
    except (TypeError, ValueError) as exc:
        raise BadRequest("duration_minutes must be a whole number.") from exc
    if not 5 <= minutes <= 240:
        raise BadRequest("duration_minutes must be between 5 and 240.")
    return timedelta(minutes=minutes)


def _error(code: str, message: str, **extra) -> dict:
    return {"ok": False, "error": code, "message": message, **extra}


def _taken(exc: SlotTaken, tenant) -> dict:
    slots = [_slot_json(slot, tenant) for slot in exc.next_slots]
    if slots:
        message = f"Sorry, that slot was just taken. The next free ones are {_list([s['spoken'] for s in slots])}."
    else:
        message = "Sorry, that slot was just taken and I have nothing else free soon."
    return _error("slot_taken", message, next_slots=slots)


# --- the functions ---------------------------------------------------------------------------------


def lookup_caller(ctx: CallContext, args: dict) -> dict:
    contact = ctx.contact()
    if contact is None:
        return {"ok": True, "known": False, "upcoming_appointments": [], "message": "This caller is not on file yet."}
    upcoming = scheduler().upcoming(tenant=ctx.tenant, contact=contact)
    appointments = [{"id": b.id, "start": b.start.isoformat(), "spoken": spoken(b.start, ctx.tenant)} for b in upcoming]
    message = f"This is {contact.full_name or 'a known contact'}."
    if appointments:
        message += f" Their next appointment is {appointments[0]['spoken']}."
    return {
        "ok": True,
        "known": True,
        "first_name": contact.first_name,
        "last_name": contact.last_name,
        "full_name": contact.full_name,
        "status": contact.status,
        "upcoming_appointments": appointments,
        "message": message,
    }


def check_availability(ctx: CallContext, args: dict) -> dict:
    duration = _minutes(args)
    after = timezone.now()
    if args.get("date"):
        try:
            day = date.fromisoformat(str(args["date"]))
        except ValueError as exc:
            raise BadRequest("date must look like 2030-03-04.") from exc
        after = max(after, datetime.combine(day, dtime(0, 0), tzinfo=ctx.tenant.zone))
    if args.get("after"):
        after = max(after, _when(args["after"], ctx.tenant, "after"))
    slots = scheduler().free_slots(tenant=ctx.tenant, after=after, duration=duration, limit=5)
    if not slots:
        return _error("no_slots", "I'm sorry, there are no free times in the next two weeks.", slots=[])
    items = [_slot_json(slot, ctx.tenant) for slot in slots]
    return {
        "ok": True,
        "slots": items,
        "message": f"The next free times are {_list([item['spoken'] for item in items[:3]])}.",
    }


def book_appointment(ctx: CallContext, args: dict) -> dict:
    start = _when(args.get("start"), ctx.tenant, "start")
    duration = _minutes(args)
    contact = ctx.contact(create=True)
    try:
        booking = scheduler().book(
            tenant=ctx.tenant,
            contact=contact,
            start=start,
            duration=duration,
            idempotency_key=f"{ctx.provider_call_id}:{start.astimezone(UTC).isoformat()}",
            provider_call_id=ctx.provider_call_id,
        )
    except SlotTaken as exc:
        return _taken(exc, ctx.tenant)
    except NotBookable as exc:
        return _error("not_bookable", f"Sorry, I can't book that: {exc}")
    return {
        "ok": True,
        "booking_id": booking.id,
        "start": booking.start.isoformat(),
        "spoken": spoken(booking.start, ctx.tenant),
        "message": f"You're booked for {spoken(booking.start, ctx.tenant)}.",
    }


def reschedule_appointment(ctx: CallContext, args: dict) -> dict:
    new_start = _when(args.get("new_start"), ctx.tenant, "new_start")
    try:
        booking = scheduler().reschedule(
            tenant=ctx.tenant,
            contact=ctx.contact(),
            booking_id=str(args.get("booking_id") or ""),
            new_start=new_start,
            idempotency_key=f"{ctx.provider_call_id}:move:{new_start.astimezone(UTC).isoformat()}",
        )
    except NoAppointment:
        return _error("no_appointment", "I couldn't find an upcoming appointment to move.")
    except SlotTaken as exc:
        return _taken(exc, ctx.tenant)
    except NotBookable as exc:
        return _error("not_bookable", f"Sorry, I can't move it there: {exc}")
    return {
        "ok": True,
        "booking_id": booking.id,
        "start": booking.start.isoformat(),
        "spoken": spoken(booking.start, ctx.tenant),
        "message": f"Done, your appointment is now {spoken(booking.start, ctx.tenant)}.",
    }


def cancel_appointment(ctx: CallContext, args: dict) -> dict:
    try:
        booking = scheduler().cancel(
            tenant=ctx.tenant,
            contact=ctx.contact(),
            booking_id=str(args.get("booking_id") or ""),
            reason=str(args.get("reason") or "")[:200],
        )
    except NoAppointment:
        return _error("no_appointment", "I couldn't find an upcoming appointment to cancel.")
    return {
        "ok": True,
        "booking_id": booking.id,
        "message": f"I've cancelled your appointment on {spoken(booking.start, ctx.tenant)}.",
    }


def transfer_to_human(ctx: CallContext, args: dict) -> dict:
    agent = Agent.objects.filter(provider_agent_id=ctx.agent_provider_id).first() if ctx.agent_provider_id else None
    Call.objects.filter(provider_call_id=ctx.provider_call_id).update(transfer_requested=True)
    number = agent.transfer_number if agent else ""
    if not number:
        return _error(
            "no_transfer_number",
            "Nobody can take the call right now, but I've asked the team to call you back.",
        )
    return {"ok": True, "transfer_number": number, "message": "Transferring you to a member of the team now."}


HANDLERS = {
    "lookup_caller": lookup_caller,
    "check_availability": check_availability,
    "book_appointment": book_appointment,
    "reschedule_appointment": reschedule_appointment,
    "cancel_appointment": cancel_appointment,
    "transfer_to_human": transfer_to_human,
}


def function_invoke(*, tenant, name: str, payload: dict) -> dict:
    """Run one in-call function for a provider request body ({name, call, args} or args at the root)."""
    started = time.monotonic()
    call_data = payload.get("call") if isinstance(payload.get("call"), dict) else {}
    if isinstance(payload.get("args"), dict):
        args = payload["args"]
    else:
        args = {k: v for k, v in payload.items() if k not in ("name", "call", "args")}
    direction = call_data.get("direction") or "inbound"
    ctx = CallContext(
        tenant=tenant,
        provider_call_id=str(call_data.get("call_id") or "")[:100],
        direction=direction,
        caller_number=str(call_data.get("from_number" if direction == "inbound" else "to_number") or ""),
        agent_provider_id=str(call_data.get("agent_id") or ""),
    )
    try:
        with transaction.atomic():
            result = HANDLERS[name](ctx, args)
    except BadRequest as exc:
        result = _error("bad_request", str(exc))
    FunctionCall.objects.create(
        provider_call_id=ctx.provider_call_id,
        name=name,
        args=args,
        response=result,
        ok=bool(result.get("ok")),
        duration_ms=int((time.monotonic() - started) * 1000),
    )
    return result


def inbound_answer(*, tenant, from_number: str) -> dict:
    """The inbound-call webhook's answer: variables that let the agent greet a known caller by name."""
    variables = {"business_name": tenant.name, "caller_known": "no"}
    metadata: dict = {}
    try:
        e164 = phone_for_tenant(from_number, tenant) if from_number else ""
    except InvalidPhone:
        e164 = ""
    contact = Contact.objects.filter(phone=e164).first() if e164 else None
    if contact is not None:
        variables.update(
            caller_known="yes",
            first_name=contact.first_name,
            last_name=contact.last_name,
            full_name=contact.full_name,
        )
        metadata["contact_id"] = contact.pk
    return {"dynamic_variables": variables, "metadata": metadata}
