"""An evaluation site: Hockley & Vale Property, a lettings-led estate agency in Nottingham (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. TYPO3 with the Bootstrap Package: a
navbar-mainnavigation mega-menu, frame/ce-bodytext/ce-textpic content elements, and an accordion FAQ.
"""

NAME = "Hockley & Vale Property"

_PHONE = "0115 948 3720"
_PHONE_TEL = "+441159483720"
_OOH = "0115 948 3799"

# (path, menu label, children) for the main navigation; children are (path, label)
_MENU = [
    ("/", "Home", []),
    (
        "/landlords/",
        "Landlords",
        [
            ("/landlords/", "Fees &amp; packages"),
            ("/landlords/hmo-licensing/", "HMO licensing"),
            ("/landlords/inventories/", "Inventories &amp; check-outs"),
            ("/landlords/rent-guarantee/", "Rent guarantee"),
        ],
    ),
    (
        "#",
        "Tenants",
        [
            ("/tenants/applying/", "Applying for a property"),
            ("/tenants/guarantors/", "Guarantors"),
            ("/tenants/pets/", "Pets"),
            ("/tenants/paying-rent/", "Paying your rent"),
            ("/tenants/repairs/", "Repairs &amp; emergencies"),
            ("/tenants/ending-your-tenancy/", "Ending your tenancy"),
        ],
    ),
    ("/students/", "Students", []),
    (
        "#",
        "Sales",
        [
            ("/sales/valuation/", "Book a valuation"),
            ("/sales/selling-fees/", "Selling fees"),
            ("/sales/buying/", "Buying &amp; mortgages"),
        ],
    ),
    (
        "#",
        "About",
        [
            ("/about/team/", "Meet the team"),
            ("/faq/", "FAQs"),
            ("/contact/", "Contact &amp; find us"),
        ],
    ),
]


def _nav(active):
    items = []
    for n, (href, label, children) in enumerate(_MENU, start=2):
        if not children:
            cls = "nav-item active" if href == active else "nav-item"
            items.append(
                f'<li class="{cls}"><a href="{href}" id="nav-item-{n}" class="nav-link" title="{label}">'
                f'<span class="nav-link-text">{label}</span></a></li>'
            )
            continue
        is_active = any(c == active for c, _ in children)
        sub = "\n".join(
            f'<li><a href="{c}" class="dropdown-item{" active" if c == active else ""}" title="{lab}">'
            f'<span class="dropdown-text">{lab}</span></a></li>'
            for c, lab in children
        )
        items.append(
            f'<li class="nav-item dropdown dropdown-hover{" active" if is_active else ""}">\n'
            f'<a href="{href}" id="nav-item-{n}" class="nav-link dropdown-toggle" aria-haspopup="true" '
            f'aria-expanded="false" title="{label}"><span class="nav-link-text">{label}</span></a>\n'
            f'<ul class="dropdown-menu" aria-labelledby="nav-item-{n}">\n{sub}\n</ul>\n</li>'
        )
    return "\n".join(items)


def _crumbs(trail):
    parts = ['<li class="breadcrumb-item"><a class="breadcrumb-link" href="/" title="Home">Home</a></li>']
    for href, label in trail[:-1]:
        parts.append(f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{href}">{label}</a></li>')
    parts.append(f'<li class="breadcrumb-item active" aria-current="page"><span>{trail[-1][1]}</span></li>')
    return "\n".join(parts)


def _frame(cid, header, body, ftype="text", layout="frame-layout-0", extra=""):
    head = (
        f'<header class="frame-header"><h2 class="element-header"><span>{header}</span></h2></header>\n'
        if header
        else ""
    )
    return f"""<div id="c{cid}" class="frame frame-default frame-type-{ftype} {layout} frame-background-none
 frame-no-backgroundimage frame-space-before-none frame-space-after-medium{extra}">
<a id="c{cid + 1000}"></a>
<div class="frame-container frame-container-default">
<div class="frame-inner">
{head}{body}
</div>
</div>
</div>"""


def _text(cid, header, html):
    return _frame(cid, header, f'<div class="ce-bodytext">\n{html}\n</div>')


def _textpic(cid, header, html, img, alt):
    body = f"""<div class="ce-textpic ce-right ce-intext">
<div class="ce-gallery" data-ce-columns="1" data-ce-images="1">
<div class="ce-row"><div class="ce-column"><figure class="image">
<picture><source srcset="/fileadmin/_processed_/{img}.webp" type="image/webp">
<img class="image-embed-item img-fluid" src="/fileadmin/user_upload/{img}.jpg" width="600" height="400"
 loading="lazy" alt="{alt}"></picture>
</figure></div></div>
</div>
<div class="ce-bodytext">
{html}
</div>
</div>"""
    return _frame(cid, header, body, ftype="textpic")


def _accordion(cid, items):
    rows = []
    for i, (q, a) in enumerate(items, start=1):
        rows.append(f"""<div class="accordion-item">
<h3 class="accordion-header" id="accordion-heading-{cid}-{i}">
<button class="accordion-button collapsed" type="button" data-bs-toggle="collapse"
 data-bs-target="#accordion-{cid}-{i}" aria-expanded="false" aria-controls="accordion-{cid}-{i}">
<span class="accordion-title-link-text">{q}</span>
</button>
</h3>
<div id="accordion-{cid}-{i}" class="accordion-collapse collapse" data-bs-parent="#accordion-{cid}"
 aria-labelledby="accordion-heading-{cid}-{i}">
<div class="accordion-body"><div class="accordion-content accordion-content-left">
<div class="accordion-content-item accordion-content-text">{a}</div>
</div></div>
</div>
</div>""")
    inner = f'<div class="accordion" id="accordion-{cid}">\n' + "\n".join(rows) + "\n</div>"
    return _frame(cid, None, inner, ftype="accordion")


_REVIEWS = """<div id="c900" class="frame frame-default frame-type-quote frame-layout-0 frame-background-light
 frame-space-before-medium frame-space-after-medium">
<div class="frame-container frame-container-default"><div class="frame-inner">
<header class="frame-header"><h2 class="element-header text-center"><span>What our clients say</span></h2></header>
<div class="row testimonials">
<div class="col-md-4"><blockquote class="blockquote"><p>&ldquo;Been with Hockley &amp; Vale for six years with two flats
 in the Lace Market. Statements are always right and they actually answer the phone.&rdquo;</p>
<footer class="blockquote-footer">Richard, landlord, <cite>Google review</cite></footer></blockquote></div>
<div class="col-md-4"><blockquote class="blockquote"><p>&ldquo;Our boiler died on a Sunday in January and an engineer
 was round the next morning. Tom sorted our whole second-year house in one afternoon.&rdquo;</p>
<footer class="blockquote-footer">Megan, student tenant, <cite>Trustpilot</cite></footer></blockquote></div>
<div class="col-md-4"><blockquote class="blockquote"><p>&ldquo;Priya's valuation was spot on and we were sold
 subject to contract in nine days. Would recommend to anyone selling in Sherwood.&rdquo;</p>
<footer class="blockquote-footer">Jas &amp; Helen, sellers, <cite>Rightmove</cite></footer></blockquote></div>
</div>
<p class="text-center"><span class="stars">&#9733;&#9733;&#9733;&#9733;&#9733;</span> 4.8 out of 5 from 612 reviews</p>
</div></div>
</div>"""

_SIDEBAR_LANDLORD = """<aside class="col-md-4 col-lg-3 sidebar">
<div class="frame frame-default frame-type-text frame-layout-1 frame-background-primary">
<div class="frame-container"><div class="frame-inner">
<h3 class="element-header">Thinking of letting?</h3>
<div class="ce-bodytext"><p>Tell us about your property and we'll come back with a rental figure and honest advice.</p>
<p><a href="/contact/" class="btn btn-light">Request a rental appraisal</a></p></div>
</div></div></div>
<div class="frame frame-default frame-type-menu_pages frame-layout-0">
<h3 class="element-header">For landlords</h3>
<ul class="list-unstyled sidebar-links">
<li><a href="/landlords/">Fees &amp; packages</a></li>
<li><a href="/landlords/hmo-licensing/">HMO licensing help</a></li>
<li><a href="/landlords/inventories/">Inventories &amp; check-outs</a></li>
<li><a href="/landlords/rent-guarantee/">Rent guarantee</a></li>
</ul></div>
</aside>"""

_SIDEBAR_TENANT = """<aside class="col-md-4 col-lg-3 sidebar">
<div class="frame frame-default frame-type-menu_pages frame-layout-0">
<h3 class="element-header">Tenant info</h3>
<ul class="list-unstyled sidebar-links">
<li><a href="/tenants/applying/">Applying for a property</a></li>
<li><a href="/tenants/guarantors/">Guarantors</a></li>
<li><a href="/tenants/pets/">Pets</a></li>
<li><a href="/tenants/paying-rent/">Paying your rent</a></li>
<li><a href="/tenants/repairs/">Repairs &amp; emergencies</a></li>
<li><a href="/tenants/ending-your-tenancy/">Ending your tenancy</a></li>
</ul></div>
<div class="frame frame-default frame-type-text frame-layout-1 frame-background-secondary">
<div class="frame-inner"><h3 class="element-header">Download</h3>
<div class="ce-bodytext"><p>Our tenant welcome guide (PDF) is emailed to you when your tenancy is
 signed.</p></div></div>
</div>
</aside>"""


def _page(path, title, description, trail, body, page_id, sidebar=None):
    level = len(trail)
    if sidebar:
        main = f"""<div class="container"><div class="row">
<div class="col-md-8 col-lg-9 maincontent">
{body}
</div>
{sidebar}
</div></div>"""
        layout = "subnavigation_right"
    else:
        main = f'<div class="container">\n{body}\n</div>'
        layout = "default"
    crumbs = (
        ""
        if path == "/"
        else f"""<nav class="breadcrumb-section" aria-label="Breadcrumb">
<div class="container">
<p class="visually-hidden" id="breadcrumb">You are here:</p>
<ol class="breadcrumb">
{_crumbs(trail)}
</ol>
</div>
</nav>"""
    )
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="en-GB">
<head>
<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj.
	Information and contribution at https://typo3.org/
-->
<base href="/">
<link rel="icon" href="/typo3conf/ext/hv_sitepackage/Resources/Public/Icons/favicon.ico"
 type="image/vnd.microsoft.icon">
<title>{title} | Hockley &amp; Vale Property</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<meta name="description" content="{description}">
<meta name="robots" content="index,follow">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Hockley &amp; Vale Property">
<meta name="twitter:card" content="summary">
<meta name="apple-mobile-web-app-capable" content="no">
<meta name="google" content="notranslate">
<link rel="stylesheet" href="/typo3temp/assets/bootstrappackage/css/theme-8c3f1a2b7e.css?1718102211" media="all">
<link rel="stylesheet" href="/typo3conf/ext/bootstrap_package/Resources/Public/Css/Dist/bootstrap.min.css" media="all">
<link rel="stylesheet" href="/typo3conf/ext/hv_sitepackage/Resources/Public/Css/custom.css?1718102211" media="all">
<link rel="canonical" href="https://www.hockleyvale.co.uk{path}">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}
gtag('js',new Date());gtag('config','G-HV24NTM9Q1');</script>
</head>
<body id="p{page_id}" class="page-{page_id} pagelevel-{level} language-0 backendlayout-{layout} layout-default">
<div id="top"></div>
<div class="body-bg body-bg-top">
<a class="visually-hidden-focusable page-skip-link" href="#page-content"><span>Skip to main content</span></a>
<div class="topbar d-none d-lg-block"><div class="container">
<ul class="topbar-list list-inline">
<li class="list-inline-item"><a href="tel:{_PHONE_TEL}"><span class="bi bi-telephone"></span> {_PHONE}</a></li>
<li class="list-inline-item"><a href="mailto:hello@hockleyvale.co.uk">hello@hockleyvale.co.uk</a></li>
<li class="list-inline-item"><a href="/tenants/repairs/" class="topbar-repair">Report a repair</a></li>
<li class="list-inline-item"><a href="https://www.facebook.com/hockleyvale" rel="noopener">Facebook</a></li>
<li class="list-inline-item"><a href="https://www.instagram.com/hockleyvale" rel="noopener">Instagram</a></li>
</ul>
</div></div>
<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image
 navbar-top navbar-fixed-top">
<div class="container container-mainnavigation">
<a class="navbar-brand navbar-brand-image" title="Hockley &amp; Vale Property" href="/">
<img class="navbar-brand-logo-normal" src="/fileadmin/hv/logo/hockley-vale-logo.svg"
 alt="Hockley &amp; Vale Property logo" height="52" width="210">
<img class="navbar-brand-logo-inverted" src="/fileadmin/hv/logo/hockley-vale-logo-white.svg"
 alt="Hockley &amp; Vale Property logo" height="52" width="210">
</a>
<button class="navbar-toggler collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#mainnavigation"
 aria-controls="mainnavigation" aria-expanded="false" aria-label="Toggle navigation">
<span class="navbar-toggler-icon"></span>
</button>
<nav aria-label="Main navigation" id="mainnavigation" class="collapse navbar-collapse">
<ul class="navbar-nav">
{_nav(path)}
</ul>
<a href="/sales/valuation/" class="btn btn-primary navbar-cta">Book a valuation</a>
</nav>
</div>
</header>
{crumbs}
<main id="page-content" class="bp-page-content main-section">
<!--TYPO3SEARCH_begin-->
<div class="section section-default">
{main}
</div>
<!--TYPO3SEARCH_end-->
</main>
<footer id="page-footer" class="bp-page-footer">
<section class="section footer-section footer-section-content">
<div class="container">
<div class="section-row">
<div class="section-column footer-section-content-column footer-section-content-column-left">
<div class="frame frame-default frame-type-text frame-layout-0">
<h4 class="element-header">Hockley &amp; Vale Property</h4>
<div class="ce-bodytext"><p>14 Carlton Street<br>Hockley<br>Nottingham NG1 1NN</p>
<p>Tel: <a href="tel:{_PHONE_TEL}">{_PHONE}</a><br>
<a href="mailto:hello@hockleyvale.co.uk">hello@hockleyvale.co.uk</a></p></div>
</div>
</div>
<div class="section-column footer-section-content-column footer-section-content-column-middle">
<div class="frame frame-default frame-type-text frame-layout-0">
<h4 class="element-header">Office hours</h4>
<div class="ce-bodytext"><p>Mon&ndash;Fri 9am&ndash;5.30pm<br>Sat 10am&ndash;2pm<br>Sun closed</p>
<p>Out-of-hours emergency repairs (managed properties): {_OOH}</p></div>
</div>
</div>
<div class="section-column footer-section-content-column footer-section-content-column-right">
<div class="frame frame-default frame-type-menu_pages frame-layout-0">
<h4 class="element-header">Quick links</h4>
<ul class="list-unstyled">
<li><a href="/landlords/">Landlord fees</a></li>
<li><a href="/students/">Student houses</a></li>
<li><a href="/sales/valuation/">Book a valuation</a></li>
<li><a href="/faq/">FAQs</a></li>
<li><a href="/contact/">Contact us</a></li>
</ul>
</div>
</div>
</div>
</div>
</section>
<section class="section footer-section footer-section-meta">
<div class="container">
<div class="frame frame-default frame-type-html frame-layout-0">
<div class="footer-badges"><img src="/fileadmin/hv/badges/propertymark-arla.png" alt="Propertymark ARLA" width="90"
 height="40"> <img src="/fileadmin/hv/badges/propertymark-naea.png" alt="Propertymark NAEA" width="90" height="40">
 <img src="/fileadmin/hv/badges/tpo.png" alt="The Property Ombudsman" width="90" height="40"></div>
</div>
<div class="footer-social">
<a href="https://www.facebook.com/hockleyvale" rel="noopener" title="Facebook"><span class="bi bi-facebook"></span></a>
<a href="https://www.instagram.com/hockleyvale" rel="noopener" title="Instagram"><span class="bi
 bi-instagram"></span></a>
<a href="https://www.linkedin.com/company/hockley-vale-property" rel="noopener" title="LinkedIn">
<span class="bi bi-linkedin"></span></a>
</div>
<p class="footer-copyright">&copy; 2025 Hockley &amp; Vale Property Ltd. Registered in England &amp; Wales no. 06874412.
 VAT no. 981 4420 17.</p>
</div>
</section>
</footer>
<a class="scroll-top" title="Scroll to top" href="#top"><span class="scroll-top-icon"></span></a>
</div>
<div id="cookieconsent" class="cookieconsent cookieconsent-window cookieconsent-bottom" role="dialog"
 aria-label="Cookie notice">
<div class="cookieconsent-inner">
<p class="cookieconsent-message">We use cookies to understand how visitors use our website and to remember your
 property search. Some are essential; others only run if you agree.</p>
<div class="cookieconsent-compliance">
<a href="#" class="cc-btn cc-deny">Essential only</a>
<a href="#" class="cc-btn cc-allow btn btn-primary">Accept all cookies</a>
</div>
</div>
</div>
</body>
</html>
"""


_HOME = (
    """<div id="c10" class="frame frame-default frame-type-bootstrap_package_carousel frame-layout-0
 frame-space-after-none">
<div class="carousel carousel-fade" id="carousel-10"><div class="carousel-inner">
<div class="carousel-item active carousel-item-type-header"
 style="background-image:url('/fileadmin/hv/hero/hockley.jpg')">
<div class="carousel-content"><div class="carousel-content-inner">
<h1 class="carousel-header">Lettings, student houses and sales in the heart of Nottingham</h1>
<p class="carousel-subheader">Independent, local and lettings-led since 2009</p>
<a href="/landlords/" class="btn btn-primary">I'm a landlord</a> <a href="/students/" class="btn btn-secondary">I'm a
 student</a> <a href="/sales/valuation/" class="btn btn-outline-light">I'm selling</a>
</div></div>
</div>
</div></div>
</div>
"""
    + _textpic(
        11,
        "Welcome to Hockley &amp; Vale",
        """<p>Hockley &amp; Vale is an independent, family-run agency on Carlton Street. Dan Whitworth started the
 business in 2009 with a handful of flats in the Lace Market; today we look after around 640 homes for more than
 300 landlords, from one-bed city-centre apartments to eight-bed student houses, and we have a small, busy sales
 team alongside.</p>
<p>Lettings is still the heart of what we do. Most of our landlords are private individuals with one or two
 properties, and we know a lot of our tenants by name. Professional tenants, families, postgraduates and
 undergraduates from both universities all rent through us.</p>""",
        "hv/office-front",
        "The Hockley &amp; Vale office on Carlton Street",
    )
    + _text(
        12,
        "Areas we cover",
        """<p>We let and sell homes across Nottingham city and the nearer suburbs:</p>
<ul>
<li>City centre, the Lace Market, Hockley and Sneinton</li>
<li>Lenton, Dunkirk, Radford and the Park</li>
<li>Beeston, Chilwell and Bramcote</li>
<li>Sherwood, Carrington, Mapperley and Arnold</li>
<li>Carlton, Gedling and Netherfield</li>
<li>West Bridgford and The Meadows</li>
</ul>
<p>We don't take on properties further out than this, because our property managers and contractors need to be able to
 reach every home quickly. If you're outside these areas, ring us anyway and we'll happily recommend someone.</p>""",
    )
    + """
<div id="c13" class="frame frame-default frame-type-card_group frame-layout-0 frame-space-after-medium">
<div class="card-group-element card-group-element-align-left card-group-element-columns-3">
<div class="card-group-element-item"><div class="card">
<div class="card-body"><h3 class="card-title">Landlords</h3>
<p class="card-text">Let Only, Rent Collection or Fully Managed, plus HMO licensing help and rent guarantee cover.</p>
</div><div class="card-footer"><a href="/landlords/" class="btn btn-primary">See our fees</a></div></div></div>
<div class="card-group-element-item"><div class="card">
<div class="card-body"><h3 class="card-title">Tenants</h3>
<p class="card-text">How to apply, paying rent, reporting repairs and moving out.</p>
</div><div class="card-footer"><a href="/tenants/applying/" class="btn btn-primary">Tenant info</a></div></div></div>
<div class="card-group-element-item"><div class="card">
<div class="card-body"><h3 class="card-title">Selling or buying</h3>
<p class="card-text">Thinking of selling? Book a valuation with Priya or Dan.</p>
</div><div class="card-footer"><a href="/sales/valuation/" class="btn btn-primary">Book a
 valuation</a></div></div></div>
</div>
</div>
"""
    + _REVIEWS
)

_LANDLORDS = (
    _text(
        20,
        "Landlord fees &amp; packages",
        """<p>Every landlord is different, so we offer three levels of service. All fees below are shown
 <strong>including VAT</strong> as well as the net figure. There are no hidden extras: anything not in the table is
 listed under &ldquo;Other charges&rdquo; further down.</p>""",
    )
    + _frame(
        21,
        "Compare our packages",
        """<div class="table-responsive"><table class="table table-striped table-bordered contenttable">
<thead><tr><th></th><th>Let Only</th><th>Rent Collection</th><th>Fully Managed</th></tr></thead>
<tbody>
<tr><th>Our fee</th><td>60% + VAT of the first month's rent (72% inc VAT), minimum &pound;540 inc VAT, paid once</td>
<td>9% + VAT of the monthly rent (10.8% inc VAT)</td><td>12% + VAT of the monthly rent (14.4% inc VAT)</td></tr>
<tr><th>Set-up fee</th><td>None</td><td>&pound;300 inc VAT</td><td>&pound;300 inc VAT</td></tr>
<tr><th>Advertising on Rightmove, Zoopla &amp; OnTheMarket</th><td>&#10003;</td><td>&#10003;</td><td>&#10003;</td></tr>
<tr><th>Accompanied viewings</th><td>&#10003;</td><td>&#10003;</td><td>&#10003;</td></tr>
<tr><th>Referencing and Right to Rent checks</th><td>&#10003;</td><td>&#10003;</td><td>&#10003;</td></tr>
<tr><th>Tenancy agreement drawn up and signed online</th><td>&#10003;</td><td>&#10003;</td><td>&#10003;</td></tr>
<tr><th>Deposit registered with the DPS</th><td>&pound;36 inc VAT</td><td>&#10003;</td><td>&#10003;</td></tr>
<tr><th>Rent collected, monthly statements via the landlord portal</th><td>&ndash;</td><td>&#10003;</td>
<td>&#10003;</td></tr>
<tr><th>Chasing late rent</th><td>&ndash;</td><td>&#10003;</td><td>&#10003;</td></tr>
<tr><th>Repairs arranged with our approved contractors</th><td>&ndash;</td><td>&ndash;</td><td>&#10003;</td></tr>
<tr><th>24-hour emergency line for your tenants</th><td>&ndash;</td><td>&ndash;</td><td>&#10003;</td></tr>
<tr><th>Two routine inspections a year, with photo report</th><td>&ndash;</td><td>&ndash;</td><td>&#10003;</td></tr>
<tr><th>Check-in and check-out appointments</th><td>&ndash;</td><td>&ndash;</td><td>&#10003;</td></tr>
<tr><th>Safety certificates renewed on time</th><td>&ndash;</td><td>&ndash;</td><td>&#10003;</td></tr>
</tbody></table></div>
<p><strong>Student HMOs</strong> on our Fully Managed service are charged at 13% + VAT (15.6% inc VAT) because of the
 extra visits, the summer changeover and the licensing paperwork involved.</p>""",
        ftype="table",
    )
    + _frame(
        22,
        "Other charges",
        """<div class="table-responsive"><table class="table table-sm contenttable">
<thead><tr><th>Service</th><th>Price (inc VAT)</th></tr></thead>
<tbody>
<tr><td>Gas safety certificate (CP12), one boiler and hob</td><td>&pound;78</td></tr>
<tr><td>Electrical installation condition report (EICR)</td><td>from &pound;180</td></tr>
<tr><td>Energy performance certificate (EPC)</td><td>&pound;90</td></tr>
<tr><td>Tenancy renewal for Let Only landlords</td><td>&pound;90</td></tr>
<tr><td>Rent review and Section 13 notice</td><td>&pound;60</td></tr>
<tr><td>Extra property visit on request</td><td>&pound;60</td></tr>
<tr><td>Preparing and serving a possession notice</td><td>&pound;120</td></tr>
</tbody></table></div>
<p>Inventories are priced separately &ndash; see <a href="/landlords/inventories/">inventories &amp;
 check-outs</a>.</p>""",
        ftype="table",
    )
    + _text(
        23,
        "When do I get paid, and can I leave?",
        """<p>On Rent Collection and Fully Managed, rent is held in our designated client account and paid to you within
 three working days of it clearing with us, less our fee and any agreed invoices. Your statement appears in the
 landlord portal the same day.</p>
<p>There is no long tie-in. After the first tenancy term either of us can end the management agreement with two
 months' notice in writing. On Let Only, once the tenant is in, our job is done and there is nothing more to pay if
 they stay on.</p>""",
    )
    + _REVIEWS
)

_HMO = (
    _textpic(
        30,
        "HMO licensing help",
        """<p>If three or more people who aren't one family share a kitchen or bathroom in your property, it is a
 house in multiple occupation (HMO). In Nottingham that almost always means you need a licence from the city council
 before anyone moves in.</p>
<ul>
<li><strong>Mandatory licensing</strong> applies to any HMO with five or more people forming two or more
 households.</li>
<li><strong>Additional licensing</strong> covers smaller HMOs &ndash; three or four unrelated sharers &ndash; across
 most
 of the city, including Lenton, Radford, Dunkirk, Sneinton and the city centre. A three-bed terrace let to three
 students is caught by it.</li>
<li><strong>Selective licensing</strong> covers many ordinary single-household lets in designated parts of the
 city, so even a family let may need a licence.</li>
</ul>
<p>Letting without the right licence can mean a civil penalty of up to &pound;30,000 and an order to repay up to a
 year's rent to your tenants, so it is worth getting right.</p>""",
        "hv/hmo-house",
        "A Victorian terrace in Lenton",
    )
    + _text(
        31,
        "What we do for you",
        """<p>Aisha Begum, our senior property manager, leads our HMO work. For a new licence we:</p>
<ol>
<li>visit and check the property against the council's amenity and fire-safety standards;</li>
<li>draw up the floor plans with room measurements the council asks for;</li>
<li>tell you what needs doing first (fire doors, interlinked alarms, extra kitchen space and so on);</li>
<li>complete and submit the application and deal with the council's inspector.</li>
</ol>
<p>Our fee is &pound;395 + VAT (&pound;474 inc VAT) per application. Licences last up to five years and we remind you
 well before renewal; renewals cost &pound;300 inc VAT, or nothing if the HMO is on our Fully Managed service. The
 council's own licence fee is separate and paid straight to the council; it changes each year, so check the current
 figure on the council website.</p>""",
    )
    + _text(
        32,
        "Room sizes and planning",
        """<p>Bedrooms in a licensed HMO must meet minimum sizes: 6.51 square metres for one adult, 10.22 square metres
 for two adults, and 4.64 square metres for a child under ten. Rooms smaller than 4.64 square metres can't be used
 for sleeping at all.</p>
<p>Separately from licensing, Nottingham has an Article 4 Direction, which means turning a family house into a small
 HMO needs planning permission first. If you're buying to convert, talk to us before you exchange.</p>""",
    )
)

_INVENTORY = (
    _text(
        40,
        "Inventories, check-ins &amp; check-outs",
        """<p>A detailed inventory is the best protection for your deposit claim. Ours are carried out by Mike Dunn of
 Dunn Right Inventories, an independent clerk and member of the AIIC, so neither side can say the report favours the
 other. Every report has dated photographs of each room, meter readings and notes on cleanliness, and reaches you
 within 48 hours. Tenants then have seven days to add comments.</p>
<p>You don't have to be one of our managed landlords to use the service. If you manage your own let, or we only
 found your tenant on Let Only, we can still do the inventory, the check-in or the check-out report for you. Please
 give us at least seven days' notice to book.</p>""",
    )
    + _frame(
        41,
        "Inventory prices (inc VAT)",
        """<div class="table-responsive"><table class="table table-bordered contenttable">
<thead><tr><th>Property size</th><th>Unfurnished</th><th>Furnished</th></tr></thead>
<tbody>
<tr><td>Studio or 1 bedroom</td><td>&pound;110</td><td>&pound;135</td></tr>
<tr><td>2 bedrooms</td><td>&pound;130</td><td>&pound;155</td></tr>
<tr><td>3 bedrooms</td><td>&pound;150</td><td>&pound;180</td></tr>
<tr><td>4 bedrooms</td><td>&pound;175</td><td>&pound;205</td></tr>
<tr><td>5 bedrooms</td><td>&pound;200</td><td>&pound;235</td></tr>
<tr><td>6 bedrooms or more</td><td colspan="2">5-bed price plus &pound;25 per extra bedroom</td></tr>
</tbody></table></div>""",
        ftype="table",
    )
    + _frame(
        42,
        "Check-in and check-out reports (inc VAT)",
        """<div class="table-responsive"><table class="table table-bordered contenttable">
<thead><tr><th>Report</th><th>1&ndash;2 bedrooms</th><th>3&ndash;4 bedrooms</th><th>5+ bedrooms</th></tr></thead>
<tbody>
<tr><td>Check-in (meeting the tenant, keys, readings)</td><td>&pound;75</td><td>&pound;95</td><td>&pound;95</td></tr>
<tr><td>Check-out report compared with the inventory</td><td>&pound;90</td><td>&pound;120</td><td>&pound;150</td></tr>
<tr><td>Mid-tenancy inspection report</td><td>&pound;60</td><td>&pound;60</td><td>&pound;60</td></tr>
</tbody></table></div>
<p>On our Fully Managed service the check-in and check-out are included; only the inventory itself is charged.
 You are welcome to attend the check-out but you don't need to.</p>""",
        ftype="table",
    )
)

_RENT_GUARANTEE = _text(
    50,
    "Rent guarantee &amp; legal expenses cover",
    """<p>Most tenants pay on time, every time. But if one stops paying, rent guarantee cover means your mortgage
 still gets paid while the problem is dealt with. We arrange it through our specialist insurance partner and handle
 the claim for you.</p>
<h3>What it costs</h3>
<p>&pound;19.50 a month per tenancy, including insurance premium tax, taken from your rent on your monthly statement.
 It is available to landlords on our Rent Collection and Fully Managed services. It is not available on Let Only,
 because we need to be collecting the rent to spot arrears on day one and notify the insurer in time.</p>
<h3>What it covers</h3>
<ul>
<li>Unpaid rent up to &pound;2,500 a month, paid to you monthly until you get the property back, for up to 15
 months.</li>
<li>Half the rent for up to two months after the tenants leave, while we find someone new.</li>
<li>Legal costs up to &pound;50,000 for solicitors and court action to recover possession and arrears.</li>
</ul>
<h3>The excess</h3>
<p>The first month of arrears is your excess; the policy pays from the second month of unpaid rent onwards.</p>""",
) + _text(
    51,
    "Conditions",
    """<ul>
<li>Every tenant, and any guarantor, must pass full referencing with our referencing partner before the tenancy
 starts.</li>
<li>We must be told of any arrears within 30 days of the rent falling due; we do this for you automatically.</li>
<li>Student houses are only covered where every student has a UK guarantor who has passed referencing.</li>
<li>Existing tenancies can be added if there have been no arrears in the last six months and the tenants are
 re-referenced.</li>
<li>Company lets and rents over &pound;2,500 a month can't be covered.</li>
</ul>
<p>Ask Sophie Marsh in lettings for the full policy wording before you sign up.</p>""",
)

_APPLYING = _text(
    60,
    "Applying for a property",
    """<p>Found somewhere you like? Here's what happens next, step by step. We don't charge application, referencing
 or admin fees; these were banned by the Tenant Fees Act and we wouldn't anyway.</p>
<h3>1. Apply online</h3>
<p>After your viewing we'll email you a link to our application form. Every adult who will live in the property fills
 in their own form; it takes about fifteen minutes.</p>
<h3>2. Pay a holding deposit</h3>
<p>To take the property off the market while we do the checks, you pay a holding deposit equal to one week's rent
 (monthly rent &times; 12 &divide; 52 &ndash; on a &pound;900-a-month flat that's &pound;207.69). We then have 15 days
 to agree the tenancy with you. When you move in, the holding deposit goes towards your first month's rent. If the
 landlord changes their mind or we can't agree terms, you get it back within seven days. We can keep it if you give
 false or misleading information, fail the Right to Rent check, pull out, or don't answer our reasonable requests
 for information within the 15 days.</p>
<h3>3. Referencing</h3>
<p>Our referencing partner checks your credit history, your income and your previous landlord, usually within three
 to five working days. As a guide your annual income before tax needs to be at least 30 times the monthly rent, so
 for a &pound;850-a-month flat you'd need &pound;25,500 a year, either on your own or combined with the people you're
 renting with. If you're self-employed, we'll ask for your last two years' tax calculations (SA302s) or a letter from
 your accountant. If you don't meet the income figure, you can usually still rent with a
 <a href="/tenants/guarantors/">guarantor</a>.</p>
<h3>4. Right to Rent</h3>
<p>By law we must check every adult's right to rent in England. Bring your passport to the office, or send us a share
 code from the Home Office website if you have digital immigration status.</p>
<h3>5. Sign and move in</h3>
<p>You sign the tenancy agreement online. Before you collect keys we need your first month's rent (less the holding
 deposit) and a security deposit of five weeks' rent, in cleared funds at least three working days before the move-in
 date. The security deposit is protected with the Deposit Protection Service within 30 days. Keys can be collected
 from our office from 12 noon on your move-in day.</p>""",
)

_GUARANTORS = _text(
    70,
    "Guarantors",
    """<p>A guarantor is someone who agrees to pay your rent, or put right any damage, if you don't. We ask for one when
 you're a student, when your income is below the amount we need on its own, when you've been self-employed for less
 than a year, or when you don't have a UK credit history.</p>
<h3>Who can be a guarantor?</h3>
<ul>
<li>They must live in the UK and pass the same credit and income checks as a tenant.</li>
<li>Their annual income needs to be at least 36 times the monthly rent they are guaranteeing. For students, that's
 their own student's share of the rent, not the whole house.</li>
<li>Retired guarantors are fine: pension income counts, and homeowners with good equity in their home can often be
 accepted on lower income.</li>
<li>They can't be someone who is also living in the property.</li>
</ul>
<p>Your guarantor signs a deed of guarantee online. In our student houses the guarantor's liability is capped at
 their own student's share of the rent plus their share of any damage &ndash; they won't be chased for a housemate's
 missing rent.</p>
<h3>No UK guarantor?</h3>
<p>This is really common with international students and people who have just moved to the UK for work, and it
 doesn't stop you renting with us. You have two options:</p>
<ol>
<li><strong>Pay rent in advance.</strong> Six months' rent paid up front instead of a guarantor. For a 12-month
 tenancy the second six months is then paid monthly as normal.</li>
<li><strong>Use a guarantor company.</strong> Services such as Housing Hand and Your Guarantor act as your guarantor
 for a fee, usually a percentage of a year's rent. You pay them directly, not us, and we accept them on every
 property.</li>
</ol>
<p>Your guarantor's details go on your online application form and we contact them direct.</p>""",
)

_PETS = _textpic(
    80,
    "Renting with pets",
    """<p>We know a pet is part of the family. We ask every landlord to consider pets, and lots of our listings are
 marked &ldquo;pets considered&rdquo;. Tell us about your pet at the viewing so we can ask the landlord straight
 away.</p>
<h3>What helps your application</h3>
<ul>
<li>A short &ldquo;pet CV&rdquo;: age, breed, how long you've had them, and whether they're left alone during the
 day.</li>
<li>A reference from a previous landlord who let you keep the pet.</li>
<li>Up-to-date vaccinations and flea and worm treatment.</li>
</ul>
<p>We consider dogs of every breed, staffies and other bull breeds included, except the types banned under the
 Dangerous Dogs Act. Older, settled dogs are often easier to place than puppies.</p>
<h3>What it costs</h3>
<p>The security deposit is still capped at five weeks' rent, so there's no extra pet deposit. Where a landlord agrees to
 a cat or dog the rent is usually &pound;25 a month higher per pet, and some landlords ask you to hold pet damage
 insurance. When you leave, the property must be returned clean, and flea-treated where a cat or dog has lived
 there.</p>
<h3>Student houses</h3>
<p>Cats and dogs aren't allowed in our shared student houses. Small caged pets such as hamsters or a fish tank are
 usually fine with the landlord's written permission.</p>
<p>Assistance dogs are always welcome in every property we let, and no extra rent is charged for them.</p>""",
    "hv/pets",
    "A dog relaxing in a living room",
)

_PAYING = _text(
    90,
    "Paying your rent",
    """<h3>How to pay</h3>
<ul>
<li><strong>Standing order</strong> to our client account &ndash; the details are in your welcome pack. Always use your
 tenant reference (it starts HV) so we can match the payment.</li>
<li><strong>Debit card</strong> over the phone during office hours, or any time through the tenant app. No card
 fees.</li>
</ul>
<p>We can't take cash or cheques at the office.</p>
<h3>When it's due</h3>
<p>Rent is due on the same date each month as your tenancy started. If that date doesn't suit your payday, ask us:
 we can move your due date once during a tenancy, as long as the landlord agrees. The month you switch, you pay a
 one-off pro-rata amount to cover the days in between.</p>
<p>Students can pay monthly or in three instalments in September, January and April, to line up with student loan
 payments.</p>""",
) + _text(
    91,
    "If you can't pay, or you pay late",
    """<p>If you know you won't be able to pay &ndash; because you've lost your job, your hours have been cut or
 you've
 been ill &ndash; please ring us before the due date. It is always easier to sort out early. We can often agree a
 short payment plan with your landlord to clear what's owed in instalments, and we'll point you to free advice from
 Citizens Advice, Shelter and the council's Housing Aid team, who can check what help you're entitled to.</p>
<p>If rent is late and we haven't heard from you:</p>
<ul>
<li><strong>Day 1:</strong> we send a text reminder;</li>
<li><strong>Day 5:</strong> we ring you;</li>
<li><strong>Day 10:</strong> we write to you;</li>
<li><strong>Day 14:</strong> we contact your guarantor, if you have one, and tell your landlord.</li>
</ul>
<p>Rent more than 14 days late is charged interest at 3% a year above the Bank of England base rate, from the day it
 was due, as your tenancy agreement allows. Repeated or serious arrears can lead to your landlord seeking
 possession, so please talk to us.</p>""",
)

_REPAIRS = (
    _text(
        100,
        "Repairs &amp; emergencies",
        """<p>Report repairs through our online repairs portal, any time of day: describe the problem and add photos
 or a
 short video. It goes straight to Liam Pryce, our maintenance coordinator, who books one of our approved contractors
 and lets you know when they'll come. This service is for properties we manage; if your landlord manages the
 property themselves, contact them directly.</p>""",
    )
    + _frame(
        101,
        "How quickly we respond",
        """<div class="table-responsive"><table class="table table-bordered contenttable">
<thead><tr><th>Priority</th><th>Examples</th><th>Our target</th></tr></thead>
<tbody>
<tr><td><strong>Emergency</strong></td><td>Major leak or flooding, water coming through a ceiling, no electricity
 anywhere in the property, sewage backing up, a break-in or a front door that won't lock</td>
<td>Made safe within 4 hours, day or night</td></tr>
<tr><td><strong>Urgent</strong></td><td>No heating or no hot water, the only toilet not working, fridge or freezer
 broken, a leak you can contain with a bucket</td><td>Contractor attends within 24 hours</td></tr>
<tr><td><strong>Routine</strong></td><td>Dripping tap, broken extractor fan, sticking window, oven element gone</td>
<td>Within 14 days</td></tr>
</tbody></table></div>""",
        ftype="table",
    )
    + _text(
        102,
        "Out of hours",
        f"""<p>Outside office hours &ndash; 5.30pm to 9am on weekdays, and all weekend and bank holidays from 2pm
 Saturday
 &ndash; call our emergency line on <a href="tel:+441159483799">{_OOH}</a>. It is answered by a real person who can send
 a plumber, electrician or locksmith out. Please only use it for emergencies; if a contractor is sent out of hours for
 something that could have waited, or for damage you caused, the call-out may be charged to you.</p>
<p><strong>If you smell gas</strong>, don't use switches, open the windows and ring the National Gas Emergency line on
 0800 111 999 first, then us.</p>
<h3>Locked out or lost your keys?</h3>
<p>During office hours you can borrow our spare set (bring photo ID and return it the same day). We don't hold keys
 out of hours, so at night you'll need to call a locksmith yourself, at your own cost. Replacement keys and fobs are
 charged at cost.</p>
<h3>Before you report</h3>
<ul>
<li>No heating? Check the boiler pressure (it should read between 1 and 1.5 bar), that your meter has credit and that
 the thermostat is on, then try resetting the boiler.</li>
<li>Light bulbs, smoke alarm batteries and blocked sinks caused by food or hair are the tenant's job.</li>
<li>Black mould on windows is usually condensation: open trickle vents, use extractor fans and dry washing outside
 where you can. If it keeps coming back, report it and we'll inspect.</li>
</ul>""",
    )
)

_ENDING = (
    _text(
        110,
        "Ending your tenancy",
        """<h3>Leaving during a fixed term</h3>
<p>A fixed-term tenancy can't simply be ended early by giving notice. Most of our 12-month tenancies for working
 tenants include a break clause: from month six onwards you can end the tenancy by giving two months' notice in
 writing. Check clause 4 of your agreement.</p>
<p>If there's no break clause, or you need to go sooner, ask us about an early surrender. With your landlord's
 agreement we'll re-advertise the property; you keep paying rent until the new tenant moves in, and you pay the
 landlord's reasonable costs of re-letting, which we will tell you in writing before you commit. Student tenancies have
 no break clause, but we'll advertise your room for free to help you find a replacement housemate.</p>
<h3>Rolling (periodic) tenancies</h3>
<p>Once your fixed term has ended and you're on a month-to-month tenancy, give us at least one month's notice in
 writing, ending on the last day of a rent period. For joint tenants, notice from one person normally ends the
 tenancy for everyone, so talk to your housemates first.</p>""",
    )
    + _text(
        111,
        "Moving out day",
        """<ul>
<li>We'll book a check-out appointment with the independent inventory clerk for your last day.</li>
<li>Leave the property as clean as it was when you moved in (you don't have to use professional cleaners), remove all
 your belongings and rubbish, and take meter readings.</li>
<li>Return every key and fob by 12 noon on your last day, either at the office or through our letterbox in an
 envelope marked with your address.</li>
<li>Tell the council tax office and your energy and broadband suppliers, and redirect your post.</li>
</ul>""",
    )
    + _text(
        112,
        "Getting your deposit back",
        """<p>Your deposit is held by the Deposit Protection Service (DPS). Within 10 working days of the check-out
 we'll
 email you and your landlord with any proposed deductions, backed by the check-out report and photos. Once
 everyone agrees, the DPS repays the money to your bank account, usually within five working days.</p>
<p>If you don't agree with a deduction, the DPS offers a free, independent dispute service. The amount in dispute is
 held safely until the adjudicator decides, and the rest is repaid to you straight away. The most common deductions
 are for cleaning, rubbish left behind, and damage beyond fair wear and tear.</p>""",
    )
)

_STUDENTS = (
    _textpic(
        120,
        "Student houses",
        """<p>We let around 180 student houses, from three to eight bedrooms, all within walking distance or a short
 bus ride of University Park and the Trent city campus. Tom Ellery looks after our student lettings; he studied at
 Trent himself, so he's been where you are.</p>
<h3>When should we start looking?</h3>
<p>Houses for the following September go live from mid-November. The most popular ones are usually let by
 February, but we always have good houses left through spring and into summer, so there's no need to panic-sign in
 your first term. Get your group sorted first. Viewings of houses with current tenants need 24 hours' notice, and we
 run group viewing Saturdays through November and December.</p>""",
        "hv/student-house",
        "Students in the living room of a shared house",
    )
    + _text(
        121,
        "Bills included",
        """<p>Nearly all our student houses are let <strong>bills inclusive</strong>. The weekly price per person
 covers:</p>
<ul>
<li>gas, electricity and water, with a fair-usage allowance of &pound;650 per person per year for energy;</li>
<li>fibre broadband (500Mb) with Wi-Fi boosters in larger houses, set up before you arrive;</li>
<li>a TV licence for the lounge;</li>
<li>contents insurance for your belongings;</li>
<li>a fortnightly cleaner for kitchens, bathrooms and hallways in houses of six or more.</li>
</ul>
<p>If the house goes over its energy allowance we'll show you the bills and split the difference equally.</p>""",
    )
    + _text(
        122,
        "Contracts, summer and council tax",
        """<p>Student tenancies are joint tenancies. Most run for 52 weeks from 1 July to 30 June; July and August are
 charged at half rent if nobody moves in before 1 September, and you can store things in your room over summer.
 Some houses run from 1 September to 30 June instead. Every student normally needs a
 <a href="/tenants/guarantors/">guarantor</a>.</p>
<p>Full-time students don't pay council tax. Once you move in, download a student certificate from your university
 and send it to the council; we register the house with them as all-student. If a non-student moves in, the house
 may have to pay.</p>""",
    )
)

_VALUATION = _textpic(
    130,
    "Book a valuation",
    """<p>Whether you're ready to sell now or just curious, we'll come and look at your home and tell you honestly
 what it should sell for. Our market appraisals are free and there's no obligation to sell with us afterwards.</p>
<p>Priya Nair, our sales manager, or Dan Whitworth will visit. A valuation takes about 45 minutes: we walk round, ask
 about any work you've done, and talk you through what buyers in your area are paying at the moment. Within 48 hours
 you'll get a written report with three figures &ndash; a suggested asking price, the price we expect you to
 achieve, and a realistic figure for a quick sale &ndash; together with the recent local sales we based them on.</p>""",
    "hv/valuation",
    "Priya measuring a living room",
) + _text(
    131,
    "Appointments",
    """<p>We value homes Monday to Friday from 9am to 7pm and on Saturday mornings from 9am to 1pm, so you don't
 need to
 take time off work. Book by phone or with the form on our contact page and tell us a couple of times that suit.</p>
<h3>Useful to have ready</h3>
<ul>
<li>Dates of any extensions, new windows, rewiring or a new boiler, plus building regulations certificates;</li>
<li>your boiler service history;</li>
<li>if it's leasehold: the years left on the lease, the ground rent and the service charge.</li>
</ul>
<h3>Selling a tenanted property?</h3>
<p>Landlords can sell with the tenants still in place to another investor. We'll value it both ways &ndash; with
 tenants in situ and with vacant possession &ndash; so you can decide which route makes more sense.</p>
<p>Online instant valuation tools are fine as a rough guide, but they can't see your new kitchen or the busy road at
 the back. Nothing beats a proper visit.</p>""",
)

_SELLING = (
    _text(
        140,
        "Selling fees",
        """<p>Our fees are simple and there are no upfront costs. It's <strong>no sale, no fee</strong>: you only pay us
 when your sale completes, and the fee is paid out of the sale money by your solicitor on completion day.</p>""",
    )
    + _frame(
        141,
        "Our fees",
        """<div class="table-responsive"><table class="table table-striped contenttable">
<thead><tr><th>Agreement</th><th>Fee</th><th>Including VAT</th></tr></thead>
<tbody>
<tr><td>Sole agency</td><td>1.2% + VAT of the sale price, minimum &pound;1,800 + VAT</td>
<td>1.44%, minimum &pound;2,160</td></tr>
<tr><td>Multi-agency</td><td>1.8% + VAT of the sale price</td><td>2.16%</td></tr>
<tr><td>Fixed fee for homes under &pound;150,000 (sole agency)</td><td>&pound;1,750 + VAT</td><td>&pound;2,100</td></tr>
</tbody></table></div>""",
        ftype="table",
    )
    + _text(
        142,
        "What's included",
        """<ul>
<li>Professional photography and a floor plan</li>
<li>Listing on Rightmove, Zoopla and OnTheMarket, plus our own website and social media</li>
<li>Accompanied viewings, including evenings and weekends, with written feedback after each one</li>
<li>Checking every buyer's finances before we recommend an offer</li>
<li>Sales progression by Gemma Roe, chasing solicitors and surveyors right up to completion</li>
</ul>
<h3>Optional extras (inc VAT)</h3>
<p>Drone aerial photography &pound;150. Premium Rightmove listing &pound;120.</p>
<h3>How long am I tied in?</h3>
<p>Our sole agency agreement has a minimum term of 12 weeks. After that you can end it at any time with 14 days'
 notice in writing. If you take the property off the market there's no withdrawal fee, but if you later sell to a
 buyer we introduced within six months, our fee is still due.</p>""",
    )
)

_BUYING = _text(
    150,
    "Buying a home",
    """<p>Register with us by phone or at the office and tell us what you're after: area, budget, bedrooms, garden,
 parking. We'll send new listings by email or WhatsApp before they hit the portals, and every viewing is
 accompanied.</p>
<h3>Making an offer</h3>
<p>Offers are made through us and we put every one to the seller in writing within 24 hours. To take your offer
 seriously the seller will want to know your position, so we'll ask for:</p>
<ul>
<li>a mortgage agreement in principle, or proof of cash funds;</li>
<li>proof of your deposit;</li>
<li>whether you have a property to sell, and where that sale is up to;</li>
<li>your solicitor's details.</li>
</ul>
<p>Money laundering regulations require estate agents to check the identity of buyers as well as sellers. Once your
 offer is accepted, each buyer completes a quick check on their phone through our ID app. This costs &pound;30 inc VAT
 per buyer and is not refundable.</p>""",
) + _textpic(
    151,
    "Mortgages &ndash; who can help",
    """<p>We work with Ryan Clarke of Kestrel Mortgage Solutions, an independent, whole-of-market mortgage adviser.
 Ryan is particularly good with first-time buyers and with Lifetime ISAs, Help from family and self-employed income.
 He can meet you at our office, at home or on a video call, in the evenings if that's easier.</p>
<p>The first conversation is free. If you go ahead, Kestrel usually charges a fee of &pound;395, paid when your
 mortgage offer is issued; for some cases there's no fee, and Ryan will tell you which before you commit. He also
 arranges life insurance and home insurance.</p>
<p>To be open with you: if you take out a mortgage through Kestrel, they pay us a referral fee of &pound;200. You don't
 have to use Ryan &ndash; any adviser or lender is fine with us and it won't affect how your offer is treated.</p>""",
    "hv/mortgage",
    "A first-time buyer couple with keys",
)

_TEAM = (
    _text(
        160,
        "Meet the team",
        """<p>We're a team of twelve, all based at Carlton Street. Here are the people you're most likely to speak
 to.</p>""",
    )
    + """
<div id="c161" class="frame frame-default frame-type-card_group frame-layout-0 frame-space-after-medium">
<div class="card-group-element card-group-element-columns-3">
<div class="card-group-element-item"><div class="card"><img class="card-img-top" src="/fileadmin/hv/team/dan.jpg"
 alt="Dan Whitworth" width="400" height="400"><div class="card-body"><h3 class="card-title">Dan Whitworth</h3>
<p class="card-subtitle">Founder &amp; Director</p><p class="card-text">Set up the business in 2009 after ten years
 with a national agency. Still does valuations and looks after our larger portfolio landlords.</p></div></div></div>
<div class="card-group-element-item"><div class="card"><img class="card-img-top" src="/fileadmin/hv/team/sophie.jpg"
 alt="Sophie Marsh" width="400" height="400"><div class="card-body"><h3 class="card-title">Sophie Marsh</h3>
<p class="card-subtitle">Lettings Manager</p><p class="card-text">Runs our lettings team: new landlords, rental
 appraisals, tenant applications and renewals.</p></div></div></div>
<div class="card-group-element-item"><div class="card"><img class="card-img-top" src="/fileadmin/hv/team/aisha.jpg"
 alt="Aisha Begum" width="400" height="400"><div class="card-body"><h3 class="card-title">Aisha Begum</h3>
<p class="card-subtitle">Senior Property Manager</p><p class="card-text">Manages our fully managed homes, inspections
 and compliance, and leads on HMO licensing.</p></div></div></div>
<div class="card-group-element-item"><div class="card"><img class="card-img-top" src="/fileadmin/hv/team/liam.jpg"
 alt="Liam Pryce" width="400" height="400"><div class="card-body"><h3 class="card-title">Liam Pryce</h3>
<p class="card-subtitle">Maintenance Coordinator</p><p class="card-text">Picks up every repair report and books the
 contractors.</p></div></div></div>
<div class="card-group-element-item"><div class="card"><img class="card-img-top" src="/fileadmin/hv/team/karen.jpg"
 alt="Karen Holt" width="400" height="400"><div class="card-body"><h3 class="card-title">Karen Holt</h3>
<p class="card-subtitle">Accounts &amp; Client Money</p><p class="card-text">Pays rent out to landlords and produces
 landlord statements. If something on your statement doesn't look right, or you need your annual income and expenses
 summary for your tax return, Karen is the person to ask: accounts@hockleyvale.co.uk.</p></div></div></div>
<div class="card-group-element-item"><div class="card"><img class="card-img-top" src="/fileadmin/hv/team/tom.jpg"
 alt="Tom Ellery" width="400" height="400"><div class="card-body"><h3 class="card-title">Tom Ellery</h3>
<p class="card-subtitle">Student Lettings Negotiator</p><p class="card-text">Shows student groups round and
 looks after our student landlords.</p></div></div></div>
<div class="card-group-element-item"><div class="card"><img class="card-img-top" src="/fileadmin/hv/team/priya.jpg"
 alt="Priya Nair" width="400" height="400"><div class="card-body"><h3 class="card-title">Priya Nair</h3>
<p class="card-subtitle">Sales Manager &amp; Valuer</p><p class="card-text">Lives in Sherwood and has sold homes
 across the north of the city for 14 years.</p></div></div></div>
<div class="card-group-element-item"><div class="card"><img class="card-img-top" src="/fileadmin/hv/team/gemma.jpg"
 alt="Gemma Roe" width="400" height="400"><div class="card-body"><h3 class="card-title">Gemma Roe</h3>
<p class="card-subtitle">Sales Progression</p><p class="card-text">Keeps sales moving from offer to completion.</p>
</div></div></div>
</div>
</div>
"""
    + _text(
        162,
        "Memberships and protection",
        """<p>We're members of Propertymark (ARLA for lettings and NAEA for sales), so we follow their code of
 practice and
 our staff are qualified. Landlords' and tenants' money is protected by Propertymark's Client Money Protection
 scheme, and we belong to The Property Ombudsman redress scheme, which can look at a complaint independently if
 we've not resolved it for you. We're registered with the Information Commissioner's Office.</p>""",
    )
)

_CONTACT = (
    _text(
        170,
        "Contact &amp; find us",
        f"""<p>Hockley &amp; Vale Property, 14 Carlton Street, Hockley, Nottingham NG1 1NN.<br>
Phone <a href="tel:{_PHONE_TEL}">{_PHONE}</a>.</p>
<ul>
<li>Lettings and landlords: lettings@hockleyvale.co.uk</li>
<li>Sales and valuations: sales@hockleyvale.co.uk</li>
<li>Rent and statements: accounts@hockleyvale.co.uk</li>
<li>Repairs: please use the online repairs portal</li>
</ul>""",
    )
    + _frame(
        171,
        "Opening hours",
        """<table class="table table-sm contenttable">
<tbody>
<tr><td>Monday to Friday</td><td>9am &ndash; 5.30pm</td></tr>
<tr><td>Saturday</td><td>10am &ndash; 2pm</td></tr>
<tr><td>Sunday</td><td>Closed</td></tr>
<tr><td>Bank holidays</td><td>Closed</td></tr>
</tbody></table>""",
        ftype="table",
    )
    + _text(
        172,
        "Getting here",
        """<p>We're on Carlton Street, a few doors up from the Hockley junction, between the Lace Market and Victoria
 Centre.</p>
<p><strong>By tram:</strong> the Lace Market tram stop is a two-minute walk. <strong>By bus:</strong> Victoria bus
 station is about eight minutes away on foot, and lots of city routes stop on Parliament Street.</p>
<p><strong>Parking:</strong> we don't have our own car park and Carlton Street itself is restricted. The nearest
 option is the NCP on Fletcher Gate, three minutes' walk away. There are a few short-stay pay and display bays on
 Stoney Street, limited to one hour, and Victoria Centre car park is about five minutes' walk. Blue Badge holders can
 park on the double yellows on Goose Gate for up to three hours.</p>
<p>The office has step-free access through the side door on Heathcoat Street; ring the bell and we'll come and let
 you in.</p>""",
    )
    + """
<div id="c173" class="frame frame-default frame-type-form_formframework frame-layout-0">
<form action="/contact/" method="post" id="contactform-173" class="form">
<h3>Send us a message</h3>
<div class="form-group"><label for="cf-name">Your name</label><input id="cf-name" class="form-control"
 name="name"></div>
<div class="form-group"><label for="cf-email">Email</label><input id="cf-email" class="form-control" name="email"></div>
<div class="form-group"><label for="cf-topic">I'm a</label><select id="cf-topic" class="form-select" name="topic">
<option>Landlord</option><option>Tenant</option><option>Student</option><option>Seller</option><option>Buyer</option>
</select></div>
<div class="form-group"><label for="cf-msg">Message</label><textarea id="cf-msg" class="form-control" name="message"
 rows="5"></textarea></div>
<button type="submit" class="btn btn-primary">Send</button>
</form>
</div>
"""
)

_FAQ = _text(
    180,
    "Frequently asked questions",
    """<p>Can't find what you need? Ring the office or drop us a message.</p>""",
) + _accordion(
    181,
    [
        (
            "Do you accept tenants who receive Universal Credit?",
            """<p>Yes. We welcome applications from people receiving Universal Credit or other benefits, and many of our
 landlords accept them. Your benefit income counts towards affordability. If the housing element doesn't cover the
 rent on its own, a guarantor may be needed.</p>""",
        ),
        (
            "Can my partner or a friend move in with me part way through the tenancy?",
            """<p>Possibly, but you must ask us first &ndash; anyone living there who isn't on the tenancy could put
 you in
 breach of your agreement. The landlord has to agree, the new person is referenced and has a Right to Rent check, and
 we add them to the tenancy. We charge &pound;50 inc VAT for changing the tenancy, the most the law allows.</p>""",
        ),
        (
            "Can I sublet a room or let the property on Airbnb?",
            """<p>No. Subletting, taking in a lodger or short-term letting isn't allowed without the landlord's written
 consent, and it may also break the landlord's mortgage and insurance.</p>""",
        ),
        (
            "Am I allowed to smoke or vape in the property?",
            """<p>No. All the homes we let are non-smoking inside, and that includes vaping. Smoking in gardens and on
 balconies is fine, as long as you clear up after yourself.</p>""",
        ),
        (
            "Can I put pictures up or decorate?",
            """<p>Removable adhesive hooks and strips are fine without asking. For nails, screws, shelves, TV
 brackets or
 painting, email us with what you'd like to do and we'll ask the landlord; most say yes to reasonable requests if the
 work is done neatly. Anything done without permission may need putting right at the end of the tenancy.</p>""",
        ),
        (
            "Are your properties furnished?",
            """<p>It varies. Student houses are fully furnished. Professional lets are a mix of furnished,
 part-furnished
 and unfurnished, and each listing says which.</p>""",
        ),
        (
            "I'm moving from abroad. Can I rent without viewing in person?",
            """<p>Yes. We can do a live video viewing on WhatsApp or Teams, and everything else, from the application to
 signing the tenancy, can be done online. You'll need to show your passport or share code before you collect
 keys.</p>""",
        ),
        (
            "How long are your tenancies?",
            """<p>Most professional lets start with a 12-month fixed term and can then be renewed or roll on monthly.
 Some landlords accept six months. Student tenancies run for the academic year, as set out on our students page.</p>""",
        ),
    ],
)

_LL = ("/landlords/", "Landlords")

HTML = {
    "/": _page(
        "/",
        "Letting &amp; Estate Agents in Nottingham",
        "Independent lettings-led estate agent in Hockley, Nottingham: landlords, student houses, tenants and sales.",
        [("/", "Home")],
        _HOME,
        1,
    ),
    "/landlords/": _page(
        "/landlords/",
        "Landlord Fees &amp; Packages",
        "Let Only, Rent Collection and Fully Managed fees for Nottingham landlords, all shown including VAT.",
        [_LL],
        _LANDLORDS,
        2,
        _SIDEBAR_LANDLORD,
    ),
    "/landlords/hmo-licensing/": _page(
        "/landlords/hmo-licensing/",
        "HMO Licensing Help",
        "Help with Nottingham HMO, additional and selective licensing applications, room sizes and Article 4.",
        [_LL, ("/landlords/hmo-licensing/", "HMO licensing")],
        _HMO,
        3,
        _SIDEBAR_LANDLORD,
    ),
    "/landlords/inventories/": _page(
        "/landlords/inventories/",
        "Inventories, Check-ins &amp; Check-outs",
        "Independent inventory, check-in and check-out reports for Nottingham landlords, with prices.",
        [_LL, ("/landlords/inventories/", "Inventories &amp; check-outs")],
        _INVENTORY,
        4,
        _SIDEBAR_LANDLORD,
    ),
    "/landlords/rent-guarantee/": _page(
        "/landlords/rent-guarantee/",
        "Rent Guarantee &amp; Legal Cover",
        "Rent guarantee and legal expenses insurance for our Rent Collection and Fully Managed landlords.",
        [_LL, ("/landlords/rent-guarantee/", "Rent guarantee")],
        _RENT_GUARANTEE,
        5,
        _SIDEBAR_LANDLORD,
    ),
    "/tenants/applying/": _page(
        "/tenants/applying/",
        "Applying for a Property",
        "How to apply to rent with Hockley &amp; Vale: holding deposits, referencing, Right to Rent and moving in.",
        [("/tenants/applying/", "Applying for a property")],
        _APPLYING,
        6,
        _SIDEBAR_TENANT,
    ),
    "/tenants/guarantors/": _page(
        "/tenants/guarantors/",
        "Guarantors",
        "Who can be a guarantor, how much they need to earn, and what to do if you don't have a UK guarantor.",
        [("/tenants/guarantors/", "Guarantors")],
        _GUARANTORS,
        7,
        _SIDEBAR_TENANT,
    ),
    "/tenants/pets/": _page(
        "/tenants/pets/",
        "Renting with Pets",
        "Renting with a dog, cat or other pet in Nottingham: what landlords ask for and what it costs.",
        [("/tenants/pets/", "Pets")],
        _PETS,
        8,
        _SIDEBAR_TENANT,
    ),
    "/tenants/paying-rent/": _page(
        "/tenants/paying-rent/",
        "Paying Your Rent",
        "How to pay your rent, changing your rent date, and what to do if you can't pay on time.",
        [("/tenants/paying-rent/", "Paying your rent")],
        _PAYING,
        9,
        _SIDEBAR_TENANT,
    ),
    "/tenants/repairs/": _page(
        "/tenants/repairs/",
        "Repairs &amp; Emergencies",
        "Report a repair, our response times, and the out-of-hours emergency line for managed properties.",
        [("/tenants/repairs/", "Repairs &amp; emergencies")],
        _REPAIRS,
        10,
        _SIDEBAR_TENANT,
    ),
    "/tenants/ending-your-tenancy/": _page(
        "/tenants/ending-your-tenancy/",
        "Ending Your Tenancy",
        "Giving notice, leaving early, moving out day and getting your deposit back.",
        [("/tenants/ending-your-tenancy/", "Ending your tenancy")],
        _ENDING,
        11,
        _SIDEBAR_TENANT,
    ),
    "/students/": _page(
        "/students/",
        "Student Houses in Nottingham",
        "Bills-inclusive student houses near both Nottingham universities: when to look, contracts and council tax.",
        [("/students/", "Students")],
        _STUDENTS + _REVIEWS,
        12,
    ),
    "/sales/valuation/": _page(
        "/sales/valuation/",
        "Book a Valuation",
        "Free, no-obligation home valuations in Nottingham, including evenings and Saturday mornings.",
        [("/sales/valuation/", "Book a valuation")],
        _VALUATION,
        13,
    ),
    "/sales/selling-fees/": _page(
        "/sales/selling-fees/",
        "Selling Fees",
        "No sale, no fee: our sole agency, multi-agency and fixed selling fees, and what's included.",
        [("/sales/selling-fees/", "Selling fees")],
        _SELLING,
        14,
    ),
    "/sales/buying/": _page(
        "/sales/buying/",
        "Buying &amp; Mortgages",
        "Registering to buy, making an offer, ID checks and independent mortgage advice.",
        [("/sales/buying/", "Buying &amp; mortgages")],
        _BUYING,
        15,
    ),
    "/about/team/": _page(
        "/about/team/",
        "Meet the Team",
        "The Hockley &amp; Vale team, and our Propertymark, client money protection and redress memberships.",
        [("/about/team/", "Meet the team")],
        _TEAM,
        16,
    ),
    "/faq/": _page(
        "/faq/",
        "FAQs",
        "Answers to common questions from tenants about benefits, sharers, decorating, smoking and viewings.",
        [("/faq/", "FAQs")],
        _FAQ,
        17,
    ),
    "/contact/": _page(
        "/contact/",
        "Contact &amp; Find Us",
        "Our office on Carlton Street, Hockley: opening hours, email addresses, tram, bus and parking.",
        [("/contact/", "Contact &amp; find us")],
        _CONTACT,
        18,
    ),
}

QUESTIONS = [
    ("Do you lot cover Beeston or is it just city centre flats?", "/"),
    (
        "I just want someone to find me a decent tenant and I'll look after the house myself after that. "
        "What would that cost me?",
        "/landlords/",
    ),
    ("how much do you take each month for fully managing a flat", "/landlords/"),
    (
        "I'm thinking of renting my three bed terrace in Lenton out to three students. Do I need some sort of "
        "licence off the council for that?",
        "/landlords/hmo-licensing/",
    ),
    (
        "I only used you to find my tenant but could you do the check out report when they leave in March?",
        "/landlords/inventories/",
    ),
    ("What happens if my tenant just stops paying, do I still get my money?", "/landlords/rent-guarantee/"),
    ("whats the excess on that rent insurance thing you do", "/landlords/rent-guarantee/"),
    (
        "Viewed a flat on Mansfield Road yesterday and really want it. How much do I have to put down to hold it "
        "so nobody else gets it?",
        "/tenants/applying/",
    ),
    ("how much do i need to earn to rent somewhere thats 850 a month", "/tenants/applying/"),
    (
        "My son's starting uni here in September but we live in Dubai, so there's nobody in the UK who can be his "
        "guarantor. What are his options?",
        "/tenants/guarantors/",
    ),
    ("I've got an old staffie, very chilled, will you even consider me or is that a no", "/tenants/pets/"),
    (
        "I get paid on the 28th but my rent goes out on the 1st which leaves me skint all month, can that be moved?",
        "/tenants/paying-rent/",
    ),
    (
        "Lost my job last week and there's no way I'm making this month's rent. What happens now?",
        "/tenants/paying-rent/",
    ),
    (
        "theres water coming through my kitchen ceiling from the flat upstairs and its nearly midnight, who do I ring",
        "/tenants/repairs/",
    ),
    ("Boiler's packed in, no hot water. How long till someone comes out?", "/tenants/repairs/"),
    (
        "Got offered a job in Bristol but I'm only five months into a year's contract. Am I stuck paying till the end?",
        "/tenants/ending-your-tenancy/",
    ),
    ("moved out 2 weeks ago when do i get my deposit back", "/tenants/ending-your-tenancy/"),
    (
        "Is the internet included in your student houses or do we have to sort it out ourselves?",
        "/students/",
    ),
    (
        "We're first years and everyone's saying it's already too late to get a house for next year. "
        "When should we actually start looking?",
        "/students/",
    ),
    (
        "We're thinking about selling our semi in Carlton. Does it cost anything for you to come round and tell us "
        "what it's worth?",
        "/sales/valuation/",
    ),
    (
        "What's your commission if I sell through you, and do I pay anything if it doesn't sell?",
        "/sales/selling-fees/",
    ),
    (
        "First time buyer here, no clue where to start with getting a mortgage. Do you know anyone who can help?",
        "/sales/buying/",
    ),
    (
        "There's a figure on my landlord statement this month I don't recognise, who's best to speak to about it",
        "/about/team/",
    ),
    ("Where can I park when I come in to your office?", "/contact/"),
    (
        "my girlfriend wants to move in with me halfway through the tenancy, is that allowed",
        "/faq/",
    ),
]

OUT_OF_SCOPE = [
    "Can you do a probate valuation on my late dad's house for the inheritance tax forms?",
    "Do you sell houses at auction?",
    "Can you recommend a good removals firm for when we move?",
    "Would you buy my house off me for cash? I need a quick sale",
    "Do you give landlords a discount on fees if they have more than five properties with you?",
    "Have you got any shared ownership homes for sale?",
    "What's the best Indian restaurant near your office?",
    "Who won the Forest match last night?",
]
