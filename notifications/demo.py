"""Demo messaging for `seed_demo`: the vertical's default templates. Idempotent."""

from notifications.services import templates_ensure


def seed(tenant) -> None:
    templates_ensure(tenant=tenant)
