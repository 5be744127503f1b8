"""engine/kinds/name_variants.py with hand-built FactSheets: no model needed."""

from claimcheck.engine.kinds.name_variants import NameVariants, same_given_name
from claimcheck.facts import FactSheet, Mention, Span


def span(text: str, start: int, line: int = 1) -> Span:
    return Span(start=start, end=start + len(text), line=line, column=start + 1, text=text)


def person(i: int, text: str, start: int, *, given=None, surname=None, titles=(), cue=None,
           coordinated=(), line=1, sentence=None, middle=()) -> Mention:
    return Mention(index=i, span=span(text, start, line), label="PERSON", name=text, given=given,
                   surname=surname, titles=list(titles), relative_cue=cue, middle=list(middle),
                   coordinated_with=list(coordinated), sentence=i if sentence is None else sentence)


def rule(**kw) -> NameVariants:
    return NameVariants(id="names/name-variants", message="{names}", **kw)


def sheet(*mentions: Mention) -> FactSheet:
    return FactSheet(path="t", mentions=list(mentions))


def test_two_given_names_for_one_surname_conflict():
    hits = list(rule().check(sheet(
        person(0, "Andrea Iervolino", 0, given="Andrea", surname="Iervolino"),
        person(1, "Iervolino", 40, surname="Iervolino", line=2),
        person(2, "Domenico Iervolino", 80, given="Domenico", surname="Iervolino", line=3),
    )))
    assert len(hits) == 1
    assert [s.text for s in hits[0].evidence] == ["Andrea Iervolino", "Domenico Iervolino"]
    assert "1 mention(s) of \"Iervolino\" alone (line 2)" in hits[0].explanation
    assert hits[0].values["names"] == "Andrea Iervolino / Domenico Iervolino"


def test_relatives_are_not_a_conflict():
    hits = list(rule().check(sheet(
        person(0, "Scott Kelly", 0, given="Scott", surname="Kelly"),
        person(1, "Mark Kelly", 40, given="Mark", surname="Kelly", cue="brother"),
    )))
    assert hits == []


def test_coordinated_names_are_not_a_conflict():
    hits = list(rule().check(sheet(
        person(0, "Anna Novak", 0, given="Anna", surname="Novak", coordinated=[1]),
        person(1, "Petra Novak", 15, given="Petra", surname="Novak", coordinated=[0]),
    )))
    assert hits == []


def test_different_gendered_honorifics_are_two_people():
    hits = list(rule().check(sheet(
        person(0, "Tony Blair", 0, given="Tony", surname="Blair", titles=["mr"]),
        person(1, "Cherie Blair", 40, given="Cherie", surname="Blair", titles=["mrs"]),
    )))
    assert hits == []


def test_two_consistently_repeated_names_are_two_people():
    ms = [person(i, n, i * 20, given=n.split()[0], surname="Ferro")
          for i, n in enumerate(["Andrea Ferro", "Domenico Ferro", "Andrea Ferro", "Domenico Ferro"])]
    assert list(rule().check(sheet(*ms))) == []
    assert len(list(rule(repeated_names_are_distinct=False).check(sheet(*ms)))) == 1


def test_initials_and_diminutives_are_the_same_name():
    assert same_given_name("J.", "John")
    assert same_given_name("Tom", "Thomas")
    assert same_given_name("Bill", "William")
    assert same_given_name("Jean-Pierre", "Jean")
    assert not same_given_name("Andrea", "Domenico")
    hits = list(rule().check(sheet(
        person(0, "J. Smith", 0, given="J.", surname="Smith"),
        person(1, "John Smith", 20, given="John", surname="Smith"),
    )))
    assert hits == []


def test_surname_spelt_two_ways():
    hits = list(rule().check(sheet(
        person(0, "Klim Shipenko", 0, given="Klim", surname="Shipenko"),
        person(1, "Shipenko", 30, surname="Shipenko"),
        person(2, "Shipenco", 60, surname="Shipenco", line=4),
    )))
    assert len(hits) == 1
    assert "\"Shipenco\" (line 4) looks like a misspelling of \"Shipenko\"" in hits[0].explanation
    assert {s.text for s in hits[0].evidence} == {"Klim Shipenko", "Shipenko", "Shipenco"}


def test_similar_surnames_of_different_people_are_not_a_spelling_conflict():
    hits = list(rule().check(sheet(
        person(0, "John Smithson", 0, given="John", surname="Smithson"),
        person(1, "Jane Smithsen", 30, given="Jane", surname="Smithsen"),
    )))
    assert hits == []


def test_spelling_check_can_be_turned_off():
    ms = (person(0, "Klim Shipenko", 0, given="Klim", surname="Shipenko"),
          person(1, "Klim Shipenco", 30, given="Klim", surname="Shipenco"))
    assert len(list(rule().check(sheet(*ms)))) == 1
    assert list(rule(check_spelling=False).check(sheet(*ms))) == []


def test_two_names_in_one_paragraph_are_two_people():
    hits = list(rule().check(sheet(
        person(0, "Mukesh Ambani", 0, given="Mukesh", surname="Ambani", sentence=3),
        person(1, "Dhirubhai Ambani", 30, given="Dhirubhai", surname="Ambani", sentence=3),
    )))
    assert hits == []


def test_given_names_of_different_gender_are_two_people():
    ms = (person(0, "Ozzy Osbourne", 0, given="Ozzy", surname="Osbourne"),
          person(1, "Sharon Osbourne", 40, given="Sharon", surname="Osbourne"))
    assert list(rule().check(sheet(*ms))) == []


def test_common_surnames_are_shared_unless_configured():
    ms = (person(0, "Ali Smith", 0, given="Ali", surname="Smith"),
          person(1, "Zadie Smith", 40, given="Zadie", surname="Smith"))
    assert list(rule().check(sheet(*ms))) == []
    assert len(list(rule(common_surnames_are_shared=False).check(sheet(*ms)))) == 1


def test_middle_name_used_as_first_name_is_one_person():
    ms = (person(0, "Hans Christian Andersen", 0, given="Hans", middle=["Christian"], surname="Andersen"),
          person(1, "Christian Andersen", 40, given="Christian", surname="Andersen"))
    assert list(rule().check(sheet(*ms))) == []


def test_one_added_letter_or_plural_is_not_a_misspelling():
    for a, b in (("Hoffman", "Hoffmann"), ("Beatle", "Beatles"), ("Rogers", "Rodgers")):
        ms = (person(0, f"Ann {a}", 0, given="Ann", surname=a), person(1, b, 40, surname=b))
        assert list(rule().check(sheet(*ms))) == [], (a, b)


def test_spelling_needs_a_full_name_anchor():
    ms = (person(0, "Shipenko", 0, surname="Shipenko"), person(1, "Shipenco", 40, surname="Shipenco"))
    assert list(rule().check(sheet(*ms))) == []
