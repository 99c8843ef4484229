"""Benchmark: one `casewatch ingest` of a folder of over a thousand hostile files, and good ones.

    .venv/bin/python bench/bench_hostile.py [--keep DIR]

Hostile: zip and XML bombs and external entities in .docx, external entities in HTML, truncated
and encrypted PDFs, polyglots, lying extensions, bad encodings, names that are not UTF-8 and
names starting with a dot, links out of the folder, dangling and looping links, named pipes and
sockets, huge and deeply nested files, noise named .eml, an e-mail with 500 attachments.

Checks, and prints with the figures: every path is recorded (a document, ok or failed, or a
skipped path, each failure with its reason); every good file is ok; the peak resident memory of
the ingest's process tree stays under 1 GiB; nothing outside the folder was read (a canary file
beside it, reachable by links and external entities, never shows up in the database).
"""

from __future__ import annotations

import argparse
import io
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa

from casewatch.collect import readable
from casewatch.store import Store

CANARY = "CANARY-5e1f0c2a-never-read"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PAGE = os.sysconf("SC_PAGE_SIZE")
GIB = 1024**3
Maker = Callable[[Path, Path, random.Random], int]  # (folder, canary file, rng) -> files made

SENTENCES = [
    "The Confederation of Free Dock Unions was dissolved by the court on {day} May 2019.",
    "The Special Rapporteur requests the Government to reply within 60 days.",
    "Mr {name} was arrested on {day} January 2017 and sentenced under article 402 of the Criminal Code.",
    "The Committee urges the Government to amend the Law on Trade Unions in line with Convention No. 87.",
    "The union of oil workers held a strike in Port Avra that lasted {day} days.",
]
NAMES = ["Varenik", "Dornov", "Kelsova", "Tamarin", "Orlak", "Pelasova", "Brunek"]


def letter(rng: random.Random, number: int) -> str:
    body = " ".join(rng.choice(SENTENCES) for _ in range(8))
    body = body.replace("{day}", str(rng.randint(1, 28))).replace("{name}", rng.choice(NAMES))
    return f"Dear Minister,\n\n{body}\n\nYours faithfully,\nLetter number {number}\n"


def _write(path: Path | bytes, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


# ---- good files --------------------------------------------------------------------------------


def good_files(folder: Path, canary: Path, rng: random.Random) -> int:
    for number in range(100):
        _write(folder / f"good-{number:03d}.txt", letter(rng, number).encode())
    for example in EXAMPLES.iterdir():
        _write(folder / f"good-example-{example.name}", example.read_bytes())
    return 100 + len(list(EXAMPLES.iterdir()))


# ---- containers: .docx bombs and external entities ---------------------------------------------


def _docx(document_xml: bytes) -> bytes:
    import docx

    base = io.BytesIO()
    docx.Document().save(base)
    out = io.BytesIO()
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = document_xml if item.filename == "word/document.xml" else source.read(item)
            target.writestr(item.filename, data)
    return out.getvalue()


def _with_comment(package: bytes, number: int) -> bytes:
    """The same archive with another comment: other bytes, no recompression."""
    buffer = io.BytesIO(package)
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.comment = f"variant {number}".encode()
    return buffer.getvalue()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_bombs(folder: Path, canary: Path, rng: random.Random) -> int:
    zip_bomb = io.BytesIO()
    with zipfile.ZipFile(zip_bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (100 * 1024 * 1024))
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    xml_bomb = _docx(
        f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY l0 "lol">{laughs}]>'
        f"<w:document {W}><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>".encode()
    )
    xxe = _docx(
        f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file://{canary}">]>'
        f"<w:document {W}><w:body><w:p><w:r><w:t>Letter &x;</w:t></w:r></w:p></w:body></w:document>".encode()
    )
    for number in range(40):
        _write(folder / f"zip-bomb-{number}.docx", _with_comment(zip_bomb.getvalue(), number))
        _write(folder / f"xml-bomb-{number}.docx", _with_comment(xml_bomb, number))
        _write(folder / f"xxe-{number}.docx", _with_comment(xxe, number))
        _write(folder / f"corrupt-{number}.docx", b"PK\x03\x04" + rng.randbytes(2000))
    return 160


def html_entities(folder: Path, canary: Path, rng: random.Random) -> int:
    for number in range(40):
        page = (
            f'<!DOCTYPE html [<!ENTITY x SYSTEM "file://{canary}">]>'
            f"<html><body><p>Statement {number}: &x;</p><iframe src='file://{canary}'></iframe></body></html>"
        )
        _write(folder / f"xxe-{number}.html", page.encode())
    return 40


# ---- PDFs -------------------------------------------------------------------------------------


def _pdf(text: str, password: str | None = None) -> bytes:
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    encrypt = StandardEncryption(password, ownerPassword="owner") if password else None
    page = canvas.Canvas(buffer, encrypt=encrypt)
    for row, line in enumerate(text.splitlines()[:40]):
        page.drawString(40, 800 - 14 * row, line[:100])
    page.save()
    return buffer.getvalue()


def pdfs(folder: Path, canary: Path, rng: random.Random) -> int:
    whole = _pdf(letter(rng, 0))
    for number in range(120):
        _write(folder / f"truncated-{number}.pdf", whole[: rng.randint(20, len(whole) - 20)])
    for number in range(20):
        _write(folder / f"encrypted-{number}.pdf", _pdf(letter(rng, number), password=f"secret{number}"))
    for number in range(5):
        _write(folder / f"good-pdf-{number}.pdf", _pdf(letter(rng, 1000 + number)))
    return 145


# ---- polyglots, lying extensions, bad encodings -------------------------------------------------


def polyglots(folder: Path, canary: Path, rng: random.Random) -> int:
    pdf = _pdf(letter(rng, 7))
    for number in range(15):
        html = f"<html><body><p>Page {number}</p></body></html>".encode()
        _write(folder / f"pdf-html-{number}.html", b"%PDF-1.4\n" + html)
        _write(folder / f"html-pdf-{number}.pdf", html + b"\n%PDF-1.4\n" + rng.randbytes(100))
        _write(folder / f"gif-js-{number}.html", b"GIF89a/*" + rng.randbytes(20) + b"*/=1;alert(1)</script>")
        _write(folder / f"pdf-zip-{number}.docx", pdf + _docx(f"<w:document>{number}</w:document>".encode()))
    return 60


def lying_extensions(folder: Path, canary: Path, rng: random.Random) -> int:
    png = b"\x89PNG\r\n\x1a\n" + bytes(200)
    elf = b"\x7fELF\x02\x01\x01" + bytes(9) + rng.randbytes(3000)
    docx_bytes = _docx(f"<w:document {W}><w:body/></w:document>".encode())
    for number in range(30):
        _write(folder / f"image-{number}.txt", png + number.to_bytes(4, "big"))
        _write(folder / f"program-{number}.eml", elf + number.to_bytes(4, "big"))
        _write(folder / f"word-{number}.pdf", _with_comment(docx_bytes, number))
        _write(folder / f"noise-{number}.html", rng.randbytes(4000))
        _write(folder / f"noise-{number}.eml", rng.randbytes(4000))
    return 150


def bad_encodings(folder: Path, canary: Path, rng: random.Random) -> int:
    for number in range(30):
        text = letter(rng, number)
        _write(folder / f"broken-utf8-{number}.txt", text.encode()[:50] + b"\xc3\x28\xa0\xa1" + text.encode())
        _write(folder / f"utf16-nobom-{number}.txt", text.encode("utf-16-le"))
        _write(folder / f"utf16-odd-{number}.txt", b"\xff\xfe" + text.encode("utf-16-le")[:-1])
        _write(folder / f"nul-text-{number}.txt", text.encode().replace(b" ", b"\0"))
        cp1251 = f"<meta charset=utf-8><p>Профсоюз ликвидирован {number}</p>"
        _write(folder / f"wrong-charset-{number}.html", cp1251.encode("cp1251"))
    return 150


def empty_files(folder: Path, canary: Path, rng: random.Random) -> int:
    for number in range(20):
        _write(folder / f"empty-{number}.txt", b"")
        _write(folder / f"blank-{number}.txt", b" \n\t" * (number + 1))
    return 40


# ---- names, links and special files -------------------------------------------------------------


def names(folder: Path, canary: Path, rng: random.Random) -> int:
    for number in range(60):
        not_utf8 = os.fsencode(folder) + b"/caf\xe9-" + str(number).encode() + b".txt"
        _write(not_utf8, letter(rng, 2000 + number).encode())
        _write(folder / f".hidden-{number}.txt", letter(rng, 3000 + number).encode())
    hidden = folder / ".cache"
    hidden.mkdir()
    _write(hidden / "inside.txt", b"Dear Sir,\nHidden.\n")
    return 121


def links(folder: Path, canary: Path, rng: random.Random) -> int:
    for number in range(25):
        (folder / f"passwd-{number}").symlink_to("/etc/passwd")
        (folder / f"canary-{number}.txt").symlink_to(canary)
        (folder / f"up-{number}").symlink_to("../" * (number + 1))
        (folder / f"dangling-{number}.txt").symlink_to(folder / f"missing-{number}.txt")
        (folder / f"loop-{number}-a").symlink_to(folder / f"loop-{number}-b")
        (folder / f"loop-{number}-b").symlink_to(folder / f"loop-{number}-a")
    return 150


def special_files(folder: Path, canary: Path, rng: random.Random) -> int:
    for number in range(20):
        os.mkfifo(folder / f"pipe-{number}.txt")
    return 20


# ---- huge, deep and many ------------------------------------------------------------------------


def huge_and_deep(folder: Path, canary: Path, rng: random.Random) -> int:
    paragraph = " ".join(SENTENCES).replace("{day}", "5").replace("{name}", "Belova") + "\n\n"
    _write(folder / "huge-19mb.txt", (paragraph * (19_000_000 // len(paragraph))).encode())
    with open(folder / "over-limit.txt", "wb") as fh:  # sparse: 60 MB over the 50 MB limit
        fh.truncate(60 * 1024 * 1024)
    for number in range(20):
        tag = ["div", "span", "blockquote", "table", "ul"][number % 5]
        depth = 100_000
        markup = f"<html><body>{f'<{tag}>' * depth}Deep {number}{f'</{tag}>' * depth}</body></html>"
        _write(folder / f"deep-{number}.html", markup.encode())
    _write(folder / "long-line.txt", b"word " * 2_000_000)
    return 23


def mails(folder: Path, canary: Path, rng: random.Random) -> int:
    from email.message import EmailMessage

    for number in range(2):
        mail = EmailMessage()
        mail["From"] = "Rights Officer <officer@example.org>"
        mail["Subject"] = f"Five hundred letters {number}"
        mail.set_content("Letters attached.")
        for part in range(500):
            body = f"Dear President,\nProtest {number}-{part}.\n".encode()
            mail.add_attachment(body, maintype="text", subtype="plain", filename=f"protest-{part}.txt")
        _write(folder / f"many-attachments-{number}.eml", mail.as_bytes())
    return 2


MAKERS: list[Maker] = [
    good_files,
    docx_bombs,
    html_entities,
    pdfs,
    polyglots,
    lying_extensions,
    bad_encodings,
    empty_files,
    names,
    links,
    special_files,
    huge_and_deep,
    mails,
]


# ---- running and checking -----------------------------------------------------------------------


def _tree_rss(root: int) -> int:
    """Resident bytes of `root` and all its descendants, from /proc."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            parents.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(parents.get(pid, []))
        try:
            with open(f"/proc/{pid}/statm") as fh:
                total += int(fh.read().split()[1]) * PAGE
        except (OSError, IndexError, ValueError):
            pass
    return total


def run_ingest(folder: Path, db: Path) -> tuple[float, int, str]:
    """Seconds, peak resident bytes of the process tree, and the summary line printed."""
    cmd = [sys.executable, "-m", "casewatch", "--db", str(db), "ingest", "--workers", "2", str(folder)]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    peak = [0]

    def watch() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss(proc.pid))
            time.sleep(0.05)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    out, _ = proc.communicate()
    watcher.join()
    if proc.returncode != 0:
        raise SystemExit(f"ingest exited {proc.returncode}:\n{out}")
    return time.perf_counter() - started, peak[0], out.strip().splitlines()[-1]


def check(store: Store, folder: Path) -> dict[str, int]:
    """The problems found (all should be 0) and the outcome counts."""
    with store.engine.connect() as conn:
        seen = set(conn.scalars(sa.text("SELECT path FROM provenance")))
        skipped = dict(conn.execute(sa.text("SELECT path, reason FROM skipped_paths")).all())
    docs = store.documents()
    entries = [readable(str(folder / name)) for name in os.listdir(folder)]
    canary_docs = sum(CANARY in store.load_text(d.id) for d in docs if d.status == "ok")
    canary_docs += sum(CANARY.encode() in _original(store, d.id) for d in docs)
    return {
        "paths in the folder": len(entries),
        "documents ok": sum(d.status == "ok" for d in docs),
        "documents failed": sum(d.status == "failed" for d in docs),
        "paths skipped": len(skipped),
        "PROBLEM paths not recorded": sum(p not in seen and p not in skipped for p in entries),
        "PROBLEM failures without a reason": sum(d.status == "failed" and not d.error for d in docs)
        + sum(not reason for reason in skipped.values()),
        "PROBLEM good files not ok": sum(d.source.startswith("good-") and d.status != "ok" for d in docs),
        "PROBLEM documents holding the canary": canary_docs,
        "PROBLEM documents from /etc/passwd": sum(b"root:x:0:0" in _original(store, d.id) for d in docs),
    }


def _original(store: Store, document_id: int) -> bytes:
    try:
        return store.original(document_id)
    except Exception:  # an over-limit file: no bytes kept
        return b""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="build the files here and keep them (default: a temp dir)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        base = args.keep or Path(temp)
        folder, outside = base / "hostile", base / "outside"
        folder.mkdir(parents=True)
        outside.mkdir()
        canary = outside / "secret.txt"
        canary.write_text(f"Dear Sir,\n{CANARY}\n", encoding="utf-8")
        rng = random.Random(87)
        made = sum(make(folder, canary, rng) for make in MAKERS)
        with socket.socket(socket.AF_UNIX) as sock:
            sock.bind(str(folder / "s.sock"))
            seconds, peak, summary = run_ingest(folder, base / "hostile.sqlite")
        with Store.open(str(base / "hostile.sqlite")) as store:
            found = check(store, folder)
        good = sum(name.startswith("good-") for name in os.listdir(folder))
    print(f"paths made: {made + 1} ({good} good files); ingest: {seconds:.1f} s; {summary}")
    print(f"peak resident memory of the ingest's process tree: {peak / 2**20:.0f} MiB (limit 1024)")
    for name, value in found.items():
        print(f"{name}: {value}")
    problems = sum(value for name, value in found.items() if name.startswith("PROBLEM")) + (peak >= GIB)
    raise SystemExit(1 if problems else 0)


if __name__ == "__main__":
    main()
