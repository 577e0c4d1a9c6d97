"""GDPR erase for the training loop: flags quote what a caller said and what the bot answered them.

Those quotes are blanked for the erased person's calls and conversations; the
better answer (written by staff) and what it became stay.
"""

from __future__ import annotations

from django.db.models import Q

from contacts.hooks import Erasure
from knowledge.models import Flag


def flags_erase(erasure: Erasure) -> None:
    condition = Q(call__contact_id__in=erasure.contact_ids) | Q(
        message__conversation__contact_id__in=erasure.contact_ids
    )
    if erasure.phones:
        condition |= Q(call__direction="outbound", call__to_number__in=erasure.phones)
        condition |= Q(call__direction="inbound", call__from_number__in=erasure.phones)
    Flag.objects.filter(pk__in=Flag.objects.filter(condition).values("pk")).update(question="", bot_answer="", note="")
