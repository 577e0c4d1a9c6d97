"""Portal: each agent's chat widget — settings, the snippet to paste (with a copy button), key rotation."""

from __future__ import annotations

import json

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.views import View

from calls.models import Agent
from knowledge import selectors
from knowledge.models import WidgetPosition
from knowledge.services import widget as widgets
from tenants.permissions import PortalPermissionMixin
from tenants.roles import Perm
from voiceplatform.errors import field_errors


class WidgetListView(PortalPermissionMixin, View):
    required_perm = Perm.MANAGE_KNOWLEDGE

    def get(self, request):
        configured = {w.agent_id: w for w in selectors.chat_widgets()}
        rows = [(agent, configured.get(agent.pk)) for agent in Agent.objects.order_by("name")]
        return render(request, "knowledge/widgets.html", {"tab": "widget", "rows": rows, "can_manage": True})


class WidgetView(PortalPermissionMixin, View):
    """One agent's widget. Opening it the first time sets it up with defaults."""

    required_perm = Perm.MANAGE_KNOWLEDGE

    def get(self, request, agent_pk, errors=None, status=200):
        agent = get_object_or_404(Agent, pk=agent_pk)
        widget = widgets.widget_for(agent)
        context = {
            "tab": "widget",
            "can_manage": True,
            "agent": agent,
            "widget": widget,
            "snippet": widgets.snippet_for(widget, request),
            "positions": WidgetPosition.choices,
            "lead_fields_json": json.dumps(widget.lead_fields, indent=2),
            "errors": errors or {},
        }
        return render(request, "knowledge/widget.html", context, status=status)

    def post(self, request, agent_pk):
        agent = get_object_or_404(Agent, pk=agent_pk)
        widget = widgets.widget_for(agent)
        if request.POST.get("rotate"):
            widgets.widget_rotate_key(widget=widget)
            messages.success(request, "New key made: replace the snippet on your website.")
            return redirect("knowledge:widget", agent_pk=agent.pk)
        data = request.POST
        try:
            try:
                lead_fields = json.loads(data.get("lead_fields") or "[]")
            except ValueError as exc:
                raise ValidationError({"lead_fields": "Give the lead fields as a JSON list."}) from exc
            widgets.widget_update(
                widget=widget,
                enabled=bool(data.get("enabled")),
                dark_mode=bool(data.get("dark_mode")),
                title=data.get("title", ""),
                welcome_message=data.get("welcome_message", ""),
                allowed_domains=data.get("allowed_domains", ""),
                quick_prompts=data.get("quick_prompts", ""),
                lead_fields=lead_fields,
                primary_color=data.get("primary_color", ""),
                position=data.get("position", ""),
                avatar_url=data.get("avatar_url", ""),
            )
        except ValidationError as exc:
            return self.get(request, agent.pk, errors=field_errors(exc), status=400)
        messages.success(request, "Chat widget saved.")
        return redirect("knowledge:widget", agent_pk=agent.pk)
