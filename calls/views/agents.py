"""Portal pages for agents: the list, the editor with versions, and the test panel."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.views import View

from calls import selectors, services
from calls.models import AGENT_CONFIG_FIELDS, Agent
from calls.services.testing import agent_test_start, agent_test_state, agent_test_turn
from tenants.permissions import PortalPermissionMixin
from tenants.roles import Perm, can
from voiceplatform.errors import error_messages, field_errors


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
    if "custom_vocabulary" in data:
        data["custom_vocabulary"] = data["custom_vocabulary"].splitlines()
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
                "vocabulary_text": "\n".join(config["custom_vocabulary"])
                if isinstance(config["custom_vocabulary"], list)
                else config["custom_vocabulary"],
                "versions": agent.versions.order_by("-number")[:20],
                "errors": errors or {},
                "purposes": Agent.Purpose.choices,
                "tones": Agent.Tone.choices,
                "formalities": Agent.Formality.choices,
                "can_manage": can(self.membership, Perm.MANAGE_AGENTS),
                "sandbox": settings.VOICE_PROVIDER == "sandbox",
                "test": agent_test_state(agent=agent, session_key=request.session.session_key),
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
        publish_reviewed(request, agent)
        return redirect("calls:agent", pk=agent.pk)


def publish_reviewed(request, agent) -> None:
    """Publish the agent's draft with the form's note, and say in the page's messages how it went."""
    try:
        version = services.agent_publish_reviewed(
            tenant=request.tenant, agent=agent, actor=request.user, note=request.POST.get("note", "")
        )
    except ValidationError as exc:
        for message in error_messages(exc):
            messages.error(request, message)
    else:
        messages.success(request, f"Published version {version.number}. New calls use it.")


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
    """One click to a working sandbox: receptionist, reminder and lead-qualifier agents, published, on a number."""

    required_perm = Perm.MANAGE_INTEGRATIONS

    def post(self, request):
        try:
            services.demo_agents_create(tenant=request.tenant, actor=request.user)
        except ValidationError as exc:
            for message in error_messages(exc):
                messages.error(request, message)
            return redirect("calls:agents")
        messages.success(request, "Ready: a receptionist answers your new number and a lead qualifier calls out.")
        return redirect("calls:agents")


# --- the test panel ------------------------------------------------------------------------------------


class AgentTestView(PortalPermissionMixin, View):
    """The editor's test panel: a web call; in the sandbox, a typed conversation with the published agent."""

    required_perm = Perm.MANAGE_AGENTS

    def post(self, request, pk):
        agent = get_object_or_404(selectors.agents_all(), pk=pk)
        if not request.session.session_key:
            request.session.save()
        action = request.POST.get("action", "say")
        session_key = request.session.session_key
        state = agent_test_state(agent=agent, session_key=session_key)
        error = ""
        if action == "start" or state is None:
            try:
                state = agent_test_start(
                    tenant=request.tenant, agent=agent, session_key=session_key, actor=request.user
                )
            except ValidationError as exc:
                error = " ".join(error_messages(exc))
                state = None
        else:
            state = agent_test_turn(
                tenant=request.tenant,
                agent=agent,
                session_key=session_key,
                state=state,
                text=request.POST.get("message", ""),
                hang_up=action == "hang_up",
            )
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
