"""The customer-wording lexicon: phrases found with words in between, synonyms told from phrases, and
nothing the question already says."""

from knowledge import lexicon


def words(text: str) -> list[str]:
    return [e.word for e in lexicon.expand(text)]


def test_a_phrase_is_found_with_other_words_inside_it():
    found = {e.word: e for e in lexicon.expand("can you put my old dog to sleep at home")}
    assert "euthanasia" in found
    assert found["euthanasia"].sources >= {"put", "sleep"} and not found["euthanasia"].synonym
    # Too far apart, the words are no longer the phrase.
    assert "euthanasia" not in words("put the lead on, my dog walks a long way before he will go to sleep")


def test_synonyms_are_marked_and_plurals_match():
    found = {e.word: e for e in lexicon.expand("do my puppies need jabs")}
    assert found["vaccination"].synonym and "jab" in found["vaccination"].sources
    assert "vaccine" in words("when is the next jab due")


def test_words_the_question_already_has_are_not_added():
    added = words("how much does it cost")
    assert "price" in added and "cost" not in added
    assert words("") == [] and words("zzz qqq") == []


def test_every_entry_is_lower_case_and_reaches_other_words():
    for key, found in lexicon._table().items():
        assert key and all(w == w.lower() for w in key)
        assert found and all(word for word, _ in found)


def test_wordings_take_turns_so_a_long_list_cannot_crowd_out_another():
    added = words("how much to put my dog to sleep")
    assert added.index("euthanasia") < 3 and added[0] == "price"


def test_a_wording_inside_a_longer_one_adds_nothing_of_its_own():
    added = words("who is in charge of the practice")
    assert "director" in added and "owner" in added
    assert "price" not in added and "fee" not in added
    # Alone, the same word is about money.
    assert "price" in words("what do you charge for a checkup")


def test_a_situation_described_in_everyday_words_reaches_the_trades_term():
    cases = {
        "my tooth snapped while I was eating": {"broken", "emergency"},
        "the car shakes when I brake": {"rotors", "discs"},
        "my dad is getting confused and we want to handle his money": {"power", "attorney", "capacity"},
        "we're buying our first house": {"conveyancing"},
        "my boss sacked me on the spot": {"dismissal", "employment"},
        "my dog keeps scratching": {"allergy", "dermatology"},
        "my roots are showing": {"regrowth"},
        "my landlord won't fix the heating": {"disrepair", "repairs"},
        "water is coming through the kitchen ceiling": {"leak"},
        "my key snapped in the front door": {"extraction"},
    }
    for question, expected in cases.items():
        assert expected <= set(words(question)), question


def test_a_longer_situation_replaces_the_shorter_wording_inside_it():
    # "lost" alone is about a lost pet (microchip); with keys or a job it is something else.
    assert "microchip" in words("my cat got lost")
    assert "microchip" not in words("I lost my keys") and "lockout" in words("I lost my keys")
    lost_job = words("I lost my job last week")
    assert "dismissal" in lost_job and "microchip" not in lost_job and "careers" not in lost_job
    # "boss" alone asks who runs the place; a boss who sacked you is an employment matter.
    assert "owner" in words("who is the boss") and "owner" not in words("my boss sacked me")


def test_everyday_questions_do_not_set_off_a_trade_situation():
    unrelated = {
        "can I pay the rest as a lump sum": {"biopsy", "mass"},
        "my neighbour recommended you": {"dispute", "boundary"},
        "can I come a couple of days before christmas": {"couples", "massage"},
        "is it a bit expensive": {"bite", "wound"},
        "my car will be ready when": {"wills", "probate"},
        "do you have any spots left this week": {"acne", "facial"},
        "what time does the heating engineer arrive": {"breaker", "fault"},
        "do you see children": {"custody", "visitation"},
        "is vat included in the price": {"threshold", "returns"},
    }
    for question, misfires in unrelated.items():
        assert not misfires & set(words(question)), question


def test_everyday_wordings_any_business_hears_reach_the_words_sites_use():
    cases = {
        "how late are you open on thursdays": {"closing", "evening"},
        "can I come in after work": {"evening"},
        "what do I do if it breaks when you're closed": {"after", "emergency"},
        "do you have a card machine": {"contactless"},
        "can we split the bill": {"separate"},
        "I can't pay it all at once": {"instalments"},
        "what papers do I need to rent": {"documents"},
        "I'm from another country, can I rent a flat": {"immigration", "visa"},
        "are you taking on staff": {"hiring", "vacancies"},
        "can you text me when the engineer is on the way": {"eta", "arrival"},
        "my mum passed away last month": {"probate", "bereavement"},
        "my dog died last night": {"cremation"},
        "I'm retiring next year": {"retirement", "pension"},
        "can you take a look at my car": {"inspection"},
        "what sort of food do you do": {"menu", "cuisine"},
        "what time is last orders": {"kitchen"},
    }
    for question, expected in cases.items():
        assert expected <= set(words(question)), question


def test_a_longer_everyday_wording_keeps_the_shorter_one_from_misleading():
    # "how far" alone asks about the service area; "how far in advance" asks about booking ahead.
    assert "radius" in words("how far do you travel")
    ahead = words("how far in advance can I book")
    assert "availability" in ahead and "radius" not in ahead
    # "how much notice" is a notice question, not a price one; "proof of address" is not a location.
    assert "price" not in words("how much notice do I need to give")
    assert "directions" not in words("what counts as proof of address")
    # A pet that died is a cremation, not probate.
    assert "probate" not in words("my cat died this morning")


def test_everyday_questions_do_not_set_off_an_everyday_wording():
    unrelated = {
        "what time do you close": {"emergency", "after"},
        "when are you closed": {"emergency"},
        "are you open at the weekend": {"emergency"},
        "do you do late appointments": {"lateness"},
        "can you take a look and check the boiler": {"cheque", "payment"},
        "what time will my car be ready": {"eta", "arrival"},
        "can you fix me up with an appointment": {"refurbishment", "restore"},
        "what if something goes wrong with the repair": {"diagnosis", "diagnostic"},
        "what happens after the work is done": {"evening", "hours"},
        "can I change the name on the booking": {"deed", "poll"},
        "my wife wants to book a massage": {"partner"},
        "what form of payment do you take": {"paperwork", "registration"},
        "is the proof of purchase enough for a refund": {"identification"},
        "do you do nan bread": {"grandmother", "elderly"},
    }
    for question, misfires in unrelated.items():
        assert not misfires & set(words(question)), question


def test_questions_put_to_many_kinds_of_business_reach_their_trade_words():
    cases = {
        "we're getting the deposit back, need it spotless": {"tenancy"},
        "my specs are broken": {"glasses"},
        "she's shedding everywhere": {"deshedding"},
        "I want to pass fast": {"intensive"},
        "how long till we get the photos back": {"turnaround", "gallery"},
        "can you store our stuff for a few weeks": {"storage"},
        "my garden is a jungle": {"overgrown", "clearance"},
        "what time can we get into the room": {"check"},
        "do you do the school run": {"wraparound"},
        "I've got a uti": {"cystitis"},
        "my cat is drinking loads": {"thirst", "kidney"},
        "I need a tooth out": {"extraction"},
        "my visa ran out": {"immigration"},
        "can you help with making tax digital": {"mtd"},
        "my tenant isn't paying": {"arrears"},
        "I want more plugs in the kitchen": {"sockets"},
        "can I try before I join": {"trial"},
        "can you sort out the leaves in autumn": {"leaf"},
        "my car judders when I pull away": {"clutch"},
        "we want to do a leaving do": {"private", "party"},
        "we've got a little terrier, can we still rent": {"dog", "pet"},
        "how often does a hairpiece need redoing": {"system"},
        "my dentist wants to send me to you for sedation": {"referral"},
        "do you do any discount for students": {"concessions"},
        "whats your commission": {"fee"},
    }
    for question, expected in cases.items():
        assert expected <= set(words(question)), question


def test_everyday_questions_do_not_set_off_a_trade_wording():
    unrelated = {
        "can I come in a month": {"membership", "monthly"},
        "can you do my booking for friday": {"bookkeeping"},
        "do you sell gift wrap": {"wrapping", "packing"},
        "the engine is cutting out": {"rcd", "breaker"},
        "is there a shower in the room": {"changing"},
        "have you got spots left on saturday": {"acne"},
        "can I change my booking": {"bookkeeping"},
        "can I bring a friend along": {"dogs"},
        # "leaving" shares a stem with "leaves"; only fallen leaves are garden work.
        "I'm leaving my job next month": {"leaf"},
        "we want to do a leaving do": {"leaf", "removal"},
        # "pull" alone is a tooth pulled; pulling away is a car's clutch.
        "my car judders when I pull away": {"extraction"},
    }
    for question, misfires in unrelated.items():
        assert not misfires & set(words(question)), question


def test_questions_about_the_visit_reach_the_words_sites_use():
    cases = {
        "where do I leave the car": {"parking"},
        "is there somewhere to leave my bicycle": {"cycle", "parking"},
        "is it pay and display": {"parking"},
        "whereabouts are you": {"address", "directions"},
        "what postcode do I put in the sat nav": {"address"},
        "how do I get to you on public transport": {"bus", "station"},
        "are there any steps at the front": {"accessible"},
        "is there an elevator": {"lift"},
        "can I bring a pram": {"pushchair", "accessible"},
        "do you have a hearing loop": {"induction", "accessibility"},
        "my son is autistic, is it noisy": {"sensory"},
        "how early should I arrive": {"minutes", "before"},
        "I'm stuck in traffic": {"lateness"},
        "what happens if I don't turn up": {"no", "show", "cancellation"},
        "is there a waiting room": {"reception"},
        "can I bring my kids": {"children", "welcome"},
        "are dogs allowed": {"welcome"},
        "can my mum come with me": {"companion"},
        "what should I wear": {"clothing"},
        "do I need to fill anything in first": {"forms"},
        "how long is the appointment": {"duration"},
        "do you close for lunch": {"lunchtime", "hours"},
        "are you open on bank holidays": {"closed", "hours"},
        "can I just walk in": {"appointment"},
        "something's come up and I can't come": {"cancellation", "reschedule"},
        "do you do contactless": {"card", "payment"},
        "what are your bank details": {"transfer", "bacs"},
        "what are your rates": {"prices"},
        "can I get in touch by WhatsApp": {"contact", "message"},
        "when will I hear back": {"response"},
        "how do I complain": {"complaint"},
        "where can I see your reviews": {"testimonials"},
        "what if it goes wrong again": {"guarantee", "warranty"},
        "do gift vouchers expire": {"expiry"},
        "what if I'm ill on the day": {"cancellation"},
        "how far is it from the bus stop": {"directions", "walk"},
        "is it easy to find": {"directions"},
        "is there level access": {"step", "accessible"},
        "is it ok if my daughter comes with me": {"companion"},
        "can I get seen without booking": {"walk"},
        "who will treat me": {"team", "staff"},
        "I'm not satisfied with my treatment": {"complaint"},
    }
    for question, expected in cases.items():
        assert expected <= set(words(question)), question


def test_a_visit_wording_replaces_a_shorter_one_with_another_sense():
    # "rates" stems as "rat"; "train" as in "trained"; "on holiday" is a pet going to kennels.
    assert "rodent" not in words("what are your rates")
    assert "qualified" not in words("is it far from the train station")
    assert "kennels" not in words("are you open on bank holidays")
    # Stuck in traffic is not a breakdown, nor an email address a location, nor a complaints procedure surgery.
    assert "towing" not in words("I'm stuck in traffic")
    assert "directions" not in words("what's your email address")
    assert "surgery" not in words("what's your complaints procedure")
    assert "menu" not in words("do you close for lunch")
    assert "fillings" not in words("is there a form I have to fill in")
    # Swapping an appointment is not exchanging goods; a changing table is not a table booking.
    assert "exchange" not in words("can I swap my appointment")
    assert "reservation" not in words("is there a changing table for babies")
    assert "careers" not in words("the job wasn't done properly")
    assert "radius" not in words("how far is the nearest car park")


def test_everyday_questions_do_not_set_off_a_visit_wording():
    unrelated = {
        # "leave" and "car" alone are not parking.
        "can I leave my car with you for the day": {"parking"},
        "I want to leave a review": {"parking"},
        "can you fit a bike rack to my car": {"parking", "cycle"},
        "what's the entrance exam like": {"access", "directions"},
        "what area of law do you cover": {"radius"},
        "my dog coughs in the evening": {"opening", "late"},
        "how soon can I drive after surgery": {"availability"},
        "how quickly will my hair grow back": {"availability", "turnaround"},
        "what number is the house": {"phone", "contact"},
        "I'll call you when I get home": {"contact"},
        "I'm not happy with my teeth": {"complaint"},
        "I'd like feedback on my essay": {"reviews"},
        "can you come with me to court": {"companion"},
        "how long should I wear my brace": {"clothing"},
        "can you fill in a cavity": {"forms"},
        "can you clear snow if it snows": {"closed", "cancellation"},
        "the weather is bad for the roof": {"closed", "closure"},
        "what's the day rate for a decorator": {"opening"},
        "what days are the bins collected": {"opening"},
        "how many hours of childcare can I get": {"duration"},
        "what steps do I take to buy a house": {"accessible"},
        "I had the same problem another time": {"reschedule"},
        "is the shop on the high street for sale": {"directions"},
        "can you map out my garden design": {"directions"},
        "can you help with my investment portfolio": {"gallery"},
        "is this offer valid for students": {"expiry"},
        "what's your VAT number": {"phone", "contact"},
        "the same thing happens every time I brake": {"continuity"},
        "should I take painkillers before and after": {"gallery"},
        "can you let the dogs in when you arrive": {"welcome"},
        "how much before the wedding should we book": {"arrive", "minutes"},
        "I can't come to the door, please leave it in the porch": {"cancellation"},
        "another branch came down in the storm": {"locations"},
        "do you speak to the insurer for me": {"languages"},
        "since the last appointment my tooth hurts": {"closing", "latest"},
    }
    for question, misfires in unrelated.items():
        assert not misfires & set(words(question)), question


def test_situations_in_trades_with_few_wordings_reach_the_trades_word():
    cases = {
        # Tutors
        "she can't keep up in maths": {"catch", "support"},
        "what level is he at": {"assessment"},
        "how will I know it's working": {"progress", "feedback"},
        "how is she getting on with her tutor": {"progress", "report"},
        "he's sitting the 11 plus next year": {"11+", "grammar", "entrance"},
        "which exam board do you cover": {"aqa", "edexcel"},
        "can you help with his set texts for his exams": {"literature"},
        "we're studying Macbeth this term": {"set", "texts"},
        "my son can't read yet": {"phonics", "literacy"},
        "she is behind at school since the move": {"catch", "support"},
        "what were his mock results": {"predicted", "grades"},
        "do you do online lessons": {"tutoring", "remote"},
        "we're moving away, can we carry on": {"online", "remote"},
        "can we have a trial lesson first": {"taster", "introductory"},
        "how long until I see results": {"progress", "timescale"},
        # Driving schools
        "I keep stalling at junctions": {"clutch", "control"},
        "when can I do my theory test": {"hazard", "perception"},
        "I failed my test last week": {"retest"},
        "can I get an earlier test": {"cancellation"},
        # Childcare
        "do you take the 30 hours": {"funded", "entitlement"},
        "can I see what she did today": {"diary", "updates"},
        "is she expected to be potty trained": {"toilet"},
        # Fitness, photographers, hotels, gardening
        "I want to lose my belly": {"fat", "loss"},
        "I've hit a plateau": {"progress", "programme"},
        "can I get a linkedin photo done": {"headshots"},
        "I hate having my photo taken": {"posing", "relaxed"},
        "can we check in early": {"arrival"},
        "there's moss in the lawn": {"scarifying"},
        "can you get rid of a tree stump": {"grinding"},
        # Roofing, windows and doors
        "my gutters are overflowing": {"cleaning", "clearance"},
        "the glass has gone cloudy between the panes": {"misted", "sealed", "unit"},
        "my windows have misted up": {"sealed", "units"},
        "the door has dropped and catches on the frame": {"alignment", "hinges"},
        "is the fitter fensa registered": {"certificate", "regulations"},
        "how much are folding doors": {"bifold"},
        # Locksmiths, pests, removals
        "I've locked my keys inside": {"lockout"},
        "the handle on my upvc door won't go up": {"multipoint", "mechanism"},
        "are your locks anti snap": {"cylinders"},
        "I've seen a rat in the garden": {"rodent"},
        "can you move a piano": {"removals", "specialist"},
        "we need somewhere to keep things between houses": {"storage"},
        # Hearing care
        "my ears feel full": {"microsuction", "earwax"},
        "I need my ears syringed": {"microsuction", "irrigation"},
        "I have ringing in my ears": {"tinnitus"},
        "mum keeps the telly too loud": {"hearing", "test"},
        "my hearing aid is whistling": {"feedback", "repair"},
        # Podiatry
        "I've got hard skin on my heel": {"callus", "podiatry"},
        "I've got a corn on my toe": {"chiropody", "removal"},
        "I have a verruca on my foot": {"treatment"},
        "my toenail is ingrown": {"ingrowing", "surgery"},
        "I need new insoles for my flat feet": {"orthotics", "gait"},
        "I get pain in my heel in the morning": {"plantar", "fasciitis"},
        # Dog training and day care
        "my dog pulls on the lead": {"loose", "walking"},
        "she barks when left alone": {"separation", "anxiety"},
        "he goes mad at other dogs": {"reactive", "reactivity"},
        "he won't come back when called": {"recall"},
        "do you run puppy classes": {"socialisation"},
        # Pharmacies
        "does the pharmacy do travel jabs": {"vaccinations"},
        "can you make up a dosette box for my dad": {"blister", "packs"},
        "I need the morning after pill": {"emergency", "contraception"},
    }
    for question, expected in cases.items():
        assert expected <= set(words(question)), question


def test_a_longer_trade_situation_replaces_the_shorter_wording_inside_it():
    # Moss on a lawn is not a roof job; a child who can't read needs phonics, not reading glasses.
    assert "roof" not in words("there's moss in my lawn") and "roof" in words("can you get the moss off")
    son = words("my son can't read very well")
    assert "phonics" in son and "varifocals" not in son
    # Hard skin on a heel is a callus, and an ingrown toenail is not a pedicure.
    assert "callus" in words("hard skin on my heel")
    assert "pedicure" not in words("I have an ingrown toenail")
    # Going deaf is hearing loss, not the building's hearing loop.
    assert "loop" not in words("I think dad is going deaf") and "loss" in words("I think dad is going deaf")


def test_everyday_questions_do_not_set_off_a_wording_of_the_trades_with_few():
    unrelated = {
        "can I pay half on the day": {"sessions", "afternoon"},
        "my dog's eye has gone cloudy": {"misted", "sealed"},
        "my glasses keep misting up": {"sealed", "units"},
        "is the repair insurance approved": {"bs3621"},
        "how much is waxing hair removal": {"earwax", "microsuction"},
        "my roof shingles are curling": {"vaccination", "pharmacy"},
        "can I leave the keys inside for the cleaner": {"lockout"},
        "the bathroom tile is loose": {"roof", "slipped"},
        "my car keeps stalling at lights": {"clutch", "control"},
        "is the courtesy car manual or automatic": {"lessons"},
        "how soon can I drive on the motorway after surgery": {"lessons", "plus"},
        "I work 30 hours a week": {"funded", "entitlement"},
        "can I see what they did to my car": {"diary", "tapestry"},
        "I sat my exam last year": {"ks2", "stage"},
        "what postcode do I put in the sat nav": {"ks2", "sats"},
        "do you sell mock tudor windows": {"exams", "revision"},
        "do you do ingrown hair treatment": {"toenail", "surgery"},
        "is the hotel near the grammar school": {"11+", "entrance"},
        "what are your rates in the evening": {"rodent"},
        "is there a discount on your rates": {"rodent"},
        "I can't hear you very well on this line": {"hearing", "audiologist"},
        "I can't hear you properly": {"hearing", "test"},
        "what level of cover do I need": {"assessment"},
        "do you know where he's at now": {"assessment"},
        "the flashing light on my boiler won't stop": {"lead"},
        "my dog chewed his bandage off": {"rodent"},
        "do you do lunges in the class": {"reactivity"},
        "who's on the team": {"online", "remote"},
        "I'm a key worker, do I get priority": {"keyworker"},
        "what should I eat before my operation": {"nutrition"},
        "I have brown patches on my skin": {"lawn"},
        "my skin is very reactive": {"reactivity"},
        "do you do piano lessons": {"removals"},
        "is it near the motorway": {"lessons"},
        "the engineer won't come back": {"recall"},
        "can you come back when it's dry": {"recall"},
        "what time do I need to check in": {"early", "luggage"},
        "my car has keyless entry": {"smart", "locks"},
        "can I keep up with payments monthly": {"catch", "confidence"},
        "how will I know when the engineer arrives": {"progress"},
        "can you give my cat her medicine": {"policy"},
        "the room is on the ground floor": {"scaffold"},
        "can you send the photos by email": {"headshots"},
        "my son has a sore ear": {"tinnitus", "microsuction"},
        "is there a bus to the hotel": {"remote", "online"},
    }
    for question, misfires in unrelated.items():
        assert not misfires & set(words(question)), question


def test_wordings_about_speed_age_results_choosing_and_starting_reach_the_words_sites_use():
    cases = {
        # Speed and intensity
        "I want to pass my driving test as quickly as possible": {"fast", "express", "priority"},
        "is there a crash course, I need to cram it all into a fortnight": {"intensive"},
        "I need a plumber urgently": {"urgent", "priority"},
        "can you get the job done quickly": {"express", "turnaround"},
        "I've got a tight deadline for the photos": {"urgent", "express"},
        "I need it done before the wedding": {"urgent", "deadline"},
        "can the suit be ready in time for Saturday": {"deadline", "express"},
        "is there a way to jump the queue": {"priority", "fast"},
        "can you fit me in at short notice": {"same", "urgent", "availability"},
        "what's the quickest way to learn to drive": {"intensive", "crash"},
        "do you do a quick turnaround on repairs": {"express", "same"},
        "can I do lessons every day for a week": {"intensive"},
        "my exam is coming up in May": {"intensive", "revision"},
        # Age and eligibility
        "how old do you have to be to get a tattoo": {"minimum", "age", "eligibility"},
        "how old does my son need to be to join": {"minimum", "age"},
        "what age can children start swimming lessons": {"minimum", "old"},
        "is my daughter old enough for a facial": {"minimum", "age"},
        "am I too old to learn the piano": {"age", "limit"},
        "is she too young for braces": {"minimum", "age"},
        "I turn 17 next month, can I book lessons": {"age", "minimum"},
        "do you need parental consent for piercing": {"guardian", "age"},
        "am I eligible for a free eye test": {"eligibility", "criteria"},
        "do I qualify for the student discount": {"eligibility", "requirements"},
        "is the gym adults only": {"age", "over"},
        # Results and success
        "what's your pass rate": {"results", "success"},
        "what is the success rate of IVF here": {"results", "outcomes"},
        "does the treatment actually work": {"results", "evidence"},
        "can I see before and after pictures of your work": {"results", "gallery"},
        "what's your track record with cases like mine": {"results", "experience"},
        "what are my chances of winning the claim": {"prospects", "success"},
        "can I hear what other parents say about you": {"reviews", "testimonials"},
        "what if it doesn't work for my back": {"guarantee", "refund"},
        "how many students pass first time": {"rate", "results"},
        # Comparing and choosing
        "what's the difference between a gel and acrylic": {"compare", "differences"},
        "which should I choose, the gold or silver package": {"options", "compare"},
        "which one is better for a small flat": {"compare", "options"},
        "I can't decide between the two treatments": {"options", "consultation"},
        "what are the pros and cons of veneers": {"compare", "advantages"},
        "is it worth paying extra for the premium valet": {"compare", "packages"},
        "I'm not sure what I need": {"consultation", "options"},
        # Getting started
        "I've never done yoga before": {"beginner", "introductory"},
        "I'm a complete beginner at the gym": {"induction", "introductory"},
        "how do I get started with you": {"getting", "steps"},
        "where do I start with my garden": {"getting", "beginners"},
        "what happens at the first appointment": {"expect"},
        "I'd like to start from scratch with French": {"beginner"},
        "do you have an intro offer": {"introductory", "new"},
        "I'm getting back into swimming after years off": {"returners", "refresher"},
    }
    for question, expected in cases.items():
        assert expected <= set(words(question)), question


def test_everyday_questions_do_not_set_off_speed_age_results_or_choosing_wordings():
    unrelated = {
        "what are your opening hours": {"intensive", "age", "results", "compare", "beginner"},
        "how old is the building": {"minimum", "age", "eligibility"},
        "how old is the house": {"minimum", "age"},
        "my boiler is 15 years old": {"age", "minimum"},
        "I'm in a rush today": {"intensive", "fast-track", "express", "priority"},
        "I'm short on time today": {"intensive", "fast-track"},
        "how much does it cost": {"results", "compare", "intensive"},
        "is there parking nearby": {"options", "compare", "age"},
        "can I book an appointment for tomorrow": {"intensive", "beginner", "priority"},
        "I need to cancel my appointment": {"intensive", "urgent", "results"},
        "what's the quickest way to get to you": {"intensive", "crash", "fast-track"},
        "can I pay it all in one go": {"intensive", "session"},
        "which day is best for parking": {"compare", "options"},
        "which entrance should I use": {"compare", "options"},
        "is the room suitable for wheelchairs": {"eligibility", "age"},
        "what's the outcome of my complaint": {"success", "rate"},
        "should I take painkillers before and after": {"results", "gallery"},
        "the plumber never done the job": {"beginner", "introductory"},
        "do you need it by law": {"urgent", "deadline"},
        "do I need it before the appointment": {"urgent", "deadline"},
        "when will you get started on the roof": {"beginners", "steps"},
        "can we book back to back appointments": {"intensive"},
        "is the basic package enough": {"beginners", "introductory"},
        "is the food made from scratch": {"beginner", "beginners"},
        "does the card machine work": {"results", "evidence"},
        "how does it work with insurance": {"results", "evidence"},
        "my neighbour recommended you": {"options", "compare"},
        "I'm new to the area": {"beginner", "beginners"},
        "what time do you close today": {"intensive", "priority"},
        "do you take walk-ins": {"intensive", "beginner"},
        "is it the same price on Saturday": {"compare", "differences"},
        "is the price the same as last year": {"compare", "differences"},
        "can I get a refund if I cancel": {"results", "success"},
        "I'll be there in a few minutes": {"intensive", "fast-track"},
        "where should I park": {"options", "compare"},
    }
    for question, misfires in unrelated.items():
        assert not misfires & set(words(question)), question


def test_wordings_about_holidays_sending_turning_up_braces_pets_water_and_young_people_reach_the_words_sites_use():
    cases = {
        # Dates and the calendar
        "are you open on Easter Monday": {"bank", "holiday", "closed"},
        "what are your hours over Easter": {"bank", "holiday"},
        "are you closed on the early May bank holiday": {"opening", "hours"},
        "is the shop closed on the August bank holiday": {"opening", "summer"},
        "what hours are you doing on Christmas Eve": {"festive", "opening"},
        "what are your hours over Christmas": {"festive", "opening"},
        "are you open between Christmas and New Year": {"festive", "reopen"},
        "are you around over new year": {"opening", "closed"},
        "can I bring the kids in during half-term": {"school", "holidays"},
        "the kids are off school next week": {"half", "holidays"},
        "will it get here in time for Christmas": {"last", "delivery", "postage"},
        # Sending and collecting
        "can you post it out to me": {"postage", "delivery", "shipping"},
        "can you send it to my sister's in Leeds": {"delivery", "address", "gift"},
        "do you ship abroad": {"international", "delivery"},
        "my order still hasn't arrived": {"tracking", "delivery"},
        "when will my order arrive": {"delivery", "dispatch"},
        "do you do click and collect": {"collection", "store"},
        "can I collect it myself to save on postage": {"collection", "click"},
        "can I order online and pick up in store": {"click", "collection"},
        "how much is p&p": {"postage", "delivery"},
        # Just turning up
        "can I just rock up": {"walk", "drop"},
        "can I just come in for a trim": {"walk", "drop"},
        "do you need to book or can I nip in": {"walk", "advance"},
        "is there a queue on Saturdays": {"waiting", "busy"},
        "when is the quietest time to come": {"quiet", "busy"},
        "do I have to book ahead": {"walk", "advance"},
        # Orthodontics
        "can I get braces behind my teeth": {"lingual"},
        "do you do invisible braces": {"aligners", "lingual"},
        "I'd like tooth coloured braces": {"ceramic"},
        "my son has train tracks": {"fixed", "appliance"},
        "when do I get my braces tightened": {"adjustment", "orthodontic"},
        "I've run out of elastics": {"bands", "orthodontic"},
        "the wire is poking my cheek": {"orthodontic", "emergency"},
        "a bracket came off my brace": {"broken", "orthodontic"},
        "we're moving house mid-treatment": {"transfer", "continuing"},
        "I started braces elsewhere": {"transfer"},
        "I lost my retainer": {"retention", "replacement"},
        "my teeth have moved since my braces came off": {"relapse", "retainers"},
        # Pets found and lost, and the end of life
        "there's a stray cat in our garden": {"microchip", "scan"},
        "a cat keeps hanging around our house": {"stray", "microchip"},
        "I found a dog, can you check who it belongs to": {"stray", "microchip", "scan"},
        "I think it's nearly time for him": {"euthanasia", "quality"},
        "I think we need to let him go": {"euthanasia"},
        "can you put her down": {"euthanasia"},
        "could you come and do it at home so he's not frightened": {"euthanasia", "visit"},
        "I don't want her to suffer": {"euthanasia", "quality"},
        # Water and heating
        "the kitchen tap is only a trickle": {"low", "pressure", "flow"},
        "my shower is really weak": {"pressure", "pump"},
        "the water pressure keeps dropping": {"boiler", "repressurise"},
        "the pipes are knocking at night": {"water", "hammer"},
        "my radiators are cold at the top": {"bleed", "airlock"},
        "the radiators are cold at the bottom": {"sludge", "power", "flush"},
        "I have a noisy boiler": {"kettling"},
        "the water isn't getting hot": {"boiler", "repair"},
        "the red light on the boiler keeps flashing": {"fault", "lockout"},
        # Young people and permission
        "my 15 year old daughter wants her hair coloured": {"under", "16", "consent", "guardian"},
        "can my teenage son get a piercing": {"consent", "guardian"},
        "my daughter wants her ears pierced": {"guardian", "consent"},
        "does she need me with her for the lash lift": {"parent", "accompanied"},
        "can you whiten my daughter's teeth": {"under", "18", "guardian"},
        "can he come on his own": {"accompanied", "age"},
        "can she have it done without a parent": {"accompanied", "consent"},
        "the hairdresser made my blonde go green": {"colour", "correction"},
    }
    for question, expected in cases.items():
        assert expected <= set(words(question)), question


def test_everyday_questions_do_not_set_off_holiday_sending_braces_pet_water_or_permission_wordings():
    unrelated = {
        "what are your opening hours": {"bank", "festive", "walk-in", "delivery"},
        "how much does it cost": {"delivery", "postage", "lingual"},
        "is there parking nearby": {"walk-in", "delivery", "stray"},
        "can I book an appointment for tomorrow": {"walk-in", "delivery", "consent"},
        "I need to cancel my appointment": {"walk-in", "euthanasia", "transfer"},
        "how old is the building": {"under", "consent", "guardian"},
        "I'm in a rush today": {"walk-in", "delivery", "queue"},
        "I'm 15 minutes away": {"under", "consent", "guardian"},
        "she's 15 minutes late": {"under", "consent", "guardian"},
        "my daughter wants a haircut": {"consent", "guardian"},
        "my boiler is 15 years old": {"under", "consent", "guardian"},
        "can you send it to my email": {"postage", "shipping"},
        "please send the invoice to my accountant": {"postage", "shipping", "delivery"},
        "how long do I wait for my results": {"busy", "walk-in"},
        "how busy is the road outside": {"quiet", "walk-in"},
        "the parcel of land behind the house": {"postage", "courier"},
        "I may be a bit late": {"bank", "holiday"},
        "can I come early in May": {"bank", "holiday"},
        "can you tighten the tap": {"orthodontic", "adjustment"},
        "is the TV bracket included": {"orthodontic", "emergency"},
        "I found your number online": {"stray", "microchip"},
        "who does the car park belong to": {"microchip", "stray"},
        "can my husband come in with me": {"guardian", "consent"},
        "can I pay on my own card": {"accompanied", "guardian"},
        "I've got stray hairs on my brows": {"microchip", "scan"},
        "the tap is dripping": {"low", "pressure", "airlock"},
        "can I collect my keys from the office": {"click", "postage"},
        "the engineer hasn't arrived": {"tracking", "delivery"},
        "will prices go up next year": {"festive", "closed"},
        "do you take card": {"delivery", "walk-in"},
        "is there a lift": {"walk-in", "delivery", "lingual"},
        "how long does it take": {"delivery", "queue", "busy"},
        "I want to buy a house": {"online", "click"},
    }
    for question, misfires in unrelated.items():
        assert not misfires & set(words(question)), question
