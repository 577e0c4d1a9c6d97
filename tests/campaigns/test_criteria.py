"""Lead-qualification criteria: checked with a clear message, edited on the API and the wizard,
and written into every campaign call's context (the script variables the provider receives)."""

import pytest
from django.core.exceptions import ValidationError

from calls.models import Call
from campaigns import services
from campaigns.criteria import clean_criteria, criteria_variables
from campaigns.models import Campaign
from tests.campaigns.helpers import london_contacts, running_campaign, tick
from tests.campaigns.test_portal import wizard

pytestmark = pytest.mark.django_db

CRITERIA = {
    "budget_min": "300000",
    "budget_max": 600000,
    "currency": "gbp",
    "timeline": "within 6 months",
    "property_types": ["apartment", "Apartment", "townhouse"],
    "locations": "Camden, Islington",
    "financing": ["cash", "mortgage_approved"],
    "decision_maker": True,
    "custom_questions": ["Do you need parking", "Is a garden a must?"],
}


def test_criteria_are_cleaned_to_what_is_set():
    assert clean_criteria(CRITERIA) == {
        "budget_min": "300000",
        "budget_max": "600000",
        "currency": "GBP",
        "timeline": "within 6 months",
        "property_types": ["apartment", "townhouse"],
        "locations": ["Camden", "Islington"],
        "financing": ["cash", "mortgage_approved"],
        "decision_maker": True,
        "custom_questions": ["Do you need parking", "Is a garden a must?"],
    }
    assert clean_criteria({"decision_maker": False, "locations": []}) == {}


@pytest.mark.parametrize(
    ("criteria", "message"),
    [
        ("budget under a million", "Criteria are an object"),
        ({"budget_min": 5, "budget_max": 1}, "The highest budget must be at least the lowest."),
        ({"budget_max": "lots"}, "Highest budget: give an amount"),
        ({"budget_min": -5}, "Lowest budget: give an amount from 0 up."),
        ({"currency": "pounds"}, "Currency: a three-letter code"),
        ({"financing": ["bitcoin"]}, "Financing: unknown status bitcoin"),
        ({"decision_maker": "yes"}, "Decision maker: true"),
        ({"custom_questions": ["x" * 301]}, "longer than 300 characters"),
        ({"custom_questions": [f"Question {i}" for i in range(11)]}, "Custom questions: at most 10."),
        ({"locations": [1, 2]}, "Locations: give a list of words."),
        ({"bedrooms": 3}, "Unknown criteria: bedrooms."),
    ],
)
def test_bad_criteria_are_refused_with_the_reason(criteria, message):
    with pytest.raises(ValidationError) as caught:
        clean_criteria(criteria)
    assert message in caught.value.message_dict["qualification_criteria"][0]


def test_the_variables_carry_the_whole_brief():
    variables = criteria_variables(clean_criteria(CRITERIA))
    assert variables["qualify_budget"] == "Budget between GBP 300,000 and GBP 600,000"
    assert variables["qualify_location"] == "Location: Camden or Islington"
    assert variables["qualify_financing"] == "Financing: paying cash or a mortgage already approved"
    assert variables["qualify_questions"] == "Also ask: Do you need parking? Is a garden a must?"
    assert variables["qualification_criteria"] == (
        "Qualify the lead. Find out and note: Budget between GBP 300,000 and GBP 600,000; Timeline within 6 months; "
        "Property type: apartment or townhouse; Location: Camden or Islington; Financing: paying cash or a mortgage "
        "already approved; Confirm they make the decision, or who else decides; Also ask: Do you need parking? "
        "Is a garden a must?."
    )
    assert all(len(value) <= 500 for value in variables.values())
    assert criteria_variables({}) == {}


def test_the_api_stores_criteria_and_refuses_bad_ones_without_changing_anything(api, owner_a, tenant_a, in_tenant):
    client = api(owner_a)
    created = client.post(
        "/api/v1/campaigns/",
        {"name": "Buyers", "audience": {"tags": ["buyers"]}, "qualification_criteria": CRITERIA},
        format="json",
    )
    assert created.status_code == 201, created.json()
    assert created.json()["qualification_criteria"]["currency"] == "GBP"
    pk = created.json()["id"]
    refused = client.patch(f"/api/v1/campaigns/{pk}/", {"qualification_criteria": {"budget_min": 9, "budget_max": 1}})
    assert refused.status_code == 400
    assert refused.json()["error"]["fields"]["qualification_criteria"] == [
        "The highest budget must be at least the lowest."
    ]
    with in_tenant(tenant_a):
        assert Campaign.objects.get(pk=pk).qualification_criteria["budget_max"] == "600000"


def test_the_wizard_edits_the_criteria(owner_a, portal, in_tenant):
    form = wizard(
        criteria_budget_max="600000",
        criteria_currency="GBP",
        criteria_locations="Camden, Islington",
        criteria_financing=["cash"],
        criteria_decision_maker="1",
        criteria_questions="Do you need parking?\n\n",
    )
    assert portal(owner_a).post("/campaigns/new/", form).status_code == 302
    with in_tenant(owner_a.tenant):
        campaign = Campaign.objects.get()
    assert campaign.qualification_criteria == {
        "budget_max": "600000",
        "currency": "GBP",
        "locations": ["Camden", "Islington"],
        "financing": ["cash"],
        "decision_maker": True,
        "custom_questions": ["Do you need parking?"],
    }
    page = portal(owner_a).get(f"/campaigns/{campaign.pk}/edit/").content.decode()
    assert 'value="Camden, Islington"' in page
    refused = portal(owner_a).post("/campaigns/new/", wizard(criteria_financing=["barter"]))
    assert refused.status_code == 400
    assert "Financing: unknown status barter" in refused.content.decode()


def test_a_campaign_call_carries_the_criteria_to_the_agent(dialer, in_tenant, run_on_commit, outcomes):
    outcomes("confirmed")
    with in_tenant(dialer.tenant):
        london_contacts(1)
        campaign = running_campaign(agent=dialer.agent, qualification_criteria=CRITERIA)
        tick(dialer.tenant, run_on_commit)
        call = Call.objects.get(campaign_id=campaign.pk)
        untouched = services.campaign_create(data={"name": "Plain", "audience": {"tags": ["x"]}})
    variables = call.dynamic_variables
    assert variables["qualification_criteria"].startswith("Qualify the lead. Find out and note: Budget between GBP")
    assert variables["qualify_decision_maker"] == "Confirm they make the decision, or who else decides"
    assert variables["business_name"] == "Alpha Dental"  # the rest of the context is still there
    assert untouched.qualification_criteria == {}
