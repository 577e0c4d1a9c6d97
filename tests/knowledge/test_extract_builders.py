"""Extraction against the markup real small-business sites are built with (see builder_pages)."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from knowledge import extract
from tests.knowledge.builder_pages import PAGES


@pytest.mark.parametrize("page", PAGES, ids=[page.builder for page in PAGES])
def test_builder_page_keeps_content_and_drops_chrome(page):
    text = extract.from_html(page.html, page.url).text.replace("**", "")
    assert [sentence for sentence in page.keep if sentence not in text] == []
    assert [chrome for chrome in page.drop if chrome in text] == []


@pytest.mark.parametrize("wrapper", ["lw-with-sidebar", "page-has-sidebar", "layout-with-left-sidebar", "no-menu"])
def test_a_wrapper_named_for_its_layout_is_content_and_its_sidebar_is_not(wrapper):
    html = f"""<html><body><main><section class="lw-page-banner"><h1>Boiler Repair</h1></section>
    <section class="elementor-section {wrapper}"><div class="elementor-column lw-main">
    <h2>Fault codes</h2><p>Vaillant F28 means the boiler tried to light and failed.</p>
    <h2>Pressure keeps dropping?</h2><p>A sealed system should sit at about 1 to 1.5 bar when cold.</p></div>
    <div class="elementor-column lw-sidebar"><h3>Why choose us</h3><p>Rated five stars by 900 customers.</p></div>
    </section><section class="lw-reviews"><h2>What our customers say</h2><p>Fixed our boiler in an hour.</p>
    </section><section class="lw-cta"><h2>Book an engineer</h2><p>Call 0115 496 0000.</p></section>
    </main></body></html>"""
    text = extract.from_html(html, "https://lockwood.test/boiler-repair/").text
    assert "Vaillant F28 means the boiler tried to light and failed." in text
    assert "1 to 1.5 bar" in text
    assert "Rated five stars" not in text


def test_a_sidebar_is_still_dropped_when_a_word_before_it_is_no_modifier():
    html = """<html><body><main><h1>Fees</h1><p>A check-up costs £55 for adults.</p>
    <div class="widget-area primary-sidebar"><p>Sign up for our newsletter and win a toothbrush.</p></div>
    </main></body></html>"""
    text = extract.from_html(html, "https://smile.test/fees/").text
    assert "A check-up costs £55" in text and "newsletter" not in text


def test_a_wrapper_that_holds_most_of_what_the_page_says_is_content_whatever_its_class():
    facts = " ".join(f"Fact {n}: a sealed heating system should sit at 1 to 1.5 bar when cold." for n in range(12))
    html = f"""<html><body><main><section class="banner"><h1>Boiler Repair</h1></section>
    <div class="sidebar-layout"><h2>Pressure</h2><p>{facts}</p><h2>Fault codes</h2><p>F28 means no ignition.</p>
    </div><aside><h3>Why us</h3><p>Rated five stars.</p></aside>
    <section><h2>Reviews</h2><p>Great.</p></section><section><h2>Book</h2><p>Call us.</p></section>
    </main></body></html>"""
    text = extract.from_html(html, "https://lockwood.test/boiler-repair/").text
    assert "Fact 11: a sealed heating system" in text and "F28 means no ignition." in text


def test_an_accordion_folded_with_aria_hidden_keeps_its_questions_and_answers():
    html = """<html><body><main><h1>FAQs</h1><div class="fl-accordion" role="tablist">
    <div class="fl-accordion-item"><div class="fl-accordion-button" aria-controls="panel-0" role="tab">
    <a href="#" class="fl-accordion-button-label">Do you take walk-ins?</a>
    <a href="#" class="fl-accordion-button-icon-link" aria-hidden="true"><i class="fas fa-plus"></i></a></div>
    <div class="fl-accordion-content" id="panel-0" aria-hidden="true" role="tabpanel">
    <p>Yes, for nails and brows when we have a free chair.</p></div></div></div>
    <a class="fl-button" href="/book/">Book now</a><a class="btn" href="/emergency/">Emergency?</a>
    <div id="mobile-menu" aria-hidden="true"><a href="/">Home</a> <a href="/prices/">Prices</a></div>
    <button aria-controls="mobile-menu">Menu</button></main></body></html>"""
    text = extract.from_html(html, "https://bonnie.test/faq/").text
    assert "Do you take walk-ins?" in text
    assert "Yes, for nails and brows when we have a free chair." in text
    assert "Book now" not in text and "Emergency?" not in text and "Prices" not in text


def test_a_content_wrapper_named_for_its_sidebar_keeps_a_page_of_lists_and_tables():
    """Drupal Olivero puts <main> inside "sidebar-grid"; this page's content is mostly list items."""
    items = "".join(f"<li>Lease clause {n}: check the break, repairs and rent deposit terms.</li>" for n in range(15))
    html = f"""<html><body><div class="layout-main"><div class="region region--highlighted"><h1>Leases</h1></div>
    <div class="sidebar-grid grid-full"><main role="main"><h2>What we help with</h2><ul>{items}</ul>
    <h2>Fixed fees</h2><table><tr><td>New lease for a tenant</td><td>£1,250 + VAT</td></tr></table>
    <h2>Timing</h2><p>A new lease usually takes four to eight weeks.</p></main>
    <aside class="region region--sidebar"><h2>For businesses</h2><a href="/employment/">Employment law</a></aside>
    </div></div><div class="block-cta"><h2>Talk to a real person</h2><p>Ring us.</p></div></body></html>"""
    text = extract.from_html(html, "https://lendal.test/commercial-property/").text
    assert "Lease clause 14: check the break" in text and "£1,250 + VAT" in text and "four to eight weeks" in text
    assert "Employment law" not in text


def test_a_page_hidden_until_a_script_reveals_it_is_read_whole_rather_than_lost():
    """A preloader theme hides the whole page with aria-hidden until its script runs; the rules would drop it."""
    paras = "".join(
        f"<p>Service visit {n} includes a flue gas analysis, a check of the seals and a written report.</p>"
        for n in range(8)
    )
    html = f"""<html><head><title>Boiler servicing | Lockwood</title></head><body><div class="preloader">Loading</div>
    <div class="page-wrap" aria-hidden="true"><header><nav><a href="/">Home</a></nav></header>
    <div class="content"><h1>Boiler servicing</h1>{paras}</div><footer>Lockwood Ltd</footer></div></body></html>"""
    text = extract.from_html(html, "https://lockwood.test/servicing/").text
    assert "Service visit 7 includes a flue gas analysis" in text


def test_a_table_layout_menu_without_a_class_is_dropped_and_a_table_of_prices_kept():
    pages = ("team", "fees", "nhs")
    menu = "".join(f'<tr><td><font size="2"><a href="/{p}/">{p.title()}</a></font></td></tr>' for p in pages)
    html = f"""<html><body><table width="100%"><tr><td width="200" valign="top"><table>{menu}</table></td>
    <td valign="top"><h2>Private fees</h2><table border="1"><tr><td>Examination</td><td>&pound;38</td></tr>
    <tr><td><a href="/fees/#hygiene">Hygienist</a></td><td>&pound;55</td></tr></table>
    <p><b>Can I pay monthly?</b><br>Yes, through our practice plan.</p></td></tr></table></body></html>"""
    text = extract.from_html(html, "http://www.broughtonhouse.test/fees/").text
    assert "| Examination | £38 |" in text and "| Hygienist | £55 |" in text and "practice plan" in text
    assert "Team" not in text and "Nhs" not in text


def test_an_accordion_built_as_a_list_heads_each_answer_with_its_question():
    """UIkit (YOOtheme) builds an FAQ as a list: each item a title link and a content panel."""
    html = """<html><body><main><h1>FAQ</h1><ul uk-accordion>
    <li><a class="uk-accordion-title" href="#">Should I wash my hair before a colour?</a>
    <div class="uk-accordion-content"><p>Please don't wash it on the day.</p></div></li>
    <li><a class="uk-accordion-title" href="#">Do you cut afro hair?</a>
    <div class="uk-accordion-content"><p>Yes, several of our team are trained.</p></div></li></ul>
    <p>Things to bring:</p><ul><li>Is your scalp sensitive?</li><li>Photos of styles you like</li></ul>
    </main></body></html>"""
    text = extract.from_html(html, "https://bramble.test/faq/").text
    assert "## Should I wash my hair before a colour?\n\nPlease don't wash it on the day." in text
    assert "## Do you cut afro hair?" in text and "- Is your scalp sensitive?" in text


def test_pages_extracted_in_several_threads_at_once_run_trafilatura_one_at_a_time(monkeypatch):
    """The crawler extracts in its fetch threads; trafilatura's shared lxml parsers must never be used by
    two of them at once (that aborted the process)."""
    running, most = [0], [0]
    guard = threading.Lock()
    real = extract.trafilatura.extract

    def counting(*args, **kwargs):
        with guard:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.002)
        try:
            return real(*args, **kwargs)
        finally:
            with guard:
                running[0] -= 1

    monkeypatch.setattr(extract.trafilatura, "extract", counting)
    with ThreadPoolExecutor(max_workers=6) as pool:
        documents = list(pool.map(lambda page: extract.from_html(page.html, page.url), PAGES * 3))
    assert all(document.text for document in documents)
    assert most[0] == 1
