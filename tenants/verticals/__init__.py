"""Vertical templates: what a new business of one kind starts with, as data.

One module per vertical (`tenants/verticals/<vertical>.py`) defines
`TEMPLATE = VerticalTemplate(...)`; nothing here is a code path of its own.
Each feature app applies the part it owns through the
`tenants.hooks.vertical_appliers` registry (`(tenant, template) -> None`, run
in the tenant's schema): the agent's prompt and greetings, the widget's quick
prompts and lead fields, sample FAQs, escalation rules, appointment types,
notification wording. So the tenants app imports no feature app.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import import_module


@dataclass(frozen=True)
class LeadField:
    """One field of the chat widget's lead capture form."""

    name: str  # a field of LEAD_CONTACT_FIELDS, or a custom field key (snake_case)
    label: str
    kind: str = "text"  # text | email | phone | choice | textarea
    required: bool = False
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class SampleFAQ:
    question: str
    answer: str


@dataclass(frozen=True)
class EscalationRule:
    """Words that make a conversation urgent and alert staff (e.g. "gas leak")."""

    name: str
    phrases: tuple[str, ...]
    reply: str = ""


@dataclass(frozen=True)
class AppointmentTypeDefault:
    name: str
    duration_minutes: int
    description: str = ""


@dataclass(frozen=True)
class AnalysisField:
    """A post-call analysis field (what the voice provider extracts after a call)."""

    name: str
    description: str
    kind: str = "string"  # one of ANALYSIS_KINDS
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class VerticalTemplate:
    vertical: str
    label: str
    summary: str
    system_prompt: str
    chat_greeting: str
    voice_greeting: str
    quick_prompts: tuple[str, ...]
    lead_fields: tuple[LeadField, ...]
    sample_faqs: tuple[SampleFAQ, ...]
    escalation_rules: tuple[EscalationRule, ...]
    after_hours_script: str
    transfer_script: str
    analysis_fields: tuple[AnalysisField, ...]
    appointment_types: tuple[AppointmentTypeDefault, ...]
    notification_wording: dict[str, str] = field(default_factory=dict)


TEMPLATE_MODULES = ("home_services", "dental", "legal", "real_estate", "salon", "ecommerce")
# Lead fields with these names fill the contact's own columns; any other name is a custom field key.
LEAD_CONTACT_FIELDS = ("first_name", "last_name", "email", "phone", "company", "address", "notes")
LEAD_FIELD_KINDS = ("text", "email", "phone", "choice", "textarea")
ANALYSIS_KINDS = ("string", "boolean", "number", "enum")


def all_templates() -> dict[str, VerticalTemplate]:
    """Every vertical's template, keyed by the tenant vertical value (a missing module is an error)."""
    templates = {}
    for name in TEMPLATE_MODULES:
        template = import_module(f"{__name__}.{name}").TEMPLATE
        templates[template.vertical] = template
    return templates


def template_for(vertical: str) -> VerticalTemplate | None:
    """The template of `vertical` (medical shares dental's), or None for "other"."""
    templates = all_templates()
    if vertical == "medical":
        vertical = "dental"
    return templates.get(vertical)
