"""A deterministic generator of labelled recruiting (and non-recruiting) mail.

``python -m bench.corpus --out DIR`` writes ``m00001.eml``... and ``labels.jsonl``; see
bench/README.md for what the corpus holds and how its ground truth is defined.
"""
