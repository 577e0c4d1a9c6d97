"""An evaluation site: Ivy & Oak Hair Studio, an independent hair salon in Harrogate (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a Squarespace 7.1
site: siteWrapper, a header with header-nav-item links and folders, page-section/content-wrapper sections
holding sqs-block html-block wrappers, an accordion-block FAQ and a footer of sections.
"""

import hashlib
import itertools

NAME = "Ivy & Oak Hair Studio"

_SITE = "Ivy &amp; Oak Hair Studio"
_DOMAIN = "https://www.ivyandoakhair.co.uk"
_BLOCK_IDS = itertools.count(1698326411000)

_NAV = [
    (
        "Services",
        [
            ("/services/", "Cuts &amp; Styling"),
            ("/colour/", "Colour"),
            ("/colour-correction/", "Colour Correction"),
            ("/patch-test/", "Skin Allergy Test"),
            ("/keratin-smoothing/", "Keratin Smoothing"),
            ("/extensions/", "Hair Extensions"),
            ("/bridal/", "Bridal &amp; Occasion"),
        ],
    ),
    ("/prices/", "Price List"),
    (
        "Book",
        [
            ("/booking/", "Booking &amp; Policies"),
            ("/new-clients/", "New Clients"),
            ("/gift-vouchers/", "Gift Vouchers"),
        ],
    ),
    (
        "The Salon",
        [
            ("/team/", "Meet the Team"),
            ("/products/", "Products We Love"),
            ("/aftercare/", "Aftercare Advice"),
            ("/careers/", "Careers &amp; Apprenticeships"),
        ],
    ),
    ("/faq/", "FAQ"),
    ("/visit-us/", "Find Us"),
]

_ANALYTICS = """<script async src="/static/js/gtag.js?id=G-7QX2H4LM9P"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-7QX2H4LM9P', { 'anonymize_ip': true });
</script>"""

_SOCIAL = """<div class="social-links">
        <a href="https://www.instagram.com/ivyandoakhair" class="social-link instagram" target="_blank"
           aria-label="Instagram"><svg class="icon icon--fill"
           viewBox="0 0 64 64"><use xlink:href="#instagram-unauth-icon"></use></svg></a>
        <a href="https://www.facebook.com/ivyandoakhairharrogate" class="social-link facebook" target="_blank"
           aria-label="Facebook"><svg class="icon icon--fill"
           viewBox="0 0 64 64"><use xlink:href="#facebook-unauth-icon"></use></svg></a>
        <a href="https://www.tiktok.com/@ivyandoakhair" class="social-link tiktok" target="_blank"
           aria-label="TikTok"><svg class="icon icon--fill"
           viewBox="0 0 64 64"><use xlink:href="#tiktok-unauth-icon"></use></svg></a>
      </div>"""


def _hex(text, n=24):
    return hashlib.sha256(text.encode()).hexdigest()[:n]


def _desktop_nav(current):
    items = []
    for entry in _NAV:
        if isinstance(entry[1], list):
            title, children = entry
            active = any(path == current for path, _ in children)
            links = "\n".join(
                f'            <div class="header-nav-folder-item'
                f'{" header-nav-folder-item--active" if p == current else ""}">'
                f'\n              <a href="{p}"><span class="header-nav-folder-item-content">{label}</span></a>'
                "\n            </div>"
                for p, label in children
            )
            items.append(
                f'        <div class="header-nav-item header-nav-item--folder'
                f'{" header-nav-item--active" if active else ""}">\n'
                '          <a class="header-nav-folder-title" href="#" tabindex="-1"'
                ' data-animation-role="header-element">'
                f"\n            {title}\n          </a>\n"
                '          <div class="header-nav-folder-content">\n'
                f"{links}\n"
                "          </div>\n"
                "        </div>"
            )
        else:
            path, label = entry
            active = " header-nav-item--active" if path == current else ""
            aria = ' aria-current="page"' if active else ""
            items.append(
                f'        <div class="header-nav-item header-nav-item--collection{active}">\n'
                f'          <a href="{path}" data-animation-role="header-element"'
                f"{aria}>{label}</a>\n"
                "        </div>"
            )
    return "\n".join(items)


def _mobile_nav():
    rows = ['          <div class="container header-menu-nav-item"><a href="/">Home</a></div>']
    for entry in _NAV:
        if isinstance(entry[1], list):
            title, children = entry
            slug = title.lower().replace(" ", "-")
            rows.append(
                f'          <div class="container header-menu-nav-item">\n'
                f'            <a data-folder-id="/{slug}" href="#">\n'
                f'              <div class="header-menu-nav-item-content">{title}</div>\n'
                "            </a>\n"
                "          </div>"
            )
            for p, label in children:
                rows.append(
                    f'          <div class="container header-menu-nav-item header-menu-nav-item--subfolder">'
                    f'<a href="{p}">{label}</a></div>'
                )
        else:
            path, label = entry
            rows.append(f'          <div class="container header-menu-nav-item"><a href="{path}">{label}</a></div>')
    return "\n".join(rows)


def _block(html, extra=""):
    bid = f"yui_3_17_2_1_{next(_BLOCK_IDS)}_{len(html) % 997}"
    return f"""<div class="fe-block fe-block-{bid}">
            <div class="sqs-block html-block sqs-block-html{extra}" data-blend-mode="NORMAL" data-block-type="2"
                 id="block-{bid}">
              <div class="sqs-block-content">
                <div class="sqs-html-content">
{html}
                </div>
              </div>
            </div>
          </div>"""


def _button(text, href, align="center"):
    bid = f"yui_3_17_2_1_{next(_BLOCK_IDS)}_btn"
    return f"""<div class="fe-block fe-block-{bid}">
            <div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-{bid}">
              <div class="sqs-block-content">
                <div class="sqs-block-button-container sqs-block-button-container--{align}" data-alignment="{align}">
                  <a href="{href}"
                     class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element"
                     data-initialized="true">{text}</a>
                </div>
              </div>
            </div>
          </div>"""


def _quotes(*reviews):
    figures = "\n".join(
        f"""                <figure class="block-animation-none">
                  <blockquote data-animation-role="quote"><span>&ldquo;</span>{text}<span>&rdquo;</span></blockquote>
                  <figcaption class="source">&mdash; {who}
                    <span class="stars">&#9733;&#9733;&#9733;&#9733;&#9733;</span></figcaption>
                </figure>"""
        for text, who in reviews
    )
    bid = f"yui_3_17_2_1_{next(_BLOCK_IDS)}_quote"
    return f"""<div class="fe-block fe-block-{bid}">
            <div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="block-{bid}">
              <div class="sqs-block-content">
                <h3 class="testimonials-heading">Kind words from our clients</h3>
{figures}
                <p class="review-source">
                  <a href="https://www.google.com/maps/place/Ivy+and+Oak+Hair+Studio" target="_blank">
                  Read more Google reviews</a></p>
              </div>
            </div>
          </div>"""


def _newsletter():
    bid = f"yui_3_17_2_1_{next(_BLOCK_IDS)}_news"
    return f"""<div class="fe-block fe-block-{bid}">
            <div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-{bid}">
              <div class="sqs-block-content">
                <div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat
                            newsletter-form-wrapper--alignCenter">
                  <h2 class="newsletter-form-header-title">The Ivy &amp; Oak Edit</h2>
                  <div class="newsletter-form-header-description"><p>Hair tips, team news and first dibs on
                    cancellations, once a month. No spam, promise.</p></div>
                  <form class="newsletter-form" data-form-id="64f1c7a0b2e3" autocomplete="on" method="POST" action="#"
                        novalidate onsubmit="return false;">
                    <div class="newsletter-form-body">
                      <div class="newsletter-form-fields-wrapper form-fields">
                        <div class="newsletter-form-field-wrapper form-item field email required">
                          <label class="newsletter-form-field-label title" for="email-{bid}">Email Address</label>
                          <input id="email-{bid}" class="newsletter-form-field-element field-element" name="email"
                                 type="email" spellcheck="false" placeholder="Email Address">
                        </div>
                      </div>
                      <div class="newsletter-form-button-wrapper submit-wrapper">
                        <button class="newsletter-form-button sqs-system-button sqs-editable-button-layout
                                       sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary"
                                type="submit" value="Sign Up">
                          <span class="newsletter-form-button-label">Sign Up</span></button>
                      </div>
                    </div>
                  </form>
                </div>
              </div>
            </div>
          </div>"""


def _accordion(items):
    lis = []
    for i, (question, answer) in enumerate(items):
        lis.append(
            f"""                  <li class="accordion-item" data-is-first-item="{str(i == 0).lower()}">
                    <h4 class="accordion-item__title-wrapper" role="heading" aria-level="3">
                      <button class="accordion-item__click-target" aria-expanded="false"
                              aria-controls="accordion-panel-{i}" id="accordion-button-{i}">
                        <span class="accordion-item__title">{question}</span>
                        <div class="accordion-icon-container" data-is-open="false" aria-hidden="true">
                          <div class="plus"><div class="line"></div><div class="line"></div></div>
                        </div>
                      </button>
                    </h4>
                    <div class="accordion-item__dropdown" role="region" id="accordion-panel-{i}"
                         aria-labelledby="accordion-button-{i}">
                      <div class="accordion-item__description">
                        {answer}
                      </div>
                    </div>
                  </li>"""
        )
    joined = "\n".join(lis)
    bid = f"yui_3_17_2_1_{next(_BLOCK_IDS)}_acc"
    return f"""<div class="fe-block fe-block-{bid}">
            <div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69" id="block-{bid}">
              <div class="sqs-block-content">
                <ul class="accordion-items-container" data-should-allow-multiple-open-items="false"
                    data-is-divider-enabled="true" data-is-first-divider-visible="true">
{joined}
                </ul>
              </div>
            </div>
          </div>"""


def _section(*blocks, theme="white", cols=False):
    sid = _hex("".join(blocks), 24)
    grid = "fluid-engine--two-col" if cols else "fluid-engine--single"
    inner = "\n          ".join(blocks)
    return f"""<section data-test="page-section" data-section-theme="{theme}"
      class="page-section layout-engine-section background-width--full-bleed section-height--medium
             content-width--wide horizontal-alignment--center vertical-alignment--middle {theme}"
      data-section-id="{sid}" data-controller="SectionWrapperController" data-current-styles="{{}}">
    <div class="section-border"><div class="section-background"></div></div>
    <div class="content-wrapper" style="padding-top: calc(6vmax / 10); padding-bottom: calc(6vmax / 10);">
      <div class="content">
        <div data-fluid-engine="true">
          <div class="fluid-engine fe-{sid} {grid}">
          {inner}
          </div>
        </div>
      </div>
    </div>
  </section>"""


def _sidebar(*blocks):
    """A two-column section: main content and a narrow 'widget' column, as built in Fluid Engine."""
    main, side = blocks[0], blocks[1:]
    side_html = "\n".join(side)
    return _section(
        f'<div class="fe-col fe-col--main">\n{main}\n          </div>',
        f'<aside class="fe-col fe-col--aside sidebar-widgets">\n{side_html}\n          </aside>',
        cols=True,
    )


def _page(path, title, description, sections):
    cid = _hex(path)
    slug = path.strip("/") or "home"
    body = "\n\n  ".join(sections)
    canonical = _DOMAIN + (path if path != "/" else "")
    head_title = f"{title} &mdash; {_SITE}" if path != "/" else f"{_SITE} | Independent Hair Salon in Harrogate"
    return f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB">
<head>
  <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta charset="utf-8" />
  <title>{head_title}</title>
  <meta http-equiv="Accept-CH" content="Sec-CH-UA-Platform-Version, Sec-CH-UA-Model" />
  <link rel="icon" type="image/x-icon" href="/static/favicon.ico?format=100w"/>
  <link rel="canonical" href="{canonical}"/>
  <meta property="og:site_name" content="{_SITE}"/>
  <meta property="og:title" content="{title} &mdash; {_SITE}"/>
  <meta property="og:url" content="{canonical}"/>
  <meta property="og:type" content="website"/>
  <meta property="og:description" content="{description}"/>
  <meta property="og:image" content="/static/images/ivy-oak-og.jpg?format=1500w"/>
  <meta itemprop="name" content="{title} &mdash; {_SITE}"/>
  <meta name="twitter:title" content="{title} &mdash; {_SITE}"/>
  <meta name="twitter:card" content="summary"/>
  <meta name="description" content="{description}" />
  <link rel="preconnect" href="/static/fonts/">
  <link rel="stylesheet" type="text/css" href="/static/fonts/cormorant-garamond-and-jost.css">
  <link rel="stylesheet" type="text/css" href="/static/versioned-site-css/64f1c2a0b2e3/site.css?v=1698326"/>
  <link rel="stylesheet" type="text/css" href="/static/universal/styles-compressed/user-account-core.css"/>
  <script type="application/ld+json">{{"url":"{_DOMAIN}","name":"{_SITE}","@context":"http://schema.org",
    "@type":"HairSalon","telephone":"01632 960418",
    "address":"22 Cheltenham Parade, Harrogate, North Yorkshire, HG1 1DB, United Kingdom"}}</script>
  {_ANALYTICS}
</head>
<body id="collection-{cid}"
      class="header-overlay-alignment-center header-width-full tweak-fixed-header tweak-fixed-header-style-basic
             tweak-blog-alternating-side-by-side-width-full tweak-portfolio-grid-overlay-width-full
             primary-button-style-solid primary-button-shape-pill form-field-style-solid
             collection-type-page collection-layout-default mobile-style-available sqs-seven-one page-{slug}">

<div id="siteWrapper" class="clearfix site-wrapper">

  <div class="sqs-announcement-bar-dropzone"></div>

  <header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white-bold"
          data-controller="Header" data-current-styles="{{}}" data-first-focusable-element tabindex="-1">
    <div class="sqs-announcement-bar-dropzone"></div>
    <div class="header-announcement-bar-wrapper">
      <a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
      <div class="header-border" data-header-style="dynamic" data-test="header-border"></div>
      <div class="header-dropshadow" data-header-style="dynamic"></div>
      <div class="header-inner container--fluid header-layout--with-commerce header-mobile-layout-logo-left-nav-right
                  header-layout-nav-right">
        <div class="header-display-desktop" data-content-field="site-title">
          <div class="header-title-nav-wrapper">
            <div class="header-title" data-animation-role="header-element">
              <div class="header-title-logo">
                <a href="/" data-animation-role="header-element">
                  <img elementtiming="nbf-header-logo-desktop" src="/static/images/ivy-oak-logo.png?format=1500w"
                       alt="{_SITE}" style="display:block" fetchpriority="high" loading="eager" decoding="async">
                </a>
              </div>
            </div>
            <div class="header-nav">
              <div class="header-nav-wrapper">
                <nav class="header-nav-list">
{_desktop_nav(path)}
                </nav>
              </div>
            </div>
          </div>
          <div class="header-actions header-actions--right">
            <div class="showOnDesktop">
              <div class="header-actions-action header-actions-action--social">
      {_SOCIAL}
              </div>
            </div>
            <div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
              <a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/booking/">
                Book Now
              </a>
            </div>
          </div>
        </div>
        <div class="header-display-mobile" data-content-field="site-title">
          <div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element">
            <button class="header-burger-btn burger" data-test="header-burger">
              <span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
              <span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span>
              <div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger">
                <div class="top-bun"></div><div class="patty"></div><div class="bottom-bun"></div>
              </div></div>
            </button>
          </div>
        </div>
      </div>
    </div>
    <div class="header-menu header-menu--folder-list" data-section-theme="white-bold" data-current-styles="{{}}">
      <div class="header-menu-bg theme-bg--primary"></div>
      <div class="header-menu-nav">
        <nav class="header-menu-nav-list">
          <div data-folder="root" class="header-menu-nav-folder">
            <div class="header-menu-nav-folder-content">
{_mobile_nav()}
            </div>
          </div>
        </nav>
      </div>
      <div class="header-menu-cta">
        <a class="theme-btn--primary btn sqs-button-element--primary" href="/booking/">Book Now</a>
      </div>
    </div>
  </header>

  <main id="page" class="container" role="main">
    <article class="sections" id="sections" data-page-sections="{cid}">

  {body}

    </article>
  </main>

  <footer class="sections" id="footer-sections" data-footer-sections>
    <section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section
             background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center
             vertical-alignment--middle dark" data-section-id="64f1c9e2a7b04c1e3d5f0a11">
      <div class="section-border"><div class="section-background"></div></div>
      <div class="content-wrapper">
        <div class="content">
          <div data-fluid-engine="true">
            <div class="fluid-engine fe-64f1c9e2a7b04c1e3d5f0a11">
              <div class="fe-block fe-block-footer-1">
                <div class="sqs-block html-block sqs-block-html" data-block-type="2">
                  <div class="sqs-block-content"><div class="sqs-html-content">
                    <h4>Ivy &amp; Oak Hair Studio</h4>
                    <p>22 Cheltenham Parade<br>Harrogate<br>North Yorkshire<br>HG1 1DB</p>
                    <p><a href="tel:01632960418">01632 960418</a><br>
                       <a href="mailto:hello@ivyandoakhair.co.uk">hello@ivyandoakhair.co.uk</a></p>
                  </div></div>
                </div>
              </div>
              <div class="fe-block fe-block-footer-2">
                <div class="sqs-block html-block sqs-block-html" data-block-type="2">
                  <div class="sqs-block-content"><div class="sqs-html-content">
                    <h4>Opening hours</h4>
                    <p>Tue &amp; Fri 9am&ndash;6pm<br>Wed &amp; Thu 9am&ndash;8pm<br>Sat 8.30am&ndash;4.30pm<br>
                       Sun &amp; Mon closed</p>
                  </div></div>
                </div>
              </div>
              <div class="fe-block fe-block-footer-3">
                <div class="sqs-block html-block sqs-block-html" data-block-type="2">
                  <div class="sqs-block-content"><div class="sqs-html-content">
                    <h4>Explore</h4>
                    <p><a href="/">Home</a><br><a href="/services/">Services</a><br>
                       <a href="/prices/">Price List</a><br>
                       <a href="/booking/">Book Online</a><br><a href="/gift-vouchers/">Gift Vouchers</a><br>
                       <a href="/careers/">Careers</a><br><a href="/faq/">FAQ</a><br>
                       <a href="/visit-us/">Find Us</a></p>
                  </div></div>
                </div>
              </div>
              <div class="fe-block fe-block-footer-4">
                <div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2" data-block-type="54">
                  <div class="sqs-block-content">
                    <div class="sqs-svg-icon--outer social-icon-alignment-left social-icons-color-white">
      {_SOCIAL}
                    </div>
                  </div>
                </div>
              </div>
              <div class="fe-block fe-block-footer-5">
                <div class="sqs-block html-block sqs-block-html" data-block-type="2">
                  <div class="sqs-block-content"><div class="sqs-html-content">
                    <p class="sqsrte-small">&copy; 2025 Ivy &amp; Oak Hair Studio Ltd. All rights reserved.
                      &nbsp;|&nbsp; <a href="#cookie-settings">Cookie preferences</a></p>
                  </div></div>
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
    </section>
  </footer>

</div>

<div class="sqs-cookie-banner-v2-container" role="region" aria-label="Cookie banner">
  <div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom sqs-cookie-banner-v2--light">
    <div class="sqs-cookie-banner-v2-text">
      <p>We use cookies to make online booking work and to see, anonymously, how our website is used.
         <a href="#cookie-settings">Manage preferences</a></p>
    </div>
    <div class="sqs-cookie-banner-v2-cta-container">
      <button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept all</button>
      <button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline</button>
    </div>
  </div>
</div>

<script defer src="/static/universal/scripts-compressed/website.js" crossorigin="anonymous"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------------------------------

_HOME = [
    _section(
        _block("""<h1 style="text-align:center;">Hair that fits your life</h1>
<p class="sqsrte-large" style="text-align:center;">An independent salon tucked away on Cheltenham Parade,
  a few minutes from the centre of Harrogate.</p>"""),
        _button("Book your appointment", "/booking/"),
        theme="black",
    ),
    _section(
        _block("""<h2>Hello, we're Ivy &amp; Oak</h2>
<p>Ivy &amp; Oak opened its doors in the spring of 2014, when our founder Hannah Whitaker came home to Harrogate
  after ten years working in city-centre salons in Leeds. She wanted a place that felt like a friend's front room
  rather than a production line: unhurried appointments, honest advice and a team who actually remember how you
  like your tea.</p>
<p>We're still fully independent. We are not part of a group or a franchise, which means every decision, from the
  colour we mix to the music we play, is made by the people who work on the salon floor. Today there are eight of
  us, from an apprentice just starting out to two directors with more than thirty years' experience between
  them.</p>
<p>We look after everyone: quick tidy-ups for busy dads, big colour transformations, wedding
  mornings and everything in between. If you're new, have a look at our <a href="/new-clients/">new client
  guide</a>, browse the <a href="/prices/">price list</a>, or say hello on Instagram.</p>
<p>In 2022 we were proud to be named Salon of the Year at the Harrogate Independent Business Awards, voted for by
  our clients, which still makes us a little bit emotional.</p>"""),
    ),
    _section(
        _block("""<h3><a href="/services/">Cuts &amp; Styling</a></h3>
<p>Precision cuts, restyles, barbering and blow-dries for women, men and children.</p>"""),
        _block("""<h3><a href="/colour/">Colour</a></h3>
<p>Soft balayage, bright blondes, glossy brunettes and grey coverage that looks like you.</p>"""),
        _block("""<h3><a href="/bridal/">Bridal &amp; Occasion</a></h3>
<p>Relaxed, beautiful wedding mornings, in the salon or at your venue.</p>"""),
        _block("""<h3><a href="/extensions/">Hair Extensions</a></h3>
<p>Length and volume that blends seamlessly, fitted by a specialist.</p>"""),
        theme="light",
        cols=True,
    ),
    _section(
        _quotes(
            (
                "I have been coming to Ivy &amp; Oak for six years and have never once left disappointed. The whole"
                " team are lovely and the salon always smells amazing.",
                "Rachel T., Google",
            ),
            (
                "Best salon in Harrogate, hands down. They listened to what I wanted instead of what they wanted to"
                " do, and I got so many compliments.",
                "Sophie M., Google",
            ),
            (
                "My husband and both kids go here now too. Easy to book online and they always run on time.",
                "Gemma L., Facebook",
            ),
        ),
    ),
    _section(_newsletter(), theme="light"),
]

_SERVICES = [
    _section(
        _block("""<h1>Cuts &amp; Styling</h1>
<p class="sqsrte-large">Great colour starts with a great cut. Whatever your hair type, length or budget,
  we'll take the time to get it right.</p>"""),
        theme="black",
    ),
    _sidebar(
        _block("""<h2>Women's cuts &amp; restyles</h2>
<p>Every cut starts with a proper chat at the mirror about your hair, your routine and how much time you
  actually want to spend styling it. It includes a wash with a relaxing scalp massage, your cut, and a finish with
  a blow-dry. If you're planning a dramatic change &ndash; say long hair to a bob, or growing out layers &ndash;
  please book a <strong>Restyle</strong> so we have extra time to plan the shape with you.</p>

<h2>Blow-dries &amp; finishing</h2>
<p>Bouncy and voluminous, sleek and straight, or loose waves with tongs &ndash; a professional blow-dry lasts days
  if you look after it. Perfect before a night out, an interview or a holiday.</p>

<h2>Men's cuts &amp; barbering</h2>
<p>Classic scissor cuts, textured crops, tapers and skin fades, plus beard shaping finished with a hot towel.
  Appointments are 30 minutes, or 45 for a skin fade, so you're in and out.</p>

<h2>Children's cuts</h2>
<p>We love our younger clients. Children up to 15 can be booked with any of our stylists, and an adult needs to
  stay with them for the whole appointment.</p>
<p><strong>First haircuts:</strong> a first trim can be a big deal, so we take it slowly. Little ones can sit on
  your lap or in our booster seat, we keep a basket of toys and bubbles at the ready, and we'll stop for breaks if
  they get fidgety &ndash; nobody is rushed. At the end you'll get a first haircut certificate and a lock of hair in
  a keepsake envelope. Weekday mornings are the calmest time for toddlers.</p>

<h2>Free fringe trims</h2>
<p>If you had your cut with us, we'll tidy your fringe for free between appointments. There's no need to book:
  just pop in Tuesday to Friday and we'll squeeze you in between clients, usually within a few minutes. It takes
  about ten minutes. Sorry, we can't offer fringe trims on Saturdays.</p>

<h2>Conditioning treatments</h2>
<p>Add an in-salon treatment to any appointment: an Olaplex bond-building treatment for lightened or damaged hair,
  a K18 repair mask, or a scalp detox for oily or flaky scalps.</p>
<p>You'll find prices for all of the above on our <a href="/prices/">price list</a>.</p>"""),
        _block(
            """<h4>Quick links</h4>
<ul>
  <li><a href="/prices/">Price list</a></li>
  <li><a href="/new-clients/">New to Ivy &amp; Oak?</a></li>
  <li><a href="/team/">Choose a stylist</a></li>
  <li><a href="/bridal/">Hair up for an occasion</a></li>
</ul>""",
            extra=" sidebar-widget",
        ),
        _button("Book a cut", "/booking/", align="left"),
    ),
    _section(
        _quotes(
            (
                "Tom is the only person I trust with a fade. Spot on every time.",
                "Dan K., Google",
            ),
            (
                "Amazing with my nervous little boy. He actually asks when he can go back!",
                "Laura P., Facebook",
            ),
        ),
        theme="light",
    ),
]

_COLOUR = [
    _section(
        _block("""<h1>Colour</h1>
<p class="sqsrte-large">From a subtle refresh to a complete change, colour is our favourite thing to do.</p>"""),
        theme="black",
    ),
    _sidebar(
        _block("""<h2>Full head and root tints</h2>
<p>A permanent all-over colour, or a root tint to cover your regrowth, usually every four to six weeks. Great for
  rich, glossy, even results and complete coverage.</p>

<h2>Highlights &amp; lowlights</h2>
<p>Woven foils placed through the hair to add brightness or depth. Choose a T-section (parting and hairline only),
  half head or full head, depending on how much change you want.</p>

<h2>Balayage</h2>
<p>Freehand, painted lightness that is softer at the root and brighter through the lengths and ends. Because it
  grows out so gently, most balayage clients only need a top-up every three to four months.</p>

<h2>Toners &amp; glosses</h2>
<p>A demi-permanent glaze that adjusts tone (think warmer, cooler, creamier) and adds serious shine. Often added
  after highlights or balayage, or booked on its own to refresh colour between appointments.</p>

<h2>Grey coverage &amp; grey blending</h2>
<p>There's more than one way to deal with grey. A <strong>root tint</strong> covers every grey hair completely,
  but the line shows as it grows, so most people come back every four to six weeks.</p>
<p><strong>Grey blending</strong> is the low-maintenance alternative: we weave fine highlights and lowlights
  through your natural colour and finish with a demi-permanent gloss, so the grey looks like soft, deliberate
  brightness. It grows out without a harsh line, and you can usually leave it eight to twelve weeks.</p>
<p>If the grey is mostly around your face, a <strong>temple &amp; hairline touch-up</strong> treats just the
  front hairline and parting in about 30 minutes, so you can stretch the time between full appointments.</p>

<h2>Fashion colour</h2>
<p>Pastel pinks, lilacs, coppers and vivid blues. Bright shades show best on pre-lightened hair and fade faster
  than natural tones, so we'll talk honestly about upkeep.</p>

<h2>Colour for under 16s</h2>
<p>In line with the manufacturers' instructions, we don't use permanent colour or lightener (bleach) on anyone
  under 16. For 12 to 15 year olds we can apply a semi-permanent fun colour, such as pink or lilac, to hair that
  hasn't been lightened, as long as a parent or guardian is with them and signs the consent form. On darker hair
  the result will be a subtle tint rather than a bright pastel, and it washes out over four to eight weeks.</p>

<h2>Before you book</h2>
<p>Every colour service needs a <a href="/patch-test/">skin allergy test</a> first. If your hair has box dye,
  henna or patchy colour on it, please read about <a href="/colour-correction/">colour correction</a>.</p>"""),
        _block(
            """<h4>Colour prices</h4>
<p>Colour is priced by stylist level. See the <a href="/prices/">full price list</a>.</p>
<h4>Blonde ambition?</h4>
<p>Meet Priya and the rest of <a href="/team/">the team</a>.</p>""",
            extra=" sidebar-widget",
        ),
        _button("Book colour", "/booking/", align="left"),
    ),
]

_CORRECTION = [
    _section(
        _block("""<h1>Colour Correction</h1>
<p class="sqsrte-large">When colour hasn't gone to plan, we're here to help, without judgement.</p>"""),
        theme="black",
    ),
    _section(
        _block("""<h2>What counts as colour correction?</h2>
<p>Anything where we first need to undo or even out existing colour before we can create the result you want.
  Common examples are removing box dye, especially dark or black shades; moving from dark hair back to blonde;
  fixing banding, patchy or "leopard spot" highlights; neutralising orange or green tones; and blending a harsh
  regrowth line left by years of root tints.</p>

<h2>Is it possible to go from dark to light?</h2>
<p>Usually, yes &ndash; but rarely in one go. Home dye builds up in layers, and dark pigment has to be lifted out
  slowly and carefully to keep your hair healthy. Moving from a box-dyed black or dark brown to blonde normally
  takes <strong>two to four sessions, spaced four to six weeks apart</strong>, using a colour remover and
  bond-building treatment at every stage. Each session leaves you with a wearable, toned result, so you won't
  walk out orange in between. Very occasionally the condition of the hair means a pale blonde is not safe to
  achieve, and we'll always tell you that honestly.</p>

<h2>Consultation first</h2>
<p>All corrective work starts with a free 20-minute consultation in the salon with Hannah or Priya. We'll look at
  your hair in daylight, ask about everything that's been on it over the last few years (please be honest &ndash;
  we've seen it all!), and do a strand test to check how it lifts. Some home dyes and hennas contain metallic salts
  which can react badly with lightener, and the strand test tells us this safely.</p>

<h2>How much does it cost?</h2>
<p>Because every correction is different, we charge by time rather than by a set menu price:</p>
<table class="sqs-table">
  <thead><tr><th>Stylist</th><th>Hourly rate</th></tr></thead>
  <tbody>
    <tr><td>Senior colourist (Priya)</td><td>&pound;65 per hour</td></tr>
    <tr><td>Colour director (Hannah)</td><td>&pound;80 per hour</td></tr>
  </tbody>
</table>
<p>Bond-building treatment and a blow-dry finish are included. Most first sessions take three to five hours. You'll
  get a written estimate at your consultation, so there are no nasty surprises on the day.</p>"""),
        _button("Book a correction consultation", "/booking/"),
    ),
]

_PATCH = [
    _section(
        _block("""<h1>Skin Allergy Test</h1>
<p class="sqsrte-large">Five minutes now for peace of mind later.</p>"""),
        theme="black",
    ),
    _sidebar(
        _block("""<h2>Why we test</h2>
<p>Permanent and semi-permanent hair colours, and the toners we use after lightening, contain ingredients such as
  PPD that can cause an allergic reaction. Reactions can develop at any time, even to a colour you've used for
  years, and in rare cases they are serious. The colour manufacturers' instructions require a skin test 48 hours
  before every colour service, and so does our insurance.</p>

<h2>Who needs one?</h2>
<ul>
  <li><strong>Every new colour client</strong> &ndash; even if you've coloured your hair for years at another salon
    or at home and have never had a problem. We can only go on a test we've done ourselves with our products.</li>
  <li>Existing clients who haven't had a colour service with us in the last <strong>six months</strong>.</li>
  <li>Anyone who has had a temporary black henna tattoo, has become pregnant, has started new medication or has had a
    reaction to any hair or beauty product since their last test.</li>
</ul>

<h2>How it works</h2>
<p>We dab a tiny amount of colour behind your ear or in the crease of your elbow. It takes about five minutes and
  it's free. Leave the area unwashed and uncovered for 48 hours, then come in for your colour as planned.</p>
<p><strong>You don't need an appointment</strong> &ndash; just drop in any time we're open and ask at reception.
  If you're booking a consultation first, we can do your test at the same time. Please allow at least 48 hours
  between your test and your colour appointment.</p>

<h2>If you react</h2>
<p>Itching, redness, burning or swelling around the test area means you may be allergic. Wash the area gently with
  water, call us so we can note it on your record, and speak to a pharmacist or GP if it's uncomfortable. Seek
  urgent medical help if you have any swelling of the face or difficulty breathing.</p>

<h2>No test, no colour</h2>
<p>We will not colour without a valid test, even if you offer to sign a disclaimer. If you arrive for colour without
  one, we'll happily switch your appointment to a cut and finish, or move it to another day.</p>"""),
        _block(
            """<h4>Good to know</h4>
<p>Booking colour for the first time? Have a read of our <a href="/new-clients/">new client guide</a> too.</p>
<p><a href="/colour/">Our colour services</a></p>""",
            extra=" sidebar-widget",
        ),
    ),
]

_KERATIN = [
    _section(
        _block("""<h1>Keratin Smoothing</h1>
<p class="sqsrte-large">Say goodbye to frizz for months, not hours.</p>"""),
        theme="black",
    ),
    _section(
        _block("""<h2>What is it?</h2>
<p>Our keratin smoothing treatment coats each strand with a protein-rich formula that's sealed in with heat. It
  tames frizz, cuts blow-drying time by up to half and helps hair stay smooth in damp or humid Yorkshire weather.
  It doesn't make hair poker straight unless you want it to: natural waves soften rather than disappear. Results
  last <strong>three to five months</strong> and fade gradually, so there's no regrowth line.</p>
<p>We use a formaldehyde-free formula, and it's suitable for coloured and highlighted hair. If your hair is very
  heavily lightened we'll do a strand test first.</p>

<h2>What happens on the day</h2>
<p>We wash your hair with a clarifying shampoo, apply the treatment section by section, blow-dry it in and then seal
  it with straighteners. Depending on length and thickness, allow two and a half to four hours.</p>

<h2>Prices</h2>
<table class="sqs-table">
  <thead><tr><th>Hair length</th><th>Price</th></tr></thead>
  <tbody>
    <tr><td>Short (above the chin)</td><td>&pound;160</td></tr>
    <tr><td>Shoulder length</td><td>&pound;195</td></tr>
    <tr><td>Long (below the shoulder blades)</td><td>&pound;230</td></tr>
    <tr><td>Extra long or very thick</td><td>from &pound;260</td></tr>
    <tr><td>Express smoothing (lasts 6&ndash;8 weeks, 90 minutes)</td><td>&pound;95</td></tr>
  </tbody>
</table>

<h2>Looking after your smoothing</h2>
<ul>
  <li>Don't wash your hair, work up a sweat at the gym or swim for <strong>72 hours</strong> after your treatment.</li>
  <li>For those three days, keep hair loose: no ponytails, clips, headbands or tucking behind your ears, as any kinks
    can set in.</li>
  <li>After that, use a sulphate-free shampoo and conditioner to make your results last.</li>
  <li>Colour your hair at least one week before, or two weeks after, your smoothing treatment.</li>
</ul>

<h2>Who isn't it suitable for?</h2>
<p>We don't carry out keratin smoothing during pregnancy or while breastfeeding.</p>"""),
        _button("Book keratin smoothing", "/booking/"),
    ),
]

_EXTENSIONS = [
    _section(
        _block("""<h1>Hair Extensions</h1>
<p class="sqsrte-large">Length, volume and confidence, fitted by our extensions specialist Lucy.</p>"""),
        theme="black",
    ),
    _sidebar(
        _block("""<h2>Methods we offer</h2>
<ul>
  <li><strong>Tape-ins</strong> &ndash; thin, flat wefts that sit close to the scalp. Lightweight, discreet and great
    for fine hair. They're moved up every six to eight weeks, and the hair can be reused.</li>
  <li><strong>Nano rings</strong> &ndash; individual strands attached with a tiny ring, with no heat or glue. Refitted
    every ten to twelve weeks.</li>
  <li><strong>Hand-tied wefts</strong> &ndash; a row of hair sewn onto a discreet beaded track. Ideal for thicker
    hair wanting serious volume. Moved up every six to eight weeks.</li>
</ul>
<p>We only use 100% Remy human hair from an ethical supplier. With good care it lasts six to twelve months.</p>

<h2>Your consultation</h2>
<p>Extensions always start with a 30-minute consultation with Lucy. We'll check your natural hair is strong enough,
  match your colour, and agree the method and amount of hair. A &pound;30 deposit secures the consultation and is
  taken off the cost of your fitting. Your hair is then ordered, which takes seven to ten working days.</p>

<h2>Prices</h2>
<table class="sqs-table">
  <thead><tr><th>Service</th><th>Price</th></tr></thead>
  <tbody>
    <tr><td>Tape-ins, half head (20 tapes)</td><td>from &pound;280</td></tr>
    <tr><td>Tape-ins, full head (40 tapes)</td><td>from &pound;450</td></tr>
    <tr><td>Nano rings, half head</td><td>from &pound;350</td></tr>
    <tr><td>Nano rings, full head</td><td>from &pound;550</td></tr>
    <tr><td>Hand-tied wefts</td><td>from &pound;420</td></tr>
    <tr><td>Tape-in move-up (maintenance)</td><td>&pound;95</td></tr>
    <tr><td>Nano ring refit (maintenance)</td><td>&pound;110</td></tr>
    <tr><td>Removal of extensions fitted by us</td><td>&pound;45</td></tr>
    <tr><td>Removal of extensions fitted elsewhere</td><td>&pound;60</td></tr>
  </tbody>
</table>
<p>Both removal prices include a reconditioning treatment and blow-dry. We're happy to take out extensions fitted
  by another salon, but we can't refit hair that wasn't supplied by us. Fittings over &pound;250 can be split into
  three interest-free payments with Klarna.</p>

<h2>Extensions aftercare</h2>
<ul>
  <li>Wait 48 hours after your fitting before washing your hair.</li>
  <li>Brush twice a day with a soft loop brush, starting at the ends and working up.</li>
  <li>Keep conditioner, oils and masks away from the tapes, rings or track.</li>
  <li>Always dry the roots straight after washing, and sleep with hair in a loose plait.</li>
</ul>"""),
        _block(
            """<h4>Thinking about extensions?</h4>
<p>Read about Lucy on our <a href="/team/">team page</a>, then book a consultation.</p>""",
            extra=" sidebar-widget",
        ),
        _button("Book a consultation", "/booking/", align="left"),
    ),
]

_BRIDAL = [
    _section(
        _block("""<h1>Bridal &amp; Occasion Hair</h1>
<p class="sqsrte-large">Calm, happy wedding mornings and hair that lasts all the way to the last dance.</p>"""),
        theme="black",
    ),
    _section(
        _block("""<h2>Your bridal trial</h2>
<p>Every bride has a trial with us. It's where we try out your ideas, test how your hair holds a style and agree
  every detail, so the morning itself is relaxed. Trials take place in the salon, last around 90 minutes to two
  hours, and are best booked six to ten weeks before the wedding. Bring photos of your dress, any veil or hair
  accessories, and a few inspiration pictures. A bridal trial costs &pound;85.</p>

<h2>On the day</h2>
<table class="sqs-table">
  <thead><tr><th>Who</th><th>Price</th></tr></thead>
  <tbody>
    <tr><td>Bride</td><td>&pound;165</td></tr>
    <tr><td>Bridesmaid</td><td>&pound;70</td></tr>
    <tr><td>Mother of the bride or groom</td><td>&pound;65</td></tr>
    <tr><td>Flower girl (under 12)</td><td>&pound;35</td></tr>
  </tbody>
</table>
<p>Our bridal team is led by Lucy Marsh. You can get ready here in the salon, or we can come to you.</p>

<h2>Coming to your venue</h2>
<p>We travel to homes, hotels and venues within 25 miles of Harrogate, which takes in Ripon, Knaresborough,
  Wetherby, York and north Leeds. Travel is free within five miles of the salon and 50p per mile (each way) beyond
  that. We need a minimum of three people having their hair done for an on-location booking, and parties of five or
  more are looked after by two stylists so nobody is rushed. Starts before 7am carry an early start fee of &pound;30
  per stylist.</p>

<h2>Securing your date</h2>
<p>We only take two weddings on any one day, and Saturdays from May to September book up a year or more ahead. A
  non-refundable booking fee of &pound;100 secures your date and comes off your final bill. The balance is due
  14 days before the wedding.</p>

<h2>Occasion hair &amp; proms</h2>
<p>Up-dos, half-up styles, braids and Hollywood waves for weddings you're a guest at, balls, races and proms. An
  occasion style takes about an hour in the salon and costs &pound;55 with a senior stylist or &pound;65 with a
  director. Prom season (May to July) is busy, so book early; groups of four or more friends can ask for a private
  Friday evening slot.</p>"""),
        _quotes(
            (
                "Lucy and Ellie were the calmest people in the room on the morning. My hair stayed put through rain,"
                " confetti and a ceilidh!",
                "Charlotte B., bride 2024",
            ),
        ),
        _button("Enquire about your wedding", "/visit-us/"),
    ),
]

_PRICES = [
    _section(
        _block("""<h1>Price List</h1>
<p class="sqsrte-large">Clear prices, no surprises.</p>"""),
        theme="black",
    ),
    _sidebar(
        _block("""<h2>Why are there three prices?</h2>
<p>Our prices depend on the level of the stylist you book, not on a different standard of care. Everyone at
  Ivy &amp; Oak trains to the same standards, follows the same consultation and uses the same products.</p>
<ul>
  <li><strong>Junior Stylist</strong> &ndash; fully qualified and trained through our in-house academy, with up to two
    years on the salon floor. Juniors sometimes allow a little extra time and are checked over by a director, which
    makes them a brilliant choice for regular cuts, blow-dries and root tints.</li>
  <li><strong>Senior Stylist</strong> &ndash; five or more years' experience with advanced training in a specialism
    such as blonding, barbering, bridal or extensions.</li>
  <li><strong>Director</strong> &ndash; twelve years or more, educators for the rest of the team, and the people to
    see for complex restyles and colour. Their higher price reflects experience and demand for their time.</li>
</ul>

<h2>Cuts &amp; styling</h2>
<table class="sqs-table">
  <thead><tr><th>Service</th><th>Junior</th><th>Senior</th><th>Director</th></tr></thead>
  <tbody>
    <tr><td>Women's cut &amp; finish</td><td>&pound;38</td><td>&pound;52</td><td>&pound;64</td></tr>
    <tr><td>Restyle</td><td>&pound;45</td><td>&pound;60</td><td>&pound;72</td></tr>
    <tr><td>Wash &amp; blow-dry</td><td>&pound;26</td><td>&pound;32</td><td>&pound;38</td></tr>
    <tr><td>Add curls or straightening</td><td>&pound;8</td><td>&pound;8</td><td>&pound;8</td></tr>
    <tr><td>Men's cut</td><td>&pound;22</td><td>&pound;28</td><td>&pound;34</td></tr>
    <tr><td>Men's skin fade</td><td>&pound;25</td><td>&pound;31</td><td>&pound;36</td></tr>
    <tr><td>Beard shape &amp; hot towel</td><td>&pound;14</td><td>&pound;16</td><td>&pound;18</td></tr>
  </tbody>
</table>

<h3>Children (any stylist)</h3>
<table class="sqs-table">
  <tbody>
    <tr><td>Under 5</td><td>&pound;14</td></tr>
    <tr><td>5 to 11</td><td>&pound;18</td></tr>
    <tr><td>12 to 15</td><td>&pound;24</td></tr>
  </tbody>
</table>

<h2>Colour</h2>
<table class="sqs-table">
  <thead><tr><th>Service</th><th>Junior</th><th>Senior</th><th>Director</th></tr></thead>
  <tbody>
    <tr><td>Root tint</td><td>&pound;55</td><td>&pound;62</td><td>&pound;70</td></tr>
    <tr><td>Full head tint</td><td>&pound;68</td><td>&pound;78</td><td>&pound;90</td></tr>
    <tr><td>Temple &amp; hairline touch-up</td><td>&pound;30</td><td>&pound;34</td><td>&pound;38</td></tr>
    <tr><td>Grey blending</td><td>&pound;60</td><td>&pound;70</td><td>&pound;82</td></tr>
    <tr><td>T-section highlights</td><td>&pound;58</td><td>&pound;66</td><td>&pound;76</td></tr>
    <tr><td>Half head highlights</td><td>&pound;78</td><td>&pound;90</td><td>&pound;104</td></tr>
    <tr><td>Full head highlights</td><td>&pound;98</td><td>&pound;112</td><td>&pound;128</td></tr>
    <tr><td>Balayage</td><td>from &pound;115</td><td>from &pound;135</td><td>from &pound;155</td></tr>
    <tr><td>Toner or gloss (with another service)</td><td>&pound;20</td><td>&pound;24</td><td>&pound;28</td></tr>
    <tr><td>Gloss on its own, with blow-dry</td><td>&pound;42</td><td>&pound;48</td><td>&pound;55</td></tr>
    <tr><td>Fashion colour</td><td>from &pound;45</td><td>from &pound;55</td><td>from &pound;65</td></tr>
  </tbody>
</table>
<p>Colour prices don't include a cut and finish. Long or very thick hair may carry a supplement of &pound;10 to
  &pound;20, which we'll always confirm before we start.</p>

<h2>Treatments</h2>
<table class="sqs-table">
  <tbody>
    <tr><td>Olaplex bond-building add-on</td><td>&pound;20</td></tr>
    <tr><td>K18 repair treatment</td><td>&pound;25</td></tr>
    <tr><td>Scalp detox</td><td>&pound;18</td></tr>
  </tbody>
</table>
<p>Keratin smoothing, colour correction, extensions and bridal hair are priced on their own pages.</p>"""),
        _block(
            """<h4>Not sure what to book?</h4>
<p>Our <a href="/new-clients/">new client page</a> explains how to get started.</p>
<h4>Treat someone</h4>
<p><a href="/gift-vouchers/">Gift vouchers</a> for any amount.</p>""",
            extra=" sidebar-widget",
        ),
        _button("Book online", "/booking/", align="left"),
    ),
]

_BOOKING = [
    _section(
        _block("""<h1>Booking &amp; Salon Policies</h1>
<p class="sqsrte-large">Book online any time, day or night.</p>"""),
        theme="black",
    ),
    _sidebar(
        _block("""<h2>How to book</h2>
<p>The easiest way is our online booking system (powered by Phorest), where you can see live availability, pick
  your stylist and get a confirmation straight away. You'll get a text reminder two days before your appointment.
  Prefer a person? Call reception or send us a DM on Instagram or WhatsApp; we reply during opening hours.</p>
<p><a class="sqs-block-button-element" href="https://www.phorest.com/book/salons/ivyandoakhair" target="_blank">
  Open online booking</a></p>

<h2>Deposits</h2>
<ul>
  <li>New clients pay a &pound;20 deposit when booking.</li>
  <li>Any appointment worth &pound;100 or more, such as balayage or full head highlights, needs a 25% deposit.</li>
  <li>Deposits are taken off your bill on the day. For other bookings we securely store card details.</li>
</ul>

<h2>Paying</h2>
<p>We accept Visa, Mastercard, Maestro, Apple Pay, Google Pay and cash. We don't accept American Express or
  cheques. Gift vouchers can be used towards any service.</p>

<h2>Changing or cancelling</h2>
<p>We need at least <strong>48 hours' notice</strong> to change or cancel, using the link in your confirmation or by
  phone.</p>
<ul>
  <li>More than 48 hours' notice: your deposit moves to your new booking or is refunded in full.</li>
  <li>Less than 48 hours' notice: the deposit is kept. If you didn't pay a deposit, we charge 50% of the service.</li>
  <li>No-shows are charged the full price of the service. After two no-shows, we'll ask for full payment upfront for
    future bookings.</li>
</ul>
<p>We know emergencies happen &ndash; please just talk to us.</p>

<h2>Running late?</h2>
<p>Please ring us as soon as you know. If you're up to 10 minutes late we'll do our very best to give you the full
  service. If you're more than 15 minutes late we may have to shorten the service, for example a rough-dry
  instead of a blow-dry, so the next client isn't kept waiting. Colour appointments more than 15 minutes late
  usually have to be moved, because colour needs its full processing time, and a moved appointment is treated as
  a late cancellation.</p>

<h2>Not happy?</h2>
<p>Tell us within seven days and we'll put it right free of charge. We can't adjust work after seven days, or if
  your hair has been coloured or cut elsewhere in the meantime.</p>"""),
        _block(
            """<h4>First time with us?</h4>
<p>Read our <a href="/new-clients/">new client guide</a>.</p>
<h4>Colour booking?</h4>
<p>Don't forget your <a href="/patch-test/">skin test</a>.</p>""",
            extra=" sidebar-widget",
        ),
    ),
]

_NEW_CLIENTS = [
    _section(
        _block("""<h1>New Clients</h1>
<p class="sqsrte-large">Welcome! Here's everything you need to know before your first visit.</p>"""),
        theme="black",
    ),
    _section(
        _block("""<h2>Free consultations</h2>
<p>Not sure what you want? Thinking about a big change? Or just want to meet us first? Book a <strong>free,
  no-obligation consultation</strong>. It's 15 to 20 minutes with a stylist, either in the salon or over a
  WhatsApp video call, and there's no pressure to book anything afterwards. We'll look at your hair, talk about what
  you like and what you don't, and give you honest advice on what's achievable, how long it will take and what it
  will cost. Choose "Consultation" in our online booking, or ask reception.</p>

<h2>What to bring</h2>
<ul>
  <li>Photos of hair you love, and just as usefully, hair you don't.</li>
  <li>An honest history of anything that's been on your hair in the last two years, including box dye and henna.</li>
  <li>Any scalp conditions or sensitivities we should know about.</li>
</ul>

<h2>Your first visit</h2>
<p>Please arrive about ten minutes early so we can fill in your client card with you over a cup of tea or coffee.
  Your stylist will then talk everything through before a single hair is touched. If anything changes on the day,
  we'll always explain the price before we start.</p>

<h2>New client offer</h2>
<p>Enjoy 20% off your first visit with any of our junior stylists. Not valid on colour correction, extensions or
  bridal hair, and can't be combined with other offers.</p>

<h2>Booking colour?</h2>
<p>You'll need a <a href="/patch-test/">skin allergy test</a> before your first colour appointment, and a deposit
  is taken when you book &ndash; see <a href="/booking/">booking &amp; policies</a>. Wondering which stylist is right
  for you? Meet <a href="/team/">the team</a> or see how our <a href="/prices/">stylist levels</a> work.</p>"""),
        _button("Book a free consultation", "/booking/"),
        _quotes(
            (
                "I was so nervous about trying somewhere new but the consultation put me completely at ease.",
                "Amira H., Google",
            ),
        ),
    ),
]

_PRODUCTS = [
    _section(
        _block("""<h1>Products We Love</h1>
<p class="sqsrte-large">What we use in the salon, and what we recommend for home.</p>"""),
        theme="black",
    ),
    _section(
        _block("""<h2>In the salon</h2>
<p>Our colour is by <strong>Wella Professionals</strong>: Koleston Perfect for permanent colour and grey coverage,
  Illumina for light-reflective shine, Shinefinity for glosses and Blondor for lightening. For clients who prefer
  an ammonia-free option, we use Color Touch demi-permanent colour. Every lightening service includes a
  bond-builder, and we use Olaplex and K18 for in-salon repair treatments.</p>

<h2>To take home</h2>
<p>We keep a carefully chosen retail range at reception:</p>
<ul>
  <li><strong>Davines</strong> &ndash; our main care range. Most of their shampoos are sulphate-free, and the brand
    is a certified B Corp.</li>
  <li><strong>Kevin Murphy</strong> &ndash; styling products, texture sprays and cult favourites like Angel.Wash.</li>
  <li><strong>Olaplex</strong> No.3 to No.8 and the <strong>K18</strong> leave-in mask for damaged hair.</li>
</ul>

<h2>Tools</h2>
<p>We're an authorised <strong>ghd</strong> stockist, selling the Platinum+ and Gold stylers, the Helios hairdryer
  and the Duet Style, plus Tangle Teezer detangling brushes and Mason Pearson brushes. Ask us for a demo before you
  buy.</p>

<h2>Click &amp; collect</h2>
<p>Running low? Message us on Instagram or WhatsApp, or call reception, and we'll put your products aside for
  three days to collect. Clients get 10% off retail on the day of their appointment.</p>

<h2>Recycling</h2>
<p>Bring back your empty Davines and Kevin Murphy bottles and we'll make sure they're recycled. We're members of
  the Green Salon Collective, so our foils, colour tubes and even hair clippings are recycled or reused rather than
  sent to landfill.</p>"""),
        _button("Visit us to shop", "/visit-us/"),
    ),
]

_AFTERCARE = [
    _section(
        _block("""<h1>Aftercare Advice</h1>
<p class="sqsrte-large">Keep your hair looking salon-fresh for longer.</p>"""),
        theme="black",
    ),
    _sidebar(
        _block("""<h2>After a colour</h2>
<ul>
  <li>Wait 48 hours before your first wash so the colour can settle.</li>
  <li>Wash in lukewarm or cool water; hot water opens the cuticle and lets colour escape.</li>
  <li>Use a sulphate-free, colour-safe shampoo and try to wash two or three times a week rather than every day.</li>
</ul>

<h2>Blondes, highlights &amp; balayage</h2>
<p>All lightened hair has natural warmth underneath. The toner we apply in the salon fades gradually over four to
  six weeks, so a little yellow, orange or brassy tone creeping back is completely normal. To keep it in check at
  home:</p>
<ul>
  <li>Use a purple (or silver) shampoo once a week. Leave it on for two to three minutes &ndash; much longer and
    very pale blondes can pick up a lilac tint.</li>
  <li>Brunettes who see orange tones should use a blue shampoo instead.</li>
  <li>Protect against sun, which yellows blonde fast: use a UV spray or wear a hat.</li>
  <li>If it's still too warm, book a gloss between appointments to reset the tone.</li>
</ul>

<h2>Swimming</h2>
<p>Chlorine and salt water dry hair out and can turn blonde hair green. Before you swim, wet your hair with tap
  water and comb through some conditioner, so it can't soak up as much pool water. Rinse straight after, and wear a
  swimming cap if you can.</p>

<h2>Heat styling</h2>
<p>Always use a heat protection spray. If your hair is lightened, keep straighteners and tongs at 185&deg;C or
  below.</p>

<h2>Between appointments</h2>
<p>Short and shaped styles look best trimmed every six to eight weeks. If you're growing your hair, a trim every ten
  to twelve weeks keeps split ends away without losing length. A silk pillowcase and a soft scrunchie overnight
  help reduce breakage and frizz.</p>"""),
        _block(
            """<h4>More care guides</h4>
<p><a href="/keratin-smoothing/">Keratin smoothing aftercare</a><br>
<a href="/extensions/">Extensions aftercare</a></p>
<h4>Shop the products</h4>
<p><a href="/products/">What we stock</a></p>""",
            extra=" sidebar-widget",
        ),
    ),
]

_VOUCHERS = [
    _section(
        _block("""<h1>Gift Vouchers</h1>
<p class="sqsrte-large">The gift of great hair.</p>"""),
        theme="black",
    ),
    _section(
        _block("""<h2>Buy online</h2>
<p>E-vouchers can be bought online at any time and are emailed straight away, either to you or directly to the
  lucky recipient. You can also schedule it to arrive on a particular day, such as a birthday morning. Choose any
  amount from &pound;20 to &pound;500, or a voucher for a specific service, such as a wash and blow-dry with a senior
  stylist or a bridal trial.</p>

<h2>Buy in the salon</h2>
<p>Prefer something to wrap? Pop in and we'll print your voucher on card and present it in one of our gift boxes
  with ribbon, free of charge.</p>

<h2>Using your voucher</h2>
<ul>
  <li>Vouchers can be used towards any service or product.</li>
  <li>Enter the voucher code when you book online, or mention it when you call. It can also cover your deposit.</li>
  <li>If you don't use the full amount, the balance stays on the voucher for next time.</li>
  <li>Vouchers can't be exchanged for cash.</li>
</ul>

<h2>Expiry</h2>
<p>All vouchers are valid for <strong>12 months from the date of purchase</strong>, and the expiry date is printed on
  every voucher. Unfortunately we can't accept or extend vouchers once they've expired.</p>

<h2>Lost it?</h2>
<p>E-vouchers can be re-sent to the original email address. Paper vouchers can only be replaced if the buyer can
  give us the purchase details.</p>"""),
        _button("Buy a voucher", "https://www.phorest.com/gift-cards/ivyandoakhair"),
    ),
]

_TEAM = [
    _section(
        _block("""<h1>Meet the Team</h1>
<p class="sqsrte-large">Eight people who love what they do.</p>"""),
        theme="black",
    ),
    _section(
        _block("""<h3>Hannah Whitaker &ndash; Founder &amp; Colour Director</h3>
<p><em>Director</em></p>
<p>Hannah has been colouring hair for twenty years and opened Ivy &amp; Oak in 2014. She's a Wella Master Colour
  Expert, looks after our trickiest colour corrections and trains the whole team in colour. Outside the salon
  you'll find her walking her two spaniels on the Stray. Works Tuesday to Friday.</p>"""),
        _block("""<h3>Marcus Reid &ndash; Cutting Director</h3>
<p><em>Director</em></p>
<p>Marcus trained in London and is our curl specialist. He cuts wavy, curly and coily hair (2A to 4C) dry, curl by
  curl, so he can see exactly how each curl sits and springs, and he never uses thinning scissors on curls. If
  you've had bad experiences with curly hair in the past, Marcus is the person to book; ask for a restyle
  appointment for your first visit so he has time to get to know your curls. Works Wednesday to Saturday.</p>"""),
        _block("""<h3>Priya Chauhan &ndash; Senior Stylist</h3>
<p><em>Senior</em></p>
<p>Priya is our blonde and balayage specialist and works alongside Hannah on colour corrections. She loves a lived-in
  blonde and a glossy brunette equally.</p>"""),
        _block("""<h3>Tom Ellison &ndash; Senior Stylist &amp; Barber</h3>
<p><em>Senior</em></p>
<p>Tom looks after most of our men's clients: sharp fades, beard work and classic scissor cuts. He's the early bird
  on Saturdays.</p>"""),
        _block("""<h3>Lucy Marsh &ndash; Senior Stylist</h3>
<p><em>Senior</em></p>
<p>Lucy leads our bridal team and is our extensions specialist. She has done hair for over 300 weddings across
  Yorkshire.</p>"""),
        _block("""<h3>Ellie Brook &ndash; Junior Stylist</h3>
<p><em>Junior</em></p>
<p>Ellie qualified through our academy in 2023. She gives a cracking blow-dry, assists Lucy at weddings and loves
  teaching clients how to recreate their style at home.</p>"""),
        _block("""<h3>Jade Foster &ndash; Apprentice</h3>
<p>Jade is in the second year of her apprenticeship. She'll probably be the one washing your hair and making your
  coffee.</p>"""),
        _block("""<h3>Karen Dobson &ndash; Salon Manager</h3>
<p>Karen runs reception, the diary and our bridal enquiries. If you call us, it's probably Karen you'll speak
  to.</p>"""),
        theme="light",
        cols=True,
    ),
    _section(_button("Book with your favourite", "/booking/")),
]

_CAREERS = [
    _section(
        _block("""<h1>Careers &amp; Apprenticeships</h1>
<p class="sqsrte-large">Grow with us.</p>"""),
        theme="black",
    ),
    _sidebar(
        _block("""<h2>Working at Ivy &amp; Oak</h2>
<p>We're a small, kind team who take education seriously. Everyone gets a monthly in-salon training evening, paid
  time off for external courses, a product allowance, your birthday off and a say in how the salon runs. Four-day
  weeks are available for stylists.</p>

<h2>Current vacancies</h2>
<ul>
  <li><strong>Senior Stylist</strong> (full or part time) &ndash; &pound;28,000 to &pound;34,000 plus commission on
    services and retail. At least five years' experience and a loyal following preferred.</li>
  <li><strong>Saturday Receptionist</strong> &ndash; 8am to 5pm, ideal for a sixth-former.</li>
</ul>

<h2>Apprenticeships</h2>
<p>We take on one or two apprentices every September. Our apprentices work towards the Level 2 Hairdressing
  Professional apprenticeship with Harrogate College: four days a week in the salon and one day at college, over
  about eighteen months. You need to be 16 or over by the start date. No experience is necessary &ndash; we're looking
  for enthusiasm, reliability and people skills. GCSE English and maths at grade 4 help, but aren't essential, as the
  college can support you to achieve them alongside your apprenticeship.</p>
<p>We pay above the national apprenticeship minimum wage, and once you qualify you can progress to junior stylist
  through our academy.</p>
<p><strong>How to apply:</strong> email your CV and a few lines about why you want to be a hairdresser to
  <a href="mailto:careers@ivyandoakhair.co.uk">careers@ivyandoakhair.co.uk</a> by the end of May for a September
  start. Shortlisted applicants are invited for a paid trial day.</p>

<h2>Training models wanted</h2>
<p>Our apprentices need models on Wednesday evenings from 6pm to 8pm. Cuts are &pound;10, blow-dries are free and
  colour is &pound;20 (a skin test is needed first). Everything is supervised by a director. Appointments take a
  little longer, so please be patient! Email the careers address to register as a model.</p>"""),
        _block(
            """<h4>Meet the people</h4>
<p>See who you'd be working with on our <a href="/team/">team page</a>.</p>""",
            extra=" sidebar-widget",
        ),
        _newsletter(),
    ),
]

_FAQ = [
    _section(
        _block("""<h1>Frequently Asked Questions</h1>
<p class="sqsrte-large">Can't find your answer? Give us a ring or send us a message.</p>"""),
        theme="black",
    ),
    _section(
        _accordion(
            [
                (
                    "Can I bring my children with me to my appointment?",
                    "<p>A baby in a pram is welcome for a short appointment, like a cut. For colour appointments, or"
                    " anything longer than an hour, please arrange childcare: we can't have little ones near colour,"
                    " lightener and hot tools, and it's hard to relax with one eye on them. Older children who aren't"
                    " having their own hair done should stay at home, please.</p>",
                ),
                (
                    "Do you take walk-ins?",
                    "<p>We're appointment-led, but if you ring on the day we'll always try to fit you in around"
                    " booked clients.</p>",
                ),
                (
                    "How long will my appointment take?",
                    "<p>Roughly: a cut and finish is an hour, a root tint with blow-dry around two hours, full head"
                    " highlights two and a half hours, and balayage three to four hours. Your confirmation email"
                    " shows the exact time booked.</p>",
                ),
                (
                    "Do you do perms or relaxers?",
                    "<p>No, we don't offer perms or chemical relaxers. For extra body, ask about a root-lift"
                    " blow-dry.</p>",
                ),
                (
                    "Can I bring my own hair dye for you to put on?",
                    "<p>Sorry, no. We can only use our own professional products, which we know and are insured"
                    " for.</p>",
                ),
                (
                    "Can I have my hair coloured while I'm pregnant?",
                    "<p>Lots of our clients carry on colouring during pregnancy. Some prefer to wait until after the"
                    " first trimester or switch to highlights, which don't touch the scalp. If you're unsure, check"
                    " with your midwife or GP.</p>",
                ),
                (
                    "Is there Wi-Fi, and will I get a drink?",
                    "<p>Yes to both. Free Wi-Fi, plus tea, coffee, hot chocolate and herbal teas. On Friday afternoons"
                    " there might even be a glass of fizz.</p>",
                ),
                (
                    "What happens if you find head lice?",
                    "<p>We'll have to stop the appointment, for the sake of our other clients, and rebook you once"
                    " the lice have been treated. There's no charge for the stopped appointment.</p>",
                ),
                (
                    "Can I just have a dry cut, without a wash?",
                    "<p>For men's and children's cuts, yes. Women's cuts include a wash and finish, but you're"
                    " welcome to a quick rough-dry rather than a full blow-dry.</p>",
                ),
            ]
        ),
        _button("Still stuck? Contact us", "/visit-us/"),
    ),
]

_VISIT = [
    _section(
        _block("""<h1>Find Us</h1>
<p class="sqsrte-large">22 Cheltenham Parade, Harrogate HG1 1DB</p>"""),
        theme="black",
    ),
    _sidebar(
        _block("""<h2>Opening hours</h2>
<table class="sqs-table">
  <tbody>
    <tr><td>Monday</td><td>Closed</td></tr>
    <tr><td>Tuesday</td><td>9am &ndash; 6pm</td></tr>
    <tr><td>Wednesday</td><td>9am &ndash; 8pm</td></tr>
    <tr><td>Thursday</td><td>9am &ndash; 8pm</td></tr>
    <tr><td>Friday</td><td>9am &ndash; 6pm</td></tr>
    <tr><td>Saturday</td><td>8.30am &ndash; 4.30pm</td></tr>
    <tr><td>Sunday</td><td>Closed</td></tr>
  </tbody>
</table>

<h2>Getting here</h2>
<p>We're on Cheltenham Parade, a short walk from the shops on Parliament Street.</p>
<p><strong>By train or bus:</strong> Harrogate railway station and the bus station are both about five minutes away
  on foot. The 36 bus from Leeds and Ripon stops on Station Parade.</p>
<p><strong>Parking:</strong> the most convenient option is the Victoria multi-storey car park on Station Parade,
  four minutes' walk away. It's open 24 hours and you can pay by app, so it's the best choice for longer
  appointments such as colour. There is on-street pay and display on Cheltenham Parade itself, but it's limited to
  one hour. Blue Badge holders can use the two disabled bays just around the corner on Cheltenham Mount.</p>

<h2>Accessibility</h2>
<p>The salon is all on the ground floor, with a level, step-free entrance and a wide door. Our accessible toilet has
  grab rails and an emergency cord.</p>
<ul>
  <li><strong>Wheelchair users</strong> can stay in their own chair: one of our styling stations has a removable
    seat. Our backwash basins aren't at a height that works from a wheelchair, so we'll wash your hair at the styling
    station with a portable forward-wash basin instead, or we can do a dry cut.</li>
  <li>Assistance dogs are very welcome.</li>
  <li>We have a portable hearing loop at reception.</li>
  <li><strong>Quiet appointments</strong> run on Tuesday mornings from 9am to 11am, with the music off, lights
    dimmed and no hairdryers running nearby. They're ideal for autistic clients, anyone with sensory sensitivities
    or anxious children. Just ask when you book.</li>
</ul>
<p>If there's anything else that would make your visit easier, tell us and we'll do what we can.</p>

<h2>Get in touch</h2>
<p>Phone <a href="tel:01632960418">01632 960418</a>, WhatsApp <a href="https://wa.me/447700900418">07700 900418</a>,
  email <a href="mailto:hello@ivyandoakhair.co.uk">hello@ivyandoakhair.co.uk</a> or DM us on Instagram.</p>"""),
        _block(
            """<h4>Map</h4>
<div class="sqs-block map-block sqs-block-map" data-block-type="4">
  <div class="sqs-block-content"><div class="page-map" data-lat="53.9934" data-lng="-1.5390"
       data-zoom="16"><img src="/static/images/map-placeholder.png" alt="Map showing 22 Cheltenham Parade"></div></div>
</div>""",
            extra=" sidebar-widget",
        ),
        _block(
            """<h4>Send us a message</h4>
<form class="sqs-form react-form-contents" action="#" method="POST" onsubmit="return false;">
  <div class="form-item field text required"><label for="cf-name">Name</label><input id="cf-name" type="text"></div>
  <div class="form-item field email required"><label for="cf-email">Email</label>
    <input id="cf-email" type="email"></div>
  <div class="form-item field textarea"><label for="cf-msg">Message</label><textarea id="cf-msg"></textarea></div>
  <button class="sqs-button-element--primary" type="submit">Send</button>
</form>""",
            extra=" sidebar-widget",
        ),
    ),
]

_PAGES = [
    ("/", "Home", "Independent hair salon in Harrogate: cuts, colour, bridal hair and extensions.", _HOME),
    (
        "/services/",
        "Cuts &amp; Styling",
        "Women's, men's and children's haircuts and blow-dries in Harrogate.",
        _SERVICES,
    ),
    ("/colour/", "Colour", "Balayage, highlights, tints, glosses and grey blending in Harrogate.", _COLOUR),
    ("/colour-correction/", "Colour Correction", "Box dye removal and colour correction in Harrogate.", _CORRECTION),
    ("/patch-test/", "Skin Allergy Test", "Why we need a skin test 48 hours before colour, and how it works.", _PATCH),
    ("/keratin-smoothing/", "Keratin Smoothing", "Formaldehyde-free keratin smoothing in Harrogate.", _KERATIN),
    ("/extensions/", "Hair Extensions", "Tape-in, nano ring and weft hair extensions in Harrogate.", _EXTENSIONS),
    ("/bridal/", "Bridal &amp; Occasion", "Bridal, wedding party and prom hair in Harrogate and beyond.", _BRIDAL),
    ("/prices/", "Price List", "Prices for cuts, colour and treatments by stylist level.", _PRICES),
    ("/booking/", "Booking &amp; Policies", "Book online, deposits, cancellations and late arrivals.", _BOOKING),
    ("/new-clients/", "New Clients", "Free consultations and what to expect on your first visit.", _NEW_CLIENTS),
    ("/products/", "Products We Love", "The colour we use and the haircare and tools we sell.", _PRODUCTS),
    ("/aftercare/", "Aftercare Advice", "How to look after coloured, blonde and styled hair at home.", _AFTERCARE),
    ("/gift-vouchers/", "Gift Vouchers", "Hair salon gift vouchers, online or in a gift box.", _VOUCHERS),
    ("/team/", "Meet the Team", "Meet the stylists at Ivy & Oak Hair Studio, Harrogate.", _TEAM),
    ("/careers/", "Careers &amp; Apprenticeships", "Jobs and hairdressing apprenticeships in Harrogate.", _CAREERS),
    ("/faq/", "FAQ", "Answers to the questions we're asked most often.", _FAQ),
    ("/visit-us/", "Find Us", "Address, opening hours, parking and accessibility.", _VISIT),
]

HTML = {path: _page(path, title, description, sections) for path, title, description, sections in _PAGES}

QUESTIONS = [
    (
        "my daughter is 2 and a half and has never had her hair cut, she won't sit still for anything. "
        "do you do first haircuts for toddlers?",
        "/services/",
    ),
    (
        "Had a cut with you 3 weeks ago and my fringe is already in my eyes, do I have to book a whole appointment "
        "just to get it trimmed",
        "/services/",
    ),
    ("How much for a mens cut with a senior stylist?", "/prices/"),
    ("why is the director so much dearer than the junior? is the junior any good", "/prices/"),
    (
        "I'm 52 and the greys round my face are driving me mad but I don't want to be dyeing my whole head every "
        "month, what are my options?",
        "/colour/",
    ),
    ("my 14 yr old is begging for pink hair for the summer hols, would you do it for her?", "/colour/"),
    (
        "Dyed my hair black from a box in lockdown and now I want to go back to blonde lol. Is that even doable "
        "and how many goes would it take?",
        "/colour-correction/",
    ),
    (
        "Ive been getting my hair coloured for 15 years at my old salon and never reacted, do I honestly still need "
        "that allergy test before you'll colour it?",
        "/patch-test/",
    ),
    ("can i just pop in on my lunch break for the skin test thing or do i need to book it", "/patch-test/"),
    (
        "my hair goes like a frizzy birds nest whenever it's damp out, is there anything that'll tame it for a few "
        "months not just one day",
        "/keratin-smoothing/",
    ),
    (
        "just had the smoothing treatment done yesterday, when am I allowed to wash it? want to go to the gym tomorrow",
        "/keratin-smoothing/",
    ),
    (
        "I got tape ins done somewhere else and theyve gone manky, will you take them out for me and what does "
        "that cost",
        "/extensions/",
    ),
    (
        "Getting married next September at a barn venue just outside Ripon. Would someone come out to us on the "
        "morning? It's me, my 3 bridesmaids and my mum",
        "/bridal/",
    ),
    ("how much for an updo for my daughters year 11 prom?", "/bridal/"),
    (
        "Something's come up and I need to cancel my appointment tomorrow afternoon, will I lose my deposit?",
        "/booking/",
    ),
    (
        "stuck on the A61 behind a tractor, gonna be about 20 min late for my 2pm colour, will you still be able "
        "to do me?",
        "/booking/",
    ),
    (
        "Never been to you before and honestly no idea what I want doing with my hair, can I come in and chat it "
        "through before booking anything?",
        "/new-clients/",
    ),
    ("do you sell ghd straighteners in the salon", "/products/"),
    (
        "my balayage is only 5 weeks old and its already going a bit orange/brassy, anything i can do at home?",
        "/aftercare/",
    ),
    (
        "Found a gift voucher for you lot in a drawer, I think it was bought about two years ago. Can I still use it?",
        "/gift-vouchers/",
    ),
    (
        "who's best with curly hair? mine is really thick 3c curls and every hairdresser I go to thins it out "
        "and ruins it",
        "/team/",
    ),
    (
        "My son is 16 and leaving school this summer, he wants to get into hairdressing. Do you take on apprentices?",
        "/careers/",
    ),
    ("can I bring my 8 month old with me while I get my roots done? she's usually good in her pram", "/faq/"),
    (
        "Where's the best place to park near you? coming in for highlights so I'll be a few hours",
        "/visit-us/",
    ),
    ("I'm a wheelchair user - can I get into the salon ok and is there a way to have my hair washed?", "/visit-us/"),
]

OUT_OF_SCOPE = [
    "do u do lash lifts or brow tints as well",
    "Any student discount? I'm at uni in Leeds",
    "Is there anyone there who speaks Polish? my mum's English isn't great and she wants a cut",
    "Do you make wigs or hair pieces for someone going through chemo?",
    "I bought a conditioner from you last week and it's still unopened, can I get my money back?",
    "Are you open on Boxing Day?",
    "Can you recommend somewhere nice for lunch near you?",
    "what's the weather meant to be like in Harrogate this Saturday",
]
