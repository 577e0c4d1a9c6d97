from django.urls import path, re_path

from contacts.views import catalog, contacts, imports

app_name = "contacts"

urlpatterns = [
    path("", contacts.ContactListView.as_view(), name="list"),
    path("new/", contacts.ContactCreateView.as_view(), name="create"),
    path("bulk/", contacts.ContactBulkView.as_view(), name="bulk"),
    re_path(r"^export\.csv$", contacts.ContactExportView.as_view(), name="export"),
    path("views/", contacts.SavedViewCreateView.as_view(), name="view_save"),
    path("views/<int:pk>/delete/", contacts.SavedViewDeleteView.as_view(), name="view_delete"),
    path("<int:pk>/", contacts.ContactDetailView.as_view(), name="detail"),
    path("<int:pk>/edit/", contacts.ContactEditView.as_view(), name="edit"),
    path("<int:pk>/status/", contacts.ContactStatusView.as_view(), name="status"),
    path("<int:pk>/notes/", contacts.ContactNoteView.as_view(), name="note"),
    path("<int:pk>/consents/", contacts.ContactConsentView.as_view(), name="consent"),
    path("<int:pk>/gdpr-export/", contacts.ContactGdprExportView.as_view(), name="gdpr_export"),
    path("<int:pk>/erase/", contacts.ContactEraseView.as_view(), name="erase"),
    path("<int:pk>/delete/", contacts.ContactDeleteView.as_view(), name="delete"),
    path("import/", imports.ImportUploadView.as_view(), name="import"),
    path("import/<int:pk>/", imports.ImportDetailView.as_view(), name="import_detail"),
    path("import/<int:pk>/progress/", imports.ImportProgressView.as_view(), name="import_progress"),
    path("import/<int:pk>/confirm/", imports.ImportConfirmView.as_view(), name="import_confirm"),
    path("import/<int:pk>/cancel/", imports.ImportCancelView.as_view(), name="import_cancel"),
    path("import/<int:pk>/rejected.csv", imports.ImportRejectedView.as_view(), name="import_rejected"),
    path("import/templates/<int:pk>/delete/", imports.MappingTemplateDeleteView.as_view(), name="template_delete"),
    path("dnc/", catalog.DncView.as_view(), name="dnc"),
    path("dnc/<int:pk>/remove/", catalog.DncRemoveView.as_view(), name="dnc_remove"),
    path("setup/", catalog.SetupView.as_view(), name="setup"),
    path("setup/groups/", catalog.GroupCreateView.as_view(), name="group_create"),
    path("setup/groups/<int:pk>/delete/", catalog.GroupDeleteView.as_view(), name="group_delete"),
    path("setup/tags/", catalog.TagCreateView.as_view(), name="tag_create"),
    path("setup/tags/<int:pk>/rename/", catalog.TagRenameView.as_view(), name="tag_rename"),
    path("setup/tags/<int:pk>/delete/", catalog.TagDeleteView.as_view(), name="tag_delete"),
    path("setup/fields/", catalog.FieldCreateView.as_view(), name="field_create"),
    path("setup/fields/<int:pk>/delete/", catalog.FieldDeleteView.as_view(), name="field_delete"),
    path("setup/settings/", catalog.ContactSettingsView.as_view(), name="settings"),
]
