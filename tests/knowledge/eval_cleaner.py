"""An evaluation site: Sparrow & Sage Cleaning, a small domestic and commercial cleaning company (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. Questions describe a customer's
situation the way they would phone or message about it, not the way the pages name the service; each
fact sits on one page. Measured once, unchanged since:
23/25 right page in the top 3, 22 cited, 3 of 8 out-of-scope declined.
"""

NAME = "Sparrow & Sage Cleaning"
PHONE = "0117 496 0215"
ADDRESS = "14 Gloucester Road, Bishopston, Bristol BS7 8AE"

NAV = [
    ("Home", "/"),
    ("Regular cleaning", "/regular-cleaning/"),
    ("Deep cleans", "/deep-cleaning/"),
    ("End of tenancy", "/end-of-tenancy/"),
    ("Ovens", "/oven-cleaning/"),
    ("Carpets & sofas", "/carpets-upholstery/"),
    ("Windows", "/window-cleaning/"),
    ("Offices", "/office-cleaning/"),
    ("What's included", "/checklist/"),
    ("Prices", "/prices/"),
    ("Keys & access", "/keys-access/"),
    ("Trust & insurance", "/trust/"),
    ("Eco products", "/eco-products/"),
    ("Our promise", "/guarantee/"),
    ("Bookings & payment", "/bookings-payment/"),
    ("Areas", "/areas/"),
    ("Our team", "/team/"),
    ("FAQ", "/faq/"),
]

PAGES = {
    "/": (
        "House and office cleaners in Bristol",
        """
<h1>Sparrow &amp; Sage Cleaning</h1>
<p>Friendly, reliable cleaners for homes and small workplaces across north Bristol. Started in 2014 by two friends
with one mop bucket between them, we now have fourteen cleaners and two vans, and we still answer the phone
ourselves.</p>
<h2>How we can help</h2>
<ul><li>Weekly or fortnightly home cleaning</li><li>One-off deep cleans</li><li>Move-out cleans for tenants and
landlords</li><li>Oven, carpet, sofa and window cleaning</li><li>Office and shop cleaning, early mornings or
evenings</li></ul>
<p>Tell us a little about your home and we will send a fixed quote within one working day.</p>
""",
    ),
    "/regular-cleaning/": (
        "Regular home cleaning",
        """
<h1>Regular home cleaning</h1>
<p>Come home to a tidy house every week. We send the same cleaner each visit wherever we can, so they get to know
your home, your pets and how you like things done.</p>
<h2>How often</h2>
<p>Most customers choose weekly or fortnightly visits. We also offer a visit every four weeks, although homes
cleaned that rarely usually need a deep clean first.</p>
<h2>How long a visit takes</h2>
<p>The minimum visit is two hours. A two-bedroom flat usually takes two and a half hours; a four-bedroom house
around four. You can ask your cleaner to spend the time differently, for example skipping the spare room to give
the kitchen extra attention.</p>
<h2>Do I need to be in?</h2>
<p>No. Around two thirds of our regular customers are at work while we clean.</p>
<h2>Holidays and covering for your cleaner</h2>
<p>When your usual cleaner is on holiday or off sick we will offer you a cover cleaner from the team, or you can
choose to skip that visit at no charge.</p>
""",
    ),
    "/deep-cleaning/": (
        "One-off deep cleans",
        """
<h1>One-off deep cleaning</h1>
<p>A top-to-bottom clean for homes that need more than a tidy: after building work, before a family visit or
party, after a long illness, or simply when it has all got on top of you. We never judge; we have seen it
all.</p>
<h2>What makes it different</h2>
<ul>
<li>Limescale removed from taps, shower screens and tiles</li>
<li>Inside kitchen cupboards, the fridge and the microwave</li>
<li>Skirting boards, door frames and light switches wiped by hand</li>
<li>Behind and under furniture that can be moved safely</li>
</ul>
<h2>After builders</h2>
<p>Building dust gets everywhere. Our after-builders clean includes vacuuming dust from walls, wiping every
surface twice and removing paint spots from glass. We ask that the builders have taken away their rubble and
materials first.</p>
<p>Deep cleans are done by a team of two or three cleaners and usually take a full day.</p>
""",
    ),
    "/end-of-tenancy/": (
        "End of tenancy cleaning",
        """
<h1>End of tenancy cleaning</h1>
<p>Moving out? Our move-out clean follows the inventory checklists used by letting agents across Bristol, so you
have the best chance of getting your full deposit back.</p>
<h2>Our 72-hour deposit promise</h2>
<p>If your landlord or agent reports anything we cleaned that does not pass their check-out inspection, tell us
within 72 hours and we will come back and put it right free of charge.</p>
<h2>Good to know</h2>
<ul>
<li>The property must be empty of furniture and belongings when we arrive.</li>
<li>Electricity and hot water must be on.</li>
<li>Oven cleaning is included in every end of tenancy clean; carpet cleaning can be added.</li>
</ul>
<p>Landlords and agents between tenants can book the same clean; we can collect keys from the agent's office.</p>
""",
    ),
    "/oven-cleaning/": (
        "Oven cleaning",
        """
<h1>Oven cleaning</h1>
<p>Years of baked-on grease gone in an afternoon. We take the racks, trays and doors apart and soak them in a
heated dip tank in our van, while the inside of the oven is cleaned by hand with non-caustic gel.</p>
<h2>What we clean</h2>
<p>Single and double ovens, range cookers, Agas, hobs, extractor hoods and filters, and microwaves.</p>
<p>A single oven takes about two hours. You can use it again as soon as we leave: there are no fumes left
behind.</p>
""",
    ),
    "/carpets-upholstery/": (
        "Carpet and upholstery cleaning",
        """
<h1>Carpet, rug and upholstery cleaning</h1>
<p>We use hot water extraction, the method most carpet makers recommend, which lifts dirt from deep in the pile
rather than just the surface.</p>
<h2>Stains</h2>
<p>Red wine, coffee, mud and most pet accidents come out well, especially if treated quickly. Old bleach marks
and burns cannot be removed because the colour itself has gone.</p>
<h2>Sofas, armchairs and mattresses</h2>
<p>Fabric sofas and mattresses are cleaned with the same method at a lower pressure. We do not clean leather or
silk.</p>
<h2>Drying time</h2>
<p>Carpets are usually dry in four to six hours. Open a window and keep the heating on to speed it up, and please
keep pets off until they are dry.</p>
""",
    ),
    "/window-cleaning/": (
        "Window cleaning",
        """
<h1>Window cleaning</h1>
<p>We clean windows with a water-fed pole and purified water, which dries without smears and lets us reach
windows up to four storeys from the ground without ladders.</p>
<h2>What we clean</h2>
<ul><li>Outside of windows, frames and sills every visit</li><li>Conservatory roofs and glass</li>
<li>Insides of windows on request, when someone is home</li><li>Gutter faces and fascias, by arrangement</li></ul>
<p>Window rounds are every four or eight weeks. If it rains on the day, we still clean: pure water leaves no marks
as it dries.</p>
""",
    ),
    "/office-cleaning/": (
        "Office and commercial cleaning",
        """
<h1>Office and commercial cleaning</h1>
<p>Clean offices, surgeries, shops and studios before your staff arrive or after they leave. We look after
workplaces from a single room up to around 5,000 square feet.</p>
<h2>What we do</h2>
<ul><li>Desks, phones and keyboards wiped and sanitised</li><li>Kitchens and toilets cleaned and restocked with
your supplies</li><li>Bins emptied and recycling sorted</li><li>Floors vacuumed and mopped</li></ul>
<h2>Contracts</h2>
<p>Commercial contracts roll monthly with one month's notice: no long tie-ins. We carry out a free site visit
before quoting.</p>
""",
    ),
    "/checklist/": (
        "What's included in a clean",
        """
<h1>What's included in a standard clean</h1>
<h2>Kitchen</h2>
<ul><li>Worktops, splashbacks and cupboard fronts wiped</li><li>Hob and outside of appliances cleaned</li>
<li>Sink and taps descaled and polished</li><li>Floor vacuumed and mopped</li></ul>
<h2>Bathrooms</h2>
<ul><li>Toilet, bath, shower and basin cleaned and disinfected</li><li>Mirrors polished</li><li>Floor
mopped</li></ul>
<h2>Bedrooms and living areas</h2>
<ul><li>Dusting of reachable surfaces and ornaments</li><li>Beds made; linen changed if you leave fresh sheets
out</li><li>Carpets vacuumed and hard floors mopped</li></ul>
<h2>Not included in a standard clean</h2>
<p>Ironing, washing up large piles of dishes, clearing up after pets' accidents, inside the oven and fridge,
and outside windows. Ironing can be added at our hourly rate.</p>
""",
    ),
    "/prices/": (
        "Prices",
        """
<h1>Our prices</h1>
<table>
<tr><th>Service</th><th>Price</th></tr>
<tr><td>Regular cleaning (weekly or fortnightly)</td><td>£19 per hour, minimum 2 hours</td></tr>
<tr><td>One-off or four-weekly clean</td><td>£22 per hour, minimum 3 hours</td></tr>
<tr><td>Deep clean, 2-bed flat</td><td>from £240</td></tr>
<tr><td>End of tenancy, 1-bed flat</td><td>from £190</td></tr>
<tr><td>End of tenancy, 3-bed house</td><td>from £340</td></tr>
<tr><td>Single oven</td><td>£65</td></tr>
<tr><td>Double oven or range</td><td>£85</td></tr>
<tr><td>Carpet cleaning, per room</td><td>£35</td></tr>
<tr><td>Three-seater sofa</td><td>£70</td></tr>
<tr><td>Windows, typical 3-bed semi (outside)</td><td>£18 per visit</td></tr>
</table>
<p>We bring all our own cleaning products and equipment, included in the price. Prices include VAT.</p>
""",
    ),
    "/keys-access/": (
        "Keys and access",
        """
<h1>Keys and getting in</h1>
<p>Most regular customers give us a spare key so they do not need to be at home when we clean.</p>
<h2>How we keep your key safe</h2>
<p>Keys are kept in a locked key safe at our office, labelled with a code number only, never your name or
address. Your cleaner signs a key out on the morning of your clean and back in the same evening.</p>
<h2>Alarms and key safes</h2>
<p>You can also give us a key safe code or your alarm code; these are stored encrypted and only your cleaner can
see them.</p>
<p>When you stop using us, we return your key by hand or recorded post.</p>
""",
    ),
    "/trust/": (
        "Vetting, insurance and trust",
        """
<h1>Trust, vetting and insurance</h1>
<p>Letting someone into your home takes trust, so we do not cut corners on who we employ.</p>
<h2>Our cleaners</h2>
<ul><li>Every cleaner has an enhanced DBS check before they start.</li><li>We take up two references and check
the right to work in the UK.</li><li>Our cleaners are employed by us, not self-employed, and are paid above the
real Living Wage.</li></ul>
<h2>Insurance</h2>
<p>We hold £5 million public liability insurance and employer's liability cover. If we break or damage anything,
tell us the same day and we will repair or replace it.</p>
""",
    ),
    "/eco-products/": (
        "Eco-friendly cleaning products",
        """
<h1>Greener cleaning</h1>
<p>We use plant-based, biodegradable cleaning products from a Bristol refill shop, in refillable bottles, and
microfibre cloths that are washed and reused hundreds of times.</p>
<h2>Allergies, babies and pets</h2>
<p>Our products are free of chlorine bleach and strong fragrance, so they are gentler for people with asthma or
sensitive skin and safe around babies, cats and dogs. If you prefer us to use your own products, just leave them
out and tell us.</p>
""",
    ),
    "/guarantee/": (
        "Our satisfaction promise",
        """
<h1>Our satisfaction promise</h1>
<p>If any part of your clean is not up to standard, let us know within 24 hours and we will send a cleaner back
to redo that area free of charge, usually within two working days.</p>
<p>If you are still not happy after the re-clean, we will refund the cost of that visit in full.</p>
<p>Photos help us put things right, so feel free to send them to the office by email or WhatsApp.</p>
""",
    ),
    "/bookings-payment/": (
        "Bookings, cancellations and payment",
        """
<h1>Bookings, cancellations and payment</h1>
<h2>Changing or cancelling a visit</h2>
<p>Please give us at least 48 hours' notice to cancel or move a clean. Cancellations with less notice, or if
your cleaner cannot get in on the day, are charged at half the cost of the visit.</p>
<h2>How to pay</h2>
<p>Regular customers pay by Direct Debit, collected the day after each clean. One-off cleans are paid by card or
bank transfer after the job; we do not take cash. Offices are invoiced monthly, 14 days to pay.</p>
<h2>Deposits</h2>
<p>Deep cleans and end of tenancy cleans need a 20% deposit to secure the date.</p>
""",
    ),
    "/areas/": (
        "Areas we cover",
        """
<h1>Where we clean</h1>
<p>Our cleaners live locally and travel by van, bike or bus, so we keep to north and central Bristol:</p>
<ul><li>Bishopston, Horfield and Redland</li><li>Cotham, Clifton and Kingsdown</li><li>Westbury-on-Trym,
Henleaze and Southmead</li><li>Filton, Stoke Gifford and Bradley Stoke</li><li>St Andrews, Montpelier and St
Werburghs</li></ul>
<p>We do not currently cover south Bristol, Keynsham or Bath. Window cleaning covers the same area.</p>
""",
    ),
    "/team/": (
        "Meet the team",
        """
<h1>Meet the team</h1>
<p><strong>Hannah Whitlock</strong> and <strong>Priya Nair</strong> founded Sparrow &amp; Sage in 2014 and still
run it day to day. Hannah looks after the cleaners and quality checks; Priya runs the office, quotes and
bookings.</p>
<p><strong>Tomasz Zielinski</strong> leads our carpet, oven and window team and has been with us since 2017.</p>
<p>We have fourteen cleaners, most of whom have been with us for more than three years, and we are a Bristol
Living Wage employer.</p>
""",
    ),
    "/faq/": (
        "Frequently asked questions",
        """
<h1>Frequently asked questions</h1>
<h3>Do I need to provide a vacuum cleaner?</h3>
<p>No, your cleaner brings a vacuum; if you prefer they use yours (for example a particular model for pet hair),
just leave it out.</p>
<h3>Should I tidy up before the cleaner comes?</h3>
<p>A quick pick-up of clothes, toys and papers from floors and surfaces helps your cleaner spend the time
cleaning rather than tidying, but it is not essential.</p>
<details><summary>Can I tip my cleaner?</summary>
<p>Tips are never expected, but if you leave one it goes entirely to your cleaner.</p></details>
<details><summary>Will you clean if I have a dog or cat?</summary>
<p>Yes, most of our customers have pets. Let us know if your dog is nervous of strangers so we can plan
around it.</p></details>
<details><summary>Do you clean on weekends?</summary>
<p>Home cleaning runs Monday to Friday, 8am to 6pm. Offices can be cleaned early morning, evenings or
Saturdays.</p></details>
""",
    ),
}

# Questions a customer would ask, worded as they would phone or message.
QUESTIONS = [
    ("I want someone to come round every week and keep the house on top of things", "/regular-cleaning/"),
    ("what happens if my usual lady is off on holiday", "/regular-cleaning/"),
    ("we've just had an extension built and there's dust everywhere, can you help", "/deep-cleaning/"),
    ("I'm moving out of my rented flat and want to make sure I get my deposit back", "/end-of-tenancy/"),
    ("the agent says the kitchen wasn't good enough after you cleaned, what now", "/end-of-tenancy/"),
    ("my cooker is black with grease inside, can you sort it", "/oven-cleaning/"),
    ("the dog had an accident on the living room rug", "/carpets-upholstery/"),
    ("how long before I can walk on the carpet again", "/carpets-upholstery/"),
    ("can you do the glass roof on my conservatory", "/window-cleaning/"),
    ("we need someone to do our dental practice in the evenings after we close", "/office-cleaning/"),
    ("am I tied in for a year if we sign up for the office", "/office-cleaning/"),
    ("will the cleaner change the sheets on the bed", "/checklist/"),
    ("would she do some ironing while she's here", "/checklist/"),
    ("how much is it an hour for a fortnightly clean", "/prices/"),
    ("do I have to buy the sprays and stuff or do you bring them", "/prices/"),
    ("I'll be at work, how does the cleaner get into the house", "/keys-access/"),
    ("could somebody come and clean my house on a saturday", "/faq/"),
    ("have your staff been police checked", "/trust/"),
    ("what if she knocks over and smashes my vase", "/trust/"),
    ("my little boy has eczema, are the chemicals you use harsh", "/eco-products/"),
    ("I'm not happy, the bathroom was still grubby when I got home", "/guarantee/"),
    ("something's come up and I need to cancel tomorrow's clean, will I be charged", "/bookings-payment/"),
    ("can I pay cash on the day", "/bookings-payment/"),
    ("do you come out to Keynsham", "/areas/"),
    ("who's in charge there", "/team/"),
]

# Questions a customer might ask that the site does not answer.
OUT_OF_SCOPE = [
    "can you take my old sofa to the tip",
    "do you do pest control, I think we have mice",
    "can you jet wash my patio and driveway",
    "do you offer a babysitting service",
    "can you mow the lawn while you're here",
    "do you sell cleaning products in a shop",
    "can you clean out my car",
    "do you do laundry pickup and dry cleaning",
]
