"""Knowledge API: sources (with sync and pages), search, answers, FAQs (CSV import) and gaps. Thin over services."""

from __future__ import annotations

import django_filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView

from calls.models import Agent
from knowledge import retrieval, selectors
from knowledge.models import FAQ, Channel, Gap, GapStatus, Page, PageStatus, Source, SourceKind, SyncSchedule
from knowledge.services import answers, faqs, gaps, sources
from tenants.roles import Perm
from voiceplatform.api import Pagination
from voiceplatform.boundary import JSONParser, MultiPartParser


class SourceSerializer(serializers.ModelSerializer):
    progress = serializers.IntegerField(read_only=True)
    agents = serializers.PrimaryKeyRelatedField(many=True, queryset=Agent.objects.all(), required=False)

    class Meta:
        model = Source
        fields = [
            "id",
            "kind",
            "name",
            "url",
            "max_pages",
            "max_depth",
            "include_patterns",
            "exclude_patterns",
            "schedule",
            "agents",
            "file_name",
            "status",
            "error",
            "progress",
            "pages_found",
            "pages_done",
            "pages_indexed",
            "pages_failed",
            "chunk_count",
            "last_synced_at",
            "next_sync_at",
            "created_at",
        ]
        read_only_fields = [
            "id", "kind", "url", "file_name", "status", "error", "progress", "pages_found", "pages_done",
            "pages_indexed", "pages_failed", "chunk_count", "last_synced_at", "next_sync_at", "created_at",
        ]  # fmt: skip


class SourceCreateSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=SourceKind.choices)
    name = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")
    url = serializers.CharField(max_length=2000, required=False, allow_blank=True, default="")
    max_pages = serializers.IntegerField(required=False, default=50)
    max_depth = serializers.IntegerField(required=False, default=3)
    include_patterns = serializers.ListField(child=serializers.CharField(max_length=200), required=False, default=list)
    exclude_patterns = serializers.ListField(child=serializers.CharField(max_length=200), required=False, default=list)
    schedule = serializers.ChoiceField(choices=SyncSchedule.choices, required=False, default=SyncSchedule.NEVER)
    content = serializers.CharField(required=False, allow_blank=True, default="")
    file = serializers.FileField(required=False)
    agents = serializers.PrimaryKeyRelatedField(many=True, queryset=Agent.objects.all(), required=False)


class SourceFilter(django_filters.FilterSet):
    class Meta:
        model = Source
        fields = ["kind", "status", "schedule"]


class PageSerializer(serializers.ModelSerializer):
    class Meta:
        model = Page
        fields = ["id", "url", "title", "status", "reason", "depth", "chunk_count", "fetched_at"]


class SourceViewSet(viewsets.ModelViewSet):
    """Where knowledge comes from: websites, single pages, files and pasted text. Syncs run in the background."""

    queryset = Source.objects.none()
    serializer_class = SourceSerializer
    filterset_class = SourceFilter
    search_fields = ["name", "url"]
    ordering_fields = ["created_at", "name", "status", "last_synced_at"]
    write_perm = Perm.MANAGE_KNOWLEDGE
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def get_parsers(self):
        """JSON everywhere; a new source may also arrive as a multipart file upload."""
        action = getattr(self, "action", None)
        if action is None and getattr(self, "request", None) is not None:
            action = getattr(self, "action_map", {}).get(self.request.method.lower())
        return [JSONParser(), MultiPartParser()] if action == "create" else [JSONParser()]

    def get_queryset(self):
        return selectors.sources()

    def filter_queryset(self, queryset):
        # The list filters (status, kind) are for sources; a source's pages take their own `status`.
        return queryset if self.action == "pages" else super().filter_queryset(queryset)

    @extend_schema(request=SourceCreateSerializer, responses={201: SourceSerializer})
    def create(self, request, *args, **kwargs):
        serializer = SourceCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        upload = data.pop("file", None)
        source = sources.source_create(
            **data,
            file_name=upload.name if upload else "",
            file_data=upload.read() if upload else None,
        )
        return Response(SourceSerializer(source).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        source = sources.source_update(source=self.get_object(), **serializer.validated_data)
        return Response(SourceSerializer(source).data)

    def destroy(self, request, *args, **kwargs):
        sources.source_delete(source=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(request=None, responses={202: SourceSerializer, 409: OpenApiTypes.OBJECT})
    @action(detail=True, methods=["post"])
    def sync(self, request, pk=None):
        source = self.get_object()
        if not sources.source_sync_request(source=source):
            return Response(
                {
                    "error": {
                        "code": "busy",
                        "message": "A sync of this source is already queued or running.",
                        "fields": {},
                    }
                },
                status=status.HTTP_409_CONFLICT,
            )
        return Response(SourceSerializer(source).data, status=status.HTTP_202_ACCEPTED)

    @extend_schema(responses=PageSerializer(many=True))
    @action(detail=True, methods=["get"])
    def pages(self, request, pk=None):
        queryset = selectors.source_pages(self.get_object())
        wanted = request.query_params.get("status")
        if wanted:
            if wanted not in PageStatus.values:
                raise serializers.ValidationError({"status": [f"Choose one of: {', '.join(PageStatus.values)}."]})
            queryset = queryset.filter(status=wanted)
        paginator = Pagination()
        page = paginator.paginate_queryset(queryset, request, view=self)
        return paginator.get_paginated_response(PageSerializer(page, many=True).data)


class SearchSerializer(serializers.Serializer):
    query = serializers.CharField(max_length=1000)
    agent = serializers.PrimaryKeyRelatedField(queryset=Agent.objects.all(), required=False, allow_null=True)
    limit = serializers.IntegerField(min_value=1, max_value=20, required=False, default=5)


class SearchView(APIView):
    """Hybrid search over the tenant's knowledge (scoped to an agent's sources when one is given)."""

    write_perm = Perm.VIEW

    @extend_schema(request=SearchSerializer, responses={200: OpenApiTypes.OBJECT})
    def post(self, request):
        serializer = SearchSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        result = retrieval.search(data["query"], agent=data.get("agent"), limit=data["limit"])
        return Response(
            {
                "results": [
                    {"url": p.url, "title": p.title, "heading": p.heading, "text": p.text, "score": p.score}
                    for p in result.passages
                ],
                "took_ms": result.took_ms,
            }
        )


class AnswerSerializer(serializers.Serializer):
    question = serializers.CharField(max_length=1000)
    agent = serializers.PrimaryKeyRelatedField(queryset=Agent.objects.all(), required=False, allow_null=True)
    channel = serializers.ChoiceField(choices=Channel.choices, required=False, default=Channel.API)
    conversation = serializers.IntegerField(required=False, allow_null=True, min_value=1)


class AnswerView(APIView):
    """Answer a question from the knowledge, with citations; continues a conversation when its id is given."""

    write_perm = Perm.VIEW

    @extend_schema(request=AnswerSerializer, responses={200: OpenApiTypes.OBJECT})
    def post(self, request):
        serializer = AnswerSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        result = answers.answer_question(
            question=data["question"],
            agent=data.get("agent"),
            channel=data["channel"],
            conversation=data.get("conversation"),
        )
        return Response(
            {
                "answer": result.answer,
                "citations": result.citations,
                "confidence": result.confidence,
                "answered": result.answered,
                "escalated": result.escalated,
                "conversation": result.conversation.pk,
            }
        )


class FAQSerializer(serializers.ModelSerializer):
    class Meta:
        model = FAQ
        fields = ["id", "question", "answer", "override", "is_active", "created_at", "updated_at"]
        read_only_fields = ["id", "created_at", "updated_at"]


class FAQImportSerializer(serializers.Serializer):
    file = serializers.FileField(help_text="CSV with question and answer columns (optionally override)")


class FAQViewSet(viewsets.ModelViewSet):
    """Questions and answers written by staff; `override` entries answer matching questions verbatim."""

    queryset = FAQ.objects.none()
    serializer_class = FAQSerializer
    filterset_fields = ["override", "is_active"]
    search_fields = ["question", "answer"]
    ordering_fields = ["question", "created_at", "updated_at"]
    write_perm = Perm.MANAGE_KNOWLEDGE
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def get_queryset(self):
        return selectors.faqs()

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        faq = faqs.faq_create(**serializer.validated_data)
        return Response(FAQSerializer(faq).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        return Response(FAQSerializer(faqs.faq_update(faq=self.get_object(), **serializer.validated_data)).data)

    def destroy(self, request, *args, **kwargs):
        faqs.faq_delete(faq=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(request=FAQImportSerializer, responses={201: OpenApiTypes.OBJECT})
    @action(detail=False, methods=["post"], url_path="import", parser_classes=[MultiPartParser, JSONParser])
    def import_csv(self, request):
        serializer = FAQImportSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        created = faqs.faq_import_csv(data=serializer.validated_data["file"].read())
        return Response({"imported": len(created)}, status=status.HTTP_201_CREATED)


class GapSerializer(serializers.ModelSerializer):
    class Meta:
        model = Gap
        fields = [
            "id",
            "question",
            "examples",
            "count",
            "best_confidence",
            "status",
            "faq",
            "first_asked_at",
            "last_asked_at",
        ]


class GapAcceptSerializer(serializers.Serializer):
    answer = serializers.CharField()
    question = serializers.CharField(max_length=500, required=False, allow_blank=True, default="")


class GapFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(choices=GapStatus.choices)

    class Meta:
        model = Gap
        fields = ["status"]


class GapViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Questions the knowledge could not answer, grouped; accept one with an answer to make it an FAQ."""

    queryset = Gap.objects.none()
    serializer_class = GapSerializer
    filterset_class = GapFilter
    search_fields = ["question"]
    ordering_fields = ["count", "last_asked_at"]
    write_perm = Perm.MANAGE_KNOWLEDGE

    def get_queryset(self):
        return selectors.gaps()

    @extend_schema(request=GapAcceptSerializer, responses={200: FAQSerializer})
    @action(detail=True, methods=["post"])
    def accept(self, request, pk=None):
        serializer = GapAcceptSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        faq = gaps.gap_accept(gap=self.get_object(), **serializer.validated_data)
        return Response(FAQSerializer(faq).data)

    @extend_schema(request=None, responses={200: GapSerializer})
    @action(detail=True, methods=["post"])
    def dismiss(self, request, pk=None):
        return Response(GapSerializer(gaps.gap_dismiss(gap=self.get_object())).data)
