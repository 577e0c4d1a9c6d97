"""An evaluation site: Whitcombe & Son, a family plumbing, heating and drainage company in Swindon (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML is WordPress with the Betheme
theme and its Muffin Builder (mfn-header template, mcb-section / mcb-wrap / mcb-column / column_attr blocks,
Betheme faq accordion items, widget sidebars and a four-column footer).
"""

import itertools

NAME = "Whitcombe & Son Plumbing, Heating & Drainage"

_ids = itertools.count(0x3A1)

_MENU = [
    ("/", "Home", []),
    (
        "/boiler-servicing/",
        "Heating",
        [
            ("/boiler-servicing/", "Boiler Servicing"),
            ("/boiler-repairs/", "Boiler Repairs"),
            ("/new-boilers/", "New Boilers"),
            ("/boiler-finance/", "Boiler Finance"),
            ("/power-flushing/", "Power Flushing"),
            ("/unvented-cylinders/", "Unvented Cylinders"),
        ],
    ),
    (
        "/leaks-burst-pipes/",
        "Plumbing &amp; Drains",
        [
            ("/leaks-burst-pipes/", "Leaks &amp; Burst Pipes"),
            ("/blocked-drains/", "Blocked Drains"),
            ("/bathrooms/", "Bathroom Installations"),
        ],
    ),
    ("/landlord-gas-safety/", "Landlords", [("/landlord-gas-safety/", "Landlord Gas Safety (CP12)")]),
    (
        "/prices/",
        "Prices",
        [("/prices/", "Call-out Charges &amp; Rates"), ("/guarantees/", "Our Guarantees")],
    ),
    ("/emergency/", "Emergency", []),
    (
        "/about-us/",
        "About",
        [("/about-us/", "About Us &amp; the Team"), ("/areas-we-cover/", "Areas We Cover"), ("/faq/", "FAQ")],
    ),
    ("/contact/", "Contact", []),
]


def _nav(current):
    items = []
    for n, (href, label, children) in enumerate(_MENU, start=101):
        paths = {href} | {c for c, _ in children}
        cls = "menu-item menu-item-type-post_type menu-item-object-page"
        if children:
            cls += " menu-item-has-children mfn-megamenu-parent"
        if current in paths:
            cls += " current-menu-item current_page_item"
        sub = ""
        if children:
            lis = "\n".join(
                f'          <li class="menu-item menu-item-type-post_type menu-item-object-page'
                f'{" current-menu-item" if c == current else ""}"><a href="{c}"><span>{t}</span></a></li>'
                for c, t in children
            )
            sub = (
                f'\n        <ul class="sub-menu mfn-megamenu mfn-megamenu-{min(len(children), 4)}">\n'
                f'          <li class="menu-item mfn-megamenu-title"><a class="mfn-megamenu-title" href="#">'
                f"<span>{label}</span></a></li>\n{lis}\n        </ul>"
            )
        items.append(f'      <li id="menu-item-{n}" class="{cls}"><a href="{href}"><span>{label}</span></a>{sub}</li>')
    return "\n".join(items)


def _header(current):
    return f"""<div id="Wrapper">
<header id="mfn-header-template" class="mfn-header-tmpl mfn-header-main mfn-header-tmpl-default mfn-hasSticky">
  <div class="mcb-section mfn-header-section mcb-section-topbar">
    <div class="section_wrapper mcb-section-inner">
      <div class="mcb-wrap mcb-wrap-topbar one clearfix">
        <div class="mcb-wrap-inner">
          <div class="mcb-column mcb-item-header_icon one-second">
            <div class="mcb-column-inner">
              <span class="mfn-icon-box"><i class="icon-phone"></i>
              <a href="tel:01793612447">01793 612447</a></span>
              <span class="mfn-icon-box"><i class="icon-mail"></i>
              <a href="mailto:office@whitcombeandson.co.uk">office@whitcombeandson.co.uk</a></span>
            </div>
          </div>
          <div class="mcb-column mcb-item-header_promo_bar one-second">
            <div class="mcb-column-inner">
              <div class="promo_bar_slider"><div class="pbs_one">Gas Safe registered &middot; Family run since 1987
              &middot; Rated 4.9 on Google</div></div>
            </div>
          </div>
        </div>
      </div>
    </div>
  </div>
  <div class="mcb-section mfn-header-section mcb-section-main default-height">
    <div class="section_wrapper mcb-section-inner">
      <div class="mcb-wrap mcb-wrap-main one clearfix">
        <div class="mcb-wrap-inner">
          <div class="mcb-column mcb-item-header_logo one-fifth">
            <div class="mcb-column-inner">
              <a class="logo-wrapper" href="/" title="{NAME}">
                <img class="logo-main" src="/wp-content/uploads/2021/03/whitcombe-logo.png"
                  alt="Whitcombe &amp; Son Plumbing Heating &amp; Drainage logo" width="260" height="74">
              </a>
            </div>
          </div>
          <div class="mcb-column mcb-item-header_menu three-fifth">
            <div class="mcb-column-inner">
    <nav id="menu" class="mfn-header-menu mfn-menu-align-center" aria-label="Main menu">
    <ul id="menu-main-menu" class="menu menu-main mfn-menu-submenu-on-hover">
{_nav(current)}
    </ul>
    </nav>
              <a class="mfn-header-menu-toggle" href="#" aria-label="Open menu"><i class="icon-menu-fine"></i></a>
            </div>
          </div>
          <div class="mcb-column mcb-item-header_button one-fifth">
            <div class="mcb-column-inner">
              <a class="button button_theme button_size_2 mfn-header-cta" href="/contact/">
              <span class="button_label">Book an Engineer</span></a>
            </div>
          </div>
        </div>
      </div>
    </div>
  </div>
</header>
"""


_FOOTER = """<footer id="Footer" class="clearfix mfn-footer">
  <div class="widgets_wrapper">
    <div class="container">
      <div class="column mobile-one tablet-one-fourth one-fourth">
        <div class="mcb-column-inner">
          <aside id="text-2" class="widget widget_text">
            <h4>Whitcombe &amp; Son</h4>
            <div class="textwidget"><p>Family plumbers, heating engineers and drain specialists looking after
            homes across Swindon and north Wiltshire for three generations.</p>
            <p><img src="/wp-content/uploads/2021/03/gas-safe-logo.png" alt="Gas Safe Register" width="70">
            <img src="/wp-content/uploads/2021/03/which-trusted-trader.png" alt="Which? Trusted Trader"
            width="90"></p></div>
          </aside>
        </div>
      </div>
      <div class="column mobile-one tablet-one-fourth one-fourth">
        <div class="mcb-column-inner">
          <aside id="nav_menu-3" class="widget widget_nav_menu">
            <h4>Quick links</h4>
            <div class="menu-footer-container"><ul id="menu-footer" class="menu">
              <li class="menu-item"><a href="/boiler-servicing/">Boiler servicing</a></li>
              <li class="menu-item"><a href="/new-boilers/">New boilers</a></li>
              <li class="menu-item"><a href="/landlord-gas-safety/">Landlord certificates</a></li>
              <li class="menu-item"><a href="/blocked-drains/">Blocked drains</a></li>
              <li class="menu-item"><a href="/prices/">Prices</a></li>
              <li class="menu-item"><a href="/faq/">FAQ</a></li>
            </ul></div>
          </aside>
        </div>
      </div>
      <div class="column mobile-one tablet-one-fourth one-fourth">
        <div class="mcb-column-inner">
          <aside id="custom_html-4" class="widget_text widget widget_custom_html">
            <h4>Get in touch</h4>
            <div class="textwidget custom-html-widget">
              <p><i class="icon-location"></i> Unit 7, Kembrey Park, Swindon SN2 8UY</p>
              <p><i class="icon-phone"></i> <a href="tel:01793612447">01793 612447</a></p>
              <p><i class="icon-mail"></i>
              <a href="mailto:office@whitcombeandson.co.uk">office@whitcombeandson.co.uk</a></p>
            </div>
          </aside>
        </div>
      </div>
      <div class="column mobile-one tablet-one-fourth one-fourth">
        <div class="mcb-column-inner">
          <aside id="custom_html-5" class="widget_text widget widget_custom_html">
            <h4>Office hours</h4>
            <div class="textwidget custom-html-widget">
              <p>Mon&ndash;Fri 8am&ndash;5.30pm<br>Saturday 8am&ndash;12pm<br>
              Emergency line evenings, weekends &amp; bank holidays</p>
              <ul class="social">
                <li class="facebook"><a href="https://www.facebook.com/whitcombeandson" target="_blank"
                  rel="noopener" aria-label="Facebook"><i class="icon-facebook"></i></a></li>
                <li class="instagram"><a href="https://www.instagram.com/whitcombeandson/" target="_blank"
                  rel="noopener" aria-label="Instagram"><i class="icon-instagram"></i></a></li>
                <li class="twitter"><a href="https://x.com/whitcombeandson" target="_blank"
                  rel="noopener" aria-label="X"><i class="icon-x-twitter"></i></a></li>
              </ul>
            </div>
          </aside>
        </div>
      </div>
    </div>
  </div>
  <div class="footer_copy">
    <div class="container">
      <div class="column one mobile-one">
        <div class="mcb-column-inner">
          <a id="back_to_top" class="footer_button" href="#"><i class="icon-up-open-big"></i></a>
          <div class="copyright">&copy; 2024 Whitcombe &amp; Son (Plumbing &amp; Heating) Ltd. Registered in
          England No. 04418832. VAT No. 781 2249 06.</div>
          <ul class="social"></ul>
        </div>
      </div>
    </div>
  </div>
</footer>
</div><!-- #Wrapper -->
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom"
  aria-label="Cookie Notice">
  <div class="cookie-notice-container">
    <span id="cn-notice-text" class="cn-text-container">We use cookies to make this website work and to see
    which pages are useful. You can accept them or carry on without the optional ones.</span>
    <span id="cn-notice-buttons" class="cn-buttons-container">
      <a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button">Accept</a>
      <a href="#" id="cn-refuse-cookie" data-cookie-set="refuse" class="cn-set-cookie cn-button">Reject</a>
    </span>
    <span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="No"></span>
  </div>
</div>
<a class="mfn-sticky-call" href="tel:01793612447">Call us</a>
"""

_SIDEBAR = """<div class="mcb-sidebar sidebar sidebar-1 four columns">
  <div class="widget-area">
    <div class="inner-wrapper-sticky clearfix">
      <aside id="nav_menu-6" class="widget widget_nav_menu">
        <h3>Our services</h3>
        <div class="menu-services-container"><ul id="menu-services" class="menu">
          <li class="menu-item"><a href="/boiler-servicing/">Boiler servicing</a></li>
          <li class="menu-item"><a href="/boiler-repairs/">Boiler repairs</a></li>
          <li class="menu-item"><a href="/new-boilers/">New boilers</a></li>
          <li class="menu-item"><a href="/power-flushing/">Power flushing</a></li>
          <li class="menu-item"><a href="/unvented-cylinders/">Unvented cylinders</a></li>
          <li class="menu-item"><a href="/leaks-burst-pipes/">Leaks &amp; burst pipes</a></li>
          <li class="menu-item"><a href="/blocked-drains/">Blocked drains</a></li>
          <li class="menu-item"><a href="/bathrooms/">Bathrooms</a></li>
          <li class="menu-item"><a href="/landlord-gas-safety/">Landlord gas safety</a></li>
        </ul></div>
      </aside>
      <aside id="custom_html-7" class="widget_text widget widget_custom_html">
        <div class="textwidget custom-html-widget">
          <div class="get_in_touch" style="background-color:#0b3b60">
            <h3>Need an engineer?</h3>
            <p>Speak to Lucy or Sam in the office and we'll find you a slot.</p>
            <a class="button button_full_width" href="/contact/"><span class="button_label">Book now</span></a>
          </div>
        </div>
      </aside>
      <aside id="text-8" class="widget widget_text">
        <h3>What customers say</h3>
        <div class="textwidget"><blockquote>&ldquo;Turned up when they said, explained everything and left
        the place cleaner than they found it.&rdquo;<br><em>&ndash; Helen, Wroughton</em></blockquote></div>
      </aside>
    </div>
  </div>
</div>
"""


def _col(html, width="one"):
    i = f"{next(_ids):x}"
    sizes = f"{width} laptop-{width} tablet-{width} mobile-one"
    return f"""        <div class="column mcb-column mcb-item-{i} {sizes} column_column">
          <div class="mcb-column-inner mfn-module-wrapper mcb-column-inner-{i} mcb-item-column-inner">
            <div class="column_attr mfn-inline-editor clearfix" style="">
{html}
            </div>
          </div>
        </div>
"""


def _heading(text, sub=""):
    i = f"{next(_ids):x}"
    subline = f'\n              <p class="mfn-subheading">{sub}</p>' if sub else ""
    return f"""        <div class="column mcb-column mcb-item-{i} one laptop-one tablet-one mobile-one column_heading">
          <div class="mcb-column-inner mfn-module-wrapper mcb-column-inner-{i} mcb-item-heading-inner">
            <h2 class="title">{text}</h2>{subline}
          </div>
        </div>
"""


def _section(*columns, cls="", style=""):
    s = f"{next(_ids):x}"
    w = f"{next(_ids):x}"
    inner = "".join(columns)
    return f"""<section class="section mcb-section mfn-default-section mcb-section-{s} {cls}" style="{style}">
  <div class="mcb-background-overlay"></div>
  <div class="section_wrapper mfn-wrapper-for-wraps mcb-section-inner mcb-section-inner-{s}">
    <div class="wrap mcb-wrap mcb-wrap-{w} one tablet-one laptop-one mobile-one clearfix" data-desktop-col="one">
      <div class="mcb-wrap-inner mcb-wrap-inner-{w} mfn-module-wrapper mfn-wrapper-for-wraps">
{inner}      </div>
    </div>
  </div>
</section>
"""


def _cta(title, text, label="Book now", href="/contact/"):
    return _section(
        _col(
            f"""              <div class="call_to_action">
                <div class="call_to_action_wrapper">
                  <div class="call_left"><h3>{title}</h3></div>
                  <div class="call_center"><a class="button button_theme" href="{href}">
                    <span class="button_label">{label}</span></a></div>
                  <div class="call_right"><div class="call_to_action_text">{text}</div></div>
                </div>
              </div>"""
        ),
        cls="dark bg-cover cta-strip",
        style="background-color:#0b3b60",
    )


def _subheader(title, crumbs):
    return f"""<div id="Subheader" style="">
  <div class="container">
    <div class="column one">
      <h1 class="title">{title}</h1>
      <ul class="breadcrumbs no-link">
        <li><a href="/">Home</a> <span><i class="icon-right-open"></i></span></li>
        <li>{crumbs}</li>
      </ul>
    </div>
  </div>
</div>
"""


def _page(path, title, description, body, sidebar=False, heading=None):
    cls = "with_aside aside_right" if sidebar else "template-default"
    content = f"""<div id="Content" role="main">
  <div class="content_wrapper clearfix">
    <main class="sections_group">
      <div class="entry-content" itemprop="mainContentOfPage">
        <div class="mfn-builder-content mfn-default-content-buider">
{body}
        </div>
      </div>
    </main>
{_SIDEBAR if sidebar else ""}  </div>
</div>
"""
    sub = "" if path == "/" else _subheader(heading or title, heading or title)
    full_title = f"{NAME}" if path == "/" else f"{title} | Whitcombe &amp; Son"
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{full_title}</title>
<meta name="description" content="{description}">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://www.whitcombeandson.co.uk{path}">
<meta property="og:locale" content="en_GB">
<meta property="og:type" content="website">
<meta property="og:title" content="{full_title}">
<meta property="og:site_name" content="Whitcombe &amp; Son">
<link rel="icon" href="/wp-content/uploads/2021/03/cropped-favicon-32x32.png" sizes="32x32">
<link rel="stylesheet" id="mfn-be-css" href="/wp-content/themes/betheme/css/be.css?ver=27.2.3" media="all">
<link rel="stylesheet" id="mfn-animations-css" href="/wp-content/themes/betheme/assets/animations/animations.min.css"
  media="all">
<link rel="stylesheet" id="mfn-font-awesome-css" href="/wp-content/themes/betheme/fonts/fontawesome/fontawesome.css"
  media="all">
<link rel="stylesheet" id="mfn-responsive-css" href="/wp-content/themes/betheme/css/responsive.css?ver=27.2.3"
  media="all">
<link rel="stylesheet" id="cookie-notice-front-css"
  href="/wp-content/plugins/cookie-notice/css/front.min.css?ver=2.4.16" media="all">
<link rel="stylesheet" id="mfn-local-styles-css" href="/wp-content/uploads/betheme/css/post-{next(_ids)}.css"
  media="all">
<link rel="stylesheet" id="style-css" href="/wp-content/themes/betheme-child/style.css?ver=6.4.3" media="all">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7WS2K9PLM3"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}
gtag('js',new Date());gtag('config','G-7WS2K9PLM3');</script>
</head>
<body class="page-template-default page {cls} color-custom content-brightness-light input-brightness-light
 style-default button-animation-fade layout-full-width header-template mfn-header-template">
{_header(path)}{sub}{content}{_FOOTER}</body>
</html>
"""


_TESTIMONIALS = _section(
    _heading("What our customers say", "Over 600 reviews on Google, averaging 4.9 stars"),
    _col(
        """              <div class="testimonials_slider single-photo">
                <ul class="testimonials_slider_ul">
                  <li>
                    <div class="bq_wrapper"><blockquote>Boiler packed up on a Friday night with two little ones
                    in the house. Dan was here first thing Saturday, had the part on the van and we were warm
                    again by lunchtime. Can't recommend them enough.</blockquote></div>
                    <div class="hr_dots"><span></span><span></span><span></span></div>
                    <div class="author"><h5>Sarah M.</h5><span class="company">Stratton St Margaret</span></div>
                  </li>
                  <li>
                    <div class="bq_wrapper"><blockquote>They've done the gas certificates on my four rentals for
                    years. Tenants get contacted directly and the certificates land in my inbox the same day.
                    </blockquote></div>
                    <div class="hr_dots"><span></span><span></span><span></span></div>
                    <div class="author"><h5>Raj P.</h5><span class="company">Landlord, Old Town</span></div>
                  </li>
                  <li>
                    <div class="bq_wrapper"><blockquote>New bathroom fitted in nine days, tidy every evening,
                    and Priya's tiling is spot on. Lucy in the office kept us updated the whole way
                    through.</blockquote></div>
                    <div class="hr_dots"><span></span><span></span><span></span></div>
                    <div class="author"><h5>Geoff &amp; Anne T.</h5><span class="company">Highworth</span></div>
                  </li>
                </ul>
                <div class="slider_pager slider_pagination"></div>
              </div>"""
    ),
    cls="testimonials-section",
    style="background-color:#f3f6f9",
)

HOME = (
    _section(
        _col(
            """              <div class="mfn-hero">
                <h1>Plumbing, heating &amp; drainage you can rely on</h1>
                <h4>Family run in Swindon since 1987 &ndash; boilers, bathrooms, leaks and drains sorted by
                people who answer their own phone.</h4>
                <a class="button button_size_3 button_theme" href="/contact/"><span class="button_label">Book an
                engineer</span></a>
                <a class="button button_size_3" href="/emergency/"><span class="button_label">Emergency?
                Click here</span></a>
              </div>"""
        ),
        cls="full-width hero-section dark",
        style="background-image:url(/wp-content/uploads/2021/03/van-hero.jpg);background-size:cover",
    )
    + _section(
        _heading("Hello, we're Whitcombe &amp; Son"),
        _col(
            """              <p>We're a proper family firm. Graham Whitcombe started out with one van and a
              toolbox in 1987, his son Dan runs the business today, and Dan's sister Lucy keeps the office (and
              the rest of us) in order. We're not a call centre and we don't sell your details on &ndash; when
              you ring, you'll speak to someone who knows the engineers by name and knows the roads round
              here.</p>
              <p>Most of our work comes from people who've used us before or been recommended by a neighbour.
              We look after everything from a dripping tap to a full heating system, and we'd rather tell you
              honestly that a repair isn't worth doing than sell you something you don't need.</p>""",
            "two-third",
        ),
        _col(
            """              <div class="icon_box icon_position_left has_border">
                <div class="image_wrapper"><i class="icon-check"></i></div>
                <div class="desc_wrapper"><h4 class="title">Gas Safe registered engineers</h4></div>
              </div>
              <div class="icon_box icon_position_left has_border">
                <div class="image_wrapper"><i class="icon-check"></i></div>
                <div class="desc_wrapper"><h4 class="title">Fixed quotes before we start</h4></div>
              </div>
              <div class="icon_box icon_position_left has_border">
                <div class="image_wrapper"><i class="icon-check"></i></div>
                <div class="desc_wrapper"><h4 class="title">Clean, tidy and on time</h4></div>
              </div>""",
            "one-third",
        ),
    )
    + _section(
        _heading("What we do"),
        _col(
            """              <div class="feature_list"><ul>
                <li><a href="/boiler-servicing/"><i class="icon-fire"></i><p>Boiler servicing</p></a></li>
                <li><a href="/boiler-repairs/"><i class="icon-wrench"></i><p>Boiler breakdowns &amp; repairs</p>
                </a></li>
                <li><a href="/new-boilers/"><i class="icon-home"></i><p>New boilers, with finance
                available</p></a></li>
                <li><a href="/landlord-gas-safety/"><i class="icon-doc-text"></i><p>Landlord gas safety
                certificates</p></a></li>
                <li><a href="/leaks-burst-pipes/"><i class="icon-water"></i><p>Leaks &amp; burst pipes</p>
                </a></li>
                <li><a href="/blocked-drains/"><i class="icon-cog"></i><p>Blocked drains &amp; CCTV
                surveys</p></a></li>
                <li><a href="/bathrooms/"><i class="icon-bath"></i><p>Bathroom design &amp; installation</p>
                </a></li>
                <li><a href="/power-flushing/"><i class="icon-arrows-ccw"></i><p>Power flushing</p></a></li>
                <li><a href="/unvented-cylinders/"><i class="icon-thermometer"></i><p>Unvented hot water
                cylinders</p></a></li>
              </ul></div>"""
        ),
    )
    + _TESTIMONIALS
    + _cta(
        "Boiler on its last legs?",
        "Get a free, no-obligation quote for a new boiler, with spread-the-cost finance options.",
        "Get a quote",
        "/new-boilers/",
    )
)

SERVICING = _section(
    _heading("Annual boiler servicing", "Keep it safe, efficient and under warranty"),
    _col(
        """              <p>A boiler that's serviced every year breaks down less, burns less gas and, most
              importantly, is checked for carbon monoxide safety. Our Gas Safe engineers service all the main
              makes of gas and LPG boiler &ndash; Worcester Bosch, Vaillant, Baxi, Ideal, Viessmann, Glow-worm,
              Potterton and more.</p>
              <h3>What a service includes</h3>
              <ul>
                <li>Visual check of the boiler, flue and terminal, and the area around it</li>
                <li>Flue gas analysis with a calibrated analyser to check combustion and CO levels</li>
                <li>Removing the case and inspecting the burner, heat exchanger, seals and electrodes</li>
                <li>Cleaning the condensate trap and checking the condensate pipe runs correctly</li>
                <li>Checking the gas pressure and working pressure, and the expansion vessel charge</li>
                <li>Testing the safety devices and controls</li>
                <li>Filling in the service record in your Benchmark logbook and leaving a written report</li>
              </ul>
              <p>A typical service takes 45 minutes to an hour. If we find a fault we'll tell you what it is
              and give you a price to fix it before doing anything.</p>
              <h3>Service prices</h3>
              <table class="tablepress">
                <thead><tr><th>Service</th><th>Price (inc. VAT)</th></tr></thead>
                <tbody>
                  <tr><td>Gas boiler service</td><td>&pound;95</td></tr>
                  <tr><td>LPG boiler service</td><td>&pound;110</td></tr>
                  <tr><td>Gas fire service (on its own)</td><td>&pound;75</td></tr>
                  <tr><td>Boiler and gas fire serviced on the same visit</td><td>&pound;140</td></tr>
                </tbody>
              </table>
              <h3>Servicing and your warranty</h3>
              <p>Every manufacturer's warranty we know of requires the boiler to be serviced every 12 months
              by a Gas Safe engineer, starting from the first anniversary of installation. Miss a year and the
              manufacturer can refuse a free repair &ndash; even if the boiler is only two or three years old.
              We stamp the logbook every time, and we'll text you a reminder 11 months after your last
              service so you don't have to remember.</p>
              <h3>HomeCare plan</h3>
              <p>For &pound;12.50 a month you can spread the cost and get a bit extra: your annual service
              included, no call-out charge on breakdowns, priority booking in winter and 10% off labour on
              any repairs. Minimum term 12 months, then cancel any time with a month's notice.</p>"""
    ),
    _col(
        """              <p><a class="button button_theme" href="/contact/"><span class="button_label">Book a
              service</span></a></p>"""
    ),
)

REPAIRS = _section(
    _heading("Boiler breakdowns &amp; repairs", "Most faults fixed on the first visit"),
    _col(
        """              <p>No heating, no hot water, a boiler that keeps locking out or a pressure gauge that
              won't stay up &ndash; our engineers diagnose and repair every major make of gas boiler. Our vans
              carry the parts that fail most often (diverter valves, fans, PCBs for the common Worcester and
              Vaillant models, pumps, pressure sensors and ignition leads), so around three quarters of
              repairs are finished on the first visit. Where we need a part ordering, our local merchants
              usually have it to us the next working day.</p>
              <h3>How it works</h3>
              <ol>
                <li>The engineer finds the fault, tells you what's wrong and gives you a fixed price for the
                repair before going any further.</li>
                <li>If you're happy, we fix it there and then or book the return visit for when the part
                arrives.</li>
                <li>If the boiler is over 15 years old, or the parts are no longer made, we'll be straight
                with you about whether a repair is worth the money.</li>
              </ol>
              <h3>Common problems we see</h3>
              <ul>
                <li><strong>Losing pressure</strong> &ndash; usually a leak on the system or a failed
                expansion vessel or pressure relief valve.</li>
                <li><strong>Fault codes and lockouts</strong> &ndash; ignition faults, fan faults, overheat
                lockouts.</li>
                <li><strong>Heating works but no hot water</strong> (or the other way round) &ndash; often a
                diverter valve or motorised valve.</li>
                <li><strong>Banging, whistling or gurgling</strong> &ndash; air, sludge or a pump on its way
                out.</li>
              </ul>
              <h3>Frozen condensate pipe</h3>
              <p>In a cold snap the most common call we get is a condensing boiler showing a fault because
              the plastic condensate pipe outside has frozen. You can often fix this yourself: find the
              white or grey plastic pipe coming from the boiler and going outside to a drain, and pour warm
              (not boiling) water from a kettle or watering can slowly along the outside section until it
              thaws. Then reset the boiler. If it locks out again, give us a call.</p>
              <p>We don't work on warm air heating units. Back boilers behind gas fires can be made safe,
              but we'd normally recommend replacing rather than repairing them.</p>"""
    ),
)

NEW_BOILERS = _section(
    _heading("New boiler installation", "Worcester Bosch and Vaillant accredited installers"),
    _col(
        """              <p>We fit around 300 boilers a year, almost all Worcester Bosch Greenstar and Vaillant
              ecoTEC models. Because we're accredited installers for both, we can offer longer manufacturer
              warranties than a standard installer &ndash; see our <a href="/guarantees/">guarantees page</a>
              for what's covered.</p>
              <h3>Free survey and fixed quote</h3>
              <p>Every installation starts with a free survey. Either Dan or Marcus comes out (about 45
              minutes) or, for a simple like-for-like swap, you can send photos of the boiler, the flue
              outside and the pipes underneath by WhatsApp and we'll quote from those. The quote is fixed and
              written, and it's valid for 30 days.</p>
              <h3>Guide prices</h3>
              <table class="tablepress">
                <thead><tr><th>Installation</th><th>Typical price (inc. VAT)</th></tr></thead>
                <tbody>
                  <tr><td>Combi to combi swap, same position (Worcester Greenstar 4000 25kW)</td>
                  <td>&pound;2,695</td></tr>
                  <tr><td>Combi to combi swap, same position (Vaillant ecoTEC plus 832)</td>
                  <td>&pound;2,850</td></tr>
                  <tr><td>Budget combi swap, same position (Ideal Logic Max)</td><td>from &pound;2,395</td></tr>
                  <tr><td>Conversion from a tank-fed system to a combi, incl. removing loft tanks</td>
                  <td>from &pound;3,450</td></tr>
                  <tr><td>System boiler with new unvented cylinder</td><td>from &pound;3,900</td></tr>
                  <tr><td>Moving the boiler to a new position</td><td>add from &pound;450</td></tr>
                </tbody>
              </table>
              <p>Every price includes taking away and recycling the old boiler, a chemical clean of the
              system, a magnetic filter, inhibitor, a new programmable thermostat, registering the job with
              Gas Safe for Building Regulations and registering the warranty for you.</p>
              <h3>How long does it take?</h3>
              <p>A straight swap in the same place is done in one day &ndash; we start at 8am and your heating
              and hot water are normally back on by late afternoon. Conversions and moves take two to three
              days; where that's the case we leave you with hot water overnight wherever we can, and we can
              lend you electric heaters in winter.</p>
              <h3>Booking your install</h3>
              <p>We take a 10% deposit to secure your installation date, with the balance due on the day
              we finish. Installation dates are usually two to three weeks from acceptance. If you'd rather
              spread the cost, have a look at <a href="/boiler-finance/">boiler finance</a>.</p>
              <p>We only fit boilers we supply ourselves &ndash; we can't fit a boiler you've bought
              online.</p>"""
    ),
) + _cta("Ready for a quote?", "Free survey, fixed price, no pushy sales.", "Book my free survey")

FINANCE = _section(
    _heading("Boiler finance", "Spread the cost of a new boiler or bathroom"),
    _col(
        """              <p>A new boiler is rarely something you've planned for. If you'd rather not pay it all
              in one go, we can offer finance on new boiler installations and bathroom installations costing
              &pound;1,000 or more. Finance isn't available for repairs, servicing or other jobs.</p>
              <h3>Two ways to pay</h3>
              <table class="tablepress">
                <thead><tr><th>Option</th><th>Term</th><th>Interest</th><th>Deposit</th></tr></thead>
                <tbody>
                  <tr><td>Interest free credit</td><td>12 months</td><td>0% APR</td>
                  <td>10% minimum</td></tr>
                  <tr><td>Low rate finance</td><td>2 to 10 years</td><td>9.9% APR representative</td>
                  <td>from 0%, up to 50%</td></tr>
                </tbody>
              </table>
              <h3>Representative example</h3>
              <p>Cash price &pound;3,000. Deposit &pound;300. Amount of credit &pound;2,700 over 60 months at
              &pound;56.68 a month. Fixed interest rate 9.48% a year. Representative 9.9% APR. Total amount
              payable &pound;3,700.80.</p>
              <p>Interest free example: cash price &pound;3,000, deposit &pound;300, then 12 monthly
              payments of &pound;225. Total payable &pound;3,000.</p>
              <h3>Who can apply?</h3>
              <ul>
                <li>You must be 18 or over and have lived in the UK for at least three years</li>
                <li>You need a regular income &ndash; employed, self-employed or retired with a pension</li>
                <li>You must own the property the work is being done on</li>
              </ul>
              <h3>Will it affect my credit score?</h3>
              <p>Checking whether you're likely to be accepted uses a soft search, which doesn't show to
              other lenders and won't affect your credit score. Only when you go ahead and make the full
              application does the lender carry out a full credit check, which will appear on your credit
              file. Most people get a decision within a few minutes, online, and you can settle the
              balance early at any time without a penalty.</p>
              <p class="small">Whitcombe &amp; Son (Plumbing &amp; Heating) Ltd is a credit broker, not a
              lender, and is authorised and regulated by the Financial Conduct Authority (FRN 913274).
              Finance is provided by Kandu Consumer Finance Ltd, subject to status. We may receive a
              commission from the lender.</p>"""
    ),
)

LANDLORD = _section(
    _heading("Landlord gas safety certificates (CP12)", "For private landlords, letting agents and housing"),
    _col(
        """              <p>If you let out a property with gas appliances, the law says every appliance, flue and
              the pipework must be checked by a Gas Safe registered engineer every 12 months, and your tenant
              needs a copy of the record within 28 days of the check. We carry out hundreds of these a year
              for private landlords and local letting agents across the Swindon area.</p>
              <h3>Prices</h3>
              <table class="tablepress">
                <thead><tr><th>Landlord service</th><th>Price (inc. VAT)</th></tr></thead>
                <tbody>
                  <tr><td>Gas safety certificate, up to 2 appliances (e.g. boiler and hob)</td>
                  <td>&pound;70</td></tr>
                  <tr><td>Each additional appliance</td><td>&pound;15</td></tr>
                  <tr><td>Gas safety certificate and boiler service together</td><td>&pound;130</td></tr>
                  <tr><td>Collecting keys from a letting agent in Swindon</td><td>No charge</td></tr>
                </tbody>
              </table>
              <h3>How it works</h3>
              <ul>
                <li>Give us the tenant's name and phone number and we'll arrange a time with them directly,
                so you don't have to play piggy in the middle.</li>
                <li>Your certificate is emailed to you as a PDF on the day of the check, and to the tenant
                too if you'd like.</li>
                <li>If an appliance fails, we'll explain why, make it safe and send you a quote for the
                repair the same day.</li>
                <li>We'll remind you ten months later so the next one doesn't slip.</li>
              </ul>
              <h3>Renewing early without losing your date</h3>
              <p>You can have the next check done any time in the two months before the current
              certificate runs out and keep the original expiry date &ndash; so a certificate due at the end
              of June can be renewed in May and the new one still runs to the end of June the following year.
              Any earlier than two months and the 12 months starts again from the date of the new check.</p>
              <p>We can also invoice letting agents and landlords with several properties monthly, on
              14-day terms.</p>"""
    ),
)

LEAKS = _section(
    _heading("Leaks &amp; burst pipes", "What to do right now, and how we can help"),
    _col(
        """              <div class="alert alert_warning"><div class="alert_icon"><i class="icon-alert"></i></div>
              <div class="alert_wrapper"><strong>Water pouring through? Do these things first:</strong>
              <ol>
                <li>Turn off the water at the stopcock. It's usually under the kitchen sink, but can be in
                a downstairs toilet, under the stairs or where the pipe comes up through the floor. Turn it
                clockwise.</li>
                <li>If water is near sockets, light fittings or the consumer unit, switch the electricity
                off at the fuse box &ndash; and don't touch anything electrical that's wet.</li>
                <li>Switch off the boiler and any immersion heater.</li>
                <li>Open the cold taps in the kitchen and bathroom to drain the pipes down, and flush the
                toilets.</li>
                <li>If water is coming through a ceiling that's bulging, put a bucket underneath and keep
                out of the room.</li>
              </ol></div></div>
              <p>Then give us a ring. During working hours we'll get someone to you as quickly as we can,
              and outside office hours our <a href="/emergency/">emergency service</a> covers major
              leaks.</p>
              <h3>Everyday leaks</h3>
              <p>Dripping taps, leaking toilet cisterns that never stop running, weeping radiator valves,
              leaking waste pipes under sinks and baths &ndash; these are charged at our normal
              <a href="/prices/">hourly rates</a> and most are sorted in under an hour.</p>
              <h3>Hidden leaks &ndash; trace and access</h3>
              <p>If your water meter keeps turning with everything off, your boiler pressure keeps dropping,
              or there's a damp patch with no obvious cause, the leak may be under a floor or inside a wall.
              Our leak detection service uses thermal imaging, acoustic listening and tracer gas to find it
              with as little damage as possible. A leak detection visit is a fixed &pound;295, including a
              written report with photos that you can send to your insurer &ndash; many home insurance
              policies pay for trace and access, so check yours.</p>
              <h3>Leaks outside your home</h3>
              <p>A leak on the supply pipe between the boundary of your property and the water main is the
              water company's responsibility, not yours &ndash; in Swindon that's Thames Water, and they'll
              fix it for free. The pipe from your boundary to the house is yours, and we can repair or
              replace it.</p>"""
    ),
)

DRAINS = _section(
    _heading("Blocked drains", "Toilets, sinks, showers and outside drains"),
    _col(
        """              <p>Jason and the drainage team clear blocked toilets, sinks, baths, showers and outside
              drains and gullies. Signs you've got a blockage further down the line: water backing up in the
              toilet or shower tray, gurgling plugholes, a bad smell outside, or an inspection chamber (the
              cover on your drive or garden) that's full of water.</p>
              <h3>Drain prices</h3>
              <table class="tablepress">
                <thead><tr><th>Drainage service</th><th>Price (inc. VAT)</th></tr></thead>
                <tbody>
                  <tr><td>Blocked drain, toilet or sink cleared (working hours, up to 1 hour)</td>
                  <td>&pound;120 fixed</td></tr>
                  <tr><td>High pressure water jetting, where rods won't shift it</td><td>&pound;180</td></tr>
                  <tr><td>CCTV drain survey with written report and video</td><td>&pound;225</td></tr>
                  <tr><td>Drain root cutting or patch repair</td><td>quoted after a survey</td></tr>
                </tbody>
              </table>
              <p>Standard blockages are no fix, no fee: if we can't clear it, you don't pay for the
              attempt. Out-of-hours drain calls are charged at our <a href="/emergency/">emergency
              rates</a>.</p>
              <h3>Is the blockage mine or the water company's?</h3>
              <p>Since October 2011, sewers and lateral drains that are shared with a neighbour, or that run
              outside your property boundary, belong to the water company. If the blockage is in a pipe that
              only serves your home and is inside your boundary, it's yours to sort. If it's in a shared
              pipe, or beyond your boundary, Thames Water will clear it free of charge &ndash; ring them
              first. If you're not sure, our engineer can lift the covers and tell you whose problem it
              is.</p>
              <h3>Keep your drains flowing</h3>
              <ul>
                <li>Don't pour fat, oil or grease down the sink &ndash; let it set and bin it.</li>
                <li>Only flush the three Ps. &ldquo;Flushable&rdquo; wet wipes are the number one cause of the
                blockages we clear.</li>
                <li>Fit hair catchers in showers and baths.</li>
              </ul>"""
    ),
)

BATHROOMS = _section(
    _heading("Bathroom design &amp; installation", "From a new suite to a complete walk-in shower room"),
    _col(
        """              <p>We've been fitting bathrooms for over twenty years. One team does the lot &ndash;
              stripping out, plumbing, plastering, tiling, flooring and the finishing touches &ndash; so you
              aren't chasing three different trades. Any electrical work (extractor fans, lighting, shaver
              points) is done by our regular NICEIC-registered electrician and certified.</p>
              <h3>How it works</h3>
              <ol>
                <li><strong>Free design visit.</strong> We measure up, talk through what you'd like and what
                will fit, and send you a drawing and fixed quote within a week.</li>
                <li><strong>Choose your suite.</strong> You can choose from our trade suppliers with our trade
                discount, or visit our partner showroom, Swindon Bathroom Centre on Cheney Manor Road.</li>
                <li><strong>Installation.</strong> A typical family bathroom takes 7 to 10 working days,
                an en-suite 5 to 7.</li>
              </ol>
              <h3>Guide prices</h3>
              <table class="tablepress">
                <thead><tr><th>Project</th><th>Typical price (inc. VAT)</th></tr></thead>
                <tbody>
                  <tr><td>Complete family bathroom, supply and fit</td><td>from &pound;6,500</td></tr>
                  <tr><td>En-suite shower room, supply and fit</td><td>from &pound;4,800</td></tr>
                  <tr><td>Wet room or level-access shower room</td><td>from &pound;8,500</td></tr>
                  <tr><td>Fitting only, using a suite you've bought yourself</td><td>from &pound;4,200</td></tr>
                </tbody>
              </table>
              <p>Prices include removing and disposing of your old suite and tiles (we supply the skip).
              Yes, we're happy to fit a suite you've bought yourself online or elsewhere &ndash; we just ask
              that everything is delivered and checked for damage before we start, as we can't be held
              responsible for missing or faulty items.</p>
              <h3>Only got the one toilet?</h3>
              <p>Don't worry. If the bathroom is your only toilet, we'll reconnect it at the end of every
              working day so you're never without one overnight, and we'll keep the time without a working
              shower to as few days as possible.</p>
              <h3>Accessible bathrooms</h3>
              <p>We fit level-access showers, shower seats, grab rails and comfort-height toilets for older
              or less mobile customers, and we're used to working with occupational therapists on Disabled
              Facilities Grant jobs.</p>
              <p>We take a 25% deposit to book your bathroom installation, with stage payments agreed in your
              quote.</p>"""
    ),
) + _cta("Dreaming of a new bathroom?", "Book your free design visit today.", "Book a design visit")

FLUSHING = _section(
    _heading("Power flushing", "Get your radiators hot again"),
    _col(
        """              <p>Over the years, rust and sludge (magnetite) build up inside radiators and pipes. The
              water can't circulate properly, the boiler works harder and your gas bills creep up. A power
              flush pumps water and cleaning chemicals through the system at high flow to shift the sludge,
              then flushes it all out with clean water.</p>
              <h3>Signs you might need one</h3>
              <ul>
                <li>Radiators that are hot at the top but cold at the bottom</li>
                <li>A boiler that makes a kettling, rumbling or banging noise</li>
                <li>Black or brown water when you bleed a radiator</li>
                <li>Rooms that take ages to warm up, or a new boiler being fitted onto an old system</li>
              </ul>
              <h3>Power flush prices</h3>
              <table class="tablepress">
                <thead><tr><th>Number of radiators</th><th>Price (inc. VAT)</th></tr></thead>
                <tbody>
                  <tr><td>Up to 8 radiators</td><td>&pound;395</td></tr>
                  <tr><td>9 to 12 radiators</td><td>&pound;450</td></tr>
                  <tr><td>13 to 16 radiators</td><td>&pound;520</td></tr>
                  <tr><td>Each radiator over 16</td><td>add &pound;25</td></tr>
                  <tr><td>Magnetic filter, if you don't already have one</td><td>add &pound;110</td></tr>
                </tbody>
              </table>
              <p>The price includes cleaning chemicals, inhibitor to protect the system afterwards, balancing
              the radiators and a before-and-after water test. A power flush takes most of a day, usually
              six to eight hours, and the heating is off while we work.</p>
              <h3>Older systems</h3>
              <p>On very old systems the sludge is sometimes the only thing holding a corroded radiator
              together. We check everything beforehand and will tell you if we think a radiator is likely to
              weep, but we can't be responsible for leaks from radiators or valves that were already
              corroded. Where a system is in poor shape, we may suggest replacing the worst radiators at
              the same time.</p>"""
    ),
)

UNVENTED = _section(
    _heading("Unvented hot water cylinders", "G3 qualified installation, servicing and repair"),
    _col(
        """              <p>An unvented cylinder (Megaflo, Gledhill, Joule, Telford and others) stores hot water
              at mains pressure, which is why the showers are so good. Because it's a pressurised vessel,
              only an engineer with a G3 unvented qualification should install or work on one &ndash; Dan,
              Marcus and Priya all hold it.</p>
              <h3>Annual service</h3>
              <p>Manufacturers ask for an unvented cylinder to be serviced every year. We check and test the
              pressure and temperature relief valve, the expansion relief valve, the expansion vessel or air
              bubble, the pressure reducing valve and the tundish and discharge pipe. Service &pound;120, or
              &pound;185 when done on the same visit as your boiler service.</p>
              <h3>Warning signs</h3>
              <ul>
                <li><strong>Water dripping or running through the tundish</strong> (the small open funnel on
                the pipework near the cylinder) &ndash; this means a relief valve is opening. It's usually a
                flat expansion vessel or a worn valve, but don't ignore it. If it's hot water running
                continuously, turn off the heat source and call us.</li>
                <li>Hot water pressure going up and down, or taps spitting</li>
                <li>No hot water at all &ndash; often a failed immersion element, thermostat or motorised
                valve</li>
              </ul>
              <h3>Repair and replacement prices</h3>
              <table class="tablepress">
                <thead><tr><th>Job</th><th>Price (inc. VAT)</th></tr></thead>
                <tbody>
                  <tr><td>Expansion vessel recharge</td><td>&pound;85</td></tr>
                  <tr><td>Immersion heater element replaced</td><td>&pound;185</td></tr>
                  <tr><td>Replacement unvented cylinder, supplied and fitted (one day)</td>
                  <td>from &pound;1,650</td></tr>
                </tbody>
              </table>"""
    ),
)

PRICES = _section(
    _heading("Call-out charges &amp; hourly rates", "Straightforward pricing, no surprises"),
    _col(
        """              <p>For repairs and general plumbing we charge a call-out fee that includes the first hour
              on site, then an hourly rate after that. Bigger jobs &ndash; new boilers, bathrooms, power
              flushes, drain work &ndash; are quoted at a fixed price instead. All prices include VAT at
              20%.</p>
              <h3>Daytime and Saturday rates</h3>
              <table class="tablepress">
                <thead><tr><th>When</th><th>Call-out (includes first hour)</th><th>Each extra hour</th></tr>
                </thead>
                <tbody>
                  <tr><td>Monday to Friday, 8am to 6pm</td><td>&pound;85</td><td>&pound;65</td></tr>
                  <tr><td>Saturday, 8am to 1pm</td><td>&pound;110</td><td>&pound;80</td></tr>
                </tbody>
              </table>
              <p>After the first hour, time is charged in 30-minute blocks. For evenings, Sundays and bank
              holidays see our <a href="/emergency/">emergency rates</a>.</p>
              <h3>Parts</h3>
              <p>Parts are charged at the merchant's list price &ndash; we don't add a handling fee. The
              engineer will tell you the cost of any part before fitting it.</p>
              <h3>Discount for over-70s</h3>
              <p>Customers aged 70 or over get 10% off labour on repairs and servicing. Just mention it when
              you book.</p>
              <h3>Paying us</h3>
              <ul>
                <li>Debit or credit card on completion, using the engineer's card reader (Visa, Mastercard,
                American Express, Apple Pay and Google Pay)</li>
                <li>Bank transfer &ndash; details are on your invoice, payment due on the day</li>
                <li>Sorry, we no longer accept cheques or cash</li>
              </ul>"""
    ),
) + _cta("Need a plumber this week?", "Ring the office or book online and we'll find you a slot.")

EMERGENCY = _section(
    _heading("Emergency plumbing &amp; heating", "Out-of-hours help when it can't wait"),
    _col(
        """              <div class="alert alert_error"><div class="alert_icon"><i class="icon-attention"></i>
              </div><div class="alert_wrapper"><strong>Smell gas?</strong> Don't ring us first. Call the
              National Gas Emergency Service free on <a href="tel:0800111999">0800 111 999</a>. Open doors
              and windows, turn off the gas at the meter if you can, don't use light switches or anything
              that could spark, and get everyone outside. Once they've made it safe, we can come and repair
              the appliance.</div></div>
              <p>Outside office hours our emergency line, <a href="tel:07700900318">07700 900318</a>, is
              answered by the engineer on call. Emergency cover runs:</p>
              <ul>
                <li>Monday to Friday evenings, 6pm to 10pm</li>
                <li>Saturday afternoons, Sundays and bank holidays, 7am to 10pm</li>
                <li>Overnight (10pm to 7am), for flooding and burst pipes only, or no heating where there's
                someone elderly, disabled or a baby under one in the house</li>
              </ul>
              <p>We aim to be with you within two hours of your call, though on the busiest winter nights it
              can take longer &ndash; we'll always give you an honest time on the phone.</p>
              <h3>Emergency rates</h3>
              <table class="tablepress">
                <thead><tr><th>When</th><th>Call-out (includes first hour)</th><th>Each extra hour</th></tr>
                </thead>
                <tbody>
                  <tr><td>Weekday evenings, Saturday afternoons and Sundays</td><td>&pound;150</td>
                  <td>&pound;90</td></tr>
                  <tr><td>Overnight and bank holidays</td><td>&pound;195</td><td>&pound;110</td></tr>
                  <tr><td>Christmas Day, Boxing Day and New Year's Day</td><td>&pound;250</td>
                  <td>&pound;120</td></tr>
                </tbody>
              </table>
              <h3>What counts as an emergency?</h3>
              <p>Water you can't stop, a burst pipe, a leak coming through a ceiling, your only toilet
              blocked or overflowing, or no heating or hot water in cold weather with vulnerable people in
              the house. A dripping tap, a routine service or a boiler that's working but noisy can wait for
              a normal appointment &ndash; and it'll cost you a lot less.</p>
              <p>Out of hours, our first job is to make things safe and stop further damage. If a full repair
              needs parts, we'll come back in working hours at our normal rates to finish it.</p>"""
    ),
    cls="emergency-section",
) + _cta("Water everywhere?", "Call our emergency line now.", "Call 07700 900318", "tel:07700900318")

AREAS = _section(
    _heading("Areas we cover", "Swindon and the surrounding towns and villages"),
    _col(
        """              <p>Our yard is in north Swindon, and our engineers live locally, so we can usually get to
              you quickly anywhere within 15 miles with no travel charge. That includes:</p>
              <div class="column one-second"><ul class="list_check">
                <li>Swindon town and all areas (Old Town, West Swindon, Haydon Wick, Wichelstowe, Taw Hill,
                Priory Vale, Covingham, Nythe)</li>
                <li>Stratton St Margaret</li>
                <li>Royal Wootton Bassett</li>
                <li>Wroughton and Chiseldon</li>
                <li>Highworth</li>
                <li>Purton and Cricklade</li>
              </ul></div>
              <div class="column one-second"><ul class="list_check">
                <li>Blunsdon and Broad Blunsdon</li>
                <li>Shrivenham and Watchfield</li>
                <li>Wanborough and Liddington</li>
                <li>Lydiard Millicent</li>
                <li>Faringdon</li>
                <li>Marlborough</li>
              </ul></div>
              <div class="clearfix"></div>
              <h3>Further afield</h3>
              <p>We also work between 16 and 25 miles away &ndash; for example Cirencester, Malmesbury,
              Calne, Hungerford, Wantage and Lechlade &ndash; with a &pound;25 travel charge added to each
              visit. Installation and bathroom quotes already include travel, so there's nothing extra on
              those. We don't take on work more than 25 miles from Swindon, but we're happy to recommend
              someone if we can.</p>
              <h3>Parking</h3>
              <p>Our vans are big and full of kit, so we need to park close to your home. If you live in a
              permit-holders-only street or a town centre flat, please arrange a visitor permit or tell us
              where we can park when you book. Any pay-and-display or car park charges will be added to your
              invoice at cost.</p>"""
    ),
)

GUARANTEES = _section(
    _heading("Our guarantees", "We stand behind our work"),
    _col(
        """              <p>If something we've fixed or fitted goes wrong because of our workmanship, we'll come
              back and put it right free of charge &ndash; no call-out, no labour charge. Here's how long each
              type of work is covered for:</p>
              <table class="tablepress">
                <thead><tr><th>Work</th><th>Our workmanship guarantee</th></tr></thead>
                <tbody>
                  <tr><td>Repairs and general plumbing</td><td>12 months</td></tr>
                  <tr><td>New boiler installations</td><td>2 years</td></tr>
                  <tr><td>Bathroom installations</td><td>5 years on plumbing, 2 years on tiling</td></tr>
                  <tr><td>Cleared drains</td><td>30 days against the same blockage returning</td></tr>
                  <tr><td>Power flushing</td><td>12 months on the work we did</td></tr>
                </tbody>
              </table>
              <p>So if a repair we did is leaking or failing again from the same place within the guarantee
              period, ring the office and we'll send someone back at no cost.</p>
              <h3>Parts and manufacturer warranties</h3>
              <p>Parts we fit carry the manufacturer's warranty, usually 12 months. New boilers carry a
              manufacturer's warranty on top of our own guarantee: as accredited installers we can offer up
              to 10 years on Worcester Bosch Greenstar 4000 and 8000 boilers and up to 10 years on Vaillant
              ecoTEC plus boilers, and 7 years on Ideal Logic Max. We register the warranty for you within 30
              days of fitting.</p>
              <h3>What isn't covered</h3>
              <ul>
                <li>Faults caused by someone else working on the system after us</li>
                <li>Damage caused by frost, accidents or misuse</li>
                <li>Blockages caused by wet wipes, fat or foreign objects after we've cleared a drain</li>
                <li>Pre-existing problems we pointed out at the time and you chose not to fix</li>
              </ul>
              <h3>If you're not happy</h3>
              <p>Tell us first &ndash; ring or email Lucy in the office and she'll get back to you within 5
              working days. If we still can't agree, as a Which? Trusted Trader you can use their free
              dispute resolution service.</p>"""
    ),
)


def _person(name, role, text, img):
    return f"""              <div class="team team_vertical">
                <div class="image_frame photo no_link scale-with-grid"><div class="image_wrapper">
                  <img class="scale-with-grid" src="/wp-content/uploads/2021/04/{img}.jpg" alt="{name}"
                  width="400" height="400"></div></div>
                <div class="desc_wrapper">
                  <h4 class="title">{name}</h4>
                  <p class="subtitle">{role}</p>
                  <hr class="hr_color">
                  <div class="desc">{text}</div>
                </div>
              </div>"""


ABOUT = (
    _section(
        _heading("Three generations of plumbers", "About Whitcombe &amp; Son"),
        _col(
            """              <p>Graham Whitcombe served his apprenticeship with the old Thamesdown council and went
              out on his own in 1987, working from the garage of his house in Rodbourne. His son Dan joined
              him as an apprentice in 2004 and took over running the company in 2016, when we moved into our
              yard on Kembrey Park. Today we're a team of eleven, with seven vans on the road, and Graham
              still comes in every Tuesday to make the tea and tell everyone how it used to be done.</p>
              <h3>Registered, accredited and insured</h3>
              <ul>
                <li>Gas Safe Register number 218764 &ndash; you can check it at gassaferegister.co.uk, and
                every gas engineer carries their own Gas Safe ID card</li>
                <li>WaterSafe approved plumbers</li>
                <li>Which? Trusted Trader</li>
                <li>Worcester Bosch Accredited Installer and Vaillant Advance installer</li>
                <li>&pound;5 million public liability insurance</li>
              </ul>
              <p>Everyone who comes into your home is directly employed by us &ndash; we don't use
              subcontractors for gas work &ndash; and every member of the team has a current enhanced DBS
              check. They'll wear shoe covers, lay dust sheets and show ID when they arrive.</p>"""
        ),
    )
    + _section(
        _heading("Meet the team"),
        _col(
            _person(
                "Dan Whitcombe",
                "Managing Director &amp; Gas Engineer",
                "Dan still goes out on jobs most days and does nearly all our boiler surveys.",
                "dan",
            ),
            "one-third",
        ),
        _col(
            _person(
                "Lucy Whitcombe",
                "Office Manager",
                "Lucy runs bookings, invoices and complaints, and knows where every van is at any moment.",
                "lucy",
            ),
            "one-third",
        ),
        _col(
            _person(
                "Marcus Hale",
                "Senior Heating Engineer",
                "Twelve years with us. Marcus leads our boiler installation team and our power flushing.",
                "marcus",
            ),
            "one-third",
        ),
        _col(
            _person(
                "Priya Sandhu",
                "Gas Engineer &amp; Bathroom Fitter",
                "Priya services boilers and tiles bathrooms. If you'd feel more comfortable with a female "
                "engineer, just ask Lucy when you book and we'll do our best to send Priya.",
                "priya",
            ),
            "one-third",
        ),
        _col(
            _person(
                "Jason Reed",
                "Drainage Technician",
                "Jason runs the jetting van and the CCTV camera and has seen things in drains you wouldn't believe.",
                "jason",
            ),
            "one-third",
        ),
        _col(
            _person(
                "Sam Okafor",
                "Customer Coordinator",
                "Sam answers the phones with Lucy and sends the text when your engineer is on the way.",
                "sam",
            ),
            "one-third",
        ),
    )
    + _TESTIMONIALS
)

_FAQS = [
    (
        "My boiler pressure keeps dropping. Can I top it up myself?",
        """<p>Yes, on most combi boilers you can. With the boiler cool, find the filling loop underneath
        (usually a braided silver hose with a tap or lever at each end, or a blue lever on Worcester
        boilers). Open it slowly and watch the gauge until it reads between 1 and 1.5 bar, then close it
        tightly. If you have to top it up more than once every couple of months, there's a leak or a fault
        somewhere and it's worth getting it looked at.</p>""",
    ),
    (
        "How do I bleed a radiator?",
        """<p>Turn the heating off and let the radiators cool. Use a radiator key on the little square valve
        at the top corner, with a cloth underneath, and turn it a quarter turn anticlockwise until the
        hissing stops and water appears. Close it again, then check your boiler pressure &ndash; bleeding
        radiators often lowers it.</p>""",
    ),
    (
        "Can you fit a smart thermostat like Nest, Hive or tado?",
        """<p>Yes. We fit Google Nest, Hive, tado and Worcester's Bosch EasyControl thermostats. Fitting a
        smart thermostat on its own costs from &pound;220 including the thermostat, or we can add one to a
        new boiler installation for &pound;180.</p>""",
    ),
    (
        "Do I need to be at home while you work?",
        """<p>Someone over 18 needs to let us in and be there at the end so we can show you what we've done
        and take payment. In between you're welcome to pop out. For landlord certificates, we can collect
        keys from your letting agent instead.</p>""",
    ),
    (
        "I've got a dog. Is that a problem?",
        """<p>Not at all &ndash; most of us are dog people. We just ask that pets are kept in another room
        while we work, especially when the front door is open or floorboards are up.</p>""",
    ),
    (
        "Do you charge for quotes?",
        """<p>Quotes for new boilers, bathrooms, power flushes and drain repairs are free and there's no
        obligation. For breakdowns and repairs, finding the fault is part of the call-out.</p>""",
    ),
    (
        "Will you take the rubbish away?",
        """<p>Yes. Old boilers, radiators, cylinders and bathroom suites are taken away and recycled &ndash;
        copper and steel go to the scrap merchant, and we never leave anything on your drive.</p>""",
    ),
    (
        "Can you move a radiator or add a new one?",
        """<p>Yes. Moving a radiator to another wall or adding a new one in an extension is usually a
        half-day or one-day job. We'll quote once we've seen where the pipes run.</p>""",
    ),
]


def _faq_items():
    out = []
    for n, (q, a) in enumerate(_FAQS, start=1):
        out.append(
            f"""                <div class="question">
                  <div class="title"><span class="num">{n}</span><i class="icon-plus acc-icon-plus"></i>
                  <i class="icon-minus acc-icon-minus"></i>{q}</div>
                  <div class="answer">
        {a}
                  </div>
                </div>"""
        )
    return "\n".join(out)


FAQ = _section(
    _heading("Frequently asked questions", "Quick answers to the things we're asked most"),
    _col(
        f"""              <div class="faq">
              <div class="mfn-acc faq_wrapper open1st">
{_faq_items()}
              </div>
              </div>
              <p>Can't find what you're looking for? <a href="/contact/">Send us a message</a> and we'll
              get back to you.</p>"""
    ),
)

CONTACT = _section(
    _heading("Book an engineer", "Call, message or fill in the form"),
    _col(
        """              <p>The quickest way to book is to ring the office on <a href="tel:01793612447">01793
              612447</a>. Lines are open Monday to Friday 8am to 5.30pm and Saturday 8am to 12pm. You can
              also WhatsApp photos of the problem to <a href="https://wa.me/447700900455">07700 900455</a>,
              or use the form and we'll call you back the same working day.</p>
              <h3>Appointment times</h3>
              <p>We book visits in two arrival windows: <strong>morning, 8am to 12pm</strong>, or
              <strong>afternoon, 12pm to 5pm</strong>. On the day, Sam will text you when your engineer is
              about 30 minutes away. If you need the first job of the day, ask &ndash; we keep a few 8am
              slots each day for people who work.</p>
              <h3>Changing or cancelling</h3>
              <p>Please give us at least 24 hours' notice if you need to cancel or move an appointment and
              there's no charge. If you cancel with less than 24 hours' notice, or our engineer arrives and
              can't get in, we charge a &pound;35 missed visit fee. For bathroom and boiler installations,
              please see the cancellation terms in your quote.</p>
              <h3>Visiting our yard</h3>
              <p>Our office and stores are at Unit 7, Kembrey Park, Swindon SN2 8UY, just off Kembrey Street.
              There's customer parking right outside the unit. We're not a shop, so please ring first if
              you'd like to pop in.</p>""",
        "one-second",
    ),
    _col(
        """              <div class="wpcf7 no-js" id="wpcf7-f412-o1" lang="en-GB" dir="ltr">
              <form action="/contact/#wpcf7-f412-o1" method="post" class="wpcf7-form init" novalidate>
                <p><label>Your name<br><input type="text" name="your-name" size="40"
                  class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required"></label></p>
                <p><label>Phone<br><input type="tel" name="your-phone" size="40"
                  class="wpcf7-form-control wpcf7-tel"></label></p>
                <p><label>Postcode<br><input type="text" name="postcode" size="10"
                  class="wpcf7-form-control wpcf7-text"></label></p>
                <p><label>What do you need?<br><select name="service" class="wpcf7-form-control wpcf7-select">
                  <option>Boiler service</option><option>Boiler repair</option><option>New boiler quote</option>
                  <option>Landlord certificate</option><option>Leak</option><option>Blocked drain</option>
                  <option>Bathroom</option><option>Something else</option></select></label></p>
                <p><label>Tell us about the problem<br><textarea name="your-message" cols="40" rows="6"
                  class="wpcf7-form-control wpcf7-textarea"></textarea></label></p>
                <p><input type="submit" value="Send" class="wpcf7-form-control wpcf7-submit has-spinner"></p>
              </form>
              </div>
              <p class="small">Not for emergencies &ndash; if water is pouring in, please phone.</p>""",
        "one-second",
    ),
)

HTML = {
    "/": _page("/", "Home", "Family plumbers and heating engineers in Swindon since 1987.", HOME),
    "/boiler-servicing/": _page(
        "/boiler-servicing/", "Boiler Servicing", "Annual gas boiler servicing in Swindon.", SERVICING, True
    ),
    "/boiler-repairs/": _page(
        "/boiler-repairs/", "Boiler Repairs", "Boiler breakdowns and repairs, all major makes.", REPAIRS, True
    ),
    "/new-boilers/": _page(
        "/new-boilers/", "New Boilers", "New boiler installation with a free survey and fixed price.", NEW_BOILERS
    ),
    "/boiler-finance/": _page(
        "/boiler-finance/", "Boiler Finance", "Spread the cost of a new boiler or bathroom.", FINANCE
    ),
    "/landlord-gas-safety/": _page(
        "/landlord-gas-safety/",
        "Landlord Gas Safety Certificates",
        "CP12 landlord gas safety records for Swindon landlords and letting agents.",
        LANDLORD,
        True,
    ),
    "/leaks-burst-pipes/": _page(
        "/leaks-burst-pipes/", "Leaks &amp; Burst Pipes", "Leak repairs and hidden leak detection.", LEAKS, True
    ),
    "/blocked-drains/": _page(
        "/blocked-drains/", "Blocked Drains", "Drain unblocking, jetting and CCTV surveys.", DRAINS, True
    ),
    "/bathrooms/": _page(
        "/bathrooms/", "Bathroom Installations", "Bathroom design and installation in Swindon.", BATHROOMS
    ),
    "/power-flushing/": _page(
        "/power-flushing/", "Power Flushing", "Central heating power flushing prices.", FLUSHING, True
    ),
    "/unvented-cylinders/": _page(
        "/unvented-cylinders/",
        "Unvented Cylinders",
        "G3 unvented hot water cylinder servicing and repairs.",
        UNVENTED,
        True,
    ),
    "/prices/": _page("/prices/", "Prices", "Call-out charges, hourly rates and payment.", PRICES),
    "/emergency/": _page("/emergency/", "Emergency Plumber", "Out-of-hours emergency plumbing and heating.", EMERGENCY),
    "/areas-we-cover/": _page(
        "/areas-we-cover/", "Areas We Cover", "Swindon, north Wiltshire and surrounding areas.", AREAS
    ),
    "/guarantees/": _page("/guarantees/", "Our Guarantees", "Workmanship guarantees and warranties.", GUARANTEES),
    "/about-us/": _page("/about-us/", "About Us", "Meet the Whitcombe family and team.", ABOUT),
    "/faq/": _page("/faq/", "FAQ", "Frequently asked questions.", FAQ),
    "/contact/": _page("/contact/", "Contact &amp; Booking", "Book a plumber or heating engineer.", CONTACT),
}

QUESTIONS = [
    (
        "my boilers making a noise like a kettle and the radiators are only warm at the top, someone said I "
        "need it flushed. how much for a 3 bed with about 10 radiators?",
        "/power-flushing/",
    ),
    ("How much do you charge to service a boiler?", "/boiler-servicing/"),
    (
        "Our boiler's only two years old and we skipped the service last year, does that matter for the warranty?",
        "/boiler-servicing/",
    ),
    (
        "I rent out a flat in Old Town and the gas certificate runs out end of May. If I get it done in "
        "March do I lose the extra months?",
        "/landlord-gas-safety/",
    ),
    ("whats your hourly rate", "/prices/"),
    ("Do you do a discount for pensioners? It's for my mum, she's 78", "/prices/"),
    (
        "water is dripping through the kitchen ceiling from the bathroom upstairs what do i do right now",
        "/leaks-burst-pipes/",
    ),
    (
        "It's gone 11 on a Sunday night and a pipe under the sink has split. How much is it going to cost me "
        "to get someone out?",
        "/emergency/",
    ),
    ("I can smell gas in the hallway, can you come?", "/emergency/"),
    ("Can I pay for a new combi monthly? I don't have three grand lying around", "/boiler-finance/"),
    ("If I apply for the finance will it show up on my credit file?", "/boiler-finance/"),
    (
        "Roughly how much for a new Worcester combi, just swapping the old one out in the same cupboard?",
        "/new-boilers/",
    ),
    ("the toilet and the drain outside are backing up and it stinks. how much to unblock", "/blocked-drains/"),
    (
        "My neighbour reckons the blockage is in the pipe we share, is that my problem or the water company's?",
        "/blocked-drains/",
    ),
    (
        "there's water dripping out of a little funnel thing on the pipes next to the hot water tank in the "
        "airing cupboard, is that bad?",
        "/unvented-cylinders/",
    ),
    ("I'm out in Hungerford, will you come that far or is it extra?", "/areas-we-cover/"),
    (
        "Your engineer fixed my boiler last month but it's leaking again from the same spot. Do I have to pay again?",
        "/guarantees/",
    ),
    (
        "How long does it take to redo a whole bathroom? We've only got the one loo so I'm a bit worried",
        "/bathrooms/",
    ),
    (
        "We live on one of the permit streets in Old Town, where's your engineer going to park his van?",
        "/areas-we-cover/",
    ),
    ("boiler keeps losing pressure, it's down to 0.5 - can I top it up myself or do I need you", "/faq/"),
    ("Can you put in one of those Nest thermostats you control from your phone? How much?", "/faq/"),
    ("Are your engineers police checked? I live on my own and I'm a bit nervous about letting people in", "/about-us/"),
    (
        "What time will the engineer turn up? I work from home and I've got meetings all morning",
        "/contact/",
    ),
    ("I need to cancel tomorrow's appointment, will I get charged?", "/contact/"),
    (
        "boiler is showing a fault and it was freezing last night, the white plastic pipe outside is all iced up",
        "/boiler-repairs/",
    ),
]

OUT_OF_SCOPE = [
    "Do you service oil boilers? We're off the gas grid out in a village",
    "Can you fit an air source heat pump, and is there a grant towards it?",
    "How much would underfloor heating cost for our new kitchen extension?",
    "Do you fit water softeners? The water round here is really hard",
    "Are you taking on any apprentices this year? My son's 16 and keen",
    "my washing machine won't spin or drain, can you repair it",
    "Can you recommend a good roofer? We've got a few slates missing after the storm",
    "What time does the big Tesco at Ocotal Way shut tonight?",
]
