import factory

from contacts.models import (
    Contact,
    ContactImport,
    ContactNote,
    CustomFieldDefinition,
    DncEntry,
    Group,
    MappingTemplate,
    SavedView,
    Tag,
)


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


class GroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Group

    name = factory.Sequence(lambda n: f"Group {n}")


class TagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Tag

    name = factory.Sequence(lambda n: f"tag-{n}")


class CustomFieldFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CustomFieldDefinition

    key = factory.Sequence(lambda n: f"field_{n}")
    label = factory.Sequence(lambda n: f"Field {n}")
    field_type = "text"


class SavedViewFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SavedView

    name = factory.Sequence(lambda n: f"View {n}")
    filters = {"status": "new"}
    shared = True


class MappingTemplateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MappingTemplate

    name = factory.Sequence(lambda n: f"Template {n}")
    mapping = {"mobile": "phone"}


class ContactImportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContactImport

    file_name = "people.csv"
    content = b"phone\n+447912000001\n"
    headers = ["phone"]
    mapping = ["phone"]
    total_rows = 1


class ContactNoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContactNote

    contact = factory.SubFactory(ContactFactory)
    body = "Prefers mornings."


TENANT_FACTORIES = {
    Contact: ContactFactory,
    DncEntry: DncEntryFactory,
    Group: GroupFactory,
    Tag: TagFactory,
    CustomFieldDefinition: CustomFieldFactory,
    SavedView: SavedViewFactory,
    MappingTemplate: MappingTemplateFactory,
    ContactImport: ContactImportFactory,
    ContactNote: ContactNoteFactory,
}
