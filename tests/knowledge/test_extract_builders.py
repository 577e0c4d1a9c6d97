"""Extraction against the markup real small-business sites are built with (see builder_pages)."""

import pytest

from knowledge import extract
from tests.knowledge.builder_pages import PAGES


@pytest.mark.parametrize("page", PAGES, ids=[page.builder for page in PAGES])
def test_builder_page_keeps_content_and_drops_chrome(page):
    text = extract.from_html(page.html, page.url).text.replace("**", "")
    assert [sentence for sentence in page.keep if sentence not in text] == []
    assert [chrome for chrome in page.drop if chrome in text] == []
