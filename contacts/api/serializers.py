"""Serializers: shapes for reading, and type checks for writing (the rules are in the services)."""

from django.core.exceptions import ObjectDoesNotExist
from rest_framework import serializers

from contacts.models import (
    ConsentRecord,
    Contact,
    ContactImport,
    ContactNote,
    ContactSettings,
    ContactSource,
    CustomFieldDefinition,
    DncEntry,
    DuplicatePolicy,
    Group,
    LeadStatus,
    MappingTemplate,
    SavedView,
    StatusChange,
    Tag,
)
from contacts.representation import contact_record
from contacts.services.core import contact_timezone


class StrictSerializer(serializers.Serializer):
    """Refuses fields it does not know (read-only ones are tolerated and ignored)."""

    tolerated: tuple[str, ...] = ()

    def to_internal_value(self, data):
        if hasattr(data, "keys"):
            unknown = set(data.keys()) - set(self.fields) - set(self.tolerated)
            if unknown:
                raise serializers.ValidationError({name: ["Unknown field."] for name in sorted(unknown)})
        return super().to_internal_value(data)


class ContactSerializer(serializers.ModelSerializer):
    groups = serializers.PrimaryKeyRelatedField(many=True, read_only=True)
    owner = serializers.IntegerField(source="owner_id", read_only=True, allow_null=True)
    owner_email = serializers.SerializerMethodField()
    effective_timezone = serializers.SerializerMethodField()

    class Meta:
        model = Contact
        fields = [
            "id",
            "first_name",
            "last_name",
            "phone",
            "alternate_phone",
            "email",
            "company",
            "timezone",
            "effective_timezone",
            "language",
            "address",
            "notes",
            "tags",
            "groups",
            "custom_fields",
            "source",
            "owner",
            "owner_email",
            "status",
            "priority",
            "lead_score",
            "callback_at",
            "qualification",
            "do_not_call",
            "erased_at",
            "last_activity_at",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields

    def get_owner_email(self, contact) -> str | None:
        if not contact.owner_id:
            return None  # before touching `members`, which may be a lazy query
        members = self.context.get("members") or {}
        return members.get(contact.owner_id)

    def get_effective_timezone(self, contact) -> str:
        tenant = self.context.get("tenant")
        return contact_timezone(contact, tenant) if tenant else contact.timezone

    def to_representation(self, contact) -> dict:
        """The declared fields, built directly: lists of 50 contacts would otherwise spend most of the
        request in per-field machinery."""
        return contact_record(
            contact,
            moment=_DATETIME.to_representation,
            effective_timezone=self.get_effective_timezone(contact),
            groups=_group_ids(contact),
            owner=contact.owner_id,
            owner_email=self.get_owner_email(contact),
        )


_DATETIME = serializers.DateTimeField()


def _group_ids(contact: Contact) -> list[int]:
    """Ids read with the whole page (`selectors.contacts_page_entries`), else the contact's own groups."""
    ids = getattr(contact, "group_ids", None)
    return ids if ids is not None else [group.pk for group in contact.groups.all()]


class ContactWriteSerializer(StrictSerializer):
    """Every field is optional on PATCH; the service checks the values and answers per field."""

    tolerated = (
        "id",
        "effective_timezone",
        "owner_email",
        "erased_at",
        "last_activity_at",
        "created_at",
        "updated_at",
    )

    first_name = serializers.CharField(required=False, allow_blank=True, trim_whitespace=False)
    last_name = serializers.CharField(required=False, allow_blank=True, trim_whitespace=False)
    phone = serializers.CharField(required=False, allow_blank=True, allow_null=True)
    alternate_phone = serializers.CharField(required=False, allow_blank=True, allow_null=True)
    email = serializers.CharField(required=False, allow_blank=True)
    company = serializers.CharField(required=False, allow_blank=True)
    timezone = serializers.CharField(required=False, allow_blank=True)
    language = serializers.CharField(required=False, allow_blank=True)
    address = serializers.CharField(required=False, allow_blank=True)
    notes = serializers.CharField(required=False, allow_blank=True)
    tags = serializers.ListField(child=serializers.CharField(), required=False)
    groups = serializers.ListField(child=serializers.IntegerField(), required=False)
    custom_fields = serializers.DictField(required=False, help_text="key -> value; null removes a field")
    source = serializers.ChoiceField(choices=ContactSource.choices, required=False)
    owner = serializers.JSONField(required=False, help_text="A member's user id or email; null for nobody")
    status = serializers.ChoiceField(choices=LeadStatus.choices, required=False)
    priority = serializers.IntegerField(required=False, allow_null=True)
    lead_score = serializers.IntegerField(required=False, allow_null=True)
    callback_at = serializers.CharField(
        required=False, allow_null=True, allow_blank=True, help_text="ISO 8601; without an offset, the tenant's zone"
    )
    qualification = serializers.DictField(required=False)
    do_not_call = serializers.BooleanField(required=False, help_text="true adds the number to the do-not-call list")
    on_duplicate = serializers.ChoiceField(
        choices=["reject", "merge", "update"],
        required=False,
        help_text="On create, when a contact with the same number exists (as the query parameter)",
    )


class StatusChangeSerializer(serializers.ModelSerializer):
    class Meta:
        model = StatusChange
        fields = ["id", "from_status", "to_status", "actor_label", "reason", "created_at"]
        read_only_fields = fields


class StatusInputSerializer(StrictSerializer):
    status = serializers.ChoiceField(choices=LeadStatus.choices)
    reason = serializers.CharField(required=False, allow_blank=True, max_length=300)


class NoteSerializer(serializers.ModelSerializer):
    class Meta:
        model = ContactNote
        fields = ["id", "body", "author_label", "created_at"]
        read_only_fields = ["id", "author_label", "created_at"]


class ConsentSerializer(serializers.ModelSerializer):
    class Meta:
        model = ConsentRecord
        fields = ["id", "channel", "granted", "source", "evidence", "created_at"]
        read_only_fields = ["id", "created_at"]


class ConsentInputSerializer(StrictSerializer):
    channel = serializers.CharField()
    granted = serializers.BooleanField()
    source = serializers.CharField(required=False, allow_blank=True)
    evidence = serializers.CharField(required=False, allow_blank=True)


class TimelineEntrySerializer(serializers.Serializer):
    at = serializers.DateTimeField()
    kind = serializers.CharField()
    title = serializers.CharField()
    detail = serializers.CharField()
    actor = serializers.CharField()
    url = serializers.CharField()


class BulkSerializer(StrictSerializer):
    action = serializers.CharField()
    ids = serializers.ListField(child=serializers.IntegerField(), required=False, max_length=10_000)
    filter = serializers.DictField(required=False, help_text='The list\'s query parameters, e.g. {"tag": "vip"}')
    params = serializers.DictField(required=False, help_text="tags, group, status, reason or owner, per action")

    def validate(self, attrs):
        if ("ids" in attrs) == ("filter" in attrs):
            raise serializers.ValidationError({"non_field_errors": ["Give either ids or a filter."]})
        if "ids" in attrs and not attrs["ids"]:
            raise serializers.ValidationError({"ids": ["Select at least one contact."]})
        return attrs


class GroupSerializer(serializers.ModelSerializer):
    contact_count = serializers.IntegerField(read_only=True, required=False)

    class Meta:
        model = Group
        fields = ["id", "name", "description", "contact_count", "created_at"]
        read_only_fields = ["id", "contact_count", "created_at"]


class GroupMembersSerializer(StrictSerializer):
    ids = serializers.ListField(child=serializers.IntegerField(), max_length=10_000)


class TagSerializer(serializers.ModelSerializer):
    class Meta:
        model = Tag
        fields = ["id", "name", "color", "created_at"]
        read_only_fields = ["id", "created_at"]


class CustomFieldSerializer(serializers.ModelSerializer):
    class Meta:
        model = CustomFieldDefinition
        fields = ["id", "key", "label", "field_type", "choices", "position", "created_at"]
        read_only_fields = ["id", "created_at"]


class DncSerializer(serializers.ModelSerializer):
    class Meta:
        model = DncEntry
        fields = ["id", "phone", "reason", "source", "created_at"]
        read_only_fields = ["id", "source", "created_at"]


class DncInputSerializer(StrictSerializer):
    phone = serializers.CharField(required=False)
    phones = serializers.ListField(child=serializers.CharField(), required=False, max_length=100_000)
    reason = serializers.CharField(required=False, allow_blank=True, max_length=200)
    file = serializers.FileField(required=False, help_text="CSV with a phone column (and optionally a reason)")

    def validate(self, attrs):
        if sum(1 for key in ("phone", "phones", "file") if attrs.get(key)) != 1:
            raise serializers.ValidationError({"non_field_errors": ["Give one of: phone, phones or file."]})
        return attrs


class SavedViewSerializer(serializers.ModelSerializer):
    mine = serializers.SerializerMethodField()

    class Meta:
        model = SavedView
        fields = ["id", "name", "filters", "shared", "mine", "created_at"]
        read_only_fields = ["id", "mine", "created_at"]

    def get_mine(self, view) -> bool:
        request = self.context.get("request")
        return bool(request and view.created_by_id == request.user.pk)


class MappingTemplateSerializer(serializers.ModelSerializer):
    class Meta:
        model = MappingTemplate
        fields = ["id", "name", "mapping", "created_at"]
        read_only_fields = ["id", "created_at"]


class ContactSettingsSerializer(serializers.ModelSerializer):
    class Meta:
        model = ContactSettings
        fields = ["require_consent_for_calls", "default_region", "retention_months", "updated_at"]
        read_only_fields = ["updated_at"]


class ContactSettingsInputSerializer(StrictSerializer):
    require_consent_for_calls = serializers.BooleanField(required=False)
    default_region = serializers.CharField(required=False, allow_blank=True, max_length=2)
    retention_months = serializers.IntegerField(required=False)


class ImportSerializer(serializers.ModelSerializer):
    class Meta:
        model = ContactImport
        fields = [
            "id",
            "status",
            "file_name",
            "file_size",
            "total_rows",
            "on_duplicate",
            "options",
            "error",
            "created_at",
            "validated_at",
            "started_at",
            "finished_at",
        ]
        read_only_fields = fields


class ImportCreateSerializer(StrictSerializer):
    file = serializers.FileField()
    mapping = serializers.JSONField(
        required=False, help_text='Column header (or index) -> field, e.g. {"Mobile": "phone"}; omitted = suggested'
    )
    on_duplicate = serializers.ChoiceField(choices=DuplicatePolicy.choices, required=False, default="skip")
    group = serializers.IntegerField(required=False, help_text="Add every imported contact to this group")
    template = serializers.IntegerField(required=False, help_text="A mapping template to suggest columns from")
    strict = serializers.BooleanField(required=False, default=False, help_text="Import nothing if any row is rejected")
    dry_run = serializers.BooleanField(required=False, default=False, help_text="Only report; write nothing")

    def validate_template(self, value):
        try:
            return MappingTemplate.objects.get(pk=value)
        except ObjectDoesNotExist as exc:
            raise serializers.ValidationError("There is no such template.") from exc
