"""Where the search stands as a whole: funnel, weekly series, response times, timelines.

Pure: application views, ledger entries and `now` in, frozen values out. The shell renders
them (`followupd.report_page`) and writes the file.
"""
