"""An evaluation site: Ashcroft Roofing, an independent family-run roofing contractor in Derby (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a WordPress site
built with the Avada theme: fusion-builder containers, rows, columns and fusion-text wrappers, a mega-menu
in a fusion-header-wrapper, a page title bar with breadcrumbs, a sidebar widget area on the service pages,
a privacy bar and a four-column fusion-footer-widget-area.
"""

NAME = "Ashcroft Roofing"

_PHONE = "01332 460218"
_TEL = "01332460218"
_EMAIL = "office@ashcroftroofing.co.uk"

# (label, path) groups for the mega-menu; every page appears here.
_MEGA = [
    (
        "Pitched Roofs",
        [
            ("Roof Repairs &amp; Slipped Tiles", "/roof-repairs/"),
            ("Roof Leaks", "/roof-leaks/"),
            ("Roof Replacement", "/roof-replacement/"),
            ("Moss Removal &amp; Roof Cleaning", "/moss-removal/"),
        ],
    ),
    (
        "Flat Roofs, Chimneys &amp; Windows",
        [
            ("Flat Roofing (EPDM &amp; GRP)", "/flat-roofing/"),
            ("Chimneys &amp; Leadwork", "/chimneys-leadwork/"),
            ("Guttering, Fascias &amp; Soffits", "/guttering-fascias-soffits/"),
            ("Velux &amp; Roof Windows", "/velux-roof-windows/"),
        ],
    ),
    (
        "Urgent &amp; Insurance",
        [
            ("24hr Emergency Repairs", "/emergency-roof-repairs/"),
            ("Insurance Work", "/insurance-work/"),
            ("Scaffolding &amp; Access", "/scaffolding/"),
        ],
    ),
]
_INFO = [
    ("Surveys &amp; Quotes", "/surveys-and-quotes/"),
    ("Our Guarantees", "/guarantees/"),
    ("FAQ", "/faq/"),
]
_ABOUT = [
    ("About Us &amp; The Team", "/about-us/"),
    ("Reviews", "/reviews/"),
]


def _li(label, path, current, extra=""):
    cls = "menu-item menu-item-type-post_type menu-item-object-page" + extra
    if path == current:
        cls += " current-menu-item page_item current_page_item"
        return f'<li class="{cls}"><a href="{path}" aria-current="page"><span class="menu-text">{label}</span></a></li>'
    return f'<li class="{cls}"><a href="{path}"><span class="menu-text">{label}</span></a></li>'


def _dropdown(label, items, current, num):
    subs = "\n".join(_li(lab, p, current, " fusion-dropdown-submenu") for lab, p in items)
    return f"""<li id="menu-item-{num}" class="menu-item menu-item-type-custom menu-item-has-children
 fusion-dropdown-menu"><a href="#"><span class="menu-text">{label}</span>
<span class="fusion-caret"><i class="fusion-dropdown-indicator" aria-hidden="true"></i></span></a>
<ul class="sub-menu">
{subs}
</ul></li>"""


def _menu(current):
    cols = []
    for i, (heading, items) in enumerate(_MEGA):
        links = "\n".join(_li(lab, p, current, " fusion-megamenu-submenu-item") for lab, p in items)
        cols.append(
            f"""<li class="fusion-megamenu-submenu menu-item fusion-megamenu-columns-3 col-lg-4 col-md-4 col-sm-4"
 id="megamenu-col-{i}"><div class="fusion-megamenu-title"><span class="awb-justify-title">{heading}</span></div>
<ul class="sub-menu deep-level">
{links}
</ul></li>"""
        )
    mega = "\n".join(cols)
    return f"""<nav class="fusion-main-menu" aria-label="Main Menu"><div class="fusion-overlay-search"></div>
<ul id="menu-main-menu" class="fusion-menu">
{_li("Home", "/", current)}
<li id="menu-item-212" class="menu-item menu-item-type-custom menu-item-has-children fusion-megamenu-menu">
<a href="#"><span class="menu-text">Roofing Services</span>
<span class="fusion-caret"><i class="fusion-dropdown-indicator" aria-hidden="true"></i></span></a>
<div class="fusion-megamenu-wrapper fusion-columns-3 columns-per-row-3 columns-3 col-span-12 fusion-megamenu-fullwidth">
<div class="row"><div class="fusion-megamenu-holder lazyload" style="width:1170px;" data-width="1170px">
<ul class="fusion-megamenu">
{mega}
</ul></div><div style="clear:both;"></div></div></div></li>
{_dropdown("Customer Info", _INFO, current, 318)}
{_dropdown("About", _ABOUT, current, 327)}
{_li("Contact", "/contact/", current)}
<li class="menu-item fusion-menu-item-button"><a href="/surveys-and-quotes/"
 class="fusion-bottombar-highlight"><span class="menu-text fusion-button button-default button-medium">
Free Roof Quote</span></a></li>
</ul></nav>"""


def _mobile_menu(current):
    rows = [("Home", "/")]
    for _, items in _MEGA:
        rows.extend(items)
    rows += _INFO + _ABOUT + [("Contact", "/contact/")]
    lis = "\n".join(_li(lab, p, current, " fusion-mobile-nav-item") for lab, p in rows)
    return f"""<div class="fusion-mobile-menu-icons"><a href="#" class="fusion-icon awb-icon-bars"
 aria-label="Toggle mobile menu" aria-expanded="false"></a></div>
<nav class="fusion-mobile-nav-holder fusion-mobile-menu-text-align-left" aria-label="Main Menu Mobile">
<ul id="mobile-menu-main-menu" class="fusion-mobile-menu">
{lis}
</ul></nav>"""


def _header(current):
    return f"""<header class="fusion-header-wrapper fusion-header-shadow">
<div class="fusion-header-v3 fusion-logo-alignment fusion-logo-left fusion-sticky-menu-1 fusion-sticky-logo-1
 fusion-mobile-logo-1 fusion-mobile-menu-design-modern">
<div class="fusion-secondary-header"><div class="fusion-row">
<div class="fusion-alignleft"><div class="fusion-contact-info"><span class="fusion-contact-info-phone-number">
<i class="fa-phone fas"></i> Office: <a href="tel:{_TEL}">{_PHONE}</a></span>
<span class="fusion-header-separator">|</span><span class="fusion-contact-info-email-address">
<a href="mailto:{_EMAIL}">{_EMAIL}</a></span></div></div>
<div class="fusion-alignright"><div class="fusion-social-links-header"><div class="fusion-social-networks">
<div class="fusion-social-networks-wrapper">
<a class="fusion-social-network-icon fusion-tooltip fusion-facebook awb-icon-facebook" target="_blank"
 rel="noopener noreferrer" href="https://www.facebook.com/ashcroftroofingderby" title="Facebook"></a>
<a class="fusion-social-network-icon fusion-tooltip fusion-instagram awb-icon-instagram" target="_blank"
 rel="noopener noreferrer" href="https://www.instagram.com/ashcroft_roofing/" title="Instagram"></a>
</div></div></div></div>
</div></div>
<div class="fusion-header-sticky-height"></div>
<div class="fusion-header"><div class="fusion-row">
<div class="fusion-logo" data-margin-top="18px" data-margin-bottom="18px">
<a class="fusion-logo-link" href="/"><img src="/wp-content/uploads/2021/04/ashcroft-roofing-logo-300x90.png"
 srcset="/wp-content/uploads/2021/04/ashcroft-roofing-logo-300x90.png 1x,
 /wp-content/uploads/2021/04/ashcroft-roofing-logo-600x180.png 2x" width="300" height="90"
 alt="Ashcroft Roofing Derby Logo" data-retina_logo_url="" class="fusion-standard-logo"></a></div>
{_menu(current)}
{_mobile_menu(current)}
</div></div>
</div>
<div class="fusion-clearfix"></div>
</header>"""


def _titlebar(title):
    crumb = (
        ""
        if title == "Home"
        else f"""<div class="fusion-page-title-secondary"><div class="fusion-breadcrumbs">
<span class="fusion-breadcrumb-item"><a href="/" class="fusion-breadcrumb-link"><span>Home</span></a></span>
<span class="fusion-breadcrumb-sep">/</span><span class="breadcrumb-leaf">{title}</span></div></div>"""
    )
    return f"""<section class="avada-page-titlebar-wrapper" aria-label="Page Title Bar">
<div class="fusion-page-title-bar fusion-page-title-bar-breadcrumbs fusion-page-title-bar-left">
<div class="fusion-page-title-row"><div class="fusion-page-title-wrapper">
<div class="fusion-page-title-captions"><h1 class="entry-title">{title}</h1></div>
{crumb}
</div></div></div></section>"""


_SIDEBAR = """<aside id="sidebar" class="sidebar fusion-widget-area fusion-content-widget-area fusion-sidebar-right
 fusion-servicessidebar" style="float: right;" data="">
<section id="custom_html-4" class="widget_text widget widget_custom_html">
<div class="heading"><h4 class="widget-title">Need a roofer?</h4></div>
<div class="textwidget custom-html-widget"><div class="sidebar-cta">
<p>Speak to the office on <a href="tel:01332460218"><strong>01332 460218</strong></a> or send us a few
details and we will call you back.</p>
<form class="wpcf7-form sidebar-callback" action="#" method="post">
<p><label>Your name<br><input type="text" name="your-name" size="30"></label></p>
<p><label>Phone<br><input type="tel" name="your-tel" size="30"></label></p>
<p><label>Postcode<br><input type="text" name="your-postcode" size="10"></label></p>
<p><input type="submit" value="Request a call back" class="wpcf7-form-control wpcf7-submit"></p>
</form></div></div></section>
<section id="nav_menu-2" class="widget widget_nav_menu">
<div class="heading"><h4 class="widget-title">Our Services</h4></div>
<div class="menu-services-sidebar-container"><ul id="menu-services-sidebar" class="menu">
<li class="menu-item"><a href="/roof-repairs/">Roof Repairs</a></li>
<li class="menu-item"><a href="/roof-leaks/">Roof Leaks</a></li>
<li class="menu-item"><a href="/roof-replacement/">Roof Replacement</a></li>
<li class="menu-item"><a href="/flat-roofing/">Flat Roofing</a></li>
<li class="menu-item"><a href="/chimneys-leadwork/">Chimneys &amp; Leadwork</a></li>
<li class="menu-item"><a href="/guttering-fascias-soffits/">Guttering &amp; Fascias</a></li>
<li class="menu-item"><a href="/moss-removal/">Moss Removal</a></li>
<li class="menu-item"><a href="/velux-roof-windows/">Velux Windows</a></li>
</ul></div></section>
<section id="media_image-3" class="widget widget_media_image">
<img width="300" height="120" src="/wp-content/uploads/2022/02/trade-badges-300x120.png"
 class="image wp-image-811 attachment-medium size-medium" alt="Trade association badges" loading="lazy">
</section>
</aside>"""


_FOOTER = """<div class="fusion-footer">
<footer class="fusion-footer-widget-area fusion-widget-area">
<div class="fusion-row"><div class="fusion-columns fusion-columns-4 fusion-widget-area">
<div class="fusion-column col-lg-3 col-md-3 col-sm-3">
<section id="text-2" class="fusion-footer-widget-column widget widget_text">
<h4 class="widget-title">Ashcroft Roofing</h4><div class="textwidget">
<p>Family-run roofers based in Derby. Pitched and flat roofs, chimneys, leadwork and roofline work for
homeowners, landlords and small businesses.</p></div><div style="clear:both;"></div></section></div>
<div class="fusion-column col-lg-3 col-md-3 col-sm-3">
<section id="text-3" class="fusion-footer-widget-column widget widget_text">
<h4 class="widget-title">Get In Touch</h4><div class="textwidget">
<p>Ashcroft Roofing Ltd<br>Unit 7, Stores Road Trade Park<br>Derby DE21 4BD</p>
<p>Office: <a href="tel:01332460218">01332 460218</a><br>
Emergencies: <a href="tel:07831552904">07831 552904</a><br>
<a href="mailto:office@ashcroftroofing.co.uk">office@ashcroftroofing.co.uk</a></p>
</div><div style="clear:both;"></div></section></div>
<div class="fusion-column col-lg-3 col-md-3 col-sm-3">
<section id="text-4" class="fusion-footer-widget-column widget widget_text">
<h4 class="widget-title">Office Hours</h4><div class="textwidget">
<p>Mon &ndash; Fri: 8:00am &ndash; 5:30pm<br>Saturday: 9:00am &ndash; 12:00pm (phones only)<br>
Sunday: Closed<br>Emergency line: 24 hours</p></div><div style="clear:both;"></div></section></div>
<div class="fusion-column fusion-column-last col-lg-3 col-md-3 col-sm-3">
<section id="nav_menu-5" class="fusion-footer-widget-column widget widget_nav_menu">
<h4 class="widget-title">Quick Links</h4><div class="menu-footer-container"><ul id="menu-footer" class="menu">
<li class="menu-item"><a href="/surveys-and-quotes/">Free Quotes</a></li>
<li class="menu-item"><a href="/emergency-roof-repairs/">Emergency Repairs</a></li>
<li class="menu-item"><a href="/guarantees/">Guarantees</a></li>
<li class="menu-item"><a href="/reviews/">Reviews</a></li>
<li class="menu-item"><a href="/faq/">FAQ</a></li>
<li class="menu-item"><a href="/contact/">Contact</a></li>
</ul></div><div style="clear:both;"></div></section></div>
<div class="fusion-clearfix"></div>
</div></div>
</footer>
<footer id="footer" class="fusion-footer-copyright-area">
<div class="fusion-row"><div class="fusion-copyright-content">
<div class="fusion-copyright-notice"><div>
&copy; 2024 Ashcroft Roofing Ltd. Registered in England &amp; Wales No. 06934417. VAT No. GB 981 4471 26.
| <a href="#privacy">Privacy</a> | Website by <a href="https://www.peakdistrictwebdesign.co.uk/" target="_blank"
 rel="noopener">Peak Web Design</a></div></div>
<div class="fusion-social-links-footer"><div class="fusion-social-networks boxed-icons">
<div class="fusion-social-networks-wrapper">
<a class="fusion-social-network-icon fusion-facebook awb-icon-facebook"
 href="https://www.facebook.com/ashcroftroofingderby"
 target="_blank" rel="noopener noreferrer" title="Facebook"><span class="screen-reader-text">Facebook</span></a>
<a class="fusion-social-network-icon fusion-instagram awb-icon-instagram"
 href="https://www.instagram.com/ashcroft_roofing/"
 target="_blank" rel="noopener noreferrer" title="Instagram"><span class="screen-reader-text">Instagram</span></a>
<a class="fusion-social-network-icon fusion-google awb-icon-google" href="https://g.page/ashcroft-roofing-derby"
 target="_blank" rel="noopener noreferrer" title="Google"><span class="screen-reader-text">Google</span></a>
</div></div></div>
</div></div>
</footer>
</div>"""

_PRIVACY_BAR = """<div class="fusion-privacy-bar fusion-privacy-bar-bottom">
<div class="fusion-privacy-bar-main"><span>We use cookies to see how visitors use our website and to remember
your preferences. By clicking Accept you agree to this. <a href="#privacy" class="fusion-privacy-bar-learn-more">
Learn more <i class="awb-icon-angle-down" aria-hidden="true"></i></a></span>
<a href="#" class="fusion-privacy-bar-acceptance fusion-button fusion-button-default fusion-button-default-size"
 data-alt-text="Update Settings" data-orig-text="Accept">Accept</a></div></div>"""

_ANALYTICS = """<script async src="/wp-content/plugins/site-kit/gtag.js?id=G-7QK2M4R1XZ"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}
gtag('js',new Date());gtag('config','G-7QK2M4R1XZ');</script>"""


def _box(inner, n, extra=""):
    """One fusion-builder container with a single row."""
    return f"""<div class="fusion-fullwidth fullwidth-box fusion-builder-row-{n} nonhundred-percent-fullwidth
 non-hundred-percent-height-scrolling{extra}" style="--awb-padding-top:30px;--awb-padding-bottom:30px;">
<div class="fusion-builder-row fusion-row">
{inner}
</div></div>"""


def _col(inner, size="1_1", n=0):
    names = {"1_1": "one-full", "1_2": "one-half", "1_3": "one-third", "2_3": "two-third"}
    return f"""<div class="fusion-layout-column fusion_builder_column fusion-builder-column-{n}
 fusion_builder_column_{size} {size} fusion-{names[size]} fusion-column-first fusion-column-last">
<div class="fusion-column-wrapper fusion-flex-column-wrapper-legacy">
{inner}
<div class="fusion-clearfix"></div></div></div>"""


def _text(inner, n=1):
    return f'<div class="fusion-text fusion-text-{n}">\n{inner}\n</div>'


def _title(text, n=1, size="two"):
    tag = {"one": "h1", "two": "h2", "three": "h3"}[size]
    return f"""<div class="fusion-title title fusion-title-{n} fusion-sep-none fusion-title-text
 fusion-title-size-{size}">
<{tag} class="fusion-title-heading title-heading-left" style="margin:0;">{text}</{tag}></div>"""


def _button(label, href, n=1):
    return f"""<div class="fusion-button-wrapper"><a class="fusion-button button-flat fusion-button-default-size
 button-default fusion-button-default button-{n} fusion-button-default-span" target="_self" href="{href}">
<span class="fusion-button-text">{label}</span></a></div>"""


def _cta(n=9):
    return _box(
        _col(
            f"""<div class="fusion-reading-box-container reading-box-container-{n}">
<div class="reading-box"><h2>Roof problem? Let&rsquo;s take a look.</h2>
<div class="reading-box-additional"><p>Free, no-obligation quotes across Derby and Derbyshire.</p></div>
{_button("Book a Free Quote", "/surveys-and-quotes/", n)}
</div></div>"""
        ),
        n,
        " fusion-cta-strip",
    )


def _page(path, title, description, body, sidebar=False):
    doc_title = f"{title} | Ashcroft Roofing Derby" if path != "/" else "Ashcroft Roofing | Roofers in Derby"
    layout = "has-sidebar" if sidebar else "no-sidebar"
    content_style = ' style="float: left;"' if sidebar else ' style="width: 100%;"'
    side = _SIDEBAR if sidebar else ""
    slug = path.strip("/") or "home"
    return f"""<!DOCTYPE html>
<html class="avada-html-layout-wide avada-html-header-position-top" lang="en-GB" prefix="og: https://ogp.me/ns#">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{doc_title}</title>
<meta name="description" content="{description}"/>
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<link rel="canonical" href="https://www.ashcroftroofing.co.uk{path}" />
<meta property="og:locale" content="en_GB" />
<meta property="og:type" content="website" />
<meta property="og:title" content="{doc_title}" />
<meta property="og:site_name" content="Ashcroft Roofing" />
<link rel="stylesheet" id="fusion-dynamic-css-css" href="/wp-content/uploads/fusion-styles/a81c3e0b.min.css?ver=3.11.2"
 type="text/css" media="all" />
<link rel="stylesheet" id="child-style-css" href="/wp-content/themes/Avada-Child-Theme/style.css?ver=6.4.3"
 type="text/css" media="all" />
<link rel="icon" href="/wp-content/uploads/2021/04/cropped-favicon-32x32.png" sizes="32x32" />
{_ANALYTICS}
</head>
<body class="page-template-default page page-{slug} fusion-image-hovers fusion-pagination-sizing fusion-button_type-flat
 fusion-button_span-no fusion-button_gradient-linear avada-image-rollover-circle-yes avada-image-rollover-yes
 avada-image-rollover-direction-left fusion-body ltr {layout} fusion-sticky-header no-tablet-sticky-header
 mobile-logo-pos-left layout-wide-mode fusion-top-header menu-text-align-center mobile-menu-design-modern
 fusion-show-pagination-text fusion-header-layout-v3 avada-responsive avada-footer-fx-none">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="boxed-wrapper"><div id="wrapper" class="fusion-wrapper">
<div id="home" style="position:relative;top:-1px;"></div>
{_header(path)}
<div id="sliders-container" class="fusion-slider-visibility"></div>
{_titlebar(title)}
<main id="main" class="clearfix ">
<div class="fusion-row" style="">
<section id="content"{content_style}>
<div id="post-{sum(map(ord, slug)) % 900 + 100}" class="page type-page status-publish hentry">
<span class="entry-title rich-snippet-hidden">{title}</span>
<span class="updated rich-snippet-hidden">2024-02-19T10:41:07+00:00</span>
<div class="post-content">
{body}
</div></div></section>
{side}
</div></main>
{_FOOTER}
<div class="fusion-sliding-bar-wrapper"></div>
</div></div>
<a class="fusion-one-page-text-link fusion-page-load-link" tabindex="-1" href="#" aria-hidden="true">Page load link</a>
<div class="avada-footer-scripts">
{_PRIVACY_BAR}
<div class="to-top-container to-top-right"><a href="#" id="toTop" class="fusion-top-top-link">
<span class="screen-reader-text">Go to Top</span></a></div>
</div>
</body>
</html>
"""


def _accordion(items):
    parts = []
    for i, (q, a) in enumerate(items, 1):
        parts.append(
            f"""<div class="accordion-item fusion-panel panel-default fusion-toggle-no-divider">
<div class="panel-heading"><h4 class="panel-title toggle"><button class="accordion-toggle" type="button"
 aria-expanded="false" aria-controls="faq-{i}">{q}</button></h4></div>
<div id="faq-{i}" class="accordion-panel panel-collapse collapse">
<div class="panel-body toggle-content fusion-clearfix">
{a}
</div></div></div>"""
        )
    joined = "\n".join(parts)
    return f"""<div class="accordian fusion-accordian">
<div class="panel-group fusion-toggle-icon-boxed" id="accordion-faq">
{joined}
</div></div>"""


# ---------------------------------------------------------------------------------------------------------
# Page bodies
# ---------------------------------------------------------------------------------------------------------

_HOME = (
    _box(
        _col(
            _title("Roofers in Derby you can actually get hold of", 1, "one")
            + _text(
                """<p>Ashcroft Roofing is a family-run roofing company based on Stores Road in Derby. We look
after everything on top of the house: pitched roofs, flat roofs, chimneys, leadwork, guttering and
roof windows, from a single slipped tile to a complete new roof.</p>
<p>We answer the phone, we turn up when we say we will, and we send you photos of what we have found
so you can see the problem for yourself instead of taking our word for it.</p>"""
            )
            + _button("Get a Free Quote", "/surveys-and-quotes/", 1)
            + _button("Roof Leaking Now? Emergency Help", "/emergency-roof-repairs/", 2)
        ),
        1,
        " fusion-hero-container",
    )
    + _box(
        _col(
            _title("What we do", 2)
            + """<div class="fusion-content-boxes content-boxes columns row fusion-columns-3 fusion-content-boxes-1">
<div class="fusion-column content-box-column content-box-column-1 col-lg-4 col-md-4 col-sm-4">
<div class="col content-box-wrapper content-wrapper link-area-box"><div class="heading"><h3 class="content-box-heading">
<a href="/roof-repairs/">Roof Repairs</a></h3></div><div class="content-container">
<p>Slipped and broken tiles, ridge and verge work, cracked slates.</p></div></div></div>
<div class="fusion-column content-box-column content-box-column-2 col-lg-4 col-md-4 col-sm-4">
<div class="col content-box-wrapper content-wrapper link-area-box"><div class="heading"><h3 class="content-box-heading">
<a href="/flat-roofing/">Flat Roofs</a></h3></div><div class="content-container">
<p>EPDM rubber, GRP fibreglass and torch-on felt for garages, extensions, porches and bays.</p>
</div></div></div>
<div class="fusion-column content-box-column content-box-column-3 col-lg-4 col-md-4 col-sm-4">
<div class="col content-box-wrapper content-wrapper link-area-box"><div class="heading"><h3 class="content-box-heading">
<a href="/roof-replacement/">New Roofs</a></h3></div><div class="content-container">
<p>Complete strip and re-roof in concrete tiles, clay or natural slate.</p></div></div></div>
<div class="fusion-column content-box-column content-box-column-4 col-lg-4 col-md-4 col-sm-4">
<div class="col content-box-wrapper content-wrapper link-area-box"><div class="heading"><h3 class="content-box-heading">
<a href="/chimneys-leadwork/">Chimneys &amp; Lead</a></h3></div><div class="content-container">
<p>Repointing, rebuilding, flashings and lead valleys.</p></div></div></div>
<div class="fusion-column content-box-column content-box-column-5 col-lg-4 col-md-4 col-sm-4">
<div class="col content-box-wrapper content-wrapper link-area-box"><div class="heading"><h3 class="content-box-heading">
<a href="/guttering-fascias-soffits/">Roofline</a></h3></div><div class="content-container">
<p>Gutter clearing and repairs, uPVC fascias and soffits.</p></div></div></div>
<div class="fusion-column content-box-column content-box-column-6 col-lg-4 col-md-4 col-sm-4">
<div class="col content-box-wrapper content-wrapper link-area-box"><div class="heading"><h3 class="content-box-heading">
<a href="/emergency-roof-repairs/">Emergencies</a></h3></div><div class="content-container">
<p>Storm damage and water coming in &ndash; we make it safe, day or night.</p></div></div></div>
</div>"""
        ),
        2,
    )
    + _box(
        _col(
            _title("A word about doorstep roofers", 3)
            + _text(
                """<p><strong>We never cold call and we never knock on doors.</strong> Every job we do starts
with the customer contacting us. If somebody turns up at your door saying they are from Ashcroft Roofing,
that they &ldquo;happened to notice&rdquo; loose ridge tiles while working nearby, or that they need paying
in cash today, they are not from us. Don&rsquo;t let them on your roof; ring our office on
01332 460218 and we will confirm whether anyone from our firm is booked at your address. Our team all
carry photo ID cards and arrive in sign-written vans.</p>
<p>If you are worried that an elderly relative has been approached, you can also report it to Derbyshire
Trading Standards through the Citizens Advice consumer helpline.</p>""",
                2,
            ),
            "2_3",
        )
        + _col(
            """<div class="fusion-testimonials classic fusion-testimonials-1"><div class="reviews">
<div class="review"><blockquote><q>Dean came out the same week, showed me photos of the ridge on his phone and
the price didn&rsquo;t change one penny. Lovely tidy lads.</q></blockquote>
<div class="author"><span class="company-name"><strong>Margaret H.</strong>, Chaddesden</span></div></div>
<div class="review"><blockquote><q>Third roofer I had round and the only one who went in the loft first.
Found the actual problem.</q></blockquote>
<div class="author"><span class="company-name"><strong>Imran S.</strong>, Normanton</span></div></div>
</div></div>""",
            "1_3",
            1,
        ),
        3,
    )
    + _cta(4)
)

_REPAIRS = _box(
    _col(
        _title("Pitched roof repairs in Derby", 1)
        + _text(
            """<p>Most roof problems are small ones that get bigger if they are left. A single slipped tile
lets rain onto the felt, the felt rots, and a few winters later the battens and rafters follow. We repair
all types of pitched roof: interlocking concrete tiles, clay plain tiles, natural slate and fibre-cement
slate.</p>
<h3>Slipped, cracked and missing tiles</h3>
<p>Tiles usually slip because the nail or the batten behind them has rusted or rotted. We refix them
with new nails or clips and, on slate roofs, use copper tingles or slate hooks. Where the batten
behind has gone we open up the area and replace it rather than just wedging the tile back in.</p>
<h3>Matching older tiles</h3>
<p>Lots of Derby&rsquo;s 1930s semis and Victorian terraces have tiles that are no longer made. We keep
a stock of reclaimed tiles and slates at our yard, including Marley Ludlow, Redland 49, Rosemary clay
plain tiles, Staffordshire blues and Welsh slate, so a repair doesn&rsquo;t stick out like a sore thumb.
If we can&rsquo;t match it, we take good tiles from a hidden slope and use the new ones there.</p>
<h3>Ridge, hip and verge</h3>
<p>Crumbling mortar along the top of the roof (the ridge) or down the corners (the hips) is one of
the most common jobs we see. Bits of cement in the gutter are the first sign. We either re-bed the ridge
in fresh mortar or fit a mechanically fixed <strong>dry ridge system</strong>, which needs no mortar
and won&rsquo;t wash out. Loose cement along the gable edges is dealt with the same way with a dry verge
system. Be aware that many insurers treat failed ridge mortar as wear and tear.</p>"""
        )
    ),
    1,
) + _box(
    _col(
        _title("Typical repair prices", 2, "three")
        + _text(
            """<table class="table table-striped price-table">
<thead><tr><th>Repair</th><th>Price guide (inc. VAT)</th></tr></thead>
<tbody>
<tr><td>Refix or replace up to 5 slipped or missing tiles, two-storey house, roof ladder access</td>
<td>from &pound;150</td></tr>
<tr><td>Each additional tile or slate on the same visit</td><td>&pound;15</td></tr>
<tr><td>Re-bed ridge or hip tiles in mortar</td><td>from &pound;38 per metre</td></tr>
<tr><td>Dry ridge system (fully mechanically fixed)</td><td>from &pound;58 per metre</td></tr>
<tr><td>Dry verge system, per gable</td><td>from &pound;320</td></tr>
<tr><td>Minimum charge for any repair visit</td><td>&pound;120</td></tr>
</tbody></table>
<p>Prices assume we can reach the roof with ladders. If scaffold is needed it will be shown separately
on your quote. Repairs are normally booked in within 5 to 10 working days of you saying yes.</p>""",
            2,
        )
    ),
    2,
)

_LEAKS = _box(
    _col(
        _title("Finding and fixing roof leaks", 1)
        + _text(
            """<p>A damp patch on a ceiling is rarely directly below the hole. Water can run along a rafter or
the felt for a metre or two before it drips, so the trick is finding where it gets in, not where it comes
out. That&rsquo;s why we start every leak job in the loft.</p>
<h3>Our leak investigation visit</h3>
<p>A leak investigation costs <strong>&pound;95</strong>. One of our senior roofers will:</p>
<ul>
<li>inspect the loft with a torch and a moisture meter, following the staining back to its source;</li>
<li>check the roof outside from ladders, or with our drone where ladders aren&rsquo;t safe;</li>
<li>use a thermal camera on flat roofs and around chimneys to show trapped water;</li>
<li>on a dry day, run a controlled hose test section by section until the drip appears.</li>
</ul>
<p>You get photos and a written note of what we found and what it will cost to fix. If you go ahead with
the repair within 30 days, the &pound;95 is taken off the bill. Some leaks only show up in driving rain
from one direction; if we need to come back in the right weather to confirm it, the second visit is free.</p>
<h3>The usual culprits</h3>
<p>In our experience the most common sources are: flashing around chimneys and walls, cracked or slipped
tiles, perished felt at the bottom of the roof where it goes into the gutter, blocked valleys, the seals
around roof windows, and split joints on flat roofs.</p>
<h3>Is it actually a leak?</h3>
<p>If the underside of the felt or the loft timbers are wet on cold mornings, even when it hasn&rsquo;t
rained, the cause is very often <strong>condensation</strong> rather than a leak. Warm moist air from the
house (bathrooms in particular) rises into a cold loft and condenses on the felt. Old bitumen felt can&rsquo;t
breathe, and loft insulation pushed into the eaves blocks the airflow. We can add tile vents or eaves
vents, from &pound;45 per vent fitted, and we will tell you honestly if the problem is condensation
rather than selling you a roof repair you don&rsquo;t need.</p>"""
        )
    ),
    1,
)

_FLAT = _box(
    _col(
        _title("Flat roofing: EPDM rubber, GRP fibreglass and felt", 1)
        + _text(
            """<p>Flat roofs on garages, kitchen extensions, porches and bay windows have a bad name because
of the old felt roofs that split after ten years. Modern systems are very different. We install three:</p>
<ul>
<li><strong>EPDM rubber</strong> (Firestone RubberCover) &ndash; a single seamless sheet of synthetic
rubber, bonded to the deck. Expected life 30 years or more. Our usual recommendation.</li>
<li><strong>GRP fibreglass</strong> (Cure-It) &ndash; laid wet and cured into a hard, seamless skin. Ideal
where people walk on the roof, such as balconies, and around lots of details. Expected life 25 years plus.</li>
<li><strong>Torch-on felt</strong> &ndash; a three-layer built-up system with a mineral cap sheet. The
budget option; expected life 15 to 20 years.</li>
</ul>
<p>Every flat roof we lay is a full strip back to the joists: old coverings off, new 18mm OSB3 decking,
new timber upstands and new edge trims, with falls of at least 1:80 so water doesn&rsquo;t sit in
puddles.</p>
<h3>Winter and fibreglass</h3>
<p>GRP resin can&rsquo;t be laid when it is raining, when the deck is damp, or when the temperature is
below 5&deg;C, so in practice we schedule fibreglass roofs between March and October. If you need a
roof done over winter we will usually suggest EPDM, which can be installed in the cold.</p>
<h3>Warm roof upgrades</h3>
<p>If the room below is heated, we can add 120mm PIR insulation on top of the deck (a &ldquo;warm
roof&rdquo;) for around &pound;35 per square metre extra. It makes a big difference to cold kitchen
extensions. Where we re-cover more than a quarter of a flat roof over a habitable room, building control
has to be notified; we handle that for you.</p>"""
        )
    ),
    1,
) + _box(
    _col(
        _title("Flat roof prices", 2, "three")
        + _text(
            """<table class="table price-table">
<thead><tr><th>System</th><th>Per m&sup2; (inc. VAT)</th><th>Single garage (approx. 15m&sup2;)</th></tr></thead>
<tbody>
<tr><td>EPDM rubber</td><td>from &pound;88</td><td>&pound;1,350 &ndash; &pound;1,650</td></tr>
<tr><td>GRP fibreglass</td><td>from &pound;98</td><td>&pound;1,500 &ndash; &pound;1,850</td></tr>
<tr><td>Torch-on felt</td><td>from &pound;76</td><td>&pound;1,150 &ndash; &pound;1,400</td></tr>
</tbody></table>
<p>Prices include stripping, new decking, trims and disposal. A double garage is roughly twice the
single garage figure. We do not apply liquid coatings over old felt &ndash; they trap water in the
deck underneath.</p>""",
            2,
        )
    ),
    2,
)

_CHIMNEYS = _box(
    _col(
        _title("Chimney repairs and leadwork", 1)
        + _text(
            """<p>Chimneys take more weather than any other part of the house, and the joint where the stack
meets the roof is one of the most common places for water to get in. We repair, rebuild and remove
chimney stacks, and all our lead is traditional sheet lead dressed by hand &ndash; no mastic, no
self-adhesive &ldquo;flashband&rdquo; patches.</p>
<h3>Lead flashing</h3>
<p>The lead that seals the chimney to the tiles is made up of a front apron, stepped side flashings
and a back gutter. When it lifts, splits or the mortar holding it into the brickwork falls out, water
runs straight down inside the stack. We replace flashings in Code 4 and Code 5 lead, chased into the
mortar joints and sealed with lead-compatible sealant. Replacing the full set on a standard chimney
costs &pound;450 to &pound;650 when it can be done from a roof ladder; scaffold is extra if needed.</p>
<h3>Repointing and rebuilding</h3>
<p>Chimney repointing starts from &pound;350. If the brickwork is spalling or the stack is leaning, we
will recommend taking it down and rebuilding it with reclaimed bricks to match, from &pound;1,800. Flaunching
(the mortar on top around the pots) is renewed at the same time.</p>
<h3>Removing a chimney</h3>
<p>If you no longer use the chimney, we can take the stack down below the roofline and tile over it,
typically &pound;1,400 to &pound;2,200 including scaffold. If the chimney breast inside the house has
been removed, we will need to see the building control sign-off or a structural engineer&rsquo;s
details before we touch it.</p>
<h3>Pots, cowls and caps</h3>
<p>We fit bird guards and cowls for &pound;95 per pot, and vented caps for disused flues at &pound;65
each so the flue still breathes and doesn&rsquo;t cause damp.</p>
<h3>Lead valleys</h3>
<p>The lead-lined channels where two roof slopes meet are replaced from &pound;650 per valley. On
rental and commercial buildings where lead theft is a worry we can use a lead-alternative material
instead.</p>
<p><em>Please note: we do not sweep chimneys. Before any work on a chimney you use, we recommend
booking a HETAS or NACS registered sweep.</em></p>"""
        )
    ),
    1,
)

_GUTTERS = _box(
    _col(
        _title("Guttering, fascias and soffits", 1)
        + _text(
            """<p>Your roofline &ndash; the gutters, downpipes, fascia boards that the gutters are fixed to, and
the soffits underneath &ndash; keeps water off your walls. Blocked or leaking gutters are behind a lot of
damp patches on inside walls.</p>
<h3>Gutter clearing</h3>
<p>We clear gutters from the ground using a high-reach gutter vacuum with a camera, up to three storeys,
so there are no ladders against your walls. We flush the downpipes and send you before-and-after photos.</p>"""
        )
        + _text(
            """<table class="table price-table">
<thead><tr><th>Service</th><th>Price (inc. VAT)</th></tr></thead>
<tbody>
<tr><td>Gutter clear and flush, terraced house</td><td>&pound;65</td></tr>
<tr><td>Gutter clear and flush, semi-detached (front and back)</td><td>&pound;75</td></tr>
<tr><td>Gutter clear and flush, detached house</td><td>from &pound;95</td></tr>
<tr><td>Reseal a leaking gutter joint</td><td>from &pound;55</td></tr>
<tr><td>Mesh gutter guards, supplied and fitted</td><td>&pound;15 per metre</td></tr>
<tr><td>Full uPVC fascias, soffits, gutters and downpipes, 3-bed semi</td>
<td>&pound;2,400 &ndash; &pound;3,200</td></tr>
</tbody></table>
<p>Customers on our autumn reminder list get an email each October and 10% off their gutter clear.</p>""",
            2,
        )
        + _text(
            """<h3>Fascias and soffits</h3>
<p>We replace timber fascias and soffits with uPVC in white, black, anthracite grey or rosewood. We
always take the old timber off completely. Some firms &ldquo;cap&rdquo; or cover rotten boards with a
thin plastic board over the top; we won&rsquo;t do that, because it traps moisture, hides the rot and
leaves nothing solid for the gutters to be fixed to. Replacing the boards also lets us fit an eaves
protector and bird comb so the bottom row of tiles is properly supported.</p>
<h3>Cast iron gutters</h3>
<p>On period houses we can repair and repaint cast iron gutters and hoppers, or replace them with cast
aluminium, which looks the same from the street but won&rsquo;t rust.</p>""",
            3,
        )
    ),
    1,
)

_REPLACEMENT = (
    _box(
        _col(
            _title("New roofs and re-roofing", 1)
            + _text(
                """<p>When a roof has reached the end of its life &ndash; lots of slipped tiles, sagging,
perished felt, or tiles that crumble when you touch them &ndash; patching it every winter stops making
sense. A full re-roof means stripping everything back to the rafters and starting again.</p>
<h3>What&rsquo;s involved</h3>
<ol>
<li>Scaffolding goes up and the old tiles, battens and felt are stripped one slope at a time, so the
house is never left open overnight.</li>
<li>Rafters are checked and any rotten timber is repaired or replaced.</li>
<li>A breathable membrane and new treated battens are fitted.</li>
<li>New tiles or slates go on, with a dry-fixed ridge and verge, new lead where needed, and new eaves
protection.</li>
<li>Every day we clean up, and at the end we run a magnetic sweeper over the garden and drive for nails.</li>
</ol>
<h3>How long does it take?</h3>
<p>A terraced house usually takes 3 to 4 working days, a three-bedroom semi 4 to 6 working days, and a
detached house 7 to 10 working days, weather permitting. You can stay living in the house throughout;
the loft will be dusty, so we ask you to cover anything stored up there. A skip is included; if it has
to go on the road rather than your drive we arrange the skip permit.</p>
<h3>Building regulations</h3>
<p>Replacing more than a quarter of a roof is notifiable building work. We are registered with the
Competent Roofer scheme, so we can self-certify the work without you needing to pay building control.
Your certificate arrives by post within eight weeks of completion &ndash; keep it safe, as a buyer&rsquo;s
solicitor will ask for it when you sell.</p>
<p>If your home is in a conservation area, such as parts of Darley Abbey or Friar Gate, changing the
type of tile or slate may need planning permission. We can advise, but the application is yours.</p>"""
            )
        ),
        1,
    )
    + _box(
        _col(
            _title("Re-roof price guide", 2, "three")
            + _text(
                """<table class="table price-table">
<thead><tr><th>Property</th><th>Concrete interlocking tiles</th><th>Natural slate</th></tr></thead>
<tbody>
<tr><td>Two-bed terrace</td><td>&pound;5,500 &ndash; &pound;7,000</td><td>&pound;7,000 &ndash; &pound;9,000</td></tr>
<tr><td>Three-bed semi</td><td>&pound;7,500 &ndash; &pound;9,500</td><td>&pound;9,500 &ndash; &pound;12,500</td></tr>
<tr><td>Four-bed detached</td><td>&pound;11,000 &ndash; &pound;15,000</td>
<td>&pound;14,000 &ndash; &pound;19,000</td></tr>
</tbody></table>
<p>Prices include scaffolding, skip and VAT. Our standard tiles are Marley Modern and Redland Renown;
our standard slate is Spanish Cupa slate, with Welsh slate available on request.</p>""",
                2,
            )
        ),
        2,
    )
    + _cta(3)
)

_MOSS = _box(
    _col(
        _title("Moss removal and roof cleaning", 1)
        + _text(
            """<p>North-facing roofs and roofs under trees turn green quickly in the Derbyshire damp. A bit of
moss won&rsquo;t hurt a roof on its own, but thick moss holds water against the tiles, which then crack
in frost, and it washes down into the gutters and blocks them.</p>
<h3>How we do it</h3>
<p>We remove moss by hand, using scrapers and stiff brushes, working from roof ladders or a scaffold tower.
Once the bulk is off, we spray the whole roof with a professional biocide that kills the remaining
spores and lichen. The roof keeps improving for a few weeks after we leave as the treatment works, and a
treated roof usually stays clear for 3 to 5 years.</p>
<p>Finally we clear the moss out of the gutters and downpipes, so you aren&rsquo;t left with blocked
gutters the next time it rains.</p>
<h3>Why we don&rsquo;t pressure wash</h3>
<p>We <strong>never</strong> use a jet washer or pressure washer on a roof. High-pressure water strips the
protective surface off concrete tiles, forces water up under the laps into the loft, and will void the
tile manufacturer&rsquo;s warranty. If someone offers to jet wash your roof and then spray a
&ldquo;protective coating&rdquo; on it, please get a second opinion first: we don&rsquo;t offer roof
coatings because we don&rsquo;t think they are good value.</p>
<h3>Price and timing</h3>
<p>Moss removal and biocide treatment for an average semi-detached house, including the gutter clear,
costs from <strong>&pound;350</strong>. Detached houses and bungalows are priced after a look. We need a
dry day with no rain forecast for a few hours after treatment, so spring and early autumn are the
best times to book.</p>"""
        )
    ),
    1,
)

_VELUX = _box(
    _col(
        _title("Velux and roof windows", 1)
        + _text(
            """<p>A roof window is the easiest way to get daylight into a loft room, landing or bathroom. We fit
VELUX roof windows into existing pitched roofs, replace old ones, and fix leaking ones.</p>
<h3>Replacing an old roof window</h3>
<p>Windows from the 1980s and 90s often have failed glazing (misty or cloudy between the panes),
stiff hinges and perished seals. A like-for-like replacement in the same opening, with new flashing and
disposal of the old window, costs from <strong>&pound;795</strong>. Because the opening doesn&rsquo;t
change, there is usually no plastering to do inside.</p>
<h3>New roof windows</h3>
<p>Supplying and fitting a brand-new VELUX centre-pivot window, size MK04 (78 x 98cm), with flashing kit
and internal lining, costs from <strong>&pound;1,150</strong>. Plastering and decorating inside are not
included. New openings need building regulations approval, which we notify for you. Most roof windows
are permitted development and don&rsquo;t need planning permission, provided they don&rsquo;t stick out
more than 150mm from the roof; front elevations in conservation areas are the usual exception.</p>
<h3>Leaking roof windows</h3>
<p>Drips around a roof window are usually either a failed flashing kit or condensation running off the
cold glass. A replacement flashing kit fitted to your existing window costs from &pound;320.</p>
<h3>Extras</h3>
<ul>
<li>VELUX blackout blinds supplied and fitted: &pound;120 each.</li>
<li>Electric and solar-powered VELUX INTEGRA windows with rain sensors, on request.</li>
<li>Stock sizes are normally with us in 3 to 5 working days.</li>
</ul>
<h3>Flat roof rooflights and lanterns</h3>
<p>On flat roofs we fit fixed and opening flat rooflights and glazed roof lanterns, usually as part of a
new EPDM or GRP roof. Fitted prices start at &pound;1,400.</p>"""
        )
    ),
    1,
)

_EMERGENCY = _box(
    _col(
        _title("24-hour emergency roof repairs", 1)
        + _text(
            """<p>Storm damage, a tree branch through the tiles or water pouring through a ceiling can&rsquo;t
wait until Monday. Our emergency line is answered 24 hours a day, 365 days a year:
<a href="tel:07831552904"><strong>07831 552904</strong></a>. During office hours, ring the office as
normal and tell us it is an emergency.</p>
<h3>What we do</h3>
<p>An emergency visit is about <strong>making your home safe and dry</strong>, not a full repair. We
sheet the damaged area with heavy-duty tarpaulin or temporary boarding, refix loose tiles that could
fall, and clear blocked outlets. We then quote for the permanent repair. Temporary covers can stay in
place for up to 21 days at no extra charge.</p>
<h3>How quickly can you get here?</h3>
<p>We aim to be with you within 2 hours inside the Derby city boundary and within 4 hours elsewhere in
our area. After a named storm, calls are prioritised: homes with water coming in, and households with
elderly people or young babies, come first.</p>
<h3>Emergency charges</h3>
<table class="table price-table">
<thead><tr><th>When</th><th>Call-out (inc. first hour and make-safe materials)</th></tr></thead>
<tbody>
<tr><td>Weekdays 8:00am &ndash; 5:30pm</td><td>&pound;110</td></tr>
<tr><td>Evenings, nights, weekends and bank holidays</td><td>&pound;185</td></tr>
<tr><td>Each additional hour</td><td>&pound;65</td></tr>
</tbody></table>
<h3>When we won&rsquo;t go on the roof</h3>
<p>Our roofers will not climb onto a roof in winds over 40mph, during lightning, or when the roof is
iced over. In those conditions we will still come out and help make things safe from inside, then get
on the roof as soon as it is safe.</p>
<h3>While you wait for us</h3>
<ul>
<li>Catch drips with buckets and towels, and move furniture and valuables out of the way.</li>
<li>If water is near light fittings or sockets, switch that circuit off at the fuse box.</li>
<li>If a ceiling is bulging with water, stand clear and make a small hole in the lowest point with a
screwdriver, with a bucket underneath, to stop it coming down.</li>
<li>Don&rsquo;t go up a ladder or onto the roof yourself.</li>
</ul>"""
        )
    ),
    1,
)

_INSURANCE = _box(
    _col(
        _title("Insurance work and storm claims", 1)
        + _text(
            """<p>If your roof has been damaged by a storm, a falling tree or an impact, your buildings
insurance may cover the repair. We work on insurance claims every week and can make the process a lot
less painful.</p>
<h3>Damage reports for your insurer</h3>
<p>Most insurers want evidence before they agree a claim. We provide a <strong>written damage report
with dated photographs</strong> (including drone photos where useful) and an itemised repair quote,
usually within 2 working days of our visit. The report costs &pound;75, which we refund in full if you
go ahead with the repair through us.</p>
<h3>Dealing with the loss adjuster</h3>
<p>On larger claims your insurer may send a loss adjuster. With your permission we will speak to them
directly, meet them on site, and answer the technical questions, so you are not stuck in the middle.</p>
<h3>What insurers usually will and won&rsquo;t pay for</h3>
<p>Policies generally cover sudden damage from a storm, which most insurers define as gusts of around
55mph or more. They generally won&rsquo;t cover gradual wear and tear, such as ridge mortar that has
crumbled over many years, porous old tiles, or a flat roof that has simply reached the end of its life.
We will always tell you honestly what we think caused the damage, and we never inflate a quote to suit a
claim. We can&rsquo;t promise your claim will be accepted &ndash; that decision is your insurer&rsquo;s.</p>
<h3>Payment on insurance jobs</h3>
<p>If you sign an authority letter, your insurer can pay us directly once the work is complete. You pay
us only your policy excess. Otherwise you pay us and claim the money back from your insurer.</p>"""
        )
    ),
    1,
)

_GUARANTEES = _box(
    _col(
        _title("Our guarantees", 1)
        + _text(
            """<p>Every job we do, apart from temporary and maintenance work, comes with a written workmanship
guarantee in your name. We issue it with the final invoice.</p>
<table class="table table-striped guarantee-table">
<thead><tr><th>Work</th><th>Our workmanship guarantee</th></tr></thead>
<tbody>
<tr><td>Full re-roof (tiles or slate)</td><td>15 years</td></tr>
<tr><td>New flat roof (EPDM, GRP or felt)</td><td>10 years, plus the manufacturer&rsquo;s material
warranty (20 years on Firestone EPDM and Cure-It GRP)</td></tr>
<tr><td>Chimney rebuilds and leadwork</td><td>10 years</td></tr>
<tr><td>uPVC fascias, soffits and guttering</td><td>10 years</td></tr>
<tr><td>VELUX windows</td><td>5 years on fitting, plus VELUX&rsquo;s own 10-year product guarantee</td></tr>
<tr><td>Repairs (tiles, ridge, verge, flashings)</td><td>2 years on the area repaired</td></tr>
<tr><td>Emergency make-safe, moss removal, gutter clearing</td><td>No guarantee</td></tr>
</tbody></table>
<h3>Insurance-backed guarantees</h3>
<p>For re-roofs and new flat roofs you can add an insurance-backed guarantee from an independent
provider. It protects your guarantee if Ashcroft Roofing ever stops trading. It costs between &pound;95
and &pound;195 depending on the value of the job, and we arrange it for you.</p>
<h3>Moving house?</h3>
<p>Our guarantees belong to the property, not to you, so they pass to the new owner at no cost. Just
email the office with the new owner&rsquo;s name and the completion date and we will reissue the
certificate in their name.</p>
<h3>What can void a guarantee</h3>
<p>A guarantee won&rsquo;t cover damage caused by other people working on the roof after us (for example
aerial, satellite or solar installers), storm damage beyond what the materials are designed to withstand,
or alterations to the roof by anyone else.</p>
<h3>Making a claim</h3>
<p>Ring the office and quote your guarantee number. We will inspect within 5 working days, free of
charge.</p>"""
        )
    ),
    1,
)

_SCAFFOLD = _box(
    _col(
        _title("Scaffolding and access", 1)
        + _text(
            """<p>Safe access is a legal requirement, and it also gives a much better job than balancing on a
ladder. Where a job needs scaffolding, it is included and priced separately on your quote so you can see
exactly what you are paying for.</p>
<h3>Who puts it up?</h3>
<p>Our scaffolding is erected by our long-standing partner, Trent Valley Scaffolding, whose erectors are
all CISRS carded. It normally goes up the working day before we start and comes down within a few days
of us finishing.</p>
<h3>How long can it stay up?</h3>
<p>Four weeks of hire is included in every quote. If the job runs over because of us or the weather, that
is our cost, not yours. If you ask us to leave it up longer (for instance so another trade can use it),
extra weeks are charged at &pound;60 per week.</p>
<h3>Scaffolding on the pavement</h3>
<p>If the scaffold has to stand on a public footpath or road, a scaffold licence is required from the
highways authority &ndash; Derby City Council inside the city, or Derbyshire County Council outside it.
<strong>We apply for the licence for you and the fee is included in our price.</strong> Applications take
up to 10 working days, which we allow for when booking your start date.</p>
<h3>Neighbours</h3>
<p>On terraced and semi-detached houses the scaffold sometimes needs to go on, or over, a neighbour&rsquo;s
land. We need their agreement before it goes up. We are happy to provide a friendly letter explaining
the work and how long it will last, which you can pop through their door.</p>
<h3>Security</h3>
<p>A scaffold alarm, which sounds if anyone climbs the scaffold after hours, is available for &pound;35
per week. Ladders are removed from the bottom lift every evening.</p>
<h3>Smaller jobs</h3>
<p>Many repairs don&rsquo;t need scaffold at all. We use roof ladders and, where the van can park close
to the house, our own van-mounted access platform (cherry picker) with a 17m reach, at no extra charge.</p>"""
        )
    ),
    1,
)

_QUOTES = _box(
    _col(
        _title("Free roof surveys and quotes", 1)
        + _text(
            """<p>Quotes are free and there is no obligation. Ring the office or fill in the form on our
contact page and Sarah will book a visit, usually within 5 working days.</p>
<h3>What happens on the visit</h3>
<p>Dean or Callum will look at the roof from ladders and, where that isn&rsquo;t safe or the roof is
hard to see, fly our drone (we are CAA-registered operators). They will go in the loft if it&rsquo;s
relevant. The visit usually takes 20 to 40 minutes and you&rsquo;ll see the photos on the spot.</p>
<h3>Your written quote</h3>
<p>Your quote is emailed within 3 working days. It is itemised, fixed price and valid for 60 days. We
never offer &ldquo;sign today&rdquo; discounts or pressure you to decide on the doorstep.</p>
<h3>Buying a house? Roof condition reports</h3>
<p>If your homebuyer survey has flagged the roof, or you just want peace of mind before you exchange,
we offer a <strong>pre-purchase roof condition report</strong> for &pound;145. We inspect the roof,
chimneys, gutters and (with the seller&rsquo;s permission) the loft, and send a written report with
photographs and rough costs for any work needed within 2 working days of the visit. Many buyers use it
to renegotiate the price.</p>
<h3>Booking, deposits and payment</h3>
<p>Planned work is currently being booked around 3 to 5 weeks ahead; spring and autumn are our busiest
times.</p>
<ul>
<li><strong>Jobs under &pound;3,000:</strong> no deposit. Pay on completion.</li>
<li><strong>Jobs over &pound;3,000:</strong> a 20% deposit when you book, to cover materials, with the
balance on completion.</li>
<li>Before we invoice, we walk round the finished job with you or send photos if you are out.</li>
<li>We accept bank transfer, debit and credit cards (including over the phone) and cash. We no longer
accept cheques.</li>
</ul>
<h3>Cancelling</h3>
<p>If you agree a contract with us in your home, you have 14 days to cancel without giving a reason and
we will refund your deposit in full. After that, if you cancel we may keep the part of the deposit
already spent on made-to-order materials or scaffold booked for your job.</p>"""
        )
    ),
    1,
)

_ABOUT_US = _box(
    _col(
        _title("About Ashcroft Roofing", 1)
        + _text(
            """<p>Dean Ashcroft started out as a sixteen-year-old labourer on Derby building sites in 1998,
served a roofing apprenticeship, and set up Ashcroft Roofing with one van in 2009. We now have four
vans and a team of nine, working out of our unit on Stores Road.</p>
<p>All our roofers are employed directly by us. We don&rsquo;t send subcontracted gangs: the people who
quote your job are the people who manage it, and the roofers on your roof work for Ashcroft every day.
The only work we bring in from outside is scaffolding.</p>
<h3>Accreditations and insurance</h3>
<ul>
<li>Members of the National Federation of Roofing Contractors (NFRC)</li>
<li>TrustMark registered business</li>
<li>&pound;5 million public liability and &pound;10 million employer&rsquo;s liability insurance</li>
<li>All roofers hold CSCS cards and NVQ Level 2 or 3 in roof slating and tiling</li>
</ul>"""
        )
    ),
    1,
) + _box(
    _col(
        _title("Meet the team", 2)
        + """<div class="fusion-builder-row fusion-row team-row">
<div class="fusion-person person fusion-person-left fusion-person-1"><div class="person-desc">
<div class="person-author"><div class="person-author-wrapper"><span class="person-name">Dean Ashcroft</span>
<span class="person-title">Founder &amp; Director</span></div></div>
<div class="person-content fusion-clearfix"><p>25 years on roofs. Does most of our surveys and still
works on the tools on big jobs.</p></div></div></div>
<div class="fusion-person person fusion-person-left fusion-person-2"><div class="person-desc">
<div class="person-author"><div class="person-author-wrapper"><span class="person-name">Callum Ashcroft</span>
<span class="person-title">Contracts Manager &amp; Leadwork</span></div></div>
<div class="person-content fusion-clearfix"><p>Dean&rsquo;s son. Trained in leadwork with the Lead Sheet
Training Academy and looks after our chimney and lead jobs.</p></div></div></div>
<div class="fusion-person person fusion-person-left fusion-person-3"><div class="person-desc">
<div class="person-author"><div class="person-author-wrapper"><span class="person-name">Sarah Ashcroft</span>
<span class="person-title">Office Manager</span></div></div>
<div class="person-content fusion-clearfix"><p>The voice on the phone. Sarah books surveys, sends quotes
and keeps everyone on schedule.</p></div></div></div>
<div class="fusion-person person fusion-person-left fusion-person-4"><div class="person-desc">
<div class="person-author"><div class="person-author-wrapper"><span class="person-name">Marek Nowak</span>
<span class="person-title">Flat Roofing Lead</span></div></div>
<div class="person-content fusion-clearfix"><p>Firestone and Cure-It trained installer who leads every
EPDM and GRP job we do.</p></div></div></div>
</div>"""
        + _text(
            """<p>Alongside them are five roofers and our apprentice Jordan, who is in his second year at
Derby College. Every Christmas we do a free roof or gutter job for a local charity or community building,
nominated by our customers.</p>""",
            2,
        )
    ),
    2,
)

_REVIEWS = _box(
    _col(
        _title("What our customers say", 1)
        + _text(
            """<p>We are rated <strong>4.9 out of 5 on Google from 287 reviews</strong> and
<strong>9.8 out of 10 on Checkatrade from 164 reviews</strong>. We reply to every review we get,
including the odd one that isn&rsquo;t glowing, because that&rsquo;s how we get better.</p>"""
        )
        + """<div class="fusion-testimonials clean fusion-testimonials-2"><div class="reviews">
<div class="review"><blockquote><q>Had a new roof on our semi in Mickleover. Scaffold up on the Monday, finished
the following Monday, and they hoovered the loft before they left. Couldn&rsquo;t fault them.</q></blockquote>
<div class="author"><span class="company-name"><strong>Paul &amp; Gemma R.</strong> &ndash;
&#9733;&#9733;&#9733;&#9733;&#9733;
</span></div></div>
<div class="review"><blockquote><q>Marek did our kitchen extension in rubber. Three winters on and not a drop.
Much warmer in the kitchen too.</q></blockquote>
<div class="author"><span class="company-name"><strong>Helen T.</strong>, Allestree &ndash;
&#9733;&#9733;&#9733;&#9733;&#9733;</span></div></div>
<div class="review"><blockquote><q>Lead round the chimney replaced on a terrace in Derby city centre. Callum sent
videos of the old lead which was falling apart. Fair price.</q></blockquote>
<div class="author"><span class="company-name"><strong>Tom B.</strong> &ndash; &#9733;&#9733;&#9733;&#9733;&#9733;
</span></div></div>
<div class="review"><blockquote><q>Good work but it took three weeks longer to start than I was first told
because of the weather. Sarah kept me updated though.</q></blockquote>
<div class="author"><span class="company-name"><strong>Anthony W.</strong>, Spondon &ndash;
&#9733;&#9733;&#9733;</span></div>
<div class="review-reply"><p><em>Reply from Ashcroft Roofing:</em> Thanks Anthony, sorry for the wait &ndash;
a wet October put every flat roof job back. Glad you&rsquo;re happy with the finished roof.</p></div></div>
<div class="review"><blockquote><q>Used them for years on our rental properties. They collect the keys from
the agent and send photos, so I never have to go round.</q></blockquote>
<div class="author"><span class="company-name"><strong>Rajesh P.</strong>, landlord &ndash;
&#9733;&#9733;&#9733;&#9733;&#9733;</span></div></div>
</div></div>"""
        + _text(
            """<h3>Had work done by us?</h3>
<p>We&rsquo;d be really grateful for a review. You can leave one on
<a href="https://g.page/ashcroft-roofing-derby/review" target="_blank" rel="noopener">Google</a> or on
<a href="https://www.checkatrade.com/trades/ashcroftroofingderby" target="_blank" rel="noopener">Checkatrade</a>.
It only takes a minute and it helps other Derby homeowners find a roofer they can trust.</p>""",
            2,
        ),
    ),
    1,
)

_FAQ = _box(
    _col(
        _title("Frequently asked questions", 1)
        + _accordion(
            [
                (
                    "Do I need to be at home while you work?",
                    """<p>No. As long as we can get to the roof (leave the side gate unlocked) you can go to
work as normal. If we need to get into the loft we will arrange a time with you. We text you when we
arrive and when we leave, with photos of the finished work.</p>""",
                ),
                (
                    "What if the weather is bad on the day?",
                    """<p>We watch the forecast closely and will ring you the evening before if we need to
move your job. There is never a charge for rearranging because of the weather.</p>""",
                ),
                (
                    "I have solar panels. What happens if my roof needs work?",
                    """<p>Solar panels have to be taken off and put back by an MCS-certified solar installer,
not by a roofer, otherwise the panel warranty can be lost. We coordinate the dates with your installer,
but their charge for removal and refitting is separate from our quote.</p>""",
                ),
                (
                    "Will you move my TV aerial or satellite dish?",
                    """<p>Yes, we take them down and put them back up. We can&rsquo;t retune or realign them,
so if the signal isn&rsquo;t perfect afterwards you may need an aerial engineer.</p>""",
                ),
                (
                    "My garage roof is old corrugated sheeting. Can you replace it?",
                    """<p>Many older garage roofs are asbestos cement. We don&rsquo;t remove or handle
asbestos. We can recommend a licensed specialist to take it away safely, and then fit a new roof.</p>""",
                ),
                (
                    "Do you work on listed buildings?",
                    """<p>Yes. We use lime mortar and like-for-like materials on older buildings. Listed
building consent is the owner&rsquo;s responsibility, and we won&rsquo;t start until it is in place.</p>""",
                ),
                (
                    "Do you work for landlords and letting agents?",
                    """<p>Yes, a good part of our work is for landlords and agents. We can collect keys,
contact tenants to arrange access and invoice the agent directly.</p>""",
                ),
                (
                    "I have spray foam insulation in my loft. Can you help?",
                    """<p>We don&rsquo;t install spray foam. Many mortgage lenders won&rsquo;t lend on homes
that have it, and it hides the condition of the roof timbers. We can remove it as part of a re-roof; the
cost depends on how much there is, and we price it on the survey.</p>""",
                ),
                (
                    "What if you find bats or nesting birds?",
                    """<p>Bats and their roosts are protected by law. If we find bats, work on that part of
the roof has to stop until a licensed bat ecologist has advised. Active bird nests also have to be left
until the young have fledged.</p>""",
                ),
                (
                    "Will you need to use our toilet or electricity?",
                    """<p>Some of our tools need a power socket, so we may ask to run a lead from an outside
socket or a window. We would be grateful for the use of a toilet on longer jobs, but if you&rsquo;d
rather not, that&rsquo;s absolutely fine.</p>""",
                ),
            ]
        )
    ),
    1,
)

_CONTACT = _box(
    _col(
        _title("Contact us", 1)
        + _text(
            """<p>The quickest way to reach us is by phone on <a href="tel:01332460218">01332 460218</a>.
If it&rsquo;s out of hours and your roof is letting water in, use the emergency number. Otherwise send us
a message below with your address and a short description (photos help) and we&rsquo;ll reply within
one working day.</p>
<p><strong>Ashcroft Roofing Ltd</strong>, Unit 7, Stores Road Trade Park, Derby DE21 4BD</p>
<h3>Office hours</h3>
<ul>
<li>Monday to Friday: 8:00am &ndash; 5:30pm</li>
<li>Saturday: 9:00am &ndash; 12:00pm, phones only</li>
<li>Sunday and bank holidays: closed (emergency line only)</li>
</ul>
<h3>Visiting our yard</h3>
<p>You&rsquo;re welcome to come and look at tile and slate samples, and our reclaimed stock, on weekdays
by appointment. There are two customer parking bays marked in front of Unit 7; please don&rsquo;t park on
Stores Road itself, as it is a red route. The number 9 bus stops at the Trade Park entrance.</p>"""
        )
        + """<div role="form" class="wpcf7" id="wpcf7-f415-p57-o1" lang="en-GB" dir="ltr">
<form action="#" method="post" class="wpcf7-form init" novalidate="novalidate">
<p><label>Name*<br><span class="wpcf7-form-control-wrap">
<input type="text" name="your-name" size="40"></span></label></p>
<p><label>Email*<br><span class="wpcf7-form-control-wrap">
<input type="email" name="your-email" size="40"></span></label></p>
<p><label>Phone<br><span class="wpcf7-form-control-wrap">
<input type="tel" name="your-phone" size="40"></span></label></p>
<p><label>Address &amp; postcode<br><span class="wpcf7-form-control-wrap"><input type="text" name="address"
 size="40"></span></label></p>
<p><label>What do you need?<br><span class="wpcf7-form-control-wrap"><textarea name="your-message" cols="40"
 rows="6"></textarea></span></label></p>
<p><label>Photos (optional)<br><input type="file" name="photos" accept=".jpg,.jpeg,.png"></label></p>
<p><input type="submit" value="Send Message" class="wpcf7-form-control wpcf7-submit fusion-button"></p>
</form></div>""",
        "2_3",
    )
    + _col(
        _title("Areas we cover", 2, "three")
        + _text(
            """<p>We cover Derby and the surrounding area, roughly 20 miles from our yard, including:</p>
<p>Allestree, Alvaston, Belper, Borrowash, Breadsall, Castle Donington, Chaddesden, Chellaston,
Darley Abbey, Duffield, Heanor, Ilkeston, Kilburn, Littleover, Long Eaton, Mackworth, Melbourne,
Mickleover, Normanton, Oakwood, Ockbrook, Ripley, Sinfin, Spondon, Stenson Fields, Swadlincote
and West Hallam.</p>
<p><strong>Further afield</strong> &ndash; Ashbourne, Matlock, Uttoxeter, Burton upon Trent, Loughborough
and the west side of Nottingham &ndash; we take on re-roofs, flat roofs and chimney work, but not small
repairs or gutter clearing, as the travelling makes them poor value for you.</p>""",
            2,
        ),
        "1_3",
        1,
    ),
    1,
)

_PAGES = [
    (
        "/",
        "Home",
        "Family-run roofers in Derby: repairs, flat roofs, new roofs, chimneys and 24hr emergencies.",
        _HOME,
        False,
    ),
    (
        "/roof-repairs/",
        "Roof Repairs",
        "Slipped tiles, ridge re-bedding, dry ridge and verge repairs in Derby with a clear price guide.",
        _REPAIRS,
        True,
    ),
    ("/roof-leaks/", "Roof Leaks", "Roof leak investigation and repair in Derby from the loft up.", _LEAKS, True),
    (
        "/flat-roofing/",
        "Flat Roofing",
        "EPDM rubber, GRP fibreglass and torch-on felt flat roofs for garages and extensions in Derby.",
        _FLAT,
        True,
    ),
    (
        "/chimneys-leadwork/",
        "Chimneys & Leadwork",
        "Chimney repointing, rebuilding and removal, lead flashing and lead valleys in Derby.",
        _CHIMNEYS,
        True,
    ),
    (
        "/guttering-fascias-soffits/",
        "Guttering, Fascias & Soffits",
        "Gutter clearing, gutter repairs and uPVC fascia and soffit replacement in Derby.",
        _GUTTERS,
        True,
    ),
    (
        "/roof-replacement/",
        "Roof Replacement",
        "Complete new roofs in concrete tile, clay and natural slate across Derby and Derbyshire.",
        _REPLACEMENT,
        False,
    ),
    ("/moss-removal/", "Moss Removal", "Hand moss removal and biocide roof treatment in Derby.", _MOSS, True),
    (
        "/velux-roof-windows/",
        "Velux & Roof Windows",
        "VELUX roof window fitting, replacement and leak repairs, plus flat rooflights, in Derby.",
        _VELUX,
        True,
    ),
    (
        "/emergency-roof-repairs/",
        "Emergency Roof Repairs",
        "24-hour emergency roofer in Derby for storm damage and leaks.",
        _EMERGENCY,
        False,
    ),
    (
        "/insurance-work/",
        "Insurance Work",
        "Storm damage reports and insurance roof repairs in Derby.",
        _INSURANCE,
        True,
    ),
    ("/guarantees/", "Guarantees", "Written workmanship guarantees on all Ashcroft Roofing work.", _GUARANTEES, False),
    ("/scaffolding/", "Scaffolding & Access", "How scaffolding works on your roofing job.", _SCAFFOLD, True),
    (
        "/surveys-and-quotes/",
        "Surveys & Quotes",
        "Free roof quotes, pre-purchase roof reports, deposits and payment.",
        _QUOTES,
        False,
    ),
    ("/about-us/", "About Us", "Meet the family and team behind Ashcroft Roofing, Derby.", _ABOUT_US, False),
    ("/reviews/", "Reviews", "Customer reviews of Ashcroft Roofing, Derby.", _REVIEWS, False),
    ("/faq/", "FAQ", "Answers to common questions about having roofing work done.", _FAQ, False),
    (
        "/contact/",
        "Contact",
        "Contact Ashcroft Roofing, Derby: phone, address, hours and areas covered.",
        _CONTACT,
        False,
    ),
]

HTML = {path: _page(path, title, desc, body, sidebar) for path, title, desc, body, sidebar in _PAGES}

QUESTIONS = [
    (
        "Some bloke knocked on my mum's door this morning saying he was from Ashcroft and her ridge tiles are "
        "loose and he can do it today for cash. Is that one of yours?",
        "/",
    ),
    (
        "noticed a few tiles missing at the front, not leaking or anything yet, ballpark what would that cost?",
        "/roof-repairs/",
    ),
    (
        "Bits of cement keep falling off the very top of my roof into the gutter, the stuff holding the "
        "pointy tiles on. What can be done about that?",
        "/roof-repairs/",
    ),
    (
        "There's a brown stain on the bedroom ceiling that gets bigger every time it rains. How do you work "
        "out where it's coming in and what does that cost?",
        "/roof-leaks/",
    ),
    (
        "went up the loft and the black felt under the tiles is dripping wet on frosty mornings but it hasnt "
        "even rained, is my roof leaking",
        "/roof-leaks/",
    ),
    ("How much to redo the roof on a single garage? Its the old felt and it's had it", "/flat-roofing/"),
    (
        "Our builder said fibreglass for the extension roof but we want it done before Christmas, is that "
        "going to be a problem?",
        "/flat-roofing/",
    ),
    (
        "The metal strip where the chimney meets the roof tiles has come away and flaps about, can that be "
        "replaced and roughly how much?",
        "/chimneys-leadwork/",
    ),
    ("Do you sweep chimneys as well?", "/chimneys-leadwork/"),
    (
        "Every time it rains water pours over the gutter right onto the front door, it's full of leaves from "
        "the tree next door. How much to clear them out? It's a semi",
        "/guttering-fascias-soffits/",
    ),
    (
        "The wooden boards behind my gutters are rotten, can you just put plastic over the top of them to "
        "save a bit of money?",
        "/guttering-fascias-soffits/",
    ),
    (
        "How many days would a whole new roof take on a 3 bed semi? We've got two kids and a dog so need to "
        "plan, and can we stay in the house?",
        "/roof-replacement/",
    ),
    (
        "If you replace the whole roof will I get the building control paperwork? My neighbour says I'll need "
        "it when I sell",
        "/roof-replacement/",
    ),
    ("our roof has gone completely green with moss, can you jet wash it off for us", "/moss-removal/"),
    (
        "The skylight in the back bedroom has gone all cloudy between the glass and drips in winter, how much "
        "to swap it for a new one?",
        "/velux-roof-windows/",
    ),
    (
        "A big branch has come down through the roof tiles and it's ten o'clock on a Sunday night. Can "
        "someone come out tonight and what will it cost??",
        "/emergency-roof-repairs/",
    ),
    (
        "Aviva want a report with photos of the storm damage before they'll agree to pay out, can you do that for me",
        "/insurance-work/",
    ),
    (
        "We might sell up in a couple of years - if you put a new roof on, would the guarantee carry over to "
        "whoever buys it?",
        "/guarantees/",
    ),
    (
        "terraced house so the scaffold will have to go on the pavement, do I have to get a permit off the "
        "council myself",
        "/scaffolding/",
    ),
    (
        "We're buying a house in Littleover and the survey says the roof is 'nearing the end of its life'. "
        "Can someone look at it properly before we exchange?",
        "/surveys-and-quotes/",
    ),
    ("do you want money up front before you start", "/surveys-and-quotes/"),
    (
        "Is it your own roofers who do the job or do you send it out to subbies? Had a bad experience last "
        "time with a firm that did that",
        "/about-us/",
    ),
    ("what are your google reviews like?", "/reviews/"),
    (
        "We had solar panels put on about 5 years ago. If the roof needs doing what happens with those, do "
        "you take them off?",
        "/faq/",
    ),
    ("Do you come out as far as Ashbourne? It's only a couple of slipped tiles", "/contact/"),
]

OUT_OF_SCOPE = [
    "Can I pay for a new roof in monthly instalments? I can't afford it all in one go",
    "Do you do thatched roofs? We've got a cottage near Melbourne",
    "Can you put a sedum green roof on our garden office?",
    "We want to swap our polycarbonate conservatory roof for a solid tiled one, is that something you do?",
    "are you looking for any roofers at the minute? got 10 years experience",
    "Could you build a dormer on the back of our bungalow so we get more headroom upstairs?",
    "My boiler's making a banging noise, can you recommend a good plumber?",
    "What time does Derby County kick off on Saturday?",
]
