"""An evaluation site: Ashworth Lane, an independent estate and letting agent in Malton, North Yorkshire (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. Built as a Drupal 10 site on the Olivero
theme: region-- and block-- wrappers, field--name-body text, views-row listings, data-drupal-selector
attributes, webforms, a details/summary FAQ and a paragraphs accordion.
"""

NAME = "Ashworth Lane Estate & Letting Agents"

_MENU = [
    (
        "Selling",
        "selling",
        [
            ("/selling/free-valuation/", "Free valuation"),
            ("/selling/fees/", "Selling fees"),
            ("/selling/how-we-sell/", "How we sell your home"),
        ],
    ),
    (
        "Buying",
        "buying",
        [
            ("/buying/viewings/", "Booking a viewing"),
            ("/buying/making-an-offer/", "Making an offer"),
            ("/new-homes/", "New homes"),
            ("/area-guides/", "Area guides"),
        ],
    ),
    (
        "Landlords",
        "landlords",
        [
            ("/lettings/landlords/", "Landlord services &amp; fees"),
            ("/lettings/landlord-compliance/", "Compliance checklist"),
        ],
    ),
    (
        "Tenants",
        "tenants",
        [
            ("/lettings/applying/", "Applying for a rental"),
            ("/lettings/tenant-fees/", "Tenant fees"),
            ("/lettings/moving-out/", "Deposits &amp; moving out"),
            ("/lettings/report-a-repair/", "Report a repair"),
        ],
    ),
    (
        "About",
        "about",
        [
            ("/about-us/", "Meet the team"),
            ("/faq/", "FAQs"),
            ("/complaints/", "Complaints procedure"),
            ("/contact/", "Contact &amp; find us"),
        ],
    ),
]


def _nav():
    items = [
        '<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1">'
        '<a href="/" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" '
        'data-drupal-link-system-path="&lt;front&gt;"><span class="primary-nav__menu-link-inner '
        'primary-nav__menu-link-inner--level-1">Home</span></a></li>'
    ]
    for label, key, links in _MENU:
        sub = "\n".join(
            '<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-2">'
            f'<a href="{href}" class="primary-nav__menu-link primary-nav__menu-link--link '
            f'primary-nav__menu-link--level-2"><span class="primary-nav__menu-link-inner '
            f'primary-nav__menu-link-inner--level-2">{text}</span></a></li>'
            for href, text in links
        )
        items.append(
            f"""<li class="primary-nav__menu-item primary-nav__menu-item--nolink primary-nav__menu-item--level-1
 primary-nav__menu-item--has-children" data-drupal-selector="primary-nav-menu-item-has-children">
<span class="primary-nav__menu-link primary-nav__menu-link--nolink primary-nav__menu-link--level-1
 primary-nav__menu-link--has-children" data-drupal-selector="primary-nav-menu-link-has-children">
<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">{label}</span></span>
<button class="primary-nav__button-toggle" data-drupal-selector="primary-nav-submenu-toggle-button"
 aria-controls="primary-menu-item-{key}" aria-expanded="false" aria-hidden="true" tabindex="-1">
<span class="visually-hidden">{label} sub-navigation</span><span class="icon--menu-toggle"></span></button>
<span data-drupal-selector="primary-nav-menu-🥕" class="primary-nav__menu-🥕"></span>
<ul class="menu primary-nav__menu primary-nav__menu--level-2" data-drupal-selector="primary-nav-menu--level-2"
 id="primary-menu-item-{key}">
{sub}
</ul>
</li>"""
        )
    return "\n".join(items)


_NAV = _nav()

_COOKIES = """<div id="sliding-popup" class="sliding-popup-bottom" role="banner" aria-label="Cookie consent">
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in">
<div class="popup-content info eu-cookie-compliance-content">
<div id="popup-text" class="eu-cookie-compliance-message" role="document">
<h2>We use cookies on this site to enhance your experience</h2>
<p>Some cookies are essential to make the property search work; others help us understand which pages are
useful. You can choose to accept or decline the optional ones.</p>
<button type="button" class="find-more-button eu-cookie-compliance-more-button">Cookie policy</button>
</div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons">
<button type="button" class="agree-button eu-cookie-compliance-secondary-button button button--small">Accept</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button button button--small">No,
 thanks</button>
</div>
</div>
</div>
</div>"""

_FOOTER = """<footer class="site-footer">
<div class="site-footer__inner container">
<div class="region region--footer-top grid-full layout--pass--content-medium">
<div class="region--footer_top__inner">
<div id="block-footercontact" class="block block-block-content block-block-content4f1c9e7a">
<h2 class="block__title">Ashworth Lane</h2>
<div class="block__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden
 field__item"><p>14 Market Place, Malton, North Yorkshire YO17 7LX<br>
Sales &amp; lettings: <a href="tel:01653690412">01653 690412</a><br>
<a href="mailto:hello@ashworthlane.co.uk">hello@ashworthlane.co.uk</a></p>
<p>Office: Mon&ndash;Fri 9am&ndash;5.30pm, Sat 9am&ndash;4pm</p></div>
</div>
</div>
<nav role="navigation" aria-labelledby="block-footer-menu" id="block-footer" class="block block-menu
 navigation menu--footer">
<h2 class="visually-hidden block__title" id="block-footer-menu">Footer</h2>
<ul class="menu menu--footer">
<li class="menu__item"><a href="/selling/free-valuation/" class="menu__link">Book a valuation</a></li>
<li class="menu__item"><a href="/lettings/landlords/" class="menu__link">Landlords</a></li>
<li class="menu__item"><a href="/lettings/report-a-repair/" class="menu__link">Report a repair</a></li>
<li class="menu__item"><a href="/complaints/" class="menu__link">Complaints</a></li>
<li class="menu__item"><a href="/contact/" class="menu__link">Contact</a></li>
</ul>
</nav>
<div id="block-socialmedia" class="block block-social-media-links block-social-media-links-block">
<div class="block__content">
<ul class="social-media-links--platforms platforms inline horizontal">
<li><a class="social-media-link-icon--facebook" href="https://www.facebook.com/ashworthlanemalton">Facebook</a></li>
<li><a class="social-media-link-icon--instagram" href="https://www.instagram.com/ashworthlane_homes">Instagram</a></li>
<li><a class="social-media-link-icon--linkedin" href="https://www.linkedin.com/company/ashworth-lane">LinkedIn</a></li>
</ul>
</div>
</div>
</div>
</div>
<div class="region region--footer-bottom grid-full layout--pass--content-medium">
<div id="block-footerlegal" class="block block-block-content block-block-content8c2d01b3">
<div class="block__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden
 field__item"><p>Members of Propertymark (NAEA &amp; ARLA) and The Property Ombudsman. Client money protection
 provided by Propertymark.</p>
<p>&copy; 2025 Ashworth Lane Ltd. Registered in England &amp; Wales no. 06873314. Registered office:
 14 Market Place, Malton YO17 7LX.</p></div>
</div>
</div>
</div>
</div>
</footer>"""

_ANALYTICS = """<script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date()); gtag('config', 'G-AL7M2Q9X4R', {'anonymize_ip': true});
</script>"""


def _page(path, title, body, node_id, sidebar="", crumbs=(), node_type="page"):
    if path == "/":
        body_class = "path-frontpage page-node-type-landing-page"
        head_title = "Ashworth Lane | Estate &amp; Letting Agents in Malton, Norton &amp; Pickering"
    else:
        body_class = f"path-node page-node-type-{node_type}"
        head_title = f"{title} | Ashworth Lane"
    trail = '<li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li>'
    for label in crumbs:
        trail += f'<li class="breadcrumb__item">{label}</li>'
    trail += f'<li class="breadcrumb__item">{title}</li>'
    if sidebar:
        layout = "main-content__container container"
        aside = f"""<div class="region region--sidebar">
{sidebar}
</div>"""
    else:
        layout = "main-content__container container"
        aside = ""
    return f"""<!DOCTYPE html>
<html lang="en-GB" dir="ltr" style="--color--primary-hue:146;--color--primary-saturation:38%;">
<head>
<meta charset="utf-8">
<meta name="description" content="Ashworth Lane: independent estate and letting agent in Malton, North Yorkshire.">
<link rel="canonical" href="https://www.ashworthlane.co.uk{path}">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:site_name" content="Ashworth Lane">
<meta property="og:title" content="{title}">
<link rel="icon" href="/themes/custom/ashworth_olivero/favicon.ico" type="image/vnd.microsoft.icon">
<title>{head_title}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm3v7yKZ1x.css?delta=0&amp;language=en">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_b8Tn2Lr0Pc.css?delta=1&amp;language=en">
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/components/navigation/nav-primary.css">
</head>
<body class="{body_class}">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper">
<div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle"
 data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner"
 aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span>
<span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner">
<div class="container site-header__inner__container">
<div id="block-ashworth-olivero-site-branding" class="site-branding block block-system
 block-system-branding-block">
<div class="site-branding__inner">
<a href="/" rel="home" class="site-branding__logo"><img src="/sites/default/files/ashworth-lane-logo.svg"
 alt="Home" fetchpriority="high" width="190" height="64"></a>
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Ashworth
 Lane</a></div><div class="site-branding__slogan">Independent estate &amp; letting agents</div></div>
</div>
</div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu"
 aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span>
<span class="mobile-nav-button__icon"></span></button>
</div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="region region--primary-menu">
<nav role="navigation" aria-labelledby="block-ashworth-olivero-main-menu-menu"
 id="block-ashworth-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-ashworth-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
{_NAV}
</ul>
</nav>
</div>
<div class="region region--secondary-menu">
<div id="block-headercta" class="block block-block-content block-block-content2a7f">
<a href="/selling/free-valuation/" class="button button--primary header-cta">Book a free valuation</a>
<a href="tel:01653690412" class="header-phone">01653 690412</a>
</div>
</div>
</div>
</div>
</div>
</div>
</header>
<div id="main-wrapper" class="layout-main-wrapper layout-container">
<div id="main" class="layout-main">
<div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="region region--hero grid-full layout--pass--content-medium"></div>
<div class="region region--highlighted grid-full layout--pass--content-medium">
<div data-drupal-messages-fallback class="hidden messages-list"></div>
</div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-ashworth-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">{trail}</ol>
</nav>
</div>
</div>
<div class="{layout}">
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-ashworth-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string
 field--label-hidden">{title}</span></h1>
</div>
</div>
<main role="main" class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-ashworth-olivero-content" class="block block-system block-system-main-block">
<div class="block__content">
<article data-history-node-id="{node_id}" class="node node--type-{node_type} node--view-mode-full">
<div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden
 field__item">
{body}
</div>
</div>
</article>
</div>
</div>
</main>
{aside}
</div>
</div>
</div>
</div>
<div class="region region--content-below grid-full layout--pass--content-medium">
<div id="block-ctastrip" class="block block-block-content block-block-content91d3">
<div class="cta-strip"><p>Thinking of moving? Find out what your home is worth.</p>
<a href="/selling/free-valuation/" class="button button--primary">Book now</a></div>
</div>
</div>
{_FOOTER}
</div>
</div>
</div>
{_COOKIES}
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/",
"currentPath":"node\\/{node_id}","currentLanguage":"en"}},"user":{{"uid":0}}}}</script>
{_ANALYTICS}
</body>
</html>"""


_SELL_SIDEBAR = """<div id="block-valuationcta" class="block block-block-content block-block-content5d2e">
<h2 class="block__title">What's my home worth?</h2>
<div class="block__content"><p>Get a proper figure from someone who knows your street, not an algorithm.</p>
<a href="/selling/free-valuation/" class="button button--primary">Book a valuation</a></div>
</div>
<div class="views-element-container block block-views block-views-blocktestimonials-block-1"
 id="block-views-block-testimonials-block-1">
<h2 class="block__title">What our sellers say</h2>
<div class="block__content"><div class="view view-testimonials view-id-testimonials view-display-id-block_1">
<div class="view-content">
<div class="views-row"><blockquote class="testimonial">&ldquo;Sold in nine days, and Jess chased the
 solicitors so we didn't have to.&rdquo; <cite>&mdash; Mr &amp; Mrs Hollis, Norton</cite></blockquote></div>
<div class="views-row"><blockquote class="testimonial">&ldquo;Honest about the price from day one. Wish
 we'd come to them first.&rdquo; <cite>&mdash; Karen D., Amotherby</cite></blockquote></div>
</div>
</div></div>
</div>"""

_LET_SIDEBAR = """<div id="block-lettingslinks" class="block block-block-content block-block-content77ab">
<h2 class="block__title">Lettings quick links</h2>
<div class="block__content"><ul class="sidebar-links">
<li><a href="/lettings/applying/">Applying for a rental</a></li>
<li><a href="/lettings/tenant-fees/">Tenant fees</a></li>
<li><a href="/lettings/moving-out/">Deposits &amp; moving out</a></li>
<li><a href="/lettings/report-a-repair/">Report a repair</a></li>
<li><a href="/lettings/landlords/">Landlord services</a></li>
</ul></div>
</div>
<div id="block-landlordcta" class="block block-block-content block-block-content77ac">
<h2 class="block__title">Landlords</h2>
<div class="block__content"><p>Thinking of letting? We'll tell you what rent to expect.</p>
<a href="/lettings/landlords/" class="button button--primary">Book a rental valuation</a></div>
</div>"""

HOME = """<div class="paragraph paragraph--type--hero-banner paragraph--view-mode--default">
<div class="hero-banner__content">
<h2>Malton's independent estate &amp; letting agent since 2009</h2>
<p>Selling, buying, letting or renting in Malton, Norton, Pickering and the villages in between &mdash; we're a
 local, family-run team on Market Place, not a call centre.</p>
<a href="/selling/free-valuation/" class="button button--primary">Book a free valuation</a>
<a href="/buying/viewings/" class="button">Arrange a viewing</a>
</div>
</div>
<div class="paragraph paragraph--type--text paragraph--view-mode--default">
<p>Last year we agreed sales on 184 homes across Ryedale and look after more than 320 rented homes for around
 190 landlords. Whether you're a first-time buyer, downsizing, or letting your first flat, you'll deal with the
 same small team from start to finish.</p>
</div>
<div class="views-element-container"><div class="view view-featured-properties view-id-featured_properties
 view-display-id-block_1 js-view-dom-id-3b9f0e61c2">
<div class="view-header"><h2>Featured properties</h2></div>
<div class="view-content">
<div class="views-row"><div class="property-card">
<div class="views-field views-field-field-status"><span class="field-content badge">For sale</span></div>
<div class="views-field views-field-title"><span class="field-content">Sycamore Cottage, Town Street,
 Old Malton</span></div>
<div class="views-field views-field-field-summary"><div class="field-content">Three-bedroom stone cottage with
 wood burner, cottage garden and off-street parking for two cars.</div></div>
<div class="views-field views-field-field-price"><span class="field-content">Guide price &pound;365,000</span></div>
</div></div>
<div class="views-row"><div class="property-card">
<div class="views-field views-field-field-status"><span class="field-content badge">For sale</span></div>
<div class="views-field views-field-title"><span class="field-content">Wood Street, Norton</span></div>
<div class="views-field views-field-field-summary"><div class="field-content">Two-bedroom mid-terrace, newly
 fitted kitchen, no onward chain. Ideal first home.</div></div>
<div class="views-field views-field-field-price"><span class="field-content">&pound;179,950</span></div>
</div></div>
<div class="views-row"><div class="property-card">
<div class="views-field views-field-field-status"><span class="field-content badge">To let</span></div>
<div class="views-field views-field-title"><span class="field-content">Flat 2, Yorkersgate Court, Malton</span></div>
<div class="views-field views-field-field-summary"><div class="field-content">One-bedroom first-floor apartment,
 unfurnished, allocated parking space. Available now.</div></div>
<div class="views-field views-field-field-price"><span class="field-content">&pound;695 pcm</span></div>
</div></div>
<div class="views-row"><div class="property-card">
<div class="views-field views-field-field-status"><span class="field-content badge">To let</span></div>
<div class="views-field views-field-title"><span class="field-content">Eastfield Road, Pickering</span></div>
<div class="views-field views-field-field-summary"><div class="field-content">Three-bedroom semi with enclosed
 garden and garage. Part-furnished.</div></div>
<div class="views-field views-field-field-price"><span class="field-content">&pound;995 pcm</span></div>
</div></div>
</div>
</div></div>
<div class="paragraph paragraph--type--service-cards paragraph--view-mode--default">
<div class="service-card"><h3><a href="/selling/how-we-sell/">Selling</a></h3><p>Local valuers, proper
 photography and a sales progressor who keeps your chain moving.</p></div>
<div class="service-card"><h3><a href="/buying/viewings/">Buying</a></h3><p>Register for alerts and be the
 first to hear about homes before they reach the portals.</p></div>
<div class="service-card"><h3><a href="/lettings/landlords/">Letting</a></h3><p>Let only, rent collection or
 full management, with a property manager who picks up the phone.</p></div>
<div class="service-card"><h3><a href="/new-homes/">New homes</a></h3><p>We're the appointed agent for two
 developments in and around Malton.</p></div>
</div>
<div class="views-element-container"><div class="view view-testimonials view-id-testimonials
 view-display-id-block_2">
<div class="view-header"><h2>Reviews</h2><p>4.9 out of 5 from 412 Google reviews</p></div>
<div class="view-content">
<div class="views-row"><blockquote>&ldquo;Priya found us a lovely tenant within a fortnight and the monthly
 statements are always spot on.&rdquo; <cite>&mdash; Derek P., landlord, Malton</cite></blockquote></div>
<div class="views-row"><blockquote>&ldquo;First-time buyers and clueless &mdash; Tom explained every step
 and never made us feel daft.&rdquo; <cite>&mdash; Amy &amp; Josh, Pickering</cite></blockquote></div>
<div class="views-row"><blockquote>&ldquo;When the boiler went in January Sam had an engineer out the same
 afternoon.&rdquo; <cite>&mdash; Leanne, tenant, Norton</cite></blockquote></div>
</div>
</div></div>"""

VALUATION = """<p class="lead">Find out what your home could sell for with a free, no-obligation valuation from
 a local valuer. There's no charge and no pressure to sign anything.</p>
<h2>What happens at the appointment</h2>
<p>One of our valuers will walk round the house and garden with you. It usually takes 45 minutes to an hour.
 We'll look at the condition, any extensions or improvements, parking, outlook and how the rooms flow, and
 we'll ask what you're hoping to do next &mdash; whether you need to sell before you can buy, for example.</p>
<p>We'll talk you through recent sales on your street and nearby, what's currently on the market and
 what buyers in your price range are looking for. We'll suggest an asking price and explain our reasoning,
 rather than just quoting the highest figure to win the instruction.</p>
<p>Within 48 hours we email a written valuation report with the comparable sales we used, our recommended
 asking price, and a marketing plan.</p>
<h2>When we can come</h2>
<p>Valuation appointments are available Monday to Saturday, including evening appointments until 7pm Monday
 to Thursday, so you don't need to take time off work.</p>
<h2>Useful to have ready</h2>
<ul>
<li>Rough dates and paperwork for any work done: extensions, new windows (FENSA certificates), rewiring</li>
<li>Your boiler's last service record</li>
<li>For leasehold flats: the years left on the lease, ground rent and service charge</li>
<li>Your EPC, if you have one</li>
</ul>
<h2>Letters of valuation (divorce, separation, probate)</h2>
<p>If a solicitor, mediator or executor has asked you for a written figure, we can provide a formal letter of
 valuation for <strong>&pound;120 + VAT (&pound;144)</strong>. This is a market appraisal signed by a
 Propertymark-qualified agent. It is not a RICS &ldquo;Red Book&rdquo; valuation; if the court or HMRC
 specifically require one, you'll need a chartered surveyor instead.</p>
<h2>Instant online estimate</h2>
<p>The form below also gives you an automated price range from Land Registry sold prices. It's a useful
 starting point but can't see your new kitchen or your damp cellar, so please treat it only as a guide.</p>
<div class="webform-block">
<form class="webform-submission-form webform-submission-add-form webform-submission-valuation-request-form
 js-webform-details-toggle webform-details-toggle" data-drupal-selector="webform-submission-valuation-request-add-form"
 action="/selling/free-valuation/" method="post" id="webform-submission-valuation-request-add-form"
 accept-charset="UTF-8">
<div class="js-form-item form-item js-form-type-textfield form-type--textfield js-form-item-your-name
 form-item--your-name"><label for="edit-your-name" class="form-item__label js-form-required
 form-required">Your name</label><input data-drupal-selector="edit-your-name" type="text" id="edit-your-name"
 name="your_name" value="" size="60" maxlength="255" class="form-text required form-element
 form-element--type-text form-element--api-textfield" required="required"></div>
<div class="js-form-item form-item js-form-type-textfield form-type--textfield js-form-item-postcode
 form-item--postcode"><label for="edit-postcode" class="form-item__label">Property postcode</label>
<input data-drupal-selector="edit-postcode" type="text" id="edit-postcode" name="postcode" value="" size="10"
 class="form-text form-element form-element--type-text form-element--api-textfield"></div>
<div class="js-form-item form-item js-form-type-select form-type--select js-form-item-reason
 form-item--reason"><label for="edit-reason" class="form-item__label">Reason for valuation</label>
<select data-drupal-selector="edit-reason" id="edit-reason" name="reason" class="form-select form-element
 form-element--type-select"><option value="selling">Thinking of selling</option>
<option value="letting">Thinking of letting</option><option value="letter">Letter of valuation</option>
<option value="curious">Just curious</option></select></div>
<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper"
 id="edit-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit"
 data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op"
 value="Request my valuation"></div>
</form>
</div>"""

FEES = """<p class="lead">Clear fees, agreed in writing before we start. No sale, no fee: you pay nothing until
 your sale completes.</p>
<h2>Our selling fees</h2>
<table class="table table--fees">
<thead><tr><th>Agreement</th><th>Fee (+ VAT)</th><th>Including VAT</th></tr></thead>
<tbody>
<tr><td>Sole agency (we're your only agent)</td><td>1.2% of the sale price</td><td>1.44%</td></tr>
<tr><td>Joint sole agency (us and one other agent, fee shared)</td><td>1.8%</td><td>2.16%</td></tr>
<tr><td>Multi-agency (several agents, only the one who sells is paid)</td><td>1.75%</td><td>2.1%</td></tr>
</tbody>
</table>
<p>A minimum fee of &pound;1,950 + VAT (&pound;2,340) applies to all agreements. The fee is taken from the
 sale proceeds by your solicitor on completion, so you never need to find the money up front.</p>
<h2>Included as standard</h2>
<ul>
<li>Professional photography and a measured floorplan</li>
<li>Listing on Rightmove, Zoopla and OnTheMarket</li>
<li>Accompanied viewings and written feedback</li>
<li>A dedicated sales progressor from offer to completion</li>
</ul>
<h2>Optional extras</h2>
<table class="table table--extras">
<thead><tr><th>Extra</th><th>Price (inc VAT)</th></tr></thead>
<tbody>
<tr><td>Energy Performance Certificate (if you don't have a valid one)</td><td>&pound;85</td></tr>
<tr><td>Drone photography</td><td>&pound;95</td></tr>
<tr><td>Walk-through video tour</td><td>&pound;150</td></tr>
</tbody>
</table>
<h2>How long you're tied in</h2>
<p>Our sole agency agreement has a minimum term of 12 weeks. After that, either of us can end it by giving
 14 days' notice in writing.</p>
<p>If you take your home off the market within the first 12 weeks, we charge a withdrawal fee of
 &pound;395 + VAT (&pound;474) to cover photography, floorplans and portal costs. There's nothing to pay if
 you withdraw after the minimum term.</p>
<p>If you sign our agreement at your home rather than in the office, you have 14 days to cancel it under the
 Consumer Contracts Regulations without paying anything.</p>"""

HOW_WE_SELL = """<p class="lead">From the valuation to handing over the keys, here's what we do and when.</p>
<div class="paragraph paragraph--type--steps paragraph--view-mode--default">
<h2>1. Getting ready</h2>
<p>Before your home can go on the market the law requires us to check the identity of every owner. We'll need
 one photo ID (passport or driving licence) and one proof of address dated in the last three months for each of
 you. We also ask you to fill in a short property questionnaire so buyers get accurate information up front.</p>
<h2>2. Photos, floorplan and brochure</h2>
<p>Our photographer visits within three working days of you instructing us. We send the draft details for you
 to approve, and your home normally goes live within five working days.</p>
<h2>3. Marketing</h2>
<p>Your home appears on the portals, on our Facebook and Instagram, in our Market Place window, and in the
 email alert that goes to buyers registered with us, often the evening before it reaches Rightmove.</p>
<p><strong>For sale boards</strong> are free, but entirely optional. Plenty of sellers would rather the
 neighbours didn't know. Just tell us and we won't put one up. We can also do a &ldquo;quiet sale&rdquo;:
 your home is offered only to our registered buyers and isn't advertised online at all.</p>
<h2>4. Viewings and feedback</h2>
<p>A member of our team accompanies every viewing, so you don't need to be home. If you'd prefer to show
 people round yourself, that's fine too. You'll get written feedback within 24 hours of each viewing, and a
 monthly review call about interest and price.</p>
<h2>5. Offer to completion</h2>
<p>Once you accept an offer, Jess, our sales progressor, takes over. She checks the buyer's finances, sends
 the memorandum of sale to both solicitors and chases everyone in the chain every week. On a freehold house a
 sale typically takes 12 to 16 weeks from agreeing the offer to completion day; leasehold flats often take a
 few weeks longer because of the management pack.</p>
</div>"""

VIEWINGS = """<p class="lead">Seen something you like? Here's how to get through the door.</p>
<h2>How to book</h2>
<p>Press &ldquo;Request a viewing&rdquo; on any property, ring us, or pop into the office. We'll ask a couple
 of quick questions about your position &mdash; whether you have a home to sell and how you're funding the
 purchase &mdash; so we can tell the seller who is coming.</p>
<h2>Viewing times</h2>
<table class="table">
<tbody>
<tr><th>Monday &ndash; Friday</th><td>9.30am &ndash; 5pm</td></tr>
<tr><th>Wednesday &amp; Thursday evenings</th><td>until 7pm</td></tr>
<tr><th>Saturday</th><td>9.30am &ndash; 3.30pm</td></tr>
<tr><th>Sunday</th><td>No viewings</td></tr>
</tbody>
</table>
<p>All viewings are accompanied by one of our team. If you can't make it, please give us at least two hours'
 notice so we can let the owner know.</p>
<h2>Can't get here? Video viewings</h2>
<p>Most of our listings have a 360&deg; virtual tour you can walk round online. If you're relocating from
 further afield, we can also do a live video viewing over WhatsApp or FaceTime: one of the team walks round
 the house with a phone, opens cupboards, looks out of windows and answers your questions as you go. They take
 20 to 30 minutes and many buyers use them to shortlist before travelling up for a second look.</p>
<h2>Second viewings</h2>
<p>We encourage them. Bring a tape measure, come at a different time of day, and feel free to bring a builder
 or a family member for a second opinion.</p>
<h2>Get alerts first</h2>
<p>Register with us and we'll email or text you new listings that match what you're after, usually before
 they're on the portals.</p>
<div class="block block-block-content"><a href="/contact/" class="button button--primary">Request a viewing</a></div>"""

OFFER = """<p class="lead">Found the one? Here's how offers work with us, and what happens next.</p>
<h2>Putting in an offer</h2>
<p>Make your offer to us by phone, email or through the property page, not to the seller directly. We pass
 every offer on in writing, usually within 24 hours, even ones we think the seller won't accept.</p>
<p>To help the seller decide, we'll ask for:</p>
<ul>
<li>Your position: first-time buyer, nothing to sell, or your own home sold subject to contract</li>
<li>A mortgage agreement in principle from your lender or broker</li>
<li>Proof of your deposit, or for cash buyers proof of funds such as a bank statement</li>
<li>Your solicitor's or conveyancer's details</li>
</ul>
<h2>ID checks for buyers</h2>
<p>Once an offer is agreed, the Money Laundering Regulations require us to verify the identity of every buyer
 ourselves &mdash; we can't rely on checks your bank or lender has done. We use the Credas app: you scan your
 passport or driving licence and take a selfie. The check costs <strong>&pound;24 including VAT per
 buyer</strong>, which is the cost of the electronic check itself, and isn't refundable. The memorandum of sale
 can't go out until it's complete.</p>
<h2>When there's more than one offer: best and final</h2>
<p>If several buyers are interested, the seller may ask everyone for their best and final offer by a set
 deadline, usually midday on a weekday. Send it by email with your position and funding. Each buyer makes one
 offer only: we don't accept escalating offers (&ldquo;&pound;1,000 above the highest&rdquo;), and the seller
 doesn't have to choose the highest figure if another buyer is in a stronger position.</p>
<h2>After your offer is accepted</h2>
<p>We send a memorandum of sale to both solicitors and mark the property &ldquo;Sold STC&rdquo;. Whether it
 stays on the market for viewings is the seller's choice; most take it off once your mortgage valuation is
 booked.</p>
<h2>Gazumping</h2>
<p>In England nothing is legally binding until contracts are exchanged. We'll always tell you if another offer
 comes in, and some sellers are happy to sign a lock-out agreement giving you a set period to exchange.</p>"""

LANDLORDS = """<p class="lead">Three levels of service, from simply finding a tenant to looking after everything.
 Start with a free rental valuation: we'll tell you the rent to expect and what your property needs before
 it can be let.</p>
<h2>Our landlord fees</h2>
<table class="table table--fees">
<thead><tr><th></th><th>Let only</th><th>Rent collection</th><th>Fully managed</th></tr></thead>
<tbody>
<tr><th>Fee (+ VAT)</th><td>75% of one month's rent, minimum &pound;600</td><td>8% of monthly rent</td>
<td>12% of monthly rent</td></tr>
<tr><th>Including VAT</th><td>90% of one month's rent, minimum &pound;720</td><td>9.6%</td><td>14.4%</td></tr>
<tr><th>Marketing, viewings, referencing</th><td>&#10003;</td><td>&#10003;</td><td>&#10003;</td></tr>
<tr><th>Tenancy agreement and right to rent checks</th><td>&#10003;</td><td>&#10003;</td><td>&#10003;</td></tr>
<tr><th>Collecting rent and chasing arrears</th><td>&ndash;</td><td>&#10003;</td><td>&#10003;</td></tr>
<tr><th>Monthly statements</th><td>&ndash;</td><td>&#10003;</td><td>&#10003;</td></tr>
<tr><th>Repairs, contractors and out-of-hours line</th><td>&ndash;</td><td>&ndash;</td><td>&#10003;</td></tr>
<tr><th>Inspections (every six months)</th><td>&ndash;</td><td>&ndash;</td><td>&#10003;</td></tr>
<tr><th>Safety certificate renewals arranged</th><td>&ndash;</td><td>&ndash;</td><td>&#10003;</td></tr>
</tbody>
</table>
<p><strong>Let only</strong> suits landlords who live nearby and want to look after the tenancy themselves once
 the tenant has moved in: we find and reference the tenant, draw up the agreement, take the first month's rent
 and deposit, and hand over. The fee is taken from the first month's rent.</p>
<h2>Additional charges</h2>
<table class="table table--extras">
<thead><tr><th>Service</th><th>Fee (+ VAT)</th><th>Including VAT</th></tr></thead>
<tbody>
<tr><td>Inventory and schedule of condition (1&ndash;2 bed / 3+ bed)</td><td>&pound;120 / &pound;175</td>
<td>&pound;144 / &pound;210</td></tr>
<tr><td>Deposit registration (let only)</td><td>&pound;30</td><td>&pound;36</td></tr>
<tr><td>Annual rent review and notice of increase</td><td>&pound;60</td><td>&pound;72</td></tr>
<tr><td>Preparing and serving notices</td><td>&pound;90</td><td>&pound;108</td></tr>
<tr><td>Attending court or tribunal (per day)</td><td>&pound;250</td><td>&pound;300</td></tr>
</tbody>
</table>
<p>Rent guarantee insurance is available through our partner insurer from &pound;19.50 a month, covering
 unpaid rent and legal costs.</p>
<h2>Ending our agreement</h2>
<p>Rent collection and fully managed agreements have a minimum term of six months, then can be ended with two
 months' written notice.</p>"""

TENANT_FEES = """<p class="lead">Under the Tenant Fees Act 2019 we can only ask tenants for the payments listed
 below. We don't charge for referencing, the inventory, the tenancy agreement or check-out. All amounts include
 VAT where it applies.</p>
<h2>Permitted payments</h2>
<table class="table table--tenant-fees">
<thead><tr><th>Payment</th><th>Amount</th></tr></thead>
<tbody>
<tr><td>Holding deposit (to reserve a property)</td><td>One week's rent</td></tr>
<tr><td>Security deposit (annual rent under &pound;50,000)</td><td>Five weeks' rent</td></tr>
<tr><td>Security deposit (annual rent &pound;50,000 or more)</td><td>Six weeks' rent</td></tr>
<tr><td>First month's rent</td><td>Paid before you move in</td></tr>
<tr><td>Changing the tenancy at your request</td><td>&pound;50</td></tr>
<tr><td>Change of sharer (replacing one tenant with another)</td><td>&pound;50</td></tr>
<tr><td>Ending your tenancy early at your request</td><td>The landlord's reasonable costs and any rent due
 until a new tenant moves in</td></tr>
<tr><td>Rent paid more than 14 days late</td><td>Interest at 3% above the Bank of England base rate, from the
 day it was due</td></tr>
<tr><td>Lost keys or security devices</td><td>The reasonable cost of replacement, with receipts</td></tr>
</tbody>
</table>
<h2>Working out the amounts</h2>
<p>A week's rent is the monthly rent &times; 12 &divide; 52. For example, on a property let at
 &pound;950 a month:</p>
<ul>
<li>Holding deposit: &pound;950 &times; 12 &divide; 52 = <strong>&pound;219.23</strong></li>
<li>Security deposit: five weeks = <strong>&pound;1,096.15</strong></li>
</ul>
<p>The holding deposit counts towards your first month's rent, so on move-in day you'd pay the first month's
 rent less the holding deposit, plus the security deposit.</p>
<h2>How to pay</h2>
<p>By bank transfer, or by debit card in the office. We can't accept cash or credit cards.</p>"""

APPLYING = """<p class="lead">Found a place you'd like? Here's how applying works, from holding deposit to
 picking up the keys.</p>
<h2>1. Apply and reserve</h2>
<p>After your viewing, fill in our online application. Once the landlord accepts it you pay a holding
 deposit to take the property off the market. From then, we and the landlord have 15 calendar days to agree
 the tenancy (the &ldquo;deadline for agreement&rdquo;), unless we agree a different date with you in
 writing.</p>
<p>You'll get the holding deposit back, or it goes towards your first month's rent, unless you pull out,
 give false or misleading information, or fail a right to rent check. In those cases the landlord can keep it,
 and we'll tell you why in writing within seven days.</p>
<h2>2. Referencing</h2>
<p>Referencing is carried out by HomeLet and normally takes three to five working days. They check:</p>
<ul>
<li>Your credit history</li>
<li>Your income, with your employer or accountant</li>
<li>A reference from your current or previous landlord</li>
<li>Your right to rent in the UK (passport, or a share code from the Home Office)</li>
</ul>
<p>As a rule of thumb, your annual income should be at least 30 times the monthly rent. So for a
 &pound;700-a-month flat you'd need around &pound;21,000 a year, and sharers can add their incomes together.</p>
<h2>If you don't earn enough on your own</h2>
<p>You can ask a guarantor to back your application. A guarantor is usually a parent or close relative who
 agrees to pay the rent if you can't. They need to live in the UK, own or rent their home, and earn at least
 36 times the monthly rent. They're referenced in the same way, and sign a deed of guarantee.</p>
<h2>Self-employed?</h2>
<p>We'll ask for your last two years' SA302 tax calculations and tax year overviews, or a reference from
 your accountant. If you've been trading less than two years, a guarantor usually helps.</p>
<h2>Pets</h2>
<p>Tell us about any pets when you apply: type, breed, age and how many. Landlords can't unreasonably say no
 to a request for a pet, but they can ask you to take out pet damage insurance, and a few flats have leases
 that don't allow animals. Well-behaved dogs and cats are accepted at most of the houses we let.</p>
<h2>3. Moving in</h2>
<p>Once referencing is back we'll send the tenancy agreement to sign online. You pay the move-in monies,
 collect your keys from our Market Place office, and go through the inventory with us on the day.</p>"""

MOVING_OUT = """<p class="lead">How your deposit is looked after, and what happens when you leave.</p>
<h2>Where your deposit is held</h2>
<p>Every deposit we take is protected with the Deposit Protection Service (DPS) custodial scheme within 30
 days of receiving it. We send you the Prescribed Information and your DPS certificate by email, so you can
 see exactly where the money is.</p>
<h2>Giving notice</h2>
<p>To end your tenancy, give us at least two months' notice in writing (email is fine). Your tenancy agreement
 explains the exact rules for your home.</p>
<h2>Check-out day</h2>
<p>Please return all keys, including fobs and garage keys, to our office by 12 noon on your last day. Our
 inventory clerk then checks the property against the inventory you signed when you moved in.</p>
<p>Before you leave:</p>
<ul>
<li>Clean to the same standard as the start of your tenancy; if it was professionally cleaned, it will need
 to be again</li>
<li>Remove all belongings and rubbish, including from the loft, shed and garden</li>
<li>Take final meter readings and photos</li>
</ul>
<h2>Deductions and fair wear and tear</h2>
<p>Landlords can only deduct for damage, missing items, unpaid rent or cleaning beyond normal use. Fair wear
 and tear &mdash; a carpet that's worn in the doorway after three years, faded curtains, scuffs from normal
 living &mdash; can't be charged for.</p>
<h2>Getting your deposit back</h2>
<p>We send you the landlord's proposed deposit return within 10 working days of the check-out. Once you and
 the landlord agree, the DPS pays the money into your bank account, normally within five working days.</p>
<h2>If you don't agree</h2>
<p>Either side can ask the DPS to settle the dispute through its free adjudication service. An independent
 adjudicator looks at the evidence from both sides, including the inventory and check-out report, and decides.
 Any amount that isn't in dispute is paid straight away.</p>"""

COMPLIANCE = """<p class="lead">Letting a home in England comes with legal responsibilities, and the penalties
 for getting them wrong can run into tens of thousands of pounds. Here's the checklist we run on every property
 we let.</p>
<div class="paragraph paragraph--type--accordion paragraph--view-mode--default">
<div class="accordion-item paragraph paragraph--type--accordion-item">
<button class="accordion-toggle" aria-expanded="false" data-drupal-selector="accordion-toggle-gas">Gas
 safety</button>
<div class="accordion-panel" hidden><p>Every gas appliance, flue and pipework needs checking by a Gas Safe
 registered engineer every 12 months. The tenant must get a copy of the certificate before they move in, and
 within 28 days of each annual check.</p></div>
</div>
<div class="accordion-item paragraph paragraph--type--accordion-item">
<button class="accordion-toggle" aria-expanded="false" data-drupal-selector="accordion-toggle-electrics">
Electrical safety</button>
<div class="accordion-panel" hidden><p>The fixed wiring must be inspected and tested by a qualified electrician
 at least every five years, with an Electrical Installation Condition Report (EICR). Any urgent remedial work
 must be done within 28 days. We also recommend PAT testing any appliances you supply.</p></div>
</div>
<div class="accordion-item paragraph paragraph--type--accordion-item">
<button class="accordion-toggle" aria-expanded="false" data-drupal-selector="accordion-toggle-epc">Energy
 Performance Certificate</button>
<div class="accordion-panel" hidden><p>You need a valid EPC (they last ten years) rated E or above before you
 can grant a new tenancy, unless a registered exemption applies.</p></div>
</div>
<div class="accordion-item paragraph paragraph--type--accordion-item">
<button class="accordion-toggle" aria-expanded="false" data-drupal-selector="accordion-toggle-alarms">Smoke
 and carbon monoxide alarms</button>
<div class="accordion-panel" hidden><p>A smoke alarm on every storey used as living accommodation, and a
 carbon monoxide alarm in any room with a fixed combustion appliance such as a boiler or wood burner (gas
 cookers excepted). Alarms must be tested on the first day of each tenancy.</p></div>
</div>
<div class="accordion-item paragraph paragraph--type--accordion-item">
<button class="accordion-toggle" aria-expanded="false" data-drupal-selector="accordion-toggle-legionella">
Legionella</button>
<div class="accordion-panel" hidden><p>Landlords must assess the risk from legionella in the water system. For
 most houses a simple written risk assessment is enough.</p></div>
</div>
<div class="accordion-item paragraph paragraph--type--accordion-item">
<button class="accordion-toggle" aria-expanded="false" data-drupal-selector="accordion-toggle-licensing">
Licensing and HMOs</button>
<div class="accordion-panel" hidden><p>There is currently no selective licensing scheme in the Ryedale area, so
 an ordinary family let doesn't need a licence. A house let to five or more people from two or more households
 who share a kitchen or bathroom is a large HMO and needs a mandatory licence from North Yorkshire Council
 before it's occupied. Three or four sharers don't need a licence, but HMO management rules still apply.</p>
</div>
</div>
<div class="accordion-item paragraph paragraph--type--accordion-item">
<button class="accordion-toggle" aria-expanded="false" data-drupal-selector="accordion-toggle-furniture">
Furnished lets</button>
<div class="accordion-panel" hidden><p>Upholstered furniture you provide must meet the fire safety regulations
 and carry the permanent label.</p></div>
</div>
<div class="accordion-item paragraph paragraph--type--accordion-item">
<button class="accordion-toggle" aria-expanded="false" data-drupal-selector="accordion-toggle-paperwork">
Right to rent and paperwork</button>
<div class="accordion-panel" hidden><p>Right to rent checks on every adult occupier, the government's How to
 Rent guide, and deposit protection within 30 days. We handle these on every tenancy we set up.</p></div>
</div>
</div>
<p>For fully managed landlords we book renewals before they expire. Let-only and rent collection landlords get
 a reminder from us 60 days before a certificate runs out.</p>"""

REPAIR = """<p class="lead">For tenants in homes we fully manage. If you pay your rent to us but your landlord
 looks after repairs, please contact your landlord directly.</p>
<h2>Report it online, any time</h2>
<p>The quickest way to report a repair is through our Fixflo portal. Describe the problem, add photos or a
 short video, and tell us when a contractor can get in. You'll get a reference number and updates by text. You
 can also ring the office during opening hours.</p>
<div class="block block-block-content"><a href="https://ashworthlane.fixflo.com/issue/plugin"
 class="button button--primary">Report a repair</a></div>
<h2>Emergencies out of hours</h2>
<p>If something is an emergency outside office hours, ring our out-of-hours line on
 <a href="tel:07700900318">07700 900318</a> (evenings, weekends and bank holidays). An emergency is something
 that puts people at risk or could cause serious damage to the property, such as:</p>
<ul>
<li>No heating or no hot water (boiler breakdowns included)</li>
<li>Water pouring through a ceiling or a burst pipe</li>
<li>No electricity to the whole property</li>
<li>The property can't be secured after a break-in</li>
<li>The only toilet is blocked</li>
</ul>
<p>If you smell gas, leave the property and call the National Gas Emergency line on
 <a href="tel:0800111999">0800 111 999</a> first, then let us know.</p>
<p>A dripping tap, a broken oven or a sticking door aren't emergencies: please report them online.</p>
<h2>How quickly we'll respond</h2>
<table class="table">
<tbody>
<tr><th>Emergency</th><td>Contractor attends to make safe within 24 hours</td></tr>
<tr><th>Urgent (e.g. fridge not working, leaking radiator)</th><td>Within 3 working days</td></tr>
<tr><th>Routine</th><td>Within 14 days</td></tr>
</tbody>
</table>
<h2>Damp, condensation and mould</h2>
<p>If you notice mould, report it through Fixflo with photos and we'll arrange an inspection within five
 working days to find the cause. In the meantime, wipe it off with a mould spray, keep trickle vents open, use
 extractor fans when cooking and showering, dry washing outside where you can, and leave a gap between
 furniture and outside walls.</p>
<h2>Locked out?</h2>
<p>We can let you in free of charge during office hours. Out of hours you'll need a locksmith at your own
 cost.</p>
<p>If a contractor finds that a problem was caused by misuse, for example wipes flushed down the toilet, the
 landlord may ask you to pay the invoice.</p>"""

NEW_HOMES = """<p class="lead">We're the appointed sales agent for two new-build developments in and around
 Malton. Martin, our new homes consultant, can talk you through plots, specifications and timescales.</p>
<div class="views-element-container"><div class="view view-developments view-id-developments
 view-display-id-page_1">
<div class="view-content">
<div class="views-row"><div class="development-card">
<h2 class="views-field views-field-title">Castle View, Norton</h2>
<div class="views-field views-field-field-developer">Developer: Derwent Homes</div>
<div class="views-field views-field-body"><p>34 two-, three- and four-bedroom homes on the edge of Norton,
 a ten-minute walk from Malton railway station. Prices from &pound;224,950 for a two-bedroom semi to
 &pound;389,950 for a detached four-bedroom home with double garage.</p>
<p>Show home open Thursday to Monday, 10am to 5pm. No appointment needed.</p></div>
<div class="views-field views-field-field-incentive"><p><strong>Current offer:</strong> &pound;5,000 towards
 your legal fees on selected plots, and part exchange available on homes worth up to 70% of the new home's
 price.</p></div>
</div></div>
<div class="views-row"><div class="development-card">
<h2 class="views-field views-field-title">The Paddocks, Old Malton</h2>
<div class="views-field views-field-field-developer">Developer: Carrick &amp; Sons Builders</div>
<div class="views-field views-field-body"><p>Just nine stone-built four- and five-bedroom family homes,
 built in local stone with slate roofs, air source heat pumps and large gardens. Prices from &pound;465,000.
 First homes ready autumn next year.</p>
<p>Viewings of the site and plans by appointment with Martin.</p></div>
</div></div>
</div>
</div></div>
<h2>Reserving a new home</h2>
<p>To reserve a plot you pay a reservation fee: &pound;500 at Castle View and &pound;1,000 at The Paddocks.
 It's deducted from the price when you complete. You then have 28 days to exchange contracts, so you'll need a
 solicitor and your mortgage in place quickly.</p>
<h2>Part exchange</h2>
<p>At Castle View, Derwent Homes will consider buying your current home so you don't need to wait for a
 buyer. We'll value it and they'll make you an offer, usually a little below full market value in return for
 a guaranteed sale.</p>
<h2>Warranties and snagging</h2>
<p>Both developments come with a ten-year NHBC warranty. For the first two years the builder puts right any
 defects in workmanship, so keep a list of snags and report them through the developer's customer care
 team.</p>
<div class="block block-block-content"><a href="/contact/" class="button button--primary">Register your
 interest</a></div>"""

AREA = """<p class="lead">Thinking of moving to Ryedale? Here's our local take on the three towns we know best.</p>
<div class="views-element-container"><div class="view view-area-guides view-id-area_guides
 view-display-id-page_1">
<div class="view-content">
<div class="views-row"><div class="area-guide">
<h2>Malton</h2>
<p>A busy market town that has reinvented itself as Yorkshire's food capital, with independent delis,
 the Talbot Yard food court and a food festival every May. Housing ranges from Georgian townhouses around
 the Market Place to 1970s semis on the estates to the east.</p>
<p><strong>Schools:</strong> Malton School (11&ndash;18) and several primaries, including St Mary's Catholic
 Primary and Malton Community Primary.</p>
<p><strong>Typical prices:</strong> two-bed terraces around &pound;190,000&ndash;&pound;230,000; three-bed
 semis &pound;250,000&ndash;&pound;300,000.</p>
</div></div>
<div class="views-row"><div class="area-guide">
<h2>Norton</h2>
<p>Just over the River Derwent from Malton, with its own shops, the racing stables on Langton Road and
 Norton College (11&ndash;18). Generally a little cheaper than Malton and popular with first-time buyers and
 young families, with plenty of new-build homes.</p>
</div></div>
<div class="views-row"><div class="area-guide">
<h2>Pickering</h2>
<p>Nine miles north, on the edge of the North York Moors. Home to the North Yorkshire Moors Railway, a
 castle and Lady Lumley's School (11&ndash;18). Prices are similar to Malton, with more detached and
 bungalow stock.</p>
</div></div>
</div>
</div></div>
<h2>Getting about: commuting</h2>
<p>Malton station is on the TransPennine line between Scarborough and York, with roughly hourly trains.
 York is about 25 minutes away, Leeds just over an hour, and there are through trains to Manchester.</p>
<p>Pickering has no mainline station: the steam railway there is a heritage line, not a commuter service.
 Commuters from Pickering either drive (about 50 minutes to York via the A169 and A64) or take the Coastliner
 bus to Malton, about 25 minutes, and pick up the train there.</p>
<p>By road, York is around 30 minutes from Malton along the A64, and Scarborough about 40 minutes.</p>"""

ABOUT = """<p class="lead">Ashworth Lane was founded in 2009 by Helen Ashworth after 15 years with a national
 chain. We've been on Market Place ever since: still independent, still family-run, and still answering our
 own phones.</p>
<div class="views-element-container"><div class="view view-team view-id-team view-display-id-page_1
 js-view-dom-id-c81e728d9d">
<div class="view-content">
<div class="views-row"><div class="team-member">
<h3 class="views-field views-field-title">Helen Ashworth MNAEA</h3>
<div class="views-field views-field-field-role">Founder &amp; Director</div>
<div class="views-field views-field-body"><p>Helen carries out most of our valuations in Malton and Norton
 and still accompanies viewings on Saturdays. Born and bred in Old Malton.</p></div>
</div></div>
<div class="views-row"><div class="team-member">
<h3 class="views-field views-field-title">Tom Brierley</h3>
<div class="views-field views-field-field-role">Sales Manager &amp; Valuer</div>
<div class="views-field views-field-body"><p>Tom covers Pickering, Kirkbymoorside and the villages, and
 handles most of our first-time buyers.</p></div>
</div></div>
<div class="views-row"><div class="team-member">
<h3 class="views-field views-field-title">Jess Lowther</h3>
<div class="views-field views-field-field-role">Sales Progressor</div>
<div class="views-field views-field-body"><p>Jess keeps every sale moving once an offer is agreed, chasing
 solicitors, surveyors and lenders.</p></div>
</div></div>
<div class="views-row"><div class="team-member">
<h3 class="views-field views-field-title">Priya Nair MARLA</h3>
<div class="views-field views-field-field-role">Lettings Manager</div>
<div class="views-field views-field-body"><p>Priya runs our lettings department and looks after landlords
 and new tenants. She speaks Hindi and Gujarati as well as English, and is happy to help in either.</p></div>
</div></div>
<div class="views-row"><div class="team-member">
<h3 class="views-field views-field-title">Sam Dobson</h3>
<div class="views-field views-field-field-role">Property Manager</div>
<div class="views-field views-field-body"><p>Sam handles repairs, contractors and six-monthly inspections
 on our fully managed homes.</p></div>
</div></div>
<div class="views-row"><div class="team-member">
<h3 class="views-field views-field-title">Martin Kay</h3>
<div class="views-field views-field-field-role">New Homes Consultant</div>
<div class="views-field views-field-body"><p>Martin works with developers and buyers on our new-build
 sites.</p></div>
</div></div>
<div class="views-row"><div class="team-member">
<h3 class="views-field views-field-title">Dexter</h3>
<div class="views-field views-field-field-role">Office dog</div>
<div class="views-field views-field-body"><p>A nine-year-old springer spaniel. In charge of greeting
 visitors.</p></div>
</div></div>
</div>
</div></div>"""

CONTACT = """<p class="lead">Call in, ring or email. We're in the middle of Malton, opposite St Michael's
 Church.</p>
<div class="contact-details">
<p><strong>Ashworth Lane</strong><br>14 Market Place<br>Malton<br>North Yorkshire<br>YO17 7LX</p>
<p>Phone: <a href="tel:01653690412">01653 690412</a><br>
Email: <a href="mailto:hello@ashworthlane.co.uk">hello@ashworthlane.co.uk</a></p>
</div>
<h2>Opening hours</h2>
<table class="table office-hours">
<tbody>
<tr><th>Monday &ndash; Friday</th><td>9am &ndash; 5.30pm</td></tr>
<tr><th>Saturday</th><td>9am &ndash; 4pm</td></tr>
<tr><th>Sunday</th><td>Closed</td></tr>
<tr><th>Bank holidays</th><td>Closed</td></tr>
</tbody>
</table>
<p>Over Christmas the office closes at 1pm on Christmas Eve and reopens on 2 January.</p>
<h2>Parking</h2>
<p>There's pay and display parking on Market Place right outside the office (maximum stay two hours), and
 two Blue Badge bays directly in front of our door. For longer visits, the Wentworth Street long-stay car
 park is a four-minute walk away.</p>
<p>Malton railway station is an eight-minute walk, and the bus station on Railway Street is just round
 the corner, with regular services from York, Scarborough and the surrounding villages.</p>
<h2>Popping in</h2>
<p>You're welcome to call in without an appointment to pick up property details, register as a buyer or
 tenant, or drop off documents. If you'd like to talk through selling or letting in detail, it's worth ringing
 ahead so the right person is free to sit down with you.</p>
<h2>Accessibility</h2>
<p>The office has a step-free entrance and a ground-floor meeting room with a hearing loop.</p>
<h2>Send us a message</h2>
<form class="webform-submission-form webform-submission-add-form webform-submission-contact-form"
 data-drupal-selector="webform-submission-contact-add-form" action="/contact/" method="post"
 id="webform-submission-contact-add-form" accept-charset="UTF-8">
<div class="js-form-item form-item js-form-type-textfield form-type--textfield js-form-item-name
 form-item--name"><label for="edit-name" class="form-item__label js-form-required form-required">Your
 name</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value=""
 size="60" maxlength="255" class="form-text required form-element form-element--type-text" required></div>
<div class="js-form-item form-item js-form-type-email form-type--email js-form-item-email form-item--email">
<label for="edit-email" class="form-item__label js-form-required form-required">Email</label>
<input data-drupal-selector="edit-email" type="email" id="edit-email" name="email" value="" size="60"
 class="form-email required form-element form-element--type-email" required></div>
<div class="js-form-item form-item js-form-type-textarea form-type--textarea js-form-item-message
 form-item--message"><label for="edit-message" class="form-item__label">Message</label>
<textarea data-drupal-selector="edit-message" id="edit-message" name="message" rows="5" cols="60"
 class="form-textarea form-element form-element--type-textarea"></textarea></div>
<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper"
 id="edit-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit"
 data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op"
 value="Send message"></div>
</form>"""


def _faq(key, question, answer):
    return f"""<details class="olivero-details js-form-wrapper form-wrapper" data-drupal-selector="edit-faq-{key}"
 id="edit-faq-{key}">
<summary role="button" aria-controls="edit-faq-{key}" aria-expanded="false"
 class="olivero-details__summary">{question}</summary>
<div class="olivero-details__wrapper details-wrapper">
<div class="olivero-details__content">{answer}</div>
</div>
</details>"""


FAQ = "\n".join(
    [
        '<p class="lead">Answers to the questions we get asked most. Can\'t see yours? Just ring us.</p>',
        _faq(
            "mortgage",
            "Can you help me get a mortgage?",
            """<p>Yes. Gareth Pope of Ridings Mortgage Services, an independent whole-of-market mortgage
 adviser, works from our office every Tuesday and Friday. The first chat is free and there's no obligation.
 If you go ahead he charges a &pound;295 fee when your application is submitted, and he may also receive a
 commission from the lender, which he'll explain up front.</p>""",
        ),
        _faq(
            "solicitors",
            "Can you recommend a solicitor or conveyancer?",
            """<p>We can give you the names of three local firms we've worked with for years. If you use one of
 them we receive a referral fee of &pound;120 from the firm. You're free to use any solicitor you like.</p>""",
        ),
        _faq(
            "empty",
            "We've already moved out. Can you keep an eye on the house while it's for sale?",
            """<p>Yes. For sole agency clients we do free fortnightly checks on empty homes: we hold the keys,
 pick up the post, run the taps, check for leaks and make sure it's secure, and send you a quick
 update.</p>""",
        ),
        _faq(
            "probate",
            "Can you sell a house when the owner has died?",
            """<p>Yes. We can value the property and start marketing before probate is granted, but contracts
 can't be exchanged until the grant comes through. We'll need ID from the executors, and we'll work with
 whichever solicitor is dealing with the estate.</p>""",
        ),
        _faq(
            "auction",
            "Do you sell by auction?",
            """<p>We don't hold auctions ourselves. For homes that need complete renovation, or where a quick
 and certain sale matters most, we can introduce you to Ryedale Property Auctions.</p>""",
        ),
        _faq(
            "land",
            "Do you sell land and paddocks?",
            """<p>We sell building plots and paddocks up to around ten acres. For farms and larger
 agricultural land we refer you to a specialist rural agent.</p>""",
        ),
        _faq(
            "area",
            "Which areas do you cover?",
            """<p>Malton, Norton and Pickering, plus the villages within about 12 miles, including
 Rillington, Hovingham, Sheriff Hutton, Kirkbymoorside and Amotherby.</p>""",
        ),
    ]
)

COMPLAINTS = """<p class="lead">We hope you'll never need this page. But if something has gone wrong, we want to
 hear about it and put it right.</p>
<h2>Stage 1: tell us</h2>
<p>Please put your complaint in writing, by email to
 <a href="mailto:complaints@ashworthlane.co.uk">complaints@ashworthlane.co.uk</a> or by letter to the office,
 with as much detail as you can. We'll acknowledge it within three working days and send you a full written
 response within 15 working days.</p>
<h2>Stage 2: a director's review</h2>
<p>If you're not happy with our response, ask for a review. A director who wasn't involved will look at your
 complaint afresh and send our final written viewpoint within 15 working days.</p>
<h2>Stage 3: The Property Ombudsman</h2>
<p>If you're still unhappy, or it's been more than eight weeks since you first complained, you can take your
 complaint to The Property Ombudsman (TPO), an independent service that is free for consumers. You need to
 contact them within 12 months of our final viewpoint.</p>
<p>The Property Ombudsman, Milford House, 43&ndash;55 Milford Street, Salisbury, Wiltshire SP1 2BP.
 Phone 01722 333306. <a href="https://www.tpos.co.uk">www.tpos.co.uk</a>. Our membership number is
 D04417.</p>
<h2>Client money protection</h2>
<p>Rent and deposits we hold are kept in a designated client account and protected by Propertymark's
 client money protection scheme (membership no. C0091274).</p>"""

HTML = {
    "/": _page("/", "Estate &amp; letting agents in Malton", HOME, 1, node_type="landing-page"),
    "/selling/free-valuation/": _page(
        "/selling/free-valuation/", "Free sales valuation", VALUATION, 4, _SELL_SIDEBAR, ("Selling",)
    ),
    "/selling/fees/": _page("/selling/fees/", "Selling fees", FEES, 5, _SELL_SIDEBAR, ("Selling",)),
    "/selling/how-we-sell/": _page(
        "/selling/how-we-sell/", "How we sell your home", HOW_WE_SELL, 6, _SELL_SIDEBAR, ("Selling",)
    ),
    "/buying/viewings/": _page("/buying/viewings/", "Booking a viewing", VIEWINGS, 8, crumbs=("Buying",)),
    "/buying/making-an-offer/": _page("/buying/making-an-offer/", "Making an offer", OFFER, 9, crumbs=("Buying",)),
    "/lettings/landlords/": _page(
        "/lettings/landlords/", "Landlord services &amp; fees", LANDLORDS, 12, _LET_SIDEBAR, ("Landlords",)
    ),
    "/lettings/landlord-compliance/": _page(
        "/lettings/landlord-compliance/",
        "Landlord compliance checklist",
        COMPLIANCE,
        13,
        _LET_SIDEBAR,
        ("Landlords",),
    ),
    "/lettings/applying/": _page(
        "/lettings/applying/", "Applying for a rental home", APPLYING, 15, _LET_SIDEBAR, ("Tenants",)
    ),
    "/lettings/tenant-fees/": _page(
        "/lettings/tenant-fees/", "Tenant fees", TENANT_FEES, 16, _LET_SIDEBAR, ("Tenants",)
    ),
    "/lettings/moving-out/": _page(
        "/lettings/moving-out/", "Deposits &amp; moving out", MOVING_OUT, 17, _LET_SIDEBAR, ("Tenants",)
    ),
    "/lettings/report-a-repair/": _page(
        "/lettings/report-a-repair/", "Report a repair", REPAIR, 18, _LET_SIDEBAR, ("Tenants",)
    ),
    "/new-homes/": _page("/new-homes/", "New homes", NEW_HOMES, 21, crumbs=("Buying",)),
    "/area-guides/": _page("/area-guides/", "Area guides", AREA, 22, crumbs=("Buying",)),
    "/about-us/": _page("/about-us/", "Meet the team", ABOUT, 2, crumbs=("About",)),
    "/faq/": _page("/faq/", "Frequently asked questions", FAQ, 24, crumbs=("About",)),
    "/complaints/": _page("/complaints/", "Complaints procedure", COMPLAINTS, 25, crumbs=("About",)),
    "/contact/": _page("/contact/", "Contact &amp; find us", CONTACT, 3, crumbs=("About",)),
}

QUESTIONS = [
    ("how much do you charge to sell a house", "/selling/fees/"),
    (
        "If we sign up with you and then decide not to sell after a few weeks, do we have to pay anything? "
        "My husband's worried about being locked in",
        "/selling/fees/",
    ),
    (
        "We're thinking of selling our bungalow in Norton and moving nearer the grandkids. Does someone come "
        "round to look at it first, and is there a charge for that?",
        "/selling/free-valuation/",
    ),
    (
        "my solicitor says I need a letter saying what the house is worth for the divorce, is that something you do",
        "/selling/free-valuation/",
    ),
    ("I dont want a for sale board up, the neighbours are nosy. can you sell it without one", "/selling/how-we-sell/"),
    ("I work till half six most days, any chance of seeing a house after work?", "/buying/viewings/"),
    (
        "We're moving up from Kent and can't keep driving five hours to look at places. Is there any way to see "
        "inside a house without coming up?",
        "/buying/viewings/",
    ),
    (
        "why do I have to pay £24 for an ID check when I've already shown my passport to the mortgage people??",
        "/buying/making-an-offer/",
    ),
    (
        "The agent rang to say there are other offers and they want our best and final by Friday. How does that "
        "work, can we just say we'll go a grand over whoever's highest?",
        "/buying/making-an-offer/",
    ),
    ("What's your fee for fully managing a rental property", "/lettings/landlords/"),
    (
        "I've got a flat I want to let but I'm happy dealing with the tenants myself once they're in, I just need "
        "someone to find them. What would that cost me?",
        "/lettings/landlords/",
    ),
    ("How much deposit would I need for a house thats £950 a month", "/lettings/tenant-fees/"),
    (
        "One of my housemates is moving out and her friend is taking her room. Is there a charge to change the "
        "names on the contract?",
        "/lettings/tenant-fees/",
    ),
    ("I don't earn enough on my own to pass for the rent, can my dad back me?", "/lettings/applying/"),
    ("We've got a little terrier, is that going to stop us getting a place", "/lettings/applying/"),
    (
        "when do I get my deposit back? handed the keys in last week and haven't heard anything",
        "/lettings/moving-out/",
    ),
    ("how often does a landlord have to get the electrics checked", "/lettings/landlord-compliance/"),
    (
        "Thinking of renting my house out to five lads who are working on the racing yards, do I need some "
        "kind of licence for that?",
        "/lettings/landlord-compliance/",
    ),
    (
        "boilers packed up, its sunday night and the kids have no hot water. who do I ring??",
        "/lettings/report-a-repair/",
    ),
    (
        "There's black mould coming up behind the wardrobe in the back bedroom, what should I do",
        "/lettings/report-a-repair/",
    ),
    ("Are there any new builds for sale round Malton? what sort of price are they", "/new-homes/"),
    ("Just got a job in York. Could I live in Pickering and get the train in every day?", "/area-guides/"),
    (
        "Is there anyone in your lettings team who speaks Gujarati? My parents are looking to rent and their "
        "English isn't great",
        "/about-us/",
    ),
    ("where do I park when I come in to sign the paperwork", "/contact/"),
    ("do you have someone who can sort out a mortgage for us", "/faq/"),
]

OUT_OF_SCOPE = [
    "Do you manage holiday lets or Airbnbs?",
    "Can you recommend a removals firm for the day we move?",
    "How much stamp duty will I pay on a £285,000 house?",
    "Do you have any shared ownership homes?",
    "Can we get the keys a few days before completion to measure up for carpets?",
    "What council tax band is 7 Greengate?",
    "Can you recommend a good dog groomer in Malton?",
    "What's the weather forecast for Scarborough this weekend?",
]
