from django.urls import re_path
from rest_framework.routers import SimpleRouter

from contacts.api import catalog, contacts, imports


class Router(SimpleRouter):
    """Trailing slash optional: `/api/v1/contacts/export.csv` as well as `/api/v1/contacts/`."""

    def __init__(self):
        super().__init__()
        self.trailing_slash = "/?"


router = Router()
# The more specific contacts/... prefixes first; contact ids are digits only.
router.register("contacts/imports", imports.ContactImportViewSet, basename="contact-import")
router.register("contacts/mapping-templates", catalog.MappingTemplateViewSet, basename="mapping-template")
router.register("contacts/saved-views", catalog.SavedViewViewSet, basename="saved-view")
router.register("contacts", contacts.ContactViewSet, basename="contact")
router.register("groups", catalog.GroupViewSet, basename="group")
router.register("tags", catalog.TagViewSet, basename="tag")
router.register("custom-fields", catalog.CustomFieldViewSet, basename="custom-field")

dnc_list = catalog.DncViewSet.as_view({"get": "list", "post": "create", "delete": "remove"})
dnc_detail = catalog.DncViewSet.as_view({"get": "retrieve", "delete": "destroy"})

urlpatterns = [
    re_path(r"^contacts/settings/?$", catalog.ContactSettingsView.as_view(), name="contact-settings"),
    re_path(r"^dnc/?$", dnc_list, name="dnc-list"),
    re_path(r"^dnc/(?P<pk>[0-9]+)/?$", dnc_detail, name="dnc-detail"),
    *router.urls,
]
