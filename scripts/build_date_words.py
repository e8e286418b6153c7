"""Build the generated word lists of the dates component from a well-kept data package.

    .venv/bin/python scripts/build_date_words.py [models/briefextract-en/dates]

Reads (build time only): dateparser's CLDR-derived translation tables
(``dateparser.data.date_translation_data``). Writes ``foreign_months.json``: the month
names (nominative and genitive/locative forms, as news sites of the region print them in
a date stamp: "28 декабря 2022", "7 июня 2024", "15 marca 2023", "3. März 2024") of the
languages of the region the texts cover, each mapped to its month number. English texts
quote such stamps from the sites they scrape; the dates component reads them only in a
full day-month-year date (``dates.day.dmy_foreign``), never alone.
"""

from __future__ import annotations

import json
import sys
from importlib import import_module
from pathlib import Path

#: Languages whose month names appear in the stamps of the texts' sources: the region's
#: (Russian, Ukrainian, Belarusian, Polish, Lithuanian, Latvian, Estonian, Romanian, Kazakh)
#: and the big European ones of the wires and papers (German, French, Spanish, Portuguese,
#: Italian).
LANGUAGES = ("ru", "uk", "be", "pl", "lt", "lv", "et", "ro", "kk", "de", "fr", "es", "pt", "it")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
#: Shorter forms are too easily other words; a form that begins another form of the same
#: month is its abbreviation ("gru" of "grudnia", "дек" of "декабря", "Birž" of "Birželio").
MIN_LENGTH = 3
#: A form without a vowel is an abbreviation too ("врс", "снж", "mrz").
VOWELS = frozenset("aeiouyąęėįųūāēīõäöüéèêëáíóúâîăàùçаеёиоуыэюяіїєәөұүў")


def build() -> dict[str, int]:
    import calendar

    english = {w.lower() for w in [*calendar.month_name, *calendar.month_abbr] if w} | {"sept"}
    out: dict[str, int] = {}
    for lang in LANGUAGES:
        info = import_module(f"dateparser.data.date_translation_data.{lang}").info
        for number, key in enumerate(MONTHS, start=1):
            forms = {f.strip().rstrip(".").lower() for f in info.get(key, [])}
            for form in forms:
                if len(form) < MIN_LENGTH or not form.isalpha() or form in english \
                        or not VOWELS.intersection(form) \
                        or any(other != form and other.startswith(form) for other in forms):
                    continue
                for variant in (form.lower(), form[0].upper() + form[1:].lower()):
                    if out.setdefault(variant, number) != number:
                        raise SystemExit(f"{variant!r} names two months")
    return dict(sorted(out.items()))


def main(target: Path) -> None:
    words = build()
    path = target / "foreign_months.json"
    path.write_text(json.dumps(words, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} month names to {path}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "models/briefextract-en/dates"))
