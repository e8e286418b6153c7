"""Rebuild models/briefextract-en from its config.cfg and the data files beside it.

Run after changing config.cfg or the tokenizer: it assembles the pipeline from the
config, loads each component's data files from its directory, and writes the
whole directory back with ``nlp.to_disk`` (tokenizer, vocab, meta.json included),
so ``spacy.load`` round-trips it.

    python scripts/build_pipeline.py [models/briefextract-en]
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy
from spacy.util import load_config

import briefextract  # noqa: F401  (registers factories and the tokenizer)
from briefextract.components import factories  # noqa: F401

META = {
    "name": "briefextract-en",
    "version": "0.1.0",
    "description": "Rule-based extraction of actors, counts, sanctions, dates and events from political analyses",
    "license": "MIT",
    "author": "briefextract",
}


def main(target: Path) -> None:
    config = load_config(target / "config.cfg")
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    for name, component in nlp.pipeline:
        component_dir = target / name
        if component_dir.exists() and hasattr(component, "from_disk"):
            component.from_disk(component_dir)
    nlp.meta.update(META)
    nlp.meta["spacy_version"] = f">={spacy.about.__version__.rsplit('.', 1)[0]}.0,<4.0.0"
    nlp.to_disk(target)
    print(f"wrote {target}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "models/briefextract-en"))
