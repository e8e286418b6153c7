"""dateparser as a cached fallback for odd calendar forms ("October the 9th").

Only a matched expression is ever parsed (never a whole text: ``search_dates``
invents days and months). One ``DateDataParser`` is built lazily and reused; the
result is cut back to the fields the text gave (dateparser's ``period``: a
"month" period never yields a day), and the year is kept only when the text
wrote one.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=64)
def _parser(dct_iso: str | None):
    """One reused parser per relative base (documents of a batch share few publication dates)."""
    from datetime import datetime

    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "past"}
    if dct_iso:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(dct_iso)
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=4096)
def fallback_parse(expression: str, dct_iso: str | None) -> tuple[str, str] | None:
    """(ISO value, granularity) of one temporal expression, or None when dateparser cannot read it."""
    data = _parser(dct_iso).get_date_data(expression)
    if data is None or data.date_obj is None:
        return None
    d, period = data.date_obj, data.period or "day"
    has_year = bool(re.search(r"\b\d{4}\b", expression))
    year = f"{d.year:04d}" if (has_year or dct_iso) else "XXXX"
    if period == "year":
        return year, "year"
    if period == "month":
        return f"{year}-{d.month:02d}", "month"
    return f"{year}-{d.month:02d}-{d.day:02d}", "day"
