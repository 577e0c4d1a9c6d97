"""An evaluation site: Thackeray Bunting Solicitors, a Norwich firm doing property and private client law (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. WordPress with the Astra theme
(ast-primary-header-bar mega menu, builder footer) and Spectra / Ultimate Addons for Gutenberg blocks
(uagb containers, advanced headings, info boxes, FAQ accordions, tables of contents) plus core wp-block-table.
"""

import itertools

NAME = "Thackeray Bunting Solicitors"

_SITE = "Thackeray Bunting Solicitors"
_DOMAIN = "https://www.thackeraybunting.co.uk"
_PHONE = "01603 958 410"
_TEL = "tel:+441603958410"
_EMAIL = "enquiries@thackeraybunting.co.uk"

_block_ids = itertools.count(0x1A2B3C4D, 0x0003E9B7)


def _uid() -> str:
    return f"{next(_block_ids) & 0xFFFFFFFF:08x}"


# --------------------------------------------------------------------------------------------------------------
# Navigation: Astra mega menu (desktop) and the duplicated off-canvas menu (mobile)
# --------------------------------------------------------------------------------------------------------------

_MENU = [
    ("Home", "/", []),
    (
        "Property",
        "/buying-a-home/",
        [
            ("Buying a Home", "/buying-a-home/"),
            ("Selling Your Home", "/selling-your-home/"),
            ("Remortgage &amp; Transfer of Equity", "/remortgage-and-transfer-of-equity/"),
            ("New Build &amp; Right to Buy", "/new-build-and-right-to-buy/"),
            ("Leasehold &amp; Lease Extensions", "/leasehold-and-lease-extensions/"),
            ("Searches Explained", "/searches-explained/"),
            ("Stamp Duty Guide", "/stamp-duty-guide/"),
            ("Exchange, Completion &amp; Timescales", "/exchange-completion-and-timescales/"),
        ],
    ),
    (
        "Fees &amp; Quotes",
        "/conveyancing-fees/",
        [
            ("Conveyancing Fees", "/conveyancing-fees/"),
            ("Get a Quote", "/getting-a-quote/"),
            ("ID Checks &amp; Fraud Warning", "/id-checks-and-fraud-warning/"),
        ],
    ),
    (
        "Wills &amp; Probate",
        "/wills-and-lasting-powers-of-attorney/",
        [
            ("Wills &amp; Lasting Powers of Attorney", "/wills-and-lasting-powers-of-attorney/"),
            ("Probate &amp; Estate Disputes", "/probate-and-estate-disputes/"),
        ],
    ),
    (
        "About Us",
        "/our-team/",
        [
            ("Our Team", "/our-team/"),
            ("FAQs", "/faqs/"),
            ("Complaints &amp; Regulation", "/complaints-and-regulation/"),
        ],
    ),
    ("Contact", "/contact-us/", []),
]

_ARROW = (
    '<span class="ast-icon icon-arrow"><svg class="ast-arrow-svg" xmlns="http://www.w3.org/2000/svg" '
    'width="26px" height="16.043px" viewBox="57 35.171 26 16.043"><path d="M57.5,38.193l12.5,12.5l12.5-12.5l-2.5'
    '-2.5l-10,10l-10-10L57.5,38.193z"></path></svg></span>'
)


def _nav(current: str, ul_id: str) -> str:
    items = []
    for n, (label, href, children) in enumerate(_MENU, start=1):
        item_id = 200 + n * 7
        active = current == href or any(current == c[1] for c in children)
        cls = f"menu-item menu-item-type-post_type menu-item-object-page menu-item-{item_id}"
        if active:
            cls += " current-menu-ancestor current-menu-parent" if children else " current-menu-item current_page_item"
        if not children:
            items.append(
                f'<li id="menu-item-{item_id}" class="{cls}"><a href="{href}" class="menu-link">{label}</a></li>'
            )
            continue
        mega = " astra-megamenu-li content-width-mega" if label == "Property" else ""
        subs = []
        for m, (sub_label, sub_href) in enumerate(children, start=1):
            sub_cls = f"menu-item menu-item-type-post_type menu-item-object-page menu-item-{item_id}{m}"
            if sub_href == current:
                sub_cls += " current-menu-item current_page_item"
            subs.append(
                f'<li id="menu-item-{item_id}{m}" class="{sub_cls}">'
                f'<a href="{sub_href}" class="menu-link"><span class="ast-icon icon-arrow"></span>'
                f'<span class="menu-text">{sub_label}</span></a></li>'
            )
        sub_ul_cls = "astra-megamenu sub-menu astra-mega-menu-width-content ast-hidden" if mega else "sub-menu"
        items.append(
            f'<li id="menu-item-{item_id}" class="{cls} menu-item-has-children{mega}">'
            f'<a aria-expanded="false" href="{href}" class="menu-link"><span class="menu-text">{label}</span>'
            f'<span role="application" class="dropdown-menu-toggle ast-header-navigation-arrow" tabindex="0" '
            f'aria-expanded="false" aria-label="Menu Toggle">{_ARROW}</span></a>'
            f'<button class="ast-menu-toggle" aria-expanded="false"><span class="screen-reader-text">Menu Toggle'
            f"</span>{_ARROW}</button>"
            f'<ul class="{sub_ul_cls}">{"".join(subs)}</ul></li>'
        )
    return (
        f'<ul id="{ul_id}" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border '
        f'astra-menu-animation-fade stack-on-mobile">{"".join(items)}</ul>'
    )


_LOGO = (
    '<span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home">'
    '<img width="240" height="64" src="/wp-content/uploads/2023/02/thackeray-bunting-logo.svg" '
    'class="custom-logo" alt="Thackeray Bunting Solicitors" decoding="async"></a></span>'
    '<div class="ast-site-title-wrap"><span class="site-title" itemprop="name">'
    '<a href="/" rel="home" itemprop="url">Thackeray Bunting</a></span>'
    '<p class="site-description" itemprop="description">Solicitors &middot; Norwich</p></div>'
)


def _header(current: str) -> str:
    return f"""
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline
 ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead"
 itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown">
 <div class="ast-above-header-wrap">
  <div class="ast-above-header-bar ast-above-header site-header-focus-item" data-section="section-above-header-builder">
   <div class="site-above-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">
    <div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
     <div class="site-header-above-section-left site-header-section ast-flex site-header-section-left">
      <div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-html-1"
 data-section="section-hb-html-1">
       <div class="ast-header-html inner-link-style-"><div class="ast-builder-html-element">
        <p><a href="{_TEL}">&#9742; {_PHONE}</a> &nbsp;|&nbsp; <a href="mailto:{_EMAIL}">{_EMAIL}</a>
        &nbsp;|&nbsp; Lines open weekdays from 8.45am</p>
       </div></div>
      </div>
     </div>
     <div class="site-header-above-section-right site-header-section ast-flex ast-grid-right-section">
      <div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="section-hb-social-icons-1">
       <div class="ast-header-social-1-wrap ast-header-social-wrap"><div
 class="header-social-inner-wrap element-social-inner-wrap social-show-label-false ast-social-color-type-custom
 ast-social-stack-none ast-social-element-style-filled">
        <a href="https://www.facebook.com/thackeraybuntingsolicitors" aria-label="Facebook" target="_blank"
 rel="noopener noreferrer" class="ast-builder-social-element ast-inline-flex ast-facebook header-social-item"><span
 class="ahfb-svg-iconset ast-inline-flex svg-baseline"></span></a>
        <a href="https://www.linkedin.com/company/thackeray-bunting-solicitors" aria-label="LinkedIn" target="_blank"
 rel="noopener noreferrer" class="ast-builder-social-element ast-inline-flex ast-linkedin header-social-item"><span
 class="ahfb-svg-iconset ast-inline-flex svg-baseline"></span></a>
       </div></div>
      </div>
     </div>
    </div>
   </div>
  </div>
 </div>
 <div class="ast-main-header-wrap main-header-bar-wrap">
  <div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item"
 data-section="section-primary-header-builder">
   <div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"
 data-section="section-primary-header-builder">
    <div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
     <div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left">
      <div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline">
       <div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope">
        {_LOGO}
       </div>
      </div>
     </div>
     <div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section">
      <div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item
 ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1">
       <div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation">
        <nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item"
 id="primary-site-navigation-desktop" aria-label="Site Navigation: Main Menu"
 itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">
         <div class="main-navigation ast-inline-flex">{_nav(current, "ast-hf-menu-1")}</div>
        </nav>
       </div></div>
      </div>
      <div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-button-1"
 data-section="section-hb-button-1">
       <div class="ast-builder-button-wrap ast-builder-button-size-"><a class="ast-custom-button-link"
 href="/getting-a-quote/" target="_self" role="button" aria-label="Get a Quote">
        <div class="ast-custom-button">Get a Quote</div></a></div>
      </div>
     </div>
    </div>
   </div>
  </div>
 </div>
</div>
<div id="ast-mobile-header" class="ast-mobile-header-wrap" data-type="dropdown">
 <div class="ast-main-header-wrap main-header-bar-wrap">
  <div class="ast-primary-header-bar ast-primary-header main-header-bar site-primary-header-wrap
 site-header-focus-item ast-builder-grid-row-layout-default ast-builder-grid-row-tablet-layout-default
 ast-builder-grid-row-mobile-layout-default" data-section="section-primary-header-builder">
   <div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
    <div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left">
     <div class="site-branding ast-site-identity">{_LOGO}</div>
    </div>
    <div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section">
     <div class="ast-builder-layout-element ast-flex site-header-focus-item"
 data-section="section-header-mobile-trigger">
      <div class="ast-button-wrap"><button type="button"
 class="menu-toggle main-header-menu-toggle ast-mobile-menu-trigger-minimal" aria-expanded="false">
       <span class="screen-reader-text">Main Menu</span><span class="mobile-menu-toggle-icon"><span
 class="ahfb-svg-iconset ast-inline-flex svg-baseline"></span></span>
      </button></div>
     </div>
    </div>
   </div>
  </div>
 </div>
 <div class="ast-mobile-header-content content-align-flex-start">
  <div class="ast-builder-menu-mobile ast-builder-menu ast-builder-menu-mobile-focus-item ast-builder-layout-element
 site-header-focus-item" data-section="section-header-mobile-menu">
   <div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation toggle-on">
    <nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item"
 id="ast-mobile-site-navigation" aria-label="Site Navigation: Main Menu">
     <div class="main-navigation">{_nav(current, "ast-hf-mobile-menu")}</div>
    </nav>
   </div></div>
  </div>
 </div>
</div>
</header>"""


_FOOTER = f"""
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"
 itemid="#colophon">
 <div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-4-equal
  ast-builder-grid-row-tablet-2-equal ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack
  ast-footer-row-mobile-stack" data-section="section-primary-footer-builder">
  <div class="ast-builder-grid-row-container-inner">
   <div class="ast-builder-footer-grid-columns site-primary-footer-inner-wrap ast-builder-grid-row">
    <div class="site-footer-primary-section-1 site-footer-section site-footer-section-1">
     <aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner"
 data-section="sidebar-widgets-footer-widget-1" aria-label="Footer Widget 1">
      <section id="block-7" class="widget widget_block">
       <div class="wp-block-group"><div class="wp-block-group__inner-container is-layout-flow">
        <p class="tb-footer-logo"><img src="/wp-content/uploads/2023/02/thackeray-bunting-logo-white.svg"
 alt="Thackeray Bunting Solicitors" width="200" height="53"></p>
        <p><strong>Thackeray Bunting Solicitors LLP</strong><br>14 Princes Street<br>Norwich<br>NR3 1AE</p>
        <p>T: <a href="{_TEL}">{_PHONE}</a><br>E: <a href="mailto:{_EMAIL}">{_EMAIL}</a><br>DX 5243 Norwich</p>
       </div></div>
      </section>
     </aside>
    </div>
    <div class="site-footer-primary-section-2 site-footer-section site-footer-section-2">
     <aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner"
 data-section="sidebar-widgets-footer-widget-2" aria-label="Footer Widget 2">
      <section id="block-9" class="widget widget_block">
       <h2 class="wp-block-heading widget-title">Office hours</h2>
       <p>Mon&ndash;Thu: 9am &ndash; 5.30pm<br>Fri: 9am &ndash; 5pm<br>Sat, Sun &amp; bank holidays: closed</p>
       <p><a href="/contact-us/">Find us &amp; parking &raquo;</a></p>
      </section>
     </aside>
    </div>
    <div class="site-footer-primary-section-3 site-footer-section site-footer-section-3">
     <aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner"
 data-section="sidebar-widgets-footer-widget-3" aria-label="Footer Widget 3">
      <section id="nav_menu-2" class="widget widget_nav_menu"><h2 class="widget-title">Property</h2>
       <nav class="menu-footer-property-container" aria-label="Property"><ul id="menu-footer-property" class="menu">
        <li class="menu-item"><a href="/buying-a-home/">Buying</a></li>
        <li class="menu-item"><a href="/selling-your-home/">Selling</a></li>
        <li class="menu-item"><a href="/remortgage-and-transfer-of-equity/">Remortgage &amp; transfer of equity</a></li>
        <li class="menu-item"><a href="/new-build-and-right-to-buy/">New build &amp; right to buy</a></li>
        <li class="menu-item"><a href="/leasehold-and-lease-extensions/">Leasehold</a></li>
        <li class="menu-item"><a href="/conveyancing-fees/">Conveyancing fees</a></li>
       </ul></nav>
      </section>
     </aside>
    </div>
    <div class="site-footer-primary-section-4 site-footer-section site-footer-section-4">
     <aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner"
 data-section="sidebar-widgets-footer-widget-4" aria-label="Footer Widget 4">
      <section id="nav_menu-3" class="widget widget_nav_menu"><h2 class="widget-title">Private client &amp; more</h2>
       <nav class="menu-footer-private-container" aria-label="Private client"><ul id="menu-footer-private" class="menu">
        <li class="menu-item"><a href="/wills-and-lasting-powers-of-attorney/">Wills &amp; LPAs</a></li>
        <li class="menu-item"><a href="/probate-and-estate-disputes/">Probate &amp; estate disputes</a></li>
        <li class="menu-item"><a href="/our-team/">Our team</a></li>
        <li class="menu-item"><a href="/id-checks-and-fraud-warning/">Fraud warning</a></li>
        <li class="menu-item"><a href="/complaints-and-regulation/">Complaints &amp; regulation</a></li>
       </ul></nav>
      </section>
      <section id="block-11" class="widget widget_block">
       <div class="ast-footer-social-1-wrap ast-footer-social-wrap"><div
 class="footer-social-inner-wrap element-social-inner-wrap social-show-label-false ast-social-color-type-official
 ast-social-stack-none ast-social-element-style-filled">
        <a href="https://www.facebook.com/thackeraybuntingsolicitors" aria-label="Facebook" target="_blank"
 rel="noopener noreferrer" class="ast-builder-social-element ast-inline-flex ast-facebook footer-social-item"><span
 class="ahfb-svg-iconset ast-inline-flex svg-baseline"></span></a>
        <a href="https://www.linkedin.com/company/thackeray-bunting-solicitors" aria-label="LinkedIn" target="_blank"
 rel="noopener noreferrer" class="ast-builder-social-element ast-inline-flex ast-linkedin footer-social-item"><span
 class="ahfb-svg-iconset ast-inline-flex svg-baseline"></span></a>
        <a href="https://www.instagram.com/thackeraybunting" aria-label="Instagram" target="_blank"
 rel="noopener noreferrer" class="ast-builder-social-element ast-inline-flex ast-instagram footer-social-item"><span
 class="ahfb-svg-iconset ast-inline-flex svg-baseline"></span></a>
       </div></div>
      </section>
     </aside>
    </div>
   </div>
  </div>
 </div>
 <div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full
  ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack"
 data-section="section-below-footer-builder">
  <div class="ast-builder-grid-row-container-inner"><div
 class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row">
   <div class="site-footer-below-section-1 site-footer-section site-footer-section-1">
    <div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright"
 data-section="section-footer-builder">
     <div class="ast-footer-copyright">
      <p>Copyright &copy; 2025 Thackeray Bunting Solicitors LLP. All rights reserved. |
      <a href="/complaints-and-regulation/">Regulatory information</a> | <a href="#"
 class="cky-banner-element">Cookie settings</a></p>
      <p class="tb-small">Thackeray Bunting Solicitors LLP is a limited liability partnership registered in England and
      Wales (OC398217). Authorised and regulated by the Solicitors Regulation Authority (SRA number 612345).
      A list of members is available at our registered office, 14 Princes Street, Norwich NR3 1AE.</p>
      <div class="tb-sra-badge" style="max-width:275px;max-height:163px;"><div
 style="position:relative;padding-bottom:59.1%;height:auto;overflow:hidden;">
       <img src="/wp-content/uploads/2023/02/sra-badge-placeholder.png" alt="SRA regulated" width="275"
 height="163"></div></div>
     </div>
    </div>
   </div>
  </div></div>
 </div>
</footer>"""

_COOKIES = """
<div class="cky-consent-container cky-box-bottom-left" tabindex="0" aria-label="We value your privacy" role="region">
 <div class="cky-consent-bar" data-cky-tag="notice" style="background-color:#FFFFFF;border-color:#f4f4f4;">
  <div class="cky-notice">
   <p class="cky-title" role="heading" aria-level="1" data-cky-tag="title" style="color:#212121;">We value your
 privacy</p>
   <div class="cky-notice-group">
    <div class="cky-notice-des" data-cky-tag="description" style="color:#212121;"><p>We use cookies to enhance your
    browsing experience and analyse our traffic. By clicking &ldquo;Accept All&rdquo;, you consent to our use of
    cookies. You can change your choice at any time from the cookie settings link in the footer.</p></div>
    <div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
     <button class="cky-btn cky-btn-customize" aria-label="Customise" data-cky-tag="settings-button">Customise</button>
     <button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">Reject All</button>
     <button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">Accept All</button>
    </div>
   </div>
  </div>
 </div>
</div>"""

_ANALYTICS = """<script id="tb-analytics">
window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}
gtag('js', new Date()); gtag('config', 'G-TB4N7R2K1Q', {'anonymize_ip': true});
</script>"""


def _breadcrumbs(title: str) -> str:
    return (
        '<div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner">'
        '<nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs">'
        '<div class="ast-breadcrumbs"><ul class="trail-items">'
        '<li class="trail-item trail-begin"><a href="/" rel="home"><span>Home</span></a></li>'
        f'<li class="trail-item trail-end"><span><span>{title}</span></span></li>'
        "</ul></div></nav></div></div>"
    )


_SIDEBAR_PROPERTY = """
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope">
 <div class="sidebar-main">
  <section id="block-21" class="widget widget_block">
   <div class="wp-block-uagb-info-box uagb-block-5c1d9e02 uagb-infobox__content-wrap uagb-infobox-icon-above-title
 uagb-infobox-image-valign-top tb-sidebar-cta">
    <div class="uagb-ifb-content">
     <div class="uagb-ifb-title-wrap"><h3 class="uagb-ifb-title">Moving? Get your fixed-fee quote</h3></div>
     <p class="uagb-ifb-desc">No hidden extras, and a named lawyer for your move. Call us or get a quote online.</p>
     <div class="uagb-ifb-button-wrapper wp-block-button"><a href="/getting-a-quote/"
 class="uagb-infobox-cta-link wp-block-button__link" target="_self" rel="noopener noreferrer"><span
 class="uagb-inline-editing">Get a quote</span></a></div>
    </div>
   </div>
  </section>
  <section id="nav_menu-5" class="widget widget_nav_menu"><h2 class="widget-title">Property services</h2>
   <div class="menu-property-sidebar-container"><ul id="menu-property-sidebar" class="menu">
    <li class="menu-item"><a href="/buying-a-home/">Buying a home</a></li>
    <li class="menu-item"><a href="/selling-your-home/">Selling your home</a></li>
    <li class="menu-item"><a href="/remortgage-and-transfer-of-equity/">Remortgage &amp; transfer of equity</a></li>
    <li class="menu-item"><a href="/new-build-and-right-to-buy/">New build &amp; right to buy</a></li>
    <li class="menu-item"><a href="/leasehold-and-lease-extensions/">Leasehold &amp; lease extensions</a></li>
    <li class="menu-item"><a href="/searches-explained/">Searches explained</a></li>
    <li class="menu-item"><a href="/stamp-duty-guide/">Stamp duty guide</a></li>
    <li class="menu-item"><a href="/exchange-completion-and-timescales/">Exchange, completion &amp; timescales</a></li>
   </ul></div>
  </section>
  <section id="block-22" class="widget widget_block">
   <div class="wp-block-uagb-testimonial uagb-block-7e2a0b13 uagb-tm__arrow-outside uagb-tm__image-position-top">
    <div class="uagb-testomonial__outer-wrap uagb-tm__no-image"><div class="uagb-tm__content">
     <div class="uagb-tm__text-wrap">
      <div class="uagb-tm__desc">&ldquo;Friendly, quick to reply and always explained things in plain English. Made a
 stressful
      move feel manageable.&rdquo;</div>
      <div class="uagb-tm__meta-inner"><span class="uagb-tm__author-name">Claire W.</span>
      <span class="uagb-tm__company">Bought in Thorpe St Andrew &middot; Review Solicitors
 &#9733;&#9733;&#9733;&#9733;&#9733;</span></div>
     </div>
    </div></div>
   </div>
  </section>
 </div>
</div>"""

_SIDEBAR_PRIVATE = """
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope">
 <div class="sidebar-main">
  <section id="block-31" class="widget widget_block">
   <div class="wp-block-uagb-info-box uagb-block-6d0e1f24 uagb-infobox__content-wrap uagb-infobox-icon-above-title
 uagb-infobox-image-valign-top tb-sidebar-cta">
    <div class="uagb-ifb-content">
     <div class="uagb-ifb-title-wrap"><h3 class="uagb-ifb-title">Speak to our private client team</h3></div>
     <p class="uagb-ifb-desc">Wills, powers of attorney, probate and inheritance disputes, dealt with sensitively.</p>
     <div class="uagb-ifb-button-wrapper wp-block-button"><a href="/contact-us/"
 class="uagb-infobox-cta-link wp-block-button__link" target="_self" rel="noopener noreferrer"><span
 class="uagb-inline-editing">Book an appointment</span></a></div>
    </div>
   </div>
  </section>
  <section id="nav_menu-6" class="widget widget_nav_menu"><h2 class="widget-title">Private client</h2>
   <div class="menu-private-sidebar-container"><ul id="menu-private-sidebar" class="menu">
    <li class="menu-item"><a href="/wills-and-lasting-powers-of-attorney/">Wills &amp; lasting powers of
 attorney</a></li>
    <li class="menu-item"><a href="/probate-and-estate-disputes/">Probate &amp; estate disputes</a></li>
    <li class="menu-item"><a href="/our-team/">Meet the team</a></li>
   </ul></div>
  </section>
 </div>
</div>"""


def _page(path: str, title: str, desc: str, body: str, *, page_id: int, sidebar: str = "") -> str:
    layout = "ast-right-sidebar" if sidebar else "ast-no-sidebar"
    head_title = f"{_SITE} | Norwich Solicitors" if path == "/" else f"{title} | {_SITE}"
    entry_header = (
        ""
        if path == "/"
        else (
            f"{_breadcrumbs(title)}"
            f'<header class="entry-header ast-no-thumbnail"><h1 class="entry-title" itemprop="headline">{title}</h1>'
            "</header>"
        )
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{head_title}</title>
<meta name="description" content="{desc}">
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<link rel="canonical" href="{_DOMAIN}{path}">
<meta property="og:locale" content="en_GB">
<meta property="og:type" content="article">
<meta property="og:title" content="{head_title}">
<meta property="og:description" content="{desc}">
<meta property="og:url" content="{_DOMAIN}{path}">
<meta property="og:site_name" content="{_SITE}">
<meta name="generator" content="WordPress 6.6.2">
<link rel="stylesheet" id="astra-theme-css-css"
 href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3" media="all">
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2"
 media="all">
<link rel="stylesheet" id="uagb-block-css-css"
 href="/wp-content/uploads/uag-plugin/assets/1000/uag-css-{page_id}.css?ver=1731420815" media="all">
<link rel="stylesheet" id="astra-addon-css-css"
 href="/wp-content/uploads/astra-addon/astra-addon-6720b1.css?ver=4.8.1" media="all">
<link rel="stylesheet" id="cookie-law-info-css"
 href="/wp-content/plugins/cookie-law-info/lite/frontend/css/script.min.css?ver=3.2.6" media="all">
<link rel="stylesheet" id="astra-child-theme-css" href="/wp-content/themes/thackeray-child/style.css?ver=1.0.4"
 media="all">
<style id="astra-theme-css-inline-css">:root{{--ast-global-color-0:#1b2f4b;--ast-global-color-1:#b08d57;
--ast-global-color-2:#1e293b;--ast-global-color-3:#334155;--ast-global-color-4:#f8f6f1;}}
.ast-primary-header-bar{{background-color:#1b2f4b;}}</style>
<link rel="icon" href="/wp-content/uploads/2023/02/tb-favicon-32x32.png" sizes="32x32">
</head>
<body itemtype="https://schema.org/WebPage" itemscope="itemscope" class="page-template-default page page-id-{page_id}
 wp-custom-logo ast-desktop ast-page-builder-template {layout} astra-4.8.3 ast-single-post ast-hfb-header
 ast-full-width-primary-header ast-inherit-site-logo-transparent uagb-plugin-active">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page">
{_header(path)}
<div id="content" class="site-content">
<div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post-{page_id} page type-page status-publish ast-article-single" id="post-{page_id}"
 itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
{entry_header}
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
{body}
</div>
</article>
</main>
</div>
{sidebar}
</div>
</div>
{_FOOTER}
</div>
{_COOKIES}
{_ANALYTICS}
</body>
</html>
"""


# --------------------------------------------------------------------------------------------------------------
# Spectra (Ultimate Addons for Gutenberg) block helpers
# --------------------------------------------------------------------------------------------------------------

_PLUS = (
    '<svg xmlns="https://www.w3.org/2000/svg" viewBox="0 0 448 512"><path d="M432 256c0 17.69-14.33 32.01-32 '
    "32.01H256v144c0 17.69-14.33 31.99-32 31.99s-32-14.3-32-31.99v-144H48c-17.67 0-32-14.32-32-32.01s14.33-31.99 "
    "32-31.99H192v-144c0-17.69 14.33-32.01 32-32.01s32 14.32 32 32.01v144h144C417.7 224 432 238.3 432 256z"
    '"></path></svg>'
)
_MINUS = (
    '<svg xmlns="https://www.w3.org/2000/svg" viewBox="0 0 448 512"><path d="M400 288h-352c-17.69 0-32-14.32-32-32.01s'
    '14.31-31.99 32-31.99h352c17.69 0 32 14.3 32 31.99S417.7 288 400 288z"></path></svg>'
)


def _container(*parts: str, cls: str = "") -> str:
    return (
        f'<div class="wp-block-uagb-container uagb-block-{_uid()} alignfull uagb-is-root-container {cls}">'
        f'<div class="uagb-container-inner-blocks-wrap">{"".join(parts)}</div></div>\n'
    )


def _columns(*parts: str) -> str:
    inner = "".join(
        f'<div class="wp-block-uagb-container uagb-block-{_uid()}">'
        f'<div class="uagb-container-inner-blocks-wrap">{p}</div></div>'
        for p in parts
    )
    return f'<div class="wp-block-uagb-container uagb-block-{_uid()} uagb-layout-row">{inner}</div>\n'


def _heading(text: str, tag: str = "h2", desc: str = "", anchor: str = "") -> str:
    anchor_attr = f' id="{anchor}"' if anchor else ""
    desc_html = f'<p class="uagb-desc-text">{desc}</p>' if desc else ""
    return (
        f'<div class="wp-block-uagb-advanced-heading uagb-block-{_uid()}"{anchor_attr}>'
        f'<{tag} class="uagb-heading-text">{text}</{tag}>'
        f'<div class="uagb-separator"></div>{desc_html}</div>\n'
    )


def _info_box(title: str, desc: str, href: str = "", button: str = "Find out more") -> str:
    link = (
        f'<div class="uagb-ifb-button-wrapper wp-block-button"><a href="{href}" class="uagb-infobox-cta-link '
        f'wp-block-button__link" target="_self" rel="noopener noreferrer"><span class="uagb-inline-editing">{button}'
        "</span></a></div>"
        if href
        else ""
    )
    return (
        f'<div class="wp-block-uagb-info-box uagb-block-{_uid()} uagb-infobox__content-wrap '
        "uagb-infobox-icon-above-title "
        'uagb-infobox-image-valign-top"><div class="uagb-ifb-content"><div class="uagb-ifb-icon-wrap">'
        '<span class="uagb-svg-wrapper"><svg xmlns="https://www.w3.org/2000/svg" viewBox="0 0 512 512"><path d="M256 '
        '8C119 8 8 119 8 256s111 248 248 248 248-111 248-248S393 8 256 8z"></path></svg></span></div>'
        f'<div class="uagb-ifb-title-wrap"><h3 class="uagb-ifb-title">{title}</h3></div>'
        f'<p class="uagb-ifb-desc">{desc}</p>{link}</div></div>\n'
    )


def _faq(items: list[tuple[str, str]]) -> str:
    children = "".join(
        f'<div class="wp-block-uagb-faq-child uagb-faq-child__outer-wrap uagb-block-{_uid()}">'
        '<div class="uagb-faq-child__wrapper"><div class="uagb-faq-item" role="tab" tabindex="0">'
        '<div class="uagb-faq-questions-button uagb-faq-questions">'
        f'<span class="uagb-icon uagb-faq-icon-wrap">{_PLUS}</span>'
        f'<span class="uagb-icon-active uagb-faq-icon-wrap">{_MINUS}</span>'
        f'<span class="uagb-question">{q}</span></div>'
        f'<div class="uagb-faq-content">{a}</div></div></div></div>\n'
        for q, a in items
    )
    return (
        f'<div class="wp-block-uagb-faq uagb-faq__outer-wrap uagb-block-{_uid()} uagb-faq-icon-row '
        'uagb-faq-layout-accordion uagb-faq-expand-first-true uagb-faq-inactive-other-true uagb-faq-equal-height" '
        f'data-faqtoggle="true" role="tablist">\n{children}</div>\n'
    )


def _toc(items: list[tuple[str, str]]) -> str:
    links = "".join(
        f'<li class="uagb-toc__list"><a href="#{a}" class="uagb-toc-link__trigger">{label}</a></li>'
        for a, label in items
    )
    return (
        f'<div class="wp-block-uagb-table-of-contents uagb-toc__align-left uagb-toc__columns-1 uagb-block-{_uid()}" '
        'data-scroll="true" data-offset="30" data-delay="800"><div class="uagb-toc__wrap">'
        '<div class="uagb-toc__title">On this page</div><div class="uagb-toc__list-wrap">'
        f'<ol class="uagb-toc__list">{links}</ol></div></div></div>\n'
    )


def _table(head: list[str], rows: list[list[str]], caption: str = "") -> str:
    thead = "".join(f"<th>{h}</th>" for h in head)
    tbody = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    cap = f'<figcaption class="wp-element-caption">{caption}</figcaption>' if caption else ""
    return (
        '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">'
        f"<thead><tr>{thead}</tr></thead><tbody>{tbody}</tbody></table>{cap}</figure>\n"
    )


def _buttons(*buttons: tuple[str, str]) -> str:
    inner = "".join(
        f'<div class="wp-block-uagb-buttons-child uagb-buttons__outer-wrap uagb-block-{_uid()} wp-block-button">'
        f'<div class="uagb-button__wrapper"><a class="uagb-buttons-repeater wp-block-button__link" href="{href}" '
        f'rel="follow noopener" target="_self" role="button"><div class="uagb-button__link">{label}</div></a>'
        "</div></div>"
        for label, href in buttons
    )
    return (
        f'<div class="wp-block-uagb-buttons uagb-buttons__outer-wrap uagb-btn__default-btn uagb-block-{_uid()}">'
        f'<div class="uagb-buttons__wrap uagb-buttons-layout-wrap">{inner}</div></div>\n'
    )


def _testimonials(items: list[tuple[str, str, str]]) -> str:
    slides = "".join(
        f'<div class="uagb-testimonial__wrap uagb-tm__bg-type-none uagb-tm__no-image"><div class="uagb-tm__content">'
        f'<div class="uagb-tm__text-wrap"><div class="uagb-tm__desc">&ldquo;{quote}&rdquo;</div>'
        f'<div class="uagb-tm__meta-inner"><span class="uagb-tm__author-name">{who}</span>'
        f'<span class="uagb-tm__company">{detail}</span></div></div></div></div>'
        for quote, who, detail in items
    )
    return (
        f'<div class="wp-block-uagb-testimonial uagb-slick-carousel uagb-tm__arrow-outside uagb-block-{_uid()}" '
        f'data-columns="3"><div class="is-carousel uagb-tm__columns-3 uagb-tm__items">{slides}</div></div>\n'
    )


_CTA_BAND = _container(
    _heading(
        "Ready to talk?",
        desc=f"Call us on {_PHONE}, email {_EMAIL}, or get a fixed-fee quote online.",
    ),
    _buttons(("Get a quote", "/getting-a-quote/"), ("Contact us", "/contact-us/")),
    cls="tb-cta-band",
)


# --------------------------------------------------------------------------------------------------------------
# Pages
# --------------------------------------------------------------------------------------------------------------

_HOME = "".join(
    [
        _container(
            _heading(
                "Norwich solicitors for your home, your family and your future",
                tag="h1",
                desc="Residential property and private client law from our office on Princes Street, in the heart of "
                "Norwich, since 1986.",
            ),
            _buttons(("Get a conveyancing quote", "/getting-a-quote/"), (f"Call {_PHONE}", _TEL)),
            cls="tb-hero",
        ),
        _container(
            """<p>Thackeray Bunting is a small, partner-led firm of solicitors. We do two things and we do them well:
<strong>residential property</strong> &ndash; buying, selling, remortgaging and everything in between &ndash; and
<strong>private client</strong> work, from making a will to sorting out an estate when someone has died. There are
fourteen of us, all based in one office a few minutes from Tombland and Norwich Cathedral, and between us we
handle around 600 moves a year for people across Norfolk and beyond.</p>
<p>Founded by Geoffrey Thackeray and Ann Bunting in 1986, the firm is now run by managing partner Helen Aldous and
private client partner Richard Bowthorpe. We have stayed deliberately small so that you always know who is dealing
with your matter and can get hold of them.</p>""",
        ),
        _container(
            _heading("How we can help", desc="Fixed fees for most property work, quoted in writing before we start."),
            _columns(
                _info_box(
                    "Buying a home",
                    "First home, next home or a move out to the Broads &ndash; we guide you from offer to keys.",
                    "/buying-a-home/",
                ),
                _info_box(
                    "Selling your home",
                    "Get your paperwork ready early and avoid the usual hold-ups in the chain.",
                    "/selling-your-home/",
                ),
                _info_box(
                    "Remortgage &amp; transfer of equity",
                    "Switching lender, or adding or removing someone from the title.",
                    "/remortgage-and-transfer-of-equity/",
                ),
            ),
            _columns(
                _info_box(
                    "Leasehold &amp; lease extensions",
                    "Flats, maisonettes and short leases &ndash; we know the pitfalls.",
                    "/leasehold-and-lease-extensions/",
                ),
                _info_box(
                    "Wills &amp; lasting powers of attorney",
                    "Protect the people you love and plan for the unexpected.",
                    "/wills-and-lasting-powers-of-attorney/",
                ),
                _info_box(
                    "Probate &amp; estate disputes",
                    "Practical help for executors, and advice when a will is in dispute.",
                    "/probate-and-estate-disputes/",
                ),
            ),
        ),
        _container(
            _heading("Why clients choose us"),
            """<ul class="tb-ticks">
<li><strong>Local knowledge.</strong> We deal with Norwich City, Broadland and South Norfolk councils every day and
know the quirks of Norwich property, from Victorian terraces in the Golden Triangle to new estates in Cringleford.</li>
<li><strong>Plain English.</strong> No jargon without an explanation.</li>
<li><strong>Accredited.</strong> Members of the Law Society&rsquo;s Conveyancing Quality Scheme and Lexcel accredited
for practice management.</li>
<li><strong>Rated 4.9 out of 5</strong> from more than 380 reviews on Review Solicitors.</li>
</ul>""",
        ),
        _container(
            _heading("What our clients say"),
            _testimonials(
                [
                    (
                        "Helen and her team got our sale and purchase over the line in a chain of six. Always calm, "
                        "always on the end of the phone.",
                        "Mark &amp; Joanne T.",
                        "Sold in Hellesdon, bought in Taverham",
                    ),
                    (
                        "Richard dealt with my late father&rsquo;s estate with great kindness. Everything was "
                        "explained at each step.",
                        "Susan P.",
                        "Probate client, Dereham",
                    ),
                    (
                        "As first time buyers we had a hundred questions. Nobody ever made us feel silly for asking.",
                        "Aisha &amp; Ben",
                        "First-time buyers, NR2",
                    ),
                ]
            ),
        ),
        _CTA_BAND,
    ]
)

_BUYING = "".join(
    [
        _container(
            _heading("Buying a home in Norwich, Norfolk and beyond"),
            """<p>Whether it&rsquo;s your first flat or your forever home, buying a property is usually the biggest
purchase you will ever make. Our job is to make sure you get what you think you are paying for, that your lender is
happy, and that the property is properly registered in your name afterwards. You will have a named lawyer and an
assistant, and we&rsquo;ll tell you in advance what each stage involves.</p>""",
        ),
        _container(
            _heading("What we do for you", tag="h3"),
            """<ol>
<li><strong>Open your file</strong> &ndash; check your ID and where your money is coming from, and send you our
client care letter.</li>
<li><strong>Review the contract pack</strong> from the seller&rsquo;s solicitor: title, plans, the property
information forms and (for flats) the lease.</li>
<li><strong>Order searches</strong> and raise enquiries about anything that is missing or looks wrong.</li>
<li><strong>Check your mortgage offer</strong> and report to your lender.</li>
<li><strong>Send you a report</strong> on the property with the contract and transfer deed for you to sign.</li>
<li><strong>Exchange contracts and complete</strong> on the day agreed.</li>
<li><strong>After completion</strong> &ndash; pay stamp duty and register you as owner at HM Land Registry.</li>
</ol>""",
        ),
        _container(
            _heading("Using a Lifetime ISA or Help to Buy ISA", tag="h3", anchor="isa"),
            """<p>If you are using a <strong>Lifetime ISA</strong> (LISA) towards your first home, the purchase price
must be <strong>&pound;450,000 or less</strong>, the account must have been open for at least 12 months and you must
be buying with a mortgage. We have to request the money from your ISA provider ourselves, so please tell us at the
start and at least six weeks before you expect to exchange. If the price is over &pound;450,000 you can still take
the money out, but the provider will deduct the 25% government withdrawal charge, so you would get back less than
you paid in.</p>
<p>A <strong>Help to Buy ISA</strong> can be used on a first home costing up to &pound;250,000 (&pound;450,000 in
London). We apply for the government bonus in time for completion; the last date to claim it is 1 December 2030.</p>""",
        ),
        _container(
            _heading("Buying at auction", tag="h3", anchor="auction"),
            """<p>At a traditional auction the fall of the hammer <em>is</em> exchange of contracts: you are legally
bound to buy, you pay a deposit on the day and completion usually follows within 20 working days. There is no
chance to back out if something comes up afterwards, so read the legal pack first.</p>
<p>We offer a <strong>pre-auction legal pack review for &pound;295 + VAT</strong>. Send us the pack (or the link to
it on the auctioneer&rsquo;s website) at least five working days before the auction and we will report on the title,
searches, special conditions and any extra fees buried in the pack, such as buyer&rsquo;s premiums or the
seller&rsquo;s search costs. &ldquo;Modern method of auction&rdquo; sales work differently (a reservation fee and
usually 56 days to exchange) and we can review those too.</p>""",
        ),
        _container(
            _buttons(("See our fixed fees", "/conveyancing-fees/"), ("Get a quote", "/getting-a-quote/")),
        ),
    ]
)

_SELLING = "".join(
    [
        _container(
            _heading("Selling your home"),
            """<p>The best time to instruct a solicitor is the day you put your home on the market, not the day you
accept an offer. That way the paperwork is ready when your buyer is, and your buyer&rsquo;s solicitor gets a complete
contract pack straight away &ndash; the single biggest thing you can do to avoid delays in the chain.</p>""",
        ),
        _container(
            _heading("The forms you will fill in", tag="h3"),
            """<ul>
<li><strong>TA6 Property Information Form</strong> &ndash; boundaries, disputes, alterations, services, parking,
flooding, Japanese knotweed and more. Answer honestly: a wrong answer can lead to a claim against you after you
have sold.</li>
<li><strong>TA10 Fittings and Contents Form</strong> &ndash; what is staying and what is going.</li>
<li><strong>TA7 Leasehold Information Form</strong> &ndash; for flats and other leasehold property.</li>
</ul>""",
        ),
        _container(
            _heading("Documents to dig out now", tag="h3", anchor="documents"),
            """<ul>
<li><strong>Replacement windows and doors</strong> fitted since April 2002 need a FENSA or CERTASS certificate (or
building regulations sign-off). If you can&rsquo;t find yours, don&rsquo;t panic: if your installer was registered
you can download a replacement certificate from the FENSA website for a small fee. If there is no record at all, a
building regulations indemnity policy &ndash; usually &pound;40 to &pound;80, which you pay &ndash; is normally
accepted by buyers and their lenders.</li>
<li><strong>Boiler and electrics</strong> &ndash; Gas Safe installation certificate, and Part P certificates for
electrical work such as a rewire or new consumer unit.</li>
<li><strong>Extensions, loft conversions and removed walls</strong> &ndash; planning permission and building
regulations completion certificates.</li>
<li><strong>Guarantees</strong> &ndash; damp proofing, timber treatment, cavity wall insulation, and for solar panels
the MCS certificate and any roof-space lease.</li>
</ul>""",
        ),
        _container(
            _heading("Selling a flat", tag="h3"),
            """<p>Your buyer&rsquo;s solicitor will want a management pack from your managing agent or freeholder,
covering service charges, ground rent, insurance and planned major works. The agent charges for this (often
&pound;200 to &pound;500) and it can take two to four weeks, so we order it as soon as you instruct us.</p>""",
        ),
        _container(
            _heading("On completion day", tag="h3"),
            """<p>Once your buyer&rsquo;s money arrives we tell the estate agent they can hand over the keys. We then
pay off your mortgage, pay the estate agent&rsquo;s invoice (if you have asked us to) and send the balance to your
nominated bank account. If completion takes place before 2pm you will normally have the money the same working day.
Before you send or receive any money, please read our
<a href="/id-checks-and-fraud-warning/">fraud warning</a>.</p>
<p>Selling the home of someone who has died? See <a href="/probate-and-estate-disputes/">probate</a>.</p>""",
        ),
    ]
)

_REMORTGAGE = "".join(
    [
        _container(
            _heading("Remortgaging", anchor="remortgage"),
            """<p>When you move your mortgage to a new lender, that lender needs a solicitor to act for it and make sure
its new mortgage is properly secured on your home. Many lenders offer &ldquo;free legals&rdquo; through their own
panel firms; if you would rather use a local firm you can speak to, we are on most lenders&rsquo; panels.</p>
<p>If you are staying with your current lender on a new deal (a <em>product transfer</em>) you don&rsquo;t need a
solicitor at all.</p>
<h4>How a remortgage works</h4>
<ol>
<li>Your new lender sends us its instructions once the mortgage offer is issued.</li>
<li>We check the title and your ID, and arrange search indemnity insurance (most lenders accept this instead of
full searches).</li>
<li>We get a redemption statement from your current lender.</li>
<li>You sign the mortgage deed in front of an independent adult witness (not a relative or partner).</li>
<li>We request the funds, pay off the old mortgage on completion day and send any balance to you.</li>
<li>We register the new mortgage at HM Land Registry.</li>
</ol>
<p><strong>How long?</strong> Typically four to six weeks from the date we receive the mortgage offer. If your fixed
rate ends on a set date, ask your broker to apply about three months beforehand and instruct us as soon as the offer
comes through.</p>""",
        ),
        _container(
            _heading("Transfer of equity", anchor="transfer-of-equity"),
            """<p>A transfer of equity changes who owns your home without it being sold. Common reasons are adding a
partner who has moved in, taking an ex-partner&rsquo;s name off after a separation, or giving a share to adult
children.</p>
<h4>If there is a mortgage</h4>
<p>Your lender must agree. If you are adding someone, they will almost always have to become a borrower too, so
the first step is to contact your lender (or a broker) and apply to add them to the mortgage. If you are removing
someone, the lender will need to be satisfied that the remaining owner can afford the payments alone. Once the
lender has agreed, we prepare the transfer deed (form TR1), deal with the lender&rsquo;s paperwork and register the
change at HM Land Registry.</p>
<h4>Stamp duty on a transfer of equity</h4>
<p>Stamp duty can be payable even though no money changes hands: if the person joining takes on a share of the
mortgage, that share counts as the price. For example, adding a partner to a &pound;260,000 mortgage means they take
on &pound;130,000 of debt. Transfers made under a court order or agreement on divorce or dissolution are exempt. We
will check this for you.</p>
<h4>Independent advice</h4>
<p>Where someone is giving up their share, or the arrangement is one-sided, we may ask that person to take advice
from a different solicitor so that everyone is properly protected. Our fees for remortgages and transfers of equity
are on the <a href="/conveyancing-fees/">fees page</a>.</p>""",
        ),
    ]
)

_NEW_BUILD = "".join(
    [
        _container(
            _toc([("new-build", "Buying a new-build home"), ("right-to-buy", "Right to buy")]),
            _heading("Buying a new-build home", anchor="new-build"),
            """<p>New homes are going up all around Norwich, from Cringleford and Hethersett to Rackheath and
Sprowston. Buying off-plan is different from buying a second-hand house, and developers work to their own
timetable.</p>
<h4>The reservation deadline</h4>
<p>When you reserve a plot you pay a reservation fee (usually &pound;500 to &pound;2,000) and the developer will
normally expect contracts to be exchanged within <strong>28 days</strong> &ndash; sometimes 21. It is tight but
achievable if you instruct us on the day you reserve, send your ID and payment on account straight away, and have
your mortgage application in. We will tell you honestly if the date is at risk; most developers will extend by a
week or two if asked early rather than on the last day.</p>
<h4>What we check</h4>
<ul>
<li>The plot plan and boundaries, planning permission and any estate rentcharges or management company fees for
the open spaces.</li>
<li>Whether the roads and sewers will be adopted by the council and water company, and that there is a bond in
place if they are not finished.</li>
<li>The 10-year structural warranty (NHBC, Premier Guarantee or LABC Warranty).</li>
<li>The &ldquo;long-stop date&rdquo; by which the home must be finished, after which you can pull out.</li>
<li>Incentives such as paid deposits or free extras, which must be declared to your lender.</li>
</ul>
<h4>When will I complete?</h4>
<p>On a new build you exchange without a fixed completion date. When the house is finished the developer serves a
<strong>notice to complete</strong>, usually giving you <strong>10 working days</strong>. Mortgage offers usually
last six months, so if the build slips your offer may need extending. Book a snagging inspection before
completion.</p>""",
        ),
        _container(
            _heading("Right to buy", anchor="right-to-buy"),
            """<p>If you are a secure council tenant &ndash; for example with Norwich City Council &ndash; you may be
able to buy your home at a discount. Housing association tenants may have the &ldquo;preserved right to buy&rdquo;
or &ldquo;right to acquire&rdquo;.</p>
<ol>
<li>You apply to your landlord on form RTB1. The council confirms whether you qualify.</li>
<li>The council values the property and sends you an offer notice (a <em>Section 125 notice</em>) showing the price,
your discount and, for flats, the estimated service charges.</li>
<li>You have 12 weeks to tell the council in writing that you want to go ahead. Bring us the offer notice and we
will check it, look at the lease if it is a flat and deal with your mortgage lender.</li>
</ol>
<h4>Selling within five years</h4>
<p>If you sell or transfer the home within five years of buying it, you will have to <strong>repay some or all of
the discount</strong>: all of it in the first year, 80% in the second year, 60% in the third, 40% in the fourth and
20% in the fifth. In addition, if you sell within ten years you must first offer the property back to the council
or another social landlord.</p>""",
        ),
    ]
)

_LEASEHOLD = "".join(
    [
        _container(
            _heading("Buying a leasehold flat or house"),
            """<p>With leasehold you own the property for a fixed number of years under a lease, and pay ground rent
and service charges to a freeholder or management company. Before you buy we check the remaining term, the ground
rent (and whether it goes up), service charges and reserve funds, planned major works, insurance, and any
restrictions on pets, subletting or alterations. Most lenders want at least 70 to 85 years left at the end of the
mortgage term, so a short lease can make a flat hard to sell or mortgage.</p>""",
        ),
        _container(
            _heading("Extending your lease", anchor="lease-extension"),
            """<h4>Why the 80-year mark matters</h4>
<p>The cost of extending is worked out by a valuer. Once the unexpired term drops below <strong>80 years</strong>
the landlord is also entitled to half of the &ldquo;marriage value&rdquo; &ndash; the increase in value that the
extension creates &ndash; and the premium usually jumps. The Leasehold and Freehold Reform Act 2024 will abolish
marriage value, but that part of the Act is not yet in force, so if your lease is at or under 80 years it is worth
acting now rather than waiting.</p>
<h4>The statutory route</h4>
<p>We serve a formal notice (a <em>Section 42 notice</em>) on your landlord. You get an extra 90 years on top of
the remaining term and the ground rent drops to a peppercorn (nothing). The landlord has at least two months to
reply with a counter-notice, and a disputed premium can be decided by the First-tier Tribunal. Since 31 January
2025 you no longer need to have owned the flat for two years before making a claim. A statutory extension usually
takes four to nine months.</p>
<h4>The informal route</h4>
<p>You can also negotiate directly with the freeholder. This can be quicker and cheaper, but informal offers
sometimes come with a rising ground rent or a shorter extension, so let us check the terms before you agree.</p>
<h4>What a lease extension costs</h4>""",
            _table(
                ["Item", "Cost"],
                [
                    ["Our fee &ndash; statutory lease extension", "&pound;1,350 + VAT"],
                    ["Our fee &ndash; informal (negotiated) extension", "from &pound;950 + VAT"],
                    ["Specialist RICS valuer (we can recommend one)", "typically &pound;550 &ndash; &pound;850 + VAT"],
                    [
                        "Landlord&rsquo;s reasonable legal and valuation costs (payable by you by law)",
                        "typically &pound;1,500 &ndash; &pound;3,000",
                    ],
                    ["HM Land Registry fee", "&pound;20 &ndash; &pound;150"],
                    ["The premium itself", "set by the valuation or agreement"],
                ],
                caption="Lease extension costs for flats in England and Wales",
            ),
            """<p>Priya Chaudhary leads our leasehold work and is happy to have a short call about your lease before you
commit to anything. We can also advise a group of flat owners who want to buy the freehold of their building
together.</p>""",
        ),
    ]
)

_FEES = "".join(
    [
        _container(
            _heading(
                "Conveyancing fees",
                desc="Fixed legal fees for residential property. All fees shown are plus VAT at 20% unless stated.",
            ),
            """<p>Our fee covers all the normal legal work on a straightforward matter: checking the title and
contract, searches and enquiries, reporting to you and your lender, exchange, completion and registration. If
something unusual comes up (for example a defective title or a boundary problem) we will tell you, and agree any
extra fee with you, before doing the work.</p>""",
        ),
        _container(
            _heading("Buying (freehold)", tag="h3", anchor="purchase"),
            _table(
                ["Purchase price", "Legal fee", "With VAT"],
                [
                    ["Up to &pound;150,000", "&pound;895", "&pound;1,074"],
                    ["&pound;150,001 &ndash; &pound;300,000", "&pound;995", "&pound;1,194"],
                    ["&pound;300,001 &ndash; &pound;500,000", "&pound;1,150", "&pound;1,380"],
                    ["&pound;500,001 &ndash; &pound;750,000", "&pound;1,395", "&pound;1,674"],
                    ["&pound;750,001 &ndash; &pound;1,000,000", "&pound;1,650", "&pound;1,980"],
                    ["Over &pound;1,000,000", "Quote on request", "&ndash;"],
                ],
            ),
            _heading("Selling (freehold)", tag="h3", anchor="sale"),
            _table(
                ["Sale price", "Legal fee", "With VAT"],
                [
                    ["Up to &pound;150,000", "&pound;795", "&pound;954"],
                    ["&pound;150,001 &ndash; &pound;300,000", "&pound;875", "&pound;1,050"],
                    ["&pound;300,001 &ndash; &pound;500,000", "&pound;995", "&pound;1,194"],
                    ["&pound;500,001 &ndash; &pound;750,000", "&pound;1,195", "&pound;1,434"],
                    ["&pound;750,001 &ndash; &pound;1,000,000", "&pound;1,395", "&pound;1,674"],
                    ["Over &pound;1,000,000", "Quote on request", "&ndash;"],
                ],
            ),
            _heading("Other property work", tag="h3", anchor="other"),
            _table(
                ["Matter", "Legal fee"],
                [
                    ["Remortgage (any value)", "&pound;550 + VAT"],
                    ["Transfer of equity", "&pound;650 + VAT"],
                    ["Transfer of equity with a remortgage", "&pound;850 + VAT"],
                    ["Right to buy purchase", "&pound;795 + VAT"],
                ],
            ),
            _heading("Supplements", tag="h3"),
            _table(
                ["If your matter involves&hellip;", "Add"],
                [
                    ["Leasehold purchase", "&pound;350 + VAT"],
                    ["Leasehold sale", "&pound;295 + VAT"],
                    ["New-build purchase", "&pound;250 + VAT"],
                    ["Shared ownership", "&pound;300 + VAT"],
                    ["Lifetime ISA or Help to Buy ISA", "&pound;75 + VAT"],
                    ["Gifted deposit (per person giving money)", "&pound;75 + VAT"],
                    ["Unregistered title", "&pound;200 + VAT"],
                    ["Stamp duty return", "&pound;95 + VAT"],
                    ["Electronic ID check (per person)", "&pound;12 + VAT"],
                    ["Same-day bank transfer (per transfer)", "&pound;40 + VAT"],
                ],
            ),
        ),
        _container(
            _heading("Disbursements on a purchase", tag="h3", anchor="disbursements"),
            """<p>Disbursements are costs we pay to third parties on your behalf. We pass them on at cost.</p>""",
            _table(
                ["Disbursement", "Typical cost"],
                [
                    [
                        "Search pack: local authority, drainage &amp; water and environmental",
                        "&pound;320 &ndash; &pound;390 incl. VAT (depends on the council)",
                    ],
                    ["Chancel repair check", "&pound;18 incl. VAT"],
                    ["HM Land Registry priority search", "&pound;7"],
                    ["Bankruptcy search", "&pound;2 per buyer"],
                    ["Lawyer Checker (bank account verification)", "&pound;18 incl. VAT"],
                    ["Stamp Duty Land Tax", 'See our <a href="/stamp-duty-guide/">stamp duty guide</a>'],
                ],
            ),
            _table(
                ["Price", "HM Land Registry registration fee"],
                [
                    ["Up to &pound;80,000", "&pound;20"],
                    ["&pound;80,001 &ndash; &pound;100,000", "&pound;40"],
                    ["&pound;100,001 &ndash; &pound;200,000", "&pound;100"],
                    ["&pound;200,001 &ndash; &pound;500,000", "&pound;150"],
                    ["&pound;500,001 &ndash; &pound;1,000,000", "&pound;295"],
                    ["Over &pound;1,000,000", "&pound;500"],
                ],
                caption="Land Registry fees for electronic applications (Scale 1).",
            ),
            """<p>On a sale the only usual disbursement is &pound;7 for up-to-date copies of the title, plus the cost of
a leasehold management pack if you are selling a flat.</p>""",
        ),
        _container(
            _heading("If your move falls through", tag="h3", anchor="abortive"),
            """<p><strong>No completion, no legal fee.</strong> If your sale or purchase falls through before exchange
for a reason outside your control &ndash; the seller pulls out, the chain collapses, the survey or searches reveal
a problem &ndash; you will not pay our legal fee. Disbursements we have already paid out, such as searches, are not
refundable. If you simply decide not to go ahead, we charge for the work done at &pound;175 + VAT an hour, capped at
half the quoted legal fee.</p>
<h4>Paying us</h4>
<p>On a purchase we ask for &pound;350 on account when you instruct us, to pay for your searches. There is nothing
to pay up front on a sale; our fees come out of the sale proceeds.</p>""",
        ),
    ]
)

_SEARCHES = "".join(
    [
        _container(
            _heading("Property searches explained"),
            """<p>Searches are enquiries we make of the council and other bodies about the property and the land
around it. Your lender will insist on them, and they can reveal things no seller is obliged to tell you.</p>""",
            _toc(
                [
                    ("local-authority", "Local authority search"),
                    ("drainage", "Drainage and water search"),
                    ("environmental", "Environmental search"),
                    ("chalk", "Chalk mining in Norwich"),
                    ("chancel", "Chancel repair"),
                    ("cash-buyers", "Buying without a mortgage"),
                    ("how-long", "How long searches take"),
                ]
            ),
        ),
        _container(
            _heading("Local authority search", tag="h3", anchor="local-authority"),
            """<p>The local authority search has two parts: the local land charges register (LLC1) and the CON29
enquiries. Together they tell us about planning permissions and refusals, building regulations approvals,
enforcement notices, tree preservation orders, conservation areas, whether the road outside is maintained by
Norfolk County Council, and proposed road or rail schemes nearby.</p>""",
            _heading("Drainage and water search", tag="h3", anchor="drainage"),
            """<p>From Anglian Water. It confirms whether the property is connected to mains water and the public sewer,
and whether a public sewer runs within the boundary &ndash; important if you are planning an extension, because
building over a sewer needs the water company&rsquo;s consent.</p>""",
            _heading("Environmental search", tag="h3", anchor="environmental"),
            """<p>Checks for contaminated land, old landfill sites, flood risk from rivers, surface water and
groundwater, radon, and ground stability. In Norfolk, flood risk is the result clients most often ask us
about.</p>""",
            _heading("Chalk mining in Norwich", tag="h3", anchor="chalk"),
            """<p>Parts of Norwich sit above old chalk and flint workings dug between the medieval period and the 19th
century. Most of them are long forgotten, but collapses do happen &ndash; most famously in 1988, when a bus sank
into a hole that opened up on Earlham Road. The areas most affected include Earlham Road and Unthank Road, Ber
Street, Kett&rsquo;s Hill, Mousehold and parts of Thorpe Hamlet. For properties in or near these areas we order a
specialist chalk mining and ground stability report (about &pound;50 + VAT) alongside the standard searches.</p>""",
            _heading("Chancel repair", tag="h3", anchor="chancel"),
            """<p>Some properties in old parishes still carry a liability to contribute to the repair of the parish
church chancel. We run a chancel check and, where there is a risk, recommend an inexpensive indemnity policy.</p>""",
        ),
        _container(
            _heading("Buying without a mortgage", tag="h3", anchor="cash-buyers"),
            """<p>If you are a cash buyer, searches are not a legal requirement, but we strongly recommend them: you
are bound by whatever they would have shown, whether you know about it or not, and a future buyer&rsquo;s lender
will ask the same questions when you sell. If you decide against them we will ask you to sign a short disclaimer.
Search indemnity insurance is an alternative, but it only covers the loss in value from certain matters &ndash;
it won&rsquo;t tell you anything about the property.</p>""",
            _heading("How long searches take", tag="h3", anchor="how-long"),
            """<p>Norwich City Council currently returns local searches in around 5 to 8 working days; Broadland and
South Norfolk councils in 3 to 5. Drainage and environmental searches usually arrive within a week. We order
searches as soon as we receive your payment on account, so send it promptly.</p>""",
        ),
    ]
)

_SDLT = "".join(
    [
        _container(
            """<div class="wp-block-uagb-inline-notice uagb-inline_notice__align-left uagb-block-3e9f11aa">
<h4 class="uagb-notice-title">Guidance, not tax advice</h4><div class="uagb-notice-text"><p>This page is a general
guide to Stamp Duty Land Tax (SDLT) on homes in England and Northern Ireland. It is not tax advice. Wales has its own
Land Transaction Tax. If your situation is unusual &ndash; mixed-use property, several dwellings, a company purchase
or a trust &ndash; we will recommend you speak to a tax adviser.</p></div></div>""",
            _heading("Standard rates (from 1 April 2025)", anchor="rates"),
            _table(
                ["Part of the price", "Rate"],
                [
                    ["Up to &pound;125,000", "0%"],
                    ["&pound;125,001 &ndash; &pound;250,000", "2%"],
                    ["&pound;250,001 &ndash; &pound;925,000", "5%"],
                    ["&pound;925,001 &ndash; &pound;1.5 million", "10%"],
                    ["Over &pound;1.5 million", "12%"],
                ],
                caption="Example: a home mover paying &pound;300,000 pays &pound;5,000.",
            ),
        ),
        _container(
            _heading("First-time buyers", tag="h3", anchor="first-time-buyers"),
            """<p>If you (and everyone you are buying with) have never owned a home anywhere in the world, you pay no
SDLT on the first &pound;300,000 and 5% on the part between &pound;300,001 and &pound;500,000. If the price is over
&pound;500,000 the relief is lost altogether and the standard rates apply. Example: a first-time buyer paying
&pound;350,000 pays &pound;2,500.</p>""",
            _heading("Buying an additional property", tag="h3", anchor="additional"),
            """<p>If, at the end of the day you complete, you will own more than one residential property (anywhere in
the world) and you are not replacing your main home, a <strong>5% surcharge</strong> is added to every band of the
standard rates. This catches buy-to-lets, second homes, and buyers who keep their old home to let out. On a
&pound;300,000 purchase the surcharge adds &pound;15,000, making &pound;20,000 in total.</p>
<p>If you buy your new main home before selling your old one, you pay the surcharge but can reclaim it if you sell
the old home within three years. The refund claim must be made within 12 months of that sale (or of the filing date
of the return, if later).</p>
<p>Buyers who are not UK resident pay a further 2% surcharge.</p>""",
            _heading("Paying the tax", tag="h3", anchor="paying"),
            """<p>The return must be filed and the tax paid within <strong>14 days of completion</strong>. We do this
for you, so we will need the SDLT money with your completion funds. You can check figures on HMRC&rsquo;s
<a href="https://www.tax.service.gov.uk/calculate-stamp-duty-land-tax/" target="_blank" rel="noopener">SDLT
calculator</a>.</p>""",
        ),
    ]
)

_EXCHANGE = "".join(
    [
        _container(
            _toc(
                [
                    ("exchange", "Exchange of contracts"),
                    ("deposit", "Your deposit"),
                    ("completion", "Completion day"),
                    ("after", "After completion"),
                    ("timescales", "How long will it take?"),
                ]
            ),
            _heading("Exchange of contracts", anchor="exchange"),
            """<p>Exchange is the moment the deal becomes legally binding. We can only exchange once your searches are
back, enquiries have been answered, your mortgage offer is in, you have signed the contract and your deposit is in
our account. The solicitors in the chain then agree, by recorded phone call, to exchange and fix the completion
date. After exchange, if a buyer pulls out they lose their deposit and can be sued for more; a seller who pulls
out can be sued too. If you are buying a house, your buildings insurance must start from exchange.</p>""",
            _heading("Your deposit", tag="h3", anchor="deposit"),
            """<p>The usual deposit is <strong>10% of the purchase price</strong>. A seller will often accept 5%, but it
has to be agreed in advance and written into the contract. If you are in a chain, the deposit from your own buyer
can normally be passed up the chain to cover part or all of yours. Please send your deposit so that it reaches us
at least <strong>three working days</strong> before the planned exchange, so that it has cleared.</p>""",
        ),
        _container(
            _heading("Completion day", anchor="completion"),
            """<p>Completion is moving day. We need the rest of your money (the balance on the completion statement
we send you) at least two working days before. On the morning of completion we send the purchase money to the
seller&rsquo;s solicitor; when they confirm it has arrived they ring the estate agent, who releases the keys.
<strong>Most completions happen between 12 noon and 2pm.</strong> In a long chain, where money has to pass from one
solicitor to the next, it can be mid-afternoon. Please don&rsquo;t book your removal van to arrive first thing
expecting to unload straight away &ndash; and sellers should aim to be out by midday.</p>""",
            _heading("After completion", tag="h3", anchor="after"),
            """<p>We file your stamp duty return and pay the tax, then apply to HM Land Registry to register you as
owner. Registration can take several weeks or months; once it is done we send you a copy of the updated
register.</p>""",
        ),
        _container(
            _heading("How long will it take?", anchor="timescales"),
            _table(
                ["Type of transaction", "Typical time from offer to completion"],
                [
                    ["Freehold purchase with a mortgage", "12 &ndash; 16 weeks"],
                    ["Leasehold purchase", "16 &ndash; 20 weeks"],
                    ["Cash purchase, no chain", "6 &ndash; 8 weeks"],
                    ["Freehold sale", "8 &ndash; 12 weeks"],
                ],
            ),
            """<p>The gap between exchange and completion is usually one to four weeks. It is possible to exchange and
complete on the same day, but we don&rsquo;t recommend it: nothing is binding until the last minute, so you
can&rsquo;t safely book removals. The most common causes of delay are slow management packs on flats, missing
paperwork for building work, mortgage offers that take longer than expected, and other people in the chain.</p>""",
        ),
    ]
)

_WILLS = "".join(
    [
        _container(
            _heading("Wills", anchor="wills"),
            """<p>Without a will, the law decides who inherits your estate. Unmarried partners get nothing under the
intestacy rules, and stepchildren are left out entirely. A will lets you choose your executors, look after your
family, appoint guardians for young children and, with good planning, reduce inheritance tax.</p>
<p>We start with a meeting (at our office, by video call or at your home) to talk through your family and finances.
We send you a draft within ten working days, and once you are happy we arrange the signing with two independent
witnesses. We store your original will free of charge in our strongroom.</p>""",
            _table(
                ["Service", "Fee"],
                [
                    ["Single will", "&pound;250 + VAT"],
                    ["Mirror wills for a couple", "&pound;395 + VAT"],
                    ["Will including a trust (e.g. property protection trust), single", "&pound;450 + VAT"],
                    ["Wills including trusts, couple", "&pound;650 + VAT"],
                    ["Codicil (a small change to an existing will)", "&pound;120 + VAT"],
                ],
            ),
        ),
        _container(
            _heading("Lasting powers of attorney", anchor="lpa"),
            """<p>A lasting power of attorney (LPA) lets you choose people you trust to make decisions for you if you
can&rsquo;t make them yourself. There are two types: <strong>property and financial affairs</strong> (bank
accounts, bills, selling a house) and <strong>health and welfare</strong> (care, medical treatment, where you
live). Most people make both.</p>
<h4>Is it too late after a diagnosis?</h4>
<p>The person making the LPA must have mental capacity to understand what they are signing at the time they sign
it. A diagnosis of dementia does <strong>not</strong> automatically mean it is too late &ndash; many people in the
early stages can still make a valid LPA, and acting sooner rather than later is important. We always meet the
person ourselves, and if there is any doubt we may ask their GP or a specialist to assess capacity. If capacity has
already been lost, the family would have to apply to the Court of Protection for a deputyship, which is slower and
considerably more expensive.</p>""",
            _table(
                ["Service", "Fee"],
                [
                    ["One LPA (either type)", "&pound;395 + VAT"],
                    ["Both types, one person", "&pound;595 + VAT"],
                    ["Both types for a couple (four LPAs)", "&pound;995 + VAT"],
                    ["Office of the Public Guardian registration fee", "&pound;92 per LPA"],
                ],
            ),
            """<p>People on a low income may pay half the registration fee, and some means-tested benefits mean no fee
at all. The Office of the Public Guardian is currently taking around 8 to 16 weeks to register an LPA, and it
can&rsquo;t be used until it is registered.</p>""",
        ),
        _container(
            _heading("Home, hospital and care home visits", tag="h3", anchor="home-visits"),
            """<p>If you or a relative can&rsquo;t easily get to our office, one of our private client team will come
to you &ndash; at home, in hospital or in a care home &ndash; anywhere within about 15 miles of Norwich city centre,
including towns such as Aylsham, Acle and Long Stratton. There is a charge of &pound;75 + VAT for each visit, on top
of the normal fee. We can visit further afield by arrangement.</p>""",
        ),
    ]
)

_PROBATE = "".join(
    [
        _container(
            _heading("Probate and estate administration", anchor="probate"),
            """<p>When someone dies, their executors (or, if there is no will, their next of kin) must collect in the
estate, pay debts and any inheritance tax, and distribute what is left. Most estates need a <em>grant of
probate</em> (or <em>letters of administration</em>) before banks will release money or a property can be
sold.</p>
<h4>Grant-only service</h4>
<p>If you are happy to deal with the estate yourself and just want the legal part done, our
<strong>grant-only service is a fixed fee of &pound;1,200 + VAT</strong>. We value the estate from the information
you give us, prepare the inheritance tax paperwork for estates where no tax is due, make the probate application and
send you the grant.</p>
<h4>Full estate administration</h4>
<p>We can do everything for you, charged on time spent: partner &pound;295, senior associate &pound;250, solicitor
&pound;220 and paralegal &pound;150 per hour, all plus VAT. As a guide, a straightforward estate worth around
&pound;400,000 with one house, a few bank accounts and no inheritance tax usually costs &pound;6,000 to
&pound;10,000 + VAT. We will give you a written estimate at the start.</p>
<h4>Other costs and timescales</h4>
<p>The Probate Registry application fee is &pound;300 for estates over &pound;5,000, plus &pound;1.50 for each
extra official copy. We also place deceased estates notices in The Gazette and a local paper (about &pound;250 in
total) to protect executors from unknown creditors. The Probate Registry is currently taking around
<strong>12 to 16 weeks</strong> to issue a grant once an application is made; where inheritance tax form IHT400 is
needed, HMRC must have had it for 20 working days before we can apply. A whole estate typically takes 9 to 12
months to finalise.</p>
""",
        ),
        _container(
            _heading("Estate disputes", anchor="disputes"),
            """<p>Disagreements about a will or an estate are painful, and often involve close family. James Okafor
leads our contentious probate work and will always look for a sensible, proportionate way through, including
mediation.</p>
<h4>Challenging the validity of a will</h4>
<p>A will may be invalid if it was not properly signed and witnessed, if the person lacked mental capacity, if they
did not know and approve its contents, or if they were pressured into it (undue influence) or it was forged.</p>
<h4>Claims for reasonable financial provision</h4>
<p>Even a valid will can be challenged under the <strong>Inheritance (Provision for Family and Dependants) Act
1975</strong> if it does not make reasonable financial provision for certain people: a spouse or civil partner, a
former spouse who has not remarried, someone who lived with the deceased as a couple for at least two years, a
child of the deceased (including adult children), or anyone the deceased was maintaining. A claim must be made
within <strong>six months of the date of the grant of probate</strong>; the court only allows late claims in
exceptional cases.</p>
<h4>Stopping the grant</h4>
<p>If you have concerns before probate is granted, you can enter a <em>caveat</em> at the Probate Registry, which
prevents a grant being issued for six months while you investigate. The fee is &pound;3.</p>
<h4>Costs</h4>
<p>We offer an initial review meeting of up to an hour for &pound;250 + VAT, after which we will explain your options
and likely costs. For some Inheritance Act claims a conditional fee (&ldquo;no win, no fee&rdquo;) agreement may be
possible. We also act for executors who are defending claims.</p>""",
        ),
    ]
)

_QUOTE = "".join(
    [
        _container(
            _heading("Get a quote", desc="Clear, fixed fees in writing. No obligation, and no hidden extras."),
            """<p>There are three ways to get a quote from us:</p>
<ul>
<li><strong>Online</strong> &ndash; fill in the form below. For a straightforward sale, purchase, remortgage or
transfer of equity your quote is emailed to you <strong>instantly</strong>.</li>
<li><strong>By email</strong> &ndash; send us the details and we will reply with a written quote within
<strong>one working day</strong>. Lease extensions, probate and disputes are always quoted this way, by a
lawyer.</li>
<li><strong>By phone</strong> &ndash; call our client care team, who can usually quote while you are on the
line.</li>
</ul>
<p>To quote accurately we need the price, whether the property is freehold or leasehold, whether you are using a
mortgage, and whether anything else applies: a new build, shared ownership, a Lifetime ISA, or money from family.
Quotes are valid for 90 days.</p>
<p>For wills, powers of attorney and probate we offer a free 15-minute phone call with a member of the private
client team first, so we can suggest what you need before quoting.</p>""",
        ),
        _container(
            """<div class="wp-block-uagb-forms uagb-forms__outer-wrap uagb-block-4a7c22d0 uagb-forms__medium-btn">
<form class="uagb-forms-main-form" method="post" autocomplete="on" name="uagb-form-4a7c22d0">
<div class="wp-block-uagb-forms-name uagb-forms-name-wrap uagb-forms-field-set uagb-block-58e1a0c3">
<div class="uagb-forms-name-label required uagb-forms-input-label" id="name-label">Your name</div>
<input type="text" placeholder="Full name" required class="uagb-forms-name-input uagb-forms-input" name="name"
autocomplete="name"></div>
<div class="wp-block-uagb-forms-email uagb-forms-email-wrap uagb-forms-field-set uagb-block-62b3d0e9">
<div class="uagb-forms-email-label required uagb-forms-input-label" id="email-label">Email</div>
<input type="email" class="uagb-forms-email-input uagb-forms-input" placeholder="you@example.com" required
name="email"></div>
<div class="wp-block-uagb-forms-select uagb-forms-select-wrap uagb-forms-field-set uagb-block-6c4f1b7a">
<div class="uagb-forms-select-label required uagb-forms-input-label" id="type-label">I am</div>
<select class="uagb-forms-select-box uagb-forms-input" required name="type"><option>Buying</option>
<option>Selling</option><option>Selling and buying</option><option>Remortgaging</option>
<option>Transferring equity</option></select></div>
<div class="wp-block-uagb-forms-text uagb-forms-text-wrap uagb-forms-field-set uagb-block-70a2e3f8">
<div class="uagb-forms-text-label uagb-forms-input-label" id="price-label">Price (&pound;)</div>
<input type="text" class="uagb-forms-text-input uagb-forms-input" placeholder="e.g. 275000" name="price"></div>
<div class="wp-block-uagb-forms-radio uagb-forms-radio-wrap uagb-forms-field-set uagb-block-7b9e4c21">
<div class="uagb-forms-radio-label uagb-forms-input-label" id="tenure-label">Tenure</div>
<input type="radio" id="tenure-free" name="tenure" value="Freehold"><label for="tenure-free">Freehold</label>
<input type="radio" id="tenure-lease" name="tenure" value="Leasehold"><label for="tenure-lease">Leasehold</label>
<input type="radio" id="tenure-unsure" name="tenure" value="Not sure"><label for="tenure-unsure">Not sure</label></div>
<div class="uagb-forms-main-submit-button-wrap wp-block-button"><button class="uagb-forms-main-submit-button
wp-block-button__link"><div class="uagb-forms-main-submit-button-text">Get my quote</div></button></div>
</form>
<div class="uagb-forms-success-message-4a7c22d0 uagb-forms-submit-message-hide"><span>Thank you &ndash; your quote
is on its way to your inbox.</span></div>
</div>""",
        ),
        _container(
            _heading("What happens when you instruct us", tag="h3", anchor="instructing"),
            """<ol>
<li>We send you our client care letter and terms of business to sign electronically, and a link to complete your
<a href="/id-checks-and-fraud-warning/">ID check</a>.</li>
<li>On a purchase, you pay the money on account for searches.</li>
<li>We introduce your named lawyer and their assistant, who will handle your matter from start to finish.</li>
<li>You get a login to <strong>MoveTrack</strong>, our secure online case tracker, where you can see each milestone
as it is ticked off, upload documents, sign forms and message your lawyer &ndash; day or night.</li>
</ol>
<p>We aim to reply to all emails and calls within one working day, and you will get an update from us at least
every two weeks even if nothing has changed.</p>""",
        ),
    ]
)

_ID_FRAUD = "".join(
    [
        _container(
            """<div class="wp-block-uagb-inline-notice uagb-inline_notice__align-left uagb-block-2d8e40bb tb-alert">
<h4 class="uagb-notice-title">&#9888; Fraud warning: our bank details will never change</h4>
<div class="uagb-notice-text"><p><strong>Thackeray Bunting will never tell you by email that our bank details have
changed.</strong> If you receive an email, text or call saying our account has changed, or asking you to send money
to a new account, it is a scam &ndash; even if it appears to come from your lawyer&rsquo;s real email address.</p>
</div></div>""",
        ),
        _container(
            _toc(
                [
                    ("id", "Checking your ID"),
                    ("source-of-funds", "Where your money comes from"),
                    ("fraud", "Protecting your money from fraud"),
                ]
            ),
            """<p>Under the Money Laundering Regulations 2017 and the SRA&rsquo;s rules we must verify every
client&rsquo;s identity and, on a purchase, understand where every pound is coming from. We can&rsquo;t exchange
contracts until these checks are done.</p>""",
            _heading("Checking your ID", tag="h3", anchor="id"),
            """<p>We use the <strong>Thirdfort</strong> app: you scan the chip in your passport or photocard driving
licence, record a short selfie video and confirm your address. It takes about ten minutes, and everyone named on
the matter does their own check.</p>
<p><strong>No smartphone?</strong> Book an appointment at our office and bring your original passport or photocard
driving licence and a utility bill, council tax bill or bank statement dated within the last three months. We copy
them and run an electronic check while you wait.</p>""",
            _heading("Where your money comes from", tag="h3", anchor="source-of-funds"),
            """<p>You can link your bank accounts through the app (read-only open banking) or send us statements. We
usually need <strong>six months</strong> of statements showing how your savings built up, plus evidence of any large
payments in, such as a bonus payslip or an inheritance.</p>
<h4>Money from parents or other family (gifted deposits)</h4>
<p>If someone is giving you money towards the purchase, we need to check them too. Each person giving money
must:</p>
<ul>
<li>complete their own ID check through Thirdfort;</li>
<li>sign our <strong>gifted deposit declaration</strong>, confirming it is a genuine gift, not a loan, and that they
will have no share in or rights over the property;</li>
<li>show us three to six months of statements for the account the money comes from.</li>
</ul>
<p>Your mortgage lender must be told about the gift. Ideally the money should come straight from the giver&rsquo;s
own account. Funds from overseas or from cryptocurrency take longer to verify, so tell us early.</p>""",
        ),
        _container(
            _heading("Protecting your money from fraud", tag="h3", anchor="fraud"),
            """<p>Criminals target home movers because large sums move at predictable times, often on a Friday
afternoon. They hack or imitate email accounts and send very convincing messages.</p>
<ul>
<li>We give you our bank details <strong>once</strong>, in the client care letter at the start of your matter.</li>
<li>Before sending money, ring us on the number on this website or our letter &ndash; never a number from an email
&ndash; and ask us to confirm the account details. For large sums, send &pound;1 first and wait for us to confirm
it has arrived.</li>
<li>We will never ask you to pay by clicking a link, and only send sale proceeds to the account on the form you
signed at the start.</li>
</ul>
<p><strong>Had a suspicious message?</strong> Don&rsquo;t reply or click anything &ndash; phone us straight away. If
you have already sent money to an account you are not sure about, call your bank immediately, then us, and report
it to Action Fraud on 0300 123 2040.</p>""",
        ),
    ]
)

_COMPLAINTS = "".join(
    [
        _container(
            _heading("Complaints procedure", anchor="complaints"),
            """<p>We want to get things right. If something has gone wrong, please tell the lawyer handling your
matter first &ndash; most problems can be put right quickly. If you would rather not, or you are not happy with
their response, please contact our Complaints Partner, <strong>Richard Bowthorpe</strong>, by email at
complaints@thackeraybunting.co.uk, by phone, or by letter to our office.</p>
<ul>
<li>We will acknowledge your complaint within <strong>three working days</strong>.</li>
<li>Richard (or another partner not involved in your matter) will investigate, and may invite you to a meeting or
call.</li>
<li>You will receive our full written response within <strong>eight weeks</strong> of your complaint.</li>
</ul>
<h4>The Legal Ombudsman</h4>
<p>If you are still unhappy after our final response, or we have not resolved your complaint within eight weeks,
you can ask the Legal Ombudsman to look at it. This is free. You must normally contact the Ombudsman within six
months of our final response, and no more than one year from the date of the problem (or from when you should
reasonably have known about it).</p>
<p>Legal Ombudsman, PO Box 6167, Slough SL1 0EH &middot; 0300 555 0333 &middot; enquiries@legalombudsman.org.uk
&middot; <a href="https://www.legalombudsman.org.uk" target="_blank" rel="noopener">www.legalombudsman.org.uk</a></p>
<p>If your complaint is about our bill, you may also have the right to apply to the court for an assessment of the
bill under Part III of the Solicitors Act 1974.</p>""",
        ),
        _container(
            _heading("Regulation and insurance", anchor="regulation"),
            """<p>Thackeray Bunting Solicitors LLP is authorised and regulated by the Solicitors Regulation Authority
(SRA number 612345). Our solicitors are bound by the SRA Standards and Regulations, which you can read at
<a href="https://www.sra.org.uk" target="_blank" rel="noopener">www.sra.org.uk</a>. If you are concerned about our
behaviour (for example dishonesty or discrimination), you can report it to the SRA.</p>
<p>We hold professional indemnity insurance with Arden Professional Risks Insurance Ltd, 30 Fenchurch Street, London
EC3M 3BD. Our cover is <strong>&pound;3 million for each and every claim</strong>, and applies to work carried out
anywhere in the world except the USA and Canada. Client money is held in a dedicated client account at Barclays
Bank, and is protected by the Financial Services Compensation Scheme up to its limits.</p>
<p>Registered in England and Wales as a limited liability partnership, number OC398217. VAT number 287 4419 63.</p>
<h4>Accreditations</h4>
<p>Law Society Conveyancing Quality Scheme (CQS) &middot; Law Society Lexcel practice management standard &middot;
Law Society Wills and Inheritance Quality Scheme &middot; Richard Bowthorpe is a full member of STEP (TEP).</p>""",
        ),
    ]
)


def _person(name: str, role: str, bio: str, img: str) -> str:
    return (
        f'<div class="wp-block-uagb-team uagb-team__image-position-above uagb-team__align-center uagb-block-{_uid()}">'
        '<div class="uagb-team__wrap uagb-team__image-position-above uagb-team__align-center">'
        '<div class="uagb-team__content">'
        '<div class="uagb-team__image-wrap uagb-team__image-crop-circle">'
        f'<img src="/wp-content/uploads/2024/03/{img}.jpg" '
        f'alt="{name}" width="300" height="300" loading="lazy"></div>'
        f'<div class="uagb-team__title-wrap"><h3 class="uagb-team__title">{name}</h3>'
        f'<span class="uagb-team__prefix">{role}</span></div>'
        f'<div class="uagb-team__desc-wrap"><p class="uagb-team__desc">{bio}</p></div>'
        '<ul class="uagb-team__social-list"><li class="uagb-team__social-icon"><a href="https://www.linkedin.com/" '
        'aria-label="LinkedIn" target="_blank" rel="noopener noreferrer"></a></li></ul></div></div></div>\n'
    )


_TEAM = "".join(
    [
        _container(
            _heading("Meet the team", desc="Fourteen people, one office, and the same faces from start to finish."),
        ),
        _container(
            _heading("Residential property", tag="h2"),
            _columns(
                _person(
                    "Helen Aldous",
                    "Managing Partner &middot; Head of Residential Property",
                    "Helen qualified in 2001 and joined the firm in 2008. She handles higher-value and more complex "
                    "sales and purchases, including rural and unregistered property. Outside work she sails on the "
                    "Broads whenever the weather lets her.",
                    "helen-aldous",
                ),
                _person(
                    "Priya Chaudhary",
                    "Associate Solicitor &middot; Leasehold &amp; New Build",
                    "Priya leads our leasehold work &ndash; lease extensions, flat purchases and sales &ndash; and our "
                    "new-build purchases. She speaks Punjabi and Hindi.",
                    "priya-chaudhary",
                ),
                _person(
                    "Tom Gedge",
                    "Licensed Conveyancer",
                    "Tom has been with us for twelve years and looks after sales, purchases, remortgages and right to "
                    "buy purchases. A keen cyclist, he rides in from Wroxham most days.",
                    "tom-gedge",
                ),
            ),
            _columns(
                _person(
                    "Marta Nowak",
                    "Conveyancing Assistant",
                    "Marta works alongside Tom and is often the first voice you will hear when you call about your "
                    "move. She is a fluent Polish speaker and is very happy to talk clients through the process in "
                    "Polish.",
                    "marta-nowak",
                ),
                _person(
                    "Lucy Tillett",
                    "Client Care Manager",
                    "Lucy runs reception, prepares quotes and books appointments. If you are not sure who to speak "
                    "to, start with Lucy.",
                    "lucy-tillett",
                ),
            ),
        ),
        _container(
            _heading("Private client &amp; estate disputes", tag="h2"),
            _columns(
                _person(
                    "Richard Bowthorpe",
                    "Partner &middot; Head of Private Client &middot; TEP",
                    "Richard advises on wills, trusts, lasting powers of attorney and estate planning, and oversees "
                    "our probate work. He is a Dementia Friend and a member of STEP, and is the firm&rsquo;s "
                    "Complaints Partner.",
                    "richard-bowthorpe",
                ),
                _person(
                    "James Okafor",
                    "Senior Associate &middot; Contentious Probate",
                    "James handles disputes over wills and estates, including Inheritance Act claims, for both "
                    "claimants and executors. He is an accredited mediator.",
                    "james-okafor",
                ),
                _person(
                    "Sarah Mollet",
                    "Probate Manager &middot; Chartered Legal Executive",
                    "Sarah manages estate administration day to day, from valuing assets to final accounts, and "
                    "is the person most executors deal with week to week.",
                    "sarah-mollet",
                ),
            ),
            """<p>And on Fridays you may meet Bramble, our office spaniel, who is in charge of morale.</p>""",
        ),
    ]
)

_CONTACT = "".join(
    [
        _container(
            _columns(
                f"""<h2 class="wp-block-heading">Get in touch</h2>
<p><strong>Thackeray Bunting Solicitors</strong><br>14 Princes Street, Norwich NR3 1AE</p>
<p>Phone: <a href="{_TEL}">{_PHONE}</a><br>Email: <a href="mailto:{_EMAIL}">{_EMAIL}</a><br>
Complaints: complaints@thackeraybunting.co.uk</p>
<p>We are happy to meet in person, but you don&rsquo;t have to: most of our clients never need to visit.</p>""",
                _table(
                    ["Day", "Office hours"],
                    [
                        ["Monday &ndash; Thursday", "9.00am &ndash; 5.30pm"],
                        ["Friday", "9.00am &ndash; 5.00pm"],
                        ["Saturday &amp; Sunday", "Closed"],
                        ["Bank holidays", "Closed"],
                    ],
                    caption="Phone lines open from 8.45am. Early morning and evening appointments (until 7pm on "
                    "Tuesdays) can be arranged for wills and LPAs. We close from Christmas Eve until 2 January.",
                ),
            ),
        ),
        _container(
            _heading("Getting here", anchor="directions"),
            """<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2023/05/tb-office-map.png"
alt="Map showing our office on Princes Street, near Tombland" width="1024" height="560" loading="lazy"></figure>
<p>We are on Princes Street, between St Andrew&rsquo;s Hall and Tombland, in a Georgian townhouse with a dark
blue door. From Norwich railway station it is about a 12-minute walk: cross Foundry Bridge, head up Prince of
Wales Road and turn right into Tombland. Many city buses and the Park &amp; Ride services stop at Castle Meadow
and Tombland, both within five minutes&rsquo; walk.</p>""",
            _heading("Parking", tag="h3", anchor="parking"),
            """<p>We don&rsquo;t have a car park, and on-street parking nearby is mostly for permit holders. The nearest
public car park is <strong>St Andrew&rsquo;s multi-storey on Duke Street</strong>, about four minutes&rsquo; walk
away (pay on exit, card or app). The Park &amp; Ride is a good option if you are coming in from outside the city.
We have <strong>one accessible parking space</strong> for Blue Badge holders in our rear courtyard off Waggon and
Horses Lane &ndash; please ask us to reserve it when you book your appointment.</p>""",
            _heading("Accessibility", tag="h3", anchor="accessibility"),
            """<p>Our building is Grade II listed, and the front door on Princes Street has two stone steps. There is
<strong>step-free access through our courtyard entrance on Waggon and Horses Lane</strong>: press the intercom and
we will meet you. Our ground-floor meeting room is wheelchair accessible, has a hearing loop, and there is an
accessible toilet on the same floor. The upper floors can only be reached by stairs, so we hold all client meetings
on the ground floor. We can provide documents in large print, and arrange a British Sign Language interpreter with
a week&rsquo;s notice. If getting to us is difficult, we can meet by video call.</p>""",
        ),
    ]
)

_FAQS = "".join(
    [
        _container(
            _heading("Frequently asked questions", desc="Quick answers to the things we are asked most often."),
            _faq(
                [
                    (
                        "Do I need to come into your office?",
                        "<p>No. Most clients never visit us: you can sign most documents electronically or by post, "
                        "do your ID check on your phone, and speak to us by phone or video call. You are of course "
                        "welcome to come in.</p>",
                    ),
                    (
                        "Can you act on a property anywhere in the country?",
                        "<p>We act on property anywhere in England and Wales. We can&rsquo;t act on property in "
                        "Scotland or Northern Ireland, which have their own legal systems.</p>",
                    ),
                    (
                        "Do I really need a survey?",
                        "<p>We strongly recommend one. The mortgage valuation is for your lender only: it tells them "
                        "the property is worth the loan, not whether the roof needs replacing. A RICS Home Survey "
                        "Level 2 suits conventional homes in reasonable condition; choose a Level 3 for older, "
                        "altered or listed buildings, or anywhere you plan major work. We don&rsquo;t arrange "
                        "surveys ourselves, but we can give you the names of local RICS surveyors.</p>",
                    ),
                    (
                        "We are buying together but putting in different amounts. How do we protect that?",
                        "<p>You can own as <strong>joint tenants</strong>, where you both own the whole and it passes "
                        "automatically to the survivor, or as <strong>tenants in common</strong>, where you each own "
                        "a share that can be unequal and can be left by will. If one of you is putting in more, we "
                        "recommend owning as tenants in common with a <strong>declaration of trust</strong> that "
                        "records who paid what and what happens if you sell or split up. A declaration of trust "
                        "costs &pound;350 + VAT when done alongside your purchase.</p>",
                    ),
                    (
                        "Are you on my lender&rsquo;s panel?",
                        "<p>We are on the panels of most high-street lenders and building societies. A few "
                        "specialist and smaller lenders only use their own list of firms, so tell us your lender "
                        "when you ask for a quote and we will check.</p>",
                    ),
                    (
                        "Can you act for both me and the other side?",
                        "<p>Very rarely. The professional rules only allow it in limited circumstances, and in "
                        "practice we almost always act for one side only.</p>",
                    ),
                    (
                        "How can I pay?",
                        "<p>By bank transfer for all payments, after checking our details with us by phone. We can "
                        "also take payments of up to &pound;1,000 by debit card over the phone. We don&rsquo;t accept "
                        "credit cards, and we don&rsquo;t accept cash over &pound;500.</p>",
                    ),
                    (
                        "Do you deal with commercial property?",
                        "<p>No, we only handle residential property. If you need help with a shop, office or "
                        "business lease we will happily refer you to a firm we trust.</p>",
                    ),
                    (
                        "Will I get the deeds to my house?",
                        "<p>Ownership is recorded electronically at HM Land Registry, and we send you a copy of the "
                        "register once your purchase is registered. If there are older paper deeds we can store them "
                        "for you free of charge, or send them to you.</p>",
                    ),
                ]
            ),
        ),
        _CTA_BAND,
    ]
)


_PAGES = [
    (
        "/",
        "Home",
        "Norwich solicitors for buying, selling, remortgages, wills, powers of attorney and probate. Fixed fees.",
        _HOME,
        "",
    ),
    (
        "/buying-a-home/",
        "Buying a Home",
        "Conveyancing for house and flat purchases in Norwich and across England and Wales.",
        _BUYING,
        _SIDEBAR_PROPERTY,
    ),
    (
        "/selling-your-home/",
        "Selling Your Home",
        "Selling a house or flat: forms, certificates, management packs and completion day.",
        _SELLING,
        _SIDEBAR_PROPERTY,
    ),
    (
        "/remortgage-and-transfer-of-equity/",
        "Remortgage &amp; Transfer of Equity",
        "Remortgage conveyancing and transfers of equity: adding or removing someone from the title.",
        _REMORTGAGE,
        _SIDEBAR_PROPERTY,
    ),
    (
        "/new-build-and-right-to-buy/",
        "New Build &amp; Right to Buy",
        "Buying a new-build home or buying your council home under the right to buy.",
        _NEW_BUILD,
        _SIDEBAR_PROPERTY,
    ),
    (
        "/leasehold-and-lease-extensions/",
        "Leasehold &amp; Lease Extensions",
        "Leasehold flats, short leases and statutory lease extensions explained, with costs.",
        _LEASEHOLD,
        _SIDEBAR_PROPERTY,
    ),
    (
        "/conveyancing-fees/",
        "Conveyancing Fees",
        "Our fixed conveyancing fees and disbursements for buying, selling and remortgaging.",
        _FEES,
        "",
    ),
    (
        "/searches-explained/",
        "Searches Explained",
        "Local authority, drainage, environmental and Norwich chalk mining searches explained.",
        _SEARCHES,
        _SIDEBAR_PROPERTY,
    ),
    (
        "/stamp-duty-guide/",
        "Stamp Duty Guide",
        "A plain-English guide to Stamp Duty Land Tax rates, reliefs and surcharges. Guidance, not advice.",
        _SDLT,
        _SIDEBAR_PROPERTY,
    ),
    (
        "/exchange-completion-and-timescales/",
        "Exchange, Completion &amp; Timescales",
        "What happens at exchange of contracts and on completion day, and how long a move takes.",
        _EXCHANGE,
        _SIDEBAR_PROPERTY,
    ),
    (
        "/wills-and-lasting-powers-of-attorney/",
        "Wills &amp; Lasting Powers of Attorney",
        "Wills and lasting powers of attorney in Norwich, with fixed fees and home visits.",
        _WILLS,
        _SIDEBAR_PRIVATE,
    ),
    (
        "/probate-and-estate-disputes/",
        "Probate &amp; Estate Disputes",
        "Probate, estate administration and disputes over wills and inheritance.",
        _PROBATE,
        _SIDEBAR_PRIVATE,
    ),
    (
        "/getting-a-quote/",
        "Get a Quote",
        "Get a fixed-fee conveyancing quote online, by email or by phone.",
        _QUOTE,
        "",
    ),
    (
        "/id-checks-and-fraud-warning/",
        "ID Checks &amp; Fraud Warning",
        "How we check your identity and source of funds, and why our bank details will never change.",
        _ID_FRAUD,
        "",
    ),
    (
        "/complaints-and-regulation/",
        "Complaints &amp; Regulation",
        "Our complaints procedure, the Legal Ombudsman, SRA regulation and professional indemnity insurance.",
        _COMPLAINTS,
        "",
    ),
    (
        "/our-team/",
        "Our Team",
        "Meet the solicitors, conveyancers and support staff at Thackeray Bunting.",
        _TEAM,
        "",
    ),
    (
        "/contact-us/",
        "Contact Us",
        "Office hours, directions, parking and accessibility at our Princes Street office in Norwich.",
        _CONTACT,
        "",
    ),
    (
        "/faqs/",
        "FAQs",
        "Answers to common questions about conveyancing, surveys, payment and more.",
        _FAQS,
        "",
    ),
]

HTML = {
    path: _page(path, title, desc, body, page_id=100 + 13 * n, sidebar=sidebar)
    for n, (path, title, desc, body, sidebar) in enumerate(_PAGES)
}

QUESTIONS = [
    (
        "We're first time buyers and we've been saving into a LISA for ages. Offer accepted on a flat at £465,000, "
        "can we still use the ISA money for it?",
        "/buying-a-home/",
    ),
    (
        "theres a house going to auction in a few weeks that I want to bid on. can you look through the paperwork "
        "before the day",
        "/buying-a-home/",
    ),
    (
        "We're selling our place. We had new windows put in about ten years ago but can't find any certificate for "
        "them anywhere. Is that going to be a problem?",
        "/selling-your-home/",
    ),
    (
        "My girlfriend moved in last year and I want to put her name on the house with mine. There's still a mortgage "
        "on it with Nationwide. How does that work?",
        "/remortgage-and-transfer-of-equity/",
    ),
    (
        "We've just reserved a new house on an estate in Cringleford and the sales lady says we must exchange within "
        "28 days. Is that even doable??",
        "/new-build-and-right-to-buy/",
    ),
    (
        "I'm buying my council house. If I sell up in a couple of years do I have to pay anything back?",
        "/new-build-and-right-to-buy/",
    ),
    (
        "only 78 years left on the lease of my flat and the estate agent says that's bad news. can you extend it and "
        "roughly what would it cost me",
        "/leasehold-and-lease-extensions/",
    ),
    ("How much do you charge to sell a freehold house? It's on the market at about £280k.", "/conveyancing-fees/"),
    (
        "If our purchase falls through before we exchange, will we still have to pay your fee?",
        "/conveyancing-fees/",
    ),
    (
        "Buying a 1930s semi just off Earlham Road and someone at work said there are old mines under Norwich?! "
        "Is that something you check",
        "/searches-explained/",
    ),
    (
        "I'm buying a new place but keeping my current flat to rent out. Will I pay more stamp duty?",
        "/stamp-duty-guide/",
    ),
    ("What time will we actually get the keys on moving day", "/exchange-completion-and-timescales/"),
    (
        "How much deposit do we need to have ready when we exchange contracts?",
        "/exchange-completion-and-timescales/",
    ),
    (
        "My dad was told last month he has early dementia. Is it too late for him to sort out a power of attorney?",
        "/wills-and-lasting-powers-of-attorney/",
    ),
    (
        "My nan is in a care home out in Wymondham and can't really travel any more. Could one of you come out to her "
        "to do her will?",
        "/wills-and-lasting-powers-of-attorney/",
    ),
    (
        "my brother passed away in march and his will leaves everything to his partner of 6 months, nothing to his two "
        "kids. can they challenge it, is there a time limit",
        "/probate-and-estate-disputes/",
    ),
    (
        "I'm the executor for my aunt. I'm happy to do the legwork myself, I just need help getting probate. What "
        "would that cost?",
        "/probate-and-estate-disputes/",
    ),
    (
        "If I email over the details of my sale and purchase how soon will I hear back with a quote?",
        "/getting-a-quote/",
    ),
    (
        "Mum and dad are giving us £25,000 towards our deposit. What will you need from them?",
        "/id-checks-and-fraud-warning/",
    ),
    (
        "Just had an email that looks like its from you saying your bank account has changed and to send the balance "
        "to a new account - is this genuine?",
        "/id-checks-and-fraud-warning/",
    ),
    (
        "I'm not happy at all with how my sale was handled and want to make a formal complaint. who do I go to",
        "/complaints-and-regulation/",
    ),
    ("my mum is buying a flat and her english isnt great, does anyone there speak polish?", "/our-team/"),
    ("Where can I park when I come in to see you?", "/contact-us/"),
    ("My husband is in a wheelchair - is there step free access to your office?", "/contact-us/"),
    (
        "The house looks in great nick and the mortgage valuation was fine, do we honestly need a survey as well?",
        "/faqs/",
    ),
]

OUT_OF_SCOPE = [
    "Can you help me with an unfair dismissal claim against my employer?",
    "Do you take on legal aid cases?",
    "Can you recommend a good removals firm in Norwich for our move in June?",
    "What's the best fixed mortgage rate I can get at the moment?",
    "My fiancé and I want a prenup before the wedding, is that something you can draw up?",
    "I'm a landlord and my tenant has stopped paying rent. Can you serve an eviction notice for me?",
    "Is there anywhere decent to get lunch near your office?",
    "Did Norwich City win at the weekend?",
]
