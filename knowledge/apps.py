from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "knowledge"

    def ready(self):
        from calls.hooks import voice_knowledge
        from contacts import hooks
        from knowledge import vertical
        from knowledge.privacy import flags_erase
        from knowledge.services.answers import VOICE_KNOWLEDGE
        from knowledge.services.widget import widget_apply_template
        from tenants.hooks import vertical_appliers

        voice_knowledge.register(VOICE_KNOWLEDGE)
        hooks.erasers.register(flags_erase)
        vertical_appliers.register(widget_apply_template)
        vertical_appliers.register(vertical.apply_template)
