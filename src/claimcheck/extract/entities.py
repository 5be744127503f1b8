"""Person and organisation mentions, parsed into name parts and grouped into entities.

The model's labels are corrected where news trips it up: a surname already seen in a
full PERSON name is a PERSON wherever it stands alone (the sm model tags the bare
"Iervolino" GPE), and a two-word proper name coordinated with a PERSON is a PERSON.
Relatives are marked from cue words near a mention ("his brother", "the Williams
sisters"), so a kind can tell two people from one person written two ways.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ..facts import Entity, Mention, trusted
from .context import ExtractContext
from .namelists import DEMONYMS, ORG_WORDS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from ..nlp import Chunk
    from .claim_tokens import ChunkView

__all__ = ["extract_entities", "parse_name", "name_key", "ParsedName", "RELATIVE_CUES",
           "same_person_spelling"]

NAME_LABELS = ("PERSON", "ORG")
RELABEL_FROM = ("GPE", "ORG", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART")

HONORIFICS = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lady", "lord",
    "rev", "reverend", "fr", "father", "sister", "brother", "st", "saint", "king", "queen",
    "prince", "princess", "duke", "duchess", "baroness", "baron", "count", "countess",
    "president", "chancellor", "minister", "premier", "senator", "sen", "rep", "governor",
    "gov", "mayor", "judge", "justice", "general", "gen", "colonel", "col", "captain", "capt",
    "lieutenant", "lt", "sergeant", "sgt", "admiral", "commander", "coach", "chairman",
    "chairwoman", "chief", "secretary", "officer", "inspector", "detective", "det", "supt",
    "superintendent", "pope", "cardinal", "bishop", "archbishop", "rabbi", "imam", "sheikh",
    "ayatollah", "emir", "sultan", "agent", "deputy", "ambassador", "speaker", "leader",
    "director", "producer", "filmmaker", "astronaut", "cosmonaut", "actor", "actress",
    "singer", "striker", "midfielder", "defender", "goalkeeper", "manager", "boss", "star",
    "rapper", "veteran", "retired", "former", "late", "nasa", "uk", "us",
}
GENDERED_HONORIFICS = {
    "mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "duke": "m", "baron": "m",
    "count": "m", "father": "m", "brother": "m", "chairman": "m", "actor": "m",
    "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f", "queen": "f", "princess": "f",
    "duchess": "f", "baroness": "f", "countess": "f", "sister": "f", "chairwoman": "f",
    "actress": "f",
}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "junior", "senior", "qc", "mp", "obe", "mbe", "cbe", "phd"}
PARTICLES = {"de", "da", "di", "del", "della", "van", "von", "der", "den", "le", "la", "du",
             "bin", "ibn", "al", "el", "dos", "das", "ter", "ten", "mac", "st", "y"}
RELATIVE_CUES = {
    "brother", "brothers", "sister", "sisters", "sibling", "siblings", "wife", "husband",
    "son", "sons", "daughter", "daughters", "father", "mother", "parent", "parents", "dad",
    "mum", "mom", "family", "families", "twin", "twins", "cousin", "cousins", "uncle", "aunt",
    "nephew", "niece", "grandson", "granddaughter", "grandfather", "grandmother", "grandchild",
    "grandchildren", "widow", "widower", "spouse", "fiancee", "fiancée", "fiance", "fiancé",
    "née", "nee", "stepson", "stepdaughter", "stepfather", "stepmother", "couple", "relative",
    "relatives", "dynasty", "clan", "children", "child", "kids", "ex-wife", "ex-husband",
    "husband-and-wife", "father-in-law", "mother-in-law", "son-in-law", "daughter-in-law",
    "brother-in-law", "sister-in-law", "girlfriend", "boyfriend", "partner", "married",
    "marry", "marriage", "divorce", "divorced", "heir", "descendant", "granddad", "grandma",
}
RELATIVE_WINDOW = 8  # tokens either side of a mention


@dataclass
class ParsedName:
    name: str
    given: str | None = None
    middle: list[str] = field(default_factory=list)
    surname: str | None = None
    titles: list[str] = field(default_factory=list)


@lru_cache(maxsize=16384)  # called for every token of every name, on few distinct strings
def fold(text: str) -> str:
    """Case- and accent-insensitive form of a name part."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip(".")


def name_key(part: str | None) -> str:
    return fold(part or "")


def is_initial(part: str | None) -> bool:
    """"J.", "J", "J.R." are initials."""
    if not part:
        return False
    letters = part.replace(".", "").replace("-", "")
    return 0 < len(letters) <= 2 and letters.isupper() or (len(part) <= 3 and part.endswith("."))


def parse_name(words: list[str]) -> ParsedName:
    """Split the words of a name into titles, given name, middle names and surname.

    words (list[str]): the tokens of the name as written, e.g. ["Dr", "Scott", "J.", "Kelly"].
    RETURNS (ParsedName): the parts; a single word counts as a surname.
    """
    words = [w for w in words if w.strip() and w not in {"'s", "’s", "'", "’", ","}]
    titles: list[str] = []
    while len(words) > 1 and fold(words[0]) in HONORIFICS:
        titles.append(fold(words.pop(0)))
    while len(words) > 1 and fold(words[-1]).replace(".", "") in SUFFIXES:
        words.pop()
    name = " ".join(words)
    if not words:
        return ParsedName(name=name, titles=titles)
    if len(words) == 1 or fold(words[0]) in PARTICLES:
        # one word, or "Van Gisbergen" / "de Gaulle": all of it is the surname
        return ParsedName(name=name, surname=name, titles=titles)
    # surname with particles: "Ludwig van Beethoven" → "van Beethoven"
    i = len(words) - 1
    while i > 1 and fold(words[i - 1]) in PARTICLES:
        i -= 1
    surname = " ".join(words[i:])
    return ParsedName(name=name, given=words[0], middle=words[1:i], surname=surname, titles=titles)


def same_person_spelling(a: str, b: str) -> bool:
    """True when two surnames look like one name spelt two ways ("Shipenko"/"Shipenco")."""
    ka, kb = name_key(a), name_key(b)
    if ka == kb or min(len(ka), len(kb)) < 5 or ka[0] != kb[0]:
        return False
    from rapidfuzz import fuzz  # imported on use: rule kinds import this module, and `rules list` need not load it

    return fuzz.ratio(ka, kb) >= 80


# --------------------------------------------------------------------------- extraction


@dataclass
class _Raw:
    chunk_index: int
    chunk: "Chunk"
    start: int  # token indexes in the chunk doc
    end: int
    label: str
    model_label: str


def extract_entities(ctx: ExtractContext) -> tuple[list[Mention], list[Entity]]:
    """Find PERSON/ORG mentions, parse names, mark relatives, and group them into entities."""
    raws = _collect(ctx)
    mentions = [_mention(ctx, i, raw) for i, raw in enumerate(raws)]
    _mark_coordination(raws, mentions)
    entities = _group(mentions)
    return mentions, entities


def _trim(span: "SpacySpan", view: "ChunkView") -> tuple[int, int]:
    """Drop leading determiners and titles and a trailing possessive from an entity span
    (its words read from the chunk's columns).

    For PERSON spans, titles ("Producer Andrea Iervolino") stay outside the mention's span;
    the name parser still records them from the words before the name.
    """
    start, end = span.start, span.end
    lower, text, tag = view.lower_, view.text, view.tag_
    while start < end and lower[start] in {"the", "a", "an"}:
        start += 1
    if span.label_ == "PERSON":
        while end - start > 1 and fold(text[start]) in HONORIFICS:
            start += 1
    while end > start and (tag[end - 1] == "POS" or text[end - 1] in {"'s", "’s", "'", "’"}):
        end -= 1
    return start, end


def _collect(ctx: ExtractContext) -> list[_Raw]:
    """Entity spans worth tracking, with the model's labels corrected."""
    raws: list[_Raw] = []
    surnames: set[str] = set()
    # pass 1: PERSON/ORG spans as the model gives them; learn surnames of full names
    for ci, chunk in ctx.iter_chunks():
        view = ctx.view(ci)
        for ent in ctx.ents(ci):
            start, end = _trim(ent, view)
            if end <= start:
                continue
            label = ent.label_
            words = ctx.view(ci).text[start:end]
            if label == "PERSON":
                parsed = parse_name(words)
                if parsed.given and parsed.surname:
                    surnames.add(name_key(parsed.surname))
            raws.append(_Raw(ci, chunk, start, end, label, label))
    # pass 2: a person coordinated with a PERSON ("cosmonauts Yuliya Peresild and Anton
    # Shkaplerov") and bare known surnames under other labels become PERSON
    # (words read from the chunk's columns; istitle() is spaCy's is_title)
    for raw in raws:
        if raw.label == "PERSON" or raw.label not in RELABEL_FROM:
            continue
        view = ctx.view(raw.chunk_index)
        words, tags = view.text[raw.start:raw.end], view.pos_[raw.start:raw.end]
        if len(words) == 1 and name_key(words[0]) in surnames and tags[0] == "PROPN":
            raw.label = "PERSON"
        elif 2 <= len(words) <= 3 and all(w.istitle() and pos == "PROPN" for w, pos in zip(words, tags)):
            if _conjoined_with_person(raw.chunk.doc[raw.start:raw.end]):
                raw.label = "PERSON"
                surnames.add(name_key(parse_name(words).surname))
    # pass 3: a second sweep now that new surnames are known; a near-spelling of a known
    # surname ("Shipenco" beside "Klim Shipenko") is a person too, for the spelling check
    for raw in raws:
        if raw.label in RELABEL_FROM and raw.end - raw.start == 1:
            view = ctx.view(raw.chunk_index)
            key = name_key(view.text[raw.start])
            near = raw.model_label not in ("GPE", "LOC") and any(same_person_spelling(key, s) for s in surnames)
            if view.pos_[raw.start] == "PROPN" and (key in surnames or near):
                raw.label = "PERSON"
    # pass 4: known surnames the model left without any entity label
    if surnames:
        for ci, chunk in ctx.iter_chunks():
            text = ctx.view(ci).text
            for i in _unlabelled_proper_nouns(chunk.doc):
                if text[i].istitle() and name_key(text[i]) in surnames:
                    raws.append(_Raw(ci, chunk, i, i + 1, "PERSON", ""))
        raws.sort(key=lambda r: (r.chunk_index, r.start))
    return [r for r in raws if r.label in NAME_LABELS and not _demonym(r, ctx.view(r.chunk_index))]


def _unlabelled_proper_nouns(doc: "Doc") -> list[int]:
    """Indexes of proper nouns outside any entity, found without a Python loop over the doc."""
    import numpy
    from spacy.attrs import ENT_TYPE, POS
    from spacy.symbols import PROPN

    if len(doc) == 0:
        return []
    arr = doc.to_array([ENT_TYPE, POS])
    return numpy.flatnonzero((arr[:, 0] == 0) & (arr[:, 1] == PROPN)).tolist()


def _demonym(raw: _Raw, view: "ChunkView") -> bool:
    """A lone nationality word tagged PERSON ("the Welsh", "Russian")."""
    return raw.end - raw.start == 1 and fold(view.text[raw.start]) in DEMONYMS


def _conjoined_with_person(tokens: "SpacySpan") -> bool:
    head = tokens.root
    related = list(head.conjuncts)
    return any(t.ent_type_ == "PERSON" for t in related)


SEPARATORS = {":", "&", "/", ";", ",", "v", "vs", "v.", "vs.", "and", "-", "–", "—", "|", "(", ")", "+"}


def _person_start(tokens: "SpacySpan") -> int:
    """Where the name itself starts in a PERSON span.

    The model's spans can carry a list or a headline before the name ("Matt Lucas & David
    Walliams", "Manchester United: Carroll") and words that are not names ("Sprinter
    Walker", "Russian Korzhanenko", "Vote Blair"): the name starts after the last
    separator and after leading words that are not proper nouns, nationalities or titles.
    """
    start = tokens.start
    for t in tokens[:-1]:
        if t.lower_ in SEPARATORS:
            start = t.i + 1
    doc = tokens.doc
    while start < tokens.end - 1:
        t = doc[start]
        word = fold(t.text)
        if t.pos_ != "PROPN" or word in DEMONYMS or word in HONORIFICS or not t.text[:1].isupper():
            start += 1
            continue
        break
    return start


def _mention(ctx: ExtractContext, index: int, raw: _Raw) -> Mention:
    doc = raw.chunk.doc
    if raw.label == "PERSON":
        raw.start = _person_start(doc[raw.start:raw.end])
        last = fold(doc[raw.end - 1].text)
        if last in ORG_WORDS and raw.end - raw.start > 1:
            raw.label = "ORG"
    view = ctx.view(raw.chunk_index)  # offsets and text from the columns: no spaCy Span needed
    start_char, end_char = view.char_range(raw.start, raw.end)
    span = ctx.span(raw.chunk, start_char, end_char)
    text = view.doc_text[start_char:end_char]
    sentence = ctx.sentence_of(raw.chunk_index, raw.start)
    if raw.label != "PERSON":
        return trusted(Mention, index=index, span=span, label=raw.label, name=text,
                       model_label=raw.model_label if raw.model_label != raw.label else None,
                       sentence=sentence, in_quote=ctx.quoted(span))
    tokens = doc[raw.start:raw.end]
    # words as written, so "Lewis-Francis" stays one word although spaCy splits the hyphen
    words = _strip_quoted_nickname(text.split())
    parsed = parse_name(words)
    titles = _preceding_titles(tokens) + parsed.titles
    return trusted(
        Mention,
        index=index,
        span=span,
        label="PERSON",
        model_label=(raw.model_label or "none") if raw.model_label != "PERSON" else None,
        name=parsed.name or text,
        given=parsed.given,
        middle=parsed.middle,
        surname=parsed.surname,
        titles=titles,
        sentence=sentence,
        in_quote=ctx.quoted(span),
        relative_cue=_relative_cue(tokens, view),
    )


def _strip_quoted_nickname(words: list[str]) -> list[str]:
    """Dwayne "The Rock" Johnson → Dwayne Johnson."""
    quotes = "\"“”‘’'"
    out: list[str] = []
    inside = False
    for w in words:
        if not inside and w[:1] in quotes:
            inside = True
        if not inside:
            out.append(w)
        elif w[-1:] in quotes and (len(w) > 1 or w[:1] not in quotes or out):
            inside = False
    return out or words


def _preceding_titles(tokens: "SpacySpan") -> list[str]:
    """Titles standing before the name in its noun phrase ("Retired NASA astronaut")."""
    doc = tokens.doc
    titles: list[str] = []
    i = tokens.start - 1
    while i >= 0 and tokens.start - i <= 4:
        t = doc[i]
        if t.head.i >= tokens.start and t.head.i < tokens.end and t.dep_ in {"compound", "amod", "nmod", "appos"}:
            titles.insert(0, fold(t.text))
            i -= 1
            continue
        if fold(t.text) in HONORIFICS and t.is_title:
            titles.insert(0, fold(t.text))
            i -= 1
            continue
        break
    return titles


def _relative_cue(tokens: "SpacySpan", view: "ChunkView") -> str | None:
    """A kinship word near the mention in its sentence ("his brother Mark Kelly"); the
    words are read from the chunk's columns."""
    doc = tokens.doc
    sent = tokens.sent if doc.has_annotation("SENT_START") else doc[:]
    lo = max(sent.start, tokens.start - RELATIVE_WINDOW)
    hi = min(sent.end, tokens.end + RELATIVE_WINDOW)
    lower, lemma = view.lower_, view.lemma_lower
    for i in range(lo, hi):
        if tokens.start <= i < tokens.end:
            continue
        if lower[i] in RELATIVE_CUES or lemma[i] in RELATIVE_CUES:
            return lower[i]
    return None


def _mark_coordination(raws: list[_Raw], mentions: list[Mention]) -> None:
    """Mentions joined in one coordination ("Venus and Serena Williams") know each other."""
    by_root: dict[tuple[int, int], int] = {}
    roots = [raw.chunk.doc[raw.start:raw.end].root for raw in raws]  # spaCy's root, found once
    for raw, m, root in zip(raws, mentions, roots):
        by_root[(raw.chunk_index, root.i)] = m.index
    for raw, m, root in zip(raws, mentions, roots):
        for conj in root.conjuncts:
            other = by_root.get((raw.chunk_index, conj.i))
            if other is not None and other != m.index:
                m.coordinated_with.append(other)
        # "Venus and Serena Williams": a bare given name conjoined inside the span's head
        for child in root.children:
            if child.dep_ == "conj" and child.i < raw.start and child.pos_ == "PROPN":
                m.coordinated_with.append(-1)


def _group(mentions: list[Mention]) -> list[Entity]:
    """Group mentions: full names by (given, surname); bare surnames join a unique full name."""
    entities: list[Entity] = []
    by_full: dict[tuple[str, str], int] = {}
    by_surname: dict[str, set[int]] = {}
    by_given: dict[str, set[int]] = {}
    by_org: dict[str, int] = {}

    def new_entity(m: Mention) -> int:
        entities.append(trusted(Entity, index=len(entities), label=m.label, name=m.name, mentions=[]))
        return len(entities) - 1

    def attach(eid: int, m: Mention) -> None:
        e = entities[eid]
        e.mentions.append(m.index)
        m.entity = eid
        if m.name not in e.aliases:
            e.aliases.append(m.name)
        if len(m.name) > len(e.name):
            e.name = m.name

    persons = [m for m in mentions if m.label == "PERSON"]
    for m in persons:  # full names first
        if m.given and m.surname and not is_initial(m.given):
            key = (name_key(m.given), name_key(m.surname))
            if key not in by_full:
                by_full[key] = new_entity(m)
                by_surname.setdefault(key[1], set()).add(by_full[key])
                by_given.setdefault(key[0], set()).add(by_full[key])
            attach(by_full[key], m)
    for m in persons:  # initials and bare names
        if m.entity is not None:
            continue
        s = name_key(m.surname)
        if m.given and is_initial(m.given):
            cands = [eid for eid in by_surname.get(s, ()) if name_key(entities[eid].name)[:1] == name_key(m.given)[:1]]
        elif not m.given:
            cands = sorted(by_surname.get(s, ())) or sorted(by_given.get(s, ()))
        else:
            cands = []
        if len(cands) == 1:
            attach(cands[0], m)
        elif not cands:
            key = ("", s)
            if key not in by_full:
                by_full[key] = new_entity(m)
                by_surname.setdefault(s, set()).add(by_full[key])
            attach(by_full[key], m)
        # several candidates: ambiguous, left unattached (the name-variants kind reports it)
    for m in mentions:
        if m.label == "PERSON":
            continue
        key = name_key(m.name)
        if key not in by_org:
            by_org[key] = new_entity(m)
        attach(by_org[key], m)
    return entities
