from django.apps import AppConfig


class PropertiesConfig(AppConfig):
    name = "properties"

    def ready(self):
        from contacts import hooks
        from properties import matching

        hooks.panels.register(matching.contact_panel)
