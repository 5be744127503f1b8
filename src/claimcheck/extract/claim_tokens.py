"""A plain-Python view of one parsed chunk, for the claim readers and the other extractors.

The claim readers look at every token of every sentence and, around each predicate,
walk children, heads and subtrees many times over. On spaCy tokens each of those reads
costs more than it seems: ``tok.dep_`` looks the label up in the StringStore and builds a
new Python string, ``tok.children`` scans the token's whole subtree span and creates a new
Token object per child, and ``tok.head`` creates another. :class:`ChunkView` reads the
parse once per chunk into columns (one list of strings per attribute, children as
indexes), so the sentence scans compare plain values by index; :class:`TokenView` is a
token read once and kept, with the attributes the readers use, built only for the
tokens around a candidate.

A :class:`TokenView` answers the same attributes as a spaCy Token with the same values
(children and subtree in spaCy's order), so the readers' logic is written as for spaCy
tokens; the rarely used attributes (``sent``, ``morph``, ``nbor``) ask spaCy.
"""

from __future__ import annotations

import re
from operator import add
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

__all__ = ["ChunkView", "TokenView", "strings_of", "mapped"]

#: string id → string, shared by all chunks (an id is the hash of its string, so the
#: mapping stays right for every vocab)
_STRINGS: dict[int, str] = {}
_UNREAD = object()
_CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "VERB", "ADV", "X"})
#: one alphanumeric character (str.isalnum's class: word characters but "_")
_ALNUM = re.compile(r"[^\W_]")


def strings_of(ids: list[int], store) -> list[str]:
    """The strings of a column of ids, each new id asked of the StringStore once."""
    try:
        return list(map(_STRINGS.__getitem__, ids))
    except KeyError:  # ids not met before
        for key in set(ids).difference(_STRINGS):
            _STRINGS[key] = store[key]
        return list(map(_STRINGS.__getitem__, ids))


#: how many entries a cache of :func:`mapped` keeps before it starts again (words repeat
#: within and across articles; an archive's vocabulary must not grow it without end)
CACHE_LIMIT = 65_536


def mapped(cache: dict, compute, items: list) -> list:
    """``[compute(x) for x in items]``, each distinct item computed once and kept in
    ``cache``: a dict look-up per item, where a call per item (or an ``lru_cache``) costs
    several times more on the thousands of words of an article."""
    try:
        return list(map(cache.__getitem__, items))
    except KeyError:
        if len(cache) > CACHE_LIMIT:
            cache.clear()
        for item in set(items).difference(cache):
            cache[item] = compute(item)
        return list(map(cache.__getitem__, items))


#: string → its lower case, shared like _STRINGS (lemmas repeat across chunks)
_LOWERED: dict[str, str] = {}


#: morph id → whether its Tense values include Past (an id is the hash of the morph string,
#: so the answer is the same for every vocab)
_PAST_BY_MORPH: dict[int, bool] = {}


def _has_past(vocab, key: int) -> bool:
    from spacy.tokens import MorphAnalysis

    return "Past" in MorphAnalysis.from_id(vocab, key).get("Tense")


def lowered(strings: list[str]) -> list[str]:
    """``[s.lower() for s in strings]``, each distinct string lowered once."""
    return mapped(_LOWERED, str.lower, strings)


class ChunkView:
    """One chunk's parse as columns of strings, with its tokens built on demand."""

    def __init__(self, doc: "Doc", text: str | None = None):
        """doc (Doc): the parsed chunk. text (str): its text when known (``doc.text``
        rejoins every token)."""
        import numpy
        from spacy.attrs import (
            DEP,
            ENT_TYPE,
            HEAD,
            IDX,
            IS_ALPHA,
            IS_PUNCT,
            IS_STOP,
            LEMMA,
            LIKE_NUM,
            LOWER,
            ORTH,
            POS,
            SPACY,
            TAG,
        )

        self.doc = doc
        n = len(doc)
        if n:
            columns = [ORTH, LOWER, LEMMA, POS, TAG, DEP, ENT_TYPE, IS_PUNCT, LIKE_NUM, IS_ALPHA, IS_STOP, SPACY]
            (orth, lower, lemma, pos, tag, dep, ent_type,
             self.is_punct, self.like_num, self.is_alpha, self.is_stop, spaces) = doc.to_array(columns).T.tolist()
            # HEAD is a signed offset: read it apart, as signed, so the ids above stay unsigned
            offsets, idx = doc.to_array([HEAD, IDX]).astype("int64").T
        else:
            orth = lower = lemma = pos = tag = dep = ent_type = spaces = []
            offsets = idx = numpy.zeros(0, dtype="int64")
            self.is_punct = self.like_num = self.is_alpha = self.is_stop = []
        store = doc.vocab.strings
        self.text = strings_of(orth, store)
        self.lower_ = strings_of(lower, store)
        self.lemma_ = strings_of(lemma, store)
        self.lemma_lower = lowered(self.lemma_)  # tok.lemma_.lower(), as the readers compare
        self.pos_ = strings_of(pos, store)
        self.tag_ = strings_of(tag, store)
        self.dep_ = strings_of(dep, store)
        self.ent_type_ = strings_of(ent_type, store)
        self.space_after = spaces  # 1 when a space follows the token (spaCy's whitespace_)
        self.idx = idx.tolist()  # tok.idx
        if text is None:  # doc.text, without building a spaCy Token per token
            text = "".join(map(add, self.text, [" " if space else "" for space in spaces]))
        self.doc_text = text
        positions = numpy.arange(n)
        heads = positions + offsets
        self.heads = heads.tolist()
        # children kept flat, one list per chunk rather than one per token: the children
        # of h are _child_ids[_child_start[h]:_child_start[h + 1]], in index order as
        # spaCy yields them (the sort is stable)
        children = numpy.flatnonzero(offsets)
        children = children[numpy.argsort(heads[children], kind="stable")]
        self._child_ids = children.tolist()
        self._child_start = numpy.searchsorted(heads[children], numpy.arange(n + 1), side="left").tolist()
        self._tokens: list[TokenView | None] = [None] * n
        self._content_lemmas: list = [_UNREAD] * n
        self._above_entities: dict[tuple[str, ...], set[int]] = {}
        self._conj_heads: set[int] | None = None
        self._morph_ids = None  # numpy array of morph ids, read by is_past on first use

    def content_lemma(self, i: int) -> str | None:
        """The lowercase lemma of a content word, or None for function words and
        punctuation (read once per token: keys read the same words many times)."""
        lemma = self._content_lemmas[i]
        if lemma is _UNREAD:
            lemma = self._content_lemmas[i] = self._read_content_lemma(i)
        return lemma

    def _read_content_lemma(self, i: int) -> str | None:
        pos = self.pos_[i]
        if pos not in _CONTENT_POS or self.is_punct[i] or self.tag_[i] == "POS":
            return None
        if self.dep_[i] == "neg":
            return None
        lemma = self.lemma_lower[i] if pos != "PROPN" else self.text[i].lower()
        lemma = lemma.strip(".'’\"")
        return lemma if lemma.isalnum() or _ALNUM.search(lemma) else None  # isalnum: the usual case, fast

    def conj_heads(self) -> set[int]:
        """Tokens with a "conj" child to their right (the start of a coordination), found
        once per chunk: most tokens are asked for their conjuncts and have none."""
        if self._conj_heads is None:
            heads = self.heads
            self._conj_heads = {heads[k] for k, dep in enumerate(self.dep_) if dep == "conj" and k > heads[k]}
        return self._conj_heads

    def is_past(self, i: int) -> bool:
        """``"Past" in tok.morph.get("Tense")`` for token i, from the chunk's morph ids read
        in one array on first use: a spaCy Token and MorphAnalysis per auxiliary cost more.
        Each id is looked up as asked (a few auxiliaries per clause), not the whole column."""
        ids = self._morph_ids
        if ids is None:
            from spacy.attrs import MORPH

            ids = self._morph_ids = self.doc.to_array(MORPH)
        key = int(ids[i])
        past = _PAST_BY_MORPH.get(key)
        if past is None:
            past = _PAST_BY_MORPH[key] = _has_past(self.doc.vocab, key)
        return past

    def kids(self, i: int) -> list[int]:
        """Indexes of the children of token i, in index order."""
        return self._child_ids[self._child_start[i]:self._child_start[i + 1]]

    def char_range(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets in the chunk's text of tokens start … end - 1 (``start_char``
        and ``end_char`` of ``doc[start:end]``, without building the Span)."""
        return self.idx[start], self.idx[end - 1] + len(self.text[end - 1])

    def range_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``, sliced from the chunk's text (a spaCy Span rejoins its tokens)."""
        first, last = self.char_range(start, end)
        return self.doc_text[first:last]

    def sentence_text(self, sent: "SpacySpan") -> str:
        """``sent.text``, sliced from the chunk's text instead of joined from its tokens."""
        return self.doc_text[sent.start_char:sent.end_char]

    def text_of(self, ids: list[int]) -> str:
        """The texts of these tokens joined by single spaces."""
        text = self.text
        return " ".join([text[k] for k in ids])

    def subtree_has_entity(self, i: int, labels: tuple[str, ...]) -> bool:
        """Whether the subtree of token i holds a token of an entity with one of these
        labels: whether i is one of those tokens or an ancestor of one. The ancestors are
        marked once per chunk, so no subtree is walked."""
        marked = self._above_entities.get(labels)
        if marked is None:
            marked = self._above_entities[labels] = set()
            heads = self.heads
            for j, label in enumerate(self.ent_type_):
                if label not in labels:
                    continue
                while j not in marked:  # up to the root, or to a path marked before
                    marked.add(j)
                    if heads[j] == j:
                        break
                    j = heads[j]
        return i in marked

    def token(self, i: int) -> "TokenView":
        """The token at index i, built on first use."""
        tok = self._tokens[i]
        if tok is None:
            tok = self._tokens[i] = TokenView(self, i)
        return tok

    def subtree_ids(self, i: int) -> list[int]:
        """Indexes of a token's subtree in spaCy's order (left subtrees, the token, right
        subtrees), which is text order unless the parse is non-projective."""
        out: list[int] = []
        self._walk_subtree(i, out)
        return out

    def _walk_subtree(self, j: int, out: list[int]) -> None:
        # a method, not a nested function: a recursive closure is a reference cycle,
        # garbage that only the cyclic GC frees
        below = self.kids(j)
        for k in below:
            if k < j:
                self._walk_subtree(k, out)
        out.append(j)
        for k in below:
            if k > j:
                self._walk_subtree(k, out)

    def release(self) -> None:
        """Drop the built tokens. Each token points back at its view, so the view and its
        tokens form a reference cycle; breaking it when the chunk is read lets reference
        counting free them at once instead of leaving them to (and growing) the cyclic
        garbage collector's older generations. The columns stay for the other readers,
        and a token asked for later is built again."""
        self._tokens = [None] * len(self.text)


class TokenView:
    """One token of a :class:`ChunkView`, read once: the attributes the claim readers use."""

    __slots__ = ("view", "i", "text", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_",
                 "idx", "_children", "_conjuncts", "_morph")

    def __init__(self, view: ChunkView, i: int):
        self.view = view
        self.i = i
        self.text = view.text[i]
        self.lower_ = view.lower_[i]
        self.lemma_ = view.lemma_[i]
        self.pos_ = view.pos_[i]
        self.tag_ = view.tag_[i]
        self.dep_ = view.dep_[i]
        self.ent_type_ = view.ent_type_[i]
        self.idx = view.idx[i]
        self._children: tuple[TokenView, ...] | None = None
        self._conjuncts: tuple[TokenView, ...] | None = None
        self._morph = None

    def subtree_has_entity(self, labels: tuple[str, ...]) -> bool:
        """See :meth:`ChunkView.subtree_has_entity`."""
        return self.view.subtree_has_entity(self.i, labels)

    def __repr__(self) -> str:
        return self.text

    @property
    def doc(self) -> "Doc":
        return self.view.doc

    # lexeme flags, read on demand from the columns (few tokens are asked)
    @property
    def is_punct(self) -> bool:
        return bool(self.view.is_punct[self.i])

    @property
    def like_num(self) -> bool:
        return bool(self.view.like_num[self.i])

    @property
    def is_alpha(self) -> bool:
        return bool(self.view.is_alpha[self.i])

    @property
    def head(self) -> "TokenView":
        return self.view.token(self.view.heads[self.i])

    @property
    def children(self) -> "tuple[TokenView, ...]":
        if self._children is None:
            self._children = tuple(map(self.view.token, self.view.kids(self.i)))
        return self._children

    @property
    def subtree(self) -> "list[TokenView]":
        token = self.view.token
        return [token(k) for k in self.view.subtree_ids(self.i)]

    @property
    def conjuncts(self) -> "tuple[TokenView, ...]":
        """Coordinated tokens, found as spaCy finds them: up to the first conjunct, then
        down through its rightward "conj" children."""
        if self._conjuncts is None:
            self._conjuncts = self._find_conjuncts()
        return self._conjuncts

    def _find_conjuncts(self) -> "tuple[TokenView, ...]":
        view = self.view
        deps = view.dep_
        if deps[self.i] != "conj" and self.i not in view.conj_heads():
            return ()  # neither a conjunct nor coordinated: most tokens
        start = self
        while start.i != start.head.i:
            if start.dep_ == "conj":
                start = start.head
            else:
                break
        queue = [start]
        output = [start]
        for word in queue:
            for child in word.children:
                if child.i > word.i and child.dep_ == "conj":
                    output.append(child)
                    queue.append(child)
        return tuple(w for w in output if w.i != self.i)

    # rarely read: ask spaCy
    @property
    def sent(self):
        return self.view.doc[self.i].sent

    @property
    def morph(self):
        if self._morph is None:
            self._morph = self.view.doc[self.i].morph
        return self._morph

    def nbor(self, i: int = 1):
        if 0 <= self.i + i < len(self.view.text):
            return self.view.token(self.i + i)
        return self.view.doc[self.i].nbor(i)  # raises spaCy's IndexError
