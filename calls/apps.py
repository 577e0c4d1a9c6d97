from django.apps import AppConfig


class CallsConfig(AppConfig):
    name = "calls"

    def ready(self):
        from billing.limits import usage_counters
        from calls.selectors import plan_usage_counts

        usage_counters.register(plan_usage_counts)
