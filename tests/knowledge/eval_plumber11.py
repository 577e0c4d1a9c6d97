"""An evaluation site: Hartwell Drainage & Plumbing, a family drainage and plumbing firm with three vans (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML is WordPress with the X theme
and Cornerstone: x-section / x-row / x-col / x-text / x-anchor wrappers with e###-e# element classes, a mega
menu, an off-canvas mobile menu, a Cookie Notice bar and a Cornerstone accordion (x-acc-item) for the FAQ.
"""

NAME = "Hartwell Drainage & Plumbing"

_DOMAIN = "https://www.hartwelldrainage.co.uk"
_OFFICE_TEL = "01632 960418"
_EMERGENCY_TEL = "07700 900418"

# ---------------------------------------------------------------------------------------------------------------
# Cornerstone element helpers. Each element gets the e<post>-e<n> and m<hash>-<n> classes Cornerstone prints.
# ---------------------------------------------------------------------------------------------------------------
_CUR = {"pid": 0, "n": 0}


def _start(pid):
    _CUR["pid"], _CUR["n"] = pid, 0


def _e():
    _CUR["n"] += 1
    pid, n = _CUR["pid"], _CUR["n"]
    return f"e{pid}-e{n} m{pid % 97:x}-{n - 1:x}"


def _section(*rows, sid="", cls=""):
    ident = f' id="{sid}"' if sid else ""
    return f'<div class="x-section {_e()} {cls}"{ident}>\n' + "\n".join(rows) + "\n</div>"


def _row(*cols, cls=""):
    head = f'<div class="x-row x-container max width {_e()} {cls}"><div class="x-row-inner">\n'
    return head + "\n".join(cols) + "\n</div></div>"


def _col(*parts, cls=""):
    return f'<div class="x-col {_e()} {cls}">\n' + "\n".join(parts) + "\n</div>"


def _head(text, tag="h2", sub=""):
    sub_html = f'<span class="x-text-content-text-subheadline">{sub}</span>' if sub else ""
    return (
        f'<div class="x-text x-text-headline {_e()}"><div class="x-text-content"><div class="x-text-content-text">'
        f'<{tag} class="x-text-content-text-primary">{text}</{tag}>{sub_html}</div></div></div>'
    )


def _text(html):
    return f'<div class="x-text x-content {_e()}">\n{html.strip()}\n</div>'


def _btn(label, href, cls=""):
    return (
        f'<a class="x-anchor x-anchor-button has-int-content {_e()} {cls}" tabindex="0" href="{href}">'
        f'<div class="x-anchor-content"><div class="x-anchor-text"><span class="x-anchor-text-primary">{label}'
        "</span></div></div></a>"
    )


def _acc(items):
    out = [f'<div class="x-acc {_e()}" role="tablist">']
    for question, answer in items:
        k = _e().split()[0]
        out.append(
            f'<div class="x-acc-item">\n<button id="tab-{k}" class="x-acc-header" role="tab" type="button" '
            f'aria-selected="false" aria-expanded="false" aria-controls="panel-{k}" data-x-toggle="collapse" '
            f'data-x-toggleable="{k}"><span class="x-acc-header-content"><span class="x-acc-header-indicator">'
            f'&#xf067;</span><span class="x-acc-header-text">{question}</span></span></button>\n'
            f'<div id="panel-{k}" role="tabpanel" aria-hidden="true" aria-labelledby="tab-{k}" '
            f'data-x-toggle-collapse="1" data-x-toggleable="{k}" class="x-collapsed">'
            f'<div class="x-acc-content">\n{answer.strip()}\n</div></div>\n</div>'
        )
    out.append("</div>")
    return "\n".join(out)


def _hero(title, sub, crumb):
    return _section(
        _row(
            _col(
                f'<nav class="x-crumbs {_e()}" aria-label="Breadcrumbs"><ol class="x-crumbs-list">'
                '<li class="x-crumbs-list-item"><a class="x-crumbs-link" href="/">Home</a></li>'
                f'<li class="x-crumbs-list-item"><span class="x-crumbs-current">{crumb}</span></li></ol></nav>',
                _head(title, "h1", sub),
            )
        ),
        cls="x-bg-hero page-hero",
    )


_SIDEBAR_REVIEWS = [
    ("Polite, quick and tidy. Explained everything and showed us the video on his tablet.", "Sarah, Burton Latimer"),
    ("Fair price, no upselling, and he put the slabs back better than they were.", "Graham P., Rothwell"),
    ("Kasia in the office was brilliant and kept me updated all morning.", "Amrit, Kettering"),
]


def _sidebar(review=0):
    quote, who = _SIDEBAR_REVIEWS[review % len(_SIDEBAR_REVIEWS)]
    return _col(
        f'<aside class="x-sidebar-widgets {_e()}" role="complementary">',
        '<div id="text-3" class="widget widget_text"><h4 class="h-widget">Need us today?</h4>'
        '<div class="textwidget"><p>Office: <a href="tel:01632960418">01632 960418</a><br>'
        'Out of hours: <a href="tel:07700900418">07700 900418</a></p></div></div>',
        _btn("Book an engineer", "/areas-we-cover/#enquiry", "x-anchor-sidebar-cta"),
        '<div id="nav_menu-2" class="widget widget_nav_menu"><h4 class="h-widget">Our services</h4>'
        '<div class="menu-services-sidebar-container"><ul id="menu-services-sidebar" class="menu">'
        '<li class="menu-item"><a href="/blocked-drains/">Blocked drains</a></li>'
        '<li class="menu-item"><a href="/blocked-toilets-sinks/">Blocked toilets &amp; sinks</a></li>'
        '<li class="menu-item"><a href="/cctv-drain-surveys/">CCTV drain surveys</a></li>'
        '<li class="menu-item"><a href="/drain-repairs-relining/">Drain repairs &amp; relining</a></li>'
        '<li class="menu-item"><a href="/septic-tanks-cesspits/">Septic tanks &amp; cesspits</a></li>'
        '<li class="menu-item"><a href="/leak-detection/">Leak detection</a></li>'
        "</ul></div></div>",
        '<div id="trustindex-2" class="widget widget_trustindex"><div class="ti-widget ti-goog ti-sidebar">'
        '<div class="ti-rating">&#9733;&#9733;&#9733;&#9733;&#9733; <strong>4.9</strong> on Google</div>'
        f'<div class="ti-review-item"><p class="ti-review-content">&ldquo;{quote}&rdquo;</p>'
        f'<span class="ti-name">{who}</span></div></div></div>',
        "</aside>",
        cls="x-col-sidebar",
    )


def _with_sidebar(main_parts, review=0):
    return _section(_row(_col(*main_parts, cls="x-col-main"), _sidebar(review)), cls="x-section-content")


def _cta(line="Blocked, leaking or overflowing? We can usually be with you the same day."):
    return _section(
        _row(
            _col(_head(line, "h3")),
            _col(
                _btn("Book online", "/areas-we-cover/#enquiry"),
                _btn(f"Call {_OFFICE_TEL}", "tel:01632960418", "x-anchor-alt"),
            ),
        ),
        cls="x-bg-navy cta-band",
    )


# ---------------------------------------------------------------------------------------------------------------
# Shared header (mega menu + off-canvas) and footer.
# ---------------------------------------------------------------------------------------------------------------
_NAV = [
    ("Home", "/", []),
    (
        "Drainage",
        "/blocked-drains/",
        [
            ("Blocked Drains", "/blocked-drains/", "Rodding and high-pressure jetting"),
            ("CCTV Drain Surveys", "/cctv-drain-surveys/", "Camera surveys and written reports"),
            ("Drain Repairs &amp; Relining", "/drain-repairs-relining/", "No-dig patch repairs and lining"),
            ("Soakaways", "/soakaways/", "Testing, clearing and new soakaways"),
            ("Septic Tanks &amp; Cesspits", "/septic-tanks-cesspits/", "Tanker emptying and advice"),
        ],
    ),
    (
        "Plumbing",
        "/taps-toilets/",
        [
            ("Blocked Toilets &amp; Sinks", "/blocked-toilets-sinks/", "Toilets, basins, baths and macerators"),
            ("Taps &amp; Toilets", "/taps-toilets/", "Repairs, replacements and outside taps"),
            ("Leak Detection", "/leak-detection/", "Find hidden leaks without ripping up floors"),
            ("Water Mains Replacement", "/water-mains-replacement/", "Lead and old supply pipes replaced"),
        ],
    ),
    ("Commercial", "/commercial/", []),
    ("Prices", "/prices/", []),
    (
        "Help &amp; Info",
        "/faq/",
        [
            ("Insurance Work", "/insurance-work/", "Reports and repairs for claims"),
            ("Our Guarantees", "/guarantees/", "What we guarantee and for how long"),
            ("Areas We Cover", "/areas-we-cover/", "Where our vans go, and how to reach us"),
            ("About Us", "/about-us/", "The family and the team"),
            ("FAQs", "/faq/", "Appointments, parking and more"),
        ],
    ),
]


def _desktop_menu(current):
    items = []
    for i, (label, href, children) in enumerate(_NAV, start=1):
        classes = f"menu-item menu-item-type-post_type menu-item-object-page menu-item-{300 + i}"
        if children:
            classes += " menu-item-has-children x-megamenu"
        if href == current or any(c[1] == current for c in children):
            classes += " current-menu-ancestor current-menu-item"
        li = (
            f'<li class="{classes}"><a class="x-anchor x-anchor-menu-item" tabindex="0" href="{href}">'
            '<div class="x-anchor-content"><div class="x-anchor-text">'
            f'<span class="x-anchor-text-primary">{label}</span></div>'
        )
        if children:
            li += (
                '<i class="x-anchor-sub-indicator" data-x-skip-scroll="true" aria-hidden="true" '
                'data-x-icon-s="&#xf107;"></i>'
            )
        li += "</div></a>"
        if children:
            li += '<ul class="sub-menu x-dropdown x-mega-panel" data-x-depth="0" data-x-stem>'
            for c_label, c_href, c_desc in children:
                li += (
                    f'<li class="menu-item menu-item-type-post_type menu-item-object-page">'
                    f'<a class="x-anchor x-anchor-menu-item" tabindex="0" href="{c_href}">'
                    '<div class="x-anchor-content"><div class="x-anchor-text">'
                    f'<span class="x-anchor-text-primary">{c_label}</span>'
                    f'<span class="x-anchor-text-secondary">{c_desc}</span></div></div></a></li>'
                )
            li += "</ul>"
        items.append(li + "</li>")
    return '<ul id="menu-main-menu" class="x-menu-first-level">' + "\n".join(items) + "</ul>"


def _mobile_menu():
    items = []
    for label, href, children in _NAV:
        sub = ""
        if children:
            sub = '<ul class="sub-menu" data-x-toggleable="m-sub">' + "".join(
                f'<li class="menu-item"><a class="x-anchor x-anchor-menu-item" href="{c[1]}">{c[0]}</a></li>'
                for c in children
            )
            sub += "</ul>"
        link = f'<a class="x-anchor x-anchor-menu-item" href="{href}">{label}</a>'
        items.append(f'<li class="menu-item">{link}{sub}</li>')
    return "\n".join(items)


_STYLE = """<style id="cs-generated-css">
.e-hw-top{background:#0b2545;color:#fff;font-size:13px}.x-bar-content{max-width:1240px}
.x-bg-navy{background-color:#0b2545;color:#fff}
.x-bg-hero{background:#13315c url(/wp-content/uploads/2023/03/jetting-hero.jpg) center/cover}
.x-anchor-button{border-radius:3px;background-color:#f5a300;color:#0b2545;font-weight:700}
.x-acc-header{background:#eef3f8}.x-acc-content{padding:1em 1.25em}
.price-table td,.price-table th{padding:.5em .75em;border-bottom:1px solid #dde3ea}
</style>"""


def _page(path, pid, title, description, body):
    canonical = _DOMAIN + path
    doc = f"""<!DOCTYPE html>
<html class="no-js" lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title} | Hartwell Drainage &amp; Plumbing</title>
<meta name="description" content="{description}">
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<link rel="canonical" href="{canonical}">
<meta property="og:locale" content="en_GB">
<meta property="og:type" content="article">
<meta property="og:title" content="{title} | Hartwell Drainage &amp; Plumbing">
<meta property="og:description" content="{description}">
<meta property="og:url" content="{canonical}">
<meta property="og:site_name" content="Hartwell Drainage &amp; Plumbing">
<meta name="twitter:card" content="summary_large_image">
<link rel="dns-prefetch" href="//fonts.googleapis.com">
<link rel="stylesheet" id="x-stack-css"
href="/wp-content/themes/x/framework/dist/css/site/stacks/integrity-light.css?ver=10.4.13" type="text/css" media="all">
<link rel="stylesheet" id="x-child-css" href="/wp-content/themes/x-child/style.css?ver=10.4.13" type="text/css"
media="all">
<link rel="stylesheet" id="cs-css" href="/wp-content/plugins/cornerstone/assets/css/site/cs-theme.7.4.13.css"
type="text/css" media="all">
<link rel="stylesheet" id="cookie-notice-front-css"
href="/wp-content/plugins/cookie-notice/css/front.min.css?ver=2.4.16" type="text/css" media="all">
<link rel="stylesheet" id="wpforms-full-css"
href="/wp-content/plugins/wpforms-lite/assets/css/frontend/classic/wpforms-full.min.css?ver=1.8.7" type="text/css"
media="all">
<link rel="icon" href="/wp-content/uploads/2021/06/cropped-hartwell-icon-32x32.png" sizes="32x32">
<link rel="apple-touch-icon" href="/wp-content/uploads/2021/06/cropped-hartwell-icon-180x180.png">
<meta name="generator" content="WordPress 6.5.3">
<meta name="generator" content="Powered by Cornerstone 7.4.13">
{_STYLE}
<script async src="https://www.googletagmanager.com/gtag/js?id=G-HW4D7R2K9P"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new
Date());gtag('config','G-HW4D7R2K9P');</script>
</head>
<body class="page-template page-template-template-blank-4 page-template-template-blank-4-php page page-id-{pid}
x-integrity x-integrity-light x-child-theme-active x-full-width-layout-active x-full-width-active
x-post-meta-disabled x-page-title-disabled cornerstone-v7_4_13 x-v10_4_13">
<div id="x-root" class="x-root">
<div id="x-site" class="x-site site">
<header class="x-masthead" role="banner">
<div class="x-bar x-bar-top x-bar-h x-bar-relative x-bar-outer-spacers e-hw-top"
data-x-bar="{{&quot;id&quot;:&quot;e5-e1&quot;,&quot;region&quot;:&quot;top&quot;}}">
<div class="e5-e1 x-bar-content"><div class="x-bar-container e5-e2">
<div class="x-text x-content e5-e3"><p><i class="x-icon" data-x-icon-s="&#xf095;"></i> Office <a
href="tel:01632960418">{_OFFICE_TEL}</a>
&nbsp;|&nbsp; 24/7 emergencies <a href="tel:07700900418">{_EMERGENCY_TEL}</a></p></div>
<div class="x-text x-content e5-e4"><p>&#9733;&#9733;&#9733;&#9733;&#9733; Rated 4.9 on Google &nbsp;|&nbsp;
Family-run since 2004</p></div>
<div class="x-social-global e5-e5"><a href="https://www.facebook.com/hartwelldrainage" class="facebook"
title="Facebook" target="_blank" rel="noopener">Facebook</a>
<a href="https://www.instagram.com/hartwell_drains" class="instagram" title="Instagram" target="_blank"
rel="noopener">Instagram</a></div>
</div></div></div>
<div class="x-bar x-bar-top x-bar-h x-bar-sticky x-bar-fixed x-bar-outer-spacers e5-e6"
data-x-bar="{{&quot;id&quot;:&quot;e5-e6&quot;,&quot;region&quot;:&quot;top&quot;,&quot;height&quot;:&quot;90px&quot;}}">
<div class="e5-e6 x-bar-content"><div class="x-bar-container e5-e7">
<a class="x-image e5-e8" href="/"><img src="/wp-content/uploads/2021/06/hartwell-drainage-plumbing-logo.png"
width="260" height="64" alt="Hartwell Drainage &amp; Plumbing logo"></a>
<nav class="x-menu x-menu-inline e5-e9" aria-label="Main menu">
{_desktop_menu(path)}
</nav>
<a class="x-anchor x-anchor-button has-int-content e5-e10 header-emergency" tabindex="0" href="/emergency-24-7/"><div
class="x-anchor-content"><div class="x-anchor-text"><span class="x-anchor-text-primary">Emergency 24/7</span><span
class="x-anchor-text-secondary">{_EMERGENCY_TEL}</span></div></div></a>
<div class="x-anchor x-anchor-toggle has-int-content e5-e11" tabindex="0" role="button" data-x-toggle="1"
data-x-toggleable="e5-e11" aria-label="Toggle Off Canvas Content"><div class="x-anchor-content"><span
class="x-graphic"><span class="x-toggle x-toggle-burger"></span></span></div></div>
</div></div></div>
<div class="x-off-canvas x-off-canvas-right e5-e12" role="dialog" data-x-toggleable="e5-e11" aria-hidden="true"
aria-label="Off Canvas">
<span class="x-crumbs-off-canvas-bg"></span><div class="x-off-canvas-content" role="document">
<ul class="x-menu x-menu-layered e5-e13">
{_mobile_menu()}
</ul></div></div>
</header>
<div class="x-main full" role="main">
<article id="post-{pid}" class="post-{pid} page type-page status-publish hentry no-post-thumbnail">
<div class="entry-content content">
<div id="cs-content" class="cs-content">
{body}
</div>
</div>
</article>
</div>
<footer class="x-colophon" role="contentinfo">
<div class="x-bar x-bar-footer x-bar-h x-bar-relative e6-e1"><div class="e6-e1 x-bar-content"><div
class="x-bar-container e6-e2">
<div class="x-col e6-e3 footer-about">
<img src="/wp-content/uploads/2021/06/hartwell-logo-white.png" width="200" height="49" alt="Hartwell Drainage &amp;
Plumbing">
<div class="x-text x-content e6-e4"><p>Hartwell Drainage &amp; Plumbing Ltd<br>Unit 6, Brindley Court<br>Kettering,
Northamptonshire NN16 8TQ</p>
<p>Office: <a href="tel:01632960418">{_OFFICE_TEL}</a><br>24/7 emergencies: <a
href="tel:07700900418">{_EMERGENCY_TEL}</a><br>
<a href="mailto:office@hartwelldrainage.co.uk">office@hartwelldrainage.co.uk</a></p></div>
</div>
<div class="x-col e6-e5 footer-links"><h4 class="h-widget">Services</h4><ul class="x-footer-menu">
<li><a href="/blocked-drains/">Blocked Drains</a></li><li><a href="/cctv-drain-surveys/">CCTV Surveys</a></li>
<li><a href="/drain-repairs-relining/">Drain Relining</a></li><li><a href="/septic-tanks-cesspits/">Septic
Tanks</a></li>
<li><a href="/leak-detection/">Leak Detection</a></li><li><a href="/commercial/">Commercial</a></li></ul></div>
<div class="x-col e6-e6 footer-hours"><h4 class="h-widget">Opening hours</h4>
<div class="x-text x-content e6-e7"><p>Office: Mon&ndash;Fri 8am&ndash;5.30pm, Sat 8am&ndash;12pm<br>Emergency line:
24 hours, 7 days</p></div>
<div class="x-text x-content e6-e8 footer-badges"><p>WaterSafe approved &middot; CHAS accredited &middot; NADC member
&middot; Registered waste carrier</p></div></div>
<div class="x-col e6-e9 footer-social"><h4 class="h-widget">Follow us</h4>
<ul class="x-social-list"><li><a href="https://www.facebook.com/hartwelldrainage" target="_blank"
rel="noopener">Facebook</a></li>
<li><a href="https://www.instagram.com/hartwell_drains" target="_blank" rel="noopener">Instagram</a></li>
<li><a href="https://www.youtube.com/@hartwelldrainage" target="_blank" rel="noopener">YouTube</a></li>
<li><a href="https://g.page/hartwell-drainage-kettering" target="_blank" rel="noopener">Google reviews</a></li></ul>
{_btn("Book an engineer", "/areas-we-cover/#enquiry", "footer-cta")}</div>
</div></div></div>
<div class="x-bar x-bar-footer x-bar-h x-bar-relative e6-e10 footer-legal"><div class="e6-e10 x-bar-content"><div
class="x-bar-container e6-e11">
<p>&copy; 2025 Hartwell Drainage &amp; Plumbing Ltd. Registered in England &amp; Wales No. 05218847. VAT No. GB 842
6619 20.
&nbsp;|&nbsp; <a href="/faq/">FAQs</a> &nbsp;|&nbsp; <a href="/guarantees/">Guarantees</a> &nbsp;|&nbsp; Website by
Nene Web Co.</p>
</div></div></div>
</footer>
</div>
</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom"
aria-label="Cookie Notice" style="background-color: rgba(11,37,69,1);">
<div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">We use
cookies to give you the best experience on our website and to see which pages are useful. If you continue to use this
site we will assume that you are happy with it.</span>
<span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept"
class="cn-set-cookie cn-button" aria-label="Ok">Ok</a>
<a href="#" id="cn-refuse-cookie" data-cookie-set="refuse" class="cn-set-cookie cn-button" aria-label="No">No</a></span>
<span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="No"></span></div>
</div>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="/wp-content/themes/x/framework/dist/js/site/x.js?ver=10.4.13" id="x-site-js"></script>
<script src="/wp-content/plugins/cornerstone/assets/js/site/cs.7.4.13.js" id="cs-js"></script>
</body>
</html>
"""
    return path, doc


_PAGES = []

# Home -----------------------------------------------------------------------------------------------------------
_start(7)
_PAGES.append(
    _page(
        "/",
        7,
        "Drainage &amp; Plumbing Engineers in Kettering",
        "Family-run drainage and plumbing engineers in Kettering with three vans and a tanker: blocked drains, "
        "CCTV surveys, relining, septic tanks, leak detection and plumbing repairs.",
        "\n".join(
            [
                _section(
                    _row(
                        _col(
                            _head(
                                "Drains, plumbing and septic tanks &ndash; sorted properly",
                                "h1",
                                "Family-run drainage and plumbing engineers, based in Kettering since 2004",
                            ),
                            _btn("Book an engineer", "/areas-we-cover/#enquiry"),
                            _btn("Emergency? Call 24/7", "tel:07700900418", "x-anchor-alt"),
                        )
                    ),
                    sid="home-hero",
                    cls="x-bg-hero home-hero",
                ),
                _section(
                    _row(
                        _col(
                            _head("A local family firm, not a call centre"),
                            _text("""
<p>Hartwell Drainage &amp; Plumbing is a small family business. We are not a national franchise and we don't
run a call centre. When you ring us you speak to Kasia in our office in Kettering, who can see exactly where all
three of our vans are and will give you an honest arrival time rather than a four-hour window.</p>
<p>The engineer who turns up works for us, drives one of our own vans and has done this job for years. We never
pass jobs on to subcontractors or sell your details to &ldquo;whoever is nearest&rdquo;, so the person who
quotes for the work is the person who does it, and the person who comes back if you ever need us again.</p>
"""),
                        ),
                        _col(
                            f'<span class="x-image {_e()}"><img src="/wp-content/uploads/2023/03/three-vans-yard.jpg" '
                            'width="640" height="420" alt="Hartwell vans lined up at the Kettering yard"></span>'
                        ),
                    )
                ),
                _section(
                    _row(
                        _col(
                            _head("Three vans, each kitted out for its own job"),
                            _text("""
<ul class="x-ul-icons">
<li><strong>The jetting van</strong> &ndash; a high-pressure water jetter and a full set of drain rods for blocked
drains, gullies and sewer connections.</li>
<li><strong>The camera van</strong> &ndash; crawler and push-rod CCTV cameras, drain tracing kit and our no-dig
relining equipment.</li>
<li><strong>The plumbing van</strong> &ndash; stocked with taps, valves, toilet parts and pipe fittings, so most
repairs are finished on the first visit.</li>
<li><strong>Plus our vacuum tanker</strong> for septic tank and cesspit emptying.</li>
</ul>
"""),
                        )
                    ),
                    cls="x-bg-light",
                ),
                _section(
                    _row(
                        _col(
                            _head("What we do", "h2"),
                            _text("""
<div class="hw-service-grid">
<div class="hw-card"><h3><a href="/blocked-drains/">Blocked drains</a></h3><p>Outside drains, gullies and
manholes cleared by rod or jetter.</p></div>
<div class="hw-card"><h3><a href="/blocked-toilets-sinks/">Toilets &amp; sinks</a></h3><p>Blocked loos, basins,
baths and kitchen sinks.</p></div>
<div class="hw-card"><h3><a href="/cctv-drain-surveys/">CCTV surveys</a></h3><p>See inside your drains, with a
proper written report.</p></div>
<div class="hw-card"><h3><a href="/drain-repairs-relining/">Repairs &amp; relining</a></h3><p>Cracked and broken
pipes fixed, often without digging.</p></div>
<div class="hw-card"><h3><a href="/septic-tanks-cesspits/">Septic tanks</a></h3><p>Emptying for septic tanks
and cesspits.</p></div>
<div class="hw-card"><h3><a href="/leak-detection/">Leak detection</a></h3><p>Hidden leaks found and fixed.</p>
</div>
</div>
"""),
                        )
                    )
                ),
                _section(
                    _row(
                        _col(
                            _head("Why people call us back"),
                            _text("""
<ul>
<li><strong>The price is agreed before we start.</strong> If the job changes, we stop and talk to you first.</li>
<li><strong>We show you the problem.</strong> Photos, or the camera footage on a tablet, so you can see what we
see.</li>
<li><strong>Straight answers.</strong> If a repair can wait, or doesn't need doing at all, we'll tell you.</li>
<li><strong>4.9 stars from over 600 Google reviews</strong> across Northamptonshire.</li>
</ul>
"""),
                        )
                    )
                ),
                _section(
                    _row(
                        _col(
                            _head("What our customers say", "h2"),
                            _text("""
<div class="hw-testimonials">
<blockquote class="x-blockquote"><p>&ldquo;Rang at 8am with water backing up in the garden, Dave was here by ten and
had it flowing in half an hour. Showed me the wipes he pulled out &ndash; lesson learned!&rdquo;</p>
<cite>Julie M., Desborough</cite></blockquote>
<blockquote class="x-blockquote"><p>&ldquo;Lee surveyed the drains on the house we were buying and the report
saved us thousands on the price. Clear, no jargon.&rdquo;</p><cite>Tom &amp; Priya, Kettering</cite></blockquote>
<blockquote class="x-blockquote"><p>&ldquo;Honest lads. Told me my old tap only needed a new cartridge when
others wanted to replace the lot.&rdquo;</p><cite>Brian H., Corby</cite></blockquote>
</div>
"""),
                        )
                    ),
                    cls="x-bg-light testimonials",
                ),
                _cta("Not sure what you need? Ring the office and we'll talk it through."),
            ]
        ),
    )
)

# Blocked drains -------------------------------------------------------------------------------------------------
_start(112)
_PAGES.append(
    _page(
        "/blocked-drains/",
        112,
        "Blocked Drains",
        "Blocked drain in Kettering, Corby or Wellingborough? Drains, gullies and manholes cleared by rod or "
        "high-pressure jetter by our own engineers.",
        "\n".join(
            [
                _hero(
                    "Blocked Drains",
                    "Outside drains, gullies and manholes cleared &ndash; usually same day",
                    "Blocked Drains",
                ),
                _with_sidebar(
                    [
                        _head("Signs your drain is blocked"),
                        _text("""
<ul>
<li>Sinks, showers and baths draining slowly, or gurgling when they empty</li>
<li>The water in the toilet rising when you flush, then slowly going down</li>
<li>A bad smell around the outside gullies or the manhole</li>
<li>Dirty water or sewage coming up out of a manhole cover or a gully in the garden or on the drive</li>
</ul>
<p><strong>Quick check:</strong> lift the manhole cover nearest the house (if you can do it safely). If the
chamber is full of water, the blockage is further down the line, between that manhole and the sewer. If it's
empty, the blockage is between the house and that manhole. Telling us which when you ring helps us bring the
right kit.</p>
"""),
                        _head("How we clear it", "h3"),
                        _text("""
<p>Our engineer will find your manholes, work out which length of pipe is blocked and clear it with drain rods or
our high-pressure water jetter, which cuts through wipes, fat and silt and washes the pipe clean. We then run
water through every manhole to check it's flowing freely before we leave.</p>
<p>The usual culprits are wet wipes (including ones sold as &ldquo;flushable&rdquo;), kitchen fat, nappies and
sanitary products, and silt washed in from the yard. If a drain keeps blocking, or the jetter hits something
solid, there's usually a broken or displaced pipe behind it &ndash; we can put a camera down on the same visit
(see <a href="/cctv-drain-surveys/">CCTV drain surveys</a>).</p>
"""),
                        _head("Is it my drain or the water company's?", "h3"),
                        _text("""
<p>Since October 2011 the water company has owned most shared drains. As a rule of thumb:</p>
<ul>
<li>A pipe that only carries waste from <em>your</em> property, and sits inside your boundary, is yours to look
after.</li>
<li>A pipe that carries waste from your house <em>and</em> a neighbour's, or one that runs outside your boundary,
is a lateral drain or public sewer and belongs to Anglian Water. Clearing it costs you nothing &ndash; ring their
24-hour line and they will send their own contractor.</li>
</ul>
<p>If we arrive and find the blockage is in a shared or public section, we'll show you, stop work, and charge
only a half-hour attendance rather than a full first hour.</p>
"""),
                        _btn("See our prices", "/prices/"),
                    ],
                    review=0,
                ),
                _cta(),
            ]
        ),
    )
)

# Blocked toilets and sinks --------------------------------------------------------------------------------------
_start(118)
_PAGES.append(
    _page(
        "/blocked-toilets-sinks/",
        118,
        "Blocked Toilets, Sinks &amp; Baths",
        "Blocked toilet, kitchen sink, basin, bath or shower? Cleared without fuss. We also repair and replace "
        "macerator toilets such as Saniflo.",
        "\n".join(
            [
                _hero(
                    "Blocked Toilets, Sinks &amp; Baths",
                    "Inside blockages cleared cleanly and quickly",
                    "Blocked Toilets &amp; Sinks",
                ),
                _with_sidebar(
                    [
                        _head("Blocked toilets"),
                        _text("""
<p>A toilet that fills to the rim, or flushes slowly, is usually blocked in the pan or just behind it &ndash;
too much paper, wipes, or something a little one has posted down it (we have retrieved toothbrushes, toy cars
and a surprising number of phones). We start with a proper toilet plunger and a hand auger. If the object is
stuck in the trap we can lift the toilet off, clear it and refit it with a new seal the same day.</p>
<p>If more than one toilet or the downstairs shower is backing up, the problem is probably in the main drain
outside &ndash; see <a href="/blocked-drains/">blocked drains</a>.</p>
"""),
                        _head("Sinks, basins, baths and showers", "h3"),
                        _text("""
<p>Bathroom wastes usually block with hair and soap; kitchen sinks with fat, food and coffee grounds. We strip
and clean the traps, then clear the waste pipe with an electro-mechanical machine if the blockage is further
along. Plastic traps that are cracked or perished are replaced on the spot.</p>
"""),
                        _head("Already tried a chemical unblocker?", "h3"),
                        _text("""
<p>Please don't pour in more. If you have used a caustic drain unblocker (or bleach, or a mixture of products),
<strong>tell us when you book</strong>. Chemicals left sitting in the trap can burn skin and eyes when the pipe is
opened, so our engineer will flush the waste and wear gloves and goggles before starting. Strong unblockers can
also soften plastic traps and joints, which we'll check and replace if needed. It doesn't stop us clearing the
blockage &ndash; we just need to know.</p>
"""),
                        _head("Macerator and pump-away toilets", "h3"),
                        _text("""
<p>We service and repair macerator units such as Saniflo and Grundfos Sololift, as fitted to downstairs
cloakrooms and basement toilets. Grinding, humming without pumping, or the unit running on and off by itself
usually means something has got into the blades or the pressure switch is clogged &ndash; wipes, cotton buds,
dental floss and hair are the usual causes. Stop using it and switch it off at the spur until we arrive: running
a jammed macerator burns out the motor. Where a unit is beyond repair we can supply and fit a like-for-like
replacement, normally the same or next day.</p>
"""),
                        _btn("See our prices", "/prices/"),
                    ],
                    review=1,
                ),
                _cta(),
            ]
        ),
    )
)

# CCTV surveys ---------------------------------------------------------------------------------------------------
_start(124)
_PAGES.append(
    _page(
        "/cctv-drain-surveys/",
        124,
        "CCTV Drain Surveys",
        "CCTV drain surveys for homebuyers, recurring blockages and building work, with a written report and "
        "video. Northamptonshire drainage engineers.",
        "\n".join(
            [
                _hero("CCTV Drain Surveys", "See exactly what's going on underground", "CCTV Drain Surveys"),
                _with_sidebar(
                    [
                        _head("When a camera survey makes sense"),
                        _text("""
<ul>
<li><strong>Buying a house</strong> &ndash; especially an older property, or one with trees near the drains.
Sewer and drain problems are not covered by a standard homebuyer survey.</li>
<li><strong>Drains that keep blocking</strong> &ndash; repeated blockages nearly always have a cause, such as a
cracked pipe, a dip where water sits, or roots getting in.</li>
<li><strong>Before building work</strong> &ndash; building control often want to know the position and condition
of drains before you build an extension over or near them.</li>
<li><strong>For an insurance claim</strong> &ndash; see <a href="/insurance-work/">insurance work</a>.</li>
</ul>
"""),
                        _head("What happens on the day", "h3"),
                        _text("""
<p>Lee, our survey engineer, lifts the manhole covers, flushes the lines if needed and sends the camera through
each run of pipe from the house to where it joins the sewer. Everything is recorded. A locating sonde on the
camera head lets us mark the line and depth of the pipe on the ground, so you know exactly where it runs. Most
houses take an hour to an hour and a half on site.</p>
<p>If you're buying, we'll need the seller's or the estate agent's permission to lift the covers &ndash; we are
happy to arrange access with the agent for you.</p>
"""),
                        _head("Your report", "h3"),
                        _text("""
<p>You get a written report with a sketch plan of the drains, colour stills of every defect, each defect coded
to the industry (WRc) standard, our plain-English recommendations and a price for any repairs. The video comes
as a download link.</p>
<p>The report is emailed within two working days of the survey &ndash; usually the next day. If you are up
against an exchange date, ask for our same-day report when you book and you'll have it by 7pm.</p>
"""),
                        _btn("Survey prices", "/prices/"),
                    ],
                    review=0,
                ),
                _cta("Buying a house? Book your drain survey before you exchange."),
            ]
        ),
    )
)

# Drain repairs and relining -------------------------------------------------------------------------------------
_start(131)
_PAGES.append(
    _page(
        "/drain-repairs-relining/",
        131,
        "Drain Repairs &amp; No-Dig Relining",
        "Cracked, broken or root-damaged drains repaired from the inside with patch repairs and full-length "
        "lining, or dug out and replaced where needed.",
        "\n".join(
            [
                _hero(
                    "Drain Repairs &amp; Relining",
                    "Fixing broken pipes &ndash; usually without digging",
                    "Drain Repairs &amp; Relining",
                ),
                _with_sidebar(
                    [
                        _head("No-dig repairs"),
                        _text("""
<p>Most cracked pipes, leaking joints and pipes that roots have got into can be repaired from the inside, working
from your manholes, so the driveway, patio, lawn or kitchen floor above stays exactly where it is.</p>
<ul>
<li><strong>Root cutting:</strong> first we cut out any roots with a robotic cutter and jet the pipe clean.</li>
<li><strong>Patch repair:</strong> for a single crack or a bad joint, a resin-soaked sleeve about a metre long is
inflated against the pipe wall and sets hard in a couple of hours.</li>
<li><strong>Full-length lining:</strong> where a whole run is cracked or riddled with roots, we pull a
resin-impregnated felt liner right through it and cure it in place &ndash; in effect a new pipe inside the old
one, with no joints for roots to find.</li>
</ul>
<p>Lining suits pipes from 100mm to 225mm across, including bends. Most domestic jobs are finished in a day and
the liners have a design life of 50 years. We film the pipe before and after, and you get both recordings.</p>
"""),
                        _head("When we do need to dig", "h3"),
                        _text("""
<p>A pipe that has collapsed completely, has a large section missing, or has sunk so that water can't run
downhill can't be lined. Then we excavate and replace that length in modern plastic pipe, bedded in pea gravel,
and put the surface back: concrete made good, slabs relaid, block paving lifted and relaid with the original
blocks wherever they come up whole.</p>
"""),
                        _head("Prices", "h3"),
                        _text("""
<table class="price-table">
<thead><tr><th>Repair</th><th>Price (inc. VAT)</th></tr></thead>
<tbody>
<tr><td>Patch repair, first patch</td><td>from &pound;395</td></tr>
<tr><td>Each extra patch in the same visit</td><td>&pound;250</td></tr>
<tr><td>Full-length lining</td><td>fixed quote after a camera survey</td></tr>
<tr><td>Excavation and replacement</td><td>fixed quote after a site visit</td></tr>
</tbody>
</table>
<p>Repairs are always quoted from survey footage, so you know the full price before we start.</p>
"""),
                    ],
                    review=1,
                ),
                _cta("Got a survey report with defects on it? Send it over for a repair quote."),
            ]
        ),
    )
)

# Septic tanks and cesspits --------------------------------------------------------------------------------------
_start(137)
_PAGES.append(
    _page(
        "/septic-tanks-cesspits/",
        137,
        "Septic Tank &amp; Cesspit Emptying",
        "Septic tank and cesspit emptying across rural Northamptonshire with our own vacuum tanker. Prices, "
        "how often to empty, and tanker access.",
        "\n".join(
            [
                _hero(
                    "Septic Tank &amp; Cesspit Emptying",
                    "Our own tanker, our own driver, a fixed price",
                    "Septic Tanks &amp; Cesspits",
                ),
                _with_sidebar(
                    [
                        _head("Septic tank or cesspit?"),
                        _text("""
<p>A <strong>septic tank</strong> separates the solids and lets treated water run out to a soakaway or drainage
field. A <strong>cesspit</strong> (or cesspool) has no outlet at all &ndash; it simply holds everything until
it's pumped out. Not sure which you have? Ask us when you book; our driver Mick will tell you on the day.</p>
"""),
                        _head("How often should it be emptied?", "h3"),
                        _text("""
<ul>
<li><strong>Septic tanks:</strong> once every 12 months for a typical family home. A larger tank or a smaller
household can sometimes go 18 months to two years, but leaving it too long lets sludge wash out and clog the
soakaway, which is far more expensive to put right.</li>
<li><strong>Cesspits:</strong> every 4 to 8 weeks, depending on the size of the pit and how many people live in
the house. Many have a high-level alarm; if yours doesn't, we can fit one.</li>
</ul>
<p>Customers on a regular emptying schedule get 10% off every visit and a reminder call a week before.</p>
"""),
                        _head("Can the tanker reach?", "h3"),
                        _text("""
<p>Our tanker carries 9,000 litres (about 2,000 gallons) and has hoses that reach up to 60 metres from where it
parks, so a tank at the far end of a long garden is rarely a problem. The tanker weighs up to 18 tonnes loaded,
so it needs a firm road, lane or hardstanding at least 3 metres wide. We can't drive across lawns, fields or
soft verges. Please leave the lid clear and any gates unlocked.</p>
"""),
                        _head("Prices", "h3"),
                        _text("""
<table class="price-table">
<thead><tr><th>Service</th><th>Price (inc. VAT)</th></tr></thead>
<tbody>
<tr><td>Septic tank empty, up to 4,500 litres</td><td>&pound;285</td></tr>
<tr><td>Septic tank empty, up to 9,000 litres</td><td>&pound;375</td></tr>
<tr><td>Cesspit empty, full tanker load</td><td>&pound;375</td></tr>
<tr><td>Each extra load, same day</td><td>&pound;325</td></tr>
</tbody>
</table>
<p>We are a registered waste carrier and every visit comes with a waste transfer note for your records.</p>
"""),
                        _head("A note on the 2020 rules", "h3"),
                        _text("""
<p>Under the Environment Agency's general binding rules, a septic tank must not discharge straight into a
ditch, stream or river. If yours does, tell us and we'll explain your options.</p>
"""),
                    ],
                    review=2,
                ),
                _cta("Book your septic tank or cesspit empty &ndash; usually within the week."),
            ]
        ),
    )
)

# Soakaways ------------------------------------------------------------------------------------------------------
_start(142)
_PAGES.append(
    _page(
        "/soakaways/",
        142,
        "Soakaways",
        "Failing soakaway? We test, clear and replace soakaways, and carry out percolation tests for building "
        "control on new extensions.",
        "\n".join(
            [
                _hero("Soakaways", "Testing, clearing and building new soakaways", "Soakaways"),
                _with_sidebar(
                    [
                        _head("What a soakaway does"),
                        _text("""
<p>Many homes in Northamptonshire have no surface water sewer, so the rain off the roof runs down the
downpipes and into a soakaway &ndash; a pit in the garden that lets the water drain slowly into the ground.
Older soakaways are often just a hole filled with bricks and rubble. Over 30 or 40 years they fill up with silt
and leaves, roots grow into them, and they stop soaking away.</p>
"""),
                        _head("Signs your soakaway is failing", "h3"),
                        _text("""
<ul>
<li>Water pooling around the bottom of a downpipe or gully whenever it rains hard</li>
<li>Puddles on the lawn that stay for days after rain, or a patch of grass that is always boggy</li>
<li>Gullies overflowing in a downpour</li>
<li>Damp patches low down on the wall near a downpipe</li>
</ul>
"""),
                        _head("What we do", "h3"),
                        _text("""
<p>First we find out where the downpipes actually go with a camera and a tracing sonde (sometimes the pipe is
simply broken or blocked and the soakaway is fine). Then we water-test the soakaway to see how fast it drains.
If it has silted up, a rubble soakaway can't really be cleaned &ndash; the answer is a new one.</p>
<p>New soakaways are built from modern plastic crates wrapped in a geotextile membrane, sized to your roof area
and the soil, and placed at least 5 metres from any building so they can't undermine the foundations.
A typical domestic soakaway costs &pound;1,800 to &pound;3,500 fitted, with the turf or gravel put back.</p>
"""),
                        _head("Percolation tests for building control", "h3"),
                        _text("""
<p>If you're building an extension, building control will usually ask for a percolation test (to BRE Digest 365)
before they approve a new soakaway. We dig the test pits, carry out the test over a day and give you the written
results and a soakaway size for your architect. The test costs &pound;350.</p>
"""),
                    ],
                    review=0,
                ),
                _cta(),
            ]
        ),
    )
)

# Leak detection -------------------------------------------------------------------------------------------------
_start(149)
_PAGES.append(
    _page(
        "/leak-detection/",
        149,
        "Leak Detection",
        "Hidden water leak? We trace leaks on water supply, hot water and central heating pipes with thermal "
        "imaging, acoustic and tracer gas equipment.",
        "\n".join(
            [
                _hero(
                    "Leak Detection",
                    "Find the leak first, then lift one tile &ndash; not the whole floor",
                    "Leak Detection",
                ),
                _with_sidebar(
                    [
                        _head("Signs of a hidden leak"),
                        _text("""
<ul>
<li>A water bill that has jumped for no reason</li>
<li>A damp patch on a floor, wall or ceiling that won't dry out</li>
<li>A warm patch on the floor, or a boiler that keeps losing pressure and needs topping up</li>
<li>The sound of running water when everything is turned off</li>
<li>Water pressure dropping off</li>
</ul>
"""),
                        _head("A check you can do yourself", "h3"),
                        _text("""
<p>Turn off every tap and anything that uses water (washing machine, dishwasher, outside tap, hose).
Read your water meter, wait 30 minutes without using any water, and read it again. If the numbers have moved,
water is escaping somewhere &ndash; either inside the house or on the underground pipe between the meter and
your stopcock.</p>
"""),
                        _head("How we find it", "h3"),
                        _text("""
<p>Tom uses thermal imaging to follow hot and heating pipes under floors and screed, acoustic listening gear to
hear a leak on pressurised pipes, moisture meters to map damp, and tracer gas &ndash; a harmless
hydrogen and nitrogen mix pushed into the pipe that we detect where it comes up through the ground or the floor.
We can trace leaks on the incoming water main, hot and cold pipes, central heating pipework and underfloor
heating.</p>
<p>We are not gas engineers: if the boiler itself is faulty you will need a Gas Safe registered engineer. What we
do is find and fix the pipe that's leaking.</p>
"""),
                        _head("Cost", "h3"),
                        _text("""
<p>A leak detection visit is a fixed &pound;295 for up to three hours of tracing, and you get a short written
report with thermal images marking the leak. Repairs are priced on the spot and most are done the same visit.
Once a leak on your underground supply pipe is repaired, ask your water company about a leakage allowance
&ndash; our report is usually all the evidence they need to refund part of the bill.</p>
"""),
                    ],
                    review=2,
                ),
                _cta("Meter still turning with everything off? Book a leak detection visit."),
            ]
        ),
    )
)

# Water mains replacement ----------------------------------------------------------------------------------------
_start(153)
_PAGES.append(
    _page(
        "/water-mains-replacement/",
        153,
        "Water Mains Replacement",
        "Old lead, iron or narrow water supply pipes replaced with new MDPE, usually by moling with no trench. "
        "WaterSafe approved installers.",
        "\n".join(
            [
                _hero(
                    "Water Mains Replacement",
                    "New supply pipes for better pressure and no more lead",
                    "Water Mains Replacement",
                ),
                _with_sidebar(
                    [
                        _head("Whose pipe is it?"),
                        _text("""
<p>The water company owns the main in the road and the short pipe up to their stop tap or meter, usually at the
edge of the pavement or just inside your boundary. From there to the stopcock inside your house is your
<strong>supply pipe</strong>, and it's the homeowner's job to maintain and replace it.</p>
"""),
                        _head("Why replace it?", "h3"),
                        _text("""
<ul>
<li><strong>Lead pipes:</strong> common in houses built before about 1970. Lead can dissolve into drinking water,
especially in soft water areas, and there is no safe level for children.</li>
<li><strong>Old galvanised iron:</strong> rusts from the inside, narrows and eventually leaks.</li>
<li><strong>Narrow pipes:</strong> a half-inch supply laid decades ago can't keep up with a combi boiler, two
bathrooms and a family. If the shower dies whenever someone turns on the kitchen tap, this is often why.</li>
<li><strong>Leaks:</strong> a leak found on the supply pipe (see <a href="/leak-detection/">leak detection</a>)
is often the moment to replace the whole run.</li>
</ul>
"""),
                        _head("How we do it &ndash; usually without a trench", "h3"),
                        _text("""
<p>Wherever the ground allows, we <strong>mole</strong> the new pipe in. We dig one small pit at the boundary
and one by the house, and an air-driven impact mole pushes its way underground between the two, pulling new blue
25mm or 32mm MDPE pipe behind it. Your lawn, drive and flower beds stay as they are. Moles run up to about
20 metres in a straight line; where there are obstructions or a longer run, we dig a narrow trench 750mm deep
instead and reinstate it afterwards.</p>
<p>Most replacements are a one-day job, with your water off for two to three hours while we connect up.</p>
"""),
                        _head("Lead? Your water company may do their part free", "h3"),
                        _text("""
<p>When you replace a lead supply pipe, Anglian Water will normally replace their own lead pipe from the main
to the boundary free of charge. As WaterSafe approved installers we notify them and certify our work for
you.</p>
"""),
                        _head("Cost", "h3"),
                        _text("""
<p>A typical house costs between &pound;1,100 and &pound;2,400 depending on the length and what's in the way.
We visit to measure up for free and give you a fixed written quote.</p>
"""),
                    ],
                    review=1,
                ),
                _cta("Think you've still got a lead pipe? Book a free measure-up."),
            ]
        ),
    )
)

# Taps and toilets -----------------------------------------------------------------------------------------------
_start(158)
_PAGES.append(
    _page(
        "/taps-toilets/",
        158,
        "Taps &amp; Toilet Repairs",
        "Dripping taps, running toilets, broken flushes, new taps and toilets, outside taps and stopcocks. "
        "Plumbing repairs in Kettering and north Northamptonshire.",
        "\n".join(
            [
                _hero(
                    "Taps &amp; Toilets", "Everyday plumbing repairs, done properly first time", "Taps &amp; Toilets"
                ),
                _with_sidebar(
                    [
                        _text("""
<p>Our plumbing van carries the common washers, cartridges, fill valves, flush valves and seals for most makes,
so Tom can fix most taps and toilets on the first visit without a trip to the merchants.</p>
"""),
                        _head("Taps"),
                        _text("""
<ul>
<li><strong>Dripping taps:</strong> older taps need a new washer; modern quarter-turn and lever taps need a new
ceramic cartridge. Either is usually a 30-minute job.</li>
<li><strong>New kitchen or basin taps:</strong> we can supply a good quality mixer or fit one you have bought.
Please check it comes with the flexible tails and fixing kit.</li>
<li><strong>Stiff or seized stopcocks:</strong> replaced with a new stopcock or a quarter-turn valve, so you can
turn the water off in a hurry.</li>
</ul>
"""),
                        _head("Toilets", "h3"),
                        _text("""
<ul>
<li><strong>Toilet keeps running or refilling:</strong> a constant trickle into the pan, or the cistern hissing
and refilling on its own, means the flush valve seal or the fill valve has worn. We replace the part, not the
toilet.</li>
<li><strong>Weak flush or broken button:</strong> push buttons, cables and siphons replaced.</li>
<li><strong>Leaking at the base or from the cistern:</strong> new doughnut washer, seals or pan connector.</li>
<li><strong>Replacing a toilet:</strong> we take out and dispose of the old one and fit your new close-coupled or
back-to-wall toilet.</li>
</ul>
"""),
                        _head("Outside taps", "h3"),
                        _text("""
<p>We fit outside taps for the garden hose or car washing, with the double check valve the water regulations
require so dirty water can't be drawn back into your drinking supply. We also fit an isolating valve inside, so
you can turn it off and drain it before the frosts. A standard outside tap on a ground-floor wall, close to the
kitchen pipes, is &pound;145 supplied and fitted.</p>
"""),
                    ],
                    review=2,
                ),
                _cta(),
            ]
        ),
    )
)

# Commercial -----------------------------------------------------------------------------------------------------
_start(163)
_PAGES.append(
    _page(
        "/commercial/",
        163,
        "Commercial Drainage &amp; Maintenance Contracts",
        "Drainage and plumbing for restaurants, takeaways, pubs, schools, care homes, letting agents and "
        "industrial units, with planned maintenance contracts and credit accounts.",
        "\n".join(
            [
                _hero(
                    "Commercial Drainage", "Planned maintenance, credit accounts and priority call-outs", "Commercial"
                ),
                _with_sidebar(
                    [
                        _head("Who we work for"),
                        _text("""
<p>Restaurants, takeaways and pubs; schools and nurseries; care homes; letting agents and housing associations;
shops, offices and industrial units across Kettering, Corby and Wellingborough. A blocked drain at a business
costs money every hour, so commercial customers on a contract go to the front of the queue.</p>
"""),
                        _head("Planned preventative maintenance", "h3"),
                        _text("""
<p>Most commercial blockages are predictable. Kitchens build up fat, oil and grease in the pipes however careful
the staff are, and car parks and yards wash silt into gullies. Rather than waiting for it to back up during
service, we put you on a schedule:</p>
<ul>
<li>Scheduled jetting of kitchen drains &ndash; typically every 3 months for a busy takeaway or restaurant</li>
<li>Grease trap and grease separator emptying and cleaning, with waste transfer notes</li>
<li>Gully and interceptor cleaning for car parks and yards</li>
<li>Annual CCTV condition surveys for your records and insurers</li>
<li>Pump station checks and servicing</li>
</ul>
<p>Work can be done early in the morning or after closing so it doesn't disturb trading. Each contract has a fixed
annual price agreed up front, and contract customers get a 2-hour emergency response 24 hours a day.</p>
"""),
                        _head("Credit accounts", "h3"),
                        _text("""
<p>Businesses, landlords and agents can open a credit account, subject to a credit check, and pay on 30-day
invoice. We work to your purchase order numbers, and every job sheet is emailed with photos and notes. Letting
agents can let us arrange access directly with tenants.</p>
"""),
                        _head("Paperwork", "h3"),
                        _text("""
<p>We are CHAS accredited and provide risk assessments and method statements (RAMS), insurance certificates and
waste paperwork before starting on site.</p>
"""),
                    ],
                    review=0,
                ),
                _cta("Talk to us about a maintenance contract for your site."),
            ]
        ),
    )
)

# Prices ---------------------------------------------------------------------------------------------------------
_start(170)
_PAGES.append(
    _page(
        "/prices/",
        170,
        "Prices &amp; Call-Out Charges",
        "Our hourly rates, evening, weekend and bank holiday rates, fixed prices for common jobs, and how to pay.",
        "\n".join(
            [
                _hero("Prices &amp; Call-Out Charges", "Clear rates, quoted before we start", "Prices"),
                _section(
                    _row(
                        _col(
                            _text("""
<p>There's no separate call-out fee. You pay for the first hour, which starts when the engineer arrives, then in
15-minute blocks after that. All prices include VAT at 20%. Parts and materials are extra and we'll tell you the
cost before fitting them.</p>
"""),
                            _head("Labour rates"),
                            _text("""
<table class="price-table">
<thead><tr><th>When</th><th>First hour</th><th>Then per 15 minutes</th></tr></thead>
<tbody>
<tr><td>Daytime: Monday to Friday, 8am to 6pm</td><td>&pound;95</td><td>&pound;22</td></tr>
<tr><td>Evenings: Monday to Friday, 6pm to 10pm, and Saturdays 8am to 6pm</td><td>&pound;140</td><td>&pound;32</td></tr>
<tr><td>Nights (10pm to 8am), Sundays and bank holidays</td><td>&pound;185</td><td>&pound;42</td></tr>
<tr><td>Christmas Day, Boxing Day and New Year's Day</td><td>&pound;260</td><td>&pound;60</td></tr>
</tbody>
</table>
"""),
                            _head("Fixed prices (daytime)", "h3"),
                            _text("""
<table class="price-table">
<thead><tr><th>Job</th><th>Price</th></tr></thead>
<tbody>
<tr><td>Blocked outside drain, accessible manhole &ndash; no unblock, no fee</td><td>&pound;125</td></tr>
<tr><td>Blocked toilet, sink, basin, bath or shower</td><td>&pound;95</td></tr>
<tr><td>Dripping tap &ndash; washer or cartridge (standard parts included)</td><td>&pound;95</td></tr>
<tr><td>CCTV survey, findings explained on site (no written report)</td><td>&pound;150</td></tr>
<tr><td>CCTV homebuyer survey with written report and video</td><td>&pound;245</td></tr>
<tr><td>Same-day report upgrade</td><td>+ &pound;60</td></tr>
</tbody>
</table>
<p>Prices for <a href="/septic-tanks-cesspits/">septic tank emptying</a>, <a href="/leak-detection/">leak
detection</a>, <a href="/drain-repairs-relining/">relining</a> and <a href="/water-mains-replacement/">water
mains</a> are on those pages. Outside our core area a travel supplement may apply &ndash; see
<a href="/areas-we-cover/">areas we cover</a>.</p>
"""),
                            _head("Paying", "h3"),
                            _text("""
<p>Home customers pay when the job is finished. Every van has a card machine, so you can pay by debit or credit
card (Visa, Mastercard and American Express), contactless or Apple Pay and Google Pay. You can also pay by bank
transfer on the day, or in cash. We no longer accept cheques. For larger planned jobs over &pound;1,000 we take
a 25% deposit when you book, with the balance on completion.</p>
<p>Business customers, see <a href="/commercial/">commercial accounts</a>.</p>
"""),
                        ),
                        _sidebar(1),
                    ),
                    cls="x-section-content",
                ),
                _cta(),
            ]
        ),
    )
)

# Areas and contact ----------------------------------------------------------------------------------------------
_start(176)
_PAGES.append(
    _page(
        "/areas-we-cover/",
        176,
        "Areas We Cover &amp; Contact",
        "Towns and villages our vans cover around Kettering, Corby and Wellingborough, travel supplements further "
        "out, office hours and how to contact us.",
        "\n".join(
            [
                _hero("Areas We Cover", "Where our vans go, and how to get hold of us", "Areas We Cover"),
                _section(
                    _row(
                        _col(
                            _head("Our core area"),
                            _text("""
<p>Everything within roughly 15 miles of our Kettering yard, with no travel charge:</p>
<ul class="hw-towns">
<li>Kettering</li><li>Corby</li><li>Wellingborough</li><li>Rushden</li><li>Higham Ferrers</li>
<li>Desborough</li><li>Rothwell</li><li>Burton Latimer</li><li>Irthlingborough</li><li>Raunds</li>
<li>Thrapston</li><li>Finedon</li><li>Geddington</li><li>Broughton</li>
</ul>
<p>&hellip;and all the villages in between.</p>
"""),
                            _head("Further afield", "h3"),
                            _text("""
<p>We regularly work in <strong>Market Harborough, Oundle, Northampton</strong> (mainly the eastern side, such as
Moulton, Weston Favell and Earls Barton) and the villages around them. A &pound;25 travel supplement is added to
jobs there, and at night it can take us a little longer to reach you.</p>
<p>Beyond that &ndash; Milton Keynes, Peterborough, Bedford, Leicester &ndash; we only take septic tank work and
commercial contracts.</p>
"""),
                            _head("Office hours", "h3"),
                            _text("""
<p>The office is open <strong>Monday to Friday 8am to 5.30pm</strong> and <strong>Saturday 8am to 12 noon</strong>.
Outside those hours calls go to our 24/7 emergency line, <a href="tel:07700900418">07700 900418</a>.</p>
<p>Our yard at Unit 6, Brindley Court, Kettering NN16 8TQ is a working yard, not a showroom, so please ring before
calling in.</p>
"""),
                        ),
                        _col(
                            f'<div class="x-text x-content {_e()}" id="enquiry"><h3>Send us a message</h3>'
                            "<p>We reply within the office hours above. For anything urgent, please phone.</p></div>",
                            """<div class="wpforms-container wpforms-container-full" id="wpforms-211">
<form id="wpforms-form-211" class="wpforms-validate wpforms-form" data-formid="211" method="post"
 enctype="multipart/form-data" action="/areas-we-cover/">
<div class="wpforms-field-container">
<div id="wpforms-211-field_1-container" class="wpforms-field wpforms-field-name"><label class="wpforms-field-label"
 for="wpforms-211-field_1">Your name <span class="wpforms-required-label">*</span></label>
<input type="text" id="wpforms-211-field_1" class="wpforms-field-large wpforms-field-required"
 name="wpforms[fields][1]" required></div>
<div id="wpforms-211-field_2-container" class="wpforms-field wpforms-field-phone"><label class="wpforms-field-label"
 for="wpforms-211-field_2">Phone <span class="wpforms-required-label">*</span></label>
<input type="tel" id="wpforms-211-field_2" class="wpforms-field-large wpforms-field-required"
 name="wpforms[fields][2]" required></div>
<div id="wpforms-211-field_3-container" class="wpforms-field wpforms-field-text"><label class="wpforms-field-label"
 for="wpforms-211-field_3">Postcode</label>
<input type="text" id="wpforms-211-field_3" class="wpforms-field-medium" name="wpforms[fields][3]"></div>
<div id="wpforms-211-field_4-container" class="wpforms-field wpforms-field-select"><label class="wpforms-field-label"
 for="wpforms-211-field_4">What do you need?</label>
<select id="wpforms-211-field_4" class="wpforms-field-large" name="wpforms[fields][4]">
<option>Blocked drain</option><option>Blocked toilet or sink</option><option>CCTV survey</option>
<option>Septic tank / cesspit</option><option>Leak</option><option>Plumbing repair</option><option>Other</option>
</select></div>
<div id="wpforms-211-field_5-container" class="wpforms-field wpforms-field-textarea"><label
 class="wpforms-field-label" for="wpforms-211-field_5">Tell us what's happening</label>
<textarea id="wpforms-211-field_5" class="wpforms-field-medium" name="wpforms[fields][5]"></textarea></div>
</div>
<div class="wpforms-submit-container"><input type="hidden" name="wpforms[id]" value="211">
<button type="submit" name="wpforms[submit]" id="wpforms-submit-211" class="wpforms-submit">Send
enquiry</button></div>
</form></div>""",
                        ),
                    ),
                    cls="x-section-content",
                ),
                _section(
                    _row(
                        _col(
                            f'<div class="x-map x-map-embed {_e()}"><div class="x-map-inner">'
                            '<iframe title="Map of our Kettering yard" loading="lazy" '
                            'src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d9740!2d-0.71!3d52.40">'
                            "</iframe></div></div>"
                        )
                    ),
                    cls="map-band",
                ),
            ]
        ),
    )
)

# Insurance work -------------------------------------------------------------------------------------------------
_start(181)
_PAGES.append(
    _page(
        "/insurance-work/",
        181,
        "Insurance Work &amp; Drain Reports",
        "Drain surveys, reports and repairs for home insurance claims: accidental damage, subsidence "
        "investigations and escape of water.",
        "\n".join(
            [
                _hero(
                    "Insurance Work", "Reports your insurer will accept, and the repairs afterwards", "Insurance Work"
                ),
                _with_sidebar(
                    [
                        _head("Claims we help with"),
                        _text("""
<ul>
<li><strong>Accidental damage to underground pipes:</strong> many buildings policies cover a drain that has been
cracked or broken, for example by tree roots or ground movement, but you'll need evidence.</li>
<li><strong>Subsidence investigations:</strong> if there are cracks in your walls, the loss adjuster will almost
always want to rule out a leaking drain under the foundations. We carry out the CCTV survey and a water test
(filling the drain and measuring whether the level drops) and report on whether the drains are sound.</li>
<li><strong>Escape of water:</strong> tracing and accessing a leak so the insurer can approve the repair.</li>
</ul>
"""),
                        _head("How it works", "h3"),
                        _text("""
<ol>
<li>Ring your insurer first, tell them what's happened and get a claim number.</li>
<li>We carry out the survey and any water test.</li>
<li>Within three working days we send you, and the loss adjuster if you like, a report with video footage,
photographs, defects coded to the WRc standard, a drawing of the drain runs and a costed repair quote.</li>
<li>Once the insurer approves the quote, we book in the repair.</li>
</ol>
<p>Our insurance report package costs &pound;295, including the water test where needed.</p>
"""),
                        _head("Who pays us?", "h3"),
                        _text("""
<p>We aren't on any insurer's panel, so check your policy lets you choose your own contractor &ndash; most do.
If your insurer approves our quote in writing, we can invoice them directly for the repair and you just pay your
excess to us when the work is done. The report itself is paid for by you; most insurers add it to the claim if
it's accepted. If the claim is turned down, the report is still yours and you pay for any work you decide to go
ahead with.</p>
"""),
                    ],
                    review=1,
                ),
                _cta("Making a claim? Get a report your loss adjuster can work with."),
            ]
        ),
    )
)

# Guarantees -----------------------------------------------------------------------------------------------------
_start(186)
_PAGES.append(
    _page(
        "/guarantees/",
        186,
        "Our Guarantees",
        "What our work is guaranteed for: drain unblocking, plumbing repairs, relining, excavation, water mains "
        "and soakaways, and how to make a claim.",
        "\n".join(
            [
                _hero("Our Guarantees", "If it's our workmanship, we put it right", "Our Guarantees"),
                _section(
                    _row(
                        _col(
                            _text("""
<p>Every invoice lists what the job is guaranteed for. This is what you can expect.</p>
"""),
                            _head("How long each job is covered"),
                            _text("""
<table class="price-table">
<thead><tr><th>Work</th><th>Guarantee</th></tr></thead>
<tbody>
<tr><td>Drain unblocking</td><td>30 days on the same drain</td></tr>
<tr><td>Plumbing repairs (taps, toilets, pipework)</td><td>12 months parts and labour</td></tr>
<tr><td>Patch repairs and full-length relining</td><td>10 years</td></tr>
<tr><td>Excavation and pipe replacement</td><td>10 years</td></tr>
<tr><td>Water supply pipe replacement</td><td>10 years</td></tr>
<tr><td>New soakaways</td><td>5 years</td></tr>
<tr><td>Appliances we supply (macerators, taps)</td><td>manufacturer's warranty, which we handle</td></tr>
</tbody>
</table>
"""),
                            _head("Drain blocked again after we cleared it?", "h3"),
                            _text("""
<p>If the same drain blocks again within 30 days of us clearing it, ring us and we'll come back and clear it
free of charge. The exceptions are blockages caused by what's gone down it since (wet wipes, fat, nappies,
building rubble) and drains where we found a broken pipe, told you about it and recommended a repair that
hasn't been done yet. Our engineer will show you what caused the new blockage.</p>
"""),
                            _head("Moving house?", "h3"),
                            _text("""
<p>Relining, excavation and water main guarantees stay with the property, so they pass to the new owner if you
sell. Give your buyer a copy of the invoice and the survey footage.</p>
"""),
                            _head("How to claim", "h3"),
                            _text("""
<p>Call the office with your invoice number or the address of the job. We'll book a visit, normally within two
working days, or sooner if water is backing up.</p>
"""),
                        ),
                        _sidebar(2),
                    ),
                    cls="x-section-content",
                ),
            ]
        ),
    )
)

# Emergency ------------------------------------------------------------------------------------------------------
_start(190)
_PAGES.append(
    _page(
        "/emergency-24-7/",
        190,
        "24/7 Emergency Drainage &amp; Plumbing",
        "Sewage backing up, a burst pipe or your only toilet blocked? Our emergency line is answered 24 hours a "
        "day, 365 days a year.",
        "\n".join(
            [
                _hero(
                    "24/7 Emergency Line",
                    f"Call {_EMERGENCY_TEL} &ndash; day or night, every day of the year",
                    "Emergency 24/7",
                ),
                _with_sidebar(
                    [
                        _text(f"""
<p class="hw-big-phone"><a href="tel:07700900418">{_EMERGENCY_TEL}</a></p>
<p>Outside office hours this line rings straight through to the engineer on call that night &ndash; Dave, Lee or
Tom &ndash; not an answering service. If you get voicemail, they are on the phone to someone else: leave your
name, number and postcode and you'll be called back within 15 minutes.</p>
"""),
                        _head("What counts as an emergency?"),
                        _text("""
<ul>
<li>Sewage or dirty water coming up inside the house &ndash; through a toilet, shower tray, bath or floor
gully</li>
<li>Your only toilet blocked</li>
<li>A burst pipe, or water coming through a ceiling</li>
<li>No water at all to the property</li>
<li>A cesspit about to overflow</li>
</ul>
<p>We aim to be with you within 90 minutes at night anywhere in our core area, and usually sooner in the day.
Out-of-hours rates apply &ndash; they're on our <a href="/prices/">prices page</a>, and we'll confirm the cost on
the phone before anyone sets off.</p>
"""),
                        _head("While you wait", "h3"),
                        _text("""
<p><strong>If sewage is coming up inside:</strong></p>
<ul>
<li>Stop using all water straight away &ndash; no flushing, no taps, turn off the washing machine and dishwasher.
Every drop you use upstairs ends up at the lowest point, which is where it's coming out.</li>
<li>Keep children and pets out of the room, and don't try to plunge it or mop it with bare hands.</li>
<li>Put towels down to stop it spreading, and move rugs and anything valuable off the floor.</li>
<li>If water is anywhere near sockets or electrics, switch off at the consumer unit if it's safe to reach.</li>
</ul>
<p><strong>If a pipe has burst:</strong> turn the water off at the stopcock (usually under the kitchen sink, or
where the pipe comes up through the floor), then open the cold taps to drain the system.</p>
"""),
                    ],
                    review=0,
                ),
            ]
        ),
    )
)

# About us -------------------------------------------------------------------------------------------------------
_start(9)
_PAGES.append(
    _page(
        "/about-us/",
        9,
        "About Us",
        "Meet the Hartwell team: the family and the engineers behind our three vans and tanker, and the checks "
        "and accreditations that come with them.",
        "\n".join(
            [
                _hero("About Us", "The family, the team and the vans", "About Us"),
                _section(
                    _row(
                        _col(
                            _head("How it started"),
                            _text("""
<p>Dave Hartwell spent fifteen years on the sewers with the water company before setting up on his own in 2004,
with one second-hand van and a set of rods. His son Lee joined as an apprentice in 2011 and now runs the survey
and relining side. Today there are three vans, a tanker and six of us, still working out of the same yard in
Kettering.</p>
"""),
                        ),
                        _col(
                            f'<span class="x-image {_e()}"><img src="/wp-content/uploads/2022/09/dave-and-lee.jpg" '
                            'width="560" height="400" alt="Dave and Lee Hartwell with the jetting van"></span>'
                        ),
                    )
                ),
                _section(
                    _row(
                        _col(
                            _head("The team"),
                            _text("""
<div class="hw-team">
<div class="hw-person"><h4>Dave Hartwell</h4><p class="role">Director &amp; drainage engineer</p>
<p>Still out on the jetting van most days. Knows where half the drains in Kettering run.</p></div>
<div class="hw-person"><h4>Lee Hartwell</h4><p class="role">CCTV surveys &amp; relining</p>
<p>Does our camera surveys, reports and no-dig repairs. NVQ Level 2 in drainage.</p></div>
<div class="hw-person"><h4>Tom Briggs</h4><p class="role">Plumber</p>
<p>Taps, toilets, leaks and water mains. WaterSafe approved, 18 years in the trade.</p></div>
<div class="hw-person"><h4>Mick Dunmore</h4><p class="role">Tanker driver</p>
<p>Empties septic tanks and cesspits across the county, and knows every farm track in it.</p></div>
<div class="hw-person"><h4>Ryan Cole</h4><p class="role">Apprentice</p>
<p>In his second year, working alongside Dave and Lee.</p></div>
<div class="hw-person"><h4>Kasia Nowak</h4><p class="role">Office manager</p>
<p>Answers the phone, books the jobs and keeps the vans moving.</p></div>
</div>
"""),
                        )
                    ),
                    cls="x-bg-light",
                ),
                _section(
                    _row(
                        _col(
                            _head("Who's coming to your door"),
                            _text("""
<p>Everyone who visits your home is a Hartwell employee, and every one of them has an enhanced DBS check,
renewed every three years. They wear a branded uniform and carry photo ID, and before they arrive we text you
their name and photo so you know who to expect.</p>
<p>If you're booking for an elderly or vulnerable relative, tell Kasia: we can set up a password the engineer will
give at the door, ring the relative before arriving, and we're always happy for a family member or neighbour to
be there during the visit.</p>
"""),
                        ),
                        _col(
                            _head("Accreditations &amp; insurance", "h3"),
                            _text("""
<ul>
<li>WaterSafe approved plumbers (WIAPS scheme)</li>
<li>CHAS accredited contractor</li>
<li>Member of the National Association of Drainage Contractors</li>
<li>Environment Agency registered waste carrier</li>
<li>&pound;5 million public liability insurance</li>
</ul>
"""),
                        ),
                    )
                ),
                _section(
                    _row(
                        _col(
                            _text("""
<blockquote class="x-blockquote"><p>&ldquo;Booked for my dad who's 90. They rang him before turning up and Tom
was so patient with him. Can't recommend enough.&rdquo;</p><cite>Helen W., Geddington</cite></blockquote>
"""),
                        )
                    ),
                    cls="testimonials",
                ),
                _cta(),
            ]
        ),
    )
)

# FAQ ------------------------------------------------------------------------------------------------------------
_start(195)
_PAGES.append(
    _page(
        "/faq/",
        195,
        "Frequently Asked Questions",
        "Answers to the questions we get asked most: appointments, cancelling, being home, parking, quotes, mess "
        "and pets.",
        "\n".join(
            [
                _hero("Frequently Asked Questions", "The things people ask us most", "FAQs"),
                _section(
                    _row(
                        _col(
                            _acc(
                                [
                                    (
                                        "How soon can you come?",
                                        "<p>For a non-emergency job we can usually come the same or next working "
                                        "day. We give you a two-hour arrival slot, and the engineer rings when they "
                                        "are on the way.</p>",
                                    ),
                                    (
                                        "Do I need to be at home?",
                                        "<p>For jobs inside the house an adult over 18 must be there. For outside "
                                        "drains you don't need to be in, as long as the side gate is unlocked, the "
                                        "manhole covers aren't buried or under decking, and you've given us card "
                                        "details over the phone.</p>",
                                    ),
                                    (
                                        "Can I cancel or change my appointment?",
                                        "<p>Yes. Moving or cancelling is free if you let us know before 5pm the "
                                        "working day before. If you cancel on the day, after the engineer has set "
                                        "off, there is a &pound;45 charge to cover the wasted trip. If we are "
                                        "running late, we will always ring you.</p>",
                                    ),
                                    (
                                        "Where will the engineer park?",
                                        "<p>As close to your manholes as possible, because the jetting hose and "
                                        "camera cables only run so far. In permit-parking streets please arrange "
                                        "a visitor permit for us; any parking charges we have to pay are added to "
                                        "the bill.</p>",
                                    ),
                                    (
                                        "Do you charge for quotes?",
                                        "<p>Quotes for planned work such as relining, new soakaways and water "
                                        "main replacement are free. Finding out what's wrong with a problem you "
                                        "can't see &ndash; a leak, a smell, a drain that keeps blocking &ndash; "
                                        "takes time and kit, so that is charged at our normal rates.</p>",
                                    ),
                                    (
                                        "Will you make a mess?",
                                        "<p>No. We wear shoe covers indoors, put dust sheets down and clean up "
                                        "when we finish. Outside, we wash down paths and patios around the "
                                        "manholes before we leave.</p>",
                                    ),
                                    (
                                        "I have a dog &ndash; is that OK?",
                                        "<p>Of course, but please keep pets indoors or in another room while we "
                                        "work, especially with manholes open or the jetter running.</p>",
                                    ),
                                    (
                                        "What shouldn't go down the toilet?",
                                        "<p>Only the three Ps: pee, poo and paper. Wipes (even the ones labelled "
                                        "flushable), cotton buds, nappies and sanitary products cause most of the "
                                        "blockages we clear.</p>",
                                    ),
                                ]
                            )
                        ),
                        _sidebar(0),
                    ),
                    cls="x-section-content",
                ),
                _cta("Didn't find your answer? Ring the office &ndash; we're happy to help."),
            ]
        ),
    )
)

HTML = dict(_PAGES)

QUESTIONS = [
    (
        "Are you an actual local firm or one of those national call centre outfits that sends whoever's nearest?",
        "/",
    ),
    ("theres dirty water coming up out of the manhole in the back garden and it stinks", "/blocked-drains/"),
    (
        "The drain we share with next door is blocked again. Is that our problem to pay for or the water company's?",
        "/blocked-drains/",
    ),
    (
        "Kitchen sink's completely stopped draining. I've already poured a whole bottle of that drain unblocker "
        "down it, is that going to be a problem for you?",
        "/blocked-toilets-sinks/",
    ),
    (
        "We've got one of those saniflo pump toilets in the downstairs loo and it's started grinding and not "
        "emptying. Do you work on those?",
        "/blocked-toilets-sinks/",
    ),
    (
        "We're buying a 1930s semi and our surveyor said to get the drains checked with a camera before we "
        "exchange. How quickly would we get the report back?",
        "/cctv-drain-surveys/",
    ),
    (
        "camera found tree roots in a cracked pipe under our block paved drive, do you have to dig it all up",
        "/drain-repairs-relining/",
    ),
    ("How often should a septic tank be emptied?", "/septic-tanks-cesspits/"),
    (
        "Our cesspit is right at the bottom of the garden, a good 40 metres from the lane. Can your lorry reach "
        "it or is that too far?",
        "/septic-tanks-cesspits/",
    ),
    (
        "Whenever we get heavy rain the water from the drainpipe at the back just sits on the lawn in a big puddle "
        "for days",
        "/soakaways/",
    ),
    (
        "Our water bill has nearly doubled since the spring but there's no sign of a leak anywhere in the house. "
        "Can you find where it's going?",
        "/leak-detection/",
    ),
    (
        "theres a warm patch on the living room floor and the boiler keeps losing pressure, my husband has to top "
        "it up every couple of days",
        "/leak-detection/",
    ),
    (
        "We've still got the old lead pipe bringing the water in from the street. Would you have to dig a trench "
        "right across the front garden to replace it?",
        "/water-mains-replacement/",
    ),
    ("toilet keeps filling up and hissing for ages after you flush", "/taps-toilets/"),
    ("Can you put a tap on the outside wall at the back for the hosepipe? How much", "/taps-toilets/"),
    (
        "I run two takeaways and the drains keep blocking up with grease. Do you do regular visits for "
        "businesses so it doesn't happen in the middle of a Friday night?",
        "/commercial/",
    ),
    ("How much do you charge to come out on a Sunday?", "/prices/"),
    ("can i pay by card when the jobs done", "/prices/"),
    ("I'm out near Market Harborough, is that too far for you?", "/areas-we-cover/"),
    (
        "Builder reckons the crack in our back wall might be down to a leaking drain and our insurers want some "
        "kind of report on the drains. Is that something you do?",
        "/insurance-work/",
    ),
    ("can you send the bill straight to my home insurance", "/insurance-work/"),
    (
        "You cleared our drain a couple of weeks ago and it's blocked up again already. Am I going to have to pay "
        "all over again?",
        "/guarantees/",
    ),
    ("It's 11pm and sewage is coming up through the shower tray downstairs, what do I do??", "/emergency-24-7/"),
    (
        "My mum is 84 and lives on her own, she gets nervous letting strangers in. Are your men police checked?",
        "/about-us/",
    ),
    (
        "If something comes up at work can I cancel the appointment or do you charge for that",
        "/faq/",
    ),
]

OUT_OF_SCOPE = [
    "Do you do full bathroom refits, tiling and all?",
    "We keep seeing rats by the back door, can you fit something in the drain to stop them coming up?",
    "Can you fit an electric shower over the bath",
    "Do you install water softeners?",
    "do you give a discount for pensioners",
    "Can I hire some drain rods off you to have a go myself?",
    "What time does the tip on the industrial estate shut on a Sunday?",
    "Can you recommend a good roofer? The flat roof on our extension is leaking.",
]
