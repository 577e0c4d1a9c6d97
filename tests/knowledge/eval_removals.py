"""An evaluation site: Ashworth & Sons Removals, a family removals and storage company in Cheltenham (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a Squarespace 7.1
site: header-nav folders and a duplicate mobile menu, page-section / content-wrapper / sqs-layout rows of
sqs-block wrappers, summary blocks, quote blocks, code-block tables, an accordion block and a sections footer.
"""

NAME = "Ashworth & Sons Removals"

_CDN = "https://images.squarespace-cdn.com/content/v1/61a4c2e9f0b7d35e1c9a7b21"

_NAV = [
    ("Home", [("/", "Home")]),
    (
        "Removals",
        [
            ("/house-removals/", "House Removals"),
            ("/office-moves/", "Office &amp; Commercial Moves"),
            ("/international-moves/", "International Moves"),
            ("/man-and-van/", "Man &amp; Van"),
            ("/piano-and-specialist-items/", "Pianos &amp; Specialist Items"),
        ],
    ),
    (
        "Packing &amp; Storage",
        [
            ("/packing-service/", "Packing Service"),
            ("/boxes-and-materials/", "Boxes &amp; Materials"),
            ("/storage/", "Storage"),
        ],
    ),
    (
        "Moving Help",
        [
            ("/quotes-and-surveys/", "Quotes &amp; Surveys"),
            ("/insurance/", "Insurance"),
            ("/booking-and-payment/", "Booking &amp; Payment"),
            ("/moving-day-advice/", "Moving Day Advice"),
            ("/faq/", "FAQs"),
        ],
    ),
    ("About", [("/about-us/", "About Us"), ("/meet-the-team/", "Meet the Team")]),
    ("Contact", [("/contact/", "Contact")]),
]


def _desktop_nav(current):
    items = []
    for label, links in _NAV:
        if len(links) == 1:
            href, text = links[0]
            active = " header-nav-item--active" if href == current else ""
            items.append(
                f'<div class="header-nav-item header-nav-item--collection{active}">'
                f'<a href="{href}" data-animation-role="header-element">{text}</a></div>'
            )
            continue
        folder = []
        for href, text in links:
            active = " header-nav-folder-item--active" if href == current else ""
            folder.append(
                f'<div class="header-nav-folder-item{active}"><a href="{href}">'
                f'<span class="header-nav-folder-item-content">{text}</span></a></div>'
            )
        items.append(
            '<div class="header-nav-item header-nav-item--folder">'
            '<a class="header-nav-folder-title" href="#" tabindex="-1" data-animation-role="header-element">'
            f"{label}</a>"
            '<div class="header-nav-folder-content">' + "".join(folder) + "</div></div>"
        )
    return "\n".join(items)


def _mobile_nav():
    root = []
    folders = []
    for label, links in _NAV:
        if len(links) == 1:
            href, text = links[0]
            root.append(
                '<div class="container header-menu-nav-item header-menu-nav-item--collection">'
                f'<a href="{href}"><div class="header-menu-nav-item-content">{text}</div></a></div>'
            )
            continue
        key = label.lower().replace("&amp;", "and").replace(" ", "-")
        root.append(
            '<div class="container header-menu-nav-item">'
            f'<a data-folder-id="/{key}" href="#"><div class="header-menu-nav-item-content">'
            f'<span class="visually-hidden">Folder:</span><span>{label}</span>'
            '<span class="chevron chevron--right"></span></div></a></div>'
        )
        inner = "".join(
            '<div class="container header-menu-nav-item">'
            f'<a href="{href}"><div class="header-menu-nav-item-content">{text}</div></a></div>'
            for href, text in links
        )
        folders.append(
            f'<div data-folder="/{key}" class="header-menu-nav-folder">'
            '<div class="header-menu-nav-folder-content"><div class="header-menu-controls container">'
            '<a class="header-menu-controls-control header-menu-controls-control--active" data-action="back" href="#">'
            '<span class="chevron chevron--left"></span><span>Back</span></a></div>'
            f'<div class="header-menu-nav-wrapper">{inner}</div></div></div>'
        )
    return (
        '<div data-folder="root" class="header-menu-nav-folder"><div class="header-menu-nav-folder-content">'
        '<div class="header-menu-nav-wrapper">' + "".join(root) + "</div></div></div>" + "".join(folders)
    )


def _section(inner, theme="white", height="medium", section_id="5f3b"):
    return f"""
<section data-test="page-section" data-section-theme="{theme}" class="page-section layout-engine-section
 background-width--full-bleed section-height--{height} content-width--wide horizontal-alignment--center
 vertical-alignment--middle {theme}" data-section-id="{section_id}" data-controller="SectionWrapperController"
 data-current-styles="{{&quot;imageOverlayOpacity&quot;:0.15,&quot;sectionHeight&quot;:&quot;{height}&quot;}}">
  <div class="section-border"><div class="section-background"></div></div>
  <div class="content-wrapper" style="">
    <div class="content">
      <div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-{section_id}">
        <div class="row sqs-row">
{inner}
        </div>
      </div>
    </div>
  </div>
</section>"""


def _text(html, block_id="a1", span=12):
    return f"""
          <div class="col sqs-col-{span} span-{span}">
            <div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_{block_id}">
              <div class="sqs-block-content">
                <div class="sqs-html-content">
{html}
                </div>
              </div>
            </div>
          </div>"""


def _code(html, block_id="c1", span=12):
    return f"""
          <div class="col sqs-col-{span} span-{span}">
            <div class="sqs-block code-block sqs-block-code" data-block-type="23" id="block-yui_{block_id}">
              <div class="sqs-block-content">
{html}
              </div>
            </div>
          </div>"""


def _button(href, label, block_id="b1", align="center"):
    return f"""
          <div class="col sqs-col-12 span-12">
            <div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_{block_id}">
              <div class="sqs-block-content">
                <div class="sqs-block-button-container sqs-block-button-container--{align}"
                 data-animation-role="button" data-alignment="{align}" data-button-size="medium">
                  <a href="{href}" class="sqs-block-button-element--medium sqs-button-element--primary
 sqs-block-button-element">{label}</a>
                </div>
              </div>
            </div>
          </div>"""


def _image(name, alt, span=12, block_id="i1"):
    return f"""
          <div class="col sqs-col-{span} span-{span}">
            <div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_{block_id}">
              <div class="sqs-block-content">
                <div class="image-block-outer-wrapper layout-caption-below design-layout-inline">
                  <figure class="sqs-block-image-figure intrinsic" style="max-width:2500px;">
                    <div class="image-block-wrapper" data-animation-role="image">
                      <div class="sqs-image-shape-container-element has-aspect-ratio">
                        <img data-src="{_CDN}/{name}" data-image-dimensions="2500x1667" data-image-focal-point="0.5,0.5"
                         alt="{alt}" src="{_CDN}/{name}?format=1000w" loading="lazy">
                      </div>
                    </div>
                  </figure>
                </div>
              </div>
            </div>
          </div>"""


def _quotes(items, block_id="q1"):
    cols = []
    for i, (text, who) in enumerate(items):
        cols.append(f"""
          <div class="col sqs-col-4 span-4">
            <div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="block-yui_{block_id}{i}">
              <div class="sqs-block-content">
                <figure class="block-animation-none">
                  <blockquote data-animation-role="quote"><span>&ldquo;</span>{text}<span>&rdquo;</span></blockquote>
                  <figcaption class="source">&mdash; {who}</figcaption>
                </figure>
              </div>
            </div>
          </div>""")
    return "".join(cols)


def _summary(items, block_id="s1"):
    cards = []
    for href, title, img, excerpt in items:
        cards.append(f"""
                  <div class="summary-item summary-item-record-type-page sqs-gallery-design-autogrid-slide">
                    <div class="summary-thumbnail-outer-container">
                      <a href="{href}" class="summary-thumbnail-container sqs-gallery-image-container"
                       data-title="{title}" data-description="">
                        <div class="summary-thumbnail img-wrapper">
                          <img data-src="{_CDN}/{img}" data-image-dimensions="1500x1000"
                           data-image-focal-point="0.5,0.5" alt="{title}" class="summary-thumbnail-image">
                        </div>
                      </a>
                    </div>
                    <div class="summary-content sqs-gallery-meta-container">
                      <div class="summary-title"><a href="{href}" class="summary-title-link">{title}</a></div>
                      <div class="summary-excerpt"><p>{excerpt}</p></div>
                      <div class="summary-read-more"><a class="summary-read-more-link" href="{href}">Read more
                       &rarr;</a></div>
                    </div>
                  </div>""")
    return f"""
          <div class="col sqs-col-12 span-12">
            <div class="sqs-block summary-v2-block sqs-block-summary-v2" data-block-type="55" id="block-yui_{block_id}">
              <div class="sqs-block-content">
                <div class="summary-block-wrapper summary-block-collection-type-page
                 summary-block-setting-design-autogrid summary-block-setting-text-size-medium
                 summary-block-setting-text-alignment-left summary-block-setting-columns-3" data-prop-name="items">
                  <div class="summary-block-header"><h3 class="summary-header-text">
                    <span class="summary-header-title">Our services</span></h3></div>
                  <div class="summary-item-list-container sqs-gallery-container">
                    <div class="summary-item-list">{"".join(cards)}
                    </div>
                  </div>
                </div>
              </div>
            </div>
          </div>"""


_HEAD = """<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB">
<head>
  <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta charset="utf-8">
  <title>{title} | Ashworth &amp; Sons Removals</title>
  <meta http-equiv="Accept-CH" content="Sec-CH-UA-Platform-Version, Sec-CH-UA-Model">
  <link rel="icon" type="image/x-icon" href="{cdn}/favicon.ico?format=100w">
  <link rel="canonical" href="https://www.ashworthremovals.co.uk{path}">
  <meta property="og:site_name" content="Ashworth &amp; Sons Removals">
  <meta property="og:title" content="{title} | Ashworth &amp; Sons Removals">
  <meta property="og:url" content="https://www.ashworthremovals.co.uk{path}">
  <meta property="og:type" content="website">
  <meta property="og:description" content="{description}">
  <meta property="og:image" content="{cdn}/ashworth-lorry-cotswolds.jpg?format=1500w">
  <meta itemprop="name" content="{title} | Ashworth &amp; Sons Removals">
  <meta name="twitter:title" content="{title} | Ashworth &amp; Sons Removals">
  <meta name="twitter:card" content="summary">
  <meta name="description" content="{description}">
  <link rel="preconnect" href="https://images.squarespace-cdn.com">
  <link rel="stylesheet" type="text/css"
   href="https://assets.squarespace.com/universal/styles-compressed/user-account-core-0c2a7f0bd3c2cf4e-min.en-GB.css">
  <link rel="stylesheet" type="text/css"
   href="https://static1.squarespace.com/static/versioned-site-css/61a4c2e9f0b7d35e1c9a7b21/88/5c5a519771c10ba3470d8101/61a4c2eaf0b7d35e1c9a7b3f/1561/site.css">
  <script>Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT = {{"websiteId":"61a4c2e9f0b7d35e1c9a7b21",
  "templateId":"5c5a519771c10ba3470d8101","collectionId":"{page_id}","pageType":10,"isFacebookTab":false,
  "websiteSettings":{{"storeSettings":{{"currencyCode":"GBP"}},"simpleLikingEnabled":false}}}};</script>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date()); gtag('config', 'G-7QK2ASHW01', {{'anonymize_ip': true}});</script>
</head>
"""

_HEADER = """<body id="collection-{page_id}" class="header-overlay-alignment-center header-width-full
 tweak-fixed-header-style-basic tweak-blog-alternating-side-by-side-width-full primary-button-style-solid
 primary-button-shape-pill secondary-button-style-outline tertiary-button-style-outline form-field-style-solid
 form-field-shape-square header-button-style-solid header-button-shape-pill native-currency-code-gbp
 collection-type-page collection-layout-default collection-{page_id} mobile-style-available sqs-seven-one
 show-cart-quantity-zero enable-load-effects">
<div class="sqs-announcement-bar-dropzone"></div>
<div id="siteWrapper" class="clearfix site-wrapper">
  <div id="floatingCart" class="floating-cart hidden"></div>
  <header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white"
   data-controller="Header" data-current-styles="{{&quot;layout&quot;:&quot;navRight&quot;}}">
    <div class="sqs-announcement-bar-dropzone">
      <div class="sqs-announcement-bar" role="region" aria-label="Announcement">
        <div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text">
          <p>Now taking bookings for spring and summer moves &mdash; call the office on
          <a href="tel:01242580417">01242 580417</a></p>
        </div></div>
      </div>
    </div>
    <div class="header-announcement-bar-wrapper">
      <a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
      <div class="header-border" data-header-style="solid" data-test="header-border"></div>
      <div class="header-dropshadow" data-header-style="solid"></div>
      <div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
        <div class="header-background theme-bg--primary"></div>
        <div class="header-display-desktop" data-content-field="site-title">
          <div class="header-title-nav-wrapper">
            <div class="header-title" data-animation-role="header-element">
              <div class="header-title-logo">
                <a href="/" data-animation-role="header-element">
                  <img elementtiming="nbf-header-logo-desktop" src="{cdn}/ashworth-logo-green.png?format=1500w"
                   alt="Ashworth &amp; Sons Removals" style="display:block" fetchpriority="high"
                   loading="eager" decoding="async" data-loader="raw">
                </a>
              </div>
            </div>
            <div class="header-nav">
              <div class="header-nav-wrapper">
                <nav class="header-nav-list">
{desktop_nav}
                </nav>
              </div>
            </div>
          </div>
          <div class="header-actions header-actions--right">
            <div class="header-actions-action header-actions-action--social">
              <a class="icon icon--fill header-icon header-icon-border-shape-none header-icon-border-style-outline"
               href="https://www.facebook.com/ashworthremovals" target="_blank" aria-label="Facebook">
               <svg viewBox="23 23 64 64"><use xlink:href="#facebook-unauth-icon" width="110" height="110">
               </use></svg></a>
              <a class="icon icon--fill header-icon header-icon-border-shape-none header-icon-border-style-outline"
               href="https://www.instagram.com/ashworthremovals" target="_blank" aria-label="Instagram">
               <svg viewBox="23 23 64 64"><use xlink:href="#instagram-unauth-icon" width="110" height="110">
               </use></svg></a>
            </div>
            <div class="showOnDesktop"><div class="header-actions-action header-actions-action--cta"
             data-animation-role="header-element">
              <a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary"
               href="/quotes-and-surveys/">Get a Free Quote</a>
            </div></div>
          </div>
        </div>
        <div class="header-display-mobile" data-content-field="site-title">
          <div class="header-title-logo"><a href="/"><img src="{cdn}/ashworth-logo-green.png?format=750w"
           alt="Ashworth &amp; Sons Removals"></a></div>
          <div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element">
            <button class="header-burger-btn burger" data-test="header-burger" aria-label="Open Menu">
              <span class="js-header-burger-open-title visually-hidden">Open Menu</span>
              <div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger">
                <div class="top-bun"></div><div class="patty"></div><div class="bottom-bun"></div>
              </div></div>
            </button>
          </div>
        </div>
      </div>
    </div>
    <div class="header-menu header-menu--folder-list" data-section-theme="white" data-current-styles="{{}}">
      <div class="header-menu-bg theme-bg--primary"></div>
      <div class="header-menu-nav">
        <nav class="header-menu-nav-list">
{mobile_nav}
        </nav>
      </div>
      <div class="header-menu-cta">
        <a class="theme-btn--primary btn sqs-button-element--primary" href="/quotes-and-surveys/">Get a Free Quote</a>
      </div>
    </div>
  </header>
  <main id="page" class="container" role="main">
    <article class="sections" id="sections" data-page-sections="{page_id}">
"""

_FOOTER = """
    </article>
  </main>
  <footer class="sections" id="footer-sections" data-footer-sections>
    <section data-test="page-section" data-section-theme="black" class="page-section layout-engine-section
     background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center
     vertical-alignment--middle black" data-section-id="61a4c2ebf0b7d35e1c9a7c02">
      <div class="section-border"><div class="section-background"></div></div>
      <div class="content-wrapper">
        <div class="content">
          <div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-61a4c2ebf0b">
            <div class="row sqs-row">
              <div class="col sqs-col-4 span-4">
                <div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_foot_logo">
                  <div class="sqs-block-content"><div class="image-block-outer-wrapper">
                    <img data-src="{cdn}/ashworth-logo-white.png" alt="Ashworth &amp; Sons Removals" loading="lazy">
                  </div></div>
                </div>
                <div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_foot_addr">
                  <div class="sqs-block-content"><div class="sqs-html-content">
                    <p class="sqsrte-small">Family removals &amp; storage in Gloucestershire since 1968.</p>
                    <p class="sqsrte-small">Unit 7, Kingsditch Trading Estate<br>Tewkesbury Road<br>
                    Cheltenham GL51 9PL</p>
                  </div></div>
                </div>
              </div>
              <div class="col sqs-col-4 span-4">
                <div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_foot_hours">
                  <div class="sqs-block-content"><div class="sqs-html-content">
                    <h4>Office hours</h4>
                    <p class="sqsrte-small">Mon&ndash;Fri 8am&ndash;5.30pm<br>Sat 8.30am&ndash;1pm<br>
                    Sun &amp; bank holidays closed</p>
                    <p class="sqsrte-small"><a href="tel:01242580417">01242 580417</a><br>
                    <a href="mailto:office@ashworthremovals.co.uk">office@ashworthremovals.co.uk</a></p>
                  </div></div>
                </div>
              </div>
              <div class="col sqs-col-4 span-4">
                <div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_foot_links">
                  <div class="sqs-block-content"><div class="sqs-html-content">
                    <h4>Quick links</h4>
                    <p class="sqsrte-small"><a href="/house-removals/">House removals</a><br>
                    <a href="/storage/">Storage</a><br><a href="/quotes-and-surveys/">Free survey</a><br>
                    <a href="/faq/">FAQs</a><br><a href="/contact/">Contact us</a></p>
                  </div></div>
                </div>
                <div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2" data-block-type="54"
                 id="block-yui_foot_social">
                  <div class="sqs-block-content">
                    <div class="sqs-svg-icon--outer social-icon-alignment-left social-icons-color-white
                     social-icons-size-small social-icons-style-regular">
                      <nav class="sqs-svg-icon--list">
                        <a href="https://www.facebook.com/ashworthremovals" target="_blank"
                         class="sqs-svg-icon--wrapper facebook-unauth" aria-label="Facebook"><div>
                         <svg class="sqs-svg-icon--social" viewBox="0 0 64 64"><use class="sqs-use--icon"
                         xlink:href="#facebook-unauth-icon"></use></svg></div></a>
                        <a href="https://www.instagram.com/ashworthremovals" target="_blank"
                         class="sqs-svg-icon--wrapper instagram-unauth" aria-label="Instagram"><div>
                         <svg class="sqs-svg-icon--social" viewBox="0 0 64 64"><use class="sqs-use--icon"
                         xlink:href="#instagram-unauth-icon"></use></svg></div></a>
                        <a href="https://www.linkedin.com/company/ashworth-sons-removals" target="_blank"
                         class="sqs-svg-icon--wrapper linkedin-unauth" aria-label="LinkedIn"><div>
                         <svg class="sqs-svg-icon--social" viewBox="0 0 64 64"><use class="sqs-use--icon"
                         xlink:href="#linkedin-unauth-icon"></use></svg></div></a>
                      </nav>
                    </div>
                  </div>
                </div>
              </div>
            </div>
            <div class="row sqs-row">
              <div class="col sqs-col-12 span-12">
                <div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_foot_copy">
                  <div class="sqs-block-content"><div class="sqs-html-content">
                    <p class="sqsrte-small" style="text-align:center">&copy; 2025 Ashworth &amp; Sons (Cheltenham)
                    Ltd. Registered in England &amp; Wales, company no. 01127348. VAT reg. GB 214 7781 06.</p>
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
<div class="sqs-cookie-banner-v2-wrapper" role="region" aria-label="Cookie banner">
  <div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom sqs-cookie-banner-v2--dark">
    <div class="sqs-cookie-banner-v2-cta-container">
      <p class="sqs-cookie-banner-v2-text">This website uses cookies to improve your experience and to help us
      understand how visitors use it. By clicking Accept you agree to our use of cookies.</p>
      <div class="sqs-cookie-banner-v2-buttons">
        <button class="sqs-cookie-banner-v2-accept sqs-button-element--primary" type="button">Accept</button>
        <button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary" type="button">Decline</button>
        <button class="sqs-cookie-banner-v2-manage sqs-button-element--tertiary" type="button">Manage</button>
      </div>
    </div>
  </div>
</div>
<svg xmlns="http://www.w3.org/2000/svg" style="display:none" data-usage="social-icons-svg">
  <symbol id="facebook-unauth-icon" viewBox="0 0 64 64"><path d="M34.1,47V33.3h4.6l0.7-5.3h-5.3v-3.4"/></symbol>
  <symbol id="instagram-unauth-icon" viewBox="0 0 64 64"><path d="M46.91,25.816c-0.073-1.597"/></symbol>
  <symbol id="linkedin-unauth-icon" viewBox="0 0 64 64"><path d="M20.4,44h5.4V26.6h-5.4V44z"/></symbol>
</svg>
</body>
</html>
"""


def _page(path, title, description, page_id, sections):
    head = _HEAD.format(title=title, description=description, path=path, page_id=page_id, cdn=_CDN)
    header = _HEADER.format(page_id=page_id, cdn=_CDN, desktop_nav=_desktop_nav(path), mobile_nav=_mobile_nav())
    return head + header + "".join(sections) + _FOOTER.format(cdn=_CDN)


def _hero(title, strap, image, section_id):
    return f"""
<section data-test="page-section" data-section-theme="black" class="page-section has-background
 layout-engine-section background-width--full-bleed section-height--large content-width--narrow
 horizontal-alignment--center vertical-alignment--middle black" data-section-id="{section_id}">
  <div class="section-border"><div class="section-background">
    <img data-src="{_CDN}/{image}" data-image-dimensions="2500x1406" data-image-focal-point="0.5,0.5"
     alt="" data-load="false" src="{_CDN}/{image}?format=2500w" loading="eager">
    <div class="section-background-overlay" style="opacity:0.35"></div>
  </div></div>
  <div class="content-wrapper">
    <div class="content">
      <div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-{section_id}">
        <div class="row sqs-row"><div class="col sqs-col-12 span-12">
          <div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-hero-{section_id}">
            <div class="sqs-block-content"><div class="sqs-html-content">
              <h1 style="text-align:center;white-space:pre-wrap;">{title}</h1>
              <p class="sqsrte-large" style="text-align:center">{strap}</p>
            </div></div>
          </div>
        </div></div>
      </div>
    </div>
  </div>
</section>"""


# --------------------------------------------------------------------------------------------------------------
# Pages
# --------------------------------------------------------------------------------------------------------------

_HOME = _page(
    "/",
    "Family Removals &amp; Storage in Cheltenham",
    "Ashworth &amp; Sons: family removals, packing and storage in Cheltenham, Gloucester and the Cotswolds.",
    "61a4c2eaf0b7d35e1c9a7b40",
    [
        _hero(
            "Moving Gloucestershire families since 1968",
            "House moves, office moves, packing, storage and international removals from a family that has "
            "been doing it for three generations.",
            "ashworth-lorry-cotswolds.jpg",
            "h0001",
        ),
        _section(
            _text(
                """
<h2>A proper family firm</h2>
<p>Ashworth &amp; Sons started with one lorry and a lot of elbow grease, and we are still owned and run by the
same family today. Our crews are our own people, our lorries are our own lorries, and when you ring the office you
speak to someone who knows your move by name. Whether it&rsquo;s a one-bedroom flat in Tewkesbury or a farmhouse
full of antiques outside Stow, we plan it properly, wrap it properly and treat your home as if it were ours.</p>
""",
                "home_intro",
                span=7,
            )
            + _image("crew-wrapping-sofa.jpg", "Two Ashworth removers wrapping a sofa", span=5, block_id="home_img"),
            section_id="h0002",
        ),
        _section(
            _text(
                """
<h2>Where we move</h2>
<p>Our lorries are out every day across <strong>Cheltenham, Gloucester, Tewkesbury, Stroud, Cirencester,
Winchcombe and the North Cotswolds</strong>, and this is where most of our local moves happen.</p>
<p>We don&rsquo;t stop at the county line, though. We move people to and from anywhere in mainland England,
Wales and Scotland, and roughly a third of our house moves are long distance &mdash; we have regular runs to
London and the Home Counties, the South West, the North West and the Central Belt of Scotland. Longer moves are
usually done over two days, with the loaded lorry parked overnight in our own secure yard or a secure lorry park
near the delivery address.</p>
<p>Moves to or from the <strong>Scottish Highlands and islands, the Isle of Wight, the Isles of Scilly and
Northern Ireland</strong> are no problem either, but because they involve ferry crossings or very long driving
days they are always priced individually once we know the details.</p>
""",
                "home_areas",
            ),
            theme="light",
            section_id="h0003",
        ),
        _section(
            _summary(
                [
                    ("/house-removals/", "House Removals", "house-move.jpg", "From flats to farmhouses."),
                    ("/office-moves/", "Office Moves", "office-move.jpg", "Offices, surgeries, schools, shops."),
                    ("/packing-service/", "Packing Service", "packing.jpg", "Let our packers do the hard part."),
                    ("/storage/", "Storage", "warehouse.jpg", "Secure container storage at our depot."),
                    ("/man-and-van/", "Man &amp; Van", "luton.jpg", "Small moves and single items."),
                    ("/international-moves/", "International", "shipping.jpg", "Europe and worldwide."),
                ],
                "home_summary",
            ),
            section_id="h0004",
        ),
        _section(
            _text('<h2 style="text-align:center">What our customers say</h2>', "home_rev_h")
            + _quotes(
                [
                    (
                        "Tom and the lads were brilliant from start to finish. Nothing was too much trouble and "
                        "they had the beds back up before we&rsquo;d found the kettle.",
                        "Sarah &amp; James, Charlton Kings",
                    ),
                    (
                        "Third time we&rsquo;ve used Ashworths and they never disappoint. Friendly office, careful "
                        "crew, fair price.",
                        "Mr D. Holloway, Bishop&rsquo;s Cleeve",
                    ),
                    (
                        "Moving Dad out of the family home was emotional. The team were patient, kind and "
                        "incredibly gentle with all his bits and pieces.",
                        "Rachel M., Winchcombe",
                    ),
                ],
                "home_q",
            ),
            theme="light",
            section_id="h0005",
        ),
        _section(
            _text(
                '<h2 style="text-align:center">Ready to start planning?</h2>'
                '<p style="text-align:center">Tell us a little about your move and we&rsquo;ll arrange a free '
                "survey at a time that suits you.</p>",
                "home_cta",
            )
            + _button("/quotes-and-surveys/", "Book a free survey", "home_btn"),
            theme="dark",
            section_id="h0006",
        ),
    ],
)

_HOUSE = _page(
    "/house-removals/",
    "House Removals",
    "Local and long-distance house removals from Cheltenham with guide prices for flats and houses.",
    "61a4c2eaf0b7d35e1c9a7b41",
    [
        _hero(
            "House Removals",
            "Careful, well-planned home moves with our own trained crews.",
            "house-move-hero.jpg",
            "r0001",
        ),
        _section(
            _text(
                """
<h2>What&rsquo;s included in every house move</h2>
<ul data-rte-list="default">
  <li><p>A crew of two to five uniformed removers, depending on the size of your home, led by an experienced
  foreman who stays with your move from first box to last.</p></li>
  <li><p>The right lorry for the job &mdash; from a 3.5 tonne Luton for flats up to our 18 tonne
  pantechnicons for large family homes.</p></li>
  <li><p>Dismantling and reassembling beds, wardrobes and dining tables that we take apart on the day.</p></li>
  <li><p>Floor runners, banister wraps and door-frame protectors at both properties.</p></li>
  <li><p>Free mattress covers and sofa covers, and hanging wardrobe cartons loaned for the day so clothes go
  straight from wardrobe to wardrobe.</p></li>
  <li><p>Furniture placed in the rooms you choose at the new house &mdash; just tell the foreman where things
  go.</p></li>
</ul>
<h3>How long does it take?</h3>
<p>Most local moves of up to three bedrooms are done in a single day: we start loading at 8am and are usually
unloading by early afternoon. Bigger homes, or homes where we are also packing, are normally loaded on day one
and delivered on day two.</p>
""",
                "house_main",
                span=8,
            )
            + _text(
                """
<div class="sidebar-widget">
  <h4>Planning a move?</h4>
  <p>Book a free home or video survey and get a fixed written quote.</p>
  <p><a href="/quotes-and-surveys/">Book your survey &rarr;</a></p>
  <h4>Just a few items?</h4>
  <p>Our <a href="/man-and-van/">man &amp; van service</a> is ideal for small moves.</p>
  <h4>Need boxes?</h4>
  <p>Order from our <a href="/boxes-and-materials/">box shop</a> or let our
  <a href="/packing-service/">packers</a> do it all.</p>
</div>
""",
                "house_side",
                span=4,
            ),
            section_id="r0002",
        ),
        _section(
            _text(
                """
<h2>Guide prices for local house moves</h2>
<p>These are starting prices for a removal only (no packing) between two addresses within 25 miles of our
Cheltenham depot, on a Monday to Thursday, including VAT. Your fixed price comes after your survey.</p>
""",
                "house_price_intro",
            )
            + _code(
                """
<table class="price-table" style="width:100%;border-collapse:collapse">
  <thead><tr><th>Property</th><th>Typical crew</th><th>Typical vehicle</th><th>From</th></tr></thead>
  <tbody>
    <tr><td>1-bedroom flat</td><td>2</td><td>3.5t Luton</td><td>&pound;495</td></tr>
    <tr><td>2-bedroom house</td><td>3</td><td>7.5t lorry</td><td>&pound;745</td></tr>
    <tr><td>3-bedroom house</td><td>3&ndash;4</td><td>7.5t lorry + Luton</td><td>&pound;995</td></tr>
    <tr><td>4-bedroom house</td><td>4</td><td>18t pantechnicon</td><td>&pound;1,450</td></tr>
    <tr><td>5-bedroom and larger</td><td>5</td><td>18t + 7.5t</td><td>&pound;1,850</td></tr>
  </tbody>
</table>
""",
                "house_table",
            )
            + _text(
                """
<h3>Things that add to the price</h3>
<ul data-rte-list="default">
  <li><p><strong>Friday and Saturday moves:</strong> a supplement of &pound;95, because these are our busiest
  days of the week.</p></li>
  <li><p><strong>Long carries:</strong> if the lorry can&rsquo;t get within 20 metres of your front door, or
  there are more than two flights of stairs without a lift, we may need an extra porter at &pound;140 per
  day.</p></li>
  <li><p><strong>Moves over 25 miles:</strong> priced individually from your survey, based on mileage and
  whether an overnight stay is needed.</p></li>
</ul>
""",
                "house_extras",
            ),
            theme="light",
            section_id="r0003",
        ),
        _section(
            _quotes(
                [
                    ("Booked on a Tuesday to save a bit and it went like clockwork.", "Amy, Hesters Way"),
                    ("The foreman had everything in the right rooms by 3pm.", "Mr &amp; Mrs Kaur, Tuffley"),
                    ("Wardrobe boxes were a godsend. So organised.", "Gemma, Prestbury"),
                ],
                "house_q",
            )
            + _button("/quotes-and-surveys/", "Get your fixed quote", "house_btn"),
            section_id="r0004",
        ),
    ],
)

_OFFICE = _page(
    "/office-moves/",
    "Office &amp; Commercial Moves",
    "Office, surgery, school and shop relocations across Gloucestershire, out of hours to keep you trading.",
    "61a4c2eaf0b7d35e1c9a7b42",
    [
        _hero(
            "Office &amp; Commercial Moves",
            "Relocations for offices, surgeries, schools and shops &mdash; planned around your business.",
            "office-hero.jpg",
            "o0001",
        ),
        _section(
            _text(
                """
<h2>Minimal downtime, no surprises</h2>
<p>We have moved solicitors, accountants, GP and dental surgeries, schools, charities and shops all over
Gloucestershire. The thing every business tells us is the same: &ldquo;we can&rsquo;t afford to be shut.&rdquo;
So we plan commercial moves to happen when you are not trading.</p>
<ul data-rte-list="default">
  <li><p><strong>Evening and weekend working.</strong> Most office moves start on a Friday afternoon or evening
  and run through Saturday, with Sunday available by arrangement for larger relocations, so your staff walk into a
  working office on Monday morning.</p></li>
  <li><p><strong>A dedicated move manager.</strong> One person plans your relocation from the first site visit
  to the final walk-round and is your single point of contact.</p></li>
  <li><p><strong>Labelling and floor plans.</strong> Every desk, crate and cabinet is colour-coded and numbered
  to a floor plan of the new premises, so everything lands in the right place.</p></li>
  <li><p><strong>Desks and workstations.</strong> We dismantle and rebuild desking, pedestals and storage, and
  can take away unwanted office furniture.</p></li>
  <li><p><strong>Confidential waste.</strong> Secure shredding through our partner, with a certificate of
  destruction for your records.</p></li>
</ul>
<h3>IT equipment</h3>
<p>Computers, monitors, printers and servers travel in padded, lockable crates. We wrap and move the kit, but
your IT provider should disconnect it beforehand and reconnect networks and servers at the new site.</p>
<h3>Crate hire</h3>
<p>Lidded plastic crates are far quicker than cardboard for office moves. We hire them at &pound;2.50 per crate per
week (minimum 20 crates), delivered and collected free within 25 miles of Cheltenham.</p>
<h3>Paperwork for landlords</h3>
<p>We supply risk assessments and method statements, lift protection and copies of our insurance certificates
to building managers before the move.</p>
<h3>Pricing</h3>
<p>Every commercial move is quoted after a free site visit. As a guide, a local move for a small office of
around ten desks starts from &pound;1,400 plus VAT.</p>
""",
                "office_main",
                span=8,
            )
            + _text(
                """
<div class="sidebar-widget">
  <h4>Talk to us early</h4>
  <p>The sooner we see your new premises, the smoother the move.</p>
  <p><a href="/quotes-and-surveys/">Arrange a site visit &rarr;</a></p>
  <h4>Need to store furniture?</h4>
  <p>See our <a href="/storage/">storage</a> page.</p>
</div>
""",
                "office_side",
                span=4,
            ),
            section_id="o0002",
        ),
        _section(
            _quotes(
                [
                    ("Closed Friday lunchtime, open Monday at nine. Faultless.", "Practice Manager, Gloucester"),
                    ("The colour-coding system meant no one lost a thing.", "Office Manager, Cheltenham"),
                    ("Calm, organised and very tidy.", "Head Teacher, Stroud"),
                ],
                "office_q",
            ),
            theme="light",
            section_id="o0003",
        ),
    ],
)

_PACKING = _page(
    "/packing-service/",
    "Packing Service",
    "Full packing, fragile-only packing and unpacking services by our own packing team.",
    "61a4c2eaf0b7d35e1c9a7b43",
    [
        _hero("Packing Service", "Save yourself weeks of evenings with a roll of tape.", "packing-hero.jpg", "p0001"),
        _section(
            _text(
                """
<h2>Choose how much help you want</h2>
<p>Packing is the most time-consuming part of any move. Our own packing team, led by our head packer Jess, can
take as much or as little of it off your hands as you like. All boxes, paper and bubble wrap used by our packers
are included in the price.</p>
<h3>Full packing service</h3>
<p>Our packers arrive the day before your move (two days before for larger homes) and pack everything: kitchen,
books, clothes, ornaments, garage and shed. Every box is labelled with its room at the new house. On moving day
the crew simply loads and goes.</p>
<h3>Fragile-only packing</h3>
<p>Happy to do the books and clothes yourself but nervous about the breakables? We&rsquo;ll pack just the
fragile items &mdash; china, glassware, ornaments, pictures, mirrors, lamps and the whole kitchen &mdash; and
leave the rest to you. Most homes need two packers for half a day.</p>
<h3>Unpacking service</h3>
<p>We can unpack at your new home too: kitchen cupboards filled, beds made, books on shelves. We flatten and take
away all the empty boxes and paper when we leave.</p>
""",
                "pack_main",
            ),
            section_id="p0002",
        ),
        _section(
            _text("<h2>Packing prices</h2><p>Guide prices including VAT and all materials.</p>", "pack_ph")
            + _code(
                """
<table class="price-table">
  <thead><tr><th>Service</th><th>2-bed</th><th>3-bed</th><th>4-bed</th></tr></thead>
  <tbody>
    <tr><td>Full packing</td><td>from &pound;325</td><td>from &pound;450</td><td>from &pound;595</td></tr>
    <tr><td>Fragile-only packing</td><td colspan="3">from &pound;195 for most homes</td></tr>
    <tr><td>Unpacking</td><td colspan="3">&pound;36 per packer per hour, minimum 3 hours</td></tr>
  </tbody>
</table>
""",
                "pack_table",
            )
            + _text(
                "<p><em>Packing dates fill up quickly from May to September, so please book your packers at least "
                "two weeks before your move in the summer months.</em></p>",
                "pack_note",
            ),
            theme="light",
            section_id="p0003",
        ),
        _section(
            _quotes(
                [
                    ("Jess and her team packed a four-bed in a day. Not one chip.", "Helen, Leckhampton"),
                    ("Worth every penny. I just made the tea.", "Paul, Cirencester"),
                    ("Unpacked the kitchen better than I&rsquo;d ever organised it.", "Nadia, Churchdown"),
                ],
                "pack_q",
            )
            + _button("/quotes-and-surveys/", "Add packing to your quote", "pack_btn"),
            section_id="p0004",
        ),
    ],
)

_BOXES = _page(
    "/boxes-and-materials/",
    "Boxes &amp; Packing Materials",
    "Buy removal boxes, wardrobe cartons, bubble wrap, tape and packing paper from our Cheltenham depot.",
    "61a4c2eaf0b7d35e1c9a7b44",
    [
        _hero(
            "Boxes &amp; Packing Materials",
            "Strong double-wall boxes, the same ones our own packers use.",
            "boxes-hero.jpg",
            "m0001",
        ),
        _section(
            _text(
                """
<h2>Price list</h2>
<p>All prices include VAT. Our boxes are double-walled and reusable, and far stronger than supermarket boxes.</p>
""",
                "box_intro",
            )
            + _code(
                """
<table class="price-table">
  <thead><tr><th>Item</th><th>Size / detail</th><th>Price</th></tr></thead>
  <tbody>
    <tr><td>Small box (books, kitchen)</td><td>43 x 30 x 30 cm</td><td>&pound;2.20</td></tr>
    <tr><td>Medium box</td><td>46 x 46 x 40 cm</td><td>&pound;2.80</td></tr>
    <tr><td>Large box (bedding, cushions)</td><td>60 x 46 x 46 cm</td><td>&pound;3.50</td></tr>
    <tr><td>Wardrobe carton with hanging rail</td><td>50 x 60 x 105 cm</td><td>&pound;12.50</td></tr>
    <tr><td>Picture &amp; mirror carton</td><td>adjustable, up to 100 x 80 cm</td><td>&pound;6.00</td></tr>
    <tr><td>Packing paper</td><td>10 kg bundle (approx. 500 sheets)</td><td>&pound;18.00</td></tr>
    <tr><td>Bubble wrap</td><td>750 mm x 50 m roll</td><td>&pound;16.00</td></tr>
    <tr><td>Brown parcel tape</td><td>48 mm x 66 m</td><td>&pound;1.80</td></tr>
    <tr><td>Printed &ldquo;Fragile&rdquo; tape</td><td>48 mm x 66 m</td><td>&pound;2.20</td></tr>
    <tr><td>Mattress cover</td><td>single / double / king</td><td>&pound;5 / &pound;6 / &pound;7</td></tr>
    <tr><td>Flat starter pack</td><td>20 boxes, 2 tapes, 5 kg paper</td><td>&pound;62.00</td></tr>
    <tr><td>House starter pack</td><td>40 boxes, 4 tapes, 10 kg paper, 1 bubble wrap</td><td>&pound;115.00</td></tr>
  </tbody>
</table>
""",
                "box_table",
            ),
            section_id="m0002",
        ),
        _section(
            _text(
                """
<h2>Delivery or collection</h2>
<p>We deliver free on orders over &pound;50 within 15 miles of our depot. Smaller orders, or deliveries further
afield, cost &pound;12. Orders placed by 2pm are usually delivered the next working day. You are also welcome to
collect from the depot during office hours &mdash; ring ahead and we&rsquo;ll have your order ready.</p>
<h2>Bought too many?</h2>
<p>Unused, unmarked boxes and unopened materials can be returned for a full refund within 60 days of purchase,
with your receipt. Once you&rsquo;ve moved, if you booked your removal with us we will collect your used,
flattened boxes free of charge within 25 miles &mdash; we reuse the good ones and recycle the rest.</p>
""",
                "box_delivery",
                span=8,
            )
            + _text(
                """
<div class="sidebar-widget">
  <h4>Rather not pack at all?</h4>
  <p>Our <a href="/packing-service/">packing service</a> includes all materials.</p>
  <h4>Ordering</h4>
  <p>Call the office or email your list and we&rsquo;ll send a payment link.</p>
</div>
""",
                "box_side",
                span=4,
            ),
            theme="light",
            section_id="m0003",
        ),
    ],
)

_STORAGE = _page(
    "/storage/",
    "Storage",
    "Secure containerised storage at our Cheltenham depot for short and long term storage of household goods.",
    "61a4c2eaf0b7d35e1c9a7b45",
    [
        _hero(
            "Storage",
            "Safe, clean containerised storage for a few weeks or a few years.",
            "warehouse-hero.jpg",
            "s0001",
        ),
        _section(
            _text(
                """
<h2>How our container storage works</h2>
<p>Our storage warehouse is on the same site as our office and depot on Tewkesbury Road. Rather than a
self-store unit you have to fill yourself, we use <strong>wooden storage containers</strong>: our crew loads your
belongings at your home, brings them to the warehouse, packs them into containers and seals each one. Your
container is not opened again until it comes back to you.</p>
<p>Each container holds 250 cubic feet &mdash; about the contents of a well-furnished double bedroom. A typical
three-bedroom house fills four or five containers. Your surveyor will tell you how many you need.</p>
<h3>Who uses it</h3>
<p>Families caught between a sale and a purchase, people waiting for a new build, renovation projects, people
working abroad, and businesses with surplus furniture or archive boxes.</p>
<h3>Security</h3>
<p>The warehouse has a monitored intruder and fire alarm, 24-hour CCTV and a locked, fenced yard. Containers
never leave the building except to come back to you.</p>
<h3>Conditions</h3>
<p>The warehouse is dry and well ventilated but not heated. We cannot store food or perishables, plants, or
anything flammable or hazardous.</p>
<h3>Getting to your things</h3>
<p>Need something out? Give us 48 hours&rsquo; notice and we&rsquo;ll bring your container down to our
inspection bay so you can visit, Monday to Friday between 9am and 3.30pm. There is a &pound;35 charge per access
visit. Alternatively we can deliver selected items to you as a small man &amp; van job.</p>
""",
                "store_main",
                span=8,
            )
            + _text(
                """
<div class="sidebar-widget">
  <h4>Storage prices</h4>
  <p><strong>&pound;22.50</strong> per container per week, including VAT.</p>
  <p>Charged every four weeks in advance, by card or direct debit. Minimum charge four weeks.</p>
  <p>Pay for 26 weeks up front and save 10%.</p>
  <p>Collection into storage and delivery out are quoted as normal removals.</p>
  <h4>Insurance</h4>
  <p>All stored goods must be insured &mdash; see our <a href="/insurance/">insurance page</a>.</p>
</div>
""",
                "store_side",
                span=4,
            ),
            section_id="s0002",
        ),
        _section(
            _quotes(
                [
                    (
                        "Stored with them for 8 months during our extension. Everything came back perfect.",
                        "Lucy, Up Hatherley",
                    ),
                    ("So much easier than hiring a self-store and doing it all ourselves.", "Mark, Gloucester"),
                    ("Kasia in the warehouse is a star.", "Jo, Bishop&rsquo;s Cleeve"),
                ],
                "store_q",
            )
            + _button("/quotes-and-surveys/", "Get a storage quote", "store_btn"),
            theme="light",
            section_id="s0003",
        ),
    ],
)

_VAN = _page(
    "/man-and-van/",
    "Man &amp; Van",
    "Man and van hire in Cheltenham and Gloucester for small moves, student moves and single items.",
    "61a4c2eaf0b7d35e1c9a7b46",
    [
        _hero("Man &amp; Van", "Small moves, done properly.", "luton-hero.jpg", "v0001"),
        _section(
            _text(
                """
<h2>For the smaller jobs</h2>
<p>Not every move needs a big lorry. Our man &amp; van service uses a 3.5 tonne Luton van with a tail-lift and
the same careful, uniformed Ashworth staff as our house moves. It&rsquo;s ideal for:</p>
<ul data-rte-list="default">
  <li><p>studio and one-bedroom flats with not much furniture</p></li>
  <li><p>student moves in and out of halls and shared houses</p></li>
  <li><p>single items &mdash; a sofa from a shop, a wardrobe from Marketplace, a washing machine</p></li>
  <li><p>taking a few things to or from our storage warehouse</p></li>
</ul>
<p>We often have same-week and even next-day availability. Book by phone or WhatsApp and we&rsquo;ll confirm
your booking and arrival window by text.</p>
""",
                "van_main",
            ),
            section_id="v0002",
        ),
        _section(
            _text("<h2>Man &amp; van rates</h2>", "van_rh")
            + _code(
                """
<table class="price-table">
  <thead><tr><th>Crew</th><th>Hourly rate (inc. VAT)</th></tr></thead>
  <tbody>
    <tr><td>1 man + Luton van</td><td>&pound;55 per hour</td></tr>
    <tr><td>2 men + Luton van</td><td>&pound;75 per hour</td></tr>
    <tr><td>3 men + Luton van</td><td>&pound;95 per hour</td></tr>
  </tbody>
</table>
""",
                "van_table",
            )
            + _text(
                """
<ul data-rte-list="default">
  <li><p>Minimum booking is 2 hours. After that we charge in 15-minute blocks.</p></li>
  <li><p>The clock starts when we arrive at your collection address. A fixed travel charge of &pound;20 applies
  within Cheltenham and Gloucester.</p></li>
  <li><p><strong>Single items:</strong> fixed price from &pound;60 for one item collected and delivered by two men
  within 10 miles, including stairs to the first floor.</p></li>
  <li><p>Man &amp; van jobs are paid on the day when the job is finished, by card, bank transfer or cash.</p></li>
</ul>
""",
                "van_rules",
            ),
            theme="light",
            section_id="v0003",
        ),
        _section(
            _quotes(
                [
                    ("Booked on the Monday, done on the Tuesday. Lovely lads.", "Ellie, UoG student"),
                    ("Picked up a huge corner sofa and got it round our tight stairs.", "Dan, Tewkesbury"),
                    ("Reasonable, quick and no fuss.", "Mrs Ahmed, Cheltenham"),
                ],
                "van_q",
            ),
            section_id="v0004",
        ),
    ],
)

_INTL = _page(
    "/international-moves/",
    "International Moves",
    "European and worldwide removals from Gloucestershire: groupage, full loads and sea freight.",
    "61a4c2eaf0b7d35e1c9a7b47",
    [
        _hero(
            "International Moves",
            "From the Cotswolds to the Costa del Sol &mdash; and further.",
            "shipping-hero.jpg",
            "i0001",
        ),
        _section(
            _text(
                """
<h2>Moving to Europe</h2>
<p>We run our own lorries to Europe, with a regular <strong>groupage</strong> (shared load) service: monthly to
France, Spain, Portugal and Italy, and every six weeks to Germany, Belgium and the Netherlands. With groupage you
share the lorry with other families heading the same way and only pay for the space your belongings take up
&mdash; by far the most economical option if you are not taking a whole house full of furniture.</p>
<p>If you need your things by a fixed date, or you are moving a full house, we can send a dedicated lorry just
for you.</p>
<h3>How long it takes</h3>
<ul data-rte-list="default">
  <li><p>Groupage: usually delivered two to six weeks after collection, depending on the next departure and your
  place on the route.</p></li>
  <li><p>Dedicated lorry: typically three to seven days door to door.</p></li>
</ul>
<h2>Moving further afield</h2>
<p>For Australia, New Zealand, Canada, the USA, the UAE and elsewhere we pack and load your goods into a 20ft or
40ft sea container at your home, or into a shared container for smaller volumes, and ship through our trusted
overseas partners who handle delivery at the other end. Door-to-door sea freight to Australia and New Zealand
generally takes 8 to 12 weeks; North America 4 to 8 weeks. Air freight is available for a few urgent boxes.</p>
<p>Cars and motorbikes can travel in your container alongside your household goods. We do not move pets
&mdash; please use a specialist licensed pet transport company.</p>
<h3>Customs and paperwork</h3>
<p>Since Brexit, every move to the EU needs a detailed inventory and customs clearance. Our international
coordinator Liam prepares the export paperwork and helps you apply for Transfer of Residence relief so you
don&rsquo;t pay import duty on your own belongings. You will need copies of your passport and proof of your new
address abroad.</p>
<h3>Prices</h3>
<p>As a guide, a groupage part-load to northern France starts from &pound;1,650, and a full dedicated load to
Spain from &pound;5,900. Worldwide shipping is quoted after a survey.</p>
""",
                "intl_main",
            ),
            section_id="i0002",
        ),
        _section(
            _quotes(
                [
                    ("Our furniture arrived in Brittany in perfect condition.", "Chris &amp; Ann, now in France"),
                    ("Liam made the customs side painless.", "The Greens, now in Valencia"),
                    ("Container to Brisbane packed like a jigsaw.", "Megan, now in Queensland"),
                ],
                "intl_q",
            )
            + _button("/quotes-and-surveys/", "Ask for an international quote", "intl_btn"),
            theme="light",
            section_id="i0003",
        ),
    ],
)

_PIANO = _page(
    "/piano-and-specialist-items/",
    "Pianos &amp; Specialist Items",
    "Piano removals, longcase clocks, antiques, safes, gym equipment and other awkward items moved safely.",
    "61a4c2eaf0b7d35e1c9a7b48",
    [
        _hero(
            "Pianos &amp; Specialist Items",
            "The heavy, the delicate and the downright awkward.",
            "piano-hero.jpg",
            "k0001",
        ),
        _section(
            _text(
                """
<h2>Piano removals</h2>
<p>Mick Ashworth has been moving pianos for over fifty years and still leads our piano team. We use piano
boards, skids, stair-climbing trolleys and proper strapping, and we move pianos on their own or as part of a
house move.</p>
""",
                "piano_intro",
            )
            + _code(
                """
<table class="price-table">
  <thead><tr><th>Piano</th><th>Local move from (inc. VAT)</th></tr></thead>
  <tbody>
    <tr><td>Upright piano, ground floor to ground floor</td><td>&pound;210</td></tr>
    <tr><td>Baby grand or grand piano (legs removed, moved on a piano board)</td><td>&pound;420</td></tr>
    <tr><td>Each internal flight of stairs</td><td>+ &pound;60</td></tr>
    <tr><td>External steps</td><td>up to 4 steps included; more priced at survey</td></tr>
  </tbody>
</table>
""",
                "piano_table",
            )
            + _text(
                """
<p>We don&rsquo;t tune pianos. Let your piano settle into its new room for two to three weeks before you book
a tuner.</p>
<h2>Other specialist items</h2>
<h3>Grandfather and longcase clocks</h3>
<p>Before we arrive, please have the weights and pendulum removed, either by yourself or a clock specialist. We
then pack the hood and the trunk separately and carry the movement in a padded carton.</p>
<h3>Antiques and fine art</h3>
<p>Valuable furniture is blanket-wrapped and soft-wrapped, and we make bespoke wooden crates for paintings,
sculpture and marble tops.</p>
<h3>Safes</h3>
<p>We move domestic and small office safes up to 300kg. Tell us the make and size at your survey.</p>
<h3>Gym equipment</h3>
<p>Treadmills, cross-trainers and multi-gyms must be folded or partly dismantled by you before the move, as
they often need special tools.</p>
<h3>American fridge-freezers</h3>
<p>We check doorway widths at the survey; sometimes doors need to come off the fridge, or off the house.</p>
""",
                "piano_other",
            ),
            section_id="k0002",
        ),
        _section(
            _quotes(
                [
                    ("Mick got our Bechstein up two flights like it was nothing.", "Prof. Lewis, Lansdown"),
                    ("Our longcase clock survived its 150th birthday move.", "Mrs Pryce, Painswick"),
                    ("Careful, strong and clearly experienced.", "St Mary&rsquo;s Church, Tewkesbury"),
                ],
                "piano_q",
            ),
            theme="light",
            section_id="k0003",
        ),
    ],
)

_QUOTES = _page(
    "/quotes-and-surveys/",
    "Quotes &amp; Surveys",
    "Free, no-obligation home and video surveys and fixed written quotes for your move.",
    "61a4c2eaf0b7d35e1c9a7b49",
    [
        _hero(
            "Quotes &amp; Surveys",
            "Free, no obligation, and a fixed price you can rely on.",
            "survey-hero.jpg",
            "g0001",
        ),
        _section(
            _text(
                """
<h2>Why we survey every house move</h2>
<p>No two homes are the same, and the only way to give you a price that won&rsquo;t change on the day is to see
what we are moving. We can give a price over the phone for man &amp; van work and single items, but for a whole
house we always do a survey first &mdash; either in person or by video.</p>
<h3>Home survey</h3>
<p>For homes within 30 miles of Cheltenham, one of our estimators will visit at a time to suit you, including
early evenings and Saturday mornings. It takes 30 to 60 minutes. Please show us everything, including the loft,
garage, shed and garden furniture &mdash; it&rsquo;s the things we don&rsquo;t see that cause problems.</p>
<h3>Video survey</h3>
<p>Further away, or prefer not to have a visitor? We can do the survey by WhatsApp video or Zoom in 20 to 40
minutes. You walk round with your phone and we guide you.</p>
<h3>Your quote</h3>
<p>You&rsquo;ll receive an itemised written quote by email within two working days. It is a
<strong>fixed price</strong> that only changes if the amount you are moving, the access or the dates change
significantly. Quotes stay valid for 90 days, which covers most sales that haven&rsquo;t exchanged yet.</p>
<h3>What affects the price</h3>
<p>The volume of goods, the distance, access at both properties (stairs, parking, narrow lanes), whether you want
packing or storage, and the day of the week.</p>
""",
                "quote_main",
                span=7,
            )
            + """
          <div class="col sqs-col-5 span-5">
            <div class="sqs-block form-block sqs-block-form" data-block-type="9" id="block-yui_quote_form">
              <div class="sqs-block-content">
                <div class="form-wrapper"><div class="form-inner-wrapper" id="quote-form">
                  <form data-form-id="61a4c2f0f0b7d35e1c9a7c77" autocomplete="on" method="POST" action=""
                   onsubmit="return false;">
                    <div class="field-list clear">
                      <div class="form-item field text required" id="name-yui_1"><label class="title"
                       for="name-yui_1-field">Name <span class="required">*</span></label>
                       <input class="field-element" id="name-yui_1-field" type="text" name="name"></div>
                      <div class="form-item field phone required" id="phone-yui_2"><label class="title"
                       for="phone-yui_2-field">Phone <span class="required">*</span></label>
                       <input class="field-element" id="phone-yui_2-field" type="tel" name="phone"></div>
                      <div class="form-item field email" id="email-yui_3"><label class="title"
                       for="email-yui_3-field">Email</label>
                       <input class="field-element" id="email-yui_3-field" type="email" name="email"></div>
                      <div class="form-item field text" id="from-yui_4"><label class="title"
                       for="from-yui_4-field">Moving from (postcode)</label>
                       <input class="field-element" id="from-yui_4-field" type="text" name="from"></div>
                      <div class="form-item field text" id="to-yui_5"><label class="title"
                       for="to-yui_5-field">Moving to (postcode)</label>
                       <input class="field-element" id="to-yui_5-field" type="text" name="to"></div>
                      <div class="form-item field select" id="type-yui_6"><label class="title"
                       for="type-yui_6-field">Survey type</label>
                       <select id="type-yui_6-field" name="survey"><option>Home visit</option>
                       <option>Video survey</option><option>Not sure</option></select></div>
                      <div class="form-item field textarea" id="msg-yui_7"><label class="title"
                       for="msg-yui_7-field">Anything else we should know?</label>
                       <textarea class="field-element" id="msg-yui_7-field" name="message"></textarea></div>
                    </div>
                    <div class="form-button-wrapper form-button-wrapper--align-left">
                      <button class="button sqs-system-button sqs-editable-button sqs-button-element--primary"
                       type="submit">Request my survey</button>
                    </div>
                  </form>
                  <div class="form-submission-text hidden">Thank you &mdash; we&rsquo;ll be in touch within one
                   working day.</div>
                </div></div>
              </div>
            </div>
          </div>""",
            section_id="g0002",
        ),
    ],
)

_INSURANCE = _page(
    "/insurance/",
    "Insurance &amp; Cover",
    "What is covered during your removal and in storage, full value cover, exclusions and how to claim.",
    "61a4c2eaf0b7d35e1c9a7b50",
    [
        _hero("Insurance", "Clear cover, explained in plain English.", "insurance-hero.jpg", "n0001"),
        _section(
            _text(
                """
<h2>Standard cover (included free)</h2>
<p>Every removal includes our standard liability cover at no extra charge. If your belongings are lost or
damaged because of our negligence, we will repair or replace them up to <strong>&pound;40 per item</strong> and a
maximum of <strong>&pound;10,000 per move</strong>. For most people that is not enough, which is why we
recommend full value cover.</p>
<h2>Full value cover (recommended)</h2>
<p>For <strong>1.2% of the declared replacement value</strong> of your contents (minimum premium &pound;45), your
goods are covered for accidental loss or damage while we pack, load, transport and unload them &mdash; not just
where we were negligent. An excess of &pound;75 applies to each claim. You declare the value on the form sent
with your quote; please use the cost of replacing items new.</p>
<h3>Boxes you pack yourself</h3>
<p>Cartons packed by you are covered against total loss (for example, a whole box going missing), but breakage of
the contents is only covered if the box itself is visibly damaged. Everything packed by our packers is fully
covered.</p>
<h3>What isn&rsquo;t covered</h3>
<ul data-rte-list="default">
  <li><p>Mechanical or electrical breakdown of appliances and electronics unless there is external damage.</p></li>
  <li><p>Jewellery, cash, watches, documents and other valuables &mdash; please keep these with you.</p></li>
  <li><p>Wear and tear, and damage that existed before the move and was noted on your inventory.</p></li>
</ul>
<h2>Storage insurance</h2>
<p>Goods in our warehouse must be insured. Our storage cover costs 40p per &pound;1,000 of declared value per
week. If your own home insurance covers items in storage you can use that instead, but we will need written
confirmation from your insurer.</p>
<h2>How to make a claim</h2>
<p>Please note any damage on the delivery sheet on the day, then send us your claim in writing with photographs
within <strong>7 days of delivery</strong>. Most furniture damage is put right by our French polisher and
restorer rather than replaced. We also hold &pound;5 million public liability insurance.</p>
""",
                "ins_main",
            ),
            section_id="n0002",
        ),
    ],
)

_BOOKING = _page(
    "/booking-and-payment/",
    "Booking &amp; Payment",
    "How to book your move, deposits, when the balance is due, ways to pay, cancellations and postponements.",
    "61a4c2eaf0b7d35e1c9a7b51",
    [
        _hero("Booking &amp; Payment", "Simple, fair terms.", "booking-hero.jpg", "b0001"),
        _section(
            _text(
                """
<h2>Securing your date</h2>
<p>We know that most people don&rsquo;t have a completion date until very late in the process. Once you have
your quote we can pencil in a provisional date, held free for 7 days. To confirm your booking, accept your quote
online and pay your deposit.</p>
<h3>Deposits</h3>
<ul data-rte-list="default">
  <li><p>UK moves up to &pound;1,500: &pound;150 deposit.</p></li>
  <li><p>UK moves over &pound;1,500: 10% of the quoted price.</p></li>
  <li><p>International moves: 25% of the quoted price.</p></li>
</ul>
<h3>Paying the balance</h3>
<p>The balance is due <strong>3 working days before your moving day</strong>. Business customers with an approved
credit account can pay on 30-day invoice terms.</p>
<h3>How to pay</h3>
<p>Debit or credit card (no surcharge), bank transfer, or Apple Pay and Google Pay through the secure payment
link we email you. We do not accept cheques, and we can&rsquo;t take cash for removals because the balance must
have cleared before moving day.</p>
""",
                "book_main",
                span=7,
            )
            + _text(
                """
<h2>Cancelling or postponing</h2>
<p>Chains fall through &mdash; we understand. Please tell us in writing (email is fine) as soon as you know.</p>
""",
                "book_cancel_h",
                span=5,
            )
            + _code(
                """
<table class="price-table">
  <thead><tr><th>Notice given before moving day</th><th>Cancellation charge</th></tr></thead>
  <tbody>
    <tr><td>More than 10 working days</td><td>None &mdash; deposit refunded in full</td></tr>
    <tr><td>5 to 10 working days</td><td>Deposit kept</td></tr>
    <tr><td>Less than 5 working days</td><td>50% of the quoted price</td></tr>
    <tr><td>Less than 48 hours</td><td>100% of the quoted price</td></tr>
  </tbody>
</table>
<p><strong>Postponing:</strong> if your completion date moves and you tell us at least 5 working days before your
booked day, we will move your booking to a new date once, free of charge, subject to availability.</p>
""",
                "book_cancel_table",
                span=5,
            ),
            section_id="b0002",
        ),
    ],
)

_ADVICE = _page(
    "/moving-day-advice/",
    "Moving Day Advice",
    "Checklist for your move: parking, appliances, things we cannot carry, and what to do on the day.",
    "61a4c2eaf0b7d35e1c9a7b52",
    [
        _hero("Moving Day Advice", "A little preparation makes for a calm moving day.", "advice-hero.jpg", "a0001"),
        _section(
            _text(
                """
<h2>Four weeks before</h2>
<ul data-rte-list="default">
  <li><p><strong>Parking.</strong> Our lorries are up to 10 metres long. If either address is on a street with
  parking restrictions, apply to the council for a parking suspension or permit &mdash; Cheltenham Borough
  Council asks for at least 10 working days&rsquo; notice. Tell us about narrow lanes, low bridges or weight
  limits.</p></li>
  <li><p>Start sorting and giving away what you don&rsquo;t want to take.</p></li>
</ul>
<h2>The week before</h2>
<ul data-rte-list="default">
  <li><p><strong>Appliances.</strong> Our crews do not disconnect or reconnect plumbing, gas or hard-wired
  electrics. Washing machines and dishwashers must be disconnected and drained before we arrive; fit the transit
  bolts to your washing machine if you still have them. Book a plumber or Gas Safe engineer for the cooker and
  to reconnect at the other end.</p></li>
  <li><p>Start running down the freezer.</p></li>
</ul>
<h2>The day before</h2>
<ul data-rte-list="default">
  <li><p>Switch off and defrost your fridge-freezer at least 24 hours before the move, with towels down.</p></li>
  <li><p>Empty petrol and oil from lawnmowers, strimmers and generators.</p></li>
  <li><p>Take down anything fixed to walls you want to bring: TV wall brackets, curtain poles, shelves and
  mirrors that are screwed in. Our crew don&rsquo;t remove fixtures and fittings.</p></li>
</ul>
<h2>Things we can&rsquo;t carry</h2>
<p>For safety and insurance reasons we cannot put these on our vehicles: gas bottles (including barbecue and
patio heater cylinders), petrol and paraffin, paint and solvents, fireworks, ammunition, pesticides and pool
chemicals. Please take them in your own car or dispose of them at the recycling centre.</p>
<h2>On the day</h2>
<ul data-rte-list="default">
  <li><p>Keep keys, passports, jewellery, medication, chargers and important documents with you.</p></li>
  <li><p>Pack a &ldquo;first night&rdquo; box: kettle, mugs, toilet roll, bedding and the phone charger.</p></li>
  <li><p>Keep children and pets in a quiet room with the door shut while we carry.</p></li>
  <li><p>Walk round the empty house with the foreman before the lorry leaves.</p></li>
</ul>
""",
                "adv_main",
            ),
            section_id="a0002",
        ),
    ],
)

_ABOUT = _page(
    "/about-us/",
    "About Us",
    "The story of Ashworth &amp; Sons, a third-generation family removals firm in Cheltenham.",
    "61a4c2eaf0b7d35e1c9a7b53",
    [
        _hero("About Us", "Three generations, one family name on the lorries.", "about-hero.jpg", "u0001"),
        _section(
            _text(
                """
<h2>Our story</h2>
<p>In 1968 Frank Ashworth bought a second-hand Bedford lorry and started moving neighbours around Prestbury at
weekends. Within a few years his sons Mick and Roy had joined him full time, and &ldquo;Ashworth &amp; Sons&rdquo;
was painted on the side of the lorry. In 1994 we outgrew the yard behind Frank&rsquo;s house and moved to our
depot on the Kingsditch Trading Estate, and in 2006 we built our storage warehouse next door.</p>
<p>Frank&rsquo;s granddaughter <strong>Claire Ashworth</strong> took over as managing director in 2017, with Mick
still working in the business and Roy enjoying a well-earned retirement.</p>
<h2>Accreditations</h2>
<p>We are full members of the <strong>British Association of Removers (BAR)</strong> and follow its Code of
Practice. BAR membership means we have been inspected for our vehicles, premises, insurance, training and
financial standing, and that your deposit is protected by BAR&rsquo;s advance payment guarantee scheme if
anything were to happen to us before your move. We are also a Trading Standards approved business under the
Buy With Confidence scheme.</p>
<h2>Our fleet and the environment</h2>
<p>We run eleven vehicles, from Luton vans to 18 tonne pantechnicons, all with modern Euro 6 engines. Our
warehouse roof is covered in solar panels, we use washable padded blankets instead of single-use plastic wrap
wherever we can, and good used boxes are reused again and again.</p>
<h2>In the community</h2>
<p>We sponsor Prestbury Rovers youth football club and give spare boxes to local charity shops.</p>
""",
                "about_main",
                span=8,
            )
            + _image("frank-ashworth-1968.jpg", "Frank Ashworth with his first Bedford lorry", span=4, block_id="ab1"),
            section_id="u0002",
        ),
    ],
)

_TEAM = _page(
    "/meet-the-team/",
    "Meet the Team",
    "Meet the people behind Ashworth &amp; Sons: office, estimators, crews, packers and warehouse.",
    "61a4c2eaf0b7d35e1c9a7b54",
    [
        _hero("Meet the Team", "The faces you&rsquo;ll see on your moving day.", "team-hero.jpg", "t0001"),
        _section(
            _text(
                """
<h2>The office</h2>
<p><strong>Claire Ashworth &ndash; Managing Director.</strong> Grew up in the yard, worked every job in the
business, and still does surveys for our larger moves.</p>
<p><strong>Priya Shah &ndash; Office Manager.</strong> Looks after bookings and move dates and is usually the
voice you hear when you ring us.</p>
<p><strong>Dave Pritchard &ndash; Senior Estimator.</strong> Carries out most of our home and video surveys and
can estimate a three-bed semi to the last box.</p>
<p><strong>Liam O&rsquo;Connor &ndash; International Coordinator.</strong> Handles our European and overseas
moves, customs and shipping.</p>
<h2>On the road and in the warehouse</h2>
<p><strong>Mick Ashworth &ndash; Piano &amp; Specialist Moves.</strong> Frank&rsquo;s son. Semi-retired, but
nobody else is allowed to lead a grand piano move.</p>
<p><strong>Tom Ellery &ndash; Senior Crew Foreman.</strong> Twenty-two years with us and leads many of our
house moves.</p>
<p><strong>Jess Morgan &ndash; Head Packer.</strong> Trains every packer we employ and runs our packing
team.</p>
<p><strong>Kasia Nowak &ndash; Warehouse &amp; Storage Manager.</strong> Books storage visits and knows where
every container is.</p>
""",
                "team_main",
                span=8,
            )
            + _text(
                """
<div class="sidebar-widget">
  <h4>Our crews</h4>
  <p>Every remover and packer is employed directly by Ashworth &amp; Sons &mdash; we never use agency day
  labour. All staff are DBS checked when they join us and re-checked every three years, wear Ashworth uniform
  and carry photo ID, and are trained in-house before working on a move.</p>
</div>
""",
                "team_side",
                span=4,
            ),
            section_id="t0002",
        ),
        _section(
            _image("team-photo-depot.jpg", "The Ashworth team outside the depot", block_id="tm1"),
            theme="light",
            section_id="t0003",
        ),
    ],
)


def _acc(items):
    out = []
    for i, (q, a) in enumerate(items):
        out.append(f"""
                  <li class="accordion-item" data-is-first-item="{str(i == 0).lower()}">
                    <h4 class="accordion-item__title-wrapper" role="heading" aria-level="3">
                      <button class="accordion-item__click-target" aria-expanded="false"
                       id="button-faq-{i}" aria-controls="dropdown-faq-{i}">
                        <span class="accordion-item__title">{q}</span>
                        <div class="accordion-icon-container" aria-hidden="true">
                          <div class="plus"><div class="plus__horizontal-line"></div>
                          <div class="plus__vertical-line"></div></div>
                        </div>
                      </button>
                    </h4>
                    <div class="accordion-item__dropdown" role="region" id="dropdown-faq-{i}"
                     aria-labelledby="button-faq-{i}">
                      <div class="accordion-item__description"><p>{a}</p></div>
                    </div>
                  </li>""")
    return f"""
          <div class="col sqs-col-12 span-12">
            <div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69" id="block-yui_faq_acc">
              <div class="sqs-block-content">
                <ul class="accordion-items-container" data-should-allow-multiple-open-items="false"
                 data-is-divider-enabled="true" data-is-first-divider-visible="true">{"".join(out)}
                </ul>
              </div>
            </div>
          </div>"""


_FAQ = _page(
    "/faq/",
    "FAQs",
    "Answers to the questions we are asked most often about moving with Ashworth &amp; Sons.",
    "61a4c2eaf0b7d35e1c9a7b55",
    [
        _hero(
            "Frequently Asked Questions", "Can&rsquo;t see your question? Just give us a ring.", "faq-hero.jpg", "f0001"
        ),
        _section(
            _acc(
                [
                    (
                        "Do you move on Sundays and bank holidays?",
                        "We don&rsquo;t do house moves on Sundays &mdash; house moves run Monday to Saturday "
                        "only. Bank holiday moves are available at a supplement of &pound;150.",
                    ),
                    (
                        "What happens if our completion is delayed on the day?",
                        "It happens more than you&rsquo;d think. Our crew will wait with the loaded lorry. The "
                        "first two hours of waiting are free; after that waiting time is charged at &pound;60 per "
                        "hour per crew. If the keys still haven&rsquo;t been released by 5pm, your belongings stay "
                        "sealed on the lorry overnight in our secure yard (&pound;95 per vehicle per night) and we "
                        "deliver first thing the next morning.",
                    ),
                    (
                        "How far ahead should we book?",
                        "Most families book four to eight weeks ahead. The end of the month, Fridays and the school "
                        "summer holidays are the busiest times, so book earlier for those.",
                    ),
                    (
                        "Can you take away furniture we don&rsquo;t want?",
                        "Yes. We are a registered waste carrier with the Environment Agency. We can take unwanted "
                        "items to the recycling centre from &pound;25 per item, and good-quality furniture to a "
                        "local charity shop if they will accept it.",
                    ),
                    (
                        "Will your crew go into the loft?",
                        "Only if the loft is boarded, has a light and has a fixed loft ladder. Otherwise please "
                        "bring everything down before moving day.",
                    ),
                    (
                        "Do we need to be at the house the whole time?",
                        "Someone aged over 18 needs to be at the old house when we start loading and at the new "
                        "house when we arrive, to show us what goes and where.",
                    ),
                    (
                        "Do we need to provide lunch for the crew?",
                        "Not at all &mdash; our crews bring their own food. A cup of tea is always appreciated though!",
                    ),
                    (
                        "Should we tip the crew?",
                        "Tips are never expected. If you would like to say thank you, the crew share anything "
                        "given equally.",
                    ),
                ]
            ),
            section_id="f0002",
        ),
        _section(
            _text('<p style="text-align:center">Still have a question?</p>', "faq_more")
            + _button("/contact/", "Contact the office", "faq_btn"),
            theme="light",
            section_id="f0003",
        ),
    ],
)

_CONTACT = _page(
    "/contact/",
    "Contact",
    "Find our Cheltenham depot, office opening hours, phone, email and WhatsApp.",
    "61a4c2eaf0b7d35e1c9a7b56",
    [
        _hero("Contact Us", "We&rsquo;d love to hear about your move.", "depot-hero.jpg", "c0001"),
        _section(
            _text(
                """
<h2>Office &amp; depot</h2>
<p>Ashworth &amp; Sons Removals<br>Unit 7, Kingsditch Trading Estate<br>Tewkesbury Road<br>Cheltenham<br>
GL51 9PL</p>
<p><strong>Finding us:</strong> from the M5 take junction 10 or 11 and follow signs for Cheltenham on the A4019
Tewkesbury Road. Turn into the Kingsditch Trading Estate at the second roundabout; we are the green and cream
building at the far end, next to the storage warehouse.</p>
<p><strong>Parking:</strong> there are four customer parking spaces directly outside the office. If you are
collecting boxes, you can pull up at the loading bay door (marked &ldquo;Goods In&rdquo;) and we&rsquo;ll load
your car for you. The nearest bus stop is on Tewkesbury Road, about a five-minute walk.</p>
<h2>Opening hours</h2>
""",
                "contact_addr",
                span=6,
            )
            + _code(
                """
<table class="hours-table">
  <tbody>
    <tr><td>Monday &ndash; Friday</td><td>8.00am &ndash; 5.30pm</td></tr>
    <tr><td>Saturday</td><td>8.30am &ndash; 1.00pm</td></tr>
    <tr><td>Sunday &amp; bank holidays</td><td>Closed</td></tr>
  </tbody>
</table>
""",
                "contact_hours",
                span=6,
            )
            + _text(
                """
<h2>Get in touch</h2>
<p><strong>Office:</strong> <a href="tel:01242580417">01242 580417</a><br>
<strong>Email:</strong> <a href="mailto:office@ashworthremovals.co.uk">office@ashworthremovals.co.uk</a><br>
<strong>WhatsApp:</strong> 07700 900233 (messages answered during office hours)</p>
<p><strong>Moving day line:</strong> if you are moving with us today and need the crew, call
<a href="tel:07700900417">07700 900417</a> from 6.30am. This line is for customers on their moving day only.</p>
<p>For a quote, please use our <a href="/quotes-and-surveys/">survey request form</a>.</p>
""",
                "contact_ways",
                span=6,
            ),
            section_id="c0002",
        ),
        _section(
            """
          <div class="col sqs-col-12 span-12">
            <div class="sqs-block map-block sqs-block-map" data-block-type="4" id="block-yui_map"
             data-block-json="{&quot;location&quot;:{&quot;addressTitle&quot;:&quot;Ashworth &amp; Sons&quot;,
             &quot;addressLine1&quot;:&quot;Tewkesbury Road&quot;,&quot;addressLine2&quot;:&quot;Cheltenham,
             GL51 9PL&quot;,&quot;addressCountry&quot;:&quot;United Kingdom&quot;},&quot;zoom&quot;:14}">
              <div class="sqs-block-content">&nbsp;</div>
            </div>
          </div>""",
            theme="light",
            section_id="c0003",
        ),
    ],
)

HTML = {
    "/": _HOME,
    "/house-removals/": _HOUSE,
    "/office-moves/": _OFFICE,
    "/packing-service/": _PACKING,
    "/boxes-and-materials/": _BOXES,
    "/storage/": _STORAGE,
    "/man-and-van/": _VAN,
    "/international-moves/": _INTL,
    "/piano-and-specialist-items/": _PIANO,
    "/quotes-and-surveys/": _QUOTES,
    "/insurance/": _INSURANCE,
    "/booking-and-payment/": _BOOKING,
    "/moving-day-advice/": _ADVICE,
    "/about-us/": _ABOUT,
    "/meet-the-team/": _TEAM,
    "/faq/": _FAQ,
    "/contact/": _CONTACT,
}

QUESTIONS = [
    (
        "Hi there, we're selling our 3 bed semi in Up Hatherley and buying in Quedgeley. We'll do all our own "
        "packing, what sort of price are we looking at just for the move itself?",
        "/house-removals/",
    ),
    ("do you charge extra for fridays", "/house-removals/"),
    (
        "We run a small accountancy firm, 14 staff, moving across town in March. We really can't shut for days on "
        "end - is there any way you could move us over a weekend so we're up and running on the Monday?",
        "/office-moves/",
    ),
    (
        "I've got a bad back and honestly can't face wrapping up all the plates and glasses. Can someone come and "
        "just do the breakable stuff for me? What does that cost",
        "/packing-service/",
    ),
    ("do you sell bubble wrap and tape and could you drop it round to me", "/boxes-and-materials/"),
    (
        "If I buy boxes off you and end up with loads left over can I get my money back on the ones I didnt use?",
        "/boxes-and-materials/",
    ),
    (
        "Our sale completes about 3 months before the new build is ready so we need somewhere to put everything "
        "in between. How does your storage work and what's it cost a week?",
        "/storage/",
    ),
    (
        "can i get at my stuff while its in storage? will need the kids winter coats out in november",
        "/storage/",
    ),
    (
        "Bought a sofa from the British Heart Foundation shop on the high street, just need it bringing to my flat "
        "about 2 miles away. Roughly how much would that be?",
        "/man-and-van/",
    ),
    (
        "We're retiring to the Algarve next spring and only taking about half the furniture. Is there a cheaper "
        "way than paying for a whole lorry?",
        "/international-moves/",
    ),
    ("How long does a shipment take to get to Perth in Australia?", "/international-moves/"),
    (
        "my nan's old upright piano needs to come to my house, there's three steps up at the front door. is that "
        "something you do and what would it cost??",
        "/piano-and-specialist-items/",
    ),
    (
        "Do you actually have to come round and look at the house or can I just get a price over the phone?",
        "/quotes-and-surveys/",
    ),
    ("What happens if one of your lads drops something and breaks it? Are we covered?", "/insurance/"),
    ("I packed all my own boxes, if something inside one gets smashed is that covered by you", "/insurance/"),
    ("How much is the deposit to book and when do we pay the rest?", "/booking-and-payment/"),
    (
        "Our buyer's just pulled out and we were booked with you for next Thursday. Do we lose our money if we cancel?",
        "/booking-and-payment/",
    ),
    (
        "Do I need to disconnect the washing machine and dishwasher myself or will your guys sort that on the day?",
        "/moving-day-advice/",
    ),
    ("can you take the gas bottle from the bbq and some half used tins of paint on the lorry", "/moving-day-advice/"),
    (
        "Are you proper accredited removers, like part of a trade body or anything? Had a cowboy firm last time "
        "and they lost half our stuff",
        "/about-us/",
    ),
    (
        "My mum is 84 and will be on her own when your crew arrives to pack up her bungalow. Are your staff checked "
        "at all? She's a bit nervous about strangers in the house",
        "/meet-the-team/",
    ),
    (
        "What if the solicitors don't release the keys till late in the afternoon? Do you charge for sitting "
        "around waiting",
        "/faq/",
    ),
    ("will you do a house move on a sunday? its the only day my partner can get off work", "/faq/"),
    ("Where are you exactly, and is there anywhere to park if I come to collect some boxes?", "/contact/"),
    (
        "Would you take us from Cheltenham all the way up to Inverness or is that too far out for you?",
        "/",
    ),
]

OUT_OF_SCOPE = [
    "Do you do an end of tenancy clean once everything's out of the old place?",
    "Can you move our hot tub from the back garden to the new house?",
    "Is there a discount for NHS staff or blue light card holders?",
    "Can I just hire one of your vans for the day and drive it myself?",
    "Are you taking on any drivers at the moment? I've got my C1 licence",
    "Can you recommend a good conveyancing solicitor in Cheltenham?",
    "What's the weather forecast for Cheltenham this Saturday?",
    "Any good Indian takeaways near your depot?",
]
