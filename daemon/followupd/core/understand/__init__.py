"""Reading one message: its label, people, organisation, and whether to fetch it."""
