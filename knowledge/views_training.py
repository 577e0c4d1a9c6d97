"""Portal pages of the training loop: flags (list, detail with audit trail, apply, dismiss), the Flag form
(an HTMX fragment on the call page and on test conversations), and an agent's draft test with side-by-side.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.views import View

from calls import selectors as call_selectors
from calls.models import Agent
from calls.views.agents import publish_reviewed
from knowledge import selectors
from knowledge.models import Conversation, FlagReason, FlagResolution, FlagStatus, Message
from knowledge.services import drafts, training
from tenants.permissions import PortalPermissionMixin
from tenants.roles import Perm
from voiceplatform.errors import Conflict, error_messages, field_errors


def _int_or_none(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class TrainingView(PortalPermissionMixin, View):
    required_perm = Perm.MANAGE_AGENTS


class FlagsView(TrainingView):
    """Every flag, open first by default; filter by status."""

    def get(self, request):
        status = request.GET.get("status", FlagStatus.OPEN)
        items = selectors.flags()
        if status in FlagStatus.values:
            items = items.filter(status=status)
        counts = selectors.flag_counts()
        context = {
            "tab": "flags",
            "status": status,
            "statuses": [(value, label, counts.get(value, 0)) for value, label in FlagStatus.choices],
            "page": Paginator(items, 50).get_page(request.GET.get("page")),
        }
        return render(request, "knowledge/flags.html", context)


class FlagView(TrainingView):
    """One flag: what was asked and said, the better answer, how to apply it, and its audit trail."""

    def get(self, request, pk, errors=None, status=200):
        flag = get_object_or_404(selectors.flags(), pk=pk)
        context = {
            "tab": "flags",
            "flag": flag,
            "resolutions": [c for c in FlagResolution.choices if c[0]],
            "history": selectors.flag_history(tenant=request.tenant, flag=flag),
            "script_changes": flag.script_changes.all(),
            "errors": errors or {},
        }
        return render(request, "knowledge/flag.html", context, status=status)

    def post(self, request, pk):
        flag = get_object_or_404(selectors.flags(), pk=pk)
        action = request.POST.get("action", "")
        try:
            if action == "apply":
                flag = training.flag_apply(
                    tenant=request.tenant,
                    flag=flag,
                    resolution=request.POST.get("resolution", ""),
                    better_answer=request.POST.get("better_answer"),
                    question=request.POST.get("question"),
                    actor=request.user,
                )
                messages.success(request, f"Applied as {flag.get_resolution_display().lower()}.")
            elif action == "dismiss":
                training.flag_dismiss(
                    tenant=request.tenant, flag=flag, note=request.POST.get("note", ""), actor=request.user
                )
                messages.success(request, "Flag dismissed.")
            else:
                return self.get(request, pk, errors={"form": ["Choose apply or dismiss."]}, status=400)
        except ValidationError as exc:
            return self.get(request, pk, errors=field_errors(exc), status=400)
        except Conflict as exc:
            return self.get(request, pk, errors={"form": [str(exc)]}, status=409)
        return redirect("knowledge:flag", pk=flag.pk)


class FlagNewView(TrainingView):
    """The Flag form as an HTMX fragment: GET shows it for a call (turn) or a message; POST records the flag."""

    def _subject(self, request, data):
        call = message = None
        if data.get("call"):
            call = (
                call_selectors.calls_visible_to(membership=self.membership)
                .filter(pk=_int_or_none(data.get("call")))
                .first()
            )
            if call is None:
                return None, None, "No such call."
        elif data.get("message"):
            message = Message.objects.select_related("conversation").filter(pk=_int_or_none(data.get("message")))
            message = message.first()
            if message is None:
                return None, None, "No such message."
        else:
            return None, None, "Flag a call or a message."
        return call, message, ""

    def _render(self, request, context, status=200):
        template = "knowledge/flag_form.html#flag-form" if request.htmx else "knowledge/flag_form.html"
        return render(request, template, {"reasons": FlagReason.choices, **context}, status=status)

    def get(self, request):
        call, message, problem = self._subject(request, request.GET)
        if problem:
            return self._render(request, {"errors": {"form": [problem]}}, status=404)
        return self._render(
            request, {"call": call, "message": message, "turn_index": _int_or_none(request.GET.get("turn"))}
        )

    def post(self, request):
        call, message, problem = self._subject(request, request.POST)
        if problem:
            return self._render(request, {"errors": {"form": [problem]}}, status=404)
        turn_index = _int_or_none(request.POST.get("turn")) if call is not None else None
        try:
            flag = training.flag_create(
                tenant=request.tenant,
                reason=request.POST.get("reason", ""),
                call=call,
                turn_index=turn_index,
                message=message,
                better_answer=request.POST.get("better_answer", ""),
                note=request.POST.get("note", ""),
                actor=request.user,
            )
        except ValidationError as exc:
            context = {
                "call": call,
                "message": message,
                "turn_index": turn_index,
                "errors": field_errors(exc),
                "values": request.POST,
            }
            return self._render(request, context, status=400)
        return self._render(request, {"flag": flag})


class AgentTrainingView(TrainingView):
    """Test the draft (or any version) in a typed conversation, and compare two versions on the same questions."""

    def _context(self, request, agent: Agent, **extra) -> dict:
        return {
            "tab": "flags",
            "agent": agent,
            "versions": agent.versions.order_by("-number")[:20],
            "open_flags": selectors.flags().filter(agent=agent, status=FlagStatus.OPEN)[:20],
            "version": request.POST.get("version") or request.GET.get("version") or drafts.DRAFT,
            **extra,
        }

    def get(self, request, pk):
        agent = get_object_or_404(call_selectors.agents_all(), pk=pk)
        return render(request, "knowledge/agent_training.html", self._context(request, agent))

    def post(self, request, pk):
        agent = get_object_or_404(call_selectors.agents_all(), pk=pk)
        action = request.POST.get("action", "ask")
        status, extra = 200, {}
        try:
            if action == "compare":
                extra["comparison"] = drafts.versions_compare(
                    tenant=request.tenant,
                    agent=agent,
                    questions=request.POST.get("questions", ""),
                    left=request.POST.get("left", drafts.PUBLISHED),
                    right=request.POST.get("right", drafts.DRAFT),
                )
                extra["questions"] = request.POST.get("questions", "")
                partial = "compare"
            else:
                version = request.POST.get("version", drafts.DRAFT)
                conversation = request.POST.get("conversation") or None
                if action == "start" or conversation is None:
                    conversation = drafts.sandbox_conversation_start(
                        tenant=request.tenant, agent=agent, version=version
                    )
                if request.POST.get("question", "").strip():
                    result = drafts.sandbox_conversation_ask(
                        tenant=request.tenant,
                        agent=agent,
                        question=request.POST["question"],
                        version=version,
                        conversation=conversation,
                    )
                    conversation = result.conversation
                elif not isinstance(conversation, Conversation):
                    conversation = get_object_or_404(Conversation, pk=_int_or_none(conversation), agent=agent)
                extra["conversation"] = conversation
                extra["transcript"] = selectors.conversation_messages(conversation)
                partial = "test"
        except ValidationError as exc:
            extra["errors"] = field_errors(exc)
            extra["error_text"] = " ".join(error_messages(exc))
            status = 400
            partial = "compare" if action == "compare" else "test"
        template = f"knowledge/agent_training.html#{partial}" if request.htmx else "knowledge/agent_training.html"
        return render(request, template, self._context(request, agent, **extra), status=status)


class AgentPublishFromTrainingView(TrainingView):
    """Publish the tested draft with a note (who and why are kept)."""

    def post(self, request, pk):
        agent = get_object_or_404(call_selectors.agents_all(), pk=pk)
        publish_reviewed(request, agent)
        return redirect("knowledge:agent_training", pk=agent.pk)
