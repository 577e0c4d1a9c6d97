"""Self-service signup: validation, abuse limits, the workspace it creates, the login handoff, email verification."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.test import Client
from django_tenants.utils import schema_context

from calls.models import Agent
from onboarding.models import OnboardingProgress
from onboarding.services import abuse
from tenants.models import Membership, Tenant, User
from tests.conftest import host_of

pytestmark = pytest.mark.django_db
GOOD = {
    "email": "maria@brightsmiles.example",
    "password": "Floss-daily-2026!",
    "business_name": "Bright Smiles Dental",
    "vertical": "dental",
    "timezone": "Europe/London",
}


def counts():
    return Tenant.objects.count(), User.objects.count(), Membership.objects.count(), OnboardingProgress.objects.count()


def test_signup_creates_the_workspace_applies_the_template_and_signs_the_owner_in(public_client, run_on_commit):
    with run_on_commit():
        response = public_client.post("/signup/", GOOD)
    assert response.status_code == 200 and "is ready" in response.content.decode()
    tenant = Tenant.objects.get(name="Bright Smiles Dental")
    assert (tenant.slug, tenant.vertical, tenant.timezone) == ("bright-smiles-dental", "dental", "Europe/London")
    owner = User.objects.get(email="maria@brightsmiles.example")
    assert owner.check_password(GOOD["password"])
    membership = Membership.objects.get(user=owner, tenant=tenant)
    assert membership.role == "owner" and membership.is_active
    with schema_context(tenant.schema_name):
        agent = Agent.objects.get(purpose="receptionist")
        assert "front desk" in agent.system_prompt and "in_pain" in [f["name"] for f in agent.analysis_fields]
    progress = OnboardingProgress.objects.get(tenant=tenant)
    assert (progress.step, progress.steps_done) == ("website", ["industry"])

    # The owner lands on the workspace host, signed in, at the wizard; the link works once.
    location = response.context["next_url"]
    assert location.startswith(f"http://{host_of(tenant)}:") and "/setup/welcome/" in location
    path = "/" + location.split("/", 3)[3]
    tenant_client = Client(HTTP_HOST=host_of(tenant))
    landed = tenant_client.get(path)
    assert landed.status_code == 302 and landed["Location"] == "/setup/"
    assert tenant_client.get("/setup/website/").status_code == 200
    assert Client(HTTP_HOST=host_of(tenant)).get(path).status_code == 400


def test_the_handoff_link_of_one_workspace_signs_nobody_in_on_another(public_client, tenant_b):
    response = public_client.post("/signup/", GOOD)
    path = "/" + response.context["next_url"].split("/", 3)[3]
    other = Client(HTTP_HOST=host_of(tenant_b))
    assert other.get(path).status_code == 400
    assert other.get("/setup/").status_code == 302  # still anonymous: sent to sign in
    assert other.get("/setup/welcome/forged-token/").status_code == 400


def test_the_owner_confirms_their_email_with_the_link_sent(public_client, run_on_commit):
    with run_on_commit():
        public_client.post("/signup/", GOOD)
    address = EmailAddress.objects.get(email=GOOD["email"])
    assert address.primary and not address.verified
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [GOOD["email"]]
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[0].body).group(0)
    path = "/" + link.split("/", 3)[3]
    assert public_client.get(path).status_code == 200
    public_client.post(path)
    address.refresh_from_db()
    assert address.verified


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("email", "not-an-email", "valid email"),
        ("email", "someone@mailinator.com", "permanent email"),
        ("password", "password", "too common"),
        ("password", "short", "too short"),
        ("business_name", "", "business's name"),
        ("business_name", "asdfgh", "does not look like a business"),
        ("business_name", "test", "real name"),
        ("business_name", "https://cheap-pills.example", "not a web or email"),
        ("business_name", "zzzzzzz", "does not look like a business"),
        ("business_name", "xkcdqrstv Ltd", "does not look like a business"),
        ("business_name", "12345 !!!", "needs letters"),
        ("vertical", "spaceships", "kind of business"),
        ("timezone", "Mars/Olympus", "time zone"),
    ],
)
def test_bad_input_is_explained_and_creates_nothing(public_client, field, value, message):
    before = counts()
    response = public_client.post("/signup/", {**GOOD, field: value})
    assert response.status_code == 400
    assert message in response.content.decode().replace("&#x27;", "'")
    assert "Nothing has been created yet" in response.content.decode()
    assert counts() == before
    assert not EmailAddress.objects.filter(email=GOOD["email"]).exists()


def test_one_signup_per_email(public_client, tenant_a):
    founder = tenant_a.memberships.get().user
    before = counts()
    response = public_client.post("/signup/", {**GOOD, "email": founder.email.upper()})
    assert response.status_code == 400
    assert "already exists" in response.content.decode()
    assert counts() == before
    founder.refresh_from_db()
    assert founder.check_password("correct-horse-battery-9"), "an existing account's password is never touched"


def test_attempts_are_limited_per_ip(public_client, settings):
    settings.SIGNUP_ATTEMPTS_PER_HOUR = 2
    for _ in range(2):
        assert public_client.post("/signup/", {**GOOD, "business_name": "asdf"}).status_code == 400
    before = counts()
    refused = public_client.post("/signup/", GOOD)
    assert refused.status_code == 429
    assert "Too many signups" in refused.content.decode()
    assert counts() == before
    # Another address is counted on its own.
    assert Client(HTTP_HOST="localhost", REMOTE_ADDR="10.9.8.7").post("/signup/", GOOD).status_code == 200


def test_two_businesses_with_the_same_name_get_different_addresses(public_client):
    public_client.post("/signup/", GOOD)
    second = Client(HTTP_HOST="localhost").post("/signup/", {**GOOD, "email": "reception@brightsmiles2.example"})
    assert second.status_code == 200
    assert sorted(Tenant.objects.filter(name="Bright Smiles Dental").values_list("slug", flat=True)) == [
        "bright-smiles-dental",
        "bright-smiles-dental-2",
    ]


@pytest.mark.parametrize(
    "name",
    [
        "Bright Smiles Dental",
        "AAA Plumbing & Heating",
        "Dr. Ng's Clinic",
        "Schmidt Law",
        "Salon Élan",
        "O'Brien Realty",
    ],
)
def test_real_business_names_pass(name):
    assert abuse.business_name_problem(name) is None


def test_the_signup_page_is_accessible_and_preselects_the_vertical(public_client):
    page = public_client.get("/signup/?vertical=legal").content.decode()
    assert "<title>Start free" in page and 'name="description"' in page
    for field in ("email", "password", "business", "vertical", "timezone"):
        assert f'<label for="signup-{field}">' in page
    assert '<option value="legal" selected>' in page
