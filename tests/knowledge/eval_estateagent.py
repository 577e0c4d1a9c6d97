"""An evaluation site: Kingsdown & Co, an independent estate and letting agent on Gloucester Road, Bristol (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML is a Webflow export: w-nav with
w-dropdown mega-menus, w-container and w-layout-grid sections, w-richtext blocks, utility classes such as
"section_hero padding-global", and CMS collection lists (w-dyn-list / w-dyn-items / w-dyn-item) for the team
and the FAQ items.
"""

import hashlib

NAME = "Kingsdown & Co"

_SITE_ID = "64f1c2a9d07be35a118c4e02"

_HEAD = """<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<!-- Last Published: Tue Mar 04 2025 10:12:47 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.kingsdownandco.co.uk" data-wf-page="%%PAGEID%%" data-wf-site="%%SITEID%%" lang="en-GB">
<head>
<meta charset="utf-8">
<title>%%TITLE%%</title>
<meta content="%%DESCRIPTION%%" name="description">
<meta content="%%TITLE%%" property="og:title">
<meta content="%%DESCRIPTION%%" property="og:description">
<meta content="https://www.kingsdownandco.co.uk/images/og-kingsdown.jpg" property="og:image">
<meta property="og:type" content="website">
<meta content="summary_large_image" name="twitter:card">
<meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator">
<link href="/css/normalize.css" rel="stylesheet" type="text/css">
<link href="/css/webflow.css" rel="stylesheet" type="text/css">
<link href="/css/kingsdown-co.webflow.css" rel="stylesheet" type="text/css">
<link href="/images/favicon.png" rel="shortcut icon" type="image/x-icon">
<link href="/images/webclip.png" rel="apple-touch-icon">
<link rel="canonical" href="https://www.kingsdownandco.co.uk%%PATH%%">
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date()); gtag('config', 'G-KDC4817XQ2', {'anonymize_ip': true});
</script>
</head>
<body class="body">
<div class="page-wrapper">
"""

_NAV = """<div class="global-styles w-embed"><style>.w-richtext a{text-decoration:underline}</style></div>
<div class="topbar_component">
<div class="padding-global"><div class="container-large"><div class="topbar_wrapper">
<div class="topbar_left"><div class="text-size-tiny">Independent estate &amp; letting agents, Bishopston</div></div>
<div class="topbar_right">
<a href="tel:+441174960318" class="topbar_link">Sales 0117 496 0318</a>
<a href="tel:+441174960319" class="topbar_link">Lettings 0117 496 0319</a>
<a href="https://www.facebook.com/kingsdownandco" target="_blank" class="topbar_social w-inline-block">
<img src="/images/icon-facebook.svg" loading="lazy" alt="Facebook"></a>
<a href="https://www.instagram.com/kingsdownandco" target="_blank" class="topbar_social w-inline-block">
<img src="/images/icon-instagram.svg" loading="lazy" alt="Instagram"></a>
</div>
</div></div></div>
</div>
<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease"
role="banner" class="navbar_component w-nav">
<div class="navbar_container w-container">
<a href="/" class="navbar_logo-link w-nav-brand">
<img src="/images/kingsdown-co-logo.svg" loading="lazy" width="168" alt="Kingsdown &amp; Co" class="navbar_logo"></a>
<nav role="navigation" class="navbar_menu w-nav-menu">
<div class="navbar_menu-links">
<div data-hover="true" data-delay="150" class="navbar_menu-dropdown w-dropdown">
<div class="navbar_dropdown-toggle w-dropdown-toggle"><div class="dropdown-icon w-icon-dropdown-toggle"></div>
<div>Sell</div></div>
<nav class="navbar_dropdown-list is-mega w-dropdown-list">
<div class="navbar_dropdown-content w-layout-grid">
<div class="navbar_dropdown-column">
<div class="navbar_column-heading">Selling your home</div>
<a href="/valuations/" class="navbar_dropdown-link w-dropdown-link">Free valuation</a>
<a href="/selling/" class="navbar_dropdown-link w-dropdown-link">Selling fees &amp; packages</a>
<a href="/viewings-and-offers/" class="navbar_dropdown-link w-dropdown-link">Viewings &amp; offers</a>
<a href="/sale-progression/" class="navbar_dropdown-link w-dropdown-link">Sale progression</a>
</div>
<div class="navbar_dropdown-feature">
<img src="/images/mega-sell.jpg" loading="lazy" alt="Victorian terrace in Bishopston" class="navbar_feature-image">
<div class="text-size-small">Thinking of moving? Find out what your home is worth.</div>
<a href="/valuations/" class="button is-small w-button">Book a valuation</a>
</div>
</div>
</nav>
</div>
<div data-hover="true" data-delay="150" class="navbar_menu-dropdown w-dropdown">
<div class="navbar_dropdown-toggle w-dropdown-toggle"><div class="dropdown-icon w-icon-dropdown-toggle"></div>
<div>Buy</div></div>
<nav class="navbar_dropdown-list is-mega w-dropdown-list">
<div class="navbar_dropdown-content w-layout-grid">
<div class="navbar_dropdown-column">
<div class="navbar_column-heading">Buying a home</div>
<a href="/buying/" class="navbar_dropdown-link w-dropdown-link">Buying with us</a>
<a href="/viewings-and-offers/" class="navbar_dropdown-link w-dropdown-link">Booking viewings &amp; making offers</a>
<a href="/sale-progression/" class="navbar_dropdown-link w-dropdown-link">From offer to completion</a>
</div>
</div>
</nav>
</div>
<div data-hover="true" data-delay="150" class="navbar_menu-dropdown w-dropdown">
<div class="navbar_dropdown-toggle w-dropdown-toggle"><div class="dropdown-icon w-icon-dropdown-toggle"></div>
<div>Landlords</div></div>
<nav class="navbar_dropdown-list is-mega w-dropdown-list">
<div class="navbar_dropdown-content w-layout-grid">
<div class="navbar_dropdown-column">
<div class="navbar_column-heading">For landlords</div>
<a href="/landlords/" class="navbar_dropdown-link w-dropdown-link">Letting &amp; management fees</a>
<a href="/landlords/legal-obligations/" class="navbar_dropdown-link w-dropdown-link">Your legal obligations</a>
<a href="/valuations/" class="navbar_dropdown-link w-dropdown-link">Free rental valuation</a>
</div>
<div class="navbar_dropdown-feature">
<div class="text-size-small">Around 340 north Bristol homes managed by our in-house team.</div>
<a href="/landlords/" class="button is-small is-secondary w-button">See our services</a>
</div>
</div>
</nav>
</div>
<div data-hover="true" data-delay="150" class="navbar_menu-dropdown w-dropdown">
<div class="navbar_dropdown-toggle w-dropdown-toggle"><div class="dropdown-icon w-icon-dropdown-toggle"></div>
<div>Tenants</div></div>
<nav class="navbar_dropdown-list is-mega w-dropdown-list">
<div class="navbar_dropdown-content w-layout-grid">
<div class="navbar_dropdown-column">
<div class="navbar_column-heading">Renting</div>
<a href="/tenants/" class="navbar_dropdown-link w-dropdown-link">Tenant fees &amp; holding deposits</a>
<a href="/tenants/referencing/" class="navbar_dropdown-link w-dropdown-link">Referencing &amp; right to rent</a>
<a href="/tenants/deposit-protection/" class="navbar_dropdown-link w-dropdown-link">Deposit protection</a>
</div>
<div class="navbar_dropdown-column">
<div class="navbar_column-heading">Already renting</div>
<a href="/tenants/maintenance/" class="navbar_dropdown-link w-dropdown-link">Report a repair</a>
<a href="/tenants/ending-your-tenancy/" class="navbar_dropdown-link w-dropdown-link">Ending your tenancy</a>
</div>
</div>
</nav>
</div>
<div data-hover="true" data-delay="150" class="navbar_menu-dropdown w-dropdown">
<div class="navbar_dropdown-toggle w-dropdown-toggle"><div class="dropdown-icon w-icon-dropdown-toggle"></div>
<div>About</div></div>
<nav class="navbar_dropdown-list w-dropdown-list">
<a href="/about/team/" class="navbar_dropdown-link w-dropdown-link">Meet the team</a>
<a href="/faq/" class="navbar_dropdown-link w-dropdown-link">FAQs</a>
<a href="/complaints/" class="navbar_dropdown-link w-dropdown-link">Complaints procedure</a>
<a href="/contact/" class="navbar_dropdown-link w-dropdown-link">Contact &amp; find us</a>
</nav>
</div>
</div>
<div class="navbar_button-wrapper">
<a href="/contact/" class="button is-text w-button">Contact</a>
<a href="/valuations/#book" class="button is-navbar w-button">Book a free valuation</a>
</div>
</nav>
<div class="navbar_menu-button w-nav-button"><div class="menu-icon"><div class="menu-icon_line-top"></div>
<div class="menu-icon_line-middle"></div><div class="menu-icon_line-bottom"></div></div></div>
</div>
</div>
<main class="main-wrapper">
"""

_FOOTER = """</main>
<section class="section_cta padding-global background-color-dark">
<div class="container-large"><div class="padding-section-medium"><div class="cta_component w-layout-grid">
<div class="cta_content"><h2 class="heading-style-h3">Ready to make a move?</h2>
<p class="text-size-medium">Local people, local knowledge, no call centre. Speak to the team on Gloucester
Road.</p></div>
<div class="cta_buttons"><a href="/valuations/#book" class="button w-button">Book a free valuation</a>
<a href="/contact/" class="button is-secondary is-alternate w-button">Get in touch</a></div>
</div></div></div>
</section>
<footer class="footer_component">
<div class="padding-global"><div class="container-large"><div class="padding-vertical padding-xxlarge">
<div class="w-layout-grid footer_top-wrapper">
<div class="footer_left-wrapper">
<a href="/" class="footer_logo-link w-nav-brand">
<img src="/images/kingsdown-co-logo-white.svg" loading="lazy" alt="Kingsdown &amp; Co" class="footer_logo"></a>
<div class="footer_address">214 Gloucester Road<br>Bishopston<br>Bristol BS7 8NU</div>
<div class="footer_contact">Sales <a href="tel:+441174960318">0117 496 0318</a><br>
Lettings <a href="tel:+441174960319">0117 496 0319</a><br>
<a href="mailto:hello@kingsdownandco.co.uk">hello@kingsdownandco.co.uk</a></div>
<div class="footer_hours"><strong>Office hours</strong><br>Mon&ndash;Fri 9am&ndash;5.30pm<br>Sat 9am&ndash;3pm</div>
</div>
<div class="w-layout-grid footer_menu-wrapper">
<div class="footer_link-list"><div class="footer_heading">Sell</div>
<a href="/valuations/" class="footer_link">Free valuation</a>
<a href="/selling/" class="footer_link">Fees &amp; packages</a>
<a href="/viewings-and-offers/" class="footer_link">Viewings &amp; offers</a>
<a href="/sale-progression/" class="footer_link">Sale progression</a></div>
<div class="footer_link-list"><div class="footer_heading">Buy &amp; Let</div>
<a href="/buying/" class="footer_link">Buying with us</a>
<a href="/landlords/" class="footer_link">Landlord services</a>
<a href="/landlords/legal-obligations/" class="footer_link">Landlord obligations</a></div>
<div class="footer_link-list"><div class="footer_heading">Tenants</div>
<a href="/tenants/" class="footer_link">Tenant fees</a>
<a href="/tenants/referencing/" class="footer_link">Referencing</a>
<a href="/tenants/deposit-protection/" class="footer_link">Deposits</a>
<a href="/tenants/maintenance/" class="footer_link">Report a repair</a>
<a href="/tenants/ending-your-tenancy/" class="footer_link">Moving out</a></div>
<div class="footer_link-list"><div class="footer_heading">Company</div>
<a href="/about/team/" class="footer_link">Our team</a>
<a href="/faq/" class="footer_link">FAQs</a>
<a href="/complaints/" class="footer_link">Complaints</a>
<a href="/contact/" class="footer_link">Contact</a></div>
</div>
</div>
<div class="line-divider"></div>
<div class="footer_bottom-wrapper">
<div class="footer_credit-text">&copy; 2025 Kingsdown &amp; Co. Kingsdown &amp; Co is a trading name of
Kingsdown and Company Property Ltd, registered in England and Wales no. 06912457.
Registered office: 214 Gloucester Road, Bristol BS7 8NU.
VAT no. 981 2264 17.</div>
<div class="footer_legal-list"><a href="#" class="footer_legal-link">Privacy policy</a>
<a href="#" class="footer_legal-link">Cookie settings</a></div>
<div class="footer_social-list">
<a href="https://www.facebook.com/kingsdownandco" target="_blank" class="footer_social-link w-inline-block">
<img src="/images/icon-facebook-white.svg" loading="lazy" alt="Facebook"></a>
<a href="https://www.instagram.com/kingsdownandco" target="_blank" class="footer_social-link w-inline-block">
<img src="/images/icon-instagram-white.svg" loading="lazy" alt="Instagram"></a>
<a href="https://www.linkedin.com/company/kingsdown-and-co" target="_blank" class="footer_social-link w-inline-block">
<img src="/images/icon-linkedin-white.svg" loading="lazy" alt="LinkedIn"></a>
</div>
</div>
</div></div></div>
</footer>
<div fs-cc="banner" class="fs-cc-banner_component">
<div class="fs-cc-banner_container"><div class="fs-cc-banner_text">We use cookies to see how our website is used and
to remember your property searches. You can accept all cookies or choose which ones you allow.
<a href="#" class="fs-cc-banner_text-link">Privacy policy</a></div>
<div class="fs-cc-banner_buttons-wrapper">
<a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div>
</div>
</div>
</body>
</html>
"""


def _page(path, title, description, body):
    """Wrap one page's body in the shared Webflow header, mega-menu, footer and cookie banner."""
    page_id = hashlib.sha256(path.encode()).hexdigest()[:24]
    nav = _NAV.replace(f'<a href="{path}" class="', f'<a href="{path}" aria-current="page" class="w--current ')
    head = (
        _HEAD.replace("%%TITLE%%", f"{title} | Kingsdown &amp; Co")
        .replace("%%DESCRIPTION%%", description)
        .replace("%%PAGEID%%", page_id)
        .replace("%%SITEID%%", _SITE_ID)
        .replace("%%PATH%%", path)
    )
    return head + nav + body + _FOOTER


def _hero(heading, intro, eyebrow=""):
    tag = f'<div class="text-style-tagline">{eyebrow}</div>\n' if eyebrow else ""
    return f"""<header class="section_hero padding-global">
<div class="container-large"><div class="padding-section-medium"><div class="hero_component">
<div class="breadcrumb_wrapper"><a href="/" class="breadcrumb_link">Home</a><span class="breadcrumb_divider">/</span>
<span class="breadcrumb_current">{heading}</span></div>
{tag}<h1 class="heading-style-h1">{heading}</h1>
<p class="text-size-medium hero_intro">{intro}</p>
</div></div></div>
</header>
"""


def _reviews(*items):
    cards = "\n".join(
        f"""<div class="testimonial_card"><div class="testimonial_stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
<p class="testimonial_text">&ldquo;{text}&rdquo;</p><div class="testimonial_author">{who}</div></div>"""
        for text, who in items
    )
    return f"""<section class="section_testimonials padding-global background-color-alternate">
<div class="container-large"><div class="padding-section-small">
<div class="text-style-tagline">Rated 4.9 from 612 Google reviews</div>
<div class="w-layout-grid testimonial_list">
{cards}
</div></div></div>
</section>
"""


_TENANT_SIDEBAR = """<aside class="content_sidebar">
<div class="sidebar_widget"><div class="sidebar_heading">Renting with us</div>
<a href="/tenants/" class="sidebar_link">Tenant fees &amp; holding deposits</a>
<a href="/tenants/referencing/" class="sidebar_link">Referencing &amp; right to rent</a>
<a href="/tenants/deposit-protection/" class="sidebar_link">Deposit protection</a>
<a href="/tenants/maintenance/" class="sidebar_link">Report a repair</a>
<a href="/tenants/ending-your-tenancy/" class="sidebar_link">Ending your tenancy</a></div>
<div class="sidebar_widget is-highlight"><div class="sidebar_heading">Lettings team</div>
<p class="text-size-small">Questions about a property or your tenancy? Call
<a href="tel:+441174960319">0117 496 0319</a> or email
<a href="mailto:lettings@kingsdownandco.co.uk">lettings@kingsdownandco.co.uk</a>.</p></div>
</aside>
"""

_LANDLORD_SIDEBAR = """<aside class="content_sidebar">
<div class="sidebar_widget"><div class="sidebar_heading">For landlords</div>
<a href="/landlords/" class="sidebar_link">Letting &amp; management fees</a>
<a href="/landlords/legal-obligations/" class="sidebar_link">Your legal obligations</a>
<a href="/valuations/" class="sidebar_link">Free rental valuation</a></div>
<div class="sidebar_widget is-highlight"><div class="sidebar_heading">Talk to Priya</div>
<p class="text-size-small">Our lettings manager is happy to chat through your plans with no obligation.</p>
<a href="/valuations/#book" class="button is-small w-button">Book a rental valuation</a></div>
<div class="sidebar_widget"><img src="/images/propertymark-protected.svg" loading="lazy"
alt="Propertymark Protected" class="sidebar_logo"></div>
</aside>
"""

_SELL_SIDEBAR = """<aside class="content_sidebar">
<div class="sidebar_widget"><div class="sidebar_heading">Selling your home</div>
<a href="/valuations/" class="sidebar_link">Free valuation</a>
<a href="/selling/" class="sidebar_link">Fees &amp; packages</a>
<a href="/viewings-and-offers/" class="sidebar_link">Viewings &amp; offers</a>
<a href="/sale-progression/" class="sidebar_link">Sale progression</a></div>
<div class="sidebar_widget is-highlight"><div class="sidebar_heading">Sold in BS7 this month</div>
<p class="text-size-small">14 homes sold subject to contract in Bishopston, Horfield and Ashley Down
since 1 February.</p>
<a href="/valuations/#book" class="button is-small w-button">What's mine worth?</a></div>
</aside>
"""


def _content(inner, sidebar=""):
    layout = "content_layout w-layout-grid is-with-sidebar" if sidebar else "content_layout"
    return f"""<section class="section_content padding-global">
<div class="container-large"><div class="padding-section-small">
<div class="{layout}">
<div class="content_main">
<div class="text-rich-text w-richtext">
{inner}
</div>
</div>
{sidebar}</div>
</div></div>
</section>
"""


# ---------------------------------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------------------------------

_HOME = """<header class="section_hero padding-global is-home">
<div class="container-large"><div class="padding-section-large">
<div class="w-layout-grid hero_home-grid">
<div class="hero_home-content">
<div class="text-style-tagline">Independent since 2009</div>
<h1 class="heading-style-h1">North Bristol's local estate &amp; letting agent</h1>
<p class="text-size-medium">Selling, letting and managing homes from our office on Gloucester Road. Same faces,
straight answers, and no call centre.</p>
<div class="button-group"><a href="/valuations/#book" class="button w-button">Book a free valuation</a>
<a href="/landlords/" class="button is-secondary w-button">Landlord services</a></div>
</div>
<div class="hero_home-image-wrapper"><img src="/images/hero-gloucester-road-office.jpg" loading="eager"
alt="The Kingsdown &amp; Co office on Gloucester Road" class="hero_home-image"></div>
</div>
</div></div>
</header>
<section class="section_about padding-global">
<div class="container-large"><div class="padding-section-medium">
<div class="w-layout-grid about_grid">
<div class="about_text w-richtext">
<h2>A proper local agent, not a franchise</h2>
<p>Kingsdown &amp; Co was set up in 2009 by Rachel Okonkwo, who grew up in Horfield and spent twelve years with a
national chain before deciding north Bristol deserved something better. We're still independent and still owned
by the people who work here. There's no head office, no targets set in London and no call centre: when you ring
us, the phone is answered by someone sitting on Gloucester Road.</p>
<p>Since opening we've sold more than 1,900 homes and today our in-house property management team looks after
around 340 rented homes for local landlords. Everything &ndash; valuations, viewings, sale progression, lettings,
inspections and repairs &ndash; is handled by our own staff rather than passed to a third party.</p>
</div>
<div class="about_stats w-layout-grid">
<div class="stat_item"><div class="stat_number">1,900+</div><div class="stat_label">homes sold since 2009</div></div>
<div class="stat_item"><div class="stat_number">340</div><div class="stat_label">homes under management</div></div>
<div class="stat_item"><div class="stat_number">98.6%</div><div class="stat_label">of asking price achieved in 2024
</div></div>
<div class="stat_item"><div class="stat_number">4.9&#9733;</div><div class="stat_label">Google rating</div></div>
</div>
</div>
</div></div>
</section>
<section class="section_areas padding-global background-color-alternate">
<div class="container-large"><div class="padding-section-medium">
<div class="areas_text w-richtext">
<h2>Where we work</h2>
<p>We concentrate on the neighbourhoods we know street by street. For both sales and lettings we cover:</p>
<ul>
<li>Bishopston, St Andrews and Ashley Down</li>
<li>Horfield, Lockleaze and Golden Hill</li>
<li>Redland, Cotham and Kingsdown</li>
<li>Montpelier and St Werburghs</li>
<li>Westbury Park, Henleaze and Southmead</li>
</ul>
<p>If your home is outside this patch &ndash; south of the river, for example, or out in South Gloucestershire
&ndash; we'd rather be honest than stretch ourselves thin. Give us a ring and we'll happily recommend an
independent agent we trust for that area.</p>
</div>
</div></div>
</section>
<section class="section_services padding-global">
<div class="container-large"><div class="padding-section-medium">
<h2 class="heading-style-h2">How we can help</h2>
<div class="w-layout-grid services_grid">
<a href="/selling/" class="service_card w-inline-block"><h3 class="heading-style-h5">Selling</h3>
<div class="text-size-small">Three clear packages, no sale no fee, and a named progressor all the way to
completion.</div></a>
<a href="/buying/" class="service_card w-inline-block"><h3 class="heading-style-h5">Buying</h3>
<div class="text-size-small">Register with us to hear about homes in BS6 and BS7 and get help with the next
steps.</div></a>
<a href="/landlords/" class="service_card w-inline-block"><h3 class="heading-style-h5">Letting &amp; management</h3>
<div class="text-size-small">Let only, rent collection or full management by our in-house team.</div></a>
<a href="/tenants/" class="service_card w-inline-block"><h3 class="heading-style-h5">Renting</h3>
<div class="text-size-small">Everything tenants need to know, from holding deposits to moving out.</div></a>
</div>
</div></div>
</section>
""" + _reviews(
    (
        "Tom valued our house, Jamie did every viewing and Megan chased our buyer's solicitor every week. "
        "Sold in nine days and completed in eleven weeks.",
        "Hannah &amp; Ed, Bishopston",
    ),
    (
        "I've had my flat managed by Kingsdown for six years. Repairs get sorted and I actually get a call back.",
        "Martin P., landlord, Redland",
    ),
    (
        "Priya made renting our first place really easy and explained every fee before we paid anything.",
        "Aisha, tenant, Horfield",
    ),
)

_VALUATIONS = (
    _hero(
        "Free property valuations",
        "Find out what your home could sell or let for, from an agent who sells in your street every month.",
        "No cost, no obligation",
    )
    + _content(
        """<h2>What a valuation involves</h2>
<p>Our valuations (also called market appraisals) are free and come with no obligation to instruct us. One of our
valuers &ndash; usually Tom Fairweather for sales or Priya Shah for lettings &ndash; will visit your home and walk
round it with you. The visit normally takes 45 minutes to an hour. We'll ask about any work you've had done,
the boiler and windows, planning or building regulations paperwork and, for flats, the length of the lease and
the service charge.</p>
<p>We then compare your home with what has actually sold or let nearby (not just what's on the market) and talk
you through a realistic asking price and how we'd market it. Within 48 hours you'll receive a written valuation
report by email with the suggested price, the evidence behind it and our recommended marketing plan.</p>
<h3>When we can come</h3>
<p>Valuation appointments are available Monday to Friday from 9am, with the last appointment at 6.30pm so you
don't have to take time off work, and on Saturdays until 2pm.</p>
<h3>Rental valuations for landlords</h3>
<p>Thinking of letting a property for the first time, or wondering whether your current rent is right? A rental
valuation is also free. As well as the likely monthly rent, we'll point out anything that needs doing before
the property can legally be let.</p>
<h3>Probate, divorce and other valuations</h3>
<p>If you're an executor and need a figure for probate, we can provide a written market appraisal letter free of
charge, signed by one of our valuers. This is usually enough for HMRC where an estate is comfortably below the
inheritance tax threshold. Where a formal RICS &ldquo;Red Book&rdquo; valuation is needed &ndash; for example
in a contested divorce or where inheritance tax is payable &ndash; we'll refer you to Mendip Chartered Surveyors,
who charge for that service directly.</p>
<h3>A valuation is not a survey</h3>
<p>Our appraisal tells you what a property is likely to achieve on the open market. It isn't a building survey and
it isn't the valuation a buyer's mortgage lender will carry out &ndash; the lender always sends its own valuer.</p>
<p>Our online &ldquo;instant estimate&rdquo; tool uses Land Registry sale prices and is only a rough guide; it
can't see your new kitchen or your loft conversion.</p>
<h2 id="book">Book your valuation</h2>
<p>Call us on 0117 496 0318 or fill in the form below and we'll confirm a time within one working day.</p>""",
        _SELL_SIDEBAR,
    )
    + """<section class="section_form padding-global">
<div class="container-small"><div class="form_component w-form">
<form id="wf-form-Valuation" name="wf-form-Valuation" data-name="Valuation" method="get" class="form">
<label for="name" class="form_label">Your name</label><input class="form_input w-input" maxlength="256" name="name"
id="name" type="text" required>
<label for="address" class="form_label">Property address</label><input class="form_input w-input" name="address"
id="address" type="text" required>
<label for="type" class="form_label">Valuation type</label><select id="type" name="type" class="form_input w-select">
<option value="sales">Sales valuation</option><option value="lettings">Rental valuation</option>
<option value="both">Not sure yet</option></select>
<input type="submit" value="Request my valuation" data-wait="Please wait..." class="button w-button">
</form>
<div class="form_message-success w-form-done"><div>Thank you! We'll be in touch within one working day.</div></div>
<div class="form_message-error w-form-fail"><div>Oops! Something went wrong. Please call us instead.</div></div>
</div></div>
</section>
"""
)

_SELLING = (
    _hero(
        "Selling fees &amp; packages",
        "Three packages with the fee set out in full before you sign. No sale, no fee, and nothing to pay up front.",
        "Selling with Kingsdown &amp; Co",
    )
    + _content(
        """<h2>Our selling packages</h2>
<p>Every package includes a free valuation, professional photography, a floor plan, listing on Rightmove, Zoopla
and OnTheMarket, and accompanied viewings. The difference is in how much extra marketing and support you want.</p>
<div class="table-wrapper w-embed"><table class="fees-table">
<thead><tr><th>Package</th><th>Fee (+ VAT)</th><th>Fee including VAT</th></tr></thead>
<tbody>
<tr><td>Essentials</td><td>0.9% of the sale price</td><td>1.08%</td></tr>
<tr><td>Complete</td><td>1.2% of the sale price</td><td>1.44%</td></tr>
<tr><td>Premium</td><td>1.5% of the sale price</td><td>1.8%</td></tr>
</tbody></table></div>
<p>A minimum fee of &pound;2,500 + VAT (&pound;3,000 including VAT) applies to all packages.</p>
<h3>What each package includes</h3>
<div class="table-wrapper w-embed"><table class="fees-table is-features">
<thead><tr><th></th><th>Essentials</th><th>Complete</th><th>Premium</th></tr></thead>
<tbody>
<tr><td>Photography, floor plan &amp; property portals</td><td>&#10003;</td><td>&#10003;</td><td>&#10003;</td></tr>
<tr><td>Accompanied viewings</td><td>&#10003;</td><td>&#10003;</td><td>&#10003;</td></tr>
<tr><td>For sale board</td><td>&#10003;</td><td>&#10003;</td><td>&#10003;</td></tr>
<tr><td>Video walkthrough</td><td>&ndash;</td><td>&#10003;</td><td>&#10003;</td></tr>
<tr><td>Featured listing on Rightmove</td><td>&ndash;</td><td>&#10003;</td><td>&#10003;</td></tr>
<tr><td>Paid social media advertising</td><td>&ndash;</td><td>&#10003;</td><td>&#10003;</td></tr>
<tr><td>Printed brochure</td><td>&ndash;</td><td>&ndash;</td><td>&#10003;</td></tr>
<tr><td>Open house events</td><td>&ndash;</td><td>&ndash;</td><td>&#10003;</td></tr>
<tr><td>Drone &amp; twilight photography</td><td>&ndash;</td><td>&ndash;</td><td>&#10003;</td></tr>
</tbody></table></div>
<p><strong>Example:</strong> a house sold for &pound;400,000 on the Complete package costs 1.2% = &pound;4,800 +
VAT, which is &pound;5,760 in total.</p>
<h2>No sale, no fee</h2>
<p>You pay nothing unless your sale completes. Our fee is invoiced on completion and your solicitor pays it from
the sale proceeds, so there are no upfront marketing costs. The only thing you might need to pay for in advance
is an Energy Performance Certificate if you don't already have a valid one; we can arrange this for you for
&pound;85 including VAT.</p>
<h2>Our agreement and notice period</h2>
<p>We work on a sole agency basis with a minimum term of 12 weeks from the date your property goes on the
market. After the first 12 weeks you can end the agreement at any time by giving us 14 days' notice in writing.
There's no withdrawal fee. If you sign our agreement at home or online you also have a 14-day cancellation
period under consumer law.</p>
<p>Prefer to be on the market with more than one agent? Our multi-agency fee is 1.8% + VAT (2.16% including VAT).
</p>""",
        _SELL_SIDEBAR,
    )
    + _reviews(
        (
            "We went for the Premium package and the open house brought in six offers in one Saturday.",
            "Claire, Westbury Park",
        ),
        ("Clear about the fee from day one, no nasty surprises on completion.", "Dev S., Ashley Down"),
    )
)

_VIEWINGS = _hero(
    "Viewings &amp; offers",
    "How we show your home, what we ask buyers before an offer goes forward, and what happens when one is accepted.",
    "For sellers and buyers",
) + _content(
    """<h2>Viewings</h2>
<p>Every viewing is accompanied by a member of our sales team, so you don't need to be at home or show anyone
round yourself (although you're welcome to if you'd rather). We hold viewings Monday to Friday from 9am until
7pm, Saturdays from 9am to 4pm, and on Sunday mornings between 10am and 1pm by arrangement.</p>
<p>We keep a set of your keys in our coded key system; keys are never labelled with an address. After each
viewing we'll email you the buyer's feedback within 24 hours, good or bad.</p>
<p>Buyers can book a viewing online from any property listing or by calling 0117 496 0318. For a second viewing
we'll try to give you a bit longer in the property and, if the sellers agree, time to look round on your own.</p>
<h2>Making an offer</h2>
<p>You can make an offer by phone, by email or in person at the office. Before we put it forward, we'll ask you
for:</p>
<ul>
<li>proof of your deposit or cash funds, such as a recent bank statement;</li>
<li>a mortgage agreement in principle, if you're borrowing;</li>
<li>your position &ndash; first-time buyer, nothing to sell, or whether you need to sell (and if it's on the
market or under offer);</li>
<li>the name of your solicitor or conveyancer, and your ideal timescales.</li>
</ul>
<p>We'll pass your offer to the seller the same day and confirm their answer to you in writing. Once an offer is
accepted, each buyer completes an identity and source-of-funds check through the Thirdfort app, as anti-money
laundering rules require. There's no charge to buyers for this.</p>
<h2>After an offer is accepted</h2>
<p>The board changes to &ldquo;Sold STC&rdquo; (subject to contract) and we ask the seller whether they want us
to keep marketing. Our usual advice is to take the property off the portals once the buyer has instructed a
solicitor and paid for searches.</p>
<h3>What if another offer comes in?</h3>
<p>Until contracts are exchanged nothing is legally binding, and the law requires estate agents to pass every
offer to the seller promptly and in writing, even after another offer has been accepted. The decision is then
entirely the seller's. We'll always give honest advice, and in our experience a buyer who is already moving
ahead is often worth more than a few thousand pounds. If both parties want extra certainty, your solicitors can
draw up a lock-out agreement.</p>
<h3>Best and final offers</h3>
<p>When a home attracts several interested buyers we may ask everyone for their best and final offer by a set
deadline, in writing. The seller chooses on price and position, not just the highest figure.</p>""",
    _SELL_SIDEBAR,
)

_PROGRESSION = _hero(
    "Sale progression",
    "Agreeing a price is only the start. Our sale progressor keeps every part of the chain moving until you have "
    "the keys.",
    "From offer to completion",
) + _content(
    """<h2>A named progressor for every sale</h2>
<p>Once an offer is accepted, your sale is handed to Megan Lloyd, our full-time sale progressor. Within 24 hours
she sends a memorandum of sale to both solicitors, confirming the price, the buyer and seller, and anything
agreed such as fixtures or a target completion date.</p>
<p>From then on Megan speaks to every solicitor, broker and agent in the chain at least once a week, and you'll
get an update from her by email every Friday, even if the update is &ldquo;still waiting for searches&rdquo;.</p>
<h2>The main stages</h2>
<ol>
<li><strong>Solicitors instructed</strong> &ndash; both sides send ID and pay money on account.</li>
<li><strong>Draft contract</strong> &ndash; the seller's solicitor sends the contract pack, title and property
information forms.</li>
<li><strong>Searches</strong> &ndash; the buyer's solicitor orders local authority, water and environmental
searches. Bristol City Council searches currently take around two to four weeks.</li>
<li><strong>Mortgage valuation and survey</strong> &ndash; the lender's valuer visits, and the buyer may
commission their own RICS survey.</li>
<li><strong>Enquiries</strong> &ndash; questions go back and forth between the solicitors. For flats, the
management pack from the freeholder or managing agent can take two to six weeks.</li>
<li><strong>Exchange of contracts</strong> &ndash; the moment the sale becomes legally binding.</li>
<li><strong>Completion</strong> &ndash; moving day.</li>
</ol>
<h2>Exchange and completion: what's the difference?</h2>
<p>At exchange, the signed contracts are swapped and the buyer pays a deposit (usually 10%). From that point
neither side can pull out without serious financial penalties, and the completion date is fixed. Completion is
when the rest of the money moves and ownership changes hands. Exchange and completion can happen on the same
day, but most people leave one to two weeks between them to book removals.</p>
<p>On completion day we release the keys from our office as soon as the seller's solicitor confirms they've
received the money, which is usually from around 1pm.</p>
<h2>How long does it take?</h2>
<p>For a typical sale in a chain, expect 12 to 16 weeks from offer accepted to completion. Cash buyers with no
chain can sometimes complete in around eight weeks. Leasehold flats, probate sales and long chains tend to take
longer. We'll give you an honest estimate when your offer is agreed and tell you straight away if anything
threatens the timetable.</p>"""
)

_BUYING = _hero(
    "Buying with us",
    "Register for alerts, get mortgage advice and find a solicitor, all before you fall for a house.",
    "Buyers",
) + _content(
    """<h2>Register and get early alerts</h2>
<p>Create a free buyer account on our website or call in and we'll set up alerts for the areas, budget and type
of home you're after. Registered buyers receive our Early Bird emails: every new instruction is sent to matching
buyers as soon as the photos are ready, usually 24 hours before it appears on Rightmove, Zoopla or
OnTheMarket. Many of our homes go under offer to registered buyers within the first week, so it pays to be on
the list.</p>
<p>You can change your search or unsubscribe at any time from the link at the bottom of every alert.</p>
<h2>Mortgage advice</h2>
<p>If you're buying for the first time, moving up the ladder or just want to know how much you could borrow,
we can introduce you to Westway Mortgage Solutions, an independent whole-of-market broker based in Filton. Their
first consultation is free and can be done by phone, video call or at our office. For most standard residential
mortgages Westway don't charge a broker fee because they are paid by the lender; if a fee would apply they'll
tell you in writing before you go ahead.</p>
<p>We receive a referral fee of &pound;250 from Westway for each completed mortgage. This doesn't change what you
pay and you're completely free to use any broker or go direct to a bank.</p>
<h2>Conveyancing</h2>
<p>A good solicitor makes a huge difference to how smoothly a purchase goes. We can recommend three local firms
we work with regularly and who quote fixed fees. We receive a referral fee of &pound;150 + VAT if you instruct
one of them. Again, the choice is yours.</p>
<h2>Surveys</h2>
<p>Much of north Bristol is Victorian and Edwardian terraces. For older homes we recommend at least a RICS Level 2
survey and, for anything that's been heavily altered or hasn't been updated in decades, a Level 3 building
survey. Your solicitor or broker can help you arrange one.</p>
<h2>Selling as well?</h2>
<p>If you have a home to sell, you'll be in a much stronger position with a buyer lined up before you offer.
Book a <a href="/valuations/">free valuation</a> and we'll tell you what it's worth.</p>"""
)

_LANDLORDS = (
    _hero(
        "Letting &amp; property management",
        "Three levels of service for landlords, with every fee shown including VAT.",
        "For landlords",
    )
    + _content(
        """<h2>Our lettings services</h2>
<p>Whether you've got one flat or a portfolio, you can choose how much you'd like us to do. All three services
include a free rental valuation, professional photos, advertising on Rightmove and Zoopla, accompanied viewings,
tenant referencing and right to rent checks, a tenancy agreement and registration of the deposit.</p>
<div class="table-wrapper w-embed"><table class="fees-table">
<thead><tr><th>Service</th><th>Fee (+ VAT)</th><th>Including VAT</th></tr></thead>
<tbody>
<tr><td>Let Only (tenant find)</td><td>75% of the first month's rent, minimum &pound;600</td>
<td>90%, minimum &pound;720</td></tr>
<tr><td>Rent Collection</td><td>10% of the monthly rent</td><td>12%</td></tr>
<tr><td>Full Management</td><td>14% of the monthly rent</td><td>16.8%</td></tr>
<tr><td>Set-up fee (Rent Collection and Full Management)</td><td>&pound;350</td><td>&pound;420</td></tr>
</tbody></table></div>
<p><strong>Let Only</strong> suits experienced landlords who want to find a good tenant and then look after the
property and collect the rent themselves. Once the tenant has moved in, they'll contact you directly.</p>
<p><strong>Rent Collection</strong> adds monthly rent collection, chasing of late payments and monthly
statements.</p>
<p><strong>Full Management</strong> is our complete service: rent collection, arranging repairs through our
vetted local contractors, a 24-hour emergency line for your tenants, tracking gas, electrical and other safety
certificates, property inspections every six months, the check-out and deposit negotiations, and serving any
notices.</p>
<p><strong>Example:</strong> for a flat let at &pound;1,200 a month, Full Management costs 14% = &pound;168 +
VAT, which is &pound;201.60 a month, deducted from the rent before it's paid to you.</p>
<h3>Other charges</h3>
<div class="table-wrapper w-embed"><table class="fees-table">
<tbody>
<tr><td>Inventory and check-in (depending on size)</td><td>&pound;150&ndash;&pound;270 + VAT</td></tr>
<tr><td>Tenancy renewal</td><td>&pound;95 + VAT</td></tr>
<tr><td>Arranging gas safety certificate or EICR</td><td>Contractor's cost + &pound;20 + VAT admin</td></tr>
<tr><td>Preparing and serving a notice</td><td>&pound;120 + VAT</td></tr>
<tr><td>Rent guarantee and legal expenses insurance</td><td>From &pound;22 a month</td></tr>
</tbody></table></div>
<h3>Getting paid</h3>
<p>Rent is paid into your account within three working days of us receiving cleared funds from the tenant, with a
monthly statement by email. If you live abroad, HMRC's Non-Resident Landlord Scheme requires us to deduct basic
rate tax from your rent unless HMRC has approved you to receive it gross.</p>
<h3>Client money protection</h3>
<p>Rent and other client money is held in a separate client account and protected through Propertymark's Client
Money Protection scheme, so it's safe even if something happened to the business.</p>""",
        _LANDLORD_SIDEBAR,
    )
    + _reviews(
        (
            "Moved to Full Management after a year of doing it myself. Best decision I've made as a landlord.",
            "Gemma R., landlord, Montpelier",
        ),
        ("Kasia sorted a leak at 10pm on a Saturday and sent me photos the next morning.", "Paul T., landlord"),
    )
)

_LEGAL = _hero(
    "Landlord legal obligations",
    "Letting a home in England comes with more than 150 rules. These are the ones that catch landlords out most often.",
    "Compliance",
) + _content(
    """<h2>Safety certificates</h2>
<ul>
<li><strong>Gas safety</strong> &ndash; every gas appliance, flue and pipework must be checked every 12 months by
a Gas Safe registered engineer. Tenants must get a copy of the certificate before they move in and within 28 days
of each annual check.</li>
<li><strong>Electrical safety</strong> &ndash; the electrical installation must be inspected and tested by a
qualified electrician at least every five years, producing an Electrical Installation Condition Report (EICR).
Tenants get a copy, and any remedial work must be done within 28 days.</li>
<li><strong>Smoke and carbon monoxide alarms</strong> &ndash; a smoke alarm on every storey used as living
accommodation, and a carbon monoxide alarm in any room with a fixed combustion appliance such as a boiler or
wood burner (gas cookers excluded). Alarms must be working on the day the tenancy starts, and repaired or
replaced once reported faulty.</li>
<li><strong>Furniture</strong> &ndash; any upholstered furniture you provide must meet the fire safety
regulations and carry the correct label.</li>
</ul>
<h2>Energy Performance Certificate</h2>
<p>You need a valid EPC before marketing, and the property must be rated E or above to be let, unless a valid
exemption is registered. Properties rated F or G cannot legally be let.</p>
<h2>At the start of every tenancy</h2>
<ul>
<li>Check every adult occupier's right to rent in the UK (we do this for you).</li>
<li>Give tenants the current version of the government's <em>How to Rent</em> guide, the EPC and the gas
certificate.</li>
<li>Protect any deposit in a government-approved scheme within 30 days and serve the prescribed
information.</li>
<li>Carry out a legionella risk assessment for the water system.</li>
</ul>
<h2>Licensing in Bristol</h2>
<p>Bristol City Council runs several licensing schemes, and letting without the right licence can lead to a civil
penalty of up to &pound;30,000 and an order to repay rent.</p>
<ul>
<li><strong>Mandatory HMO licensing</strong> applies anywhere in the city to homes let to five or more people who
form two or more households.</li>
<li><strong>Additional HMO licensing</strong> covers smaller shared houses (three or four people from two or more
households) in a number of central wards.</li>
<li><strong>Selective licensing</strong> covers all privately rented homes, including single-family lets, in
certain designated areas.</li>
</ul>
<p>The boundaries change as schemes are renewed, so always check the council's licensing map for your postcode.
If you instruct us, we'll check this as part of our rental valuation.</p>
<h2>Repairs and standards</h2>
<p>Landlords are responsible for the structure and exterior, heating and hot water, and the supply of water,
gas and electricity, and the home must be fit for human habitation throughout the tenancy. Managed landlords
have all of this tracked for them by our property management team.</p>""",
    _LANDLORD_SIDEBAR,
)

_TENANTS = _hero(
    "Tenant fees &amp; holding deposits",
    "We don't charge tenants admin, referencing or check-out fees. Here is everything you may be asked to pay.",
    "Renting",
) + _content(
    """<h2>No tenant admin fees</h2>
<p>Since the Tenant Fees Act 2019, letting agents and landlords in England can only charge tenants certain
permitted payments. We don't charge for referencing, credit checks, drawing up the tenancy agreement, inventories
or check-outs.</p>
<h3>Permitted payments</h3>
<div class="table-wrapper w-embed"><table class="fees-table">
<thead><tr><th>Payment</th><th>Amount</th></tr></thead>
<tbody>
<tr><td>Holding deposit (per tenancy)</td><td>One week's rent</td></tr>
<tr><td>Security deposit</td><td>Five weeks' rent (six weeks if the annual rent is &pound;50,000 or more)</td></tr>
<tr><td>Rent</td><td>As agreed in your tenancy</td></tr>
<tr><td>Change to the tenancy at your request, e.g. adding a sharer</td><td>&pound;50 including VAT</td></tr>
<tr><td>Early termination at your request</td><td>The landlord's reasonable costs and any rent due until a new
tenant moves in</td></tr>
<tr><td>Late rent (more than 14 days overdue)</td><td>Interest at 3% above the Bank of England base rate</td></tr>
<tr><td>Lost keys or security devices</td><td>The reasonable cost of replacement</td></tr>
<tr><td>Utilities, council tax, TV licence, broadband</td><td>Paid by you if your tenancy says so</td></tr>
</tbody></table></div>
<p><strong>Example:</strong> for a flat at &pound;1,100 a month, the weekly rent is &pound;253.84, so the holding
deposit is &pound;253.84 and the security deposit is &pound;1,269.23.</p>
<h2>Holding deposits explained</h2>
<p>Paying a holding deposit reserves the property for you: we take it off the market while we carry out
referencing and prepare the paperwork. We aim to sign the tenancy within 15 calendar days of receiving your
holding deposit (the &ldquo;deadline for agreement&rdquo;), unless we agree a different date with you in
writing.</p>
<p>When the tenancy goes ahead, your holding deposit goes towards your first month's rent.</p>
<h3>When you get it back</h3>
<p>Your holding deposit is refunded in full within seven days if the landlord decides not to go ahead, or if the
tenancy isn't signed by the deadline for reasons that aren't your fault.</p>
<h3>When it may be kept</h3>
<p>The holding deposit can be kept if you give false or misleading information, fail a right to rent check, pull
out of the let yourself, or don't take all reasonable steps to sign before the deadline. If that happens we'll
write to you within seven days to explain why.</p>
<h2>Paying to move in</h2>
<p>Your first month's rent (less the holding deposit) and the security deposit must reach us as cleared funds by
bank transfer before move-in day. We don't accept cash or credit cards. Keys are handed over at our office or at
the property once the money has cleared.</p>
<p>Read how your deposit is looked after on our <a href="/tenants/deposit-protection/">deposit protection</a>
page.</p>""",
    _TENANT_SIDEBAR,
)

_DEPOSIT = _hero(
    "Deposit protection",
    "Where your deposit is held, how to check it, and how it's returned at the end of your tenancy.",
    "Tenants",
) + _content(
    """<h2>Where your deposit is held</h2>
<p>Every security deposit for a tenancy we set up, whether the property is managed by us or let on a let only
basis, is protected with the <strong>Deposit Protection Service (DPS)</strong> custodial scheme. That means the
money itself is held by the DPS, a government-approved scheme, rather than by us or your landlord.</p>
<p>We register your deposit within 30 days of receiving it and email you the DPS certificate together with the
prescribed information, which sets out how the scheme works. If you can't find that email, you can check your
deposit on the DPS website using your surname, the property postcode and the deposit amount, or ask us to resend
the certificate.</p>
<h2>What can be deducted</h2>
<p>At the end of the tenancy your landlord can only ask to keep money for things set out in your tenancy
agreement, such as:</p>
<ul>
<li>damage beyond fair wear and tear;</li>
<li>cleaning needed to return the property to the standard recorded at check-in;</li>
<li>missing items from the inventory;</li>
<li>unpaid rent or bills that are your responsibility.</li>
</ul>
<p>Fair wear and tear &ndash; the normal ageing of carpets, paintwork and furniture through everyday use &ndash;
cannot be charged for.</p>
<h2>Getting your deposit back</h2>
<p>After the check-out we compare the property with the check-in inventory and send you and the landlord any
proposed deductions, with photos, within ten working days. Once you and the landlord agree, we ask the DPS to
repay the deposit, which normally reaches your bank account within ten days of that agreement. If there are no
deductions at all, we'll authorise the full repayment straight away.</p>
<h2>If you don't agree</h2>
<p>If you and your landlord can't agree on deductions, the DPS offers a free alternative dispute resolution
service. An independent adjudicator looks at the evidence from both sides &ndash; the inventory, check-out
report, photos and receipts &ndash; and makes a decision that both sides have to accept. Any amount that isn't
in dispute is paid out straight away. Disputes have to be raised within three months of the tenancy ending.</p>""",
    _TENANT_SIDEBAR,
)

_REFERENCING = _hero(
    "Referencing &amp; right to rent",
    "What we check before a tenancy starts, what you'll need to send us, and how long it takes.",
    "Applying for a property",
) + _content(
    """<h2>How referencing works</h2>
<p>Once your holding deposit is paid, our referencing partner HomeLet emails you a secure link to an online
application form. Referencing checks:</p>
<ul>
<li>your identity and current address;</li>
<li>your credit history, including any county court judgments (CCJs) or insolvency;</li>
<li>your income and employment, usually with your employer directly;</li>
<li>a reference from your current or most recent landlord.</li>
</ul>
<p>Most applications are completed in two to five working days. The quickest way to speed things up is to let
your employer and landlord know a request is on its way.</p>
<h2>Affordability</h2>
<p>As a guide, your gross annual income should be at least 30 times the monthly rent. For a home at &pound;1,200 a
month that's &pound;36,000 a year. Joint tenants can add their incomes together.</p>
<p>If you don't meet this, a guarantor can support your application. A guarantor should be based in the UK and
earn at least 36 times the monthly rent. Students usually need a guarantor.</p>
<h3>Self-employed or contractor?</h3>
<p>If you've been self-employed for two years or more, we'll ask for your last two years' SA302 tax calculations
and tax year overviews, or a reference from your accountant. If you're newly self-employed and don't yet have two
years of accounts, you can still rent: you can apply with a guarantor, or some landlords will accept rent paid in
advance (up to six months) instead.</p>
<h2>Right to rent checks</h2>
<p>By law we must check that every adult aged 18 or over who'll be living in the property has the right to rent
in the UK, before the tenancy starts. We check everyone, whatever their background.</p>
<ul>
<li><strong>British and Irish citizens</strong> can show their passport in person at our office, or complete a
digital identity check through HomeLet using a valid passport.</li>
<li><strong>Everyone else</strong>, including EU citizens with settled or pre-settled status and anyone with an
eVisa or biometric residence permit, proves their right to rent online. Get a share code from the &ldquo;prove
your right to rent&rdquo; service on GOV.UK and send it to us with your date of birth.</li>
</ul>
<p>If your permission to stay in the UK is time-limited, we'll carry out a follow-up check shortly before it
expires.</p>""",
    _TENANT_SIDEBAR,
)

_MAINTENANCE = _hero(
    "Report a repair",
    "How to report maintenance problems in a home managed by Kingsdown &amp; Co, and what to do in an emergency.",
    "Tenants",
) + _content(
    """<h2>Reporting a repair</h2>
<p>If we manage your home, report repairs through our online repair portal, powered by Fixflo, at any time of
day or night. Add photos or a short video, tell us when you're in, and you'll be able to track the job. The
portal also has short troubleshooting guides &ndash; resetting a tripped fuse, repressurising a combi boiler,
clearing a sink trap &ndash; that fix a lot of problems in minutes.</p>
<p>If your landlord manages the property themselves (a let only tenancy), please contact your landlord directly.
Their contact details are in your tenancy agreement.</p>
<div class="button-group"><a href="https://kingsdownandco.fixflo.com" class="button w-button">Open the repair portal</a>
</div>
<h2>How quickly we respond</h2>
<div class="table-wrapper w-embed"><table class="fees-table">
<tbody>
<tr><td><strong>Emergency</strong></td><td>Contractor attends to make safe within 24 hours</td></tr>
<tr><td><strong>Urgent</strong> (e.g. a leak that is contained, an oven not working)</td><td>Within 3 working
days</td></tr>
<tr><td><strong>Routine</strong> (e.g. a dripping tap, a sticking door)</td><td>Within 28 days</td></tr>
</tbody></table></div>
<h2>Emergencies out of hours</h2>
<p>If something serious happens outside office hours, including overnight and at weekends, managed
tenants can call our out-of-hours emergency line on <a href="tel:+441174960950">0117 496
0950</a>. Please only use it for genuine emergencies, such as:</p>
<ul>
<li>no heating or hot water, especially in cold weather or with young children or older people in the home;</li>
<li>a burst pipe or a leak you can't stop;</li>
<li>total loss of electricity;</li>
<li>a break-in, or a door or window that means the property can't be secured;</li>
<li>the only toilet in the home blocked or not working.</li>
</ul>
<p><strong>If you smell gas</strong>, leave the property, don't use switches and call the National Gas Emergency
Service on 0800 111 999 straight away, then let us know. For a power cut affecting your street, call 105.</p>
<h2>Condensation and mould</h2>
<p>Bristol's older terraces can be prone to condensation in winter. To keep it down: keep the heating on at a low
steady temperature, open trickle vents, use extractor fans when cooking or showering, dry washing outside or in a
ventilated room, and leave a gap between furniture and outside walls. Wipe any water off windows each morning.</p>
<p>If you see black mould, don't just paint over it &ndash; report it through the repair portal with photos. We'll
arrange an inspection to find the cause, whether that's a leak, damp or ventilation, and agree the fix with your
landlord.</p>
<h2>Your part</h2>
<p>Tenants look after small things like light bulbs, testing smoke alarms monthly, bleeding radiators and keeping
drains clear. If a contractor's visit is caused by misuse or lost keys, the cost may be passed on to you.</p>""",
    _TENANT_SIDEBAR,
)

_ENDING = _hero(
    "Ending your tenancy",
    "Giving notice, the check-out, cleaning and handing back your keys.",
    "Moving out",
) + _content(
    """<h2>Giving notice</h2>
<p>How much notice you need to give depends on your tenancy:</p>
<ul>
<li><strong>At the end of a fixed term</strong> &ndash; tell us in writing at least one month before the fixed
term ends that you'll be leaving.</li>
<li><strong>Rolling (periodic) tenancy</strong> &ndash; give at least one month's written notice, ending on the
last day of a rental period. If your rent is due on the 15th, for example, your notice should end on the 14th.</li>
<li><strong>Break clause</strong> &ndash; many of our tenancies include a break clause that can be used after six
months by giving two months' written notice. Check your agreement for the exact wording.</li>
</ul>
<p>Send notice by email to lettings@kingsdownandco.co.uk with the property address and the names of all the
tenants. We'll confirm your leaving date by return.</p>
<h3>Leaving early</h3>
<p>If you need to leave during a fixed term without a break clause, ask us about surrendering the tenancy. It
needs your landlord's agreement, and you may have to cover their reasonable costs and the rent until a new tenant
moves in.</p>
<h2>The check-out</h2>
<p>On your last day an independent inventory clerk carries out the check-out, comparing the property with the
inventory and photos taken when you moved in. You're welcome to be there. Remove all your belongings and
rubbish, including from the garden, loft and shed.</p>
<h3>Cleaning</h3>
<p>The property should be returned as clean as it was at check-in. If it was professionally cleaned before you
moved in, it will need to be cleaned to the same standard, but you don't have to use any particular company and
you can do it yourself.</p>
<h2>Handing back your keys</h2>
<p>Return every set of keys, fobs and permits to our office at 214 Gloucester Road by 12 noon on the last day of
your tenancy. If the office is closed, put them in an envelope marked with the property address and post them
through our secure key letterbox in the front door. Keys returned late may mean an extra day's rent.</p>
<h2>Before you go</h2>
<ul>
<li>Take photos of the meters and give readings to your energy and water suppliers.</li>
<li>Tell Bristol City Council for council tax, and redirect your post.</li>
<li>Give us your forwarding address and bank details for your deposit.</li>
</ul>
<p>How the deposit is returned is explained on our <a href="/tenants/deposit-protection/">deposit protection</a>
page.</p>""",
    _TENANT_SIDEBAR,
)

_COMPLAINTS = _hero(
    "Complaints procedure",
    "We'd much rather hear about a problem than have you put up with it. Here's how we handle complaints.",
    "Our commitment",
) + _content(
    """<p>Most concerns can be sorted with a quick phone call to the person dealing with your sale or tenancy, so
please try that first. If you're still unhappy, you can make a formal complaint.</p>
<h2>Stage 1: the department manager</h2>
<p>Write to us at complaints@kingsdownandco.co.uk or by post to the Complaints Manager, Kingsdown &amp; Co,
214 Gloucester Road, Bristol BS7 8NU. Tell us what went wrong and what you'd like us to do to put it right.</p>
<p>We'll acknowledge your complaint within three working days. The manager of the sales or lettings department
will then investigate and send you a full written response within 15 working days.</p>
<h2>Stage 2: a director's review</h2>
<p>If you're not satisfied with that response, let us know in writing and our director, Rachel Okonkwo, will
review your complaint independently of the original investigation. She'll send you our final viewpoint letter
within 15 working days.</p>
<h2>Stage 3: The Property Ombudsman</h2>
<p>We are members of The Property Ombudsman (TPO) redress scheme, membership number D08416. If you're still
unhappy after our final viewpoint, or more than eight weeks have passed since you first complained, you can ask
the Ombudsman to review your complaint. Their service is free to consumers.</p>
<p>You must refer your complaint to the Ombudsman within 12 months of our final viewpoint letter. Contact: The
Property Ombudsman, Milford House, 43&ndash;55 Milford Street, Salisbury, Wiltshire SP1 2BP, telephone
01722 333306, <a href="https://www.tpos.co.uk" target="_blank">www.tpos.co.uk</a>.</p>
<h2>Professional membership</h2>
<p>Kingsdown &amp; Co is a member of Propertymark, and our sales and lettings managers hold Propertymark
qualifications. We follow the Propertymark Conduct and Membership Rules and are registered with the Information
Commissioner's Office for data protection.</p>"""
)

_TEAM_MEMBERS = [
    (
        "Rachel Okonkwo",
        "Founder &amp; Director",
        "rachel",
        "Rachel founded Kingsdown &amp; Co in 2009 after twelve years with a national agency. She still lists and "
        "values homes herself and oversees both departments. Horfield born and bred.",
    ),
    (
        "Tom Fairweather",
        "Sales Manager &amp; Senior Valuer",
        "tom",
        "Tom carries out most of our sales valuations and has sold homes in BS6 and BS7 for fifteen years. Ask him "
        "about Bristol Rovers at your own risk.",
    ),
    (
        "Megan Lloyd",
        "Sale Progressor",
        "megan",
        "Megan keeps every sale moving from offer to completion and is the reason solicitors answer our calls.",
    ),
    (
        "Jamie Osei",
        "Sales Negotiator",
        "jamie",
        "Jamie books and hosts most of our viewings, including the Saturday and Sunday ones, and looks after "
        "buyers from their first enquiry.",
    ),
    (
        "Priya Shah",
        "Lettings Manager",
        "priya",
        "Priya runs our lettings department, carries out rental valuations and is a Propertymark-qualified letting "
        "agent. She speaks Gujarati and Hindi.",
    ),
    (
        "Kasia Nowak",
        "Property Manager",
        "kasia",
        "Kasia looks after repairs, inspections and our network of contractors for managed homes. Originally from "
        "Gda&#324;sk, she's happy to help tenants and landlords in Polish as well as English.",
    ),
    (
        "Dan Hughes",
        "Lettings Negotiator",
        "dan",
        "Dan handles tenant enquiries, viewings and applications, and guides new tenants through referencing.",
    ),
    (
        "Sophie Marsh",
        "Accounts &amp; Client Money",
        "sophie",
        "Sophie pays landlords, produces statements and makes sure every penny of client money is where it should be.",
    ),
    (
        "Biscuit",
        "Head of Morale",
        "biscuit",
        "Our office cockapoo comes in most Tuesdays and Thursdays. If you're allergic or nervous of dogs, just "
        "let us know before you visit and she'll stay upstairs.",
    ),
]

_TEAM = (
    _hero(
        "Meet the team",
        "Nine people (well, eight and a dog) working from one office on Gloucester Road.",
        "About us",
    )
    + """<section class="section_team padding-global">
<div class="container-large"><div class="padding-section-small">
<div class="team_intro w-richtext"><p>Everyone on our team lives in or near north Bristol. We don't use
call centres or outsourced negotiators, so the person you speak to is the person doing the work.</p></div>
<div class="team_list-wrapper w-dyn-list">
<div role="list" class="team_list w-dyn-items w-row">
"""
    + "\n".join(
        f"""<div role="listitem" class="team_item w-dyn-item w-col w-col-4">
<div class="team_image-wrapper"><img src="/images/team/{slug}.jpg" loading="lazy" alt="{name}" class="team_image">
</div>
<div class="team_content"><h3 class="heading-style-h5">{name}</h3>
<div class="text-size-small text-color-grey">{role}</div>
<div class="team_bio w-richtext"><p>{bio}</p></div></div>
</div>"""
        for name, role, slug, bio in _TEAM_MEMBERS
    )
    + """
</div>
</div>
</div></div>
</section>
"""
    + _reviews(
        ("Kasia explained everything to my mum in Polish. It made such a difference.", "Marta, tenant, Southmead"),
    )
)

_CONTACT = (
    _hero(
        "Contact &amp; find us",
        "Call, email or pop into our office on Gloucester Road.",
        "Get in touch",
    )
    + """<section class="section_contact padding-global">
<div class="container-large"><div class="padding-section-small">
<div class="w-layout-grid contact_grid">
<div class="contact_details w-richtext">
<h2>Our office</h2>
<p>Kingsdown &amp; Co<br>214 Gloucester Road<br>Bishopston<br>Bristol BS7 8NU</p>
<p>We're on the west side of Gloucester Road, between the Bishopston library and the junction with Berkeley
Road, with the green door and the big window full of property cards.</p>
<h3>Phone and email</h3>
<ul>
<li>Sales: <a href="tel:+441174960318">0117 496 0318</a> &ndash; sales@kingsdownandco.co.uk</li>
<li>Lettings and property management: <a href="tel:+441174960319">0117 496 0319</a> &ndash;
lettings@kingsdownandco.co.uk</li>
<li>General enquiries: hello@kingsdownandco.co.uk</li>
</ul>
<h3>Opening hours</h3>
<div class="table-wrapper w-embed"><table class="hours-table">
<tbody>
<tr><td>Monday to Friday</td><td>9.00am &ndash; 5.30pm</td></tr>
<tr><td>Saturday</td><td>9.00am &ndash; 3.00pm</td></tr>
<tr><td>Sunday</td><td>Closed (viewings by appointment)</td></tr>
<tr><td>Bank holidays</td><td>Closed</td></tr>
</tbody></table></div>
<p>The office is closed on all bank holidays. Over Christmas we close at 1pm on Christmas Eve and reopen on
2 January. Managed tenants with an emergency repair while we're closed should follow the advice on our
<a href="/tenants/maintenance/">report a repair</a> page.</p>
<h3>Parking and getting here</h3>
<p>We don't have a car park. There are one-hour limited waiting bays on Gloucester Road itself (no return within
two hours), and free on-street parking on the side roads such as Berkeley Road and Longmead Avenue, though it
gets busy on Saturdays. Blue Badge holders can park on the single yellow line outside the office for up to three
hours.</p>
<p>Buses 75 and 76 stop outside Bishopston library, a two-minute walk away, and Montpelier station is about 15
minutes on foot. There are Sheffield cycle stands right outside.</p>
<h3>Accessibility</h3>
<p>Our office is on the ground floor with a level, step-free entrance. If it's easier, we're always happy to come
to you.</p>
</div>
<div class="contact_form-wrapper">
<div class="contact_map"><img src="/images/map-gloucester-road.png" loading="lazy"
alt="Map showing 214 Gloucester Road, Bristol" class="contact_map-image"></div>
<div class="form_component w-form">
<form id="wf-form-Contact" name="wf-form-Contact" data-name="Contact" method="get" class="form">
<label for="contact-name" class="form_label">Name</label>
<input class="form_input w-input" maxlength="256" name="name" id="contact-name" type="text" required>
<label for="contact-email" class="form_label">Email</label>
<input class="form_input w-input" maxlength="256" name="email" id="contact-email" type="email" required>
<label for="contact-dept" class="form_label">Department</label>
<select id="contact-dept" name="dept" class="form_input w-select"><option>Sales</option><option>Lettings</option>
<option>Property management</option><option>Something else</option></select>
<label for="contact-message" class="form_label">Message</label>
<textarea id="contact-message" name="message" maxlength="5000" class="form_input is-textarea w-input"></textarea>
<input type="submit" value="Send message" data-wait="Please wait..." class="button w-button">
</form>
<div class="form_message-success w-form-done"><div>Thanks, we'll reply within one working day.</div></div>
<div class="form_message-error w-form-fail"><div>Sorry, something went wrong. Please call us.</div></div>
</div>
</div>
</div>
</div></div>
</section>
"""
)

_FAQS = [
    (
        "Can I have a pet in a rented property?",
        "Often, yes. More and more of our landlords accept pets, and we ask every landlord about it when we take "
        "on their property. Tell us about your pet when you enquire (a reference from a previous landlord helps). "
        "We can't take a separate pet deposit on top of the five-week cap, but a landlord may ask you to take out "
        "pet damage insurance as a condition of the tenancy.",
    ),
    (
        "Do you sell homes at auction?",
        "Yes. For properties that need a quick, certain sale or a lot of work, we work with Westcountry Property "
        "Auctions, who run online auctions every month. We'll handle the valuation and viewings as usual and "
        "explain the auction fees before you decide.",
    ),
    (
        "Do you deal with commercial property?",
        "No, we only sell and let residential homes. We can point you towards a local commercial agent.",
    ),
    (
        "I'm already on the market with another agent. Can I switch to you?",
        "Yes, once your notice period with them has ended. Check your current contract first: some agreements "
        "say you'll still owe a fee if a buyer they introduced goes on to buy, and some 'ready, willing and "
        "able' clauses could leave you owing two fees. Send it to us and we'll happily look it over.",
    ),
    (
        "Do you manage shared houses and HMOs?",
        "Yes, we manage licensed HMOs of up to six bedrooms for professional sharers. We don't manage "
        "purpose-built student accommodation.",
    ),
    (
        "Do I have to have a For Sale board?",
        "No. Boards are included in every package and do bring in buyers, but if you'd prefer a discreet sale "
        "just tell us and we won't put one up.",
    ),
    (
        "Can I sell my home while I have tenants living in it?",
        "Yes. We'll agree viewing times with your tenants and give them at least 24 hours' notice of every visit. "
        "Many investors will buy with the tenants in place.",
    ),
    (
        "Do you offer a guaranteed rent scheme?",
        "No. We think landlords get a better return, and tenants a better service, from a properly managed "
        "tenancy. Rent guarantee insurance is available instead.",
    ),
]

_FAQ = (
    _hero(
        "Frequently asked questions",
        "Quick answers to the questions we get asked most often at the office.",
        "FAQs",
    )
    + """<section class="section_faq padding-global">
<div class="container-medium"><div class="padding-section-small">
<div class="faq_list-wrapper w-dyn-list">
<div role="list" class="faq_list w-dyn-items">
"""
    + "\n".join(
        f"""<div role="listitem" class="faq_item w-dyn-item">
<div class="accordion-item"><button class="accordion-toggle" aria-expanded="false">{q}
<span class="accordion-icon">+</span></button>
<div class="accordion-panel"><div class="w-richtext"><p>{a}</p></div></div></div>
</div>"""
        for q, a in _FAQS
    )
    + """
</div>
</div>
<div class="faq_more w-richtext"><p>Can't find what you're looking for? <a href="/contact/">Get in touch</a> and we'll
answer it for you.</p></div>
</div></div>
</section>
"""
)


HTML = {
    "/": _page("/", "Estate &amp; Letting Agents in Bishopston, Bristol", "Independent estate agents.", _HOME),
    "/valuations/": _page(
        "/valuations/",
        "Free Property Valuations",
        "Book a free, no-obligation sales or rental valuation in north Bristol.",
        _VALUATIONS,
    ),
    "/selling/": _page(
        "/selling/",
        "Selling Fees &amp; Packages",
        "Our selling packages and fees, no sale no fee.",
        _SELLING,
    ),
    "/viewings-and-offers/": _page(
        "/viewings-and-offers/",
        "Viewings &amp; Offers",
        "Accompanied viewings, making an offer and what happens next.",
        _VIEWINGS,
    ),
    "/sale-progression/": _page(
        "/sale-progression/",
        "Sale Progression",
        "How we progress your sale from offer accepted to completion.",
        _PROGRESSION,
    ),
    "/buying/": _page(
        "/buying/",
        "Buying a Home",
        "Register for property alerts, mortgage advice and conveyancing.",
        _BUYING,
    ),
    "/landlords/": _page(
        "/landlords/",
        "Letting &amp; Property Management",
        "Let only, rent collection and full management fees for landlords.",
        _LANDLORDS,
    ),
    "/landlords/legal-obligations/": _page(
        "/landlords/legal-obligations/",
        "Landlord Legal Obligations",
        "Safety certificates, EPCs, deposits and licensing for Bristol landlords.",
        _LEGAL,
    ),
    "/tenants/": _page(
        "/tenants/",
        "Tenant Fees &amp; Holding Deposits",
        "Permitted payments and holding deposits for tenants.",
        _TENANTS,
    ),
    "/tenants/deposit-protection/": _page(
        "/tenants/deposit-protection/",
        "Deposit Protection",
        "How your tenancy deposit is protected and returned.",
        _DEPOSIT,
    ),
    "/tenants/referencing/": _page(
        "/tenants/referencing/",
        "Referencing &amp; Right to Rent",
        "Tenant referencing, affordability, guarantors and right to rent checks.",
        _REFERENCING,
    ),
    "/tenants/maintenance/": _page(
        "/tenants/maintenance/",
        "Report a Repair",
        "Report a repair in a managed property, and out-of-hours emergencies.",
        _MAINTENANCE,
    ),
    "/tenants/ending-your-tenancy/": _page(
        "/tenants/ending-your-tenancy/",
        "Ending Your Tenancy",
        "Giving notice, check-out, cleaning and returning keys.",
        _ENDING,
    ),
    "/complaints/": _page(
        "/complaints/",
        "Complaints Procedure",
        "How to make a complaint and our redress scheme.",
        _COMPLAINTS,
    ),
    "/about/team/": _page("/about/team/", "Meet the Team", "The people behind Kingsdown &amp; Co.", _TEAM),
    "/contact/": _page(
        "/contact/",
        "Contact Us",
        "Office address, opening hours, phone numbers and parking.",
        _CONTACT,
    ),
    "/faq/": _page("/faq/", "FAQs", "Answers to common questions from sellers, buyers, landlords and tenants.", _FAQ),
}

QUESTIONS = [
    ("hi do you guys cover Lockleaze or is that too far out for you", "/"),
    (
        "My mum passed away in the spring and the solicitor says we need a value on her house for probate. Is that "
        "something you can do?",
        "/valuations/",
    ),
    ("whats your percentage if we go for the middle package", "/selling/"),
    (
        "If I sign up with you to sell my flat and I'm not happy after a while, how long before I can walk away?",
        "/selling/",
    ),
    (
        "We've seen a terrace on Ashley Down Road we love and want to make an offer. What will you need from us?",
        "/viewings-and-offers/",
    ),
    (
        "I accepted an offer on my house last week and now another couple say they'll pay 10k more. Do you have to "
        "tell me about it??",
        "/viewings-and-offers/",
    ),
    (
        "we agreed a sale back in january and our buyers keep asking when we'll actually move, how long does it "
        "usually take from offer to getting the keys",
        "/sale-progression/",
    ),
    ("First time buyer, havent got a clue about mortgages. Can you put me in touch with someone", "/buying/"),
    ("Is there any way to hear about new houses before they go up on Rightmove?", "/buying/"),
    (
        "I've got a two bed flat in Redland rented out at £1,200 a month. Roughly what would you take each month to "
        "look after everything for me?",
        "/landlords/",
    ),
    (
        "how often do i need to get a sparky in to check the electrics in the house i rent out",
        "/landlords/legal-obligations/",
    ),
    (
        "Do I need a licence from the council to rent my house out to three friends who are sharing?",
        "/landlords/legal-obligations/",
    ),
    (
        "If I put down the deposit to reserve a flat and then the landlord changes his mind, do I get my money back?",
        "/tenants/",
    ),
    ("are there any admin fees to rent through you", "/tenants/"),
    (
        "Moved in last month and never got anything saying where my deposit is being kept. Which scheme is it in?",
        "/tenants/deposit-protection/",
    ),
    (
        "I've only been self employed about 8 months so I dont have proper accounts yet. Will that stop me renting "
        "a place with you?",
        "/tenants/referencing/",
    ),
    ("I'm Spanish and I have settled status, how do I prove I'm allowed to rent", "/tenants/referencing/"),
    ("Boiler's died, it's Sunday night and the kids are freezing. Who do I ring?", "/tenants/maintenance/"),
    (
        "theres black stuff growing on the wall behind the wardrobe in our bedroom, what should I do",
        "/tenants/maintenance/",
    ),
    (
        "Our contract runs out in March and we've bought a house, so we'll be leaving. How much notice do you need?",
        "/tenants/ending-your-tenancy/",
    ),
    (
        "I already complained to your office about how my sale was handled and I'm still not happy with the answer. "
        "Who can I take it to now?",
        "/complaints/",
    ),
    (
        "Does anyone there speak Polish? My dad is renting one of your flats and his English isn't great",
        "/about/team/",
    ),
    ("are you open on the bank holiday monday", "/contact/"),
    ("Is there anywhere to park near your office?", "/contact/"),
    ("We've got an old cat, would a landlord let us bring her with us?", "/faq/"),
]

OUT_OF_SCOPE = [
    "How much stamp duty would I have to pay on a £350,000 house?",
    "What council tax band is a three bed semi in Horfield?",
    "Can you recommend a good removals company?",
    "Do you manage Airbnb or holiday lets?",
    "Have you got any two bed flats to rent in Redland under £1,000 a month at the moment?",
    "Do you do shared ownership properties?",
    "What time does Cabot Circus close tonight?",
    "Is it going to rain in Bristol this weekend?",
]
