"""Site-wide index pages: people, organisations and sources across outlets.

One index page per kind, and the people's quotes on one page per initial
of the name they are called by (``people/l/#maria-lopez``: every quote of
that person in every article). A page per person cost a whole page frame (~15 KB) for a few lines,
and a corpus names about as many people as it has articles; a page per letter
keeps the site linear in the corpus and no page near 1 MB at thousands of
articles.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import jinja2

from ..ingest import slugify
from ..model import ArticleAnalysis
from . import speaker_class

#: Links listed per organisation or source on the index pages; the rest are
#: counted, so the pages stay small however large the corpus (every mention
#: is still marked on its article page).
INDEX_LINKS = 20
#: Rows an organisations or sources index holds on one page; a longer list is
#: split into one page per initial, and the index keeps the most cited rows.
INDEX_ROWS = 200
#: Rows the index of a split list keeps (the most cited).
TOP_ROWS = 40


def _unique_slug(name: str, taken: dict[str, str]) -> str:
    base = slugify(name)
    slug = base
    n = 2
    while slug in taken and taken[slug] != name:
        slug = f"{base}-{n}"
        n += 1
    taken[slug] = name
    return slug


def letter_of(slug: str) -> str:
    """The people page a person is on: the first letter of their slug, or ``0-9`` for anything else."""
    first = slug[:1]
    return first if "a" <= first <= "z" else "0-9"


def _last_word(name: str) -> str:
    words = name.split()
    return words[-1] if words else name


def family_names(analyses: list[ArticleAnalysis], same: dict[str, str]) -> dict[str, str]:
    """Person → the word of their name the corpus uses alone most often.

    Readers look people up by the name they are called by, which is not
    always the last word ("Moon Jae-in" is "Moon"): the index is sorted and
    split by it. ``same`` maps spelling variants to one name.
    """
    from . import short_names

    votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for a in analyses:
        for name, word in short_names(a.layer("entities"), a.article.raw).items():
            votes[same.get(name, name)][word] += 1
    return {name: max(sorted(seen), key=lambda w: seen[w]) for name, seen in votes.items()}


def collect(analyses: list[ArticleAnalysis], pages: dict[str, str]) -> dict[str, Any]:
    """People (with their quotes), organisations and sources, across articles."""
    from ..annotate._people import canonical_across

    # One name per person across outlets ("Lucia Ferrando" = "Lucía Ferrando").
    names = {e.attrs.get("canonical") or e.text(a.article.raw) for a in analyses for e in a.layer("entities") if e.label == "PERSON"}
    names |= {q.attrs["speaker"] for a in analyses for q in a.layer("quotes") if q.attrs.get("speaker")}
    same = canonical_across(names)
    people: dict[str, dict[str, Any]] = {}
    orgs: dict[str, dict[str, Any]] = {}
    sources: dict[tuple[str, str], dict[str, Any]] = {}
    for a in sorted(analyses, key=lambda x: x.article.id):
        art = a.article
        ref = {"article": art.id, "outlet": art.meta.outlet or art.id, "title": art.meta.title, "page": pages[art.id]}
        for e in a.layer("entities"):
            name = e.attrs.get("canonical") or e.text(art.raw)
            if e.label == "PERSON":
                name = same.get(name, name)
            p = a.passage_at(e.start)
            target = people if e.label == "PERSON" else orgs if e.label == "ORG" else None
            if target is None:
                continue
            entry = target.setdefault(name, {"name": name, "mentions": defaultdict(list), "quotes": []})
            entry["mentions"][art.id].append(p.id if p else "")
        for q in a.layer("quotes"):
            speaker = q.attrs.get("speaker")
            if not speaker:
                continue
            speaker = same.get(speaker, speaker)
            p = a.passage_at(q.start)
            entry = people.setdefault(speaker, {"name": speaker, "mentions": defaultdict(list), "quotes": []})
            entry["quotes"].append({**ref, "text": q.text(art.raw), "passage": p.id if p else ""})
        for s in a.layer("sources"):
            name = s.attrs.get("name") or s.text(art.raw)
            key = (name, s.attrs.get("type") or "other")
            p = a.passage_at(s.start)
            entry = sources.setdefault(key, {"name": name, "type": key[1], "uses": []})
            entry["uses"].append({**ref, "text": s.text(art.raw), "passage": p.id if p else ""})
    family = family_names(analyses, same)
    taken: dict[str, str] = {}
    people_rows = []
    for name in sorted(people, key=lambda n: (family.get(n, _last_word(n)).casefold(), n.casefold())):
        e = people[name]
        people_rows.append(
            {
                "name": name,
                "slug": _unique_slug(name, taken),
                "letter": letter_of(slugify(family.get(name, _last_word(name)))),
                "articles": len(set(e["mentions"]) | {q["article"] for q in e["quotes"]}),
                "mentions": sum(len(v) for v in e["mentions"].values()),
                "quotes": e["quotes"],
                # the colour this person's quotes have on every other page
                "cls": speaker_class(name),
            }
        )
    org_rows = [
        {
            "name": n,
            "articles": len(orgs[n]["mentions"]),
            "mentions": sum(len(v) for v in orgs[n]["mentions"].values()),
            "by_article": dict(orgs[n]["mentions"]),
        }
        for n in sorted(orgs, key=str.casefold)
    ]
    source_rows = [sources[k] for k in sorted(sources, key=lambda k: (k[1], k[0].casefold()))]
    return {"people": people_rows, "organisations": org_rows, "sources": source_rows}


def _paged(env: jinja2.Environment, kind: str, rows: list[dict[str, Any]], weight: str, context: dict[str, Any]) -> dict[str, str]:
    """``<kind>/index.md``, split into ``<kind>/<initial>.md`` pages when the list is long.

    The split index lists the initials and the :data:`TOP_ROWS` most cited rows.
    """
    template = env.get_template(f"{kind}_index.md.j2")
    if len(rows) <= INDEX_ROWS:
        return {f"{kind}/index.md": template.render(rows=rows, letters=[], letter=None, top=False, root="../", **context)}
    by_letter: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_letter[letter_of(slugify(row["name"]))].append(row)
    letters = sorted(by_letter)
    top = sorted(rows, key=lambda r: -_weight(r, weight))[:TOP_ROWS]
    out = {f"{kind}/index.md": template.render(rows=top, letters=letters, letter=None, top=True, root="../", **context)}
    for letter in letters:
        out[f"{kind}/{letter}.md"] = template.render(
            rows=by_letter[letter], letters=letters, letter=letter, top=False, root="../../", **context
        )
    return out


def _weight(row: dict[str, Any], weight: str) -> int:
    value = row[weight]
    return len(value) if isinstance(value, list) else int(value)


def render_indexes(env: jinja2.Environment, analyses: list[ArticleAnalysis], pages: dict[str, str]) -> dict[str, str]:
    data = collect(analyses, pages)
    titles = {a.article.id: a.article.meta.outlet or a.article.id for a in analyses}
    out = {
        "people/index.md": env.get_template("people_index.md.j2").render(
            people=data["people"], letters=sorted({p["letter"] for p in data["people"]}), root="../"
        ),
    }
    out.update(_paged(env, "organisations", data["organisations"], "mentions", {"pages": pages, "outlets": titles, "limit": INDEX_LINKS}))
    out.update(_paged(env, "sources", data["sources"], "uses", {"limit": INDEX_LINKS}))
    by_letter: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for person in data["people"]:
        by_letter[person["letter"]].append(person)
    letters = sorted(by_letter)
    for letter in letters:
        out[f"people/{letter}.md"] = env.get_template("people_letter.md.j2").render(
            letter=letter, people=by_letter[letter], letters=letters, root="../../"
        )
    return out
