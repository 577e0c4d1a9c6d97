"""Read-side queries for scripts and agents' script set-ups."""

from __future__ import annotations

from django.db.models import Count, QuerySet

from calls.models import Agent, AgentScriptSetup, CallScript, CallScriptVersion


def scripts_all() -> QuerySet[CallScript]:
    return (
        CallScript.objects.select_related("current_version")
        .annotate(version_count=Count("versions"))
        .order_by("name", "id")
    )


def script_versions(script: CallScript) -> QuerySet[CallScriptVersion]:
    return script.versions.order_by("-number")


def version_of(script: CallScript, number) -> CallScriptVersion | None:
    try:
        number = int(number)
    except (TypeError, ValueError):
        return None
    return script.versions.filter(number=number).first()


def setup_for(agent: Agent) -> AgentScriptSetup | None:
    return AgentScriptSetup.objects.filter(agent=agent).select_related("script_version__script").first()


def agents_using(script: CallScript) -> QuerySet[Agent]:
    return Agent.objects.filter(script_setup__script_version__script=script).select_related(
        "script_setup__script_version", "published_version"
    )
