"""Signup: a new business becomes a workspace with its owner, its vertical template and a login handoff.

Everything is checked before anything is written, and the writes share one
transaction (the schema clone included: PostgreSQL DDL is transactional), so
bad input or a failure halfway leaves nothing behind. The owner signs up on
the platform host but works on the workspace host, where the platform's
session cookie does not reach: a signed, single-use, two-minute token carries
the login across (`handoff_url` / `handoff_redeem`).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from allauth.core import context as allauth_context
from django.conf import settings
from django.contrib.auth import login
from django.contrib.auth.password_validation import validate_password
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils.text import slugify

from onboarding.models import OnboardingProgress
from onboarding.services import abuse
from tenants.models import Membership, Tenant, User, validate_timezone
from tenants.services import apply_vertical_template, audit_record, slug_problem, tenant_create, tenant_url

HANDOFF_SALT = "onboarding.handoff"
HANDOFF_MAX_AGE = 120


class SignupRefused(Exception):
    """Too many attempts from one address: answered with 429, nothing checked or created."""


@dataclass
class SignupResult:
    tenant: Tenant
    user: User
    handoff_url: str


def slug_for(name: str) -> str:
    """A free workspace address made from the business name."""
    base = slugify(name).strip("-")[:34].strip("-")
    if not base or not base[0].isalpha():
        base = "biz-" + base
    if len(base) < 3:
        base = f"{base}-biz"
    candidate, counter = base, 2
    while slug_problem(candidate):
        candidate, counter = f"{base}-{counter}", counter + 1
    return candidate


def signup_errors(*, email: str, password: str, business_name: str, vertical: str, timezone_name: str) -> dict:
    """Every problem with a signup, by field (empty when it can go ahead)."""
    errors: dict[str, list[str]] = {}
    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError:
        errors["email"] = ["Enter a valid email address."]
    else:
        problem = abuse.email_problem(email)
        if problem:
            errors["email"] = [problem]
        elif User.objects.filter(email__iexact=email).exists():
            errors["email"] = ["An account with this email already exists: sign in to your workspace instead."]
    if not password:
        errors["password"] = ["Choose a password."]
    else:
        try:
            validate_password(password, user=User(email=email))
        except ValidationError as exc:
            errors["password"] = list(exc.messages)
    problem = abuse.business_name_problem(business_name)
    if problem:
        errors["business_name"] = [problem]
    if vertical not in Tenant.Vertical.values:
        errors["vertical"] = ["Choose your kind of business."]
    try:
        validate_timezone(timezone_name or "")
    except ValidationError:
        errors["timezone"] = ["Choose your time zone."]
    return errors


def signup(
    *, email: str, password: str, business_name: str, vertical: str, timezone_name: str, ip: str | None, request=None
) -> SignupResult:
    """Create the workspace, its owner and the vertical's starting set-up; send the verification email."""
    if not abuse.signup_allowed(ip):
        raise SignupRefused("Too many signups from your network in the last hour. Try again later.")
    errors = signup_errors(
        email=email, password=password, business_name=business_name, vertical=vertical, timezone_name=timezone_name
    )
    if errors:
        raise ValidationError(errors)
    email = email.strip().lower()
    with transaction.atomic():
        tenant = tenant_create(
            slug=slug_for(business_name),
            name=business_name.strip(),
            owner_email=email,
            owner_password=password,
            vertical=vertical,
            timezone_name=timezone_name,
        )
        template = apply_vertical_template(tenant=tenant, vertical=vertical)
        user = User.objects.get(email__iexact=email)
        address = EmailAddress.objects.create(user=user, email=email, primary=True, verified=False)
        OnboardingProgress.objects.create(
            tenant=tenant,
            step="website" if template else "industry",
            steps_done=["industry"] if template else [],
        )
        audit_record(action="tenant.signed_up", tenant=tenant, actor=user, target=tenant, ip_address=ip)
        if request is not None:
            transaction.on_commit(lambda: _send_confirmation(request, address, signup=True))
    return SignupResult(tenant=tenant, user=user, handoff_url=handoff_url(user=user, tenant=tenant))


def _send_confirmation(request, address: EmailAddress, *, signup: bool) -> None:
    """allauth builds the link from the request it holds in its context (absent after the response)."""
    with allauth_context.request_context(request):
        address.send_confirmation(request, signup=signup)


def handoff_url(*, user: User, tenant: Tenant) -> str:
    token = signing.dumps({"u": user.pk, "t": tenant.pk, "n": secrets.token_hex(8)}, salt=HANDOFF_SALT)
    return tenant_url(tenant, reverse("onboarding:signup_handoff", args=[token], urlconf=settings.ROOT_URLCONF))


def handoff_redeem(request, token: str) -> Membership | None:
    """Sign the new owner in on the workspace host; None when the token is bad, stale, used or another tenant's."""
    try:
        data = signing.loads(token, salt=HANDOFF_SALT, max_age=HANDOFF_MAX_AGE)
    except signing.BadSignature:
        return None
    if data.get("t") != request.tenant.pk or not cache.add(f"signup-handoff:{data['n']}", 1, HANDOFF_MAX_AGE * 2):
        return None
    membership = (
        Membership.objects.select_related("user")
        .filter(user_id=data["u"], tenant=request.tenant, status=Membership.Status.ACTIVE, user__is_active=True)
        .first()
    )
    if membership is None:
        return None
    login(request, membership.user, backend="django.contrib.auth.backends.ModelBackend")
    return membership


def email_verified(user: User) -> bool:
    return EmailAddress.objects.filter(user=user, email__iexact=user.email, verified=True).exists()


def verification_resend(request, user: User) -> bool:
    address = EmailAddress.objects.filter(user=user, email__iexact=user.email).first()
    if address is None:
        address = EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=False)
    if address.verified:
        return False
    _send_confirmation(request, address, signup=False)
    return True
