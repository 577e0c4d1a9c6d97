"""The calls API: calls and recordings (calls.py), agents, numbers and voice settings (agents.py)."""
