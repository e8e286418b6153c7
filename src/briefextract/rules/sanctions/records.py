"""Records: drafts turned into validated SanctionAction dicts with spans, dates, authority and programme.

Part of the sanctions extractor; see the package docstring for the whole flow.
"""

from __future__ import annotations

from briefextract.rules.sanctions.arguments import _reason
from briefextract.rules.sanctions.view import Draft, View, _span_text
from briefextract.rules.spans import char_span_record, is_excluded


# -- records -------------------------------------------------------------------
def _to_records(view: View, drafts: list[Draft]) -> list[dict]:
    doc = view.doc
    out = []
    seen = set()
    # "UN sanctions" in a text that names the Security Council: the body imposes (lexicon imposer_bodies)
    bodies = {k: v for k, v in view.lex.imposer_bodies.items() if v in view.actor_records}
    for d in drafts:
        a, b = d.start, max(d.end, d.start + 1)
        while b > a + 1 and view.is_space[b - 1]:
            b -= 1
        start, end = view.starts[a], view.end_char(b - 1)
        if is_excluded(doc, start, end):
            continue
        date = _date_for(view, d)
        authority = _authority(view, d)
        program = _program(view, d)
        reason = _reason(view, d.end, _sent_end(view, d))
        imposers = list(dict.fromkeys(bodies.get(x, x) for x in d.imposers)) if bodies and d.imposers else d.imposers or [None]
        targets = d.targets or [None]
        for imp in imposers:
            for tgt in targets:
                key = (d.action, imp, tgt, start, end)
                if key in seen:
                    continue
                seen.add(key)
                out.append(
                    {
                        "action": d.action,
                        "instrument": d.instrument,
                        "imposer": imp,
                        "target": tgt,
                        "scope": d.scope,
                        "reason": reason,
                        "modality": d.modality,
                        "authority": authority,
                        "program": program,
                        "date": date,
                        "span": char_span_record(view.text, start, end),
                        "rule": d.rule,
                    }
                )
    return out



def _sent(view: View, d: Draft) -> tuple[int, int]:
    return view.sent_bounds[view.sent_of[d.sent_start]]



def _sent_end(view: View, d: Draft) -> int:
    return _sent(view, d)[1]



def _date_for(view: View, d: Draft) -> str | None:
    """The date in the trigger's own clause (nearest after it, else before it)."""
    if not view.dates:
        return None
    a = d.trigger[0] if d.trigger else d.start
    sent = _sent(view, d)
    if sent not in view.dates_of:
        view.dates_of[sent] = [s for s in view.dates if s.start >= sent[0] and s.end <= sent[1] and s.iso]
    best = None
    for s in view.dates_of[sent]:
        if d.rule.endswith((".passive", ".pronoun")) and s.start < a:
            continue  # "sanctions imposed in 2021 remain in force": that date is the imposition's
        if _stamped(view, s.end, sent[1]):
            continue  # "January 22, 2022, 10:34 Ukrainian president authorizes sanctions": the story's stamp
        lo, hi = (d.end, s.start) if s.start >= d.end else (s.end, a)
        if s.start >= a and s.start < d.end or hi < lo:
            dist = 0
        else:
            if any(view.keys[i] in ("which", "that", ";", "but", "while") for i in range(lo, hi)):
                continue
            if any(view.lex.triggers.match_at(view.keys, i) is not None for i in range(lo, hi)):
                continue
            dist = hi - lo
        if dist <= 10 and (best is None or dist < best[0]):
            best = (dist, s.iso)
    return best[1] if best else None



def _stamped(view: View, e: int, s1: int) -> bool:
    """A clock time follows the date ending at ``e`` ('January 22, 2022, 10:34'): a publication stamp
    that dates the story, not the action told after it."""
    j = e + 1 if e < s1 and view.keys[e] == "," else e
    if j >= s1:
        return False
    hours, colon, minutes = view.keys[j].partition(":")
    return bool(colon) and hours.isdigit() and minutes.isdigit() and len(minutes) == 2



def _authority(view: View, d: Draft) -> str | None:
    """The first authority named in the draft's sentence (looked up once per sentence)."""
    sent = _sent(view, d)
    if sent not in view.authority_of:
        found = view.find_all(view.lex.authorities, *sent)
        view.authority_of[sent] = _span_text(view, found[0][0], found[0][1]) if found else None
    return view.authority_of[sent]



def _program(view: View, d: Draft) -> str | None:
    """The first sanctions programme named in the draft's sentence (the regex is slow, ~35 us
    a sentence: one search per sentence, not per draft, and only in a sentence whose
    lower-cased text has one of the lexicon's programme cues, ~3 us)."""
    if view.lex.programs is None:
        return None
    sent = _sent(view, d)
    if sent not in view.program_of:
        view.program_of[sent] = _first_program(view, view.starts[sent[0]], view.end_char(sent[1] - 1))
    return view.program_of[sent]



def _first_program(view: View, start: int, end: int) -> str | None:
    """The first programme named in ``text[start:end]``; every programme contains a cue,
    so a text without one is not searched."""
    cues = view.lex.program_cues
    if cues is not None and cues.search(view.text[start:end].lower()) is None:
        return None
    m = view.lex.programs.search(view.text, start, end)
    return m.group(0) if m else None
