"""An evaluation site: Ashdown Hearing Care, an independent family-run hearing clinic in Crowborough (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML is HubSpot CMS output:
hs-content body wrapper, drag-and-drop dnd-section/dnd-row/dnd-column grids of widget-span cells, every module
wrapped in hs_cos_wrapper divs and spans, and the header, mega-menu and footer included as global groups.
"""

import itertools

NAME = "Ashdown Hearing Care"

_WIDGET_IDS = itertools.count(1689161540101)
_ROW_NUMBERS = itertools.count(1)

_MENU = [
    (
        "Hearing",
        [
            ("/hearing-tests/", "Hearing tests", "Free, thorough hearing assessments"),
            ("/hearing-aids/", "Hearing aids", "Every style, from every major maker"),
            ("/hearing-aid-prices/", "Hearing aid prices", "Clear, all-inclusive pricing"),
            ("/aftercare/", "Aftercare", "Looking after you and your aids"),
        ],
    ),
    (
        "Ear care",
        [
            ("/ear-wax-removal/", "Ear wax removal", "Gentle microsuction, no water"),
            ("/tinnitus/", "Tinnitus", "Help with ringing and buzzing"),
            ("/hearing-protection/", "Hearing protection", "Custom-made ear plugs"),
            ("/repairs-and-batteries/", "Repairs &amp; batteries", "Drop-in repairs and spares"),
            ("/home-visits/", "Home visits", "We come to you"),
        ],
    ),
    (
        "About",
        [
            ("/about-us/", "About us", "Our story and what we stand for"),
            ("/our-team/", "Our team", "Meet the people you'll see"),
            ("/faq/", "FAQs", "Answers to common questions"),
            ("/policies/", "Policies", "Returns, complaints and privacy"),
        ],
    ),
    (
        "Contact",
        [
            ("/contact-us/", "Contact &amp; find us", "Address, hours, parking"),
            ("/book-an-appointment/", "Book an appointment", "Online or by phone"),
        ],
    ),
]


def _desktop_menu(current):
    items = []
    for label, links in _MENU:
        children = []
        for path, text, blurb in links:
            active = " active active-branch" if path == current else ""
            children.append(
                f'<li class="hs-menu-item hs-menu-depth-2{active}" role="none">'
                f'<a href="{path}" role="menuitem"><span class="mega__title">{text}</span>\n'
                f'<span class="mega__desc">{blurb}</span></a></li>'
            )
        joined = "\n".join(children)
        items.append(
            f"""<li class="hs-menu-item hs-menu-depth-1 hs-item-has-children" role="none">
<a href="#" aria-haspopup="true" aria-expanded="false" role="menuitem">{label}</a>
<div class="mega-menu"><div class="mega-menu__inner content-wrapper">
<ul role="menu" class="hs-menu-children-wrapper">
{joined}
</ul></div></div></li>"""
        )
    return "\n".join(items)


def _mobile_menu():
    links = []
    for _label, group in _MENU:
        for path, text, _blurb in group:
            links.append(
                f'<li class="menu__item menu__item--depth-2"><a class="menu__link" href="{path}">{text}</a></li>'
            )
    return "\n".join(links)


_HEAD_TEMPLATE = """<!DOCTYPE html>
<html lang="en-gb">
<head>
<meta charset="utf-8">
<title>{title}</title>
<link rel="shortcut icon" href="/hubfs/ashdown-favicon.png">
<meta name="description" content="{description}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{description}">
<meta property="og:type" content="website">
<meta name="twitter:card" content="summary">
<link rel="canonical" href="https://www.ashdownhearing.co.uk{path}">
<link rel="stylesheet" href="/hs/hsstatic/cos-i18n/static-1.53/bundles/project.css">
<link rel="stylesheet" href="/hs-fs/hub/4412873/hub_generated/template_assets/main.min.css">
<link rel="stylesheet" href="/hs-fs/hub/4412873/hub_generated/template_assets/theme-overrides.min.css">
<link rel="stylesheet" href="/hs-fs/hub/4412873/hub_generated/module_assets/mega-menu.min.css">
<style>
  #hs_cos_wrapper_widget_hero .hero-banner {{ background-color: rgba(20, 74, 92, 1.0); }}
  .dnd-section > .row-fluid {{ max-width: 1180px; }}
</style>
<script>
  window._hsq = window._hsq || [];
  _hsq.push(["setPath", "{path}"]);
  _hsq.push(["trackPageView"]);
</script>
<meta name="generator" content="HubSpot">
</head>
"""

_HEADER = """<div data-global-resource-path="Ashdown_2022/templates/partials/header.html">
<header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__top">
<div class="header__top-inner content-wrapper">
<span class="header__strap">Independent hearing care in Crowborough since 2009</span>
<span class="header__phone">Call us: <a href="tel:+441632960418">01632 960418</a></span>
<a class="button button--small" href="/book-an-appointment/">Book online</a>
</div>
</div>
<div class="header__container content-wrapper">
<div class="header__logo header__logo--main">
<div id="hs_cos_wrapper_site_logo"
 class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo"
 style="" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"
 style="" data-hs-cos-general-type="widget" data-hs-cos-type="logo">
<a href="/" id="hs-link-site_logo_hs_logo_widget" style="border-width:0px;border:0px;">
<img src="/hubfs/ashdown-hearing-care-logo.svg" class="hs-image-widget" height="62" width="220"
 alt="Ashdown Hearing Care" title="Ashdown Hearing Care"></a></span></div>
</div>
<div class="header__column">
<div class="header__row-2">
<div class="header--toggle header__navigation--toggle"></div>
<div class="header__navigation header--element">
<div id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"
 style="" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<nav aria-label="Main menu" class="navigation-primary menu--desktop">
<ul role="menu" class="submenu level-1 no-list">
<li class="hs-menu-item hs-menu-depth-1" role="none"><a href="/" role="menuitem">Home</a></li>
{desktop_menu}
</ul>
</nav>
<nav aria-label="Mobile menu" class="menu menu--mobile">
<ul class="menu__wrapper no-list">
<li class="menu__item menu__item--depth-1"><a class="menu__link" href="/">Home</a></li>
{mobile_menu}
</ul>
</nav>
</div>
</div>
<div class="header__search header--element">
<form class="hs-search-field__form" action="/hs-search-results">
<label class="hs-search-field__label show-for-sr" for="search-field">Search</label>
<input type="text" id="search-field" class="hs-search-field__input" name="term" placeholder="Search">
</form>
</div>
</div>
</div>
</div>
</header>
</div>
"""

_FOOTER = """<div data-global-resource-path="Ashdown_2022/templates/partials/footer.html">
<footer class="footer">
<div class="container-fluid footer__container content-wrapper">
<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section">
<div class="row-fluid">
<div class="span4 widget-span widget-type-cell dnd-column" style="" data-widget-type="cell" data-x="0" data-w="4">
<div id="hs_cos_wrapper_footer_address" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"
 style="" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<span id="hs_cos_wrapper_footer_address_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text"
 style="" data-hs-cos-general-type="widget" data-hs-cos-type="rich_text">
<h4>Ashdown Hearing Care</h4>
<p>The Old Bank, 21 High Street<br>Crowborough, East Sussex TN6 2QA</p>
<p>Tel: <a href="tel:+441632960418">01632 960418</a><br>
Email: <a href="mailto:hello@ashdownhearing.co.uk">hello@ashdownhearing.co.uk</a></p>
</span></div>
</div>
<div class="span4 widget-span widget-type-cell dnd-column" style="" data-widget-type="cell" data-x="4" data-w="4">
<div id="hs_cos_wrapper_footer_hours" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"
 style="" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<span id="hs_cos_wrapper_footer_hours_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text"
 style="" data-hs-cos-general-type="widget" data-hs-cos-type="rich_text">
<h4>Opening hours</h4>
<p>Mon &ndash; Fri: 9am &ndash; 5.30pm (Wed until 7pm)<br>Saturday: 9am &ndash; 1pm<br>Sunday: closed</p>
</span></div>
</div>
<div class="span4 widget-span widget-type-cell dnd-column" style="" data-widget-type="cell" data-x="8" data-w="4">
<div id="hs_cos_wrapper_footer_links" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"
 style="" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<h4>Quick links</h4>
<ul class="footer__links no-list">
<li><a href="/book-an-appointment/">Book an appointment</a></li>
<li><a href="/hearing-aid-prices/">Hearing aid prices</a></li>
<li><a href="/ear-wax-removal/">Ear wax removal</a></li>
<li><a href="/faq/">FAQs</a></li>
<li><a href="/policies/">Privacy &amp; cookies</a></li>
</ul>
</div>
<div class="social-links">
<a class="social-links__link" href="https://www.facebook.com/ashdownhearingcare" target="_blank" rel="noopener">
<span class="show-for-sr">Facebook</span><svg viewBox="0 0 320 512" aria-hidden="true"><path d="M279 288"/></svg></a>
<a class="social-links__link" href="https://www.instagram.com/ashdownhearing" target="_blank" rel="noopener">
<span class="show-for-sr">Instagram</span><svg viewBox="0 0 448 512" aria-hidden="true"><path d="M224 141"/></svg></a>
<a class="social-links__link" href="https://www.youtube.com/@ashdownhearingcare" target="_blank" rel="noopener">
<span class="show-for-sr">YouTube</span><svg viewBox="0 0 576 512" aria-hidden="true"><path d="M549 124"/></svg></a>
</div>
</div>
</div>
</div>
<div class="row-fluid-wrapper row-depth-1 row-number-2 dnd-section footer__accreditations">
<div class="row-fluid">
<div class="span12 widget-span widget-type-cell dnd-column" style="" data-widget-type="cell" data-x="0" data-w="12">
<img src="/hubfs/logos/hcpc-registered.png" alt="HCPC registered" width="120" loading="lazy">
<img src="/hubfs/logos/bshaa-member.png" alt="BSHAA member" width="120" loading="lazy">
<img src="/hubfs/logos/phonak-oticon-signia-widex.png" alt="Major hearing aid brands" width="360" loading="lazy">
</div>
</div>
</div>
<div class="footer__copyright">
<p>&copy; 2024 Ashdown Hearing Care Ltd. Registered in England &amp; Wales, company no. 06912345.
Registered office: The Old Bank, 21 High Street, Crowborough TN6 2QA.</p>
</div>
</div>
</footer>
</div>
"""

_COOKIES = """<div id="hs-eu-cookie-confirmation" class="can-use-gdpr hs-cookie-notification-position-bottom"
 data-hs-banner-type="default" role="region" aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner">
<div id="hs-en-cookie-confirmation-buttons-area">
<div id="hs-eu-policy-wording"><p>We use cookies to understand how visitors use our website and to improve it.
You can accept or decline non-essential cookies. See our <a href="/policies/">privacy policy</a>.</p></div>
<div id="hs-eu-cookie-confirmation-button-group">
<a href="#" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a>
</div></div></div></div>
"""

_PAGE_TEMPLATE = """{head}<body>
<div class="body-wrapper hs-content-id-{content_id} hs-site-page page {template_class}">
{header}
<main id="main-content" class="body-container-wrapper">
<div class="container-fluid body-container body-container--{slug}">
{body}
</div>
</main>
{footer}
</div>
{cookies}
<!-- HubSpot performance collection script -->
<script>var hsVars = {{ticks: 1717431235000, page_id: {content_id}, content_group_id: 0, portal_id: 4412873}};</script>
</body>
</html>
"""


def _module(body, kind="rich_text", extra=""):
    wid = next(_WIDGET_IDS)
    return f"""<div class="row-fluid-wrapper row-depth-1 row-number-{next(_ROW_NUMBERS)} dnd-row">
<div class="row-fluid ">
<div class="span12 widget-span widget-type-custom_widget dnd-module {extra}" style=""
 data-widget-type="custom_widget" data-x="0" data-w="12">
<div id="hs_cos_wrapper_widget_{wid}" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"
 style="" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<span id="hs_cos_wrapper_widget_{wid}_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_{kind}"
 style="" data-hs-cos-general-type="widget" data-hs-cos-type="{kind}">
{body}
</span></div>
</div><!--end widget-span -->
</div><!--end row-->
</div><!--end row-wrapper -->"""


def _section(main, sidebar=None, cls=""):
    if sidebar is None:
        columns = f"""<div class="span12 widget-span widget-type-cell dnd-column" style=""
 data-widget-type="cell" data-x="0" data-w="12">
{main}
</div>"""
    else:
        columns = f"""<div class="span8 widget-span widget-type-cell dnd-column main-content" style=""
 data-widget-type="cell" data-x="0" data-w="8">
{main}
</div>
<div class="span4 widget-span widget-type-cell dnd-column sidebar" style=""
 data-widget-type="cell" data-x="8" data-w="4">
{sidebar}
</div>"""
    return f"""<div class="row-fluid-wrapper row-depth-1 row-number-{next(_ROW_NUMBERS)} dnd-section {cls}">
<div class="row-fluid ">
{columns}
</div><!--end row-->
</div><!--end row-wrapper -->"""


def _banner(title, strap):
    return _section(
        _module(
            f"""<div class="page-banner"><div class="page-banner__inner">
<h1>{title}</h1>
<p class="page-banner__strap">{strap}</p>
</div></div>""",
            kind="module",
            extra="page-banner-module",
        ),
        cls="dnd_area-row-0-background-color",
    )


_SIDEBAR_CTA = _module(
    """<div class="cta-card">
<h3>Book your hearing test</h3>
<p>Friendly, unhurried appointments with an HCPC-registered audiologist.</p>
<a class="button" href="/book-an-appointment/">Book now</a>
<p class="cta-card__phone">or call <a href="tel:+441632960418">01632 960418</a></p>
</div>""",
    kind="module",
    extra="sidebar-cta",
)

_SIDEBAR_LINKS = _module(
    """<div class="sidebar-links">
<h4>Popular pages</h4>
<ul>
<li><a href="/hearing-aid-prices/">Hearing aid prices</a></li>
<li><a href="/ear-wax-removal/">Ear wax removal</a></li>
<li><a href="/home-visits/">Home visits</a></li>
<li><a href="/faq/">Frequently asked questions</a></li>
</ul>
</div>""",
    kind="module",
    extra="sidebar-links",
)

_TESTIMONIALS = _module(
    """<div class="testimonial-slider" data-autoplay="true">
<h2 class="testimonial-slider__title">What our patients say</h2>
<div class="testimonial">
<blockquote><p>&ldquo;From the moment I walked in I felt looked after. Nobody tried to sell me anything
I didn't need and everything was explained in plain English.&rdquo;</p></blockquote>
<p class="testimonial__author">Margaret H., Rotherfield &#9733;&#9733;&#9733;&#9733;&#9733;</p>
</div>
<div class="testimonial">
<blockquote><p>&ldquo;Brilliant service. My husband finally joins in at the dinner table again.
Worth every penny.&rdquo;</p></blockquote>
<p class="testimonial__author">Linda and Peter W., Crowborough &#9733;&#9733;&#9733;&#9733;&#9733;</p>
</div>
<div class="testimonial">
<blockquote><p>&ldquo;Quick, painless and so much better than the old syringing. I could hear the birds
on the walk back to the car!&rdquo;</p></blockquote>
<p class="testimonial__author">David R., Uckfield &#9733;&#9733;&#9733;&#9733;&#9733;</p>
</div>
<p class="testimonial-slider__source">Rated 4.9 out of 5 from over 400 Google reviews</p>
</div>""",
    kind="module",
    extra="testimonials",
)


def _book_strip(text="Ready to talk to us? Appointments are usually available within the week."):
    return _section(
        _module(
            f"""<div class="cta-strip">
<p class="cta-strip__text">{text}</p>
<a class="button button--secondary" href="/book-an-appointment/">Book an appointment</a>
<a class="button button--outline" href="tel:+441632960418">Call 01632 960418</a>
</div>""",
            kind="module",
            extra="cta-strip",
        ),
        cls="dnd_area-row-cta",
    )


HTML = {}


def _page(path, title, description, body, content_id):
    slug = path.strip("/") or "home"
    head = _HEAD_TEMPLATE.format(title=title, description=description, path=path)
    HTML[path] = _PAGE_TEMPLATE.format(
        head=head,
        content_id=content_id,
        template_class="home-page" if path == "/" else "standard-page",
        header=_HEADER.format(desktop_menu=_desktop_menu(path), mobile_menu=_mobile_menu()),
        slug=slug,
        body=body,
        footer=_FOOTER,
        cookies=_COOKIES,
    )


# ---------------------------------------------------------------------------------------------------------------
# Home
# ---------------------------------------------------------------------------------------------------------------
_page(
    "/",
    "Independent Hearing Care in Crowborough | Ashdown Hearing Care",
    "Family-run hearing clinic in Crowborough, East Sussex: hearing tests, hearing aids, microsuction ear wax "
    "removal, tinnitus support and home visits.",
    _section(
        _module(
            """<div class="hero-banner">
<div class="hero-banner__content">
<h1>Independent hearing care in the heart of Crowborough</h1>
<p>Hearing tests, hearing aids from every major manufacturer and ear wax removal by microsuction,
with the time and honest advice you would expect from a family-run clinic.</p>
<a class="button" href="/book-an-appointment/">Book an appointment</a>
<a class="button button--outline" href="/hearing-aid-prices/">See our hearing aid prices</a>
</div>
<img class="hero-banner__image" src="/hubfs/images/clinic-reception.jpg" alt="Our reception at The Old Bank">
</div>""",
            kind="module",
            extra="hero",
        ),
        cls="dnd_area-row-0-padding",
    )
    + _section(
        _module(
            """<h2>How we can help</h2>
<p>Whether you have noticed the television creeping up, you are struggling to follow conversation in the pub,
or your ears just feel blocked, we are here to help. We are not part of a chain and we are not owned by a
hearing aid manufacturer, so our advice is always about what is right for you.</p>
<div class="service-cards">
<div class="service-card"><h3><a href="/hearing-tests/">Hearing tests</a></h3>
<p>A thorough check of your hearing, explained clearly, with no pressure to buy.</p></div>
<div class="service-card"><h3><a href="/hearing-aids/">Hearing aids</a></h3>
<p>Discreet, rechargeable and Bluetooth hearing aids, fitted and fine-tuned by our audiologists.</p></div>
<div class="service-card"><h3><a href="/ear-wax-removal/">Ear wax removal</a></h3>
<p>Safe, comfortable microsuction by a specialist ear care practitioner.</p></div>
<div class="service-card"><h3><a href="/tinnitus/">Tinnitus</a></h3>
<p>Practical support and a personal plan if you live with ringing, buzzing or hissing.</p></div>
<div class="service-card"><h3><a href="/hearing-protection/">Hearing protection</a></h3>
<p>Made-to-measure plugs for music, swimming, sleep and shooting.</p></div>
<div class="service-card"><h3><a href="/home-visits/">Home visits</a></h3>
<p>Can't get to us? Our team visits homes and care homes across the Weald.</p></div>
</div>""",
        )
    )
    + _section(
        _module(
            """<h2>Why people choose Ashdown</h2>
<ul class="ticks">
<li>Owned and run by local audiologists, not shareholders</li>
<li>No commission and no sales targets &ndash; ever</li>
<li>Long, unhurried appointments in a calm town-centre clinic</li>
<li>Hearing aids from Phonak, Oticon, Signia, Widex, ReSound and Starkey</li>
<li>The same familiar faces every time you visit</li>
</ul>
<p>New to hearing aids or thinking about switching from the NHS? Read our <a href="/faq/">FAQs</a> or
<a href="/our-team/">meet the team</a> before you come in.</p>""",
        ),
        _TESTIMONIALS,
    )
    + _book_strip(),
    content_id=58120345101,
)

# ---------------------------------------------------------------------------------------------------------------
# Hearing tests
# ---------------------------------------------------------------------------------------------------------------
_page(
    "/hearing-tests/",
    "Hearing Tests | Ashdown Hearing Care",
    "Free, thorough hearing assessments for adults in Crowborough with an HCPC-registered audiologist.",
    _banner("Hearing tests", "A thorough, unhurried assessment of your hearing &ndash; free for adults")
    + _section(
        _module(
            """<h2>Is it time for a hearing test?</h2>
<p>Hearing usually changes so gradually that family and friends notice before we do. Common signs include:</p>
<ul>
<li>turning the television or radio up louder than others like it</li>
<li>finding it hard to follow conversation in restaurants, pubs or family gatherings</li>
<li>thinking people mumble, or asking them to repeat themselves</li>
<li>missing the doorbell or the phone</li>
<li>ringing, buzzing or hissing in your ears</li>
</ul>
<h2>What happens at your appointment</h2>
<p>Please allow <strong>about an hour</strong>. Your audiologist will take you through each step and there is
plenty of time for questions.</p>
<ol class="steps">
<li><strong>A conversation first.</strong> We talk about your hearing, your health, any medication and the
situations you find difficult.</li>
<li><strong>Looking in your ears.</strong> We use a video otoscope, so you can watch the screen and see your own
ear canal and eardrum.</li>
<li><strong>Middle ear check.</strong> A quick pressure test (tympanometry) shows how well your eardrum moves.</li>
<li><strong>Hearing the beeps.</strong> Wearing headphones in our soundproofed room, you press a button each time
you hear a tone. This produces your audiogram.</li>
<li><strong>Speech in noise.</strong> We check how well you pick out words against background chatter, which is
often what people struggle with most.</li>
<li><strong>Your results.</strong> We explain your audiogram in plain English and talk through your options.
If you don't need hearing aids, we will tell you.</li>
</ol>
<p>If we find wax blocking your ears we may not be able to finish the test. Where possible our ear care
practitioner can remove it at the same visit; this is charged separately.</p>""",
        ),
        _SIDEBAR_CTA + _SIDEBAR_LINKS,
    )
    + _section(
        _module(
            """<h2>What it costs</h2>
<table class="price-table">
<thead><tr><th>Service</th><th>Price</th></tr></thead>
<tbody>
<tr><td>Full hearing assessment (adults), about 60 minutes</td><td>Free</td></tr>
<tr><td>Written audiology report for an employer, insurer or solicitor</td><td>£55</td></tr>
<tr><td>Hearing assessment as part of a home visit</td><td>Free, plus home visit fee</td></tr>
</tbody>
</table>
<p>Someone close to you is very welcome to sit in. A familiar voice is useful for some of our tests, and a second
pair of ears helps when it comes to remembering what was discussed.</p>""",
        )
    )
    + _book_strip("Free hearing assessments are available every weekday and on Saturday mornings."),
    content_id=58120345102,
)

# ---------------------------------------------------------------------------------------------------------------
# Hearing aids
# ---------------------------------------------------------------------------------------------------------------
_page(
    "/hearing-aids/",
    "Hearing Aids | Ashdown Hearing Care",
    "Invisible, in-the-ear, receiver-in-canal and behind-the-ear hearing aids from every major manufacturer.",
    _banner("Hearing aids", "Today's hearing aids are smaller, smarter and easier to live with than ever")
    + _section(
        _module(
            """<p>Because we are independent, we can fit hearing aids from all of the leading manufacturers, including
Phonak, Oticon, Signia, Widex, ReSound and Starkey. We recommend what suits your hearing, your ears, your
lifestyle and your budget, not whatever a particular company would like us to sell.</p>
<h2>Hearing aid styles</h2>
<div class="table-scroll">
<table class="styles-table">
<thead><tr><th>Style</th><th>Where it sits</th><th>Usually suits</th><th>Worth knowing</th></tr></thead>
<tbody>
<tr><td>Invisible-in-canal (IIC)</td><td>Deep in the ear canal, practically unseen</td>
<td>Mild to moderate loss</td><td>Made to measure; uses tiny size 10 batteries; most don't stream Bluetooth</td></tr>
<tr><td>Completely-in-canal (CIC)</td><td>Just inside the canal</td>
<td>Mild to moderate loss</td><td>Very discreet; a little easier to handle than IIC</td></tr>
<tr><td>In-the-ear (ITE)</td><td>Fills the outer bowl of the ear</td>
<td>Mild to severe loss</td><td>Easy to put in and take out; room for buttons</td></tr>
<tr><td>Receiver-in-canal (RIC)</td><td>Small case behind the ear, fine wire to a speaker in the canal</td>
<td>Mild to severe loss</td><td>Our most popular style; rechargeable and Bluetooth options</td></tr>
<tr><td>Behind-the-ear (BTE)</td><td>Behind the ear with a custom mould</td>
<td>Severe to profound loss</td><td>Most powerful and very robust</td></tr>
</tbody>
</table>
</div>
<h2>Can I have an invisible hearing aid?</h2>
<p>Many people ask for the smallest possible aid, and for the right person they are excellent. Whether one will
work for you depends on three things: the size and shape of your ear canals (roughly one in three canals is too
narrow or too bendy), how much hearing loss you have (deep-fitting aids are not powerful enough for severe loss),
and how easy you find handling very small objects. We look at all three during your assessment. Invisible aids
are custom-made from an impression of your ear and take about two weeks to arrive.</p>
<h2>Rechargeable and connected</h2>
<p>Most behind-the-ear and receiver-in-canal aids now come in rechargeable versions that last a full day on an
overnight charge. Many stream phone calls, music and podcasts directly from iPhones and most Android phones, and
can be paired with a TV streamer so the television goes straight to your ears at your own volume.</p>""",
        ),
        _SIDEBAR_CTA + _SIDEBAR_LINKS,
    )
    + _section(
        _module(
            """<h2>How getting hearing aids works</h2>
<ol class="steps">
<li><strong>Hearing assessment</strong> to understand your hearing and what you want to get back to.</li>
<li><strong>Choosing together.</strong> We show you suitable options and you can listen through demonstration
aids in the clinic before you decide.</li>
<li><strong>Fitting appointment</strong> of around 90 minutes. We programme the aids to your prescription and
check them inside your ear with real-ear measurement, so we know they are right rather than guessing.</li>
<li><strong>Follow-up care</strong> to fine-tune them as you settle in &ndash;
see <a href="/aftercare/">aftercare</a>.</li>
</ol>
<p>For costs, see <a href="/hearing-aid-prices/">hearing aid prices</a>.</p>""",
        )
    )
    + _book_strip(),
    content_id=58120345103,
)

# ---------------------------------------------------------------------------------------------------------------
# Prices
# ---------------------------------------------------------------------------------------------------------------
_page(
    "/hearing-aid-prices/",
    "Hearing Aid Prices | Ashdown Hearing Care",
    "Clear, all-inclusive hearing aid prices from £1,195 a pair, with 0% finance available.",
    _banner("Hearing aid prices", "One clear price per level of technology, whichever brand you choose")
    + _section(
        _module(
            """<p>Hearing aids come in different levels of technology. Higher levels cope better in noisy, changing
surroundings; lower levels are ideal if your days are mostly quiet. The style and make don't change the price:
you pay for the level of technology you need.</p>
<table class="price-table">
<thead><tr><th>Technology level</th><th>Best for</th><th>One aid</th><th>Pair</th></tr></thead>
<tbody>
<tr><td>Essential</td><td>Quieter lifestyles: one-to-one chat and television at home</td>
<td>£695</td><td>£1,195</td></tr>
<tr><td>Advanced</td><td>Small groups, the car, occasional meals out</td><td>£1,095</td><td>£1,995</td></tr>
<tr><td>Premium</td><td>Busy social lives, restaurants and work meetings</td><td>£1,545</td><td>£2,795</td></tr>
<tr><td>Premium Plus</td><td>The most demanding listening, with every feature available</td>
<td>£1,945</td><td>£3,495</td></tr>
</tbody>
</table>
<p class="small">Rechargeable and Bluetooth versions are included at Advanced level and above. At Essential
level, rechargeable aids are an extra £150 per pair.</p>
<h2>What every price includes</h2>
<ul class="ticks">
<li>Your hearing assessment and consultation</li>
<li>Fitting with real-ear measurement</li>
<li>Custom impressions and moulds where needed</li>
<li>A four-year manufacturer's repair warranty</li>
<li>Loss and damage cover for the first year (one claim, £150 excess per aid)</li>
<li>Cleaning kit and drying box</li>
</ul>
<h2>Spreading the cost</h2>
<p>You can pay in full when your aids are fitted, or spread the cost with <strong>0% interest-free finance over
12 months</strong> on hearing aids costing £1,000 or more. You pay a 10% deposit when you order and the rest in
12 equal monthly payments. Finance is provided by a third-party lender, is subject to status and takes around ten
minutes to arrange in the clinic. Representative APR 0%.</p>
<p>Example: a pair of Advanced aids at £1,995. Deposit £199.50, then 12 payments of £149.63.
Total payable £1,995.</p>""",
        ),
        _SIDEBAR_CTA + _SIDEBAR_LINKS,
    )
    + _section(_TESTIMONIALS)
    + _book_strip("Want to know which level suits you? Start with a free hearing assessment."),
    content_id=58120345104,
)

# ---------------------------------------------------------------------------------------------------------------
# Ear wax removal
# ---------------------------------------------------------------------------------------------------------------
_page(
    "/ear-wax-removal/",
    "Ear Wax Removal by Microsuction | Ashdown Hearing Care",
    "Safe, gentle ear wax removal by microsuction in Crowborough. No water, no mess, appointments within days.",
    _banner("Ear wax removal by microsuction", "Gentle, water-free wax removal by a specialist practitioner")
    + _section(
        _module(
            """<p>Ear wax is natural and usually clears itself, but it can build up and cause muffled hearing, a
blocked or full feeling, itching, ringing, or hearing aids that whistle and sound weak. Many GP surgeries no
longer remove wax, and we see patients from across East Sussex and West Kent every week.</p>
<h2>What is microsuction?</h2>
<p>Microsuction uses a very fine sterile tube, a little like a tiny vacuum cleaner, to lift wax out of the ear
canal while our practitioner looks closely through magnifying loupes with a bright light. No water is used, so
there is no mess and less risk of infection. The removal itself usually takes 10 to 20 minutes and appointments
are 30 minutes, including a look in your ears before and after.</p>
<h2>Prices</h2>
<table class="price-table">
<thead><tr><th>Treatment</th><th>Price</th></tr></thead>
<tbody>
<tr><td>Microsuction &ndash; both ears</td><td>£60</td></tr>
<tr><td>Microsuction &ndash; one ear</td><td>£45</td></tr>
<tr><td>Ear check only (not sure if it's wax?)</td><td>£20, deducted if you go ahead on the day</td></tr>
<tr><td>Return visit within 14 days if very hard wax could not all be removed</td><td>No charge</td></tr>
</tbody>
</table>
<h2>Before your appointment</h2>
<p>Softening the wax makes removal quicker and more comfortable. For <strong>three to five days before</strong>,
put olive oil drops or spray into each ear twice a day, lying with that ear up for a few minutes afterwards.
Please don't use cotton buds, as they push wax further in.</p>
<h2>Is it safe for me?</h2>
<p>Microsuction is suitable for most people. It can be a little noisy and some people feel briefly dizzy.
If you have ever had a <strong>perforated eardrum, grommets or ear surgery</strong>, please tell us when
booking. Because no water is used, microsuction is usually still possible and is often the safest option, but
we will examine your ear carefully first. If your ear is painful, swollen or discharging, please see your GP or
pharmacist first, as we cannot treat an active infection.</p>
<p>We treat children aged 10 and over, with a parent or guardian present.</p>
<p>Housebound? We can bring our portable equipment to you &ndash; see <a href="/home-visits/">home visits</a>.</p>""",
        ),
        _SIDEBAR_CTA + _SIDEBAR_LINKS,
    )
    + _section(_TESTIMONIALS)
    + _book_strip("Wax appointments are available most mornings, usually within a few days."),
    content_id=58120345105,
)

# ---------------------------------------------------------------------------------------------------------------
# Tinnitus
# ---------------------------------------------------------------------------------------------------------------
_page(
    "/tinnitus/",
    "Tinnitus Support | Ashdown Hearing Care",
    "Tinnitus consultations and management plans in Crowborough: sound therapy, hearing aids and practical support.",
    _banner("Tinnitus", "Ringing, buzzing, hissing or humming &ndash; you don't have to just live with it")
    + _section(
        _module(
            """<p>Tinnitus is the name for hearing sounds that don't come from outside you. Around one in seven
adults in the UK experience it. It often goes hand in hand with some hearing loss, and it commonly starts after
exposure to loud noise, such as a concert, a nightclub or power tools. Noise-related ringing often fades within
a few days; if yours has lasted more than a couple of weeks, or is affecting your sleep, mood or concentration,
it is worth getting help.</p>
<h2>Our tinnitus consultation</h2>
<p>Tinnitus appointments are with Tomasz Nowak, who leads our tinnitus clinic. The first consultation lasts
<strong>75 minutes</strong> and includes:</p>
<ul>
<li>a full hearing assessment</li>
<li>a detailed questionnaire about how tinnitus affects your daily life</li>
<li>a clear explanation of what is happening and why the brain focuses on the sound</li>
<li>a personal management plan you take home with you</li>
</ul>
<table class="price-table">
<thead><tr><th>Appointment</th><th>Price</th></tr></thead>
<tbody>
<tr><td>Tinnitus consultation (75 minutes)</td><td>£95</td></tr>
<tr><td>Tinnitus follow-up session (45 minutes)</td><td>£50</td></tr>
</tbody>
</table>
<h2>What can help</h2>
<ul>
<li><strong>Sound enrichment</strong> &ndash; bedside sound generators and apps that take the edge off
tinnitus in quiet rooms and at night</li>
<li><strong>Hearing aids with tinnitus programmes</strong> &ndash; if you also have hearing loss, amplifying
everyday sound often makes tinnitus far less noticeable</li>
<li><strong>Relaxation and sleep strategies</strong> to break the cycle of stress and tinnitus</li>
<li><strong>Talking therapies</strong> &ndash; we can write to your GP recommending a referral for CBT</li>
</ul>
<p>Tinnitus UK also runs a free helpline and local support groups.</p>""",
        ),
        _module(
            """<div class="alert-box alert-box--warning">
<h3>When to see a doctor urgently</h3>
<ul>
<li><strong>Sudden hearing loss</strong> in one or both ears, with or without tinnitus: call NHS 111 or go to
A&amp;E the same day. Treatment works best if started within a few days.</li>
<li><strong>Pulsatile tinnitus</strong> &ndash; a whooshing or thumping that keeps time with your heartbeat:
book to see your GP promptly, as it can need investigation.</li>
<li>Tinnitus in one ear with dizziness, facial numbness or weakness: see your GP.</li>
</ul>
</div>""",
            kind="module",
            extra="alert",
        )
        + _SIDEBAR_CTA,
    )
    + _book_strip("Book a tinnitus consultation with Tomasz."),
    content_id=58120345106,
)

# ---------------------------------------------------------------------------------------------------------------
# Hearing protection
# ---------------------------------------------------------------------------------------------------------------
_page(
    "/hearing-protection/",
    "Custom Ear Plugs &amp; Hearing Protection | Ashdown Hearing Care",
    "Custom-moulded ear plugs for musicians, swimmers, sleep, shooting and motorcycling.",
    _banner("Hearing protection", "Made-to-measure ear plugs for work, music, water and sleep")
    + _section(
        _module(
            """<p>Noise damage to hearing is permanent, but it is also completely preventable. Custom ear plugs are
made from impressions of your own ears, so they seal properly, stay comfortable for hours and typically last four
to five years. They are far more effective, and far more comfortable, than foam plugs from the chemist.</p>
<h2>Our range and prices</h2>
<table class="price-table">
<thead><tr><th>Type</th><th>What it's for</th><th>Price (pair)</th></tr></thead>
<tbody>
<tr><td>Musicians' plugs</td><td>Filtered plugs that turn the volume down evenly, so music still sounds
natural. Choice of 9, 15 or 25 dB filters.</td><td>£179</td></tr>
<tr><td>Swim plugs</td><td>Keep water out for swimmers, surfers and people prone to ear infections.
Bright floating colours.</td><td>£79</td></tr>
<tr><td>Sleep plugs</td><td>Soft silicone that is comfortable on the pillow &ndash; for snoring partners
and noisy neighbours.</td><td>£99</td></tr>
<tr><td>Shooting plugs</td><td>Let conversation through but block the impulse noise of gunfire.</td>
<td>£149</td></tr>
<tr><td>Motorcycle plugs</td><td>Cut wind noise on long rides while you can still hear traffic.</td>
<td>£109</td></tr>
<tr><td>Ear impressions only</td><td>For in-ear monitors made by your chosen specialist maker.</td><td>£60</td></tr>
</tbody>
</table>
<h2>For musicians</h2>
<p>Drummers, brass players and anyone playing amplified music are exposed to levels that can damage hearing in
minutes; a drum kit in a small rehearsal room can go above 110 dB. We usually recommend 25 dB filters for
drummers and 15 dB for most other band members. Filters can be swapped later if you change your mind.</p>
<h2>How it works</h2>
<p>Your impression appointment takes about 20 minutes. We check your ears, then place soft putty into each ear
for a few minutes to set. Your plugs are made in a UK laboratory and are ready in two to three weeks; we check the
fit with you when you collect them.</p>
<p class="small">Custom plugs support, but do not replace, your employer's own hearing protection
assessment at work.</p>""",
        ),
        _SIDEBAR_CTA + _SIDEBAR_LINKS,
    )
    + _book_strip("Book an impression appointment online or by phone."),
    content_id=58120345107,
)

# ---------------------------------------------------------------------------------------------------------------
# Repairs and batteries
# ---------------------------------------------------------------------------------------------------------------
_page(
    "/repairs-and-batteries/",
    "Hearing Aid Repairs &amp; Batteries | Ashdown Hearing Care",
    "Drop-in hearing aid repairs, retubing and batteries in Crowborough.",
    _banner("Repairs &amp; batteries", "Most problems are sorted while you wait")
    + _section(
        _module(
            """<h2>Drop-in repair clinic</h2>
<p>No appointment needed. Just come along during our drop-in times and Jamie will look at your hearing aid
while you wait &ndash; usually 10 to 15 minutes.</p>
<table class="hours-table">
<tbody>
<tr><td>Tuesday</td><td>10.00am &ndash; 12.00pm</td></tr>
<tr><td>Thursday</td><td>10.00am &ndash; 12.00pm</td></tr>
<tr><td>Saturday</td><td>9.30am &ndash; 12.00pm</td></tr>
</tbody>
</table>
<p>Common fixes include replacing hard or blocked tubing, new domes, changing wax filters and a thorough clean.
If your aid has gone quiet or dead, a blocked tube or wax filter is the most likely cause.</p>
<h2>Repair charges</h2>
<table class="price-table">
<thead><tr><th>Service</th><th>Aids fitted by Ashdown</th><th>Private aids fitted elsewhere</th></tr></thead>
<tbody>
<tr><td>Retube and clean</td><td>Free</td><td>£10 per aid</td></tr>
<tr><td>New domes or wax filters</td><td>Free</td><td>£5 per aid</td></tr>
<tr><td>Check and diagnose a fault</td><td>Free</td><td>£25 per aid</td></tr>
<tr><td>Manufacturer repair, out of warranty</td><td>£195 per aid</td><td>£195 per aid</td></tr>
</tbody>
</table>
<p>Faults we can't fix here are sent to the manufacturer. Repairs take seven to ten working days and come with a
six-month repair guarantee. We will lend you a spare aid while yours is away wherever we can.
For NHS hearing aids, please read our <a href="/faq/">FAQs</a>.</p>
<h2>Batteries</h2>
<p>If you bought your hearing aids from us, batteries are <strong>free for the life of your aids</strong>:
collect them from reception, or ring and we will post them to you.</p>
<p>Everyone else is welcome to buy from reception. All the common sizes are in stock:</p>
<ul>
<li>Size 10 (yellow tab)</li>
<li>Size 312 (brown tab)</li>
<li>Size 13 (orange tab)</li>
<li>Size 675 (blue tab)</li>
</ul>
<p>Batteries cost <strong>£3.50 for a pack of six</strong>, or ten packs for £30.</p>
<h2>Dropped it in water?</h2>
<p>Take the battery out straight away, open the battery door and leave the aid in a drying box overnight.
Never use a hairdryer, oven or microwave. If it still isn't working, bring it to the drop-in clinic.</p>""",
        ),
        _SIDEBAR_LINKS,
    )
    + _book_strip("Can't make the drop-in? Call us and we'll find a time."),
    content_id=58120345108,
)

# ---------------------------------------------------------------------------------------------------------------
# Home visits
# ---------------------------------------------------------------------------------------------------------------
_page(
    "/home-visits/",
    "Home Visits | Ashdown Hearing Care",
    "Hearing tests, hearing aids and ear wax removal at home or in a care home across the Weald.",
    _banner("Home visits", "Hearing care in your own home or care home")
    + _section(
        _module(
            """<p>If getting to the clinic is difficult, we can come to you. Home visits are ideal for people who are
housebound, have limited mobility, are living with dementia, are recovering from an operation, or live in a
residential or nursing home.</p>
<h2>Where we visit</h2>
<p>We cover an area of about 15 miles around Crowborough, including Uckfield, Heathfield, Mayfield,
Wadhurst, Rotherfield, Hartfield, Forest Row, East Grinstead and Tunbridge Wells. If you are a little further
away, please ask &ndash; we can often arrange something.</p>
<h2>What we can do at home</h2>
<ul>
<li>Full hearing assessments, using portable equipment (we need a quiet room)</li>
<li>Ear wax removal by microsuction with our portable unit</li>
<li>Hearing aid fittings and follow-up appointments</li>
<li>Retubing, cleaning and small repairs</li>
</ul>
<h2>Cost</h2>
<p>You pay our usual price for the service, plus a <strong>home visit fee of £40</strong> per visit.
In care homes, one visit fee covers every resident we see on the same day, so it is worth asking whether
anyone else would like to be seen.</p>
<h2>Arranging a visit</h2>
<p>Home visits run on Mondays and Thursdays. Please book at least a week ahead by phone, as we plan our routes
in advance. If the person we are visiting has memory difficulties, please make sure a relative or carer can be
there. We will need a table to work at and a plug socket.</p>
<p>Care home managers: we are happy to set up regular visiting days for your residents. Call Sue on
<a href="tel:+441632960418">01632 960418</a>.</p>""",
        ),
        _SIDEBAR_CTA,
    )
    + _section(_TESTIMONIALS)
    + _book_strip("Call us to arrange a home visit."),
    content_id=58120345109,
)

# ---------------------------------------------------------------------------------------------------------------
# Aftercare
# ---------------------------------------------------------------------------------------------------------------
_page(
    "/aftercare/",
    "Hearing Aid Aftercare | Ashdown Hearing Care",
    "Getting used to new hearing aids, follow-up appointments, cleaning and troubleshooting.",
    _banner("Aftercare", "Looking after you, and your hearing aids, for as long as you have them")
    + _section(
        _module(
            """<h2>Your first few weeks</h2>
<p>Your brain needs time to get used to sounds it may not have heard clearly for years. On the first day wear
your aids for a few hours at home, then build up until you are wearing them all day. It is normal for your own
voice to sound odd at first and for everyday noises &ndash; the fridge, rustling paper, the indicator in the car
&ndash; to seem loud. Most people feel settled within two to four weeks.</p>
<h2>Your follow-up appointments</h2>
<ul>
<li><strong>Two weeks after fitting:</strong> we fine-tune the settings based on how you are getting on.</li>
<li><strong>Six weeks after fitting:</strong> a further check and any adjustments.</li>
<li><strong>Every year:</strong> a hearing review, re-test and clean, free for the life of your aids.</li>
</ul>
<p>Many modern aids can also be adjusted remotely through the manufacturer's app, so a small tweak doesn't
always need a trip into town.</p>
<h2>Everyday care</h2>
<ul>
<li>Wipe your aids with a dry cloth every evening and brush the microphone openings.</li>
<li>Change the wax guard once a month, or whenever the sound becomes muffled.</li>
<li>Keep them in the charger or the drying box overnight.</li>
<li>Take them out before showering, swimming or using hairspray.</li>
</ul>
<h2>Why is my hearing aid whistling?</h2>
<p>Whistling is called feedback: amplified sound escaping and being picked up again by the microphone.
A short whistle when something comes close to your ear &ndash; a hug, a hat, a scarf or a phone &ndash; is
normal and nothing to worry about; modern aids cancel most of it within a second. If it whistles all the time,
check that the aid is pushed fully into your ear, and that the dome or mould isn't worn. Wax in your ear canal is
another common cause. If it carries on, bring it to our <a href="/repairs-and-batteries/">drop-in clinic</a>.</p>
<h2>When to come back sooner</h2>
<p>Call us if your hearing seems to have changed, your aids sound weak or distorted, or they have become
uncomfortable.</p>""",
        ),
        _SIDEBAR_CTA + _SIDEBAR_LINKS,
    )
    + _book_strip(),
    content_id=58120345110,
)

# ---------------------------------------------------------------------------------------------------------------
# About us
# ---------------------------------------------------------------------------------------------------------------
_page(
    "/about-us/",
    "About Us | Ashdown Hearing Care",
    "A family-run, fully independent hearing clinic on Crowborough High Street since 2009.",
    _banner("About us", "Family-run, fully independent and proudly local")
    + _section(
        _module(
            """<h2>Our story</h2>
<p>Helen Marsh opened Ashdown Hearing Care in 2009 after fourteen years working in NHS audiology departments.
She wanted to offer the kind of care she had never had time to give in a busy hospital clinic: long
appointments, real choice and the same clinician every visit. The first clinic was a single room above a
chemist's on Croft Road. In 2016 we moved into The Old Bank on the High Street, where the former strongroom is
now our soundproofed test room.</p>
<h2>Truly independent</h2>
<p>We are owned by the people who work here. We are not part of a high-street chain and we are not owned by a
hearing aid manufacturer, so we are free to recommend any product from any maker. None of our team is paid
commission or given sales targets.</p>
<h2>Qualified and registered</h2>
<p>All of our audiologists are registered with the Health and Care Professions Council (HCPC) as hearing aid
dispensers, and the clinic is a member of the British Society of Hearing Aid Audiologists (BSHAA). Our ear care
practitioner holds an accredited qualification in microsuction and the whole team completes regular training.
You can check any registration on the HCPC website.</p>
<h2>In the community</h2>
<p>We give free talks on hearing loss to local groups such as the WI, U3A and Probus clubs &ndash; just ask.</p>
<p><strong>Hearing aid recycling:</strong> old, unwanted or outgrown hearing aids of any make can be dropped into
the donation box at our reception. We pass them to a charity that refurbishes them for people in low-income
countries who would otherwise go without. It is a lovely way to make use of a relative's aids after they have
passed away.</p>""",
        ),
        _TESTIMONIALS,
    )
    + _book_strip(),
    content_id=58120345111,
)

# ---------------------------------------------------------------------------------------------------------------
# Our team
# ---------------------------------------------------------------------------------------------------------------


def _team_card(name, role, photo, text):
    return f"""<div class="team-member">
<img class="team-member__photo" src="/hubfs/team/{photo}.jpg" alt="{name}" loading="lazy" width="280">
<div class="team-member__body">
<h3 class="team-member__name">{name}</h3>
<p class="team-member__role">{role}</p>
<p>{text}</p>
</div>
</div>"""


_page(
    "/our-team/",
    "Our Team | Ashdown Hearing Care",
    "Meet the audiologists, ear care practitioner and reception team at Ashdown Hearing Care.",
    _banner("Our team", "The familiar faces you'll see every time you visit")
    + _section(
        _module(
            '<div class="team-grid">\n'
            + _team_card(
                "Helen Marsh",
                "Clinical Director &amp; Senior Audiologist",
                "helen",
                "Helen founded Ashdown in 2009. She holds a BSc in Audiology and has a special interest in complex "
                "hearing loss and hearing for musicians. Helen's clinics are Monday to Thursday.",
            )
            + _team_card(
                "Tomasz Nowak",
                "Audiologist &amp; Tinnitus Lead",
                "tomasz",
                "Tomasz trained at University College London, gaining an MSc in Audiology, and joined us in 2018. "
                "He runs our tinnitus clinic and is fluent in Polish as well as English. You'll find him here on "
                "Tuesdays, Wednesdays (including the late clinic), Fridays and Saturdays.",
            )
            + _team_card(
                "Priya Chauhan",
                "Ear Care Practitioner",
                "priya",
                "Priya was a practice nurse for twenty years and has specialised in microsuction since 2015. "
                "She speaks Gujarati and Hindi. Priya runs our wax clinics on Monday, Wednesday, Friday and "
                "Saturday mornings and does most of our home visits.",
            )
            + _team_card(
                "Sue Bennett",
                "Practice Manager",
                "sue",
                "Sue keeps everything running and is usually the voice you hear on the phone. She has British Sign "
                "Language Level 2, and with a week's notice she can book a qualified BSL interpreter for your "
                "appointment at no cost to you.",
            )
            + _team_card(
                "Jamie Cole",
                "Receptionist &amp; Repairs Technician",
                "jamie",
                "Jamie runs the drop-in repair clinic and can fix most hearing aid problems while you wait. "
                "Outside clinic times he looks after orders, batteries and deliveries.",
            )
            + "\n</div>",
            kind="module",
            extra="team-grid-module",
        )
    )
    + _book_strip("Ask for your preferred clinician when you book."),
    content_id=58120345112,
)

# ---------------------------------------------------------------------------------------------------------------
# Book an appointment
# ---------------------------------------------------------------------------------------------------------------
_page(
    "/book-an-appointment/",
    "Book an Appointment | Ashdown Hearing Care",
    "Book a hearing test, ear wax removal or tinnitus consultation online or by phone.",
    _banner("Book an appointment", "Online, by phone or in person &ndash; whichever suits you")
    + _section(
        _module(
            """<h2>How to book</h2>
<p>Call us on <a href="tel:+441632960418">01632 960418</a>, email
<a href="mailto:hello@ashdownhearing.co.uk">hello@ashdownhearing.co.uk</a>, pop into reception, or send us the
form below and we will ring you back within one working day to confirm a time.</p>""",
        )
        + _module(
            """<div class="hbspt-form" id="hbspt-form-booking">
<form id="hsForm_booking" class="hs-form stacked hs-custom-form" action="#" method="post" novalidate>
<div class="hs_firstname hs-form-field"><label for="firstname">Full name <span class="hs-form-required">*</span>
</label><div class="input"><input id="firstname" name="firstname" type="text" required></div></div>
<div class="hs_phone hs-form-field"><label for="phone">Phone number <span class="hs-form-required">*</span>
</label><div class="input"><input id="phone" name="phone" type="tel" required></div></div>
<div class="hs_email hs-form-field"><label for="email">Email</label>
<div class="input"><input id="email" name="email" type="email"></div></div>
<div class="hs_appointment_type hs-form-field"><label for="appointment_type">Appointment type</label>
<div class="input"><select id="appointment_type" name="appointment_type">
<option value="">Please select</option>
<option>Hearing test</option>
<option>Ear wax removal</option>
<option>Tinnitus consultation</option>
<option>Hearing aid consultation</option>
<option>Hearing protection impressions</option>
<option>Home visit</option>
<option>Something else</option>
</select></div></div>
<div class="hs_preferred_day hs-form-field"><label for="preferred_day">Preferred days and times</label>
<div class="input"><input id="preferred_day" name="preferred_day" type="text"></div></div>
<div class="hs_message hs-form-field"><label for="message">Anything we should know?</label>
<div class="input"><textarea id="message" name="message"></textarea></div></div>
<div class="legal-consent-container"><p>By submitting this form you agree to us contacting you about your
appointment. See our <a href="/policies/">privacy policy</a>.</p></div>
<div class="hs_submit hs-submit"><div class="actions">
<input type="submit" class="hs-button primary large" value="Request appointment"></div></div>
</form>
</div>""",
            kind="form",
            extra="booking-form",
        )
        + _module(
            """<h2>Reminders</h2>
<p>You will receive a confirmation email, and a text message reminder two days before your appointment.</p>
<h2>Cancelling or changing an appointment</h2>
<p>Please give us <strong>at least 24 hours' notice</strong> if you need to cancel or rearrange, by phone or
email, so we can offer the slot to someone else.</p>
<ul>
<li>Ear wax removal appointments cancelled with less than 24 hours' notice, or missed altogether, are charged
at <strong>£20</strong>.</li>
<li>We don't charge for missed hearing tests, but please let us know.</li>
<li>If you arrive more than 15 minutes late we may need to rebook you, so that we don't cut short the next
person's appointment.</li>
</ul>
<h2>Paying</h2>
<p>Payment is taken at the end of each appointment. We accept cash, all major debit and credit cards including
American Express, contactless, Apple Pay and Google Pay. Hearing aids can also be paid for by bank transfer.
We are sorry that we no longer accept cheques.</p>""",
        ),
        _SIDEBAR_LINKS,
    ),
    content_id=58120345113,
)

# ---------------------------------------------------------------------------------------------------------------
# Contact
# ---------------------------------------------------------------------------------------------------------------
_page(
    "/contact-us/",
    "Contact &amp; Find Us | Ashdown Hearing Care",
    "Address, opening hours, parking and directions to Ashdown Hearing Care on Crowborough High Street.",
    _banner("Contact &amp; find us", "The Old Bank, 21 High Street, Crowborough")
    + _section(
        _module(
            """<h2>Get in touch</h2>
<p>Phone: <a href="tel:+441632960418">01632 960418</a><br>
Email: <a href="mailto:hello@ashdownhearing.co.uk">hello@ashdownhearing.co.uk</a><br>
Text only (for Deaf and hard of hearing patients): <a href="tel:+447700900418">07700 900418</a></p>
<p>Ashdown Hearing Care, The Old Bank, 21 High Street, Crowborough, East Sussex TN6 2QA</p>
<h2>Opening hours</h2>
<table class="hours-table">
<tbody>
<tr><td>Monday</td><td>9.00am &ndash; 5.30pm</td></tr>
<tr><td>Tuesday</td><td>9.00am &ndash; 5.30pm</td></tr>
<tr><td>Wednesday</td><td>9.00am &ndash; 7.00pm</td></tr>
<tr><td>Thursday</td><td>9.00am &ndash; 5.30pm</td></tr>
<tr><td>Friday</td><td>9.00am &ndash; 5.30pm</td></tr>
<tr><td>Saturday</td><td>9.00am &ndash; 1.00pm</td></tr>
<tr><td>Sunday</td><td>Closed</td></tr>
</tbody>
</table>
<p><strong>Bank holidays:</strong> we are closed on all bank holidays, including Good Friday and Easter Monday,
and over Christmas from 24 December to 1 January inclusive. Leave a message on the answerphone and we will call
you back on our next working day.</p>
<h2>Finding us</h2>
<p>We are in the handsome red-brick former bank building near the top of the High Street, a short walk down
from the Crowborough Cross roundabout.</p>
<p><strong>Parking:</strong> there are two Blue Badge bays directly outside the clinic. The nearest car park is
the Pine Grove pay and display, about three minutes' walk away; allow for up to two hours' parking for a hearing
aid fitting. There is also free 30-minute on-street parking along Croft Road.</p>
<p><strong>By bus:</strong> routes 29 and 228 stop at the Cross, two minutes' walk away.<br>
<strong>By train:</strong> Crowborough station at Jarvis Brook is about a mile and a half away; there is
usually a taxi outside.</p>
<h2>Accessibility</h2>
<p>Our entrance is step-free and all of our clinic rooms are on the ground floor. Reception has an induction
loop and we have an accessible toilet.</p>""",
        ),
        _module(
            """<div class="map-embed">
<img src="/hubfs/images/map-crowborough-high-street.png" alt="Map showing Ashdown Hearing Care on the High Street"
 width="400" loading="lazy">
<a class="button button--small" href="https://www.google.com/maps/search/Ashdown+Hearing+Care+Crowborough"
 target="_blank" rel="noopener">Open in Google Maps</a>
</div>""",
            kind="module",
            extra="map",
        )
        + _SIDEBAR_CTA,
    ),
    content_id=58120345114,
)

# ---------------------------------------------------------------------------------------------------------------
# FAQ
# ---------------------------------------------------------------------------------------------------------------
_FAQS = [
    (
        "Do I need a referral from my GP?",
        "No. You can book any of our services directly, without a referral. If we find anything during your "
        "appointment that needs medical attention, we will explain why and, with your permission, write to your GP.",
    ),
    (
        "What is the difference between NHS and private hearing aids?",
        "NHS hearing aids are free, and for many people they work well. Going private gives you a much wider choice "
        "of styles and technology, including the smallest and newest models, longer appointments, and usually "
        "much shorter waiting times.",
    ),
    (
        "Can you look after my NHS hearing aids?",
        "NHS hearing aids remain the property of the NHS, so we are not able to retube, repair or reprogramme "
        "them. Please contact the audiology department that issued them, who will also supply your batteries. "
        "We are very happy to test your hearing or remove ear wax if you wear NHS aids.",
    ),
    (
        "Will my health insurance cover the cost?",
        "Most private medical insurance policies don't cover hearing aids, but many health cash plans will "
        "contribute towards hearing tests, hearing aids or ear wax removal. We can't bill insurers directly; we "
        "give you an itemised receipt to send to your provider so you can claim the money back.",
    ),
    (
        "Why won't my GP surgery remove ear wax any more?",
        "Many surgeries stopped offering ear syringing because it is no longer part of the core services they are "
        "funded to provide. Microsuction is now widely seen as the safer method.",
    ),
    (
        "Will hearing aids make my hearing normal again?",
        "Hearing aids can't restore natural hearing, but they make speech much clearer and reduce the effort of "
        "listening. Most people notice a big difference in conversation and in how tired they feel at the end of "
        "the day.",
    ),
    (
        "Do I really need two hearing aids?",
        "If you have hearing loss in both ears, two aids usually help you tell where sound is coming from and "
        "follow speech in noise. Your audiologist will give you an honest opinion based on your results.",
    ),
    (
        "How long do hearing aids last?",
        "Usually five to seven years, depending on how well they are looked after and whether your hearing changes.",
    ),
    (
        "Can I wear my hearing aids in the shower?",
        "Most modern aids are water-resistant rather than waterproof. A little rain is fine, but take them out "
        "before you shower or swim.",
    ),
]


def _accordion(items):
    parts = []
    for i, (question, answer) in enumerate(items, start=1):
        parts.append(
            f"""<div class="accordion-item">
<button class="accordion-toggle" aria-expanded="false" aria-controls="faq-panel-{i}">{question}</button>
<div class="accordion-panel" id="faq-panel-{i}" hidden><p>{answer}</p></div>
</div>"""
        )
    return '<div class="accordion" data-accordion>\n' + "\n".join(parts) + "\n</div>"


_page(
    "/faq/",
    "Frequently Asked Questions | Ashdown Hearing Care",
    "Answers to common questions about hearing tests, hearing aids, NHS aids, insurance and ear wax.",
    _banner("Frequently asked questions", "Can't see your question? Give us a call and we'll be glad to help")
    + _section(
        _module(_accordion(_FAQS), kind="module", extra="faq-accordion"),
        _SIDEBAR_CTA + _SIDEBAR_LINKS,
    )
    + _book_strip(),
    content_id=58120345115,
)

# ---------------------------------------------------------------------------------------------------------------
# Policies
# ---------------------------------------------------------------------------------------------------------------
_page(
    "/policies/",
    "Policies | Ashdown Hearing Care",
    "Hearing aid trial and returns, complaints, privacy and cookie policies at Ashdown Hearing Care.",
    _banner("Our policies", "Returns, complaints, privacy and cookies")
    + _section(
        _module(
            """<div class="policy-nav"><a href="#returns">Trial &amp; returns</a> |
<a href="#complaints">Complaints</a> | <a href="#privacy">Privacy</a> | <a href="#cookies">Cookies</a></div>
<h2 id="returns">Hearing aid trial and returns</h2>
<p>Every pair of hearing aids comes with a <strong>45-day trial</strong>, starting from the day they are fitted.
If you are not happy with them during that time, we will first try adjustments or a different model. If you
still decide they are not for you, return them in good condition with their accessories for a refund of the
price you paid, less a professional fitting fee of £150 per pair. Custom-made in-ear aids and moulds carry a
further non-refundable charge of £100 per aid, because they are made to fit your ears only.</p>
<p>This does not affect your statutory rights.</p>
<h2 id="complaints">Complaints</h2>
<p>We hope you will always be happy with our care, but if something has gone wrong we want to know. Please speak
to the clinician you saw, or ask to speak to Helen Marsh, our Clinical Director. You can also write to us at the
clinic address or email <a href="mailto:hello@ashdownhearing.co.uk">hello@ashdownhearing.co.uk</a>
marked &ldquo;Complaint&rdquo;.</p>
<p>We will acknowledge your complaint within three working days and send you a full response within 15 working
days. If you remain unhappy with our response, you can contact the Health and Care Professions Council about a
clinician's professional conduct, or the Citizens Advice consumer helpline for advice on your options.</p>
<h2 id="privacy">Privacy</h2>
<p>We keep your personal and clinical information securely and only use it to provide your care, to remind you
about appointments and, if you opt in, to send occasional news. We never sell your details. Clinical records
are kept for eight years after your last appointment. You can ask for a copy of the information we hold about
you at any time by contacting the practice manager.</p>
<h2 id="cookies">Cookies</h2>
<p>Our website uses essential cookies to work and, with your consent, analytics cookies to help us understand how
it is used. You can change your choice at any time using the cookie banner.</p>""",
        ),
        _SIDEBAR_LINKS,
    ),
    content_id=58120345116,
)


QUESTIONS = [
    (
        "My husband has the telly up so loud the neighbours have started complaining. What actually happens at a "
        "hearing test and how long will he be in there?",
        "/hearing-tests/",
    ),
    ("Do I need to get a referral from my doctor first?", "/faq/"),
    ("My NHS hearing aid tubing has gone hard and yellow, can you replace it for me", "/faq/"),
    (
        "can i claim the cost of hearing aids back on my health insurance? I've got a policy through work",
        "/faq/",
    ),
    ("How much is it to have the wax sucked out of both ears?", "/ear-wax-removal/"),
    (
        "I had grommets as a kid and a perforated ear drum a few years back, is it still ok for me to have the "
        "suction thing done?",
        "/ear-wax-removal/",
    ),
    ("whats the cheapest pair of hearing aids you do", "/hearing-aid-prices/"),
    (
        "Is there any way of paying for hearing aids bit by bit? We can't really find it all in one go at the moment.",
        "/hearing-aid-prices/",
    ),
    (
        "Ever since a gig last month I've had this high pitched ringing that won't go away, it's worst at night. "
        "Is that something you deal with?",
        "/tinnitus/",
    ),
    ("I can hear a whooshing in my left ear that goes in time with my heartbeat", "/tinnitus/"),
    (
        "Mum's in a care home in Heathfield and can't really get out any more, could someone come and see her there?",
        "/home-visits/",
    ),
    ("How much extra does it cost for you to come out to the house?", "/home-visits/"),
    (
        "The little tube on my hearing aid looks blocked and it's gone really quiet. Do I need an appointment or "
        "can I just pop in?",
        "/repairs-and-batteries/",
    ),
    ("do u sell 312 batterys and how much", "/repairs-and-batteries/"),
    ("Is there anywhere to park near you?", "/contact-us/"),
    ("Are you open on Easter Monday?", "/contact-us/"),
    (
        "I've got a wax appointment tomorrow morning but something's come up and I can't make it, will I get "
        "charged if I cancel now?",
        "/book-an-appointment/",
    ),
    ("Can I pay with American Express", "/book-an-appointment/"),
    (
        "My son's the drummer in a band and I'm a bit worried about his ears. Do you do those proper moulded "
        "earplugs and what do they cost?",
        "/hearing-protection/",
    ),
    (
        "My new hearing aids squeal every time I give someone a hug or put my woolly hat on. Is something wrong "
        "with them?",
        "/aftercare/",
    ),
    ("My dad's English isn't great, is there anyone there who speaks Polish?", "/our-team/"),
    (
        "I've got a drawer full of my late father's old hearing aids. Is there anything useful I can do with them "
        "rather than bin them?",
        "/about-us/",
    ),
    (
        "If I buy hearing aids and just can't get on with them, can I give them back and get my money back?",
        "/policies/",
    ),
    ("I'm not happy with how I was treated at my last appointment and want to complain, who do I go to?", "/policies/"),
    (
        "Can I get the really tiny ones that sit right down inside the ear so nobody can tell I'm wearing them?",
        "/hearing-aids/",
    ),
]

OUT_OF_SCOPE = [
    "Do you do eye tests as well? I need new glasses too.",
    "Can you pierce my daughter's ears while we're in?",
    "Do you sell gift vouchers? I'd like to treat my mum for her birthday.",
    "Are you hiring at the moment? I'm just finishing my audiology degree.",
    "Do you do Hopi ear candling?",
    "Is there a discount for ex-forces or veterans?",
    "Who won the Brighton game on Saturday?",
    "Can you recommend a good Italian restaurant near the clinic?",
]
