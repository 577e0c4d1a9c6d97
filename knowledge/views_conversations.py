"""Portal: the conversations inbox (chat and voice) and one conversation, both polling for news over HTMX."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.views import View

from calls.models import Agent
from knowledge import selectors
from knowledge.models import Channel, ConversationStatus
from knowledge.services import conversations
from tenants.permissions import PortalPermissionMixin, request_membership
from tenants.roles import Perm, can
from voiceplatform.errors import error_text

PAGE_SIZE = 25


def nav_badge(request) -> int:
    """Conversations waiting for a person or urgent, beside "Conversations" in the navigation."""
    return selectors.waiting_conversations_count()


class ConversationsView(PortalPermissionMixin, View):
    """Every conversation, newest activity first; the list refreshes itself every few seconds."""

    def get(self, request):
        status = request.GET.get("status", "")
        channel = request.GET.get("channel", "")
        q = request.GET.get("q", "").strip()[:200]
        agent = request.GET.get("agent", "")
        filters = {
            "status": status if status in ConversationStatus.values else "",
            "channel": channel if channel in Channel.values else "",
            "q": q,
            "agent": agent if agent.isdigit() else "",
        }
        queryset = selectors.conversation_list(
            membership=request_membership(request),
            status=filters["status"],
            channel=filters["channel"],
            q=q,
            agent_id=int(filters["agent"]) if filters["agent"] else None,
        )
        page = Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))
        context = {
            "page": page,
            "filters": filters,
            "querystring": urlencode({k: v for k, v in filters.items() if v}),
            "statuses": ConversationStatus.choices,
            "channels": Channel.choices,
            "agents": Agent.objects.order_by("name"),
            "counts": {"waiting": selectors.waiting_conversations_count()},
            "can_manage_widget": can(request_membership(request), Perm.MANAGE_KNOWLEDGE),
        }
        template = "knowledge/conversations.html#list" if request.htmx else "knowledge/conversations.html"
        response = render(request, template, context)
        response["Vary"] = "HX-Request"
        return response


class ConversationView(PortalPermissionMixin, View):
    """One conversation: messages with citations, who it is with, the audit trail, and the staff actions."""

    write_perm = Perm.EDIT_CONTACTS

    def get(self, request, pk):
        conversation = get_object_or_404(selectors.conversation_list(membership=request_membership(request)), pk=pk)
        context = {
            "conversation": conversation,
            "messages_list": selectors.conversation_messages(conversation),
            "events_list": selectors.conversation_events(conversation),
            "can_act": can(request_membership(request), Perm.EDIT_CONTACTS),
        }
        template = "knowledge/conversation.html#live" if request.htmx else "knowledge/conversation.html"
        response = render(request, template, context)
        response["Vary"] = "HX-Request"
        return response


ACTIONS = {
    "take_over": lambda c, user, post: conversations.conversation_take_over(conversation=c, actor=user),
    "hand_back": lambda c, user, post: conversations.conversation_hand_back(conversation=c, actor=user),
    "reply": lambda c, user, post: conversations.conversation_reply(conversation=c, actor=user, text=post.get("text")),
    "resolve": lambda c, user, post: conversations.conversation_resolve(conversation=c, actor=user),
    "reopen": lambda c, user, post: conversations.conversation_reopen(conversation=c, actor=user),
    "escalate": lambda c, user, post: conversations.conversation_mark_urgent(
        conversation=c, actor=user, reason=post.get("reason", "")
    ),
}
DONE = {
    "take_over": "You are handling this conversation; the assistant stopped answering.",
    "hand_back": "The assistant answers this conversation again.",
    "reply": "Reply sent.",
    "resolve": "Marked resolved.",
    "reopen": "Reopened.",
    "escalate": "Marked urgent; the team was alerted.",
}


class ConversationActionView(PortalPermissionMixin, View):
    write_perm = Perm.EDIT_CONTACTS

    def post(self, request, pk, action):
        conversation = get_object_or_404(selectors.conversation_list(membership=request_membership(request)), pk=pk)
        if action not in ACTIONS:
            return render(request, "404.html", status=404)
        try:
            ACTIONS[action](conversation, request.user, request.POST)
        except ValidationError as exc:
            messages.error(request, error_text(exc))
        else:
            messages.success(request, DONE[action])
        return redirect("conversations:detail", pk=conversation.pk)
