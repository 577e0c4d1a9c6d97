"""Delivery adapters for notifications: SMS (Twilio + sandbox) and email (Django mail + sandbox backend)."""
