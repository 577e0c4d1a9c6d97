"""An evaluation site: Fenwick & Hale Solicitors, a small high-street firm of solicitors in Bridgnorth (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. An older hand-built, Joomla-like site:
a table-based page frame with a left-hand sub-menu cell, content in item-page divs or plain table cells,
an FAQ as a definition list and fee lists as tables.
"""

NAME = "Fenwick & Hale Solicitors"

_MENU = """<div id="topmenu">
<ul class="menu mainmenu">
<li class="item-101"><a href="/">Home</a></li>
<li class="item-102 deeper parent"><a href="/conveyancing/">Property</a>
<ul class="nav-child unstyled small">
<li class="item-121"><a href="/conveyancing/">Buying, Selling &amp; Remortgage</a></li>
<li class="item-122"><a href="/landlord-and-tenant/">Landlord &amp; Tenant Disputes</a></li>
</ul></li>
<li class="item-103 deeper parent"><a href="/wills-and-trusts/">Wills &amp; Estates</a>
<ul class="nav-child unstyled small">
<li class="item-131"><a href="/wills-and-trusts/">Wills &amp; Trusts</a></li>
<li class="item-132"><a href="/lasting-powers-of-attorney/">Lasting Powers of Attorney</a></li>
<li class="item-133"><a href="/probate/">Probate &amp; Estate Administration</a></li>
</ul></li>
<li class="item-104 deeper parent"><a href="/divorce-and-separation/">Family Law</a>
<ul class="nav-child unstyled small">
<li class="item-141"><a href="/divorce-and-separation/">Divorce &amp; Separation</a></li>
<li class="item-142"><a href="/child-arrangements/">Children &amp; Child Arrangements</a></li>
<li class="item-143"><a href="/family-mediation/">Family Mediation</a></li>
</ul></li>
<li class="item-105"><a href="/employment-law/">Employment</a></li>
<li class="item-106 deeper parent"><a href="/our-team/">About Us</a>
<ul class="nav-child unstyled small">
<li class="item-161"><a href="/our-team/">Our Team</a></li>
<li class="item-162"><a href="/fees-and-funding/">Fees &amp; Funding</a></li>
<li class="item-163"><a href="/free-consultation/">Free First Consultation</a></li>
<li class="item-164"><a href="/what-to-bring/">What to Bring &amp; ID Checks</a></li>
<li class="item-165"><a href="/complaints/">Complaints Procedure</a></li>
<li class="item-166"><a href="/faq/">FAQ</a></li>
</ul></li>
<li class="item-107 deeper parent"><a href="/find-us/">Contact</a>
<ul class="nav-child unstyled small">
<li class="item-171"><a href="/opening-hours-and-home-visits/">Opening Hours &amp; Home Visits</a></li>
<li class="item-172"><a href="/find-us/">Finding Us</a></li>
</ul></li>
</ul>
</div>"""

_SUBMENUS = {
    "property": (
        "Property Services",
        [("/conveyancing/", "Buying, Selling &amp; Remortgage"), ("/landlord-and-tenant/", "Landlord &amp; Tenant")],
    ),
    "private": (
        "Wills &amp; Estates",
        [
            ("/wills-and-trusts/", "Wills &amp; Trusts"),
            ("/lasting-powers-of-attorney/", "Lasting Powers of Attorney"),
            ("/probate/", "Probate &amp; Estates"),
        ],
    ),
    "family": (
        "Family Law",
        [
            ("/divorce-and-separation/", "Divorce &amp; Separation"),
            ("/child-arrangements/", "Child Arrangements"),
            ("/family-mediation/", "Family Mediation"),
        ],
    ),
    "employment": (
        "Employment Law",
        [("/employment-law/", "Employment Law for Employees"), ("/free-consultation/", "Free First Consultation")],
    ),
    "about": (
        "Client Information",
        [
            ("/our-team/", "Our Team"),
            ("/fees-and-funding/", "Fees &amp; Funding"),
            ("/free-consultation/", "Free First Consultation"),
            ("/what-to-bring/", "What to Bring"),
            ("/complaints/", "Complaints"),
            ("/faq/", "Frequently Asked Questions"),
        ],
    ),
    "contact": (
        "Contact Us",
        [
            ("/opening-hours-and-home-visits/", "Opening Hours &amp; Home Visits"),
            ("/find-us/", "Finding Us"),
            ("/free-consultation/", "Book a Consultation"),
        ],
    ),
}

_TESTIMONIALS = """<div class="moduletable testimonials">
<h3>What our clients say</h3>
<div class="testimonial"><p>&ldquo;Kept us informed every step of the way and never once made us feel silly
for asking questions. Would recommend to anyone.&rdquo;</p><p class="cite">&ndash; Mr &amp; Mrs B, Highley</p></div>
<div class="testimonial"><p>&ldquo;A very difficult time made so much easier by a kind and patient
team.&rdquo;</p><p class="cite">&ndash; Susan P, Broseley</p></div>
<div class="testimonial"><p>&ldquo;Straight talking, good value and they actually call you back!&rdquo;</p>
<p class="cite">&ndash; Google review, &#9733;&#9733;&#9733;&#9733;&#9733;</p></div>
<p class="readmore"><a href="https://www.google.com/maps">Read more reviews on Google</a></p>
</div>"""


def _sidebar(section, testimonials):
    title, links = _SUBMENUS[section]
    items = "\n".join(f'<li><a href="{href}">{label}</a></li>' for href, label in links)
    parts = [
        f'<div class="moduletable submenu"><h3>{title}</h3>\n<ul class="menu">\n{items}\n</ul>\n</div>',
        """<div class="moduletable callback">
<h3>Request a call back</h3>
<form action="#" method="post" class="callback-form">
<label>Name<br /><input type="text" name="cb_name" size="18" /></label><br />
<label>Telephone<br /><input type="text" name="cb_phone" size="18" /></label><br />
<input type="submit" class="button" value="Call me back" />
</form>
</div>""",
    ]
    if testimonials:
        parts.append(_TESTIMONIALS)
    parts.append("""<div class="moduletable badges">
<img src="/images/logos/law-society-cqs.gif" alt="Law Society Conveyancing Quality Scheme" width="150" /><br />
<img src="/images/logos/resolution.gif" alt="Resolution - first for family law" width="150" />
</div>""")
    return "\n".join(parts)


def _page(title, description, section, body, testimonials=False, crumb=None):
    crumb_html = (
        '<div class="breadcrumbs"><a href="/" class="pathway">Home</a> &raquo; <span>'
        + (crumb or title)
        + "</span></div>"
        if title != "Home"
        else ""
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en-gb" lang="en-gb" dir="ltr">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="solicitors Bridgnorth, Shropshire solicitors, conveyancing, wills, probate, divorce" />
<meta name="description" content="{description}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{title} - Fenwick &amp; Hale Solicitors, Bridgnorth</title>
<link href="/templates/fenwickhale/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link rel="stylesheet" href="/media/system/css/system.css" type="text/css" />
<link rel="stylesheet" href="/templates/fenwickhale/css/template.css" type="text/css" />
<link rel="stylesheet" href="/templates/fenwickhale/css/menu.css" type="text/css" />
<!--[if lte IE 7]><link rel="stylesheet" href="/templates/fenwickhale/css/ie7only.css" type="text/css" /><![endif]-->
<script type="text/javascript">
var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-1184532-1']); _gaq.push(['_trackPageview']);
</script>
</head>
<body class="site {section}">
<div id="cookie-notice" class="cookie-bar">This website uses cookies to help us understand how visitors use it.
By continuing to browse you agree to our use of cookies.
<a href="#" class="cookie-accept">OK, I understand</a></div>
<div id="wrapper">
<div id="header">
<table class="header-table" width="100%" cellpadding="0" cellspacing="0"><tr>
<td class="logo"><a href="/"><img src="/images/fenwick-hale-logo.png" alt="Fenwick &amp; Hale Solicitors"
 width="320" height="90" /></a><br /><span class="strapline">Solicitors in Bridgnorth since 1968</span></td>
<td class="header-contact" align="right">
<span class="phone">Call us: <a href="tel:01746762418">01746 762418</a></span><br />
<a class="button book-now" href="/free-consultation/">Book your free first consultation &raquo;</a>
</td></tr></table>
{_MENU}
</div>
<table class="layout" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr>
<td class="sidebar" valign="top" width="220">
{_sidebar(section, testimonials)}
</td>
<td class="maincontent" valign="top">
{crumb_html}
{body}
<div class="cta-strip"><p>Not sure where to start? <a class="button" href="/free-consultation/">Book a free
consultation</a> or call <a href="tel:01746762418">01746 762418</a>.</p></div>
</td>
</tr>
</table>
<table class="footer" width="100%" cellpadding="0" cellspacing="0"><tr>
<td valign="top" class="footer-col">
<h4>Fenwick &amp; Hale Solicitors</h4>
<p>27 Whitburn Street<br />Bridgnorth<br />Shropshire<br />WV16 4QN</p>
</td>
<td valign="top" class="footer-col">
<h4>Contact</h4>
<p>Tel: <a href="tel:01746762418">01746 762418</a><br />
Email: <a href="mailto:enquiries@fenwickhale.co.uk">enquiries@fenwickhale.co.uk</a><br />
Office hours: weekdays from 9am &ndash; <a href="/opening-hours-and-home-visits/">full opening hours</a></p>
</td>
<td valign="top" class="footer-col">
<h4>Follow us</h4>
<p><a href="https://www.facebook.com/fenwickhalesolicitors">Facebook</a> |
<a href="https://twitter.com/fenwickhale">Twitter</a> |
<a href="https://www.linkedin.com/company/fenwick-hale-solicitors">LinkedIn</a></p>
<p><a href="/complaints/">Complaints</a> | <a href="/fees-and-funding/">Fees</a> | <a href="#">Privacy</a></p>
</td>
</tr>
<tr><td colspan="3" class="copyright">
<p>&copy; 2026 Fenwick &amp; Hale Solicitors LLP, a limited liability partnership registered in England and Wales
(OC318840). Authorised and regulated by the Solicitors Regulation Authority, SRA number 612347. A list of members
is available at our registered office. Website by Severnside Web Design.</p>
</td></tr>
</table>
</div>
</body>
</html>
"""


_HOME = """<div class="item-page">
<h2 class="contentheading">Welcome to Fenwick &amp; Hale</h2>
<p>Fenwick &amp; Hale is an independent firm of solicitors on Whitburn Street in Bridgnorth. The practice was
founded in 1968 by Arthur Fenwick and has grown into a team of eight lawyers and support staff, but we are still
a proper high-street practice: you will speak to a real person when you ring, and the solicitor who takes on your
matter will be the one who sees it through.</p>
<p>We act for private individuals and families from Bridgnorth, Much Wenlock, Highley, Broseley, Alveley and the
surrounding villages, and increasingly for clients further afield who are happy to work with us by phone, post
and email.</p>
</div>
<table class="services-grid" width="100%" cellpadding="6" cellspacing="0">
<tr>
<td valign="top" width="33%"><h3><a href="/conveyancing/">Moving home?</a></h3>
<p>Buying, selling and remortgaging residential property, freehold and leasehold, with clear fixed fees.</p></td>
<td valign="top" width="33%"><h3><a href="/wills-and-trusts/">Planning ahead?</a></h3>
<p>Wills, trusts and <a href="/lasting-powers-of-attorney/">lasting powers of attorney</a> to protect you and
the people you care about.</p></td>
<td valign="top" width="33%"><h3><a href="/probate/">Lost a loved one?</a></h3>
<p>We can take on as much or as little of the estate administration as you would like.</p></td>
</tr>
<tr>
<td valign="top"><h3><a href="/divorce-and-separation/">Separating?</a></h3>
<p>Divorce, finances, <a href="/child-arrangements/">arrangements for children</a> and our in-house
<a href="/family-mediation/">family mediation</a> service.</p></td>
<td valign="top"><h3><a href="/employment-law/">Problems at work?</a></h3>
<p>Advice for employees on settlement agreements, dismissal and grievances.</p></td>
<td valign="top"><h3><a href="/landlord-and-tenant/">Renting?</a></h3>
<p>Help for private landlords and tenants when a tenancy goes wrong.</p></td>
</tr>
</table>
<div class="item-page">
<h3>Accredited and trusted</h3>
<p>The firm holds the Law Society&rsquo;s Conveyancing Quality Scheme accreditation and our family team are
members of Resolution, committed to resolving family disputes in a constructive, non-confrontational way.</p>
<p class="news"><strong>News:</strong> we are delighted to welcome Sophie Grant, who joined us as a trainee
solicitor in September. Read more about <a href="/our-team/">the team</a>.</p>
</div>"""

_CONVEYANCING = """<div class="item-page">
<h2 class="contentheading">Buying, Selling &amp; Remortgaging</h2>
<p>Our conveyancing department, led by partner Richard Fenwick, handles residential sales, purchases and
remortgages across England and Wales. We are on the panel of almost every high-street lender and building
society, so the same firm can usually act for you and your mortgage lender.</p>
<h3>Our fixed legal fees</h3>
<p>Our fees are fixed, whatever the amount of work, and are quoted below plus VAT at 20%.</p>
<table class="fees" border="1" cellpadding="4" cellspacing="0">
<tr><th>Transaction</th><th>Up to &pound;250,000</th><th>&pound;250,001 &ndash; &pound;500,000</th>
<th>&pound;500,001 &ndash; &pound;1m</th></tr>
<tr><td>Purchase (freehold)</td><td>&pound;950</td><td>&pound;1,150</td><td>&pound;1,450</td></tr>
<tr><td>Sale (freehold)</td><td>&pound;850</td><td>&pound;995</td><td>&pound;1,250</td></tr>
<tr><td>Remortgage</td><td colspan="3">&pound;550 regardless of value</td></tr>
</table>
<table class="fees" border="1" cellpadding="4" cellspacing="0">
<tr><th>Supplements</th><th>Fee (plus VAT)</th></tr>
<tr><td>Leasehold property</td><td>&pound;350</td></tr>
<tr><td>New-build property</td><td>&pound;250</td></tr>
<tr><td>Unregistered land</td><td>&pound;150</td></tr>
<tr><td>Lifetime ISA or Help to Buy ISA (each)</td><td>&pound;75</td></tr>
<tr><td>Stamp Duty Land Tax return</td><td>&pound;95</td></tr>
<tr><td>Bank transfer (per transfer)</td><td>&pound;40</td></tr>
</table>
<p>Property over &pound;1 million: please ask for a quote. Disbursements are paid to third parties on your
behalf and are extra: on a typical purchase the search pack costs about &pound;310 and the Land Registry fee
depends on the price.</p>
<h3>If your move falls through</h3>
<p>If your sale or purchase falls through before exchange of contracts for reasons outside your control, we
charge only half of our agreed fee, plus any disbursements already paid.</p>
<h3>How long will it take?</h3>
<p>A straightforward purchase or sale in a chain typically takes 10 to 14 weeks from instruction to
completion; leasehold and new-build can take longer. A remortgage usually completes in 4 to 6 weeks once we
receive the lender&rsquo;s offer. We will give you a direct line and email for the person handling your
file, and we update you at every milestone &ndash; searches back, enquiries answered, exchange and
completion.</p>
<p>For a written quote, call us or use the call-back form. We do not charge for quotations.</p>
</div>"""

_WILLS = """<div class="item-page">
<h2 class="contentheading">Wills &amp; Trusts</h2>
<p>Making a will is the only way to be sure your estate goes to the people you choose. Without one, the
intestacy rules decide who inherits &ndash; and an unmarried partner gets nothing at all. A will also lets you
appoint guardians for young children and choose who will deal with your affairs.</p>
<p>Our private client team is led by senior partner Margaret Hale, a full member of STEP (the Society of Trust
and Estate Practitioners).</p>
<h3>Our will fees</h3>
<table class="fees" border="1" cellpadding="4" cellspacing="0">
<tr><th>Service</th><th>Fixed fee (plus VAT)</th></tr>
<tr><td>Single will</td><td>&pound;195</td></tr>
<tr><td>Mirror wills for a couple (two wills in matching terms)</td><td>&pound;295</td></tr>
<tr><td>Will including a property protection or life interest trust</td><td>from &pound;450</td></tr>
<tr><td>Codicil (a small change to an existing will)</td><td>&pound;95</td></tr>
</table>
<h3>How it works</h3>
<p>After an initial meeting to take your instructions, we send you a draft will within 10 working days. Once
you are happy with it, you sign it with two independent witnesses present; we provide the witnesses in the
office. Remember that in England and Wales getting married or entering a civil partnership cancels an existing
will, so you may need a new one.</p>
<h3>Safe keeping of your will</h3>
<p>We keep the signed original free of charge in our fireproof strongroom for as long as you like and give you
a copy for your records. Please do not keep the original at home where it can be lost or damaged: your
executors can collect it from us when the time comes.</p>
<h3>Trusts</h3>
<p>We also set up and administer discretionary trusts, trusts for disabled beneficiaries, life interest trusts
and trusts for grandchildren. Trust work outside a will is charged at our hourly rates, and we will always give
you an estimate first.</p>
</div>"""

_LPA = """<table class="contentpaneopen">
<tr><td class="contentheading" width="100%">Lasting Powers of Attorney</td></tr>
</table>
<table class="contentpaneopen">
<tr><td valign="top">
<p>A lasting power of attorney (LPA) is a legal document that lets you choose people you trust (your
attorneys) to make decisions for you if you become unable to make them yourself, for example after an accident
or because of dementia. It can only be made while you still have the mental capacity to understand it.</p>
<p>There are two types:</p>
<ul>
<li><strong>Property and financial affairs</strong> &ndash; paying bills, dealing with the bank, collecting
pensions and selling the house. With your consent this one can be used straight away.</li>
<li><strong>Health and welfare</strong> &ndash; decisions about care, where you live, medical treatment and
life-sustaining treatment. It can only be used once you lack capacity.</li>
</ul>
<h3>Our fees</h3>
<table class="fees" border="1" cellpadding="4" cellspacing="0">
<tr><th>Service</th><th>Our fee (plus VAT)</th></tr>
<tr><td>One LPA (either type)</td><td>&pound;395</td></tr>
<tr><td>Both LPAs for one person</td><td>&pound;595</td></tr>
<tr><td>Both LPAs for a couple (four documents)</td><td>&pound;950</td></tr>
</table>
<p>The Office of the Public Guardian (OPG) charges a registration fee of &pound;92 for each LPA on top of our
fee. People on certain means-tested benefits may be exempt, and those on a low income can apply for half
the fee back.</p>
<p>Our fee includes preparing the documents, acting as certificate provider to confirm that you understand
what you are signing and are not under pressure, and registering the LPAs. The OPG currently takes around
16 to 20 weeks to register an LPA, so it is wise not to leave it until there is a crisis.</p>
<h3>When it is too late for an LPA</h3>
<p>If a family member has already lost the capacity to make an LPA, you will need to apply to the Court of
Protection to be appointed as their deputy. This is a longer and more expensive process, with an application
fee of &pound;371, and deputies are supervised by the OPG each year. We can help you with the application and
your deputyship duties, charged at our hourly rates.</p>
</td></tr>
</table>"""

_PROBATE = """<div class="item-page">
<h2 class="contentheading">Probate &amp; Estate Administration</h2>
<p>When someone dies, their executors (or, if there is no will, their next of kin) must collect in the
estate, pay any debts and tax, and pass what is left to the people entitled to it. Most estates need a grant of
probate (or letters of administration) before banks and the Land Registry will release assets. It can be a lot
to take on while you are grieving, and as executor you are personally responsible if mistakes are made.</p>
<h3>Two ways we can help</h3>
<table class="fees" border="1" cellpadding="4" cellspacing="0">
<tr><th>Service</th><th>What&rsquo;s included</th><th>Fee (plus VAT)</th></tr>
<tr><td>Grant-only service</td><td>We value nothing and collect nothing: you give us the figures, we prepare the
inheritance tax paperwork and probate application and obtain the grant. You then deal with the rest
yourself.</td><td>&pound;1,250 fixed</td></tr>
<tr><td>Full estate administration</td><td>We deal with everything from start to finish: valuing and
collecting assets, paying debts, tax returns, selling or transferring property and distributing the
estate.</td><td>Hourly rates; most straightforward estates cost between &pound;3,000 and &pound;7,500</td></tr>
</table>
<p>The probate registry fee of &pound;300 (for estates over &pound;5,000) is payable in addition, as are
disbursements such as Gazette notices, bankruptcy searches and copy grants.</p>
<h3>How long does it take?</h3>
<p>Currently it takes around 12 to 16 weeks from submitting the application to receiving the grant. A
straightforward estate with no property to sell is usually completed and the money paid out to beneficiaries
within 9 to 12 months of the death. If a house has to be sold, or inheritance tax is payable, it can take
longer.</p>
<h3>The first few days</h3>
<p>A death should be registered within five days. Before meeting us, please do not pay out anything from the
deceased&rsquo;s accounts other than funeral costs, and do not distribute any belongings. If you are unsure
whether you are an executor, or whether a will exists, we can search our strongroom and the national will
register for you.</p>
</div>"""

_DIVORCE = """<div class="item-page">
<h2 class="contentheading">Divorce &amp; Separation</h2>
<p>Since April 2022 divorce in England and Wales has been &ldquo;no fault&rdquo;: neither of you has to blame
the other or prove adultery or unreasonable behaviour. One of you (or both together) simply states that the
marriage has broken down irretrievably. The same process applies to ending a civil partnership.</p>
<h3>The timetable</h3>
<p>There is a minimum of 20 weeks between the application being issued and the conditional order (formerly the
decree nisi). After that you must wait a further six weeks and one day before applying for the final order
which ends the marriage. In practice most divorces take six to eight months, and we usually advise waiting
for the final order until the finances are settled in a court order.</p>
<h3>Fees</h3>
<table class="fees" border="1" cellpadding="4" cellspacing="0">
<tr><th>Service</th><th>Our fee (plus VAT)</th></tr>
<tr><td>Divorce application where the other party cooperates</td><td>&pound;650 fixed</td></tr>
<tr><td>Financial consent order (agreement already reached)</td><td>&pound;850 fixed</td></tr>
<tr><td>Disputed financial settlement</td><td>hourly rates, estimate given at the outset</td></tr>
</table>
<p>The court fee for a divorce application is &pound;612 and is payable in addition. A consent order
application costs a further &pound;60 in court fees.</p>
<h3>Money and property</h3>
<p>Divorce itself does not deal with money. We help couples reach a fair split of the house, savings and
pensions, through negotiation, <a href="/family-mediation/">mediation</a> or, if needed, the court. If you
were not married, the law is very different: cohabiting partners have no automatic claims against each other,
and disputes about a jointly owned home are dealt with under property law. We can advise on both.</p>
<h3>If you are at risk</h3>
<p>If you are experiencing domestic abuse, we can apply urgently to court for a non-molestation order or an
occupation order, often on the same day. Please tell us when you call that the matter is urgent. In an
emergency always dial 999.</p>
</div>"""

_CHILDREN = """<div class="item-page">
<h2 class="contentheading">Children &amp; Child Arrangements</h2>
<p>Most separated parents agree between themselves where the children will live and how much time they will
spend with each parent. When that is not possible, we can negotiate on your behalf, and as a last resort apply
to the family court for a child arrangements order, which sets out who a child lives with and when they spend
time with the other parent.</p>
<h3>Before going to court</h3>
<p>Before you can apply for a child arrangements order you must normally attend a Mediation Information and
Assessment Meeting (MIAM), unless an exemption applies, for example where there has been domestic abuse or
the matter is urgent. The court application (form C100) carries a court fee of &pound;263.</p>
<h3>Parental responsibility</h3>
<p>Parental responsibility means the right to be involved in major decisions such as schooling, religion and
medical treatment. Mothers have it automatically, as do fathers married to the mother at the birth. An
unmarried father has parental responsibility if he is named on the birth certificate for a birth registered
after 1 December 2003. Otherwise he can obtain it by a signed agreement with the mother or by a court order.
Grandparents and other relatives need the court&rsquo;s permission before applying for an order.</p>
<h3>Holidays and moving abroad</h3>
<p>You need the written consent of everyone with parental responsibility, or a court order, before taking a
child out of the UK. The one exception is that a parent named in a child arrangements order as the person
the child lives with may take the child abroad for up to 28 days without consent. If the other parent
refuses to agree to a holiday, you can apply for a specific issue order. Moving abroad permanently always
needs consent or the court&rsquo;s permission.</p>
<p>Our family team is led by Priya Sandhu, a Resolution accredited specialist in children law.</p>
</div>"""

_MEDIATION = """<table class="contentpaneopen">
<tr><td class="contentheading" width="100%">Family Mediation</td></tr>
</table>
<table class="contentpaneopen">
<tr><td valign="top">
<p>Mediation helps separating couples work out arrangements for their children, property and finances with
the help of a trained, impartial mediator, rather than each paying solicitors to argue it out or leaving a
judge to decide. It is usually quicker, cheaper and less stressful, and the decisions stay with you.</p>
<p>Our mediator, Helen Marsh, is accredited by the Family Mediation Council. Because she is neutral she
cannot give legal advice to either of you, and once you have mediated with us neither of you can instruct
our family solicitors in the same dispute.</p>
<h3>How it works</h3>
<p>Each of you first has a separate meeting with the mediator (the MIAM), which lasts about 45 minutes. If
mediation is suitable and you both agree, you then attend joint sessions of around 90 minutes. Most couples
need between three and five sessions. At the end the mediator writes up what you have agreed; financial
agreements can then be turned into a binding court order.</p>
<h3>Costs</h3>
<table class="fees" border="1" cellpadding="4" cellspacing="0">
<tr><th>Stage</th><th>Cost per person</th></tr>
<tr><td>MIAM (individual first meeting)</td><td>&pound;120 including VAT</td></tr>
<tr><td>Joint session (90 minutes)</td><td>&pound;195 including VAT</td></tr>
<tr><td>Drafting the memorandum of understanding</td><td>&pound;250 including VAT</td></tr>
</table>
<p>If your mediation is about arrangements for children, you may be eligible for the government&rsquo;s Family
Mediation Voucher Scheme, which contributes up to &pound;500 towards the cost. Helen will check whether you
qualify at your MIAM.</p>
<h3>When sessions take place</h3>
<p>We know many parents work full time, so as well as daytime appointments, mediation sessions are held on
Tuesday and Thursday evenings until 8pm. Sessions can take place in our quiet first-floor meeting room, with
separate waiting areas if needed, or online over Zoom, which suits couples who live far apart or would rather
not be in the same room.</p>
</td></tr>
</table>"""

_EMPLOYMENT = """<div class="item-page">
<h2 class="contentheading">Employment Law for Employees</h2>
<p>We advise employees (not employers) on problems at work. Tom Eccles heads our employment work and will
tell you frankly whether you have a claim worth pursuing.</p>
<h3>Settlement agreements</h3>
<p>If your employer offers you a payment to leave, or to settle a dispute, it will usually be set out in a
settlement agreement. For the agreement to be legally binding you must receive advice from an independent
solicitor, who signs a certificate to confirm it. We explain what you are giving up, check the sums and
the tax treatment, and, where it is worth it, negotiate a better package or a reference.</p>
<p>Employers almost always contribute towards your legal fees, typically between &pound;350 and &pound;500
plus VAT. In the great majority of cases we keep our fee within the employer&rsquo;s contribution, so the
advice costs you nothing. We can usually see you, or speak by phone, within two working days, as these
agreements often come with a deadline.</p>
<h3>Unfair dismissal</h3>
<p>To bring an ordinary unfair dismissal claim you normally need at least two years&rsquo; continuous
service with your employer. There is no qualifying period where the dismissal is because of
discrimination, pregnancy, whistleblowing, or raising health and safety concerns, and we will check whether
one of these applies. If you resigned because of your employer&rsquo;s serious breach of contract you may have
a claim for constructive dismissal.</p>
<h3>Strict time limits</h3>
<p>Before making a tribunal claim you must contact ACAS for early conciliation, and this must be done within
three months less one day of the dismissal or the act complained of. Missing the deadline will usually end
your claim, so please contact us straight away. There is currently no fee to issue an employment tribunal
claim.</p>
<h3>Other problems at work</h3>
<p>We also help with grievances, disciplinary hearings, redundancy payments, unpaid wages and holiday pay, and
reviewing a new contract of employment before you sign it.</p>
</div>"""

_LANDLORD = """<div class="item-page">
<h2 class="contentheading">Landlord &amp; Tenant Disputes</h2>
<p>We act for private landlords with one or a handful of properties, and for tenants, when a residential
tenancy goes wrong.</p>
<h3>For landlords: rent arrears and possession</h3>
<p>Since the Renters&rsquo; Rights Act came into force on 1 May 2026, landlords can no longer use
&ldquo;no fault&rdquo; section 21 notices. To recover possession you must rely on one of the grounds in
section 8, such as serious rent arrears, selling the property or moving back in yourself. Getting the notice
right is essential: a defective notice means starting again.</p>
<table class="fees" border="1" cellpadding="4" cellspacing="0">
<tr><th>Service for landlords</th><th>Fee (plus VAT)</th></tr>
<tr><td>Preparing and serving a section 8 notice</td><td>&pound;250 fixed</td></tr>
<tr><td>Undefended possession claim to the hearing</td><td>from &pound;950, plus the court fee</td></tr>
<tr><td>Instructing county court bailiffs after a possession order</td><td>&pound;195 fixed</td></tr>
</table>
<p>Defended claims are charged at our hourly rates. Never change the locks or remove a tenant&rsquo;s
belongings yourself: an unlawful eviction is a criminal offence.</p>
<h3>For tenants: deposits and disrepair</h3>
<p>A landlord who takes a deposit must protect it in a government-approved scheme within 30 days and give you
the prescribed information. If that was not done, you can claim compensation of between one and three times
the deposit, on top of getting the deposit back. We can write to your landlord and, if necessary, issue a
claim.</p>
<p>If your home is in poor repair &ndash; damp, leaking roofs, broken heating &ndash; and your landlord has
not acted after being told, we can help you bring a disrepair claim for the work to be done and compensation.
Keep photographs and copies of every message you send reporting the problem.</p>
</div>"""

_TEAM = """<div class="item-page">
<h2 class="contentheading">Meet the Team</h2>
<table class="team" width="100%" cellpadding="6" cellspacing="0">
<tr><td valign="top" width="120"><img src="/images/team/margaret-hale.jpg" alt="Margaret Hale" width="110" /></td>
<td valign="top"><h3>Margaret Hale &ndash; Senior Partner</h3>
<p>Margaret qualified in 1991 and heads our wills, trusts, probate and powers of attorney work. She is a full
member of STEP and a trained Dementia Friend. Margaret is also the firm&rsquo;s client care partner.</p></td></tr>
<tr><td valign="top"><img src="/images/team/richard-fenwick.jpg" alt="Richard Fenwick" width="110" /></td>
<td valign="top"><h3>Richard Fenwick &ndash; Partner</h3>
<p>The grandson of our founder, Richard qualified in 2002 and runs the conveyancing department. Outside work
he is a volunteer on the Severn Valley Railway.</p></td></tr>
<tr><td valign="top"><img src="/images/team/priya-sandhu.jpg" alt="Priya Sandhu" width="110" /></td>
<td valign="top"><h3>Priya Sandhu &ndash; Associate Solicitor</h3>
<p>Priya heads the family team, dealing with divorce, finances and children. She is a Resolution accredited
specialist and a trained collaborative lawyer. Priya speaks Punjabi and Hindi and is happy to meet clients
in either language.</p></td></tr>
<tr><td valign="top"><img src="/images/team/tom-eccles.jpg" alt="Tom Eccles" width="110" /></td>
<td valign="top"><h3>Tom Eccles &ndash; Solicitor</h3>
<p>Tom qualified in 2018 and advises on employment law and landlord and tenant disputes. He previously
worked at a Citizens Advice bureau in Telford.</p></td></tr>
<tr><td valign="top"><img src="/images/team/helen-marsh.jpg" alt="Helen Marsh" width="110" /></td>
<td valign="top"><h3>Helen Marsh &ndash; Family Mediator</h3>
<p>Helen is an accredited family mediator with more than fifteen years&rsquo; experience, and is approved to
consult directly with children aged ten and over during mediation.</p></td></tr>
<tr><td valign="top"><img src="/images/team/karen-doyle.jpg" alt="Karen Doyle" width="110" /></td>
<td valign="top"><h3>Karen Doyle &ndash; Senior Conveyancing Executive</h3>
<p>Karen has worked in conveyancing for over twenty years and will often be your day-to-day contact on a
sale or purchase.</p></td></tr>
<tr><td valign="top"><img src="/images/team/sophie-grant.jpg" alt="Sophie Grant" width="110" /></td>
<td valign="top"><h3>Sophie Grant &ndash; Trainee Solicitor</h3>
<p>Sophie joined us in September 2026 after her law degree at Keele and is spending her first seat in the
private client team.</p></td></tr>
<tr><td valign="top"><img src="/images/team/janet-pugh.jpg" alt="Janet Pugh" width="110" /></td>
<td valign="top"><h3>Janet Pugh &ndash; Office Manager</h3>
<p>Janet is usually the friendly voice on reception. She manages appointments and accounts, and is a Welsh
speaker.</p></td></tr>
</table>
</div>"""

_FEES = """<div class="item-page">
<h2 class="contentheading">Fees &amp; Funding</h2>
<p>We believe you should know what legal help will cost before you commit to it. Many of our services have
fixed fees, which you will find on the page for each service. Where work cannot sensibly be fixed, we charge
by the hour and give you a written estimate in our client care letter, which we update if things change.</p>
<h3>Hourly rates</h3>
<table class="fees" border="1" cellpadding="4" cellspacing="0">
<tr><th>Grade of fee earner</th><th>Hourly rate (plus VAT)</th></tr>
<tr><td>Partner</td><td>&pound;265</td></tr>
<tr><td>Associate solicitor</td><td>&pound;230</td></tr>
<tr><td>Solicitor</td><td>&pound;195</td></tr>
<tr><td>Trainee solicitor, paralegal or conveyancing executive</td><td>&pound;130</td></tr>
</table>
<p>Letters and emails are charged in units of six minutes. These rates apply from 1 April 2026 and are
reviewed each April.</p>
<h3>Legal aid</h3>
<p>We do not hold a legal aid contract, so we cannot take on any work funded by legal aid. If you think you
might qualify, you can check your eligibility and find a legal aid solicitor through the GOV.UK
&ldquo;Find a legal aid adviser&rdquo; service or by calling Civil Legal Advice on 0345 345 4345.</p>
<h3>Other ways to fund your case</h3>
<p>Before you instruct us, check your home and car insurance policies: many include legal expenses cover
that will pay for employment or property disputes. Trade union members may also be entitled to free legal
help. We are happy to deal with the insurer for you.</p>
<h3>Paying us</h3>
<ul>
<li>For hourly-rate work we ask for money on account, usually &pound;500, before we start.</li>
<li>On longer matters we send an interim bill each month; bills are payable within 14 days.</li>
<li>You can pay by bank transfer or debit card, in the office or over the phone. We do not accept credit
cards or cash payments over &pound;500.</li>
<li>For family cases we can agree a monthly instalment plan with you.</li>
</ul>
<p><strong>Beware of bank detail fraud:</strong> we will never tell you by email that our bank details have
changed. Always ring us on a number you know before sending money.</p>
</div>"""

_CONSULTATION = """<div class="item-page">
<h2 class="contentheading">Free First Consultation</h2>
<p>We offer everyone a free first consultation of up to 30 minutes with a solicitor, with no obligation to
instruct us. It is a chance to explain your situation, hear your options in plain English and find out what
the next steps and likely costs would be.</p>
<h3>How the free consultation works</h3>
<ul>
<li>It can take place face to face at our office, over the telephone, or by video call on Microsoft Teams,
whichever suits you. Phone and video appointments are ideal if you work away or cannot easily travel.</li>
<li>It is available for family, employment, landlord and tenant, wills, powers of attorney and probate
matters. For conveyancing we provide a free written quote instead.</li>
<li>You are welcome to bring a friend or relative along for support.</li>
<li>The free half hour is for initial advice; it does not include reading through lengthy documents or
writing to the other side.</li>
</ul>
<h3>Booking</h3>
<p>To book, ring reception on 01746 762418, email us, or use the call-back form on this page. Please give us
the names of everyone involved, including the other party in a dispute, so that we can check there is no
conflict of interest before you come in. We can usually offer an appointment within a week, and for
urgent matters much sooner.</p>
<h3>Changing or cancelling</h3>
<p>If you cannot make your appointment, please let us know at least 24 hours beforehand so that we can offer
the time to someone else. There is no charge for cancelling, but if an appointment is missed twice without
notice we may ask for a &pound;50 deposit, refunded when you attend, before booking again.</p>
</div>"""

_BRING = """<div class="item-page">
<h2 class="contentheading">What to Bring &amp; Identity Checks</h2>
<p>Like all solicitors, we are required by the Money Laundering Regulations to confirm the identity and
address of every new client before we can act. This is a legal requirement and applies to everyone, even if
we have known you for years.</p>
<h3>Proof of identity and address</h3>
<ul>
<li>One photo ID: a current passport or photocard driving licence; and</li>
<li>One proof of address dated within the last three months: a utility bill, council tax bill, or bank or
building society statement. Mobile phone bills are not accepted.</li>
</ul>
<p>If you do not have a passport or driving licence, please do not worry. We can usually accept your birth
certificate together with a photo Blue Badge, an older person&rsquo;s bus pass, or a recent letter from the
DWP about your pension or benefits. Please ring us first so we can confirm what will work for you.</p>
<h3>Electronic ID checks</h3>
<p>For most new matters we also run an electronic check using the Thirdfort app on your smartphone, which
takes about ten minutes. The fee is &pound;12 plus VAT per person. If you cannot use a smartphone we will check
your documents in the office instead.</p>
<h3>Source of funds</h3>
<p>If you are buying a property, we must see evidence of where your deposit has come from, usually six
months of bank statements. Gifts from family need a signed gifted deposit form and ID from the person giving
the money.</p>
<h3>Documents for your first meeting</h3>
<ul>
<li><strong>Divorce or separation:</strong> your marriage certificate and any recent financial information.</li>
<li><strong>Employment:</strong> your contract, recent payslips, and any letters from your employer.</li>
<li><strong>Probate:</strong> the death certificate, the will if you have it, and recent bank statements.</li>
<li><strong>Wills:</strong> a list of your main assets and the full names and addresses of your executors.</li>
</ul>
<p>If you are sending documents by post, please send certified copies rather than originals.</p>
</div>"""

_COMPLAINTS = """<table class="contentpaneopen">
<tr><td class="contentheading" width="100%">Complaints Procedure</td></tr>
</table>
<table class="contentpaneopen">
<tr><td valign="top">
<p>We are committed to providing a high-quality legal service to all our clients. If something has gone
wrong, or you are unhappy with our service or our bill, please tell us so that we can put it right.</p>
<h3>Step 1: Raise it with your lawyer</h3>
<p>Many concerns can be sorted out quickly by speaking to the person dealing with your matter.</p>
<h3>Step 2: Make a formal complaint</h3>
<p>If that does not resolve things, or you would rather not raise it with them, please write or email to
Margaret Hale, our client care partner, at 27 Whitburn Street, Bridgnorth WV16 4QN or
<a href="mailto:complaints@fenwickhale.co.uk">complaints@fenwickhale.co.uk</a>. We will:</p>
<ol>
<li>acknowledge your complaint within three working days;</li>
<li>investigate it, which may include asking to meet or speak with you; and</li>
<li>send you our full written response within eight weeks of receiving your complaint.</li>
</ol>
<p>Making a complaint will not affect how we handle your matter.</p>
<h3>Step 3: The Legal Ombudsman</h3>
<p>If you are still not satisfied with our final response, or we have not resolved your complaint within
eight weeks, you can ask the Legal Ombudsman to look at it, free of charge. You must normally contact the
Ombudsman within six months of our final response, and no more than one year from the problem happening
(or from when you should have realised there was a problem).</p>
<p>Legal Ombudsman, PO Box 6167, Slough SL1 0EH. Telephone 0300 555 0333.
Website: <a href="https://www.legalombudsman.org.uk">www.legalombudsman.org.uk</a>.</p>
<h3>Complaints about our bill</h3>
<p>If your complaint is about our bill, you may also be able to apply to the court for an assessment of the
bill under Part III of the Solicitors Act 1974. The Ombudsman may not consider a bill complaint if you have
already applied to court.</p>
<h3>Professional conduct</h3>
<p>If you are concerned about our behaviour, such as dishonesty or taking or losing your money, you can raise
it with the Solicitors Regulation Authority at <a href="https://www.sra.org.uk">www.sra.org.uk</a>.</p>
</td></tr>
</table>"""

_HOURS = """<div class="item-page">
<h2 class="contentheading">Opening Hours &amp; Home Visits</h2>
<table class="hours" border="1" cellpadding="4" cellspacing="0">
<tr><th>Day</th><th>Office open</th></tr>
<tr><td>Monday to Thursday</td><td>9.00am &ndash; 5.15pm</td></tr>
<tr><td>Friday</td><td>9.00am &ndash; 4.30pm</td></tr>
<tr><td>Saturday</td><td>9.30am &ndash; 12 noon on the first and third Saturday of each month, by
appointment only</td></tr>
<tr><td>Sunday</td><td>Closed</td></tr>
</table>
<p>Our telephone lines open at 8.45am. The office is closed on bank holidays and from Christmas Eve until
New Year&rsquo;s Day inclusive; urgent messages left over the Christmas closure are checked daily.</p>
<p>On the Saturday mornings we are open, appointments are mainly for people who cannot get away from work
in the week, and for signing wills and collecting documents. The reception desk is not staffed for
drop-in enquiries on Saturdays.</p>
<h3>Home, hospital and care home visits</h3>
<p>If you, or the person who needs our help, cannot easily get to the office because of illness, disability or
frailty, one of our private client team can visit at home, in hospital or in a care home. Visits are
most often to make a will, sign lasting powers of attorney, or to go through an estate with a bereaved
relative.</p>
<ul>
<li>Visits within 10 miles of Bridgnorth are free of charge.</li>
<li>Beyond 10 miles we charge a flat &pound;60 plus VAT travel fee per visit.</li>
<li>Visits take place on weekdays between 10am and 4pm.</li>
</ul>
<p>When booking a home visit for someone else, please let us know if they have any hearing or sight
difficulties. For a will or LPA we will need to speak to the person themselves, alone, so that we can be
satisfied that the instructions are their own.</p>
</div>"""

_FIND = """<div class="item-page">
<h2 class="contentheading">Finding Us</h2>
<p>Our office is at <strong>27 Whitburn Street, Bridgnorth, Shropshire WV16 4QN</strong>, in High Town,
between the Post Office and the Whitburn Street entrance to the Town Hall. Look for the green door with our
brass plate.</p>
<div class="map"><iframe src="about:blank" width="100%" height="280" title="Map of our office"></iframe></div>
<h3>Parking</h3>
<p>We do not have our own car park. The nearest is the Innage Lane car park (pay and display, long stay),
about four minutes&rsquo; walk away. There are two Blue Badge disabled bays directly outside the office, and
limited one-hour on-street parking on Whitburn Street itself. On market days (Saturdays and Mondays) parking
in High Town fills up early, so allow extra time.</p>
<h3>By bus and train</h3>
<p>The 436 and 297 buses from Shrewsbury, Telford and Kidderminster stop on Bridgnorth High Street, two
minutes&rsquo; walk away. The nearest mainline railway station is Telford Central, about 25 minutes by car.</p>
<h3>Accessibility</h3>
<p>The front entrance has a step. For step-free access, please use our rear entrance from Listley Street,
which leads to the ground floor meeting rooms; ring the bell and we will come to meet you. We have a hearing
loop on reception and in the main meeting room, and an accessible toilet on the ground floor.</p>
<p>If you have a particular access need, let us know when you book and we will do whatever we can to help.</p>
</div>"""

_FAQ = """<div class="item-page">
<h2 class="contentheading">Frequently Asked Questions</h2>
<dl class="faq">
<dt>Do I have to live locally to use you?</dt>
<dd><p>No. Although most of our clients live in Shropshire, we act for people all over England and Wales.
Much of our work can be done entirely by phone, email and post.</p></dd>
<dt>Will I deal with the same person throughout?</dt>
<dd><p>Yes. You will be given the name of the solicitor responsible for your matter and of the partner who
supervises them. If your lawyer is away, a named colleague will cover.</p></dd>
<dt>Can my husband or wife and I use the same solicitor for our divorce?</dt>
<dd><p>No. A solicitor cannot act for both sides in a divorce or separation because your interests conflict.
We can act for one of you, and the other will need to see a different firm.</p></dd>
<dt>Do you deal with criminal cases, motoring offences or personal injury claims?</dt>
<dd><p>No. We do not handle criminal law, including speeding and other driving offences, or personal injury
claims. We are happy to give you the names of local specialists who do.</p></dd>
<dt>Do you work on a no win, no fee basis?</dt>
<dd><p>No, we do not offer no win, no fee agreements on any type of case.</p></dd>
<dt>How long do you keep my file?</dt>
<dd><p>We keep files for at least six years after a matter ends, after which they are securely destroyed.
Important original documents are returned to you when your matter ends.</p></dd>
<dt>Can you hold my house deeds?</dt>
<dd><p>Most property is now registered electronically at HM Land Registry, so paper deeds are rarely needed.
We can still store old deeds for you free of charge if you would like us to.</p></dd>
<dt>I have been sent papers from the court. What should I do?</dt>
<dd><p>Do not ignore them: court papers usually have a short deadline for replying. Call us as soon as you
receive them and tell reception the date on the papers.</p></dd>
</dl>
</div>"""

HTML = {
    "/": _page(
        "Home",
        "Fenwick &amp; Hale, friendly high-street solicitors in Bridgnorth, Shropshire.",
        "about",
        _HOME,
        testimonials=True,
    ),
    "/conveyancing/": _page(
        "Conveyancing",
        "Fixed fee conveyancing in Bridgnorth: buying, selling and remortgaging.",
        "property",
        _CONVEYANCING,
        testimonials=True,
        crumb="Property &raquo; Buying, Selling &amp; Remortgage",
    ),
    "/wills-and-trusts/": _page(
        "Wills &amp; Trusts",
        "Wills, mirror wills and trusts prepared by Bridgnorth solicitors, with free will storage.",
        "private",
        _WILLS,
        testimonials=True,
    ),
    "/lasting-powers-of-attorney/": _page(
        "Lasting Powers of Attorney",
        "Lasting powers of attorney for property and financial affairs and for health and welfare.",
        "private",
        _LPA,
    ),
    "/probate/": _page(
        "Probate &amp; Estate Administration",
        "Probate and estate administration: grant-only service or full administration.",
        "private",
        _PROBATE,
        testimonials=True,
    ),
    "/divorce-and-separation/": _page(
        "Divorce &amp; Separation",
        "No fault divorce, financial settlements and separation advice.",
        "family",
        _DIVORCE,
    ),
    "/child-arrangements/": _page(
        "Children &amp; Child Arrangements",
        "Child arrangements orders, parental responsibility and taking children abroad.",
        "family",
        _CHILDREN,
    ),
    "/family-mediation/": _page(
        "Family Mediation",
        "Family mediation in Bridgnorth and online with an accredited mediator.",
        "family",
        _MEDIATION,
        testimonials=True,
    ),
    "/employment-law/": _page(
        "Employment Law",
        "Employment law for employees: settlement agreements, unfair dismissal and more.",
        "employment",
        _EMPLOYMENT,
    ),
    "/landlord-and-tenant/": _page(
        "Landlord &amp; Tenant",
        "Help for private landlords and tenants: possession, rent arrears, deposits and disrepair.",
        "property",
        _LANDLORD,
    ),
    "/our-team/": _page(
        "Our Team",
        "Meet the solicitors and staff at Fenwick &amp; Hale.",
        "about",
        _TEAM,
    ),
    "/fees-and-funding/": _page(
        "Fees &amp; Funding",
        "Our hourly rates, fixed fees, payment options and funding.",
        "about",
        _FEES,
    ),
    "/free-consultation/": _page(
        "Free First Consultation",
        "Book a free 30 minute first consultation with a solicitor.",
        "about",
        _CONSULTATION,
        testimonials=True,
    ),
    "/what-to-bring/": _page(
        "What to Bring",
        "Identity checks and the documents to bring to your first appointment.",
        "about",
        _BRING,
    ),
    "/complaints/": _page(
        "Complaints Procedure",
        "How to complain and how to contact the Legal Ombudsman.",
        "about",
        _COMPLAINTS,
    ),
    "/opening-hours-and-home-visits/": _page(
        "Opening Hours &amp; Home Visits",
        "Office opening hours, Saturday appointments and home visits.",
        "contact",
        _HOURS,
    ),
    "/find-us/": _page(
        "Finding Us",
        "How to find our office in High Town, Bridgnorth: parking, buses and access.",
        "contact",
        _FIND,
    ),
    "/faq/": _page(
        "FAQ",
        "Answers to common questions about using Fenwick &amp; Hale.",
        "about",
        _FAQ,
    ),
}

QUESTIONS = [
    (
        "Hiya, we've just had our offer accepted on a 3 bed semi for £285,000, first time buyers, "
        "how much do you charge to do the legal side of buying it?",
        "/conveyancing/",
    ),
    ("how long does a remortgage normally take with you lot", "/conveyancing/"),
    (
        "Mum and Dad want to do their wills together, they both want the same things to happen. "
        "What would that cost for the two of them?",
        "/wills-and-trusts/",
    ),
    (
        "Once my will is done do I have to keep the original safe at home or do you keep hold of it?",
        "/wills-and-trusts/",
    ),
    (
        "My dad's getting a bit forgetful and we'd like to be able to sort his bank and bills if he can't. "
        "What's the total cost for that including the government fee?",
        "/lasting-powers-of-attorney/",
    ),
    (
        "Grandad's dementia has got a lot worse and he doesn't really understand things now, "
        "is it too late to get a power of attorney sorted?",
        "/lasting-powers-of-attorney/",
    ),
    (
        "My aunt passed away last month and I'm her executor. Roughly how long before it's all sorted "
        "and the money paid out to the family?",
        "/probate/",
    ),
    (
        "I'm happy to do most of my late father's estate myself, I just need the probate bit doing. "
        "Do you do that and what does it cost",
        "/probate/",
    ),
    (
        "We've been married 11 years and it's just run its course, nobody's to blame. "
        "How long does a divorce actually take nowadays?",
        "/divorce-and-separation/",
    ),
    (
        "I wasn't married to my son's mum but I'm on his birth certificate, he was born in 2015. "
        "Do I get a say in which school he goes to?",
        "/child-arrangements/",
    ),
    (
        "I want to take the kids to Spain for a fortnight in the summer but my ex is refusing to agree, what can I do?",
        "/child-arrangements/",
    ),
    (
        "Is there any help with paying for mediation? We're trying to agree things about the children",
        "/family-mediation/",
    ),
    (
        "me and my ex both work full time, can we do the mediation sessions after work?",
        "/family-mediation/",
    ),
    (
        "Work have offered me a payout to leave and they say I have to see a solicitor before I sign. "
        "Is that going to cost me anything?",
        "/employment-law/",
    ),
    (
        "I got sacked six weeks ago, I'd been there about 18 months. Can I claim unfair dismissal?",
        "/employment-law/",
    ),
    (
        "just found out my landlord never put my deposit in one of those protection schemes, "
        "can i do anything about it",
        "/landlord-and-tenant/",
    ),
    (
        "My mother's English isn't very good. Is there anyone there who speaks Punjabi who could "
        "help with her divorce?",
        "/our-team/",
    ),
    ("Can I get legal aid with you?", "/fees-and-funding/"),
    (
        "Is the first appointment really free? I work away on the rigs most weeks so could it be done over the phone?",
        "/free-consultation/",
    ),
    (
        "What ID do I need to bring? I don't drive and my passport ran out years ago",
        "/what-to-bring/",
    ),
    (
        "I complained to you about how my case was handled and had your reply two months ago "
        "but I'm still not happy. Can I take it further?",
        "/complaints/",
    ),
    ("are you open on saturdays?", "/opening-hours-and-home-visits/"),
    (
        "My nan is in a care home in Much Wenlock and wants to change her will but can't get out much, "
        "could someone come to her?",
        "/opening-hours-and-home-visits/",
    ),
    ("Where can I park when I come in for my appointment?", "/find-us/"),
    (
        "I got caught speeding on the bypass and want to fight it, is that something you can help with?",
        "/faq/",
    ),
]

OUT_OF_SCOPE = [
    "Do you have a notary public? I need some documents witnessed to send to Spain.",
    "How much stamp duty will I pay on a £400,000 house as a first-time buyer?",
    "I want to change my surname by deed poll, can you do that and how much is it?",
    "We're getting married next year, do you do prenuptial agreements?",
    "Are you hiring at the moment? I'm a legal secretary looking for work in Bridgnorth",
    "Can you recommend a good estate agent in town to sell my house?",
    "Where's a good place to get some lunch near you after my appointment?",
    "What time does the steam train leave Bridgnorth station on Sundays?",
]
