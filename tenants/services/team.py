"""The team: invitations, role and permission changes, removals (at least one owner always remains)."""

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone

from tenants.events import MemberInvited
from tenants.models import ApiKey, Membership, Tenant, User
from tenants.roles import DEFAULT_FLAGS, FLAGS, Role
from tenants.services.audit import audit_record
from voiceplatform import events


class TeamError(ValidationError):
    """A team change that would break a rule (for example removing the last owner)."""


def _active_owner_count(tenant: Tenant) -> int:
    return Membership.objects.filter(tenant=tenant, role=Role.OWNER, status=Membership.Status.ACTIVE).count()


def _check_role_change_allowed(actor_membership: Membership, role: str) -> None:
    if role not in Role.values:
        raise TeamError({"role": [f"Choose one of: {', '.join(Role.values)}."]})
    if role == Role.OWNER and actor_membership.role != Role.OWNER:
        raise TeamError({"role": ["Only an owner can make someone an owner."]})


@transaction.atomic
def member_invite(
    *,
    tenant: Tenant,
    email: str,
    role: str,
    actor_membership: Membership,
    flags: dict | None = None,
    ip_address: str | None = None,
) -> Membership:
    """Add someone to the team; new people get an email link to set a password (MemberInvited)."""
    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError as exc:
        raise TeamError({"email": ["Enter a valid email address."]}) from exc
    _check_role_change_allowed(actor_membership, role)
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        user = User.objects.create_user(email=email, password=None)
    if Membership.objects.filter(tenant=tenant, user=user).exists():
        raise TeamError({"email": ["This person is already on the team."]})
    values = {**DEFAULT_FLAGS[role], **{k: bool(v) for k, v in (flags or {}).items() if k in FLAGS}}
    membership = Membership.objects.create(
        user=user,
        tenant=tenant,
        role=role,
        status=Membership.Status.INVITED,
        invited_by=actor_membership.user,
        **values,
    )
    audit_record(
        action="member.invited",
        tenant=tenant,
        actor=actor_membership.user,
        target=membership,
        ip_address=ip_address,
        metadata={"email": email, "role": role},
    )
    events.publish(
        MemberInvited(membership_id=membership.pk, tenant_id=tenant.pk, email=email, schema_name=tenant.schema_name)
    )
    return membership


@transaction.atomic
def member_update(
    *,
    membership: Membership,
    actor_membership: Membership,
    role: str | None = None,
    flags: dict | None = None,
    ip_address: str | None = None,
) -> Membership:
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    before = {"role": membership.role, **{f: getattr(membership, f) for f in FLAGS}}
    if role is not None and role != membership.role:
        _check_role_change_allowed(actor_membership, role)
        if membership.role == Role.OWNER:
            if actor_membership.role != Role.OWNER:
                raise TeamError({"role": ["Only an owner can change an owner's role."]})
            if membership.is_active and _active_owner_count(membership.tenant) <= 1:
                raise TeamError({"role": ["A tenant needs at least one owner."]})
        membership.role = role
    for flag, value in (flags or {}).items():
        if flag not in FLAGS:
            raise TeamError({flag: ["Unknown permission flag."]})
        setattr(membership, flag, bool(value))
    membership.save()
    after = {"role": membership.role, **{f: getattr(membership, f) for f in FLAGS}}
    if after != before:
        audit_record(
            action="member.role_changed",
            tenant=membership.tenant,
            actor=actor_membership.user,
            target=membership,
            ip_address=ip_address,
            metadata={"before": before, "after": after},
        )
    return membership


@transaction.atomic
def member_remove(*, membership: Membership, actor_membership: Membership, ip_address: str | None = None) -> None:
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if membership.role == Role.OWNER:
        if actor_membership.role != Role.OWNER:
            raise TeamError({"role": ["Only an owner can remove an owner."]})
        # Lock the owners so two concurrent removals cannot both pass the check.
        list(Membership.objects.select_for_update().filter(tenant=membership.tenant, role=Role.OWNER))
        if membership.is_active and _active_owner_count(membership.tenant) <= 1:
            raise TeamError({"role": ["You cannot remove the last owner."]})
    ApiKey.objects.filter(tenant=membership.tenant, user=membership.user, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )
    audit_record(
        action="member.removed",
        tenant=membership.tenant,
        actor=actor_membership.user,
        target=membership,
        ip_address=ip_address,
        metadata={"email": membership.user.email},
    )
    membership.delete()


@transaction.atomic
def invitation_accept(*, membership: Membership, password: str | None) -> Membership:
    """Activate an invited membership; set the password when the user has none yet."""
    membership = Membership.objects.select_for_update().select_related("user").get(pk=membership.pk)
    user = membership.user
    if password:
        user.set_password(password)
        user.save(update_fields=["password"])
    if membership.status != Membership.Status.ACTIVE:
        membership.status = Membership.Status.ACTIVE
        membership.joined_at = timezone.now()
        membership.save(update_fields=["status", "joined_at"])
        audit_record(action="member.joined", tenant=membership.tenant, actor=user, target=membership)
    return membership
