"""An evaluation site: Ravenscourt Residential, a lettings and block management agent in Hammersmith, west London (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a WordPress site on the
Houzez real-estate theme: header-main-wrap with a mega-menu, page-title-wrap with breadcrumbs, houzez-section
blocks, a sidebar of widgets, a Houzez FAQ built from Bootstrap accordion cards, a cookie notice and a big footer.
"""

NAME = "Ravenscourt Residential"

_SITE = "https://www.ravenscourtresidential.co.uk"

_ANALYTICS = """<script async src="/wp-content/plugins/google-site-kit/gtag.js?id=G-RR7X2LQ9KD"></script>
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date());
gtag('config', 'G-RR7X2LQ9KD', {'anonymize_ip': true});
</script>"""

# (path, menu label, menu group) in menu order; group None means a top-level link.
_MENU = [
    ("/", "Home", None),
    ("/tenants/tenant-fees/", "Tenant fees", "Tenants"),
    ("/tenants/holding-deposits/", "Holding deposits", "Tenants"),
    ("/tenants/referencing-and-guarantors/", "Referencing &amp; guarantors", "Tenants"),
    ("/tenants/moving-in/", "Moving in", "Tenants"),
    ("/tenants/paying-rent/", "Paying your rent", "Tenants"),
    ("/repairs-and-emergencies/", "Report a repair &amp; emergencies", "Repairs"),
    ("/residents/leaks-from-the-flat-above/", "Leaks from the flat above", "Repairs"),
    ("/leaseholders/service-charges-and-ground-rent/", "Service charges &amp; ground rent", "Leaseholders"),
    ("/leaseholders/major-works-section-20/", "Major works &amp; Section 20", "Leaseholders"),
    ("/landlords/fees/", "Landlord fees", "Landlords"),
    ("/landlords/hmo-and-selective-licensing/", "HMO &amp; selective licensing", "Landlords"),
    ("/tenancies/renewals-and-rent-increases/", "Renewals &amp; rent increases", "Your tenancy"),
    ("/tenancies/ending-your-tenancy/", "Ending your tenancy", "Your tenancy"),
    ("/tenancies/deposit-returns-and-disputes/", "Deposit returns &amp; disputes", "Your tenancy"),
    ("/about-us/", "About us &amp; contact", "About"),
    ("/faq/", "FAQ", "About"),
    ("/complaints-and-redress/", "Complaints &amp; redress", "About"),
]


def _nav(current):
    """The Houzez mega-menu: top-level items with dropdown columns, current page marked."""
    items = []
    groups = []
    for path, label, group in _MENU:
        if group is None:
            active = " current-menu-item current_page_item" if path == current else ""
            items.append(
                f'<li class="menu-item menu-item-type-post_type menu-item-object-page nav-item{active}">'
                f'<a class="nav-link" href="{path}">{label}</a></li>'
            )
        elif group not in groups:
            groups.append(group)
    for group in groups:
        links = []
        parent_active = ""
        for path, label, g in _MENU:
            if g != group:
                continue
            active = ""
            if path == current:
                active = " current-menu-item current_page_item"
                parent_active = " current-menu-ancestor current-menu-parent"
            links.append(
                f'<li class="menu-item menu-item-type-post_type menu-item-object-page{active}">'
                f'<a class="dropdown-item" href="{path}">{label}</a></li>'
            )
        items.append(
            f'<li class="menu-item menu-item-has-children nav-item dropdown houzez-megamenu{parent_active}">'
            f'<a class="nav-link dropdown-toggle" href="#" data-toggle="dropdown">{group}</a>\n'
            '<div class="houzez-megamenu-inner"><ul class="dropdown-menu sub-menu">\n'
            + "\n".join(links)
            + "\n</ul></div></li>"
        )
    return "\n".join(items)


_SIDEBAR = """<div class="col-lg-4 col-md-12 bt-sidebar-wrap">
<aside id="sidebar" class="sidebar-wrap">
<div id="text-4" class="widget widget_text"><div class="widget-header">
<h3 class="widget-title">Need to talk to us?</h3></div>
<div class="textwidget"><p>Our lettings and block management teams work from the King Street office.
Call <a href="tel:02087415520">020 8741 5520</a> or email
<a href="mailto:hello@ravenscourtresidential.co.uk">hello@ravenscourtresidential.co.uk</a>.</p>
<p><a class="btn btn-primary btn-full-width houzez-btn" href="/repairs-and-emergencies/">Report a repair</a></p>
</div></div>
<div id="nav_menu-2" class="widget widget_nav_menu"><div class="widget-header">
<h3 class="widget-title">Popular pages</h3></div><div class="menu-sidebar-container"><ul class="menu">
<li class="menu-item"><a href="/tenants/tenant-fees/">Tenant fees</a></li>
<li class="menu-item"><a href="/leaseholders/service-charges-and-ground-rent/">Service charges</a></li>
<li class="menu-item"><a href="/landlords/fees/">Landlord fees</a></li>
<li class="menu-item"><a href="/faq/">Frequently asked questions</a></li>
</ul></div></div>
<div id="houzez_latest_posts-3" class="widget widget-recent-posts"><div class="widget-header">
<h3 class="widget-title">From the blog</h3></div>
<div class="widget-body"><ul class="list-unstyled">
<li><a href="#">Renters' Rights Act: what it means for west London landlords</a></li>
<li><a href="#">Five things to check before your check-out appointment</a></li>
<li><a href="#">Fire doors in blocks of flats: your questions answered</a></li>
</ul></div></div>
</aside>
</div>"""

_TESTIMONIALS = """<section class="houzez-section testimonials-module testimonials-module-v1">
<div class="container"><div class="section-title-wrap"><h2>What our residents and landlords say</h2></div>
<div class="testimonials-slider-wrap row">
<div class="col-md-4"><div class="testimonial-item testimonial-item-v1">
<div class="testimonial-body"><p>&ldquo;Our boiler died two days before Christmas and an engineer was with us the same
evening. Can't fault them.&rdquo;</p></div>
<div class="testimonial-info"><span class="testimonial-name">Sophie M.</span>
<span class="testimonial-job">Tenant, Brook Green</span></div></div></div>
<div class="col-md-4"><div class="testimonial-item testimonial-item-v1">
<div class="testimonial-body"><p>&ldquo;Priya's team took over our block from a national firm and the service charge
accounts finally make sense.&rdquo;</p></div>
<div class="testimonial-info"><span class="testimonial-name">James O.</span>
<span class="testimonial-job">RMC director, Chiswick</span></div></div></div>
<div class="col-md-4"><div class="testimonial-item testimonial-item-v1">
<div class="testimonial-body"><p>&ldquo;Three flats, eight years, never a void longer than a fortnight. They handle
everything while I'm working abroad.&rdquo;</p></div>
<div class="testimonial-info"><span class="testimonial-name">Anita K.</span>
<span class="testimonial-job">Landlord, Fulham</span></div></div></div>
</div></div>
</section>"""

_FOOTER = """<footer class="footer-wrap footer-wrap-v1">
<div class="footer-top-wrap"><div class="container"><div class="row">
<div class="col-md-3 col-sm-12"><div class="footer-widget widget widget_houzez_about_us">
<img class="footer-logo" src="/wp-content/uploads/2023/05/ravenscourt-logo-white.png" alt="Ravenscourt Residential">
<p>Independent lettings, property management and block management for west London since 2004.</p>
</div></div>
<div class="col-md-3 col-sm-12"><div class="footer-widget widget widget_houzez_contact">
<div class="widget-header"><h3 class="widget-title">Contact</h3></div>
<ul class="list-unstyled">
<li><i class="houzez-icon icon-pin"></i> 214 King Street, Hammersmith, London W6 0RA</li>
<li><i class="houzez-icon icon-phone"></i> <a href="tel:02087415520">020 8741 5520</a></li>
<li><i class="houzez-icon icon-envelope"></i>
<a href="mailto:hello@ravenscourtresidential.co.uk">hello@ravenscourtresidential.co.uk</a></li>
</ul></div></div>
<div class="col-md-3 col-sm-12"><div class="footer-widget widget widget_text">
<div class="widget-header"><h3 class="widget-title">Office hours</h3></div>
<p>Mon&ndash;Fri 9am&ndash;6pm<br>Sat 10am&ndash;2pm<br>Sun closed</p>
</div></div>
<div class="col-md-3 col-sm-12"><div class="footer-widget widget widget_nav_menu">
<div class="widget-header"><h3 class="widget-title">Useful links</h3></div>
<ul class="menu">
<li><a href="/tenants/tenant-fees/">Tenant fees</a></li>
<li><a href="/complaints-and-redress/">Complaints &amp; redress</a></li>
<li><a href="/about-us/">About us</a></li>
<li><a href="/faq/">FAQ</a></li>
</ul></div></div>
</div></div></div>
<div class="footer-bottom-wrap footer-bottom-wrap-v1"><div class="container"><div class="row">
<div class="col-md-6"><div class="footer-copyright">&copy; 2025 Ravenscourt Residential Ltd. Registered in England
no. 05123987. Registered office as above.</div>
<div class="footer-badges"><img src="/wp-content/uploads/2023/05/propertymark-arla.png" alt="Propertymark ARLA">
<img src="/wp-content/uploads/2023/05/tpo-logo.png" alt="The Property Ombudsman">
<img src="/wp-content/uploads/2023/05/irpm-logo.png" alt="IRPM"></div></div>
<div class="col-md-6"><div class="footer-social">
<a class="btn-facebook" target="_blank" href="https://www.facebook.com/ravenscourtresidential">
<i class="houzez-icon icon-social-media-facebook"></i></a>
<a class="btn-instagram" target="_blank" href="https://www.instagram.com/ravenscourtresidential">
<i class="houzez-icon icon-social-instagram"></i></a>
<a class="btn-linkedin" target="_blank" href="https://www.linkedin.com/company/ravenscourt-residential">
<i class="houzez-icon icon-professional-network-linkedin"></i></a>
</div></div>
</div></div></div>
</footer>"""

_COOKIES = """<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom"
aria-label="Cookie Notice"><div class="cookie-notice-container">
<span id="cn-notice-text" class="cn-text-container">We use cookies to understand how visitors use our website and to
remember your preferences. By continuing you agree to our use of cookies.</span>
<span id="cn-notice-buttons" class="cn-buttons-container">
<a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button">Accept</a>
<a href="#" id="cn-refuse-cookie" data-cookie-set="refuse" class="cn-set-cookie cn-button">Reject</a>
<a href="#" class="cn-privacy-policy-link cn-link">Privacy policy</a></span></div></div>"""


def _page(path, title, description, crumb, body, sidebar=True, testimonials=False, page_id=100):
    """Wrap one page's content in the shared Houzez header, title bar, sidebar and footer."""
    breadcrumb = '<li class="breadcrumb-item"><a href="/">Home</a></li>'
    if crumb:
        breadcrumb += f'\n<li class="breadcrumb-item">{crumb}</li>'
    breadcrumb += f'\n<li class="breadcrumb-item active">{title}</li>'
    col = "col-lg-8 col-md-12 bt-content-wrap" if sidebar else "col-lg-12 col-md-12 bt-full-width-content-wrap"
    side = _SIDEBAR if sidebar else ""
    extra = _TESTIMONIALS if testimonials else ""
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Ravenscourt Residential</title>
<meta name="description" content="{description}">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{_SITE}{path}">
<meta property="og:locale" content="en_GB">
<meta property="og:type" content="website">
<meta property="og:title" content="{title} | Ravenscourt Residential">
<meta property="og:site_name" content="Ravenscourt Residential">
<link rel='stylesheet' id='bootstrap-css' href='/wp-content/themes/houzez/css/bootstrap.min.css?ver=4.5.0' media='all'>
<link rel='stylesheet' id='houzez-icons-css' href='/wp-content/themes/houzez/css/icons.css?ver=3.2.4' media='all'>
<link rel='stylesheet' id='houzez-style-css' href='/wp-content/themes/houzez/style.css?ver=3.2.4' media='all'>
<link rel='stylesheet' id='houzez-child-css' href='/wp-content/themes/houzez-child/style.css?ver=1.0.3' media='all'>
<link rel='stylesheet' id='cookie-notice-front-css' href='/wp-content/plugins/cookie-notice/css/front.min.css'>
<link rel="icon" href="/wp-content/uploads/2023/05/cropped-favicon-32x32.png" sizes="32x32">
{_ANALYTICS}
</head>
<body class="page-template-default page page-id-{page_id} wp-custom-logo houzez-theme houzez-footer-position
 transparent-no houzez-header-none">
<div class="nav-mobile"><div class="main-nav navbar slideout-menu slideout-menu-left" id="nav-mobile"></div></div>
<main id="main-wrap" class="main-wrap">
<header class="header-main-wrap">
<div class="top-bar-wrap"><div class="container"><div class="d-flex justify-content-between">
<div class="top-bar-left-wrap"><div class="top-bar-contact">
<span class="hz-top-bar-phone"><i class="houzez-icon icon-phone mr-1"></i>
<a href="tel:02087415520">020 8741 5520</a></span>
<span class="hz-top-bar-email"><i class="houzez-icon icon-envelope mr-1"></i>
<a href="mailto:hello@ravenscourtresidential.co.uk">hello@ravenscourtresidential.co.uk</a></span>
</div></div>
<div class="top-bar-right-wrap"><div class="top-bar-social">
<a target="_blank" href="https://www.facebook.com/ravenscourtresidential">
<i class="houzez-icon icon-social-media-facebook"></i></a>
<a target="_blank" href="https://www.instagram.com/ravenscourtresidential">
<i class="houzez-icon icon-social-instagram"></i></a>
</div></div>
</div></div></div>
<div id="header-section" class="header-desktop header-v1" data-sticky="1">
<div class="container"><div class="header-inner-wrap"><div class="navbar d-flex align-items-center">
<div class="logo logo-desktop"><a href="/"><img src="/wp-content/uploads/2023/05/ravenscourt-logo.png"
 width="220" height="54" alt="Ravenscourt Residential - lettings and block management"></a></div>
<nav class="main-nav on-hover-menu navbar-expand-lg flex-grow-1">
<ul id="main-nav" class="navbar-nav justify-content-end">
{_nav(path)}
</ul></nav>
<div class="login-register"><a class="btn btn-create-listing hidden-xs hidden-sm"
 href="/repairs-and-emergencies/">Report a repair</a>
<a class="btn btn-primary houzez-btn" href="/landlords/fees/">Book a free valuation</a></div>
</div></div></div></div>
</header>
<section class="page-title-wrap"><div class="container">
<div class="d-flex align-items-center"><div class="breadcrumb-wrap"><nav aria-label="breadcrumb">
<ol class="breadcrumb">
{breadcrumb}
</ol></nav></div></div>
<div class="d-flex align-items-center"><div class="page-title flex-grow-1"><h1>{title}</h1></div></div>
</div></section>
<section class="content-wrap houzez-section"><div class="container"><div class="row">
<div class="{col}"><div class="article-wrap"><article class="post-wrap page type-page status-publish">
<div class="post-content-wrap">
{body}
</div>
</article></div></div>
{side}
</div></div></section>
{extra}
<section class="houzez-section cta-module"><div class="container"><div class="cta-wrap d-flex align-items-center">
<div class="cta-text flex-grow-1"><h3>Letting a flat or managing a block in west London?</h3>
<p>Book a free, no-obligation rental valuation or a block management proposal.</p></div>
<a class="btn btn-primary houzez-btn" href="/landlords/fees/">Book now</a>
<a class="btn btn-secondary houzez-btn" href="/about-us/">Meet the team</a>
</div></div></section>
{_FOOTER}
</main>
{_COOKIES}
<script src="/wp-content/themes/houzez/js/vendors/bootstrap.bundle.min.js?ver=4.5.0"></script>
<script src="/wp-content/themes/houzez/js/custom.min.js?ver=3.2.4"></script>
</body>
</html>
"""


_HOME = """<div class="houzez-section hero-banner-wrap">
<div class="banner-caption"><h2 class="banner-title">Lettings and block management in west London since 2004</h2>
<p class="banner-subtitle">Independent, local and answerable: one office, one team, and a phone that is actually
picked up.</p>
<a class="btn btn-primary houzez-btn" href="/landlords/fees/">Book a free rental valuation</a>
<a class="btn btn-secondary houzez-btn" href="/repairs-and-emergencies/">Tenants: report a repair</a></div>
</div>
<div class="houzez-section about-module">
<h2>Who we are</h2>
<p>Ravenscourt Residential is an independent letting agent and managing agent based on King Street in Hammersmith.
We let and manage around 850 homes for private landlords, and we manage 62 residential blocks, about 1,740 flats in
all, for freeholders, residents' management companies (RMCs) and right to manage (RTM) companies.</p>
<h3>Where we work</h3>
<p>For lettings and property management we cover Hammersmith, Chiswick, Shepherd's Bush, Brook Green, Fulham,
Acton, Ealing and Kew. Our block management reaches further, with buildings from Kensington and Notting Hill out to
Richmond and Kingston upon Thames. If your home is in a neighbouring area, ask us anyway: we will tell you honestly
whether we can look after it properly.</p>
</div>
<div class="houzez-section services-module"><div class="row">
<div class="col-md-3"><div class="service-module-v1"><h3>Tenants</h3>
<p>What you pay and when, from the holding deposit to the day you hand back your keys.</p>
<a href="/tenants/tenant-fees/" class="service-link">Tenant fees</a></div></div>
<div class="col-md-3"><div class="service-module-v1"><h3>Leaseholders</h3>
<p>Service charge budgets, ground rent demands, year-end accounts and major works consultations.</p>
<a href="/leaseholders/service-charges-and-ground-rent/" class="service-link">Service charges</a></div></div>
<div class="col-md-3"><div class="service-module-v1"><h3>Landlords</h3>
<p>Let only, rent collection or fully managed, with licensing and compliance handled for you.</p>
<a href="/landlords/fees/" class="service-link">Our fees</a></div></div>
<div class="col-md-3"><div class="service-module-v1"><h3>Repairs</h3>
<p>Report a repair online at any time, with photos, and track it until it is fixed.</p>
<a href="/repairs-and-emergencies/" class="service-link">Report a repair</a></div></div>
</div></div>
<div class="houzez-section stats-module"><div class="row">
<div class="col-md-3"><span class="stat-number">21</span> years in Hammersmith</div>
<div class="col-md-3"><span class="stat-number">850</span> homes managed</div>
<div class="col-md-3"><span class="stat-number">62</span> blocks managed</div>
<div class="col-md-3"><span class="stat-number">4.8</span> average Google rating</div>
</div></div>
<div class="houzez-section why-us-module">
<h2>Why landlords and residents stay with us</h2>
<ul>
<li>A named property manager for every managed home and every block, not a call centre.</li>
<li>Client money held in designated client accounts, with each block's funds kept separate.</li>
<li>Qualified staff: our directors hold Propertymark and IRPM qualifications.</li>
<li>Clear fees published on this website, with VAT shown.</li>
</ul>
</div>"""

_TENANT_FEES = """<div class="houzez-section page-content">
<p>Since 1 June 2019 the Tenant Fees Act has limited what a letting agent or landlord in England can charge a
tenant. We do not charge you for viewings, referencing, credit checks, drawing up the tenancy agreement, the
inventory or the check-out. The table below lists every payment you may be asked to make to us or to your landlord.
Amounts include VAT where VAT applies.</p>
<h2>Permitted payments</h2>
<div class="table-responsive"><table class="table table-striped houzez-table">
<thead><tr><th>Payment</th><th>How much</th><th>Notes</th></tr></thead>
<tbody>
<tr><td>Holding deposit</td><td>One week's rent</td><td>Reserves the property while checks are done. See
<a href="/tenants/holding-deposits/">holding deposits</a>.</td></tr>
<tr><td>Tenancy deposit</td><td>Five weeks' rent if the annual rent is under &pound;50,000; six weeks' rent if
the annual rent is &pound;50,000 or more</td><td>Paid before you move in and protected in a government-approved
scheme.</td></tr>
<tr><td>Rent</td><td>As agreed in your tenancy agreement</td><td>Monthly in advance.</td></tr>
<tr><td>Late rent</td><td>Interest at 3% a year above the Bank of England base rate</td><td>Only charged once rent
is more than 14 days overdue, and worked out from the day it was due.</td></tr>
<tr><td>Lost keys, fobs or security devices</td><td>The reasonable cost of replacement</td><td>For example a
locksmith's invoice or the block's fob charge (&pound;45 per fob in most blocks we manage). We will show you the
receipt.</td></tr>
<tr><td>Changing your tenancy at your request</td><td>&pound;50, or reasonable costs if higher</td><td>For example
replacing a sharer, adding a partner or changing the rent date.</td></tr>
<tr><td>Ending the tenancy early at your request</td><td>The landlord's loss or reasonable re-letting costs</td>
<td>Explained on <a href="/tenancies/ending-your-tenancy/">ending your tenancy</a>.</td></tr>
<tr><td>Utilities, council tax, TV licence, broadband</td><td>Whatever your suppliers charge</td><td>Paid by you
direct, unless your agreement says bills are included.</td></tr>
</tbody></table></div>
<h2>Working out weekly rent</h2>
<p>Weekly rent is the monthly rent multiplied by 12 and divided by 52. On a flat at &pound;1,500 a month the
weekly rent is &pound;346.15, so the holding deposit is &pound;346.15 and a five-week deposit is
&pound;1,730.77.</p>
<h2>Client money protection</h2>
<p>Deposits and rent we hold are kept in a designated client account and covered by client money protection. Our
certificates are displayed in the office and can be emailed on request.</p>
</div>"""

_HOLDING = """<div class="houzez-section page-content">
<p>Found somewhere you like? Once the landlord has accepted your offer in principle, we ask for a holding deposit
to take the property off the market while references and the tenancy agreement are prepared.</p>
<h2>How much is it?</h2>
<p>The holding deposit is one week's rent, which is the legal maximum. We only ever take one holding deposit on a
property at a time, so you will not be competing with another applicant who has also paid.</p>
<h2>The deadline for agreement</h2>
<p>After you pay, you and the landlord have 15 calendar days to enter into the tenancy agreement. This is called the
deadline for agreement. It can be extended only if you and the landlord both agree in writing, for example when a
guarantor is abroad.</p>
<h2>What happens to your money</h2>
<ul>
<li>If the tenancy goes ahead, with your consent the holding deposit is put towards your first month's rent.</li>
<li>If the landlord changes their mind, or we or the landlord fail to take reasonable steps to get the agreement
signed by the deadline, it is refunded in full within 7 days.</li>
<li>It will also be refunded if we ask you for a payment that the Tenant Fees Act does not allow.</li>
</ul>
<h2>When it can be kept</h2>
<p>The landlord may keep the holding deposit only if:</p>
<ul>
<li>you give false or misleading information that reasonably affects the decision to let to you;</li>
<li>you fail a Right to Rent immigration check;</li>
<li>you decide not to go ahead; or</li>
<li>you do not take all reasonable steps to enter into the agreement before the deadline.</li>
</ul>
<p>Failing affordability or credit checks is not, on its own, a reason to keep your money, provided you were honest
on your application. If we do keep it, we will write to you within 7 days explaining why.</p>
<h2>How to pay</h2>
<p>By bank transfer to our client account, or by debit card in our office. We do not accept cash.</p>
</div>"""

_REFERENCING = """<div class="houzez-section page-content">
<p>Every adult who will live in the property is referenced, whether they are named on the tenancy or not. Referencing
is carried out online by our partner HomeLet and costs you nothing. Most references come back within two to four
working days; the biggest delays are employers and previous landlords who are slow to reply.</p>
<h2>What we check</h2>
<ul>
<li>Identity and your Right to Rent in the UK. British and Irish citizens show a passport; most others give us a
share code from the gov.uk Right to Rent service.</li>
<li>Income and employment: a reference from your employer, or an offer letter if you are starting a new job.</li>
<li>Credit history, including county court judgments (CCJs). Tell us about any CCJ up front: a settled, explained
judgment does not always mean a refusal.</li>
<li>A reference from your current landlord or agent, if you rent now.</li>
</ul>
<h2>How much do I need to earn?</h2>
<p>Your gross annual income should be at least 30 times the monthly rent. For sharers we add everyone's income
together. If the rent is &pound;2,000 a month, the household needs at least &pound;60,000 a year between you.
Self-employed applicants should have two years' SA302 tax calculations or a letter from their accountant. Savings
can count instead of income if they cover the whole first year's rent.</p>
<h2>Guarantors</h2>
<p>If you do not meet the income test, a guarantor can sign a deed of guarantee promising to pay the rent if you
do not. A guarantor must:</p>
<ul>
<li>live in the UK and have a UK credit history;</li>
<li>earn at least 36 times the monthly rent (home owners are preferred); and</li>
<li>pass the same referencing as you.</li>
</ul>
<p>On a joint tenancy a guarantor is usually liable for the whole rent, not just your share, so make sure they
understand that before signing.</p>
<h2>Students and people new to the UK</h2>
<p>If your family lives outside the UK they cannot act as your guarantor. Instead you can use a guarantor service
such as Housing Hand, which charges you directly, or, if the landlord agrees, pay part of the rent in advance.</p>
</div>"""

_MOVING_IN = """<div class="houzez-section page-content">
<h2>Before you get the keys</h2>
<p>We can release keys once the tenancy agreement is signed by everyone, references and Right to Rent checks are
complete, and your first month's rent and deposit have reached our account as cleared funds. Card payments and
transfers made on the morning of the move may not clear in time, so please pay at least two working days
before.</p>
<h2>Collecting your keys</h2>
<p>Keys are collected from our King Street office between 11am and 4pm on the day your tenancy starts, Monday to
Friday. If your tenancy starts on a Saturday, keys can be collected between 10am and 1pm by prior arrangement. We
do not hand over keys on Sundays or bank holidays. Bring photo ID.</p>
<h2>Check-in and the inventory</h2>
<p>An independent inventory clerk meets you at the property to go through the inventory and take meter readings.
You then have 7 days to return the inventory with your comments and any photos of marks or damage we may have
missed. This is the record your deposit will be judged against at the end, so please take your time.</p>
<h2>Documents you will receive</h2>
<ul>
<li>The government's How to Rent guide</li>
<li>The gas safety certificate, energy performance certificate and electrical safety report (EICR)</li>
<li>Your deposit protection certificate and prescribed information, within 30 days of paying the deposit</li>
</ul>
<h2>Bills and council tax</h2>
<p>We send meter readings and your names to the energy and water suppliers and the council. You choose your own
broadband and need your own TV licence.</p>
<h2>Moving into a block we manage</h2>
<p>Most of our blocks have rules for moving day. Removals are allowed 9am to 6pm, Monday to Saturday. If the
building has a lift, book the protective lift covers with the block manager at least 48 hours ahead by emailing
blocks@ravenscourtresidential.co.uk. Removal vans may not park in residents' car parks or block the bin store.</p>
<p>Your landlord's insurance does not cover your belongings, so arrange contents insurance from day one.</p>
</div>"""

_PAYING_RENT = """<div class="houzez-section page-content">
<p>Rent is paid monthly in advance on the date shown in your tenancy agreement, which is normally the same day of
the month as your tenancy started. Your first month's rent is paid before you move in.</p>
<h2>Setting up your standing order</h2>
<p>Please set up a standing order with your bank to reach us on or before the rent date:</p>
<div class="table-responsive"><table class="table houzez-table">
<tbody>
<tr><th>Account name</th><td>Ravenscourt Residential Ltd Client Account</td></tr>
<tr><th>Bank</th><td>Barclays</td></tr>
<tr><th>Sort code</th><td>20-71-64</td></tr>
<tr><th>Account number</th><td>43829105</td></tr>
<tr><th>Reference</th><td>Your tenancy reference, for example RR-4812, shown on the first page of your agreement</td>
</tr>
</tbody></table></div>
<p>Please use your tenancy reference rather than your name, otherwise your payment may take longer to match. We do
not accept cash or cheques. If your landlord has chosen our let only service, you pay the landlord directly and
their bank details are in your agreement.</p>
<h2>Your tenant portal</h2>
<p>Managed and rent collection tenants get a login to our tenant portal, where you can see every payment, download
rent statements for Universal Credit or a mortgage application, and report repairs.</p>
<h2>Universal Credit and Housing Benefit</h2>
<p>We are happy to let to tenants who receive Universal Credit or Housing Benefit, subject to the same referencing
as everyone else. The housing element is normally paid to you and you then pay us. If rent falls two months behind,
we can ask the DWP to pay the housing element directly to the landlord (an alternative payment arrangement).</p>
<h2>If you are struggling to pay</h2>
<p>Tell us early. Call Grace in our accounts team on 020 8741 5520: we can often agree a repayment plan with your
landlord. Free, independent advice is also available from Shelter and Citizens Advice. The charges for late rent
are shown on our <a href="/tenants/tenant-fees/">tenant fees</a> page.</p>
</div>"""

_REPAIRS = """<div class="houzez-section page-content">
<p>If we manage your home, report repairs through our online repairs portal, powered by Fixflo. It is open 24 hours
a day, works on your phone and lets you add photos and videos, which often means we can send the right tradesperson
first time. You will get updates by text and email until the job is closed. If your landlord uses our let only
service, please contact your landlord directly.</p>
<p><a class="btn btn-primary houzez-btn" href="#">Open the repairs portal</a></p>
<h2>How quickly we respond</h2>
<div class="table-responsive"><table class="table table-striped houzez-table">
<thead><tr><th>Priority</th><th>Examples</th><th>Target</th></tr></thead>
<tbody>
<tr><td>Emergency</td><td>Uncontrollable leak, no power, property cannot be secured</td><td>Attend and make safe
within 4 hours</td></tr>
<tr><td>Urgent</td><td>Only toilet not flushing, fridge not working, partial loss of heating</td><td>Within 24
hours</td></tr>
<tr><td>Routine</td><td>Dripping tap, sticking door, broken extractor fan</td><td>Within 5 working days</td></tr>
<tr><td>Planned</td><td>Redecoration, replacing worn carpets</td><td>Agreed with the landlord, usually within 28
days</td></tr>
</tbody></table></div>
<h2>Emergencies out of hours</h2>
<p>Outside office hours (6pm to 9am on weekdays, and all weekend and bank holidays) call our out-of-hours emergency
line on <a href="tel:02087415599">020 8741 5599</a>. It is for emergencies only, such as:</p>
<ul>
<li>no heating or no hot water at all between October and April, or at any time if someone in the home is elderly,
very young or unwell;</li>
<li>a leak you cannot stop, or water coming through a ceiling or near electrics;</li>
<li>no electricity anywhere in the property (check 105 first for a local power cut);</li>
<li>a break-in that leaves the property insecure (call the police first).</li>
</ul>
<p>If you smell gas, leave the property and call the National Gas Emergency Service on 0800 111 999 before you call
us.</p>
<h2>Before you call about the boiler</h2>
<p>Check the pressure gauge reads between 1 and 1.5 bar, that the thermostat and timer are on, and that any
prepayment meter has credit. Many boilers can be reset with the reset button. The manual is in your welcome
pack.</p>
<h2>Locked out?</h2>
<p>We hold keys for managed properties. In office hours you can borrow them with photo ID and return them the same
day. We cannot release keys out of hours, so you would need to call a locksmith at your own cost.</p>
<h2>Your part</h2>
<p>Tenants look after small things: light bulbs, testing smoke alarms monthly, keeping sinks clear of fat and hair,
and opening windows or using extractor fans to keep condensation down. Please report damp or mould as soon as you
see it: we will inspect within 10 working days.</p>
</div>"""

_LEAKS = """<div class="houzez-section page-content">
<p>Water coming through the ceiling is alarming, but a few quick steps limit the damage. This guide is for residents
of the blocks we manage, whether you own your flat or rent it.</p>
<h2>1. Make it safe</h2>
<p>If water is near light fittings, switches or sockets, turn the electricity off at the consumer unit (fuse box)
and do not use the lights in that room. Move belongings out of the way and catch the water in buckets.</p>
<h2>2. Knock on the flat above</h2>
<p>Most leaks come from a washing machine, bath or shower. Ask your neighbour to turn off their stopcock, usually
under the kitchen sink, and the appliance that is leaking.</p>
<h2>3. If nobody answers, call us</h2>
<p>Call the office on 020 8741 5520, or the out-of-hours line if we are closed. We keep emergency contact details
for every flat and will try the owner, their tenant and their letting agent. If the leak is serious and nobody can
be reached, most leases allow emergency entry: our contractor will attend with a locksmith, stop the water and
secure the door afterwards. The cost is charged to the owner of the flat the leak came from.</p>
<h2>4. Record everything</h2>
<p>Take photos and video of the water and the damage, note the times, and keep damaged items until the insurer says
you can throw them away.</p>
<h2>Who pays for the damage?</h2>
<ul>
<li><strong>The building:</strong> damage to ceilings, walls, fitted kitchens, bathrooms and fixed flooring is
covered by the block's buildings insurance, which we arrange for the freeholder. We handle the claim for you.</li>
<li><strong>The excess:</strong> the policy excess for escape of water is &pound;250 per claim. Under most of the
leases we manage, it is paid by the leaseholder of the flat where the leak started. If the leak came from a
communal pipe or the roof, the excess is paid from the service charge.</li>
<li><strong>Your belongings:</strong> sofas, clothes, rugs and electricals are not covered by the block policy.
Claim on your own contents insurance, whether you own or rent.</li>
<li><strong>Finding the leak:</strong> the block policy includes trace and access cover, so the cost of opening up
floors or walls to find a hidden leak is normally part of the claim.</li>
</ul>
<p>Claims must be reported to us within 30 days. A loss adjuster will visit for claims over &pound;5,000. If you need
dehumidifiers to dry the flat, keep a note of the meter readings so the extra electricity can be claimed.</p>
</div>"""

_SERVICE_CHARGES = """<div class="houzez-section page-content">
<p>If you own a leasehold flat in a block we manage, your lease requires you to contribute to the cost of running
the building: cleaning, lighting, insurance, lift servicing, gardening, fire safety, repairs and our management
fee. This is your service charge.</p>
<h2>Budgets and demands</h2>
<p>For most blocks the service charge year runs from 1 January to 31 December. We send the budget for the coming
year in November. Service charges are then demanded half-yearly in advance, on the traditional quarter days of
25 March and 29 September, and demands go out about three weeks before each date. Every demand comes with the
statutory summary of your rights and obligations.</p>
<h2>How to pay</h2>
<ul>
<li>By bank transfer to the block's own client account. Each block has a separate account; the details are on your
demand.</li>
<li>By monthly Direct Debit through the leaseholder portal, which spreads each half-year's charge over six monthly
payments at no extra cost. It must be set up before the demand date.</li>
<li>By debit card through the leaseholder portal. We do not take credit cards.</li>
</ul>
<h2>Reserve fund and year-end accounts</h2>
<p>Part of each budget goes into a reserve fund for big future costs such as roofs, lifts and external decoration.
After the year ends, an independent accountant certifies the accounts, which we aim to send within six months. If
the block spent less than budgeted you receive a credit; if it spent more, a balancing charge.</p>
<h2>Ground rent</h2>
<p>We collect ground rent on behalf of the freeholder. It is only payable once you receive a formal ground rent
notice, and the amount and dates are set by your lease. Most leases granted after 30 June 2022 have a peppercorn
(zero) ground rent.</p>
<h2>If you fall behind</h2>
<p>We send a reminder 14 days after the due date and a second reminder at 28 days, with an administration charge of
&pound;48 including VAT where the lease allows it. After 42 days the arrears are passed to the freeholder's
solicitors, which adds legal costs. If you are having difficulty, please call our block accounts team before it
gets to that stage.</p>
<h2>Questioning a charge</h2>
<p>You can ask for a written summary of the costs and inspect the invoices behind it. If you believe a charge is
unreasonable, the First-tier Tribunal (Property Chamber) can decide whether it is payable.</p>
</div>"""

_SECTION_20 = """<div class="houzez-section page-content">
<p>When a building needs major work, such as a new roof, external redecoration, lift replacement or new windows,
the law requires the landlord to consult leaseholders before the work is done. This is known as a Section 20
consultation, after Section 20 of the Landlord and Tenant Act 1985.</p>
<h2>When consultation is needed</h2>
<p>Consultation is needed whenever any one leaseholder would have to pay more than &pound;250 towards a set of
works. It is also needed for long-term contracts lasting more than a year, such as cleaning or lift maintenance,
where any leaseholder would pay more than &pound;100 a year. If the landlord does not consult properly, each
leaseholder's contribution can be capped at those amounts.</p>
<h2>The three stages</h2>
<ol>
<li><strong>Notice of intention.</strong> We describe the works and why they are needed. You have 30 days to send
written comments, and you may nominate a contractor of your own; we must then try to get an estimate from them.</li>
<li><strong>Statement of estimates.</strong> We send at least two estimates, at least one from a contractor with no
connection to the landlord or to us, with a summary of the comments received. You have another 30 days to
comment. You can inspect the full estimates at our office by appointment.</li>
<li><strong>Notice of reasons.</strong> If the contract is not given to the cheapest contractor or to a
leaseholder's nominee, we explain why within 21 days of signing it.</li>
</ol>
<p>From first notice to starting work usually takes four to six months.</p>
<h2>Emergency works</h2>
<p>Where work cannot wait, for example a dangerous parapet, the landlord can ask the First-tier Tribunal for
dispensation from some or all of the consultation.</p>
<h2>Paying for major works</h2>
<p>We use the reserve fund first, then demand the balance. We aim to give at least three months' notice before the
demand is issued. Where a leaseholder's share is over &pound;2,000, the freeholder will usually agree to a payment
plan of up to 12 months. Large projects are specified and supervised by a chartered surveyor, whose fee (normally
10 to 12% of the contract) forms part of the cost.</p>
</div>"""

_LANDLORD_FEES = """<div class="houzez-section page-content">
<p>Our fees are a percentage of the rent, shown with and without VAT. There is no set-up fee on our fully managed
service. Fees are deducted from the rent we collect, and rent reaches your account within three working days of
cleared funds arriving.</p>
<h2>Service levels</h2>
<div class="table-responsive"><table class="table table-striped houzez-table">
<thead><tr><th>Service</th><th>Fee</th><th>What is included</th></tr></thead>
<tbody>
<tr><td>Let only</td><td>8% + VAT (9.6% inc VAT) of the rent for the fixed term, minimum &pound;1,000 + VAT</td>
<td>Valuation, photos and floorplan, marketing on Rightmove and Zoopla, accompanied viewings, referencing, Right to
Rent checks, tenancy agreement</td></tr>
<tr><td>Rent collection</td><td>10% + VAT (12% inc VAT) of the monthly rent</td><td>Everything in let only, plus
monthly rent collection, arrears chasing, statements and deposit registration</td></tr>
<tr><td>Fully managed</td><td>14% + VAT (16.8% inc VAT) of the monthly rent</td><td>Everything above, plus repairs
through our portal, the out-of-hours emergency line, inspections every six months, safety certificate reminders,
check-out and deposit negotiation</td></tr>
</tbody></table></div>
<h2>Other charges (including VAT)</h2>
<div class="table-responsive"><table class="table houzez-table">
<tbody>
<tr><td>Gas safety certificate</td><td>&pound;90</td></tr>
<tr><td>Electrical installation condition report (EICR), up to 2 bedrooms</td><td>&pound;216</td></tr>
<tr><td>Energy performance certificate (EPC)</td><td>&pound;108</td></tr>
<tr><td>Inventory and check-in</td><td>&pound;168 (studio or 1 bed) to &pound;300 (4 bed or more)</td></tr>
<tr><td>Deposit registration, let only</td><td>&pound;42</td></tr>
<tr><td>Tenancy renewal</td><td>&pound;288</td></tr>
<tr><td>Section 13 rent increase notice</td><td>&pound;144</td></tr>
<tr><td>Non-resident landlord annual tax return to HMRC</td><td>&pound;180</td></tr>
</tbody></table></div>
<h2>Contract terms</h2>
<p>Our management agreement has no minimum term after the first tenancy: either side can end it with two months'
written notice. If the tenant we found stays on after you end our management, the let only fee applies to the
remaining term.</p>
<p>Book a free rental valuation with Daniel Okafor, our head of lettings, on 020 8741 5520.</p>
</div>"""

_HMO = """<div class="houzez-section page-content">
<p>Licensing catches out more west London landlords than any other rule. Renting without a licence you need is a
criminal offence, and councils are actively checking.</p>
<h2>Mandatory HMO licences</h2>
<p>Anywhere in England, a property let to five or more people who form two or more households and share a kitchen,
bathroom or toilet is a house in multiple occupation (HMO) and needs a mandatory licence from the council. A couple
counts as one household; friends sharing are each a separate household. So a house let to five friends needs a
licence even if they found the place together and signed one joint tenancy.</p>
<h2>Additional and selective licensing</h2>
<p>Many boroughs go further. Hammersmith &amp; Fulham, Ealing and Brent all run additional licensing schemes that
cover smaller HMOs, typically three or four people from two or more households. Selective licensing goes further
again: in designated streets and wards, even a flat let to a single family needs a licence. Schemes change every
few years, so check your exact address with us before you let.</p>
<h2>Standards you will need to meet</h2>
<ul>
<li>Bedrooms of at least 6.51 square metres for one adult and 10.22 square metres for two. A room under 4.64
square metres cannot be used for sleeping at all.</li>
<li>Fire doors to kitchens and escape routes, and interlinked smoke alarms.</li>
<li>Enough kitchens, bathrooms and toilets for the number of people.</li>
<li>A valid gas safety certificate, EICR and EPC, and a fit and proper licence holder.</li>
</ul>
<h2>What happens if you do not license</h2>
<p>Councils can fine you up to &pound;30,000 per offence, and tenants can apply for a rent repayment order of up to
12 months' rent. While a property is unlicensed you also cannot serve a valid Section 21 notice.</p>
<h2>Our licensing service</h2>
<p>We check your property against the scheme for its street, prepare the application, floor plans and
certificates, and meet the council's inspector. Our fee is &pound;540 including VAT per application for fully
managed landlords, or &pound;900 including VAT otherwise. The council's own fee is passed on at cost and is
typically &pound;1,000 to &pound;1,800 for a five-year licence.</p>
</div>"""

_RENEWALS = """<div class="houzez-section page-content">
<p>About ten weeks before a fixed term ends we contact both the landlord and the tenant to find out what each would
like to do.</p>
<h2>Your options at the end of a fixed term</h2>
<ul>
<li><strong>Sign a new fixed term</strong>, usually another 12 months, with any change in rent written in.</li>
<li><strong>Let it roll on</strong> as a monthly periodic tenancy on the same terms. Nothing needs signing.</li>
<li><strong>End the tenancy</strong> by giving the right notice.</li>
</ul>
<p>Tenants are never charged for a renewal. Under the Tenant Fees Act it is the landlord who pays.</p>
<h2>Rent increases</h2>
<p>We look at what similar homes nearby have let for in the last three months and suggest a fair rent to the
landlord. A rent increase can happen in one of two ways:</p>
<ol>
<li><strong>By agreement.</strong> The new rent is agreed as part of a renewal. You are free to negotiate: many
landlords prefer a good tenant staying to a higher rent and an empty month.</li>
<li><strong>By a Section 13 notice.</strong> On a periodic tenancy the landlord can propose a new rent using the
prescribed form (Form 4). For a monthly tenancy the notice must give at least one month before the new rent
starts, the new rent must start at the beginning of a rental period, and it can be used no more than once every
52 weeks. If you think the new rent is above the market rate, you can apply to the First-tier Tribunal before the
date it takes effect.</li>
</ol>
<p>A landlord cannot simply raise the rent in the middle of a fixed term unless the agreement contains a rent review
clause.</p>
<h2>Changes coming under the Renters' Rights Act</h2>
<p>From 1 May 2026, fixed terms end and all assured shorthold tenancies become rolling periodic tenancies. Rent can
then only go up once a year using a Section 13 notice, with at least two months' notice. We will write to every
tenant and landlord we work with well before then.</p>
</div>"""

_ENDING = """<div class="houzez-section page-content">
<h2>Leaving during a fixed term</h2>
<p>A fixed-term tenancy commits you to paying rent until the end of the term. Most of our agreements include a
break clause that either side can use after month four by giving two months' written notice, so the tenancy ends no
earlier than the end of month six. Check clause 8 of your agreement to see whether yours has one.</p>
<p>If there is no break clause, or you need to go sooner, you can ask the landlord to agree to an early surrender.
The landlord does not have to agree. If they do, we will market the property straight away. You keep paying rent
until the new tenant moves in, and you pay the landlord's reasonable re-letting costs, which cannot be more than
the landlord's actual loss. In practice this is usually a share of the let fee for the months left on your
term.</p>
<h2>Leaving after the fixed term</h2>
<p>Once your tenancy is rolling month to month, give at least one month's notice in writing, ending on the last day
of a rental period. If your rent date is the 15th, your notice must end on the 14th of a month. On a joint
tenancy, one tenant's valid notice ends the tenancy for everyone, so talk to your sharers first.</p>
<h2>How to give notice</h2>
<p>Email lettings@ravenscourtresidential.co.uk with the property address, the names of all tenants, your leaving
date and a forwarding address. We will confirm receipt within two working days.</p>
<h2>Your last day</h2>
<ul>
<li>An inventory clerk will carry out the check-out; we will agree the time with you.</li>
<li>Return all keys and fobs to our office by 12 noon on your last day, or post them through our key drop box.</li>
<li>Leave the property as clean as it was at check-in. We cannot insist that you use a professional cleaner, but
any cleaning we have to arrange will be taken from the deposit.</li>
<li>Take final meter readings, tell the council and suppliers, and set up Royal Mail redirection.</li>
</ul>
</div>"""

_DEPOSITS = """<div class="houzez-section page-content">
<p>Your deposit is protected with the Tenancy Deposit Scheme (TDS), a government-approved scheme. This page explains
how it comes back to you and what happens if you and the landlord disagree about deductions.</p>
<h2>After you move out</h2>
<ol>
<li>The inventory clerk's check-out report is compared with the check-in inventory.</li>
<li>Within 10 working days of the tenancy ending, we email you the landlord's proposed deductions, if there are
any, with photos and quotes.</li>
<li>You have 14 days to agree or to tell us what you disagree with.</li>
<li>Any amount that is agreed is returned by bank transfer within 10 days of agreement. On a joint tenancy we pay
it as all the tenants instruct us.</li>
</ol>
<h2>Fair wear and tear</h2>
<p>A landlord cannot charge for the normal ageing of a home: lightly worn carpets, faded paintwork or a few small
scuffs. Nor can they charge new for old. If a sofa with a five-year life is three years old when it is damaged,
the landlord can only claim part of the cost. Common fair deductions are for cleaning, rubbish left behind, unpaid
rent, missing keys and damage beyond normal use.</p>
<h2>If you do not agree</h2>
<p>You can use the TDS's free dispute resolution service. Either of you can raise a dispute with TDS within three
months of the end of the tenancy. An independent adjudicator looks at the written evidence from both sides,
usually the inventory, check-out report, photos, invoices and emails, and decides how the disputed money is split.
Decisions are usually made within 28 days of TDS receiving all the evidence, and both sides are bound by them. Any
amount that is not in dispute is paid out straight away.</p>
<h2>Tips for getting your deposit back</h2>
<ul>
<li>Comment on the check-in inventory within the seven days allowed.</li>
<li>Report repairs as they happen, so damage is not blamed on you at the end.</li>
<li>Take dated photos when you leave.</li>
</ul>
</div>"""

_COMPLAINTS = """<div class="houzez-section page-content">
<p>We want to put things right quickly when we get them wrong. Most problems can be sorted out with a phone call to
your property manager or block manager, so please try that first.</p>
<h2>Stage 1: making a formal complaint</h2>
<p>Email complaints@ravenscourtresidential.co.uk or write to us at the office, explaining what went wrong and what
you would like us to do. We will acknowledge your complaint within 3 working days. The head of the department
concerned will investigate and send you a full written response within 15 working days.</p>
<h2>Stage 2: review by a director</h2>
<p>If you are not happy with the Stage 1 response, ask for a review. Our managing director, Helen Ashworth, will
look at the complaint afresh and send our final viewpoint letter within 15 working days of your request.</p>
<h2>Stage 3: The Property Ombudsman</h2>
<p>If you remain unhappy after our final viewpoint, or we have not resolved your complaint within eight weeks of
first receiving it, you can refer it to The Property Ombudsman (TPO). TPO is free to use and can award compensation.
You must refer your complaint within 12 months of our final viewpoint letter.</p>
<p>The Property Ombudsman, Milford House, 43-55 Milford Street, Salisbury SP1 2BP.
Website: <a href="https://www.tpos.co.uk">www.tpos.co.uk</a>.</p>
<h2>Our memberships</h2>
<ul>
<li>Redress: The Property Ombudsman, membership D04718</li>
<li>Client money protection: Propertymark Client Money Protection scheme, membership C0117735</li>
<li>Propertymark (ARLA) and the Institute of Residential Property Management (IRPM)</li>
<li>Registered with the Information Commissioner's Office</li>
</ul>
<p>If your complaint is about the condition of a rented home and we and the landlord have not dealt with it, you
can also contact the private housing team at your local council.</p>
</div>"""


def _faq_item(n, question, answer):
    return f"""<div class="card"><div class="card-header" id="faq-heading-{n}"><h2 class="mb-0">
<button class="btn btn-link collapsed" type="button" data-toggle="collapse" data-target="#faq-collapse-{n}"
 aria-expanded="false" aria-controls="faq-collapse-{n}">{question}</button></h2></div>
<div id="faq-collapse-{n}" class="collapse" aria-labelledby="faq-heading-{n}" data-parent="#houzez-faq-accordion">
<div class="card-body"><p>{answer}</p></div></div></div>"""


_FAQ_ITEMS = [
    (
        "Can I keep a pet?",
        "Many of our landlords will consider pets, especially cats and small dogs, so tell us when you make an offer"
        " and we will ask. In a block of flats the lease may ban pets or need the freeholder's consent as well."
        " We cannot take an extra pet deposit, but the landlord may ask you to hold pet damage insurance.",
    ),
    (
        "Can I decorate or put up pictures?",
        "Ask us first. Most landlords are happy for you to use a small number of picture hooks, and many will agree to"
        " painting in neutral colours. Please get consent in writing before any decorating.",
    ),
    (
        "Can I sublet my room or list the flat on Airbnb?",
        "No. Subletting and short-term holiday lets are not allowed under our tenancy agreements and usually breach"
        " the lease of the building too. In London a home can only be used for short lets for 90 nights a year"
        " in any case.",
    ),
    (
        "Can I take in a lodger?",
        "Only with the landlord's written consent. The lodger must pass a Right to Rent check before moving in.",
    ),
    (
        "Is smoking allowed?",
        "Smoking and vaping are not allowed inside any of the homes we let, or in the communal areas of any block we"
        " manage.",
    ),
    (
        "Can I leave my bike or pushchair in the hallway of the block?",
        "No. Communal corridors and stairs are fire escape routes and must be kept completely clear. Most of our"
        " blocks have a bike store; ask the block manager for a key.",
    ),
    (
        "How do I get rid of an old sofa or mattress?",
        "Please do not leave it in the bin store: the cost of removing it is charged to every leaseholder. Book a"
        " bulky waste collection with your council instead.",
    ),
    (
        "Can I get a parking space?",
        "Where a block has its own car park, spaces belong to particular flats under their leases and we cannot"
        " allocate them. On-street parking is by council resident permit, which you apply for with your"
        " tenancy agreement as proof of address.",
    ),
    (
        "I'm selling my flat. What does the management pack cost?",
        "Your buyer's solicitor will ask us for a leasehold management pack (the LPE1 form and supporting documents)."
        " It costs &pound;360 including VAT and takes 10 working days, or 3 working days for an extra &pound;150.",
    ),
    (
        "Can I put up a satellite dish?",
        "Not on the outside of a block we manage. Most of our blocks have a communal aerial and satellite system with"
        " a socket in every flat.",
    ),
]

_FAQ = (
    """<div class="houzez-section page-content">
<p>The questions our tenants, leaseholders and landlords ask us most. If yours is not here, call us on
020 8741 5520.</p>
<div class="houzez-faq-wrap"><div class="accordion faq-accordion" id="houzez-faq-accordion">
"""
    + "\n".join(_faq_item(i + 1, q, a) for i, (q, a) in enumerate(_FAQ_ITEMS))
    + """
</div></div>
</div>"""
)

_ABOUT = """<div class="houzez-section page-content">
<p>Helen Ashworth opened Ravenscourt Residential in 2004 with two desks above a dry cleaner's on King Street. Twenty
one years on we are still independent, still on King Street, and a team of 24 people, most of whom live within a
few miles of the office.</p>
<h2>Meet the team</h2>
<div class="row houzez-team-module">
<div class="col-md-6"><div class="team-item"><h3>Helen Ashworth</h3><p class="team-role">Managing director,
FARLA</p><p>Founder; oversees complaints reviews and client accounts.</p></div></div>
<div class="col-md-6"><div class="team-item"><h3>Daniel Okafor</h3><p class="team-role">Head of lettings</p>
<p>Valuations, new landlords and the lettings negotiators.</p></div></div>
<div class="col-md-6"><div class="team-item"><h3>Priya Raman</h3><p class="team-role">Head of block management,
MIRPM</p><p>Leads the block managers and Section 20 projects.</p></div></div>
<div class="col-md-6"><div class="team-item"><h3>Tom Kowalski</h3><p class="team-role">Senior property
manager</p><p>Day-to-day contact for managed landlords and their tenants.</p></div></div>
<div class="col-md-6"><div class="team-item"><h3>Grace Whitfield</h3><p class="team-role">Accounts and credit
control</p><p>Rent, service charges, statements and payment plans.</p></div></div>
<div class="col-md-6"><div class="team-item"><h3>Marcus Bell</h3><p class="team-role">Maintenance
coordinator</p><p>Runs the repairs portal and our approved contractors.</p></div></div>
</div>
<h2>Visiting the office</h2>
<p>You will find us at 214 King Street, Hammersmith, London W6 0RA, between Ravenscourt Park and the Town Hall. The
office has a step-free entrance and a ground-floor meeting room.</p>
<ul>
<li><strong>Tube:</strong> Ravenscourt Park (District line) is a three-minute walk; Hammersmith (District,
Piccadilly, Circle and Hammersmith &amp; City lines) is about ten minutes.</li>
<li><strong>Bus:</strong> routes 27, 190, 267 and H91 stop outside.</li>
<li><strong>Parking:</strong> we have no parking of our own. There are pay-by-phone bays in the side streets off
King Street (maximum two hours), and the Kings Mall car park is a five-minute walk.</li>
</ul>
<h2>Opening hours in detail</h2>
<p>The office is open Monday to Friday 9am to 6pm and Saturday 10am to 2pm. On Saturdays only the lettings team is
in, for viewings and key collections; block management and accounts are available on weekdays. We are closed on
Sundays and bank holidays, and between Christmas Eve and New Year's Day, when the out-of-hours repairs line runs as
normal.</p>
</div>"""


HTML = {
    "/": _page(
        "/",
        "Lettings &amp; Block Management in Hammersmith",
        "Independent letting agent and block managing agent in Hammersmith, west London.",
        "",
        _HOME,
        sidebar=False,
        testimonials=True,
        page_id=2,
    ),
    "/tenants/tenant-fees/": _page(
        "/tenants/tenant-fees/",
        "Tenant Fees",
        "Every payment a tenant may be asked to make under the Tenant Fees Act.",
        "Tenants",
        _TENANT_FEES,
        page_id=112,
    ),
    "/tenants/holding-deposits/": _page(
        "/tenants/holding-deposits/",
        "Holding Deposits",
        "How our holding deposits work, the deadline for agreement and when they are refunded.",
        "Tenants",
        _HOLDING,
        page_id=114,
    ),
    "/tenants/referencing-and-guarantors/": _page(
        "/tenants/referencing-and-guarantors/",
        "Referencing &amp; Guarantors",
        "What we check when you apply to rent, income requirements and guarantors.",
        "Tenants",
        _REFERENCING,
        page_id=116,
    ),
    "/tenants/moving-in/": _page(
        "/tenants/moving-in/",
        "Moving In",
        "Key collection, check-in, inventory and moving day rules in our blocks.",
        "Tenants",
        _MOVING_IN,
        page_id=118,
    ),
    "/tenants/paying-rent/": _page(
        "/tenants/paying-rent/",
        "Paying Your Rent",
        "How to pay your rent, our client account details, Universal Credit and help if you fall behind.",
        "Tenants",
        _PAYING_RENT,
        page_id=120,
    ),
    "/repairs-and-emergencies/": _page(
        "/repairs-and-emergencies/",
        "Report a Repair &amp; Emergencies",
        "Report a repair online, our response times and the out-of-hours emergency line.",
        "Repairs",
        _REPAIRS,
        testimonials=True,
        page_id=130,
    ),
    "/residents/leaks-from-the-flat-above/": _page(
        "/residents/leaks-from-the-flat-above/",
        "Leaks From the Flat Above",
        "What to do if water comes through your ceiling, and who pays for the damage.",
        "Repairs",
        _LEAKS,
        page_id=132,
    ),
    "/leaseholders/service-charges-and-ground-rent/": _page(
        "/leaseholders/service-charges-and-ground-rent/",
        "Service Charges &amp; Ground Rent",
        "Service charge budgets, demands, payment options, year-end accounts and ground rent.",
        "Leaseholders",
        _SERVICE_CHARGES,
        page_id=140,
    ),
    "/leaseholders/major-works-section-20/": _page(
        "/leaseholders/major-works-section-20/",
        "Major Works &amp; Section 20 Consultation",
        "How leaseholders are consulted about major works and how the cost is paid.",
        "Leaseholders",
        _SECTION_20,
        page_id=142,
    ),
    "/landlords/fees/": _page(
        "/landlords/fees/",
        "Landlord Fees",
        "Let only, rent collection and fully managed fees, with and without VAT.",
        "Landlords",
        _LANDLORD_FEES,
        testimonials=True,
        page_id=150,
    ),
    "/landlords/hmo-and-selective-licensing/": _page(
        "/landlords/hmo-and-selective-licensing/",
        "HMO &amp; Selective Licensing",
        "Mandatory, additional and selective licensing in west London and our licensing service.",
        "Landlords",
        _HMO,
        page_id=152,
    ),
    "/tenancies/renewals-and-rent-increases/": _page(
        "/tenancies/renewals-and-rent-increases/",
        "Renewals &amp; Rent Increases",
        "What happens at the end of a fixed term and how rent increases work.",
        "Your tenancy",
        _RENEWALS,
        page_id=160,
    ),
    "/tenancies/ending-your-tenancy/": _page(
        "/tenancies/ending-your-tenancy/",
        "Ending Your Tenancy",
        "Break clauses, early surrender, giving notice and your last day.",
        "Your tenancy",
        _ENDING,
        page_id=162,
    ),
    "/tenancies/deposit-returns-and-disputes/": _page(
        "/tenancies/deposit-returns-and-disputes/",
        "Deposit Returns &amp; Disputes",
        "How your deposit is returned, fair wear and tear, and the free TDS dispute service.",
        "Your tenancy",
        _DEPOSITS,
        page_id=164,
    ),
    "/about-us/": _page(
        "/about-us/",
        "About Us &amp; Contact",
        "Our team, how to find our King Street office, parking and opening hours.",
        "About",
        _ABOUT,
        testimonials=True,
        page_id=170,
    ),
    "/faq/": _page(
        "/faq/",
        "Frequently Asked Questions",
        "Answers to common questions from tenants, leaseholders and landlords.",
        "About",
        _FAQ,
        page_id=172,
    ),
    "/complaints-and-redress/": _page(
        "/complaints-and-redress/",
        "Complaints &amp; Redress",
        "Our complaints procedure, The Property Ombudsman and our memberships.",
        "About",
        _COMPLAINTS,
        page_id=174,
    ),
}

QUESTIONS = [
    (
        "We've found a flat we love and the agent wants a week's rent to hold it. If the landlord changes his mind "
        "do we get that money back?",
        "/tenants/holding-deposits/",
    ),
    ("how long do we have to sign the contract after paying the holding deposit", "/tenants/holding-deposits/"),
    (
        "My partner and I earn about 28k between us and the flat is 1,100 a month. Will we pass or do we need "
        "someone to back us?",
        "/tenants/referencing-and-guarantors/",
    ),
    (
        "I'm an international student starting at Imperial in September, my parents live in Malaysia. Can they "
        "be my guarantor?",
        "/tenants/referencing-and-guarantors/",
    ),
    ("How much deposit will I need to put down on a £2,400 a month flat?", "/tenants/tenant-fees/"),
    ("What time can I pick up the keys on the day I move in?", "/tenants/moving-in/"),
    (
        "We're moving into our new flat on Saturday with a man and van, do we have to book the lift or anything "
        "with the building?",
        "/tenants/moving-in/",
    ),
    ("whats the bank details to pay my rent and what do i put as the reference", "/tenants/paying-rent/"),
    (
        "The boilers packed in and it's freezing, it's 9pm on a Sunday and the kids are cold. Who do I ring?",
        "/repairs-and-emergencies/",
    ),
    ("How long till someone comes out to fix a dripping kitchen tap?", "/repairs-and-emergencies/"),
    (
        "Water is pouring through my bathroom ceiling from the flat upstairs and nobody is answering the door, "
        "what do I do??",
        "/residents/leaks-from-the-flat-above/",
    ),
    (
        "The upstairs neighbour's washing machine flooded my kitchen last month. Who pays the insurance excess, "
        "me or them?",
        "/residents/leaks-from-the-flat-above/",
    ),
    (
        "I bought my flat last year and only got one service charge bill in March. When do the bills actually "
        "come out?",
        "/leaseholders/service-charges-and-ground-rent/",
    ),
    (
        "Is there any way to pay the service charge monthly rather than in two big lumps",
        "/leaseholders/service-charges-and-ground-rent/",
    ),
    (
        "We've had a letter saying the freeholder wants to replace the roof and it'll be thousands each. It says "
        "notice of intention - can we put forward our own builder?",
        "/leaseholders/major-works-section-20/",
    ),
    (
        "is there a limit on how much building work they can charge us before they have to ask the leaseholders",
        "/leaseholders/major-works-section-20/",
    ),
    (
        "What would you charge to fully manage my two bed flat in Chiswick? I'm moving abroad for work.",
        "/landlords/fees/",
    ),
    (
        "I'm renting my 4 bed house to five friends who are sharing - do I need a licence from the council?",
        "/landlords/hmo-and-selective-licensing/",
    ),
    (
        "Our landlord wants to put the rent up by £150 when the contract finishes, is he allowed to and how much "
        "notice does he have to give?",
        "/tenancies/renewals-and-rent-increases/",
    ),
    (
        "i need to move out early, im 5 months into a 12 month contract and got a new job in Manchester",
        "/tenancies/ending-your-tenancy/",
    ),
    (
        "The landlord wants to keep £400 of my deposit for repainting and I don't think that's fair. What can I do?",
        "/tenancies/deposit-returns-and-disputes/",
    ),
    (
        "I've complained twice and I'm still not happy with how you've dealt with it. Who can I go to above you?",
        "/complaints-and-redress/",
    ),
    ("Can I have a cat in the flat?", "/faq/"),
    ("Is there anywhere to park near your office?", "/about-us/"),
    ("do you cover Acton?", "/"),
]

OUT_OF_SCOPE = [
    "Do you offer rent guarantee insurance in case my tenant stops paying?",
    "Have you got any two bed flats in Fulham under two grand a month at the moment?",
    "Can you help me get a buy to let mortgage?",
    "Do you manage commercial property like shops and offices?",
    "can you recommend a removals firm for my move",
    "How do I get on the council housing waiting list in Hammersmith?",
    "What's the weather looking like in London this weekend?",
    "Any good Italian restaurants near your office?",
]
