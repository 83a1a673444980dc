"""Direct quotes and who said them.

Find (pure, reads the context only):

1. pair quote marks per paragraph, tolerating wrong shapes, straight marks
   and quotes carried over paragraphs (:mod:`._quotemarks`);
2. cut an unclosed quote where its attribution starts ("…ended todayhe said");
3. attribute each quote, from the most to the least explicit evidence:
   a reporting clause right after it ("“…”, X said" / "said X" /
   "— the words of X" / an untranslated "»a souligné X"), the nearest
   reporting verb before it in its sentence ("X said he was “…”",
   "Moon’s trip, Ortega said, “…”", "according to X"), the subject of a clause
   ending in a colon ("she laid out her reasons: “…”", also across a
   paragraph break), a quote sharing the attribution of the next one
   ("“…” and “…”, she said"), and last a subject-less reporting participle
   or a whole-sentence quote that continues the previous speaker or the
   paragraph's subject ("Emphasizing that “…”", "Lang paused. “…”");
4. resolve the speaker mention (name, descriptor or pronoun) to one
   canonical person or organisation (:mod:`._attribution`), or leave it None;
   what that shows about the entities layer's mentions (a description is a
   named person, an "organisation" a person) is left for the coref stage
   (:class:`Discourse`), which owns the change.

Each span (label "quote") covers the quote without its marks; attrs follow
the shared contract: ``speaker``, ``speaker_start``/``speaker_end`` (the
attributing mention), ``cue`` (reporting-verb lemma or cue phrase),
``attribution`` ("before" | "after" | "inside" | "continuation" | "pronoun" |
"descriptor" | None), ``marks`` ("ok" | "mismatched" | "unclosed" |
"straight") and ``continues``.

Only the spaCy parse the pipeline already made is read: no re-parsing.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

from spacy.tokens import Token

from ..model import Passage, Span
from . import _attribution as att
from . import _fullname
from . import _people as lx
from ._people import is_given_name
from ._quotemarks import Quoted, nested, pair
from ._wordlist import zipf_frequency

if TYPE_CHECKING:
    from . import Context

LAYER = "quotes"
REQUIRES: tuple[str, ...] = ("entities",)

#: Tokens an attribution after a quote may skip first ("”, — he said").
_LEAD_PUNCT = {",", ";", ":", "—", "–", "-", "“", "”", '"', "«", "»"}
#: At most this many words may stand between a quote and its reporting verb
#: ("”, the festival's director, Jonas Eklund, 47, wrote": 9 before the verb).
MAX_SUBJECT_WORDS = 10
#: … and this many when the quote did not end its clause ("“…” he said").
SHORT_SUBJECT_WORDS = 3
#: A reporting clause after a quote that ended its sentence ("…dynamically.”
#: He expressed the wish…") only counts when this short ("….” Ortega said.").
MAX_TRAILING_CLAUSE = 4
#: A quote covering at least this share of its sentence's letters is a whole
#: sentence of speech: with no attribution it continues the previous speaker.
WHOLE_SENTENCE_SHARE = 0.75
#: Part-of-speech tags that may make up a subject noun phrase.
_NP_POS = {"PRON", "PROPN", "NOUN", "DET", "ADJ", "NUM", "PART"}
_SUBJECT_DEPS = att.SUBJECT_DEPS
#: Prepositions inside a subject phrase ("a spokeswoman for the police said").
_NP_PREPOSITIONS = {"of", "for", "at", "from", "in"}
#: Words of an adverbial that may stand between a verb and its subject.
MAX_ADVERBIAL = 4
#: Dependency steps climbed from a reporting verb to find its subject
#: ("adding that …" → the verb it hangs on → "Moon Jae-in").
MAX_CLIMB = 4
_SENTENCE_END = re.compile(r"[.!?…][\"”’»“]*$")
_JOINER = re.compile(r"^[\s,;]*(?:and|or|but|as well as)?[\s,;]*(?:that\s+)?$")


class Discourse(NamedTuple):
    """What resolving speakers showed about the entities layer's mentions, left
    as plain data in ``ctx.notes["quotes"]`` for the coref stage
    (:mod:`.coref`), which makes the final entities layer from it: this layer
    never changes another's spans. Not exported."""

    #: (start, end, person) of each speaker description resolved to a named
    #: person ("“…,” said the skipper" → "Dylan Evans").
    described: list[tuple[int, int, str]]
    #: Canonical name of an organisation → the person it is ("M. Kavitha").
    unmasked: dict[str, str]


@dataclass(slots=True)
class Found:
    """A quote with how it is attributed, before speaker resolution."""

    q: Quoted
    mention: att.Mention | None = None
    cue: str | None = None
    how: str | None = None  # "before" | "after" | "inside" | "continuation" | "shared"
    after_at: int | None = None  # where the text after the quote starts


# --- token index -------------------------------------------------------------


class Tokens:
    """Parsed tokens by raw offset, so no span is ever re-parsed."""

    def __init__(self, ctx: Context):
        self.items: list[tuple[int, Token]] = sorted(ctx.tokens(), key=lambda it: it[0])
        self.starts = [s for s, _ in self.items]
        self.bases: dict[int, int] = {}
        for chunk in ctx.chunks:
            self.bases[id(chunk.doc)] = chunk.base
        self.sents = sorted((p.start, p.end) for p in ctx.sentences())
        self.sent_starts = [s for s, _ in self.sents]

    def sentence(self, offset: int) -> tuple[int, int] | None:
        """Bounds of the sentence passage containing ``offset``."""
        i = bisect.bisect_right(self.sent_starts, offset) - 1
        if i >= 0 and self.sents[i][0] <= offset < self.sents[i][1]:
            return self.sents[i]
        return None

    def sentence_before(self, offset: int) -> tuple[int, int] | None:
        """The last sentence passage ending at or before ``offset``."""
        i = bisect.bisect_right(self.sent_starts, offset) - 1
        while i >= 0 and self.sents[i][1] > offset:
            i -= 1
        return self.sents[i] if i >= 0 else None

    def base(self, tok: Token) -> int:
        return self.bases[id(tok.doc)]

    def between(self, start: int, end: int) -> list[Token]:
        """Tokens starting in ``[start, end)``."""
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        return [t for _, t in self.items[i:j]]

    def at(self, offset: int) -> Token | None:
        """The token covering ``offset``."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i < 0:
            return None
        s, t = self.items[i]
        return t if s <= offset < s + max(len(t), 1) else None


# --- cutting unclosed quotes ------------------------------------------------------


@cache
def _cut_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = att.lexicon()
    forms = "|".join(sorted((re.escape(f) for f in lex.forms), key=len, reverse=True))
    pron = "|".join(sorted([*lex.pronouns, "they"], key=len, reverse=True))
    name = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}|the(?:\s+[\w’'-]+){1,4}"
    glued = re.compile(rf"(?<=[^\W\d_])(?P<subj>{pron})\s+(?P<verb>{forms})\b")
    subj_verb = re.compile(
        rf"\s*[,;]\s*(?P<subj>{pron}|{name})\s+(?P<verb>{forms})\b(?=\s*[,.;:]|\s+(?:on|in|at|to|after|before|during|according)\b)"
    )
    # "…, said for Beta the resident X": MT names the outlet told between verb and speaker
    verb_subj = re.compile(rf"\s*[,;]\s*(?P<verb>{forms})\s+(?:for\s+)?(?P<subj>the\b|[A-Z])")
    # "…was sold, disse um vizinho": a reporting verb left untranslated
    foreign = "|".join(sorted((re.escape(f) for f in lex.untranslated), key=len, reverse=True))
    if foreign:
        verb_subj = re.compile(rf"\s*[,;]\s*(?:(?P<verb>{forms})\s+(?:for\s+)?(?P<subj>the\b|[A-Z])|(?:{foreign})\s+\w)")
    return glued, subj_verb, verb_subj


def cut_unclosed(raw: str, q: Quoted) -> tuple[Quoted, int | None, tuple[int, int, str] | None]:
    """End an unclosed quote where its attribution starts.

    Returns the (possibly shortened) quote, the offset where the text after it
    starts, and for a glued pronoun ("todayhe said") its offsets and lemma.
    """
    if q.close is not None:
        return q, None, None
    glued, subj_verb, verb_subj = _cut_patterns()
    if q.continues:
        # "„We sleep in jackets …, said for Beta X, a pensioner.\n\n„…“, she added.": a
        # paragraph left open that names its speaker after a comma is an unclosed
        # quote, not the first of a quote over paragraphs.
        m = verb_subj.search(raw, q.start, q.end)
        if m is None or m.group("verb") is None:
            return q, None, None
        end = m.start()
        while end > q.start and raw[end - 1].isspace():
            end -= 1
        if end <= q.start or not any(c.isalnum() for c in raw[q.start : end]):
            return q, None, None
        return replace(q, end=end, continues=False), m.start(), None
    best: tuple[int, int, tuple[int, int, str] | None] | None = None
    for m in glued.finditer(raw, q.start, q.end):
        word_start = m.start()
        while word_start > q.start and not raw[word_start - 1].isspace():
            word_start -= 1
        if att.glued_pronoun(raw[word_start : m.end("subj")]) == m.group("subj").lower():
            lemma = att.lexicon().forms[m.group("verb").lower()]
            best = (m.start(), m.start(), (m.start("subj"), m.end("subj"), lemma))
            break
    for pat in (subj_verb, verb_subj):
        m = pat.search(raw, q.start, q.end)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.start(), None)
    if best is None:
        return q, None, None
    cut, after_at, glue = best
    end = cut
    while end > q.start and raw[end - 1].isspace():
        end -= 1
    if end <= q.start or not any(c.isalnum() for c in raw[q.start : end]):
        return q, None, None  # nothing quoted before the attribution: not a cut
    return replace(q, end=end), after_at, glue


# --- attribution ----------------------------------------------------------------


def _np_head(toks: list[Token]) -> Token | None:
    """The head of a noun phrase given as its first tokens (last noun of the run)."""
    head = None
    for t in toks:
        if t.tag_ in ("WP", "WDT", "WP$") and head is not None:
            break  # "a pensioner who did not want …": the relative clause is not the phrase
        if t.pos_ in ("NOUN", "PROPN", "PRON"):
            head = t
        elif t.pos_ in ("DET", "ADJ", "NUM", "PART") or t.text in ("’s", "'s") or _glued_hyphen(t):
            continue
        else:
            break
    return head


def _glued_hyphen(t: Token) -> bool:
    """The hyphen inside one word ("secretary-general"), which the tokenizer splits off."""
    return t.text == "-" and not t.whitespace_ and t.i > 0 and not t.doc[t.i - 1].whitespace_


#: "– we heard in the press office of X", "we learned from X": the reporter
#: names who answered them; X follows (the office words are skipped).
_WE_HEARD = re.compile(
    r"[\s,;:—–-]*we\s+(?:heard|learned|learnt|were\s+told)\s+(?:in|at|from)\s+(?:the\s+)?"
    r"(?:(?:press|media|spokesperson['’]s)\s+(?:office|service|department)\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)


def attribute_after(
    ctx: Context, tix: Tokens, q: Quoted, start: int, limit: int, paragraph: int, known: frozenset[str]
) -> tuple[att.Mention, str] | None:
    """A reporting clause right after the quote: "”, X said" / "said X" / "— the words of X"."""
    raw = ctx.raw
    toks = tix.between(start, limit)
    skipped = 0
    while toks and toks[0].text in _LEAD_PUNCT and skipped < 3:
        toks, skipped = toks[1:], skipped + 1
    if not toks:
        return None
    ended = bool(_SENTENCE_END.search(raw[q.start : q.end])) or raw[start:].lstrip()[:1] in (".", "!", "?")
    if raw[start:].lstrip()[:1] == "," or raw[start:limit].lstrip(" \t–—-")[:1].islower():
        # "„How should we pay that?“, asks X, who …", "“…?” said X, one of the
        # farmers, when …": a comma or a lower-case word carries the sentence on.
        ended = False
    if raw[start:].lstrip()[:1] in (".", "!", "?"):
        return None  # "”." : the sentence is over
    lex = att.lexicon()
    if (heard := _WE_HEARD.match(raw, start, limit)) is not None:
        # "„…” – we heard in the press office of the District Prosecutor's Office":
        # the reporter names the organisation that answered (Polish "usłyszeliśmy w").
        org = next((e for e in ctx.layers.get("entities", []) if e.label == "ORG" and 0 <= e.start - heard.end() <= 1), None)
        if org is None:
            return None
        mention = att.Mention(org.start, org.end, "name", raw[org.start : org.end], paragraph, subject=False)
        mention.canonical, mention.entity = org.attrs.get("canonical") or mention.text, True
        return mention, "say"
    # "”he declared" / "”, she said": read from the raw text, because a mark
    # glued to the pronoun often makes one token of both.
    m = _pronoun_verb().match(raw, start, limit)
    if m and ended and not _short_enough(tix.between(m.end(), limit), 0, True):
        # "…canal.” He told a radio station that divers would come …": a new
        # sentence about something else, not the attribution of the quote.
        return None
    if m:
        lemma = lex.forms[m.group("verb").lower()]
        # "“…“,he said the commander of the brigade, X": a translated
        # pleonastic pronoun; the noun phrase after the verb is the speaker.
        after = _skip_adverbial(tix.between(m.end(), limit))
        if m.group("subj").lower() == "it" and after and after[0].lower_ == "by" and after[0].dep_ == "agent":
            # "“…,” it was said by the engineer X": the passive's agent spoke.
            agent = next((c for c in after[0].children if c.dep_ == "pobj"), None)
            agent = (att.appositive_name(agent, known) or _trailing_name(agent, known) or agent) if agent is not None else None
            if agent is not None and att.person_like(agent, known):
                named = att.mention_at(agent, tix.base(agent), paragraph, known=known)
                if named is not None:
                    return named, lemma
        head = _np_head(after)
        addressee = lemma in _ADDRESSEE_VERBS or lemma == "thank"  # "he told X", "he reminded X": X listens
        if (
            head is not None
            and not addressee
            and head.pos_ != "PRON"
            and after[0].pos_ in ("DET", "PROPN")
            and att.person_like(head, known)
        ):
            named = att.mention_at(head, tix.base(head), paragraph, known=known)
            if named:
                return named, lemma
        return att.Mention(m.start("subj"), m.end("subj"), "pronoun", m.group("subj").lower(), paragraph), lemma
    window = _without_aside(toks)[: MAX_SUBJECT_WORDS + 8]
    low = " ".join(t.lower_ for t in window)
    # "»a souligné Mr Albrecht": a reporting verb left untranslated.
    for form in lex.untranslated:
        if low.startswith(form + " "):
            head = _np_head(_skip_adverbial(window[len(form.split()) :]))
            if head is not None and head.pos_ != "PRON":
                found = att.mention_at(head, tix.base(head), paragraph, known=known, any_noun=True)
                if found:
                    return found, "say"
            return None
    # "— the words of X", "according to X"
    for cue in lex.prefix_cues:
        if low.startswith(cue + " "):
            rest = window[len(cue.split()) :]
            propn = [t for t in rest[:4] if t.pos_ == "PROPN"]
            head = propn[0] if propn else _np_head(rest)
            if head is not None and att.person_like(head, known):
                m = att.mention_at(head, tix.base(head), paragraph, subject=False, known=known)
                if m and m.kind != "pronoun":
                    return m, cue
            return None
    label = _verbless_label(raw, start, toks, known)
    if label is not None:
        m = att.mention_at(label, tix.base(label), paragraph, known=known | {label.text})
        if m is not None and m.kind == "name":
            return m, "say"
    # "said X" / "argued the Russian president" / "announced on Monday the minister, X"
    # / MT's "has declared the president …"
    lead = 1 if len(window) > 1 and window[0].pos_ == "AUX" and window[0].lower_ in ("has", "have", "had") else 0
    if len(window) > 2 and window[0].lower_ in ("was", "were", "is") and window[1].tag_ == "VBG":
        lead = 1  # MT's progressive "«…», was saying the director to the journalists"
    if len(window) > 2 and window[0].lower_ in ("so", "thus") and att.cue_lemma(window[1]) is not None:
        lead = 1  # German-style "“…”, so explains the shepherd X"
    if len(window) > 3 and window[0].lower_ in ("was", "were", "is", "are") and window[1].tag_ == "VBN" and window[2].lower_ == "by":
        # MT's "“…,” was announced by the director X": the passive's agent spoke
        agent = att.cue_lemma(window[1]) and _np_head(window[3:])
        if agent and agent.pos_ == "NOUN":
            agent = att.appositive_name(agent, known) or _trailing_name(agent, known) or agent
        if agent and agent.pos_ != "PRON" and att.person_like(agent, known):
            m = att.mention_at(agent, tix.base(agent), paragraph, known=known)
            if m is not None:
                return m, att.cue_lemma(window[1]) or "say"
    manner = _manner_phrase(window)
    lead = lead or manner  # Slavic MT's "“…,” with sadness told the farmer X"
    lemma = att.cue_lemma(window[lead])
    if lemma is None and window[lead].lower_ in ("reads", "read") and lead == 0:
        # "“…”, reads the statement of the Kovač Group": a document's author speaks;
        # anything else that "reads" (a sign, a banner) names nobody.
        doc_head = _np_head(window[1:])
        author = _author_of(doc_head) if doc_head is not None else None
        if author is not None and att.person_like(author, known):
            m = att.mention_at(author, tix.base(author), paragraph, known=known)
            if m is not None and m.kind != "pronoun":
                return m, "say"
        return None
    if lemma is None and (author := _said_in_document(window)) is not None and att.person_like(author, known):
        # MT's "«…», is said in the statement of the ministry": the document's author speaks
        m = att.mention_at(author, tix.base(author), paragraph, known=known)
        if m is not None and m.kind != "pronoun":
            return m, "say"
    width = 1
    phrase = next((p for p in lex.phrasal if " ".join(t.lower_ for t in window[lead : lead + len(p.split())]) == p), None)
    if phrase is not None:
        lemma, width = "say", len(phrase.split())  # MT's "made known the Prefecture" (fare sapere)
    elif lemma is not None and len(window) > lead + 1 and window[lead + 1].dep_ == "prt":
        width = 2  # "pointed out Sergeant X": the verb's particle is no part of the subject
    if lemma is not None:
        rest = _skip_prepositional(_skip_resumptive(_skip_adverbial(window[lead + width :])))
        head = _np_head(rest)
        first = _first_phrase_person(rest, known) if lemma in _ADDRESSEE_VERBS else None
        if first is not None:
            head = first  # "told grower Stavros Karras the newspaper Kathimerini": the person, not the listener
        if head is not None and head.pos_ == "NOUN":
            # "the chairwoman of the union X, Dr. Lena Brandt": the name set off by
            # commas first, then one closing the descriptor ("the deputy of opposition X").
            # Someone indefinite ("a young beekeeper of Fougères") is not named by a
            # name closing the phrase: that is a place or an employer.
            indefinite = head.left_edge.lower_ in att.INDEFINITE
            head = (
                att.appositive_name(head, known)
                or (None if indefinite else _trailing_name(head, known) or _name_after_relative(head, known))
                or head
            )
        if head is not None and head.pos_ == "PRON" and head.lower_ in ("he", "she") and rest and rest[0].i == head.i:
            # "“…”, says he against the broadcaster", "cautioned she": the subject
            # pronoun after the verb, as German, Dutch and Nordic word order keeps it.
            end = tix.base(head) + head.idx + len(head)
            return att.Mention(end - len(head), end, "pronoun", head.lower_, paragraph), lemma
        if head is not None and head.pos_ != "PRON" and _short_enough(window, head.i - window[0].i + 1, ended):
            # Right after an inverted reporting verb a proper noun is a name,
            # whatever the NER thought ("complained Carmen").
            named = known | {head.text} if head.pos_ == "PROPN" and head.ent_type_ not in ("DATE", "TIME") else known
            m = att.mention_at(head, tix.base(head), paragraph, known=named, any_noun=True)
            if m:
                return m, lemma
        return None
    # "X said" / "the Russian president said" / "he stresses" /
    # "the festival's director, Jonas Eklund, 47, wrote"
    # A quote inside a noun phrase ("an “objective” position, adding …") is
    # not followed by its attribution: only a short subject may follow it.
    clause_end = skipped > 0 or raw[q.start : q.end].rstrip()[-1:] in ",.!?…"
    age = _age_before(window[0].doc, window[0].i + _age_length(window), tix, paragraph) if _age_length(window) else None
    if age is not None and len(window) > _age_length(window) and (lemma := att.cue_lemma(window[_age_length(window)])) is not None:
        return age, lemma  # "”, the 61-year-old said"
    if clause_end and (set_off := _name_before_apposition(window, known)) is not None:
        name, lemma = set_off
        m = att.mention_at(name, tix.base(name), paragraph, known=known)
        if m is not None and m.kind == "name":
            return m, lemma
    longest = MAX_SUBJECT_WORDS if clause_end else SHORT_SUBJECT_WORDS
    for k in range(1, min(len(window), longest + 1)):
        prev = window[k - 1]
        if prev.text == "," and not clause_end:
            break
        modifier = prev.dep_ in ("compound", "amod") or _glued_hyphen(prev)  # "managing director", "secretary-general"
        if (
            prev.pos_ not in _NP_POS
            and prev.text not in ("’s", "'s", ",")
            and prev.pos_ != "AUX"
            and prev.lower_ not in _NP_PREPOSITIONS
            and not modifier
            and not (k == 1 and prev.text in att.NAME_JOINERS and window[1].pos_ == "PROPN")  # "”, dos Santos Macuácua said"
        ):
            break
        lemma = att.cue_lemma(window[k])
        if lemma is None and window[k].lower_ in ("quoted", "cited") and prev.lower_ in ("was", "were", "is", "are", "been"):
            # "“…,” the President was quoted in a statement": whoever is quoted spoke
            # (not the active "X quoted Y", where Y did)
            lemma = "say"
        if lemma is None:
            continue
        subject = [t for t in window[:k] if t.pos_ != "AUX"]
        names = [t for t in subject if t.pos_ == "PROPN" and att.person_like(t, known)]
        # "Baltline's managing director, Sven Aaberg,": the possessor is not who speaks.
        names = [t for t in names if att.name_run(t)[1].dep_ != "poss"] or names
        # "Helmar chief executive Sigrid Aalto told": a name that qualifies a title is not who speaks.
        names = [t for t in names if not _qualifies_title(att.name_run(t)[1])] or names
        # "a spokesperson for Ferrovia Nord said": a name after a noun and its preposition
        # is who the person works for, not who speaks (the noun is).
        names = [t for t in names if not _after_noun_preposition(att.name_run(t)[0], subject)]
        title = att.descriptor_head(subject)
        if names and title is not None and all(n.i < subject[title[1]].i + len(title[2].split()) for n in names):
            names = []  # "the Estmark prime minister": a name before the title only qualifies it
        head = att.name_run(names[0])[1] if names else _np_head(subject)
        if head is not None and _short_enough(window, k + 1, ended):
            m = att.mention_at(head, tix.base(head), paragraph, known=known, any_noun=True)
            if m:
                return m, lemma
        return None
    return None


#: Longest manner phrase before an inverted verb ("with great sadness").
MAX_MANNER_WORDS = 3


def _manner_phrase(window: list[Token]) -> int:
    """The length of a "with …" phrase of manner that opens the words after a
    quote and comes before a reporting verb ("“…,” with sadness told the farmer
    X", Serbian "sa tugom je rekao"), else 0."""
    if not window or window[0].lower_ != "with":
        return 0
    for k in range(2, min(len(window), MAX_MANNER_WORDS + 2)):
        if att.cue_lemma(window[k]) is not None:
            return k if all(t.pos_ in ("DET", "ADJ", "NOUN", "ADV") for t in window[1:k]) else 0
    return 0


#: Longest verbless label after a quote ("” — Petra Novak, a resident of X.").
MAX_LABEL_WORDS = 14


def _verbless_label(raw: str, start: int, toks: list[Token], known: frozenset[str]) -> Token | None:
    """The last word of the name that a verbless label after a quote gives:
    a dash ("” — Petra Novak, a resident of Lindenau.", a caption's or a
    Polish text's way) or German-style "so" (“…”, so the organiser Lukas
    Hofbauer.). The label runs to the end of its sentence with no verb
    (a "who" clause after a comma aside) and names one person in full."""
    if not toks:
        return None
    gap = raw[start : start + 8].lstrip()
    dash = gap[:1] in ("—", "–") or gap[:2] in (",—", ", —", ",–")
    comma = raw[start:].lstrip()[:1] == "," or raw[max(0, start - 3) : start].rstrip('”"’»“ ').endswith(",")
    so = toks[0].lower_ == "so" and comma
    if not (dash or so):
        return None
    body = toks[1:] if so else toks
    label: list[Token] = []
    for t in body:
        if t.is_punct and t.text in ".!?;":
            break
        if t.lower_ in ("who", "which") and label and label[-1].text == ",":
            break  # "…, who has fished here for forty years": about the person, not the label
        if t.pos_ in ("VERB", "AUX") or len(label) >= MAX_LABEL_WORDS:
            return None
        label.append(t)
    names = []
    for t in label:
        if t.pos_ != "PROPN" or not t.text[:1].isupper():
            continue
        lo, hi = att.name_run(t)
        if t.i == hi.i and hi.i > lo.i and (t.ent_type_ == "PERSON" or t.text in known or is_given_name(lo.text)):
            names.append(hi)
    return names[0] if len(names) == 1 else None


#: Longest apposition set off by commas between a name and its reporting verb.
MAX_APPOSITION = 12


#: Words between a quote and an "according to" that closes its sentence
#: ("“completely under control” by midnight, according to X").
MAX_ACCORDING_GAP = 12


def attribute_according_later(
    tix: Tokens,
    q: Quoted,
    limit: int,
    blocked: list[tuple[int, int]],
    paragraph: int,
    known: frozenset[str],
    ctx: Context | None = None,
) -> att.Mention | None:
    """ "The fire was “completely under control” by midnight, according to fire
    chief X.": an "according to" later in the quote's sentence, after a comma,
    names a person or a definite office-holder or body. No other quote may
    stand between (it would be that one's)."""
    if q.close is None:
        return None
    bounds = tix.sentence(q.close)
    end = min(limit, bounds[1]) if bounds else limit
    toks = [t for t in tix.between(q.close + 1, end) if not t.is_space]
    inner = [t for t in tix.between(q.start, q.close) if not t.is_space]
    # MT's "“The camp will be evacuated,” according to the prefect.": the comma inside the mark
    comma_inside = bool(inner) and inner[-1].text == ","
    for k, t in enumerate(toks[: MAX_ACCORDING_GAP + 2]):
        if t.is_punct and t.text in ".!?;":
            return None
        # "“…,” also according to him.": an adverb between the mark and the cue
        set_off = (k > 0 and toks[k - 1].text == ",") or (comma_inside and (k == 0 or (k == 1 and toks[0].pos_ == "ADV")))
        if t.lower_ != "according" or k + 1 >= len(toks) or toks[k + 1].lower_ != "to" or not set_off:
            continue
        obj = toks[k + 2] if k + 2 < len(toks) else None
        pronouns = att.lexicon().object_pronouns
        if obj is not None and obj.lower_ in pronouns and not att.inside(tix.base(obj) + obj.idx, blocked):
            # "“…,” according to him.": the pronoun as a subject would be
            end = tix.base(obj) + obj.idx + len(obj)
            return att.Mention(end - len(obj), end, "pronoun", pronouns[obj.lower_], paragraph)
        near = [x for x in toks[k + 2 : k + 7] if x.pos_ in ("PROPN", "NOUN")]
        propn = [x for x in near if x.pos_ == "PROPN" and att.person_like(x, known)]
        propn = [x for x in propn if x.ent_type_ == "PERSON" or x.text in known] or propn  # "harbour master X": the name
        head = propn[0] if propn else (near[0] if near else None)
        if head is None or att.inside(tix.base(head) + head.idx, blocked):
            return None
        m = att.mention_at(head, tix.base(head), paragraph, subject=False, known=known)
        if m is not None and (m.kind == "name" or (m.kind == "descriptor" and m.role is not None and not m.indefinite)):
            return m
        if m is None and ctx is not None and head.pos_ == "NOUN" and head.left_edge.lower_ == "the" and _entity_person(ctx, tix, head):
            # "…,” according to the prefect.": a title no lexicon holds that the
            # entities layer resolved to a person of the article
            m = att.mention_at(head, tix.base(head), paragraph, subject=False, known=known, any_noun=True)
            return m if m is not None and m.kind == "descriptor" and not m.indefinite else None
        return None
    return None


def _name_before_apposition(window: list[Token], known: frozenset[str]) -> tuple[Token, str] | None:
    """ "“…,” Martin Keane, chairman of the Irish Patients' Association, told …":
    a name, an apposition between commas (longer than a subject may be), then
    the reporting verb. Returns the name's last token and the verb's lemma."""
    first = window[0]
    if first.pos_ != "PROPN" or not att.person_like(first, known):
        return None
    hi = att.name_run(first)[1]
    k = hi.i - first.i + 1
    if k >= len(window) or window[k].text != ",":
        return None
    for j in range(k + 1, min(len(window) - 1, k + 1 + MAX_APPOSITION)):
        if window[j].pos_ in ("VERB", "AUX"):
            return None
        if window[j].text == ",":
            lemma = att.cue_lemma(window[j + 1])
            return (hi, lemma) if lemma is not None else None
    return None


#: Tokens of an age used as a descriptor, after its number: "61-year-old".
_AGE_WORDS = ["-", "year", "-", "old"]


def _age_length(toks: list[Token]) -> int:
    """Tokens of "the 61-year-old" at the start of ``toks``, or 0."""
    i = 1 if toks and toks[0].pos_ == "DET" else 0
    if i < len(toks) and toks[i].like_num and [t.lower_ for t in toks[i + 1 : i + 5]] == _AGE_WORDS:
        return i + 5
    return 0


def _age_before(doc, end: int, tix: Tokens, paragraph: int) -> att.Mention | None:
    """ "the 54-year-old" ending right before token ``end``: news prose's way
    of varying the name of someone it just introduced; resolved like any
    descriptor outside the lexicon (the one person acting in the paragraph)."""
    for start in (end - 6, end - 5):
        if start >= 0 and _age_length(list(doc[start:end])) == end - start:
            base = tix.base(doc[start])
            first, last = doc[start], doc[end - 1]
            text = doc[start:end].text
            indefinite = first.lower_ in att.INDEFINITE
            return att.Mention(
                base + first.idx, base + last.idx + len(last), "descriptor", text, paragraph, title="year-old", indefinite=indefinite
            )
    return None


def _after_noun_preposition(first: Token, subject: list[Token]) -> bool:
    """Does the name starting at ``first`` follow "<noun> for/of/at/from (the)"
    inside the subject phrase ("a spokesperson for Ferrovia Nord")?"""
    doc, k = first.doc, first.i - 1
    while k >= 0 and doc[k].pos_ == "DET":
        k -= 1
    if k < 1 or doc[k].lower_ not in _NP_PREPOSITIONS or doc[k].pos_ != "ADP":
        return False
    return any(t.pos_ == "NOUN" and t.i < k for t in subject)


def _qualifies_title(last: Token) -> bool:
    """Is the name ending at ``last`` followed by a title ("Helmar chief executive …")?"""
    doc = last.doc
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return (
        nxt is not None
        and nxt.text.islower()
        and nxt.pos_ in ("NOUN", "ADJ")
        and att.descriptor_head([nxt, *doc[nxt.i + 1 : nxt.i + 3]]) is not None
    )


#: Prepositions after an inverted verb's subject that open its listener or
#: companion, never a word of a descriptor naming the speaker.
_LISTENER_PREPOSITIONS = {"to", "with", "towards", "toward"}
#: Words a descriptor may run on before the name that ends it
#: ("the deputy of opposition Karim Benali").
MAX_DESCRIPTOR_TAIL = 6


def _as_stated_by(verb: Token, known: frozenset[str]) -> Token | None:
    """ "As stated the head of the department Oleg Petrov, «…»" (Russian "Как
    заявил", Ukrainian "Як зазначив", word for word): after "As", the subject
    follows the reporting verb; the name closing or set off after its noun
    phrase, else the phrase's head."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].lower_ != "as" or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    rest: list[Token] = []
    for t in doc[verb.i + 1 : min(verb.sent.end, verb.i + 1 + MAX_SUBJECT_WORDS)]:
        if t.text in (",", ":") or t.is_quote:
            break
        rest.append(t)
    head = _np_head(_skip_adverbial(rest))
    if head is None or head.pos_ == "PRON":
        return None
    return att.appositive_name(head, known) or _trailing_name(head, known) or head


def _trailing_name(head: Token, known: frozenset[str]) -> Token | None:
    """The person's name that closes a descriptor without a comma, as machine
    translation writes it ("said the deputy of opposition Karim Benali, who …")."""
    doc = head.doc
    last = None
    for t in doc[head.i + 1 : min(head.sent.end, head.i + 1 + MAX_DESCRIPTOR_TAIL)]:
        if t.is_punct or t.pos_ in ("VERB", "AUX", "PRON", "CCONJ") or t.lower_ in _LISTENER_PREPOSITIONS:
            break  # "states the harbour master to TV Midland": the listener, no name of the speaker
        last = t
    # a name opening with a given name is a person's even where the tagger made it an
    # organisation ("the director of the school Wanjiku Muriuki")
    if last is None or last.pos_ != "PROPN" or not (last.ent_type_ == "PERSON" or last.text in known or _given_name_run(last)):
        return None
    lo = att.name_run(last)[0]
    if lo.i > 0 and doc[lo.i - 1].lower_ in ("from", "in", "at"):
        return None  # "the man from Quang Ngai": where the person is from, even tagged a person
    return last


#: Most words of a name closing a sentence after a relative clause.
MAX_CLOSING_NAME = 4


def _name_after_relative(head: Token, known: frozenset[str]) -> Token | None:
    """The person's name that ends the sentence after a descriptor's relative
    clause, however long ("said the woman who has led the traders since 2015
    and who …, Ndapewa Shikongo."): set off by a comma, a name the article
    knows, and nothing after it but the full stop."""
    if not any(c.dep_ == "relcl" for c in head.children):
        return None
    toks = [t for t in head.sent if not (t.is_punct and t.text not in (",",)) and not t.is_space]
    if len(toks) < 3 or toks[-1].pos_ != "PROPN" or toks[-1].i <= head.i:
        return None
    doc, hi = head.doc, toks[-1]
    lo = hi.i
    while lo - 1 > head.i and hi.i - lo < MAX_CLOSING_NAME and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].text[:1].isupper():
        lo -= 1  # the whole name, whatever entity the tagger made of it
    if doc[lo - 1].text != ",":
        return None
    return hi if (hi.ent_type_ == "PERSON" or hi.text in known) else None


def _first_phrase_person(toks: list[Token], known: frozenset[str]) -> Token | None:
    """The person's name that ends the first of two noun phrases after an
    inverted "told" ("told grower X the newspaper Y"), when a determiner opens
    the second; None if the first names no person (the listener comes first:
    "told the portal Index the union representative X")."""
    name = None
    for t in toks:
        if t.pos_ == "DET" and name is not None:
            return name
        if t.pos_ == "PROPN" and (t.ent_type_ == "PERSON" or t.text in known):
            name = att.name_run(t)[1]
        elif t.pos_ not in ("PROPN", "NOUN", "ADJ", "DET") or t.is_punct:
            return None
    return None


def _skip_adverbial(toks: list[Token]) -> list[Token]:
    """Drop "on Monday" / "yesterday" / "again" / "for his part" between a reporting verb and its subject."""
    for phrase in att.lexicon().parentheticals:
        words = phrase.split()
        if [t.lower_ for t in toks[: len(words)]] == words:
            toks = toks[len(words) :]
            break
    k = 0
    while k < min(len(toks), MAX_ADVERBIAL):
        t = toks[k]
        if (
            t.pos_ == "ADV"
            or t.ent_type_ in ("DATE", "TIME")
            or (t.pos_ == "ADP" and k + 1 < len(toks) and toks[k + 1].ent_type_ in ("DATE", "TIME"))
        ):
            k += 1
            continue
        break
    return toks[k:]


#: Prepositions of a phrase machine translation leaves between an inverted
#: reporting verb and its subject: the recipient ("said to Reuters the
#: spokeswoman", dijo a Reuters la vocera; "stated for the Czech Radio the
#: lawyer", řekl pro / powiedział dla) or the circumstance ("announced
#: after the meeting with the leaders the minister").
_INVERSION_PREPOSITIONS = {"to", "for", "after", "before", "during", "at", "in", "on", "with", "from", "of", "outside"}
#: … and the means ("assured through a phone call the director", "said via video link the minister").
_INVERSION_PREPOSITIONS |= {"through", "via", "over"}
#: Object pronouns that complete such a phrase on their own ("with us", "to me",
#: "replied to him the secretary"; not "her", also a possessive).
_OBJECT_PRONOUNS = {"us", "me", "them", "you", "him"}
#: At most this many prepositional phrases are skipped.
MAX_SKIPPED_PHRASES = 4


def _skip_prepositional(toks: list[Token]) -> list[Token]:
    """Drop prepositional phrases right after an inverted reporting verb.

    Each phrase is a preposition, an optional determiner and one noun run
    ("to Reuters", "after the meeting", "with the leaders of the blockade");
    the next determiner or name after a complete phrase opens the subject.
    Nothing is dropped unless a noun phrase is left after the phrases.
    """
    k, phrases = 0, 0
    while k < len(toks) and toks[k].lower_ in _INVERSION_PREPOSITIONS and toks[k].pos_ == "ADP" and phrases < MAX_SKIPPED_PHRASES:
        j = k + 1
        if j < len(toks) and toks[j].lower_ in _OBJECT_PRONOUNS:
            k, phrases = j + 1, phrases + 1  # "in the conversation with us the lawyer X"
            continue
        if j < len(toks) and toks[j].pos_ in ("DET", "PRON") and toks[j].lower_ not in att.lexicon().pronouns:
            j += 1
        run = j
        while (
            j < len(toks)
            and toks[j].pos_ in ("ADJ", "NUM", "NOUN", "PROPN")
            and not (j > run and toks[j].pos_ == "PROPN" and toks[j - 1].pos_ == "NOUN")
        ):
            j += 1
        if j == run:
            break
        k, phrases = j, phrases + 1
    if k == 0 or k >= len(toks) or toks[k].pos_ not in ("DET", "PROPN", "NOUN", "ADJ"):
        return toks
    return toks[k:]


def _skip_resumptive(toks: list[Token]) -> list[Token]:
    """Drop what machine translation leaves between an inverted reporting verb
    and its speaker: an object "it" (Hungarian, Slavic: "said it to our paper
    the harbour master X"), an auxiliary the source language puts after the
    verb (Croatian, Serbian "rekao je": "emphasised is Horvat") and a
    case-marking "of" before a name that ends the sentence (Tagalog "sabi ni":
    "said of Manalo."), which English, saying "X said of Y", never prints."""
    if len(toks) < 2:
        return toks
    first, nxt = toks[0].lower_, toks[1]
    if first == "it" and (nxt.pos_ in ("DET", "PROPN") or nxt.lower_ in _INVERSION_PREPOSITIONS):
        return toks[1:]
    if first in ("is", "has", "was") and nxt.pos_ == "PROPN":
        return toks[1:]
    if first == "of" and nxt.pos_ == "PROPN":
        k = 1
        while k < len(toks) and toks[k].pos_ == "PROPN":
            k += 1
        if k == len(toks) or toks[k].text in ".!?":
            return toks[1:]
    if first == "of" and nxt.lower_ == "the" and len(toks) > 2 and toks[2].pos_ == "NOUN":
        # "“…,” said of the mayor in the meeting …": the same case mark before
        # a person's title, whatever follows it (English would put a subject
        # between the verb and "of": "she said of the mayor").
        found = att.descriptor_head(list(toks[1:3]))
        if (found[0] != "organisation") if found is not None else toks[2].tag_ == "NN":
            return toks[1:]  # a title the lexicon knows, or any singular noun ("said of the seller.")
    return toks


@cache
def _pronoun_verb() -> re.Pattern[str]:
    lex = att.lexicon()
    forms = "|".join(sorted((re.escape(f) for f in lex.forms), key=len, reverse=True))
    pron = "|".join(sorted([*lex.pronouns, "they"], key=len, reverse=True))
    aux = r"(?:(?:has|have|had|would|will|did|was)\s+(?:also\s+)?)?"
    # "”, he firmly said": one manner adverb may stand before the verb.
    manner = r"(?:[a-z]+ly\s+)?"
    return re.compile(rf"[\s,;:—–-]*(?P<subj>{pron})\s+{aux}{manner}(?P<verb>{forms})\b", re.IGNORECASE)


#: Longest aside in brackets skipped between a speaker's name and the verb.
MAX_ASIDE_TOKENS = 30


def _without_aside(toks: list[Token]) -> list[Token]:
    """The tokens after a quote without a bracketed aside that follows a word
    ("”, the secretary, Lena Voss (a former teacher who …), told reporters"):
    what the brackets hold describes the person and is no part of the
    clause, so the verb after them is read as if it followed the name."""
    for k, t in enumerate(toks[: MAX_SUBJECT_WORDS + 1]):
        if t.text == "(" and k > 0:
            close = next((j for j in range(k + 1, min(len(toks), k + MAX_ASIDE_TOKENS)) if toks[j].text == ")"), None)
            if close is None or any(x.text in '(“”"«»' for x in toks[k + 1 : close]):
                return toks
            return toks[:k] + toks[close + 1 :]
        if t.text in ".!?;":
            break
    return toks


def _short_enough(window: list[Token], used: int, ended: bool) -> bool:
    """After a quote that ended its sentence, only a short clause can attribute it."""
    if not ended:
        return True
    rest = window[used:]
    for n, t in enumerate(rest):
        if t.is_punct and t.text in ".!?;":
            return n <= MAX_TRAILING_CLAUSE
        if n > MAX_TRAILING_CLAUSE:
            return False
    return True


def _subject(verb: Token, known: frozenset[str] = frozenset()) -> Token | None:
    """The subject of a reporting verb, climbing to the verb it depends on.

    A participle modifying a person ("Her counterpart, X, estimated …" parsed
    as a modifier) has that person as its subject.
    """
    t = verb
    for _ in range(MAX_CLIMB):
        if (
            t.dep_ in ("acl", "relcl")
            and t.head.pos_ in ("NOUN", "PROPN")
            and att.person_like(t.head, known)
            and not any(c.dep_ in _SUBJECT_DEPS for c in t.children)
        ):
            return t.head
        for child in t.children:
            if child.dep_ == "agent":  # "was described as “…” by X": X spoke, not the subject
                obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
        subjects = [c for c in t.children if c.dep_ in _SUBJECT_DEPS]
        named = [c for c in subjects if c.pos_ == "PROPN" and att.person_like(c, known)]
        if len(subjects) > 1 and named:
            # MT's "The mayor Anna Rossi has declared …": the parser made the title
            # and the name two subjects; the name is who speaks
            return named[0]
        for child in t.children:
            if child.dep_ in _SUBJECT_DEPS:
                if child.lower_ in ("who", "that", "which"):
                    if t.dep_ == "relcl" and t.head.pos_ in ("NOUN", "PROPN"):
                        return t.head  # "X, who said …"
                    continue  # MT's "X intervened, which has promised …": climb to X
                return child
            if child.dep_ == "agent":
                for g in child.children:
                    if g.dep_ == "pobj":
                        return g
        if t.dep_ == "ROOT" or t.head is t:
            return None
        t = t.head
    return None


def attribute_before(
    ctx: Context,
    tix: Tokens,
    q: Quoted,
    lo: int,
    blocked: list[tuple[int, int]],
    paragraph: int,
    known: frozenset[str],
    titles: frozenset[str] = frozenset(),
) -> tuple[att.Mention | None, str, str] | None:
    """The nearest reporting verb before the quote in its sentence, and its subject.

    Returns (mention, lemma, how); mention None with how "continuation" for a
    subject-less participle that opens the sentence ("Emphasizing that “…”").
    ``titles``: title nouns the article gave its people ("exporter" of
    "Sri Lankan exporter X"), so "The Colombo-based exporter said" is a speaker.
    """
    toks = [t for t in tix.between(lo, q.open) if not att.inside(tix.base(t) + t.idx, blocked)]
    lex = att.lexicon()
    lead = next((t for t in toks if t.is_alpha and t.pos_ not in ("ADV", "CCONJ")), None)
    first_cue: tuple[Token, str] | None = None
    according_org: att.Mention | None = None
    for t in reversed(toks):
        low = " ".join(x.lower_ for x in t.doc[t.i : t.i + 2])
        if low in ("according to",):
            if _according_inside_report(t, known):
                continue  # "Macron spoke, according to the Élysée, of a “…”": the Élysée is the source, Macron speaks
            obj = t.doc[t.i + 2] if t.i + 2 < len(t.doc) else None
            possessive = obj is not None and obj.lower_ in lex.possessive_pronouns and obj.dep_ == "poss"
            if obj is not None and (obj.lower_ in lex.object_pronouns and not possessive):
                # "According to him, …": the pronoun as a subject would be.
                end = tix.base(obj) + obj.idx + len(obj)
                return att.Mention(end - len(obj), end, "pronoun", lex.object_pronouns[obj.lower_], paragraph), "according to", "before"
            if possessive:
                # "according to his estimates, “…”": his own figures, his words.
                end = tix.base(obj) + obj.idx + len(obj)
                return att.Mention(end - len(obj), end, "pronoun", lex.possessive_pronouns[obj.lower_], paragraph), "according to", "before"
            near = [x for x in t.doc[t.i + 2 : t.i + 7] if x.pos_ in ("PROPN", "NOUN")]
            propn = [x for x in near if x.pos_ == "PROPN" and att.person_like(x, known)]
            head = _according_apposed(t, known) or (propn[0] if propn else (near[0] if near else None))
            m = att.mention_at(head, tix.base(head), paragraph, subject=False, known=known) if head is not None else None
            # "according to the prime minister": a definite office-holder, as a name would be.
            if m is not None and (
                m.kind == "name" or (m.kind == "descriptor" and m.role not in (None, "organisation") and not m.indefinite)
            ):
                return m, "according to", "before"
            if m is None and head is not None and head.pos_ == "NOUN" and head.left_edge.lower_ == "the" and _entity_person(ctx, tix, head):
                # "According to the chief, …": a title no lexicon holds that the entities
                # layer resolved to a person of the article.
                m = att.mention_at(head, tix.base(head), paragraph, subject=False, known=known, any_noun=True)
                if m is not None and m.kind == "descriptor" and not m.indefinite:
                    return m, "according to", "before"
                m = None
            if m is not None and m.kind == "descriptor" and m.role == "organisation" and not m.indefinite:
                according_org = according_org or m  # "according to the ministry": unless a reporting verb names someone
            continue
        lemma = att.cue_lemma(t, before=True) or _phrasal_at(t)
        if lemma is None or lemma in lex.after_only or (t.i > 1 and t.doc[t.i - 2].lower_ == "so" and t.doc[t.i - 1].text == "-"):
            continue  # "so-called" is an adjective, not a report
        passive = lemma in _ADDRESSEE_VERBS or any(c.dep_ == "auxpass" for c in t.children)
        if passive and any(c.dep_ == "nsubjpass" for c in t.children) and not any(c.dep_ == "agent" for c in t.children):
            # "passengers had been promised “…”": the subject listened; "X's decision was
            # described as “…”": it is what was talked about. An earlier verb may say who spoke.
            continue
        age = _age_before(t.doc, t.i, tix, paragraph)
        if age is not None:
            return age, lemma, "before"  # "the 54-year-old said: “…”"
        first_cue = first_cue or (t, lemma)
        relative = _relative_reporter(t)
        if relative is not None:
            # "the critique of the opposition, which speaks of “…”": the words are
            # the antecedent's; unknown when it is no person or body we can name.
            if att.person_like(relative, known) and not att.inside(tix.base(relative) + relative.idx, blocked):
                m = att.mention_at(relative, tix.base(relative), paragraph, known=known)
                if m is not None:
                    return m, lemma, "before"
            return None, lemma, "unknown"
        subj = _quoted_as(t) or _as_stated_by(t, known) or _subject(t, known)
        subj = (_author_of(subj) or subj) if subj is not None else None
        if subj is None:
            # "ENAC, from its side, made known that …": a name opening the clause that
            # the parser hung on the verb as an adverbial is its subject.
            subj = next((c for c in t.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i < t.i), None)
        opening = _name_set_off_at_start(t) if subj is None else None
        if opening is not None and not att.inside(tix.base(opening[0]) + opening[0].idx, blocked):
            first, last = opening
            base = tix.base(first)
            text = first.doc[first.i : last.i + 1].text
            return att.Mention(base + first.idx, base + last.idx + len(last), "name", text, paragraph), lemma, "before"
        subj = (_person_of(subj, known) or subj) if subj is not None else None
        body = _they_at_body(t, subj)
        if body is not None and not att.inside(tix.base(body) + body.idx, blocked):
            m = att.mention_at(body, tix.base(body), paragraph, known=known)
            if m is not None:
                return m, lemma, "before"
        unnamed = _unnamed_sources(subj) if subj is not None else None
        if unnamed is not None and not att.inside(tix.base(unnamed) + unnamed.idx, blocked):
            m = att.mention_at(unnamed, tix.base(unnamed), paragraph, known=known)
            if m is not None:
                return m, lemma, "before"
        named = _name_set_off_before(t, known)
        if named is not None and (subj is None or subj.pos_ != "PROPN" or not att.person_like(subj, known)):
            subj = named
        if subj is not None and _two_people(subj, known):
            return None, lemma, "unknown"  # "X and Y agreed to give “…”": both speak, as a group (null)
        if subj is not None and att.person_like(subj, known) and not att.inside(tix.base(subj) + subj.idx, blocked):
            m = att.mention_at(subj, tix.base(subj), paragraph, known=known)
            if m is not None and (m.role == "organisation" or subj.ent_type_ == "ORG"):
                m = _reporter(t, tix, paragraph, known, blocked) or m
            if m:
                # "Moon’s trip, Ortega said, “…”": the reporting clause interrupts the sentence.
                inside = subj.i > 0 and subj.doc[subj.i - 1].text == "," and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == ","
                return m, lemma, "inside" if inside else "before"
        titled = subj is not None and subj.pos_ == "NOUN" and subj.lower_ in titles and subj.left_edge.lower_ == "the"
        if titled and not att.inside(tix.base(subj) + subj.idx, blocked):
            # "Sri Lankan exporter X … The Colombo-based exporter said she would keep buying “…”":
            # a title no lexicon holds, which the article gave one of its people
            m = att.mention_at(subj, tix.base(subj), paragraph, known=known, any_noun=True)
            if m is not None and m.kind == "descriptor":
                return m, lemma, "before"
        if subj is not None and _reported_reporter(t, subj) and not att.inside(tix.base(subj) + subj.idx, blocked):
            # "X said his client had told him: “…”": the quoted words are the
            # client's, whoever the client is; never X's.
            m = att.mention_at(subj, tix.base(subj), paragraph, known=known, any_noun=True)
            if m is not None:
                return m, lemma, "before"
        if subj is not None and _unnamed_someone(subj) and not att.inside(tix.base(subj) + subj.idx, blocked):
            # "A woman in the crowd shouted: “Shame!”": someone new and unnamed speaks.
            m = att.mention_at(subj, tix.base(subj), paragraph, known=known, any_noun=True)
            if m is not None:
                return m, lemma, "before"
    viewer = _viewpoint_holder(lead, tix, paragraph, known) if lead is not None else None
    if viewer is not None:
        return viewer, lead.lower_, "before"
    stated = _statement_subject(tix, toks, known) if first_cue is None else None
    if stated is not None:
        m = att.mention_at(stated, tix.base(stated), paragraph, known=known)
        if m is not None and m.kind != "pronoun":
            return m, "statement", "before"
    if first_cue is not None:
        t, lemma = first_cue
        # "Emphasizing that “…”" opening the sentence, or "…, he declared, and
        # insisted that “…”": the verb shares the subject of the clause before.
        subj = _subject(t, known)
        quoted_subject = subj is not None and att.inside(tix.base(subj) + subj.idx, blocked)
        if (t is lead and t.tag_ in ("VBG", "VBN") and subj is None) or (t.dep_ == "conj" and (subj is None or quoted_subject)):
            return None, lemma, "continuation"
    if according_org is not None and first_cue is None:
        return according_org, "according to", "before"
    return None


def _according_inside_report(according: Token, known: frozenset[str]) -> bool:
    """Is this "according to" a modifier of an earlier reporting verb whose subject is a
    person ("X said, according to the ministry, that “…”")? Then it names who passed
    the words on, and the verb's subject is who spoke them."""
    verb = according.head
    if verb.i >= according.i or verb.pos_ != "VERB" or att.cue_lemma(verb, before=True) is None:
        return False
    subj = _subject(verb, known)
    return subj is not None and subj.pos_ in ("PROPN", "PRON", "NOUN") and att.person_like(subj, known)


#: Prepositions of MT's impersonal "they say at X" (Slovene "na ministrstvu pravijo",
#: German "im Ministerium heißt es", Italian "al ministero dicono").
_BODY_PREPOSITIONS = frozenset({"at", "in", "from"})


def _they_at_body(verb: Token, subj: Token | None) -> Token | None:
    """ "At the Ministry of Health they say that “…”": machine translation of an
    impersonal "they say at X", where the words are the named body's. Returns
    the body's name (a proper noun the tagger calls an organisation), else None:
    "they said in the police" names no body."""
    if subj is None or subj.lower_ != "they":
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in _BODY_PREPOSITIONS:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "PROPN" and obj.ent_type_ == "ORG":
                return obj
    return None


def _according_apposed(according: Token, known: frozenset[str]) -> Token | None:
    """ "According to the secretary of the Dairy Farmers Association, Ramesh
    Gowda, “…”": the name set off after a person's title and the body it
    serves is who speaks, not the body whose name comes first. The parser
    hangs the name on the body's name or on the title; either way it is a
    person's name right after a comma."""
    to = next((c for c in according.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    title = next((c for c in to.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if to is not None else None
    if title is None or (found := att.descriptor_head(att.noun_phrase(title))) is None or found[0] == "organisation":
        return None
    for x in title.subtree:
        if x.dep_ == "appos" and x.pos_ == "PROPN" and x.i > 0 and (x.ent_type_ == "PERSON" or x.text in known):
            lo = att.name_run(x)[0]
            if lo.i > 0 and lo.doc[lo.i - 1].text == ",":
                return x
    return None


def _entity_person(ctx: Context, tix: Tokens, tok: Token) -> bool:
    """Did the entities layer mark ``tok`` as (part of) a person mention?"""
    start = tix.base(tok) + tok.idx
    return any(e.label == "PERSON" and e.start <= start < e.end for e in ctx.layers.get("entities", []))


#: Reporting verbs whose object is the listener: their passive subject ("residents
#: were told", "passengers had been promised") heard the words, did not say them.
_ADDRESSEE_VERBS = {"tell", "promise", "assure", "reassure", "warn", "inform", "remind", "urge", "ask"}


def _quoted_as(verb: Token) -> Token | None:
    """ "Kyodo quoted its president, X, as saying “…”": the object of "quote"
    (or "cite") is the speaker of "as saying", not the outlet that quotes."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lemma_.lower() not in ("quote", "cite"):
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj"), None)


def _viewpoint_holder(lead: Token, tix: Tokens, paragraph: int, known: frozenset[str]) -> att.Mention | None:
    """Whose view a sentence opening with "For …" or "In …'s words" gives.

    "For the minister of Transports, X, this strike is “…”" (translated "pour
    le ministre" / "per il ministro"), "For him, “…”", "For Pichler the old
    cars “…”" (a name of the article needs no comma), "In X's words, …", "In
    her view, …". Returns None for anything else ("For years, “…”").
    """
    doc, lex = lead.doc, att.lexicon()
    nxt = doc[lead.i + 1] if lead.i + 1 < len(doc) else None
    if nxt is None:
        return None
    if lead.lower_ == "for":
        if nxt.lower_ in lex.object_pronouns and nxt.i + 1 < len(doc) and doc[nxt.i + 1].text == ",":
            end = tix.base(nxt) + nxt.idx + len(nxt)
            return att.Mention(end - len(nxt), end, "pronoun", lex.object_pronouns[nxt.lower_], paragraph)
        # A name of the article right after "For" is the whole phrase ("For Pichler the old cars").
        head = att.name_run(nxt)[1] if nxt.text in known and nxt.text[:1].isupper() else _np_head(list(doc[lead.i + 1 : lead.i + 8]))
        if head is None or not att.person_like(head, known):
            return None
        phrase = att.noun_phrase(head)
        end = phrase[-1].i + 1 if phrase else len(doc)
        comma = end < len(doc) and doc[end].text == ","
        m = att.mention_at(head, tix.base(head), paragraph, known=known)
        if m is None or m.kind == "pronoun":
            return None
        if comma or (m.kind == "name" and all(w in known for w in m.text.split())):
            return m
        return None
    if lead.lower_ not in ("in", "by"):
        return None  # "by": Russian and Ukrainian "по словам X" as "By the words of X"
    # "In X's words," / "In his words,": a possessor, then a viewpoint noun.
    if nxt.lower_ in lex.possessive_pronouns:
        noun = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
        if noun is not None and noun.lower_ in lex.viewpoint_nouns:
            end = tix.base(nxt) + nxt.idx + len(nxt)
            return att.Mention(end - len(nxt), end, "pronoun", lex.possessive_pronouns[nxt.lower_], paragraph)
        return None
    # "In the view of economist X, …" / "In the opinion of the mayor, …"
    if nxt.lower_ == "the" and nxt.i + 2 < len(doc) and doc[nxt.i + 1].lower_ in lex.viewpoint_nouns and doc[nxt.i + 2].lower_ == "of":
        rest = list(doc[nxt.i + 3 : nxt.i + 10])
        propn = [
            t
            for t in rest
            if t.pos_ == "PROPN" and att.person_like(t, known) and (t.ent_type_ == "PERSON" or t.text in known or _given_name_run(t))
        ]
        head = att.name_run(propn[0])[1] if propn else _np_head(rest)
        if head is None or not att.person_like(head, known):
            return None
        m = att.mention_at(head, tix.base(head), paragraph, known=known)
        return m if m is not None and m.kind != "pronoun" and not m.indefinite else None
    for k in range(lead.i + 1, min(lead.i + 8, len(doc) - 1)):
        if doc[k].text in ("’s", "'s", "’", "'") and doc[k + 1].lower_ in lex.viewpoint_nouns:
            owner = doc[k - 1]
            if not att.person_like(owner, known):
                return None
            m = att.mention_at(owner, tix.base(owner), paragraph, known=known)
            return m if m is not None and m.kind != "pronoun" else None
    return None


def _given_name_run(t: Token) -> bool:
    """Does the run of proper nouns around ``t`` open with a given name ("the
    head of the administration Taras Kovalchuk", which the tagger may call an
    organisation)?"""
    lo, hi = att.name_run(t)
    return hi.i > lo.i and lx.starts_with_given_name(t.doc[lo.i : hi.i + 1].text)


#: Words of a name opening a sentence and set off by a comma ("CIVAVIA, from its side, …").
MAX_OPENING_NAME = 4


def _name_set_off_at_start(verb: Token) -> tuple[Token, Token] | None:
    """ "CIVAVIA, from its side, made known that …": a capitalised name that opens
    the sentence, closed by a comma, with a parenthetical up to the comma right
    before a subject-less reporting verb; the parser often loses it."""
    doc, start = verb.doc, verb.sent.start
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    k = start
    while k < min(verb.i, start + MAX_OPENING_NAME) and doc[k].is_alpha and doc[k].text[:1].isupper() and doc[k].pos_ in ("PROPN", "NOUN"):
        k += 1
    if k == start or k >= verb.i - 1 or doc[k].text != ",":
        return None
    return doc[start], doc[k - 1]


#: Auxiliaries of a passive reporting verb after a quote ("is said", "it was stated", "has been written").
_PASSIVE_AUX = frozenset({"it", "is", "was", "are", "were", "has", "have", "had", "been", "being"})


def _said_in_document(window: list[Token]) -> Token | None:
    """ "“…”, is said in the warning of the agency" (a passive translated word
    for word from languages that attribute so: Armenian, Mongolian, Russian):
    the author of the document the words are said in — the "of", "from" or
    "by" object of the noun after "in", or its possessor. None otherwise."""
    k = 0
    while k < len(window) and window[k].lower_ in _PASSIVE_AUX:
        k += 1
    if not 0 < k < len(window) - 2 or window[k].tag_ != "VBN" or att.cue_lemma(window[k]) is None:
        return None
    if window[k + 1].lower_ != "in":
        return None
    doc = next((c for c in window[k + 1].children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    if doc is None:
        return None
    for c in doc.children:
        if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN"):
            return c
        if c.dep_ == "prep" and c.lower_ in ("of", "from", "by"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                return obj
    return None


def _author_of(subj: Token) -> Token | None:
    """ "A report by the National Cyber Security Centre warned …": the name that
    wrote a document which is the subject of a reporting verb."""
    if subj.lower_ not in att.lexicon().authored:
        return None
    for c in subj.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "PROPN":
                return obj
    return None


def _relative_reporter(verb: Token) -> Token | None:
    """The antecedent of a relative clause whose verb reports ("the opposition,
    which speaks of …", "Keane, who said …"), else None."""
    if verb.dep_ != "relcl":
        return None
    if not any(c.dep_ in _SUBJECT_DEPS and c.tag_ in ("WDT", "WP") for c in verb.children):
        return None
    return verb.head


def _reported_reporter(verb: Token, subj: Token) -> bool:
    """Is ``subj`` someone whose words another speaker reports ("X said his
    client had told him: …", "she recounted that her son had said: …")? The
    verb is the complement of a reporting verb, its subject a common noun."""
    return (
        verb.dep_ == "ccomp"
        and att.cue_lemma(verb.head) is not None
        and subj.pos_ == "NOUN"
        and subj.text.islower()
        and subj.lower_ not in att.lexicon().statement_nouns
    )


def _unnamed_sources(subj: Token) -> Token | None:
    """ "Sources close to the ministry said", or MT's "the company X, sources of
    the company, explained" (the parser makes the company the subject and the
    sources its apposition): unnamed sources speak, not the company."""
    unnamed = att.lexicon().unnamed_sources
    for t in (subj, *(c for c in subj.children if c.dep_ == "appos")):
        if t.lower_ in unnamed and t.tag_ in ("NNS", "NNPS"):
            return t
    return None


def _unnamed_someone(subj: Token) -> bool:
    """An indefinite common noun as the subject of a reporting verb ("a woman in
    the crowd", "one onlooker"): someone the text does not name, whatever the noun."""
    if subj.lower_ in att.lexicon().statement_nouns:
        return False  # "a statement from the ministry said": the ministry speaks
    return subj.pos_ == "NOUN" and subj.text.islower() and subj.left_edge.lower_ in att.INDEFINITE and subj.ent_type_ == ""


def _phrasal_at(t: Token) -> str | None:
    """ "say" when a several-word reporting verb starts at ``t`` ("ENAC made known that …"),
    or a light verb takes a noun of speech ("X gave the answer “…”", MT's "made a statement")."""
    doc = t.doc
    lex = att.lexicon()
    for phrase in lex.phrasal:
        words = phrase.split()
        if [x.lower_ for x in doc[t.i : t.i + len(words)]] == words and t.pos_ in ("VERB", "AUX", "NOUN"):
            return "say"  # "lets know" may be tagged a noun: the phrase is the evidence
    light = t.pos_ == "VERB" and t.lemma_.lower() in lex.light_verbs
    if light and any(c.dep_ == "dobj" and c.lemma_.lower() in lex.speech_nouns for c in t.children):
        return "say"
    return None


@cache
def _statement_pattern() -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in att.lexicon().statement_nouns)
    return re.compile(
        r"\b(?:in|through|via|with)\s+(?:a|an|its|their|his|her|the)\s+(?:(?:written|brief|short|joint|separate)\s+)?(?:" + nouns + r")\b",
        re.IGNORECASE,
    )


def _statement_subject(tix: Tokens, toks: list[Token], known: frozenset[str]) -> Token | None:
    """ "The Ministry, in a note, let it be known it watches “…”": no reporting verb the
    lexicon knows, but a written channel; the subject of the clause speaks."""
    if not toks or not att.lexicon().statement_nouns:
        return None
    doc = toks[0].doc
    text = doc[toks[0].i : toks[-1].i + 1].text
    if not _statement_pattern().search(text):
        return None
    subjects = [t for t in toks if t.dep_ in _SUBJECT_DEPS and att.person_like(t, known) and t.pos_ != "PRON"]
    main = [t for t in subjects if t.head.dep_ == "ROOT" or t.head.head is t.head]
    if main or subjects:
        return (main or subjects)[0]
    # The parser lost the subject: the organisation or person opening the sentence.
    first = toks[0] if toks[0].pos_ != "DET" or len(toks) < 2 else toks[1]
    if first.pos_ == "PROPN" and (first.ent_type_ in ("ORG", "PERSON") or first.text in known):
        return first
    return None


def _name_set_off_before(verb: Token, known: frozenset[str]) -> Token | None:
    """ "The mayor defeated in May, Ines Moura, spoke of “…”": a person's
    name between commas right before the verb is its subject, however parsed."""
    doc = verb.doc
    k = verb.i - 1
    if k < 2 or doc[k].text != ",":
        return None
    last = doc[k - 1]
    if last.pos_ != "PROPN" or not (last.ent_type_ == "PERSON" or last.text in known):
        return None
    lo, _ = att.name_run(last)
    return last if lo.i > verb.sent.start and doc[lo.i - 1].text == "," else None


def _reporter(verb: Token, tix: Tokens, paragraph: int, known: frozenset[str], blocked: list[tuple[int, int]]) -> att.Mention | None:
    """ "X said the ministry hopes for “…”": an organisation's view reported by a
    person, in whose words it is quoted; the person of the outer reporting verb."""
    t = verb
    for _ in range(MAX_CLIMB):
        if t.dep_ not in ("ccomp", "conj") or t.head is t:
            return None
        t = t.head
        if att.cue_lemma(t) is None:
            continue
        subj = _subject(t, known)
        if subj is None or subj.ent_type_ == "ORG" or att.inside(tix.base(subj) + subj.idx, blocked) or not att.person_like(subj, known):
            return None
        m = att.mention_at(subj, tix.base(subj), paragraph, known=known)
        return m if m is not None and m.kind in ("name", "pronoun") else None
    return None


#: Longest verbless label before a colon read as its speaker ("Colonel X, of the Fire Department:").
MAX_COLON_LABEL = 10


def attribute_colon(
    ctx: Context, tix: Tokens, q: Quoted, paras: list[Passage], blocked: list[tuple[int, int]], known: frozenset[str]
) -> att.Mention | None:
    """ "she laid out the reasoning at length: “…”": the subject of the clause before the colon.

    The colon may end the previous paragraph when the quote opens its own
    (long statements set as paragraphs).
    """
    raw = ctx.raw
    para = paras[q.paragraph]
    k = q.open
    while k > para.start and raw[k - 1].isspace():
        k -= 1
    paragraph = q.paragraph
    if k == para.start and q.paragraph > 0:
        prev = paras[q.paragraph - 1]
        k = prev.end
        while k > prev.start and raw[k - 1].isspace():
            k -= 1
        paragraph -= 1
    if k == 0 or raw[k - 1] != ":":
        return None
    colon = tix.at(k - 1)
    if colon is None:
        return None
    sent = colon.sent
    subjects = [
        t
        for t in sent
        if t.i < colon.i
        and t.dep_ in _SUBJECT_DEPS
        and att.person_like(t, known)
        and not att.inside(tix.base(t) + t.idx, blocked)
        and not _in_question_clause(t)
    ]
    if not subjects and (owner := _speech_owner(sent, colon, known)) is not None and not att.inside(tix.base(owner) + owner.idx, blocked):
        subjects = [owner]  # "Shivaprasad's answer was: “…”"
    if not subjects and sent[0].text == "," and sent.start > 0:
        # "Betancort, questioned on whether …, was brief:" split by the parser
        # after the name: the name set off before the comma is the subject.
        before = sent.doc[sent.start - 1]
        if before.pos_ == "PROPN" and att.person_like(before, known) and not att.inside(tix.base(before) + before.idx, blocked):
            subjects = [before]
    # The subject of the verb the colon closes ("Betancort, asked whether the
    # council would act, was brief:"), not one inside a clause set off before it.
    main = [t for t in subjects if t.head.dep_ == "ROOT"] or [t for t in subjects if t.head.i == colon.head.i] or subjects[-1:]
    one = next((t for t in sent if t.i < colon.i and t.dep_ in _SUBJECT_DEPS and _one_of_group(t)), None) if not main else None
    if one is not None:
        # "One of the parents, who did not present himself, shouted: “…”": someone unnamed
        start, end = tix.base(one) + one.idx, tix.base(one) + one.idx + len(one.text)
        return att.Mention(start, end, "descriptor", raw[start:end], paragraph, indefinite=True)
    if main:
        # The clause introduces the quote: its subject speaks, even unnamed ("A patient told …:").
        return att.mention_at(main[0], tix.base(main[0]), paragraph, known=known, any_noun=True)
    label = [t for t in colon.sent if t.i < colon.i]
    inverted = _inverted_before_colon(label, known)
    if inverted is not None:
        m = att.mention_at(inverted, tix.base(inverted), paragraph, known=known, any_noun=True)
        if m is not None and m.kind != "pronoun":
            return m
    # A headline's "Minister Iveta Novak: “…”": no verb, a person's name right before the colon.
    # Also "Colonel Marcos Farias, of the Fire Department: “…”": the one full
    # name of a short verbless label, whatever follows it.
    if not label or len(label) > MAX_COLON_LABEL or any(t.pos_ in ("VERB", "AUX") for t in label):
        return None
    if len(label) <= MAX_COLON_DESCRIPTOR and label[0].lower_ == "the" and label[-1].pos_ == "NOUN":
        # "The mayor: “…”": a definite title alone is the office-holder the article named.
        m = att.mention_at(label[-1], tix.base(label[-1]), paragraph, known=known)
        if m is not None and m.kind == "descriptor" and m.role not in (None, "organisation") and not m.indefinite:
            return m
    runs = []
    for t in label:
        if t.pos_ != "PROPN":
            continue
        lo, hi = att.name_run(t)
        if t.i == hi.i and hi.i > lo.i and all(x.ent_type_ == "PERSON" or x.text in known for x in t.doc[lo.i : hi.i + 1]):
            runs.append(t)
    if len(runs) != 1:
        return None
    found = att.mention_at(runs[0], tix.base(runs[0]), paragraph, known=known)
    return found if found is not None and found.kind == "name" else None


def _speech_owner(sent, colon: Token, known: frozenset[str]) -> Token | None:
    """ "Kumar's answer was: “…”", "The mayor's reply was short:": the subject
    before the colon is a noun of speech (``speech_nouns``, ``passive_speech_subjects``)
    whose possessor is a person; that possessor speaks, as the subject would."""
    lex = att.lexicon()
    for t in sent:
        if t.i >= colon.i or t.dep_ not in _SUBJECT_DEPS or t.lemma_.lower() not in lex.speech_nouns | lex.passive_subjects:
            continue
        owner = next((c for c in t.children if c.dep_ == "poss" and c.lower_ not in att.POSSESSIVE), None)
        if owner is not None and att.person_like(owner, known):
            return owner
    return None


def _one_of_group(t: Token) -> bool:
    """ "One of the parents", "another of the herders": one unnamed member of a
    group of people, as the subject of the clause that introduces a quote."""
    if t.lower_ not in ("one", "another", "someone", "somebody"):
        return False
    of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return group is not None and group.tag_ == "NNS" and group.ent_type_ == ""


#: Longest "the <title>" label before a colon read as a descriptor ("The deputy mayor:").
MAX_COLON_DESCRIPTOR = 4


def _inverted_before_colon(label: list[Token], known: frozenset[str]) -> Token | None:
    """ "Insisted the coach Rui Maltez: “…”", "Explained the spokesman of the
    police, Karel Svoboda:": machine translation keeps a verb-first order; a
    reporting verb opening the sentence, then only its noun phrase up to the
    colon. Returns the phrase's head (its name when it gives one)."""
    if len(label) < 2 or not label[0].text[:1].isupper() or label[0].tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
        return None
    if att.cue_lemma(label[0]) is None or any(t.pos_ in ("VERB", "AUX") for t in label[1:]):
        return None
    rest = _skip_prepositional(_skip_adverbial(label[1:]))
    head = _np_head(rest)
    if head is None or head.pos_ == "PRON":
        return None
    if head.pos_ == "NOUN":
        head = att.appositive_name(head, known) or _trailing_name(head, known) or head
    return head


def _in_question_clause(t: Token) -> bool:
    """A subject inside "whether …" / "if …" ("asked whether the council would
    act, she said:"): what was asked about, not who answers."""
    head = t.head
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in head.children)


def _two_people(subj: Token, known: frozenset[str]) -> bool:
    """Is the subject two people joined by "and" ("Pedro Sánchez and Luiz Lula", "The
    president of X, A, and the president of Y, B")? Words said by both belong to no one
    of them."""

    def named(t: Token) -> bool:
        # a person's name by the tagger or the article, never a body's ("The Kenya Plantation
        # and Agricultural Workers' Union said")
        return t.pos_ == "PROPN" and (t.ent_type_ == "PERSON" or t.text in known)

    def person(t: Token) -> bool:
        return named(t) or any(c.dep_ == "appos" and named(c) for c in t.children)

    def apart(a: Token, b: Token) -> bool:
        """Not one entity the parser split at its "and"."""
        lo, hi = sorted((a.i, b.i))
        return not all(a.doc[k].ent_iob_ == "I" for k in range(lo + 1, hi + 1))

    if not person(subj) or not any(c.dep_ == "cc" and c.lower_ == "and" for c in subj.children):
        return False
    return any(c.dep_ == "conj" and person(c) and apart(subj, c) for c in subj.children)


def _person_of(subj: Token, known: frozenset[str]) -> Token | None:
    """ "Diego Salvatierra of the think tank Centro X said": a parser often makes
    the organisation the subject; the person before "of" is the speaker."""
    if subj.ent_type_ != "ORG":
        return None
    lo, _ = att.name_run(subj)
    doc = subj.doc
    k = lo.i - 1
    linked = False
    first = subj.sent.start  # Token.sent scans the sentence: once
    while k >= first:
        t = doc[k]
        if t.lower_ in ("of", "from", "at") and t.pos_ == "ADP":
            linked = True
        elif t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.text in known):
            return t if linked else None
        elif t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "ADP"):
            return None
        k -= 1
    return None


def _sentence_start(ctx: Context, tix: Tokens, offset: int, para_start: int) -> int:
    """Start of the sentence passage containing ``offset`` (or the paragraph start)."""
    bounds = tix.sentence(offset)
    best = bounds[0] if bounds else para_start
    # A quote opening its sentence after "…: " belongs to the sentence before.
    head = ctx.raw[best:offset].strip()
    if not any(c.isalnum() for c in head):
        prev = tix.sentence_before(best)
        if prev and prev[0] >= para_start and ctx.raw[prev[0] : prev[1]].rstrip().endswith(":"):
            best = prev[0]
    return max(best, para_start)


# --- find --------------------------------------------------------------------------


def find(ctx: Context) -> list[Span]:
    """Quote spans with speaker attrs (contract in the module docstring of annotate)."""
    raw = ctx.raw
    paras = ctx.body_paragraphs()
    if not paras:
        return []
    tix = Tokens(ctx)
    ents = att.kinded_as_orgs(sorted((e for e in ctx.layers.get("entities", []) if e.label in ("PERSON", "ORG")), key=lambda e: e.start))
    quoted = pair(raw, [(p.start, p.end) for p in paras])

    found: list[Found] = []
    glue_of: dict[int, tuple[int, int, str]] = {}
    for q in quoted:
        q2, after_at, glue = cut_unclosed(raw, q)
        found.append(Found(q2, after_at=after_at))
        if glue:
            glue_of[len(found) - 1] = glue
    blocked = sorted((f.q.open, (f.q.close + 1) if f.q.close is not None else f.q.end) for f in found)
    people, mentions = att.build_people(ctx, tix, ents, blocked)

    headline = is_headline(raw, paras)
    titles = frozenset(t for ts in people.other_titles.values() for t in ts) | frozenset(
        t for ds in people.described.values() for _, _, t in ds if t
    )
    for i, f in enumerate(found):
        q = f.q
        para = paras[q.paragraph]
        nxt = found[i + 1].q.open if i + 1 < len(found) and found[i + 1].q.paragraph == q.paragraph else para.end
        if headline and q.paragraph == 0:
            hit0 = attribute_headline(tix, q, para, people.words)
            if hit0:
                f.mention, f.cue, f.how = hit0[0], hit0[1], "before"
                continue
        if i in glue_of:
            s, e, lemma = glue_of[i]
            f.mention, f.cue, f.how = att.Mention(s, e, "pronoun", raw[s:e].lower(), q.paragraph), lemma, "after"
            continue
        after_at = f.after_at if f.after_at is not None else (q.close + 1 if q.close is not None else None)
        lo = _sentence_start(ctx, tix, q.open, para.start)
        hit2 = attribute_before(ctx, tix, q, lo, blocked, q.paragraph, people.words, titles)
        if (hit2 is None or hit2[0] is None or hit2[0].kind != "name") and (of := statement_of_passive(ctx, q, lo, q.paragraph)):
            hit2 = (of, "say", "before")
        if after_at is not None:
            hit = glued_name_after(ctx.raw, after_at, nxt, q.paragraph) or attribute_after(
                ctx, tix, q, after_at, nxt, q.paragraph, people.words
            )
            # 'X said: “… .” Y did not answer': a quote that ends its sentence and
            # was introduced before it keeps that speaker; the next sentence is news.
            if hit and not (hit2 and _ends_sentence(raw, q)):
                f.mention, f.cue, f.how = hit[0], hit[1], "after"
                continue
        if hit2:
            f.mention, f.cue, f.how = hit2
            continue
        later = attribute_according_later(tix, q, nxt, blocked, q.paragraph, people.words, ctx)
        if later is not None:
            f.mention, f.cue, f.how = later, "according to", "after"
            continue
        intro = attribute_colon(ctx, tix, q, paras, blocked, people.words)
        if intro:
            f.mention, f.how = intro, "before"
            continue
        named = attribute_next_sentence(ctx, tix, q, para.end, people.words)
        if named is None and q.paragraph + 1 < len(paras) and _stands_alone(raw, q, para) and _last_in_paragraph(raw, q, para):
            # "“Chess has a problem.”" as a paragraph, then "That was the verdict of X, …".
            below = paras[q.paragraph + 1]
            named = attribute_next_sentence(ctx, tix, q, below.end, people.words, start=below.start)
        if named:
            f.mention, f.cue, f.how = named, "say", "after"
    _share_and_continue(ctx, tix, found)
    if headline:
        for m in mentions:
            m.headline = m.paragraph == 0
        for f in found:
            if f.mention is not None and f.mention.paragraph == 0:
                f.mention.headline = True
    described: list[tuple[int, int, str]] = []
    spans = _repeat_speakers(ctx, _resolve(ctx, found, people, mentions, ents, tix, described), paras[0] if headline else None)
    ctx.notes[LAYER] = Discourse(described, dict(people.unmasked))
    return spans + _inner_quotes(raw, found)


def _ends_sentence(raw: str, q: Quoted) -> bool:
    """The quoted text closes with a full stop, question or exclamation mark inside its marks."""
    return q.close is not None and raw[q.start : q.end].rstrip()[-1:] in (".", "!", "?", "…")


def _inner_quotes(raw: str, found: list[Found]) -> list[Span]:
    """Quotes nested in a quote (“… ‘when can we go home?’ …”): their own spans,
    speaker None, since who said the inner words is rarely stated."""
    out = []
    for f in found:
        for q in nested(raw, f.q):
            attrs = {"speaker": None, "speaker_start": None, "speaker_end": None, "cue": None, "attribution": None}
            out.append(Span(q.start, q.end, "quote", {**attrs, "marks": q.marks, "continues": False, "nested": True}))
    return out


#: A first body paragraph this short, without end punctuation, before
#: others, is a headline the extraction left in the body.
MAX_HEADLINE_WORDS = 20
_HEADLINE_END = re.compile(r"[.!?…:;][\"”’»“]*$")
#: Words of a headline's subject before its verb ("Finance Minister Ruiz vows").
MAX_HEADLINE_SUBJECT = 5


def is_headline(raw: str, paras: list[Passage]) -> bool:
    """Is the first body paragraph a headline ("Minister vows “no retreat” on pensions")?"""
    if len(paras) < 2:
        return False
    text = raw[paras[0].start : paras[0].end].strip()
    return bool(text) and "\n" not in text and len(text.split()) <= MAX_HEADLINE_WORDS and not _HEADLINE_END.search(text)


def attribute_headline(tix: Tokens, q: Quoted, para: Passage, known: frozenset[str]) -> tuple[att.Mention, str | None] | None:
    """Headline grammar, which the parser reads badly: "Holm: “…”", "Mayor Berger:
    city will not sell, “…”", "Strand warns of “…”", "Union slams “…”".

    The speaker is a name the article goes on to give in full, or a
    descriptor resolved forward (the mention is marked ``headline``); a
    label like "Exclusive:" names nobody.
    """
    toks = [t for t in tix.between(para.start, q.open) if not t.is_space]
    if not toks:
        return None
    colon = next((k for k, t in enumerate(toks) if t.text == ":"), None)
    lex = att.lexicon()
    if colon is not None and 1 <= colon <= MAX_HEADLINE_SUBJECT:
        subject, lemma = toks[:colon], None
    else:
        k = next((k for k, t in enumerate(toks[: MAX_HEADLINE_SUBJECT + 1]) if t.lower_ in lex.forms and t.text[:1].islower()), None)
        if not k:
            return None
        subject, lemma = toks[:k], lex.forms[toks[k].lower_]
    if not all(t.pos_ in _NP_POS or t.text in ("’s", "'s") or t.text[:1].isupper() for t in subject):
        return None
    head = subject[-1]
    if head.pos_ not in ("PROPN", "NOUN"):
        return None
    m = att.mention_at(head, tix.base(head), q.paragraph, known=known)
    if m is None or m.kind == "pronoun":
        return None
    if m.kind == "name" and not all(w in known for w in m.text.split()):
        return None  # not a person the article names
    m.headline = True
    return m, lemma


#: "This is the demand put forward by X", "That was the answer of X": a
#: demonstrative, a copula and a noun of what was said, then its author.
_DEMONSTRATIVE_CUE = (
    r"(?:this|that|these|those|such)\s+(?:is|was|are|were)\s+(?:the|a)\s+(?:[a-z]+\s+){1,2}?"
    r"(?:(?:put\s+forward|made|voiced|expressed|raised|given|issued)\s+)?(?:of|by|from)"
)


#: "About this informed the press service of X" (Russian "Об этом сообщила …",
#: kept word for word by machine translation): the sentence after a quote names its source.
_ABOUT_THIS_CUE = (
    r"(?:about|of|on)\s+(?:this|that|it)\s+(?:has\s+|have\s+|had\s+|was\s+)?"
    r"(?:informed|reported|said|told|wrote|announced|stated|declared|communicated|notified)"
)


@cache
def _next_sentence_cue() -> re.Pattern[str]:
    cues = "|".join(sorted((re.escape(c) for c in att.lexicon().next_sentence_cues), key=len, reverse=True))
    return re.compile(rf"[\s.!?]*(?:{cues}|{_DEMONSTRATIVE_CUE}|{_ABOUT_THIS_CUE})\b", re.IGNORECASE)


def attribute_next_sentence(
    ctx: Context, tix: Tokens, q: Quoted, limit: int, known: frozenset[str], start: int | None = None
) -> att.Mention | None:
    """ "“…” The words came from X, …": a whole-sentence quote whose speaker the next sentence names.

    ``start`` is where that sentence may begin (default: right after the
    quote; the next paragraph's start for a quote that is a paragraph of its
    own). Someone unnamed after the cue ("So describes it a tram driver …")
    is returned as an indefinite descriptor: the speaker is then unknown, not
    the one quoted before.
    """
    if q.close is None or not att.lexicon().next_sentence_cues:
        return None
    m = _next_sentence_cue().match(ctx.raw, q.close + 1 if start is None else start, limit)
    if m is None:
        return _passive_agent(ctx, tix, q.close + 1 if start is None else start, limit, q.paragraph, known)
    bounds = tix.sentence(m.end())
    end = min(limit, bounds[1]) if bounds else limit
    orgs = {e.start: e for e in ctx.layers.get("entities", []) if e.label == "ORG"}
    for t in tix.between(m.end(), end)[:MAX_SUBJECT_WORDS]:
        if t.is_punct and t.text in ".!?;":
            break
        if (org := orgs.get(tix.base(t) + t.idx)) is not None:
            # "This is the demand put forward by the Tamil Nadu Flower Growers
            # Association": the organisation as the entities layer bounds it
            found = att.Mention(org.start, org.end, "name", ctx.raw[org.start : org.end], q.paragraph, subject=False)
            found.canonical, found.entity = org.attrs.get("canonical") or found.text, True
            return found
        if t.pos_ == "PROPN" and att.person_like(t, known):
            found = att.mention_at(att.name_run(t)[1], tix.base(t), q.paragraph, known=known)
            if found is not None and found.kind == "name":
                return found
        if t.pos_ == "NOUN" and t.left_edge.lower_ in att.INDEFINITE:
            found = att.mention_at(t, tix.base(t), q.paragraph, known=known, any_noun=True)
            if found is not None and found.kind == "descriptor":
                return found
    return None


def _passive_agent(ctx: Context, tix: Tokens, start: int, limit: int, paragraph: int, known: frozenset[str]) -> att.Mention | None:
    """ "“…” The words were read outside the court by his daughter, Carys": the
    next sentence's passive subject is what was said; its agent said it (a
    name, the name set off after a relation, or someone unnamed)."""
    toks = [t for t in tix.between(start, limit) if not t.is_space and not t.is_punct][:3]
    nouns = att.lexicon().passive_subjects
    subj = next((t for t in toks if t.dep_ == "nsubjpass" and (t.lower_ in nouns or t.lemma_.lower() in nouns)), None)
    if subj is None:
        return None
    by = next((c for c in subj.head.children if c.dep_ == "agent"), None)
    agent = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if agent is None:
        return None
    if agent.pos_ == "NOUN":
        # "by Mr Hughes's daughter, Carys": the name set off after the relation, whatever the NER said.
        appos = next((c for c in agent.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if appos is not None:
            return att.mention_at(appos, tix.base(appos), paragraph, known=known | {appos.text})
        return att.mention_at(agent, tix.base(agent), paragraph, known=known, any_noun=True)
    if agent.pos_ == "PROPN" and att.person_like(agent, known):
        return att.mention_at(att.name_run(agent)[1], tix.base(agent), paragraph, known=known)
    return None


def _last_in_paragraph(raw: str, q: Quoted, para: Passage) -> bool:
    """Nothing but spaces and end punctuation follows the quote in its paragraph."""
    after = raw[(q.close + 1) if q.close is not None else q.end : para.end]
    return not after.strip(" \t\n.!?…")


#: A quote repeated elsewhere (a headline quoting the body) must have at
#: least this many words to borrow the other quote's speaker.
MIN_REPEAT_WORDS = 3


def _norm_words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


#: A shorter headline quote borrows only if one of its words is this rare
#: (wordfreq Zipf): "abandoned" in “We feel abandoned”, never "No" or "now".
HEADLINE_WORD_ZIPF = 5.5


def _contains(words: list[str], seq: list[str]) -> bool:
    n = len(seq)
    return any(words[k : k + n] == seq for k in range(len(words) - n + 1))


def _repeat_speakers(ctx: Context, spans: list[Span], headline: Passage | None = None) -> list[Span]:
    """A quote with no speaker that repeats an attributed one ("Strike: “It is the last
    warning”" as headline of the union's statement) is the same person's words.

    In a headline, a quote of even one word taken from inside a body quote
    ("islanders “abandoned”" from “We feel abandoned”) is, when all body
    quotes that hold it have one speaker and a word of it is not a common one.
    """
    out = []
    for s in spans:
        words = _norm_words(s.text(ctx.raw))
        in_headline = headline is not None and headline.start <= s.start < headline.end
        if s.attrs["speaker"] is None and in_headline and words:
            holders = {o.attrs["speaker"] for o in spans if o is not s and _contains(_norm_words(o.text(ctx.raw)), words)}
            rare = any(zipf_frequency(w, "en") < HEADLINE_WORD_ZIPF for w in words)
            if len(holders) == 1 and None not in holders and (rare or len(words) >= MIN_REPEAT_WORDS):
                speaker = holders.pop()
                src = next(
                    o for o in spans if o is not s and o.attrs["speaker"] == speaker and _contains(_norm_words(o.text(ctx.raw)), words)
                )
                keys = ("speaker", "speaker_start", "speaker_end", "cue", "attribution")
                s = replace(s, attrs={**s.attrs, **{k: src.attrs[k] for k in keys}})
        if s.attrs["speaker"] is None and len(words) >= MIN_REPEAT_WORDS:
            src = next(
                (o for o in spans if o is not s and o.attrs["speaker"] is not None and _norm_words(o.text(ctx.raw))[: len(words)] == words),
                None,
            )
            if src is not None:
                keys = ("speaker", "speaker_start", "speaker_end", "cue", "attribution")
                s = replace(s, attrs={**s.attrs, **{k: src.attrs[k] for k in keys}})
        out.append(s)
    return out


def _share_and_continue(ctx: Context, tix: Tokens, found: list[Found]) -> None:
    """Quotes with no attribution of their own borrow one, where news prose does."""
    raw = ctx.raw
    asked: set[int] = set()  # questions answered right after by someone named: the interviewer's
    # "“A,” and “B,” she said": A shares B's attribution.
    for i in range(len(found) - 2, -1, -1):
        f, g = found[i], found[i + 1]
        joined = f.q.close is not None and _JOINER.match(raw[f.q.close + 1 : g.q.open])
        if not (f.how is None and g.how == "after" and f.q.paragraph == g.q.paragraph and joined):
            continue
        if _is_question(raw, f.q) and not _is_question(raw, g.q):
            asked.add(i)  # "“Do you regret it?” “Not at all,” replied X": a question, then its answer: two voices
        else:
            f.mention, f.cue, f.how = g.mention, g.cue, "shared"
    # Parts of a quote carried over paragraphs share one speaker.
    chains: list[list[Found]] = []
    for f in found:
        prev = chains[-1][-1].q if chains else None
        if prev is not None and f.q.continues and prev.continues and prev.close is None and f.q.paragraph == prev.paragraph + 1:
            chains[-1].append(f)
        else:
            chains.append([f])
    for chain in chains:
        src = next((c for c in chain if c.how not in (None, "continuation")), None)
        for c in chain:
            if c.how is None and src is not None and len(chain) > 1:
                c.mention, c.cue, c.how = src.mention, src.cue, "continuation-chain"
    # A whole sentence of speech with no attribution continues the speaker before.
    paras = ctx.body_paragraphs()
    _share_across_beat(raw, found, paras)
    for i, f in enumerate(found):
        if f.how is None and i not in asked and (_stands_alone(raw, f.q, paras[f.q.paragraph]) or _fills_sentence(ctx, tix, f.q)):
            f.how = "continuation"


#: At most this many words in the one sentence of action between two quotes.
MAX_BEAT_WORDS = 20
_BEAT_OPENER = re.compile(r"(?:(?P<pron>He|She)|[A-Z][\w'’-]+)\b")
#: A capitalised word opening the beat is a name when English uses it this rarely ("The", "Police" are not).
BEAT_NAME_ZIPF = 5.0


def _share_across_beat(raw: str, found: list[Found], paras: list[Passage]) -> None:
    """ "“A.” Rudnicka lit a cigarette. “B,” she said.": a quote opening its
    paragraph, then one short sentence of what the speaker did (opened by a
    name or "he"/"she", no quote in it), then a quote attributed after it by a
    pronoun or a name: both quotes are that speaker's, the news convention of
    a pause ("a beat") inside one person's paragraph. Not a question: an
    interview's question and its answer are two voices."""
    for f, g in pairwise(found):
        if f.how is not None or g.how != "after" or g.mention is None or g.mention.kind not in ("pronoun", "name"):
            continue
        if f.q.paragraph != g.q.paragraph or f.q.close is None or _is_question(raw, f.q):
            continue
        para = paras[f.q.paragraph]
        if raw[para.start : f.q.open].strip():
            continue  # not the paragraph's opening
        beat = raw[f.q.close + 1 : g.q.open].strip()
        sentences = re.findall(r"[^.!?]+[.!?]", beat)
        if len(sentences) != 1 or sentences[0].strip() != beat or len(beat.split()) > MAX_BEAT_WORDS:
            continue
        opener = _BEAT_OPENER.match(beat)
        if any(c in _QUOTE_MARKS for c in beat) or opener is None:
            continue
        if not opener.group("pron") and zipf_frequency(opener.group().lower(), "en") >= BEAT_NAME_ZIPF:
            continue  # "The police arrived.": no one's beat
        f.mention, f.cue, f.how = g.mention, g.cue, "shared"


def _is_question(raw: str, q: Quoted) -> bool:
    return raw[q.start : q.end].rstrip()[-1:] == "?"


def _fills_sentence(ctx: Context, tix: Tokens, q: Quoted) -> bool:
    """Does the quote cover most of the sentence passage it starts in?"""
    bounds = tix.sentence(q.start)
    if bounds is None:
        return False
    letters = sum(c.isalnum() for c in ctx.raw[bounds[0] : bounds[1]])
    return sum(c.isalnum() for c in ctx.raw[q.start : min(q.end, bounds[1])]) >= WHOLE_SENTENCE_SHARE * max(letters, 1)


def _stands_alone(raw: str, q: Quoted, para: Passage) -> bool:
    """Is the quote one or more whole sentences (by punctuation, not the parser)?"""
    before = raw[para.start : q.open].rstrip()
    if before and before[-1] not in ".!?:…":
        return False
    after = raw[(q.close + 1) if q.close is not None else q.end : para.end].lstrip()
    if not after or after[0] in ".!?…":
        return True
    return raw[q.start : q.end].rstrip()[-1:] in ".!?…" and (after[0].isupper() or after[0] in '“"«')


def _resolve(
    ctx: Context,
    found: list[Found],
    people: att.People,
    mentions: list[att.Mention],
    ents: list[Span],
    tix: Tokens,
    described: list[tuple[int, int, str]] | None = None,
) -> list[Span]:
    """Resolve every mention in text order, then give each quote its speaker.
    ``described`` collects (start, end, person) of the descriptions that
    attribute a quote to a named person ("said the skipper")."""
    by_pos: dict[tuple[int, int], att.Mention] = {}
    for m in mentions:
        key = (m.start, m.end)
        if key in by_pos:
            by_pos[key].subject = by_pos[key].subject or m.subject  # one mention seen as subject and as name
        else:
            by_pos[key] = m
    for f in found:
        if f.mention is not None:
            key = (f.mention.start, f.mention.end)
            if key in by_pos:
                f.mention = by_pos[key]
            else:
                e = att.entity_for(ents, f.mention)
                if e is not None:
                    f.mention.canonical, f.mention.entity = e.attrs["canonical"], True
                by_pos[key] = f.mention
    ordered = sorted(by_pos.values(), key=lambda m: m.start)
    attributing = {id(f.mention) for f in found if f.mention is not None}
    cue_of = {id(f.mention): f.cue for f in found if f.mention is not None}
    history: list[att.Mention] = []
    spoken: list[att.Mention] = []  # mentions that had their say so far, for "he added"
    for m in ordered:
        if m.kind == "descriptor" and not m.indefinite:
            # The article's own "the Chancellor of Westmark, Anna Richter" is
            # the best evidence for a later "the chancellor".
            titled = att.named_before(people.titled(m.title, m.places), m, history)
            if len(titled) == 1:
                m.canonical = titled[0]
            if m.canonical is None or m.canonical not in {h.canonical for h in history}:
                # "the Turkish leader" the entity layer tied to the one Turkish leader named
                # before, not "the opposition leader" named paragraphs later
                e = att.entity_for(ents, m)
                if (
                    e is not None
                    and e.label == "PERSON"
                    and e.attrs.get("mention") == "descriptor"
                    and e.attrs.get("resolved_by") == "article"
                ):
                    m.canonical = e.attrs["canonical"]
        if m.canonical is None:
            m.canonical = att.resolve(m, history, people)
        if m.canonical is None and m.kind == "descriptor" and (given := _GAVE_NAME.match(ctx.raw, m.end)) is not None:
            m.canonical = given.group("name")  # "a shopkeeper who gave his name only as Ouma"
        if m.canonical is None and m.kind == "pronoun" and m.text == "they" and id(m) in attributing:
            m.canonical = _honorific_they(ctx, tix, m, history, people)
        adds = cue_of.get(id(m)) in att.CONTINUING_CUES and spoken
        here = adds and any(h.canonical == m.canonical and h.paragraph == m.paragraph and h.kind == "name" for h in history)
        if adds and m.kind == "pronoun" and m.canonical and not here and all(h.canonical != m.canonical for h in spoken):
            # "he added" after a paragraph about someone who never spoke (not
            # "Farmer Tom Lee was angry. “…,” he added": his own paragraph)
            m.canonical = att.earlier_speaker(m, spoken, people) or m.canonical
        elif (
            adds
            and m.kind == "descriptor"
            and m.canonical is None
            and not m.indefinite
            and att.says_nothing_but_who(m)
            and not att.unnamed_same_title(m, history)  # "An elderly woman … “…,” the woman added": her
        ):
            # "“…”, — the woman added": the last speaker of her gender
            m.canonical = att.earlier_speaker(m, spoken, people)
        if m.canonical and (m.speaks or id(m) in attributing):
            spoken.append(m)
        att.note_gender(people, m)
        history.append(m)

    fuller = _fuller_names(ctx, people)
    out: list[Span] = []
    last: tuple[str | None, int, int] = (None, -99, -1)  # speaker, paragraph, offset of the last attributed quote
    for f in found:
        q = f.q
        speaker: str | None = None
        how = f.how
        if f.mention is not None:
            speaker = f.mention.canonical
            if speaker is not None and f.mention.role == "organisation":
                # "the association said": a body, never the person the tagger
                # glued to its name ("… Association Yarlagadda Sambasiva Rao")
                speaker = att.without_trailing_person(speaker, people)
            elif speaker is not None and speaker not in people.orgs:
                speaker = att.untitled(speaker)
            if how in ("before", "after", "inside", "shared") and f.mention.kind in ("pronoun", "descriptor"):
                how = f.mention.kind
            elif how == "shared":
                how = "after"
            elif how == "continuation-chain":
                how = "continuation"
        elif how == "continuation":
            speaker = _continued_speaker(q, last, ordered, people, asked=_question_before(ctx.raw, q, ctx.body_paragraphs()))
            if speaker is None and last[1] < q.paragraph - 1:
                speaker = _reported_paragraph_speaker(ctx.raw, q, ctx.body_paragraphs(), ordered, people)
            how = how if speaker is not None else None
        elif how == "continuation-chain":
            how = "continuation"
        if speaker is not None and speaker not in people.orgs and not (f.mention is not None and f.mention.role == "organisation"):
            speaker = fuller(speaker)
        elif speaker is not None and f.mention is not None and f.mention.kind == "name":
            # A name the tagger took for an organisation ("Sigríður said") is a
            # person's when its fuller form holds a person's name ("Sigríður Björk
            # Guðjónsdóttir" beside a PERSON "Björk Guðjónsdóttir") or follows a
            # person noun or title ("the head of the committee Dilshod Rakhimov").
            full = fuller(speaker)
            bare = att.untitled(speaker)
            if full != speaker and " " not in speaker and any(n in full for n in people.persons if " " in n):
                speaker = full
            elif bare != speaker and not att.kind_in_name(bare) and not set(map(lx.fold, bare.split())) & lx.organisation_words():
                # "District Collector M. Kavitha" tagged as an organisation: a
                # person's title before a name of capitalised words is a person's
                speaker = fuller(bare)
            else:
                speaker = fuller(speaker, org=True)
        if speaker is None and f.mention is not None and f.mention.kind == "descriptor":
            speaker = parent_named(f.mention, ctx.raw, people)
        if (
            speaker is not None
            and f.mention is not None
            and f.mention.kind == "pronoun"
            and (other := _not_named_inside(ctx.raw, q, f.mention, ordered, people)) is not None
        ):
            f.mention.canonical = other  # the next quote it introduces continues them
            speaker = fuller(other)
        if speaker is not None:
            speaker = with_lowercase_given_name(named_in_full(speaker, ctx.raw, people), ctx.raw)
            speaker = whole_org_name(ctx, f.mention, speaker, people)
        m = f.mention
        person = m is not None and m.kind == "descriptor" and bool(speaker) and speaker not in people.orgs
        if described is not None and person and not m.indefinite and m.role != "organisation" and any(c.isupper() for c in speaker):
            described.append((m.start, m.end, speaker))
        if speaker is not None or f.mention is not None:
            # An attributed quote, even to someone unnamed ("a firefighter
            # told …"), is what the next unattributed sentence continues.
            last = (speaker, q.paragraph, q.open)
        m = f.mention
        out.append(
            Span(
                q.start,
                q.end,
                "quote",
                {
                    "speaker": speaker,
                    "speaker_start": m.start if m is not None else None,
                    "speaker_end": m.end if m is not None else None,
                    "cue": f.cue,
                    "attribution": how if speaker is not None or m is not None else None,
                    "marks": q.marks,
                    "continues": q.continues,
                },
            )
        )
    return out


def _not_named_inside(raw: str, q: Quoted, m: att.Mention, ordered: list[att.Mention], people: att.People) -> str | None:
    """Who "she said" is when the person the pronoun found is named in the
    third person inside the quote itself ("Lidia Pavlovna came at night,
    Dmitri told. “Without Lidia Pavlovna I would be dead,” she said"): not
    them, as nobody speaks of themselves so, but the one who reported in the
    quote's paragraph before it, whatever gender the translation gave the
    pronoun. None when nobody else reported there."""
    inside = raw[q.open : q.end]
    names = {h.text for h in ordered if h.kind == "name" and h.canonical == m.canonical} | {m.canonical or ""}
    if not any(n and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", inside) for n in names):
        return None
    before = [
        h
        for h in ordered
        if h.paragraph == q.paragraph
        and h.start < q.open
        and h.speaks
        and h.kind != "pronoun"
        and h.canonical
        and h.canonical != m.canonical
        and h.canonical not in people.orgs
        and h.role != "organisation"
    ]
    return before[-1].canonical if before else None


#: Parents a definite description names ("the father said") -> the gender it says.
PARENT_NOUNS = {"father": "male", "mother": "female", "parent": None, "dad": "male", "mum": "female", "mom": "female"}
#: A child of a named person: "Rashida Karim's son", "X's two daughters".
_CHILD_OF = re.compile(r"['’]s\s+(?:(?:\w+|\d+)\s+)?(?:sons?|daughters?|child|children|baby|twins|boy|girl)\b")


def parent_named(m: att.Mention, raw: str, people: att.People) -> str | None:
    """ "Rashid Amin's daughter was trapped …. “…,” the father said": the one
    person named before as someone's parent (by a possessive before a child's
    noun), of a gender that fits. None when two people are, or nobody."""
    if m.indefinite or m.possessed or m.title not in PARENT_NOUNS:
        return None
    want = PARENT_NOUNS[m.title]
    found = {
        p
        for p in people.persons
        if any(_CHILD_OF.match(raw, k.end()) for k in re.finditer(rf"\b{re.escape(p)}", raw[: m.start]))
        and att.known_gender(people, p) in (None, want)
    }
    return found.pop() if len(found) == 1 else None


def named_in_full(speaker: str, raw: str, people: att.People) -> str:
    """The person a speaker's short form stands for, when the article names them
    in full: a title and surname ("Dr Obi", which the tagger may call an
    organisation), an acronym of the title before a name ("the DM" after
    "District Magistrate Anil Verma"), a name cut at a hyphen ("Park Jin" of
    "Park Jin-woo"). Else ``speaker`` unchanged."""
    return _titled_surname(speaker, people) or _title_acronym(speaker, raw, people) or _hyphen_completed(speaker, raw) or speaker


def _titled_surname(speaker: str, people: att.People) -> str | None:
    """ "Dr Obi" -> "Nkechi Obi": a title before one capitalised word is that
    person's surname, when one person of the article bears it."""
    words = speaker.split()
    if len(words) != 2 or not att.is_rank(words[0]) or not words[1][:1].isupper():
        return None
    full = people.complete(words[1])
    return full if full != words[1] and full in people.persons else None


#: Acronyms of titles: two to five capitals ("DM", "SP", "CEO").
_ACRONYM = re.compile(r"[A-Z]{2,5}")


def _title_acronym(speaker: str, raw: str, people: att.People) -> str | None:
    """ "The DM said" -> "Anil Kumar Verma": an acronym whose letters open the
    words of a title the article put right before one person's name ("District
    Magistrate Anil Kumar Verma"). The title's last word must be a person's
    rank and no word an organisation's, so "WHO" is never a person."""
    if not _ACRONYM.fullmatch(speaker):
        return None
    title = r"[\s-]+".join(rf"({c}[a-z]+)" for c in speaker)
    found: set[str] = set()
    for m in re.finditer(rf"\b{title},?\s+", raw):
        words = m.groups()
        if not att.is_rank(words[-1]) or {lx.fold(w) for w in words} & lx.organisation_words():
            continue
        rest = raw[m.end() : m.end() + 80]
        named = {p for p in people.persons if " " in p and re.match(rf"{re.escape(p)}\b", rest)}
        if not named and (run := _NAME_RUN.match(rest)) is not None and lx.starts_with_given_name(run.group()):
            named = {run.group()}  # a person the tagger made an organisation: a given name opens it
        found |= named
    return found.pop() if len(found) == 1 else None


#: Two to four capitalised words: a name right after a title.
_NAME_RUN = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}")


#: English words a name is hyphenated to ("Lagos-based", "Kim-led"): not part of the name.
HYPHEN_WORD_ZIPF = 4.5


def _hyphen_completed(speaker: str, raw: str) -> str | None:
    """ "Park Jin" -> "Park Jin-woo": a name the tagger cut at a hyphen before a
    lower-case syllable (Korean given names), when the text always writes it so."""
    if " " not in speaker:
        return None
    tails = re.findall(rf"\b{re.escape(speaker)}(-[a-z]{{2,5}})?\b(?!-)", raw)
    if not tails or any(t == "" for t in tails) or len(set(tails)) != 1:
        return None
    tail = tails[0]
    return speaker + tail if zipf_frequency(tail[1:], "en") < HYPHEN_WORD_ZIPF else None


#: "a resident who gave only her first name, Sara", "a vendor who gave his name as
#: Musa", "a nurse who identified herself only as Amina": the name someone unnamed gave.
_GAVE_NAME = re.compile(
    r",?\s+who\s+(?:gave|gives|identified\s+(?:him|her|them)sel(?:f|ves))\s+(?:only\s+)?"
    r"(?:(?:his|her|their)\s+(?:first\s+|given\s+|full\s+)?name\s*)?(?:only\s+)?(?:as\s+|,\s*)"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)


def _fuller_names(ctx: Context, people: att.People):
    """name -> the fullest form the article gives that person (``_fullname.fullest``),
    memoised per article: "Zhumabekov" -> "Aidos Zhumabekov" when the tagger cut
    the given name after a long title, "Marta Vidal" -> "Marta Vidal i Roca"."""
    paras = [(p.start, p.end) for p in ctx.body_paragraphs()]
    # Words of organisations, places, dates … are no words of a person's name;
    # an organisation of one word only may be a surname the tagger cut off
    # ("Núria Soler i [Vives]").
    ents = ctx.layers.get("entities", [])
    stop = [
        (e.start, e.end) for e in ents if e.label not in ("PERSON", "ORG") or (e.label == "ORG" and " " in ctx.raw[e.start : e.end].strip())
    ]
    # For a name the tagger itself took for an organisation, its ORG spans are no evidence.
    stop_org = [(e.start, e.end) for e in ents if e.label not in ("PERSON", "ORG")]
    persons = [(e.start, e.end) for e in ents if e.label == "PERSON"]
    memo: dict[str, str] = {}
    titled: dict[str, str | None] = {}

    def fuller(name: str, *, org: bool = False) -> str:
        """The fullest form; for a name the tagger made an organisation, only a
        form a person noun or a title introduces ("the head of the committee
        Dilshod Rakhimov"), else the name as it is."""
        if org:
            if name not in titled:
                titled[name] = _fullname.titled_fullest(name, ctx.raw, paras, quoted=people.quoted, stop=stop_org, persons=persons)
            return titled[name] or name
        if name not in memo:
            memo[name] = _fullname.fullest(name, ctx.raw, paras, quoted=people.quoted, stop=stop, persons=persons)
        return memo[name]

    return fuller


#: Nouns for a group of people even in the singular ("the family said"): with one
#: in play, "they" is the group.
_GROUP_NOUNS = frozenset({"people", "person", "child", "family", "couple", "crowd", "pair", "household", "man", "woman"})
#: The press, a speaker's usual listener ("told reporters"), never who "they" is.
_PRESS_NOUNS = frozenset({"reporter", "journalist", "correspondent", "newsman", "media"})
#: Pronouns that put a group in play before a "they".
_GROUP_PRONOUNS = frozenset({"they", "them", "their", "we", "us", "our"})


def _honorific_they(ctx: Context, tix: Tokens, m: att.Mention, history: list[att.Mention], people: att.People) -> str | None:
    """Who "they" is when it reports the words of one person.

    Hindi, Urdu, Nepali, Amharic and other languages speak of a respected
    person in the plural, and machine translation keeps it ("Commissioner X
    told a press conference that … “…,” they said"). The speaker is that person
    when they are the only one the paragraph names before the quote, they hold
    the floor (a subject nobody reports), and nothing plural is in play outside
    quotes: no group noun, no "they" before, no organisation acting (British
    English's "they" for a company). Otherwise None: a group, never a guess.
    """
    here = [h for h in history if h.paragraph == m.paragraph and h.start < m.start]
    persons = {
        h.canonical
        for h in here
        if h.canonical
        and h.canonical not in people.orgs
        and h.canonical not in people.places
        and h.role != "organisation"
        and not (h.kind == "pronoun" and h.text in ("it", "they"))
        and not h.indefinite
        and not h.plural
    }
    if len(persons) != 1:
        return None
    name = next(iter(persons))
    if not any(h.subject and not h.reported and h.canonical == name for h in here):
        return None
    if any(h.subject and not h.reported and (h.role == "organisation" or h.canonical in people.orgs) for h in here):
        return None
    heads = att.lexicon().heads
    para = ctx.body_paragraphs()[m.paragraph]
    for off, t in tix.items[bisect.bisect_left(tix.starts, para.start) : bisect.bisect_left(tix.starts, m.start)]:
        if att.inside(off, people.quoted):
            continue
        if t.lower_ in _GROUP_PRONOUNS or t.lemma_.lower() in _GROUP_NOUNS:
            return None
        if t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() in heads and t.lemma_.lower() not in _PRESS_NOUNS and not _in_reported_clause(t):
            return None  # "the residents", "officials", "the firms"
    return name


def _in_reported_clause(t: Token) -> bool:
    """Is ``t`` inside the clause a reporting verb reports ("X said that the
    workers will …")? What someone says is about the workers; they are not
    acting in the paragraph, so they are no group a later "they" stands for."""
    return any(a.dep_ == "ccomp" and a.head.pos_ == "VERB" and att.cue_lemma(a.head) is not None for a in t.ancestors)


def _question_before(raw: str, q: Quoted, paras: list[Passage]) -> int | None:
    """The paragraph of an interviewer's question printed without marks right
    before the quote ("How long can you strike?" then „As long as …“), in the
    quote's paragraph or as the paragraph before; None if there is none."""
    before = raw[paras[q.paragraph].start : q.open].strip()
    at = q.paragraph
    if not before and q.paragraph > 0:
        at = q.paragraph - 1
        before = raw[paras[at].start : paras[at].end].strip()
    if before.endswith("?") and not any(c in before for c in _QUOTE_MARKS):
        return at
    return None


_QUOTE_MARKS = '"“”„«»‘’‚'


def _reported_paragraph_speaker(raw: str, q: Quoted, paras: list[Passage], ordered: list[att.Mention], people: att.People) -> str | None:
    """Who a quote standing alone continues when the paragraph before holds no
    quote but reports one person's words ("Holm said the guild had written
    twice." then the paragraph “Nobody answered.”): news prose goes on from
    reported to direct speech of the same speaker. Only when that paragraph
    has one person speaking (the subject of a reporting verb or "according
    to") and no other person as a subject, so a paragraph about someone else
    names nobody."""
    at = q.paragraph - 1
    if at < 0 or any(c in raw[paras[at].start : paras[at].end] for c in _QUOTE_MARKS):
        return None
    here = [m for m in ordered if m.paragraph == at and m.canonical and m.canonical not in people.orgs]
    speakers = {m.canonical for m in here if m.speaks}
    subjects = {m.canonical for m in here if m.subject and not m.reported}
    if len(speakers) == 1 and subjects <= speakers:
        return speakers.pop()
    return None


def _continued_speaker(
    q: Quoted, last: tuple[str | None, int, int], ordered: list[att.Mention], people: att.People, *, asked: int | None = None
) -> str | None:
    """Who an unattributed whole-sentence quote continues.

    The more recent of: the speaker of the previous quote (same or previous
    paragraph) and the person who is the subject of a sentence earlier in the
    same paragraph ("Lang paused. “Different because …”"). An answer to an
    unquoted question (paragraph ``asked``) also looks at the paragraph before
    the question, which introduced the interview ("X answered several
    questions.") or gave the previous answer.
    """
    subject = None
    nearest = q.paragraph if asked is None else asked - 1
    for m in ordered:
        if m.start >= q.open:
            break
        if m.subject and not m.reported and m.canonical and m.canonical not in people.orgs and nearest <= m.paragraph <= q.paragraph:
            subject = m  # not "a driver" of "X said that a driver …": X holds the floor
    if subject is None and asked is not None:
        # "We spoke with the conductor X after the concert." then questions: the
        # one person the introduction names, subject or not, is interviewed.
        named = {
            m.canonical
            for m in ordered
            if m.paragraph == nearest and m.kind == "name" and m.canonical and m.canonical not in people.orgs and m.start < q.open
        }
        if len(named) == 1 and last[1] < nearest:
            return named.pop()
    speaker, paragraph, at = last
    if subject is not None and subject.start > at:
        return subject.canonical
    if speaker is not None and paragraph >= min(q.paragraph, nearest + 1) - 1:
        return speaker
    return None


#: A lowercase given name English hardly uses ("giorgi" 2.3, "siti" 2.3; "will",
#: "rose", "mark" are words): below this Zipf frequency it may open a name.
LOWER_GIVEN_MAX_EN = 3.0


def with_lowercase_given_name(speaker: str, raw: str) -> str:
    """ "said giorgi Beridze", "a seller, siti Aminah Yusof,": a translation left
    the given name in lowercase, so the tagger's name starts at the surname. The
    speaker takes the lowercase word right before it when the lexicon of given
    names holds it and English hardly uses it. Else ``speaker`` unchanged."""
    if not speaker[:1].isupper():
        return speaker
    for m in re.finditer(rf"(?<![\w'’-])([^\W\d_]+) {re.escape(speaker)}\b", raw):
        word = m.group(1)
        if (
            word.islower()
            and len(word) >= 3
            and _fullname.fold(word) in _all_given_names()
            and zipf_frequency(word, "en") < LOWER_GIVEN_MAX_EN
        ):
            return f"{word} {speaker}"
    return speaker


@cache
def _all_given_names() -> frozenset[str]:
    """Every given name of ``first_names.yml``, the less attested ones too
    ("chaiwat"): right before a speaker's capitalised name, where a lowercase
    word English hardly uses can be little else."""
    from ..data import load_yaml

    data = load_yaml("first_names.yml")
    return frozenset(w for key in ("female", "male", "female_less", "male_less", "other") for w in str(data.get(key, "")).split())


def whole_org_name(ctx: Context, m: att.Mention | None, speaker: str, people: att.People) -> str:
    """ "The Lakeside Roads and Bridges Authority said": the parser's name run
    stops at "and" ("Bridges Authority"), "The Ministry of Water, Sanitation
    and the Environment said" at a comma ("Sanitation"); when the entities
    layer found an organisation that holds the mention and its name, that
    organisation speaks; never for a person's name the tagger ran into an
    organisation ("ELIAMEP Dimitra Koutsou"). Else ``speaker`` unchanged."""
    if m is None or m.kind != "name" or speaker in people.persons or lx.starts_with_given_name(speaker):
        return speaker
    for e in ctx.layers.get("entities", []):
        if e.label == "ORG" and e.start <= m.start and m.end <= e.end and (e.end - e.start) > (m.end - m.start):
            name = e.attrs.get("canonical") or ctx.raw[e.start : e.end]
            if speaker in name and name != speaker and not any(c in name for c in '”“"«»„'):  # no run over a mark
                return name
    return speaker


@cache
def _statement_of_pattern() -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in sorted(att.lexicon().statement_nouns, key=len, reverse=True))
    return re.compile(
        rf"\b[Ii]n\s+(?:the|a|an|its|their)\s+(?:{nouns}|announcement|notice|press\s+statement)\s+of\s+(?:the\s+)?"
        r"(?P<name>[A-Z][\w’'&-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'&-]*){0,5})\s*,?\s+"
        r"it\s+(?:is|was|has\s+been|had\s+been)\s+(?:stated|said|announced|written|noted|stressed|emphasi[sz]ed|pointed\s+out)\b"
    )


def statement_of_passive(ctx: Context, q: Quoted, lo: int, paragraph: int) -> att.Mention | None:
    """ "In the announcement of Elektroprivreda it is stated that the company
    “…”": a translation's impersonal passive; the body whose statement it is
    speaks (the subject of "that …" may be a noun standing for it)."""
    m = _statement_of_pattern().search(ctx.raw, lo, q.open)
    if m is None:
        return None
    s, e = m.span("name")
    ent = next((x for x in ctx.layers.get("entities", []) if x.label == "ORG" and x.start <= s and e <= x.end), None)
    if ent is None and lx.starts_with_given_name(m.group("name")):
        return None  # a person's statement is told otherwise; a body's only here
    mention = att.Mention(s, e, "name", m.group("name"), paragraph, subject=True)
    mention.canonical = (ent.attrs.get("canonical") or ctx.raw[ent.start : ent.end]) if ent is not None else m.group("name")
    mention.entity = ent is not None
    return mention


@cache
def _glued_name_pattern() -> re.Pattern[str]:
    forms = "|".join(sorted((re.escape(f) for f in att.lexicon().forms), key=len, reverse=True))
    return re.compile(rf"(?P<name>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){{0,2}})[ ](?P<verb>{forms})\b")


def glued_name_after(raw: str, start: int, limit: int, paragraph: int) -> tuple[att.Mention, str] | None:
    """ "“… the planks”Suwal said.": a name glued to the closing mark (a space
    lost in extraction) makes one token of the quote's last word and the name,
    so the parse never sees the subject; read it from the raw text."""
    if start >= len(raw) or not raw[start].isupper() or raw[start - 1] not in '”"»’“':
        return None
    m = _glued_name_pattern().match(raw, start, limit)
    if m is None or m.group("name").lower() in att.lexicon().pronouns or m.group("name") in ("It", "They", "We", "This"):
        return None
    lemma = att.lexicon().forms.get(m.group("verb").lower(), "say")
    return att.Mention(m.start("name"), m.end("name"), "name", m.group("name"), paragraph), lemma
