"""Build the plural people-demonyms of the persons component from the country data.

    .venv/bin/python scripts/build_people_demonyms.py [models/briefextract-en]

Reads ``gazetteer/countries.jsonl`` (itself built by ``build_gazetteers.py`` from
countryinfo's demonyms) and ``persons/sources/people_demonyms_extra.json`` (plurals no
suffix rule makes: "Poles", "Britons", "Swedes"). Writes ``persons/people_demonyms.json``:
the words for a country's people ("Belarusians", "Ukrainians", "Kazakhs", "Iraqis").

GUIDELINES: plural people-demonyms ("all Syrians") are no actors and no aliases of their
state. The gazetteer matches the singular demonym only, so a plural one is an unknown
capitalised word that rules reading lists of names could take for a place.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

#: Demonyms ending so have no plural in -s: the word names the people as it is ("the
#: Chinese", "the British", "the Swiss", "the French", "the Kyrgyz", "the Malagasy", "the Manx").
NO_S_PLURAL = ("ese", "sh", "ss", "tch", "nch", "z", "x", "y", "s", "ic")


def people_demonyms(countries: list[dict], extra: list[str]) -> list[str]:
    """``extra`` and each one-word demonym + "s", but a country's own name ("Philippines")."""
    names = {form for row in countries for form in [row["name"], *(row.get("aliases") or ())]}
    found = set(extra)
    for row in countries:
        for demonym in row.get("demonyms") or ():
            # one plain word, capitalised ("U.S." and "UK" are no people: the state's own adjective)
            if not (demonym.isalpha() and demonym[:1].isupper() and demonym[1:].islower()) or demonym.endswith(NO_S_PLURAL):
                continue
            found.add(demonym + "s")
    return sorted(found - names)


def main(argv: list[str]) -> int:
    model = Path(argv[0] if argv else "models/briefextract-en")
    with open(model / "gazetteer" / "countries.jsonl", encoding="utf-8") as handle:
        countries = [json.loads(line) for line in handle if line.strip()]
    extra = json.loads((model / "persons" / "sources" / "people_demonyms_extra.json").read_text(encoding="utf-8"))
    words = people_demonyms(countries, extra)
    out = model / "persons" / "people_demonyms.json"
    out.write_text(json.dumps(words, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(words)} people-demonyms -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
