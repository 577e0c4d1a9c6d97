"""Analytics: roll-ups, dashboards, campaign and A/B results, transcript insights,
platform reports, the compliance view and team review (comments, assignments).

A separate app because it reads every other app (calls, campaigns, contacts,
appointments, notifications) and owns tables of its own (daily roll-ups, cached
insights, call comments, assignments) that belong to none of them. It only
reads their rows and learns about changes through `voiceplatform.events`.
"""
