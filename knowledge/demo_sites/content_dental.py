"""Acme Dental's demo website (Acme Dental is a demo tenant, dental vertical)."""

NAME = "Acme Dental"
PHONE = "020 7946 0321"
ADDRESS = "14 Kingsway Parade, London N1 4QP"

NAV = [
    ("Home", "/"),
    ("Treatments", "/treatments/"),
    ("Fees", "/fees/"),
    ("Emergencies", "/emergency-dentist/"),
    ("New patients", "/new-patients/"),
    ("Find us", "/find-us/"),
    ("Team", "/team/"),
    ("FAQs", "/faqs/"),
]

PAGES = {
    "/": (
        "Friendly family dentist in Islington",
        """
<h1>Acme Dental</h1>
<p>Acme Dental is a family dental practice in Islington offering NHS and private check-ups, hygiene visits,
cosmetic treatments and same-day emergency appointments. We are open six days a week.</p>
<h2>Why patients choose us</h2>
<ul><li>Evening appointments until 8pm on Tuesdays and Thursdays</li><li>Gentle care for nervous patients</li>
<li>Interest-free finance on treatments over £500</li></ul>
""",
    ),
    "/treatments/": (
        "Treatments",
        """
<h1>Our treatments</h1>
<h2>Check-ups</h2><p>A full check-up examines your teeth, gums and mouth, with x-rays every two years. Adults
should have a check-up every six to twelve months.</p>
<h2>Hygiene visits</h2><p>Our hygienists remove plaque and tartar, polish and give advice on brushing and flossing.
A hygiene visit lasts 30 minutes.</p>
<h2>Fillings and crowns</h2><p>We use tooth-coloured composite fillings. Crowns are made in our partner lab in
two weeks.</p>
<h2>Root canal treatment</h2><p>Root canal treatment saves an infected tooth and usually takes two visits.</p>
""",
    ),
    "/cosmetic/": (
        "Cosmetic dentistry",
        """
<h1>Cosmetic dentistry</h1>
<h2>Teeth whitening</h2><p>Home whitening with custom trays brightens teeth over two weeks. In-chair whitening
takes about 90 minutes. Whitening does not change the colour of fillings or crowns.</p>
<h2>Invisalign clear aligners</h2><p>Clear aligners straighten teeth without metal braces. Most adult treatments
take 6 to 18 months. A free consultation includes a 3D scan of your smile.</p>
<h2>Veneers</h2><p>Porcelain veneers cover chipped or discoloured front teeth.</p>
""",
    ),
    "/fees/": (
        "Fees",
        """
<h1>Fees</h1>
<h2>NHS charges</h2>
<table><tr><th>Band</th><th>Covers</th><th>Charge</th></tr>
<tr><td>Band 1</td><td>Check-up, x-rays, scale and polish if needed</td><td>£26.80</td></tr>
<tr><td>Band 2</td><td>Fillings, root canal, extractions</td><td>£73.50</td></tr>
<tr><td>Band 3</td><td>Crowns, dentures, bridges</td><td>£319.10</td></tr></table>
<h2>Private fees</h2>
<table><tr><td>Private check-up</td><td>£65</td></tr><tr><td>Hygiene visit</td><td>£75</td></tr>
<tr><td>Home whitening</td><td>£295</td></tr><tr><td>In-chair whitening</td><td>£450</td></tr>
<tr><td>Invisalign</td><td>from £2,800</td></tr><tr><td>Emergency appointment</td><td>£85</td></tr></table>
""",
    ),
    "/payment-and-insurance/": (
        "Payment, plans and insurance",
        """
<h1>Payment, plans and insurance</h1>
<h2>How to pay</h2><p>We take card and contactless payments. Payment is due on the day of treatment.</p>
<h2>Finance</h2><p>Spread the cost of treatments over £500 with 0% finance over 12 months, subject to status.</p>
<h2>Dental plans</h2><p>Our Acme Care plan costs £16.50 a month and covers two check-ups and two hygiene visits a
year plus 10% off treatment.</p>
<h2>Insurance</h2><p>We accept Denplan, Bupa Dental and Simplyhealth. We give you an itemised receipt to claim back
from your insurer.</p>
""",
    ),
    "/emergency-dentist/": (
        "Emergency dentist",
        """
<h1>Emergency dental appointments</h1>
<p>If you have toothache, a broken tooth, swelling or bleeding that will not stop, call us as soon as we open on
020 7946 0321. We keep same-day emergency slots every morning.</p>
<h2>Out of hours</h2><p>When we are closed, call NHS 111 for urgent dental advice. If you have swelling that affects
your breathing or swallowing, go to A&amp;E.</p>
<h2>A knocked-out tooth</h2><p>Hold it by the crown, rinse it gently, and put it back in the socket or keep it in
milk. Come in within an hour.</p>
""",
    ),
    "/new-patients/": (
        "New patients",
        """
<h1>New patients welcome</h1>
<p>We are taking new NHS and private patients. Book online or call reception.</p>
<h2>Your first visit</h2><p>Please arrive ten minutes early to fill in a medical history form, and bring a list of
any medicines you take. Your first appointment is a 40-minute new patient examination.</p>
<h2>Children</h2><p>Children's check-ups are free on the NHS for under 18s. We recommend bringing children from
their first tooth.</p>
<h2>Nervous patients</h2><p>Tell us if you feel anxious: we offer longer appointments, breaks whenever you need
them, and sedation for some treatments.</p>
""",
    ),
    "/find-us/": (
        "Opening hours and how to find us",
        """
<h1>Find us</h1>
<h2>Opening hours</h2><p>Monday, Wednesday and Friday 8:30am to 5:30pm. Tuesday and Thursday 8:30am to 8pm.
Saturday 9am to 1pm. Closed on Sundays and bank holidays.</p>
<h2>Address</h2><p>14 Kingsway Parade, London N1 4QP, above the pharmacy.</p>
<h2>Getting here</h2><p>Angel Underground station is a five-minute walk. Buses 30, 73 and 214 stop outside.
Pay-and-display parking is available on Chapel Road; there is no car park at the practice. There is a lift to our
first-floor surgery.</p>
""",
    ),
    "/team/": (
        "Our team",
        """
<h1>Meet the team</h1>
<h2>Dr Sofia Rivera</h2><p>Principal dentist, with a special interest in cosmetic dentistry and Invisalign.</p>
<h2>Dr Daniel Okafor</h2><p>Dentist focused on root canal treatment and caring for nervous patients.</p>
<h2>Hannah Lewis</h2><p>Dental hygienist with twelve years' experience.</p>
""",
    ),
    "/faqs/": (
        "Frequently asked questions",
        """
<h1>FAQs</h1>
<h3>How do I cancel or move an appointment?</h3><p>Please give us 24 hours' notice. Missed appointments may be
charged £25.</p>
<h3>Do you see children?</h3><p>Yes, we see children of all ages and their NHS check-ups are free.</p>
<h3>Is whitening safe?</h3><p>Professional whitening by a dentist is safe. It can cause short-lived sensitivity.</p>
<h3>Do you offer sedation?</h3><p>Yes, we offer IV sedation for anxious patients for some treatments.</p>
""",
    ),
}
