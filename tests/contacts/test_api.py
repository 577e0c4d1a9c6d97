"""The contacts API: CRUD with validation, duplicates, search and filters, bulk, export, GDPR, permissions."""

import csv
import io
import json

import pytest

from contacts.models import Contact, ContactSettings, DncEntry, Group, StatusChange, Tag
from contacts.services import dnc_add, name_keys_refresh
from tenants.models import AuditEvent
from tests.contacts.factories import ContactFactory, CustomFieldFactory, GroupFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/contacts/"


def errors(response) -> dict:
    return response.json()["error"]["fields"]


def test_create_reads_national_numbers_in_the_tenants_country(api, owner_a, tenant_a, in_tenant):
    response = api(owner_a).post(
        URL,
        {
            "first_name": "Ann",
            "last_name": "Lee",
            "phone": "07912 345678",
            "email": "ann@example.test",
            "tags": ["vip"],
        },
        format="json",
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["phone"] == "+447912345678"
    assert body["source"] == "api"
    assert body["effective_timezone"] == "Europe/London"
    with in_tenant(tenant_a):
        assert Tag.objects.filter(name="vip").exists()


@pytest.mark.parametrize(
    ("payload", "field", "fragment"),
    [
        ({"phone": "12345"}, "phone", "number"),
        ({"phone": "07912 34567x"}, "phone", "number"),
        ({"email": "not-an-email"}, "email", "not a valid email"),
        ({"first_name": "A", "timezone": "Mars/Olympus"}, "timezone", "Unknown time zone"),
        ({"first_name": "A", "language": "english!"}, "language", "language code"),
        ({"first_name": "A", "lead_score": 101}, "lead_score", "between 0 and 100"),
        ({"first_name": "A", "priority": -1}, "priority", "between 0 and 100"),
        ({"first_name": "A", "status": "sleeping"}, "status", "valid choice"),
        ({"first_name": "A", "tags": ["a,b"]}, "tags", "cannot contain"),
        ({"first_name": "A", "tags": ["x" * 51]}, "tags", "longer than 50"),
        ({"first_name": "A", "groups": [999999]}, "groups", "no group"),
        ({"first_name": "A", "owner": "stranger@example.test"}, "owner", "not an active member"),
        ({"first_name": "A", "callback_at": "tomorrow-ish"}, "callback_at", "ISO 8601"),
        ({"first_name": "A", "custom_fields": {"nope": 1}}, "custom_fields", "Unknown custom field"),
        ({"first_name": "A", "qualification": {"k" * 41: 1}}, "qualification", "at most 40"),
        ({"first_name": "A" * 101}, "first_name", "At most 100"),
        ({"first_name": "A", "favourite_colour": "blue"}, "favourite_colour", "Unknown field"),
        ({"company": "Acme"}, "non_field_errors", "at least a name"),
    ],
)
def test_every_field_rule_answers_400_with_a_field_message(api, owner_a, tenant_a, in_tenant, payload, field, fragment):
    response = api(owner_a).post(URL, payload, format="json")
    assert response.status_code == 400, response.json()
    assert response.json()["error"]["code"] == "invalid"
    assert fragment.lower() in " ".join(errors(response)[field]).lower()
    with in_tenant(tenant_a):
        assert not Contact.objects.exists()


def test_custom_fields_are_typed(api, owner_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        CustomFieldFactory(key="budget", label="Budget", field_type="number")
        CustomFieldFactory(key="plan", label="Plan", field_type="choice", choices=["Gold", "Silver"])
        CustomFieldFactory(key="renewal", label="Renewal", field_type="date")
        CustomFieldFactory(key="vip", label="VIP", field_type="boolean")
    client = api(owner_a)
    bad = client.post(URL, {"first_name": "A", "custom_fields": {"budget": "lots", "plan": "Bronze"}}, format="json")
    assert bad.status_code == 400
    message = " ".join(errors(bad)["custom_fields"])
    assert "not a number" in message and "not one of" in message
    good = client.post(
        URL,
        {"first_name": "A", "custom_fields": {"budget": "1500", "plan": "gold", "renewal": "2026-01-31", "vip": "yes"}},
        format="json",
    )
    assert good.status_code == 201
    assert good.json()["custom_fields"] == {"budget": 1500, "plan": "Gold", "renewal": "2026-01-31", "vip": True}


def test_a_second_contact_with_the_same_number_is_rejected_or_merged(api, owner_a, tenant_a, in_tenant):
    client = api(owner_a)
    first = client.post(URL, {"first_name": "Ann", "phone": "+447912345678"}, format="json").json()
    rejected = client.post(URL, {"first_name": "Annie", "phone": "07912 345678"}, format="json")
    assert rejected.status_code == 400
    assert f"#{first['id']}" in errors(rejected)["phone"][0]
    merged = client.post(
        URL + "?on_duplicate=merge",
        {"first_name": "Annie", "last_name": "Lee", "phone": "07912 345678"},
        format="json",
    )
    assert merged.status_code == 200
    assert merged.json()["id"] == first["id"]
    assert (merged.json()["first_name"], merged.json()["last_name"]) == ("Ann", "Lee")
    updated = client.post(
        URL, {"first_name": "Annie", "phone": "+44 7912 345678", "on_duplicate": "update"}, format="json"
    )
    assert updated.json()["first_name"] == "Annie"
    with in_tenant(tenant_a):
        assert Contact.objects.count() == 1


def test_changing_a_number_to_anothers_is_refused(api, owner_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        ann = ContactFactory(phone="+447912345678")
        bob = ContactFactory(phone="+447912345679")
    response = api(owner_a).patch(f"{URL}{bob.pk}/", {"phone": "07912 345678"}, format="json")
    assert response.status_code == 400
    assert f"#{ann.pk}" in errors(response)["phone"][0]


def test_patch_changes_given_fields_and_status_follows_the_table(api, owner_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact = ContactFactory(status="new", custom_fields={})
        CustomFieldFactory(key="plan", label="Plan")
    client = api(owner_a)
    response = client.patch(
        f"{URL}{contact.pk}/",
        {
            "company": "Acme",
            "status": "qualified",
            "custom_fields": {"plan": "gold"},
            "qualification": {"budget": "5k"},
        },
        format="json",
    )
    assert response.status_code == 200, response.json()
    assert response.json()["status"] == "qualified"
    assert response.json()["custom_fields"] == {"plan": "gold"}
    refused = client.patch(f"{URL}{contact.pk}/", {"status": "call_failed"}, format="json")
    assert refused.status_code == 400
    assert "cannot go from qualified to call_failed" in errors(refused)["status"][0]
    with in_tenant(tenant_a):
        history = StatusChange.objects.get(contact=contact)
        assert (history.from_status, history.to_status, history.actor_label) == ("new", "qualified", owner_a.user.email)
    removed = client.patch(f"{URL}{contact.pk}/", {"custom_fields": {"plan": None}}, format="json")
    assert removed.json()["custom_fields"] == {}


def test_status_endpoint_records_the_reason(api, owner_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact = ContactFactory()
    response = api(owner_a).post(f"{URL}{contact.pk}/status/", {"status": "lost", "reason": "Went elsewhere"})
    assert response.status_code == 200
    history = api(owner_a).get(f"{URL}{contact.pk}/history/").json()
    assert history[0]["reason"] == "Went elsewhere"


@pytest.mark.parametrize(
    "typed", ["07912 345678", "+447912345678", "+44 (0)7912 345678", "345678", "7912 345", "0791234"]
)
def test_search_finds_a_number_however_it_is_typed(api, owner_a, tenant_a, in_tenant, typed):
    with in_tenant(tenant_a):
        wanted = ContactFactory(phone="+447912345678")
        ContactFactory(phone="+447700111222")
    response = api(owner_a).get(URL, {"search": typed})
    assert [c["id"] for c in response.json()["results"]] == [wanted.pk]


def test_search_by_name_prefix_email_company_and_custom_field(api, owner_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        CustomFieldFactory(key="interest", label="Interest")
        jose = ContactFactory(first_name="José", last_name="Álvarez", company="Ñandú Ltd", email="jose@alvarez.test")
        ContactFactory(first_name="Mary", last_name="Smith", custom_fields={"interest": "Implants"})
        name_keys_refresh()
    client = api(owner_a)

    def ids(text):
        return [c["first_name"] for c in client.get(URL, {"search": text}).json()["results"]]

    assert ids("jos alv") == ["José"]
    assert ids("JOSE") == ["José"]
    assert ids("nandu") == ["José"]
    assert ids("jose@alv") == ["José"]
    assert ids("jose") == ["José"]
    assert ids("smyth") == ["Mary"]  # sounds like Smith
    by_value = client.get(URL, {"custom_field": "interest:Implants"}).json()["results"]
    assert [c["first_name"] for c in by_value] == ["Mary"]
    assert ids("zzzz") == []
    assert [c["id"] for c in client.get(URL, {"search": "nandu"}).json()["results"]] == [jose.pk]


def test_filters_and_ordering(api, owner_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        group = GroupFactory()
        a = ContactFactory(last_name="Able", tags=["vip"], status="qualified", lead_score=80)
        b = ContactFactory(last_name="Baker", tags=["vip", "spring"], status="new", lead_score=20)
        c = ContactFactory(last_name="Cole", tags=[], status="new", owner=owner_a.user)
        a.groups.add(group)
    client = api(owner_a)

    def names(**params):
        return [r["last_name"] for r in client.get(URL, params).json()["results"]]

    assert names(tag="vip", ordering="last_name") == ["Able", "Baker"]
    assert names(tag="vip,spring") == ["Baker"]
    assert names(status="new", ordering="-last_name") == ["Cole", "Baker"]
    assert names(group=group.pk) == ["Able"]
    assert names(owner=owner_a.user.pk) == ["Cole"]
    assert names(min_score=50) == ["Able"]
    assert names(ordering="lead_score")[0] == "Cole"
    assert names(ids=f"{b.pk},{c.pk}", ordering="last_name") == ["Baker", "Cole"]


def test_pagination_reports_an_exact_count(api, owner_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        ContactFactory.create_batch(3)
    body = api(owner_a).get(URL, {"page_size": 2}).json()
    assert (body["count"], body["count_exact"], len(body["results"])) == (3, True, 2)
    assert "page=2" in body["next"]
    assert api(owner_a).get(URL, {"page": 9}).status_code == 404


def test_bulk_actions_on_ids_and_on_a_filter(api, owner_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        group = GroupFactory()
        a = ContactFactory(tags=["vip"], status="new")
        b = ContactFactory(tags=[], status="converted")
        ContactFactory(tags=[])
    client = api(owner_a)
    tagged = client.post(
        URL + "bulk/", {"action": "tag", "ids": [a.pk, b.pk], "params": {"tags": ["spring"]}}, format="json"
    )
    assert tagged.json() == {"action": "tag", "changed": 2, "matched": 2}
    grouped = client.post(
        URL + "bulk/",
        {"action": "add_to_group", "filter": {"tag": "spring"}, "params": {"group": group.pk}},
        format="json",
    )
    assert grouped.json()["changed"] == 2
    moved = client.post(
        URL + "bulk/", {"action": "set_status", "ids": [a.pk, b.pk], "params": {"status": "to_call"}}, format="json"
    )
    assert moved.json()["changed"] == 1 and moved.json()["not_allowed"] == 1
    dnc = client.post(URL + "bulk/", {"action": "add_to_dnc", "ids": [a.pk]}, format="json")
    assert dnc.json()["listed"] == 1
    with in_tenant(tenant_a):
        a.refresh_from_db()
        assert a.tags == ["vip", "spring"] and a.status == "to_call" and a.do_not_call
        assert set(group.contacts.values_list("pk", flat=True)) == {a.pk, b.pk}
        assert DncEntry.objects.filter(phone=a.phone).exists()
    deleted = client.post(URL + "bulk/", {"action": "delete", "filter": {"tag": "spring"}}, format="json")
    assert deleted.json()["changed"] == 2
    with in_tenant(tenant_a):
        assert Contact.objects.count() == 1
    assert AuditEvent.objects.filter(tenant=tenant_a, action="contacts.bulk_deleted").exists()


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"action": "explode", "ids": [1]}, "action"),
        ({"action": "tag"}, "non_field_errors"),
        ({"action": "tag", "ids": []}, "ids"),
        ({"action": "tag", "ids": [987654321], "params": {"tags": ["x"]}}, "ids"),
        ({"action": "tag", "filter": {"status": "new"}, "params": {}}, "tags"),
        ({"action": "set_status", "filter": {}, "params": {"status": "asleep"}}, "status"),
        ({"action": "add_to_group", "filter": {}, "params": {"group": 987654}}, "group"),
    ],
)
def test_bad_bulk_requests_change_nothing(api, owner_a, tenant_a, in_tenant, payload, field):
    with in_tenant(tenant_a):
        contact = ContactFactory(tags=[], status="new")
    response = api(owner_a).post(URL + "bulk/", payload, format="json")
    assert response.status_code == 400, response.json()
    assert field in errors(response)
    with in_tenant(tenant_a):
        contact.refresh_from_db()
        assert (contact.tags, contact.status) == ([], "new")


def test_bulk_needs_the_actions_permission(api, agent_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact = ContactFactory()
    client = api(agent_a)
    assert client.post(URL + "bulk/", {"action": "delete", "ids": [contact.pk]}, format="json").status_code == 403
    assert client.post(URL + "bulk/", {"action": "export", "ids": [contact.pk]}, format="json").status_code == 403
    ok = client.post(URL + "bulk/", {"action": "tag", "ids": [contact.pk], "params": {"tags": "x"}}, format="json")
    assert ok.status_code == 200


def test_export_csv_is_the_filtered_list_with_the_import_columns(api, owner_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        CustomFieldFactory(key="plan", label="Plan")
        group = GroupFactory(name="Spring")
        vip = ContactFactory(first_name="=cmd", tags=["vip"], custom_fields={"plan": "gold"})
        vip.groups.add(group)
        ContactFactory(tags=[])
    response = api(owner_a).get(URL + "export.csv", {"tag": "vip"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 1
    assert rows[0]["first_name"] == "'=cmd"  # a spreadsheet would run it otherwise
    assert rows[0]["phone"] == vip.phone
    assert (rows[0]["groups"], rows[0]["cf:plan"], rows[0]["tags"]) == ("Spring", "gold", "vip")
    assert AuditEvent.objects.filter(tenant=tenant_a, action="contacts.exported").exists()


def test_export_json(api, owner_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        ContactFactory.create_batch(3)
    response = api(owner_a).get(URL + "export.json")
    data = json.loads(b"".join(response.streaming_content))
    assert len(data) == 3 and {"id", "phone", "groups", "custom_fields"} <= set(data[0])


def test_gdpr_export_and_erase(api, owner_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact = ContactFactory(first_name="Ann", notes="Allergic to latex", phone="+447912345678")
        dnc_add(phone=contact.phone, tenant=tenant_a, reason="asked")
    client = api(owner_a)
    client.post(f"{URL}{contact.pk}/notes/", {"body": "Called about implants"})
    client.post(f"{URL}{contact.pk}/consents/", {"channel": "sms", "granted": True, "evidence": "web form"})
    exported = client.get(f"{URL}{contact.pk}/gdpr-export/").json()
    assert exported["contact"]["first_name"] == "Ann"
    assert exported["notes"][0]["body"] == "Called about implants"
    assert exported["consents"][0]["evidence"] == "web form"
    assert exported["do_not_call_entry"]["reason"] == "asked"
    erased = client.post(f"{URL}{contact.pk}/erase/", {"reason": "asked by email"}).json()
    assert erased["erased_at"] and erased["first_name"] == "" and erased["phone"] is None
    event = AuditEvent.objects.get(tenant=tenant_a, action="contact.erased")
    assert "Ann" not in event.target_repr and event.metadata["contact_id"] == contact.pk
    with in_tenant(tenant_a):
        assert DncEntry.objects.filter(phone="+447912345678").exists()
    assert client.get(URL).json()["count"] == 0
    assert client.get(URL, {"erased": "true"}).json()["count"] == 1
    assert client.patch(f"{URL}{contact.pk}/", {"first_name": "Back"}, format="json").status_code == 400


@pytest.mark.parametrize(
    ("who", "method", "path", "expected"),
    [
        ("viewer", "post", "", 403),
        ("viewer", "get", "", 200),
        ("agent", "delete", "{id}/", 403),
        ("agent", "get", "export.csv", 403),
        ("agent", "get", "{id}/gdpr-export/", 403),
        ("agent", "post", "{id}/erase/", 403),
        ("agent", "get", "imports/", 403),
        ("manager", "delete", "{id}/", 204),
        ("read_key", "post", "", 403),
        ("read_key", "get", "", 200),
    ],
)
def test_permissions(api, owner_a, viewer_a, agent_a, manager_a, tenant_a, in_tenant, who, method, path, expected):
    with in_tenant(tenant_a):
        contact = ContactFactory()
    client = {
        "viewer": lambda: api(viewer_a),
        "agent": lambda: api(agent_a),
        "manager": lambda: api(manager_a),
        "read_key": lambda: api(owner_a, scope="read"),
    }[who]()
    url = URL + path.format(id=contact.pk)
    response = getattr(client, method)(url, {"first_name": "X"} if method == "post" else None, format="json")
    assert response.status_code == expected


def test_dnc_endpoints(api, owner_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact = ContactFactory(phone="+447912345678")
    client = api(owner_a)
    added = client.post("/api/v1/dnc/", {"phone": "07912 345678", "reason": "asked"}, format="json")
    assert added.status_code == 201 and added.json()["added"] == 1
    assert client.get(URL + f"{contact.pk}/").json()["do_not_call"] is True
    bad = client.post("/api/v1/dnc/", {"phones": ["07912 345679", "nonsense"]}, format="json")
    assert bad.status_code == 400 and "Row 2" in errors(bad)["file"][0]
    with in_tenant(tenant_a):
        assert DncEntry.objects.count() == 1
    upload = io.BytesIO(b"Phone;Reason\n07912 345670;moved away\n+447912345671;\n")
    upload.name = "dnc.csv"
    bulk = client.post("/api/v1/dnc/", {"file": upload}, format="multipart")
    assert bulk.json() == {"added": 2, "already_listed": 0}
    listed = client.get("/api/v1/dnc/", {"search": "345670"}).json()
    assert listed["results"][0]["reason"] == "moved away"
    assert client.delete("/api/v1/dnc/", QUERY_STRING="phone=07912345678").status_code == 204
    assert client.get(URL + f"{contact.pk}/").json()["do_not_call"] is False
    entry_id = listed["results"][0]["id"]
    assert client.delete(f"/api/v1/dnc/{entry_id}/").status_code == 204
    assert client.delete("/api/v1/dnc/").status_code == 400


def test_groups_tags_and_custom_fields(api, owner_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        a = ContactFactory(tags=["old"])
    client = api(owner_a)
    group = client.post("/api/v1/groups/", {"name": "Spring fair"}, format="json").json()
    assert client.post("/api/v1/groups/", {"name": "spring FAIR"}, format="json").status_code == 400
    assert client.post("/api/v1/groups/", {"name": "a, b"}, format="json").status_code == 400
    assert client.post(f"/api/v1/groups/{group['id']}/members/", {"ids": [a.pk]}, format="json").json() == {
        "changed": 1
    }
    assert client.get(f"/api/v1/groups/{group['id']}/").json()["contact_count"] == 1
    assert client.get(URL, {"group": group["id"]}).json()["count"] == 1

    with in_tenant(tenant_a):
        tag = Tag.objects.create(name="old")
    assert client.patch(f"/api/v1/tags/{tag.pk}/", {"name": "new"}, format="json").status_code == 200
    assert client.get(URL + f"{a.pk}/").json()["tags"] == ["new"]
    assert client.delete(f"/api/v1/tags/{tag.pk}/").status_code == 204
    assert client.get(URL + f"{a.pk}/").json()["tags"] == []

    field = client.post(
        "/api/v1/custom-fields/",
        {"key": "plan", "label": "Plan", "field_type": "choice", "choices": ["A", "B"]},
        format="json",
    )
    assert field.status_code == 201
    assert client.post("/api/v1/custom-fields/", {"key": "Bad Key", "label": "x"}, format="json").status_code == 400
    assert (
        client.patch(f"/api/v1/custom-fields/{field.json()['id']}/", {"field_type": "text"}, format="json").status_code
        == 400
    )
    client.patch(URL + f"{a.pk}/", {"custom_fields": {"plan": "a"}}, format="json")
    assert client.get(URL, {"custom_field": "plan:A"}).json()["count"] == 1
    assert client.delete(f"/api/v1/custom-fields/{field.json()['id']}/").status_code == 204
    assert client.get(URL + f"{a.pk}/").json()["custom_fields"] == {}


def test_saved_views_are_personal_unless_shared(api, owner_a, agent_a):
    mine = api(owner_a).post(
        "/api/v1/contacts/saved-views/", {"name": "Hot", "filters": {"min_score": 80}}, format="json"
    )
    assert mine.status_code == 201
    api(owner_a).post("/api/v1/contacts/saved-views/", {"name": "Team", "filters": {}, "shared": True}, format="json")
    names = [v["name"] for v in api(agent_a).get("/api/v1/contacts/saved-views/").json()["results"]]
    assert names == ["Team"]
    bad = api(owner_a).post("/api/v1/contacts/saved-views/", {"name": "X", "filters": {"colour": "red"}}, format="json")
    assert bad.status_code == 400


def test_contact_settings(api, owner_a, manager_a, tenant_a, in_tenant):
    assert api(manager_a).patch("/api/v1/contacts/settings/", {"retention_months": 6}, format="json").status_code == 403
    bad = api(owner_a).patch("/api/v1/contacts/settings/", {"default_region": "XX"}, format="json")
    assert bad.status_code == 400 and "default_region" in errors(bad)
    ok = api(owner_a).patch(
        "/api/v1/contacts/settings/", {"default_region": "ie", "require_consent_for_calls": True}, format="json"
    )
    assert ok.json()["default_region"] == "IE"
    with in_tenant(tenant_a):
        assert ContactSettings.load().require_consent_for_calls
    created = api(owner_a).post(URL, {"first_name": "Sean", "phone": "087 123 4567"}, format="json")
    assert created.json()["phone"] == "+353871234567"


def test_timeline_lists_history_consent_and_notes(api, owner_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact = ContactFactory()
    client = api(owner_a)
    client.post(f"{URL}{contact.pk}/status/", {"status": "to_call"})
    client.post(f"{URL}{contact.pk}/notes/", {"body": "Prefers mornings"})
    client.post(f"{URL}{contact.pk}/consents/", {"channel": "call", "granted": True})
    kinds = [entry["kind"] for entry in client.get(f"{URL}{contact.pk}/timeline/").json()]
    assert sorted(kinds) == ["consent", "created", "note", "status"]
    bad = client.post(f"{URL}{contact.pk}/consents/", {"channel": "pigeon", "granted": True})
    assert bad.status_code == 400 and "channel" in errors(bad)
    assert client.post(f"{URL}{contact.pk}/notes/", {"body": "  "}).status_code == 400


def test_unknown_group_ids_and_others_tenants_ids_are_404(api, owner_a, owner_b, tenant_b, in_tenant):
    with in_tenant(tenant_b):
        theirs = ContactFactory()
        their_group = Group.objects.create(name="Theirs")
    client = api(owner_a)
    assert client.get(f"{URL}{theirs.pk}/").status_code == 404
    assert client.post(f"/api/v1/groups/{their_group.pk}/members/", {"ids": [1]}, format="json").status_code == 404


def test_the_fast_representation_matches_the_declared_fields(api, owner_a, tenant_a, in_tenant):
    from contacts.api.serializers import ContactSerializer

    with in_tenant(tenant_a):
        contact = ContactFactory(callback_at="2030-01-01T10:00:00Z", owner=owner_a.user)
        contact.groups.add(GroupFactory())
    body = api(owner_a).get(f"{URL}{contact.pk}/").json()
    assert list(body) == ContactSerializer.Meta.fields
    assert body["callback_at"] == "2030-01-01T10:00:00Z" and body["owner_email"] == owner_a.user.email
    assert len(body["groups"]) == 1 and body["effective_timezone"] == "Europe/London"
