"""API for call scripts (with versions, diff, rollback, preview), the template library, persona
presets, and an agent's script set-up (apply a script version and persona, publish with a reason)."""

from __future__ import annotations

import django_filters
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field, inline_serializer
from rest_framework import serializers, status
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView

from calls.api.agents import AgentVersionSerializer
from calls.models import Agent, CallScript, CallScriptVersion
from calls.scripts import compiler, diff, library, personas, selectors, services
from calls.scripts.validation import ACTIONS
from calls.selectors import agents_all
from tenants.roles import Perm
from voiceplatform.api import error_response
from voiceplatform.viewsets import ServiceBackedViewSet

# --- documented shapes --------------------------------------------------------------------------------


class BranchSerializer(serializers.Serializer):
    answer = serializers.CharField(help_text="What the person says, e.g. 'yes' or 'not interested'.")
    goto = serializers.CharField(help_text="Key of the step to go to.")


class ObjectionSerializer(serializers.Serializer):
    objection = serializers.CharField()
    reply = serializers.CharField()


class StepSerializer(serializers.Serializer):
    key = serializers.CharField(help_text="snake_case, unique in the script; the first step is where the call starts.")
    title = serializers.CharField(required=False)
    line = serializers.CharField(help_text="What the agent says; variables like {contact.first_name}.")
    expected = serializers.ListField(child=serializers.CharField(), required=False)
    branches = BranchSerializer(many=True, required=False)
    next = serializers.CharField(required=False, allow_blank=True, help_text="Step after any other answer; empty ends.")
    objections = ObjectionSerializer(many=True, required=False)
    actions = serializers.ListField(
        child=serializers.ChoiceField(choices=sorted(ACTIONS)), required=False, help_text="Calls to action."
    )


class ContentSerializer(serializers.Serializer):
    steps = StepSerializer(many=True)


@extend_schema_field(ContentSerializer)
class ContentField(serializers.JSONField):
    """The script content, checked by calls.scripts.validation (errors name the step)."""


class ScriptVersionSerializer(serializers.ModelSerializer):
    content = ContentField(read_only=True)

    class Meta:
        model = CallScriptVersion
        fields = ["id", "number", "content", "note", "created_at"]
        read_only_fields = fields


class ScriptSerializer(serializers.ModelSerializer):
    current_version = ScriptVersionSerializer(read_only=True)

    class Meta:
        model = CallScript
        fields = ["id", "name", "description", "template_key", "current_version", "created_at", "updated_at"]
        read_only_fields = fields


class ScriptCreateSerializer(serializers.Serializer):
    name = serializers.CharField(required=False, allow_blank=True, max_length=200)
    description = serializers.CharField(required=False, allow_blank=True, max_length=1000)
    template = serializers.CharField(required=False, allow_blank=True, help_text="A library template key.")
    content = ContentField(required=False, help_text="The steps; give this or a template.")
    note = serializers.CharField(required=False, allow_blank=True, max_length=200)


class ScriptUpdateSerializer(serializers.Serializer):
    name = serializers.CharField(required=False, allow_blank=True, max_length=200)
    description = serializers.CharField(required=False, allow_blank=True, max_length=1000)
    content = ContentField(required=False, help_text="New content becomes the next version.")
    note = serializers.CharField(required=False, allow_blank=True, max_length=200)


class ScriptRollbackSerializer(serializers.Serializer):
    version = serializers.IntegerField(min_value=1)


class ScriptFilter(django_filters.FilterSet):
    class Meta:
        model = CallScript
        fields = ["template_key"]


def _preview(version: CallScriptVersion, persona: dict | None) -> dict:
    return {"version": version.number, **compiler.preview(version.content, persona=persona)}


PREVIEW = inline_serializer(
    "ScriptPreview",
    {
        "version": serializers.IntegerField(),
        "greeting": serializers.CharField(),
        "prompt": serializers.CharField(),
        "retell_states": serializers.JSONField(),
    },
)


class CallScriptViewSet(ServiceBackedViewSet):
    """Call scripts. POST from a template or with content; PATCH content saves the next version."""

    queryset = CallScript.objects.none()
    serializer_class = ScriptSerializer
    write_perm = Perm.MANAGE_AGENTS
    filterset_class = ScriptFilter
    search_fields = ["name", "description"]
    ordering_fields = ["name", "created_at", "updated_at"]

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return CallScript.objects.none()
        return selectors.scripts_all()

    @extend_schema(request=ScriptCreateSerializer, responses={201: ScriptSerializer})
    def create(self, request, *args, **kwargs):
        data = self.validated(ScriptCreateSerializer)
        if data.get("template"):
            if "content" in data:
                return error_response("invalid", "Give a template or content, not both.", 400)
            script = services.script_create_from_template(
                tenant=request.tenant, template_key=data["template"], name=data.get("name", ""), actor=request.user
            )
        elif "content" in data:
            script = services.script_create(
                tenant=request.tenant,
                name=data.get("name", ""),
                description=data.get("description", ""),
                content=data["content"],
                note=data.get("note", ""),
                actor=request.user,
            )
        else:
            return error_response("invalid", "Give a template or content.", 400, {"content": ["Required."]})
        return Response(ScriptSerializer(selectors.scripts_all().get(pk=script.pk)).data, status=201)

    @extend_schema(request=ScriptUpdateSerializer, responses=ScriptSerializer)
    def partial_update(self, request, *args, **kwargs):
        data = self.validated(ScriptUpdateSerializer)
        script = services.script_update(
            tenant=request.tenant,
            script=self.get_object(),
            name=data.get("name"),
            description=data.get("description"),
            content=data.get("content"),
            note=data.get("note", ""),
            actor=request.user,
        )
        return Response(ScriptSerializer(selectors.scripts_all().get(pk=script.pk)).data)

    def destroy(self, request, *args, **kwargs):
        services.script_delete(tenant=request.tenant, script=self.get_object(), actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(responses=ScriptVersionSerializer(many=True))
    @action(detail=True, methods=["get"])
    def versions(self, request, pk=None):
        page = self.paginate_queryset(selectors.script_versions(self.get_object()))
        return self.get_paginated_response(ScriptVersionSerializer(page, many=True).data)

    @extend_schema(
        parameters=[
            OpenApiParameter("from", int, required=True, description="Older version number."),
            OpenApiParameter("to", int, required=False, description="Newer version number (default: current)."),
        ],
        responses=inline_serializer(
            "ScriptDiff",
            {
                "from": serializers.IntegerField(),
                "to": serializers.IntegerField(),
                "summary": serializers.CharField(),
                "changes": serializers.JSONField(),
            },
        ),
    )
    @action(detail=True, methods=["get"])
    def diff(self, request, pk=None):
        script = self.get_object()
        old = selectors.version_of(script, request.query_params.get("from"))
        new = (
            selectors.version_of(script, request.query_params.get("to"))
            if request.query_params.get("to")
            else (script.current_version)
        )
        if old is None or new is None:
            return error_response("invalid", "Choose two versions of this script.", 400, {"from": ["No such version."]})
        changes = diff.script_diff(old.content, new.content)
        return Response({"from": old.number, "to": new.number, "summary": diff.summary(changes), "changes": changes})

    @extend_schema(request=ScriptRollbackSerializer, responses={201: ScriptVersionSerializer})
    @action(detail=True, methods=["post"])
    def rollback(self, request, pk=None):
        data = self.validated(ScriptRollbackSerializer)
        version = services.script_rollback(
            tenant=request.tenant, script=self.get_object(), version_number=data["version"], actor=request.user
        )
        return Response(ScriptVersionSerializer(version).data, status=201)

    @extend_schema(
        parameters=[
            OpenApiParameter("version", int, required=False, description="Version number (default: current)."),
            OpenApiParameter("persona", str, required=False, description="A persona preset key."),
        ],
        responses=PREVIEW,
    )
    @action(detail=True, methods=["get"])
    def preview(self, request, pk=None):
        """The prompt, greeting and Retell states this version compiles to (with a persona if given)."""
        script = self.get_object()
        number = request.query_params.get("version")
        version = selectors.version_of(script, number) if number else script.current_version
        if version is None:
            return error_response("invalid", "No such version.", 400, {"version": ["No such version."]})
        persona = None
        if request.query_params.get("persona"):
            preset = personas.preset_for(request.query_params["persona"])
            if preset is None:
                return error_response("invalid", "Unknown persona.", 400, {"persona": ["No such persona preset."]})
            persona = preset.as_dict()
        return Response(_preview(version, persona))


# --- library and presets ------------------------------------------------------------------------------


class ScriptTemplateListView(APIView):
    """The script library: industry templates to start a script from."""

    @extend_schema(
        responses=inline_serializer(
            "ScriptTemplate",
            {
                "key": serializers.CharField(),
                "label": serializers.CharField(),
                "industry": serializers.CharField(),
                "vertical": serializers.CharField(),
                "description": serializers.CharField(),
                "content": ContentField(),
            },
            many=True,
        )
    )
    def get(self, request):
        return Response(
            [
                {
                    "key": t.key,
                    "label": t.label,
                    "industry": t.industry,
                    "vertical": t.vertical,
                    "description": t.description,
                    "content": t.content,
                }
                for t in library.TEMPLATES
            ]
        )


class PersonaListView(APIView):
    """Persona presets, with which fields an agent may override and the languages it may choose."""

    @extend_schema(
        responses=inline_serializer(
            "PersonaPresets",
            {
                "presets": serializers.JSONField(),
                "overridable": serializers.ListField(child=serializers.CharField()),
                "styles": serializers.ListField(child=serializers.CharField()),
                "voices": serializers.ListField(child=serializers.CharField()),
                "languages": serializers.ListField(child=serializers.CharField()),
            },
        )
    )
    def get(self, request):
        return Response(
            {
                "presets": [preset.as_dict() for preset in personas.PRESETS],
                "overridable": list(personas.OVERRIDABLE),
                "styles": list(personas.STYLES),
                "voices": list(personas.VOICES),
                "languages": personas.allowed_languages(),
            }
        )


# --- an agent's script set-up -------------------------------------------------------------------------


class AgentScriptSerializer(serializers.Serializer):
    agent = serializers.IntegerField(read_only=True)
    script = serializers.IntegerField(
        required=False, allow_null=True, help_text="Script id (null: no script; absent: keep the current one)."
    )
    version = serializers.IntegerField(
        required=False, allow_null=True, min_value=1, help_text="Version number (default: the script's current)."
    )
    persona = serializers.CharField(required=False, allow_blank=True, help_text="Persona preset key.")
    persona_overrides = serializers.JSONField(required=False, help_text="Overridable persona fields only.")
    resolved_persona = serializers.JSONField(read_only=True)
    published_version = serializers.IntegerField(read_only=True, allow_null=True)
    has_unpublished_changes = serializers.BooleanField(read_only=True)


class ScriptPublishSerializer(serializers.Serializer):
    reason = serializers.CharField(max_length=200, help_text="Why this version goes live; kept with it.")


def agent_script_payload(agent: Agent) -> dict:
    setup = selectors.setup_for(agent)
    version = setup.script_version if setup else None
    return {
        "agent": agent.pk,
        "script": version.script_id if version else None,
        "version": version.number if version else None,
        "persona": setup.persona_key if setup else "",
        "persona_overrides": setup.persona_overrides if setup else {},
        "resolved_persona": services.persona_for(setup),
        "published_version": agent.published_version.number if agent.published_version else None,
        "has_unpublished_changes": agent.has_unpublished_changes,
    }


class AgentScriptViewSet(ServiceBackedViewSet):
    """An agent's script version and persona (by agent id). PATCH compiles them into the agent's draft;
    `publish` makes the draft live, recording who and why."""

    queryset = Agent.objects.none()
    serializer_class = AgentScriptSerializer
    write_perm = Perm.MANAGE_AGENTS
    http_method_names = ["get", "patch", "post", "head", "options"]

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Agent.objects.none()
        return agents_all()

    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        return self.get_paginated_response([agent_script_payload(agent) for agent in page])

    def retrieve(self, request, *args, **kwargs):
        return Response(agent_script_payload(self.get_object()))

    @extend_schema(request=AgentScriptSerializer, responses=AgentScriptSerializer)
    def partial_update(self, request, *args, **kwargs):
        agent = self.get_object()
        data = self.validated(AgentScriptSerializer)
        setup = selectors.setup_for(agent)
        version = setup.script_version if setup and "script" not in data else None
        if data.get("script") is not None:
            script = selectors.scripts_all().filter(pk=data["script"]).first()
            if script is None:
                return error_response("invalid", "No such script.", 400, {"script": ["No such script."]})
            version = selectors.version_of(script, data["version"]) if data.get("version") else script.current_version
            if version is None:
                return error_response("invalid", "No such version.", 400, {"version": ["No such version."]})
        services.agent_script_apply(
            tenant=request.tenant,
            agent=agent,
            script_version=version,
            persona_key=data.get("persona", ""),
            persona_overrides=data.get("persona_overrides"),
            actor=request.user,
        )
        agent.refresh_from_db()  # the service compiled into its own locked copy
        return Response(agent_script_payload(agent))

    @extend_schema(request=ScriptPublishSerializer, responses={201: AgentVersionSerializer})
    @action(detail=True, methods=["post"])
    def publish(self, request, pk=None):
        data = self.validated(ScriptPublishSerializer)
        version = services.agent_script_publish(
            tenant=request.tenant, agent=self.get_object(), reason=data["reason"], actor=request.user
        )
        return Response(AgentVersionSerializer(version).data, status=201)
