"""An evaluation site: Millbrook Motors, an independent car repair garage and MOT centre in Kettering (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The markup imitates a WordPress site
built with the Uncode theme: uncode-wrapper / row-container / uncol / uncell / text-lead wrappers, a mega
menu under menu-horizontal, and the FAQ in an Uncode accordion (panel-group / panel-title / panel-collapse).
"""

NAME = "Millbrook Motors"

_PHONE = "01536 417260"
_TEL = "tel:+441536417260"

# Top-level menu entries: (label, href, mega-menu columns); each column is (column title, ((label, href), ...)).
_NAV = (
    ("Home", "/", ()),
    (
        "MOT",
        "/mot/",
        (("MOT Centre", (("MOT Testing &amp; Prices", "/mot/"), ("If Your Car Fails", "/mot/if-your-car-fails/"))),),
    ),
    (
        "Servicing &amp; Repairs",
        "/servicing/",
        (
            (
                "Servicing &amp; Maintenance",
                (
                    ("Car Servicing", "/servicing/"),
                    ("Timing Belts", "/timing-belts/"),
                    ("Air Conditioning", "/air-conditioning/"),
                    ("Tyres &amp; Tracking", "/tyres-and-tracking/"),
                ),
            ),
            (
                "Repairs &amp; Diagnostics",
                (
                    ("Brakes &amp; Clutches", "/brakes-and-clutches/"),
                    ("Diagnostics &amp; Warning Lights", "/diagnostics/"),
                    ("Electric &amp; Hybrid", "/electric-and-hybrid/"),
                ),
            ),
        ),
    ),
    (
        "Your Visit",
        "/while-you-wait/",
        (
            (
                "Your Visit",
                (
                    ("While You Wait &amp; Courtesy Cars", "/while-you-wait/"),
                    ("Booking", "/booking/"),
                    ("Find Us &amp; Opening Hours", "/find-us/"),
                ),
            ),
        ),
    ),
    (
        "Prices",
        "/prices-and-quotes/",
        (
            (
                "Prices &amp; Paying",
                (
                    ("Prices &amp; Quotes", "/prices-and-quotes/"),
                    ("Paying &amp; Finance", "/paying-and-finance/"),
                    ("Our Warranty", "/warranty/"),
                ),
            ),
        ),
    ),
    ("About", "/about-us/", (("About", (("About Us &amp; the Team", "/about-us/"), ("FAQs", "/faq/"))),)),
)


def _menu(current: str) -> str:
    items = []
    for n, (label, href, columns) in enumerate(_NAV, start=1):
        active = " current-menu-item" if href == current else ""
        if not columns:
            items.append(
                f'<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-{100 + n}{active}">'
                f'<a title="{label}" href="{href}">{label}<i class="fa fa-angle-right fa-dropdown"></i></a></li>'
            )
            continue
        cols = []
        for title, links in columns:
            sub = "".join(
                '<li class="menu-item menu-item-type-post_type menu-item-object-page'
                f'{" current-menu-item" if h == current else ""}">'
                f'<a title="{lab}" href="{h}">{lab}<i class="fa fa-angle-right fa-dropdown"></i></a></li>'
                for lab, h in links
            )
            cols.append(
                '<li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-has-children '
                f'mega-menu-col"><span class="mega-menu-column-title">{title}</span>'
                f'<ul role="menu" class="drop-menu">{sub}</ul></li>'
            )
        items.append(
            '<li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-has-children '
            f'mega-menu menu-item-{100 + n} dropdown{active}">'
            f'<a title="{label}" href="{href}" data-toggle="dropdown" class="dropdown-toggle" data-type="title">'
            f'{label}<i class="fa fa-angle-down fa-dropdown"></i></a>'
            f'<ul role="menu" class="mega-menu-inner in-mega=1 drop-menu">{"".join(cols)}</ul></li>'
        )
    return "".join(items)


def _header(current: str) -> str:
    return f"""
<div class="menu-wrapper menu-sticky">
  <div class="top-menu navbar menu-secondary menu-dark submenu-dark style-color-jevc-bg top-menu-padding
    single-h-padding">
    <div class="row-menu limit-width"><div class="row-menu-inner top-menu-cols-2">
      <div class="topbar-col topbar-col-left"><div class="menu-bloginfo"><div class="menu-bloginfo-inner style-dark">
        <p>Independent garage &amp; MOT centre in Kettering since 1998</p></div></div></div>
      <div class="topbar-col topbar-col-right"><div class="menu-bloginfo"><div class="menu-bloginfo-inner style-dark">
        <p><i class="fa fa-phone"></i> <a href="{_TEL}">{_PHONE}</a> &nbsp;|&nbsp;
        <a href="mailto:hello@millbrookmotors.co.uk">hello@millbrookmotors.co.uk</a></p></div></div></div>
    </div></div>
  </div>
  <header id="masthead" class="navbar menu-primary menu-light submenu-light style-light-original single-h-padding
      menu-with-logo">
    <div class="menu-container style-color-xsdn-bg menu-borders needs-after">
      <div class="row-menu limit-width"><div class="row-menu-inner">
        <div id="logo-container-mobile" class="col-lg-0 logo-container middle">
          <div id="main-logo" class="navbar-header style-light">
            <a href="/" class="navbar-brand" data-minheight="20" aria-label="Millbrook Motors">
              <div class="logo-image main-logo logo-skinnable" data-maxheight="58" style="height: 58px;">
                <img decoding="async" src="/wp-content/uploads/2021/03/millbrook-motors-logo.png"
                  alt="Millbrook Motors - Garage &amp; MOT Centre" width="230" height="58" class="img-responsive">
              </div>
            </a>
          </div>
          <div class="mmb-container"><div class="mobile-additional-icons"></div>
            <div class="mobile-menu-button mobile-menu-button-light lines-button"><span class="lines"><span></span>
            </span></div></div>
        </div>
        <div class="col-lg-12 main-menu-container middle">
          <div class="menu-horizontal menu-dd-shadow-lg">
            <div class="menu-horizontal-inner">
              <div class="nav navbar-nav navbar-main navbar-nav-first">
                <ul id="menu-main-menu" class="menu-primary-inner menu-smart sm" role="menu">{_menu(current)}</ul>
              </div>
              <div class="uncode-close-offcanvas-mobile lines-button close navbar-mobile-el"><span class="lines">
              </span></div>
              <div class="nav navbar-nav navbar-nav-last navbar-extra-icons">
                <ul class="menu-smart sm menu-icons menu-smart-social" role="menu">
                  <li class="menu-item-link menu-btn-container"><a href="/booking/"
                    class="btn btn-accent btn-sm btn-circle">Book Online</a></li>
                </ul>
              </div>
            </div>
          </div>
        </div>
      </div></div>
    </div>
  </header>
</div>"""


_FOOTER = f"""
<footer id="colophon" class="site-footer" role="contentinfo">
  <div data-parent="true" class="vc_row style-color-wayh-bg row-container" id="row-footer-main">
    <div class="row col-double-gutter double-top-padding double-bottom-padding single-h-padding limit-width
      row-parent">
      <div class="wpb_row row-inner">
        <div class="wpb_column pos-top pos-center align_left column_parent col-lg-3 single-internal-gutter">
          <div class="uncol style-dark"><div class="uncoltable"><div class="uncell no-block-padding">
            <div class="uncont">
            <div class="uncode-single-media text-left"><img src="/wp-content/uploads/2021/03/millbrook-logo-white.png"
              alt="Millbrook Motors" width="180" height="46"></div>
            <div class="uncode_text_column"><p>Family-run independent garage and MOT centre looking after Kettering's
              cars, vans, hybrids and EVs since 1998.</p></div>
            <div class="uncode-vc-social">
              <a href="https://www.facebook.com/millbrookmotorskettering" class="social-icon"
                aria-label="Facebook"><i class="fa fa-facebook-square"></i></a>
              <a href="https://www.instagram.com/millbrookmotors_kettering" class="social-icon"
                aria-label="Instagram"><i class="fa fa-instagram"></i></a>
              <a href="https://www.tiktok.com/@millbrookmotors" class="social-icon"
                aria-label="TikTok"><i class="fa fa-tiktok"></i></a>
            </div>
          </div></div></div></div>
        </div>
        <div class="wpb_column pos-top pos-center align_left column_parent col-lg-3 single-internal-gutter">
          <div class="uncol style-dark"><div class="uncoltable"><div class="uncell no-block-padding">
            <div class="uncont">
            <div class="vc_custom_heading_wrap"><div class="heading-text el-text"><h4 class="h5 text-uppercase">
              <span>Get in touch</span></h4></div></div>
            <div class="uncode_text_column"><p>Millbrook Motors Ltd<br>Unit 3, Wharf Road Trading Estate<br>
              Kettering, Northamptonshire NN16 8QT</p>
              <p><a href="{_TEL}">{_PHONE}</a><br>
              <a href="mailto:hello@millbrookmotors.co.uk">hello@millbrookmotors.co.uk</a></p></div>
          </div></div></div></div>
        </div>
        <div class="wpb_column pos-top pos-center align_left column_parent col-lg-3 single-internal-gutter">
          <div class="uncol style-dark"><div class="uncoltable"><div class="uncell no-block-padding">
            <div class="uncont">
            <div class="vc_custom_heading_wrap"><div class="heading-text el-text"><h4 class="h5 text-uppercase">
              <span>Opening hours</span></h4></div></div>
            <div class="uncode_text_column"><p>Mon&ndash;Fri: 8am &ndash; 5.30pm<br>Sat: 8am &ndash; 1pm<br>
              Sun: Closed</p></div>
          </div></div></div></div>
        </div>
        <div class="wpb_column pos-top pos-center align_left column_parent col-lg-3 single-internal-gutter">
          <div class="uncol style-dark"><div class="uncoltable"><div class="uncell no-block-padding">
            <div class="uncont">
            <div class="vc_custom_heading_wrap"><div class="heading-text el-text"><h4 class="h5 text-uppercase">
              <span>Quick links</span></h4></div></div>
            <div class="widget widget_nav_menu"><ul class="menu">
              <li class="menu-item"><a href="/mot/">MOT Testing</a></li>
              <li class="menu-item"><a href="/servicing/">Car Servicing</a></li>
              <li class="menu-item"><a href="/booking/">Book Online</a></li>
              <li class="menu-item"><a href="/prices-and-quotes/">Prices &amp; Quotes</a></li>
              <li class="menu-item"><a href="/warranty/">Our Warranty</a></li>
              <li class="menu-item"><a href="/faq/">FAQs</a></li>
            </ul></div>
          </div></div></div></div>
        </div>
      </div>
    </div>
  </div>
  <div class="row-container style-dark-bg footer-last">
    <div class="row row-parent style-dark limit-width no-top-padding no-h-padding no-bottom-padding">
      <div class="site-info uncell col-lg-6 pos-middle text-left">
        <p>&copy; 2025 Millbrook Motors Ltd. Registered in England No. 03581264. VAT No. GB 712 4480 19.</p>
      </div>
      <div class="uncell col-lg-6 pos-middle text-right"><p>Website by Nene Digital</p></div>
    </div>
  </div>
</footer>"""

_COOKIES = """
<div id="cookie-law-info-bar" data-nosnippet="true" data-cli-style="cli-style-v2" style="display:none">
  <span><div class="cli-bar-container cli-style-v2"><div class="cli-bar-message">We use cookies on our website to
  give you the most relevant experience by remembering your preferences and repeat visits. By clicking
  &ldquo;Accept All&rdquo;, you consent to the use of ALL the cookies.</div>
  <div class="cli-bar-btn_container"><a role="button" class="medium cli-plugin-button cli-plugin-main-button
  cli_settings_button">Cookie Settings</a><a id="wt-cli-accept-all-btn" role="button" data-cli_action="accept_all"
  class="wt-cli-element medium cli-plugin-button wt-cli-accept-all-btn cookie_action_close_header
  cli_action_button">Accept All</a></div></div></span>
</div>"""

_ANALYTICS = """<script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date());
gtag('config', 'G-MBM4K2XQ7T');
</script>"""


def _page(path: str, title: str, description: str, body: str) -> str:
    slug = path.strip("/").replace("/", "-") or "home"
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Millbrook Motors</title>
<meta name="description" content="{description}">
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<meta property="og:locale" content="en_GB">
<meta property="og:type" content="website">
<meta property="og:title" content="{title} | Millbrook Motors">
<meta property="og:description" content="{description}">
<meta property="og:site_name" content="Millbrook Motors">
<meta name="generator" content="Powered by Visual Composer - drag and drop page builder for WordPress.">
<link rel="canonical" href="https://www.millbrookmotors.co.uk{path}">
<link rel="stylesheet" id="uncode-style-css" href="/wp-content/themes/uncode/library/css/style.css?ver=2.8.9"
  type="text/css" media="all">
<link rel="stylesheet" id="uncode-custom-style-css" href="/wp-content/themes/uncode/library/css/style-custom.css"
  type="text/css" media="all">
<link rel="stylesheet" id="child-style-css" href="/wp-content/themes/uncode-child/style.css" type="text/css">
<link rel="stylesheet" id="uncode-icons-css" href="/wp-content/themes/uncode/library/css/uncode-icons.css">
<link rel="stylesheet" id="cookie-law-info-css"
  href="/wp-content/plugins/cookie-law-info/legacy/public/css/cookie-law-info-public.css">
{_ANALYTICS}
</head>
<body class="page-template-default page page-{slug} style-color-lxmt-bg hormenu-position-left megamenu-full-submenu
  hmenu hmenu-position-right header-full-width main-center-align menu-sticky-mobile menu-mobile-default
  mobile-parallax-not-allowed ilb-no-bounce unreg qw-body-scroll-disabled wpb-js-composer" data-border="0">
<div class="body-borders" data-border="0"></div>
<div class="box-wrapper">
<div class="box-container">
<div class="uncode-wrapper">
{_header(path)}
<div class="main-wrapper">
<div class="main-container">
<div class="page-wrapper">
<div class="sections-container">
<article id="post-{len(slug) * 37}" class="page-body style-light-bg post-{slug} page type-page status-publish hentry">
<div class="post-wrapper">
<div class="post-body">
<div class="post-content un-no-sidebar-layout">
{body}
</div>
</div>
</div>
</article>
</div>
</div>
</div>
{_FOOTER}
</div>
</div>
</div>
</div>
{_COOKIES}
</body>
</html>
"""


def _hero(title: str, crumb: str, lead: str) -> str:
    return f"""
<div id="page-header"><div class="header-basic style-dark">
  <div class="background-element header-wrapper style-color-xsdn-bg header-only-text" data-height="35">
    <div class="header-bg-wrapper"><div class="header-bg"
      style="background-image: url(/wp-content/uploads/2021/04/workshop-header.jpg);"></div>
      <div class="block-bg-overlay style-color-jevc-bg" style="opacity: 0.7;"></div></div>
    <div class="header-main-container limit-width"><div class="header-content header-center header-middle
      header-align-left"><div class="header-content-inner">
      <h1 class="header-title font-555555 h1"><span>{title}</span></h1>
      <ol class="breadcrumb header-subtitle"><li><a href="/">Home</a></li><li class="current">{crumb}</li></ol>
      <div class="uncode_text_column text-lead"><p>{lead}</p></div>
    </div></div></div>
  </div>
</div></div>"""


def _row(inner: str, style: str = "style-light", bg: str = "") -> str:
    return f"""
<div data-parent="true" class="vc_row {bg} row-container">
  <div class="row double-top-padding double-bottom-padding single-h-padding limit-width row-parent">
    <div class="wpb_row row-inner">
      <div class="wpb_column pos-top pos-center align_left column_parent col-lg-12 single-internal-gutter">
        <div class="uncol {style}"><div class="uncoltable"><div class="uncell no-block-padding">
          <div class="uncont">{inner}</div>
        </div></div></div>
      </div>
    </div>
  </div>
</div>"""


def _with_sidebar(main: str, side: str) -> str:
    return f"""
<div data-parent="true" class="vc_row row-container">
  <div class="row double-top-padding double-bottom-padding single-h-padding limit-width row-parent">
    <div class="wpb_row row-inner">
      <div class="wpb_column pos-top pos-center align_left column_parent col-lg-8 single-internal-gutter">
        <div class="uncol style-light"><div class="uncoltable"><div class="uncell no-block-padding">
          <div class="uncont">{main}</div>
        </div></div></div>
      </div>
      <div class="wpb_column pos-top pos-center align_left column_parent col-lg-4 col-widgets-sidebar
        single-internal-gutter">
        <div class="uncol style-light"><div class="uncoltable"><div class="uncell single-block-padding
          style-color-lxmt-bg"><div class="uncont">{side}</div></div></div></div>
      </div>
    </div>
  </div>
</div>"""


def _h2(text: str) -> str:
    return (
        '<div class="vc_custom_heading_wrap"><div class="heading-text el-text">'
        f'<h2 class="h3"><span>{text}</span></h2></div><div class="clear"></div></div>'
    )


def _text(html: str, lead: bool = False) -> str:
    return f'<div class="uncode_text_column{" text-lead" if lead else ""}">{html}</div>'


def _button(label: str, href: str, style: str = "btn-accent") -> str:
    return (
        f'<span class="btn-container"><a href="{href}" class="custom-link btn btn-lg border-width-0 {style} '
        f'btn-icon-left">{label}</a></span>'
    )


def _cta(heading: str, line: str) -> str:
    return _row(
        f"""<div class="vc_custom_heading_wrap"><div class="heading-text el-text"><h3 class="h2">
<span>{heading}</span></h3></div></div>{_text(f"<p>{line}</p>", lead=True)}
{_button("Book online", "/booking/", "btn-default btn-inverted")}
{_button("Call " + _PHONE, _TEL, "btn-default btn-outline")}""",
        style="style-dark",
        bg="style-color-jevc-bg",
    )


_SIDEBAR = f"""
<aside class="widget widget_text"><h3 class="widget-title">Need it sorted?</h3>
  <div class="textwidget"><p>Call Sarah on the front desk or book online and we'll get you in as soon as we can.</p>
  <p><a href="{_TEL}" class="btn btn-accent btn-block">{_PHONE}</a></p>
  <p><a href="/booking/" class="btn btn-default btn-outline btn-block">Book online</a></p></div>
</aside>
<aside class="widget widget_nav_menu"><h3 class="widget-title">Our services</h3>
  <ul class="menu">
    <li><a href="/mot/">MOT testing</a></li>
    <li><a href="/servicing/">Servicing</a></li>
    <li><a href="/brakes-and-clutches/">Brakes &amp; clutches</a></li>
    <li><a href="/timing-belts/">Timing belts</a></li>
    <li><a href="/diagnostics/">Diagnostics</a></li>
    <li><a href="/air-conditioning/">Air conditioning</a></li>
    <li><a href="/tyres-and-tracking/">Tyres &amp; tracking</a></li>
    <li><a href="/electric-and-hybrid/">Electric &amp; hybrid</a></li>
  </ul>
</aside>
<aside class="widget widget_media_image"><img src="/wp-content/uploads/2022/01/good-garage-scheme-badge.png"
  alt="Good Garage Scheme member" width="260" height="120"></aside>"""


def _reviews(*items: tuple[str, str]) -> str:
    slides = "".join(
        f"""<div class="tmb tmb-carousel tmb-iso-h4 tmb-light tmb-text-showed tmb-content-center">
  <div class="t-inside style-color-lxmt-bg"><div class="t-entry-text"><div class="t-entry-text-tc single-block-padding">
  <div class="t-entry"><blockquote class="t-entry-excerpt"><p>&ldquo;{quote}&rdquo;</p></blockquote>
  <p class="t-entry-author"><span class="fa fa-star"></span><span class="fa fa-star"></span><span class="fa fa-star">
  </span><span class="fa fa-star"></span><span class="fa fa-star"></span> &mdash; {who}</p></div></div></div></div>
</div>"""
        for quote, who in items
    )
    return _row(
        f"""{_h2("What our customers say")}
<div class="owl-carousel-wrapper"><div class="owl-carousel-container owl-carousel-loading half-gutter">
<div class="owl-carousel owl-element owl-height-auto" data-dots="true" data-navmobile="false" data-autoplay="true"
  data-stagepadding="0" data-lg="3" data-md="2" data-sm="1">{slides}</div></div></div>
<p class="text-center"><small>4.9 out of 5 from 640+ Google reviews</small></p>""",
        bg="style-color-lxmt-bg",
    )


# ---------------------------------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------------------------------

_HOME = (
    f"""
<div id="page-header"><div class="header-basic style-dark">
  <div class="background-element header-wrapper style-color-jevc-bg header-only-text" data-height="70">
    <div class="header-bg-wrapper"><div class="header-bg"
      style="background-image: url(/wp-content/uploads/2021/04/millbrook-front.jpg);"></div></div>
    <div class="header-main-container limit-width"><div class="header-content header-center header-middle">
      <div class="header-content-inner">
        <h1 class="header-title font-555555 h1"><span>Honest car repairs and MOTs in Kettering</span></h1>
        <div class="uncode_text_column text-lead"><p>A family-run independent garage on Wharf Road since 1998.
          All makes and models &ndash; petrol, diesel, hybrid and electric.</p></div>
        {_button("Book your MOT or service", "/booking/")}
        {_button("See our prices", "/prices-and-quotes/", "btn-default btn-outline")}
      </div>
    </div></div>
  </div>
</div></div>"""
    + _row(
        f"""{_h2("Everything your car needs, under one roof")}
{
            _text(
                '''<p>From a quick MOT to a clutch or a cambelt, our five-ramp workshop and dedicated MOT bay handle
the lot. Choose a service below to find out what's involved and what it costs.</p>'''
            )
        }
<div class="uncode-wrapper uncode-icons-grid">
  <div class="icon-box icon-box-left"><div class="icon-box-content"><h3><a href="/mot/">MOT testing</a></h3>
    <p>DVSA-approved test centre with our own testing bay.</p></div></div>
  <div class="icon-box icon-box-left"><div class="icon-box-content"><h3><a href="/servicing/">Servicing</a></h3>
    <p>Interim, full and major services for all makes.</p></div></div>
  <div class="icon-box icon-box-left"><div class="icon-box-content"><h3><a href="/brakes-and-clutches/">Brakes
    &amp; clutches</a></h3><p>Pads, discs, calipers, clutches and flywheels.</p></div></div>
  <div class="icon-box icon-box-left"><div class="icon-box-content"><h3><a href="/timing-belts/">Timing
    belts</a></h3><p>Cambelt and water pump kits, wet belts and chains.</p></div></div>
  <div class="icon-box icon-box-left"><div class="icon-box-content"><h3><a href="/diagnostics/">Diagnostics</a>
    </h3><p>Warning lights, faults and electrical gremlins tracked down.</p></div></div>
  <div class="icon-box icon-box-left"><div class="icon-box-content"><h3><a href="/air-conditioning/">Air
    conditioning</a></h3><p>Regas, leak finding and repairs.</p></div></div>
  <div class="icon-box icon-box-left"><div class="icon-box-content"><h3><a href="/tyres-and-tracking/">Tyres
    &amp; tracking</a></h3><p>Budget to premium tyres, puncture repairs and alignment.</p></div></div>
  <div class="icon-box icon-box-left"><div class="icon-box-content"><h3><a href="/electric-and-hybrid/">Electric
    &amp; hybrid</a></h3><p>Qualified high-voltage technicians.</p></div></div>
</div>"""
    )
    + _row(
        f"""{_h2("Why drivers choose Millbrook")}
{
            _text(
                '''<p><strong>We show you, not just tell you.</strong> If a technician finds something that needs
attention, we send you a photo or a short video of it by text or WhatsApp before anything is done, so you can see
exactly what we're seeing. No jargon, no scare stories.</p>
<p><strong>Main dealer standards without the main dealer bill.</strong> Our technicians are trained on the
same diagnostic equipment the dealers use, and most of the team have been with us for over ten years.</p>
<p><strong>Local and family-run.</strong> Dave and Sarah Pritchard still run the business day to day. When you
ring, you'll speak to someone who knows your car, not a call centre.</p>
<p><strong>Small jobs welcome.</strong> A bulb, a wiper blade, a funny noise you want someone to listen to
&ndash; we'd much rather look at it early than see it on a recovery truck later.</p>'''
            )
        }""",
        bg="style-light-bg",
    )
    + _reviews(
        (
            "Car failed elsewhere on a list as long as my arm. Dave went through it with me and half of it "
            "turned out to be fine. Passed here for a fraction of what I'd been quoted.",
            "Karen M., Barton Seagrave",
        ),
        (
            "Tomasz sorted an electrical fault on my Astra that two other garages had given up on. Sent me a "
            "video of the corroded plug so I could see it for myself.",
            "Dean R., Kettering",
        ),
        (
            "Friendly, quick and they actually ring you before doing anything extra. Been using them for "
            "years for both our cars.",
            "Helen & Mark T., Rothwell",
        ),
    )
    + _cta("MOT due soon?", "Book online in two minutes or give Sarah a ring on the front desk.")
)

_ABOUT = (
    _hero(
        "About Us &amp; the Team",
        "About Us",
        "Two generations of Pritchards, a team that's stuck with us for years, and a lot of very happy cars.",
    )
    + _with_sidebar(
        f"""{_h2("Our story")}
{
            _text('''<p>Dave Pritchard started Millbrook Motors in 1998 in a single rented bay behind the old
railway goods shed on Wharf Road, after twelve years as a technician at a Ford main dealer in the town. Word
got round, and in 2009 we moved next door into Unit 3, which gave us five ramps, a proper reception and our own
DVSA-approved MOT bay.</p>
<p>We're still an independent, family-owned business. We aren't part of a chain or a franchise, we don't pay
anyone commission for selling you work, and our reputation in Kettering is the only advertising we've ever really
needed.</p>''')
        }
{_h2("Meet the team")}
<div class="uncode-wrapper team-grid">
  <div class="tmb tmb-team"><h3 class="t-entry-title">Dave Pritchard &ndash; Owner &amp; MOT Tester</h3>
    <p>Started as an apprentice in 1986 and still can't keep away from the ramps. Dave is one of our two nominated
    MOT testers and looks after our older and classic customers' cars.</p></div>
  <div class="tmb tmb-team"><h3 class="t-entry-title">Sarah Pritchard &ndash; Service Manager</h3>
    <p>Sarah runs the front desk, the diary and the phones. If you ring us, it's almost certainly Sarah you'll
    speak to, and she'll be the one explaining your quote and your invoice.</p></div>
  <div class="tmb tmb-team"><h3 class="t-entry-title">Tomasz Wi&#347;niewski &ndash; Senior Technician</h3>
    <p>Our diagnostic specialist and high-voltage qualified technician, with us since 2011. Tomasz is a native
    Polish speaker, so Polish-speaking customers are very welcome to ask for him &ndash; he's happy to explain
    everything about your car in Polish, in person or on the phone.</p></div>
  <div class="tmb tmb-team"><h3 class="t-entry-title">Liam Carter &ndash; Technician &amp; MOT Tester</h3>
    <p>Liam joined us as an apprentice in 2013 and is now our second MOT tester and our F-Gas certified air
    conditioning technician.</p></div>
  <div class="tmb tmb-team"><h3 class="t-entry-title">Jordan Hayes &ndash; Apprentice Technician</h3>
    <p>In his third year of a Level 3 Light Vehicle apprenticeship at Tresham College. Jordan always works
    alongside one of our senior technicians.</p></div>
  <div class="tmb tmb-team"><h3 class="t-entry-title">Bev Lowther &ndash; Accounts</h3>
    <p>Bev looks after our business accounts and invoices, mornings only.</p></div>
</div>
{_h2("Accreditations")}
{
            _text('''<ul>
<li>DVSA-approved MOT test centre for class 4 and class 7 vehicles</li>
<li>Good Garage Scheme member</li>
<li>Technicians qualified through the Institute of the Motor Industry (IMI)</li>
<li>F-Gas certified for vehicle air conditioning work</li>
</ul>''')
        }""",
        _SIDEBAR,
    )
    + _reviews(
        (
            "Been coming to Dave since he had one bay behind the goods shed. Never once had a reason to go "
            "anywhere else.",
            "Roger P., Kettering",
        ),
        ("Sarah explained everything on the invoice line by line. Refreshing!", "Amira K., Burton Latimer"),
        ("Honest people. Told me my car didn't need the work another garage said it did.", "Phil W., Desborough"),
    )
    + _cta("Come and meet us", "Pop in for a chat, or book your car in online.")
)

_MOT = (
    _hero(
        "MOT Testing in Kettering",
        "MOT Testing",
        "A dedicated MOT bay, two experienced testers and a price well under the government maximum.",
    )
    + _with_sidebar(
        f"""{_h2("MOT prices")}
{
            _text('''<p>Millbrook Motors is a DVSA-approved MOT test centre. Our MOT bay is used only for
testing, so your test isn't squeezed in between repairs. Dave and Liam are our nominated testers.</p>''')
        }
<div class="uncode-wrapper table-responsive">
<table class="table table-striped mot-prices">
  <thead><tr><th>MOT class</th><th>What it covers</th><th>Government maximum</th><th>Our price</th></tr></thead>
  <tbody>
    <tr><td>Class 4</td><td>Cars, taxis and private minibuses up to 8 passenger seats, motor caravans, and
      goods vans up to 3,000kg gross weight</td><td>£54.85</td><td><strong>£45.00</strong></td></tr>
    <tr><td>Class 7</td><td>Goods vans over 3,000kg and up to 3,500kg gross weight (for example long-wheelbase
      Transits and Sprinters)</td><td>£58.60</td><td><strong>£55.00</strong></td></tr>
  </tbody>
</table>
</div>
{
            _text('''<p>We don't test motorcycles, three-wheelers, or buses and minibuses with more than 8
passenger seats.</p>''')
        }
{_h2("When is my MOT due?")}
{
            _text('''<p>A car needs its first MOT when it's three years old, then every year after that. You can
have it tested up to one month (minus a day) before the expiry date on your current certificate and still keep
the same renewal date, so booking early costs you nothing. You can check your date on the GOV.UK MOT history
service using just your registration.</p>''')
        }
{_h2("My MOT has already run out")}
{
            _text('''<p>It happens more than you'd think. If your MOT has expired, the law only lets you drive
the car to a <strong>pre-booked</strong> MOT test, or to a garage for repairs to fix faults from a failed test.
Driving it anywhere else can mean a fine of up to £1,000, and it may also invalidate your insurance. Ring us,
tell us it's expired and we'll get you a test slot as soon as possible &ndash; usually the same or next day
&ndash; so you're driving here to a booked appointment.</p>''')
        }
{_h2("What's checked")}
{
            _text('''<p>The tester works through the DVSA inspection manual, including:</p>
<ul>
<li>lights, indicators, reflectors and the horn</li>
<li>steering and suspension</li>
<li>brakes, including a roller brake test</li>
<li>tyres and wheels</li>
<li>seats and seatbelts</li>
<li>the body and structure, including corrosion near mounting points</li>
<li>exhaust, fuel system and emissions</li>
<li>mirrors, wipers, washers and the windscreen</li>
<li>registration plates and the VIN</li>
</ul>
<p>The MOT doesn't cover the condition of the engine, clutch or gearbox.</p>''')
        }
{_h2("On the day")}
{
            _text('''<p>A test takes 45 minutes to an hour. You don't need to bring any paperwork; we just need
your registration and a rough mileage. Please make sure the boot isn't full, as the tester needs to get at the
rear seatbelts and the spare wheel well. You're welcome to wait in our
<a href="/while-you-wait/">customer lounge</a>. The result goes onto the DVSA system straight away and we'll
give you a printed copy of your certificate.</p>
<p>If the car doesn't pass, have a look at <a href="/mot/if-your-car-fails/">what happens if your car
fails</a>.</p>''')
        }""",
        _SIDEBAR,
    )
    + _cta("Book your MOT", "Slots fill up quickly at the end of the month, so book a few weeks ahead if you can.")
)

_MOT_FAIL = (
    _hero(
        "If Your Car Fails Its MOT",
        "If Your Car Fails",
        "Nobody likes hearing the word fail. Here's exactly what it means and what happens next.",
    )
    + _with_sidebar(
        f"""{_h2("What the results mean")}
{
            _text('''<p>Every fault the tester finds is put into one of these categories, and they're printed
on your result:</p>''')
        }
<div class="uncode-wrapper table-responsive">
<table class="table table-bordered defect-categories">
  <thead><tr><th>Category</th><th>Result</th><th>What you need to do</th></tr></thead>
  <tbody>
    <tr><td>Dangerous</td><td>Fail</td><td>Do not drive the car until it's been repaired.</td></tr>
    <tr><td>Major</td><td>Fail</td><td>Repair it immediately.</td></tr>
    <tr><td>Minor</td><td>Pass</td><td>Repair it as soon as possible.</td></tr>
    <tr><td>Advisory</td><td>Pass</td><td>Keep an eye on it; it may need doing in future.</td></tr>
  </tbody>
</table>
</div>
{_h2("Can I drive it away?")}
{
            _text('''<p><strong>Dangerous defects:</strong> no. The car can't be driven on the road until the
fault is fixed, even if your old MOT certificate still has weeks to run, and even for a short trip home. You can
be fined up to £2,500, banned from driving and get 3 penalty points. We can usually repair it the same day, or if
you'd rather have it fixed elsewhere it will need to go on a recovery truck or trailer.</p>
<p><strong>Major defects with an old certificate still valid:</strong> you can legally drive it away, but the
fault still has to be fixed and you can be stopped and fined if the car isn't roadworthy.</p>''')
        }
{_h2("Retests and what they cost")}
<div class="uncode-wrapper table-responsive">
<table class="table table-striped retest-fees">
  <thead><tr><th>What you do</th><th>Retest price</th></tr></thead>
  <tbody>
    <tr><td>Leave the car with us to be repaired, retested within 10 working days</td><td>Free partial retest</td></tr>
    <tr><td>Take it away and bring it back by the end of the next working day, for certain items only (lamps,
      tyres, wheels, wipers and washers, mirrors, seats, seatbelts (not their anchorages), doors, horn, bonnet,
      boot lid, fuel cap, registration plates, battery, spare wheel)</td><td>Free partial retest</td></tr>
    <tr><td>Take it away, have it repaired elsewhere and bring it back within 10 working days</td>
      <td>Partial retest £22.50</td></tr>
    <tr><td>Bring it back after 10 working days</td><td>Full MOT at the normal price</td></tr>
  </tbody>
</table>
</div>
{_text('''<p>Working days are Monday to Friday, not counting bank holidays.</p>''')}
{_h2("Repairs: your choice")}
{
            _text('''<p>Sarah will go through the failure sheet with you and give you a written quote for the
repairs. You're completely free to take the sheet and have the work done wherever you like. We never push
repairs, and our testers don't earn anything from the work that comes out of a test.</p>''')
        }
{_h2("If you think the result is wrong")}
{
            _text('''<p>Talk to us first; Dave will happily walk you round the car and show you each fault. If
you still disagree, you can appeal to the DVSA within 14 working days using form VT17. Don't have any repairs done
before the appeal, or the DVSA won't be able to check the original fault.</p>''')
        }""",
        _SIDEBAR,
    )
    + _cta("Need a repair quote?", "Send us your failure sheet by email or WhatsApp and we'll price it up.")
)

_SERVICING = (
    _hero(
        "Car Servicing",
        "Car Servicing",
        "Interim, full and major services for every make, at fixed prices that include parts, oil and VAT.",
    )
    + _with_sidebar(
        f"""{_h2("Which service do I need?")}
{
            _text('''<p><strong>Interim service</strong> &ndash; every 6 months or 6,000 miles. Engine oil and
filter change, a 32-point check, fluid top-ups, tyre pressures and tread, lights, wipers, a visual brake check
and a battery test. Ideal if you cover a lot of miles, or as a check-up halfway between full services.</p>
<p><strong>Full service</strong> &ndash; every 12 months or 12,000 miles. Everything in the interim service plus
air filter, pollen (cabin) filter, spark plugs where they're due, brakes checked and measured with the wheels off,
steering and suspension inspection, coolant strength test, and a 64-point check. We reset your service light
too.</p>
<p><strong>Major service</strong> &ndash; every 24 months or 24,000 miles. Everything in the full service plus
spark plugs (petrol), fuel filter (diesel) and a brake fluid change.</p>
<p>If you drive fewer than 6,000 miles a year, one full service every 12 months is usually all your car needs,
and you can skip the interim. Low-mileage cars still need their oil changed once a year, because oil ages even
when the car isn't being used much.</p>''')
        }
{_h2("Service prices")}
<div class="uncode-wrapper table-responsive">
<table class="table table-striped service-prices">
  <thead><tr><th>Engine size</th><th>Interim</th><th>Full</th><th>Major</th></tr></thead>
  <tbody>
    <tr><td>Up to 1.4 litre</td><td>£119</td><td>£189</td><td>£279</td></tr>
    <tr><td>1.5 to 2.0 litre</td><td>£129</td><td>£209</td><td>£309</td></tr>
    <tr><td>Over 2.0 litre, 4x4s and vans</td><td>£149</td><td>£239</td><td>£349</td></tr>
  </tbody>
</table>
</div>
{
            _text('''<p>Prices include VAT, parts and oil for most petrol and diesel cars. A few cars need
special long-life oils or more of it (some Audis, BMWs and Mercedes, for example) and may cost a little more;
we'll tell you when you book. Hybrid and electric servicing is on our
<a href="/electric-and-hybrid/">electric &amp; hybrid page</a>.</p>''')
        }
{_h2("Will it affect my manufacturer's warranty?")}
{
            _text('''<p>No. Under the Block Exemption rules you don't have to go back to a main dealer to keep
your new-car warranty valid. What matters is that the car is serviced on time, to the manufacturer's schedule,
with parts of matching quality and the correct specification of oil &ndash; which is exactly what we do. We
stamp your service book or update the online service record for makes that use one, and your invoice lists
every part and oil used. Keep your invoices safe in case the manufacturer ever asks.</p>''')
        }
{_h2("How long does it take?")}
{
            _text('''<p>An interim service takes about two hours, a full or major service three to four. Drop
the car off between 8 and 9am and it'll normally be ready by mid-afternoon.</p>''')
        }""",
        _SIDEBAR,
    )
    + _reviews(
        ("Service done, stamped, car washed out of the way in a day. Half what the dealer wanted.", "Jo S."),
        ("They called to say my pads had 3mm left and sent a photo. No pressure at all.", "Martin F."),
        ("Reliable and reasonably priced. I won't go anywhere else now.", "Sue B."),
    )
    + _cta("Book a service", "Tell us your registration and we'll confirm the exact price before you book.")
)

_BRAKES = (
    _hero(
        "Brakes &amp; Clutches",
        "Brakes &amp; Clutches",
        "Squeals, grinds, judders and slipping clutches: what they mean, and what it costs to put them right.",
    )
    + _with_sidebar(
        f"""{_h2("Brake warning signs")}
{
            _text('''<ul>
<li><strong>Squealing or squeaking</strong> when you brake: often the pad wear indicator telling you the pads are
getting low.</li>
<li><strong>Grinding or a metal-on-metal scraping noise</strong>: the pads are usually worn right down to their
steel backing plate, which is now cutting into the disc. Don't leave this one &ndash; keep driving to a minimum and
get it booked in straight away. The longer it goes on, the more likely it is you'll need discs as well as
pads.</li>
<li><strong>Car pulls to one side</strong> when braking: often a sticking caliper or a collapsed hose.</li>
<li><strong>Juddering or vibration</strong> through the pedal or steering wheel: usually warped or worn
discs.</li>
<li><strong>A soft or spongy pedal</strong>: air or moisture in the brake fluid, or a leak. Get it checked
before you drive any distance.</li>
</ul>
<p>Not sure? Our <strong>free brake check</strong> takes about 15 minutes and you can wait for it.</p>''')
        }
{_h2("Brake prices")}
<div class="uncode-wrapper table-responsive">
<table class="table table-striped brake-prices">
  <thead><tr><th>Job</th><th>Price (fitted, inc. VAT)</th></tr></thead>
  <tbody>
    <tr><td>Front brake pads</td><td>from £89</td></tr>
    <tr><td>Front discs and pads</td><td>from £189</td></tr>
    <tr><td>Rear brake pads</td><td>from £89</td></tr>
    <tr><td>Rear discs and pads</td><td>from £199</td></tr>
    <tr><td>Rear shoes and drums</td><td>from £169</td></tr>
    <tr><td>Brake caliper (each)</td><td>from £149</td></tr>
    <tr><td>Brake fluid change</td><td>£55</td></tr>
  </tbody>
</table>
</div>
{
            _text('''<p>Cars with an electronic parking brake need the rear calipers wound back with a diagnostic
tool; we have the equipment for all the common makes.</p>''')
        }
{_h2("Is my clutch going?")}
{
            _text('''<ul>
<li><strong>Slipping</strong>: the revs rise when you accelerate but the car doesn't speed up to match,
especially going uphill, overtaking or in the higher gears. This is the friction plate wearing out and it only
gets worse.</li>
<li><strong>A high biting point</strong>: the clutch only bites right at the top of the pedal's travel.</li>
<li><strong>Juddering</strong> when pulling away, or a rattle at idle that goes when you press the pedal (often
the dual-mass flywheel).</li>
<li><strong>Trouble getting into gear</strong>, or a pedal that feels heavy or stays on the floor.</li>
</ul>''')
        }
{_h2("Clutch prices")}
<div class="uncode-wrapper table-responsive">
<table class="table table-striped clutch-prices">
  <thead><tr><th>Car</th><th>Clutch kit fitted, inc. VAT</th></tr></thead>
  <tbody>
    <tr><td>Small hatchbacks (Fiesta, Corsa, Clio, i10)</td><td>from £495</td></tr>
    <tr><td>Family cars (Focus, Golf, Astra, Qashqai)</td><td>from £595</td></tr>
    <tr><td>Clutch with dual-mass flywheel</td><td>from £995</td></tr>
    <tr><td>Clutch master or slave cylinder</td><td>from £180</td></tr>
  </tbody>
</table>
</div>
{
            _text('''<p>We always fit a full three-piece kit (clutch plate, cover and release bearing). Give us
your registration for an exact price. A clutch is normally a full day's job; some 4x4s and vans take two
days.</p>''')
        }""",
        _SIDEBAR,
    )
    + _cta("Something not feeling right?", "Book a free brake check or a clutch quote today.")
)

_TIMING = (
    _hero(
        "Timing Belts",
        "Timing Belts",
        "The one service item you really can't afford to forget. Here's when yours is due and what it costs.",
    )
    + _with_sidebar(
        f"""{_h2("Why it matters")}
{
            _text('''<p>The timing belt (or cambelt) keeps your engine's valves and pistons moving in step. On
most modern engines, if the belt snaps the pistons hit the valves and the damage can easily cost more than the car
is worth. There's usually no warning before it goes, which is why it's changed on time or mileage, not when it
feels worn.</p>''')
        }
{_h2("When is it due?")}
{
            _text('''<p>Most manufacturers say every 4 to 6 years or every 40,000 to 100,000 miles, whichever
comes first. The exact interval for your engine is in the handbook, or give us your registration and we'll look
it up for free. If you've bought a used car and there's <strong>no proof</strong> in the history that the belt
has been done, treat it as due &ndash; it's far cheaper than finding out the hard way. After every belt change we
put a sticker in the engine bay with the date and mileage.</p>''')
        }
{_h2("Timing belt prices")}
<div class="uncode-wrapper table-responsive">
<table class="table table-striped belt-prices">
  <thead><tr><th>Engine</th><th>Belt kit and water pump, fitted</th></tr></thead>
  <tbody>
    <tr><td>Small petrol engines, 1.0 to 1.4 litre (dry belt)</td><td>from £345</td></tr>
    <tr><td>1.6 to 2.0 litre petrol and diesel</td><td>from £445</td></tr>
    <tr><td>Larger diesels and V6 engines</td><td>from £595</td></tr>
    <tr><td>Ford 1.0 EcoBoost wet belt</td><td>from £695</td></tr>
    <tr><td>1.2 PureTech wet belt (Peugeot, Citro&euml;n, Vauxhall)</td><td>from £745</td></tr>
  </tbody>
</table>
</div>
{
            _text('''<p>We always replace the tensioner and idler pulleys with the belt, and the water pump too
where it's driven by the timing belt. Prices include VAT.</p>''')
        }
{_h2("Wet belts: EcoBoost and PureTech engines")}
{
            _text('''<p>Ford's 1.0 EcoBoost (Fiesta, Focus, B-Max, EcoSport, Puma and others from 2012) and the
1.2 PureTech (Peugeot 208, 308 and 2008, Citro&euml;n C3, Vauxhall Corsa) use a "wet" belt that runs inside the
engine oil. These belts can break up early, especially if the wrong oil has been used or services have been
missed, and the bits can block the oil pump pick-up and starve the engine of oil.</p>
<p>If you own one of these engines and don't know when the belt was last looked at, book a <strong>wet belt
inspection for £45</strong>. We measure the belt against the manufacturer's wear limit and check the oil for
debris, then tell you honestly whether it needs replacing now or can wait.</p>''')
        }
{_h2("Timing chains")}
{
            _text('''<p>Some engines use a chain instead of a belt. Chains are meant to last the life of the
engine but can stretch, especially with missed oil changes. A rattle for a few seconds after a cold start is the
classic sign &ndash; get it looked at before it gets worse.</p>''')
        }""",
        _SIDEBAR,
    )
    + _cta("Not sure when yours was done?", "Send us your registration and we'll check the interval for free.")
)

_DIAGNOSTICS = (
    _hero(
        "Diagnostics &amp; Warning Lights",
        "Diagnostics",
        "A light on the dashboard, a fault that comes and goes, or a car that just doesn't feel right.",
    )
    + _with_sidebar(
        f"""{_h2("What colour is the light?")}
{
            _text('''<ul>
<li><strong>Green or blue</strong>: information only, such as lights on or cruise control.</li>
<li><strong>Amber or orange</strong>: something needs checking soon.</li>
<li><strong>Red</strong>: stop as soon as it's safe to do so.</li>
</ul>''')
        }
{_h2("The engine management light")}
{
            _text('''<p>The amber engine-shaped light means the engine's computer has spotted a fault.</p>
<p><strong>If it's on steadily</strong> and the car drives normally, it's usually fine to drive gently for a few
days while you get it booked in.</p>
<p><strong>If it's flashing</strong>, the engine is misfiring badly. Unburnt fuel is going into the exhaust and
can overheat and destroy the catalytic converter, which is an expensive part. Slow down, avoid hard acceleration
and heavy loads, and don't carry on with your journey: get it to us only if you're close by, otherwise call your
breakdown provider.</p>''')
        }
{_h2("Red warning lights")}
{
            _text('''<ul>
<li><strong>Oil can</strong> (oil pressure): stop and switch the engine off straight away.</li>
<li><strong>Thermometer</strong> (engine temperature): stop, let it cool, and never open a hot coolant cap.</li>
<li><strong>Battery</strong>: the car isn't charging, often the alternator or its belt. You'll have a limited
time before the battery goes flat.</li>
<li><strong>Brake warning</strong>: low brake fluid or a brake fault. Don't drive it.</li>
</ul>
<p>An airbag warning light left on is an MOT failure, so it's worth getting looked at before your test.</p>''')
        }
{_h2("Diagnostic check: £60")}
{
            _text('''<p>Our diagnostic check costs <strong>£60 including VAT</strong> and covers up to an hour of
a technician's time. We don't just plug in and read a code: a fault code tells us which system is complaining,
not which part has failed, so we test wiring, sensors and components until we've found the cause. Most faults
are found within the hour; if it needs longer we'll ring you before going any further. If you go ahead with the
repair with us, we take the £60 off the bill.</p>''')
        }
{_h2("DPF and AdBlue problems")}
{
            _text('''<p>Diesels that do mostly short trips often get a blocked diesel particulate filter (DPF).
Sometimes a 20-minute run at a steady 50mph or more clears it; if not, we can carry out a forced regeneration
(£95) or a chemical DPF clean. We won't remove or "delete" a DPF: it's illegal and an automatic MOT failure.</p>
<p>Newer diesels with AdBlue will start counting down to a no-start if the tank runs low or the system develops a
fault. We can top up the AdBlue (£25 including fluid) and diagnose heater, pump and sensor faults.</p>''')
        }""",
        _SIDEBAR,
    )
    + _cta("Got a light on?", "Book a diagnostic check and we'll find out what it really means.")
)

_AIRCON = (
    _hero(
        "Air Conditioning",
        "Air Conditioning",
        "Regas, leak tests, bad smells and repairs, by our F-Gas certified technician.",
    )
    + _with_sidebar(
        f"""{_h2("Regas prices")}
{
            _text('''<p>All air conditioning systems lose a little gas every year &ndash; typically 10 to 15 per
cent &ndash; so after a few years the air that comes out is barely cool. Which gas your car uses decides the
price:</p>''')
        }
<div class="uncode-wrapper table-responsive">
<table class="table table-striped aircon-prices">
  <thead><tr><th>Gas type</th><th>Typical cars</th><th>Regas price</th></tr></thead>
  <tbody>
    <tr><td>R134a</td><td>Most cars built before 2017</td><td>£59</td></tr>
    <tr><td>R1234yf</td><td>Most cars built from 2017 onwards, and some from 2013</td><td>£99</td></tr>
  </tbody>
</table>
</div>
{
            _text('''<p>The newer R1234yf gas is much more expensive to buy, which is why the price is higher.
There's a sticker under the bonnet showing which gas your car takes, or just give us your registration.</p>''')
        }
{_h2("What a regas includes")}
{
            _text('''<ul>
<li>a performance check of the system before we start</li>
<li>recovering the old gas and weighing it</li>
<li>a 30-minute vacuum test to make sure the system holds</li>
<li>recharging with the exact weight of gas for your car, plus compressor oil and UV leak-detection dye</li>
<li>a vent temperature check at the end</li>
</ul>
<p>It takes about an hour. We recommend a regas every two years. Cars with an electric compressor (most hybrids
and electric cars) need a different type of oil, and our machine has a separate circuit for them.</p>''')
        }
{_h2("If it won't hold gas")}
{
            _text('''<p>If the system fails the vacuum test there's a leak, and refilling it would just waste
gas. A leak test with UV lamp and electronic detector costs £45, and we deduct it if we do the repair. Common
culprits are condensers (from £295 fitted), pipes and O-ring seals.</p>''')
        }
{_h2("Nasty smells")}
{
            _text('''<p>A musty, damp or "old socks" smell when the fan is on is caused by mould and bacteria
growing on the evaporator behind the dashboard. Our antibacterial treatment fogs the whole system and costs £35,
or £20 when done with a regas. We'd also recommend a new pollen filter (from £25 fitted), because an old one
holds on to the smell.</p>
<p>Tip: run the air con for ten minutes every week, even in winter. It keeps the seals supple and clears a misted
windscreen much faster.</p>''')
        }""",
        _SIDEBAR,
    )
    + _cta("Cool air again in an hour", "Book a regas online or call us with your registration for a price.")
)

_TYRES = (
    _hero(
        "Tyres &amp; Tracking",
        "Tyres &amp; Tracking",
        "Budget, mid-range and premium tyres, proper puncture repairs and laser wheel alignment.",
    )
    + _with_sidebar(
        f"""{_h2("Tyre prices")}
{
            _text('''<p>We fit tyres from Michelin, Continental, Bridgestone, Goodyear and Pirelli, mid-range
brands such as Falken, Hankook and Avon, and good-quality budget tyres. Every price includes fitting, a new valve,
balancing and disposal of your old tyre. Some typical sizes:</p>''')
        }
<div class="uncode-wrapper table-responsive">
<table class="table table-striped tyre-prices">
  <thead><tr><th>Size</th><th>Typical cars</th><th>Budget</th><th>Mid-range</th><th>Premium</th></tr></thead>
  <tbody>
    <tr><td>175/65 R14</td><td>Older Fiesta, Corsa, Yaris</td><td>£62</td><td>£74</td><td>£98</td></tr>
    <tr><td>205/55 R16</td><td>Focus, Golf, Astra</td><td>£72</td><td>£89</td><td>£118</td></tr>
    <tr><td>225/45 R17</td><td>Golf GTD, A3, 3 Series</td><td>£85</td><td>£105</td><td>£139</td></tr>
    <tr><td>235/55 R18</td><td>SUVs such as Kuga, Tucson</td><td>£115</td><td>£139</td><td>£179</td></tr>
  </tbody>
</table>
</div>
{
            _text('''<p>Most sizes can be fitted the same day if you order by 11am, as our supplier delivers
twice a day. The legal minimum tread depth is 1.6mm across the central three-quarters of the tyre, but grip in
the wet drops off sharply below 3mm, so that's when we suggest changing.</p>''')
        }
{_h2("Punctures")}
{
            _text('''<p>A nail or screw in the tyre doesn't always mean a new one. Our puncture repair costs
<strong>£22 per tyre</strong> and is done properly to British Standard BS AU 159: we take the tyre off the rim,
inspect it inside and out, and plug and patch it from the inside. We can repair a hole up to 6mm across in the
central part of the tread. We can't safely repair damage in the shoulder or sidewall, a tyre that has been driven
on while flat, or run-flat tyres, and then it will need replacing. If we find it can't be repaired, there's no
charge for looking.</p>''')
        }
{_h2("Wheel alignment (tracking)")}
{
            _text('''<p>Signs your alignment is out: the steering wheel sits off-centre when you're driving in a
straight line, the car drifts to one side, or the inside or outside edges of your tyres are wearing faster than
the middle. It's very common after clipping a kerb or dropping into a pothole. We'll also check the steering and
suspension for bent or damaged parts, because no amount of adjustment fixes a bent track rod.</p>''')
        }
<div class="uncode-wrapper table-responsive">
<table class="table table-striped alignment-prices">
  <tbody>
    <tr><td>Front wheel alignment</td><td>£45</td></tr>
    <tr><td>Four-wheel laser alignment</td><td>£79</td></tr>
  </tbody>
</table>
</div>
{_h2("Tyre pressure sensors and locking wheel nuts")}
{
            _text('''<p>A tyre pressure warning light that stays on after you've checked the pressures is often
a failed sensor; replacements are £65 per wheel fitted and coded. Please leave your locking wheel nut key in the
car. If it's lost, we can remove locking nuts for £30 a set.</p>''')
        }""",
        _SIDEBAR,
    )
    + _cta("Tyres today?", "Call before 11am with your tyre size and we'll have them here this afternoon.")
)

_EV = (
    _hero(
        "Electric &amp; Hybrid Cars",
        "Electric &amp; Hybrid",
        "Servicing, repairs and battery health checks by technicians qualified to work on high-voltage systems.",
    )
    + _with_sidebar(
        f"""{_h2("Qualified to work safely")}
{
            _text('''<p>Hybrid and electric cars run at up to 800 volts, so not every garage can safely work on
them. Tomasz holds the IMI Level 4 qualification in electric and hybrid vehicle repair and Liam holds Level 3,
and we have the insulated tools and isolation equipment to do the job properly. We look after Toyota and Lexus
hybrids, Kia, Hyundai, Honda, Ford, MG, Nissan, VW group and Renault electric and hybrid models, among
others.</p>''')
        }
{_h2("Hybrid servicing &ndash; from £199")}
{
            _text('''<p>A hybrid service includes everything in our full service plus a hybrid system health
check, an inverter coolant check and cleaning the high-voltage battery's cooling fan and filter. On many Toyota
hybrids the battery cooling intake is by the back seat and gets clogged with dust and pet hair, which makes the
battery run hot.</p>''')
        }
{_h2("Electric car servicing &ndash; from £139")}
{
            _text('''<p>No oil to change, but EVs still need looking after. Because regenerative braking does most
of the slowing down, the brakes hardly get used and the discs and calipers rust and seize, so we clean and
lubricate them at every service. We also replace the cabin filter, check the coolant and brake fluid to the
manufacturer's schedule, inspect the tyres and suspension (EVs are heavy and wear them faster), test the 12-volt
battery and check the charging port and cables.</p>''')
        }
{_h2("Battery health check &ndash; £75")}
{
            _text('''<p>Our battery health check reads the high-voltage battery's state of health, cell voltage
balance and usable capacity, and gives you a written report. It takes about 45 minutes. It's well worth doing
before you buy a used electric car or hybrid: the battery is the most expensive part of the car and you can't
judge it from the dashboard range figure. Ask the seller to bring the car to us, or bring it along on a test
drive.</p>''')
        }
{_h2("What we don't do")}
{
            _text('''<p>We don't open or repair high-voltage battery packs; if yours needs that we'll refer you
to a specialist. On Teslas we do tyres, brakes, suspension and air conditioning but not high-voltage or software
work.</p>''')
        }
{_h2("Charging")}
{
            _text('''<p>We have a 7kW charger in our yard and we'll give your car a top-up while it's with us.
It isn't a public charging point, sorry.</p>''')
        }""",
        _SIDEBAR,
    )
    + _cta("Hybrid or EV due a service?", "Book online and choose hybrid or electric in the service list.")
)

_WAIT = (
    _hero(
        "While You Wait &amp; Courtesy Cars",
        "While You Wait",
        "Wait in comfort, borrow a car, or let us pick yours up. However your day works, we'll fit round it.",
    )
    + _with_sidebar(
        f"""{_h2("Waiting for your car")}
{
            _text('''<p>Jobs that take up to about an hour and a half can usually be done while you wait: MOTs,
interim services, tyres, an air con regas, brake pads or a battery. Just tell us you'd like to wait when you book
so we can give you an early slot.</p>''')
        }
{_h2("Our customer lounge")}
{
            _text('''<ul>
<li>free Wi-Fi (the password is on the wall by the door)</li>
<li>free coffee from our bean-to-cup machine, plus tea and hot chocolate, and cold water in the fridge</li>
<li>a work desk with plug sockets and USB chargers</li>
<li>a TV, today's papers and a few magazines</li>
<li>a toilet with baby-changing</li>
<li>a box of toys and books to keep little ones busy</li>
<li>a window looking into the workshop, if you like to see what's going on</li>
</ul>
<p>If you'd rather stretch your legs, there's a Co-op six minutes' walk away and the town centre is about twelve
minutes on foot.</p>''')
        }
{_h2("Courtesy cars")}
{
            _text('''<p>We have four small courtesy cars (two Hyundai i10s, a Kia Picanto and an automatic VW
up!). They're <strong>free</strong> for jobs where we need your car for the whole day or longer, such as clutches,
cambelts and bigger repairs. There are only four, so please ask for one when you book &ndash; they go quickly,
especially at the start of the week.</p>
<p>To borrow one you must:</p>
<ul>
<li>be aged 25 to 75 and have held a full UK driving licence for at least 3 years</li>
<li>have no more than 6 penalty points</li>
<li>bring your photocard licence and a DVLA check code</li>
</ul>
<p>You're covered by our insurance, with a £250 excess if it comes back damaged. Please return it with the same
amount of fuel, and no smoking or pets. There's a 100-mile-a-day limit.</p>''')
        }
{_h2("Collection and delivery")}
{
            _text('''<p>Can't get to us? One of our insured drivers can collect your car from home or work and
bring it back when it's done. It's <strong>free within 5 miles</strong> of the garage (Kettering, Barton
Seagrave, Burton Latimer and Rothwell) and £15 each way up to 10 miles (including Corby, Desborough and
Wellingborough). Please book at least 48 hours ahead. We photograph the car all round when we pick it up.</p>
<p>We can't drive a car with a dangerous fault or a red warning light; that needs a recovery truck.</p>''')
        }
{_h2("A lift into town")}
{
            _text('''<p>Not waiting? We'll drop you at Kettering station or the town centre free of charge
between 8 and 9am and pick you up from there between 4 and 5pm.</p>''')
        }""",
        _SIDEBAR,
    )
    + _reviews(
        ("Waited for my MOT with a decent coffee and the Wi-Fi. Done in under an hour.", "Priya N., Kettering"),
        ("They collected my car from the office and had it back by five. Brilliant.", "Gareth L., Corby"),
        ("The courtesy car got me to work all week while the clutch was done.", "Elaine D."),
    )
    + _cta("Need a courtesy car?", "Ask when you book, as they're first come, first served.")
)

_FIND = _hero(
    "Find Us &amp; Opening Hours",
    "Find Us",
    "On the Wharf Road Trading Estate, five minutes' walk from Kettering railway station.",
) + _with_sidebar(
    f"""{_h2("Address")}
{
        _text('''<p>Millbrook Motors<br>Unit 3, Wharf Road Trading Estate<br>Kettering<br>
Northamptonshire NN16 8QT</p>
<p><strong>Sat nav users:</strong> the postcode takes some sat navs to the back gate of the estate, which is
locked. Use the main entrance on Wharf Road, by the big Screwfix sign, and we're the third unit on the left with
the green roller doors.</p>''')
    }
{_h2("Getting here")}
{
        _text('''<ul>
<li><strong>By car:</strong> from the A14, leave at junction 8 and follow signs for the town centre and railway
station. Wharf Road is the second left after the station.</li>
<li><strong>By train:</strong> Kettering station is a five-minute walk. Leave by the main exit and turn left.</li>
<li><strong>By bus:</strong> the stop on Northfield Avenue (routes 1 and 2) is three minutes away.</li>
</ul>''')
    }
{_h2("Parking")}
{
        _text('''<p>We have <strong>eight customer parking bays</strong> directly in front of reception,
marked "Millbrook customers". If they're all taken, you can park along the estate road on the side opposite the
units. Please don't park in front of our neighbours' roller doors or in the print shop's bays next door. There's
a wide accessible bay right by the reception door, and reception, the lounge and the accessible toilet are all
step-free.</p>''')
    }
{_h2("Opening hours")}
<div class="uncode-wrapper table-responsive">
<table class="table table-striped opening-hours">
  <tbody>
    <tr><td>Monday to Friday</td><td>8.00am &ndash; 5.30pm</td></tr>
    <tr><td>Saturday</td><td>8.00am &ndash; 1.00pm (MOTs, tyres and small jobs only)</td></tr>
    <tr><td>Sunday</td><td>Closed</td></tr>
  </tbody>
</table>
</div>
{
        _text('''<p>The phones are answered from 7.45am on weekdays.</p>
<p><strong>Bank holidays:</strong> we're closed on all bank holidays, including Good Friday, Easter Monday and
both May bank holiday Mondays. We're open as normal on the Saturday of a bank holiday weekend.</p>
<p><strong>Christmas:</strong> we close at 12 noon on Christmas Eve and reopen on 2 January.</p>''')
    }
{_h2("Contact us")}
{
        _text(f'''<p>Phone: <a href="{_TEL}">{_PHONE}</a><br>
Email: <a href="mailto:hello@millbrookmotors.co.uk">hello@millbrookmotors.co.uk</a> (we reply within one working
day)<br>WhatsApp: 07700 900418 (handy for sending photos of a warning light or your MOT failure sheet)</p>''')
    }
<div class="uncode-wrapper uncode-map"><div class="uncode-map-wrapper" data-lat="52.3953" data-lon="-0.7301"
  data-zoom="16"><img src="/wp-content/uploads/2021/04/map-wharf-road.png" alt="Map showing Millbrook Motors on
  Wharf Road Trading Estate" width="760" height="380"></div></div>""",
    _SIDEBAR,
)

_BOOKING = _hero(
    "Book Your Car In",
    "Booking",
    "Book online, by phone, by WhatsApp or at the front desk. Here's how it works.",
) + _with_sidebar(
    f"""{_h2("How to book")}
{
        _text('''<p>Fill in the form below, ring us, send a WhatsApp or pop into reception. For anything
other than an MOT or a service, please describe what the car's doing (noises, lights, when it happens) so we can
allow the right amount of time. We'll text you to confirm the booking, and again the day before.</p>''')
    }
<div class="uncode-wrapper uncode-form"><div class="wpcf7 js" id="wpcf7-f412-o1" lang="en-GB" dir="ltr">
<form action="#booking-form" method="post" class="wpcf7-form init" novalidate="novalidate" id="booking-form">
  <p><label>Your name<br><input type="text" name="your-name" size="40" class="wpcf7-form-control"></label></p>
  <p><label>Phone<br><input type="tel" name="your-phone" size="40" class="wpcf7-form-control"></label></p>
  <p><label>Registration<br><input type="text" name="reg" size="12" class="wpcf7-form-control"></label></p>
  <p><label>Approximate mileage<br><input type="text" name="mileage" size="12" class="wpcf7-form-control"></label>
  </p>
  <p><label>What do you need?<br><select name="job" class="wpcf7-form-control wpcf7-select">
    <option>MOT</option><option>Interim service</option><option>Full service</option><option>Major service</option>
    <option>Hybrid / EV service</option><option>Air con regas</option><option>Tyres</option>
    <option>Diagnostic check</option><option>Repair / other</option></select></label></p>
  <p><label>Preferred date<br><input type="date" name="date" class="wpcf7-form-control"></label></p>
  <p><label><input type="checkbox" name="wait" value="1"> I'd like to wait for my car</label><br>
  <label><input type="checkbox" name="courtesy" value="1"> I'd like a courtesy car</label><br>
  <label><input type="checkbox" name="reminders" value="1"> Send me free MOT and service reminders</label></p>
  <p><label>Anything else we should know?<br><textarea name="message" cols="40" rows="5"
    class="wpcf7-form-control"></textarea></label></p>
  <p><input type="submit" value="Request booking" class="wpcf7-form-control wpcf7-submit btn btn-accent"></p>
</form></div></div>
{_h2("Dropping off")}
{
        _text('''<p>For jobs that take the day, please drop the car off between 8 and 9am. If you're waiting
for your car, come for the time we've given you.</p>
<p><strong>Dropping off early or out of hours?</strong> There's a secure key drop box on the wall to the left of
the reception door. Take an envelope from the holder beside it, write your name, registration, phone number and
the job on the front, put your keys inside and post it through. Lock the car and we'll take it from there when
we open.</p>
<p><strong>Collecting after we've closed?</strong> If you've paid in advance, we can leave your keys in our coded
key safe and text you the code. It's available until 9pm the same day.</p>''')
    }
{_h2("Changing or cancelling")}
{
        _text('''<p>You can move or cancel a booking free of charge as long as you let us know by 4pm the
working day before. For late cancellations and no-shows we charge £20 for an MOT slot, and for other jobs we may
charge for any parts ordered specially for your car that the supplier won't take back.</p>
<p>Running late? Give us a call. If you're more than 20 minutes late for an MOT we might have to rebook you.</p>
<p>For parts we order specially (for example a clutch kit or dealer-only parts) over £150, we ask for a 50%
deposit when you book.</p>''')
    }
{_h2("Free reminders")}
{
        _text('''<p>Tick the box on the form and we'll text you a month before your MOT and service are
due. You can stop them at any time.</p>''')
    }""",
    _SIDEBAR,
)

_PRICES = (
    _hero(
        "Prices &amp; Quotes",
        "Prices &amp; Quotes",
        "Clear prices, written quotes and no surprises on the invoice.",
    )
    + _with_sidebar(
        f"""{_h2("Our labour rate")}
{
            _text('''<p>Every price on this website includes VAT. Our labour rate is <strong>£78 an hour
including VAT</strong> (£65 plus VAT), around half what most main dealers in the area charge.</p>''')
        }
{_h2("How we price a job")}
{
            _text('''<p>MOTs, services and the common jobs on our service pages have fixed or "from" prices.
For anything else we give you a written quote by text or email, worked out from the manufacturer's labour time
for the job and the cost of the parts.</p>
<p>A quote is a quote: we stick to it. If we find something else while we're working on your car, we stop, send
you photos and a price, and nothing extra is done until you've said yes.</p>''')
        }
{_h2("Parts")}
{
            _text('''<p>We use original-equipment or matching-quality parts from brands such as Bosch, Brembo,
Valeo, LuK and Gates. If you'd prefer genuine dealer parts, just ask and we'll price both options.</p>''')
        }
{_h2("Can I supply my own parts?")}
{
            _text('''<p>Yes, we'll fit new parts you've bought yourself, charged at our labour rate. A few
things to know first:</p>
<ul>
<li>We guarantee our workmanship, but we can't guarantee a part we didn't supply.</li>
<li>If the part turns out to be wrong or faulty, the time we've spent is still chargeable.</li>
<li>We won't fit second-hand brake, steering, suspension or tyre parts, or anything we believe is unsafe or
of poor quality.</li>
</ul>
<p>Please tell us when you book so we know the parts are coming with the car.</p>''')
        }
{_h2("Small jobs")}
<div class="uncode-wrapper table-responsive">
<table class="table table-striped small-job-prices">
  <thead><tr><th>Job</th><th>Price</th></tr></thead>
  <tbody>
    <tr><td>Bulb fitted</td><td>from £8 plus the bulb (some headlamp bulbs need the bumper off; we'll quote)</td></tr>
    <tr><td>Pair of wiper blades fitted</td><td>from £22</td></tr>
    <tr><td>Car battery supplied and fitted</td><td>from £99, with a free charging system test</td></tr>
    <tr><td>Headlight aim check</td><td>Free</td></tr>
    <tr><td>Screenwash top-up</td><td>Free</td></tr>
  </tbody>
</table>
</div>""",
        _SIDEBAR,
    )
    + _cta("Want a price?", "Send us your registration and what you need, and we'll come back with a written quote.")
)

_WARRANTY = _hero(
    "Our Warranty",
    "Our Warranty",
    "Every repair we do is guaranteed. If something we've fitted goes wrong, we'll put it right.",
) + _with_sidebar(
    f"""{_h2("What's covered")}
{
        _text('''<p>All parts we supply and fit, and the labour to fit them, are guaranteed for
<strong>12 months or 12,000 miles</strong>, whichever comes first, from the date on your invoice. This covers
servicing, repairs, clutches, timing belts, air conditioning parts and electrical parts such as starter motors
and alternators.</p>
<ul>
<li><strong>Batteries:</strong> the manufacturer's warranty, which is 2 or 3 years depending on the battery.</li>
<li><strong>Tyres:</strong> covered against manufacturing defects by the tyre maker.</li>
</ul>
<p>This is in addition to your rights under the Consumer Rights Act 2015.</p>''')
    }
{_h2("What isn't covered")}
{
        _text('''<ul>
<li>normal wear and tear, such as brake pads and wiper blades wearing down with use</li>
<li>damage from an accident, misuse, or someone else working on the part after us</li>
<li>parts you supplied yourself (see <a href="/prices-and-quotes/">Prices &amp; Quotes</a>)</li>
<li>faults in other parts of the car that weren't part of our repair</li>
</ul>''')
    }
{_h2("Making a claim")}
{
        _text('''<p>Ring Sarah and bring the car in with your invoice. There's no charge for us to check it.
If the fault is down to a part we fitted or our workmanship, we'll repair it free of charge, and we'll do our
best to find you a courtesy car while we do.</p>''')
    }
{_h2("If you're away from home")}
{
        _text('''<p>If a part we fitted fails when you're more than 50 miles from Kettering, call us
<strong>before</strong> anyone works on the car. If we agree it's a warranty fault, we'll authorise a local
VAT-registered garage to repair it, and refund you up to what the same repair would have cost us, once you send
us their invoice and the failed part. We can't refund repairs carried out without calling us first.</p>''')
    }
{_h2("If you're not happy")}
{
        _text('''<p>Please talk to Sarah first; most things are sorted out there and then. If not, write to
Dave at the garage or by email and he'll reply within 5 working days. If we still can't agree, we follow The
Motor Ombudsman's Service and Repair Code, and you can ask them for free, independent dispute resolution.</p>''')
    }""",
    _SIDEBAR,
)

_PAYING = _hero(
    "Paying &amp; Finance",
    "Paying &amp; Finance",
    "Pay the way that suits you, or spread the cost of a bigger bill with interest-free monthly payments.",
) + _with_sidebar(
    f"""{_h2("When to pay")}
{
        _text('''<p>You pay when you collect the car, once we've been through the invoice with you. We can
only release the car once it's been paid for, unless you have a business account with us.</p>''')
    }
{_h2("Ways to pay")}
{
        _text('''<ul>
<li>Visa, Mastercard, Maestro and American Express debit and credit cards &ndash; no card fees</li>
<li>Apple Pay, Google Pay and contactless</li>
<li>cash</li>
<li>bank transfer (our details are on the invoice; the car is released once the money shows)</li>
</ul>
<p>We no longer accept cheques.</p>
<p><strong>Someone else collecting?</strong> We can text you a secure payment link, or you can pay by card over
the phone with Sarah, so whoever picks up the car doesn't need to pay.</p>''')
    }
{_h2("Spread the cost with Bumper")}
{
        _text('''<p>For bills between £100 and £5,000 you can spread the cost over 3 or 6 monthly payments,
<strong>interest-free</strong>, through Bumper. There's nothing extra to pay as long as you keep to the payments.
Applying takes a couple of minutes on your phone using a link we text you, uses a soft credit search that
doesn't affect your credit score, and you'll get a decision straight away. Ask Sarah when you book or when we
quote for the work.</p>
<p><small>Finance is subject to status and available to UK residents aged 18 and over. Millbrook Motors Ltd is an
introducer appointed representative of Bumper International Ltd, which is authorised and regulated by the
Financial Conduct Authority.</small></p>''')
    }
{_h2("Used car warranties")}
{
        _text('''<p>If you have a warranty from a provider such as Warrantywise, MotorEasy or the AA, we'll
deal with the claim for you. The warranty company has to authorise the repair before we start. You'll pay the
excess, the diagnostic time, and anything the policy doesn't cover.</p>''')
    }
{_h2("Business and lease cars")}
{
        _text('''<p>Businesses running three or more vehicles can apply for an account with monthly
invoicing on 30-day terms; speak to Bev in accounts. For lease and company cars, tell us the leasing company
when you book and we'll get their authorisation and invoice them directly.</p>''')
    }""",
    _SIDEBAR,
)


def _faq_item(n: int, question: str, answer: str) -> str:
    return f"""
<div class="panel panel-default wpb_accordion_section group">
  <div class="panel-heading wpb_accordion_header ui-accordion-header" role="tab">
    <p class="panel-title"><a data-toggle="collapse" data-parent="#accordion_faq" href="#tab-faq-{n}"
      class="collapsed"><span>{question}</span></a></p>
  </div>
  <div id="tab-faq-{n}" class="panel-collapse collapse" role="tabpanel">
    <div class="panel-body wpb_accordion_content ui-accordion-content half-internal-gutter single-block-padding">
      <div class="uncode_text_column">{answer}</div>
    </div>
  </div>
</div>"""


_FAQS = (
    (
        "Do you work on all makes and models?",
        "<p>Yes &ndash; everything from a Fiat Panda to a Range Rover, petrol, diesel, hybrid or electric, and vans "
        "up to 3.5 tonnes. We don't work on motorbikes, scooters, lorries or motorhomes over 3.5 tonnes.</p>",
    ),
    (
        "Can you check over a used car before I buy it?",
        "<p>Yes. Our pre-purchase inspection costs £99 and takes about an hour. We put the car on a ramp and go "
        "through over 100 points, scan it for stored fault codes, look for signs of accident repair and "
        "hidden corrosion, and take it for a road test. You get a written report with photos. The seller needs "
        "to bring the car to us; we can't go out to look at cars at the seller's address.</p>",
    ),
    (
        "Do you do bodywork or paint repairs?",
        "<p>We don't do bodywork, dents or paint ourselves. We happily recommend Nene Valley Accident Repair, two "
        "units down on the same estate, who can also deal with insurance claims.</p>",
    ),
    (
        "Can I have my old parts back?",
        "<p>Of course. Just ask when you book and we'll put the old parts in a bag in your boot. Otherwise "
        "they're recycled, along with old oil, batteries and scrap metal.</p>",
    ),
    (
        "Can I come into the workshop and watch?",
        "<p>Sorry, our insurance doesn't allow customers into the workshop while cars are being worked on. "
        "The technician will gladly show you the old parts, or take you under the car on the ramp once the "
        "job's finished.</p>",
    ),
    (
        "Do you fit towbars?",
        "<p>Yes, fixed and detachable towbars with vehicle-specific wiring, from £395 fitted. It's usually a "
        "half-day job.</p>",
    ),
    (
        "Do you do engine remaps?",
        "<p>No, we don't offer remapping or any performance tuning.</p>",
    ),
    (
        "My car is over 40 years old. Will you still look after it?",
        "<p>Definitely &ndash; Dave loves an older car. Vehicles over 40 years old can be exempt from the MOT, "
        "but we can still carry out a voluntary MOT at the normal price if you'd like the peace of mind.</p>",
    ),
    (
        "Is my car safe while it's with you?",
        "<p>Yes. Customers' cars are covered by our motor trade insurance while they're with us, the workshop "
        "is locked and alarmed overnight and the site has CCTV. We fit seat covers, floor mats and a steering "
        "wheel cover before anyone works on your car.</p>",
    ),
)

_FAQ = (
    _hero(
        "Frequently Asked Questions",
        "FAQs",
        "The questions we get asked most at the front desk. Can't see yours? Give us a ring.",
    )
    + _row(
        f"""{_h2("Your questions answered")}
<div class="uncode-accordion wpb_accordion wpb_content_element" data-collapsible="yes" data-target=""
  data-active-tab="0">
  <div class="panel-group wpb_wrapper" id="accordion_faq" role="tablist" aria-multiselectable="true">
{"".join(_faq_item(n, q, a) for n, (q, a) in enumerate(_FAQS, start=1))}
  </div>
</div>"""
    )
    + _cta("Still got a question?", "Call us, email, or send a WhatsApp and Sarah will get back to you.")
)


_PAGES = (
    ("/", "Garage &amp; MOT Centre in Kettering", "Independent family-run garage and MOT centre in Kettering.", _HOME),
    ("/about-us/", "About Us", "Meet the family and the team behind Millbrook Motors.", _ABOUT),
    ("/mot/", "MOT Testing", "Class 4 and class 7 MOTs in Kettering from £45.", _MOT),
    ("/mot/if-your-car-fails/", "If Your Car Fails Its MOT", "Defects, retests and what happens next.", _MOT_FAIL),
    ("/servicing/", "Car Servicing", "Interim, full and major car servicing with fixed prices.", _SERVICING),
    ("/brakes-and-clutches/", "Brakes &amp; Clutches", "Brake and clutch repairs and prices.", _BRAKES),
    ("/timing-belts/", "Timing Belts", "Cambelt and wet belt replacement in Kettering.", _TIMING),
    ("/diagnostics/", "Diagnostics &amp; Warning Lights", "Warning lights and fault diagnosis.", _DIAGNOSTICS),
    ("/air-conditioning/", "Air Conditioning", "Car air con regas, leak tests and repairs.", _AIRCON),
    ("/tyres-and-tracking/", "Tyres &amp; Tracking", "Tyres, puncture repairs and wheel alignment.", _TYRES),
    ("/electric-and-hybrid/", "Electric &amp; Hybrid", "EV and hybrid servicing and battery checks.", _EV),
    ("/while-you-wait/", "While You Wait &amp; Courtesy Cars", "Lounge, courtesy cars and collection.", _WAIT),
    ("/find-us/", "Find Us &amp; Opening Hours", "Address, parking and opening hours.", _FIND),
    ("/booking/", "Booking", "Book your car in online.", _BOOKING),
    ("/prices-and-quotes/", "Prices &amp; Quotes", "Labour rate, quotes and small job prices.", _PRICES),
    ("/warranty/", "Our Warranty", "Our 12-month parts and labour guarantee.", _WARRANTY),
    ("/paying-and-finance/", "Paying &amp; Finance", "Payment options and interest-free finance.", _PAYING),
    ("/faq/", "FAQs", "Frequently asked questions about Millbrook Motors.", _FAQ),
)

HTML = {path: _page(path, title, description, body) for path, title, description, body in _PAGES}

QUESTIONS = [
    ("how much is an MOT with you", "/mot/"),
    (
        "My MOT ran out on Saturday, completely forgot about it. Am I allowed to drive it over to you for the test "
        "or will I get pulled?",
        "/mot/",
    ),
    (
        "Car failed on two tyres and a brake light bulb. If I get the tyres done at the place down the road and "
        "bring it back, do I have to pay for a whole new MOT?",
        "/mot/if-your-car-fails/",
    ),
    (
        "the tester says one of the things on my fail sheet is dangerous. can I still drive it home its only 2 miles",
        "/mot/if-your-car-fails/",
    ),
    (
        "Whats the difference between an interim and a full service? I only do about 5000 miles a year so not sure "
        "which one I need",
        "/servicing/",
    ),
    (
        "My Sportage is still under the 7 year Kia warranty. If I get it serviced with you rather than the dealer "
        "will that void it?",
        "/servicing/",
    ),
    (
        "There's a horrible metal grinding noise every time I brake, it's been getting worse all week",
        "/brakes-and-clutches/",
    ),
    (
        "When I put my foot down going up hills the revs shoot up but the car doesnt really speed up. Any idea what "
        "that is and what it'll cost roughly?",
        "/brakes-and-clutches/",
    ),
    (
        "Just bought a 2017 Fiesta with the 1.0 Ecoboost and theres nothing in the service history about the "
        "cambelt. Should I be worried?",
        "/timing-belts/",
    ),
    (
        "The orange engine light came on yesterday and now it's flashing on and off. Is it ok to keep driving it?",
        "/diagnostics/",
    ),
    ("how much do you charge to plug it into the computer and find out whats wrong", "/diagnostics/"),
    ("Air con's just blowing warm air, how much for a regas on a 2019 Qashqai?", "/air-conditioning/"),
    (
        "Picked up a screw in my back tyre and it's slowly going down. Can you patch it or will I need a new tyre",
        "/tyres-and-tracking/",
    ),
    (
        "Hit a kerb quite hard last week and now the steering wheel is skew-whiff when I'm driving in a straight line",
        "/tyres-and-tracking/",
    ),
    (
        "I'm looking at a secondhand Nissan Leaf from a private seller. Can you test how good the battery still is "
        "before I hand over the money?",
        "/electric-and-hybrid/",
    ),
    (
        "Can I sit and wait while it has its MOT? Is there somewhere I can get a coffee and get on the wifi to do "
        "some work",
        "/while-you-wait/",
    ),
    (
        "My car's going to be with you two days for the clutch and I've got no way of getting to work. Do you lend "
        "cars out?",
        "/while-you-wait/",
    ),
    ("Where do I park when I bring the car in?", "/find-us/"),
    ("are you open bank holiday monday", "/find-us/"),
    (
        "I start work at 7 so I can't get there when you open, is there any way of dropping the car off earlier?",
        "/booking/",
    ),
    ("I've bought some brake pads online, if I bring them in will you fit them?", "/prices-and-quotes/"),
    (
        "You put a new alternator on my Astra back in March and the battery light's come on again. Is that covered "
        "or do I have to pay again?",
        "/warranty/",
    ),
    (
        "The quote for the clutch is nearly £900 and I can't afford that in one go. Can I pay it off monthly?",
        "/paying-and-finance/",
    ),
    ("Thinking of buying a used Golf off a guy on Facebook Marketplace, would you give it a once-over first?", "/faq/"),
    ("Does anyone there speak Polish? My dad wants to bring his car in but his English isn't great", "/about-us/"),
]

OUT_OF_SCOPE = [
    "Have you got any used cars for sale at the moment?",
    "can you hardwire a dashcam into my car so it records when parked",
    "My alloys are all scuffed up, do you do wheel refurbs?",
    "Do you do a discount for NHS staff?",
    "How much to tint the back windows on my Corsa?",
    "How much would you give me for my old Micra for scrap?",
    "Can you recommend a good driving instructor for my daughter?",
    "can you recommend a decent indian takeaway near you",
]
