"""Job-search stories for end-to-end tests: mail on a timeline, `followupd` runs, Drafts read."""

from storykit.mail import ME, Mail, Person, ics
from storykit.story import Draft, Story, read_folder

__all__ = ["ME", "Draft", "Mail", "Person", "Story", "ics", "read_folder"]
