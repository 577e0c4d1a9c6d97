"""Vertical templates: complete for every industry, and applied idempotently by every app."""

import re
from dataclasses import fields

import pytest
from django.core.exceptions import ValidationError
from django_tenants.utils import schema_context

from appointments.models import AppointmentType
from calls.models import Agent
from calls.services.agents import clean_agent_config
from knowledge.models import FAQ, KnowledgeSettings
from notifications.models import NotificationTemplate
from tenants import verticals
from tenants.models import Tenant
from tenants.services import apply_vertical_template
from tenants.verticals import (
    ANALYSIS_KINDS,
    LEAD_CONTACT_FIELDS,
    LEAD_FIELD_KINDS,
    all_templates,
    template_for,
)

SNAKE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
EXPECTED = {"home_services", "dental", "legal", "real_estate", "salon", "ecommerce"}


def test_there_is_a_template_for_each_of_the_six_verticals():
    templates = all_templates()
    assert set(templates) == EXPECTED
    assert set(Tenant.Vertical.values) >= EXPECTED
    assert template_for("medical") is templates["dental"]
    assert template_for("other") is None


@pytest.mark.parametrize("vertical", sorted(EXPECTED))
def test_every_template_is_complete(vertical):
    template = all_templates()[vertical]
    for field in fields(template):
        assert getattr(template, field.name), f"{vertical}.{field.name} is empty"
    for text in (
        template.system_prompt,
        template.chat_greeting,
        template.voice_greeting,
        template.after_hours_script,
        template.transfer_script,
        template.summary,
    ):
        assert len(text.strip()) >= 20
    assert len(template.quick_prompts) >= 3 and all(p.strip() for p in template.quick_prompts)
    names = [f.name for f in template.lead_fields]
    assert len(names) == len(set(names))
    assert {"email", "phone"} & set(names), "a lead must be reachable"
    for lead in template.lead_fields:
        assert lead.name in LEAD_CONTACT_FIELDS or SNAKE.match(lead.name)
        assert lead.kind in LEAD_FIELD_KINDS and lead.label
        assert (lead.kind == "choice") == bool(lead.choices)
        if lead.name == "email":
            assert lead.kind == "email"
        if lead.name == "phone":
            assert lead.kind == "phone"
    assert len(template.sample_faqs) >= 3
    assert all(f.question.endswith("?") and f.answer for f in template.sample_faqs)
    assert all(rule.name and rule.phrases for rule in template.escalation_rules)
    for analysis in template.analysis_fields:
        assert SNAKE.match(analysis.name) and analysis.description
        assert analysis.kind in ANALYSIS_KINDS
        assert (analysis.kind == "enum") == (len(analysis.choices) >= 2)
    assert all(a.name and a.duration_minutes >= 5 for a in template.appointment_types)
    assert set(template.notification_wording) >= {"noun", "extra"}


@pytest.mark.parametrize("vertical", sorted(EXPECTED))
def test_the_agent_accepts_every_template(tenant_a, vertical):
    from calls.vertical import agent_config_for

    # The agent's own validation (variables, analysis field shapes, lengths) passes for each template.
    cleaned = clean_agent_config(tenant=tenant_a, data=agent_config_for(all_templates()[vertical]))
    assert cleaned["greeting"] and cleaned["analysis_fields"]


def test_a_missing_template_module_is_an_error_not_a_silent_gap(monkeypatch):
    monkeypatch.setattr(verticals, "TEMPLATE_MODULES", (*verticals.TEMPLATE_MODULES, "no_such_vertical"))
    with pytest.raises(ModuleNotFoundError):
        all_templates()


def _state(tenant):
    with schema_context(tenant.schema_name):
        agent = Agent.objects.filter(purpose=Agent.Purpose.RECEPTIONIST).first()
        return {
            "agents": Agent.objects.count(),
            "agent": agent and (agent.greeting, agent.system_prompt, agent.analysis_fields, agent.escalation_keywords),
            "faqs": sorted(FAQ.objects.values_list("question", "is_active")),
            "phrases": list(KnowledgeSettings.objects.values_list("escalation_phrases", flat=True)),
            "types": sorted(AppointmentType.objects.values_list("slug", "duration_minutes")),
            "templates": sorted(NotificationTemplate.objects.values_list("event", "channel", "body")),
        }


def test_applying_a_template_sets_up_every_app_and_twice_changes_nothing(tenant_a):
    template = apply_vertical_template(tenant=tenant_a, vertical="home_services")
    first = _state(tenant_a)
    assert Tenant.objects.get(pk=tenant_a.pk).vertical == "home_services"
    assert first["agents"] == 1
    greeting, prompt, analysis, keywords = first["agent"]
    assert greeting == template.voice_greeting
    assert template.after_hours_script in prompt and template.transfer_script in prompt
    assert {"job_type", "is_emergency"} <= {f["name"] for f in analysis}
    assert "gas leak" in keywords
    assert [q for q, _ in first["faqs"]] == sorted(f.question for f in template.sample_faqs)
    assert not any(active for _, active in first["faqs"]), "samples wait for the owner's review"
    assert "burst pipe" in first["phrases"][0]
    assert ("emergency-call-out", 90) in first["types"]
    assert len(first["templates"]) == 8
    assert all("{noun}" not in body for _, _, body in first["templates"])
    assert any("technician will text you" in body for _, _, body in first["templates"])

    apply_vertical_template(tenant=tenant_a, vertical="home_services")
    assert _state(tenant_a) == first


def test_switching_vertical_rewrites_the_agent_but_keeps_the_owners_edits(tenant_a):
    apply_vertical_template(tenant=tenant_a, vertical="home_services")
    with schema_context(tenant_a.schema_name):
        AppointmentType.objects.filter(slug="service-visit").update(duration_minutes=75)
        NotificationTemplate.objects.filter(event="booked", channel="sms").update(body="Our own words {company_name}")
    apply_vertical_template(tenant=tenant_a, vertical="legal")
    state = _state(tenant_a)
    assert state["agents"] == 1
    assert state["agent"][0] == all_templates()["legal"].voice_greeting
    assert ("service-visit", 75) in state["types"] and ("initial-consultation", 60) in state["types"]
    assert ("booked", "sms", "Our own words {company_name}") in state["templates"]


def test_an_unknown_vertical_changes_nothing(tenant_a):
    before = _state(tenant_a)
    with pytest.raises(ValidationError):
        apply_vertical_template(tenant=tenant_a, vertical="spaceships")
    assert _state(tenant_a) == before
    assert Tenant.objects.get(pk=tenant_a.pk).vertical == tenant_a.vertical
