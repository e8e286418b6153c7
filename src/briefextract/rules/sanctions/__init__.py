"""Sanctions actions: who imposes, lifts, eases, extends or keeps which measure on whom.

There is no tagger or parser in the pipeline, so the rules work on lexicons and
token windows inside a sentence (``doc.sents``, set by the layout component):

1. *instruments* (sanctions, embargo, export controls, restrictions...) and
   *triggers* (impose, lifting of, remain in place, stalled...) are found with
   token tries built once from ``models/briefextract-en/sanctions/lexicon.json``;
   *frames* (``frames.json``) are verbs that are themselves the measure
   (``China sanctions 20 firms``, ``freezing assets``, ``bar X from entering``);
2. each instrument is bound to the nearest trigger before it (``lifted
   sanctions``, ``the lifting of U.S. sanctions``) and/or after it (``sanctions
   ... were imposed``, ``restrictions ... remain in place``); a past imposition
   stated beside the current action is its own ``impose`` record, and a reduced
   relative (``sanctions imposed on X by A, B and C have been lifted``) keeps the
   main verb, with the participle's agents as its imposers; a title-case headline
   (``Iran Sanctions Lifted``) is the noun, then its action word;
3. modality cues before the trigger (``will``, ``could``, ``did not``) set
   ``modality``; a removal not made ('did not lift', 'does not revoke the licences') keeps the
   measure: maintain ('not only ... but also' negates nothing); a merely possible imposition/lifting is a ``consider``; a call
   verb (``urged``, ``encourage``, ``pushed for``) or ``should`` makes it ``call_for``; a
   threaten/consider verb governing the action verb makes it ``threaten``/``consider``; an
   action inside an if/unless clause is a ``consider``;
4. the imposer comes from the instrument's own modifiers (``U.S. sanctions``,
   ``EU's package``), a ``by X`` agent, the clause subject (skipping objects of
   prepositions, possessives, demonyms, parentheses and earlier verbs' objects;
   the subject of an ``after``/``as`` clause holding the trigger; ``he``/``she`` as
   the last person's state; every member of ``A and the B``),
   or, when the text leaves it implicit, the majority state of the last three named
   imposers; the target from ``on/against/toward X`` (one record per named actor of
   a list; a description gives way to the names after it, in apposition or after
   'including', and stands for them wherever the text repeats it:
   ``arguments._named_members``), the object of a sanctioning verb, the goods modifiers of
   an export control, the party named after 'pressure on' in the sentence, the same
   imposer's last named target, the most frequent ``sanctions on X`` of the text, or its
   most mentioned actor (never a city or a body of the imposer's own state); a relative
   clause on the measure with its own subject ('the sanctions the US has imposed on
   Iran') is that subject's action and names the measure's owner and target; the antecedent
   of 'on whom / against which' before the action is its target ('Ilan Shor, on whom the
   U.S. imposed sanctions'), or the names it is said to include.

Licences and other verbless measures (frames.json): holding/receiving a sanctions licence
eases on its holder, a licence that authorizes dealings with a party ('General License 29 authorizes
wind down transactions with TKB') eases on the first party named after the verb, a licence revoked/replaced in the passive tightens on the last licence
holder, a forced wind-down ('X will have until ... to wind down') tightens on X; assets
named before a passive freeze ('any assets the two men hold ... have been frozen') impose on
a counted re-mention of the last group sanctioned; an 'implementation' announced by a second
actor beside an imposition is that actor's imposition; a participle after a past adverb
('previously lifted UN and EU sanctions') is its own past action.

Parties and degrees: coordinated party nouns are one target each ('40 individuals, companies and
vessels', 'not only A and B but also C'; frames.json party_nouns); where a party is based or active
('companies active in the UAE') is no target (location_cues); a warning about a possible or faced
measure is a threat by the one who warns on the party warned (triggers._warning); a present simple
passive of a sanctioning verb ('are blacklisted', 'is also listed') and 'remain on the list' are
maintain; pressure raised by a measure or beside an action on one, cracking down on evaders and
restricting a party's access further tighten (triggers._degree_drafts); enforcing a measure maintains
it; a ban on goods imported from named states targets the states; proposals and imminent adoptions
are considered.

Groups, lists and vows: a definite unnamed group named as sanctioned ('the 16 sanctioned individuals', '18 of
the sanctioned companies') is an imposition on it, one record per coordinated head; the names a sanctions
list is said to include ('the list included A, B and C') are each listed; the measures a sentence-initial
measure noun lists ('The measures include an asset freeze and a travel ban', 'Sanctions: assets freeze,
exclusion from public tenders, entry ban') are each imposed; a vow, pledge, stated intention or
preparation to impose ('vowed to take further measures', 'intends to reimpose', a headline's 'US to
Reimpose ...') is a threat; the agency of a dateline and the metadata's source report the story and are
never a party the text leaves implicit.

Members: a plural description gives way to its members, common nouns as well as names, after
'including', 'such as', 'like', 'namely', 'among them' or a colon ('sectors of the economy, including
trade, services and transport', 'items such as A, B and C'; arguments._named_members, the list read by
phrases._common_list); a measure whose target description 'now includes' a list widens to each member
(tighten); goods listed with commas after a flow noun, in an active or a passive ban, are one target
each; the people of coordinated states or bodies ('citizens of Russia and Belarus', 'leaders of A and
B') are one group each; a follow-up sentence with no action of its own ('Also named were A and B', 'The
order also named C', 'Among them were D') continues the last action (context._continued_lists).

Designations and described groups: 'listed X as a terrorist entity' is read by the designation frame
('designated X as ...'; 'listed' designates only before such a category), and so is OFAC's 'identified X
as blocked property'; a bare designation of a named person or body imposes ('Liz Truss designated Mr
Shvidler under the 2019 regulations'), not of a role ('designated a special envoy', 'designated Smith to
lead'); the antecedent of 'which the US designated (this month) as ...' is its target; continuing a measure
maintains it; the names after a copula or 'include' are each targeted when the subject describes a group
by a participle or relative clause ('The people sanctioned include A and his son B', 'Those subject to the
sanctions include ...', 'The vessels Treasury blocked included A and B': Treasury imposes); 'X will have
their assets frozen' imposes on X; a party 'not allowed to enter/dock/travel' into a state or its ports is
barred (frames.json sanctions.impose.not_allowed).

Targets and datelines: after a trade-flow noun ('imports', 'the purchase, import or transfer') the
target is the named party after from/to/with, else the goods after 'of'; goods listed with commas
('imports of gold, cement and wood from Belarus') or named after the party ('the transfer from
Belarus of potash', 'exports to Belarus from Britain of banknotes') are the target instead; a target phrase ends before
an -ly adverb, a participle after its head ('goods used in'), an -ing verb after a named actor or a
spaced dash (no tagger: word shapes, lists in lexicon.json); the place and agency of a dateline
('BRUSSELS (Reuters) -', found by the layout component: ``rules.datelines``) are no actors of the
story (``View``), so never an imposer or a target.

Precision guards: a measure named without a verb is an imposition only when it is
new/first/numbered; generic words (measures, controls, list, package) count only in
a text that names a real sanctions instrument; claims and denials ("I don't expect
any sanctions"), generic capability statements ("is typically responsible for imposing"), wh-questions and background/hypothetical mentions ("despite a UN
arms embargo", "any new sanctions", "the reimposed sanctions") are not actions;
blocked/vetoed measures are negated (a veto or block before a named package is no imposition); a
measure being evaded or circumvented is not acted on; a planned action under a condition ('will lift
... if') is a consider; a repeated headline is one.

Modules: ``lexicon`` (tries), ``view`` (document view and value types), ``phrases``
(phrase bounds, conjuncts, actor lists), ``modality``, ``arguments`` (imposer,
target, goods, reason), ``frames`` (self-contained verbs), ``triggers`` (binding per
sentence), ``context`` (implicit imposers/targets), ``records`` (output dicts).

Actors are read from ``doc.spans["actors"]`` (``kb_id_`` = canonical name) and
their records in ``doc._.actors`` (``country`` maps a person or a body to its
state); dates from ``doc.spans["dates"]`` (``kb_id_`` = ISO value).
"""

from __future__ import annotations

from itertools import compress

from spacy.tokens import Doc

from briefextract import constants as C
from briefextract.rules.sanctions.context import (
    _added_targets,
    _continued_lists,
    _fill_context,
    _headline_targets,
)
from briefextract.rules.sanctions.lexicon import Lexicon, compile_lexicon, norm_token
from briefextract.rules.sanctions.modality import CONSIDERED_WHEN_POSSIBLE
from briefextract.rules.sanctions.records import _to_records
from briefextract.rules.sanctions.triggers import _sentence_drafts
from briefextract.rules.sanctions.view import Draft, View
from briefextract.rules.spans import excluded_ranges

__all__ = ["Lexicon", "compile_lexicon", "extract_sanctions"]


# ---------------------------------------------------------------------------
# extraction
# ---------------------------------------------------------------------------
def extract_sanctions(doc: Doc, lex: Lexicon) -> list[dict]:
    """All sanction action records of ``doc`` (``records.SanctionAction`` dicts)."""
    view = View(doc, lex)
    # generic words ("measures", "controls", "list") are sanction instruments only in a text
    # that speaks of sanctions, embargoes, tariffs ... somewhere
    n_tokens = len(view.keys)
    view.inst_hits = view.hits(lex.instruments).find_all(0, n_tokens)
    view.mentions_sanctions = not {"sanctions", "sanction", "sanctioned"}.isdisjoint(view.keys)
    # "the list" is a sanctions list only in a text that names one ("blacklist", "Entity List")
    view.names_a_list = any(p["kind"] == "strong" and view.keys[b - 1].endswith("list") for _, b, p in view.inst_hits)
    view.topical = any(p["kind"] == "strong" for _, _, p in view.inst_hits) or view.mentions_sanctions
    drafts: list[Draft] = []
    seen_sentences = _SeenSentences()
    heading_starts = _heading_starts(doc)
    # only sentences holding an instrument, a frame verb or a listed-target adjective can hold an action
    markers = {a for a, _, _ in view.inst_hits}
    markers.update(a for a, _, _ in view.hits(lex.frame_heads).find_all(0, n_tokens))
    adjectives = view.w("include_adjectives")  # (their tokens are among the view's entry starts)
    markers.update(compress(view.entry_starts, map(adjectives.__contains__, map(view.keys.__getitem__, view.entry_starts))))
    if not markers:
        return []  # nothing in the text names a measure
    candidates = sorted({view.sent_bounds[view.sent_of[i]] for i in markers})
    for s0, s1 in candidates:
        start_char = view.starts[s0]
        end_char = view.end_char(s1 - 1)
        raw = view.text[start_char:end_char]
        stripped = raw.strip()
        if not stripped.strip("[]") or _all_excluded(doc, start_char, end_char):
            continue  # (brackets alone normalise to nothing)
        # a repeated headline is one mention
        if s0 in heading_starts or (s1 - s0 <= 16 and not raw.rstrip().endswith(".")):
            if seen_sentences.seen(stripped):
                continue
        seen_sentences.add(stripped)
        view.mark_triggers(s0, s1)
        found = _sentence_drafts(view, s0, s1)
        if raw.rstrip().endswith("?") and found:
            if view.keys[s0] in view.w("wh_words"):
                # "Who has been sanctioned?" asks about actions the text reports elsewhere
                found = [d for d in found if d.rule == "sanctions.impose.mention"]
            for d in found:
                # "Will the EU lift sanctions?" is a possibility; a measure named in a question exists
                if d.modality in ("asserted", "planned") and d.rule != "sanctions.impose.mention":
                    d.modality = "possible"
                    if d.action in CONSIDERED_WHEN_POSSIBLE:
                        d.rule = d.rule.replace("sanctions.", "sanctions.consider.", 1)
                        d.action = "consider"
        drafts.extend(found)
    drafts.sort(key=lambda d: (d.start, d.end))
    _added_targets(view, drafts)  # ("sanctioned A as well as B": before the context fills what is missing)
    _headline_targets(view, drafts, heading_starts)
    _fill_context(view, drafts)
    _continued_lists(view, drafts)  # ("Also named were A and B": after the action they continue is filled)
    return _to_records(view, drafts)



class _SeenSentences:
    """The examined sentences' texts, compared normalised (``norm_token``); only a headline or a
    short line is ever looked up, so a sentence is normalised only when one is."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.normalised: set[str] = set()
        self.done = 0  # texts[:done] are in ``normalised``

    def add(self, stripped: str) -> None:
        self.texts.append(stripped)

    def seen(self, stripped: str) -> bool:
        for text in self.texts[self.done :]:
            self.normalised.add(norm_token(text))
        self.done = len(self.texts)
        return norm_token(stripped) in self.normalised



def _all_excluded(doc: Doc, start: int, end: int) -> bool:
    """True when the whole sentence lies in excluded ranges (a dateline stamp excludes only its prefix)."""
    return any(s <= start and end <= e for s, e in excluded_ranges(doc))



def _heading_starts(doc: Doc) -> set[int]:
    starts = set()
    if C.SPANS_LAYOUT in doc.spans:
        for s in doc.spans[C.SPANS_LAYOUT]:
            if s.label_ in (C.LAYOUT_TITLE, C.LAYOUT_HEADING):
                starts.add(s.start)
    return starts
