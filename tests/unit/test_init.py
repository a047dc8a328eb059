"""`followupd init`: presets, the written file (mode, no secrets, loads cleanly), refusals."""

from __future__ import annotations

import builtins
import os
import secrets as random_source
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from followupd.cli import main
from followupd.config import load_config
from followupd.errors import ConfigError
from followupd.presets import (
    PROVIDERS,
    InitAnswers,
    build_starter_config,
    detect_provider,
    guess_timezone,
    name_from_email,
    render_config,
    write_config,
)

ENV = {"HOME": "/home/jane", "TZ": "Europe/Berlin"}


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The CLI reads os.environ: keep it away from the real home and time zone."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("TZ", "America/Chicago")
    for var in ("FOLLOWUPD_CONFIG", "CONFIGURATION_DIRECTORY", "XDG_CONFIG_HOME"):
        monkeypatch.delenv(var, raising=False)


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(
    ("email", "provider"),
    [
        ("a@gmail.com", "gmail"),
        ("a@GoogleMail.com", "gmail"),
        ("a@outlook.com", "outlook"),
        ("a@hotmail.com", "outlook"),
        ("a@live.com", "outlook"),
        ("a@fastmail.com", "fastmail"),
        ("a@fastmail.fm", "fastmail"),
        ("a@icloud.com", "icloud"),
        ("a@me.com", "icloud"),
        ("a@mac.com", "icloud"),
        ("a@yahoo.com", "yahoo"),
        ("a@example.org", "generic"),
        ("no-at-sign", "generic"),
    ],
)
def test_detect_provider(email: str, provider: str) -> None:
    assert detect_provider(email) == provider


def test_presets_hosts_and_notes() -> None:
    hosts = {k: (p.host, p.port, p.tls) for k, p in PROVIDERS.items()}
    assert hosts == {
        "gmail": ("imap.gmail.com", 993, "implicit"),
        "outlook": ("outlook.office365.com", 993, "implicit"),
        "fastmail": ("imap.fastmail.com", 993, "implicit"),
        "icloud": ("imap.mail.me.com", 993, "implicit"),
        "yahoo": ("imap.mail.yahoo.com", 993, "implicit"),
        "generic": (None, 993, "implicit"),
    }
    assert [k for k, p in PROVIDERS.items() if p.oauth2_only] == ["outlook"]
    assert "OAuth2" in PROVIDERS["outlook"].note
    for key in ("gmail", "fastmail", "icloud", "yahoo"):
        assert "app" in PROVIDERS[key].note and "password" in PROVIDERS[key].note


def test_name_and_timezone_guesses() -> None:
    assert name_from_email("jane.doe@x.org") == "Jane Doe"
    assert name_from_email("j_o-e+jobs@x.org") == "J O E Jobs"
    assert guess_timezone({"TZ": ":Asia/Tokyo"}) == "Asia/Tokyo"
    # A bogus $TZ falls through to the machine's own zone, which is always a real name.
    from zoneinfo import ZoneInfo

    ZoneInfo(guess_timezone({"TZ": "Not/AZone"}))


@pytest.mark.parametrize("provider", [k for k in PROVIDERS if k not in ("outlook", "generic")])
def test_every_password_preset_writes_a_config_that_loads(tmp_path: Path, provider: str) -> None:
    answers = InitAnswers(email=f"Jane.Doe@{PROVIDERS[provider].domains[0]}")
    data, chosen = build_starter_config(answers, ENV, tmp_path)
    assert chosen.key == provider
    path = tmp_path / "cfg" / "config.toml"
    write_config(path, render_config(data), force=False)
    cfg = load_config(path, ENV)
    (acct,) = cfg.accounts
    assert (acct.name, acct.host, acct.port, acct.tls) == (
        provider,
        PROVIDERS[provider].host,
        993,
        "implicit",
    )
    assert acct.username == answers.email
    assert acct.credential.source == "env" and acct.credential.value == "FOLLOWUPD_PASSWORD"
    assert cfg.identity.email == answers.email.lower() and cfg.identity.name == "Jane Doe"
    assert cfg.schedule.timezone == "Europe/Berlin"
    assert mode_of(path) == 0o600 and mode_of(path.parent) == 0o700


def test_outlook_needs_an_oauth2_token_command(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        build_starter_config(InitAnswers(email="j@outlook.com"), ENV, tmp_path)
    assert info.value.problems == [
        "--oauth2-token-command: required: Outlook.com / Microsoft 365 accepts only OAuth2 for IMAP"
    ]
    answers = InitAnswers(
        email="j@outlook.com",
        credential_key="oauth2_token_command",
        credential_value="token-helper --account j",
    )
    data, _ = build_starter_config(answers, ENV, tmp_path)
    path = tmp_path / "config.toml"
    write_config(path, render_config(data), force=False)
    acct = load_config(path, ENV).accounts[0]
    assert acct.host == "outlook.office365.com"
    assert acct.credential.mechanism == "xoauth2"
    assert acct.credential.value == "token-helper --account j"


def test_generic_needs_a_host_and_reports_every_bad_answer(tmp_path: Path) -> None:
    answers = InitAnswers(email="jane@example", port=0, timezone="Mars/Base", name="A\nB")
    with pytest.raises(ConfigError) as info:
        build_starter_config(answers, ENV, tmp_path)
    assert info.value.problems == [
        "--host: required for a generic IMAP provider, e.g. imap.example.com",
        "--port: expected an integer 1-65535, got 0",
        "--name: expected your name on one line, got 'A\\nB'",
        "--email: expected an address like you@example.com, got 'jane@example'",
        "--timezone: unknown time zone 'Mars/Base'; expected an IANA name like 'Europe/Berlin'",
    ]


def test_generic_starttls_defaults_port_and_keeps_file_paths_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    answers = InitAnswers(
        email="jane@example.org",
        host="mail.example.org",
        tls="starttls",
        username="jane",
        credential_key="password_file",
        credential_value="secret/pw",
    )
    data, _ = build_starter_config(answers, ENV, tmp_path / "elsewhere")
    acct = data["accounts"][0]
    assert (acct["name"], acct["port"], acct["tls"], acct["username"]) == (
        "mail",
        143,
        "starttls",
        "jane",
    )
    assert acct["password_file"] == str(tmp_path / "secret" / "pw")


def test_write_refuses_to_overwrite_and_force_replaces_privately(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("old")
    path.chmod(0o644)
    with pytest.raises(ConfigError) as info:
        write_config(path, "new = 1\n", force=False)
    assert info.value.problems == [f"{path}: already exists; pass --force to replace it"]
    assert path.read_text() == "old"
    write_config(path, "new = 1\n", force=True)
    assert path.read_text() == "new = 1\n" and mode_of(path) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.toml"]


def test_write_leaves_existing_parent_modes_alone(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    write_config(tmp_path / "a" / "b" / "config.toml", "x = 1\n", force=False)
    assert mode_of(tmp_path) == 0o755
    assert mode_of(tmp_path / "a") == 0o700 and mode_of(tmp_path / "a" / "b") == 0o700


def test_cli_non_interactive_never_writes_the_secret(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    password = random_source.token_urlsafe(16)
    monkeypatch.setenv("FOLLOWUPD_PASSWORD", password)
    out = tmp_path / "config.toml"
    code = main(
        [
            "init",
            "--non-interactive",
            "--email",
            "jane@fastmail.com",
            "--name",
            "Jane Q",
            "-o",
            str(out),
        ]
    )
    assert code == 0
    text = out.read_text()
    assert password not in text and "password =" not in text
    printed = capsys.readouterr().out
    assert f"Wrote {out} (mode 0600) for Fastmail at imap.fastmail.com:993." in printed
    assert PROVIDERS["fastmail"].note in printed
    assert f"Next: followupd check --config {out}" in printed
    cfg = load_config(out, os.environ)
    assert cfg.identity.name == "Jane Q" and cfg.schedule.timezone == "America/Chicago"


def test_cli_flags_for_each_credential_source(tmp_path: Path) -> None:
    flags = {
        "--password-command": ("command", "pass show mail"),
        "--password-env": ("env", "MY_IMAP_PW"),
        "--password-credential": ("systemd", "imap"),
        "--oauth2-token-command": ("oauth2_command", "get-token"),
    }
    for i, (flag, (source, value)) in enumerate(flags.items()):
        out = tmp_path / f"c{i}.toml"
        assert (
            main(
                ["init", "--non-interactive", "--email", "j@gmail.com", flag, value, "-o", str(out)]
            )
            == 0
        )
        cred = load_config(out, os.environ).accounts[0].credential
        assert (cred.source, cred.value) == (source, value)


def test_cli_bad_answers_exit_78_with_every_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "config.toml"
    argv = [
        "init",
        "--non-interactive",
        "--email",
        "j@x.org",
        "--timezone",
        "Mars/Base",
        "-o",
        str(out),
    ]
    assert main(argv) == 78
    err = capsys.readouterr().err
    assert "followupd: config: --host: required for a generic IMAP provider" in err
    assert "followupd: config: --timezone: unknown time zone 'Mars/Base'" in err
    assert not out.exists()
    assert main(["init", "--non-interactive", "-o", str(out)]) == 78
    assert "--email: required with --non-interactive" in capsys.readouterr().err


def test_cli_refuses_to_overwrite_before_asking(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "config.toml"
    out.write_text("mine")
    monkeypatch.setattr(builtins, "input", _no_questions)
    assert main(["init", "-o", str(out)]) == 78
    assert "already exists; pass --force" in capsys.readouterr().err
    assert out.read_text() == "mine"


def _no_questions(prompt: str = "") -> str:
    raise AssertionError(f"asked {prompt!r}")


def scripted(answers: list[str], asked: list[str]) -> object:
    replies: Iterator[str] = iter(answers)

    def fake_input(prompt: str = "") -> str:
        asked.append(prompt)
        return next(replies)  # StopIteration would mean an unexpected question

    return fake_input


def test_interactive_generic_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    answers = [
        "jane@example.org",  # address
        "",  # name: default from the address
        "",  # provider: detected (generic)
        "imap.example.org",  # host
        "starttls",  # TLS
        "",  # port: 143 by default for starttls
        "jane",  # login
        "command",  # password source
        "pass show example",  # the command
        "Europe/Lisbon",  # time zone
        "Jane Example",  # signature, line 1
        "+351 555 0100 · jane.example.org",  # line 2
        "",  # the empty line that ends it
        "I rebuilt our billing pipeline and cut month-end close from 5 days to 1.",  # pitch
    ]
    monkeypatch.setattr(builtins, "input", scripted(answers, asked))
    out = tmp_path / "config.toml"
    assert main(["init", "-o", str(out)]) == 0
    assert asked[1] == "Your name, as drafts should show it [Jane]: "
    assert asked[2].endswith("[generic]: ") and asked[5] == "Port [143]: "
    assert asked[10:13] == ["Signature, line 1: ", "Signature, line 2: ", "Signature, line 3: "]
    assert asked[13] == "Your pitch, one sentence (empty to skip): "
    cfg = load_config(out, os.environ)
    acct = cfg.accounts[0]
    assert (acct.host, acct.port, acct.tls, acct.username) == (
        "imap.example.org",
        143,
        "starttls",
        "jane",
    )
    assert (acct.credential.source, acct.credential.value) == ("command", "pass show example")
    assert cfg.identity.name == "Jane" and cfg.schedule.timezone == "Europe/Lisbon"
    assert cfg.identity.signature == "Jane Example\n+351 555 0100 · jane.example.org"
    assert cfg.identity.pitch == (answers[-1],)
    assert 'signature = """\nJane Example\n+351' in out.read_text()  # readable in the file


def test_interactive_outlook_asks_only_for_a_token_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answers = ["jane@hotmail.com", "Jane Roe", "", "", "oauth-helper jane", "", "", ""]
    monkeypatch.setattr(builtins, "input", scripted(answers, asked))
    out = tmp_path / "config.toml"
    assert main(["init", "-o", str(out)]) == 0
    assert asked[4] == "Command that prints an OAuth2 access token: "
    assert asked[5] == "Your time zone [America/Chicago]: "
    cfg = load_config(out, os.environ)
    assert cfg.accounts[0].host == "outlook.office365.com"
    assert cfg.accounts[0].credential.mechanism == "xoauth2"
    # No signature and no pitch: the name signs, and drafts keep their line to fill in.
    assert (cfg.identity.signature, cfg.identity.pitch) == ("", ())
    assert "signature" not in out.read_text() and "pitch" not in out.read_text()


def test_interactive_bad_answers_are_explained_and_asked_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    asked: list[str] = []
    answers = [
        *("jane@", "jane@example.org"),
        "",
        *("aol", "Generic"),
        *("imap example org", "imap.example.org"),
        *("startls", "implicit"),
        *("99999", "nine", "993"),
        "",  # login name: the address
        *("keyring", "env"),
        *("MY-PASSWORD", "MY_PASSWORD"),
        *("Mars/Base", "Europe/Lisbon"),
        *("", ""),
    ]
    monkeypatch.setattr(builtins, "input", scripted(answers, asked))
    out = tmp_path / "config.toml"
    assert main(["init", "-o", str(out)]) == 0
    said = capsys.readouterr().out
    reasons = [line.strip() for line in said.splitlines() if line.endswith("Please try again.")]
    assert reasons == [
        "That does not look like an email address (like jane@example.com). Please try again.",
        "'aol' is not one of the choices: gmail, outlook, fastmail, icloud, yahoo, generic. "
        "Please try again.",
        "That is not a server name (like imap.example.com). Please try again.",
        "Please answer implicit or starttls (your provider's help pages say which). "
        "Please try again.",
        "A port is a whole number from 1 to 65535, like 993. Please try again.",
        "A port is a whole number from 1 to 65535, like 993. Please try again.",
        "'keyring' is not one of the choices: env, command, file, credential, oauth2. "
        "Please try again.",
        "A variable name has only letters, digits and _, and does not start with a digit. "
        "Please try again.",
        "'Mars/Base' is not a time zone name; they look like Europe/Berlin or America/Chicago. "
        "Please try again.",
    ]
    interview = said[: said.index("Wrote ")]
    assert "--" not in interview  # the questions and their reasons never talk about flags
    assert asked.count("Your email address: ") == 2 and asked.count("Port [993]: ") == 3
    cfg = load_config(out, os.environ)
    assert (cfg.accounts[0].host, cfg.accounts[0].port) == ("imap.example.org", 993)
    assert cfg.accounts[0].credential.value == "MY_PASSWORD"
    assert cfg.schedule.timezone == "Europe/Lisbon"


def test_interactive_closed_stdin_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "config.toml"

    def then_closed(prompt: str = "") -> str:
        if len(seen) < 3:
            seen.append(prompt)
            return ["j@x.org", "", ""][len(seen) - 1]
        raise EOFError

    seen: list[str] = []
    monkeypatch.setattr(builtins, "input", then_closed)
    assert main(["init", "-o", str(out)]) == 78
    err = capsys.readouterr().err
    assert err == (
        "followupd: config: init: the input ended before every question was answered; "
        "nothing was written\n"
    )
    assert not out.exists()


def test_answers_to_questions_are_reported_in_plain_words(tmp_path: Path) -> None:
    answers = InitAnswers(email="jane@example", port=0, timezone="Mars/Base", name="A\nB")
    with pytest.raises(ConfigError) as info:
        build_starter_config(answers, ENV, tmp_path, plain=True)
    assert info.value.problems == [
        "the IMAP server: required for a generic IMAP provider, e.g. imap.example.com",
        "the port: expected an integer 1-65535, got 0",
        "your name: expected your name on one line, got 'A\\nB'",
        "your email address: expected an address like you@example.com, got 'jane@example'",
        "your time zone: unknown time zone 'Mars/Base'; expected an IANA name like 'Europe/Berlin'",
    ]


def test_cli_flags_for_signature_and_pitch(tmp_path: Path) -> None:
    out = tmp_path / "config.toml"
    argv = ["init", "--non-interactive", "--email", "j@gmail.com", "-o", str(out)]
    pitch = "I cut the build time of a 2M-line monorepo in half."
    assert main([*argv, "--signature", "Jo Smith\n+1 555 0100", "--pitch", pitch]) == 0
    identity = load_config(out, os.environ).identity
    assert (identity.signature, identity.pitch) == ("Jo Smith\n+1 555 0100", (pitch,))


def test_interactive_password_file_others_can_read_is_asked_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "pw"
    secret.write_text("hunter2\n")
    secret.chmod(0o644)
    answers = ["jane@gmail.com", "", "", "", "file", "Europe/Lisbon", "", ""]
    asked: list[str] = []

    def user(prompt: str = "") -> str:
        asked.append(prompt)
        if not prompt.startswith("File holding the password"):
            return answers.pop(0)
        if len([p for p in asked if p == prompt]) == 2:
            secret.chmod(0o600)  # between the two tries, the user took the advice
        return str(secret)

    monkeypatch.setattr(builtins, "input", user)
    out = tmp_path / "config.toml"
    assert main(["init", "-o", str(out)]) == 0
    assert (
        f"  {secret} holds a secret, yet mode 0644 lets other users read it; "
        f"fix: chmod go-rwx {secret}. Please try again.\n"
    ) in capsys.readouterr().out
    assert asked.count("File holding the password: ") == 2
    assert load_config(out, os.environ).accounts[0].credential.value == str(secret)


def test_cli_state_dir_for_the_system_service(tmp_path: Path) -> None:
    # The system unit's state directory, named in the config so that `sudo followupd status
    # -c /etc/followupd/config.toml` reads what the service wrote.
    out = tmp_path / "config.toml"
    argv = ["init", "--non-interactive", "--email", "j@gmail.com", "-o", str(out)]
    extra = ["--password-credential", "imap-password", "--state-dir", "/var/lib/followupd"]
    assert main([*argv, *extra]) == 0
    assert load_config(out, {}).storage.state_dir == Path("/var/lib/followupd")
    assert '[storage]\nstate_dir = "/var/lib/followupd"' in out.read_text()
