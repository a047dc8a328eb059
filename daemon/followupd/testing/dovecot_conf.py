"""Configuration templates for the private test Dovecot, one per config syntax (2.3 and 2.4)."""

from __future__ import annotations

from string import Template

# What Dovecot 2.3 advertises after login. `imap_capability` replaces the whole list, so a
# server "without UIDPLUS" or "without IDLE" is this list minus that word.
POST_LOGIN_CAPABILITIES = (
    "IMAP4rev1",
    "SASL-IR",
    "LOGIN-REFERRALS",
    "ID",
    "ENABLE",
    "IDLE",
    "SORT",
    "SORT=DISPLAY",
    "THREAD=REFERENCES",
    "THREAD=REFS",
    "THREAD=ORDEREDSUBJECT",
    "MULTIAPPEND",
    "URL-PARTIAL",
    "CATENATE",
    "UNSELECT",
    "CHILDREN",
    "NAMESPACE",
    "UIDPLUS",
    "LIST-EXTENDED",
    "I18NLEVEL=1",
    "CONDSTORE",
    "QRESYNC",
    "ESEARCH",
    "ESORT",
    "SEARCHRES",
    "WITHIN",
    "CONTEXT=SEARCH",
    "LIST-STATUS",
    "BINARY",
    "MOVE",
    "SNIPPET=FUZZY",
    "PREVIEW=FUZZY",
    "PREVIEW",
    "STATUS=SIZE",
    "SAVEDATE",
    "LITERAL+",
    "NOTIFY",
    "SPECIAL-USE",
    ").split(",
)

# Blocks both syntaxes share: special-use mailboxes (RFC 6154) and unchrooted helpers.
NAMESPACE_BLOCK = r"""namespace inbox {
  inbox = yes
  separator = /
  mailbox Drafts {
    special_use = \Drafts
    auto = subscribe
  }
  mailbox Sent {
    special_use = \Sent
    auto = subscribe
  }
  mailbox Trash {
    special_use = \Trash
    auto = subscribe
  }
}"""
SERVICE_TAIL = """service anvil {
  chroot =
  # No auth penalty: tests fail logins on purpose and must not slow later ones down.
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service ipc {
  chroot =
}
"""

# Dovecot 2.3 syntax (Debian 12). Variables: see DovecotServer._render_config.
DOVECOT_23 = Template(r"""# Private test server written by followupd.testing; not for production.
base_dir = $base_dir
state_dir = $state_dir
instance_name = $instance_name
log_path = $log_path
listen = $host
protocols = imap
shutdown_clients = yes

ssl = yes
ssl_cert = <$cert_file
ssl_key = <$key_file
# LOGIN over the plaintext port is allowed so that tls="none" on loopback can be tested.
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0

# One unprivileged account runs every service and owns every mailbox.
default_internal_user = $service_user
default_login_user = $service_user
first_valid_uid = 1

mail_location = maildir:~/Maildir:LAYOUT=fs
mail_fsync = never
mail_max_userip_connections = 200
$capability_line
protocol imap {
  # Post-login traffic of each connection lands in <home>/rawlog/*.in and *.out.
  rawlog_dir = %h/rawlog
  imap_id_log = *
}

passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $passwd_dir/%u.passwd
}
userdb {
  driver = passwd-file
  args = username_format=%u $passwd_dir/%u.passwd
}

$namespace_block
service imap-login {
  chroot =
  inet_listener imap {
    address = $host
    port = $imap_port
  }
  inet_listener imaps {
    address = $host
    port = $imaps_port
  }
}
$service_tail""")

# Dovecot 2.4 syntax (Debian 13), written from the 2.4 documentation; not exercised on a
# 2.3 machine, so treat it as a starting point until a 2.4 CI run proves it.
DOVECOT_24 = Template(r"""# Private test server written by followupd.testing; not for production.
dovecot_config_version = 2.4.0
dovecot_storage_version = 2.4.0
base_dir = $base_dir
state_dir = $state_dir
instance_name = $instance_name
log_path = $log_path
listen = $host
protocols {
  imap = yes
}
shutdown_clients = yes

ssl = yes
ssl_server_cert_file = $cert_file
ssl_server_key_file = $key_file
auth_allow_cleartext = yes
auth_mechanisms = plain login
auth_failure_delay = 0

default_internal_user = $service_user
default_login_user = $service_user
first_valid_uid = 1

mail_driver = maildir
mail_path = ~/Maildir
mailbox_list_layout = fs
mail_fsync = never
mail_max_userip_connections = 200
$capability_line
protocol imap {
  rawlog_dir = %{home}/rawlog
  imap_id_log = *
}

passdb passwd-file {
  passwd_file_path = $passwd_dir/%{user}.passwd
  default_password_scheme = PLAIN
}
userdb passwd-file {
  passwd_file_path = $passwd_dir/%{user}.passwd
}

$namespace_block
service imap-login {
  chroot =
  inet_listener imap {
    listen = $host
    port = $imap_port
  }
  inet_listener imaps {
    listen = $host
    port = $imaps_port
  }
}
$service_tail""")


def template_for(version: str) -> Template:
    """The config template matching `dovecot --version` output (2.4 and later use new syntax)."""
    major, _, rest = version.strip().partition(".")
    minor = rest.partition(".")[0]
    try:
        numbers = (int(major), int(minor))
    except ValueError:
        return DOVECOT_23
    return DOVECOT_24 if numbers >= (2, 4) else DOVECOT_23
