"""Matching: preferences read from the calls' analysis and the contact, ranked with reasons, shown on the
contact page, through the API, and sent by SMS or email on request."""

from decimal import Decimal

import pytest
from django.core import mail

from notifications.models import Notification, NotificationStatus, SandboxMessage
from notifications.services import notification_settings_update
from properties.matching import contact_matches, rank
from properties.preferences import Preferences, parse_bedrooms, parse_budget, parse_locations, preferences_for
from tests.calls.factories import CallFactory
from tests.contacts.factories import ContactFactory
from tests.properties.factories import PropertyFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("£450k", (None, Decimal("450000"), "GBP")),
        ("400-500k", (Decimal("400000"), Decimal("500000"), "")),
        ("between 4 and 5 crore", (Decimal("40000000"), Decimal("50000000"), "")),
        ("up to 600,000 USD", (None, Decimal("600000"), "USD")),
        ("at least 1.2m", (Decimal("1200000"), None, "")),
        ("50 lakh", (None, Decimal("5000000"), "")),
        (750000, (None, Decimal("750000"), "")),
        ("not sure yet", (None, None, "")),
    ],
)
def test_budgets_are_read_as_people_say_them(said, expected):
    assert parse_budget(said) == expected


def test_bedrooms_and_areas_are_read_as_people_say_them():
    assert parse_bedrooms("3BHK") == 3
    assert parse_bedrooms("two bedrooms") == 2
    assert parse_bedrooms("lots") is None
    assert parse_locations("Bandra or Juhu, Khar") == ["Bandra", "Juhu", "Khar"]


def stock():
    return {
        "fit": PropertyFactory(
            name="Camden 3 bed", location="Camden, London", price_min=Decimal("480000"), specifications={"bedrooms": 3}
        ),
        "elsewhere": PropertyFactory(
            name="Hackney 3 bed",
            location="Hackney, London",
            price_min=Decimal("450000"),
            specifications={"bedrooms": 3},
        ),
        "small": PropertyFactory(
            name="Camden 2 bed", location="Camden, London", price_min=Decimal("420000"), specifications={"bedrooms": 2}
        ),
        "stretch": PropertyFactory(
            name="Camden stretch",
            location="Camden, London",
            price_min=Decimal("530000"),
            specifications={"bedrooms": 3},
        ),
        "too_dear": PropertyFactory(name="Camden mansion", location="Camden", price_min=Decimal("900000")),
        "sold": PropertyFactory(
            name="Camden sold", location="Camden", availability="sold", specifications={"bedrooms": 3}
        ),
        "house": PropertyFactory(name="Camden house", type="house", location="Camden", specifications={"bedrooms": 3}),
    }


def test_available_properties_are_ranked_with_their_reasons(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        homes = stock()
        prefs = Preferences(
            budget_max=Decimal("500000"), currency="GBP", locations=["Camden"], property_type="apartment", bedrooms=3
        )
        matches = rank(prefs, limit=10)
    order = [m.prop.pk for m in matches]
    # Within budget with a bedroom short (80) beats the right size 6% over budget (75).
    assert order == [homes["fit"].pk, homes["small"].pk, homes["stretch"].pk, homes["elsewhere"].pk]
    best = matches[0]
    assert best.reasons == ["within budget", "apartment as asked", "in preferred area (Camden)", "3 bedrooms as asked"]
    assert best.score == 100
    assert matches[1].caveats == ["2 bedrooms (3 asked)"]
    assert matches[2].reasons[0] == "slightly above budget (6% over GBP 500,000)"
    assert matches[3].caveats == ["not in Camden"]


def test_no_stated_preferences_means_no_matches(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        PropertyFactory()
        assert rank(Preferences()) == []


def test_preferences_come_from_the_newest_analysis_then_older_calls_then_yield_to_custom_fields(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact = ContactFactory(custom_fields={"bedrooms": "3"})
        CallFactory(contact=contact, analysis={"budget": "£400k", "location": "Hackney", "timeline": "this year"})
        CallFactory(contact=contact, analysis={"budget": "£500k", "preferred_location": "Camden", "bedrooms": 2})
        CallFactory(contact=contact, analysis={})
        prefs = preferences_for(contact)
    assert prefs.budget_max == Decimal("500000") and prefs.currency == "GBP"
    assert prefs.locations == ["Camden"]
    assert prefs.bedrooms == 3  # the contact's own field wins
    assert prefs.timeline == "this year"  # only the older call said it


def lead(**extra):
    contact = ContactFactory(**{"first_name": "Priya", "email": "priya@example.test", **extra})
    CallFactory(
        contact=contact,
        analysis={"budget": "£500k", "location": "Camden", "property_type": "flat", "bedrooms": "3 bed"},
    )
    return contact


def test_the_api_answers_a_contacts_matches(api, viewer_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        homes = stock()
        contact = lead()
    response = api(viewer_a).get(f"/api/v1/contacts/{contact.pk}/matches/?limit=2")
    assert response.status_code == 200
    body = response.json()
    assert body["preferences"]["property_type"] == "apartment"
    assert body["preferences"]["bedrooms"] == 3
    assert [m["property"]["id"] for m in body["matches"]] == [homes["fit"].pk, homes["small"].pk]
    assert body["matches"][0]["reasons"][-1] == "3 bedrooms as asked"


def test_the_matches_api_refuses_a_bad_limit_and_other_tenants(api, owner_a, owner_b, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact = lead()
    bad = api(owner_a).get(f"/api/v1/contacts/{contact.pk}/matches/?limit=lots")
    assert bad.status_code == 400
    assert bad.json()["error"]["fields"]["limit"] == ["Give a whole number from 1 to 20."]
    assert api(owner_b).get(f"/api/v1/contacts/{contact.pk}/matches/").status_code == 404


def test_the_contact_page_shows_matches_only_where_there_is_an_inventory(portal, owner_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact = lead()
    client = portal(owner_a)
    assert "Matching properties" not in client.get(f"/contacts/{contact.pk}/").content.decode()
    with in_tenant(tenant_a):
        stock()
    page = client.get(f"/contacts/{contact.pk}/").content.decode()
    assert "Matching properties" in page
    assert "Camden 3 bed" in page and "3 bedrooms as asked" in page
    assert "Send by SMS" in page


def test_matches_are_sent_by_sms_through_the_outbox(api, owner_a, tenant_a, in_tenant, run_on_commit):
    with in_tenant(tenant_a):
        stock()
        contact = lead(phone="+447912345111")
    with run_on_commit():
        response = api(owner_a).post(f"/api/v1/contacts/{contact.pk}/matches/send/", {"channel": "sms"}, format="json")
    assert response.status_code == 202, response.json()
    with in_tenant(tenant_a):
        sms = Notification.objects.get(pk=response.json()["notification"])
        sent = SandboxMessage.objects.get()
    assert (sms.kind, sms.channel, sms.contact_id) == ("properties.matches", "sms", contact.pk)
    assert sms.status == NotificationStatus.DELIVERED
    assert sms.body.startswith("Hi Priya, homes from Alpha Dental that fit what you asked for:")
    assert "1. Camden 3 bed, Camden, London: GBP 480,000" in sms.body
    assert sent.body == sms.body


def test_matches_are_sent_by_email_from_the_contact_page(portal, owner_a, tenant_a, in_tenant, run_on_commit):
    with in_tenant(tenant_a):
        stock()
        contact = lead()
    with run_on_commit():
        response = portal(owner_a).post(f"/properties/contacts/{contact.pk}/send-matches/", {"channel": "email"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["priya@example.test"]
    assert message.subject == "Properties that match what you asked for — Alpha Dental"
    assert "Why: within budget; apartment as asked; in preferred area (Camden); 3 bedrooms as asked" in message.body


@pytest.mark.parametrize(
    ("setup", "channel", "field", "message"),
    [
        ("no_prefs", "sms", "contact", "has not said what they are looking for"),
        ("no_stock", "sms", "contact", "No available property matches"),
        ("no_email", "email", "channel", "no email address"),
        ("sms_off", "sms", "channel", "SMS is switched off"),
        ("fine", "fax", "channel", "valid choice"),
    ],
)
def test_sending_refuses_with_the_reason_and_sends_nothing(
    api, owner_a, tenant_a, in_tenant, setup, channel, field, message
):
    with in_tenant(tenant_a):
        if setup != "no_stock":
            PropertyFactory(name="Camden 3 bed", location="Camden", price_min=Decimal("480000"))
        contact = ContactFactory() if setup == "no_prefs" else lead(**({"email": ""} if setup == "no_email" else {}))
        if setup == "sms_off":
            notification_settings_update(sms_enabled=False)
    response = api(owner_a).post(f"/api/v1/contacts/{contact.pk}/matches/send/", {"channel": channel}, format="json")
    assert response.status_code == 400
    assert message in " ".join(response.json()["error"]["fields"][field])
    with in_tenant(tenant_a):
        assert not Notification.objects.exists()


def test_contact_matches_reads_and_ranks_in_one_call(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        homes = stock()
        prefs, matches = contact_matches(lead())
    assert prefs.stated["budget"] == "£500k"
    assert matches[0].prop == homes["fit"]
