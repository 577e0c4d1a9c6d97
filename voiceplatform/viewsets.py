"""The base of every app's API viewsets.

Kept apart from voiceplatform.api: DRF's generic views read the pagination
class named in settings (voiceplatform.api.Pagination) while they load.
"""

from rest_framework import mixins, viewsets


class ServiceBackedViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Lists and reads through the queryset; every write is a method of the subclass that calls a service.

    No write is inherited, so nothing reaches the ORM around the services:
    a subclass that defines `create`, `partial_update` or `destroy` gets that
    route, and only that one. PUT is not offered (PATCH changes what is sent).
    """

    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def validated(self, serializer_class=None, *, partial: bool = False, data=None) -> dict:
        """The request body checked by `serializer_class` (default: the view's serializer)."""
        serializer_class = serializer_class or self.get_serializer_class()
        serializer = serializer_class(
            data=self.request.data if data is None else data, partial=partial, context=self.get_serializer_context()
        )
        serializer.is_valid(raise_exception=True)
        return dict(serializer.validated_data)
