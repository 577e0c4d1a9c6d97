"""Billing use cases, by topic: ledger (balance), usage (rating), invoices, checkout and Stripe events."""
