"""An evaluation site: Onny Valley Country Property, a rural and village estate agent with a small lettings arm (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The markup is WordPress with the Blocksy
theme and Stackable blocks: a Blocksy header-builder mega menu and off-canvas menu, ct-container and
entry-content wrappers, stk-block-* columns, headings, text, icon lists, buttons and testimonials, core tables,
a Blocksy sidebar on some pages, a Stackable accordion for the FAQ and the Blocksy cookie notice.
"""

import zlib

NAME = "Onny Valley Country Property"

_PHONE = "01588 630412"
_PHONE_LINK = "tel:+441588630412"

# (label, path, children) for the Blocksy header builder menu
_MENU = [
    ("Home", "/", []),
    (
        "Selling",
        "/selling/",
        [
            ("Selling your home", "/selling/"),
            ("Free market appraisals &amp; valuations", "/valuations/"),
            ("Our fees", "/fees/"),
            ("Marketing &amp; photography", "/marketing-photography/"),
            ("Property auctions", "/auctions/"),
        ],
    ),
    (
        "Buying",
        "/buying/",
        [
            ("Buying with us", "/buying/"),
            ("Viewings", "/viewings/"),
            ("Sales progression", "/sales-progression/"),
            ("Rural property advice", "/rural-property-advice/"),
            ("Equestrian, farms &amp; land", "/equestrian-farms-land/"),
        ],
    ),
    (
        "Lettings",
        "/lettings/",
        [
            ("Landlords: our services", "/lettings/"),
            ("Landlord safety rules", "/landlord-safety/"),
            ("Tenants", "/tenants/"),
            ("Inventories &amp; moving out", "/inventories-check-out/"),
        ],
    ),
    (
        "About",
        "/about-us/",
        [
            ("Meet the team", "/about-us/"),
            ("FAQs", "/faq/"),
            ("Contact us", "/contact/"),
        ],
    ),
]


def _bid(seed):
    """A Stackable-style short block id, stable for the same seed."""
    return f"{zlib.crc32(seed.encode()):08x}"[:7]


def _menu(current, menu_id):
    items = []
    n = 100 if menu_id == "menu-main" else 300
    for label, href, children in _MENU:
        n += 1
        classes = f"menu-item menu-item-type-post_type menu-item-object-page menu-item-{n}"
        if href == current or any(c[1] == current for c in children):
            classes += " current-menu-ancestor current-menu-parent"
        if children:
            classes += " menu-item-has-children animated-submenu-block"
            subs = []
            for sub_label, sub_href in children:
                n += 1
                sub_cls = f"menu-item menu-item-type-post_type menu-item-object-page menu-item-{n}"
                if sub_href == current:
                    sub_cls += " current-menu-item page_item current_page_item"
                subs.append(
                    f'<li id="menu-item-{n}" class="{sub_cls}"><a href="{sub_href}" class="ct-menu-link">'
                    f"{sub_label}</a></li>"
                )
            items.append(
                f'<li class="{classes}"><a href="{href}" class="ct-menu-link">{label}'
                '<span class="ct-toggle-dropdown-desktop"><svg class="ct-icon" width="8" height="8" '
                'viewBox="0 0 15 15"><path d="M2.1,3.2l5.4,5.4l5.4-5.4L15,4.3l-7.5,7.5L0,4.3L2.1,3.2z"/></svg>'
                "</span></a>"
                '<button class="ct-toggle-dropdown-desktop-ghost" aria-label="Expand dropdown menu" '
                'aria-haspopup="true" aria-expanded="false"></button>'
                f'<ul class="sub-menu">{"".join(subs)}</ul></li>'
            )
        else:
            if href == current:
                classes += " current-menu-item page_item current_page_item"
            items.append(f'<li class="{classes}"><a href="{href}" class="ct-menu-link">{label}</a></li>')
    return f'<ul id="{menu_id}" class="menu">{"".join(items)}</ul>'


def _header(current):
    return f"""
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div class="ct-drawer-canvas" data-location="start">
  <div id="offcanvas" class="ct-panel ct-header" data-behaviour="right-side" role="dialog" aria-label="Offcanvas modal">
    <div class="ct-panel-inner">
      <div class="ct-panel-actions"><button class="ct-toggle-close" data-type="type-1" aria-label="Close drawer">
        <svg class="ct-icon" width="12" height="12" viewBox="0 0 15 15"><path d="M1 15a1 1 0 01-.71-.29 1 1 0
        010-1.41l5.8-5.8-5.8-5.8A1 1 0 011.7.29l5.8 5.8 5.8-5.8a1 1 0 011.41 1.41l-5.8 5.8 5.8 5.8a1 1 0
        01-1.41 1.41l-5.8-5.8-5.8 5.8A1 1 0 011 15z"/></svg></button></div>
      <div class="ct-panel-content" data-device="mobile"><div class="ct-panel-content-inner">
        <nav class="mobile-menu menu-container has-submenu" data-id="mobile-menu" data-interaction="click"
          data-toggle-type="type-1" aria-label="Off Canvas Menu">{_menu(current, "menu-mobile")}</nav>
        <div class="ct-header-cta" data-id="button"><a href="/valuations/" class="ct-button" data-size="medium">
          Book a free valuation</a></div>
      </div></div>
    </div>
  </div>
</div>
<div id="main-container">
<header id="header" class="ct-header" data-id="type-1" itemscope="" itemtype="https://schema.org/WPHeader">
  <div data-device="desktop">
    <div data-row="top" data-column-set="2" class="ct-header-row">
      <div class="ct-container">
        <div data-column="start" data-placements="1"><div data-items="primary">
          <div class="ct-header-text" data-id="text"><div class="entry-content">
            <p>Country homes, farms &amp; land across south-west Shropshire and the Welsh Marches</p>
          </div></div>
        </div></div>
        <div data-column="end" data-placements="1"><div data-items="primary">
          <div class="ct-header-text" data-id="text-2"><div class="entry-content">
            <p><a href="{_PHONE_LINK}">{_PHONE}</a> &nbsp;|&nbsp;
            <a href="mailto:hello@onnyvalleyproperty.co.uk">hello@onnyvalleyproperty.co.uk</a></p>
          </div></div>
          <div class="ct-header-socials" data-id="socials"><div class="ct-social-box" data-color="custom"
            data-icon-size="custom" data-icons-type="simple">
            <a href="https://www.facebook.com/onnyvalleyproperty" data-network="facebook" aria-label="Facebook">
              <span class="ct-icon-container"><svg width="20" height="20" viewBox="0 0 20 20"><path d="M20,10.1c0
              -5.5-4.5-10-10-10S0,4.5,0,10.1c0,5,3.7,9.1,8.4,9.9v-7H5.9v-2.9h2.5V7.9C8.4,5.4,9.9,4,12.2,4c1.1,0
              2.2,0.2,2.2,0.2v2.5h-1.3c-1.2,0-1.6,0.8-1.6,1.6v1.9h2.8L13.9,13h-2.3v7C16.3,19.2,20,15.1,20,10.1z"/>
              </svg></span></a>
            <a href="https://www.instagram.com/onnyvalleyproperty" data-network="instagram" aria-label="Instagram">
              <span class="ct-icon-container"><svg width="20" height="20" viewBox="0 0 20 20"><circle cx="10"
              cy="10" r="3.3"/></svg></span></a>
          </div></div>
        </div></div>
      </div>
    </div>
    <div data-row="middle" data-column-set="2" class="ct-header-row">
      <div class="ct-container">
        <div data-column="start" data-placements="1"><div data-items="primary">
          <div class="site-branding" data-id="logo" itemscope="itemscope" itemtype="https://schema.org/Organization">
            <a href="/" class="site-logo-container" rel="home" itemprop="url">
              <img width="260" height="72" src="/wp-content/uploads/2023/04/onny-valley-logo.svg"
                class="default-logo" alt="Onny Valley Country Property" decoding="async"></a>
          </div>
        </div></div>
        <div data-column="end" data-placements="1"><div data-items="primary">
          <nav id="header-menu-1" class="header-menu-1 menu-container" data-id="menu" data-interaction="hover"
            data-menu="type-2:default" data-dropdown="type-1:simple" data-stretch data-responsive="no"
            itemscope="" itemtype="https://schema.org/SiteNavigationElement" aria-label="Main menu">
            {_menu(current, "menu-main")}
          </nav>
          <div class="ct-header-cta" data-id="button"><a href="/valuations/" class="ct-button"
            data-size="medium" aria-label="Book a free valuation">Book a free valuation</a></div>
        </div></div>
      </div>
    </div>
  </div>
  <div data-device="mobile">
    <div data-row="middle" data-column-set="2" class="ct-header-row"><div class="ct-container">
      <div data-column="start" data-placements="1"><div data-items="primary">
        <div class="site-branding" data-id="logo"><a href="/" class="site-logo-container" rel="home">
          <img width="180" height="50" src="/wp-content/uploads/2023/04/onny-valley-logo.svg"
            class="default-logo" alt="Onny Valley Country Property"></a></div>
      </div></div>
      <div data-column="end" data-placements="1"><div data-items="primary">
        <button class="ct-header-trigger ct-toggle" data-toggle-panel="#offcanvas" aria-controls="offcanvas"
          data-design="simple" data-label="right" aria-label="Menu" data-id="trigger">
          <span class="ct-label ct-hidden-sm ct-hidden-md ct-hidden-lg">Menu</span>
          <svg class="ct-icon" width="18" height="14" viewBox="0 0 18 14" aria-hidden="true">
          <rect y="0.00" width="18" height="1.7" rx="1"/><rect y="6.15" width="18" height="1.7" rx="1"/>
          <rect y="12.3" width="18" height="1.7" rx="1"/></svg></button>
      </div></div>
    </div></div>
  </div>
</header>
"""


_FOOTER = f"""
<footer id="footer" class="ct-footer" data-id="type-1" itemscope="" itemtype="https://schema.org/WPFooter">
  <div data-row="top" class="ct-footer-row"><div class="ct-container">
    <div data-column="widget-area-1"><div class="ct-widget is-layout-flow widget_block" id="block-7">
      <div class="wp-block-stackable-call-to-action stk-block-call-to-action stk-block stk-ft01cta"
        data-block-id="ft01cta"><div class="stk-container stk-ft01cta-container stk-hover-parent">
        <div class="stk-block-content stk-inner-blocks">
          <h3 class="stk-block-heading__text">Thinking of moving?</h3>
          <p class="stk-block-text__text">Talk to the people who know the hills, the lanes and the buyers.</p>
          <div class="stk-block-button"><a class="stk-link stk-button" href="/valuations/">
            <span class="stk-button__inner-text">Book your free valuation</span></a></div>
        </div></div></div>
    </div></div>
  </div></div>
  <div data-row="middle" class="ct-footer-row"><div class="ct-container" data-columns-divider="md:sm">
    <div data-column="widget-area-2"><div class="ct-widget widget_block" id="block-8">
      <h4 class="widget-title">Onny Valley Country Property</h4>
      <p>An independent, family-run estate agency selling and letting country homes, farms and land in
      south-west Shropshire and mid Wales.</p>
      <p class="footer-memberships">Member of Propertymark &middot; The Property Ombudsman &middot;
      Client Money Protection through Propertymark</p>
    </div></div>
    <div data-column="widget-area-3"><div class="ct-widget widget_nav_menu" id="nav_menu-2">
      <h4 class="widget-title">Quick links</h4>
      <div class="menu-footer-container"><ul id="menu-footer" class="menu">
        <li class="menu-item"><a href="/selling/">Selling</a></li>
        <li class="menu-item"><a href="/buying/">Buying</a></li>
        <li class="menu-item"><a href="/lettings/">Landlords</a></li>
        <li class="menu-item"><a href="/tenants/">Tenants</a></li>
        <li class="menu-item"><a href="/auctions/">Auctions</a></li>
        <li class="menu-item"><a href="/faq/">FAQs</a></li>
        <li class="menu-item"><a href="/contact/">Contact</a></li>
      </ul></div>
    </div></div>
    <div data-column="widget-area-4"><div class="ct-widget widget_block" id="block-9">
      <h4 class="widget-title">Our office</h4>
      <p>The Old Bank, 14 High Street<br>Bishop's Castle<br>Shropshire SY9 5BQ</p>
      <p>Phone: <a href="{_PHONE_LINK}">{_PHONE}</a><br>
      Email: <a href="mailto:hello@onnyvalleyproperty.co.uk">hello@onnyvalleyproperty.co.uk</a></p>
      <p>Office open Mon&ndash;Fri 9am&ndash;5.30pm, Sat 9am&ndash;1pm</p>
    </div></div>
    <div data-column="widget-area-5"><div class="ct-widget widget_block" id="block-10">
      <h4 class="widget-title">Follow us</h4>
      <div class="ct-social-box" data-icons-type="rounded:solid">
        <a href="https://www.facebook.com/onnyvalleyproperty" data-network="facebook">Facebook</a>
        <a href="https://www.instagram.com/onnyvalleyproperty" data-network="instagram">Instagram</a>
        <a href="https://www.linkedin.com/company/onny-valley-country-property" data-network="linkedin">
          LinkedIn</a>
      </div>
      <p class="footer-portals">Find our properties on Rightmove, Zoopla and OnTheMarket.</p>
    </div></div>
  </div></div>
  <div data-row="bottom" class="ct-footer-row"><div class="ct-container">
    <div data-column="copyright"><div class="ct-footer-copyright" data-id="copyright">
      <p>Copyright &copy; 2025 Onny Valley Country Property Ltd. Registered in England &amp; Wales
      no. 05511873. Registered office as above. &middot; <a href="#">Privacy &amp; cookies</a> &middot;
      <a href="#">Complaints procedure</a></p>
    </div></div>
    <div data-column="menu"><p class="ct-footer-credit">Website by Teme Digital</p></div>
  </div></div>
</footer>
</div>
<div class="cookie-notification ct-fade-in-start" data-period="forever" data-type="type-1">
  <div class="container">
    <div class="ct-cookies-content"><p>We use cookies to help our website work and to understand how it is
    used. You can accept all cookies or decline the ones we don't need.</p></div>
    <div class="ct-button-group">
      <button type="button" class="ct-button ct-cookies-accept-button">Accept</button>
      <button type="button" class="ct-button ct-cookies-decline-button">Decline</button>
    </div>
  </div>
</div>
<a href="#main-container" class="ct-back-to-top ct-hidden-sm" data-shape="square" data-alignment="right"
  title="Go to top" aria-label="Go to top"><svg class="ct-icon" width="15" height="15" viewBox="0 0 20 20">
  <path d="M10,0L9.4,0.6L0.8,9.1l1.2,1.2l7.1-7.1V20h1.7V3.3l7.1,7.1l1.2-1.2l-8.5-8.5L10,0z"/></svg></a>
<script id="ct-scripts-js-extra">var ct_localizations = {{"ajax_url":"\\/wp-admin\\/admin-ajax.php"}};</script>
<script src="/wp-content/themes/blocksy/static/bundle/main.js?ver=2.0.42" id="ct-scripts-js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-4QX7M2OVCP', {{ 'anonymize_ip': true }});
</script>
"""


def _sidebar():
    return """
<aside class="ct-hidden-sm ct-hidden-md" data-type="type-3" id="sidebar" itemtype="https://schema.org/WPSideBar"
  itemscope="itemscope"><div class="ct-sidebar" data-sticky="sidebar" data-widgets="separated">
  <div class="ct-widget is-layout-flow widget_block" id="block-3">
    <div class="wp-block-stackable-card stk-block-card stk-block stk-sbcard1" data-block-id="sbcard1">
      <div class="stk-container stk-sbcard1-container"><div class="stk-block-content stk-inner-blocks">
        <h3 class="stk-block-heading__text">Free market appraisal</h3>
        <p class="stk-block-text__text">Find out what your home could sell or let for, with no obligation.</p>
        <div class="stk-block-button"><a class="stk-link stk-button" href="/valuations/">
          <span class="stk-button__inner-text">Book now</span></a></div>
      </div></div></div>
  </div>
  <div class="ct-widget widget_block" id="block-4">
    <h3 class="widget-title">Just listed</h3>
    <ul class="wp-block-latest-posts__list wp-block-latest-posts">
      <li><a href="/buying/">Brook Cottage, Bettws-y-Crwyn &ndash; 3 bed stone cottage &ndash; &pound;385,000</a></li>
      <li><a href="/buying/">2 Castle Mews, Bishop's Castle &ndash; 2 bed town house &ndash; &pound;215,000</a></li>
      <li><a href="/lettings/">The Granary, Norbury &ndash; 3 bed barn conversion &ndash; &pound;1,050 pcm</a></li>
    </ul>
  </div>
  <div class="ct-widget widget_block" id="block-5">
    <h3 class="widget-title">Property alerts</h3>
    <form class="stk-newsletter" action="#" method="post"><label for="nl-email">Your email</label>
      <input type="email" id="nl-email" name="email" placeholder="you@example.com">
      <button type="submit" class="wp-element-button">Sign up</button></form>
  </div>
</div></aside>
"""


def _page(path, title, description, body, *, lead="", sidebar=False, page_id=0):
    """Wrap a page body in the shared Blocksy document, header and footer."""
    slug = path.strip("/").replace("/", "-") or "home"
    body_class = "home page-template-default page" if path == "/" else f"page-template-default page page-{slug}"
    full_title = f"{title} | {NAME}" if path != "/" else f"{NAME} | Rural Estate Agents in Bishop's Castle"
    hero = ""
    if path != "/":
        hero = f"""
      <div class="hero-section is-width-constrained" data-type="type-1">
        <header class="entry-header">
          <nav class="ct-breadcrumbs" data-source="default" itemscope="" itemtype="https://schema.org/BreadcrumbList">
            <span class="first-item"><a href="/"><span>Home</span></a></span>
            <span class="last-item" aria-current="page"><span>{title}</span></span></nav>
          <h1 class="page-title" title="{title}" itemprop="headline">{title}</h1>
          <div class="page-description ct-hidden-sm"><p>{lead}</p></div>
        </header>
      </div>"""
    sidebar_html = _sidebar() if sidebar else ""
    structure = "type-3" if sidebar else "type-4"
    return f"""<!doctype html>
<html lang="en-GB" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{full_title}</title>
<meta name="description" content="{description}">
<meta name="robots" content="index, follow, max-snippet:-1, max-image-preview:large, max-video-preview:-1">
<link rel="canonical" href="https://www.onnyvalleyproperty.co.uk{path}">
<meta property="og:locale" content="en_GB">
<meta property="og:type" content="website">
<meta property="og:title" content="{full_title}">
<meta property="og:description" content="{description}">
<meta property="og:site_name" content="{NAME}">
<meta name="generator" content="WordPress 6.5.3">
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3">
<link rel="stylesheet" id="ugb-style-css-v2-css"
  href="/wp-content/plugins/stackable-ultimate-gutenberg-blocks/dist/frontend_blocks.css?ver=3.12.11">
<link rel="stylesheet" id="ct-main-styles-css" href="/wp-content/themes/blocksy/static/bundle/main.min.css?ver=2.0.42">
<link rel="stylesheet" id="ct-page-title-styles-css"
  href="/wp-content/themes/blocksy/static/bundle/page-title.min.css?ver=2.0.42">
<link rel="stylesheet" id="ct-sidebar-styles-css"
  href="/wp-content/themes/blocksy/static/bundle/sidebar.min.css?ver=2.0.42">
<link rel="stylesheet" id="blocksy-ext-cookies-consent-styles-css"
  href="/wp-content/plugins/blocksy-companion/framework/extensions/cookies-consent/static/bundle/main.min.css?ver=2.0.42">
<link rel="stylesheet" id="blocksy-fonts-font-source-google-css"
  href="/wp-content/uploads/blocksy/local-google-fonts/fonts.css?ver=2.0.42">
<link rel="icon" href="/wp-content/uploads/2023/04/cropped-onny-favicon-32x32.png" sizes="32x32">
<style id="ct-main-styles-inline-css">[data-header*="type-1"] .ct-header [data-row*="middle"] {{--height: 96px;}}
:root {{--theme-palette-color-1: #3f5b3a; --theme-palette-color-2: #2c4129; --theme-palette-color-3: #5a5a52;}}</style>
</head>
<body class="wp-singular {body_class} page-id-{page_id} wp-embed-responsive stk--is-blocksy-theme"
  data-link="type-2" data-prefix="single_page" data-header="type-1" data-footer="type-1" itemscope="itemscope"
  itemtype="https://schema.org/WebPage">
{_header(path)}
<main id="main" class="site-main hfeed">
  <div class="ct-container" data-sidebar="{"right" if sidebar else "none"}" data-vertical-spacing="top:bottom">
    <article id="post-{page_id}" class="post-{page_id} page type-page status-publish hentry">
      {hero}
      <div class="entry-content is-layout-constrained" data-structure="{structure}">
{body}
      </div>
    </article>
    {sidebar_html}
  </div>
</main>
{_FOOTER}
</body>
</html>
"""


def heading(text, level=2):
    b = _bid(f"h{text}")
    return (
        f'<div class="wp-block-stackable-heading stk-block-heading stk-block-heading--v2 stk-block stk-{b}" '
        f'data-block-id="{b}"><h{level} class="stk-block-heading__text">{text}</h{level}></div>\n'
    )


def text(*paras):
    out = []
    for para in paras:
        b = _bid(f"t{para[:60]}")
        out.append(
            f'<div class="wp-block-stackable-text stk-block-text stk-block stk-{b}" data-block-id="{b}">'
            f'<p class="stk-block-text__text">{para.strip()}</p></div>\n'
        )
    return "".join(out)


def icon_list(*items):
    b = _bid("l" + "".join(items)[:80])
    lis = "".join(
        f'<li><span class="stk--svg-wrapper"><svg class="stk--inner-svg" viewBox="0 0 512 512" aria-hidden="true">'
        f'<path d="M173.9 439.4l-166.4-166.4 50.2-50.2 116.2 116.2L453.4 89.5l50.2 50.2z"/></svg></span>{i}</li>'
        for i in items
    )
    return (
        f'<div class="wp-block-stackable-icon-list stk-block-icon-list stk-block stk-{b}" data-block-id="{b}">'
        f'<ul class="stk-block-icon-list__ul">{lis}</ul></div>\n'
    )


def button(label, href):
    b = _bid(f"b{label}{href}")
    return (
        f'<div class="wp-block-stackable-button-group stk-block-button-group stk-block stk-{b}" '
        f'data-block-id="{b}"><div class="stk-row stk-inner-blocks stk-block-content stk-button-group">'
        f'<div class="wp-block-stackable-button stk-block-button stk-block">'
        f'<a class="stk-link stk-button stk--hover-effect-darken" href="{href}">'
        f'<span class="stk-button__inner-text">{label}</span></a></div></div></div>\n'
    )


def columns(*cols):
    b = _bid("c" + "".join(cols)[:120])
    inner = []
    for i, col in enumerate(cols):
        cb = _bid(f"{b}{i}")
        inner.append(
            f'<div class="wp-block-stackable-column stk-block-column stk-column stk-block stk-{cb}" '
            f'data-block-id="{cb}"><div class="stk-column-wrapper stk-block-column__content stk-container '
            f'stk-{cb}-container stk--no-background stk--no-padding"><div class="stk-block-content '
            f'stk-inner-blocks stk-{cb}-inner-blocks">\n{col}</div></div></div>\n'
        )
    return (
        f'<div class="wp-block-stackable-columns stk-block-columns stk-block stk-{b}" data-block-id="{b}">'
        f'<div class="stk-row stk-inner-blocks stk-block-content stk-content-align stk-{b}-column">\n'
        f"{''.join(inner)}</div></div>\n"
    )


def table(head, rows, caption=""):
    ths = "".join(f"<th>{h}</th>" for h in head)
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    cap = f'<figcaption class="wp-element-caption">{caption}</figcaption>' if caption else ""
    return (
        f'<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr>{ths}</tr>'
        f"</thead><tbody>{trs}</tbody></table>{cap}</figure>\n"
    )


def testimonial(quote, name, where):
    b = _bid(f"q{name}")
    return (
        f'<div class="wp-block-stackable-testimonial stk-block-testimonial stk-block stk-{b}" data-block-id="{b}">'
        f'<div class="stk-container stk-{b}-container stk-hover-parent"><div class="stk-block-content '
        f'stk-inner-blocks"><div class="wp-block-stackable-text stk-block-text"><p class="stk-block-text__text">'
        f'&ldquo;{quote}&rdquo;</p></div><div class="wp-block-stackable-heading stk-block-heading">'
        f'<h4 class="stk-block-heading__text">{name}</h4></div><div class="wp-block-stackable-subtitle '
        f'stk-block-subtitle"><p class="stk-block-subtitle__text">{where}</p></div>'
        f'<div class="stk-block-icon-label"><span class="stk-star-rating" aria-label="5 out of 5 stars">'
        f"&#9733;&#9733;&#9733;&#9733;&#9733;</span></div></div></div></div>\n"
    )


def notice(msg):
    b = _bid(f"n{msg[:40]}")
    return (
        f'<div class="wp-block-stackable-notification stk-block-notification stk-block stk-{b} '
        f'is-style-default" data-block-id="{b}"><div class="stk-container stk-{b}-container">'
        f'<div class="stk-block-content stk-inner-blocks"><p class="stk-block-text__text">{msg.strip()}</p>'
        f"</div></div></div>\n"
    )


def accordion(items):
    out = []
    for i, (q, answer) in enumerate(items):
        b = _bid(f"a{q}")
        paras = "".join(
            f'<div class="wp-block-stackable-text stk-block-text stk-block"><p class="stk-block-text__text">'
            f"{p.strip()}</p></div>"
            for p in answer
        )
        out.append(
            f'<div class="wp-block-stackable-accordion stk-block-accordion stk-block stk-{b}" data-block-id="{b}">'
            f'<div class="stk-column-wrapper stk-block-accordion__wrapper"><div class="stk-block-accordion__heading '
            f'stk-{b}-heading" role="button" tabindex="0" aria-expanded="{"true" if i == 0 else "false"}">'
            f'<div class="wp-block-stackable-icon-label stk-block-icon-label stk-block">'
            f'<div class="wp-block-stackable-heading stk-block-heading stk-block"><h3 class="stk-block-heading__text">'
            f'{q}</h3></div><div class="wp-block-stackable-icon stk-block-icon stk-block stk--is-accordion-arrow">'
            f'<span class="stk--svg-wrapper"><svg viewBox="0 0 320 512" aria-hidden="true"><path d="M31.3 192h257.3'
            f"c17.8 0 26.7 21.5 14.1 34.1L174.1 354.8c-7.8 7.8-20.5 7.8-28.3 0L17.2 226.1C4.6 213.5 13.5 192 31.3 "
            f'192z"/></svg></span></div></div></div>'
            f'<div class="stk-block-accordion__content stk-inner-blocks">{paras}</div></div></div>\n'
        )
    return f'<div class="stk-block-accordion-group faq-accordion">\n{"".join(out)}</div>\n'


# ---------------------------------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------------------------------

_HOME = (
    columns(
        heading("Country homes, farms and land in the Shropshire hills and the Welsh Marches", 1)
        + text(
            """We are a small, independent estate agency on the High Street in Bishop's Castle. We sell
            stone cottages, village houses, smallholdings, farms and bare land, and we look after a
            hand-picked list of rental homes for local landlords. Most of what we sell sits at the end of a
            lane rather than on an estate, and we think that needs an agent who knows the difference between
            a soakaway and a stream."""
        )
        + button("Book a free valuation", "/valuations/")
        + button("Browse our lettings services", "/lettings/"),
        """<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2024/05/long-mynd-farmhouse.jpg"
        alt="Stone farmhouse below the Long Mynd" width="900" height="600" loading="lazy"></figure>""",
    )
    + heading("How we can help")
    + columns(
        heading("Selling", 3)
        + text(
            """From the first walk round to the day the keys change hands, one local team handles your sale.
            Read how it works, see our fees and what our marketing looks like."""
        )
        + button("Selling with us", "/selling/"),
        heading("Buying", 3)
        + text(
            """Register for alerts, book viewings and get straight answers about the practical side of
            country living."""
        )
        + button("Buying with us", "/buying/"),
        heading("Farms, land &amp; equestrian", 3)
        + text("""Whole farms, blocks of grazing, woodland and homes with stables and paddocks.""")
        + button("Farms &amp; land", "/equestrian-farms-land/"),
        heading("Lettings", 3)
        + text("""A personal lettings service for landlords, and well-kept homes for tenants.""")
        + button("Lettings", "/lettings/"),
    )
    + heading("Recently sold and let")
    + icon_list(
        "Yew Tree Cottage, Lydbury North &ndash; sold after two viewing days",
        "Lower Down Farm, 86 acres &ndash; sold in three lots",
        "The Old Chapel, Clun &ndash; let within a fortnight",
        "Pony paddock, 4.2 acres, Snead &ndash; sold at auction",
    )
    + heading("What our clients say")
    + columns(
        testimonial(
            "Helen and the team were honest about price from the start and it paid off. Calm, organised and "
            "always picked up the phone.",
            "Mr &amp; Mrs Jarvis",
            "Sold a cottage near Bishop's Castle",
        ),
        testimonial(
            "Robert walked every field with us and sold the land in lots. We would not have thought of it.",
            "The Pugh family",
            "Sold a 120-acre hill farm",
        ),
        testimonial(
            "Gwen found us a lovely tenant and deals with everything. I live three hours away and never worry.",
            "Catherine W.",
            "Landlord, fully managed",
        ),
    )
    + button("Contact the office", "/contact/")
)

_SELLING = (
    text(
        """Selling a country property is rarely just a matter of putting it online. Buyers want to know about
        drains, boundaries, access and rights of way before they fall in love with the view.
        This is how a sale with us runs."""
    )
    + heading("Step by step")
    + heading("1. Book your free appraisal", 3)
    + text(
        """One of us comes out, walks round the house, the garden and any land and buildings, and talks you
        through price and timing. Details are on our <a href="/valuations/">valuations page</a>."""
    )
    + heading("2. Instruct us and prove who you are", 3)
    + text(
        """When you are ready we send our terms of business to sign. Under the money laundering rules we must
        check the identity of every owner before we can market the property, so we will ask each of you for a
        passport or photo driving licence and a recent utility or council tax bill. We also check the title at
        HM Land Registry to confirm who owns it; if the property has never been registered, please dig out the
        old deeds and tell us who holds them."""
    )
    + heading("3. Get your solicitor lined up now, not later", 3)
    + text(
        """You don't legally need a solicitor or conveyancer before your home goes on the market, but we
        strongly recommend you instruct one at the same time as you instruct us. They can send you the property
        information form (TA6) and fittings and contents form (TA10) straight away and obtain your title
        documents, so the buyer's solicitor receives a full contract pack within days of a sale being agreed.
        It can take three to four weeks off the whole process. If you need a name, we can give
        you three local firms who deal with rural property every week."""
    )
    + heading("4. Photographs and going live", 3)
    + text(
        """We book the photographer, draw the floorplan and write the particulars, and you check everything
        before it is published. See <a href="/marketing-photography/">marketing &amp; photography</a>."""
    )
    + heading("5. Viewings, feedback and offers", 3)
    + text(
        """We show buyers round and report back, and we put every offer to you with our honest view of the
        buyer behind it. Read more about <a href="/viewings/">viewings</a> and
        <a href="/sales-progression/">what happens after a sale is agreed</a>."""
    )
    + heading("Getting your home ready")
    + icon_list(
        "Clear the clutter and the hallway coats &ndash; rooms look bigger in photographs",
        "Mow paddocks and tidy the yard; buyers judge land by its first impression",
        "Find your boiler service records and any building regulation certificates",
        "Tell us about anything unusual: a shared drive, a footpath through the garden, private water or drains",
    )
    + text(
        """We have to give buyers the material information about a property from the start, such as tenure,
        how it is heated, how it is drained and any known rights of way or flood history, so the more you tell
        us early, the fewer surprises later."""
    )
    + testimonial(
        "We had our solicitor ready before the board went up and the whole thing was done in eleven weeks.",
        "Anne &amp; Martin R.",
        "Sold a village house in Clun",
    )
    + button("Book your free appraisal", "/valuations/")
)

_VALUATIONS = (
    heading("Free market appraisal")
    + text(
        """If you are thinking of selling, our market appraisal is free and there is no obligation to
        instruct us afterwards. We spend 45 minutes to an hour at the property, looking round the house,
        outbuildings, gardens and any land, and we ask about the things that affect value in the country:
        drainage, heating, access, broadband and planning history.""",
        """Within 48 hours we email you a written appraisal with a recommended asking price, the recent sales
        and current competition we based it on, and how we would market the property. We will tell you the
        price we honestly think a buyer will pay, not the highest number we think will win the instruction.""",
        """Appraisals are available Monday to Saturday, and we can usually come out on a Monday to Thursday
        evening up to 7pm if you work during the day.""",
    )
    + heading("Formal valuations (RICS Red Book)")
    + text(
        """Sometimes you need a formal, written valuation that will stand up to scrutiny from HMRC, a court or
        a solicitor. These are carried out by Robert Harker MRICS, who is an RICS Registered Valuer, and follow
        the RICS Valuation Global Standards (the &lsquo;Red Book&rsquo;). Typical reasons are:"""
    )
    + icon_list(
        "Probate and inheritance tax, when someone has died",
        "Capital gains tax, including retrospective valuations at a past date",
        "Lifetime gifts and transfers between family members",
        "Separation and divorce, and disputes between co-owners",
    )
    + table(
        ["Formal valuation", "Fee"],
        [
            ["Probate valuation &ndash; house or cottage up to &pound;500,000", "&pound;275 + VAT"],
            ["Probate valuation &ndash; house over &pound;500,000", "&pound;375 + VAT"],
            ["Capital gains tax / retrospective valuation", "from &pound;450 + VAT"],
            ["Farms, land and equestrian property", "quoted individually, from &pound;650 + VAT"],
        ],
        "Formal valuation fees",
    )
    + text(
        """We inspect within a week of instruction and send the signed report within 10 working days of the
        inspection. For a probate valuation we will need the executor's contact details and access to the
        property; if the house is empty, we can collect keys from the office of the solicitor dealing with the
        estate. If the executors later decide to sell the property through us, we refund the probate
        valuation fee when the sale completes.""",
        """Please note we do not carry out mortgage valuations for lenders or building surveys for buyers.""",
    )
    + button("Book a valuation", "/contact/")
)

_FEES = (
    text(
        """Our sales fees are simple: a percentage of the price your property sells for, payable only when the
        sale completes. If we don't sell, you pay no commission, and there are no upfront marketing charges."""
    )
    + heading("Sales commission")
    + table(
        ["Type of agency", "Fee", "Including VAT"],
        [
            ["Sole agency (just us)", "1.25% + VAT", "1.5%"],
            ["Joint sole agency (us and one other agent)", "1.75% + VAT", "2.1%"],
            ["Multi agency (several agents)", "2% + VAT", "2.4%"],
            ["Farms, land and equestrian property (sole agency)", "1.5% + VAT", "1.8%"],
        ],
        "Minimum fee for residential sales: &pound;2,750 + VAT (&pound;3,300 including VAT).",
    )
    + text(
        """<strong>Example:</strong> a cottage sold for &pound;325,000 on sole agency: 1.25% is &pound;4,062.50,
        plus VAT of &pound;812.50, so &pound;4,875 in total, paid from the sale money by your solicitor."""
    )
    + heading("What the fee includes")
    + icon_list(
        "Professional photography, floorplan and written particulars",
        "Listing on Rightmove, Zoopla, OnTheMarket and our own website",
        "A For Sale board if you want one",
        "Accompanied viewings and feedback after every viewing",
        "Sales progression through to completion",
    )
    + text(
        """Optional extras such as an Energy Performance Certificate or a premium portal listing are priced on
        our <a href="/marketing-photography/">marketing page</a>. Selling at auction has its own fees, shown on
        the <a href="/auctions/">auctions page</a>, and our lettings fees are on the
        <a href="/lettings/">landlords page</a>."""
    )
    + heading("Contract terms")
    + text(
        """Sole agency and joint sole agency agreements run for a minimum of 12 weeks. After that, either of
        us can end the agreement by giving 14 days' notice in writing. Multi agency can be ended at any time
        with 14 days' notice.""",
        """If you take the property off the market during the first 12 weeks of a sole agency agreement we
        charge a withdrawal fee of &pound;395 + VAT to cover the photography and marketing already paid for.
        There is no withdrawal charge after the 12 weeks, and no charge at all if we have not yet gone live.""",
        """If a buyer we introduced goes on to buy the property within six months of the agreement ending,
        our commission is still payable. This is all set out in plain English in our terms of business.""",
    )
    + button("Book a free valuation", "/valuations/")
)

_MARKETING = (
    text(
        """Country houses sell on their photographs and their setting. We put real money into every
        property's marketing from day one, whatever its price."""
    )
    + heading("Photography, drone and video")
    + text(
        """Every property is photographed by Tom Bevan, a professional property photographer who works with
        us full time, using a full-frame camera and lighting, never a phone. We book the shoot within five
        working days of your instruction and wait for a bright day if we can. Period houses get a twilight
        shot as well.""",
        """Aerial photographs matter for rural homes. Our drone pilot is registered with the Civil Aviation
        Authority and aerial photography is included free for any property with half an acre or more;
        for smaller plots it costs &pound;95 + VAT. Properties over &pound;600,000 also get a
        filmed video walk-through.""",
    )
    + heading("Floorplans and land plans")
    + text(
        """We measure every room and produce a floorplan with dimensions. Where land is included we draw a
        coloured land plan on Ordnance Survey mapping showing field boundaries and acreages."""
    )
    + heading("Where your property is advertised")
    + icon_list(
        "Rightmove, Zoopla and OnTheMarket, plus our own website",
        "Our Facebook and Instagram pages, with paid local promotion",
        "An email alert to every matching buyer on our register on the day it goes live",
        "Printed brochures for farms and larger country houses",
        "Country Life and Shropshire Magazine adverts for properties over &pound;750,000",
    )
    + text(
        """A featured (premium) listing on Rightmove, which puts your property higher in results with a
        larger photo, is optional and costs &pound;175 + VAT for eight weeks."""
    )
    + heading("You approve everything first")
    + text(
        """Before anything is published we email you a proof of the particulars, photographs and floorplan.
        Nothing goes live until you have told us it is right. A For Sale board is free and entirely optional."""
    )
    + heading("Energy Performance Certificate (EPC)")
    + text(
        """The law says a property must have an EPC, or one must have been commissioned, before it is marketed
        for sale. A certificate lasts ten years, so you may already have one. If not, our accredited assessor
        can visit at the same time as the photographer for &pound;85 + VAT."""
    )
    + button("Book your free appraisal", "/valuations/")
)

_VIEWINGS = (
    text(
        """Every viewing we arrange is accompanied by one of our team. Sellers don't need to show people round
        or even be at home, and buyers get someone who can answer questions about the property and the area."""
    )
    + heading("When can I view?")
    + table(
        ["Day", "Viewing times"],
        [
            ["Monday to Friday", "9am &ndash; 6pm"],
            ["Saturday", "9am &ndash; 4pm (viewings carry on after the office closes)"],
            ["Sunday", "No viewings, except farms by special arrangement"],
        ],
    )
    + text(
        """To book, ring the office or use the enquiry button on any property. We will ask a few questions
        first: whether you have a property to sell, how you plan to pay and what you are looking for. It saves
        you a wasted journey as much as it helps the seller."""
    )
    + heading("Viewing a farm, smallholding or land")
    + icon_list(
        "Wear wellies or sturdy boots and clothes you don't mind getting muddy",
        "Please leave dogs at home: there is often livestock about, and it is a biosecurity risk for the farm",
        "Close every gate behind you and keep off machinery and out of livestock buildings",
        "Some farms ask you to use a disinfectant foot dip on arrival",
        "Allow about two hours, as we will walk the land as well as the house",
    )
    + heading("After the viewing")
    + text(
        """We pass your comments to the seller within 24 hours. If you'd like a second look, sellers are welcome
        to be there for second viewings if they wish, which gives you a chance to ask about the garden, the
        neighbours or the oil bills.""",
        """Moving from further away? We can do a live video viewing over WhatsApp before you make the trip,
        walking round the property with you on the phone.""",
    )
    + testimonial(
        "Sam met us at the farm gate with a spare pair of wellies and spent two hours walking us round.",
        "Jo &amp; Pete",
        "Bought a smallholding near Chirbury",
    )
    + button("Book a viewing", "/contact/")
)

_BUYING = (
    heading("Register with us")
    + text(
        """Tell us what you are looking for and we will email you new properties the day they come on, often
        before they appear on the portals. Let us know your position too: first-time buyer, chain-free, or with
        a home to sell and whether it is already under offer."""
    )
    + heading("Making an offer")
    + text(
        """You can make an offer by phone or email to the member of staff who showed you round. We have to
        pass every offer to the seller promptly and in writing, and we will also tell them about your position
        and finances, because for most sellers a secure buyer matters as much as the price. Before you offer it
        helps to have a mortgage agreement in principle ready."""
    )
    + heading("Why we ask for ID and proof of funds")
    + text(
        """Estate agents are covered by the Money Laundering Regulations 2017, so before a sale can be agreed we
        must check the identity of every buyer and where the money is coming from. This is a legal requirement
        for all agents, not a sign that anyone suspects you. We will ask each buyer for:"""
    )
    + icon_list(
        "Photo ID: a passport or photo driving licence",
        "Proof of address dated within the last three months",
        "Proof of funds: a mortgage agreement in principle and a bank or savings statement showing your deposit",
        "If family are giving you part of the deposit, their details and ID as well",
    )
    + text(
        """Checks are carried out electronically through the Thirdfort app and cost &pound;24 including VAT per
        buyer, which is not refundable."""
    )
    + heading("Best and final offers")
    + text(
        """When several buyers want the same property, we may ask everyone for their best and final offer by a
        set deadline, usually 12 noon on a stated day. Offers must be sent by email and include your position,
        how you are funding the purchase, your solicitor's details and any conditions. Each buyer gets one
        chance, and the seller is not obliged to accept the highest offer."""
    )
    + heading("Offer accepted: the memorandum of sale")
    + text(
        """Once the seller accepts and your checks are complete, we send a memorandum of sale to you, the seller
        and both solicitors within 24 hours. It confirms the agreed price, the names and addresses of buyer and
        seller, both solicitors, any fixtures and fittings included in the price and any special conditions
        such as a date you need to move by. The property is then marked Sale Agreed and we stop viewings unless
        the seller tells us otherwise. From here our <a href="/sales-progression/">sales progression</a> team
        takes over."""
    )
    + button("Register for property alerts", "/contact/")
)

_PROGRESSION = (
    text(
        """A sale agreed is only the beginning. Country sales involve more checks than most and longer chains,
        so each sale is looked after by our sales progressor, Lisa Morgan, from the memorandum of sale to the
        day the keys are handed over."""
    )
    + heading("Keeping you in the loop")
    + text(
        """Lisa rings or emails every buyer and seller with an update each Tuesday, even when the update is that
        we are still waiting for searches. You never need to chase us for news."""
    )
    + heading("Checking the chain")
    + text(
        """On the day a sale is agreed we check every link in the chain: who is buying and selling above and
        below you, which agents and solicitors are involved and whether each buyer's mortgage is in place. We
        then speak to the other agents and solicitors regularly, so if someone further down the chain is stuck
        we know early and can tell you honestly where things stand."""
    )
    + heading("How long does it take?")
    + table(
        ["Stage", "Typical timing"],
        [
            ["Memorandum of sale sent, solicitors instructed", "Week 1"],
            ["Searches ordered (Shropshire Council about 2 weeks, Powys 4&ndash;6 weeks)", "Weeks 1&ndash;6"],
            ["Mortgage valuation and buyer's survey (we arrange access)", "Weeks 2&ndash;5"],
            ["Solicitors' enquiries answered, mortgage offer issued", "Weeks 4&ndash;10"],
            ["Exchange of contracts", "Weeks 10&ndash;14"],
            ["Completion", "Usually 1&ndash;4 weeks after exchange"],
        ],
    )
    + text(
        """For a typical village house, allow 12 to 16 weeks from sale agreed to completion. Farms, land and
        homes with private drainage, unregistered title or rights of way questions usually take 16 to 24
        weeks."""
    )
    + heading("Exchange and completion")
    + text(
        """At exchange of contracts the buyer pays a deposit, usually 10% of the price, through their solicitor,
        the completion date is fixed and both sides are legally committed. Completion is the day the rest of the
        money is paid and ownership changes. Completions take place on weekdays only, not on Saturdays or bank
        holidays.""",
        """<strong>Keys on completion day.</strong> Once the seller's solicitor confirms the money has arrived,
        they ring us and we release the keys. This is usually between 12 noon and 2pm, later if the chain is
        long. Buyers collect the keys from our office on the High Street; for farms and remote properties we can
        arrange to meet you at the property instead.""",
    )
    + button("Speak to Lisa", "/contact/")
)

_RURAL = (
    text(
        """Old houses in the country come with things town buyers and sellers rarely meet. None of them should
        put you off, but they are worth understanding before you agree a price. This page is general guidance;
        your solicitor and surveyor will advise on the particular property."""
    )
    + heading("Septic tanks and private drainage")
    + text(
        """About half the homes we sell are not connected to mains drains. They use a septic tank, a small
        sewage treatment plant or, occasionally, a cesspool that has to be emptied regularly.""",
        """In England the Environment Agency's General Binding Rules apply. Since 1 January 2020 a septic tank
        must not discharge directly into a watercourse such as a stream, brook or ditch. If it does, it has to
        be replaced with a sewage treatment plant or the outlet diverted to a proper drainage field (soakaway).
        When a property is sold the seller must tell the buyer in writing about the system, and who pays for
        any upgrade is normally agreed as part of the price. Upgrades typically cost &pound;6,000 to
        &pound;12,000. We always recommend a drainage survey by a specialist before exchange, which costs
        around &pound;250 to &pound;450.""",
        """Properties over the border in Powys follow Welsh rules instead, so ask Natural Resources Wales or
        your surveyor.""",
    )
    + heading("Listed buildings")
    + text(
        """Many of our cottages and farmhouses are listed Grade II, and a few are Grade II* or Grade I. Listing
        covers the whole building, inside and out, plus older structures within its grounds. You need listed
        building consent from the council for any work that affects its character: replacing windows or doors,
        removing or moving walls, changing roof materials, or removing old fireplaces and beams.""",
        """Replacing original windows with standard double glazing is rarely allowed. Councils will sometimes
        approve slim-profile glazing in new timber frames, and secondary glazing fitted on the inside is usually
        the easiest route to a warmer house. There is no fee for a listed building consent application.""",
        """Carrying out work without consent is a criminal offence, and the liability passes to the next owner,
        so a buyer's solicitor should always ask the seller for copies of consents for past alterations.""",
    )
    + heading("Private water supplies")
    + text(
        """Some properties take water from a spring or borehole. The council carries out risk assessments on
        supplies that serve more than one house or a let property, and buyers should have the water tested."""
    )
    + heading("Oil and LPG heating")
    + text(
        """Most homes off the gas grid heat with oil or bottled gas. Ask the age of the tank; tanks near a
        watercourse or holding more than 2,500 litres must be bunded (double-skinned)."""
    )
    + heading("Footpaths and bridleways")
    + text(
        """Public rights of way often cross gardens, yards and fields. They are shown on the council's
        definitive map, and we mark them on our land plans where we know of them."""
    )
    + button("Ask us about a property", "/contact/")
)

_EQUESTRIAN = (
    heading("Equestrian property")
    + text(
        """Homes with stables, a manège and a few acres of grazing are some of the hardest properties to find
        and some of the quickest to sell. Sam Ellis, who keeps horses of her own, runs our equestrian register.
        Join it by phone or email, tell us how many horses you have and how much land you need, and we will
        send you details of suitable properties before they go on Rightmove, including the ones sold quietly
        without going online at all. It is free to join."""
    )
    + icon_list(
        "Check the stables have planning permission for the use you want: private use is not the same as livery",
        "Allow roughly 1 to 1.5 acres of good grazing per horse",
        "Make sure a horsebox can get in and turn round",
        "Look at the bridleways and quiet lanes for hacking out",
    )
    + heading("Farms")
    + text(
        """We sell whole farms and parts of farms by private treaty or formal tender, and we often divide a
        farm into lots (house and buildings, blocks of land, woodland) to reach more buyers. We deal with
        holdover of buildings, existing farm business tenancies and the transfer of any environmental land
        management agreements, such as Sustainable Farming Incentive agreements, as part of the sale."""
    )
    + heading("Agricultural ties (occupancy conditions)")
    + text(
        """Some farmhouses and rural bungalows were built with an agricultural occupancy condition, usually
        called an agricultural tie. It limits who may live there to a person solely or mainly working, or last
        working, in agriculture or forestry in the locality, plus their spouse or partner, widow or widower and
        dependants. If nobody in your household meets that test, you would be in breach of planning control
        and the council could take enforcement action, so it is not usually possible to buy one simply as a
        family home.""",
        """Tied properties typically sell for 25&ndash;35% less than an untied equivalent, and only some
        lenders will offer a mortgage on them. A tie can sometimes be removed, either by a planning application
        showing there is no local demand (usually after marketing the property at a reduced price for twelve
        months) or by a certificate of lawful use where the condition has been breached continuously for ten
        years.""",
    )
    + heading("Land and woodland")
    + text(
        """We sell bare land, pony paddocks, amenity land and woodland from a single acre upwards. Sales of land
        with development potential often include an overage (clawback) clause, giving the seller a share of any
        future uplift in value if planning permission is granted."""
    )
    + testimonial(
        "Our land was sold in four lots, two to neighbours, and the total beat every estimate we'd had.",
        "D. Evans",
        "Sold 64 acres near Clunton",
    )
    + button("Join the equestrian register", "/contact/")
)

_AUCTIONS = (
    text(
        """We hold property auctions six times a year in the main hall of the Castle Community Centre in
        Bishop's Castle, streamed live online. Auction suits land, property that needs work and anything
        unusual that is hard to price, and it gives a fixed timetable from start to finish."""
    )
    + heading("Buying at auction")
    + text(
        """The legal pack for each lot can be downloaded free from the property page about four weeks before the
        auction. Read it, or better still have your solicitor read it, and arrange any survey and mortgage
        before the day, because you cannot pull out afterwards.""",
        """The guide price is our indication of where bidding may start. The reserve is the confidential
        minimum the seller will accept and is never more than 10% above a single-figure guide.""",
    )
    + heading("If your bid is successful")
    + text(
        """When the hammer falls, contracts are exchanged and you are legally bound to buy. Before you leave the
        room you must pay:"""
    )
    + icon_list(
        "A 10% deposit (minimum &pound;5,000)",
        "The buyer's administration fee of &pound;1,500 including VAT",
    )
    + text(
        """Payment is by bank transfer or debit card; we cannot accept cash or credit cards. Bring two forms of
        ID. The balance of the price is due on completion, normally 20 working days after the auction unless the
        special conditions of sale in the legal pack say otherwise."""
    )
    + heading("Can't be there on the day?")
    + text(
        """You can bid by telephone, by proxy (we bid for you up to a maximum you set) or online. Register at
        least 48 hours before the auction by sending us the remote bidding form, ID for each buyer and the
        deposit by bank transfer. If you are not successful, your deposit is refunded within five working
        days."""
    )
    + heading("Selling at auction")
    + table(
        ["Seller's auction fees", ""],
        [
            ["Entry fee (payable on instruction, non-refundable)", "&pound;600 + VAT"],
            ["Commission on sale", "2% + VAT, minimum &pound;1,800 + VAT"],
        ],
    )
    + text(
        """Your solicitor prepares the legal pack before the catalogue goes out, and we run accompanied block
        viewings for each lot in the weeks before the sale."""
    )
    + button("Enter a property in our next auction", "/contact/")
)

_LETTINGS = (
    text(
        """We look after a small number of rental homes across south-west Shropshire and mid Wales: village
        houses, cottages, farmhouses and barn conversions. Many of our landlords have inherited a property or
        moved away, and want someone local they can trust with it."""
    )
    + heading("Our services for landlords")
    + table(
        ["Service", "Fee", "Including VAT", "What you get"],
        [
            [
                "Let only",
                "60% of the first month's rent + VAT (minimum &pound;450 + VAT)",
                "72%",
                "Marketing, accompanied viewings, tenant referencing and Right to Rent checks, the tenancy "
                "agreement, collecting and protecting the deposit",
            ],
            [
                "Rent collection",
                "8% of the monthly rent + VAT",
                "9.6%",
                "Everything in let only, plus collecting the rent each month, monthly statements and chasing "
                "late payments",
            ],
            [
                "Fully managed",
                "12% of the monthly rent + VAT",
                "14.4%",
                "Everything above, plus arranging repairs with local tradespeople, inspections every six months, "
                "a 24-hour emergency line for your tenants, renewing safety certificates, the check-out and "
                "agreeing deposit returns",
            ],
        ],
    )
    + heading("Other charges")
    + icon_list(
        "Tenancy renewal or new fixed term: &pound;95 + VAT",
        "Rent guarantee and legal expenses insurance (optional): &pound;22 a month",
        'Inventories and check-outs: see <a href="/inventories-check-out/">inventories &amp; moving out</a>',
        "Safety certificates arranged at cost plus our contractor's price, see "
        '<a href="/landlord-safety/">landlord safety rules</a>',
    )
    + heading("Free rental valuation")
    + text(
        """Our lettings manager, Gwen Pryce, will visit and tell you what rent to expect, what needs doing before
        a tenant moves in and which service would suit you. There is no charge and no obligation."""
    )
    + heading("Landlords living abroad")
    + text(
        """If you live outside the UK for six months or more a year, HMRC's Non-Resident Landlord Scheme applies
        and we must deduct basic rate tax from your rent unless HMRC has approved you to receive it gross."""
    )
    + testimonial(
        "Gwen spotted a damp problem on an inspection before it became an expensive one.",
        "Mr Lloyd",
        "Landlord of a cottage in Lydham",
    )
    + button("Book a free rental valuation", "/contact/")
)

_SAFETY = (
    text(
        """Letting a home comes with legal duties, and most of them must be in place before the tenants move in.
        This is a summary of the rules for properties in England; on our fully managed service we arrange and
        renew all of these for you."""
    )
    + heading("Before a tenancy starts")
    + icon_list(
        "<strong>Gas safety certificate</strong>: a check by a Gas Safe registered engineer every 12 months, "
        "with a copy given to the tenant before they move in and within 28 days of each check",
        "<strong>Electrical safety (EICR)</strong>: an inspection by a qualified electrician at least every five "
        "years, with a copy to the tenant before they move in",
        "<strong>Smoke alarms</strong> on every storey used as living accommodation",
        "<strong>Carbon monoxide alarms</strong> in every room with a fixed combustion appliance, which "
        "includes oil boilers, wood burners, multi-fuel stoves and open fires (gas cookers are the exception)",
        "All alarms tested and working on the day the tenancy starts",
        "<strong>Energy Performance Certificate</strong> with a rating of E or better",
        "<strong>Legionella risk assessment</strong>, particularly important where there is a private water "
        "supply or a water tank",
        "The government's <strong>How to Rent</strong> guide given to the tenant",
        "<strong>Right to Rent</strong> checks on every adult tenant",
    )
    + heading("Oil boilers, wood burners and Agas")
    + text(
        """Homes off the gas grid don't need a gas safety certificate for the boiler, but that does not mean
        nothing is needed. We require oil boilers and oil-fired Agas to be serviced every year by an OFTEC
        registered technician, and chimneys and flues for wood burners and open fires to be swept at least once
        a year. Most landlord insurance policies insist on both. LPG appliances are gas, so they need the annual
        gas safety check."""
    )
    + heading("What it costs")
    + table(
        ["Certificate", "Our contractor's price"],
        [
            ["Gas safety check (one boiler and hob)", "&pound;80 + VAT"],
            ["Oil boiler service (OFTEC)", "&pound;130 + VAT"],
            ["Electrical installation condition report (EICR)", "from &pound;165 + VAT"],
            ["Chimney sweep with certificate", "&pound;70 per flue"],
        ],
    )
    + heading("Letting in Wales")
    + text(
        """If your property is in Powys or elsewhere in Wales, you must be registered with Rent Smart Wales, and
        anyone managing the property must be licensed (we are). Tenancies there are occupation contracts under
        the Renting Homes (Wales) Act, electrical reports are required every five years, and smoke alarms must be
        mains-wired and interlinked."""
    )
    + button("Ask about our fully managed service", "/lettings/")
)

_TENANTS = (
    text(
        """Looking for a home to rent in the hills? Our rental properties are advertised on Rightmove and Zoopla
        and on this website, and most are let within a few weeks, so register with us to hear about new ones
        first."""
    )
    + heading("Holding deposit")
    + text(
        """When you apply for a property you pay a holding deposit of one week's rent, and we take the property
        off the market for you for up to 15 days while referencing is done. The holding deposit then goes
        towards your first month's rent. It is refundable, except if you give false information, fail a Right
        to Rent check or pull out."""
    )
    + heading("Tenancy deposit")
    + text(
        """The deposit is five weeks' rent (for annual rent under &pound;50,000). For a cottage at &pound;950 a
        month, for example, that is &pound;1,096.15. Your first month's rent and the deposit must both be paid
        before you move in. We register every deposit with the Deposit Protection Service (DPS) within 30 days
        and send you the prescribed information explaining how it is protected."""
    )
    + heading("Referencing")
    + text(
        """Referencing is carried out by HomeLet and covers a credit check, your income, a reference from your
        employer and, if you have rented before, your current landlord, plus the Right to Rent check. As a guide
        your annual income should be at least 30 times the monthly rent.""",
        """<strong>Self-employed?</strong> That is no problem. We will ask for your last two years' SA302 tax
        calculations or accounts, or a letter from your accountant. If you have been trading for less than two
        years you will usually need a guarantor: a UK homeowner earning at least 36 times the monthly rent.
        Some landlords will accept rent paid in advance instead.""",
    )
    + heading("Other payments")
    + text(
        """Under the Tenant Fees Act we can't charge you for referencing or paperwork. The only other payments
        are &pound;50 including VAT if you ask to change or add a tenant, interest on rent more than 14 days late
        at 3% above the Bank of England base rate, and the reasonable cost of replacing lost keys."""
    )
    + heading("Pets")
    + text(
        """Plenty of our landlords are happy to consider a well-behaved dog or cat, and some will take horses on
        properties with land. Tell us about your pets when you apply."""
    )
    + heading("Repairs and emergencies")
    + text(
        """Report everyday repairs through the tenant portal or by emailing lettings@onnyvalleyproperty.co.uk
        with a photo.""",
        """For a real emergency outside office hours, such as no heating or hot water, a serious leak, no power
        or a door that won't lock, tenants in properties we fully manage should ring our out-of-hours line on
        <a href="tel:+447700900418">07700 900418</a>, which is answered evenings, weekends and bank holidays. If
        your landlord manages the property themselves, ring them; their details are in your tenancy pack. If you
        smell gas, call the National Gas Emergency line on 0800 111 999 first.""",
    )
    + button("Register as a tenant", "/contact/")
)

_INVENTORIES = (
    heading("Inventory and check-in")
    + text(
        """Before every tenancy an independent inventory clerk from Marches Inventory Services prepares a
        photographic inventory and schedule of condition, records the meter readings and checks the alarms. The
        tenant goes through it at check-in and has seven days to sign it and note anything that was missed.
        Tenants pay nothing for inventories; the charges below are for landlords."""
    )
    + table(
        ["Size of property", "Inventory and check-in", "Check-out"],
        [
            ["1 or 2 bedrooms", "&pound;120 + VAT", "&pound;95 + VAT"],
            ["3 bedrooms", "&pound;145 + VAT", "&pound;95 + VAT"],
            ["4 bedrooms or more, or a farmhouse with outbuildings", "&pound;180 + VAT", "&pound;120 + VAT"],
        ],
    )
    + heading("Moving out: a checklist for tenants")
    + icon_list(
        "Give the notice your tenancy requires, in writing",
        "Clean the property to the standard shown at check-in; if it was professionally cleaned, it should be "
        "professionally cleaned again",
        "Defrost the freezer, clear the gutters you can reach safely, mow the lawn and empty the bins",
        "If you have used the wood burner and your tenancy asks for it, book a sweep and keep the certificate",
        "Take all your belongings, including anything in sheds and outbuildings",
        "Return every key to our office by 12 noon on your last day",
    )
    + heading("Getting your deposit back")
    + text(
        """The check-out is done within two working days of the end of the tenancy, comparing the property with
        the inventory. Fair wear and tear, such as scuffs on walls or a worn carpet after several years, is not
        charged for. Within ten working days of the check-out we send you and the landlord the proposed
        deductions, if there are any. Once you both agree, we tell the Deposit Protection Service and the money
        is usually in your account within two or three working days.""",
        """If you don't agree with a deduction, you can use the DPS's free dispute resolution service. An
        independent adjudicator looks at the evidence from both sides and makes a decision, and the amount in
        dispute stays protected until then.""",
    )
    + button("Contact the lettings team", "/contact/")
)

_ABOUT = (
    text(
        """Onny Valley Country Property was started in 1994 by John Harker, a farmer's son from Clun, in the
        front room of what had been the old bank on the High Street. Thirty years on we are still independent,
        still family-run and still in the same building, selling and letting homes across the Clun Forest, the
        Long Mynd and the Stiperstones and over the border into Powys."""
    )
    + heading("Meet the team")
    + columns(
        heading("Robert Harker MRICS FAAV", 3)
        + text(
            """Director and RICS Registered Valuer. Robert handles farms, land and formal valuations. He grew up
            on the family's hill farm and still keeps a small flock of Clun Forest ewes."""
        ),
        heading("Helen Onslow", 3)
        + text(
            """Sales manager. Helen has sold homes in south-west Shropshire for eighteen years and carries out
            most of our residential appraisals."""
        ),
        heading("Sam Ellis", 3)
        + text(
            """Negotiator. Sam conducts most of our viewings, runs the equestrian register and competes in
            local show-jumping when she isn't at work."""
        ),
    )
    + columns(
        heading("Lisa Morgan", 3)
        + text("""Sales progressor. Lisa keeps every sale moving from offer to completion."""),
        heading("Gwen Pryce MARLA", 3)
        + text(
            """Lettings manager and Propertymark qualified. Gwen grew up near Llanfair Caereinion and is a
            first-language Welsh speaker, so if you would rather talk in Welsh, just ask for her: mae Gwen yn
            siarad Cymraeg."""
        ),
        heading("Dai Roberts", 3)
        + text(
            """Property manager. Dai carries out our rental inspections and organises repairs with a trusted
            team of local tradespeople."""
        ),
    )
    + columns(
        heading("Tom Bevan", 3)
        + text("""Photographer. Tom shoots every property we market, from terraced cottages to 300-acre farms."""),
        heading("In the community", 3)
        + text(
            """We sponsor the Bishop's Castle Michaelmas Fair and the Clun Green Man festival, and we are proud
            supporters of the Shropshire Hills Mountain Rescue team."""
        ),
    )
    + button("Get in touch", "/contact/")
)

_CONTACT = (
    columns(
        heading("Visit us")
        + text(
            """Onny Valley Country Property<br>The Old Bank, 14 High Street<br>Bishop's Castle<br>
            Shropshire SY9 5BQ""",
            f"""Phone: <a href="{_PHONE_LINK}">{_PHONE}</a><br>Sales:
            <a href="mailto:sales@onnyvalleyproperty.co.uk">sales@onnyvalleyproperty.co.uk</a><br>Lettings:
            <a href="mailto:lettings@onnyvalleyproperty.co.uk">lettings@onnyvalleyproperty.co.uk</a>""",
        )
        + heading("Office opening hours", 3)
        + table(
            ["Day", "Hours"],
            [
                ["Monday to Friday", "9am &ndash; 5.30pm"],
                ["Saturday", "9am &ndash; 1pm"],
                ["Sunday", "Closed"],
                ["Bank holidays", "Closed"],
            ],
        )
        + text(
            """Between Christmas and New Year the office opens 10am to 2pm on weekdays only. Appointments outside
            these hours can be arranged."""
        ),
        heading("Parking and access", 3)
        + text(
            """The easiest place to park is the free long-stay car park on Station Street, about two minutes'
            walk from the office. On-street parking on the High Street is limited to one hour, and it is steep.
            If you have a blue badge, ring ahead and we will keep the space behind the office free for you.""",
            """The front door has two steps. There is step-free access through the side door on Union Street;
            ring the bell and one of us will come and let you in.""",
        )
        + heading("Getting here", 3)
        + text(
            """Bishop's Castle is on the A488 between Clun and Shrewsbury. The 553 bus from Shrewsbury stops at
            the top of the town, a short walk downhill from us. The nearest railway station is Craven Arms."""
        ),
    )
    + heading("Send us a message")
    + """<div class="wpforms-container wpforms-container-full" id="wpforms-412"><form id="wpforms-form-412"
    class="wpforms-validate wpforms-form" method="post" action="#"><div class="wpforms-field-container">
    <div class="wpforms-field wpforms-field-name"><label class="wpforms-field-label" for="wpforms-412-field_0">
    Name <span class="wpforms-required-label">*</span></label><input type="text" id="wpforms-412-field_0"
    name="wpforms[fields][0]" required></div>
    <div class="wpforms-field wpforms-field-email"><label class="wpforms-field-label" for="wpforms-412-field_1">
    Email <span class="wpforms-required-label">*</span></label><input type="email" id="wpforms-412-field_1"
    name="wpforms[fields][1]" required></div>
    <div class="wpforms-field wpforms-field-select"><label class="wpforms-field-label" for="wpforms-412-field_3">
    I'm interested in</label><select id="wpforms-412-field_3" name="wpforms[fields][3]"><option>Selling</option>
    <option>Buying</option><option>Letting my property</option><option>Renting a home</option>
    <option>Something else</option></select></div>
    <div class="wpforms-field wpforms-field-textarea"><label class="wpforms-field-label" for="wpforms-412-field_2">
    Message</label><textarea id="wpforms-412-field_2" name="wpforms[fields][2]"></textarea></div></div>
    <div class="wpforms-submit-container"><button type="submit" class="wpforms-submit">Send message</button>
    </div></form></div>
"""
)

_FAQ = (
    text("""Quick answers to the things we are asked most often. Can't see your question? Give us a ring.""")
    + accordion(
        [
            (
                "Which area do you cover?",
                [
                    """We sell and let homes within roughly 25 miles of Bishop's Castle: south-west Shropshire
                    including Clun, Church Stretton, Craven Arms, Minsterley and the villages around Ludlow, and
                    across the Welsh border into Powys, including Montgomery, Churchstoke, Welshpool and Knighton.
                    For farms and land we work right across the Marches.""",
                ],
            ),
            (
                "We haven't sold our own house yet. Can we still make an offer?",
                [
                    """You can, and we will always pass it on, but sellers generally favour buyers who are
                    chain-free or whose own home is already under offer. On a popular property an offer from
                    someone who hasn't yet put their house on the market is unlikely to be accepted.""",
                    """Our advice is to get your own home on the market first; we are happy to value it, even if
                    it is outside our area. Some sellers will accept an offer subject to your sale with a time
                    limit, and continue marketing in the meantime.""",
                ],
            ),
            (
                "Can you help me get a mortgage?",
                [
                    """We don't give mortgage advice ourselves, but we can introduce you to Marches Mortgage
                    Solutions, an independent whole-of-market broker. If you take out a mortgage through them they
                    pay us a referral fee of &pound;150, which we always tell you about. You are free to use any
                    lender or broker you like.""",
                ],
            ),
            (
                "I'm already with another agent. Can I switch to you?",
                [
                    """Yes, but check your current agreement first: if you are still within a sole agency
                    period, or haven't given the notice it requires, you could end up owing two commissions. Bring
                    the contract in and we will read it with you and tell you when you can safely move.""",
                ],
            ),
            (
                "What do Under Offer and Sold STC mean?",
                [
                    """Under Offer means the seller has accepted an offer but the buyer's checks aren't finished.
                    Sold STC (subject to contract) means the sale is agreed and with the solicitors, but contracts
                    haven't been exchanged, so it isn't legally binding yet.""",
                ],
            ),
            (
                "Can you sell my home without it going online?",
                [
                    """Yes. Some clients prefer a quiet sale for privacy. We can offer the property only to
                    suitable buyers on our register, with no board and no portal listing, and go fully public
                    later if the right buyer doesn't come forward.""",
                ],
            ),
        ]
    )
    + button("Still have a question? Contact us", "/contact/")
)

# (path, title, meta description, body, lead, sidebar, page id)
_PAGES = [
    (
        "/",
        "Home",
        "Independent rural estate agents in Bishop's Castle: country homes, farms, land and lettings.",
        _HOME,
        "",
        False,
        2,
    ),
    (
        "/selling/",
        "Selling Your Home",
        "How selling a country home with Onny Valley Country Property works.",
        _SELLING,
        "From the first visit to the day the keys change hands.",
        True,
        11,
    ),
    (
        "/valuations/",
        "Free Market Appraisals &amp; Formal Valuations",
        "Free market appraisals and RICS Red Book valuations for probate, tax and family matters.",
        _VALUATIONS,
        "What is your property worth?",
        False,
        13,
    ),
    (
        "/fees/",
        "Our Fees for Selling",
        "Our sales commission, what it includes and our contract terms.",
        _FEES,
        "No sale, no fee.",
        False,
        15,
    ),
    (
        "/marketing-photography/",
        "Marketing &amp; Photography",
        "Professional photography, drone, floorplans and portal advertising for your property.",
        _MARKETING,
        "How we show your home at its best.",
        False,
        17,
    ),
    (
        "/viewings/",
        "Viewings",
        "Accompanied viewings of houses, farms and land, and what to expect on the day.",
        _VIEWINGS,
        "Every viewing accompanied.",
        False,
        19,
    ),
    (
        "/buying/",
        "Buying With Us",
        "Registering, making an offer, ID checks and the memorandum of sale.",
        _BUYING,
        "Finding, offering on and securing your country home.",
        True,
        21,
    ),
    (
        "/sales-progression/",
        "Sales Progression",
        "From sale agreed to completion: chains, timescales and keys.",
        _PROGRESSION,
        "Getting you from sale agreed to moving day.",
        False,
        23,
    ),
    (
        "/rural-property-advice/",
        "Rural Property Advice: Septic Tanks, Listed Buildings &amp; More",
        "Guidance on septic tanks, listed buildings, private water, oil heating and rights of way.",
        _RURAL,
        "The things that make country property different.",
        True,
        25,
    ),
    (
        "/equestrian-farms-land/",
        "Equestrian Property, Farms &amp; Land",
        "Equestrian homes, farms, land and woodland, and advice on agricultural ties.",
        _EQUESTRIAN,
        "Land, stables and farms across the Marches.",
        False,
        27,
    ),
    (
        "/auctions/",
        "Property Auctions",
        "Buying and selling at our Bishop's Castle property auctions.",
        _AUCTIONS,
        "Six sales a year, in the room and online.",
        False,
        29,
    ),
    (
        "/lettings/",
        "Lettings: Services for Landlords",
        "Let only, rent collection and fully managed services.",
        _LETTINGS,
        "A personal lettings service for country landlords.",
        True,
        31,
    ),
    (
        "/landlord-safety/",
        "Landlord Safety Rules",
        "The safety certificates and checks landlords need by law.",
        _SAFETY,
        "Gas, electrics, alarms and more.",
        False,
        33,
    ),
    (
        "/tenants/",
        "Information for Tenants",
        "Deposits, referencing, permitted payments, pets and repairs.",
        _TENANTS,
        "Renting a home through us.",
        True,
        35,
    ),
    (
        "/inventories-check-out/",
        "Inventories &amp; Moving Out",
        "Inventories, check-in and check-out, moving out and getting your deposit back.",
        _INVENTORIES,
        "Starting and ending a tenancy properly.",
        False,
        37,
    ),
    (
        "/about-us/",
        "About Us &amp; Meet the Team",
        "Meet the family-run team at Onny Valley Country Property.",
        _ABOUT,
        "Local people, local knowledge, since 1994.",
        False,
        39,
    ),
    (
        "/contact/",
        "Contact Us",
        "Our office address, opening hours, parking and how to get in touch.",
        _CONTACT,
        "Come and see us on the High Street.",
        False,
        41,
    ),
    (
        "/faq/",
        "Frequently Asked Questions",
        "Answers to common questions from buyers and sellers.",
        _FAQ,
        "Quick answers to common questions.",
        False,
        43,
    ),
]

HTML = {
    path: _page(path, title, desc, body, lead=lead, sidebar=sidebar, page_id=pid)
    for path, title, desc, body, lead, sidebar, pid in _PAGES
}

QUESTIONS = [
    (
        "We're thinking of putting the house up for sale in the spring. Do we need to have a solicitor sorted "
        "before it goes on the market?",
        "/selling/",
    ),
    ("Is there a charge for you to come out and tell us what our house is worth?", "/valuations/"),
    (
        "My mum passed away in March and the solicitor says we need a proper valuation of her bungalow for "
        "probate. Can you do that and how much is it?",
        "/valuations/",
    ),
    ("whats your commission if i go with just you and not another agent as well", "/fees/"),
    (
        "If we change our minds and take the house off the market after a month or so, do we owe you anything?",
        "/fees/",
    ),
    (
        "Will my house go on Rightmove, and can you get pictures from the air with a drone? We've got about two "
        "acres with it.",
        "/marketing-photography/",
    ),
    ("I work Monday to Friday, can I go and look round a house on a Saturday afternoon?", "/viewings/"),
    (
        "Me and my husband are going to see the smallholding next week, should we bring wellies and is it ok to "
        "bring our spaniel",
        "/viewings/",
    ),
    (
        "We've just put an offer in on a cottage through you and now you're asking for my passport and a bank "
        "statement. Is that normal?",
        "/buying/",
    ),
    ("Roughly how long is it from the sale being agreed to us actually getting the keys?", "/sales-progression/"),
    ("On the day we complete what time can we pick up the keys and where from", "/sales-progression/"),
    (
        "The survey says the septic tank at the cottage we're buying empties straight into the brook at the "
        "bottom of the garden. Is that going to be a problem?",
        "/rural-property-advice/",
    ),
    ("can i put double glazing in a grade 2 listed farmhouse", "/rural-property-advice/"),
    (
        "I've got two horses and I'm after a place with stables and a bit of land. Have you got a list I can go on?",
        "/equestrian-farms-land/",
    ),
    (
        "The farmhouse we like has an agricultural tie on it. I'm a teacher, not a farmer, can we still buy it "
        "and live there?",
        "/equestrian-farms-land/",
    ),
    ("If I win a house at your auction when have I got to pay for it", "/auctions/"),
    (
        "I've inherited my aunt's cottage and want to rent it out, but I live in Bristol so I can't deal with "
        "tenants and repairs myself. What would you charge to do everything?",
        "/lettings/",
    ),
    (
        "There's a log burner in the lounge of the house I'm letting out, does that room need a carbon monoxide alarm?",
        "/landlord-safety/",
    ),
    ("How much deposit do I need to put down to rent one of your houses?", "/tenants/"),
    (
        "I'm self employed, just done my second year of accounts. will that be a problem passing the checks to "
        "rent a place",
        "/tenants/",
    ),
    ("It's Sunday night and the boiler's packed up at the house we rent through you, who do I ring?", "/tenants/"),
    ("We moved out of our rented house last week, how long till we get our deposit back?", "/inventories-check-out/"),
    ("Is there anyone there who speaks Welsh? My dad would rather talk in Welsh", "/about-us/"),
    ("Where's best to park if I come into the office?", "/contact/"),
    (
        "We haven't sold our place in Ludlow yet, is there any point us making an offer on one of yours?",
        "/faq/",
    ),
]

OUT_OF_SCOPE = [
    "Do you manage holiday lets? I'm thinking of doing the barn as an Airbnb",
    "How much stamp duty will I have to pay on a £425,000 farmhouse?",
    "what council tax band is the bungalow you've got for sale on Mill Lane",
    "Can you recommend a good builder? We want to turn the old stone barn into a house",
    "Would you buy our house off us yourselves for cash if we need a quick sale?",
    "Do you sell new build houses for the developers round here?",
    "Where's good for a Sunday lunch round Clun?",
    "what day do the bin men come in bishops castle",
]
