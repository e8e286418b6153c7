"""Counts: numbers that count people, things, rounds, money or a share, with their counted noun.

There is no tagger or parser in the pipeline, so the counted noun phrase is found
with surface rules over tokens (see :meth:`CountRules._noun_phrase`): a run of word
tokens after the number that ends at a closed-class word (preposition, conjunction,
determiner, auxiliary: ``np_enders``), at punctuation, at a participle or verb that
follows the head ("people *killed* by", "officials *told*"), or at a word after a
plural head. Everything the rules need to know about English words is data in
``models/briefextract-en/counts/`` (number words, hedges, currencies, stop lists,
attribution cues); this module holds only the procedure.

A candidate number goes through, in order:

1. **guards** (:meth:`CountRules._guard`): inside a date span or a date/time shape,
   a year, next to a month name, a citation ("No. 61", "Article 5"), a name
   ("Zapad-2025", "Boeing 737"), a list marker, a hyphenated modifier ("30-day",
   "one-year"), "one" as a pronoun ("no one", "one of the");
2. **linking** with the next number: ranges ("8,000–10,000", "between 5 and 7",
   "600 to 1,400 tankers"), changes ("from 900 to 2,000 troops": two counts), and
   coordinated elision ("two or three rounds");
3. **the counted noun**: currency (money), "per cent of ..." (percent), a partitive
   ("three of its eight bases"), the noun phrase, or, for an elided head ("the
   previous three", "about 30,000)"), the noun of the nearest earlier count;
4. **hedges** (``approximate`` / ``qualifier``) and **attribution** ("according to
   official data", "Lithuanian intelligence estimates").

Layout: noun-phrase finding lives in ``rules/count_phrases.py`` and attribution in
``rules/count_attribution.py`` (mixins of ``CountRules``); number spotting is
``rules/numbers.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import compress, pairwise
from typing import Any

from spacy.tokens import Doc

from briefextract.constants import HYPHENS, POSSESSIVES, SPANS_DATES
from briefextract.rules.actor_spans import span_tuples
from briefextract.rules.count_attribution import Attribution
from briefextract.rules.count_phrases import (
    CONJUNCTIONS,
    NounPhrases,
    _plural_like,
    _pluralise,
)
from briefextract.rules.layout_sentences import sentence_start_tokens
from briefextract.rules.numbers import NumberLexicon, NumberMatch, casings
from briefextract.rules.regex_tools import trie_pattern
from briefextract.rules.spans import CharRanges, char_span_record, doc_text, is_excluded
from briefextract.rules.tokens import TokenArrays, token_arrays

#: how far back (characters) an elided head may look for the count it refers to
ANTECEDENT_WINDOW = 600
#: characters around a number searched for a date / clock shape
_GUARD_WINDOW = 16
#: a record's kind -> the kind its rule id names (any other kind: "cardinal")
_RULE_KINDS = {"money": "money", "percent": "percent", "ordinal": "ordinal"}
#: rule ids of numbers joined by "and" / "or" to a next number ("4 and 10 soldiers"): they borrow its noun
_COORDINATED_RULES = frozenset({"coordinated", "coordinated_or"})
#: the copulas after a bare plural subject ("14 were foreign nationals")
_PLURAL_COPULAS = frozenset({"were", "are"})
#: the singular copulas, which may follow a bare ordinal ("the sixth is planned")
_SINGULAR_COPULAS = frozenset({"is", "was"})
#: verbs after a bare ordinal that leave out an earlier count's unit ("the sixth is planned")
_VERBS_AFTER_BARE_ORDINAL = frozenset({"is", "was", "will"})
#: what closes a list marker at a line's start ("1.", "2)")
_LIST_MARKER_ENDS = frozenset({".", ")"})
#: brackets around a reference number ("[3]", "(7)")
_OPENING_BRACKETS = frozenset({"[", "("})
_CLOSING_BRACKETS = frozenset({"]", ")"})
#: the punctuation that ends a sentence
_SENTENCE_ENDS = frozenset({".", "!", "?"})
#: kinds of count whose unit is no counted noun (an elided count does not borrow it)
_UNIT_KINDS = frozenset({"money", "percent"})
#: possessive and relative pronouns before an elided head: not part of the count's span ("its 17th")
_POSSESSIVES_AND_RELATIVES = frozenset({"its", "their", "his", "her", "our", "whose", "which", "whom"})
#: determiners before an elided head's cue that the count's span takes in ("the other two")
_ELIDED_HEAD_DETERMINERS = frozenset({"the", "these", "those", "all"})
#: rule ids of the dates component's dates of a day (``models/briefextract-en/dates/patterns.jsonl``)
_DAY_DATE_RULES = "dates.day."


#: Most words of an owner before its possessive in a partitive ("two of Russian President Vladimir Putin’s daughters")
_OWNER_MAX_WORDS = 5


@dataclass(slots=True)
class _Cand:
    """One number found in the text while its record is being built."""

    m: NumberMatch
    ti: int  # first token of the number
    tj: int  # token after the number (and after any percent tail)
    start: int  # span start (hedge / currency included)
    end: int  # span end
    value: float | int
    kind: str
    currency: str | None = None
    dropped: bool = False
    np: list[int] = field(default_factory=list)  # token indices of the counted noun phrase
    np_end_tok: int = 0  # token after the noun phrase (or after the number when none)
    what: str | None = None
    rule: str = ""
    approximate: bool = False
    qualifier: str | None = None
    upper: float | int | None = None
    elided: bool = False
    partitive: bool = False
    percent: bool = False
    year_like: bool = False
    needs_plural: bool = False
    hyphen_noun: str | None = None  # "point" of "a 28-point plan"


class CountRules(NounPhrases, Attribution):
    """The count extractor's lexicons, compiled once (see the module docstring)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.numbers = NumberLexicon(data.get("numbers", {}))
        #: multiplier word -> the spellings the number regex knows (lower, Capitalised, UPPER)
        self.multiplier_words = {w: casings([w]) for w in sorted({w.lower() for w in self.numbers.extra_word_starts})}
        self.article_words = frozenset(w.lower() for w in self.numbers.articles)
        self.big_words = frozenset(
            w.lower() for w in [*self.numbers.hundreds, *self.numbers.scales, *self.numbers.multipliers]
        )
        lex = data.get("lexicon", {})
        hedges = data.get("hedges", {})
        cur = data.get("currencies", {})
        attr = data.get("attribution", {})
        guards = data.get("guards", {})

        def lower_set(key: str, source: dict = lex) -> frozenset[str]:
            return frozenset(w.lower() for w in source.get(key, []))

        self.enders = lower_set("np_enders")
        self.reciprocal_owners = frozenset(tuple(w.lower().split()) for w in lex.get("reciprocal_owners", []))
        self.continuers = lower_set("np_continuers")
        self.ing_nouns = lower_set("ing_nouns")
        self.ed_nouns = lower_set("ed_nouns")
        self.participle_heads = lower_set("participle_heads")
        self.time_units = lower_set("time_units")
        self.distance_units = lower_set("distance_units")
        self.ordinal_blocked_heads = lower_set("ordinal_blocked_heads")
        self.ordinal_blocked_next = lower_set("ordinal_blocked_next")
        self.rate_nouns = lower_set("rate_nouns")
        self.rate_context = lower_set("rate_context")
        self.share_cues = lower_set("share_cues")
        self.percent_comparatives = lower_set("percent_comparatives")
        self.ordinal_event_names = tuple(sorted(lower_set("ordinal_event_names")))
        self.unit_nouns = lower_set("unit_nouns")
        self.elision_cues = lower_set("elision_cues")
        self.partitive_blocked = lower_set("partitive_blocked")
        self.ordinal_since_cues = lower_set("ordinal_since_cues")
        self.ordinal_date_cues = lower_set("ordinal_date_cues")
        self.partitive_determiners = lower_set("partitive_determiners")
        self.partitive_pronouns = lower_set("partitive_pronouns")
        self.elision_frames = lower_set("elision_frames")
        self.one_blockers = lower_set("one_blockers")
        self.months = lower_set("months")
        self.weekdays = lower_set("weekdays")
        self.citation_cues = lower_set("citation_cues")
        self.age_cues = lower_set("age_cues")
        self.age_context = lower_set("age_context")
        self.listicle_nouns = lower_set("listicle_nouns")
        self.irregular_plurals = lower_set("irregular_plurals")
        self.counted_collectives = lower_set("counted_collectives")
        self.frequency_adverbs = {w.lower(): v for w, v in (lex.get("frequency_adverbs") or {}).items()}
        self.frequency_blocked_next = lower_set("frequency_blocked_next")
        self.strict_frequency_adverbs = {w.lower(): v for w, v in (lex.get("strict_frequency_adverbs") or {}).items()}
        self.strict_frequency_next = lower_set("strict_frequency_next")
        self.strict_frequency_period = lower_set("strict_frequency_period")
        self.strict_frequency_blocked_before = lower_set("strict_frequency_blocked_before")
        self.ordinal_time_nouns = lower_set("ordinal_time_nouns")
        self.cardinal_elision_cues = lower_set("cardinal_elision_cues")
        self.superlative_exceptions = lower_set("superlative_exceptions")
        self.plural_modifiers = lower_set("plural_modifiers")
        self.ordinal_idioms = lower_set("ordinal_idioms")
        self.placement_noun_set = lower_set("placement_nouns")
        self.ordinal_determiners = lower_set("ordinal_determiners") | POSSESSIVES  # "the bloc’s 18th"
        self.times_nouns = lower_set("times_nouns")
        self.times_comparatives = lower_set("times_comparatives")
        self.one_blocked_next = lower_set("one_blocked_next") | POSSESSIVES  # "one’s"
        self.ratio_links = [tuple(w.lower() for w in link) for link in lex.get("ratio_links", [])]
        self.adjectival_participles = lower_set("adjectival_participles")
        self.nominal_participles = lower_set("nominal_participles")
        self.hyphen_count_nouns = lower_set("hyphen_count_nouns")
        self.casualty_verbs = lower_set("casualty_verbs")
        self.casualty_noun = str(lex.get("casualty_noun", "people"))
        self.number_labels = lower_set("number_labels")
        self.elision_after = lower_set("elision_after")
        self.elision_verbs = lower_set("elision_verbs")
        self.elision_adverbs = lower_set("elision_adverbs")
        self.copulas = lower_set("copulas")
        self.clause_openers = lower_set("clause_openers")

        self.hedges_before = sorted(
            (tuple(h.lower().split()) for h in hedges.get("before", [])), key=len, reverse=True
        )
        self.hedge_verbs = lower_set("verbs", hedges)
        self.hedges_after = sorted(
            (tuple(h.lower().split()) for h in hedges.get("after", [])), key=len, reverse=True
        )
        self.hedge_before_set = frozenset(self.hedges_before)
        self.hedge_before_max = max((len(h) for h in self.hedges_before), default=0)
        self.hedge_after_set = frozenset(self.hedges_after)
        self.hedge_after_max = max((len(h) for h in self.hedges_after), default=0)
        self.hyphen_only_hedges = frozenset(tuple(w.lower().split()) for w in hedges.get("hyphen_only_after", []))
        self.range_connectors = frozenset(hedges.get("range_connectors", ["–", "—", "-", "to"]))
        self.range_openers = lower_set("range_openers", hedges)
        self.threshold_prepositions = lower_set("threshold_prepositions", hedges)
        self.change_openers = lower_set("change_openers", hedges)

        symbols: dict[str, str] = cur.get("symbols", {})
        codes: dict[str, str] = cur.get("codes", {})
        self.currency_prefixes = {**symbols, **codes}
        self.currency_chars = "".join(self.currency_prefixes)  # what may glue onto a number: "$5", "US$5"
        words: dict[str, str | None] = cur.get("words", {})
        self.currency_words = {tuple(k.lower().split()): v for k, v in words.items()}
        self.currency_word_set = frozenset(self.currency_words)
        self.currency_word_max = max((len(w) for w in self.currency_words), default=0)
        prefix_alt = "|".join(
            [re.escape(s) for s in sorted(symbols, key=len, reverse=True)]
            + [rf"\b{re.escape(c)}" for c in sorted(codes, key=len, reverse=True)]
        )
        self.currency_before = re.compile(rf"(?:{prefix_alt})\s?$") if prefix_alt else None
        self.currency_last_chars = frozenset(p[-1] for p in self.currency_prefixes if p)

        self.according = sorted((tuple(a.lower().split()) for a in attr.get("according", [])), key=len, reverse=True)
        self.reporting_verbs = lower_set("reporting_verbs", attr)
        self.max_subject = int(attr.get("max_subject_tokens", 6))
        self.max_according = int(attr.get("max_according_tokens", 14))
        self.source_trailers = lower_set("source_trailers", attr)
        self.source_nouns = lower_set("source_nouns", attr)
        self.source_stops = lower_set("source_stops", attr)
        # tries of the cue words (case-sensitive: much faster than re.I alternations)
        according_spellings = casings(" ".join(cue) for cue in self.according)
        self.according_regex = re.compile(rf"\b{trie_pattern(according_spellings, space=True)}\b")
        #: the longest word of each spelling: a text without any of them holds no "according to" cue
        self.according_keys = tuple(sorted({max(c.split(), key=len) for c in according_spellings}))
        #: any of ``according_keys`` as one regex: a sentence is tested with one C-level search
        self.according_key_regex = re.compile("|".join(re.escape(k) for k in self.according_keys) or "(?!)")
        self.reporting_regex = re.compile(rf"\b{trie_pattern(self.reporting_verbs)}\b")  # "States" is no verb
        #: the most non-space characters a cue match holds (a scan of a sentence reads this far past it)
        self.cue_reach = max(
            (len("".join(cue.split())) for cue in [*(" ".join(a) for a in self.according), *self.reporting_verbs]),
            default=0,
        )

        blocked = guards.get("blocked_patterns", [])
        self.blocked_regex = re.compile("|".join(f"(?:{p})" for p in blocked)) if blocked else None
        #: one of the characters every blocked pattern needs ("2023-12", "10/09", "12:25"): a window
        #: around a number without any (~4 of 5 numbers) is not scanned with the patterns at all
        separators = guards.get("blocked_pattern_separators", "")
        self.blocked_separator_regex = re.compile(f"[{re.escape(separators)}]") if separators else None

    # ------------------------------------------------------------------
    def extract(self, doc: Doc) -> list[dict]:
        """Every count in ``doc`` as a ``records.Count`` dict, in text order."""
        text = doc_text(doc)
        if not text:
            return []
        tok = token_arrays(doc)  # shared with the other components: built once per Doc
        matches = self.numbers.finditer(text, self._word_starts(tok, text))
        adverbs = [w for w in (*self.frequency_adverbs, *self.strict_frequency_adverbs)
                   if w in text or w.capitalize() in text]  # (C substring tests)
        if not matches and not adverbs:
            return []
        ctx = _DocContext(doc, self, matches)
        cands: list[_Cand] = []
        for m, (_, ti, tj) in zip(matches, ctx.number_tokens):
            cand = self._candidate(ctx, m, ti, tj)
            if cand is not None:
                cands.append(cand)
        for c in cands:
            self._guard(ctx, c)
        self._link(ctx, cands)
        records: list[dict] = []
        emitted: list[_Cand] = []
        for c in cands:
            if c.dropped:
                continue
            if not self._resolve_what(ctx, c, emitted):
                continue
            if is_excluded(doc, c.start, c.end):
                continue
            emitted.append(c)
            records.append(self._record(ctx, c))
        if adverbs:
            for rec in self._frequency_adverbs(ctx, adverbs):
                at = bisect_right([r["span"]["start"] for r in records], rec["span"]["start"])
                records.insert(at, rec)
        return records

    def _frequency_adverbs(self, ctx: _DocContext, adverbs: list[str]) -> list[dict]:
        """"met twice", "at least twice a year": a count of times (lexicon frequency_adverbs);
        not a multiplier ("twice as many", "twice the size") nor a compound ("twice-failed")."""
        out = []
        for word in adverbs:
            strict = word in self.strict_frequency_adverbs
            value = self.strict_frequency_adverbs[word] if strict else self.frequency_adverbs[word]
            for k in _indices(ctx.lowers, word):
                nxt = ctx.lower(k + 1) if k + 1 < ctx.n else ""
                if strict and not self._strict_frequency(ctx, k, nxt):
                    continue
                if nxt in self.frequency_blocked_next or ctx.word(k + 1 if k + 1 < ctx.n else k) in HYPHENS:
                    continue
                if k > 0 and ctx.word(k - 1) in HYPHENS and not ctx.space_after(k - 1):
                    continue
                start, end = ctx.starts[k], ctx.end_char(k)
                if is_excluded(ctx.doc, start, end):
                    continue
                m = NumberMatch(start, end, value, "cardinal", "words", num_end=end)
                c = _Cand(m=m, ti=k, tj=k + 1, start=start, end=end, value=m.value, kind="cardinal",
                          what="time" if value == 1 else "times", rule="frequency")
                out.append(self._record(ctx, c))
        return out

    def _cut_word(self, ctx: _DocContext, k: int) -> bool:
        """Whether token ``k``, the text's last, is a word cut short ("... 1,000 po"): at most
        three lower-case letters with nothing after them, not a plural ("men")."""
        word = ctx.word(k)
        if not (len(word) <= 3 and word.isalpha() and word.islower()) or _plural_like(word):
            return False
        end = ctx.end_char(k)
        return end + 64 >= len(ctx.text) and not ctx.text[end:end + 64].strip() and word not in self.irregular_plurals

    def _strict_frequency(self, ctx: _DocContext, k: int, nxt: str) -> bool:
        """Whether the "once" at token ``k`` counts a time: before a clause end, "before",
        "since"... or "a year" (lexicon strict_frequency_*), not opening its sentence nor
        after "at", "for", "all"; nothing else ("once the sanctions are lifted", "once a close ally")."""
        if ctx.sentence_initial(k) or (k > 0 and ctx.lower(k - 1) in self.strict_frequency_blocked_before):
            return False
        if k + 1 >= ctx.n:
            return True
        if nxt in self.strict_frequency_period:
            return k + 2 < ctx.n and ctx.lower(k + 2) in self.time_units  # "once a month"
        return nxt in self.strict_frequency_next

    def _word_starts(self, tok: TokenArrays, text: str) -> list[int]:
        """Character offsets of tokens that may start a number word: ``like_num`` words
        ("three", "Thirty", "fourth"), "dozen", and "a"/"an" before "dozen", "thousand"...

        ``like_num`` tokens are few (``compress`` picks them at C speed), and a multiplier
        word is looked for with ``list.index`` only, and only when the text holds one of
        the spellings the number regex can match there: no Python loop over every token."""
        texts, lower = tok.text, tok.lower
        ks = [k for k in compress(range(len(texts)), tok.like_num) if texts[k].isalpha()]
        for word, spellings in self.multiplier_words.items():
            if any(spelling in text for spelling in spellings):
                ks.extend(_indices(lower, word))
        if not ks:
            return []
        starts = set(ks)
        for k in ks:
            if k > 0 and lower[k] in self.big_words and lower[k - 1] in self.article_words:
                starts.add(k - 1)  # "a thousand", "a dozen"
        idx = tok.idx
        return [idx[k] for k in sorted(starts)]

    # -- candidates ------------------------------------------------------
    def _candidate(self, ctx: _DocContext, m: NumberMatch, ti: int, tj: int) -> _Cand | None:
        """``ti``, ``tj``: the number's first token and the token after it."""
        inside = ctx._text_at[ti][: m.start - ctx.starts[ti]]
        if inside and inside.strip(self.currency_chars) and not self._range_end_inside(inside):
            return None  # the number starts inside a word token
        cand = _Cand(m=m, ti=ti, tj=tj, start=m.start, end=m.end, value=m.value, kind=m.kind, percent=m.percent)
        if self.currency_before is not None and m.form == "digits" and not m.percent:
            before = ctx.text[max(0, m.start - 5) : m.start]
            # the regex ends in a symbol or code, then at most a space and a line end: test that
            # last character first (most numbers have none before them)
            cm = self.currency_before.search(before) if before.rstrip()[-1:] in self.currency_last_chars else None
            if cm:
                symbol = cm.group().strip()
                cand.currency = self.currency_prefixes.get(symbol) or self.currency_prefixes.get(symbol.upper())
                cand.start = m.start - (len(before) - cm.start())
        if not self.numbers.currency_abbreviation_ok(m.abbreviation, cand.currency is not None):
            cand.needs_plural = True  # "1.5m refugees" counts; "a 5m wall" is metres
        return cand

    def _range_end_inside(self, inside: str) -> bool:
        """``inside`` (the token's text before a number) is a number and a range dash, with
        perhaps a currency: the upper end of "$45-$50", one token, is a number too."""
        head = inside.rstrip(self.currency_chars)
        return len(head) > 1 and head[-1] in self.range_connectors and head[-2].isdigit()

    # -- guards ----------------------------------------------------------
    def _guard(self, ctx: _DocContext, c: _Cand) -> None:
        """Drop numbers that are dates, years, times, names, citations, list markers, modifiers."""
        text, m, words = ctx.text, c.m, ctx._text_at
        if ctx.blocked(m.start, m.num_end):
            c.dropped = True
            return
        prev = ctx.prev_word(c.ti)  # a token index, or None
        prev_text = words[prev] if prev is not None else ""
        prev_low = ctx.label_before(c.ti)
        has_next = c.tj < ctx.n
        nxt_text = words[c.tj] if has_next else ""
        nxt_low = ctx.lower(c.tj) if has_next else ""
        digits = m.form == "digits"
        hedge_memo: list[bool] = []

        def hedged() -> bool:  # computed only when a rule needs it
            if not hedge_memo:
                hedge_memo.append(self._hedge_before(ctx, ctx.token_at(c.start)) is not None)
            return hedge_memo[0]

        # a year: four digits 1900-2100 with no separator, unless hedged or money
        raw = text[m.start : m.num_end]
        if (
            digits and c.kind == "cardinal" and not m.percent and not m.scaled and c.currency is None
            and raw.isdigit() and len(raw) == 4 and 1900 <= int(raw) <= 2100
        ):
            if not hedged():
                c.dropped = True
                return
            c.year_like = True  # "about 2000 people" counts, "since at least 2014" does not
        # next to a month: "26 October", "December 30", "Feb. 7", "the 26th of October"
        # (a month name is capitalised: "5,000 march" is no date)
        if (prev_low in self.months and prev is not None and prev_text[:1].isupper()) or (
            nxt_low in self.months and nxt_text[:1].isupper()
        ):
            c.dropped = True
            return
        if nxt_low == "of" and c.tj + 1 < ctx.n and ctx.lower(c.tj + 1) in self.months and words[c.tj + 1].istitle():
            c.dropped = True
            return
        # "aged 44"
        if prev_low in self.age_cues:
            c.dropped = True
            return
        if digits and c.currency is None:
            # citations and labels: "No. 61", "# 603", "Article 5", "Resolution 2231"
            if prev_low in self.citation_cues:
                c.dropped = True
                return
            # a number right after a capitalised word inside a sentence is part of a name
            # ("Boeing 737", "Windows 10", "Zapad 2025"); after an acronym even at the start of a
            # sentence ("GL 41 authorizes ...", "MH17"-style labels: an acronym counts nothing)
            if (
                prev is not None and prev == c.ti - 1 and prev_text[:1].isupper() and any(ch.isalpha() for ch in prev_text)
                and (not ctx.sentence_initial(prev) or (len(prev_text) > 1 and prev_text.isupper()))
                and prev_low not in self.elision_cues and not hedged()
                and prev_low not in self.currency_prefixes and prev_text not in self.currency_prefixes
                and prev_low not in self.weekdays  # "On Thursday 52 prisoners were freed"
                and not ctx.title_case(c.ti)
                and not c.percent  # "... Party of Kazakhstan 7.2 percent": a share, not "Windows 10"
            ):
                c.dropped = True
                return
            # "Nord Stream 1 and 2 pipelines", "Boeing 737 and 747 jets": a number coordinated
            # with a name's number belongs to the name too
            if (
                prev is not None and prev_low in CONJUNCTIONS and prev == c.ti - 1 and c.ti >= 3
                and words[c.ti - 2].isdigit() and words[c.ti - 3].isalpha() and words[c.ti - 3][:1].isupper()
                and not ctx.sentence_initial(c.ti - 3) and not ctx.title_case(c.ti) and not c.percent
            ):
                c.dropped = True
                return
            # a numbered day or week is a label, not a count: "day 680 of the war", "marks day 1,000."
            # ("on that day 52 prisoners were freed" still counts: a noun follows)
            if prev_low in self.number_labels and (not has_next or nxt_low == "of" or not nxt_text.isalpha()):
                c.dropped = True
                return
            # list markers "1." / "2)" at the start of a line, and "[12]" / "(3)" citations
            if ctx.line_initial(c.ti) and nxt_low in _LIST_MARKER_ENDS:
                c.dropped = True
                return
            if prev_low in _OPENING_BRACKETS and nxt_low in _CLOSING_BRACKETS and not c.percent:  # "(7.18%)" is a share
                c.dropped = True
                return
        # a hyphenated modifier: "30-day", "one-year", "44-year-old", "two-thirds"
        if (
            text[m.num_end : m.num_end + 1] == "-" and text[m.num_end + 1 : m.num_end + 2].isalpha()
            and not (c.currency and m.scaled)  # "$5 million-a-year deal" is still money
        ):
            tail = _next_word(text, m.num_end + 1)
            if c.kind == "cardinal" and not c.percent and c.currency is None and tail in self.hyphen_count_nouns:
                c.hyphen_noun = text[m.num_end + 1 : m.num_end + 1 + len(tail)]  # "a 28-point plan"
            elif (tail,) not in self.hedge_after_set and not (c.kind == "ordinal" and tail == "ever"):
                c.dropped = True
                return
        if self._in_ratio(ctx, c):
            c.dropped = True  # "nine in ten voters", "three out of four"
            return
        if (
            c.kind == "ordinal" and digits and has_next and nxt_text.istitle() and not nxt_text.isupper()
            and not ctx.sentence_initial(c.ti) and not ctx.title_case(c.ti)
        ):
            c.dropped = True  # "the 5th Army", "the 20th Party Congress": names
            return
        if (
            m.form == "words" and text[m.start].isupper() and not ctx.sentence_initial(c.ti)
            and not ctx.title_case(c.ti)
        ):
            c.dropped = True  # "First Lady", "Second World War", "Group of Seven", "the Big Three"
            return
        if m.form == "words" and text[m.start : m.num_end].lower() == "one" and (
            prev_low in self.one_blockers or nxt_low in self.one_blocked_next
        ):
            c.dropped = True  # "no one", "one another", "one by one"

    def _in_ratio(self, ctx: _DocContext, c: _Cand) -> bool:
        for link in self.ratio_links:
            n = len(link)
            after = c.tj + n
            if after < ctx.n and ctx.is_number(after) and tuple(ctx.lowers[c.tj : after]) == link:
                return True
            before = c.ti - n - 1
            if before >= 0 and ctx.is_number(before) and tuple(ctx.lowers[c.ti - n : c.ti]) == link:
                return True
        return False

    # -- ranges and coordination ----------------------------------------------
    def _link(self, ctx: _DocContext, cands: list[_Cand]) -> None:
        """Join "8,000–10,000", "between 5 and 7", "600 to 1,400"; split "from A to B"."""
        text = ctx.text
        for a, b in pairwise(cands):
            if a.dropped or b.dropped or a.upper is not None:
                continue
            between = text[a.m.end : b.start].strip().lower()
            if between not in self.range_connectors and between != "and":
                continue
            if a.kind != b.kind or (a.percent and not b.percent):
                continue
            opener = self._word_before(ctx, a)
            if between == "and":
                if opener in self.range_openers:
                    self._make_range(a, b)
                else:
                    a.rule = "coordinated"  # "three and eight citizens": a borrows b's noun
                    a.partitive = False
                continue
            if opener in self.change_openers:
                a.rule = "coordinated"  # "from 900 to 2,000 troops": two counts
                continue
            if between == "or":
                a.rule = "coordinated_or"
                continue
            self._make_range(a, b)

    @staticmethod
    def _make_range(a: _Cand, b: _Cand) -> None:
        lower = a.value
        if b.m.scaled and not a.m.scaled:
            lower = a.value * b.m.factor  # "$5–7 billion", "two to three million"
        if b.value < lower:
            return
        a.upper = b.value
        a.value = lower
        a.end = b.end
        a.tj = b.tj
        a.approximate = True
        a.currency = a.currency or b.currency
        a.percent = a.percent or b.percent  # "between 25 and 30 per cent of the vote"
        b.dropped = True
        a.rule = "range"

    def _word_before(self, ctx: _DocContext, c: _Cand) -> str:
        prev = ctx.prev_word(ctx.token_at(c.start))
        return ctx.lower(prev) if prev is not None else ""

    # -- the counted noun ------------------------------------------------------
    def _resolve_what(self, ctx: _DocContext, c: _Cand, emitted: list[_Cand]) -> bool:
        """Set what/kind/span end of ``c``; False when it is not a count after all."""
        if c.hyphen_noun is not None:  # "a 28-point plan": 28 points
            c.what = c.hyphen_noun if c.value == 1 else _pluralise(c.hyphen_noun)
            c.end = max(c.end, c.m.num_end + 1 + len(c.hyphen_noun))
            c.rule = c.rule or "hyphenated"
            return True
        sent_end = ctx.sent_end(c.ti)
        start_tok = self._past_hedge_and_currency(ctx, c, c.tj, sent_end)
        if c.currency is not None:
            c.kind, c.what = "money", c.currency
            c.rule = c.rule or "money"
            c.end = max(c.end, ctx.end_char(start_tok - 1))
            return True
        if c.percent:
            return self._resolve_percent(ctx, c, start_tok, sent_end)
        if c.kind == "ordinal":
            return self._resolve_ordinal(ctx, c, start_tok, sent_end, emitted)
        # partitive "three of its eight small operating bases"
        if start_tok < sent_end and ctx.lower(start_tok) == "of":
            return self._resolve_partitive(ctx, c, start_tok, sent_end, emitted)
        # "14 more were pardoned", "two more died": 'more' without a noun leaves out an earlier one
        if (
            start_tok < sent_end and ctx.lower(start_tok) in self.elision_after
            and (start_tok + 1 >= sent_end or not ctx.is_word(start_tok + 1) or ctx.lower(start_tok + 1) in self.enders)
        ):
            if not self._elide(ctx, c, emitted, force=True):
                return False
            c.end = max(c.end, ctx.end_char(start_tok))
            return True
        cue = ctx.prev_word(ctx.token_at(c.start))
        verb_likely = cue is not None and ctx.lower(cue) in self.elision_cues
        np = self._noun_phrase(ctx, start_tok, sent_end, verb_likely=verb_likely)
        if np and self._cut_word(ctx, np[-1]):
            np = []  # a text cut mid-word ("... close to 1,000 po"): no head, the noun of an earlier count
        if c.needs_plural and not (
            np and self._plural_head(ctx, np[-1])
        ):
            return False
        if np:
            return self._resolve_noun_phrase(ctx, c, np, sent_end)
        return self._resolve_without_noun(ctx, c, start_tok, sent_end, emitted)

    def _past_hedge_and_currency(self, ctx: _DocContext, c: _Cand, start_tok: int, sent_end: int) -> int:
        """The token after a hedge ("8,000-plus", "30 or so") and a currency word ("5 million
        dollars") that follow the number of ``c``, marking ``c`` approximate / money on the way:
        the counted noun is looked for after them."""
        after = self._hedge_after(ctx, start_tok, sent_end)
        if after is not None:
            phrase, n = after
            if not c.approximate:
                c.approximate, c.qualifier = True, phrase
            start_tok += n
        if c.currency is None and not c.percent and c.kind == "cardinal":
            cw = self._currency_word(ctx, start_tok, sent_end)
            if cw is not None:
                c.currency, n = cw
                c.end = ctx.end_char(start_tok + n - 1)
                start_tok += n
        return start_tok

    def _resolve_partitive(self, ctx: _DocContext, c: _Cand, start_tok: int, sent_end: int,
                           emitted: list[_Cand]) -> bool:
        """A number before "of" ("three of its eight small operating bases", "400 of them
        civilians", "two of them"): the noun after the determiners, else an earlier count's."""
        if ctx.lower(c.ti) in self.partitive_blocked and c.tj - c.ti == 1:
            return False  # "one of the leaders"
        i = start_tok + 1
        if i < sent_end and ctx.lower(i) in self.partitive_pronouns:
            own = self._noun_phrase(ctx, i + 1, sent_end, allow_participle_head=False)
            if own and self._plural_head(ctx, own[-1]):
                return self._set_np(ctx, c, own, "partitive")  # "400 of them civilians"
            if not self._elide(ctx, c, emitted, force=True, part=True):  # "two of them", "45 of which"
                return False
            c.end = max(c.end, ctx.end_char(i))
            return True
        i = self._past_owner(ctx, self._after_determiners(ctx, i, sent_end), sent_end)  # "of all the"
        j = ctx.number_after(i)
        if j is not None:
            i = j
        np = self._noun_phrase(ctx, i, sent_end)
        if np:
            return self._set_np(ctx, c, np, "partitive")
        if j is not None and ctx.line_initial(c.ti) and (j >= sent_end or not ctx.is_word(j)):
            return False  # a gallery counter "1 of 5 | Photo", not "Three of the five were freed"
        return self._elide(ctx, c, emitted, force=True)

    def _resolve_noun_phrase(self, ctx: _DocContext, c: _Cand, np: list[int], sent_end: int) -> bool:
        """The noun phrase after the number is what ``c`` counts, unless it makes the number a
        duration, an extent, a headline's list or a multiplier."""
        if any(ctx.lower(k) in self.time_units for k in np):
            return False  # durations and clock times: "15 years", "10 days after", "3 p.m."
        if ctx.lower(np[0]) in self.distance_units:
            return False  # an extent: "flew 787 kilometers", "186 miles from the capital"
        if ctx.lower(np[0]) in self.listicle_nouns and ctx.title_case(c.ti):
            return False  # a headline's "Five Things to Watch"
        after_np = np[-1] + 1
        if (
            ctx.lower(np[-1]) in self.times_nouns and after_np < sent_end
            and ctx.lower(after_np) in self.times_comparatives
        ):
            return False  # "ten times higher": a multiplier, not a count
        if self._set_np(ctx, c, np, c.m.form):
            self._share_head(ctx, c, np, sent_end)
            return True
        return False

    def _resolve_without_noun(self, ctx: _DocContext, c: _Cand, start_tok: int, sent_end: int,
                              emitted: list[_Cand]) -> bool:
        """A number with no noun after it: casualties after a casualty verb, a coordinated
        number's next noun, a clause's bare subject or a frame's ("a death toll of 52") noun of
        an earlier count, a collective ("a workforce of 5,000")."""
        hedge = self._hedge_before(ctx, ctx.token_at(c.start))
        verb = ctx.prev_word(hedge[1] if hedge is not None else ctx.token_at(c.start))
        if c.kind == "cardinal" and verb is not None and ctx.lower(verb) in self.casualty_verbs:
            # "killed 4 and wounded at least 10": casualties are people
            c.what, c.elided, c.rule = self.casualty_noun, True, c.rule or "casualties"
            return True
        if c.rule in _COORDINATED_RULES:
            return self._borrow_from_next(ctx, c)
        if c.year_like:
            return False  # a hedged year with no noun: "since at least 2014"
        if (
            start_tok < sent_end and c.kind == "cardinal" and self._elision_verb(ctx, start_tok, sent_end)
            and self._hedge_before(ctx, ctx.token_at(c.start)) is None and self._clause_initial(ctx, c.ti)
        ):
            return self._resolve_bare_subject(ctx, c, start_tok, sent_end, emitted)
        of = ctx.prev_word(c.ti)
        frame = ctx.prev_word(of) if of is not None and ctx.lower(of) == "of" else None
        owner = ctx.prev_word(verb) if verb is not None and ctx.lower(verb) == "of" else None
        if owner is not None and ctx.lower(owner) in self.counted_collectives and c.kind == "cardinal":
            # "a population of just under 800,000", "a workforce of 5,000": the collective is what is counted
            c.what, c.rule = ctx.word(owner), c.rule or "collective"
            return True
        if frame is not None and ctx.lower(frame) in self.elision_frames:
            # "reported a far higher figure of 400", "a death toll of 52": the frame says the
            # number counts what an earlier count counted
            return self._elide(ctx, c, emitted, force=True)
        return self._elide(ctx, c, emitted)

    def _resolve_bare_subject(self, ctx: _DocContext, c: _Cand, start_tok: int, sent_end: int,
                              emitted: list[_Cand]) -> bool:
        """"Four were hanged", "and two died", "of whom 757 are men": a bare number opening a
        clause leaves out an earlier noun (a hedged one may be a threshold: "adults over 65
        were"; after a verb it may be anything: "Russia said 250 had been killed")."""
        lo = ctx.sent_start(c.ti)
        of_frame = ctx.lower(lo) == "of" and any(ctx.sent_start(ctx.token_at(p.start)) == lo for p in emitted[-3:])
        if ctx.lower(start_tok) in _PLURAL_COPULAS and not of_frame:
            # "14 were foreign nationals": a plural noun after the copula names what is counted
            # (but "Of the 200 detainees freed, 120 were students" counts detainees)
            pred = self._noun_phrase(ctx, start_tok + 1, sent_end, allow_participle_head=False)
            if pred and self._plural_head(ctx, pred[-1]):
                return self._set_np(ctx, c, pred, "predicate")
        return self._elide(ctx, c, emitted, force=True)

    def _elision_verb(self, ctx: _DocContext, i: int, sent_end: int) -> bool:
        """Token ``i`` (after a bare number) is a verb: one of ``elision_verbs`` or a past form
        ("participated", "stayed"), maybe after one of ``elision_adverbs`` ("two are still held",
        "one was formerly registered")."""
        if ctx.lower(i) in self.elision_adverbs and i + 1 < sent_end:
            i += 1
        word = ctx.lower(i)
        return word in self.elision_verbs or (len(word) > 4 and word.endswith("ed") and word.isalpha()
                                              and ctx.word(i).islower())

    def _after_determiners(self, ctx: _DocContext, i: int, sent_end: int) -> int:
        """The token after up to two partitive determiners from token ``i`` ("all the" of
        "three of all the bases"), ``i`` when there is none: the partitive and the percent
        rules read the noun after them."""
        for _ in range(2):
            if i < sent_end and ctx.lower(i) in self.partitive_determiners:
                i += 1
            else:
                break
        return i

    def _clause_initial(self, ctx: _DocContext, ti: int) -> bool:
        """Token ``ti`` opens its sentence or a clause ("and", "while", "of whom", a comma)."""
        prev = ctx.prev_word(ti)
        return prev is None or prev < ctx.sent_start(ti) or ctx.lower(prev) in self.clause_openers

    def _set_np(self, ctx: _DocContext, c: _Cand, np: list[int], rule: str) -> bool:
        np = self._extend_of(ctx, np, ctx.sent_end(c.ti))
        c.np = np
        np_end = ctx.starts[np[-1]] + len(ctx._text_at[np[-1]])  # token arrays: no Token objects
        c.what = ctx.text[ctx.starts[np[0]] : np_end]
        c.end = max(c.end, np_end)
        c.np_end_tok = np[-1] + 1
        if not c.rule:
            c.rule = rule
        return True

    def _extend_of(self, ctx: _DocContext, np: list[int], sent_end: int) -> list[int]:
        """"rounds" + "of sanctions", "package" + "of measures": unit nouns take their "of" phrase."""
        last = np[-1]
        if ctx.lower(last) in self.unit_nouns and last + 2 < sent_end and ctx.lower(last + 1) == "of":
            tail = self._noun_phrase(ctx, last + 2, sent_end, allow_participle_head=False)
            for a, b in pairwise(tail):
                if _plural_like(ctx.word(a)) and _plural_like(ctx.word(b)) and ctx.word(b).islower():
                    tail = tail[: tail.index(b)]  # "the 19th package of sanctions lists 118 vessels": a verb
                    break
            if tail and not any(ctx.lower(k) in self.time_units for k in tail):
                return np + list(range(last + 1, tail[-1] + 1))
        return np

    def _past_owner(self, ctx: _DocContext, i: int, sent_end: int) -> int:
        """The token after the owner's possessive when the words from ``i`` are an owner ("12 of
        Ukraine’s 24 regions", "two of Russian President Vladimir Putin’s daughters", "three of the
        consulate's staff", "five of each other’s detainees"): the counted noun follows it; else ``i``."""
        if i + 2 < sent_end and (ctx.lower(i), ctx.lower(i + 1)) in self.reciprocal_owners and ctx.word(i + 2) in POSSESSIVES:
            return i + 3
        for k in range(i + 1, min(i + _OWNER_MAX_WORDS + 1, sent_end - 1)):
            if ctx.word(k) in POSSESSIVES:
                return k + 1
            if not ctx.is_word(k) or ctx.lower(k) in self.enders:
                break
        return i

    def _resolve_percent(self, ctx: _DocContext, c: _Cand, start_tok: int, sent_end: int) -> bool:
        """"80 per cent of townships", "0.1 percent heavy rare earths": a share; rates are not counts."""
        c.kind, c.what = "percent", "percent"
        for k in range(max(ctx.sent_start(c.ti), c.ti - 6), c.ti):
            if ctx.lower(k) in self.rate_context:
                return False
        if start_tok < sent_end and ctx.lower(start_tok) == "of":
            i = start_tok + 1
            if i < sent_end and ctx.lower(i) in self.partitive_pronouns:
                np = [i]  # "82% of them"
            else:
                i = self._after_determiners(ctx, i, sent_end)  # "88% of all the executions"
                np = self._noun_phrase(ctx, i, sent_end, allow_participle_head=False)
                after = np[-1] + 1 if np else sent_end
                if after + 1 < sent_end and ctx.word(after) in POSSESSIVES:
                    np = self._noun_phrase(ctx, after + 1, sent_end, allow_participle_head=False)  # "of Russia’s oil"
                head = ctx.word(np[-1]) if np else ""
                if head.islower() and not (self._plural_head(ctx, np[-1])
                                           or head in self.share_cues or head in self.counted_collectives):
                    return False  # "40 percent of Russia’s oil production": a share of an amount, no count
            if not np:
                return False
            c.end = max(c.end, ctx.end_char(np[-1]))
        else:
            if start_tok < sent_end and ctx.lower(start_tok) in self.percent_comparatives:
                return False  # "15% below the market price": a difference, not a share
            np = self._noun_phrase(ctx, start_tok, sent_end, allow_participle_head=False)
            if not np:
                # "turnout was around 52%", "compared to 21 percent for the opposition bloc":
                # with no noun of its own, a share counts something only in a sentence about
                # votes, voters, seats or poll respondents, or right after one ("... with all
                # votes counted. The bloc came second with 27 percent.")
                lo = ctx.sent_start(c.ti)
                if lo:
                    lo = ctx.sent_start(lo - 1)
                if self.share_cues.isdisjoint(ctx.lowers[lo:sent_end]):
                    return False
                c.rule = c.rule if c.rule == "range" else "percent.share"
                return True
            if any(ctx.lower(k) in self.rate_nouns and ctx.lower(k) not in self.share_cues for k in np):
                return False  # "a 25% tariff", "5 percent growth" (but "a 52% turnout" counts voters)
            if any(ctx.lower(k) in self.time_units for k in np):
                return False  # "up 5% year on year", "9% a month": a rate
            c.end = max(c.end, ctx.end_char(np[-1]))
        c.rule = c.rule if c.rule == "range" else "percent"
        return True

    def _resolve_ordinal(self, ctx: _DocContext, c: _Cand, start_tok: int, sent_end: int,
                         emitted: list[_Cand] = ()) -> bool:
        """"the fourth round", "his first visit", "19th package"; not "for the first time", "second-largest".

        "the 16th and 17th packages" share the noun; "preparing a 20th." / "the sixth is planned"
        leave out the noun of an earlier package or round (only unit nouns: "the first was a
        journalist" names no counted unit)."""
        placed = self._placement(ctx, c, start_tok, sent_end)
        if placed is not None:
            return placed
        coordinated = (
            start_tok + 1 < sent_end and ctx.lower(start_tok) in CONJUNCTIONS and ctx.is_number(start_tok + 1)
        )
        after_coordinated = self._after_coordinated_ordinal(ctx, c)
        if (not after_coordinated and ctx.label_before(c.ti) not in self.ordinal_determiners
                and self._before_date(ctx, c.ti) not in self.ordinal_determiners):
            return False  # an adverb: "Trump first proposed", "was first elected", "ranked fifth"
        if coordinated:
            return self._borrow_from_next(ctx, c)
        if start_tok < sent_end and ctx.lower(start_tok) in self.ordinal_time_nouns:
            # "the eighth time Article 4 was invoked"; "the first time" is an idiom
            return c.value >= 2 and self._set_np(ctx, c, [start_tok], "ordinal.time")
        if start_tok < sent_end and ctx.lower(start_tok) in self.ordinal_blocked_next - _SINGULAR_COPULAS:
            if ctx.lower(start_tok) in self.ordinal_since_cues:
                return self._copula_subject(ctx, c)  # "the exchange was the 60th since 2022"
            if ctx.lower(start_tok) in self.ordinal_date_cues:
                return self._elide_unit(ctx, c, emitted)  # "its 17th package ... approved the 18th on Friday"
            return False
        if start_tok + 1 < sent_end and ctx.lower(start_tok) == "-" and ctx.lower(start_tok + 1) == "ever":
            start_tok += 1
        if start_tok + 1 < sent_end and ctx.lower(start_tok) == "ever":
            start_tok += 1  # "the first ever visit", "the first-ever visit"
        if start_tok >= sent_end or not ctx.is_word(start_tok) or ctx.lower(start_tok) in _VERBS_AFTER_BARE_ORDINAL:
            return self._elide_unit(ctx, c, emitted)  # "preparing a 20th.", "the sixth is planned"
        np = self._noun_phrase(ctx, start_tok, sent_end, allow_participle_head=False, verb_likely=True)
        if not np:  # "the first seven months"; but "the visit is the third this year"
            if self._participle(ctx.lower(start_tok)):
                # "the eighth time ..., and the third linked to ...": the noun of an
                # ordinal earlier in the sentence
                return self._elide_unit(ctx, c, emitted, since_tok=ctx.sent_start(c.ti))
            return self._copula_subject(ctx, c)
        first = ctx.lower(np[0])
        if f"{ctx.lower(c.ti)} {first}" in self.ordinal_idioms:
            return False  # "third countries", "first lady"
        if " ".join(ctx.lower(k) for k in np).startswith(self.ordinal_event_names):
            return False  # an event's name: "since the second world war"
        if first.endswith("est") and len(first) > 4 and first not in self.superlative_exceptions:
            return False  # "the second largest economy"
        if any(ctx.lower(k) in self.time_units or ctx.lower(k) in self.ordinal_blocked_heads for k in np):
            return False
        return self._set_np(ctx, c, np, "ordinal." + c.m.form)

    def _placement(self, ctx: _DocContext, c: _Cand, start_tok: int, sent_end: int) -> bool | None:
        """A ranking with its noun (lexicon ``placement_nouns``): "in second place", "took third
        position" count the noun, whatever the word before the ordinal; "in the first place" is an
        idiom. A bare "came second" names no counted noun (the annotations leave it out). None: no
        ranking here."""
        if start_tok >= sent_end or ctx.lower(start_tok) not in self.placement_noun_set:
            return None
        if ctx.label_before(c.ti) == "the" and c.value == 1:
            return None  # "in the first place"
        return self._set_np(ctx, c, [start_tok], "ordinal.place")

    def _before_date(self, ctx: _DocContext, ti: int) -> str:
        """The word before a day's date right before token ``ti`` ("the" of "the Oct. 27 second
        round", "the 27 October second round"); "" when no such date precedes. The date is one
        the dates component found (``doc.spans["dates"]``, a ``dates.day.*`` rule): counts does
        not look for dates itself."""
        prev = ctx.prev_word(ti)
        if prev is None:
            return ""
        start = ctx.day_date_starts.get(prev + 1)
        return ctx.label_before(start) if start is not None else ""

    def _after_coordinated_ordinal(self, ctx: _DocContext, c: _Cand) -> bool:
        """True for the "17th" of "the 16th and 17th packages"."""
        prev = ctx.prev_word(c.ti)
        if prev is None or ctx.lower(prev) not in CONJUNCTIONS:
            return False
        before = ctx.prev_word(prev)
        return before is not None and ctx.is_number(before) and ctx.word(before)[:1].isdigit() == ctx.text[c.start].isdigit()

    def _copula_subject(self, ctx: _DocContext, c: _Cand) -> bool:
        """'<noun> was the Nth': the subject's noun is what the ordinal counts ("the exchange
        was the 60th since 2022", "the visit is the third this year"); pronouns name nothing."""
        the = ctx.prev_word(c.ti)
        if the is not None and ctx.lower(the) in POSSESSIVES:  # "the bloc’s 18th": past the owner
            owner = ctx.prev_word(the)
            the = ctx.prev_word(owner) if owner is not None and ctx.is_word(owner) else None
        cop = ctx.prev_word(the) if the is not None and ctx.lower(the) == "the" else None
        # "<noun> was the Nth", or in apposition "<noun>, the Nth" ("The package, the bloc’s 18th since ...")
        if cop is None or (ctx.lower(cop) not in self.copulas and ctx.word(cop) != ","):
            return False
        noun = ctx.prev_word(cop)
        if noun is None or not ctx.is_word(noun) or ctx.lower(noun) in self.enders or not ctx.word(noun).islower():
            return False
        c.what, c.elided, c.rule = ctx.word(noun), True, c.rule or "ordinal.elided"
        return True

    def _elide_unit(self, ctx: _DocContext, c: _Cand, emitted: list[_Cand], since_tok: int = -1) -> bool:
        """An ordinal without its noun takes the unit noun of the nearest earlier ordinal or
        unit count ("the 19th package ... a 20th", "five rounds ... the sixth"), one from
        token ``since_tok`` on when given."""
        if self._copula_subject(ctx, c):
            return True
        for prior in reversed(emitted):
            if c.start - prior.end > ANTECEDENT_WINDOW or prior.ti < since_tok:
                break
            if prior.kind in _UNIT_KINDS or not prior.what:
                continue
            head = prior.what.partition(" of ")[0].split()[-1].lower()
            if prior.kind != "ordinal" and head not in self.unit_nouns:
                continue
            c.what, c.elided, c.rule = prior.what, True, c.rule or "ordinal.elided"
            return True
        return False

    def _share_head(self, ctx: _DocContext, c: _Cand, np: list[int], sent_end: int) -> None:
        """"three Lithuanian and two Polish citizens", "one Danish or two Austrian citizens": a
        lone capitalised modifier before "and"/"or" and another count shares that count's head
        noun ("Lithuanian citizens")."""
        k = np[-1] + 1
        word = ctx.word(np[0])
        if (len(np) != 1 or k + 1 >= sent_end or ctx.lower(k) not in CONJUNCTIONS or not ctx.is_number(k + 1)
                or not word[:1].isupper() or self._plural_head(ctx, np[0])):
            return
        for other in ctx.cands_after(ctx.end_char(k)):
            theirs = self._noun_phrase(ctx, other.tj, ctx.sent_end(other.ti))
            if len(theirs) >= 2 and ctx.word(theirs[-1]).islower() and self._plural_head(ctx, theirs[-1]):
                c.what = f"{c.what} {ctx.word(theirs[-1])}"
            return

    def _borrow_from_next(self, ctx: _DocContext, c: _Cand) -> bool:
        """"three and eight citizens", "two or three rounds": the first number shares the noun."""
        nxt_start = c.m.end
        for other in ctx.cands_after(nxt_start):
            np = self._noun_phrase(ctx, other.tj, ctx.sent_end(other.ti))
            if np and any(ctx.lower(k) in self.time_units for k in np):
                return False  # "from two to five years": a duration at both ends
            if np:
                c.what = ctx.span_text(np[0], np[-1] + 1)
                if c.rule == "coordinated_or":
                    c.approximate = True
                return True
            break
        return False

    def _elide(self, ctx: _DocContext, c: _Cand, emitted: list[_Cand], force: bool = False,
               part: bool = False) -> bool:
        """"the previous three", "about 30,000)": the noun of the nearest earlier count.

        A partitive ``part`` ("114 of them") is a part of a group at least that large, so a
        smaller nearer count is a subset mentioned on the way ("123 prisoners, including five
        foreigners ... 114 of them"), not the antecedent."""
        ti = ctx.token_at(c.start)
        cue_tok = ctx.prev_word(ti)
        cue_low = ctx.lower(cue_tok) if cue_tok is not None else None
        if cue_low in self.partitive_pronouns:
            of_tok = ctx.prev_word(cue_tok)
            part = part or (of_tok is not None and ctx.lower(of_tok) == "of")  # "..., of which 266 were downed"
        hedge = self._hedge_before(ctx, ti)
        # "about 30,000" leaves its noun out; "children under 18" or "over 65" is a threshold
        threshold = hedge is not None and hedge[0].lower() in self.threshold_prepositions
        hedged = hedge is not None or c.approximate
        cue = cue_low in self.elision_cues
        lo = ctx.sent_start(ti)
        # "Of the 1,000 prisoners released, 390 were Ukrainians"
        of_frame = ctx.lower(lo) == "of" and any(ctx.sent_start(ctx.token_at(p.start)) == lo for p in emitted[-3:])
        framed = self._frame_noun(ctx, ti, lo)  # "the number of political prisoners stands at 1,150"
        if framed is not None:
            c.what, c.elided, c.rule = framed, True, c.rule or "elided"
            return True
        if not (force or hedged or cue or of_frame):
            return False
        if threshold and not (force or cue or of_frame):
            return False
        if not self.age_context.isdisjoint(ctx.lowers[lo : ctx.sent_end(ti)]):
            return False  # "one was 20 years old and the other 26": ages, not counts
        # a bare article ("in which the two exchanged views") points at what was just said: its
        # count is in this sentence or the one before, not a paragraph back
        near = ctx.sent_start(lo - 1) if cue_low == "the" and lo > 0 and not (force or hedged or of_frame) else None
        for prior in reversed(emitted):
            if c.start - prior.end > ANTECEDENT_WINDOW:
                break
            if near is not None and prior.ti < near:
                break
            if prior.kind in _UNIT_KINDS or not prior.what:
                continue
            if part and prior.kind == "cardinal" and (prior.upper or prior.value) < c.value:
                continue
            if prior.rule == "predicate":
                continue  # "14 were foreign nationals" names a subset, not the group others count
            if prior.kind == "ordinal" and cue_low in self.cardinal_elision_cues:
                continue  # "37 seats in the second round ... another 29": more seats
            what = prior.what
            if (prior.value == 1 or prior.kind == "ordinal") and c.value != 1:
                head, sep, rest = what.partition(" of ")
                words = head.split()
                words[-1] = _pluralise(words[-1])
                what = " ".join(words) + (sep + rest if sep else "")
            c.what = what
            c.elided = True
            c.rule = c.rule or "elided"
            if cue and cue_low not in _POSSESSIVES_AND_RELATIVES:
                c.start = min(c.start, ctx.starts[cue_tok])
                art = ctx.prev_word(cue_tok)
                if art is not None and ctx.lower(art) in _ELIDED_HEAD_DETERMINERS and art == cue_tok - 1:
                    c.start = ctx.starts[art]
            return True
        return False

    def _frame_noun(self, ctx: _DocContext, ti: int, lo: int) -> str | None:
        """The noun of "the number of designations (rose) to over 2,400": a frame word and its
        "of" phrase shortly before the elided number name what it counts."""
        for k in range(ti - 2, max(lo, ti - 12) - 1, -1):
            if ctx.lower(k) == "of" and k - 1 >= lo and ctx.lower(k - 1) in self.elision_frames:
                np = self._noun_phrase(ctx, k + 1, ti, allow_participle_head=False)
                if np:
                    return ctx.span_text(np[0], np[-1] + 1)
        return None

    def _currency_word(self, ctx: _DocContext, i: int, sent_end: int) -> tuple[str, int] | None:
        n = _phrase_after(ctx, i, sent_end, self.currency_word_set, self.currency_word_max)
        if n:
            words = tuple(ctx.lowers[i : i + n])
            return self.currency_words[words] or ctx.span_text(i, i + n), n
        return None

    # -- hedges ----------------------------------------------------------------
    def _hedge_before(self, ctx: _DocContext, ti: int) -> tuple[str, int] | None:
        """(hedge phrase, its first token) just before token ``ti``: "about", "more than", "could surpass"."""
        lo = ctx.sent_start(ti)
        for n in range(min(self.hedge_before_max, ti - lo), 0, -1):
            if tuple(ctx.lowers[ti - n : ti]) in self.hedge_before_set:
                return ctx.span_text(ti - n, ti), ti - n
        if ti - 1 >= lo and ctx.lower(ti - 1) in self.hedge_verbs:
            return ctx.word(ti - 1), ti - 1
        return None

    def _hedge_after(self, ctx: _DocContext, i: int, sent_end: int) -> tuple[str, int] | None:
        j = i
        if j < sent_end and ctx.word(j) == "-" and not ctx.space_after(j - 1):
            j += 1
        n = _phrase_after(ctx, j, sent_end, self.hedge_after_set, self.hedge_after_max)
        if not n:
            return None
        if j == i and tuple(ctx.lowers[j : j + n]) in self.hyphen_only_hedges:
            return None  # only "8,000-plus", not "8,000 plus 200"
        return ctx.span_text(j, j + n), j + n - i

    def _record(self, ctx: _DocContext, c: _Cand) -> dict:
        hedge = self._hedge_before(ctx, ctx.token_at(c.start))
        if hedge is not None:
            phrase, first = hedge
            c.approximate = True
            c.qualifier = phrase.lower()
            c.start = min(c.start, ctx.starts[first])
        elif c.upper is not None and c.qualifier is None:
            opener = ctx.prev_word(ctx.token_at(c.start))
            if opener is not None and ctx.lower(opener) in self.range_openers:
                c.qualifier = ctx.lower(opener)
                c.start = ctx.starts[opener]
        kind = c.kind
        rule_kind = _RULE_KINDS.get(kind, "cardinal")
        detail = c.rule.rpartition(".")[2] if c.rule else c.m.form
        if detail == rule_kind:
            detail = c.m.form
        return {
            "value": c.value,
            "upper": c.upper,
            "what": c.what,
            "kind": kind,
            "approximate": bool(c.approximate),
            "qualifier": c.qualifier,
            "attributed_to": self._attribution(ctx, c),
            "span": char_span_record(ctx.text, c.start, c.end),
            "rule": f"counts.{rule_kind}.{detail}",
        }


def _phrase_after(ctx: _DocContext, i: int, end: int, phrases: frozenset, longest: int) -> int:
    """Length in tokens of the longest phrase of ``phrases`` starting at token ``i`` (0 if none)."""
    lowers = ctx.lowers
    for n in range(min(longest, end - i), 0, -1):
        if tuple(lowers[i : i + n]) in phrases:
            return n
    return 0


def _indices(items: list[str], value: str) -> list[int]:
    """Every position of ``value`` in ``items`` (``list.index`` runs in C)."""
    found = []
    index = items.index
    try:
        k = index(value)
        while True:
            found.append(k)
            k = index(value, k + 1)
    except ValueError:
        return found


def _next_word(text: str, i: int) -> str:
    j = i
    while j < len(text) and text[j].isalpha():
        j += 1
    return text[i:j].lower()


class _DocContext:
    """Per-document lookups shared by the rules: token at a character, sentences, dates.

    Everything is read from the shared token arrays (``rules.tokens``) and ``doc_text``:
    token positions are plain ints and no ``Token`` or ``Span`` object is built. The
    ``Token`` attributes the rules need are the lexeme's string tests (``is_lower`` is
    ``str.islower`` of the text, ...) or follow from the offsets (``whitespace_``).
    """

    def __init__(self, doc: Doc, rules: CountRules, matches: list[NumberMatch]) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.rules = rules
        tok = token_arrays(doc)
        self.n = len(tok.text)
        self._text_at: list[str] = tok.text
        self._is_space: list[bool] = tok.is_space
        self._is_punct: list[bool] = tok.is_punct
        # ``ctx.lower(i)`` is ``doc[i].lower_`` read from the shared list (a bound method: no Python frame)
        self.lower = tok.lower.__getitem__
        self.lowers: list[str] = tok.lower  # for slices: ``tuple(ctx.lowers[a:b])`` is a phrase
        self._title_case: dict[int, bool] = {}  # sentence start -> title_case
        self.starts: list[int] = tok.idx
        self.sent_starts: list[int] = sentence_start_tokens(doc)  # as the layout component set them
        if not self.sent_starts or self.sent_starts[0] != 0:
            self.sent_starts = [0, *self.sent_starts]  # a new list: the layout's is shared
        self._cues: dict[tuple[int, int], list[tuple[int, int, bool]]] = {}  # (sentence start, end) -> its cues
        dates = span_tuples(doc, SPANS_DATES)
        #: end token -> start token of each date of a day ("Oct. 27", "Tuesday, 27 October")
        self.day_date_starts: dict[int, int] = {s.end: s.start for s in dates if s.id_.startswith(_DAY_DATE_RULES)}
        self.date_ranges = CharRanges((s.start_char, s.end_char) for s in dates)
        self._number_tokens: set[int] = set()
        # ``ctx.is_number(i)`` is the set's bound ``__contains__``: no Python frame per call
        self.is_number = self._number_tokens.__contains__
        #: (start char, ti, tj) of every number, in the order of ``matches``
        self.number_tokens: list[tuple[int, int, int]] = []
        starts = self.starts
        for m in matches:  # (token_at, inline: two bisections per number)
            ti = bisect_right(starts, m.start) - 1
            tj = bisect_right(starts, m.end - 1)
            self._number_tokens.update(range(ti, tj))
            self.number_tokens.append((m.start, ti, tj))

    def lower(self, i: int) -> str:
        """``doc[i].lower_`` without building a Token (replaced per instance by the list's ``__getitem__``)."""
        return token_arrays(self.doc).lower[i]

    def word(self, i: int) -> str:
        """``doc[i].text``."""
        return self._text_at[i]

    def end_char(self, i: int) -> int:
        """``doc[i].idx + len(doc[i])``: the offset just past token ``i``."""
        return self.starts[i] + len(self._text_at[i])

    def space_after(self, i: int) -> bool:
        """``bool(doc[i].whitespace_)``: the text goes on with a space before the next token."""
        following = self.starts[i + 1] if i + 1 < self.n else len(self.text)
        return following > self.starts[i] + len(self._text_at[i])

    def span_text(self, a: int, b: int) -> str:
        """The text of tokens [a, b) (``doc[a:b].text``; "" when empty)."""
        if a >= b:
            return ""
        return self.text[self.starts[a] : self.starts[b - 1] + len(self._text_at[b - 1])]

    def token_at(self, char: int) -> int:
        """The token that holds character ``char`` (the first token starts at 0)."""
        return bisect_right(self.starts, char) - 1

    def sent_start(self, ti: int) -> int:
        return self.sent_starts[bisect_right(self.sent_starts, ti) - 1]

    def sent_end(self, ti: int) -> int:
        k = bisect_right(self.sent_starts, ti)
        return self.sent_starts[k] if k < len(self.sent_starts) else self.n

    def sentence_initial(self, ti: int) -> bool:
        """True when only punctuation or quotes come between the sentence start and token ``ti``."""
        punct, space = self._is_punct, self._is_space
        return all(punct[k] or space[k] for k in range(self.sent_start(ti), ti))

    def title_case(self, ti: int) -> bool:
        """True when token ``ti`` is in a headline-style sentence ("Azerbaijan Releases 32
        Armenians"), where capitals say nothing about names (computed once per sentence)."""
        lo = self.sent_start(ti)
        known = self._title_case.get(lo)
        if known is None:
            known = self._title_case[lo] = self._sentence_title_case(lo, self.sent_end(ti))
        return known

    def _sentence_title_case(self, lo: int, hi: int) -> bool:
        texts = self._text_at
        words = [w for w in texts[lo:hi] if len(w) > 3 and w.isalpha()]
        if len(words) < 3:
            return False
        upper = sum(1 for w in words if w[0].isupper())
        last = hi - 1
        while last > lo and self._is_space[last]:
            last -= 1
        if upper < len(words) and texts[last] in _SENTENCE_ENDS:
            return False  # prose full of names ("Ukraine's 47th Mechanized Brigade fought in Avdiivka.")
        return upper / len(words) >= 0.75

    def line_initial(self, ti: int) -> bool:
        # (a token's trailing whitespace_ is "" or " ", never a newline: only texts and the char before count)
        words, space = self._text_at, self._is_space
        k = ti - 1
        while k >= 0 and space[k] and "\n" not in words[k]:
            k -= 1
        return k < 0 or "\n" in words[k] or self.text[self.starts[ti] - 1 : self.starts[ti]] == "\n"

    def label_before(self, ti: int) -> str:
        """The lower-cased word before token ``ti``, an abbreviation's split-off period
        rejoined ("No" "." -> "no."), "" at the start of the text."""
        prev = self.prev_word(ti)
        if prev is None:
            return ""
        if self._text_at[prev] == "." and prev > 0 and not self.space_after(prev - 1) and self.is_word(prev - 1):
            return self.lower(prev - 1) + "."
        return self.lower(prev)

    def prev_word(self, ti: int) -> int | None:
        """The last non-space token before ``ti`` (None at the start of the text)."""
        space = self._is_space
        k = ti - 1
        while k >= 0 and space[k]:
            k -= 1
        return k if k >= 0 else None

    def is_word(self, i: int) -> bool:
        text = self._text_at[i]
        return bool(text) and text[0].isalpha() and not self._is_space[i]

    def is_number(self, i: int) -> bool:
        """Token ``i`` is part of a number (replaced per instance by the set's ``__contains__``)."""
        return i in self._number_tokens

    def number_after(self, i: int) -> int | None:
        """The token after a number that starts at token ``i`` (or None)."""
        for _, ti, tj in self.number_tokens:
            if ti == i:
                return tj
        return None

    def cues_between(self, lo: int, hi: int) -> list[tuple[int, int, bool]]:
        """Attribution cues (first token, token count, is "according to") of the sentence of tokens [lo, hi).

        The cue regexes run over that sentence only, and once per sentence: most sentences
        hold no count. That finds what a scan of the whole text would: a reporting verb is a
        whole word (``\\b`` on both sides) and an "according to" cue holds no punctuation, and
        the layout component starts sentences after sentence punctuation or a line break, so
        no match from an earlier sentence runs into this one, except across a line break: for
        a sentence that opens a line, "according to" is looked for from three words back.
        """
        cues = self._cues.get((lo, hi))
        if cues is None:
            cues = self._cues[lo, hi] = self._scan_cues(lo, hi)
        return cues

    def _scan_cues(self, lo: int, hi: int) -> list[tuple[int, int, bool]]:
        begin = self.starts[lo] if lo < self.n else len(self.text)
        end = self.starts[hi] if hi < self.n else len(self.text)
        stop = self._scan_stop(hi)
        according_from = begin
        if lo > 0 and self.line_initial(lo):
            first = lo
            for _ in range(3):  # a cue has at most four words: one may start three words back
                prev = self.prev_word(first)
                if prev is None:
                    break
                first = prev
            according_from = self.starts[first]
        cues = []
        scans = [(self.rules.reporting_regex, False, begin)]
        # rare: most sentences hold none of the cue's key words and skip the "according to" regex
        if self.rules.according_key_regex.search(self.text, according_from, stop):
            scans.insert(0, (self.rules.according_regex, True, according_from))
        for regex, according, scan_from in scans:
            for m in regex.finditer(self.text, scan_from, stop):
                start = m.start()
                if start >= end:
                    break
                if start < begin:
                    continue
                k = self.token_at(start)
                if self.starts[k] != start:
                    continue
                cues.append((k, self.token_at(m.end() - 1) + 1 - k, according))
        cues.sort()
        return cues

    def _scan_stop(self, hi: int) -> int:
        """Where a cue scan of the tokens before ``hi`` may stop: a match that starts before
        token ``hi`` holds at most ``cue_reach`` non-space characters (whitespace is in space
        tokens or a single trailing space), so the regex never reads past one more."""
        texts, space = self._text_at, self._is_space
        j, seen = hi, 0
        while j < self.n and seen <= self.rules.cue_reach + 1:
            if not space[j]:
                seen += len(texts[j])
            j += 1
        return self.starts[j] if j < self.n else len(self.text)

    def cands_after(self, char: int):
        for start, ti, tj in self.number_tokens:
            if start >= char:
                yield _Span(ti, tj)

    def blocked(self, start: int, end: int) -> bool:
        """Inside a date span, or inside a date / clock shape ("2023-12-13", "10/09/2025", "12:25")
        found by the guard patterns in a small window around the number.

        The date spans are tested first: a bisection, where the patterns are a regex scan,
        and most blocked numbers are the years and days of dates. The patterns then run only
        on a window holding one of the separators they all need (guards.json)."""
        if self.date_ranges.overlaps(start, end):
            return True
        regex = self.rules.blocked_regex
        if regex is not None:
            lo = max(0, start - _GUARD_WINDOW)
            hi = min(len(self.text), end + _GUARD_WINDOW)
            separator = self.rules.blocked_separator_regex
            if separator is not None and separator.search(self.text, lo, hi) is None:
                return False  # no date or clock shape without a separator: skip the five patterns
            for m in regex.finditer(self.text, lo, hi):
                if m.start() < end and m.end() > start:
                    return True
        return False


@dataclass
class _Span:
    ti: int
    tj: int
