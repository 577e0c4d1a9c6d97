"""Plug-in points of the appointments app (see voiceplatform.plugins).

- `guest_messengers` (a Registry): each is asked to message the guest about
  an appointment, `(tenant=, appointment=, event=, resend=) -> list[str]`
  (the channels it queued), when staff resend a confirmation. The
  notifications app registers its outbox in NotificationsConfig.ready(), so
  appointments imports nothing from it.
"""

from voiceplatform.plugins import Registry

guest_messengers = Registry("appointments.guest_messengers")
