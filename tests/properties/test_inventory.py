"""The inventory: database constraints, the service's rules, the API (CRUD, filters, roles) and the portal pages."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from properties import services
from properties.models import Property
from tests.properties.factories import PropertyFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/properties/"
VALID = {
    "name": "Canal-side flat",
    "type": "apartment",
    "location": "Camden, London",
    "price_min": "450000",
    "price_max": "475000",
    "currency": "GBP",
    "amenities": ["balcony", "lift"],
    "specifications": {"bedrooms": 2, "area_sqft": 780},
    "availability": "available",
    "reference": "CAM-1",
    "description": "Second floor, canal views.",
}


def fields(response) -> dict:
    return response.json()["error"]["fields"]


@pytest.mark.parametrize(
    ("changes", "constraint"),
    [
        ({"price_min": Decimal("500"), "price_max": Decimal("400")}, "property_price_min_le_max"),
        ({"currency": "XXY"}, "property_currency_valid"),
        ({"availability": "let"}, "property_availability_valid"),
        ({"type": "castle"}, "property_type_valid"),
        ({"price_min": Decimal("-1"), "price_max": Decimal("5")}, "property_price_not_negative"),
    ],
)
def test_the_database_refuses_what_the_rules_refuse(tenant_a, in_tenant, changes, constraint):
    with in_tenant(tenant_a):
        prop = PropertyFactory.build(**changes)
        with pytest.raises(IntegrityError, match=constraint), transaction.atomic():
            prop.save()


def test_a_reference_is_unique_but_many_may_have_none(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        PropertyFactory(reference="")
        PropertyFactory(reference="")
        PropertyFactory(reference="A1")
        with pytest.raises(IntegrityError), transaction.atomic():
            PropertyFactory(reference="A1")


def test_the_service_names_every_bad_field_and_writes_nothing(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        with pytest.raises(ValidationError) as caught:
            services.property_create(
                data={
                    "name": "",
                    "location": "x",
                    "price_min": "9",
                    "price_max": "5",
                    "currency": "pounds",
                    "type": "castle",
                    "specifications": {"bedrooms": "many"},
                }
            )
        assert Property.objects.count() == 0
    errors = caught.value.message_dict
    assert errors["name"] == ["This field is required."]
    assert errors["currency"] == ["Give an ISO 4217 currency code such as GBP, USD, EUR or INR."]
    assert "apartment" in errors["type"][0]
    assert errors["specifications"] == ["bedrooms: give a whole number from 0 to 100."]
    assert errors["price_max"] == ["The highest price must be at least the lowest."]


def test_one_price_is_a_range_of_one_and_synonyms_name_the_type(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        prop = services.property_create(
            data={"name": "Studio", "type": "Flat", "location": "Hackney", "price_min": "250,000", "currency": "gbp"}
        )
    assert (prop.type, prop.price_min, prop.price_max, prop.currency) == (
        "apartment",
        Decimal("250000"),
        Decimal("250000"),
        "GBP",
    )


def test_an_update_keeps_min_below_max_against_the_stored_values(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        prop = PropertyFactory(price_min=Decimal("100"), price_max=Decimal("200"))
        with pytest.raises(ValidationError, match="at least the lowest"):
            services.property_update(prop=prop, data={"price_min": "300"})
        prop.refresh_from_db()
    assert prop.price_min == Decimal("100")


def test_the_api_creates_reads_changes_and_deletes(api, owner_a, tenant_a, in_tenant):
    client = api(owner_a)
    created = client.post(URL, VALID, format="json")
    assert created.status_code == 201, created.json()
    body = created.json()
    assert body["specifications"] == {"bedrooms": 2, "area_sqft": 780}
    assert body["price_min"] == "450000.00"
    pk = body["id"]
    assert client.get(f"{URL}{pk}/").json()["reference"] == "CAM-1"
    changed = client.patch(f"{URL}{pk}/", {"availability": "reserved"}, format="json")
    assert changed.status_code == 200
    assert changed.json()["availability"] == "reserved"
    assert changed.json()["name"] == "Canal-side flat"
    assert client.delete(f"{URL}{pk}/").status_code == 204
    with in_tenant(tenant_a):
        assert not Property.objects.exists()


@pytest.mark.parametrize(
    ("payload", "field", "fragment"),
    [
        ({**VALID, "currency": "ZZZ"}, "currency", "ISO 4217"),
        ({**VALID, "price_min": "900000"}, "price_max", "at least the lowest"),
        ({**VALID, "availability": "let"}, "availability", "valid choice"),
        ({**VALID, "price_min": "abc"}, "price_min", "valid number"),
        ({**VALID, "specifications": {"bed rooms!": 2}}, "specifications", "not a specification name"),
        ({**VALID, "specifications": {"garden": {"size": 3}}}, "specifications", "must be text"),
        ({**VALID, "name": ""}, "name", "required"),
        ({**VALID, "colour": "red"}, "colour", "Unknown field"),
    ],
)
def test_bad_input_is_a_clear_error_and_nothing_is_stored(api, owner_a, tenant_a, in_tenant, payload, field, fragment):
    response = api(owner_a).post(URL, payload, format="json")
    assert response.status_code == 400, response.json()
    assert fragment in " ".join(fields(response)[field])
    with in_tenant(tenant_a):
        assert not Property.objects.exists()


def test_a_reference_in_use_is_refused_by_the_api(api, owner_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        PropertyFactory(reference="CAM-1")
    response = api(owner_a).post(URL, VALID, format="json")
    assert response.status_code == 400
    assert "already has the reference CAM-1" in fields(response)["reference"][0]


def test_the_list_filters_searches_and_pages(api, owner_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        PropertyFactory(
            name="Sea view villa",
            type="villa",
            location="Juhu, Mumbai",
            currency="INR",
            price_min=Decimal("50000000"),
            price_max=Decimal("60000000"),
            specifications={"bedrooms": 4},
        )
        PropertyFactory(name="Camden flat", location="Camden, London", price_min=Decimal("450000"))
        PropertyFactory(name="Sold flat", location="Hackney", availability="sold", specifications={"bedrooms": 3})
    client = api(owner_a)
    names = lambda query: sorted(p["name"] for p in client.get(URL + query).json()["results"])  # noqa: E731
    assert names("?type=villa") == ["Sea view villa"]
    assert names("?availability=sold") == ["Sold flat"]
    assert names("?location=mumbai") == ["Sea view villa"]
    assert names("?search=camden") == ["Camden flat"]
    assert names("?max_price=500000&currency=GBP") == ["Camden flat", "Sold flat"]
    assert names("?bedrooms=3") == ["Sold flat"]
    page = client.get(URL + "?page_size=2&ordering=price_min").json()
    assert page["count"] == 3 and len(page["results"]) == 2 and page["next"]


def test_roles_viewers_read_agents_edit_managers_delete(api, viewer_a, agent_a, manager_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        prop = PropertyFactory()
    assert api(viewer_a).get(URL).status_code == 200
    assert api(viewer_a).post(URL, VALID, format="json").status_code == 403
    assert api(agent_a).patch(f"{URL}{prop.pk}/", {"name": "Renamed"}, format="json").status_code == 200
    assert api(agent_a).delete(f"{URL}{prop.pk}/").status_code == 403
    assert api(agent_a, scope="read").patch(f"{URL}{prop.pk}/", {"name": "x"}, format="json").status_code == 403
    assert api(manager_a).delete(f"{URL}{prop.pk}/").status_code == 204


def test_tenant_b_sees_none_of_tenant_as_properties(api, owner_b, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        prop = PropertyFactory()
    client = api(owner_b)
    assert client.get(URL).json()["count"] == 0
    assert client.get(f"{URL}{prop.pk}/").status_code == 404
    assert client.patch(f"{URL}{prop.pk}/", {"name": "x"}, format="json").status_code == 404
    assert client.delete(f"{URL}{prop.pk}/").status_code == 404


def test_the_portal_lists_with_an_empty_state_then_filters(portal, owner_a, tenant_a, in_tenant):
    client = portal(owner_a)
    empty = client.get("/properties/")
    assert empty.status_code == 200
    assert "No properties yet" in empty.content.decode()
    with in_tenant(tenant_a):
        PropertyFactory(name="Juhu villa", type="villa")
        PropertyFactory(name="Camden flat")
    page = client.get("/properties/?type=villa").content.decode()
    assert "Juhu villa" in page and "Camden flat" not in page
    nothing = client.get("/properties/?q=nowhere").content.decode()
    assert "No property matches these filters" in nothing
    fragment = client.get("/properties/?q=camden", HTTP_HX_REQUEST="true").content.decode()
    assert "Camden flat" in fragment and "<html" not in fragment


def test_the_portal_form_creates_shows_errors_edits_and_deletes(portal, owner_a, tenant_a, in_tenant):
    client = portal(owner_a)
    form = {
        "name": "Garden house",
        "type": "house",
        "location": "Highgate",
        "price_min": "900000",
        "price_max": "850000",
        "currency": "GBP",
        "amenities": "garden, garage",
        "specifications": "bedrooms = 4\nbathrooms = 2",
        "availability": "available",
    }
    refused = client.post("/properties/new/", form)
    assert refused.status_code == 400
    assert "The highest price must be at least the lowest." in refused.content.decode()
    assert client.post("/properties/new/", {**form, "price_max": "950000"}).status_code == 302
    with in_tenant(tenant_a):
        prop = Property.objects.get()
    assert prop.amenities == ["garden", "garage"]
    assert prop.specifications == {"bedrooms": 4, "bathrooms": "2"}
    assert client.get(f"/properties/{prop.pk}/edit/").status_code == 200
    client.post(f"/properties/{prop.pk}/edit/", {**form, "price_max": "950000", "availability": "reserved"})
    with in_tenant(tenant_a):
        prop.refresh_from_db()
        assert prop.availability == "reserved"
    assert client.post(f"/properties/{prop.pk}/delete/").status_code == 302
    with in_tenant(tenant_a):
        assert not Property.objects.exists()


def test_a_viewer_cannot_open_the_form(portal, viewer_a):
    assert portal(viewer_a).get("/properties/new/").status_code == 403


def test_navigation_shows_properties_only_where_they_are_used(portal, owner_a, tenant_a, in_tenant):
    client = portal(owner_a)
    assert 'href="/properties/"' not in client.get("/contacts/").content.decode()
    with in_tenant(tenant_a):
        PropertyFactory()
    assert 'href="/properties/"' in client.get("/contacts/").content.decode()
