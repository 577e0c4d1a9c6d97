"""CSV import: a preview that writes nothing, per-row errors (row, field, column, message), valid rows
committed in one go, a row with an error never half-written, references update, API and portal."""

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from properties.imports import property_import
from properties.models import Property
from tests.properties.factories import PropertyFactory

pytestmark = pytest.mark.django_db

CSV = (
    b"Name,Type,Location,Price Min,Price Max,Currency,Amenities,Availability,Reference,Bedrooms,Area sqft\n"
    b'Sea view 3BHK,flat,"Bandra West, Mumbai",42000000,45000000,INR,parking;gym,available,BW-1,3,1250\n'
    b"Broken price,apartment,Andheri,9000000,8000000,INR,,available,AN-2,2,900\n"
    b"Bad currency,villa,Juhu,1,2,RUPEES,,sold,JU-3,4,\n"
    b",house,Powai,100,200,INR,,available,PO-4,two,\n"
    b'Garden villa,villa,"Juhu, Mumbai",90000000,,INR,pool,reserved,JU-5,4,3000\n'
)


def test_the_preview_reports_each_bad_row_by_number_field_and_column_and_writes_nothing(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        report = property_import(content=CSV)
        assert not Property.objects.exists()
    assert report["committed"] is False
    assert report["counts"] == {"valid": 2, "rejected": 3, "create": 2, "update": 0}
    assert report["rejected_rows"] == [2, 3, 4]
    by_row = {(e["row"], e["field"]): e for e in report["errors"]}
    assert by_row[(2, "price_max")]["message"] == "The highest price must be at least the lowest."
    assert by_row[(2, "price_max")]["column"] == "price_max"
    assert by_row[(3, "currency")]["message"].startswith("Give an ISO 4217 currency code")
    assert by_row[(4, "name")]["message"] == "This field is required."
    assert by_row[(4, "specifications")]["message"] == "bedrooms: give a whole number from 0 to 100."
    assert "Bedrooms → spec:bedrooms" in report["columns"]


def test_commit_writes_the_valid_rows_whole_and_none_of_the_bad_ones(tenant_a, in_tenant, owner_a):
    with in_tenant(tenant_a):
        report = property_import(content=CSV, commit=True, actor=owner_a.user)
        stored = {p.reference: p for p in Property.objects.all()}
    assert report["committed"] is True
    assert report["counts"]["create"] == 2
    assert sorted(stored) == ["BW-1", "JU-5"]
    flat = stored["BW-1"]
    assert (flat.type, flat.location, flat.currency) == ("apartment", "Bandra West, Mumbai", "INR")
    assert (flat.price_min, flat.price_max) == (Decimal("42000000"), Decimal("45000000"))
    assert flat.amenities == ["parking", "gym"]
    assert flat.specifications == {"bedrooms": 3, "area_sqft": "1250"}
    assert stored["JU-5"].price_max == Decimal("90000000")  # no highest price: the lowest
    assert stored["JU-5"].availability == "reserved"


def test_strict_commit_writes_nothing_when_any_row_is_bad(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        report = property_import(content=CSV, commit=True, strict=True)
        assert not Property.objects.exists()
    assert report["committed"] is False
    assert report["counts"]["rejected"] == 3


def test_a_known_reference_updates_that_property_and_a_repeated_one_is_an_error(tenant_a, in_tenant):
    csv = (
        b"name,location,price,currency,reference,availability\n"
        b"Camden flat,Camden,500000,GBP,CAM-1,sold\n"
        b"Camden flat again,Camden,510000,GBP,CAM-1,available\n"
    )
    with in_tenant(tenant_a):
        existing = PropertyFactory(reference="CAM-1", availability="available")
        report = property_import(content=csv, commit=True)
        existing.refresh_from_db()
        count = Property.objects.count()
    assert report["counts"] == {"valid": 1, "rejected": 1, "create": 0, "update": 1}
    assert report["errors"] == [
        {"row": 2, "field": "reference", "column": "reference", "message": "The reference CAM-1 is also on row 1."}
    ]
    assert (existing.availability, existing.price_min, count) == ("sold", Decimal("500000"), 1)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The file is empty."),
        (b"\xff\xfe\x00n\x00a", "not UTF-8"),
        (b"location,price\nCamden,5\n", "No column names the property"),
        (b'name,location\n"unclosed,Camden\n', "not valid CSV"),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_whole(tenant_a, in_tenant, content, message):
    from django.core.exceptions import ValidationError

    with in_tenant(tenant_a), pytest.raises(ValidationError) as caught:
        property_import(content=content, commit=True)
    assert message in " ".join(caught.value.message_dict["file"])


def test_the_api_previews_then_commits(api, owner_a, tenant_a, in_tenant):
    client = api(owner_a)
    upload = lambda: SimpleUploadedFile("stock.csv", CSV, content_type="text/csv")  # noqa: E731
    preview = client.post("/api/v1/properties/import/", {"file": upload()}, format="multipart")
    assert preview.status_code == 200, preview.json()
    assert preview.json()["counts"]["rejected"] == 3
    with in_tenant(tenant_a):
        assert not Property.objects.exists()
    done = client.post("/api/v1/properties/import/", {"file": upload(), "commit": "true"}, format="multipart")
    assert done.json()["committed"] is True
    with in_tenant(tenant_a):
        assert Property.objects.count() == 2


def test_the_api_import_needs_the_import_permission_and_a_file(api, agent_a, owner_a):
    upload = SimpleUploadedFile("stock.csv", CSV, content_type="text/csv")
    assert api(agent_a).post("/api/v1/properties/import/", {"file": upload}, format="multipart").status_code == 403
    missing = api(owner_a).post("/api/v1/properties/import/", {}, format="multipart")
    assert missing.status_code == 400
    assert "file" in missing.json()["error"]["fields"]


def test_the_portal_previews_the_rows_then_imports_the_same_file(portal, owner_a, tenant_a, in_tenant):
    client = portal(owner_a)
    assert client.get("/properties/import/").status_code == 200
    preview = client.post("/properties/import/", {"file": SimpleUploadedFile("stock.csv", CSV)})
    page = preview.content.decode()
    assert preview.status_code == 200
    assert "The highest price must be at least the lowest." in page
    assert "Import 2 properties" in page
    with in_tenant(tenant_a):
        assert not Property.objects.exists()
    done = client.post("/properties/import/", {"commit": "1", "content": CSV.decode()})
    assert done.status_code == 302
    with in_tenant(tenant_a):
        assert Property.objects.count() == 2


def test_the_portal_explains_an_unreadable_file(portal, owner_a):
    response = portal(owner_a).post("/properties/import/", {"file": SimpleUploadedFile("x.csv", b"")})
    assert response.status_code == 400
    assert "The file is empty." in response.content.decode()


def test_the_demo_stock_is_for_estate_agencies_only_and_reseeding_updates(tenant_a, in_tenant):
    from properties import demo

    with in_tenant(tenant_a):
        demo.seed(tenant_a)  # a dental clinic
        assert not Property.objects.exists()
        tenant_a.vertical = "real_estate"
        demo.seed(tenant_a)
        demo.seed(tenant_a)
        assert Property.objects.count() == 6
        assert Property.objects.filter(availability="available").count() == 4
