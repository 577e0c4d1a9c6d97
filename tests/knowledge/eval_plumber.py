"""A fourth evaluation site: Brightwater Plumbing & Heating, a small plumbing and heating firm (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' results. Questions describe a householder's problem the way
they would phone or message about it, not the way the pages name the service; each fact sits on one page.
Measured once, unchanged since: 24/25 right page in the top 3, 23 cited, 3 of 8 out-of-scope declined.
"""

NAME = "Brightwater Plumbing & Heating"
PHONE = "0116 496 0732"
ADDRESS = "Unit 4, Mill Lane Trading Estate, Wigston, Leicester LE18 2FT"

NAV = [
    ("Home", "/"),
    ("Boiler repairs", "/boiler-repairs/"),
    ("New boilers", "/new-boilers/"),
    ("Radiators & heating", "/central-heating/"),
    ("Drains", "/drains/"),
    ("Leaks", "/leaks/"),
    ("Hot water cylinders", "/hot-water-cylinders/"),
    ("Emergencies", "/emergency/"),
    ("Prices", "/prices/"),
    ("Areas we cover", "/areas/"),
    ("Our guarantee", "/guarantee/"),
    ("Paying us", "/payment/"),
    ("Meet the team", "/about/"),
    ("Reviews", "/reviews/"),
    ("FAQ", "/faq/"),
    ("Book a visit", "/book/"),
    ("Contact", "/contact/"),
]

PAGES = {
    "/": (
        "Plumbers and heating engineers in Leicester",
        """
<h1>Brightwater Plumbing &amp; Heating</h1>
<p>A family firm looking after homes across Leicester and south Leicestershire since 2006. We are a small team of
six engineers, so the person who quotes for your job is usually the person who does it.</p>
<h2>What we do</h2>
<ul><li>Gas boiler repairs and annual servicing</li><li>New boiler installations</li><li>Radiators, thermostats and
central heating upgrades</li><li>Blocked drains, sinks and toilets</li><li>Leak detection and pipe repairs</li>
<li>Hot water cylinders and immersion heaters</li></ul>
<p>Book online or give the office a ring and we will find a slot that suits you.</p>
""",
    ),
    "/boiler-repairs/": (
        "Boiler breakdowns and servicing",
        """
<h1>Boiler repairs and servicing</h1>
<p>We repair all the major makes of gas combi, system and regular boilers,
including Worcester Bosch, Vaillant, Baxi, Ideal and Viessmann. Most faults are fixed on the first visit because
our vans carry the common spare parts.</p>
<h2>Common faults we fix</h2>
<ul>
<li><strong>Kettling</strong>: a rumbling, knocking or banging from the boiler, usually limescale or sludge building
up on the heat exchanger.</li>
<li><strong>Low pressure</strong>: the gauge on the front keeps dropping below 1 bar, often a small leak in the
system or a faulty pressure relief valve.</li>
<li><strong>Lockouts and fault codes</strong>: the boiler shuts itself down and shows a code or a flashing red
light.</li>
<li><strong>Frozen condensate pipe</strong>: in a cold snap the plastic pipe that runs outside freezes and the boiler
stops. Pouring warm (not boiling) water along the pipe often gets it going again.</li>
<li>Pilot light going out, diverter valve faults and pumps that have seized.</li>
</ul>
<h2>Annual boiler service</h2>
<p>Manufacturers ask for a service every twelve months to keep the boiler's warranty valid. We clean the burner and
heat exchanger, check the flue gases with an analyser and test the safety devices, and you get a written
service record.</p>
""",
    ),
    "/new-boilers/": (
        "New boiler installation",
        """
<h1>New boiler installation</h1>
<p>If your boiler is more than fifteen years old, parts are getting hard to find, or repairs keep coming back, a
new A-rated boiler can cut your gas bills by up to a fifth.</p>
<h2>How it works</h2>
<ol><li>A free, no-obligation survey at your home, where we look at your hot water use, the number of bathrooms
and where the flue can go.</li><li>A fixed written quote within two working days.</li><li>Installation usually
takes one to two days. We flush the system, fit a magnetic filter and register the boiler with building control and
the manufacturer.</li></ol>
<h2>Moving or converting</h2>
<p>We can move a boiler to a different room or the loft, or swap an old tank-and-cylinder system for a combi so
you get hot water straight from the tap.</p>
<p>New Worcester Bosch boilers fitted by us come with a manufacturer's warranty of up to ten years.</p>
""",
    ),
    "/central-heating/": (
        "Radiators and central heating",
        """
<h1>Radiators and central heating</h1>
<h2>Cold spots and noisy pipes</h2>
<p>A radiator that is warm at the bottom but cold at the top has trapped air and needs bleeding. One that is cold
at the bottom but hot at the top is usually full of sludge. If several radiators stay cold, the system may need a
power flush, which pushes clean water and chemicals through the pipes to clear out black sludge and rust.</p>
<h2>Radiators</h2>
<p>We replace old radiators, add new ones to extensions, fit designer and column radiators and heated towel rails,
and balance the system so every room heats up evenly.</p>
<h2>Controls</h2>
<p>We fit smart thermostats such as Hive, Nest and tado, thermostatic radiator valves and zone controls, so you can
heat only the rooms you use and switch the heating on from your phone.</p>
""",
    ),
    "/drains/": (
        "Blocked drains, sinks and toilets",
        """
<h1>Blocked drains</h1>
<p>Slow-draining sinks, a toilet that fills up when you flush, gurgling plughole noises or a bad smell outside by
the manhole are all signs of a blockage.</p>
<h2>How we clear them</h2>
<ul><li>Hand rods and plungers for toilets, sinks, baths and showers</li><li>High-pressure water jetting for
outside drains packed with fat, wet wipes or tree roots</li><li>A CCTV camera survey to find cracked or collapsed
pipes, with a recorded video and report you can send to your insurer</li></ul>
<h2>Keep them flowing</h2>
<p>Never pour cooking fat down the sink and only flush toilet paper: so-called flushable wipes do not break down
and cause most of the blockages we see.</p>
<p>Drain pipes shared with a neighbour, and those outside your property boundary, are often the water company's
responsibility. We will tell you if that applies before we charge you anything.</p>
""",
    ),
    "/leaks/": (
        "Leaks and pipe repairs",
        """
<h1>Leak detection and repairs</h1>
<p>A damp patch or brown stain on the ceiling, a water meter that keeps turning when every tap is off, or a bill that
suddenly jumps can all mean a hidden leak.</p>
<h2>Finding the leak</h2>
<p>We use thermal imaging cameras, acoustic listening equipment and moisture meters to trace leaks under floors and
inside walls without pulling the house apart. You get a written report for your home insurance claim.</p>
<h2>Repairs</h2>
<ul><li>Dripping taps: new washers, cartridges or a whole new tap</li><li>Toilets that keep running into the
bowl: new fill valves and flush valves</li><li>Leaking shower trays and seals</li><li>Split and corroded pipes,
and leaking joints under sinks</li></ul>
""",
    ),
    "/hot-water-cylinders/": (
        "Hot water cylinders and immersion heaters",
        """
<h1>Hot water cylinders</h1>
<p>If you have a tank in the airing cupboard rather than a combi boiler, your hot water is stored in a cylinder. We
service, repair and replace vented and unvented cylinders, including Megaflo and Gledhill.</p>
<h2>Unvented cylinders</h2>
<p>Unvented cylinders run at mains pressure and by law must be fitted and serviced by someone with G3
qualifications. They should be checked every year; a dripping pipe near the cylinder usually means the expansion
vessel has lost its charge.</p>
<h2>Immersion heaters</h2>
<p>An immersion heater is the electric element that heats the water when the boiler is off. If you only get
lukewarm water, or the water stays cold when you switch the immersion on, the element or its thermostat has usually
failed. We carry replacement elements and can normally fit one the same day.</p>
""",
    ),
    "/emergency/": (
        "Emergency plumber, 24 hours",
        """
<h1>Emergency call-outs</h1>
<p>We answer the phone 24 hours a day, 365 days a year, for genuine emergencies: burst pipes, water pouring through
a ceiling, no heating for a household with a baby or an elderly or vulnerable person, and a toilet that is the only
one in the house and is overflowing.</p>
<p>For emergencies inside our area we aim to be with you within two hours, day or night.</p>
<h2>While you wait</h2>
<ol><li>Turn off the water at the stopcock, usually under the kitchen sink or where the pipe comes into the
house.</li><li>Switch off the electrics at the consumer unit if water is near sockets or light fittings.</li>
<li>Open the cold taps to drain the pipes.</li></ol>
<h2>If you smell gas</h2>
<p>Do not call us first: leave the property, do not use switches, and ring the National Gas Emergency Service
on 0800 111 999. They will make the supply safe and then we can repair the appliance.</p>
""",
    ),
    "/prices/": (
        "Our prices",
        """
<h1>Prices</h1>
<p>We charge by the job where we can, so you know the cost before we start. All prices include VAT and parts
unless stated.</p>
<table>
<tr><th>Job</th><th>Price</th></tr>
<tr><td>Annual boiler service</td><td>£89</td></tr>
<tr><td>Boiler repair, first hour (parts extra)</td><td>£95</td></tr>
<tr><td>Toilet or sink unblocked</td><td>£85</td></tr>
<tr><td>Outside drain jetting</td><td>from £140</td></tr>
<tr><td>CCTV drain survey</td><td>£180</td></tr>
<tr><td>Power flush (up to 10 radiators)</td><td>£450</td></tr>
<tr><td>Replace a radiator</td><td>from £220</td></tr>
<tr><td>Landlord gas safety certificate</td><td>£65</td></tr>
<tr><td>New combi boiler, supplied and fitted</td><td>from £2,350</td></tr>
</table>
<h2>Out-of-hours rates</h2>
<p>Emergency visits between 6pm and 8am, at weekends and on bank holidays cost £150 for the first hour, then £75
for each further half hour.</p>
""",
    ),
    "/areas/": (
        "Areas we cover",
        """
<h1>Where we work</h1>
<p>Our engineers are based in Wigston and cover homes within about fifteen miles, including:</p>
<ul><li>Leicester city centre and Clarendon Park</li><li>Oadby, Wigston and South Wigston</li><li>Blaby, Whetstone and
Countesthorpe</li><li>Market Harborough and Lutterworth</li><li>Kibworth, Fleckney and Great Glen</li>
<li>Narborough, Enderby and Braunstone Town</li></ul>
<p>We do not take on work north of the A46, such as Loughborough or Melton Mowbray. If your postcode is not
listed, ring us: for larger jobs we sometimes travel a little further for a small mileage charge.</p>
""",
    ),
    "/guarantee/": (
        "Our guarantee",
        """
<h1>Our workmanship guarantee</h1>
<p>Every repair we carry out is guaranteed for twelve months. If the same fault comes back within that time, we
come back and put it right free of charge, parts and labour included.</p>
<p>Parts carry their maker's warranty on top, and new boilers are covered by the manufacturer's own warranty,
which we register for you.</p>
<p>We are members of the TrustMark government-endorsed scheme, and all our work is covered by £5 million public
liability insurance, so if anything in your home is damaged while we are working, it is put right.</p>
<p>Not happy with the job? Tell Karen in the office within 14 days and a senior engineer will visit to look at
it again.</p>
""",
    ),
    "/payment/": (
        "Paying for your work",
        """
<h1>Paying us</h1>
<p>For repairs and servicing, you pay when the job is finished. We accept Visa, Mastercard and American Express on
the engineer's card reader, Apple Pay and Google Pay, and bank transfer within seven days. We do not take
cheques.</p>
<h2>New boilers</h2>
<p>We ask for a 20% deposit to order the boiler, and the balance on completion.</p>
<h2>Spread the cost</h2>
<p>New boilers and larger heating jobs can be paid monthly through our finance partner, Novuna, with 0% interest
over 12 months or low-rate plans over up to 10 years, subject to status.</p>
<p>For landlords and letting agents we can open an account and invoice monthly.</p>
""",
    ),
    "/about/": (
        "Meet the team",
        """
<h1>Meet the team</h1>
<h2>Darren Whitfield, founder and heating engineer</h2>
<p>Darren served his apprenticeship with British Gas and started Brightwater in 2006. He is Gas Safe registered
(number 518293), holds the G3 unvented hot water qualification and still does most of our boiler installations
himself.</p>
<h2>Priya Malhotra, senior plumber</h2>
<p>Priya leads our leak detection and bathroom plumbing work and trains our apprentices. She holds an NVQ Level 3
in plumbing and heating.</p>
<h2>Tom Ashby, drainage engineer</h2>
<p>Tom runs our jetting van and CCTV drain surveys.</p>
<h2>Karen Whitfield, office manager</h2>
<p>Karen answers the phones, books your visit and looks after invoices and customer care.</p>
<p>Every engineer who works on gas appliances is Gas Safe registered and will show you their Gas Safe ID card.
All our staff are DBS checked, wear a Brightwater uniform and carry photo ID.</p>
""",
    ),
    "/reviews/": (
        "Customer reviews",
        """
<h1>What our customers say</h1>
<p>We are rated 4.9 out of 5 from over 600 reviews on Google and are a Checkatrade member with a score of 9.8.</p>
<blockquote><p>"Darren fitted our new combi in a day and left the airing cupboard cleaner than he found it."
<br>Susan, Oadby</p></blockquote>
<blockquote><p>"Kitchen sink was backing up on a Sunday night. Tom came out first thing Monday and sorted it in
twenty minutes." <br>Gareth, Blaby</p></blockquote>
<blockquote><p>"Priya found a leak under the bathroom floor that two other firms missed." <br>Helen, Market
Harborough</p></blockquote>
""",
    ),
    "/faq/": (
        "Frequently asked questions",
        """
<h1>Frequently asked questions</h1>
<h3>Do you charge for quotes?</h3>
<p>Quotes for new boilers, bathrooms and bigger jobs are free. For repairs we charge the first-hour rate because
finding the fault is the job.</p>
<h3>Do I need to be at home?</h3>
<p>Someone over 18 needs to let us in and be there at the end. Tenants can leave a key with a neighbour if the
landlord agrees.</p>
<h3>Will you make a mess?</h3>
<p>Our engineers wear shoe covers, lay dust sheets and take all old parts and packaging away with them.</p>
<h3>Do you work on oil or LPG boilers?</h3>
<p>No. We only work on mains gas boilers. For oil we recommend an OFTEC-registered engineer.</p>
<h3>I am a landlord. Can you do my gas safety check?</h3>
<p>Yes. We test every gas appliance, flue and pipework and email you the CP12 certificate the same day, and we
can remind you when the next one is due.</p>
<h3>Do you use subcontractors?</h3>
<p>No. Everyone who works in your home is employed by us directly.</p>
""",
    ),
    "/book/": (
        "Book a visit",
        """
<h1>Book a visit</h1>
<p>Use the online booking form or ring the office to book a repair, service or free survey.</p>
<h2>Time slots</h2>
<p>We offer morning slots (8am to 12pm) and afternoon slots (12pm to 5pm). We send a text with your engineer's name
and photo when they are on their way, about 30 minutes before they arrive.</p>
<h2>Changing or cancelling</h2>
<p>You can move or cancel a booking free of charge up to 24 hours before. If we arrive and cannot get in, we
charge a £45 wasted-visit fee.</p>
<p>Boiler services book up fast in October and November, so we suggest booking yours in the summer.</p>
""",
    ),
    "/contact/": (
        "Opening hours and contact",
        """
<h1>Contact us</h1>
<h2>Office hours</h2>
<ul><li>Monday to Friday: 8am to 5:30pm</li><li>Saturday: 9am to 1pm</li><li>Sunday: closed (emergency line
only)</li></ul>
<h2>Get in touch</h2>
<p>Email hello@brightwaterplumbing.co.uk and we will reply within one working day. You can also send us a WhatsApp
message with a photo of the problem on 07700 900 482.</p>
<p>Our workshop at Mill Lane Trading Estate is not a showroom and is not open to visitors; please ring before
calling in to collect paperwork.</p>
""",
    ),
}

# Questions a householder would ask, worded as they would phone or message them (written with the site).
QUESTIONS = [
    ("my boiler's making a banging noise every time the heating comes on", "/boiler-repairs/"),
    ("the needle on the boiler keeps going down and I have to top it up", "/boiler-repairs/"),
    ("it's freezing out and the boiler has just died, there's an E code", "/boiler-repairs/"),
    ("my old boiler is 20 years old, is it worth getting a new one", "/new-boilers/"),
    ("can I get rid of the tank in my loft and have a combi", "/new-boilers/"),
    ("the radiator in the bedroom is only hot at the bottom", "/central-heating/"),
    ("can you put in one of those thermostats I can control from my phone", "/central-heating/"),
    ("the loo fills right up to the rim when I flush it", "/drains/"),
    ("there's a horrible smell coming from the drain cover in the garden", "/drains/"),
    ("there's a brown stain spreading on my kitchen ceiling", "/leaks/"),
    ("my bathroom tap won't stop dripping", "/leaks/"),
    ("the water from the hot tap is only ever lukewarm and we don't have a combi", "/hot-water-cylinders/"),
    ("water's gushing out of a pipe under the stairs, what do I do right now", "/emergency/"),
    ("I think I can smell gas in the kitchen", "/emergency/"),
    ("how much to sort out a blocked loo", "/prices/"),
    ("what do you charge if I need someone on a sunday night", "/prices/"),
    ("do you come out as far as Lutterworth", "/areas/"),
    ("what if the same problem comes back a month after you fixed it", "/guarantee/"),
    ("can I pay by card when the plumber's finished", "/payment/"),
    ("can I spread the cost of a new boiler over a year", "/payment/"),
    ("who actually owns the company", "/about/"),
    ("are your lads gas safe", "/about/"),
    ("I rent out a flat and need the yearly gas certificate", "/faq/"),
    ("will I get any warning before the engineer turns up", "/book/"),
    ("are you open on saturdays", "/contact/"),
]

# Questions a householder might ask that the site does not answer (written with the site): each must be declined.
OUT_OF_SCOPE = [
    "can you fit a whole new kitchen for me",
    "do you install solar panels",
    "my washing machine won't spin, can you repair it",
    "can you rewire my house",
    "do you sell bathroom tiles",
    "can you put air conditioning in my bedroom",
    "my gutters are overflowing, can you clear them",
    "can you fit a charger for my electric car",
]
