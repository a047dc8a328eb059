"""A throwaway job-search mailbox and the `followupd demo` walk-through built on it."""
