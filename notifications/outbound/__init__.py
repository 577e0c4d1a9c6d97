"""Outbound customer webhooks (Standard Webhooks 1.0) and Zapier-style REST hooks, fed by the event catalogue."""
