"""An evaluation site: Kellaway Plumbing & Heating, a six-engineer plumbing and heating company in Bristol (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a WordPress site built
with the Breakdance builder: bde-header-builder header with a breakdance-menu mega-menu, bde-section /
section-container / bde-div / bde-columns wrappers, bde-rich-text blocks, a bde-advanced-accordion FAQ,
sidebar widgets, a Complianz-style cookie banner and a large bde-footer.
"""

NAME = "Kellaway Plumbing & Heating"

_BASE = "https://www.kellawayplumbing.co.uk"

_ANALYTICS = (
    "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
    "gtag('js',new Date());gtag('config','G-KPH4R7Q2LM');</script>"
)

_ARROW = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 512" aria-hidden="true">'
    '<path d="M207 381L12 187c-9-9-9-24 0-33l22-22c9-9 24-9 33 0l157 155 157-155c9-9 24-9 33 0l22 22'
    'c9 9 9 24 0 33L241 381c-9 9-24 9-34 0z"/></svg>'
)

# (label, href, [(sub label, sub href, sub description), ...])
_MENU = [
    ("Emergency 24/7", "/emergency-plumber/", []),
    (
        "Plumbing",
        "/plumbing-repairs/",
        [
            ("Plumbing repairs", "/plumbing-repairs/", "Leaks, blockages, low pressure"),
            ("Hot water, showers &amp; radiators", "/hot-water-showers-radiators/", "Cylinders, showers, rads"),
            ("Stopcocks, meters &amp; frozen pipes", "/advice/", "Handy advice for homeowners"),
            ("Commercial plumbing", "/commercial/", "Cafés, restaurants, offices"),
        ],
    ),
    (
        "Heating",
        "/boiler-repairs-servicing/",
        [
            ("Boiler repairs &amp; servicing", "/boiler-repairs-servicing/", "All major makes"),
            ("New boilers &amp; finance", "/new-boilers/", "Combi and system boilers"),
            ("Landlord gas safety", "/landlord-gas-safety/", "CP12 certificates"),
        ],
    ),
    (
        "Prices",
        "/prices-payment/",
        [
            ("Prices &amp; payment", "/prices-payment/", "Rates, fixed prices, invoices"),
            ("Insurance claims", "/insurance-claims/", "Escape of water &amp; leak reports"),
            ("Guarantees &amp; complaints", "/guarantees-complaints/", "Our promise to you"),
        ],
    ),
    (
        "About",
        "/our-team/",
        [
            ("Meet the team", "/our-team/", "Engineers &amp; Gas Safe IDs"),
            ("Reviews", "/reviews/", "What customers say"),
            ("Areas we cover", "/areas-we-cover/", "Bristol &amp; surrounding towns"),
            ("Extra support", "/extra-support/", "If you need a little more help"),
            ("FAQs", "/faq/", "Common questions"),
        ],
    ),
    ("Contact", "/contact/", []),
]


def _menu(current):
    items = []
    for n, (label, href, subs) in enumerate(_MENU, start=1):
        active = " breakdance-menu-item--active" if current == href or any(s[1] == current for s in subs) else ""
        if not subs:
            aria = ' aria-current="page"' if current == href else ""
            items.append(
                f'<li class="breakdance-menu-item-1045-{110 + n} breakdance-menu-item{active}">'
                f'<a class="breakdance-link breakdance-menu-link" href="{href}" target="_self" data-type="url"{aria}>'
                f"{label}</a></li>"
            )
            continue
        links = []
        for sub_label, sub_href, sub_desc in subs:
            aria = ' aria-current="page"' if current == sub_href else ""
            links.append(
                '<li class="breakdance-dropdown-item">'
                f'<a class="breakdance-link breakdance-dropdown-link" href="{sub_href}" target="_self"{aria}>'
                '<span class="breakdance-dropdown-link__icon"><i class="bde-icon-wrench"></i></span>'
                '<span class="breakdance-dropdown-link__label">'
                f'<span class="breakdance-dropdown-link__text">{sub_label}</span>'
                f'<span class="breakdance-dropdown-link__description">{sub_desc}</span>'
                "</span></a></li>"
            )
        links_html = "\n              ".join(links)
        items.append(
            f"""<li class="breakdance-menu-item-1045-{110 + n} breakdance-menu-item breakdance-dropdown \
breakdance-dropdown--with-link{active}">
          <div class="breakdance-dropdown-toggle">
            <a href="{href}" class="breakdance-menu-link" aria-expanded="false">{label}</a>
            <button class="breakdance-menu-link-arrow" type="button" aria-expanded="false"
              aria-label="{label} Submenu"></button>
          </div>
          <div class="breakdance-dropdown-floater" aria-hidden="true">
            <div class="breakdance-dropdown-body">
              <div class="breakdance-dropdown-section breakdance-dropdown-section--">
                <div class="breakdance-dropdown-columns"><div class="breakdance-dropdown-column">
                <span class="breakdance-dropdown-column__title">{label}</span>
            <ul class="breakdance-dropdown-links">
              {links_html}
            </ul>
                </div></div>
              </div>
            </div>
          </div>
        </li>"""
        )
    return "\n        ".join(items)


def _header(current):
    return f"""<header class="bde-header-builder-1045-100 bde-header-builder bde-header-builder--sticky-scroll-slide">
  <div class="bde-header-builder__header-builder-border-top"></div>
  <div class="bde-div-1045-101 bde-div header-topbar">
    <div class="bde-text-1045-102 bde-text">Boiler broken or water leaking? Our phones are answered 24/7:
      <a href="tel:01174960418">0117 496 0418</a></div>
    <div class="bde-text-1045-103 bde-text topbar-right">Gas Safe registered 587214 &middot;
      <a href="/reviews/">Rated 4.9 on Google</a></div>
  </div>
  <div class="bde-header-builder__container">
    <div class="bde-image-1045-104 bde-image">
      <figure class="breakdance-image breakdance-image--1046">
        <div class="breakdance-image-container"><div class="breakdance-image-clip">
          <a class="breakdance-image-link breakdance-image-link--url" href="/" target="_self" data-sub-html="">
            <img class="breakdance-image-object" src="/wp-content/uploads/2023/02/kellaway-logo.svg"
              width="220" height="64" alt="Kellaway Plumbing &amp; Heating">
          </a>
        </div></div>
      </figure>
    </div>
    <div class="bde-menu-1045-105 bde-menu">
      <nav class="breakdance-menu breakdance-menu--collapse breakdance-menu--dropdown-accessibility"
        aria-label="Main menu">
        <button class="breakdance-menu-toggle breakdance-menu-toggle--squeeze" type="button"
          aria-label="Open Menu" aria-expanded="false" aria-controls="menu-105">
          <span class="breakdance-menu-toggle-icon"><span class="breakdance-menu-toggle-lines"></span></span>
        </button>
        <ul class="breakdance-menu-list" id="menu-105">
        <li class="breakdance-menu-topbar"><span class="breakdance-menu-topbar-logo">
          <a href="/"><img src="/wp-content/uploads/2023/02/kellaway-logo-mobile.svg" alt="Kellaway home"></a>
        </span></li>
        {_menu(current)}
        </ul>
      </nav>
    </div>
    <div class="bde-button-1045-106 bde-button">
      <a class="breakdance-link button-atom button-atom--primary bde-button__button" href="/contact/"
        target="_self" data-type="url"><span class="button-atom__text">Book a visit</span></a>
    </div>
    <div class="bde-button-1045-107 bde-button header-call">
      <a class="breakdance-link button-atom button-atom--secondary bde-button__button" href="tel:01174960418"
        data-type="url"><span class="button-atom__text">Call 0117 496 0418</span></a>
    </div>
  </div>
</header>"""


_FOOTER = """<footer class="bde-footer bde-section-1052-100 bde-section">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <div class="bde-columns-1052-101 bde-columns">
      <div class="bde-column-1052-102 bde-column">
        <div class="bde-image-1052-103 bde-image"><img src="/wp-content/uploads/2023/02/kellaway-logo-white.svg"
          alt="Kellaway Plumbing &amp; Heating" width="200"></div>
        <div class="bde-rich-text-1052-104 bde-rich-text breakdance-rich-text-styles">
          <p>Family-run plumbers and Gas Safe heating engineers looking after Bristol homes and businesses
          since 2009.</p>
          <p><img src="/wp-content/uploads/2023/03/gas-safe-badge.png" alt="Gas Safe Register" width="60">
          Gas Safe registration no. 587214</p>
        </div>
      </div>
      <div class="bde-column-1052-105 bde-column">
        <h4 class="bde-heading-1052-106 bde-heading">Services</h4>
        <ul class="bde-icon-list footer-links">
          <li><a href="/emergency-plumber/">Emergency plumber</a></li>
          <li><a href="/boiler-repairs-servicing/">Boiler repairs &amp; servicing</a></li>
          <li><a href="/new-boilers/">New boilers</a></li>
          <li><a href="/landlord-gas-safety/">Landlord certificates</a></li>
          <li><a href="/commercial/">Commercial</a></li>
          <li><a href="/prices-payment/">Prices</a></li>
        </ul>
      </div>
      <div class="bde-column-1052-107 bde-column">
        <h4 class="bde-heading-1052-108 bde-heading">Get in touch</h4>
        <div class="bde-rich-text-1052-109 bde-rich-text breakdance-rich-text-styles">
          <p>Kellaway Plumbing &amp; Heating Ltd<br>Unit 3, Muller Road Workshops<br>Horfield, Bristol BS7 9QN</p>
          <p>Tel: <a href="tel:01174960418">0117 496 0418</a><br>
          Email: <a href="mailto:hello@kellawayplumbing.co.uk">hello@kellawayplumbing.co.uk</a></p>
        </div>
      </div>
      <div class="bde-column-1052-110 bde-column">
        <h4 class="bde-heading-1052-111 bde-heading">Opening hours</h4>
        <div class="bde-rich-text-1052-112 bde-rich-text breakdance-rich-text-styles">
          <p>Office: Mon&ndash;Fri 8am&ndash;5.30pm, Sat 9am&ndash;1pm<br>Emergency line: 24 hours, 7 days</p>
        </div>
        <div class="bde-social-icons-1052-113 bde-social-icons">
          <a class="breakdance-link bde-social-icons__icon-wrapper bde-social-icons__icon-facebook"
            href="https://www.facebook.com/kellawayplumbing" target="_blank" rel="noopener">Facebook</a>
          <a class="breakdance-link bde-social-icons__icon-wrapper bde-social-icons__icon-instagram"
            href="https://www.instagram.com/kellawayplumbing" target="_blank" rel="noopener">Instagram</a>
          <a class="breakdance-link bde-social-icons__icon-wrapper bde-social-icons__icon-nextdoor"
            href="https://nextdoor.co.uk/pages/kellaway-plumbing-heating-bristol" target="_blank"
            rel="noopener">Nextdoor</a>
        </div>
      </div>
    </div>
    <div class="bde-div-1052-114 bde-div footer-bottom">
      <div class="bde-text-1052-115 bde-text">&copy; 2025 Kellaway Plumbing &amp; Heating Ltd. Registered in
        England &amp; Wales no. 07164822. VAT no. GB 298 4471 63.</div>
      <div class="bde-text-1052-116 bde-text">Website by Harbourside Digital</div>
    </div>
  </div>
</footer>"""

_COOKIES = """<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin
  cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true"
  role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin">
  <div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage cookie consent</div></div>
  <div class="cmplz-body"><div class="cmplz-message">We use cookies to keep this website working and to
    understand how it is used. You can accept all cookies or choose which ones to allow.</div></div>
  <div class="cmplz-buttons">
    <button class="cmplz-btn cmplz-accept">Accept</button>
    <button class="cmplz-btn cmplz-deny">Deny</button>
    <a class="cmplz-btn cmplz-manage-options" href="#cookie-settings">View preferences</a>
  </div>
</div></div>"""

_SIDEBAR = """<aside class="bde-div-1060-100 bde-div sidebar-widgets">
  <div class="bde-div-1060-101 bde-div widget widget-cta">
    <h3 class="bde-heading-1060-102 bde-heading">Need a plumber today?</h3>
    <div class="bde-rich-text-1060-103 bde-rich-text breakdance-rich-text-styles">
      <p>Call the office or book online and we&rsquo;ll find the first engineer free.</p>
    </div>
    <div class="bde-button-1060-104 bde-button"><a class="breakdance-link button-atom button-atom--primary
      bde-button__button" href="/contact/"><span class="button-atom__text">Book now</span></a></div>
  </div>
  <div class="bde-div-1060-105 bde-div widget widget-links">
    <h3 class="bde-heading-1060-106 bde-heading">Popular pages</h3>
    <ul>
      <li><a href="/emergency-plumber/">Emergency call-outs</a></li>
      <li><a href="/boiler-repairs-servicing/">Boiler repairs</a></li>
      <li><a href="/advice/">Find your stopcock</a></li>
      <li><a href="/faq/">FAQs</a></li>
    </ul>
  </div>
  <div class="bde-div-1060-107 bde-div widget widget-badges">
    <img src="/wp-content/uploads/2023/03/which-trusted-trader.png" alt="Which? Trusted Trader" width="90">
    <img src="/wp-content/uploads/2023/03/trustmark.png" alt="TrustMark" width="90">
    <img src="/wp-content/uploads/2023/03/checkatrade.png" alt="Checkatrade" width="90">
  </div>
</aside>"""


def _page(path, page_id, title, description, body, sidebar=False):
    """Wrap one page's body in the shared Breakdance head, header, footer and cookie banner."""
    if sidebar:
        body = f"""<div class="bde-columns-{page_id}-900 bde-columns content-with-sidebar">
  <div class="bde-column-{page_id}-901 bde-column main-column">
{body}
  </div>
  <div class="bde-column-{page_id}-902 bde-column sidebar-column">
{_SIDEBAR}
  </div>
</div>"""
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Kellaway Plumbing &amp; Heating</title>
<meta name="description" content="{description}">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{_BASE}{path}">
<meta property="og:locale" content="en_GB">
<meta property="og:type" content="website">
<meta property="og:title" content="{title} | Kellaway Plumbing &amp; Heating">
<meta property="og:site_name" content="Kellaway Plumbing &amp; Heating">
<meta name="generator" content="WordPress 6.5.3">
<link rel="stylesheet" href="/wp-content/plugins/breakdance/plugin/themeless/normalize.min.css">
<link rel="stylesheet" href="/wp-content/plugins/breakdance/subplugins/breakdance-elements/dependencies-files/\
awesome-menu@1/awesome-menu.css">
<link rel="stylesheet" href="/wp-content/uploads/breakdance/css/global-settings.css?v=8b1e4a">
<link rel="stylesheet" href="/wp-content/uploads/breakdance/css/presets.css?v=3f70d2">
<link rel="stylesheet" href="/wp-content/uploads/breakdance/css/post-1045.css?v=77aa01">
<link rel="stylesheet" href="/wp-content/uploads/breakdance/css/post-1052.css?v=12c9e0">
<link rel="stylesheet" href="/wp-content/uploads/breakdance/css/post-{page_id}.css?v=5d21bb">
<link rel="stylesheet" href="/wp-content/plugins/complianz-gdpr/cookiebanner/css/defaults/banner.min.css">
<link rel="icon" href="/wp-content/uploads/2023/02/cropped-kellaway-icon-32x32.png" sizes="32x32">
{_ANALYTICS}
</head>
<body class="page-template-default page page-id-{page_id} wp-embed-responsive breakdance">
<div class="bde-header-builder-wrapper">
{_header(path)}
</div>
<main class="breakdance-main" id="main">
{body}
</main>
{_FOOTER}
{_COOKIES}
<script src="/wp-content/plugins/breakdance/plugin/global-scripts/breakdance-utils.js?ver=1.7.2"></script>
<script src="/wp-content/plugins/breakdance/subplugins/breakdance-elements/elements/Menu/assets/menu.js"></script>
</body>
</html>
"""


def _accordion(uid, items):
    """Breakdance advanced accordion markup for (question, answer-html) pairs."""
    parts = []
    for i, (q, a) in enumerate(items, start=1):
        parts.append(
            f"""<div class="bde-accordion__item">
    <h3 class="bde-accordion__title">
      <button class="bde-accordion__button" id="accordion-button-{uid}-{i}" type="button" aria-expanded="false"
        aria-controls="accordion-panel-{uid}-{i}">
        <span class="bde-accordion__title-tag">{q}</span>
        <span class="bde-accordion__icon">{_ARROW}</span>
      </button>
    </h3>
    <div class="bde-accordion__content-wrapper" id="accordion-panel-{uid}-{i}" role="region"
      aria-labelledby="accordion-button-{uid}-{i}" hidden>
      <div class="bde-accordion__content">
        <div class="bde-rich-text breakdance-rich-text-styles">{a}</div>
      </div>
    </div>
  </div>"""
        )
    inner = "\n  ".join(parts)
    return f"""<div class="bde-advanced-accordion-{uid} bde-advanced-accordion">
<div class="bde-accordion bde-accordion--{uid}" data-accordion-id="{uid}">
  {inner}
</div>
</div>"""


_HOME = """<section class="bde-section-12-100 bde-section hero">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <div class="bde-div-12-101 bde-div hero-inner">
      <h1 class="bde-heading-12-102 bde-heading">Bristol&rsquo;s friendly plumbers &amp; heating engineers</h1>
      <div class="bde-rich-text-12-103 bde-rich-text breakdance-rich-text-styles">
        <p>From a dripping tap to a brand-new boiler, Kellaway Plumbing &amp; Heating has been keeping Bristol
        warm and dry since 2009. We&rsquo;re a family-run firm of six engineers &ndash; not a national call
        centre &ndash; so when you ring, you talk to someone in our Horfield office who knows the city and knows
        our team.</p>
      </div>
      <div class="bde-div-12-104 bde-div hero-buttons">
        <div class="bde-button-12-105 bde-button"><a class="breakdance-link button-atom button-atom--primary
          bde-button__button" href="/contact/"><span class="button-atom__text">Book a visit</span></a></div>
        <div class="bde-button-12-106 bde-button"><a class="breakdance-link button-atom button-atom--secondary
          bde-button__button" href="/emergency-plumber/"><span class="button-atom__text">Emergency? Get help now</span>
          </a></div>
      </div>
    </div>
  </div>
</section>
<section class="bde-section-12-110 bde-section services-grid">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <h2 class="bde-heading-12-111 bde-heading">What we do</h2>
    <div class="bde-columns-12-112 bde-columns">
      <div class="bde-column-12-113 bde-column">
        <div class="bde-icon-box-12-114 bde-icon-box"><div class="bde-icon-box__icon"><i class="bde-icon-drop"></i>
          </div>
          <h3 class="bde-heading bde-icon-box__title"><a href="/plumbing-repairs/">Plumbing repairs</a></h3>
          <div class="bde-rich-text breakdance-rich-text-styles"><p>Leaking pipes, dripping taps, running toilets,
          blocked sinks and weak water flow, sorted properly first time.</p></div></div>
      </div>
      <div class="bde-column-12-115 bde-column">
        <div class="bde-icon-box-12-116 bde-icon-box"><div class="bde-icon-box__icon"><i class="bde-icon-flame"></i>
          </div>
          <h3 class="bde-heading bde-icon-box__title"><a href="/boiler-repairs-servicing/">Boilers</a></h3>
          <div class="bde-rich-text breakdance-rich-text-styles"><p>Breakdowns, annual services and
          <a href="/new-boilers/">new combi and system boilers</a> fitted by Gas Safe engineers.</p></div></div>
      </div>
      <div class="bde-column-12-117 bde-column">
        <div class="bde-icon-box-12-118 bde-icon-box"><div class="bde-icon-box__icon"><i class="bde-icon-key"></i>
          </div>
          <h3 class="bde-heading bde-icon-box__title"><a href="/landlord-gas-safety/">Landlords &amp; agents</a></h3>
          <div class="bde-rich-text breakdance-rich-text-styles"><p>Gas safety certificates for rented homes,
          with reminders so you never miss a renewal.</p></div></div>
      </div>
      <div class="bde-column-12-119 bde-column">
        <div class="bde-icon-box-12-120 bde-icon-box"><div class="bde-icon-box__icon"><i class="bde-icon-shop"></i>
          </div>
          <h3 class="bde-heading bde-icon-box__title"><a href="/commercial/">Businesses</a></h3>
          <div class="bde-rich-text breakdance-rich-text-styles"><p>Plumbing and gas for cafés, restaurants,
          shops and offices, planned around your opening hours.</p></div></div>
      </div>
    </div>
  </div>
</section>
<section class="bde-section-12-130 bde-section why-us">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <div class="bde-columns-12-131 bde-columns">
      <div class="bde-column-12-132 bde-column">
        <h2 class="bde-heading-12-133 bde-heading">Why Bristol chooses Kellaway</h2>
        <div class="bde-rich-text-12-134 bde-rich-text breakdance-rich-text-styles">
          <ul>
            <li><strong>Local and independent.</strong> Dave Kellaway started the business from a single van in
            Bishopston. Today we run six liveried vans from our workshop in Horfield.</li>
            <li><strong>Honest advice.</strong> If a repair isn&rsquo;t worth doing, we&rsquo;ll say so. No
            commission-driven sales staff, ever.</li>
            <li><strong>Clean and careful.</strong> Dust sheets down, shoe covers on, and we take our rubbish away
            with us.</li>
            <li><strong>Clear prices.</strong> See our <a href="/prices-payment/">prices page</a> before you
            book &ndash; no surprises on the invoice.</li>
          </ul>
        </div>
      </div>
      <div class="bde-column-12-135 bde-column">
        <div class="bde-image-12-136 bde-image"><img src="/wp-content/uploads/2024/05/kellaway-vans-horfield.jpg"
          alt="Kellaway vans outside the Horfield workshop" width="640" height="420"></div>
      </div>
    </div>
  </div>
</section>
<section class="bde-section-12-140 bde-section testimonials">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <h2 class="bde-heading-12-141 bde-heading">What our customers say</h2>
    <div class="bde-testimonials-12-142 bde-testimonials swiper">
      <div class="swiper-wrapper">
        <div class="swiper-slide bde-testimonial"><blockquote>&ldquo;Turned up when they said they would, found
          the problem in ten minutes and left the kitchen cleaner than they found it.&rdquo;</blockquote>
          <cite>Hannah, Southville</cite></div>
        <div class="swiper-slide bde-testimonial"><blockquote>&ldquo;Our boiler swap was done in a day. Marek
          explained everything and showed us how to use the new thermostat.&rdquo;</blockquote>
          <cite>Rob &amp; Kiran, Fishponds</cite></div>
        <div class="swiper-slide bde-testimonial"><blockquote>&ldquo;Proper old-fashioned service. I wouldn&rsquo;t
          use anyone else now.&rdquo;</blockquote><cite>Maureen, Henleaze</cite></div>
      </div>
      <div class="swiper-pagination"></div>
    </div>
    <div class="bde-button-12-143 bde-button"><a class="breakdance-link button-atom button-atom--text
      bde-button__button" href="/reviews/"><span class="button-atom__text">Read more reviews</span></a></div>
  </div>
</section>
<section class="bde-section-12-150 bde-section cta-band">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <h2 class="bde-heading-12-151 bde-heading">Ready to book?</h2>
    <div class="bde-rich-text-12-152 bde-rich-text breakdance-rich-text-styles"><p>Tell us what&rsquo;s going
      on and we&rsquo;ll give you a time slot that suits. Not sure if we come to you? Check the
      <a href="/areas-we-cover/">areas we cover</a>.</p></div>
    <div class="bde-button-12-153 bde-button"><a class="breakdance-link button-atom button-atom--primary
      bde-button__button" href="/contact/"><span class="button-atom__text">Book now</span></a></div>
  </div>
</section>"""

_EMERGENCY = """<section class="bde-section-48-100 bde-section page-hero">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <h1 class="bde-heading-48-101 bde-heading">24/7 emergency plumber in Bristol</h1>
    <div class="bde-rich-text-48-102 bde-rich-text breakdance-rich-text-styles">
      <p class="lead">Burst pipe at 2am? Water coming through the ceiling on Christmas Eve? Our phone is answered
      24 hours a day, 365 days a year on <a href="tel:01174960418">0117 496 0418</a>.</p>
    </div>
  </div>
</section>
<section class="bde-section-48-110 bde-section">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <div class="bde-div-48-111 bde-div">
      <h2 class="bde-heading-48-112 bde-heading">How our emergency service works</h2>
      <div class="bde-rich-text-48-113 bde-rich-text breakdance-rich-text-styles">
        <p>Outside office hours your call goes straight to one of our two on-call engineers &ndash; never an
        answering service. They&rsquo;ll ask a few questions, talk you through making things safe and give you an
        arrival time. At night we normally reach addresses in central Bristol within 60 to 90 minutes. During
        the working day, genuine emergencies are slotted in the same day ahead of routine bookings.</p>
        <p>We treat these as emergencies: a burst or split pipe, water leaking through a ceiling or light fitting,
        a leak you can&rsquo;t stop, no water at all, a toilet overflowing when it&rsquo;s the only one in the
        house, and no heating or hot water in a home with someone who is elderly, unwell or very young (see
        <a href="/extra-support/">extra support</a>).</p>
        <p>At night the aim is to stop the water and make things safe. If a permanent repair needs parts from a
        merchant, we&rsquo;ll do a temporary fix and come back in working hours at our normal daytime rate for
        the rest of the job.</p>
      </div>
    </div>
  </div>
</section>
<section class="bde-section-48-120 bde-section warning">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <div class="bde-div-48-121 bde-div alert-box">
      <h2 class="bde-heading-48-122 bde-heading">Smell gas? Don&rsquo;t call us first</h2>
      <div class="bde-rich-text-48-123 bde-rich-text breakdance-rich-text-styles">
        <p>If you smell gas, phone the National Gas Emergency Service free on <strong>0800 111 999</strong>
        straight away. Open doors and windows, turn off the gas at the meter if you can reach it safely, and
        don&rsquo;t use light switches, doorbells or anything that could spark. Don&rsquo;t smoke or use a naked
        flame. Their engineer will make the supply safe free of charge; once the appliance has been capped off,
        we can come and repair it.</p>
      </div>
    </div>
  </div>
</section>
<section class="bde-section-48-130 bde-section">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <div class="bde-columns-48-131 bde-columns">
      <div class="bde-column-48-132 bde-column">
        <h2 class="bde-heading-48-133 bde-heading">Leak or burst pipe? While you wait</h2>
        <div class="bde-rich-text-48-134 bde-rich-text breakdance-rich-text-styles">
          <ol>
            <li>Turn the water off at the stopcock (<a href="/advice/">how to find your stopcock</a>).</li>
            <li>Switch off the boiler or immersion heater.</li>
            <li>If water is near sockets, lights or the consumer unit, turn the electricity off at the main
            switch and don&rsquo;t touch wet fittings.</li>
            <li>Open the cold taps to drain the pipes, and put buckets and towels down.</li>
            <li>Take photos of the damage for your insurer (see <a href="/insurance-claims/">insurance
            claims</a>).</li>
          </ol>
        </div>
      </div>
      <div class="bde-column-48-135 bde-column">
        <h2 class="bde-heading-48-136 bde-heading">Out-of-hours rates</h2>
        <div class="bde-rich-text-48-137 bde-rich-text breakdance-rich-text-styles">
          <table class="price-table">
            <thead><tr><th>When</th><th>First hour (includes call-out)</th><th>Each extra 30 mins</th></tr>
            </thead>
            <tbody>
              <tr><td>Weekday evenings, 6pm&ndash;10pm</td><td>&pound;135</td><td>&pound;50</td></tr>
              <tr><td>Saturdays, 8am&ndash;10pm</td><td>&pound;135</td><td>&pound;50</td></tr>
              <tr><td>Sundays &amp; bank holidays, 8am&ndash;10pm</td><td>&pound;165</td><td>&pound;60</td></tr>
              <tr><td>Nights, 10pm&ndash;8am (any day)</td><td>&pound;175</td><td>&pound;65</td></tr>
              <tr><td>Christmas Day, Boxing Day &amp; New Year&rsquo;s Day</td><td>&pound;240</td>
                <td>&pound;85</td></tr>
            </tbody>
          </table>
          <p><small>All prices include VAT. Parts are charged on top. Daytime rates are on our
          <a href="/prices-payment/">prices page</a>.</small></p>
        </div>
      </div>
    </div>
    <div class="bde-button-48-140 bde-button"><a class="breakdance-link button-atom button-atom--primary
      bde-button__button" href="tel:01174960418"><span class="button-atom__text">Call now: 0117 496 0418</span>
      </a></div>
  </div>
</section>"""


_PLUMBING = """<section class="bde-section-52-100 bde-section page-hero">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <h1 class="bde-heading-52-101 bde-heading">Plumbing repairs</h1>
    <div class="bde-rich-text-52-102 bde-rich-text breakdance-rich-text-styles">
      <p class="lead">The everyday jobs that make up most of our week: drips, leaks, blockages and water that
      just won&rsquo;t come out of the tap fast enough.</p>
    </div>
  </div>
</section>
<section class="bde-section-52-110 bde-section">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <div class="bde-div-52-111 bde-div">
      <h2 class="bde-heading-52-112 bde-heading">Leaks, drips and running toilets</h2>
      <div class="bde-rich-text-52-113 bde-rich-text breakdance-rich-text-styles">
        <p>We repair dripping taps and mixer cartridges, leaking joints under sinks, weeping radiator valves,
        toilets that keep running into the pan, dripping overflow pipes outside and split washing machine
        hoses. Most of these are fixed in one visit because our vans carry a big stock of washers, cartridges,
        fill valves and fittings. If water is coming through a ceiling, treat it as an
        <a href="/emergency-plumber/">emergency</a>.</p>
      </div>
    </div>
    <div class="bde-div-52-120 bde-div">
      <h2 class="bde-heading-52-121 bde-heading">Blocked toilets, sinks, baths and showers</h2>
      <div class="bde-rich-text-52-122 bde-rich-text breakdance-rich-text-styles">
        <p>When a toilet won&rsquo;t flush away, the water rises in the pan or a sink drains slowly, the blockage
        is usually in the trap or the first few metres of pipe. Toys, cotton buds, wet wipes and cooking fat are
        the usual culprits. We clear them with plungers, a toilet auger and an electric drain machine, and if
        something has to be retrieved we&rsquo;ll lift the toilet off and refit it.</p>
        <p>Clearing a blocked toilet, sink, bath or shower inside the house is a <strong>fixed &pound;110</strong>
        in working hours, including up to an hour on site. Please don&rsquo;t pour caustic drain cleaner in
        before we arrive &ndash; it doesn&rsquo;t shift solid objects and it can burn whoever has to put their
        hands in afterwards.</p>
        <p>If the problem is further down, in the underground drains or a sewer shared with neighbours, we&rsquo;ll
        tell you. Shared and public sewers are looked after by Wessex Water, and for CCTV drain surveys and
        high-pressure jetting we pass you to a specialist drainage company we trust.</p>
      </div>
    </div>
    <div class="bde-div-52-130 bde-div">
      <h2 class="bde-heading-52-131 bde-heading">Low water pressure and poor flow</h2>
      <div class="bde-rich-text-52-132 bde-rich-text breakdance-rich-text-styles">
        <p>If the kitchen tap only trickles, the shower is feeble or the combi struggles when someone runs a
        bath, we can find out why. Our engineer measures the standing pressure and the flow rate at your
        stopcock and at the taps, which tells us whether the problem is the mains supply or the pipework inside
        your home.</p>
        <p>Common causes we find in Bristol are a stopcock that was never fully reopened, old lead or galvanised
        iron supply pipes in pre-1970s houses, furred-up isolation valves and blocked tap aerators. Fixes range
        from a simple valve change to replacing the lead supply pipe with modern blue plastic pipe, or fitting a
        booster pump or accumulator tank; bigger jobs are quoted after the visit. Bristol Water can tell you
        whether pressure in your street meets their standard.</p>
        <p>Pressure too high instead &ndash; banging pipes or dripping relief valves? A pressure reducing valve
        fitted on the incoming main costs from &pound;185.</p>
      </div>
    </div>
    <div class="bde-button-52-140 bde-button"><a class="breakdance-link button-atom button-atom--primary
      bde-button__button" href="/contact/"><span class="button-atom__text">Book a plumber</span></a></div>
  </div>
</section>"""

_BOILERS = """<section class="bde-section-55-100 bde-section page-hero">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <h1 class="bde-heading-55-101 bde-heading">Boiler repairs &amp; servicing</h1>
    <div class="bde-rich-text-55-102 bde-rich-text breakdance-rich-text-styles">
      <p class="lead">Gas Safe engineers who fix and service all the major makes, with the common parts already
      on the van.</p>
    </div>
  </div>
</section>
<section class="bde-section-55-110 bde-section">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <h2 class="bde-heading-55-111 bde-heading">Boiler breakdowns</h2>
    <div class="bde-rich-text-55-112 bde-rich-text breakdance-rich-text-styles">
      <p>We repair Worcester Bosch, Vaillant, Ideal, Baxi, Viessmann, Glow-worm and Potterton boilers, whether
      it&rsquo;s no heating, no hot water, a fault code, a boiler that keeps losing pressure or one that bangs and
      whistles. Your engineer diagnoses the fault first and tells you the cost of the repair before doing it.
      Diagnosis is charged at our normal hourly rate (see <a href="/prices-payment/">prices</a>).</p>
      <p><strong>Parts:</strong> our vans carry the parts that fail most often on popular models &ndash; fans,
      diverter valves, pumps, igniters, sensors and some circuit boards &ndash; so many repairs are finished on
      the first visit. Anything else usually comes from a Bristol merchant the same or next working day;
      manufacturer-only parts can take two to three working days.</p>
      <p><strong>Worth repairing?</strong> If your boiler is over 15 years old, or parts are no longer made,
      we&rsquo;ll give you an honest view and a quote for a <a href="/new-boilers/">replacement</a>. If you go
      ahead with a new boiler within 30 days, we take the diagnosis charge off the price.</p>
      <p><strong>Losing pressure?</strong> Most combis should read between 1 and 1.5 bar when cold. You can top
      up through the filling loop, but if you&rsquo;re doing it more than once a month there&rsquo;s a leak
      somewhere or the expansion vessel needs recharging, and we should take a look.</p>
    </div>
  </div>
</section>
<section class="bde-section-55-120 bde-section">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <h2 class="bde-heading-55-121 bde-heading">Annual boiler service</h2>
    <div class="bde-rich-text-55-122 bde-rich-text breakdance-rich-text-styles">
      <p>A yearly service keeps the manufacturer&rsquo;s warranty valid and catches small faults before they
      become winter breakdowns. It takes 45&ndash;60 minutes and includes a flue gas analysis, checking the
      burner, heat exchanger, seals and safety devices, cleaning the condensate trap, checking gas pressure and
      filling in the Benchmark service record.</p>
      <table class="price-table">
        <thead><tr><th>Service</th><th>Price (inc. VAT)</th></tr></thead>
        <tbody>
          <tr><td>Boiler service</td><td>&pound;95</td></tr>
          <tr><td>Boiler service plus gas hob or cooker safety check</td><td>&pound;120</td></tr>
          <tr><td>Gas fire service</td><td>&pound;80</td></tr>
          <tr><td>Boiler and gas fire serviced together</td><td>&pound;155</td></tr>
        </tbody>
      </table>
    </div>
  </div>
</section>
<section class="bde-section-55-130 bde-section plan-box">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <div class="bde-div-55-131 bde-div card">
      <h2 class="bde-heading-55-132 bde-heading">Kellaway Boiler Care &ndash; &pound;14.50 a month</h2>
      <div class="bde-rich-text-55-133 bde-rich-text breakdance-rich-text-styles">
        <p>Spread the cost of looking after your boiler. The plan includes your annual service, plus labour and
        call-outs for boiler and controls repairs, and priority booking when it&rsquo;s cold. Boilers must be
        under 12 years old and pass a first service to join; repairs are covered from 30 days after you sign
        up. Parts are charged separately. Cancel any time with a month&rsquo;s notice.</p>
      </div>
      <div class="bde-button-55-134 bde-button"><a class="breakdance-link button-atom button-atom--primary
        bde-button__button" href="/contact/"><span class="button-atom__text">Book a service</span></a></div>
    </div>
  </div>
</section>"""

_NEW_BOILERS = """<section class="bde-section-57-100 bde-section page-hero">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <h1 class="bde-heading-57-101 bde-heading">New combi &amp; system boilers</h1>
    <div class="bde-rich-text-57-102 bde-rich-text breakdance-rich-text-styles">
      <p class="lead">Fixed-price boiler installations by our own engineers, with long manufacturer warranties
      and the option to spread the cost.</p>
    </div>
  </div>
</section>
<section class="bde-section-57-110 bde-section">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <div class="bde-columns-57-111 bde-columns">
      <div class="bde-column-57-112 bde-column">
        <h2 class="bde-heading-57-113 bde-heading">Combi or system?</h2>
        <div class="bde-rich-text-57-114 bde-rich-text breakdance-rich-text-styles">
          <p>A <strong>combi</strong> heats water as you use it, so there&rsquo;s no hot water cylinder or loft
          tank. It suits flats and most homes with one bathroom. A <strong>system boiler</strong> stores hot water
          in a cylinder and is better for homes with two or more bathrooms, where several taps and showers run at
          once. We survey before we quote &ndash; in person, or on a video call if you prefer &ndash; and send a
          written fixed price within 24 hours.</p>
        </div>
      </div>
      <div class="bde-column-57-115 bde-column">
        <h2 class="bde-heading-57-116 bde-heading">Typical prices, fully fitted</h2>
        <div class="bde-rich-text-57-117 bde-rich-text breakdance-rich-text-styles">
          <table class="price-table">
            <thead><tr><th>Boiler</th><th>From</th><th>Warranty</th></tr></thead>
            <tbody>
              <tr><td>Worcester Bosch Greenstar 4000 25kW combi</td><td>&pound;2,495</td><td>10 years</td></tr>
              <tr><td>Vaillant ecoTEC plus 832 combi</td><td>&pound;2,895</td><td>10 years</td></tr>
              <tr><td>Worcester Bosch Greenstar 8000 Life 30kW combi</td><td>&pound;3,195</td><td>12 years</td></tr>
              <tr><td>Vaillant ecoTEC plus system boiler (like-for-like swap)</td><td>&pound;2,950</td>
                <td>10 years</td></tr>
              <tr><td>System boiler with new unvented cylinder</td><td>&pound;4,850</td><td>10 years</td></tr>
            </tbody>
          </table>
          <p><small>Converting from a tank-in-the-loft system to a combi adds from &pound;950.</small></p>
        </div>
      </div>
    </div>
  </div>
</section>
<section class="bde-section-57-120 bde-section">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <h2 class="bde-heading-57-121 bde-heading">What&rsquo;s included and how long it takes</h2>
    <div class="bde-rich-text-57-122 bde-rich-text breakdance-rich-text-styles">
      <p>Every installation includes a chemical clean of your heating system, a magnetic system filter,
      removal and recycling of the old boiler, registration with the manufacturer and Building Regulations
      notification through Gas Safe. A smart thermostat can be added for &pound;195.</p>
      <p>A straight swap of one combi for another is done in a single day: we start at 8am and you&rsquo;ll
      normally have heating and hot water back by the evening. Conversions, or moving the boiler to a new
      spot, take two to three days. We can usually start within 7&ndash;10 days of you accepting the quote.</p>
    </div>
  </div>
</section>
<section class="bde-section-57-130 bde-section finance">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <div class="bde-div-57-131 bde-div card">
      <h2 class="bde-heading-57-132 bde-heading">Boiler finance</h2>
      <div class="bde-rich-text-57-133 bde-rich-text breakdance-rich-text-styles">
        <p>You don&rsquo;t have to pay for a new boiler in one go. Through our finance partner you can choose
        <strong>0% interest over 12 months</strong> with a 10% deposit, or spread the cost over 2 to 10 years at
        <strong>9.9% APR representative</strong>. The minimum spend is &pound;1,000. You apply online once
        you&rsquo;ve accepted our quote and most people get a decision in minutes.</p>
        <p><small>Representative example: cash price &pound;2,495, deposit &pound;249.50, amount of credit
        &pound;2,245.50 over 60 months at 9.9% APR representative; 60 monthly payments of &pound;47.13; total
        payable &pound;3,077.30. Credit is subject to status and affordability. Kellaway Plumbing &amp; Heating
        Ltd acts as a credit broker, not a lender, and is authorised and regulated by the Financial Conduct
        Authority.</small></p>
      </div>
      <div class="bde-button-57-134 bde-button"><a class="breakdance-link button-atom button-atom--primary
        bde-button__button" href="/contact/"><span class="button-atom__text">Book a free survey</span></a></div>
    </div>
  </div>
</section>"""


_LANDLORD = """<section class="bde-section-61-100 bde-section page-hero">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <h1 class="bde-heading-61-101 bde-heading">Landlord gas safety certificates (CP12)</h1>
    <div class="bde-rich-text-61-102 bde-rich-text breakdance-rich-text-styles">
      <p class="lead">Hassle-free annual gas safety checks for private landlords, letting agents and housing
      associations across Bristol.</p>
    </div>
  </div>
</section>
<section class="bde-section-61-110 bde-section">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <div class="bde-div-61-111 bde-div">
      <h2 class="bde-heading-61-112 bde-heading">What the law asks of you</h2>
      <div class="bde-rich-text-61-113 bde-rich-text breakdance-rich-text-styles">
        <p>Under the Gas Safety (Installation and Use) Regulations 1998, every gas appliance, flue and the
        pipework in a rented home must be checked by a Gas Safe engineer every 12 months. You must give
        existing tenants a copy of the record within 28 days of the check, give new tenants a copy before they
        move in, and keep records for at least two years. A check carried out up to two months before the
        current certificate runs out keeps the original renewal date.</p>
      </div>
    </div>
    <div class="bde-div-61-120 bde-div">
      <h2 class="bde-heading-61-121 bde-heading">Prices</h2>
      <div class="bde-rich-text-61-122 bde-rich-text breakdance-rich-text-styles">
        <table class="price-table">
          <thead><tr><th>Landlord service</th><th>Price (inc. VAT)</th></tr></thead>
          <tbody>
            <tr><td>Gas safety certificate &ndash; one appliance, meter and pipework</td><td>&pound;75</td></tr>
            <tr><td>Each additional appliance (hob, fire, second boiler)</td><td>&pound;15</td></tr>
            <tr><td>Gas safety certificate and boiler service on the same visit</td><td>&pound;145</td></tr>
            <tr><td>Houses in multiple occupation (HMOs)</td><td>Priced on request</td></tr>
          </tbody>
        </table>
      </div>
    </div>
    <div class="bde-div-61-130 bde-div">
      <h2 class="bde-heading-61-131 bde-heading">We deal with your tenants for you</h2>
      <div class="bde-rich-text-61-132 bde-rich-text breakdance-rich-text-styles">
        <p>Give us your tenant&rsquo;s name and number and our office will text and call them to agree a
        morning or afternoon slot, then send a reminder the day before. You don&rsquo;t need to be there. The
        certificate is emailed to you (and to the tenant, if you like) the same day. We keep your renewal
        dates on file and get in touch six weeks before each certificate is due.</p>
        <p>Letting agents can open a portfolio account with monthly invoicing, and we collect and return keys
        from agents&rsquo; offices in Bristol for vacant properties.</p>
        <p>If our engineer finds something unsafe, they will explain it to the tenant, label the appliance and,
        if it&rsquo;s immediately dangerous, turn it off with the tenant&rsquo;s agreement. We then send you a
        quote for the repair.</p>
        <p>Gas checks for restaurants and commercial kitchens are covered on our
        <a href="/commercial/">commercial page</a>.</p>
      </div>
    </div>
    <div class="bde-button-61-140 bde-button"><a class="breakdance-link button-atom button-atom--primary
      bde-button__button" href="/contact/"><span class="button-atom__text">Book a landlord check</span></a></div>
  </div>
</section>"""

_HOT_WATER = """<section class="bde-section-63-100 bde-section page-hero">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <h1 class="bde-heading-63-101 bde-heading">Hot water, showers &amp; radiators</h1>
    <div class="bde-rich-text-63-102 bde-rich-text breakdance-rich-text-styles">
      <p class="lead">Cylinders, immersion heaters, showers, radiators and towel rails &ndash; repaired,
      replaced and upgraded.</p>
    </div>
  </div>
</section>
<section class="bde-section-63-110 bde-section">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <div class="bde-div-63-111 bde-div" id="cylinders">
      <h2 class="bde-heading-63-112 bde-heading">Hot water cylinders</h2>
      <div class="bde-rich-text-63-113 bde-rich-text breakdance-rich-text-styles">
        <p>We look after traditional vented copper cylinders in the airing cupboard and unvented pressurised
        cylinders such as Megaflo and Gledhill. Unvented cylinders must only be worked on by an engineer with a
        G3 qualification, and two of our team hold one. Water dripping from the small pipe under the cylinder
        (the tundish) is a sign a safety valve is opening and needs attention soon.</p>
        <ul>
          <li>Immersion heater element replaced: from &pound;245 fitted</li>
          <li>Unvented cylinder annual safety check: &pound;85</li>
          <li>Replacement cylinders: quoted after a survey</li>
        </ul>
      </div>
    </div>
    <div class="bde-div-63-120 bde-div" id="showers">
      <h2 class="bde-heading-63-121 bde-heading">Showers</h2>
      <div class="bde-rich-text-63-122 bde-rich-text breakdance-rich-text-styles">
        <p>Electric showers slowly scale up inside, and after eight to ten years many lose heat or flow, or
        start cutting out. Replacing one like-for-like with a new Mira or Triton electric shower costs
        <strong>from &pound;340 fitted</strong>, including the shower. If you want a more powerful model, the
        supply cable may need upgrading, which our partner electrician can do.</p>
        <p>We also repair and replace thermostatic mixer showers and bar valves, and replace noisy or failed
        shower pumps (Salamander and Stuart Turner) from &pound;495 fitted.</p>
      </div>
    </div>
    <div class="bde-div-63-130 bde-div" id="radiators">
      <h2 class="bde-heading-63-131 bde-heading">Radiators and towel rails</h2>
      <div class="bde-rich-text-63-132 bde-rich-text breakdance-rich-text-styles">
        <p>A radiator that&rsquo;s cold at the top usually just has air in it and needs bleeding. Cold at the
        bottom or in the middle, even after bleeding, usually means sludge has built up in the system. The fix
        is a <strong>powerflush</strong>: we pump cleaning chemicals through the whole system at high flow, then
        refill it with inhibitor. It takes most of a day and costs &pound;495 for up to 8 radiators or
        &pound;595 for up to 12.</p>
        <ul>
          <li>Replace a radiator like-for-like: from &pound;260 fitted</li>
          <li>Fit thermostatic radiator valves: &pound;75 per radiator</li>
          <li>Move a radiator to a different wall: quoted</li>
          <li>Chrome heated towel rail: from &pound;295 fitted</li>
        </ul>
        <p>Want a towel rail that still warms up in summer when the heating is off? Ask for a dual-fuel rail,
        which has an electric element as well; it adds &pound;120 and needs a fused spur nearby.</p>
      </div>
    </div>
    <div class="bde-button-63-140 bde-button"><a class="breakdance-link button-atom button-atom--primary
      bde-button__button" href="/contact/"><span class="button-atom__text">Book now</span></a></div>
  </div>
</section>"""

_ADVICE = """<section class="bde-section-66-100 bde-section page-hero">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <h1 class="bde-heading-66-101 bde-heading">Stopcocks, water meters &amp; frozen pipes</h1>
    <div class="bde-rich-text-66-102 bde-rich-text breakdance-rich-text-styles">
      <p class="lead">Free advice from our engineers. Five minutes reading this now could save you a flooded
      kitchen later.</p>
    </div>
  </div>
</section>
<section class="bde-section-66-110 bde-section">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <article class="bde-div-66-111 bde-div post-content">
      <h2 class="bde-heading-66-112 bde-heading">Where is my stopcock?</h2>
      <div class="bde-rich-text-66-113 bde-rich-text breakdance-rich-text-styles">
        <p>The internal stopcock is where the water main comes into your home. In most modern houses it&rsquo;s
        under the kitchen sink. In Bristol&rsquo;s Victorian and Edwardian terraces it&rsquo;s often somewhere
        else: under the floorboards just inside the front door, in the cellar, or in the cupboard under the
        stairs. In flats, look in the kitchen, the airing cupboard or a shared cupboard on the landing. Turn it
        clockwise to shut off the water.</p>
        <p>The outside stop tap under the small metal cover in the pavement belongs to Bristol Water &ndash;
        please don&rsquo;t try to use it. Test your own stopcock twice a year; if it&rsquo;s seized, don&rsquo;t
        force it, because old ones can snap. We can replace it with an easy quarter-turn lever valve from
        &pound;145.</p>
      </div>
      <h2 class="bde-heading-66-120 bde-heading">Water meters: checking for a hidden leak</h2>
      <div class="bde-rich-text-66-121 bde-rich-text breakdance-rich-text-styles">
        <p>Most meters are in a chamber in the pavement or in a box on an outside wall. If your bill has jumped
        but your use hasn&rsquo;t, try this: make sure nobody uses any water, turn off every tap and appliance,
        note the meter reading and check it again after 30 minutes. If the numbers or the little dial have
        moved, water is escaping somewhere. The supply pipe from your boundary to the house is the
        homeowner&rsquo;s responsibility, and we can find and fix leaks on it. Questions about the bill itself,
        or a leakage allowance, go to Bristol Water.</p>
      </div>
      <h2 class="bde-heading-66-130 bde-heading">Frozen pipes in winter</h2>
      <div class="bde-rich-text-66-131 bde-rich-text breakdance-rich-text-styles">
        <p><strong>Condensing boiler stopped in a cold snap?</strong> The most common winter call we get is a
        frozen condensate pipe &ndash; the thin plastic pipe that runs from the boiler to an outside drain. When
        it freezes the boiler locks out, often with a gurgling noise and a fault code on the display. Pour warm
        (not boiling) water slowly along the outside section of the pipe until it thaws, then press reset on the
        boiler. If it keeps happening, we can reroute the pipe inside or upsize and insulate it from &pound;165.</p>
        <p><strong>Preventing frozen water pipes:</strong> lag pipes in lofts, garages and under floors, leave the
        heating on low if you go away, open the loft hatch in very cold spells, and turn off and drain outside
        taps over winter. To thaw a frozen pipe, use a hairdryer or hot water bottle, starting nearest the tap
        &ndash; never a blowtorch. If the pipe has split, it will leak as it thaws, so know where your stopcock
        is first.</p>
      </div>
    </article>
  </div>
</section>"""

_COMMERCIAL = """<section class="bde-section-70-100 bde-section page-hero">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <h1 class="bde-heading-70-101 bde-heading">Commercial plumbing &amp; gas</h1>
    <div class="bde-rich-text-70-102 bde-rich-text breakdance-rich-text-styles">
      <p class="lead">Reliable plumbing and gas work for cafés, restaurants, pubs, shops, salons and offices
      across Bristol.</p>
    </div>
  </div>
</section>
<section class="bde-section-70-110 bde-section">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <div class="bde-columns-70-111 bde-columns">
      <div class="bde-column-70-112 bde-column">
        <h2 class="bde-heading-70-113 bde-heading">Commercial kitchens</h2>
        <div class="bde-rich-text-70-114 bde-rich-text breakdance-rich-text-styles">
          <p>Two of our engineers hold the commercial catering gas qualifications needed to work on ranges,
          fryers, griddles and combination ovens. We carry out the annual commercial catering gas safety check
          and issue the CP42 certificate your insurer and environmental health officer will ask for, from
          &pound;140 for a small kitchen. We also fit and test gas interlock systems that cut the gas if the
          extraction fan stops, as required under BS 6173.</p>
          <p>On the plumbing side we install grease traps, hand-wash basins and pot sinks to satisfy food hygiene
          inspections, plus boiling water taps and glass-washer connections.</p>
        </div>
      </div>
      <div class="bde-column-70-115 bde-column">
        <h2 class="bde-heading-70-116 bde-heading">Offices, shops and salons</h2>
        <div class="bde-rich-text-70-117 bde-rich-text breakdance-rich-text-styles">
          <p>Staff toilets and urinals, flush controls, water heaters, kitchenettes, salon backwash basins and
          leaks of every kind. For landlords of commercial buildings we also service gas heating plant.</p>
        </div>
      </div>
    </div>
    <div class="bde-div-70-120 bde-div">
      <h2 class="bde-heading-70-121 bde-heading">Working around your trading hours</h2>
      <div class="bde-rich-text-70-122 bde-rich-text breakdance-rich-text-styles">
        <p>We know closing for a day costs you money. Planned commercial work can be booked from 6am, in the
        evening after you close, or on a Sunday. If you book it at least 48 hours ahead, we charge our
        normal daytime rate rather than out-of-hours rates.</p>
        <p>Businesses can apply for a credit account with monthly invoicing on 30-day terms, and we offer
        planned maintenance contracts with quarterly visits, including water temperature checks for your
        legionella records. We hold &pound;5 million public liability insurance and can supply RAMS and
        certificates for your records.</p>
      </div>
    </div>
    <div class="bde-button-70-130 bde-button"><a class="breakdance-link button-atom button-atom--primary
      bde-button__button" href="/contact/"><span class="button-atom__text">Talk to our commercial team</span></a>
    </div>
  </div>
</section>"""


_PRICES = """<section class="bde-section-74-100 bde-section page-hero">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <h1 class="bde-heading-74-101 bde-heading">Prices &amp; payment</h1>
    <div class="bde-rich-text-74-102 bde-rich-text breakdance-rich-text-styles">
      <p class="lead">Straightforward pricing, explained before we start. All prices include VAT at 20%.</p>
    </div>
  </div>
</section>
<section class="bde-section-74-110 bde-section">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <div class="bde-div-74-111 bde-div">
      <h2 class="bde-heading-74-112 bde-heading">Quotes, fixed prices and hourly work</h2>
      <div class="bde-rich-text-74-113 bde-rich-text breakdance-rich-text-styles">
        <p>There are two ways we price a job, and we&rsquo;ll always tell you which one applies before we
        start:</p>
        <ul>
          <li><strong>Fixed price.</strong> Installations, and any job we can see in full beforehand, get a
          written fixed quote. The price doesn&rsquo;t change unless you change the job, or we uncover something
          nobody could have seen (rotten pipework under a floor, say) &ndash; and then we stop and agree it with
          you first. Quotes are free for installations and for any job over &pound;500, and are valid for 30
          days.</li>
          <li><strong>Time and materials.</strong> Repairs where we can&rsquo;t know the cause until we look
          are charged by time, at the rates below, plus parts.</li>
        </ul>
      </div>
    </div>
    <div class="bde-div-74-120 bde-div">
      <h2 class="bde-heading-74-121 bde-heading">Daytime rates (Monday&ndash;Friday, 8am&ndash;6pm)</h2>
      <div class="bde-rich-text-74-122 bde-rich-text breakdance-rich-text-styles">
        <table class="price-table">
          <thead><tr><th>Labour</th><th>Price</th></tr></thead>
          <tbody>
            <tr><td>First hour, including travel within our area (no separate call-out fee)</td>
              <td>&pound;89</td></tr>
            <tr><td>Each additional 30 minutes</td><td>&pound;35</td></tr>
            <tr><td>Parts</td><td>Supplier price plus 10% handling, shown on your invoice</td></tr>
          </tbody>
        </table>
        <p>Evenings, weekends and bank holidays are charged at our
        <a href="/emergency-plumber/">out-of-hours rates</a>.</p>
      </div>
    </div>
    <div class="bde-div-74-130 bde-div">
      <h2 class="bde-heading-74-131 bde-heading">Fixed-price small jobs</h2>
      <div class="bde-rich-text-74-132 bde-rich-text breakdance-rich-text-styles">
        <table class="price-table">
          <thead><tr><th>Job</th><th>Price (labour and standard parts)</th></tr></thead>
          <tbody>
            <tr><td>Re-washer or re-cartridge a dripping tap</td><td>&pound;95</td></tr>
            <tr><td>Fit a new kitchen or basin mixer tap (tap supplied by you)</td><td>&pound;135</td></tr>
            <tr><td>Fit an outside tap with a double check valve</td><td>&pound;165</td></tr>
            <tr><td>Plumb in a washing machine or dishwasher (existing connections)</td><td>&pound;95</td></tr>
            <tr><td>Replace a toilet fill valve or flush valve</td><td>&pound;125</td></tr>
          </tbody>
        </table>
      </div>
    </div>
    <div class="bde-div-74-140 bde-div">
      <h2 class="bde-heading-74-141 bde-heading">Paying your bill</h2>
      <div class="bde-rich-text-74-142 bde-rich-text breakdance-rich-text-styles">
        <p>For household jobs, payment is due when the work is finished. Your engineer carries a card reader
        and takes debit and credit cards, contactless, Apple Pay and Google Pay. You can also pay by bank
        transfer within 7 days using the details on your invoice. We don&rsquo;t accept cheques, and for
        security our engineers don&rsquo;t carry cash change.</p>
        <p>Invoices are emailed from our accounts system the same day, with a breakdown of labour and parts, and
        you can ask the office for a copy at any time. Installations over &pound;1,500 need a 20% deposit to
        book your start date, with the balance due on completion.</p>
      </div>
    </div>
  </div>
</section>"""

_GUARANTEES = """<section class="bde-section-77-100 bde-section page-hero">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <h1 class="bde-heading-77-101 bde-heading">Guarantees &amp; complaints</h1>
  </div>
</section>
<section class="bde-section-77-110 bde-section">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <div class="bde-div-77-111 bde-div">
      <h2 class="bde-heading-77-112 bde-heading">Our workmanship guarantee</h2>
      <div class="bde-rich-text-77-113 bde-rich-text breakdance-rich-text-styles">
        <p>We stand behind our work. If something we&rsquo;ve repaired or fitted goes wrong because of the way
        we did it, we come back and put it right free of charge &ndash; labour and parts.</p>
        <ul>
          <li><strong>Repairs:</strong> 12 months from the date of the job.</li>
          <li><strong>Installations</strong> (boilers, cylinders, showers, radiators): 2 years on our
          workmanship, on top of the manufacturer&rsquo;s warranty on the appliance.</li>
          <li><strong>Parts we supply:</strong> covered by the manufacturer&rsquo;s warranty, normally 12
          months.</li>
          <li><strong>Parts you supply:</strong> we guarantee our fitting for 12 months, but if the part itself
          is faulty, the return visit is chargeable.</li>
        </ul>
        <p>The guarantee doesn&rsquo;t cover temporary repairs made during an out-of-hours call-out, damage or
        alterations by someone else, frost damage, or blockages caused by misuse.</p>
        <p><strong>To make a claim</strong>, call or email the office with your invoice number or address. We aim
        to have an engineer back with you within two working days.</p>
      </div>
    </div>
    <div class="bde-div-77-120 bde-div">
      <h2 class="bde-heading-77-121 bde-heading">If you&rsquo;re not happy</h2>
      <div class="bde-rich-text-77-122 bde-rich-text breakdance-rich-text-styles">
        <p>We&rsquo;d always rather hear about a problem than have you stay quiet. Please contact Sarah
        Kellaway, our office manager, by phone, by email at
        <a href="mailto:sarah@kellawayplumbing.co.uk">sarah@kellawayplumbing.co.uk</a>, or in writing to our
        Horfield address.</p>
        <ol>
          <li>We acknowledge your complaint within 2 working days.</li>
          <li>Dave Kellaway, our director, reviews the job and will usually visit to see it for himself.</li>
          <li>You get a full written response within 10 working days.</li>
        </ol>
        <p>If we can&rsquo;t resolve it between us, we are TrustMark registered and you can use TrustMark&rsquo;s
        free dispute resolution service. Concerns about the safety of gas work can also be reported to the Gas
        Safe Register.</p>
      </div>
    </div>
  </div>
</section>"""

_INSURANCE = """<section class="bde-section-80-100 bde-section page-hero">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <h1 class="bde-heading-80-101 bde-heading">Insurance claims &amp; leak detection</h1>
    <div class="bde-rich-text-80-102 bde-rich-text breakdance-rich-text-styles">
      <p class="lead">Water damage claims made simpler: we find the leak, fix it and give you the paperwork
      your insurer needs.</p>
    </div>
  </div>
</section>
<section class="bde-section-80-110 bde-section">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <div class="bde-div-80-111 bde-div">
      <h2 class="bde-heading-80-112 bde-heading">Escape of water claims</h2>
      <div class="bde-rich-text-80-113 bde-rich-text breakdance-rich-text-styles">
        <p>Most home insurance policies cover damage caused by water escaping from pipes, tanks and appliances,
        and many include &ldquo;trace and access&rdquo; cover &ndash; the cost of finding a hidden leak and of
        opening up and making good floors or walls to reach it. Check your policy wording or ask your insurer.</p>
        <ol>
          <li>Stop the water and make things safe.</li>
          <li>Ring your insurer to register the claim and get a claim number.</li>
          <li>Photograph the damage before anything is moved or thrown away.</li>
          <li>Book our leak detection visit, quoting your claim number.</li>
        </ol>
      </div>
    </div>
    <div class="bde-div-80-120 bde-div">
      <h2 class="bde-heading-80-121 bde-heading">Trace and access leak detection</h2>
      <div class="bde-rich-text-80-122 bde-rich-text breakdance-rich-text-styles">
        <p>We find leaks under floors, in walls and in heating pipework with as little damage as possible,
        using thermal imaging cameras, acoustic listening equipment, tracer gas, moisture meters and pressure
        testing. A leak detection survey for a typical house is a <strong>fixed &pound;345</strong>, including
        up to three hours on site. You receive a written report within 48 hours with photographs, thermal images,
        the cause and location of the leak and what we did or recommend &ndash; the format insurers and loss
        adjusters expect.</p>
      </div>
    </div>
    <div class="bde-div-80-130 bde-div">
      <h2 class="bde-heading-80-131 bde-heading">Who pays?</h2>
      <div class="bde-rich-text-80-132 bde-rich-text breakdance-rich-text-styles">
        <p>Unless your insurer appoints us directly as their contractor, we invoice you and you claim the cost
        back; your policy excess is between you and your insurer. Keep any failed pipe or fitting we remove, as
        the loss adjuster may want to see it. We don&rsquo;t do drying out, plastering or redecorating &ndash;
        insurers usually send a restoration company for that.</p>
      </div>
    </div>
  </div>
</section>"""

_EXTRA_SUPPORT = """<section class="bde-section-83-100 bde-section page-hero">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <h1 class="bde-heading-83-101 bde-heading">Extra support when you need it</h1>
    <div class="bde-rich-text-83-102 bde-rich-text breakdance-rich-text-styles">
      <p class="lead">Losing heating or hot water is miserable for anyone, but for some people it&rsquo;s a real
      risk. Tell us and we&rsquo;ll do things a little differently.</p>
    </div>
  </div>
</section>
<section class="bde-section-83-110 bde-section">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <div class="bde-div-83-111 bde-div">
      <h2 class="bde-heading-83-112 bde-heading">Who this is for</h2>
      <div class="bde-rich-text-83-113 bde-rich-text breakdance-rich-text-styles">
        <p>Anyone who finds things harder because of age, disability, illness, a new baby, pregnancy,
        bereavement, mental health, sight or hearing loss, or because English isn&rsquo;t their first language.
        Relatives, carers and support workers are welcome to call on someone&rsquo;s behalf.</p>
      </div>
    </div>
    <div class="bde-div-83-120 bde-div">
      <h2 class="bde-heading-83-121 bde-heading">What we do differently</h2>
      <div class="bde-rich-text-83-122 bde-rich-text breakdance-rich-text-styles">
        <ul>
          <li><strong>Priority visits.</strong> If someone in these circumstances has no heating or hot water, we
          aim to get an engineer there the same day, or first thing next morning if you call after 8pm.</li>
          <li><strong>Loan heaters.</strong> If a repair has to wait for parts, we can lend two oil-filled
          electric heaters free of charge until it&rsquo;s fixed.</li>
          <li><strong>Doorstep password.</strong> Choose a password when you book and your engineer will say
          it at the door. Every engineer carries photo ID, and you&rsquo;re welcome to ring the office to check
          who they are before letting them in.</li>
          <li><strong>Someone with you.</strong> We&rsquo;ll book a time when a relative or carer can be there,
          or phone them to explain the job afterwards.</li>
          <li><strong>Your way of communicating.</strong> Texts or emails instead of calls, large-print
          paperwork, and plain-English explanations without any pressure to decide on the spot.</li>
        </ul>
        <p>There&rsquo;s no extra charge for any of this. With your permission we note your needs on your
        record so you don&rsquo;t have to explain again next time, and we never share them.</p>
      </div>
    </div>
    <div class="bde-button-83-130 bde-button"><a class="breakdance-link button-atom button-atom--primary
      bde-button__button" href="tel:01174960418"><span class="button-atom__text">Call us on 0117 496 0418</span>
      </a></div>
  </div>
</section>"""


_AREAS = """<section class="bde-section-86-100 bde-section page-hero">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <h1 class="bde-heading-86-101 bde-heading">Areas we cover</h1>
    <div class="bde-rich-text-86-102 bde-rich-text breakdance-rich-text-styles">
      <p class="lead">From our workshop in Horfield we cover the whole of Bristol and the towns around it.</p>
    </div>
  </div>
</section>
<section class="bde-section-86-110 bde-section">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <div class="bde-columns-86-111 bde-columns">
      <div class="bde-column-86-112 bde-column">
        <h2 class="bde-heading-86-113 bde-heading">Our main area</h2>
        <div class="bde-rich-text-86-114 bde-rich-text breakdance-rich-text-styles">
          <p>No travel charge, and full 24/7 emergency cover, in postcodes <strong>BS1 to BS16</strong> and
          <strong>BS30 to BS34</strong>. That includes Clifton, Redland, Cotham, Kingsdown, Bishopston,
          Horfield, Henleaze, Westbury-on-Trym, Stoke Bishop, Shirehampton, Avonmouth, Southville, Bedminster,
          Totterdown, Knowle, Brislington, St George, Easton, Fishponds, Kingswood, Hanham, Warmley, Longwell
          Green, Keynsham, Bradley Stoke, Filton and Patchway.</p>
        </div>
      </div>
      <div class="bde-column-86-115 bde-column">
        <h2 class="bde-heading-86-116 bde-heading">Further out</h2>
        <div class="bde-rich-text-86-117 bde-rich-text breakdance-rich-text-styles">
          <p>We also come to <strong>Portishead (BS20), Clevedon (BS21), Thornbury (BS35), Frampton Cotterell and
          Winterbourne (BS36), Yate and Chipping Sodbury (BS37), Long Ashton (BS41) and Nailsea (BS48)</strong>
          for booked work, with a &pound;25 travel supplement per visit. We can&rsquo;t offer overnight
          emergency call-outs in these areas.</p>
          <p>We don&rsquo;t cover Bath or Weston-super-Mare.</p>
        </div>
      </div>
    </div>
    <div class="bde-image-86-120 bde-image"><img src="/wp-content/uploads/2023/04/kellaway-coverage-map.png"
      alt="Map of the areas Kellaway Plumbing &amp; Heating covers" width="900" height="560"></div>
  </div>
</section>
<section class="bde-section-86-130 bde-section">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <h2 class="bde-heading-86-131 bde-heading">Parking for our vans</h2>
    <div class="bde-rich-text-86-132 bde-rich-text breakdance-rich-text-styles">
      <p>Our engineers drive vans full of tools and parts and need to park close to your home. When you book,
      please tell us about anything that might get in the way: narrow lanes, no parking outside, or a
      residents&rsquo; parking zone.</p>
      <p>Large parts of Clifton, Cotham, Redland, Kingsdown, Southville and Bedminster are residents&rsquo;
      parking zones. If you live in one, please have a visitor permit ready for the engineer&rsquo;s van, or
      let us use your driveway. If there&rsquo;s no permit, the engineer will use the nearest pay-and-display
      bay and the parking cost is added to your invoice at cost.</p>
      <p>All our vans meet the standards for Bristol&rsquo;s Clean Air Zone, so there&rsquo;s never a CAZ
      charge passed on to you for jobs in the city centre.</p>
    </div>
  </div>
</section>"""

_TEAM = """<section class="bde-section-89-100 bde-section page-hero">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <h1 class="bde-heading-89-101 bde-heading">Meet the team</h1>
    <div class="bde-rich-text-89-102 bde-rich-text breakdance-rich-text-styles">
      <p class="lead">Six engineers, one office, no subcontractors. Everyone who comes to your door works for
      Kellaway.</p>
    </div>
  </div>
</section>
<section class="bde-section-89-110 bde-section">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <div class="bde-rich-text-89-111 bde-rich-text breakdance-rich-text-styles">
      <p>Our company Gas Safe registration number is <strong>587214</strong>. Each gas engineer also has their
      own licence number, printed on the Gas Safe ID card they carry. You can check any engineer on the Gas
      Safe Register website or by calling Gas Safe on 0800 408 5500.</p>
    </div>
    <div class="bde-columns-89-120 bde-columns team-grid">
      <div class="bde-column-89-121 bde-column team-card">
        <img src="/wp-content/uploads/2024/01/dave-kellaway.jpg" alt="Dave Kellaway" width="300" height="300">
        <h3 class="bde-heading bde-heading-89-122">Dave Kellaway &ndash; Founder &amp; director</h3>
        <div class="bde-rich-text breakdance-rich-text-styles"><p>Gas Safe licence 3018842. Twenty-five years on
        the tools, G3 unvented qualified and a Worcester Bosch accredited installer. Still out on jobs most
        days.</p></div>
      </div>
      <div class="bde-column-89-123 bde-column team-card">
        <img src="/wp-content/uploads/2024/01/marek-nowak.jpg" alt="Marek Nowak" width="300" height="300">
        <h3 class="bde-heading bde-heading-89-124">Marek Nowak &ndash; Senior installer</h3>
        <div class="bde-rich-text breakdance-rich-text-styles"><p>Gas Safe licence 3562091. Leads our boiler
        installations, G3 unvented and commercial catering qualified.</p></div>
      </div>
      <div class="bde-column-89-125 bde-column team-card">
        <img src="/wp-content/uploads/2024/01/priya-nair.jpg" alt="Priya Nair" width="300" height="300">
        <h3 class="bde-heading bde-heading-89-126">Priya Nair &ndash; Heating &amp; commercial engineer</h3>
        <div class="bde-rich-text breakdance-rich-text-styles"><p>Gas Safe licence 4127765. Looks after our
        restaurant and caf&eacute; customers and holds commercial catering and LPG qualifications.</p></div>
      </div>
      <div class="bde-column-89-127 bde-column team-card">
        <img src="/wp-content/uploads/2024/01/jess-okafor.jpg" alt="Jess Okafor" width="300" height="300">
        <h3 class="bde-heading bde-heading-89-128">Jess Okafor &ndash; Service engineer</h3>
        <div class="bde-rich-text breakdance-rich-text-styles"><p>Gas Safe licence 5530418. Does most of our
        boiler services and landlord certificates, and is the fastest fault-finder in the building.</p></div>
      </div>
      <div class="bde-column-89-129 bde-column team-card">
        <img src="/wp-content/uploads/2024/01/liam-ferris.jpg" alt="Liam Ferris" width="300" height="300">
        <h3 class="bde-heading bde-heading-89-130">Liam Ferris &ndash; Plumber</h3>
        <div class="bde-rich-text breakdance-rich-text-styles"><p>Plumbing only (not gas). Our leak-finding
        specialist and one of the regulars on the out-of-hours rota.</p></div>
      </div>
      <div class="bde-column-89-131 bde-column team-card">
        <img src="/wp-content/uploads/2024/01/tom-haskins.jpg" alt="Tom Haskins" width="300" height="300">
        <h3 class="bde-heading bde-heading-89-132">Tom Haskins &ndash; Plumber</h3>
        <div class="bde-rich-text breakdance-rich-text-styles"><p>Plumbing only (not gas). WIAPS approved
        plumber; blockages, showers, taps and water supply pipes are his bread and butter.</p></div>
      </div>
    </div>
    <div class="bde-div-89-140 bde-div office-team">
      <h2 class="bde-heading-89-141 bde-heading">In the office</h2>
      <div class="bde-rich-text-89-142 bde-rich-text breakdance-rich-text-styles">
        <p><strong>Sarah Kellaway</strong>, office manager, runs the diary and the accounts. <strong>Abi
        Turner</strong> answers most of your calls on weekdays and books the landlord checks.</p>
      </div>
    </div>
  </div>
</section>"""

_REVIEWS = """<section class="bde-section-92-100 bde-section page-hero">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <h1 class="bde-heading-92-101 bde-heading">Customer reviews</h1>
    <div class="bde-rich-text-92-102 bde-rich-text breakdance-rich-text-styles">
      <p class="lead">Rated <strong>4.9 out of 5</strong> from more than 640 Google reviews, 9.8 on Checkatrade,
      and endorsed as a Which? Trusted Trader.</p>
    </div>
  </div>
</section>
<section class="bde-section-92-110 bde-section">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <div class="bde-columns-92-111 bde-columns reviews-grid">
      <div class="bde-column-92-112 bde-column review-card">
        <div class="stars" aria-label="5 stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
        <blockquote>&ldquo;Pipe burst in the loft on a Sunday night. Liam talked me through turning everything off
        on the phone and was here within the hour. Calm, tidy and fair.&rdquo;</blockquote>
        <cite>Claire M., Bishopston &ndash; Google</cite>
      </div>
      <div class="bde-column-92-113 bde-column review-card">
        <div class="stars" aria-label="5 stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
        <blockquote>&ldquo;Jess has serviced our boiler three years running. Always on time, always explains what
        she&rsquo;s found.&rdquo;</blockquote>
        <cite>Mr &amp; Mrs Adeyemi, Westbury-on-Trym &ndash; Checkatrade</cite>
      </div>
      <div class="bde-column-92-114 bde-column review-card">
        <div class="stars" aria-label="5 stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
        <blockquote>&ldquo;We manage 40 rented flats and Kellaway do all our gas certificates. The tenants get
        booked in without us lifting a finger.&rdquo;</blockquote>
        <cite>Harbour Lettings, Redcliffe &ndash; Google</cite>
      </div>
      <div class="bde-column-92-115 bde-column review-card">
        <div class="stars" aria-label="4 stars">&#9733;&#9733;&#9733;&#9733;&#9734;</div>
        <blockquote>&ldquo;Good job on our new radiators. Took a bit longer than planned but Marek kept us updated
        and the price didn&rsquo;t change.&rdquo;</blockquote>
        <cite>Tom B., Knowle &ndash; Google</cite>
      </div>
      <div class="bde-column-92-116 bde-column review-card">
        <div class="stars" aria-label="5 stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
        <blockquote>&ldquo;Priya sorted our caf&eacute; kitchen before the inspection with a day to spare.
        Lifesaver.&rdquo;</blockquote>
        <cite>Bean There Caf&eacute;, Stokes Croft &ndash; Google</cite>
      </div>
      <div class="bde-column-92-117 bde-column review-card">
        <div class="stars" aria-label="5 stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
        <blockquote>&ldquo;Tom found a leak on our supply pipe that two other firms missed.&rdquo;</blockquote>
        <cite>Dev P., Fishponds &ndash; Checkatrade</cite>
      </div>
    </div>
  </div>
</section>
<section class="bde-section-92-120 bde-section">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <h2 class="bde-heading-92-121 bde-heading">Leave us a review</h2>
    <div class="bde-rich-text-92-122 bde-rich-text breakdance-rich-text-styles">
      <p>Had a good experience? Reviews help a small local business more than you might think. You can leave
      one on <a href="https://g.page/r/kellaway-plumbing-bristol/review" target="_blank" rel="noopener">Google</a>
      or on <a href="https://www.checkatrade.com/trades/kellawayplumbingheating" target="_blank"
      rel="noopener">Checkatrade</a>. Please mention your engineer by name &ndash; every review that names
      someone is read out at our Monday team meeting and passed on to them.</p>
      <p>Something not right? Please tell us first so we can fix it &ndash; see
      <a href="/guarantees-complaints/">guarantees &amp; complaints</a>.</p>
    </div>
  </div>
</section>"""

_FAQ_ITEMS = [
    (
        "Do you work on oil or LPG boilers?",
        "<p>We work on natural gas and LPG boilers. We don&rsquo;t work on oil-fired boilers or oil tanks; for "
        "those you need an OFTEC-registered technician.</p>",
    ),
    (
        "Does someone need to be at home while you work?",
        "<p>Yes, please make sure someone aged 18 or over is in for the whole visit. Landlords with vacant "
        "properties can arrange key collection instead.</p>",
    ),
    (
        "Will you take the old parts away?",
        "<p>Yes. Old taps, valves, radiators and boilers are taken away and recycled at no extra cost. If "
        "you&rsquo;re making an insurance claim, tell the engineer so they leave failed parts with you.</p>",
    ),
    (
        "Will my water be turned off, and for how long?",
        "<p>For most repairs the water is off for less than an hour, and your engineer will tell you before "
        "turning it off. It&rsquo;s worth filling a kettle and a jug first.</p>",
    ),
    (
        "Do you fit gas hobs and cookers?",
        "<p>Yes. Connecting a freestanding gas cooker or gas hob to an existing gas point costs &pound;110, "
        "including a safety test. New gas supply runs are quoted.</p>",
    ),
    (
        "I have a dog. Is that a problem?",
        "<p>Not at all &ndash; several of us are dog owners. We just ask that pets are kept in another room "
        "while we work, for their safety and ours, as doors will be open and tools out.</p>",
    ),
    (
        "Are you VAT registered?",
        "<p>Yes. Our VAT number is on every invoice and all the prices on our website include VAT.</p>",
    ),
    (
        "Can I watch what the engineer is doing?",
        "<p>Of course. Our engineers are happy to explain what they&rsquo;re doing and show you anything "
        "useful, like how to repressurise your boiler.</p>",
    ),
]

_FAQ = f"""<section class="bde-section-95-100 bde-section page-hero">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <h1 class="bde-heading-95-101 bde-heading">Frequently asked questions</h1>
    <div class="bde-rich-text-95-102 bde-rich-text breakdance-rich-text-styles">
      <p>Can&rsquo;t find your answer here? Call us on <a href="tel:01174960418">0117 496 0418</a>.</p>
    </div>
  </div>
</section>
<section class="bde-section-95-110 bde-section">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    {_accordion("95-105", _FAQ_ITEMS)}
  </div>
</section>"""

_CONTACT = """<section class="bde-section-98-100 bde-section page-hero">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <h1 class="bde-heading-98-101 bde-heading">Contact &amp; book</h1>
    <div class="bde-rich-text-98-102 bde-rich-text breakdance-rich-text-styles">
      <p class="lead">Book a visit by phone, email or the form below. For emergencies, always phone.</p>
    </div>
  </div>
</section>
<section class="bde-section-98-110 bde-section">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <div class="bde-columns-98-111 bde-columns">
      <div class="bde-column-98-112 bde-column">
        <h2 class="bde-heading-98-113 bde-heading">Get in touch</h2>
        <div class="bde-rich-text-98-114 bde-rich-text breakdance-rich-text-styles">
          <p><strong>Phone:</strong> <a href="tel:01174960418">0117 496 0418</a> &ndash; answered by the office
          Monday to Friday 8am&ndash;5.30pm and Saturday 9am&ndash;1pm, and by our on-call engineer at all
          other times.</p>
          <p><strong>Email:</strong> <a href="mailto:hello@kellawayplumbing.co.uk">hello@kellawayplumbing.co.uk</a>
          &ndash; we reply within one working day.</p>
          <p><strong>WhatsApp:</strong> 07700 900416 &ndash; send us photos or a short video of the problem
          (office hours only). It often helps the engineer bring the right parts.</p>
          <p><strong>Office:</strong> Unit 3, Muller Road Workshops, Horfield, Bristol BS7 9QN. This is our
          workshop and stores, not a shop, so visits are by appointment.</p>
        </div>
      </div>
      <div class="bde-column-98-115 bde-column">
        <h2 class="bde-heading-98-116 bde-heading">Booking form</h2>
        <div class="bde-form-builder-98-117 bde-form-builder">
          <form class="breakdance-form breakdance-form--vertical" data-form-id="98-117" method="post"
            action="/contact/">
            <div class="breakdance-form-field"><label for="f-name">Your name</label>
              <input type="text" id="f-name" name="fields[name]" required></div>
            <div class="breakdance-form-field"><label for="f-phone">Phone</label>
              <input type="tel" id="f-phone" name="fields[phone]" required></div>
            <div class="breakdance-form-field"><label for="f-postcode">Postcode</label>
              <input type="text" id="f-postcode" name="fields[postcode]"></div>
            <div class="breakdance-form-field"><label for="f-job">What do you need?</label>
              <select id="f-job" name="fields[job]"><option>Repair</option><option>Boiler service</option>
              <option>New boiler quote</option><option>Landlord certificate</option><option>Other</option></select>
            </div>
            <div class="breakdance-form-field"><label for="f-msg">Tell us more</label>
              <textarea id="f-msg" name="fields[message]" rows="5"></textarea></div>
            <div class="breakdance-form-field breakdance-form-footer">
              <button type="submit" class="button-atom button-atom--primary breakdance-form-button">
                <span class="button-atom__text">Request a booking</span></button></div>
          </form>
        </div>
      </div>
    </div>
  </div>
</section>
<section class="bde-section-98-120 bde-section">
  <div class="section-background-overlay"></div>
  <div class="section-container">
    <h2 class="bde-heading-98-121 bde-heading">Appointments</h2>
    <div class="bde-rich-text-98-122 bde-rich-text breakdance-rich-text-styles">
      <p>We book routine work in two slots, Monday to Friday: <strong>morning (8am&ndash;12pm)</strong> and
      <strong>afternoon (12pm&ndash;6pm)</strong>. On the day, you&rsquo;ll get a text with your engineer&rsquo;s
      name and photo when they&rsquo;re on the way. If a job before yours overruns, the office will ring to let
      you know.</p>
      <h3>Changing or cancelling</h3>
      <p>You can move or cancel an appointment free of charge as long as you give us at least 24 hours&rsquo;
      notice. If you cancel with less notice, or our engineer arrives and can&rsquo;t get in, we charge a
      &pound;45 missed-appointment fee to cover the lost slot. Just ring or email the office to rebook.</p>
    </div>
  </div>
</section>"""


HTML = {
    "/": _page(
        "/",
        12,
        "Plumbers &amp; Heating Engineers in Bristol",
        "Family-run Bristol plumbers and Gas Safe heating engineers. Repairs, boilers, landlord certificates and "
        "24/7 emergency call-outs.",
        _HOME,
    ),
    "/emergency-plumber/": _page(
        "/emergency-plumber/",
        48,
        "24/7 Emergency Plumber Bristol",
        "Burst pipe or leak in Bristol? Our phones are answered 24/7. Out-of-hours rates and what to do while "
        "you wait.",
        _EMERGENCY,
    ),
    "/plumbing-repairs/": _page(
        "/plumbing-repairs/",
        52,
        "Plumbing Repairs, Blockages &amp; Low Water Pressure",
        "Leaking pipes, dripping taps, blocked toilets and sinks, and low water pressure fixed by local Bristol "
        "plumbers.",
        _PLUMBING,
        sidebar=True,
    ),
    "/boiler-repairs-servicing/": _page(
        "/boiler-repairs-servicing/",
        55,
        "Boiler Repairs &amp; Servicing Bristol",
        "Gas Safe boiler repairs and annual servicing for Worcester Bosch, Vaillant, Ideal, Baxi and more.",
        _BOILERS,
        sidebar=True,
    ),
    "/new-boilers/": _page(
        "/new-boilers/",
        57,
        "New Combi &amp; System Boilers with Finance",
        "Fixed-price new boiler installation in Bristol with up to 12-year warranties and boiler finance.",
        _NEW_BOILERS,
    ),
    "/landlord-gas-safety/": _page(
        "/landlord-gas-safety/",
        61,
        "Landlord Gas Safety Certificates (CP12)",
        "Landlord gas safety certificates in Bristol from &pound;75. We arrange access with your tenants.",
        _LANDLORD,
        sidebar=True,
    ),
    "/hot-water-showers-radiators/": _page(
        "/hot-water-showers-radiators/",
        63,
        "Hot Water Cylinders, Showers &amp; Radiators",
        "Unvented cylinders, immersion heaters, electric and mixer showers, powerflushing, radiators and towel "
        "rails in Bristol.",
        _HOT_WATER,
        sidebar=True,
    ),
    "/advice/": _page(
        "/advice/",
        66,
        "Stopcocks, Water Meters &amp; Frozen Pipes",
        "How to find your stopcock, check your water meter for leaks and deal with frozen pipes and condensate pipes.",
        _ADVICE,
        sidebar=True,
    ),
    "/commercial/": _page(
        "/commercial/",
        70,
        "Commercial Plumbing &amp; Catering Gas",
        "Commercial plumbing and catering gas safety (CP42) for Bristol cafés, restaurants, shops and offices.",
        _COMMERCIAL,
    ),
    "/prices-payment/": _page(
        "/prices-payment/",
        74,
        "Prices &amp; Payment",
        "Our daytime rates, fixed-price small jobs, how quotes work and how to pay.",
        _PRICES,
    ),
    "/guarantees-complaints/": _page(
        "/guarantees-complaints/",
        77,
        "Guarantees &amp; Complaints",
        "Our workmanship guarantee and how to make a complaint.",
        _GUARANTEES,
    ),
    "/insurance-claims/": _page(
        "/insurance-claims/",
        80,
        "Insurance Claims &amp; Leak Detection",
        "Trace and access leak detection with insurer-ready reports for escape of water claims in Bristol.",
        _INSURANCE,
        sidebar=True,
    ),
    "/extra-support/": _page(
        "/extra-support/",
        83,
        "Extra Support for Customers",
        "Priority visits, loan heaters and doorstep passwords for customers in vulnerable circumstances.",
        _EXTRA_SUPPORT,
    ),
    "/areas-we-cover/": _page(
        "/areas-we-cover/",
        86,
        "Areas We Cover",
        "We cover Bristol BS1 to BS16, BS30 to BS34 and surrounding towns.",
        _AREAS,
    ),
    "/our-team/": _page(
        "/our-team/",
        89,
        "Meet the Team",
        "Meet our six plumbers and Gas Safe engineers, with their Gas Safe licence numbers.",
        _TEAM,
    ),
    "/reviews/": _page(
        "/reviews/",
        92,
        "Customer Reviews",
        "Read reviews from Kellaway Plumbing &amp; Heating customers across Bristol.",
        _REVIEWS,
    ),
    "/faq/": _page(
        "/faq/",
        95,
        "FAQs",
        "Answers to common questions about our plumbing and heating services.",
        _FAQ,
    ),
    "/contact/": _page(
        "/contact/",
        98,
        "Contact &amp; Book",
        "Book a plumber or heating engineer in Bristol. Phone, email, WhatsApp or online booking form.",
        _CONTACT,
    ),
}

QUESTIONS = [
    (
        "Water's coming through the kitchen ceiling from the bathroom upstairs and it's gone 11 at night. Can "
        "someone come out now and what's it going to cost me?",
        "/emergency-plumber/",
    ),
    ("I think I can smell gas in the hall, what should I do", "/emergency-plumber/"),
    (
        "My son flushed one of his toys down the loo and now when you flush the water just comes up to the top "
        "and sits there. Is that something you deal with?",
        "/plumbing-repairs/",
    ),
    (
        "Ever since we moved in the kitchen tap is just a trickle, takes forever to fill the kettle. Can you do "
        "anything about it?",
        "/plumbing-repairs/",
    ),
    (
        "Our Vaillant has packed in, no heating and no hot water. do you repair them and how quick can you get "
        "the parts",
        "/boiler-repairs-servicing/",
    ),
    ("hows much is a boiler servis", "/boiler-repairs-servicing/"),
    (
        "Our boiler is about 20 years old and on its last legs. We can't really pay for a new one in one go, is "
        "there a way to spread the cost?",
        "/new-boilers/",
    ),
    ("If we get a new combi put in, how many days will we be without heating?", "/new-boilers/"),
    (
        "I rent out a flat in Bedminster and the yearly gas certificate is due next month. How much do you charge "
        "and can you sort the appointment with my tenant yourselves?",
        "/landlord-gas-safety/",
    ),
    (
        "My electric shower has gone lukewarm even on the lowest setting. It's over ten years old so probably "
        "time for a new one, do you fit them?",
        "/hot-water-showers-radiators/",
    ),
    (
        "radiator in the back bedroom is hot at the top but cold at the bottom, I've bled it already and it's "
        "made no difference",
        "/hot-water-showers-radiators/",
    ),
    (
        "Where would my stopcock be? It's an old Victorian terrace and there's nothing under the kitchen sink",
        "/advice/",
    ),
    (
        "It was minus 4 last night and this morning the boiler won't come on, it's making a gurgling noise and "
        "flashing a code. Anything I can try before I pay for a callout?",
        "/advice/",
    ),
    (
        "I run a little café on Gloucester Road and our kitchen gas needs its safety check. Do you do commercial "
        "kitchens?",
        "/commercial/",
    ),
    ("Do you charge by the hour or can you give me a set price before you start?", "/prices-payment/"),
    ("can i pay the plumber by card when hes done", "/prices-payment/"),
    (
        "You fixed a leak under my sink back in March and it's started dripping again. Is that covered or do I "
        "have to pay again?",
        "/guarantees-complaints/",
    ),
    (
        "Insurance company says they need a trace and access report for a leak somewhere under our floor. Is "
        "that something you do?",
        "/insurance-claims/",
    ),
    (
        "My mum is 87 and lives on her own in Knowle. Her heating has stopped and she gets anxious about letting "
        "strangers in. Can you help quickly?",
        "/extra-support/",
    ),
    ("do u cover portishead", "/areas-we-cover/"),
    ("We're in Cotham and it's resident permit parking only. Where's your engineer going to park?", "/areas-we-cover/"),
    (
        "Marek is booked to fit our boiler on Thursday - what's his Gas Safe number so I can check him out?",
        "/our-team/",
    ),
    ("Liam came out on Sunday night and was brilliant. Where can I leave him a review?", "/reviews/"),
    ("My dad has an oil-fired boiler out in the sticks, do you lot service those?", "/faq/"),
    ("Something's come up and I need to move Friday's appointment, will I be charged for cancelling?", "/contact/"),
]

OUT_OF_SCOPE = [
    "Can you fit an air source heat pump, and do you help with the government grant for it?",
    "Do you install underfloor heating? We're building a kitchen extension",
    "Is there any discount for NHS staff or pensioners?",
    "Are you taking on any apprentices this year? My son's just finished his plumbing course at college",
    "Our gutters are overflowing and a downpipe is cracked, can you fix that?",
    "How much would you charge to rip out and fit a whole new bathroom suite with tiling?",
    "Can you recommend a good Italian restaurant near Clifton?",
    "What time does the 72 bus leave Temple Meads?",
]
