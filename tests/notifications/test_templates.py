"""Message templates: defaults per vertical, validation of variables, preview."""

import pytest
from django.core.exceptions import ValidationError

from notifications import rendering
from notifications.defaults import VERTICAL_WORDING, default_template
from notifications.models import NotificationTemplate
from notifications.services import template_for, template_preview, template_reset, template_update, templates_ensure

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("vertical", sorted(VERTICAL_WORDING))
def test_every_default_uses_only_known_variables(vertical):
    for event in ("booked", "rescheduled", "cancelled", "reminder"):
        for channel in ("email", "sms"):
            subject, body = default_template(vertical, event, channel)
            assert rendering.template_errors(subject) == []
            assert rendering.template_errors(body) == []
            assert "{guest_name}" in body or channel == "sms"
            assert "{noun}" not in body
            assert "{extra}" not in body


def test_defaults_are_worded_for_the_vertical():
    assert "dental appointment" in default_template("dental", "booked", "sms")[1]
    assert "visit" in default_template("home_services", "booked", "sms")[1]
    assert "viewing" in default_template("real_estate", "booked", "email")[0]
    assert "arrive 10 minutes early" in default_template("dental", "booked", "email")[1]


def test_a_tenant_gets_all_eight_templates_once(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        first = templates_ensure(tenant=tenant_a)
        second = templates_ensure(tenant=tenant_a)
        assert len(first) == 8
        assert [t.pk for t in first] == [t.pk for t in second]
        assert NotificationTemplate.objects.count() == 8


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Hi {guest}", "Unknown variable {guest}"),
        ("Hi {guest_name.__class__}", "Unknown variable {guest_name.__class__}"),
        ("Hi {guest_name!r}", "Unknown variable {guest_name!r}"),
        ("Hi {guest_name:>10}", "Unknown variable {guest_name:>10}"),
        ("Hi {0}", "Unknown variable {0}"),
        ("Hi {guest_name", "Unbalanced braces"),
        ("Hi }", "Unbalanced braces"),
    ],
)
def test_bad_placeholders_are_refused_and_nothing_changes(tenant_a, in_tenant, body, expected):
    with in_tenant(tenant_a):
        template = template_for(tenant=tenant_a, event="booked", channel="sms")
        before = template.body
        with pytest.raises(ValidationError) as excinfo:
            template_update(template=template, body=body)
        assert expected in " ".join(excinfo.value.message_dict["body"])
        template.refresh_from_db()
        assert template.body == before


@pytest.mark.parametrize(
    ("channel", "subject", "body", "field"),
    [
        ("sms", "", "", "body"),
        ("sms", "", "x" * 1601, "body"),
        ("email", "", "Hello", "subject"),
        ("email", "s" * 201, "Hello", "subject"),
    ],
)
def test_empty_or_oversized_templates_are_refused(tenant_a, in_tenant, channel, subject, body, field):
    with in_tenant(tenant_a):
        template = template_for(tenant=tenant_a, event="booked", channel=channel)
        with pytest.raises(ValidationError) as excinfo:
            template_update(template=template, subject=subject, body=body)
        assert field in excinfo.value.message_dict


def test_literal_braces_and_reset(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        template = template_for(tenant=tenant_a, event="booked", channel="sms")
        template_update(template=template, body="{{Hi}} {guest_name}")
        template.refresh_from_db()
        assert rendering.render(template.body, {"guest_name": "Jo"}) == "{Hi} Jo"
        template_reset(template=template, tenant=tenant_a)
        template.refresh_from_db()
        assert template.body == default_template(tenant_a.vertical, "booked", "sms")[1]


def test_preview_fills_in_sample_values(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        preview = template_preview(
            tenant=tenant_a, channel="sms", subject="", body="Hi {guest_name}, see you {appointment_time}."
        )
    assert preview["ok"] is True
    assert preview["body"].startswith("Hi Jamie Rivera, see you 10:00 ")
    assert preview["segments"] == 1
    bad = template_preview(tenant=tenant_a, channel="sms", subject="", body="Hi {nope}")
    assert bad["ok"] is False
    assert "body" in bad["errors"]


def test_render_never_reaches_into_objects():
    assert rendering.render("{guest_name}", {"guest_name": "Jo"}) == "Jo"
    assert rendering.render("{unknown}", {}) == "{unknown}"
