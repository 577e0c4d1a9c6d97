"""A blind evaluation site: Ledgerwood & Co, a small accountancy practice (UK).

Written blind, with its questions, after the retrieval changes: its author had not read the retrieval,
lexicon or answerer code, nor any other site's questions or results. Questions describe a client's situation
the way they would phone or message about it, not the way the pages name the service; each fact sits on one
page. Measured once: 23/25 right page in the top 3, 21 cited,
4 of 8 out-of-scope declined; nothing changed since.
"""

NAME = "Ledgerwood & Co Chartered Accountants"
PHONE = "01904 496 118"
ADDRESS = "2nd floor, 14 Gillygate, York YO31 7EQ"

NAV = [
    ("Home", "/"),
    ("Tax returns", "/self-assessment/"),
    ("Sole traders", "/sole-traders/"),
    ("Limited companies", "/limited-companies/"),
    ("Bookkeeping", "/bookkeeping/"),
    ("Payroll", "/payroll/"),
    ("VAT", "/vat/"),
    ("Property income", "/landlords/"),
    ("Making Tax Digital", "/making-tax-digital/"),
    ("Fees", "/fees/"),
    ("Free first meeting", "/first-meeting/"),
    ("Changing accountant", "/switching/"),
    ("Deadlines", "/deadlines/"),
    ("What to bring", "/what-to-bring/"),
    ("Our people", "/team/"),
    ("Find us", "/find-us/"),
    ("FAQ", "/faq/"),
]

PAGES = {
    "/": (
        "Accountants in York for individuals and small businesses",
        """
<h1>Ledgerwood &amp; Co</h1>
<p>A practice of chartered accountants in the centre of York, looking after around 400 individuals,
freelancers and small companies. We are big enough to cover everything a small business needs and small
enough that you'll always speak to the same person.</p>
<h2>How we help</h2>
<ul><li>Personal tax returns</li><li>Accounts and tax for the self-employed</li><li>Year-end accounts and
corporation tax for companies</li><li>Bookkeeping, payroll and VAT</li><li>Tax for property owners</li></ul>
<p>We don't handle audits of large companies, charities or insolvency work.</p>
""",
    ),
    "/self-assessment/": (
        "Self Assessment tax returns",
        """
<h1>Personal tax returns</h1>
<p>You need to complete a Self Assessment return if, for example, you earn more than £1,000 a year from
self-employment, receive rental income, have untaxed income such as foreign pensions or large savings
interest, or earn over £150,000. If your employer taxes everything through PAYE and you have no other income,
you usually don't need one.</p>
<p>We register you with HMRC if this is your first return, prepare the return from your figures, explain what
you owe and when, and file it online once you've approved it.</p>
<h2>Payments on account</h2>
<p>If your tax bill is over £1,000, HMRC usually asks for advance payments towards next year's bill in January
and July, each half of this year's bill. That's why the first January bill often looks far bigger than
expected. We can apply to reduce them if your income has fallen.</p>
""",
    ),
    "/sole-traders/": (
        "Accountants for sole traders and freelancers",
        """
<h1>Self-employed and sole traders</h1>
<p>Whether you're a full-time tradesperson or selling crafts at weekends, we'll prepare your annual accounts,
work out your taxable profit and complete your tax return.</p>
<h2>Starting out</h2>
<p>When you start working for yourself, even alongside a job, you must register with HMRC as self-employed by
5 October after the end of the tax year in which you started. The first £1,000 of trading income each year is
covered by the trading allowance and needn't be declared if that's all you earn this way.</p>
<h2>Expenses you can claim</h2>
<ul><li>Tools, equipment and materials</li><li>Business mileage at 45p a mile for the first 10,000 miles</li>
<li>Part of your household bills if you work from home</li><li>Phone, software and professional subscriptions</li></ul>
<p>Keep the receipts: HMRC can ask to see them for up to five years after the filing deadline.</p>
""",
    ),
    "/limited-companies/": (
        "Limited company accounts and tax",
        """
<h1>Limited companies</h1>
<p>We prepare statutory year-end accounts, file them at Companies House, prepare the corporation tax return
(CT600) and file your confirmation statement each year.</p>
<h2>Should I become a limited company?</h2>
<p>Once profits reach roughly £40,000 to £50,000 a year, trading through a company can save tax, but it brings
more paperwork and the company's money isn't yours to take as you please. We'll run the numbers for you side by
side before you decide.</p>
<h2>Paying yourself as a director</h2>
<p>Most owner-directors take a small salary plus dividends. We'll work out the most tax-efficient split each
year and prepare the dividend paperwork.</p>
<p>We can also set the company up for you, including the registered office address service.</p>
""",
    ),
    "/bookkeeping/": (
        "Bookkeeping services",
        """
<h1>Bookkeeping</h1>
<p>If the shoebox of receipts is getting out of hand, our bookkeepers can keep your records up to date monthly
or quarterly. We connect to your bank feed, match transactions, chase missing receipts and reconcile
everything, so you always know where the business stands.</p>
<p>Catching up: if you've fallen a year or two behind, we can bring the books up to date first and then keep
them there.</p>
<p>You can snap receipts on your phone with the Dext app, which is included with every bookkeeping
package.</p>
""",
    ),
    "/payroll/": (
        "Payroll",
        """
<h1>Payroll for small employers</h1>
<p>Taking on your first employee? We'll register you as an employer with HMRC, run weekly or monthly payroll,
send payslips to your staff by email and make the RTI submissions to HMRC each time you pay them.</p>
<ul><li>Workplace pension auto-enrolment and the pension provider uploads</li><li>Statutory sick pay and
maternity pay</li><li>P60s at the year end and P45s when people leave</li></ul>
<p>Payroll is charged per employee per month; see our fees.</p>
""",
    ),
    "/vat/": (
        "VAT returns",
        """
<h1>VAT</h1>
<p>You must register for VAT if your taxable turnover over the last 12 months goes over £90,000. You can also
register voluntarily below that, which can make sense if your customers are mostly VAT-registered
businesses.</p>
<p>We prepare and submit quarterly VAT returns and advise on which scheme suits you, including the flat rate
scheme and cash accounting.</p>
<p>If you're close to the threshold, talk to us early: registering late means paying VAT you didn't charge your
customers.</p>
""",
    ),
    "/landlords/": (
        "Tax for landlords",
        """
<h1>Landlords and property income</h1>
<p>Whether you let a single flat or a portfolio, rental profits must be declared on a tax return. We work out
what you can deduct: letting agent fees, repairs (but not improvements), insurance, ground rent and service
charges.</p>
<h2>Mortgage interest</h2>
<p>For individual landlords, mortgage interest is no longer deducted from rent. Instead you get a tax credit of
20% of the interest, which hits higher-rate taxpayers hardest.</p>
<h2>Holiday lets and Airbnb</h2>
<p>Income from renting rooms or whole homes on short-stay sites counts too. Renting a furnished room in your
own home can be tax-free up to £7,500 a year under Rent a Room relief.</p>
<p>Selling a rental property? Capital gains tax must be reported and paid within 60 days of completion. We
calculate and file it.</p>
""",
    ),
    "/making-tax-digital/": (
        "Making Tax Digital",
        """
<h1>Making Tax Digital</h1>
<p>From April 2026, self-employed people and landlords with combined income over £50,000 have to keep digital
records and send HMRC quarterly updates using compatible software. The threshold drops to £30,000 from April
2027.</p>
<h2>Software</h2>
<p>We are Xero and FreeAgent partners and also support QuickBooks. We'll help you choose, set it up, and show
you how to use it. Clients on our packages get the software subscription at our discounted rate.</p>
<p>Prefer spreadsheets? Bridging software can link them to HMRC, and we can supply it.</p>
""",
    ),
    "/fees/": (
        "Our fees",
        """
<h1>Fixed monthly fees</h1>
<p>We agree a fixed fee before we start, so there are no surprise bills for phone calls or emails. Prices exclude
VAT.</p>
<table>
<tr><th>Package</th><th>What's in it</th><th>Monthly</th></tr>
<tr><td>Tax return only</td><td>One personal return a year</td><td>£25 (or £275 once a year)</td></tr>
<tr><td>Sole trader</td><td>Accounts, tax return, MTD quarterly updates</td><td>from £65</td></tr>
<tr><td>Landlord</td><td>Property accounts and tax return, up to 3 properties</td><td>from £45</td></tr>
<tr><td>Limited company</td><td>Year-end accounts, CT600, director's return, confirmation statement</td>
<td>from £150</td></tr>
<tr><td>Bookkeeping add-on</td><td>Monthly bookkeeping</td><td>from £90</td></tr>
<tr><td>Payroll</td><td>Per employee</td><td>£8</td></tr>
<tr><td>VAT returns</td><td>Quarterly</td><td>from £60</td></tr>
</table>
<p>Fees are paid by monthly direct debit.</p>
""",
    ),
    "/first-meeting/": (
        "Free initial consultation",
        """
<h1>Your first meeting is free</h1>
<p>The first meeting costs nothing and commits you to nothing. It lasts about 45 minutes, in our office or on a
video call, and we'll talk through where things stand, what you need and what it would cost.</p>
<p>You leave with a written quote by email within two working days.</p>
<p>To arrange one, call us or email hello@ledgerwood.example with a line about your situation.</p>
""",
    ),
    "/switching/": (
        "Changing accountants",
        """
<h1>Moving to us from another accountant</h1>
<p>Switching is easier than most people expect. Once you've agreed to go ahead, we write to your current
accountant for a professional clearance letter and a handover of your records. This is standard practice and
you don't need to have an awkward conversation yourself.</p>
<p>We take over your HMRC and Companies House authorisations, so nothing is missed during the change. If a
deadline is close, we'll prioritise it.</p>
<p>You can switch at any point in the year; you don't have to wait for your year end.</p>
""",
    ),
    "/deadlines/": (
        "Key tax deadlines and penalties",
        """
<h1>Deadlines and penalties</h1>
<table>
<tr><th>Deadline</th><th>What</th></tr>
<tr><td>5 October</td><td>Register for Self Assessment if you're newly self-employed</td></tr>
<tr><td>31 October</td><td>Paper tax returns</td></tr>
<tr><td>31 January</td><td>Online tax returns and balancing payment</td></tr>
<tr><td>31 July</td><td>Second payment on account</td></tr>
<tr><td>9 months after year end</td><td>Company accounts to Companies House; corporation tax due</td></tr>
</table>
<h2>What happens if you're late</h2>
<p>Miss the 31 January return deadline by a single day and HMRC charges £100, even if you owe no tax. After three
months, £10 a day is added for up to 90 days, and further penalties follow at six and twelve months. Interest is
charged on tax paid late.</p>
<p>If you've already missed a deadline, contact us straight away: an appeal with a reasonable excuse can
sometimes get a penalty cancelled.</p>
""",
    ),
    "/what-to-bring/": (
        "What to bring",
        """
<h1>What we need from you</h1>
<p>To prepare your return, please gather:</p>
<ul><li>Your Unique Taxpayer Reference (UTR) and National Insurance number</li><li>P60 or P45 from any
employment</li><li>Bank statements for business accounts</li><li>Sales invoices and expense receipts, or your
bookkeeping software login</li><li>Rental statements from your letting agent</li><li>Pension and charity
donation details</li><li>Details of any shares or property you sold</li></ul>
<p>New clients also need to show photo ID and proof of address; we're required to check it under anti-money
laundering rules.</p>
<p>You can upload documents securely through our client portal instead of bringing paper.</p>
""",
    ),
    "/team/": (
        "Our people",
        """
<h1>Our people</h1>
<p><strong>Margaret Ledgerwood FCA</strong>, founding partner. Qualified with one of the big firms in 1994 and
started the practice in 2003. Looks after limited company clients and tax planning.</p>
<p><strong>Ravi Sandhu ACCA</strong>, partner. Specialises in landlords and property tax, and owns rental
houses himself.</p>
<p><strong>Chloe Barnes CTA</strong>, tax manager and chartered tax adviser, handles enquiries and disputes with
HMRC.</p>
<p><strong>Sam Okafor AAT</strong>, heads our bookkeeping and payroll team.</p>
<p><strong>Jade Pritchard</strong>, trainee accountant studying for her ACA.</p>
<p>We are regulated by the ICAEW for the practice of accountancy.</p>
""",
    ),
    "/find-us/": (
        "Find us",
        """
<h1>Finding our office</h1>
<p>We're on the second floor at 14 Gillygate, a two-minute walk from Bootham Bar. There is a lift.</p>
<h2>Parking</h2>
<p>We have no parking of our own. The nearest car park is Marygate (about 8 minutes' walk), and there are
pay-and-display bays on Lord Mayor's Walk. Park and Ride buses from Clifton Moor stop nearby.</p>
<h2>Opening hours</h2>
<p>Monday to Friday 9am to 5pm. In January we also open Saturday mornings, 9am to 12 noon, for tax return
appointments.</p>
""",
    ),
    "/faq/": (
        "Frequently asked questions",
        """
<h1>FAQ</h1>
<h3>Do I need to come into the office?</h3>
<p>No. Most clients never visit: we work by email, phone, video calls and our secure portal.</p>
<h3>Can you deal with HMRC for me?</h3>
<p>Yes. Once you've authorised us as your agent, HMRC letters and calls can come to us and we'll handle them.</p>
<details><summary>Do you cover clients outside York?</summary>
<p>Yes, we have clients all over the UK, everything can be done remotely.</p></details>
<details><summary>Do you help with tax investigations?</summary>
<p>Yes. We offer fee protection insurance for £95 a year, which covers our costs if HMRC opens an enquiry into
your return.</p></details>
<details><summary>Can you do my tax return if I'm leaving the UK?</summary>
<p>Yes, including the split-year treatment for the year you leave.</p></details>
""",
    ),
}

# Questions a client would ask, worded as they would phone or message them (written with the site).
QUESTIONS = [
    ("I've started doing a bit of work on the side at weekends, do I need to tell the taxman", "/sole-traders/"),
    ("can I put my van diesel against my tax", "/sole-traders/"),
    (
        "I only have my normal job and get paid through my wages, do I still have to fill in a tax form",
        "/self-assessment/",
    ),
    ("why has the tax office asked me for extra money in July on top of what I owed", "/self-assessment/"),
    ("my business is doing well, would I be better off setting up a company", "/limited-companies/"),
    ("how should I pay myself out of my company", "/limited-companies/"),
    ("my receipts are all over the place and I'm two years behind", "/bookkeeping/"),
    ("I'm about to hire my first member of staff, can you sort out their wages", "/payroll/"),
    ("I'm getting close to 90 grand in sales, what happens then", "/vat/"),
    ("I rent out my old flat, can I take off what I pay on the mortgage", "/landlords/"),
    ("I've just sold a house I was renting out, when do I have to pay tax on it", "/landlords/"),
    ("is it true I'll have to send stuff to HMRC every three months soon", "/making-tax-digital/"),
    ("what computer program should I use for my accounts", "/making-tax-digital/"),
    ("how much would you charge a window cleaner working for himself", "/fees/"),
    ("what's it cost for you to just do my tax return every year", "/fees/"),
    ("can I come and have a chat before I sign up to anything", "/first-meeting/"),
    ("I'm not happy with my current accountant, how do I move over to you without falling out with him", "/switching/"),
    ("I forgot to send my tax return in on time, how much trouble am I in", "/deadlines/"),
    ("when's the last date to get my return in online", "/deadlines/"),
    ("what paperwork should I bring along", "/what-to-bring/"),
    ("who would look after me if I've got a few rental properties", "/team/"),
    ("are your staff actually qualified", "/team/"),
    ("where can I leave my car when I come to see you", "/find-us/"),
    ("are you open on a Saturday", "/find-us/"),
    ("HMRC have written saying they want to look into my return, can you help", "/faq/"),
]

# Questions a client might ask that the site does not answer (written with the site): each must be declined.
OUT_OF_SCOPE = [
    "can you help me get a mortgage",
    "do you do wills and power of attorney",
    "can you give me advice on which shares to invest in",
    "can you help me fill in a grant application for my cafe",
    "do you offer business loans",
    "can you help me claim universal credit",
    "can you help me with my divorce settlement",
    "do you do pension transfers",
]
