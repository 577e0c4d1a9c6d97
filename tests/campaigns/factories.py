import factory
from django.utils import timezone

from campaigns.models import CallAttempt, Campaign, CampaignAlert, CampaignContact, CampaignStatusChange
from tests.contacts.factories import ContactFactory


class CampaignFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Campaign

    name = factory.Sequence(lambda n: f"Campaign {n}")
    audience = factory.LazyFunction(lambda: {"tags": ["spring"]})


class CampaignContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CampaignContact

    campaign = factory.SubFactory(CampaignFactory)
    contact = factory.SubFactory(ContactFactory)
    key = factory.LazyAttribute(lambda o: f"contact:{o.contact.pk}")
    eligible_at = factory.LazyFunction(timezone.now)


class CallAttemptFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CallAttempt

    target = factory.SubFactory(CampaignContactFactory)
    campaign = factory.LazyAttribute(lambda o: o.target.campaign)
    contact = factory.LazyAttribute(lambda o: o.target.contact)
    number = factory.Sequence(lambda n: n + 1)
    state = "finished"
    reservation = factory.Sequence(lambda n: f"r{n}")
    reserved_at = factory.LazyFunction(timezone.now)


class CampaignAlertFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CampaignAlert

    campaign = factory.SubFactory(CampaignFactory)
    kind = "auto_pause"
    message = "Paused automatically"


class CampaignStatusChangeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CampaignStatusChange

    campaign = factory.SubFactory(CampaignFactory)
    to_status = "draft"


TENANT_FACTORIES = {
    Campaign: CampaignFactory,
    CampaignContact: CampaignContactFactory,
    CallAttempt: CallAttemptFactory,
    CampaignAlert: CampaignAlertFactory,
    CampaignStatusChange: CampaignStatusChangeFactory,
}
