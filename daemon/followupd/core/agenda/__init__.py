"""The calendar feed's content: interviews, promised decision dates and the moments drafts will
be made, each with a stable UID and a revision that moves only when the event changes.

Pure: application views, the previous feed's revisions and `now` in, events out. The shell
(`followupd.calendar_feed`) writes them as RFC 5545 with icalendar.
"""
