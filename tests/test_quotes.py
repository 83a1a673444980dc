"""Quotes layer: quote marks, attribution positions, speaker resolution.

Tables of invented news sentences (other events than the seeds) → expected
(quote text, speaker). Each table runs twice: with the entities layer as
built, and with it empty, because the quotes layer must stand on its own.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parallax import annotate, nlp
from parallax.annotate import _attribution as att
from parallax.annotate import _quotemarks, entities, quotes
from parallax.ingest import ingest_file
from parallax.model import Article, Metadata, Span
from parallax.segment import segment

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
FIXTURES = sorted((ROOT / "tests" / "fixtures" / "quotes").glob("*.yml"))


def article_of(text: str) -> Article:
    """An article whose paragraphs (blank-line separated) are all body text."""
    blocks = []
    pos = 0
    for part in text.split("\n\n"):
        blocks.append(Span(pos, pos + len(part), "body"))
        pos += len(part) + 2
    return Article(id="t", source="t.txt", raw=text, meta=Metadata(title="t"), blocks=blocks)


def quote_spans(article: Article) -> list[Span]:
    """The quotes layer on its own (entities first, as in the pipeline)."""
    body = [(b.start, b.end) for b in article.blocks if b.label == "body"]
    chunks = nlp.parse(article.raw, body)
    ctx = annotate.Context(article, segment(article, chunks), chunks)
    ctx.layers["entities"] = entities.find(ctx)
    return sorted(quotes.find(ctx), key=lambda s: s.start)


def quotes_of(text: str) -> list[tuple[str, str | None]]:
    a = article_of(text)
    return [(s.text(a.raw), s.attrs["speaker"]) for s in quote_spans(a)]


@pytest.fixture(params=["with-entities", "without-entities"])
def mode(request, monkeypatch):
    if request.param == "without-entities":
        monkeypatch.setattr(entities, "find", lambda ctx: [])
    return request.param


# --- quote marks alone (pure) ----------------------------------------------------

MARKS = [
    ("He called it “the best ever“, and “strong”.", [("the best ever", "mismatched"), ("strong", "ok")]),
    ('"We will win," he said. "And stay."', [("We will win,", "straight"), ("And stay.", "straight")]),
    ("She called it ‘a farce’ today.", [("a farce", "ok")]),
    ("Jean Dubois said: «The border stays open.»", [("The border stays open.", "ok")]),
    ("«Il a dit “non” hier», dit-il.", [("Il a dit “non” hier", "ok")]),
    ("German style: „Wir schaffen das“, sagte sie.", [("Wir schaffen das", "ok")]),
    ("Reversed ”mark used” as opener.", [("mark used", "mismatched")]),
    ("his country “Are you ready“in what is “a hard time” now.", [("Are you ready", "mismatched"), ("a hard time", "ok")]),
    ("“Open ‘nested’ and the growers’ union,” he said.", [("Open ‘nested’ and the growers’ union,", "ok")]),
    ("‘Unclosed single and “double” here.", [("double", "ok")]),
    ("“We start. The rest later”, she said, “and soon.", [("We start. The rest later", "ok"), ("and soon.", "unclosed")]),
    # Apostrophes and inch marks are never quotes.
    ("Let’s see what Russia’s ’90s policy did to the farmers’ union.", []),
    ("rock ’n’ roll and the ‘80s are back.", []),
    ('The 12" screen costs less than the 15" model.', []),
    ("An empty pair “ ” and nothing else.", []),
]


@pytest.mark.parametrize(("text", "expected"), MARKS)
def test_pair_marks(text, expected):
    got = [(text[q.start : q.end], q.marks) for q in _quotemarks.pair(text, [(0, len(text))])]
    assert got == expected


def test_pair_multi_paragraph_convention():
    text = "“We drilled for six months.\n\n“Next we test the water.”"
    paras = [(0, 27), (29, len(text))]
    got = [(text[q.start : q.end], q.marks, q.continues) for q in _quotemarks.pair(text, paras)]
    assert got == [("We drilled for six months.", "ok", True), ("Next we test the water.", "ok", True)]


def test_unclosed_paragraph_without_reopening_is_unclosed():
    text = "She said: “We drilled for six months.\n\nThe company declined to comment."
    paras = [(0, 37), (39, len(text))]
    got = [(text[q.start : q.end], q.marks, q.continues) for q in _quotemarks.pair(text, paras)]
    assert got == [("We drilled for six months.", "unclosed", False)]


# --- attribution positions (full layer) ---------------------------------------------

POSITIONS = [
    # X said: “…”
    (
        "Finance Minister Anna Kowalski said on Monday: “We will not raise taxes this year.”",
        [("We will not raise taxes this year.", "Anna Kowalski")],
    ),
    # “…”, X said
    ("“The bridge will reopen in March,” Mayor Tom Berger said.", [("The bridge will reopen in March,", "Tom Berger")]),
    # “…”, said X
    ("“The bridge will reopen in March,” said Tom Berger, the city’s mayor.", [("The bridge will reopen in March,", "Tom Berger")]),
    # X said she was “…”
    ("Coach Elena Marsh said she was “proud of every player” after the final.", [("proud of every player", "Elena Marsh")]),
    # topic, X said, “…” (the reporting clause inside the sentence), surname completed
    (
        "Elena Marsh opened the season on Sunday. The new stadium, Marsh said, “will belong to the whole city”.",
        [("will belong to the whole city", "Elena Marsh")],
    ),
    # Emphasizing that “…” continues the previous speaker
    (
        "Prime Minister Ivo Daskalov said the reform was “overdue”. Stressing that “nobody will lose their pension”.",
        [("overdue", "Ivo Daskalov"), ("nobody will lose their pension", "Ivo Daskalov")],
    ),
    # descriptor resolved from the article's own apposition
    (
        "Brazilian President Carla Mendes met farmers in the north. “We will build the road,” the Brazilian president said.",
        [("We will build the road,", "Carla Mendes")],
    ),
    # pronoun after the quote
    ("Carla Mendes visited the dam on Tuesday. “This project is finished,” she said.", [("This project is finished,", "Carla Mendes")]),
    # a pronoun of the wrong gender (a translation artifact) still finds the salient speaker
    ("Carla Mendes visited the dam on Tuesday. “This project is finished,” he said.", [("This project is finished,", "Carla Mendes")]),
    # unclosed quote glued to the attribution
    (
        "Union leader Ahmed Saleh spoke to the workers: “We will strike until the contract is signedhe said, according to local radio.",
        [("We will strike until the contract is signed", "Ahmed Saleh")],
    ),
    # opening mark used as the closing one
    (
        "“The harvest was the worst in decades“, said Piet Janssen, a spokesman for the growers.",
        [("The harvest was the worst in decades", "Piet Janssen")],
    ),
    # straight quotes, two quotes in one sentence
    (
        'Maria Lopez said "the vote was fair" and added: "We accept the result."',
        [("the vote was fair", "Maria Lopez"), ("We accept the result.", "Maria Lopez")],
    ),
    # guillemets
    ("Jean Dubois told reporters: «The border stays open.»", [("The border stays open.", "Jean Dubois")]),
    # multi-paragraph quote (news convention) continues its speaker
    (
        "“The first phase is done,” said engineer Lara Stein. “We drilled for six months.\n\n“Next we test the water. Nobody knows what we will find.”",
        [
            ("The first phase is done,", "Lara Stein"),
            ("We drilled for six months.", "Lara Stein"),
            ("Next we test the water. Nobody knows what we will find.", "Lara Stein"),
        ],
    ),
    # according to X, who called …
    (
        "The plant will close, according to Omar Haddad, who called the decision “a disaster for the valley”.",
        [("a disaster for the valley", "Omar Haddad")],
    ),
    # scare quotes: kept, no speaker
    ("The so-called “green corridor” was opened on Friday.", [("green corridor", None)]),
    # partial quote attributed by the sentence
    ("Police chief Dana Okafor described the protest as “largely peaceful”.", [("largely peaceful", "Dana Okafor")]),
    # two speakers in a row
    (
        "“We are ready,” said Tom Berger. “We are not,” replied Elena Marsh.",
        [("We are ready,", "Tom Berger"), ("We are not,", "Elena Marsh")],
    ),
    # two quotes share one attribution after them
    (
        "“Prices will fall” and “wages will rise,” the economist Hugo Brandt said.",
        [("Prices will fall", "Hugo Brandt"), ("wages will rise,", "Hugo Brandt")],
    ),
    # an unnamed speaker stays unknown
    ("“It was chaos,” one witness said.", [("It was chaos,", None)]),
    # spokesman named in apposition
    ("The ministry’s spokesman, Lukas Meier, said the talks were “productive”.", [("productive", "Lukas Meier")]),
    # the words of X
    (
        "The city, while insisting that it “is ready for the storm” — the words of Nora Quist, head of the civil protection agency — is evacuating the coast.",
        [("is ready for the storm", "Nora Quist")],
    ),
    # a quote interrupted by its attribution
    (
        "“We will rebuild,” Mayor Tom Berger said, “and we will do it this year.”",
        [("We will rebuild,", "Tom Berger"), ("and we will do it this year.", "Tom Berger")],
    ),
    # according to + object pronoun, according to + an office-holder named only earlier
    (
        "Finance Minister Anna Kowalski met the bankers. According to her, the reform is “long overdue”.",
        [("long overdue", "Anna Kowalski")],
    ),
    (
        "Prime Minister Ivo Daskalov visited the flooded towns.\n\nAccording to the prime minister, aid will arrive “within a week”.",
        [("within a week", "Ivo Daskalov")],
    ),
    # an indefinite descriptor after "according to" stays unknown
    ("The pier is unsafe. According to one engineer, it is “close to collapse”.", [("close to collapse", None)]),
    # an organisation whose name holds a title word, then "it said"
    (
        "The Public Prosecutor’s Office welcomed the ruling. “Nobody is above the law,” it said in a statement.",
        [("Nobody is above the law,", "Public Prosecutor’s Office")],
    ),
    # MT: an inverted verb, a parenthetical, and a name closing the descriptor without a comma
    (
        "“It is a plan for the cameras,” estimated for his part the deputy of opposition Rosa Ibarra, who wants a law.",
        [("It is a plan for the cameras,", "Rosa Ibarra")],
    ),
    # … but an organisation closing it is not the speaker
    ("“The figures are wrong,” said an analyst at Nordbank.", [("The figures are wrong,", None)]),
    # "his neighbour" is not "he": a possessed descriptor is someone new
    (
        "“We lose the grain,” said Olof Berg, who farms outside the town. His neighbour agreed: “It has never been this dry.”",
        [("We lose the grain,", "Olof Berg"), ("It has never been this dry.", None)],
    ),
    # a sports descriptor varies the name of the same player
    (
        "Captain Yusuf Demir was less diplomatic. “Both goals were clean,” the midfielder told reporters.",
        [("Both goals were clean,", "Yusuf Demir")],
    ),
    # a company's officer in apposition: the possessor is not the speaker ("managing" parsed as a verb)
    (
        "“We cannot run a ship half empty,” Baltline’s managing director, Sven Aaberg, told the paper.",
        [("We cannot run a ship half empty,", "Sven Aaberg")],
    ),
    # a headline "Name: “…”" with no verb; a single common word before the colon names nobody
    (
        "Health Minister Iveta Novak: “No shortage of vaccines”\n\nThe ministry published its figures on Monday.",
        [("No shortage of vaccines", "Iveta Novak")],
    ),
    ("Exclusive: “The pier is closing”\n\nThe pier will close in May.", [("The pier is closing", None)]),
    # the speaker named in the next sentence
    (
        "“We want a new school, not promises.” The words came from Lena Vogt, who chairs the parents’ council.",
        [("We want a new school, not promises.", "Lena Vogt")],
    ),
    (
        "“The team gave everything.” That was the verdict of coach Pavel Ruzicka after the match.",
        [("The team gave everything.", "Pavel Ruzicka")],
    ),
    # a headline quoting the body borrows the body quote's speaker; a short one does not
    (
        "Union: “The strike goes on”\n\n“The strike goes on until Friday,” union leader Ahmed Saleh said.",
        [("The strike goes on", "Ahmed Saleh"), ("The strike goes on until Friday,", "Ahmed Saleh")],
    ),
    (
        "Park sale: “No”\n\n“No, we will not sell the park,” Mayor Tom Berger said.",
        [("No", None), ("No, we will not sell the park,", "Tom Berger")],
    ),
    # … and a title before the colon names the one person the article gives it
    (
        "Mayor: “No”\n\n“No, we will not sell the park,” Mayor Tom Berger said.",
        [("No", "Tom Berger"), ("No, we will not sell the park,", "Tom Berger")],
    ),
    # "the company added": the organisation of that kind the article named
    (
        "The furniture maker Brennhaus will close its plant. “The market has collapsed,” the company added.",
        [("The market has collapsed,", "Brennhaus")],
    ),
    (
        "Kestrel Motors and the union Fortas met on Friday. “We are close to a deal,” the union said.",
        [("We are close to a deal,", "Fortas")],
    ),
    # … but a union is no company, and an unnamed association stays unknown
    ("The union Fortas called a strike. “Sales are falling,” the company said.", [("Sales are falling,", None)]),
    ("The farmers’ association called the aid “a drop in the ocean”.", [("a drop in the ocean", None)]),
    # headlines: a surname or a title before a colon or a headline verb, resolved forward
    (
        "Lindqvist warns of “dark days” for pensions\n\nLabour Minister Tomas Lindqvist said the fund would be empty by 2030.",
        [("dark days", "Tomas Lindqvist")],
    ),
    (
        "Mayor Berger: city will not sell the park, “not now, not ever”\n\nThe mayor, Tom Berger, told the council so.",
        [("not now, not ever", "Tom Berger")],
    ),
    (
        "Union slams “betrayal” as port closes\n\nThe dockers’ union Portlabour said the closure was a betrayal.",
        [("betrayal", "Portlabour")],
    ),
    # a one-word headline quote taken from a body quote; never a common word
    (
        "Islanders “abandoned” as ferry stops\n\n“We feel abandoned,” said Greta Nyman, who runs the shop.",
        [("abandoned", "Greta Nyman"), ("We feel abandoned,", "Greta Nyman")],
    ),
    ("“We were lied to”, say dockers as port closes\n\nDockers gathered at the gates.", [("We were lied to", None)]),
    # "he" after an unnamed person who spoke is that person, not the last one named
    (
        "Harbour master Lars Eide opened the meeting. A port official who asked not to be named said the talks had stalled. "
        "He described the mood as “very tense”.",
        [("very tense", None)],
    ),
    # a role, its organisation, then the name set off by commas
    (
        "A spokeswoman for the Coastal Protection Agency, Mira Holt, said 300 people were in shelters. “The tents are full,” she said.",
        [("The tents are full,", "Mira Holt")],
    ),
    (
        "“We are not striking against the travellers,” said the regional chairwoman of the union Fortas, Dr. Lena Brandt, at a rally.",
        [("We are not striking against the travellers,", "Lena Brandt")],
    ),
    # a new sentence after a finished quote is not its attribution; "he told X": X listens
    (
        "“The lock is safe,” said Paul Mbarga, who added that the canal was run “for every town on it.” He told Radio Nord that divers would inspect it.",
        [("The lock is safe,", "Paul Mbarga"), ("for every town on it.", "Paul Mbarga")],
    ),
    # an organisation's view reported by a person is quoted in that person's words
    (
        "A spokesman of the Ministry of Fisheries, Olav Rind, said the ministry expects “a quiet season”.",
        [("a quiet season", "Olav Rind")],
    ),
    # a written channel names the speaker even when the verb is mangled
    (
        "The Ministry of Transport, in a note, let it be known that it watches “very closely” the tender.",
        [("very closely", "Ministry of Transport")],
    ),
    # a name between commas right before the verb
    (
        "The mayor defeated in May, Ines Moura, spoke of “a stolen vote” and promised to appeal.",
        [("a stolen vote", "Ines Moura")],
    ),
    # two people of different genders: across a paragraph break the pronoun's gender decides …
    (
        "Teodor Vance came first. “We stay,” he said. Elin Moss came later. “So do we,” she said.\n\n"
        "Elin Moss stayed with the workers.\n\n“I will be back,” he wrote later.",
        [("We stay,", "Teodor Vance"), ("So do we,", "Elin Moss"), ("I will be back,", "Teodor Vance")],
    ),
    # … within a paragraph the nearest person wins (translation swaps he/she)
    (
        "Teodor Vance came first. “We stay,” he said. Elin Moss came later. “So do we,” she said. Moss stayed. “I will be back,” he said.",
        [("We stay,", "Teodor Vance"), ("So do we,", "Elin Moss"), ("I will be back,", "Elin Moss")],
    ),
    # … and a person of the pronoun's gender named after a subject of no known gender
    (
        "Kim Tarr said the oven had failed, according to the bakery's manager, Maria Vale. “We are sorry,” she said.",
        [("We are sorry,", "Maria Vale")],
    ),
    # … but the one person acting in the same paragraph is who a role noun varies
    (
        "Bruno Lopes praised his team.\n\nRafael Moura complained.\n\nTiago Serra dedicated the goal to his father. "
        "“He was in the stadium,” told the striker of 21 years.",
        [("He was in the stadium,", "Tiago Serra")],
    ),
    # "according to the ministry": the ministry the article named, when no reporting verb names someone
    (
        "The Ministry of Health bought two million doses.\n\nAccording to the ministry, the doses will arrive “in three lots”.",
        [("in three lots", "Ministry of Health")],
    ),
    # nested quotes are their own spans, speaker unknown
    (
        "“I said ‘pause’, not ‘closure’,” Teodor Vance said.",
        [("I said ‘pause’, not ‘closure’,", "Teodor Vance"), ("pause", None), ("closure", None)],
    ),
    # a role nobody in the article was given, with two people in play: nobody
    (
        "Henrik Dahl and Sofia Berg presented the merger on Monday. “We will keep every terminal open,” the chief executive said.",
        [("We will keep every terminal open,", None)],
    ),
    # X said: “… .” then a new sentence naming someone else: still X
    (
        "Transport Minister Anna Berg said on Monday: “We will talk to the union this week.” According to Reuters, the port is closed.",
        [("We will talk to the union this week.", "Anna Berg")],
    ),
    (
        "Mayor Zofia Cranelli said: “The city stands with the workers.” Tomas Lind did not answer questions from reporters.",
        [("The city stands with the workers.", "Zofia Cranelli")],
    ),
    # “… .” X said. (no introduction before it): the sentence after names the speaker
    (
        "Anna Berg spoke to reporters. “We will talk to the union.” Tomas Lind said on Monday.",
        [("We will talk to the union.", "Tomas Lind")],
    ),
]

# Speaker patterns that machine-translated and sports/court prose use more
# than the first gold texts did: each row names the pattern it guards.
SPEAKER_PATTERNS = [
    # an age as a descriptor: the one person acting in the paragraph
    (
        "The union's president, Marta Olsen, announced the strike in Bergen. “This was not decided in anger,” the 58-year-old said.",
        [("This was not decided in anger,", "Marta Olsen")],
    ),
    # inverted verb, then the recipient before the speaker (dijo a Reuters la vocera …)
    (
        "“The river is dying”, said to Reuters the spokeswoman of the fishermen, Ana Ribeiro, from the harbour.",
        [("The river is dying", "Ana Ribeiro")],
    ),
    # inverted verb, then a circumstance of several phrases before the speaker
    (
        "The Minister of Labour, Pablo Ortiz, travelled to the port on Monday.\n\n"
        "“We will open talks with everybody”, announced after the meeting with the leaders of the strike the minister, who took office in May.",
        [("We will open talks with everybody", "Pablo Ortiz")],
    ),
    # a generic "the official" before a colon stands for the minister named before
    (
        "The Minister of Transport of the province, Julio Sanz, visited the site. The official was conciliatory: “Nobody wants to close the line.”",
        [("Nobody wants to close the line.", "Julio Sanz")],
    ),
    # a descriptor no lexicon holds (il primo cittadino): the one person of the paragraph
    (
        "The mayor of Alba, Rita Conti, has spoken of «fear». «We saw the water everywhere», has told the first citizen to the journalists.",
        [("fear", "Rita Conti"), ("We saw the water everywhere", "Rita Conti")],
    ),
    # a title outside the lexicon, given with the name, found again later
    (
        "The chief curator of the City Museum, Lars Holm, resigned on Friday.\n\nThe mayor, Eva Berg, regretted the step.\n\n"
        "„If the council wants it, yes“, answered the curator.",
        [("If the council wants it, yes", "Lars Holm")],
    ),
    # a "who" clause makes any noun a person: an unnamed one
    (
        "Lars Holm resigned on Friday. A cellist, who wanted to remain unnamed, said to the agency: „We play with fear.“",
        [("We play with fear.", None)],
    ),
    # … and "she" after such an unnamed person is not the woman named before
    (
        "Judge Nora Quist read the sentence. One donor who followed the trial, a retired teacher, was less forgiving. “He should pay it back,” she said.",
        [("He should pay it back,", None)],
    ),
    # "according to the hydrologist X" makes X the person a later "she" is
    (
        "The minister, Ana Ruiz, defended the plan. According to the hydrologist Marta Vidal, “the aquifer is falling”. "
        "She told reporters that the level fell. “We need data”, she specified.",
        [("the aquifer is falling", "Marta Vidal"), ("We need data", "Marta Vidal")],
    ),
    # a surname MT puts right after a noun ("with the newspaper Brandt explained") is still the person
    (
        "The chief conductor, Karl Brandt, resigned on Friday. The director Sabine Ohl was shocked.\n\n"
        "In the interview with the newspaper Brandt explained his decision. To the question whether he had negotiated, he answered: „Three times.“",
        [("Three times.", "Karl Brandt")],
    ),
    # a name the small model calls an organisation ("Marta Vidal") is still who "she" is
    (
        "Ana Ruiz and Marta Vidal met on Monday. Vidal said the talks had failed. “There is no deal,” she said.",
        [("There is no deal,", "Marta Vidal")],
    ),
    # an interview exchange: the question is the interviewer's, the answer the named person's
    (
        "Ana Ruiz spoke to the press on Monday. “Do you regret it?” “Not at all,” replied Ana Ruiz.",
        [("Do you regret it?", None), ("Not at all,", "Ana Ruiz")],
    ),
    # … and the newspaper that asks is the one newspaper the article named, however far back
    (
        "The chief curator, Karl Brandauer, told the Kieler Tagblatt that he would resign.\n\nThe mayor regretted it.\n\n"
        "The council will decide in May.\n\nThe union protested.\n\n"
        "„Will the museum survive?“, asked the newspaper. „If the council wants it, yes“, answered the curator.",
        [("Will the museum survive?", "Kieler Tagblatt"), ("If the council wants it, yes", "Karl Brandauer")],
    ),
    # "the charity" is the organisation the article gave that kind, even one the NER took for a person
    (
        "A court sentenced the former head of the charity lottery Lucky Star, Dara Quinn, to six years.\n\n"
        "The charity said in a statement that it had “cooperated fully with the police”.",
        [("cooperated fully with the police", "Lucky Star")],
    ),
    # a hyphenated title ("secretary-general") is one descriptor
    (
        "The union's secretary-general, Petra Hahn, called the offer an insult.\n\n“We will strike on Monday,” the secretary-general said.",
        [("We will strike on Monday,", "Petra Hahn")],
    ),
    # a reporting verb of several words after the quote (fare sapere → made known)
    ("«The road is closed», made known the Prefecture in a note.", [("The road is closed", "Prefecture")]),
    # … also before the quote, with a subject the parser hung on the verb as an adverbial
    (
        "CIVAVIA, from its side, made known that the airspace will remain closed “until new order”.",
        [("until new order", "CIVAVIA")],
    ),
    # … and literal renderings of sostenere, festejar
    (
        "“The prices will go down”, sustained the economist Marta Sousa, of the University of Lisbon.",
        [("The prices will go down", "Marta Sousa")],
    ),
    (
        "“It is a historic day”, celebrated on the social networks the president of the club, Jorge Nuno.",
        [("It is a historic day", "Jorge Nuno")],
    ),
    # an organisation introduced by its kind and name, then "it said"
    (
        "The Norwegian oil company Statra cut 500 jobs. It said the cuts were “unavoidable”.",
        [("unavoidable", "Statra")],
    ),
    # a people's member after "the" is a descriptor, not a name
    (
        "Pierre Lemaire won the stage. “I suffered on the last climb,” the Frenchman said.",
        [("I suffered on the last climb,", "Pierre Lemaire")],
    ),
    (
        "The head coach of the national team, Luis Prado, named his squad. “We are ready,” the Uruguayan said.",
        [("We are ready,", "Luis Prado")],
    ),
    # a lower-case word the tagger takes for a proper noun is a descriptor
    (
        "Carlos Mena, the owner of the bakery, reopened on Monday. “We lost two weeks,” the baker said.",
        [("We lost two weeks,", "Carlos Mena")],
    ),
    # … but a lower-case part of a hyphenated given name is still the name
    (
        'The launch failed. A spokesman for the agency, Park Jun-ho, said: "We are disappointed, but we knew the risk."',
        [("We are disappointed, but we knew the risk.", "Park Jun-ho")],
    ),
    # an indefinite noun of any kind as the subject of a reporting verb: someone unnamed
    ("Lena Ortiz opened the bridge. A woman in the crowd shouted: “Shame!”", [("Shame!", None)]),
    # "informed" (informou, informó) after a quote
    ("«The fire is under control», informed the Civil Protection, in a communiqué.", [("The fire is under control", "Civil Protection")]),
    # a question mark inside the quote, then a comma: the sentence goes on to its speaker
    ("„How should we pay that?“, asks Maria Lange, who runs a bakery in Rostock.", [("How should we pay that?", "Maria Lange")]),
    # a name run after titles the lexicon does not hold starts at the given name
    (
        'Detective Superintendent Gráinne Nolan of the Garda Economic Crime Bureau told RTÉ that arrests were near. "We know who they are," she said.',
        [("We know who they are,", "Gráinne Nolan")],
    ),
    # "For him, …" and "In her words, …": a pronoun holds the view, resolved like a subject
    (
        "The mayor, Oskar Lind, met the fishermen. He was calm. For him, “the quota is not the enemy”.",
        [("the quota is not the enemy", "Oskar Lind")],
    ),
    (
        "Inés Moral, the head of the clinic, left early. In her words, the cuts are “a slow closure”.",
        [("a slow closure", "Inés Moral")],
    ),
    # "In X's words" and "For X" without a comma, with a name the article gave
    (
        "Farid Haddad chairs the port board. Ana Leite spoke first. In Haddad's words, the plan is “dead on arrival”.",
        [("dead on arrival", "Farid Haddad")],
    ),
    (
        "Farid Haddad chairs the port board. Ana Leite spoke first. For Haddad the cranes “must be replaced this year”.",
        [("must be replaced this year", "Farid Haddad")],
    ),
    # … but a time after "For" or "In" names nobody
    ("Ana Leite spoke first. For years, the cranes have been “a danger”.", [("a danger", None)]),
    # a quote that is its own paragraph, its speaker named at the start of the next one
    (
        "“We did our job,” said the coach, Rui Baptista.\n\n“Football forgets quickly.”\n\nThat was the verdict of Hana Kovač, a former captain.",
        [("We did our job,", "Rui Baptista"), ("Football forgets quickly.", "Hana Kovač")],
    ),
    # … or someone unnamed there: unknown, not the speaker quoted before
    (
        "“We did our job,” said the coach, Rui Baptista.\n\n“The pitch is a swamp.”\n\nSo describes it a groundsman who asked not to be named.",
        [("We did our job,", "Rui Baptista"), ("The pitch is a swamp.", None)],
    ),
    # MT order: "the promise is of the mayor X" in the next sentence
    (
        "“The bridge will reopen in May.” The promise is of the mayor Carlos Duarte, who visited the site.",
        [("The bridge will reopen in May.", "Carlos Duarte")],
    ),
    # French "a lancé" after a quote, with a circumstance before the speaker
    (
        "« We are at the end », launched at the microphone Nadine Kervella, president of the fishermen's committee.",
        [("We are at the end", "Nadine Kervella")],
    ),
    # someone indefinite after an inverted verb: a name closing the phrase is a place, not them
    (
        "Jean Moreau opened the meeting. « We will return », warned at the end a young farmer of Morlaix, who gave no name.",
        [("We will return", None)],
    ),
    # across a paragraph break, "she" after a man and an unnamed titled woman: unknown, not him
    (
        "Olaf Berg spoke for the dockers. He said the talks had failed.\n\n"
        "The prefect of the region, for her part, called for calm. “Nobody gains from a blockade,” she said.",
        [("Nobody gains from a blockade,", None)],
    ),
    # a reported-speech chain quotes the inner speaker's words: not the outer speaker's
    (
        "The coach, Rui Baptista, said his assistant had told him: “We cannot win without Silva.”",
        [("We cannot win without Silva.", None)],
    ),
    (
        "Marta Lopes recounted that her neighbour had shouted: “The river is coming!”",
        [("The river is coming!", None)],
    ),
    # a verbless label before a colon: its one full name, even followed by an affiliation
    (
        "“The municipality is responsible,” said the mayor, Ana Castro.\n\n"
        "Colonel Rui Neves, of the Fire Department: “The wood of the structure was eaten by termites. It was a question of time.”",
        [
            ("The municipality is responsible,", "Ana Castro"),
            ("The wood of the structure was eaten by termites. It was a question of time.", "Rui Neves"),
        ],
    ),
    # "the first" / "the latter" after two people named together; with three, unknown
    (
        "The health minister, Paul Giraud, and the labour minister, Marc Denis, met the nurses. "
        "The first was firm: “No more money this year.” The latter was softer. For him, “talks must go on”.",
        [("No more money this year.", "Paul Giraud"), ("talks must go on", "Marc Denis")],
    ),
    (
        "Paul Giraud, Marc Denis and Luc Marin met the nurses. The latter said: “Talks must go on.”",
        [("Talks must go on.", None)],
    ),
    # a long apposition between the name and its verb after the quote
    (
        "Flights resumed on Sunday. “We were never told why,” Orla Brennan, "
        "secretary of the Munster Association of Small Tour Operators, told the Irish Examiner.",
        [("We were never told why,", "Orla Brennan")],
    ),
    # a reporting verb in a relative clause: the antecedent's words, unknown if it names nobody
    (
        "The mayor, Piotr Nowak, dismissed the complaint of the residents, which speaks of “a betrayal”.",
        [("a betrayal", None)],
    ),
    # a document as the subject speaks for its author
    (
        "A study by the Nordic Institute of Marine Research, released in May, warned that the cod stock was “close to collapse”.",
        [("close to collapse", "Nordic Institute of Marine Research")],
    ),
    # MT's "qualified … of" (calificó de)
    (
        "The deputy of opposition Laura Quintero Gil qualified the budget of “a fiction” on Tuesday.",
        [("a fiction", "Laura Quintero Gil")],
    ),
    # across a paragraph break, a one-gender given name rules a pronoun out before any pronoun did
    ("Paulo Mendes, the engineer, blamed the drought.\n\n“We need rain,” she said.", [("We need rain,", None)]),
    (
        "Ana Ribeiro visited the dam. Paulo Mendes, the engineer, blamed the drought.\n\n“We need rain,” she said.",
        [("We need rain,", "Ana Ribeiro")],
    ),
    # "according to his estimates": the possessor's view
    (
        "The hauliers' chairman, Jonas Weber, was angry. The firms lose, according to his estimates, “half a million a week”.",
        [("half a million a week", "Jonas Weber")],
    ),
    # a descriptor naming its own body is not the one person acting nearby
    (
        "Ana Ribeiro opened the dam on Monday. “The reservoir is full,” said the director of the Lisbon Water Institute.",
        [("The reservoir is full,", None)],
    ),
    # verbs MT renders literally (precisó → specified)
    (
        "“No adverse effect has been seen”, specified the Minister of Health, Nadia Amrani, at the ministry.",
        [("No adverse effect has been seen", "Nadia Amrani")],
    ),
    # one manner adverb between the pronoun and its verb
    (
        "The minister, Eva Lind, and her deputy, Ola Berg, visited the depot.\n\n“The line will reopen in May,” she calmly said.",
        [("The line will reopen in May,", "Eva Lind")],
    ),
    # MT's "said for <outlet>" (řekl pro, powiedział dla) before the inverted subject
    (
        "The plant closed in March. “The contract was never signed,” said for the daily Pravo the company's lawyer Ivan Horak.",
        [("The contract was never signed,", "Ivan Horak")],
    ),
    # a title outside the lexicon that the article gave someone names her again later
    (
        "“Nothing was insured,” the curator, Anna Berg, told the hearing.\n\n"
        "The attendant, Maria Lund, said the alarm failed. “It never rang,” she said.\n\n"
        "The curator said she would resign. “I owe the town that,” she said.",
        [("Nothing was insured,", "Anna Berg"), ("It never rang,", "Maria Lund"), ("I owe the town that,", "Anna Berg")],
    ),
    # a person named in the pronoun's own paragraph beats the last subject of the one before
    (
        "Pavel Novak opened the bridge on Monday.\n\nThe delay angered Jana Kralova. “We waited ten years,” she said.",
        [("We waited ten years,", "Jana Kralova")],
    ),
    # a light verb with a noun of speech reports (MT's "gave the answer", "made a statement")
    (
        "Coach Selim Korkmaz met the press after training. Korkmaz gave the answer “The squad is complete” to every question.",
        [("The squad is complete", "Selim Korkmaz")],
    ),
    # the next sentence's passive subject is what was said; its agent said it
    (
        "Ewa Nowak closed the shop in May.\n\n“We sold bread here for forty years.” The words were written on the door by her son, Piotr Nowak.",
        [("We sold bread here for forty years.", "Piotr Nowak")],
    ),
    # an interview: unquoted questions, quoted answers, the interviewee introduced before
    (
        "“Talks are over,” said the director, Eva Lind.\n\n"
        "The union leader Tomas Berg answered our questions.\n\n"
        "Will you strike?\n\n“Yes, from Monday.”\n\n"
        "For how long?\n\n“Until they listen.”",
        [("Talks are over,", "Eva Lind"), ("Yes, from Monday.", "Tomas Berg"), ("Until they listen.", "Tomas Berg")],
    ),
    # a rank in capitals before a full name is not part of the speaker's name
    (
        "The Head of Public Relations of Bogor Police, AKP Budi Santoso, said his party had examined five witnesses. "
        "“We have no suspect yet,” he said.",
        [("We have no suspect yet,", "Budi Santoso")],
    ),
    # "X quoted Y as saying": Y speaks, not the outlet
    (
        "Reuters quoted the port's director, Ana Ribeiro, as saying the cranes would “run again by Friday”.",
        [("run again by Friday", "Ana Ribeiro")],
    ),
    # a passive "had been promised": the listeners are not the speaker; the verb before says who is
    (
        "Asked whether the opening would slip, the museum's spokeswoman, Eva Lind, said it was “a question of days, not weeks,” "
        "adding that visitors had been promised “the largest hall in the north” and that the word ‘soon’ would now be "
        "“dropped, at least for this year.”",
        [
            ("a question of days, not weeks,", "Eva Lind"),
            ("the largest hall in the north", "Eva Lind"),
            ("soon", "Eva Lind"),
            ("dropped, at least for this year.", "Eva Lind"),
        ],
    ),
    # unnamed sources speak, capitalised at the start or set beside the company they come from
    (
        "The ministry announced the plan on Monday. Sources close to the ministry said the plan “is already dead”.",
        [("is already dead", None)],
    ),
    (
        "From the company, Rivas Transportes, sources of the company told this agency that the fare “only covers the costs”.",
        [("only covers the costs", None)],
    ),
    # the subject of the verb the colon closes, not the one of a clause set off before it
    (
        "The councillor, Ana Ruiz, defended it. “It costs,” said Ruiz.\n\n"
        "Ruiz, questioned on whether the Cabildo would review the fare, was brief: “We will speak with everybody.”",
        [("It costs,", "Ana Ruiz"), ("We will speak with everybody.", "Ana Ruiz")],
    ),
    # a question mark closes the quote, not the sentence, when a lower-case verb follows
    (
        'Farmers protested.\n\n"What do we eat?" said Sumiati, one of the farmers, when met at the location.',
        [("What do we eat?", "Sumiati")],
    ),
    ("The strike goes on.\n\n„Who will pay for this?” – asked Ewa Nowak, a nurse of the ward.", [("Who will pay for this?", "Ewa Nowak")]),
    # a governing body speaks as "the board"; a member of it is a person, not the body
    (
        "The Western Health Board confirmed the closure.\n\n“We cannot staff it,” the board said in a statement.",
        [("We cannot staff it,", "Western Health Board")],
    ),
    ("The Harbour Board met on Monday. “We lost,” a board member said.", [("We lost,", None)]),
    # someone unnamed after an inverted verb, described by a relative clause: null, not the speaker before
    (
        "The Fire Service announced that the fire was out. «The cause is under investigation», it is mentioned in the announcement.\n\n"
        "Residents gathered outside the town hall on Sunday. «My grandchild coughs. Who will pay for this?», said to journalists "
        "a 70-year-old pensioner who did not want to give his name.",
        [("The cause is under investigation", "Fire Service"), ("My grandchild coughs. Who will pay for this?", None)],
    ),
    (
        "“We wait,” said Oskar Lind.\n\n“It is over. Nobody came,” said a driver who asked not to be named.",
        [("We wait,", "Oskar Lind"), ("It is over. Nobody came,", None)],
    ),
    # a bare noun a relative clause introduces (a translation dropped "an"): someone new
    (
        "Mayor Kostas Papadakis defended the plan.\n\n«The tender was delayed two times», said official who knows the file.",
        [("The tender was delayed two times", None)],
    ),
    # a man introduced in a paragraph of his own (inverted, as no subject) is the next "he", not the last speaker
    (
        "The mayor Kostas Papadakis rejected the criticism. «The responsibility is not ours», he underlined.\n\n"
        "Different view has the environmental engineer Nikos Vlachos, who studied the landfill for the university.\n\n"
        "«We told it in 2022 in written form. Nobody answered», he said to the newspaper.\n\n"
        "«The fire was not bad luck», he added.",
        [
            ("The responsibility is not ours", "Kostas Papadakis"),
            ("We told it in 2022 in written form. Nobody answered", "Nikos Vlachos"),
            ("The fire was not bad luck", "Nikos Vlachos"),
        ],
    ),
    # "the former deputy mayor" is the deputy mayor named before, not the mayor named after
    (
        "Resignation submitted on Saturday the deputy mayor of Environment of the Municipality of Volos, Eleni Markou.\n\n"
        "«I take the political responsibility», states in her letter the former deputy mayor.\n\n"
        "The mayor Konstantinos Papadakis accepted the resignation. «The responsibility is not ours», he underlined.",
        [("I take the political responsibility", "Eleni Markou"), ("The responsibility is not ours", "Konstantinos Papadakis")],
    ),
    # "the man" / "the woman" with nobody acting in its paragraph: the person acting in the one before, gender permitting
    (
        "Carlos Mendes, coordinator of the farmers' network, called the offer too small. He said the company offers "
        "5 million per family.\n\n“Five million is for how many months?” said the man, shaking his head.",
        [("Five million is for how many months?", "Carlos Mendes")],
    ),
    ("Maria Lopes spoke first. She said the plan was late.\n\n“It is a scandal,” said the man next to her.", [("It is a scandal,", None)]),
    # an inverted verb's circumstance ending in an object pronoun ("with us") is skipped like any other
    (
        "The lawyer Marek Zieliński spoke after the hearing.\n\n„This process will last years” – estimates in the conversation "
        "with us the lawyer Zieliński.",
        [("This process will last years", "Marek Zieliński")],
    ),
    # "he" for a woman when no man has appeared: a translation's slip, the speaker goes on
    (
        "Farmers protested on Tuesday.\n\n“It is our land,” said Sri Wahyuni, one of the farmers.\n\n"
        "She said she has farmed the plot for 20 years. According to him, nobody asked them.\n\n"
        "“Suddenly there was a sign on our field,” he said.",
        [("It is our land,", "Sri Wahyuni"), ("Suddenly there was a sign on our field,", "Sri Wahyuni")],
    ),
    # a title and a name after a closing mark, which spaCy reads as a work's title
    ("“The depot will stay open,” Mayor Ilse Vanterpool said on Monday.", [("The depot will stay open,", "Ilse Vanterpool")]),
    ("“I was wrong,” Councillor Hamid Oufkir admitted at the meeting.", [("I was wrong,", "Hamid Oufkir")]),
    # verbs of manner after a quote; a particle after an inverted verb; a rank kept by the NER
    ("“At last!” exclaimed Noor Haddad as the gates opened.", [("At last!", "Noor Haddad")]),
    ("“Perhaps in spring,” sighed Tobias Lindgren, who runs the kiosk.", [("Perhaps in spring,", "Tobias Lindgren")]),
    ("“The deadline is binding,” reminded Elena Marchetti, the regional auditor.", [("The deadline is binding,", "Elena Marchetti")]),
    ("“The alarm never rang,” pointed out Corporal Dana Whitfield.", [("The alarm never rang,", "Dana Whitfield")]),
    # "according to X" closing the quote's sentence
    (
        "The ferry was “fully booked” until August, according to harbour master Sunniva Dahl.",
        [("fully booked", "Sunniva Dahl")],
    ),
    ("The ferry was “fully booked” until August, according to a local official.", [("fully booked", None)]),
    # a verbless label after a quote: a dash, or German-style "so"
    ("The dyke held.\n\n“We slept in our boots” — Maren Albers, a farmer near Emden.", [("We slept in our boots", "Maren Albers")]),
    ("The dyke held.\n\n“We slept in our boots” — a farmer near Emden.", [("We slept in our boots", None)]),
    ("“Nobody expected the snow,” so the race director Jonas Kräuter.", [("Nobody expected the snow,", "Jonas Kräuter")]),
    ("“We are ready,” so the team went home early.", [("We are ready,", None)]),
    # verb-first before a colon (MT), and "The <title>:" as a label
    ("Declared the striker Mateus Onório: “We play for the fans.”", [("We play for the fans.", "Mateus Onório")]),
    (
        "Explained the head of the fire brigade, Jiří Novotný: “The roof fell in at noon.”",
        [("The roof fell in at noon.", "Jiří Novotný")],
    ),
    ("Explained a spokesman of the police: “The driver was sober.”", [("The driver was sober.", None)]),
    (
        "The governor, Helena Brandt, visited the camp on Monday.\n\nThe governor: “Nobody will be left behind.”",
        [("Nobody will be left behind.", "Helena Brandt")],
    ),
    # "the former mayor" is not the mayor the article named
    (
        "Mayor Greta Holm cut the ribbon on Friday.\n\n“The pool came too late,” said the former mayor.",
        [("The pool came too late,", None)],
    ),
    (
        "Former mayor Anton Gruber watched from the crowd.\n\n“The pool came too late,” said the former mayor.",
        [("The pool came too late,", "Anton Gruber")],
    ),
    # two people joined by "and": the pronoun's gender tells them apart, or nobody
    (
        "Hilde Sandvik and her brother, Arne Sandvik, keep the lighthouse. “The lamp is from 1911,” he said.",
        [("The lamp is from 1911,", "Arne Sandvik")],
    ),
    (
        "Tomás Ruiz and his sister Carmen Ruiz sell fish at the port. “Prices fell by half,” she said.",
        [("Prices fell by half,", "Carmen Ruiz")],
    ),
    ("Anna Weber and Julia Franke run the shelter. “We have no more beds,” she said.", [("We have no more beds,", None)]),
    # the one person of the pronoun's gender beside a subject of the other one, never acting
    # there (object, possessor, after a preposition, in a list), is who the pronoun is
    (
        "Mayor Helga Brun welcomed the ferryman Jonas Wik at the quay. “The crossing took nine hours,” he said.",
        [("The crossing took nine hours,", "Jonas Wik")],
    ),
    (
        "Inspector Paula Grieg read Stefan Holt's statement to the panel. “I locked the gate at six,” he wrote.",
        [("I locked the gate at six,", "Stefan Holt")],
    ),
    (
        "Councillor Oskar Lind spoke with the tenant Maria Sund about the mould. “The children cough all night,” she said.",
        [("The children cough all night,", "Maria Sund")],
    ),
    (
        "Greta Falk, Ingrid Moe and Peter Dahl cleaned the beach on Sunday. “We filled forty bags,” he said.",
        [("We filled forty bags,", "Peter Dahl")],
    ),
    (
        "Senator Lucia Marin visited the farmer Diego Cortez.\n\n“The river took the whole field,” he said.",
        [("The river took the whole field,", "Diego Cortez")],
    ),
    (
        "Nurses Emma Roos and Hanna Berg looked after the climber Niklas Frid. “They never left my bed,” he said.",
        [("They never left my bed,", "Niklas Frid")],
    ),
    # … not one of two such people, and not one who acts in that paragraph or
    # stands in an earlier one: there the pronoun is a translation's slip
    (
        "Mayor Helga Brun welcomed Jonas Wik and Anton Berg at the quay. “The crossing took nine hours,” he said.",
        [("The crossing took nine hours,", "Helga Brun")],
    ),
    (
        "Jonas Wik asked for a new pier. Mayor Helga Brun refused. “There is no money this year,” he said.",
        [("There is no money this year,", "Helga Brun")],
    ),
    (
        "“The pier is rotten,” Jonas Wik said.\n\nMayor Helga Brun disagreed. “There is no money this year,” he said.",
        [("The pier is rotten,", "Jonas Wik"), ("There is no money this year,", "Helga Brun")],
    ),
    # … and with nobody of the pronoun's gender, a slip: the subject goes on
    ("Mayor Helga Brun opened the new pier on Friday. “It took nine years,” he said.", [("It took nine years,", "Helga Brun")]),
    # a name after "<noun> for" is who the unnamed speaker works for
    ("“We are reviewing the timetable,” a spokesperson for Ostbahn Logistik said.", [("We are reviewing the timetable,", None)]),
    # a passive reporting verb without its agent: the subject is what was talked about
    ("Governor Lisa Amundsen's plan was described as “reckless” by several columnists.", [("reckless", None)]),
    ("Governor Lisa Amundsen's plan was branded “reckless” in the regional press.", [("reckless", None)]),
    # verbs that report only with a "that" clause; MT's "lets know"
    ("Judge Ines Carvalho ruled that the dismissal was “void from the start”.", [("void from the start", "Ines Carvalho")]),
    ("The coroner, Gareth Pugh, found that the railings were “wholly inadequate”.", [("wholly inadequate", "Gareth Pugh")]),
    ("Divers found a note that read “back at noon”.", [("back at noon", None)]),
    ("Minister Sanne de Groot lets know that she the advice “seriously will weigh”.", [("seriously will weigh", "Sanne de Groot")]),
    # one word in common is not the same body ("Minister of Transport" / "director of the Transport Safety Board")
    (
        "The Minister of Transport, Ola Brekke, visited the site. The director of the Norland Transport Safety Board judged that "
        "the crossing was “never safe”.",
        [("never safe", None)],
    ),
    # "In the view of X", "so explains X", a document that "reads", "the veteran"
    ("In the view of historian Marek Wolny, the statue is “a lie in bronze”.", [("a lie in bronze", "Marek Wolny")]),
    ("“The river decides, not us,” so explains the ferryman Ilie Dobre.", [("The river decides, not us,", "Ilie Dobre")]),
    ("“We deny every allegation,” reads the statement of Hallberg Shipping.", [("We deny every allegation,", "Hallberg Shipping")]),
    ("Residents of Vik protested on Sunday. “Tourists go home,” read the banner.", [("Tourists go home,", None)]),
    (
        "Striker Bruno Catarino, 37, scored twice on Sunday. “My legs are still fine,” the veteran said.",
        [("My legs are still fine,", "Bruno Catarino")],
    ),
    # an interview introduced by "We spoke with X": X answers the unquoted questions
    (
        "We talked to the glaciologist Eirik Sandnes in Tromsø.\n\nHow fast is the ice melting?\n\n“Faster than any model said.”",
        [("Faster than any model said.", "Eirik Sandnes")],
    ),
    (
        "We talked to Eirik Sandnes and Berit Holm in Tromsø.\n\nHow fast is the ice melting?\n\n“Faster than any model said.”",
        [("Faster than any model said.", None)],
    ),
    # after an inverted "told", the person of the first phrase speaks, the outlet listens
    (
        "“Half the nets are gone,” told fisherman Petros Galanis the newspaper Ta Nea.",
        [("Half the nets are gone,", "Petros Galanis")],
    ),
    # "the man from <place>": a place, however tagged, is not who the man is
    (
        "The 52-year-old farmer Tran Van Minh lost his herd. “The river took all of it,” says the man from Ha Giang.",
        [("The river took all of it,", "Tran Van Minh")],
    ),
    # "no patient" in a reported clause is nobody who could be "she"
    (
        "The clinic's director, Ruth Okello, told reporters that no patient had been harmed. “We acted at once,” she said.",
        [("We acted at once,", "Ruth Okello")],
    ),
    # a group ("many farmers who …") is nobody a later "he" or "she" could be
    (
        "The head of the cooperative, Wambui Njoroge, said that many farmers who grow tea have no savings. "
        "“We are not asking for charity,” she said.",
        [("We are not asking for charity,", "Wambui Njoroge")],
    ),
    # someone unnamed in a clause a named person reports is talked about, not acting
    (
        "Union leader Joanna Reyes said that a driver now earns 300 pesos a day. “We only ask for a fair fare,” she said.",
        [("We only ask for a fair fare,", "Joanna Reyes")],
    ),
    ("Police said a witness had seen the van leave. “It was white,” she said.", [("It was white,", None)]),
    # a surname opening with a lower-case particle right after the quote
    (
        "Mayor Joana Maria da Silva Ribeiro opened the bridge. “The river no longer divides us,” da Silva Ribeiro said.",
        [("The river no longer divides us,", "Joana Maria da Silva Ribeiro")],
    ),
    # a title no lexicon holds before a name is how the text may call the person later
    (
        "The search was led by Lieutenant Bjørn Aasen of the coast guard.\n\n“The boat was found upside down,” the lieutenant said.",
        [("The boat was found upside down,", "Bjørn Aasen")],
    ),
    # the subject pronoun after an inverted verb (German, Dutch, Nordic word order)
    (
        "Engineer Pieter Claes of the port authority studied the lock.\n\n“The gates are too old,” says he against the broadcaster NOS.",
        [("The gates are too old,", "Pieter Claes")],
    ),
    # (speakers batch 6) honorific plural (Hindi, Urdu MT): "they" for the one person holding the floor
    (
        "Ramesh Verma, the district collector, told reporters on Friday that the dam gates were safe. "
        "“There is no danger to the villages,” they said.",
        [("There is no danger to the villages,", "Ramesh Verma")],
    ),
    (
        "Sunil Kapoor says that he will appeal against the order. “We will go to the High Court,” they said.",
        [("We will go to the High Court,", "Sunil Kapoor")],
    ),
    # … but a group in play, two people or a body acting are "they"
    ("The villagers met Ramesh Verma on Friday. “We want the road repaired,” they said.", [("We want the road repaired,", None)]),
    ("Ramesh Verma and Priya Nair visited the site. “The work is poor,” they said.", [("The work is poor,", None)]),
    # a possessor organisation is not what a person is: "the council's member" is no council
    (
        "Peter Lund, the council's cabinet member for housing, visited the flats with tenant Anna Berg.\n\n"
        "Asked about the delays, Lund was blunt. “We should have started sooner,” the councillor said.",
        [("We should have started sooner,", "Peter Lund")],
    ),
    # the listener after an inverted verb's subject is no name of the speaker
    (
        "Harbour master Ole Brekke checked the ice on Monday. “The ice will hold until March,” states the harbour master to TV Nordvik.",
        [("The ice will hold until March,", "Ole Brekke")],
    ),
    # "According to X, …" then a whole-sentence quote: X goes on, not the subject X talked about
    (
        "According to Meera Pillai, the hospital owes its suppliers 12 million rupees. “Nobody has been paid since June.”",
        [("Nobody has been paid since June.", "Meera Pillai")],
    ),
    # "Another woman" is someone new: her "she" is not the woman named before
    (
        "Farida Begum, 52, said the water came at night. Another woman of the lane said the drains were blocked. "
        "“We complained in May,” she said.",
        [("We complained in May,", None)],
    ),
    # a description no lexicon holds, with a pronoun acting in its paragraph
    (
        "Mayor Ingrid Solberg opened the shelter on Monday.\n\n"
        "She criticised the power company. “People heard it from neighbours first,” says the borgermester.",
        [("People heard it from neighbours first,", "Ingrid Solberg")],
    ),
    # … with nobody acting since the last speaker's paragraph: the last speaker
    (
        "“The frost came early,” says Knut Aas, who keeps bees near the lake.\n\n"
        "“We lost half the hives in one night.”\n\n"
        "“It happens once in twenty years,” adds the beekeeper.",
        [
            ("The frost came early,", "Knut Aas"),
            ("We lost half the hives in one night.", "Knut Aas"),
            ("It happens once in twenty years,", "Knut Aas"),
        ],
    ),
    # … but not when its paragraph set someone up before the quote
    (
        "“The frost came early,” says Knut Aas, who keeps bees near the lake.\n\n"
        "According to a clerk at the town hall who asked not to be named, the aid was late. “The form was lost,” said the clerk.",
        [("The frost came early,", "Knut Aas"), ("The form was lost,", None)],
    ),
    # the agent of "it was said by"
    (
        "“The road stays closed,” it was said by the police officer Lena Dahl at the scene.",
        [("The road stays closed,", "Lena Dahl")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_PATTERNS)
def test_speaker_patterns(mode, text, expected):
    assert quotes_of(text) == expected


#: Discourse-level attribution (speakers batch 7): who "he added", "the
#: farmer", "the minister", "the statement" are across paragraphs. Invented strings.
SPEAKER_DISCOURSE = [
    # "added" continues someone who spoke, not the man a background paragraph is about
    (
        "“The pier is rotten,” said Tomas Lindqvist, who runs the ferry.\n\n"
        "The pier was last repaired in 1998, when the engineer Henrik Stalberg rebuilt its southern half. "
        "Stalberg retired in 2010.\n\n"
        "“Every winter it loses another plank,” he added.",
        [("The pier is rotten,", "Tomas Lindqvist"), ("Every winter it loses another plank,", "Tomas Lindqvist")],
    ),
    # … but someone introduced in the quote's own paragraph is who "he added" is
    (
        "“The road is closed,” said police officer Jan Berg.\n\n"
        "Farmer Tom Lee was angry about the plan. He wants compensation for his fields. “We were never asked,” he added.",
        [("The road is closed,", "Jan Berg"), ("We were never asked,", "Tom Lee")],
    ),
    # a title two people share: the one named before the description
    (
        "“The wells are dry,” said beekeeper Piotr Nowak.\n\n"
        "“We carry water in cans from the town,” said the beekeeper.\n\n"
        "Last year his neighbour, the beekeeper Jan Zielinski, lost half of his hives.",
        [("The wells are dry,", "Piotr Nowak"), ("We carry water in cans from the town,", "Piotr Nowak")],
    ),
    # the title of someone just introduced without a name stays unnamed
    (
        "Anna Berg, 40, said her flat had no heating since Monday.\n\n"
        "A deputy minister wrote on Facebook that help was coming. “Nobody will be forgotten,” wrote the minister.",
        [("Nobody will be forgotten,", None)],
    ),
    # … but a name set beside that description is whose it was
    (
        "The surveyor leading the checks, Dr Olga Sand, said the walls were sound. “The cracks are old,” the surveyor said.",
        [("The cracks are old,", "Olga Sand")],
    ),
    # "the statement said": whoever said it in a statement just before
    (
        "The Harbour Trust said in a statement that it regretted the delay. “We will publish the report in May,” the statement said.",
        [("We will publish the report in May,", "Harbour Trust")],
    ),
    # … the one whose own sentence names the statement, not a spokesman quoted since
    (
        "The Harbour Trust said in a statement that the pier was safe. Its spokesman, Ivan Novak, told reporters "
        "that repairs would start soon. “No cracks were found,” the statement said.",
        [("No cracks were found,", "Harbour Trust")],
    ),
    # MT's passive "is said in the <document> of X"
    (
        "The Ministry of Education met the parents on Monday.\n\n"
        "“Schools stay closed until Friday,” is said in the announcement of the ministry.",
        [("Schools stay closed until Friday,", "Ministry of Education")],
    ),
    # a title and a place noun before the name are no part of it
    (
        "“We will open the road by Sunday,” said District Collector R. Okello.",
        [("We will open the road by Sunday,", "R. Okello")],
    ),
    # "One of the X" introducing a quote after a colon is someone unnamed, not the last speaker
    (
        "The head teacher, Anna Petrova, said the hall was cold. “We wait,” she said.\n\n"
        "One of the parents, who did not give his name, shouted from the crowd: “Then give us the old bank!”",
        [("We wait,", "Anna Petrova"), ("Then give us the old bank!", None)],
    ),
    # MT's progressive with the subject after the verb
    (
        "The director of the school, Anna Petrova, met the parents.\n\n"
        "“A word is good, a paper is better,” was saying the director to the journalists of the local TV.",
        [("A word is good, a paper is better,", "Anna Petrova")],
    ),
    # a given name the parser takes for a word ("Per") opening the name set off after a title
    (
        "Chairman of the Orkla Anglers Club, Per Olav Haugen, calls the spill «a disaster for the river».",
        [("a disaster for the river", "Per Olav Haugen")],
    ),
    # "had warned" is backstory: "she added" continues the woman quoted, not the predecessor
    (
        "“The boiler failed twice,” said Marta Kowal, who manages the block.\n\n"
        "Her predecessor, Ewa Lis, had warned the council in 2019. Lis now lives in Gdansk.\n\n"
        "“Nobody listened then either,” she added.",
        [("The boiler failed twice,", "Marta Kowal"), ("Nobody listened then either,", "Marta Kowal")],
    ),
    # an age fits whatever title the last speaker had
    (
        "“We cannot sell the catch,” said fisherman Joao Silva.\n\n"
        "The port authority said in a statement that the crane would be repaired by May.\n\n"
        "“May is too late,” the 52-year-old said.",
        [("We cannot sell the catch,", "Joao Silva"), ("May is too late,", "Joao Silva")],
    ),
    # the name someone unnamed gave, and their "she" after
    (
        "“We were not warned,” said a resident who gave only her first name, Sara.\n\n“The water came at night,” she said.",
        [("We were not warned,", "Sara"), ("The water came at night,", "Sara")],
    ),
    (
        "“Business is dead,” said a vendor who gave his name as Musa.",
        [("Business is dead,", "Musa")],
    ),
    # MT's "she reacted" after a quote (Turkish "tepki gösterdi"); before a quote "reacted to" is no report
    (
        "“We were waiting since morning,” said Ayse Demir, a mother of three.\n\n“No bus came,” she reacted.",
        [("We were waiting since morning,", "Ayse Demir"), ("No bus came,", "Ayse Demir")],
    ),
    # "As stated X, «…»" (Russian "Как заявил"): the subject after the verb
    (
        "As stated the head of the department Oleg Petrov, «the pipes are forty years old».\n\n"
        "As explained the mayor of the town, Vera Ivanova, «we have no money».",
        [("the pipes are forty years old", "Oleg Petrov"), ("we have no money", "Vera Ivanova")],
    ),
    # "the woman added": the last speaker of her gender
    (
        "The heating was switched off on Monday. «Nobody warned us», — told the resident of the house Maria Orlova.\n\n"
        "«The children sleep in coats», — the woman added.",
        [("Nobody warned us", "Maria Orlova"), ("The children sleep in coats", "Maria Orlova")],
    ),
    # a given name set off after a kinship noun, which the parser takes for an adjective
    (
        "“Tourists do not come anymore,” complains Giorgos Papadakis, who owns a taverna by the harbour.\n\n"
        "His wife, Eleni, nods. “Last summer we had half the customers,” she says.",
        [("Tourists do not come anymore,", "Giorgos Papadakis"), ("Last summer we had half the customers,", "Eleni")],
    ),
    # a title no lexicon holds that the article gave someone, as the subject before a quote
    (
        "Sri Lankan exporter Dilani Perera, whose firm buys tea every week, said prices had fallen. "
        "The Colombo-based exporter said she would keep buying “as long as the market stays open”.",
        [("as long as the market stays open", "Dilani Perera")],
    ),
    # … and nobody when the article gave that title to no one
    (
        "The Colombo-based exporter said she would keep buying “as long as the market stays open”.",
        [("as long as the market stays open", None)],
    ),
    # … not when an unnamed woman was just introduced
    (
        "“The queue is too long,” said Maria Orlova.\n\n"
        "An elderly woman behind her was crying. “I have waited since six,” the woman added.",
        [("The queue is too long,", "Maria Orlova"), ("I have waited since six,", None)],
    ),
    # an honorific with the Arabic article before the name
    (
        "“We will appeal,” said Al-Hajj Yusuf Barakat, the club's president.",
        [("We will appeal,", "Yusuf Barakat")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_DISCOURSE)
def test_speaker_discourse(mode, text, expected):
    assert quotes_of(text) == expected


#: The same, where the rule rests on the entities layer's organisations.
SPEAKER_DISCOURSE_ENTITIES = [
    # "About this informed X" after a quote (Russian "Об этом сообщила")
    (
        "«The repair will take two weeks». About this informed the press service of the Ministry of Energy.",
        [("The repair will take two weeks", "Ministry of Energy")],
    ),
    # "This is the demand put forward by X": the organisation as the entities layer bounds it
    (
        "“Build the dam before the rains.” This is the demand put forward by the Valley Farmers Union.",
        [("Build the dam before the rains.", "Valley Farmers Union")],
    ),
    # the word before a name says a gender its given name does not: honorific, kinship, "man"/"woman", a woman's title
    ("Mrs. Okafor hosted Mr. Brandt at the consulate. “I came about the ferry,” he said.", [("I came about the ferry,", "Brandt")]),
    (
        "The spokeswoman Dorcas Mwale met the old man Pita Tuilagi at the church. “The sea took my garden,” he said.",
        [("The sea took my garden,", "Pita Tuilagi")],
    ),
    # a subject of known gender and, beside her, one person of unknown gender the entities layer vouches for
    (
        "Margaret Okello accompanied her son Tendai to the clinic. “The cough started in May,” he said.",
        [("The cough started in May,", "Tendai")],
    ),
    # a pronoun whose own paragraph named someone before it, after an unnamed speaker
    (
        "“Help is coming,” wrote the deputy minister on Facebook.\n\n"
        "For Tuya Bold these words are empty. “The goats die anyway,” she told reporters.",
        [("Help is coming,", None), ("The goats die anyway,", "Tuya Bold")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_DISCOURSE_ENTITIES)
def test_speaker_discourse_with_entities(text, expected):
    assert quotes_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The prosecutors did not comment.\n\n„We will answer in the court” – we heard in the press office of the "
            "District Prosecutor’s Office in Radom.",
            [("We will answer in the court", "District Prosecutor’s Office")],
        ),
        ("The ministry was silent.\n\n„No comment” – we heard from the National Police.", [("No comment", "National Police")]),
        ("„We will see” – we heard from a neighbour of the family.", [("We will see", None)]),
    ],
)
def test_the_reporters_we_heard_names_the_organisation(text, expected):
    """ "– we heard in the press office of X" (needs the entities layer's ORG span)."""
    assert quotes_of(text) == expected


def test_place_is_nobody_a_descriptor_points_back_to():
    """A place the entities layer recognised ("…, Central Java,") is not the
    person "the mother of three children" points back to (needs that layer)."""
    text = (
        "Dozens of farmers from Sumberejo Village, Central Java, protested on Tuesday.\n\n"
        "“It is our land,” said Sri Wahyuni, one of the farmers.\n\n"
        "“Nobody asked us,” the mother of three children said."
    )
    assert quotes_of(text) == [("It is our land,", "Sri Wahyuni"), ("Nobody asked us,", "Sri Wahyuni")]


@pytest.mark.parametrize(("text", "expected"), POSITIONS)
def test_positions(mode, text, expected):
    assert quotes_of(text) == expected


NAME_RUNS = [
    # MT: the portfolio glued before the name is not part of it
    ("The minister of Health Iveta Novak spoke.", "Novak", "Iveta Novak"),
    ("Finance Minister Anna Kowalski spoke.", "Kowalski", "Anna Kowalski"),
    # a name of common words after "of" stays whole
    ("The Bank of New York Mellon reported.", "Mellon", "New York Mellon"),
]


@pytest.mark.parametrize(("text", "word", "expected"), NAME_RUNS)
def test_name_run(text, word, expected):
    doc = nlp.nlp()(text)
    tok = next(t for t in doc if t.text == word)
    lo, hi = att.name_run(tok)
    assert doc[lo.i : hi.i + 1].text == expected


NO_QUOTES = [
    "Let’s see what Russia’s ’90s policy did to the farmers’ union.",
    'The 12" screen costs less than the 15" model.',
    "He said he would come back next week, according to his office.",
    "rock ’n’ roll and the ‘80s are back, the organisers’ statement said.",
    "",
]


@pytest.mark.parametrize("text", NO_QUOTES)
def test_no_quotes(mode, text):
    if not text:
        assert _quotemarks.pair(text, []) == []
        return
    assert quotes_of(text) == []


def test_attrs_contract():
    text = "Carla Mendes visited the dam on Tuesday. “This project is finished“, she said."
    a = article_of(text)
    (q,) = quote_spans(a)
    assert q.label == "quote"
    assert q.attrs["speaker"] == "Carla Mendes"
    assert a.raw[q.attrs["speaker_start"] : q.attrs["speaker_end"]] == "she"
    assert q.attrs["cue"] == "say"
    assert q.attrs["attribution"] == "pronoun"
    assert q.attrs["marks"] == "mismatched"
    assert q.attrs["continues"] is False


# --- the seeds ----------------------------------------------------------------------

#: (quote text, speaker) for every quote in the body of each seed, in order.
SEED_GOLD = {
    "000": [
        ("the best ever", None),
        ("strengthen the cooperation between the armed forces", None),
        (
            "We are waiting for you, illustrious president, dear friend. I have no doubt that we will find the opportunity to meet us in person",
            "Vladimir Putin",
        ),
        ("would demonstrate to the world", "Vladimir Putin"),
        ("The coordination between Moscow and Beijing", "Vladimir Putin"),
        ("a special place in the whole range", "Vladimir Putin"),
        ("the supply of energy carriers", "Vladimir Putin"),
        ("unprecedented volumes", "Vladimir Putin"),
        ("Next year we will increase the gas pumping volume", "Vladimir Putin"),
        ("joint work is underway", "Vladimir Putin"),
        ("available to strengthen strategic collaboration", "Xi Jinping"),
        ("to provide each other with development options", "Xi Jinping"),
        ("under our joint leadership", "Xi Jinping"),
        ("China will continue to maintain", "Xi Jinping"),
        ("welcomes Russia’s position which does not reject a peaceful solution", "Xi Jinping"),
    ],
    "002": [
        ("best ever", "Vladimir Putin"),
        ("they withstand all tests with dignity", "Vladimir Putin"),
        ("strength of Russian-Chinese ties on key issues.", "Vladimir Putin"),
        ("We are waiting for you, dear president", "Vladimir Putin"),
        ("strengthen the cooperation between the Armed Forces of Russia and China", "Vladimir Putin"),
        ("In the context of unprecedented pressures", "Vladimir Putin"),
        ("Are you ready for increase strategic cooperation with Russia", "Xi Jinping"),
        ("a difficult situation", "Xi Jinping"),
        ("objective and fair", "Xi Jinping"),
        ("it will not be easy", "Xi Jinping"),
        ("is anxious to [a guerra] end", "Yun Sun"),
        ("substantial", "Dmitry Peskov"),
        ("constructive", "Dmitry Peskov"),
    ],
}


def seed_quotes(path: Path) -> tuple[str, list[Span]]:
    article, _ = ingest_file(path, source=str(path.relative_to(ROOT)), slug=path.stem)
    return article.raw, quote_spans(article)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:3])
def test_seed(mode, path):
    raw, got = seed_quotes(path)
    gold = SEED_GOLD[path.stem[:3]]
    assert len(got) == len(gold)
    for span, (text, speaker) in zip(got, gold, strict=True):
        assert span.text(raw).startswith(text)
        assert span.attrs["speaker"] == speaker, text
        assert not re.match(r"[“”\"«»]", span.text(raw)[:1]) and not re.search(r"[“”\"«»]$", span.text(raw))


def test_seed_glued_quote_ends_before_attribution():
    raw, got = seed_quotes(SEEDS[0])
    third = got[2]
    assert third.text(raw).endswith("in person")
    assert third.attrs["marks"] == "unclosed"
    assert raw[third.attrs["speaker_start"] : third.attrs["speaker_end"]] == "he"


# --- measured quality ----------------------------------------------------------------


def score(cases: list[tuple[str, list[tuple]]], found: list[list[tuple[str, str | None]]]) -> dict[str, float]:
    """Precision/recall of quote texts (prefix match) and speaker accuracy on found quotes.

    A gold entry may carry a third item, True for an optional quote (a nested
    ‘…’): finding it is neither rewarded nor counted as spurious.
    """
    tp = fp = fn = right = 0
    for (_, gold), got in zip(cases, found, strict=True):
        unmatched = list(gold)
        for text, speaker in got:
            prefix = [g for g in unmatched if text.startswith(g[0]) or g[0].startswith(text)]
            hit = next((g for g in prefix if not _optional(g)), None) or next(iter(prefix), None)
            if hit is None:
                fp += 1
                continue
            unmatched.remove(hit)
            if _optional(hit):
                continue
            tp += 1
            right += hit[1] == speaker
        fn += sum(not _optional(g) for g in unmatched)
    return {
        "precision": tp / max(tp + fp, 1),
        "recall": tp / max(tp + fn, 1),
        "speaker": right / max(tp, 1),
    }


def test_quality_floor(mode):
    cases = [(t, e) for t, e in POSITIONS] + [(t, []) for t in NO_QUOTES if t]
    found = [quotes_of(t) for t, _ in cases]
    for path in SEEDS:
        raw, spans = seed_quotes(path)
        cases.append((path.name, SEED_GOLD[path.stem[:3]]))
        found.append([(s.text(raw), s.attrs["speaker"]) for s in spans])
    s = score(cases, found)
    assert s["recall"] >= 0.95
    assert s["precision"] >= 0.95
    assert s["speaker"] >= 0.90


def _optional(gold: tuple) -> bool:
    return len(gold) > 2 and bool(gold[2])


def fixture_cases() -> list[tuple[str, list[tuple[str, str | None, bool]]]]:
    out = []
    for path in FIXTURES:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        out.append((data["text"].rstrip("\n"), [(q["text"], q["speaker"], bool(q.get("optional"))) for q in data["quotes"]]))
    return out


def test_fixtures_quality_floor(mode):
    """Short articles in tests/fixtures/quotes (see its README): the issue's targets."""
    cases = fixture_cases()
    assert len(cases) >= 5
    s = score(cases, [quotes_of(text) for text, _ in cases])
    assert s["recall"] >= 0.95
    assert s["precision"] >= 0.95
    assert s["speaker"] >= 0.90


# --- robustness ---------------------------------------------------------------------

_PIECES = [
    "“",
    "”",
    '"',
    "«",
    "»",
    "‘",
    "’",
    "he said",
    "she said",
    ",",
    ".",
    " ",
    "\n\n",
    "Anna Berg",
    "the minister",
    "said",
    "Let’s",
    "word",
    "it",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40))
def test_any_text_gives_well_formed_spans(pieces):
    text = " ".join(pieces).strip() or "x"
    a = article_of(text)
    for span in quote_spans(a):
        assert 0 <= span.start < span.end <= len(text)
        inner = span.text(text)
        assert inner == inner.strip() and any(c.isalnum() for c in inner)
        assert span.attrs["marks"] in {"ok", "mismatched", "unclosed", "straight"}
        assert span.attrs["speaker"] is None or isinstance(span.attrs["speaker"], str)
        s, e = span.attrs["speaker_start"], span.attrs["speaker_end"]
        assert (s is None) == (e is None)
        if s is not None:
            assert 0 <= s < e <= len(text)


def test_name_beside_kinship_noun_is_a_person_though_tagged_org(monkeypatch):
    """ "His wife Saruul" with Saruul tagged as an organisation: the kinship
    noun says a person, and a woman, so "he said" (MT's pronoun slip) in her
    paragraph is hers and a later "she" in a paragraph naming her too."""
    text = (
        "“Ten bales last one week,” said Erdene Bat, who keeps goats near the lake.\n\n"
        "His wife Saruul, who also came to the depot, told that the goats were thin. "
        "“We keep the kids inside the tent,” he said.\n\n"
        "“Help is on its way,” wrote the deputy minister.\n\n"
        "For Saruul these words are empty. “The goats die anyway,” she told reporters."
    )
    first, second = text.index("Saruul"), text.rindex("Saruul")

    def fake(ctx):
        return [
            Span(text.index("Erdene Bat"), text.index("Erdene Bat") + len("Erdene Bat"), "PERSON", {"canonical": "Erdene Bat"}),
            Span(first, first + len("Saruul"), "ORG", {"canonical": "Saruul"}),
            Span(second, second + len("Saruul"), "ORG", {"canonical": "Saruul"}),
        ]

    monkeypatch.setattr(entities, "find", fake)
    assert [s for _, s in quotes_of(text)] == ["Erdene Bat", "Saruul", None, "Saruul"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("T. K. Ravi Shankar", True),  # initials first: a person, whatever the tagger said
        ("B. Oyunbileg", True),
        ("R.K. Menon", True),
        ("A. P. Shipping", False),  # a word of it says an organisation
        ("Ravi Shankar", False),  # no initials: the tagger's call stands
        ("J. Murray Union", False),
        ("U. S. Steel", False),  # an English word after the initials: a company
    ],
)
def test_initialled_name(name, expected):
    """A name written with initials first is a person's: the quotes layer takes
    it out of the organisations the entities layer gave it ("K. R. … said")."""
    assert att.initialled_name(name) is expected


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # the head after a possessor: the parser's name run stops at "Workers'"
        ("The weekly paper Workers' Voice called the plan “a betrayal of the valley”.", "Workers' Voice", "Workers' Voice"),
        # a name ending in an organisation word, cut by the parser at "and"
        (
            "The Coastal Fishers and Boat Owners' Union said the ban was “a death sentence for the villages”.",
            "Coastal Fishers and Boat Owners' Union",
            "Coastal Fishers and Boat Owners' Union",
        ),
    ],
)
def test_organisation_cut_by_parser_speaks_whole(monkeypatch, text, org, expected):
    """The speaker is the organisation as the entities layer bounds it, not the
    piece of it the parser's name run reached."""
    at = text.index(org)
    monkeypatch.setattr(entities, "find", lambda ctx: [Span(at, at + len(org), "ORG", {"canonical": org})])
    assert [s for _, s in quotes_of(text)] == [expected]


def test_surname_tagged_person_completes_full_name_tagged_org(monkeypatch):
    """The entities layer calls "Kaja Lepp" an organisation but "Lepp" a person:
    the surname is that person's, so "she" after "Lepp" is "Kaja Lepp"."""
    text = (
        "“We found the device under a sink,” said the chief arbiter, Kaja Lepp. Players protested.\n\n"
        "Lepp rejected that. “The phone was shown to both captains,” she said."
    )
    full, alone = text.index("Kaja Lepp"), text.index("Lepp rejected")

    def fake(ctx):
        return [
            Span(full, full + len("Kaja Lepp"), "ORG", {"canonical": "Kaja Lepp"}),
            Span(alone, alone + len("Lepp"), "PERSON", {"canonical": "Lepp"}),
        ]

    monkeypatch.setattr(entities, "find", fake)
    assert [s for _, s in quotes_of(text)] == ["Kaja Lepp", "Kaja Lepp"]


@pytest.mark.parametrize(
    "text",
    [
        # A possessive descriptor, then a titled name in apposition: "Dr." parsed apart once crashed the layer.
        "“Water is the new oil,” Qatar's delegate, Dr. Aisha al-Mannai, told reporters. She added that the fund was small.",
        '"Water is the new oil," Qatar\'s delegate, Dr. Aisha al-Mannai, told reporters.',
    ],
)
def test_titled_name_after_possessive_descriptor_does_not_crash(text: str) -> None:
    assert [q for q, _ in quotes_of(text)] == ["Water is the new oil,"]


# a subject inside "whether …" / "if …" is what was asked about, never who answers after a colon
QUESTION_CLAUSE = [
    ("Ruiz, questioned on whether the Cabildo would review the fare, was brief:", "Cabildo", True),
    ("Ruiz, questioned on whether the Cabildo would review the fare, was brief:", "Ruiz", False),
    ("Asked if the mayor would resign, Hale said:", "mayor", True),
    ("The mayor said the council would act:", "council", False),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), QUESTION_CLAUSE)
def test_in_question_clause(sentence, word, expected):
    doc = nlp.nlp()(sentence)
    tok = next(t for t in doc if t.text == word)
    assert quotes._in_question_clause(tok) is expected


def test_according_to_a_title_the_entities_layer_resolved():
    """ "According to the chief, …": a title no lexicon holds, which the entities
    layer resolved to the person the article named with it."""
    text = "The fire service chief, Ruairí Ó Dálaigh, led the operation. According to the chief, the hall had “no working alarms”."
    assert quotes_of(text) == [("no working alarms", "Ruairí Ó Dálaigh")]
    assert quotes_of("According to the report, the hall had “no working alarms”.") == [("no working alarms", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'The work went to Teifi Ridge Drilling Ltd, a contractor. Teifi said on Monday it had "paused" the rig.',
            [("paused", "Teifi Ridge Drilling Ltd")],
            id="a-company-by-its-first-word-that-spacy-took-for-a-nationality",
        ),
        pytest.param(
            'The Lake Basin Fishers and Boat Owners\' Union said the ban was "a death sentence for the beaches".',
            [("a death sentence for the beaches", "Lake Basin Fishers and Boat Owners' Union")],
            id="a-union-whose-name-the-parser-cut-at-and",
        ),
    ],
)
def test_organisations_named_by_part_of_their_name(text, expected):
    """Speakers the entities layer names in full (needs that layer)."""
    assert quotes_of(text) == expected


# --- wrong-person traps (speakers batch 8): invented strings ---------------------


def _org_span(text: str, name: str) -> list[Span]:
    at = text.index(name)
    return [Span(at, at + len(name), "ORG", {"canonical": name})]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # ", who runs …": a person's relative pronoun after a name the tagger made a body
        ("Tuuli Haapanen, who runs the ferry cooperative, was angry.", "Tuuli Haapanen", True),
        ("Ines Korhonen Laine, who sold fish here for years, left.", "Ines Korhonen Laine", True),
        # an organisation word, "which", one word or a lower-case word: the tagger's call stands
        ("Baltic Shipping Company, who owns the quay, declined.", "Baltic Shipping Company", False),
        ("Tuuli Haapanen, which runs the ferry, was angry.", "Tuuli Haapanen", False),
        ("Haapanen, who runs the ferry, was angry.", "Haapanen", False),
        ("Harbour Board, who runs the ferry, was angry.", "Harbour Board", False),
    ],
)
def test_who_after_a_name_makes_it_a_person(text, name, expected):
    e = _org_span(text, name)[0]
    assert att.who_takes_a_person(text, e, name) is expected


def test_name_tagged_org_with_who_speaks_as_a_person(monkeypatch):
    """ "X, who chairs …" tagged ORG: X is a person, and "she said" after her is hers."""
    text = (
        "“The pier will close in June,” said Anna Virtanen, the port's director.\n\n"
        "Tuuli Haapanen, who chairs the ferry cooperative, disagreed. “Nobody told us,” she said."
    )
    monkeypatch.setattr(entities, "find", lambda ctx: _org_span(text, "Tuuli Haapanen"))
    assert [s for _, s in quotes_of(text)] == ["Anna Virtanen", "Tuuli Haapanen"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X's answer was short." then a bare quote: X's, not the last speaker's
        (
            "“We will reopen the bridge in May,” said the mayor, Tomas Berg.\n\nIrene Kallas's reply was curt. “Nobody believes May.”",
            [("We will reopen the bridge in May,", "Tomas Berg"), ("Nobody believes May.", "Irene Kallas")],
        ),
        (
            "“We will reopen the bridge in May,” said the mayor, Tomas Berg.\n\n"
            "The answer of Irene Kallas was short. “Nobody believes May.”",
            [("We will reopen the bridge in May,", "Tomas Berg"), ("Nobody believes May.", "Irene Kallas")],
        ),
        # look-alike: a thing of hers that is no reply leaves the quote to the speaker
        (
            "“We will reopen the bridge in May,” said the mayor, Tomas Berg.\n\n"
            "Irene Kallas's shop has been shut since March. “The money is there.”",
            [("We will reopen the bridge in May,", "Tomas Berg"), ("The money is there.", "Tomas Berg")],
        ),
    ],
)
def test_a_reply_sentence_gives_the_floor(text, expected):
    assert quotes_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the nearest name is the object of "with": "he added" is the subject's
        (
            "“The quay is unsafe,” said the harbour master Anton Dahl.\n\n"
            "Dahl has worked since 2015 with the pilot of the port, Jonas Krane, on a survey of the breakwater. "
            "“The storms are worse every year,” he added.",
            ["Anton Dahl", "Anton Dahl"],
        ),
        # look-alike: "the fields of the farmer X": X is no one's object, and speaks
        (
            "The association's lawyer, Peter Lind, said the court ruled on Monday.\n\n"
            "Reporters went to the village on Tuesday. The water had reached the fields of the farmer Ivo Sepp. "
            "“We lost the first harvest,” he said.",
            ["Ivo Sepp"],
        ),
    ],
)
def test_a_name_another_acts_upon_is_not_the_pronoun(text, expected):
    assert [s for _, s in quotes_of(text)] == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Lake Tana Boat Owners Association Gebre Alemu", "Lake Tana Boat Owners Association"),
        ("Gebre Alemu Foundation", "Gebre Alemu Foundation"),  # the person's name opens the body's: kept
        ("Tana Gebre Alemu", "Tana Gebre Alemu"),  # no body's word is left: kept
    ],
)
def test_organisation_without_the_person_glued_to_it(name, expected):
    people = att.People(full_names=["Gebre Alemu"])
    assert att.without_trailing_person(name, people) == expected


def test_the_association_is_the_body_not_its_president(monkeypatch):
    """ "The president of the X Association Y was away, but the association
    said": the body speaks, even when the tagger glued Y to its name."""
    text = (
        "The president of the Lake Tana Boat Owners Association Gebre Alemu was abroad, "
        "but the association issued a statement. “The boats will stay in port,” the association said.\n\n"
        "Gebre Alemu is expected back on Friday."
    )
    monkeypatch.setattr(entities, "find", lambda ctx: _org_span(text, "Lake Tana Boat Owners Association Gebre Alemu"))
    assert [s for _, s in quotes_of(text)] == ["Lake Tana Boat Owners Association"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the descriptor's relative clause runs long; the name closes the sentence
        (
            "“We will sail again next week, storm or no storm, because the fish do not wait for permits,” said the man "
            "who has skippered the island's last trawler since 1998 and who lost two nets in Monday's gale, Ruben Holm.",
            ["Ruben Holm"],
        ),
        # look-alikes: no name at the end, or a name that is not set off by a comma
        ("“We will sail again next week,” said the man who sold the trawler to a buyer in Tromsø.", [None]),
        ("“We will sail again next week,” said the man who skippers the trawler, in Tromsø.", [None]),
    ],
)
def test_name_closing_a_long_relative_clause(text, expected):
    assert [s for _, s in quotes_of(text)] == expected


def test_the_head_of_a_named_department_is_a_head():
    """ "The head of the city's water department Mirza Aliev": he is a head,
    not a department, so a later "the head of the department" is him."""
    text = (
        "The head of the city water department Mirza Aliev said the pumps were old.\n\n"
        "“Nobody drinks from the tap here,” said Dina Osipova, who runs a café on the square.\n\n"
        "“The new pumps arrive in March,” promised the head of the department."
    )
    assert [s for _, s in quotes_of(text)] == ["Dina Osipova", "Mirza Aliev"]


def test_the_head_of_a_body_named_before_its_head_is_the_body():
    """Look-alike: "the head of the sailing club Blue Anchor, Oskar Lind": the
    name after "of the club" is the club's, so "the club said" is the club."""
    text = (
        "A court fined the former head of the sailing club Blue Anchor, Oskar Lind, on Monday.\n\n"
        "The club said in a statement that it had “no knowledge of the payments”."
    )
    assert [s for _, s in quotes_of(text)] == ["Blue Anchor"]


def test_a_ministry_cut_at_and_speaks_whole_not_its_deputy_minister():
    """ "the Ministry of Urban and Rural Planning said": the parser's subject is
    the last conjunct, "Rural Planning", which a name run also glued to the
    deputy minister's name; the entities layer's body is who speaks (needs that layer)."""
    text = (
        "Deputy Minister of Urban and Rural Planning Petrus Hamunyela visited the camp on Monday but did not speak "
        "to reporters. In a statement later that day, the Ministry of Urban and Rural Planning said it “regrets the "
        "manner” of the eviction."
    )
    assert quotes_of(text) == [("regrets the manner", "Ministry of Urban and Rural Planning")]


#: Speakers batch 9: cues a reader follows that the patterns missed (left
#: unknown before), each with a look-alike that must stay as it was.
SPEAKER_CUES_SP9 = [
    # a quote standing alone after a paragraph of one person's reported speech
    (
        "Karin Holm chairs the ferrymen's guild.\n\nHolm said the guild had written to the council twice.\n\n"
        "“Nobody answered.”\n\n“We read it in the paper.”",
        [("Nobody answered.", "Karin Holm"), ("We read it in the paper.", "Karin Holm")],
    ),
    # … not when that paragraph has someone else acting too
    (
        "Karin Holm said the guild had written twice. Olav Dahl refused to comment.\n\n“Nobody answered.”",
        [("Nobody answered.", None)],
    ),
    # a surname right after the closing mark that the tagger took for a work's title
    (
        "Tevita Lolohea spoke in the council. “Every time a bridge is built, someone cries,” Lolohea lamented.",
        [("Every time a bridge is built, someone cries,", "Tevita Lolohea")],
    ),
    # a title set off by a comma before the full name completes a surname the tagger made an organisation
    (
        "In the words of the Minister for Fisheries, Losana Tuilagi, “the reef needs a rest.” “Every net costs us fish,” Tuilagi lamented.",
        [("the reef needs a rest.", "Losana Tuilagi"), ("Every net costs us fish,", "Losana Tuilagi")],
    ),
    # a bracketed aside between the name and the verb
    (
        "“We cannot wait,” the guild's secretary, Lena Voss (a former teacher who joined in 2010, after the strike), told reporters.",
        [("We cannot wait,", "Lena Voss")],
    ),
    # a verb of stated opinion
    (
        "The councillor Pedro Alves opined that both sides were using the children as “a bargaining chip”.",
        [("a bargaining chip", "Pedro Alves")],
    ),
    # "laughed"/"chuckled" after a quote report; before one they do not
    ("“Not bad for a Monday,” chuckled Tomas Lind.", [("Not bad for a Monday,", "Tomas Lind")]),
    ("Olga Berg laughed at the “plan” of the council and left.", [("plan", None)]),
    # "according to" a title of a body, then the person's name set off
    (
        'According to the secretary of the Dairy Farmers Association, Ramesh Gowda, "the cost went up."',
        [("the cost went up.", "Ramesh Gowda")],
    ),
    # a possessor of a noun of speech before a colon
    (
        "The mayor, Olga Berg, met the strikers. Tomas Lind spoke first. Berg's reply was blunt: “We will not pay.”",
        [("We will not pay.", "Olga Berg")],
    ),
    # plural nouns inside what someone reports are no group a later "they" stands for …
    (
        "Commissioner Meera Iyer said that the department will check whether the farms give housing to the workers. "
        "“We will go and see,” they said.",
        [("We will go and see,", "Meera Iyer")],
    ),
    # … but a group acting in the paragraph still is
    (
        "The workers gathered outside. Commissioner Meera Iyer met them. “We will go and see,” they said.",
        [("We will go and see,", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_CUES_SP9)
def test_speaker_cues_batch9(text, expected):
    assert quotes_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title and surname the tagger may take for an organisation: the person named in full
        (
            "The survey was led by Dr Wanjiru Kamau and checked by Professor Colm Devlin.\n\n"
            "“The birds nest earlier every spring,” Dr Kamau said.",
            ["Wanjiru Kamau"],
        ),
        # an acronym of the title set right before a name
        (
            "Sub-Divisional Officer Deepak Chandra Gupta and the engineer Kavita Joshi inspected the embankment.\n\n"
            "The SDO said that “repairs will begin before the monsoon”.",
            ["Deepak Chandra Gupta"],
        ),
        # a Korean given name the tagger cut at its hyphen
        (
            "Mayor Choi Dong-hyun met the fishermen of the port with his aide Kang Mi-ra.\n\n"
            "“The new breakwater will be ready next year,” Mayor Choi said.",
            ["Choi Dong-hyun"],
        ),
        # MT order: an object "it", then the recipient, then the speaker
        (
            "The lake has never been so low, the ferries wait in the harbour.\n\n"
            "“The ferries touch the bottom already at the pier,” said it to our radio the captain of the ferry, Zoltán Kertész.",
            ["Zoltán Kertész"],
        ),
        # MT order: the auxiliary after the verb (Croatian "rekao je")
        (
            "Prefect Marko Jurić visited the flooded fields with the farmer Stipe Knežević.\n\n"
            "“The state will pay for the seed,” promised is Jurić.",
            ["Marko Jurić"],
        ),
        # MT order: Tagalog "sabi ni", a name after "of" at the sentence end
        (
            "Barangay captain Teresita Bautista counted the houses the wind took.\n\n“Fourteen roofs are gone,” said of Bautista.",
            ["Teresita Bautista"],
        ),
    ],
)
def test_speakers_named_in_full_and_mt_inversions(text, expected):
    assert [s for _, s in quotes_of(text)] == expected


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("Dr Kamau", "Wanjiru Kamau"),
        ("Kamau", "Kamau"),  # no title: left to the other rules
        ("Dr Otieno", "Dr Otieno"),  # nobody of that surname: kept
        ("WHO", "WHO"),  # an organisation's acronym: its words are no person's title
        ("Lee Soo", "Lee Soo-min"),
        ("Oduya Ltd", "Oduya Ltd"),
    ],
)
def test_named_in_full(speaker, expected):
    raw = "Dr Wanjiru Kamau of the World Health Organization Mary Oduya met Lee Soo-min. A Nairobi-based firm, Oduya Ltd-owned, was there."
    people = att.People(
        full_names=["Wanjiru Kamau", "Mary Oduya", "Lee Soo"], persons=frozenset({"Wanjiru Kamau", "Mary Oduya", "Lee Soo"})
    )
    assert quotes.named_in_full(speaker, raw, people) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # look-alike: an English word hyphened to a name is no part of it
        ("Lena Vogt said the Lena Vogt-led team won. “We trained all winter,” Lena Vogt said.", ["Lena Vogt"]),
        # look-alike: "said of X" in English has the speaker before it
        ("“He was a fine teacher,” the head Ruth Abara said of Samuel Ode.", ["Ruth Abara"]),
    ],
)
def test_named_in_full_look_alikes(text, expected):
    assert [s for _, s in quotes_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paragraph-opening quote, a beat of the speaker's, then "she said": hers
        (
            "The tailor Irma Kovač has kept her shop open for thirty years.\n\n"
            "“The rent doubled in May. Nobody can pay that.” Kovač folded a shirt. “I will close in June,” she said.",
            ["Irma Kovač", "Irma Kovač"],
        ),
        # look-alike: a question opening the paragraph is the interviewer's
        (
            "We met the tailor Irma Kovač in her shop.\n\n“Will you close?” Kovač folded a shirt. “In June,” she said.",
            [None, "Irma Kovač"],
        ),
        # look-alike: the sentence between is about something else, no one's beat
        (
            "The tailor Irma Kovač has kept her shop open for thirty years.\n\n"
            "“Closed for good.” The sign hung on the door for a week. “I will close in June,” she said.",
            [None, "Irma Kovač"],
        ),
    ],
)
def test_a_beat_between_two_quotes_of_one_speaker(text, expected):
    assert [s for _, s in quotes_of(text)] == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Umm Salim Haddad", "female"),
        ("Abu Yusuf Qasem", "male"),
        ("Abou-Bakr Diallo", "male"),
        ("Umm", None),  # one word: no full name
        ("Salim Haddad", "male"),  # a given name as before
    ],
)
def test_a_kunya_says_the_gender(name, expected):
    from parallax.annotate import _people

    assert _people.given_name_gender(name) == expected


def test_he_added_after_a_mother_named_by_her_kunya():
    text = (
        "The head of the water authority of Zarqa, Engineer Nabil Saadeh, said that the pipes were old. "
        "And the citizen Umm Salim Haddad has complained from the smell of the water.\n\n"
        "And he added: “The new pipes will arrive in the spring.”"
    )
    assert [s for _, s in quotes_of(text)] == ["Nabil Saadeh"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the mother" is the person named before as a child's parent
        (
            "Elena Mihail's son was among the climbers stranded on the ridge. "
            "The mountain rescue chief, Andrei Popa, led the search.\n\n"
            "“I did not sleep for two nights,” the mother said.",
            ["Elena Mihail"],
        ),
        # look-alike: two parents named so: nobody in particular
        (
            "Elena Mihail's son and Ilinca Radu's daughter were among the climbers stranded on the ridge.\n\n"
            "“I did not sleep for two nights,” the mother said.",
            [None],
        ),
    ],
)
def test_the_parent_of_a_named_child(text, expected):
    assert [s for _, s in quotes_of(text)] == expected


#: Attribution shapes machine translation gives (the spkmt round): each with a look-alike.
SPEAKER_CUES_MT_SHAPES = [
    # an honorific of address the source language keeps before a name is no part of it …
    ("“The well is dry again,” said Bapak Wiryono, a farmer of the hamlet.", [("The well is dry again,", "Wiryono")]),
    ("Oba Adekunle Fashola told the traders: “The gate opens at dawn.”", [("The gate opens at dawn.", "Adekunle Fashola")]),
    ("“We appeal the ruling,” declared Maître Yannick Le Floch outside the court.", [("We appeal the ruling,", "Yannick Le Floch")]),
    # … but a word that is also a given name stays ("Dona" is left out of the lexicon)
    ("“The roof leaks,” said Dona Rute Prazeres.", [("The roof leaks,", "Dona Rute Prazeres")]),
    # MT's "The mayor X has declared": the parser makes title and name two subjects
    (
        "The mayor Ottavia Bellandi has declared that “the market moves to the square in May”.",
        [("the market moves to the square in May", "Ottavia Bellandi")],
    ),
    # a hyphenated surname set off by an apposition before the verb
    (
        "Aminata Sow-Diallo, the head of the clinic, stressed that “the vaccines arrived cold”.",
        [("the vaccines arrived cold", "Aminata Sow-Diallo")],
    ),
    # "“…,” according to the prefect.": the comma inside the closing mark sets it off
    (
        "The prefect Loïc Tanguy and the mayor Sabine Ollivier met on Monday. “The road stays shut,” according to the prefect.",
        [("The road stays shut,", "Loïc Tanguy")],
    ),
    # "By the words of X" (Russian "по словам")
    (
        "By the words of the director of the depot Oksana Hrytsenko, “the trams return on Sunday”.",
        [("the trams return on Sunday", "Oksana Hrytsenko")],
    ),
    ("By Friday evening, “the trams return” was all the notice said.", [("the trams return", None)]),
    # "At the Ministry of X they say that …": the named body speaks …
    (
        "At the Ministry of Fisheries they say that “the quota will not change”.",
        [("the quota will not change", "Ministry of Fisheries")],
    ),
    # … "they said in the police" names no body
    ("“The van was stolen,” they said in the police.", [("The van was stolen,", None)]),
    # a plural descriptor is a group, never the person named before it
    (
        "The union leader Kostas Mavridis spoke to the dockers, who answered with the chant “Not one more shift”.",
        [("Not one more shift", None)],
    ),
    # reporting verbs machine translation keeps ("deploró", "menyampaikan", "rawā")
    ("“It is a disgrace for the port,” deplored the councillor Nerea Olabarria.", [("It is a disgrace for the port,", "Nerea Olabarria")]),
    ("Village head Sutarno Hadi conveyed that “the bridge is closed to lorries”.", [("the bridge is closed to lorries", "Sutarno Hadi")]),
    ("“I heard the wall fall,” narrated Yousef Haddad, a baker.", [("I heard the wall fall,", "Yousef Haddad")]),
    # "“…,” (also) according to him.": a pronoun after the cue …
    (
        "The skipper Arvid Nyqvist stayed on deck. “The nets are torn,” he said. “And the engine too,” also according to him.",
        [("The nets are torn,", "Arvid Nyqvist"), ("And the engine too,", "Arvid Nyqvist")],
    ),
    # … and a group is nobody named
    ("The pickers walked out. “It is over,” according to them.", [("It is over,", None)]),
    # a passive after the quote without its "it"
    (
        "“The ferry sails at noon,” was announced by the harbour master Edvin Strand.",
        [("The ferry sails at noon,", "Edvin Strand")],
    ),
    ("The “blue line” was opened by the mayor Jonas Petraitis.", [("blue line", None)]),
    # a phrase of manner between the quote and an inverted verb
    ("“The orchard is gone,” with sadness told the grower Dušan Ilić.", [("The orchard is gone,", "Dušan Ilić")]),
    ("“Stop,” with Marta Kowal.", [("Stop,", None)]),
    # the means or a pronoun listener between an inverted verb and its subject
    (
        "“The dam holds,” assured via video link the engineer Halyna Shevchuk.",
        [("The dam holds,", "Halyna Shevchuk")],
    ),
    ("“No funds are left,” has replied to him the minister Aitor Elizondo.", [("No funds are left,", "Aitor Elizondo")]),
    # a name opening with a given name closes a descriptor even where the tagger made it an organisation …
    (
        "“The pupils are safe,” said the director of the school Olena Bondarenko.",
        [("The pupils are safe,", "Olena Bondarenko")],
    ),
    # … a hospital's name does not
    ("“The ward opens soon,” said the director of the hospital Santa Chiara Nuova.", [("The ward opens soon,", None)]),
    # a quote named as someone's answer after it …
    ("“The fee stays,” was the answer of the director Ramona Ilie.", [("The fee stays,", "Ramona Ilie")]),
    # … the crowd's answer is nobody's named
    ("“Never,” was the answer of the crowd.", [("Never,", None)]),
    # Romanian "a transmis", and a body's name the parser cut at "of"
    (
        "“The samples were clean,” transmitted the Directorate of Veterinary Health.",
        [("The samples were clean,", "Directorate of Veterinary Health")],
    ),
    ("The virus was transmitted by “dirty water”, the doctor Ana Lupescu said.", [("dirty water", "Ana Lupescu")]),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_CUES_MT_SHAPES)
def test_speaker_cues_mt_shapes(text, expected):
    assert quotes_of(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Bapak Wiryono", "Wiryono"),
        ("Oba Adekunle Fashola", "Adekunle Fashola"),
        ("Sergeant Ruth Adeyemi", "Ruth Adeyemi"),
        ("Dona Rute", "Dona Rute"),  # also a given name: kept
        ("Bapak", "Bapak"),
        ("Encik lalu", "Encik lalu"),  # no capitalised name after it
        ("Amai Rudo Chikore", "Rudo Chikore"),
    ],
)
def test_untitled_drops_honorifics(name, expected):
    assert att.untitled(name) == expected


def test_name_words_split_hyphenated_names():
    assert att.name_words(["Aminata Sow-Diallo", "Jean-luc Abbé"]) >= {"Aminata", "Sow-Diallo", "Sow", "Diallo", "Jean-luc", "Jean"}
    assert "luc" not in att.name_words(["Jean-luc Abbé"])


@pytest.mark.parametrize(
    ("name", "canonical", "expected"),
    [
        ("Directorate", "Directorate of Public Health", True),
        ("Instituto Galego", "Instituto Galego para o Control do Medio", True),
        ("Directorate", "Directorate", False),
        ("Bank", "Bank Negara", False),  # a capitalised word goes on: another name
        ("Anna", "Annaberg of the Hills", False),
    ],
)
def test_a_body_name_cut_at_a_small_word(name, canonical, expected):
    assert att._cut_at_joiner(name, canonical) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Mrs. Okafor spoke.", "Mrs. Okafor", "female"),
        ("Then Sir Hal Brook spoke.", "Sir Hal Brook", "male"),
        ("She came with her son Tendai.", "Tendai", "male"),
        ("the old man Pita Tuilagi", "Pita Tuilagi", "male"),
        ("the spokeswoman, Dorcas Mwale", "Dorcas Mwale", "female"),
        # a man's title says nothing: translation calls a woman "chairman" too
        ("the chairman Dorcas Mwale", "Dorcas Mwale", None),
        ("he asks.\n\nPita Tuilagi writes", "Pita Tuilagi", None),
    ],
)
def test_gender_before_a_name(text, name, expected):
    from parallax.annotate import _attribution as att

    start = text.index(name)
    m = att.Mention(start, start + len(name), "name", name, 0)
    assert att.gender_before(text, m) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "according to" inside the reporting clause names who passed the words on
        (
            "Prime Minister Lena Holt called President Omar Vance on Monday. "
            "Holt spoke, according to her office, of a “turning point for the region”.",
            "Lena Holt",
        ),
        (
            "Prime Minister Lena Holt called President Omar Vance on Monday. "
            "Vance said according to the palace that the deal was “within reach”.",
            "Omar Vance",
        ),
        # with no reporting verb, the "according to" source is the speaker, as before
        (
            "Prime Minister Lena Holt called President Omar Vance on Monday. "
            "The call was, according to the Foreign Ministry, a “turning point for the region”.",
            "Foreign Ministry",
        ),
        # a party's acronym before a generic noun does not make the party speak
        (
            "Federal Chancellor Lena Holt met the farmers' unions in Rome on Monday.\n\n“We need more time,” the LPD politician added.",
            "Lena Holt",
        ),
    ],
)
def test_speaker_in_a_reporting_clause_with_its_source(text: str, speaker: str) -> None:
    got = quotes_of(text)
    assert len(got) == 1
    assert speaker in (got[0][1] or "")


#: Speakers batch 10: the wrong person in ordinary local news (invented strings).
SPEAKER_CUES_SP10 = [
    # a description that is only the subject of what the reporter said is no antecedent
    (
        "Councillor Ilse Marek spoke first.\n\n"
        "Arne Bakken after the meeting to the journalists said that the council is ready to talk. “We can wait until May,” he said.",
        [("We can wait until May,", "Arne Bakken")],
    ),
    (
        "The vendor Otar Beridze said that the traders want only to open again. “Winter is our best season,” he said.",
        [("Winter is our best season,", "Otar Beridze")],
    ),
    # … but a pronoun the reporter's gender rules out still finds the one it fits
    (
        "Tomas Rebane said that the mayor had lied. Mayor Liis Tamm denied it. “I lied to nobody,” she said.",
        [("I lied to nobody,", "Liis Tamm")],
    ),
    # given name and patronymic: the one full name with that given name
    (
        "The nurse Vera Solovyova has run the post for 20 years. People call her Vera Pavlovna.\n\n"
        "The ambulance came late, Solovyova said. “Vera Pavlovna is all we have,” a neighbour said."
        "\n\nThe nurse shook her head. “I will not move to town,” she answered.",
        [("Vera Pavlovna is all we have,", None), ("I will not move to town,", "Vera Solovyova")],
    ),
    # the person the pronoun found is named inside the quote: the paragraph's reporter speaks
    (
        "The baker Lidia Orlova opens at five. The villagers call her Lidia Petrovna.\n\n"
        "The retired driver Pavel Gusev told that she brought bread when the road was closed. "
        "“If Lidia Petrovna was not there, we would starve,” she said. “Nobody else came.”",
        [("If Lidia Petrovna was not there, we would starve,", "Pavel Gusev"), ("Nobody else came.", "Pavel Gusev")],
    ),
    # … and with nobody else reporting there, the pronoun keeps its person
    (
        "Mira Kovac chairs the board.\n\n“Mira Kovac will decide,” she said.",
        [("Mira Kovac will decide,", "Mira Kovac")],
    ),
    # someone who "did not comment" has had no say: "he added" is the one who spoke
    (
        "The mill's owner, Piet Gerrits, told the staff that manager Koen Aerts would leave. “It is time,” Gerrits said. "
        "Aerts did not comment.\n\n“We wish him well,” he added.",
        [("It is time,", "Piet Gerrits"), ("We wish him well,", "Piet Gerrits")],
    ),
    # "X's lawyer" is someone of X's, never X; unnamed, the quote has no named speaker
    (
        "Sergeant Ravi Menon said the cyclist, Arun Nair, had run a red light. “He did not stop,” Menon said. "
        "Nair's lawyer said he would appeal.\n\n“The light was broken,” he said.",
        [("He did not stop,", "Ravi Menon"), ("The light was broken,", None)],
    ),
    # … but after the nearest person's own reaction, a pronoun of the other gender is a slip
    (
        "The hospitals' negotiator, Dieter Brandt, called the demand absurd. Dr. Sabine Vogt rejected this. "
        "“The hospitals made a profit,” he said.",
        [("The hospitals made a profit,", "Sabine Vogt")],
    ),
    # an organisation descriptor, its relative clause, then its name set off by commas
    (
        "The bakery which supplied the bread and the cakes, Golden Crust Bakeries, in a statement claimed "
        "“the flour was tested every week”.",
        [("the flour was tested every week", "Golden Crust Bakeries")],
    ),
    # Tagalog and Ilocano "ni" calqued as "of" before a title, with more after it
    (
        "Mayor Corazon Dulay met the fishermen.\n\n"
        "“The port stays open,” said of the mayor in the meeting at the town hall which was full.",
        [("The port stays open,", "Corazon Dulay")],
    ),
    # … and before any singular noun closing the sentence: the one person acting in its paragraph
    (
        "The governor Farah Nuur toured the bazaar. The vendor Abdi Warsame showed his receipts. "
        '"Every month the tax grows," said of the vendor.',
        [("Every month the tax grows,", "Abdi Warsame")],
    ),
    # English "X said of Y" keeps its subject: the pronoun speaks, not the one talked about
    (
        "Coach Eli Baptiste praised the goalkeeper, Noel Charles. “He saved the season,” he said of the keeper.",
        [("He saved the season,", "Eli Baptiste")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_CUES_SP10)
def test_speaker_cues_batch10(text, expected, mode):
    assert quotes_of(text) == expected


def test_pronoun_skips_a_nearer_person_who_only_acts():
    """The nearest person only acts, and the one other person acting is of the
    pronoun's gender (her gender comes from the entities layer's name lists)."""
    text = (
        "Samuel Otieno, 61, has mended nets here for 40 years. His wife, Mary, keeps the accounts when he is at sea. "
        "“The catch has never been this small,” he said."
    )
    assert quotes_of(text) == [("The catch has never been this small,", "Samuel Otieno")]


@pytest.mark.parametrize(
    ("name", "full_names", "expected"),
    [
        ("Galina Ivanovna", ["Galina Vasilyeva", "Nikolai Pushin"], "Galina Vasilyeva"),
        ("Oleg Petrovich", ["Oleg Sidorov"], "Oleg Sidorov"),
        ("Daria Nikitichna", ["Daria Lebedeva"], "Daria Lebedeva"),
        ("Galina Ivanovna", ["Galina Vasilyeva", "Galina Orlova"], "Galina Ivanovna"),  # two Galinas: nobody certain
        ("Marlene Dietrich", ["Marlene Weber"], "Marlene Dietrich"),  # a surname, no patronymic
        ("Anna Ivanova", ["Anna Petrova"], "Anna Ivanova"),
    ],
)
def test_patronymic_completes_to_full_name(name, full_names, expected):
    assert att.People(full_names=full_names).complete(name) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("President Lena Holt met the unions.\n\n“We want more,” the President was quoted in a statement of her office.", "Lena Holt"),
        ("President Lena Holt met the unions.\n\n“We want more,” Holt was cited as saying by the agency.", "Lena Holt"),
        # the active "X quoted Y": X is not the speaker
        ("President Lena Holt met the unions.\n\n“We want more,” Omar Vance quoted the President as saying.", None),
    ],
)
def test_whoever_is_quoted_in_the_passive_spoke(text: str, speaker: str | None) -> None:
    got = quotes_of(text)
    assert len(got) == 1
    if speaker is None:
        assert got[0][1] is None
    else:
        assert speaker in (got[0][1] or "")
