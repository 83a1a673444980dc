"""A deterministic synthetic news corpus, for benchmarks and scale tests.

Real coverage cannot be redistributed and the seeds are only two articles, so
the benchmark needs a generator that looks like what researchers collect:
each *story* is an invented event with its own cast (people with titles,
organisations, places), and several outlets report it with overlapping facts
and quotes, worded a little differently, as different machine translations of
the same wire copy would be. Articles carry the mess the pipeline must cope
with: attributions before, after and inside quotes, pronoun and descriptor
attributions, agencies and unnamed sources, glued words, mismatched quote
marks, untranslated fragments, promo lines, credits and repeated headlines.

Everything is drawn from seeded :class:`random.Random` instances (one per
story and one per article), so the same arguments always give the same bytes,
and changing one article's seed changes nothing else. Names and places are
invented from syllables; news agencies are real (they are a general lexicon).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

# --------------------------------------------------------------------------
# pools: invented names and places, general newsroom vocabulary

_FIRST_F = [
    "Amara",
    "Beatriz",
    "Carla",
    "Dalia",
    "Elin",
    "Farah",
    "Greta",
    "Hana",
    "Ines",
    "Jovana",
    "Katya",
    "Lena",
    "Mira",
    "Nadia",
    "Olga",
    "Paula",
    "Rosa",
    "Sana",
    "Tove",
    "Ulla",
    "Vera",
    "Wanda",
    "Yara",
    "Zofia",
    "Alma",
    "Brigid",
    "Clio",
    "Dagny",
    "Esme",
    "Flora",
]
_FIRST_M = [
    "Aleksander",
    "Bruno",
    "Casimir",
    "Dario",
    "Emil",
    "Felipe",
    "Goran",
    "Henrik",
    "Idris",
    "Jonas",
    "Kenji",
    "Luca",
    "Marek",
    "Nikos",
    "Omar",
    "Pavel",
    "Rafael",
    "Stefan",
    "Tomas",
    "Umar",
    "Viktor",
    "Wim",
    "Yusuf",
    "Zoran",
    "Anton",
    "Bastian",
    "Cyril",
    "Davor",
    "Elias",
    "Florin",
]
_LAST_A = [
    "Ved",
    "Mar",
    "Kor",
    "Sal",
    "Bren",
    "Dal",
    "Oster",
    "Lind",
    "Var",
    "Hal",
    "Ros",
    "Tam",
    "Quin",
    "Ober",
    "Fal",
    "Gor",
    "Wen",
    "Ash",
    "Bel",
    "Cran",
]
_LAST_B = [
    "ano",
    "ecki",
    "ström",
    "ova",
    "ides",
    "elli",
    "berg",
    "ović",
    "ssen",
    "ari",
    "mann",
    "oza",
    "escu",
    "ander",
    "ovsky",
    "ino",
    "hart",
    "elo",
    "ström",
    "ez",
]
_PLACE_A = [
    "Val",
    "Port",
    "Ker",
    "Mon",
    "Sar",
    "Bel",
    "Dun",
    "Ost",
    "Riv",
    "Tal",
    "Nor",
    "Cas",
    "Lor",
    "Ves",
    "Ald",
    "Bray",
    "Cor",
    "Fen",
    "Hav",
    "Mir",
]
_PLACE_B = [
    "mora",
    "ivo",
    "ena",
    "bridge",
    "grad",
    "haven",
    "stad",
    "ford",
    "ova",
    "mouth",
    "enza",
    "lund",
    "holm",
    "ara",
    "ley",
    "dorf",
    "ice",
    "ena",
    "wick",
]
_COUNTRIES = [
    "Veldoria",
    "Marisca",
    "Ostrava",
    "Belland",
    "Karuna",
    "Solvena",
    "Tarkesh",
    "Ardenne",
    "Lusovia",
    "Quell",
    "Norvania",
    "Castria",
    "Sundra",
    "Pelago",
    "Drava",
    "Esmerin",
    "Halvenia",
    "Corvany",
    "Mirelia",
    "Tessaly",
]
#: Real news agencies: a general lexicon the sources layer is meant to find.
_AGENCIES = ("Reuters", "AFP", "the Associated Press", "EFE", "ANSA", "dpa", "Xinhua", "Kyodo News", "Lusa", "Interfax")
_OUTLET_A = [
    "Northern",
    "Morning",
    "Daily",
    "Evening",
    "Coastal",
    "Metropolitan",
    "Continental",
    "Weekly",
    "Free",
    "Citizen",
    "National",
    "Harbour",
]
_OUTLET_B = [
    "Ledger",
    "Courier",
    "Herald",
    "Observer",
    "Gazette",
    "Tribune",
    "Post",
    "Chronicle",
    "Dispatch",
    "Record",
    "Sentinel",
    "Bulletin",
]
_LANGS = ("it", "pt", "es", "de", "fr", "ru", "pl", "ro")
#: Untranslated fragments a machine translation leaves behind (own sentences).
_FOREIGN = {
    "it": ("Il governo non ha ancora risposto alle domande dei giornalisti.", "La situazione resta molto tesa in città."),
    "pt": ("O ministério não quis comentar o assunto.", "A população aguarda novas informações das autoridades."),
    "es": ("Las autoridades pidieron calma a los vecinos.", "El gobierno prometió una investigación completa."),
    "de": ("Die Behörden haben noch keine Stellungnahme abgegeben.", "Die Lage bleibt nach Angaben der Polizei angespannt."),
    "fr": ("Le ministère n'a pas souhaité commenter.", "Les habitants attendent toujours des réponses claires."),
    "ru": ("Власти пока не дали официальных комментариев.", "Ситуация остаётся напряжённой."),
    "pl": ("Władze nie odpowiedziały na pytania dziennikarzy.", "Mieszkańcy czekają na dalsze informacje."),
    "ro": ("Autoritățile nu au făcut niciun comentariu oficial.", "Situația rămâne tensionată în oraș."),
}
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

#: Word choices different translations make for the same source word.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "said": ("said", "stated", "declared", "affirmed"),
    "added": ("added", "continued", "went on"),
    "warned": ("warned", "cautioned", "stressed"),
    "announced": ("announced", "made known", "communicated"),
    "meeting": ("meeting", "talks", "session"),
    "residents": ("residents", "inhabitants", "locals"),
    "officials": ("officials", "authorities", "representatives"),
    "began": ("began", "started", "commenced"),
    "agreement": ("agreement", "accord", "deal"),
    "investigation": ("investigation", "inquiry", "probe"),
    "damage": ("damage", "destruction", "losses"),
    "quickly": ("quickly", "rapidly", "swiftly"),
    "important": ("important", "significant", "major"),
    "workers": ("workers", "employees", "staff"),
}
_SYN_RE = re.compile(r"\b(" + "|".join(_SYNONYMS) + r")\b")


# --------------------------------------------------------------------------
# event kinds: what happens, who speaks, how it is told


@dataclass(frozen=True)
class Kind:
    """One kind of event: its vocabulary, headlines, facts and quotes.

    Templates use ``{slot}`` names filled from the story (see
    :meth:`Story.slots`): people as ``minister``/``minister_last``/
    ``minister_title``, and ``org``, ``place``, ``country``, ``n1``…``n3``,
    ``day``, ``date``, ``agency``.
    """

    name: str
    domain: str  # the ministry that answers for it
    org: str  # the organisation at the centre, "{place}" may appear
    leader: str  # the title of that organisation's head
    headlines: tuple[str, ...]
    facts: tuple[str, ...]
    quotes: tuple[tuple[str, str], ...]  # (speaker role, words)
    n1: tuple[int, int] = (1200, 9000)  # range of the headline figure


KINDS: tuple[Kind, ...] = (
    Kind(
        "port strike",
        "Transport",
        "{place} Dockworkers' Union",
        "general secretary",
        ("Dockworkers strike paralyses port of {place}", "{place} port at a standstill as {n1} workers walk out"),
        (
            "About {n1} dockworkers walked off the job in {place} on {day}, halting the loading of container ships.",
            "The strike began after talks between the union and the port authority broke down late on {day}.",
            "At least {n2} vessels were waiting at anchor outside the harbour by the evening.",
            "The {org} is demanding a wage increase of {n3} percent and new safety rules.",
            "The Ministry of {domain} said it would appoint a mediator within days.",
            "Exporters warned that perishable goods worth millions were at risk.",
            "Police said the picket lines at the main gate remained peaceful.",
            "It is the third stoppage at the port since the start of the year.",
            "Port officials estimated losses at {n2} million euros per day.",
            "Talks are expected to resume on {date} at the ministry.",
        ),
        (
            ("leader", "We will not go back to work until the port authority takes our safety seriously."),
            ("leader", "Our members have waited three years for a fair offer, and patience has run out."),
            ("minister", "The government respects the right to strike, but the country cannot afford a closed port."),
            ("minister", "I have asked both sides to return to the table without preconditions."),
            ("expert", "Every day of stoppage pushes cargo to rival ports, and some of it never comes back."),
            ("mayor", "The city stands with the workers, but we also need the harbour open."),
        ),
    ),
    Kind(
        "bridge collapse",
        "Infrastructure",
        "{place} Roads Agency",
        "director",
        ("Bridge collapses in {place}, {n1} injured", "Deadly bridge collapse in {place}: inquiry opened"),
        (
            "A section of the main road bridge in {place} collapsed on {day} morning during rush hour.",
            "Emergency services said {n1} people were injured and several cars fell into the river.",
            "Rescue teams worked through the night searching the water with divers and boats.",
            "The bridge, built more than {n3} years ago, had been inspected last spring.",
            "Prosecutors opened an investigation into possible negligence on {day}.",
            "The {org} had warned in a report that the structure needed urgent repairs.",
            "Traffic was diverted through the old town, causing long queues.",
            "Engineers will examine the remaining spans before any decision on reopening.",
            "The Ministry of {domain} promised funds for a temporary crossing within {n2} weeks.",
            "Residents laid flowers near the site of the collapse.",
        ),
        (
            ("mayor", "This is a black day for our city, and we owe the families the full truth."),
            ("leader", "The inspection last year did not show any sign of imminent danger."),
            ("minister", "Anyone found responsible for this tragedy will answer for it before a court."),
            ("expert", "Bridges of this age need checks every year, not every five years."),
            ("spokesperson", "The search will continue as long as there is any hope of finding survivors."),
            ("mayor", "We will build a new bridge, and we will build it safely."),
        ),
        n1=(4, 60),
    ),
    Kind(
        "trade agreement",
        "Trade",
        "{country} Chamber of Commerce",
        "president",
        ("{country} signs trade agreement after years of talks", "Landmark trade deal signed in {place}"),
        (
            "The agreement was signed in {place} on {day} after {n3} rounds of negotiations.",
            "It removes tariffs on about {n1} products over the next decade.",
            "Farmers' groups protested outside the venue, saying the deal favours large importers.",
            "The Ministry of {domain} said the agreement would raise exports by {n2} percent.",
            "The text still has to be ratified by parliament before it can enter into force.",
            "Business leaders welcomed the agreement as an important signal for investors.",
            "Opposition parties demanded that the full text be published before the vote.",
            "The {org} estimated that thousands of jobs depended on the new rules.",
            "Negotiators said the most difficult chapter concerned public procurement.",
            "A joint committee will review the agreement every {n2} years.",
        ),
        (
            ("minister", "This agreement opens doors for our companies that were closed for a generation."),
            ("minister", "Nobody loses from fair trade, and our farmers will be protected."),
            ("leader", "Our members have waited for this day, and they are ready to invest."),
            ("expert", "The gains are real but modest, and they will take years to show."),
            ("spokesperson", "The full text will be available to every member of parliament before the vote."),
            ("mayor", "Hosting the signing is a recognition of the role our city plays in trade."),
        ),
    ),
    Kind(
        "flooding",
        "Interior",
        "{place} Civil Protection Service",
        "head",
        ("Floods force thousands from their homes in {place}", "State of emergency declared as rivers burst banks near {place}"),
        (
            "Heavy rain caused the river to burst its banks near {place} on {day}.",
            "About {n1} residents were evacuated from low-lying neighbourhoods overnight.",
            "The government declared a state of emergency in {n2} districts.",
            "Schools were closed and trains between {place} and the capital were suspended.",
            "The {org} said water levels were still rising in the afternoon.",
            "Soldiers were deployed to fill sandbags and help elderly residents.",
            "Forecasters expect more rain until {date}.",
            "Damage to farmland is estimated at {n3} million euros.",
            "Volunteers opened shelters in sports halls and churches.",
            "Power was cut to several villages as a precaution.",
        ),
        (
            ("leader", "The next forty-eight hours will be decisive, so please follow the instructions of the rescuers."),
            ("minister", "No family will be left alone, and the state will pay for the damage."),
            ("mayor", "I have never seen the water this high in my lifetime."),
            ("expert", "These floods are no longer exceptional, and our defences were built for another climate."),
            ("spokesperson", "We ask residents not to return home until the water has gone down."),
            ("minister", "The army will stay as long as it is needed."),
        ),
    ),
    Kind(
        "interest rate decision",
        "Finance",
        "Central Bank of {country}",
        "governor",
        ("Central bank raises rates to fight inflation", "{country} central bank lifts key rate to {n3} percent"),
        (
            "The {org} raised its main interest rate to {n3} percent on {day}.",
            "It is the {n2}th increase since the beginning of last year.",
            "Inflation reached about {n1} percent in the last quarter, the highest in a decade.",
            "Most economists had expected a smaller increase.",
            "The national currency rose against the euro after the announcement.",
            "Banks are expected to raise mortgage rates in the coming weeks.",
            "The Ministry of {domain} said the budget would be adjusted to the new rates.",
            "Business associations warned that investment would slow.",
            "The decision was taken unanimously by the monetary policy committee.",
            "The next meeting of the committee is scheduled for {date}.",
        ),
        (
            ("leader", "We will do whatever is necessary to bring inflation back to our target."),
            ("leader", "Price stability is the best protection for the poorest households."),
            ("minister", "The government supports the independence of the central bank in this difficult moment."),
            ("expert", "The bank is acting late, and now it has to act hard."),
            ("expert", "Households with variable mortgages will feel this within weeks."),
            ("spokesperson", "The committee will look at every new figure before deciding again."),
        ),
    ),
    Kind(
        "court ruling",
        "Justice",
        "{place} Regional Court",
        "presiding judge",
        ("Court annuls contract for new airport in {place}", "Judges block airport project near {place}"),
        (
            "The {org} annulled the contract for a new airport terminal in {place} on {day}.",
            "Judges found that the tender had not respected environmental rules.",
            "The project, worth about {n1} million euros, had been opposed by local groups for years.",
            "The construction company said it would appeal within {n2} days.",
            "Environmental campaigners celebrated outside the courthouse.",
            "The Ministry of {domain} said it was studying the ruling.",
            "The judgment runs to more than {n3} pages.",
            "Work on the site had already begun last autumn.",
            "Lawyers for the residents said the ruling set an important precedent.",
            "The appeal is expected to be heard before {date}.",
        ),
        (
            ("leader", "The law applies to large projects exactly as it applies to everyone else."),
            ("minister", "We respect the decision of the court and we will study it carefully."),
            ("mayor", "Our city needs this airport, and we will find a way to build it legally."),
            ("expert", "The ruling shows how weak the environmental assessment was from the start."),
            ("spokesperson", "The company has complied with every rule and will appeal."),
            ("minister", "Nobody is above the rules on the environment."),
        ),
    ),
    Kind(
        "train derailment",
        "Transport",
        "{country} Railways",
        "chief executive",
        ("Passenger train derails near {place}", "{n1} hurt as train leaves the tracks outside {place}"),
        (
            "A passenger train derailed near {place} on {day} evening with about {n2} people on board.",
            "Emergency services said {n1} passengers were taken to hospital.",
            "Three carriages left the tracks on a curve a few kilometres from the station.",
            "The line between {place} and the coast will stay closed for several days.",
            "Investigators recovered the train's data recorder overnight.",
            "The {org} said the track had been renewed {n3} years ago.",
            "Unions have complained for months about staff shortages in maintenance.",
            "The Ministry of {domain} opened an inquiry into the causes of the accident.",
            "Buses were organised to replace trains on the affected section.",
            "Passengers described a sudden jolt followed by screams.",
        ),
        (
            ("leader", "Safety is our first priority, and we will cooperate fully with the investigators."),
            ("minister", "I want to know within days what happened on that curve."),
            ("mayor", "Our hospitals reacted quickly, and I thank every nurse and doctor."),
            ("expert", "Speed on that curve has been a concern for years."),
            ("spokesperson", "It is too early to speak about the causes of the derailment."),
            ("leader", "We will compensate every passenger who was on the train."),
        ),
        n1=(4, 60),
    ),
    Kind(
        "data breach",
        "Digital Affairs",
        "{country} Telecom",
        "chief executive",
        ("Hackers steal data of millions of {country} Telecom customers", "Massive data breach hits {country} Telecom"),
        (
            "The {org} said on {day} that hackers had stolen personal data of about {n1} thousand customers.",
            "The stolen data includes names, addresses and phone numbers, but not passwords.",
            "The company discovered the breach {n2} days ago and informed the regulator.",
            "The Ministry of {domain} summoned the company's managers for a meeting.",
            "The data protection authority opened an investigation into the breach.",
            "Customers were advised to be careful with messages asking for payments.",
            "The company's shares fell by {n3} percent in early trading.",
            "Security researchers said the data was offered for sale on an online forum.",
            "It is the largest breach ever reported in the country.",
            "The company said its network was secure again by {date}.",
        ),
        (
            ("leader", "We apologise to our customers and we are doing everything to protect them."),
            ("minister", "Companies that hold our data must protect it better than this."),
            ("expert", "The attackers were inside the network for weeks before anybody noticed."),
            ("spokesperson", "There is no evidence that payment data was accessed."),
            ("minister", "The fines for such failures must be high enough to hurt."),
            ("mayor", "Many elderly people in our city are worried and need clear advice."),
        ),
    ),
)

#: Background sentences about the story's cast and setting (filled per story).
_BACKGROUND = (
    "The {org} has been at the centre of several disputes in recent years.",
    "{place} is one of the main cities of {country}, with a long industrial history.",
    "{minister} has been {minister_title} since {year}.",
    "{leader_last} took over the {org} in {year}, promising a more open style.",
    "{mayor_last} was re-elected as mayor of {place} in {year} with {pct} percent of the vote.",
    "{expert_last} has published several studies on the subject.",
    "The Ministry of {domain} has {n2} regional offices across {country}.",
    "A public hearing is planned for {date}.",
    "Local newspapers in {place} devoted their front pages to the events on {day}.",
    "The events revived a long debate about public investment in {country}.",
    "Social media users shared images from {place} throughout the day.",
    "Opposition lawmakers in {country} called for {minister_last} to appear before parliament.",
    "{spokesperson} did not answer further questions from reporters.",
    "Critics say the authorities in {place} ignored earlier warnings.",
    "Before entering politics, {minister_last} worked for many years as a lawyer in {place}.",
    "The {org} employs several thousand people, most of them in and around {place}.",
    "{mayor_last} belongs to a different party from the national government, which has complicated cooperation.",
    "The last comparable crisis in {country} dates back to {year}, when the government fell weeks later.",
    "{expert} said in an interview last year that the risks were well known.",
    "The region around {place} has lost population for two decades as young people move to the capital.",
    "Officials in {place} said a full report would be presented to the city council on {date}.",
    "Television channels in {country} interrupted their programmes to broadcast live from {place}.",
    "The Ministry of {domain} published a short statement on its website late on {day}.",
    "{leader_last} is expected to meet {minister_last} in the coming days.",
    "Newspapers in {country} were divided in their judgement of the government's response.",
    "Several foreign embassies in {country} advised their citizens to follow local news.",
)
#: Quotes anyone in a story's cast could give (role, words; filled per story).
_EXTRA_QUOTES = (
    ("mayor", "People in {place} want answers, not promises."),
    ("mayor", "I spoke to many families today, and they are angry and tired."),
    ("minister", "We will publish every figure as soon as it has been checked."),
    ("minister", "This is not the moment for politics, it is the moment for solutions."),
    ("leader", "The {org} has nothing to hide and will cooperate with everyone."),
    ("leader", "We warned about this situation many times, and nobody listened."),
    ("expert", "The real cost will only become visible in a year or two."),
    ("expert", "Other countries faced the same problem and solved it with patience and money."),
    ("spokesperson", "The ministry is in constant contact with the local authorities in {place}."),
    ("spokesperson", "We will give more details at a press conference on {day}."),
    ("mayor", "Our city has been through hard times before, and we will get through this one."),
    ("expert", "The data we have is incomplete, so every estimate should be read with caution."),
)
#: Parts of compositional background sentences: subject, action, object, when.
_SUBJECTS = (
    "The opposition",
    "Several regional leaders",
    "Residents of {place}",
    "Business groups in {country}",
    "Local councillors",
    "Church leaders",
    "A coalition of civic groups",
    "Student organisations",
    "Two former ministers",
    "The ombudsman",
    "Consumer associations",
    "Members of the {org}",
)
_ACTIONS = (
    "called for",
    "criticised",
    "questioned",
    "welcomed",
    "demanded",
    "asked for",
    "expressed concern about",
    "promised to examine",
)
_OBJECTS = (
    "an independent review of the decisions taken",
    "the lack of information from the ministry",
    "the cost of the response",
    "the timetable announced by the government",
    "new rules for the sector",
    "the role of the {org}",
    "the figures published so far",
    "a public debate in {place}",
    "compensation for those affected",
    "the way the crisis was communicated",
)
_WHEN = ("on {day}", "last week", "in a statement", "earlier this year", "in an open letter", "at a press conference in {place}")

_SOURCES = (
    "according to {agency}",
    "{agency} reported",
    "an official who asked not to be named said",
    "sources close to the ministry said",
    "local media reported",
    "according to a statement from the {org}",
    "the {agency} news agency reported, citing officials",
    "according to government sources",
)
_PROMO = (
    "Follow our live coverage of the events here",
    "Sign up for our morning newsletter",
    "Read also: What we know so far",
    "Download our app for breaking news",
    "Share this article",
    "Advertisement",
)

# --------------------------------------------------------------------------
# stories


@dataclass(frozen=True)
class Person:
    name: str
    last: str
    title: str  # "Minister of Transport"
    descriptor: str  # "the minister"
    gender: str  # "f" | "m"


@dataclass
class Story:
    """One invented event and its cast; the facts outlets share."""

    index: int
    kind: Kind
    place: str
    country: str
    org: str
    agency: str
    people: dict[str, Person]
    numbers: tuple[int, int, int]
    day: str
    date: str
    year: int
    pct: int
    facts: list[str] = field(default_factory=list)
    quotes: list[tuple[str, str]] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return f"story-{self.index:04d}-{self.kind.name.replace(' ', '-')}"

    @property
    def title(self) -> str:
        """Unique within a corpus (places are never reused): the sidecar's story key."""
        return f"{self.kind.name.capitalize()} in {self.place}"

    def slots(self) -> dict[str, str]:
        out = {
            "place": self.place,
            "country": self.country,
            "org": self.org,
            "agency": self.agency,
            "domain": self.kind.domain,
            "n1": f"{self.numbers[0]:,}",
            "n2": str(self.numbers[1]),
            "n3": str(self.numbers[2]),
            "day": self.day,
            "date": self.date,
            "year": str(self.year),
            "pct": str(self.pct),
        }
        for role, p in self.people.items():
            out[role] = p.name
            out[f"{role}_last"] = p.last
            out[f"{role}_title"] = p.title
        return out

    def fill(self, template: str) -> str:
        return template.format(**self.slots())


class _Names:
    """Hands out names that are never reused within one corpus."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def _fresh(self, make) -> str:
        for _ in range(200):
            name = make()
            if name not in self.used:
                self.used.add(name)
                return name
        # Pools exhausted (huge corpora): disambiguate with a numeral suffix.
        name = f"{make()} {len(self.used)}"
        self.used.add(name)
        return name

    def person(self) -> tuple[str, str, str]:
        """(full name, surname, gender); surnames stay unique while the pool lasts."""
        gender = self.rng.choice("fm")
        first_pool = _FIRST_F if gender == "f" else _FIRST_M
        for _ in range(100):
            last = self.rng.choice(_LAST_A) + self.rng.choice(_LAST_B)
            if last not in self.used:
                self.used.add(last)
                break
        name = self._fresh(lambda: f"{self.rng.choice(first_pool)} {last}")
        return name, name.split(" ", 1)[1], gender

    def place(self) -> str:
        return self._fresh(lambda: self.rng.choice(_PLACE_A) + self.rng.choice(_PLACE_B))


def make_stories(n_stories: int, *, seed: int = 0) -> list[Story]:
    """``n_stories`` invented events with disjoint casts. Deterministic."""
    rng = random.Random(f"parallax-synth:{seed}:stories")
    names = _Names(rng)
    stories = []
    for i in range(n_stories):
        kind = KINDS[i % len(KINDS)] if i < len(KINDS) else rng.choice(KINDS)
        place = names.place()
        country = rng.choice(_COUNTRIES)
        org = kind.org.format(place=place, country=country)
        people = {}
        roles = {
            "minister": (f"Minister of {kind.domain}", "the minister"),
            "mayor": (f"mayor of {place}", "the mayor"),
            "leader": (f"{kind.leader} of the {org}", f"the {kind.leader}"),
            "expert": (
                rng.choice(("an economist at the University of ", "a researcher at the Institute of Public Policy in ")) + names.place(),
                "the expert",
            ),
            "spokesperson": (f"spokesperson for the Ministry of {kind.domain}", "the spokesperson"),
        }
        for role, (title, descriptor) in roles.items():
            name, last, gender = names.person()
            people[role] = Person(name, last, title, descriptor, gender)
        numbers = (rng.randrange(*kind.n1), rng.randrange(3, 40), rng.randrange(2, 30))
        day = rng.choice(_WEEKDAYS)
        date = f"{rng.randrange(1, 29)} {rng.choice(_MONTHS)}"
        year, pct = rng.randrange(2009, 2025), rng.randrange(38, 71)
        story = Story(i, kind, place, country, org, rng.choice(_AGENCIES), people, numbers, day, date, year, pct)
        story.facts = [story.fill(f) for f in kind.facts]
        story.quotes = list(kind.quotes)
        stories.append(story)
    return stories


# --------------------------------------------------------------------------
# articles


@dataclass
class _Writer:
    """Renders one outlet's article of a story, with its own habits."""

    story: Story
    outlet: str
    lang: str
    rng: random.Random
    marks: tuple[str, str] = ("“", "”")
    mentioned: set[str] = field(default_factory=set)
    last_speaker: str | None = None

    def vary(self, text: str) -> str:
        """Swap words for synonyms, as another translation would."""
        return _SYN_RE.sub(lambda m: self.rng.choice(_SYNONYMS[m.group(1)]) if self.rng.random() < 0.5 else m.group(1), text)

    def who(self, role: str) -> str:
        """How a person is named: full name with title first, then shorter."""
        p = self.story.people[role]
        if role not in self.mentioned:
            self.mentioned.add(role)
            if role != "minister" or self.rng.random() < 0.5:
                return f"{p.name}, {p.title},"
            return f"{p.title[0].upper()}{p.title[1:]} {p.name}"
        return self.rng.choice((p.last, p.last, p.name, p.descriptor))

    def quote(self, role: str, words: str) -> str:
        """A quote with its attribution placed before, after or inside it."""
        p = self.story.people[role]
        o, c = self.marks
        words = self.vary(words)
        verb = self.rng.choice(("said", "said", "told reporters", "warned", "added"))
        body = words.rstrip(".")
        style = self.rng.choice(("before", "after", "after-inverted", "inside", "colon", "pronoun", "descriptor"))
        if style == "pronoun" and self.last_speaker != role:
            style = "after"
        if style == "descriptor" and role not in self.mentioned:
            style = "before"
        self.last_speaker = role
        if style == "before":
            return f"{self.who(role)} {verb}: {o}{words}{c}"
        if style == "after":
            return f"{o}{body},{c} {self.who(role)} {verb}."
        if style == "after-inverted":
            return f"{o}{body},{c} said {self.who(role).rstrip(',')}."
        if style == "colon":
            return f"{self.who(role).rstrip(',')}: {o}{words}{c}"
        if style == "pronoun":
            pron = "she" if p.gender == "f" else "he"
            return f"{o}{body},{c} {pron} {self.rng.choice(('added', 'said', 'continued'))}."
        if style == "descriptor":
            return f"{o}{body},{c} {p.descriptor} {verb}."
        # inside: split the quote at a comma or in the middle of its words
        cut = body.find(", ")
        if cut < 0:
            parts = body.split()
            half = max(1, len(parts) // 2)
            first, rest = " ".join(parts[:half]), " ".join(parts[half:])
        else:
            first, rest = body[:cut], body[cut + 2 :]
        return f"{o}{first},{c} {self.who(role)} {verb}, {o}{rest}.{c}"

    def sourced(self, fact: str) -> str:
        """A fact, sometimes credited to an agency or an unnamed source."""
        fact = self.vary(fact)
        if self.rng.random() > 0.3:
            return fact
        cue = self.story.fill(self.rng.choice(_SOURCES))
        if cue.startswith("according to") and self.rng.random() < 0.5:
            return f"{cue[0].upper()}{cue[1:]}, {fact[0].lower()}{fact[1:]}"
        return f"{fact.rstrip('.')}, {cue}."


def _compose(rng: random.Random) -> str:
    """A background sentence assembled from parts (a template for :meth:`Story.fill`)."""
    return f"{rng.choice(_SUBJECTS)} {rng.choice(_ACTIONS)} {rng.choice(_OBJECTS)} {rng.choice(_WHEN)}."


def _round(text: str, rng: random.Random) -> str:
    """Some outlets round figures: "3,412" becomes "more than 3,000"."""

    def sub(m: re.Match[str]) -> str:
        n = int(re.sub(r"\D", "", m.group(0)))
        if n < 1000 or rng.random() < 0.5:
            return m.group(0)
        return f"more than {n // 1000 * 1000:,}"

    return re.sub(r"\b(?:(?:about|around|some|approximately) )?\d{1,3}(?:,\d{3})+\b", sub, text)


def _glue(sentence: str, rng: random.Random) -> str:
    """Translation damage: two lower-case words run together."""
    gaps = [m.start() for m in re.finditer(r"(?<=[a-z]) (?=[a-z]{3,})", sentence)]
    if not gaps:
        return sentence
    k = rng.choice(gaps)
    return sentence[:k] + sentence[k + 1 :]


def write_article(story: Story, number: int, *, seed: int = 0, words: int = 600) -> tuple[str, str, str, str]:
    """One outlet's article about ``story``: (outlet, language, headline, text).

    ``number`` distinguishes the articles of a story; the result depends only
    on (story, number, seed, words).
    """
    rng = random.Random(f"parallax-synth:{seed}:article:{story.index}:{number}")
    outlet = f"The {rng.choice(_OUTLET_A)} {rng.choice(_OUTLET_B)}"
    lang = rng.choice(_LANGS)
    marks = rng.choice((("“", "”"), ("“", "”"), ('"', '"'), ("«", "»")))
    w = _Writer(story, outlet, lang, rng, marks)
    headline = w.vary(story.fill(rng.choice(story.kind.headlines)))

    lede = rng.choice(story.facts[:2])
    others = [f for f in story.facts if f != lede]
    facts = rng.sample(others, k=max(3, int(len(others) * rng.uniform(0.6, 0.9))))
    quotes = rng.sample(story.quotes, k=max(2, int(len(story.quotes) * rng.uniform(0.5, 0.9))))
    quotes += [(r, story.fill(q)) for r, q in rng.sample(_EXTRA_QUOTES, k=rng.randrange(3, 7))]
    # Lede first, then facts and quotes in an outlet's own order, with
    # background sentences of its own slipped in until the length is reached.
    sentences: list[tuple[str, str]] = [("fact", w.sourced(lede))]
    rest: list[tuple[str, str]] = [("fact", f) for f in facts] + [("quote", f"{r}\0{q}") for r, q in quotes]
    rng.shuffle(rest)
    sentences += rest
    count = sum(len(s.split()) for _, s in sentences) + 8 * len(quotes)
    background = iter(rng.sample(_BACKGROUND, k=len(_BACKGROUND)))
    while count < words:
        b = next(background, None) or _compose(rng)
        sentences.insert(rng.randrange(2, len(sentences) + 1), ("background", b))
        count += len(b.split())

    rendered: list[str] = []
    for k, (kind, s) in enumerate(sentences):
        if kind == "quote":
            role, q = s.split("\0")
            text = w.quote(role, q)
        elif kind == "fact":
            text = s if k == 0 else w.sourced(s)
        else:
            text = story.fill(w.vary(s))
        rendered.append(_round(text, rng))

    # Translation damage, a few per article.
    body = list(range(1, len(rendered)))
    if rng.random() < 0.7:
        for k in rng.sample(body, k=min(len(body), rng.randrange(1, 3))):
            rendered[k] = _glue(rendered[k], rng)
    if rng.random() < 0.3:
        k = rng.choice(body)
        o, c = marks
        if c in rendered[k]:
            rendered[k] = rendered[k].replace(c, o, 1) if o != c else rendered[k].replace(c, "”", 1)
    if rng.random() < 0.25:
        rendered.insert(rng.randrange(2, len(rendered)), rng.choice(_FOREIGN[lang]))
    if rng.random() < 0.2:
        k = rng.choice(body)
        last = rng.choice(list(story.people.values())).last
        rendered[k] = rendered[k].replace(f" {last}", f" {last.lower()}", 1)
    if rng.random() < 0.2:
        k = rng.choice(body[:-1])
        rendered[k] = rendered[k].rstrip() + "\0"  # missing space after the full stop, joined below

    # Paragraphs of one to four sentences.
    paras: list[str] = []
    i = 0
    while i < len(rendered):
        size = 1 if i == 0 else rng.choice((1, 2, 2, 3, 3, 4))
        group = rendered[i : i + size]
        text = ""
        for s in group:
            text += s if not text or text.endswith("\0") else " " + s
        paras.append(text.replace("\0", ""))
        i += size

    lines: list[str] = []
    if rng.random() < 0.3:
        lines.append(rng.choice(_PROMO))
    lines.append(headline)
    lines.extend(paras[: len(paras) // 2])
    if rng.random() < 0.15:
        lines.append(rng.choice(_PROMO))
    lines.extend(paras[len(paras) // 2 :])
    ending = rng.random()
    if ending < 0.4:
        lines.append(f"Source: {outlet}")
    elif ending < 0.6:
        lines.append(f"{headline} – {outlet}")
    sep = "\n" if rng.random() < 0.3 else "\n\n"
    return outlet, lang, headline, sep.join(lines) + "\n"


def _sizes(n_articles: int, n_stories: int, rng: random.Random) -> list[int]:
    """Articles per story: as even as possible, then lightly perturbed."""
    base, extra = divmod(n_articles, n_stories)
    sizes = [base + (1 if i < extra else 0) for i in range(n_stories)]
    for _ in range(n_stories // 2):
        a, b = rng.randrange(n_stories), rng.randrange(n_stories)
        if sizes[a] > 2:
            sizes[a] -= 1
            sizes[b] += 1
    return sizes


def generate(
    n_articles: int, n_stories: int, *, seed: int = 0, words: int = 600, sidecars: float = 0.8
) -> list[tuple[str, str, str | None]]:
    """A corpus of ``n_articles`` in ``n_stories``: [(file name, text, sidecar YAML or None)].

    Deterministic for given arguments; ``sidecars`` is the share of articles
    with a sidecar (title, outlet, story, dates); the others must be inferred.
    """
    if n_articles < 1:
        return []
    n_stories = max(1, min(n_stories, n_articles))
    stories = make_stories(n_stories, seed=seed)
    rng = random.Random(f"parallax-synth:{seed}:corpus")
    out: list[tuple[str, str, str | None]] = []
    index = 0
    for story, size in zip(stories, _sizes(n_articles, n_stories, rng), strict=True):
        for number in range(size):
            outlet, lang, headline, text = write_article(story, number, seed=seed, words=words)
            slug = re.sub(r"[^a-z0-9]+", "-", outlet.lower()).strip("-")
            name = f"{index:05d}_{slug}.txt"
            sidecar = None
            if rng.random() < sidecars:
                meta = {
                    "title": headline,
                    "outlet": outlet,
                    "published": f"2026-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
                    "language": "en",
                    "translated_from": lang,
                    "story": story.title,
                }
                sidecar = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)
            out.append((name, text, sidecar))
            index += 1
    return out


def write_corpus(directory: Path, items: list[tuple[str, str, str | None]]) -> list[Path]:
    """Write generated articles (and sidecars) into ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text, sidecar in items:
        path = directory / name
        path.write_text(text, encoding="utf-8")
        if sidecar is not None:
            path.with_suffix(".yml").write_text(sidecar, encoding="utf-8")
        paths.append(path)
    return paths
