"""Every email goes through the outbox: a Notification row first, then the email adapter."""

import pytest
from django.core import mail
from django.test import override_settings

from notifications.models import Notification, NotificationStatus
from notifications.providers.email import EmailError, email_provider
from notifications.services import email_queue, staff_email_queue, staff_recipients
from tenants.models import Membership
from tenants.selectors import member_emails
from tenants.services import member_invite
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


@override_settings(EMAIL_BACKEND="tests.notifications.failing_backend.RefusingBackend")
def test_a_refused_recipient_is_a_permanent_error():
    with pytest.raises(EmailError) as error:
        email_provider().send(to="nobody@example.test", subject="Hi", body="Hello")
    assert (error.value.permanent, error.value.code) == (True, "refused")


@override_settings(EMAIL_BACKEND="tests.notifications.failing_backend.FailingBackend")
def test_a_dropped_connection_is_a_transient_error():
    with pytest.raises(EmailError) as error:
        email_provider().send(to="somebody@example.test", subject="Hi", body="Hello")
    assert (error.value.permanent, error.value.code) == (False, "smtp")


def test_an_invitation_is_an_outbox_row_sent_after_commit(tenant_a, owner_a, run_on_commit, in_tenant):
    with run_on_commit():
        member_invite(tenant=tenant_a, email="newcomer@example.test", role="agent", actor_membership=owner_a)
    with in_tenant(tenant_a):
        row = Notification.objects.get(kind="team.invitation")
    assert (row.recipient, row.status, row.channel) == ("newcomer@example.test", NotificationStatus.SENT, "email")
    assert row.contact_id is None
    assert "/invite/" in row.body
    assert [m.to for m in mail.outbox] == [["newcomer@example.test"]]
    assert mail.outbox[0].subject == row.subject


@override_settings(EMAIL_BACKEND="tests.notifications.failing_backend.FailingBackend")
def test_an_invitation_that_cannot_be_sent_now_is_retried_later(tenant_a, owner_a, run_on_commit, in_tenant):
    with run_on_commit():
        member_invite(tenant=tenant_a, email="later@example.test", role="viewer", actor_membership=owner_a)
    with in_tenant(tenant_a):
        row = Notification.objects.get(kind="team.invitation")
    assert row.status == NotificationStatus.RETRYING and row.next_attempt_at is not None
    assert Membership.objects.get(user__email="later@example.test").status == "invited"


def test_staff_emails_go_to_active_owners_and_admins_once(
    tenant_a, owner_a, admin_a, viewer_a, in_tenant, run_on_commit
):
    MembershipFactory(tenant=tenant_a, role="admin", status=Membership.Status.INVITED)
    expected = sorted(["founder@alpha.test", owner_a.user.email, admin_a.user.email])  # founder: tenant_a's creator
    with in_tenant(tenant_a):
        assert sorted(staff_recipients(tenant=tenant_a)) == expected
        with run_on_commit():
            staff_email_queue(tenant=tenant_a, kind="test.alert", subject="Look", body="Now", dedupe_key="alert:1")
        with run_on_commit():
            staff_email_queue(tenant=tenant_a, kind="test.alert", subject="Look", body="Now", dedupe_key="alert:1")
        rows = list(Notification.objects.filter(kind="test.alert").order_by("recipient"))
    assert [r.recipient for r in rows] == expected
    assert sorted(m.to[0] for m in mail.outbox) == expected


def test_an_email_with_a_dedupe_key_is_queued_once(tenant_a, in_tenant, run_on_commit):
    with in_tenant(tenant_a), run_on_commit():
        first = email_queue(kind="x", recipient="a@example.test", subject="s", body="b", dedupe_key="k")
        again = email_queue(kind="x", recipient="a@example.test", subject="s", body="b", dedupe_key="k")
    assert first.pk == again.pk and len(mail.outbox) == 1


def test_the_members_selector_filters_by_status_and_role(tenant_a, tenant_b, owner_a, viewer_a, owner_b):
    invited = MembershipFactory(tenant=tenant_a, role="agent", status=Membership.Status.INVITED)
    active = {email for _, email in member_emails(tenant=tenant_a)}
    everyone = {email for _, email in member_emails(tenant=tenant_a, active_only=False)}
    owners = {email for _, email in member_emails(tenant=tenant_a, roles=["owner"])}
    assert active == {"founder@alpha.test", owner_a.user.email, viewer_a.user.email}
    assert everyone == active | {invited.user.email}
    assert owners == {"founder@alpha.test", owner_a.user.email}
    assert owner_b.user.email not in everyone
