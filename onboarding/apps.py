from django.apps import AppConfig


class OnboardingConfig(AppConfig):
    name = "onboarding"
    verbose_name = "Signup and onboarding"

    def ready(self):
        from onboarding import selectors
        from tenants.hooks import setup_items

        setup_items.register(selectors.wizard_setup_item)
