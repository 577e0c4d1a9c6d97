"""CSV import: reading files, mapping, per-row validation, duplicate policies, all-or-nothing, round trips."""

import csv
import io

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings

from contacts import tasks
from contacts.imports import pipeline, report, sql
from contacts.imports.mapping import suggest
from contacts.imports.reader import read_csv
from contacts.models import (
    Contact,
    ContactImport,
    DncEntry,
    Group,
    ImportRow,
    MappingTemplate,
    NameKey,
    StatusChange,
    Tag,
)
from contacts.services import dnc_add
from tests.contacts.factories import ContactFactory, CustomFieldFactory, GroupFactory

pytestmark = pytest.mark.django_db


def run_import(text: str | bytes, *, tenant, actor=None, on_duplicate="skip", mapping=None, options=None):
    content = text.encode() if isinstance(text, str) else text
    contact_import = pipeline.contact_import_create(
        file_name="people.csv",
        content=content,
        actor=actor,
        mapping=mapping,
        on_duplicate=on_duplicate,
        options=options,
    )
    validated = pipeline.contact_import_validate(import_id=contact_import.pk, tenant=tenant)
    if validated.status != ContactImport.Status.VALIDATED:
        return validated
    return pipeline.contact_import_apply(import_id=contact_import.pk, tenant=tenant)


def rejected(contact_import) -> dict[int, str]:
    return {r.row_number: " ".join(r.errors) for r in report.rejected_rows(contact_import)}


# --- reading files --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "delimiter"),
    [
        (b"name,phone\nAnn,07912 345678\n", ","),
        (b"\xef\xbb\xbfname;phone\nAnn;07912 345678\n", ";"),
        (b"name\tphone\r\nAnn\t07912 345678\r\n", "\t"),
        (b'name,phone,notes\n"Lee, Ann",07912 345678,"two\nlines"\n', ","),
    ],
)
def test_files_in_the_usual_dialects_are_read(content, delimiter):
    parsed = read_csv(content)
    assert parsed.delimiter == delimiter
    assert parsed.headers[:2] == ["name", "phone"]
    assert parsed.total_rows == 1
    assert parsed.preview[0][1] == "07912 345678"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"name,phone\n", "no rows"),
        (b",,\nAnn,1,2\n", "name the columns"),
        ("name\nJosé\n".encode("latin-1"), "not UTF-8"),
        (b'name,phone\n"Ann,0791\n', "not valid CSV"),
        (b"PK\x03\x04\x00\x00binary", "spreadsheet or binary"),
    ],
)
def test_unreadable_files_are_refused_with_a_reason(content, message):
    with pytest.raises(ValidationError) as excinfo:
        read_csv(content)
    assert message in excinfo.value.message_dict["file"][0]


def test_size_limits(settings):
    settings.CONTACT_IMPORT_MAX_ROWS = 2
    with pytest.raises(ValidationError, match="more than 2 rows"):
        read_csv(b"name\na\nb\nc\n")
    settings.CONTACT_IMPORT_MAX_BYTES = 10
    with pytest.raises(ValidationError, match="larger than"):
        read_csv(b"name\nsomeone long\n")


# --- mapping ---------------------------------------------------------------------------------


def test_mapping_is_suggested_from_headers_and_custom_fields(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        plan = CustomFieldFactory(key="plan", label="Membership plan")
        headers = [
            "First Name",
            "SURNAME",
            "Mobile Number",
            "E-mail",
            "Membership Plan",
            "cf:plan",
            "Score",
            "Shoe size",
        ]
        assert suggest(headers, [plan]) == [
            "first_name",
            "last_name",
            "phone",
            "email",
            "cf:plan",
            None,  # a field is filled from one column only
            "lead_score",
            None,
        ]
        template = {"shoesize": "notes"}
        assert suggest(["Shoe size"], [plan], template) == ["notes"]


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"Nope": "phone"}, "no column"),
        ({"name": "favourite_colour"}, "not a contact field"),
        ({"name": "phone", "phone": "phone"}, "mapped from two columns"),
        ({"name": "notes"}, "Map at least a phone, email or name"),
        ({"name": "full_name", "phone": "first_name"}, "either a full name"),
        (["phone"], "one target per column"),
    ],
)
def test_bad_mappings_are_refused(tenant_a, in_tenant, mapping, message):
    with in_tenant(tenant_a), pytest.raises(ValidationError) as excinfo:
        pipeline.contact_import_create(file_name="a.csv", content=b"name,phone\nAnn,07912345678\n", mapping=mapping)
    assert message in " ".join(excinfo.value.message_dict["mapping"])
    with in_tenant(tenant_a):
        assert not ContactImport.objects.exists()


def test_mapping_by_header_or_index_and_templates(tenant_a, in_tenant, owner_a):
    with in_tenant(tenant_a):
        contact_import = pipeline.contact_import_create(
            file_name="a.csv", content=b"who,tel\nAnn,07912345678\n", mapping={"0": "first_name", "tel": "phone"}
        )
        assert contact_import.mapping == ["first_name", "phone"]
        pipeline.contact_import_set_mapping(
            contact_import=contact_import,
            mapping=["first_name", "phone"],
            on_duplicate="merge",
            save_template_as="Legacy CRM",
            actor=owner_a.user,
        )
        template = MappingTemplate.objects.get(name="Legacy CRM")
        assert template.mapping == {"who": "first_name", "tel": "phone"}
        again = pipeline.contact_import_create(
            file_name="b.csv", content=b"WHO,Tel\nBob,07912345679\n", template=template
        )
        assert again.mapping == ["first_name", "phone"]


# --- per-row validation ------------------------------------------------------------------------


@pytest.mark.parametrize("chunk", [10_000, 3], ids=["one chunk", "chunks of 3"])
def test_every_row_rule_is_reported_and_good_rows_are_imported(tenant_a, in_tenant, monkeypatch, chunk):
    monkeypatch.setattr(pipeline, "CHUNK", chunk)
    with in_tenant(tenant_a):
        CustomFieldFactory(key="budget", label="Budget", field_type="number")
        ContactFactory(phone="+447912000009", first_name="Existing")
        text = (
            "first_name,phone,email,timezone,status,lead_score,cf:budget,extra\n"
            "Ann,07912 000001,ann@example.test,Europe/London,new,10,100,\n"  # 1 fine
            "Bad phone,0791,,,,,,\n"  # 2
            "Bad email,07912 000003,bob@,,,,,\n"  # 3
            "Same phone,07912 000001,,,,,,\n"  # 4 duplicate of row 1
            "Same email,,ann@example.test,,,,,\n"  # 5 fine: no phone, email differs from phone-less rows
            "Same email again,,ANN@example.test,,,,,\n"  # 6 duplicate of row 5
            "Zone,07912 000007,,Mars/Olympus,,,,\n"  # 7
            "Status,07912 000008,,,sleeping,,,\n"  # 8
            "Existing,07912 000009,,,,,,\n"  # 9 duplicate of an existing contact (skipped)
            "Score,07912 000010,,,,101,,\n"  # 10
            "Budget,07912 000011,,,,,lots,\n"  # 11
            ",,,,,,,\n"  # blank line: ignored
            "Too wide,07912 000012,,,,,,,surprise\n"  # 12
            ",,,Europe/London,,,,\n"  # 13: nothing to recognise anyone by
        )
        contact_import = run_import(text, tenant=tenant_a)
        assert contact_import.status == "completed", contact_import.error
        problems = rejected(contact_import)
        assert set(problems) == {2, 3, 4, 6, 7, 8, 10, 11, 12, 13}
        assert "wrong number of digits" in problems[2] or "not a valid number" in problems[2]
        assert "not a valid email" in problems[3]
        assert "same phone number as row 1" in problems[4]
        assert "same email address as row 5" in problems[6]
        assert "Unknown time zone" in problems[7]
        assert "Unknown status" in problems[8]
        assert "between 0 and 100" in problems[10]
        assert "Budget: 'lots' is not a number" in problems[11]
        assert "header names 8 columns" in problems[12]
        assert "no name, phone number or email" in problems[13]
        assert (contact_import.created_count, contact_import.skipped_count, contact_import.rejected_count) == (2, 1, 10)
        summary = report.import_report(contact_import)
        assert summary["duplicate_rows"][0]["row"] == 9
        assert summary["rejected_rows"][0]["values"]["first_name"] == "Bad phone"
        assert Contact.objects.get(phone="+447912000001").custom_fields == {"budget": 100}


def test_strict_imports_nothing_when_a_row_is_rejected(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact_import = run_import(
            "name,phone\nAnn,07912 000001\nBad,0791\n", tenant=tenant_a, options={"strict": True}
        )
        assert contact_import.status == "failed"
        assert "all-or-nothing" in contact_import.error
        assert not Contact.objects.exists()


# --- duplicate policies --------------------------------------------------------------------------


HEADER = "first_name,last_name,phone,company,tags,status,cf:plan\n"


@pytest.fixture
def existing(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        CustomFieldFactory(key="plan", label="Plan")
        return ContactFactory(
            first_name="Ann",
            last_name="",
            phone="+447912000001",
            company="",
            tags=["old"],
            status="new",
            custom_fields={"plan": "gold"},
        )


def test_skip_leaves_existing_contacts_alone(tenant_a, in_tenant, existing):
    with in_tenant(tenant_a):
        contact_import = run_import(HEADER + "Annie,Lee,07912 000001,Acme,new,qualified,silver\n", tenant=tenant_a)
        existing.refresh_from_db()
        assert (existing.first_name, existing.company, existing.tags) == ("Ann", "", ["old"])
        assert contact_import.skipped_count == 1 and contact_import.created_count == 0


def test_update_overwrites_with_the_rows_values(tenant_a, in_tenant, existing, owner_a):
    with in_tenant(tenant_a):
        contact_import = run_import(
            HEADER + "Annie,,07912 000001,Acme,new,qualified,silver\n",
            tenant=tenant_a,
            actor=owner_a.user,
            on_duplicate="update",
        )
        existing.refresh_from_db()
        assert (existing.first_name, existing.last_name, existing.company) == ("Annie", "", "Acme")
        assert existing.tags == ["new"] and existing.status == "qualified"
        assert existing.custom_fields == {"plan": "silver"}
        change = StatusChange.objects.get(contact=existing)
        assert (change.from_status, change.to_status, change.actor_label) == ("new", "qualified", owner_a.user.email)
        assert contact_import.updated_count == 1


def test_update_rejects_a_status_move_the_table_forbids(tenant_a, in_tenant, existing):
    with in_tenant(tenant_a):
        Contact.objects.filter(pk=existing.pk).update(status="converted")
        contact_import = run_import(
            HEADER + "Ann,,07912 000001,,,call_failed,\n", tenant=tenant_a, on_duplicate="update"
        )
        assert "cannot go from converted to call_failed" in rejected(contact_import)[1]
        assert Contact.objects.get(pk=existing.pk).status == "converted"


def test_merge_fills_in_only_what_is_missing(tenant_a, in_tenant, existing):
    with in_tenant(tenant_a):
        run_import(HEADER + "Annie,Lee,07912 000001,Acme,new,qualified,silver\n", tenant=tenant_a, on_duplicate="merge")
        existing.refresh_from_db()
        assert (existing.first_name, existing.last_name, existing.company) == ("Ann", "Lee", "Acme")
        assert existing.tags == ["old", "new"] and existing.status == "new"
        assert existing.custom_fields == {"plan": "gold"}


def test_rows_without_a_number_match_by_email(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact = ContactFactory(phone=None, email="ann@example.test", company="")
        run_import("email,company\nANN@example.test,Acme\n", tenant=tenant_a, on_duplicate="merge")
        contact.refresh_from_db()
        assert contact.company == "Acme" and Contact.objects.count() == 1


# --- what an import writes besides contacts --------------------------------------------------------


@pytest.mark.parametrize("chunk", [10_000, 1], ids=["one chunk", "row by row"])
def test_groups_tags_owner_dnc_and_history(tenant_a, in_tenant, owner_a, monkeypatch, chunk):
    monkeypatch.setattr(pipeline, "CHUNK", chunk)
    with in_tenant(tenant_a):
        listed = GroupFactory(name="Everyone")
        dnc_add(phone="+447912000002", tenant=tenant_a, reason="asked")
        text = (
            "name,phone,groups,tags,owner,do_not_call,status\n"
            f"Ann Lee,07912 000001,Spring; VIP,a|b,{owner_a.user.email},no,qualified\n"
            "Bob Ray,07912 000002,spring,B,,,\n"
            "Cy Oh,07912 000003,,,,yes,\n"
        )
        contact_import = run_import(
            text,
            tenant=tenant_a,
            actor=owner_a.user,
            mapping=["full_name", "phone", "groups", "tags", "owner", "do_not_call", "status"],
            options={"group_id": listed.pk},
        )
        assert contact_import.status == "completed", contact_import.error
        ann, bob, cy = (Contact.objects.get(phone=f"+44791200000{i}") for i in (1, 2, 3))
        assert sorted(Group.objects.values_list("name", flat=True)) == ["Everyone", "Spring", "VIP"]
        assert set(ann.groups.values_list("name", flat=True)) == {"Everyone", "Spring", "VIP"}
        assert set(bob.groups.values_list("name", flat=True)) == {"Everyone", "Spring"}
        assert ann.tags == ["a", "b"] and bob.tags == ["b"]  # the catalogue's spelling wins within a file
        assert sorted(Tag.objects.values_list("name", flat=True)) == ["a", "b"]
        assert ann.owner_id == owner_a.user.pk and ann.created_by_import_id == contact_import.pk
        assert (bob.do_not_call, cy.do_not_call, ann.do_not_call) == (True, True, False)
        assert DncEntry.objects.filter(phone="+447912000003", source="csv").exists()
        assert StatusChange.objects.get(contact=ann).to_status == "qualified"
        assert NameKey.objects.filter(word="lee").exists()
        assert not ImportRow.objects.filter(contact_import=contact_import).exists()


# --- all or nothing ---------------------------------------------------------------------------------


def test_a_failure_half_way_leaves_no_trace(tenant_a, in_tenant, monkeypatch):
    def explode(vocabulary):
        raise ValueError("disk on fire")

    monkeypatch.setattr(sql, "vocabulary_add", explode)
    with in_tenant(tenant_a):
        before = Contact.objects.count()
        contact_import = run_import(
            "name,phone,groups,tags\nAnn,07912 000001,New group,newtag\nBob,07912 000002,,\n", tenant=tenant_a
        )
        assert contact_import.status == "failed" and "disk on fire" in contact_import.error
        assert Contact.objects.count() == before
        assert not Group.objects.exists() and not Tag.objects.exists() and not StatusChange.objects.exists()
        assert not ImportRow.objects.filter(contact_import=contact_import).exists()


def test_a_number_created_meanwhile_is_matched_not_duplicated(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact_import = pipeline.contact_import_create(file_name="a.csv", content=b"name,phone\nAnn,07912000001\n")
        pipeline.contact_import_validate(import_id=contact_import.pk, tenant=tenant_a)
        ContactFactory(phone="+447912000001", first_name="Early")
        done = pipeline.contact_import_apply(import_id=contact_import.pk, tenant=tenant_a)
        assert (done.status, done.created_count, done.skipped_count) == ("completed", 0, 1)
        assert Contact.objects.filter(phone="+447912000001").count() == 1


def test_tasks_claim_their_work_and_can_run_twice(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact_import = pipeline.contact_import_create(file_name="a.csv", content=b"name,phone\nAnn,07912000001\n")
        assert tasks.import_validate(contact_import.pk, True) == "completed"
        assert tasks.import_validate(contact_import.pk, True) is None
        assert tasks.import_apply(contact_import.pk) is None
        assert Contact.objects.count() == 1


def test_cancel_and_mapping_changes_reset_the_staged_rows(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact_import = pipeline.contact_import_create(file_name="a.csv", content=b"name,phone\nAnn,0791\n")
        pipeline.contact_import_validate(import_id=contact_import.pk, tenant=tenant_a)
        assert ImportRow.objects.filter(contact_import=contact_import).count() == 1
        changed = pipeline.contact_import_set_mapping(
            contact_import=contact_import, mapping=["first_name", None], on_duplicate="skip"
        )
        assert changed.status == "uploaded" and not ImportRow.objects.filter(contact_import=contact_import).exists()
        cancelled = pipeline.contact_import_cancel(contact_import=changed)
        assert cancelled.status == "cancelled" and not bytes(cancelled.content)
        with pytest.raises(ValidationError):
            pipeline.contact_import_confirm(contact_import=cancelled)


# --- the API ------------------------------------------------------------------------------------------


def file(content: bytes, name="people.csv"):
    handle = io.BytesIO(content)
    handle.name = name
    return handle


def test_api_import_runs_and_reports(api, owner_a, tenant_a, in_tenant, django_capture_on_commit_callbacks):
    client = api(owner_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/api/v1/contacts/imports/",
            {
                "file": file(b"Name,Mobile\nAnn Lee,07912 000001\nBad,0791\n"),
                "mapping": '{"Name": "full_name", "Mobile": "phone"}',
                "on_duplicate": "update",
            },
            format="multipart",
        )
    assert response.status_code == 202, response.json()
    import_id = response.json()["id"]
    body = client.get(f"/api/v1/contacts/imports/{import_id}/").json()
    assert body["status"] == "completed"
    assert body["counts"]["created"] == 1 and body["counts"]["rejected"] == 1
    assert body["progress"]["percent"] == 100
    assert body["rejected_rows"][0]["row"] == 2 and body["rejected_rows"][0]["values"] == {
        "Name": "Bad",
        "Mobile": "0791",
    }
    rows = list(
        csv.reader(io.StringIO(b"".join(client.get(body["rejected_csv"]).streaming_content).decode("utf-8-sig")))
    )
    assert rows[0] == ["row", "errors", "Name", "Mobile"] and rows[1][0] == "2"
    assert client.get("/api/v1/contacts/imports/").json()["count"] == 1


def test_api_dry_run_writes_nothing(api, owner_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        ContactFactory(phone="+447912000001")
    response = api(owner_a).post(
        "/api/v1/contacts/imports/",
        {"file": file(b"name,phone\nAnn,07912000001\nBob,07912000002\nBad,0791\n"), "dry_run": "true"},
        format="multipart",
    )
    body = response.json()
    assert response.status_code == 200
    assert body["counts"] == {
        "valid": 2,
        "rejected": 1,
        "duplicates": 1,
        "would_create": 1,
        "would_update": 0,
        "would_skip": 1,
    }
    with in_tenant(tenant_a):
        assert not ContactImport.objects.exists() and Contact.objects.count() == 1


def test_api_import_errors(api, owner_a, agent_a):
    client = api(owner_a)
    broken = client.post("/api/v1/contacts/imports/", {"file": file(b"\xff\xfe\x00")}, format="multipart")
    assert broken.status_code == 400 and "file" in broken.json()["error"]["fields"]
    missing = client.post("/api/v1/contacts/imports/", {}, format="multipart")
    assert missing.status_code == 400 and "file" in missing.json()["error"]["fields"]
    policy = client.post(
        "/api/v1/contacts/imports/", {"file": file(b"name\nAnn\n"), "on_duplicate": "shred"}, format="multipart"
    )
    assert policy.status_code == 400
    assert (
        api(agent_a).post("/api/v1/contacts/imports/", {"file": file(b"name\nA\n")}, format="multipart").status_code
        == 403
    )


# --- round trip -------------------------------------------------------------------------------------------


FIELDS = (
    "first_name",
    "last_name",
    "phone",
    "alternate_phone",
    "email",
    "company",
    "timezone",
    "language",
    "address",
    "notes",
    "tags",
    "custom_fields",
    "source",
    "owner_id",
    "status",
    "priority",
    "lead_score",
    "callback_at",
    "qualification",
    "do_not_call",
)


def snapshot() -> dict:
    return {
        c.phone or c.email: (
            *(getattr(c, name) for name in FIELDS),
            sorted(c.groups.values_list("name", flat=True)),
        )
        for c in Contact.objects.all()
    }


def test_export_then_import_loses_nothing(api, owner_a, tenant_a, in_tenant, django_capture_on_commit_callbacks):
    from contacts.services import contact_create

    with in_tenant(tenant_a):
        CustomFieldFactory(key="budget", label="Budget", field_type="number")
        CustomFieldFactory(key="vip", label="VIP", field_type="boolean")
        CustomFieldFactory(key="renewal", label="Renewal", field_type="date")
        group = GroupFactory(name="Spring fair")
        contact_create(
            tenant=tenant_a,
            actor=owner_a.user,
            data={
                "first_name": "José",
                "last_name": "O'Neil-Smith",
                "phone": "+447912000001",
                "alternate_phone": "+13125550100",
                "email": "Jose@Example.test",
                "company": "=Formula & Co, Ltd",
                "timezone": "America/Chicago",
                "language": "es-MX",
                "address": "1 High St\nLondon",
                "notes": 'Says "hello"; likes; commas, too \\ back\tslash\\N',
                "tags": ["vip", "spring 2025", 'say "hi"', "back\\slash"],
                "groups": [group.pk],
                "custom_fields": {"budget": 1250.5, "vip": True, "renewal": "2026-02-01"},
                "owner": owner_a.user.pk,
                "status": "qualified",
                "priority": 7,
                "lead_score": 88,
                "callback_at": "2030-01-02T03:04:05+00:00",
                "qualification": {"budget_range": "10-20k", "decision_maker": True},
                "do_not_call": True,
            },
        )
        contact_create(tenant=tenant_a, data={"email": "only@example.test"})
        before = snapshot()
    exported = b"".join(api(owner_a).get("/api/v1/contacts/export.csv").streaming_content)
    with in_tenant(tenant_a):
        Contact.objects.all().delete()
        Group.objects.all().delete()
    with django_capture_on_commit_callbacks(execute=True):
        response = api(owner_a).post("/api/v1/contacts/imports/", {"file": file(exported)}, format="multipart")
    result = api(owner_a).get(f"/api/v1/contacts/imports/{response.json()['id']}/").json()
    assert result["status"] == "completed", result
    assert result["counts"]["rejected"] == 0, result["rejected_rows"]
    with in_tenant(tenant_a):
        assert snapshot() == before
    # Importing the same file again with "update" changes nothing either.
    with django_capture_on_commit_callbacks(execute=True):
        api(owner_a).post(
            "/api/v1/contacts/imports/", {"file": file(exported), "on_duplicate": "update"}, format="multipart"
        )
    with in_tenant(tenant_a):
        assert snapshot() == before


@override_settings(CONTACT_IMPORT_KEEP_DAYS=0)
def test_old_import_files_are_pruned(tenant_a, in_tenant):
    from contacts.services.privacy import contact_imports_prune

    with in_tenant(tenant_a):
        contact_import = run_import("name,phone\nAnn,0791\n", tenant=tenant_a)
        assert ImportRow.objects.filter(contact_import=contact_import).exists()
        contact_imports_prune(
            keep_days=0, now=contact_import.created_at.replace(year=contact_import.created_at.year + 1)
        )
        assert not ImportRow.objects.filter(contact_import=contact_import).exists()
