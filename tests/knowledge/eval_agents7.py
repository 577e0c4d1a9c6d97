"""An evaluation site: Hanover Keys, an independent estate and letting agent for flats in Brighton & Hove (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. WordPress with the Salient theme
(WPBakery rows and columns, nectar fancy lists, toggles accordions, a pricing table, a mega-menu header
and a widgetised footer), the way the page builder serves it.
"""

import itertools

NAME = "Hanover Keys"

_SITE = "Hanover Keys Estate &amp; Letting Agents"
_ids = itertools.count(1001)

# (label, href, children) -- parents with children link to "#", as the theme's mega-menu does here.
_MENU = [
    ("Home", "/", []),
    (
        "Selling",
        "#",
        [
            ("Free valuation", "/valuations/"),
            ("Selling fees", "/selling/fees/"),
            ("Marketing &amp; viewings", "/selling/marketing-and-viewings/"),
            ("Offers &amp; sale progression", "/selling/offers-and-sale-progression/"),
            ("Selling a leasehold flat", "/leasehold-flats/"),
        ],
    ),
    ("Buying", "/buying/", []),
    (
        "Landlords",
        "#",
        [
            ("Landlord fees", "/landlords/letting-fees/"),
            ("Licensing &amp; compliance", "/landlords/licensing-and-compliance/"),
        ],
    ),
    (
        "Tenants",
        "#",
        [
            ("Tenant fees &amp; holding deposit", "/tenants/fees-and-holding-deposit/"),
            ("Applying &amp; referencing", "/tenants/applying-and-referencing/"),
            ("Deposits &amp; pets", "/tenants/deposits-and-pets/"),
            ("Repairs &amp; emergencies", "/tenants/maintenance-and-emergencies/"),
            ("Renewals &amp; moving out", "/tenants/end-of-tenancy/"),
        ],
    ),
    (
        "About",
        "#",
        [
            ("Meet the team", "/about-us/team/"),
            ("Complaints &amp; redress", "/complaints/"),
            ("FAQs", "/faqs/"),
            ("Contact &amp; find us", "/contact/"),
        ],
    ),
]

_ANALYTICS = """<script async src="/wp-content/plugins/hk-analytics/tag.js?id=HK-7731"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-HK7731XQ2');
</script>"""


def _nav(current):
    items = []
    for n, (label, href, children) in enumerate(_MENU):
        mid = 210 + n * 7
        child_paths = [c[1] for c in children]
        cls = "menu-item menu-item-type-post_type menu-item-object-page nectar-regular-menu-item"
        if href == current:
            cls += " current-menu-item page_item current_page_item"
        if children:
            cls += " menu-item-has-children megamenu columns-3 sf-with-ul"
            if current in child_paths:
                cls += " current-menu-ancestor current-menu-parent"
            sub = []
            for k, (clabel, chref) in enumerate(children):
                ccls = "menu-item menu-item-type-post_type menu-item-object-page nectar-regular-menu-item"
                if chref == current:
                    ccls += " current-menu-item"
                sub.append(
                    f'<li id="menu-item-{mid + k + 1}" class="{ccls}">'
                    f'<a href="{chref}"><span class="menu-title-text">{clabel}</span></a></li>'
                )
            subs = "\n".join(sub)
            items.append(
                f'<li id="menu-item-{mid}" class="{cls}"><a href="{href}" aria-haspopup="true">'
                f'<span class="menu-title-text">{label}</span><span class="sf-sub-indicator">'
                f'<i class="fa fa-angle-down icon-in-menu" aria-hidden="true"></i></span></a>\n'
                f'<ul class="sub-menu">\n{subs}\n</ul>\n</li>'
            )
        else:
            items.append(
                f'<li id="menu-item-{mid}" class="{cls}"><a href="{href}">'
                f'<span class="menu-title-text">{label}</span></a></li>'
            )
    items.append(
        '<li id="menu-item-299" class="menu-item menu-item-type-custom menu-item-object-custom '
        'menu-item-btn-style-button_accent-color nectar-regular-menu-item">'
        '<a href="/valuations/"><span class="menu-title-text">Book a valuation</span></a></li>'
    )
    return '<ul class="sf-menu">\n' + "\n".join(items) + "\n</ul>"


def _section(inner, bg="#ffffff", pad="60px", extra=""):
    fid = next(_ids)
    return f"""
<div id="fws_{fid}" data-column-margin="default" data-midnight="dark"
  class="wpb_row vc_row-fluid vc_row full-width-section {extra}"
  style="padding-top: {pad}; padding-bottom: {pad}; ">
<div class="row-bg-wrap" data-bg-animation="none" data-bg-animation-delay="" data-bg-overlay="false">
<div class="inner-wrap row-bg-layer"><div class="row-bg viewport-desktop using-bg-color"
  style="background-color: {bg}; "></div></div></div>
<div class="row_col_wrap_12 col span_12 dark left">
{inner}
</div>
</div>"""


def _col(inner, width=12, last=False):
    tail = " col_last" if last else ""
    return f"""
<div class="vc_col-sm-{width} wpb_column column_container vc_column_container col{tail} padding-2-percent
  inherit_tablet inherit_phone" data-padding-pos="all" data-has-bg-color="false" data-bg-color=""
  data-bg-opacity="1" data-animation="" data-delay="0">
<div class="vc_column-inner">
<div class="wpb_wrapper">
{inner}
</div>
</div>
</div>"""


def _text(html):
    return f"""
<div class="wpb_text_column wpb_content_element">
<div class="wpb_wrapper">
{html}
</div>
</div>"""


def _fancy(items):
    lis = "\n".join(f'<li><i class="icon-default-style fa fa-check accent-color"></i> {i}</li>' for i in items)
    return f"""
<div class="nectar-fancy-ul" data-list-icon="fa-check" data-animation="true" data-animation-delay="0"
  data-color="accent-color" data-spacing="default" data-alignment="left">
<ul>
{lis}
</ul>
</div>"""


def _toggles(pairs):
    out = []
    for q, a in pairs:
        out.append(
            f"""<div class="toggle default" data-inner-wrap="true">
<div class="toggle-title"><a href="#" tabindex="0"><i class="fa fa-plus-circle"></i>{q}</a></div>
<div class="toggle-inner"><div class="inner-toggle-wrap">
{a}
</div></div>
</div>"""
        )
    body = "\n".join(out)
    return f"""
<div class="toggles accordion" data-starting="default" data-style="default">
{body}
</div>"""


def _button(label, href, colour="accent-color"):
    return (
        f'<a class="nectar-button medium regular {colour} regular-button" role="button" '
        f'style="margin-top: 15px;" href="{href}" data-color-override="false" '
        f'data-hover-color-override="false" data-hover-text-color-override="#fff"><span>{label}</span></a>'
    )


def _divider():
    return '<div class="divider-wrap" data-alignment="default"><div style="height: 25px;" class="divider"></div></div>'


def _sidebar(*widgets):
    return f"""
<div class="wpb_widgetised_column wpb_content_element">
<div class="wpb_wrapper">
{"".join(widgets)}
</div>
</div>"""


def _widget(wid, title, html):
    return f"""
<div id="{wid}" class="widget widget_text">
<h4>{title}</h4>
<div class="textwidget">
{html}
</div>
</div>"""


_W_CALL = _widget(
    "text-4",
    "Talk to a real person",
    '<p>Our Seven Dials office is staffed six days a week.</p>\n<p><a href="tel:+441273906412">01273 906 412</a>'
    "<br>\n"
    '<a href="mailto:hello@hanoverkeys.co.uk">hello@hanoverkeys.co.uk</a></p>\n'
    + _button("Book a free valuation", "/valuations/"),
)

_W_JUST_LISTED = _widget(
    "text-6",
    "Just listed",
    """<ul class="hk-listings">
<li><a href="#">2 bed garden flat, Ventnor Villas, Hove</a> <span>&pound;425,000</span></li>
<li><a href="#">1 bed top-floor flat, Clifton Hill, Brighton</a> <span>&pound;285,000</span></li>
<li><a href="#">Studio, Preston Park Avenue</a> <span>&pound;1,050 pcm</span></li>
<li><a href="#">2 bed purpose-built flat, Hove Park Villas</a> <span>&pound;1,675 pcm</span></li>
</ul>""",
)

_W_TENANT_LINKS = _widget(
    "nav_menu-3",
    "Renting with us",
    """<ul class="menu">
<li><a href="/tenants/fees-and-holding-deposit/">Tenant fees &amp; holding deposit</a></li>
<li><a href="/tenants/applying-and-referencing/">Applying &amp; referencing</a></li>
<li><a href="/tenants/deposits-and-pets/">Deposits &amp; pets</a></li>
<li><a href="/tenants/maintenance-and-emergencies/">Repairs &amp; emergencies</a></li>
<li><a href="/tenants/end-of-tenancy/">Renewals &amp; moving out</a></li>
</ul>""",
)

_W_SELLER_LINKS = _widget(
    "nav_menu-4",
    "Selling with us",
    """<ul class="menu">
<li><a href="/valuations/">Free valuation</a></li>
<li><a href="/selling/fees/">Selling fees</a></li>
<li><a href="/selling/marketing-and-viewings/">Marketing &amp; viewings</a></li>
<li><a href="/selling/offers-and-sale-progression/">Offers &amp; sale progression</a></li>
<li><a href="/leasehold-flats/">Selling a leasehold flat</a></li>
</ul>""",
)


def _testimonials(quotes):
    blocks = "\n".join(
        f"""<blockquote>
<div class="image-icon has-bg" style="background-image: url(/wp-content/uploads/2023/04/quote.png);">&#8220;</div>
<p>{q}<span class="bottom-spacing"></span></p>
<div class="star-rating-wrap"><span class="star-rating"><span style="width: 100%;"
  class="filled"></span></span></div>
<span class="testimonial-name">{who}</span><span class="title">{what}</span>
</blockquote>"""
        for q, who, what in quotes
    )
    return f"""
<h3 class="nectar-heading">What our clients say</h3>
<div class="col span_12 testimonial_slider" data-rating-color="accent-color" data-autorotate="8000"
  data-style="default" data-add-border="" data-border-radius="" data-shadow="">
<div class="slides">
{blocks}
</div>
</div>"""


def _header(current):
    return f"""<div id="header-space" data-header-mobile-fixed="1"></div>
<div id="header-outer" data-has-menu="true" data-has-buttons="no" data-header-button_style="default"
  data-using-pr-menu="false" data-mobile-fixed="1" data-ptnm="false" data-lhe="animated_underline"
  data-user-set-bg="#ffffff" data-format="default" data-permanent-transparent="false" data-megamenu-rt="0"
  data-remove-fixed="0" data-header-resize="1" data-cart="false" data-transparency-option="0"
  data-box-shadow="small" data-shrink-num="6" data-using-secondary="1" data-using-logo="1"
  data-logo-height="52" data-m-logo-height="28" data-padding="26" data-full-width="false" data-condense="false">
<div id="header-secondary-outer" class="default" data-mobile="default" data-remove-fixed="0"
  data-lhe="animated_underline" data-secondary-text="true" data-full-width="false" data-mobile-fixed="1"
  data-permanent-transparent="false">
<div class="container">
<nav>
<div class="nectar-center-text">Sales <a href="tel:+441273906412">01273 906 412</a> &nbsp;|&nbsp;
Lettings <a href="tel:+441273906413">01273 906 413</a> &nbsp;|&nbsp; Open six days a week in Seven Dials</div>
<ul class="sf-menu">
<li class="menu-item"><a href="https://www.facebook.com/hanoverkeysbrighton" target="_blank"
  rel="noopener"><i class="fa fa-facebook"></i></a></li>
<li class="menu-item"><a href="https://www.instagram.com/hanoverkeys" target="_blank"
  rel="noopener"><i class="fa fa-instagram"></i></a></li>
</ul>
</nav>
</div>
</div>
<div id="search-outer" class="nectar">
<div id="search"><div class="container"><div id="search-box"><div class="inner-wrap"><div class="col span_12">
<form role="search" action="/" method="GET"><input type="text" name="s" value=""
  aria-label="Search" placeholder="Search"></form>
</div></div></div></div></div>
</div>
<header id="top">
<div class="container">
<div class="row">
<div class="col span_3">
<a id="logo" href="/" data-supplied-ml-starting-dark="false" data-supplied-ml-starting="false"
  data-supplied-ml="false">
<img class="stnd skip-lazy default-logo dark-version" width="240" height="52" alt="Hanover Keys"
  src="/wp-content/uploads/2023/02/hanover-keys-logo.png"
  srcset="/wp-content/uploads/2023/02/hanover-keys-logo.png 1x,
  /wp-content/uploads/2023/02/hanover-keys-logo@2x.png 2x">
</a>
</div>
<div class="col span_9 col_last">
<div class="slide-out-widget-area-toggle mobile-icon slide-out-from-right" data-custom-color="false"
  data-icon-animation="simple-transform">
<div><a href="#sidewidgetarea" aria-label="Navigation Menu" aria-expanded="false" class="closed">
<span class="screen-reader-text">Menu</span><span aria-hidden="true"><i class="lines-button x2">
<i class="lines"></i></i></span></a></div>
</div>
<nav>
{_nav(current)}
<ul class="buttons sf-menu" data-user-set-ocm="off">
<li id="search-btn"><div><a href="#searchbox"><span class="icon-salient-search" aria-hidden="true"></span>
<span class="screen-reader-text">search</span></a></div></li>
</ul>
</nav>
</div>
</div>
</div>
</header>
</div>"""


_FOOTER = """<div id="footer-outer" data-midnight="light" data-cols="4" data-custom-color="true"
  data-disable-copyright="false" data-matching-section-color="false" data-copyright-line="true"
  data-using-bg-img="false" data-bg-img-overlay="0.8" data-full-width="false" data-using-widget-area="true"
  data-link-hover="underline">
<div id="call-to-action">
<div class="container">
<div class="triangle"></div>
<span>Thinking of selling or letting your flat this year?</span>
<a class="nectar-button regular-button accent-color" data-color-override="false" href="/valuations/">
Book a free valuation</a>
</div>
</div>
<div id="footer-widgets" data-has-widgets="true" data-cols="4">
<div class="container">
<div class="row">
<div class="col span_3">
<div id="text-2" class="widget widget_text">
<h4>Hanover Keys</h4>
<div class="textwidget">
<p>58 Dyke Road<br>Seven Dials<br>Brighton BN1 3JD</p>
<p>Sales: <a href="tel:+441273906412">01273 906 412</a><br>
Lettings: <a href="tel:+441273906413">01273 906 413</a><br>
<a href="mailto:hello@hanoverkeys.co.uk">hello@hanoverkeys.co.uk</a></p>
</div>
</div>
</div>
<div class="col span_3">
<div id="text-3" class="widget widget_text">
<h4>Office hours</h4>
<div class="textwidget">
<p>Mon&ndash;Fri 9am&ndash;6pm<br>Sat 9.30am&ndash;4pm<br>Sun closed</p>
<p><a href="/contact/">Full opening times &amp; directions</a></p>
</div>
</div>
</div>
<div class="col span_3">
<div id="nav_menu-2" class="widget widget_nav_menu">
<h4>Useful links</h4>
<div class="menu-footer-container">
<ul id="menu-footer" class="menu">
<li class="menu-item"><a href="/selling/fees/">Selling fees</a></li>
<li class="menu-item"><a href="/landlords/letting-fees/">Landlord fees</a></li>
<li class="menu-item"><a href="/tenants/fees-and-holding-deposit/">Tenant fees</a></li>
<li class="menu-item"><a href="/complaints/">Complaints procedure</a></li>
<li class="menu-item"><a href="/faqs/">FAQs</a></li>
</ul>
</div>
</div>
</div>
<div class="col span_3 col_last">
<div id="media_image-2" class="widget widget_media_image">
<h4>Accredited &amp; protected</h4>
<img width="260" height="70" src="/wp-content/uploads/2023/02/propertymark-tpo-cmp.png"
  class="image wp-image-88" alt="Propertymark, The Property Ombudsman and Client Money Protection logos">
<p class="footer-small">Members of Propertymark (NAEA &amp; ARLA). Redress: The Property Ombudsman.
Client Money Protection: Propertymark CMP.</p>
</div>
</div>
</div>
</div>
</div>
<div class="row" id="copyright" data-layout="default">
<div class="container">
<div class="col span_5">
<p>&copy; 2025 Hanover Keys Ltd. Registered in England &amp; Wales no. 06931184.
Registered office: 58 Dyke Road, Brighton BN1 3JD. VAT no. 984 2210 73.</p>
</div>
<div class="col span_7 col_last">
<ul class="social">
<li><a target="_blank" rel="noopener" href="https://www.facebook.com/hanoverkeysbrighton">
<span class="screen-reader-text">facebook</span><i class="fa fa-facebook" aria-hidden="true"></i></a></li>
<li><a target="_blank" rel="noopener" href="https://www.instagram.com/hanoverkeys">
<span class="screen-reader-text">instagram</span><i class="fa fa-instagram" aria-hidden="true"></i></a></li>
<li><a target="_blank" rel="noopener" href="https://www.linkedin.com/company/hanover-keys">
<span class="screen-reader-text">linkedin</span><i class="fa fa-linkedin" aria-hidden="true"></i></a></li>
<li><a target="_blank" rel="noopener" href="https://www.youtube.com/@hanoverkeys">
<span class="screen-reader-text">youtube</span><i class="fa fa-youtube-play" aria-hidden="true"></i></a></li>
</ul>
</div>
</div>
</div>
</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom"
  aria-label="Cookie Notice" style="background-color: rgba(31,58,77,1);">
<div class="cookie-notice-container" style="color: #fff">
<span id="cn-notice-text" class="cn-text-container">We use cookies to make this website work and, if you
agree, to understand how people use it. You can change your mind at any time.</span>
<span id="cn-notice-buttons" class="cn-buttons-container">
<a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button"
  aria-label="Accept">Accept</a>
<a href="#" id="cn-refuse-cookie" data-cookie-set="refuse" class="cn-set-cookie cn-button"
  aria-label="Reject">Reject</a>
</span>
<span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="Reject"></span>
</div>
</div>
<div id="slide-out-widget-area-bg" class="slide-out-from-right dark"></div>
<div id="to-top" class="mobile-enabled"><i role="presentation" class="fa fa-angle-up"></i></div>"""


def _page(path, title, description, h1, subheader, body, bg_image="brighton-seafront-flats.jpg"):
    slug = "home" if path == "/" else path.strip("/").replace("/", "-")
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0">
<title>{title} | {_SITE}</title>
<meta name="description" content="{description}">
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<link rel="canonical" href="https://www.hanoverkeys.co.uk{path}">
<meta property="og:locale" content="en_GB">
<meta property="og:type" content="website">
<meta property="og:title" content="{title} | {_SITE}">
<meta property="og:description" content="{description}">
<meta property="og:site_name" content="Hanover Keys">
<meta name="generator" content="WordPress 6.4.3">
<meta name="generator" content="Powered by WPBakery Page Builder - drag and drop page builder for WordPress.">
<link rel="icon" href="/wp-content/uploads/2023/02/cropped-hk-favicon-32x32.png" sizes="32x32">
<link rel="stylesheet" id="font-awesome-css" href="/wp-content/themes/salient/css/font-awesome-legacy.min.css"
  type="text/css" media="all">
<link rel="stylesheet" id="salient-grid-system-css" href="/wp-content/themes/salient/css/build/grid-system.css"
  type="text/css" media="all">
<link rel="stylesheet" id="main-styles-css" href="/wp-content/themes/salient/css/build/style.css"
  type="text/css" media="all">
<link rel="stylesheet" id="nectar-element-toggles-css"
  href="/wp-content/themes/salient/css/build/elements/element-toggles.css" type="text/css" media="all">
<link rel="stylesheet" id="nectar-element-pricing-table-css"
  href="/wp-content/themes/salient/css/build/elements/element-pricing-table.css" type="text/css" media="all">
<link rel="stylesheet" id="js_composer_front-css"
  href="/wp-content/plugins/js_composer_salient/assets/css/js_composer.min.css" type="text/css" media="all">
<link rel="stylesheet" id="cookie-notice-front-css" href="/wp-content/plugins/cookie-notice/css/front.min.css"
  type="text/css" media="all">
<link rel="stylesheet" id="salient-child-style-css" href="/wp-content/themes/salient-child/style.css"
  type="text/css" media="all">
{_ANALYTICS}
</head>
<body class="page-template-default page page-{slug} nectar-auto-lightbox ascend wpb-js-composer
  js-comp-ver-6.13.1 vc_responsive" data-footer-reveal="false" data-header-format="default"
  data-body-border="off" data-boxed-style="" data-header-breakpoint="1000" data-dropdown-style="minimal"
  data-cae="easeOutCubic" data-megamenu-width="contained" data-aie="none" data-ls="fancybox"
  data-apte="standard" data-hhun="0" data-fancy-form-rcs="default" data-form-style="default"
  data-form-submit="regular" data-is="minimal" data-button-style="slightly_rounded"
  data-user-account-button="false" data-flex-cols="true" data-col-gap="default" data-header-inherit-rc="false"
  data-header-search="true" data-animated-anchors="true" data-ajax-transitions="false"
  data-full-width-header="false" data-slide-out-widget-area="true"
  data-slide-out-widget-area-style="slide-out-from-right"
  data-user-set-ocm="off" data-loading-animation="none" data-bg-header="true" data-responsive="1"
  data-ext-responsive="true" data-ext-padding="90" data-header-resize="1" data-header-color="custom"
  data-transparent-header="false" data-cart="false" data-remove-m-parallax="" data-remove-m-video-bgs=""
  data-m-animate="0" data-force-header-trans-color="light" data-smooth-scrolling="0" data-permanent-transparent="false">
<a href="#ajax-content-wrap" class="nectar-skip-to-content">Skip to main content</a>
<div id="ajax-loading-screen" data-disable-mobile="1" data-disable-fade-on-click="0" data-effect="standard"
  data-method="standard"><div class="loading-icon none"></div></div>
{_header(path)}
<div id="ajax-content-wrap">
<div id="page-header-wrap" data-animate-in-effect="none" data-midnight="light" class="" style="height: 320px;">
<div id="page-header-bg" class="not-loaded" data-padding-amt="normal" data-animate-in-effect="none"
  data-midnight="light" data-text-effect="none" data-bg-pos="center" data-alignment="left"
  data-alignment-v="middle" data-parallax="0" data-height="320" style="background-color: #1f3a4d; height:320px;">
<div class="page-header-bg-image-wrap" id="nectar-page-header-p-wrap" data-parallax-speed="fast">
<div class="page-header-bg-image" style="background-image: url(/wp-content/uploads/2023/03/{bg_image});"></div>
</div>
<div class="container"><div class="row"><div class="col span_6 section-title">
<h1>{h1}</h1>
<span class="subheader">{subheader}</span>
</div></div></div>
</div>
</div>
<div class="container-wrap">
<div class="container main-content" role="main">
<div class="row">
{body}
</div>
</div>
</div>
{_FOOTER}
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------
# Home
# ---------------------------------------------------------------------------------------------------------

_HOME = (
    _section(
        _col(
            _text(
                """<h2>Local, independent, and a little bit obsessed with flats</h2>
<p>Hanover Keys is an independent, family-run estate and letting agency. We're not a franchise and we're not
part of a national chain: Joanna Kemp opened our Seven Dials office in 2009 after ten years with one of the big
corporate agents, and the business is still owned and run here in Brighton.</p>
<p>Around eight in ten of the homes we sell and let are flats &ndash; Regency conversions in Brunswick and
Adelaide, mansion flats off The Drive, purpose-built blocks in Hove and newer apartments down by the Marina. We
learned early on that the lease, the service charge and the managing agent are what make or break a flat sale
or a let, so we deal with them properly from day one instead of leaving them for the solicitors to discover.</p>"""
            ),
            8,
        )
        + _col(
            _text(
                """<div class="nectar-milestone" data-symbol="+" data-symbol-pos="after">
<div class="number accent-color"><span>1,400</span></div><div class="subject">flats sold since 2009</div></div>
<div class="nectar-milestone"><div class="number accent-color"><span>310</span></div>
<div class="subject">homes we look after for landlords</div></div>
<div class="nectar-milestone"><div class="number accent-color"><span>4.9</span></div>
<div class="subject">average Google rating (620+ reviews)</div></div>"""
            ),
            4,
            last=True,
        ),
        pad="80px",
    )
    + _section(
        _col(
            _text(
                """<h3>Selling</h3>
<p>Honest valuations, a choice of fixed or percentage fees, and a sale progressor who knows exactly what a
managing agent's pack should contain.</p>"""
            )
            + _button("Selling fees", "/selling/fees/"),
            4,
        )
        + _col(
            _text(
                """<h3>Letting</h3>
<p>Let only, rent collection or fully managed. We keep on top of Brighton &amp; Hove's HMO and selective
licensing rules so our landlords don't get caught out.</p>"""
            )
            + _button("Landlord fees", "/landlords/letting-fees/"),
            4,
        )
        + _col(
            _text(
                """<h3>Renting</h3>
<p>Looking for a flat? See what you'll pay, how referencing works and how to report a repair once you've
moved in.</p>"""
            )
            + _button("Renting with us", "/tenants/applying-and-referencing/"),
            4,
            last=True,
        ),
        bg="#f4f1ec",
    )
    + _section(
        _col(
            _testimonials(
                [
                    (
                        "Our top-floor flat had a short-ish lease and a managing agent who never answered emails. "
                        "Ellie chased them every single week and we completed before Christmas as promised.",
                        "Hannah &amp; Luke",
                        "Sold a flat in Kemp Town",
                    ),
                    (
                        "Straight-talking valuation, no inflated figure to win the business, and it sold within "
                        "a few thousand of what Raj said it would.",
                        "Peter O.",
                        "Sold in Hove",
                    ),
                    (
                        "I live in Lisbon and let my Hove flat through Hanover Keys. Sophie deals with everything "
                        "and I get a clear statement every month.",
                        "Catarina M.",
                        "Fully managed landlord",
                    ),
                ]
            )
        ),
    )
    + _section(
        _col(
            _text(
                """<h2 style="text-align: center;">Wondering what your flat is worth?</h2>
<p style="text-align: center;">Free, no-obligation sales and rental valuations across Brighton &amp; Hove.</p>"""
            )
            + '<div style="text-align: center;">'
            + _button("Book a valuation", "/valuations/")
            + "</div>"
        ),
        bg="#1f3a4d",
        extra="light-text",
    )
)

# ---------------------------------------------------------------------------------------------------------
# Valuations
# ---------------------------------------------------------------------------------------------------------

_VALUATION_FORM = """
<div class="wpcf7 no-js" id="wpcf7-f512-p20-o1" lang="en-GB" dir="ltr">
<form action="/valuations/#wpcf7-f512-p20-o1" method="post" class="wpcf7-form init" novalidate="novalidate"
  data-status="init">
<p><label>Your name<br><span class="wpcf7-form-control-wrap" data-name="your-name">
<input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" type="text"
  name="your-name"></span></label></p>
<p><label>Phone<br><span class="wpcf7-form-control-wrap" data-name="tel">
<input size="40" class="wpcf7-form-control wpcf7-tel" type="tel" name="tel"></span></label></p>
<p><label>Property address<br><span class="wpcf7-form-control-wrap" data-name="address">
<input size="40" class="wpcf7-form-control wpcf7-text" type="text" name="address"></span></label></p>
<p><label>I'd like a<br><span class="wpcf7-form-control-wrap" data-name="val-type">
<select class="wpcf7-form-control wpcf7-select" name="val-type">
<option value="Sales valuation">Sales valuation</option>
<option value="Rental valuation">Rental valuation</option>
<option value="Both">Both</option></select></span></label></p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Request my valuation"></p>
</form>
</div>"""

_VALUATIONS = _section(
    _col(
        _text(
            """<h2>How a valuation works</h2>
<p>One of our valuers comes to the property and spends around 45 minutes looking round, asking about the lease
and the building, and talking you through recent sales or lets of comparable flats nearby. We won't quote a
number on the doorstep just to win your instruction. Instead you'll get a written valuation by email within two
working days, showing the comparables we used and our suggested asking price or rent.</p>
<h3>When we can come</h3>
<p>Valuation appointments run Monday to Friday from 9am, with the last weekday slot at 6.30pm, and on Saturday
mornings between 9.30am and 1pm. Saturday slots go quickly in spring, so book a week or two ahead if you can.</p>
<h3>Rental valuations for landlords</h3>
<p>For landlords we'll suggest an achievable monthly rent, tell you whether furnished or unfurnished will let
better in your area, and list any safety or licensing work needed before a tenant can move in. If you live
abroad or out of the area we can do a video valuation over WhatsApp or Zoom while a keyholder shows us round.</p>
<h3>What helps us value your flat accurately</h3>"""
        )
        + _fancy(
            [
                "A copy of the lease, or at least the start date and length of the term",
                "Your latest service charge and ground rent demands",
                "Any letters about planned major works in the building",
                "Your Energy Performance Certificate, if you have one",
                "Planning or building regulations sign-off for alterations such as a loft room or knocked-through "
                "kitchen",
            ]
        )
        + _text(
            """<h3>Probate and other formal valuations</h3>
<p>If you're an executor deciding what to do with a flat after a death, we're glad to value it and put our
opinion in writing, free of charge, so you can plan the sale. Please be aware that we are estate agents, not
RICS Registered Valuers. If the estate is near the inheritance tax threshold, or HMRC or the solicitor dealing
with probate asks for a formal &ldquo;Red Book&rdquo; valuation, you'll need a chartered surveyor for that
report. Our visit costs nothing either way, and we can recommend a local surveyor if you ask.</p>"""
        ),
        8,
    )
    + _col(
        _text("<h3>Request a valuation</h3>") + _VALUATION_FORM + _divider() + _sidebar(_W_JUST_LISTED),
        4,
        last=True,
    ),
)

# ---------------------------------------------------------------------------------------------------------
# Selling fees
# ---------------------------------------------------------------------------------------------------------

_FEES = _section(
    _col(
        _text(
            """<h2>Simple selling fees, your choice of structure</h2>
<p>Every sale is on a <strong>no sale, no fee</strong> basis and all prices below include VAT at 20%. You pay
nothing upfront: our fee is paid on completion, out of the sale proceeds, by your solicitor. Choose whichever
structure suits your flat.</p>
<table class="hk-fee-table">
<thead><tr><th></th><th>Fixed fee</th><th>Percentage fee</th></tr></thead>
<tbody>
<tr><td>Our fee</td><td>&pound;3,300 inc VAT (&pound;2,750 + VAT)</td>
<td>1.2% of the sale price inc VAT (1% + VAT)</td></tr>
<tr><td>Minimum fee</td><td>&ndash;</td><td>&pound;2,400 inc VAT</td></tr>
<tr><td>When it's paid</td><td>On completion</td><td>On completion</td></tr>
<tr><td>Usually works out cheaper for</td><td>Flats selling for more than about &pound;275,000</td>
<td>Studios and flats selling for less than about &pound;275,000</td></tr>
</tbody>
</table>
<p>Prefer to instruct more than one agent? Our <strong>multi-agency</strong> fee is 1.8% inc VAT (1.5% + VAT),
with a minimum of &pound;3,000 inc VAT.</p>
<h3>What's included</h3>"""
        )
        + _fancy(
            [
                "Professional photography and a measured floorplan",
                "Listing on Rightmove, Zoopla, OnTheMarket and our own website",
                "Viewings and buyer feedback",
                "Checking every buyer's finances before we recommend an offer",
                "A dedicated sale progressor through to completion",
            ]
        )
        + _text(
            """<h3>Optional extras</h3>
<table class="hk-fee-table">
<tbody>
<tr><td>Premium marketing package: twilight photos, 60-second video tour and a featured Rightmove listing
for four weeks</td><td>&pound;450 inc VAT</td></tr>
<tr><td>Energy Performance Certificate, if you don't have a valid one</td><td>&pound;96 inc VAT</td></tr>
</tbody>
</table>
<h3>Contract length and notice</h3>
<p>Our standard agreement is <strong>sole agency for a minimum of 12 weeks</strong> from the day you sign.
After the 12 weeks either of us can end it by giving 14 days' notice in writing; an email is fine. If you
signed at home or online, you also have a 14-day cooling-off period under the consumer contract rules.</p>
<p>There is no withdrawal fee. If you change your mind and take your flat off the market, you owe us nothing,
unless within six months of our agreement ending you sell to a buyer we introduced, in which case our fee is
payable. Please note that if you instruct a second agent during our sole agency period and they sell your
flat, you may end up owing fees to both agents.</p>"""
        ),
        8,
    )
    + _col(_sidebar(_W_CALL, _W_SELLER_LINKS), 4, last=True),
)

# ---------------------------------------------------------------------------------------------------------
# Marketing & viewings
# ---------------------------------------------------------------------------------------------------------

_MARKETING = _section(
    _col(
        _text(
            """<h2>Getting your flat in front of the right buyers</h2>
<p>Once you've signed up, our photographer visits within three working days and measures up for the floorplan
on the same visit. We write the description and send it to you to check before anything goes live. Most flats
are on Rightmove, Zoopla, OnTheMarket and our website within five working days of instruction, and we email
them the same morning to registered buyers who are looking for something similar.</p>
<p>We also run targeted Facebook and Instagram adverts to people searching in BN1, BN2 and BN3, and we post
every new flat on our own Instagram, which has a surprisingly loyal local following.</p>
<h3>&ldquo;For Sale&rdquo; boards</h3>
<p>We'll put up a board if you'd like one, but much of central Brighton and Hove falls under the council's
restriction on estate agents' boards. In areas including Brunswick Town, Regency Square, Montpelier &amp;
Clifton Hill and much of Kemp Town, no boards are allowed at all, for sale or to let. In a block of flats the
freeholder's permission may be needed too. Where a board isn't allowed we lean harder on social media and
our &ldquo;just listed&rdquo; emails instead; it makes very little difference to how quickly flats sell.</p>
<h3>Viewings</h3>
<p>Every viewing is accompanied by a member of our team, so you don't need to be at home, and most of our
sellers prefer not to be. We hold a set of keys in our office key safe, signed in and out every time. Viewings
run Monday to Friday until 7.30pm and on Saturdays until 4pm; we don't hold viewings on Sundays. In blocks we
meet buyers at the main entrance and remind them they're in a shared building.</p>
<p>If your flat is let, we arrange every viewing with your tenant and always give them at least 24 hours'
notice.</p>
<h3>Open mornings</h3>
<p>For flats we expect to be in high demand, we sometimes run an open morning on the first Saturday: viewings
every 15 minutes, so buyers can see the flat without waiting a week, and you only have to tidy up once.</p>
<h3>Keeping you in the loop</h3>"""
        )
        + _fancy(
            [
                "Feedback from every viewing within 24 hours",
                "A Monday email with portal views, enquiries and viewings from the week before",
                "A price review conversation if there's been no offer after four weeks",
            ]
        ),
        8,
    )
    + _col(_sidebar(_W_SELLER_LINKS, _W_JUST_LISTED), 4, last=True),
)

# ---------------------------------------------------------------------------------------------------------
# Offers & sale progression
# ---------------------------------------------------------------------------------------------------------

_OFFERS = _section(
    _col(
        _text(
            """<h2>When the offers come in</h2>
<p>By law we pass every offer to you promptly and in writing, right up until exchange of contracts, unless
you've told us in writing not to pass on offers below a certain figure. Before we recommend an offer we check
the buyer's position: identity, proof of their deposit, a mortgage agreement in principle and whether they have
a property to sell first.</p>
<h3>More than one buyer interested?</h3>
<p>If two or more buyers want your flat at the same time, we'll usually suggest a &ldquo;best and final
offers&rdquo; round. Each buyer is told there's competition and asked to put their best offer in writing by a
set deadline, normally noon on a weekday two or three days later. You don't have to take the highest figure:
a chain-free buyer with a mortgage offer in hand may be worth more to you than an extra &pound;5,000 from
someone who still has to sell. We'll talk you through the pros and cons of each before you decide.</p>
<h3>Once you've accepted</h3>
<p>We mark your flat &ldquo;Sold STC&rdquo; and send a memorandum of sale to both solicitors within 24 hours.
We normally stop booking viewings at that point, but we keep a list of back-up buyers in case anything falls
through.</p>
<h3>How long it takes</h3>
<p>For a leasehold flat, allow <strong>14 to 18 weeks</strong> from accepting an offer to completion. The
managing agent's information pack is usually what holds things up. A freehold house typically takes 10 to 14
weeks, and a long chain adds time to either.</p>
<p>Our sale progressor, Ellie Marchant, calls your solicitor, the buyer's solicitor, the lender and the managing
agent every week, and sends you an update every Friday, even when the update is &ldquo;still waiting&rdquo;.</p>
<h3>Exchange and completion</h3>
<p>Exchange of contracts is the point where the sale becomes legally binding; completion is usually one to four
weeks later. Please drop all keys into our office the day before completion. On the day, as soon as your
solicitor confirms the money has arrived, we hand the keys to your buyer, usually between 12 noon and 2pm.</p>"""
        ),
        8,
    )
    + _col(
        _sidebar(
            _W_CALL,
            _widget(
                "text-7",
                "Buyer pulled out?",
                "<p>It happens. Call Raj on 01273 906 412 and we'll contact your back-up buyers the same day.</p>",
            ),
        ),
        4,
        last=True,
    ),
)

# ---------------------------------------------------------------------------------------------------------
# Leasehold flats
# ---------------------------------------------------------------------------------------------------------

_LEASEHOLD = _section(
    _col(
        _text(
            """<h2>Selling a leasehold flat in Brighton &amp; Hove</h2>
<p>Almost every flat in the city is leasehold or share of freehold. None of this needs to be scary, but the
earlier we know about the lease and the building, the smoother your sale will be.</p>
<h3>Lease length</h3>
<p>Mortgage lenders start to get nervous once a lease falls below about 85 years, and below 80 years the cost of
extending rises sharply because &ldquo;marriage value&rdquo; becomes payable. (The Leasehold and Freehold Reform
Act 2024 will remove marriage value once those parts of the Act come into force; until then the current rules
apply.) If your lease has less than 85 years left, speak to a specialist leasehold solicitor before going on the
market. You have two main options:</p>"""
        )
        + _fancy(
            [
                "<strong>Extend first.</strong> The formal statutory route usually takes 6 to 12 months, though some "
                "freeholders will agree a quicker informal deal.",
                "<strong>Serve the notice and pass it on.</strong> Your solicitor serves a formal Section 42 notice "
                "and the benefit of it is assigned to your buyer as part of the sale, so the buyer's lender is "
                "reassured and the sale can go ahead while the extension runs.",
            ]
        )
        + _text(
            """<p>Flats with short leases do still sell, but mostly to cash buyers and at a noticeable discount.</p>
<h3>The management pack (LPE1)</h3>
<p>Your buyer's solicitor will ask for a leasehold information pack from the freeholder or managing agent:
service charge accounts and budget, buildings insurance, planned works, the fire risk assessment and so on.
Managing agents charge the seller for this, typically &pound;250 to &pound;550 including VAT in Brighton and
occasionally more. It's normal, if annoying. Order it as soon as you accept an offer, or even when you go on the
market, because it often takes two to four weeks to arrive.</p>
<h3>Service charges and ground rent in the listing</h3>
<p>National Trading Standards guidance means we must show the annual service charge, ground rent and any ground
rent review terms in the advert itself, so please give us your latest demands when we list the flat. If the
building has a reserve (sinking) fund, tell us the balance: a healthy fund is a real selling point.</p>
<h3>Major works and Section 20 notices</h3>
<p>If the managing agent has started a Section 20 consultation for major works, such as a new roof, repointing,
window replacement or lift, you must tell buyers. Buyers often negotiate a retention, a sum held back from the
price on completion, to cover their share of the bill.</p>
<h3>Share of freehold</h3>
<p>Many Brighton conversions are &ldquo;share of freehold&rdquo;: the flat owners jointly own the freehold,
usually through a small company. You'll need the company's paperwork and sometimes a director's signature on
consents. Extending the lease to 999 years between the owners is usually quick and cheap.</p>
<h3>Cladding and building safety</h3>
<p>For blocks of 11 metres (roughly five storeys) or more, buyers' lenders may ask for an EWS1 form or a
leaseholder deed of certificate. Ask your managing agent about these early.</p>"""
        ),
        8,
    )
    + _col(
        _sidebar(
            _widget(
                "text-8",
                "Leasehold checklist",
                "<p>Download our one-page list of documents to gather before you sell.</p>"
                '<p><a href="/wp-content/uploads/2024/01/hk-leasehold-checklist.pdf">Leasehold checklist (PDF)'
                "</a></p>",
            ),
            _W_SELLER_LINKS,
        ),
        4,
        last=True,
    ),
    bg="#fbfaf7",
)

# ---------------------------------------------------------------------------------------------------------
# Buying
# ---------------------------------------------------------------------------------------------------------

_BUYING = _section(
    _col(
        _text(
            """<h2>Buying a flat through Hanover Keys</h2>
<p>Register with us and we'll email you new flats that match what you're after, often a day or two before
they appear on the portals. Tell us whether you're a first-time buyer, need to sell, or are buying with cash,
and we'll prioritise viewings accordingly.</p>
<h3>Before we can put your offer forward</h3>
<p>To protect our sellers, and because the Money Laundering Regulations require it, we need the following from
every buyer before we can recommend an offer:</p>"""
        )
        + _fancy(
            [
                "Photo ID and proof of address for each person buying",
                "Proof of your deposit, such as a recent bank statement in your name",
                "A mortgage agreement (or decision) in principle dated within the last three months",
                "Your solicitor's or conveyancer's details",
                "If you have a property to sell, details of that sale and the chain",
            ]
        )
        + _text(
            """<h3>If family are helping with your deposit</h3>
<p>Gifted deposits are very common for first-time buyers. We need a signed gifted deposit letter confirming the
money is a gift and not a loan, plus photo ID and a bank statement showing the funds from each person giving
the money. Your lender and solicitor will ask for their own versions too, so it's worth getting everything
together early.</p>
<h3>Cash buyers</h3>
<p>Please send bank statements showing the full purchase price, or a letter from your solicitor confirming the
funds. If the money is coming from the sale of another property, an inheritance or investments, we'll ask for
evidence of where it came from.</p>
<h3>Identity check fee</h3>
<p>Every buyer's identity has to be verified under the anti-money laundering rules. We use an electronic check
through Credas and charge <strong>&pound;30 inc VAT per buyer</strong>, payable once your offer is accepted. It
isn't refundable if the purchase falls through. This is the only fee buyers ever pay us.</p>
<h3>Buying leasehold: what to look at</h3>
<p>Look at the remaining lease length, the service charge and whether any major works are planned. If you have
a pet or want to let the flat out later, ask your solicitor to check the lease allows it.</p>"""
        ),
        8,
    )
    + _col(_sidebar(_W_JUST_LISTED, _W_CALL), 4, last=True),
)

# ---------------------------------------------------------------------------------------------------------
# Landlord fees
# ---------------------------------------------------------------------------------------------------------

_PRICING = """
<div class="row pricing-table nectar-pricing-table" data-style="default" data-columns="3">
<div class="pricing-column no-highlight">
<h3>Let Only</h3>
<div class="pricing-column-content">
<h4><span>9.6</span>%</h4><span class="interval">of the rent for the term, inc VAT (8% + VAT)</span>
<ul class="features">
<li>Rental valuation and advice</li>
<li>Marketing and accompanied viewings</li>
<li>Referencing and Right to Rent checks</li>
<li>Tenancy agreement</li>
<li>First month's rent and deposit collected</li>
<li>Paid upfront from the first rent; minimum &pound;900 inc VAT</li>
</ul>
<a class="nectar-button regular-button accent-color" href="/valuations/">Book a rental valuation</a>
</div>
</div>
<div class="pricing-column no-highlight">
<h3>Rent Collection</h3>
<div class="pricing-column-content">
<h4><span>12</span>%</h4><span class="interval">of the monthly rent, inc VAT (10% + VAT)</span>
<ul class="features">
<li>Everything in Let Only</li>
<li>Monthly rent collection and statements</li>
<li>Chasing late rent</li>
<li>Annual rent review</li>
</ul>
<a class="nectar-button regular-button accent-color" href="/valuations/">Book a rental valuation</a>
</div>
</div>
<div class="pricing-column highlight accent-color">
<h3>Fully Managed<span class="highlight-reason">Most popular</span></h3>
<div class="pricing-column-content">
<h4><span>16.8</span>%</h4><span class="interval">of the monthly rent, inc VAT (14% + VAT)</span>
<ul class="features">
<li>Everything in Rent Collection</li>
<li>Repairs arranged with vetted local contractors</li>
<li>24-hour emergency line for your tenants</li>
<li>Two inspections a year with photo reports</li>
<li>Safety certificate renewals tracked</li>
<li>Check-out and deposit negotiations</li>
</ul>
<a class="nectar-button regular-button extra-color-1" href="/valuations/">Book a rental valuation</a>
</div>
</div>
</div>"""

_LETTING_FEES = _section(
    _col(
        _text(
            """<h2>Landlord fees</h2>
<p>Three levels of service, all quoted including VAT, with no hidden admin charges. Most of our landlords with
a single flat choose Fully Managed, particularly if they live outside Brighton.</p>"""
        )
        + _PRICING
    ),
    bg="#f4f1ec",
) + _section(
    _col(
        _text(
            """<h3>Set-up and additional charges</h3>
<table class="hk-fee-table">
<tbody>
<tr><td>Tenancy set-up (all services): agreement, referencing, Right to Rent</td><td>&pound;360 inc VAT</td></tr>
<tr><td>Inventory and check-in: studio or 1 bed / 2 bed / 3 bed+</td>
<td>&pound;150 / &pound;190 / &pound;240 inc VAT</td></tr>
<tr><td>Deposit registration (Let Only)</td><td>&pound;48 inc VAT</td></tr>
<tr><td>Tenancy renewal paperwork</td><td>&pound;150 inc VAT</td></tr>
<tr><td>Arranging a gas safety certificate (engineer's fee included)</td><td>&pound;96 inc VAT</td></tr>
<tr><td>Arranging an electrical inspection (EICR)</td><td>from &pound;210 inc VAT</td></tr>
<tr><td>HMO or selective licence application</td><td>&pound;360 inc VAT</td></tr>
<tr><td>Additional property visit at your request</td><td>&pound;72 inc VAT</td></tr>
<tr><td>Attending court or tribunal</td><td>&pound;60 inc VAT per hour</td></tr>
</tbody>
</table>
<h3>When you get paid</h3>
<p>For Rent Collection and Fully Managed landlords, we pay your rent out within three working days of the
tenant's payment clearing in our client account, less our fee and any agreed costs. You get a monthly statement
through our landlord portal, plus an annual income and expenditure summary for your tax return at no extra
charge.</p>
<h3>Landlords living abroad</h3>
<p>If you live outside the UK for six months or more a year, HMRC's Non-Resident Landlord scheme requires us to
deduct basic-rate tax from your rent unless HMRC has approved you to receive it gross. We'll help you with the
NRL1 form.</p>"""
        ),
        8,
    )
    + _col(
        _testimonials(
            [
                (
                    "Switched from a big chain two years ago. Fewer surprises on the statement and someone who "
                    "actually picks up the phone.",
                    "Mark D.",
                    "Landlord, two flats in Hove",
                )
            ]
        ),
        4,
        last=True,
    ),
)

# ---------------------------------------------------------------------------------------------------------
# Licensing & compliance
# ---------------------------------------------------------------------------------------------------------

_LICENSING = _section(
    _col(
        _text(
            """<h2>Property licensing in Brighton &amp; Hove</h2>
<p>Brighton &amp; Hove City Council licenses far more rented homes than most councils, and the fines for
getting it wrong are steep. Here's a plain-English summary; we check every property we let against the current
schemes before a tenant moves in.</p>
<h3>Houses in multiple occupation (HMOs)</h3>
<p>A house or flat let to three or more people who form two or more households, for example three unrelated
sharers or a group of students, is an HMO.</p>"""
        )
        + _fancy(
            [
                "<strong>Mandatory HMO licensing</strong> applies to HMOs with five or more occupiers, anywhere in "
                "the city.",
                "<strong>Additional HMO licensing</strong> is the council's own scheme and extends licensing to "
                "smaller HMOs of three or four occupiers in designated wards, which include most of the central "
                "and student areas.",
            ]
        )
        + _text(
            """<p>So if you're letting a three-bedroom house to three students in Brighton, assume it needs a
licence until we've checked the address. Licences normally last up to five years and come with conditions on
room sizes, fire safety and waste storage.</p>
<h3>Planning permission: the Article 4 direction</h3>
<p>Licensing and planning are separate. Much of Brighton is covered by an Article 4 direction, which means you
need planning permission to turn a family home into a small HMO. Having an HMO licence doesn't mean you have
planning permission, or the other way round.</p>
<h3>Selective licensing</h3>
<p>The council's selective licensing scheme requires a licence for privately rented homes let to a single
household, such as a couple or a family, in certain wards, even when the property isn't an HMO. Check your
address on the council's website or ask us. The council's licence fee is payable by the landlord, on top of any
fee we charge to prepare the application.</p>
<h3>Penalties</h3>
<p>Letting an unlicensed property can lead to a civil penalty of up to &pound;30,000 per offence and a rent
repayment order of up to 12 months' rent.</p>
<h3>Safety and legal checklist for every let</h3>"""
        )
        + _fancy(
            [
                "Gas safety check every 12 months, with a copy to the tenant within 28 days",
                "Electrical installation condition report (EICR) at least every five years, with a copy to the "
                "tenant within 28 days",
                "A smoke alarm on every storey, and a carbon monoxide alarm in any room with a fixed combustion "
                "appliance (gas cookers excepted)",
                "An EPC rating of E or above",
                "Right to Rent checks on every adult occupier",
                "Tenancy deposit protected within 30 days",
                "The government's How to Rent guide, the EPC and the gas certificate given before move-in",
                "A legionella risk assessment",
            ]
        )
        + _text(
            """<h3>Letting a leasehold flat</h3>
<p>Check that your lease allows subletting. Some leases need the freeholder's written consent, occasionally
for a fee, and most have building rules that tenants must follow. We give every tenant a copy of the rules
that apply to them.</p>"""
        ),
        8,
    )
    + _col(
        _sidebar(
            _widget(
                "text-9",
                "Not sure if you need a licence?",
                "<p>Send Tom the address and how many people will live there, and he'll tell you within a "
                'working day.</p><p><a href="mailto:lettings@hanoverkeys.co.uk">lettings@hanoverkeys.co.uk</a></p>',
            ),
            _W_CALL,
        ),
        4,
        last=True,
    ),
)

# ---------------------------------------------------------------------------------------------------------
# Tenant fees & holding deposit
# ---------------------------------------------------------------------------------------------------------

_TENANT_FEES = _section(
    _col(
        _text(
            """<h2>What tenants pay</h2>
<p>Under the Tenant Fees Act 2019 there are no admin, referencing or check-out fees for tenants. The only
payments we can ask you for are listed below.</p>
<table class="hk-fee-table">
<thead><tr><th>Payment</th><th>Amount</th></tr></thead>
<tbody>
<tr><td>Holding deposit (to reserve a property)</td><td>One week's rent. For a flat at &pound;1,200 pcm that's
&pound;276.92</td></tr>
<tr><td>Tenancy deposit</td><td>Five weeks' rent where the annual rent is under &pound;50,000; six weeks'
rent at &pound;50,000 or more</td></tr>
<tr><td>Rent</td><td>As agreed in your tenancy</td></tr>
<tr><td>Changing the tenancy at your request, e.g. one sharer moving out and a new person moving in</td>
<td>&pound;50 inc VAT, or our reasonable costs if higher</td></tr>
<tr><td>Ending a fixed term early at your request</td><td>The landlord's lost rent and reasonable re-letting
costs, until a new tenant moves in</td></tr>
<tr><td>Late rent</td><td>Interest at 3% above the Bank of England base rate, once rent is more than 14 days
overdue</td></tr>
<tr><td>Lost keys, fobs or remotes</td><td>The reasonable cost of replacing them, with receipts</td></tr>
<tr><td>Utilities, council tax, TV licence, broadband</td><td>Paid directly to the providers</td></tr>
</tbody>
</table>
<h3>How the holding deposit works</h3>
<p>Paying a holding deposit takes the property off the market while your references are done. We only accept
it by bank transfer. We then have 15 calendar days, the &ldquo;deadline for agreement&rdquo;, to get the tenancy
signed, unless you agree in writing to a longer deadline. When the tenancy is signed, your holding deposit is
put towards your first month's rent.</p>
<h3>When you won't get the holding deposit back</h3>
<p>We are allowed to keep your holding deposit if you:</p>"""
        )
        + _fancy(
            [
                "change your mind or pull out of renting the property",
                "fail a Right to Rent check",
                "gave false or misleading information that affected the decision to let to you",
                "don't take reasonable steps to sign the tenancy by the deadline",
            ]
        )
        + _text(
            """<p>If we keep it, we'll tell you in writing within seven days and explain why. If the landlord
pulls out, or the tenancy isn't signed by the deadline through no fault of yours, you get the whole holding
deposit back within seven days.</p>"""
        ),
        8,
    )
    + _col(_sidebar(_W_TENANT_LINKS, _W_CALL), 4, last=True),
)

# ---------------------------------------------------------------------------------------------------------
# Applying & referencing
# ---------------------------------------------------------------------------------------------------------

_APPLYING = _section(
    _col(
        _text(
            """<h2>Applying for a flat</h2>
<p>Found somewhere you like? Here's what happens next.</p>
<ol>
<li><strong>Apply online.</strong> Every adult who'll live in the property fills in their own application.</li>
<li><strong>Reserve it.</strong> Pay the holding deposit (see <a href="/tenants/fees-and-holding-deposit/">tenant
fees</a>).</li>
<li><strong>Referencing.</strong> Our referencing partner, Goodlord, contacts you, your employer and your
current landlord.</li>
<li><strong>Sign.</strong> The tenancy agreement is signed electronically.</li>
<li><strong>Move in.</strong> Collect your keys and meet us for the check-in.</li>
</ol>
<h3>What referencing checks</h3>
<p>Referencing confirms your identity, looks at your credit history (including county court judgments and
insolvency), confirms your income and asks your current landlord for a reference. It usually takes three to five
working days, and is quicker if your employer and landlord reply promptly. A CCJ isn't automatically a
&ldquo;no&rdquo;: tell us about it upfront and we'll talk to the landlord.</p>
<h3>How much do you need to earn?</h3>
<p>As a rule of thumb, the combined gross annual income of everyone on the tenancy should be at least
<strong>30 times the monthly rent</strong>. For a flat at &pound;1,400 pcm that's &pound;42,000 a year between
you.</p>
<p>If you're self-employed we'll ask for your last two years' SA302 tax calculations and tax year overviews, or
a letter from your accountant. If you've been trading for less than two years, you'll probably need a guarantor
or to offer some rent in advance.</p>
<h3>Guarantors</h3>
<p>A guarantor must live in the UK and earn at least 36 times the monthly rent, or own their home. They go
through their own referencing and sign a deed of guarantee. International students without a UK guarantor can
use a guarantor service such as Housing Hand, which we accept.</p>
<h3>Right to Rent</h3>
<p>The law requires us to check every adult's right to rent in England before the tenancy starts. British and
Irish citizens show us their original passport; everyone else gives us a share code from the Home Office
website.</p>
<h3>Move-in day</h3>
<p>Your first month's rent and the deposit must have cleared in our account before move-in day. Keys can be
collected from our office from 12 noon on the day your tenancy starts, and we'll meet you at the property to go
through the inventory.</p>"""
        ),
        8,
    )
    + _col(_sidebar(_W_TENANT_LINKS, _W_JUST_LISTED), 4, last=True),
)

# ---------------------------------------------------------------------------------------------------------
# Deposits & pets
# ---------------------------------------------------------------------------------------------------------

_DEPOSITS = _section(
    _col(
        _text(
            """<h2>Where your deposit is kept</h2>
<p>Where we manage the property or collect the rent, your deposit is held by the Deposit Protection Service
(DPS) in its custodial scheme. That means the money sits with the government-approved scheme itself, not in our
account and not with your landlord. On let-only tenancies your landlord protects the deposit themselves and
must tell you which scheme they've used.</p>
<p>Either way, the deposit must be protected within 30 days of being paid, and you'll receive the prescribed
information and a DPS certificate by email.</p>
<h3>What the deposit can be used for</h3>"""
        )
        + _fancy(
            [
                "Damage beyond fair wear and tear",
                "Rent you haven't paid",
                "Cleaning needed to get the property back to the standard at check-in",
                "Missing items from the inventory",
                "Bills you were responsible for under the tenancy that were left unpaid",
            ]
        )
        + _text(
            """<h2>Renting with pets</h2>
<p>We always ask the landlord, and around half of our landlords will consider a pet. Adverts say &ldquo;pets
considered&rdquo; where they will.</p>
<p>Flats are trickier than houses. Many leases in Brighton blocks forbid pets outright or need the
freeholder's written consent, which can take a couple of weeks. Small, well-behaved dogs in ground-floor flats
with outside space are the easiest to place; cats are usually fine in flats where the lease allows them.</p>
<p>Because deposits are capped at five weeks' rent, we can't take a separate pet deposit. Instead a landlord may
ask for a slightly higher rent, typically &pound;25 to &pound;50 a month per pet, and a pet clause requiring
professional cleaning and flea treatment at the end of the tenancy. Assistance dogs are always accepted.</p>
<h3>Help us help you</h3>
<p>With your application, send your vet's details, your pet's vaccination record and, if you can, a reference
from your current landlord confirming your pet has been no trouble.</p>"""
        ),
        8,
    )
    + _col(_sidebar(_W_TENANT_LINKS), 4, last=True),
)

# ---------------------------------------------------------------------------------------------------------
# Repairs & emergencies
# ---------------------------------------------------------------------------------------------------------

_REPAIRS = _section(
    _col(
        _text(
            """<p class="hk-notice"><strong>This page is for tenants in homes we fully manage.</strong> If your
landlord manages the property themselves (your tenancy agreement will say), please contact them directly.</p>
<h2>Reporting a repair</h2>
<p>Report repairs through our online repairs portal, Fixflo, any time of day. Add photos or a short video; the
portal's troubleshooting guides can also walk you through things like resetting a boiler. You'll get a reference
number, we instruct a contractor, and the contractor contacts you directly to arrange access.</p>
<table class="hk-fee-table">
<thead><tr><th>Priority</th><th>Examples</th><th>Our target</th></tr></thead>
<tbody>
<tr><td>Emergency</td><td>Major leak, no heating between October and April, total loss of power, a front door
that won't lock, smell of gas</td><td>Contractor attends within 24 hours, made safe as soon as possible</td></tr>
<tr><td>Urgent</td><td>No hot water, broken fridge, the only toilet not working</td>
<td>Within 3 working days</td></tr>
<tr><td>Routine</td><td>Dripping tap, sticking door, broken extractor fan</td><td>Within 10 working days</td></tr>
</tbody>
</table>
<h3>Out-of-hours emergencies</h3>
<p>In the evening after 6pm, at weekends and on bank holidays, call our emergency line on
<a href="tel:+441273906499">01273 906 499</a>. It is for genuine emergencies only.</p>
<p><strong>Smell gas?</strong> Get everyone out, don't use light switches, and call the National Gas Emergency
Service on 0800 111 999 first, then let us know.</p>
<h3>Water coming through the ceiling</h3>
<p>If the water is near lights or sockets, switch the electricity off at the fuse box. Knock on the flat above:
if the leak is theirs, they need to turn off their stopcock. Put down buckets and towels, take photos for the
insurers, then ring our emergency line, even late at night.</p>
<h3>Communal areas in blocks</h3>
<p>In a block of flats, the shared parts, such as the front door entry phone, hallway lights, lifts, roof, bin
store and the building structure, are the responsibility of the building's managing agent or freeholder, not
your landlord. Their contact details are in your move-in pack. Please report communal faults to them directly
and copy us in, so we can chase if nothing happens.</p>
<h3>Locked out?</h3>
<p>Lockouts aren't an emergency we cover. During office hours you can borrow our spare set, which must come
back within 24 hours. Out of hours you'll need to call a locksmith at your own cost.</p>
<h3>Your part</h3>"""
        )
        + _fancy(
            [
                "Open windows and use extractor fans to keep condensation down",
                "Test smoke alarms once a month",
                "Bleed radiators and replace light bulbs",
                "Report damp or mould straight away: don't just paint over it",
            ]
        ),
        8,
    )
    + _col(
        _sidebar(
            _widget(
                "text-10",
                "Report a repair",
                "<p>Open 24/7, with photos.</p>"
                + _button("Go to Fixflo", "https://hanoverkeys.fixflo.com/issue/plugin/"),
            ),
            _W_TENANT_LINKS,
        ),
        4,
        last=True,
    ),
)

# ---------------------------------------------------------------------------------------------------------
# Renewals & moving out
# ---------------------------------------------------------------------------------------------------------

_END = _section(
    _col(
        _text(
            """<h2>When your fixed term is coming to an end</h2>
<p>About ten weeks before a fixed term ends, we email you and your landlord to ask what everyone would like to
do. You can:</p>"""
        )
        + _fancy(
            [
                "sign a new fixed term, which costs you nothing, or",
                "simply stay on: if nobody signs anything, the tenancy automatically carries on month to month as "
                "a &ldquo;periodic&rdquo; tenancy on the same terms",
            ]
        )
        + _text(
            """<p>Your landlord may propose a new rent. We'll always give you the figure in writing at least a
month before it would start. The rules on fixed terms are changing under the Renters' Rights Act; once the new
rules apply we'll write to every tenant explaining what it means for their tenancy.</p>
<h2>Moving out</h2>
<h3>Giving notice</h3>
<p>On a periodic tenancy you must give at least one month's notice in writing, ending on the last day of a
rental period (the day before your rent is due). During a fixed term you can only leave early if your agreement
has a break clause or the landlord agrees; see <a href="/tenants/fees-and-holding-deposit/">tenant fees</a>
for what ending early can cost.</p>
<h3>Check-out</h3>
<p>Our inventory clerk visits on your last day, or shortly afterwards, and compares the property with the
check-in inventory. Take meter readings and your own photos. The property should be as clean as it was when
you moved in; you don't need professional cleaners unless your tenancy has a pet clause.</p>
<p>Return all keys, fobs and parking permits to our office by 12 noon on the last day of your tenancy. If keys
aren't returned, rent may continue to be charged until they are.</p>
<h3>Getting your deposit back</h3>
<p>We send you any proposed deductions, with photos and quotes, within 10 working days of the check-out. If
there's nothing to deduct, or once you and your landlord agree, the DPS pays you within five working days of
both sides confirming. If you can't agree, either side can use the DPS's free dispute resolution service, where
an independent adjudicator decides based on the evidence.</p>
<h3>Don't forget</h3>
<p>Give your energy, water and broadband providers your moving date and final readings, tell the council for
council tax, and set up post redirection.</p>"""
        ),
        8,
    )
    + _col(_sidebar(_W_TENANT_LINKS, _W_CALL), 4, last=True),
)

# ---------------------------------------------------------------------------------------------------------
# Complaints
# ---------------------------------------------------------------------------------------------------------

_COMPLAINTS = _section(
    _col(
        _text(
            """<h2>Our complaints procedure</h2>
<p>We work hard to get things right, but if we haven't, please tell us. Every complaint is logged and taken
seriously.</p>
<h3>Stage 1: the department manager</h3>
<p>Email <a href="mailto:complaints@hanoverkeys.co.uk">complaints@hanoverkeys.co.uk</a> or write to us at the
office. We acknowledge your complaint within three working days. It's investigated by the manager of the team
concerned (Raj Patel for sales, Tom Whitcombe for lettings), and you'll receive a full written response within
15 working days.</p>
<h3>Stage 2: review by a director</h3>
<p>If you're not happy with that response, ask for a review. Our director, Joanna Kemp, who won't have been
involved before, looks at everything again and sends our final viewpoint in writing within 15 working days.</p>
<h3>The Property Ombudsman</h3>
<p>If you're still unhappy after our final viewpoint letter, or if eight weeks have passed since you first
complained, you can refer your complaint to The Property Ombudsman (TPO). It's free for you, and you must
refer within 12 months of our final viewpoint.</p>
<p>The Property Ombudsman, Milford House, 43&ndash;55 Milford Street, Salisbury, Wiltshire SP1 2BP.
Telephone 01722 333306. <a href="https://www.tpos.co.uk" target="_blank" rel="noopener">www.tpos.co.uk</a>.
Our TPO membership number is D04417.</p>
<h2>Client money protection</h2>
<p>Rent, deposits and other money we hold for clients sits in a designated client account at Barclays,
separate from our business account. We're members of Propertymark's Client Money Protection scheme, membership
number C0083125. If we ever misused client money or went out of business, landlords and tenants could claim
compensation from the scheme.</p>
<p><a href="/wp-content/uploads/2025/01/hk-cmp-certificate.pdf">Download our CMP certificate (PDF)</a></p>
<h3>Professional memberships</h3>
<p>Our sales team are members of NAEA Propertymark and our lettings team of ARLA Propertymark, which means we
follow their codes of practice and complete annual training.</p>"""
        ),
        8,
    )
    + _col(_sidebar(_W_CALL), 4, last=True),
)

# ---------------------------------------------------------------------------------------------------------
# Team
# ---------------------------------------------------------------------------------------------------------


def _member(name, role, bio, img):
    return f"""
<div class="team-member" data-style="meta_below">
<img class="nectar-lazy" alt="{name}" src="/wp-content/uploads/2024/05/{img}.jpg" width="400" height="400">
<h4 class="light">{name}</h4>
<p class="description">{role}</p>
<div class="team-desc"><p>{bio}</p></div>
</div>"""


_TEAM_MEMBERS = [
    (
        "Joanna Kemp FNAEA",
        "Founder &amp; Director",
        "Joanna founded Hanover Keys in 2009 and still does valuations most weeks. She reviews every complaint "
        "that reaches stage 2 and swims in the sea all year round.",
        "joanna",
    ),
    (
        "Raj Patel",
        "Sales Manager",
        "Twelve years selling flats in Brighton and Hove. Raj carries out most of our sales valuations and "
        "negotiates offers.",
        "raj",
    ),
    (
        "Ellie Marchant",
        "Sale Progressor",
        "A former conveyancing assistant, Ellie knows leases inside out and chases solicitors and managing "
        "agents every week until completion.",
        "ellie",
    ),
    (
        "Tom Whitcombe MARLA",
        "Lettings Manager",
        "Tom looks after our landlords, rental valuations and licensing applications.",
        "tom",
    ),
    (
        "Sophie Adeyemi",
        "Property Manager",
        "Sophie handles repairs, inspections and check-outs for our fully managed homes.",
        "sophie",
    ),
    (
        "Dan Ferris",
        "Lettings Negotiator",
        "Dan runs rental viewings and guides applicants through referencing.",
        "dan",
    ),
    (
        "Marta Nowak",
        "Accounts &amp; Client Money",
        "Marta pays landlords, reconciles the client account and speaks Polish as well as English.",
        "marta",
    ),
    (
        "Biscuit",
        "Chief Morale Officer",
        "Joanna's cockapoo is in the office on Tuesdays and Fridays only. If you're allergic to dogs or nervous "
        "around them, let us know before you visit and she'll stay upstairs in Joanna's office.",
        "biscuit",
    ),
]

_TEAM = _section(
    _col(
        _text(
            """<h2>The people behind Hanover Keys</h2>
<p>Small enough that you'll always deal with someone who knows your flat, big enough that somebody always
picks up the phone.</p>"""
        )
    )
) + _section(
    "".join(_col(_member(*m), 3, last=(i % 4 == 3)) for i, m in enumerate(_TEAM_MEMBERS)),
    bg="#f4f1ec",
)

# ---------------------------------------------------------------------------------------------------------
# Contact
# ---------------------------------------------------------------------------------------------------------

_CONTACT = _section(
    _col(
        _text(
            """<h2>Visit our office</h2>
<p><strong>Hanover Keys</strong><br>58 Dyke Road, Seven Dials, Brighton BN1 3JD</p>
<p>Sales: <a href="tel:+441273906412">01273 906 412</a><br>
Lettings and property management: <a href="tel:+441273906413">01273 906 413</a><br>
Email: <a href="mailto:hello@hanoverkeys.co.uk">hello@hanoverkeys.co.uk</a></p>
<p>Tenants with an emergency outside office hours: see <a href="/tenants/maintenance-and-emergencies/">repairs
&amp; emergencies</a>.</p>
<h3>Opening hours</h3>
<table class="hk-hours">
<tbody>
<tr><td>Monday to Wednesday</td><td>9am &ndash; 6pm</td></tr>
<tr><td>Thursday</td><td>9am &ndash; 7pm</td></tr>
<tr><td>Friday</td><td>9am &ndash; 6pm</td></tr>
<tr><td>Saturday</td><td>9.30am &ndash; 4pm</td></tr>
<tr><td>Sunday</td><td>Closed</td></tr>
</tbody>
</table>
<p>We're closed on all bank holidays, including Good Friday and Easter Monday. Between Christmas and New Year
(27 to 31 December) we open 10am to 2pm on weekdays.</p>
<h3>Parking</h3>
<p>We don't have a car park of our own. Dyke Road is in a controlled parking zone: there are pay-by-phone
visitor bays outside the office and round the corner in Buckingham Place, with a two-hour maximum stay, charged
9am to 8pm every day. The nearest car park is at Brighton Station, about eight minutes' walk away.</p>
<h3>By train and bus</h3>
<p>From Brighton station it's an eight-minute walk uphill: turn right out of the station onto Terminus Road and
keep going to the Seven Dials roundabout. Buses 27 and 77 stop at Seven Dials, a minute from our door.</p>
<h3>Access</h3>
<p>The front door has one step. Our ground-floor meeting room is step-free through the side entrance on
Buckingham Place; ring the bell and we'll let you in.</p>"""
        ),
        6,
    )
    + _col(
        """
<div class="nectar-google-map" data-dark-color-scheme="" data-ultra-flat="1" data-greyscale="1"
  data-extra-color="" data-enable-animation="false" data-enable-zoom="0" data-zoom-level="16"
  data-center-lat="50.8334" data-center-lng="-0.1461" data-marker-img="/wp-content/uploads/2023/02/pin.png">
<div class="map-marker-list"><div class="map-marker" data-lat="50.8334" data-lng="-0.1461"
  data-mapinfo="Hanover Keys, 58 Dyke Road"></div></div>
</div>"""
        + _text("<h3>Send us a message</h3>")
        + """
<div class="wpcf7 no-js" id="wpcf7-f515-p31-o1" lang="en-GB" dir="ltr">
<form action="/contact/#wpcf7-f515-p31-o1" method="post" class="wpcf7-form init" novalidate="novalidate">
<p><label>Name<br><input size="40" class="wpcf7-form-control wpcf7-text" type="text" name="your-name"></label></p>
<p><label>Email<br><input size="40" class="wpcf7-form-control wpcf7-email" type="email"
  name="your-email"></label></p>
<p><label>Message<br><textarea cols="40" rows="6" class="wpcf7-form-control wpcf7-textarea"
  name="your-message"></textarea></label></p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Send"></p>
</form>
</div>""",
        6,
        last=True,
    ),
)

# ---------------------------------------------------------------------------------------------------------
# FAQs
# ---------------------------------------------------------------------------------------------------------

_FAQS = _section(
    _col(
        _text(
            """<h2>Frequently asked questions</h2>
<p>The questions we get asked most often that don't fit neatly anywhere else.</p>"""
        )
        + _toggles(
            [
                (
                    "Which areas do you cover?",
                    "<p>All of Brighton and Hove, from Portslade in the west to Rottingdean and Saltdean in the "
                    "east, and north to Patcham, Withdean and Woodingdean.</p>",
                ),
                (
                    "Can you market my flat for sale and to let at the same time?",
                    "<p>Yes. Some owners like to see whether a sale or a let comes through first. You only pay the "
                    "fee for whichever route actually completes.</p>",
                ),
                (
                    "Do you recommend solicitors, and do you get paid for it?",
                    "<p>We can introduce you to three local conveyancing firms we trust, but you're free to use "
                    "anyone. If you use one of them, we receive a referral fee of &pound;180 inc VAT from the firm "
                    "when the sale completes. It doesn't change what you pay them.</p>",
                ),
                (
                    "Will landlords consider me if I get Universal Credit or housing benefit?",
                    "<p>Yes. Blanket &ldquo;No DSS&rdquo; policies are unlawful discrimination and we don't operate "
                    "one. Every applicant is assessed the same way on affordability, and the housing element of "
                    "Universal Credit counts towards your income. If the numbers are tight, a guarantor can "
                    "help.</p>",
                ),
                (
                    "Does my rented flat come with a parking permit?",
                    "<p>Residents' parking permits are issued by Brighton &amp; Hove City Council to the person who "
                    "lives at the address, not by us or the landlord. Apply online once you've moved in, using "
                    "your tenancy agreement as proof of address. Some central zones have waiting lists of several "
                    "months, and some newer developments are &ldquo;car-free&rdquo;, meaning residents can't get "
                    "a permit at all. We say so in the advert where we know.</p>",
                ),
                (
                    "Can I decorate or put pictures up?",
                    "<p>Ask us first. Most landlords are happy with a few picture hooks or a repaint in a neutral "
                    "colour, but we need their agreement in writing before you start.</p>",
                ),
                (
                    "Can I smoke or vape in the property?",
                    "<p>No. None of the homes we manage allow smoking or vaping indoors.</p>",
                ),
                (
                    "Do you deal with council tax for tenants?",
                    "<p>No. Tenants register with Brighton &amp; Hove City Council for council tax themselves from "
                    "the day the tenancy starts, unless the advert says bills are included.</p>",
                ),
            ]
        ),
        8,
    )
    + _col(_sidebar(_W_CALL, _W_TENANT_LINKS), 4, last=True),
)

# ---------------------------------------------------------------------------------------------------------
# The site
# ---------------------------------------------------------------------------------------------------------

HTML = {
    "/": _page(
        "/",
        "Estate &amp; Letting Agents in Brighton &amp; Hove",
        "Independent Brighton & Hove estate and letting agents specialising in flats and leasehold property.",
        "Brighton &amp; Hove's flat specialists",
        "Sales and lettings from our Seven Dials office since 2009",
        _HOME,
        "hove-seafront-regency.jpg",
    ),
    "/valuations/": _page(
        "/valuations/",
        "Free Valuation",
        "Book a free, no-obligation sales or rental valuation of your Brighton or Hove flat.",
        "Free sales &amp; rental valuations",
        "An honest figure, in writing, within two working days",
        _VALUATIONS,
    ),
    "/selling/fees/": _page(
        "/selling/fees/",
        "Selling Fees",
        "Fixed or percentage selling fees, no sale no fee, all prices including VAT.",
        "Selling fees",
        "Fixed fee or percentage: you choose",
        _FEES,
    ),
    "/selling/marketing-and-viewings/": _page(
        "/selling/marketing-and-viewings/",
        "Marketing &amp; Viewings",
        "How we market your flat, accompanied viewings, boards and feedback.",
        "Marketing &amp; viewings",
        "Photos, portals, boards and accompanied viewings",
        _MARKETING,
    ),
    "/selling/offers-and-sale-progression/": _page(
        "/selling/offers-and-sale-progression/",
        "Offers &amp; Sale Progression",
        "How offers are handled, best and final offers, and how long a flat sale takes to complete.",
        "Offers &amp; sale progression",
        "From the first offer to handing over the keys",
        _OFFERS,
    ),
    "/leasehold-flats/": _page(
        "/leasehold-flats/",
        "Selling a Leasehold Flat",
        "Lease length, management packs, service charges and share of freehold explained for flat sellers.",
        "Selling a leasehold flat",
        "Leases, management packs and service charges, explained",
        _LEASEHOLD,
        "brunswick-square.jpg",
    ),
    "/buying/": _page(
        "/buying/",
        "Buying",
        "Buying a flat in Brighton & Hove: registering, proof of funds, gifted deposits and ID checks.",
        "Buying with us",
        "What we'll need before we put your offer forward",
        _BUYING,
    ),
    "/landlords/letting-fees/": _page(
        "/landlords/letting-fees/",
        "Landlord Fees",
        "Let only, rent collection and fully managed letting fees for Brighton & Hove landlords, inc VAT.",
        "Landlord fees",
        "Let only, rent collection or fully managed",
        _LETTING_FEES,
    ),
    "/landlords/licensing-and-compliance/": _page(
        "/landlords/licensing-and-compliance/",
        "Licensing &amp; Compliance",
        "HMO, additional and selective licensing in Brighton & Hove, plus the safety checklist for every let.",
        "Licensing &amp; compliance",
        "HMOs, selective licensing and safety certificates in Brighton &amp; Hove",
        _LICENSING,
    ),
    "/tenants/fees-and-holding-deposit/": _page(
        "/tenants/fees-and-holding-deposit/",
        "Tenant Fees &amp; Holding Deposit",
        "The permitted payments tenants make under the Tenant Fees Act, and how holding deposits work.",
        "Tenant fees",
        "Everything a tenant can be asked to pay, and nothing else",
        _TENANT_FEES,
    ),
    "/tenants/applying-and-referencing/": _page(
        "/tenants/applying-and-referencing/",
        "Applying &amp; Referencing",
        "How to apply for a rental, referencing, affordability, guarantors and Right to Rent checks.",
        "Applying for a rental",
        "Referencing, affordability and guarantors",
        _APPLYING,
    ),
    "/tenants/deposits-and-pets/": _page(
        "/tenants/deposits-and-pets/",
        "Deposits &amp; Pets",
        "How your tenancy deposit is protected, and renting a flat with a pet.",
        "Deposits &amp; pets",
        "Deposit protection and renting with a pet",
        _DEPOSITS,
    ),
    "/tenants/maintenance-and-emergencies/": _page(
        "/tenants/maintenance-and-emergencies/",
        "Repairs &amp; Emergencies",
        "Report a repair, response times, out-of-hours emergencies and communal repairs in blocks.",
        "Repairs &amp; emergencies",
        "For tenants in homes we fully manage",
        _REPAIRS,
    ),
    "/tenants/end-of-tenancy/": _page(
        "/tenants/end-of-tenancy/",
        "Renewals &amp; Moving Out",
        "Tenancy renewals, giving notice, check-out and getting your deposit back.",
        "Renewals &amp; moving out",
        "Staying on, giving notice and getting your deposit back",
        _END,
    ),
    "/complaints/": _page(
        "/complaints/",
        "Complaints, Redress &amp; Client Money Protection",
        "Our complaints procedure, The Property Ombudsman and our client money protection scheme.",
        "Complaints &amp; redress",
        "How to complain, and how your money is protected",
        _COMPLAINTS,
    ),
    "/about-us/team/": _page(
        "/about-us/team/",
        "Meet the Team",
        "Meet the sales, lettings and property management team at Hanover Keys in Seven Dials.",
        "Meet the team",
        "Eight of us, if you count Biscuit",
        _TEAM,
    ),
    "/contact/": _page(
        "/contact/",
        "Contact Us",
        "Opening hours, address, parking and directions for our Seven Dials office in Brighton.",
        "Contact &amp; find us",
        "58 Dyke Road, Seven Dials, Brighton BN1 3JD",
        _CONTACT,
        "seven-dials.jpg",
    ),
    "/faqs/": _page(
        "/faqs/",
        "FAQs",
        "Answers to common questions from sellers, landlords and tenants.",
        "FAQs",
        "Quick answers to common questions",
        _FAQS,
    ),
}

QUESTIONS = [
    ("are you one of the big chains or a local firm?", "/"),
    (
        "My mum passed away in March and the solicitor says we need a valuation of her flat for probate. "
        "Is that something you can do?",
        "/valuations/",
    ),
    ("whats your fee to sell, do you do a fixed price or is it a percentage", "/selling/fees/"),
    ("If I sign up with you to sell how long am I tied in for?", "/selling/fees/"),
    (
        "I work in London all week so I'm hardly ever home. Do I have to be there when people come round to "
        "look at the flat?",
        "/selling/marketing-and-viewings/",
    ),
    (
        "can we have one of those for sale signs up outside? our flat's in a conservation area near the seafront "
        "in Hove",
        "/selling/marketing-and-viewings/",
    ),
    (
        "Two different people have offered on our flat on the same day, what happens now?",
        "/selling/offers-and-sale-progression/",
    ),
    (
        "Our lease has only got 76 years left on it. Will that put buyers off, and should we do something "
        "about it before we sell?",
        "/leasehold-flats/",
    ),
    (
        "The management company want nearly £400 for some pack before I can sell, is that normal??",
        "/leasehold-flats/",
    ),
    (
        "I'm a first time buyer and my parents are giving me part of the deposit, what do you need from them?",
        "/buying/",
    ),
    ("why do i have to pay you for checking my passport when im the buyer not the seller", "/buying/"),
    (
        "I've got a one bed flat in Kemptown I want to rent out. How much would you charge to look after "
        "everything for me?",
        "/landlords/letting-fees/",
    ),
    (
        "Do I need a licence to rent my 3 bed house to three students from Sussex uni?",
        "/landlords/licensing-and-compliance/",
    ),
    ("how often does the electrics certificate need doing on a rental", "/landlords/licensing-and-compliance/"),
    (
        "I paid the deposit to reserve a flat last week but I've found somewhere else now. Can I get it back?",
        "/tenants/fees-and-holding-deposit/",
    ),
    (
        "my flatmate is moving out and her friend is taking over her room, is there a charge to change the "
        "names on the contract",
        "/tenants/fees-and-holding-deposit/",
    ),
    (
        "I'm self employed, been trading about 18 months. What do I need to earn to rent a flat at £1,400 a month?",
        "/tenants/applying-and-referencing/",
    ),
    (
        "We're looking to rent and we've got a small dog, very well behaved, honestly. Are we allowed her in a flat?",
        "/tenants/deposits-and-pets/",
    ),
    (
        "there's water pouring through my kitchen ceiling from upstairs and it's 11pm, what do I do",
        "/tenants/maintenance-and-emergencies/",
    ),
    (
        "The buzzer for the front door of our block has been broken for a week. Who's meant to fix that?",
        "/tenants/maintenance-and-emergencies/",
    ),
    ("How long after I move out do I get my deposit back?", "/tenants/end-of-tenancy/"),
    ("If your company went bust, what happens to the rent money you're holding for me?", "/complaints/"),
    (
        "Is there a dog in your office every day? I'm really allergic and need to come in and sign something",
        "/about-us/team/",
    ),
    ("Are you open Easter Monday?", "/contact/"),
    ("I'm on universal credit, will any of your landlords even consider me", "/faqs/"),
]

OUT_OF_SCOPE = [
    "Do you manage Airbnb or holiday lets? I've got a flat in the Lanes I only use in winter",
    "Can you recommend a mortgage broker who's good with self-employed people?",
    "do you let commercial property, i've got a shop unit on London Road with a flat above",
    "Would you pay me a guaranteed rent every month even when the flat is empty?",
    "Do you sell shared ownership flats, and can I buy more shares through you?",
    "Can you book a removal van for our completion day?",
    "What time does the i360 open on a Sunday?",
    "Know any good dentists in Hove taking on NHS patients?",
]
