"""A fifth evaluation site: Harland & Price Solicitors, a small family and property law firm (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' results. Questions describe the caller's situation in
everyday words (a split, a parent who has died, a house move) rather than the legal names the pages use;
each fact sits on one page.
Measured once, unchanged since: 20/25 right page in the top 3, 17 cited, 4 of 8 out-of-scope declined.
"""

NAME = "Harland & Price Solicitors"
PHONE = "01743 558 210"
ADDRESS = "12 Claremont Hill, Shrewsbury SY1 1RD"

NAV = [
    ("Home", "/"),
    ("Divorce", "/divorce/"),
    ("Money & property on separation", "/financial-settlements/"),
    ("Children", "/child-arrangements/"),
    ("Wills", "/wills/"),
    ("Lasting powers of attorney", "/lasting-power-of-attorney/"),
    ("Probate", "/probate/"),
    ("Conveyancing", "/conveyancing/"),
    ("Fees", "/fees/"),
    ("Free first meeting", "/first-consultation/"),
    ("Legal aid", "/legal-aid/"),
    ("Preparing for your appointment", "/what-to-bring/"),
    ("Our people", "/our-people/"),
    ("Finding us", "/finding-us/"),
    ("Opening hours", "/opening-hours/"),
    ("Complaints", "/complaints/"),
    ("FAQ", "/faq/"),
]

PAGES = {
    "/": (
        "Family and property solicitors in Shrewsbury",
        """
<h1>Harland &amp; Price Solicitors</h1>
<p>For over thirty years we have helped people in Shrewsbury and across Shropshire through some of the biggest
moments of their lives: separating from a partner, arranging care for their children, buying a home and planning
for the future.</p>
<h2>How we can help</h2>
<ul><li>Divorce, dissolution and separation</li><li>Arrangements for children</li><li>Wills, powers of attorney and
estates</li><li>Buying, selling and remortgaging property</li></ul>
<p>We are authorised and regulated by the Solicitors Regulation Authority (SRA number 604187).</p>
""",
    ),
    "/divorce/": (
        "Divorce and separation",
        """
<h1>Divorce and dissolution</h1>
<p>Since April 2022 divorce in England and Wales is "no fault": neither of you has to blame the other, and your
spouse cannot contest the divorce simply because they do not want it. Civil partnerships are ended in the same way,
through a dissolution.</p>
<h2>The steps</h2>
<ol><li>An application is made online to the court, by one of you or by both together. The court fee is £593.</li>
<li>After a minimum of 20 weeks, you can apply for the conditional order.</li><li>Six weeks and one day later, the
final order can be applied for, and the marriage is legally over.</li></ol>
<p>In practice most divorces take six to nine months. We usually advise waiting for the final order until a
financial agreement has been approved.</p>
<h2>Separating without divorcing</h2>
<p>If you are not ready to divorce, or were never married, a separation agreement can record who pays what and who
stays in the home.</p>
""",
    ),
    "/financial-settlements/": (
        "Money and property when you separate",
        """
<h1>Financial settlements</h1>
<p>Divorce ends the marriage but does not, on its own, end your financial claims against each other. A financial
order approved by the court makes the split of money, property and pensions final, so your ex cannot come back for
more years later.</p>
<h2>What is shared</h2>
<p>The family home, savings, investments, businesses and pensions are all looked at, as well as debts. The court
starts from an equal split but puts the children's housing needs first.</p>
<h2>Pensions</h2>
<p>A pension is often the biggest asset after the house. It can be shared by a pension sharing order, offset
against other assets, or earmarked.</p>
<h2>Unmarried couples</h2>
<p>If you lived together but were not married, there is no automatic right to a share of your partner's property.
Claims depend on whose name the house is in and what each of you paid towards it.</p>
""",
    ),
    "/child-arrangements/": (
        "Arrangements for children",
        """
<h1>Child arrangements</h1>
<p>Most parents agree between themselves where the children will live and how much time they spend with each of
them. When that is not possible, we help you reach an agreement, and if needed ask the court for a child
arrangements order.</p>
<h2>Mediation first</h2>
<p>Before applying to court, you must usually attend a Mediation Information and Assessment Meeting (MIAM) with an
accredited mediator, unless there has been domestic abuse or the matter is urgent.</p>
<h2>Grandparents</h2>
<p>Grandparents can apply to spend time with their grandchildren, but normally need the court's permission
first.</p>
<h2>Moving away</h2>
<p>A parent cannot take the children to live abroad without the other parent's consent or a court order, and a move
within the UK that makes contact hard can also be challenged.</p>
""",
    ),
    "/wills/": (
        "Making a will",
        """
<h1>Wills</h1>
<p>If you die without a will, the law decides who inherits, and an unmarried partner may get nothing at all. A will
lets you choose who receives your estate, name guardians for young children and appoint executors you trust.</p>
<h2>When to update your will</h2>
<p>Marriage cancels an existing will, unless it was written with the marriage in mind. Divorce does not cancel a
will, but your ex is treated as if they had died. Review your will after a birth, a separation or a house move.</p>
<h2>Storing your will</h2>
<p>We keep the signed original in our fireproof strongroom free of charge, and register it with the National Will
Register.</p>
<p>We can also visit you at home or in hospital or a care home to take instructions and witness the signing.</p>
""",
    ),
    "/lasting-power-of-attorney/": (
        "Lasting powers of attorney",
        """
<h1>Lasting powers of attorney</h1>
<p>A lasting power of attorney (LPA) lets you choose people you trust to make decisions for you if you later lose
mental capacity, for example through dementia or after a stroke.</p>
<h2>Two kinds</h2>
<ul><li><strong>Property and financial affairs</strong>: paying bills, managing bank accounts, selling your
home.</li><li><strong>Health and welfare</strong>: decisions about medical treatment and where you live.</li></ul>
<p>An LPA must be made while you still have capacity and registered with the Office of the Public Guardian before
it can be used, which currently takes around four months. Without one, your family may have to apply to the Court
of Protection for a deputyship, which is slower and more expensive.</p>
""",
    ),
    "/probate/": (
        "Probate and estate administration",
        """
<h1>Probate and estates</h1>
<p>When someone dies, their estate has to be collected in, their debts and any inheritance tax paid, and what is
left passed on. The executors named in the will, or the next of kin if there is no will, are responsible.</p>
<h2>How we help</h2>
<ul><li>Valuing the estate and completing the inheritance tax forms</li><li>Applying for the grant of
probate</li><li>Closing bank accounts, selling the house and settling debts</li><li>Paying out to the
beneficiaries with final estate accounts</li></ul>
<p>A straightforward estate usually takes nine to twelve months to finish. You can ask us to handle everything, or
only to obtain the grant and leave the rest to you.</p>
<h2>Disputed wills</h2>
<p>If you believe a will is not valid, or you were left out when you were financially dependent on the person who
died, you may be able to make a claim, normally within six months of the grant.</p>
""",
    ),
    "/conveyancing/": (
        "Conveyancing: buying and selling property",
        """
<h1>Conveyancing</h1>
<p>We act for buyers and sellers of freehold and leasehold homes, first-time buyers, remortgages and transfers of
equity, such as taking a partner's name off the deeds.</p>
<h2>What happens</h2>
<ol><li>Once your offer is accepted, we open the file, check your identity and the source of your deposit.</li>
<li>We carry out searches with the council, water company and Land Registry and raise enquiries with the seller's
solicitor.</li><li>We report to you on the title and the mortgage offer, then you sign the contract.</li>
<li>Contracts are exchanged and a completion date fixed: from exchange, both sides are legally bound.</li>
<li>On completion day the money is sent and you collect the keys. We pay the Stamp Duty and register you as the
owner.</li></ol>
<p>A typical purchase takes eight to twelve weeks from offer to completion, longer for leasehold flats or a long
chain.</p>
<p>We are on the panels of most major mortgage lenders, so we can act for your lender too.</p>
""",
    ),
    "/fees/": (
        "Our fees",
        """
<h1>Fees</h1>
<p>Many of our services are offered at a fixed fee, so you know the cost from the start. Prices include VAT.</p>
<table>
<tr><th>Service</th><th>Our fee</th></tr>
<tr><td>Single will</td><td>£240</td></tr>
<tr><td>Mirror wills for a couple</td><td>£390</td></tr>
<tr><td>Lasting power of attorney (each)</td><td>£420</td></tr>
<tr><td>Obtaining a grant of probate only</td><td>£1,200</td></tr>
<tr><td>Uncontested divorce (court fee extra)</td><td>£750</td></tr>
<tr><td>Freehold purchase up to £350,000</td><td>£1,150</td></tr>
<tr><td>Sale of a freehold house</td><td>£950</td></tr>
<tr><td>Remortgage</td><td>£480</td></tr>
</table>
<h2>Hourly work</h2>
<p>Where a matter cannot be fixed in advance, such as a disputed financial settlement, our solicitors charge
between £190 and £280 an hour plus VAT, depending on experience. We give you an estimate in writing and tell you
if it is likely to change.</p>
""",
    ),
    "/first-consultation/": (
        "Free first meeting",
        """
<h1>Your first meeting is free</h1>
<p>For family matters and wills, the first 30 minutes with a solicitor cost nothing and you are under no obligation
to instruct us afterwards.</p>
<p>In that meeting we listen to what has happened, explain your options in plain English, and tell you what the
next steps would cost. It can be in person at our office, by phone or by video call.</p>
<p>The free meeting is for new clients only and is not available for conveyancing, where we give you a written
quote instead.</p>
""",
    ),
    "/legal-aid/": (
        "Legal aid",
        """
<h1>Legal aid</h1>
<p>We hold a legal aid contract for family law. Legal aid can pay for advice and representation if you are on a low
income and have little savings, and in family cases usually only where there is evidence of domestic abuse or a
risk to a child.</p>
<p>If you receive Universal Credit or income-based benefits you may qualify automatically on finances. Legal aid is
not available for divorce itself, for wills or for buying and selling property.</p>
<p>Legal aid for mediation is available more widely: if either of you qualifies, the first mediation session is
free for both of you.</p>
<p>Call us and our legal aid caseworker, Bethan, will check whether you qualify before you come in.</p>
""",
    ),
    "/what-to-bring/": (
        "Preparing for your appointment",
        """
<h1>What to bring to your appointment</h1>
<p>By law we must check the identity of every new client. Please bring:</p>
<ul><li>Photo ID: your passport or driving licence</li><li>Proof of address dated within the last three months,
such as a council tax or utility bill or bank statement</li></ul>
<h2>For family matters</h2>
<p>Bring your marriage certificate, any letters from your spouse's solicitor or the court, and recent payslips and
bank statements if money will be discussed.</p>
<h2>For probate</h2>
<p>Bring the death certificate, the original will if you have it, and any recent bank or pension letters of the
person who died.</p>
<p>It helps to write down a few dates and questions beforehand.</p>
""",
    ),
    "/our-people/": (
        "Our people",
        """
<h1>Our people</h1>
<h2>Margaret Harland, senior partner</h2>
<p>Margaret qualified in 1991 and heads our family team. She is a Resolution-accredited specialist in complex
financial cases and a trained family mediator.</p>
<h2>David Price, partner</h2>
<p>David leads the private client team, dealing with wills, probate and powers of attorney. He is a full member of
the Society of Trust and Estate Practitioners (STEP) and a Dementia Friend.</p>
<h2>Aisha Rahman, solicitor</h2>
<p>Aisha works on children cases and legal aid family work, and speaks Urdu and Punjabi.</p>
<h2>Owen Lloyd, head of conveyancing</h2>
<p>Owen is a licensed conveyancer with more than fifteen years' experience of residential property in
Shropshire.</p>
""",
    ),
    "/finding-us/": (
        "Finding us",
        """
<h1>Finding our office</h1>
<p>We are on Claremont Hill, a five-minute walk uphill from Shrewsbury railway station and next door to the
Claremont Bank bus stop.</p>
<h2>Parking</h2>
<p>We have no car park of our own. The nearest is the Frankwell car park across the Welsh Bridge, about eight
minutes on foot; there is also pay-and-display on-street parking on Claremont Hill, limited to two hours.</p>
<h2>Access</h2>
<p>Our ground-floor meeting room has step-free access through the side entrance, and there is an accessible toilet.
Let us know before you come and we will book it for you.</p>
""",
    ),
    "/opening-hours/": (
        "Opening hours",
        """
<h1>Opening hours</h1>
<ul><li>Monday to Friday: 9am to 5:30pm</li><li>Thursday: late opening until 7pm, by appointment</li>
<li>Saturday mornings: 9:30am to 12:30pm, for conveyancing completions and pre-booked meetings only</li>
<li>Sunday and bank holidays: closed</li></ul>
<p>Outside these hours you can leave a message or email enquiries@harlandprice.co.uk and we will reply the next
working day.</p>
""",
    ),
    "/complaints/": (
        "Complaints procedure",
        """
<h1>Complaints</h1>
<p>We want to hear if you are unhappy with our service or our bill. Please raise it first with the solicitor
handling your matter. If that does not resolve it, write to our complaints partner, Margaret Harland.</p>
<p>We will acknowledge your complaint within three working days and send you a full written response within
eight weeks.</p>
<h2>The Legal Ombudsman</h2>
<p>If you are still not satisfied, you can ask the Legal Ombudsman to look at it, within six months of our final
response. Their address is PO Box 6167, Slough SL1 0EH, telephone 0300 555 0333.</p>
""",
    ),
    "/faq/": (
        "Frequently asked questions",
        """
<h1>Frequently asked questions</h1>
<h3>Can you act for both me and my husband in the divorce?</h3>
<p>No. A solicitor can only act for one side in a divorce or separation, even when you agree on everything. Your
spouse will need their own solicitor or can represent themselves.</p>
<h3>Can I write my own will?</h3>
<p>You can, but home-made wills are easy to get wrong, for example if they are witnessed by someone who benefits
from them, which cancels that person's gift.</p>
<h3>What is the difference between an executor and a beneficiary?</h3>
<p>An executor deals with the estate; a beneficiary receives something from it. The same person can be both.</p>
<h3>Do you offer appointments in Welsh?</h3>
<p>Yes. Our conveyancing assistant Sian is a Welsh speaker and can sit in on any meeting.</p>
""",
    ),
}

# Questions a client would ask, worded as they would phone or message them (written with the site).
QUESTIONS = [
    ("my wife wants a divorce but I don't, can I stop it", "/divorce/"),
    ("how long before I'm actually divorced", "/divorce/"),
    ("will my ex get half my pension when we split", "/financial-settlements/"),
    ("me and my boyfriend are splitting up, the house is in his name, do I get anything", "/financial-settlements/"),
    ("my ex won't let me see the kids, what can I do", "/child-arrangements/"),
    ("can I see my grandson, his mum has stopped us visiting", "/child-arrangements/"),
    ("I've just got married, do I need to redo my will", "/wills/"),
    ("my mum's in a care home, can someone come to her to sort her will", "/wills/"),
    ("my dad's getting forgetful, how can I look after his bank stuff for him", "/lasting-power-of-attorney/"),
    ("my father passed away last month, what do I have to do about his estate", "/probate/"),
    ("I think I was left out of my aunt's will unfairly", "/probate/"),
    ("we're buying our first house, how long until we get the keys", "/conveyancing/"),
    ("can I take my ex off the mortgage deeds", "/conveyancing/"),
    ("how much for a will for me and my wife", "/fees/"),
    ("what's your hourly rate", "/fees/"),
    ("is the first chat with a solicitor free", "/first-consultation/"),
    ("I'm on universal credit, can I get help paying for a lawyer", "/legal-aid/"),
    ("what ID do I need to bring when I come in", "/what-to-bring/"),
    ("who would I see about my late mother's house", "/our-people/"),
    ("does anyone there speak Urdu", "/our-people/"),
    ("is there anywhere to park near you", "/finding-us/"),
    ("can I get in with a wheelchair", "/finding-us/"),
    ("can I come in after work one evening", "/opening-hours/"),
    ("I'm not happy with how my case was handled, who do I complain to", "/complaints/"),
    ("can one solicitor do the divorce for both of us to save money", "/faq/"),
]

# Questions a client might ask that the site does not answer (written with the site): each must be declined.
OUT_OF_SCOPE = [
    "I've been caught speeding, can you help me keep my licence",
    "I was sacked without warning, can I take my boss to tribunal",
    "I hurt my back slipping in a supermarket, can I claim compensation",
    "can you help me get a spouse visa for my wife",
    "my son has been arrested, can someone go to the police station",
    "can you help me set up a limited company",
    "my landlord won't give me my deposit back",
    "can you do my tax return",
]
