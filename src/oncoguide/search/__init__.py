"""Search: page search over the knowledge base (pages.py); the passage index lives beside it."""
