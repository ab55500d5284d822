from eventwire.attributes.tone import lexicon_from_lines, load_tone_lexicon, tone_of_words

LINES = ["good\t1.9\t0.9\t[]", "war\t-2.9\t1.1\t[]", "meh\t0.2\t0.5\t[]", ":)\t2.0\t0.5\t[]"]


def test_lexicon_keeps_clearly_toned_words_only():
    lexicon = lexicon_from_lines(LINES)
    assert lexicon.positive == {"good"} and lexicon.negative == {"war"}


def test_tone_is_word_share_percentages():
    tone = tone_of_words("a good deal ends the war and war".split(), lexicon=lexicon_from_lines(LINES))
    assert (tone.positive, tone.negative, tone.score) == (12.5, 25.0, -12.5)


def test_empty_text_is_neutral():
    tone = tone_of_words([], lexicon=lexicon_from_lines(LINES))
    assert (tone.positive, tone.negative, tone.score) == (0.0, 0.0, 0.0)


def test_packaged_vader_lexicon_loads():
    lexicon = load_tone_lexicon()
    assert "good" in lexicon.positive and "war" in lexicon.negative
    assert len(lexicon.positive) > 1000 and len(lexicon.negative) > 1000
