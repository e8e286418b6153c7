"""The library API: ``load``, ``extract``, ``extract_many``."""

from __future__ import annotations

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
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[Brief]:
    """Briefs for many texts or Articles, streamed through ``nlp.pipe`` in input order.

    ``published`` is the default document date for items that carry none.
    """
    nlp = load()
    published = check_published(published)
    docs = (
        make_doc(nlp, a.text, **a.meta())
        for a in (_as_article(item, i, published) for i, item in enumerate(items))
    )
    for doc in nlp.pipe(docs, batch_size=batch_size, n_process=n_process):
        yield doc._.brief
