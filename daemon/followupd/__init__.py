"""followupd: drafts the right job-search follow-up at the right time, never sends on its own."""

__version__ = "0.1.0"
