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

    name: str  # a contact field (first_name, last_name, email, phone, company) or a custom field key
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
    kind: str = "string"  # string | boolean | number | enum
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


def all_templates() -> dict[str, VerticalTemplate]:
    """Every vertical's template, keyed by the tenant vertical value."""
    templates = {}
    for name in TEMPLATE_MODULES:
        try:
            module = import_module(f"{__name__}.{name}")
        except ModuleNotFoundError:
            continue
        template = module.TEMPLATE
        templates[template.vertical] = template
    return templates


def template_for(vertical: str) -> VerticalTemplate | None:
    """The template of `vertical` (medical shares dental's), or None for "other"."""
    templates = all_templates()
    if vertical == "medical":
        vertical = "dental"
    return templates.get(vertical)
