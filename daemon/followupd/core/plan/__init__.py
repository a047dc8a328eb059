"""Planning applications: threads, their state, and the drafts the policy wants."""
