"""Benchmark: the whole ingest (read + extract + store + resolve + views) against a raw baseline.

    .venv/bin/python bench/bench_ingest.py [--bench 1000] [--dev 400] [--large 10000] [--workers 2] [--spread]

Three collections, each ingested into a fresh SQLite database by `Ingestor.run_paths`:
- `--bench` documents made from the seed documents with their person names replaced by
  generated ones, so that resolution faces many distinct actors (with `--spread`, from the seeds
  and the development corpus's tuning documents in turn: many countries, so the follow-up's
  groups of countries and a later batch's reach are those of a real collection);
- `--dev` short real documents: the tuning two thirds of the development corpus (the held-out
  third is never opened), repeated with a copy number so each is new;
- `--large` bench documents, to see whether the cost per document grows with the collection.
Each is compared with a raw baseline over the same files in the same run: read the file,
cut and fold its search terms, insert them into an FTS5 table (one process, one commit).
Prints ms per document and the ratios, and the peak RSS of the whole process tree (the
storing process and its worker processes together); then `casewatch rebuild` of each
collection in a process of its own, with its time per document and its own peak RSS.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from casewatch.ingest import Ingestor
from casewatch.store import Store
from casewatch.store.terms import index_terms

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
DEV = SHARED / "corpus" / "dev"
GIVEN = ["Anna", "Boris", "Chen", "Dilnoza", "Emeka", "Fatima", "Goran", "Hana", "Ivan", "Jamila"]
FAMILY = [
    *("Abara", "Bekova", "Castillo", "Demir", "Eriksen", "Farouk", "Gashi", "Hoang", "Ilyin", "Jovanovic"),
    *("Kaya", "Lungu", "Mensah", "Novak", "Osei", "Petrova", "Quispe", "Rahman", "Silva", "Tanaka"),
]
_TOKENIZE = "unicode61 remove_diacritics 0"  # as the store's search_terms table
TITLED = re.compile(r"\b(Mr|Ms|Mrs|Dr)\.? ([A-Z][a-z]+)")


def variant(text: str, rng: random.Random) -> str:
    """The same document about other people: titled surnames replaced consistently within the document."""
    mapping: dict[str, str] = {}

    def swap(m: re.Match[str]) -> str:
        name = mapping.setdefault(m.group(2), rng.choice(FAMILY) + rng.choice(["", "ov", "enko", "ic"]))
        return f"{m.group(1)} {name}"

    return TITLED.sub(swap, text) + f"\n\n{rng.choice(GIVEN)} {rng.choice(FAMILY)}\n"


def make_collection(folder: Path, size: int, seed: int = 7, spread: bool = False) -> int:
    """`size` bench documents in `folder`; their words. Made from the five seed documents (one
    case of one country), or with `spread` from those and the tuning documents of the development
    corpus in turn (many countries, genres and languages), as a collection users build looks."""
    rng = random.Random(seed)
    sources = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir())]
    if spread:
        sources += [p.read_text(encoding="utf-8") for p in tuning_documents()]
    words = 0
    for i in range(size):
        text = variant(sources[i % len(sources)], rng) + f"\nDocument {i}\n"
        (folder / f"doc{i:05d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def tuning_documents() -> list[Path]:
    """The development corpus without its held-out third (every third file in name order)."""
    named = sorted(DEV.glob("*.txt"))
    return [path for number, path in enumerate(named, start=1) if number % 3]


def make_dev_collection(folder: Path, size: int) -> int:
    """`size` short real documents: the tuning documents again and again, each copy numbered."""
    sources = [p.read_bytes() for p in tuning_documents()]
    words = 0
    for i in range(size):
        data = sources[i % len(sources)] + f"\ncopy {i // len(sources)}\n".encode()
        (folder / f"dev{i:05d}.txt").write_bytes(data)
        words += len(data.split())
    return words


def baseline(folder: Path, db: Path) -> float:
    """Seconds to read every file, cut and fold its terms and insert them into FTS5."""
    start = time.perf_counter()
    conn = sqlite3.connect(db)
    conn.execute(f"CREATE VIRTUAL TABLE terms USING fts5(words, stems, tokenize='{_TOKENIZE}')")
    for path in sorted(folder.iterdir()):
        text = path.read_bytes().decode("utf-8", errors="replace")
        terms = index_terms(f"{path.name}\n{text}", "en")
        conn.execute("INSERT INTO terms(words, stems) VALUES (?, ?)", terms)
    conn.commit()
    conn.close()
    return time.perf_counter() - start


class TreeUsage:
    """The peak of the summed RSS of this process and all its descendants, and the CPU time they
    used, sampled in a thread (CPU time says more than wall time on a machine shared with others)."""

    def __init__(self, every_s: float = 0.2) -> None:
        self.peak_kib = 0
        self._cpu: dict[int, float] = {}  # pid -> latest user + system seconds seen
        self._every = every_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> TreeUsage:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def cpu_s(self) -> float:
        """CPU seconds of the tree so far (processes that ended between samples lose their tail)."""
        self._take()
        return sum(self._cpu.values())

    def _sample(self) -> None:
        while not self._stop.is_set():
            self._take()
            self._stop.wait(self._every)

    def _take(self) -> None:
        members = _tree(os.getpid())
        self.peak_kib = max(self.peak_kib, sum(_rss_kib(pid) for pid in members))
        for pid in members:
            self._cpu[pid] = max(self._cpu.get(pid, 0.0), _cpu_s(pid))


def _cpu_s(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _parents() -> dict[int, int]:
    found = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            found[int(entry)] = int(stat.rpartition(")")[2].split()[1])
    return found


def _tree(root: int) -> list[int]:
    parents, members = _parents(), [root]
    for pid in members:
        members += [child for child, parent in parents.items() if parent == pid]
    return members


def _rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def run(
    label: str, make: Callable[[Path, int], int], size: int, workers: int, usage: TreeUsage
) -> tuple[float, float]:
    """Ingest `size` documents made by `make`; prints and returns ms per document (wall, CPU)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "docs")
        folder.mkdir()
        words = make(folder, size)
        cpu = usage.cpu_s()
        raw = 1000 * baseline(folder, Path(tmp, "baseline.sqlite")) / size
        raw_cpu, cpu = 1000 * (usage.cpu_s() - cpu) / size, usage.cpu_s()
        store = Store.open(str(Path(tmp, "bench.sqlite")))
        start = time.perf_counter()
        report = Ingestor(store, workers=workers).run_paths([folder])
        whole = 1000 * (time.perf_counter() - start) / size
        whole_cpu, cpu = 1000 * (usage.cpu_s() - cpu) / size, usage.cpu_s()
        extra = max(1, size // 20)
        more = _further(make, size, extra, Path(tmp))
        later = 1000 * _seconds(lambda: Ingestor(store, workers=workers).run_paths([more])) / extra
        store.close()
        rebuild_ms, rebuild_mib = _rebuild(Path(tmp, "bench.sqlite"))
    done = report.count("ingested")
    print(f"{label}: {size} documents ({words:,} words, {done} ingested), {workers} workers")
    print(f"    whole ingest {whole:.1f} ms per document; baseline {raw:.1f}; ratio {whole / raw:.1f}x")
    print(f"    CPU time: whole ingest {whole_cpu:.1f} ms per document; baseline {raw_cpu:.1f}")
    # A later batch recomputes only the follow-up of the countries it reaches (analyse/derived.py).
    print(f"    a further batch of {extra} new documents into it: {later:.1f} ms per document")
    rebuilt = rebuild_ms / (size + extra)
    print(
        f"    casewatch rebuild (resolution and every view whole, in its own process): {rebuilt:.1f} ms"
        f" per document, ratio {rebuilt / raw:.1f}x baseline; its peak RSS {rebuild_mib:,.0f} MiB"
    )
    return whole, whole_cpu


def _further(make: Callable[[Path, int], int], size: int, extra: int, tmp: Path) -> Path:
    """A folder of `extra` further documents of the same making (the first `size` are the collection's)."""
    folder = tmp / "more"
    folder.mkdir()
    make(folder, size + extra)
    for path in sorted(folder.iterdir())[:size]:
        path.unlink()
    return folder


def _rebuild(db: Path) -> tuple[float, float]:
    """`casewatch rebuild` of the database in a process of its own: milliseconds (wall) and that
    process's peak RSS in MiB (the kernel's count for it alone, read when it ends)."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "casewatch", "--db", str(db), "rebuild"], stdout=subprocess.DEVNULL
    )
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"casewatch rebuild failed with exit code {child.returncode}")
    return 1000 * (time.perf_counter() - start), usage.ru_maxrss / 1024


def _seconds(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", type=int, default=1000, help="bench documents (0: skip)")
    ap.add_argument("--dev", type=int, default=400, help="short real documents (0: skip)")
    ap.add_argument("--large", type=int, default=10000, help="bench documents for the growth ratio (0: skip)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument(
        "--spread",
        action="store_true",
        help="bench documents from the seeds and the development corpus's tuning documents in turn"
        " (many countries), not from the seeds alone (one case of one country)",
    )
    args = ap.parse_args()
    make = partial(make_collection, spread=args.spread)
    kind = "bench, spread over countries" if args.spread else "bench"
    with TreeUsage() as usage:
        if args.bench:
            bench_ms = run(kind, make, args.bench, args.workers, usage)
        if args.dev:
            run("dev corpus", make_dev_collection, args.dev, args.workers, usage)
        if args.large and args.bench:
            large_ms = run(f"large ({kind})", make, args.large, args.workers, usage)
            wall, cpu = large_ms[0] / bench_ms[0], large_ms[1] / bench_ms[1]
            sizes = f"{args.large} / at {args.bench}"
            print(f"cost per document at {sizes}: {wall:.2f} (CPU time {cpu:.2f}; goal <= 1.2)")
    print(f"peak RSS of the whole process tree (ingest + workers): {usage.peak_kib / 1024:,.0f} MiB")


if __name__ == "__main__":
    main()
