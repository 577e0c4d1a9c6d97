"""The Celery app. Tasks carry the tenant schema in their headers
(tenant-schemas-celery) and run inside it."""

import os

from tenant_schemas_celery.app import CeleryApp

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "voiceplatform.settings")

app = CeleryApp("voiceplatform")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks(["voiceplatform.health"])
app.autodiscover_tasks()
