"""The permission matrix, role by role, and how flags and key scopes refine it."""

import pytest

from tenants.models import Membership
from tenants.roles import FLAGS, Perm, Role, can, has_flag

EXPECTED = {
    Role.OWNER: set(Perm),
    Role.ADMIN: set(Perm),
    Role.MANAGER: {
        Perm.VIEW,
        Perm.EDIT_CONTACTS,
        Perm.DELETE_CONTACTS,
        Perm.EXPORT_DATA,
        Perm.IMPORT_CONTACTS,
        Perm.PLACE_CALLS,
        Perm.MANAGE_AGENTS,
        Perm.MANAGE_CAMPAIGNS,
        Perm.MANAGE_CALENDAR,
        Perm.MANAGE_KNOWLEDGE,
    },
    Role.AGENT: {Perm.VIEW, Perm.EDIT_CONTACTS, Perm.PLACE_CALLS},
    Role.VIEWER: {Perm.VIEW},
}


def member(role, **flags):
    return Membership(role=role, status=Membership.Status.ACTIVE, **flags)


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("perm", list(Perm))
def test_matrix(role, perm):
    assert can(member(role), perm) is (perm in EXPECTED[role])


@pytest.mark.parametrize("role", list(Role))
def test_read_scope_allows_only_viewing(role):
    allowed = {perm for perm in Perm if can(member(role), perm, scope="read")}
    assert allowed == {Perm.VIEW}


def test_invited_or_missing_membership_allows_nothing():
    invited = Membership(role=Role.OWNER, status=Membership.Status.INVITED)
    assert not any(can(invited, perm) for perm in Perm)
    assert not any(can(None, perm) for perm in Perm)


@pytest.mark.parametrize("flag", FLAGS)
def test_owners_and_admins_hold_every_flag(flag):
    assert has_flag(member(Role.OWNER), flag)
    assert has_flag(member(Role.ADMIN), flag)


@pytest.mark.parametrize("role", [Role.MANAGER, Role.AGENT, Role.VIEWER])
@pytest.mark.parametrize("flag", FLAGS)
def test_other_roles_need_the_flag(role, flag):
    assert not has_flag(member(role, **dict.fromkeys(FLAGS, False)), flag)
    assert has_flag(member(role, **{flag: True}), flag)


def test_calendar_flag_grants_calendar_management_to_an_agent():
    assert not can(member(Role.AGENT), Perm.MANAGE_CALENDAR)
    assert can(member(Role.AGENT, can_manage_calendar=True), Perm.MANAGE_CALENDAR)
    assert not can(member(Role.VIEWER, can_manage_calendar=True), Perm.MANAGE_TEAM)


def test_unknown_flag_is_an_error():
    with pytest.raises(ValueError):
        has_flag(member(Role.OWNER), "can_fly")


def test_billing_is_for_owners_and_admins_only():
    assert {role for role in Role if can(member(role), Perm.MANAGE_BILLING)} == {Role.OWNER, Role.ADMIN}
