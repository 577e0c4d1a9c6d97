"""Transcript insights behind one adapter: offline statistics by default, an OpenAI-compatible
model when configured (ANALYTICS_INSIGHTS_PROVIDER=openai with an API key)."""
