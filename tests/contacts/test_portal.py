"""Portal pages: list, search, bulk, forms with the API's validation, detail actions, import flow, DNC, setup."""

import io
import json

import pytest

from contacts.models import Contact, ContactImport, ContactSettings, DncEntry, Group, SavedView, Tag
from tenants.models import AuditEvent
from tests.contacts.factories import ContactFactory, CustomFieldFactory, GroupFactory

pytestmark = pytest.mark.django_db


def upload(content: bytes, name: str = "people.csv"):
    handle = io.BytesIO(content)
    handle.name = name
    return handle


def test_list_needs_a_signed_in_member(portal, tenant_a, owner_b):
    assert portal(tenant=tenant_a).get("/contacts/").status_code == 302
    other = portal(owner_b)
    other.defaults["HTTP_HOST"] = "alpha.localhost"
    assert other.get("/contacts/").status_code == 403


def test_empty_state_invites_to_add_or_import(portal, owner_a):
    content = portal(owner_a).get("/contacts/").content.decode()
    assert "No contacts yet" in content and "/contacts/import/" in content


def test_list_search_by_national_number_and_htmx_partial(portal, owner_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        ContactFactory(first_name="Wanted", phone="+447912345678")
        ContactFactory(first_name="Other", phone="+447700111222")
    client = portal(owner_a)
    page = client.get("/contacts/", {"search": "07912 345678"}).content.decode()
    assert "Wanted" in page and "Other" not in page
    partial = client.get("/contacts/", {"search": "345678"}, HTTP_HX_REQUEST="true")
    assert b'id="results"' in partial.content and b"<html" not in partial.content
    assert b"Wanted" in partial.content
    none = client.get("/contacts/", {"search": "nobody-like-this"}).content.decode()
    assert "No contacts match these filters" in none


def test_viewer_sees_no_write_controls(portal, viewer_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact = ContactFactory()
    client = portal(viewer_a)
    page = client.get("/contacts/").content.decode()
    assert "New contact" not in page and 'name="action"' not in page
    assert client.get("/contacts/new/").status_code == 403
    assert client.post("/contacts/bulk/", {"action": "tag", "ids": [contact.pk], "tags": "x"}).status_code == 403
    assert client.get(f"/contacts/{contact.pk}/").status_code == 200


def test_create_form_uses_the_same_rules_as_the_api(portal, api, owner_a, tenant_a, in_tenant):
    client = portal(owner_a)
    bad = client.post("/contacts/new/", {"first_name": "Ann", "phone": "12345", "email": "nope", "lead_score": "120"})
    assert bad.status_code == 400
    content = bad.content.decode()
    api_errors = api(owner_a).post("/api/v1/contacts/", {"first_name": "Ann", "phone": "12345"}, format="json")
    assert api_errors.json()["error"]["fields"]["phone"][0] in content.replace("&#x27;", "'")
    assert "is not a valid email address" in content and "between 0 and 100" in content
    with in_tenant(tenant_a):
        assert not Contact.objects.exists()
        CustomFieldFactory(key="vip", label="VIP", field_type="boolean")
        group = GroupFactory()
    good = client.post(
        "/contacts/new/",
        {
            "first_name": "Ann",
            "phone": "07912 345678",
            "tags": "vip, spring",
            "groups": [group.pk],
            "cf_vip": "yes",
            "q_budget_range": "5-10k",
            "callback_at": "2030-06-01T09:30",
            "status": "new",
        },
    )
    assert good.status_code == 302
    with in_tenant(tenant_a):
        contact = Contact.objects.get()
        assert contact.phone == "+447912345678" and contact.tags == ["vip", "spring"]
        assert contact.custom_fields == {"vip": True} and contact.qualification == {"budget_range": "5-10k"}
        assert contact.callback_at.isoformat() == "2030-06-01T08:30:00+00:00"  # 09:30 in London (BST)
        assert list(contact.groups.all()) == [group]


def test_edit_form_and_status_moves(portal, owner_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact = ContactFactory(status="new")
    client = portal(owner_a)
    form = client.get(f"/contacts/{contact.pk}/edit/").content.decode()
    assert contact.first_name in form
    saved = client.post(
        f"/contacts/{contact.pk}/edit/",
        {"first_name": "Changed", "last_name": "", "phone": contact.phone, "status": "qualified", "priority": "3"},
    )
    assert saved.status_code == 302
    refused = client.post(f"/contacts/{contact.pk}/status/", {"status": "call_failed"}, follow=True)
    assert "cannot go from qualified to call_failed" in refused.content.decode()
    with in_tenant(tenant_a):
        contact.refresh_from_db()
        assert (contact.first_name, contact.status, contact.priority) == ("Changed", "qualified", 3)


def test_detail_actions_fill_the_timeline(portal, owner_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact = ContactFactory()
    client = portal(owner_a)
    client.post(f"/contacts/{contact.pk}/notes/", {"body": "Prefers mornings"})
    client.post(f"/contacts/{contact.pk}/consents/", {"channel": "sms", "granted": "no", "evidence": "Replied STOP"})
    client.post(f"/contacts/{contact.pk}/status/", {"status": "follow_up", "reason": "Asked to ring next week"})
    page = client.get(f"/contacts/{contact.pk}/").content.decode()
    for text in ("Prefers mornings", "SMS consent withdrawn", "Asked to ring next week", "opted out of text messages"):
        assert text in page


def test_bulk_on_selected_rows_and_on_the_filtered_list(portal, owner_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        a = ContactFactory(tags=["vip"])
        b = ContactFactory(tags=["vip"])
        c = ContactFactory(tags=[])
        group = GroupFactory()
    client = portal(owner_a)
    client.post("/contacts/bulk/", {"action": "tag", "ids": [a.pk, c.pk], "tags": "spring"})
    client.post(
        "/contacts/bulk/",
        {"action": "add_to_group", "scope": "filter", "filter_query": "tag=vip", "group": group.pk},
    )
    exported = client.post("/contacts/bulk/", {"action": "export", "scope": "filter", "filter_query": "tag=spring"})
    text = b"".join(exported.streaming_content).decode("utf-8-sig")
    assert text.count("\n") == 3  # header + a + c
    with in_tenant(tenant_a):
        assert sorted(Contact.objects.filter(tags__contains=["spring"]).values_list("pk", flat=True)) == [a.pk, c.pk]
        assert set(group.contacts.values_list("pk", flat=True)) == {a.pk, b.pk}
    response = client.post("/contacts/bulk/", {"action": "delete", "ids": [c.pk]}, follow=True)
    assert "1 contact(s) changed" in response.content.decode()


def test_saved_views(portal, owner_a, agent_a, tenant_a, in_tenant):
    client = portal(owner_a)
    client.post("/contacts/views/", {"name": "VIPs", "filter_query": "tag=vip&page=3", "shared": "1"})
    with in_tenant(tenant_a):
        view = SavedView.objects.get()
        assert view.filters == {"tag": "vip"}
    assert "VIPs" in portal(agent_a).get("/contacts/").content.decode()
    assert portal(agent_a).post(f"/contacts/views/{view.pk}/delete/").status_code == 403
    assert client.post(f"/contacts/views/{view.pk}/delete/").status_code == 302


def test_import_flow_maps_checks_and_imports(portal, owner_a, tenant_a, in_tenant, django_capture_on_commit_callbacks):
    with in_tenant(tenant_a):
        ContactFactory(first_name="Existing", phone="+447912345679")
    client = portal(owner_a)
    csv_bytes = (
        "\ufeffFull Name;Mobile;E-mail;Comments\n"
        'Ann Lee;07912 345678;ann@example.test;"Likes\nmornings"\n'
        "Bob Ray;07912 345679;bob@example.test;\n"
        "Cy Oh;12345;cy@example.test;\n"
    ).encode()
    created = client.post("/contacts/import/", {"file": upload(csv_bytes)})
    assert created.status_code == 302
    detail_url = created["Location"]
    page = client.get(detail_url).content.decode()
    assert '<option value="full_name" selected>' in page and '<option value="phone" selected>' in page
    with in_tenant(tenant_a):
        contact_import = ContactImport.objects.get()
    mapping = {f"column_{i}": t for i, t in enumerate(["full_name", "phone", "email", "notes"])}
    with django_capture_on_commit_callbacks(execute=True):
        client.post(detail_url, {**mapping, "on_duplicate": "merge", "template_name": "Practice export"})
    report = client.get(detail_url).content.decode()
    assert "Ready to import" in report and "not a valid number" in report
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/contacts/import/{contact_import.pk}/confirm/")
    done = client.get(detail_url).content.decode()
    assert "Imported" in done
    with in_tenant(tenant_a):
        ann = Contact.objects.get(phone="+447912345678")
        assert (ann.first_name, ann.last_name, ann.notes, ann.source) == ("Ann", "Lee", "Likes\nmornings", "csv")
        assert Contact.objects.get(phone="+447912345679").first_name == "Existing"
        assert Contact.objects.count() == 2
    rejected = client.get(f"/contacts/import/{contact_import.pk}/rejected.csv")
    assert "Cy Oh" in b"".join(rejected.streaming_content).decode("utf-8-sig")
    progress = client.get(f"/contacts/import/{contact_import.pk}/progress/")
    assert progress.status_code == 204 and progress["HX-Refresh"] == "true"
    assert "Practice export" in client.get("/contacts/import/").content.decode()


def test_a_broken_upload_is_refused_and_stores_nothing(portal, owner_a, tenant_a, in_tenant):
    client = portal(owner_a)
    response = client.post("/contacts/import/", {"file": upload(b"\xff\xfeN\x00a\x00m\x00e\x00")})
    assert response.status_code == 400 and "not UTF-8" in response.content.decode()
    response = client.post("/contacts/import/", {"file": upload(b'name,phone\n"Ann,07912345678\n')})
    assert response.status_code == 400 and "not valid CSV" in response.content.decode()
    with in_tenant(tenant_a):
        assert not ContactImport.objects.exists()


def test_dnc_page(portal, owner_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact = ContactFactory(phone="+447912345678")
    client = portal(owner_a)
    client.post("/contacts/dnc/", {"phone": "07912 345678", "reason": "asked"})
    client.post("/contacts/dnc/", {"file": upload(b"phone\n07912 000001\n07912 000002\n")})
    bad = client.post("/contacts/dnc/", {"phone": "nonsense"}, follow=True)
    assert "not a phone number" in bad.content.decode()
    with in_tenant(tenant_a):
        assert DncEntry.objects.count() == 3
        assert Contact.objects.get(pk=contact.pk).do_not_call
        entry = DncEntry.objects.get(phone="+447912345678")
    client.post(f"/contacts/dnc/{entry.pk}/remove/")
    with in_tenant(tenant_a):
        assert not Contact.objects.get(pk=contact.pk).do_not_call


def test_setup_page(portal, owner_a, manager_a, tenant_a, in_tenant):
    client = portal(owner_a)
    client.post("/contacts/setup/groups/", {"name": "Spring fair"})
    client.post("/contacts/setup/tags/", {"name": "vip"})
    client.post("/contacts/setup/fields/", {"key": "plan", "label": "Plan", "field_type": "choice", "choices": "A, B"})
    client.post("/contacts/setup/settings/", {"default_region": "ie", "retention_months": "12"})
    bad = client.post("/contacts/setup/settings/", {"retention_months": "forever"}, follow=True)
    assert "number of months" in bad.content.decode()
    page = client.get("/contacts/setup/").content.decode()
    assert "Spring fair" in page and "vip" in page and "Plan" in page
    with in_tenant(tenant_a):
        settings = ContactSettings.load()
        assert (settings.default_region, settings.retention_months) == ("IE", 12)
        assert Group.objects.count() == 1 and Tag.objects.count() == 1
    assert portal(manager_a).post("/contacts/setup/settings/", {"retention_months": "1"}).status_code == 403


def test_gdpr_download_and_erase_from_the_portal(portal, owner_a, agent_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact = ContactFactory(first_name="Ann")
    assert portal(agent_a).get(f"/contacts/{contact.pk}/gdpr-export/").status_code == 403
    client = portal(owner_a)
    download = client.get(f"/contacts/{contact.pk}/gdpr-export/")
    assert json.loads(download.content)["contact"]["first_name"] == "Ann"
    assert "attachment" in download["Content-Disposition"]
    client.post(f"/contacts/{contact.pk}/erase/", {"reason": "requested"})
    page = client.get(f"/contacts/{contact.pk}/").content.decode()
    assert "data was erased" in page
    assert AuditEvent.objects.filter(tenant=tenant_a, action="contact.erased").count() == 1
