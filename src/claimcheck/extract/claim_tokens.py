"""A plain-Python view of one parsed chunk, for the claim readers.

The claim readers look at every token of every sentence and, around each predicate,
walk children, heads and subtrees many times over. On spaCy tokens each of those reads
costs more than it seems: ``tok.dep_`` looks the label up in the StringStore and builds a
new Python string, ``tok.children`` scans the token's whole subtree span and creates a new
Token object per child, and ``tok.head`` creates another. :class:`ChunkView` reads the
parse once per chunk into integer columns, so the sentence scans compare plain values;
:class:`TokenView` is a token read once and kept, with the attributes the readers use, so
the few tokens around a candidate are only built once.

A :class:`TokenView` answers the same attributes as a spaCy Token with the same values
(children and subtree in spaCy's order), so the readers' logic is written as for spaCy
tokens; the rarely used attributes (``sent``, ``morph``, ``nbor``) ask spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["ChunkView", "TokenView"]

#: string id → string, shared by all chunks (the ids are hashes of the strings, so a
#: mapping read once stays right for every vocab)
_STRINGS: dict[int, str] = {}
_LOWER_LEMMAS: dict[int, str] = {}


class ChunkView:
    """One chunk's parse as columns of string ids, with its tokens built on demand."""

    def __init__(self, doc: "Doc"):
        self.doc = doc
        self._store = doc.vocab.strings
        from spacy.attrs import DEP, ENT_TYPE, HEAD, IS_ALPHA, IS_PUNCT, LEMMA, LIKE_NUM, LOWER, ORTH, POS, TAG

        n = len(doc)
        if n:
            columns = [ORTH, LOWER, LEMMA, POS, TAG, DEP, ENT_TYPE, IS_PUNCT, LIKE_NUM, IS_ALPHA]
            (self.orth, self.lower, self.lemma, self.pos, self.tag, self.dep, self.ent_type,
             self.is_punct, self.like_num, self.is_alpha) = doc.to_array(columns).T.tolist()
            # HEAD is a signed offset; read it apart so the ids above stay unsigned
            offsets = doc.to_array([HEAD]).astype("int64").tolist()
        else:
            self.orth = self.lower = self.lemma = self.pos = self.tag = self.dep = []
            self.ent_type = self.is_punct = self.like_num = self.is_alpha = []
            offsets = []
        self.heads = [i + off for i, off in enumerate(offsets)]
        kids: list[list[int]] = [[] for _ in range(n)]
        for i, h in enumerate(self.heads):
            if h != i:
                kids[h].append(i)  # in index order, as spaCy yields children
        self.kids = kids
        self._tokens: list[TokenView | None] = [None] * n

    def string(self, key: int) -> str:
        """The string of an id (cached: the StringStore builds a new str on every read)."""
        value = _STRINGS.get(key)
        if value is None:
            value = _STRINGS[key] = self._store[key]
        return value

    def dep_(self, i: int) -> str:
        return self.string(self.dep[i])

    def pos_(self, i: int) -> str:
        return self.string(self.pos[i])

    def tag_(self, i: int) -> str:
        return self.string(self.tag[i])

    def lower_(self, i: int) -> str:
        return self.string(self.lower[i])

    def lemma_lower(self, i: int) -> str:
        """``tok.lemma_.lower()``, the form every reader compares."""
        key = self.lemma[i]
        value = _LOWER_LEMMAS.get(key)
        if value is None:
            value = _LOWER_LEMMAS[key] = self.string(key).lower()
        return value

    def text_of(self, ids: list[int]) -> str:
        """The texts of these tokens joined by single spaces."""
        string, orth = self.string, self.orth
        return " ".join([string(orth[k]) for k in ids])

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
        kids = self.kids

        def walk(j: int) -> None:
            below = kids[j]
            for k in below:
                if k < j:
                    walk(k)
            out.append(j)
            for k in below:
                if k > j:
                    walk(k)

        walk(i)
        return out


class TokenView:
    """One token of a :class:`ChunkView`, read once: the attributes the claim readers use."""

    __slots__ = ("_view", "i", "text", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_",
                 "is_punct", "like_num", "is_alpha", "_idx", "_children")

    def __init__(self, view: ChunkView, i: int):
        string = view.string
        self._view = view
        self.i = i
        self.text = string(view.orth[i])
        self.lower_ = string(view.lower[i])
        self.lemma_ = string(view.lemma[i])
        self.pos_ = string(view.pos[i])
        self.tag_ = string(view.tag[i])
        self.dep_ = string(view.dep[i])
        self.ent_type_ = string(view.ent_type[i])
        self.is_punct = bool(view.is_punct[i])
        self.like_num = bool(view.like_num[i])
        self.is_alpha = bool(view.is_alpha[i])
        self._idx: int | None = None
        self._children: tuple[TokenView, ...] | None = None

    def __repr__(self) -> str:
        return self.text

    @property
    def doc(self) -> "Doc":
        return self._view.doc

    @property
    def idx(self) -> int:
        """Character offset in the chunk (asked of spaCy once)."""
        if self._idx is None:
            self._idx = self._view.doc[self.i].idx
        return self._idx

    @property
    def head(self) -> "TokenView":
        return self._view.token(self._view.heads[self.i])

    @property
    def children(self) -> "tuple[TokenView, ...]":
        if self._children is None:
            token = self._view.token
            self._children = tuple(token(k) for k in self._view.kids[self.i])
        return self._children

    @property
    def subtree(self) -> "list[TokenView]":
        token = self._view.token
        return [token(k) for k in self._view.subtree_ids(self.i)]

    @property
    def conjuncts(self) -> "tuple[TokenView, ...]":
        """Coordinated tokens, found as spaCy finds them: up to the first conjunct, then
        down through its rightward "conj" children."""
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
        return self._view.doc[self.i].sent

    @property
    def morph(self):
        return self._view.doc[self.i].morph

    def nbor(self, i: int = 1):
        return self._view.token(self.i + i) if 0 <= self.i + i < len(self._view.doc) else self._view.doc[self.i].nbor(i)
