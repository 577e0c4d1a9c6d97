"""An evaluation site: Bonnie Hair, Nails & Beauty, a city-centre hair, nail and beauty salon in Glasgow (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. Beaver Builder on WordPress: fl-page
theme header with a mega-menu, fl-row / fl-col-group / fl-col / fl-module wrappers, fl-rich-text modules,
fl-accordion FAQs, fl-module-pricing-table and plain tables for prices, widget sidebars and a cookie notice.
"""

import itertools

NAME = "Bonnie Hair, Nails & Beauty"

_SEQ = itertools.count(1)


def _nid() -> str:
    """A Beaver Builder style node id (deterministic)."""
    return format((next(_SEQ) * 2654435761 + 0x5A3C1F) % (1 << 40), "x").rjust(10, "0")[:10]


# --------------------------------------------------------------------------------------------------------------
# Beaver Builder building blocks
# --------------------------------------------------------------------------------------------------------------


def _module(kind: str, inner: str) -> str:
    n = _nid()
    return (
        f'<div class="fl-module fl-module-{kind} fl-node-{n}" data-node="{n}">\n'
        f'<div class="fl-module-content fl-node-content">\n{inner.strip()}\n</div>\n</div>'
    )


def _rich(html: str) -> str:
    return _module("rich-text", f'<div class="fl-rich-text">\n{html.strip()}\n</div>')


def _heading(text: str, tag: str = "h2") -> str:
    return _module("heading", f'<{tag} class="fl-heading">\n<span class="fl-heading-text">{text}</span>\n</{tag}>')


def _button(text: str = "Book now", href: str = "/booking/", align: str = "left") -> str:
    return _module(
        "button",
        f'<div class="fl-button-wrap fl-button-width-auto fl-button-{align} fl-button-has-icon">\n'
        f'<a href="{href}" target="_self" class="fl-button" role="button">\n'
        '<i class="fl-button-icon fl-button-icon-before far fa-calendar-check" aria-hidden="true"></i>\n'
        f'<span class="fl-button-text">{text}</span>\n</a>\n</div>',
    )


def _photo(src: str, alt: str) -> str:
    return _module(
        "photo",
        '<div class="fl-photo fl-photo-align-center" itemscope itemtype="https://schema.org/ImageObject">\n'
        '<div class="fl-photo-content fl-photo-img-jpg">\n'
        f'<img loading="lazy" decoding="async" class="fl-photo-img size-large" src="/wp-content/uploads/{src}"\n'
        f'  alt="{alt}" itemprop="image" height="683" width="1024" title="{alt}" />\n'
        "</div>\n</div>",
    )


def _accordion(items: list[tuple[str, str]]) -> str:
    n = _nid()
    parts = []
    for i, (q, a) in enumerate(items):
        parts.append(
            '<div class="fl-accordion-item">\n'
            f'<div class="fl-accordion-button" id="fl-accordion-{n}-tab-{i}" aria-selected="false"\n'
            f'  aria-controls="fl-accordion-{n}-panel-{i}" aria-expanded="false" role="tab" tabindex="0">\n'
            f'<a href="#" id="fl-accordion-{n}-label-{i}" class="fl-accordion-button-label" tabindex="0">{q}</a>\n'
            '<a href="#" class="fl-accordion-button-icon-link" tabindex="-1" aria-hidden="true">'
            '<i class="fl-accordion-button-icon fl-accordion-button-icon-right fas fa-plus"></i></a>\n'
            "</div>\n"
            f'<div class="fl-accordion-content fl-clearfix" id="fl-accordion-{n}-panel-{i}"\n'
            f'  aria-labelledby="fl-accordion-{n}-tab-{i}" aria-hidden="true" role="tabpanel" aria-live="polite">\n'
            f"{a.strip()}\n</div>\n</div>"
        )
    inner = (
        '<div class="fl-accordion fl-accordion-medium fl-accordion-small" role="tablist" multiselectable="false">\n'
        + "\n".join(parts)
        + "\n</div>"
    )
    return _module("accordion", inner)


def _pricing(columns: list[tuple[str, str, str, list[str]]]) -> str:
    cols = []
    for i, (title, price, duration, features) in enumerate(columns):
        lis = "\n".join(f"<li>{f}</li>" for f in features)
        cols.append(
            f'<div class="fl-pricing-table-col-{len(columns)}">\n'
            f'<div class="fl-pricing-table-column fl-pricing-table-column-{i}">\n'
            '<div class="fl-pricing-table-inner-wrap">\n'
            f'<h3 class="fl-pricing-table-title">{title}</h3>\n'
            f'<div class="fl-pricing-table-price">{price}\n'
            f'<span class="fl-pricing-table-duration">{duration}</span></div>\n'
            f'<ul class="fl-pricing-table-features" role="list">\n{lis}\n</ul>\n'
            '<a href="/booking/" class="fl-button" role="button"><span class="fl-button-text">Book now</span></a>\n'
            "</div>\n</div>\n</div>"
        )
    inner = (
        '<div class="fl-pricing-table fl-pricing-table-spacing-large fl-pricing-table-border-standard">\n'
        + "\n".join(cols)
        + "\n</div>"
    )
    return _module("pricing-table", inner)


def _testimonials(items: list[tuple[str, str]]) -> str:
    slides = "\n".join(
        f'<div class="fl-testimonial">\n<div class="fl-testimonial-stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>\n'
        f"<p>{quote}</p>\n<h4>{who}</h4>\n</div>"
        for quote, who in items
    )
    inner = (
        '<div class="fl-testimonials-wrap wide">\n'
        '<h3 class="fl-testimonials-heading">Kind words from our clients</h3>\n'
        f'<div class="fl-testimonials">\n{slides}\n</div>\n'
        '<div class="fl-slider-next"></div><div class="fl-slider-prev"></div>\n</div>'
    )
    return _module("testimonials", inner)


def _cta(title: str, text: str, button: str = "Book online", href: str = "/booking/") -> str:
    inner = (
        '<div class="fl-cta-wrap fl-cta-inline">\n<div class="fl-cta-text">\n'
        f'<h3 class="fl-cta-title">{title}</h3>\n<div class="fl-cta-text-content"><p>{text}</p></div>\n</div>\n'
        f'<div class="fl-cta-button">\n<div class="fl-button-wrap fl-button-width-auto">\n'
        f'<a href="{href}" class="fl-button" role="button"><span class="fl-button-text">{button}</span></a>\n'
        "</div>\n</div>\n</div>"
    )
    return _module("cta", inner)


def _col(*modules: str, small: bool = False) -> str:
    n = _nid()
    extra = " fl-col-small" if small else ""
    return (
        f'<div class="fl-col fl-node-{n}{extra}" data-node="{n}">\n'
        f'<div class="fl-col-content fl-node-content">\n' + "\n".join(modules) + "\n</div>\n</div>"
    )


def _row(*cols: str, bg: str = "none") -> str:
    """A full-width row; each argument is a column (from _col) or a bare module (wrapped in one column)."""
    n, g = _nid(), _nid()
    body = "\n".join(c if c.startswith('<div class="fl-col ') else _col(c) for c in cols)
    return (
        f'<div class="fl-row fl-row-full-width fl-row-bg-{bg} fl-node-{n}" data-node="{n}">\n'
        '<div class="fl-row-content-wrap">\n'
        '<div class="fl-row-content fl-row-fixed-width fl-node-content">\n'
        f'<div class="fl-col-group fl-node-{g}" data-node="{g}">\n{body}\n</div>\n'
        "</div>\n</div>\n</div>"
    )


def _banner(title: str, strap: str) -> str:
    return _row(
        _col(_heading(title, "h1"), _rich(f'<p class="banner-strap">{strap}</p>')),
        bg="photo",
    )


# --------------------------------------------------------------------------------------------------------------
# Shared header, navigation, sidebar and footer
# --------------------------------------------------------------------------------------------------------------

_MEGA = [
    ("Hair", [("/hair/", "Cuts, Blow-Dries &amp; Styling"), ("/hair-colour/", "Colour &amp; Patch Tests")]),
    ("Nails &amp; Feet", [("/nails/", "Gel, BIAB &amp; Acrylic Nails"), ("/pedicures/", "Pedicures")]),
    (
        "Beauty",
        [
            ("/lashes-brows/", "Lashes &amp; Brows"),
            ("/waxing/", "Waxing"),
            ("/spray-tan/", "Spray Tanning"),
            ("/facials/", "Facials &amp; Skin"),
        ],
    ),
    ("Occasions", [("/prom-and-weddings/", "Prom &amp; Wedding Packages")]),
]

_INFO = [
    ("/booking/", "Booking, Deposits &amp; Cancellations"),
    ("/loyalty-and-gift-cards/", "Bonnie Rewards &amp; Gift Cards"),
    ("/health-and-pregnancy/", "Pregnancy &amp; Medical Conditions"),
    ("/aftercare/", "Aftercare Advice"),
    ("/faq/", "FAQs"),
]


def _li(path: str, label: str, current: str) -> str:
    cls = "menu-item menu-item-type-post_type menu-item-object-page"
    if path == current:
        cls += " current-menu-item current_page_item"
        return f'<li class="{cls}"><a href="{path}" aria-current="page">{label}</a></li>'
    return f'<li class="{cls}"><a href="{path}">{label}</a></li>'


def _nav(current: str) -> str:
    mega_cols = []
    for heading, links in _MEGA:
        items = "\n".join(_li(p, lab, current) for p, lab in links)
        mega_cols.append(
            '<li class="menu-item menu-item-type-custom menu-item-has-children">'
            f'<a href="#">{heading}</a>\n<ul class="sub-menu">\n{items}\n</ul>\n</li>'
        )
    info = "\n".join(_li(p, lab, current) for p, lab in _INFO)
    return (
        '<nav class="fl-page-nav fl-nav navbar navbar-default navbar-expand-md" aria-label="Main Menu"'
        ' itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement">\n'
        '<button type="button" class="navbar-toggle navbar-toggler" data-toggle="collapse"'
        ' data-target=".fl-page-nav-collapse"><span>Menu</span></button>\n'
        '<div class="fl-page-nav-collapse collapse navbar-collapse">\n'
        '<ul id="menu-main-menu" class="nav navbar-nav navbar-right menu fl-theme-menu">\n'
        + _li("/", "Home", current)
        + "\n"
        '<li class="mega-menu mega-menu-items-4 menu-item menu-item-type-custom menu-item-has-children">'
        '<a href="#">Services</a>\n'
        '<div class="fl-submenu-icon-wrap"><span class="fl-submenu-toggle-icon"></span></div>\n'
        '<ul class="sub-menu">\n'
        + "\n".join(mega_cols)
        + "\n</ul>\n</li>\n"
        + _li("/price-list/", "Prices", current)
        + "\n"
        '<li class="menu-item menu-item-type-custom menu-item-has-children"><a href="#">Salon Info</a>\n'
        '<div class="fl-submenu-icon-wrap"><span class="fl-submenu-toggle-icon"></span></div>\n'
        f'<ul class="sub-menu">\n{info}\n</ul>\n</li>\n'
        + _li("/team/", "Meet the Team", current)
        + "\n"
        + _li("/visit-us/", "Visit Us", current)
        + "\n"
        '<li class="menu-item menu-item-type-post_type menu-book-now"><a href="/booking/">Book Now</a></li>\n'
        "</ul>\n</div>\n</nav>"
    )


_HEAD_EXTRA = """
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css" />
<link rel="stylesheet" id="font-awesome-5-css" href="/wp-content/plugins/bb-plugin/fonts/fontawesome/css/all.min.css" />
<link rel="stylesheet" id="fl-builder-layout-bundle-css" href="/wp-content/uploads/bb-plugin/cache/layout.css" />
<link rel="stylesheet" id="cookie-notice-front-css" href="/wp-content/plugins/cookie-notice/css/front.min.css" />
<link rel="stylesheet" id="base-css" href="/wp-content/themes/bb-theme/css/base.min.css" />
<link rel="stylesheet" id="fl-automator-skin-css" href="/wp-content/uploads/bb-theme/skin-6512a.css" />
<link rel="stylesheet" id="fl-child-theme-css" href="/wp-content/themes/bonnie-child/style.css" />
<link rel="icon" href="/wp-content/uploads/2021/03/cropped-bonnie-icon-32x32.png" sizes="32x32" />
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date());
gtag('config', 'G-BNY4GLA21X');
</script>
"""

_TOPBAR = """
<div class="fl-page-bar">
<div class="fl-page-bar-container container">
<div class="fl-page-bar-row row">
<div class="col-md-6 col-sm-6 text-left clearfix"><div class="fl-page-bar-text fl-page-bar-text-1">
<a href="tel:+441414960582">0141 496 0582</a> &nbsp;|&nbsp; Late nights Thursday &amp; Friday
</div></div>
<div class="col-md-6 col-sm-6 text-right clearfix">
<div class="fl-social-icons">
<a href="https://www.instagram.com/bonnieglasgow" target="_blank" rel="noopener noreferrer"
  class="fa-instagram fab"><span class="sr-only">Instagram</span></a>
<a href="https://www.facebook.com/bonniehairnailsbeauty" target="_blank" rel="noopener noreferrer"
  class="fa-facebook-f fab"><span class="sr-only">Facebook</span></a>
<a href="https://www.tiktok.com/@bonnieglasgow" target="_blank" rel="noopener noreferrer"
  class="fa-tiktok fab"><span class="sr-only">TikTok</span></a>
</div>
</div>
</div>
</div>
</div>
"""

_FOOTER = """
<footer class="fl-page-footer-wrap" itemscope="itemscope" itemtype="https://schema.org/WPFooter" role="contentinfo">
<div class="fl-page-footer-widgets">
<div class="fl-page-footer-widgets-container container">
<div class="fl-page-footer-widgets-row row">
<div class="col-sm-3 col-md-3 fl-page-footer-widget-col fl-page-footer-widget-col-1">
<aside id="text-2" class="fl-widget widget_text">
<h4 class="fl-widget-title">Bonnie Hair, Nails &amp; Beauty</h4>
<div class="textwidget">
<p>41 Wilson Street<br />Merchant City<br />Glasgow G1 1HD</p>
<p>Call <a href="tel:+441414960582">0141 496 0582</a><br />
WhatsApp <a href="https://wa.me/447700900412">07700 900412</a><br />
<a href="mailto:hello@bonniehairandbeauty.co.uk">hello@bonniehairandbeauty.co.uk</a></p>
</div>
</aside>
</div>
<div class="col-sm-3 col-md-3 fl-page-footer-widget-col fl-page-footer-widget-col-2">
<aside id="text-3" class="fl-widget widget_text">
<h4 class="fl-widget-title">Opening Hours</h4>
<div class="textwidget">
<p>Mon 10am &ndash; 6pm<br />Tue &amp; Wed 9am &ndash; 6pm<br />Thu &amp; Fri 9am &ndash; 8pm<br />
Sat 8.30am &ndash; 5pm<br />Sun 11am &ndash; 4pm</p>
</div>
</aside>
</div>
<div class="col-sm-3 col-md-3 fl-page-footer-widget-col fl-page-footer-widget-col-3">
<aside id="nav_menu-2" class="fl-widget widget_nav_menu">
<h4 class="fl-widget-title">Quick Links</h4>
<div class="menu-footer-menu-container"><ul id="menu-footer-menu" class="menu">
<li class="menu-item"><a href="/price-list/">Price List</a></li>
<li class="menu-item"><a href="/booking/">Book Online</a></li>
<li class="menu-item"><a href="/loyalty-and-gift-cards/">Gift Cards</a></li>
<li class="menu-item"><a href="/aftercare/">Aftercare</a></li>
<li class="menu-item"><a href="/faq/">FAQs</a></li>
<li class="menu-item"><a href="/visit-us/">Find Us</a></li>
</ul></div>
</aside>
</div>
<div class="col-sm-3 col-md-3 fl-page-footer-widget-col fl-page-footer-widget-col-4">
<aside id="custom_html-2" class="widget_text fl-widget widget_custom_html">
<h4 class="fl-widget-title">Follow Us</h4>
<div class="textwidget custom-html-widget">
<p>Daily nail art, fresh balayage and behind-the-scenes on
<a href="https://www.instagram.com/bonnieglasgow" target="_blank" rel="noopener">Instagram</a>,
<a href="https://www.facebook.com/bonniehairnailsbeauty" target="_blank" rel="noopener">Facebook</a> and
<a href="https://www.tiktok.com/@bonnieglasgow" target="_blank" rel="noopener">TikTok</a>.</p>
</div>
</aside>
</div>
</div>
</div>
</div>
<div class="fl-page-footer">
<div class="fl-page-footer-container container">
<div class="fl-page-footer-row row">
<div class="col-md-12 text-center clearfix"><div class="fl-page-footer-text fl-page-footer-text-1">
&copy; 2024 Bonnie Hair &amp; Beauty Ltd. Registered in Scotland, company no. SC512874.
All rights reserved. | Website by Clydeside Creative
</div></div>
</div>
</div>
</div>
</footer>
<a href="#" id="fl-to-top"><span class="sr-only">Scroll To Top</span><i class="fas fa-chevron-up"></i></a>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom"
  aria-label="Cookie Notice">
<div class="cookie-notice-container">
<span id="cn-notice-text" class="cn-text-container">We use cookies to give you the best experience on our
website and to understand how it's used. If you continue, we'll assume you're happy with that.</span>
<span id="cn-notice-buttons" class="cn-buttons-container">
<a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button">Ok</a>
<a href="#" id="cn-refuse-cookie" data-cookie-set="refuse" class="cn-set-cookie cn-button">No thanks</a>
</span>
<span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="No"></span>
</div>
</div>
"""

_SIDEBAR = """
<div class="fl-sidebar fl-sidebar-right fl-sidebar-display-desktop col-md-4" itemscope="itemscope"
  itemtype="https://schema.org/WPSideBar">
<aside id="custom_html-4" class="widget_text fl-widget widget_custom_html">
<h4 class="fl-widget-title">Ready to book?</h4>
<div class="textwidget custom-html-widget">
<p>Pick your treatment, your therapist and a time that suits you &ndash; day or night.</p>
<p><a class="fl-button" href="/booking/">Book online</a></p>
</div>
</aside>
<aside id="text-6" class="fl-widget widget_text">
<h4 class="fl-widget-title">Treat someone</h4>
<div class="textwidget">
<p>Birthdays, thank-yous, Mother&rsquo;s Day&hellip; a Bonnie gift card always fits.
<a href="/loyalty-and-gift-cards/">Find out more</a></p>
</div>
</aside>
<aside id="recent-posts-2" class="fl-widget widget_recent_entries">
<h4 class="fl-widget-title">From the blog</h4>
<ul>
<li><a href="#">Autumn nail trends we&rsquo;re loving</a></li>
<li><a href="#">Copper balayage: is it for you?</a></li>
<li><a href="#">Meet Jess, our newest apprentice</a></li>
</ul>
</aside>
</div>
"""


def _page(path: str, title: str, description: str, body: str, sidebar: bool = False) -> str:
    page_id = 40 + len(_PAGE_ORDER)
    _PAGE_ORDER.append(path)
    if sidebar:
        content = (
            '<div class="fl-content-full container">\n<div class="row">\n'
            '<div class="fl-content fl-content-left col-md-8">\n'
            f'<article class="fl-post post-{page_id} page type-page status-publish" id="fl-post-{page_id}">\n'
            '<div class="fl-post-content clearfix" itemprop="text">\n'
            f'<div class="fl-builder-content fl-builder-content-{page_id} fl-builder-content-primary"'
            f' data-post-id="{page_id}">\n{body}\n</div>\n</div>\n</article>\n</div>\n'
            f"{_SIDEBAR}\n</div>\n</div>"
        )
    else:
        content = (
            '<div class="fl-content-full container">\n<div class="row">\n<div class="fl-content col-md-12">\n'
            f'<article class="fl-post post-{page_id} page type-page status-publish" id="fl-post-{page_id}">\n'
            '<div class="fl-post-content clearfix" itemprop="text">\n'
            f'<div class="fl-builder-content fl-builder-content-{page_id} fl-builder-content-primary"'
            f' data-post-id="{page_id}">\n{body}\n</div>\n</div>\n</article>\n</div>\n</div>\n</div>'
        )
    full_title = (
        f"{title} | Bonnie Hair, Nails &amp; Beauty Glasgow"
        if path != "/"
        else ("Bonnie Hair, Nails &amp; Beauty | Hair &amp; Beauty Salon, Merchant City Glasgow")
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en-GB">\n<head>\n<meta charset="UTF-8" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
        '<meta http-equiv="X-UA-Compatible" content="IE=edge" />\n'
        f"<title>{full_title}</title>\n"
        f'<meta name="description" content="{description}" />\n'
        '<meta name="robots" content="index, follow, max-image-preview:large" />\n'
        f'<link rel="canonical" href="https://www.bonniehairandbeauty.co.uk{path}" />\n'
        f'<meta property="og:title" content="{full_title}" />\n'
        '<meta property="og:site_name" content="Bonnie Hair, Nails &amp; Beauty" />\n'
        '<meta name="generator" content="WordPress 6.4.3" />\n'
        f"{_HEAD_EXTRA}</head>\n"
        f'<body class="page-template-default page page-id-{page_id} fl-builder fl-framework-base-4'
        ' fl-preset-default fl-full-width fl-scroll-to-top fl-submenu-indicator fl-nav-collapse-menu"'
        ' itemscope="itemscope" itemtype="https://schema.org/WebPage">\n'
        '<a aria-label="Skip to content" class="fl-screen-reader-text" href="#fl-main-content">Skip to content</a>\n'
        '<div class="fl-page">\n'
        f"{_TOPBAR}"
        '<header class="fl-page-header fl-page-header-primary fl-page-nav-right fl-page-nav-toggle-button'
        ' fl-page-nav-toggle-visible-mobile" itemscope="itemscope" itemtype="https://schema.org/WPHeader">\n'
        '<div class="fl-page-header-wrap">\n<div class="fl-page-header-container container">\n'
        '<div class="fl-page-header-row row">\n'
        '<div class="col-md-12 col-lg-3 fl-page-header-logo-col">\n<div class="fl-page-header-logo"'
        ' itemscope="itemscope" itemtype="https://schema.org/Organization">\n'
        '<a href="/" itemprop="url"><img class="fl-logo-img" loading="false" data-no-lazy="1" itemscope'
        ' itemtype="https://schema.org/ImageObject" src="/wp-content/uploads/2021/03/bonnie-logo.png"'
        ' data-retina="" title="Bonnie Hair, Nails &amp; Beauty" width="260" height="80"'
        ' alt="Bonnie Hair, Nails &amp; Beauty" /><meta itemprop="name" content="Bonnie" /></a>\n'
        "</div>\n</div>\n"
        '<div class="col-md-12 col-lg-9 fl-page-nav-col">\n<div class="fl-page-nav-wrap">\n'
        f"{_nav(path)}\n</div>\n</div>\n</div>\n</div>\n</div>\n</header>\n"
        '<div id="fl-main-content" class="fl-page-content" itemprop="mainContentOfPage" role="main">\n'
        f"{content}\n</div>\n"
        f"{_FOOTER}"
        "</div>\n"
        '<script src="/wp-content/plugins/bb-plugin/js/jquery.imagesloaded.min.js"></script>\n'
        '<script src="/wp-content/themes/bb-theme/js/theme.min.js"></script>\n'
        "</body>\n</html>\n"
    )


_PAGE_ORDER: list[str] = []

# --------------------------------------------------------------------------------------------------------------
# Pages
# --------------------------------------------------------------------------------------------------------------

_HOME = "\n".join(
    [
        _row(
            _col(
                _heading("Hair, nails &amp; beauty in the heart of the Merchant City", "h1"),
                _rich(
                    """
<p>Bonnie is an independent, Glasgow-owned salon on Wilson Street. Since we opened our doors in 2016 we&rsquo;ve
grown from two chairs and a nail desk into a ten-strong team of stylists, barbers, nail technicians and beauty
therapists &ndash; all under one roof, so you can get your roots, your nails and your brows sorted in one visit.</p>
"""
                ),
                _button("Book your appointment", "/booking/"),
            ),
            bg="photo",
        ),
        _row(
            _col(
                _photo("2023/05/bonnie-hair-chair.jpg", "Stylist finishing a blow-dry"),
                _rich(
                    """
<h3>Hair</h3>
<p>Precision cuts, gents&rsquo; barbering, blow-dries, lived-in colour and balayage.</p>
<p><a href="/hair/">Cuts &amp; styling</a> &middot; <a href="/hair-colour/">Colour</a></p>
"""
                ),
                small=True,
            ),
            _col(
                _photo("2023/05/bonnie-biab-nails.jpg", "Milky pink BIAB nails"),
                _rich(
                    """
<h3>Nails</h3>
<p>Gel polish, BIAB, sculpted acrylics, nail art and pedicures in our massage chairs.</p>
<p><a href="/nails/">Nails</a> &middot; <a href="/pedicures/">Pedicures</a></p>
"""
                ),
                small=True,
            ),
            _col(
                _photo("2023/05/bonnie-lash-lift.jpg", "Lash lift and tint result"),
                _rich(
                    """
<h3>Beauty</h3>
<p>Lashes, brow lamination, waxing, spray tans and results-driven facials.</p>
<p><a href="/lashes-brows/">Lashes &amp; brows</a> &middot; <a href="/facials/">Facials</a></p>
"""
                ),
                small=True,
            ),
        ),
        _row(
            _col(
                _heading("Why Glasgow chooses Bonnie"),
                _rich(
                    """
<ul>
<li><strong>Award finalists.</strong> We were finalists for Salon of the Year (West) at the Scottish Hair &amp;
Beauty Awards 2023 &ndash; and our nail lead Priya brought home gold for nail art the year before.</li>
<li><strong>Have a drink on us.</strong> Every client is offered tea, coffee, hot chocolate, sparkling water or an
ice-cold Irn-Bru from our drinks menu. Booked in for a treatment over &pound;50? Enjoy a complimentary glass of
prosecco or alcohol-free fizz with it (over-18s only, and not before 11am &ndash; we have our standards!).</li>
<li><strong>Stay connected.</strong> Free Wi-Fi throughout, and a wireless phone charger built into every nail
station, so your battery survives a full set.</li>
<li><strong>Late nights.</strong> We&rsquo;re open until 8pm on Thursdays and Fridays for after-work
appointments.</li>
</ul>
"""
                ),
            ),
            _col(
                _photo("2023/06/bonnie-salon-interior.jpg", "The Bonnie salon floor on Wilson Street"),
                small=True,
            ),
        ),
        _row(
            _testimonials(
                [
                    (
                        "Priya did my BIAB and it&rsquo;s lasted four weeks without a single chip. Lovely wee"
                        " prosecco too. Won&rsquo;t go anywhere else now!",
                        "Shona, Dennistoun",
                    ),
                    (
                        "Finally found someone who understands my curls. Left feeling like a new woman.",
                        "Amara, West End",
                    ),
                    (
                        "Booked a fade on a Thursday night after work, in and out in 45 minutes. Sound.",
                        "Craig, Shawlands",
                    ),
                    (
                        "Megan&rsquo;s volume lashes are next level. The whole team are so welcoming.",
                        "Leanne, Bishopbriggs",
                    ),
                ]
            ),
            bg="color",
        ),
        _row(
            _cta(
                "See what we&rsquo;ve been up to",
                "Fresh nail art every day on Instagram @bonnieglasgow &ndash; screenshot your favourite and bring"
                " it along.",
                "Follow us",
                "https://www.instagram.com/bonnieglasgow",
            )
        ),
    ]
)

_HAIR = "\n".join(
    [
        _banner("Cuts, Blow-Dries &amp; Styling", "Ladies, gents and kids &ndash; every cut starts with a chat."),
        _row(
            _col(
                _rich(
                    """
<p>Whether it&rsquo;s a tidy-up to keep your ends healthy or a complete change, every hair appointment at
Bonnie includes a consultation, a wash with a proper head massage, your cut and a finish. You can choose
between three levels of stylist &ndash; Stylist, Senior Stylist or Creative Director &ndash; and the price
depends on who you book with (see our <a href="/price-list/">price list</a>).</p>

<h3>Ladies&rsquo; cuts &amp; restyles</h3>
<p>Allow around 60 minutes for a cut and blow-dry. If you&rsquo;re making a big change in length or shape
&ndash; say going from long hair to a bob, or growing out layers into a one-length cut &ndash; please book a
<strong>restyle</strong>, which gives us 75 minutes so nothing is rushed. Not sure what you want? Book a free
15-minute consultation first, in the salon or over a video call.</p>

<h3>The blow-dry bar</h3>
<p>A wash and blow-dry takes 30&ndash;45 minutes depending on length and thickness: bouncy curls, beachy waves
or sleek and straight. Hair-up styling for weddings, balls and nights out takes 45&ndash;60 minutes. For
up-dos, please bring a few photos and come with hair washed the day before rather than on the day &ndash;
second-day hair holds pins far better.</p>
"""
                ),
            ),
            _col(
                _photo("2023/04/bonnie-curly-cut.jpg", "Defined curls after a dry curly cut"),
                small=True,
            ),
        ),
        _row(
            _col(
                _rich(
                    """
<h3>Curly, coily &amp; wavy hair</h3>
<p>Three of our stylists have trained in dry curl cutting. Instead of cutting curls wet and pulled straight
(the reason so many curly cuts end up triangle-shaped), we cut your hair dry, curl by curl, so we can see how
each one falls. Please arrive with your hair clean and styled the way you usually wear it &ndash; in its
natural state, not tied up, straightened or full of clips &ndash; and skip heavy oils on the day. Book a
<strong>Curly Cut</strong>, which allows 90 minutes and includes a hydrating treatment, a diffuse-dry and a
mini lesson in styling your curls at home.</p>

<h3>Gents&rsquo; cuts &amp; barbering</h3>
<p>Scissor cuts, clipper cuts, textured crops and skin fades. A gents&rsquo; cut takes 30 minutes and a skin
fade 45 minutes. Add a beard shape-up with a hot towel finish, or book a beard trim on its own.</p>

<h3>Kids&rsquo; cuts</h3>
<p>Cuts for boys and girls under 12. Saturday mornings go quickly, so book ahead. First haircut? Your wee
one gets a certificate and a lock of hair to take home.</p>

<h3>Treatments</h3>
<p>Add an Olaplex bond-building treatment, a K18 repair mask or a gloss to any hair appointment &ndash;
ideal if your hair is coloured, heat-styled or just feeling tired.</p>
"""
                ),
                _button("Book a hair appointment"),
            )
        ),
    ]
)

_COLOUR = "\n".join(
    [
        _banner("Hair Colour", "From a subtle gloss to a full transformation."),
        _row(
            _col(
                _rich(
                    """
<p>Our colour team work with Wella and Olaplex, and every colour appointment starts with a consultation so we
can talk through your hair history, your budget and how much upkeep you&rsquo;re happy with.</p>
<ul>
<li><strong>Root retouch</strong> &ndash; covers regrowth and greys, usually every 4&ndash;6 weeks.</li>
<li><strong>Full head tint</strong> &ndash; one all-over shade from root to tip.</li>
<li><strong>Half or full head foils</strong> &ndash; highlights and lowlights for brightness and dimension.</li>
<li><strong>Balayage &amp; babylights</strong> &ndash; hand-painted, soft, lived-in colour that grows out
without a harsh line. Allow 3&ndash;4 hours; most clients refresh every 3&ndash;4 months.</li>
<li><strong>Toners &amp; glosses</strong> &ndash; banish brassiness and add shine between appointments.</li>
<li><strong>Grey blending for gents</strong> &ndash; a 10-minute colour that softens grey rather than
covering it.</li>
</ul>
"""
                ),
            ),
            _col(_photo("2023/04/bonnie-balayage.jpg", "Honey balayage on long hair"), small=True),
        ),
        _row(
            _col(
                _heading("Patch tests: the rules", "h2"),
                _rich(
                    """
<p>Hair colour can cause allergic reactions, so we follow the manufacturers&rsquo; guidance and our
insurer&rsquo;s rules without exception:</p>
<ul>
<li>If you are new to colour at Bonnie, you need a <strong>skin sensitivity (patch) test at least 48 hours
before</strong> your colour appointment.</li>
<li>We repeat the test if it has been more than six months since your last colour with us, if you&rsquo;ve
coloured your hair at home or in another salon since, or if you&rsquo;ve had a temporary &ldquo;black
henna&rdquo; tattoo.</li>
<li>It takes five minutes: we dab a little colour behind your ear and you carry on with your day. Just pop in
any time we&rsquo;re open &ndash; no appointment needed &ndash; or we&rsquo;ll do it at your consultation.</li>
<li>No patch test, no colour. If you haven&rsquo;t had one in time we&rsquo;ll move your appointment for
free, but we can&rsquo;t colour on the day.</li>
</ul>
<p>For bleach and lightening we may also do a <strong>strand test</strong> on a hidden section to check your
hair can take it.</p>
"""
                ),
            )
        ),
        _row(
            _col(
                _heading("Colour correction", "h2"),
                _rich(
                    """
<p>Dark box dye you want to lift, orange or patchy results, a build-up of colour that won&rsquo;t shift?
That&rsquo;s colour correction, and it always begins with a consultation and a strand test. Correction is
charged by the hour because every head is different.</p>
<p>Please be realistic about timescales: going from dark or black home colour to blonde is never a one-day
job. Expect two to four sessions, spaced four to six weeks apart, so that your hair stays strong enough to
hold the colour. We will always tell you honestly if the result you&rsquo;re after isn&rsquo;t safe for your
hair &ndash; and suggest the closest thing that is. Colour correction bookings need a deposit; see our
<a href="/booking/">booking page</a>.</p>
"""
                ),
                _button("Book a colour consultation"),
            )
        ),
    ]
)

_NAILS = "\n".join(
    [
        _banner("Gel, BIAB &amp; Acrylic Nails", "Strong, glossy nails that last &ndash; and art to match."),
        _row(
            _col(
                _rich(
                    """
<h3>Gel polish manicure</h3>
<p>We shape your nails, tidy your cuticles and apply a vegan gel polish cured under an LED lamp. Gel lasts
two to three weeks without chipping and is dry the second you leave. Allow 45 minutes, or an hour if
we&rsquo;re removing old gel first. Gents&rsquo; tidy-up manicures (file, cuticles and a buff, no colour) are
available too.</p>

<h3>BIAB &ndash; Builder in a Bottle</h3>
<p>BIAB is a thicker, builder gel applied over your own nails. It adds strength rather than length, which
makes it ideal if your nails are short, thin, weak or bendy, or you&rsquo;re trying to stop biting and want
them to grow. You come back every three to four weeks for an <strong>infill</strong>: we file back the old
product and rebalance it rather than soaking everything off, so your natural nail underneath stays healthy
and keeps growing.</p>

<h3>Acrylic extensions</h3>
<p>Acrylic (a liquid and powder system) gives you length and shape &ndash; square, coffin, almond or
stiletto. It&rsquo;s the strongest option and the best choice if you want long nails or a dramatic look.
A full set takes about 90 minutes, with infills every two to three weeks.</p>

<h3>Which one is right for me?</h3>
<p>Healthy nails and you just want colour that lasts? Gel polish. Weak, short or bendy nails you want to grow
out? BIAB. Want length and drama? Acrylic. Still unsure &ndash; ask at your appointment and we&rsquo;ll
have a look.</p>
"""
                ),
            ),
            _col(
                _photo("2023/07/bonnie-nail-art.jpg", "Hand-painted floral nail art"),
                _photo("2023/07/bonnie-chrome.jpg", "Chrome almond nails"),
                small=True,
            ),
        ),
        _row(
            _col(
                _rich(
                    """
<h3>Nail art</h3>
<p>Bring a screenshot from Instagram, TikTok or Pinterest &ndash; we love copying a design. Simple art such
as a French tip, chrome powder or a couple of accent nails fits into a normal appointment. For full sets of
hand-painted designs, 3D charms, gems or character art, please choose <strong>complex nail art</strong> when
you book so we can add 30 minutes; otherwise we may have to simplify the design on the day. Our seasonal art
menu changes every month.</p>

<h3>Removals</h3>
<p>We&rsquo;ll remove our own work and other salons&rsquo; gel, BIAB or acrylic &ndash; just allow an extra
15&ndash;20 minutes when you book. Please don&rsquo;t peel or pick products off at home: it takes layers of
your natural nail with it.</p>
"""
                ),
                _button("Book your nails"),
            )
        ),
    ]
)

_PEDI = "\n".join(
    [
        _banner("Pedicures", "Sink into a massage chair and let us look after your feet."),
        _row(
            _col(
                _rich(
                    """
<p>All pedicures take place in our heated, massage-chair &ldquo;pedi thrones&rdquo; at the back of the
salon, with disposable liners in every foot spa.</p>

<h3>Express pedicure (30 minutes)</h3>
<p>A quick soak, nail shaping and cuticle tidy, finished with gel or regular polish. Perfect for sandal
season top-ups.</p>

<h3>Deluxe pedicure (60 minutes)</h3>
<p>The full pamper: a long soak, cuticle work, callus softener with gentle hard-skin removal, a sugar scrub,
hydrating mask under hot towels and a 10-minute foot and calf massage, finished with gel polish.</p>

<h3>Medi-pedi (60 minutes)</h3>
<p>Our most results-driven pedicure and the one to book for thick hard skin and dry, cracked heels. It&rsquo;s
a <em>dry</em> treatment &ndash; no soak &ndash; using a professional e-file and a callus peel, which removes
far more hard skin than a soaked pedicure and keeps feet smoother for longer. We recommend one every four to
six weeks through the summer.</p>

<h3>Gents&rsquo; pedicure and gel toes</h3>
<p>A no-fuss gents&rsquo; pedicure with a buff instead of polish, or gel polish on toes on its own.</p>

<h3>Before you come</h3>
<p>Wear open-toe shoes or sandals (we have disposable flip-flops if you forget), and avoid shaving your legs
for 24 hours beforehand, as tiny nicks can sting in the foot spa.</p>
"""
                ),
            ),
            _col(_photo("2023/06/bonnie-pedi-thrones.jpg", "Pedicure massage chairs"), small=True),
        ),
        _row(
            _col(
                _heading("When we can&rsquo;t do a pedicure", "h3"),
                _rich(
                    """
<p>We&rsquo;re nail technicians, not podiatrists. To protect you and every other client, we can&rsquo;t carry
out a pedicure if you have a verruca, athlete&rsquo;s foot, a fungal nail infection, an ingrown toenail
that&rsquo;s red or sore, or any open cuts on your feet &ndash; even if it&rsquo;s covered with a plaster.
Please have it treated by your pharmacist or a podiatrist first, and we&rsquo;ll happily see you once it has
cleared up. If we spot something on the day, we&rsquo;ll offer to swap your booking to a manicure instead.</p>
"""
                ),
                _button("Book a pedicure"),
            )
        ),
    ]
)

_LASHES = "\n".join(
    [
        _banner("Lashes &amp; Brows", "Wake up with your face already done."),
        _row(
            _col(
                _rich(
                    """
<h3>Lash lift &amp; tint</h3>
<p>A lash lift curls your own lashes from the root and the tint darkens them, so they look longer and fuller
with no mascara at all. The treatment takes about an hour and the results last six to eight weeks, in line
with your natural lash growth cycle.</p>

<h3>Lash extensions</h3>
<ul>
<li><strong>Classic</strong> &ndash; one extension on each natural lash for a mascara-style look.</li>
<li><strong>Hybrid</strong> &ndash; a mix of classic and volume for texture.</li>
<li><strong>Volume</strong> &ndash; handmade fans of two to six ultra-fine lashes on each natural lash for a
fuller, fluffier finish.</li>
</ul>
<p>A classic full set takes around two hours; volume can take up to two and a half. Infills are due every two
to three weeks. To count as an infill you need at least 40% of your extensions still in place &ndash; any
fewer and we&rsquo;ll need to book you a new full set.</p>

<h3>Brow lamination</h3>
<p>Lamination brushes your brow hairs up and sets them in place for a fluffy, brushed-up look that lasts
around six weeks. Book &ldquo;Lami, tint &amp; shape&rdquo; to add a tint and a wax or thread tidy.</p>

<h3>Brow tint &amp; shape</h3>
<p>Shaping by wax or thread, and a tint to define fair or sparse brows.</p>
"""
                ),
            ),
            _col(_photo("2023/03/bonnie-brow-lamination.jpg", "Laminated and tinted brows"), small=True),
        ),
        _row(
            _col(
                _heading("Before your lash or brow appointment", "h3"),
                _rich(
                    """
<p><strong>Patch test:</strong> if you&rsquo;re new to us, or haven&rsquo;t had the treatment with us in the
last six months, you&rsquo;ll need a patch test at least 24 hours before any lash or brow tint, lash lift,
brow lamination or lash extensions. It takes two minutes and you can drop in any time we&rsquo;re open.</p>
<p><strong>Contact lenses:</strong> please take your lenses out before lash treatments (your eyes are closed
for up to two hours) and bring your glasses and a lens case.</p>
<p><strong>Come make-up free:</strong> arrive without eye make-up or mascara, and skip eye creams on the day
so the lash glue and lift solutions can grip.</p>
"""
                ),
                _button("Book lashes or brows"),
            )
        ),
    ]
)

_WAXING = "\n".join(
    [
        _banner("Waxing", "Smooth for weeks, not days."),
        _row(
            _col(
                _rich(
                    """
<p>We use two types of wax. <strong>Hot wax</strong> shrink-wraps around each hair and lifts away without a
strip, so it&rsquo;s much kinder to delicate areas &ndash; we use it for intimate waxing, underarms and the
face. <strong>Strip wax</strong> is quick and effective on larger areas like legs, arms and backs.</p>
<ul>
<li>Legs (half, three-quarter or full) and arms</li>
<li>Underarms</li>
<li>Bikini line and extended bikini</li>
<li>Brazilian &ndash; everything removed except a neat strip or triangle at the front</li>
<li>Hollywood &ndash; everything off</li>
<li>Face: lip, chin, sides and brows</li>
<li>Gents: back, chest, shoulders and brows</li>
</ul>

<h3>How long does my hair need to be?</h3>
<p>At least 5mm &ndash; roughly the length of a grain of rice. That&rsquo;s usually two to three weeks of
growth after shaving. Stubble from a recent shave is too short for the wax to grip, so please resist the
razor between appointments. If your hair is much longer than 1.5cm, give it a light trim with scissors first.
Not sure? Send us a photo on WhatsApp.</p>

<h3>Your first intimate wax</h3>
<p>Take a paracetamol or ibuprofen about 30 minutes before, and go easy on the coffee. You can still be waxed
during your period if you use a tampon or cup. Our therapists do hundreds of intimate waxes a month &ndash;
there&rsquo;s nothing they haven&rsquo;t seen.</p>
"""
                ),
            ),
            _col(_photo("2023/02/bonnie-wax-room.jpg", "Private waxing room"), small=True),
        ),
        _row(
            _col(
                _heading("When we can&rsquo;t wax you", "h3"),
                _rich(
                    """
<p>If you are taking Roaccutane (isotretinoin), or have taken it in the last six months, we can&rsquo;t wax any
area of your body or face: the skin becomes thin enough to tear or lift with the wax. If you use prescription
retinoid creams such as tretinoin or Retin-A on your face, stop using them at least a week before any facial
wax. We also won&rsquo;t wax over sunburn, broken or irritated skin, raised moles or fresh tattoos.</p>
"""
                ),
                _button("Book a wax"),
            )
        ),
    ]
)

_TAN = "\n".join(
    [
        _banner("Spray Tanning", "A natural-looking glow, whatever the Glasgow weather."),
        _row(
            _col(
                _rich(
                    """
<p>Our spray tans are applied by hand in a private booth by a trained therapist and take about 15 minutes.
The solution is vegan, fragrance-free and uses DHA derived from sugar beet. Choose from light, medium, dark
or ultra-dark &ndash; we&rsquo;ll help you pick.</p>
<ul>
<li><strong>Classic tan</strong> &ndash; develops over 8&ndash;12 hours; ideal to sleep in.</li>
<li><strong>Rapid tan</strong> &ndash; rinse after one, two or three hours depending how deep you want it.</li>
</ul>

<h3>How to prepare</h3>
<ol>
<li>Exfoliate all over the day before, paying attention to knees, elbows, ankles and hands. Use an oil-free
scrub.</li>
<li>Shave at least 24 hours before your tan. Wax or epilate at least 48 hours before.</li>
<li>Have any nail appointments before your tan, not after.</li>
<li>On the day, arrive with clean skin: no moisturiser, deodorant, perfume or make-up.</li>
<li>Wear loose, dark clothes and flip-flops, and bring a dark bra top &ndash; or we&rsquo;ll give you
disposable underwear. Tie your hair up; we&rsquo;ll provide a cap.</li>
</ol>

<h3>Tanning for an event</h3>
<p>Book your tan one to two days before a wedding, prom or holiday so it has time to develop and settle. If
it&rsquo;s a big occasion, have a trial tan about two weeks before to choose your shade.</p>

<h3>Your first shower</h3>
<p>Wait until the development time is up, then rinse with lukewarm water only &ndash; no shower gel &ndash;
and pat dry. From the next day, moisturise every morning and night. Your tan should last five to seven
days; swimming pools, hot tubs and heavy sweating will shorten that.</p>
"""
                ),
                _button("Book a spray tan"),
            ),
            _col(_photo("2023/05/bonnie-spray-tan.jpg", "Spray tan booth"), small=True),
        ),
    ]
)

_FACIALS = "\n".join(
    [
        _banner("Facials &amp; Skin", "Skin that looks good without make-up."),
        _row(
            _col(
                _rich(
                    """
<p>Not sure where to start? Book a free 20-minute skin consultation and we&rsquo;ll build a plan with
you.</p>

<h3>Express facial (30 minutes)</h3>
<p>Cleanse, exfoliate, mask and moisturise &ndash; a lunchtime refresh.</p>

<h3>Bonnie Glow signature facial (60 minutes)</h3>
<p>Double cleanse, skin analysis, enzyme exfoliation, extractions where needed, a face, neck and shoulder
massage, a mask chosen for your skin, and a finish with serum, moisturiser and SPF.</p>

<h3>Dermaplaning</h3>
<p>A sterile surgical blade is gently stroked across the skin to remove dead skin cells and the fine,
fluffy &ldquo;peach fuzz&rdquo; (vellus hair). Skin looks brighter straight away, products absorb better
and make-up goes on smoother. And no &ndash; it won&rsquo;t make your hair grow back thicker or darker.
Vellus hair grows back exactly as it was, in about four weeks. Dermaplaning isn&rsquo;t suitable during an
active acne breakout. It can be booked on its own or added to the signature facial.</p>

<h3>Chemical peels</h3>
<p>Our lactic and mandelic acid peels brighten, smooth texture and fade pigmentation. We recommend a course of
six, one every two weeks. Expect some tingling and light flaking for a few days, and wear SPF 30 or higher
every day during your course.</p>

<h3>LED light therapy</h3>
<p>A 20-minute add-on to any facial: red light to support collagen and calm redness, blue light for
breakouts.</p>

<h3>Gents&rsquo; facial</h3>
<p>A deep cleanse and exfoliation designed around shaving irritation and congested skin.</p>
"""
                ),
                _button("Book a facial"),
            ),
            _col(_photo("2023/01/bonnie-facial-room.jpg", "Facial treatment room"), small=True),
        ),
    ]
)

_OCCASIONS = "\n".join(
    [
        _banner("Prom &amp; Wedding Packages", "Hair, make-up, nails and tan for the big day."),
        _row(
            _col(
                _heading("Prom", "h2"),
                _rich(
                    """
<p>Prom season runs from May to the end of June, and Saturdays fill up fast. <strong>Prom bookings open on
1 February every year</strong> &ndash; join our mailing list at reception to get a reminder.</p>
<p><strong>Getting ready with friends?</strong> Book four or more prom packages for the same day and
we&rsquo;ll close off our back room for your group, serve free mocktails and take 10% off every package.</p>
"""
                ),
            )
        ),
        _row(
            _pricing(
                [
                    (
                        "Prom Essentials",
                        "&pound;65",
                        "per person",
                        ["Hair up or a glam blow-dry", "Gel polish manicure"],
                    ),
                    (
                        "Prom Glam",
                        "&pound;115",
                        "per person",
                        ["Hair up", "Full make-up with strip lashes", "Gel polish manicure"],
                    ),
                    (
                        "Prom Ultimate",
                        "&pound;160",
                        "per person",
                        ["Hair up", "Full make-up with strip lashes", "BIAB or acrylic full set", "Spray tan"],
                    ),
                ]
            )
        ),
        _row(
            _col(
                _heading("Weddings", "h2"),
                _rich(
                    """
<p>From the first trial to the final pin on the morning, our bridal team will keep you calm and make sure
you look like yourself on your best day.</p>
<h3>Bridal trial</h3>
<p>Your hair and make-up trial takes about two and a half hours in the salon. Book it six to ten weeks before
the wedding, and bring photos of your dress, veil and any accessories.</p>
<h3>We come to you</h3>
<p>On the wedding morning we travel to your hotel, venue or home anywhere within 30 miles of Glasgow city
centre &ndash; that includes Loch Lomond, most of Ayrshire and the Trossachs edge. Travel is charged at 45p
per mile (return) beyond the first 10 miles, plus any parking. For start times before 7am there&rsquo;s an
early call-out fee of &pound;25 per stylist. On-location bookings need a minimum of the bride plus two. Further
afield? Get in touch and we&rsquo;ll quote.</p>
<h3>Booking your wedding</h3>
<p>We take wedding bookings up to 18 months ahead. Your date is secured with a 25% non-refundable deposit,
with the balance due four weeks before the wedding.</p>
"""
                ),
            )
        ),
        _row(
            _pricing(
                [
                    (
                        "The Bride",
                        "&pound;260",
                        "",
                        ["Hair &amp; make-up trial", "Wedding morning hair &amp; make-up", "Individual lashes"],
                    ),
                    ("Bridesmaids", "&pound;85", "each", ["Hair &amp; make-up on the morning"]),
                    ("Mother of the Bride", "&pound;75", "", ["Hair &amp; make-up on the morning"]),
                    (
                        "Bridal Nail &amp; Tan Day",
                        "&pound;110",
                        "in salon",
                        ["Gel manicure", "Gel toes", "Spray tan"],
                    ),
                ]
            )
        ),
    ]
)

_PRICE_TABLE_START = '<table class="bonnie-prices">\n<thead><tr><th>Service</th><th>Price</th></tr></thead>\n<tbody>'

_PRICES = "\n".join(
    [
        _banner("Price List", "All prices include VAT. Prices marked &lsquo;from&rsquo; depend on hair length."),
        _row(
            _col(
                _heading("Hair", "h2"),
                _rich(
                    """
<table class="bonnie-prices">
<thead><tr><th>Service</th><th>Stylist</th><th>Senior Stylist</th><th>Creative Director</th></tr></thead>
<tbody>
<tr><td>Ladies&rsquo; cut &amp; blow-dry</td><td>&pound;42</td><td>&pound;50</td><td>&pound;62</td></tr>
<tr><td>Restyle</td><td>&pound;52</td><td>&pound;60</td><td>&pound;72</td></tr>
<tr><td>Curly Cut</td><td>&pound;58</td><td>&pound;66</td><td>&pound;78</td></tr>
<tr><td>Wash &amp; blow-dry</td><td>&pound;28</td><td>&pound;32</td><td>&pound;38</td></tr>
<tr><td>Hair up</td><td>from &pound;45</td><td>from &pound;50</td><td>from &pound;60</td></tr>
<tr><td>Gents&rsquo; cut</td><td>&pound;24</td><td>&pound;28</td><td>&pound;34</td></tr>
<tr><td>Skin fade</td><td>&pound;26</td><td>&pound;30</td><td>&pound;36</td></tr>
<tr><td>Beard trim with hot towel</td><td>&pound;14</td><td>&pound;14</td><td>&ndash;</td></tr>
<tr><td>Kids&rsquo; cut (under 12)</td><td>&pound;16</td><td>&pound;18</td><td>&ndash;</td></tr>
</tbody>
</table>
<p><small>Long or very thick hair: add &pound;8 to blow-dries.</small></p>
"""
                ),
            )
        ),
        _row(
            _col(
                _heading("Colour", "h2"),
                _rich(
                    _PRICE_TABLE_START
                    + """
<tr><td>Root retouch</td><td>from &pound;55</td></tr>
<tr><td>Full head tint</td><td>from &pound;70</td></tr>
<tr><td>Half head foils</td><td>from &pound;85</td></tr>
<tr><td>Full head foils</td><td>from &pound;110</td></tr>
<tr><td>Balayage / babylights</td><td>from &pound;140</td></tr>
<tr><td>Toner or gloss</td><td>&pound;25</td></tr>
<tr><td>Gents&rsquo; grey blending</td><td>&pound;20</td></tr>
<tr><td>Colour correction</td><td>&pound;60 per hour</td></tr>
<tr><td>Olaplex add-on</td><td>&pound;15</td></tr>
<tr><td>K18 repair treatment</td><td>&pound;25</td></tr>
</tbody>
</table>
"""
                ),
            )
        ),
        _row(
            _col(
                _heading("Nails &amp; Feet", "h2"),
                _pricing(
                    [
                        (
                            "Gel &amp; BIAB",
                            "from &pound;30",
                            "",
                            [
                                "Gel polish manicure &ndash; &pound;30",
                                "BIAB overlay &ndash; &pound;40",
                                "BIAB infill &ndash; &pound;38",
                                "Gents&rsquo; tidy-up manicure &ndash; &pound;20",
                            ],
                        ),
                        (
                            "Acrylics",
                            "from &pound;35",
                            "",
                            [
                                "Acrylic full set &ndash; &pound;45",
                                "Acrylic infill &ndash; &pound;35",
                                "Simple nail art &ndash; &pound;5",
                                "Complex nail art &ndash; &pound;10&ndash;&pound;20",
                                "Removal only &ndash; &pound;12 (other salons&rsquo; work &pound;17)",
                            ],
                        ),
                        (
                            "Pedicures",
                            "from &pound;28",
                            "",
                            [
                                "Express pedicure &ndash; &pound;28",
                                "Gel toes &ndash; &pound;30",
                                "Deluxe pedicure &ndash; &pound;45",
                                "Medi-pedi &ndash; &pound;55",
                                "Gents&rsquo; pedicure &ndash; &pound;35",
                            ],
                        ),
                    ]
                ),
            )
        ),
        _row(
            _col(
                _heading("Lashes &amp; Brows", "h2"),
                _rich(
                    _PRICE_TABLE_START
                    + """
<tr><td>Lash lift &amp; tint</td><td>&pound;45</td></tr>
<tr><td>Classic lash extensions &ndash; full set</td><td>&pound;60</td></tr>
<tr><td>Hybrid lash extensions &ndash; full set</td><td>&pound;70</td></tr>
<tr><td>Volume lash extensions &ndash; full set</td><td>&pound;80</td></tr>
<tr><td>Lash infill (2&ndash;3 weeks) &ndash; classic / hybrid / volume</td><td>&pound;35 / &pound;40 /
&pound;45</td></tr>
<tr><td>Brow lamination</td><td>&pound;40</td></tr>
<tr><td>Lami, tint &amp; shape</td><td>&pound;50</td></tr>
<tr><td>Brow tint &amp; shape</td><td>&pound;22</td></tr>
<tr><td>Brow wax or thread</td><td>&pound;12</td></tr>
<tr><td>Lash tint</td><td>&pound;15</td></tr>
</tbody>
</table>
"""
                ),
            ),
            _col(
                _heading("Waxing", "h2"),
                _rich(
                    _PRICE_TABLE_START
                    + """
<tr><td>Half leg</td><td>&pound;22</td></tr>
<tr><td>Full leg</td><td>&pound;35</td></tr>
<tr><td>Underarm</td><td>&pound;12</td></tr>
<tr><td>Bikini line</td><td>&pound;16</td></tr>
<tr><td>Extended bikini</td><td>&pound;22</td></tr>
<tr><td>Brazilian</td><td>&pound;32</td></tr>
<tr><td>Hollywood</td><td>&pound;36</td></tr>
<tr><td>Lip or chin</td><td>&pound;8</td></tr>
<tr><td>Gents&rsquo; back or chest</td><td>&pound;30</td></tr>
</tbody>
</table>
"""
                ),
            ),
        ),
        _row(
            _col(
                _heading("Tanning &amp; Facials", "h2"),
                _rich(
                    _PRICE_TABLE_START
                    + """
<tr><td>Classic spray tan</td><td>&pound;25</td></tr>
<tr><td>Rapid spray tan</td><td>&pound;30</td></tr>
<tr><td>Course of three spray tans</td><td>&pound;65</td></tr>
<tr><td>Express facial</td><td>&pound;35</td></tr>
<tr><td>Bonnie Glow signature facial</td><td>&pound;60</td></tr>
<tr><td>Dermaplaning</td><td>&pound;50</td></tr>
<tr><td>Chemical peel (single / course of six)</td><td>&pound;65 / &pound;330</td></tr>
<tr><td>LED light therapy add-on</td><td>&pound;15</td></tr>
<tr><td>Gents&rsquo; facial</td><td>&pound;45</td></tr>
</tbody>
</table>
<p>Prom and wedding packages are listed on our <a href="/prom-and-weddings/">occasions page</a>.</p>
"""
                ),
            )
        ),
    ]
)

_BOOKING = "\n".join(
    [
        _banner("Booking, Deposits &amp; Cancellations", "Everything you need to know before you book."),
        _row(
            _col(
                _rich(
                    """
<h3>How to book</h3>
<p>Book online 24/7 through our booking system &ndash; you can choose your treatment, your therapist and see
live availability. You can also call us on 0141 496 0582 during opening hours or send a WhatsApp message and
reception will reply within the day.</p>

<h3>Deposits</h3>
<p>We take a &pound;20 deposit when you book:</p>
<ul>
<li>any appointment lasting 90 minutes or more;</li>
<li>any colour appointment if you&rsquo;re a new client;</li>
<li>a full set of lash extensions.</li>
</ul>
<p>Colour correction needs a deposit of 50% of the quoted price. Deposits are always taken off your final
bill.</p>

<h3>Cancelling or moving an appointment</h3>
<p>We ask for at least <strong>48 hours&rsquo; notice</strong> to cancel or change any appointment. With
48 hours&rsquo; notice or more, your deposit moves to your new date or is refunded in full. If you cancel
with less than 48 hours&rsquo; notice, the deposit is kept. If you don&rsquo;t turn up and don&rsquo;t let us
know, we charge 50% of the treatment price and ask for full payment upfront for future bookings.</p>
<p>We know life happens. If you or your child is suddenly ill, or there&rsquo;s a family emergency, please
phone us as early as you can: the manager will normally move your deposit to a new date once, as a goodwill
gesture.</p>

<h3>Running late</h3>
<p>If you&rsquo;re more than 15 minutes late we may have to shorten your treatment or rebook you, so that the
next client isn&rsquo;t kept waiting. The full price still applies.</p>

<h3>Paying</h3>
<p>We accept Visa, Mastercard, Maestro and contactless, Apple Pay, Google Pay, cash and Bonnie gift cards. We
can&rsquo;t accept cheques or American Express.</p>

<h3>Not happy?</h3>
<p>Tell us within seven days for hair and five days for nails and we&rsquo;ll put it right free of charge.
That includes gel, BIAB or acrylic that lifts or breaks within five days, unless it has been accidentally
damaged.</p>
"""
                ),
            )
        ),
    ]
)

_LOYALTY = "\n".join(
    [
        _banner("Bonnie Rewards &amp; Gift Cards", "A wee thank-you for coming back."),
        _row(
            _col(
                _heading("Bonnie Rewards", "h2"),
                _rich(
                    """
<p>Our loyalty scheme is free to join at reception or in the booking app.</p>
<ul>
<li>Earn one point for every &pound;1 you spend on treatments and retail products.</li>
<li>Every 250 points turns into a &pound;15 reward to spend on any treatment.</li>
<li><strong>Birthday treat:</strong> &pound;10 off any treatment during your birthday month.</li>
<li><strong>Refer a friend:</strong> when someone you refer has their first appointment, you both get
&pound;10 credit.</li>
<li>Points expire if you don&rsquo;t visit for 12 months.</li>
</ul>

<h3>Student, NHS &amp; blue light discounts</h3>
<p>Students get 15% off all treatments Monday to Wednesday with a valid student card or Young Scot card. NHS
staff and Blue Light Card holders get 10% off every day. Discounts don&rsquo;t apply to prom or wedding
packages and can&rsquo;t be combined with other offers.</p>
"""
                ),
            )
        ),
        _row(
            _col(
                _heading("Gift cards", "h2"),
                _rich(
                    """
<p>Give the gift of a pamper. Bonnie gift cards can be bought for any amount from &pound;15:</p>
<ul>
<li><strong>E-gift cards</strong> are emailed instantly &ndash; perfect for last-minute presents &ndash; and
can be sent straight to the recipient with a personal message.</li>
<li><strong>Physical gift cards</strong> come in a Bonnie gift wallet and can be bought at reception.</li>
</ul>
<h3>The small print</h3>
<ul>
<li>Gift cards are valid for <strong>12 months from the date of purchase</strong>; the expiry date is printed on
the card or email. We&rsquo;re sorry, but we can&rsquo;t accept or extend expired cards.</li>
<li>They can be used for any treatment, package or product, and any unused balance stays on the card.</li>
<li>Gift cards can&rsquo;t be exchanged for cash and can&rsquo;t be replaced if lost, so keep them safe.</li>
</ul>
"""
                ),
            )
        ),
    ]
)

_HEALTH = "\n".join(
    [
        _banner("Pregnancy &amp; Medical Conditions", "Your safety comes first."),
        _row(
            _col(
                _rich(
                    """
<p>Before your first treatment we ask you to fill in a short consultation form. Please tell us about any
changes to your health since your last visit &ndash; it&rsquo;s treated in confidence and helps us keep you
safe.</p>

<h3>Pregnancy</h3>
<p>Congratulations! Most of our treatments are fine right through pregnancy, with a few adjustments:</p>
<ul>
<li><strong>Hair colour:</strong> safe, although many clients prefer to wait until after the first 12 weeks.
Foils and balayage keep colour off the scalp, and we recommend a fresh patch test as pregnancy hormones can
change how your skin reacts.</li>
<li><strong>Lash lifts and brow lamination:</strong> fine, but hormones can make the results less predictable
or shorter-lived.</li>
<li><strong>Waxing:</strong> fine, though your skin may be more sensitive than usual.</li>
<li><strong>Spray tans:</strong> fine from the second trimester; the booth is well ventilated.</li>
<li><strong>Facials:</strong> we adapt our facials for pregnancy, but we don&rsquo;t carry out chemical peels
or use retinol products while you&rsquo;re pregnant or breastfeeding. Dermaplaning and a pregnancy-safe
version of the signature facial are a lovely alternative.</li>
<li><strong>Pedicures:</strong> yes &ndash; we avoid deep pressure around the ankles.</li>
</ul>

<h3>Medical conditions</h3>
<ul>
<li><strong>Diabetes:</strong> we don&rsquo;t use blades or e-files on hard skin for diabetic clients, and we
offer a gentle hydrating pedicure instead. Tell us about any numbness or circulation problems; corns and
thickened nails should be seen by a podiatrist.</li>
<li><strong>Epilepsy:</strong> LED light therapy isn&rsquo;t suitable if you have photosensitive epilepsy.</li>
<li><strong>Cancer treatment:</strong> during chemotherapy or radiotherapy we&rsquo;ll need the go-ahead from
your oncology team for facials and pedicures. Gentle manicures are usually fine.</li>
<li><strong>Blood thinners:</strong> waxing can cause bruising; we&rsquo;ll do a small test area first.</li>
<li><strong>Eczema and psoriasis:</strong> we can&rsquo;t wax, tan or apply products over broken or flared
skin.</li>
<li><strong>Nail product allergies:</strong> if your fingertips have ever become itchy, swollen or sore after
gel or acrylic, tell us &ndash; we have a HEMA-free gel system.</li>
</ul>
<p>If in doubt, please check with your GP or midwife before booking.</p>
"""
                ),
            )
        ),
    ]
)

_AFTERCARE = "\n".join(
    [
        _banner("Aftercare Advice", "Make your treatment last as long as possible."),
        _row(
            _col(
                _rich(
                    """
<h3>Gel polish &amp; BIAB</h3>
<ul>
<li>Apply cuticle oil at least twice a day to keep the product flexible and your nails hydrated.</li>
<li>Wear gloves for cleaning, washing up and dyeing hair.</li>
<li>Don&rsquo;t use your nails as tools, and never pick or peel &ndash; book a removal.</li>
</ul>
<h3>Acrylics</h3>
<ul>
<li>Avoid long soaks in hot water for the first 24 hours.</li>
<li>If a nail lifts, keep it dry and come in &ndash; water trapped under lifting product can cause
infection.</li>
</ul>
<h3>Lash extensions</h3>
<ul>
<li>Keep them completely dry for the first 24 hours while the bond cures: no steam rooms, saunas, hot yoga,
sweaty workouts or hot showers on your face.</li>
<li>After that, cleanse daily with an oil-free lash cleanser and brush through with a clean spoolie.</li>
<li>No mascara, no oil-based make-up removers and no lash curlers. Try to sleep on your back.</li>
</ul>
<h3>Lash lifts &amp; brow lamination</h3>
<ul>
<li>Keep the area dry and make-up free for 24 hours, and avoid saunas and steam for the same time.</li>
<li>From the next day, apply a nourishing serum each night to keep hairs conditioned.</li>
</ul>
<h3>Waxing</h3>
<ul>
<li>For 24&ndash;48 hours: no hot baths, saunas, swimming, gym sessions, sunbeds or perfumed products on the
area, and wear loose clothing.</li>
<li>From day three, exfoliate gently twice a week to prevent ingrown hairs.</li>
</ul>
<h3>Hair colour</h3>
<ul>
<li>Wait 48 hours before your first wash so the colour can settle.</li>
<li>Use a sulphate-free, colour-safe shampoo and a heat protector.</li>
<li>Blondes: a purple shampoo once a week keeps brassiness away.</li>
</ul>
"""
                ),
            )
        ),
    ]
)

_TEAM = "\n".join(
    [
        _banner("Meet the Team", "The faces behind the chairs."),
        _row(
            _col(
                _photo("2023/08/laura.jpg", "Laura McKenna"),
                _rich(
                    """
<h3>Laura McKenna &ndash; Owner &amp; Creative Director</h3>
<p>Laura opened Bonnie in 2016 after 14 years in salons in Glasgow and London. She&rsquo;s known for sharp
bobs and precision cutting, and still works on the floor four days a week.</p>
"""
                ),
                small=True,
            ),
            _col(
                _photo("2023/08/ailsa.jpg", "Ailsa Brodie"),
                _rich(
                    """
<h3>Ailsa Brodie &ndash; Senior Stylist &amp; Colour Lead</h3>
<p>Ailsa is our balayage queen and Wella-trained colour expert. If you&rsquo;re dreaming of a big colour change,
she&rsquo;s the one to talk to.</p>
"""
                ),
                small=True,
            ),
            _col(
                _photo("2023/08/kyle.jpg", "Kyle Fraser"),
                _rich(
                    """
<h3>Kyle Fraser &ndash; Senior Barber</h3>
<p>Fades, crops and beard work. Kyle works Tuesday to Saturday, including both late nights.</p>
"""
                ),
                small=True,
            ),
        ),
        _row(
            _col(
                _photo("2023/08/priya.jpg", "Priya Sharma"),
                _rich(
                    """
<h3>Priya Sharma &ndash; Nail Lead</h3>
<p>Priya is a BIAB educator and won gold in the nail art category at the 2022 Scottish Hair &amp; Beauty
Awards. She designs our monthly art menu.</p>
"""
                ),
                small=True,
            ),
            _col(
                _photo("2023/08/megan.jpg", "Megan O'Hara"),
                _rich(
                    """
<h3>Megan O&rsquo;Hara &ndash; Lash &amp; Brow Artist</h3>
<p>Megan specialises in volume lashes and brow lamination, and is famously calm with nervous first-timers.</p>
"""
                ),
                small=True,
            ),
            _col(
                _photo("2023/08/chloe.jpg", "Chloe Wilson"),
                _rich(
                    """
<h3>Chloe Wilson &ndash; Beauty Therapist</h3>
<p>Waxing, facials and spray tans. Chloe grew up with deaf parents and signs British Sign Language (Level 3
qualified). She&rsquo;s happy to carry out consultations in BSL for any treatment in the salon &ndash; just
mention it when you book and we&rsquo;ll make sure she&rsquo;s in.</p>
"""
                ),
                small=True,
            ),
        ),
        _row(
            _col(
                _photo("2023/08/jess.jpg", "Jess Campbell"),
                _rich(
                    """
<h3>Jess Campbell &ndash; Apprentice Stylist</h3>
<p>Jess is on a Modern Apprenticeship with City of Glasgow College. She runs supervised model nights on
Wednesdays from 5pm to 7pm: a cut and blow-dry with Jess costs &pound;12, checked by a senior stylist.</p>
"""
                ),
                small=True,
            ),
            _col(
                _photo("2023/08/rosie.jpg", "Rosie Grant"),
                _rich(
                    """
<h3>Rosie Grant &ndash; Salon Manager</h3>
<p>The first voice you&rsquo;ll hear on the phone. Rosie looks after bookings, deposits and making sure the
kettle is always on.</p>
"""
                ),
                small=True,
            ),
        ),
    ]
)

_VISIT = "\n".join(
    [
        _banner("Visit Us", "41 Wilson Street, Merchant City, Glasgow G1 1HD"),
        _row(
            _col(
                _rich(
                    """
<h3>Finding us</h3>
<p>We&rsquo;re on the ground floor at 41 Wilson Street, on the corner with Glassford Street &ndash; look for
the sage-green door next to the wine bar. The salon is step-free, with an accessible toilet and a
wheelchair-friendly backwash. Assistance dogs are always welcome.</p>

<h3>By train, subway &amp; bus</h3>
<ul>
<li>Argyle Street station: 5 minutes&rsquo; walk.</li>
<li>Glasgow Queen Street: 7 minutes&rsquo; walk. Glasgow Central: 10 minutes.</li>
<li>St Enoch subway: 7 minutes. Buchanan Street subway: 8 minutes.</li>
<li>Lots of buses stop on Trongate and Argyle Street, two minutes away.</li>
</ul>

<h3>Driving &amp; parking</h3>
<p>We don&rsquo;t have our own car park. The closest is the Candleriggs multi-storey car park, a two-minute
walk away (enter from Albion Street, open 24 hours). On-street bays around the Merchant City are pay-by-phone
with a two-hour maximum stay, which is too short for most colour appointments.</p>
<p>Glasgow city centre is a <strong>Low Emission Zone</strong> and the Candleriggs car park is inside it:
check your vehicle is compliant before you drive in, as non-compliant vehicles are fined. If your car
isn&rsquo;t compliant, use the Subway Park &amp; Ride at Shields Road and hop on the subway to St Enoch.</p>
<p>Cycling? There are bike stands right outside the door.</p>
"""
                ),
            ),
            _col(
                _module(
                    "html",
                    '<div class="fl-html"><iframe title="Map to Bonnie Hair, Nails &amp; Beauty"'
                    ' data-src="https://www.google.com/maps/embed?pb=bonnie-wilson-street" width="100%"'
                    ' height="320" loading="lazy"></iframe></div>',
                ),
                small=True,
            ),
        ),
        _row(
            _col(
                _heading("Opening hours", "h2"),
                _rich(
                    """
<table class="bonnie-hours">
<thead><tr><th>Day</th><th>Open</th><th>Last colour</th><th>Last cut or treatment</th></tr></thead>
<tbody>
<tr><td>Monday</td><td>10am &ndash; 6pm</td><td>4pm</td><td>5.15pm</td></tr>
<tr><td>Tuesday</td><td>9am &ndash; 6pm</td><td>4pm</td><td>5.15pm</td></tr>
<tr><td>Wednesday</td><td>9am &ndash; 6pm</td><td>4pm</td><td>5.15pm</td></tr>
<tr><td>Thursday</td><td>9am &ndash; 8pm</td><td>6pm</td><td>7.15pm</td></tr>
<tr><td>Friday</td><td>9am &ndash; 8pm</td><td>6pm</td><td>7.15pm</td></tr>
<tr><td>Saturday</td><td>8.30am &ndash; 5pm</td><td>3pm</td><td>4.15pm</td></tr>
<tr><td>Sunday</td><td>11am &ndash; 4pm</td><td>2pm</td><td>3.15pm</td></tr>
</tbody>
</table>
<h3>Holidays</h3>
<p>We&rsquo;re open 10am to 4pm on most public holidays, including Easter Monday, the May holidays and Glasgow
Fair Monday. Christmas Eve and Hogmanay we open 8am to 3pm. We&rsquo;re closed on Christmas Day, Boxing Day,
and 1 and 2 January.</p>
"""
                ),
            )
        ),
    ]
)

_FAQ_ITEMS = [
    (
        "Do you take walk-ins?",
        "<p>Yes, for nails, brows and gents&rsquo; cuts when we have a free chair. We post same-day gaps on our"
        " Instagram stories, or send us a WhatsApp to check before you head in.</p>",
    ),
    (
        "Can I bring my children to my appointment?",
        "<p>We love wee ones, but a salon is full of hot tools, chemicals and sharp scissors, so please don&rsquo;t"
        " bring children along to your own appointment unless they&rsquo;re booked in too. Babies under a year who"
        " stay in their pram or car seat are fine for shorter treatments.</p>",
    ),
    (
        "Are there age limits for treatments?",
        "<p>Under-16s need a parent or guardian&rsquo;s consent and must have an adult with them for waxing,"
        " lash lifts and tints. We don&rsquo;t do lash extensions, acrylic nails, bleach or spray tans for anyone"
        " under 16.</p>",
    ),
    (
        "Can I have two treatments at the same time?",
        "<p>Often, yes. A gel manicure and pedicure can be done side by side by two technicians, and we can"
        " usually fit nails in while your colour develops. Call us to book combinations, as they aren&rsquo;t"
        " all available online.</p>",
    ),
    (
        "Are your products vegan and cruelty-free?",
        "<p>Our nail gels, spray tan solution and most of our skincare are vegan and cruelty-free. Some hair colour"
        " lines aren&rsquo;t fully vegan &ndash; ask your stylist if it matters to you.</p>",
    ),
    (
        "Can I bring a friend with me?",
        "<p>Of course &ndash; one friend is welcome to sit with you, space permitting. For larger groups, look at"
        " our prom and wedding packages.</p>",
    ),
    (
        "Is your pricing gendered?",
        "<p>No. Hair prices are based on the time and length involved. &ldquo;Gents&rsquo; cut&rdquo; on our"
        " price list simply means a short, clipper or scissor cut, whoever you are.</p>",
    ),
]

_FAQ = "\n".join(
    [
        _banner("Frequently Asked Questions", "Can&rsquo;t see your question? Give us a call."),
        _row(_col(_accordion(_FAQ_ITEMS))),
        _row(
            _cta(
                "Still got a question?",
                "Send us a WhatsApp on 07700 900412 and the team will get back to you.",
                "Contact us",
                "/visit-us/",
            )
        ),
    ]
)

HTML = {
    "/": _page(
        "/",
        "Home",
        "Independent hair, nails and beauty salon in Glasgow's Merchant City: cuts, colour, BIAB, lashes and more.",
        _HOME,
    ),
    "/hair/": _page(
        "/hair/",
        "Cuts, Blow-Dries &amp; Styling",
        "Ladies' and gents' haircuts, restyles, curly cuts, skin fades, blow-dries and hair-up in Glasgow.",
        _HAIR,
    ),
    "/hair-colour/": _page(
        "/hair-colour/",
        "Hair Colour &amp; Patch Tests",
        "Balayage, foils, tints, toners and colour correction in Glasgow city centre, plus our patch test rules.",
        _COLOUR,
    ),
    "/nails/": _page(
        "/nails/",
        "Gel, BIAB &amp; Acrylic Nails",
        "Gel polish, BIAB, acrylic extensions and nail art at Bonnie's Merchant City nail bar.",
        _NAILS,
    ),
    "/pedicures/": _page(
        "/pedicures/",
        "Pedicures",
        "Express, deluxe and medi-pedi pedicures in massage chairs in Glasgow.",
        _PEDI,
    ),
    "/lashes-brows/": _page(
        "/lashes-brows/",
        "Lashes &amp; Brows",
        "Lash lifts, classic, hybrid and volume lash extensions, brow lamination and tinting in Glasgow.",
        _LASHES,
    ),
    "/waxing/": _page(
        "/waxing/",
        "Waxing",
        "Hot and strip waxing for face and body, Brazilian and Hollywood waxing in Glasgow.",
        _WAXING,
    ),
    "/spray-tan/": _page(
        "/spray-tan/",
        "Spray Tanning",
        "Vegan spray tans in Glasgow city centre, with advice on preparing for your tan.",
        _TAN,
    ),
    "/facials/": _page(
        "/facials/",
        "Facials &amp; Skin",
        "Facials, dermaplaning, chemical peels and LED light therapy in Glasgow's Merchant City.",
        _FACIALS,
    ),
    "/prom-and-weddings/": _page(
        "/prom-and-weddings/",
        "Prom &amp; Wedding Packages",
        "Prom and bridal hair, make-up, nails and tan packages, in salon or on location around Glasgow.",
        _OCCASIONS,
    ),
    "/price-list/": _page(
        "/price-list/",
        "Price List",
        "Full price list for hair, colour, nails, pedicures, lashes, brows, waxing, tanning and facials.",
        _PRICES,
    ),
    "/booking/": _page(
        "/booking/",
        "Booking, Deposits &amp; Cancellations",
        "How to book, our deposit and cancellation policy, and the payment methods we accept.",
        _BOOKING,
        sidebar=True,
    ),
    "/loyalty-and-gift-cards/": _page(
        "/loyalty-and-gift-cards/",
        "Bonnie Rewards &amp; Gift Cards",
        "Join Bonnie Rewards, find our student and NHS discounts, and buy gift cards.",
        _LOYALTY,
        sidebar=True,
    ),
    "/health-and-pregnancy/": _page(
        "/health-and-pregnancy/",
        "Pregnancy &amp; Medical Conditions",
        "Which treatments are suitable during pregnancy and with medical conditions such as diabetes.",
        _HEALTH,
        sidebar=True,
    ),
    "/aftercare/": _page(
        "/aftercare/",
        "Aftercare Advice",
        "Aftercare for gel, BIAB, acrylics, lash extensions, lash lifts, brow lamination, waxing and colour.",
        _AFTERCARE,
        sidebar=True,
    ),
    "/team/": _page(
        "/team/",
        "Meet the Team",
        "Meet Bonnie's stylists, barbers, nail technicians and beauty therapists.",
        _TEAM,
    ),
    "/visit-us/": _page(
        "/visit-us/",
        "Visit Us",
        "Find Bonnie on Wilson Street, Merchant City: opening hours, parking, trains and accessibility.",
        _VISIT,
    ),
    "/faq/": _page(
        "/faq/",
        "FAQs",
        "Answers to common questions about walk-ins, children, age limits and more.",
        _FAQ,
    ),
}

QUESTIONS = [
    ("Is it true you get a free prosecco when you're getting your nails done?", "/"),
    (
        "I've got really thick curly hair and every hairdresser I go to cuts it wet and it ends up like a "
        "triangle. Do yous do curly cuts and do I need to come with it washed?",
        "/hair/",
    ),
    ("Never been to you before, can I book a full head colour for tomorrow morning", "/hair-colour/"),
    (
        "Ive been box dying my hair black for about 5 years and want to go blonde for my holiday in 3 weeks. "
        "Possible??",
        "/hair-colour/",
    ),
    (
        "My nails are wee and thin and bend right back, I want them to actually grow. Should I get BIAB or acrylics?",
        "/nails/",
    ),
    (
        "Can I bring a picture of nails I saw on Pinterest and get them copied? They've got little charms and "
        "hand-painted flowers on them",
        "/nails/",
    ),
    ("I've got a verruca on my big toe, can I still get a pedicure before my holiday?", "/pedicures/"),
    ("how long does a lash lift last", "/lashes-brows/"),
    ("I shaved my bikini line on Saturday, is it long enough to get a Brazilian on Thursday?", "/waxing/"),
    ("I'm on roaccutane for my skin, can I still get my lip and eyebrows waxed", "/waxing/"),
    (
        "Getting a spray tan the night before my pal's wedding. What do I need to do beforehand, can I shave "
        "that morning?",
        "/spray-tan/",
    ),
    (
        "Thinking about dermaplaning but my mum says if you shave your face the hair comes back thicker and "
        "darker, is that true",
        "/facials/",
    ),
    (
        "Getting married at Cameron House on Loch Lomond next August. Would you come out to the hotel to do "
        "hair and make-up on the morning?",
        "/prom-and-weddings/",
    ),
    (
        "My daughter's prom is in June. When can we book, and is there a deal if four of her pals come too?",
        "/prom-and-weddings/",
    ),
    ("how much is a skin fade", "/price-list/"),
    ("What's the price for a full set of volume lashes?", "/price-list/"),
    (
        "I've got an appointment tomorrow but my wee one's got a temperature and I need to cancel. Will I lose "
        "my deposit?",
        "/booking/",
    ),
    ("can i pay cash", "/booking/"),
    (
        "Got a gift voucher for my birthday last March, just found it in a drawer. Does it run out?",
        "/loyalty-and-gift-cards/",
    ),
    (
        "I'm 20 weeks pregnant and wanted a facial with one of those peels before the baby comes, is that ok?",
        "/health-and-pregnancy/",
    ),
    ("Just had lash extensions put on this afternoon, is it okay to go to hot yoga tonight?", "/aftercare/"),
    (
        "My mum is deaf and uses sign language. Is there anyone at the salon who can sign so she can explain "
        "what she wants?",
        "/team/",
    ),
    ("Driving in from Paisley on Saturday, where's best to park?", "/visit-us/"),
    ("are you open boxing day", "/visit-us/"),
    (
        "I've no childcare, can I bring my 3 year old along to my nail appointment? She'll sit on her tablet",
        "/faq/",
    ),
]

OUT_OF_SCOPE = [
    "Do you do microblading or semi-permanent eyebrows?",
    "Can I get my ears pierced while I'm in getting my nails done?",
    "Do you fit hair extensions? I'm after tape-ins",
    "Are you hiring? I'm a qualified nail tech looking for a chair",
    "Do you do botox or lip fillers",
    "Do you offer teeth whitening?",
    "What's the weather meant to be like in Glasgow on Saturday?",
    "Can you recommend a good Italian restaurant near you for after my appointment?",
]
