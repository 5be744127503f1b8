"""Claims from the dependency parse: who does or is what, and how sure the text is.

One pass over each sentence reads four sorts of claim:

* events, one per clause: subject (linked to an entity when it is one), predicate lemma,
  object, tense, negation, qualifiers, and the frame around it: "were rumored to be
  developing" (rumored), "had announced plans for" (announced), "reportedly", "according
  to Deadline" (attribution), "Iervolino said" (attribution);
* attributes from appositives, titles and copulas (:mod:`.claim_attributes`);
* superlatives and firsts with their scope (:mod:`.superlatives`);
* secrecy: "details about the cast remain under wraps" (one claim per withheld topic).

Entities are extracted first; a claim's subject carries their indexes. Everything is
read from a few tokens around each predicate, so the cost is linear in the text.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter
from typing import TYPE_CHECKING, Callable, Iterator

from ..facts import Claim, Entity, Mention, Span, trusted
from .claim_parse import (
    INDEFINITE_DETERMINERS,
    is_indefinite,
    is_negated,
    np_key,
    np_key_of_ids,
    np_token_ids,
    qualifier_keys,
    subject_of,
    tense_of,
)
from .claim_tokens import TokenView
from .context import ExtractContext
from .modality import (
    CUE_ADVERBS,
    FRAME_ADJECTIVES,
    FRAME_NOUNS,
    FRAME_VERBS,
    MODAL_CUES,
    SPECULATIVE_AUX,
    SPEECH_VERBS,
    cue_index,
    read_modality,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from ..nlp import Chunk
    from .claim_tokens import ChunkView

__all__ = ["extract_claims", "ClaimReader", "Frame"]

_index = attrgetter("i")

_CUE_INDEX = cue_index(MODAL_CUES)
_PREDICATE_DEPS = frozenset({"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "parataxis"})
_PASSIVE_REPORT = {"say": "is said to", "report": "report", "believe": "believed to",
                   "think": "thought to", "understand": "understood to", "rumor": "rumor",
                   "rumour": "rumour", "expect": "expect", "allege": "allege", "set": "set to",
                   "schedule": "schedule", "due": "due to"}
_TIME_LABELS = ("DATE", "TIME")
_PLACE_LABELS = ("GPE", "LOC", "FAC")
_CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
_SECRECY_VERBS = frozenset({"disclose", "reveal", "announce", "publish", "release", "confirm"})
_SECRECY_COPULAS = ("remain", "stay", "be", "keep")
#: the only lemmas _secrecy_cue reads
_SECRECY_LEMMAS = frozenset(_SECRECY_COPULAS) | _SECRECY_VERBS
_SECRECY_PHRASES = ("under wraps", "secret", "undisclosed", "unknown", "unclear")
#: one word of each phrase: a phrase found among a sentence's tokens has this word in the text
_SECRECY_WORDS = ("wraps", "secret", "undisclosed", "unknown", "unclear")
_GENERIC_TOPICS = frozenset({"detail", "information", "specific", "particular", "thing", "matter",
                             "fact", "plan", "aspect", "element", "lot", "much", "more"})
_TOPIC_PREPS = frozenset({"about", "of", "on", "regarding", "concerning", "around"})


class Frame:
    """What stands around a predicate: cue words, attribution, conditions."""

    __slots__ = ("cues", "cue_tokens", "attribution", "attribution_head", "hypothetical",
                 "tense", "reported_future")

    def __init__(self) -> None:
        self.cues: list[str] = []
        self.cue_tokens: list["Token"] = []
        self.attribution: str | None = None
        self.attribution_head: "Token | None" = None
        self.hypothetical = False
        self.tense: str | None = None
        self.reported_future = False

    def add(self, cue: str, tok: "Token") -> None:
        if cue not in self.cues:
            self.cues.append(cue)
            self.cue_tokens.append(tok)


def extract_claims(ctx: ExtractContext, mentions: list[Mention], entities: list[Entity]) -> list[Claim]:
    """Read every claim of the article.

    ctx (ExtractContext): the parsed article.
    mentions (list[Mention]): entity mentions (extracted first), to link subjects.
    RETURNS (list[Claim]): claims in text order, spans pointing into the original.
    """
    from .claim_attributes import attribute_claims
    from .superlatives import superlative_claims

    claims: list[Claim] = []
    for ci, chunk in ctx.iter_chunks():
        doc = chunk.doc
        if len(doc) == 0 or not doc.has_annotation("DEP"):
            continue  # no parse: nothing to read rather than a guess
        reader = ClaimReader(ctx, ci, chunk, mentions)
        for sent in ctx.sents(ci):  # = doc.sents: the parse sets the boundaries
            claims.extend(reader.events(sent))
            claims.extend(reader.secrecy(sent))
            claims.extend(attribute_claims(reader, sent))
            claims.extend(superlative_claims(reader, sent))
        reader.view.release()
    claims.sort(key=lambda c: (c.span.start, c.span.end, c.kind))
    for i, c in enumerate(claims):
        c.index = i
    return claims


class ClaimReader:
    """Per-chunk lookups the claim readers share: token → mention, spans, sentences."""

    def __init__(self, ctx: ExtractContext, chunk_index: int, chunk: "Chunk", mentions: list[Mention]):
        self.ctx = ctx
        self.chunk_index = chunk_index
        self.chunk = chunk
        self.mentions = mentions
        self.view = ctx.view(chunk_index)
        self.token_mention = self._link_mentions(mentions)
        self._mentioned = sorted(self.token_mention)
        self._spans: dict[tuple[int, int], Span] = {}
        self._subjects: dict[int, dict] = {}
        self._maybe_predicates = self._may_be_predicates()
        self._maybe_secrecy = [i for i, lemma in enumerate(self.view.lemma_lower) if lemma in _SECRECY_LEMMAS]
        self._per_chunk: dict[Callable, list[int]] = {}
        # a secrecy phrase in a sentence is one in its chunk: most chunks have none to look for
        self._chunk_may_hide = _names_secrecy(self.view.doc_text)

    # ----------------------------------------------------------------- lookups

    def _link_mentions(self, mentions: list[Mention]) -> dict[int, int]:
        """Token index → index of the mention it lies in.

        Token starts are mapped to the original text only where a bisection looks (a few
        tokens per mention), not for every token of the chunk; each is mapped once, as the
        bisections of all mentions probe the same middle tokens first.
        """
        n = len(self.view.idx)
        if n == 0:
            return {}
        to_original = self.ctx.document.to_original
        offset = self.chunk.offset
        idx = self.view.idx
        starts: list[int | None] = [None] * n

        def start(i: int) -> int:
            mapped = starts[i]
            if mapped is None:
                mapped = starts[i] = to_original(offset + idx[i])
            return mapped

        lo, hi = start(0), to_original(offset + len(self.view.doc_text))
        out: dict[int, int] = {}
        for m in mentions:
            if m.span.start < lo or m.span.start >= hi:
                continue
            i = bisect_left(range(n), m.span.start, key=start)
            while i < n and start(i) < m.span.end:
                out[i] = m.index
                i += 1
        return out

    def candidates_in(self, read: "Callable[[ChunkView], list[int]]", sent: "SpacySpan") -> list[int]:
        """The indexes ``read(view)`` finds in the chunk that fall in a sentence: a scan of
        the chunk's columns made once per chunk, then bisected per sentence."""
        found = self._per_chunk.get(read)
        if found is None:
            found = self._per_chunk[read] = read(self.view)
        return _within(found, sent)

    def mentioned_in(self, sent: "SpacySpan") -> list[int]:
        """The indexes of a sentence's tokens that lie in a mention, ascending (found by
        bisection, so the sentence's other tokens are not looked at)."""
        return _within(self._mentioned, sent)

    def mention_of(self, tok: "Token") -> Mention | None:
        """The mention a token belongs to (its own, or for a proper noun its compound's)."""
        index = self.token_mention.get(tok.i)
        if index is None and tok.pos_ == "PROPN":
            deps = self.view.dep_
            for k in self.view.kids(tok.i):  # indexes: no child token need be built
                if deps[k] == "compound" and k in self.token_mention:
                    index = self.token_mention[k]
                    break
        return self.mentions[index] if index is not None else None

    def span(self, tokens: "list[Token] | SpacySpan | Token") -> Span:
        """The fact Span of a token, a spaCy span or a list of tokens (first to last)."""
        if isinstance(tokens, TokenView) or (hasattr(tokens, "idx") and not hasattr(tokens, "start_char")):
            return self._char_span(tokens.idx, tokens.idx + len(tokens.text))
        if hasattr(tokens, "start_char"):
            return self._char_span(tokens.start_char, tokens.end_char)
        toks = list(tokens)
        first, last = min(toks, key=_index), max(toks, key=_index)
        return self._char_span(first.idx, last.idx + len(last.text))

    def token_span(self, i: int) -> Span:
        """The fact Span of token i, as ``span(token)`` gives it."""
        view = self.view
        start = view.idx[i]
        return self._char_span(start, start + len(view.text[i]))

    def token_range_span(self, lo: int, hi: int) -> Span:
        """The fact Span of tokens lo..hi (inclusive), as ``span(doc[lo:hi + 1])`` gives it."""
        return self._char_span(*self.view.char_range(lo, hi + 1))

    def _char_span(self, start: int, end: int) -> Span:
        """A fact Span for chunk offsets, built once: a claim often names the same words
        twice (predicate and cue), and Spans are frozen, so they can be shared."""
        key = (start, end)
        span = self._spans.get(key)
        if span is None:  # = ctx.span(chunk, start, end), one call less on thousands of spans
            offset = self.chunk.offset
            span = self._spans[key] = self.ctx.document.span(offset + start, offset + end)
        return span

    def sentence_of(self, tok: "Token") -> int:
        return self.ctx.sentence_of(self.chunk_index, tok.i)

    def quoted(self, tok: "Token") -> bool:
        """Whether the token starts inside quotation marks. Reads the start offset alone:
        a fact Span's start is the mapped start offset, so no Span need be built."""
        document = self.ctx.document
        return document.is_quoted(document.to_original(self.chunk.offset + tok.idx))

    # ----------------------------------------------------------------- subjects

    def subject(self, head: "Token") -> dict:
        """Text, span, entities, key and namedness of a subject (coordination included).
        Read once per head: coordinated predicates share their subject."""
        fields = self._subjects.get(head.i)
        if fields is None:
            fields = self._subjects[head.i] = self._read_subject(head)
        return {**fields, "subject_entities": list(fields["subject_entities"])}

    def _appositive_mention(self, i: int) -> Mention | None:
        """The mention of the first proper-noun apposition of token i that has one (read
        from the columns: the subject's children are otherwise never built)."""
        view = self.view
        for k in view.kids(i):
            if view.dep_[k] == "appos" and view.pos_[k] == "PROPN":
                m = self.mention_of(view.token(k))
                if m is not None:
                    return m
        return None

    def _read_subject(self, head: "Token") -> dict:
        heads = [head, *head.conjuncts] if head.dep_ != "conj" else [head]
        entities: list[int] = []
        first_mention = None
        for h in heads:
            m = self.mention_of(h)
            if m is None:  # "the director, Maya Lind, ...": the name stands in apposition
                m = self._appositive_mention(h.i)
            if m is not None:
                first_mention = first_mention or m
                if m.entity is not None and m.entity not in entities:
                    entities.append(m.entity)
        ids = [k for h in heads for k in np_token_ids(h, keep_prep=False)]
        key = None if is_indefinite(head) else np_key_of_ids(self.view, np_token_ids(head, keep_prep=True))
        if head.lower_ in ("who", "which", "that") or head.pos_ == "PRON":
            key = None
        span = self.token_range_span(min(ids), max(ids))
        return {
            "subject": " ".join(span.text.split()),
            "subject_span": span,
            "subject_entity": first_mention.entity if first_mention else None,
            "subject_entities": entities,
            "subject_key": key,
            "subject_named": bool(first_mention) or head.pos_ == "PROPN",
            "subject_head": self.view.content_lemma(head.i) if key else None,
        }

    # ----------------------------------------------------------------- frames

    def frame(self, verb: "Token", own_cue: bool = True) -> Frame:
        """Cues, attribution and conditions from the predicate up through its frames."""
        frame = Frame()
        if own_cue and verb.lemma_.lower() in _CUE_INDEX and verb.lemma_.lower() not in SPEECH_VERBS:
            neg = is_negated(verb)
            frame.add(("not " if neg else "") + verb.lemma_.lower(), verb)
        self._local_cues(verb, frame)
        cur = verb
        for _ in range(5):
            head = cur.head
            if head.i == cur.i:
                break
            lemma = head.lemma_.lower()
            if cur.dep_ in ("xcomp", "ccomp") and (lemma in FRAME_VERBS or lemma in FRAME_ADJECTIVES):
                self._frame_word(cur, head, frame)
                cur = head
                continue
            if cur.dep_ in ("acl", "ccomp", "relcl") and head.pos_ == "NOUN" and lemma in FRAME_NOUNS:
                neg = head.head.i != head.i and is_negated(head.head) is not None
                det_no = any(c.lower_ == "no" for c in head.children if c.dep_ == "det")
                frame.add(("not " if neg or det_no else "") + lemma, head)
                gov = head.head
                if gov.i != head.i and gov.pos_ == "VERB" and gov.lemma_.lower() in _CUE_INDEX:
                    frame.add(gov.lemma_.lower(), gov)
                self._local_cues(gov, frame)
                break
            if cur.dep_ == "conj":
                cur = head  # "X said A and B": B shares A's frame
                continue
            break
        return frame

    def _frame_word(self, inner: "Token", head: "Token", frame: Frame) -> None:
        lemma = head.lemma_.lower()
        neg = is_negated(head)
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)
        if head.pos_ == "ADJ" or (passive and inner.dep_ == "xcomp"):
            cue = _PASSIVE_REPORT.get(lemma, lemma)
        elif lemma in SPEECH_VERBS:
            cue = None
        else:
            cue = lemma
        if cue is not None:
            frame.add(("not " if neg else "") + cue, head)
        if lemma in ("set", "due", "schedule", "plan", "intend", "expect", "aim"):
            frame.tense = frame.tense or "future"
        if not passive and head.pos_ == "VERB" and frame.attribution is None:
            speaker = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if speaker is not None and speaker.lower_ not in ("who", "which", "that"):
                frame.attribution_head = speaker
                frame.attribution = self.view.text_of(np_token_ids(speaker, keep_prep=False))
        if head.pos_ == "VERB" and inner.dep_ == "ccomp":
            frame.reported_future = True
        frame.tense = frame.tense or tense_of(head)
        self._local_cues(head, frame)

    def _local_cues(self, tok: "Token", frame: Frame) -> None:
        for child in tok.children:
            low = child.lower_
            if child.dep_ == "advmod" and low in CUE_ADVERBS:
                frame.add(low, child)
            elif child.dep_ == "aux" and low in SPECULATIVE_AUX:
                frame.add(low, child)
            elif child.dep_ == "mark" and low in _CONDITIONAL_MARKS:
                frame.hypothetical = True
            elif child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless")
                                               for g in child.children):
                frame.hypothetical = True
            elif child.dep_ == "prep" and child.lower_ == "according":
                to = next((c for c in child.children if c.lower_ == "to"), None)
                source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
                if source is not None:
                    frame.add("according to", child)
                    if frame.attribution is None:
                        frame.attribution_head = source
                        frame.attribution = self.view.text_of(np_token_ids(source, keep_prep=False))

    # ----------------------------------------------------------------- events

    def events(self, sent: "SpacySpan") -> Iterator[Claim]:
        view = self.view
        question = view.sentence_text(sent).rstrip().rstrip("'\"’”").endswith("?")
        for i in _within(self._maybe_predicates, sent):
            verb = view.token(i)
            if self._is_predicate(verb):
                claim = self._event(verb, question)
                if claim is not None:
                    yield claim

    def _may_be_predicates(self) -> list[int]:
        """The chunk's verbs (and copulas "be") in clause-heading relations: the cheap first
        test of a predicate, read from the columns in one pass, so most tokens are never
        built."""
        pos, lemma = self.view.pos_, self.view.lemma_
        return [i for i, dep in enumerate(self.view.dep_)  # no tuple per token, as zip would make
                if dep in _PREDICATE_DEPS and (pos[i] == "VERB" or (pos[i] == "AUX" and lemma[i] == "be"))]

    def _is_predicate(self, tok: "Token") -> bool:
        """The rest of the predicate test, for a token that :meth:`_may_be_predicates` found."""
        lemma = tok.lemma_.lower()
        if tok.dep_ == "acl" and not (tok.head.lemma_.lower() in FRAME_NOUNS
                                      and any(c.lower_ == "to" for c in tok.children)):
            return False
        if (lemma in FRAME_VERBS or lemma in SPEECH_VERBS) and any(
                c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") for c in tok.children):
            return False  # the framed clause carries the claim (children scanned only for such verbs)
        if lemma == "be":
            if not any(c.dep_ in ("attr", "acomp") for c in tok.children):
                return False
            if any(c.dep_ == "acomp" and c.lemma_.lower() in FRAME_ADJECTIVES
                   and any(g.dep_ == "xcomp" for g in c.children) for c in tok.children):
                return False  # "is likely to ...": a frame
        return True

    def _event(self, verb: "Token", question: bool) -> Claim | None:
        subj = subject_of(verb)
        if subj is None or subj.dep_ == "expl" or subj.lower_ in ("there",):
            return None
        frame = self.frame(verb)
        obj, predicate, obj_head = self._object(verb, frame)
        neg = is_negated(verb)
        if neg is None and verb.lemma_ == "be":
            neg = next((is_negated(c) for c in verb.children if c.dep_ == "attr" and is_negated(c)), None)
        skip = {subj.i, *(obj or []), *(t.i for t in frame.cue_tokens)}
        modality, cue = read_modality(frame.cues)
        would = any(c.dep_ == "aux" and c.lower_ in ("would", "should") for c in verb.children)
        if question:
            modality, cue = "question", None
        elif frame.hypothetical or (would and not frame.reported_future):
            modality, cue = "hypothetical", None
        tense = tense_of(verb)
        if would and frame.reported_future:
            tense = "future"
        if tense is None or (verb.tag_ in ("VB", "VBN", "VBG") and frame.tense and verb.dep_ == "xcomp"):
            tense = frame.tense or tense
        span_tokens = [verb, *[c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "prt")]]
        sentence = self.sentence_of(verb)
        span_tokens.extend(t for t in frame.cue_tokens if self.sentence_of(t) == sentence
                           and subj.i < t.i < verb.i and t.lower_ != "according")
        for t in list(span_tokens):
            if t.i != verb.i and t.pos_ in ("VERB", "AUX"):
                span_tokens.extend(c for c in t.children if c.dep_ in ("aux", "auxpass", "neg"))
        indexes = [t.i for t in span_tokens]
        if obj:
            indexes.extend(obj)
        claim_span = self.token_range_span(min(indexes), max(indexes))
        cue_tok = frame.cue_tokens[frame.cues.index(cue)] if cue in frame.cues else None
        time, place = self._time_place(verb)
        predicate_span = self.token_span(verb.i)
        attribution_entity = None
        if frame.attribution_head is not None:
            m = self.mention_of(frame.attribution_head)
            attribution_entity = m.entity if m else None
        return trusted(
            Claim,
            index=0,
            span=claim_span,
            kind="event",
            **self.subject(subj),
            predicate=predicate,
            predicate_span=predicate_span,
            object=self.view.text_of(obj) if obj else None,
            object_key=np_key_of_ids(self.view, obj) if obj else None,
            object_head=self.view.content_lemma(obj_head) if obj else None,
            negated=neg is not None,
            tense=tense,
            modality=modality,
            modal_cue=cue,
            cue_span=self.span(cue_tok) if cue_tok is not None else None,
            cues=frame.cues,
            attribution=frame.attribution,
            attribution_entity=attribution_entity,
            time=time,
            place=place,
            qualifiers=qualifier_keys(verb, skip),
            sentence=sentence,
            # = quoted(verb): a fact Span starts at the mapped offset, so none is mapped again
            in_quote=self.ctx.document.is_quoted(predicate_span.start),
        )

    def _object(self, verb: "Token", frame: Frame) -> tuple[list[int] | None, str, int]:
        """The object phrase (token indexes, in reading order), the predicate lemma and the
        index of the object's head; frame nouns are looked through: "announced plans for a
        space movie" → predicate "plan", object "a space movie"."""
        predicate = verb.lemma_.lower()
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")), None)
        if obj is None:
            obj = next((c for c in verb.children if c.dep_ == "acomp"), None)
        if obj is not None and obj.lemma_.lower() in FRAME_NOUNS:
            inner = next((p for p in obj.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "about")), None)
            target = next((c for c in inner.children if c.dep_ == "pobj"), None) if inner is not None else None
            if target is not None:
                det_no = any(c.lower_ == "no" for c in obj.children if c.dep_ == "det")
                frame.add(("not " if det_no else "") + obj.lemma_.lower(), obj)
                return np_token_ids(target), obj.lemma_.lower(), target.i
        if obj is None:
            prep = next((c for c in verb.children if c.dep_ in ("prep", "agent", "dative")
                         and any(g.dep_ == "pobj" for g in c.children)
                         and not c.subtree_has_entity(_TIME_LABELS)), None)
            if prep is not None and verb.lemma_ != "be":
                pobj = next(g for g in prep.children if g.dep_ == "pobj")
                return np_token_ids(prep) if prep.dep_ != "prep" else [prep.i, *[
                    k for g in prep.children if g.dep_ == "pobj" for k in np_token_ids(g)]], predicate, pobj.i
            return None, predicate, -1
        return np_token_ids(obj), predicate, obj.i

    def _time_place(self, verb: "Token") -> tuple[str | None, str | None]:
        """The first modifier naming a date or time, and the first prepositional one naming
        a place (read from the columns: subtrees can be long, few hold an entity)."""
        view = self.view
        time = place = None
        for child in verb.children:
            if time is None and child.subtree_has_entity(_TIME_LABELS) and child.dep_ in (
                    "prep", "npadvmod", "advmod", "pobj", "tmod"):
                time = view.text_of(view.subtree_ids(child.i))
            elif place is None and child.dep_ == "prep" and child.subtree_has_entity(_PLACE_LABELS):
                place = view.text_of(view.subtree_ids(child.i))
        return time, place

    # ----------------------------------------------------------------- secrecy

    def secrecy(self, sent: "SpacySpan") -> Iterator[Claim]:
        """ "details about the cast remain under wraps", "the budget was not disclosed"."""
        view = self.view
        may_hide = self._chunk_may_hide and _names_secrecy(view.sentence_text(sent))
        for i in _within(self._maybe_secrecy, sent):
            if view.lemma_lower[i] in _SECRECY_COPULAS and not may_hide:
                continue  # no secrecy phrase in the sentence for the copula to carry
            verb = view.token(i)
            cue = self._secrecy_cue(verb)
            if cue is None:
                continue
            subj = subject_of(verb)
            if subj is None or subj.pos_ == "PRON":
                continue
            for topic_tok in self._topics(subj):
                yield Claim(
                    index=0,
                    span=self.span(sent),
                    kind="secrecy",
                    **self.subject(subj),
                    predicate=verb.lemma_.lower(),
                    predicate_span=self.span(verb),
                    topic=np_key([*[c for c in topic_tok.children if c.dep_ == "compound"], topic_tok]),
                    negated=False,
                    tense=tense_of(verb),
                    modality="undisclosed",
                    modal_cue=cue,
                    cue_span=self.span(verb),
                    cues=[cue],
                    sentence=self.sentence_of(verb),
                    in_quote=self.quoted(verb),
                )

    def _secrecy_cue(self, verb: "Token") -> str | None:
        lemma = verb.lemma_.lower()
        if lemma in _SECRECY_COPULAS and verb.dep_ in ("ROOT", "conj", "ccomp"):
            cut = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "conj", "ccomp", "advcl")
                   for t in c.subtree}
            words = " ".join(t.lower_ for t in verb.subtree if t.i not in cut)
            for phrase in _SECRECY_PHRASES:
                if phrase in words:
                    return phrase
            return None
        if lemma in _SECRECY_VERBS and is_negated(verb) is not None and any(
                c.dep_ == "nsubjpass" for c in verb.children):
            return "not " + lemma
        return None

    def _topics(self, subj: "Token") -> list["Token"]:
        if subj.lemma_.lower() in _GENERIC_TOPICS:
            topics = []
            for prep in subj.children:
                if prep.dep_ == "prep" and prep.lower_ in _TOPIC_PREPS:
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            topics.extend(t for t in [pobj, *pobj.conjuncts]
                                          if t.lemma_.lower() not in _GENERIC_TOPICS)
            return topics
        if any(c.lower_ in INDEFINITE_DETERMINERS for c in subj.children if c.dep_ == "det"):
            return []
        return [subj, *subj.conjuncts]


def _names_secrecy(text: str) -> bool:
    """Whether a sentence can hold a secrecy phrase at all. A cheap test on the text, so the
    copula subtrees are joined only in the rare sentences that pass."""
    low = text.lower()
    return any(word in low for word in _SECRECY_WORDS)


def _within(indexes: list[int], sent: "SpacySpan") -> list[int]:
    """The ascending token indexes that fall in a sentence."""
    return indexes[bisect_left(indexes, sent.start):bisect_left(indexes, sent.end)]
