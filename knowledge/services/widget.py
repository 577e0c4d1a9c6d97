"""The website chat widget: its configuration per agent, where it may run, and what a visitor can do.

A website holds only the widget's public key (`/widget/<key>.js` on the
tenant's host). Everything a visitor does goes through here: start or resume
their conversation (by a visitor id the server issued), ask (the one answer
service, unless staff have taken over), leave their details (a contact with
source `chat` and the consent they gave), ask for a person, rate the chat.
Rate limits count in the tenant's cache (keys carry the schema).
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction

from calls.models import Agent
from knowledge.events import ChatMessageReceived
from knowledge.models import (
    Channel,
    ChatWidget,
    Conversation,
    ConversationStatus,
    Message,
    MessageRole,
    WidgetPosition,
    new_widget_key,
)
from knowledge.services import answers, conversations
from voiceplatform import events, ratelimit
from voiceplatform.tasks import current_tenant

MAX_MESSAGE = 1000
MAX_QUICK_PROMPTS = 6
MAX_DOMAINS = 20
VISITOR_ID = re.compile(r"^v_[A-Za-z0-9_-]{20,60}$")
COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
DOMAIN = re.compile(r"^(\*\.)?([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
LEAD_KINDS = ("text", "email", "phone", "choice", "textarea")
CONTACT_FIELDS = ("first_name", "last_name", "email", "phone", "company")
DEFAULT_LEAD_FIELDS = [
    {"name": "first_name", "label": "Name", "kind": "text", "required": True, "choices": []},
    {"name": "email", "label": "Email", "kind": "email", "required": False, "choices": []},
    {"name": "phone", "label": "Phone", "kind": "phone", "required": False, "choices": []},
]


class RateLimited(Exception):
    def __init__(self, message: str, retry_after: int):
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after


# --- configuration ---------------------------------------------------------------


def widget_for(agent: Agent) -> ChatWidget:
    """The agent's widget, created with defaults on first use."""
    widget, _ = ChatWidget.objects.get_or_create(agent=agent, defaults={"lead_fields": DEFAULT_LEAD_FIELDS})
    return widget


def widget_by_key(key: str) -> ChatWidget | None:
    """An enabled widget by its public key (in the current tenant's schema), else None."""
    if not key or len(key) > 64:
        return None
    return ChatWidget.objects.select_related("agent").filter(public_key=key, enabled=True).first()


def normalise_domain(entry: str) -> str:
    """`example.com`, `*.example.com` (https) or an exact origin such as `http://127.0.0.1:8765`."""
    raw = (entry or "").strip().lower().rstrip("/")
    if "://" in raw:
        parts = urlsplit(raw)
        if parts.scheme not in ("http", "https") or not parts.hostname or parts.path or parts.query:
            raise ValueError(f"{entry!r} is not a site address (scheme://host[:port]).")
        try:
            port = parts.port
        except ValueError as exc:
            raise ValueError(f"{entry!r} has an invalid port.") from exc
        return f"{parts.scheme}://{parts.hostname}" + (f":{port}" if port else "")
    if not DOMAIN.match(raw):
        raise ValueError(f"{entry!r} is not a domain name (example.com or *.example.com).")
    return raw


def origin_allowed(widget: ChatWidget, origin: str) -> bool:
    """Whether a page at `origin` (scheme://host[:port]) may show or call this widget."""
    try:
        parts = urlsplit(origin or "")
        host, scheme, port = parts.hostname, parts.scheme, parts.port
    except ValueError:
        return False
    if not host or scheme not in ("http", "https"):
        return False
    exact = f"{scheme}://{host}" + (f":{port}" if port else "")
    for entry in widget.allowed_domains:
        if "://" in entry:
            if entry == exact:
                return True
            continue
        if scheme != "https" or port not in (None, 443):
            continue
        if entry.startswith("*."):
            if host.endswith(entry[1:]):
                return True
        elif host == entry:
            return True
    return False


def _lead_fields(value) -> list[dict]:
    if not isinstance(value, list) or len(value) > 10:
        raise ValidationError({"lead_fields": "Give up to 10 lead fields."})
    fields = []
    for item in value:
        if not isinstance(item, dict) or not str(item.get("name", "")).strip():
            raise ValidationError({"lead_fields": "Each lead field needs a name."})
        kind = str(item.get("kind", "text"))
        if kind not in LEAD_KINDS:
            raise ValidationError({"lead_fields": f"Field kinds are: {', '.join(LEAD_KINDS)}."})
        name = re.sub(r"[^a-z0-9_]", "_", str(item["name"]).strip().lower())[:50]
        fields.append(
            {
                "name": name,
                "label": str(item.get("label") or name.replace("_", " ").capitalize())[:80],
                "kind": kind,
                "required": bool(item.get("required", False)),
                "choices": [str(c)[:80] for c in item.get("choices", []) or []][:20],
            }
        )
    return fields


EDITABLE = (
    "enabled", "allowed_domains", "title", "welcome_message", "quick_prompts", "lead_fields",
    "primary_color", "position", "avatar_url", "dark_mode",
)  # fmt: skip


@transaction.atomic
def widget_update(*, widget: ChatWidget, **changes) -> ChatWidget:
    """Change the widget's settings; every value is checked first and nothing changes on an error."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError(dict.fromkeys(sorted(unknown), "Unknown field."))
    errors: dict[str, str] = {}
    cleaned: dict = {}
    if "allowed_domains" in changes:
        domains = changes["allowed_domains"] or []
        if isinstance(domains, str):
            domains = re.split(r"[\s,]+", domains)
        try:
            cleaned["allowed_domains"] = list(dict.fromkeys(normalise_domain(d) for d in domains if str(d).strip()))
        except ValueError as exc:
            errors["allowed_domains"] = str(exc)
        if len(cleaned.get("allowed_domains", [])) > MAX_DOMAINS:
            errors["allowed_domains"] = f"Give at most {MAX_DOMAINS} sites."
    if "quick_prompts" in changes:
        prompts = changes["quick_prompts"] or []
        if isinstance(prompts, str):
            prompts = prompts.splitlines()
        prompts = [str(p).strip() for p in prompts if str(p).strip()]
        if len(prompts) > MAX_QUICK_PROMPTS or any(len(p) > 120 for p in prompts):
            errors["quick_prompts"] = f"Give at most {MAX_QUICK_PROMPTS} prompts of up to 120 characters."
        cleaned["quick_prompts"] = prompts
    if "lead_fields" in changes:
        try:
            cleaned["lead_fields"] = _lead_fields(changes["lead_fields"])
        except ValidationError as exc:
            errors.update({k: v[0] for k, v in exc.message_dict.items()})
    if "primary_color" in changes and not COLOR.match(str(changes["primary_color"] or "")):
        errors["primary_color"] = "Use a colour like #2563eb."
    if "position" in changes and changes["position"] not in WidgetPosition.values:
        errors["position"] = f"Choose one of: {', '.join(WidgetPosition.values)}."
    if changes.get("avatar_url"):
        parts = urlsplit(str(changes["avatar_url"]))
        if parts.scheme != "https" or not parts.hostname or len(str(changes["avatar_url"])) > 500:
            errors["avatar_url"] = "Give an https:// image address."
    if "title" in changes and not (0 < len(str(changes["title"] or "").strip()) <= 80):
        errors["title"] = "Give a title of up to 80 characters."
    if "welcome_message" in changes and len(str(changes["welcome_message"] or "")) > 1000:
        errors["welcome_message"] = "Keep the welcome message under 1000 characters."
    if errors:
        raise ValidationError(errors)
    for name in ("title", "welcome_message", "primary_color", "position", "avatar_url"):
        if name in changes:
            cleaned[name] = str(changes[name] or "").strip()
    for name in ("enabled", "dark_mode"):
        if name in changes:
            cleaned[name] = bool(changes[name])
    for name, value in cleaned.items():
        setattr(widget, name, value)
    widget.save()
    return widget


@transaction.atomic
def widget_rotate_key(*, widget: ChatWidget) -> ChatWidget:
    """A new public key; the old snippet stops working at once."""
    widget.public_key = new_widget_key()
    widget.save(update_fields=["public_key", "updated_at"])
    return widget


def widget_apply_template(tenant, template) -> None:
    """Vertical applier: the chat greeting, quick prompts and lead fields of every agent's widget."""
    lead_fields = [
        {
            "name": f.name,
            "label": f.label,
            "kind": f.kind if f.kind in LEAD_KINDS else "text",
            "required": f.required,
            "choices": list(f.choices),
        }
        for f in template.lead_fields
    ]
    for agent in Agent.objects.all():
        widget = widget_for(agent)
        widget_update(
            widget=widget,
            welcome_message=template.chat_greeting,
            quick_prompts=list(template.quick_prompts)[:MAX_QUICK_PROMPTS],
            lead_fields=lead_fields or DEFAULT_LEAD_FIELDS,
        )


def snippet_for(widget: ChatWidget, request) -> str:
    """The `<script>` tag a business pastes into its website (on this tenant's host)."""
    return f'<script src="{request.build_absolute_uri(f"/widget/{widget.public_key}.js")}" async></script>'


def public_config(widget: ChatWidget) -> dict:
    """What the widget shows, and nothing else of the tenant's."""
    return {
        "title": widget.title,
        "agent": widget.agent.name,
        "welcome": widget.welcome_message,
        "quick_prompts": list(widget.quick_prompts),
        "lead_fields": list(widget.lead_fields),
        "color": widget.primary_color,
        "position": widget.position,
        "avatar": widget.avatar_url,
        "dark": widget.dark_mode,
        "max_message": MAX_MESSAGE,
    }


def config_version(widget: ChatWidget, *parts: str) -> str:
    """A short hash that changes whenever what the widget shows (or its code) changes."""
    digest = hashlib.sha256()
    digest.update(widget.public_key.encode())
    digest.update(widget.updated_at.isoformat().encode() if widget.updated_at else b"")
    for part in parts:
        digest.update(part.encode())
    return digest.hexdigest()[:12]


# --- rate limits -----------------------------------------------------------------


def _hit(key: str, limit: int, seconds: int, message: str) -> None:
    """Count one more; RateLimited once the window is full."""
    counted = ratelimit.hit(f"widget:{key}", seconds)
    if counted.over(limit):
        raise RateLimited(message, counted.retry_after)


def limit_new_conversation(ip: str) -> None:
    _hit(
        f"conv-ip:{ip}",
        settings.WIDGET_CONVERSATIONS_PER_IP,
        settings.WIDGET_CONVERSATIONS_WINDOW_SECONDS,
        "Too many new conversations from this network. Please try again later.",
    )


def limit_message(ip: str, visitor_id: str) -> None:
    _hit(
        f"msg-visitor:{visitor_id}",
        settings.WIDGET_MESSAGES_PER_VISITOR_MINUTE,
        60,
        "You are sending messages too quickly. Please wait a moment.",
    )
    _hit(
        f"msg-ip:{ip}",
        settings.WIDGET_MESSAGES_PER_IP_HOUR,
        3600,
        "Too many messages from this network. Please try again later.",
    )


# --- the visitor's side -----------------------------------------------------------


def new_visitor_id() -> str:
    return "v_" + secrets.token_urlsafe(24)


def visitor_id_clean(value) -> str:
    value = str(value or "")
    if not VISITOR_ID.match(value):
        raise ValidationError({"visitor_id": "Unknown visitor; start a session first."})
    return value


def visitor_conversation(widget: ChatWidget, visitor_id: str) -> Conversation | None:
    """The visitor's latest conversation with this agent (their history)."""
    return (
        Conversation.objects.filter(channel=Channel.CHAT, agent=widget.agent, visitor_id=visitor_id)
        .order_by("-created_at", "-id")
        .first()
    )


def message_payload(message: Message) -> dict:
    return {
        "id": message.pk,
        "role": message.role,
        "text": message.text,
        "citations": [
            {"url": c.get("url", ""), "title": c.get("title", ""), "heading": c.get("heading", "")}
            for c in (message.citations or [])
            if isinstance(c, dict)
        ],
        "author": message.author_name,
        "at": message.created_at.isoformat(),
    }


def conversation_payload(conversation: Conversation | None, after: int = 0) -> dict:
    if conversation is None:
        return {"id": None, "status": None, "human": False, "rated": False, "lead": False, "messages": []}
    messages = conversation.messages.filter(pk__gt=after).order_by("created_at", "id")[:200]
    return {
        "id": conversation.pk,
        "status": conversation.status,
        "human": conversation.handled_by_id is not None,
        "rated": conversation.rating is not None,
        "lead": conversation.contact_id is not None,
        "messages": [message_payload(m) for m in messages],
    }


def _check_text(text, *, field: str = "text") -> str:
    text = str(text or "").strip()
    if not text:
        raise ValidationError({field: "Write a message."})
    if len(text) > MAX_MESSAGE:
        raise ValidationError({field: f"Keep messages under {MAX_MESSAGE} characters."})
    return text


def _open_conversation(widget: ChatWidget, visitor_id: str, ip: str, subject: str) -> Conversation:
    conversation = visitor_conversation(widget, visitor_id)
    if conversation is not None and conversation.status != ConversationStatus.RESOLVED:
        return conversation
    limit_new_conversation(ip)
    return Conversation.objects.create(
        channel=Channel.CHAT, agent=widget.agent, visitor_id=visitor_id, subject=subject[:200]
    )


def _count_usage(message: Message) -> None:
    events.publish(
        ChatMessageReceived(
            conversation_id=message.conversation_id, message_id=message.pk, agent_id=message.conversation.agent_id
        )
    )


def visitor_message(*, widget: ChatWidget, visitor_id: str, text, ip: str) -> tuple[Conversation, list[Message]]:
    """A visitor's message: answered by the AI (also while waiting for a person), or only stored once a person
    has taken the chat over.

    Returns the conversation and the messages it added (the visitor's, and the answer if any).
    """
    from billing import limits

    visitor_id = visitor_id_clean(visitor_id)
    text = _check_text(text)
    limit_message(ip, visitor_id)
    tenant = current_tenant()
    if tenant is not None:
        limits.check(tenant, "chat_messages")
    conversation = _open_conversation(widget, visitor_id, ip, text)
    if conversation.handled_by_id is not None:
        message = conversations.conversation_message_add(conversation=conversation, role=MessageRole.USER, text=text)
        _count_usage(message)
        return conversation, [message]
    last = conversation.messages.order_by("-id").values_list("pk", flat=True).first() or 0
    result = answers.answer_question(question=text, agent=widget.agent, channel=Channel.CHAT, conversation=conversation)
    added = list(result.conversation.messages.filter(pk__gt=last).order_by("created_at", "id"))
    for message in added:
        if message.role == MessageRole.USER:
            _count_usage(message)
    return result.conversation, added


@dataclass
class LeadResult:
    contact_id: int
    created: bool


def visitor_lead(*, widget: ChatWidget, visitor_id: str, fields: dict, consent: bool, ip: str) -> LeadResult:
    """The lead form: find or create the contact (source `chat`), record consent, link the conversation."""
    from contacts import services as contacts
    from contacts.phones import InvalidPhone

    visitor_id = visitor_id_clean(visitor_id)
    limit_message(ip, visitor_id)
    if not isinstance(fields, dict):
        raise ValidationError({"fields": "Send the form's fields as an object."})
    values: dict[str, str] = {}
    errors: dict[str, str] = {}
    for spec in widget.lead_fields:
        name = spec["name"]
        value = str(fields.get(name, "") or "").strip()
        if len(value) > 500:
            errors[name] = "Too long."
        elif spec.get("required") and not value:
            errors[name] = f"{spec.get('label') or name} is required."
        elif value and spec.get("kind") == "email" and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", value):
            errors[name] = "Give a valid email address."
        elif value and spec.get("kind") == "choice" and spec.get("choices") and value not in spec["choices"]:
            errors[name] = f"Choose one of: {', '.join(spec['choices'])}."
        if value:
            values[name] = value
    unknown = set(fields) - {spec["name"] for spec in widget.lead_fields}
    for name in unknown:
        errors[str(name)[:50]] = "Unknown field."
    if not errors and not (values.get("email") or values.get("phone")):
        errors["email"] = "Give an email address or a phone number so we can reply."
    if errors:
        raise ValidationError(errors)
    tenant = current_tenant()
    with transaction.atomic():
        try:
            contact, created = contacts.contact_find_or_create(
                tenant=tenant,
                phone=values.get("phone") or None,
                email=values.get("email", ""),
                first_name=values.get("first_name", ""),
                last_name=values.get("last_name", ""),
                source="chat",
            )
        except InvalidPhone as exc:
            raise ValidationError({"phone": str(exc) or "Give a valid phone number."}) from exc
        extra = {k: v for k, v in values.items() if k not in CONTACT_FIELDS}
        if values.get("company") and not contact.company:
            contacts.contact_update(contact=contact, data={"company": values["company"]}, tenant=tenant)
        if extra:
            lines = "\n".join(f"{k.replace('_', ' ').capitalize()}: {v}" for k, v in extra.items())
            contacts.contact_note_add(contact=contact, body=f"From the website chat:\n{lines}")
        evidence = f"Website chat form ({widget.agent.name}), visitor {visitor_id}, IP {ip}"
        # Consent is recorded when given; an unticked box is not an opt-out of an earlier consent.
        for channel, present in (("email", values.get("email")), ("sms", values.get("phone"))):
            if present and consent:
                contacts.consent_record(
                    contact=contact, channel=channel, granted=True, source="chat", evidence=evidence
                )
        conversation = visitor_conversation(widget, visitor_id)
        if conversation is None:
            limit_new_conversation(ip)
            conversation = Conversation.objects.create(
                channel=Channel.CHAT, agent=widget.agent, visitor_id=visitor_id, subject="Contact details"
            )
        name = " ".join(filter(None, (values.get("first_name"), values.get("last_name"))))
        Conversation.objects.filter(pk=conversation.pk).update(
            contact=contact, lead=values, visitor_name=name[:200] or conversation.visitor_name
        )
        conversations.conversation_event(
            conversation=conversation, action="lead_captured", detail=f"contact {contact.pk}"
        )
    return LeadResult(contact_id=contact.pk, created=created)


def visitor_request_human(*, widget: ChatWidget, visitor_id: str, ip: str) -> Conversation:
    visitor_id = visitor_id_clean(visitor_id)
    limit_message(ip, visitor_id)
    conversation = _open_conversation(widget, visitor_id, ip, "Asked for a person")
    return conversations.conversation_request_human(conversation=conversation)


def visitor_rate(*, widget: ChatWidget, visitor_id: str, rating, comment: str = "") -> Conversation:
    visitor_id = visitor_id_clean(visitor_id)
    conversation = visitor_conversation(widget, visitor_id)
    if conversation is None:
        raise ValidationError({"visitor_id": "There is no conversation to rate."})
    if isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 5:
        raise ValidationError({"rating": "Rate from 1 to 5."})
    comment = str(comment or "").strip()
    if len(comment) > 500:
        raise ValidationError({"comment": "Keep the comment under 500 characters."})
    Conversation.objects.filter(pk=conversation.pk).update(rating=rating, rating_comment=comment)
    conversations.conversation_event(conversation=conversation, action="rated", detail=f"{rating}/5 {comment}"[:500])
    conversation.refresh_from_db()
    return conversation
