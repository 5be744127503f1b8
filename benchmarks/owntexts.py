"""The project's own benchmark texts: article templates with typed slots, written for claimcheck.

A template is prose with markers ``[[type:slot]]``; an instance fills every slot from small
pools, seeded by its id, so the same id always gives the same text. A marker ending in ``!``
is a site an injector may change ("[[full:P1!]]": this mention of P1 may get another given
name). Rendering records where every marker landed, so an injected edit has an exact span.

Templates with ``trap`` set are hard negatives: consistent by construction, written around
something a careless checker would flag (relatives sharing a surname, one number with two
meanings, a unit conversion, a quoted claim, a plan for the future).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date

__all__ = ["Template", "Rendered", "Marker", "TEMPLATES", "render", "instance_slots",
           "GIVEN_NAMES", "SURNAMES", "NATIONALITIES", "TERM_PAIRS"]

GIVEN_F = ["Alice", "Beatriz", "Clara", "Dorota", "Elena", "Fatima", "Greta", "Helena", "Ingrid",
           "Julia", "Katarina", "Lucia", "Marta", "Nadia", "Olga", "Paula", "Rosa", "Sofia",
           "Teresa", "Ursula", "Vera", "Wanda", "Yasmin", "Zofia"]
GIVEN_M = ["Adrian", "Bruno", "Carlos", "Dmitri", "Emil", "Felix", "Gustav", "Hugo", "Ivan",
           "Jonas", "Karl", "Lorenzo", "Marek", "Nils", "Oscar", "Pavel", "Rafael", "Stefan",
           "Tomas", "Viktor", "Walter", "Xavier", "Yusuf", "Zoran"]
GIVEN_NAMES = GIVEN_F + GIVEN_M
SURNAMES = ["Albrecht", "Brannigan", "Castellano", "Drozdov", "Eriksen", "Falkenberg",
            "Gallardo", "Halvorsen", "Iglesias", "Jankowski", "Kowalczyk", "Lindqvist",
            "Moreau", "Nakamura", "Okonkwo", "Petrescu", "Quintero", "Rasmussen", "Szabo",
            "Tavares", "Underwood", "Valdivia", "Wojcik", "Yamamoto", "Zielinski", "Baptiste",
            "Carvalho", "Dimitrov", "Esposito", "Fontaine", "Grimaldi", "Horvath"]
NATIONALITIES = ["Portuguese", "Norwegian", "Chilean", "Polish", "Hungarian", "Canadian",
                 "Kenyan", "Danish", "Mexican", "Austrian", "Greek", "Irish"]
# one term, two spellings: the first is used throughout, the second is the injected variant
TERM_PAIRS = [("adviser", "advisor"), ("e-mail", "email"), ("website", "web site"),
              ("healthcare", "health care"), ("ceasefire", "cease-fire"),
              ("co-operation", "cooperation"), ("toolkit", "tool kit"), ("wildfire", "wild fire")]
# a statement and an incompatible version of it (same event, other certainty or polarity)
MODAL_PAIRS = [("had announced plans for", "was rumoured to be planning"), ("confirmed", "denied making"),
               ("unveiled", "was reportedly considering")]
NEGATION_PAIRS = [("approved", "did not approve"), ("backed", "did not back"), ("cleared", "did not clear")]
# facts the shipped sources/ state (clean value) and a value they contradict (injected)
SOURCE_FACTS = {"ISSALT": ("400 km", "600 km"), "KFLIGHTS": ("four", "six"), "KLONG": ("340 days", "410 days")}
TOWNS = ["Riverside", "Millbrook", "Eastwick", "Oakhaven", "Stonebridge", "Kelham", "Ashford Vale",
         "Northmoor", "Brackley Cross", "Wenlow"]
FIRMS = ["Corvane", "Helixa", "Tarrow Foods", "Orbiton", "Brightwell Energy", "Nuvola Labs",
         "Castlegate Rail", "Pemberly Steel"]
ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 10: "tenth", 20: "20th",
            25: "25th", 30: "30th", 40: "40th", 50: "50th", 60: "60th", 70: "70th", 75: "75th",
            80: "80th", 90: "90th", 100: "100th"}


@dataclass(frozen=True)
class Template:
    id: str
    text: str
    trap: str | None = None  # a hard negative: what it tempts a checker to flag
    note: str = ""


@dataclass(frozen=True)
class Marker:
    """Where one marker landed in the rendered text."""

    type: str
    slot: str
    start: int
    end: int
    site: bool  # marked "!": an injector may change it


@dataclass
class Rendered:
    text: str
    markers: list[Marker] = field(default_factory=list)
    article_date: date | None = None


_MARKER = re.compile(r"\[\[(\w+):(\w+)(!?)\]\]")


# --------------------------------------------------------------------------- slot values


def instance_slots(template: Template, seed: str) -> dict:
    """Every slot value of one instance, drawn from the pools with a seeded generator."""
    rng = random.Random(seed)
    names = _MARKER.findall(template.text)
    slots: dict = {"_date": date(rng.randint(2021, 2025), rng.randint(1, 12), rng.randint(1, 28))}
    surnames = rng.sample(SURNAMES, len(SURNAMES))
    givens = rng.sample(GIVEN_NAMES, len(GIVEN_NAMES))
    year = slots["_date"].year
    for kind, slot, _ in names:
        if slot in slots:
            continue
        if kind == "src":
            slots[slot] = SOURCE_FACTS[slot]
        elif slot.startswith("P"):  # a person; P2s shares P2's surname (relatives)
            base = slot.rstrip("s")
            surname = slots[base]["surname"] if slot.endswith("s") and base in slots else surnames.pop()
            slots[slot] = {"given": givens.pop(), "surname": surname,
                           "age": rng.randint(31, 72), "nat": rng.choice(NATIONALITIES)}
        elif slot.startswith("M"):
            slots[slot] = rng.choice([4, 6, 8, 12, 15, 18, 24, 35, 40, 65])
        elif slot.startswith("Q"):  # counts: distinct within one instance
            used = {v for k, v in slots.items() if k.startswith("Q")}
            slots[slot] = rng.choice([v for v in (120, 240, 300, 450, 600, 850, 1200, 1500) if v not in used])
        elif slot.startswith("D"):
            slots[slot] = rng.choice([12, 18, 25, 40, 55, 80])
        elif slot.startswith("Y"):
            slots[slot] = year - rng.choice([4, 6, 9, 12, 15, 20, 25, 30, 40, 50, 75])
        elif slot.startswith("A"):
            slots[slot] = rng.choice([380, 400, 410, 420])
        elif slot.startswith("S"):
            slots[slot] = rng.choice([1400, 1900, 2100, 2400])
        elif slot.startswith("T"):
            slots[slot] = rng.choice(TERM_PAIRS)
        elif slot.startswith("F"):  # firms and towns: distinct within one instance
            slots[slot] = rng.choice([f for f in FIRMS if f not in slots.values()])
        elif slot.startswith("W"):
            slots[slot] = rng.choice([t for t in TOWNS if t not in slots.values()])
        elif slot.startswith("N"):
            slots[slot] = rng.choice(NATIONALITIES)
        elif slot.startswith("E"):
            slots[slot] = rng.choice(MODAL_PAIRS if kind == "modal" else NEGATION_PAIRS)
        elif slot.startswith("X"):
            slots[slot] = rng.choice(["the second", "the third", "the latest"])
        else:
            slots[slot] = None
    return slots


def _ago(years: int) -> str:
    words = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
             9: "nine", 10: "ten", 12: "twelve", 15: "fifteen", 20: "twenty"}
    return f"{words.get(years, str(years))} years ago"


def _ordinal(n: int) -> str:
    if n in ORDINALS:
        return ORDINALS[n]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def value_of(kind: str, slot: str, slots: dict) -> str:
    """The clean rendering of one marker."""
    v = slots[slot]
    year = slots["_date"].year
    if kind == "full":
        return f"{v['given']} {v['surname']}"
    if kind == "given":
        return v["given"]
    if kind == "sur":
        return v["surname"]
    if kind == "age":
        return str(v["age"])
    if kind == "born":
        return str(year - v["age"])
    if kind == "nat":
        return v["nat"] if isinstance(v, dict) else v
    if kind == "money":
        return f"£{v}m"
    if kind == "count":
        return f"{v:,}"
    if kind == "km":
        return f"{v} km"
    if kind == "miles":
        return f"{round(v / 1.609344)} miles"
    if kind == "year":
        return str(v)
    if kind == "ago":
        return _ago(year - v)
    if kind == "anniv":
        return _ordinal(year - v)
    if kind == "alt":
        return f"about {v} km"
    if kind == "speed":
        return f"{v:,} km/h"
    if kind in ("term", "modal", "neg", "src"):
        return v[0]
    if kind == "first":
        return v
    if kind in ("firm", "town"):
        return v
    raise KeyError(f"unknown marker type {kind!r}")


def render(template: Template, slots: dict, override: dict[int, str] | None = None) -> Rendered:
    """Fill a template; ``override`` replaces the rendering of marker number i."""
    override = override or {}
    out: list[str] = []
    markers: list[Marker] = []
    pos = 0
    length = 0
    for i, m in enumerate(_MARKER.finditer(template.text)):
        literal = template.text[pos:m.start()]
        out.append(literal)
        length += len(literal)
        value = override.get(i, value_of(m.group(1), m.group(2), slots))
        markers.append(Marker(m.group(1), m.group(2), length, length + len(value), bool(m.group(3))))
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template.text[pos:])
    return Rendered("".join(out), markers, slots["_date"])


# --------------------------------------------------------------------------- templates
# Injectable articles: consistent as written; "!" marks where an injector may plant an error.

_T = Template
TEMPLATES: list[Template] = [
    _T("flood-scheme", """[[town:W1]] council backs [[money:M1]] flood walls

[[town:W1]] council has approved a [[money:M1]] scheme to protect the town centre from the river.
The plan was first tabled in [[year:Y1]], after a winter of repeated flooding.

The design is the work of [[full:P1]], the council's head of engineering. [[sur:P1]] told the
meeting that the walls would shield about [[count:Q1]] homes and the high street.

"People have waited long enough," said [[full:P2]], who chairs the planning committee. The
committee's [[term:T1]] on flooding said the walls were the cheapest option on the table.

The first version of the plan was tabled [[ago:Y1!]]. Work starts in the spring.
[[full:P1!]] said the [[money:M1!]] bill would be shared with the regional water board, and the
[[term:T1!]] will report on progress every quarter. The scheme protects [[count:Q1!]] homes.
"""),
    _T("factory-jobs", """[[firm:F1]] to open plant in [[town:W2]]

The manufacturer [[firm:F1]] will open a battery plant in [[town:W2]], creating [[count:Q1]] jobs.
The company's chief executive, [[full:P1]], said the [[money:M1]] site would be running by the
end of next year.

[[full:P1]], a [[nat:P1]] engineer by training, has led [[firm:F1]] since [[year:Y1]]. [[sur:P1]]
said the town had won against two rival sites in the north.

Local MP [[full:P2]] welcomed the news. "These [[count:Q1]] jobs will change lives here," [[sur:P2]]
said in a statement sent by [[term:T1]].

The [[nat:P1!]] executive [[full:P1!]] said construction would cost [[money:M1!]], paid from the
firm's own reserves. Staff will be hired through the company [[term:T1!]] from the autumn,
and the firm said it still expects to fill [[count:Q1!]] posts.
"""),
    _T("space-doc", """A documentary crew prepares for orbit

The documentary will be filmed aboard a station orbiting [[alt:A1!]] above the Earth, its makers
said. Director [[full:P1]] will spend twelve days in orbit with one camera operator.

[[full:P1]], [[age:P1]], has made [[count:Q1]] short films about aviation. [[sur:P1]], who was born in
[[born:P1!]], trained for six months at a centre near [[town:W1]].

Producer [[full:P2]] said the project cost [[money:M1]]. "Nobody has filmed a sunrise like this,"
[[sur:P2]] said.

Once in orbit, the crew will film for twenty minutes a day. [[full:P2!]] said the
[[money:M1!]] budget also covers a training flight, and [[full:P1!]] will edit the film on the
ground.
"""),
    _T("museum-anniversary", """[[town:W1]] museum marks its [[anniv:Y1!]] anniversary

The [[town:W1]] Railway Museum, which opened in [[year:Y1]], celebrates its [[anniv:Y1]]
anniversary this week with a steam gala.

Curator [[full:P1]] said [[count:Q1]] visitors were expected over the weekend. [[sur:P1]] has run the
museum for a decade and restored its oldest engine, built in [[town:W2]].

"When the doors first opened [[ago:Y1]], there were three engines," [[sur:P1]] said. The collection
now holds forty.

Volunteer [[full:P2]], who was born in [[born:P2]], has worked at the museum since it opened.
[[full:P2!]], now [[age:P2]], drives the gala train. [[full:P1!]] thanked the volunteers, and the
museum said it expected [[count:Q1!]] visitors.
"""),
    _T("jet-trial", """Test jet breaks the sound barrier

A prototype airliner flew faster than sound for the first time on Tuesday, reaching
[[speed:S1!]] over the sea, its maker [[firm:F1]] said.

Test pilot [[full:P1]] held the supersonic speed for eleven minutes at [[km:D1]] above the coast.
[[sur:P1]] said the cabin stayed quiet.

The programme has cost [[money:M1]] so far. [[firm:F1]]'s chief engineer, [[full:P2]], said the
[[money:M1!]] programme would move to passenger trials next year.

[[full:P1!]], a [[nat:P1]] former air force pilot, will fly the next trial from [[town:W1]].
"""),
    _T("studio-sequel", """Studio [[firm:F1]] plans a sequel

The studio [[firm:F1]] announced a sequel to its hit comedy on Monday. Director [[full:P1]] will
return, and filming begins in [[town:W1]] in the autumn.

[[full:P1]], a [[nat:P1]] filmmaker, said the script was finished. The first film earned
[[money:M1]] in cinemas.

Producer [[full:P2]] said the sequel was the studio's biggest project. The [[nat:P1!]] director
[[full:P1!]] said the cast would return.

[[sur:P2]] said the [[money:M1!]] taking of the first film had paid for the new sound stage.
"""),
    _T("hospital-wing", """New hospital wing opens in [[town:W1]]

A [[money:M1]] wing for children has opened at [[town:W1]] General Hospital, [[ago:Y1]] after the
appeal began in [[year:Y1]].

The wing has [[count:Q1]] beds. Hospital chief [[full:P1]] said the [[term:T1]] team had worked with
families on the design.

[[full:P2]], [[age:P2]], a nurse who led the appeal, cut the ribbon. [[sur:P2]] said donors had given
more than half of the money.

[[full:P1!]] said the [[count:Q1!]] beds would ease pressure on the main building, and the
[[term:T1!]] board will review the wing after a year. The appeal, launched in [[year:Y1!]], is now
closed.
"""),
    _T("bridge-vote", """[[town:W1]] votes on [[km:D1]] bypass

Councillors in [[town:W1]] will vote on Thursday on a [[km:D1]] bypass that would take lorries
out of the town centre.

The route was drawn by [[full:P1]], a transport planner. [[sur:P1]] said the road would cost
[[money:M1]] and cut journey times by a third.

Opposition leader [[full:P2]] called the cost too high. [[sur:P2]] wants the [[money:M1]] spent on buses.

[[full:P2!]] said the [[km:D1!]] road would cut through farmland, while [[full:P1!]] said the
route avoided every village. A final decision on the [[money:M1!]] plan is due in May.
"""),
    _T("polar-documentary", """[[firm:F1]] heads for the ice

The studio [[firm:F1]] [[modal:E1]] a documentary about polar research stations, its director
[[full:P1]] said on Tuesday. [[full:P1]], a [[nat:P1]] filmmaker, spent two winters in the Arctic.

The festival board in [[town:W1]] [[neg:E2]] the screening of the film in October. Its programme
director, [[full:P2]], said tickets would go on sale in May.

In [[year:Y1]], [[firm:F2]] made the first documentary filmed inside a glacier. The new film will be
[[first:X1!]] documentary filmed inside a glacier, [[sur:P1]] said.

Later, [[firm:F1]] [[modal:E1!]] a documentary about polar research stations. The festival
board [[neg:E2!]] the screening of the film in October, [[sur:P2]] said, and the [[nat:P1!]]
director [[full:P1!]] will attend.
"""),
    _T("rail-link", """[[town:W1]] rail link gets the green light

Ministers [[neg:E2]] the [[money:M1]] rail link between [[town:W1]] and [[town:W2]] on Wednesday.
The line was designed by [[full:P1]], a [[nat:P1]] engineer who also built the tunnel at
[[town:W2]].

The operator [[firm:F1]] [[modal:E1]] a fleet of battery trains for the route. Its chief
executive, [[full:P2]], said [[firm:F1]] would be [[first:X1!]] operator in the country to run
battery trains on a main line; [[firm:F2]] was the first operator in the country to run battery
trains on a main line, in [[year:Y1]].

[[sur:P1]] said the line would open within five years. Ministers [[neg:E2!]] the [[money:M1!]]
rail link after a long review, and [[firm:F1]] [[modal:E1!]] a fleet of battery trains.
The [[nat:P1!]] engineer [[full:P1!]] will oversee the work.
"""),
    _T("station-milestone", """Space station exhibition opens in [[town:W1]]

The International Space Station, which orbits about [[src:ISSALT!]] above the Earth, is the subject
of a new exhibition at the [[town:W1]] science museum, opening on Saturday.

Among the station's best-known residents is the retired NASA astronaut Scott Kelly, a veteran of
[[src:KFLIGHTS!]] space flights. Kelly's longest mission lasted [[src:KLONG!]], much of it spent on
experiments about the human body.

The exhibition was put together by [[full:P1]], the museum's curator. [[sur:P1]] said a model of the
station had taken [[count:Q1]] hours to build, and that [[full:P2]] of [[firm:F1]] lent the panels.
[[full:P1!]] expects large crowds in the first week.
"""),
    _T("merger-review", """Regulator clears [[firm:F1]] merger

The competition regulator [[neg:E2]] the [[money:M1]] merger of [[firm:F1]] and [[firm:F2]] on
Friday, ending a review that lasted eight months.

[[firm:F1]] [[modal:E1]] a new budget airline at the same time. Its chief executive, [[full:P1]],
said the airline would fly from [[town:W1]] next summer. [[full:P1]] founded the company in [[year:Y1]].

Analysts said the deal made [[firm:F1]] the largest carrier in the region. In [[year:Y2]],
[[firm:F2]] became the first airline in the region to fly electric aircraft. [[firm:F1]] was
[[first:X1!]] airline in the region to fly electric aircraft, [[sur:P1]] said.

[[sur:P1]] said the regulator [[neg:E2!]] the merger on Friday. [[firm:F1]] [[modal:E1!]]
the new airline, and [[full:P1!]] will chair it. The [[money:M1!]] deal closes in June.
"""),
]

# Hard negatives: consistent articles written around a trap. Nothing here is an error.
HARD_NEGATIVES: list[Template] = [
    _T("siblings-named", """Sisters share the podium

[[full:P1]] won the downhill race on Saturday, a tenth of a second ahead of her sister
[[full:P1s]]. The [[sur:P1]] sisters have trained together since childhood in [[town:W1]].

"We push each other every day," said [[full:P1s]], the younger of the two. [[full:P1]] said
she would rest before the next race.
""", trap="relatives sharing a surname"),
    _T("father-son", """Family firm changes hands

[[full:P1]] has handed the family bakery in [[town:W1]] to his son, [[full:P1s]], after
forty years at the ovens.

[[full:P1s]] said little would change. His father, [[full:P1]], will still bake on Saturdays,
the family said.
""", trap="relatives sharing a surname"),
    _T("couple", """Couple open a bookshop

Husband and wife [[full:P1]] and [[full:P1s]] have opened a bookshop in [[town:W1]]. [[full:P1s]]
runs the café at the back, and [[full:P1]] chooses the books.

The couple spent [[money:M1]] on the building. [[full:P1s]] said the first week had been busy.
""", trap="relatives sharing a surname"),
    _T("same-number-two-things", """Two projects, one price

The new library in [[town:W1]] cost [[money:M1]]. Across the river, the sports hall also cost
[[money:M1]], the council said.

The library has [[count:Q1]] seats, while the sports hall can hold [[count:Q2]] spectators.
Council leader [[full:P1]] said both buildings came in on budget.
""", trap="the same number with two meanings"),
    _T("two-figures-two-things", """Rail firm reports results

[[firm:F1]] made a profit of [[money:M1]] last year, while its freight arm lost £3m.
The group carried [[count:Q1]] passengers a day, up from [[count:Q2]] a year earlier.

Chief executive [[full:P1]] said ticket sales rose by a fifth. [[sur:P1]] said a £2m upgrade of
the signalling would follow.
""", trap="different figures for different things"),
    _T("unit-conversion", """A balloon reaches the stratosphere

A research balloon launched from [[town:W1]] climbed to [[km:D1]] ([[miles:D1]]) before its
instruments switched off, the team said.

At [[miles:D1]] up, the air is a hundredth as thick as at sea level. Team leader [[full:P1]] said
the flight reached [[km:D1]], as planned.
""", trap="a legitimate unit conversion"),
    _T("quoted-claim", """Rival disputes deal value

[[firm:F1]] said on Monday that it had sold its shipping unit for [[money:M1]].

A rival bidder, [[full:P1]], claimed the unit had been worth "at least £90m" and said the sale was
rushed. [[firm:F1]] rejected that view. [[sur:P1]] did not say how the figure was reached.
""", trap="a quoted claim"),
    _T("future-plan", """Port expansion planned

[[town:W1]] port plans to handle [[count:Q1]] ships a year by 2030, up from [[count:Q2]] today, its
director [[full:P1]] said.

The expansion was first proposed in [[year:Y1]]. [[full:P1]] said the harbour would need dredging
first, and that the plan could still change.
""", trap="a plan for the future"),
    _T("hedged-figures", """Crowds gather for the marathon

About [[count:Q1]] runners took part in the [[town:W1]] marathon on Sunday, organisers said.
Race director [[full:P1]] said more than [[count:Q2]] people had registered, though not all started.

The winner, [[full:P2]], finished in just over two hours. [[sur:P2]], [[age:P2]], said the course
was the fastest in the country.
""", trap="hedged figures"),
]
