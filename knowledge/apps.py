from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "knowledge"

    def ready(self):
        from contacts import hooks
        from knowledge.privacy import flags_erase

        hooks.erasers.register(flags_erase)
