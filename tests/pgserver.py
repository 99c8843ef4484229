"""A throwaway private PostgreSQL server for tests: initdb + pg_ctl on a free loopback port.

Importable as a plain module (`import pgserver` after adding tests/ to sys.path, or by path)
so any test folder can reuse it. Nothing runs at import time.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

REQUIRE_ENV = "CASEWATCH_REQUIRE_POSTGRES"
SERVICE_USER = "postgres"  # initdb refuses to run as root
DB_USER = "app"


class PostgresUnavailable(RuntimeError):
    """The PostgreSQL server binaries are missing or the server did not start."""


def required() -> bool:
    """CI sets CASEWATCH_REQUIRE_POSTGRES=1: a missing server then fails instead of skipping."""
    return os.environ.get(REQUIRE_ENV, "") not in ("", "0")


def find_bindir() -> Path | None:
    """The folder holding initdb and pg_ctl: PATH first, then Debian's versioned folders."""
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(on_path).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True)
    for folder in candidates:
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def _version_key(folder: str) -> int:
    version = Path(folder).parent.name
    return int(version) if version.isdigit() else 0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_service_user() -> list[str]:
    """Prefix that runs a command as the postgres user when we are root."""
    if os.geteuid() != 0:
        return []
    runuser = shutil.which("runuser")
    if not runuser:
        raise PostgresUnavailable("running as root but `runuser` is missing")
    return [runuser, "-u", SERVICE_USER, "--"]


@dataclass(frozen=True)
class PgServer:
    """A running server; `url(dbname)` gives a SQLAlchemy URL for one of its databases."""

    bindir: Path
    datadir: Path
    port: int

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql+psycopg://{DB_USER}@127.0.0.1:{self.port}/{dbname}"

    def _execute(self, dbname: str, sql: str) -> None:
        import psycopg

        dsn = f"host=127.0.0.1 port={self.port} user={DB_USER} dbname={dbname}"
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(sql.encode())

    def create_database(self, prefix: str = "test") -> str:
        """A fresh empty database (about a second); returns its SQLAlchemy URL."""
        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        self._execute("postgres", f'CREATE DATABASE "{name}"')
        return self.url(name)

    def create_schema(self, dbname: str, prefix: str = "test") -> str:
        """A fresh empty schema in a database (milliseconds): a URL whose search_path is that schema."""
        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        self._execute(dbname, f'CREATE SCHEMA "{name}"')
        return f"{self.url(dbname)}?options=-csearch_path%3D{name}"

    def stop(self) -> None:
        cmd = [*_as_service_user(), str(self.bindir / "pg_ctl"), "-D", str(self.datadir)]
        subprocess.run([*cmd, "stop", "-m", "immediate"], capture_output=True, check=False)


def _run(cmd: list[str]) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise PostgresUnavailable(f"{' '.join(cmd)} failed:\n{done.stdout}\n{done.stderr}")


def _make_datadir(root: Path) -> Path:
    datadir = root / "data"
    datadir.mkdir(mode=0o700)
    if os.geteuid() == 0:
        shutil.chown(root, SERVICE_USER)
        shutil.chown(datadir, SERVICE_USER)
    return datadir


def start(bindir: Path, root: Path) -> PgServer:
    """initdb a cluster under `root` and start it on a free loopback port."""
    datadir = _make_datadir(root)
    prefix = _as_service_user()
    initdb = [str(bindir / "initdb"), "-D", str(datadir), "-A", "trust", "-U", DB_USER, "-E", "UTF8"]
    _run([*prefix, *initdb, "--no-sync"])
    return launch(bindir, datadir)


def launch(bindir: Path, datadir: Path) -> PgServer:
    """Start the cluster in `datadir` (made by `start`, since stopped) on a free loopback port."""
    port = free_port()
    options = f"-p {port} -h 127.0.0.1 -k {datadir} -c fsync=off"
    log = datadir / "server.log"
    ctl = [*_as_service_user(), str(bindir / "pg_ctl"), "-D", str(datadir)]
    _run([*ctl, "-o", options, "-l", str(log), "-w", "start"])
    return PgServer(bindir, datadir, port)


@contextmanager
def running() -> Iterator[PgServer]:
    """A server for the duration of the block; raises PostgresUnavailable without binaries."""
    bindir = find_bindir()
    if bindir is None:
        raise PostgresUnavailable("PostgreSQL server binaries (initdb, pg_ctl) not found")
    root = Path(tempfile.mkdtemp(prefix="casewatch-pg-"))
    if os.geteuid() == 0:
        root.chmod(0o755)
    try:
        server = start(bindir, root)
        try:
            yield server
        finally:
            server.stop()
    finally:
        shutil.rmtree(root, ignore_errors=True)
