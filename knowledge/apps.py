from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "knowledge"

    def ready(self):
        from knowledge import vertical
        from tenants.hooks import vertical_appliers

        vertical_appliers.register(vertical.apply_template)
