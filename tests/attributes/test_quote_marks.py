from eventwire.attributes.quote_marks import scan_quotes


def quoted(text):
    return [text[start + 1:end] for start, end in scan_quotes(text)]


def test_curly_double_quotes():
    assert quoted("He said “we will win” and “so will they”.") == ["we will win", "so will they"]


def test_straight_double_quotes_pair_within_a_paragraph():
    assert quoted('A "one" and "two"\n\nthen "three"') == ["one", "two", "three"]


def test_guillemets():
    assert quoted("Il a dit «Bonjour» hier") == ["Bonjour"]


def test_single_quotes_are_not_apostrophes():
    text = "Pakistan’s role, it’s said, is a ‘strategic partnership’ for the countries’ leaders."
    assert quoted(text) == ["strategic partnership"]


def test_single_quote_containing_an_apostrophe():
    assert quoted("Russia eyes ‘Pakistan’s role’ now") == ["Pakistan’s role"]


def test_decade_abbreviation_is_not_a_quote():
    assert quoted("Back in the ‘90s it was different’s") == []


def test_nested_quote_belongs_to_the_outer_one():
    assert quoted("He said “they called it ‘a farce’ today”.") == ["they called it ‘a farce’ today"]


def test_quote_continued_across_paragraphs_keeps_the_closed_part():
    assert quoted("“First paragraph\n\n“Second paragraph.”") == ["Second paragraph."]


def test_doubled_apostrophes_are_double_quotes():
    text = "He said ''This isn't reform,'' and ''It's anti-reform.'' Mr. O'Neil's 'view' stands."
    assert quoted(text) == ["This isn't reform,", "It's anti-reform.", "view"]


def test_tex_style_quotes():
    assert quoted("``Never again,'' she said.") == ["Never again,"]
