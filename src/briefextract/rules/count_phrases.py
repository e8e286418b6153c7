"""Counted noun phrases without a tagger: where the phrase after a number starts and ends.

Part of the count rules (``rules/counts.py`` mixes :class:`NounPhrases` into ``CountRules``;
the lexicons it reads are compiled there). A phrase is a run of word tokens after the
number that ends at a closed-class word (``np_enders``), at punctuation, at a participle
or verb that follows the head ("people *killed* by", "officials *told*"), or at a word
after a plural head; coordinated tails ("five senior police and security officials")
and unit nouns' "of" phrases ("rounds of sanctions") are kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefextract.constants import HYPHEN_OR_EN_DASH

if TYPE_CHECKING:
    from briefextract.rules.counts import _DocContext

#: longest counted noun phrase, in word tokens
MAX_NP_WORDS = 7
#: the coordinating conjunctions that join numbers or nouns ("4 and 10", "soldiers and civilians"),
#: shared with ``rules/counts.py``
CONJUNCTIONS = frozenset({"and", "or"})
#: quotation marks that may open a noun phrase ('3 "volunteers"')
_OPENING_QUOTES = frozenset({"“", '"', "‘", "'"})
#: comparatives after a number that are no noun ("5 more", "10 less")
_MORE_OR_LESS = frozenset({"more", "less"})


def _plural_like(word: str) -> bool:
    low = word.lower()
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "ous"))


def _pluralise(noun: str) -> str:
    """"round" -> "rounds", "serviceman" -> "servicemen", "facility" -> "facilities"."""
    low = noun.lower()
    if _plural_like(noun) or not noun:
        return noun
    if low.endswith("man"):
        return noun[:-3] + "men"
    if low.endswith("y") and len(low) > 2 and low[-2] not in "aeiou":
        return noun[:-1] + "ies"
    if low.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


class NounPhrases:
    """Noun-phrase finding for ``CountRules`` (uses its lexicon sets: enders, continuers, ...)."""

    def _noun_phrase(
        self, ctx: _DocContext, i: int, sent_end: int, allow_participle_head: bool = True, verb_likely: bool = False
    ) -> list[int]:
        """Token indices of the noun phrase starting at token ``i`` (empty when there is none).

        ``verb_likely``: the number follows a determiner ("the previous three"), so a
        participle-shaped word right after it is more likely a verb than an adjective,
        unless it is a known adjectival participle ("the three detained activists").
        """
        texts = ctx._text_at  # the shared token arrays: no Token objects (``is_lower`` is ``str.islower``)
        words: list[int] = []
        while i < sent_end and len(words) < MAX_NP_WORDS:
            low = ctx.lower(i)
            if ctx.is_number(i):
                prev_text = texts[words[-1]] if words and words[-1] == i - 1 else ""
                if prev_text[:1].isupper() and texts[i].isdigit() and i + 1 < sent_end and ctx.is_word(i + 1):
                    words.append(i)  # a model number inside the phrase: "Boeing 737 planes"
                    i += 1
                    continue
                break
            # hyphenated compounds inside the phrase: "self-propelled", "American-Belarusian"
            if (
                texts[i] in HYPHEN_OR_EN_DASH and words and words[-1] == i - 1 and not ctx.space_after(i - 1)
                and not ctx.space_after(i) and i + 1 < sent_end and ctx.is_word(i + 1)
            ):
                words.extend([i, i + 1])
                i += 2
                continue
            if not words and texts[i] in _OPENING_QUOTES and i + 1 < sent_end and ctx.is_word(i + 1):
                i += 1  # 52 “political prisoners”, 10 'special units'
                continue
            if texts[i] == "," and words and _plural_like(texts[words[-1]]) and ctx.lower(words[-1]) not in self.plural_modifiers:
                tail = self._list_tail(ctx, i, sent_end)
                if tail:
                    words.extend(range(i, tail))  # "40 individuals, companies and vessels"
                break
            if not ctx.is_word(i):
                break
            nxt_word = i + 1 < sent_end and ctx.is_word(i + 1) and ctx.lower(i + 1) not in self.enders and not ctx.is_number(i + 1)
            if low in self.continuers and nxt_word and low not in _MORE_OR_LESS:
                words.append(i)
                i += 1
                continue
            if low in _MORE_OR_LESS and nxt_word and not words:
                words.append(i)
                i += 1
                continue
            # coordinated modifiers: "the first European and American sanctions"
            if (
                low in CONJUNCTIONS and words and all(texts[k][:1].isupper() or texts[k] in HYPHEN_OR_EN_DASH for k in words)
                and not any(_plural_like(texts[k]) for k in words)
                and i + 1 < sent_end and ctx.is_word(i + 1) and texts[i + 1][:1].isupper() and not ctx.is_number(i + 1)
            ):
                words.append(i)
                i += 1
                continue
            if low in CONJUNCTIONS and words and not any(_plural_like(texts[k]) for k in words):
                tail = self._coordinated_tail(ctx, i + 1, sent_end)
                if tail:
                    words.extend(range(i, tail))  # "five senior police and security officials"
                    break
            elif (
                low in CONJUNCTIONS and words and self._plural_head(ctx, words[-1])
                and i + 1 < sent_end and not self._participle(ctx.lower(i + 1))
            ):
                # two plural heads counted together: "50 individuals and entities",
                # "10 citizens and permanent residents" (not "4 soldiers and wounded 10")
                tail = self._coordinated_tail(ctx, i + 1, sent_end)
                if tail:
                    words.extend(range(i, tail))
                    break
            acronym = len(texts[i]) > 1 and texts[i].isupper()  # "US" is not the pronoun "us"
            if not acronym and (low in self.enders or low in self.months or low in self.weekdays):
                break
            participle = texts[i].islower() and self._participle(low) and not (  # "Boeing" is a name
                # a hyphen compound is a modifier, never the verb: "three shipping-related entities"
                i + 2 < sent_end and texts[i + 1] in HYPHEN_OR_EN_DASH and not ctx.space_after(i)
                and not ctx.space_after(i + 1) and ctx.is_word(i + 2))
            if participle:
                if not words:
                    if verb_likely and low in self.nominal_participles and not nxt_word:
                        words.append(i)  # "the 27 wounded in the region": the participle is the noun
                        break
                    if verb_likely and low not in self.adjectival_participles:
                        break  # "the previous three produced ...": a verb after an elided head
                    if nxt_word and not self._participle(ctx.lower(i + 1)):
                        words.append(i)  # "missing persons", "armed groups"
                        i += 1
                        continue
                    if allow_participle_head and low in self.participle_heads and not verb_likely:
                        words.append(i)  # "17,000 detained", "300 killed" (but "the 52 released": elided)
                    break
                prev_low = ctx.lower(words[-1])
                if (
                    low.endswith("ing") and texts[words[-1]].islower() and prev_low not in self.plural_modifiers
                    and (_plural_like(prev_low) or prev_low.endswith(("people", "men", "children")))
                ):
                    break  # a plural head before an -ing clause: "30 people serving prison sentences"
                if not (nxt_word and not self._participle(ctx.lower(i + 1))) and not prev_low.endswith("ly"):
                    break  # "people killed by", "soldiers held since"
            if words:
                prev = words[-1]
                # an acronym ending in s names a thing, no plural head: "two NASAMS anti-air
                # systems", "HIMARS launchers" (but "MPs", "NGOs" are plurals)
                if _plural_like(texts[prev]) and ctx.lower(prev) not in self.plural_modifiers and not (
                    texts[prev].isupper() and len(texts[prev]) > 2
                ) and (
                    texts[prev].islower() or (texts[i].islower() and not _plural_like(texts[i]))
                ):
                    break  # a plural head ends the phrase: "officials told", "adversaries speaks"
            words.append(i)
            i += 1
        # an adverb or continuer cannot end a noun phrase
        while words and (ctx.lower(words[-1]) in self.continuers or texts[words[-1]] in HYPHEN_OR_EN_DASH):
            words.pop()
        return words

    def _plural_head(self, ctx: _DocContext, k: int) -> bool:
        """Token ``k`` reads as a plural noun: "officials", or a listed irregular plural ("people")."""
        return _plural_like(ctx.word(k)) or ctx.lower(k) in self.irregular_plurals

    def _plural_item(self, ctx: _DocContext, i: int, sent_end: int) -> int | None:
        """End of one counted item from token ``i``: up to three content words ending in a plural
        that is no participle ("security officials", "companies"); a participle after a plural
        ends the item ("fighters captured during ..."). None when there is no such item.

        The one item scan of :meth:`_coordinated_tail` and :meth:`_list_tail`, so that an item
        of a comma list is what an item after "and" is ("40 individuals, people and companies")."""
        j = i
        while j < sent_end and j - i < 3 and ctx.is_word(j) and not ctx.is_number(j) and ctx.lower(j) not in self.enders:
            if j > i and self._plural_head(ctx, j - 1) and self._participle(ctx.lower(j)):
                break  # the participle after the last head: "fighters captured during ...", "people related to"
            j += 1
        if j == i or not self._plural_head(ctx, j - 1) or self._participle(ctx.lower(j - 1)):
            return None  # "officials", "people" of "five companies and people"
        return j

    def _coordinated_tail(self, ctx: _DocContext, i: int, sent_end: int) -> int | None:
        """End of "security officials" in "senior police and security officials": the item after a
        conjunction (:meth:`_plural_item`), and then the phrase's end."""
        j = self._plural_item(ctx, i, sent_end)
        if j is None:
            return None
        if j < sent_end and ctx.is_word(j) and ctx.lower(j) not in self.enders and not self._participle(ctx.lower(j)):
            return None  # a participle may follow the last head: "27 officers and fighters captured in ..."
        return j

    def _list_tail(self, ctx: _DocContext, i: int, sent_end: int) -> int | None:
        """End of ", companies and vessels" after a plural head ("40 individuals, companies and
        vessels"): items (:meth:`_plural_item`) joined by commas, the last after "and"/"or";
        None unless the list closes that way."""
        while i < sent_end and ctx.word(i) == ",":
            j = i + 1
            if j < sent_end and ctx.lower(j) in CONJUNCTIONS:
                return self._coordinated_tail(ctx, j + 1, sent_end)
            k = self._plural_item(ctx, j, sent_end)
            if k is None:
                return None
            if k < sent_end and ctx.lower(k) in CONJUNCTIONS:
                return self._coordinated_tail(ctx, k + 1, sent_end)
            i = k
        return None

    def _participle(self, low: str) -> bool:
        if low.endswith("ing") and len(low) > 4:
            return low not in self.ing_nouns
        if low.endswith("ed") and len(low) > 3:
            return low not in self.ed_nouns
        return False
