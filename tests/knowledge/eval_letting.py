"""An evaluation site: Hartley & Rowe, a small independent estate and letting agent (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. Questions describe a seller's,
buyer's, tenant's or landlord's situation the way they would phone or message about it, not the way the
pages name the service; each fact sits on one page.
Measured once, unchanged since: 21/25 right page in the top 3, 17 cited, 4 of 8 out-of-scope declined.
"""

NAME = "Hartley & Rowe Estate and Letting Agents"
PHONE = "01423 496 518"
ADDRESS = "17 Station Parade, Harrogate HG1 1UE"

NAV = [
    ("Home", "/"),
    ("Selling", "/selling/"),
    ("Valuations", "/valuation/"),
    ("Buying", "/buying/"),
    ("Renting", "/renting/"),
    ("Landlords", "/landlords/"),
    ("Landlord fees", "/landlord-fees/"),
    ("Tenant fees", "/tenant-fees/"),
    ("Deposits", "/deposits/"),
    ("Referencing", "/referencing/"),
    ("Report a repair", "/maintenance/"),
    ("Moving out", "/moving-out/"),
    ("Our team", "/team/"),
    ("Contact", "/contact/"),
    ("Complaints", "/complaints/"),
    ("FAQ", "/faq/"),
]

PAGES = {
    "/": (
        "Estate agents and letting agents in Harrogate",
        """
<h1>Hartley &amp; Rowe</h1>
<p>An independent estate and letting agency in the centre of Harrogate, founded in 2003 by Margaret Hartley and
David Rowe. We sell and let homes across Harrogate, Knaresborough and the surrounding villages, and look after
around 350 rented homes for local landlords.</p>
<h2>How we can help</h2>
<ul><li>Selling your home, from valuation to completion</li><li>Finding a home to buy</li><li>Renting a home</li>
<li>Letting and managing property for landlords</li></ul>
<p>Call in to the office or ring us for a chat, with no obligation.</p>
""",
    ),
    "/selling/": (
        "Selling your home",
        """
<h1>Selling with Hartley &amp; Rowe</h1>
<p>Our sales team sells around 180 homes a year. Every sale is handled by one named negotiator from the first
viewing until the keys are handed over.</p>
<h2>Marketing your home</h2>
<ul><li>Professional photographs, a floor plan and a video walk-through</li><li>Listing on Rightmove, Zoopla and
OnTheMarket within 48 hours of your instruction</li><li>A "for sale" board, if you would like one</li>
<li>Emails and calls to the buyers registered with us</li></ul>
<h2>Viewings</h2>
<p>Our staff accompany every viewing, including evenings and Saturdays, so you never have to show strangers
round yourself. We give you feedback from each viewing within a day.</p>
<h2>Our fee</h2>
<p>We charge 1.2% of the sale price plus VAT, payable only when the sale completes. No sale, no fee, and there
are no upfront charges for marketing. Our agreement can be ended with 14 days' notice after the first eight
weeks.</p>
<h2>After an offer is accepted</h2>
<p>Our sales progressor keeps in touch with the buyer, both solicitors and the rest of the chain every week until
exchange of contracts, so you are never left wondering what is happening.</p>
""",
    ),
    "/valuation/": (
        "Book a free valuation",
        """
<h1>Free market appraisal</h1>
<p>Before you decide to sell or let, one of our valuers will visit your home and tell you what it is likely to sell
for, or the monthly rent it should achieve. The visit is free and you are under no obligation to use us.</p>
<h2>What happens at the appointment</h2>
<p>The visit takes around 45 minutes. The valuer looks round every room and the garden, asks about work you have
done such as a new kitchen or an extension, and explains how recent sales of similar homes nearby compare. Within
two working days we send you a written appraisal with our recommended asking price and our reasoning.</p>
<h2>Booking</h2>
<p>Book by phone or online. We can usually visit within three working days, including Saturday mornings.</p>
<p>Please note this is a market appraisal, not a formal valuation for a mortgage lender, probate or a divorce
settlement, which must be done by a RICS surveyor.</p>
""",
    ),
    "/buying/": (
        "Buying a home",
        """
<h1>Buying through us</h1>
<h2>Register with us</h2>
<p>Tell us what you are looking for and we will send you new homes matching your search before they reach the
property portals.</p>
<h2>Getting your finances ready</h2>
<p>Sellers take an offer more seriously when you have a mortgage agreement in principle. Our independent mortgage
adviser, Kirsty Lane of Dales Mortgage Services, works from our office on Tuesdays and Thursdays and can search the
whole market for you. Her first meeting is free.</p>
<h2>Making an offer</h2>
<p>Offers can be made by phone or email and we put every offer to the seller in writing. Before we can accept an
offer on the seller's behalf we need:</p>
<ul><li>Proof of how you will pay: an agreement in principle, a bank statement showing your deposit or cash, or
details of the sale of your own home</li><li>Photo ID and proof of address for each buyer, for the anti-money
laundering checks we are required to carry out by law</li><li>Your solicitor's details</li></ul>
<p>Once an offer is accepted we mark the property as sold subject to contract and send a memorandum of sale to
both solicitors.</p>
""",
    ),
    "/renting/": (
        "Renting a home",
        """
<h1>Looking for a home to rent</h1>
<p>All of our available rental homes are on our website and on Rightmove and Zoopla. Homes in Harrogate let
quickly, so we recommend registering with us to hear about new ones first.</p>
<h2>Viewing a property</h2>
<p>Request a viewing online or ring the lettings team. Viewings are always with a member of our staff and take
place on weekdays until 6pm and on Saturday mornings. Every adult who will live in the home should try to see it
before applying.</p>
<h2>Applying</h2>
<ol><li>Complete our online application for each adult.</li><li>Pay a holding deposit to take the property off
the market while checks are done.</li><li>We carry out referencing and the right-to-rent check.</li>
<li>Once approved you sign the tenancy agreement electronically and pay the first month's rent and the
deposit.</li><li>Collect the keys from our office on the day the tenancy starts.</li></ol>
<p>Most tenancies are assured shorthold tenancies for an initial fixed term of six or twelve months.</p>
""",
    ),
    "/landlords/": (
        "Services for landlords",
        """
<h1>Letting your property</h1>
<h2>Our three services</h2>
<ul><li><strong>Let only</strong>: we market the property, find and reference a tenant, and prepare the tenancy
agreement; you then deal with the tenant, the rent and repairs yourself.</li>
<li><strong>Rent collection</strong>: as let only, and we also collect the rent each month, chase any arrears and
send you a monthly statement.</li>
<li><strong>Fully managed</strong>: we take care of everything for you, including arranging repairs through our
vetted contractors, inspections every six months with a photo report, renewals and notices, and the
check-out.</li></ul>
<h2>Your legal duties</h2>
<p>Landlords must provide a gas safety certificate renewed every 12 months, an electrical installation condition
report (EICR) at least every five years, an energy performance certificate rated E or above, working smoke alarms
on every floor and carbon monoxide alarms in rooms with a fixed combustion appliance. On our fully managed service
we keep track of every renewal date and book the checks for you.</p>
<h2>Accidental landlords</h2>
<p>Inherited a house or moved in with a partner and kept your flat? We will explain your options and whether you
need your mortgage lender's consent to let.</p>
""",
    ),
    "/landlord-fees/": (
        "Fees for landlords",
        """
<h1>Landlord fees</h1>
<p>All fees include VAT at 20%.</p>
<table>
<tr><th>Service</th><th>Fee</th></tr>
<tr><td>Let only</td><td>72% of one month's rent, minimum £600</td></tr>
<tr><td>Rent collection</td><td>9.6% of the monthly rent</td></tr>
<tr><td>Fully managed</td><td>14.4% of the monthly rent</td></tr>
<tr><td>Tenancy set-up and referencing (per tenancy)</td><td>£240</td></tr>
<tr><td>Tenancy renewal</td><td>£90</td></tr>
<tr><td>Inventory</td><td>from £120, depending on the size of the property</td></tr>
<tr><td>Gas safety certificate</td><td>£78</td></tr>
<tr><td>EICR</td><td>from £180</td></tr>
<tr><td>Serving a notice to end a tenancy</td><td>£90</td></tr>
</table>
<p>Fees are taken from the first month's rent we collect, or invoiced for let only. We hold client money in a
separate client account.</p>
""",
    ),
    "/tenant-fees/": (
        "Fees for tenants",
        """
<h1>Tenant fees</h1>
<p>Under the Tenant Fees Act 2019 we do not charge tenants for viewings, referencing or preparing a tenancy. The
only payments we can ask for are:</p>
<ul><li><strong>Holding deposit</strong>: one week's rent, to reserve a property while checks are carried out.
It goes towards your first month's rent. It is refunded if the landlord decides not to go ahead, but may be kept
if you give false information, fail the right-to-rent check or pull out.</li>
<li><strong>Security deposit</strong>: five weeks' rent where the annual rent is under £50,000.</li>
<li><strong>Late rent</strong>: interest at 3% above the Bank of England base rate on rent more than 14 days
late.</li>
<li><strong>Lost keys or security devices</strong>: the reasonable cost of replacing them, with receipts.</li>
<li><strong>Changing the tenancy at your request</strong>, for example swapping a sharer: £50.</li>
<li><strong>Leaving early at your request</strong>: the landlord's reasonable costs of reletting and the rent
until a new tenant moves in.</li></ul>
""",
    ),
    "/deposits/": (
        "Your tenancy deposit",
        """
<h1>Deposit protection</h1>
<p>Every deposit we take is registered with the Deposit Protection Service (DPS), a government-approved scheme,
within 30 days of receiving it. We then send you the prescribed information and your DPS certificate, which shows
the deposit ID you will need at the end of the tenancy.</p>
<h2>Getting your deposit back</h2>
<p>After you move out and the check-out is done, we send you any proposed deductions within 10 working days.
Any amount you agree to is paid to your bank account within 10 days of agreement.</p>
<h2>If you disagree with a deduction</h2>
<p>You can raise a dispute with the DPS's free adjudication service. An independent adjudicator looks at the
check-in and check-out reports, photos and receipts from both sides and decides how the disputed money is split.
Their decision is binding, and the money stays protected until it is made.</p>
<p>Landlords cannot make deductions for fair wear and tear, the natural ageing of a home through normal
everyday use.</p>
""",
    ),
    "/referencing/": (
        "Referencing and right to rent",
        """
<h1>References and checks</h1>
<p>Our referencing partner, HomeLet, checks every adult tenant. It usually takes three to five working days.</p>
<h2>What we check</h2>
<ul><li>Income: your yearly income should be at least 30 times the monthly rent (for a £900 a month home,
£27,000 a year), shared between tenants</li><li>Your employer, or an accountant's letter and two years'
tax returns if you are self-employed</li><li>A reference from your current landlord</li><li>A credit search for
county court judgments and bankruptcy</li></ul>
<h2>Guarantors</h2>
<p>If your income falls short, for example as a student, a UK-based guarantor earning at least 36 times the
monthly rent can agree to pay the rent if you do not. They go through the same checks and sign a deed of
guarantee.</p>
<h2>Right to rent</h2>
<p>By law we must check that every adult has the right to rent in England before the tenancy starts. British and
Irish citizens show a passport or a birth certificate with proof of National Insurance. Everyone else gives us a
share code from the Home Office online service, which we check with you on a video call.</p>
""",
    ),
    "/maintenance/": (
        "Reporting a repair",
        """
<h1>Repairs and maintenance</h1>
<p>If you rent a home we manage, report repairs through our online repair portal, which lets you add photos and
videos and track progress. If your landlord manages the property themselves, contact them directly: their
details are in your tenancy agreement.</p>
<h2>How quickly we respond</h2>
<table>
<tr><th>Priority</th><th>Examples</th><th>Aim to attend</th></tr>
<tr><td>Emergency</td><td>Gas smell, flood, no heating or hot water in winter, insecure front door, dangerous
electrics</td><td>Within 24 hours</td></tr>
<tr><td>Urgent</td><td>Fridge or oven not working, only toilet blocked, leak under a sink</td><td>Within 3 working
days</td></tr>
<tr><td>Routine</td><td>Dripping tap, sticking door, broken blind</td><td>Within 14 days</td></tr>
</table>
<h2>Out of hours</h2>
<p>For emergencies when the office is closed, call our out-of-hours line on 01423 496 599. If you smell gas, call
the National Gas Emergency line on 0800 111 999 first.</p>
<h2>Your part</h2>
<p>Keep the home ventilated to avoid condensation and mould, bleed radiators and change light bulbs and smoke alarm
batteries. Repairs needed because of damage you or your visitors caused will be charged to you.</p>
""",
    ),
    "/moving-out/": (
        "Ending your tenancy",
        """
<h1>Moving out</h1>
<h2>Giving notice</h2>
<p>After the fixed term has ended, tenants must give at least one month's notice in writing, ending on the last day
of a rental period. You cannot end the tenancy during the fixed term unless your agreement has a break clause or
the landlord agrees.</p>
<h2>The check-out</h2>
<p>An independent inventory clerk compares the condition of the home with the check-in inventory on your last day.
You are welcome to be there.</p>
<h2>Leaving the home as you found it</h2>
<ul><li>Clean it to the standard recorded at check-in, including the oven, fridge and windows. If the carpets
were professionally cleaned before you moved in, they should be again.</li><li>Remove all your belongings and
rubbish.</li><li>Give meter readings to the energy suppliers and tell the council.</li><li>Return every set of
keys to our office by 12 noon on the last day.</li></ul>
""",
    ),
    "/team/": (
        "Meet the team",
        """
<h1>Our people</h1>
<h2>Margaret Hartley MNAEA, founding director and head of sales</h2>
<p>Margaret has sold homes in Harrogate for over 30 years and values most of the homes we sell herself.</p>
<h2>David Rowe MARLA, founding director and head of lettings</h2>
<p>David runs the lettings and property management department and is the person to speak to about letting a
property for the first time.</p>
<h2>Aisha Rahman, senior property manager</h2>
<p>Aisha manages our landlords' homes day to day and organises repairs and inspections.</p>
<h2>Ben Cartwright, sales negotiator</h2>
<p>Ben arranges and accompanies viewings and takes offers.</p>
<h2>Chloe Adams, sales progressor</h2>
<p>Chloe looks after sales from offer to completion.</p>
<h2>Tom Fielding, lettings negotiator</h2>
<p>Tom shows our rental homes and looks after tenants from application to move-in.</p>
""",
    ),
    "/contact/": (
        "Contact us and opening hours",
        """
<h1>Contact us</h1>
<p>Hartley &amp; Rowe, 17 Station Parade, Harrogate HG1 1UE: a two-minute walk from Harrogate railway and bus
stations, opposite the Victoria shopping centre.</p>
<h2>Office hours</h2>
<ul><li>Monday to Friday: 9am to 5.30pm</li><li>Saturday: 9am to 4pm</li><li>Sunday: closed</li></ul>
<h2>Parking</h2>
<p>We do not have our own car park. The Victoria multi-storey car park on Union Street is two minutes away, and
there is pay and display parking on Station Parade.</p>
<h2>Get in touch</h2>
<p>Phone 01423 496 518, or email sales@hartleyrowe.example for sales and lettings@hartleyrowe.example for
lettings.</p>
""",
    ),
    "/complaints/": (
        "Complaints procedure and redress",
        """
<h1>Complaints</h1>
<p>We aim to get things right, but if you are unhappy with our service please tell us.</p>
<h2>Our procedure</h2>
<ol><li>Write to the branch manager, or email complaints@hartleyrowe.example. We acknowledge your complaint within
three working days and send a full response within 15 working days.</li><li>If you are still not satisfied, a
director who was not involved will review the complaint and write to you with our final view within 15 working
days.</li></ol>
<h2>The Property Ombudsman</h2>
<p>If our final view does not resolve the matter, or eight weeks have passed since you first complained, you can
refer your complaint free of charge to The Property Ombudsman, Milford House, 43-55 Milford Street, Salisbury
SP1 2BP, www.tpos.co.uk. You must do so within 12 months of our final response.</p>
<h2>Protecting your money</h2>
<p>We are members of Propertymark and its client money protection scheme, which protects the rent and deposits
we hold if something goes wrong with our business.</p>
""",
    ),
    "/faq/": (
        "Frequently asked questions",
        """
<h1>FAQ</h1>
<h3>Can I have a pet?</h3>
<p>It depends on the landlord. Tell us about your pet when you apply and we will ask. Many of our landlords accept
a cat or a small dog, sometimes with slightly higher rent to cover extra wear.</p>
<h3>How do I pay my rent?</h3>
<p>By standing order from your bank account, set up to arrive on the date in your tenancy agreement. We do not
accept rent in cash at the office.</p>
<h3>Do you accept tenants who receive Universal Credit?</h3>
<p>Yes. We consider every application on its merits, and a guarantor can help if your income is below our
usual level.</p>
<h3>Can I decorate?</h3>
<p>Ask us first in writing. Most landlords agree to neutral colours and will want the walls put back if not.</p>
<h3>Do I need contents insurance?</h3>
<p>Your landlord insures the building but not your belongings, so we strongly recommend contents insurance.</p>
<h3>Can I sell my home with a tenant living in it?</h3>
<p>Yes. Many investors prefer to buy a home with a tenant in place, and the tenancy continues with the new owner.</p>
""",
    ),
}

QUESTIONS = [
    ("we've outgrown our house and want to move, how would you go about selling it", "/selling/"),
    ("what do you take from the sale price if you sell my house", "/selling/"),
    ("I work shifts, do I have to be in to let people look round", "/selling/"),
    ("roughly what's my semi worth, can someone pop round and have a look", "/valuation/"),
    ("the bank wants a valuation for my remortgage, can you do that", "/valuation/"),
    ("we want to put an offer in on a house you're advertising, what do you need from us", "/buying/"),
    ("we haven't sorted a mortgage yet, do you know someone who can help", "/buying/"),
    ("I saw a two bed flat of yours online, how do I get to see inside it", "/renting/"),
    ("how much money do I have to put down to reserve the flat while you check me out", "/tenant-fees/"),
    ("I've lost the keys to my flat, will you charge me for new ones", "/tenant-fees/"),
    ("I've inherited my nan's house and want to rent it out but don't want the hassle of tenants", "/landlords/"),
    ("as a landlord how often do I have to get the gas checked", "/landlords/"),
    ("what percentage do you charge a month to look after a rental for me", "/landlord-fees/"),
    ("I'm nervous about handing over five weeks' money, where does it go", "/deposits/"),
    ("the landlord wants to keep £400 for carpets that were already worn, what can I do", "/deposits/"),
    ("I run my own business, how do I prove my income to rent with you", "/referencing/"),
    ("I'm a student with no wage, can my dad back me", "/referencing/"),
    ("I'm from Poland, what papers do I need to show you", "/referencing/"),
    ("the boiler in my rented flat packed in and there's no hot water, how do I tell you", "/maintenance/"),
    ("water's pouring through the ceiling and it's midnight, who do I call", "/maintenance/"),
    ("I want to move out, how much warning do I have to give", "/moving-out/"),
    ("who would I talk to about letting my house for the first time", "/team/"),
    ("where's your office and where do I park", "/contact/"),
    ("I'm fed up with how my case has been handled, who can I go to above you", "/complaints/"),
    ("can I pay my rent in cash at your office", "/faq/"),
]

# Questions a customer might ask that the site does not answer (written with the site): each must be declined.
OUT_OF_SCOPE = [
    "do you let shops and office units as well",
    "can you manage my flat as an Airbnb holiday let",
    "do you sell houses at auction",
    "will you buy my house for cash quickly",
    "can you recommend a removals firm",
    "do you sell villas in Spain",
    "have you got any rooms in student halls",
    "I've got a field, can you help me get planning permission to build on it",
]
