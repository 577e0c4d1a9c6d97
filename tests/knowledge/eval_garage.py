"""A third evaluation site: Kestrel Lane Auto Repair, an independent car repair shop (no demo tenant's vertical).

Written, with its questions, before the retrieval changes it was first used to measure, as a check that a
change helping the veterinary clinic (eval_content.py) and the salon (eval_salon.py) is general rather than
fitted to their wording. Questions are worded the way drivers describe a problem, not the way the shop's
pages name the service.
"""

NAME = "Kestrel Lane Auto Repair"
PHONE = "(412) 555-0187"
ADDRESS = "1450 Kestrel Lane, Bethel Park, PA 15102"

NAV = [
    ("Home", "/"),
    ("Services", "/services/"),
    ("Pricing", "/pricing/"),
    ("Schedule service", "/appointments/"),
    ("Hours & directions", "/hours-location/"),
    ("About", "/about/"),
    ("FAQ", "/faq/"),
]

PAGES = {
    "/": (
        "Honest auto repair in Bethel Park",
        """
<h1>Kestrel Lane Auto Repair</h1>
<p>Family-owned since 1987, we repair and maintain cars, SUVs and light trucks of every make, foreign and domestic.
Six bays, five technicians and a front office that explains the work in plain English before we start.</p>
<h2>Why drivers trust us</h2>
<ul><li>Free multi-point inspection with every visit</li><li>Written estimates, and we call before any extra
work</li><li>24-month / 24,000-mile warranty on repairs</li></ul>
<p>Rated 4.9 stars by more than 800 customers. Schedule online or give us a call.</p>
""",
    ),
    "/services/": (
        "Maintenance and repair services",
        """
<h1>Maintenance and repair</h1>
<p>Keeping up with factory-recommended maintenance is the cheapest way to keep a vehicle on the road.</p>
<h2>Scheduled maintenance</h2><p>Oil and filter changes, fluid flushes, spark plugs, air and cabin filters and
wiper blades. Every service includes our multi-point inspection: we check tyre tread and pressure, brake pads,
belts and hoses, lights, battery health and look for leaks, and send you photos of anything that needs
attention.</p>
<h2>Timing belts</h2><p>Most manufacturers call for a new timing belt between 60,000 and 105,000 miles. A belt that
snaps can wreck the engine, so we replace the water pump at the same time when it sits behind the belt.</p>
<h2>Batteries, starters and alternators</h2><p>Free battery testing; most batteries last three to five years. We
stock batteries for nearly every vehicle.</p>
<h2>Engine and transmission</h2><p>From gaskets and cooling systems to clutch replacement and transmission
service.</p>
<p>See also: brakes, tires and alignment, air conditioning, diagnostics and state inspection.</p>
""",
    ),
    "/brakes/": (
        "Brake repair",
        """
<h1>Brake service and repair</h1>
<p>Brakes are the most important safety system on your vehicle. A free brake check is part of every visit.</p>
<h2>Warning signs</h2><ul><li>Squealing or grinding when you slow down</li><li>A soft or sinking pedal</li>
<li>The vehicle pulling to one side only when braking</li><li>Vibration through the steering wheel when
stopping</li></ul>
<h2>What we do</h2><p>Pad and shoe replacement, rotor resurfacing or replacement, calipers, brake lines and brake
fluid flushes. Brake fluid absorbs water over time and should be changed every two to three years.</p>
<p>Grinding means metal on metal: get it looked at right away to avoid damaging the rotors.</p>
""",
    ),
    "/tires/": (
        "Tires and alignment",
        """
<h1>Tires, wheels and alignment</h1>
<h2>New tires</h2><p>We sell and fit all major brands and can usually get any size by the next morning. Mounting,
balancing, new valve stems and disposal of old tires are included in the price.</p>
<h2>Puncture repair</h2><p>A puncture in the tread from a nail or screw can usually be plugged and patched from the
inside for $30. Damage to the sidewall cannot be repaired safely and means a new tire.</p>
<h2>Wheel alignment</h2><p>If your vehicle drifts to one side on a straight road, the steering wheel sits off
centre, or your tires wear unevenly on the edges, an alignment is due. We use a computerised four-wheel alignment
system and print the before-and-after readings for you.</p>
<h2>Seasonal changeover</h2><p>We swap and store winter tires for $25 a season.</p>
""",
    ),
    "/diagnostics/": (
        "Check engine light and diagnostics",
        """
<h1>Check engine light diagnostics</h1>
<p>A lit check engine light means the engine computer has stored a fault code. A parts store's free code read
tells you the code, not the cause; our diagnostic service traces the fault to the part that failed.</p>
<h2>Flashing or steady?</h2><p>A steady light can wait a few days. A flashing light means the engine is
misfiring and can damage the catalytic converter: slow down and have the vehicle looked at as soon as
possible.</p>
<h2>Electrical problems</h2><p>Windows that stop working, lights that flicker, a battery that keeps going flat
overnight: we find shorts and parasitic drains with factory-level scan tools and wiring diagrams.</p>
<p>Our diagnostic fee is credited toward the repair if you have us do the work.</p>
""",
    ),
    "/inspection/": (
        "PA state inspection and emissions",
        """
<h1>Pennsylvania state inspection and emissions testing</h1>
<p>We are a certified official inspection station for safety inspection and emissions testing in Allegheny
County.</p>
<h2>When is it due?</h2><p>The month shown on the sticker in your windshield is the month your inspection is due.
You can have it done up to 90 days before then without losing any months.</p>
<h2>If your vehicle fails</h2><p>We give you a written list of what failed and an estimate. The retest is free
if we do the repairs within 30 days. We can also repair vehicles that failed emissions elsewhere.</p>
<p>Bring your current registration card and proof of insurance.</p>
""",
    ),
    "/air-conditioning/": (
        "Air conditioning and heating",
        """
<h1>A/C and heating repair</h1>
<h2>Air conditioning</h2><p>If the A/C blows warm, smells musty or makes noise when switched on, the system may be
low on refrigerant or have a failing compressor. Our A/C service checks for leaks with dye, evacuates and
recharges the refrigerant and confirms the vent temperature.</p>
<h2>Heating and cooling system</h2><p>No heat in winter usually points to a stuck thermostat, low coolant or a
clogged heater core. An overheating engine should be switched off straight away: driving on can warp the
cylinder head.</p>
<p>We recommend a coolant flush every five years or 100,000 miles.</p>
""",
    ),
    "/pricing/": (
        "Pricing and estimates",
        """
<h1>Our pricing</h1>
<p>We give you a written estimate before starting and never go over it without your OK. Our labor rate is
$128 an hour and we charge book times, not the time it happens to take.</p>
<table><tr><th>Service</th><th>Price</th></tr>
<tr><td>Conventional oil change</td><td>$49.95</td></tr>
<tr><td>Full synthetic oil change</td><td>$79.95</td></tr>
<tr><td>Diagnostic fee (one hour)</td><td>$128</td></tr>
<tr><td>State inspection and emissions</td><td>$69</td></tr>
<tr><td>Four-wheel alignment</td><td>$109</td></tr>
<tr><td>Brake pads, one axle</td><td>from $189</td></tr>
<tr><td>A/C recharge</td><td>from $179</td></tr></table>
<p>Seniors over 65 and active military get 10 percent off labor.</p>
""",
    ),
    "/appointments/": (
        "Schedule service",
        """
<h1>Scheduling service</h1>
<p>Book online any time or call during business hours. Same-day slots are often available for small jobs.</p>
<h2>Waiting or dropping off</h2><p>Oil changes, tire rotations and inspections usually take under an hour and you
are welcome to wait in our lounge with free Wi-Fi and coffee. For bigger jobs please drop the vehicle off by
9am so we can finish the same day.</p>
<h2>Early bird and after-hours drop-off</h2><p>Drop your keys in the secure key slot by the front door before we
open or after we close. Fill in the envelope with your name, phone number and what the vehicle needs.</p>
<h2>Changing an appointment</h2><p>Call or use the link in your confirmation text to move or cancel; there is no
charge.</p>
""",
    ),
    "/shuttle-and-loaners/": (
        "Shuttle and loaner cars",
        """
<h1>Getting around while we work</h1>
<h2>Courtesy shuttle</h2><p>Our free shuttle runs within five miles of the shop on weekdays between 7:30am and
5pm, to home, work or school, and picks you up when your vehicle is ready.</p>
<h2>Loaner vehicles</h2><p>For repairs that keep your vehicle overnight we have four loaner cars, free for up to
three days. You need a valid licence and full coverage insurance; please reserve one when you book. We also have a
discount with Enterprise Rent-A-Car next door.</p>
""",
    ),
    "/warranty/": (
        "Our warranty",
        """
<h1>Nationwide warranty</h1>
<p>Repairs are covered for 24 months or 24,000 miles, whichever comes first, on both parts and labor.</p>
<h2>Away from home</h2><p>Our warranty is honored at more than 35,000 partner shops across the country, so if a
covered part fails on a road trip you can have it fixed wherever you are. Call the number on your invoice first.</p>
<h2>What is not covered</h2><p>Wear items such as wiper blades and brake pads once worn, customer-supplied parts
and damage from accidents or misuse.</p>
""",
    ),
    "/payment/": (
        "Payment and financing",
        """
<h1>Payment options</h1>
<p>We accept cash, Visa, Mastercard, American Express, Discover and Apple Pay. We do not accept personal
checks.</p>
<h2>Financing</h2><p>Spread the cost of larger repairs with our Synchrony Car Care card: no interest if paid in full
within six months on purchases over $199. Applying takes a few minutes and does not affect your credit score until
you accept.</p>
<h2>Extended service contracts</h2><p>We work with most extended service contract companies and will call the
administrator for you to get the repair approved before we start.</p>
""",
    ),
    "/hours-location/": (
        "Hours and directions",
        """
<h1>Hours and directions</h1>
<h2>Business hours</h2><p>Monday to Friday 7:30am to 6pm, Saturday 8am to 1pm. Closed Sundays and major holidays.</p>
<h2>Finding us</h2><p>1450 Kestrel Lane, just off Route 88 behind the Giant Eagle plaza. Turn at the light by the
fire station; we are the blue building on the right.</p>
<h2>Parking</h2><p>Customer parking is at the front of the building; the fenced lot at the back is for vehicles
being worked on.</p>
""",
    ),
    "/towing/": (
        "Towing and roadside help",
        """
<h1>Towing and roadside assistance</h1>
<p>Broken down? Our tow partner, Route 88 Towing, runs 24 hours a day. Vehicles towed to us within ten miles are
towed free when we do the repair.</p>
<h2>Roadside help</h2><p>Jump-starts, lockouts, fuel delivery and spare tire changes within our area, usually within
45 minutes. Call (412) 555-0190 at any hour.</p>
<h2>AAA members</h2><p>We are an AAA Approved Auto Repair facility; ask the AAA driver to bring you to us.</p>
""",
    ),
    "/about/": (
        "About us",
        """
<h1>About Kestrel Lane</h1>
<p>Frank Moretti opened the shop in 1987 with one lift; his daughter Gina runs it today.</p>
<h2>Our technicians</h2><p>All five of our technicians are ASE certified and two are ASE Master Technicians. They
train every year on new vehicle systems, including hybrids.</p>
<h2>In the community</h2><p>We sponsor the Bethel Park youth soccer league and run a free car care clinic for new
drivers every spring.</p>
""",
    ),
    "/faq/": (
        "Frequently asked questions",
        """
<h1>Frequently asked questions</h1>
<h3>Will servicing my car with you void my manufacturer's warranty?</h3><p>No. Federal law lets you have
maintenance done at any shop; we use parts that meet factory specifications and keep records for your
warranty.</p>
<h3>Can I supply my own parts?</h3><p>Yes, but we cannot warranty the part or the labor to fit it.</p>
<h3>Do you work on hybrid and electric vehicles?</h3><p>We service hybrids of all makes and do brakes, tires,
suspension and cabin air on electric vehicles. High-voltage battery work goes to the dealer.</p>
<h3>Can I see the old parts?</h3><p>Always. Ask when you drop off and we will keep them for you.</p>
""",
    ),
}

# Drivers' questions in their own words, with the page that answers each; written with the site, before the
# retrieval changes it was used to measure.
QUESTIONS = [
    ("there's a horrible screeching noise every time I stop", "/brakes/"),
    ("my pedal feels mushy and goes nearly to the floor", "/brakes/"),
    ("how much do you charge to change the oil", "/pricing/"),
    ("what's your hourly rate for the mechanics", "/pricing/"),
    ("an orange engine symbol lit up on my dashboard, what does it mean", "/diagnostics/"),
    ("my battery keeps dying overnight even though it's new", "/diagnostics/"),
    ("the sticker on my windshield runs out next month, can you do it", "/inspection/"),
    ("my car didn't pass the smog test at another garage, can you sort it", "/inspection/"),
    ("I ran over a screw, can you fix the wheel without buying a new one", "/tires/"),
    ("the car keeps wandering to the left on the highway", "/tires/"),
    ("it's only blowing hot air even with the cold turned all the way up", "/air-conditioning/"),
    ("what do you actually look at when I bring it in for a routine service", "/services/"),
    ("at what mileage should the cambelt be done", "/services/"),
    ("I can only bring it by at 6am before work, can I leave it", "/appointments/"),
    ("can I hang around while you do the oil", "/appointments/"),
    ("can someone drive me to the office while it's in the shop", "/shuttle-and-loaners/"),
    ("do you have a spare car I could use for a couple of days", "/shuttle-and-loaners/"),
    ("if the part you fit breaks on a trip out of state am I covered", "/warranty/"),
    ("can I pay the repair off over a few months", "/payment/"),
    ("can I write you a check", "/payment/"),
    ("what time do you shut on a saturday", "/hours-location/"),
    ("my car won't start at the grocery store, can you come get it", "/towing/"),
    ("I locked my keys in the car", "/towing/"),
    ("are your guys properly qualified", "/about/"),
    ("will you work on my tesla", "/faq/"),
]

# Questions drivers might ask that the site does not answer (written with the site): each must be declined.
OUT_OF_SCOPE = [
    "do you have any used cars for sale",
    "can you knock a dent out of my door after a fender bender",
    "how dark can you tint my windows",
    "will you buy my old junk car for scrap",
    "can you service my boat's outboard motor",
    "can you put a remote starter in my truck",
    "what's the cheapest car insurance company",
    "do you rent out moving vans",
]

# A second wording, written after the retrieval changes were settled and measured once, before and after
# them: questions no change was fitted to.
QUESTIONS_REWORDED = [
    ("grinding sound from the front wheels when I brake", "/brakes/"),
    ("ballpark for a set of front brake pads", "/pricing/"),
    ("do you give money off for veterans", "/pricing/"),
    ("the light on my dash is blinking, is it safe to drive", "/diagnostics/"),
    ("my power windows quit working", "/diagnostics/"),
    ("how early can I get my yearly inspection done", "/inspection/"),
    ("what paperwork do I need to bring for the inspection", "/inspection/"),
    ("my tires are wearing out on the inside edges", "/tires/"),
    ("can you store my snow tires over the summer", "/tires/"),
    ("my AC smells like old socks", "/air-conditioning/"),
    ("my temperature gauge went into the red", "/air-conditioning/"),
    ("do you do clutches", "/services/"),
    ("can I drop the car off the night before", "/appointments/"),
    ("is there wifi while I wait", "/appointments/"),
    ("I need to move my appointment to next week", "/appointments/"),
    ("can you give me a lift home after I drop the car", "/shuttle-and-loaners/"),
    ("what do I need to borrow one of your cars", "/shuttle-and-loaners/"),
    ("how long is your work guaranteed for", "/warranty/"),
    ("do you take amex", "/payment/"),
    ("will you deal with my extended warranty company", "/payment/"),
    ("where exactly are you, I can't find the shop", "/hours-location/"),
    ("are you open sundays", "/hours-location/"),
    ("my car broke down on the highway, who do I call", "/towing/"),
    ("who owns the shop", "/about/"),
    ("will getting my oil changed here mess up my dealer warranty", "/faq/"),
]
