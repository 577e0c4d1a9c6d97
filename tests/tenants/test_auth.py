import pytest
from allauth.mfa.models import Authenticator
from django.test import Client

from tenants.models import AuditEvent, TenantSettings
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def _login(client, email, password):
    return client.post("/accounts/login/", {"login": email, "password": password})


def test_password_login_works_and_is_audited(owner_a):
    client = Client(HTTP_HOST="alpha.localhost")
    response = _login(client, owner_a.user.email, PASSWORD)
    assert response.status_code == 302
    assert client.get("/").status_code == 200
    assert AuditEvent.objects.filter(action="auth.login", actor=owner_a.user, tenant=owner_a.tenant).exists()


def test_failed_logins_lock_out_after_five(owner_a):
    client = Client(HTTP_HOST="alpha.localhost")
    for _ in range(5):
        _login(client, owner_a.user.email, "wrong-password")
    locked = _login(client, owner_a.user.email, PASSWORD)
    assert locked.status_code == 429
    assert b"Too many failed sign-in attempts" in locked.content
    assert AuditEvent.objects.filter(action="auth.login_failed").count() >= 5
    # Another person from the same office is not locked out.
    other = Client(HTTP_HOST="alpha.localhost")
    assert _login(other, "someone.else@example.test", "x").status_code != 429


def test_login_by_emailed_code_is_offered(tenant_a):
    response = Client(HTTP_HOST="alpha.localhost").get("/accounts/login/code/")
    assert response.status_code == 200


def test_password_reset_sends_email(owner_a, mailoutbox):
    response = Client(HTTP_HOST="alpha.localhost").post("/accounts/password/reset/", {"email": owner_a.user.email})
    assert response.status_code == 302
    assert len(mailoutbox) == 1


def test_open_signup_is_closed(tenant_a):
    response = Client(HTTP_HOST="alpha.localhost").post(
        "/accounts/signup/",
        {"email": "stranger@example.test", "password1": "x-strong-pass-1", "password2": "x-strong-pass-1"},
    )
    assert b"closed" in response.content.lower() or response.status_code in (302, 403)
    from tenants.models import User

    assert not User.objects.filter(email="stranger@example.test").exists()


def test_required_mfa_sends_owner_to_authenticator_setup(portal, owner_a, viewer_a):
    TenantSettings.objects.filter(tenant=owner_a.tenant).update(require_mfa=True)
    response = portal(owner_a).get("/")
    assert response.status_code == 302
    assert "/accounts/2fa/totp/activate" in response["Location"]
    # Viewers are not required to.
    assert portal(viewer_a).get("/").status_code == 200
    # Once set up, the owner gets through.
    Authenticator.objects.create(user=owner_a.user, type=Authenticator.Type.TOTP, data={"secret": "x"})
    assert portal(owner_a).get("/").status_code == 200


def test_attempts_during_the_lockout_do_not_extend_it(owner_a):
    """Retrying while locked out, even with the right password, must not restart the cool-off."""
    from datetime import timedelta

    import time_machine
    from django.utils import timezone

    client = Client(HTTP_HOST="alpha.localhost")
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        for _ in range(5):
            _login(client, owner_a.user.email, "wrong-password")
        clock.move_to(start + timedelta(minutes=4))
        assert _login(client, owner_a.user.email, PASSWORD).status_code == 429
        assert _login(client, owner_a.user.email, "wrong-password").status_code == 429
        clock.move_to(start + timedelta(minutes=5, seconds=5))
        assert _login(client, owner_a.user.email, PASSWORD).status_code == 302


def test_next_may_only_point_to_the_current_host(owner_a):
    client = Client(HTTP_HOST="alpha.localhost")
    response = client.post(
        "/accounts/login/?next=http://beta.localhost/", {"login": owner_a.user.email, "password": PASSWORD}
    )
    assert response.status_code == 302 and "beta.localhost" not in response["Location"]
    client = Client(HTTP_HOST="alpha.localhost")
    response = client.post(
        "/accounts/login/?next=http://alpha.localhost/contacts/", {"login": owner_a.user.email, "password": PASSWORD}
    )
    assert response["Location"] in ("http://alpha.localhost/contacts/", "/contacts/")
    client = Client(HTTP_HOST="alpha.localhost")
    response = client.post("/accounts/login/?next=/contacts/", {"login": owner_a.user.email, "password": PASSWORD})
    assert response["Location"] == "/contacts/"


def test_password_reset_is_sent_only_for_members_of_the_host(owner_a, mailoutbox):
    response = Client(HTTP_HOST="beta.localhost").post("/accounts/password/reset/", {"email": owner_a.user.email})
    assert response.status_code == 302
    assert mailoutbox == []
    response = Client(HTTP_HOST="beta.localhost").post(
        "/accounts/password/reset/", {"email": "nobody-at-all@example.test"}
    )
    assert mailoutbox == []


def test_a_reset_link_from_one_tenants_host_does_not_work_on_anothers(owner_a, tenant_b, mailoutbox):
    import re

    from tests.factories import MembershipFactory

    MembershipFactory(user=owner_a.user, tenant=tenant_b, role="viewer")
    Client(HTTP_HOST="alpha.localhost").post("/accounts/password/reset/", {"email": owner_a.user.email})
    (message,) = mailoutbox
    link = re.search(r"http://alpha\.localhost(?::\d+)?(/accounts/password/reset/key/\S+/)", message.body)
    assert link, message.body
    path = link.group(1)

    elsewhere = Client(HTTP_HOST="beta.localhost").get(path, follow=True)
    assert b"password1" not in elsewhere.content
    here = Client(HTTP_HOST="alpha.localhost").get(path, follow=True)
    assert b"password1" in here.content
