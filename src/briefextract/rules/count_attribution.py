"""Who gives a figure: "according to official data", "Lithuanian intelligence estimates".

Part of the count rules (``rules/counts.py`` mixes :class:`Attribution` into
``CountRules``; the cue lists come from ``counts/attribution.json``, compiled there).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefextract.constants import POSSESSIVES

if TYPE_CHECKING:
    from briefextract.rules.counts import _Cand, _DocContext


class Attribution:
    """Attribution of a count to its source, for ``CountRules``."""

    # -- attribution -------------------------------------------------------------
    def _attribution(self, ctx: _DocContext, c: _Cand) -> str | None:
        """Who gives the figure: "according to official data", "Lithuanian intelligence estimates".

        The nearest cue before the count in its sentence wins; otherwise a trailing
        "according to X" or ", X said" after it.
        """
        ti = ctx.token_at(c.start)
        lo, hi = ctx.sent_start(ti), ctx.sent_end(ti)
        best: tuple[int, str] | None = None  # (distance, source)
        after: tuple[int, str] | None = None
        for k, n, according in ctx.cues_between(lo, hi):
            if according:
                src = self._source_after(ctx, k + n, hi, ti)
                if not src:
                    continue
                if k < ti:
                    best = (ti - k, src) if best is None or ti - k < best[0] else best
                elif k >= c.np_end_tok and after is None:
                    after = (k, src)
                continue
            if ti <= k < max(c.np_end_tok, ti + 1):
                continue
            first = self._subject_start(ctx, k, lo)
            if first < k and self._source_like(ctx, first, k):
                src = ctx.span_text(first, k)
                if k < ti:
                    best = (ti - k, src) if best is None or ti - k < best[0] else best
                elif first > ti and after is None and self._after_comma(ctx, first):
                    after = (k, src)  # "..., the rights group reported."
        if best is not None:
            return best[1]
        return after[1] if after is not None else None

    def _source_after(self, ctx: _DocContext, i: int, hi: int, count_tok: int) -> str | None:
        j = i
        while (
            j < hi and j - i < self.max_according and j != count_tok
            and ctx._text_at[j] not in {",", ";", ":", ".", "(", ")", "—", "–"} and ctx.lower(j) not in self.source_stops
        ):
            if ctx.is_number(j):
                break
            j += 1
        if j == i:
            return None
        while j - 1 > i and ctx.lower(j - 1) in self.source_trailers:
            j -= 1  # "according to Kyiv School of Economics estimates" -> the school
        while i < j and ctx.lower(i) in {"the", "a", "an"}:
            i += 1
        return ctx.span_text(i, j) if i < j else None

    def _subject_start(self, ctx: _DocContext, k: int, lo: int) -> int:
        """First token of the subject of the reporting verb at ``k`` (``k`` when there is none)."""
        texts = ctx._text_at
        j = k
        while j - 1 >= lo and k - j < self.max_subject:
            low = ctx.lower(j - 1)
            if texts[j - 1] in POSSESSIVES and j - 2 >= lo and ctx.is_word(j - 2):
                j -= 1  # "Kazakhstan’s government said"
                continue
            inner_link = (
                low in {"of", "and", "for", "on"} and j < k and texts[j][:1].isupper()
                and j - 2 >= lo and texts[j - 2][:1].isupper() and ctx.is_word(j - 2)
            )
            if not inner_link and (not ctx.is_word(j - 1) or low in self.enders or ctx.is_number(j - 1)):
                break
            j -= 1
        return j

    def _source_like(self, ctx: _DocContext, first: int, k: int) -> bool:
        """A subject that can give a figure: a name ("Yerevan", "Foro Penal") or a source noun
        ("rights group", "officials"), not any noun before a participle ("controls announced")."""
        texts = ctx._text_at
        return any(
            (texts[x][:1].isupper() and not (x == first and ctx.sentence_initial(x) and x + 1 < k))
            or ctx.lower(x) in self.source_nouns
            for x in range(first, k)
        )

    @staticmethod
    def _after_comma(ctx: _DocContext, first: int) -> bool:
        """The subject at ``first`` opens a trailing clause: ", (the) NP said"."""
        j = first - 1
        if j >= 0 and ctx.lower(j) in {"the", "a", "an"}:
            j -= 1
        return j >= 0 and ctx.word(j) == ","

    # -- records -----------------------------------------------------------------
