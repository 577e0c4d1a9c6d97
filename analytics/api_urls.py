from django.urls import re_path

from analytics import api

urlpatterns = [
    re_path(r"^analytics/overview/?$", api.OverviewView.as_view(), name="analytics-overview"),
    re_path(r"^analytics/timeseries/?$", api.TimeseriesView.as_view(), name="analytics-timeseries"),
    re_path(r"^analytics/funnel/?$", api.FunnelView.as_view(), name="analytics-funnel"),
    re_path(r"^analytics/heatmap/?$", api.HeatmapView.as_view(), name="analytics-heatmap"),
    re_path(r"^analytics/campaigns/(?P<pk>[0-9]+)/?$", api.CampaignResultsView.as_view(), name="analytics-campaign"),
    re_path(r"^analytics/insights/?$", api.InsightsView.as_view(), name="analytics-insights"),
    re_path(r"^analytics/leaderboard/?$", api.LeaderboardView.as_view(), name="analytics-leaderboard"),
    re_path(r"^analytics/assignments/?$", api.AssignmentsView.as_view(), name="analytics-assignments"),
    re_path(r"^analytics/calls/(?P<pk>[0-9]+)/comments/?$", api.CallCommentsView.as_view(), name="analytics-comments"),
]
