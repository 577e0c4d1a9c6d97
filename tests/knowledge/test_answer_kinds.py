"""The kind of answer a question asks for, and the sentences that hold one."""

import pytest

from knowledge import answer_kinds, answerers
from knowledge.retrieval import Passage, normalise_query


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("How much is a check-up?", {"price"}),
        ("what do you charge for a full set of nails", {"price"}),
        ("What time do you shut on a Saturday", {"time"}),
        ("how late are you open on thursdays", {"time"}),
        ("where can I leave the car when I come in", {"place"}),
        ("Is there anywhere to park?", {"place"}),
        ("where are you exactly", {"place"}),
        ("how long does a filling take", {"duration"}),
        ("how long will it take and how much will it cost", {"duration", "price"}),
        ("how much notice do I have to give when I move out", set()),
        ("someone's offered 10k under the asking price, do I have to take it", set()),
        ("my dog keeps scratching his ears", set()),
        ("where does my deposit go", set()),
        ("can I bring my little boy with me", set()),
    ],
)
def test_the_kind_of_answer_a_question_asks_for(question, kinds):
    assert answer_kinds.asked(normalise_query(question)) == kinds


@pytest.mark.parametrize(
    ("kind", "text", "holds"),
    [
        ("price", "A check-up is £45 for adults.", True),
        ("price", "Oil change | $49.95", True),
        ("price", "We price every job fairly.", False),
        ("time", "Open 8.30am to 6pm, Monday to Friday.", True),
        ("time", "Saturday 09:00 - 13:00", True),
        ("time", "We open on Saturdays.", False),
        ("place", "We are at 12 Mill Lane, York YO1 7HH.", True),
        ("place", "Free parking behind the surgery.", True),
        ("place", "We look after your whole family.", False),
        ("duration", "A filling takes about 30 minutes.", True),
        ("duration", "Allow half an hour for your first visit.", True),
        ("duration", "Fillings are white and match your teeth.", False),
    ],
)
def test_whether_a_text_holds_an_answer_of_a_kind(kind, text, holds):
    assert answer_kinds.held(frozenset({kind}), text) is holds


def _passage(chunk_id, url, title, text, **marks):
    return Passage(chunk_id, url, title, title, text, 0.03, 0.5, 0.1, None, 1, fused=0.03, **marks)


def _scores(question, passages) -> dict[str, float]:
    return {sentence: score for score, _, _, sentence, _ in answerers._ranked_sentences(question, passages)}


def test_the_offline_answerer_prefers_the_sentence_holding_what_was_asked_for(monkeypatch):
    whitening = _passage(
        1,
        "https://clinic.test/whitening/",
        "Teeth whitening",
        "Teeth whitening brightens your smile safely over two weeks. Home whitening kits are £295.",
    )
    priced = _scores("how much for teeth whitening", [whitening])
    plain = _scores("can I have my teeth whitened", [whitening])
    monkeypatch.setattr(answerers, "KIND_BONUS", 0.0)
    unweighted = _scores("how much for teeth whitening", [whitening])
    assert priced["Home whitening kits are £295."] == pytest.approx(unweighted["Home whitening kits are £295."] + 0.15)
    # The sentence without a price, and any sentence of a question asking for no price, gain nothing.
    assert priced["Teeth whitening brightens your smile safely over two weeks."] == pytest.approx(
        unweighted["Teeth whitening brightens your smile safely over two weeks."]
    )
    assert plain == _scores("can I have my teeth whitened", [whitening])


def test_a_how_much_answer_quotes_a_price_when_its_best_sentences_hold_none(monkeypatch):
    first_visit = _passage(
        1,
        "https://clinic.test/first-visit/",
        "Your first visit",
        "Your first appointment is with one of our chiropractors and lasts between 45 minutes and an hour.",
    )
    prices = _passage(2, "https://clinic.test/prices/", "Prices", "Initial consultation and first treatment | £70")
    question = "How much is the first appointment with a chiropractor?"
    answer = answerers.OfflineAnswerer().answer(question, [first_visit, prices], min_confidence=0.0)
    assert answer.used == [first_visit, prices]
    assert "£70" in answer.text
    # Without the rule, or for a price far behind the best sentence, the answer is the visit's length alone.
    monkeypatch.setattr(answerers, "KIND_GAP", 0.0)
    assert answerers.OfflineAnswerer().answer(question, [first_visit, prices], min_confidence=0.0).used == [first_visit]


def test_for_a_question_about_people_the_people_page_sentences_gain(monkeypatch):
    children = _passage(1, "https://clinic.test/children/", "Children", "Kids are welcome from their first birthday.")
    # Retrieval marks the people page's passages for a question about people.
    team = _passage(2, "https://clinic.test/team/", "Our team", "Dr Asha Patel is our children's dentist.", people=True)
    question = "who looks after the kids"
    weighted = _scores(question, [children, team])
    monkeypatch.setattr(answerers, "KIND_BONUS", 0.0)
    unweighted = _scores(question, [children, team])
    team_sentence, children_sentence = (
        "Dr Asha Patel is our children's dentist.",
        "Kids are welcome from their first birthday.",
    )
    assert weighted[team_sentence] == pytest.approx(unweighted[team_sentence] + 0.15)
    assert weighted[children_sentence] == pytest.approx(unweighted[children_sentence])


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("Do you sell wigs?", "wigs"),
        ("can you fit a charger for my electric car", "a charger for my electric car"),
        ("do you also do ear piercing for children", "ear piercing for children"),
        ("could someone install solar panels", "solar panels"),
        ("can you fix my dishwasher, it won't drain", "my dishwasher it won't drain"),
        ("can you help me get a mortgage", "me get a mortgage"),
        # The someone who would do it, and what they would do, are not the thing.
        ("do you have someone who can sort out a mortgage for us", "a mortgage for us"),
        ("Do you have anyone to sort out probate?", "probate"),
        ("do you have someone on site at weekends", "someone on site at weekends"),
        ("how much is a check-up", ""),
        ("can I bring my dog", ""),
        ("what time do you open on saturdays", ""),
        # Whose hours are asked for: a place the site may never name, or the business by its own name.
        ("What time does the library shut on a Saturday?", "the library"),
        ("when does Ledbury market start", "ledbury market"),
        ("what time does the surgery close on saturday", "the surgery"),
        ("when does your shop open", ""),
        ("what time does it open on sunday", ""),
        ("What time do Bristol Rovers kick off on Saturday?", "bristol rovers"),
        # Whom the business is asked to take on.
        ("Are you hiring any dental nurses at the moment?", "hiring any dental nurses at the moment"),
        ("are you taking on apprentices", "taking on apprentices"),
        ("are you open on sundays", ""),
        # What kind of business it is asked to recommend.
        ("Can you recommend a good plumber in Tewkesbury?", "plumber"),
        ("could you suggest a decent wedding photographer near here", "wedding photographer"),
        ("which shampoo would you recommend for dry hair", ""),
        # The world outside the business: the weather, a match.
        ("What's the weather meant to be like in Glasgow on Saturday?", "weather"),
        ("Is it going to rain in Bristol this weekend?", "rain"),
        ("Who won the derby last night, City or United?", "derby"),
        ("who won the Brighton game on Saturday", "brighton game"),
        ("Are Forest playing at home this weekend?", "forest"),
        ("Is Plymouth Argyle at home this Saturday?", "plymouth argyle"),
        ("Did Norwich City win at the weekend?", "norwich city"),
        ("did you win an award last year", ""),
        ("are you playing music during treatments", ""),
        ("the gutter overflows every time it rains", ""),
    ],
)
def test_what_a_question_asks_the_business_offers_whose_hours_or_whom_it_takes_on(question, thing):
    assert answer_kinds.offered(normalise_query(question)) == thing
