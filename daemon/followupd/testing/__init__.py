"""Test support that ships with the package: a private Dovecot for tests, benchmarks and demos."""

from followupd.testing.dovecot import DovecotError, DovecotServer, MailUser

__all__ = ["DovecotError", "DovecotServer", "MailUser"]
