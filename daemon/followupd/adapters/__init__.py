"""The I/O shell: the only place imapclient, mail-parser, sqlite3 and APScheduler are used."""
