from rest_framework.routers import SimpleRouter

from notifications import api

router = SimpleRouter(trailing_slash="/?")
router.register("notifications", api.NotificationViewSet, basename="notification")
router.register("notification-templates", api.TemplateViewSet, basename="notification-template")

urlpatterns = router.urls
