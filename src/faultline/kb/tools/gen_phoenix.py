"""Regenerate ``kb/data/phoenix.json.gz`` from the Phoenix/PETRARCH dictionaries.

    python -m faultline.kb.tools.gen_phoenix DIR   # DIR holds Phoenix.*.actors.txt, Phoenix.agents.txt

Runs :func:`faultline.kb.phoenix.import_phoenix` on the country, international and non-state actor
files and the agents file, keeps the subset the resolver uses (names, dated countries of people,
bodies with their state, agent words) and writes KB JSON with the licence and attribution.
The file is not part of the default KB: ``faultline.kb.imported`` loads it on first use.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path
from typing import Any

from ..loader import DATA_DIR
from ..phoenix import import_phoenix

FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt",
         "Phoenix.agents.txt")
OUT = DATA_DIR / "phoenix.json.gz"  # not "*.json": the default KB does not load it
ATTRIBUTION = ("Converted subset of the Phoenix/PETRARCH actor and agent dictionaries, "
               "Copyright (c) Open Event Data Alliance, MIT licence "
               "(https://github.com/openeventdata/phoenix_pipeline, https://github.com/openeventdata/petrarch2). "
               "Converted by faultline.kb.tools.gen_phoenix: names, dated country codes, sectors, agent words.")
KEEP = ("id", "name", "type", "country", "parent", "aliases", "imported_aliases", "roles", "sector")


def subset(data: dict[str, Any]) -> dict[str, Any]:
    """The fields the resolver reads; roles as [sector, country, since, until]."""
    entries = []
    for e in data["entries"]:
        kept = {k: e[k] for k in KEEP if e.get(k)}
        if len(kept) > 1:
            entries.append(kept)
    return {"kind": "phoenix-import", "version": 1, "licence": "MIT", "attribution": ATTRIBUTION,
            "note": "loaded lazily by faultline.kb.imported; not merged into the default KB",
            "entries": entries, "agents": data["agents"]}


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path("../shared/resources/phoenix_dictionaries")
    data = subset(import_phoenix([folder / f for f in FILES]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
