"""Finding and loading the spaCy pipeline; turning an Article into a Doc.

Nothing is loaded at import time. ``load()`` caches one Language per path and
base so a process loads the pipeline once.
"""

from __future__ import annotations

import gc
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from briefextract import extensions  # noqa: F401  (registers Doc extensions)
from briefextract.components import factories  # noqa: F401  (registers factories)
from briefextract.errors import PipelineNotFound
from briefextract.rules.spans import store_extension

PIPELINE_NAME = "briefextract-en"
ENV_MODEL_PATH = "BRIEFEXTRACT_MODEL"
ENV_BASE = "BRIEFEXTRACT_BASE"  # set by --base so worker processes load the same base


def model_path() -> Path:
    """Where the pipeline directory is.

    In order: ``$BRIEFEXTRACT_MODEL``; the copy a wheel carries as package data
    (``briefextract/models/briefextract-en``); the ``models/`` directory of a
    source checkout, for editable installs (``src/`` layout: the checkout root is
    the parent of ``src``).
    """
    env = os.environ.get(ENV_MODEL_PATH)
    if env:
        return Path(env)
    packaged = Path(str(resources.files("briefextract"))) / "models" / PIPELINE_NAME
    if (packaged / "config.cfg").exists():
        return packaged
    package_dir = Path(__file__).resolve().parent
    if package_dir.parent.name == "src":
        checkout = package_dir.parent.parent / "models" / PIPELINE_NAME
        if (checkout / "config.cfg").exists():
            return checkout
    raise PipelineNotFound(
        f"cannot find the {PIPELINE_NAME} pipeline; set {ENV_MODEL_PATH} to its directory"
    )


@lru_cache(maxsize=4)
def _load(path: str, base: str | None) -> Language:
    try:
        nlp = spacy.load(path)
    except OSError as exc:  # spaCy's E050/E053: no such directory, or no config.cfg / meta.json in it
        raise PipelineNotFound(
            f"cannot load the {PIPELINE_NAME} pipeline from {path} ({exc}); set {ENV_MODEL_PATH} to its directory"
        ) from None
    if base:
        from briefextract.base import add_base

        add_base(nlp, base)
    _refresh_tokenizer(nlp)
    _freeze_long_lived_objects()
    return nlp


def _refresh_tokenizer(nlp: Language) -> None:
    """Reload the tokenizer's special cases (which also empties its cache) once loading is done.

    The components tokenize ~9,000 pattern strings while they load. The tokenizer
    that did this then ran ~3x slower on articles than an identical new one: 0.55-0.62
    vs 0.18-0.22 ms per article in the same process, with the same tokens. Replaying
    the same strings through a new tokenizer does not slow it down, so the cause is
    somewhere in spaCy's tokenizer state, not in the strings. Setting ``rules`` to
    themselves reloads the special cases and empties the cache, and the tokenizer is
    fast again (0.22-0.24). The work is done once per process, when loading.
    """
    tokenizer = nlp.tokenizer
    tokenizer.rules = tokenizer.rules


def _freeze_long_lived_objects() -> None:
    """Move every object alive now (the loaded pipeline's ~114,000 lexicon entries,
    tries, vocab strings) out of the garbage collector's sight.

    They live as long as the process, yet every full collection walked all of
    them again: a few milliseconds each, triggered by the many small dicts and
    lists each article's records allocate. ``gc.freeze`` is the standard library's
    remedy for exactly this (long-lived objects created at start-up); objects
    created later are collected as usual. No ``gc.collect()`` first: loading leaves
    a handful of unreachable objects (7 here), not worth a 70-90 ms full collection.
    """
    gc.freeze()


def load(path: str | Path | None = None, *, base: str | None = None) -> Language:
    """The briefextract pipeline (loaded once per process and cached).

    ``base`` names an installed statistical spaCy pipeline (e.g. ``en_core_web_sm``)
    whose NER is layered under the rules.
    """
    return _load(str(path or model_path()), base or os.environ.get(ENV_BASE) or None)


def make_doc(nlp: Language, text: str, **meta: Any) -> Doc:
    """A Doc for ``text`` carrying its metadata (doc_id, title, published, source, url)."""
    doc = nlp.make_doc(text)
    store_extension(doc, "meta", {k: v for k, v in meta.items() if v is not None})  # (no Underscore object)
    return doc
