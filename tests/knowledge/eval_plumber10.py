"""An evaluation site: Marches Heating & Plumbing, a one-van heating engineer and plumber in rural Herefordshire (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML is a Nicepage builder export
(u-section-N / u-sheet / u-layout-wrap / u-layout-cell / u-text / u-btn classes, a u-accordion FAQ).
"""

NAME = "Marches Heating & Plumbing"

_MENU = [
    ("Home", "/", []),
    (
        "Heating",
        "/boiler-breakdowns/",
        [
            ("Boiler Breakdowns &amp; Repairs", "/boiler-breakdowns/"),
            ("Annual Boiler Servicing", "/boiler-servicing/"),
            ("Marches Cover Service Plans", "/service-plans/"),
            ("New Boilers &amp; Free Quotes", "/new-boilers/"),
            ("Oil &amp; LPG Boilers", "/oil-and-lpg/"),
            ("Heat Pump Servicing", "/heat-pumps/"),
            ("Radiators &amp; Thermostats", "/radiators-and-controls/"),
        ],
    ),
    (
        "Hot Water &amp; Plumbing",
        "/hot-water-cylinders/",
        [
            ("Cylinders &amp; Immersion Heaters", "/hot-water-cylinders/"),
            ("Frozen Pipes &amp; Outside Taps", "/frozen-pipes-and-outside-taps/"),
            ("Small Plumbing Jobs", "/small-plumbing-jobs/"),
        ],
    ),
    ("Landlords", "/landlords/", []),
    (
        "Prices",
        "/prices/",
        [
            ("Prices &amp; Callout Charges", "/prices/"),
            ("Paying &amp; Guarantees", "/payments-and-guarantees/"),
        ],
    ),
    (
        "About",
        "/about/",
        [
            ("About Rhys", "/about/"),
            ("Areas I Cover", "/areas-covered/"),
            ("Availability &amp; Booking", "/availability-and-booking/"),
            ("FAQs", "/faq/"),
        ],
    ),
]


def _nav(list_cls, link_cls, popup_cls):
    """The Nicepage menu list, as the builder writes it for the desktop bar and for the off-canvas side menu."""
    items = []
    for label, href, children in _MENU:
        if not children:
            items.append(
                f'<li class="u-nav-item"><a class="{link_cls}" href="{href}" style="padding: 10px 16px;">'
                f"{label}</a>\n</li>"
            )
            continue
        sub = "".join(
            f'<li class="u-nav-item"><a class="u-button-style u-nav-link u-white" href="{h}">{t}</a>\n</li>'
            for t, h in children
        )
        items.append(
            f'<li class="u-nav-item"><a class="{link_cls}" href="{href}" style="padding: 10px 16px;">{label}</a>'
            f'<div class="u-nav-popup"><ul class="u-h-spacing-20 u-nav u-unstyled u-v-spacing-10 {popup_cls}">'
            f"{sub}</ul>\n</div>\n</li>"
        )
    return f'<ul class="{list_cls}">' + "".join(items) + "</ul>"


_HEADER = (
    """<header class="u-clearfix u-header u-palette-1-dark-2 u-sticky u-sticky-7e21 u-header" id="sHeader"
  data-animation-name="" data-animation-duration="0" data-animation-delay="0" data-animation-direction="">
  <div class="u-clearfix u-sheet u-valign-middle-md u-valign-middle-sm u-valign-middle-xs u-sheet-1">
    <a href="/" class="u-image u-logo u-image-1" data-image-width="480" data-image-height="132"
      title="Marches Heating &amp; Plumbing">
      <img src="images/marches-logo-white.png" class="u-logo-image u-logo-image-1"
        alt="Marches Heating &amp; Plumbing">
    </a>
    <div class="u-align-right u-container-style u-group u-group-1">
      <div class="u-container-layout u-valign-middle u-container-layout-1">
        <p class="u-custom-font u-text u-text-default u-text-palette-2-light-2 u-text-1">
          <span class="u-file-icon u-icon u-icon-1"><img src="images/phone-icon.png" alt=""></span>
          <a href="tel:01544388214" class="u-active-none u-border-none u-btn u-button-link u-button-style
            u-hover-none u-none u-text-white u-btn-1">01544 388 214</a> &nbsp;|&nbsp;
          <a href="tel:07831552907" class="u-active-none u-border-none u-btn u-button-link u-button-style
            u-hover-none u-none u-text-white u-btn-2">07831 552 907</a>
        </p>
        <a href="/availability-and-booking/" class="u-border-none u-btn u-btn-round u-button-style
          u-hover-palette-2-light-1 u-palette-2-base u-radius-50 u-btn-3">Book a visit</a>
      </div>
    </div>
    <nav class="u-menu u-menu-hamburger-md u-offcanvas u-menu-1" data-responsive-from="MD">
      <div class="menu-collapse u-custom-font u-font-montserrat" style="font-size: 1rem; letter-spacing: 0px;">
        <a class="u-button-style u-custom-left-right-menu-spacing u-custom-padding-bottom
          u-custom-top-bottom-menu-spacing u-nav-link" href="#" aria-label="Open menu">
          <svg class="u-svg-link" viewBox="0 0 24 24"><use xlink:href="#menu-hamburger"></use></svg>
          <svg class="u-svg-content" version="1.1" id="menu-hamburger" viewBox="0 0 16 16" x="0px" y="0px"
            xmlns:xlink="http://www.w3.org/1999/xlink" xmlns="http://www.w3.org/2000/svg"><g><rect y="1"
            width="16" height="2"></rect><rect y="7" width="16" height="2"></rect><rect y="13" width="16"
            height="2"></rect></g></svg>
        </a>
      </div>
      <div class="u-custom-menu u-nav-container">
        """
    + _nav(
        "u-custom-font u-font-montserrat u-nav u-spacing-2 u-unstyled u-nav-1",
        "u-border-2 u-border-active-palette-2-base u-border-hover-palette-2-light-1 u-border-no-left"
        " u-border-no-right u-border-no-top u-button-style u-nav-link u-text-active-white u-text-white",
        "u-nav-2",
    )
    + """
      </div>
      <div class="u-custom-menu u-nav-container-collapse">
        <div class="u-align-center u-black u-container-style u-inner-container-layout u-opacity u-opacity-95
          u-sidenav">
          <div class="u-inner-container-layout u-sidenav-overflow">
            <div class="u-menu-close"></div>
            """
    + _nav(
        "u-align-center u-nav u-popupmenu-items u-unstyled u-nav-3",
        "u-button-style u-nav-link",
        "u-nav-4",
    )
    + """
          </div>
        </div>
        <div class="u-black u-menu-overlay u-opacity u-opacity-70"></div>
      </div>
    </nav>
  </div>
</header>"""
)

_FOOTER = """<footer class="u-align-center-sm u-align-center-xs u-clearfix u-footer u-grey-80" id="sFooter">
  <div class="u-clearfix u-sheet u-sheet-1">
    <div class="u-clearfix u-expanded-width u-gutter-30 u-layout-wrap u-layout-wrap-1">
      <div class="u-gutter-0 u-layout">
        <div class="u-layout-row">
          <div class="u-align-left u-container-style u-layout-cell u-left-cell u-size-15 u-layout-cell-1">
            <div class="u-container-layout u-valign-top u-container-layout-1">
              <h5 class="u-text u-text-palette-2-light-2 u-text-1">Marches Heating &amp; Plumbing</h5>
              <p class="u-small-text u-text u-text-variant u-text-2">Rhys Bevan<br>Brook View, East Street<br>
                Pembridge, Leominster<br>Herefordshire HR6 9HA<br>(office only &ndash; no showroom or trade
                counter)</p>
            </div>
          </div>
          <div class="u-align-left u-container-style u-layout-cell u-size-15 u-layout-cell-2">
            <div class="u-container-layout u-valign-top u-container-layout-2">
              <h5 class="u-text u-text-palette-2-light-2 u-text-3">Get in touch</h5>
              <p class="u-small-text u-text u-text-variant u-text-4">Office: <a href="tel:01544388214"
                class="u-active-none u-border-none u-btn u-button-link u-button-style u-hover-none u-none
                u-text-white u-btn-1">01544 388 214</a><br>Mobile / WhatsApp: <a href="tel:07831552907"
                class="u-active-none u-border-none u-btn u-button-link u-button-style u-hover-none u-none
                u-text-white u-btn-2">07831 552 907</a><br>
                <a href="mailto:rhys@marchesheating.co.uk" class="u-active-none u-border-none u-btn
                u-button-link u-button-style u-hover-none u-none u-text-white u-btn-3">rhys@marchesheating.co.uk</a>
              </p>
            </div>
          </div>
          <div class="u-align-left u-container-style u-layout-cell u-size-15 u-layout-cell-3">
            <div class="u-container-layout u-valign-top u-container-layout-3">
              <h5 class="u-text u-text-palette-2-light-2 u-text-5">Working hours</h5>
              <p class="u-small-text u-text u-text-variant u-text-6">Monday &ndash; Friday: 8am &ndash; 5.30pm<br>
                Saturday: mornings, booked work only<br>Sunday: closed</p>
            </div>
          </div>
          <div class="u-align-left u-container-style u-layout-cell u-right-cell u-size-15 u-layout-cell-4">
            <div class="u-container-layout u-valign-top u-container-layout-4">
              <h5 class="u-text u-text-palette-2-light-2 u-text-7">Follow</h5>
              <div class="u-social-icons u-spacing-10 u-social-icons-1">
                <a class="u-social-url" title="facebook" target="_blank"
                  href="https://www.facebook.com/marchesheatingplumbing"><span class="u-icon u-social-facebook
                  u-social-icon u-icon-1"><svg class="u-svg-link" preserveAspectRatio="xMidYMin slice"
                  viewBox="0 0 112 112"><use xlink:href="#svg-3f1a"></use></svg></span></a>
                <a class="u-social-url" title="instagram" target="_blank"
                  href="https://www.instagram.com/marches_heating"><span class="u-icon u-social-icon
                  u-social-instagram u-icon-2"><svg class="u-svg-link" preserveAspectRatio="xMidYMin slice"
                  viewBox="0 0 112 112"><use xlink:href="#svg-90c2"></use></svg></span></a>
              </div>
              <div class="u-clearfix u-custom-html u-custom-html-1">
                <img src="images/gas-safe-badge.png" alt="Gas Safe registered" width="60">
                <img src="images/oftec-badge.png" alt="OFTEC registered technician" width="60">
              </div>
            </div>
          </div>
        </div>
      </div>
    </div>
    <p class="u-align-center u-small-text u-text u-text-variant u-text-8">&copy; 2024 Marches Heating &amp;
      Plumbing &middot; R. Bevan, sole trader &middot; Pembridge, Herefordshire</p>
  </div>
</footer>
<section class="u-backlink u-clearfix u-grey-80">
  <a class="u-link" href="https://nicepage.com/website-templates" target="_blank">
    <span>Website Templates</span>
  </a>
  <p class="u-text"><span>created with</span></p>
  <a class="u-link" href="https://nicepage.com/" target="_blank"><span>Website Builder Software</span></a>.
</section>
<section class="u-black u-clearfix u-container-style u-cookies-consent u-dialog-section-4 u-opacity u-opacity-85
  u-cookies-consent" id="cookies-consent">
  <div class="u-container-layout u-valign-middle u-container-layout-1">
    <div class="u-clearfix u-expanded-width u-gutter-0 u-layout-wrap u-layout-wrap-1">
      <div class="u-layout">
        <div class="u-layout-row">
          <div class="u-align-left u-container-style u-layout-cell u-left-cell u-size-40 u-layout-cell-1">
            <div class="u-container-layout u-valign-middle u-container-layout-2">
              <h3 class="u-text u-text-1">Cookies</h3>
              <p class="u-text u-text-2">This site uses a couple of cookies so the pages work properly and so I
                can see roughly how many people visit. Nothing is sold or passed on.</p>
            </div>
          </div>
          <div class="u-align-left u-container-style u-layout-cell u-right-cell u-size-20 u-layout-cell-2">
            <div class="u-container-layout u-valign-middle u-container-layout-3">
              <a href="###" class="u-active-white u-border-none u-btn u-button-confirm u-button-style
                u-hover-palette-2-light-1 u-palette-2-base u-text-body-color u-btn-1">Accept</a>
            </div>
          </div>
        </div>
      </div>
    </div>
  </div>
</section>"""

_DOC = """<!DOCTYPE html>
<html style="font-size: 16px;" lang="en-GB"><head>
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta charset="utf-8">
    <meta name="keywords" content="[[KEYWORDS]]">
    <meta name="description" content="[[DESCRIPTION]]">
    <title>[[TITLE]] | Marches Heating &amp; Plumbing</title>
    <link rel="stylesheet" href="/nicepage.css" media="screen">
    <link rel="stylesheet" href="/[[CSS]].css" media="screen">
    <script class="u-script" type="text/javascript" src="/jquery.js" defer=""></script>
    <script class="u-script" type="text/javascript" src="/nicepage.js" defer=""></script>
    <meta name="generator" content="Nicepage 6.4.3, nicepage.com">
    <link id="u-theme-google-font" rel="stylesheet" href="/fonts/roboto-montserrat.css">
    <script type="application/ld+json">{"@context": "http://schema.org", "@type": "Organization",
      "name": "Marches Heating & Plumbing", "logo": "images/marches-logo-white.png",
      "sameAs": ["https://www.facebook.com/marchesheatingplumbing"]}</script>
    <meta name="theme-color" content="#1d3b5c">
    <meta property="og:title" content="[[TITLE]]">
    <meta property="og:description" content="[[DESCRIPTION]]">
    <meta property="og:type" content="website">
    <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}
      gtag('js', new Date()); gtag('config', 'G-7QK2M4RB1X');</script>
  </head>
  <body data-home-page="/" data-home-page-title="Home" class="u-body u-xl-mode" data-lang="en">
[[HEADER]]
[[BODY]]
[[FOOTER]]
  </body>
</html>"""


def _page(title, css, description, keywords, body):
    """Wrap one page's sections in the shared Nicepage head, header and footer."""
    return (
        _DOC.replace("[[HEADER]]", _HEADER)
        .replace("[[FOOTER]]", _FOOTER)
        .replace("[[TITLE]]", title)
        .replace("[[CSS]]", css)
        .replace("[[DESCRIPTION]]", description)
        .replace("[[KEYWORDS]]", keywords)
        .replace("[[BODY]]", body)
    )


def _acc(n, question, answer):
    """One Nicepage accordion item (collapsed by default)."""
    return f"""<div class="u-accordion-item">
  <a class="u-accordion-link u-active-palette-1-light-3 u-border-1 u-border-grey-15 u-button-style
    u-text-palette-1-dark-2 u-accordion-link-{n}" id="link-accordion-{n:02d}fa" aria-controls="accordion-{n:02d}fa"
    aria-selected="false">
    <span class="u-accordion-link-text">{question}</span><span class="u-accordion-link-icon u-icon
      u-text-palette-2-base u-icon-{n}"><svg class="u-svg-link" preserveAspectRatio="xMidYMin slice"
      viewBox="0 0 16 16"><use xlink:href="#svg-plus"></use></svg></span>
  </a>
  <div class="u-accordion-pane u-container-style u-accordion-pane-{n}" id="accordion-{n:02d}fa"
    aria-labelledby="link-accordion-{n:02d}fa">
    <div class="u-container-layout u-container-layout-{n + 10}">
      <div class="fr-view u-clearfix u-rich-text u-text">{answer}</div>
    </div>
  </div>
</div>"""


def _banner(n, heading, strap):
    """The dark title band Nicepage puts at the top of each inner page."""
    return f"""<section class="u-align-left u-clearfix u-image u-shading u-section-1" id="sec-{n}a01"
  data-image-width="1600" data-image-height="500">
  <div class="u-clearfix u-sheet u-valign-middle u-sheet-1">
    <h1 class="u-custom-font u-font-montserrat u-text u-text-default u-title u-text-1">{heading}</h1>
    <p class="u-large-text u-text u-text-variant u-text-2">{strap}</p>
  </div>
</section>"""


_REVIEWS = """<section class="u-align-center u-clearfix u-palette-1-light-3 u-section-9" id="sec-reviews">
  <div class="u-clearfix u-sheet u-sheet-1">
    <h2 class="u-text u-text-default u-text-1">What customers say</h2>
    <div class="u-clearfix u-expanded-width u-gutter-20 u-layout-wrap u-layout-wrap-1">
      <div class="u-layout">
        <div class="u-layout-row">
          <div class="u-container-style u-layout-cell u-size-20 u-white u-layout-cell-1">
            <div class="u-container-layout u-container-layout-1">
              <p class="u-text u-text-2">&ldquo;Came out to our place near Lyonshall on a filthy wet Friday,
                found the fault in twenty minutes and had us warm again by teatime. Explained everything and left
                the kitchen cleaner than he found it.&rdquo;</p>
              <p class="u-text u-text-palette-2-dark-1 u-text-3">Jan P., Lyonshall
                &#9733;&#9733;&#9733;&#9733;&#9733;</p>
            </div>
          </div>
          <div class="u-container-style u-layout-cell u-size-20 u-white u-layout-cell-2">
            <div class="u-container-layout u-container-layout-2">
              <p class="u-text u-text-4">&ldquo;Sorted a dripping kitchen tap and a noisy radiator in one visit.
                Turned up exactly when he said he would, which is rare round here!&rdquo;</p>
              <p class="u-text u-text-palette-2-dark-1 u-text-5">Mike H., Eardisland
                &#9733;&#9733;&#9733;&#9733;&#9733;</p>
            </div>
          </div>
          <div class="u-container-style u-layout-cell u-size-20 u-white u-layout-cell-3">
            <div class="u-container-layout u-container-layout-3">
              <p class="u-text u-text-6">&ldquo;Rhys looks after the boilers in both my lets in Leominster.
                Tenants like him and I never have to chase anything.&rdquo;</p>
              <p class="u-text u-text-palette-2-dark-1 u-text-7">Claire D., landlord
                &#9733;&#9733;&#9733;&#9733;&#9733;</p>
            </div>
          </div>
        </div>
      </div>
    </div>
  </div>
</section>"""


_CTA = """<section class="u-align-center u-clearfix u-palette-2-base u-section-10" id="sec-cta">
  <div class="u-clearfix u-sheet u-valign-middle u-sheet-1">
    <h3 class="u-text u-text-default u-text-1">Need a hand with your heating or plumbing?</h3>
    <a href="/availability-and-booking/" class="u-border-2 u-border-white u-btn u-btn-round u-button-style
      u-hover-white u-none u-radius-50 u-text-white u-btn-1">Book now</a>
    <a href="tel:07831552907" class="u-border-none u-btn u-btn-round u-button-style u-palette-1-dark-2
      u-radius-50 u-btn-2">Call 07831 552 907</a>
  </div>
</section>"""


def _sidebar(n, heading, text, button, href):
    """A Nicepage side cell used as a widget on some inner pages."""
    return f"""<div class="u-container-style u-layout-cell u-palette-1-light-3 u-right-cell u-size-20
  u-layout-cell-{n}">
  <div class="u-container-layout u-valign-top u-container-layout-{n}">
    <h4 class="u-text u-text-palette-1-dark-2 u-text-{n}1">{heading}</h4>
    <p class="u-text u-text-{n}2">{text}</p>
    <a href="{href}" class="u-border-none u-btn u-btn-round u-button-style u-palette-2-base u-radius-50
      u-btn-{n}">{button}</a>
    <h4 class="u-text u-text-palette-1-dark-2 u-text-{n}3">Other services</h4>
    <ul class="u-custom-list u-text u-text-{n}4">
      <li><a href="/boiler-breakdowns/" class="u-active-none u-btn u-button-link u-button-style">Breakdowns</a></li>
      <li><a href="/boiler-servicing/" class="u-active-none u-btn u-button-link u-button-style">Servicing</a></li>
      <li><a href="/service-plans/" class="u-active-none u-btn u-button-link u-button-style">Service plans</a></li>
      <li><a href="/landlords/" class="u-active-none u-btn u-button-link u-button-style">Landlord certificates</a></li>
      <li><a href="/prices/" class="u-active-none u-btn u-button-link u-button-style">Prices</a></li>
    </ul>
  </div>
</div>"""


def _two_col(n, main, side):
    """Main text in a 40-wide cell with a 20-wide sidebar cell beside it."""
    return f"""<section class="u-clearfix u-section-{n}" id="sec-{n}b7c">
  <div class="u-clearfix u-sheet u-sheet-1">
    <div class="u-clearfix u-expanded-width u-gutter-30 u-layout-wrap u-layout-wrap-1">
      <div class="u-layout">
        <div class="u-layout-row">
          <div class="u-container-style u-layout-cell u-left-cell u-size-40 u-layout-cell-1">
            <div class="u-container-layout u-valign-top u-container-layout-1">
{main}
            </div>
          </div>
{side}
        </div>
      </div>
    </div>
  </div>
</section>"""


def _one_col(n, inner):
    """A plain full-width Nicepage section."""
    return f"""<section class="u-clearfix u-section-{n}" id="sec-{n}d4e">
  <div class="u-clearfix u-sheet u-sheet-1">
    <div class="u-clearfix u-expanded-width u-layout-wrap u-layout-wrap-1">
      <div class="u-layout">
        <div class="u-layout-row">
          <div class="u-container-style u-layout-cell u-size-60 u-layout-cell-1">
            <div class="u-container-layout u-container-layout-1">
{inner}
            </div>
          </div>
        </div>
      </div>
    </div>
  </div>
</section>"""


# ---------------------------------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------------------------------

_HOME = (
    """<section class="u-align-left u-clearfix u-image u-shading u-section-1" id="carousel_4b1e"
  data-image-width="1920" data-image-height="900">
  <div class="u-clearfix u-sheet u-valign-middle u-sheet-1">
    <h1 class="u-custom-font u-font-montserrat u-text u-text-default u-title u-text-1">Your local heating
      engineer and plumber for north&#8209;west Herefordshire and the Welsh border</h1>
    <p class="u-large-text u-text u-text-variant u-text-2">Gas, oil and LPG boilers serviced and repaired, heat
      pumps looked after, and the small plumbing jobs the bigger firms don&rsquo;t want. One engineer, one van
      &ndash; you deal with me from the first phone call to the invoice.</p>
    <a href="/boiler-breakdowns/" class="u-border-none u-btn u-btn-round u-button-style u-palette-2-base
      u-radius-50 u-btn-1">Boiler broken down?</a>
    <a href="/boiler-servicing/" class="u-border-2 u-border-white u-btn u-btn-round u-button-style u-none
      u-radius-50 u-text-white u-btn-2">Book a service</a>
  </div>
</section>
<section class="u-align-center u-clearfix u-section-2" id="sec-2f0a">
  <div class="u-clearfix u-sheet u-sheet-1">
    <h2 class="u-text u-text-default u-text-1">What I do</h2>
    <div class="u-clearfix u-expanded-width u-gutter-20 u-layout-wrap u-layout-wrap-1">
      <div class="u-layout">
        <div class="u-layout-row">
          <div class="u-container-style u-layout-cell u-size-20 u-layout-cell-1">
            <div class="u-container-layout u-container-layout-1">
              <h4 class="u-text u-text-2">Breakdowns &amp; repairs</h4>
              <p class="u-text u-text-3">Gas, oil and LPG boilers of most makes diagnosed and fixed, usually
                on the first visit.</p>
              <a href="/boiler-breakdowns/" class="u-btn u-button-style u-none u-text-palette-2-base u-btn-3">
                Read more &rsaquo;</a>
            </div>
          </div>
          <div class="u-container-style u-layout-cell u-size-20 u-layout-cell-2">
            <div class="u-container-layout u-container-layout-2">
              <h4 class="u-text u-text-4">Annual servicing</h4>
              <p class="u-text u-text-5">Fixed-price boiler services with a written record, plus cover plans
                paid monthly.</p>
              <a href="/boiler-servicing/" class="u-btn u-button-style u-none u-text-palette-2-base u-btn-4">
                Read more &rsaquo;</a>
            </div>
          </div>
          <div class="u-container-style u-layout-cell u-size-20 u-layout-cell-3">
            <div class="u-container-layout u-container-layout-3">
              <h4 class="u-text u-text-6">Heat pumps</h4>
              <p class="u-text u-text-7">Servicing and repairs for air source heat pumps from the main
                makers.</p>
              <a href="/heat-pumps/" class="u-btn u-button-style u-none u-text-palette-2-base u-btn-5">
                Read more &rsaquo;</a>
            </div>
          </div>
        </div>
        <div class="u-layout-row">
          <div class="u-container-style u-layout-cell u-size-20 u-layout-cell-4">
            <div class="u-container-layout u-container-layout-4">
              <h4 class="u-text u-text-8">Hot water</h4>
              <p class="u-text u-text-9">Vented and unvented cylinders, immersion heaters and the bits in the
                airing cupboard.</p>
              <a href="/hot-water-cylinders/" class="u-btn u-button-style u-none u-text-palette-2-base u-btn-6">
                Read more &rsaquo;</a>
            </div>
          </div>
          <div class="u-container-style u-layout-cell u-size-20 u-layout-cell-5">
            <div class="u-container-layout u-container-layout-5">
              <h4 class="u-text u-text-10">Plumbing odd jobs</h4>
              <p class="u-text u-text-11">Taps, toilets, leaks and appliance connections &ndash; the jobs that
                are too small for most.</p>
              <a href="/small-plumbing-jobs/" class="u-btn u-button-style u-none u-text-palette-2-base u-btn-7">
                Read more &rsaquo;</a>
            </div>
          </div>
          <div class="u-container-style u-layout-cell u-size-20 u-layout-cell-6">
            <div class="u-container-layout u-container-layout-6">
              <h4 class="u-text u-text-12">Landlords</h4>
              <p class="u-text u-text-13">Gas safety records and oil appliance checks for rented homes and
                holiday lets.</p>
              <a href="/landlords/" class="u-btn u-button-style u-none u-text-palette-2-base u-btn-8">
                Read more &rsaquo;</a>
            </div>
          </div>
        </div>
      </div>
    </div>
  </div>
</section>
<section class="u-clearfix u-grey-5 u-section-3" id="sec-3c11">
  <div class="u-clearfix u-sheet u-sheet-1">
    <div class="u-clearfix u-expanded-width u-gutter-30 u-layout-wrap u-layout-wrap-1">
      <div class="u-layout">
        <div class="u-layout-row">
          <div class="u-container-style u-image u-layout-cell u-left-cell u-size-25 u-image-1"
            data-image-width="800" data-image-height="800">
            <div class="u-container-layout u-container-layout-1"></div>
          </div>
          <div class="u-container-style u-layout-cell u-right-cell u-size-35 u-layout-cell-2">
            <div class="u-container-layout u-valign-middle u-container-layout-2">
              <h2 class="u-text u-text-1">A proper local tradesman</h2>
              <p class="u-text u-text-2">I&rsquo;ve been working on boilers since I was seventeen, and I&rsquo;ve
                run Marches Heating &amp; Plumbing from Pembridge since 2011. Most of my work comes from
                farmhouses, cottages and village homes where the heating is as likely to run on kerosene or a
                propane tank as it is on mains gas &ndash; so I know my way round a pressure-jet burner as well
                as a combi.</p>
              <p class="u-text u-text-3">No call centres, no salesmen and no surprises: I tell you what&rsquo;s
                wrong, what it&rsquo;ll cost and whether it&rsquo;s worth doing before I start.</p>
              <a href="/about/" class="u-border-none u-btn u-btn-round u-button-style u-palette-1-base
                u-radius-50 u-btn-1">More about me</a>
            </div>
          </div>
        </div>
      </div>
    </div>
  </div>
</section>
"""
    + _REVIEWS
    + _CTA
)


_BREAKDOWNS = (
    _banner(
        1,
        "Boiler breakdowns &amp; repairs",
        "No heating or hot water? Here&rsquo;s what to check first, and what happens when I come out.",
    )
    + _two_col(
        2,
        """<h2 class="u-text u-text-default u-text-1">Before you ring: five quick checks</h2>
<p class="u-text u-text-2">A good share of the &ldquo;breakdowns&rdquo; I&rsquo;m called to are one of these.
  Try them first &ndash; it could save you the cost of a visit.</p>
<ol class="u-custom-list u-text u-text-3">
  <li><b>Pressure.</b> Combi and system boilers need between 1 and 1.5 bar on the gauge when the heating is
    cold. Below about 0.5 bar most boilers switch themselves off. You can top it up with the filling loop
    &ndash; usually a silver braided hose or a small lever underneath the boiler. Open the valves slowly until
    the needle reaches about 1.2 bar, then close them firmly. If the pressure keeps dropping again within a few
    days there&rsquo;s a leak or a tired expansion vessel, and it needs a visit.</li>
  <li><b>Power and controls.</b> Is the switch next to the boiler on? Has the timer been knocked to
    &ldquo;off&rdquo; or lost its settings after a power cut? Is the room thermostat turned up, and does a
    wireless one need new batteries?</li>
  <li><b>Reset &ndash; but only twice.</b> Press the reset button once and wait a few minutes. If it locks
    out again after a second try, leave it. Pressing reset over and over can flood an oil burner with fuel or
    damage the ignition, and turns a small repair into a big one.</li>
  <li><b>Is the fuel getting there?</b> Does the gas hob light? Is there credit on a prepayment meter? If
    you&rsquo;re on oil and have run the tank dry, see <a href="/oil-and-lpg/">oil &amp; LPG boilers</a>.</li>
  <li><b>Freezing weather?</b> If it&rsquo;s below zero outside, the boiler&rsquo;s drain pipe may have frozen
    &ndash; see <a href="/frozen-pipes-and-outside-taps/">frozen pipes</a>.</li>
</ol>
<h2 class="u-text u-text-default u-text-4">When I come out</h2>
<p class="u-text u-text-5">I aim to find the fault within the first hour. The van carries the parts that fail
  most often &ndash; fans, pumps, diverter valves, ignition leads and sensors &ndash; for Worcester Bosch,
  Vaillant, Baxi, Ideal and Grant, so many repairs are done there and then. If a part has to be ordered it
  normally comes from the merchant in Hereford the next working day. I&rsquo;ll always leave you safe, and with
  heating or hot water running if there&rsquo;s any way to do it.</p>
<p class="u-text u-text-6">On boilers over about 15 years old, some parts are no longer made. If a repair
  isn&rsquo;t worth the money I&rsquo;ll say so before spending any of yours.</p>
<h2 class="u-text u-text-default u-text-8">Who I get to first</h2>
<p class="u-text u-text-9">When the phone is busy in a cold snap, homes with no heat or hot water where someone
  is over 75, has a baby under a year old, or is poorly come first, then service-plan customers, then everyone
  else in the order they called.</p>
<h2 class="u-text u-text-default u-text-10">If you smell gas or find an oil leak</h2>
<p class="u-text u-text-11"><b>Mains gas:</b> turn the gas off at the meter, open doors and windows, don&rsquo;t
  touch light switches or use a naked flame, get everyone outside and call the National Gas Emergency Service
  on <a href="tel:0800111999">0800 111 999</a> (free, 24 hours). Their engineer makes it safe; then call me for
  the repair.<br><b>LPG:</b> close the valve on the tank or bottles and ring the emergency number printed on
  the tank or your supplier&rsquo;s bill.<br><b>Heating oil:</b> close the valve at the tank, soak the oil up
  with sand or cat litter and keep it out of drains. If it could reach a ditch or stream, call the Environment
  Agency incident hotline on 0800 80 70 60.</p>""",
        _sidebar(
            2,
            "Broken down?",
            "Ring or WhatsApp 07831 552 907. A photo of the boiler&rsquo;s display and its make and model label "
            "helps me bring the right part first time.",
            "Call now",
            "tel:07831552907",
        ),
    )
    + _CTA
)


_SERVICING = (
    _banner(
        1,
        "Annual boiler servicing",
        "A fixed price, a thorough job and a written record &ndash; for gas, LPG and oil boilers.",
    )
    + _two_col(
        2,
        """<h2 class="u-text u-text-default u-text-1">What a service includes</h2>
<p class="u-text u-text-2">A yearly service keeps the boiler safe and efficient, and most manufacturers
  won&rsquo;t honour their guarantee without one. Every service I do includes:</p>
<ul class="u-custom-list u-text u-text-3">
  <li>checking the flue, case seals and ventilation, and a flue gas analysis with a calibrated analyser</li>
  <li>cleaning the burner, heat exchanger and condensate trap</li>
  <li>checking the gas pressure and rate (gas and LPG) or changing the nozzle and oil filter (oil)</li>
  <li>testing the safety devices and controls</li>
  <li>checking the system pressure, expansion vessel and cleaning the system filter if you have one</li>
  <li>a written service record emailed to you, and the Benchmark logbook filled in</li>
</ul>
<p class="u-text u-text-4">A gas or LPG service takes about an hour. An oil service takes an hour and a half to
  two hours because the burner comes apart.</p>
<h2 class="u-text u-text-default u-text-5">Service prices</h2>
<div class="u-expanded-width u-table u-table-responsive u-table-1">
  <table class="u-table-entity u-table-entity-1">
    <colgroup><col width="70%"><col width="30%"></colgroup>
    <thead class="u-palette-1-base u-table-header u-table-header-1">
      <tr style="height: 40px;"><th class="u-border-1 u-table-cell">Appliance</th>
        <th class="u-border-1 u-table-cell">Price</th></tr>
    </thead>
    <tbody class="u-table-body">
      <tr style="height: 40px;"><td class="u-border-1 u-table-cell">Gas boiler (combi, system or regular)</td>
        <td class="u-border-1 u-table-cell">&pound;85</td></tr>
      <tr style="height: 40px;"><td class="u-border-1 u-table-cell">LPG boiler</td>
        <td class="u-border-1 u-table-cell">&pound;90</td></tr>
      <tr style="height: 40px;"><td class="u-border-1 u-table-cell">Oil boiler, indoor or outdoor (nozzle and
        filter included)</td><td class="u-border-1 u-table-cell">&pound;115</td></tr>
      <tr style="height: 40px;"><td class="u-border-1 u-table-cell">Gas fire with back boiler</td>
        <td class="u-border-1 u-table-cell">&pound;110</td></tr>
      <tr style="height: 40px;"><td class="u-border-1 u-table-cell">Extra gas appliance checked on the same visit
        (fire, hob)</td><td class="u-border-1 u-table-cell">&pound;35</td></tr>
    </tbody>
  </table>
</div>
<p class="u-text u-text-6">Prices cover the parts a normal service uses. If I find something that needs
  repairing, I&rsquo;ll tell you and give you a price before doing it &ndash; nothing extra without your
  say-so. Heat pumps and unvented cylinders have their own service:
  see <a href="/heat-pumps/">heat pumps</a> and <a href="/hot-water-cylinders/">cylinders</a>.</p>
<h2 class="u-text u-text-default u-text-7">Book early and save &pound;10</h2>
<p class="u-text u-text-8">From October to December I&rsquo;m flat out with breakdowns, and the wait for a
  service can stretch past four weeks. Book your service for any date between April and August and I&rsquo;ll
  take &pound;10 off. After each service I put you in the diary and text you a reminder eleven months
  later.</p>
<p class="u-text u-text-9">Prefer to spread the cost? Have a look at the
  <a href="/service-plans/">Marches Cover plans</a>.</p>""",
        _sidebar(
            2,
            "Book your service",
            "Text 07831 552 907 with your postcode and the make of your boiler and I&rsquo;ll offer you a date.",
            "Book a service",
            "/availability-and-booking/",
        ),
    )
    + _REVIEWS
)


_PLANS = (
    _banner(
        1,
        "Marches Cover service plans",
        "Your yearly service and breakdown cover, paid monthly by direct debit.",
    )
    + _one_col(
        2,
        """<p class="u-text u-text-1">Marches Cover spreads the cost of your annual service across the year, and
  on the two repair plans takes the worry out of a breakdown. There&rsquo;s no insurance company in the middle
  &ndash; it&rsquo;s just me, and I keep the number of plan customers to what one engineer can look after
  properly.</p>
<div class="u-expanded-width u-table u-table-responsive u-table-1">
  <table class="u-table-entity u-table-entity-1">
    <colgroup><col width="34%"><col width="22%"><col width="22%"><col width="22%"></colgroup>
    <thead class="u-palette-1-base u-table-header u-table-header-1">
      <tr style="height: 44px;"><th class="u-border-1 u-table-cell"></th>
        <th class="u-border-1 u-table-cell">Service Only</th>
        <th class="u-border-1 u-table-cell">Service &amp; Repair</th>
        <th class="u-border-1 u-table-cell">Oil Service &amp; Repair</th></tr>
    </thead>
    <tbody class="u-table-body">
      <tr style="height: 40px;"><td class="u-border-1 u-table-cell">Per month</td>
        <td class="u-border-1 u-table-cell">&pound;8.50</td><td class="u-border-1 u-table-cell">&pound;16</td>
        <td class="u-border-1 u-table-cell">&pound;19</td></tr>
      <tr style="height: 40px;"><td class="u-border-1 u-table-cell">Annual service</td>
        <td class="u-border-1 u-table-cell">Yes</td><td class="u-border-1 u-table-cell">Yes</td>
        <td class="u-border-1 u-table-cell">Yes</td></tr>
      <tr style="height: 40px;"><td class="u-border-1 u-table-cell">Breakdown callouts and labour</td>
        <td class="u-border-1 u-table-cell">10% off</td><td class="u-border-1 u-table-cell">Included, no
        limit</td><td class="u-border-1 u-table-cell">Included, no limit</td></tr>
      <tr style="height: 40px;"><td class="u-border-1 u-table-cell">Parts</td>
        <td class="u-border-1 u-table-cell">Paid as used</td><td class="u-border-1 u-table-cell">Up to &pound;250
        a year</td><td class="u-border-1 u-table-cell">Up to &pound;250 a year</td></tr>
      <tr style="height: 40px;"><td class="u-border-1 u-table-cell">Priority when busy</td>
        <td class="u-border-1 u-table-cell">&ndash;</td><td class="u-border-1 u-table-cell">Yes</td>
        <td class="u-border-1 u-table-cell">Yes</td></tr>
    </tbody>
  </table>
</div>
<h3 class="u-text u-text-2">Which boilers can join</h3>
<p class="u-text u-text-3">The two Service &amp; Repair plans are open to boilers up to 15 years old. Older
  boilers are welcome on Service Only, but not on the repair plans, because parts for them get hard to find.
  Every boiler has a joining check at its first plan service; if it needs work to bring it up to standard,
  that&rsquo;s done and paid for before breakdown cover starts. If you join between services, breakdown cover
  begins 30 days after your first payment.</p>
<h3 class="u-text u-text-4">What&rsquo;s covered and what isn&rsquo;t</h3>
<p class="u-text u-text-5">The repair plans cover the boiler itself, its controls, the pump and the motorised
  valves. They don&rsquo;t cover radiators, pipework, cylinders or taps, damage caused by sludge or scale that
  needs a system clean, or faults after someone else has worked on the boiler.</p>
<h3 class="u-text u-text-6">The small print, in plain English</h3>
<p class="u-text u-text-7">Payments are by direct debit on the 1st of the month. The first year is a minimum
  term; after that the plan rolls on monthly and you can cancel with one month&rsquo;s notice. If you move
  house within my area, the plan can move with you as long as the new boiler passes its joining check.</p>
<a href="/availability-and-booking/" class="u-border-none u-btn u-btn-round u-button-style u-palette-2-base
  u-radius-50 u-btn-1">Ask about joining</a>""",
    )
    + _REVIEWS
)


_NEW_BOILERS = (
    _banner(
        1,
        "New boilers &amp; free quotes",
        "Honest advice on whether to repair or replace, and a fixed written price if you go ahead.",
    )
    + _two_col(
        2,
        """<h2 class="u-text u-text-default u-text-1">How the quote works</h2>
<p class="u-text u-text-2">I come out and look at what you&rsquo;ve got: the boiler, the cylinder if there is
  one, your water pressure and flow, where the flue can go and whether the gas pipe is big enough. We talk
  through whether a combi or a system boiler suits the house and how you use hot water. The visit and the quote
  are free. You get a written, fixed price by email within three working days, and it stays valid for 60
  days.</p>
<h2 class="u-text u-text-default u-text-3">Rough prices, fitted</h2>
<div class="u-expanded-width u-table u-table-responsive u-table-1">
  <table class="u-table-entity u-table-entity-1">
    <tbody class="u-table-body">
      <tr style="height: 40px;"><td class="u-border-1 u-table-cell">Gas combi swap, like for like</td>
        <td class="u-border-1 u-table-cell">from &pound;2,450</td></tr>
      <tr style="height: 40px;"><td class="u-border-1 u-table-cell">Gas system or regular boiler swap</td>
        <td class="u-border-1 u-table-cell">from &pound;2,800</td></tr>
      <tr style="height: 40px;"><td class="u-border-1 u-table-cell">Converting a tank-fed system to a combi</td>
        <td class="u-border-1 u-table-cell">from &pound;3,600</td></tr>
      <tr style="height: 40px;"><td class="u-border-1 u-table-cell">LPG boiler replacement</td>
        <td class="u-border-1 u-table-cell">from &pound;2,700</td></tr>
      <tr style="height: 40px;"><td class="u-border-1 u-table-cell">Oil boiler replacement (Grant Vortex)</td>
        <td class="u-border-1 u-table-cell">from &pound;3,900</td></tr>
    </tbody>
  </table>
</div>
<p class="u-text u-text-4">Every new boiler comes with a chemical clean of the system, a magnetic filter, a
  programmable room thermostat, and taking the old boiler away for recycling.</p>
<h2 class="u-text u-text-default u-text-5">How long you&rsquo;ll be without heating</h2>
<p class="u-text u-text-6">A straight swap in the same place takes one day &ndash; I start at eight and
  you&rsquo;re normally warm again by the evening. Moving the boiler or converting to a combi takes two to three
  days; where there&rsquo;s an immersion heater I keep it working so you still have hot water.</p>
<h2 class="u-text u-text-default u-text-7">Makes and guarantees</h2>
<p class="u-text u-text-8">I&rsquo;m a Worcester Bosch Accredited Installer, so a Worcester Greenstar fitted by
  me comes with up to a 10-year manufacturer&rsquo;s guarantee. I also fit Viessmann gas boilers and Grant oil
  boilers, again with up to 10 years. I register the installation with Gas Safe or OFTEC for building
  regulations, and register the guarantee with the manufacturer, within 30 days.</p>
<h2 class="u-text u-text-default u-text-9">Deposit</h2>
<p class="u-text u-text-10">A 20% deposit secures your installation date and lets me order the boiler; the
  balance is due on the day it&rsquo;s finished and running.</p>""",
        _sidebar(
            2,
            "Free quote visit",
            "Book a survey at a time that suits you &ndash; Saturday mornings are fine for quotes.",
            "Book a quote",
            "/availability-and-booking/",
        ),
    )
    + _CTA
)


_OIL_LPG = (
    _banner(
        1,
        "Oil &amp; LPG boilers",
        "Off the gas grid? That&rsquo;s most of my customers. OFTEC registered for oil, Gas Safe for LPG.",
    )
    + _two_col(
        2,
        """<h2 class="u-text u-text-default u-text-1">Oil-fired boilers</h2>
<p class="u-text u-text-2">I service and repair kitchen, utility and outdoor oil boilers &ndash; Grant, Worcester
  Heatslave, Firebird, Warmflow, Mistral and older Trianco &ndash; with Riello and Bentone pressure-jet
  burners.</p>
<h3 class="u-text u-text-3">Ran out of oil?</h3>
<p class="u-text u-text-4">It happens to everyone once. When the tanker has been, wait at least an hour before
  you try the boiler: the delivery stirs up sludge and water from the bottom of the tank, and you want that to
  settle rather than go straight into the filter. Then press the reset button once. If the burner runs but
  won&rsquo;t light, the fuel line has almost certainly drawn air and the pump needs bleeding at the burner.
  Some people with a Tigerloop are happy to do that themselves; for everyone else it&rsquo;s a callout, and
  it&rsquo;s usually a quick one. A remote oil gauge such as a Watchman Sonic, which I can fit for &pound;145,
  stops it happening again.</p>
<h3 class="u-text u-text-5">Your oil tank</h3>
<p class="u-text u-text-6">On every oil service I look over the tank, the fire valve and the filter. Things to
  watch for: a tank that has bulged or split, green or white stress marks on plastic, rust on steel tanks or
  their legs, and water in the bottom. A single-skin tank over about 15 years old is living on borrowed time,
  and if your tank is near a stream, drain or well it should be bunded. I supply and fit bunded tanks (Titan
  and Deso) from &pound;2,400, including taking the old one away, and I&rsquo;ll check the new position meets
  the rules on distance from the house and boundary. A lockable filler cap helps against oil theft, which
  does happen out here.</p>
<h2 class="u-text u-text-default u-text-7">LPG &ndash; tanks and bottles</h2>
<p class="u-text u-text-8">I work on LPG boilers, cookers and fires. If you have a bulk tank, it belongs to your
  gas supplier (Calor, Flogas and so on), and they look after the tank and the regulator on it. My job starts
  from there into the house: the pipework, the second regulator and your appliances.</p>
<p class="u-text u-text-9">On bottled propane with an automatic changeover valve, the little indicator turns red
  when one side is empty &ndash; swap that bottle and turn the lever. In very cold weather a nearly empty bottle
  can&rsquo;t keep the pressure up and the boiler may cut out even though there&rsquo;s gas left; changing to
  the full side usually cures it.</p>
<p class="u-text u-text-10">For servicing prices see <a href="/boiler-servicing/">boiler servicing</a>.</p>""",
        _sidebar(
            2,
            "Oil boiler playing up?",
            "Tell me the make of boiler and burner if you can see it on the label &ndash; it helps me bring the "
            "right nozzle and parts.",
            "Get in touch",
            "/availability-and-booking/",
        ),
    )
    + _CTA
)


_HEAT_PUMPS = (
    _banner(
        1,
        "Heat pump servicing &amp; repairs",
        "Keeping air source heat pumps running efficiently &ndash; and your manufacturer&rsquo;s warranty valid.",
    )
    + _two_col(
        2,
        """<p class="u-text u-text-1">More and more homes round here have swapped oil for an air source heat pump,
  and they need looking after just like a boiler. I&rsquo;m F-Gas certified and service and repair Mitsubishi
  Ecodan, Daikin Altherma, Vaillant aroTHERM, Samsung EHS and Grant Aerona units.</p>
<h2 class="u-text u-text-default u-text-2">Annual heat pump service &ndash; &pound;145</h2>
<ul class="u-custom-list u-text u-text-3">
  <li>clean the outdoor coil (the fins) and check the fan and defrost operation</li>
  <li>read refrigerant pressures and temperatures and check for signs of leaks</li>
  <li>check electrical connections and the condensate drain</li>
  <li>check system pressure, the expansion vessel and antifreeze strength where there&rsquo;s glycol</li>
  <li>clean the strainers and magnetic filter</li>
  <li>check the weather compensation curve, flow temperatures and the cylinder&rsquo;s legionella cycle</li>
</ul>
<p class="u-text u-text-4">Most heat pump makers insist on a yearly service by a qualified engineer to keep the
  warranty going &ndash; I fill in the service record they ask for.</p>
<h2 class="u-text u-text-default u-text-5">Is that normal?</h2>
<p class="u-text u-text-6">On cold, damp days the outdoor unit regularly goes quiet for a few minutes and then
  gives off clouds of steam, sometimes with a whoosh or a click. That&rsquo;s the defrost cycle melting frost off
  the coil, and it&rsquo;s exactly what it should do. A thin layer of frost that comes and goes is fine; a solid
  block of ice that won&rsquo;t clear is not, so call me. Radiators feeling warm rather than hot is normal too
  &ndash; heat pumps run at lower temperatures for longer. Keep leaves, snow and plant pots at least 30cm away
  from the unit.</p>
<h2 class="u-text u-text-default u-text-7">New heat pumps</h2>
<p class="u-text u-text-8">I don&rsquo;t install new heat pumps myself. A new installation has to be done by an
  MCS-certified installer for you to get the &pound;7,500 Boiler Upgrade Scheme grant, so I point people to
  Wye Valley Renewables in Hereford, who do a good job &ndash; and I&rsquo;m happy to look after the servicing
  once it&rsquo;s in.</p>
<p class="u-text u-text-9">Ground source systems: I can service the heating side (pumps, cylinder and controls)
  but not the ground loop or the sealed refrigerant unit.</p>""",
        _sidebar(
            2,
            "Book a heat pump service",
            "Let me know the make and model from the label on the outdoor unit when you get in touch.",
            "Book now",
            "/availability-and-booking/",
        ),
    )
    + _CTA
)


_CYLINDERS = (
    _banner(
        1,
        "Hot water cylinders &amp; immersion heaters",
        "From the old copper tank in the airing cupboard to mains-pressure unvented cylinders.",
    )
    + _two_col(
        2,
        """<p class="u-text u-text-1">I work on both kinds of cylinder: <b>vented</b> (the copper cylinder fed by a
  cold tank in the loft) and <b>unvented</b> (mains-pressure cylinders like Megaflo, Gledhill, Joule and
  Telford). Unvented cylinders can only be worked on by someone with a G3 qualification, which I hold.</p>
<h2 class="u-text u-text-default u-text-2">Unvented cylinder service</h2>
<p class="u-text u-text-3">Unvented cylinders should be checked every year: the expansion vessel or air bubble,
  the temperature and pressure relief valve, the pressure reducing valve, the inlet strainer and the discharge
  pipe. It&rsquo;s &pound;80 on its own, or &pound;45 when done on the same visit as your boiler service.</p>
<h2 class="u-text u-text-default u-text-4">Water coming through the tundish</h2>
<p class="u-text u-text-5">The tundish is the little open funnel in the pipework near an unvented cylinder.
  It should be dry. Water dripping or running through it means one of the safety valves is letting by,
  usually because the expansion vessel has lost its charge. A steady flow needs attention the same day: switch
  off the immersion heater and the boiler&rsquo;s hot water, and call me. Never block or cap the pipe.</p>
<h2 class="u-text u-text-default u-text-6">Immersion heaters</h2>
<p class="u-text u-text-7">If you heat your water with an immersion, or keep one as a back-up, the element
  won&rsquo;t last for ever &ndash; especially in hard water. Replacing an immersion element and its
  thermostat costs &pound;165 fitted for the standard sizes, including draining down and refilling the
  cylinder; dual-element Economy 7 types are &pound;185. I carry the common sizes, so it&rsquo;s usually done on
  the first visit. If the immersion keeps tripping the electrics, switch it off at its own switch until it&rsquo;s
  looked at.</p>
<h2 class="u-text u-text-default u-text-8">Heating works but no hot water?</h2>
<p class="u-text u-text-9">On a system with a cylinder, that&rsquo;s usually the motorised valve or the cylinder
  thermostat rather than the boiler, and normally a quick repair.</p>
<h2 class="u-text u-text-default u-text-10">Replacing a cylinder</h2>
<p class="u-text u-text-11">A new vented cylinder is from &pound;1,150 fitted; an unvented cylinder from
  &pound;1,950 fitted, including the discharge pipe and commissioning certificate.</p>""",
        _sidebar(
            2,
            "No hot water?",
            "Text a photo of the cylinder and its label to 07831 552 907 and I&rsquo;ll tell you what I need to bring.",
            "Contact me",
            "/availability-and-booking/",
        ),
    )
    + _CTA
)


_RADIATORS = (
    _banner(
        1,
        "Radiators &amp; thermostats",
        "Cold spots, noisy pipes, sludge and smart controls.",
    )
    + _two_col(
        2,
        """<h2 class="u-text u-text-default u-text-1">Cold at the top: air</h2>
<p class="u-text u-text-2">A radiator that&rsquo;s hot at the bottom and cold at the top has air in it, and
  gurgling pipes often mean the same. Turn the heating off, let it cool, hold a cloth under the bleed valve at
  the top corner and open it a quarter turn with a radiator key until water comes out, then close it. On a combi
  or system boiler, bleeding lets the pressure drop, so check the gauge afterwards. If radiators need bleeding
  every week, air is getting in somewhere and it&rsquo;s worth a visit.</p>
<h2 class="u-text u-text-default u-text-3">Cold at the bottom: sludge</h2>
<p class="u-text u-text-4">Cold patches along the bottom or in the middle mean black sludge (magnetite) has
  settled in the radiator, and bleeding won&rsquo;t shift it. The cure is a powerflush: I connect a pump to the
  system and push cleaning chemicals through every radiator in turn until the water runs clear, then add
  inhibitor to protect it. It takes a full day.</p>
<div class="u-expanded-width u-table u-table-responsive u-table-1">
  <table class="u-table-entity u-table-entity-1">
    <tbody class="u-table-body">
      <tr style="height: 40px;"><td class="u-border-1 u-table-cell">Powerflush, up to 10 radiators</td>
        <td class="u-border-1 u-table-cell">&pound;495</td></tr>
      <tr style="height: 40px;"><td class="u-border-1 u-table-cell">Each radiator over 10</td>
        <td class="u-border-1 u-table-cell">&pound;25</td></tr>
      <tr style="height: 40px;"><td class="u-border-1 u-table-cell">Magnetic system filter, fitted</td>
        <td class="u-border-1 u-table-cell">&pound;175</td></tr>
      <tr style="height: 40px;"><td class="u-border-1 u-table-cell">Thermostatic radiator valve (TRV), fitted</td>
        <td class="u-border-1 u-table-cell">&pound;55 each</td></tr>
      <tr style="height: 40px;"><td class="u-border-1 u-table-cell">Replacement radiator, same size and
        position</td><td class="u-border-1 u-table-cell">from &pound;220</td></tr>
    </tbody>
  </table>
</div>
<p class="u-text u-text-5">If one or two rooms never get warm while the rest of the house is roasting, the
  system probably needs balancing &ndash; adjusting the lockshield valves so the water goes round evenly.</p>
<h2 class="u-text u-text-default u-text-6">Thermostats and smart controls</h2>
<p class="u-text u-text-7">I fit and set up Hive, Google Nest, tado&deg;, Drayton Wiser and Honeywell evohome
  controls, on gas, LPG and oil boilers. You don&rsquo;t need to be with any particular energy supplier. It&rsquo;s
  &pound;95 to fit a kit you&rsquo;ve bought, or I can supply and fit a Hive thermostat from &pound;245. Some
  older systems need a wiring change, which I&rsquo;ll price first. Before I leave I set the app up on your phone
  and show you how the schedule works.</p>""",
        _sidebar(
            2,
            "Radiators not right?",
            "Tell me which rooms are cold and whether the radiators are cold at the top or the bottom.",
            "Book a visit",
            "/availability-and-booking/",
        ),
    )
    + _REVIEWS
)


_FROZEN = (
    _banner(
        1,
        "Frozen pipes &amp; outside taps",
        "Winters out here are hard on pipework. Here&rsquo;s how to deal with a freeze, and stop the next one.",
    )
    + _two_col(
        2,
        """<h2 class="u-text u-text-default u-text-1">Frozen condensate pipe</h2>
<p class="u-text u-text-2">Modern condensing boilers get rid of water through a plastic pipe, usually white or
  grey, that runs outside to a drain. In a hard frost the water in it freezes, the boiler backs up and locks
  out &ndash; often with a gurgling noise and a fault code on the display. To thaw it, pour warm (not boiling)
  water slowly along the outside part of the pipe, or hold a hot water bottle against it, working from the open
  end back towards the wall. Then reset the boiler. If it freezes every winter, I can re-route it, fit a larger
  pipe and insulate it, from &pound;120.</p>
<h2 class="u-text u-text-default u-text-3">Burst pipe</h2>
<p class="u-text u-text-4">Turn the water off at the stop tap straight away &ndash; usually under the kitchen
  sink, sometimes where the supply comes into the house; on farms and older cottages it&rsquo;s often in a
  chamber by the boundary or in the field. Open the cold taps to drain the pipes, switch the electrics off if
  water is near sockets or the fuse board, and call me. Do find your stop tap before you need it.</p>
<h2 class="u-text u-text-default u-text-5">Going away in winter</h2>
<p class="u-text u-text-6">Leave the heating on a frost setting or at a steady 12&deg;C, and open the loft hatch
  so some warmth reaches the pipes up there. Lag pipes in lofts, garages, stables and outbuildings. For holiday
  lets and houses standing empty, I can drain the whole system down for the winter (&pound;95) and fill it and
  check it over again in the spring (&pound;95).</p>
<h2 class="u-text u-text-default u-text-7">Outside taps</h2>
<p class="u-text u-text-8">A new outside tap costs &pound;125 fitted. That includes the double check valve the
  water regulations require (it stops dirty water from a hose being sucked back into your drinking water) and
  an isolating valve inside the house, so you can turn it off and drain it before the frosts. A foam frost
  cover is &pound;8 and well worth it. A dripping outside tap usually just needs a new washer or a new tap.</p>""",
        _sidebar(
            2,
            "Frozen up?",
            "If the boiler has stopped in freezing weather, thaw the condensate pipe first &ndash; it saves you a "
            "callout.",
            "Still stuck? Call",
            "tel:07831552907",
        ),
    )
    + _CTA
)


_SMALL_JOBS = (
    _banner(
        1,
        "Small plumbing jobs",
        "Not just boilers &ndash; the everyday jobs round the house that other firms won&rsquo;t come out for.",
    )
    + _two_col(
        2,
        """<h2 class="u-text u-text-default u-text-1">Jobs I&rsquo;m happy to do</h2>
<ul class="u-custom-list u-text u-text-2">
  <li>dripping or stiff taps &ndash; new washers, cartridges or a new tap (happy to fit one you&rsquo;ve bought)</li>
  <li>toilets that keep running, hiss and refill, won&rsquo;t flush properly or leak at the base &ndash; new fill
    valves, flush valves and seals</li>
  <li>replacing a toilet or a basin like for like</li>
  <li>leaks under sinks and around baths</li>
  <li>plumbing in washing machines and dishwashers</li>
  <li>new isolating valves and stop taps that won&rsquo;t turn</li>
  <li>mixer shower valves that run too hot or too cold</li>
  <li>connecting a water softener</li>
  <li>resealing baths and shower trays</li>
</ul>
<h2 class="u-text u-text-default u-text-3">Odd-jobs Wednesdays</h2>
<p class="u-text u-text-4">So that small jobs don&rsquo;t get pushed back by breakdowns, I keep Wednesdays for
  them. You get a morning or afternoon slot, normally within two weeks of calling, and I&rsquo;m charged by time
  at my normal <a href="/prices/">hourly rate</a>. Make a list of everything that needs doing &ndash; it&rsquo;s
  much better value to do four little jobs in one visit than one at a time.</p>
<h2 class="u-text u-text-default u-text-5">What I don&rsquo;t do</h2>
<p class="u-text u-text-6">To be straight with you, these aren&rsquo;t for me:</p>
<ul class="u-custom-list u-text u-text-7">
  <li>full bathroom or kitchen refits and tiling</li>
  <li>electric showers &ndash; they need an electrician for the supply</li>
  <li>blocked drains, septic tanks and soakaways &ndash; you need a drainage contractor with a jetting
    rig</li>
  <li>new water supply runs across fields or to outbuildings &ndash; that&rsquo;s work for a groundworker, and
    anything on the water company&rsquo;s side of the meter is down to them</li>
</ul>""",
        _sidebar(
            2,
            "Got a list of little jobs?",
            "Send it over by text or email and I&rsquo;ll book you a Wednesday slot.",
            "Get in touch",
            "/availability-and-booking/",
        ),
    )
    + _REVIEWS
)


_LANDLORDS = (
    _banner(
        1,
        "Landlords &amp; holiday lets",
        "Gas safety records, oil appliance checks and carbon monoxide alarms, with reminders so you never run late.",
    )
    + _two_col(
        2,
        """<h2 class="u-text u-text-default u-text-1">Gas Safety Record (CP12)</h2>
<p class="u-text u-text-2">If you let a property with gas appliances &ndash; mains gas or LPG &ndash; the law says
  every appliance, flue and the pipework must be safety checked every 12 months by a Gas Safe engineer, and your
  tenants must get a copy within 28 days.</p>
<div class="u-expanded-width u-table u-table-responsive u-table-1">
  <table class="u-table-entity u-table-entity-1">
    <tbody class="u-table-body">
      <tr style="height: 40px;"><td class="u-border-1 u-table-cell">Gas Safety Record, first appliance</td>
        <td class="u-border-1 u-table-cell">&pound;70</td></tr>
      <tr style="height: 40px;"><td class="u-border-1 u-table-cell">Each further appliance (hob, fire)</td>
        <td class="u-border-1 u-table-cell">&pound;20</td></tr>
      <tr style="height: 40px;"><td class="u-border-1 u-table-cell">Added to a boiler service on the same
        visit</td><td class="u-border-1 u-table-cell">+&pound;30</td></tr>
      <tr style="height: 40px;"><td class="u-border-1 u-table-cell">Carbon monoxide alarm, 10-year sealed,
        fitted</td><td class="u-border-1 u-table-cell">&pound;35</td></tr>
    </tbody>
  </table>
</div>
<p class="u-text u-text-3">You can renew up to two months before the old record runs out and still keep the
  original expiry date, so I book yours in during that window.</p>
<h2 class="u-text u-text-default u-text-4">Oil-heated lets</h2>
<p class="u-text u-text-5">There&rsquo;s no legal certificate for oil, but OFTEC recommend a yearly service and
  most letting agents and insurers expect one. I fill in the OFTEC service and inspection record as part of the
  oil service, at no extra cost.</p>
<h2 class="u-text u-text-default u-text-6">Carbon monoxide alarms</h2>
<p class="u-text u-text-7">Since October 2022 landlords must have a CO alarm in every room with a fixed
  fuel-burning appliance (gas cookers excepted). I check they&rsquo;re there and working on every visit.</p>
<h2 class="u-text u-text-default u-text-8">Access and paperwork</h2>
<p class="u-text u-text-9">You don&rsquo;t need to be there. Give me your tenant&rsquo;s name and number and I&rsquo;ll
  arrange a time with them directly and let you know when it&rsquo;s booked. The record is emailed to you, and
  to your tenant if you like, on the same day. I keep your dates and email you six weeks before the next one is
  due. Landlords with five or more properties get 10% off certificates, and landlords and letting agents can
  pay on a 14-day account rather than on the day.</p>
<p class="u-text u-text-10">I&rsquo;m not an electrician, so I can&rsquo;t do electrical safety reports
  (EICRs).</p>""",
        _sidebar(
            2,
            "Certificate due?",
            "Email the property address, your tenant&rsquo;s contact details and the expiry date of the last record.",
            "Email me",
            "mailto:rhys@marchesheating.co.uk",
        ),
    )
    + _REVIEWS
)


_PRICES = (
    _banner(
        1,
        "Prices &amp; callout charges",
        "Straightforward rates, so you know where you stand before I arrive.",
    )
    + _one_col(
        2,
        """<p class="u-text u-text-1">I&rsquo;m a sole trader and not VAT registered, so the price I give you is the
  price you pay &ndash; there&rsquo;s no VAT to add on.</p>
<h2 class="u-text u-text-default u-text-2">Labour rates for repairs and breakdowns</h2>
<div class="u-expanded-width u-table u-table-responsive u-table-1">
  <table class="u-table-entity u-table-entity-1">
    <colgroup><col width="46%"><col width="27%"><col width="27%"></colgroup>
    <thead class="u-palette-1-base u-table-header u-table-header-1">
      <tr style="height: 44px;"><th class="u-border-1 u-table-cell">When</th>
        <th class="u-border-1 u-table-cell">Callout, including the first hour</th>
        <th class="u-border-1 u-table-cell">Each half hour after that</th></tr>
    </thead>
    <tbody class="u-table-body">
      <tr style="height: 40px;"><td class="u-border-1 u-table-cell">Monday to Friday, 8am to 5.30pm</td>
        <td class="u-border-1 u-table-cell">&pound;75</td><td class="u-border-1 u-table-cell">&pound;25</td></tr>
      <tr style="height: 40px;"><td class="u-border-1 u-table-cell">Weekday evenings (to 8pm) and
        Saturdays</td><td class="u-border-1 u-table-cell">&pound;110</td>
        <td class="u-border-1 u-table-cell">&pound;35</td></tr>
      <tr style="height: 40px;"><td class="u-border-1 u-table-cell">Sundays and bank holidays</td>
        <td class="u-border-1 u-table-cell">&pound;140</td><td class="u-border-1 u-table-cell">&pound;45</td></tr>
    </tbody>
  </table>
</div>
<p class="u-text u-text-3">The callout includes travel anywhere in my <a href="/areas-covered/">normal area</a>
  and the first hour on site, so it&rsquo;s also the least you&rsquo;ll pay for a visit. After the first hour I
  charge in half hours, not whole hours.</p>
<h2 class="u-text u-text-default u-text-4">Parts</h2>
<p class="u-text u-text-5">Parts are charged at what the merchant charges me plus 15% to cover collecting them,
  carrying stock and dealing with returns. Ask and I&rsquo;ll show you the receipt.</p>
<h2 class="u-text u-text-default u-text-6">Coming back with a part</h2>
<p class="u-text u-text-7">If I have to order a part and come back to fit it, there&rsquo;s no second callout
  charge &ndash; the return visit is charged by the half hour from when I arrive.</p>
<h2 class="u-text u-text-default u-text-8">Phone advice and quotes</h2>
<p class="u-text u-text-9">If I can talk you through a fix over the phone, there&rsquo;s no charge. Quotes are
  free for new boilers, cylinders, powerflushes and other bigger jobs. Repairs are charged by time, because
  I can&rsquo;t honestly price a fault I haven&rsquo;t seen.</p>
<h2 class="u-text u-text-default u-text-10">Fixed prices elsewhere on the site</h2>
<p class="u-text u-text-11">Servicing, certificates and common jobs have their own fixed prices on their pages:
  <a href="/boiler-servicing/">servicing</a>, <a href="/landlords/">landlord certificates</a>,
  <a href="/heat-pumps/">heat pumps</a>, <a href="/radiators-and-controls/">radiators</a> and
  <a href="/hot-water-cylinders/">cylinders</a>.</p>""",
    )
    + _CTA
)


_PAYMENTS = (
    _banner(
        1,
        "Paying &amp; guarantees",
        "How to pay, and what happens if something I&rsquo;ve fixed goes wrong again.",
    )
    + _two_col(
        2,
        """<h2 class="u-text u-text-default u-text-1">Paying</h2>
<p class="u-text u-text-2">Payment is due when the job is finished. You can pay:</p>
<ul class="u-custom-list u-text u-text-3">
  <li>by card on the day &ndash; I carry a card reader that takes contactless, chip and PIN, Apple Pay and
    Google Pay</li>
  <li>by bank transfer within 7 days &ndash; the details are on the invoice</li>
  <li>in cash, if you prefer</li>
</ul>
<p class="u-text u-text-4">I no longer take cheques. Your invoice or receipt is emailed the same evening. If a
  bill is still unpaid after 30 days, I add a &pound;15 charge for chasing it. Service plans are paid by direct
  debit &ndash; see <a href="/service-plans/">Marches Cover</a>.</p>
<h2 class="u-text u-text-default u-text-5">My guarantee on repairs</h2>
<p class="u-text u-text-6">All my workmanship is guaranteed for 12 months. If a part I&rsquo;ve supplied and
  fitted fails within 12 months, I&rsquo;ll come back and replace it free of charge &ndash; the part and the
  labour. If the same fault comes back, ring me before anyone else, because if another engineer has been into
  the boiler in the meantime I can&rsquo;t honour the guarantee.</p>
<p class="u-text u-text-7">The guarantee doesn&rsquo;t cover faults caused by frost, sludge or scale, accidental
  damage, or a different part failing. If you&rsquo;d like me to fit a part you&rsquo;ve bought yourself,
  that&rsquo;s fine, but the guarantee on the part is between you and the seller; my workmanship on it is
  guaranteed for three months.</p>
<h2 class="u-text u-text-default u-text-8">New boilers</h2>
<p class="u-text u-text-9">New boilers come with the manufacturer&rsquo;s own guarantee, which I register for
  you &ndash; see <a href="/new-boilers/">new boilers</a>.</p>
<h2 class="u-text u-text-default u-text-10">Not happy?</h2>
<p class="u-text u-text-11">Tell me first &ndash; I&rsquo;d much rather put it right. If we can&rsquo;t sort it
  out between us, you can contact Gas Safe Register or OFTEC.</p>""",
        _sidebar(
            2,
            "Questions about a bill?",
            "Ring the office on 01544 388 214 on a Tuesday or Thursday morning and Sian will help.",
            "Call the office",
            "tel:01544388214",
        ),
    )
    + _CTA
)


_AREAS = (
    _banner(
        1,
        "Areas I cover",
        "Based in Pembridge, between Leominster and Kington, covering north and west Herefordshire, south "
        "Shropshire and Radnorshire.",
    )
    + _two_col(
        2,
        """<h2 class="u-text u-text-default u-text-1">My normal area &ndash; no travel charge</h2>
<p class="u-text u-text-2">Anywhere within 25 road miles of Pembridge, including:</p>
<p class="u-text u-text-3">Leominster &middot; Kington &middot; Presteigne &middot; Weobley &middot; Eardisland
  &middot; Shobdon &middot; Lyonshall &middot; Eardisley &middot; Dilwyn &middot; Staunton on Wye &middot;
  Bodenham &middot; Hereford &middot; Ludlow &middot; Tenbury Wells &middot; Bromyard &middot; Knighton
  &middot; Hay-on-Wye &middot; New Radnor &middot; Wigmore &middot; Leintwardine &middot; Bishop&rsquo;s
  Castle</p>
<h2 class="u-text u-text-default u-text-4">Further out &ndash; 25 to 40 miles</h2>
<p class="u-text u-text-5">I&rsquo;ll still come, with a travel charge of 60p a mile each way for every mile
  past 25. For example:</p>
<div class="u-expanded-width u-table u-table-responsive u-table-1">
  <table class="u-table-entity u-table-entity-1">
    <tbody class="u-table-body">
      <tr style="height: 36px;"><td class="u-border-1 u-table-cell">Llandrindod Wells (about 28 miles)</td>
        <td class="u-border-1 u-table-cell">about &pound;4 extra</td></tr>
      <tr style="height: 36px;"><td class="u-border-1 u-table-cell">Church Stretton (about 29 miles)</td>
        <td class="u-border-1 u-table-cell">about &pound;5 extra</td></tr>
      <tr style="height: 36px;"><td class="u-border-1 u-table-cell">Builth Wells (about 31 miles)</td>
        <td class="u-border-1 u-table-cell">about &pound;7 extra</td></tr>
      <tr style="height: 36px;"><td class="u-border-1 u-table-cell">Ledbury (about 32 miles)</td>
        <td class="u-border-1 u-table-cell">about &pound;8 extra</td></tr>
      <tr style="height: 36px;"><td class="u-border-1 u-table-cell">Ross-on-Wye and Rhayader (about 36
        miles)</td><td class="u-border-1 u-table-cell">about &pound;13 extra</td></tr>
    </tbody>
  </table>
</div>
<p class="u-text u-text-6">Beyond 40 miles I don&rsquo;t take work on &ndash; I couldn&rsquo;t get to a breakdown
  quickly enough to be any use to you.</p>
<h2 class="u-text u-text-default u-text-7">Helping me find you</h2>
<p class="u-text u-text-8">Plenty of my customers are up farm tracks with no house number, and sat-navs give
  up round here. When you book, give me clear directions or a what3words location. The van is two-wheel drive,
  so in snow or deep mud I may ask you to meet me at the road. And please shut dogs away before I arrive
  &ndash; I like dogs, but not when I&rsquo;ve got my head inside a boiler.</p>""",
        _sidebar(
            2,
            "Not sure if you&rsquo;re in my area?",
            "Text me your postcode and I&rsquo;ll tell you straight away.",
            "Text 07831 552 907",
            "tel:07831552907",
        ),
    )
    + _CTA
)


_AVAILABILITY = (
    _banner(
        1,
        "Availability &amp; booking",
        "When I work, how to reach me, and how booking and cancelling works.",
    )
    + _two_col(
        2,
        """<h2 class="u-text u-text-default u-text-1">When I work</h2>
<p class="u-text u-text-2">Monday to Friday, 8am to 5.30pm. Saturday mornings, 9am to 1pm, are for booked work
  only &ndash; often servicing and quotes for people who can&rsquo;t be home in the week. I work evenings only
  for genuine emergencies when I can. On Sundays I only go out to emergencies for service-plan customers and
  vulnerable households. I&rsquo;m one man, not a 24-hour call centre, and I&rsquo;d rather be honest about
  that.</p>
<h2 class="u-text u-text-default u-text-3">Getting hold of me</h2>
<p class="u-text u-text-4">Most of the day I&rsquo;m lying under a boiler and can&rsquo;t answer. Leave a
  message, or better, text or WhatsApp 07831 552 907. I reply between jobs and always by 7pm the same day. My wife
  Sian answers the office line, 01544 388 214, on Tuesday and Thursday mornings from 9 till 12 for bookings.
  There&rsquo;s no online booking.</p>
<h2 class="u-text u-text-default u-text-5">How soon can you come?</h2>
<p class="u-text u-text-6">Breakdowns: usually the same or the next working day. Servicing: normally one to three
  weeks ahead, longer from October to January.</p>
<h2 class="u-text u-text-default u-text-7">Booking</h2>
<p class="u-text u-text-8">Give me your postcode, the make and model of your boiler and what&rsquo;s wrong. I book
  visits as morning (8 to 12) or afternoon (12 to 5.30) slots and text you when I&rsquo;m on my way.</p>
<h2 class="u-text u-text-default u-text-9">Cancelling or moving an appointment</h2>
<p class="u-text u-text-10">Please give me at least 24 hours&rsquo; notice &ndash; a text is fine &ndash; and
  there&rsquo;s no charge to cancel or move. If I turn up and nobody&rsquo;s in and I haven&rsquo;t heard from
  you, there&rsquo;s a &pound;35 wasted journey charge. In a cold snap an emergency can occasionally push a
  routine service back; if that happens I&rsquo;ll let you know as early as I can.</p>
<h2 class="u-text u-text-default u-text-11">Holidays</h2>
<p class="u-text u-text-12">I&rsquo;m away for the last two weeks of August. While I&rsquo;m away, breakdowns for
  service-plan customers are covered by Gareth Lloyd of Lloyd Heating in Leominster &ndash; his number is on my
  answerphone message. Over Christmas I&rsquo;m off on Christmas Day, Boxing Day and New Year&rsquo;s Day; on the
  working days in between I take breakdowns only, no routine work.</p>""",
        _sidebar(
            2,
            "Quickest way to book",
            "Text or WhatsApp 07831 552 907 with your postcode, boiler make and what&rsquo;s going on.",
            "WhatsApp me",
            "https://wa.me/447831552907",
        ),
    )
    + _REVIEWS
)


_ABOUT = (
    _banner(
        1,
        "About Rhys",
        "A Kington lad who came home to look after the boilers of the Marches.",
    )
    + _two_col(
        2,
        """<p class="u-text u-text-1">I&rsquo;m Rhys Bevan. I grew up in Kington and started as an apprentice with a
  heating firm in Hereford at seventeen. After that I spent eight years as a British Gas engineer in Cardiff and
  Newport, which is where I learned what a badly fitted boiler looks like. In 2011 I came home and started
  Marches Heating &amp; Plumbing. It&rsquo;s been me and one van ever since.</p>
<h2 class="u-text u-text-default u-text-2">Registrations and qualifications</h2>
<ul class="u-custom-list u-text u-text-3">
  <li>Gas Safe Register number <b>548213</b> &ndash; natural gas and LPG: boilers, fires, cookers and water
    heaters</li>
  <li>OFTEC registered technician, number <b>C17340</b> &ndash; oil boilers, burners and oil tanks</li>
  <li>G3 unvented hot water</li>
  <li>F-Gas certified for heat pumps</li>
  <li>WaterSafe approved plumber</li>
  <li>Worcester Bosch Accredited Installer</li>
  <li>&pound;5 million public liability insurance</li>
  <li>Basic DBS checked</li>
</ul>
<p class="u-text u-text-4">I always carry my Gas Safe ID card, which has my photo on it. You&rsquo;re welcome to
  ask to see it at the door, and you can check any engineer on the Gas Safe Register website or by ringing
  them on 0800 408 5500.</p>
<h2 class="u-text u-text-default u-text-5">The rest of the team</h2>
<p class="u-text u-text-6"><b>Sian</b> keeps the books, takes bookings and chases parts so I can get on with the
  work. <b>Bramble</b>, our collie, sometimes rides along in the van. She stays in it.</p>
<p class="u-text u-text-7">You&rsquo;ll know the van &ndash; a white Vauxhall Vivaro with the Marches logo on the
  side, usually with a bit of farm mud up the doors.</p>""",
        _sidebar(
            2,
            "Reviews",
            "Rated 9.8 out of 10 on Checkatrade from over 240 reviews since 2014.",
            "Book a visit",
            "/availability-and-booking/",
        ),
    )
    + _REVIEWS
)


_FAQ_ITEMS = [
    (
        "Do I need to be in while you&rsquo;re here?",
        "<p>Yes &ndash; someone over 18 needs to be at home for the whole visit, so I can talk you through what "
        "I&rsquo;ve found and leave things safe. For empty holiday lets and landlords&rsquo; properties I can use a "
        "key safe by arrangement.</p>",
    ),
    (
        "Do you service Rayburns and Agas?",
        "<p>I service oil and gas Rayburns, including the 400 and 600 series, from &pound;125. I don&rsquo;t work "
        "on Agas &ndash; for those you need an Aga specialist.</p>",
    ),
    (
        "Will you work on my wood burner or the back boiler behind my stove?",
        "<p>No. Solid fuel and biomass need a HETAS registered engineer, and I&rsquo;m not one.</p>",
    ),
    (
        "Will you make a mess?",
        "<p>I wear shoe covers indoors, put dust sheets down and clear up after myself. Old parts go away with "
        "me for recycling, unless you&rsquo;d like to keep them.</p>",
    ),
    (
        "Can you look at a boiler someone else fitted?",
        "<p>Yes, any make. If it&rsquo;s still within the installer&rsquo;s own guarantee, though, ring them "
        "first &ndash; if I work on it, that guarantee may not stand.</p>",
    ),
    (
        "Is my old boiler worth repairing?",
        "<p>As a rough guide: under 10 years old, nearly always yes. Between 10 and 15, usually, unless the "
        "repair is a big one. Over 15, if the repair would cost more than about a third of a new boiler, it&rsquo;s "
        "time to think about replacing it.</p>",
    ),
    (
        "Can I get a grant for a new boiler?",
        "<p>Some households can get a free or cheaper boiler through the ECO4 scheme, run through energy "
        "suppliers and the council. I&rsquo;m not an ECO installer, so I can&rsquo;t arrange it myself; the "
        "Keep Herefordshire Warm advice line is the place to start.</p>",
    ),
    (
        "Can you move or reconnect a gas cooker?",
        "<p>Yes. Disconnecting and reconnecting a freestanding gas or LPG cooker on a bayonet hose, with a "
        "safety check, is &pound;65.</p>",
    ),
]

_FAQ = (
    _banner(
        1,
        "Frequently asked questions",
        "The things people ask me most.",
    )
    + """<section class="u-clearfix u-section-2" id="sec-faq1">
  <div class="u-clearfix u-sheet u-sheet-1">
    <div class="u-accordion u-collapsed-by-default u-spacing-10 u-accordion-1">
"""
    + "\n".join(_acc(i + 1, q, a) for i, (q, a) in enumerate(_FAQ_ITEMS))
    + """
    </div>
    <p class="u-text u-text-1">Not answered here? <a href="/availability-and-booking/">Get in touch</a> and ask.</p>
  </div>
</section>
"""
    + _CTA
)


HTML = {
    "/": _page(
        "Home",
        "Home",
        "Heating engineer and plumber in Pembridge, Herefordshire: gas, oil and LPG boilers, heat pumps and plumbing.",
        "heating engineer Herefordshire, plumber Leominster, oil boiler service Kington",
        _HOME,
    ),
    "/boiler-breakdowns/": _page(
        "Boiler Breakdowns &amp; Repairs",
        "Boiler-Breakdowns",
        "Boiler stopped working? Checks to try first and what happens when the engineer comes out.",
        "boiler breakdown, boiler repair, no heating, no hot water, boiler pressure",
        _BREAKDOWNS,
    ),
    "/boiler-servicing/": _page(
        "Annual Boiler Servicing",
        "Boiler-Servicing",
        "Fixed-price annual servicing for gas, LPG and oil boilers in Herefordshire.",
        "boiler service, oil boiler service, LPG boiler service, gas boiler service price",
        _SERVICING,
    ),
    "/service-plans/": _page(
        "Marches Cover Service Plans",
        "Service-Plans",
        "Monthly service and breakdown cover plans for gas, LPG and oil boilers.",
        "boiler cover, service plan, breakdown cover, monthly direct debit",
        _PLANS,
    ),
    "/new-boilers/": _page(
        "New Boilers &amp; Free Quotes",
        "New-Boilers",
        "Replacement gas, LPG and oil boilers with a free survey and fixed written quote.",
        "new boiler, boiler replacement, combi boiler, Worcester Bosch installer, Grant oil boiler",
        _NEW_BOILERS,
    ),
    "/oil-and-lpg/": _page(
        "Oil &amp; LPG Boilers",
        "Oil-and-LPG",
        "OFTEC registered oil boiler engineer and Gas Safe LPG engineer for off-grid homes.",
        "oil boiler, kerosene, OFTEC, oil tank, LPG, propane, Calor",
        _OIL_LPG,
    ),
    "/heat-pumps/": _page(
        "Heat Pump Servicing",
        "Heat-Pumps",
        "Air source heat pump servicing and repairs in Herefordshire.",
        "air source heat pump service, Ecodan, Daikin, aroTHERM, F-Gas",
        _HEAT_PUMPS,
    ),
    "/hot-water-cylinders/": _page(
        "Cylinders &amp; Immersion Heaters",
        "Hot-Water-Cylinders",
        "Vented and unvented hot water cylinders, immersion heaters and G3 servicing.",
        "hot water cylinder, unvented cylinder, Megaflo, immersion heater, tundish",
        _CYLINDERS,
    ),
    "/radiators-and-controls/": _page(
        "Radiators &amp; Thermostats",
        "Radiators-and-Controls",
        "Radiator problems, powerflushing, TRVs and smart thermostats fitted.",
        "radiator cold, powerflush, TRV, Hive, Nest, tado, smart thermostat",
        _RADIATORS,
    ),
    "/frozen-pipes-and-outside-taps/": _page(
        "Frozen Pipes &amp; Outside Taps",
        "Frozen-Pipes",
        "Frozen condensate pipes, burst pipes, winter drain-downs and outside taps fitted.",
        "frozen condensate pipe, burst pipe, outside tap, winterising",
        _FROZEN,
    ),
    "/small-plumbing-jobs/": _page(
        "Small Plumbing Jobs",
        "Small-Plumbing-Jobs",
        "Dripping taps, running toilets, leaks and appliance plumbing.",
        "plumber small jobs, dripping tap, toilet repair, washing machine plumbing",
        _SMALL_JOBS,
    ),
    "/landlords/": _page(
        "Landlords &amp; Holiday Lets",
        "Landlords",
        "Gas safety records (CP12), oil appliance checks and CO alarms for landlords.",
        "gas safety certificate, CP12, landlord, holiday let, carbon monoxide alarm",
        _LANDLORDS,
    ),
    "/prices/": _page(
        "Prices &amp; Callout Charges",
        "Prices",
        "Callout charges, hourly rates and parts pricing.",
        "callout charge, hourly rate, heating engineer prices",
        _PRICES,
    ),
    "/payments-and-guarantees/": _page(
        "Paying &amp; Guarantees",
        "Payments",
        "How to pay and the guarantee on repairs.",
        "payment, card, bank transfer, guarantee, warranty",
        _PAYMENTS,
    ),
    "/areas-covered/": _page(
        "Areas I Cover",
        "Areas",
        "Pembridge based, covering north and west Herefordshire, south Shropshire and Radnorshire.",
        "Leominster, Kington, Hereford, Ludlow, Presteigne, Knighton, Builth Wells",
        _AREAS,
    ),
    "/availability-and-booking/": _page(
        "Availability &amp; Booking",
        "Availability",
        "Working hours, holidays, how to book and cancellation policy.",
        "booking, opening hours, cancellation, emergency, Christmas",
        _AVAILABILITY,
    ),
    "/about/": _page(
        "About Rhys",
        "About",
        "Rhys Bevan, Gas Safe and OFTEC registered heating engineer based in Pembridge.",
        "Gas Safe registered, OFTEC, Rhys Bevan, Pembridge",
        _ABOUT,
    ),
    "/faq/": _page(
        "FAQs",
        "FAQ",
        "Answers to common questions about visits, appliances and boilers.",
        "FAQ, Rayburn, wood burner, grants, gas cooker",
        _FAQ,
    ),
}


QUESTIONS = [
    (
        "The heating's gone off and the little dial on the front of the boiler is only showing about half a bar. "
        "Is there anything I can try myself before paying for someone to come out?",
        "/boiler-breakdowns/",
    ),
    ("i can smell gas in the kitchen near the cooker what should i do", "/boiler-breakdowns/"),
    (
        "What do you charge for the yearly service on a kerosene boiler? Ours is a Grant in the utility room.",
        "/boiler-servicing/",
    ),
    (
        "Do you do some sort of monthly payment thing that covers the yearly service and you coming out if the "
        "boiler packs up?",
        "/service-plans/",
    ),
    ("Our boiler is about 17 years old now, would it still be allowed on your cover?", "/service-plans/"),
    (
        "Roughly what are we looking at for a new combi, and how long would we be without heating while it goes in?",
        "/new-boilers/",
    ),
    (
        "We ran out of heating oil over the weekend, the tanker came this morning but the boiler still won't "
        "light. what do we do now",
        "/oil-and-lpg/",
    ),
    (
        "The fan box outside for our heat pump keeps stopping and then there's clouds of steam coming off it, "
        "should I be worried?",
        "/heat-pumps/",
    ),
    (
        "we're thinking of getting rid of the oil and going for one of those air source pumps, could you fit one "
        "for us",
        "/heat-pumps/",
    ),
    (
        "Theres water trickling into that little open funnel on the pipes under our Megaflo in the airing "
        "cupboard. Is that bad?",
        "/hot-water-cylinders/",
    ),
    (
        "No hot water since yesterday. We only heat it with the electric element in the tank and I think it's "
        "died, roughly what would it cost to replace?",
        "/hot-water-cylinders/",
    ),
    (
        "The radiators downstairs are warm at the top but stone cold along the bottom, even after I bled them. "
        "My neighbour mentioned getting them flushed?",
        "/radiators-and-controls/",
    ),
    (
        "Boiler packed up this morning when it was minus 5. There's a white plastic pipe coming out the wall "
        "under it that's got ice all over it",
        "/frozen-pipes-and-outside-taps/",
    ),
    (
        "Could you put a tap on the outside wall by the back door so I can run a hose to the veg patch?",
        "/frozen-pipes-and-outside-taps/",
    ),
    (
        "Our loo keeps hissing and filling up for ages after it's flushed. Do you do little jobs like that or "
        "only boilers?",
        "/small-plumbing-jobs/",
    ),
    ("drain in the yard is blocked and backing up, can you come and clear it", "/small-plumbing-jobs/"),
    (
        "I let out a cottage in Weobley and need the annual gas safety certificate done, how much is that?",
        "/landlords/",
    ),
    ("What do you charge per hour on a Saturday?", "/prices/"),
    (
        "I'm just outside Builth Wells, would you come out this far and is there extra to pay for the distance?",
        "/areas-covered/",
    ),
    (
        "Are you working over Christmas? Worried the boiler will go on Boxing Day like it did last year",
        "/availability-and-booking/",
    ),
    (
        "If something comes up and I can't be in for the appointment, will you charge me?",
        "/availability-and-booking/",
    ),
    ("Can I pay by card when you've finished or do you want cash?", "/payments-and-guarantees/"),
    (
        "You put a new fan in my boiler back in the spring and now it's making the same racket again. Do I have "
        "to pay all over again?",
        "/payments-and-guarantees/",
    ),
    (
        "My daughter says I should check your gas safe number before I let anyone in the house, what is it?",
        "/about/",
    ),
    ("do u service rayburns", "/faq/"),
]


OUT_OF_SCOPE = [
    "Can I pay for a new boiler in monthly instalments, do you do finance?",
    "Our water comes from a borehole and the pump keeps cutting out, can you sort that?",
    "Do you fit solar panels?",
    "Can you put underfloor heating in our new kitchen extension?",
    "Do you do a discount for pensioners?",
    "Are you taking on an apprentice? My son's just left school and is keen",
    "What time does the recycling centre in Leominster open on a Sunday?",
    "Can you install a charger for an electric car?",
]
