"""Voice provider adapters behind the interface in calls/voice.py: `retell` (the real one) and `sandbox`."""
