"""Northside Plumbing's demo website (Northside is a demo tenant, home services vertical)."""

NAME = "Northside Plumbing & Heating"
PHONE = "(312) 555-0187"
ADDRESS = "3120 N Lincoln Ave, Chicago, IL 60657"

NAV = [
    ("Home", "/"),
    ("Services", "/services/"),
    ("Emergency", "/emergency-plumber/"),
    ("Pricing", "/pricing/"),
    ("Service area", "/service-area/"),
    ("About", "/about/"),
    ("FAQ", "/faq/"),
]

PAGES = {
    "/": (
        "Chicago plumbers you can count on",
        """
<h1>Northside Plumbing &amp; Heating</h1>
<p>Licensed and insured plumbers serving Chicago's North Side since 2004: repairs, water heaters, drains, sewer
lines and 24/7 emergency service.</p>
<h2>Why choose Northside</h2>
<ul><li>Upfront flat-rate pricing before we start</li>
<li>Two-hour arrival windows and a text when we are on our way</li>
<li>One-year warranty on all labor</li></ul>
""",
    ),
    "/services/": (
        "Plumbing services",
        """
<h1>Plumbing services</h1>
<h2>Repairs</h2><p>Leaking faucets, running toilets, garbage disposals and low water pressure.</p>
<h2>Water heaters</h2><p>We repair and install tank and tankless water heaters. Most replacements are done the
same day.</p>
<h2>Drain cleaning</h2><p>Clogged sinks, tubs and main lines cleared with a cable or hydro-jetting, with a camera
inspection when needed.</p>
<h2>Sewer lines</h2><p>Camera inspection, trenchless sewer repair and backflow prevention.</p>
""",
    ),
    "/emergency-plumber/": (
        "24/7 emergency plumber",
        """
<h1>24/7 emergency plumbing</h1>
<p>Burst pipe, flooding, sewage backup or no water? Call (312) 555-0187 any time, day or night, including holidays.
A plumber is usually with you within 90 minutes.</p>
<h2>While you wait</h2><p>Turn off the main water shut-off valve, usually next to the water meter in the basement.
If you smell gas, leave the building and call Peoples Gas at (866) 556-6002 from outside.</p>
<h2>Emergency rates</h2><p>After-hours calls (weekdays after 6pm, weekends and holidays) have a $95 emergency
fee on top of the standard price.</p>
""",
    ),
    "/water-heaters/": (
        "Water heaters",
        """
<h1>Water heater repair and replacement</h1>
<p>No hot water, rusty water or a leaking tank usually means your water heater needs attention. Tank water
heaters last 8 to 12 years.</p>
<h2>Tankless water heaters</h2><p>Tankless units heat water on demand, save space and last up to 20 years.</p>
<h2>Annual flush</h2><p>Flushing the tank once a year removes sediment and extends its life.</p>
""",
    ),
    "/pricing/": (
        "Pricing",
        """
<h1>Upfront pricing</h1>
<p>We quote a flat price before any work starts, so there are no surprises.</p>
<table><tr><th>Service</th><th>Price</th></tr>
<tr><td>Service call and diagnosis</td><td>$79, waived if you go ahead with the repair</td></tr>
<tr><td>Drain cleaning (sink or tub)</td><td>from $189</td></tr>
<tr><td>Main line drain cleaning</td><td>from $349</td></tr>
<tr><td>40-gallon gas water heater, installed</td><td>from $1,650</td></tr>
<tr><td>Toilet replacement, installed</td><td>from $495</td></tr></table>
""",
    ),
    "/financing-and-warranty/": (
        "Financing and warranty",
        """
<h1>Financing and warranty</h1>
<h2>Financing</h2><p>Pay over 12 months at 0% APR on jobs over $1,000, subject to credit approval.</p>
<h2>Payment</h2><p>We accept all major credit cards, checks and cash. Payment is due when the job is complete.</p>
<h2>Warranty</h2><p>All labor is guaranteed for one year. Water heaters carry the manufacturer's warranty of six to
twelve years on the tank.</p>
""",
    ),
    "/service-area/": (
        "Service area and hours",
        """
<h1>Where we work</h1>
<p>We serve Chicago's North Side, including Lincoln Park, Lakeview, Uptown, Edgewater, Rogers Park and
Ravenswood, plus Evanston and Skokie.</p>
<h2>Office hours</h2><p>Monday to Friday 7am to 6pm and Saturday 8am to 2pm. Emergency service runs 24 hours a
day, seven days a week.</p>
""",
    ),
    "/maintenance-plan/": (
        "Maintenance plan",
        """
<h1>Home maintenance plan</h1>
<p>Our Peace of Mind plan costs $14.99 a month: a yearly plumbing inspection, water heater flush, priority
scheduling and 15% off repairs.</p>
""",
    ),
    "/about/": (
        "About us",
        """
<h1>About Northside</h1>
<p>Founded by master plumber Mike Kowalski in 2004, we are a team of 14 licensed plumbers. Every technician is
background-checked and drug-tested. We are licensed in the City of Chicago (license 058-123456) and fully
insured.</p>
""",
    ),
    "/faq/": (
        "FAQ",
        """
<h1>Frequently asked questions</h1>
<h3>Do you give free estimates?</h3><p>Estimates for replacements and remodels are free. Repair visits have a $79
diagnosis fee that is waived if you go ahead.</p>
<h3>Do you work on weekends?</h3><p>Yes, Saturdays 8am to 2pm for regular work, and 24/7 for emergencies.</p>
<h3>Are you licensed and insured?</h3><p>Yes, fully licensed by the City of Chicago and insured.</p>
""",
    ),
}
