"""Damage layer ("artifacts"): tables of texts that must flag and texts that must not.

Detector tests call the pure functions on plain strings (one paragraph = the
whole string). Fixture tests run the layer on whole articles: the clean texts
in tests/fixtures/damage/ must stay (almost) silent, their damaged twins must
raise the flags listed in the ``.yml`` beside them.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from parallax import annotate, nlp
from parallax.annotate import damage
from parallax.ingest import boilerplate_reason, ingest_file
from parallax.model import Span
from parallax.segment import segment, word_count

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "damage"
LANGS = tuple(damage.config()["untranslated"]["languages"])


def whole(text: str) -> list[tuple[int, int]]:
    return [(0, len(text))]


def found(spans: list[Span], text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in spans]


# --------------------------------------------------------------------------
# glued words


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A praise of the relationsdescribed as warm.", [("relationsdescribed", "relations described")]),
        ("The talks were productivebut short.", [("productivebut", "productive but")]),
        ("They met in personhe said.", [("personhe", "person he")]),
        ("The ministers agreed thatthe deal was done.", [("thatthe", "that the")]),
        # A suffix-like word after a function word is still glued.
        ("They wereable to leave.", [("wereable", "were able")]),
        # Five letters are enough.
        ("The party may suspend himof membership.", [("himof", "him of")]),
        # A capitalised function word glued at a sentence start.
        ("Talks ended. Theminister left at noon.", [("Theminister", "The minister")]),
        # … or a content word glued to the preposition after it.
        ("Talks ended. Tradebetween the two ports fell.", [("Tradebetween", "Trade between")]),
        # Three words run together.
        ("Crowds gathered inthecity at dawn.", [("inthecity", "in the city")]),
        # A name the text writes alone, glued to a short function word.
        ("They met in Dortmund. He spoke in Dortmundon Thursday.", [("Dortmundon", "Dortmund on")]),
    ],
)
def test_glued_words_flagged(text: str, expected: list[tuple[str, str]]) -> None:
    spans = damage.glued_word_flags(text, whole(text))
    assert [(text[s.start : s.end], s.attrs["suggestion"]) for s in spans] == expected
    assert all(s.label == "glued-words" and s.attrs["kind"] == "glued-words" and s.attrs["message"] for s in spans)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A capitalised word glued after a very frequent function word: the capital shows the lost space.
        ("The law, which theBundestag adopted in March.", [("theBundestag", "the Bundestag")]),
        ("A letter went to theProvince and ofKelmar officials.", [("theProvince", "the Province"), ("ofKelmar", "of Kelmar")]),
        # Glued to a name the text also writes on its own.
        ("Tashbek spoke first. He met withTashbek aides later.", [("withTashbek", "with Tashbek")]),
    ],
)
def test_camel_glue_is_glued_words(text: str, expected: list[tuple[str, str]]) -> None:
    spans = damage.glued_word_flags(text, whole(text))
    assert [(text[s.start : s.end], s.attrs["suggestion"]) for s in spans] == expected
    assert all(s.label == "glued-words" for s in spans)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A figure glued to a lowercase English word.
        ("About 250families and 40rural routes lost the bus.", [("250families", "250 families"), ("40rural", "40 rural")]),
        ("Nearly 120pickers waited.", [("120pickers", "120 pickers")]),
        # A closing bracket glued to the next word, lowercase or capitalised.
        ("The Fire Service (KFS)said nobody was hurt.", [(")said", ") said")]),
        ("Rain fell (again)The roads closed.", [(")The", ") The")]),
        # A closing curly mark after a word or its punctuation, glued to the next word.
        ("“We are waiting,”said the clerk.", [("”said", "” said")]),
        ("“We wait”she said. «Enough»said he.", [("”she", "” she"), ("»said", "» said")]),
    ],
)
def test_lost_space_flagged(text: str, expected: list[tuple[str, str]]) -> None:
    spans = damage.lost_space_flags(text, whole(text))
    assert [(text[s.start : s.end], s.attrs["suggestion"]) for s in spans] == expected
    # two words run together, a figure among them, are glued words; a mark's lost space is a missing space
    assert all(s.label == ("glued-words" if text[s.start].isdigit() else "missing-space") for s in spans)


@pytest.mark.parametrize(
    "text",
    [
        # Units, ordinals, decades, times, codes and brands after a figure.
        "A 10km run at 5pm, the 4th stage, the 1990s, an mp3, 10mins, 3.5 percent and 1Password.",
        "It cost TT$4.2 million (about US$620,000) at No.1 jetty, 7.40 a.m., i.e. early, e.g. at dawn.",
        # Addresses, e-mail, handles and hashtags.
        "Write to help@kelmar.example or see www.kelmar.example/2024news and #5things or @4seasons.",
        # Brackets inside a word, a space after the bracket, a foreign word after it.
        "Each applicant(s) and (s)he who signs; the agency (KFS) said so; the item (No. 4)xq.",
        # Quote marks as apostrophes, Swedish and Danish opening marks after a space.
        "Marta”s shop and don”t; the title ”Vi stannar” and »Vi går« were sung.",
        "Danish style: »Vi bliver her«, sagde hun.",
    ],
)
def test_lost_space_not_flagged(text: str) -> None:
    assert damage.lost_space_flags(text, whole(text)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # A capitalised word and a lowercase one open a sentence; an age or a reporting verb closes the apposition.
        ("Zarema qolbayeva, 71 years, sells honey at the market.", ["qolbayeva"]),
        ("Ntombi xakaza, who drives the school bus in the valley, said the road was shut.", ["xakaza"]),
        # A person noun after a reporting verb, or before one.
        ("Said councillor vunduzi, who chairs the board, that the money is gone.", ["vunduzi"]),
        ("The warden of the reserve kibwetere said the fence fell.", ["kibwetere"]),
        # Two lowercase words closing an apposition to a person noun.
        ("The chairperson of the traders, lwazi mbekweni, said prices rose.", ["lwazi mbekweni"]),
        # A place noun before or after the word, with a place preposition.
        ("Water came to the area of qumbelo and to the village tshazibane on Monday.", ["qumbelo", "tshazibane"]),
        ("Buses left from ozerkovo district at noon.", ["ozerkovo"]),
    ],
)
def test_slotted_lowercase_names_flagged(text: str, expected: list[str]) -> None:
    spans = damage.lowercase_name_flags(text, whole(text), {}, set())
    assert [text[s.start : s.end] for s in spans] == expected
    assert all(s.label == "lowercase-name" and s.attrs["suggestion"][0].isupper() for s in spans)


@pytest.mark.parametrize(
    "text",
    [
        # English words in every slot.
        "Farmers nationwide, 40 of them, said prices fell. Officials there, who met, said so.",
        "Said minister yesterday that the plan holds; the driver himself said so.",
        "The chairperson of the board, once again, said no; the village square and from town hall.",
        # An honorific English knows, after a capitalised name.
        "Rauza apa, 81 years, lives alone.",
        # A particle after a given name; a capitalised word after the place noun.
        "Maria da Silva, 40, said so. They met in the village Kelmar and near Orvan district.",
        # A lowercase pair that is no apposition to a person.
        "The reason, amanzi ngubomi, said nothing.",
    ],
)
def test_slotted_lowercase_names_not_flagged(text: str) -> None:
    assert damage.lowercase_name_flags(text, whole(text), {}, set()) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire held as the counteroffensive stalled and the videoconference was livestreamed.",
        "Follow #IncendioChiva and @emergencias_cv or see www.firewatchnews.com for updates.",
        "An e-commerce start-up ran a 10km race with 300kg of gear at 5pm.",
        "iPhone sales at McDonald's and YouTube views rose; JPMorgan said so.",
        "The geopolitics of hydrocarbons and deescalation were discussed in Samarkand.",
        "Kowalczyk and Godelleta are names, not glued words.",
        # Capitalised names that split into words, and brand-like mixed case.
        "Andwell and Stonehaven met Butterworth; Andwell spoke, eBay and iPad and McKinsey too.",
        "The club deBoer ran and the macOS update shipped.",
        # Brand prefixes; names that end like a short word but are not glued.
        "Families use myHeritage and weTransfer; John met Johnson, Hans met Hansen.",
        # Camel-case brands English writes as one word.
        "A spokeswoman for easyJet, a PowerPoint from BlackRock and a JetBlue flight.",
        # Rare derivations: a content word plus a suffix-like word.
        "The loan was financeable and the valve pressureless.",
        # Plurals and verb forms of rare words wordfreq lacks in that form.
        "Stalls sold theremins, and engineers geofenced the skerries.",
        # A word ending like "an" or "a" before a word the article cannot precede.
        "The farmers grow longan and rice; the longan growers met. Their rambutan crop failed.",
        # A name opening a sentence that ends like a content word, not a preposition.
        "Stonehaven voted. Hillcastle agreed. Brandon left.",
    ],
)
def test_glued_words_not_flagged(text: str) -> None:
    assert damage.glued_word_flags(text, whole(text)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # A compound the article writes three times (plural folded) is its own term …
        ("The Kallur tidemill reopened. The tidemill is old, and the town has two tidemills.", []),
        # … once, it is a glued pair; a function word on the left stays glued however often.
        ("The tidemill reopened on Monday.", ["tidemill"]),
        ("They said thatthe deal held. Also thatthe vote held. And thatthe talks held.", ["thatthe", "thatthe", "thatthe"]),
    ],
)
def test_glued_words_repeated_compound(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in damage.glued_word_flags(text, whole(text))] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A flattened table: each figure runs into the next row's label.
        ("Charges per crate: Tilapia KSh 50Omena KSh 20Nile perch KSh 80.", ["50Omena", "20Nile"]),
        ("Results: Lviv 12,4Kyiv 9,8Odesa 7.", ["12,4Kyiv", "9,8Odesa"]),
        # Units, codes, years and brands are not glued cells.
        ("A 5G mast, 3D films, a 4K screen, 10km runs at 2pm, the 2024Olympics and 1Password.", []),
        ("The Swiss daily 20Minuten said so.", []),
    ],
)
def test_figure_glue(text: str, expected: list[str]) -> None:
    spans = damage.figure_glue_flags(text, whole(text))
    assert [text[s.start : s.end] for s in spans] == expected
    assert all(s.label == "glued-words" for s in spans)


# --------------------------------------------------------------------------
# missing spaces


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The talks ended.Then the leaders left.", [("ended.Then", "ended. Then")]),
        ("They visited Paris,Berlin and Rome.", [("Paris,Berlin", "Paris, Berlin")]),
        # A name or foreign word before the comma, a function word after it.
        ("Take the trail from Kuźnice,which is steep.", [("Kuźnice,which", "Kuźnice, which")]),
        ("The ships waited in Gdańsk.The mayor came.", [("Gdańsk.The", "Gdańsk. The")]),
        # "A" and "I" are words of one letter.
        ("Tourists waited for hours.A couple from Lyon said so.", [("hours.A", "hours. A")]),
        # A lowercase word ends the sentence, a name opens the next.
        ("Boats will protest in front of the port.Anadolu Agency reminded that it happened before.", [("port.Anadolu", "port. Anadolu")]),
        # Punctuation after a closing quote mark, glued to the next word.
        ("« We will not wait »,she said.", [("»,she", "», she")]),
        ("“We won”.The crowd cheered.", [("”.The", "”. The")]),
        # An opening quote mark glued to the punctuation before it.
        ("The machines do not work.“Everything is hard”, he said.", [("work.“Everything", "work. “Everything")]),
        ("He said,«We stay».", [("said,«We", "said, «We")]),
        # A colon glued to the capitalised word it introduces.
        ("The charges as published by the county:Tilapia first.", [("county:Tilapia", "county: Tilapia")]),
        # A sentence opening on a word that is also a web domain's ending ("it", "us").
        ("The mayor told reporters.It was the third closure.", [("reporters.It", "reporters. It")]),
    ],
)
def test_missing_space_flagged(text: str, expected: list[tuple[str, str]]) -> None:
    spans = damage.missing_space_flags(text, whole(text))
    assert [(text[s.start : s.end], s.attrs["suggestion"]) for s in spans] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Read it at www.Example.com or news.example.org today.",
        "Growth was 3.5 percent, i.e. slower, according to the U.S. Treasury.",
        "The U.S.Army said so, e.g. in Jan. 2024.",
        "Prices rose 1,000 times; the app is written in Node.js.",
        # Short codes and rare words after a comma; a quote mark before a decimal.
        "Axes x,y and the ratio 3:2 were plotted; Zyx,quux is a placeholder.",
        'He measured 5",and the label said "A".',
        # Capitals after the dot that are no sentence's function word: products and codes.
        "The app runs on ASP.NET and the Kotlin.IO build for fans.",
        # A capital letter after the dots of an abbreviation.
        "He won the U.S.A title and the p.m.A report.",
        # A closing mark after the stop, then a space: fine; a code-like token is no prose.
        "“We stay.” “We go,” they said.",
        "See file.“x” in the log.",
        # Code, a lowercase word after the colon, a name before it.
        "Set display:none and javascript:alert; Source:Reuters; read Note:x.",
        # Web addresses, however capitalised, after a name or a word English rarely opens a sentence with.
        "Read it on repubblica.it or Corriere.It, and on example.De or lefigaro.Fr.",
    ],
)
def test_missing_space_not_flagged(text: str) -> None:
    assert damage.missing_space_flags(text, whole(text)) == []


# --------------------------------------------------------------------------
# quote marks


def quote_flags(*paragraphs: str) -> list[tuple[str, str]]:
    text = "\n\n".join(paragraphs)
    paras, pos = [], 0
    for p in paragraphs:
        paras.append((pos, pos + len(p)))
        pos += len(p) + 2
    spans, _ = damage.quote_mark_flags(text, paras)
    return found(spans, text)


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # An article quoting »…« (Danish): a pair closed by » has the wrong closing mark.
        (
            ["»We are ready«, he said.", "»We stay«, she said.", "»It is what we can do now», he said."],
            [("»We", "quote-mismatch"), ("»We", "quote-mismatch"), ("now»", "quote-mismatch")],
        ),
        # An inward » left unclosed is said by the unclosed flag alone.
        (
            ["»We are ready«, he said.", "»We stay«, she said.", "He answered: »If nothing happens, we sail."],
            [("»We", "quote-mismatch"), ("»We", "quote-mismatch"), ("»If nothing happens, we sail.", "quote-unclosed")],
        ),
        # One »…« pair is no convention: »…» is read as before (Swedish and Finnish write it).
        (["»We are ready«, he said.", "»It is what we can do now», he said."], [("»We", "quote-mismatch"), ("»It", "quote-mismatch")]),
    ],
)
def test_inward_guillemets(paragraphs: list[str], expected: list[tuple[str, str]]) -> None:
    assert quote_flags(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["He called the ties “the best ever“, and left."], [("ever“", "quote-mismatch")]),
        (["He said ”it was fine” and left."], [("”it", "quote-mismatch")]),
        (["“We will win,”he said."], [("”he", "missing-space")]),
        (["« It is a floor »a souligné Mr Roux."], [("»a", "missing-space")]),
        (["“Are you ready with Russia“in what is “a difficult situation”."], [("Russia“", "quote-mismatch"), ("“in", "missing-space")]),
        (["He said“We are ready.”"], [("said“", "missing-space")]),
        (
            ["“We are waiting for you in person, he said, according to reports.", "The talks ended."],
            [("“We are waiting for you in person", "quote-unclosed")],
        ),
        (["Unclosed at the end: “we shall see"], [("“we shall see", "quote-unclosed")]),
        # A straight mark closing a typographic quote: « … ", „ … ", “ … ".
        (['« It is a blow for the city ", declared the curator.'], [('city "', "quote-mismatch")]),
        (['It was a „catastrophe for us". Then he left.'], [('us"', "quote-mismatch")]),
        (['“We are fine", she said.'], [('fine"', "quote-mismatch")]),
        # A typographic mark closing a straight one.
        (['"It is necessary to remain competitive with Antwerp”, the firm said.'], [("Antwerp”", "quote-mismatch")]),
        # Two typographic styles in one quotation: “ … », « … ”.
        (["“We respected every rule», he said."], [("rule»", "quote-mismatch")]),
        (["He called it «a matter of days” on Monday."], [("days”", "quote-mismatch")]),
        # A straight quote left open before a paragraph that opens with another style.
        (
            ['She said that "nothing was saved. The loss is large.', "“It is one year of work”, he said."],
            [('"nothing was saved. The loss is large.', "quote-unclosed")],
        ),
    ],
)
def test_quote_marks_flagged(paragraphs: list[str], expected: list[tuple[str, str]]) -> None:
    assert quote_flags(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["“We are ready,” she said. “And we will stay.”"],
        ['He said "yes" and then "no", and the crowd laughed.'],
        ["She called it „completely disproportionate“ on Friday."],
        ["« We cannot arrive divided », declared the minister."],
        ['The pipe is 5" wide and the board 12" long.'],
        # A quote over paragraphs: the paragraph ends inside the quote and the
        # next one opens with a quote mark (news convention).
        ["She said:", "“Every year we wait, the hole gets deeper.", "“This reform is not perfect. But it is honest.”"],
        ['"Every year we wait, the hole gets deeper.', '"This reform is honest," she said.'],
        ["He told the crew ‘keep the doors shut’ and left."],
        # A straight quote nested inside guillemets is no closing mark.
        ['« He said " yes " to the offer », she added.'],
        # A quote nested in another, in the other style (Italian «… “…” …»).
        ["He said: «We saw “the wave” coming», she added."],
        ["„Wir kommen“, sagte er, and left."],
    ],
)
def test_quote_marks_not_flagged(paragraphs: list[str]) -> None:
    assert quote_flags(*paragraphs) == []


def test_unclosed_quote_suggests_where_it_ends() -> None:
    text = "“I have no doubt that we will meet in personhe said, according to reports."
    spans, _ = damage.quote_mark_flags(text, whole(text))
    assert [(text[s.start : s.end], s.attrs["suggestion"]) for s in spans] == [
        ("“I have no doubt that we will meet in person", "person”, he said")
    ]


# --------------------------------------------------------------------------
# untranslated fragments


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("China insists that it “is anxious to [a guerra] end”.", "a guerra"),
        ("The mayor, Amparo Soler, quien pidió a ambas partes volver a la mesa.", "quien pidió a ambas partes volver a la mesa"),
        ("“Whoever strikes now nimmt die Fahrgäste in Geiselhaft,” said Hartl.", "nimmt die Fahrgäste"),
        ("The two ministers notamment agreed on a target.", "notamment"),
        ("He gives each player 15 minutes (quinze minutos) for the game.", "quinze minutos"),
        # Words English has too, but each far more frequent in one language.
        ("The council, de hecho, had already voted.", "de hecho"),
        ("The budget, por lo tanto, stays frozen.", "por lo tanto"),
        # Two languages fit the word counts; one fits clearly better.
        ("The firm apologised. En revanche, the group gave no date.", "En revanche"),
        # A connective left in the source language at a sentence start.
        ("The road is shut. Intanto, we asked the region for help.", "Intanto"),
        ("The road is shut. Nel frattempo the rain stopped.", "Nel frattempo"),
        ("“Nobody asked us. Niestety, we learned it from television,” she said.", "Niestety"),
        # One long word only wordfreq's large lists know.
        ("The opposition demanded the ayuntamiento publish the contracts.", "ayuntamiento"),
        ("Prosecutors seized the documents at the questura on Monday.", "questura"),
        # One clause across a word both languages share ("direction").
        ("Trains stay disrupted, selon la direction de l'entreprise.", "selon la direction de l'entreprise"),
        # Four words English quotes often, with German capitalised nouns.
        ("The minister promised ohne Wenn und Aber a new bridge by 2030.", "ohne Wenn und Aber"),
        # A compound alone in quote marks, made of two German words.
        ("The Greens demanded a „Sanierungsoffensive“ for all bridges.", "Sanierungsoffensive"),
        # A capitalised slogan in quotes is no title: no title noun before it.
        ("They hung a banner with the inscription „Góry to nie wesołe miasteczko”.", "Góry to nie wesołe miasteczko"),
        # A comma after an untranslated aside is no gloss when it goes on in English.
        ("The thieves acted, selon les enquêteurs, in less than four minutes.", "selon les enquêteurs"),
        # The fragment takes in the words around it that its language uses far more than English
        # (wordfreq's small lists lack some, "je" and "pro" are English words too).
        ("The town will help. Borská sklárna je pro město symbolem, she added.", "Borská sklárna je pro město symbolem"),
        # A phrase left in another script.
        ("The firm will run it under the system of البناء والتشغيل والنقل for 25 years.", "البناء والتشغيل والنقل"),
        ("Protesters chanted Руки прочь outside the embassy.", "Руки прочь"),
        # A clause left in Vietnamese, told by its letters; "he said" after the comma is no gloss.
        ("“Bây giờ không ai dám ra khơi”, he said.", "Bây giờ không ai dám ra khơi"),
        ("The skipper shook his head: “Nhà tôi hết tiền rồi”, she said.", "Nhà tôi hết tiền rồi"),
        # A quote in a language no word list holds (Swahili): no word of it is common in English.
        ("“Hatutalipa hata shilingi moja zaidi”, she said, as others sang.", "Hatutalipa hata shilingi moja zaidi"),
        ("The crowd chanted «Haki yetu tunataka» outside.", "Haki yetu tunataka"),
        # A quote left whole in its language takes in a word found alone inside it.
        ("The gate bore a sign “Pozor, vlak!” in red.", "Pozor, vlak"),
        # Four words or more with one English also uses ("chai"), but no frequent function word.
        ("“Tomra chai amader kotha shono”, she said.", "Tomra chai amader kotha shono"),
        # A title of address left in the source language before a name.
        ("The member for trade, Mheshimiwa George Ouma, said the levy stays.", "Mheshimiwa"),
        ("The teacher, Pani Anna Nowak, said the school stays shut.", "Pani"),
        # ... or after the name, closing it (Turkish), and romanised Hindi.
        ("The mayor, Kemal Aydın Bey, said the fountain would be restored.", "Bey"),
        ("The farmers' leader Shriman Ravi Deshpande said the talks failed.", "Shriman"),
        # Maltese titles with the article glued (lower case as Maltese writes them), a Zulu "Mr".
        ("The plans were drawn by il-Perit Mario Vella, who defended them.", "il-Perit"),
        ("The fishermen cheered when is-Sur Grech arrived.", "is-Sur"),
        ("UMnumzane Themba Zwane said the tank had leaked for weeks.", "UMnumzane"),
        # A lowercase clause of a language no word list holds: two words English does not know.
        ("The governor told residents tuko pamoja katika hili during a visit.", "tuko pamoja katika hili"),
        ("The first minister said the decision was hollol annerbyniol for farmers.", "hollol annerbyniol"),
        # A slogan opening on a capital, three lowercase foreign words after it ("the words" is no term cue).
        ("Workers carried a banner with the words Wir sind mehr wert to the headquarters.", "Wir sind mehr wert"),
        # A phrase of words English has too, after an English "was" that is not part of it.
        ("The minister said the strike was tout à fait unacceptable.", "tout à fait"),
        # Ethiopic script.
        ("The minister said ሰላም ይሁን to the crowd.", "ሰላም ይሁን"),
        # A quote left in its language before an unnamed attribution ("…”, a source said), no gloss.
        ("The talks were “molto franche e costruttive”, a source said.", "molto franche e costruttive"),
    ],
)
def test_untranslated_flagged(text: str, fragment: str) -> None:
    spans = damage.untranslated_flags(text, whole(text), LANGS)
    assert found(spans, text) == [(fragment, "untranslated")]
    assert "not English" in spans[0].attrs["message"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Lowercase words English does not know, one with a letter English never writes.
        ("The farmers of the poľovnícke združenie met on Monday.", ["poľovnícke združenie"]),
        ("They joined the ūkininkų sąjunga last year.", ["ūkininkų sąjunga"]),
        # Names are capitalised; loanwords English knows; one word alone.
        ("Mayor Poľana Východná met the crème brûlée makers and a jalapeño grower from Žilina.", []),
        ("The village of Liptovská is near the lake; the sign read medveď.", []),
    ],
)
def test_unknown_accented_runs(text: str, expected: list[str]) -> None:
    assert [text[f.start : f.end] for f in damage._unknown_accented_runs(text, whole(text))] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The de facto ruler kept the status quo, ad hoc and per se, vice versa.",
        "Diego Salvatierra of the think tank Centro de Estudios Monetarios said so.",
        "Lula da Silva flew from Rio de Janeiro to São Paulo with Banco do Brasil staff.",
        "The junta staged a coup d'état; the fiesta and the siesta went on in the favela.",
        "The union Coordinadora Estibadora met the Guardia Civil near the Réseau Action Climat office.",
        "Follow @emergencias_cv for updates on the fires.",
        "She has a certain joie de vivre and a je ne sais quoi; it was a fait accompli, a tour de force.",
        "The Assemblée nationale and the Guardia di Finanza met Ursula von der Leyen in the Bundestag.",
        "An intifada, a hijab, a fatwa, perestroika and glasnost; la dolce vita, carpe diem.",
        # Loan phrases and loanwords English uses.
        "The menu was a la carte, in situ tests were pro bono, a mea culpa en route to the alma mater.",
        "The carabinieri and the gendarmerie sought a rapprochement; the plan was financeable.",
        "The sin tax and the embargo were debated; con men sold mesa tables.",
        # Titles of works left in their language on purpose.
        "He found a recording of ‘Cien años de soledad’ and Brel’s “Ne me quitte pas”.",
        "The exhibition « La lumière du Nord » opens in May; the song “Lo que pasó, pasó” too.",
        # Terms used on purpose: introduced as such, or glossed in English.
        "Critics of the so-called “ley mordaza” (gag law) protested; Portugal speaks of “contas certas”, balanced accounts.",
        "He kept the “Wachstumschancengesetz” (growth opportunities act) and what is known as “la movida madrileña”.",
        # A name after an elided article; one word defined in apposition.
        "The fans' group Grada d'Animació said so; tourists liked l'Aquila and the Palazzo dell'Orto.",
        "Sponsors like the idea of sobremesa, the long Spanish after-lunch conversation, said a professor.",
        # A compound English knows, or one no source language splits.
        "The “Kindergarten” and the “Zeitgeist” of the “Xylophonetastic” age.",
        # A name of capitalised foreign words opening a sentence.
        "Deportivo Llanura dismissed its coach on Sunday night.",
        # Town names and surnames opening a sentence: frequent in their language too.
        "Przemyśl, a city in the east, flooded. Tarnów voted. Kowalczyk said so.",
        "Nieuwegein is near Utrecht. Wiśniewski, the coach, left. Benedetti agreed.",
        # The original form of a name in brackets; a Greek letter in a formula.
        "The daily Al-Ahram (الأهرام) and the agency TASS (ТАСС) reported it; the α value was 0.05.",
        # Vietnamese names capitalise every word; one marked word alone is no clause.
        "Trần Thị Lan met Lê Văn Thắng and nguyễn Văn Hải at the Thọ Quang port on the Hàn river.",
        # Reduplicated loanwords English keeps; quoted rare English words; a quoted name.
        "Boda boda riders, a tuk tuk driver and piri piri sellers joined the protest.",
        "He called it “xenophobic claptrap” and “Operation Mbwa Kali” failed.",
        # A long quote of rare English words; accented loanwords English knows.
        "She called them “reckless, cynical, cowardly politicians” and ordered a crème brûlée.",
        "The label said “hygge” and the coach said “we go again”.",
        # Titles English writers borrow, and words that are names too.
        "Herr Schmidt met Monsieur Dupont and Don Corleone; Pan Am and Peter Pan flew.",
        # An honorific inside the name, not closing it.
        "Club President Hakan Bey Tekinalp said the club had no fault.",
        # A work's title named after its noun without quote marks.
        "The film Cuando el río suena won; the opera La notte dei fiori opens on Friday.",
        # A name's original in brackets after its English rendering.
        "The Climate Pact (Pacte climatique) and the law on local self-government (Zakon o lokalnoj samoupravi) apply.",
        # An agency's own lowercase name in a dateline.
        "Hamburg (dpa) - The harbour reopened on Tuesday after the storm had closed it for two days.",
    ],
)
def test_untranslated_not_flagged(text: str) -> None:
    assert damage.untranslated_flags(text, whole(text), LANGS) == []


def test_untranslated_names_the_known_source_language() -> None:
    text = "Officials said the plan quien pidió a ambas partes was fine."
    spans = damage.untranslated_flags(text, whole(text), ("es",))
    assert spans and "Spanish" in spans[0].attrs["message"]


# --------------------------------------------------------------------------
# lowercase names


@pytest.mark.parametrize(
    "text, names, expected",
    [
        ("A strike that kyiv officials say targets the grid.", {}, [("kyiv", "Kyiv")]),
        ("The mayor of verona thanked the volunteers.", {"verona": "Verona"}, [("verona", "Verona")]),
        ("The talks with putin ended.", {"putin": "Putin"}, [("putin", "Putin")]),
        # Capitalised elsewhere in the text, not an English word.
        ("Trains to Gdynia resumed; the port of gdynia stayed shut.", {}, [("gdynia", "Gdynia")]),
        # A compound name that stands alone elsewhere is still a name.
        ("Trains to Stonehaven resumed; the port of stonehaven stayed shut.", {}, [("stonehaven", "Stonehaven")]),
        # In a list of capitalised names.
        ("Schools closed in Kassel, Fulda, marburg and Gießen.", {}, [("marburg", "Marburg")]),
        # A city (places_more.yml) after a place preposition.
        ("Fans travelled from lecce overnight.", {}, [("lecce", "Lecce")]),
        # After "the village of": a word English does not know is a place.
        ("Rescuers reached the village of valdecorvo at dawn.", {}, [("valdecorvo", "Valdecorvo")]),
        # A full name in lowercase after a title: a given name and a rare word.
        ("The deal was signed by the mayor tomasz wójcik on Friday.", {}, [("tomasz wójcik", "Tomasz Wójcik")]),
        # A source's name: after "according to", or before a reporting verb.
        ("The plan is late, according to marta llorente of the union.", {}, [("marta llorente", "Marta Llorente")]),
        ("Two nurses, ana llorente and her colleague, left; tomasz wójcik, a driver, said so.", {}, [("tomasz wójcik", "Tomasz Wójcik")]),
        # A title with its portfolio before the name.
        ("The Minister of Infrastructure barry madlener called both parties.", {}, [("barry madlener", "Barry Madlener")]),
        # A place noun before a list, and a particle joining the name's words.
        ("Buses stopped at the squares of Praça Velha and largo do carmo.", {}, [("largo do carmo", "Largo do Carmo")]),
        # A place that is also an English word, in a list of places.
        ("Marches are planned in Leeds, Manchester and reading next week.", {}, [("reading", "Reading")]),
        # Capitalised elsewhere, after a place preposition: a name English knows a little.
        ("The bridge near hagen closed; trains to Hagen run.", {}, [("hagen", "Hagen")]),
        # One capitalised partner is enough for a word no language knows.
        ("In the towns of the slopes, as Zafferana Etnea and nicolosi, ash fell.", {}, [("nicolosi", "Nicolosi")]),
        # A place that is also an English word, after "the centre of".
        ("Thousands marched through the centre of lima on Wednesday.", {}, [("lima", "Lima")]),
        # A word no language knows, after a place preposition.
        ("The detour runs through breckerfeld and near wetterburg now.", {}, [("wetterburg", "Wetterburg")]),
        # "the quarter of …" names a place.
        ("Residents of the quarter of outremeuse shared photos.", {}, [("outremeuse", "Outremeuse")]),
        # Where a person lives is a place, even one English knows a little.
        ("The driver, a resident of gallipoli, was unhurt.", {}, [("gallipoli", "Gallipoli")]),
        # A word that begins place names goes with the name.
        ("A fire in the neighbourhood of são cristóvão, in the north.", {}, [("são cristóvão", "São Cristóvão")]),
        # A head found on its own takes the next word English hardly uses.
        ("Fans in porto alegre celebrated until dawn.", {}, [("porto alegre", "Porto Alegre")]),
        # A surname that lost its capital after a correct lowercase particle.
        ("The alderman, Lotte van hooijdonk, visited the site.", {}, [("hooijdonk", "Hooijdonk")]),
        # … or without a particle, where a title or a reporting verb says a person is named.
        ("The mayor, Paolo rinaldi, said the square stays closed.", {}, [("rinaldi", "Rinaldi")]),
        # … the name closing an apposition whose title no lexicon knows, the verb after its comma.
        ("The member for trade, Mheshimiwa Paolo rinaldi, said the levy stays.", {}, [("rinaldi", "Rinaldi")]),
        ("The member for trade, Hon. George ouma, said the levy stays.", {}, [("ouma", "Ouma")]),
        # … a surname English knows as a name, where a person noun and a closed apposition leave no other reading.
        ("A farmer, Juan reyes, told the radio that the crop failed.", {}, [("reyes", "Reyes")]),
        # A surname with letters beyond Latin-1, after a title with its town.
        ("The mayor of Nový Bor, Jana dvořáková, called it a blow.", {}, [("dvořáková", "Dvořáková")]),
        # A given name English hardly knows, lowercase before a capitalised surname.
        ("The winemaker istván Fekete showed his rows.", {}, [("istván", "István")]),
        # A three-letter name of the article that English does not know at all.
        ("Hail fell on Mád and Tarcal. A winemaker from mád spoke.", {"mád": "Mád"}, [("mád", "Mád")]),
        # A family name first, lowercase before the capitalised rest, after a person noun;
        # the first word of a place after "district of".
        ("The fisherman trần Văn Minh told reporters so.", {}, [("trần", "Trần")]),
        ("A captain from the district of sơn Trà spoke.", {}, [("sơn", "Sơn")]),
        # … or in apposition to a person noun with its place.
        ("The director of the port, phạm Thị Lan, said boats would return.", {}, [("phạm", "Phạm")]),
        # A place after "villagers of" or a councillor's "of"; a word English hardly knows after "near".
        ("The villagers of vârfurile said the road was cut.", {}, [("vârfurile", "Vârfurile")]),
        ("The councillor of zafra, Luis Ortega, opposed the plan.", {}, [("zafra", "Zafra")]),
        ("The trucks were stopped near castelvetrano on Sunday.", {}, [("castelvetrano", "Castelvetrano")]),
        # A full name after a title whose portfolio MT lowercased too.
        ("The minister of infrastructure tomasz kowalczyk promised funds.", {}, [("tomasz kowalczyk", "Tomasz Kowalczyk")]),
        # A surname in an apposition to a person noun, whatever the given name; a trade noun before a name.
        ("The mayor, Arben hoxha, said the water would return.", {}, [("hoxha", "Hoxha")]),
        ("The head of the clinic, Nino beridze, told reporters so.", {}, [("beridze", "Beridze")]),
        ("The minister of energy, Nikolai petrov, resigned on Friday.", {}, [("petrov", "Petrov")]),
        ('"We are tired," said the nurse Iryna shevchuk.', {}, [("shevchuk", "Shevchuk")]),
        # A lowercase word after a title of address, before a capitalised surname or capitalised elsewhere.
        ("Mr. wanchat Ornsiri grows rice.", {}, [("wanchat", "Wanchat")]),
        ("Mrs. pailin spoke first. Later Mrs. Pailin left.", {}, [("pailin", "Pailin")]),
        # A given name and a lowercase surname closing an apposition to an office no lexicon knows.
        ("He came with the voivode of Selmar, Zurab kelbakiani. Then he left.", {}, [("kelbakiani", "Kelbakiani")]),
        # Two lowercase words after "the village of" whose last no language knows.
        ("Farmers of the village of ban kluay, where rice grows, met.", {}, [("ban kluay", "Ban Kluay")]),
        ("Farmers of the village of nong pho, where rice grows, met.", {}, [("nong pho", "Nong Pho")]),
    ],
)
def test_lowercase_name_flagged(text: str, names: dict[str, str], expected: list[tuple[str, str]]) -> None:
    propn = {text.index(w) for w, _ in expected if w in names}
    spans = damage.lowercase_name_flags(text, whole(text), names, propn)
    assert [(text[s.start : s.end], s.attrs["suggestion"]) for s in spans] == expected


@pytest.mark.parametrize(
    "text, names",
    [
        ("They roasted a turkey and served it on china plates in the pentagon-shaped hall.", {}),
        ("The cooperation between the armies grew.", {"cooperation": "Cooperation"}),  # not a proper noun here
        ("See www.kyiv-news.example or #kyiv for updates.", {}),
        ("Brown paper bags, said Mr Brown.", {"brown": "Brown"}),
        # English words in lists and place slots, and a word capitalised only at a sentence start.
        ("The band played Jazz, Blues, rock and Latin music in the evening.", {}),
        ("Officials in Rome, Milan and elsewhere agreed. Tuesday and wednesday were quiet.", {}),
        ("Simmering tensions rose. The stew kept simmering in Halle and in reading rooms.", {}),
        ("Referendum results were due. The referendum was held in Ghent.", {}),
        ("The people of goodwill and the mayor of tomorrow met in the town of despair.", {}),
        ("She likes reading, Italian cooking and Nice weather; eau de cologne and turkey sold out.", {}),
        ("The major orchestras, hunter gatherers and rosa canina hedges were studied.", {}),
        # An English compound capitalised only inside an organisation's name.
        ("The Brava Dockworkers' Union called the strike; dockworkers walked out.", {}),
        # An English word capitalised only after "X of" in a name.
        ("The president of the Association of Hoteliers met the hoteliers of the city.", {}),
        # Glued words and known words after "in" are no places.
        ("They met in thecity and in vitro tests ran in neurosurgery wards.", {}),
        # A common word after a preposition though capitalised elsewhere; a foreign word beside a name.
        ("The band Mind played in mind of the fans; Pfizer and sindicatos met.", {}),
        # Particles with their capitalised surnames; an English word after a particle.
        ("Kees de Wit, Fatima el Amrani and Jan van der Berg were there.", {}),
        ("Anna de facto ran the firm, Maria da silva said.", {}),
        # A given name before an English word, with or without a title.
        ("The singer Rose garden sang; Grace notes and Hope springs. The coach, Will power, said so.", {}),
        # A resident of something that is no place; a dotted lowercase brand.
        ("He is a resident of note; the institute gfs.bern ran the poll.", {}),
        # Arabic and Hebrew particles between given name and surname.
        ("Dr. Huda bint Saeed al-Zahrani, Omar ibn Khalid and Yossi ben Ami spoke.", {}),
        # A word after a determiner, before a comma and a name, is an apposition, no list.
        ("The director of the glassworks, Tomáš Kubelka, said so.", {}),
        # Given names English uses as words, before a capitalised word: no name.
        ("They will Stop the plan, and mark Monday as the deadline.", {}),
        ("The iris Garden reopened.", {}),
        # A short word of the article that English knows is no name in lowercase.
        ("The Ice Bar opened. Order an ice tea.", {"ice": "Ice"}),
        # Particles and English words between a person noun or "district of" and a name.
        ("The teacher Josep de la Serra and the farmer named Pop met in the district of Montilivi.", {}),
        # A Filipino particle; a Latin tag after a place preposition; a councillor of an English word.
        ("The driver, Mario dela Cruz, and Ana delos Santos said fares would rise.", {}),
        ("The samples were tested in situ and the councillor of finance agreed.", {}),
        # An apposition whose second word English uses, or a particle.
        ("The mayor, Maria herself, said so; the coach, Pep again, agreed; the driver, Mario dela Cruz, left.", {}),
        # English words after a title ("Mr. and Mrs."), an unknown word after one with nothing to confirm it.
        ("Mr. and Mrs. Tamsin came; Dr. who? Mrs. pailin said no.", {}),
        # An apposition to an office whose second word English or a source language knows.
        ("The mayor of Selmar, Zurab again, said so. The head of Varn, Maria pizza, agreed.", {}),
        # English words after "the village of".
        ("The village of old stone, the district of the river, and the city of big hopes.", {}),
        ("The ban on trucks in the town of tall trees, and a ban imposed on the city of hope.", {}),
    ],
)
def test_lowercase_name_not_flagged(text: str, names: dict[str, str]) -> None:
    assert damage.lowercase_name_flags(text, whole(text), names, set()) == []


@pytest.mark.parametrize(
    "text, word, entity, kind",
    [
        # A lone lowercase foreign word after a place preposition is a place in lowercase.
        ("The icebreaker arrived from naantali at dawn.", "naantali", None, "lowercase-name"),
        # A capitalised word inside a person the entities layer found is a name, no foreign word.
        ("Szabó Katalin said the harvest was lost.", "Szabó", "Szabó Katalin", None),
        # A foreign word elsewhere stays untranslated.
        ("The night was kaaos for everyone.", "kaaos", None, "untranslated"),
        # Too short to be sure after the preposition: stays untranslated.
        ("They came from casa.", "casa", None, "untranslated"),
        # An office the role lexicon knows by its local name is the translation's choice, no foreign word.
        ("The hyakim of the province met the traders on Monday.", "hyakim", None, None),
    ],
)
def test_names_not_foreign_words(text: str, word: str, entity: str | None, kind: str | None) -> None:
    s = text.index(word)
    f = damage.flag(s, s + len(word), "untranslated", "")
    ents = [Span(text.index(entity), text.index(entity) + len(entity), "PERSON", {})] if entity else []
    out = damage._names_not_foreign_words(text, [f], ents, [])
    assert [x.label for x in out] == ([kind] if kind else [])


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # A word capitalised only inside a name and written after a determiner is the common noun
        # the name is built on, in every lowercase use: a loanword English knows a little …
        ("Water comes from the old Sita Kund in the square. The kund has dried up, and residents of kund lane worry.", "kund", []),
        # … or a word English has never seen: left untranslated.
        (
            "Residents called Vatnsveita Selfoss on Monday; the vatnsveita said it would pay.",
            "vatnsveita",
            [("vatnsveita", "untranslated")],
        ),
        # With no determiner anywhere it is still read as the name in lower case.
        (
            "Residents called Vatnsveita Selfoss on Monday; they said vatnsveita would pay.",
            "vatnsveita",
            [("vatnsveita", "lowercase-name")],
        ),
        # An English word capitalised only inside a longer name is the common noun, determiner or not.
        ("Monks returned to the Shwe Min Pagoda on Monday, and the Min pagoda trustees met.", "pagoda", []),
        # A name the text capitalises alone stays a name.
        ("The mayor of verona spoke; Verona is calm.", "verona", [("verona", "lowercase-name")]),
    ],
)
def test_lowercase_common_noun_of_a_name(text: str, word: str, expected: list[tuple[str, str]]) -> None:
    propn = {m.start() for m in re.finditer(rf"\b{word}\b", text)}
    spans = damage.lowercase_name_flags(text, whole(text), {word: word.capitalize()}, propn)
    assert found(spans, text) == expected


@pytest.mark.parametrize(
    "text, word, flagged",
    [
        # A word of a name of the article, read as a proper noun: flagged …
        ("The Grand Bazaar reopened; traders in bazaar street cheered.", "bazaar", True),
        # … but not the English common noun after a determiner.
        ("The Grand Bazaar reopened; the bazaar's main street was full.", "bazaar", False),
        ("Trains left Central Station; the station stayed open.", "station", False),
    ],
)
def test_lowercase_name_of_the_article_after_a_determiner(text: str, word: str, flagged: bool) -> None:
    s = text.index(" " + word) + 1
    spans = damage.lowercase_name_flags(text, whole(text), {word: word.capitalize()}, {s})
    assert bool(spans) == flagged


# --------------------------------------------------------------------------
# mangled outlet names


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The figures were confirmed, according to Reuter.", [("Reuter", "Reuters")]),
        ("It said so, according to reports from Ria Novosti and of tax.", [("of tax", "TASS")]),
        ("According to the French Press Agency, the text divides them.", [("French Press Agency", "Agence France-Presse")]),
        ("According to the German Press-Agent, the minister called.", [("German Press-Agent", "Deutsche Presse-Agentur")]),
        ("According to Europe Press, the blockade goes on.", [("Europe Press", "Europa Press")]),
        ("Source: Observadora", [("Observadora", "Observador")]),
        ("Putin invites Xi to Moscow – Il Fato Quotidiano", [("Il Fato Quotidiano", "Il Fatto Quotidiano")]),
        # After an outlet noun: "the agency X".
        ("The figures, published by the agency Reutter, were revised.", [("Reutter", "Reuters")]),
        # A long outlet name misspelt, anywhere.
        ("She writes for the Süddeutsche Zeitug in Munich.", [("Süddeutsche Zeitug", "Süddeutsche Zeitung")]),
        # A name run stops at the end of its sentence.
        ("She said so to the agency Europe Press. Ruiz added more.", [("Europe Press", "Europa Press")]),
        # An English agency name with a translated "Agency" added.
        ("She explained to the Associated Press Agency that all were safe.", [("Associated Press Agency", "Associated Press")]),
        # The word order of "agence de presse" kept, before or after the name.
        ("The figures, according to Reuters agency of news, were revised.", [("Reuters agency of news", "Reuters")]),
        ("The agency of news Reuters reported it first.", [("agency of news Reuters", "Reuters")]),
        # Dutch and Brazilian names glossed word for word; an initial inside a name.
        ("Eleven were hurt, reports the General Dutch Press Bureau.", [("General Dutch Press Bureau", "ANP")]),
        ("According to the Sheet of S. Paulo, the mayor promised a warehouse.", [("Sheet of S. Paulo", "Folha de S.Paulo")]),
        ("He told the Agency Brazil that the school will parade.", [("Agency Brazil", "Agência Brasil")]),
        # An English title that is also a translation, beside another name of its country translated.
        (
            "Eleven were hurt, reports the General Dutch Press Bureau. According to the newspaper The Telegraph, the brakes failed.",
            [("General Dutch Press Bureau", "ANP"), ("The Telegraph", "De Telegraaf")],
        ),
        # … of the same country: an Italian name translated says nothing of a Dutch title.
        (
            "According to the newspaper The Telegraph, it failed, she told the Journalistic Agency Italy.",
            [("Journalistic Agency Italy", "AGI")],
        ),
    ],
)
def test_mangled_name_flagged(text: str, expected: list[tuple[str, str]]) -> None:
    spans = damage.mangled_name_flags(text, whole(text))
    assert [(text[s.start : s.end], s.attrs["suggestion"]) for s in spans] == expected


@pytest.mark.parametrize(
    "text",
    [
        "According to Reuters and the ministry, talks will resume.",
        "According to Agence France-Presse, the vote passed, reports from RIA Novosti and TASS said.",
        "The minister told The Associated Press and the Observer that the plan was fair.",
        "According to the Kremlin, the call lasted an hour; according to Ukraine, it did not.",
        "Source: Il Fatto Quotidiano",
        "Putin invites Xi to Moscow – Il Fatto Quotidiano",
        "The talks – Moscow insists – went well, said Xi – President of China",
        "According to Interfax-Ukraine, the grid was hit.",
        "According to its president, the union will strike; he told reporters so.",
        # Agencies whose names end in "Agency"; an agency of the state; lowercase "agency".
        "She told the Anadolu Agency and the Xinhua News Agency, then the Associated Press agency.",
        "The agency of information security and the National Press Agency of Nowhere met.",
        # An acronym is never a misspelt acronym; real names in their own forms.
        "Passenger Fatima Amrani told the regional broadcaster RTV Utrecht so.",
        "According to Folha de S.Paulo, Agência Brasil and the newspaper O Globo, it burned.",
        # An English title after an outlet noun, with no other translated name of its country.
        "According to the newspaper The Telegraph and the Italian news agency ANSA, it failed.",
        # A number is a word of a name in an attribution slot.
        "A report by Le Monde and France 24 said the talks had failed.",
        # … also at the end of its sentence.
        "The images were shown by the channel Tele 5. The leader then spoke.",
        "The images were shown by the channel France 24. The leader then spoke.",
        "The newspaper The Globe said so, according to the news agency EFE and Kyodo news agency.",
        # A near match the text introduces as another source; the head of another name
        # near a one-word outlet; an agency that writes its own name in lowercase.
        "According to Politica, a local blog, the mayor resigned.",
        "According to Reuter, a spokesman for the Austrian firm, nothing changed.",
        "According to the Public Prosecutor's Office, the suspect fled.",
        "Sources: Reuters, AFP, dpa.",
        # A whole other word, correctly spelt, names another agency: no misspelling.
        "According to the Catalan News Agency (ACN), the library opened.",
        "According to the Slovak News Agency, the strike ended.",
    ],
)
def test_mangled_name_not_flagged(text: str) -> None:
    assert damage.mangled_name_flags(text, whole(text)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # Word-for-word translations of outlet and institution names, anywhere.
        ("The mayor told the Bavarian Broadcasting that the bridge would reopen.", [("Bavarian Broadcasting", "Bayerischer Rundfunk")]),
        ("Figures published by The Sun 24 Hours show a fall in exports.", [("The Sun 24 Hours", "Il Sole 24 Ore")]),
        ("The case was sent to the National Audience in Madrid.", [("National Audience", "Audiencia Nacional")]),
        ("A spokesman of the Generality of Catalonia denied it.", [("Generality of Catalonia", "Generalitat")]),
        ("In an interview with the Morning Mail, the coach resigned.", [("Morning Mail", "Correio da Manhã")]),
        # Half-translated: one word kept, one glossed.
        ("The results were reported by the Sports Gazzetta on Monday.", [("Sports Gazzetta", "La Gazzetta dello Sport")]),
        # A one-word rendering only right after an outlet noun; "The" translates
        # the name's own article, so the span takes it (replaced by "El País").
        ("According to the Spanish daily The Country, the deal is off.", [("The Country", "El País")]),
        ("The broadcaster Snail Television aired the debate.", [("Snail Television", "Caracol Televisión")]),
        # A foreign article before an English word: half-translated.
        ("Contacted by El Country, the minister declined to comment.", [("El Country", "El País")]),
        # "The" + one word right after an attribution cue.
        ("The plan, according to sources consulted by The Country, is dead.", [("The Country", "El País")]),
        ("The Guardia of Finance seized the boat.", [("Guardia of Finance", "Guardia di Finanza")]),
        # Glosses of more outlets' words (El Comercio, De Telegraaf).
        ("He spoke to the newspaper The Trade on Monday.", [("The Trade", "El Comercio")]),
        ("According to the daily The Telegraph, it was agreed.", []),
        # A one-word rendering between "the" and an outlet noun.
        ("Hasan Karadeniz said to the Freedom newspaper that it came too early.", [("Freedom", "Hürriyet")]),
        # Renderings of everyday words where the text says an outlet is meant.
        ("He said to the Middle East newspaper that the plan was sound.", [("Middle East", "Asharq Al-Awsat")]),
        ("Police told the daily Young Front TODAY so.", [("Young Front TODAY", "Mladá fronta DNES")]),
        ("Anatolian Agency reminded that a similar ban applied in 2019.", [("Anatolian Agency", "Anadolu Agency")]),
        # An agency's name glossed word by word (Suomen Tietotoimisto, Česká tisková kancelář),
        # its own acronym after it saying an outlet is meant.
        ("The Finnish Information Office STT reports that the ship left.", [("Finnish Information Office", "STT")]),
        ("The Czech Press Office wrote that the plant closed.", [("Czech Press Office", "ČTK")]),
        # A rendering of everyday words, then a verb of comment: an outlet is meant.
        ("The People's Voice called the promise empty.", [("People's Voice", "Népszava")]),
        # The same title again, without a noun beside it: the same mistake.
        (
            "She spoke to the newspaper The Daily. Follow The Daily on Google News.",
            [("Daily", "Kathimerini"), ("Daily", "Kathimerini")],
        ),
        # Outlets of more source languages: Japanese, Ukrainian, Swahili, Korean, Russian, Thai.
        ("According to the Every Day Newspaper, the line reopens.", [("Every Day Newspaper", "Mainichi Shimbun")]),
        ("The Japan Economic Newspaper reported record exports.", [("Japan Economic Newspaper", "Nikkei")]),
        ("The deputy told the Ukrainian Truth that the tender was rigged.", [("Ukrainian Truth", "Ukrainska Pravda")]),
        ("The Mirror of the Week wrote that the price was high.", [("Mirror of the Week", "Dzerkalo Tyzhnia")]),
        ("A trader told the newspaper Nation Today that she pays fees.", [("Nation Today", "Taifa Leo")]),
        ("The East Asia Daily reported the arrest.", [("East Asia Daily", "Dong-a Ilbo")]),
        ("He said to the Independent Newspaper that he would stay.", [("Independent Newspaper", "Nezavisimaya Gazeta")]),
        ("The mayor told the newspaper Fresh News that the canal was clean.", [("Fresh News", "Khaosod")]),
        # The verb first, as many languages put it: "reported the agency X".
        ("Two were hurt, reported the Common Communication.", [("Common Communication", "Kyodo News")]),
        # A name ending on an abbreviation ("TV") runs on into the next sentence's "The":
        # the span stops at the name.
        ("It was first reported by New Generation TV. The council met later.", [("New Generation TV", "Puthiya Thalaimurai")]),
        # Outlets of smaller communities: Zulu, Kannada, Kyrgyz, Hausa, Basotho.
        ("The daily Eye of the Nation reported that the clinic had closed.", [("Eye of the Nation", "Isolezwe")]),
        ("According to the newspaper Kannada Light, the lake is full.", [("Kannada Light", "Kannada Prabha")]),
        ("The newspaper Free Mountain wrote that the pass was shut.", [("Free Mountain", "Erkin Too")]),
        ("The weekly Truth Is Worth More Than a Penny ran the story.", [("Truth Is Worth More Than a Penny", "Gaskiya Ta Fi Kwabo")]),
        ("A nurse told the Adviser of the Basotho that beds were short.", [("Adviser of the Basotho", "Moeletsi oa Basotho")]),
    ],
)
def test_literal_name_flagged(text: str, expected: list[tuple[str, str]]) -> None:
    spans = damage.mangled_name_flags(text, whole(text))
    assert [(text[s.start : s.end], s.attrs["suggestion"]) for s in spans] == expected
    assert all("word-for-word" in s.attrs["message"] for s in spans)


@pytest.mark.parametrize(
    "text",
    [
        # English names the outlets use themselves, and the original names.
        "The minister told Polish Radio and Czech Television that the vote was fair.",
        "According to the newspaper El País and Il Sole 24 Ore, exports fell.",
        "He wrote for the South China Morning Post and the Financial Times.",
        "Bayerischer Rundfunk and Südwestrundfunk share the transmitter.",
        # Ordinary words and phrases that only look like a rendering.
        "Public anger grew across the country as the world watched.",
        "The Country Party and World Bank officials met in Public Square.",
        "National audience figures for the final were the highest in years.",
        "Morning mail deliveries were delayed by the storm.",
        "Mossos d'Esquadra officers and the Guardia di Finanza searched the port.",
        # Only the kind of outlet in English: an ordinary rendering.
        "The Lusa Agency and the EFE Agency reported the crash.",
        # English outlets a rendering coincides with, and ordinary capitalised phrases.
        "He wrote for the New York Daily News and the tabloid The Mirror.",
        "See the table on Page 12. New Agency rules apply from May.",
        # Real outlets with near-identical names.
        "France 24 and France 2 aired it; ABC News, NBC News and CBS News did not.",
        "The Washington Times, the Sunday Times and the Times of India disagreed.",
        # A possessive after a long outlet name.
        "The Guardian's music desk and the Financial Times’ editor sent reporters.",
        # Renderings of everyday words with no outlet in sight; the head or tail of a longer
        # name; a word before an outlet noun that a name follows.
        "The viceroyalty of New Spain covered Mexico; the Middle East is tense.",
        "He worked for the European Press Photo Agency, Freedom House and the Yorkshire Evening Post.",
        "The Middle East News Agency and Middle East Eye reported it.",
        "Public broadcaster TV Perú showed queues at the airport.",
        # An English agency name with its acronym is no translation.
        "The Finnish News Agency STT reports that the ship left.",
        # Everyday words, no outlet noun, cue or verb of comment.
        "The Daily Mail and the Finnish Information Office of the ministry met.",
        "The Daily routine of the crew is hard.",
        # Renderings of everyday words with no outlet in sight; a verb cue before an ordinary name.
        "Nation today is a word politicians love; the New Time zone starts in May.",
        "Common communication between the two teams failed, reported the Ministry of Health.",
        "The Kyodo news agency, Yonhap and the Asahi Shimbun reported it; so did NHK.",
        # The outlets' own names, and English names they use, are never renderings.
        "Listeners of Ukhozi FM, Radio Rwanda and Citi FM heard it first; Isolezwe printed it.",
        "The Sudan News Agency and the Somali National News Agency reported the talks.",
        "Free mountain air and the eye of the nation were on the final.",
    ],
)
def test_literal_name_not_flagged(text: str) -> None:
    assert damage.mangled_name_flags(text, whole(text)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # A masthead that calls itself "Newspaper": a foreign title translated, no lexicon needed.
        ("According to the Morning Light Newspaper, the mine closed.", ["Morning Light Newspaper"]),
        ("The Economy Newspaper of Korea reported a loss.", ["Economy Newspaper of Korea"]),
        ("He told the Free Word Newspaper so.", ["Free Word Newspaper"]),
        # The press trade's bodies, a lowercase noun, a title without "Newspaper".
        ("The Newspaper Association of America and the National Newspaper Awards met.", []),
        ("The local newspaper and the Evening Standard said so.", []),
        ("Newspaper sales fell, the Scottish Newspaper Society said.", []),
    ],
)
def test_newspaper_title(text: str, expected: list[str]) -> None:
    spans = damage._newspaper_title_flags(text, whole(text))
    assert [text[s.start : s.end] for s in spans] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A nationality and an abstract noun where the text names an outlet: no lexicon needed.
        ("The deputy told the Slovenian Word that the plan failed.", ["Slovenian Word"]),
        ("According to the Bulgarian Flag, the port is closed.", ["Bulgarian Flag"]),
        ("The Moldovan Truth wrote that the vote was rigged.", ["Moldovan Truth"]),
        ("He spoke to the daily Macedonian Freedom on Monday.", ["Macedonian Freedom"]),
        # No outlet meant; a longer name; English mastheads; lowercase nouns.
        ("The Ukrainian Truth Commission met. They defended Hungarian freedom.", []),
        ("Serbian Unity Party leaders met; the Polish Nation is proud, he said.", []),
        ("According to the Irish Times and the Nigerian Voice, it rained.", []),
    ],
)
def test_nationality_title(text: str, expected: list[str]) -> None:
    spans = damage._nationality_title_flags(text, whole(text))
    assert [text[s.start : s.end] for s in spans] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Plain English words after an outlet noun, not built like an English masthead: a calque.
        ("She told the daily Morning Light that the dam leaked.", ["Morning Light"]),
        ("According to the tabloid Tomorrow, the mayor resigned.", ["Tomorrow"]),
        ("The newspaper Echo of the Hour wrote that prices rose.", ["Echo of the Hour"]),
        ("Footage aired by the television channel River Television showed the flood.", ["River Television"]),
        ("He spoke to the weekly We Remain on Monday.", ["We Remain"]),
        # English mastheads, untranslated titles, a web brand, a people's channel, no title at all.
        ("He told the tabloid Sun and the daily Morning Star that he would stay.", []),
        ("She told the daily Prothom Alo that the dam leaked.", []),
        ("The weekly Cabinet meeting was cancelled, the portal Index reported.", []),
        ("Footage aired by the channel Scottish Television showed the flood.", []),
        # A web outlet or agency with a title of two plain words, a word and a channel number,
        # a head "of" a plain word; English titles of the same shapes stay.
        ("The portal Latest Hour reported that the storm had reached the coast.", ["Latest Hour"]),
        ("The agency Information Bureau reported that the minister would resign.", ["Information Bureau"]),
        ("The public broadcaster Now 9 reported that the beaches were closed.", ["Now 9"]),
        ("The regional daily The Courier of the Alps reported that the wolf was seen.", ["The Courier of the Alps"]),
        ("The broadcaster Channel 4 reported that the beaches were closed.", []),
        ("The channel Canal 13 reported that the beaches were closed.", []),
        ("The portal Bell reported that the pilot had no licence.", []),
        ("The daily Times of Malta reported that the port reopened.", []),
        # A people's title; another head "of" a country.
        ("The daily People's Freedom wrote that the mayor had resigned.", ["People's Freedom"]),
        ("According to the newspaper Light of Cambodia, the floods receded.", ["Light of Cambodia"]),
        ("The tabloid People's Daily and the radio Voice of Vietnam reported it.", []),
        # A news programme's title; one rarer English word no source language uses more.
        ("It was reported by the evening news programme Bright Window.", ["Bright Window"]),
        ("She told the newspaper Western Plough that the harvest failed.", ["Western Plough"]),
        # A rare word another language uses more is a title left in it; English mastheads stay.
        ("He told the daily Nouveau Monde and the weekly Valley Clarion that it rained.", []),
        ("The news programme Newsnight reported it.", []),
        # "People" and "Time" are English mastheads only alone.
        ("She told the weekly Highland People that the mine closed.", ["Highland People"]),
        ("She told the magazine People and the weekly Time that the mine closed.", []),
    ],
)
def test_plain_title(text: str, expected: list[str]) -> None:
    spans = damage.plain_title_flags(text, whole(text))
    assert [text[s.start : s.end] for s in spans] == expected


@pytest.mark.parametrize(
    "text, foreign, expected",
    [
        # A related-story link: a label in capitals, a colon, a headline without a full stop.
        ("The port reopened.\n\nLIHAT JUGA: Ferry prices rise in May", "", ["LIHAT JUGA: Ferry prices rise in May"]),
        # A call to follow the site, in English or with words English does not know.
        ("The port reopened.\n\nStay with us and share our Instagram posts.", "", ["Stay with us and share our Instagram posts."]),
        ("The port reopened.\n\nSundan ninyo kami sa Facebook para sa balita.", "", ["Sundan ninyo kami sa Facebook para sa balita."]),
        # A short line all in the source language, no full stop.
        ("The port reopened.\n\nReklama pokračuje nižšie", "Reklama pokračuje nižšie", ["Reklama pokračuje nižšie"]),
        # The report's own lines: a label with a sentence, a network named in a report, a quote, a foreign sentence.
        ("UPDATE: The port reopened at noon.\n\nThe mayor wrote on Facebook that the port reopened.", "", []),
        ("“Follow us on Telegram,” the mayor told residents.", "", []),
        ("The port reopened.\n\nLiman yeniden açıldı.", "Liman yeniden açıldı", []),
    ],
)
def test_page_line(text: str, foreign: str, expected: list[str]) -> None:
    paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    untranslated = [damage.flag(text.index(foreign), text.index(foreign) + len(foreign), "untranslated", "")] if foreign else []
    spans = damage.page_line_flags(text, paras, untranslated)
    assert [text[s.start : s.end] for s in spans] == expected


@pytest.mark.parametrize(
    "line, flagged",
    [
        # A call-to-action verb opening a sentence, and something of the site to act on.
        ("Share this article on your social networks", True),
        ("Suscríbete a nuestro boletín", True),
        ("Enjoying this article? Share it with a friend", True),
        ("Have a news tip? Email us at tips@gazette.example", True),
        # A verb-final button: a verb English does not know, or three words.
        ("Artikel teilen", True),
        ("Newsletter sign-up", True),
        # "Continues" and an advertisement or reading word.
        ("Text continues below the ad", True),
        ("Článek pokračuje pod reklamou", True),
        # A rights notice, an advertisement label alone.
        ("Tous droits réservés", True),
        ("Hirdetés", True),
        # A reader word with a site notice's object; two such objects in a short line.
        ("We use cookies to improve your experience.", True),
        ("This article is only available to subscribers", True),
        # A label of link words, or a lowercase foreign label, a colon and a headline.
        ("You may be interested: Heat records broken in three regions", True),
        ("Soma pia: Bei ya mafuta yapanda", True),
        # A menu or breadcrumb; a list label; a page of the site.
        ("Privacy policy | Terms of use | Contact us", True),
        ("Home > News > Regional", True),
        ("Most read of the week", True),
        ("Terms and conditions apply", True),
        # A widget's counter; an advertisement label before a separator; an @handle as the object.
        ("Komentarze (3)", True),
        ("Photo 1 of 12", True),
        ("Anzeige - Lesen Sie weiter", True),
        ("Follow the author on X: @lenaberg", True),
        # A short line in another script, or in a language no word list holds.
        ("ተጨማሪ ያንብቡ", True),
        ("អានបន្ថែម", True),
        ("Oxşar xəbərlər", True),
        # A follow call in the source language; a two- or three-word button ending "now", "us".
        ("Siga o Jornal no Google News", True),
        ("Donate now", True),
        ("Support us", True),
        # An agency's sign-off with the editors' initials; not when the capitals are no agency.
        ("ČTK, ibo", True),
        ("dpa/AFP, fd", True),
        ("EU, too", False),
        # Site notices and section links; a tip line.
        ("Comments are closed.", True),
        ("More in Sport", True),
        ("Send us a tip", True),
        ("More in the hills than on the coast, the disease spreads in the rain.", False),
        ("Tips from older growers helped stop the spread.", False),
        # The report's own lines with the same words.
        ("Subscribers to the water service will pay 5 percent more from May.", False),
        ("Join the queue early, the ferry company advised passengers.", False),
        ("Continue to avoid the coastal road, police said.", False),
        ("The advertisement for the tender was published in June.", False),
        ("Our pupils cannot learn in this heat, the head teacher said.", False),
        ("The newsletter of the residents' association called for a boycott.", False),
        ("Timeline: how the storm unfolded", False),
        ("Kowalczyk: We will not give up", False),
        ("Most viewed among the exhibits was the whale skeleton.", False),
        ("Terms of the deal were not disclosed.", False),
        ("Watch towers were built along the slope.", False),
        ("Get-well cards were sent to the injured driver.", False),
        ("Gold | Silver | Bronze | 12", False),
        ("Subscribers to the night train newsletter got tickets first.", False),
        ("Watch: the utility published a video of the reservoir on Monday.", False),
        ("Show of hands: 412 for, 118 against.", False),
        ("Print shops in the town made signs for the strikers.", False),
        ("Chapter 3 of the report", False),
        ("Ngozi Okonjo-Iweala", False),
        ("Read the full council resolution, published on the city's website, for the route.", False),
        # A foreign phrase or a list item of foreign words without a letter English never writes.
        ("Hakuna matata", False),
        ("Support for the new wing came from all parties.", False),
        ("Donate blood, the hospital urged residents.", False),
        ("- pierogi, bigos", False),
    ],
)
def test_furniture_shape(line: str, flagged: bool) -> None:
    text = "The port reopened.\n\n" + line
    paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    spans = damage.page_line_flags(text, paras, [])
    assert [text[s.start : s.end] for s in spans] == ([line] if flagged else [])


@pytest.mark.parametrize(
    "text, places, expected",
    [
        # A region in the genitive before a news word: a Nordic masthead translated.
        ("The mayor told Västerbotten's Courier that the plant is safe.", {"Västerbotten"}, ["Västerbotten's Courier"]),
        ("According to Bergen's Tidings, the ferry left.", {"Bergen"}, ["Bergen's Tidings"]),
        # A country's paper described, a longer English masthead, a place the article does not know.
        ("Britain's Observer and Sydney's Daily Telegraph said so.", {"Britain", "Sydney"}, []),
        ("The People's Daily wrote it; Barron's Journal too.", set(), []),
    ],
)
def test_possessive_title(text: str, places: set[str], expected: list[str]) -> None:
    spans = damage._possessive_title_flags(text, whole(text), frozenset(places))
    assert [text[s.start : s.end] for s in spans] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Agency of News" after a capitalised name no lexicon holds: the word order kept.
        ("The strike ended, as transmitted the Athenian-Macedonian Agency of News.", ["Athenian-Macedonian Agency of News"]),
        ("The Bosnian Agency of Press reported it.", ["Bosnian Agency of Press"]),
        # Lowercase, or no name before it.
        ("An agency of news and the Agency of Information met.", []),
    ],
)
def test_agency_of_news_unknown(text: str, expected: list[str]) -> None:
    spans = damage.agency_calque_flags(text, whole(text))
    assert [text[s.start : s.end] for s in spans] == expected


@pytest.mark.parametrize(
    "text, places, flagged",
    [
        ("According to the daily The Sicily, damage is high.", {"Sicily"}, "The Sicily"),
        ("The weekly The Lyon wrote that prices rose.", set(), "The Lyon"),  # a city of the gazetteer
        # An English title, a title of more words, and a place the article does not know as one.
        ("The newspaper The Times reported it.", set(), None),
        ("The daily The Hague Post reported it.", {"Hague"}, None),
        ("The magazine The Economist reported it.", set(), None),
    ],
)
def test_place_title_flags(text: str, places: set[str], flagged: str | None) -> None:
    spans = damage.mangled_name_flags(text, whole(text), frozenset(places))
    assert [text[s.start : s.end] for s in spans] == ([flagged] if flagged else [])


# --------------------------------------------------------------------------
# boilerplate lines (ingest.boilerplate_reason, patterns in boilerplate.yml)


@pytest.mark.parametrize(
    "line, reason",
    [
        ("(Photo: Lena Berg / Nordpress)", "credit"),
        ("[Read also: Floods in the north]", "promo"),
        ("Read too: The new bridge opens in May", "promo"),
        ("Leggi anche: il nuovo ponte", "promo"),
        ("Subscribe to our newsletter and receive every morning the best of the region.", "promo"),
        ("Receive every week the main news in your e-mail.", "promo"),
        ("Join our WhatsApp channel for breaking news", "promo"),
        ("Publicity", "promo"),
        ("Tags: floods, bridge, council", "promo"),
        ("With information from Reuters and EFE.", "credit"),
        ("(With agencies)", "credit"),
        ("Published on 14 May 2026, 09:12", "credit"),
        ("Translated by Marta Kos", "credit"),
        ("All rights reserved.", "credit"),
        ("Author: Lena Berg", "byline"),
        ("Autor: Jan Novák", "byline"),
        ("It may interest you: the new ring road opens", "promo"),
        ("This article was automatically translated from Italian.", "credit"),
        ("Share: Facebook | X | WhatsApp | E-Mail", "promo"),
        ("Facebook Twitter WhatsApp Telegram", "promo"),
        ("Comments (12)", "promo"),
        ("Reproduction reserved", "credit"),
        ("© Reproduction reserved", "credit"),
        ("Photo EPA/Ciro Fusco", "credit"),
        ("Caption: Firefighters at work near the port", "credit"),
        ("Receive the newsletter of the Observer in your email", "promo"),
        ("Reuters/Yves Herman", "credit"),
        ("EPA/ANSA/CIRO FUSCO", "credit"),
        ("The article continues after the advertisement", "promo"),
        ("Read the full article", "promo"),
        ("To know more: the port reopens", "promo"),
        ("Follow Observador on Instagram", "promo"),
        ("Last update: 3 March 2026", "credit"),
        ("(ANSA).", "credit"),
        ("Most popular", "promo"),
        ("Want to receive our news by email? Sign up here", "promo"),
        ("Don’t miss anything: follow us on WhatsApp", "promo"),
        ("Translation: Google Translate", "credit"),
        # Read-more lines left in the source language, and an editor's credit.
        ("Baca juga: Banjir di Semarang, Cek di Sini", "promo"),
        ("Haberin devamı için tıklayınız", "promo"),
        ("Czytaj też: Nowy most w Gdańsku", "promo"),
        ("Čtěte také: Požár skladu v Ostravě", "promo"),
        ("Läs också: Bron öppnar i maj", "promo"),
        ("Lees ook: De nieuwe brug", "promo"),
        ("اقرأ أيضا: افتتاح الجسر", "promo"),
        ("Editor: Rina Kusuma", "credit"),
        ("Editado por: Ana de la Cruz", "credit"),
        ("Reporter: Rina Hartati | Editor: Bagus", "credit"),
        ("Writer: Ana Lima / Editor: Rui Costa", "credit"),
        ("Text: Lars Ekberg/TT", "credit"),
        # Photo credits in more words and languages, share links, donation appeals, closing marks.
        ("Kuva: Lehtikuva / Matti Aho", "credit"),
        ("Cover picture: Lena Berg", "credit"),
        ("Fotó: Kiss Anna", "credit"),
        ("Bild: Erik Ström / TT", "credit"),
        ("Send to friend | Print", "promo"),
        ("Print | E-mail | Share", "promo"),
        ("End of message/", "credit"),
        ("-END-", "credit"),
        ("(ENDS)", "credit"),
        ("Follow the Courier on Google News and be the first to know the news", "promo"),
        ("Do you like our articles? Support us with a monthly donation!", "promo"),
        ("Support independent journalism with a donation today", "promo"),
        # "Follow us" left in the source language; a call for readers' news.
        ("Urmăriți-ne și pe Google News pentru cele mai noi știri!", "promo"),
        ("Síguenos en Instagram y TikTok", "promo"),
        ("Readers can send news and photos to the email of the newsroom.", "promo"),
        # …in more languages, and a site's copy notice in more words.
        ("Tufuate kwenye Facebook na Twitter kwa habari zaidi.", "promo"),
        ("Підписуйтесь на наш Telegram-канал", "promo"),
        ("Pratite nas na Facebooku i Instagramu", "promo"),
        ("Följ oss på Instagram!", "promo"),
        ("Unauthorized reproduction of articles and photos on this site is prohibited.", "credit"),
        ("Any copying of our content without permission is strictly forbidden", "credit"),
        ("Use of the materials is allowed only with a hyperlink to the site.", "credit"),
        # Older patterns kept to notices: a label alone or before a separator, a copyright before a year.
        ("Recommended stories", "promo"),
        ("Related: Storm cuts power to the islands", "promo"),
        ("Copyright 2026 Nordic Press", "credit"),
        ("Image caption, Passengers wait at the terminal", "credit"),
        ("Photography: archive", "credit"),
        ("Illustration by Tom Ashdown", "credit"),
        ("Author of the photo: archive", "credit"),
        ("AP Photo/Jane Doe", "credit"),
        ("Published 3 hours ago", "credit"),
        ("Filed under: Libraries, Floods", "promo"),
        ("Sign up for our morning briefing", "promo"),
    ],
)
def test_boilerplate_line(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "text, expected",
    [
        # A caption glued between two sentences: caption and credit together.
        (
            "Nobody was hurt, said the hospital.The burnt bus on Tuesday (Photo: Kyodo) The police opened an inquiry.",
            ["The burnt bus on Tuesday (Photo: Kyodo)"],
        ),
        ("Rescuers at the site (Foto: EPA/Jan Nowak) Police say the dam held.", ["Rescuers at the site (Foto: EPA/Jan Nowak)"]),
        # A credit closing a sentence: only the credit.
        ("Firefighters worked through the night (Photo: AP).", ["(Photo: AP)"]),
        # Brackets that are no credit.
        ("The photo (taken in May) shows the bridge.", []),
        ("The minister (photo) smiled.", []),
    ],
)
def test_inline_credit(text: str, expected: list[str]) -> None:
    assert [text[f.start : f.end] for f in damage.inline_credit_flags(text, whole(text))] == expected


@pytest.mark.parametrize(
    "line",
    [
        "The photo: a man stands in the water, holding a child.",
        "Read the statement below, the minister told reporters on Friday.",
        "With information from the ministry, the police found the missing car.",
        "Published on Tuesday, the report found that 12 people had died.",
        "Share prices fell sharply after the announcement.",
        "Comments from the minister were brief.",
        "Report by the auditors found waste in three departments.",
        "(The figures do not include the northern region.)",
        "Stay tuned, the coach told fans after the defeat, because the season is long.",
        "Follow the money, the prosecutor said, and you will find the culprits.",
        "Facebook and X were fined by the regulator on Monday.",
        "Share the road, the mayor told cyclists and drivers alike.",
        "Photo finish decided the race in the last metres.",
        "Reproduction of the painting was reserved for the museum's own shop, the curator said.",
        "Reuters/Ipsos poll showed that most voters backed the plan",
        "To know more about the crash, investigators will study the recorder.",
        "Follow the money on Twitter, he joked",
        "Trending now is a tax on sugar, the report said.",
        "Editor: the word the minister used was not the one in the text.",
        "Text: the costs/benefits ratio is bad",
        "Most popular among voters was the housing plan.",
        "The story continues after the break, said the host.",
        "Update: the minister has resigned.",
        "Editorial boards of three newspapers backed the plan.",
        "The editor of the daily said the story was checked twice.",
        "Baca, a town in the north, was flooded.",
        "End of the line for the night bus, the mayor said.",
        "The end of the strike was announced on Friday.",
        "Print media lost readers in the region.",
        "Support for journalism students grew, the dean said.",
        "Do you like our chances? the coach asked the players.",
        "Readers can send complaints to the ombudsman, the law says, but few do.",
        "Unauthorized use of the bridge by trucks is prohibited, the mayor said, and fines will follow.",
        "No reproduction of the report was allowed, but the leak is prohibited from publication.",
        "Use of force is prohibited by the treaty.",
        "Related research found that the slope had been moving for years.",
        "Read next to the old one, the new bridge looks tiny, a trader joked.",
        "Watch: the utility published a video of the reservoir on Monday.",
        "Recommended speeds were lowered to 30 km/h in the centre.",
        "Most read, least understood: the roof's history",
        "Copyright lawyers for the band said the video would be taken down.",
        "Subscribe to the view that the strike was a success, and you are in a minority.",
        "Picture: a flooded street in the old town, taken by a resident on Monday morning, shows how high the water rose before the pumps arrived.",
    ],
)
def test_not_boilerplate(line: str) -> None:
    assert boilerplate_reason(line) is None


# --------------------------------------------------------------------------
# truncated sentences


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("The country is dealing with a new wave of infections, a consequence of the lack of measures in recent days", "in recent days"),
        ("The unions have announced new stoppages for next week, and the employers warn that the losses could", "the losses could"),
        ("The talks ended without a deal.", None),
        ("What happens next", None),  # a subhead
        ("The minister said: “It will not be easy”", None),  # ends with a quote mark
        ("The plan has three parts:", None),
        # List items need no full stop.
        ("- a first pressing of the album with the original sleeve notes and a poster", None),
        ("• a signed copy of the singer’s first record from the summer of 1962", None),
        ("2. the second stage of the reform that the unions rejected in the spring", None),
        # A cut after a comma, on a dangling word, or after another sentence: few words suffice.
        ("The fire is out. The prefecture, that foresees", "prefecture, that foresees"),
        ("Grower Kees van der Berg, who had", "Berg, who had"),
        ("The police said that the", "said that the"),
        ("Residents were evacuated overnight,", "were evacuated overnight,"),
        # A short subhead on its own.
        ("What the works cost", None),
        ("Reactions in Berlin", None),
        # A dash inside the sentence is no list marker.
        ("The unions have announced new stoppages - and the employers warn that the losses could", "the losses could"),
    ],
)
def test_truncated(text: str, flagged: str | None) -> None:
    spans = damage.truncated_flags(text, whole(text), whole(text))
    assert found(spans, text) == ([(flagged, "truncated-sentence")] if flagged else [])


# --------------------------------------------------------------------------
# boilerplate


def test_boilerplate_blocks_are_reported_with_their_reason() -> None:
    blocks = [
        Span(0, 10, "title"),
        Span(12, 40, "body"),
        Span(42, 60, "boilerplate", {"reason": "promo"}),
        Span(62, 80, "boilerplate", {"reason": "credit"}),
    ]
    spans = damage.boilerplate_flags(blocks)
    assert [(s.start, s.end, s.label) for s in spans] == [(42, 60, "boilerplate"), (62, 80, "boilerplate")]
    assert "promotional" in spans[0].attrs["message"] and "credit" in spans[1].attrs["message"]


def test_a_byline_is_set_apart_but_not_reported_as_damage() -> None:
    blocks = [Span(0, 10, "title"), Span(12, 40, "boilerplate", {"reason": "byline"}), Span(42, 80, "body")]
    assert damage.boilerplate_flags(blocks) == []


# --------------------------------------------------------------------------
# pronoun gender


def _people(text: str, names: dict[str, str]) -> list[tuple[int, int, str, str]]:
    """Every occurrence of each surface form, as (start, end, canonical, text)."""
    out = []
    for surface, canonical in names.items():
        start = text.find(surface)
        while start >= 0:
            out.append((start, start + len(surface), canonical, surface))
            start = text.find(surface, start + 1)
    return sorted(out)


def _sentences(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[^.!?]+[.!?]+[”\"]?", text)]


PRONOUN_CASES = [
    # (text, people, quotes-layer speaker for the pronoun or None, flagged pronoun or None)
    # A translated passé composé: "he has added".
    (
        "The president, Angela Ruotolo, has declared that the fraud kills the producers. He has added that prices fell.",
        {"Angela Ruotolo": "Angela Ruotolo"},
        None,
        "He",
    ),
    # Two descriptors in apposition ("the owner …, the businesswoman X") are one person.
    (
        "The owner of the warehouse, the businesswoman Fernanda Lopes, spoke. “It was the work of a life,” he said.",
        {"Fernanda Lopes": "Fernanda Lopes"},
        None,
        "he",
    ),
    # A descriptor not in apposition to the name: the owner may be the one meant.
    (
        "The owner of the warehouse thanked the crews; the businesswoman Fernanda Lopes spoke. “It was the work of a life,” he said.",
        {"Fernanda Lopes": "Fernanda Lopes"},
        None,
        None,
    ),
    (
        "Xi said he was ready. For his part, Xi called for calm. “We are partners,” she said.",
        {"Xi": "Xi Jinping"},
        None,
        "she",
    ),
    (
        "Carlsen said he was pleased with his form. “I was completely busted,” she said.",
        {"Carlsen": "Magnus Carlsen"},
        None,
        "she",
    ),
    # A given name borne almost only by women (first_names.yml) is evidence.
    ("Lucía Ferrer defended the budget. “The plan protects pensions,” he said.", {"Lucía Ferrer": "Lucía Ferrer"}, None, "he"),
    ("Tomasz Wójcik opened the bridge. “It took ten years,” she said.", {"Tomasz Wójcik": "Tomasz Wójcik"}, None, "she"),
    # Indonesian given names (damage.yml given_names_more), which the generated list lacks.
    ("Dewi Lestarini apologised. “The trains are moving again,” he said.", {"Dewi Lestarini": "Dewi Lestarini"}, None, "he"),
    # A name used for both genders (Andrea: a man in Italy), or a surname alone, tells nothing.
    ("Andrea Colombo defended the budget. “The plan protects pensions,” she said.", {"Andrea Colombo": "Andrea Colombo"}, None, None),
    ("Ferrer defended the budget. “The plan protects pensions,” he said.", {"Ferrer": "Ferrer"}, None, None),
    # A gendered noun in apposition: "the chairwoman of …, Dr. X".
    (
        "“We will appeal,” said the chairwoman of the nurses' union, Dr. Elif Aksoy. Aksoy left. “The court was wrong,” he said.",
        {"Elif Aksoy": "Elif Aksoy", "Aksoy": "Elif Aksoy"},
        None,
        "he",
    ),
    # The pronoun before is about the man quoted first; a woman is named since.
    (
        "“No money is left,” Pavel Novak said, and he left the room. Lucía Ferrer rejected this. “There are surpluses,” he said.",
        {"Pavel Novak": "Pavel Novak", "Lucía Ferrer": "Lucía Ferrer"},
        None,
        "he",
    ),
    # "according to him" about a woman.
    ("Lucía Ferrer defended the budget. According to him, the plan protects pensions.", {"Lucía Ferrer": "Lucía Ferrer"}, None, "him"),
    # One "she" is enough against "he" (translation supplies "he" by default), not the other way round.
    ("Judge Boateng ruled on Thursday. She ordered a halt. “The forest is theirs,” he said.", {"Boateng": "Boateng"}, None, "he"),
    ("Judge Boateng ruled on Thursday. He ordered a halt. “The forest is theirs,” she said.", {"Boateng": "Boateng"}, None, None),
    # "The minister" is the woman the text gave that role to, and "also" may stand before the verb.
    (
        "The health minister, Lucía Ferrer, spoke first. The minister urged calm. He also announced checks.",
        {"Lucía Ferrer": "Lucía Ferrer"},
        None,
        "He",
    ),
    # Two people held that role before: "the minister" may be either.
    (
        "The minister, Lucía Ferrer, met the minister, Pavel Novak. The minister urged calm. He also announced checks.",
        {"Lucía Ferrer": "Lucía Ferrer", "Pavel Novak": "Pavel Novak"},
        None,
        None,
    ),
    # Someone unnamed is in play: "he" may be the minister.
    (
        "Lucía Ferrer met the transport minister on Friday. “We agreed on the timetable,” he said.",
        {"Lucía Ferrer": "Lucía Ferrer"},
        None,
        None,
    ),
    ("Lucía Ferrer met the 45-year-old in Rome. “It was hard,” he said.", {"Lucía Ferrer": "Lucía Ferrer"}, None, None),
    ("Lucía Ferrer lost to the veteran in three sets. “It was hard,” he said.", {"Lucía Ferrer": "Lucía Ferrer"}, None, None),
    # A descriptor in apposition is the named person herself.
    ("The mayor, Lucía Ferrer, opened the bridge. “It took ten years,” he said.", {"Lucía Ferrer": "Lucía Ferrer"}, None, "he"),
    ("Lucía Ferrer, the mayor of the town, opened the bridge. “It took ten years,” he said.", {"Lucía Ferrer": "Lucía Ferrer"}, None, "he"),
    # A man and a woman both in the sentence before: "he" may be right.
    (
        "Lucía Ferrer met Pavel Novak in the capital. “There are surpluses,” he said.",
        {"Pavel Novak": "Pavel Novak", "Lucía Ferrer": "Lucía Ferrer"},
        None,
        None,
    ),
    # Two people nearby, one of them a woman: "she" may well be right.
    (
        "Putin said he was ready and his aide agreed. Merkel met Putin. “We will see,” she said.",
        {"Putin": "Vladimir Putin", "Merkel": "Angela Merkel"},
        None,
        None,
    ),
    # The quotes layer says the pronoun is the man's; the article calls him "he" twice.
    (
        "Peskov said he was calm and that his office would answer. “No date is fixed,” she said.",
        {"Peskov": "Dmitry Peskov"},
        "Dmitry Peskov",
        "she",
    ),
    # "her" just before: a woman is being talked about, though not named nearby.
    (
        "Ana Silva spoke first. Her deputy, João Costa, said he agreed with her and that his team was ready. “We will rebuild,” she said.",
        {"João Costa": "João Costa"},
        None,
        None,
    ),
    # A spokeswoman, so "she" is right even after a man is quoted.
    (
        "Smith said he would go. Spokeswoman Ana Lopes added details. “It is fine,” she said.",
        {"Smith": "John Smith", "Ana Lopes": "Ana Lopes"},
        None,
        None,
    ),
    # The role noun of a longer title ("The deputy mayor for transport, X") is X herself.
    (
        "The deputy mayor for transport, Zahra Ahmadi, said the money had not come. “It is in the capital,” he said.",
        {"Zahra Ahmadi": "Zahra Ahmadi"},
        None,
        "he",
    ),
    # A double given name takes the gender of its first part.
    (
        "The head of the union, Mohammad-Reza Karimi, spoke on Sunday. She added that the strike would go on.",
        {"Mohammad-Reza Karimi": "Mohammad-Reza Karimi"},
        None,
        "She",
    ),
    # Family name first (Hungarian order): the given name comes last.
    (
        "Szabó Katalin, the president of the association, said the harvest was lost. “We lost everything,” he said.",
        {"Szabó Katalin": "Szabó Katalin"},
        None,
        "he",
    ),
    # The reporter who listened is not who speaks next; a minister who listened may be.
    (
        "Hossein Rahimi told the reporter of the agency that wages were late. She added that the strike would go on.",
        {"Hossein Rahimi": "Hossein Rahimi"},
        None,
        "She",
    ),
    (
        "Hossein Rahimi told the minister that wages were late. She added that the strike would go on.",
        {"Hossein Rahimi": "Hossein Rahimi"},
        None,
        None,
    ),
    # A sentence opening on the possessive of what someone said ("His explanation").
    (
        "The director, Aino Lehtinen, admitted the decision was hasty. His explanation was that the timetable is tight.",
        {"Aino Lehtinen": "Aino Lehtinen"},
        None,
        "His",
    ),
    (
        "Aino Lehtinen met Pekka Virtanen. His explanation was that the timetable is tight.",
        {"Aino Lehtinen": "Aino Lehtinen", "Pekka Virtanen": "Pekka Virtanen"},
        None,
        None,
    ),
    ("The director, Aino Lehtinen, admitted the decision was hasty. His house was empty.", {"Aino Lehtinen": "Aino Lehtinen"}, None, None),
    # A sentence opening on a subject pronoun continues about the person just named.
    (
        "The chairwoman, Helena Mäkinen, said the decision was final. He refused to answer.",
        {"Helena Mäkinen": "Helena Mäkinen"},
        None,
        "He",
    ),
    ("Mr László Kovács said the line was a mistake. She wants buses instead.", {"László Kovács": "László Kovács"}, None, "She"),
    # ... but one "she" is no proof against it, as it is against an attribution.
    ("Judge Boateng ruled on Thursday. He ordered a halt. She left.", {"Boateng": "Boateng"}, None, None),
    # An unnamed pupil is in play: the "He" may be his.
    ("Nasrin Akter said a pupil had fainted. He was taken to hospital, she said.", {"Nasrin Akter": "Nasrin Akter"}, None, None),
    # A title of address outranks the name list ("Levi" is a man's given name).
    ("Mrs Tamar Levi said the shelter was full. “We have no beds,” he said.", {"Tamar Levi": "Tamar Levi"}, None, "he"),
    # A role noun does not: machine translation writes "chairman" for a woman.
    ("The council chairman Lena Sjöberg spoke first. “It is a sad day,” she said.", {"Lena Sjöberg": "Lena Sjöberg"}, None, None),
    # A title of address outranks a role noun of the other gender the translation wrote.
    (
        "The chairman of the guild, Maris Oltvik, spoke. Mrs Oltvik said the roofs leak. “We are wet,” he said.",
        {"Maris Oltvik": "Maris Oltvik", "Oltvik": "Maris Oltvik"},
        None,
        "he",
    ),
    # A kinship noun in apposition after the name, with or without an article.
    ("Teele Rand, mother of two, runs the stall. “We are wet,” he said.", {"Teele Rand": "Teele Rand"}, None, "he"),
    ("Teele Rand, the father of two, runs the stall. “We are wet,” she said.", {"Teele Rand": "Teele Rand"}, None, "she"),
    # "The neighbour of the woman, X": "woman" belongs to the complement, not to X.
    ("The neighbour of the woman, Ardo Piirsalu, came by. “It is cold,” he said.", {"Ardo Piirsalu": "Ardo Piirsalu"}, None, None),
    # The subject pronoun of a clause a person's own reporting verb opens.
    (
        "Mrs Sulla Varno, a mother of two, told the radio that he wants to go home.",
        {"Sulla Varno": "Sulla Varno"},
        None,
        "he",
    ),
    # ... but not when someone unnamed is in play, nor with evidence of one pronoun only.
    ("Mrs Sulla Varno said her son was hurt. She told the radio that he wants to go home.", {"Sulla Varno": "Sulla Varno"}, None, None),
    ("Sulla Varno told the radio that he wants to go home.", {"Sulla Varno": "Sulla Varno"}, None, None),
    # "She" two sentences on, with no one else named in the paragraph, is the same person:
    # evidence against the "he" in between.
    (
        "The head of the guild, Nuru Akter, said the looms stopped. “We are starving”, he said. She added that wages are late.",
        {"Nuru Akter": "Nuru Akter"},
        None,
        "he",
    ),
    (
        "Nuru Akter met Obi Chukwu on Monday. “We are starving”, he said. She added that wages are late.",
        {"Nuru Akter": "Nuru Akter", "Obi Chukwu": "Obi Chukwu"},
        None,
        None,
    ),
    # Titles of address of many languages, before the name (outside or inside the mention) ...
    ("Kalbatoni Nato Jorbenadze said the mill shut. He said wages are late.", {"Nato Jorbenadze": "Nato Jorbenadze"}, None, "He"),
    ("Daw Hla Nu said the ferry sank. He said nobody drowned.", {"Daw Hla Nu": "Hla Nu"}, None, "He"),
    ("Puan Sri Norlia Jusoh opened the ward. He said it has ten beds.", {"Norlia Jusoh": "Norlia Jusoh"}, None, "He"),
    ("Batoni Levan Kipiani said the vines froze. She said the crop is lost.", {"Levan Kipiani": "Levan Kipiani"}, None, "She"),
    # ... and after it.
    ("Nurcan Hanım said the shop closed. He said rent had doubled.", {"Nurcan": "Nurcan"}, None, "He"),
    ("Nurcan Ekinci Hanım said the shop closed. He said rent had doubled.", {"Nurcan Ekinci": "Nurcan Ekinci"}, None, "He"),
    ("Shirin Akhter Begum said the dyke broke. He said the fields are flooded.", {"Shirin Akhter": "Shirin Akhter"}, None, "He"),
    # A title of another person's name proves nothing of this one.
    ("Daw Hla Nu said Tun Lwin had come. He said the ferry sank.", {"Hla Nu": "Hla Nu", "Tun Lwin": "Tun Lwin"}, None, None),
    # Gendered kinship and role nouns in apposition.
    ("Zhou Meilan, a housewife, said prices rose. He said families cut back.", {"Zhou Meilan": "Zhou Meilan"}, None, "He"),
    (
        "The widow, Rasha Nuwayri, said the pension never came. He said the office was closed.",
        {"Rasha Nuwayri": "Rasha Nuwayri"},
        None,
        "He",
    ),
    ("Tawfiq Rasheed said the widow had called. She said the pension never came.", {"Tawfiq Rasheed": "Tawfiq Rasheed"}, None, None),
    # Parts of a name: a particle inside it, a women's surname or patronymic ending.
    ("Pham Thi Lan said the pond dried up. He said the fish died.", {"Pham Thi Lan": "Pham Thi Lan"}, None, "He"),
    ("Sholpan Zhaksybekova said the bus was late. He said the road is icy.", {"Sholpan Zhaksybekova": "Sholpan Zhaksybekova"}, None, "He"),
    ("Temir Bakirovich said the bus was late. She said the road is icy.", {"Temir Bakirovich": "Temir Bakirovich"}, None, "She"),
    ("Kenji Nova said the bus was late. He said the road is icy.", {"Kenji Nova": "Kenji Nova"}, None, None),
]


@pytest.mark.parametrize("text, names, speaker, flagged", PRONOUN_CASES)
def test_pronoun_gender(text: str, names: dict[str, str], speaker: str | None, flagged: str | None) -> None:
    people = _people(text, names)
    sentences = _sentences(text)
    quotes = []
    if speaker:
        s = text.rindex(" she said") + 1
        quotes.append(Span(0, 1, "quote", {"speaker": speaker, "speaker_start": s, "speaker_end": s + 3, "attribution": "pronoun"}))
    _, regions = damage.quote_mark_flags(text, whole(text))
    spans = damage.pronoun_gender_flags(text, whole(text), sentences, people, quotes, regions)
    assert found(spans, text) == ([(flagged, "pronoun-gender")] if flagged else [])
    if flagged:
        other = {"she": "he", "he": "she", "him": "her", "her": "him", "his": "her"}[flagged.lower()]
        assert spans[0].attrs["suggestion"] == (other.capitalize() if flagged[0].isupper() else other)


@pytest.mark.parametrize(
    "middle, flagged",
    [
        # The quotes layer gave "she" to the woman of the lede, two paragraphs back.
        ("The museum stayed shut on Monday.", "she"),
        # She is named again just before: she may be the one meant.
        ("Dufresnoy’s heirs were told on Monday.", None),
    ],
)
def test_pronoun_gender_distrusts_a_far_speaker(middle: str, flagged: str | None) -> None:
    paragraphs = [
        "Two paintings by Hélène Dufresnoy were stolen. She painted them in 1950.",
        middle,
        "“It is a blow,” declared the curator, Marc Vandeputte, his voice broken. “They never left,” she added.",
    ]
    text = "\n\n".join(paragraphs)
    paras, pos = [], 0
    for par in paragraphs:
        paras.append((pos, pos + len(par)))
        pos += len(par) + 2
    names = {"Hélène Dufresnoy": "Hélène Dufresnoy", "Dufresnoy’s": "Hélène Dufresnoy", "Marc Vandeputte": "Marc Vandeputte"}
    people = [p for p in _people(text, names) if not (p[3] == "Dufresnoy’s" and "Hélène" in text[p[0] - 7 : p[0]])]
    s = text.rindex(" she added") + 1
    quotes = [Span(0, 1, "quote", {"speaker": "Hélène Dufresnoy", "speaker_start": s, "speaker_end": s + 3, "attribution": "pronoun"})]
    _, regions = damage.quote_mark_flags(text, paras)
    spans = damage.pronoun_gender_flags(text, paras, _sentences(text), people, quotes, regions)
    assert found(spans, text) == ([(flagged, "pronoun-gender")] if flagged else [])


# --------------------------------------------------------------------------
# whole articles: seeds and fixtures


@cache
def context(path: Path) -> annotate.Context:
    """A parsed article with the entities and quotes layers EMPTY: the layer must cope."""
    rel = str(path.relative_to(ROOT))
    article, _ = ingest_file(path, source=rel, slug=path.stem)
    assert article is not None
    chunks = nlp.parse(article.raw, [(b.start, b.end) for b in article.blocks if b.label == "body"])
    ctx = annotate.Context(article, segment(article, chunks), chunks)
    ctx.layers = {"entities": [], "quotes": []}
    return ctx


def flags_of(path: Path) -> tuple[str, list[Span], int]:
    ctx = context(path)
    spans = damage.find(ctx)
    for s in spans:
        assert 0 <= s.start < s.end <= len(ctx.raw)
        assert s.label in damage.KINDS and s.attrs["kind"] == s.label and s.attrs["message"]
    words = sum(word_count(p.text) for p in ctx.body_paragraphs())
    return ctx.raw, spans, words


SEED_EXPECTED = {
    "seeds/000_1bde578bf97296b1.txt": [
        ("relationsdescribed", "glued-words"),
        ("ever“", "quote-mismatch"),
        ("personhe", "glued-words"),
        ("of tax", "mangled-name"),
        ("law“", "quote-mismatch"),
        ("she", "pronoun-gender"),
        ("solution“", "quote-mismatch"),
    ],
    "seeds/002_46d02c96a9c0888e.txt": [
        ("Follow our live blog of the war in Ukraine here", "boilerplate"),
        ("positions“", "quote-mismatch"),
        ("Russia“", "quote-mismatch"),
        ("kyiv", "lowercase-name"),
        ("a guerra", "untranslated"),
        ("Observadora", "mangled-name"),
    ],
}


@pytest.mark.parametrize("seed", sorted(SEED_EXPECTED))
def test_seed_damage_is_found(seed: str) -> None:
    raw, spans, _ = flags_of(ROOT / seed)
    got = set(found(spans, raw))
    for item in SEED_EXPECTED[seed]:
        assert item in got, item
    assert any(s.label == "quote-unclosed" for s in spans) or seed.startswith("seeds/002")


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("clean_*.txt")), ids=lambda p: p.stem)
def test_clean_texts_stay_silent(path: Path) -> None:
    raw, spans, words = flags_of(path)
    assert found(spans, raw) == []
    assert words > 400


def _overlaps(span: Span, start: int, end: int) -> bool:
    return span.start < end and start < span.end


def score(path: Path) -> tuple[int, int, int, int]:
    """(expected, found of them, flags, false flags) for one damaged fixture."""
    raw, spans, _ = flags_of(path)
    gold = yaml.safe_load(path.with_suffix(".yml").read_text(encoding="utf-8"))["artifacts"]
    hits, used = 0, set()
    for item in gold:
        start = -1
        for _ in range(item.get("occurrence", 1)):
            start = raw.index(item["text"], start + 1)
        match = [i for i, s in enumerate(spans) if s.label == item["kind"] and _overlaps(s, start, start + len(item["text"]))]
        if match:
            hits += 1
            used.update(match)
    false = [s for i, s in enumerate(spans) if i not in used]
    return len(gold), hits, len(spans), len(false)


def test_damaged_texts_recall_and_false_alarms() -> None:
    totals = [0, 0, 0, 0]
    words = 0
    for path in sorted(FIXTURES.glob("damaged_*.txt")):
        for i, v in enumerate(score(path)):
            totals[i] += v
        words += flags_of(path)[2]
    expected, hits, _flags, false = totals
    assert hits / expected >= 0.8, totals
    assert false <= words / 500, totals


# --------------------------------------------------------------------------
# robustness: any text, any marks


@pytest.mark.parametrize(
    "text",
    [
        'Fans welcomed the news. {: .md-button style="position:fixed;top:0" }',
        "The director &amp; the mayor cut the ribbon &lt;script&gt; together.",
        "A councillor wrote {% raw %}{{ x }}{% endraw %} and ${{ secrets.TOKEN }} in the minutes.",
        'Critics said the cost was [too high]( "vbscript:msgbox(1)") and asked for a vote.',
        "See the [TOC] and the FAQ (OTAN) for details.",
    ],
)
def test_markup_is_not_damage(text: str) -> None:
    spans, _ = damage.quote_mark_flags(text, whole(text))
    spans += damage.missing_space_flags(text, whole(text)) + damage.glued_word_flags(text, whole(text))
    spans += damage.untranslated_flags(text, whole(text), LANGS)
    assert found(spans, text) == []


_ALPHABET = "ab cdé.,;:!?“”\"«»„‘’'()[]{}<>=-—\n" + "".join(chr(c) for c in range(0x41, 0x5B))


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.text(alphabet=_ALPHABET, max_size=60) | st.sampled_from(["said", "he", "she", "according to", "Reuters", "kyiv"]), max_size=12
    )
)
def test_detectors_return_valid_spans_on_any_text(pieces: list[str]) -> None:
    text = " ".join(pieces)
    paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    spans, regions = damage.quote_mark_flags(text, paras)
    spans += damage.missing_space_flags(text, paras) + damage.glued_word_flags(text, paras)
    spans += damage.untranslated_flags(text, paras, LANGS) + damage.lowercase_name_flags(text, paras, {})
    spans += damage.mangled_name_flags(text, paras) + damage.truncated_flags(text, paras, paras)
    spans += damage.pronoun_gender_flags(text, paras, paras, [], [], regions)
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert s.label in damage.KINDS and s.attrs["message"]


def test_layer_reads_entities_and_quotes_from_a_fake_context() -> None:
    """No parse at all: people come from the entities layer, the speaker from quotes."""
    from parallax.model import Article, Metadata, Passage

    raw = (
        "Kremlin spokesman Dmitry Peskov said he was calm. Peskov added that his office would answer.\n\n"
        "“No date is fixed,” she said. The talks in kyiv ended."
    )
    p1_end = raw.index("\n\n")
    p2 = p1_end + 2
    article = Article("fake", "fake.txt", raw, Metadata(title="t"), blocks=[Span(0, p1_end, "body"), Span(p2, len(raw), "body")])
    passages = [
        Passage("p1", "paragraph", 1, 0, 0, p1_end, raw[:p1_end]),
        Passage("p2", "paragraph", 2, 0, p2, len(raw), raw[p2:]),
    ]
    people = [m.span() for m in re.finditer(r"Dmitry Peskov|Peskov(?! added)|Peskov", raw)]
    entities = [Span(s, e, "PERSON", {"canonical": "Dmitry Peskov", "mention": "name"}) for s, e in people]
    she = raw.index("she said")
    quotes = [
        Span(
            raw.index("No date"),
            raw.index(",”"),
            "quote",
            {"speaker": "Dmitry Peskov", "speaker_start": she, "speaker_end": she + 3, "attribution": "pronoun", "marks": "ok"},
        )
    ]
    ctx = annotate.Context(article, passages, chunks=[], layers={"entities": entities, "quotes": quotes})
    got = found(damage.find(ctx), raw)
    assert ("she", "pronoun-gender") in got
    assert ("kyiv", "lowercase-name") in got
    assert all(kind in ("pronoun-gender", "lowercase-name") for _, kind in got), got


def test_a_pronoun_after_an_unclosed_quote_is_checked() -> None:
    """The quotes layer may carry an unclosed quote to the paragraph end; the marks say where it ends."""
    from parallax.model import Article, Metadata, Passage

    raw = 'The director, Ana Paula Figueiredo, said that "nothing was saved. He added that the loss is large.'
    article = Article("fake", "fake.txt", raw, Metadata(title="t"), blocks=[Span(0, len(raw), "body")])
    passages = [Passage("p1", "paragraph", 1, 0, 0, len(raw), raw)]
    name = raw.index("Ana Paula Figueiredo")
    entities = [Span(name, name + 20, "PERSON", {"canonical": "Ana Paula Figueiredo", "mention": "name"})]
    opened = raw.index('"') + 1
    quotes = [
        Span(
            opened,
            len(raw),
            "quote",
            {"speaker": "Ana Paula Figueiredo", "speaker_start": name, "speaker_end": name + 20, "marks": "straight"},
        )
    ]
    ctx = annotate.Context(article, passages, chunks=[], layers={"entities": entities, "quotes": quotes})
    got = found(damage.find(ctx), raw)
    assert any(text.startswith("He") and kind == "pronoun-gender" for text, kind in got), got
    assert ('"nothing was saved.', "quote-unclosed") in got


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Messenger of the South reported that the harvest failed.", ["Messenger of the South"]),
        ("According to the Daily of News, the ferry was overloaded.", ["Daily of News"]),
        # A place after "of", a longer name, no outlet slot, a head that is not only a periodical's.
        ("The Times of London reported that the harbour closed.", []),
        ("The Newspaper of Catalonia reported that the trains stopped.", ["Newspaper of Catalonia"]),
        ("The Voice of Vietnam reported that the trains stopped.", []),
        ("The Herald of Skarvik reported that the harbour closed.", []),
        ("The Manchester Courier of Commerce reported that the harbour closed.", []),
        ("The Voice of the People is a slogan of the movement.", []),
        ("The Report of the Commission said the harbour closed.", []),
        # Plain English words before the head belong to the translated title; a name or place does not.
        ("Rents rose, according to the Evening Courier of the Hills.", ["Evening Courier of the Hills"]),
        ("According to the Rose Courier of the Hills, rents rose.", []),
    ],
)
def test_of_title(text: str, expected: list[str]) -> None:
    spans = damage._of_title_flags(text, whole(text), frozenset({"Skarvik"}))
    assert [text[s.start : s.end] for s in spans] == expected


def test_repeated_single_word_title_not_at_sentence_start() -> None:
    """A one-word title repeated as a sentence's first word is that word, unless an outlet verb follows."""
    text = "The newspaper Work reported the fine. Work is due to start next year. Work reported more."
    spans = damage.mangled_name_flags(text, whole(text))
    assert [text[s.start : s.end] for s in spans] == ["Work", "Work"]
    assert spans[1].start == text.rindex("Work")


@pytest.mark.parametrize(
    "text, foreign, expected",
    [
        # A place after "the village of" whose first word the lowercase check flagged.
        ("Residents of the village of horní lhota left.", "horní lhota", ("horní lhota", "Horní Lhota")),
        # A given name and a lowercase surname after a title.
        ("It came early, said captain Mikko virtanen.", "Mikko virtanen", ("virtanen", "Virtanen")),
        # A capitalised given name no list holds, its surname found by the lowercase check.
        ("The mayor of Braga, João carvalho, announced it.", "João carvalho", ("carvalho", "Carvalho")),
        # Foreign words in no name slot stay untranslated.
        ("The sign read horní lhota in red.", "horní lhota", None),
    ],
)
def test_name_in_foreign_words(text: str, foreign: str, expected: tuple[str, str] | None) -> None:
    s = text.index(foreign)
    low = damage.lowercase_name_flags(text, whole(text), {}, set())
    f = damage._name_in_foreign_words(text, s, s + len(foreign), damage._Ranges([(x.start, x.end) for x in low]))
    assert (f and (text[f.start : f.end], f.attrs["suggestion"])) == expected


def test_agency_of_news_before_its_name() -> None:
    """ "the Agency of News Europe Press": the source word order, the agency's name after it."""
    text = "According to the Agency of News Europe Press, the decree was signed."
    assert [text[f.start : f.end] for f in damage.agency_calque_flags(text, whole(text))] == ["Agency of News Europe Press"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A number in words before "Channel" after an outlet noun: the source's channel number, calqued.
        ("She told the TV channel Forty-second Channel that the tap ran dry.", ["Forty-second Channel"]),
        ("The broadcaster Seventh Television showed the flooded yard.", ["Seventh Television"]),
        # English writes the number in figures; a word not a number is a name; no outlet noun, no slot.
        ("The channel Channel 5 showed the flooded yard.", []),
        ("The channel Blue Channel showed the flooded yard.", []),
        ("She watched Fifth Channel news at home.", []),
    ],
)
def test_spelled_channel(text: str, expected: list[str]) -> None:
    assert [text[f.start : f.end] for f in damage.spelled_channel_flags(text, whole(text))] == expected


@pytest.mark.parametrize(
    "text, flagged",
    [
        # A prefix before a content word is a compound wordfreq lacks, not two glued words.
        ("Residents of two microvillages waited for the trucks.", []),
        ("The antidrone nets were hung over the yard.", []),
        # Before a function word the prefix is glued; a word English glues by mistake stays glued.
        ("The pipes ran interthe yards.", ["interthe"]),
        ("They waited forthe trucks.", ["forthe"]),
    ],
)
def test_prefix_compounds_are_not_glued(text: str, flagged: list[str]) -> None:
    assert [text[f.start : f.end] for f in damage.glued_word_flags(text, whole(text))] == flagged


@pytest.mark.parametrize(
    "text, expected",
    [
        # Two thirds of the words unknown to English, with a frequent short one among them.
        ("“Kuri sema tolo as vurem as mbalo”, said a fisherman.", ["Kuri sema tolo as vurem as mbalo"]),
        # An English clause with rare words stays English.
        ("“The velomobiles beat the bollards on cobbles”, she said.", []),
    ],
)
def test_mostly_unknown_quote(text: str, expected: list[str]) -> None:
    assert [text[f.start : f.end] for f in damage._unknown_word_quotes(text, whole(text))] == expected


@pytest.mark.parametrize(
    "text, glossed",
    [
        ("A fietsbak, or cargo bike, carries the crates.", True),
        ("A fietsbak, or a similar vehicle with Krantz, carries the crates.", False),
    ],
)
def test_or_gloss(text: str, glossed: bool) -> None:
    s = text.index("fietsbak")
    assert damage._glossed(text, s, s + len("fietsbak")) is glossed


def test_script_run_over_a_comma_is_one_fragment() -> None:
    text = "“ඔබ කොහෙද යන්නේ, අපි ගෙදර යමු” she said."
    assert [text[f.start : f.end] for f in damage._foreign_script_runs(text, whole(text))] == ["ඔබ කොහෙද යන්නේ, අපි ගෙදර යමු"]


@pytest.mark.parametrize(
    "line",
    [
        # A call to follow the site in a script without case, and a link label of plain words over a long headline.
        "අපගේ Facebook පිටුවට එක්වන්න",
        "Read these also: The mayor of the harbour town opens a new fish market next to the old ferry pier",
    ],
)
def test_more_page_lines(line: str) -> None:
    text = "The port reopened.\n\n" + line
    paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    assert [text[s.start : s.end] for s in damage.page_line_flags(text, paras, [])] == [line]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A possessive title after "portal"; a plain noun and a news noun after "agency".
        ("The elder told the portal Tomorrow's Bell that the well was dry.", ["Tomorrow's Bell"]),
        ("The fund ran out, reports the agency Prairie Information.", ["Prairie Information"]),
        # An agency's own English name keeps a word English does not know, or names a place.
        ("The fund ran out, reports the agency Kyodo News.", []),
        ("The fund ran out, reports the agency Skarvik News.", []),
        # English mastheads of countries that write another language (english_outlets_abroad).
        ("The well was dry, the Karachi daily Dawn reported.", []),
        ("The Kampala daily New Vision wrote that the well was dry.", []),
        ("The Kampala daily New Harvest wrote that the well was dry.", ["New Harvest"]),
    ],
)
def test_more_plain_titles(text: str, expected: list[str]) -> None:
    spans = damage.plain_title_flags(text, whole(text), frozenset({"Skarvik"}))
    assert [text[f.start : f.end] for f in spans] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A person noun with two "of" complements before the apposed name.
        ("The head of the water board of Dravik, Tomas vrellan, told reporters.", ["vrellan"]),
        ("The mayor, Arben vrellan, said it.", ["vrellan"]),
        ("The river of the valley of Dravik, Tomas vrellan, said it.", []),
    ],
)
def test_apposed_lowercase_surname_after_of_chains(text: str, expected: list[str]) -> None:
    assert [text[f.start : f.end] for f in damage._apposed_lowercase_surnames(text, whole(text))] == expected


def test_wrong_attributions_do_not_vouch_for_each_other() -> None:
    """Two "he" attributions for a woman: each is checked without the other's evidence."""
    text = (
        "The mayor of the district, Karin Holm, visited the harbour on Tuesday. After the meeting he informed that loans would come."
        "\n\n“It is not a solution. It is what we can do now,” he said to the local paper."
    )
    cut = text.index("\n\n")
    paras = [(0, cut), (cut + 2, len(text))]
    s = text.rindex(" he said") + 1
    quotes = [Span(0, 1, "quote", {"speaker": "Karin Holm", "speaker_start": s, "speaker_end": s + 2, "attribution": "pronoun"})]
    _, regions = damage.quote_mark_flags(text, paras)
    spans = damage.pronoun_gender_flags(text, paras, _sentences(text), _people(text, {"Karin Holm": "Karin Holm"}), quotes, regions)
    assert [(sp.start, text[sp.start : sp.end]) for sp in spans] == [(text.index("he informed"), "he"), (s, "he")]


@pytest.mark.parametrize(
    "text, word, initial",
    [
        # The first word after a wire dateline opens the report.
        ("VALMORA – Quillet growers met on Monday.", "Quillet", True),
        ("PORT ELSKE, Norland (NPA) — Quillet growers met.", "Quillet", True),
        ("SÃO VERDE, Braval – Quillet growers met.", "Quillet", True),
        # A dash inside a sentence opens nothing.
        ("The growers – Quillet among them – met.", "Quillet", False),
        ("The EU – Quillet among them – met.", "Quillet", False),
    ],
)
def test_sentence_initial_after_dateline(text: str, word: str, initial: bool) -> None:
    assert damage._sentence_initial(text, text.index(word), 0) is initial


@pytest.mark.parametrize(
    "text, expected",
    [
        # A title of plain English words with its outlet noun in apposition after it.
        ("She told Clear Water, a local radio, that the well was dry.", ["Clear Water"]),
        ("According to Bright Day, the regional weekly, the dam leaked.", ["Bright Day"]),
        ("According to Green Valley Voice, the regional weekly, the dam leaked.", []),
        ("He told Voice of the Hills, a community radio, that he would run.", ["Voice of the Hills"]),
        # A sentence opener, a day, an English masthead, a web brand of one word, a known outlet, a name.
        ("Meanwhile, a local radio said the well was dry.", []),
        ("He spoke on Sunday, a local radio reported.", []),
        ("She told the Valley Echo, a local weekly, and Harbour Times, a daily, that it rained.", []),
        ("She told Scoop, a news website, that it rained.", []),
        ("She told Le Monde, a French daily, and Jana Rose, a radio host, that it rained.", []),
    ],
)
def test_apposed_title(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in damage.mangled_name_flags(text, whole(text))] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A word no English list holds, where English writes a noun: left in its language.
        ("The chairwoman said the lakotsijärjestö must pay for the pipes.", ["lakotsijärjestö"]),
        ("He came with the vardgelani of the region on Monday.", ["vardgelani"]),
        # English builds it from known stems; two English words glued; a name capitalised elsewhere.
        ("The unfundable plan and the geofenced area were dropped.", []),
        ("They met at the parkinglot near the Korvalda farm; the korvalda herd grazed.", []),
        # A local term the article uses again and again is its own word for the institution.
        ("The vardgelani met. Later the vardgelani spoke, and the vardgelani left.", []),
    ],
)
def test_unknown_determined_words(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in damage._unknown_determined_words(text, whole(text))] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A title of plain English words before its outlet noun and a verb of publishing.
        ("The Bright Lantern newspaper reported that the bridge shook.", ["Bright Lantern"]),
        ("The Fatherland weekly wrote that the bridge shook.", ["Fatherland"]),
        # English mastheads, descriptions with an adjective or a day, one frequent word, a place, no verb after.
        ("The Sun newspaper and the Catholic weekly reported it.", []),
        ("The Sunday daily reported it, and the Opposition daily wrote so too.", []),
        ("The Kerala newspaper reported it.", []),
        ("The Bright Lantern newspaper, founded in 1901, is closing.", []),
    ],
)
def test_title_before_kind(text: str, expected: list[str]) -> None:
    spans = damage._title_before_kind_flags(text, whole(text), frozenset())
    assert [text[s.start : s.end] for s in spans] == expected


# --------------------------------------------------------------------------
# damage batch 10: gender the article settles, runs of words English also spells,
# given names written as nouns, outlets in a web outlet's slot (invented strings)

DM10_PRONOUN_CASES = [
    # A noun that settles the gender outranks the masculine role MT writes for her.
    (
        "The chairman of the valley, Oyuna Telmar, the first woman in this post, visited the dam. "
        "The water rose again. The chairman said that he wants answers.",
        {"Oyuna Telmar": "Oyuna Telmar"},
        "he",
    ),
    # A noun qualifying the role ("the woman driver from …, X") and a relative clause ("who is mother of …").
    (
        "The woman driver from the town of Ostrel, Kemi Adaro, who is mother of three sons, said that his truck is old. She said that she waits.",
        {"Kemi Adaro": "Kemi Adaro"},
        "his",
    ),
    # A descriptor whose relative clause settles the gender is the one person just named;
    # "But he" opens a sentence about her too.
    (
        "The governor, Tavita Oloan, met the drivers. Later the governor, who is the first woman to lead the province, spoke on the radio. But he promised nothing.",
        {"Tavita Oloan": "Tavita Oloan"},
        "he",
    ),
    # The pronouns alone do not settle it: no flag.
    ("Teodor Malin met the drivers. He said that he will wait.", {"Teodor Malin": "Teodor Malin"}, None),
    # A relative clause about another person is no evidence for this one.
    ("Ilo Varek met the drivers. The man, who is a father of two, said that he will wait.", {"Ilo Varek": "Ilo Varek"}, None),
]


@pytest.mark.parametrize("text, names, flagged", DM10_PRONOUN_CASES)
def test_pronoun_gender_settled_by_the_article(text: str, names: dict[str, str], flagged: str | None) -> None:
    people = _people(text, names)
    _, regions = damage.quote_mark_flags(text, whole(text))
    spans = damage.pronoun_gender_flags(text, whole(text), _sentences(text), people, [], regions)
    assert [raw for raw, _ in found(spans, text)] == ([flagged] if flagged else [])


@pytest.mark.parametrize(
    "text, name, gender",
    [
        ("The chairman of the district, Lira Fenn, the first woman in the post, said so.", "Lira Fenn", "female"),
        ("The woman farmer from the hamlet of Dosk, Rene Amo, said so.", "Rene Amo", "female"),
        ("Sami Orel, who last year became a grandfather, said so.", "Sami Orel", "male"),
        ("The spokesman, Ari Lune, said so.", "Ari Lune", "male"),
    ],
)
def test_apposition_gender_prefers_the_settling_noun(text: str, name: str, gender: str) -> None:
    s = text.index(name)
    assert damage._apposition_gender(text, s, s + len(name)) == gender


@pytest.mark.parametrize(
    "text, fragment",
    [
        # Quotes of words English also spells ("do", "man", "bog"), in a language no word list holds.
        ("The marchers chanted “Tavi sekra da mull do” outside.", "Tavi sekra da mull do"),
        ("“Man in bog kor vardam tamos sol,” said the farmer.", "Man in bog kor vardam tamos sol"),
        # A given name written lowercase as a noun after a determiner.
        ("The elders signed a dina that no one sells land.", "dina"),
    ],
)
def test_untranslated_runs_english_also_spells(text: str, fragment: str) -> None:
    spans = damage.untranslated_flags(text, whole(text), LANGS)
    assert fragment in [text[s.start : s.end] for s in spans]


@pytest.mark.parametrize(
    "text",
    [
        # English quotes of three words or more score English, rare words and all.
        ("“Everything else we can fix,” she said."),
        ("“The bollards stay where they are,” he said."),
        # A lowercase name-word before a name or "of" a place is a local title; a common word is no name.
        ("The akim Sarsen Bekov said the pipes were old."),
        ("The akim of Tarazy said the pipes were old."),
        ("She bought a rose at the market."),
    ],
)
def test_untranslated_runs_not_flagged(text: str) -> None:
    assert damage.untranslated_flags(text, whole(text), LANGS) == []


def test_lowercase_term_the_text_introduces_is_no_name() -> None:
    assert damage._TERM_INTRODUCED.search("The traders, who in Velsh are called ")
    assert not damage._TERM_INTRODUCED.search("a village called ")


def test_web_outlet_slot_takes_a_site() -> None:
    text = "According to the site New Harbour of the Coast, the ferry is late."
    assert damage._WEB_THEN_TITLE.search(text).group(1) == "New Harbour of the Coast"


def _find_in(tmp_path: Path, raw: str) -> list[tuple[str, str]]:
    """Every flag of an article written to a file (headline first), with the entities and quotes layers empty."""
    path = tmp_path / "a.txt"
    path.write_text(raw, encoding="utf-8")
    article, _ = ingest_file(path, source="a.txt", slug="a")
    assert article is not None
    chunks = nlp.parse(article.raw, [(b.start, b.end) for b in article.blocks if b.label == "body"])
    ctx = annotate.Context(article, segment(article, chunks), chunks)
    ctx.layers = {"entities": [], "quotes": []}
    return found(damage.find(ctx), article.raw)


#: Speakers batch 9: look-alikes the damage layer flagged (a standfirst without a full stop, a
#: reporting verb after an apposition, a role before a name set off by commas, a byline's e-mail),
#: next to the real damage of the same shape, which stays flagged.
SP9_LOOKALIKES = [
    (
        "Ferry fares to double, owners warn\n\n"
        "Karin Holm says the guild cannot carry the new fuel charge, while the minister accuses it of crying wolf\n\n"
        "The guild met on Monday in the harbour hall. Fares would double by March, its chair said.\n\n"
        "The ministry did not answer questions on Tuesday.",
        None,
    ),
    (
        "Ferry fares to double, owners warn\n\n"
        "The guild met on Monday in the harbour hall. Fares would double by March, its chair said.\n\n"
        "The ministry did not answer questions on Tuesday and the owners of the two ferries that still sail to the",
        ("sail to the", "truncated-sentence"),
    ),
    (
        "Ferry fares to double, owners warn\n\nThe curator of the Harbour Museum, Tomas Lind, opined that the tunnel was unsafe. "
        "The guild met on Monday in the harbour hall.",
        None,
    ),
    (
        "Ferry fares to double, owners warn\n\nThe guild was led until 2019 by the then harbourmaster, Ifor Pryce, who built the pier. "
        "The guild met on Monday in the harbour hall.",
        None,
    ),
    (
        "Ferry fares to double, owners warn\n\nThe guild met on Monday in the harbour hall. Fares would double by March, its chair said.\n\n"
        "Reporter Kim Soo-jin soojin@harbournews.example.kr",
        None,
    ),
]


@pytest.mark.parametrize(("raw", "expected"), SP9_LOOKALIKES)
def test_batch9_lookalikes(tmp_path: Path, raw: str, expected: tuple[str, str] | None) -> None:
    got = _find_in(tmp_path, raw)
    assert got == ([expected] if expected else []), got


# --------------------------------------------------------------------------
# dmg12: pronouns of the new dev batches' misses (invented strings)

DMG12_PRONOUN_CASES = [
    # A possessive right after "said" is the same translation's default as the "he said"
    # after it, not a second man; it is never flagged itself ("said his father" is another's).
    (
        "The treasurer of the guild, Maren Dahl, said his guild owes nothing. “We paid every bill,” he said.",
        {"Maren Dahl": "Maren Dahl"},
        ["he"],
    ),
    ("Nadia Ferro said his van was parked outside the depot.", {"Nadia Ferro": "Nadia Ferro"}, []),
    ("Nadia Ferro said her uncle drove a van for years. He retired in May.", {"Nadia Ferro": "Nadia Ferro"}, []),
    # "told his staff": a verb with a person object is no such verb.
    ("Maren Dahl met the board. Later Maren Dahl told his staff to wait.", {"Maren Dahl": "Maren Dahl"}, []),
    # A surname ending "-ova" is a woman's; "-ov" tells nothing (women abroad keep it).
    (
        "The akim of the district, Tolqyn Temirov, came at noon. She said that the pumps will run.",
        {"Tolqyn Temirov": "Tolqyn Temirov"},
        [],
    ),
    (
        "The akim of the district, Tolqyn Temirova, came at noon. He said that the pumps will run.",
        {"Tolqyn Temirova": "Tolqyn Temirova"},
        ["He"],
    ),
    # A woman not named cannot be the "he" who asks; a man not named may be.
    (
        "In March a woman in labour waited for hours. The head of the union, Mrs Alda Kerr, said the road is bad, and he asked for a bridge.",
        {"Alda Kerr": "Alda Kerr"},
        ["he"],
    ),
    (
        "In March a man in labour waited for hours. The head of the union, Mrs Alda Kerr, said the road is bad, and he asked for a bridge.",
        {"Alda Kerr": "Alda Kerr"},
        [],
    ),
    # Nobody named: one speaker described by a noun that settles the gender.
    ("A woman who sells fish at the pier said she lost her stall. “It is all gone,” he said to the reporter.", {}, ["he"]),
    ("The mother of two sons said, she rents the field. According to him, the rent doubled.", {}, ["him"]),
    # Another person not named, or a noun that settles nothing: no flag.
    ("A woman and a guard stood at the pier. “It is all gone,” he said to the reporter.", {}, []),
    ("A vendor at the pier said she lost her stall. “It is all gone,” he said to the reporter.", {}, []),
]


@pytest.mark.parametrize("text, names, flagged", DMG12_PRONOUN_CASES)
def test_pronoun_gender_dmg12(text: str, names: dict[str, str], flagged: list[str]) -> None:
    people = _people(text, names)
    _, regions = damage.quote_mark_flags(text, whole(text))
    spans = damage.pronoun_gender_flags(text, whole(text), _sentences(text), people, [], regions)
    assert [raw for raw, _ in found(spans, text)] == flagged


@pytest.mark.parametrize(
    "name, gender",
    [("Tolqyn Temirov", None), ("Tolqyn Temirova", "female"), ("Zhenis Baltabaev", None)],
)
def test_slavic_surname_endings(name: str, gender: str | None) -> None:
    assert damage.first_name_gender(name) == gender


@pytest.mark.parametrize(
    "text, name, gender",
    [
        # A role word may stand between the comma and the name.
        ("The mother of four children, herder T. Oyunbat, said so.", "T. Oyunbat", "female"),
        ("The grandfather of the twins, teacher Ira Velm, said so.", "Ira Velm", "male"),
        # A conjunction there joins another person.
        ("The sister of the victim, and Ira Velm said so.", "Ira Velm", None),
    ],
)
def test_apposition_gender_over_a_role_word(text: str, name: str, gender: str | None) -> None:
    s = text.index(name)
    assert damage._apposition_gender(text, s, s + len(name)) == gender


# --------------------------------------------------------------------------
# pronoun gender: world names, objects, reflexives, possessives (dmg13)

DMG13_PRONOUN_CASES = [
    # (text, people, flagged pronouns). Invented names and events.
    # Given names of cultures the register statistics miss (given_names_world).
    ("Akosua Boateng said the pier had sunk. He said the boats were moved.", {"Akosua Boateng": "Akosua Boateng"}, ["He"]),
    ("Lindiwe Zungu said the clinic was shut. He said nurses were unpaid.", {"Lindiwe Zungu": "Lindiwe Zungu"}, ["He"]),
    ("Ryu Ha-eun said the depot was closed. He said the drivers waited.", {"Ryu Ha-eun": "Ryu Ha-eun"}, ["He"]),
    ("Kwabena Asante said the road had flooded. She said the bus was late.", {"Kwabena Asante": "Kwabena Asante"}, ["She"]),
    ("Jaspreet Kaur said the canal was dry. He said the wheat was lost.", {"Jaspreet Kaur": "Jaspreet Kaur"}, ["He"]),
    # An object or a reflexive whose only possible owner is the woman just named.
    ("Maite Goiri said the kiln had cracked. The council sent him a letter.", {"Maite Goiri": "Maite Goiri"}, ["him"]),
    ("Gulmira Sadykova carried the sacks to the truck himself.", {"Gulmira Sadykova": "Gulmira Sadykova"}, ["himself"]),
    # A possessive inside the clause a reporting verb opens on a thing.
    ("Lucía Ferrán said the storm had torn his greenhouse apart.", {"Lucía Ferrán": "Lucía Ferrán"}, ["his"]),
    # Not flagged: a possessive right after "said", or opening a sentence, may be anyone's.
    ("Lucía Ferrán said his greenhouse was torn apart.", {"Lucía Ferrán": "Lucía Ferrán"}, []),
    # Not flagged: someone not named is in play, before or after the pronoun.
    ("Maite Goiri said the kiln had cracked. The mayor told him to wait.", {"Maite Goiri": "Maite Goiri"}, []),
    ("Maite Goiri said his van was parked outside when the baker arrived.", {"Maite Goiri": "Maite Goiri"}, []),
    ("Another driver, who would not give his name, blamed Maite Goiri.", {"Maite Goiri": "Maite Goiri"}, []),
    ("The widow of the fisherman, Maite Goiri, said the storm had sunk his boat.", {"Maite Goiri": "Maite Goiri"}, []),
    # Not flagged: a person named after the possessive may own it.
    (
        "Kwabena Asante spoke first. For her part the engineer, Maite Goiri, said no.",
        {"Kwabena Asante": "Kwabena Asante", "Maite Goiri": "Maite Goiri"},
        [],
    ),
    # Not flagged: an unknown given name before a surname that is a given name elsewhere.
    ("Zuleidy Santos told the board the shop was gone. The council sent him a letter.", {"Zuleidy Santos": "Zuleidy Santos"}, []),
    # A ship is "she", and never speaks: only the speaking "she" after a man is flagged.
    ("Captain Odd Rasmussen said the trawler was repaired. She sails on Friday.", {"Odd Rasmussen": "Odd Rasmussen"}, []),
    ("Kwabena Asante said the boat was lost. She said the crew was safe.", {"Kwabena Asante": "Kwabena Asante"}, ["She"]),
]


@pytest.mark.parametrize("text, names, flagged", DMG13_PRONOUN_CASES)
def test_pronoun_gender_dmg13(text: str, names: dict[str, str], flagged: list[str]) -> None:
    people = _people(text, names)
    _, regions = damage.quote_mark_flags(text, whole(text))
    spans = damage.pronoun_gender_flags(text, whole(text), _sentences(text), people, [], regions)
    assert [raw for raw, _ in found(spans, text)] == flagged


def test_pronoun_gender_paragraph_opening() -> None:
    """A paragraph opening on "He" after a paragraph about a woman named by a world given name."""
    paragraphs = ["Nandi Mokoena said the ferry had stopped again.", "He said the crew had not been paid."]
    text = "\n\n".join(paragraphs)
    paras = [(0, len(paragraphs[0])), (len(paragraphs[0]) + 2, len(text))]
    people = _people(text, {"Nandi Mokoena": "Nandi Mokoena"})
    _, regions = damage.quote_mark_flags(text, paras)
    spans = damage.pronoun_gender_flags(text, paras, _sentences(text), people, [], regions)
    assert [raw for raw, _ in found(spans, text)] == ["He"]
    suggestion = spans[0].attrs["suggestion"]
    assert suggestion == "She"


def test_reflexive_suggestion() -> None:
    text = "Gulmira Sadykova carried the sacks to the truck himself."
    spans = damage.pronoun_gender_flags(
        text, whole(text), _sentences(text), _people(text, {"Gulmira Sadykova": "Gulmira Sadykova"}), [], []
    )
    assert spans[0].attrs["suggestion"] == "herself"


# --------------------------------------------------------------------------
# lowercase names: offices, companies, world given names (dmg13)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A capitalised title or office, then a word English hardly uses, closing the name.
        ("Senator oyarzabal said the vote would wait.", [("oyarzabal", "Oyarzabal")]),
        ("Sheikh qarawi opened the market on Monday.", [("qarawi", "Qarawi")]),
        ("Doctor ezeugo, the head of the ward, said beds were short.", [("ezeugo", "Ezeugo")]),
        # A company or agency noun and a verb of saying around a word English hardly uses.
        ("The mining company zorvanta said the shaft was safe.", [("zorvanta", "Zorvanta")]),
        # A given name of either gender after a person noun, then a lowercase surname.
        ("The harbour captain Ola brekkvik said the ice was thick.", [("brekkvik", "Brekkvik")]),
        # A given name of one gender in lowercase before its capitalised surname.
        ("The nurse luana Pacheco said the oxygen ran out.", [("luana", "Luana")]),
    ],
)
def test_lowercase_name_dmg13_flagged(text: str, expected: list[tuple[str, str]]) -> None:
    spans = damage.lowercase_name_flags(text, whole(text), {}, set())
    assert [(text[s.start : s.end], s.attrs["suggestion"]) for s in spans] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Mayor said the bridge would reopen.",
        "Governor general Ana Ruiz opened the session.",
        "Professor emeritus Jan Berg gave the lecture.",
        "The postal company bpost said parcels would be late.",
        "The company spokesman said the shaft was safe.",
        "The agency chief said the report was late.",
        "The nurse said the oxygen ran out.",
    ],
)
def test_lowercase_name_dmg13_not_flagged(text: str) -> None:
    assert damage.lowercase_name_flags(text, whole(text), {}, set()) == []


@pytest.mark.parametrize(
    "text, person",
    [
        ("Folake Adeniran", True),
        ("Kwabena Osei Mensah", True),
        # An everyday English word: an institution named after someone.
        ("Ngozi Okonjo Hospital", False),
        ("Kwabena Transport", False),
        # No given name of one gender first.
        ("Andrea Bocelli", False),
        ("Ministry Board", False),
    ],
)
def test_person_like_org(text: str, person: bool) -> None:
    assert damage._person_like_org(text) is person


def test_address_title_before_a_left_out_name_word() -> None:
    """ "Bà Trần Thị Lan" where the mention is "Thị Lan": the title still tells the gender."""
    text = "Bà Trần Thị Lan said the stalls burned."
    s = text.index("Thị")
    assert damage._address_gender(text, s, s + len("Thị Lan"), "Thị Lan") == "female"
    text = "The minister Trần Thị Lan said so."
    s = text.index("Thị")
    assert damage._address_gender(text, s, s + len("Thị Lan"), "Thị Lan") is None


def test_three_lowercase_words_after_a_person_noun_are_a_clause() -> None:
    """ "told the minister kuna maji hapa": a clause left in its language, not a name."""
    text = "The farmers told the minister hamna maji kabisa and left."
    s = text.index("hamna")
    e = text.index(" and")
    low = damage._Ranges([(s, s + len("hamna"))])
    assert damage._name_in_foreign_words(text, s, e, low) is None
    text = "Residents of the village of dolní vrbník lhota were moved."
    s = text.index("dolní")
    e = text.index(" were")
    low = damage._Ranges([(s, s + 5)])
    assert damage._name_in_foreign_words(text, s, e, low) is not None


# --------------------------------------------------------------------------
# dmg14: pronouns a translation from a language without gendered pronouns leaves (invented strings)

DMG14_PRONOUN_CASES = [
    # A kinship noun in the mention settles the gender, whatever pronouns the translation chose.
    ("Aunt Wenke runs the canteen. He will cook for the pupils, he said.", {"Aunt Wenke": "Aunt Wenke"}, ["He", "he"]),
    ("Uncle Wenke runs the canteen. He will cook for the pupils, he said.", {"Uncle Wenke": "Uncle Wenke"}, []),
    # A sentence opening on "The old woman" right after one naming a single person is about her.
    ("Kerewa Otuma opened the new tap. The old woman laughed. “Thank you,” he said.", {"Kerewa Otuma": "Kerewa Otuma"}, ["he"]),
    ("Kerewa Otuma opened the new tap. The old man laughed. “Thank you,” he said.", {"Kerewa Otuma": "Kerewa Otuma"}, []),
    # ... not when someone unnamed is in play in that sentence.
    ("Kerewa Otuma opened the tap with the guard. The old woman laughed. “Thank you,” he said.", {"Kerewa Otuma": "Kerewa Otuma"}, []),
    # A name inside a quote is whom the speaker addresses, not whom the pronoun after it stands for.
    (
        "Vera Lindqvist, a widow, waited at the door. “Kolya, we will manage,” he said.",
        {"Vera Lindqvist": "Vera Lindqvist", "Kolya": "Kolya"},
        ["he"],
    ),
    ("Vera Lindqvist, a widow, waited with Kolya. “We will manage,” he said.", {"Vera Lindqvist": "Vera Lindqvist", "Kolya": "Kolya"}, []),
    # A title the entities layer took for a person, apposed to the name, is the same person.
    (
        "The Mwami Kazi of the hill, Ingrid Brandt, closed the road. “We wait,” he said.",
        {"Mwami Kazi": "Mwami Kazi", "Ingrid Brandt": "Ingrid Brandt"},
        ["he"],
    ),
    ("The Mwami Kazi met Ingrid Brandt. “We wait,” he said.", {"Mwami Kazi": "Mwami Kazi", "Ingrid Brandt": "Ingrid Brandt"}, []),
    # Once a noun settles the gender, the translation's default subject pronouns between do not
    # stand for someone else ("said that now he"); an object pronoun still may.
    (
        "Ilse Varga, a widow who sells bread, said that now he can bake daily because he rests. “It is easier,” he said.",
        {"Ilse Varga": "Ilse Varga"},
        ["he", "he", "he"],
    ),
    ("Piet Kroon, a widower who sells bread, agreed with her. “It is easier,” she said.", {"Piet Kroon": "Piet Kroon"}, []),
    ("The widow of the baker, Ilse Varga, said his oven stood cold. He had gone away, she said.", {"Ilse Varga": "Ilse Varga"}, []),
    # A predicate after a copula says what the person is ("is the daughter of"), not someone else.
    ("The surveyor, Kerewa Otuma, is the daughter of the village. He worked without pay.", {"Kerewa Otuma": "Kerewa Otuma"}, ["He"]),
    ("The surveyor, Kerewa Otuma, met the daughter of the village. He worked without pay.", {"Kerewa Otuma": "Kerewa Otuma"}, []),
    # A subject pronoun opening a clause inside the sentence, and a possessive after a preposition.
    ("Ilse Varga, a widow, bakes bread, because he does not sleep.", {"Ilse Varga": "Ilse Varga"}, ["he"]),
    ("Ingrid Brandt keeps the books. The books are kept in his home.", {"Ingrid Brandt": "Ingrid Brandt"}, ["his"]),
    ("Ingrid Brandt met the baker. The books are kept in his home.", {"Ingrid Brandt": "Ingrid Brandt"}, []),
    # A sentence opening on a possessive: only against a gender a noun settled.
    ("Ilse Varga, a widow, sells bread. His daughters are at school.", {"Ilse Varga": "Ilse Varga"}, ["His"]),
    ("Ingrid Brandt sells bread. His daughters are at school.", {"Ingrid Brandt": "Ingrid Brandt"}, []),
    # An attribution discounts the loosely attached pronouns of its gender as the same default.
    (
        "Ingrid Brandt said that in his shop the scales are new. “We weigh right,” he said.",
        {"Ingrid Brandt": "Ingrid Brandt"},
        ["he"],
    ),
    # Titles of address of Kabyle, Xitsonga and Luganda; given names of Acholi, Xitsonga and Kabyle.
    ("Nna Zahia Amrane said the well is dry. “We wait,” he said.", {"Zahia Amrane": "Zahia Amrane"}, ["he"]),
    ("Dda Zahir Amrane said the well is dry. “We wait,” he said.", {"Zahir Amrane": "Zahir Amrane"}, []),
    ("Akumu Ojara said the well is dry. “We wait,” he said.", {"Akumu Ojara": "Akumu Ojara"}, ["he"]),
    ("Tintswalo Mabunda said the well is dry. “We wait,” he said.", {"Tintswalo Mabunda": "Tintswalo Mabunda"}, ["he"]),
    ("Okeny Lalam said the well is dry. “We wait,” he said.", {"Okeny Lalam": "Okeny Lalam"}, []),
]


@pytest.mark.parametrize("text, names, flagged", DMG14_PRONOUN_CASES)
def test_pronoun_gender_dmg14(text: str, names: dict[str, str], flagged: list[str]) -> None:
    people = _people(text, names)
    _, regions = damage.quote_mark_flags(text, whole(text))
    spans = damage.pronoun_gender_flags(text, whole(text), _sentences(text), people, [], regions)
    assert [raw for raw, _ in found(spans, text)] == flagged


@pytest.mark.parametrize(
    "name, gender",
    [
        ("Akumu Ojara", "female"),
        ("Okeny Lalam", "male"),
        ("Tintswalo Mabunda", "female"),
        ("Mzamani Chauke", "male"),
        ("Djedjiga Amrane", "female"),
        ("Koceila Amrane", "male"),
        ("Muriel Oduya", "female"),
        # Names of both genders stay unknown.
        ("Hlulani Mabunda", None),
    ],
)
def test_given_names_dmg14(name: str, gender: str | None) -> None:
    assert damage.first_name_gender(name) == gender


@pytest.mark.parametrize(
    "text, expected",
    [
        # A head English mastheads never put before "of" a place, "of" a word no lexicon knows.
        ("The villagers celebrated, reports The Dispatch of Tazrout.", ["Dispatch of Tazrout"]),
        ("The villagers celebrated, reports The Courier of Tazrout.", ["Courier of Tazrout"]),
        # English mastheads do put these before a place; a person is no place.
        ("The villagers celebrated, reports The Times of Tazrout.", []),
        ("The villagers celebrated, according to the Messenger of Tazrout.", []),
    ],
)
def test_of_title_rare_place(text: str, expected: list[str]) -> None:
    spans = damage.mangled_name_flags(text, whole(text))
    assert [text[f.start : f.end] for f in spans if f.label == "mangled-name"] == expected


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        # a typo wordfreq knows, far rarer than its two words, opening a sentence
        ("The council met on Monday. Andthe mayor left early.", "Andthe"),
        ("Ofthe twelve boats, four came back on Sunday.", "Ofthe"),
        # a nationality glued to the plain word after it, inside a sentence
        ("The Italianside wants more trade with the region.", "Italianside"),
    ],
)
def test_capitalised_glued_words(text: str, glued: str) -> None:
    flags = damage.glued_word_flags(text, whole(text))
    assert [text[f.start : f.end] for f in flags] == [glued]


@pytest.mark.parametrize(
    "text",
    [
        "Germantown and Chinatown reopened; the Riverside school stayed shut.",
        "Andorra voted. Inverness flooded. Ofsted reported on the school.",
    ],
)
def test_capitalised_words_that_are_names_not_glued(text: str) -> None:
    assert damage.glued_word_flags(text, whole(text)) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("They signed deals on health, transport and the ماء (water) sector.", ["ماء"]),
        ("The village elder said он and left.", ["он"]),
        ("The dose was 5 μg and the step Δt was small; the α value was 0.05.", []),
    ],
)
def test_one_short_word_in_another_script(text: str, flagged: list[str]) -> None:
    flags = damage.untranslated_flags(text, whole(text), LANGS)
    assert [text[f.start : f.end] for f in flags] == flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The Ministry of the Health of Norvia closed the clinic.", ["Ministry of the Health"]),
        ("The National Office of Control of the Medicines recalled the pills.", ["National Office of Control of the Medicines"]),
        (
            "Experts of the Higher Institute for the Safety and the Environmental Research agreed.",
            ["Higher Institute for the Safety and the Environmental Research"],
        ),
        # English names that take "the", a field that does not end the name, no institution at all
        ("The Department of the Environment and the Ministry of the Interior met the Security Council.", []),
        ("The Ministry of the Health Service replied; the Council of the Labour Party met.", []),
        ("He spoke of the health of the nation and of the Security of the region.", []),
    ],
)
def test_institution_names_translated_with_their_articles(text: str, flagged: list[str]) -> None:
    flags = damage.calqued_name_flags(text, whole(text))
    assert [text[f.start : f.end] for f in flags] == flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The minister told the daily The World.Echeverry will travel in May.", ["World.Echeverry"]),
        # abbreviations and addresses stay
        ("See Example.Com for more, or the U.S.Army site.", []),
    ],
)
def test_missing_space_after_a_capitalised_word(text: str, flagged: list[str]) -> None:
    flags = damage.missing_space_flags(text, whole(text))
    assert [text[f.start : f.end] for f in flags] == flagged


@pytest.mark.parametrize(
    "text, expected",
    [
        # The Arabic word order ("wakalat … lil-anba'"): an agency no lexicon holds, flagged by its shape.
        ("The Zarqan Agency for News reported the talks.", ["Zarqan Agency for News"]),
        ("According to the Agency of Meridia for News, the envoy left.", ["Agency of Meridia for News"]),
        ("as stated by the Agency Oltra Sahel for News on Monday.", ["Agency Oltra Sahel for News"]),
        ("The emir left, reported the Agency of the Velmarian News.", ["Agency of the Velmarian News"]),
        ("The Pellish National Agency for Information said the talks went well.", ["Pellish National Agency for Information"]),
        # English names: another body after "for", no name before a bare "Agency for News", lowercase words.
        ("The Pellish Agency for Information Security and the Agency for International Development met.", []),
        ("The Agency for News said so, and an agency for news was set up.", []),
        ("The Agency of the European Union for Asylum opened an office.", []),
    ],
)
def test_agency_for_news_word_order(text: str, expected: list[str]) -> None:
    spans = damage.agency_calque_flags(text, whole(text))
    assert [text[s.start : s.end] for s in spans] == expected


@pytest.mark.parametrize(
    "bag, expected",
    [
        (("alpha", "beta"), ("alpha", "beta")),  # listed as it is
        (("alpha", "beta", "company"), ("alpha", "beta")),  # the kind of body kept: "Alpha Beta Company"
        (("alpha", "beta", "society"), ("alpha", "beta")),
        (("gamma", "news"), ("agency", "gamma", "news")),  # the kind of body dropped: "Gamma News" for "Gamma News Agency"
        (("beta", "company"), None),  # one word left is no name
        (("alpha", "beta", "company", "society"), None),  # two kind words: something else
        (("delta", "gamma"), None),  # no news word: "agency" is not guessed
    ],
)
def test_literal_index_key_with_kind_word(bag: tuple[str, ...], expected: tuple[str, ...] | None) -> None:
    index = {("alpha", "beta"): 1, ("agency", "gamma", "news"): 2, ("agency", "delta", "gamma"): 3}
    assert damage._index_key(tuple(sorted(bag)), index) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A channel named by a capitalised ordinal before "Channel": the source's name in English words.
        ("She said so in an interview with the First Channel on Sunday.", ["First Channel"]),
        ("The Third Channel aired the debate.", ["Third Channel"]),
        # English: a channel's number in figures, "the First Channel Tunnel", a lowercase ordinal.
        ("He spoke on the Second Channel 4 show, near the First Channel Tunnel exit.", []),
        ("It was the first channel to air the debate.", []),
    ],
)
def test_ordinal_channel(text: str, expected: list[str]) -> None:
    spans = damage.spelled_channel_flags(text, whole(text))
    assert [text[s.start : s.end] for s in spans] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # State agencies, broadcasters and dailies in the leaders'-call genre, rendered word for word
        # (outlets.yml translations), in invented sentences.
        ("The minister told the Japan Broadcasting Association that talks were useful.", ["Japan Broadcasting Association"]),
        ("New China Society said the two heads of state spoke for an hour.", ["New China Society"]),
        ("The Workers' Newspaper printed the leader's letter on its front page.", ["Workers' Newspaper"]),
        ("The envoy told the Bulgarian Telegraph Agency that the visit was set.", ["Bulgarian Telegraph Agency"]),
        ("The talks were broadcast live on Distant Vision at noon.", ["Distant Vision"]),
        # The English names these outlets use themselves.
        ("The minister told NHK and Xinhua that talks were useful; the Bulgarian News Agency agreed.", []),
    ],
)
def test_state_media_renderings(text: str, expected: list[str]) -> None:
    spans = damage.mangled_name_flags(text, whole(text))
    assert [text[s.start : s.end] for s in spans] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The adjective after the head, as Romance, Slavic and Arabic names have it.
        ("The envoy told the Television National of Velmaria that talks went well.", ["Television National of Velmaria"]),
        ("According to the Agency Senegalese of Press, the envoy left.", ["Agency Senegalese of Press"]),
        ("The Press Agency Ivorian said the leaders spoke.", ["Press Agency Ivorian"]),
        ("The Party Socialist of Velmaria welcomed the call.", ["Party Socialist of Velmaria"]),
        ("The Court Supreme of Justice ruled on the treaty.", ["Court Supreme of Justice"]),
        ("The Ministry of Affairs Foreign published the readout.", ["Ministry of Affairs Foreign"]),
        ("The Ministry of Exterior Relations of Velmaria issued a note.", ["Ministry of Exterior Relations of Velmaria"]),
        (
            "The Minister of Relations Exteriors and the Gazette Official of Velmaria agreed.",
            ["Minister of Relations Exteriors", "Gazette Official of Velmaria"],
        ),
        # A press office in the source's order, an agency with an adjective no list holds.
        ("The Secretariat of Press of the Presidency said the call was cordial.", ["Secretariat of Press of the Presidency"]),
        ("The Agency Velmarian of Information reported the talks.", ["Agency Velmarian of Information"]),
        # English: the press secretary's office, a journal named after its field.
        ("The Office of Press Secretary and the Journal of Commerce said so.", []),
        # English order, a head after another capitalised word, a capitalised word after the adjective.
        ("The Socialist Party and the National Television of Velmaria met.", []),
        ("China Radio International and Vatican Radio reported it.", []),
        ("The Party Central Committee met; the Agency Central Asia desk closed.", []),
        ("The Ministry of Foreign Affairs and the Council on Foreign Relations spoke.", []),
    ],
)
def test_postposed_adjective(text: str, expected: list[str]) -> None:
    spans = sorted(damage.postposed_adjective_flags(text, whole(text)), key=lambda s: s.start)
    assert [text[s.start : s.end] for s in spans] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The foreign ministry's field with the source's article (calque_field_nouns).
        ("The Ministry of the Foreign Affairs published the readout.", ["Ministry of the Foreign Affairs"]),
        ("A note of the Ministry of the Exterior followed the call.", ["Ministry of the Exterior"]),
        # English: the field after another head, a committee named after it, the Interior.
        ("The Minister of the Foreign Affairs Committee and the Department of the Interior met.", []),
    ],
)
def test_calqued_foreign_ministry(text: str, expected: list[str]) -> None:
    spans = damage.calqued_name_flags(text, whole(text))
    assert [text[s.start : s.end] for s in spans] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Parliaments and palaces rendered word for word (damage.yml institutions), invented sentences.
        ("The chancellor told the Federal Day that the call was useful.", ["Federal Day"]),
        ("The president left the Palace of the Currency after the call.", ["Palace of the Currency"]),
        ("The minister spoke to the Room of Deputies on Tuesday.", ["Room of Deputies"]),
        ("The decree appeared in the Official Diary of the Federation on Monday.", ["Official Diary of the Federation"]),
        # Their English names.
        ("The chancellor told the Bundestag and the Chamber of Deputies that it was useful.", []),
    ],
)
def test_institution_renderings(text: str, expected: list[str]) -> None:
    spans = damage.mangled_name_flags(text, whole(text))
    assert [text[s.start : s.end] for s in spans] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A broadcaster named with its country in the genitive, the name ending there.
        ("The minister told Sweden's Television that the call was useful.", ["Sweden's Television"]),
        ("Norway's Broadcasting Corporation aired the press conference.", ["Norway's Broadcasting Corporation"]),
        # English: an English name after the head, lowercase description, a region's genitive.
        ("Britain's Channel 4, Australia's Radio National and Denmark's public radio aired it.", []),
        ("Velmaria's Radio Harbour FM aired the interview.", []),
    ],
)
def test_country_genitive_broadcaster(text: str, expected: list[str]) -> None:
    spans = damage.country_genitive_broadcaster_flags(text, whole(text))
    assert [text[s.start : s.end] for s in spans] == expected
