"""How sure a statement is: the built-in lexicon of modal cues and its reading.

The claim extractor records the frame words it finds around a predicate as ``cues``
(lemmas such as "rumor", "announce", "reportedly", or phrases such as "according to",
"under wraps"); :func:`read_modality` turns them into one modality. The same lexicon is
the default of the ``modality-conflict`` rule, whose file may extend it, so a user can add
"whisper" or "tipped" without touching code.
"""

from __future__ import annotations

from typing import Iterable, Mapping

__all__ = [
    "MODAL_CUES",
    "MODALITY_ORDER",
    "FRAME_VERBS",
    "FRAME_NOUNS",
    "FRAME_ADJECTIVES",
    "CUE_ADVERBS",
    "SPECULATIVE_AUX",
    "SECRECY_PHRASES",
    "read_modality",
    "cue_index",
]

#: modality → the cues (lemmas or lowercase phrases) that express it
MODAL_CUES: dict[str, tuple[str, ...]] = {
    "confirmed": ("confirm", "verify", "officially", "confirmation", "certify"),
    "announced": ("announce", "unveil", "announcement", "declare", "publicize", "publicise"),
    "planned": ("plan", "intend", "aim", "schedule", "set to", "due to", "intention", "scheduled"),
    "reported": ("report", "reportedly", "according to", "is said to", "allegedly", "allege",
                 "reputedly", "purportedly", "supposedly", "apparently", "understood to",
                 "believed to", "thought to"),
    "rumored": ("rumor", "rumour", "rumored", "rumoured", "gossip", "whisper", "buzz", "tip"),
    "speculated": ("speculate", "speculation", "expect", "likely", "possibly", "probably",
                   "perhaps", "maybe", "may", "might", "could", "suggest", "suspect", "hint",
                   "guess", "predict", "unlikely", "potentially"),
    "denied": ("deny", "denial", "dismiss", "refute", "rebut", "reject"),
    "unconfirmed": ("unconfirmed", "not confirm", "yet to confirm", "unverified", "unannounced",
                    "not announce"),
    "undisclosed": ("under wraps", "secret", "undisclosed", "tight-lipped", "not disclose",
                    "not reveal", "unknown", "withheld", "not been disclosed", "not been revealed"),
}

#: when several cues meet, the first modality in this order wins (the weakest certainty)
MODALITY_ORDER: tuple[str, ...] = (
    "question", "hypothetical", "denied", "undisclosed", "unconfirmed", "rumored",
    "speculated", "reported", "announced", "confirmed", "planned", "asserted",
)

#: verbs that frame another clause ("were rumored to be developing", "confirmed that")
FRAME_VERBS: frozenset[str] = frozenset({
    "rumor", "rumour", "report", "say", "tell", "state", "claim", "allege", "announce",
    "confirm", "deny", "plan", "intend", "aim", "expect", "speculate", "believe", "think",
    "suggest", "suspect", "hint", "hope", "predict", "understand", "declare", "unveil",
    "verify", "add", "insist", "reveal", "indicate", "schedule", "set", "seem", "appear",
    "want", "tip", "guess", "dismiss", "whisper", "write", "note", "explain", "argue",
})
#: verbs that only attribute: the speaker is the attribution, the modality stays asserted
SPEECH_VERBS: frozenset[str] = frozenset({
    "say", "tell", "state", "add", "insist", "write", "note", "explain", "argue", "reveal",
    "indicate", "think", "believe",
})
#: nouns that frame what follows ("plans for a film", "rumours that ...")
FRAME_NOUNS: frozenset[str] = frozenset({
    "plan", "rumor", "rumour", "report", "speculation", "claim", "allegation", "intention",
    "announcement", "confirmation", "denial", "talk", "suggestion", "hope", "expectation",
    "proposal",
})
#: adjectives that frame an infinitive ("is likely to", "is set to", "is due to")
FRAME_ADJECTIVES: frozenset[str] = frozenset({"likely", "unlikely", "set", "due", "expected",
                                              "rumored", "rumoured", "said", "reported",
                                              "understood", "believed", "thought", "sure"})
#: adverbs that hedge or attribute on their own
CUE_ADVERBS: frozenset[str] = frozenset({
    "reportedly", "allegedly", "reputedly", "purportedly", "supposedly", "apparently",
    "likely", "possibly", "probably", "perhaps", "maybe", "officially", "potentially",
})
#: modal auxiliaries that make a statement speculative
SPECULATIVE_AUX: frozenset[str] = frozenset({"may", "might", "could"})
#: phrases that say a detail is withheld
SECRECY_PHRASES: tuple[str, ...] = ("under wraps", "closely guarded secret", "a secret",
                                    "undisclosed", "not been disclosed", "not been revealed",
                                    "tight-lipped")


def cue_index(lexicon: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """cue → modality, for a lexicon given as modality → cues (later entries win)."""
    out: dict[str, str] = {}
    for modality, cues in lexicon.items():
        for cue in cues:
            out[cue.lower()] = modality
    return out


_DEFAULT_INDEX = cue_index(MODAL_CUES)


def read_modality(cues: Iterable[str], index: Mapping[str, str] | None = None) -> tuple[str, str | None]:
    """The modality a list of cues expresses, and the cue that decided it.

    cues (Iterable[str]): cue lemmas/phrases as the extractor recorded them; a cue
        prefixed "not " is a negated frame ("not confirm").
    index (Mapping[str, str]): cue → modality (default: the built-in lexicon).
    RETURNS (tuple[str, str | None]): ("asserted", None) when no cue is known.
    """
    index = _DEFAULT_INDEX if index is None else index
    best: tuple[int, str, str] | None = None
    for cue in cues:
        modality = index.get(cue)
        if modality is None and cue.startswith("not "):
            base = index.get(cue[4:])
            # a negated confirmation or announcement leaves the matter open
            if base in ("confirmed", "announced"):
                modality = "unconfirmed"
            elif base == "denied":
                modality = None  # "did not deny": no reading
        if modality is None:
            continue
        rank = MODALITY_ORDER.index(modality) if modality in MODALITY_ORDER else len(MODALITY_ORDER)
        if best is None or rank < best[0]:
            best = (rank, modality, cue)
    if best is None:
        return "asserted", None
    return best[1], best[2]
