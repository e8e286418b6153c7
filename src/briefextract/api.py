"""The library API: ``load``, ``extract``, ``extract_many``."""

from __future__ import annotations

import os
from typing import Iterable, Iterator

from briefextract.errors import InvalidDate
from briefextract.pipeline import load, make_doc
from briefextract.readers import Article
from briefextract.records import Brief
from briefextract import constants as C

__all__ = ["extract", "extract_many", "load", "check_published"]


def check_published(published: str | None) -> str | None:
    """``published`` as YYYY-MM-DD, or InvalidDate."""
    if published is None:
        return None
    import datetime as dt

    value = str(published)
    try:
        if not C.ISO_DAY.match(value):
            raise ValueError
        dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidDate(f"published must be a real date as YYYY-MM-DD, got {value!r}") from None
    return value


def extract(
    text: str,
    *,
    published: str | None = None,
    doc_id: str | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
) -> Brief:
    """Everything briefextract finds in ``text``, as a validated Brief."""
    nlp = load()
    doc = nlp(
        make_doc(
            nlp, text, doc_id=doc_id or "doc", title=title, published=check_published(published),
            source=source, url=url,
        )
    )
    return doc._.brief


def _as_article(item: str | Article, index: int, published: str | None) -> Article:
    if isinstance(item, Article):
        if published and not item.published:
            item.published = published
        return item
    return Article(doc_id=f"doc{index}", text=item, published=published)


def extract_many(
    items: Iterable[str | Article],
    *,
    published: str | None = None,
    batch_size: int = C.BATCH_SIZE,
    n_process: int = 1,
) -> Iterator[Brief]:
    """Briefs for many texts or Articles, streamed in input order.

    ``published`` is the default document date for items that carry none.
    ``n_process=-1`` uses every core. ``batch_size`` documents go to a worker at a
    time, and through each pipeline component in turn (32, as the CLI: small enough that
    no worker idles long at the end).

    With ``n_process=1`` the documents go through ``nlp.pipe`` here. With more, they
    go through the CLI engine's process pool (:func:`briefextract.batch._pooled`):
    articles in, one JSON line per Brief out, validated here into a Brief. spaCy's
    own ``nlp.pipe(n_process=N)`` would serialise every Doc both ways (~13 ms of
    parent CPU per article, more than extracting it), so it could not scale. A
    document the pipeline fails on, or whose worker dies or hangs past
    ``batch.DEFAULT_TIMEOUT`` seconds, raises :class:`~briefextract.errors.DocumentFailed`
    (or its subclass WorkerDied / DocumentTimeout), as a failure raises in one process.
    """
    if n_process == -1:  # as in spaCy's nlp.pipe: every core
        n_process = os.cpu_count() or 1
    if n_process < 1:
        raise ValueError(f"n_process must be at least 1 (or -1 for every core), got {n_process}")
    nlp = load()
    published = check_published(published)
    articles = (_as_article(item, i, published) for i, item in enumerate(items))
    if n_process > 1:
        yield from _pooled_briefs(articles, batch_size, n_process)
        return
    docs = (make_doc(nlp, a.text, **a.meta()) for a in articles)
    for doc in nlp.pipe(docs, batch_size=batch_size):
        yield doc._.brief


def _pooled_briefs(articles: Iterable[Article], batch_size: int, n_process: int) -> Iterator[Brief]:
    """Briefs of ``articles`` from ``n_process`` workers (``batch._pooled``), in input order."""
    from briefextract import errors as E
    from briefextract.batch import DEFAULT_TIMEOUT, PYDANTIC_JSON, _pooled, chunked

    failures = {"E401": E.WorkerDied, "E402": E.DocumentTimeout}
    results = _pooled(chunked(articles, batch_size), PYDANTIC_JSON, n_process, DEFAULT_TIMEOUT)
    try:
        for outcomes in results:
            for outcome in outcomes:
                if outcome.error is not None:
                    error = failures.get(outcome.error.get("code"), E.DocumentFailed)
                    raise error(outcome.error.get("message", "extraction failed"), source=outcome.error.get("source"))
                yield Brief.model_validate_json(outcome.lines[0])
    finally:
        results.close()  # stops the workers, also when the caller stops early
