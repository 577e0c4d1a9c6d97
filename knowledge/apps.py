from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "knowledge"

    def ready(self):
        from knowledge.services.widget import widget_apply_template
        from tenants.hooks import vertical_appliers

        vertical_appliers.register(widget_apply_template)
