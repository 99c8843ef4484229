"""Every error casewatch raises on purpose, and the messages users see, in one place."""

from __future__ import annotations


class CasewatchError(Exception):
    """Base of all errors that carry a message meant for the user."""


class ReadError(CasewatchError):
    """A file could not be read into text: corrupt, unsupported, empty or over a limit."""


class UnsupportedFormat(ReadError):
    pass


class LimitExceeded(ReadError):
    pass


class PipelineError(CasewatchError):
    """The extraction pipeline is declared wrongly (a programming error, not bad input)."""


class StoreError(CasewatchError):
    """The database could not be opened, migrated or written."""


class NotFound(CasewatchError):
    pass


class AccessError(CasewatchError):
    """A login, account change or permission was refused."""


class SearchStopped(CasewatchError):
    """A search was stopped: over its time limit, or its client went away."""


class Cancelled(Exception):
    """Long work (a collection load, a view refresh) gave up because it was asked to stop."""


MESSAGES = {
    "empty": "the file is empty",
    "too_large": "the file is {size:,} bytes, over the limit of {limit:,} bytes",
    "timeout": "reading took longer than {seconds:g} s and was stopped",
    "crashed": "the reader process died ({detail})",
    "unsupported": "unsupported file type ({detail})",
    "bomb": "the archive expands to more than {limit:,} bytes (possible zip bomb)",
    "depth": "attachments nested deeper than {limit} levels",
    "corrupt": "the file is damaged or not a valid {kind} file: {detail}",
    "no_text": "no text could be found in the file",
    "decode": "the text encoding could not be determined",
    "bomb_ratio": (
        "a part of the archive expands {ratio:,}-fold, over the limit of {limit:,}-fold (possible zip bomb)"
    ),
    "too_many_chars": "the file holds more than {limit:,} characters of text",
    "too_many_pages": "the document has {pages:,} pages, over the limit of {limit:,}",
    "binary": "the file is not text and not a known document format ({detail})",
    "password": "the file is protected by a password; save a copy without the password and add that",
}


def message(code: str, **values: object) -> str:
    return MESSAGES[code].format(**values)


MESSAGES.update(
    {
        "store_open": "cannot open the database {target}: {detail}",
        "store_migrate": "cannot bring the database {target} up to date (migration {name}): {detail}",
        "store_target": "not a database path or URL: {target!r} ({detail})",
        "ingest_unfinished": "ingest did not finish",
        "no_document": "no document with id {id}",
        "no_original": "no original file stored with sha256 {sha256}",
        "original_not_kept": "the original ({size:,} bytes) was over the size limit and was not kept",
        "sha_mismatch": "the bytes do not hash to sha256 {sha256}",
        "unknown_ref": "no stored document has entity ref {ref!r}",
        "bad_user_name": "a user name is 2 to 64 letters, digits or . @ - _ ({name!r} is not)",
        "user_exists": "there is already a user named {name!r}",
        "no_user": "there is no user named {name!r}",
        "short_password": "a password needs at least {length} characters",
        "last_admin": "this is the last active admin: make another admin first",
        "bad_login": "wrong user name or password",
        "login_throttled": "too many wrong passwords: try again in {seconds} s",
        "followup_redacted": "the threads CSV has no redacted form: export the redacted casefile instead",
        "every_document": "moving a request between threads needs a role that sees every document",
        "unknown_actor": "no actor or record {actor!r}; see `casewatch entities list` or the actor's page",
        "unknown_ask": "no request {ask!r} in thread {thread!r}; see the thread's page",
        "unknown_thread": "no other thread {thread!r} of {country} to move the request into",
        "forbidden": "your role ({role}) does not allow this ({permission})",
        "sign_in_first": "sign in first (or send an API token as 'Authorization: Bearer TOKEN')",
        "unknown_params": "unknown query parameter(s): {names}; this route takes: {known}",
        "unknown_export": "unknown export format {format!r}; choose from {choices}",
        "ftm_missing": (
            "the FollowTheMoney export needs the followthemoney package: pip install 'casewatch[ftm]'"
        ),
        "bad_order": "unknown document order {order!r}; use one of {choices}",
        "bad_list_order": "unknown order {order!r}; use one of {choices}",
        "bad_status": "unknown reply status {status!r}; use one of {choices}",
        "not_a_communication": "document {id} is no UN communication",
        "search_terms": "only the first {kept} of the {count} words were searched",
        "search_timeout": (
            "the search took longer than {seconds:g} s and was stopped; try fewer or more distinctive words"
        ),
        "search_cancelled": "the search was stopped before it finished",
        "ingest_stopped": "reading was stopped before it finished (the server was shutting down)",
        "upload_too_large": (
            "the upload is over the limit of {limit:,} bytes; send fewer or smaller files at a time"
        ),
        "no_job": "no upload job with id {id} (jobs are kept until the server restarts)",
        "no_files": "choose one or more files first",
    }
)

# Paths an ingest sees and does not read into a document, and why.
MESSAGES.update(
    {
        "cannot_open": "cannot open the file: {detail}",
        "hidden": "a hidden file or folder (its name starts with a dot); not read",
        "link_broken": "a link that leads nowhere (its target is missing, or links loop)",
        "link_outside": "a link to {target}, outside the folder being ingested; not followed",
        "link_folder": "a link to a folder inside the one being ingested; its files are read where they are",
        "special_file": "{kind}, not a regular file; not read",
        "replaced": "it was replaced by something other than a regular file while the folder was read",
        "internal": "could not be ingested: {detail}",
        "claimed": "another ingest is reading this file now",
        "changed_while_read": "the file changed while it was being ingested: ingest it again",
        "too_many_attachments": "the e-mail has more than {limit} attachments; this one was not read",
        "not_mail": "the file is named as an e-mail but is not one: {detail}",
        "mail_binary": "it holds binary data",
        "mail_headers": "it does not start with header lines (From:, Subject: ...)",
        "mail_noise": "its text is not text (many bytes decode to nothing)",
        "extract_limit": (
            "facts were extracted from the first {chars:,} of {total:,} characters only; "
            "the whole text is stored and searchable"
        ),
    }
)
