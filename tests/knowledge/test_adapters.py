"""Embedders, answerers, chunking, extraction: WordLlama loads offline; OpenAI adapters run against a local fake."""

import dataclasses
import json
import socket

import numpy as np
import pytest

from knowledge import answerers, chunking, embedders, extract, vectors
from knowledge.retrieval import Passage


def test_wordllama_loads_without_touching_the_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the embedder tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    model = embedders.WordLlamaEmbedder.load_model()
    vectors_ = embedders.WordLlamaEmbedder().embed(["Where can I park?", "Parking is behind the building."])
    assert model is not None
    assert vectors_.shape == (2, 256)
    assert np.allclose(np.linalg.norm(vectors_, axis=1), 1.0, atol=1e-4)


@pytest.fixture
def fake_openai():
    """A local OpenAI-compatible server; returns (base_url, requests seen)."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    seen = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            seen.append((self.path, {k.lower(): v for k, v in self.headers.items()}, body))
            if self.path.endswith("/embeddings"):
                data = [
                    {"object": "embedding", "index": i, "embedding": [float(i + 1), 0.0, 1.0]}
                    for i, _ in enumerate(body["input"])
                ]
                payload = {
                    "object": "list",
                    "data": data,
                    "model": body["model"],
                    "usage": {"prompt_tokens": 3, "total_tokens": 3},
                }
                return self._json(payload)
            question = body["messages"][-1]["content"].rsplit("Question:", 1)[-1]
            text = "We are open 9 to 5 on weekdays [1]." if "open" in question else "UNKNOWN"
            if body.get("stream"):
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                for piece in (text[:10], text[10:]):
                    chunk = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": body["model"],
                             "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}  # fmt: skip
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                tokens = {"prompt_tokens": 50, "completion_tokens": 9, "total_tokens": 59}
                usage = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": body["model"],
                         "choices": [], "usage": tokens}  # fmt: skip
                self.wfile.write(f"data: {json.dumps(usage)}\n\ndata: [DONE]\n\n".encode())
                return
            return self._json(
                {
                    "id": "c1",
                    "object": "chat.completion",
                    "created": 1,
                    "model": body["model"],
                    "choices": [
                        {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}
                    ],
                    "usage": {"prompt_tokens": 50, "completion_tokens": 9, "total_tokens": 59},
                }
            )

        def _json(self, payload):
            raw = json.dumps(payload).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1", seen
    server.shutdown()
    server.server_close()


PASSAGES = [
    Passage(
        1,
        "https://shop.test/hours",
        "Hours",
        "Opening hours",
        "We are open 9 to 5 on weekdays.",
        0.03,
        0.7,
        0.1,
        None,
        1,
    ),
    Passage(2, "https://shop.test/parking", "Parking", "", "Park behind the shop.", 0.02, 0.3, 0.0, None, 1),
]


def test_openai_embeddings_are_batched_ordered_and_normalised(fake_openai):
    base_url, seen = fake_openai
    embedder = embedders.OpenAIEmbedder(api_key="sk-test", base_url=base_url, model="emb-small", dims=3)
    embedder.batch_size = 2
    matrix = embedder.embed(["a", "b", "c"])
    assert matrix.shape == (3, 3)
    assert np.allclose(np.linalg.norm(matrix, axis=1), 1.0)
    assert [len(body["input"]) for _, _, body in seen] == [2, 1]
    assert seen[0][1]["authorization"] == "Bearer sk-test"
    assert embedder.id == "openai:emb-small:3"
    wrong = embedders.OpenAIEmbedder(api_key="sk-test", base_url=base_url, model="emb-small", dims=1536)
    with pytest.raises(embedders.EmbeddingError):
        wrong.embed(["a"])


def test_openai_answers_cite_the_passages_they_used(fake_openai):
    base_url, seen = fake_openai
    answerer = answerers.OpenAIAnswerer(api_key="sk-test", base_url=base_url, model="chat-mini")
    answer = answerer.answer("When are you open?", PASSAGES, business="Test Shop")
    assert answer.answered and answer.text == "We are open 9 to 5 on weekdays."
    assert answer.used == [PASSAGES[0]]
    assert (answer.prompt_tokens, answer.completion_tokens) == (50, 9)
    system = seen[-1][2]["messages"][0]["content"]
    assert "Test Shop" in system and "UNKNOWN" in system and "read aloud" not in system
    assert "[1] Hours > Opening hours" in seen[-1][2]["messages"][1]["content"]
    answerer.answer("When are you open?", PASSAGES, business="Test Shop", channel="voice")
    assert "read aloud on a phone call" in seen[-1][2]["messages"][0]["content"]
    unknown = answerer.answer("Do you sell boats?", PASSAGES)
    assert not unknown.answered and unknown.used == []


def test_openai_answers_stream(fake_openai):
    base_url, _ = fake_openai
    answerer = answerers.OpenAIAnswerer(api_key="sk-test", base_url=base_url, model="chat-mini")
    parts = list(answerer.stream("When are you open?", PASSAGES))
    *deltas, final = parts
    assert "".join(deltas) == "We are open 9 to 5 on weekdays [1]."
    assert final.answered and final.used == [PASSAGES[0]] and final.completion_tokens == 9


def test_offline_answerer_extracts_and_admits_ignorance():
    # As search measures a passage that plainly answers: every word matched, well ahead of the next page.
    found = dataclasses.replace(PASSAGES[0], score=3.0, match=1.0, lexical=4.0, text_rank=0.6, fused=0.065)
    answer = answerers.OfflineAnswerer().answer("when are you open", [found, PASSAGES[1]])
    assert answer.answered and "9 to 5" in answer.text and answer.used[0] is found
    nothing = answerers.OfflineAnswerer().answer("when are you open", [])
    assert not nothing.answered and nothing.text == answerers.UNKNOWN


def test_an_offline_answer_quotes_retrievals_first_page_unless_its_best_sentence_is_far_behind(monkeypatch):
    """Retrieval put the hours page first; the sentence scores prefer the parking page's sentence (by about
    0.65 here)."""
    monkeypatch.setattr(answerers, "confidence_of", lambda passages: 0.9)
    first, second = PASSAGES[0], dataclasses.replace(PASSAGES[1], text="Open parking behind the shop all day.")
    answer = answerers.OfflineAnswerer().answer("is the car park open all day", [first, second])
    assert [p.url for p in answer.used] == [second.url] and "9 to 5" not in answer.text
    monkeypatch.setattr(answerers, "LEAD_GAP", 0.7)
    both = answerers.OfflineAnswerer().answer("is the car park open all day", [first, second])
    assert [p.url for p in both.used] == [first.url, second.url]
    assert both.text == "We are open 9 to 5 on weekdays. Open parking behind the shop all day."


def test_when_retrieval_can_hardly_tell_its_first_two_pages_apart_the_answer_quotes_both(monkeypatch):
    monkeypatch.setattr(answerers, "confidence_of", lambda passages: 0.9)
    # The visits page's sentence scores about 0.76 below the hours page's.
    monkeypatch.setattr(answerers, "LEAD_GAP", 0.8)
    question = "are you open at the weekend"
    hours = dataclasses.replace(PASSAGES[0], text="We are open 9 to 5 on weekdays and at the weekend.", score=2.0)
    visits = dataclasses.replace(PASSAGES[1], text="Weekend appointments are for home visits only.", score=1.9)
    tie = answerers.OfflineAnswerer().answer(question, [hours, visits])
    assert [p.url for p in tie.used] == [hours.url, visits.url]
    # Well apart, the first page's sentence alone.
    apart = answerers.OfflineAnswerer().answer(question, [hours, dataclasses.replace(visits, score=1.5)])
    assert [p.url for p in apart.used] == [hours.url]
    monkeypatch.setattr(answerers, "LEAD_GAP", 0.3)
    assert [p.url for p in answerers.OfflineAnswerer().answer(question, [hours, visits]).used] == [hours.url]


def test_below_its_threshold_the_offline_answerer_offers_the_closest_pages_and_says_it_is_not_sure(monkeypatch):
    answerer = answerers.OfflineAnswerer()
    close = [dataclasses.replace(PASSAGES[0], score=0.03), dataclasses.replace(PASSAGES[1], score=0.028)]
    monkeypatch.setattr(answerers, "confidence_of", lambda passages: 0.2)
    unsure = answerer.answer("what hours do you keep", close, min_confidence=0.25)
    assert not unsure.answered and unsure.confidence == 0.2 and unsure.extra == {"closest": True}
    assert unsure.text.startswith("I'm not sure I have the answer to that.")
    assert "\u201cHours\u201d and \u201cParking\u201d pages" in unsure.text and "9 to 5" in unsure.text
    assert unsure.used[0] is close[0] and [p.url for p in unsure.used][1] == "https://shop.test/parking"
    # On a call the caller cannot open a page: the sentence is said, the pages are still cited.
    spoken = answerer.answer("what hours do you keep", close, min_confidence=0.25, channel="voice")
    assert "page" not in spoken.text and "9 to 5" in spoken.text and len(spoken.used) == 2
    # Up to three pages, named as a list.
    third = dataclasses.replace(PASSAGES[1], chunk_id=3, url="https://shop.test/contact", title="Contact", score=0.027)
    three = answerer.answer("what hours do you keep", [*close, third], min_confidence=0.25)
    assert "\u201cHours\u201d, \u201cParking\u201d and \u201cContact\u201d pages" in three.text
    # A page well behind the best is not offered.
    apart = [close[0], dataclasses.replace(PASSAGES[1], score=0.02)]
    assert [p.url for p in answerer.answer("what hours do you keep", apart).used] == ["https://shop.test/hours"]
    # Far below the threshold nothing is offered; at it, an answer is given.
    monkeypatch.setattr(answerers, "confidence_of", lambda passages: 0.25 * answerers.SUGGEST_SHARE - 0.01)
    nothing = answerer.answer("what hours do you keep", close, min_confidence=0.25)
    assert not nothing.answered and nothing.text == answerers.UNKNOWN and nothing.used == []
    monkeypatch.setattr(answerers, "confidence_of", lambda passages: 0.25)
    assert answerer.answer("what hours do you keep", close, min_confidence=0.25).answered


def test_confidence_rises_with_the_match_and_the_lead_and_falls_with_words_the_site_lacks():
    best = dataclasses.replace(PASSAGES[0], score=2.2, match=0.5, lexical=1.5, text_rank=0.3, fused=0.06)
    runner_up = dataclasses.replace(PASSAGES[1], score=1.8)

    def confidence(**changes):
        return answerers.confidence_of([dataclasses.replace(best, **changes), runner_up])

    plain = confidence()
    assert 0.05 < plain < 0.95
    assert confidence(match=0.9) > plain and confidence(score=3.0) > plain
    assert answerers.confidence_of([best, dataclasses.replace(runner_up, score=2.15)]) < plain
    assert confidence(unknown=0.8) < plain and confidence(unknown_offer=0.5) < confidence(unknown=0.5) < plain
    assert answerers.confidence_features([best, runner_up])["lead"] == pytest.approx(0.4)
    assert answerers.confidence_of([]) == 0.0
    # A staff-written answer close in meaning is known however the rest measures.
    faq = dataclasses.replace(best, faq_id=7, similarity=0.7, unknown=1.0)
    assert answerers.confidence_of([faq, runner_up]) == 0.8


def test_chunks_follow_headings_carry_breadcrumbs_and_overlap():
    long = " ".join(f"Sentence number {i} about boilers and radiators." for i in range(200))
    text = f"# Services\n\n## Heating\n\n{long}\n\n## Drains\n\nWe clear blocked drains."
    pieces = chunking.chunk(text, title="Services", target=200, overlap=40)
    heating = [p for p in pieces if p.heading == "Heating"]
    assert len(heating) > 3
    assert all(chunking.tokens(p.text) <= 260 for p in heating)
    assert heating[0].text.split()[-5:] == heating[1].text.split()[:5] or heating[0].text[-60:] in heating[1].text
    assert pieces[-1].heading == "Drains" and pieces[-1].text == "We clear blocked drains."


def test_extraction_keeps_content_and_drops_clutter():
    html = (
        "<html><head><title>Fees | Acme</title><link rel='canonical' href='/fees/'>"
        "<meta name='robots' content='noindex'></head><body><nav><a href='/a'>A</a></nav>"
        "<div class='cookie-banner'>We use cookies</div><main><h1>Fees</h1><h2>Check-up</h2><p>£65.</p>"
        "<table><tr><td>Whitening</td><td>£295</td></tr></table></main><footer>© Acme</footer>"
        "<script>track()</script></body></html>"
    )
    document = extract.from_html(html, "https://acme.test/fees")
    assert document.title == "Fees"
    assert document.canonical_url == "https://acme.test/fees/"
    assert document.noindex
    assert "## Check-up" in document.text and "| Whitening | £295 |" in document.text
    assert "cookies" not in document.text and "Acme" not in document.text and "track" not in document.text
    assert "https://acme.test/a" in document.links
    assert extract.content_hash("Hello  world\n") == extract.content_hash("hello world")


def test_faq_accordions_and_bare_text_keep_each_question_with_its_answer():
    html = (
        "<html><head><title>FAQ | Acme</title></head><body><main><h1>Questions</h1>"
        "<details><summary>Do you see children?</summary><p>From age one.</p></details>"
        "<div class='accordion'><button class='toggle'>Can I pay monthly?</button>"
        "<div class='panel'>Yes, from £12 a month.</div></div>"
        "<dl><dt>Do you do whitening?</dt><dd>Home trays, £295.</dd></dl>"
        "<p><strong>Do you take walk-ins?</strong></p><p>Weekday mornings.</p>"
        "<button>Book now</button></main></body></html>"
    )
    text = extract.from_html(html, "https://acme.test/faq/").text
    assert "Book now" not in text
    pieces = chunking.chunk(text, title="FAQ")
    assert [(p.heading.split(" > ")[-1], p.text.strip("- ")) for p in pieces] == [
        ("Do you see children?", "From age one."),
        ("Can I pay monthly?", "Yes, from £12 a month."),
        ("Do you do whitening?", "Home trays, £295."),
        ("Do you take walk-ins?", "Weekday mornings."),
    ]


def test_vector_literal_and_index_sql():
    assert vectors.literal([0.5, -1.0]) == "[0.5,-1]"
    assert "WHERE dims = 1536" in vectors.index_sql(1536)
    assert "heading_embedding::vector(256)" in vectors.index_sql(256, "heading_embedding")


def test_folded_accordion_answers_are_kept_and_other_hidden_things_dropped():
    html = (
        "<html><head><title>FAQ | Acme</title></head><body><main><h1>Questions</h1>"
        "<h3><button aria-expanded='false' aria-controls='a1'>Do you open on Sundays?</button></h3>"
        "<div id='a1' role='region' hidden><p>Yes, 10am to 2pm.</p></div>"
        "<button class='faq-question'>Can I bring my dog?</button>"
        "<div class='faq-answer' hidden><p>Dogs on a lead are welcome.</p></div>"
        "<div hidden><p>Old offer: half price in May.</p></div>"
        "<span aria-hidden='true'>icon-arrow</span>"
        "</main></body></html>"
    )
    text = extract.from_html(html, "https://acme.test/faq/").text
    assert "10am to 2pm" in text and "Dogs on a lead" in text
    assert "Old offer" not in text and "icon-arrow" not in text
    headings = [p.heading.split(" > ")[-1] for p in chunking.chunk(text, title="FAQ")]
    assert "Do you open on Sundays?" in headings and "Can I bring my dog?" in headings


def test_layout_classes_do_not_make_the_content_wrapper_boilerplate():
    html = (
        "<html><head><title>Prices | Acme</title></head><body class='has-mega-menu'>"
        "<div class='nav-menu'><a href='/a'>Services</a></div>"
        "<div class='page-wrap menu-push'><div class='hero'><h1>Prices</h1></div>"
        "<div class='content-grid with-sidebar'><div class='w-richtext'>"
        "<h2>Boiler service</h2><p>A boiler service is £89 and takes about an hour.</p>"
        "<h2>Call-outs</h2><p>Our call-out charge is £60 in the daytime.</p></div>"
        "<div class='sidebar'><h3>Opening times</h3><p>Mon to Fri 8am to 6pm.</p></div></div></div>"
        "</body></html>"
    )
    text = extract.from_html(html, "https://acme.test/prices/").text
    assert "# Prices" in text and "£89" in text and "£60" in text
    assert "Services" not in text and "Mon to Fri" not in text


def test_text_in_a_builders_divs_is_kept_without_a_main_element():
    html = (
        "<html><head><title>Prices | Acme</title></head><body>"
        "<div class='section'><div class='container'><h1>Prices</h1>"
        "<p>Our standard prices for planned work, all including VAT.</p>"
        "<div class='pricing-grid'>"
        "<div class='price-card'><div class='price-card-title'>Radiator swap</div><div class='price'>from £240</div>"
        "<a class='button w-button' href='/book/'>Book</a></div>"
        "<div class='price-card'><div class='price-card-title'>Smart thermostat</div><div class='price'>from £249</div>"
        "<a class='button w-button' href='/book/'>Book</a></div>"
        "</div></div></div></body></html>"
    )
    text = extract.from_html(html, "https://acme.test/prices/").text
    assert "Radiator swap" in text and "from £240" in text and "from £249" in text
    assert "Book" not in text


def test_a_food_or_treatment_menu_is_content_and_the_navigation_menu_is_not():
    html = (
        "<html><head><title>Menu | Acme</title></head><body>"
        "<div class='main-menu'><a href='/'>Home</a> <a href='/menu/'>Our menu</a>"
        " <a href='/book/'>Book a table</a></div>"
        "<div class='menu-toggle'>Menu</div>"
        "<main><h1>Our menu</h1>"
        "<section class='food-menu'><h2>Starters</h2><ul><li>Leek and potato soup with sourdough, £6.50</li>"
        "<li>Chicken liver parfait with red onion chutney and toast, £8</li></ul></section>"
        "<div id='menu-desserts' class='menu-section'><h2>Desserts</h2><p>Sticky toffee pudding with clotted cream"
        " ice cream, £7. Ask about today's cheeses.</p></div>"
        "</main></body></html>"
    )
    text = extract.from_html(html, "https://acme.test/menu/").text
    assert "Leek and potato soup" in text and "Sticky toffee pudding" in text
    assert "Book a table" not in text and "Menu\n" not in text
