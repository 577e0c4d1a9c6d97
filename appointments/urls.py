from django.urls import path

from appointments.views import calendar, integrations, public, setup

app_name = "appointments"

urlpatterns = [
    path("", calendar.WeekView.as_view(), name="calendar"),
    path("month/", calendar.MonthView.as_view(), name="month"),
    path("list/", calendar.ListView.as_view(), name="list"),
    path("new/", calendar.AppointmentCreateView.as_view(), name="create"),
    path("<int:pk>/", calendar.AppointmentDetailView.as_view(), name="detail"),
    path("<int:pk>/reschedule/", calendar.AppointmentRescheduleView.as_view(), name="reschedule"),
    path("<int:pk>/cancel/", calendar.AppointmentCancelView.as_view(), name="cancel"),
    path("<int:pk>/status/", calendar.AppointmentStatusView.as_view(), name="status"),
    path("<int:pk>/resend/", calendar.AppointmentResendView.as_view(), name="resend"),
    path("resources/", setup.ResourcesView.as_view(), name="resources"),
    path("resources/<int:pk>/", setup.ResourceView.as_view(), name="resource"),
    path("resources/<int:pk>/delete/", setup.ResourceDeleteView.as_view(), name="resource_delete"),
    path("overrides/<int:pk>/delete/", setup.OverrideDeleteView.as_view(), name="override_delete"),
    path("blocked/", setup.BlockedDateView.as_view(), name="blocked_create"),
    path("blocked/<int:pk>/delete/", setup.BlockedDateDeleteView.as_view(), name="blocked_delete"),
    path("types/", setup.AppointmentTypesView.as_view(), name="types"),
    path("types/<int:pk>/", setup.AppointmentTypeView.as_view(), name="type"),
    path("integrations/", integrations.IntegrationsView.as_view(), name="integrations"),
    path("feeds/", integrations.FeedsView.as_view(), name="feeds"),
    path("feeds/<str:token>.ics", public.feed, name="ics_feed"),
    path("guest/<str:token>/", public.GuestView.as_view(), name="guest_manage"),
    path("guest/<str:token>/confirm/", public.GuestConfirmView.as_view(), name="guest_confirm"),
    path("guest/<str:token>/cancel/", public.GuestCancelView.as_view(), name="guest_cancel"),
    path("guest/<str:token>/reschedule/", public.GuestRescheduleView.as_view(), name="guest_reschedule"),
]
