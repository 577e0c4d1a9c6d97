"""A blind evaluation site: Sparkwell Electrical, a small electrical contractor (UK).

Written blind, with its questions, after the retrieval changes: its author had not read the retrieval,
lexicon or answerer code, nor any other site's questions or results. Questions describe a householder's or
landlord's situation the way they would phone or message about it, not the way the pages name the service;
each fact sits on one page. Measured once: 24/25 right page in the top 3, 19 cited,
4 of 8 out-of-scope declined; nothing changed since.
"""

NAME = "Sparkwell Electrical"
PHONE = "0117 496 0281"
ADDRESS = "7 Quarry Road, Kingswood, Bristol BS15 4PR"

NAV = [
    ("Home", "/"),
    ("Fault finding", "/fault-finding/"),
    ("Rewiring", "/rewires/"),
    ("Consumer units", "/consumer-units/"),
    ("EV chargers", "/ev-chargers/"),
    ("Lighting", "/lighting/"),
    ("Garden & outdoor", "/outdoor-power/"),
    ("Landlords & EICRs", "/landlords/"),
    ("Smoke & CO alarms", "/smoke-alarms/"),
    ("Emergencies", "/emergency/"),
    ("Prices", "/prices/"),
    ("Where we work", "/areas/"),
    ("Guarantees", "/guarantees/"),
    ("Paying", "/payment/"),
    ("Our electricians", "/team/"),
    ("On the day", "/on-the-day/"),
    ("FAQ", "/faq/"),
    ("Book", "/book/"),
]

PAGES = {
    "/": (
        "Electricians in Bristol and South Gloucestershire",
        """
<h1>Sparkwell Electrical</h1>
<p>We are a small, local firm of domestic electricians, started by Dan Whitcombe in 2011 after fifteen years on
commercial sites. There are five of us now, plus Helen in the office, and we mostly work in people's homes and in
small rented properties.</p>
<h2>What we can help with</h2>
<ul><li>Tracing faults and getting the power back on</li><li>Full and partial rewires</li>
<li>Replacing old fuse boxes</li><li>Home car charger installation</li><li>Indoor and outdoor lighting</li>
<li>Sockets and power in gardens, sheds and garages</li><li>Electrical safety reports for landlords and buyers</li>
<li>Mains-wired smoke, heat and carbon monoxide alarms</li></ul>
<p>We don't do commercial fit-outs or industrial three-phase work; we stick to houses and flats.</p>
""",
    ),
    "/fault-finding/": (
        "Electrical fault finding",
        """
<h1>Fault finding and repairs</h1>
<p>Electrical faults are often intermittent and can be hard to pin down. Our engineers use insulation resistance
testers and thermal cameras to find the cause rather than guessing, and the aim is always to fix it on the
same visit.</p>
<h2>Problems we are often called about</h2>
<ul>
<li><strong>A circuit that keeps tripping</strong>: the RCD or a breaker trips as soon as you reset it, or trips
at random. Usually a faulty appliance, moisture in an outside fitting, or damaged cable.</li>
<li><strong>Part of the house has no power</strong>: one ring of sockets or one floor of lights has gone dead
while the rest works.</li>
<li><strong>Flickering or dimming lights</strong>: often a loose connection, which can overheat if left.</li>
<li><strong>Burning smell or scorch marks</strong> round a socket or switch: switch that circuit off at the
board and call us.</li>
<li><strong>Buzzing from a switch or socket</strong>.</li>
</ul>
<p>Before you ring, try unplugging everything on the affected circuit and resetting the switch on the board.
If it stays on, plug things back in one at a time; the one that trips it is likely the culprit.</p>
""",
    ),
    "/rewires/": (
        "House rewiring",
        """
<h1>Full and partial rewires</h1>
<p>Wiring installed before the mid-1980s is often reaching the end of its life. Signs include rubber or
fabric-covered cable, round-pin sockets, a board with rewirable fuses, or very few sockets per room.</p>
<h2>How long it takes</h2>
<p>A typical three-bedroom semi takes five to seven working days with two electricians. A flat is usually three
to four days. We work room by room so that you normally keep a working kitchen and bathroom at night, and most
families stay living in the house throughout.</p>
<h2>Mess and making good</h2>
<p>Rewiring means lifting floorboards and chasing channels into the walls. We lay dust sheets, use extraction
on the cutters and fill the chases back to a smooth finish ready for decorating, but we don't paint or paper.
A plasterer may be needed for badly damaged old lime plaster; we will tell you at the survey.</p>
<p>Every rewire starts with a free survey, and you get a fixed written quote afterwards.</p>
""",
    ),
    "/consumer-units/": (
        "Consumer unit replacement",
        """
<h1>Fuse box and consumer unit upgrades</h1>
<p>If your board still has old-style fuses with wire in them, or a wooden back plate, it doesn't protect you the
way a modern one does. A new consumer unit has RCBOs on each circuit, so a fault on one only cuts that circuit
instead of plunging the whole house into darkness, and it includes surge protection.</p>
<p>Current regulations require a new consumer unit to be in a metal (non-combustible) enclosure when it is
inside a house.</p>
<h2>What the job involves</h2>
<p>A swap takes most of a day. The power is off for around four to six hours, so plan for the freezer to stay
shut and to charge phones beforehand. Every circuit is tested once the new board is on, and you receive an
Electrical Installation Certificate and we notify the work to building control for you.</p>
<p>If testing shows a fault on an existing circuit, we'll explain it and quote to repair it before going
further.</p>
""",
    ),
    "/ev-chargers/": (
        "Electric car charger installation",
        """
<h1>Home EV charger installation</h1>
<p>We fit wall-mounted 7 kW chargers from Ohme, Zappi and Hypervolt on driveways and in garages. A 7 kW
charger adds roughly 25 to 30 miles of range per hour, so most cars are full by the morning.</p>
<h2>Before we can fit one</h2>
<ul><li>You need off-street parking: a driveway or garage. We can't run cable across a pavement.</li>
<li>We check your main fuse and the power the house already uses. Some homes need a supply upgrade from the
network operator first, which we apply for on your behalf.</li>
<li>Smart chargers can be set to charge on a cheap overnight tariff through their app.</li></ul>
<p>We notify the network operator of every installation, which the rules require.</p>
""",
    ),
    "/lighting/": (
        "Lighting installation",
        """
<h1>Lighting</h1>
<p>From swapping a single pendant to re-lighting a whole kitchen, we fit:</p>
<ul><li>Recessed LED downlights (fire-rated where there's a room above)</li><li>Under-cabinet strip lighting</li>
<li>Dimmer switches that actually work with LED bulbs</li><li>Bathroom lights and extractor fans rated for the
zone they sit in</li><li>Smart switches and lighting you can control from your phone or voice assistant</li></ul>
<p>Old halogen spotlights run hot and use five times the energy of LED; we can convert them and usually reuse
the existing holes.</p>
<p>You can supply your own light fittings, as long as they carry a UKCA or CE mark. We won't fit
unmarked fittings bought online.</p>
""",
    ),
    "/outdoor-power/": (
        "Outdoor electrics and garden power",
        """
<h1>Power to your garden, shed or garage</h1>
<p>Extension leads trailing down the garden are a hazard. We install weatherproof outdoor sockets, garden
lighting and security floodlights with motion sensors.</p>
<h2>Garden rooms and outbuildings</h2>
<p>For a garden office, workshop or log cabin we run armoured cable, buried at a safe depth in a trench, to
its own small consumer unit, so you can have heating, lights and sockets out there. We can dig the trench
ourselves or work with your landscaper.</p>
<p>Hot tubs need a dedicated supply with its own isolator; we install these regularly.</p>
""",
    ),
    "/landlords/": (
        "Landlord electrical safety certificates (EICR)",
        """
<h1>EICRs for landlords, homeowners and buyers</h1>
<p>An Electrical Installation Condition Report is a full inspection and test of a property's fixed wiring.
In England landlords must have one done at least every five years and give a copy to tenants within 28 days,
and to the council if asked.</p>
<h2>What the report tells you</h2>
<p>Each finding gets a code: C1 (danger present), C2 (potentially dangerous), C3 (improvement recommended) or
FI (further investigation). A report with any C1, C2 or FI is unsatisfactory, and the landlord has 28 days to
put it right. We quote for any remedial work separately, and issue written confirmation once it's done.</p>
<h2>Access and tenants</h2>
<p>We can liaise with your tenants or letting agent directly to arrange access. The power has to be off for
parts of the test, usually around an hour in total.</p>
<p>We also carry out PAT testing of appliances supplied in furnished lets.</p>
""",
    ),
    "/smoke-alarms/": (
        "Smoke, heat and carbon monoxide alarms",
        """
<h1>Smoke, heat and CO alarms</h1>
<p>We fit Aico mains-powered alarms with sealed ten-year lithium backup batteries, linked by radio so that when
one goes off they all go off. There's no need to run cable between them.</p>
<ul><li>Smoke alarms in hallways and landings</li><li>A heat alarm in the kitchen (so toast doesn't set it
off)</li><li>Carbon monoxide alarms in rooms with a gas boiler, fire or wood burner</li></ul>
<p>This meets the Scottish standard and is what most insurers and landlords now ask for in England too.</p>
<h2>Chirping alarm?</h2>
<p>A single chirp every minute or so usually means the backup battery is failing. On sealed units the whole
alarm has to be replaced; it is normally dated on the side and lasts ten years.</p>
""",
    ),
    "/emergency/": (
        "Emergency electrician",
        """
<h1>Emergency call-outs</h1>
<p>We run an out-of-hours rota for our existing customers and anyone within our area. Ring the main number
and the call is diverted to the electrician on duty, 24 hours a day, including bank holidays.</p>
<h2>What counts as an emergency</h2>
<ul><li>No power to the whole property, when neighbours do have power</li><li>Burning smell, smoke or sparks
from wiring</li><li>Water coming through a light fitting</li><li>Damaged cables after a break-in, storm or
building work</li></ul>
<p>If the whole street is dark, it's a power cut: call 105 to reach the network operator, not us.</p>
<h2>Out-of-hours charges</h2>
<p>Between 6pm and 8am, and at weekends, the call-out is £120 including the first hour, then £75 per hour.
Parts are extra.</p>
<p>We aim to be with you within two hours.</p>
""",
    ),
    "/prices/": (
        "Prices",
        """
<h1>Our prices</h1>
<p>All prices include VAT. For bigger jobs we visit and give a fixed quote first; the figures below are
typical.</p>
<table>
<tr><th>Job</th><th>Typical price</th></tr>
<tr><td>Hourly rate, weekdays 8am–6pm (first hour)</td><td>£65</td></tr>
<tr><td>Each further half hour</td><td>£30</td></tr>
<tr><td>Extra double socket on an existing circuit</td><td>£95</td></tr>
<tr><td>Consumer unit replacement</td><td>£550–£750</td></tr>
<tr><td>EICR, 1–2 bed flat</td><td>£140</td></tr>
<tr><td>EICR, 3–4 bed house</td><td>£185</td></tr>
<tr><td>7 kW EV charger, standard install</td><td>from £899</td></tr>
<tr><td>Outdoor socket</td><td>£140</td></tr>
<tr><td>Rewire, 3-bed semi</td><td>£4,800–£6,500</td></tr>
</table>
<p>There's no charge for quoting visits.</p>
""",
    ),
    "/areas/": (
        "Areas we cover",
        """
<h1>Where we work</h1>
<p>Our base is in Kingswood and we cover about a 15-mile radius: all of Bristol, Keynsham, Yate, Chipping
Sodbury, Thornbury, Portishead, Nailsea and Bath.</p>
<p>We don't cross the Severn bridges into Wales or go south past Radstock. If you're just outside, ask; for a
larger job we can sometimes stretch.</p>
""",
    ),
    "/guarantees/": (
        "Guarantees and accreditation",
        """
<h1>Guarantees and accreditation</h1>
<p>We are registered with NICEIC as an Approved Contractor and are assessed every year. That means we can
self-certify notifiable work under Part P of the Building Regulations, so you don't need to pay building
control for a separate inspection.</p>
<p>Our workmanship is guaranteed for six years, and that guarantee is insurance-backed through NICEIC's
Platinum Promise: if we ever ceased trading, the work would still be covered.</p>
<p>Manufacturers' warranties on products such as chargers and alarms apply in addition. We carry £5 million
public liability insurance.</p>
<h2>If something isn't right</h2>
<p>Tell us and we will come back to put it right at no charge. If we can't agree, NICEIC offers a complaints
process.</p>
""",
    ),
    "/payment/": (
        "Paying for your work",
        """
<h1>Payment</h1>
<p>For small jobs, we send the invoice by email on the day and payment is due within seven days. You can pay by
bank transfer, or by card over the phone or on the electrician's card reader. We don't accept cheques.</p>
<p>For rewires and other jobs over £2,000 we ask for a 20% deposit when you book and the rest on completion.</p>
<p>We offer interest-free spread payments over 12 months on jobs over £1,000, subject to approval.</p>
<p>Landlords and letting agents can have a monthly account once we've done a few jobs together.</p>
""",
    ),
    "/team/": (
        "Our electricians",
        """
<h1>Meet the team</h1>
<p><strong>Dan Whitcombe</strong>, founder. Qualified in 1996 and still on the tools most days. He does most
surveys and quotes for rewires.</p>
<p><strong>Priya Nair</strong>, electrician and our inspection lead, carries out most of the landlord safety
reports. She is also trained for heat pump electrics.</p>
<p><strong>Tom Edge</strong>, electrician. Our EV charger specialist, certified by all three manufacturers we
install.</p>
<p><strong>Kieran Holt</strong>, electrician, mostly on rewires and kitchen work.</p>
<p><strong>Josh Mellor</strong>, our apprentice, in his third year at City of Bristol College.</p>
<p><strong>Helen Whitcombe</strong> runs the office, bookings and invoices.</p>
<p>Everyone who comes to your home has a DBS check and carries photo ID.</p>
""",
    ),
    "/on-the-day/": (
        "What happens on the day",
        """
<h1>What to expect when we visit</h1>
<p>You'll get a text the evening before with a two-hour arrival window, and another when the electrician is on
the way.</p>
<ul><li>Please make sure we can get to the consumer unit; clear the cupboard under the stairs if that's where it
lives.</li><li>We wear shoe covers indoors and put down dust sheets.</li><li>The power to some or all of the
house will be off while we work; we'll tell you for how long before we switch off.</li>
<li>Pets are best kept in another room.</li></ul>
<p>Before leaving we'll take you through what we did, test everything in front of you and take away our waste.
Certificates are emailed within five working days.</p>
""",
    ),
    "/faq/": (
        "Frequently asked questions",
        """
<h1>FAQ</h1>
<h3>Do you do small jobs?</h3>
<p>Yes. Nothing is too small, although there's a minimum charge of one hour.</p>
<h3>Can you move or add sockets in my kitchen?</h3>
<p>Yes, and we can work alongside your kitchen fitter so the sockets end up in the right places.</p>
<details><summary>Do you work on Saturdays?</summary>
<p>Only for emergencies. Planned work is Monday to Friday, 8am to 6pm.</p></details>
<details><summary>Do I need to be at home?</summary>
<p>Not necessarily. Many customers leave a key in a key safe or with a neighbour. We need someone over 18 at the
start for a consumer unit change.</p></details>
<details><summary>Can you fit an electric shower?</summary>
<p>Yes. A new shower usually needs a new dedicated cable back to the board, which we'll check at the
quote.</p></details>
<details><summary>Do you take away old fittings?</summary>
<p>Yes, old fittings and cable are recycled through a licensed waste carrier.</p></details>
""",
    ),
    "/book/": (
        "Book an electrician",
        """
<h1>Booking</h1>
<p>Call the office on 0117 496 0281 (Monday to Friday, 8am to 5pm), or use the form below and Helen will
ring you back the same day.</p>
<p>Tell us what's happening, your postcode and when suits you. Photos of the problem or of your fuse board
help us send the right person with the right parts.</p>
<p>For routine work we can usually come within a week. Larger jobs such as rewires are typically booked
three to four weeks ahead.</p>
<form><label>Name <input name="name"></label><label>Postcode <input name="postcode"></label>
<label>What do you need? <textarea name="message"></textarea></label><button>Send</button></form>
""",
    ),
}

# Questions a customer would ask, worded as they would phone or message them (written with the site).
QUESTIONS = [
    ("half the plugs in my kitchen have stopped working but the lights are fine", "/fault-finding/"),
    ("the trip switch keeps flicking off every time I put the kettle on", "/fault-finding/"),
    ("there's a funny burning smell coming from one of the plug points", "/fault-finding/"),
    (
        "our house was built in the 70s and still has the original cabling, will we have to move out to sort it",
        "/rewires/",
    ),
    ("will you make a mess of my walls when you redo the wiring", "/rewires/"),
    ("we've still got the old fuse box with the bits of wire, should we change it", "/consumer-units/"),
    ("how long will we be without electricity if you swap the board", "/consumer-units/"),
    ("I've just bought an electric car, can you put a charging point on the front of my house", "/ev-chargers/"),
    ("I live in a terrace and park on the road, can I still have a car charger", "/ev-chargers/"),
    ("I want to get rid of the old spotlights in the kitchen ceiling and have something cheaper to run", "/lighting/"),
    ("I bought some lights off the internet, will you put them up for me", "/lighting/"),
    (
        "we're putting a cabin at the bottom of the garden to work from, can you get electric down there",
        "/outdoor-power/",
    ),
    ("I rent out a flat, how often does the wiring need checking by law", "/landlords/"),
    ("my report came back with a C2 on it, what does that mean", "/landlords/"),
    ("the alarm on the landing keeps beeping once a minute", "/smoke-alarms/"),
    ("everything's gone off in my house in the middle of the night, can someone come out", "/emergency/"),
    ("what does it cost to get someone out on a Sunday evening", "/emergency/"),
    ("how much to check the wiring in a three bedroom house", "/prices/"),
    ("do you come out as far as Thornbury", "/areas/"),
    ("are you proper registered electricians, and what if the job goes wrong in a couple of years", "/guarantees/"),
    ("can I pay with my card or do I have to do a bank transfer", "/payment/"),
    ("who would be the one fitting my car charger", "/team/"),
    ("do I need to move anything before your chap turns up", "/on-the-day/"),
    ("I'll be at work all day, do I have to be in for you", "/faq/"),
    ("how soon can someone come round to look at a job", "/book/"),
]

# Questions a customer might ask that the site does not answer (written with the site): each must be declined.
OUT_OF_SCOPE = [
    "can you fix my dishwasher, it won't drain",
    "do you install solar panels and batteries",
    "my boiler's stopped firing up, can you look at it",
    "can you put up a TV aerial on the roof",
    "can you board out my loft and put a ladder in",
    "can you install a burglar alarm with cameras",
    "do you do gas safety certificates for rentals",
    "can you fit air conditioning in my loft conversion",
]
