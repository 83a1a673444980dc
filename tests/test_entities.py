"""Entities layer: labels, canonical names, descriptors resolved to people.

Tables of invented news sentences (other events than the seeds) → spans that
must be found (surface text, label, canonical) and spans that must not be.
The lexicon helpers in ``annotate/_people.py`` are tested on plain strings.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from parallax import nlp
from parallax.annotate import Context, _people, entities
from parallax.ingest import ingest_file
from parallax.model import Article, Metadata, Span
from parallax.segment import segment

ROOT = Path(__file__).resolve().parents[1]


def annotate_text(text: str, *, published: str | None = None) -> tuple[str, list[Span]]:
    """Entity spans of a text whose blank-line separated paragraphs are body."""
    blocks, pos = [], 0
    for part in text.split("\n\n"):
        blocks.append(Span(pos, pos + len(part), "body"))
        pos += len(part) + 2
    article = Article(id="t", source="t.txt", raw=text, meta=Metadata(title="t", published=published), blocks=blocks)
    chunks = nlp.parse(text, [(b.start, b.end) for b in blocks])
    ctx = Context(article, segment(article, chunks), chunks)
    return text, entities.find(ctx)


def found(text: str, *, published: str | None = None) -> list[tuple[str, str, str | None, str | None]]:
    raw, spans = annotate_text(text, published=published)
    return [(s.text(raw), s.label, s.attrs.get("canonical"), s.attrs.get("mention")) for s in spans]


def assert_labels(text: str, present: list[tuple[str, str]], absent: list[tuple[str, str]]) -> None:
    """The table tests' check: every (text, label) of ``present`` among the mentions, none of ``absent``."""
    pairs = {(t, label) for t, label, _, _ in found(text)}
    for item in present:
        assert item in pairs, f"{item} not in {pairs}"
    for item in absent:
        assert item not in pairs, f"{item} wrongly found in {pairs}"


# (text, published, expected spans (surface, label, canonical, mention)). Each
# expected span must be present; other spans may be too.
CASES = [
    pytest.param(
        "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Tuesday. "
        "Scholz said the talks had been useful, and the French president agreed.",
        None,
        [
            ("Olaf Scholz", "PERSON", "Olaf Scholz", "name"),
            ("Emmanuel Macron", "PERSON", "Emmanuel Macron", "name"),
            ("Scholz", "PERSON", "Olaf Scholz", "name"),
            ("French president", "PERSON", "Emmanuel Macron", "descriptor"),
            ("Paris", "PLACE", "Paris", "name"),
            ("Tuesday", "DATE", "Tuesday", None),
        ],
        id="apposition-then-descriptor",
    ),
    pytest.param(
        "Zelenskyy thanked the donors at the conference in Lugano.",
        None,
        [("Zelenskyy", "PERSON", "Volodymyr Zelensky", "name")],
        id="spelling-variant-to-lexicon-name",
    ),
    pytest.param(
        "President Lula visited the car factory in São Bernardo, where Lula spoke to workers for twenty minutes.",
        None,
        [("Lula", "PERSON", "Luiz Inácio Lula da Silva", "name"), ("twenty minutes", "TIME", "twenty minutes", None)],
        id="short-name-and-title",
    ),
    pytest.param(
        "The Kremlin leader spoke for forty minutes about the harvest.",
        "2024-03-01",
        [("Kremlin leader", "PERSON", "Vladimir Putin", "descriptor")],
        id="dated-lexicon",
    ),
    pytest.param(
        "The Russian president opened the new bridge over the Amur.",
        "2010-06-01",
        [("Russian president", "PERSON", "Dmitry Medvedev", "descriptor")],
        id="dated-lexicon-earlier-holder",
    ),
    pytest.param(
        "Delegates of the World Trade Organization (WTO) met in Geneva. The WTO said the dispute would be settled by March.",
        None,
        [
            ("World Trade Organization", "ORG", "World Trade Organization", "name"),
            ("WTO", "ORG", "World Trade Organization", "name"),
            ("Geneva", "PLACE", "Geneva", "name"),
        ],
        id="org-without-the-and-acronym",
    ),
    pytest.param(
        "Members of the Nordic Energy Forum (NEF) gathered in Oslo on Monday. The NEF will publish its report next autumn.",
        None,
        [
            ("Nordic Energy Forum", "ORG", "Nordic Energy Forum", "name"),
            ("NEF", "ORG", "Nordic Energy Forum", "name"),
            ("next autumn", "DATE", "next autumn", None),
        ],
        id="acronym-defined-in-article",
    ),
    pytest.param(
        "The talks were chaired by the Secretary-General of the Arctic Council, Maria Lindqvist. "
        "The secretary-general later said the region needed more ice-breakers.",
        None,
        [("Maria Lindqvist", "PERSON", "Maria Lindqvist", "name"), ("secretary-general", "PERSON", "Maria Lindqvist", "descriptor")],
        id="comma-apposition-before-name",
    ),
    pytest.param(
        "Spanish Prime Minister Pedro Sánchez said the budget would pass. Sánchez also met his Portuguese counterpart "
        "Luís Montenegro, and the two leaders discussed water. His counterpart promised new dams.",
        None,
        [
            ("Pedro Sánchez", "PERSON", "Pedro Sánchez", "name"),
            ("Sánchez", "PERSON", "Pedro Sánchez", "name"),
            ("Luís Montenegro", "PERSON", "Luís Montenegro", "name"),
            ("counterpart", "PERSON", "Luís Montenegro", "descriptor"),
        ],
        id="counterpart",
    ),
    pytest.param(
        "Rescue teams reached the miners, Chile’s Mining Minister Carla Rojas said. The minister added that two men were hurt.",
        None,
        [("Carla Rojas", "PERSON", "Carla Rojas", "name"), ("minister", "PERSON", "Carla Rojas", "descriptor")],
        id="bare-role-word",
    ),
    pytest.param(
        "The company, Baltic Timber, rejected the claim. Its chief executive, Oskar Lind, said every report was acted on. "
        "Lind later resigned.",
        None,
        [
            ("Baltic Timber", "ORG", "Baltic Timber", "name"),
            ("Oskar Lind", "PERSON", "Oskar Lind", "name"),
            ("Lind", "PERSON", "Oskar Lind", "name"),
        ],
        id="surname-after-full-name",
    ),
    pytest.param(
        "The ministers met at the headquarters of the North Atlantic Treaty Organization and the Group of 20 in Brussels.",
        None,
        [("North Atlantic Treaty Organization", "ORG", "NATO", "name"), ("Group of 20", "ORG", "Group of 20", "name")],
        id="org-lexicon-canonical",
    ),
    pytest.param(
        "Presidents Putin and Xi signed the declaration, while Macron Scholz and Meloni watched.",
        None,
        [
            ("Macron", "PERSON", "Emmanuel Macron", "name"),
            ("Scholz", "PERSON", "Olaf Scholz", "name"),
            ("Meloni", "PERSON", "Giorgia Meloni", "name"),
            ("Xi", "PERSON", "Xi Jinping", "name"),
        ],
        id="merged-people-split",
    ),
    pytest.param(
        "The meeting lasted only twenty minutes and will resume next autumn, with 300 delegates.",
        None,
        [
            ("twenty minutes", "TIME", "twenty minutes", None),
            ("next autumn", "DATE", "next autumn", None),
            ("300", "QUANTITY", "300", None),
        ],
        id="times-and-quantities",
    ),
    pytest.param(
        "The chief curator of the City Museum, Lars Holmgren, resigned on Friday. The 61-year-old gave no reason.",
        None,
        [("The 61-year-old", "PERSON", "Lars Holmgren", "descriptor")],
        id="age-as-descriptor",
    ),
    pytest.param(
        "The chief conductor, Karl Brandauer, resigned on Friday.\n\n"
        "In the interview with the newspaper Brandauer explained his decision in detail.",
        None,
        [("Brandauer", "PERSON", "Karl Brandauer", "name")],
        id="surname-after-an-organisation-noun",
    ),
    pytest.param(
        "Ana Ruiz and Marta Vidal met on Monday. Vidal said the talks had failed.",
        None,
        [("Marta Vidal", "PERSON", "Marta Vidal", "name"), ("Vidal", "PERSON", "Marta Vidal", "name")],
        id="given-name-first-is-a-person",
    ),
    pytest.param(
        "Detective Superintendent Aoife Brennan, who led the investigation, told reporters that it began with one email.",
        None,
        [("Aoife Brennan", "PERSON", "Aoife Brennan", "name")],
        id="given-name-run-after-a-title",
    ),
    pytest.param(
        "The Institute of Volcanology (INGV) raised the alert. “It is intense”, explained the volcanologist of the INGV Stefania Lo Giudice.",
        None,
        [("Stefania Lo Giudice", "PERSON", "Stefania Lo Giudice", "name")],
        id="organisation-span-running-into-a-name",
    ),
]


CASES += [
    pytest.param(
        "The vice-minister of transport, Ivo Marek, opened the road. The vice-minister said it cost 12 million.",
        None,
        [("vice-minister", "PERSON", "Ivo Marek", "descriptor")],
        id="hyphenated-title-resolves",
    ),
    # MT's "the chairman of the … organization <Name>": the title's holder, not an organisation
    pytest.param(
        "The chairman of the local union organization Tomas Novak answered the questions of the reporters.",
        None,
        [("Tomas Novak", "PERSON", "Tomas Novak", "name")],
        id="title-of-org-noun-then-person",
    ),
    # a rank in capitals before a full name is no part of it
    pytest.param(
        "Meanwhile the Head of Public Relations of Bogor Police, AKP Budi Santoso, said his party had examined five witnesses.",
        None,
        [("Budi Santoso", "PERSON", "Budi Santoso", "name")],
        id="rank-acronym-before-name",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_entities_found(text: str, published: str | None, expected: list[tuple[str, str, str, str | None]]) -> None:
    got = found(text, published=published)
    for item in expected:
        assert item in got, f"{item} not in {got}"


# (text, published, (surface, label) pairs that must NOT be emitted).
NEGATIVE = [
    pytest.param("it was raining all along the coast and nobody came to the market.", None, [], id="nothing"),
    pytest.param("The president said the bridge would open soon.", None, [("president", "PERSON")], id="unresolved-bare-title"),
    pytest.param("The Kremlin leader spoke about the harvest.", None, [("Kremlin leader", "PERSON")], id="no-date-holder-not-named"),
    pytest.param("The former Russian president opened a museum in Perm.", "2024-01-10", [("Russian president", "PERSON")], id="former"),
    pytest.param(
        "The mayor Konstantinos Papadakis accepted the resignation. Later the deputy mayor confirmed she stays in the council.",
        None,
        [("the deputy mayor", "PERSON"), ("deputy mayor", "PERSON"), ("mayor", "PERSON")],
        id="deputy-is-not-the-mayor",
    ),
    pytest.param(
        "Both leaders vowed to deepen cooperation, the two presidents said.",
        None,
        [("leaders", "PERSON"), ("presidents", "PERSON")],
        id="plural",
    ),
    pytest.param(
        "“We will rebuild the bridge togetherhe said, smiling.", None, [("togetherhe", "ORG"), ("togetherhe", "PERSON")], id="glued-words"
    ),
    pytest.param("The ship sailed over the Amur at dawn.", None, [("Amur", "PERSON")], id="the-before-single-name"),
    pytest.param(
        "Dockers blocked the port of Valencia on Monday. “Valencia lives from its port,” said the mayor, Amparo Soler. "
        "Ships waiting off Valencia were diverted.",
        None,
        [("Valencia", "PERSON")],
        id="one-label-per-name-context-wins",
    ),
    pytest.param(
        "The ferry left from Victoria Harbour Terminal and the Maria Theresa Foundation paid for the tickets.",
        None,
        [
            ("Victoria Harbour Terminal", "PERSON"),
            ("Victoria Harbour", "PERSON"),
            ("Maria Theresa Foundation", "PERSON"),
            ("Maria Theresa", "PERSON"),
        ],
        id="given-name-inside-an-organisation-or-place",
    ),
]


@pytest.mark.parametrize(("text", "published", "absent"), NEGATIVE)
def test_entities_not_found(text: str, published: str | None, absent: list[tuple[str, str]]) -> None:
    got = found(text, published=published)
    pairs = {(t, label) for t, label, _, _ in got}
    for item in absent:
        assert item not in pairs, f"{item} wrongly found in {got}"
    if not absent:
        assert not [g for g in got if g[1] in ("PERSON", "ORG")]


def test_headline_name_makes_the_lexicon_safe(tmp_path: Path) -> None:
    path = tmp_path / "floods.txt"
    path.write_text("Merz promises help after floods\n\nThe German chancellor travelled to Passau on Sunday.\n", encoding="utf-8")
    article, _ = ingest_file(path, source="floods.txt", slug="floods")
    assert article is not None and article.blocks[0].label == "title"
    chunks = nlp.parse(article.raw, [(b.start, b.end) for b in article.blocks if b.label == "body"])
    spans = entities.find(Context(article, segment(article, chunks), chunks))
    got = {(s.text(article.raw), s.attrs.get("canonical"), s.attrs.get("resolved_by")) for s in spans if s.label == "PERSON"}
    assert got == {("German chancellor", "Friedrich Merz", "lexicon")}


def test_spans_are_exact_raw_text_and_resolved_by_is_said() -> None:
    raw, spans = annotate_text("Kremlin spokesman Dmitry Peskov said the Russian president was busy.", published="2023-05-02")
    assert all(raw[s.start : s.end] == s.text(raw) and raw[s.start].strip() and raw[s.end - 1].strip() for s in spans)
    people = {s.text(raw): s.attrs for s in spans if s.label == "PERSON"}
    assert people["Dmitry Peskov"]["role"] == "Kremlin spokesperson"
    assert people["Russian president"] == {
        "canonical": "Vladimir Putin",
        "mention": "descriptor",
        "resolved_by": "lexicon",
        "role": "President of Russia",
    }


# --------------------------------------------------------------------------
# lexicon helpers on plain strings


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("the head of the Kremlin", "President of Russia"),
        ("the head of the Planalto", "President of Brazil"),
        ("the occupant of the White House", "President of the United States"),
        ("the tenant of Downing Street", None),
        ("the host of the Élysée", "President of France"),
        ("the master of the Moncloa", "Prime Minister of Spain"),
        ("White House chief", None),
        ("Chinese head of state", "President of China"),
        ("Russia's president", "President of Russia"),
        ("Kremlin spokesman", "Kremlin spokesperson"),
        ("UN secretary-general", "Secretary-General of the United Nations"),
        ("German chancellor", "Chancellor of Germany"),
        ("British prime minister", "Prime Minister of the United Kingdom"),
        ("US secretary of state", "US Secretary of State"),
        ("the ally", None),
        ("president", None),
    ],
)
def test_office_for(phrase: str, role: str | None) -> None:
    office = _people.office_for(phrase)
    assert (office.role if office else None) == role


@pytest.mark.parametrize(
    ("date", "named", "holder"),
    [
        ("2010-06-01", set(), "Dmitry Medvedev"),
        ("2015-01-01", set(), "Vladimir Putin"),
        ("1990-01-01", set(), None),
        (None, set(), None),  # no date and nobody named: not safe
        (None, {"Vladimir Putin"}, "Vladimir Putin"),
        ("2099-01-01", set(), None),  # after the lexicon's as_of date
        ("2099-01-01", {"Vladimir Putin"}, "Vladimir Putin"),
    ],
)
def test_holder_is_dated(date: str | None, named: set[str], holder: str | None) -> None:
    office = _people.office_for("Russian president")
    assert office is not None
    assert _people.holder(office, date=date, named=named) == holder


@pytest.mark.parametrize(
    ("form", "canonical"),
    [
        ("Putin", "Vladimir Putin"),
        ("Xi", "Xi Jinping"),
        ("Zelenskiy", "Volodymyr Zelensky"),
        ("Erdogan", "Recep Tayyip Erdoğan"),
        ("Montenegro", None),
        ("Smith", None),
    ],
)
def test_known_person(form: str, canonical: str | None) -> None:
    assert _people.known_person(form) == canonical


@pytest.mark.parametrize(
    ("role", "cls"),
    [
        ("President of Russia", "principal"),
        ("French president", "principal"),
        ("Kremlin spokesperson", "official"),
        ("spokeswoman for the city police", "official"),
        ("president of the farmers' union", None),
        ("director of the Asia programme at the Lowy think tank", "expert"),
        ("economist at the Warsaw Institute of Agriculture", "expert"),
        ("director general of the statistics agency", "official"),
        ("vice-minister of state assets", "official"),
        (None, None),
    ],
)
def test_role_class(role: str | None, cls: str | None) -> None:
    assert _people.role_class(role) == cls


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ria Novosti", "RIA Novosti"),
        ("the Guardian", "The Guardian"),
        ("WHO", "World Health Organization"),
        ("who", None),
        ("times", None),
        ("Tass", "TASS"),
        # a word-for-word translation with a word of the news in it denotes the outlet …
        ("Hungarian Telegraph Office", "MTI"),
        ("Newspaper of the Editors", "Efimerida ton Syntakton"),
        # … one of everyday words alone does not ("Middle East" is a region first)
        ("Middle East", None),
        ("People's Voice", None),
    ],
)
def test_known_org(text: str, name: str | None) -> None:
    org = _people.known_org(text)
    assert (org.name if org else None) == name


# --------------------------------------------------------------------------
# seeds: key facts


def seed_entities(name: str) -> tuple[str, list[Span]]:
    path = next((ROOT / "seeds").glob(f"{name}*.txt"))
    article, _ = ingest_file(path, source=str(path), slug="s")
    assert article is not None
    body = [(b.start, b.end) for b in article.blocks if b.label == "body"]
    chunks = nlp.parse(article.raw, body)
    ctx = Context(article, segment(article, chunks), chunks)
    return article.raw, entities.find(ctx)


def test_seed_fatto_key_facts() -> None:
    raw, spans = seed_entities("000")
    got = {(s.text(raw), s.label, s.attrs.get("canonical")) for s in spans}
    assert ("head of the Kremlin", "PERSON", "Vladimir Putin") in got
    assert ("Russian president", "PERSON", "Vladimir Putin") in got
    assert ("Shanghai Cooperation Organization", "ORG", "Shanghai Cooperation Organization") in got
    assert ("Ria Novosti", "ORG", "RIA Novosti") in got
    assert ("next spring", "DATE", "next spring") in got
    people = {s.attrs["canonical"] for s in spans if s.label == "PERSON"}
    assert people == {"Vladimir Putin", "Xi Jinping"}
    assert not any(s.text(raw) == "personhe" for s in spans)


def test_seed_observador_key_facts() -> None:
    raw, spans = seed_entities("002")
    got = {(s.text(raw), s.label, s.attrs.get("canonical")) for s in spans}
    for item in [
        ("Vladimir Putin", "PERSON", "Vladimir Putin"),
        ("counterpart", "PERSON", "Xi Jinping"),
        ("Chinese head of state", "PERSON", "Xi Jinping"),
        ("Russian leader", "PERSON", "Vladimir Putin"),
        ("Dmitry Peskov", "PERSON", "Dmitry Peskov"),
        ("Yun Sun", "PERSON", "Yun Sun"),
        ("Reuters", "ORG", "Reuters"),
        ("eight minutes", "TIME", "eight minutes"),
    ]:
        assert item in got, item
    people = {s.attrs["canonical"] for s in spans if s.label == "PERSON"}
    assert people == {"Vladimir Putin", "Xi Jinping", "Dmitry Peskov", "Yun Sun"}


def test_canonical_across_articles() -> None:
    names = {"Lucía Ferrando", "Lucia Ferrando", "Ferrando", "Sun", "Yun Sun", "Kim", "Kim Jong Un", "Kim Yo Jong", "Lula"}
    got = _people.canonical_across(names)
    assert got["Ferrando"] == "Lucía Ferrando"
    assert got["Lucia Ferrando"] == "Lucía Ferrando"
    assert got["Sun"] == "Yun Sun"
    assert got["Kim"] == "Kim"  # two people could be meant: left alone
    assert got["Lula"] == "Lula"
    assert got["Yun Sun"] == "Yun Sun"


@pytest.mark.parametrize(
    ("published", "role"), [("2023-06-01", "Chancellor of Germany"), (None, "Chancellor of Germany"), ("2019-01-01", None)]
)
def test_role_of_a_known_person_follows_the_date(published: str | None, role: str | None) -> None:
    raw, spans = annotate_text("Olaf Scholz spoke to reporters in Hamburg.", published=published)
    scholz = next(s for s in spans if s.text(raw) == "Olaf Scholz")
    assert scholz.attrs.get("role") == role


FIXTURES = ROOT / "tests" / "fixtures" / "entities"


@pytest.mark.parametrize("name", sorted(p.stem for p in FIXTURES.glob("*.yml")))
def test_entity_fixture(name: str) -> None:
    """Invented texts with expected institution and place spans (``tests/fixtures/entities``)."""
    spec = yaml.safe_load((FIXTURES / f"{name}.yml").read_text(encoding="utf-8"))
    raw = (FIXTURES / spec["source"]).read_text(encoding="utf-8").rstrip("\n")
    _, spans = annotate_text(raw)
    pairs = {(s.text(raw), s.label) for s in spans}
    for item in spec["entities"]:
        assert (item["text"], item["label"]) in pairs, f"{item} not in {sorted(pairs)}"
    for item in spec.get("absent", []):
        assert (item["text"], item["label"]) not in pairs, f"{item} wrongly found"


# Organisation heads: (text, (surface, label) that must be found, (surface, label) that must not).
HEADED = [
    pytest.param(
        "Researchers at Lakeside University and the Hartmann Foundation published the study.",
        [("Lakeside University", "ORG"), ("Hartmann Foundation", "ORG")],
        [],
        id="name-then-head",
    ),
    pytest.param(
        "Red Crescent Society of Iran said tents had been sent.",
        [("Red Crescent Society of Iran", "ORG")],
        [("Iran", "PLACE")],
        id="head-with-of-tail",
    ),
    pytest.param(
        "The Council met on Monday. The Party said nothing.",
        [],
        [("Council", "ORG"), ("Party", "ORG"), ("The Council", "ORG")],
        id="head-alone-is-no-name",
    ),
    pytest.param(
        "He met the Ministry of Health Minister Ana Ruiz in Lima.",
        [("Ana Ruiz", "PERSON")],
        [("Ministry of Health Minister Ana Ruiz", "ORG"), ("Ministry of Health Minister", "ORG")],
        id="tail-stops-before-a-title",
    ),
    pytest.param(
        "Rescuers reached the miners, Chile’s Mining Minister Tomás Vera said.",
        [("Chile", "PLACE"), ("Tomás Vera", "PERSON")],
        [],
        id="owner-of-a-state-title-is-a-place",
    ),
    pytest.param(
        "Acme’s chief executive Dana Holt resigned.",
        [("Dana Holt", "PERSON")],
        [("Acme", "PLACE")],
        id="owner-of-a-company-title-is-no-place",
    ),
    pytest.param(
        "The pact between the Armed Forces of Ukraine and Poland was signed, and the Court of Justice of the European Union ruled.",
        [("Armed Forces", "ORG"), ("Ukraine", "PLACE"), ("Court of Justice", "ORG"), ("European Union", "ORG")],
        [("Armed Forces of Ukraine", "ORG")],
        id="known-org-or-country-tail-is-its-own-mention",
    ),
    pytest.param(
        "The Central Bank of Chile held rates.",
        [("Central Bank of Chile", "ORG")],
        [("Chile", "PLACE")],
        id="country-after-an-organisation-head-stays",
    ),
    pytest.param(
        "The Ministerio de Sanidad and the Fundación Ideas para la Paz disagreed; Transparencia Internacional called it alarming.",
        [("Ministerio de Sanidad", "ORG"), ("Fundación Ideas para la Paz", "ORG"), ("Transparencia Internacional", "ORG")],
        [("Transparencia Internacional", "PERSON"), ("Paz", "PERSON")],
        id="untranslated-institutions",
    ),
    pytest.param(
        "Lawyers of the NGO Memorial and Médecins Sans Frontières complained.",
        [("Memorial", "ORG"), ("Médecins Sans Frontières", "ORG")],
        [("NGO Memorial", "PERSON")],
        id="noun-in-capitals-and-closing-head",
    ),
    pytest.param(
        "Amnesty International and Human Rights Watch condemned the verdict, as did the Institute of Geography and Statistics.",
        [("Amnesty International", "ORG"), ("Human Rights Watch", "ORG"), ("Institute of Geography and Statistics", "ORG")],
        [("Amnesty International and Human Rights Watch", "ORG")],
        id="two-organisations-joined-by-and",
    ),
    pytest.param(
        "The cooperative Lacteos Andinos stopped deliveries. Lacteos Andinos said milk prices had collapsed.",
        [("Lacteos Andinos", "ORG")],
        [("Lacteos Andinos", "PERSON")],
        id="organisation-once-is-organisation-again",
    ),
    # one-word organisations without a clue word: "which", a spokesperson, speaking
    pytest.param(
        "Verdana, which runs twelve clinics, was more cautious. A spokeswoman for Verdana said the clinics stay open.",
        [("Verdana", "ORG")],
        [("Verdana", "PERSON"), ("Verdana", "PLACE")],
        id="one-word-organisation-which-and-spokeswoman",
    ),
    pytest.param(
        "Greenwatch said the river was polluted. “The fish are dying,” Greenwatch said in a statement.",
        [("Greenwatch", "ORG")],
        [("Greenwatch", "PERSON")],
        id="one-word-organisation-speaks",
    ),
    pytest.param(
        "Tomas Lindqvist met the unions. Lindqvist said the reform would pass.",
        [("Lindqvist", "PERSON")],
        [("Lindqvist", "ORG")],
        id="a-surname-that-speaks-stays-a-person",
    ),
    # places listed with a place are places
    pytest.param(
        "Schools stayed shut in Tarnow, Belvik, ostra and Kalmo on Monday.",
        [("Tarnow", "PLACE"), ("Belvik", "PLACE"), ("Kalmo", "PLACE")],
        [("Belvik", "ORG"), ("Kalmo", "ORG"), ("Belvik", "PERSON"), ("Kalmo", "PERSON")],
        id="listed-places",
    ),
    # spaCy runs over a comma or a full stop
    pytest.param(
        "The mayor of Velona, Andros Pelekis, blamed the ministry.",
        [("Andros Pelekis", "PERSON")],
        [("Velona, Andros Pelekis", "ORG"), ("Velona, Andros Pelekis", "PLACE")],
        id="place-then-office-holder",
    ),
    pytest.param(
        "He told the broadcaster KTV. Pelekis denied it.",
        [("KTV", "ORG")],
        [("KTV. Pelekis", "ORG")],
        id="organisation-ends-at-a-full-stop",
    ),
    pytest.param(
        "The members of the Deportivo de Almara voted for the sale.",
        [("Deportivo de Almara", "ORG")],
        [("Almara", "PERSON")],
        id="club-named-in-its-own-language",
    ),
    pytest.param(
        "The treaty was signed by Ghana’s Minister of Roads and Transport, Kofi-Ade Mensal.",
        [("Kofi-Ade Mensal", "PERSON")],
        [("Kofi-Ade Mensal", "ORG")],
        id="title-with-portfolios-joined-by-and",
    ),
    pytest.param(
        "Ghana’s National Disaster Agency said 40 villages were flooded, and Togo and Benin sent boats.",
        [("Ghana", "PLACE"), ("National Disaster Agency", "ORG"), ("Togo", "PLACE"), ("Benin", "PLACE")],
        [("Ghana’s National Disaster Agency", "ORG"), ("Benin", "ORG"), ("Togo", "ORG")],
        id="country-owning-an-organisation",
    ),
    pytest.param(
        "Officers of the Guardia Civil searched the boat.",
        [("Guardia Civil", "ORG")],
        [("Guardia Civil", "PLACE")],
        id="security-force-in-its-own-language",
    ),
    pytest.param(
        "The ecologist organisation Verdes en Marcha celebrated the closure.",
        [("Verdes en Marcha", "ORG")],
        [("Marcha", "PERSON")],
        id="foreign-small-word-inside-a-name",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), HEADED)
def test_headed_organisations(text: str, present: list[tuple[str, str]], absent: list[tuple[str, str]]) -> None:
    assert_labels(text, present, absent)


@pytest.mark.parametrize(
    ("text", "name", "canonical"),
    [
        # family-name particles spaCy leaves out, and the name repeated with its particles
        (
            "Housing minister Sanne van der Heijden said on Tuesday that rents would rise. Van der Heijden added more.",
            "Van der Heijden",
            "Sanne van der Heijden",
        ),
        ("President Luiz Inácio Lula da Silva spoke on Monday. Da Silva said little.", "Da Silva", "Luiz Inácio Lula da Silva"),
        # a romanised hyphenated given name
        ("The chief executive, Kim Do-yeon, spoke to reporters. Kim said the launch failed.", "Kim", "Kim Do-yeon"),
    ],
)
def test_names_with_particles_and_hyphenated_given_names(text: str, name: str, canonical: str) -> None:
    from parallax.analysis import analyze
    from parallax.ingest import structure
    from parallax.model import Article, Metadata

    raw = "Headline of the day\n\n" + text + "\n"
    blocks, _, _ = structure(raw)
    analysis = analyze(Article(id="n", source="n.txt", raw=raw, meta=Metadata(), blocks=blocks))
    people = {raw[e.start : e.end]: e.attrs.get("canonical") for e in analysis.layer("entities") if e.label == "PERSON"}
    assert people.get(canonical) == canonical and people.get(name) == canonical, people


# Names spaCy's small model mislabels or misses in wire copy from anywhere:
# (text, spans (surface, label, canonical) that must be present, (surface, label) that must not).
NAMES_SMALL_MODEL_MISSES = [
    pytest.param(
        "The regulator fined Brauwerk Anlagenbau GmbH on Monday. Brauwerk Anlagenbau said it would appeal.",
        [("Brauwerk Anlagenbau GmbH", "ORG", "Brauwerk Anlagenbau GmbH"), ("Brauwerk Anlagenbau", "ORG", "Brauwerk Anlagenbau")],
        [("Brauwerk Anlagenbau", "PERSON"), ("Brauwerk Anlagenbau GmbH", "PERSON")],
        id="company-legal-suffix-and-the-name-without-it",
    ),
    pytest.param(
        "The contract went to a subcontractor, Sahel Informatique SARL, last year.",
        [("Sahel Informatique SARL", "ORG", "Sahel Informatique SARL")],
        [("Sahel Informatique SARL", "PERSON")],
        id="sarl-closes-a-company-name",
    ),
    pytest.param(
        "Customers of the wallet operator payNow Sdn Bhd could not pay. payNow, which has 2 million users, apologised.",
        [("payNow Sdn Bhd", "ORG", "payNow Sdn Bhd"), ("payNow", "ORG", "payNow")],
        [("payNow", "PLACE"), ("payNow", "PERSON")],
        id="lower-case-brand-with-a-suffix",
    ),
    pytest.param(
        "Hawkers told the broadcaster that zapPay, which is partly owned by a conglomerate, had failed.",
        [("zapPay", "ORG", "zapPay")],
        [("zapPay", "PLACE"), ("zapPay", "PERSON")],
        id="camel-case-brand-is-no-person",
    ),
    pytest.param(
        "Taras Hnatyuk, a welder from Ukraine who works in the shipyard since 2019, said that among the workers reigns uncertainty.",
        [("Taras Hnatyuk", "PERSON", "Taras Hnatyuk")],
        [("Taras Hnatyuk", "ORG")],
        id="given-name-then-rare-surname-is-a-person",
    ),
    pytest.param(
        "The agency’s head, Fatou Mbaye Diop, told reporters the files were safe. “Nothing is lost,” Mbaye Diop said.",
        [("Fatou Mbaye Diop", "PERSON", "Fatou Mbaye Diop"), ("Mbaye Diop", "PERSON", "Fatou Mbaye Diop")],
        [("Mbaye Diop", "ORG")],
        id="double-surname-second-mention",
    ),
    pytest.param(
        "Ong Kai Wen, an analyst at the research house, said the fine was the largest. Ong expects zapPay’s market share to fall.",
        [("Ong", "PERSON", "Ong Kai Wen")],
        [("Ong", "ORG")],
        id="family-name-first-second-mention",
    ),
    pytest.param(
        "The chief executive, Mohd Rizal bin Ismail, apologised. “We failed our users,” Mohd Rizal said.",
        [("Mohd Rizal", "PERSON", "Mohd Rizal bin Ismail")],
        [],
        id="malay-patronymic-given-names-second-mention",
    ),
    pytest.param(
        "Cheikh Sy, a researcher at the think tank, said the case showed little oversight. “Nobody audited this server once,” Sy said.",
        [("Sy", "PERSON", "Cheikh Sy")],
        [],
        id="two-letter-surname",
    ),
]


NAMES_SMALL_MODEL_MISSES += [
    pytest.param(
        "The Office of Rail and Road Safety (UTKiR) opened an inquiry. UTKiR will report in May.",
        [("UTKiR", "ORG", "Office of Rail and Road Safety")],
        [],
        id="mixed-case-acronym-of-a-translated-name",
    ),
    pytest.param(
        "The Company of Gas and Electricity of Lima (SEDALIM) raised prices. The SEDALIM said costs had doubled.",
        [("SEDALIM", "ORG", "Company of Gas and Electricity of Lima")],
        [],
        id="original-acronym-after-a-translated-name",
    ),
    pytest.param(
        "The Institute of Hydrology and Meteorology (Ihmet) forecasts rain. Ihmet said the dams were low.",
        [("Ihmet", "ORG", "Institute of Hydrology and Meteorology")],
        [],
        id="acronym-written-as-a-word",
    ),
    pytest.param(
        "The ministry met the mayors in the department of Casanare on Friday.",
        [("Casanare", "PLACE", "Casanare")],
        [("Casanare", "ORG"), ("Casanare", "PERSON")],
        id="lower-case-department-of-is-a-region",
    ),
    pytest.param(
        "Traders said the outage drove them to rivals such as Boost and GrabPay.",
        [("Boost", "ORG", "Boost")],
        [("Boost", "PERSON")],
        id="one-word-name-listed-with-an-organisation",
    ),
    pytest.param(
        "The mayor, Lucía Ferrer Pons, explained the plan. The mayoress responded on Monday that the works advance.",
        [("mayoress", "PERSON", "Lucía Ferrer Pons")],
        [],
        id="feminine-form-of-a-title-resolves",
    ),
]


NAMES_SMALL_MODEL_MISSES += [
    pytest.param(
        "The factory stands in Chieti, near pescara, and ships to Bern.",
        [("pescara", "PLACE", "Pescara")],
        [],
        id="city-in-lower-case-after-a-place-preposition",
    ),
    pytest.param(
        "Nurses struck in Freiburg, Heidelberg, konstanz and Ulm on Monday.",
        [("konstanz", "PLACE", "Konstanz")],
        [],
        id="city-in-lower-case-in-a-list-of-names",
    ),
    pytest.param(
        "A mother met in front of a pharmacy of Vénissieux, her baby in her arms, was angry.",
        [("Vénissieux", "PLACE", "Vénissieux")],
        [("Vénissieux", "PERSON")],
        id="city-the-gazetteer-knows-is-no-person",
    ),
]


NAMES_SMALL_MODEL_MISSES += [
    pytest.param(
        "It was one of the most intense episodes, explained the volcanologist of the INGV Marta Lo Presti.",
        [("INGV", "ORG", "INGV"), ("Marta Lo Presti", "PERSON", "Marta Lo Presti")],
        [("INGV Marta Lo Presti", "ORG")],
        id="organisation-then-its-person-in-one-span",
    ),
    pytest.param(
        "« No serious effect has been seen », specified the Minister of Health, Nadia Benali, during a press point.",
        [("Nadia Benali", "PERSON", "Nadia Benali")],
        [("Minister of Health", "ORG")],
        id="a-title-with-of-is-no-organisation",
    ),
]


NAMES_SMALL_MODEL_MISSES += [
    pytest.param(
        "The Kenyan Red Cross said 40 people had died. The KRCS added that roads to Garissa were cut.",
        [("KRCS", "ORG", "KRCS")],
        [("KRCS", "PERSON")],
        id="an-acronym-is-no-person",
    ),
    pytest.param(
        "Marieke van den Berg, chief executive of Rotterdam-based Havenlijn BV, said the company would hire 200 people.",
        [("Havenlijn BV", "ORG", "Havenlijn BV")],
        [("Rotterdam-based Havenlijn BV", "ORG")],
        id="the-seat-before-a-company-is-not-its-name",
    ),
    pytest.param(
        "Rui Vasconcelos de Almeida, a lawyer for the family, said the police had lied. De Almeida asked for an inquiry.",
        [("De Almeida", "PERSON", "Rui Vasconcelos de Almeida")],
        [("De Almeida", "ORG")],
        id="family-name-with-its-particle-second-mention",
    ),
    pytest.param(
        "Trade unionist Aisha bint Khalid al-Saud spoke in Riyadh. Al-Saud said the reform was overdue.",
        [("Aisha bint Khalid al-Saud", "PERSON", "Aisha bint Khalid al-Saud"), ("Al-Saud", "PERSON", "Aisha bint Khalid al-Saud")],
        [],
        id="arabic-bint-and-hyphenated-al",
    ),
    pytest.param(
        "Ghana's Minister for Lands and Natural Resources, Kwabena Asante-Darko, visited Obuasi on Monday.",
        [("Kwabena Asante-Darko", "PERSON", "Kwabena Asante-Darko")],
        [("Natural Resources", "ORG")],
        id="unlabelled-name-after-a-title-and-its-portfolio",
    ),
]


NAMES_SMALL_MODEL_MISSES += [
    pytest.param(
        "Médecins Sans Frontières said 30 patients had died in Bentiu, South Sudan.",
        [("Bentiu", "PLACE", "Bentiu"), ("South Sudan", "PLACE", "South Sudan")],
        [("Bentiu, South Sudan", "PLACE")],
        id="town-comma-country-is-two-places",
    ),
    pytest.param(
        "The Agency sold 51 percent of the shares to the Emirati group Gulf Maritime Holding PJSC for 640 million zlotys.",
        [("Gulf Maritime Holding PJSC", "ORG", "Gulf Maritime Holding PJSC")],
        [("Emirati", "PLACE")],
        id="nationality-before-an-organisation-noun-is-no-place",
    ),
]


NAMES_SMALL_MODEL_MISSES += [
    pytest.param(
        "Opposition leader Tundu Mwita was arrested in Mbeya. Mwita's party, Chadema, condemned the arrest.",
        [("Chadema", "ORG", "Chadema")],
        [("Chadema", "PERSON")],
        id="a-name-in-apposition-to-a-possessed-organisation-noun",
    ),
    pytest.param(
        "The chief executive of Jumia, Francis Dufay, said the company would leave Tunisia.",
        [("Jumia", "ORG", "Jumia"), ("Francis Dufay", "PERSON", "Francis Dufay")],
        [("Jumia", "PLACE")],
        id="only-a-company-has-a-chief-executive",
    ),
]


NAMES_SMALL_MODEL_MISSES += [
    pytest.param(
        "According to the agency Agerpres, the prefect of Galați, Ion Rotaru, asked for help from the Government.",
        [("Ion Rotaru", "PERSON", "Ion Rotaru")],
        [("Ion Rotaru", "ORG")],
        id="a-regional-office-before-its-holder",
    ),
]


NAMES_SMALL_MODEL_MISSES += []


NAMES_SMALL_MODEL_MISSES += [
    pytest.param(
        "The ash cloud forced the closure of the airport of Bari Palese, with 90 flights diverted towards Brindisi and Foggia.",
        [("Bari Palese", "PLACE", "Bari Palese"), ("Brindisi", "PLACE", "Brindisi")],
        [("Bari Palese", "PERSON"), ("Brindisi and Foggia", "ORG")],
        id="airport-of-a-place-and-two-listed-cities",
    ),
]


NAMES_SMALL_MODEL_MISSES += [
    pytest.param(
        "The rocket lifted off from the Naro Space Center on Friday but lost contact after two minutes.",
        [],
        [("Naro Space Center on Friday", "ORG")],
        id="an-organisation-name-does-not-run-into-a-weekday",
    ),
    pytest.param(
        "The president of the Federation of the Dental Unions of Belgium, Marc Peeters, criticised the plan.",
        [("Federation of the Dental Unions of Belgium", "ORG", "Federation of the Dental Unions of Belgium")],
        [],
        id="a-plural-head-keeps-its-country",
    ),
]


NAMES_SMALL_MODEL_MISSES += [
    pytest.param(
        "Workers of the oil company Pemex blocked the refinery in Tula Hidalgo on Monday.",
        [("Tula Hidalgo", "PLACE", "Tula Hidalgo")],
        [("Tula Hidalgo", "PERSON")],
        id="a-longer-name-after-in-is-a-place",
    ),
    pytest.param(
        "The reform, in Ana Ruiz’s view, came too late.",
        [("Ana Ruiz", "PERSON", "Ana Ruiz")],
        [("Ana Ruiz", "PLACE")],
        id="but-not-someones-view",
    ),
    pytest.param(
        "Japan's Ministry of Economy, Trade and Industry said exports fell. METI official Kenji Watanabe said chips were to blame.",
        [("METI", "ORG", "METI"), ("Kenji Watanabe", "PERSON", "Kenji Watanabe")],
        [("METI", "PLACE")],
        id="an-acronym-before-a-role-word-is-an-institution",
    ),
]


NAMES_SMALL_MODEL_MISSES += [
    pytest.param(
        "The Emir of Zaria, Ahmed Nuhu Bamalli, visited the market. The emir said traders would be compensated.",
        [("emir", "PERSON", "Ahmed Nuhu Bamalli")],
        [],
        id="a-traditional-ruler-resolves",
    ),
]


NAMES_SMALL_MODEL_MISSES += [
    pytest.param(
        "Budapest (MTI) – A hailstorm destroyed vineyards on Sunday, the agency reported.",
        [("Budapest", "PLACE", "Budapest")],
        [],
        id="dateline-with-agency-in-brackets",
    ),
    pytest.param(
        "TURKU. The ferry was stuck in the ice for eleven hours on Tuesday night.",
        [("TURKU", "PLACE", "Turku")],
        [],
        id="dateline-in-capitals",
    ),
    pytest.param(
        "Her Moderate Party opponent, Anders af Klint, called the vote a ban.",
        [("Anders af Klint", "PERSON", "Anders af Klint")],
        [("Klint", "ORG")],
        id="swedish-particle-af",
    ),
    pytest.param(
        "The residents of Kalymnos have been without running water for five days.",
        [("Kalymnos", "PLACE", "Kalymnos")],
        [("Kalymnos", "PERSON")],
        id="residents-of-a-place",
    ),
]


# Entities batch 3's lessons (organisations as translated news names them), on invented sentences.
NAMES_SMALL_MODEL_MISSES += [
    pytest.param(
        "The generators were shipped by Baltrans Freight Ltd. KAMPAWATCH, which monitors the camps, paid for the fuel.",
        [("KAMPAWATCH", "ORG", "KAMPAWATCH")],
        [("Baltrans Freight Ltd. KAMPAWATCH", "ORG")],
        id="legal-form-closes-a-name-before-the-next-sentence",
    ),
    pytest.param(
        "The Independent Complaints Commission (ICC) opened a case against the club. The ICC will rule in May.",
        [("ICC", "ORG", "Independent Complaints Commission")],
        [("ICC", "ORG", "International Criminal Court")],
        id="article-gloss-of-an-acronym-beats-the-lexicon",
    ),
    pytest.param(
        "Councillor Marit Dekker (GroenLinks-PvdA) voted against; Joost Vermeer (Noord-Holland) abstained.",
        [("GroenLinks-PvdA", "ORG", "GroenLinks-PvdA")],
        [("Noord-Holland", "ORG")],
        id="joined-party-tag-in-brackets",
    ),
    pytest.param(
        "Judge Pieter van 't Veer read the ruling. Van 't Veer gave the company a month.",
        [("Pieter van 't Veer", "PERSON", "Pieter van 't Veer"), ("Van 't Veer", "PERSON", "Pieter van 't Veer")],
        [],
        id="dutch-particle-van-t",
    ),
    pytest.param(
        "Two of the injured were flown to the Rijnstate hospital, a third to the Nairobi hospital.",
        [("Rijnstate hospital", "ORG", "Rijnstate hospital")],
        [("Nairobi hospital", "ORG"), ("Rijnstate", "PLACE")],
        id="name-then-lower-case-head",
    ),
    pytest.param(
        "The permit was signed by the Konak Municipality, the Efeler Governorship said on Monday.",
        [("Konak Municipality", "ORG", "Konak Municipality"), ("Efeler Governorship", "ORG", "Efeler Governorship")],
        [],
        id="municipality-and-governorship-heads",
    ),
    pytest.param(
        "Children in De Rijp sleep on the floor, and nurses treated four men from De Rijp.",
        [("De Rijp", "PLACE", "De Rijp")],
        [("De Rijp", "PERSON")],
        id="a-longer-name-placed-once-is-a-place-everywhere",
    ),
    pytest.param(
        "Club President Levent Bey Karaoğlan said the board would resign. Karaoğlan took questions.",
        [("Levent Bey Karaoğlan", "PERSON", "Levent Bey Karaoğlan"), ("Karaoğlan", "PERSON", "Levent Bey Karaoğlan")],
        [("Club President Levent Bey Karaoğlan", "ORG")],
        id="foreign-head-before-a-title-is-no-organisation",
    ),
    pytest.param(
        "Kadıköy Mayor Av. Selin Aydemir Çelik rejected the claim. Çelik said the report was public.",
        [("Selin Aydemir Çelik", "PERSON", "Selin Aydemir Çelik"), ("Çelik", "PERSON", "Selin Aydemir Çelik")],
        [("Av", "PERSON")],
        id="abbreviated-title-and-a-name-opening-with-a-non-ascii-capital",
    ),
    pytest.param(
        "The Regional Chamber of the Administrative Court of the Southern Federal District (SRTAF) annulled the tender. SRTAF gave no date.",
        [
            (
                "Regional Chamber of the Administrative Court of the Southern Federal District",
                "ORG",
                "Regional Chamber of the Administrative Court of the Southern Federal District",
            ),
            ("SRTAF", "ORG", "Regional Chamber of the Administrative Court of the Southern Federal District"),
        ],
        [],
        id="long-translated-name-then-its-acronym",
    ),
    pytest.param(
        "The Military Police closed the road, and officers of the Tanjung Police questioned the driver.",
        [("Military Police", "ORG", "Military Police"), ("Tanjung Police", "ORG", "Tanjung Police")],
        [],
        id="police-ends-an-organisation-name",
    ),
    pytest.param(
        "Scaffolding came from Özdemir İnşaat Sanayi ve Ticaret A.Ş., and the cranes from Koster Bouw en Infra B.V. on Monday.",
        [
            ("Özdemir İnşaat Sanayi ve Ticaret A.Ş.", "ORG", "Özdemir İnşaat Sanayi ve Ticaret A.Ş"),
            ("Koster Bouw en Infra B.V.", "ORG", "Koster Bouw en Infra B.V"),
        ],
        [("İnşaat Sanayi", "PERSON")],
        id="dotted-legal-forms-and-the-source-languages-and",
    ),
    pytest.param(
        "Fans of Tokat Belediyespor waited. Tokat Belediyespor sporting director Ferhat Uçar apologised.",
        [("Tokat Belediyespor", "ORG", "Tokat Belediyespor"), ("Ferhat Uçar", "PERSON", "Ferhat Uçar")],
        [("Tokat Belediyespor", "PERSON")],
        id="a-name-before-a-title-and-a-person-is-the-organisation",
    ),
    pytest.param(
        "Prosecutors questioned Dobson aide Kevin Marsh. Peter Dobson denied everything.",
        [("Kevin Marsh", "PERSON", "Kevin Marsh")],
        [("Dobson", "ORG")],
        id="a-surname-of-the-articles-people-before-a-title-stays-a-person",
    ),
    pytest.param(
        "The climbers were brought down by the rescuers of GOPR, and SNAV, from its side, closed the airspace at 14.30 CET.",
        [("GOPR", "ORG", "GOPR"), ("SNAV", "ORG", "SNAV")],
        [("CET", "ORG")],
        id="rare-capitals-are-an-acronym-but-not-a-time-zone",
    ),
    pytest.param(
        "The figures were first published by Aktualne.cz, and the shop sells mainly through allegro.pl and Zalando.",
        [("Aktualne.cz", "ORG", "Aktualne.cz"), ("allegro.pl", "ORG", "allegro.pl")],
        [],
        id="names-written-as-web-addresses",
    ),
    pytest.param(
        'The opposition took the question to the Parliament of Andalusia. "The Diputación speaks of jobs", said the mayor.',
        [("Parliament of Andalusia", "ORG", "Parliament of Andalusia"), ("Diputación", "ORG", "Diputación")],
        [("Diputación", "PERSON")],
        id="regional-parliament-and-a-provincial-government-alone",
    ),
    pytest.param(
        'For her part the doctor Lucía Benítez-Ortega celebrated online. "Every vote counts", wrote Benítez-Ortega, who worked in a clinic.',
        [("Benítez-Ortega", "PERSON", "Lucía Benítez-Ortega")],
        [("Benítez-Ortega", "ORG")],
        id="a-family-name-after-a-reporting-verb-is-no-outlet",
    ),
    pytest.param(
        "The sawmill will close in March, writes Dagens Industri. Its owner did not comment.",
        [("Dagens Industri", "ORG", "Dagens Industri")],
        [],
        id="an-outlet-after-a-reporting-verb-still-is-one",
    ),
    pytest.param(
        "The prosecutor's office of Ravenna opened an inquiry, and the Tyrolean court of audit will review the contract.",
        [
            ("prosecutor's office", "ORG", "prosecutor's office of Ravenna"),
            ("Ravenna", "PLACE", "Ravenna"),
            ("Tyrolean court of audit", "ORG", "Tyrolean court of audit"),
        ],
        [],
        id="institutions-translations-write-in-lower-case",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), NAMES_SMALL_MODEL_MISSES)
def test_names_the_small_model_misses(text: str, present: list[tuple[str, str, str]], absent: list[tuple[str, str]]) -> None:
    got = found(text)
    triples = {(t, label, canon) for t, label, canon, _ in got}
    pairs = {(t, label) for t, label, _, _ in got}
    for item in present:
        assert item in triples, f"{item} not in {got}"
    for item in absent:
        assert item not in pairs, f"{item} wrongly found in {got}"


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("Bank Negara Malaysia said", 5, 0),  # the head word spaCy left out at a sentence start
        ("The Ministry Nauta said", 13, 4),
        ("Shares of Negara fell", 10, 10),  # "of" is no head
        ("Malaysia Negara said", 9, 9),
    ],
)
def test_head_word_before_an_organisation(text: str, start: int, expected: int) -> None:
    assert entities._head_before(text, start) == expected


def test_left_apposition_runs_over_particles_of_a_place_name() -> None:
    """ "the mayor of Castillejo de la Vega, Tomás Herrera": spaCy may tag "de" and
    "la" as foreign words (X); the role phrase still reaches back to "mayor"."""
    from types import SimpleNamespace

    class Tok(SimpleNamespace):
        def __len__(self) -> int:
            return len(self.text)

    words = [
        ("the", "DET"),
        ("mayor", "NOUN"),
        ("of", "ADP"),
        ("Castillejo", "PROPN"),
        ("de", "X"),
        ("la", "X"),
        ("Vega", "PROPN"),
        (",", "PUNCT"),
    ]
    toks, off = [], 0
    for text, pos in [*words, ("Tomás", "PROPN")]:
        tok = Tok(text=text, lower_=text.lower(), pos_=pos, tag_="", is_sent_start=False)
        toks.append((off, tok))
        off += len(text) + 1
    raw = " ".join(t.text for _, t in toks)
    start, end = entities._left_np(toks, len(toks) - 1)
    assert raw[start:end] == "mayor of Castillejo de la Vega"


# The one rule that finds people by a registered given name: (text, organisation
# spans already found (surface), people it must find (surface), organisation spans
# as they end afterwards). Titles before the given name are not the name; common
# words, organisation heads, "the" or a preposition of place before it, and a
# trusted organisation over the run keep it from being a person.
GIVEN_NAME_PEOPLE = [
    pytest.param("Detective Superintendent Aoife Brennan, who led it, said so.", [], ["Aoife Brennan"], [], id="after-titles"),
    pytest.param("Taras Hnatyuk, a welder from Ukraine, said so.", [], ["Taras Hnatyuk"], [], id="rare-surname"),
    pytest.param("“Nothing is lost,” said Aminata Ndiaye Sarr.", [], ["Aminata Ndiaye Sarr"], [], id="double-surname"),
    pytest.param("The editor Pieter van der Meulen agreed.", [], ["Pieter van der Meulen"], [], id="particles"),
    pytest.param("The striker Abayomi Oduya scored twice.", [], ["Abayomi Oduya"], [], id="given-name-of-either-gender"),
    pytest.param("in Ana Ruiz’s view it failed", [], ["Ana Ruiz"], [], id="someones-after-in"),
    pytest.param("The ferry left from Victoria Harbour Terminal.", [], [], [], id="common-words-place"),
    pytest.param("The Maria Theresa Foundation paid for it.", [], [], [], id="organisation-head"),
    pytest.param("They walked along the Victoria Embankment.", [], [], [], id="after-the"),
    pytest.param("The refinery in Tula Hidalgo closed.", [], [], [], id="after-in"),
    pytest.param(
        "the volcanologist of the INGV Stefania Lo Giudice said",
        ["INGV Stefania Lo Giudice"],
        ["Stefania Lo Giudice"],
        ["INGV"],
        id="organisation-span-runs-into-the-name",
    ),
]


@pytest.mark.parametrize(("text", "orgs", "people", "orgs_after"), GIVEN_NAME_PEOPLE)
def test_given_name_people(text: str, orgs: list[str], people: list[str], orgs_after: list[str]) -> None:
    mentions = [entities.Mention(text.index(o), text.index(o) + len(o), "ORG", "spacy") for o in orgs]
    got = entities._given_name_people(text, [(0, len(text))], mentions)
    assert [text[m.start : m.end] for m in got] == people
    assert [text[m.start : m.end] for m in mentions] == orgs_after


# What the form of a name says it is, whatever spaCy guessed: (text, spans
# (surface, label) that must be present, (surface, label) that must not).
NAME_FORM = [
    pytest.param(
        "The contractor PT Karya Bumi Lestari works with the ministry.",
        [("PT Karya Bumi Lestari", "ORG")],
        [("Karya Bumi Lestari", "PERSON")],
        id="legal-form-before-the-name",
    ),
    pytest.param(
        "The council chairman, Ingrid Halvorsen (KrF), opposed the plan, as did Olav Brekke (H).",
        [("KrF", "ORG"), ("H", "ORG")],
        [],
        id="party-abbreviation-after-a-name",
    ),
    pytest.param(
        "Floods hit Sukoharjo Regency in Central Java, and the water reached the Manahan Sriwedari Stadium.",
        [("Sukoharjo Regency", "PLACE"), ("Manahan Sriwedari Stadium", "PLACE")],
        [("Sukoharjo Regency", "ORG"), ("Central Java", "PERSON"), ("Manahan Sriwedari Stadium", "PERSON")],
        id="administrative-unit-compass-word-facility",
    ),
    pytest.param(
        "The Indonesian Forum for Environment (Walhi) criticised the plan. Walhi wants a review.",
        [("Walhi", "ORG")],
        [],
        id="bracketed-word-after-a-translated-institution",
    ),
    pytest.param(
        "According to the regional newspaper “Southern Courier”, the club paid nothing.",
        [("Southern Courier", "ORG")],
        [],
        id="quoted-name-after-an-organisation-noun",
    ),
]


NAME_FORM += [
    pytest.param(
        "The court allowed Daewon Cell Technologies to build the plant. Daewon's Japanese partner will deliver the lines.",
        [("Daewon", "ORG")],
        [("Daewon", "PERSON")],
        id="first-word-of-a-headed-organisation",
    ),
]


NAME_FORM += [
    pytest.param(
        "The plant can give 900 jobs, writes Västerbotten's Herald.",
        [("Västerbotten's Herald", "ORG")],
        [],
        id="outlet-after-its-reporting-verb",
    ),
    pytest.param(
        "The plant can give 900 jobs, writes Anders Lindqvist.", [], [("Anders Lindqvist", "ORG")], id="not-a-person-after-writes"
    ),
]


NAME_FORM += [
    pytest.param(
        "The coach of Unión Marítima was sacked on Monday.",
        [("Unión Marítima", "ORG")],
        [("Unión Marítima", "PERSON")],
        id="spanish-union-opens-a-name",
    ),
]


# Places a word of the name makes certain (data/place_forms.yml): invented streets and areas.
NAME_FORM += [
    pytest.param(
        "Traffic on Queen Halima Street was closed after a pipe burst near the Barundi Avenue junction.",
        [("Queen Halima Street", "PLACE"), ("Barundi Avenue", "PLACE")],
        [("Halima", "PERSON"), ("Queen Halima", "PERSON")],
        id="closing-street-word-after-a-royal-name",
    ),
    pytest.param(
        "A tram derailed on Boulevard of Dragan Vukotić, and a bus caught fire on Jalan Tun Ismail Daud.",
        [("Boulevard of Dragan Vukotić", "PLACE"), ("Jalan Tun Ismail Daud", "PLACE")],
        [("Dragan Vukotić", "PERSON"), ("Jalan Tun Ismail Daud", "PERSON")],
        id="opening-street-word",
    ),
    pytest.param(
        "Isla Fisher said the film was fine, and ferries to Isla Mujeres stopped.",
        [("Isla Fisher", "PERSON"), ("Isla Mujeres", "PLACE")],
        [("Isla Fisher", "PLACE")],
        id="opening-word-that-is-a-given-name",
    ),
    pytest.param(
        "Lake Bell told reporters she was happy.",
        [("Lake Bell", "PERSON")],
        [("Lake Bell", "PLACE")],
        id="opening-word-before-a-speech-verb",
    ),
    pytest.param(
        "Chris Lane, a nurse, said the ward was full.",
        [("Chris Lane", "PERSON")],
        [("Chris Lane", "PLACE")],
        id="closing-street-word-that-is-a-family-name",
    ),
    pytest.param(
        "Houses collapsed in the Meskoro zone and in Dravinje municipality after the storm.",
        [("Meskoro zone", "PLACE"), ("Dravinje municipality", "PLACE")],
        [],
        id="lowercase-area-word-after-a-name",
    ),
    pytest.param(
        "Every municipality must have a plan, and the Police district office stayed shut on Monday.",
        [],
        [("Every municipality", "PLACE"), ("Police district", "PLACE")],
        id="no-place-before-an-area-word",
    ),
]


# Titles of address (roles.yml address_titles): alone they name nobody; before a name they are no part of it.
NAME_FORM += [
    pytest.param(
        "The Rabbi asked the community to give blood, and Mzee said the river had never risen so fast.",
        [],
        [("Rabbi", "PERSON"), ("Mzee", "PERSON"), ("Mzee", "ORG")],
        id="title-of-address-alone",
    ),
    pytest.param(
        "Datuk Azlan Hashim, a farmer from the area, said the water rose within an hour.",
        [("Azlan Hashim", "PERSON")],
        [("Datuk Azlan Hashim", "PERSON")],
        id="title-of-address-before-a-name",
    ),
    pytest.param(
        "Residents said that Water Supply had been cut since Tuesday, while Rose Green, a neighbour, fetched water.",
        [("Rose Green", "PERSON")],
        [("Water Supply", "PERSON")],
        id="common-words-capitalised-are-no-person",
    ),
    pytest.param(
        "George Brown said the plan was fine, and Grant Wood, a farmer, agreed.",
        [("George Brown", "PERSON"), ("Grant Wood", "PERSON")],
        [],
        id="common-words-said-as-a-person-stay-a-person",
    ),
]


# Heads and legal forms as Balkan and Hungarian translations write them (org_heads.yml).
NAME_FORM += [
    pytest.param(
        "The Municipality of Kerepes will pay, and the Ilona Varga Primary School stays shut; the builder Kővár Kft. was fined.",
        [("Municipality of Kerepes", "ORG"), ("Ilona Varga Primary School", "ORG"), ("Kővár Kft.", "ORG")],
        [("Ilona Varga", "PERSON"), ("Kővár Kft", "PERSON")],
        id="municipality-school-and-hungarian-legal-form",
    ),
]


NAME_FORM += [
    pytest.param(
        "As Dnevnik learns, the director was questioned. Residents of the settlement of Karaburma and of the Drava river banks were moved.",
        [("Dnevnik", "ORG"), ("Karaburma", "PLACE"), ("Drava river", "PLACE")],
        [("Dnevnik", "PERSON"), ("Karaburma", "PERSON")],
        id="outlet-that-learns-settlement-river",
    ),
    pytest.param(
        "As Ana Petrović learned from her neighbours, the bridge was closed.",
        [],
        [("Ana Petrović", "ORG")],
        id="a-person-who-learns-stays-a-person",
    ),
]


NAME_FORM += [
    pytest.param(
        "The mayor of Kovin, Jelena Ilić, said that 30 houses were flooded in the settlement of Dubovac.",
        [("Kovin", "PLACE"), ("Dubovac", "PLACE"), ("Jelena Ilić", "PERSON")],
        [],
        id="place-after-a-town-office-or-place-noun",
    ),
    pytest.param(
        "The trial of the former mayor of Brzeziny Tadeusz Nowak started.",
        [],
        [("Brzeziny Tadeusz Nowak", "PLACE")],
        id="no-place-run-into-a-person",
    ),
]


# Ships, awards and holidays (not_names.yml) name no person, organisation or place.
NAME_FORM += [
    pytest.param(
        "The ferry Agia Marina docked at Rafina during Diwali, and the captain received the Andreas Kalvos Prize.",
        [],
        [
            ("Agia Marina", "PERSON"),
            ("Diwali", "PERSON"),
            ("Diwali", "PLACE"),
            ("Andreas Kalvos Prize", "PERSON"),
            ("Andreas Kalvos Prize", "PLACE"),
        ],
        id="ship-holiday-award",
    ),
]


NAME_FORM += [
    pytest.param(
        "Meltwater from the Fornasco glacier flooded houses on Cerro Verdoso near the Toplica river.",
        [("Fornasco glacier", "PLACE"), ("Cerro Verdoso", "PLACE"), ("Toplica river", "PLACE")],
        [("Cerro Verdoso", "PERSON")],
        id="natural-features-and-romance-feature-words",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), NAME_FORM)
def test_name_form(text: str, present: list[tuple[str, str]], absent: list[tuple[str, str]]) -> None:
    assert_labels(text, present, absent)


# Descriptors that vary a name the article gave with a title: (text, descriptor
# surface, canonical person).
GENERIC_DESCRIPTORS = [
    pytest.param(
        "“It is rising,” explained the seismologist of the IGN Lucía Ferrer Abad. The expert added that the risk was low.",
        "The expert",
        "Lucía Ferrer Abad",
        id="expert-after-a-scientist-named-with-an-organisation",
    ),
    pytest.param(
        "The club signed the striker Amadou Traoré Diallo on Monday. The player arrived in the evening.",
        "The player",
        "Amadou Traoré Diallo",
        id="player-after-a-playing-position",
    ),
    pytest.param(
        "The club signed the veteran striker Amadou Traoré Diallo on Monday. The Malian striker arrived in the evening.",
        "The Malian striker",
        "Amadou Traoré Diallo",
        id="nationality-before-the-title",
    ),
    pytest.param(
        "Justice Njeri Wambui-Otieno halted the sale. The judge said the board had not consulted anyone.",
        "The judge",
        "Njeri Wambui-Otieno",
        id="judge-after-justice",
    ),
    pytest.param(
        "Regent of Sleman Hari Wibowo visited the camp. “We need tents,” said the regent.",
        "the regent",
        "Hari Wibowo",
        id="holder-after-title-of-place-without-comma",
    ),
]


@pytest.mark.parametrize(("text", "descriptor", "person"), GENERIC_DESCRIPTORS)
def test_generic_descriptors(text: str, descriptor: str, person: str) -> None:
    got = found(text)
    # the span may leave out the article ("striker" of "The Malian striker")
    assert any(t in descriptor and canon == person and mention == "descriptor" for t, _, canon, mention in got), got


# An age in brackets after a name: (text, names found as people).
AGED_PEOPLE = [
    pytest.param(
        "A resident, Warsini (61), said so. “We lost everything,” said Warsini.", ["Warsini", "Warsini"], id="name-and-its-repeat"
    ),
    pytest.param("The driver, Jan de Vries (71), was unhurt.", ["Jan de Vries"], id="particles"),
    pytest.param("Resident Tukiyem (58) lost her house.", ["Tukiyem"], id="title-left-out"),
    pytest.param("The meeting on Wednesday (9) was cancelled under Article (5).", [], id="date-and-common-word"),
]


@pytest.mark.parametrize(("text", "names"), AGED_PEOPLE)
def test_aged_people(text: str, names: list[str]) -> None:
    got = entities._aged_people(text, [(0, len(text))])
    assert [(text[m.start : m.end], m.label) for m in got] == [(n, "PERSON") for n in names]


@pytest.mark.parametrize(("name", "known"), [("aino", True), ("aivars", True), ("dewi", True), ("kari", False)])
def test_given_names_include_the_damage_lexicon_more(name: str, known: bool) -> None:
    """Names first_names.yml's registers miss (damage.yml ``given_names_more``) count as given names too."""
    assert (name in _people.given_names()) is known


@pytest.mark.parametrize(
    ("text", "label"),
    [
        pytest.param("KEDIRI, Morning Herald – The river rose.", "PLACE", id="dateline-comma"),
        pytest.param("KEDIRI – The river rose.", "PLACE", id="dateline-dash"),
        pytest.param("UNICEF said the river rose.", "ORG", id="acronym-speaking"),
    ],
)
def test_dateline_is_a_place(text: str, label: str) -> None:
    """spaCy's organisation over an all-capital word opening a paragraph before a comma or dash."""
    word = text.split()[0].rstrip(",")
    m = entities.Mention(0, len(word), "ORG", "spacy")
    entities._label_by_form(text, [(0, len(text))], [m])
    assert m.label == label


# A name written capitalised once and in lower case again: (text, lower-case surface, label, canonical).
LOWERCASE_REPEATS = [
    pytest.param(
        "The agent, the Egyptian Karim Abdel-Sattar, confirmed it. And said abdel sattar to a channel that the deal was done.",
        "abdel sattar",
        "PERSON",
        "Karim Abdel-Sattar",
        id="surname-with-its-hyphen-lost",
    ),
    pytest.param(
        "The bus left Tarnobrzeg at noon. Near tarnobrzeg it broke down.",
        "tarnobrzeg",
        "PLACE",
        "Tarnobrzeg",
        id="place",
    ),
]


@pytest.mark.parametrize(("text", "surface", "label", "canonical"), LOWERCASE_REPEATS)
def test_lowercase_repeats(text: str, surface: str, label: str, canonical: str) -> None:
    got = found(text)
    assert (surface, label, canonical) in {(t, lab, c) for t, lab, c, _ in got}, got


# An institution noun capitalised after "the", standing alone: (text, surface, canonical or None if absent).
STANDALONE_INSTITUTIONS = [
    pytest.param("The Region announced that it will ask for help.", "Region", "Region", id="region-speaks"),
    pytest.param("“We have asked the Government to declare an emergency,” he said.", "Government", "Government", id="government"),
    pytest.param(
        "The Government of Aragon approved the plan. The mayor said the Government had raised the figure.",
        "Government",
        "Government of Aragon",
        id="short-form-of-a-named-institution",
    ),
    pytest.param("The government of the region met on Monday.", "region", None, id="lower-case-is-no-name"),
    pytest.param("The Council met on Monday.", "Council", None, id="other-heads-alone-are-no-name"),
]


@pytest.mark.parametrize(("text", "surface", "canonical"), STANDALONE_INSTITUTIONS)
def test_standalone_institutions(text: str, surface: str, canonical: str | None) -> None:
    got = {(t, c) for t, label, c, _ in found(text) if label == "ORG"}
    if canonical is None:
        assert not any(t == surface for t, _ in got), got
    else:
        assert (surface, canonical) in got, got


def test_given_name_run_named_as_an_organisation_elsewhere_is_no_person() -> None:
    """ "the company Samir Oleandro" once: "Samir Oleandro said" later is the company."""
    text = "The plant of the company Samir Oleandro closed. Samir Oleandro said it would reopen."
    org = entities.Mention(text.index("Samir"), text.index("Samir") + len("Samir Oleandro"), "ORG", "lexicon")
    assert entities._given_name_people(text, [(0, len(text))], [org]) == []


@pytest.mark.parametrize(
    ("text", "word", "foreign"),
    [
        pytest.param("The mayor spoke. Aber the council did not agree.", "Aber", True, id="german-but-at-a-sentence-start"),
        pytest.param("“Nel frattempo we wait,” he said.", "Nel", True, id="italian-in-a-quote"),
        pytest.param("The mayor of Paris spoke.", "Paris", False, id="english-word"),
        pytest.param("The minister met Ana Ruiz. Ruiz agreed.", "Ruiz", False, id="surname"),
    ],
)
def test_foreign_word(text: str, word: str, foreign: bool) -> None:
    start = text.rindex(word)
    assert entities._foreign_word(text, entities.Mention(start, start + len(word), "PERSON", "spacy")) is foreign


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "The head of the agency (BPS), agus hidayatullah, said the data were safe.",
            [("agus hidayatullah", "Agus Hidayatullah")],
            id="apposition",
        ),
        pytest.param("“We wait,” said fatuma wanjiku on Monday.", [], id="not-before-punctuation-or-verb"),
        pytest.param("“We wait,” said fatuma wanjiku.", [("fatuma wanjiku", "Fatuma Wanjiku")], id="after-a-reporting-verb"),
        pytest.param("The plan, rising costs, worried them.", [], id="english-words"),
    ],
)
def test_lowercase_people(text: str, names: list[tuple[str, str]]) -> None:
    got = entities._lowercase_people(text, [(0, len(text))], [])
    assert [(text[m.start : m.end], m.attrs["canonical"]) for m in got] == names


@pytest.mark.parametrize(
    ("text", "label"),
    [("Nový Bor", "PLACE"), ("Česká Lípa", "PLACE"), ("Novak Djokovic", "PERSON")],
)
def test_central_european_place_adjectives(text: str, label: str) -> None:
    from parallax.annotate.entities import Mention, _gazetteer_places

    m = Mention(0, len(text), "PERSON", "spacy")
    _gazetteer_places(text, [m])
    assert m.label == label


def test_foreign_word_check_reads_the_lists_the_other_layers_load(monkeypatch: pytest.MonkeyPatch) -> None:
    """wordfreq keeps one list per (language, list name): asking for "best"
    where the damage layer and story terms ask for "large" (the same list for
    these languages) loaded seven lists twice, 265 MB more per worker."""
    import wordfreq

    seen: list[tuple[str, str]] = []
    real = wordfreq.get_frequency_dict

    def spy(lang: str, wordlist: str = "best") -> dict[str, float]:
        seen.append((lang, wordlist))
        return real(lang, wordlist)

    monkeypatch.setattr(wordfreq, "get_frequency_dict", spy)
    text = "Xylqvornat said so."
    entities._foreign_word(text, entities.Mention(0, len("Xylqvornat"), "PERSON", "spacy"))
    foreign = {(lang, wordlist) for lang, wordlist in seen if lang != "en"}
    assert foreign, "the check asked no foreign list"
    assert {wordlist for _, wordlist in foreign} == {"large"}


@pytest.mark.parametrize(
    ("text", "acronym", "expected"),
    [
        ("The manager did not answer the calls of AA.", "AA", True),  # an agency's letters
        ("Relief flights left for the UAE on Monday.", "UAE", False),  # a country takes "the"
        ("Relief flights left for the US on Monday.", "US", False),  # a country the lexicon knows
        ("NAMPULA, Mozambique — Doses landed.", "NAMPULA", False),  # a dateline's town
        ("Officials in TURKU said so.", "TURKU", False),  # a city the gazetteer knows
    ],
)
def test_acronym_spacy_took_for_a_place(text: str, acronym: str, expected: bool) -> None:
    start = text.index(acronym)
    assert entities._acronym_not_place(text, start, start + len(acronym)) is expected


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_grouped_alternation_matches_as_the_flat_one(flags: int) -> None:
    """Grouping a lexicon by first letter (for speed) changes no match, with or without case."""
    phrases = [
        "Mayor of Tessaly",
        "mayor",
        "Mayor",
        "K-pop",
        "\u212aelvin Works",
        "kelp",
        "\u017ftrasse",
        "Sam",
        "'Ndrangheta",
        "’t Hooft",
        "the Kremlin",
        "Kremlin",
    ]
    uniq = sorted(set(phrases), key=lambda p: (-len(p), p))
    flat = re.compile(r"(?<![\w-])(?:" + "|".join(_people.phrase_pattern(p) for p in uniq) + r")(?![\w-])", flags)
    grouped = re.compile(r"(?<![\w-])(?:" + _people.alternation(phrases) + r")(?![\w-])", flags)
    text = "The MAYOR of tessaly met mayor Sam, KELVIN WORKS and \u212aelvin works; strasse, \u017ftrasse, STRASSE; ʼNdrangheta and 't hooft in the kremlin. Mayor of Tessaly."
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert grouped.search(text) is not None


@pytest.mark.parametrize(
    ("phrase", "source"),
    [
        ("Vell Post", r"Vell\s+Post"),
        ("O'Dara’s  Mill", "O['’ʼ`´]Dara['’ʼ`´]s\\s+Mill"),
        ("a.b*c (Tessaly)", r"a\.b\*c\s+\(Tessaly\)"),
        ("´Ostra`", "['’ʼ`´]Ostra['’ʼ`´]"),
        ("x''y", "x['’ʼ`´]['’ʼ`´]y"),
        ("Ça-Vell", r"Ça\-Vell"),
        ("", ""),
    ],
)
def test_phrase_pattern_escapes_each_character_and_loosens_spaces_and_apostrophes(phrase: str, source: str) -> None:
    """Escaping the runs between apostrophes gives what escaping each character did."""
    assert _people.phrase_pattern(phrase) == source
    assert _people.phrase_pattern(phrase) == r"\s+".join(
        "".join("['’ʼ`´]" if ch in _people._APOS else re.escape(ch) for ch in word) for word in phrase.split()
    )


@pytest.mark.parametrize(
    ("text", "places"),
    [
        pytest.param("Water reached the villages of Barow and Dheerlay on Sunday.", ["Barow", "Dheerlay"], id="list-after-plural-noun"),
        pytest.param(
            "the villages of Aye Ywa (Middle Village), Kone Taw and Nyaung Pin were cut off.",
            ["Aye Ywa", "Kone Taw", "Nyaung Pin"],
            id="list-over-a-bracketed-gloss",
        ),
        pytest.param("A slide hit the hamlets Brekkvoll and Ulsmo overnight.", ["Brekkvoll", "Ulsmo"], id="bare-plural-noun"),
        pytest.param("A slide hit the village Torvik in the night.", ["Torvik"], id="bare-noun"),
        pytest.param("They moved to the camp of Buulo Weyn near the road.", ["Buulo Weyn"], id="camp-of"),
        pytest.param("It passed Vennes Creek and the Skarra mountain range.", ["Vennes Creek", "Skarra mountain range"], id="creek-range"),
        pytest.param("Talks in Kandor Region and at Oskel Place ended.", ["Kandor Region", "Oskel Place"], id="capital-closing"),
        pytest.param("The DMH Lindor Region office said so.", ["Lindor Region"], id="acronym-before-is-no-place"),
        pytest.param("Farmers place their hopes in rain.", [], id="lowercase-place-is-a-verb"),
        pytest.param("It is a first for a mid-sized Catalan city.", [], id="demonym-before-city"),
        pytest.param("In the Brennia mountain village Sorteln, snow fell.", [], id="feature-word-before-a-place-noun"),
        pytest.param("Staff of the emergency department of Hallvikhuset last year", [], id="a-hospital-department"),
    ],
)
def test_named_places_of_lists_and_forms(text: str, places: list[str]) -> None:
    got = entities._named_places(text, [(0, len(text))])
    names = sorted({text[m.start : m.end] for m in entities._resolve_overlaps(got)})
    assert names == sorted(places)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        pytest.param("Daw Mya Thida said the school flooded.", ["Daw Mya Thida"], id="daw"),
        pytest.param("U Zaw Htet Naing and Ko Thura Lin arrived.", ["U Zaw Htet Naing", "Ko Thura Lin"], id="u-and-ko"),
        pytest.param("Tourists stayed on Ko Samet all week.", [], id="thai-island-after-a-preposition"),
        pytest.param("Take the U Turn Lane.", [], id="english-words"),
    ],
)
def test_burmese_honorific_people(text: str, people: list[str]) -> None:
    got = entities._honorific_people(text, [(0, len(text))])
    assert [text[m.start : m.end] for m in got] == people


def test_a_word_spacy_calls_a_person_after_the_is_a_place_when_a_preposition_of_place_also_sets_it() -> None:
    from parallax.annotate.entities import Mention

    text = "The Velna is a salmon river. The slide fell above the Velna. The Nordby said no."
    first = Mention(0 + 4, 4 + 5, "PERSON", "spacy")
    other = Mention(text.index("Nordby"), text.index("Nordby") + 6, "PERSON", "spacy")
    added = entities._places_after_the(text, [(0, len(text))], [first, other])
    assert first.label == "PLACE"
    assert other.label == "PERSON"  # never after a preposition of place: left alone
    assert [text[m.start : m.end] for m in added] == ["Velna"] and added[0].start == text.index("above the Velna") + 10


def test_gazetteer_city_in_a_place_slot_that_nothing_covers() -> None:
    text = "Trains from Yangon to Mawlamyine stopped; Mawlamyine Smith spoke."
    got = entities._uncovered_cities(text, [(0, len(text))], [])
    # the second "Mawlamyine" has no place preposition before it
    assert [(m.start, text[m.start : m.end]) for m in got] == [(12, "Yangon"), (22, "Mawlamyine")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("OSTRAVÉK – A storm hit the port.", [("OSTRAVÉK", "Ostravék")], id="capitals-beyond-ascii-and-a-dash"),
        pytest.param("MOLVIK, Norway (NTB) — Ferries stopped.", [("MOLVIK", "Molvik")], id="capitals-country-and-agency"),
        pytest.param("UPDATE – The road reopened.", [], id="an-english-label-is-no-place"),
    ],
)
def test_dateline_places_in_capitals(text: str, expected: list[tuple[str, str]]) -> None:
    got = entities._dateline_places(text, [(0, len(text))])
    assert [(text[m.start : m.end], m.attrs["canonical"]) for m in got] == expected


def test_gazetteer_knows_a_city_written_without_its_accents() -> None:
    """GeoNames writes "alīgarh"; English news writes "Aligarh"."""
    assert entities._is_city("Alīgarh") and entities._is_city("Aligarh")


def test_a_place_set_with_evidence_once_is_that_place_where_spacy_calls_it_something_else() -> None:
    text = "VELNOR – Rain fell. Velnor's harbour closed. Trains left Velnor said nobody."
    dateline = entities.Mention(0, 6, "PLACE", "lexicon", {"canonical": "Velnor"})
    again = entities.Mention(20, 26, "ORG", "spacy")
    speaks = entities.Mention(text.rindex("Velnor"), text.rindex("Velnor") + 6, "PERSON", "spacy")
    entities._place_repeats(text, [dateline, again, speaks])
    assert again.label == "PLACE"
    assert speaks.label == "PERSON"  # "Velnor said": places do not speak


@pytest.mark.parametrize(("text", "other"), [("«Су жоқ,» she said.", True), ("«Suvi,» she said.", False)])
def test_a_name_in_another_script_than_latin(text: str, other: bool) -> None:
    start = 1
    end = text.index(" ") if other else text.index(",")
    assert entities._other_script(text, entities.Mention(start, end, "ORG", "spacy")) is other


def test_an_institution_head_alone_that_spacy_calls_a_place_is_an_organisation() -> None:
    text = "He will raise the problem in Parliament this week."
    m = entities.Mention(text.index("Parliament"), text.index("Parliament") + 10, "PLACE", "spacy")
    entities._label_by_form(text, [(0, len(text))], [m])
    assert m.label == "ORG"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        pytest.param(
            "Water returns to the microdistricts Zharsu, Tolqyn and Aqbet on Friday.", ["Aqbet", "Tolqyn", "Zharsu"], id="microdistricts"
        ),
        pytest.param("Rangers drove the herd back to the Olvaro National Park.", ["Olvaro National Park"], id="national-park"),
    ],
)
def test_named_places_of_translations(text: str, places: list[str]) -> None:
    got = entities._named_places(text, [(0, len(text))])
    assert sorted({text[m.start : m.end] for m in entities._resolve_overlaps(got)}) == places


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("The mayor of Brinvik, Takeshi oruma, said no.", [("Takeshi oruma", "Takeshi Oruma")], id="apposition"),
        pytest.param("A nurse, Maria too, came.", [], id="english-word"),
        pytest.param("The town, Brinvik harbour, froze.", [], id="no-given-name"),
    ],
)
def test_lowercase_surnames(text: str, names: list[tuple[str, str]]) -> None:
    got = entities._lowercase_surnames(text, [(0, len(text))])
    assert [(text[m.start : m.end], m.attrs["canonical"]) for m in got] == names


def test_products_are_no_organisations() -> None:
    labels = {(t, lab) for t, lab, _, _ in found("She charged her iPhone and an iPad with an app made by Velkor for Android.")}
    assert not {t for t, _ in labels} & {"iPhone", "iPad", "Android"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("The Brinmoor Tribune reported the closure on Monday.", "Brinmoor Tribune", id="newspaper"),
        pytest.param("She told Brinmoor Bay FM that deliveries had stopped.", "Brinmoor Bay FM", id="radio"),
    ],
)
def test_outlets_named_by_their_kind(text: str, name: str) -> None:
    assert (name, "ORG") in {(t, lab) for t, lab, _, _ in found(text)}


# Organisations, places and people of the shapes entities batch 5 (en5) showed the small
# model missing: Mongolian and post-Soviet names, institutions as translations name them.
# (text, present (surface, label, canonical), absent (surface, label)); all strings invented.
EN5_SHAPES = [
    pytest.param(
        "The inspector of the department Kh. Altangerel said the samples were clean. “We found nothing,” Altangerel added.",
        [("Kh. Altangerel", "PERSON", "Kh. Altangerel"), ("Altangerel", "PERSON", "Kh. Altangerel")],
        [("Kh. Altangerel", "ORG"), ("Altangerel", "ORG")],
        id="an-initial-and-a-rare-name-are-a-person",
    ),
    pytest.param(
        "Sub-inspector of the Kollam harbour station P. V. Ramesh Kumar said the nets were lost.",
        [("P. V. Ramesh Kumar", "PERSON", "P. V. Ramesh Kumar")],
        [("P. V. Ramesh Kumar", "ORG")],
        id="two-initials-before-the-name",
    ),
    pytest.param(
        "The Minister of Roads and Transport B. Munkhzul wrote on her page that the bridge will open.",
        [("B. Munkhzul", "PERSON", "B. Munkhzul")],
        [("Transport B. Munkhzul", "ORG")],
        id="a-portfolio-word-before-an-initialled-name-is-cut",
    ),
    pytest.param(
        "Under plan B. Officials said the road would reopen.",
        [],
        [("B. Officials", "PERSON")],
        id="a-letter-before-a-common-word-is-no-initial",
    ),
    pytest.param(
        "Director of the company Rustam Nazarov confirmed the sale on Friday.",
        [("Rustam Nazarov", "PERSON", "Rustam Nazarov")],
        [("Rustam Nazarov", "ORG")],
        id="a-family-name-ending-after-title-of-the-company",
    ),
    pytest.param(
        "The akim of Karasai district Nurlan Abenov visited the dam on Monday.",
        [("Nurlan Abenov", "PERSON", "Nurlan Abenov"), ("Karasai district", "PLACE", "Karasai")],
        [("Nurlan Abenov", "ORG")],
        id="the-holder-after-title-of-place-district",
    ),
    pytest.param(
        'The regulator fined "Sevan Aqua" CJSC on Monday. The director of "Sevan Aqua" resigned.',
        [("Sevan Aqua", "ORG", "Sevan Aqua")],
        [("CJSC", "ORG")],
        id="a-quoted-name-before-a-legal-form-is-a-company",
    ),
    pytest.param(
        "The Constitutional Court of the Republic of Moldova and the Union of Beekeepers of Georgia met.",
        [
            ("Constitutional Court of the Republic of Moldova", "ORG", "Constitutional Court of the Republic of Moldova"),
            ("Union of Beekeepers of Georgia", "ORG", "Union of Beekeepers of Georgia"),
        ],
        [("Moldova", "PLACE")],
        id="a-country-closing-a-name-with-its-head-stays-in-it",
    ),
    pytest.param(
        "The General Directorate for Water Works wrote to the Court of General Jurisdiction of Lori marz.",
        [
            ("General Directorate for Water Works", "ORG", "General Directorate for Water Works"),
            ("Court of General Jurisdiction of Lori marz", "ORG", "Court of General Jurisdiction of Lori marz"),
        ],
        [("Jurisdiction", "PERSON")],
        id="general-inside-a-name-is-no-title",
    ),
    pytest.param(
        "The Debed river burst its banks on Sunday. Families along the Debed were moved to a school.",
        [("Debed", "PLACE", "Debed")],
        [],
        id="a-river-named-with-its-kind-then-bare",
    ),
    pytest.param(
        "Forest Services Ireland (Seirbhísí Foraoise Éireann) closed the trail. FSI's rangers will reopen it.",
        [
            ("Forest Services Ireland", "ORG", "Forest Services Ireland"),
            ("Seirbhísí Foraoise Éireann", "ORG", "Forest Services Ireland"),
        ],
        [("Seirbhísí Foraoise Éireann", "PERSON")],
        id="initials-of-a-later-acronym-and-a-bracketed-other-name",
    ),
    pytest.param(
        "The Scottish Government's Department for Coastal Affairs declined to comment.",
        [
            ("Scottish Government", "ORG", "Scottish Government"),
            ("Department for Coastal Affairs", "ORG", "Department for Coastal Affairs"),
        ],
        [],
        id="an-institution-owning-another",
    ),
    pytest.param(
        "The firm appealed to the Lori regional court. The regional court has not set a date.",
        [("Lori regional court", "ORG", "Lori regional court")],
        [("regional court", "ORG")],
        id="a-lower-case-court-after-its-seat",
    ),
    pytest.param(
        'The Association of Beekeepers "Altyn Bal" and the Citizens\' Representative Khural of the soum met.',
        [
            ('Association of Beekeepers "Altyn Bal"', "ORG", 'Association of Beekeepers "Altyn Bal"'),
            ("Citizens' Representative Khural", "ORG", "Citizens' Representative Khural"),
        ],
        [],
        id="a-quoted-own-name-and-an-assembly-head",
    ),
    pytest.param(
        "The herders of Erdene soum and the Tavush marz moved their animals. In the soum of Bayantsagaan the wells are dry.",
        [("Erdene soum", "PLACE", "Erdene"), ("Tavush marz", "PLACE", "Tavush"), ("Bayantsagaan", "PLACE", "Bayantsagaan")],
        [],
        id="mongolian-and-armenian-area-words",
    ),
    pytest.param(
        "The secretary, Rhys ap Gwilym, spoke first. “We are ready,” ap Gwilym said. The bridge at Pont Llanfair was shut.",
        [("ap Gwilym", "PERSON", "Rhys ap Gwilym"), ("Pont Llanfair", "PLACE", "Pont Llanfair")],
        [],
        id="welsh-patronymic-particle-and-bridge-word",
    ),
    pytest.param(
        "The farmer Dilshod Karimov sued. The court said D. Karimov was warned twice.",
        [("D. Karimov", "PERSON", "Dilshod Karimov")],
        [],
        id="an-initial-joins-the-full-name",
    ),
    pytest.param(
        "A dairy in north-west Wales and a mill in southern Scotland closed.",
        [("Wales", "PLACE", "Wales"), ("Scotland", "PLACE", "Scotland")],
        [],
        id="a-compass-word-between-preposition-and-place",
    ),
    pytest.param(
        "Members met in a hall on Cae Glas, the square in Bala, and later in Corran, a village in Lochaber.",
        [("Bala", "PLACE", "Bala"), ("Corran", "PLACE", "Corran")],
        [("Corran", "PERSON")],
        id="a-name-in-apposition-with-a-place-noun",
    ),
    pytest.param(
        "She told Radio Kaunas that the port was shut, and Television Vardar showed the queue. Radio stations were silent.",
        [("Radio Kaunas", "ORG", "Radio Kaunas"), ("Television Vardar", "ORG", "Television Vardar")],
        [("Radio", "ORG")],
        id="broadcasters-named-radio-or-television-and-a-place",
    ),
    pytest.param(
        "The Rivne city council and the Sumy regional administration met. The city council said no.",
        [("Rivne city council", "ORG", "Rivne city council"), ("Sumy regional administration", "ORG", "Sumy regional administration")],
        [("city council", "ORG")],
        id="lower-case-councils-after-their-seat",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), EN5_SHAPES)
def test_en5_shapes(text: str, present: list[tuple[str, str, str]], absent: list[tuple[str, str]]) -> None:
    test_names_the_small_model_misses(text, present, absent)


# People of cultures and shapes the small model does not know (entities batch 6): a title of address
# before the name (roles.yml address_titles) or after it (address_titles_after), an occupation noun
# before it (occupation_nouns), a list it shares with people, an apposition only a person takes, a Zulu
# personal prefix glued to a family name an article's person bears, a patronymic with "ka", a name
# the model ran over "and", a lower-case name after an occupation noun; then "the <occupation>" alone
# (occupation_descriptors). Invented names and sentences; the absent spans keep places and
# organisations that sit in the same slots.
EN6_SHAPES = [
    pytest.param(
        "Ratu Peni Lomaloma, the district chief, said the road was cut. Ratu Peni thanked the volunteers.",
        [("Peni", "PERSON", "Peni Lomaloma")],
        [("Ratu", "ORG"), ("Ratu Peni", "ORG")],
        id="a-chiefly-title-before-a-name",
    ),
    pytest.param(
        "Gogo Nomthandazo Dube lost four goats, and Inkosi Sifiso Mabaso called a meeting. Later Gogo Dube said she would stay.",
        [
            ("Nomthandazo Dube", "PERSON", "Nomthandazo Dube"),
            ("Sifiso Mabaso", "PERSON", "Sifiso Mabaso"),
            ("Dube", "PERSON", "Nomthandazo Dube"),
        ],
        [("Gogo Dube", "ORG"), ("Inkosi Sifiso Mabaso", "ORG")],
        id="customary-titles-before-a-name",
    ),
    pytest.param(
        'Councillor Lwandle Mkhabela said the pipe burst in May. "We need water now," said uMkhabela.',
        [("uMkhabela", "PERSON", "Lwandle Mkhabela")],
        [("uMkhabela", "ORG")],
        id="a-zulu-personal-prefix-glued-to-a-family-name",
    ),
    pytest.param(
        "The committee is chaired by Zodwa Hlongwane, a retired nurse. MaHlongwane said the tank had been empty since June.",
        [("MaHlongwane", "PERSON", "Zodwa Hlongwane")],
        [("MaHlongwane", "ORG")],
        id="a-clan-name-with-ma",
    ),
    pytest.param(
        "Sbonelo kaNdlela, the secretary of the association, said the buses were hired.",
        [("Sbonelo kaNdlela", "PERSON", "Sbonelo kaNdlela")],
        [("Sbonelo kaNdlela", "PLACE")],
        id="a-patronymic-with-ka",
    ),
    pytest.param(
        "The elder of the quarter Tächmämmet aga Orazmyradow said the mosque would collect money. Tächmämmet aga thanked the firemen.",
        [("Tächmämmet aga Orazmyradow", "PERSON", "Tächmämmet aga Orazmyradow"), ("Tächmämmet", "PERSON", "Tächmämmet aga Orazmyradow")],
        [],
        id="a-title-after-the-given-name",
    ),
    pytest.param(
        "He said that the watchman Täzegül first saw the smoke. The watchman is 58 years old.",
        [("Täzegül", "PERSON", "Täzegül"), ("The watchman", "PERSON", "Täzegül")],
        [("Täzegül", "ORG"), ("Täzegül", "PLACE")],
        id="an-occupation-noun-before-a-single-name-then-alone",
    ),
    pytest.param(
        "Inspector Viliame Tora told the court that containers were found. The inspector said more arrests were possible.",
        [("The inspector", "PERSON", "Viliame Tora")],
        [],
        id="an-office-before-a-name-then-alone",
    ),
    pytest.param(
        "The six accused, among them Tevita Vunibaka, Josaia Rokotuiloma and Pita Nakete, were granted bail.",
        [
            ("Tevita Vunibaka", "PERSON", "Tevita Vunibaka"),
            ("Josaia Rokotuiloma", "PERSON", "Josaia Rokotuiloma"),
            ("Pita Nakete", "PERSON", "Pita Nakete"),
        ],
        [("Josaia Rokotuiloma", "ORG"), ("Pita Nakete", "ORG")],
        id="people-of-one-list",
    ),
    pytest.param(
        "Ramsaroop, a cane grower who uses one name, said the fire began at night. Ramsaroop lost ten tonnes.",
        [("Ramsaroop", "PERSON", "Ramsaroop")],
        [("Ramsaroop", "ORG")],
        id="a-single-name-in-a-person-apposition",
    ),
    pytest.param(
        "Among the sellers are Aýnagözel Berdiýewa and Merdanguly Gurbanow, who lost their stalls.",
        [("Aýnagözel Berdiýewa", "PERSON", "Aýnagözel Berdiýewa"), ("Merdanguly Gurbanow", "PERSON", "Merdanguly Gurbanow")],
        [],
        id="two-people-the-model-ran-together",
    ),
    pytest.param(
        "The fisherman thabo ndlovu, who lost his boat, said the storm came fast.",
        [("thabo ndlovu", "PERSON", "Thabo Ndlovu")],
        [],
        id="a-lower-case-name-after-an-occupation-noun",
    ),
    pytest.param(
        "The prosecutor of Lecco, Marta Bianchi, said the case was closed. Ana Lopes of Braga, who runs a bakery, agreed.",
        [("Marta Bianchi", "PERSON", "Marta Bianchi")],
        [("Lecco", "PERSON"), ("Braga", "PERSON")],
        id="places-beside-people-stay-places",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), EN6_SHAPES)
def test_en6_shapes(text: str, present: list[tuple[str, str, str]], absent: list[tuple[str, str]]) -> None:
    test_names_the_small_model_misses(text, present, absent)


# ents7: mentions that name no one (invented strings): the pronoun "I", an article a translation
# glued to a common word, a country's code opening a currency, a role before "'s office".
NO_REFERENT = [
    pytest.param("“Every depot I have seen is full,” she said.", "I", "ORG", "spacy", True, id="the-pronoun-i"),
    pytest.param("“Theferry was our only link,” she said.", "Theferry", "ORG", "spacy", True, id="glued-article-lower"),
    pytest.param("He said theCouncil will pay for the repairs.", "theCouncil", "ORG", "spacy", True, id="glued-article-upper"),
    pytest.param("Theodora Vlachou said the pier was safe.", "Theodora Vlachou", "PERSON", "spacy", False, id="a-name-opening-with-the"),
    pytest.param("Visitors from Thebes came early.", "Thebes", "PLACE", "spacy", False, id="a-place-opening-with-the"),
    pytest.param("The fee of US$12 a month angered residents.", "US", "PLACE", "spacy", True, id="country-code-of-a-currency"),
    pytest.param("Prices in the US rose 4% this year.", "US", "PLACE", "spacy", False, id="the-country-itself"),
    pytest.param("The auditor’s office said the books were closed.", "auditor", "PERSON", "descriptor", True, id="role-before-office"),
    pytest.param("The auditor's department declined to comment.", "auditor", "PERSON", "descriptor", True, id="role-before-department"),
    pytest.param("The auditor’s report was late.", "auditor", "PERSON", "descriptor", False, id="role-before-a-thing-is-the-person"),
]


@pytest.mark.parametrize(("raw", "text", "label", "origin", "dropped"), NO_REFERENT)
def test_no_referent(raw: str, text: str, label: str, origin: str, dropped: bool) -> None:
    start = raw.index(text)
    mention = entities.Mention(start, start + len(text), label, origin)
    assert entities._no_referent(raw, mention) is dropped


def test_lowercase_repeat_after_a_determiner_is_a_common_noun() -> None:
    """ "the kund" after "Gopal Kund": the language's common noun, not the person again."""
    raw = "Gopal Kund opened the tank in 1720. Visitors near the kund fell ill, said kund water was clean."
    mentions = [entities.Mention(0, len("Gopal Kund"), "PERSON", "spacy")]
    out = entities._lowercase_repeats(raw, [(0, len(raw))], mentions, entities.People())
    assert [raw[m.start : m.end] for m in out] == ["kund"]
    assert out[0].start == raw.index("said kund") + len("said ")


ENTS7_TITLES = [
    pytest.param(
        "The board's lawyer, Atty. Ramon Cruz, said the fare would rise. Hon. Ada Obi, a councillor, disagreed.",
        [("Ramon Cruz", "PERSON", "Ramon Cruz"), ("Ada Obi", "PERSON", "Ada Obi")],
        [("Atty", "PERSON"), ("Atty", "ORG"), ("Hon", "ORG"), ("Hon", "PERSON")],
        id="abbreviated-styles-are-no-names",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), ENTS7_TITLES)
def test_ents7_titles(text: str, present: list[tuple[str, str, str]], absent: list[tuple[str, str]]) -> None:
    test_names_the_small_model_misses(text, present, absent)


# ents7: sentences and quotations a translation left in the source language (invented strings).
FOREIGN_RUNS = [
    pytest.param("Lue myös: Uusi silta Porissa valmistuu vasta keväällä\n", True, id="a-read-also-line"),
    pytest.param("“Wir haben kein Wasser mehr seit gestern,” said Lena Vogt.", True, id="a-foreign-quotation"),
    pytest.param("Подпишитесь на наш канал, чтобы узнать новости первыми!", True, id="another-script"),
    pytest.param("The mayor of Kampen said the bridge would open in May.", False, id="english"),
    pytest.param("The mandi arhtiya of Khanna said the quintal price fell.", False, id="english-with-a-few-loanwords"),
    pytest.param("The kamnan of tambon Nong Pla, Mr.", False, id="too-few-lower-case-words"),
]


@pytest.mark.parametrize(("raw", "foreign"), FOREIGN_RUNS)
def test_foreign_runs(raw: str, foreign: bool) -> None:
    runs = entities._foreign_runs(raw, [(0, len(raw))])
    word = next(re.finditer(r"[^\W\d_]{4,}", raw))
    assert runs.overlaps(word.start(), word.end()) is foreign


def test_foreign_line_keeps_names_a_lexicon_knows() -> None:
    """A gazetteer place or an acronym in a foreign line stays; an unknown capitalised word goes."""
    raw = "Lees ook: Nieuwe brug in Rotterdam kost meer dan gepland"
    known = entities.Mention(raw.index("Rotterdam"), raw.index("Rotterdam") + 9, "PLACE", "spacy")
    unknown = entities.Mention(raw.index("Nieuwe"), raw.index("Nieuwe") + 6, "PERSON", "spacy")
    assert not entities._unknown_name(raw, known)
    assert entities._unknown_name(raw, unknown)


# ents8: words and shapes the tagger takes for people that name nobody (not_people.yml; invented strings).
NOT_PEOPLE = [
    pytest.param("The Druze of the hills sent bread to the camp.", [], [("Druze", "PERSON")], id="a-faith-community"),
    pytest.param(
        "Ismailis and Alevis prayed together for the miners.", [], [("Ismailis", "PERSON"), ("Alevis", "PERSON")], id="plural-faiths"
    ),
    pytest.param(
        "Karen and Mon villagers fled across the river.", [], [("Karen", "PERSON"), ("Mon", "PERSON")], id="ambiguous-peoples-before-a-noun"
    ),
    pytest.param("Karen Lindqvist said the ferry was late.", [("Karen Lindqvist", "PERSON")], [], id="a-given-name-stays"),
    pytest.param("The festival ends on Cumartesi with a parade.", [], [("Cumartesi", "PERSON"), ("Cumartesi", "PLACE")], id="a-weekday"),
    pytest.param(
        "A sack of rice costs 70,000 Kyat in the market.", [], [("Kyat", "PERSON"), ("Kyat", "ORG")], id="a-currency-after-a-number"
    ),
    pytest.param("“Bhaiya, the road is closed,” a girl told the driver.", [], [("Bhaiya", "PERSON")], id="a-word-of-address"),
    pytest.param("The Warden locked the gates at nine.", [], [("Warden", "PERSON")], id="a-role-alone"),
    pytest.param("Village Headwoman told the reporters the well was dry.", [], [("Village Headwoman", "PERSON")], id="a-role-run"),
    pytest.param("Karibu! The school welcomed the new pupils.", [], [("Karibu", "PERSON")], id="an-exclamation"),
    pytest.param("The families slept in the church, used as a Refuge.", [], [("Refuge", "PERSON")], id="a-noun-after-a-determiner"),
    pytest.param(
        "Police seized fake Nike and Gucci belts at the port.",
        [],
        [("Nike", "PERSON"), ("Gucci", "PERSON")],
        id="brands-before-a-plural-noun",
    ),
    pytest.param("Ahmed Salah supporters blocked the road.", [("Ahmed Salah", "PERSON")], [], id="followers-keep-the-person"),
    pytest.param("Kampala Pirates beat the visitors 3-0.", [], [("Kampala Pirates", "PERSON")], id="a-club-ending-in-a-team-noun"),
    pytest.param("Students attended the Mariam Bello Lecture on Friday.", [], [("Mariam Bello Lecture", "PERSON")], id="a-lecture"),
    pytest.param(
        "The injured were taken to the Hospital Ramón Ezeiza Mora in the capital.",
        [("Hospital Ramón Ezeiza Mora", "ORG")],
        [("Ramón Ezeiza Mora", "PERSON")],
        id="an-institution-word-before-a-name",
    ),
    pytest.param(
        "Lee Dong-hyun opened the plant. Lee says it will hire 300 people.", [("Lee", "PERSON")], [], id="a-family-name-first-alone-later"
    ),
    pytest.param("In 2021 Tomasz Nowicki became the mayor.", [("Tomasz Nowicki", "PERSON")], [], id="a-year-before-a-name"),
]


@pytest.mark.parametrize(("text", "present", "absent"), NOT_PEOPLE)
def test_not_people(text: str, present: list[tuple[str, str]], absent: list[tuple[str, str]]) -> None:
    assert_labels(text, present, absent)


# ents8: names the tagger takes for people that are places, clubs and companies (invented strings).
NOT_PEOPLE_NAMES = [
    pytest.param(
        "Floods reached the municipality of Tomás Arévalo Pérez overnight.",
        [("Tomás Arévalo Pérez", "PLACE")],
        [("Tomás Arévalo Pérez", "PERSON")],
        id="a-place-named-after-someone",
    ),
    pytest.param("The mayor of Ndangane asked for boats.", [], [("Ndangane", "PERSON")], id="the-mayor-of-a-town"),
    pytest.param(
        "Velež Mostar beat the visitors in the cup.", [("Velež Mostar", "ORG")], [("Velež Mostar", "PERSON")], id="a-club-and-its-city"
    ),
    pytest.param(
        "Workers of Rose Kariuki Textiles walked out on Monday.",
        [("Rose Kariuki Textiles", "ORG")],
        [("Rose Kariuki Textiles", "PERSON")],
        id="a-company-plural",
    ),
    pytest.param(
        "Headteacher Agnes Moraa Nyaboke said the exams would go on.",
        [("Agnes Moraa Nyaboke", "PERSON")],
        [("Headteacher Agnes Moraa Nyaboke", "PERSON")],
        id="a-capitalised-role-stays-outside",
    ),
    pytest.param("The son of Hamid Qasemi told the court he was innocent.", [("Hamid Qasemi", "PERSON")], [], id="kin-of-a-person"),
]


@pytest.mark.parametrize(("text", "present", "absent"), NOT_PEOPLE_NAMES)
def test_not_people_names(text: str, present: list[tuple[str, str]], absent: list[tuple[str, str]]) -> None:
    assert_labels(text, present, absent)


@pytest.mark.parametrize(
    ("raw", "name", "instead"),
    [
        ("Fans of Velež Mostar sang in the stadium.", "Velež Mostar", "ORG"),
        ("Velež Mostar said he would stay in town.", "Velež Mostar", None),  # no sports words: maybe a person
        ("Staff of Rose Kariuki Textiles were paid late.", "Rose Kariuki Textiles", "ORG"),
        ("Lagos Kings lost again.", "Lagos Kings", "ORG"),
        ("Tourists queued at the crossing of Yusuf Hamdi.", "Yusuf Hamdi", "PLACE"),
        ("The wife of Yusuf Hamdi spoke first.", "Yusuf Hamdi", None),
        ("She opened the Bello Akande Lecture.", "Bello Akande Lecture", "drop"),
    ],
)
def test_not_a_person_run(raw: str, name: str, instead: str | None) -> None:
    """What a tagger's "person" run is instead, read from its words and context alone."""
    start = raw.index(name)
    m = entities.Mention(start, start + len(name), "PERSON", "spacy")
    assert entities._not_a_person_run(raw, m, {}) == instead


@pytest.mark.parametrize(
    ("day", "holder"),
    [("2022-06-01", "Wang Yi"), ("2023-03-01", "Qin Gang"), ("2024-05-01", "Wang Yi"), ("2012-01-01", None)],
)
def test_dated_holder_of_an_office_held_twice(day: str, holder: str | None) -> None:
    """A minister who returns to an office is its holder in both terms, not in between."""
    office = _people.office_for("Chinese foreign minister")
    assert office is not None
    assert _people.holder(office, date=day, named=set()) == holder


@pytest.mark.parametrize(
    ("text", "descriptor", "person"),
    [
        (
            "The Chilean president, Rosa Ferrer, called her Peruvian counterpart, Hugo Salas. Later the Chilean head of state spoke.",
            "Chilean head of state",
            "Rosa Ferrer",
        ),
        (
            "The Chilean president, Rosa Ferrer, called her Peruvian counterpart, Hugo Salas. The Peruvian leader agreed.",
            "Peruvian leader",
            "Hugo Salas",
        ),
        (
            "The Chilean president, Rosa Ferrer, called her Peruvian counterpart, Hugo Salas. The Peruvian president agreed.",
            "Peruvian president",
            "Hugo Salas",
        ),
        (
            "The Kenyan prime minister, Jane Odera, met the Kenyan president, Paul Kibet. The Kenyan leader left early.",
            "Kenyan leader",
            None,
        ),
        (
            "The Chilean president, Rosa Ferrer, spoke. The former Chilean president stayed away.",
            "Chilean president",
            None,
        ),
    ],
)
def test_nationality_and_title_name_the_article_s_one_holder(text: str, descriptor: str, person: str | None) -> None:
    """Countries the roles lexicon does not list: the article's own apposition decides."""
    _raw, spans = annotate_text(text)
    last = text.rindex(descriptor)
    got = [s.attrs.get("canonical") for s in spans if s.label == "PERSON" and s.start == last]
    assert got == ([person] if person else [])
