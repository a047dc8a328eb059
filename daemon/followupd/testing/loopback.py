"""What every loopback test server needs: a free port and a fresh self-signed certificate."""

from __future__ import annotations

import socket
import subprocess
from pathlib import Path

# Valid for the names a client may use for 127.0.0.1; short-lived, it only lives for a run.
_OPENSSL_SELF_SIGNED = (
    *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "7"),
    *("-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"),
)


def free_port(host: str) -> int:
    """A TCP port that is free right now on `host` (the kernel picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def self_signed_certificate(cert_file: Path, key_file: Path) -> None:
    """Write a new certificate (also its own CA) and its private key, the key mode 0600."""
    subprocess.run(
        [*_OPENSSL_SELF_SIGNED, "-keyout", str(key_file), "-out", str(cert_file)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    key_file.chmod(0o600)
