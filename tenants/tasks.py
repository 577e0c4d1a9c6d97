from celery import shared_task

from tenants.invitations import send_invitation


@shared_task(name="tenants.send_invitation_email", autoretry_for=(OSError,), retry_backoff=30, max_retries=5)
def send_invitation_email(membership_id: int) -> None:
    send_invitation(membership_id=membership_id)
