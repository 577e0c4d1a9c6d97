"""The chat widget's public routes on the tenant host (included at /widget/ in voiceplatform/urls_tenant.py)."""

from django.urls import path, re_path

from knowledge import widget_views

urlpatterns = [
    re_path(
        r"^assets/(?P<name>frame)\.(?P<version>[0-9a-f]{12})\.(?P<ext>js|css)$",
        widget_views.asset,
        name="widget_asset",
    ),
    re_path(r"^(?P<key>[A-Za-z0-9_-]{8,64})\.js$", widget_views.loader, name="widget_loader"),
    path("<str:key>/frame/", widget_views.frame, name="widget_frame"),
    path("<str:key>/session", widget_views.session, name="widget_session"),
    path("<str:key>/messages", widget_views.messages, name="widget_messages"),
    path("<str:key>/lead", widget_views.lead, name="widget_lead"),
    path("<str:key>/human", widget_views.human, name="widget_human"),
    path("<str:key>/rating", widget_views.rating, name="widget_rating"),
]
