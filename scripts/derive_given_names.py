"""Derive casewatch/vocab/given_names.json from the names-dataset package (run once by hand; commit it).

    .venv/bin/pip install names-dataset        # a developer tool only: never a runtime dependency
    .venv/bin/python scripts/derive_given_names.py [--rank 250]

names-dataset holds first names with their popularity rank in each of ~100 countries (2 GB in memory,
~15 s to load). What extraction needs is small: the given names that rank high in some country, in the
Latin or Cyrillic script (the scripts whose capitalised words the name rules read). Names that are also
common English words ("Sunday", "Hope", "Will") are left out: after them a capitalised word is rarely a
surname ("Sunday Times", "Will Continue").
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "casewatch" / "vocab" / "given_names.json"
STOPWORDS = Path(__file__).resolve().parents[1] / "casewatch" / "vocab" / "name_stopwords.json"
SCRIPT = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-žA-Z’'-]+|[А-ЯЁЂ-Џ][а-яёђ-џ-]+")

# Given names in the data that are more often an English (or title) word in these documents' text.
WORD_NAMES = {
    "Sunday",
    "Monday",
    "Friday",
    "Happy",
    "Love",
    "King",
    "Queen",
    "Angel",
    "Prince",
    "Princess",
    "Lucky",
    "Baby",
    "Justice",
    "Will",
    "May",
    "June",
    "April",
    "August",
    "Hope",
    "Faith",
    "Grace",
    "Rose",
    "Young",
    "Don",
    "Md",
    "Engr",
    "Eng",
    "My",
    "Guy",
    "Bill",
    "Mark",
    "Frank",
    "Precious",
    "Blessing",
    "Gift",
    "Favour",
    "Favor",
    "Peace",
    "Wisdom",
    "Mercy",
    "Patience",
    "Innocent",
    "Honest",
    "Goodluck",
    "Sweet",
    "Star",
    "Sky",
    "Summer",
    "Winter",
    "Autumn",
    "Spring",
    "Dawn",
    "Joy",
    "Glory",
    "Unique",
    "Royal",
    "Noble",
    "Major",
    "Master",
    "Doctor",
    "Pastor",
    "Bishop",
    "Saint",
    "Santa",
    "San",
    "Lord",
    "Lady",
    "Boss",
    "Best",
    "Great",
    "Good",
    "Big",
    "Little",
    "Smart",
    "Cool",
    "Mister",
    "Miss",
    "Madame",
    "Mama",
    "Papa",
    "Bro",
    "Sis",
    "Man",
    "Boy",
    "Girl",
    "Dear",
    "Darling",
    "Honey",
    "Sugar",
    "Candy",
    "Cherry",
    "Berry",
    "Olive",
    "Amber",
    "Ruby",
    "Pearl",
    "Crystal",
    "Diamond",
    "Jade",
    "Iris",
    "Lily",
    "Daisy",
    "Violet",
    "Ivy",
    "Holly",
    "Heather",
    "Destiny",
    "Trinity",
    "Harmony",
    "Liberty",
    "Charity",
    "Unity",
    "Victory",
    "Marvel",
    "Miracle",
    "Comfort",
    "Loveth",
    "Promise",
    "Success",
    "Prosper",
    "Divine",
    "Godwin",
    "Emmanuel-God",
    "Chance",
    "Hunter",
    "Cash",
    "Rich",
    "Price",
    "Hall",
    "Park",
    "Lane",
    "Street",
    "Page",
    "Case",
    "Reform",
    "Court",
    "Law",
    "Press",
    "Sport",
    "Art",
    "Music",
    "Media",
    "News",
    "Home",
    "House",
    "City",
    "Town",
    "China",
    "India",
    "Georgia",
    "Jordan",
    "Israel",
    "Chad",
    "Kenya",
    "Paris",
    "London",
    "Sydney",
    "Florence",
    "Victoria",
    "Virginia",
    "Carolina",
    "Dakota",
    "Madison",
    "Austin",
    "Houston",
    "Phoenix",
    "Lincoln",
    "Washington",
    "Chelsea",
    "Brooklyn",
    "Aurora",
    "Asia",
    "Africa",
    "America",
    "Europa",
    "Mecca",
    "Medina",
    "Islam",
    "Christian",
    "Muslim",
    "General",
    "Captain",
    "Chief",
    "Senior",
    "Junior",
    "Central",
    "National",
    "Union",
    "Labour",
    "Worker",
    "Workers",
    "Trade",
    "Free",
    "Freedom",
    "Human",
    "Rights",
    "Right",
    "Action",
    "Power",
    "Energy",
    "Unknown",
    "Private",
    "Public",
    "Official",
    "Admin",
    "Info",
    "Online",
    "Team",
    "Group",
    "Club",
    "Global",
    "World",
    "Nation",
    "State",
    "Federal",
    "Civil",
    "Social",
    "Party",
    "New",
    "Old",
    "North",
    "South",
    "East",
    "West",
    "Top",
    "Sun",
    "Moon",
    "Sea",
    "Ocean",
    "River",
    "Forest",
    "Stone",
    "Rock",
    "Gold",
    "Silver",
}


def load_first_names(path: Path) -> dict[str, dict]:
    with gzip.open(path, "rb") as fh:
        data: dict[str, dict] = pickle.load(fh)
    return data


def dataset_path() -> Path:
    import names_dataset  # imported only here: the package is a tool of this script

    return Path(names_dataset.__file__).parent / "v3" / "first_names.pkl.gz"


def stopwords() -> set[str]:
    data = json.loads(STOPWORDS.read_text(encoding="utf-8"))
    return {w.casefold() for w in data["not_name"]}


def given_names(first_names: dict[str, dict], max_rank: int) -> list[str]:
    """Names ranked at most `max_rank` in some country, in a script the rules read, no word-like names."""
    excluded = {w.casefold() for w in WORD_NAMES} | stopwords()
    out = set()
    for name, info in first_names.items():
        ranks = [r for r in (info.get("rank") or {}).values() if r is not None]
        if not ranks or min(ranks) > max_rank or not SCRIPT.fullmatch(name):
            continue
        if len(name) >= 3 and name.casefold() not in excluded:
            out.add(name)
    return sorted(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rank", type=int, default=250, help="highest popularity rank kept in some country")
    args = ap.parse_args()
    names = given_names(load_first_names(dataset_path()), args.rank)
    about = (
        f"Given names ranked within the {args.rank} most frequent of some country in names-dataset (first "
        "names), Latin and Cyrillic scripts, word-like names left out. Generated by "
        "scripts/derive_given_names.py; do not edit by hand."
    )
    OUT.write_text(json.dumps({"_about": about, "names": names}, ensure_ascii=False, indent=0) + "\n")
    print(f"{len(names)} names -> {OUT} ({OUT.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
