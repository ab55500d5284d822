"""Text stage: text passes unchanged, HTML is reduced to its body, furniture lines are spans."""

from __future__ import annotations

import pytest

from eventwire.errors import InputError
from eventwire.schema import DocInput
from eventwire.text import prepare_article
from eventwire.text.boilerplate import find_boilerplate, is_furniture_line

BODY = ("Russian Foreign Minister Sergey Lavrov met his Pakistani counterpart in Islamabad on Wednesday.\n\n"
        "The two countries agreed to hold joint military exercises, officials said.\n\n")

PAGE = """<!DOCTYPE html>
<html><head>
  <title>Lavrov visits Islamabad | Example Wire</title>
  <meta property="og:title" content="Lavrov visits Islamabad">
  <meta property="og:site_name" content="Example Wire">
  <meta property="article:published_time" content="2021-04-07T09:30:00+00:00">
</head><body>
  <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
  <article>
    <h1>Lavrov visits Islamabad</h1>
    <p>Russian Foreign Minister Sergey Lavrov met Pakistani Foreign Minister Shah Mahmood Qureshi in
       Islamabad on Wednesday to discuss energy cooperation and a gas pipeline protocol.</p>
    <p>The two countries agreed to hold joint military exercises at sea and in the mountains later this
       year, officials from both sides told reporters after the meeting.</p>
    <p>Moscow also offered to supply special military equipment to strengthen Pakistan's
       counter-terrorism capacity, the ministers said in a joint statement.</p>
  </article>
  <footer><p>Copyright 2021 Example Wire. All rights reserved.</p></footer>
</body></html>"""


def spans_text(text, spans):
    return [text[start:end] for start, end in spans]


def test_text_input_is_unchanged_and_fields_are_kept():
    text = "  Lavrov “promised”  support.\r\n\n\tIslamabad\u00a0welcomed it.  "
    article = DocInput(id="t", text=text, title="T", published="2021-04-08", url="u", source="S")
    prepared = prepare_article(article)
    assert prepared.text is text
    assert (prepared.title, prepared.published, prepared.url, prepared.source) == ("T", "2021-04-08", "u", "S")


def test_html_body_and_metadata_are_extracted():
    prepared = prepare_article(DocInput(id="h", html=PAGE))
    assert prepared.text.startswith("Russian Foreign Minister Sergey Lavrov met")
    assert "joint military exercises" in prepared.text and "\n\n" in prepared.text
    for furniture in ("Home", "Sport", "Copyright", "Lavrov visits Islamabad"):
        assert furniture not in prepared.text
    assert prepared.title == "Lavrov visits Islamabad"
    assert prepared.published.startswith("2021-04-07")
    assert prepared.source == "Example Wire"


def test_fields_given_with_the_html_win_over_its_metadata():
    article = DocInput(id="h", html=PAGE, title="Given title", published="2021-04-09", source="Given source")
    prepared = prepare_article(article)
    assert (prepared.title, prepared.published, prepared.source) == ("Given title", "2021-04-09", "Given source")


def test_html_without_a_body_fails_with_e111():
    with pytest.raises(InputError) as caught:
        prepare_article(DocInput(id="nav-only", html="<html><body><nav><a href='/'>Home</a></nav></body></html>"))
    assert caught.value.code == "E111" and "nav-only" in str(caught.value)


def test_blank_text_fails_with_e101():
    with pytest.raises(InputError, match="E101"):
        prepare_article(DocInput(id="blank", text=" \n "))


def test_trailing_footer_lines_are_boilerplate():
    footer = ("Author’s Profile\n\nSumit Ahlawat\n\nFollow EurAsian Times on Google News\n\n"
              "Share this article\nFacebook | Twitter | WhatsApp\n© 2021 Example Wire")
    text = BODY + footer
    spans = find_boilerplate(text)
    assert spans_text(text, spans) == [footer]
    assert prepare_article(DocInput(id="f", text=text)).boilerplate == spans


def test_furniture_lines_inside_the_text_are_found_and_body_lines_kept():
    text = ("By Jane Doe\nUpdated: April 8, 2021 10:00 IST\n\n" + BODY
            + "Also Read: India rejects Russian offer on S-400 deliveries\n\n"
            + "Pakistan said it would buy more wheat from Russia this year.\n")
    assert spans_text(text, find_boilerplate(text)) == [
        "By Jane Doe\nUpdated: April 8, 2021 10:00 IST",
        "Also Read: India rejects Russian offer on S-400 deliveries",
    ]


@pytest.mark.parametrize("line", [
    "Subscribe to our newsletter", "Read more: Russia and Pakistan sign gas deal", "Click here to download",
    "Copyright 2021 Example Wire", "All rights reserved.", "Tags: Russia, Pakistan", "Related Posts",
    "(Reporting by Jane Doe; Editing by John Roe)", "Photo: Reuters", "https://example.com/story",
    "Follow us on Twitter", "Advertisement", "By Sumit Ahlawat",
])
def test_furniture_patterns(line):
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", [
    "By the end of the year, Russia will deliver the helicopters.",
    "Updated figures show 50 people died in the attack.",
    "Share prices fell after the sanctions were announced.",
    "Related talks will resume in Moscow next week.",
    "Follow-up talks are planned on Twitter's future in the region.",
    "Russia has promised to read more carefully the proposals from Islamabad.",
])
def test_story_lines_are_not_furniture(line):
    assert not is_furniture_line(line)


def test_story_ending_in_a_short_line_is_kept():
    text = BODY + "Talks will continue next month"
    assert find_boilerplate(text) == []


def test_a_text_of_only_headings_is_not_swallowed_whole():
    text = "Russia Pakistan Talks\nJoint Exercises Planned"
    assert find_boilerplate(text) == [] or find_boilerplate(text)[0][0] > 0


def test_short_text_gets_a_warning():
    prepared = prepare_article(DocInput(id="s", text="Russia protested."))
    assert any("short text" in warning for warning in prepared.warnings)
    assert prepare_article(DocInput(id="long", text=BODY * 3)).warnings == []
