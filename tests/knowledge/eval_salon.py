"""A second evaluation site: Willow & Thread, a hair and beauty salon (a vertical no demo tenant has).

Written, with its questions, before retrieval was tuned, so that retrieval is judged on a second kind of
business as well as the veterinary clinic in eval_content.py.
"""

NAME = "Willow & Thread Hair Studio"
PHONE = "(617) 555-0163"
ADDRESS = "88 Elm Row, Somerville, MA 02143"

NAV = [
    ("Home", "/"),
    ("Services", "/services/"),
    ("Price list", "/prices/"),
    ("Book", "/booking/"),
    ("Find us", "/visit/"),
    ("Stylists", "/stylists/"),
    ("FAQ", "/faq/"),
]

PAGES = {
    "/": (
        "Hair, colour and beauty in Somerville",
        """
<h1>Willow &amp; Thread Hair Studio</h1>
<p>An independent salon on Elm Row with eight stylists, two colour specialists and a nail and brow bar. We cut,
colour and style all hair types and textures.</p>
<h2>Why clients love us</h2>
<ul><li>Free consultation before every colour change</li><li>Vegan and cruelty-free product ranges</li>
<li>Complimentary drink and head massage with every cut</li></ul>
""",
    ),
    "/services/": (
        "Our services",
        """
<h1>Salon services</h1>
<p>Every appointment starts with a chat about what you want and how you wear your hair day to day.</p>
<h2>Cutting and styling</h2><p>Restyles, trims, fringe tidies and blow-dries for short, long, curly and coily hair.
A fringe trim between cuts is free for existing clients.</p>
<h2>Occasion styling</h2><p>Up-dos, braids and Hollywood waves for parties, proms and special events.</p>
<p>See our pages on colour, treatments, bridal hair, barbering and nails.</p>
""",
    ),
    "/colour/": (
        "Hair colour",
        """
<h1>Colour services</h1>
<p>Our colour specialists Ines and Ruth do everything from root touch-ups to full transformations.</p>
<h2>Highlights and balayage</h2><p>Foil highlights, hand-painted balayage and babylights. Balayage takes three to
four hours including toning and a blow-dry.</p>
<h2>Grey coverage</h2><p>Permanent tint covers grey fully; demi-permanent colour blends grey and fades gently over
six to eight weeks. Root touch-ups are usually needed every four to six weeks.</p>
<h2>Colour correction</h2><p>Fixing box dye or a colour that went wrong is quoted after a consultation and may take
more than one session.</p>
""",
    ),
    "/patch-test/": (
        "Skin tests and consultations",
        """
<h1>Allergy skin tests</h1>
<p>Hair dye can cause serious allergic reactions. Every new colour client, and anyone who has not had colour with
us for six months, needs a skin test at least 48 hours before their appointment.</p>
<p>The test takes five minutes, is free, and can be done at any time we are open without booking. We cannot colour
your hair without a test result on file.</p>
""",
    ),
    "/prices/": (
        "Price list",
        """
<h1>Prices</h1>
<p>Prices depend on the stylist's level and the length and thickness of your hair; your stylist confirms the price
before starting.</p>
<table><tr><th>Service</th><th>Price</th></tr>
<tr><td>Women's cut and blow-dry</td><td>from $75</td></tr>
<tr><td>Men's cut</td><td>from $45</td></tr>
<tr><td>Children's cut (under 12)</td><td>$30</td></tr>
<tr><td>Blow-dry</td><td>$45</td></tr>
<tr><td>Root tint</td><td>from $85</td></tr>
<tr><td>Full head highlights</td><td>from $190</td></tr>
<tr><td>Balayage</td><td>from $220</td></tr>
<tr><td>Keratin smoothing</td><td>from $280</td></tr></table>
""",
    ),
    "/treatments/": (
        "Hair treatments",
        """
<h1>Conditioning and smoothing treatments</h1>
<h2>Keratin smoothing</h2><p>Cuts frizz and drying time for up to four months. Do not wash your hair or tie it up
for 72 hours afterwards.</p>
<h2>Bond repair</h2><p>Olaplex and K18 treatments rebuild hair damaged by bleach and heat; added to any colour
service for $35.</p>
<h2>Scalp treatment</h2><p>A 30-minute exfoliating scalp treatment with massage for dry, flaky or itchy scalps.</p>
""",
    ),
    "/bridal/": (
        "Bridal hair",
        """
<h1>Wedding hair</h1>
<p>We style brides and bridal parties in the salon or at your venue anywhere within 25 miles.</p>
<h2>Trial</h2><p>A bridal trial is strongly recommended four to eight weeks before the day and costs $95, taken off
the wedding-day price.</p>
<h2>Booking your wedding</h2><p>Wedding dates are held with a non-refundable deposit of 30 percent. Popular summer
Saturdays book up a year ahead.</p>
""",
    ),
    "/barbering/": (
        "Barbering",
        """
<h1>Barber services</h1>
<p>Clipper cuts, skin fades and scissor cuts by our two barbers, Theo and Marcus.</p>
<h2>Beards</h2><p>Beard shaping with a hot towel, $25, or a traditional wet shave with a straight razor, $40.</p>
""",
    ),
    "/nails-and-brows/": (
        "Nails and brows",
        """
<h1>Nail and brow bar</h1>
<h2>Nails</h2><p>Gel manicures last two to three weeks without chipping. We also offer classic manicures and
pedicures; we do not do acrylic extensions.</p>
<h2>Brows and lashes</h2><p>Brow shaping by wax or thread, brow tint and lash lift. A lash lift lasts six to eight
weeks.</p>
""",
    ),
    "/booking/": (
        "Booking and cancellations",
        """
<h1>Booking an appointment</h1>
<p>Book online any time, or call us during opening hours. Walk-ins are welcome for men's cuts when a barber is
free.</p>
<h2>Deposits</h2><p>Colour and treatment appointments over two hours need a $50 deposit when you book, which comes
off your bill.</p>
<h2>Cancelling or moving an appointment</h2><p>Please give us 48 hours' notice. Cancellations with less notice, or
not turning up, lose the deposit; for appointments without a deposit we charge 50 percent of the service after a
second missed appointment.</p>
<h2>Running late</h2><p>If you are more than 15 minutes late we may need to shorten your service or rebook you.</p>
""",
    ),
    "/visit/": (
        "Opening hours and finding us",
        """
<h1>Visit the salon</h1>
<h2>Address</h2><p>88 Elm Row, Somerville, between the bakery and the bookshop, five minutes' walk from Davis
Square.</p>
<h2>Opening hours</h2><p>Tuesday and Wednesday 9am to 6pm, Thursday and Friday 9am to 8pm, Saturday 8am to 5pm.
Closed on Sundays and Mondays.</p>
<h2>Getting here</h2><p>The Red Line stops at Davis station. There is metered street parking on Elm Row and a
public garage on Grove Street, free for the first hour.</p>
<h2>Accessibility</h2><p>The salon is on the ground floor with step-free access and an accessible restroom.</p>
""",
    ),
    "/stylists/": (
        "Meet the stylists",
        """
<h1>Our team</h1>
<h2>Hannah Price, owner and creative director</h2><p>Hannah opened the salon in 2011 and specialises in precision
bobs and short cuts.</p>
<h2>Ines Duarte, colour specialist</h2><p>Ines is our balayage and blonding expert and leads colour training.</p>
<h2>Ruth Osei, colour and curls</h2><p>Ruth is a certified curly hair specialist who cuts curls dry, curl by
curl, and looks after natural and coily hair.</p>
<h2>Theo Brandt and Marcus Lee, barbers</h2><p>Fades, beards and classic men's cuts.</p>
""",
    ),
    "/kids/": (
        "Children's haircuts",
        """
<h1>Kids' cuts</h1>
<p>Children under 12 have their hair cut for $30 on a booster seat with cartoons on the tablet. First haircuts
come with a certificate and a lock of hair to keep.</p>
<p>Children's cuts are available on weekdays after 3pm and on Saturday mornings.</p>
""",
    ),
    "/gift-cards/": (
        "Gift cards",
        """
<h1>Gift cards</h1>
<p>Gift cards in any amount from $25 can be bought at the front desk or online and are sent by email straight
away. They are valid for two years and can be used for services and products.</p>
""",
    ),
    "/products/": (
        "Hair care products",
        """
<h1>Products we use and sell</h1>
<p>We use and stock Davines, Kevin Murphy and Olaplex, all cruelty-free. Your stylist can recommend a routine for
your hair type. Empty Davines bottles can be brought back for refilling at a discount.</p>
""",
    ),
    "/careers/": (
        "Careers",
        """
<h1>Work with us</h1>
<p>We are hiring an experienced senior stylist and a weekend receptionist. We also take one apprentice each
September; apprentices train with us four days a week and attend college one day a week.</p>
<p>Send your CV and Instagram portfolio to jobs@willowandthread.example.</p>
""",
    ),
    "/faq/": (
        "Frequently asked questions",
        """
<h1>Frequently asked questions</h1>
<h3>Can I bring my children with me?</h3><p>For safety we ask that children do not come to appointments unless
they are being seen; chemicals and hot tools are used throughout the salon.</p>
<h3>Do you cut hair extensions?</h3><p>We cut and blend clip-in and tape extensions, but we do not fit or remove
extensions.</p>
<h3>Should I come with clean hair?</h3><p>For colour, come with hair washed a day or two before. For cuts, come as
you normally wear it, so we can see how it falls.</p>
<h3>Do you offer student discounts?</h3><p>Students get 15 percent off cuts from Tuesday to Thursday with a valid
student ID.</p>
""",
    ),
}

# Customers' questions in their own words, with the page that answers each; written with the site, before
# retrieval was tuned.
QUESTIONS = [
    ("how much is it for a guy's haircut", "/prices/"),
    ("what does a full head of highlights cost", "/prices/"),
    ("are you open on mondays", "/visit/"),
    ("is there anywhere nearby to leave my car", "/visit/"),
    ("can I get there on the subway", "/visit/"),
    ("I want to go blonde, do I need an allergy test first", "/patch-test/"),
    ("how long will painted highlights take, I need to plan my day", "/colour/"),
    ("I dyed my hair at home and it went orange, can you fix it", "/colour/"),
    ("how often will I need my grey roots redone", "/colour/"),
    ("my hair is really frizzy, what can you do", "/treatments/"),
    ("when can I wash my hair after the smoothing treatment", "/treatments/"),
    ("can someone do my hair for my wedding at the hotel", "/bridal/"),
    ("do I need to pay upfront to reserve my wedding date", "/bridal/"),
    ("do you do hot towel shaves", "/barbering/"),
    ("do you do fake nails", "/nails-and-brows/"),
    ("what happens if I have to cancel last minute", "/booking/"),
    ("I'm going to be 20 minutes late, is that ok", "/booking/"),
    ("can I just turn up without booking", "/booking/"),
    ("who should I see for curly hair", "/stylists/"),
    ("how much is a haircut for my 6 year old", "/kids/"),
    ("can I buy a voucher for my mum's birthday", "/gift-cards/"),
    ("what shampoo brands do you sell", "/products/"),
    ("are you looking for staff", "/careers/"),
    ("can my kids wait in the salon while I get my hair done", "/faq/"),
    ("is there a discount if I'm at university", "/faq/"),
]

# Questions customers might ask that the site does not answer (written before tuning): each must be declined.
OUT_OF_SCOPE = [
    "do you do tattoos or piercings",
    "can you fix my iphone screen",
    "do you do teeth whitening",
    "can I bring my dog into the salon",
    "do you do spray tans",
    "do you sell wigs",
    "how much is laser hair removal",
    "do you offer microblading for eyebrows",
]
