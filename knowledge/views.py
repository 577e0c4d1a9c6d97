"""Portal pages for knowledge: sources with live progress and per-page status, FAQs, gaps, and a "try it" box."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.views import View

from knowledge import retrieval, selectors
from knowledge.models import FAQ, Channel, Gap, PageStatus, Source, SourceKind, SyncSchedule
from knowledge.services import answers, faqs, gaps, sources
from tenants.permissions import PortalPermissionMixin, request_membership
from tenants.roles import Perm, can


def _errors(exc: ValidationError) -> dict:
    errors = dict(exc.message_dict) if hasattr(exc, "error_dict") else {"form": exc.messages}
    if "__all__" in errors:
        errors["form"] = errors.pop("__all__")
    return errors


def _int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _lines(value: str) -> list[str]:
    return [line.strip() for line in (value or "").replace(",", "\n").split("\n") if line.strip()]


class KnowledgeView(PortalPermissionMixin, View):
    write_perm = Perm.MANAGE_KNOWLEDGE

    def base_context(self, request, tab: str) -> dict:
        return {"tab": tab, "can_manage": can(request_membership(request), Perm.MANAGE_KNOWLEDGE)}


class SourcesView(KnowledgeView):
    """Every source with its status; the table polls while any sync is running."""

    def get(self, request, errors=None, values=None, status=200):
        items = list(selectors.sources())
        context = self.base_context(request, "sources") | {
            "sources": items,
            "polling": any(s.is_busy for s in items),
            "kinds": SourceKind.choices,
            "schedules": SyncSchedule.choices,
            "errors": errors or {},
            "values": values or {},
            "summary": selectors.knowledge_summary(),
        }
        template = "knowledge/sources.html#table" if request.htmx else "knowledge/sources.html"
        return render(request, template, context, status=status)

    def post(self, request):
        data = request.POST
        upload = request.FILES.get("file")
        try:
            source = sources.source_create(
                kind=data.get("kind", ""),
                name=data.get("name", ""),
                url=data.get("url", ""),
                max_pages=_int(data.get("max_pages"), 50),
                max_depth=_int(data.get("max_depth"), 3),
                include_patterns=_lines(data.get("include_patterns", "")),
                exclude_patterns=_lines(data.get("exclude_patterns", "")),
                schedule=data.get("schedule", SyncSchedule.NEVER),
                content=data.get("content", ""),
                file_name=upload.name if upload else "",
                file_data=upload.read() if upload else None,
            )
        except ValidationError as exc:
            return self.get(request, errors=_errors(exc), values=data, status=400)
        messages.success(request, f"Added {source.name}; syncing now.")
        return redirect("knowledge:source", pk=source.pk)


class SourceView(KnowledgeView):
    """One source: live progress and every page with its status and reason."""

    def get(self, request, pk):
        source = get_object_or_404(selectors.sources(), pk=pk)
        pages = selectors.source_pages(source)
        counts = selectors.page_status_counts(source)
        status = request.GET.get("status", "")
        if status in PageStatus.values:
            pages = pages.filter(status=status)
        context = self.base_context(request, "sources") | {
            "source": source,
            "page": Paginator(pages, 100).get_page(request.GET.get("page")),
            "status": status,
            "statuses": [(value, label, counts.get(value, 0)) for value, label in PageStatus.choices],
        }
        template = "knowledge/source.html#progress" if request.htmx else "knowledge/source.html"
        return render(request, template, context)


class SourceActionView(KnowledgeView):
    def post(self, request, pk, action):
        source = get_object_or_404(Source, pk=pk)
        if action == "sync":
            if sources.source_sync_request(source=source):
                messages.success(request, "Sync queued.")
            else:
                messages.info(request, "A sync is already queued or running.")
            return redirect("knowledge:source", pk=source.pk)
        if action == "delete":
            sources.source_delete(source=source)
            messages.success(request, f"Deleted {source.name}.")
            return redirect("knowledge:sources")
        return render(request, "404.html", status=404)


class FAQsView(KnowledgeView):
    def get(self, request, errors=None, values=None, status=200, import_errors=None):
        query = request.GET.get("q", "").strip()
        items = selectors.faqs()
        if query:
            items = items.filter(question__icontains=query)
        context = self.base_context(request, "faqs") | {
            "page": Paginator(items, 50).get_page(request.GET.get("page")),
            "q": query,
            "errors": errors or {},
            "values": values or {},
            "import_errors": import_errors or [],
        }
        return render(request, "knowledge/faqs.html", context, status=status)

    def post(self, request):
        try:
            faqs.faq_create(
                question=request.POST.get("question", ""),
                answer=request.POST.get("answer", ""),
                override=bool(request.POST.get("override")),
            )
        except ValidationError as exc:
            return self.get(request, errors=_errors(exc), values=request.POST, status=400)
        messages.success(request, "FAQ added.")
        return redirect("knowledge:faqs")


class FAQImportView(FAQsView):
    def post(self, request):
        upload = request.FILES.get("file")
        try:
            if upload is None:
                raise ValidationError({"file": "Choose a CSV file."})
            created = faqs.faq_import_csv(data=upload.read())
        except ValidationError as exc:
            return self.get(request, import_errors=_errors(exc).get("file", []), status=400)
        messages.success(request, f"Imported {len(created)} FAQ entries.")
        return redirect("knowledge:faqs")


class FAQView(KnowledgeView):
    def post(self, request, pk):
        faq = get_object_or_404(FAQ, pk=pk)
        if request.POST.get("delete"):
            faqs.faq_delete(faq=faq)
            messages.success(request, "FAQ deleted.")
            return redirect("knowledge:faqs")
        try:
            faqs.faq_update(
                faq=faq,
                question=request.POST.get("question", faq.question),
                answer=request.POST.get("answer", faq.answer),
                override=bool(request.POST.get("override")),
                is_active=bool(request.POST.get("is_active")),
            )
        except ValidationError as exc:
            messages.error(request, " ".join(m for ms in _errors(exc).values() for m in ms))
        else:
            messages.success(request, "FAQ saved.")
        return redirect("knowledge:faqs")


class GapsView(KnowledgeView):
    """Questions the knowledge could not answer, most asked first: accept with an answer, or dismiss."""

    def get(self, request):
        context = self.base_context(request, "gaps") | {
            "page": Paginator(selectors.open_gaps(), 50).get_page(request.GET.get("page")),
        }
        return render(request, "knowledge/gaps.html", context)


class GapActionView(KnowledgeView):
    def post(self, request, pk, action):
        gap = get_object_or_404(Gap, pk=pk)
        try:
            if action == "accept":
                gaps.gap_accept(
                    gap=gap, answer=request.POST.get("answer", ""), question=request.POST.get("question", "")
                )
                messages.success(request, "Added as an FAQ entry.")
            elif action == "dismiss":
                gaps.gap_dismiss(gap=gap)
                messages.success(request, "Dismissed.")
            else:
                return render(request, "404.html", status=404)
        except ValidationError as exc:
            messages.error(request, " ".join(m for ms in _errors(exc).values() for m in ms))
        return redirect("knowledge:gaps")


class TryView(KnowledgeView):
    """Ask a question as a customer would and see the answer, its citations and the passages found."""

    write_perm = Perm.VIEW

    def get(self, request):
        return render(request, "knowledge/try.html", self.base_context(request, "try"))

    def post(self, request):
        context = self.base_context(request, "try") | {"question": request.POST.get("question", "")}
        try:
            result = answers.answer_question(question=context["question"], channel=Channel.PORTAL)
        except ValidationError as exc:
            context["errors"] = _errors(exc)
            status = 400
        else:
            context["result"] = result
            context["passages"] = retrieval.search(context["question"], limit=5).passages
            status = 200
        template = "knowledge/try.html#result" if request.htmx else "knowledge/try.html"
        return render(request, template, context, status=status)
