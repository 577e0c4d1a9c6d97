"""An evaluation site: Tamarside Plumbing & Heating, a plumbing, drainage and heating firm in Plymouth, Devon (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a Jimdo Dolphin/Creator
site: jtpl-* template wrappers, nested cc-nav-level menus, j-module header/text/textWithImage/hgrid modules,
an FAQ written as a run of h3 header modules each followed by a text module, and a jtpl-footer with j-meta-links.
"""

import itertools

NAME = "Tamarside Plumbing & Heating"

_ids = itertools.count(8841203517, 7)


def _mid() -> int:
    return next(_ids)


def _hdr(text: str, level: int = 2) -> str:
    i = _mid()
    return (
        f'<div id="cc-m-{i}" class="j-module n j-header ">'
        f'<h{level} class="" id="cc-m-header-{i}">{text}</h{level}></div>\n'
    )


def _txt(html: str) -> str:
    i = _mid()
    return f'<div id="cc-m-{i}" class="j-module n j-text ">{html}</div>\n'


def _twi(img: str, alt: str, html: str) -> str:
    i = _mid()
    return (
        f'<div id="cc-m-{i}" class="j-module n j-textWithImage ">'
        f'<div class="cc-m-textwithimage clearover">'
        f'<figure class="cc-imagewrapper cc-m-image-align-1 cc-m-width-maxed">'
        f'<img srcset="/image/{img}?w=320 320w, /image/{img}?w=640 640w" sizes="(min-width: 480px) 320px, 100vw"'
        f' id="cc-m-textwithimage-image-{i}" src="/image/{img}?w=320" alt="{alt}" class="" data-src-width="1024"'
        f' data-src-height="768"></figure>'
        f'<div><div id="cc-m-textwithimage-{i}" data-name="text" data-action="text"'
        f' class="cc-m-textwithimage-inline-rte">{html}</div></div></div></div>\n'
    )


def _grid(*cols: str) -> str:
    i = _mid()
    width = round(100 / len(cols) - 1.5, 2)
    parts = []
    for n, col in enumerate(cols):
        last = n == len(cols) - 1
        parts.append(
            f'<div class="cc-m-hgrid-column{" last" if last else ""}" style="width: {width}%;">'
            f'<div id="cc-matrix-{_mid()}">{col}</div></div>'
        )
        if not last:
            parts.append('<div class="cc-m-hgrid-separator" data-display="cms-only"><div></div></div>')
    return (
        f'<div id="cc-m-{i}" class="j-module n j-hgrid "><div class="cc-m-hgrid-wrapper clearover">'
        + "\n".join(parts)
        + '<div class="cc-m-hgrid-overlay" data-display="cms-only"></div></div></div>\n'
    )


def _cta(text: str, href: str) -> str:
    i = _mid()
    return (
        f'<div id="cc-m-{i}" class="j-module n j-callToAction "><div class="j-calltoaction-wrapper '
        f'j-calltoaction-align-2"><a class="j-calltoaction-link j-calltoaction-link-style-2" data-action="button"'
        f' href="{href}" data-title="{text}">{text}</a></div></div>\n'
    )


def _spacer(px: int = 20) -> str:
    i = _mid()
    return (
        f'<div id="cc-m-{i}" class="j-module n j-spacing ">'
        f'<div class="cc-m-spacer" style="height: {px}px;">\n</div></div>\n'
    )


def _hr() -> str:
    return f'<div id="cc-m-{_mid()}" class="j-module n j-hr "><hr></div>\n'


# --------------------------------------------------------------------------------------------------------------
# Navigation (label, href, children)
# --------------------------------------------------------------------------------------------------------------

_NAV = [
    ("Home", "/", []),
    ("24/7 Emergency", "/emergency-plumbing/", []),
    (
        "Plumbing",
        "/leaks-pipes-tanks/",
        [
            ("Leaks, Pipes &amp; Tanks", "/leaks-pipes-tanks/"),
            ("Toilets, Taps &amp; Showers", "/toilets-taps-showers/"),
            ("Outside Taps &amp; Garden", "/outside-taps-garden/"),
            ("Water Softeners", "/water-softeners/"),
        ],
    ),
    (
        "Drainage",
        "/blocked-drains/",
        [
            ("Blocked Drains &amp; Sinks", "/blocked-drains/"),
            ("Drain Jetting &amp; CCTV Surveys", "/drain-jetting-cctv-surveys/"),
            ("Septic Tanks &amp; Soakaways", "/septic-tanks-soakaways/"),
        ],
    ),
    (
        "Heating",
        "/boilers/",
        [
            ("Gas Boiler Repairs &amp; Servicing", "/boilers/"),
            ("Oil Boilers (OFTEC)", "/oil-boilers/"),
            ("Central Heating &amp; Radiators", "/central-heating/"),
        ],
    ),
    ("Landlords", "/landlords/", []),
    ("Prices", "/prices-payment/", []),
    (
        "About",
        "/about-us/",
        [
            ("Our Team &amp; Reviews", "/about-us/"),
            ("Guarantees &amp; Complaints", "/guarantees-complaints/"),
            ("FAQ", "/faq/"),
        ],
    ),
    ("Contact", "/contact/", []),
]


def _nav(current: str) -> str:
    out = ['<ul class="cc-nav-level-0 j-nav-level-0">']
    for n, (label, href, children) in enumerate(_NAV):
        child_hrefs = [h for _, h in children]
        li_cls = "jmd-nav__list-item-0"
        a_cls = ""
        if children:
            li_cls += " j-nav-has-children"
        if href == current and not children:
            li_cls += " cc-nav-current j-nav-current jmd-nav__item--current"
            a_cls = "cc-nav-current j-nav-current jmd-nav__link--current"
        elif current in child_hrefs:
            li_cls += " cc-nav-parent j-nav-parent jmd-nav__item--parent"
            a_cls = "cc-nav-parent j-nav-parent jmd-nav__link--parent"
        view = 2190441 + n * 13
        out.append(
            f'<li id="cc-nav-view-{view}" class="{li_cls}"><a href="{href}" class="{a_cls}"'
            f' data-link-title="{label}">{label}</a>'
        )
        if children:
            out.append(f'<span data-navi-toggle="cc-nav-view-{view}" class="jmd-nav__toggle-button"></span>')
            out.append('<ul class="cc-nav-level-1 j-nav-level-1">')
            for m, (clabel, chref) in enumerate(children):
                cur = " cc-nav-current j-nav-current jmd-nav__item--current" if chref == current else ""
                out.append(
                    f'<li id="cc-nav-view-{view}{m}" class="jmd-nav__list-item-1{cur}"><a href="{chref}"'
                    f' data-link-title="{clabel}">{clabel}</a></li>'
                )
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul>")
    return "\n".join(out)


def _breadcrumb(current: str, title: str) -> str:
    if current == "/":
        return ""
    parent = ""
    for label, href, children in _NAV:
        if any(h == current for _, h in children) and href != current:
            parent = (
                '<li itemscope itemprop="itemListElement" itemtype="https://schema.org/ListItem">'
                f'<a href="{href}" itemprop="item"><span itemprop="name">{label}</span></a>'
                '<meta itemprop="position" content="2"></li>'
            )
    return (
        '<div class="jtpl-breadcrumb breadcrumb-options"><div data-container="navigation">'
        '<div class="j-nav-breadcrumb"><ol class="breadcrumb-list" itemscope itemtype="https://schema.org/BreadcrumbList">'
        '<li itemscope itemprop="itemListElement" itemtype="https://schema.org/ListItem">'
        '<a href="/" itemprop="item"><span itemprop="name">Home</span></a><meta itemprop="position" content="1"></li>'
        f'{parent}<li itemscope itemprop="itemListElement" itemtype="https://schema.org/ListItem">'
        f'<a href="{current}" itemprop="item" class="j-nav-current"><span itemprop="name">{title}</span></a>'
        '<meta itemprop="position" content="3"></li></ol></div></div></div>'
    )


_ANALYTICS = """<script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date()); gtag('config', 'G-TMS0PLY7Q2', {'anonymize_ip': true});
</script>"""

_SIDEBAR = """<aside class="jtpl-sidebar sidebar-options"><div class="jtpl-sidebar__inner">
<div data-container="sidebar"><div id="cc-matrix-3310098812">
<div class="j-module n j-header "><h2 class="">Water where it shouldn't be?</h2></div>
<div class="j-module n j-text "><p><strong>Emergency line, day or night:</strong><br>
<a href="tel:+447700900412">07700 900412</a></p>
<p>Not urgent? Ring the office on <a href="tel:+441752960431">01752 960431</a> or
<a href="/contact/">send us a message</a>.</p></div>
<div class="j-module n j-hr "><hr></div>
<div class="j-module n j-header "><h3 class="">Office hours</h3></div>
<div class="j-module n j-text "><p>Mon&ndash;Fri 8am&ndash;5.30pm<br>Sat 8.30am&ndash;12.30pm<br>
Emergency call-outs 24/7</p></div>
<div class="j-module n j-imageSubtitle "><figure class="cc-imagewrapper cc-m-image-align-3">
<img src="/image/gas-safe-oftec-logos.png?w=240" alt="Gas Safe Register and OFTEC registered"></figure></div>
<div class="j-module n j-callToAction "><div class="j-calltoaction-wrapper j-calltoaction-align-2">
<a class="j-calltoaction-link j-calltoaction-link-style-1" href="/contact/">Book an engineer</a></div></div>
</div></div></div></aside>"""


def _page(path: str, title: str, description: str, body: str, sidebar: bool = True) -> str:
    side = _SIDEBAR if sidebar else ""
    layout = "jtpl-section--with-sidebar" if sidebar else "jtpl-section--full"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta charset="UTF-8">
<title>{title} | {NAME}</title>
<meta name="description" content="{description}">
<meta name="robots" content="index, follow, archive">
<meta property="st:section" content="{description}">
<meta name="generator" content="Jimdo Creator">
<meta name="twitter:title" content="{title}">
<meta name="twitter:description" content="{description}">
<meta name="twitter:card" content="summary_large_image">
<meta property="og:url" content="https://www.tamarsideplumbing.co.uk{path}">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{description}">
<meta property="og:type" content="website">
<meta property="og:locale" content="en_GB">
<meta property="og:site_name" content="{NAME}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="shortcut icon" href="/favicon.ico">
<link rel="canonical" href="https://www.tamarsideplumbing.co.uk{path}">
<link rel="stylesheet" href="/assets/css/web.css" type="text/css">
<link rel="stylesheet" href="/assets/css/layout-dolphin.css" type="text/css">
<link rel="stylesheet" href="/assets/css/fonts.css" type="text/css">
{_ANALYTICS}
</head>
<body class="body cc-page cc-page-index cc-indexpage j-m-flash-styles j-m-gallery-styles j-m-video-styles
 j-m-hr-styles j-m-header-styles j-m-text-styles j-m-emotionheader-styles j-m-htmlCode-styles j-m-rss-styles
 j-m-form-styles j-m-table-styles j-m-textWithImage-styles j-m-downloadDocument-styles j-m-imageSubtitle-styles
 j-m-flickr-styles j-m-googlemaps-styles j-m-blogSelection-styles j-m-comment-styles-none j-m-jimdo-styles
 j-m-profile-styles j-m-guestbook-styles j-m-promotion-styles j-m-twitter-styles j-m-hgrid-styles
 j-m-shoppingcart-styles j-m-catalog-styles j-m-product-styles-none j-m-facebook-styles j-m-sharebuttons-styles
 j-m-formnew-styles j-m-callToAction-styles j-m-turbo-styles j-m-spacing-styles j-m-googleplus-styles
 j-m-dummy-styles j-m-search-styles j-m-booking-styles j-footer-styles cc-pagemode-default cc-content-parent"
 id="page-{_mid()}">
<div id="cc-inner" class="cc-content-parent">
<input type="checkbox" id="jtpl-mobile-navigation__checkbox" class="jtpl-mobile-navigation__checkbox">
<div class="jtpl-main cc-content-parent">
<div class="jtpl-background-area" background-area=""></div>
<div class="jtpl-topbar"><div class="jtpl-topbar__inner">
<span class="jtpl-topbar__item">Gas Safe Reg. 587214</span>
<span class="jtpl-topbar__item">OFTEC Reg. C104872</span>
<span class="jtpl-topbar__item"><a href="tel:+447700900412">24/7 Emergencies: 07700 900412</a></span>
</div></div>
<header class="jtpl-header navigation-colors"><div class="jtpl-header__inner">
<div class="jtpl-logo"><div id="cc-website-logo" class="cc-single-module-element">
<div id="cc-m-1170034521" class="j-module n j-imageSubtitle"><div class="cc-m-image-container">
<figure class="cc-imagewrapper cc-m-image-align-1"><a href="/" target="_self">
<img src="/image/tamarside-logo.png?w=300" alt="Tamarside Plumbing &amp; Heating logo" class=""></a></figure>
</div></div></div></div>
<div class="jtpl-title"><div id="cc-website-title" class="cc-single-module-element">
<div id="cc-m-1170034528" class="j-module n j-header"><a href="/"><span
 class="cc-within-single-module-element j-website-title-content">Tamarside Plumbing &amp; Heating</span></a>
</div></div>
<p class="jtpl-title__tagline">Plumbing &middot; Drainage &middot; Heating &mdash; Plymouth, South Hams,
West Devon &amp; South East Cornwall</p></div>
<label for="jtpl-mobile-navigation__checkbox" class="jtpl-mobile-navigation__label">
<span class="jtpl-mobile-navigation__borders navigation-colors__menu-icon"></span></label>
<div class="jtpl-navigation"><nav class="jtpl-navigation__inner navigation-colors" data-dropdown="true">
<div data-container="navigation"><div class="j-nav-variant-nested">
{_nav(path)}
</div></div></nav></div>
</div></header>
<div class="jtpl-mobile-navigation navigation-colors"><div data-container="navigation">
<div class="j-nav-variant-nested">
{_nav(path)}
</div></div></div>
<div class="jtpl-section {layout}">
{_breadcrumb(path, title)}
<div class="jtpl-content content-options"><div class="jtpl-content__inner content-options-inner">
<div id="content_area" data-container="content"><div id="content_start"></div>
<div id="cc-matrix-{_mid()}">
{body}
</div></div>
</div></div>
{side}
</div>
<footer class="jtpl-footer footer-options"><div class="jtpl-footer__inner">
<div class="jtpl-footer__columns">
<div data-container="sidebar"><div id="cc-matrix-3310098899">
<div class="j-module n j-hgrid "><div class="cc-m-hgrid-wrapper clearover">
<div class="cc-m-hgrid-column" style="width: 31.5%;"><div>
<div class="j-module n j-header "><h3 class="">Tamarside Plumbing &amp; Heating Ltd</h3></div>
<div class="j-module n j-text "><p>Unit 7, Breakwater Trade Park<br>Cattedown Road<br>Plymouth PL4 0SN</p>
<p>Office: <a href="tel:+441752960431">01752 960431</a><br>
Emergencies: <a href="tel:+447700900412">07700 900412</a><br>
<a href="mailto:office@tamarsideplumbing.co.uk">office@tamarsideplumbing.co.uk</a></p></div>
</div></div>
<div class="cc-m-hgrid-column" style="width: 31.5%;"><div>
<div class="j-module n j-header "><h3 class="">Opening hours</h3></div>
<div class="j-module n j-text "><p>Office: Monday&ndash;Friday 8am&ndash;5.30pm, Saturday 8.30am&ndash;12.30pm<br>
Sunday: closed (emergency line only)<br>Emergency line: 24 hours, 365 days</p></div>
</div></div>
<div class="cc-m-hgrid-column last" style="width: 31.5%;"><div>
<div class="j-module n j-header "><h3 class="">Follow us</h3></div>
<div class="j-module n j-sharebuttons "><div class="cc-sharebuttons-element cc-sharebuttons-size-32
 cc-sharebuttons-style-colored cc-sharebuttons-design-round cc-sharebuttons-align-left">
<a class="cc-sharebuttons-facebook" href="https://www.facebook.com/tamarsideplumbing" title="Facebook"
 target="_blank" rel="noopener"></a>
<a class="cc-sharebuttons-instagram" href="https://www.instagram.com/tamarside_plumbing" title="Instagram"
 target="_blank" rel="noopener"></a>
<a class="cc-sharebuttons-nextdoor" href="https://nextdoor.co.uk/pages/tamarside-plumbing-heating-plymouth"
 title="Nextdoor" target="_blank" rel="noopener"></a>
</div></div>
<div class="j-module n j-text "><p>Gas Safe Register 587214 &middot; OFTEC C104872 &middot; WaterSafe approved
&middot; Checkatrade member</p></div>
</div></div>
</div></div>
</div></div>
</div>
<div id="contentfooter" data-container="footer">
<div class="leftrow"><div class="j-meta-links">
<a href="/about-us/">About</a> | <a href="#" data-jimdo-privacy="true">Privacy Policy</a> |
<a id="cookie-policy" href="#" data-cookie-settings="true">Cookie Policy</a> |
<a href="#" data-jimdo-sitemap="true">Sitemap</a></div>
<div class="j-admin-links"><span class="loggedout"><a rel="nofollow" id="login" href="#">Log in</a></span></div>
</div>
<div class="rightrow"><p>&copy; 2024 Tamarside Plumbing &amp; Heating Ltd. Registered in England &amp; Wales
no. 06981234. VAT no. GB 987 6543 21.</p></div>
</div>
</div></footer>
</div>
</div>
<div class="cc-individual-cookie-settings" id="cc-individual-cookie-settings" style="display: none"
 data-nosnippet="true"></div>
<div id="cookie-banner" class="cc-cookie-banner" role="dialog" aria-live="polite" data-nosnippet="true">
<div class="cc-cookie-banner__inner"><p>This website uses cookies so that it works properly and so we can see
how visitors use it. You can accept all cookies or choose which ones to allow.</p>
<button class="cc-cookie-banner__accept" type="button">Accept all</button>
<button class="cc-cookie-banner__settings" type="button">Cookie settings</button></div></div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------------------------
# Page bodies
# --------------------------------------------------------------------------------------------------------------

_HOME = (
    _hdr("Plumbers, drainage engineers &amp; heating engineers in Plymouth", 1)
    + _txt(
        """<p>Tamarside Plumbing &amp; Heating is a family-run firm based in Cattedown, looking after homes,
landlords and small businesses across Plymouth, the South Hams, West Devon and South East Cornwall since 2009.</p>
<p>Whether it's a dripping tap, a blocked drain, a boiler that has given up on the coldest night of the year or a
septic tank that needs checking before you sell, one phone call gets you a qualified, friendly engineer who turns
up when we say we will.</p>"""
    )
    + _cta("Book an engineer", "/contact/")
    + _spacer(30)
    + _grid(
        _hdr("Plumbing", 3)
        + _txt(
            """<p>Leaks, burst pipes, loft tanks, toilets that won't stop running, dripping taps, showers that
can't make up their mind, outside taps and water softeners.</p>
<p><a href="/leaks-pipes-tanks/">Plumbing services &raquo;</a></p>"""
        ),
        _hdr("Drainage", 3)
        + _txt(
            """<p>Blocked sinks, toilets and outside drains, high-pressure jetting, CCTV camera surveys for home
buyers, and septic tank and soakaway checks for rural properties.</p>
<p><a href="/blocked-drains/">Drainage services &raquo;</a></p>"""
        ),
        _hdr("Heating", 3)
        + _txt(
            """<p>Gas and oil boiler repairs and servicing, radiators, powerflushing, heating controls and gas
safety certificates for landlords.</p>
<p><a href="/boilers/">Heating services &raquo;</a></p>"""
        ),
    )
    + _spacer(30)
    + _twi(
        "tamarside-van-hoe.jpg",
        "Tamarside van parked on Plymouth Hoe",
        """<h2>Why Plymouth chooses Tamarside</h2>
<ul>
<li>Gas Safe and OFTEC registered engineers &ndash; no subcontractors</li>
<li>Clear prices published on our website, agreed before we start</li>
<li>Two-hour arrival slots, and a text when your engineer is on the way</li>
<li>Signwritten vans and photo ID on every visit</li>
<li>A real person on our emergency line, 24 hours a day</li>
</ul>""",
    )
    + _hr()
    + _hdr("What our customers say", 2)
    + _grid(
        _txt(
            """<blockquote><p>&ldquo;Rang at 7am with water pouring from the airing cupboard, Sam was here before
9 and had it sorted by 10. Lovely lad, tidied up after himself too.&rdquo;</p>
<p>&mdash; Pauline, Plymstock</p></blockquote>"""
        ),
        _txt(
            """<blockquote><p>&ldquo;Honest advice &ndash; they told us we didn't need the expensive job another
firm quoted for. Will use again.&rdquo;</p><p>&mdash; Mark &amp; Jo, Saltash</p></blockquote>"""
        ),
        _txt(
            """<blockquote><p>&ldquo;Jordan got our drain running again on a Sunday and showed us the camera
footage of what caused it. Very professional.&rdquo;</p><p>&mdash; Ade, Peverell</p></blockquote>"""
        ),
    )
    + _cta("See all our reviews", "/about-us/")
)

_EMERGENCY = (
    _hdr("24-Hour Emergency Plumber in Plymouth", 1)
    + _txt(
        """<p>Our emergency line is staffed 24 hours a day, 365 days a year &ndash; evenings, weekends, bank
holidays and Christmas included. Call <a href="tel:+447700900412"><strong>07700 900412</strong></a>. Outside office
hours you speak directly to the on-call engineer, not a call centre.</p>"""
    )
    + _hdr("What counts as an emergency?", 2)
    + _txt(
        """<ul>
<li>A burst pipe or a leak you can't stop</li>
<li>Water coming through a ceiling or near electrics</li>
<li>Your only toilet blocked or overflowing</li>
<li>Sewage backing up into the house</li>
<li>No heating or hot water where there's an elderly person, a baby or someone unwell in the house</li>
<li>A boiler or hot water cylinder leaking</li>
</ul>
<p><strong>If you smell gas</strong>, call the National Gas Emergency Service on 0800 111 999 first. Don't use
light switches or anything electrical, open doors and windows, and turn the gas off at the meter if it's safe to do
so.</p>"""
    )
    + _hdr("How quickly can you get to me?", 2)
    + _txt(
        """<p>Within the city (PL1&ndash;PL7 and PL9) we aim to be with you within <strong>90 minutes</strong> of
your call, often sooner. For villages further out and across the Tamar, allow up to two and a half hours. We'll
give you an honest time on the phone, and the engineer texts you when they set off. Out-of-hours rates are on our
<a href="/prices-payment/">prices page</a>.</p>"""
    )
    + _hdr("What to do while you wait", 2)
    + _hdr("1. Turn the water off at the stopcock", 3)
    + _txt(
        """<p>The inside stopcock is usually under the kitchen sink. In older terraces it's often under the stairs
or beneath a hatch in the front hallway floor; in flats it may be in the airing cupboard. Turn it clockwise. If you
can't find it, or it's seized, there is an outside stop tap under a small cover in the pavement, which needs a
stop-tap key.</p>"""
    )
    + _hdr("2. Switch off the heating and hot water", 3)
    + _txt("<p>Turn off the boiler and any immersion heater so they don't run dry or overheat.</p>")
    + _hdr("3. Drain the pipes", 3)
    + _txt(
        """<p>Open all the cold taps and flush the toilets. This empties the pipes and the loft tank much faster
so less water escapes.</p>"""
    )
    + _hdr("4. Stay safe around electrics", 3)
    + _txt(
        """<p>If water is near sockets or light fittings, switch off at the consumer unit (fuse box) if you can
reach it without touching anything wet. Never touch wet electrical fittings.</p>"""
    )
    + _hdr("5. Water coming through the ceiling", 3)
    + _txt(
        """<p>If the ceiling is bulging, put a bucket underneath and carefully pierce the lowest point with a
screwdriver. This lets the water out in a controlled way rather than the whole ceiling coming down. Then keep
everyone out of the room and move furniture and valuables away.</p>"""
    )
    + _hdr("6. Frozen pipes", 3)
    + _txt(
        """<p>Thaw a frozen pipe gently with a hairdryer on a low setting or a hot water bottle, working back from
the tap end. Never use a blowtorch or boiling water &ndash; that's how frozen pipes split.</p>"""
    )
    + _cta("Call 07700 900412 now", "tel:+447700900412")
)

_LEAKS = (
    _hdr("Leaking Pipes, Tanks &amp; Cylinders", 1)
    + _txt(
        """<p>Most leaks we're called to are small: a weeping compression joint under a sink, a pinhole in an old
copper pipe, a push-fit connector that's worked loose behind the bath panel. Left alone they rot floorboards,
stain ceilings and run up your water bill, so they're worth getting looked at early.</p>"""
    )
    + _hdr("Hidden leaks &amp; leak detection", 2)
    + _txt(
        """<p>A damp patch with no obvious source, a musty smell under the floor, or a water meter that keeps
turning when nothing is running usually means a hidden leak. To check the meter, turn off every tap and appliance,
note the reading, wait an hour without using any water and read it again.</p>
<p>We use thermal imaging, acoustic listening equipment and moisture meters to pinpoint leaks with the least
possible damage &ndash; usually lifting one or two floorboards rather than a whole floor. A leak detection visit
costs <strong>&pound;195</strong> (up to two hours on site, including written findings).</p>"""
    )
    + _twi(
        "loft-cold-water-tank.jpg",
        "Cold water storage tank in a loft",
        """<h2>Cold water tanks in the loft</h2>
<p>Lots of Plymouth homes, especially the older terraces in Stoke, Devonport and Mutley, still have a cold water
storage tank in the loft feeding the hot water cylinder and sometimes the bath taps. The tank is filled through a
ballvalve (float valve). When the valve's washer wears or the float sticks, the tank keeps filling and the excess
runs out of the <strong>overflow pipe</strong> &ndash; the small plastic pipe poking out of the wall or soffit
high up on the outside of the house, near the gutter.</p>
<p>A dripping or running overflow like that is nearly always a worn ballvalve, and it's a quick fix: we replace
the ballvalve for a fixed <strong>&pound;95</strong> including the part.</p>
<p>Old galvanised steel tanks rust through from the inside. We replace them with a modern plastic tank with an
insulated lid, jacket and the byelaw 30 kit required by the Water Regulations, from
<strong>&pound;420</strong>.</p>""",
    )
    + _hdr("Hot water cylinders", 2)
    + _txt(
        """<p>A leak from a copper cylinder in the airing cupboard &ndash; often around the immersion heater boss or
from a corroded base &ndash; usually means it's time for a new cylinder. We fit vented copper cylinders and, with
our G3-qualified engineers, unvented cylinders. Priced after a survey.</p>
<table class="j-table" border="1" cellpadding="6">
<tbody>
<tr><th>Job</th><th>Price</th></tr>
<tr><td>Replace loft tank ballvalve</td><td>&pound;95 fixed</td></tr>
<tr><td>Leak detection visit (up to 2 hours)</td><td>&pound;195</td></tr>
<tr><td>New loft cold water tank</td><td>from &pound;420</td></tr>
<tr><td>Other leak repairs</td><td>standard hourly rates</td></tr>
</tbody></table>"""
    )
    + _cta("Book a leak repair", "/contact/")
)

_TOILETS = (
    _hdr("Toilets, Cisterns, Taps &amp; Mixer Showers", 1)
    + _txt(
        """<p>The everyday jobs that drive you mad: the toilet that hisses all night, the tap that drips, the
shower that can't decide what temperature it wants to be. Our vans carry the common parts, so most of these are
fixed on the first visit.</p>"""
    )
    + _hdr("Toilet keeps running into the pan?", 2)
    + _txt(
        """<p>If water trickles into the bowl non-stop after you flush, the seal at the bottom of the cistern has
worn. On push-button cisterns it's the flush valve seal; on older lever toilets it's the siphon diaphragm. Either
way it's a <strong>fixed price repair: &pound;85 including parts</strong> for most makes (Ideal Standard, Roca,
Twyford, Armitage Shanks). A running toilet can waste over 400 litres a day, which soon shows on a water
meter.</p>
<p>We also reseal and refix toilets leaking at the base or rocking on the floor, replace cracked cisterns, and
service and repair Saniflo macerator toilets.</p>"""
    )
    + _hdr("Dripping taps", 2)
    + _txt(
        """<p>Traditional taps with rubber washers just need a new washer; modern quarter-turn taps need a new
ceramic cartridge. If you know the make of the tap, tell us when you book so we bring the right part. Replacing a
kitchen or basin mixer tap costs &pound;110 labour plus the tap.</p>"""
    )
    + _hdr("Mixer showers running hot and cold", 2)
    + _txt(
        """<p>There are two kinds of mixer shower. A <strong>manual mixer</strong> simply blends hot and cold, so
when someone runs a tap or flushes the toilet elsewhere in the house the balance changes and the shower suddenly
goes scalding or freezing. A <strong>thermostatic mixer</strong> has a cartridge that adjusts itself to keep the
temperature steady &ndash; but when that cartridge gets furred up or fails you get exactly the same symptoms.</p>
<p>We can service or replace a thermostatic cartridge (from &pound;120 fitted for most brands, including Mira,
Aqualisa, Grohe and Bristan), or swap a manual mixer for a thermostatic bar valve (from &pound;260 fitted, plus
the valve). You don't usually need a whole new shower.</p>
<p>Weak flow on a gravity-fed system? We repair and replace shower pumps, including Stuart Turner and Salamander
models.</p>"""
    )
    + _cta("Book a repair", "/contact/")
)

_BLOCKED = (
    _hdr("Blocked Drains, Sinks &amp; Toilets", 1)
    + _txt(
        """<p>Water draining slowly, gurgling noises from the plughole, a bad smell outside the back door or water
rising in a manhole &ndash; these are the signs of a blockage building up. Catch it early and it's usually a quick
job.</p>"""
    )
    + _hdr("Blockages inside the house", 2)
    + _txt(
        """<p>Sinks, basins, baths, showers and toilets: we clear them with plungers, hand augers and, where needed,
a small electric drain machine, and we'll take the trap apart and clean it while we're there. <strong>Fixed price
&pound;95</strong> for a blocked sink, basin, bath or shower during office hours.</p>"""
    )
    + _hdr("Outside drains and manholes", 2)
    + _txt(
        """<p>If a manhole cover (inspection chamber) on your drive or in the garden is full of water, or the
downstairs toilet and the outside gully are backing up at the same time, the blockage is further down the drain.
Stop flushing and running water until we arrive. We lift the covers to find where it has stopped and clear it
with drain rods or our van-mounted jetter.</p>
<table class="j-table" border="1" cellpadding="6"><tbody>
<tr><th>External drain unblock (includes up to 1 hour on site)</th><th>Price</th></tr>
<tr><td>Monday&ndash;Friday 8am&ndash;5.30pm</td><td>&pound;120</td></tr>
<tr><td>Evenings and weekends</td><td>&pound;165</td></tr>
</tbody></table>"""
    )
    + _hdr("Is it my drain or South West Water's?", 2)
    + _txt(
        """<p>Since October 2011 most shared drains and private sewers in England have belonged to the water
company. As a rule of thumb, the pipe that serves only your property and sits inside your boundary is yours. Once it
joins a neighbour's pipe, or runs beyond your boundary (under the pavement or road, for example), it's normally
South West Water's responsibility and they'll clear it free of charge &ndash; call them on 0344 346 2020.</p>
<p>Not sure which it is? We'll find out. If the blockage turns out to be in the public sewer we'll tell you, stop
work and you only pay for the first half hour.</p>"""
    )
    + _hdr("Help stop it happening again", 2)
    + _txt(
        """<p>Wet wipes (even &ldquo;flushable&rdquo; ones), cooking fat, cotton buds and hair cause most of the
blockages we see. Bin wipes, let fat set and put it in the bin, and fit a hair catcher in the shower.</p>"""
    )
    + _cta("Book a drain unblock", "/contact/")
)

_JETTING = (
    _hdr("Drain Jetting &amp; CCTV Drain Surveys", 1)
    + _txt(
        """<p>When rods aren't enough, or you need to know what's really going on underground, our drainage
technician Jordan brings the jetting van and the camera.</p>"""
    )
    + _hdr("High-pressure water jetting", 2)
    + _txt(
        """<p>Our van-mounted jetter works at up to 3,000 psi, cutting through fat, scale, silt and root growth and
scouring pipes back to their full bore. Root-cutting heads deal with tree roots that have got in through cracked
joints. We jet domestic drains, and regularly look after restaurant kitchens, schools and blocks of flats.
<strong>&pound;150 for the first hour, then &pound;95 per hour.</strong></p>"""
    )
    + _hdr("CCTV drain surveys", 2)
    + _txt(
        """<p>We push a waterproof camera through the drain, recording as it goes, and use a sonde to trace the
exact position and depth of any problem from above ground. Defects are graded to the WRc standard so any other
contractor or insurer can understand them. You receive a written report with stills and a download link to the
full video within two working days. <strong>Domestic CCTV survey &pound;216.</strong></p>"""
    )
    + _twi(
        "cctv-drain-camera.jpg",
        "CCTV drain survey camera being lowered into an inspection chamber",
        """<h2>Pre-purchase drain surveys for house buyers</h2>
<p>Buying an older home? Surveyors often recommend a drain survey when a house was built before about 1970, has
large trees near the drains, or shows any sign of movement. Clay pipes of that age crack and let roots in, and
repairs can run into thousands of pounds &ndash; far better to know before you exchange, so you can negotiate or
ask the seller to put it right.</p>
<p>Our <strong>pre-purchase drain survey costs &pound;275</strong>, including a report you can pass to your
solicitor and mortgage surveyor. We arrange access through the estate agent, so the seller doesn't need to be at
home.</p>""",
    )
    + _hdr("Drain repairs", 2)
    + _txt(
        """<p>Most cracked or displaced pipes can be repaired from the inside with no digging, using patch
liners or a full-length relining. Where a pipe has collapsed we excavate and replace the section. Repairs are
quoted in writing after a survey.</p>"""
    )
    + _cta("Book a survey", "/contact/")
)

_SEPTIC = (
    _hdr("Septic Tanks, Soakaways &amp; Treatment Plants", 1)
    + _txt(
        """<p>Plenty of our customers on the edge of Dartmoor, in the South Hams and up the Tamar Valley aren't on
mains drainage. If that's you, the septic tank or treatment plant and where it discharges are your
responsibility, and it pays to keep an eye on them.</p>"""
    )
    + _hdr("Septic tank discharging to a stream or ditch?", 2)
    + _txt(
        """<p>Under the Environment Agency's general binding rules for small sewage discharges in England, a septic
tank must not discharge directly into a watercourse &ndash; a stream, river, ditch or land drain. If yours does,
the deadline to put it right was <strong>1 January 2020</strong>, and you must also deal with it when you sell
the property or if it's found to be causing pollution.</p>
<p>The usual fixes are to connect the tank to a new drainage field (a proper soakaway), or to replace it with a
small sewage treatment plant, which is allowed to discharge to a watercourse. We'll survey your system, explain
the options in plain English and quote for the work. Installations are carried out with a local groundworks firm
we've worked with for years.</p>"""
    )
    + _hdr("Septic tank health check &ndash; &pound;240", 2)
    + _txt(
        """<p>Ideal when buying or selling a rural property, or if things just don't seem right. We:</p>
<ul>
<li>lift the lids and check the inlet and outlet pipes, T-pieces and baffle wall</li>
<li>check the crust and sludge levels and look for cracks or leaks in the tank</li>
<li>walk the soakaway or drainage field looking for boggy ground, unusually lush green strips or smells</li>
<li>check for slow-flushing toilets and gurgling inside</li>
<li>give you a written report with photos</li>
</ul>"""
    )
    + _hdr("Soakaway percolation tests", 2)
    + _txt(
        """<p>Planning a new drainage field? Building control will want a percolation (porosity) test carried out
to BS 6297 to show the ground can take the water. &pound;360 for a standard domestic test.</p>"""
    )
    + _hdr("Emptying", 2)
    + _txt(
        """<p>We don't own a tanker, so we don't empty septic tanks ourselves. Most tanks need desludging roughly
once a year by a licensed waste carrier; we'll recommend one of the local firms we trust, and we're happy to be
there on the day to inspect the tank while it's empty.</p>"""
    )
    + _cta("Book a septic tank check", "/contact/")
)

_BOILERS = (
    _hdr("Gas Boiler Repairs &amp; Servicing", 1)
    + _txt(
        """<p>All our heating engineers are Gas Safe registered (registration no. 587214). We repair and service
combi, system and regular boilers from all the major makers: Worcester Bosch, Vaillant, Baxi, Ideal, Viessmann,
Glow-worm and Potterton.</p>"""
    )
    + _hdr("Before you call: quick checks", 2)
    + _txt(
        """<ul>
<li><strong>Gas supply</strong> &ndash; if you have a prepayment meter, check there's credit; check other gas
appliances are working.</li>
<li><strong>Pressure</strong> &ndash; the gauge on the boiler should read between 1 and 1.5 bar when the heating
is cold. Below 1 bar, most boilers stop. You can top it up with the filling loop under the boiler (your boiler
manual shows how); if it keeps dropping, there's a leak somewhere and you should call us.</li>
<li><strong>Frozen condensate pipe</strong> &ndash; in a cold snap, condensing boilers often lock out because the
plastic pipe running outside has frozen. Pour warm (not boiling) water along the pipe where it leaves the house,
then reset the boiler.</li>
</ul>"""
    )
    + _hdr("Common fault codes", 2)
    + _txt(
        """<table class="j-table" border="1" cellpadding="6"><tbody>
<tr><th>Code</th><th>What it means</th></tr>
<tr><td>Vaillant F28 / F29</td><td>Ignition failure / flame lost &ndash; the boiler tried to light and couldn't.
Check the gas supply, then press reset once. If it comes back, it needs an engineer: it's often the gas valve, the
ignition electrode or a blocked condensate.</td></tr>
<tr><td>Worcester Bosch EA 227</td><td>No flame detected &ndash; same checks as above.</td></tr>
<tr><td>Baxi E133</td><td>Ignition or gas supply fault.</td></tr>
<tr><td>Ideal L2</td><td>Ignition lockout.</td></tr>
<tr><td>Vaillant F22 / Worcester CE 207</td><td>Low water pressure &ndash; top up to 1&ndash;1.5 bar.</td></tr>
</tbody></table>
<p>Repair visits are charged at our standard hourly rates. Our vans carry the most common parts, and we always
give you a fixed price before fitting anything expensive.</p>"""
    )
    + _twi(
        "boiler-service.jpg",
        "Engineer carrying out a flue gas analysis on a combi boiler",
        """<h2>Annual gas boiler service &ndash; &pound;95</h2>
<p>Our service includes a flue gas analysis, checks of the burner, heat exchanger, gas pressures, safety devices
and flue, a clean of the condensate trap, and a written service record. Most manufacturers require a service every
year to keep the boiler's warranty valid, and we'll send you a reminder when the next one is due.</p>""",
    )
    + _cta("Book a boiler service", "/contact/")
)

_OIL = (
    _hdr("Oil Boiler Servicing, Repairs &amp; Oil Tanks (OFTEC)", 1)
    + _txt(
        """<p>Out towards Dartmoor, the Tamar Valley and the South Hams, plenty of homes run on heating oil.
Gareth and Sam are OFTEC registered technicians (registration no. C104872) for servicing, commissioning and
installing oil boilers and tanks. We work on Grant, Worcester, Firebird and Warmflow boilers among others.</p>"""
    )
    + _hdr("Oil boiler service &ndash; &pound;140", 2)
    + _txt(
        """<p>An oil service takes longer than a gas one: we replace the nozzle and fuel filter, clean the
combustion chamber and baffles, check the burner and run a full combustion analysis, and we look over the tank,
pipework and fire valve while we're there.</p>"""
    )
    + _hdr("Run out of oil?", 2)
    + _txt(
        """<p>Don't keep pressing the reset button. Repeated resets can flood the combustion chamber with oil and
lock the boiler out for good. After your delivery, wait about an hour so the sediment that's been stirred up in
the tank can settle, then press reset <strong>once</strong>. If it still won't fire, the fuel line has probably
airlocked and needs bleeding at the pump &ndash; call us. It's usually a short visit, charged at our standard
rates.</p>"""
    )
    + _hdr("Oil tanks", 2)
    + _txt(
        """<p>Old single-skin tanks, especially plastic ones from before about 2000, go brittle and can split
without warning. Look out for cracks, bulging sides, whitening or green staining and weeping around the base.</p>
<p>A <strong>bunded (double-skin) tank</strong> is required if any of these apply:</p>
<ul>
<li>it holds more than 2,500 litres</li>
<li>it is within 10 metres of a watercourse (a stream, river, ditch or pond) or an open drain</li>
<li>it is within 50 metres of a well, borehole or spring</li>
<li>spilt oil could run into water or across hard ground to a drain</li>
<li>the vent pipe can't be seen from the filling point</li>
</ul>
<p>So an old single-skin tank within 10 metres of a stream should be replaced with a bunded one. Oil tank
inspection &pound;75 (&pound;30 when done with a service). Bunded tanks supplied and fitted from &pound;2,150
for a 1,225-litre tank, including removing and disposing of the old one.</p>"""
    )
    + _hdr("Paperwork: CD/10 and CD/11", 2)
    + _txt(
        """<p>Fitting a new oil tank or boiler is notifiable building work. As OFTEC registered technicians we
self-certify it: you get a CD/10 certificate for a tank installation and a CD/11 commissioning certificate for a
boiler, and we notify building control for you. Keep them safe for when you sell.</p>"""
    )
    + _cta("Book an oil boiler service", "/contact/")
)

_HEATING = (
    _hdr("Central Heating &amp; Radiators", 1)
    + _txt(
        """<p>A heating system that's slow to warm up, noisy or patchy is usually telling you something. Here's
how to read the signs, and what we can do about it.</p>"""
    )
    + _hdr("Radiator cold spots &ndash; what they mean", 2)
    + _txt(
        """<table class="j-table" border="1" cellpadding="6"><tbody>
<tr><th>Symptom</th><th>Likely cause</th><th>Fix</th></tr>
<tr><td>Cold at the top, warm at the bottom</td><td>Air in the radiator</td><td>Bleed it with a radiator key
with the heating off, then check the boiler pressure</td></tr>
<tr><td>Hot at the top but cold at the bottom or in the middle, and bleeding doesn't help</td><td>Sludge (black
iron oxide) settled in the radiator and pipework</td><td>Powerflush</td></tr>
<tr><td>Cold all over while others are hot</td><td>Stuck valve pin or TRV</td><td>Free or replace the valve</td>
</tr>
<tr><td>Downstairs hot, upstairs or furthest rooms lukewarm</td><td>System out of balance</td><td>Balancing</td>
</tr>
</tbody></table>"""
    )
    + _twi(
        "powerflush-machine.jpg",
        "Powerflush machine connected to a radiator",
        """<h2>Powerflushing</h2>
<p>We pump cleaning chemicals and then clean water through the system at high flow, radiator by radiator, to shift
the sludge and scale that cause cold spots, noisy boilers and high bills. A typical house takes a full day.</p>
<p><strong>Up to 10 radiators: &pound;480. Each additional radiator: &pound;25.</strong> The price includes
inhibitor and a magnetic system filter (such as an Adey MagnaClean) fitted to keep the system clean
afterwards.</p>""",
    )
    + _hdr("Radiators and controls", 2)
    + _txt(
        """<ul>
<li>Replacement radiators, like-for-like in standard sizes: from &pound;180 each, fitted</li>
<li>Moving radiators, adding new ones and fitting heated towel rails: quoted on request</li>
<li>Thermostatic radiator valves (TRVs): &pound;45 each fitted when we're doing three or more</li>
<li>Smart thermostats such as Hive, Nest and Tado: &pound;165 fitted, plus the thermostat</li>
<li>System balancing: &pound;90</li>
</ul>"""
    )
    + _cta("Book a heating engineer", "/contact/")
)

_SOFTENERS = (
    _hdr("Water Softeners &amp; Water Treatment", 1)
    + _txt(
        """<p>Good news if you're on mains water in Plymouth: our water is <strong>soft</strong>. Most of the city
is supplied from Dartmoor reservoirs such as Burrator, and the water is typically well under 50 mg/l calcium
carbonate. That's why you won't see the furred-up kettles and crusty taps that people moving down from London,
Essex or the Midlands are used to.</p>
<p>For most homes on the mains here, a water softener simply isn't worth the money, and we'd rather tell you that
than sell you one.</p>"""
    )
    + _hdr("When a softener or treatment does make sense", 2)
    + _txt(
        """<ul>
<li><strong>Private borehole or spring supplies</strong> on farms and in moorland villages can be hard, or high in
iron and manganese (orange staining, a metallic taste).</li>
<li>Some properties on the fringes of our area are supplied from other sources &ndash; you can check your postcode
on South West Water's website.</li>
</ul>
<p>If we're already visiting for another job, we'll do a free hardness test while we're there.</p>"""
    )
    + _hdr("Installation and servicing", 2)
    + _txt(
        """<p>We install non-electric, block-salt and twin-cylinder softeners from Kinetico, Harvey's and
Tapworks, from <strong>&pound;995 fitted</strong>. Every installation includes a separate unsoftened drinking
water tap in the kitchen &ndash; softened water isn't recommended for making up baby formula.</p>
<p>Annual softener service: <strong>&pound;85</strong> &ndash; we clean the resin, check the valves and brine
tank and reset the hardness settings. For borehole supplies we also fit sediment filters and UV sterilisers,
quoted after a water test.</p>"""
    )
    + _cta("Ask about a softener", "/contact/")
)

_OUTSIDE = (
    _hdr("Outside Taps &amp; Garden Plumbing", 1)
    + _txt(
        """<p>Washing the car, filling the paddling pool or watering the veg patch is much easier with a proper
outside tap than a hose squeezed onto the kitchen tap.</p>"""
    )
    + _hdr("New outside tap &ndash; &pound;145 fixed price", 2)
    + _txt(
        """<p>Our fixed price includes:</p>
<ul>
<li>a wall-mounted tap with a hose connector</li>
<li>a double check valve, required by the Water Fittings Regulations so garden water can't siphon back into your
drinking water</li>
<li>an isolating valve indoors so you can shut it off for winter</li>
<li>drilling through a solid or cavity wall up to 300 mm thick</li>
</ul>
<p>This covers a tap up to 3 metres from a suitable pipe (usually the kitchen sink supply) and normally takes one
to two hours. Hot and cold outside taps, handy for washing the dog, are from &pound;240.</p>"""
    )
    + _hdr("Getting your outside tap ready for winter", 2)
    + _txt(
        """<p>Before the first frost, turn off the isolating valve indoors, open the outside tap to drain it and
leave it open. An insulated tap cover and some pipe lagging on any exposed pipework does the rest. Outside taps
that split in a freeze are one of our most common January call-outs, particularly on the Dartmoor side of the
city.</p>"""
    )
    + _hdr("Water to sheds, garden rooms and paddocks", 2)
    + _txt(
        """<p>We run new supplies in blue MDPE pipe, buried at least 750 mm deep to keep it frost-free, to garden
offices, sheds, greenhouses and allotment-style standpipes. On rural properties we fit ground-mounted taps and
trough supplies for stables and paddocks. Priced by quote after a visit.</p>"""
    )
    + _hdr("Leaking outside tap?", 2)
    + _txt(
        """<p>It's usually a worn washer, or a tap body that's split in the frost. Repair or replacement of an
existing outside tap from &pound;75.</p>"""
    )
    + _cta("Book an outside tap", "/contact/")
)

_LANDLORDS = (
    _hdr("Landlord Gas Safety Certificates (CP12) &amp; Landlord Services", 1)
    + _txt(
        """<p>If you let a property with gas, the law requires every gas appliance, fitting and flue to be checked
every 12 months by a Gas Safe registered engineer. You must give a copy of the Landlord Gas Safety Record to
existing tenants within 28 days of the check, and to new tenants before they move in, and keep records for at
least two years.</p>"""
    )
    + _hdr("Prices", 2)
    + _txt(
        """<table class="j-table" border="1" cellpadding="6"><tbody>
<tr><th>Service</th><th>Price</th></tr>
<tr><td>Landlord Gas Safety Record (CP12), one appliance</td><td>&pound;75</td></tr>
<tr><td>Each additional gas appliance at the same address</td><td>&pound;15</td></tr>
<tr><td>Gas Safety Record plus boiler service</td><td>&pound;140</td></tr>
<tr><td>OFTEC landlord oil installation check</td><td>&pound;120</td></tr>
</tbody></table>
<p>Landlords with five or more properties with us get 10% off certificates.</p>"""
    )
    + _hdr("How it works", 2)
    + _txt(
        """<ul>
<li>Give us your tenants' contact details and we'll arrange a time directly with them.</li>
<li>If you'd rather, you or your agent can leave keys at our Cattedown office and we'll let ourselves in at an
agreed time.</li>
<li>Your certificate is emailed as a PDF within 24 hours of the visit.</li>
<li>We keep a record of every certificate and send you a reminder four weeks before the next one is due.</li>
<li>If we find a fault we report it to you with a price to fix it. If an appliance is classed as &ldquo;Immediately
Dangerous&rdquo; we're required to disconnect it there and then, and we'll explain why to the tenant.</li>
</ul>"""
    )
    + _hdr("Letting agents", 2)
    + _txt(
        """<p>We work with several letting agents across Plymouth and can take instructions, send certificates and
invoice direct to the agent. Ask us about setting up an account.</p>"""
    )
    + _cta("Book a gas safety check", "/contact/")
)

_PRICES = (
    _hdr("Prices, Booking &amp; Payment", 1)
    + _txt(
        """<p><strong>No separate call-out fee.</strong> We charge for our time from when we arrive, with the first
hour as a minimum, and travel within our standard area is included. All prices on this website include VAT at
20%.</p>
<p>Fixed prices for common jobs, such as boiler services, drain unblocking and outside taps, are listed on each
service page.</p>"""
    )
    + _hdr("Labour rates", 2)
    + _txt(
        """<table class="j-table" border="1" cellpadding="6"><tbody>
<tr><th>When</th><th>First hour</th><th>Then, per half hour</th></tr>
<tr><td>Monday&ndash;Friday 8am&ndash;5.30pm</td><td>&pound;84</td><td>&pound;42</td></tr>
<tr><td>Saturday 8.30am&ndash;12.30pm</td><td>&pound;96</td><td>&pound;48</td></tr>
<tr><td>Evenings (Mon&ndash;Sat 5.30pm&ndash;10pm) and Saturday afternoons</td><td>&pound;135</td>
<td>&pound;65</td></tr>
<tr><td>Nights (10pm&ndash;8am), Sundays and bank holidays</td><td>&pound;175</td><td>&pound;80</td></tr>
<tr><td>Christmas Day, Boxing Day and New Year's Day</td><td>&pound;240</td><td>&pound;110</td></tr>
</tbody></table>
<p>Parts and materials are charged on top at the merchant's list price.</p>"""
    )
    + _hdr("Booking", 2)
    + _txt(
        """<p>Book by phoning the office or through our <a href="/contact/">contact form</a>. We give you a two-hour
arrival slot (8&ndash;10am, 10am&ndash;12pm, 12&ndash;2pm or 2&ndash;4pm), and your engineer texts you when they
set off.</p>"""
    )
    + _hdr("Cancellations", 2)
    + _txt(
        """<p>Cancelling or rearranging is free with at least 24 hours' notice. With less notice, or if nobody is
home or we can't get access when we arrive, there's a &pound;40 wasted-visit charge.</p>"""
    )
    + _hdr("Payment", 2)
    + _txt(
        """<p>Household customers pay when the job is finished. We take Visa, Mastercard and American Express
by card machine on the spot or by a payment link sent by text, plus Apple Pay and Google Pay, bank transfer on the
day, and cash. We no longer accept cheques.</p>
<p>For larger jobs where materials come to more than &pound;500, we ask for a 25% deposit when you book, with the
balance on completion.</p>
<p>Landlords, letting agents and businesses can open a credit account and are invoiced, with 30 days to pay.</p>"""
    )
    + _cta("Book an engineer", "/contact/")
)

_GUARANTEE = (
    _hdr("Our Guarantee &amp; Complaints Procedure", 1)
    + _txt(
        """<p>We want every job done right first time. If something we've done isn't right, we'll put it right
&ndash; here's exactly what that means.</p>"""
    )
    + _hdr("What's guaranteed", 2)
    + _txt(
        """<ul>
<li><strong>Repairs:</strong> our workmanship is guaranteed for 12 months.</li>
<li><strong>Installations</strong> (radiators, cylinders, tanks, cisterns, softeners, outside taps and similar):
workmanship guaranteed for 2 years.</li>
<li><strong>Parts:</strong> covered by the manufacturer's warranty, usually one to two years. Boilers and
cylinders often get longer warranties when registered, and we register them for you.</li>
<li><strong>Drain clearances:</strong> if the same drain blocks again within 30 days we'll clear it free of
charge, unless the new blockage is caused by something put down it since, such as wipes, fat or nappies.</li>
</ul>
<p>If a repair or installation of ours fails within the guarantee period, call the office and we'll come back
<strong>free of charge</strong> &ndash; usually within two working days, or the same day if water is leaking or
you're without heating. Please don't get someone else to fix it first: we can't refund another firm's bill unless
we've agreed it in advance.</p>
<p>The guarantee doesn't cover frost damage, misuse, or later alterations by other trades.</p>"""
    )
    + _hdr("Making a complaint", 2)
    + _txt(
        """<p><strong>Step 1 &ndash; tell us.</strong> Phone the office or email Nicola Pascoe, our office
manager, at <a href="mailto:office@tamarsideplumbing.co.uk">office@tamarsideplumbing.co.uk</a>. We'll
acknowledge your complaint within two working days, look into it (often with a return visit) and give you a full
written response within ten working days.</p>
<p><strong>Step 2 &ndash; the director.</strong> If you're not happy with our response, Gareth Pascoe will review
it personally and visit you if needed.</p>
<p><strong>Step 3 &ndash; independent help.</strong> If you're worried about gas safety, you can contact the Gas
Safe Register on 0800 408 5500. As a Checkatrade member you can also use their dispute resolution service, or get
advice from the Citizens Advice consumer helpline on 0808 223 1133.</p>"""
    )
)

_CONTACT = (
    _hdr("Contact Us &amp; Areas We Cover", 1)
    + _txt(
        """<p>Office: <a href="tel:+441752960431">01752 960431</a> &middot; Emergencies 24/7:
<a href="tel:+447700900412">07700 900412</a> &middot;
<a href="mailto:office@tamarsideplumbing.co.uk">office@tamarsideplumbing.co.uk</a></p>
<p>Our base is a workshop and stores at Unit 7, Breakwater Trade Park, Cattedown Road, Plymouth PL4 0SN. It isn't
a shop or showroom, so please ring before calling in.</p>"""
    )
    + _hdr("Areas we cover", 2)
    + _txt(
        """<table class="j-table" border="1" cellpadding="6"><tbody>
<tr><th>Area</th><th>Places</th><th>Travel</th></tr>
<tr><td>Standard area</td><td>All of Plymouth (PL1&ndash;PL7 and PL9), including the city centre, Stoke,
Devonport, Mutley, Peverell, Plympton, Plymstock, Estover, Derriford and Tamerton Foliot; plus Saltash (PL12) and
Torpoint (PL11)</td><td>Included</td></tr>
<tr><td>Zone B</td><td>Yealmpton, Newton Ferrers, Wembury and Brixton (PL8); Yelverton, Horrabridge and Roborough
(PL20); Ivybridge and Cornwood (PL21); Tavistock (PL19); Cawsand, Kingsand and Millbrook (PL10)</td>
<td>+&pound;15 per visit</td></tr>
<tr><td>Zone C</td><td>Princetown and the high moor; Gunnislake and Calstock (PL18); Liskeard (PL14); Modbury;
Kingsbridge and Salcombe (TQ7); South Brent (TQ10)</td><td>+&pound;30 per visit. Drainage, septic tank, oil
boiler and emergency work only</td></tr>
</tbody></table>
<p>Tamar Bridge and Torpoint Ferry tolls are on us &ndash; we don't add them to your bill.</p>"""
    )
    + _hdr("Rural addresses", 2)
    + _txt(
        """<p>Farms and cottages often don't show up properly on sat nav. When you book, please give us a
what3words location or clear directions, and tell us about gates, steep tracks or low bridges &ndash; our jetting
van is 2.9 metres tall.</p>"""
    )
    + _hdr("Send us a message", 2)
    + _txt(
        """<p>For anything urgent, please phone rather than using the form &ndash; we check messages during office
hours.</p>
<div id="cc-m-formnew-5521873300" class="j-module n j-formnew "><form action="#" method="post"
 class="cc-m-form cc-m-form-layout-1" data-action="submit">
<div class="cc-m-form-view-element"><label for="m1">Name *</label><input type="text" id="m1" name="name"></div>
<div class="cc-m-form-view-element"><label for="m2">Phone *</label><input type="tel" id="m2" name="phone"></div>
<div class="cc-m-form-view-element"><label for="m3">Email</label><input type="email" id="m3" name="email"></div>
<div class="cc-m-form-view-element"><label for="m4">Postcode *</label><input type="text" id="m4" name="pc"></div>
<div class="cc-m-form-view-element"><label for="m5">What's the problem?</label>
<textarea id="m5" name="message" rows="6"></textarea></div>
<div class="cc-m-form-view-element"><input type="checkbox" id="m6" name="privacy"><label for="m6">I agree to my
details being stored to answer my enquiry.</label></div>
<div class="cc-m-form-submit"><input type="submit" value="Send"></div>
</form></div>"""
    )
)

_ABOUT = (
    _hdr("About Tamarside: Our Team &amp; Reviews", 1)
    + _txt(
        """<p>Gareth Pascoe started Tamarside in 2009 with one van and a lot of optimism, after fourteen years with
a large Plymouth heating contractor. Today we're a team of six, with four vans and a drainage jetting van, still
run from the same yard in Cattedown &ndash; and still answering our own phones.</p>"""
    )
    + _hdr("Meet the team", 2)
    + _grid(
        _twi(
            "team-gareth.jpg",
            "Gareth Pascoe",
            """<h3>Gareth Pascoe &ndash; Director &amp; heating engineer</h3>
<p>Gas Safe, OFTEC and G3 unvented qualified. Looks after our oil customers and the bigger heating jobs, and
reviews any complaint personally.</p>""",
        )
        + _twi(
            "team-nicola.jpg",
            "Nicola Pascoe",
            """<h3>Nicola Pascoe &ndash; Office manager</h3>
<p>The voice on the phone. Nicola books the jobs, sends the invoices and keeps everyone in order, including
Bramble, the office spaniel.</p>""",
        )
        + _twi(
            "team-sam.jpg",
            "Sam Trewin",
            """<h3>Sam Trewin &ndash; Heating engineer</h3>
<p>Gas Safe and OFTEC registered, ten years with us. Sam does most of our boiler repairs around the city.</p>""",
        ),
        _twi(
            "team-becky.jpg",
            "Becky Lang",
            """<h3>Becky Lang &ndash; Plumbing &amp; heating engineer</h3>
<p>Gas Safe registered, joined us in 2018 after training at City College Plymouth. If you'd prefer a female
engineer, just say when you book and we'll send Becky whenever we can &ndash; lots of our older customers ask for
her.</p>""",
        )
        + _twi(
            "team-jordan.jpg",
            "Jordan Hext",
            """<h3>Jordan Hext &ndash; Drainage technician</h3>
<p>Runs the jetting van and CCTV camera, and carries out our septic tank checks.</p>""",
        )
        + _twi(
            "team-kieran.jpg",
            "Kieran Moyle",
            """<h3>Kieran Moyle &ndash; Apprentice plumber</h3>
<p>In his third year at City College Plymouth, working alongside Becky and Sam.</p>""",
        ),
    )
    + _hdr("Accreditations", 2)
    + _txt(
        """<p>Gas Safe Register (587214) &middot; OFTEC (C104872) &middot; WaterSafe approved plumbers &middot;
Checkatrade member &middot; Chartered Institute of Plumbing and Heating Engineering (CIPHE) member</p>"""
    )
    + _hr()
    + _hdr("Reviews", 2)
    + _txt(
        """<p><strong>4.9 out of 5</strong> from over 310 Google reviews &middot; <strong>9.8 out of 10</strong> on
Checkatrade</p>
<blockquote><p>&ldquo;Becky replaced our shower valve and two radiators, explained everything and left the place
spotless.&rdquo; &mdash; Helen, Hartley</p></blockquote>
<blockquote><p>&ldquo;Gareth came out to our farm near Lydford on a freezing Saturday when the oil boiler packed
up. Fair price, no fuss.&rdquo; &mdash; Tom, Lydford</p></blockquote>
<blockquote><p>&ldquo;Used them for the gas certificates on all eight of my flats for years. Reminders come through
on time and the tenants like them.&rdquo; &mdash; Raj, landlord, Stonehouse</p></blockquote>
<blockquote><p>&ldquo;Only three stars as they were an hour late, but Nicola rang to apologise and the work itself
was good.&rdquo; &mdash; Steve, Plympton</p></blockquote>"""
    )
    + _cta("Leave us a Google review", "https://g.page/r/tamarside-plumbing-plymouth/review")
)

_FAQ = (
    _hdr("Frequently Asked Questions", 1)
    + _txt("<p>The questions we're asked most often on the phone. Can't find your answer? Just ring us.</p>")
    + _hdr("Can I buy my own toilet, taps or shower and have you fit them?", 3)
    + _txt(
        """<p>Yes. We're happy to fit sanitaryware, taps, showers and radiators you've bought yourself, including
online. Please check everything is UK WRAS-approved and that all the parts are in the box before we arrive &ndash;
if bits are missing, the time spent waiting or fetching them is charged. Our guarantee then covers our
workmanship, while any fault with the item itself is for the retailer. We don't fit customer-supplied
boilers.</p>"""
    )
    + _hdr("Where will your van park?", 3)
    + _txt(
        """<p>We need to park close to you, as our tools and parts are in the van. If you live in a residents'
permit zone (such as Greenbank, Mutley, the Hoe, Stonehouse or Devonport), please have a visitor permit ready for
us or mention it when you book. Otherwise we'll use the nearest pay-and-display and add the exact cost to your
bill.</p>"""
    )
    + _hdr("Do you fit complete bathrooms?", 3)
    + _txt(
        """<p>We do the plumbing side of bathroom refits: taking out the old suite, first-fix pipework, and fitting
the new suite and shower. We don't do tiling, plastering or electrics, but we work regularly with a local tiler
and electrician and can coordinate the job for you.</p>"""
    )
    + _hdr("Will you take the old parts away?", 3)
    + _txt(
        """<p>Yes. Old taps, valves, radiators, cylinders and tanks are taken away and recycled at no charge. For a
complete old bathroom suite there's a &pound;60 disposal charge, or you can leave it in your own skip.</p>"""
    )
    + _hdr("Do you give free quotes?", 3)
    + _txt(
        """<p>Installation work and larger jobs within our standard area get a free written quote after a visit.
Repairs can't be priced properly until we've found the fault, so those are charged at our hourly rates.</p>"""
    )
    + _hdr("How do I know it's really your engineer at the door?", 3)
    + _txt(
        """<p>Before your visit you'll get a text with the engineer's name and photo. They'll arrive in a
signwritten Tamarside van and carry photo ID &ndash; please ask to see it.</p>"""
    )
    + _hdr("Can you help with a home insurance claim?", 3)
    + _txt(
        """<p>Yes. For escape-of-water claims we can trace the leak, repair it and give you a written report with
photos to send to your insurer.</p>"""
    )
    + _hdr("Are you insured?", 3)
    + _txt("<p>Yes, we carry &pound;5 million public liability insurance. Certificates available on request.</p>")
    + _hdr("Do I need to be at home?", 3)
    + _txt(
        """<p>Someone aged 18 or over needs to be in, or you can arrange to leave keys with us. Please keep pets in
another room while we work.</p>"""
    )
)

HTML = {
    "/": _page(
        "/",
        "Plumber, Drainage &amp; Heating Engineers in Plymouth",
        "Family-run plumbers, drainage and heating engineers in Plymouth since 2009. 24/7 emergency call-outs.",
        _HOME,
        sidebar=False,
    ),
    "/emergency-plumbing/": _page(
        "/emergency-plumbing/",
        "24-Hour Emergency Plumber",
        "24/7 emergency plumber in Plymouth: burst pipes, leaks, floods. What to do while you wait.",
        _EMERGENCY,
    ),
    "/leaks-pipes-tanks/": _page(
        "/leaks-pipes-tanks/",
        "Leaking Pipes, Tanks &amp; Cylinders",
        "Leak detection and repairs, loft cold water tanks, ballvalves and hot water cylinders in Plymouth.",
        _LEAKS,
    ),
    "/toilets-taps-showers/": _page(
        "/toilets-taps-showers/",
        "Toilets, Taps &amp; Mixer Showers",
        "Toilet, cistern, tap and mixer shower repairs in Plymouth at fixed prices.",
        _TOILETS,
    ),
    "/outside-taps-garden/": _page(
        "/outside-taps-garden/",
        "Outside Taps &amp; Garden Plumbing",
        "Outside taps fitted in Plymouth for a fixed price, plus garden water supplies and frost advice.",
        _OUTSIDE,
    ),
    "/water-softeners/": _page(
        "/water-softeners/",
        "Water Softeners",
        "Water softener installation and servicing in Plymouth and Devon, and honest advice on whether you need one.",
        _SOFTENERS,
    ),
    "/blocked-drains/": _page(
        "/blocked-drains/",
        "Blocked Drains &amp; Sinks",
        "Blocked drains, sinks and toilets cleared in Plymouth. Fixed prices, evenings and weekends.",
        _BLOCKED,
    ),
    "/drain-jetting-cctv-surveys/": _page(
        "/drain-jetting-cctv-surveys/",
        "Drain Jetting &amp; CCTV Surveys",
        "High-pressure drain jetting, CCTV drain surveys and pre-purchase drain surveys in Plymouth.",
        _JETTING,
    ),
    "/septic-tanks-soakaways/": _page(
        "/septic-tanks-soakaways/",
        "Septic Tanks &amp; Soakaways",
        "Septic tank checks, soakaway tests and general binding rules advice for rural Devon and Cornwall.",
        _SEPTIC,
    ),
    "/boilers/": _page(
        "/boilers/",
        "Gas Boiler Repairs &amp; Servicing",
        "Gas Safe boiler repairs and annual boiler servicing in Plymouth. All major makes.",
        _BOILERS,
    ),
    "/oil-boilers/": _page(
        "/oil-boilers/",
        "Oil Boilers &amp; Tanks (OFTEC)",
        "OFTEC registered oil boiler servicing, repairs and oil tank replacement around Plymouth and Dartmoor.",
        _OIL,
    ),
    "/central-heating/": _page(
        "/central-heating/",
        "Central Heating &amp; Radiators",
        "Radiator repairs, powerflushing, heating controls and system balancing in Plymouth.",
        _HEATING,
    ),
    "/landlords/": _page(
        "/landlords/",
        "Landlord Gas Safety Certificates",
        "Landlord gas safety certificates (CP12) in Plymouth, with reminders and letting agent accounts.",
        _LANDLORDS,
    ),
    "/prices-payment/": _page(
        "/prices-payment/",
        "Prices, Booking &amp; Payment",
        "Our labour rates, booking, cancellation and payment terms. No separate call-out fee.",
        _PRICES,
    ),
    "/guarantees-complaints/": _page(
        "/guarantees-complaints/",
        "Guarantees &amp; Complaints",
        "Our workmanship guarantee and complaints procedure.",
        _GUARANTEE,
    ),
    "/contact/": _page(
        "/contact/",
        "Contact &amp; Areas We Cover",
        "Contact Tamarside Plumbing &amp; Heating. Areas covered across Plymouth, Devon and South East Cornwall.",
        _CONTACT,
    ),
    "/about-us/": _page(
        "/about-us/",
        "Our Team &amp; Reviews",
        "Meet the Tamarside team and read what our customers say.",
        _ABOUT,
    ),
    "/faq/": _page(
        "/faq/",
        "FAQ",
        "Frequently asked questions about our plumbing, drainage and heating services.",
        _FAQ,
    ),
}

QUESTIONS = [
    (
        "Water's coming through the kitchen ceiling from the bathroom upstairs, what should I do before your "
        "plumber gets here??",
        "/emergency-plumbing/",
    ),
    (
        "there's water dripping out of a little pipe sticking out the wall right up by the gutter, been going two "
        "days now. I think it comes from the tank in the loft",
        "/leaks-pipes-tanks/",
    ),
    ("toilet keeps running into the pan after flushing, constant trickle all night", "/toilets-taps-showers/"),
    (
        "Every time someone turns a tap on downstairs my shower goes freezing then roasting hot. Can that be fixed "
        "or do I need a whole new shower?",
        "/toilets-taps-showers/",
    ),
    (
        "manhole cover on the drive is full to the top with dirty water and the downstairs loo wont go down",
        "/blocked-drains/",
    ),
    (
        "Who has to sort a blocked drain, me or South West Water? The blockage seems to be out under the pavement "
        "past my front wall",
        "/blocked-drains/",
    ),
    (
        "We're buying a 1930s semi in Peverell with a massive willow in the back garden and our surveyor said to "
        "get the drains looked at before we exchange. Is that something you do and what does it cost?",
        "/drain-jetting-cctv-surveys/",
    ),
    (
        "Our cottage near Cornwood has a septic tank that runs straight into the stream at the bottom of the field. "
        "A neighbour told me that's not allowed any more?",
        "/septic-tanks-soakaways/",
    ),
    ("do u empty septic tanks", "/septic-tanks-soakaways/"),
    ("my vaillant says F28 on the screen and the heating is stone cold", "/boilers/"),
    ("How much do you charge to service a gas combi?", "/boilers/"),
    (
        "Our oil tank is an old single skin plastic one, about 5 metres from the stream. Does it need replacing?",
        "/oil-boilers/",
    ),
    (
        "ran out of heating oil, the delivery came this morning but the boiler still wont start. should i keep "
        "hitting reset",
        "/oil-boilers/",
    ),
    (
        "The radiators upstairs are hot at the top but stone cold at the bottom. I've bled them already and it "
        "made no difference",
        "/central-heating/",
    ),
    (
        "We've just moved down from Essex where the kettle was always furred up - is it worth getting a water "
        "softener put in here?",
        "/water-softeners/",
    ),
    ("want a tap on the back wall for the hose, how much roughly", "/outside-taps-garden/"),
    (
        "I rent out 3 flats in Mutley and the gas certificates run out next month. Can you sort them and what "
        "will it cost me",
        "/landlords/",
    ),
    ("Do you charge a call out fee?", "/prices-payment/"),
    ("can I pay by card when the job's done or do you send an invoice", "/prices-payment/"),
    (
        "You replaced my cistern about six weeks ago and it's started leaking again. Will I have to pay for you to "
        "come back out?",
        "/guarantees-complaints/",
    ),
    (
        "I'm not happy with the state the engineer left my kitchen in yesterday, who do I complain to",
        "/guarantees-complaints/",
    ),
    ("I live in Tavistock, do you come out that far and is there an extra charge?", "/contact/"),
    (
        "My mum is 84 and lives on her own, she'd feel a lot more comfortable with a lady plumber. Do you have one?",
        "/about-us/",
    ),
    ("I live in Greenbank where it's all permit parking, where will your van go", "/faq/"),
    ("I bought a new toilet online, can you fit it for me", "/faq/"),
]

OUT_OF_SCOPE = [
    "Do you install air source heat pumps, and can you help me apply for the government grant?",
    "Can I spread the cost of a new boiler with monthly finance?",
    "Are you looking for any qualified plumbers at the moment? I'm relocating to Plymouth in the spring.",
    "Can you connect my new gas hob and cooker?",
    "Do you fit underfloor heating? We're having a kitchen extension built",
    "my washing machine isnt spinning, do you repair them",
    "Can you recommend a good fish and chip shop on the Barbican?",
    "Is Plymouth Argyle at home this Saturday?",
]
