"""The knowledge app's part of a vertical template: sample FAQs and escalation phrases.

Sample FAQs arrive switched off: they are wording to adapt, and the agent
must not quote another business's prices or policies as this one's. The
escalation phrases join the workspace's own. Applying again adds nothing twice.
"""

from __future__ import annotations

from knowledge.models import FAQ
from knowledge.services.answers import knowledge_settings
from knowledge.services.faqs import faq_create


def apply_template(tenant, template) -> None:
    existing = {q.lower() for q in FAQ.objects.values_list("question", flat=True)}
    for sample in template.sample_faqs:
        if sample.question.lower() not in existing:
            faq_create(question=sample.question, answer=sample.answer, is_active=False)
    settings_row = knowledge_settings()
    phrases = list(settings_row.escalation_phrases)
    for rule in template.escalation_rules:
        phrases += [p.lower() for p in rule.phrases if len(p) <= 100]
    phrases = list(dict.fromkeys(phrases))
    if phrases != list(settings_row.escalation_phrases):
        settings_row.escalation_phrases = phrases
        settings_row.save(update_fields=["escalation_phrases", "updated_at"])
