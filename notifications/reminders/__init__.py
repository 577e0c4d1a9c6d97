"""Scheduled appointment reminders by email and SMS, and the daily summary email."""
