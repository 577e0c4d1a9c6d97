"""What the campaigns app keeps about a person, for the GDPR export and erasure.

Registered with `contacts.hooks` in CampaignsConfig.ready(). Erasure keeps the
target and attempt rows (campaign progress, statistics and costs count them)
and removes the per-person script variables and notes. The erased contact is
never called again: the compliance guard refuses erased contacts.
"""

from __future__ import annotations

from campaigns.models import CallAttempt, CampaignContact
from contacts.hooks import Erasure


def campaigns_export(contact) -> dict:
    targets = CampaignContact.objects.filter(contact=contact).select_related("campaign").order_by("created_at", "id")
    return {
        "campaigns": [
            {
                "campaign": target.campaign.name,
                "state": target.state,
                "reason": target.reason,
                "final_outcome": target.final_outcome,
                "variables": target.variables,
                "attempts": [
                    {
                        "number": a.number,
                        "state": a.state,
                        "outcome": a.outcome,
                        "note": a.note,
                        "placed_at": a.placed_at and a.placed_at.isoformat(),
                    }
                    for a in CallAttempt.objects.filter(target=target).order_by("number", "id")
                ],
            }
            for target in targets
        ]
    }


def campaigns_erase(erasure: Erasure) -> None:
    CampaignContact.objects.filter(contact_id__in=erasure.contact_ids).update(variables={})
    CallAttempt.objects.filter(contact_id__in=erasure.contact_ids).exclude(note="").update(note="")
