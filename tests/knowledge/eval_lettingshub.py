"""An evaluation site: The Lettings Hub, an estate and letting agent in Leicester that also sells student houses (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. Built like a Squarespace 7.1 site with
Fluid Engine: page-section / content-wrapper / fluid-engine grids of fe-block html, button, quote and form
blocks, accordion blocks with aria-hidden hidden dropdowns, and a header-nav with a header-menu overlay.
"""

import itertools

NAME = "The Lettings Hub"

_DOMAIN = "https://www.lettingshub.co.uk"
_PHONE = "0116 270 4410"
_PHONE_TEL = "+441162704410"

# The navigation: (folder label, [(link text, path), ...]). Home is the logo link (and first in the overlay).
_MENU = [
    (
        "Sell",
        [
            ("Free valuation", "/valuations/"),
            ("Selling &amp; fees", "/selling/"),
            ("Offers &amp; sale progression", "/selling/offers-and-sale-progression/"),
            ("Student houses &amp; HMOs for sale", "/student-houses-and-hmos-for-sale/"),
        ],
    ),
    ("Buy", [("Buying with us", "/buying/")]),
    (
        "Landlords",
        [
            ("Landlord services &amp; fees", "/landlords/"),
            ("Compliance &amp; safety", "/landlords/compliance/"),
            ("HMO licensing", "/landlords/hmo-licensing/"),
        ],
    ),
    ("Students", [("Student lets", "/students/")]),
    (
        "Tenants",
        [
            ("Applying &amp; tenant fees", "/tenants/"),
            ("Deposits", "/tenants/deposits/"),
            ("Maintenance, repairs &amp; inspections", "/tenants/maintenance-and-repairs/"),
            ("Renewals, rent &amp; moving out", "/tenancy-changes/"),
        ],
    ),
    (
        "About",
        [
            ("Meet the team", "/about/"),
            ("FAQs", "/faq/"),
            ("Complaints", "/complaints/"),
            ("Contact &amp; find us", "/contact/"),
        ],
    ),
]

_ids = itertools.count(283641001)


def _bid():
    return f"yui_3_17_2_1_1690{next(_ids)}"


def _desktop_nav():
    items = []
    for label, links in _MENU:
        sub = "\n".join(
            f'<div class="header-nav-folder-item"><a href="{href}" data-animation-role="header-element">'
            f'<span class="header-nav-folder-item-content">{text}</span></a></div>'
            for text, href in links
        )
        items.append(
            '<div class="header-nav-item header-nav-item--folder">\n'
            f'<button class="header-nav-folder-title" data-href="{links[0][1]}" aria-haspopup="true">'
            f'<span class="header-nav-folder-title-text">{label}</span></button>\n'
            f'<div class="header-nav-folder-content">\n{sub}\n</div>\n</div>'
        )
    return "\n".join(items)


def _overlay_nav():
    root = [
        '<div class="container header-menu-nav-item header-menu-nav-item--collection">'
        '<a href="/"><div class="header-menu-nav-item-content">Home</div></a></div>'
    ]
    folders = []
    for label, links in _MENU:
        key = label.lower()
        root.append(
            '<div class="container header-menu-nav-item">'
            f'<a data-folder-id="/{key}" href="{links[0][1]}">'
            f'<div class="header-menu-nav-item-content"><span class="visually-hidden">Folder:</span>'
            f'<span>{label}</span><span class="chevron chevron--right"></span></div></a></div>'
        )
        sub = "\n".join(
            f'<div class="container header-menu-nav-item"><a href="{href}">'
            f'<div class="header-menu-nav-item-content">{text}</div></a></div>'
            for text, href in links
        )
        folders.append(
            f'<div data-folder="/{key}" class="header-menu-nav-folder">\n'
            '<div class="header-menu-nav-folder-content">\n'
            '<div class="header-menu controls-container items--1">'
            '<a class="header-menu-controls-control header-menu-controls-control--active" data-action="back"'
            ' href="/"><span class="chevron chevron--left"></span><span>Back</span></a></div>\n'
            f"{sub}\n</div>\n</div>"
        )
    return (
        '<div data-folder="root" class="header-menu-nav-folder">\n'
        '<div class="header-menu-nav-folder-content">\n' + "\n".join(root) + "\n</div>\n</div>\n" + "\n".join(folders)
    )


def _header():
    return f"""<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white"
  data-controller="Header" data-current-styles='{{"layout":"navRight","action":{{"buttonText":"Book a valuation"}}}}'>
<div class="sqs-announcement-bar-dropzone"></div>
<div class="header-announcement-bar-wrapper">
  <a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
  <div class="header-border" data-header-style="solid" data-test="header-border"></div>
  <div class="header-dropshadow" data-header-style="solid"></div>
  <div class="header-inner container--fluid header-layout--with-commerce header-mobile-layout-logo-left-nav-right">
    <div class="header-display-desktop" data-content-field="site-title">
      <div class="header-title-nav-wrapper">
        <div class="header-title" data-animation-role="header-element">
          <div class="header-title-logo">
            <a href="/" data-animation-role="header-element">
              <img elementtiming="nbf-header-logo-desktop" src="/s/lettings-hub-logo-navy.png"
                alt="The Lettings Hub" style="display:block" fetchpriority="high" loading="eager">
            </a>
          </div>
        </div>
        <div class="header-nav">
          <div class="header-nav-wrapper">
            <nav class="header-nav-list">
{_desktop_nav()}
            </nav>
          </div>
        </div>
      </div>
      <div class="header-actions header-actions--right">
        <div class="header-actions-action header-actions-action--social">
          <a class="icon icon--fill header-icon header-icon-border-shape-none" href="https://www.facebook.com/thelettingshubleicester"
            target="_blank" aria-label="Facebook"><svg viewBox="23 23 64 64"><use xlink:href="#facebook-unauth-icon"
            width="110" height="110"></use></svg></a>
          <a class="icon icon--fill header-icon header-icon-border-shape-none" href="https://www.instagram.com/thelettingshub"
            target="_blank" aria-label="Instagram"><svg viewBox="23 23 64 64"><use xlink:href="#instagram-unauth-icon"
            width="110" height="110"></use></svg></a>
        </div>
        <div class="showOnDesktop"><div class="header-actions-action header-actions-action--cta">
          <a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/valuations/">
            Book a valuation</a>
        </div></div>
      </div>
    </div>
    <div class="header-display-mobile" data-content-field="site-title">
      <div class="header-title-nav-wrapper">
        <div class="header-title"><div class="header-title-logo"><a href="/">
          <img src="/s/lettings-hub-logo-navy.png" alt="The Lettings Hub"></a></div></div>
      </div>
      <div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element">
        <button class="header-burger-btn burger" data-test="header-burger">
          <span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
          <span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span>
          <div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger">
            <div class="top-bun"></div><div class="patty"></div><div class="bottom-bun"></div></div></div>
        </button>
      </div>
    </div>
  </div>
</div>
<div class="header-menu header-menu--folder-list" data-section-theme="white" data-current-styles="{{}}">
  <div class="header-menu-bg theme-bg--primary"></div>
  <div class="header-menu-nav">
    <nav class="header-menu-nav-list">
{_overlay_nav()}
    </nav>
  </div>
  <div class="header-menu-cta">
    <a class="theme-btn--primary btn sqs-button-element--primary" href="/valuations/">Book a valuation</a>
  </div>
</div>
</header>"""


_FOOTER = f"""<footer class="sections" id="footer-sections" data-footer-sections>
<section data-test="page-section" data-section-theme="black" class="page-section layout-engine-section
  background-width--full-bleed section-height--small content-width--wide horizontal-alignment--left
  vertical-alignment--top" data-section-id="64a2b1c9f0e1d20f7c3a0a91">
  <div class="section-border"><div class="section-background"></div></div>
  <div class="content-wrapper" style="">
    <div class="content">
      <div data-fluid-engine="true">
        <div class="fluid-engine fe-64a2b1c">
          <div class="fe-block fe-block-yui_3_17_2_1_1690283600001">
            <div class="sqs-block html-block sqs-block-html" data-block-type="2">
              <div class="sqs-block-content"><div class="sqs-html-content">
                <h4>The Lettings Hub</h4>
                <p>74 Queens Road<br>Clarendon Park<br>Leicester LE2 1TU</p>
                <p><a href="tel:{_PHONE_TEL}">{_PHONE}</a><br>
                  <a href="mailto:hello@lettingshub.co.uk">hello@lettingshub.co.uk</a></p>
              </div></div>
            </div>
          </div>
          <div class="fe-block fe-block-yui_3_17_2_1_1690283600002">
            <div class="sqs-block html-block sqs-block-html" data-block-type="2">
              <div class="sqs-block-content"><div class="sqs-html-content">
                <h4>Office hours</h4>
                <p>Mon&ndash;Fri 9am&ndash;5.30pm<br>Sat 9.30am&ndash;1pm<br>Sun closed</p>
              </div></div>
            </div>
          </div>
          <div class="fe-block fe-block-yui_3_17_2_1_1690283600003">
            <div class="sqs-block html-block sqs-block-html" data-block-type="2">
              <div class="sqs-block-content"><div class="sqs-html-content">
                <h4>Quick links</h4>
                <p><a href="/valuations/">Book a valuation</a><br><a href="/landlords/">Landlord fees</a><br>
                  <a href="/tenants/">Tenant fees</a><br><a href="/students/">Student houses</a><br>
                  <a href="/complaints/">Complaints</a><br><a href="/contact/">Contact us</a></p>
              </div></div>
            </div>
          </div>
          <div class="fe-block fe-block-yui_3_17_2_1_1690283600004">
            <div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2" data-block-type="54">
              <div class="sqs-block-content"><div class="sqs-svg-icon--outer social-icon-alignment-left">
                <nav class="sqs-svg-icon--list">
                  <a href="https://www.facebook.com/thelettingshubleicester" target="_blank"
                    class="sqs-svg-icon--wrapper facebook-unauth" aria-label="Facebook"><div>
                    <svg class="sqs-svg-icon--social" viewBox="0 0 64 64"><use class="sqs-use--icon"
                    xlink:href="#facebook-unauth-icon"></use></svg></div></a>
                  <a href="https://www.instagram.com/thelettingshub" target="_blank"
                    class="sqs-svg-icon--wrapper instagram-unauth" aria-label="Instagram"><div>
                    <svg class="sqs-svg-icon--social" viewBox="0 0 64 64"><use class="sqs-use--icon"
                    xlink:href="#instagram-unauth-icon"></use></svg></div></a>
                  <a href="https://www.linkedin.com/company/the-lettings-hub-leicester" target="_blank"
                    class="sqs-svg-icon--wrapper linkedin-unauth" aria-label="LinkedIn"><div>
                    <svg class="sqs-svg-icon--social" viewBox="0 0 64 64"><use class="sqs-use--icon"
                    xlink:href="#linkedin-unauth-icon"></use></svg></div></a>
                  <a href="https://www.tiktok.com/@thelettingshub" target="_blank"
                    class="sqs-svg-icon--wrapper tiktok-unauth" aria-label="TikTok"><div>
                    <svg class="sqs-svg-icon--social" viewBox="0 0 64 64"><use class="sqs-use--icon"
                    xlink:href="#tiktok-unauth-icon"></use></svg></div></a>
                </nav>
              </div></div>
            </div>
          </div>
          <div class="fe-block fe-block-yui_3_17_2_1_1690283600005">
            <div class="sqs-block html-block sqs-block-html" data-block-type="2">
              <div class="sqs-block-content"><div class="sqs-html-content">
                <p class="sqsrte-small">&copy; 2025 The Lettings Hub Ltd. Registered in England &amp; Wales,
                  company no. 06987412. Registered office: 74 Queens Road, Leicester LE2 1TU. VAT no. 981 4420 17.
                  Member of Propertymark. Redress scheme: The Property Ombudsman. Client Money Protection
                  provided by Propertymark.</p>
                <p class="sqsrte-small"><a href="#privacy">Privacy notice</a> &middot;
                  <a href="#cookies">Cookie settings</a> &middot; Website by Pixel &amp; Brick</p>
              </div></div>
            </div>
          </div>
        </div>
      </div>
    </div>
  </div>
</section>
</footer>"""

_COOKIES = """<div class="sqs-cookie-banner-v2-container" role="region" aria-label="Cookie banner">
  <div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--position-bottom-left">
    <div class="sqs-cookie-banner-v2-text"><p>We use cookies to understand how people use our website and to
      improve it. Essential cookies are always on. You can accept or decline the rest.</p></div>
    <div class="sqs-cookie-banner-v2-cta-container">
      <button class="sqs-cookie-banner-v2-accept sqs-button-element--primary" type="button">Accept all</button>
      <button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary" type="button">Decline</button>
      <button class="sqs-cookie-banner-v2-manage" type="button">Manage cookies</button>
    </div>
  </div>
</div>"""

_AREAS = {
    "full": "1 / 2 / 2 / 26",
    "main": "1 / 2 / 2 / 17",
    "side": "1 / 18 / 2 / 26",
    "a": "1 / 2 / 2 / 10",
    "b": "1 / 10 / 2 / 18",
    "c": "1 / 18 / 2 / 26",
}


def _wrap(kind, type_id, inner, area):
    bid = _bid()
    return (
        bid,
        area,
        f'<div class="fe-block fe-block-{bid}">\n'
        f'<div class="sqs-block {kind}" data-block-type="{type_id}" data-border-radii="" id="block-{bid}">\n'
        f'<div class="sqs-block-content">\n{inner}\n</div>\n</div>\n</div>',
    )


def _text(inner, area="full"):
    return _wrap(
        "html-block sqs-block-html",
        2,
        f'<div class="sqs-html-content" data-sqsp-text-block-content>\n{inner}\n</div>',
        area,
    )


def _button(label, href, area="full", style="primary"):
    return _wrap(
        "button-block sqs-block-button",
        53,
        '<div class="sqs-block-button-container sqs-block-button-container--left" data-animation-role="button"'
        f' data-alignment="left" data-button-size="medium" data-button-type="{style}">\n'
        f'<a href="{href}" class="sqs-block-button-element--medium sqs-button-element--{style}'
        f' sqs-block-button-element" data-initialized="true">{label}</a>\n</div>',
        area,
    )


def _quote(text, who, area="full"):
    return _wrap(
        "quote-block sqs-block-quote",
        31,
        '<figure class="block-animation-none">\n'
        f'<blockquote data-animation-role="quote"><span>&ldquo;</span>{text}<span>&rdquo;</span></blockquote>\n'
        f'<figcaption class="source">&mdash; {who}</figcaption>\n</figure>',
        area,
    )


def _image(src, alt, area="full"):
    return _wrap(
        "image-block sqs-block-image",
        5,
        '<div class="image-block-outer-wrapper layout-caption-below design-layout-fluid">\n'
        '<div class="fluid-image-animation-wrapper sqs-image sqs-block-alignment-wrapper">\n'
        f'<div class="fluid-image-container sqs-image-content"><img src="{src}" alt="{alt}"'
        ' loading="lazy" sizes="(max-width: 640px) 100vw, 50vw"></div>\n</div>\n</div>',
        area,
    )


def _accordion(items, area="full"):
    lis = []
    for question, answer in items:
        bid = _bid()
        lis.append(
            '<li class="accordion-item">\n'
            '<div class="accordion-divider accordion-divider--top" style="height:1px;opacity:1;"></div>\n'
            '<h4 class="accordion-item__title-wrapper" role="heading" aria-level="3">\n'
            f'<button class="accordion-item__click-target" aria-expanded="false" id="button-block-{bid}"'
            f' aria-controls="dropdown-block-{bid}" style="padding-top:20px;padding-bottom:20px;">\n'
            f'<span class="accordion-item__title">{question}</span>\n'
            '<div class="accordion-icon-container" data-is-open="false" aria-hidden="true">'
            '<div class="plus"><div class="line"></div><div class="line"></div></div></div>\n'
            "</button>\n</h4>\n"
            f'<div class="accordion-item__dropdown" role="region" id="dropdown-block-{bid}"'
            f' aria-labelledby="button-block-{bid}" aria-hidden="true" hidden>\n'
            f'<div class="accordion-item__description" style="padding-bottom:20px;">\n{answer}\n</div>\n'
            "</div>\n</li>"
        )
    return _wrap(
        "accordion-block sqs-block-accordion",
        69,
        '<ul class="accordion-items-container" data-should-allow-multiple-open-items="false"'
        ' data-is-divider-enabled="true" data-is-first-divider-visible="true" data-is-last-divider-visible="true"'
        ' data-is-expanded-first-item="false" data-accordion-icon-placement="right"'
        ' data-accordion-title-alignment="left" data-accordion-description-alignment="left">\n'
        + "\n".join(lis)
        + "\n</ul>",
        area,
    )


def _form(title, fields, submit, area="full"):
    rows = "\n".join(
        f'<div class="form-item field {kind}"><label class="title" for="{name}">{label}</label>'
        f'<input class="field-element" type="{kind}" id="{name}" name="{name}"></div>'
        for label, name, kind in fields
    )
    return _wrap(
        "form-block sqs-block-form",
        9,
        f'<div class="form-wrapper"><div class="form-title">{title}</div>\n'
        f'<form class="react-form-contents" autocomplete="on" novalidate>\n<div class="field-list">\n{rows}\n'
        '</div>\n<div class="form-button-wrapper form-button-wrapper--align-left">'
        f'<button class="button sqs-system-button sqs-editable-button sqs-button-element--primary" type="submit">'
        f"{submit}</button></div>\n</form>\n</div>",
        area,
    )


_sections = itertools.count(1)


def _section(*blocks, theme="white", height="medium"):
    n = next(_sections)
    style = "\n".join(f".fe-block-{bid} {{ grid-area: {_AREAS[area]}; }}" for bid, area, _ in blocks)
    body = "\n".join(html for _, _, html in blocks)
    return f"""<section data-test="page-section" data-section-theme="{theme}" class="page-section layout-engine-section
  background-width--full-bleed section-height--{height} content-width--wide horizontal-alignment--center
  vertical-alignment--middle {theme}" data-section-id="64a2b1c9f0e1d20f7c3a{n:04d}">
<div class="section-border"><div class="section-background"></div></div>
<div class="content-wrapper" style="padding-top:calc(3vmax / 10);padding-bottom:calc(3vmax / 10);">
<div class="content">
<div data-fluid-engine="true">
<style>
.fe-64a2b1c {{ --grid-gutter: calc(var(--sqs-mobile-site-gutter, 6vw) - 11px); --cell-max-width: 70px; }}
{style}
</style>
<div class="fluid-engine fe-64a2b1c">
{body}
</div>
</div>
</div>
</div>
</section>"""


def _page(path, title, description, collection, *sections):
    url = _DOMAIN + path
    return f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="">
<meta charset="utf-8" />
<title>{title} &mdash; The Lettings Hub</title>
<meta http-equiv="Accept-CH" content="Sec-CH-UA-Platform-Version, Sec-CH-UA-Model" />
<link rel="icon" type="image/x-icon" href="/favicon.ico"/>
<link rel="canonical" href="{url}"/>
<meta property="og:site_name" content="The Lettings Hub"/>
<meta property="og:title" content="{title} &mdash; The Lettings Hub"/>
<meta property="og:url" content="{url}"/>
<meta property="og:type" content="website"/>
<meta property="og:description" content="{description}"/>
<meta property="og:image" content="/s/lettings-hub-og.jpg"/>
<meta itemprop="name" content="{title} &mdash; The Lettings Hub"/>
<meta name="twitter:title" content="{title} &mdash; The Lettings Hub"/>
<meta name="twitter:card" content="summary"/>
<meta name="description" content="{description}" />
<link rel="preconnect" href="https://images.squarespace-cdn.com">
<link rel="stylesheet" type="text/css" href="/static/vta/5c5a519771b7f9e2/versioned-assets/site.css"/>
<link rel="stylesheet" type="text/css" href="/static/versioned-site-css/64a2b1c9f0e1d20f7c3a0000/29/site.css"/>
<script type="application/ld+json">{{"url":"{_DOMAIN}","name":"The Lettings Hub","@context":"http://schema.org",
"@type":"RealEstateAgent","address":"74 Queens Road, Clarendon Park, Leicester LE2 1TU",
"telephone":"{_PHONE}"}}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}
gtag('js',new Date());gtag('config','G-LH4410QX7R',{{'anonymize_ip':true}});</script>
</head>
<body id="collection-{collection}" class="primary-button-style-solid primary-button-shape-rounded
  secondary-button-style-outline tertiary-button-style-solid header-width-full tweak-fixed-header
  tweak-fixed-header-style-basic form-field-style-solid form-use-theme-colors header-button-style-solid
  header-button-shape-rounded tweak-global-animations-enabled tweak-blog-alternating-side-by-side-width-full
  collection-type-page collection-layout-default mobile-style-available sqs-seven-one">
<div id="siteWrapper" class="clearfix site-wrapper">
{_header()}
<main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="{collection}">
{chr(10).join(sections)}
</article>
</main>
{_FOOTER}
</div>
{_COOKIES}
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" style="display:none" data-usage="social-icons-svg">
<symbol id="facebook-unauth-icon" viewBox="0 0 64 64"><path d="M34.1,47V33.3h4.6l0.7-5.3h-5.3v-3.4"/></symbol>
<symbol id="instagram-unauth-icon" viewBox="0 0 64 64"><path d="M46.91,25.816c-0.073-1.597"/></symbol>
</svg>
</body>
</html>
"""


_HOME = _page(
    "/",
    "Estate &amp; Letting Agent in Leicester",
    "Independent estate and letting agent in Clarendon Park, Leicester. Sales, lettings, property management,"
    " student houses and HMOs.",
    "home",
    _section(
        _text(
            """<h1 style="white-space:pre-wrap;">Leicester&rsquo;s independent estate &amp; letting agent</h1>
<p class="sqsrte-large">Selling your home, letting out a flat, or hunting for a student house for next year?
From our office on Queens Road we sell family homes, flats and investment property &mdash; including student
houses and HMOs &mdash; and we let and manage more than 600 homes across the city.</p>""",
            "main",
        ),
        _image("/s/queens-road-office.jpg", "The Lettings Hub office on Queens Road", "side"),
        _button("Book a free valuation", "/valuations/", "a"),
        _button("Landlord services", "/landlords/", "b", "secondary"),
        _button("Find a student house", "/students/", "c", "secondary"),
        theme="light",
        height="large",
    ),
    _section(
        _text(
            """<h3>Selling</h3>
<p>Clear fees, proper photography and accompanied viewings six days a week. Our sales team keep chasing until
the keys are in your buyer&rsquo;s hands.</p>
<p><a href="/selling/">Selling with us &rarr;</a></p>""",
            "a",
        ),
        _text(
            """<h3>Letting &amp; management</h3>
<p>From tenant-find to fully managed, with a compliance team that keeps your certificates in date and your
licence applications moving.</p>
<p><a href="/landlords/">Landlord services &rarr;</a></p>""",
            "b",
        ),
        _text(
            """<h3>Renting</h3>
<p>Whether you&rsquo;re a professional couple or a group of five second-years, we&rsquo;ll talk you through
applying, deposits and moving in without the jargon.</p>
<p><a href="/tenants/">Renting with us &rarr;</a></p>""",
            "c",
        ),
    ),
    _section(
        _text(
            """<h2>Why Leicester landlords and sellers choose us</h2>
<ul data-rte-list="default">
<li><p>We know every street between the two universities, and which ones students actually want to live on</p></li>
<li><p>An in-house property manager and a panel of vetted local tradespeople &mdash; not a call centre</p></li>
<li><p>Online portals for owners and tenants, so statements, certificates and repair updates are always to hand</p></li>
<li><p>Propertymark-qualified staff in sales and lettings</p></li>
</ul>""",
        ),
        theme="white",
    ),
    _section(
        _text("<h2>What our customers say</h2>"),
        _quote(
            "Tom valued our house on the Thursday, it was online by the Tuesday and we had three offers by the"
            " weekend. Dev then kept on at the solicitors until we completed.",
            "Rachel &amp; Mo, sold in Knighton",
            "a",
        ),
        _quote(
            "I&rsquo;ve had my two student houses with The Lettings Hub for six years. Licences renewed, rooms let"
            " every year and I barely have to lift a finger.",
            "Graham P., landlord, Westcotes",
            "b",
        ),
        _quote(
            "Our boiler broke in February and an engineer was round the same evening. Really grateful.",
            "Ellie, tenant, Clarendon Park",
            "c",
        ),
        theme="dark",
    ),
    _section(
        _text(
            f"""<h2>Thinking of moving?</h2>
<p>Call the office on <a href="tel:{_PHONE_TEL}">{_PHONE}</a> or book a free valuation online &mdash;
it takes two minutes.</p>""",
            "main",
        ),
        _button("Book a valuation", "/valuations/", "side"),
        theme="light",
    ),
)

_VALUATIONS = _page(
    "/valuations/",
    "Free Sales &amp; Rental Valuations",
    "Free, no-obligation sales and rental valuations in Leicester, plus probate valuation letters.",
    "valuations",
    _section(
        _text(
            """<h1>Free property valuations</h1>
<p>Whether you&rsquo;re thinking of selling, letting, or you just want to know where you stand, we&rsquo;ll
value your property for free and with no obligation. Every valuation is carried out in person by a member of our
team who works in the area every day &mdash; we don&rsquo;t rely on automated online estimates.</p>
<h2>Sales valuations</h2>
<p>A sales valuation visit usually takes 45 minutes to an hour. We&rsquo;ll walk round the property with you, ask
about any work you&rsquo;ve had done, and talk through recent sales on your street and how much buyer demand
there is at the moment. Within two working days we email you a written valuation report with a suggested asking
price, the comparable sales we used as evidence and a marketing plan.</p>
<h2>Rental valuations</h2>
<p>For landlords we give you an achievable monthly rent (or a per-person weekly rent for student houses), an idea
of how quickly it should let, and a list of any safety or compliance work needed before a tenant can move in.
Rental valuations take around 30 minutes.</p>
<h2>What to have ready</h2>
<ul>
<li>Details of improvements: new boiler, rewiring, windows, extensions (and the building regulations sign-off)</li>
<li>The age of the boiler and the date of its last service</li>
<li>For leasehold flats: how many years are left on the lease, the yearly service charge and ground rent, and
your managing agent&rsquo;s details</li>
<li>Your existing Energy Performance Certificate, if you have one</li>
<li>For HMOs: your current licence and, if you know them, the room sizes</li>
</ul>
<h2>Probate and other formal valuations</h2>
<p>If you&rsquo;re dealing with the estate of someone who has died, the executors or the solicitor will normally
need a formal valuation of the property for HMRC. We provide a written probate valuation letter, signed by a
Propertymark-qualified valuer, for &pound;150 plus VAT (&pound;180). If we go on to sell the property for the
estate, we refund the fee from our commission on completion. We can produce valuation letters for separation or
transfer-of-equity purposes at the same price.</p>
<h2>When can you come?</h2>
<p>Valuation appointments run Monday to Saturday, with evening slots until 7pm on Tuesdays and Thursdays for
people who can&rsquo;t get away from work. Book using the form or ring the office.</p>""",
            "main",
        ),
        _form(
            "Book your free valuation",
            [
                ("Your name", "fname", "text"),
                ("Email", "email", "email"),
                ("Phone", "phone", "tel"),
                ("Property address and postcode", "address", "text"),
                ("Sales, rental or probate valuation?", "valtype", "text"),
            ],
            "Request appointment",
            "side",
        ),
    ),
    _section(
        _quote(
            "Really honest about what the flat would fetch rather than just telling us a big number."
            " Sold within £2k of the asking price.",
            "Sam K., sold in the city centre",
        ),
        theme="light",
    ),
)

_SELLING = _page(
    "/selling/",
    "Selling Your Home: Fees, Marketing &amp; Viewings",
    "Estate agency fees, marketing and accompanied viewings for selling a house or flat in Leicester.",
    "selling",
    _section(
        _text(
            """<h1>Selling with The Lettings Hub</h1>
<p>We sell everything from first-time-buyer flats in the city centre to family homes in Knighton and Oadby.
You get one named contact from valuation to completion and a fee you can understand.</p>
<h2>Our fees</h2>
<p>All sales fees are payable only when your sale completes: <strong>no sale, no fee</strong>. There is nothing
to pay upfront.</p>
<table class="sqs-table">
<thead><tr><th>Package</th><th>Fee</th><th>Contract</th></tr></thead>
<tbody>
<tr><td>Sole agency</td><td>1.2% + VAT of the sale price (1.44% inc. VAT), minimum fee &pound;1,500 + VAT</td>
<td>12-week minimum term, then 2 weeks&rsquo; written notice</td></tr>
<tr><td>Multi-agency</td><td>1.8% + VAT (2.16% inc. VAT)</td>
<td>No minimum term; 2 weeks&rsquo; written notice</td></tr>
<tr><td>Essentials (properties up to &pound;150,000)</td><td>Fixed fee &pound;1,950 + VAT (&pound;2,340)</td>
<td>12-week minimum term</td></tr>
</tbody>
</table>
<h2>What&rsquo;s included</h2>
<ul>
<li>Professional photography, a floorplan and a video walk-through</li>
<li>Listing on Rightmove, Zoopla and OnTheMarket, plus our own website and social media</li>
<li>A For Sale board (if you want one)</li>
<li>Accompanied viewings and feedback after every viewing</li>
<li>A weekly update call or email while you&rsquo;re on the market</li>
</ul>
<p>Optional extras: Rightmove Premium Listing &pound;150 + VAT; drone photography &pound;120 + VAT. You must have
a valid Energy Performance Certificate before we can start marketing; if you don&rsquo;t have one we can arrange
it for &pound;85 including VAT.</p>
<h2>Viewings &mdash; you don&rsquo;t need to be there</h2>
<p>We accompany every viewing ourselves, so you don&rsquo;t need to be at home. Lots of our sellers work shifts
or have already moved out. We keep a set of keys in our secure key safe, agree with you any times that are off
limits, and let you know who is coming. Viewings run Monday to Saturday, until 7pm on weekday evenings, and
we&rsquo;ll call or email you with the viewer&rsquo;s feedback within 24 hours. For popular properties we
sometimes run an open-house Saturday morning with back-to-back viewings.</p>
<h2>Before we go live</h2>
<p>We&rsquo;ll ask you to sign our terms of business, confirm you own the property (we check the Land Registry
title) and provide photo ID and proof of address for every owner &mdash; estate agents are required to do
this under the money laundering regulations. These checks are free for sellers. Photos are usually taken within
five working days and your listing can go live the same week.</p>""",
            "main",
        ),
        _text(
            """<h3>Thinking about a price?</h3>
<p>Start with a free, no-obligation valuation from our sales manager.</p>""",
            "side",
        ),
        _button("Book a valuation", "/valuations/", "side"),
    ),
    _section(
        _quote(
            "We were working away most weeks so the team did all the viewings. Sold in five weeks.",
            "Jas &amp; Harpreet, sold in Evington",
        ),
        theme="light",
    ),
)

_OFFERS = _page(
    "/selling/offers-and-sale-progression/",
    "Offers &amp; Sale Progression",
    "How we handle offers on your property and progress your sale from acceptance to completion.",
    "offers-and-sale-progression",
    _section(
        _text(
            """<h1>Offers &amp; sale progression</h1>
<h2>When an offer comes in</h2>
<p>We pass every offer on to you promptly and confirm it in writing &mdash; usually the same day and always
within 24 hours. Before we recommend an offer we check the buyer&rsquo;s position: their mortgage agreement in
principle or proof of cash funds, whether they have a property to sell and how far along that chain is, and
their timescales. A lower offer from a buyer with nothing to sell can be worth more than a higher one from
someone who hasn&rsquo;t put their own home on the market.</p>
<h2>Accepting an offer</h2>
<p>Once you accept, we mark the property &ldquo;Sold STC&rdquo; (subject to contract), complete the
buyer&rsquo;s identity checks and send a memorandum of sale to both solicitors so the legal work can start.
It&rsquo;s your choice whether we carry on showing the property to back-up buyers.</p>
<h2>If a higher offer comes in after you&rsquo;ve accepted</h2>
<p>In England nothing is legally binding until contracts are exchanged. If we receive another offer after you
have agreed a sale, we are obliged to tell you about it &mdash; we can&rsquo;t sit on an offer &mdash; and it is
up to you whether to consider it. We&rsquo;ll give you our honest view: a slightly higher offer from a buyer in a
long chain is often worth less than the one you already have. If you decide to accept a different offer, we will
tell your existing buyer straight away; we never run a &ldquo;best and final offers&rdquo; process without
letting every buyer know the rules first.</p>
<h2>Sale progression</h2>
<p>Our dedicated sale progressor chases both solicitors, the mortgage lender and the other agents in your chain
every week. We keep track of the buyer&rsquo;s mortgage valuation and survey, local searches and enquiries, and
post updates to your online sales tracker so you don&rsquo;t have to keep ringing round.</p>
<h2>How long does it take?</h2>
<p>From accepting an offer to completion typically takes 12 to 16 weeks in Leicester at the moment. A cash buyer
with no chain can complete in 6 to 8 weeks. Leasehold flats often take longer because the solicitors have to wait
for the management pack from the freeholder or managing agent.</p>
<h2>Exchange and completion</h2>
<p>At exchange the contracts become binding and a completion date is fixed, normally one to four weeks later. On
completion day, once your solicitor confirms the money has arrived, we release the keys to your buyer from our
office. Money usually moves between midday and 2pm, so please have everything out by then.</p>""",
            "main",
        ),
        _text(
            """<h3>Selling?</h3>
<p>See our <a href="/selling/">fees and what&rsquo;s included</a>, or book a
<a href="/valuations/">free valuation</a>.</p>
<h3>Buying?</h3>
<p>Find out <a href="/buying/">what we need from buyers</a>.</p>""",
            "side",
        ),
    ),
)

_BUYING = _page(
    "/buying/",
    "Buying a Home",
    "Registering with us, booking viewings, making an offer, ID checks and mortgage advice for buyers.",
    "buying",
    _section(
        _text(
            """<h1>Buying a home with us</h1>
<h2>Register with us</h2>
<p>Ring the office or pop in and tell us what you&rsquo;re looking for. We email new listings that match your
search to registered buyers before they appear on the property portals, and buyers who are ready to proceed
(mortgage in principle sorted, nothing to sell or already under offer) hear first.</p>
<h2>Booking viewings</h2>
<p>Book through Rightmove or Zoopla, or call us. All our viewings are accompanied by a member of the team, and
we&rsquo;re happy to arrange second viewings, including with a builder or family member.</p>
<h2>Making an offer</h2>
<p>Make your offer to us by phone or email and tell us your position: your mortgage agreement in principle or
proof of cash, proof of your deposit, and details of any property you need to sell. We put every offer to the
seller in writing. The decision is always the seller&rsquo;s.</p>
<h2>Identity and anti-money laundering checks</h2>
<p>Under the Money Laundering Regulations 2017 we must verify the identity of every buyer, and where the money is
coming from, before we can issue a memorandum of sale. We use an electronic ID check which costs &pound;24
including VAT per buyer, payable once your offer has been accepted. It&rsquo;s a cost of the check itself,
it&rsquo;s the same for everybody, and it isn&rsquo;t refundable if the purchase later falls through. You&rsquo;ll
also need to show where your deposit is coming from: recent bank statements, or a gifted deposit letter if family
are helping you.</p>
<h2>Mortgages</h2>
<p>If you need a mortgage, we can introduce you to Meridian Mortgage Services, an independent broker who sees
clients at our office on Wednesdays and by video call on other days. They search the whole market, including
deals for first-time buyers, and the first appointment is free. Meridian pays us a referral fee of &pound;150 if
you take out a mortgage through them; this doesn&rsquo;t change what you pay.</p>
<h2>Solicitors</h2>
<p>We can get you conveyancing quotes from three local firms we work with regularly. We receive a referral fee of
&pound;100 per completed case, which we always disclose in writing. You&rsquo;re free to use any solicitor you
like.</p>""",
            "main",
        ),
        _text(
            """<h3>Property alerts</h3>
<p>Get new listings first &mdash; call us on the number below and ask to register.</p>""",
            "side",
        ),
        _button("Contact the sales team", "/contact/", "side"),
    ),
)

_HMO_SALES = _page(
    "/student-houses-and-hmos-for-sale/",
    "Student Houses &amp; HMOs for Sale",
    "Selling and buying student houses and HMOs in Leicester, with tenants in place.",
    "student-houses-and-hmos-for-sale",
    _section(
        _text(
            """<h1>Student houses &amp; HMOs for sale</h1>
<p>We&rsquo;ve been selling investment property between the University of Leicester and De Montfort University
for more than fifteen years, and we keep a register of over 400 active investors, from first-time landlords to
portfolio buyers. Some of our sales never reach Rightmove.</p>
<h2>Selling with tenants in place</h2>
<p>You don&rsquo;t have to wait for your tenants to leave. Most student houses we sell change hands with the
tenancy running: the buyer becomes the landlord on completion, the tenancy agreements and the deposits transfer
to them, and the students carry on as normal. We&rsquo;ll need copies of the current tenancy agreements, the
deposit protection certificates and the rent schedule. Tenants get proper written notice before any viewing and
we keep viewings to agreed blocks of time so their studies aren&rsquo;t disrupted. A house that is already let
for the next academic year often sells for more, because the buyer gets a full year&rsquo;s income from day
one.</p>
<h2>When to sell</h2>
<p>Investor demand peaks from October to February, when groups are signing for the following year and the rent
roll is at its clearest.</p>
<h2>HMO licences and planning</h2>
<p>An HMO licence belongs to the licence holder, not the building, so it does not pass to the buyer. The new
owner has to apply to Leicester City Council for a licence of their own, and we flag this to the buyer&rsquo;s
solicitor early so the application can go in around completion. Parts of Leicester are covered by an Article 4
Direction, which means turning a family home into a small HMO needs planning permission. A house with
well-documented, established HMO use is therefore valuable: keep old tenancy agreements and licences.</p>
<h2>The investor pack we prepare</h2>
<ul>
<li>Rent roll and tenancy dates, including next year&rsquo;s signed group if there is one</li>
<li>Gas safety record, electrical report, EPC and HMO licence</li>
<li>Floorplan with room sizes</li>
<li>Utility costs if the house is let bills-included</li>
</ul>
<h2>Yields and fees</h2>
<p>Typical gross yields on student houses in Clarendon Park, Westcotes and around Narborough Road are 7&ndash;9%,
depending on condition and room count. Our fee for investment sales is 1.5% + VAT on a sole agency basis, no
sale no fee, whether we sell on the open market or quietly to our investor list.</p>""",
            "main",
        ),
        _form(
            "Join our investor list",
            [("Name", "iname", "text"), ("Email", "iemail", "email"), ("Budget", "budget", "text")],
            "Sign me up",
            "side",
        ),
    ),
)

_LANDLORDS = _page(
    "/landlords/",
    "Landlord Services &amp; Fees",
    "Let only, rent collection, fully managed and student/HMO management fees for Leicester landlords.",
    "landlords",
    _section(
        _text(
            """<h1>Landlord services &amp; fees</h1>
<p>Whether you have one flat or a portfolio of student houses, choose the level of service that suits you. All
fees are shown with VAT; percentages are of the rent due.</p>
<table class="sqs-table">
<thead><tr><th>Service</th><th>Fee</th><th>What&rsquo;s included</th></tr></thead>
<tbody>
<tr><td>Let Only</td><td>75% of the first month&rsquo;s rent + VAT (90% inc. VAT), minimum &pound;595 + VAT</td>
<td>Rental valuation, marketing, accompanied viewings, referencing, right to rent checks, tenancy agreement,
deposit registration and move-in</td></tr>
<tr><td>Rent Collection</td><td>&pound;300 + VAT set-up, then 9% + VAT of rent collected (10.8% inc. VAT)</td>
<td>Everything in Let Only, plus monthly rent collection, arrears chasing and monthly statements</td></tr>
<tr><td>Fully Managed</td><td>&pound;300 + VAT set-up, then 13% + VAT of rent collected (15.6% inc. VAT)</td>
<td>Everything in Rent Collection, plus maintenance, routine inspections, a 24-hour emergency line for your
tenants, compliance reminders, check-out and deposit negotiation</td></tr>
<tr><td>Student &amp; HMO Management</td><td>&pound;300 + VAT set-up, then 15% + VAT (18% inc. VAT)</td>
<td>Our fully managed service for shared houses, including the summer turnaround between groups, licence renewal
reminders and bills management for bills-included houses</td></tr>
</tbody>
</table>
<h2>Other landlord fees</h2>
<table class="sqs-table">
<tbody>
<tr><td>Inventory and schedule of condition</td><td>&pound;120 + VAT (studio or 1 bed) up to &pound;220 + VAT
(5 beds or more)</td></tr>
<tr><td>Check-out report (Let Only and Rent Collection)</td><td>&pound;95 + VAT</td></tr>
<tr><td>Arranging and overseeing works costing over &pound;1,000</td><td>8% + VAT of the net cost</td></tr>
<tr><td>Annual income and expenditure statement for your tax return</td><td>Free on managed services,
otherwise &pound;50 + VAT</td></tr>
<tr><td>Attending court or tribunal hearings</td><td>&pound;150 + VAT per hour</td></tr>
</tbody>
</table>
<h2>Getting paid</h2>
<p>Your tenant pays rent into our client account. We transfer it to your bank account, less our fees and any
agreed costs, within three working days of the rent clearing in our account. You&rsquo;ll get a monthly statement
through the owner portal, and we can pay things like service charges on your behalf. Our client account is
protected by the Propertymark Client Money Protection scheme.</p>
<h2>Switching agents or ending our service</h2>
<p>Either of us can end the management agreement with two months&rsquo; written notice. If you move to us from
another agent, we handle the handover: the tenancy paperwork, the deposit transfer and your certificates.</p>""",
            "main",
        ),
        _text(
            """<h3>Landlord guides</h3>
<p><a href="/landlords/compliance/">Gas, electrics, EPC &amp; alarms</a></p>
<p><a href="/landlords/hmo-licensing/">HMO licensing in Leicester</a></p>
<p><a href="/tenancy-changes/">Renewals &amp; rent increases</a></p>
<p><a href="/student-houses-and-hmos-for-sale/">Selling a tenanted house</a></p>""",
            "side",
        ),
        _button("Get a rental valuation", "/valuations/", "side"),
    ),
    _section(
        _quote(
            "Switching from a big chain to The Lettings Hub was the best decision I made. They actually answer the"
            " phone.",
            "Nadia R., landlord of three flats in the city centre",
        ),
        theme="dark",
    ),
)

_COMPLIANCE = _page(
    "/landlords/compliance/",
    "Landlord Compliance: Gas, Electrics, EPC &amp; Alarms",
    "Gas safety records, electrical safety checks, EPC ratings and smoke and carbon monoxide alarm rules for"
    " landlords in England.",
    "compliance",
    _section(
        _text(
            """<h1>Landlord compliance: gas, electrics, EPC and alarms</h1>
<p>Letting a home in England comes with a long list of legal duties. Our compliance officer tracks the expiry date
of every certificate for the homes we manage and books renewals before they lapse. If you use our Let Only
service, these duties are still yours &mdash; this page is a summary of the main ones.</p>
<h2>Gas safety</h2>
<p>Every gas appliance, fitting and flue you provide must be checked by a Gas Safe registered engineer every 12
months. Your tenants must have a copy of the Gas Safety Record before they move in, and within 28 days of each
annual check. Keep the records for at least two years. We book the renewal up to two months before expiry, so
you keep the same anniversary date.</p>
<h2>Electrical safety</h2>
<p>The electrical installation must be inspected and tested by a qualified electrician at least every five
years, and tenants must be given the Electrical Installation Condition Report (EICR) before they move in. Any
remedial work the report marks C1, C2 or FI must be completed within 28 days, or sooner if the report says so,
and you must send written confirmation to the tenant. We also recommend PAT testing any appliances you supply,
especially in furnished student houses.</p>
<h2>Energy Performance Certificate</h2>
<p>You need a valid EPC before you advertise the property, and tenants must be given a copy. An EPC lasts ten
years. Rented homes must be rated E or better unless a valid exemption is registered.</p>
<h2>Smoke and carbon monoxide alarms</h2>
<p>You must fit at least one smoke alarm on every storey that has a room used as living accommodation, and a
carbon monoxide alarm in every room used as living accommodation that has a fixed combustion appliance &mdash;
that means gas boilers, gas fires, oil boilers and wood-burning stoves. Gas cookers are the only exception.
Alarms must be working on the first day of every new tenancy, and you must repair or replace an alarm as soon as
reasonably practicable once you are told it is faulty.</p>
<h2>Legionella and furniture</h2>
<p>Landlords should assess the risk of legionella in the water system, and any upholstered furniture supplied
must meet the fire safety regulations and carry its label.</p>
<h2>What we charge to arrange it</h2>
<table class="sqs-table">
<tbody>
<tr><td>Gas Safety Record</td><td>&pound;70 + VAT for up to 3 appliances, then &pound;10 + VAT each</td></tr>
<tr><td>Electrical Installation Condition Report</td><td>From &pound;150 + VAT (1&ndash;2 beds) to
&pound;240 + VAT (5 beds or more)</td></tr>
<tr><td>Energy Performance Certificate</td><td>&pound;85 inc. VAT</td></tr>
<tr><td>Smoke or CO alarm supplied and fitted (sealed 10-year battery)</td><td>&pound;45 + VAT per alarm</td></tr>
<tr><td>Legionella risk assessment</td><td>&pound;65 + VAT</td></tr>
</tbody>
</table>""",
            "main",
        ),
        _text(
            """<h3>Letting a shared house?</h3>
<p>HMOs have extra fire safety and licensing rules. Read our
<a href="/landlords/hmo-licensing/">HMO licensing guide</a>.</p>""",
            "side",
        ),
        _button("Talk to our compliance team", "/contact/", "side"),
    ),
)

_HMO_LICENSING = _page(
    "/landlords/hmo-licensing/",
    "HMO Licensing in Leicester",
    "When a shared house needs an HMO licence from Leicester City Council, room size standards, and our licence"
    " application service.",
    "hmo-licensing",
    _section(
        _text(
            """<h1>HMO licensing in Leicester</h1>
<h2>Is my property an HMO?</h2>
<p>A house in multiple occupation (HMO) is a home let to three or more people who form more than one household
and share a kitchen, bathroom or toilet. A household is a single family: a couple, parents and their children, or
other relatives living together count as one household. Five friends from university, or five people who met
through work, are five separate households.</p>
<h2>Mandatory licensing</h2>
<p>Any HMO occupied by five or more people forming two or more households needs a mandatory HMO licence from
Leicester City Council, however many storeys it has.</p>
<h2>Additional licensing</h2>
<p>The council also runs an additional licensing scheme for smaller HMOs with three or four occupiers in parts of
the city, including much of the Castle and Westcotes wards. The boundaries change when the scheme is renewed, so
ask us to check your address.</p>
<h2>Room sizes and standards</h2>
<ul>
<li>Bedroom for one adult: at least 6.51 m&sup2;</li>
<li>Bedroom for two adults: at least 10.22 m&sup2;</li>
<li>Bedroom for a child under 10: at least 4.64 m&sup2;; no room smaller than this can be used for sleeping</li>
<li>Enough kitchen facilities for the number of occupiers, and normally one bathroom for every five people</li>
<li>Interlinked mains-wired smoke detection, fire doors where required, and a fire blanket in the kitchen</li>
<li>Enough bins for the number of occupiers</li>
</ul>
<h2>Applying, timescales and our service</h2>
<p>You must apply before the property is occupied as a licensable HMO. The council&rsquo;s fee is set by
Leicester City Council and paid in two parts, when you apply and when the licence is granted; a licence normally
lasts up to five years. Decisions usually take 8 to 12 weeks, and you can keep letting while a complete
application is being processed.</p>
<p>Our HMO licence application service costs &pound;395 + VAT. We draw a scaled floor plan, collect the
certificates the council asks for, complete and submit the application, and meet the council&rsquo;s officer
at the inspection. Licence renewals are &pound;250 + VAT.</p>
<h2>What happens if you don&rsquo;t have a licence</h2>
<p>Running an unlicensed HMO is a criminal offence. The council can issue civil penalties running to tens of
thousands of pounds, and tenants can apply for a rent repayment order of up to 12 months&rsquo; rent.</p>""",
            "main",
        ),
        _text(
            """<h3>Need help?</h3>
<p>Our compliance and licensing officer has submitted more than 300 HMO applications in Leicester.</p>""",
            "side",
        ),
        _button("Book a call", "/contact/", "side"),
    ),
)

_STUDENTS = _page(
    "/students/",
    "Student Houses &amp; Lets",
    "Student houses to let near the University of Leicester and DMU: tenancy dates, summer retainers,"
    " guarantors and bills-included houses.",
    "students",
    _section(
        _text(
            """<h1>Student lets</h1>
<p>We let houses for groups of three to eight within walking distance of the University of Leicester and De
Montfort University.</p>
<h2>When to start looking</h2>
<p>Viewings for the next academic year open on the first Monday in November. The best houses are usually let by
Christmas, but we still have good houses well into the spring.</p>
<h2>Tenancy dates</h2>
<p>Most of our student tenancies run for 52 weeks, from 1 July to 30 June. A few houses start in mid-September.
You&rsquo;ll sign one joint tenancy as a group, which means you are jointly responsible for the rent and the
house. Each of you will need to pay a holding deposit to reserve the house; the amounts and rules are on our
<a href="/tenants/">applying and tenant fees</a> page.</p>
<h2>The summer retainer</h2>
<p>If your tenancy starts on 1 July but you won&rsquo;t be moving in until September, you can pay a summer
retainer instead of full rent for July and August. The retainer is half the normal rent for those two months.
While you&rsquo;re on the retainer you can&rsquo;t live in the house, but your room is held for you and the
landlord uses the time for redecorating and repairs (with notice). If you want to move in early, just tell us and
pay full rent from the day you arrive. Each listing says whether a retainer is offered.</p>
<h2>Guarantors</h2>
<p>Each student needs a guarantor who agrees to pay their share of the rent if they don&rsquo;t. Guarantors
only cover their own student&rsquo;s share, not the whole house. A guarantor must live in the UK, own their home
or earn at least &pound;22,000 a year, and pass a credit check.</p>
<p>We can&rsquo;t accept guarantors who live outside the UK &mdash; including in the Republic of Ireland and the
rest of Europe &mdash; because we&rsquo;re unable to credit-check them or enforce the guarantee. If you
don&rsquo;t have a UK guarantor, you can use a guarantor company such as Housing Hand (you pay their fee
directly to them), or pay six months&rsquo; rent in advance, in two instalments.</p>
<h2>Bills-included houses</h2>
<p>Many of our houses include gas, electricity, water and broadband in the rent, with a fair-usage allowance of
&pound;25 per person per week for energy.</p>
<h2>If someone drops out</h2>
<p>Tell us straight away. The group can find a replacement, and the student leaving pays their rent until the
replacement signs.</p>""",
            "main",
        ),
        _accordion(
            [
                (
                    "Are the houses furnished?",
                    "<p>Yes. Every bedroom has a bed and mattress, wardrobe, chest of drawers, desk and chair. "
                    "Kitchens have a fridge-freezer, washing machine, cooker and microwave.</p>",
                ),
                (
                    "Do you let to first-years?",
                    "<p>Most of our tenants are second- and third-year undergraduates and postgraduates. First-years"
                    " usually live in halls, but we do have some studios suitable for postgraduates.</p>",
                ),
            ],
            "side",
        ),
        _button("Register for viewings", "/contact/", "side"),
    ),
    _section(
        _quote(
            "The student team sorted our whole group of six out in one afternoon, guarantors and all.",
            "Priyanka, 3rd year, University of Leicester",
        ),
        theme="light",
    ),
)

_TENANTS = _page(
    "/tenants/",
    "Renting: Applying, Tenant Fees &amp; Right to Rent",
    "How to apply for a rental property, holding deposits, permitted tenant fees, referencing and right to rent"
    " checks.",
    "tenants",
    _section(
        _text(
            """<h1>Renting with us: applying, fees and right to rent</h1>
<h2>How to apply</h2>
<p>View the property, apply online and pay the holding deposit. Once referencing and the right to rent check are
done, you sign online, pay the first month&rsquo;s rent and deposit, and collect your keys.</p>
<h2>Holding deposit</h2>
<p>To take a property off the market while we reference you, we ask for a holding deposit of one week&rsquo;s
rent (the monthly rent &times; 12 &divide; 52). The deadline to sign the tenancy is 15 days after we receive it,
unless we agree a different date with you in writing. With your agreement the holding deposit goes towards your
first month&rsquo;s rent. If the landlord decides not to go ahead, or we can&rsquo;t reach agreement for reasons
on our side, we refund it in full within seven days. We may keep it if you give false or misleading information,
fail a right to rent check, pull out, or don&rsquo;t take reasonable steps to sign by the deadline.</p>
<h2>Tenant fees</h2>
<table class="sqs-table">
<thead><tr><th>Payment</th><th>Amount</th></tr></thead>
<tbody>
<tr><td>Holding deposit</td><td>One week&rsquo;s rent</td></tr>
<tr><td>Tenancy deposit</td><td>Five weeks&rsquo; rent where the annual rent is under &pound;50,000; six weeks&rsquo;
rent where it is &pound;50,000 or more</td></tr>
<tr><td>Change or replacement of a tenant, at your request</td><td>&pound;50 inc. VAT</td></tr>
<tr><td>Ending your tenancy early, at your request</td><td>The landlord&rsquo;s reasonable costs, such as
re-letting fees and rent until a new tenant moves in</td></tr>
<tr><td>Rent paid 14 days or more late</td><td>Interest at 3% above the Bank of England base rate</td></tr>
<tr><td>Lost keys or fobs</td><td>The reasonable cost of replacement</td></tr>
</tbody>
</table>
<h2>Referencing</h2>
<p>We check your identity, credit history, employment and income, and your previous landlord. As a guide, the
combined income of all the tenants should be at least 30 times the monthly rent. If it isn&rsquo;t, you may need
a guarantor earning at least 36 times the monthly rent.</p>
<h2>Right to rent checks</h2>
<p>By law we must check that every adult aged 18 or over who will live in the property has the right to rent in
England, before the tenancy starts. We check everybody, whatever their nationality. There are two ways to do it:</p>
<ul>
<li><p><strong>Online share code</strong> &mdash; if you have an eVisa, settled or pre-settled status, or another
immigration status held online, get a share code from GOV.UK and send it to us with your date of birth. We check
it with you on a short video call.</p></li>
<li><p><strong>Original documents</strong> &mdash; British and Irish citizens can show a British or Irish
passport, and a British passport is accepted even if it has expired. If you don&rsquo;t have a passport, you can
show a full UK birth or adoption certificate together with an official document such as a letter from HMRC, the
DWP or your employer with your National Insurance number.</p></li>
</ul>
<p>If your permission to stay is time-limited, we&rsquo;ll do a follow-up check before it runs out.</p>""",
            "main",
        ),
        _text(
            """<h3>Renting as a student?</h3>
<p>Our <a href="/students/">student lets</a> page covers guarantors, group bookings and summer retainers.</p>
<h3>Already a tenant?</h3>
<p><a href="/tenants/maintenance-and-repairs/">Report a repair</a><br>
<a href="/tenants/deposits/">Your deposit</a><br><a href="/tenancy-changes/">Moving out</a></p>""",
            "side",
        ),
    ),
)

_DEPOSITS = _page(
    "/tenants/deposits/",
    "Tenancy Deposits: Protection &amp; Returns",
    "How your tenancy deposit is protected with the DPS, check-out inspections, deductions and how long it takes"
    " to get your deposit back.",
    "deposits",
    _section(
        _text(
            """<h1>Your tenancy deposit</h1>
<h2>Where your deposit is held</h2>
<p>Deposits for the tenancies we arrange are protected with the Deposit Protection Service (DPS) custodial
scheme. That means the money is held by the scheme, not by us or your landlord. We register your deposit within
30 days of receiving it and email you the deposit certificate and the prescribed information, which includes
your DPS repayment ID. Keep it safe.</p>
<h2>The check-out inspection</h2>
<p>When you move out, an independent inventory clerk inspects the property, usually within a day of your
tenancy ending. They compare its condition with the inventory and photographs from your move-in. Fair wear and
tear is allowed for, taking into account how long you&rsquo;ve lived there and how many people lived in the
property.</p>
<h2>How long does it take to get my deposit back?</h2>
<p>We email you and your landlord the check-out report and any proposed deductions within 10 working days of
the check-out. If nothing is being deducted, we ask the DPS to repay you straight away. Once you and your landlord
have both accepted the amounts in the DPS system, the DPS pays the money into your bank account, normally within
five working days. If you haven&rsquo;t heard from us three weeks after moving out, email
<a href="mailto:deposits@lettingshub.co.uk">deposits@lettingshub.co.uk</a> and our accounts team will chase it
the same day. Please make sure we have your forwarding address and up-to-date bank details.</p>
<h2>If you don&rsquo;t agree with a deduction</h2>
<p>Reply to our email explaining why, with any photos or receipts you have, and we&rsquo;ll try to negotiate an
agreement with the landlord. If you still can&rsquo;t agree, either of you can raise a dispute with the
DPS&rsquo;s free adjudication service. The amount that isn&rsquo;t in dispute is paid out straight away and an
independent adjudicator decides the rest based on the evidence. Disputes must be raised within three months of
the tenancy ending.</p>
<h2>The most common deductions</h2>
<ul>
<li>Cleaning, where the property isn&rsquo;t as clean as it was at check-in</li>
<li>Missing items from the inventory</li>
<li>Damage beyond fair wear and tear, such as burns on worktops or pet damage to carpets</li>
<li>Unpaid rent or bills-included overuse</li>
</ul>
<p>Take your own photos on the day you leave, and don&rsquo;t forget the oven, the windows and the garden.</p>""",
            "main",
        ),
        _text(
            """<h3>Deposit questions?</h3>
<p>Our accounts and deposits team are in the office Monday to Friday.</p>""",
            "side",
        ),
        _button("Contact us", "/contact/", "side"),
    ),
)

_REPAIRS = _page(
    "/tenants/maintenance-and-repairs/",
    "Maintenance, Repairs &amp; Inspections",
    "Report a repair, the out-of-hours emergency line, repair response times, tenant responsibilities and"
    " property inspections.",
    "maintenance-and-repairs",
    _section(
        _text(
            """<h1>Maintenance, repairs &amp; inspections</h1>
<h2>Reporting a repair</h2>
<p>If we manage your home, report repairs through our online repair reporting portal, which is open 24 hours a
day. Add photos or a short video &mdash; it helps our contractors bring the right parts first time. You&rsquo;ll
get a reference number and text updates as the job progresses. If your landlord manages the property themselves
(your tenancy agreement will say), contact your landlord directly.</p>
<h2>Emergencies when the office is closed</h2>
<p>For a genuine emergency in the evening, at the weekend or on a bank holiday, ring our out-of-hours line on
<a href="tel:+441162704499">0116 270 4499</a>. Emergencies include:</p>
<ul>
<li>No heating or no hot water at all, for example when the boiler breaks down</li>
<li>A major water leak or flooding</li>
<li>No electricity anywhere in the property</li>
<li>An outside door or window that won&rsquo;t lock, leaving the property insecure</li>
<li>The only toilet is blocked, or sewage is escaping</li>
</ul>
<p>If you can smell gas, leave the property and call the National Gas Emergency Service on 0800 111 999 first,
then let us know. For fire or danger to life, dial 999. Anything that isn&rsquo;t an emergency can be reported on
the portal and we&rsquo;ll pick it up the next working day.</p>
<h2>How quickly we respond</h2>
<table class="sqs-table">
<tbody>
<tr><td>Emergency</td><td>Attend or make safe within 24 hours</td></tr>
<tr><td>Urgent (e.g. broken oven, leak contained in a bucket, fridge not working)</td><td>Within 3 working
days</td></tr>
<tr><td>Routine (e.g. dripping tap, sticking door, loose handle)</td><td>Within 14 working days</td></tr>
</tbody>
</table>
<h2>Your responsibilities as a tenant</h2>
<ul>
<li>Test your smoke and carbon monoxide alarms once a month</li>
<li>Replace light bulbs and fuses, and bleed radiators</li>
<li>Keep sinks and drains clear &mdash; no fat or wipes</li>
<li>Open windows and use extractor fans to keep condensation down</li>
<li>If you lock yourself out out of hours, call a locksmith at your own cost; spare keys can be collected from
the office during opening hours</li>
</ul>
<p>Call-outs caused by damage or misuse, or where no fault is found, may be charged to you.</p>
<h2>Property inspections</h2>
<p>On fully managed homes we carry out the first inspection around three months into your tenancy and then every
six months. We give at least 24 hours&rsquo; written notice, usually a week by email. You don&rsquo;t need to be
at home &mdash; we&rsquo;ll let ourselves in with our keys &mdash; but you&rsquo;re welcome to be there and point
out anything that needs fixing. An inspection takes about 20 minutes: we check the condition of the property,
test the alarms and note any maintenance, and we avoid photographing your personal belongings. The report goes
to your landlord. If the date really doesn&rsquo;t suit, reply to the email and we&rsquo;ll rearrange.</p>""",
            "main",
        ),
        _button("Report a repair", "#report-a-repair", "side"),
        _text(
            """<h3>Gas leak?</h3>
<p>Leave the property and call 0800 111 999 straight away.</p>""",
            "side",
        ),
    ),
)

_TENANCY_CHANGES = _page(
    "/tenancy-changes/",
    "Renewals, Rent Increases &amp; Ending a Tenancy",
    "Tenancy renewals, rent increases and section 13 notices, and how to give notice and move out.",
    "tenancy-changes",
    _section(
        _text(
            """<h1>Renewals, rent increases &amp; ending a tenancy</h1>
<h2>Renewing a tenancy</h2>
<p>About ten weeks before a fixed term ends, we ask both the landlord and the tenant what they&rsquo;d like to
do. You can sign a new fixed term, or simply let the tenancy roll on: it becomes a monthly periodic tenancy on
the same terms automatically, with no paperwork. We charge landlords &pound;90 + VAT to prepare a renewal
agreement. Tenants are never charged for renewing.</p>
<h2>Rent increases</h2>
<p>During a fixed term the rent can only go up if the tenancy agreement has a rent review clause. After that, the
landlord can agree a new rent with the tenant, or propose one formally by serving a notice under section 13 of
the Housing Act 1988 (Form 4A). The rules for a section 13 notice are:</p>
<ul>
<li>The rent can only be increased this way once a year</li>
<li>At least one month&rsquo;s notice for a monthly tenancy</li>
<li>The new rent must start at the beginning of a rental period</li>
</ul>
<p>If you&rsquo;re a tenant and think the new rent is higher than the going rate, you can refer the notice to
the First-tier Tribunal (Property Chamber) before the date the new rent is due to start. The tribunal decides
what the market rent is, and there is no fee to apply. For landlords, we research comparable rents, then prepare
and serve the section 13 notice for &pound;60 + VAT.</p>
<h2>Giving notice as a tenant</h2>
<p>During a fixed term you can only leave early if your agreement has a break clause or your landlord agrees to
release you. Once your tenancy is periodic (rolling month to month), give us at least one month&rsquo;s notice
in writing, ending on the last day of a rental period &mdash; the day before your rent is due. For example, if
your rent is due on the 15th, your notice should end on the 14th. On a joint tenancy, one tenant&rsquo;s notice
ends the periodic tenancy for everyone, so talk to your housemates first. Email your notice to
<a href="mailto:lettings@lettingshub.co.uk">lettings@lettingshub.co.uk</a> and we&rsquo;ll confirm the end date
in writing.</p>
<h2>Ending a tenancy as a landlord</h2>
<p>Landlords need a legal ground and the correct notice. We prepare and serve possession notices for &pound;95 +
VAT and can refer you to a specialist landlord solicitor if it goes to court. The rules are changing under the
Renters&rsquo; Rights Act, so please talk to us before you do anything.</p>
<h2>Moving-out checklist</h2>
<ul>
<li>Return every set of keys to our office by 12 noon on your last day</li>
<li>Take photos of the meter readings and tell your energy and water suppliers</li>
<li>Give us your forwarding address</li>
<li>Remove all your belongings and rubbish, including from the garden and the loft</li>
</ul>""",
            "main",
        ),
        _text(
            """<h3>Getting your deposit back</h3>
<p>See how <a href="/tenants/deposits/">check-outs and deposit returns</a> work.</p>""",
            "side",
        ),
    ),
)

_TEAM = [
    (
        "Priya Mistry",
        "Director &amp; founder",
        "Priya set up The Lettings Hub in 2009 after ten years at a city-centre agency, starting with a handful of"
        " student houses in Clarendon Park. She is a Fellow of Propertymark (ARLA) and still looks after many of"
        " our longest-standing landlords.",
    ),
    (
        "Tom Hartley",
        "Sales Manager",
        "Tom has sold homes in Leicester for fifteen years and carries out most of our sales valuations. If you"
        " want to know what your house is worth, he&rsquo;s your man.",
    ),
    (
        "Dev Chauhan",
        "Sale Progressor",
        "Dev looks after every sale from the moment an offer is accepted until the keys are handed over,"
        " chasing solicitors, lenders and chains so you don&rsquo;t have to.",
    ),
    (
        "Aisha Begum",
        "Lettings Manager",
        "Aisha runs our lettings team: new tenancies, referencing, renewals and landlords&rsquo; questions."
        " She holds the Propertymark Level 3 lettings qualification.",
    ),
    (
        "Kasia Nowak",
        "Student Lettings Coordinator",
        "Kasia heads up student lettings. She runs the viewing season every autumn, handles group applications"
        " and guarantors, and knows every student house on our books. A former DMU student herself, she speaks"
        " Polish and English.",
    ),
    (
        "Jordan Pike",
        "Property Manager",
        "Jordan looks after maintenance and our contractors, and carries out most of our routine inspections.",
    ),
    (
        "Liam O&rsquo;Connor",
        "Compliance &amp; Licensing Officer",
        "Liam keeps gas, electrical and EPC certificates in date and prepares our landlords&rsquo; HMO licence"
        " applications.",
    ),
    (
        "Sophie Wells",
        "Accounts &amp; Deposits",
        "Sophie pays landlords, sends out statements and handles deposit registrations and returns.",
    ),
]

_ABOUT = _page(
    "/about/",
    "Meet the Team",
    "Meet the team at The Lettings Hub, an independent estate and letting agent in Clarendon Park, Leicester.",
    "about",
    _section(
        _text(
            """<h1>Meet the team</h1>
<p>The Lettings Hub is an independent, locally owned estate and letting agency. We started in 2009 letting a
handful of student houses in Clarendon Park; today a team of eleven sells homes across Leicester and manages
more than 600 properties, from city-centre flats to eight-bed student houses. We&rsquo;re members of
Propertymark (ARLA and NAEA), and everyone who deals with customers works towards a Propertymark qualification.
</p>""",
        ),
        theme="light",
    ),
    _section(
        *[
            block
            for i, (name, role, bio) in enumerate(_TEAM)
            for block in (
                _image(f"/s/team-{name.split()[0].lower()}.jpg", name, "abc"[i % 3]),
                _text(f"<h3>{name}</h3>\n<p><strong>{role}</strong></p>\n<p>{bio}</p>", "abc"[i % 3]),
            )
        ],
    ),
    _section(
        _text(
            """<h2>Join us</h2>
<p>We&rsquo;re always interested in hearing from friendly, organised people who know Leicester. Send your CV to
<a href="mailto:jobs@lettingshub.co.uk">jobs@lettingshub.co.uk</a>.</p>
<p>And if you visit the office, you&rsquo;ll probably meet Biscuit, Priya&rsquo;s very sociable cockapoo.</p>""",
            "main",
        ),
        _button("Get in touch", "/contact/", "side"),
    ),
)

_COMPLAINTS = _page(
    "/complaints/",
    "Complaints Procedure",
    "How to make a complaint to The Lettings Hub and how to refer it to The Property Ombudsman.",
    "complaints",
    _section(
        _text(
            """<h1>Complaints procedure</h1>
<p>We work hard to get things right, but if we&rsquo;ve let you down we want to know. Most problems can be
sorted out quickly with a phone call to the person dealing with your sale or tenancy. If that hasn&rsquo;t
worked, please follow the steps below.</p>
<h2>Stage 1: the branch manager</h2>
<p>Put your complaint in writing, by email to
<a href="mailto:complaints@lettingshub.co.uk">complaints@lettingshub.co.uk</a> or by letter to the office. Tell us
what went wrong and what you would like us to do. We will acknowledge it within three working days and send you a
full written response within 15 working days.</p>
<h2>Stage 2: review by our director</h2>
<p>If you&rsquo;re not happy with that response, ask for your complaint to be reviewed by our director, Priya
Mistry, who will not have been involved before. She will look at everything again and send you our final
viewpoint letter within 15 working days.</p>
<h2>The Property Ombudsman</h2>
<p>We are members of The Property Ombudsman (TPO), a free and independent redress scheme. If you remain unhappy
after our final viewpoint, or if more than eight weeks have passed since you first complained and we
haven&rsquo;t resolved it, you can refer your complaint to the Ombudsman. You must do this within 12 months of
our final viewpoint letter. The Ombudsman can require us to apologise, put things right or pay
compensation.</p>
<p>The Property Ombudsman, Milford House, 43&ndash;55 Milford Street, Salisbury, Wiltshire SP1 2BP.
Telephone 01722 333306. Website: <a href="https://www.tpos.co.uk" target="_blank">www.tpos.co.uk</a>.</p>
<h2>Complaints about your landlord or your home</h2>
<p>If we manage your home, repairs are our responsibility to organise, so use this procedure. If your landlord
manages the property themselves, raise repairs with them first. If serious disrepair isn&rsquo;t dealt with,
you can contact Leicester City Council&rsquo;s private sector housing team.</p>""",
            "main",
        ),
        _text(
            """<h3>Before you complain</h3>
<p>A quick call to the office often sorts it out the same day.</p>""",
            "side",
        ),
    ),
)

_CONTACT = _page(
    "/contact/",
    "Contact Us &amp; Find the Office",
    "Opening hours, address, parking and directions for The Lettings Hub office on Queens Road, Leicester.",
    "contact",
    _section(
        _text(
            f"""<h1>Contact us &amp; find the office</h1>
<p><strong>The Lettings Hub</strong><br>74 Queens Road, Clarendon Park, Leicester LE2 1TU</p>
<p>Phone: <a href="tel:{_PHONE_TEL}">{_PHONE}</a><br>
Sales: <a href="mailto:sales@lettingshub.co.uk">sales@lettingshub.co.uk</a><br>
Lettings: <a href="mailto:lettings@lettingshub.co.uk">lettings@lettingshub.co.uk</a><br>
Students: <a href="mailto:students@lettingshub.co.uk">students@lettingshub.co.uk</a></p>
<h2>Opening hours</h2>
<table class="sqs-table">
<tbody>
<tr><td>Monday to Friday</td><td>9.00am &ndash; 5.30pm</td></tr>
<tr><td>Saturday</td><td>9.30am &ndash; 1.00pm (accompanied viewings by appointment until 3pm)</td></tr>
<tr><td>Sunday</td><td>Closed</td></tr>
<tr><td>Bank holidays</td><td>Closed</td></tr>
<tr><td>Christmas</td><td>Closed from Christmas Eve, reopening on 2 January</td></tr>
</tbody>
</table>
<p>Tenants in homes we manage can still reach our out-of-hours line for emergencies when we&rsquo;re closed.</p>
<h2>Parking</h2>
<p>We don&rsquo;t have a car park of our own. There is pay-and-display parking along Queens Road right outside
the office (maximum stay two hours; pay by card or the parking app), and two disabled bays almost opposite us.
Blue badge holders can park free in the pay-and-display bays. The side streets off Queens Road are residents&rsquo;
permit zones Monday to Saturday, 8am to 6pm, so please don&rsquo;t park there or you may get a ticket.</p>
<h2>Getting here</h2>
<p>From London Road, buses stop by the Victoria Park gates, about ten minutes&rsquo; walk away. From Leicester
railway station it&rsquo;s a 25-minute walk across Victoria Park or a short taxi ride. Cycle stands are outside
the Co-op two doors down.</p>
<h2>Accessibility</h2>
<p>Our entrance is step-free and we have a ground-floor meeting room. If you need anything to make your visit
easier, just let us know before you come.</p>""",
            "main",
        ),
        _form(
            "Send us a message",
            [("Name", "cname", "text"), ("Email", "cemail", "email"), ("Message", "cmessage", "text")],
            "Send",
            "side",
        ),
        _text(
            """<p><a href="https://maps.google.com/?q=74+Queens+Road+Leicester+LE2+1TU" target="_blank">
Open in Google Maps</a></p>""",
            "side",
        ),
    ),
)

_FAQ = _page(
    "/faq/",
    "Frequently Asked Questions",
    "Answers to common questions from tenants and landlords: pets, smoking, benefits, overseas landlords and more.",
    "faq",
    _section(
        _text(
            """<h1>Frequently asked questions</h1>
<p>Can&rsquo;t find what you need? Give us a ring &mdash; we&rsquo;d rather you asked.</p>""",
        ),
        _text("<h2>For tenants</h2>"),
        _accordion(
            [
                (
                    "Do you accept tenants who claim Universal Credit or Housing Benefit?",
                    "<p>Yes. We don&rsquo;t have a &ldquo;No DSS&rdquo; policy and our landlords can&rsquo;t refuse"
                    " you just because you receive benefits. Everyone goes through the same affordability check: if"
                    " your Universal Credit housing element and other income don&rsquo;t meet it, a guarantor may be"
                    " needed. Where it helps, we can ask for the housing element to be paid directly to the"
                    " landlord.</p>",
                ),
                (
                    "Can I have a pet?",
                    "<p>It depends on the property and the landlord. Around a third of the homes we manage already"
                    " accept pets, and each listing says so. If you&rsquo;d like to ask about a particular home, tell"
                    " us about your pet when you apply and we&rsquo;ll put it to the landlord.</p>",
                ),
                (
                    "Can I smoke or vape in the property?",
                    "<p>No. All the homes we manage are non-smoking inside, and that includes vaping.</p>",
                ),
                (
                    "Can I decorate or put pictures up?",
                    "<p>Ask us first by email. Most landlords are happy for you to use removable hooks, and many"
                    " will agree to decorating in neutral colours if you ask in writing.</p>",
                ),
                (
                    "Can I have a lodger or sublet a room?",
                    "<p>Not without the landlord&rsquo;s written consent. Anyone aged 18 or over living in the"
                    " property also needs a right to rent check.</p>",
                ),
                (
                    "Do I need contents insurance?",
                    "<p>Your landlord insures the building, but not your belongings. We strongly recommend contents"
                    " insurance, including cover for accidental damage to the landlord&rsquo;s fixtures.</p>",
                ),
                (
                    "How soon can I move in?",
                    "<p>Usually two to three weeks from applying, once referencing is complete.</p>",
                ),
            ]
        ),
        _text("<h2>For landlords and sellers</h2>"),
        _accordion(
            [
                (
                    "Which areas do you cover?",
                    "<p>All of Leicester city (LE1 to LE5) and nearby Oadby, Wigston, Knighton, Aylestone, Evington,"
                    " Glenfield, Braunstone Town and Birstall. Outside these areas we&rsquo;re happy to recommend an"
                    " agent we trust.</p>",
                ),
                (
                    "I&rsquo;m moving abroad. Can I still let my home through you?",
                    "<p>Yes &mdash; plenty of our landlords live overseas. Under HMRC&rsquo;s Non-Resident Landlord"
                    " Scheme, if you live outside the UK for six months or more a year we have to deduct basic-rate"
                    " tax from your rent and pay it to HMRC every quarter, unless HMRC has approved you to receive"
                    " your rent without deduction. Apply to HMRC on form NRL1, ideally before you leave, as approval"
                    " can take several weeks. You should also tell your mortgage lender and your insurer that the"
                    " property is let.</p>",
                ),
                (
                    "Do you charge to register or to view?",
                    "<p>No. Registering with us and viewing properties is always free for buyers and tenants.</p>",
                ),
            ]
        ),
    ),
)

HTML = {
    "/": _HOME,
    "/valuations/": _VALUATIONS,
    "/selling/": _SELLING,
    "/selling/offers-and-sale-progression/": _OFFERS,
    "/buying/": _BUYING,
    "/student-houses-and-hmos-for-sale/": _HMO_SALES,
    "/landlords/": _LANDLORDS,
    "/landlords/compliance/": _COMPLIANCE,
    "/landlords/hmo-licensing/": _HMO_LICENSING,
    "/students/": _STUDENTS,
    "/tenants/": _TENANTS,
    "/tenants/deposits/": _DEPOSITS,
    "/tenants/maintenance-and-repairs/": _REPAIRS,
    "/tenancy-changes/": _TENANCY_CHANGES,
    "/about/": _ABOUT,
    "/complaints/": _COMPLAINTS,
    "/contact/": _CONTACT,
    "/faq/": _FAQ,
}

QUESTIONS = [
    (
        "my mum passed away last month and the solicitor says we need a valuation of her house for probate."
        " is that something you do and what does it cost",
        "/valuations/",
    ),
    (
        "How long will the valuation visit take and is there anything I should dig out beforehand? It's a"
        " leasehold flat.",
        "/valuations/",
    ),
    ("whats your commission if I go sole agent with you", "/selling/"),
    (
        "I'm a nurse on twelve hour shifts so I'm hardly ever home. Would I have to be there when people come round"
        " to look at the house?",
        "/selling/",
    ),
    (
        "We agreed a sale on our house three weeks ago but now someone else has put in a bigger offer. We haven't"
        " exchanged yet. Are you even allowed to tell us about it?",
        "/selling/offers-and-sale-progression/",
    ),
    (
        "Your office emailed asking me to pay for a money laundering check now my offer's been accepted. Is that"
        " normal? I'm the buyer, not the seller",
        "/buying/",
    ),
    (
        "first time buyer here, can you put me in touch with someone about getting a mortgage",
        "/buying/",
    ),
    (
        "I own a six bed student house off Queens Road and the lads living there are signed up till next June."
        " Can I sell it now or do I have to wait until they've gone?",
        "/student-houses-and-hmos-for-sale/",
    ),
    (
        "What would you charge to fully manage my 2 bed flat? Rent's about £850 a month.",
        "/landlords/",
    ),
    (
        "If I let through you, how long after the tenant pays do I actually get the money in my account?",
        "/landlords/",
    ),
    (
        "Got a gas combi boiler in the kitchen of my rental, do I legally need a carbon monoxide alarm in there",
        "/landlords/compliance/",
    ),
    ("How often do the electrics need testing on a rented house?", "/landlords/compliance/"),
    (
        "thinking of renting my 4 bed out to five nurses from the hospital, they dont know each other. do i need"
        " some kind of licence from the council",
        "/landlords/hmo-licensing/",
    ),
    (
        "What's a summer retainer? My son's not coming back to Leicester until the end of September and the"
        " contract starts in July.",
        "/students/",
    ),
    (
        "We live in Dublin. Can I still be the guarantor for my daughter's student house in Leicester?",
        "/students/",
    ),
    (
        "If I pay the holding deposit and then the landlord changes his mind, do I get it back?",
        "/tenants/",
    ),
    (
        "my british passport ran out last year, can I still use it for the right to rent check or do I need"
        " something else",
        "/tenants/",
    ),
    (
        "Moved out nearly three weeks ago and still no sign of my deposit. How long is it meant to take??",
        "/tenants/deposits/",
    ),
    (
        "The boiler's packed in and it's Saturday night, no heating or hot water and a baby in the house. Who do I"
        " ring?",
        "/tenants/maintenance-and-repairs/",
    ),
    (
        "Got an email saying someone's coming to inspect the flat next Tuesday but I'm at work. Do I have to be in?",
        "/tenants/maintenance-and-repairs/",
    ),
    (
        "Landlord's sent a formal notice saying our rent's going up £75 a month from March. Can he just do that,"
        " and can we challenge it?",
        "/tenancy-changes/",
    ),
    (
        "me and my partner want to move out, our 12 month contract ended ages ago and we just pay monthly now. how"
        " much notice do we need to give",
        "/tenancy-changes/",
    ),
    (
        "I made a complaint to your branch over a month ago and I'm still not happy with how it's been handled."
        " Who else can I go to?",
        "/complaints/",
    ),
    ("Is there anywhere to park near your office?", "/contact/"),
    (
        "I'm moving to Dubai for work next year and want to rent my house out while I'm away. Is there some tax"
        " thing I need to sort out first?",
        "/faq/",
    ),
]

OUT_OF_SCOPE = [
    "Can you recommend a removals firm for when we move?",
    "Do you ever sell houses at auction?",
    "Do you do guaranteed rent, where you pay me every month even if the house is empty?",
    "Are any of your properties available through shared ownership or Help to Buy?",
    "What council tax band is a three bed terrace on Lytton Road?",
    "Do you manage holiday lets or Airbnbs?",
    "What time do Leicester Tigers kick off on Saturday?",
    "Can you recommend a good curry house on Belgrave Road?",
]
