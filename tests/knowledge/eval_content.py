"""The evaluation site: Riverbend Veterinary Clinic, a business unlike the demo tenants.

Held apart from the demo sites so retrieval is judged on text it was not shaped on.
"""

NAME = "Riverbend Veterinary Clinic"
PHONE = "(503) 555-0142"
ADDRESS = "2280 Alder Street, Millbrook, OR 97222"

NAV = [
    ("Home", "/"),
    ("Services", "/services/"),
    ("Prices", "/prices/"),
    ("Emergencies", "/emergency/"),
    ("Visit us", "/location/"),
    ("Our team", "/team/"),
    ("FAQ", "/faq/"),
]

PAGES = {
    "/": (
        "Caring for Millbrook's pets since 1998",
        """
<h1>Riverbend Veterinary Clinic</h1>
<p>Riverbend is an independent, family-run animal hospital in Millbrook caring for dogs, cats, rabbits and other
small pets. Our three veterinarians and nursing team offer wellness exams, vaccinations, surgery, dentistry and
diagnostics under one roof.</p>
<h2>Why families choose us</h2>
<ul><li>Same-day appointments for sick pets</li><li>Fear Free certified staff and separate cat waiting room</li>
<li>In-house laboratory, digital x-ray and ultrasound</li></ul>
<p>Book online or call the front desk to make an appointment.</p>
""",
    ),
    "/services/": (
        "Our services",
        """
<h1>Veterinary services</h1>
<p>From a puppy's first visit to caring for senior pets, we look after your animal through every stage of life.</p>
<h2>Wellness exams</h2><p>A nose-to-tail physical exam, weight check and a chat about diet and behaviour. We recommend
one wellness exam a year for adult pets and every six months for pets over eight years old.</p>
<h2>Diagnostics</h2><p>Blood tests, urine tests, digital radiographs and ultrasound are done on site, with most lab
results back the same day.</p>
<p>See also our pages on vaccinations, dental care, surgery and microchipping.</p>
""",
    ),
    "/vaccinations/": (
        "Vaccinations",
        """
<h1>Vaccinations for dogs and cats</h1>
<p>Vaccines protect your pet against serious infectious diseases.</p>
<h2>Dogs</h2><p>Core vaccines for dogs are rabies, distemper, parvovirus and adenovirus (DHPP). Depending on
lifestyle we also recommend leptospirosis, Bordetella (kennel cough) and canine influenza. Kennel cough vaccine is
required by most boarding kennels and doggy day cares.</p>
<h2>Cats</h2><p>Core vaccines for cats are rabies and FVRCP. Feline leukemia (FeLV) is recommended for kittens and
for cats that go outdoors.</p>
<h2>Boosters</h2><p>After the first year most vaccines are boosted every one to three years. We send a reminder by
text and email when your pet's booster is due.</p>
""",
    ),
    "/puppies-and-kittens/": (
        "Puppy and kitten care",
        """
<h1>Puppy and kitten care</h1>
<p>Your new family member should see us within a week of coming home.</p>
<h2>First visits</h2><p>Puppies and kittens start vaccines at 6 to 8 weeks and need a booster every 3 to 4 weeks
until 16 weeks old. Each visit includes an exam, deworming and advice on feeding, house training and
socialisation.</p>
<h2>Puppy and kitten packages</h2><p>Our starter package covers all first-year vaccines, deworming, a microchip and
three exams for $295 for puppies and $245 for kittens, a saving of about 25 percent.</p>
<h2>Puppy classes</h2><p>Socialisation classes run on Saturday mornings for puppies between 10 and 16 weeks.</p>
""",
    ),
    "/dental-care/": (
        "Pet dental care",
        """
<h1>Dental care for pets</h1>
<p>By the age of three, most dogs and cats have some gum disease. Bad breath, red gums, drooling or dropping food
are signs your pet needs a dental check.</p>
<h2>Dental cleaning under anaesthesia</h2><p>A professional cleaning includes scaling above and below the gum line,
polishing, dental x-rays and extractions when needed. Your pet goes home the same day.</p>
<h2>Brushing at home</h2><p>Daily brushing with a pet toothpaste is the best way to keep teeth clean between visits.
Never use human toothpaste, which can be toxic to pets.</p>
""",
    ),
    "/surgery/": (
        "Surgery",
        """
<h1>Surgery at Riverbend</h1>
<p>Our surgical suite handles routine and soft-tissue procedures, with every patient monitored by a dedicated
nurse throughout anaesthesia.</p>
<h2>Spay and neuter</h2><p>We recommend spaying or neutering cats at five months. For dogs, timing depends on breed
and size; large breeds may benefit from waiting until 12 to 18 months. Ask your vet for advice.</p>
<h2>Before surgery</h2><p>Please do not give your pet any food after 10pm the night before surgery. Water is fine
until the morning. Drop-off is between 7:30 and 8:30am.</p>
<h2>After surgery</h2><p>Most pets go home the same afternoon with pain relief and a cone. Stitches are checked
and removed after 10 to 14 days, free of charge.</p>
""",
    ),
    "/emergency/": (
        "Emergencies and after-hours care",
        """
<h1>Emergencies</h1>
<p>If your pet is having an emergency during opening hours, call us right away on (503) 555-0142 and come straight
in. Emergencies are seen before routine appointments.</p>
<h2>After hours</h2><p>When we are closed, please go to the Millbrook Animal Emergency Center, 45 Harbor Road, open
24 hours a day, 365 days a year, phone (503) 555-0199.</p>
<h2>Signs of an emergency</h2><ul><li>Difficulty breathing</li><li>Suspected poisoning, for example chocolate,
grapes, lilies or rat bait</li><li>A swollen, hard belly or trying to vomit without bringing anything up</li>
<li>Collapse or seizures</li><li>Being hit by a car</li></ul>
""",
    ),
    "/prices/": (
        "Prices",
        """
<h1>Our prices</h1>
<p>We believe in clear pricing. These are our most common fees; your vet will always give you a written estimate
before any treatment.</p>
<table><tr><th>Service</th><th>Price</th></tr>
<tr><td>Wellness exam</td><td>$68</td></tr>
<tr><td>Sick pet or recheck exam</td><td>$58</td></tr>
<tr><td>Rabies vaccine</td><td>$32</td></tr>
<tr><td>DHPP or FVRCP vaccine</td><td>$38</td></tr>
<tr><td>Microchip, including registration</td><td>$55</td></tr>
<tr><td>Cat spay</td><td>from $320</td></tr>
<tr><td>Dog neuter</td><td>from $380</td></tr>
<tr><td>Dental cleaning</td><td>from $450</td></tr></table>
""",
    ),
    "/payment-and-insurance/": (
        "Payment and pet insurance",
        """
<h1>Payment and pet insurance</h1>
<h2>How to pay</h2><p>Payment is due at the time of service. We accept cash, all major credit and debit cards,
Apple Pay and Google Pay. We do not accept personal checks.</p>
<h2>Payment plans</h2><p>For larger bills we accept CareCredit and Scratchpay, which let you spread the cost over
several months.</p>
<h2>Pet insurance</h2><p>We work with every pet insurance company, including Trupanion, Nationwide, Healthy Paws and
Embrace. You pay us and claim back from your insurer; we are happy to fill in and send the claim forms for you.
Trupanion can pay us directly at checkout.</p>
""",
    ),
    "/location/": (
        "Location, hours and parking",
        """
<h1>Visit us</h1>
<h2>Address</h2><p>2280 Alder Street, Millbrook, OR 97222, on the corner of Alder and 23rd, next to the public
library.</p>
<h2>Opening hours</h2><p>Monday to Friday 7:30am to 7pm. Saturday 8am to 2pm. Closed on Sundays and public
holidays.</p>
<h2>Parking</h2><p>We have a free parking lot with 20 spaces behind the clinic, entered from 23rd Avenue. Two spaces
near the door are reserved for pets that cannot walk.</p>
<h2>Public transport</h2><p>Bus lines 12 and 33 stop at Alder and 22nd, one minute away.</p>
""",
    ),
    "/team/": (
        "Meet the team",
        """
<h1>Our team</h1>
<h2>Dr. Maya Chen, DVM</h2><p>Founder and medical director. Dr. Chen has a special interest in surgery and internal
medicine and has practised for 25 years.</p>
<h2>Dr. Luis Ortega, DVM</h2><p>Dr. Ortega leads our dental service and cares for rabbits, guinea pigs and other
small mammals.</p>
<h2>Dr. Priya Nair, DVM</h2><p>Dr. Nair is our feline medicine and senior pet specialist, and runs the weight
clinic.</p>
<h2>Nursing team</h2><p>Our six licensed veterinary technicians are Fear Free certified.</p>
""",
    ),
    "/new-clients/": (
        "New clients",
        """
<h1>Becoming a client</h1>
<p>We are welcoming new clients. Registering takes five minutes online, or you can fill in the form at your first
visit.</p>
<h2>What to bring to your first visit</h2><ul><li>Previous vaccination and medical records</li><li>A list of
any medicines your pet takes</li><li>Dogs on a leash and cats in a carrier</li></ul>
<p>If you are moving from another clinic, ask them to email your pet's records to records@riverbendvet.example.</p>
""",
    ),
    "/exotic-pets/": (
        "Rabbits and small pets",
        """
<h1>Rabbits, guinea pigs and small pets</h1>
<p>Dr. Ortega sees rabbits, guinea pigs, ferrets, rats and hamsters. We offer rabbit vaccinations against RHDV2,
neutering and dental checks for overgrown teeth.</p>
<h2>Animals we do not treat</h2><p>We do not see birds, reptiles, fish or farm animals. For these we recommend the
Millbrook Avian and Exotic Clinic.</p>
""",
    ),
    "/pharmacy/": (
        "Pharmacy and prescriptions",
        """
<h1>Pharmacy and prescription refills</h1>
<p>Our in-house pharmacy stocks flea, tick and heartworm prevention and most prescription medicines.</p>
<h2>Refills</h2><p>Request a refill online or by phone at least 48 hours before you run out. Prescriptions need an
exam within the last 12 months.</p>
<h2>Online pharmacy</h2><p>You can also order food and medicine from our online store with free home delivery on
orders over $49.</p>
""",
    ),
    "/microchipping/": (
        "Microchipping",
        """
<h1>Microchipping</h1>
<p>A microchip is a tiny chip the size of a grain of rice placed under the skin between the shoulder blades. It gives
your pet a permanent ID so a shelter or vet can reunite you if they get lost.</p>
<p>The procedure takes seconds during a normal appointment and needs no anaesthetic. The price includes lifetime
registration in the national database. Remember to update your phone number and address when you move.</p>
""",
    ),
    "/end-of-life-care/": (
        "End-of-life care",
        """
<h1>Saying goodbye</h1>
<p>When the time comes, we help you make the decision with compassion and without pressure.</p>
<h2>Euthanasia</h2><p>We set aside a quiet room and a longer appointment at the end of the day. Home euthanasia can be
arranged within Millbrook.</p>
<h2>Cremation</h2><p>We work with Peaceful Paws Pet Crematorium for communal or private cremation, with the ashes
returned to you in two weeks.</p>
""",
    ),
    "/senior-pets/": (
        "Senior pets",
        """
<h1>Senior pet care</h1>
<p>Dogs and cats are seniors from around eight years old. Twice-yearly senior checks include blood work to catch
kidney disease, thyroid problems and diabetes early, and pain checks for arthritis.</p>
<p>Our senior wellness plan costs $42 a month and covers two exams, blood panels and a discount on medicines.</p>
""",
    ),
    "/weight-clinic/": (
        "Nutrition and weight clinic",
        """
<h1>Nutrition and weight clinic</h1>
<p>More than half of the pets we see are overweight. Our free nurse-led weight clinic gives your pet a target weight,
a feeding plan and monthly weigh-ins. Dr. Nair can also advise on prescription diets for pets with allergies,
kidney or bladder problems.</p>
""",
    ),
    "/boarding/": (
        "Boarding and grooming",
        """
<h1>Boarding and grooming</h1>
<p>We do not offer boarding or full grooming. We can clip nails ($18), clean ears and express anal glands during a
short nurse appointment.</p>
<p>For boarding, our clients recommend Happy Tails Pet Resort on Mill Road.</p>
""",
    ),
    "/faq/": (
        "Frequently asked questions",
        """
<h1>Frequently asked questions</h1>
<h3>Do you take walk-ins?</h3><p>We keep same-day slots for sick pets, so please call first. Urgent cases are always
seen.</p>
<h3>Can I stay with my pet during the exam?</h3><p>Yes, you are welcome to stay for exams and vaccinations.</p>
<h3>How do I cancel an appointment?</h3><p>Please give us at least 24 hours' notice by phone or through the online
booking link. Missed appointments without notice are charged $25.</p>
<h3>Do you offer house calls?</h3><p>Dr. Chen makes house calls on Wednesday afternoons within ten miles of the
clinic; there is a $95 travel fee.</p>
""",
    ),
}

# Plain-language questions as customers ask them (not the pages' words), with the page that answers each.
QUESTIONS = [
    ("my dog ate a bar of chocolate what do I do", "/emergency/"),
    ("where do I go if my cat gets sick in the middle of the night", "/emergency/"),
    ("how much does it cost to get my cat fixed", "/prices/"),
    ("is there somewhere to leave my car when I visit", "/location/"),
    ("are you open on sundays", "/location/"),
    ("what jabs does my puppy need and when", "/puppies-and-kittens/"),
    ("does my dog need a kennel cough shot before going to the kennels", "/vaccinations/"),
    ("can I spread the cost of a big vet bill", "/payment-and-insurance/"),
    ("will you bill my pet insurer directly", "/payment-and-insurance/"),
    ("do you take checks", "/payment-and-insurance/"),
    ("my dog's breath smells really bad", "/dental-care/"),
    ("can my pet eat before the operation", "/surgery/"),
    ("when should I get my kitten spayed", "/surgery/"),
    ("do you look after parrots or snakes", "/exotic-pets/"),
    ("how do I reorder my dog's heartworm pills", "/pharmacy/"),
    ("what happens if my pet goes missing, can you chip him", "/microchipping/"),
    ("can you put my old dog to sleep at home", "/end-of-life-care/"),
    ("my cat is getting old, how often should she be checked", "/senior-pets/"),
    ("my labrador is too fat, can you help", "/weight-clinic/"),
    ("can I leave my dog with you while I'm on holiday", "/boarding/"),
    ("do I need to bring anything to the first appointment", "/new-clients/"),
    ("what's the penalty if I don't show up", "/faq/"),
    ("can the vet come to my house", "/faq/"),
    ("which vet is best with bunnies", "/team/"),
    ("how long until the lab results come back", "/services/"),
]

# A second wording of the same facts, written apart from the first so that a change tuned to one phrasing
# shows up as a drop on the other.
QUESTIONS_REWORDED = [
    ("my puppy just swallowed a handful of grapes, is that dangerous", "/emergency/"),
    ("who do I call if my dog is hurt on a sunday when you're shut", "/emergency/"),
    ("what's the fee for having my boy dog neutered", "/prices/"),
    ("do you have a car park", "/location/"),
    ("what time do you close on a saturday", "/location/"),
    ("when does my new kitten need her first shots", "/puppies-and-kittens/"),
    ("which vaccines are essential for an indoor cat", "/vaccinations/"),
    ("can I pay off the bill in monthly instalments", "/payment-and-insurance/"),
    ("do I have to claim from my insurance company myself", "/payment-and-insurance/"),
    ("can I pay with my phone", "/payment-and-insurance/"),
    ("my cat has stinky breath and keeps dropping her food", "/dental-care/"),
    ("what time should I bring my dog in on the morning of his op", "/surgery/"),
    ("when do the stitches come out after the operation", "/surgery/"),
    ("do you treat lizards or tortoises", "/exotic-pets/"),
    ("I'm running low on my cat's medication, how do I get more", "/pharmacy/"),
    ("does putting an id chip in hurt, does he need to be knocked out", "/microchipping/"),
    ("what happens to my pet's body after he passes away", "/end-of-life-care/"),
    ("at what age is a dog considered elderly", "/senior-pets/"),
    ("my cat needs to slim down, do you have a diet programme", "/weight-clinic/"),
    ("can you trim my dog's claws", "/boarding/"),
    ("how do I get my dog's records moved over from my old vet", "/new-clients/"),
    ("I need to call off tomorrow's appointment", "/faq/"),
    ("can I be in the room when my dog has his injection", "/faq/"),
    ("who is in charge of the practice", "/team/"),
    ("can you do blood work and scans there or do you send them away", "/services/"),
]

# Questions customers might ask that the site does not answer (written before tuning): each must be declined.
OUT_OF_SCOPE = [
    "do you repair washing machines",
    "can I adopt a rescue puppy from you",
    "do you run obedience classes for dogs",
    "what's the wifi password in the waiting room",
    "can you recommend a good dog walker near me",
    "do you sell dog beds and chew toys",
    "can you do a DNA test to tell me what breed my dog is",
    "can you fix a cracked phone screen",
]
