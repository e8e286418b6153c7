"""Rebuild models/briefextract-en from its config.cfg and the data files beside it.

Run after changing config.cfg or the tokenizer: it assembles the pipeline from the
config and writes the tokenizer, vocab, meta.json and config back with
``nlp.to_disk``. The components' data files are hand-kept or script-built sources
(patterns, lexicons): they are left exactly as they are, not re-serialised.

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
    nlp.meta.update(META)
    nlp.meta["spacy_version"] = f">={spacy.about.__version__.rsplit('.', 1)[0]}.0,<4.0.0"
    nlp.to_disk(target, exclude=nlp.pipe_names)
    print(f"wrote {target}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "models/briefextract-en"))
