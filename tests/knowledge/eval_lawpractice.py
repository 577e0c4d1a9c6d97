"""An evaluation site: Lendal Hartley Solicitors, solicitors for private clients and small businesses in York (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a Drupal 10 site on the
Olivero theme: region-- wrappers, a primary-nav mega-menu, a breadcrumb block, layout builder one-column
sections, body fields with text-content, a paragraph--type--faq accordion built on <details>, and a cookie banner.
"""

NAME = "Lendal Hartley Solicitors"

_SITE = "Lendal Hartley Solicitors"

# (label, path) for top-level links, or (label, None, [(label, path), ...]) for dropdowns.
_MENU = [
    ("Home", "/"),
    (
        "Private clients",
        None,
        [
            ("Wills &amp; trusts", "/wills-and-trusts/"),
            ("Lasting powers of attorney", "/lasting-powers-of-attorney/"),
            ("Probate &amp; estates", "/probate/"),
            ("Court of Protection &amp; deputyship", "/court-of-protection/"),
            ("Family law &amp; prenups", "/family-law/"),
            ("Home &amp; hospital visits", "/home-visits/"),
        ],
    ),
    (
        "Property",
        None,
        [
            ("Residential conveyancing", "/conveyancing/"),
            ("Commercial property &amp; leases", "/commercial-property/"),
        ],
    ),
    (
        "Business",
        None,
        [
            ("Employment law for employers", "/employment-law/"),
            ("Disputes &amp; debt recovery", "/disputes-and-debt-recovery/"),
        ],
    ),
    ("Fees", "/our-fees/"),
    (
        "About us",
        None,
        [
            ("Our team", "/our-team/"),
            ("How to instruct us", "/instructing-us/"),
            ("FAQs", "/faq/"),
            ("Fraud warning", "/protect-yourself-from-fraud/"),
            ("Complaints", "/regulatory-information/#complaints"),
            ("Regulatory information", "/regulatory-information/"),
        ],
    ),
    ("Contact", "/contact-us/"),
]

_DRUPAL_SETTINGS = (
    '{"path":{"baseUrl":"\\/","pathPrefix":"","currentPathIsAdmin":false,"isFront":false,'
    '"currentLanguage":"en"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,'
    '"gtag":{"tagId":"G-LH7Q2K9X4B","consentMode":true,"otherIds":[],"events":[],"additionalConfigInfo":[]},'
    '"eu_cookie_compliance":{"cookie_policy_version":"1.0.0","popup_enabled":true,"popup_agreed_enabled":false,'
    '"popup_position":false,"popup_link":"\\/regulatory-information\\/#privacy","method":"opt_in"},'
    '"ajaxTrustedUrl":{"\\/contact-us\\/?ajax_form=1":true},"user":{"uid":0,"permissionsHash":"a1c9e0f3"}}'
)


def _nav(active):
    items = []
    for n, entry in enumerate(_MENU, start=1):
        label, path = entry[0], entry[1]
        if path is not None:
            cur = ' is-active" aria-current="page' if path == active else ""
            items.append(
                f"""
            <li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1">
              <a href="{path}" class="primary-nav__menu-link primary-nav__menu-link--link
                primary-nav__menu-link--level-1{cur}" data-drupal-link-system-path="node/{n}">
                <span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">{label}</span>
              </a>
            </li>"""
            )
            continue
        subs = []
        for sub_label, sub_path in entry[2]:
            cur = ' is-active" aria-current="page' if sub_path == active else ""
            subs.append(
                f"""
                <li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-2">
                  <a href="{sub_path}" class="primary-nav__menu-link primary-nav__menu-link--link
                    primary-nav__menu-link--level-2{cur}">{sub_label}</a>
                </li>"""
            )
        sub_html = "".join(subs)
        in_trail = " primary-nav__menu-item--active-trail" if any(p == active for _, p in entry[2]) else ""
        items.append(
            f"""
            <li class="primary-nav__menu-item primary-nav__menu-item--nolink primary-nav__menu-item--level-1
              primary-nav__menu-item--has-children{in_trail}" data-drupal-selector="primary-nav-menu-item-has-children">
              <span class="primary-nav__menu-link primary-nav__menu-link--nolink primary-nav__menu-link--level-1
                primary-nav__menu-link--has-children" data-drupal-selector="primary-nav-menu-link-has-children">
                <span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">{label}</span>
              </span>
              <button class="primary-nav__button-toggle" data-drupal-selector="primary-nav-submenu-toggle-button"
                aria-controls="primary-menu-item-{n}" aria-expanded="false" aria-hidden="true" tabindex="-1">
                <span class="visually-hidden">{label} sub-navigation</span>
                <span class="icon--menu-toggle"></span>
              </button>
              <span data-drupal-selector="primary-nav-menu-🥕" class="primary-nav__menu-🥕"></span>
              <ul class="menu primary-nav__menu primary-nav__menu--level-2"
                data-drupal-selector="primary-nav-menu--level-2" id="primary-menu-item-{n}">{sub_html}
              </ul>
            </li>"""
        )
    return "".join(items)


def _crumbs(trail):
    parts = ['<li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li>']
    for label, path in trail:
        if path:
            parts.append(f'<li class="breadcrumb__item"><a href="{path}" class="breadcrumb__link">{label}</a></li>')
        else:
            parts.append(f'<li class="breadcrumb__item">{label}</li>')
    return "\n                  ".join(parts)


def _sidebar(blocks):
    if not blocks:
        return ""
    return f"""
            <aside class="region region--sidebar" role="complementary">
              {blocks}
            </aside>"""


def _page(path, title, body, *, trail=(), sidebar="", node=1, description="", body_class="page-node-type-page"):
    """Wrap a page body in the shared Olivero header, breadcrumb, sidebar and footer."""
    full_title = f"{title} | {_SITE}" if path != "/" else f"{_SITE} | Solicitors in York for families and businesses"
    crumbs = _crumbs(trail) if path != "/" else ""
    breadcrumb = (
        f"""
          <div class="region region--breadcrumb grid-full layout--pass--content-medium">
            <div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
              <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
                <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
                <div class="breadcrumb__content">
                  <ol class="breadcrumb__list">
                  {crumbs}
                  </ol>
                </div>
              </nav>
            </div>
          </div>"""
        if crumbs
        else ""
    )
    grid = "sidebar-grid grid-full" if sidebar else "grid-full"
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr"
  style="--color--primary-hue:214;--color--primary-saturation:52%;--color--primary-lightness:27">
  <head>
    <meta charset="utf-8" />
    <script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments)}};
gtag("consent", "default", {{"analytics_storage": "denied"}});gtag("js", new Date());
gtag("config", "G-LH7Q2K9X4B", {{"anonymize_ip": true}});</script>
    <meta name="description" content="{description}" />
    <link rel="canonical" href="https://www.lendalhartley.co.uk{path}" />
    <meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
    <meta name="MobileOptimized" content="width" />
    <meta name="HandheldFriendly" content="true" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta property="og:site_name" content="{_SITE}" />
    <meta property="og:title" content="{title}" />
    <link rel="icon" href="/sites/default/files/favicon_lh.png" type="image/png" />
    <title>{full_title}</title>
    <link rel="stylesheet" media="all"
      href="/sites/default/files/css/css_q8Jx0kX3oR1pLw.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJx"
    />
    <link rel="stylesheet" media="all"
      href="/sites/default/files/css/css_2mVt6bY9HcN4sE.css?delta=1&amp;language=en&amp;theme=olivero&amp;include=eJx"
    />
    <link rel="stylesheet" media="all" href="/themes/custom/lendal_olivero/css/lendal-overrides.css?t0x9a1" />
    <noscript><link rel="stylesheet"
      href="/core/themes/olivero/css/components/navigation/nav-primary-no-js.css?t0x9a1" />
    </noscript>
  </head>
  <body class="path-node {body_class}">
    <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
  <div id="page-wrapper" class="page-wrapper">
    <div id="page">
      <header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
        <div class="site-header__fixable" data-drupal-selector="site-header-fixable">
          <div class="site-header__initial">
            <button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
              aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false">
              <span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span>
            </button>
          </div>
          <div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner">
            <div class="container site-header__inner__container">
              <div id="block-lendal-olivero-site-branding"
                class="site-branding block block-system block-system-branding-block">
                <div class="site-branding__inner">
                  <a href="/" rel="home" class="site-branding__logo">
                    <img src="/sites/default/files/lendal-hartley-logo.svg" alt="Home" fetchpriority="high" />
                  </a>
                  <div class="site-branding__text">
                    <div class="site-branding__name"><a href="/" title="Home" rel="home">{_SITE}</a></div>
                    <div class="site-branding__slogan">Solicitors in York since 1987</div>
                  </div>
                </div>
              </div>
              <div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
              <div class="mobile-buttons" data-drupal-selector="mobile-buttons">
                <button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu"
                  aria-controls="header-nav" aria-expanded="false">
                  <span class="mobile-nav-button__label">Menu</span>
                  <span class="mobile-nav-button__icon"></span>
                </button>
              </div>
              <div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
                <nav id="block-lendal-olivero-main-menu" class="primary-nav block block-menu navigation menu--main"
                  aria-labelledby="block-lendal-olivero-main-menu-menu" role="navigation">
                  <h2 class="visually-hidden block__title" id="block-lendal-olivero-main-menu-menu">Main navigation</h2>
                  <ul class="menu primary-nav__menu primary-nav__menu--level-1"
                    data-drupal-selector="primary-nav-menu--level-1">{_nav(path)}
                  </ul>
                </nav>
                <nav id="block-lendal-olivero-account-menu" class="block block-menu navigation menu--account
                  secondary-nav" aria-labelledby="block-lendal-olivero-account-menu-menu" role="navigation">
                  <span class="visually-hidden" id="block-lendal-olivero-account-menu-menu">Call to action</span>
                  <ul class="menu secondary-nav__menu secondary-nav__menu--level-1">
                    <li class="secondary-nav__menu-item secondary-nav__menu-item--link
                      secondary-nav__menu-item--level-1">
                      <a href="tel:+441904622418" class="secondary-nav__menu-link secondary-nav__menu-link--link
                        secondary-nav__menu-link--level-1">01904 622418</a>
                    </li>
                    <li class="secondary-nav__menu-item secondary-nav__menu-item--link
                      secondary-nav__menu-item--level-1">
                      <a href="/contact-us/#enquiry" class="secondary-nav__menu-link secondary-nav__menu-link--link
                        secondary-nav__menu-link--level-1 button button--primary button--small">Book a meeting</a>
                    </li>
                  </ul>
                </nav>
              </div>
            </div>
          </div>
        </div>
      </header>
      <div id="main-wrapper" class="layout-main-wrapper layout-container">
        <div id="main" class="layout-main">
          <div class="main-content">
            <a id="main-content" tabindex="-1"></a>
          <div class="region region--highlighted grid-full layout--pass--content-medium">
            <div data-drupal-messages-fallback class="hidden messages-list"></div>
          </div>{breadcrumb}
          <div class="main-content__container container">
            <div class="region region--content-above grid-full layout--pass--content-medium">
              <div id="block-lendal-olivero-page-title" class="block block-core block-page-title-block">
                <h1 class="title page-title">
                  <span class="field field--name-title field--type-string field--label-hidden">{title}</span>
                </h1>
              </div>
            </div>
            <div class="{grid}">
              <main role="main" class="site-main">
                <div class="region region--content grid-full layout--pass--content-medium" id="content">
                  <div id="block-lendal-olivero-content" class="block block-system block-system-main-block">
                    <article data-history-node-id="{node}" class="node node--type-page node--view-mode-full">
                      <div class="node__content">
                        <div class="layout layout--onecol">
                          <div class="layout__region layout__region--content">
                            <div class="block block-layout-builder block-field-blocknodepagebody">
                              <div class="text-content clearfix field field--name-body field--type-text-with-summary
                                field--label-hidden field__item">
{body}
                              </div>
                            </div>
                          </div>
                        </div>
                      </div>
                    </article>
                  </div>
                </div>
              </main>{_sidebar(sidebar)}
            </div>
          </div>
          <div class="region region--content-below grid-full layout--pass--content-medium">
            <div id="block-lendal-olivero-cta" class="block block-block-content block-block-content--cta
              cta-banner">
              <div class="block__content">
                <div class="cta-banner__text">
                  <h2>Talk to a real person</h2>
                  <p>Ring 01904 622418 or send us a short message and a solicitor will come back to you.</p>
                </div>
                <a href="/contact-us/#enquiry" class="button button--primary">Book a meeting</a>
              </div>
            </div>
          </div>
          </div>
          <div class="social-bar">
            <div class="social-bar__inner fixable">
              <div class="rotate">
                <div id="block-lendal-olivero-syndicate" class="block block-node block-node-syndicate-block">
                  <div class="block__content">
                    <a href="https://www.linkedin.com/company/lendal-hartley-solicitors" class="feed-icon">LinkedIn</a>
                  </div>
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
      <div class="site-footer">
        <footer class="site-footer__inner container">
          <div class="region region--footer-top grid-full">
            <div class="region--footer_top__inner">
              <div id="block-lendal-footer-address" class="block block-block-content block-footer-address">
                <h2 class="block__title">Visit us</h2>
                <div class="block__content">
                  <div class="text-content field field--name-body field--type-text-with-summary field__item">
                    <p>{_SITE}<br />Lendal Chambers, 17 Lendal<br />York YO1 8AQ</p>
                    <p>Tel: <a href="tel:+441904622418">01904 622418</a><br />
                    Email: <a href="mailto:enquiries@lendalhartley.co.uk">enquiries@lendalhartley.co.uk</a></p>
                  </div>
                </div>
              </div>
              <div id="block-lendal-footer-hours" class="block block-block-content block-footer-hours">
                <h2 class="block__title">Office hours</h2>
                <div class="block__content">
                  <p>Monday to Friday, 9am to 5.30pm<br />Closed on bank holidays</p>
                </div>
              </div>
              <nav id="block-lendal-footer-menu" class="block block-menu navigation menu--footer"
                aria-labelledby="block-lendal-footer-menu-menu" role="navigation">
                <h2 class="block__title" id="block-lendal-footer-menu-menu">Useful links</h2>
                <ul class="menu menu--level-1">
                  <li class="menu__item"><a href="/our-fees/" class="menu__link">Fees and price information</a></li>
                  <li class="menu__item"><a href="/instructing-us/" class="menu__link">How to instruct us</a></li>
                  <li class="menu__item"><a href="/protect-yourself-from-fraud/" class="menu__link">Fraud
                    warning</a></li>
                  <li class="menu__item"><a href="/regulatory-information/#complaints"
                    class="menu__link">Complaints</a></li>
                  <li class="menu__item"><a href="/regulatory-information/" class="menu__link">Regulatory
                    information</a></li>
                  <li class="menu__item"><a href="/regulatory-information/#privacy" class="menu__link">Privacy
                    &amp; cookies</a></li>
                </ul>
              </nav>
              <div id="block-lendal-footer-sra" class="block block-block-content block-sra-badge">
                <div class="block__content">
                  <div class="sra-digital-badge" data-sra-id="645211">
                    <p class="sra-digital-badge__text">Regulated by the Solicitors Regulation Authority<br />
                    SRA number 645211</p>
                  </div>
                </div>
              </div>
            </div>
          </div>
          <div class="region region--footer-bottom grid-full">
            <div id="block-lendal-footer-social" class="block block-block-content block-social-links">
              <ul class="social-links">
                <li><a href="https://www.facebook.com/lendalhartleysolicitors" class="social-links__facebook">
                  Facebook</a></li>
                <li><a href="https://www.linkedin.com/company/lendal-hartley-solicitors"
                  class="social-links__linkedin">LinkedIn</a></li>
                <li><a href="https://x.com/lendalhartley" class="social-links__x">X</a></li>
              </ul>
            </div>
            <div id="block-lendal-footer-copyright" class="block block-block-content block-copyright">
              <p>&copy; 2025 Lendal Hartley LLP. Lendal Hartley Solicitors is the trading name of Lendal Hartley LLP,
              a limited liability partnership registered in England and Wales (OC412873).</p>
            </div>
            <div id="block-lendal-olivero-powered" class="block block-system block-system-powered-by-block">
              <span>Powered by <a href="https://www.drupal.org">Drupal</a></span>
            </div>
          </div>
        </footer>
      </div>
      <div class="overlay" data-drupal-selector="overlay"></div>
    </div>
  </div>
    </div>
    <div id="sliding-popup" class="sliding-popup-bottom" role="banner">
      <div role="alertdialog" aria-labelledby="popup-text" class="eu-cookie-compliance-banner
        eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in">
        <div class="popup-content info eu-cookie-compliance-content">
          <div id="popup-text" class="eu-cookie-compliance-message" role="document">
            <h2>We use cookies on this site to enhance your user experience</h2>
            <p>By clicking Accept you agree to us using analytics cookies to see how the site is used.</p>
            <button type="button" class="find-more-button eu-cookie-compliance-more-button">More info</button>
          </div>
          <div id="popup-buttons" class="eu-cookie-compliance-buttons">
            <button type="button" class="agree-button eu-cookie-compliance-secondary-button button button--small">
              Accept</button>
            <button type="button" class="decline-button eu-cookie-compliance-default-button button button--small
              button--primary">No, thanks</button>
          </div>
        </div>
      </div>
    </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{_DRUPAL_SETTINGS}</script>
    <script src="/sites/default/files/js/js_V3nq8rT0aLm2.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero">
    </script>
  </body>
</html>
"""


def _faq(question, answer):
    return f"""
<div class="field__item">
  <div class="paragraph paragraph--type--faq paragraph--view-mode--default">
    <details class="faq-item">
      <summary class="faq-item__question">
        <div class="field field--name-field-question field--type-string field--label-hidden
          field__item">{question}</div>
      </summary>
      <div class="faq-item__answer clearfix text-formatted field field--name-field-answer field--type-text-long
        field--label-hidden field__item">{answer}</div>
    </details>
  </div>
</div>"""


_SIDEBAR_PRIVATE = """
<div id="block-lendal-related-private" class="block block-block-content block-related-services">
  <h2 class="block__title">Private client services</h2>
  <div class="block__content">
    <ul class="related-links">
      <li><a href="/wills-and-trusts/">Wills &amp; trusts</a></li>
      <li><a href="/lasting-powers-of-attorney/">Lasting powers of attorney</a></li>
      <li><a href="/probate/">Probate &amp; estates</a></li>
      <li><a href="/court-of-protection/">Court of Protection</a></li>
      <li><a href="/home-visits/">Home &amp; hospital visits</a></li>
    </ul>
  </div>
</div>
<div id="block-lendal-sidebar-testimonial" class="block block-block-content block-testimonial">
  <div class="block__content">
    <blockquote class="testimonial testimonial--sidebar">
      <p>&ldquo;Patient, kind and never once made us feel rushed. Everything was explained in plain English.&rdquo;</p>
      <footer class="testimonial__author">Mrs P., Fulford &ndash;
        &#9733;&#9733;&#9733;&#9733;&#9733; Google review</footer>
    </blockquote>
  </div>
</div>"""

_SIDEBAR_BUSINESS = """
<div id="block-lendal-related-business" class="block block-block-content block-related-services">
  <h2 class="block__title">For businesses</h2>
  <div class="block__content">
    <ul class="related-links">
      <li><a href="/commercial-property/">Commercial property &amp; leases</a></li>
      <li><a href="/employment-law/">Employment law for employers</a></li>
      <li><a href="/disputes-and-debt-recovery/">Disputes &amp; debt recovery</a></li>
    </ul>
  </div>
</div>
<div id="block-lendal-sidebar-cta-business" class="block block-block-content block-cta-card">
  <div class="block__content">
    <h3>Run a business in York or North Yorkshire?</h3>
    <p>Ask for James or Rachel and we will tell you straight away whether we can help.</p>
    <a class="button button--primary button--small" href="/contact-us/#enquiry">Get in touch</a>
  </div>
</div>"""

_SIDEBAR_ABOUT = """
<div id="block-lendal-related-about" class="block block-block-content block-related-services">
  <h2 class="block__title">About the firm</h2>
  <div class="block__content">
    <ul class="related-links">
      <li><a href="/our-team/">Our team</a></li>
      <li><a href="/our-fees/">Our fees</a></li>
      <li><a href="/instructing-us/">How to instruct us</a></li>
      <li><a href="/regulatory-information/#complaints">Complaints</a></li>
      <li><a href="/regulatory-information/">Regulatory information</a></li>
    </ul>
  </div>
</div>"""

_SIDEBAR_FRAUD = """
<div id="block-lendal-sidebar-fraud" class="block block-block-content block-alert-card">
  <div class="block__content">
    <h3>&#9888; Cybercrime warning</h3>
    <p>Please read our fraud warning before you send us any money.
    <a href="/protect-yourself-from-fraud/">Read more</a></p>
  </div>
</div>"""


_HOME = """
<section class="hero hero--home">
  <div class="hero__inner">
    <p class="hero__kicker">Solicitors in the heart of York</p>
    <h2 class="hero__title">Straightforward legal advice from people who pick up the phone</h2>
    <p>Wills, probate, moving house, family matters and practical help for local businesses &ndash; explained in
    plain English, with the price agreed up front wherever we can.</p>
    <p><a href="/contact-us/#enquiry" class="button button--primary">Book a meeting</a>
    <a href="/our-fees/" class="button">See our prices</a></p>
  </div>
</section>
<h2>A York firm since 1987</h2>
<p>Margaret Hartley opened the firm in 1987 in two rooms above what was then a bookbinder's on Lendal. We are still
in the same building today, although we now fill all three floors. The firm is a team of fourteen: six solicitors,
a chartered legal executive, a trainee and a support team who get to know clients by name. Many of the families we
act for have been with us for three generations.</p>
<div class="service-cards">
  <div class="service-card"><h3><a href="/wills-and-trusts/">Wills &amp; trusts</a></h3>
    <p>Fixed-fee wills and trusts that protect the people you care about.</p></div>
  <div class="service-card"><h3><a href="/probate/">Probate</a></h3>
    <p>Help after a death, from the grant of probate to paying out the last beneficiary.</p></div>
  <div class="service-card"><h3><a href="/conveyancing/">Moving home</a></h3>
    <p>Buying, selling, leasehold and shared ownership, with clear quotes.</p></div>
  <div class="service-card"><h3><a href="/employment-law/">For employers</a></h3>
    <p>Contracts, handbooks and difficult staff situations, handled calmly.</p></div>
</div>
<h2>Our promise to you</h2>
<ul>
  <li>You will have one named lawyer, and a named colleague who knows your file when they are away.</li>
  <li>We aim to reply to every email and voicemail within one working day.</li>
  <li>We publish our prices and tell you early if anything will cost more than we said.</li>
</ul>
<h2>What we don't do</h2>
<p>We are a private client and small business practice, so there are some areas we do not cover. We cannot help
with criminal cases of any kind, including motoring offences such as speeding, drink-driving or points on your
licence. We also do not handle immigration and visa applications, or personal injury and medical negligence
claims. If you need one of these, ring us anyway: we will happily give you the names of York firms that specialise
in that work.</p>
<div class="testimonials block-testimonials">
  <h2>What our clients say</h2>
  <div class="testimonials__list">
    <blockquote class="testimonial"><p>&ldquo;Hannah kept us updated every step of the way on our first house
      purchase. We never had to chase once.&rdquo;</p><footer>Jess &amp; Callum, Clifton</footer></blockquote>
    <blockquote class="testimonial"><p>&ldquo;After Dad died I didn't know where to start. Anna took it all off
      our shoulders.&rdquo;</p><footer>Mr D. Walker, Huntington</footer></blockquote>
    <blockquote class="testimonial"><p>&ldquo;Practical, quick employment advice for a small business
      that can't afford an HR department.&rdquo;</p><footer>Owner, independent bakery, Micklegate</footer></blockquote>
  </div>
  <p class="testimonials__rating">Rated 4.9 out of 5 from 212 Google reviews</p>
</div>
"""

_WILLS = """
<p class="lead">A properly drafted will makes sure the people and causes you care about inherit what you intend, and
it can save your family a great deal of worry, time and tax. If you die without a will, the intestacy rules decide
who inherits, and an unmarried partner gets nothing at all.</p>
<h2>Fixed fees for wills</h2>
<div class="table-responsive">
<table class="price-table">
  <thead><tr><th>Service</th><th>Fee (excl. VAT)</th><th>Fee (incl. VAT at 20%)</th></tr></thead>
  <tbody>
    <tr><td>Single will</td><td>£295</td><td>£354</td></tr>
    <tr><td>Mirror wills for a couple (two matching wills)</td><td>£450</td><td>£540</td></tr>
    <tr><td>Will with a property protection trust (per person)</td><td>£575</td><td>£690</td></tr>
    <tr><td>Codicil (a small change to an existing will)</td><td>£120</td><td>£144</td></tr>
    <tr><td>Discretionary trust or lifetime trust</td><td>from £1,200</td><td>from £1,440</td></tr>
  </tbody>
</table>
</div>
<p>Each fixed fee includes taking your instructions at a meeting (at our office or by video call), a draft will
sent to you within ten working days, one round of amendments, a signing appointment at which two of our staff act
as your witnesses, and a certified copy for your own records.</p>
<h2>Keeping your will safe</h2>
<p>We keep the signed original in our fireproof deeds room free of charge for as long as you want us to, and
register it with Certainty, the national will register, so it can be found. Please do not staple, unstaple or write
on the original: that can raise questions about whether it has been tampered with.</p>
<h2>When should I update my will?</h2>
<p>We suggest reading your will through every five years and after any big change in your life. In England and
Wales, getting married or entering a civil partnership automatically cancels any will you made before, unless the
will was written with that particular marriage in mind. So if you have married since you made your will, you
should assume you no longer have a valid one and make a new will. Divorce works differently: the will survives, but
your former spouse is treated as though they had died before you.</p>
<h2>Trusts</h2>
<p>Trusts are useful where you want to protect your share of the family home if your partner remarries, provide for
a disabled or vulnerable beneficiary without affecting their benefits, or hold money for grandchildren until they
are older. We will explain the tax position of each option before you decide.</p>
"""

_LPA = """
<p class="lead">A lasting power of attorney (LPA) is a legal document that lets you choose one or more people you
trust to make decisions for you if there comes a time when you cannot make them yourself, for example because of
dementia, a stroke or a serious accident.</p>
<h2>The two types of LPA</h2>
<ul>
  <li><strong>Property and financial affairs</strong> &ndash; paying bills, dealing with the bank, collecting
  pensions, and selling the house if needed. With your permission this one can be used while you still have
  capacity, which many people find helpful if they are in hospital or simply want help.</li>
  <li><strong>Health and welfare</strong> &ndash; decisions about medical treatment, where you live and your daily
  care. It can only be used once you have lost the ability to make those decisions.</li>
</ul>
<h2>The best time is while you are well</h2>
<p>You can only make an LPA while you have mental capacity, which means you understand what the document does and
whom you are appointing. A diagnosis of early dementia does not automatically prevent it, and a person who is
becoming forgetful but still understands their affairs can usually still sign. We meet the person making the LPA on
their own for part of the appointment, and one of our solicitors acts as the certificate provider, confirming they
understand it and are not under pressure.</p>
<h2>Our fees</h2>
<table class="price-table">
  <thead><tr><th>Service</th><th>Fee (excl. VAT)</th><th>Fee (incl. VAT)</th></tr></thead>
  <tbody>
    <tr><td>One LPA for one person</td><td>£395</td><td>£474</td></tr>
    <tr><td>Both LPAs for one person</td><td>£650</td><td>£780</td></tr>
    <tr><td>Both LPAs for a couple (four documents)</td><td>£1,150</td><td>£1,380</td></tr>
  </tbody>
</table>
<p>On top of our fee, the Office of the Public Guardian (OPG) charges a registration fee of £92 for each LPA. There
is no VAT on it. People on a low income can apply to pay half, and some means-tested benefits mean no fee at all.</p>
<h2>How long does it take?</h2>
<p>We usually have the documents ready to sign within two weeks of our meeting. The OPG is currently taking around
16 weeks to register an LPA, and it cannot be used until it has been registered.</p>
<p>Enduring powers of attorney signed before October 2007 are still valid. If the person has already lost capacity
and there is no LPA, see <a href="/court-of-protection/">Court of Protection and deputyship</a>.</p>
"""

_PROBATE = """
<p class="lead">When someone dies, their estate has to be collected in, debts and tax paid, and what is left passed
to the people entitled to it. We can take as much or as little of that work off your hands as you would like.</p>
<h2>Option 1: grant-only service (fixed fee)</h2>
<p>If you are happy to deal with the bank accounts, the house and the beneficiaries yourselves, we will simply obtain
the grant of probate (or letters of administration if there is no will) for you. Our fixed fee is
<strong>£1,250 plus VAT (£1,500)</strong>. It covers reviewing the will, working out the value of the estate,
completing the HMRC inheritance tax paperwork where no tax is due, preparing the application and statement of truth
for the executors to sign, and sending the grant to you with a short note on what to do next.</p>
<h2>Option 2: full estate administration (hourly)</h2>
<p>We deal with everything from start to finish, charged on the hourly rates on our <a href="/our-fees/">fees
page</a>. For a straightforward estate &ndash; one property in the UK, up to four bank or building society accounts,
no inheritance tax to pay, no disputes and up to four beneficiaries &ndash; our costs are usually between
<strong>£3,200 and £6,500 plus VAT</strong> (£3,840 to £7,800). Where inheritance tax is payable, most estates fall
between £6,000 and £12,000 plus VAT.</p>
<table class="price-table">
  <caption>Typical third-party costs (disbursements)</caption>
  <thead><tr><th>Item</th><th>Cost</th></tr></thead>
  <tbody>
    <tr><td>Probate Registry application fee (estates over £5,000)</td><td>£300</td></tr>
    <tr><td>Extra sealed copies of the grant</td><td>£1.50 each</td></tr>
    <tr><td>Bankruptcy search</td><td>£2 per beneficiary</td></tr>
    <tr><td>Deceased estates notice in The Gazette</td><td>about £110 incl. VAT</td></tr>
  </tbody>
</table>
<h2>How long does it take?</h2>
<p>A typical estate takes nine to twelve months to finish. The Probate Registry is currently issuing grants around
12 to 16 weeks after the application goes in, and most assets cannot be released until then. Selling a property,
tracing missing beneficiaries or waiting for HMRC to confirm the tax position can add several months.</p>
<p><strong>Not included:</strong> selling or transferring the house (that is a separate conveyancing fee), disputes
about the will, assets held abroad, and income tax returns for the estate.</p>
"""

_COP = """
<p class="lead">If someone loses the mental capacity to manage their money and never made a lasting power of attorney,
nobody &ndash; not even a husband, wife or child &ndash; automatically has the right to deal with their bank accounts,
pensions or property. Banks will often freeze the accounts once they know. The answer is usually to ask the Court of
Protection to appoint a deputy.</p>
<h2>What a deputy does</h2>
<p>A property and financial affairs deputy can pay care home fees and bills, manage bank accounts and investments,
and in many cases sell the person's home with the court's permission. Deputies must keep records and send an annual
report to the Office of the Public Guardian. Health and welfare deputies are rarely appointed; doctors and families
usually make those decisions together in the person's best interests.</p>
<h2>The application</h2>
<ol>
  <li>A doctor or social worker completes a capacity assessment (form COP3). GPs usually charge £150 to £300.</li>
  <li>We prepare the application forms and your deputy's declaration, and notify close relatives.</li>
  <li>We send everything to the court and deal with any questions it raises.</li>
  <li>The court makes an order appointing the deputy and sets the level of the security bond (a type of insurance).</li>
</ol>
<p>The court is currently taking six to nine months to make a deputyship order. If bills are urgent in the meantime,
we can ask the court for an interim order.</p>
<h2>Costs</h2>
<table class="price-table">
  <thead><tr><th>Item</th><th>Cost</th></tr></thead>
  <tbody>
    <tr><td>Our fixed fee to prepare and make the application</td><td>£950 + VAT (£1,140)</td></tr>
    <tr><td>Court of Protection application fee</td><td>£371</td></tr>
    <tr><td>OPG assessment fee for a new deputy</td><td>£100</td></tr>
    <tr><td>OPG supervision fee</td><td>£320 a year</td></tr>
    <tr><td>Security bond premium</td><td>usually £100 to £300 a year</td></tr>
  </tbody>
</table>
<p>All of these can normally be paid from the person's own money once the deputy is appointed.</p>
<h2>Professional deputies and statutory wills</h2>
<p>Where there is no suitable family member, or the family would rather not take it on, one of our partners can act
as a professional deputy. We also apply to the court for statutory wills for people who can no longer make a will
themselves.</p>
"""

_CONVEYANCING = """
<p class="lead">Our residential property team acts on sales, purchases and remortgages across York and the rest of
England and Wales. We are members of the Law Society's Conveyancing Quality Scheme, and you will have a named lawyer
from first call to completion.</p>
<h2>Our legal fees</h2>
<div class="table-responsive">
<table class="price-table">
  <thead><tr><th>Transaction</th><th>Our fee (excl. VAT)</th><th>Incl. VAT</th></tr></thead>
  <tbody>
    <tr><td>Purchase up to £250,000</td><td>£895</td><td>£1,074</td></tr>
    <tr><td>Purchase £250,001 to £500,000</td><td>£1,095</td><td>£1,314</td></tr>
    <tr><td>Purchase over £500,000</td><td>£1,295</td><td>£1,554</td></tr>
    <tr><td>Sale up to £500,000</td><td>£795</td><td>£954</td></tr>
    <tr><td>Sale over £500,000</td><td>£995</td><td>£1,194</td></tr>
    <tr><td>Remortgage</td><td>£495</td><td>£594</td></tr>
  </tbody>
</table>
</div>
<h3>Supplements (added to the fees above)</h3>
<table class="price-table">
  <tbody>
    <tr><td>Leasehold property (sale or purchase)</td><td>£295 + VAT</td></tr>
    <tr><td>Shared ownership purchase</td><td>£250 + VAT</td></tr>
    <tr><td>New build purchase</td><td>£195 + VAT</td></tr>
    <tr><td>Using a Lifetime ISA or Help to Buy ISA</td><td>£75 + VAT per ISA</td></tr>
  </tbody>
</table>
<p>Typical purchase disbursements: search pack about £320, Land Registry fee £20 to £150 depending on the price,
Stamp Duty Land Tax return £50 + VAT, and £35 + VAT for each same-day bank transfer. Stamp Duty itself is extra.</p>
<h2>Leasehold flats and houses</h2>
<p>We check the length of the lease (lenders get nervous below about 85 years), the ground rent, service charges and
any major works planned. If you are selling a leasehold home, the managing agent will charge you for a management
information pack, usually £200 to £500. We do not act on lease extensions, but we can recommend a specialist.</p>
<h2>Shared ownership</h2>
<p>Buying a share from a housing association involves a longer, standard-form lease and the association's approval.
We explain the rent, the repairing obligations and how staircasing works before you exchange. Staircasing to buy
a further share later is quoted separately, from £595 + VAT.</p>
<h2>How long will it take?</h2>
<p>Most of our transactions complete 10 to 14 weeks after an offer is accepted; leasehold and new build purchases
often take longer. Chains, mortgage offers and searches are the usual causes of delay.</p>
"""

_COMMERCIAL = """
<p class="lead">We act for landlords and tenants of shops, cafés, offices, workshops and small industrial units across
York and North Yorkshire. Most of our clients are independent businesses taking their first or second premises.</p>
<h2>What we help with</h2>
<ul>
  <li>Agreeing heads of terms with the agent before the lease is drafted</li>
  <li>Reviewing the landlord's draft lease for a tenant, or drafting a lease for a landlord</li>
  <li>Lease renewals, including leases protected by the Landlord and Tenant Act 1954 and &ldquo;contracted
  out&rdquo; leases that are not</li>
  <li>Assigning a lease to a buyer of your business, and licences for alterations or subletting</li>
  <li>Rent reviews, break notices and dilapidations claims at the end of a lease</li>
  <li>Buying and selling commercial freeholds</li>
</ul>
<h2>Fixed fees</h2>
<table class="price-table">
  <thead><tr><th>Work</th><th>Fee</th></tr></thead>
  <tbody>
    <tr><td>Acting for a tenant on a new lease of a single unit (term up to 10 years, landlord drafts)</td>
      <td>£1,250 + VAT</td></tr>
    <tr><td>Drafting a new lease for a landlord</td><td>from £1,500 + VAT</td></tr>
    <tr><td>Licence to assign or sublet</td><td>from £850 + VAT</td></tr>
  </tbody>
</table>
<p>Landlords often ask the tenant to pay their legal costs too. We will try to have that capped at an agreed figure
before any work starts.</p>
<h2>Before you sign: five things to check</h2>
<ol>
  <li><strong>Break clause</strong> &ndash; can you get out early if the business does not work, and on what
  conditions?</li>
  <li><strong>Repairs</strong> &ndash; a &ldquo;full repairing&rdquo; lease can make you responsible for putting
  the building into better condition than you found it. A photographic schedule of condition protects you.</li>
  <li><strong>Personal guarantee</strong> &ndash; are you personally on the hook if your company cannot pay?</li>
  <li><strong>Rent deposit</strong> &ndash; how much, where it is held and when you get it back.</li>
  <li><strong>Use clause</strong> &ndash; does it actually allow what you plan to do, such as serving hot food?</li>
</ol>
<p>A straightforward new lease usually takes four to eight weeks from heads of terms to completion.</p>
"""

_EMPLOYMENT = """
<p class="lead">We advise employers &ndash; mostly owner-managed businesses, charities and practices with between two
and 150 staff. To avoid conflicts with our business clients, we do not act for employees in claims against their
employers.</p>
<p class="callout"><strong>The one exception: settlement agreements.</strong> A settlement agreement is only legally
binding if the employee has had independent advice from a qualified adviser. We do give employees that advice. The
employer usually pays a contribution, typically £400 to £600 plus VAT, and we normally keep our fee within it.
We can usually see you within two working days, in person or by video.</p>
<h2>How we help employers</h2>
<ul>
  <li>Contracts of employment, staff handbooks and policies</li>
  <li>Disciplinary and grievance procedures, and sitting in on difficult meetings</li>
  <li>Sickness absence and capability</li>
  <li>Redundancy and restructuring, including TUPE transfers</li>
  <li>Defending employment tribunal claims</li>
</ul>
<h2>Staff on long-term or repeated sick leave</h2>
<p>It is possible to dismiss fairly for poor attendance, but only after a fair process. That normally means meeting
the employee, getting an occupational health or GP report, considering reasonable adjustments (ill health can
amount to a disability under the Equality Act 2010), setting clear attendance targets with warnings, and giving a
right of appeal. Skipping steps is the most common reason employers lose tribunal claims. Call us before you make
any decision to dismiss.</p>
<h2>HR support plan</h2>
<p>For £120 plus VAT a month (up to 25 employees), you get unlimited telephone advice, template letters and an
annual update of your staff handbook.</p>
<h2>Defending an unfair or wrongful dismissal claim</h2>
<table class="price-table">
  <thead><tr><th>Type of claim</th><th>Our fees (excl. VAT)</th><th>Typical time</th></tr></thead>
  <tbody>
    <tr><td>Simple (few witnesses, one-day hearing)</td><td>£4,500 to £8,000</td><td>3 to 6 months</td></tr>
    <tr><td>Medium (two or three day hearing)</td><td>£8,000 to £15,000</td><td>6 to 12 months</td></tr>
    <tr><td>Complex (discrimination or whistleblowing issues)</td><td>£15,000 to £30,000</td>
      <td>12 to 18 months</td></tr>
  </tbody>
</table>
<p>Barristers' fees for the hearing are extra and are quoted in advance.</p>
"""

_DISPUTES = """
<p class="lead">Most disputes are settled long before a courtroom. We aim to get you a practical result at a cost
that makes sense, and we will tell you honestly if a claim is not worth pursuing.</p>
<h2>Debt recovery: fixed fees</h2>
<p>For businesses owed money by customers, we offer fixed fees for undefended debts of up to £10,000.</p>
<table class="price-table">
  <thead><tr><th>Stage</th><th>Our fee (excl. VAT)</th></tr></thead>
  <tbody>
    <tr><td>Letter before action</td><td>£75</td></tr>
    <tr><td>Issuing a county court claim</td><td>£295 plus the court fee</td></tr>
    <tr><td>Requesting judgment if the debtor does not respond</td><td>£95</td></tr>
    <tr><td>Enforcement (High Court enforcement officers, charging order or attachment of earnings)</td>
      <td>from £150</td></tr>
  </tbody>
</table>
<p>Court issue fees depend on the size of the claim, from £35 for the smallest to £455 for claims up to £10,000.
Debts over £10,000, or defended claims, are charged hourly and we will give you an estimate first.</p>
<p>If your customer is another business, the Late Payment of Commercial Debts (Interest) Act 1998 lets you add
interest at 8% above the Bank of England base rate, plus fixed compensation of £40 for debts under £1,000, £70 for
debts of £1,000 to £9,999.99, and £100 for debts of £10,000 or more. Many debtors pay as soon as they see it added.</p>
<h2>Boundary and neighbour disputes</h2>
<p>Fences, hedges, shared drives and rights of way cause some of the most stressful disputes we see. Before you
take down a fence or confront a neighbour, let us look at the title deeds and plans. Land Registry plans only show
general boundaries, so we may suggest a chartered surveyor. Often a carefully worded letter or mediation settles it;
a formal boundary agreement can then be registered so the problem does not come back when either house is sold.</p>
<h2>Other disputes</h2>
<ul>
  <li>Contract disputes with suppliers and customers</li>
  <li>Disputed wills and claims under the Inheritance Act (these usually must be made within six months of the
  grant of probate)</li>
  <li>Disputes between business partners</li>
</ul>
"""

_FAMILY = """
<p class="lead">Family law is about more than paperwork. Our family solicitors are members of Resolution and follow
its code of practice: we try to reduce conflict and keep children out of the middle of it.</p>
<h2>Divorce and dissolution</h2>
<p>Since April 2022 nobody has to prove fault to get divorced in England and Wales. The process takes at least
26 weeks: a 20-week reflection period before the conditional order, then six weeks before the final order.</p>
<ul>
  <li>Undefended divorce where you apply: fixed fee £650 + VAT (£780), plus the court fee of £612</li>
  <li>Responding to your spouse's application: fixed fee £300 + VAT (£360)</li>
</ul>
<p>The divorce itself does not deal with money. We strongly advise you not to apply for the final order until
finances are settled.</p>
<h2>Finances</h2>
<p>If you have agreed how to divide your home, savings and pensions, we can turn that into a consent order for
£850 + VAT, so it is binding. Where there is no agreement we negotiate, use mediation or, as a last resort, go to
court; that work is charged at hourly rates.</p>
<h2>Children</h2>
<p>We advise on child arrangements (where children live and how they spend time with each parent). Before applying
to court you will normally need to attend a mediation information meeting (MIAM).</p>
<h2>Prenuptial and postnuptial agreements</h2>
<p>A prenuptial agreement is not automatically binding in England and Wales, but the courts will usually uphold one
that was made properly. That means each of you has independent legal advice from a different solicitor, you both
give full financial disclosure, and the agreement is signed at least 28 days before the wedding or civil
partnership. We recommend starting at least three months before the big day. If the date is too close, a
postnuptial agreement signed after the wedding is the usual fallback.</p>
<p>Our fee for a prenuptial or postnuptial agreement is from £1,800 + VAT for the party we act for.
Cohabitation agreements for unmarried couples are £900 + VAT.</p>
"""

_FEES = """
<p class="lead">We believe you should know what you will pay before you commit. Wherever the work is predictable we
quote a fixed fee; where it isn't, we charge for the time spent and give you an estimate in writing.</p>
<h2>Your first meeting</h2>
<p>For wills, lasting powers of attorney, probate and buying or selling a home, your first meeting of up to
45 minutes is <strong>free and without obligation</strong>.</p>
<p>For family matters, employment and disputes, the first meeting is a fixed-fee appointment of up to one hour
costing <strong>£150 + VAT (£180)</strong>. You will leave with clear advice on your options, and if you go on
to instruct us the £150 is deducted from your bill.</p>
<h2>Hourly rates</h2>
<table class="price-table">
  <thead><tr><th>Grade</th><th>Per hour (excl. VAT)</th><th>Incl. VAT</th></tr></thead>
  <tbody>
    <tr><td>Partner</td><td>£285</td><td>£342</td></tr>
    <tr><td>Senior associate</td><td>£245</td><td>£294</td></tr>
    <tr><td>Solicitor</td><td>£205</td><td>£246</td></tr>
    <tr><td>Chartered legal executive</td><td>£185</td><td>£222</td></tr>
    <tr><td>Trainee solicitor or paralegal</td><td>£130</td><td>£156</td></tr>
  </tbody>
</table>
<p>Time is recorded in six-minute units. A short routine email or phone call is charged as one unit. Rates are
reviewed each April and we will write to you before any change affects your matter.</p>
<h2>Fixed fees</h2>
<p>Fixed fees and price information for each service are on the service pages, for example
<a href="/wills-and-trusts/">wills</a>, <a href="/probate/">probate</a> and
<a href="/conveyancing/">conveyancing</a>.</p>
<h2>Paying us</h2>
<ul>
  <li>Bank transfer is our preferred method.</li>
  <li>We accept Visa and Mastercard debit and credit cards, by phone or in the office, for bills of up to £5,000.
  We do not accept American Express. Cards cannot be used for house deposits or completion money.</li>
  <li>We accept no more than £500 in cash on any matter, and we no longer accept cheques.</li>
</ul>
<p>Our bills are payable within 14 days. On some matters we ask for money on account before we pay fees to third
parties such as search providers or the court. In probate matters our fees are paid out of the estate, so executors
do not have to pay personally.</p>
"""

_INSTRUCT = """
<h2>Step by step</h2>
<ol class="steps">
  <li><strong>Get in touch</strong> by phone, email or the enquiry form. We will check we have no conflict of
  interest and arrange a meeting with the right person.</li>
  <li><strong>First meeting</strong> in the office, by video or at home.</li>
  <li><strong>Client care letter</strong>: we confirm in writing who is dealing with your matter, who supervises
  them, what we will do, the fee or estimate, and our terms of business. Please read it, sign and return it.</li>
  <li><strong>Identity checks</strong> (see below).</li>
  <li><strong>Money on account</strong> if your matter needs it. Then we start work.</li>
</ol>
<h2>Proving who you are</h2>
<p>The Money Laundering Regulations 2017 require us to verify the identity of every client, including long-standing
ones. Most clients complete an electronic check through the Thirdfort app on their smartphone: it takes about ten
minutes, you scan the chip in your passport and take a selfie, and it costs £12 + VAT per person.</p>
<p>If you cannot use the app, bring the following original documents to our office:</p>
<ul>
  <li><strong>one photo ID</strong>: a current passport or a UK photocard driving licence; and</li>
  <li><strong>one proof of address</strong> dated within the last three months: a utility bill, council tax bill or
  bank statement. Mobile phone bills and printouts of online statements are not accepted.</li>
</ul>
<p>Copies certified by another solicitor or a bank are also acceptable. Where an attorney or deputy instructs us, we
check the identity of both the attorney and the person they act for.</p>
<h2>Where the money comes from</h2>
<p>When you buy a property we must also check the source of your funds. We will ask for six months' bank statements
for the account the money is coming from, and evidence of how it built up, such as savings, an inheritance or the
sale of another property.</p>
<h3>Money from family (gifted deposits)</h3>
<p>If parents, grandparents or anyone else are giving you money towards a purchase, they must each complete our
identity check, provide three months' bank statements showing where the gift came from, and sign our gifted deposit
declaration. This confirms the money is a gift, not a loan, and that they will have no share in the property. You
must also tell your mortgage lender about the gift. Please let us know early, because delays here are a common
reason completion dates slip.</p>
"""

_FRAUD = """
<div class="alert alert--warning">
  <p><strong>Our bank details will never change during your matter, and we will never tell you about new bank
  details by email.</strong></p>
</div>
<p>Criminals target people buying houses and dealing with estates, because large sums move between bank accounts.
A common trick is to hack or copy a solicitor's or client's email account and send a convincing message saying the
firm's bank account has changed, that the account is &ldquo;under audit&rdquo;, or that money must go to a different
bank. If you receive any email like this, even if it seems to come from your usual contact at Lendal Hartley, it is
a scam.</p>
<h2>Before you send us any money</h2>
<ol>
  <li>Our bank details are in the client care letter we give you at the start. Keep that letter.</li>
  <li>Always telephone us on 01904 622418 to confirm the details before you transfer. Use the number from this
  website or your letter, never a number from an email.</li>
  <li>For large amounts, send £1 first and wait for us to confirm by phone that it has arrived.</li>
  <li>Look carefully at the sender's address. All our emails come from @lendalhartley.co.uk. Fraudsters use
  look-alike addresses with one letter changed.</li>
</ol>
<h2>When we send money to you</h2>
<p>We take your bank details in person or by phone at the start of your matter, and we will call you to confirm them
before sending sale proceeds or an inheritance. We will not act on an email asking us to change where your money goes.
</p>
<h2>If you think you have been targeted</h2>
<p>Don't reply to the email and don't click any links. Ring us straight away, and ring your bank on the number on the
back of your card: the sooner the banks act, the better the chance of recovering money. You can also report it to
Action Fraud on 0300 123 2040.</p>
"""

_REGULATORY = """
<h2>Who we are</h2>
<p>Lendal Hartley Solicitors is the trading name of Lendal Hartley LLP, a limited liability partnership registered
in England and Wales under number OC412873, with its registered office at Lendal Chambers, 17 Lendal, York YO1 8AQ.
A list of members is available there. VAT number GB 298 4417 62.</p>
<p>We are authorised and regulated by the Solicitors Regulation Authority (SRA number 645211) and must follow the SRA
Standards and Regulations, which you can read at www.sra.org.uk.</p>
<h2>Professional indemnity insurance</h2>
<p>Like every firm of solicitors, we carry professional indemnity insurance, which protects clients who lose money
because of a mistake or negligence by the firm. Our insurer is Markel International Insurance Company Limited,
20 Fenchurch Street, London EC3M 3AZ. The policy covers our work in England and Wales, with cover of
<strong>£3 million for each and every claim</strong>.</p>
<h2 id="complaints">Complaints</h2>
<p>If something has gone wrong, please tell us so we can put it right. Complaining is free and will not affect the
way we handle your matter.</p>
<ol>
  <li>Raise it first with the person dealing with your matter or their supervisor.</li>
  <li>If you are still unhappy, write to our Client Care Partner, James Pryce, at our office or at
  complaints@lendalhartley.co.uk. We will acknowledge your complaint within three working days.</li>
  <li>A partner not involved in your matter will investigate, and we will send you our final written response
  within eight weeks of receiving your complaint.</li>
</ol>
<h3>The Legal Ombudsman</h3>
<p>If you are not satisfied with our final response, or eight weeks have passed since you complained without the
matter being resolved, you can ask the Legal Ombudsman to look at it free of charge. You must contact the Ombudsman
<strong>within six months of our final response</strong>, and <strong>no more than one year</strong> from the date of
the problem or from when you should reasonably have known about it.</p>
<address>Legal Ombudsman, PO Box 6167, Slough SL1 0EH &middot; 0300 555 0333 &middot;
enquiries@legalombudsman.org.uk &middot; www.legalombudsman.org.uk</address>
<p>If your complaint is about a bill, you may also be able to apply to the court for an assessment of it under
Part III of the Solicitors Act 1974. If you are worried about a solicitor's behaviour, such as dishonesty or the
handling of your money, you can report it to the SRA.</p>
<h2 id="privacy">Privacy and cookies</h2>
<p>Lendal Hartley LLP is a data controller registered with the Information Commissioner's Office (ZA187342). Our
privacy notice comes with every client care letter. This website uses essential cookies and, only if you click
Accept, Google Analytics cookies to count visits.</p>
"""

_TEAM = """
<p class="lead">We are a small team, so you will get to know the people working on your matter.</p>
<div class="team-grid">
  <div class="team-member">
    <img src="/sites/default/files/styles/team/public/team/david-okafor.jpg" alt="David Okafor" loading="lazy" />
    <h2>David Okafor</h2>
    <p class="team-member__role">Managing partner &ndash; head of private client</p>
    <p>David advises on wills, trusts, lasting powers of attorney and Court of Protection work, and acts as a
    professional deputy for several clients. He is a full member of STEP (the Society of Trust and Estate
    Practitioners) and a Dementia Friend. He qualified in 2004 and joined us in 2011.</p>
  </div>
  <div class="team-member">
    <h2>Rachel Lindqvist</h2>
    <p class="team-member__role">Partner &ndash; head of property</p>
    <p>Rachel leads both our residential conveyancing and commercial property work. She grew up in Tang Hall and
    knows the York property market inside out. Outside work she rows on the Ouse.</p>
  </div>
  <div class="team-member">
    <h2>James Pryce</h2>
    <p class="team-member__role">Partner &ndash; employment and disputes</p>
    <p>James advises employers on everything from contracts to tribunal claims and handles our debt recovery and
    boundary work. He is also an accredited civil and commercial mediator.</p>
  </div>
  <div class="team-member">
    <h2>Sophie Atkinson</h2>
    <p class="team-member__role">Senior associate &ndash; family law</p>
    <p>Sophie deals with divorce, finances, children and prenuptial agreements. She is a member of Resolution and
    trained as a collaborative lawyer.</p>
  </div>
  <div class="team-member">
    <h2>Anna Kowalska</h2>
    <p class="team-member__role">Solicitor &ndash; probate and estates</p>
    <p>Anna handles estate administration from start to finish. She grew up in Kraków and speaks fluent Polish, so
    she is always happy to meet Polish-speaking clients and families in their own language.</p>
  </div>
  <div class="team-member">
    <h2>Hannah Booth</h2>
    <p class="team-member__role">Chartered legal executive &ndash; residential conveyancing</p>
    <p>Hannah looks after sales, purchases and remortgages, and is the person most first-time buyers deal with.</p>
  </div>
  <div class="team-member">
    <h2>Margaret Hartley</h2>
    <p class="team-member__role">Founder and consultant</p>
    <p>Margaret stepped back from full-time practice in 2019 but still sees long-standing private clients on
    Tuesdays.</p>
  </div>
  <div class="team-member">
    <h2>Ben Marsh</h2>
    <p class="team-member__role">Trainee solicitor</p>
    <p>Ben is in the second year of his training contract and is currently sitting with the private client team.</p>
  </div>
</div>
<h2>Behind the scenes</h2>
<p>Linda Ward runs reception and will usually be the first voice you hear on the phone. Priya Shah manages our
accounts and client money, and Gareth Hughes looks after our files, deeds room and IT.</p>
"""

_VISITS = """
<p class="lead">Not everyone can get into the city centre. If you are elderly, unwell, housebound or caring for
someone, we will come to you &ndash; at home, in a care home, in hospital or in a hospice.</p>
<h2>Where we visit and what it costs</h2>
<ul>
  <li><strong>Within 12 miles of our office</strong> &ndash; which includes Haxby, Wigginton, Strensall, Poppleton,
  Copmanthorpe, Bishopthorpe, Dunnington and Stamford Bridge &ndash; home visits for wills, lasting powers of
  attorney and probate are <strong>free of any travel charge</strong>.</li>
  <li><strong>Between 12 and 30 miles</strong> (for example Selby, Tadcaster, Malton or Easingwold) we add a travel
  charge of £45 + VAT per visit.</li>
  <li>Evening or weekend visits can be arranged for an extra £95 + VAT.</li>
</ul>
<h2>Urgent visits</h2>
<p>If someone is seriously ill in hospital or a hospice and needs to make or change a will urgently, phone us and ask
for the private client team. We will always try to visit the same day or the next working day, and we can bring the
will to sign at the same visit where the instructions are simple.</p>
<h2>What to expect</h2>
<p>Two of us usually come to a signing visit so that we can act as witnesses. Relatives are welcome to help arrange
the visit and to be there for the introductions, but we will ask to speak to the client on their own for at least
part of the meeting. This is to make sure the wishes are truly theirs and nobody can later claim there was pressure.
</p>
<p>If there is any doubt about someone's memory or understanding, we may ask their GP or another doctor to confirm
that they have the capacity to make a will. Following this &ldquo;golden rule&rdquo; makes the will much harder to
challenge later.</p>
<p>Care home managers: we are happy to arrange a quiet room and a time that suits your residents' routine.</p>
"""

_CONTACT = """
<div class="contact-columns">
  <div class="contact-columns__address">
    <h2>Our office</h2>
    <p>Lendal Chambers<br />17 Lendal<br />York YO1 8AQ</p>
    <p>Telephone: <a href="tel:+441904622418">01904 622418</a><br />
    Email: <a href="mailto:enquiries@lendalhartley.co.uk">enquiries@lendalhartley.co.uk</a></p>
  </div>
  <div class="contact-columns__hours">
    <h2>When we are open</h2>
    <p>Our phone lines open at 8.45am. Saturday morning appointments between 9.30am and noon are available by
    arrangement for clients who cannot get time off work. We close at 1pm on Christmas Eve and reopen on the first
    working day of January.</p>
  </div>
</div>
<h2>Getting here</h2>
<p>We are a ten-minute walk from York railway station: cross Lendal Bridge, walk up Museum Street and turn right
into Lendal. Our door is opposite the Judges' Lodging. The Rawcliffe Bar park and ride buses stop on Museum Street,
two minutes away.</p>
<h2>Parking</h2>
<p>We have no parking of our own and Lendal itself is pedestrianised for most of the day. The nearest car parks are
Marygate car park (about six minutes' walk) and Bootham Row car park (about eight minutes). Blue Badge holders can
use the disabled bays on St Leonard's Place, about two minutes away.</p>
<h2>Accessibility</h2>
<p>Our ground-floor meeting room has step-free access through the side entrance on Lendal: press the buzzer and we
will come and meet you. It has a hearing loop, and there is an accessible toilet on the same floor. Our upper floors
have no lift, so please tell us if you need the ground-floor room.</p>
<div id="enquiry" class="webform-wrapper">
  <h2>Send us a message</h2>
  <form class="webform-submission-form webform-submission-contact-form"
    data-drupal-selector="webform-submission-contact"
    action="/contact-us/" method="post" id="webform-submission-contact-node-16-add-form" accept-charset="UTF-8">
    <div class="js-form-item form-item form-type-textfield js-form-item-name form-item-name">
      <label for="edit-name" class="form-item__label js-form-required form-required">Your name</label>
      <input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" size="60" maxlength="255"
        class="form-text required form-element form-element--type-text" required="required" />
    </div>
    <div class="js-form-item form-item form-type-tel js-form-item-phone form-item-phone">
      <label for="edit-phone" class="form-item__label">Phone</label>
      <input data-drupal-selector="edit-phone" type="tel" id="edit-phone" name="phone" class="form-tel form-element" />
    </div>
    <div class="js-form-item form-item form-type-select js-form-item-area form-item-area">
      <label for="edit-area" class="form-item__label">What is it about?</label>
      <select data-drupal-selector="edit-area" id="edit-area" name="area" class="form-select form-element">
        <option value="wills">Wills, LPAs or probate</option><option value="property">Buying or selling</option>
        <option value="family">Family</option><option value="business">Business</option>
        <option value="other">Something else</option>
      </select>
    </div>
    <div class="js-form-item form-item form-type-textarea js-form-item-message form-item-message">
      <label for="edit-message" class="form-item__label">How can we help?</label>
      <textarea data-drupal-selector="edit-message" id="edit-message" name="message" rows="5"
        class="form-textarea form-element form-element--type-textarea"></textarea>
    </div>
    <p class="form-item__description">Please don't send bank details or documents through this form.</p>
    <input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Send"
      class="webform-button--submit button button--primary js-form-submit form-submit" />
  </form>
</div>
"""

_FAQ_ITEMS = [
    (
        "Do you offer legal aid?",
        "<p>No. We do not have a legal aid contract, so all our work is privately paid. If you think you may qualify "
        "for legal aid, the government's &ldquo;Find a legal aid adviser&rdquo; service on GOV.UK lists firms "
        "that do.</p>",
    ),
    (
        "Can we meet by video call or phone instead of coming in?",
        "<p>Yes. Most meetings can take place on Microsoft Teams, Zoom or the phone, which suits clients who live "
        "outside York or work long hours. The one exception is signing a will: the law requires the witnesses to be "
        "physically present, so that has to happen face to face.</p>",
    ),
    (
        "Do you work on a no win, no fee basis?",
        "<p>No, we do not offer no win, no fee (conditional fee) agreements. Before you rule out a claim, check your "
        "home and car insurance policies: many include legal expenses cover that may pay for legal advice.</p>",
    ),
    (
        "Do I have to use a solicitor to get probate?",
        "<p>No. Many families apply for probate themselves online through GOV.UK, especially for simple estates. "
        "It is worth taking advice where there is inheritance tax to pay, a property to sell, a business, or any "
        "disagreement in the family.</p>",
    ),
    (
        "Can you act for both the buyer and the seller?",
        "<p>Almost never. The SRA rules only allow it in very limited circumstances, and we think each side is "
        "better served by having its own solicitor.</p>",
    ),
    (
        "I live outside York. Can you still help?",
        "<p>Yes. We act for clients throughout England and Wales. We cannot advise on Scottish or Northern Irish "
        "law, but we can recommend firms there.</p>",
    ),
    (
        "How long do you keep my file?",
        "<p>We keep files for at least seven years after your matter ends, then destroy them securely. Original "
        "documents that belong to you, such as title deeds, are returned to you or kept in our deeds room until "
        "you ask for them.</p>",
    ),
    (
        "What happens if my solicitor is on holiday or off sick?",
        "<p>Every matter has a named back-up colleague who knows your file, and a partner who supervises it. You "
        "will never be left waiting for someone to come back.</p>",
    ),
]

_FAQ = (
    """
<p class="lead">Answers to the questions we are asked most often. Can't see yours? Give us a ring.</p>
<div class="field field--name-field-faq-items field--type-entity-reference-revisions field--label-hidden
  field__items faq-accordion">"""
    + "".join(_faq(q, a) for q, a in _FAQ_ITEMS)
    + """
</div>
"""
)


_PRIVATE = ("Private clients", "")
_ABOUT = ("About us", "")

HTML = {
    "/": _page(
        "/",
        "Welcome to Lendal Hartley",
        _HOME,
        node=1,
        description="Solicitors in York for wills, probate, conveyancing, family law and small businesses.",
        body_class="path-frontpage page-node-type-landing-page",
    ),
    "/wills-and-trusts/": _page(
        "/wills-and-trusts/",
        "Wills and trusts",
        _WILLS,
        trail=[_PRIVATE, ("Wills and trusts", "")],
        sidebar=_SIDEBAR_PRIVATE,
        node=2,
        description="Fixed-fee wills, mirror wills and trusts from York solicitors.",
    ),
    "/lasting-powers-of-attorney/": _page(
        "/lasting-powers-of-attorney/",
        "Lasting powers of attorney",
        _LPA,
        trail=[_PRIVATE, ("Lasting powers of attorney", "")],
        sidebar=_SIDEBAR_PRIVATE,
        node=3,
        description="Property and financial affairs and health and welfare LPAs, with fixed fees.",
    ),
    "/probate/": _page(
        "/probate/",
        "Probate and estate administration",
        _PROBATE,
        trail=[_PRIVATE, ("Probate", "")],
        sidebar=_SIDEBAR_PRIVATE,
        node=4,
        description="Grant-only fixed fee probate or full estate administration. Price and service information.",
    ),
    "/court-of-protection/": _page(
        "/court-of-protection/",
        "Court of Protection and deputyship",
        _COP,
        trail=[_PRIVATE, ("Court of Protection", "")],
        sidebar=_SIDEBAR_PRIVATE,
        node=5,
        description="Deputyship applications when someone has lost capacity and there is no power of attorney.",
    ),
    "/conveyancing/": _page(
        "/conveyancing/",
        "Residential conveyancing",
        _CONVEYANCING,
        trail=[("Property", ""), ("Residential conveyancing", "")],
        sidebar=_SIDEBAR_FRAUD,
        node=6,
        description="Conveyancing fees for buying and selling, leasehold and shared ownership in York.",
    ),
    "/commercial-property/": _page(
        "/commercial-property/",
        "Commercial property and leases",
        _COMMERCIAL,
        trail=[("Business", ""), ("Commercial property", "")],
        sidebar=_SIDEBAR_BUSINESS,
        node=7,
        description="Business leases for landlords and tenants of shops, offices and units in York.",
    ),
    "/employment-law/": _page(
        "/employment-law/",
        "Employment law for employers",
        _EMPLOYMENT,
        trail=[("Business", ""), ("Employment law", "")],
        sidebar=_SIDEBAR_BUSINESS,
        node=8,
        description="Employment advice for employers, and settlement agreement advice for employees.",
    ),
    "/disputes-and-debt-recovery/": _page(
        "/disputes-and-debt-recovery/",
        "Disputes and debt recovery",
        _DISPUTES,
        trail=[("Business", ""), ("Disputes and debt recovery", "")],
        sidebar=_SIDEBAR_BUSINESS,
        node=9,
        description="Fixed-fee debt recovery, boundary disputes and contract disputes.",
    ),
    "/family-law/": _page(
        "/family-law/",
        "Family law and prenuptial agreements",
        _FAMILY,
        trail=[_PRIVATE, ("Family law", "")],
        node=10,
        description="Divorce, finances, children and prenuptial agreements with Resolution members.",
    ),
    "/our-fees/": _page(
        "/our-fees/",
        "Our fees and your first meeting",
        _FEES,
        trail=[("Fees", "")],
        sidebar=_SIDEBAR_ABOUT,
        node=11,
        description="Hourly rates, first meetings and how to pay Lendal Hartley Solicitors.",
    ),
    "/instructing-us/": _page(
        "/instructing-us/",
        "How to instruct us",
        _INSTRUCT,
        trail=[_ABOUT, ("How to instruct us", "")],
        sidebar=_SIDEBAR_ABOUT + _SIDEBAR_FRAUD,
        node=12,
        description="What happens when you instruct us, identity checks and source of funds.",
    ),
    "/protect-yourself-from-fraud/": _page(
        "/protect-yourself-from-fraud/",
        "Cybercrime warning: protect yourself from fraud",
        _FRAUD,
        trail=[_ABOUT, ("Fraud warning", "")],
        node=13,
        description="Our bank details will never change by email. How to protect your money.",
    ),
    "/regulatory-information/": _page(
        "/regulatory-information/",
        "Regulatory information and complaints",
        _REGULATORY,
        trail=[_ABOUT, ("Regulatory information and complaints", "")],
        sidebar=_SIDEBAR_ABOUT,
        node=15,
        description="SRA regulation, insurance, our complaints procedure and the Legal Ombudsman.",
    ),
    "/our-team/": _page(
        "/our-team/",
        "Our team",
        _TEAM,
        trail=[_ABOUT, ("Our team", "")],
        node=16,
        description="Meet the solicitors and staff at Lendal Hartley.",
    ),
    "/home-visits/": _page(
        "/home-visits/",
        "Home, care home and hospital visits",
        _VISITS,
        trail=[_PRIVATE, ("Home visits", "")],
        sidebar=_SIDEBAR_PRIVATE,
        node=17,
        description="We visit elderly and unwell clients at home, in care homes, hospitals and hospices.",
    ),
    "/contact-us/": _page(
        "/contact-us/",
        "Contact us",
        _CONTACT,
        trail=[("Contact", "")],
        node=18,
        description="Find our office on Lendal in York: directions, parking and accessibility.",
    ),
    "/faq/": _page(
        "/faq/",
        "Frequently asked questions",
        _FAQ,
        trail=[_ABOUT, ("FAQs", "")],
        sidebar=_SIDEBAR_ABOUT,
        node=19,
        description="Common questions about working with Lendal Hartley Solicitors.",
    ),
}

QUESTIONS = [
    ("do you lot handle speeding tickets? got a letter about points on my licence", "/"),
    ("How much is it for me and my wife to do our wills together?", "/wills-and-trusts/"),
    (
        "I made a will back in 2015 and got remarried last summer. My sister reckons my old will doesn't count "
        "any more, is she right",
        "/wills-and-trusts/",
    ),
    (
        "Mum's 84 and getting a bit forgetful, she's still with it mostly but me and my brother want to be able to "
        "sort her bank and bills if she goes downhill. What do we need to do?",
        "/lasting-powers-of-attorney/",
    ),
    (
        "My dad died in March. We just need the legal bit sorted so we can sell his house, me and my brother will "
        "deal with the bank accounts ourselves. What would you charge for that?",
        "/probate/",
    ),
    ("roughly how long does it take to wind up someones estate start to finish", "/probate/"),
    (
        "my father has advanced dementia, he never did a power of attorney and now the bank won't let me touch his "
        "account to pay the care home. what can I do",
        "/court-of-protection/",
    ),
    (
        "We're first time buyers getting a 40% share of a new build flat through a housing association - what "
        "would your fee be?",
        "/conveyancing/",
    ),
    ("Selling our semi in Acomb, around £280k. How much for the legal side?", "/conveyancing/"),
    (
        "I'm taking on a little shop unit on Goodramgate to open a cafe and the agent has sent over a 10 year lease. "
        "Can you check it before I sign and what would that cost me?",
        "/commercial-property/",
    ),
    (
        "One of my staff has been off sick on and off for months and honestly I'm at the end of my tether. "
        "Can I just let her go?",
        "/employment-law/",
    ),
    (
        "my employer has offered me a settlement agreement and HR say I need a solicitor to sign it off, do you do "
        "that",
        "/employment-law/",
    ),
    (
        "A customer owes my building firm £4,200 and has ignored my invoices for three months. What would you "
        "charge to chase it?",
        "/disputes-and-debt-recovery/",
    ),
    ("neighbour has put his new fence about a foot into our garden what can we do", "/disputes-and-debt-recovery/"),
    ("Wedding's in 5 weeks and my fiance's family want a prenup. Is there still time??", "/family-law/"),
    ("Is the first appointment free? It's about splitting up with my husband", "/our-fees/"),
    ("can i pay your bill with american express", "/our-fees/"),
    (
        "My parents are giving us £25k towards the deposit on our first house. Do they have to do anything?",
        "/instructing-us/",
    ),
    (
        "I've had an email that looks like it's from your office saying your bank account has changed and I should "
        "send my deposit to the new details. Is that genuine?",
        "/protect-yourself-from-fraud/",
    ),
    (
        "I complained to you about how my mum's estate was handled and it's been nearly two months. Can I go to the "
        "ombudsman now, and is there a deadline?",
        "/regulatory-information/",
    ),
    (
        "If you make a mistake on my house purchase and it costs me money, are you insured for that?",
        "/regulatory-information/",
    ),
    ("Does anyone there speak Polish? My dad would be more comfortable in his own language", "/our-team/"),
    (
        "My gran's in a care home in Haxby and can't get into town anymore. Can someone come out to her to do her "
        "will, and do you charge extra for that?",
        "/home-visits/",
    ),
    ("where do i park if im coming in to see you", "/contact-us/"),
    ("Do you do legal aid", "/faq/"),
]

OUT_OF_SCOPE = [
    "Can you notarise some documents for me and get an apostille? They're for selling my apartment in Spain.",
    "I'm setting up a limited company with a friend, can you do the incorporation and a shareholders agreement?",
    "Do you take work experience students? My daughter is doing A-level law and would love a week in an office",
    "Is there any discount on wills for NHS staff or ex-forces?",
    "Do you take part in Free Wills Month or Will Aid for charity?",
    "Could someone come and value my house? I'm thinking of putting it on the market",
    "Can you recommend a nice place for lunch near the Minster?",
    "what time is the last train from York to London on a Sunday",
]
