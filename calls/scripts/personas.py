"""Persona presets (data) and the rules for an agent's overrides.

A preset is who the agent is on the phone: the region it knows, its accent
and language, its communication style, traits, local market notes, what
makes it hand over to a person, and its voice and pace. Region and accent
define the preset and are not overridable (pick another preset instead);
the other fields may be overridden per agent, within the same limits the
agent editor applies.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from django.core.exceptions import ValidationError

STYLES = {
    "formal": "Formal: full sentences, titles and surnames, no slang.",
    "casual": "Casual: relaxed and friendly, first names, short sentences.",
    "consultative": "Consultative: ask open questions, listen, summarise needs before suggesting anything.",
}
# Style -> the agent's formality field (calls.models.Agent.Formality).
STYLE_FORMALITY = {"formal": "formal", "casual": "casual", "consultative": "neutral"}
VOICES = (
    "11labs-Adrian",
    "11labs-Anika",
    "11labs-Arjun",
    "11labs-Amritanshu",
    "11labs-Chloe",
    "11labs-Emily",
    "11labs-Grace",
    "11labs-Max",
    "11labs-Myra",
    "openai-Alloy",
)
LANGUAGE_TAG = re.compile(r"^[a-z]{2}(-[A-Z]{2})?$")
OVERRIDABLE = ("language", "style", "traits", "market_notes", "escalation_triggers", "voice_id", "speaking_speed")
FIXED = ("key", "label", "region", "accent")


@dataclass(frozen=True)
class PersonaPreset:
    key: str
    label: str
    region: str
    accent: str
    language: str
    style: str
    traits: tuple[str, ...]
    market_notes: str
    escalation_triggers: tuple[str, ...]
    voice_id: str
    speaking_speed: float

    def as_dict(self) -> dict:
        data = asdict(self)
        data["traits"] = list(self.traits)
        data["escalation_triggers"] = list(self.escalation_triggers)
        return data


PRESETS: tuple[PersonaPreset, ...] = (
    PersonaPreset(
        key="mumbai_consultative",
        label="Priya, Mumbai",
        region="Mumbai",
        accent="Indian English",
        language="en-IN",
        style="consultative",
        traits=("warm", "patient", "detail-oriented"),
        market_notes=(
            "Prices are quoted in rupees, often in lakhs and crores. Western suburbs (Andheri, Bandra) and Navi "
            "Mumbai are common areas; buyers ask about carpet area, society maintenance and RERA registration."
        ),
        escalation_triggers=("legal notice", "speak to a manager", "complaint"),
        voice_id="11labs-Anika",
        speaking_speed=1.0,
    ),
    PersonaPreset(
        key="delhi_formal",
        label="Arjun, Delhi NCR",
        region="Delhi",
        accent="Indian English",
        language="en-IN",
        style="formal",
        traits=("respectful", "precise", "reassuring"),
        market_notes=(
            "Delhi NCR covers Gurugram, Noida and Dwarka; people ask about metro connectivity, builder "
            "reputation and possession dates. Amounts are in rupees (lakhs, crores)."
        ),
        escalation_triggers=("refund", "legal", "senior person"),
        voice_id="11labs-Arjun",
        speaking_speed=0.95,
    ),
    PersonaPreset(
        key="bangalore_casual",
        label="Myra, Bangalore",
        region="Bangalore",
        accent="Indian English",
        language="en-IN",
        style="casual",
        traits=("upbeat", "tech-savvy", "quick"),
        market_notes=(
            "Many callers work in tech parks (Whitefield, Electronic City, Outer Ring Road) and care about "
            "commute time and gated communities. Amounts are in rupees."
        ),
        escalation_triggers=("complaint", "speak to a person"),
        voice_id="11labs-Myra",
        speaking_speed=1.05,
    ),
    PersonaPreset(
        key="london_formal",
        label="Grace, London",
        region="London",
        accent="UK English",
        language="en-GB",
        style="formal",
        traits=("polite", "composed", "clear"),
        market_notes=(
            "Prices in pounds sterling; leasehold versus freehold, council tax bands, zones and nearby tube "
            "stations matter. Dates are said day first."
        ),
        escalation_triggers=("complaint", "solicitor", "speak to a manager"),
        voice_id="11labs-Grace",
        speaking_speed=1.0,
    ),
    PersonaPreset(
        key="new_york_casual",
        label="Max, New York",
        region="New York",
        accent="US English",
        language="en-US",
        style="casual",
        traits=("friendly", "direct", "energetic"),
        market_notes=(
            "Prices in US dollars; co-ops versus condos, board approval, broker fees and the borough "
            "(Manhattan, Brooklyn, Queens) come up. Dates are said month first."
        ),
        escalation_triggers=("lawyer", "complaint", "speak to a person"),
        voice_id="11labs-Max",
        speaking_speed=1.1,
    ),
    PersonaPreset(
        key="us_consultative",
        label="Emily, United States",
        region="United States",
        accent="US English",
        language="en-US",
        style="consultative",
        traits=("empathetic", "organised", "calm"),
        market_notes="Prices in US dollars; callers expect appointment times in their own time zone.",
        escalation_triggers=("emergency", "complaint", "speak to a person"),
        voice_id="11labs-Emily",
        speaking_speed=1.0,
    ),
)
PRESETS_BY_KEY = {preset.key: preset for preset in PRESETS}


def preset_for(key: str) -> PersonaPreset | None:
    return PRESETS_BY_KEY.get(key)


def allowed_languages() -> list[str]:
    """The presets' languages and the tenant's own: every language one of its agents speaks."""
    from calls.models import Agent

    languages = {preset.language for preset in PRESETS}
    languages.update(language for language in Agent.objects.values_list("language", flat=True) if language != "multi")
    return sorted(languages)


def _text_list(value, *, field: str, most: int, length: int, errors: dict) -> list[str]:
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list | tuple):
        errors[field] = ["Give a list of short phrases."]
        return []
    items = [str(item).strip() for item in value if str(item).strip()]
    if len(items) > most or any(len(item) > length for item in items):
        errors[field] = [f"At most {most} phrases of up to {length} characters."]
    return items


def clean_overrides(preset: PersonaPreset, overrides) -> dict:
    """The overrides an agent may set on `preset`, validated; refuses fixed or unknown fields by name."""
    if overrides in (None, ""):
        return {}
    if not isinstance(overrides, dict):
        raise ValidationError({"persona_overrides": ["Overrides are an object of field names to values."]})
    errors: dict[str, list[str]] = {}
    cleaned: dict = {}
    for field in overrides:
        if field in FIXED:
            errors[field] = [f"{field} is part of the preset and cannot be overridden: choose another preset."]
        elif field not in OVERRIDABLE:
            errors[field] = [f"Unknown persona field; these may be overridden: {', '.join(OVERRIDABLE)}."]
    if "language" in overrides:
        language = str(overrides["language"] or "").strip()
        allowed = allowed_languages()
        if not LANGUAGE_TAG.match(language) or language not in allowed:
            errors["language"] = [f"Choose one of: {', '.join(allowed)}."]
        cleaned["language"] = language
    if "style" in overrides:
        if overrides["style"] not in STYLES:
            errors["style"] = [f"Choose one of: {', '.join(STYLES)}."]
        cleaned["style"] = overrides["style"]
    if "traits" in overrides:
        cleaned["traits"] = _text_list(overrides["traits"], field="traits", most=8, length=40, errors=errors)
    if "escalation_triggers" in overrides:
        cleaned["escalation_triggers"] = _text_list(
            overrides["escalation_triggers"], field="escalation_triggers", most=20, length=50, errors=errors
        )
    if "market_notes" in overrides:
        notes = str(overrides["market_notes"] or "").strip()
        if len(notes) > 2000:
            errors["market_notes"] = ["At most 2000 characters."]
        cleaned["market_notes"] = notes
    if "voice_id" in overrides:
        if overrides["voice_id"] not in VOICES:
            errors["voice_id"] = [f"Choose one of: {', '.join(VOICES)}."]
        cleaned["voice_id"] = overrides["voice_id"]
    if "speaking_speed" in overrides:
        try:
            speed = float(overrides["speaking_speed"])
        except (TypeError, ValueError):
            speed = 0.0
        if not 0.5 <= speed <= 2.0:
            errors["speaking_speed"] = ["Enter a number between 0.5 and 2."]
        cleaned["speaking_speed"] = speed
    if errors:
        raise ValidationError(errors)
    return {field: value for field, value in cleaned.items() if value != getattr(preset, field, None)}


def resolve(preset: PersonaPreset, overrides: dict) -> dict:
    """The persona the agent runs with: the preset, then its (already cleaned) overrides."""
    return {**preset.as_dict(), **overrides}
