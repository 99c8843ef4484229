"""Turning a target (a file path or a SQLAlchemy URL) into a configured engine."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.pool import StaticPool

from casewatch.errors import StoreError, message

# Set on the engine used for writes: SQLite then takes the write lock at BEGIN, so a second
# writer waits (busy_timeout) instead of failing with "database is locked" on lock upgrade.
WRITE_OPTION = "casewatch_write"

# Stored JSON (facts, lists, views' rows) is read with orjson: a refresh after a batch decodes some
# hundred thousand small values, several times faster so. What is written stays the standard
# library's text, which queries and comparisons read as it is; the rare text orjson refuses (a lone
# surrogate escaped, from a name that was no valid Unicode) is read by the standard library.
_SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=30000",
    "PRAGMA synchronous=NORMAL",
)


def _json_value(text: str | bytes) -> Any:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


def url_of(target: str) -> URL:
    """A URL for a path (SQLite), `:memory:` or a SQLAlchemy URL."""
    try:
        if target == ":memory:":
            return sa.make_url("sqlite://")
        if "://" in target:
            return _with_default_driver(sa.make_url(target))
    except sa.exc.ArgumentError as exc:
        raise StoreError(message("store_target", target=target, detail=exc)) from exc
    if not target.strip():
        raise StoreError(message("store_target", target=target, detail="empty"))
    return URL.create("sqlite+pysqlite", database=str(Path(target).expanduser().resolve()))


def _with_default_driver(url: URL) -> URL:
    """`postgresql://` and `postgres://` mean psycopg 3, the driver casewatch installs."""
    if url.drivername in ("postgresql", "postgres"):
        return url.set(drivername="postgresql+psycopg")
    return url


def label_of(url: URL) -> str:
    """How the database is named in messages: the file path, or the URL without password."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" listener issue BEGIN, so DDL is transactional too.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in _SQLITE_PRAGMAS:
        cursor.execute(pragma)
    cursor.close()
    # SQLite's lower() folds ASCII only; filters on names need Unicode case folding.
    dbapi_connection.create_function("casefold", 1, _casefold, deterministic=True)


def _casefold(value: Any) -> Any:
    return value.casefold() if isinstance(value, str) else value


def _sqlite_begin(conn: Connection) -> None:
    write = conn.get_execution_options().get(WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _sqlite_engine(url: URL) -> Engine:
    if not url.database or url.database == ":memory:":
        engine = sa.create_engine(
            url,
            poolclass=StaticPool,
            connect_args={"check_same_thread": False},
            json_deserializer=_json_value,
        )
    else:
        engine = sa.create_engine(url, json_deserializer=_json_value)
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


# A pooled PostgreSQL connection idle this long (seconds) is tried before it is handed out: the
# server may have closed it (a restart, an idle timeout). One reused sooner is not: a try on
# every checkout (`pool_pre_ping`) costs a round trip per store call.
PING_AFTER_IDLE = 5.0


def _idle_from(_dbapi_connection: Any, record: Any) -> None:
    record.info["idle_since"] = time.monotonic()


def _ping(dbapi_connection: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("SELECT 1")
    finally:
        cursor.close()
    dbapi_connection.rollback()  # the try opened a transaction: hand the connection out clean


def _tried_when_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    """A connection idle long is tried; a dead one makes the pool open another."""
    since = record.info.pop("idle_since", None)
    if since is None or time.monotonic() - since < PING_AFTER_IDLE:
        return
    try:
        _ping(dbapi_connection)
    except Exception as exc:  # the driver's own error, whatever it is: the connection is gone
        raise sa.exc.DisconnectionError(str(exc)) from exc


def _server_engine(url: URL) -> Engine:
    engine = sa.create_engine(url, json_deserializer=_json_value)
    event.listen(engine, "checkin", _idle_from)
    event.listen(engine, "checkout", _tried_when_idle)
    return engine


def create(url: URL) -> Engine:
    """An engine for the URL; SQLite gets its pragmas on every connection."""
    try:
        if url.get_backend_name() == "sqlite":
            return _sqlite_engine(url)
        return _server_engine(url)
    except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError, ImportError) as exc:
        raise StoreError(message("store_target", target=label_of(url), detail=exc)) from exc


def check_connection(engine: Engine) -> None:
    """Connect once, so a bad path, host or password is reported as such."""
    try:
        with engine.connect():
            pass
    except sa.exc.SQLAlchemyError as exc:
        detail = str(exc.orig if isinstance(exc, sa.exc.DBAPIError) else exc).strip()
        raise StoreError(message("store_open", target=label_of(engine.url), detail=detail)) from exc
