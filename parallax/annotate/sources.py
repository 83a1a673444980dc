"""Layer "sources": whom the article relies on for its information.

One span per source mention, on the name itself ("Reuters", "Sergio Ramírez",
"Russian state television"); the attribution phrase that introduced it is in
``attrs["cue"]``. Four ways a source is found, each from ``data/source_cues.yml``:

1. **Cues before a name**: "according to Reuters", "reports from Europa Press
   and TASS" (two sources), "the words of <expert>", "told the BBC". A name
   after a cue that matches nothing we know (an agency name mangled by
   translation) is still a source: its surface text is the name and its type is
   the one its neighbours or the cue imply; ``matched`` is then false.
2. **Media mentioned anywhere**: a known outlet or agency, or a generic one
   ("Russian state television", "Chinese state broadcaster (CCTV)" → CCTV).
3. **People and institutions who inform**: the rule that separates sources
   from protagonists. A person is a source when an attribution cue introduces
   them, or when they say something (subject of a reporting verb, or speaker
   of a quote) *and* their role is an official's or an expert's
   (spokesperson, minister, ambassador, analyst, director of a think tank …).
   Heads of state and government, and people with no known role, who speak
   are the event's protagonists, not sources. Institutions that say something
   ("the Kremlin said") are sources too.
4. **Unnamed sources**: "a senior official who asked not to be named",
   "people familiar with the matter", "officials said".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from ..data import load_yaml
from ..model import Span
from . import _people as lx
from ._wordlist import zipf_frequency

if TYPE_CHECKING:
    from spacy.tokens import Token

    from . import Context

LAYER = "sources"
REQUIRES: tuple[str, ...] = ("entities",)

#: outlets.yml types → the contract's source types.
OUTLET_TYPES = {"news-agency": "news-agency", "broadcaster": "broadcaster", "newspaper": "outlet", "magazine": "outlet", "online": "outlet"}
MEDIA_TYPES = ("news-agency", "broadcaster", "outlet")
#: roles.yml organisation types → source types.
ORG_TYPES = {"think-tank": "expert", "government": "official", "intergovernmental": "official"}
#: Where a cue's phrase stops: punctuation, or a word that starts a clause.
_STOP = re.compile(
    r"[,;:!?()\[\]–—\"“”«»\n]|\.(?!\w)|\s-\s|\b(?:that|which|who|whom|whose|was|were|is|are|has|have|had|will|would|said|says|say|told|on|in|at|for|with"
    r"|after|before|during|as|when|while|because|but|to|than|about|over|its|his|her|their|it|he|she|they|we|this|these|those|since|if)\b"
)
#: What may stand between a source's name and its verb: the acronym in brackets
#: ("the Regional Disaster Management Agency (BPBD) said") and the channel it
#: spoke through ("the ministry, in a statement, said", "in its written statement confirmed").
_INTERPOSED = (
    r"(?:\s*\([A-Z][\w.&-]{1,11}\))?"
    # "Residents of Llanon, the next village along the road, said": a description in apposition
    # (lower-case only: "A neighbour, the retired Sebastião Moura, told" is Moura speaking)
    r"(?:\s*,\s+(?:the|a|an)\s+[a-z][a-z\s'’-]{1,50},)?"
    r"(?:\s*,?\s+(?:in|through|via|with)\s+(?:a|an|its|their|his|her|the)?\s*(?:(?:written|short|brief|official|joint)\s+)?"
    r"(?:statement|announcement|note|communiqué|communique|press release|release|post|message|spokesperson|spokesman|spokeswoman|letter)\b"
    # "The company, in the letter which it sent to the authority, said": the channel's relative clause
    r"(?:\s+(?:which|that)\s[^,.;:“”\"«»()]{3,70}?(?=,|\s+(?:said|stated|wrote|confirmed|announced|explained|added)\b))?,?)?"
)
#: Words that may stand between a source and its reporting verb ("Reuters also reported").
_AUX = r"(?:also|later|then|earlier|previously|again|has|have|had|was|were|is|are|would|will|had|\w+ly)"
#: Words that never modify an unnamed source's noun ("that officials say").
_FUNCTION = (
    r"(?:that|which|who|the|and|or|but|of|to|in|on|for|with|by|as|at|from|is|are|was|were|be|been|has|have|had|said|says|say|told|than|when"
    r"|while|if|not|also|its|his|her|their|our|this|these|those|there|where|after|before)"
)
#: Modifiers left out of a generic outlet's name ("Russian government news agencies" → "Russian news agencies").
_DROP_MODS = {"government", "official", "national"}
_SPLIT = re.compile(r"\s*(?:,|&|\band\b|\bas well as\b)\s*")
_LEADING = re.compile(r"(?:(?:of|from|by|the|a|an)\s+)+", re.IGNORECASE)
_MAX_ITEM_WORDS = 6


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    name: str | None  # None: an unnamed source ("one woman said")
    type: str
    matched: bool = True


@dataclass(frozen=True, slots=True)
class Cues:
    before: re.Pattern[str]
    implies: dict[str, str | None]
    media_only: set[str]
    named_only: set[str]
    unknown_is_medium: frozenset[str]
    verbs: frozenset[str]
    verb_forms: re.Pattern[str]
    anonymous: re.Pattern[str]
    needs_qualifier: frozenset[str]
    singular: frozenset[str]
    typed: dict[str, str]
    org_hints: tuple[tuple[re.Pattern[str], str], ...]
    media_before: re.Pattern[str]
    media_after: re.Pattern[str]
    media_before_type: dict[str, str]
    qualified: re.Pattern[str]
    institutions: re.Pattern[str]
    media: re.Pattern[str]
    media_type: dict[str, str]
    standalone: frozenset[str]


@cache
def cues() -> Cues:
    """source_cues.yml, compiled once per process."""
    data = load_yaml("source_cues.yml")
    before = {lx.fold(c["cue"]): c for c in data["before"]}
    verbs = frozenset(data["reporting_verbs"])
    anon = data["anonymous"]
    mods = lx.alternation(anon["modifiers"])
    nouns = lx.alternation(anon["nouns"])
    quals = "|".join(anon["qualifiers"])
    places = "|".join(anon["places"])
    anonymous = re.compile(
        r"(?<![\w-])(?P<phrase>(?:(?:(?i:"
        + mods
        + r")|[A-Z][\w’'-]+|(?!"
        + _FUNCTION
        + r"\b)[a-z][a-z’'-]{2,})\s+){0,3}?(?P<noun>(?i:"
        + nouns
        + r")))"
        r"(?:\s+(?P<place>" + places + r"))?(?:\s*,?\s+(?P<qual>" + quals + r"))?(?![\w-])"
    )
    # The same with the qualifier required, tried first: "a senior official
    # at the mining company, who asked not to be named".
    qualified = re.compile(anonymous.pattern.replace("(?P<qual>" + quals + r"))?", "(?P<qual>" + quals + r"))"))
    inst = data["institutions"]
    institutions = re.compile(
        r"(?<![\w-])(?:(?P<owner>(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+|[Tt]he(?:\s+[a-z][\w-]*){1,3})['’]s\s+(?P<poss>(?i:"
        + lx.alternation(inst["possessive"])
        + r"))|(?P<mods>(?:[A-Z][\w’'-]+\s+){0,2})(?P<noun>(?i:"
        + lx.alternation(inst["nouns"])
        + r")))(?![\w-])(?:\s+(?:in|of|at)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
        # a portfolio machine translation left in lower case ("the ministry of external affairs")
        + r"|\s+of\s+(?:the\s+)?(?:(?:"
        + lx.alternation(inst["portfolio_words"])
        + r")\s+(?:and\s+)?){0,2}(?:"
        + lx.alternation(inst["portfolio_words"])
        + r"))?"
    )
    media_type = {lx.fold(n): t for t, names in data["media"].items() if t != "standalone" for n in names}
    media = re.compile(
        r"(?<![\w-])(?P<mods>(?:(?:[A-Z][\w’'-]+|(?i:"
        + lx.alternation(data["media_modifiers"])
        + r"))\s+){0,3})(?P<noun>(?i:"
        + lx.alternation([n for t, names in data["media"].items() if t != "standalone" for n in names])
        + r"))(?![\w-])"
    )
    # "Fishermen … are complaining that": a progressive form counts only after a form of "be".
    progressive = "|".join(sorted(_progressive(verbs), key=len, reverse=True))
    verb_forms = re.compile(
        r"(?:,\s*\d{1,3}\s*,)?"
        + _INTERPOSED
        + r"\s*,?\s*(?:(?:(?:still|also)\s+)?(?:is|are|was|were)\s+(?:"
        + progressive
        + r")|(?:"
        + _AUX
        + r"\s+){0,2}(?:"
        + "|".join(sorted(_inflect(verbs), key=len, reverse=True))
        + r"))\b",
        re.IGNORECASE,
    )
    return Cues(
        before=re.compile(r"(?<![\w-])(?:" + lx.alternation(list(before)) + r")(?![\w-])", re.IGNORECASE),
        implies={k: c.get("implies") for k, c in before.items()},
        media_only={k for k, c in before.items() if c.get("media_only")},
        named_only={k for k, c in before.items() if c.get("named_only")},
        unknown_is_medium=frozenset(k for k, c in before.items() if c.get("unknown_is_medium")),
        verbs=verbs,
        verb_forms=verb_forms,
        anonymous=anonymous,
        needs_qualifier=frozenset(lx.fold(n) for n in anon["needs_qualifier"]),
        singular=frozenset(lx.fold(n) for n in anon["singular"]),
        typed={lx.fold(n): t for t, nouns in anon["typed"].items() for n in nouns},
        org_hints=tuple(
            (re.compile(r"(?<![\w-])(?:" + lx.alternation(words) + r")(?![\w-])"), kind)
            for kind, words in data["organisation_hints"].items()
        ),
        media_before=re.compile(
            r"(?<![\w-])(?P<noun>(?i:" + lx.alternation([w for ws in data["media_before_name"].values() for w in ws]) + r")),?\s+$"
        ),
        media_after=re.compile(
            r"\s+(?P<noun>(?i:" + lx.alternation([w for ws in data["media_before_name"].values() for w in ws]) + r"))(?![\w-])"
        ),
        media_before_type={lx.fold(w): t for t, ws in data["media_before_name"].items() for w in ws},
        qualified=qualified,
        institutions=institutions,
        media=media,
        media_type=media_type,
        standalone=frozenset(lx.fold(n) for n in data["media"]["standalone"]),
    )


def _progressive(lemmas: frozenset[str]) -> set[str]:
    """The -ing forms of reporting verbs ("complaining", "saying")."""
    irregular = {"lie": "lying"}
    return {irregular.get(v) or (v[:-1] + "ing" if v.endswith("e") and not v.endswith("ee") else v + "ing") for v in lemmas}


@cache
def _inflect(lemmas: frozenset[str]) -> frozenset[str]:
    """Base, third-person and past forms of reporting verbs, for a text check.

    Memoized: the verb checks ask it of each reporting verb for every candidate word.
    """
    irregular = {"say": ["said", "says"], "tell": ["told", "tells"], "write": ["wrote", "writes"], "speak": ["spoke", "speaks"]}
    out: set[str] = set()
    for v in lemmas:
        out.add(v)
        if v in irregular:
            out.update(irregular[v])
        elif v.endswith("e"):
            out.update({v + "s", v + "d"})
        elif v.endswith("y") and v[-2:-1] not in "aeiou":
            out.update({v[:-1] + "ies", v[:-1] + "ied"})
        else:
            out.update({v + "s", v + "ed"})
            if v[-1] not in "aeiouwxy" and v[-2:-1] in tuple("aeiou"):
                out.add(v + v[-1] + "ed")  # admitted, regretted
    return frozenset(out)


def find(ctx: Context) -> list[Span]:
    """Source spans over the body paragraphs; see the module docstring."""
    raw = ctx.raw
    paras = [(p.start, p.end) for p in ctx.body_paragraphs()]
    ents = [e for e in ctx.layers.get("entities", []) if e.label in ("PERSON", "ORG")]
    c = cues()
    out: dict[tuple[int, int], Span] = {}
    taken = lx.Ranges()

    def add(f: Found, cue: str | None) -> None:
        owner = _STATEMENT_OF.match(f.name or "")
        if owner:  # "according to the statement of the municipality": the municipality informs
            f = Found(f.start, f.end, owner.group("owner"), f.type, f.matched)
        key = (f.start, f.end)
        if taken.overlaps(f.start, f.end):
            return
        taken.add(f.start, f.end)
        attrs: dict[str, Any] = {"name": f.name, "type": f.type, "cue": cue}
        if not f.matched:
            attrs["matched"] = False
        out[key] = Span(f.start, f.end, "source", attrs)

    for pstart, pend in paras:
        for m in c.before.finditer(raw, pstart, pend):
            cue = lx.fold(m.group())
            for f in _after_cue(raw, m.end(), pend, cue, ents, c):
                add(f, cue)
        for at in _produced_by(raw, pstart, pend):
            for f in _after_cue(raw, at, pend, "released by", ents, c):
                add(f, "produced by")
        for at, verb in _as_verb_first(raw, pstart, pend, c):
            for f in _after_cue(raw, at, pend, "as stated by", ents, c):
                add(f, verb)
    for pstart, pend in paras:
        for f, cue in _anonymous(raw, pstart, pend, c):
            add(f, cue)
        for f in _media(raw, pstart, pend, c, ctx.layers.get("entities", [])):
            add(f, _verb_after(raw, f.end, pend, c))
    # A name introduced once as a medium ("the Croatian news agency Hina") is that
    # medium wherever it comes back ("which Hina had seen", "said X for Hina").
    introduced = {sp.attrs["name"]: sp.attrs["type"] for sp in out.values() if sp.attrs["type"] in MEDIA_TYPES}
    for e in ents:
        f = _entity_source(raw, e)
        if f and f.type not in MEDIA_TYPES and e.label == "ORG" and f.name in introduced:
            f = Found(f.start, f.end, f.name, introduced[f.name], matched=False)
        if f and (f.type in MEDIA_TYPES) and not _mere_mention(raw, f.start) and not _MENTIONED_AFTER.match(raw, e.end):
            add(f, _verb_after(raw, e.end, len(raw), c))
    for f, cue in _informants(ctx, ents, c):
        add(f, cue)
    for f, cue in _role_subjects(ctx, ents, c):
        add(f, cue)
    for pstart, pend in paras:
        for f, cue in [
            *_documents(raw, pstart, pend),
            *_descriptor_orgs(raw, pstart, pend, ents, c),
            *_anonymity_clauses(raw, pstart, pend, c),
        ]:
            add(f, cue)
    for pstart, pend in paras:
        for f in _study_again(raw, pstart, pend, list(out.values()), c):
            add(f, "again")
        for f in _impersonal_in(raw, pstart, pend, c):
            add(f, "said")
        for f, cue in _from_they(raw, pstart, pend, ents, c):
            add(f, cue)
        for f, cue in _verb_first_titled(raw, pstart, pend, c):
            add(f, cue)
        for f, cue in _fronted_roles(raw, pstart, pend, ents, c):
            add(f, cue)
        for f in _for_role_name(raw, pstart, pend, ents):
            add(f, "for")
    spans = _back_references(raw, _drop_bracketed(raw, sorted(out.values(), key=lambda s: s.start)))
    return _same_medium_same_type(_same_person_same_type(_bare_titles(raw, _drop_platforms(raw, spans), ents)))


def _same_medium_same_type(spans: list[Span]) -> list[Span]:
    """ "told Baltinfo" after "reports the agency Baltinfo": a medium no lexicon knows is an
    outlet by default, unless another mention of the same name says it is an agency or a broadcaster."""
    kinds: dict[str, set[str]] = {}
    for sp in spans:
        if sp.attrs.get("name") and sp.attrs["type"] in ("news-agency", "broadcaster"):
            kinds.setdefault(sp.attrs["name"], set()).add(sp.attrs["type"])
    out = []
    for sp in spans:
        known = kinds.get(sp.attrs.get("name") or "", set())
        if sp.attrs["type"] == "outlet" and sp.attrs.get("matched") is False and len(known) == 1:
            sp = Span(sp.start, sp.end, sp.label, {**sp.attrs, "type": known.pop()})
        out.append(sp)
    return out


#: "has on the social network Facebook written": the network carries the post, the poster informs.
_PLATFORM_BEFORE = re.compile(r"(?i:social\s+(?:network|media)|platform|messaging\s+app)\s+$")


def _drop_platforms(raw: str, spans: list[Span]) -> list[Span]:
    """Without a social network named as where a post appeared ("on the social network X")."""
    return [sp for sp in spans if " " in raw[sp.start : sp.end] or not _PLATFORM_BEFORE.search(raw[max(0, sp.start - 20) : sp.start])]


def _bare_titles(raw: str, spans: list[Span], ents: list[Span]) -> list[Span]:
    """ "Collector told …" after "District Collector Dr. Reshmi Mohan ordered": a capitalised
    title standing alone is the person last named with that title before it."""
    persons = sorted((e for e in ents if e.label == "PERSON"), key=lambda e: e.start)
    out = []
    for sp in spans:
        word = raw[sp.start : sp.end]
        if re.fullmatch(r"[A-Z][a-z]+", word) and sp.attrs.get("name") == word and (lx.role_class(word) or lx.is_role_word(word)):
            for p in reversed([p for p in persons if p.end <= sp.start and sp.start - p.end < 1500]):
                lead = raw[max(0, p.start - 40) : p.start]
                name = p.attrs.get("canonical") or lx.clean_name(raw[p.start : p.end])
                if re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", lead) and name != word:
                    cls = _role_class(word)
                    kind = cls if sp.attrs["type"] == "other" and cls in ("official", "expert") else sp.attrs["type"]
                    sp = Span(sp.start, sp.end, sp.label, {**sp.attrs, "name": _untitled(name), "type": kind})
                    break
        out.append(sp)
    return out


def _same_person_same_type(spans: list[Span]) -> list[Span]:
    """A person named again ("Njoroge told reporters") keeps the type a fuller mention
    gave them ("the county's chief officer for health, Dr Grace Wambui Njoroge"): one
    person, one role, unless the mentions disagree."""
    kinds: dict[str, set[str]] = {}
    for sp in spans:
        if sp.attrs.get("name"):
            kinds.setdefault(sp.attrs["name"], set()).add(sp.attrs["type"])
    out = []
    for sp in spans:
        known = kinds.get(sp.attrs.get("name") or "", set()) & {"official", "expert"}
        if sp.attrs["type"] == "other" and len(known) == 1:
            sp = Span(sp.start, sp.end, sp.label, {**sp.attrs, "type": known.pop()})
        out.append(sp)
    return out


#: A statement, a note or data named by its owner: the owner is the source's name.
_STATEMENT_OF = re.compile(
    r"(?i:(?:the\s+|a\s+)?(?:statement|announcement|note|communiqué|communique|press\s+release|data|figures)\s+(?:of|from|by)\s+(?:the\s+)?)(?P<owner>.+)"
)


#: Spanish "Desde X dijeron que …" word for word: "From X they said that …".
_FROM_THEY = re.compile(r"(?:^|(?<=\n)|(?<=[.;!?:]\s)|(?<=,\s))(?:[Ff]rom|[Aa]t|[Ii]n)\s+(?:the\s+)?")
_THEY = re.compile(r"(?:\s*\([^()]{1,40}\))?,?\s+they(?=\s)")
#: "As they informed yesterday evening from the public company X" (Slovenian "so sporočili iz"): the
#: verb, a time, "from" and the organisation, described or not.
_THEY_FROM = re.compile(r"(?<![\w-])they\s+(?P<verb>[a-z]+)(?:\s+[\w-]+){0,3}?\s+from\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?=[A-Z])")


def _from_they(raw: str, pstart: int, pend: int, ents: list[Span], c: Cues) -> list[tuple[Found, str]]:
    """ "From Aguas Andinas they said to the radio that …" (Spanish "Desde X dijeron"): the
    organisation after "From" speaks through an impersonal "they"."""
    out = []
    for m in _FROM_THEY.finditer(raw, pstart, pend):
        ent = next((e for e in ents if e.start == m.end()), None)  # an organisation, or one taken for a person
        if ent is None:
            continue
        they = _THEY.match(raw, ent.end, pend)
        verb = _verb_after(raw, they.end(), pend, c) if they else None
        if verb:
            f = _entity_source(raw, ent)
            if f:
                out.append((f, verb))
    for m in _THEY_FROM.finditer(raw, pstart, pend):
        verb = _past_reporting(m.group("verb"), c)
        ent = next((e for e in ents if e.start == m.end() and e.label == "ORG"), None)
        if verb and ent is not None and (f := _entity_source(raw, ent)) and f.type not in MEDIA_TYPES:
            out.append((f, verb))
    return out


#: "The study found", "The report underlines": a study, report or poll cited again by its bare noun.
_STUDY_AGAIN = re.compile(r"(?<![\w-])[Tt]he\s+(?:(?:same|full|new|latest|\d{4})\s+)?(?P<noun>study|report|survey|poll|analysis)(?![\w-])")
_SHOWING = re.compile(
    r"\s+(?:also\s+|however\s+)?(?:show|shows|showed|found|finds|suggests|suggested|indicates|indicated|reveals|revealed|concludes|concluded"
    r"|estimates|estimated)\b"
)
#: How far back the study's first citation may be (a short article's length).
_STUDY_WINDOW = 2000


def _study_again(raw: str, pstart: int, pend: int, spans: list[Span], c: Cues) -> list[Found]:
    """ "A 2023 study by the Kiel Institute …. The study found …": the bare noun informs
    again, and the source is the body named where the same kind of document was first
    cited; with no such citation the noun stays unattributed (it may be a medium's report)."""
    out = []
    for m in _STUDY_AGAIN.finditer(raw, pstart, pend):
        if _inside_quote(raw, pstart, m.start()) or raw[m.end() : m.end() + 1] == ",":
            continue  # "author of the study, explained": the study is no subject there
        if re.search(r"(?<![\w-])(?i:of|in|on|by|from|to|with|about|for)\s+$", raw[max(pstart, m.start() - 8) : m.start()]):
            continue
        if not (_SHOWING.match(raw, m.end(), pend) or _verb_after(raw, m.end(), pend, c)):
            continue
        kinds = ("survey", "poll") if m.group("noun") in ("survey", "poll") else (m.group("noun"),)
        earlier = [
            sp
            for sp in spans
            if m.start() - _STUDY_WINDOW < sp.start
            and sp.end <= m.start()
            and any(re.search(rf"\b{k}\b", raw[max(0, sp.start - 40) : sp.start], re.IGNORECASE) for k in kinds)
        ]
        if earlier:
            first = max(earlier, key=lambda sp: sp.start)
            out.append(Found(m.start("noun"), m.end("noun"), first.attrs["name"], first.attrs["type"], matched=False))
    return out


#: A medium's bare noun after "the": it points back to one named before.
_BACK_NOUN = re.compile(r"(?:agency|daily|newspaper|broadcaster|channel|portal)")


def _back_references(raw: str, spans: list[Span]) -> list[Span]:
    """ "told to the agency" after "the Croatian news agency Hina": the bare noun
    is the medium of that type last named, so it takes that name."""
    out: list[Span] = []
    for sp in spans:
        if _BACK_NOUN.fullmatch(raw[sp.start : sp.end]) and raw[max(0, sp.start - 4) : sp.start].lower() == "the ":
            earlier = next(
                (
                    p
                    for p in reversed(out)
                    if p.attrs["type"] == sp.attrs["type"] and (p.attrs["name"] or "") != (p.attrs["name"] or "").lower()
                ),
                None,
            )
            if earlier is not None:
                sp = Span(sp.start, sp.end, sp.label, {**sp.attrs, "name": earlier.attrs["name"]})
        out.append(sp)
    return out


def _drop_bracketed(raw: str, spans: list[Span]) -> list[Span]:
    """ "DHA (Demirören News Agency)", "the Regional Disaster Management Agency
    (BPBD)": a name in brackets right after a source is the same source's other
    name, one attributing mention."""
    out: list[Span] = []
    for sp in spans:
        prev = out[-1] if out else None
        if prev and re.fullmatch(r"\s*\(\s*", raw[prev.end : sp.start]) and raw[sp.end : sp.end + 2].lstrip()[:1] == ")":
            continue
        out.append(sp)
    return out


# --------------------------------------------------------------------------
# 1. cues before a name


def _after_cue(raw: str, start: int, limit: int, cue: str, ents: list[Span], c: Cues) -> list[Found]:
    """The sources named right after a cue, one per coordinated item."""
    anon = c.anonymous.match(raw, _skip_space(raw, start, limit), limit)
    if anon and cue not in c.media_only and cue not in c.named_only:  # "told lawmakers": they heard it, they are no source
        f = _anon_found(raw, anon)
        if f:
            return [f]
    stop = _STOP.search(raw, start, limit)
    end = stop.start() if stop else limit
    window = raw[start:end]
    named = _role_then_name(raw, start, end, ents)
    if named is not None:
        return [named]
    found: list[Found | None] = []
    unknown: list[tuple[int, int]] = []
    pos = 0
    for piece in [*_SPLIT.split(window)]:
        at = window.find(piece, pos)
        pos = at + len(piece)
        s, e = start + at, start + at + len(piece)
        s = _skip_space(raw, s, e)  # " the investigators of …": the article goes too
        lead = _LEADING.match(raw, s, e)
        if lead:
            s = lead.end()
        s, e = _strip(raw, s, e)
        channel = _channel_of(raw, s, e, ents)
        if channel is not None:
            found.append(channel)
            continue
        whole = next((x for x in ents if x.start <= s and e <= x.end), None)  # "the Department of Security of the Basque Government"
        if s >= e or (len(raw[s:e].split()) > _MAX_ITEM_WORDS and whole is None):
            continue
        held = _holder_after(raw, s, e, ents)
        if held is not None and cue not in c.media_only:
            found.append(held)
            continue
        f = _classify(raw, s, e, ents, c, after_cue=True)
        if cue in c.unknown_is_medium and (f is None or f.type == "other"):
            f = _unnamed_medium(raw, s, e, ents) or f
        if cue == "told" and f and not f.matched and not _told_unknown_medium(raw, start, f):
            continue
        if f and cue in c.media_only and f.type not in MEDIA_TYPES:
            if not _unknown_org_by(cue, f, ents, c):
                continue
            # "consulted by the Voice of Galicia", "quoted by the Nation": who got a document or an
            # answer is a medium even when no lexicon knows its (often translated) title
            f = Found(f.start, f.end, f.name, c.implies.get(cue) or "outlet", matched=False)
        if cue in c.named_only and (f is None or c.anonymous.search(raw, f.start, f.end)):
            continue  # "a survey of residents": the people asked are not who informs
        found.append(f)
        if f is None and not any(x.start < e and s < x.end for x in ents):
            unknown.append((s, e))
    known = [f for f in found if f and f.matched]
    implied = c.implies.get(cue)
    sibling = next((f.type for f in known if f.type != "other"), None)
    out = list(known)
    # Names we do not know (often mangled by translation) take the type of
    # their neighbours ("Reuters and of handle") or the one the cue implies.
    for f in found:
        if f and not f.matched:
            kind = f.type if f.type != "other" else sibling or implied or "other"
            out.append(Found(f.start, f.end, f.name, kind, matched=False))
    for s, e in unknown:
        text = raw[s:e]
        if not re.search(r"[^\W\d_]", text) or cue in c.media_only:
            continue
        if sibling or (implied and text[:1].isupper()):
            out.append(Found(s, e, lx.clean_name(text), sibling or implied or "other", matched=False))
    return sorted(out, key=lambda f: f.start)


#: What a body informs through, before "of" and its name: "the press service of the Ministry of
#: Emergency Situations", "the information of the National … Agency (NEMA)" (translations' "po
#: informacijah", "according to the data of").
_CHANNEL_OF = re.compile(
    r"(?i:press\s+service|press\s+office|press\s+centre|press\s+center|information|informations|data|statement|message"
    r"|announcement|communiqu[eé]|spokesperson|spokesman|spokeswoman|public\s+relations\s+(?:department|office|service))"
    r"\s+(?:of|from)\s+(?:the\s+)?"
)
#: The channels that belong to a public body's or a firm's own staff: who speaks through them is official.
_OWN_STAFF = re.compile(r"(?i:press|spokes|public\s+relations)")


def _channel_of(raw: str, s: int, e: int, ents: list[Span]) -> Found | None:
    """The organisation behind a channel it informs through, named after "of": the span
    runs from the channel to the name, the name and type are the organisation's."""
    m = _CHANNEL_OF.match(raw, s, e)
    if m is None:
        return None
    ent = next((x for x in ents if x.start == m.end() and x.label == "ORG" and x.end <= e + 12), None)
    f = _entity_source(raw, ent) if ent is not None else None
    if f is None or f.type in MEDIA_TYPES:
        return None
    kind = "official" if f.type == "other" and _OWN_STAFF.match(m.group()) else f.type
    end = ent.end if ent is not None else e
    acronym = re.match(r"\s*\([A-Z][\w.&-]{1,11}\)", raw[end : end + 16])
    return Found(s, end + (acronym.end() if acronym else 0), f.name, kind, f.matched)


def _holder_after(raw: str, s: int, e: int, ents: list[Span]) -> Found | None:
    """ "according to the county's chief officer for health, Dr Grace Njoroge": a role
    with no name of its own, then the person who holds it."""
    apposed = re.match(r"(?:\s+(?:for|of|at|in)\s+[a-z][^,.;:“”\"()]{0,40}?)?\s*,\s+(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?", raw[e : e + 60])
    if not apposed or not raw[s : s + 1].islower():
        return None
    person = next((x for x in ents if x.label == "PERSON" and x.start == e + apposed.end()), None)
    cls = _role_class(raw[s:e])
    if person is None or cls not in ("official", "expert"):
        return None
    name = _untitled(person.attrs.get("canonical") or lx.clean_name(raw[person.start : person.end]))
    return Found(person.start, person.end, name, cls)


def _unknown_org_by(cue: str, f: Found, ents: list[Span], c: Cues) -> bool:
    """An organisation no lexicon types after a cue only a medium follows (``unknown_is_medium``:
    "seen by", "in conversation with RÚV", a translation's "said to"): a medium, whereas "told
    Parliament" or "speaking to the council" are not."""
    return (
        cue in c.unknown_is_medium
        and not f.matched
        and f.type == "other"
        and any(e.label == "ORG" and e.start <= f.start and f.end <= e.end for e in ents)
        and _may_be_medium(f.name or "")
    )


def _told_unknown_medium(raw: str, start: int, f: Found) -> bool:
    """An unknown organisation after "told" is a medium only right after the verb ("told Rudaw",
    "told Kanal7"), not a speaker after a quote ("…,” told Amina Yusuf"), a place further on ("told
    reporters outside the Harbour Hall") or a common word after "the" ("told the Senate")."""
    if re.search(r"[”\"’»]\s*,?\s*$", raw[max(0, start - 10) : start - 4]):
        return False
    gap = raw[start : f.start].strip()
    if gap not in ("", "the", "The"):
        return False
    return not (gap and len((f.name or "").split()) == 1 and zipf_frequency((f.name or "").lower(), "en") >= _COMMON_WORD)


def _may_be_medium(name: str) -> bool:
    """No official body ("the Ministry of Health") and no organisation's own word without a
    medium's ("the Corporation", "the Municipal Council"), so possibly a medium's name."""
    if any(p.search(name) for p, k in _role_org_hints() if k == "official"):
        return False
    media_hint = any(p.search(name) for p, k in cues().org_hints if k in MEDIA_TYPES)
    return media_hint or not any(lx.fold(w) in lx.organisation_words() for w in name.split())


def _unnamed_medium(raw: str, s: int, e: int, ents: list[Span]) -> Found | None:
    """A capitalised name no lexicon knows right after a cue only a medium follows ("a letter
    seen by Mmegi", "he has told to Berria"), whatever label the entity layer gave it: a
    single word that is no given name, or a name the entity layer took for a place. A full
    person's name ("told to Ana Ruiz") or an official body is no medium."""
    text = raw[s:e]
    lead = re.match(r"(?:the\s+)?", text)
    s += lead.end() if lead else 0
    m = re.match(r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}", raw[s:e])
    if m is None or m.end() != e - s:
        return None
    name = m.group()
    if not _may_be_medium(name):
        return None  # "told to the Ministry of Health", "We have told to the Corporation"
    covering = [x for x in ents if x.start < e and s < x.end]
    if any(x.label == "PERSON" and (" " in raw[x.start : x.end] or lx.is_given_name(raw[x.start : x.end])) for x in covering):
        return None
    if any(x.label not in ("PERSON", "ORG", "PLACE", "MISC", "NORP") for x in covering):
        return None
    if " " in name and not covering:
        return None  # several capitalised words no layer took for a name: a title, a slogan
    return Found(s, e, lx.clean_name(name), "outlet", matched=False)


#: "A report published in March by …", "a study which was published last year by …",
#: "figures released on Monday by …": a document and the participle that says who
#: produced it, with a time or a place between, so that no fixed cue matches; or
#: none ("Figures published by the department": "published by" alone introduces
#: only a medium).
_PRODUCED_BY = re.compile(
    r"(?<![\w-])(?i:report|study|audit|survey|poll|analysis|review|assessment|figures|data|statistics|estimates|letter|readout)"
    # "the data are published by", "a survey which was done by" (a translation's "done" for "carried out")
    r"\s+(?:(?:which|that)\s+(?:was|were|has\s+been|had\s+been)\s+|(?:is|are|was|were)\s+)?"
    r"(?:published|released|issued|compiled|prepared|commissioned|conducted|carried\s+out|drawn\s+up|sent|written|done)"
    r"\s+(?:(?:(?:in|on|last|this|earlier|late|early|at|the|end|of)\s+){1,3}[\w-]+\s+)?by\s+"
)


#: A translation's "As <verb> the …" with the subject after its verb ("As informed the press
#: service of the Ministry", "as reports the agency"; Slavic "kako je javila", Turkic "… bildirdi").
_AS_VERB = re.compile(r"(?<![\w-])[Aa]s\s+(?P<verb>[a-z]+)\s+(?=the\s|[A-Z])")


def _as_verb_first(raw: str, pstart: int, pend: int, c: Cues) -> list[tuple[int, str]]:
    """Where the source's words start after "As <reporting verb>", with the verb's lemma."""
    out = []
    for m in _AS_VERB.finditer(raw, pstart, pend):
        verb = _past_reporting(m.group("verb"), c)
        if verb:
            out.append((m.end(), verb))
    return out


def _produced_by(raw: str, pstart: int, pend: int) -> list[int]:
    """Where the producer's name starts after a document's participle and a time."""
    return [m.end() for m in _PRODUCED_BY.finditer(raw, pstart, pend)]


def _role_then_name(raw: str, start: int, end: int, ents: list[Span]) -> Found | None:
    """ "according to the prosecutor of Velona, Giulia Conti, …": the person set
    off after the role the cue introduces."""
    role = lx.role_class(raw[start:end].strip())
    after = re.match(r",\s+", raw[end : end + 3])
    if role is None or after is None:
        return None
    at = end + after.end()
    person = next((e for e in ents if e.label == "PERSON" and e.start == at), None)
    if person is None:
        return None
    name = person.attrs.get("canonical") or lx.clean_name(raw[person.start : person.end])
    return Found(person.start, person.end, name, role if role in ("official", "expert") else "other")


def _skip_space(raw: str, i: int, limit: int) -> int:
    while i < limit and raw[i].isspace():
        i += 1
    return i


def _strip(raw: str, s: int, e: int) -> tuple[int, int]:
    while s < e and not raw[s].isalnum():
        s += 1
    while e > s and not (raw[e - 1].isalnum() or raw[e - 1] in ".)"):
        e -= 1
    return s, e


def _classify(raw: str, s: int, e: int, ents: list[Span], c: Cues, *, after_cue: bool) -> Found | None:
    """What kind of source the phrase ``raw[s:e]`` names, if any."""
    for m in lx.org_pattern().finditer(raw, s, e):
        org = lx.known_org(m.group())
        if org and org.kind == "outlet":
            return Found(m.start(), m.end(), _outlet_name(m.group(), org.name), OUTLET_TYPES.get(org.type, "outlet"))
    for ent in ents:
        if ent.start < e and s < ent.end:
            f = _entity_source(raw, ent, any_role=after_cue)
            if f:
                return f
    if after_cue and _PROPER_NAME.fullmatch(raw, s, e):
        kind = _masthead_kind(raw[s:e])
        if kind:  # "told Galway Bay FM": a medium's name no entity holds
            return Found(s, e, lx.clean_name(raw[s:e]), kind, matched=False)
    generic = c.media.search(raw, s, e)
    if generic and (after_cue or lx.fold(generic.group("noun")) in c.standalone):
        proper = re.fullmatch(r"(?:[A-Z][\w.&'’-]*\s+){1,4}[A-Z][\w.&'’-]*", raw[s:e])
        if proper and generic.start("noun") == s and generic.group("noun")[:1].isupper():
            # "Radio New Zealand", "Television Ireland": the medium's noun opens its proper name
            return Found(s, e, raw[s:e], c.media_type.get(lx.fold(generic.group("noun")), "outlet"), matched=False)
        named = _NAME_AFTER_NOUN.match(raw, generic.end("noun"), e)
        if named and generic.group("noun")[:1].islower():
            # "the portal 24ur.com": a lower-case medium noun before a name no entity holds
            kind = c.media_type.get(lx.fold(generic.group("noun")), "outlet")
            return Found(named.start("name"), named.end("name"), named.group("name"), kind, matched=False)
        web = _WEB_ADDRESS_BEFORE.search(raw, s, generic.start("noun"))
        if web:  # "the ikon.mn site": the address names the medium
            kind = c.media_type.get(lx.fold(generic.group("noun")), "outlet")
            return Found(web.start("web"), generic.end("noun"), web.group("web"), kind, matched=False)
        return _media_found(raw, generic, c)
    anon = c.anonymous.search(raw, s, e)
    if anon:
        return _anon_found(raw, anon)
    inst = c.institutions.search(raw, s, e)
    if inst and _ISSUED_BY.match(raw, inst.end()):
        return None  # "according to a readout issued by Mexico's presidency": the issuer is the source (found on its own)
    if inst and after_cue and raw[s : s + 1].islower():
        # "Figures compiled by the council": the council named before, with its kind
        orgs = [x for x in ents if x.label == "ORG"]
        named = _earlier_org(raw, orgs, s, lx.fold(inst.group().split()[-1]), corporate=False)
        if named is not None:
            return Found(inst.start(), inst.end(), named.name, named.type)
    if inst and after_cue:
        return Found(inst.start(), inst.end(), lx.clean_name(inst.group()), "official")
    if after_cue:
        return _described_after_cue(raw, s, e, ents)
    return None


#: A participle and "by" after a noun: what someone issued ("a readout issued by …").
_ISSUED_BY = re.compile(r"\s+(?:issued|released|published|distributed|circulated|sent)\s+(?:\w+\s+){0,2}?by\b")

#: A web address right before a medium's noun ("the ikon.mn site", "the Delfi.lt portal").
_WEB_ADDRESS_BEFORE = re.compile(r"(?<![\w.-])(?P<web>[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6})\s+$")

#: Capitalised words only, as a medium's name is.
_PROPER_NAME = re.compile(r"(?:[A-Z][\w.&'’-]*\s+){1,4}[A-Z][\w.&'’-]*")

#: A name right after a medium's noun: capitalised words or a web address.
_NAME_AFTER_NOUN = re.compile(r"\s+(?P<name>[A-Z0-9][\w.&'’-]*[\w](?:\s+[A-Z][\w.&'’-]*)*)")


#: Words of a calque that many languages' papers share ("Evening Newspaper" is Iltalehti, Večernji list,
#: Aftonbladet …): such a rendering names no one paper.
_GENERIC_CALQUE = frozenset({"morning", "evening", "daily", "newspaper", "paper", "news", "the", "of"})


def _outlet_name(surface: str, known: str) -> str:
    """The known outlet's name, unless the text is a calque made only of generic
    words, which keeps its own wording (it may render any language's paper)."""
    words = lx.fold(lx.clean_name(surface)).split()
    if lx.fold(surface) != lx.fold(known) and words and all(w in _GENERIC_CALQUE for w in words):
        return lx.clean_name(surface)
    return known


def _described_after_cue(raw: str, s: int, e: int, ents: list[Span]) -> Found | None:
    """ "according to the prosecutor", "according to the laboratory": a role or
    an organisation's common noun after a cue. Leaders of a country stay
    protagonists."""
    text = raw[s:e]
    words = text.split()
    if not words or len(words) > 5 or not words[0][:1].islower():
        return None
    _, corporate, official = _descriptor_pattern()
    noun = lx.fold(words[-1])
    if noun in corporate or noun in official or noun in _descriptor_nouns() or noun in _resolved_nouns():
        named = _earlier_org(raw, [x for x in ents if x.label == "ORG"], s, noun, corporate=noun in corporate)
        if named is None and noun in _resolved_nouns():
            cls = _role_class(text)  # "the municipal statistics office": its words may still say what it is
            return Found(s, e, lx.clean_name(text), cls) if cls in ("official", "expert") else None
        kind = "official" if noun in official else (named.type if named and named.type in ("official", "expert") else "other")
        return Found(s, e, named.name if named else lx.clean_name(text), kind, matched=named is not None)
    cls = _role_class(text)
    if cls in ("official", "expert"):
        return Found(s, e, lx.clean_name(text), cls)
    return None


@cache
def _resolved_nouns() -> frozenset[str]:
    """Nouns that stand for an organisation only when one named before holds them ("the agency"
    after the National Emergency Management Agency; source_cues.yml ``descriptors.resolved``)."""
    return frozenset(lx.fold(n) for n in load_yaml("source_cues.yml")["descriptors"].get("resolved", []))


@cache
def _descriptor_nouns() -> frozenset[str]:
    return frozenset(lx.fold(n) for n in load_yaml("source_cues.yml")["descriptors"]["other"])


def _mislabelled_person(name: str) -> bool:
    """ "Detective Superintendent Gráinne Walsh" labelled ORG: ranks or titles,
    then two or more capitalised words, none of them an organisation's."""
    words = name.split()
    rest = _untitled(name).split()
    if len(rest) == len(words) or len(rest) < 2 or not (lx.is_role_word(words[0]) or lx.role_class(words[0])):
        return False
    return all(w[:1].isupper() and lx.fold(w) not in lx.organisation_words() for w in rest)


def _untitled(name: str) -> str:
    """A person's name without the ranks and titles before it ("Detective
    Superintendent Ana Walsh" → "Ana Walsh"), as long as two words remain."""
    words = name.split()
    while len(words) > 2 and (lx.is_role_word(words[0]) or lx.title_class(words[0]) or lx.role_class(words[0])):
        words = words[1:]
    return " ".join(words)


def _entity_source(raw: str, ent: Span, *, any_role: bool = True) -> Found | None:
    """A PERSON/ORG entity as a source (type from role or organisation kind)."""
    name = ent.attrs.get("canonical") or lx.clean_name(raw[ent.start : ent.end])
    masthead = _masthead_kind(name) if _THE_BEFORE.search(raw, max(0, ent.start - 5), ent.start) else None
    if ent.label == "PERSON" and masthead:
        return Found(ent.start, ent.end, name, masthead, matched=False)  # "The Connacht Tribune reported": no person
    if ent.label == "PERSON":
        name = _untitled(name)
    if ent.label == "ORG" and _mislabelled_person(name):
        return Found(ent.start, ent.end, _untitled(name), _role_class(name.split()[0]) or "other", matched=False)
    if ent.label == "ORG" and _INITIALS_NAME.fullmatch(name):
        # "K. R. Suresh Babu" labelled ORG: initials before a name are a person's
        cls = (
            _role_class(_role_of_org_before(raw, ent.start))
            or _role_class(_appositive_role_before(raw, ent.start))
            or _role_class(_role_opening_clause(raw, ent.start))
        )
        return Found(ent.start, ent.end, name, cls if cls in ("official", "expert") else "other", matched=False)
    if ent.label == "ORG":
        trail = _TRAILING_PHRASE.search(raw, ent.start, ent.end)
        if trail and trail.start() > ent.start:  # "Upper Carniolan Voice the 67-year-old": the entity ran into the next phrase
            ent = Span(ent.start, trail.start(), ent.label, {**ent.attrs, "canonical": None})
            name = lx.clean_name(raw[ent.start : ent.end])
        # "the national statistics institute INE": the name after the description
        tail = re.search(r"(?<=[a-z] )[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*$", name)
        org = lx.known_org(name) or (lx.known_org(tail.group()) if tail else None)
        if org:
            kind = OUTLET_TYPES.get(org.type) if org.kind == "outlet" else ORG_TYPES.get(org.type, "other")
            return Found(ent.start, ent.end, _outlet_name(raw[ent.start : ent.end], org.name), kind or "other")
        # "the daily El Diario", "the SIC channel": a media noun next to the name.
        near = cues().media_before.search(raw, max(0, ent.start - 30), ent.start) or cues().media_after.match(raw, ent.end)
        if near and _NOT_MEDIA_STATION.search(raw, max(0, near.start("noun") - 12), near.end("noun")):
            near = None  # "the fire station", "the police station": a building, not a radio station
        if near and near.start() >= ent.end and _OWN_ACCOUNT.search(raw, max(0, ent.start - 8), ent.start):
            near = None  # "in its Telegram channel": a body's own account on a platform, not a medium
        apposed = None if near else _apposed_medium_pattern().match(raw, ent.end)
        if apposed:  # "Btv, the national broadcaster": what the name is, said in apposition
            return Found(ent.start, ent.end, name, cues().media_before_type[lx.fold(apposed.group("noun"))], matched=False)
        if near:
            kind = cues().media_before_type[lx.fold(near.group("noun"))]
            if kind == "news-agency" and re.search(_public_agency().pattern, raw[max(0, near.start() - 20) : near.end()], re.IGNORECASE):
                kind = "official"  # "the government's space agency, KASA": a public body
            if (
                near.end() == ent.start
                and near.start() < ent.start
                and all(w[:1].isupper() for w in near.group("noun").split())
                and near.group().endswith(" ")
            ):
                # "Radio Cooperativa": a capitalised medium word right before the name is part of it
                return Found(near.start("noun"), ent.end, f"{near.group('noun')} {name}", kind, matched=False)
            return Found(ent.start, ent.end, name, kind, matched=False)
        bank = _CENTRAL_BANK.fullmatch(name)
        if bank and lx.fold(bank.group("country")) in _country_words():
            return Found(ent.start, ent.end, name, "official", matched=False)  # "Bank of Mexico": a country's central bank
        for pattern, kind in cues().org_hints:
            if pattern.search(name):
                if kind == "news-agency" and _public_agency().search(name):
                    kind = "official"  # "National Emergency Management Agency": a public body
                if kind == "expert" and _PUBLIC_CLINIC.search(name):
                    kind = "official"  # "Haeundae-gu Public Health Center": a public health office, not a research centre
                if kind == "expert" and _PUBLIC_INSTITUTE.search(name):
                    kind = "official"  # "National Institute of Statistics": a public office, not a think tank
                return Found(ent.start, ent.end, name, kind, matched=False)
        described = _APPOSED_KIND.match(raw, ent.end)
        if described and not set(lx.fold(described.group("what")).split()) & _descriptor_nouns():
            # "Almannavarnir, the civil protection, said": a description in apposition says what the body is
            kind = next((k for p, k in _role_org_hints() if p.search(described.group("what"))), None)
            if kind:
                return Found(ent.start, ent.end, name, kind, matched=False)
        return Found(ent.start, ent.end, name, "other", matched=False)
    cls = (
        _role_class(ent.attrs.get("role"))
        or _role_class(_role_of_org_before(raw, ent.start))
        or _role_class(_appositive_role_before(raw, ent.start))
        or _role_class(_head_of_body_before(raw, ent.start))
    )
    if cls not in ("official", "expert"):
        cls = _rank_before(raw, ent.start) or cls
    if cls in ("official", "expert"):
        return Found(ent.start, ent.end, name, cls)
    if any_role:
        return Found(ent.start, ent.end, name, "official" if cls == "principal" else "other")
    return None


#: A country's central bank by the shape of its name ("Bank of Mozambique", "Reserve Bank of Fiji"):
#: a public body, when the name after "of" is a country's.
_CENTRAL_BANK = re.compile(r"(?:(?:The\s+)?(?:Central|Reserve)\s+)?Bank\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


#: A possessive right before a platform's name: "its Telegram channel", "her Facebook page".
_OWN_ACCOUNT = re.compile(r"(?<![\w-])(?:its|his|her|their|our|my)\s+$")


@cache
def _apposed_medium_pattern() -> re.Pattern[str]:
    """ ", the national broadcaster,", ", a local news site." right after a name: a medium's description."""
    nouns = [w for ws in load_yaml("source_cues.yml")["media_before_name"].values() for w in ws]
    return re.compile(
        r",\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,3}?(?P<noun>(?i:" + lx.alternation(nouns) + r"))(?=\s*[,.;:)]|\s+(?:of|in|for)\s)"
    )


#: "The" right before a name: a masthead ("The Border Mail"), never a person.
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he\s+$")
#: ", the civil protection," right after an organisation's name: what the body is, in lower case.
_APPOSED_KIND = re.compile(r",\s+the\s+(?P<what>[a-z][a-z -]{2,40}?),")


def _masthead_kind(name: str) -> str | None:
    """ "Connacht Tribune", "Galway Bay FM": the medium a name's last word says it is."""
    words = name.split()
    if len(words) < 2:
        return None
    for pattern, kind in cues().org_hints:
        if kind in ("outlet", "broadcaster") and pattern.fullmatch(words[-1]):
            return kind
    return None


#: Initials, then a capitalised name: a person however the entity layer labelled it.
_INITIALS_NAME = re.compile(r"(?:[A-Z]\.\s*){1,3}[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}")
#: " the 67-year-old", " the pensioner": a lower-case phrase an organisation's name never holds.
_TRAILING_PHRASE = re.compile(r"\s+the\s+(?=[a-z0-9])")
#: Stations that are buildings ("the Alappuzha fire station K. R. …"), not broadcasters.
_NOT_MEDIA_STATION = re.compile(
    r"(?i:fire|police|railway|train|bus|petrol|gas|power|pumping|research|weather|space|ranger|lifeboat)\s+station"
)


#: A translation's "<role> of <organisation> <Name>" ("Economic analyst of the Institute of
#: Economics in Zagreb Tomislav Perić estimates"): the role opens the clause.
_ROLE_OF_ORG = re.compile(
    r"(?:^|[.!?]\s+|,\s+|\n)(?P<role>(?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+)\s+(?:of|at|from)\s+(?:the\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+(?:of|for|in|and|the|[A-Z][\w'’.-]*))*\s+$"
)


#: "Station officer of the Alappuzha fire station K. R. …": a role and where it serves, in any
#: case, opening the clause right before the name.
_ROLE_OPENING = re.compile(
    r"(?:^|[.!?]\s+|\n)(?P<role>[A-Z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})\s+(?:of|at|from)\s+(?:the\s+)?[\w'’. -]{2,60}?\s+$"
)


#: "The head of the inspection body Armen …", "Head of the department …": a head and the body
#: it heads, opening the clause right before the name, as translations write them without a comma.
_HEAD_OF_BODY = re.compile(r"(?:^|[.!?]\s+|\n|,\s+)(?P<role>(?:[Tt]he\s+)?(?:[Hh]ead|[Cc]hief)\s+of\s+[^,.;:!?]{2,70}?)\s+$")


def _head_of_body_before(raw: str, start: int) -> str | None:
    """The whole "head of <body>" phrase right before a name (its class: :func:`lx.role_class`)."""
    m = _HEAD_OF_BODY.search(raw[max(0, start - 100) : start])
    return m.group("role") if m else None


def _role_opening_clause(raw: str, start: int) -> str | None:
    m = _ROLE_OPENING.search(raw[max(0, start - 120) : start])
    return m.group("role") if m else None


def _role_of_org_before(raw: str, start: int) -> str | None:
    """The role word(s) that open a "<role> of <organisation>" right before a name."""
    m = _ROLE_OF_ORG.search(raw[max(0, start - 140) : start])
    return m.group("role") if m else None


#: "Its senior inspector Jan Novak", "the council's planning chair, Ana Ruiz": an owner,
#: then up to three role words, then the name.
_APPOSITIVE_ROLE = re.compile(
    r"(?:^|(?<=[\s(]))(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]he|[\w-]+['’]s)\s+(?P<role>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"
    # a portfolio after the role word ("The adviser for international affairs X")
    r"|[a-z][\w-]*\s+(?:of|for)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*),?\s+$"
)


#: "Township Administrator U Min Zaw": capitalised title words opening the sentence right before the name.
_TITLE_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)(?P<role>[A-Z][a-z-]+(?:\s+[A-Z][a-z-]+){0,2})\s+$")
#: "Judith Ashworth, the council’s cabinet member for leisure, said": the role in apposition after the name.
_ROLE_AFTER = re.compile(r",\s+(?:(?:the|an?|its|their)\s+)?(?:[\w-]+['’]s\s+)?(?P<role>(?:[a-z][\w-]*\s+){0,5}[a-z][\w-]*),")


#: "The head of the rescue action, Tomasz …", "The governor of Darkhan-Uul aimag, Ts. …", "The
#: officer, Dr …": a clause opening with "the" or an owner, the role up to a comma, then a title or
#: an initial, or a rank in lower case ("…, colonel Bahodir …"), right before the name.
_APPOSED_ROLE_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|\n|;\s+)(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[\w-]+['’]s)\s+(?P<role>[^,.;:“”\"()«»]{2,90}?),\s+"
    r"(?:(?:[A-Z][a-z]{0,4}\.|Dr|Prof|Mr|Mrs|Ms)\s+|[a-z]+\s+)?$"
)


#: Up to three words right before a name, in one phrase: "its spokesperson Inspector", "Town clerk".
_WORDS_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<words>(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)\s+$")


def _rank_before(raw: str, start: int) -> str | None:
    """Official or expert by a rank or role written right before the name, capitalised or not
    ("through its spokesperson Inspector X", "Town clerk X"), when no apposition said it; the
    shortest tail that is a role wins, so "said Inspector X" reads "Inspector"."""
    m = _WORDS_BEFORE.search(raw[max(0, start - 60) : start])
    if not m:
        return None
    words = m.group("words").split()
    for i in range(len(words) - 1, -1, -1):
        cls = lx.role_class(" ".join(words[i:]))
        if cls in ("official", "expert"):
            return cls
    return None


def _apposed_role_before(raw: str, start: int) -> str | None:
    m = _APPOSED_ROLE_BEFORE.search(raw[max(0, start - 120) : start])
    return m.group("role") if m else None


def _apposed_role_class(role: str | None) -> str | None:
    """Official or expert by the role's own words; an expert only by a role word ("the
    headmistress of the primary school" is no researcher, though schools are expert bodies)."""
    cls = _role_class(role)
    if cls == "expert" and lx.role_class(role) is None:
        return None
    return cls if cls in ("official", "expert") else None


def _title_before(raw: str, start: int) -> str | None:
    m = _TITLE_BEFORE.search(raw[max(0, start - 50) : start])
    return m.group("role") if m else None


def _appositive_role_after(raw: str, end: int) -> str | None:
    m = _ROLE_AFTER.match(raw, end)
    return m.group("role") if m else None


def _appositive_role_before(raw: str, start: int) -> str | None:
    """The lower-case role words between an owner and a name the entity layer left without a role."""
    m = _APPOSITIVE_ROLE.search(raw[max(0, start - 60) : start])
    return m.group("role") if m else None


def _role_class(role: str | None) -> str | None:
    """The role's class (principal, official, expert), or else the kind of
    organisation the role names: "head of the regional health authority" is
    an official, "who runs the Lisbon institute" an expert."""
    cls = lx.role_class(role)
    if cls == "official" and role and re.match(r"(?i)(?:the\s+)?(?:head|chair(?:man|woman|person)?)\b", role):
        words = set(lx.fold(role).replace("'s", "").split())
        if words & (_descriptor_nouns() | {"society", "club", "committee", "residents"}):
            return None  # "The head of the association of the village": a civil body's, not a public office
    if cls == "expert" and role and re.search(r"(?i)(?<![\w-])director(?![\w-])", role):
        # a director runs an agency, a company, a utility or a nursing home and speaks for
        # it; only the director of a research body ("director of the Grattan Institute")
        # is an outside expert
        rest = re.sub(r"(?i)(?<![\w-])director(?![\w-])", " ", role)
        if not lx.role_class(rest) and _director_speaks_for(role):
            return "official"
    if cls or not role:
        return cls
    for pattern, kind in _role_org_hints():
        if pattern.search(role):
            return kind
    return None


def _director_speaks_for(role: str) -> bool:
    """ "managing director", "director of the company", "director of the National Water
    Office": a director who runs a company or a public body speaks for it."""
    rest = re.sub(r"(?i)(?<![\w-])director(?![\w-])", " ", role)
    if any(p.search(rest) for p, k in _role_org_hints() if k == "expert"):
        return False  # "director of the Grattan Institute": a research body's
    _, corporate, official = _descriptor_pattern()
    nouns = corporate | official | {"agency"}
    return bool(
        re.search(r"(?i)(?<![\w-])managing\s+director(?![\w-])", role)
        or any(p.search(rest) for p, k in _role_org_hints() if k == "official")
        or any(w in nouns for w in lx.fold(rest).split())
    )


def _undetermined_director(role: str | None) -> bool:
    """A director whose role text does not say what the organisation is ("director",
    "its policy director", "director of Komunala Kranj")."""
    if not role or not re.search(r"(?i)(?<![\w-])director(?![\w-])", role):
        return False
    rest = re.sub(r"(?i)(?<![\w-])director(?![\w-])", " ", role)
    research = any(p.search(rest) for p, k in _role_org_hints() if k == "expert")
    return lx.role_class(role) == "expert" and not lx.role_class(rest) and not research and not _director_speaks_for(role)


def _director_class(raw: str, ent: Span, role: str, orgs_by_start: tuple[list[int], list[Span]], orgs: list[Span]) -> str:
    """What a director is when the role text does not say: the organisation they work at
    ("Director U Than of the DMH Bago Region office": official), the body "its" stands for,
    an academic title (expert), a named organisation of no known kind (other: a society's or a
    network's director is neither an official nor a researcher), or else the official of the
    institution the story is about ("The director Helga …")."""
    owner = _owner_kind(raw, ent.start, orgs)
    rest = re.sub(r"(?i)(?<![\w-])(?:director|the|its|their|of|at|for)(?![\w-])", " ", role).strip()
    return (
        _affiliation_type(raw, ent, orgs_by_start)
        or (owner if owner in ("official", "expert") else None)
        or _academic_title(raw, ent.start)
        or ("other" if owner or rest else "official")
    )


@cache
def _role_org_hints() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The official and expert organisation hints, in any case (roles are lower case)."""
    hints = load_yaml("source_cues.yml")["organisation_hints"]
    return tuple(
        (re.compile(r"(?<![\w-])(?:" + lx.alternation(hints[kind]) + r")(?![\w-])", re.IGNORECASE), kind) for kind in ("official", "expert")
    )


#: A public health office named like a research centre.
#: An institute the state runs for a public task: statistics, a census, the weather, public health,
#: or one named for a state's level ("Federal Hydrometeorological Institute", "Institute for Public Health").
_PUBLIC_INSTITUTE = re.compile(
    r"\b(?:Statistics|Statistical|Census|Hydrometeorological|Meteorological)\b|^(?:National|Federal|State)\s+(?:[A-Z][\w-]+\s+)?Institute\b"
    r"|\bInstitute\s+(?:for|of)\s+Public\s+Health\b"
)
_PUBLIC_CLINIC = re.compile(r"(?<![\w-])(?:Public\s+Health|Health|Medical)\s+(?:Center|Centre)(?![\w-])")


@cache
def _public_agency() -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + lx.alternation(load_yaml("source_cues.yml").get("public_agency_words", [])) + r")(?![\w-])")


# --------------------------------------------------------------------------
# 2. media anywhere


def _media(raw: str, pstart: int, pend: int, c: Cues, ents: list[Span]) -> list[Found]:
    """Generic media that count without a cue ("Russian state television")."""
    out = []
    for m in c.media.finditer(raw, pstart, pend):
        mods = m.group("mods").split()
        # "Public broadcaster …": the capitalised modifier still makes a standalone noun
        standalone = lx.fold(m.group("noun")) in c.standalone or (mods and lx.fold(mods[-1] + " " + m.group("noun")) in c.standalone)
        # "Local media reported": any generic medium that reports
        described = [w for w in mods if w.lower() not in ("the", "a", "an", "this", "that", "its", "their")]
        generic = m.group("noun")[:1].islower()  # "Coastal Emergency Agency" is a name, not a medium
        reports = _verb_after(raw, m.end(), pend, c) in ("report", "say", "write", "quote", "cite") or _MEDIA_VERB.match(raw, m.end())
        heard = generic and _TOLD_NAMED_MEDIUM.match(raw, m.end(), pend)
        if heard and not _verb_after(raw, heard.end(), pend, c):
            heard = None
        if not standalone and not (described and generic and reports) and not heard:
            continue
        if _inside_quote(raw, pstart, m.start()) or _mere_mention(raw, m.start()) or _MENTIONED_AFTER.match(raw, m.end()):
            continue
        if heard:  # "Karimova to the publication Kun.uz said": a verb-final translation's listener
            out.append(
                Found(
                    heard.start("name"),
                    heard.end("name"),
                    heard.group("name"),
                    c.media_type.get(lx.fold(m.group("noun")), "outlet"),
                    matched=False,
                )
            )
            continue
        after = raw[m.end() : m.end() + 40]
        named = re.match(r"\s*[(,]?\s*(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)", after)
        if named and lx.known_org(named.group(1)):
            continue  # "the Chinese state broadcaster (CCTV)": the name is the source
        f = _media_found(raw, m, c)
        own_name = _name_before_noun(raw, m, ents)
        if f and own_name is not None:  # "the Montsame news agency": the agency's own name before its noun
            f = Found(f.start, f.end, own_name, f.type, matched=False)
        # "public broadcaster TV Andina": an unknown name in apposition is the outlet's name
        # (a dot only inside a word, "iDNES.cz": "agency Hina. In the …" ends at the full stop)
        own = re.match(
            r" ((?:TV|[A-Z][\w&'’-]*(?:\.[\w&'’-]+)*)(?: [A-Z][\w&'’-]*(?:\.[\w&'’-]+)*){0,3})(?![\w-])(?!\.\w)", raw[m.end() : pend]
        )
        if f and own and own.group(1).split()[0] not in _CALENDAR and not lx.is_role_word(own.group(1).split()[0]):
            f = Found(f.start, m.end() + own.end(), own.group(1), f.type, matched=False)
        if f:
            out.append(f)
    return out


def _name_before_noun(raw: str, m: re.Match[str], ents: list[Span]) -> str | None:
    """The capitalised words before a lower-case medium noun when they are a name, not a
    nationality ("the Montsame news agency", not "the Russian news agency")."""
    mods = m.group("mods").split()
    caps = [w for w in mods if w[:1].isupper() and w.lower() not in ("the", "a", "an")]
    if not caps or not m.group("noun")[:1].islower() or len(caps) != len(mods) - (1 if mods[0].lower() in ("the", "a", "an") else 0):
        return None
    start = m.start("mods") + m.group("mods").index(caps[0])
    end = start + len(" ".join(caps))
    covering = [e for e in ents if e.start <= start and end <= e.end]
    if not covering or any(e.label == "NORP" for e in covering) or lx.fold(" ".join(caps)) in _country_words():
        return None
    return " ".join(caps)


@cache
def _country_words() -> frozenset[str]:
    """Country names and adjectives of roles.yml: a medium's owner, not its name."""
    data = load_yaml("roles.yml")
    words = {n for c in data["countries"].values() for key in ("names", "adjectives") for n in c[key]}
    return frozenset(lx.fold(w) for w in words | set(data["other_countries"]))


#: A medium's own name right after its lower-case noun, then the clause's verb ("to the publication
#: Kun.uz said", "for the portal Delfi.lt stated"): the name, a capitalised word or a web address.
_TOLD_NAMED_MEDIUM = re.compile(r" (?P<name>[A-Z][\w&'’-]*(?:\.[a-z]{2,6})?(?: [A-Z][\w&'’-]*){0,2})(?![\w.-])")

#: What a medium does when it informs without a reporting verb ("Local television showed …").
_MEDIA_VERB = re.compile(r"\s+(?:also\s+)?(?:showed|shows|broadcast|broadcasts|aired|airs|carried|published|publishes)\b")

#: Capitalised words after a medium that are not its name ("state television Monday reported").
_CALENDAR = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June"}
    | {"July", "August", "September", "October", "November", "December", "On", "In", "The", "It", "He", "She", "They"}
)


@cache
def _mention_pattern() -> re.Pattern[str]:
    words = load_yaml("source_cues.yml")["media_mention_words"]
    return re.compile(
        r"(?<![\w-])(?i:" + lx.alternation(words) + r")\s+(?:[\w-]+\s+){0,3}?(?:(?:of|for|at|from|in|into|on|against|with|by)\s+)?"
        r"(?:the\s+)?(?:(?:newspaper|daily|weekly|magazine|broadcaster|channel|agency|station|network|group)\s+)?$"
    )


#: What is done to a medium as the sentence's news ("The newspaper X was sold to …", "The news agency
#: was founded in 1918"): the medium is the story's subject, not whom it relies on.
_MENTIONED_AFTER = re.compile(
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been|will\s+be|is\s+to\s+be)\s+(?:\w+ly\s+)?"
    r"(?:founded|sold|bought|acquired|closed|shut|fined|banned|raided|attacked|launched|sued|taken\s+over|blocked|suspended|merged|renamed)\b"
)


def _mere_mention(raw: str, start: int) -> bool:
    """A medium named as a workplace, a property or a target ("worked as a
    presenter for the BBC", "bought the newspaper El Sol", "the offices of
    the broadcaster RTP"): mentioned, not relied on."""
    return bool(_mention_pattern().search(raw[max(0, start - 50) : start]))


def _media_found(raw: str, m: re.Match[str], c: Cues) -> Found | None:
    noun = lx.fold(m.group("noun"))
    kind = c.media_type.get(noun, "outlet")
    # Keep who runs it ("Russian", "state", "local"), drop "government" and
    # the like so that one article's two wordings get one name.
    mods = [w for w in m.group("mods").split() if w[:1].isupper() or w.lower() not in _DROP_MODS]
    words = noun.split()
    if kind == "news-agency":
        mods = [w for w in mods if w.lower() != "state"] if "state" in words else mods
        if mods and mods[-1].lower() == "news":
            mods = mods[:-1]  # "Jordanian News Agency" is the Jordanian news agency, not a "News news agency"
        words = ["news", "agencies" if noun.endswith("ies") else "agency"]
    name = " ".join([*mods, *words])
    start = m.start("mods") if m.group("mods") else m.start("noun")
    return Found(start, m.end("noun"), name, kind)


# --------------------------------------------------------------------------
# 3. people and institutions who inform


#: A leader's role inside a named body ("Leader in Trøndelag Farmer Team", as a translation words
#: "leader of"): the body's head, not a country's.
_LEADER_IN_BODY = re.compile(r"(?i:leader|head)\s+(?:in|at)\s+(?:the\s+)?[A-Z]")


#: A head's title and the words a country's head carries with it ("the President of the Republic").
_HEAD_TITLES = frozenset({"president", "leader", "chairman", "chairwoman", "chairperson", "head"})
_HEAD_OF_STATE_WORDS = frozenset(
    {"the", "of", "former", "vice", "deputy", "republic", "country", "nation", "state", "federation", "union", "government", "interim"}
)


def _heads_a_body(role: str) -> bool:
    """A president's or a leader's role that names something besides a country: a union's,
    a party's branch's, an operation's head ("president of KOTWIBO", "Rythu Sangham district
    president", "Leader in Trøndelag Farmer Team"), no head of state."""
    if _LEADER_IN_BODY.match(role):
        return True
    words = [lx.fold(w) for w in re.findall(r"[^\W\d_][\w'’-]*", role)]
    if not set(words) & _HEAD_TITLES:
        return False
    rest = {w for w in words if w not in _HEAD_TITLES and w not in _HEAD_OF_STATE_WORDS}
    return bool(rest) and not rest & _country_words()


def _informants(ctx: Context, ents: list[Span], c: Cues) -> list[tuple[Found, str]]:
    """People and institutions who say something in the text.

    Everyone who speaks is a source except the protagonists who lead a
    country (their role class is "principal"): they make the news, they do
    not report it. A speaker's type is official or expert by role, else other.
    """
    raw = ctx.raw
    pairs = sorted(ctx.tokens(), key=lambda p: p[0])
    tokens = ([off for off, _ in pairs], [tok for _, tok in pairs])
    speakers: list[tuple[int, int, str]] = []
    for q in ctx.layers.get("quotes", []):
        s, e = q.attrs.get("speaker_start"), q.attrs.get("speaker_end")
        if s is not None and e is not None:
            speakers.append((s, e, q.attrs.get("cue") or "quote"))
            if q.attrs.get("attribution") == "pronoun" and q.attrs.get("speaker"):
                named = _antecedent(raw, ents, s, q.attrs["speaker"])
                if named is not None:  # "Among them was Jo Van Damme, 71, … “…,” he said": the name is the source
                    speakers.append((named.start, named.end, q.attrs.get("cue") or "quote"))
    out = []
    by_end = _person_ends(ents)
    person_starts = {e.start for e in ents if e.label == "PERSON"}
    org_list = sorted((e for e in ents if e.label == "ORG"), key=lambda e: e.start)
    orgs_by_start = ([e.start for e in org_list], org_list)
    for ent in [*ents, *_unlisted_speakers(ctx, ents)]:
        if ent.label == "PERSON":
            cls = _role_class(ent.attrs.get("role"))
            if cls == "principal" and _heads_a_body(ent.attrs.get("role") or ""):
                cls = None  # "Leader in Trøndelag Farmer Team", "president of KOTWIBO": a body's head, no country's
            if cls == "principal":
                continue
            if _undetermined_director(ent.attrs.get("role")):
                cls = _director_class(raw, ent, ent.attrs["role"], orgs_by_start, org_list)
            name = _untitled(ent.attrs.get("canonical") or lx.clean_name(raw[ent.start : ent.end]))
            cls = (
                cls
                or _affiliation_type(raw, ent, orgs_by_start)
                or ("official" if _owner_kind(raw, ent.start, org_list) == "official" else None)
                or _apposed_role_class(_apposed_role_before(raw, ent.start))
                or _academic_title(raw, ent.start)
                or _role_class(_role_of_org_before(raw, ent.start))
                or _role_class(_appositive_role_before(raw, ent.start))
                or _role_class(_role_opening_clause(raw, ent.start))
                or _role_class(_head_of_body_before(raw, ent.start))
                # a person's own role word only: "Agrinord, the federation of farmers," is no role
                or lx.role_class(_title_before(raw, ent.start))
                or lx.role_class(_appositive_role_after(raw, ent.end))
                # "through its spokesperson Inspector X", "Town clerk X": a rank or role right before
                or _rank_before(raw, ent.start)
            )
            f: Found | None = Found(ent.start, ent.end, name, cls if cls in ("official", "expert") else "other")
            office = _office_kind(name)
            if office:
                f = Found(ent.start, ent.end, name, office, matched=False)  # "Kocaeli Governorship" tagged as a person
        else:
            f = _entity_source(raw, ent)
        if f is None or f.type in MEDIA_TYPES:
            continue
        if ent.label != "PERSON" and _inside_affiliation(raw, ent, by_end):
            continue
        apposed = re.match(r",\s+", raw[ent.end : ent.end + 4])
        if ent.label != "PERSON" and apposed and ent.end + apposed.end() in person_starts:
            continue  # "the Minister of Health, Nadia El Amrani": the role before the person who speaks
        cue = (
            next((cue for s, e, cue in speakers if s < ent.end and ent.start < e), None)
            or _verb_after(raw, ent.end, len(raw), c)
            or _verb_after_aside(raw, ent.end, c, who=ent.label == "PERSON")
            or _verb_after_auxiliary(raw, ent.end, c)
            or _verb_after_when_asked(raw, ent.end, c)
            or (_verb_after_affiliation(raw, ent.end, c, where="of|at|from|in") if ent.label == "PERSON" else None)
            or _inverted_before(raw, ent, c)
            or _subject_of_verb(tokens, ent, c)
            or (_data_verb_after(raw, ent.end) if ent.label == "ORG" else None)
        )
        first_at = ent.attrs.get("first_mention")
        if f.type == "other" and first_at is not None and (known := _class_at_first_mention(raw, first_at)):
            f = Found(f.start, f.end, f.name, known, f.matched)
        if (
            cue
            and f.type == "other"
            and ent.label == "PERSON"
            and (titled := _INVERTED_TITLE.search(raw[max(0, ent.start - 60) : ent.start]))
        ):
            role_cls = _role_class(titled.group("role"))
            if role_cls in (None, "principal") and re.search(
                r"\b(?:its|their)\s+$", titled.group()[: titled.start("role") - titled.start()]
            ):
                role_cls = "official"  # "said its president X": the head of the body just named, no head of state
            if role_cls in ("official", "expert"):  # "Said councillor Mafu": the role before the name types it
                f = Found(f.start, f.end, f.name, role_cls, f.matched)
        if cue:
            out.append((f, cue))
    out += _descriptor_speakers(ctx, ents)
    quoted = [(q.start, q.end) for q in ctx.layers.get("quotes", [])]
    for m in c.institutions.finditer(raw):
        if not ctx.in_body(m.start(), m.end()):
            continue
        if any(s <= m.start() and m.end() <= e for s, e in quoted):
            continue  # "“… not from the council,” said …": the speaker's words
        if re.search(
            r"(?<![\w-])(?:of|for|at|from|by|to|with|on|about|against)\s+(?:the|a|an|its|their)\s+(?:[a-z][\w-]*\s+){0,2}$",
            raw[max(0, m.start() - 40) : m.start()],
        ):
            continue  # "…, who work for the council, said": the council ends another clause
        apposed = re.search(r",\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}$", raw[max(0, m.start() - 50) : m.start()])
        if apposed and any(o.end == max(0, m.start() - 50) + apposed.start() for o in ents):
            continue  # "Taumata Arowai, the national water regulator, confirmed": the named body is the source
        verb = _verb_after(raw, m.end(), len(raw), c)
        if verb in _informing_verbs():  # "the municipality promised a tanker": a stance, not information
            s, e = m.span()
            lead = re.match(r"(?:the|The)\s+", raw[s:e])
            s += lead.end() if lead and not m.group("owner") else 0
            out.append((Found(s, e, lx.clean_name(raw[s:e]), "official"), verb))
    return out


#: English word frequency (Zipf) from which a word is too common to be a speaker's name alone.
_COMMON_WORD = 4.0


def _unlisted_speakers(ctx: Context, ents: list[Span]) -> list[Span]:
    """Quote speakers named right at the quote whom the entity layer has no person or
    organisation for ("“…,” Prasad told the daily" parsed as one long name, a surname
    taken for a place): the speaker's span as a person, for the rules that type people."""
    out: list[Span] = []
    for q in ctx.layers.get("quotes", []):
        s, e, name = q.attrs.get("speaker_start"), q.attrs.get("speaker_end"), q.attrs.get("speaker")
        if s is None or e is None or not name or q.attrs.get("attribution") not in ("before", "after"):
            continue
        text = ctx.raw[s:e]
        if not text[:1].isupper() or any(o.start < e and s < o.end for o in ents if o.label in ("PERSON", "ORG")):
            continue
        if any(zipf_frequency(w.lower(), "en") >= _COMMON_WORD for w in re.findall(r"[^\W\d_]+", text)):
            continue  # "Environment" cut from a ministry's name: a common word is no one's name
        first = ctx.raw.find(name)
        out.append(Span(s, e, "PERSON", {"canonical": name, "first_mention": first if 0 <= first < s else None}))
    return out


def _class_at_first_mention(raw: str, at: int) -> str | None:
    """An official's or an expert's role given where the person was first named ("The Head of
    the Village, Sutrisno, …", "the senior physician, Dr Ana Ruiz, …")."""
    cls = (
        _academic_title(raw, at)
        or _role_class(_role_of_org_before(raw, at))
        or _role_class(_appositive_role_before(raw, at))
        or _apposed_role_class(_apposed_role_before(raw, at))
        or lx.role_class(_title_before(raw, at))
    )
    return cls if cls in ("official", "expert") else None


#: Dependents that belong to a role's noun phrase ("The district health officer", "the governor
#: of the province"); a relative clause, an apposition or punctuation end it.
_ROLE_NP_DEPS = frozenset({"det", "poss", "compound", "amod", "nmod", "prep", "pobj", "case"})


def _role_subjects(ctx: Context, ents: list[Span], c: Cues) -> list[tuple[Found, str]]:
    """An official or an expert named by the role alone, as the subject of a reporting verb
    ("The district health officer said", "the officer told Btv", "…, said the regional
    inspector"): a source; its name is the person the article gives that role to, if it does.

    Heads of state stay protagonists; a role followed by a name in apposition is left to
    the name; a descriptor inside a quote is the speaker's words.
    """
    raw = ctx.raw
    persons = sorted((e for e in ents if e.label == "PERSON"), key=lambda e: e.start)
    informing = _informing_verbs()
    out = []
    for off, tok in ctx.tokens():
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "NOUN" or tok.head.lemma_.lower() not in informing:
            continue  # "the mayor promised a warehouse": a party's stance, not information
        if tok.dep_ == "nsubjpass" or not tok.text.islower() or not (lx.is_role_word(tok.text) or lx.role_class(tok.text)):
            continue
        kids = list(tok.children)
        if not any(k.dep_ in ("det", "poss") and k.i < tok.i for k in kids) or any(k.dep_ in ("appos",) for k in kids):
            continue  # "officials said" (the unnamed-sources rules), "the officer, Ana Ruiz, said" (the name)
        if any(k.dep_ == "det" and k.lower_ in ("a", "an", "another", "one") for k in kids):
            continue  # "an officer said": an unnamed source, for the rules that handle those
        base = off - tok.idx
        first = min([tok, *(k.left_edge for k in kids if k.dep_ in _ROLE_NP_DEPS and k.i < tok.i)], key=lambda t: t.i)
        last = max([tok, *(k.right_edge for k in kids if k.dep_ in ("prep", "nmod") and k.i > tok.i)], key=lambda t: t.i)
        s, e = base + first.idx, base + last.idx + len(last)
        if first.dep_ == "det" and first.lower_ == "the":
            s = base + first.idx  # the span keeps "The": the gold's noun phrase
        text = raw[s:e]
        if "," in text or _inside_quote(raw, _para_start(ctx, s), s) or any(p.start < e and s < p.end for p in persons):
            continue
        if any(e <= p.start and not re.search(r"[,.;:()“”\"]", raw[e : p.start]) and p.start - e < 40 for p in persons):
            continue  # "The mayor of the municipality Kranj Matjaž Rakovec has written": the name follows
        role = re.sub(r"^(?i:the|its|their|his|her)\s+", "", text)
        if role.lower() in _state_titles():
            continue  # "the mayor said", "the minister told lawmakers": the story's office-holder, a protagonist
        cls = _role_class(role)
        if cls not in ("official", "expert"):
            continue
        name = _role_holder(raw, persons, tok.lower_, s)
        out.append((Found(s, e, name or lx.clean_name(role), cls, matched=name is not None), tok.head.lemma_.lower()))
    return out


@cache
def _state_titles() -> frozenset[str]:
    """Offices a state gives (roles.yml ``state_titles``): a mayor or a minister named by the bare
    title is the story's office-holder."""
    return frozenset(load_yaml("roles.yml")["state_titles"])


#: Reporting verbs of a party's stance, not of information ("the mayor promised", "vowed").
_STANCE_VERBS = frozenset(
    {"promise", "pledge", "vow", "demand", "urge", "welcome", "condemn", "criticise", "criticize", "accuse", "blame", "denounce"}
)


def _informing_verbs() -> frozenset[str]:
    """The reporting verbs that inform: all of source_cues.yml's but those of a stance."""
    return cues().verbs - _STANCE_VERBS


def _para_start(ctx: Context, pos: int) -> int:
    return next((p.start for p in ctx.body_paragraphs() if p.start <= pos < p.end), pos)


#: A role word right before a person's name in apposition: "The officer, Dr Kelebogile …".
_APPOSED_TITLE = r",\s+(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+)?$"


def _role_holder(raw: str, persons: list[Span], noun: str, at: int) -> str | None:
    """Who holds the role a descriptor names: the person whose role (from the entity layer)
    holds the noun, or whom the article sets after the noun in apposition ("The officer, Dr
    Kelebogile Sebego, said"), the nearest such mention before the descriptor, else after it."""
    want = lx.fold(noun)
    found: list[tuple[int, str]] = []
    for p in persons:
        role = lx.fold(p.attrs.get("role") or "")
        lead = raw[max(0, p.start - len(noun) - 14) : p.start]
        if want in role.split() or re.search(r"(?i)(?<![\w-])" + re.escape(noun) + _APPOSED_TITLE, lead):
            found.append((p.start, _untitled(p.attrs.get("canonical") or lx.clean_name(raw[p.start : p.end]))))
    if not found:
        return None
    before = [f for f in found if f[0] < at]
    return (before[-1] if before else found[0])[1]


#: How far before a pronoun speaker its name may stand (about two short paragraphs).
_ANTECEDENT_WINDOW = 600


def _antecedent(raw: str, ents: list[Span], before: int, speaker: str) -> Span | None:
    """The last mention of the person a pronoun speaker ("he said") stands for,
    when the quotes layer resolved the pronoun to that person's name."""
    for ent in sorted(
        (e for e in ents if e.label == "PERSON" and before - _ANTECEDENT_WINDOW <= e.start and e.end <= before), key=lambda e: -e.start
    ):
        name = ent.attrs.get("canonical") or lx.clean_name(raw[ent.start : ent.end])
        # The quotes layer names a speaker in full ("Chaminda perera") where the
        # entity may hold part of the name ("Chaminda"): its words, in order.
        rest = iter(lx.fold(speaker).split())
        if lx.fold(name) == lx.fold(speaker) or all(w in rest for w in lx.fold(name).split()):
            return ent
    return None


#: "Its river operations manager, Dr Priya …": a possessive pronoun, a role, a comma, a title.
_OWNED_ROLE = re.compile(r"(?<![\w-])(?:[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*,\s+(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?$")
#: How far back the organisation an "Its" stands for may be named (the sentence before).
_OWNER_WINDOW = 400


def _owner_kind(raw: str, start: int, orgs: list[Span]) -> str | None:
    """ "The … Authority said … Its river operations manager, Dr Priya …": a role
    owned by "its" or "their" is held in the organisation named last before it;
    that organisation's type, so that a public body's staff are officials (a
    title such as "Dr" says no more)."""
    m = _OWNED_ROLE.search(raw[max(0, start - 80) : start])
    if m is None:
        return None
    at = max(0, start - 80) + m.start()
    owner = next((o for o in reversed(orgs) if o.end <= at), None)
    if owner is None or at - owner.end > _OWNER_WINDOW:
        return None
    f = _entity_source(raw, owner)
    return f.type if f else None


_ACADEMIC = re.compile(r"(?<![\w-])(?i:Prof\.|Professor|Dr\.?)\s+(?:(?i:Prof\.|Dr\.?)\s+)?$")


def _academic_title(raw: str, start: int) -> str | None:
    """ "Prof. Dr. Serpil …", "Dr. Sri …": an academic title before a name with no
    known role marks an expert."""
    return "expert" if _ACADEMIC.search(raw[max(0, start - 16) : start]) else None


def _office_kind(name: str) -> str | None:
    """A "person" whose last word is a public body's ("… Governorship", "… Municipality"):
    the entity layer took an office for a person."""
    words = name.split()
    if len(words) < 2:
        return None
    for pattern, kind in cues().org_hints:
        if kind == "official" and pattern.fullmatch(words[-1]) and words[-1][:1].isupper():
            return kind
    return None


def _descriptor_speakers(ctx: Context, ents: list[Span]) -> list[tuple[Found, str]]:
    """Quotes attributed to a bare descriptor: "the company said" (the
    organisation the quotes layer resolved it to) and "one woman said", "a
    patient told" (an unnamed witness)."""
    raw = ctx.raw
    persons = {e.attrs.get("canonical") for e in ents if e.label == "PERSON"}
    orgs = {e.attrs.get("canonical") for e in ents if e.label == "ORG"}
    out = []
    for q in ctx.layers.get("quotes", []):
        s, e, speaker = q.attrs.get("speaker_start"), q.attrs.get("speaker_end"), q.attrs.get("speaker")
        if s is None or e is None or q.attrs.get("attribution") != "descriptor" or not raw[s : s + 1].islower():
            continue
        cue = q.attrs.get("cue") or "quote"
        words = raw[s:e].lower().split()
        if words and lx.fold(words[-1]) in cues().media_before_type:
            continue  # "According to the newspaper Today, … “…”": the medium's own rules name it
        is_org = speaker is not None and speaker not in persons and (speaker in orgs or words[-1] in _org_nouns())
        if is_org:
            kind = "official" if any(h.search(speaker) for h, k in cues().org_hints if k == "official") else "other"
            out.append((Found(s, e, speaker, kind, matched=False), cue))
        elif speaker is None and (words[0] in ("one", "another") or _indefinite_before(raw, s)):
            # "a neighbour told": a vox-pop noun keeps its kind (other); "one official said" stays unnamed
            out.append((Found(s, e, None, cues().typed.get(lx.fold(words[-1]), "anonymous")), cue))
    return out


def _indefinite_before(raw: str, start: int) -> bool:
    return bool(re.search(r"(?:^|\s)(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+)?$", raw[max(0, start - 20) : start]))


@cache
def _org_nouns() -> frozenset[str]:
    return frozenset(lx.fold(w) for w in load_yaml("roles.yml")["organisation_words"])


#: Text between a person and their organisation: " of the", ", president of the union".
_AFFILIATION = re.compile(r"(?:\s+|,\s+(?:[^,.;:()“”\"]*?\s)?)(?:of|at|from|for)\s[^,.;:()“”\"]*")


def _affiliation_type(raw: str, person: Span, orgs: tuple[list[int], list[Span]]) -> str | None:
    """The type of the organisation a person with no known role belongs to:
    "Ana Ruiz of the Interior Ministry" (official), "Tanja Weber, who works at
    the Max Planck Institute" (expert). None for any other kind."""
    starts, spans = orgs
    i = bisect.bisect_left(starts, person.end)  # the organisations named after the person
    for org in spans[i : i + 2]:
        start = org.start
        between = raw[person.end : start]
        if start - person.end > 80 or not (_AFFILIATION.fullmatch(between + " ") or _WORKS_AT.fullmatch(between)):
            continue
        f = _entity_source(raw, org)
        return f.type if f and f.type in ("official", "expert") else None
    return None


#: ", who works at the", ", who teaches at": a person's affiliation in a relative clause.
_WORKS_AT = re.compile(
    r",\s+who\s+(?:works|worked|teaches|taught|leads|led|heads|headed|runs|ran|researches)\s+(?:at|for|in)\s+(?:the\s+)?"
)


def _inside_affiliation(raw: str, ent: Span, index: tuple[list[int], list[Span]]) -> bool:
    """An organisation named as a person's affiliation ("Ana Ruiz of the X
    institute said", "Ana Ruiz, head of the X union, said"): the person is
    the one who speaks."""
    ends, persons = index
    i = bisect.bisect_left(ends, ent.start - 119)
    j = bisect.bisect_right(ends, ent.start)
    return any(_AFFILIATION.fullmatch(raw, p.end, ent.start) for p in persons[i:j])


def _person_ends(ents: list[Span]) -> tuple[list[int], list[Span]]:
    """PERSON spans (and persons labelled ORG) sorted by end, for a range lookup."""
    persons = sorted((p for p in ents if p.label == "PERSON" or _mislabelled_person(p.attrs.get("canonical") or "")), key=lambda p: p.end)
    return [p.end for p in persons], persons


def _verb_after_affiliation(raw: str, end: int, c: Cues, *, where: str = "of|at|from") -> str | None:
    """ "Ana Ruiz of the Lisbon institute said", "sources in the Ministry of the
    Interior admitted": the reporting verb after the affiliation."""
    m = re.match(r"\s+(?:" + where + r")\s[^,.;:()“”\"]{1,80}", raw[end : end + 90])
    if not m:
        return None
    tail = m.group()
    if tail.lstrip().startswith("in "):  # "Ana Ruiz in the village where the mayor said": another clause's verb
        tail = re.split(r"\s(?:where|which|who|whom|that|when|while|after|before|because|if)\s", tail)[0]
    for w in re.finditer(r"\s(\w+)", tail):
        verb = _verb_after(tail, w.start(), len(tail), c)
        if verb and w.start() > 3:
            return verb
    return None


#: What may stand between a subject and its verb: an acronym in brackets, then a relative clause
#: set off by commas ("The Pest Control Products Board (PCPB), which regulates farm chemicals, announced").
_ASIDE = re.compile(r"\)?(?:\s*\([^()]{1,40}\))?(?:\s*,\s*(?:which|who|where|whose)\s[^,.;:“”\"()]{1,90}(?=,))?")


#: A circumstance of being asked between a name and its verb, as translations write it without
#: commas ("Agus Triyanto, when confirmed said", "the regent, when contacted by phone, said").
_WHEN_ASKED = re.compile(
    r"\s*,\s*when\s+(?:asked|contacted|confirmed|reached|questioned|interviewed|called|approached)"
    r"(?:\s+(?:by|on|over|via)\s+(?:the\s+)?(?:tele)?phone|\s+by\s+(?:the\s+)?(?:journalists|reporters|press|media))?(?=\s*,?\s+[a-z])"
)


def _verb_after_when_asked(raw: str, end: int, c: Cues) -> str | None:
    """The reporting verb after "…, when confirmed": the person asked is the one who informs."""
    m = _WHEN_ASKED.match(raw, end)
    return _verb_after(raw, m.end(), len(raw), c) if m else None


def _verb_after_aside(raw: str, end: int, c: Cues, *, who: bool) -> str | None:
    """The reporting verb after a bracketed acronym or a relative clause ("who" for a person,
    "which" for an organisation: "A collaborator of the Federal Office, who …, said" is the
    collaborator speaking)."""
    m = _ASIDE.match(raw, end)
    if not m or m.end() == end:
        return None
    if re.search(r",\s*(?:who|whose)\s" if not who else r",\s*which\s", m.group()):
        return None
    if raw[end : end + 1] == ")":
        opening = raw.rfind("(", max(0, end - 40), end)
        before = raw[max(0, opening - 40) : opening].split()
        if not before or not before[-1][:1].islower():
            return None  # "The Health Inspectorate … (ZIRS) has announced": the name before the bracket informs
    return _verb_after(raw, m.end(), len(raw), c)


#: A translation's auxiliary, a place or a listener, then the participle ("Nataša Kos, has for the
#: newspaper Work said", "Matjaž Rakovec has on the social network Facebook written").
_AUX_PARTICIPLE = re.compile(
    r"\s*,?\s+(?:has|have|had)\s+(?:(?:for|to)\s+|on\s+(?=(?:the\s+)?(?:social\s+network|social\s+media|(?:his|her|its|their)\s+(?:profile|account|page))))"
    r"(?P<rest>[^,.;:“”\"()]{1,70})"
)
#: Participles of reporting verbs irregular enough that the inflector misses them.
_IRREGULAR = {"written": "write", "spoken": "speak", "told": "tell"}


def _verb_after_auxiliary(raw: str, end: int, c: Cues) -> str | None:
    m = _AUX_PARTICIPLE.match(raw, end)
    if not m:
        return None
    for word in m.group("rest").split()[:7]:
        verb = _IRREGULAR.get(word) or (_past_reporting(word, c) if word.islower() else None)
        if verb:
            return verb
    return None


#: "Eurostat data showed", "an Ipsos poll found": the organisation's data or study informs.
_DATA_VERB = re.compile(
    r"\s+(?:data|figures|statistics|numbers|poll|survey|study|report|analysis|estimates|records)\s+(?:also\s+)?(?:(?:is|are)\s+(?=\w+ing\b))?"
    r"(?:show|shows|showed|shown|showing|found|finds|suggest|suggests|suggested|indicate|indicates|indicated|indicating|reveal|reveals|revealed|revealing)\b"
)


def _data_verb_after(raw: str, end: int) -> str | None:
    return "show" if _DATA_VERB.match(raw, end) else None


#: Inverted attribution before a name, as translations write it: "…, as indicated
#: the Ministry", "…, affirmed the spokeswoman of the Government, Pilar Mora".
_INVERTED = re.compile(r"(?:[,”\"’»]|\b[Aa]s)\s*(?P<verb>\w+)\s+(?:the\s+)?$")
#: What follows an inverted attribution's subject: the end of the clause, or a circumstance.
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)]|$|(?:in|on|at|during|to|from|after|before|when|while|according)\b)")
#: A reporting verb opening its sentence, before the source (verb-first translations).
_SENTENCE_VERB = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?P<verb>[A-Z][a-z]+)\s+(?:the\s+)?$")
#: A reporting verb, a determiner or none and a lower-case role word before a name, after a comma
#: or opening the sentence as verb-first translations write it ("…, said its president Kayitesi
#: Alice", "Said councillor Mafu, who …, that").
_INVERTED_TITLE = re.compile(
    r"(?:[,”\"’»]\s*|(?:^|[.!?]\s+|\n\s*)(?=[A-Z]))(?P<verb>\w+)\s+(?:(?:the|its|their|his|her)\s+)?(?P<role>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})\s+$"
)
_INVERTED_ROLE = re.compile(r"(?:[,”\"’»]|\b[Aa]s)\s*(?P<verb>\w+)\s+the\s+[^,.;:“”\"«»()]{2,70},\s+$")


def _inverted_before(raw: str, ent: Span, c: Cues) -> str | None:
    """A reporting verb before a person or organisation, directly ("said the
    Ministry") or before the person's role in apposition."""
    if ent.label == "PERSON" and (verb := _verb_before(raw, ent.start, c)):
        return verb
    first = _SENTENCE_VERB.search(raw[max(0, ent.start - 30) : ent.start])
    if first and re.match(r"\s*(?:,|that\b)", raw[ent.end : ent.end + 6]) and (verb := _past_reporting(first.group("verb"), c)):
        return verb  # "Claims the Engineers Chamber that …": a translation's verb-first sentence
    if not _CLAUSE_END.match(raw, ent.end):
        return None  # "Jansen, said the minister would …": the verb is another subject's
    m = _INVERTED.search(raw[max(0, ent.start - 30) : ent.start])
    if m is None and ent.label == "PERSON":
        m = _INVERTED_ROLE.search(raw[max(0, ent.start - 100) : ent.start])
    if m is None and ent.label == "PERSON":
        titled = _INVERTED_TITLE.search(raw[max(0, ent.start - 60) : ent.start])
        if titled and lx.is_role_word(titled.group("role").split()[-1]):
            m = titled  # "…, said its president Kayitesi Alice": the verb, the role, then the name
    return _past_reporting(m.group("verb"), c) if m else None


#: A verb-first translation's sentence: the reporting verb, a lower-case role word, then the name,
#: which the translation may leave in lower case and the entity layer then misses ("Said regent
#: sutisna when he visited …", "Said councillor mafu, who represents …, that").
_VERB_ROLE_NAME = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<verb>[A-Z][a-z]+)\s+(?P<role>[a-z][a-z-]+)\s+"
    r"(?P<name>[^\W\d_][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?=\s*,|\s+(?:at|when|on|in|that|to|during|after|before|while)\b)"
)


def _verb_first_titled(raw: str, pstart: int, pend: int, c: Cues) -> list[tuple[Found, str]]:
    """The person named after "Said <role>" opening a sentence: a source typed by the role."""
    out = []
    for m in _VERB_ROLE_NAME.finditer(raw, pstart, pend):
        verb = _past_reporting(m.group("verb"), c)
        role = m.group("role")
        if not verb or not lx.is_role_word(role) or re.fullmatch(_FUNCTION, m.group("name").split()[0].lower()):
            continue
        cls = _role_class(role) or lx.title_class(role)
        kind = cls if cls in ("official", "expert") else "other"
        name = " ".join(w[:1].upper() + w[1:] for w in m.group("name").split())
        out.append((Found(m.start("name"), m.end("name"), name, kind, matched=False), verb))
    return out


#: A role named after an opening clause and a comma, then its verb: "Speaking to Radio X, the chief
#: of the location said", "Quoted from Antara, the head of the village said", "The Chief District
#: Officer told". The parser takes such a role for an apposition of the name before the comma or
#: misses a capitalised one, so the text is read instead.
_FRONTED_ROLE = re.compile(r"(?:(?<=,\s)|(?<=^)|(?<=\n)|(?<=[.!?]\s))[Tt]he\s+(?=[A-Za-z])")
#: The words of such a role: up to seven, plain or joined by "of" and "the" ("head of the Erbil traffic directorate").
_ROLE_WORD = re.compile(r"\s*[A-Za-z][\w'’-]*")


def _fronted_roles(raw: str, pstart: int, pend: int, ents: list[Span], c: Cues) -> list[tuple[Found, str]]:
    """An official or an expert named by the role alone right before a reporting verb, at a
    sentence's start or after an opening clause's comma: unnamed, typed by the role (the
    state's own titles, "the mayor", stay protagonists)."""
    out = []
    persons = [e for e in ents if e.label == "PERSON"]
    for m in _FRONTED_ROLE.finditer(raw, pstart, pend):
        if _inside_quote(raw, pstart, m.start()):
            continue
        before = raw[pstart : m.start()].rstrip()
        opening = re.split(r"(?<=[.!?])\s+", before)[-1]
        if before.endswith(",") and any(p.end == pstart + len(before) - 1 and not re.search(r"\b[a-z]", opening) for p in persons):
            continue  # "Ana Ruiz, the head of the office said": the name is the source
        s, e, verb = m.start(), m.end(), None
        for _ in range(7):
            w = _ROLE_WORD.match(raw, e, pend)
            if not w:
                break
            e = w.end()
            verb = _verb_after(raw, e, pend, c)
            nxt = _ROLE_WORD.match(raw, e, pend)
            if verb and not re.match(r"\s+[a-z]", raw[e : e + 3]):
                verb = None  # "The General Daily reported": a name goes on; the verb follows the role at once
            if verb and raw[e : e + 1] == ",":
                verb = None  # "Lee, the mission's flight director, said": an apposition, the name informs
                break
            if verb and not (nxt and nxt.group().strip().lower() == verb):
                break  # "said", "told", "informs"; not "state" of "the state police"
            verb = None
        if verb not in _informing_verbs() or any(p.start < e and s < p.end for p in persons):
            continue
        role = raw[m.end() : e]
        words = [w for w in role.split() if w not in ("of", "the")]
        if not (role[:1].islower() or (all(w[:1].isupper() for w in words) and lx.role_class(words[-1].lower()))):
            continue  # "the Interior ministry", "The General Daily": a name, left to the other rules
        if role.lower() in _state_titles() or not (lx.is_role_word(words[0].lower()) or lx.role_class(role.lower())):
            continue
        cls = _role_class(role.lower())
        if cls in ("official", "expert"):
            out.append((Found(s, e, None, cls), verb))
    return out


#: A sentence opening on "For the <role> <name>," (French "Pour", Italian "Per", Spanish "Para"): the
#: view that follows is that person's ("For the climatologist Ana Ruiz, this drought is the longest").
_FOR_ROLE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?]\s))For\s+(?:the\s+)?(?P<role>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})\s+(?=[A-Z])")


def _for_role_name(raw: str, pstart: int, pend: int, ents: list[Span]) -> list[Found]:
    """The official or expert named after "For the <role>" opening a sentence, the name closed by a comma."""
    out = []
    for m in _FOR_ROLE.finditer(raw, pstart, pend):
        person = next((e for e in ents if e.label == "PERSON" and e.start == m.end()), None)
        if person is None or raw[person.end : person.end + 1] != ",":
            continue
        cls = _role_class(m.group("role"))
        if cls in ("official", "expert"):
            name = _untitled(person.attrs.get("canonical") or lx.clean_name(raw[person.start : person.end]))
            out.append(Found(person.start, person.end, name, cls))
    return out


def _past_reporting(word: str, c: Cues) -> str | None:
    """The lemma of a past or present reporting verb form (not "told", "quoted")."""
    word = word.lower()
    for lemma in c.verbs - {"tell", "quote", "cite", "brief"}:
        if word in _inflect(frozenset([lemma])) and word != lemma:
            return lemma
    return None


def _verb_before(raw: str, start: int, c: Cues) -> str | None:
    """ "…,” said Anna Kowalski": a reporting verb (not "told") just before."""
    m = re.search(r"[,”\"’»]\s*(\w+)\s+$", raw[max(0, start - 24) : start])
    if not m:
        return None
    word = m.group(1).lower()
    for lemma in c.verbs - {"tell", "quote", "cite", "brief"}:
        if word in _inflect(frozenset([lemma])) and word != lemma:
            return lemma
    return None


#: A bare comma then the verb ("…, reported …"): in English a subject takes no comma before its verb.
_INVERTED_AFTER = re.compile(r"\s*,\s*\w+$")
#: A translation's inverted passive: "reported is the Croatian …" (Croatian "javlja je"); not "X, Name, told
#: the agency", where the name is in apposition.
_INVERTED_SUBJECT = re.compile(r"\s+(?:is|was)\s+(?:the|a|an|[A-Z])")
#: A form of "be" right before the participle.
_BE_PASSIVE = re.compile(r"(?<![\w-])(?i:is|are|was|were|been|being)\s+\w+(?<!ing)$")


def _verb_after(raw: str, end: int, limit: int, c: Cues) -> str | None:
    """The reporting verb right after a name ("Reuters reported"), as a lemma."""
    m = c.verb_forms.match(raw[end : min(limit, end + 80)])
    if not m:
        return None
    if _INVERTED_AFTER.match(m.group()) and _INVERTED_SUBJECT.match(raw, end + m.end()):
        return None  # "…the shipyard Kvarner Brod, reported is the agency Hina": the source comes after the verb
    if re.match(r"\s+of\b", raw[end + m.end() : end + m.end() + 4]) and m.group().split()[-1].lower().startswith("complain"):
        return None  # "students … complained of abdominal pain": a symptom, not a report
    if _BE_PASSIVE.search(m.group()) and not m.group().lower().endswith("quoted"):
        return None  # "two elderly patients were admitted": a passive, not a report ("was quoted" still is one)
    word = m.group().split()[-1].lower()
    for lemma in c.verbs:
        if word in _inflect(frozenset([lemma])):
            return lemma
    return word


def _subject_of_verb(tokens: tuple[list[int], list[Token]], ent: Span, c: Cues) -> str | None:
    """The reporting verb a mention is the grammatical subject of, if any.

    ``tokens`` is (start offsets, tokens) of the whole article, sorted: a
    bisect finds the mention's tokens without re-slicing the parse.
    """
    offsets, toks = tokens
    for k in range(bisect.bisect_left(offsets, ent.start), bisect.bisect_left(offsets, ent.end)):
        tok = toks[k]
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in c.verbs:
            return tok.head.lemma_.lower()
    return None


# --------------------------------------------------------------------------
# 4. unnamed sources


def _anonymous(raw: str, pstart: int, pend: int, c: Cues) -> list[tuple[Found, str | None]]:
    out: list[tuple[Found, str | None]] = []
    taken: list[tuple[int, int]] = []
    for m in c.qualified.finditer(raw, pstart, pend):
        f = _anon_found(raw, m)
        if f:
            out.append((f, "unnamed"))
            taken.append(m.span())
    for m in c.anonymous.finditer(raw, pstart, pend):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        noun = lx.fold(m.group("noun"))
        if noun in c.needs_qualifier:
            continue
        if noun in c.singular and not re.match(r"(?:an?|one|another)\s", raw[_phrase_start(raw, m) : m.end("noun")], re.IGNORECASE):
            continue
        if _NAME_APPOSED.match(raw, m.end("noun")):
            continue  # "A worker, Abdul Karim, told": the person named in apposition is the source
        if noun in c.singular and _APPOSED_AFTER_NAME.search(raw, max(pstart, _phrase_start(raw, m) - 40), _phrase_start(raw, m)):
            continue  # "Marcos Ayuso, a farmer from Trial Farm, said": the named person is the source
        if noun not in c.singular and not noun.endswith(("s", "men")):  # "fishermen", "businessmen": plurals too
            continue
        after = _verb_after(raw, m.end(), pend, c) or _verb_after(raw, m.end("noun"), pend, c)
        if after and _reported_content(raw, pstart, _phrase_start(raw, m), c):
            continue  # "…, said engineers had warned …"
        verb = (
            after
            or _verb_after_affiliation(raw, m.end("noun"), c, where="in|at|from|of|for|within|inside")
            or _impersonal_verb(raw, m.end(), pend)
            # "…,” testified a mother met outside: the verb before, in inverted attribution.
            or _inverted_verb(raw, _phrase_start(raw, m), c)
            # "A taxi driver who waits outside most mornings told": a bare relative clause, then the verb
            or (_verb_after_relative(raw, m.end("noun"), pend, c) if noun in c.singular else None)
        )
        led = _verb_led(raw, m, c)
        verb = verb or (led[0] if led else None)
        if verb and _PASSIVE.match(_clause_after(raw, m.end("noun"), pend)):
            continue  # "residents were told to stay indoors": they were informed, they did not inform
        if verb and _inside_quote(raw, pstart, m.start()):
            continue  # "“The neighbours of … deserve better,” she said": the speaker's words
        if verb and _ORG_OF.search(raw[max(pstart, _phrase_start(raw, m) - 40) : _phrase_start(raw, m)]):
            continue  # "X, the association of farmers, denounces": the organisation speaks, not its members
        if verb:
            f = _anon_found(raw, m)
            if f and led and f.start < led[1] < f.end:
                f = Found(led[1], f.end, lx.clean_name(raw[led[1] : f.end]), f.type)
            if f:
                out.append((f, verb))
    return out


#: A name in apposition right after an unnamed source's noun: ", Abdul Karim,".
_NAME_APPOSED = re.compile(r",\s+[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,3},")
#: A name (maybe with an age in brackets) and a comma right before "a farmer …", "an aide …".
_APPOSED_AFTER_NAME = re.compile(r"[A-Z][\w’'.-]+(?:\s+\([^()\n]{1,20}\))?,\s+$")


#: A relative clause without commas after a person's noun: "who waits outside the unit most mornings".
_BARE_RELATIVE = re.compile(r"\s+who\s+(?P<rest>[^,.;:“”\"()]{1,70})")


def _verb_after_relative(raw: str, end: int, limit: int, c: Cues) -> str | None:
    """The reporting verb that closes a bare relative clause after an unnamed person, not one
    inside it in the passive ("a driver who was told to wait")."""
    m = _BARE_RELATIVE.match(raw, end, limit)
    if not m:
        return None
    words = m.group("rest").split()
    for i, word in enumerate(words[1:], start=1):
        verb = ("tell" if word == "told" else _past_reporting(word, c)) if word.islower() else None
        if verb:
            return None if words[i - 1] in ("was", "were", "been", "being", "is", "are", "be") else verb
    return None


#: An organisation's noun and "of" right before a group ("the union of dockers"): the group
#: only names whom the organisation stands for.
_ORG_OF = re.compile(r"(?<![\w-])(?i:association|union|federation|league|confederation|cooperative|council|committee)\s+of\s+(?:the\s+)?$")


def _reported_content(raw: str, pstart: int, start: int, c: Cues) -> bool:
    """ "…, said engineers had warned managers": a group between someone else's
    reporting verb and its own verb is what the speaker reports, not who
    informs (after a closing quote mark the verb is inverted: "…,” said residents")."""
    m = re.search(r"(?<![”\"»’])(?<![”\"»’],)\s+(\w+)\s+(?:that\s+)?(?:the\s+)?$", raw[max(pstart, start - 40) : start])
    return bool(m and _past_reporting(m.group(1), c))


def _verb_led(raw: str, m: re.Match[str], c: Cues) -> tuple[str, int] | None:
    """ "…, reported sources of the ministry": the phrase the pattern found
    starts with an inverted reporting verb after a comma or a quote mark;
    (its lemma, where the source's words start)."""
    first = re.match(r"(\w+)\s+", raw[m.start("phrase") : m.start("noun")])
    if not first or not re.search(r"[,”\"»’]\s*$", raw[max(0, m.start("phrase") - 3) : m.start("phrase")]):
        return None
    verb = _past_reporting(first.group(1), c)
    return (verb, m.start("phrase") + first.end()) if verb else None


#: A translation's impersonal passive with the body as the place it was said in: "in the prosecutor
#: office was said", "At the ministry it was explained" (Uzbek "prokuraturada aytildi", Slavic "v … je
#: bilo rečeno").
_IN_BODY_SAID = re.compile(
    r"(?<![\w-])(?:[Ii]n|[Aa]t)\s+the\s+(?P<body>(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)\s+(?:it\s+)?(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:said|told|explained|stated|reported|confirmed|announced|informed|added)\b"
)


def _impersonal_in(raw: str, pstart: int, pend: int, c: Cues) -> list[Found]:
    """The institution an impersonal passive was said in, when its noun is an institution's."""
    out = []
    for m in _IN_BODY_SAID.finditer(raw, pstart, pend):
        inst = c.institutions.fullmatch(raw, m.start("body"), m.end("body")) or c.institutions.search(raw, m.start("body"), m.end("body"))
        if inst and inst.end() == m.end("body") and not _inside_quote(raw, pstart, m.start()):
            out.append(Found(m.start("body"), m.end("body"), lx.clean_name(m.group("body")), "official"))
    return out


#: "From circles of the government it was said": a translation's impersonal passive.
_IMPERSONAL = re.compile(r"\s*,?\s*it\s+(?:was|is|has\s+been|had\s+been)\s+(?:said|learned|learnt|reported|stated|indicated|confirmed)\b")


def _impersonal_verb(raw: str, end: int, limit: int) -> str | None:
    return "say" if _IMPERSONAL.match(raw[end:limit]) else None


_PASSIVE = re.compile(r"[^.;:!?]*?\b(?:were|was|are|is|been|being)\s+(?:told|asked|warned|urged|informed|advised|ordered)\b")


def _clause_after(raw: str, end: int, limit: int) -> str:
    """The rest of the clause after a noun, up to 80 characters."""
    return raw[end : min(limit, end + 80)]


def _inverted_verb(raw: str, start: int, c: Cues) -> str | None:
    """ "…,” testified a mother": a finite reporting verb right after a closing quote mark."""
    if not re.search(r"[”\"»’],?\s*\w+\s+$", raw[max(0, start - 24) : start]):
        return None
    verb = _verb_before(raw, start, c)
    return None if verb is None or raw[:start].rstrip().endswith("ing") else verb


def _inside_quote(raw: str, pstart: int, pos: int) -> bool:
    """True when ``pos`` is inside an open curly, angle or straight double quote of its paragraph."""
    before = raw[pstart:pos]
    return before.count("“") + before.count("«") > before.count("”") + before.count("»") or before.count('"') % 2 == 1


_DETERMINER = re.compile(r"\b(?:a|an|one|another|the|some|several|two|three|many|other)\s", re.IGNORECASE)


def _phrase_start(raw: str, m: re.Match[str]) -> int:
    """Where an unnamed source's phrase starts: at its last determiner, if any.

    The pattern lets any lowercase word modify the noun, so in "… testified a
    mother" the verb would open the phrase; the determiner is the real start.
    """
    starts = [d.start() for d in _DETERMINER.finditer(raw, m.start("phrase"), m.start("noun"))]
    return starts[-1] if starts else m.start("phrase")


def _anon_found(raw: str, m: re.Match[str]) -> Found | None:
    s, e = _phrase_start(raw, m), m.end()
    e -= len(raw[s:e]) - len(raw[s:e].rstrip(".,;: "))  # "residents of the block." ends before the full stop
    if m.group("qual") and re.match(r"(?:who |speaking |spoke |not )", m.group("qual")):
        e = m.end("place") if m.group("place") else m.end("noun")
    words = raw[s:e].split()
    # a determiner, or a capitalised preposition the pattern took for a name ("From circles of …")
    while words and (
        lx.fold(words[0]) in ("a", "an", "one", "another", "the", "some", "several", "two", "three", "many", "other")
        or re.fullmatch(_FUNCTION, words[0].lower())
    ):
        s = raw.index(words[0], s) + len(words[0])
        words = words[1:]
    s = _skip_space(raw, s, e)
    if s >= e:
        return None
    kind = cues().typed.get(lx.fold(m.group("noun")), "anonymous")
    if kind == "other" and m.group("qual") and _ANONYMITY.search(m.group("qual")):
        kind = "anonymous"  # "Two nurses …, who spoke on condition of anonymity": they hide, they are no vox pop
    return Found(s, e, lx.clean_name(raw[s:e]), kind)


#: A qualifier that hides the source's name, not one that places it ("close to the ministry").
_ANONYMITY = re.compile(r"anonym|not to be|name|not authori[sz]ed")


# --------------------------------------------------------------------------
# 5. documents, organisations named by a common noun, anonymity clauses


@cache
def _document_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(document phrase, cue before it, verb after it, "one reads") from source_cues.yml."""
    d = load_yaml("source_cues.yml")["documents"]
    phrase = re.compile(
        r"(?<![\w-])(?P<mods>(?:(?i:"
        + lx.alternation(d["modifiers"])
        + r")\s+){0,2})(?P<noun>(?i:"
        + lx.alternation(d["nouns"])
        + r"))(?![\w-])"
    )
    # "according to a copy of the complaint": the copy is the document's
    before = re.compile(r"(?<![\w-])(?i:" + lx.alternation(d["before"]) + r")\s+(?:(?:the|a|an)\s+)?(?:copy\s+of\s+(?:the|a|an)\s+)?$")
    after = re.compile(r"\s+(?:(?:also|already|clearly|now)\s+)?(?i:" + lx.alternation(d["after"]) + r")(?![\w-])")
    reads = re.compile(r"(?<![\w-])(?i:" + lx.alternation(d["reads"]) + r")(?![\w-])")
    return phrase, before, after, reads


#: What may follow a document that informs: punctuation, a preposition or a verb, not a noun
#: ("the ruling party") nor "said to be" (a passive: "documents said to be forged").
_DOC_NEXT = re.compile(
    r"(?:\s*[,.;:)]|\s*$|\s+(?!(?:said|says)\s+to\s)(?:[a-z]+(?:ed|s)\b|of|by|from|in|on|at|that|which|also|seen|shown|show|say))"
)


#: Whose document it is, before the verb: "Minutes of the hospital's committee, obtained by …, record".
_DOC_OWNER = r"\s+of\s+[^.;:“”\"()]{3,130}?"


#: A passive relative clause saying where a document went, before the verb: "The papers which were
#: filed in the High Court last week say" (a translation's relative for "the papers filed in").
_DOC_RELATIVE = r"\s+(?:which|that)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+[a-z]+ed\s+[^.;:“”\"(),]{3,100}?"


def _documents(raw: str, pstart: int, pend: int) -> list[tuple[Found, str]]:
    """Unsigned documents that inform: "court filings show", "citing internal
    documents", "In the ordinance of the judge …, one reads"."""
    phrase, before, after, reads = _document_patterns()
    out = []
    for m in phrase.finditer(raw, pstart, pend):
        if _inside_quote(raw, pstart, m.start()) or not _DOC_NEXT.match(raw, m.end()):
            continue  # "the ruling party", "documents said to be forged": not a document that informs
        cue = None
        if before.search(raw[max(pstart, m.start() - 30) : m.start()]):
            cue = "document"
        elif after.match(raw, m.end(), pend):
            cue = after.match(raw, m.end(), pend).group().strip().lower()  # type: ignore[union-attr]
        elif owned := re.compile(_DOC_OWNER + after.pattern).match(raw, m.end(), pend):
            cue = after.search(owned.group()).group().strip().lower()  # type: ignore[union-attr]
        elif filed := re.compile(_DOC_RELATIVE + after.pattern).match(raw, m.end(), pend):
            cue = after.search(filed.group()).group().strip().lower()  # type: ignore[union-attr]
        else:
            stop = re.search(r"[.;!?](?:\s|$)", raw[m.end() : pend])
            sentence_end = m.end() + stop.start() if stop else pend
            opener = re.search(
                r"(?:^|\s)(?:[Ii]n|[Ff]rom)\s+(?:the|a|an)\s+$",
                raw[max(pstart, m.start() - 12) : m.start("noun") if not m.group("mods") else m.start()],
            )
            if opener and reads.search(raw, m.end(), sentence_end):
                cue = "reads"
        if cue and lx.fold(m.group("noun")) in _SIGNED_DOCUMENTS and not m.group("mods") and cue in ("document", "reads"):
            continue  # "according to the report": a report is its author's unless the text says whose it is not
        if cue:
            out.append((Found(m.start(), m.end(), lx.clean_name(m.group()), "other"), cue))
    return out


#: Documents a body usually signs: a source by themselves only with a modifier ("an internal
#: report") or a verb of showing ("A report of the auditors … says"), not after "according to the".
_SIGNED_DOCUMENTS = frozenset({"report"})


@cache
def _descriptor_pattern() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    """(pattern, corporate nouns, official nouns) for organisations named by a common noun."""
    d = load_yaml("source_cues.yml")["descriptors"]
    nouns = [n for key in ("corporate", "other", "official", "resolved") for n in d.get(key, [])]
    pattern = re.compile(
        r"(?<![\w-])(?P<det>[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?P<mods>(?:[a-z][\w'’-]*\s+){0,2}?)(?P<noun>"
        + lx.alternation(nouns)
        + r")(?![\w-])"
    )
    return pattern, frozenset(lx.fold(n) for n in d["corporate"]), frozenset(lx.fold(n) for n in d["official"])


def _descriptor_orgs(raw: str, pstart: int, pend: int, ents: list[Span], c: Cues) -> list[tuple[Found, str]]:
    """ "the company said in a press release", "The pilots' union said": an
    organisation named by a common noun, followed by a reporting verb."""
    pattern, corporate, official = _descriptor_pattern()
    informing = frozenset(load_yaml("source_cues.yml")["descriptors"]["verbs"])
    orgs = [e for e in ents if e.label == "ORG"]
    out = []
    for m in pattern.finditer(raw, pstart, pend):
        verb = _verb_after(raw, m.end(), pend, c)
        if verb not in informing or _inside_quote(raw, pstart, m.start()) or _PASSIVE.match(_clause_after(raw, m.end(), pend)):
            continue  # "the union demands": a party to the story takes a stance, it does not inform
        if re.search(r"(?<![\w-])(?:of|for|at|from|by|to|with|in|on|about|against)\s+$", raw[max(0, m.start() - 9) : m.start()]):
            continue  # "the head of the company said": the head speaks
        if re.search(
            r"(?<![\w-])(?:that|which|who)\s+[a-z]+\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}$",
            raw[max(0, m.start() - 60) : m.start("noun")],
        ):
            continue  # "the cooperative that runs the airport, the engineer X, said": the object of a clause
        noun = lx.fold(m.group("noun"))
        s = m.start("mods") if m.group("det").lower() == "the" else m.start()
        phrase = raw[s : m.end()]
        named = _earlier_org(raw, orgs, m.start(), noun, corporate=noun in corporate)
        if named is None and noun in _resolved_nouns():
            continue  # "the agency said" with no public agency named before: perhaps a news agency
        if noun in _resolved_nouns() and _reported_content(raw, pstart, m.start(), c):
            continue  # "demanded that the education office discloses": what is asked, not who informs
        name = named.name if named else lx.clean_name(phrase)
        kind = "official" if noun in official else (named.type if named and named.type in ("official", "expert") else "other")
        out.append((Found(s, m.end(), name, kind, matched=named is not None), verb))
    return out


def _earlier_org(raw: str, orgs: list[Span], before: int, noun: str, *, corporate: bool) -> Found | None:
    """The organisation named earlier that a common noun stands for: for "the
    company", the last one named (not a medium); else one whose name holds
    the noun ("the health service" → Health Service Executive)."""
    for ent in reversed([e for e in orgs if e.end <= before and before - e.end < 1500]):
        f = _entity_source(raw, ent)
        if f is None or f.type in MEDIA_TYPES:
            continue
        if (corporate and f.type not in ("official", "expert")) or noun in lx.fold(f.name):
            return f  # "the laboratory" is a company named before, not the WHO named in between
    return None


@cache
def _anonymity_pattern() -> re.Pattern[str]:
    quals = [q for q in load_yaml("source_cues.yml")["anonymous"]["qualifiers"] if re.search(r"anonym|not to be|name", q)]
    return re.compile(r"(?:" + "|".join(quals) + r")")


#: An indefinite noun phrase that an anonymity clause may follow ("A clerk of the court, who …").
_INDEFINITE = re.compile(
    r"(?<![\w-])(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:of\s+(?:the|its|their)\s+)?(?P<np>(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]{2,}))"
    r"(?P<place>\s+(?:of|at|from|in|for|with)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*|[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})"
    r"(?:\s+(?:for\s+the\s+|of\s+the\s+)?[A-Z][\w'’.-]*)*)?"
    r"(?=\s*,|\s+who\b)"
)


def _anonymity_clauses(raw: str, pstart: int, pend: int, c: Cues) -> list[tuple[Found, str]]:
    """ "A clerk of the court, who asked not to be named, told …": the indefinite
    phrase before an anonymity clause is an unnamed source when a reporting
    verb follows the clause, whatever its noun."""
    out = []
    for q in _anonymity_pattern().finditer(raw, pstart, pend):
        # the clause may give a reason before its comma ("who asked not to be named because staff
        # were told not to speak to the press, said"), or run into the verb with none ("who did not
        # want to give his name told to the site")
        comma = re.match(r"[^.;:!?“”\"]{0,90}?,", raw[q.end() : pend])
        if not (comma and _verb_after(raw, q.end() + comma.end() - 1, pend, c)) and not _verb_after(raw, q.end(), pend, c):
            continue
        start = max((m.end() for m in re.finditer(r"[.;!?]\s", raw[pstart : q.start()])), default=0) + pstart
        np = None
        for m in _INDEFINITE.finditer(raw, start, q.start() + 4):  # the lookahead sees "who"
            if not any(re.fullmatch(_FUNCTION, w) for w in m.group("np").split()):
                np = m
        if np is None:
            continue
        noun = lx.fold(np.group("noun"))
        e = np.end("place") if np.group("place") else np.end("np")
        out.append((Found(np.start("np"), e, lx.clean_name(raw[np.start("np") : e]), c.typed.get(noun, "anonymous")), "unnamed"))
    return out
