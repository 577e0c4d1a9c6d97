import factory

from contacts.models import Contact, DncEntry


class ContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contact

    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    phone = factory.Sequence(lambda n: f"+4479{n:08d}")
    email = factory.LazyAttribute(lambda o: f"{o.first_name.lower()}.{o.last_name.lower()}@example.test")


class DncEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DncEntry

    phone = factory.Sequence(lambda n: f"+4478{n:08d}")
    reason = "asked not to be called"


TENANT_FACTORIES = {Contact: ContactFactory, DncEntry: DncEntryFactory}
