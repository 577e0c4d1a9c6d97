"""Portal pages for agents: the list, the editor with versions, and the test panel."""

from __future__ import annotations

import json

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.views import View

from calls import functions, sandbox, sandbox_playout, selectors, services
from calls.dialogue import Conversation
from calls.models import AGENT_CONFIG_FIELDS, Agent
from tenants.permissions import PortalPermissionMixin
from tenants.roles import Perm, can
from voiceplatform.errors import error_messages, field_errors

TEST_TTL = 3600


class AgentListView(PortalPermissionMixin, View):
    write_perm = Perm.MANAGE_AGENTS

    def get(self, request, errors=None, status=200):
        return render(
            request,
            "calls/agent_list.html",
            {
                "agents": selectors.agents_all(),
                "purposes": Agent.Purpose.choices,
                "errors": errors or {},
                "can_manage": can(self.membership, Perm.MANAGE_AGENTS),
                "can_set_up_demo": can(self.membership, Perm.MANAGE_INTEGRATIONS),
            },
            status=status,
        )

    def post(self, request):
        try:
            agent = services.agent_create(
                tenant=request.tenant,
                data={"name": request.POST.get("name", ""), "purpose": request.POST.get("purpose", "")},
                actor=request.user,
            )
        except ValidationError as exc:
            return self.get(request, errors=field_errors(exc), status=400)
        messages.success(request, f"Created {agent.name}. Adjust it, then publish.")
        return redirect("calls:agent", pk=agent.pk)


def _form_data(post) -> dict:
    data = {field: post.get(field, "") for field in AGENT_CONFIG_FIELDS if field in post}
    if "escalation_keywords" in data:
        data["escalation_keywords"] = data["escalation_keywords"].split(",")
    if "analysis_fields" in data:
        data["analysis_fields"] = _parse_analysis_lines(data["analysis_fields"])
    return data


def _parse_analysis_lines(text: str) -> list[dict]:
    """One field per line: `name | type | description | choice, choice`."""
    fields = []
    for line in text.splitlines():
        if not line.strip():
            continue
        parts = [part.strip() for part in line.split("|")]
        field = {"name": parts[0], "type": parts[1] if len(parts) > 1 and parts[1] else "string"}
        field["description"] = parts[2] if len(parts) > 2 else ""
        if len(parts) > 3:
            field["choices"] = [c.strip() for c in parts[3].split(",") if c.strip()]
        fields.append(field)
    return fields


def analysis_lines(fields: list[dict]) -> str:
    lines = []
    for field in fields:
        parts = [field.get("name", ""), field.get("type", "string"), field.get("description", "")]
        if field.get("choices"):
            parts.append(", ".join(field["choices"]))
        lines.append(" | ".join(parts))
    return "\n".join(lines)


class AgentEditView(PortalPermissionMixin, View):
    write_perm = Perm.MANAGE_AGENTS

    def get(self, request, pk, errors=None, values=None, status=200):
        agent = get_object_or_404(selectors.agents_all(), pk=pk)
        config = agent.config()
        if values:
            config.update(values)
        return render(
            request,
            "calls/agent_edit.html",
            {
                "agent": agent,
                "config": config,
                "analysis_text": values.get("analysis_text") if values else analysis_lines(agent.analysis_fields),
                "keywords_text": ", ".join(config["escalation_keywords"])
                if isinstance(config["escalation_keywords"], list)
                else config["escalation_keywords"],
                "versions": agent.versions.order_by("-number")[:20],
                "errors": errors or {},
                "purposes": Agent.Purpose.choices,
                "tones": Agent.Tone.choices,
                "formalities": Agent.Formality.choices,
                "can_manage": can(self.membership, Perm.MANAGE_AGENTS),
                "sandbox": settings.VOICE_PROVIDER == "sandbox",
                "test": _test_state(request, agent),
            },
            status=status,
        )

    def post(self, request, pk):
        agent = get_object_or_404(selectors.agents_all(), pk=pk)
        try:
            services.agent_update(tenant=request.tenant, agent=agent, data=_form_data(request.POST), actor=request.user)
        except ValidationError as exc:
            values = {k: v for k, v in request.POST.items() if k in AGENT_CONFIG_FIELDS}
            values["analysis_text"] = request.POST.get("analysis_fields", "")
            return self.get(request, pk, errors=field_errors(exc), values=values, status=400)
        if request.POST.get("publish"):
            return AgentPublishView.publish(request, agent)
        messages.success(request, "Draft saved. Publish it to use it on calls.")
        return redirect("calls:agent", pk=pk)


class AgentPublishView(PortalPermissionMixin, View):
    required_perm = Perm.MANAGE_AGENTS

    def post(self, request, pk):
        return self.publish(request, get_object_or_404(selectors.agents_all(), pk=pk))

    @staticmethod
    def publish(request, agent):
        try:
            version = services.agent_publish(
                tenant=request.tenant, agent=agent, actor=request.user, note=request.POST.get("note", "")
            )
        except ValidationError as exc:
            for message in error_messages(exc):
                messages.error(request, message)
        else:
            messages.success(request, f"Published version {version.number}. New calls use it.")
        return redirect("calls:agent", pk=agent.pk)


class AgentRollbackView(PortalPermissionMixin, View):
    required_perm = Perm.MANAGE_AGENTS

    def post(self, request, pk):
        agent = get_object_or_404(selectors.agents_all(), pk=pk)
        try:
            number = int(request.POST.get("version", ""))
        except ValueError:
            messages.error(request, "Choose a version to roll back to.")
            return redirect("calls:agent", pk=pk)
        try:
            version = services.agent_rollback(
                tenant=request.tenant, agent=agent, version_number=number, actor=request.user
            )
        except ValidationError as exc:
            for message in error_messages(exc):
                messages.error(request, message)
        else:
            messages.success(request, f"Rolled back to version {number}, published as version {version.number}.")
        return redirect("calls:agent", pk=pk)


class AgentStatusView(PortalPermissionMixin, View):
    required_perm = Perm.MANAGE_AGENTS

    def post(self, request, pk):
        agent = get_object_or_404(selectors.agents_all(), pk=pk)
        try:
            services.agent_set_status(
                tenant=request.tenant, agent=agent, status=request.POST.get("status", ""), actor=request.user
            )
        except ValidationError as exc:
            for message in error_messages(exc):
                messages.error(request, message)
        return redirect("calls:agent", pk=pk)


class DemoSetupView(PortalPermissionMixin, View):
    """One click to a working sandbox: a receptionist and a reminder agent, published, on a number."""

    required_perm = Perm.MANAGE_INTEGRATIONS

    def post(self, request):
        try:
            with transaction.atomic():
                receptionist = services.agent_create(
                    tenant=request.tenant, data={"purpose": Agent.Purpose.RECEPTIONIST}, actor=request.user
                )
                reminder = services.agent_create(
                    tenant=request.tenant, data={"purpose": Agent.Purpose.REMINDER}, actor=request.user
                )
                for agent in (receptionist, reminder):
                    services.agent_publish(tenant=request.tenant, agent=agent, actor=request.user, note="Demo set-up")
                    agent.refresh_from_db()
                services.number_provision(
                    tenant=request.tenant,
                    area_code="415",
                    inbound_agent=receptionist,
                    outbound_agent=reminder,
                    nickname="Main line",
                    actor=request.user,
                )
        except ValidationError as exc:
            for message in error_messages(exc):
                messages.error(request, message)
            return redirect("calls:agents")
        messages.success(request, "Ready: a receptionist answers your new number and a reminder agent calls out.")
        return redirect("calls:agents")


# --- the test panel ------------------------------------------------------------------------------------


def _test_key(request, agent) -> str:
    return f"calls:test-panel:{request.session.session_key}:{agent.pk}"


def _test_state(request, agent) -> dict | None:
    if not request.session.session_key:
        return None
    return cache.get(_test_key(request, agent))


def _conversation(state: dict, agent: Agent, tenant) -> Conversation:
    spec = sandbox.agent_spec_for(agent.provider_agent_id) or {"purpose": agent.purpose, "greeting": agent.greeting}
    conversation = Conversation(
        agent=spec,
        variables=dict(state["variables"]),
        facts=dict(state["facts"]),
        turns=list(state["turns"]),
        offered=list(state["offered"]),
        mode=state["mode"],
        questions_asked=state["questions_asked"],
        ended=state["ended"],
    )
    call = {"call_id": state["call_id"], "agent_id": agent.provider_agent_id, "direction": "inbound"}
    conversation.invoke = lambda name, args: functions.function_invoke(
        tenant=tenant, name=name, payload={"name": name, "call": call, "args": args}
    )
    return conversation


def _save_state(request, agent, state: dict, conversation: Conversation) -> dict:
    state.update(
        variables=conversation.variables,
        facts=conversation.facts,
        turns=json.loads(json.dumps(conversation.turns, default=str)),
        offered=conversation.offered,
        mode=conversation.mode,
        questions_asked=conversation.questions_asked,
        ended=conversation.ended,
    )
    cache.set(_test_key(request, agent), state, TEST_TTL)
    return state


class AgentTestView(PortalPermissionMixin, View):
    """The editor's test panel: a web call; in the sandbox, a typed conversation with the published agent."""

    required_perm = Perm.MANAGE_AGENTS

    def post(self, request, pk):
        agent = get_object_or_404(selectors.agents_all(), pk=pk)
        if not request.session.session_key:
            request.session.save()
        action = request.POST.get("action", "say")
        state = _test_state(request, agent)
        error = ""
        if action == "start" or state is None:
            try:
                started = services.web_call_start(tenant=request.tenant, agent=agent, actor=request.user)
            except ValidationError as exc:
                error = " ".join(error_messages(exc))
                state = None
            else:
                state = {"call_id": started["call_id"], "access_token": started["access_token"], "variables": {}}
                if settings.VOICE_PROVIDER == "sandbox":
                    state.update(variables=started["variables"], facts={}, turns=[], offered=[], mode="")
                    state.update(questions_asked=0, ended=False)
                    conversation = _conversation(state, agent, request.tenant)
                    conversation.opening()
                    state = _save_state(request, agent, state, conversation)
                else:
                    cache.set(_test_key(request, agent), state, TEST_TTL)
        elif settings.VOICE_PROVIDER == "sandbox" and not state.get("ended"):
            conversation = _conversation(state, agent, request.tenant)
            if action == "hang_up":
                conversation.ended = True
            else:
                text = request.POST.get("message", "").strip()[:500]
                if text:
                    conversation.respond(text)
            state = _save_state(request, agent, state, conversation)
            if conversation.ended:
                sandbox_playout.finish_web_call(state["call_id"], conversation)
        template = "calls/agent_edit.html#test-panel" if request.htmx else None
        if template is None:
            if error:
                messages.error(request, error)
            return redirect("calls:agent", pk=pk)
        return render(
            request,
            template,
            {"agent": agent, "test": state, "test_error": error, "sandbox": settings.VOICE_PROVIDER == "sandbox"},
        )
