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
# Factories listed in TENANT_FACTORIES are used by tests/test_isolation.py to put
# one object of each model into tenant A before walking every route. Register a
# factory here for each new tenant model that a route can address by id.


class ContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "contacts.Contact"

    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    phone = factory.Sequence(lambda n: f"+4479{n:08d}")
    email = factory.LazyAttribute(lambda o: f"{o.first_name.lower()}.{o.last_name.lower()}@example.test")


class DncEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "contacts.DncEntry"

    phone = factory.Sequence(lambda n: f"+4478{n:08d}")
    reason = "asked not to be called"


def _tenant_factories():
    from contacts.models import Contact, DncEntry

    return {Contact: ContactFactory, DncEntry: DncEntryFactory}


class _LazyRegistry(dict):
    def get(self, key, default=None):
        if not self:
            self.update(_tenant_factories())
        return super().get(key, default)


TENANT_FACTORIES = _LazyRegistry()
