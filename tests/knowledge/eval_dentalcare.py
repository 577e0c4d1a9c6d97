"""An evaluation site: Wensum Dental Care, an independent mixed NHS and private dental practice in Norwich (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. Built like a Squarespace 7.0 site: an
index home page with sections, sqs-layout / sqs-row / sqs-col wrappers around "sqs-block html-block" content
blocks, summary blocks, quote blocks, a two-column layout with a sidebar on some pages and an accordion block
for the FAQs.
"""

import itertools
import zlib

NAME = "Wensum Dental Care"

_SITE = "https://www.wensumdental.co.uk"
_PHONE = "01603 612 480"
_TEL = "tel:+441603612480"
_EMAIL = "hello@wensumdental.co.uk"
_block_ids = itertools.count(1)


def _bid():
    n = next(_block_ids)
    return f"block-yui_3_17_2_1_1698{n:06d}_{(n * 7919) % 100000:05d}"


# --- Squarespace-style block helpers ---------------------------------------------------------------------


def _html(content):
    return (
        f'<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="{_bid()}">'
        f'<div class="sqs-block-content">\n{content}\n</div></div>'
    )


def _spacer():
    return (
        f'<div class="sqs-block spacer-block sqs-block-spacer sized vsize-1" data-block-type="21" id="{_bid()}">'
        '<div class="sqs-block-content">&nbsp;</div></div>'
    )


def _button(label, href, align="center"):
    return (
        f'<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="{_bid()}">'
        f'<div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--{align}"'
        f' data-animation-role="button" data-alignment="{align}" data-button-size="medium">'
        f'<a href="{href}" class="sqs-block-button-element--medium sqs-button-element--primary '
        f'sqs-block-button-element" data-initialized="true">{label}</a></div></div></div>'
    )


def _quote(text, source):
    return (
        f'<div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="{_bid()}">'
        '<div class="sqs-block-content"><figure>'
        f'<blockquote data-animation-role="quote"><span>&ldquo;</span>{text}<span>&rdquo;</span></blockquote>'
        f'<figcaption class="source">&mdash; {source}</figcaption></figure></div></div>'
    )


def _image(alt, src):
    return (
        f'<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="{_bid()}">'
        '<div class="sqs-block-content"><div class="image-block-outer-wrapper layout-caption-below'
        ' design-layout-inline">'
        '<div class="intrinsic" style="max-width:1500px;"><div class="image-block-wrapper has-aspect-ratio"'
        ' style="padding-bottom:66.6%;"><noscript><img src="/s/' + src + '" alt="' + alt + '"></noscript>'
        '<img class="thumb-image" data-src="/s/' + src + '" data-image-dimensions="1500x1000"'
        ' data-image-focal-point="0.5,0.5" alt="' + alt + '" data-load="false" data-type="image"/>'
        "</div></div></div></div></div>"
    )


def _col(span, *blocks):
    inner = "\n".join(blocks)
    return f'<div class="col sqs-col-{span} span-{span}">\n{inner}\n</div>'


def _row(*cols):
    inner = "\n".join(cols)
    return f'<div class="row sqs-row">\n{inner}\n</div>'


def _layout(*rows, page_id="page"):
    inner = "\n".join(rows)
    return (
        f'<div class="sqs-layout sqs-grid-12 columns-12" data-type="page" data-updated-on="1716902203114"'
        f' id="{page_id}-{next(_block_ids):04d}">\n{inner}\n</div>'
    )


def _accordion(items):
    lis = []
    for i, (q, a) in enumerate(items):
        lis.append(
            '<li class="accordion-item">'
            '<h4 class="accordion-item__title-wrapper" role="heading" aria-level="3">'
            f'<button class="accordion-item__click-target accordion-toggle" aria-expanded="false"'
            f' aria-controls="accordion-faq-{i}" id="accordion-faq-title-{i}" style="padding-top:20px;">'
            f'<span class="accordion-item__title">{q}</span>'
            '<div class="accordion-icon-container" data-is-open="false" aria-hidden="true">'
            '<div class="plus"><div class="line"></div><div class="line"></div></div></div></button></h4>'
            f'<div class="accordion-item__dropdown accordion-panel" role="region" id="accordion-faq-{i}"'
            f' aria-labelledby="accordion-faq-title-{i}"><div class="accordion-item__description">{a}</div></div>'
            "</li>"
        )
    inner = "\n".join(lis)
    return (
        f'<div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69" id="{_bid()}">'
        '<div class="sqs-block-content"><ul class="accordion-items-container"'
        f' data-should-allow-multiple-open-items="false" data-accordion-icon-placement="right">\n{inner}\n'
        "</ul></div></div>"
    )


def _summary(items):
    cards = []
    for title, href, excerpt, img in items:
        cards.append(
            '<div class="summary-item summary-item-record-type-text sqs-gallery-design-autogrid-slide'
            ' summary-item-has-thumbnail summary-item-has-excerpt">'
            '<div class="summary-thumbnail-outer-container">'
            f'<a href="{href}" data-title="{title}" class="summary-thumbnail-container sqs-gallery-image-container">'
            f'<div class="summary-thumbnail img-wrapper"><img data-src="/s/{img}" data-image-dimensions="1200x800"'
            f' alt="{title}" class="summary-thumbnail-image"/></div></a></div>'
            '<div class="summary-content sqs-gallery-meta-container">'
            f'<div class="summary-title"><a href="{href}" class="summary-title-link">{title}</a></div>'
            f'<div class="summary-excerpt summary-excerpt-only"><p>{excerpt}</p></div>'
            f'<a href="{href}" class="summary-read-more-link">Find out more &rarr;</a></div></div>'
        )
    inner = "\n".join(cards)
    return (
        f'<div class="sqs-block summary-v2-block sqs-block-summary-v2" data-block-type="55" id="{_bid()}">'
        '<div class="sqs-block-content"><div class="summary-block-wrapper summary-block-collection-type-index'
        " summary-block-setting-design-autogrid summary-block-setting-text-size-medium"
        ' summary-block-setting-text-align-left summary-block-setting-show-thumbnail">'
        '<div class="summary-block-header"><h3 class="summary-header-text">Our treatments</h3></div>'
        '<div class="summary-item-list-container sqs-gallery-container">'
        f'<div class="summary-item-list sqs-gallery">\n{inner}\n</div></div></div></div></div>'
    )


def _sidebar(testimonial, source, related):
    links = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in related)
    return _col(
        4,
        _html(
            '<div class="sidebar-book"><h3>Book an appointment</h3>'
            f'<p>Call reception on <a href="{_TEL}">{_PHONE}</a> or email '
            f'<a href="mailto:{_EMAIL}">{_EMAIL}</a>.</p></div>'
        ),
        _button("Call to book", _TEL),
        _quote(testimonial, source),
        _html(f'<h3>Related pages</h3><ul class="sidebar-links">{links}</ul>'),
    )


# --- Shared header, navigation and footer --------------------------------------------------------------

_MENU = [
    ("Home", "/", None),
    (
        "About us",
        None,
        [
            ("Meet the team", "/meet-the-team/"),
            ("Find us, parking &amp; access", "/find-us/"),
            ("FAQs", "/faqs/"),
            ("Practice policies", "/practice-policies/"),
        ],
    ),
    (
        "General dentistry",
        None,
        [
            ("Check-ups", "/check-ups/"),
            ("Hygienist", "/hygienist/"),
            ("Emergency appointments", "/emergency-dentist/"),
            ("White fillings &amp; crowns", "/fillings-and-crowns/"),
            ("Children's dentistry", "/childrens-dentistry/"),
            ("Nervous patients &amp; sedation", "/nervous-patients/"),
        ],
    ),
    (
        "Cosmetic &amp; implants",
        None,
        [
            ("Dental implants", "/dental-implants/"),
            ("Invisalign", "/invisalign/"),
            ("Teeth whitening", "/teeth-whitening/"),
        ],
    ),
    (
        "Fees &amp; plans",
        None,
        [
            ("Fees", "/fees/"),
            ("Wensum Care Plan", "/dental-plan/"),
            ("Finance &amp; payment", "/finance/"),
        ],
    ),
    ("New patients", "/new-patients/", None),
]


def _nav(prefix, current):
    parts = []
    for label, href, children in _MENU:
        if children is None:
            active = " active" if href == current else ""
            parts.append(f'<div class="{prefix}-item{active}"><a href="{href}">{label}</a></div>')
        else:
            kids = "".join(
                f'<div class="{prefix}-folder-item{" active" if h == current else ""}"><a href="{h}">{t}</a></div>'
                for t, h in children
            )
            parts.append(
                f'<div class="{prefix}-item {prefix}-item--folder">'
                f'<a href="#" class="{prefix}-folder-title" aria-haspopup="true">{label}</a>'
                f'<div class="{prefix}-folder">{kids}</div></div>'
            )
    return "\n".join(parts)


def _header(current):
    return f"""<div class="sqs-announcement-bar-dropzone"></div>
<div class="Mobile" data-nc-base="mobile-bar" data-controller="AncillaryLayout">
  <div class="Mobile-bar Mobile-bar--top" data-nc-group="top" data-controller="MobileOffset">
    <div data-nc-container="top-left"><a href="/" class="Mobile-bar-branding" data-nc-element="branding">
      <img src="/s/wensum-dental-logo.png" alt="Wensum Dental Care" class="Mobile-bar-branding-logo"/></a></div>
    <div data-nc-container="top-right"><button class="Mobile-bar-menu" data-controller-overlay="menu"
      aria-label="Open menu">Menu</button></div>
  </div>
  <div class="Mobile-overlay"><div class="Mobile-overlay-menu" data-controller="MobileOverlayFolders">
    <nav class="Mobile-overlay-nav Mobile-overlay-nav--primary" data-content-field="navigation">
{_nav("Mobile-overlay-nav", current)}
    </nav></div>
    <button class="Mobile-overlay-close" aria-label="Close menu">&times;</button>
  </div>
</div>
<div class="Site" data-nc-base="header" data-controller="AncillaryLayout">
<div class="sqs-cookie-banner-v2-container" role="dialog" aria-label="Cookie banner">
  <div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom">
    <div class="sqs-cookie-banner-v2-text"><p>We use cookies to understand how visitors use our website and to
    improve it. You can accept all cookies or manage your preferences. See our
    <a href="/practice-policies/">practice policies</a> for how we handle personal information.</p></div>
    <div class="sqs-cookie-banner-v2-cta-container">
      <button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept all</button>
      <button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button>
      <button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-manage">Manage cookies</button>
    </div>
  </div>
</div>
<header class="Header Header--top" data-nc-group="top">
  <div class="Header-inner Header-inner--top" data-nc-group="top">
    <div data-nc-container="top-left">
      <a href="/" class="Header-branding" data-nc-element="branding" data-content-field="site-title">
        <img src="/s/wensum-dental-logo.png" alt="Wensum Dental Care" class="Header-branding-logo"/></a>
    </div>
    <div data-nc-container="top-center">
      <nav class="Header-nav Header-nav--primary" data-nc-element="primary-nav" data-content-field="navigation">
        <div class="Header-nav-inner">
{_nav("Header-nav", current)}
        </div>
      </nav>
    </div>
    <div data-nc-container="top-right">
      <div class="Header-search" data-nc-element="search"><a href="#" class="Header-search-link">Search</a></div>
      <div class="Header-phone sqs-block-content"><a href="{_TEL}" class="Header-phone-link">{_PHONE}</a></div>
      <div class="Header-cta"><a href="{_TEL}" class="sqs-block-button-element--small sqs-block-button-element
        Header-cta-button">Book now</a></div>
    </div>
  </div>
</header>
"""


def _footer():
    return f"""<footer class="Footer" role="contentinfo" data-nc-group="footer" data-controller="FooterBreakpoints">
  <div class="Footer-inner clear">
    <div class="sqs-layout sqs-grid-12 columns-12 Footer-blocks Footer-blocks--top" data-type="block-field"
      data-updated-on="1716902210001" id="footerBlocksTop">
      <div class="row sqs-row">
        <div class="col sqs-col-4 span-4">
          <div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-footer-address">
            <div class="sqs-block-content">
              <h3>Wensum Dental Care</h3>
              <p>41 Earlham Road<br/>Norwich<br/>Norfolk NR2 3AD</p>
              <p>Tel: <a href="{_TEL}">{_PHONE}</a><br/>Email: <a href="mailto:{_EMAIL}">{_EMAIL}</a></p>
            </div>
          </div>
        </div>
        <div class="col sqs-col-4 span-4">
          <div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-footer-hours">
            <div class="sqs-block-content">
              <h3>Opening hours</h3>
              <p>Monday 8.30am &ndash; 5.30pm<br/>Tuesday 8.30am &ndash; 7.30pm<br/>
              Wednesday 8.30am &ndash; 5.30pm<br/>Thursday 8.00am &ndash; 5.00pm<br/>
              Friday 8.30am &ndash; 4.00pm<br/>Saturday &amp; Sunday closed</p>
            </div>
          </div>
        </div>
        <div class="col sqs-col-4 span-4">
          <div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-footer-links">
            <div class="sqs-block-content">
              <h3>Quick links</h3>
              <p><a href="/new-patients/">New patients</a><br/><a href="/fees/">Fees</a><br/>
              <a href="/emergency-dentist/">Emergency appointments</a><br/><a href="/faqs/">FAQs</a><br/>
              <a href="/practice-policies/">Policies, complaints &amp; privacy</a></p>
            </div>
          </div>
          <div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2" data-block-type="54"
            id="block-footer-social">
            <div class="sqs-block-content"><div class="sqs-svg-icon--outer social-icon-alignment-left">
              <nav class="sqs-svg-icon--list">
                <a href="https://www.facebook.com/wensumdentalcare" target="_blank"
                  class="sqs-svg-icon--wrapper facebook-unauth" aria-label="Facebook">Facebook</a>
                <a href="https://www.instagram.com/wensumdental" target="_blank"
                  class="sqs-svg-icon--wrapper instagram-unauth" aria-label="Instagram">Instagram</a>
              </nav></div></div>
          </div>
        </div>
      </div>
      <div class="row sqs-row">
        <div class="col sqs-col-12 span-12">
          <div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-footer-legal">
            <div class="sqs-block-content">
              <p class="sqsrte-small">We are a mixed NHS and private practice. Wensum Dental Care Ltd is
              registered with the Care Quality Commission. Registered in England &amp; Wales, company no.
              08123456. Registered office: 41 Earlham Road, Norwich NR2 3AD.</p>
              <p class="sqsrte-small">&copy; 2025 Wensum Dental Care Ltd. All rights reserved.
              <a href="/practice-policies/">Privacy &amp; cookies</a></p>
            </div>
          </div>
        </div>
      </div>
    </div>
  </div>
</footer>
</div>
"""


def _page(path, title, description, content, body_class="collection-type-page"):
    full_title = "Wensum Dental Care" if path == "/" else f"{title} &mdash; Wensum Dental Care"
    url = _SITE + path
    return f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="">
<meta charset="utf-8" />
<title>{full_title}</title>
<link rel="shortcut icon" type="image/x-icon" href="/universal/favicon.ico"/>
<link rel="canonical" href="{url}"/>
<meta property="og:site_name" content="Wensum Dental Care"/>
<meta property="og:title" content="{full_title}"/>
<meta property="og:url" content="{url}"/>
<meta property="og:type" content="website"/>
<meta property="og:description" content="{description}"/>
<meta property="og:image" content="{_SITE}/s/og-wensum-dental.jpg?format=1500w"/>
<meta itemprop="name" content="{full_title}"/>
<meta name="twitter:title" content="{full_title}"/>
<meta name="twitter:card" content="summary"/>
<meta name="description" content="{description}" />
<link rel="stylesheet" type="text/css" href="/universal/styles-compressed/commerce-ce7c6e0a7ba8f0b7d1a8-min.en-US.css"/>
<link rel="stylesheet" type="text/css" href="/s/site.css?&amp;filterFeatures=false"/>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-W3NSUM0041');
</script>
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"Dentist","name":"Wensum Dental Care",
"telephone":"{_PHONE}","address":{{"@type":"PostalAddress","streetAddress":"41 Earlham Road",
"addressLocality":"Norwich","postalCode":"NR2 3AD","addressCountry":"GB"}}}}</script>
</head>
<body id="collection-{zlib.crc32(path.encode()):010d}" class="{body_class} tweak-site-width-option-full-background
 tweak-header-primary-nav-hover-style-spotlight tweak-header-tertiary-nav-display-inline
 show-products-category-navigation
 ancillary-header-top-left-layout-horizontal ancillary-header-top-center-layout-horizontal">
{_header(path)}
<main class="Main Main--page" role="main">
  <section class="Main-content" data-content-field="main-content">
{content}
  </section>
</main>
{_footer()}
<script>Squarespace.afterBodyLoad(Y);</script>
</body>
</html>
"""


def _with_sidebar(main_blocks, sidebar):
    return _layout(_row(_col(8, *main_blocks), sidebar))


def _full(*blocks):
    return _layout(_row(_col(12, *blocks)))


def _page_header(heading, strap):
    return _html(f'<h1 style="white-space:pre-wrap;">{heading}</h1>\n<p class="lead">{strap}</p>')


# --- Pages ---------------------------------------------------------------------------------------------

_HOME = f"""<div class="Index" data-collection-id="5f2a1c0e9b3d4e0012ab3401">
<section id="welcome" class="Index-page Index-page--has-image" data-parallax-id="welcome"
  data-collection-id="5f2a1c0e9b3d4e0012ab3402" data-edit-main-image="Background">
  <div class="Index-page-content sqs-alternate-block-style-container">
{
    _layout(
        _row(
            _col(
                12,
                _html(
                    '''<h1 style="text-align:center;">Friendly family dentistry on Earlham Road</h1>
<p style="text-align:center;">Wensum Dental Care has looked after Norwich families since 1987, when Dr Michael
Raman opened the practice in a converted Victorian townhouse just up the hill from the city centre. Today it is
run by his daughter, Dr Priya Raman, and we are still proudly independent &ndash; not part of a corporate chain,
and with no sales targets.</p>
<p style="text-align:center;">We offer a mix of NHS and private care under one roof, from routine check-ups,
hygiene visits and children's dentistry to dental implants, Invisalign and whitening. Whatever brings you in,
we'll explain your options clearly and give you a written plan and costs before any treatment starts.</p>'''
                ),
                _button("Join the practice", "/new-patients/"),
            )
        ),
        page_id="page-welcome",
    )
}
  </div>
</section>
<section id="treatments" class="Index-page" data-collection-id="5f2a1c0e9b3d4e0012ab3403">
  <div class="Index-page-content">
{
    _layout(
        _row(
            _col(
                12,
                _summary(
                    [
                        (
                            "Check-ups",
                            "/check-ups/",
                            "Thorough examinations that look after your whole mouth, not just your teeth.",
                            "checkup.jpg",
                        ),
                        (
                            "Hygienist",
                            "/hygienist/",
                            "Gentle cleaning, stain removal and help keeping your gums healthy.",
                            "hygiene.jpg",
                        ),
                        (
                            "Emergency appointments",
                            "/emergency-dentist/",
                            "In pain? We hold urgent appointments every weekday.",
                            "emergency.jpg",
                        ),
                        (
                            "White fillings &amp; crowns",
                            "/fillings-and-crowns/",
                            "Natural-looking repairs for decayed, broken and worn teeth.",
                            "fillings.jpg",
                        ),
                        (
                            "Dental implants",
                            "/dental-implants/",
                            "A long-term, fixed replacement for missing teeth.",
                            "implants.jpg",
                        ),
                        (
                            "Invisalign",
                            "/invisalign/",
                            "Discreet clear aligners for adults and teenagers.",
                            "invisalign.jpg",
                        ),
                        (
                            "Teeth whitening",
                            "/teeth-whitening/",
                            "Safe, dentist-led whitening for a brighter smile.",
                            "whitening.jpg",
                        ),
                        (
                            "Children's dentistry",
                            "/childrens-dentistry/",
                            "Fun, relaxed visits that build healthy habits for life.",
                            "children.jpg",
                        ),
                        (
                            "Nervous patients",
                            "/nervous-patients/",
                            "Understanding, unhurried care &ndash; and sedation if you need it.",
                            "nervous.jpg",
                        ),
                    ]
                ),
            )
        ),
        page_id="page-treatments",
    )
}
  </div>
</section>
<section id="reviews" class="Index-page" data-collection-id="5f2a1c0e9b3d4e0012ab3404">
  <div class="Index-page-content">
{
    _layout(
        _row(
            _col(
                12,
                _html(
                    '''<h2 style="text-align:center;">What our patients say</h2>
<p style="text-align:center;">Rated 4.9 out of 5 from more than 380 Google reviews.</p>'''
                ),
            )
        ),
        _row(
            _col(
                4,
                _quote(
                    "I've been coming here for over twenty years and have never once felt rushed. Dr Raman "
                    "explains everything and the whole team are lovely.",
                    "Margaret H., Google review",
                ),
            ),
            _col(
                4,
                _quote(
                    "Brilliant with my two boys. They actually look forward to going to the dentist now, "
                    "which I never thought I'd say!",
                    "Rachel T., Google review",
                ),
            ),
            _col(
                4,
                _quote(
                    "Had my implant done here last year. Really professional from the first consultation to "
                    "the final crown and it feels just like my own tooth.",
                    "David P., Google review",
                ),
            ),
        ),
        page_id="page-reviews",
    )
}
  </div>
</section>
<section id="about-the-practice" class="Index-page" data-collection-id="5f2a1c0e9b3d4e0012ab3405">
  <div class="Index-page-content">
{
    _layout(
        _row(
            _col(6, _image("The waiting room at Wensum Dental Care", "waiting-room.jpg")),
            _col(
                6,
                _html(
                    '''<h2>A practice with a long memory</h2>
<p>Many of our patients have been with us for three generations. We know that trust is earned over years, so we
keep our team small and settled: most of our dentists, nurses and receptionists have been with us for more than
a decade. Our building has been modernised inside, with digital x-rays, 3D scanning and a dedicated
decontamination room, but we've kept the original fireplaces and the garden view from the waiting room.</p>
<p>Our most recent Care Quality Commission inspection, in March 2024, found the practice safe, effective, caring,
responsive and well-led, with no action required.</p>'''
                ),
                _button("Meet the team", "/meet-the-team/", align="left"),
            ),
        ),
        page_id="page-about",
    )
}
  </div>
</section>
</div>
"""

_NEW_PATIENTS = _with_sidebar(
    [
        _page_header(
            "New patients",
            "Thinking of joining Wensum Dental Care? Here's how it works for NHS and private patients.",
        ),
        _html(
            """<h2>NHS places for adults</h2>
<p>Like most practices in Norfolk, our NHS contract is currently full for adults. We keep an NHS waiting list
and offer places strictly in the order people joined it &ndash; at the moment (spring 2025) the wait is roughly
14 months. To join, fill in the short form at reception or email us your full name, date of birth, address and
a contact phone number. We'll call you when a place comes up; if we can't reach you after two attempts, the
place is offered to the next person on the list.</p>
<p>If you would rather not wait, the NHS <a href="https://www.nhs.uk/service-search/find-a-dentist">Find a
dentist</a> service shows other practices that may have space. If you are in pain in the meantime, please see
our <a href="/emergency-dentist/">emergency appointments</a> page.</p>
<h2>Private new patients</h2>
<p>We can usually see new private patients within two weeks. Your first visit is a 45-minute New Patient
Consultation with one of our dentists, covering a full examination of your teeth, gums and soft tissues,
mouth cancer screening, any x-rays that are needed and a chat about anything that worries you. You'll leave
with a written treatment plan and costs, and nothing is ever started without your agreement.</p>
<p>Registering a child? Please see our <a href="/childrens-dentistry/">children's dentistry</a> page.</p>
<h2>Before your first visit</h2>
<p>When you book, we'll email you a link to our secure online medical history and consent forms. Please
complete them at least 48 hours before your appointment. If you can't fill them in online, arrive 15 minutes
early and we'll help you with a paper copy. Please bring:</p>
<ul>
<li>a list of any medicines you take (your repeat prescription slip is ideal)</li>
<li>the name of your previous dentist, so we can request your old x-rays if needed</li>
<li>proof of exemption if you are claiming free NHS treatment</li>
</ul>
<h2>Haven't been for a while?</h2>
<p>We don't keep patients &ldquo;on the books&rdquo; indefinitely. If we haven't seen you for 24 months or
more, you'll be treated as a new patient again &ndash; for NHS adults, that means joining the waiting list
rather than simply booking a check-up.</p>"""
        ),
        _button("Call to register", _TEL),
    ],
    _sidebar(
        "Joined as a new private patient and was seen within the week. Very thorough first appointment.",
        "Ben A., Google review",
        [("Fees", "/fees/"), ("Wensum Care Plan", "/dental-plan/"), ("Meet the team", "/meet-the-team/")],
    ),
)

_CHECK_UPS = _with_sidebar(
    [
        _page_header(
            "Check-ups &amp; examinations",
            "Regular check-ups are the best way to catch problems early, while they're small and simple to fix.",
        ),
        _html(
            """<h2>What happens at a check-up?</h2>
<p>A routine check-up takes about 20 minutes. Your dentist will:</p>
<ul>
<li>check every tooth for decay, cracks, wear and problems with existing fillings and crowns</li>
<li>measure the health of your gums using a Basic Periodontal Examination (BPE) score</li>
<li>examine your tongue, cheeks, lips, palate and throat for any signs of mouth cancer</li>
<li>check your jaw joints, your bite and any clicking or grinding</li>
<li>take x-rays if they are due &ndash; usually small &ldquo;bitewing&rdquo; x-rays every one to two years,
depending on your risk of decay</li>
</ul>
<p>We use an intraoral camera, so we can show you photos of your own teeth on the screen and you can see
exactly what we're talking about.</p>
<h2>How often do I need one?</h2>
<p>Not everyone needs a check-up every six months. Following NICE guidance, your dentist will set a recall
interval that suits your own mouth. That can be as often as every three months for people with active gum
disease or frequent decay, or as long as 24 months for adults whose teeth and gums have stayed healthy for a
long time. For under-18s the longest interval is 12 months. We'll review it at every visit and explain why
we've chosen it.</p>
<h2>Reminders</h2>
<p>About three weeks before you're due, we'll send a reminder by text and email. Reply to the text or call
reception to book a time that suits you &ndash; we don't automatically book you in.</p>
<h2>Is a scale and polish included?</h2>
<p>On the NHS, a scale and polish is only included in a check-up when it is clinically needed. For a more
thorough clean, stain removal or gum treatment, book a visit with our <a href="/hygienist/">hygienists</a>.
NHS check-ups are charged at Band 1; see our <a href="/fees/">fees</a> for current charges.</p>"""
        ),
    ],
    _sidebar(
        "Quick, thorough and they showed me photos of exactly what was going on with my filling.",
        "Amira K., Google review",
        [("Hygienist", "/hygienist/"), ("Fees", "/fees/"), ("Wensum Care Plan", "/dental-plan/")],
    ),
)

_HYGIENIST = _with_sidebar(
    [
        _page_header(
            "Hygienist &amp; gum health",
            "Healthy gums are the foundation of a healthy mouth. Our two hygienists will help you keep them that way.",
        ),
        _html(
            """<h2>No need to see a dentist first</h2>
<p>Under the General Dental Council's direct access rules, you can book straight in with one of our hygienists
as a private patient &ndash; you don't need a check-up with a dentist beforehand, and you don't even need to be
a patient of one of our dentists. If your hygienist spots anything that needs a dentist, they'll let you know
and arrange it.</p>
<h2>What happens at a hygiene visit?</h2>
<p>A standard hygiene appointment lasts 30 minutes. We use Guided Biofilm Therapy (GBT): a disclosing solution
first shows up the plaque you've been missing, then an AirFlow handpiece uses warm water, air and a very fine
powder to gently lift plaque and surface stains from tea, coffee, red wine and smoking. Any hardened tartar is
then removed with a fine ultrasonic scaler. It's far more comfortable than old-fashioned scraping, and most
people find no polishing is needed afterwards.</p>
<p>Before you go, your hygienist will show you which interdental brush sizes fit between your teeth and give you
a simple home-care routine.</p>
<h2>Bleeding gums and gum disease</h2>
<p>Gums that bleed when you brush or floss are the most common early sign of gingivitis (gum inflammation).
Please don't stop brushing &ndash; come and see us. Caught early, gingivitis can be reversed with a professional
clean and better cleaning at home. Left alone, it can progress to periodontitis, where the bone holding the
teeth is slowly lost and teeth can become loose.</p>
<p>Periodontitis is treated with a course of two to four longer (45-minute) deep-cleaning visits, usually with
local anaesthetic, followed by a re-assessment about three months later. Smoking and poorly controlled diabetes
both make gum disease much harder to treat, and we'll talk to you about both.</p>
<h2>NHS patients</h2>
<p>Hygienist appointments at our practice are private. NHS patients are very welcome to book them and pay the
private fee. Current prices are on our <a href="/fees/">fees</a> page.</p>"""
        ),
        _button("Book a hygiene visit", _TEL),
    ],
    _sidebar(
        "Laura is so gentle. The air polisher thing got rid of years of coffee stains in half an hour.",
        "Hannah W., Google review",
        [("Check-ups", "/check-ups/"), ("Wensum Care Plan", "/dental-plan/"), ("Fees", "/fees/")],
    ),
)

_EMERGENCY = _with_sidebar(
    [
        _page_header(
            "Emergency dental appointments",
            "Toothache, swelling or a broken tooth? Here's what to do, in and out of hours.",
        ),
        _html(
            """<h2>In pain? Call us from 8.30am</h2>
<p>We keep emergency appointments free every weekday morning and afternoon. Our phone lines open at 8.30am and
the slots go quickly, so please ring as early as you can. Patients of the practice are seen the same day
wherever possible. If you are not a patient with us, we can often still offer a private emergency appointment
when a slot is free.</p>
<p>An emergency appointment is about getting you out of pain: your dentist will find the cause, take an x-ray
if needed and give you a temporary filling, dressing or prescription. We'll then book any further treatment at
a routine appointment. Emergency appointment fees are listed on our <a href="/fees/">fees</a> page.</p>
<h2>Evenings, weekends and bank holidays</h2>
<p>When we're closed, please call NHS 111 or use <a href="https://111.nhs.uk">111.nhs.uk</a>. They will assess
you and, if you need to be seen, book you into the Norfolk and Waveney urgent dental care service. Our
answerphone gives the same advice. Members of the <a href="/dental-plan/">Wensum Care Plan</a> can also call
the worldwide emergency helpline number printed on their membership card.</p>
<h2>Go straight to A&amp;E if you have</h2>
<ul>
<li>swelling that is spreading towards your eye or down your neck</li>
<li>difficulty breathing or swallowing</li>
<li>bleeding that won't stop after 20 minutes of firm pressure with a rolled-up gauze or clean cloth</li>
<li>a facial injury together with a head injury, loss of consciousness or double vision</li>
</ul>
<h2>An adult tooth knocked out</h2>
<p>Time matters &ndash; the best chance of saving the tooth is if it's back in its socket within an hour.</p>
<ol>
<li>Pick the tooth up by the crown (the white part), not the root.</li>
<li>If it's dirty, rinse it briefly in milk or cold water. Don't scrub it.</li>
<li>Gently push it back into the socket and bite on a clean handkerchief to hold it in place.</li>
<li>If you can't put it back, keep it in a small pot of milk and call us straight away.</li>
</ol>
<p>Never try to put a baby tooth back in, as this can damage the adult tooth underneath.</p>
<h2>Lost a filling or crown?</h2>
<p>This usually isn't an emergency unless it's painful. Pharmacies sell temporary filling kits; keep the crown
safe and call us during opening hours for an appointment within the next week or two.</p>"""
        ),
    ],
    _sidebar(
        "Rang at 8.30 in agony and was seen by 11. Can't thank them enough.",
        "Steve M., Google review",
        [("Fees", "/fees/"), ("Nervous patients", "/nervous-patients/"), ("FAQs", "/faqs/")],
    ),
)

_FILLINGS = _with_sidebar(
    [
        _page_header(
            "White fillings, crowns &amp; root canal treatment",
            "Repairing decayed, broken and worn teeth so they look natural and last.",
        ),
        _html(
            """<h2>White (composite) fillings</h2>
<p>Tooth-coloured fillings are made of a composite resin that is bonded to the tooth and shaded to match it.
They're placed in a single visit under local anaesthetic, and need less healthy tooth to be drilled away than
a traditional silver filling.</p>
<h3>Can I have white fillings on the NHS?</h3>
<p>NHS treatment covers what is clinically necessary. White fillings are provided on the NHS for front teeth.
Since 2018, silver (amalgam) fillings are not used for children under 15 or for pregnant or breastfeeding
women, so they have white fillings on any tooth on the NHS. For other adults, the standard NHS filling for a
back tooth is amalgam; if you would prefer a white filling on a back tooth, this is available privately.</p>
<h3>Should I replace my old silver fillings?</h3>
<p>There is no good evidence that sound amalgam fillings harm your health, so we don't recommend removing them
for that reason. If you would like them replaced for appearance, we're happy to do so, using a rubber dam to
protect you during removal.</p>
<h2>Crowns</h2>
<p>A crown is a cap that covers and protects a tooth that is heavily filled, cracked or has had root canal
treatment. Having a crown made takes two visits, usually about two weeks apart. At the first visit we shape
the tooth, take a digital 3D scan and fit a temporary crown. The permanent crown is then handmade by our local
dental laboratory on Magdalen Street and fitted at the second visit.</p>
<p>We offer all-ceramic (e.max) crowns for front teeth, strong zirconia for back teeth, porcelain bonded to
metal, and traditional gold. On the NHS, crowns are provided under Band 3, and the material used depends on
which tooth is being crowned.</p>
<h2>Bridges</h2>
<p>A bridge fills the gap left by a missing tooth by attaching a false tooth to the teeth on either side. We
offer adhesive (&ldquo;Maryland&rdquo;) bridges, which need little or no drilling, and conventional bridges.</p>
<h2>Root canal treatment</h2>
<p>When the nerve inside a tooth becomes infected, root canal treatment can save the tooth. It's done under
local anaesthetic over one or two 90-minute visits, and feels much like having a filling. Particularly complex
molars may be referred to a specialist endodontist in Norwich.</p>
<p>Prices for all of the above are on our <a href="/fees/">fees</a> page.</p>"""
        ),
    ],
    _sidebar(
        "You honestly can't tell which of my teeth has the crown. Dr Raman is a perfectionist!",
        "Julie S., Google review",
        [("Fees", "/fees/"), ("Dental implants", "/dental-implants/"), ("Finance", "/finance/")],
    ),
)

_IMPLANTS = _with_sidebar(
    [
        _page_header(
            "Dental implants",
            "A fixed, long-lasting replacement for one missing tooth, several teeth or a whole arch.",
        ),
        _html(
            """<h2>What is a dental implant?</h2>
<p>An implant is a small titanium screw placed in the jawbone, where it takes the place of the missing tooth's
root. Once it has fused with the bone, a crown, bridge or denture is fixed on top. We use Straumann implants,
made in Switzerland and backed by more than 40 years of research. Implants can replace:</p>
<ul>
<li>a single missing tooth, without drilling the teeth either side</li>
<li>several missing teeth, with an implant-supported bridge</li>
<li>all of the teeth in a jaw, with a denture that clips firmly onto two or four implants</li>
</ul>
<h2>Your treatment step by step</h2>
<ol>
<li><strong>Consultation</strong> &ndash; a 45-minute appointment with our implant dentist, including a 3D
CBCT scan taken here at the practice, so we can measure the bone precisely.</li>
<li><strong>Placement</strong> &ndash; the implant is placed under local anaesthetic, taking about an hour per
implant. Most people are surprised how little they feel; sedation is available if you're anxious.</li>
<li><strong>Healing</strong> &ndash; the implant fuses with the bone over three to four months in the lower jaw
and four to six months in the upper jaw. We'll make sure you're never left with a gap at the front.</li>
<li><strong>Your new tooth</strong> &ndash; we scan the implant and fit the final crown about two weeks later.</li>
</ol>
<p>If you have lost bone since the tooth came out, a bone graft may be needed first, which can add four to six
months to treatment.</p>
<h2>Are implants available on the NHS?</h2>
<p>Implants are not provided on the NHS at our practice. The NHS only funds implants in exceptional cases, such
as after mouth cancer treatment, and these are carried out in hospital.</p>
<h2>Implant prices</h2>
<table class="implant-prices">
<tr><th>Treatment</th><th>Price</th></tr>
<tr><td>Implant consultation including 3D scan</td><td>&pound;150</td></tr>
<tr><td>Single implant with crown</td><td>from &pound;2,650</td></tr>
<tr><td>Implant-supported bridge (three teeth on two implants)</td><td>from &pound;5,450</td></tr>
<tr><td>Lower denture clipped onto two implants</td><td>from &pound;5,200</td></tr>
<tr><td>Bone graft</td><td>from &pound;450</td></tr>
</table>
<h2>Our implant guarantee</h2>
<p>Every implant we place comes with a 10-year guarantee, provided you attend check-ups and hygiene visits with
us at least every six months. Smoking greatly increases the risk of an implant failing, and we'll talk to you
honestly about this at your consultation.</p>"""
        ),
        _button("Book an implant consultation", _TEL),
    ],
    _sidebar(
        "Had my implant done here last year. It feels just like my own tooth.",
        "David P., Google review",
        [
            ("Finance", "/finance/"),
            ("Meet the team", "/meet-the-team/"),
            ("Fillings &amp; crowns", "/fillings-and-crowns/"),
        ],
    ),
)

_INVISALIGN = _with_sidebar(
    [
        _page_header(
            "Invisalign clear aligners",
            "Straighter teeth without wires or brackets &ndash; and almost nobody will know you're wearing them.",
        ),
        _html(
            """<h2>How Invisalign works</h2>
<p>Invisalign straightens teeth using a series of thin, clear, removable plastic aligners, each one moving your
teeth a tiny step. You change to a new set every one to two weeks. For them to work, aligners need to be worn
for 22 hours a day: you take them out to eat, to drink anything other than plain water, and to brush.</p>
<p>Invisalign is ideal for crowding, gaps and teeth that have moved back since you had braces as a teenager. We
treat adults and teenagers from the age of 14.</p>
<h2>Free consultation</h2>
<p>Your first 30-minute consultation is free. We take an iTero 3D scan of your teeth &ndash; no messy impression
putty &ndash; and can show you a simulation of how your smile could look on screen before you decide anything.
If you go ahead, your dentist designs your detailed treatment plan (called a ClinCheck) and you'll see every
stage of the movement before your aligners are made.</p>
<h2>How long does it take?</h2>
<p>Minor corrections can take as little as three to six months. Most full treatments take 12 to 18 months. You'll
pop in for a quick check every six to eight weeks so we can make sure everything is on track.</p>
<h2>Invisalign prices</h2>
<table class="invisalign-prices">
<tr><th>Treatment</th><th>Typical length</th><th>Price</th></tr>
<tr><td>Invisalign Lite (minor crowding or spacing)</td><td>3&ndash;7 months</td><td>from &pound;2,450</td></tr>
<tr><td>Invisalign Comprehensive</td><td>12&ndash;18 months</td><td>from &pound;3,950</td></tr>
</table>
<p>Prices include all aligners, any refinement aligners you need and your first set of Vivera retainers.</p>
<h2>Keeping your new smile</h2>
<p>Teeth always try to move back, so you'll need to wear retainers at night for as long as you want your teeth to
stay straight. We can also fit a thin wire retainer bonded behind your front teeth.</p>"""
        ),
        _button("Book a free consultation", _TEL),
    ],
    _sidebar(
        "Nobody at work even noticed I had them in. Wish I'd done it years ago.",
        "Priyanka D., Google review",
        [("Teeth whitening", "/teeth-whitening/"), ("Finance", "/finance/"), ("Meet the team", "/meet-the-team/")],
    ),
)

_WHITENING = _with_sidebar(
    [
        _page_header(
            "Teeth whitening",
            "Safe, effective whitening, carried out and supervised by a dentist.",
        ),
        _html(
            """<h2>How it works</h2>
<p>We take a quick 3D scan of your teeth and have thin, custom-fitted whitening trays made. You wear the trays
with a carbamide peroxide gel at home, usually overnight, for two to three weeks. Most people see a clear
difference within the first week.</p>
<p>For the strongest result we also offer Enlighten Evolution whitening: two weeks of home whitening followed
by a one-hour session in the surgery, with a guaranteed result of shade B1 (the lightest natural shade) for
most patients.</p>
<h2>Is it safe &ndash; and legal?</h2>
<p>Yes, when it's done by a dental professional. In the UK it is illegal for anyone other than a dentist, or a
hygienist or therapist working to a dentist's prescription, to whiten teeth with products containing more than
0.1% hydrogen peroxide. Whitening in beauty salons or from unregulated online kits can damage enamel and gums.</p>
<p>The same law means teeth whitening can't be provided to anyone under 18, except to treat disease. We also
don't whiten teeth during pregnancy or while breastfeeding.</p>
<h2>What whitening won't change</h2>
<p>Whitening only works on natural tooth enamel. Crowns, fillings, bridges and dentures will stay the same colour
they are now. If you have a crown or large white filling near the front, it may need replacing after whitening
so it matches your new shade &ndash; we'll plan this with you before you start.</p>
<h2>Sensitivity</h2>
<p>Some people get short-lived sensitivity while whitening. It settles once you stop, and we'll give you a
desensitising toothpaste to use during treatment.</p>
<h2>Whitening prices</h2>
<table class="whitening-prices">
<tr><th>Treatment</th><th>Price</th></tr>
<tr><td>Home whitening (custom trays and four syringes of gel)</td><td>&pound;395</td></tr>
<tr><td>Enlighten Evolution whitening</td><td>&pound;695</td></tr>
<tr><td>Top-up whitening gel</td><td>&pound;25 per syringe</td></tr>
</table>
<p>You'll need to have had a check-up with us within the last 12 months before starting whitening, so we can
make sure your teeth and gums are healthy.</p>"""
        ),
    ],
    _sidebar(
        "Went four shades lighter with the home kit and barely any sensitivity.",
        "Chloe B., Google review",
        [
            ("Invisalign", "/invisalign/"),
            ("Hygienist", "/hygienist/"),
            ("Fillings &amp; crowns", "/fillings-and-crowns/"),
        ],
    ),
)

_CHILDREN = _with_sidebar(
    [
        _page_header(
            "Children's dentistry",
            "Relaxed, fun visits that help children grow up without a fear of the dentist.",
        ),
        _html(
            """<h2>NHS care for children</h2>
<p>We are taking on new NHS patients under the age of 18 &ndash; including children whose parents are private
patients here or see a dentist elsewhere. Just call reception to register your child.</p>
<h2>When should my child first come?</h2>
<p>Bring your baby along as soon as their first tooth appears, and certainly by their first birthday. Early
visits are all about getting used to us: a ride up and down in the chair, counting teeth and a sticker at the
end. It's also a chance for you to ask about teething, dummies and feeding.</p>
<h2>After-school appointments</h2>
<p>During term time we keep appointments between 3.15pm and 5pm on Mondays, Wednesdays and Thursdays for
school-age children. They're popular, so please book them well in advance.</p>
<h2>Preventing decay</h2>
<ul>
<li><strong>Fluoride varnish</strong> is painted on twice a year from the age of three (more often if your
child is at higher risk of decay).</li>
<li><strong>Fissure sealants</strong> protect the grooves of the adult back teeth and are usually placed as
they come through, at around six and twelve years old.</li>
<li>Our hygienist and therapist can give fun, practical advice about brushing and snacks.</li>
</ul>
<h3>Which toothpaste?</h3>
<p>Under threes need a smear of toothpaste with at least 1,000ppm fluoride; from three, use a pea-sized amount of
family toothpaste with 1,350&ndash;1,500ppm. Encourage them to spit, not rinse, and help with brushing until
they're about seven.</p>
<h2>Braces and crooked teeth</h2>
<p>We don't fit fixed braces ourselves. From around age 11 or 12, once most adult teeth are through, your
child's dentist will check whether they qualify for NHS orthodontic treatment. NHS braces are only available for
under-18s whose teeth score high enough on the Index of Orthodontic Treatment Need (IOTN), for example
significantly protruding front teeth or severe crowding. If your child qualifies, we'll refer them to a
specialist orthodontist in Norwich; waiting lists are currently 18 to 24 months. If they don't qualify, we'll
talk you through private options.</p>"""
        ),
    ],
    _sidebar(
        "Brilliant with my two boys. They actually look forward to coming now.",
        "Rachel T., Google review",
        [("Nervous patients", "/nervous-patients/"), ("Invisalign", "/invisalign/"), ("Hygienist", "/hygienist/")],
    ),
)

_NERVOUS = _with_sidebar(
    [
        _page_header(
            "Nervous patients &amp; sedation",
            "If the thought of the dentist makes you feel sick, you're in the right place.",
        ),
        _html(
            """<h2>You're not alone</h2>
<p>Around half of UK adults feel anxious about visiting the dentist, and many of the patients we see have stayed
away for years because of it. We won't lecture you. We'll go at your pace, explain everything before we do
it, and never start anything you haven't agreed to.</p>
<h2>How we help</h2>
<ul>
<li>A &ldquo;chat only&rdquo; first appointment in our consultation room, away from the dental chair.</li>
<li>Longer appointments, so nobody is rushing.</li>
<li>A stop signal that you agree with your dentist &ndash; raise your hand and we stop.</li>
<li>Headphones and a screen on the ceiling so you can watch something while we work.</li>
<li>Numbing gel before every injection, and The Wand, a computer-controlled system that delivers local
anaesthetic slowly and much more comfortably.</li>
<li>A weighted blanket if you find it calming.</li>
<li>Breaking treatment into short, manageable visits.</li>
</ul>
<h2>IV sedation</h2>
<p>For very anxious patients, or longer treatment such as implants or wisdom teeth, we offer intravenous (IV)
sedation. A sedative (midazolam) is given through a small needle in the back of your hand. You stay awake and
able to respond, but feel deeply relaxed, and most people remember very little of the appointment afterwards.
Sedation is not a general anaesthetic: we do not put patients to sleep, as general anaesthetic for dentistry
can only be given in hospital.</p>
<h3>Before and after sedation</h3>
<ul>
<li>Have a light meal about two hours before your appointment and take your usual medicines unless we tell you
otherwise.</li>
<li>You must bring a responsible adult to take you home and stay with you for the rest of the day.</li>
<li>For 24 hours afterwards, don't drive, cycle, operate machinery, drink alcohol or sign anything important.</li>
</ul>
<p>Sedation isn't suitable during pregnancy or with some medical conditions; we'll go through your medical
history carefully beforehand.</p>
<h3>What does sedation cost?</h3>
<p>IV sedation costs &pound;295 per visit, in addition to the cost of your treatment. Sedation is only available
privately at our practice. NHS sedation is provided by the Norfolk Community Dental Service, and your dentist
can refer you if you meet their criteria.</p>"""
        ),
        _button("Book a chat-only appointment", _TEL),
    ],
    _sidebar(
        "I hadn't been for eleven years. Dr Okafor was so patient and I've now had all my treatment done.",
        "Gemma L., Google review",
        [("Meet the team", "/meet-the-team/"), ("Emergency appointments", "/emergency-dentist/"), ("FAQs", "/faqs/")],
    ),
)

_PLAN = _with_sidebar(
    [
        _page_header(
            "The Wensum Care Plan",
            "Spread the cost of your routine private care with a simple monthly payment.",
        ),
        _html(
            """<p>Our practice membership plan covers your routine check-ups and hygiene visits for a fixed monthly
Direct Debit, with a discount on any other treatment you need. There's no joining fee.</p>
<table class="plan-table">
<tr><th>Plan</th><th>Monthly fee</th><th>What's included each year</th></tr>
<tr><td>Essential</td><td>&pound;15.50</td><td>Two dental examinations, two 30-minute hygiene visits, routine
x-rays and 10% off any other treatment</td></tr>
<tr><td>Plus</td><td>&pound;21.95</td><td>Two dental examinations, four 30-minute hygiene visits, routine x-rays
and 10% off any other treatment</td></tr>
<tr><td>Child (under 18, private care)</td><td>&pound;7.25</td><td>Two examinations, fluoride varnish, fissure
sealants and any fillings needed</td></tr>
</table>
<p>Households with three or more members on the plan get 5% off their monthly fees.</p>
<h2>Worldwide emergency cover</h2>
<p>Every member also receives worldwide dental emergency and injury cover, provided through Practice Plan. If you
have a dental emergency when we're closed or while you're away, call the helpline on your membership card and
you can claim back the cost of emergency treatment up to the limits in your policy. Membership also gives you
priority for our emergency appointments.</p>
<h2>Joining</h2>
<p>You'll need a New Patient Consultation or check-up with us first, so your dentist can confirm your mouth is
healthy enough to join and recommend the right plan. Your first payment is taken on the first of the following
month.</p>
<h2>Leaving</h2>
<p>You can leave the plan at any time. Just give us one month's notice in writing (email is fine) and cancel
your Direct Debit at the end of the notice period. If you leave within your first 12 months, we'll ask you to
pay the difference if the care you have received so far is worth more than you've paid in.</p>"""
        ),
        _button("Ask about joining", _TEL),
    ],
    _sidebar(
        "The plan makes budgeting so much easier and the 10% off paid for itself when I needed a crown.",
        "Martin F., Google review",
        [("Fees", "/fees/"), ("Hygienist", "/hygienist/"), ("Finance", "/finance/")],
    ),
)

_FEES = _full(
    _page_header("Fees", "Clear prices for NHS and private treatment. We'll always give you a written estimate first."),
    _html(
        """<h2>NHS charges (England, from 1 April 2025)</h2>
<p>NHS charges are set nationally. You pay one charge for each course of treatment, even if it needs several
visits.</p>
<table class="fees-table nhs-fees">
<tr><th>Band</th><th>Charge</th><th>What it covers</th></tr>
<tr><td>Band 1</td><td>&pound;27.40</td><td>Examination, diagnosis, x-rays, advice, and a scale and polish if
clinically needed</td></tr>
<tr><td>Band 2</td><td>&pound;75.30</td><td>Everything in Band 1, plus fillings, root canal treatment and
extractions</td></tr>
<tr><td>Band 3</td><td>&pound;326.70</td><td>Everything in Bands 1 and 2, plus crowns, dentures and bridges</td></tr>
<tr><td>Urgent treatment</td><td>&pound;27.40</td><td>Urgent assessment and treatment to relieve pain</td></tr>
</table>
<h3>Who doesn't have to pay for NHS dental treatment?</h3>
<p>NHS dental treatment is free if, when treatment starts, you are:</p>
<ul>
<li>under 18, or under 19 and in full-time education</li>
<li>pregnant, or have had a baby in the last 12 months (you'll need a valid maternity exemption certificate)</li>
<li>receiving Income Support, income-based Jobseeker's Allowance, income-related Employment and Support
Allowance or Pension Credit Guarantee Credit</li>
<li>receiving Universal Credit and meet the earnings criteria</li>
<li>named on a valid HC2 certificate (an HC3 certificate gives partial help)</li>
</ul>
<p>The NHS checks exemption claims, and a penalty charge can be issued if you claim free treatment you're not
entitled to.</p>
<h2>Private fees</h2>
<table class="fees-table private-fees">
<tr><th>Treatment</th><th>Fee</th></tr>
<tr><td>New patient consultation (45 minutes)</td><td>&pound;80</td></tr>
<tr><td>Routine examination</td><td>&pound;55</td></tr>
<tr><td>Child examination (private)</td><td>&pound;35</td></tr>
<tr><td>Hygienist visit (30 minutes)</td><td>&pound;72</td></tr>
<tr><td>Gum treatment visit with hygienist (45 minutes)</td><td>&pound;98</td></tr>
<tr><td>Emergency appointment &ndash; registered patients</td><td>&pound;85</td></tr>
<tr><td>Emergency appointment &ndash; non-registered patients</td><td>&pound;120</td></tr>
<tr><td>White (composite) filling</td><td>from &pound;150</td></tr>
<tr><td>Amalgam filling</td><td>from &pound;110</td></tr>
<tr><td>Root canal treatment &ndash; front tooth</td><td>&pound;420</td></tr>
<tr><td>Root canal treatment &ndash; premolar</td><td>&pound;520</td></tr>
<tr><td>Root canal treatment &ndash; molar</td><td>from &pound;650</td></tr>
<tr><td>Porcelain bonded crown</td><td>&pound;650</td></tr>
<tr><td>All-ceramic (e.max) or zirconia crown</td><td>&pound;750</td></tr>
<tr><td>Gold crown</td><td>from &pound;850</td></tr>
<tr><td>Adhesive bridge (one tooth)</td><td>from &pound;680</td></tr>
<tr><td>Simple extraction</td><td>from &pound;140</td></tr>
<tr><td>Surgical extraction</td><td>from &pound;280</td></tr>
<tr><td>Full acrylic denture (upper or lower)</td><td>&pound;650</td></tr>
<tr><td>Chrome cobalt partial denture</td><td>from &pound;1,100</td></tr>
<tr><td>Night guard for grinding</td><td>&pound;240</td></tr>
<tr><td>Sports mouthguard</td><td>&pound;95</td></tr>
</table>
<p>X-rays are included in the examination fees. Prices for <a href="/dental-implants/">implants</a>,
<a href="/invisalign/">Invisalign</a>, <a href="/teeth-whitening/">whitening</a> and
<a href="/nervous-patients/">sedation</a> are on their own pages.</p>"""
    ),
    _button("Ways to pay", "/finance/"),
)

_FINANCE = _with_sidebar(
    [
        _page_header(
            "Finance &amp; payment",
            "Ways to pay, and how to spread the cost of larger treatments.",
        ),
        _html(
            """<h2>Ways to pay</h2>
<p>We accept Visa, Mastercard and American Express debit and credit cards, Apple Pay, Google Pay and cash. For
treatment over &pound;1,000 we can also take payment by bank transfer by arrangement. We no longer accept
cheques.</p>
<p>Payment is due at each appointment for the treatment carried out that day. For treatment that involves
laboratory work, such as crowns, dentures and bridges, we ask for 50% of the fee at the appointment when the
impressions or scans are taken, and the balance when it's fitted.</p>
<h2>Interest-free finance</h2>
<p>For private treatment costing &pound;1,000 or more, you can spread the cost with finance through our partner
Tabeo:</p>
<ul>
<li><strong>0% APR</strong> over 6, 10 or 12 months &ndash; no interest, you simply pay the treatment cost in
equal monthly instalments</li>
<li><strong>9.9% APR representative</strong> over 24 to 60 months, for lower monthly payments</li>
</ul>
<p><em>Representative example:</em> treatment cost &pound;3,000 over 36 months at 9.9% APR representative;
36 monthly payments of &pound;96.07; total amount payable &pound;3,458.52.</p>
<h3>Who can apply?</h3>
<p>You must be 18 or over, have lived in the UK for at least three years, and have a regular income. You can
apply on your phone during your appointment; the application uses a soft credit search that won't affect your
credit score, and you'll usually get a decision in minutes. Finance is subject to status.</p>
<p class="sqsrte-small">Wensum Dental Care Ltd is an introducer appointed representative of Tabeo UK Ltd, which
is authorised and regulated by the Financial Conduct Authority. We introduce you to a limited number of lenders
and do not charge a fee for doing so.</p>
<h2>Regular care on a budget</h2>
<p>To spread the cost of routine check-ups and hygiene visits instead, see our
<a href="/dental-plan/">Wensum Care Plan</a>.</p>"""
        ),
    ],
    _sidebar(
        "Spreading the cost of my implant over a year with no interest made it possible.",
        "David P., Google review",
        [("Fees", "/fees/"), ("Dental implants", "/dental-implants/"), ("Invisalign", "/invisalign/")],
    ),
)

_TEAM = _layout(
    _row(
        _col(
            12,
            _page_header(
                "Meet the team", "A small, settled team &ndash; many of us have been here for over ten years."
            ),
        )
    ),
    _row(
        _col(
            4,
            _image("Dr Priya Raman", "team-priya.jpg"),
            _html(
                """<h3>Dr Priya Raman</h3>
<p><strong>Principal dentist</strong> &middot; BDS (Lond) MFDS RCS &middot; GDC 81234</p>
<p>Priya qualified from King's College London in 2004 and took over the practice from her father in 2012. She
has a special interest in restorative dentistry, crowns and bridges. Outside work she sings with the Norwich
Philharmonic Chorus. Priya speaks Tamil.</p>"""
            ),
        ),
        _col(
            4,
            _image("Dr Tom Ashworth", "team-tom.jpg"),
            _html(
                """<h3>Dr Tom Ashworth</h3>
<p><strong>Implant dentist</strong> &middot; BDS (Sheff) PG Dip Implant Dent &middot; GDC 101556</p>
<p>Tom joined us in 2014 and leads our implant service, having completed his postgraduate implant training in
Bristol. He works on Wednesdays and Fridays, and spends his weekends sailing on the Broads.</p>"""
            ),
        ),
        _col(
            4,
            _image("Dr Helen Kovacs", "team-helen.jpg"),
            _html(
                """<h3>Dr Helen Kovacs</h3>
<p><strong>Associate dentist</strong> &middot; DDS (Semmelweis, Budapest) &middot; GDC 110287</p>
<p>Helen provides our Invisalign treatment and sees many of our younger patients. She qualified in Budapest and
has lived in Norwich since 2011. Helen speaks Hungarian and German.</p>"""
            ),
        ),
    ),
    _row(
        _col(
            4,
            _image("Dr Samuel Okafor", "team-samuel.jpg"),
            _html(
                """<h3>Dr Samuel Okafor</h3>
<p><strong>Associate dentist</strong> &middot; BDS (Birm) Dip Con Sed &middot; GDC 125903</p>
<p>Samuel looks after many of our nervous patients and provides our IV sedation service. He works on Tuesdays
and Thursdays, including our Tuesday evening sessions.</p>"""
            ),
        ),
        _col(
            4,
            _image("Dr Emily Thwaite", "team-emily.jpg"),
            _html(
                """<h3>Dr Emily Thwaite</h3>
<p><strong>Associate dentist</strong> &middot; BChD (Leeds) &middot; GDC 287441</p>
<p>Emily joined in 2022 and sees both NHS and private patients on Mondays, Wednesdays and Fridays. She is a keen
runner and has completed the Norwich half marathon three times.</p>"""
            ),
        ),
        _col(
            4,
            _image("Laura Pike and Jess Whitmore", "team-hygiene.jpg"),
            _html(
                """<h3>Laura Pike &amp; Jess Whitmore</h3>
<p><strong>Hygienist</strong> (Laura, GDC 4471) and <strong>hygienist &amp; dental therapist</strong> (Jess, GDC
251180)</p>
<p>Laura has been our hygienist since 2009. Jess is also a dental therapist, so as well as hygiene visits she
places fillings for many of our child patients.</p>"""
            ),
        ),
    ),
    _row(
        _col(
            12,
            _html(
                """<h2>Our support team</h2>
<p><strong>Claire Dunn, practice manager</strong> &ndash; Claire keeps everything running smoothly and is the
person to speak to about any feedback on your care.</p>
<p><strong>Agnieszka Nowak, senior dental nurse and treatment coordinator</strong> &ndash; Agnieszka talks patients
through treatment plans and costs, and is happy to help Polish-speaking patients in Polish at any appointment;
just let reception know when you book.</p>
<p><strong>Sophie Carter and Mark Ellis, reception</strong> &ndash; the friendly voices on the phone.</p>
<p>All of our dentists, hygienists, therapists and nurses are registered with the General Dental Council, and
you can check their registration on the GDC website.</p>"""
            ),
        )
    ),
    page_id="page-team",
)

_FIND_US = _with_sidebar(
    [
        _page_header(
            "Find us, parking &amp; access",
            "41 Earlham Road, Norwich NR2 3AD &ndash; a ten-minute walk from the city centre.",
        ),
        _html(
            """<h2>Getting here</h2>
<p>We're on the north side of Earlham Road, about five minutes' walk up from St John the Baptist Cathedral. Look
for the blue door and our sign on the railings.</p>
<p><strong>By bus:</strong> First Norwich routes 21, 22 and 25 stop almost outside the practice, at the
&ldquo;Earlham Road / Park Lane&rdquo; stop.</p>
<p><strong>By bike:</strong> there's a cycle rack in our front garden.</p>
<h2>Parking</h2>
<p>We don't have a car park. Earlham Road is in a controlled parking zone, with residents' permits only Monday
to Saturday, 8am to 6.30pm. The nearest visitor parking is the pay-by-phone bays on Park Lane and Mill Hill Road
(maximum stay 2 hours), a two-minute walk away. St Giles multi-storey car park is about 12 minutes' walk.</p>
<p>We have one Blue Badge parking space in our rear yard, reached through the gated lane beside number 43. Please
call ahead so we can make sure it's free for you.</p>
<h2>Accessibility</h2>
<ul>
<li>The main front entrance has three steps. Our side entrance has a ramp and step-free access &ndash; press the
doorbell and a member of the team will come and help.</li>
<li>Three of our four dental surgeries are on the ground floor and suitable for wheelchair users. Our hygiene room
is upstairs and there is no lift, so if you can't manage stairs, tell us when you book and we'll see you
downstairs.</li>
<li>An accessible toilet is available on the ground floor.</li>
<li>There is a hearing loop at reception, and assistance dogs are very welcome.</li>
<li>Large-print forms are available on request.</li>
</ul>
<h2>Opening hours</h2>
<table class="hours-table">
<tr><td>Monday</td><td>8.30am &ndash; 5.30pm</td></tr>
<tr><td>Tuesday</td><td>8.30am &ndash; 7.30pm</td></tr>
<tr><td>Wednesday</td><td>8.30am &ndash; 5.30pm</td></tr>
<tr><td>Thursday</td><td>8.00am &ndash; 5.00pm</td></tr>
<tr><td>Friday</td><td>8.30am &ndash; 4.00pm</td></tr>
<tr><td>Saturday &amp; Sunday</td><td>Closed</td></tr>
</table>
<p>Our phone lines are closed for lunch from 1pm to 2pm. Tuesday evening appointments after 5.30pm are
pre-booked only, and the phones close at 5.30pm every day. We are closed on bank holidays and between Christmas
Eve and New Year's Day.</p>"""
        ),
        _html(
            '<div class="map-embed"><iframe title="Map" data-src="about:blank" width="100%" height="320"'
            ' style="border:0;" loading="lazy"></iframe></div>'
        ),
    ],
    _sidebar(
        "Parked on Park Lane and was there in two minutes. Lovely calm waiting room.",
        "Sue R., Google review",
        [("New patients", "/new-patients/"), ("Meet the team", "/meet-the-team/"), ("FAQs", "/faqs/")],
    ),
)

_FAQS = _full(
    _page_header("Frequently asked questions", "Can't find what you're looking for? Give reception a call."),
    _accordion(
        [
            (
                "Do you make dentures?",
                "<p>Yes. We make full and partial dentures, in acrylic or with a chrome cobalt framework, on the NHS "
                "and privately. From the first impressions to fitting usually takes five appointments over about "
                "six weeks. If you're having teeth taken out, we can also make an immediate denture so you're never "
                "without teeth. Small repairs are sent to our local laboratory and are often back the next working "
                "day.</p>",
            ),
            (
                "Can you take out wisdom teeth?",
                "<p>Many wisdom teeth can be removed here under local anaesthetic, with sedation if you'd like it. "
                "If an x-ray shows a tooth is impacted or very close to the nerve, we'll refer you to the oral "
                "surgery department at the Norfolk and Norwich University Hospital (NHS) or to a private oral "
                "surgeon.</p>",
            ),
            (
                "Can I have copies of my x-rays and dental records?",
                "<p>Yes. Email or write to us asking for your records. There's no charge, and we'll send them by "
                "secure email within one month. If you're moving to another practice, your new dentist can also "
                "request them from us directly.</p>",
            ),
            (
                "Do you do home visits?",
                "<p>We aren't able to offer home visits. Patients who are housebound can be seen by the Norfolk "
                "Community Dental Service; your GP or we can make the referral.</p>",
            ),
            (
                "I take blood thinners. Should I stop them before an extraction?",
                "<p>No &ndash; please don't stop any medication without advice from your doctor. Tell us what you "
                "take when you book. If you take warfarin, we'll need an INR reading from within the 24 hours "
                "before your extraction.</p>",
            ),
            (
                "Can I bring my children to my own appointment?",
                "<p>Yes, as long as another adult comes with you to look after them in the waiting room. Our team "
                "can't supervise children while you're in the surgery.</p>",
            ),
            (
                "I grind my teeth at night. Can you help?",
                "<p>Grinding often shows up as worn teeth, a sore jaw or headaches in the morning. Your dentist can "
                "make a custom-fitted night guard to protect your teeth; it takes two short visits.</p>",
            ),
            (
                "Why are my teeth sensitive?",
                "<p>Sensitivity is usually caused by gum recession or worn enamel exposing the softer layer "
                "underneath. Brushing twice a day with a sensitive toothpaste, and smearing a little on the sore "
                "area at bedtime, often helps within a few weeks. If it doesn't, or one tooth is sharply painful, "
                "book a check-up.</p>",
            ),
            (
                "Do you have Wi-Fi in the waiting room?",
                "<p>Yes, free guest Wi-Fi is available. Ask reception for the password.</p>",
            ),
        ]
    ),
    _button("Call reception", _TEL),
)

_POLICIES = _with_sidebar(
    [
        _page_header(
            "Practice policies",
            "Appointments, cancellations, complaints and how we look after your information.",
        ),
        _html(
            """<h2>Cancelling or changing an appointment</h2>
<p>If you can't make your appointment, please give us at least 48 hours' notice (two working days) so we can
offer the time to someone else &ndash; you can call, email or reply to your reminder text.</p>
<p><strong>Private patients:</strong> appointments cancelled with less than 48 hours' notice, or missed
altogether, are charged at &pound;20 for every 10 minutes booked, up to a maximum of &pound;120. We understand
genuine emergencies happen and will always listen.</p>
<p><strong>Sedation and long appointments:</strong> for IV sedation appointments and any appointment of 90
minutes or more, we take a &pound;100 deposit when you book. It comes off your bill on the day, but is not
refunded if you cancel with less than seven days' notice.</p>
<p><strong>NHS patients:</strong> we can't charge NHS patients for missed appointments. However, if you miss two
appointments within 12 months without letting us know, we may not offer you a further NHS course of treatment,
and the place may be given to someone on our waiting list.</p>
<h2>Running late</h2>
<p>If you arrive more than 10 minutes late, we may need to rebook your appointment so that other patients aren't
kept waiting.</p>
<h2>Complaints</h2>
<p>We want to hear if something hasn't gone right. Please speak to, email or write to our practice manager,
Claire Dunn. We'll acknowledge your complaint within three working days and aim to give you a full response
within ten working days.</p>
<p>If you are not happy with our response, NHS patients can contact NHS Norfolk and Waveney Integrated Care Board
and then the Parliamentary and Health Service Ombudsman. Private patients can contact the Dental Complaints
Service on 020 8253 0800.</p>
<h2>Your information</h2>
<p>We keep your records securely in line with UK GDPR. Adult records are kept for 11 years after your last visit,
and children's records until their 25th birthday or for 11 years, whichever is longer. A full privacy notice is
available from reception.</p>
<h2>Chaperones</h2>
<p>Every appointment takes place with a dental nurse present. If you would like a family member or friend with you
as well, just let us know.</p>
<h2>Zero tolerance</h2>
<p>Our team has the right to work without abuse. Patients who are violent, threatening or abusive towards staff
or other patients may be asked to leave the practice.</p>"""
        ),
    ],
    _sidebar(
        "Claire sorted out a billing mix-up for me quickly and was really kind about it.",
        "Tony G., Google review",
        [("FAQs", "/faqs/"), ("Fees", "/fees/"), ("New patients", "/new-patients/")],
    ),
)

HTML = {
    "/": _page(
        "/",
        "Home",
        "Independent NHS and private dental practice on Earlham Road, Norwich, caring for families since 1987.",
        _HOME,
        body_class="collection-type-index homepage",
    ),
    "/new-patients/": _page(
        "/new-patients/",
        "New Patients",
        "How to join Wensum Dental Care as an NHS or private patient.",
        _NEW_PATIENTS,
    ),
    "/check-ups/": _page(
        "/check-ups/", "Check-ups", "What happens at a dental check-up and how often you need one.", _CHECK_UPS
    ),
    "/hygienist/": _page(
        "/hygienist/", "Hygienist", "Hygiene visits, AirFlow stain removal and gum disease treatment.", _HYGIENIST
    ),
    "/emergency-dentist/": _page(
        "/emergency-dentist/",
        "Emergency Appointments",
        "Emergency dental appointments in Norwich and what to do out of hours.",
        _EMERGENCY,
    ),
    "/fillings-and-crowns/": _page(
        "/fillings-and-crowns/",
        "White Fillings &amp; Crowns",
        "White fillings, crowns, bridges and root canal treatment.",
        _FILLINGS,
    ),
    "/dental-implants/": _page(
        "/dental-implants/", "Dental Implants", "Dental implants in Norwich with Straumann implants.", _IMPLANTS
    ),
    "/invisalign/": _page(
        "/invisalign/", "Invisalign", "Invisalign clear aligners for adults and teenagers in Norwich.", _INVISALIGN
    ),
    "/teeth-whitening/": _page(
        "/teeth-whitening/", "Teeth Whitening", "Dentist-led home and Enlighten teeth whitening.", _WHITENING
    ),
    "/childrens-dentistry/": _page(
        "/childrens-dentistry/", "Children's Dentistry", "NHS dental care for children in Norwich.", _CHILDREN
    ),
    "/nervous-patients/": _page(
        "/nervous-patients/",
        "Nervous Patients &amp; Sedation",
        "Gentle dentistry for anxious patients, with IV sedation available.",
        _NERVOUS,
    ),
    "/dental-plan/": _page(
        "/dental-plan/", "Wensum Care Plan", "Our dental membership plan for routine private care.", _PLAN
    ),
    "/fees/": _page("/fees/", "Fees", "NHS charges and private dental fees at Wensum Dental Care.", _FEES),
    "/finance/": _page(
        "/finance/", "Finance &amp; Payment", "Payment methods and 0% finance for dental treatment.", _FINANCE
    ),
    "/meet-the-team/": _page("/meet-the-team/", "Meet the Team", "Our dentists, hygienists and support team.", _TEAM),
    "/find-us/": _page("/find-us/", "Find Us", "Directions, parking, accessibility and opening hours.", _FIND_US),
    "/faqs/": _page("/faqs/", "FAQs", "Answers to common questions about our practice.", _FAQS),
    "/practice-policies/": _page(
        "/practice-policies/",
        "Practice Policies",
        "Cancellation policy, complaints procedure and privacy information.",
        _POLICIES,
    ),
}

QUESTIONS = [
    (
        "Hi, I've just moved to Norwich and I'm trying to find an NHS dentist for myself. Are you taking anyone on "
        "at the moment?",
        "/new-patients/",
    ),
    (
        "how often should i actually be having a check up? my old dentist had me in every 6 months like clockwork",
        "/check-ups/",
    ),
    ("There's blood in the sink every time I brush my teeth, who should I be seeing about that?", "/hygienist/"),
    ("Can I just book a clean with the hygienist or do I have to see one of the dentists first", "/hygienist/"),
    (
        "My 15 year old has just had his front tooth knocked clean out at rugby practice, what do we do??",
        "/emergency-dentist/",
    ),
    ("Really bad toothache and it's half ten on a Sunday night. Is there anyone I can ring?", "/emergency-dentist/"),
    (
        "can I get a white filling in a back tooth on the NHS or do they only do the silver ones",
        "/fillings-and-crowns/",
    ),
    ("I'm flying out to Spain in three weeks, is that enough time to get a crown done?", "/fillings-and-crowns/"),
    (
        "I had a molar pulled years ago and there's still a gap. Roughly how much is one of those screw-in false "
        "teeth?",
        "/dental-implants/",
    ),
    (
        "my teeth have gone all crooked again since I stopped wearing my retainer as a teenager. can you straighten "
        "them without metal train tracks",
        "/invisalign/",
    ),
    ("If I have my teeth whitened will my front crown go whiter too?", "/teeth-whitening/"),
    ("im 17 and want my teeth whiter for prom in june, can I book in", "/teeth-whitening/"),
    (
        "My daughter's 10 months old and has just got her first two teeth. When should she first come and see you?",
        "/childrens-dentistry/",
    ),
    (
        "My son is 12 and his top teeth stick right out, the other kids tease him about it. Can he get braces for "
        "free?",
        "/childrens-dentistry/",
    ),
    (
        "I haven't been to a dentist in eight years because I'm terrified. Is there any way you can put me under "
        "or something?",
        "/nervous-patients/",
    ),
    ("how much is the monthly plan thing?", "/dental-plan/"),
    ("What does a band 2 cost at the moment?", "/fees/"),
    ("I'm 5 months pregnant, do I still have to pay for NHS check-ups?", "/fees/"),
    (
        "The dentist quoted me just over £2,000 for my treatment. Is there any way of paying it off monthly instead "
        "of all at once?",
        "/finance/",
    ),
    ("Do you take Amex?", "/finance/"),
    (
        "My mum's coming in for the first time and she doesn't speak much English, she's Polish. Is there anyone "
        "there who could help her?",
        "/meet-the-team/",
    ),
    ("where can I park when I come in", "/find-us/"),
    ("I'm in a wheelchair – will I be able to get into the building?", "/find-us/"),
    (
        "My dad has lost most of his top teeth. Do you do false teeth and how long do they take to make?",
        "/faqs/",
    ),
    ("If I cancel my appointment for tomorrow morning will I get charged", "/practice-policies/"),
]

OUT_OF_SCOPE = [
    "Do you do Botox or lip fillers as well?",
    "How much are porcelain veneers?",
    "Will you fill in my Simplyhealth claim form so I can get some money back?",
    "Do you sell electric toothbrushes at reception?",
    "Are you hiring any dental nurses at the moment? I've just qualified",
    "Can I buy a gift voucher for teeth whitening for my wife's birthday?",
    "Can you recommend a good plumber in Norwich?",
    "What time does the Norwich City match kick off on Saturday?",
]
