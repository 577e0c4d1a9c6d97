"""Portal pages for call scripts: the library, the step editor with preview, versions with diff and
rollback, using a version with an agent, a typed rehearsal of the draft, and publishing it."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.views import View

from calls.scripts import compiler, diff, forms, library, personas, rehearsal, selectors, services
from calls.scripts.validation import ACTIONS
from calls.selectors import agents_all
from tenants.permissions import PortalPermissionMixin
from tenants.roles import Perm, can
from voiceplatform.errors import error_messages, field_errors

BLANK = {"steps": [{"key": "opening", "line": "Hello, this is {business.name}. How can I help you today?"}]}


class ScriptListView(PortalPermissionMixin, View):
    write_perm = Perm.MANAGE_AGENTS

    def get(self, request, errors=None, status=200):
        return render(
            request,
            "calls/scripts/list.html",
            {
                "scripts": selectors.scripts_all(),
                "templates": library.TEMPLATES,
                "errors": errors or {},
                "can_manage": can(self.membership, Perm.MANAGE_AGENTS),
            },
            status=status,
        )

    def post(self, request):
        try:
            if request.POST.get("template"):
                script = services.script_create_from_template(
                    tenant=request.tenant,
                    template_key=request.POST["template"],
                    name=request.POST.get("name", ""),
                    actor=request.user,
                )
            else:
                script = services.script_create(
                    tenant=request.tenant, name=request.POST.get("name", ""), content=BLANK, actor=request.user
                )
        except ValidationError as exc:
            return self.get(request, errors=field_errors(exc), status=400)
        messages.success(request, f"Created {script.name}. Edit its steps, preview it, then use it with an agent.")
        return redirect("calls:script", pk=script.pk)


def _context(request, script, membership, *, steps=None, errors=None, note="") -> dict:
    current = script.current_version
    steps = steps if steps is not None else (current.content["steps"] if current else [])
    versions = list(selectors.script_versions(script)[:30])
    agents = list(agents_all())
    using = {agent.pk: agent for agent in selectors.agents_using(script)}
    session_key = request.session.session_key
    return {
        "script": script,
        "current": current,
        "rows": forms.step_rows(steps),
        "step_keys": [step["key"] for step in steps],
        "actions": ACTIONS,
        "versions": versions,
        "errors": errors or {},
        "note": note,
        "agents": agents,
        "agents_using": list(using.values()),
        "presets": personas.PRESETS,
        "can_manage": can(membership, Perm.MANAGE_AGENTS),
        "test_panels": [
            {"agent": agent, "state": rehearsal.rehearsal_state(agent=agent, session_key=session_key)}
            for agent in using.values()
        ],
    }


class ScriptEditView(PortalPermissionMixin, View):
    write_perm = Perm.MANAGE_AGENTS

    def get(self, request, pk):
        script = get_object_or_404(selectors.scripts_all(), pk=pk)
        context = _context(request, script, self.membership)
        number = request.GET.get("diff")
        if number:
            new = selectors.version_of(script, number)
            old = selectors.version_of(script, int(number) - 1) if new else None
            if new and old:
                changes = diff.script_diff(old.content, new.content)
                context.update(diff={"from": old.number, "to": new.number, "changes": changes})
        return render(request, "calls/scripts/edit.html", context)

    def post(self, request, pk):
        script = get_object_or_404(selectors.scripts_all(), pk=pk)
        steps = forms.steps_from_post(request.POST)
        op = request.POST.get("op", "")
        note = request.POST.get("note", "")[:200]
        template = "calls/scripts/edit.html#editor" if request.htmx else "calls/scripts/edit.html"
        if op:
            context = _context(request, script, self.membership, steps=forms.apply_op(steps, op), note=note)
            return render(request, template, context)
        try:
            services.script_update(
                tenant=request.tenant,
                script=script,
                name=request.POST.get("name") if "name" in request.POST else None,
                content={"steps": steps},
                note=note,
                actor=request.user,
            )
        except ValidationError as exc:
            context = _context(request, script, self.membership, steps=steps, errors=field_errors(exc), note=note)
            return render(request, "calls/scripts/edit.html", context, status=400)
        script.refresh_from_db()
        messages.success(request, f"Saved as version {script.current_version.number}.")
        return redirect("calls:script", pk=pk)


class ScriptPreviewView(PortalPermissionMixin, View):
    """The rendered prompt of a version, with a persona when one is chosen (an HTMX fragment)."""

    def get(self, request, pk):
        script = get_object_or_404(selectors.scripts_all(), pk=pk)
        number = request.GET.get("version")
        version = selectors.version_of(script, number) if number else script.current_version
        preset = personas.preset_for(request.GET.get("persona", ""))
        context = {"script": script, "version": version, "preset": preset}
        if version is not None:
            context.update(compiler.preview(version.content, persona=preset.as_dict() if preset else None))
        return render(request, "calls/scripts/preview.html", context)


class ScriptRollbackView(PortalPermissionMixin, View):
    required_perm = Perm.MANAGE_AGENTS

    def post(self, request, pk):
        script = get_object_or_404(selectors.scripts_all(), pk=pk)
        try:
            number = int(request.POST.get("version", ""))
            version = services.script_rollback(
                tenant=request.tenant, script=script, version_number=number, actor=request.user
            )
        except ValueError:
            messages.error(request, "Choose a version to roll back to.")
        except ValidationError as exc:
            for message in error_messages(exc):
                messages.error(request, message)
        else:
            messages.success(request, f"Rolled back to version {number}, saved as version {version.number}.")
        return redirect("calls:script", pk=pk)


def _agent(request):
    try:
        return agents_all().filter(pk=int(request.POST.get("agent", ""))).first()
    except ValueError:
        return None


class ScriptApplyView(PortalPermissionMixin, View):
    """Use the current version (and a persona) with an agent: compiles into the agent's draft."""

    required_perm = Perm.MANAGE_AGENTS

    def post(self, request, pk):
        script = get_object_or_404(selectors.scripts_all(), pk=pk)
        agent = _agent(request)
        if agent is None:
            messages.error(request, "Choose one of this workspace's agents.")
            return redirect("calls:script", pk=pk)
        overrides = {}
        for field in ("speaking_speed", "traits"):
            if request.POST.get(f"override_{field}", "").strip():
                overrides[field] = request.POST[f"override_{field}"].strip()
        try:
            services.agent_script_apply(
                tenant=request.tenant,
                agent=agent,
                script_version=script.current_version,
                persona_key=request.POST.get("persona", ""),
                persona_overrides=overrides,
                actor=request.user,
            )
        except ValidationError as exc:
            for message in error_messages(exc):
                messages.error(request, message)
        else:
            messages.success(
                request,
                f"{agent.name}'s draft now uses version {script.current_version.number}. Test it, then publish.",
            )
        return redirect("calls:script", pk=pk)


class ScriptTestView(PortalPermissionMixin, View):
    """A typed rehearsal of an agent's draft script (HTMX fragment, or the page without JavaScript)."""

    required_perm = Perm.MANAGE_AGENTS

    def post(self, request, pk):
        script = get_object_or_404(selectors.scripts_all(), pk=pk)
        agent = _agent(request)
        if agent is None:
            messages.error(request, "Choose one of this workspace's agents.")
            return redirect("calls:script", pk=pk)
        if not request.session.session_key:
            request.session.save()
        session_key = request.session.session_key
        state = rehearsal.rehearsal_state(agent=agent, session_key=session_key)
        error = ""
        try:
            if request.POST.get("action") == "start" or state is None:
                state = rehearsal.rehearsal_start(tenant=request.tenant, agent=agent, session_key=session_key)
            else:
                state = rehearsal.rehearsal_turn(
                    tenant=request.tenant,
                    agent=agent,
                    session_key=session_key,
                    state=state,
                    text=request.POST.get("message", ""),
                )
        except ValidationError as exc:
            error = " ".join(error_messages(exc))
        if not request.htmx:
            if error:
                messages.error(request, error)
            return redirect("calls:script", pk=pk)
        return render(
            request,
            "calls/scripts/edit.html#rehearsal",
            {"script": script, "agent": agent, "state": state, "test_error": error},
        )


class ScriptPublishView(PortalPermissionMixin, View):
    """Make an agent's draft (this script's version) live, with the reason kept on the version."""

    required_perm = Perm.MANAGE_AGENTS

    def post(self, request, pk):
        get_object_or_404(selectors.scripts_all(), pk=pk)
        agent = _agent(request)
        if agent is None:
            messages.error(request, "Choose one of this workspace's agents.")
            return redirect("calls:script", pk=pk)
        try:
            version = services.agent_script_publish(
                tenant=request.tenant, agent=agent, reason=request.POST.get("reason", ""), actor=request.user
            )
        except ValidationError as exc:
            for message in error_messages(exc):
                messages.error(request, message)
        else:
            messages.success(request, f"Published {agent.name} version {version.number}. New calls use it.")
        return redirect("calls:script", pk=pk)
