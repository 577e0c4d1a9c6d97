"""Knowledge use cases, one module per concern: sources and syncing, indexing, FAQs, answers, gaps."""
