"""The English tokenizer, tuned for news analyses and for speed.

Registered as ``briefextract.Tokenizer.v1`` and named in ``config.cfg``:

* ``U.S.-Belarusian`` splits into ``U.S.``, ``-``, ``Belarusian`` (a hyphen after an
  abbreviation's final period), so both halves reach the gazetteer;
* a slash around an agency's name splits off ("/TASS/." -> ``/``, ``TASS``, ``/.``), so the
  agency of a TASS-style dateline reaches the gazetteer (``constants.EXTRA_PREFIXES`` /
  ``EXTRA_SUFFIXES``);
* numeric ranges with an en or em dash (``8,000–10,000``, ``12–13``) split around
  the dash, so each bound is its own number token;
* the whitespace special cases (``"\\n"``, ``"\\t"``, ``" "``, ``"\\xa0"``) are
  removed from ``tokenizer.rules``: with them spaCy switches off its token cache
  (spaCy issue #13950) and runs ~30x slower on texts with newlines, while the
  tokens it produces here are identical without them;
* each Doc's text is remembered as the string it was made from
  (``rules.spans.remember_text``), so ``rules.spans.doc_text`` does not rebuild it
  from the tokens (~0.3 ms per article).
"""

from __future__ import annotations

from typing import Callable

from spacy.attrs import ORTH
from spacy.lang.en import English
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from briefextract.constants import EXTRA_INFIXES, EXTRA_PREFIXES, EXTRA_SUFFIXES
from briefextract.rules.spans import remember_text


class TextKeepingTokenizer(Tokenizer):
    """spaCy's Tokenizer that also hands each Doc's source string to ``rules.spans.doc_text``."""

    def __call__(self, text: str) -> Doc:
        doc = super().__call__(text)
        remember_text(doc, text)
        return doc


def _without_whitespace_rules(rules: dict) -> dict:
    return {key: value for key, value in rules.items() if key.strip()}


def _abbreviation_rules(abbreviations: list[str]) -> dict:
    """Special cases keeping abbreviations whole ("No. 61", "Pres. Trump", "Lt. Gen."),
    so their period neither splits off nor ends a sentence."""
    return {abbr: [{ORTH: abbr}] for abbr in abbreviations if abbr.strip() and abbr.endswith(".")}


@registry.tokenizers("briefextract.Tokenizer.v1")
def create_tokenizer(abbreviations: list[str] = []) -> Callable[[Language], Tokenizer]:  # noqa: B006 (config default)
    """The tuned English tokenizer; ``abbreviations`` (config.cfg) are kept as one token each."""

    def make(nlp: Language) -> Tokenizer:
        defaults = English.Defaults
        rules = _without_whitespace_rules(defaults.tokenizer_exceptions)
        rules.update(_abbreviation_rules(list(abbreviations)))
        return TextKeepingTokenizer(
            nlp.vocab,
            rules=rules,
            prefix_search=compile_prefix_regex(list(defaults.prefixes) + list(EXTRA_PREFIXES)).search,
            suffix_search=compile_suffix_regex(list(defaults.suffixes) + list(EXTRA_SUFFIXES)).search,
            infix_finditer=compile_infix_regex(list(defaults.infixes) + list(EXTRA_INFIXES)).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return make
