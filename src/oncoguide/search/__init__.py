"""Search: page search over the knowledge base (pages.py) and passage search over ingested sources.

Passages: index.py (Tantivy, BM25 with synonyms, document scores and feedback), passages.py (the on-disk index
that follows the store: incremental, refreshed, repaired), vectors.py + embed.py + hybrid.py (search by meaning).
"""
