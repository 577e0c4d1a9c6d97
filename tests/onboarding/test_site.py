"""The public site on the platform host: pages, plans, industry pages, the calculator, sign-in links."""

from decimal import Decimal

import pytest

from billing.models import Plan
from onboarding import roi
from tenants.verticals import all_templates

pytestmark = pytest.mark.django_db


def test_the_landing_page_has_a_title_description_landmarks_and_links(public_client):
    page = public_client.get("/").content.decode()
    assert "<title>AI receptionist for calls and chat" in page
    assert '<meta name="description"' in page
    assert '<main id="main"' in page and '<nav aria-label="Site">' in page and "<footer" in page
    assert page.count("<h1") == 1
    for template in all_templates().values():
        assert template.label in page
    assert 'href="/signup/"' in page and 'href="/sign-in/"' in page and 'href="/pricing/"' in page


def test_pricing_lists_the_active_plans_from_billing(public_client):
    Plan.objects.create(code="starter-x", name="Starter X", monthly_price=Decimal("49.00"), max_agents=1, sort_order=1)
    Plan.objects.create(code="retired-x", name="Retired X", monthly_price=Decimal("9.00"), is_active=False)
    page = public_client.get("/pricing/").content.decode()
    assert "Starter X" in page and "49.00" in page and "Retired X" not in page
    assert '<th scope="col">Voice minutes</th>' in page


@pytest.mark.parametrize("vertical", sorted(all_templates()))
def test_each_industry_has_its_own_page(public_client, vertical):
    template = all_templates()[vertical]
    response = public_client.get(f"/for/{vertical.replace('_', '-')}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert f'<meta name="description" content="{template.summary}' in page.replace("&#x27;", "'")
    assert template.appointment_types[0].name in page.replace("&#x27;", "'")
    assert f"/signup/?vertical={vertical}" in page


def test_an_unknown_industry_page_is_404(public_client):
    assert public_client.get("/for/spaceships/").status_code == 404


def test_the_calculator_works_out_the_monthly_loss():
    values, errors = roi.parse(
        {"calls_per_week": "120", "missed_percent": "25", "booking_percent": "40", "customer_value": "300"}
    )
    assert errors == {}
    result = roi.estimate(**values)
    # 120 a week × 52/12 = 520 a month; a quarter missed = 130; 40% would book = 52; × 300 = 15,600.
    assert (result.missed_per_month, result.customers_lost_per_month) == (130, Decimal("52.0"))
    assert (result.money_lost_per_month, result.money_lost_per_year) == (15600, 187200)


def test_the_calculator_page_renders_without_javascript_and_as_a_fragment(public_client):
    query = "?calls_per_week=120&missed_percent=25&booking_percent=40&customer_value=300"
    page = public_client.get("/missed-call-calculator/" + query).content.decode()
    assert "<title>Missed-call calculator" in page and "15600" in page
    fragment = public_client.get("/missed-call-calculator/" + query, HTTP_HX_REQUEST="true").content.decode()
    assert fragment.strip().startswith('<div id="roi-result"') and "15600" in fragment


@pytest.mark.parametrize(
    "query",
    ["calls_per_week=-3", "missed_percent=150", "customer_value=abc", "booking_percent=NaN", "calls_per_week=1e999"],
)
def test_the_calculator_refuses_bad_figures_with_a_message(public_client, query):
    response = public_client.get("/missed-call-calculator/?" + query)
    assert response.status_code == 400
    assert "Check the figures above" in response.content.decode()
    assert "Enter " in response.content.decode()


def test_sign_in_sends_people_to_their_workspace_login(public_client, tenant_a):
    response = public_client.get("/sign-in/?workspace=alpha")
    assert response.status_code == 302 and response["Location"].startswith("http://alpha.localhost")
    assert response["Location"].endswith("/accounts/login/")
    missing = public_client.get("/sign-in/?workspace=nobody-here")
    assert missing.status_code == 404 and "No workspace has that address" in missing.content.decode()
    assert public_client.get("/sign-in/?workspace=tenant-template").status_code == 404
