from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "knowledge"

    def ready(self):
        from calls.hooks import voice_knowledge
        from knowledge.services.answers import VOICE_KNOWLEDGE

        voice_knowledge.register(VOICE_KNOWLEDGE)
