"""An evaluation site: Hartley's Kitchen, an independent neighbourhood restaurant (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. Questions are asked the way diners phone
or message ("my husband can't eat nuts, is that a problem"), not in the pages' words; each fact sits on one
page.
Measured once, unchanged since: 20/25 right page in the top 3, 20 cited, 4 of 8 out-of-scope declined.
"""

NAME = "Hartley's Kitchen"
PHONE = "0113 496 0271"
ADDRESS = "62 Otley Road, Headingley, Leeds LS6 3PX"

NAV = [
    ("Home", "/"),
    ("Lunch", "/menus/lunch/"),
    ("Dinner", "/menus/dinner/"),
    ("Sunday roast", "/menus/sunday-roast/"),
    ("Little ones' menu", "/menus/kids/"),
    ("Allergies & diets", "/allergies/"),
    ("Book a table", "/bookings/"),
    ("Private dining", "/private-dining/"),
    ("Takeaway", "/takeaway/"),
    ("Gift vouchers", "/gift-vouchers/"),
    ("Opening hours", "/opening-hours/"),
    ("Find us", "/find-us/"),
    ("Deposits & cancellations", "/deposits-and-cancellations/"),
    ("Families & dogs", "/families-and-dogs/"),
    ("Our story", "/our-story/"),
    ("Work with us", "/jobs/"),
    ("FAQ", "/faq/"),
]

PAGES = {
    "/": (
        "Neighbourhood restaurant in Headingley",
        """
<h1>Hartley's Kitchen</h1>
<p>A relaxed, independent restaurant on Otley Road serving seasonal British cooking with the odd nod to the
Mediterranean: wood-fired flatbreads, slow-cooked meats, fish from the Yorkshire coast and plenty of vegetables.
Nothing fancy, just good food cooked from scratch every day.</p>
<p>Pop in for a weekday lunch, settle in for dinner with friends or bring the whole family for Sunday lunch.
Walk-ins are always welcome when we have a table free.</p>
""",
    ),
    "/menus/lunch/": (
        "Lunch menu",
        """
<h1>Lunch</h1>
<p>Served Tuesday to Saturday, 12 till 3. Our set lunch is two courses for £18 or three for £22, and every dish
comes out within 20 minutes if you tell us you are in a hurry.</p>
<h2>Small plates and sandwiches</h2>
<ul>
<li>Soup of the day with sourdough, £7</li>
<li>Wood-fired flatbread with whipped feta, honey and thyme, £9</li>
<li>Fish finger sandwich with tartare sauce and fries, £12</li>
<li>Ploughman's with Wensleydale, pork pie, pickles and apple, £13</li>
</ul>
<h2>Mains</h2>
<ul>
<li>Beer-battered haddock, chips and mushy peas, £16</li>
<li>Chicken Caesar salad, £14</li>
<li>Wild mushroom risotto (v), £14</li>
</ul>
""",
    ),
    "/menus/dinner/": (
        "Dinner menu",
        """
<h1>Dinner</h1>
<p>Our evening menu changes with the seasons. A sample of what is on now:</p>
<h2>Starters</h2>
<ul>
<li>Whitby crab on toast, brown butter, £11</li>
<li>Ham hock terrine with piccalilli, £9</li>
<li>Roast beetroot, goat's curd and hazelnuts (v), £9</li>
</ul>
<h2>Mains</h2>
<ul>
<li>28-day aged sirloin steak, triple-cooked chips, peppercorn sauce, £29</li>
<li>Slow-braised lamb shoulder, crushed potatoes, salsa verde, £24</li>
<li>Pan-fried hake, mussels, cider cream, £23</li>
<li>Spiced cauliflower, chickpeas, tahini and flatbread (ve), £17</li>
</ul>
<h2>Puddings</h2>
<ul>
<li>Sticky toffee pudding with clotted cream, £8</li>
<li>Dark chocolate tart with crème fraîche, £8</li>
<li>Yorkshire cheeses with oatcakes and chutney, £11</li>
</ul>
""",
    ),
    "/menus/sunday-roast/": (
        "Sunday roast",
        """
<h1>Sunday roast</h1>
<p>Served every Sunday from 12 until 5, or until it runs out, so book ahead if you can.</p>
<table>
<tr><th>Roast</th><th>Price</th></tr>
<tr><td>Roast sirloin of beef</td><td>£21</td></tr>
<tr><td>Roast pork belly with crackling</td><td>£19</td></tr>
<tr><td>Half roast chicken</td><td>£18</td></tr>
<tr><td>Nut roast (v)</td><td>£16</td></tr>
<tr><td>Children's roast (under 12)</td><td>£10</td></tr>
</table>
<p>Every roast comes with goose-fat roast potatoes, a Yorkshire pudding, honey-glazed carrots, seasonal greens,
cauliflower cheese and proper gravy. Extra Yorkshires are £1.50 each.</p>
""",
    ),
    "/menus/kids/": (
        "Little ones' menu",
        """
<h1>Little ones' menu</h1>
<p>For children aged 11 and under. Any two courses for £8, served with a drink of squash or milk.</p>
<h2>Mains</h2>
<ul>
<li>Mini fish and chips with peas</li>
<li>Chicken goujons, chips and beans</li>
<li>Tomato pasta with cheese (v)</li>
<li>A half portion of most dishes from the main menu, at half price</li>
</ul>
<h2>Afters</h2>
<ul>
<li>Two scoops of ice cream</li>
<li>Fruit salad</li>
</ul>
<p>Every child gets crayons and a colouring sheet at the table.</p>
""",
    ),
    "/allergies/": (
        "Allergies and dietary needs",
        """
<h1>Allergies and dietary requirements</h1>
<p>Please tell your server about any allergy or intolerance before you order, every time you visit. Our kitchen
keeps a full record of the 14 major allergens in every dish and your server can show it to you.</p>
<h2>Nuts</h2>
<p>Some dishes contain tree nuts or peanuts and nuts are used in our kitchen, so we cannot guarantee any dish is
completely free from traces. For a severe nut allergy we will talk you through the safest choices and prepare your
food separately.</p>
<h2>Gluten</h2>
<p>Most of the menu can be made gluten-free, including our fish and chips, which are fried in a dedicated fryer.
Gluten-free bread is always available. Dishes suitable for coeliacs are marked GF on the allergen sheet.</p>
<h2>Vegetarian and vegan</h2>
<p>Vegetarian dishes are marked (v) and vegan dishes (ve). We are happy to adapt many other dishes: just ask.</p>
<p>If you are booking for a group with several dietary needs, let us know a few days ahead and the chef will plan
something special.</p>
""",
    ),
    "/bookings/": (
        "Book a table",
        """
<h1>Reservations</h1>
<p>Tables for up to eight people can be booked online at any time through the booking button at the top of this
page. You will get a confirmation email straight away and a reminder on the morning of your booking.</p>
<h2>Larger parties</h2>
<p>For groups of nine to twenty, please call us rather than booking online: we join tables in the main dining
room so everyone sits together, and parties of nine or more choose from a set group menu (two courses £30, three
courses £36) so the kitchen can serve everyone at once.</p>
<p>Tables are ours for two hours at dinner on Fridays and Saturdays; at other times there is no time limit.</p>
""",
    ),
    "/private-dining/": (
        "Private dining and events",
        """
<h1>Private dining</h1>
<p>Upstairs, the Loft is a private room with its own bar that seats up to 36 people at long tables or holds 50
standing. It is ideal for birthdays, christenings, wakes, retirement parties and work dinners.</p>
<h2>Hiring the Loft</h2>
<ul>
<li>No room hire charge; instead there is a minimum spend of £600 on Friday and Saturday evenings and £350 at
other times.</li>
<li>Choose from our sharing feasts, a three-course set menu or a buffet of canapés and bowl food.</li>
<li>You are welcome to bring your own decorations and a celebration cake (no cake-cutting charge).</li>
<li>There is a speaker for your own playlist, and a screen for slideshows and presentations.</li>
</ul>
<p>To check dates, email events@hartleyskitchen.co.uk with the date, rough numbers and the type of occasion.</p>
""",
    ),
    "/takeaway/": (
        "Takeaway and delivery",
        """
<h1>Takeaway and delivery</h1>
<p>Much of our lunch and dinner menu is available to take home, packed in recyclable containers. Order online
and choose a collection time, or ring the restaurant; collection is from the front counter.</p>
<p>We deliver through Deliveroo to LS6, LS16 and parts of LS4, Wednesday to Saturday evenings from 5 until 9.</p>
<p>Sunday roast boxes for four can be collected between 12 and 3 on Sundays, and must be pre-ordered by Friday
evening.</p>
""",
    ),
    "/gift-vouchers/": (
        "Gift vouchers",
        """
<h1>Gift vouchers</h1>
<p>Treat someone to a meal at Hartley's. Vouchers are available in any amount from £20, or for set experiences
such as Sunday lunch for two or a three-course dinner for two with a bottle of wine.</p>
<p>Buy online and we will email you a printable voucher instantly, or pick up a voucher in a card at the
restaurant. Vouchers are valid for twelve months from purchase, can be used for food and drink on any day, and can
be put towards takeaway orders. They cannot be exchanged for cash.</p>
""",
    ),
    "/opening-hours/": (
        "Opening hours",
        """
<h1>Opening hours</h1>
<table>
<tr><th>Day</th><th>Open</th><th>Kitchen</th></tr>
<tr><td>Monday</td><td>Closed</td><td>Closed</td></tr>
<tr><td>Tuesday to Thursday</td><td>12pm to 10.30pm</td><td>12pm to 3pm, 5pm to 9pm</td></tr>
<tr><td>Friday and Saturday</td><td>12pm to 11.30pm</td><td>12pm to 3pm, 5pm to 9.30pm</td></tr>
<tr><td>Sunday</td><td>12pm to 8pm</td><td>12pm to 6pm</td></tr>
</table>
<p>Between lunch and dinner on weekdays the bar stays open for drinks, coffee and cake. We close for a week after
New Year; dates are announced on our social media.</p>
""",
    ),
    "/find-us/": (
        "Find us",
        """
<h1>Find us</h1>
<p>We are at 62 Otley Road in the middle of Headingley, next door to the Oxfam bookshop and five minutes' walk
from the cricket ground.</p>
<h2>Getting here</h2>
<p>The number 1, 6 and 28 buses stop right outside. Headingley station is a ten-minute walk. There is on-street
pay and display parking on the side roads, free after 6pm, and the Arndale Centre car park behind us is free for
the first three hours.</p>
<h2>Accessibility</h2>
<p>The main dining room is step-free from the street, with a ramp at the front door and an accessible toilet
downstairs. The Loft upstairs has no lift. Assistance dogs are always welcome.</p>
""",
    ),
    "/deposits-and-cancellations/": (
        "Deposits and cancellations",
        """
<h1>Deposits and cancellations</h1>
<p>We are a small restaurant and empty tables hurt, so we ask for card details to secure bookings of six or more
people and all Friday and Saturday evening bookings. Nothing is taken from your card unless you do not turn up.</p>
<p>If you need to cancel or change the numbers, let us know at least 48 hours before and there is no charge.
Later cancellations and no-shows are charged £15 per person. For the Loft, a £100 deposit is taken on booking and
returned against your bill; it is refunded in full if you cancel at least 14 days ahead.</p>
""",
    ),
    "/families-and-dogs/": (
        "Families and dogs",
        """
<h1>Families and dogs</h1>
<h2>Children</h2>
<p>Children are very welcome until 8pm. We have high chairs and booster seats (let us know when you book and we
will have one ready), a baby changing table in the accessible toilet, and we will happily warm up baby food or
bottles.</p>
<h2>Dogs</h2>
<p>Well-behaved dogs on a lead are welcome in the front bar area, where we keep a water bowl and a jar of dog
treats. Dogs are not allowed in the main dining room or the Loft, apart from assistance dogs. Ask for a table in
the bar when you book.</p>
""",
    ),
    "/our-story/": (
        "Our story",
        """
<h1>Our story</h1>
<p>Hartley's Kitchen was opened in 2016 by husband and wife Sam and Lucy Hartley. Sam is our head chef: he trained
at Leeds City College and spent eight years in London kitchens, including four as sous chef at the Anchor &amp;
Hope, before coming home to Yorkshire. Lucy runs front of house and chooses the wines.</p>
<h2>Where our food comes from</h2>
<p>Our beef and lamb come from Lishman's butchers in Ilkley, vegetables from Hinchliffe's farm near Huddersfield,
fish from the day boats at Whitby, and bread is baked for us each morning by Leeds Bread Co-op. Around three
quarters of what we cook is grown or reared within 50 miles.</p>
""",
    ),
    "/jobs/": (
        "Work with us",
        """
<h1>Jobs at Hartley's</h1>
<p>We are always keen to hear from friendly, hard-working people. Current vacancies:</p>
<ul>
<li>Chef de partie, full time, £30,000 a year plus tips</li>
<li>Kitchen porter, part time, evenings and weekends</li>
<li>Waiting staff, part time, weekends; no experience needed, training given; from age 16</li>
</ul>
<p>All staff get a fair share of tips, a staff meal every shift and 50% off when dining with us. Send your CV to
jobs@hartleyskitchen.co.uk or drop it in to Lucy at the restaurant.</p>
""",
    ),
    "/faq/": (
        "Frequently asked questions",
        """
<h1>FAQ</h1>
<h3>Can I bring my own wine?</h3>
<p>Yes, on Tuesdays and Wednesdays only, with a £10 corkage charge per bottle.</p>
<h3>Is service included?</h3>
<p>A discretionary 10% service charge is added to bills for tables of six or more. All of it goes to the team.</p>
<h3>How can I pay?</h3>
<p>We accept all major cards including American Express, contactless and cash. Bills can be split up to four ways.</p>
<h3>Is there a dress code?</h3>
<p>No. Come as you are.</p>
""",
    ),
}

# (question, the page that answers it). Written the way diners phone or message, not in the pages' words.
QUESTIONS = [
    ("my husband can't eat nuts, is that going to be a problem", "/allergies/"),
    ("my daughter is coeliac, will there be anything she can eat", "/allergies/"),
    ("what can I get for a quick bite in my lunch break", "/menus/lunch/"),
    ("what do you have in the evenings, do you do a decent steak", "/menus/dinner/"),
    ("how much is a roast dinner on a Sunday", "/menus/sunday-roast/"),
    ("what time do you stop doing the roasts", "/menus/sunday-roast/"),
    ("do you do smaller meals for my six year old", "/menus/kids/"),
    ("there'll be fourteen of us for my mum's 70th, can we all sit together", "/bookings/"),
    ("we want a room to ourselves for a christening do, about thirty people", "/private-dining/"),
    ("can I grab food to eat at home instead", "/takeaway/"),
    ("I'd like to treat my sister to a meal out as a birthday present", "/gift-vouchers/"),
    ("are you open on a monday", "/opening-hours/"),
    ("how late can we order food on a Saturday night", "/opening-hours/"),
    ("where can I park nearby", "/find-us/"),
    ("my dad uses a wheelchair, will he be able to get in ok", "/find-us/"),
    ("why do you want my card number when I book", "/deposits-and-cancellations/"),
    ("something's come up and we can't make Friday, will we be charged", "/deposits-and-cancellations/"),
    ("can we bring our spaniel along", "/families-and-dogs/"),
    ("have you got somewhere for the baby to sit", "/families-and-dogs/"),
    ("who does the cooking there", "/our-story/"),
    ("where does your meat come from, is it local", "/our-story/"),
    ("are you taking anyone on, my son wants weekend work", "/jobs/"),
    ("is it ok to bring a bottle of our own", "/faq/"),
    ("can I pay with Amex", "/faq/"),
    ("what sort of food is it", "/"),
]

# Questions a diner might ask that the site does not answer (written with the site): each must be declined.
OUT_OF_SCOPE = [
    "do you have rooms to stay the night",
    "is there live music on a Friday",
    "will you be showing the football on telly",
    "do you run cooking classes",
    "can I buy the chef's cookbook",
    "do you do a bottomless brunch",
    "is there a cash machine near you",
    "do you have a loyalty card",
]
