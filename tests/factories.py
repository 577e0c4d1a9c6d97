import functools

import factory

from tenants.models import Membership, User
from tenants.roles import DEFAULT_FLAGS
from tenants.services import api_key_create


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.test")
    full_name = factory.Faker("name")
    password = factory.PostGenerationMethodCall("set_password", "correct-horse-battery-9")

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    role = "viewer"
    status = Membership.Status.ACTIVE

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        role = kwargs.get("role", "viewer")
        for flag, value in DEFAULT_FLAGS[role].items():
            kwargs.setdefault(flag, value)
        return super()._create(model_class, *args, **kwargs)


def api_key_for(membership, scope="write") -> str:
    return api_key_create(tenant=membership.tenant, user=membership.user, name="test key", scope=scope).secret


# --- tenant-schema models ----------------------------------------------------------
# tests/test_isolation.py puts one object of each tenant model into tenant A
# before walking every route. Each app's tests/<app>/factories.py declares
# TENANT_FACTORIES = {Model: Factory}; they are collected here.


def _collect_tenant_factories() -> dict:
    import importlib
    import importlib.util

    from django.conf import settings

    registry = {}
    for app in settings.TENANT_APPS:
        module_name = f"tests.{app}.factories"
        if importlib.util.find_spec(f"tests.{app}") is not None and importlib.util.find_spec(module_name) is not None:
            registry.update(getattr(importlib.import_module(module_name), "TENANT_FACTORIES", {}))
    return registry


@functools.cache
def tenant_factories() -> dict:
    """{tenant model: factory}, collected from every app's tests/<app>/factories.py on first use."""
    return _collect_tenant_factories()
