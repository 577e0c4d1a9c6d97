from django.apps import AppConfig


class TenantsConfig(AppConfig):
    name = "tenants"
    verbose_name = "Tenants and access"

    def ready(self):
        from tenants import host_cache, signals  # noqa: F401  (audit of logins)

        host_cache.connect_signals()
