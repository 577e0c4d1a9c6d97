"""An evaluation site: Lockwood & Sons, a family plumbing, heating and drainage company in Nottingham (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML is a WordPress Elementor build:
elementor-section / elementor-container / elementor-column / elementor-widget-wrap wrappers, text-editor and
icon-list widgets, an elementor-accordion and an elementor-toggle for questions, and elementor-price-table widgets.
"""

import itertools

NAME = "Lockwood & Sons Plumbing, Heating & Drainage"

_SITE = "Lockwood &amp; Sons"
_PHONE = "0115 496 0732"
_TEL = "tel:01154960732"

_ids = itertools.count(1)


def _eid():
    """An Elementor-looking element id (seven hex digits), deterministic."""
    return format((next(_ids) * 2654435761) % 0xFFFFFFF, "07x")


# ---------------------------------------------------------------- Elementor widgets


def _widget(kind, inner, extra=""):
    i = _eid()
    return (
        f'<div class="elementor-element elementor-element-{i} elementor-widget elementor-widget-{kind} {extra}" '
        f'data-id="{i}" data-element_type="widget" data-widget_type="{kind}.default">\n'
        f'<div class="elementor-widget-container">\n{inner}\n</div>\n</div>'
    )


def _heading(text, tag="h2"):
    return _widget("heading", f'<{tag} class="elementor-heading-title elementor-size-default">{text}</{tag}>')


def _text(html):
    return _widget("text-editor", html)


def _icon_list(items, icon="fas fa-check"):
    lis = "\n".join(
        '<li class="elementor-icon-list-item">'
        f'<span class="elementor-icon-list-icon"><i aria-hidden="true" class="{icon}"></i></span>'
        f'<span class="elementor-icon-list-text">{item}</span></li>'
        for item in items
    )
    return _widget("icon-list", f'<ul class="elementor-icon-list-items">\n{lis}\n</ul>')


def _link_list(links, icon="fas fa-angle-right"):
    lis = "\n".join(
        f'<li class="elementor-icon-list-item"><a href="{href}">'
        f'<span class="elementor-icon-list-icon"><i aria-hidden="true" class="{icon}"></i></span>'
        f'<span class="elementor-icon-list-text">{label}</span></a></li>'
        for label, href in links
    )
    return _widget("icon-list", f'<ul class="elementor-icon-list-items">\n{lis}\n</ul>')


def _button(label, href, size="md"):
    return _widget(
        "button",
        '<div class="elementor-button-wrapper">'
        f'<a class="elementor-button elementor-button-link elementor-size-{size}" '
        f'href="{href}"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">{label}'
        "</span></span></a></div>",
    )


def _price_table(title, sub, amount, period, features, note, href="/contact/", cta="Book now"):
    feats = "\n".join(
        f'<li class="elementor-repeater-item-{_eid()}"><div class="elementor-price-table__feature-inner">'
        f'<i aria-hidden="true" class="fas fa-check"></i><span>{f}</span></div></li>'
        for f in features
    )
    pounds, _, pence = amount.partition(".")
    inner = f"""<div class="elementor-price-table">
<div class="elementor-price-table__header">
<h3 class="elementor-price-table__heading">{title}</h3>
<span class="elementor-price-table__subheading">{sub}</span>
</div>
<div class="elementor-price-table__price">
<span class="elementor-price-table__currency">&pound;</span>
<span class="elementor-price-table__integer-part">{pounds}</span>
<div class="elementor-price-table__after-price"><span
 class="elementor-price-table__fractional-part">{pence}</span></div>
<span class="elementor-price-table__period elementor-typo-excluded">{period}</span>
</div>
<ul class="elementor-price-table__features-list">
{feats}
</ul>
<div class="elementor-price-table__footer">
<a class="elementor-price-table__button elementor-button elementor-size-md" href="{href}">{cta}</a>
<div class="elementor-price-table__additional_info"><p>{note}</p></div>
</div>
</div>"""
    return _widget("price-table", inner)


def _accordion(items):
    base = 1700 + next(_ids)
    parts = []
    for n, (q, a) in enumerate(items, 1):
        t = f"{base}{n}"
        parts.append(
            f"""<div class="elementor-accordion-item">
<div id="elementor-tab-title-{t}" class="elementor-tab-title" data-tab="{n}" role="button"
 aria-controls="elementor-tab-content-{t}" aria-expanded="false">
<span class="elementor-accordion-icon elementor-accordion-icon-left" aria-hidden="true">
<span class="elementor-accordion-icon-closed"><i class="fas fa-plus"></i></span>
<span class="elementor-accordion-icon-opened"><i class="fas fa-minus"></i></span></span>
<a class="elementor-accordion-title" tabindex="0">{q}</a>
</div>
<div id="elementor-tab-content-{t}" class="elementor-tab-content elementor-clearfix" data-tab="{n}" role="region"
 aria-labelledby="elementor-tab-title-{t}">{a}</div>
</div>"""
        )
    return _widget("accordion", '<div class="elementor-accordion">\n' + "\n".join(parts) + "\n</div>")


def _toggle(items):
    base = 2900 + next(_ids)
    parts = []
    for n, (q, a) in enumerate(items, 1):
        t = f"{base}{n}"
        parts.append(
            f"""<div class="elementor-toggle-item">
<div id="elementor-tab-title-{t}" class="elementor-tab-title" data-tab="{n}" role="button"
 aria-controls="elementor-tab-content-{t}" aria-expanded="false">
<span class="elementor-toggle-icon elementor-toggle-icon-right" aria-hidden="true">
<span class="elementor-toggle-icon-closed"><i class="fas fa-caret-down"></i></span>
<span class="elementor-toggle-icon-opened"><i class="elementor-toggle-icon-opened fas fa-caret-up"></i></span></span>
<a class="elementor-toggle-title" tabindex="0">{q}</a>
</div>
<div id="elementor-tab-content-{t}" class="elementor-tab-content elementor-clearfix" data-tab="{n}" role="region"
 aria-labelledby="elementor-tab-title-{t}">{a}</div>
</div>"""
        )
    return _widget("toggle", '<div class="elementor-toggle">\n' + "\n".join(parts) + "\n</div>")


def _testimonial(quote, name, where):
    return _widget(
        "testimonial",
        f"""<div class="elementor-testimonial-wrapper">
<div class="elementor-testimonial-content">{quote}</div>
<div class="elementor-testimonial-meta elementor-testimonial-image-position-aside">
<div class="elementor-testimonial-meta-inner">
<div class="elementor-testimonial-details">
<div class="elementor-testimonial-name">{name}</div>
<div class="elementor-testimonial-job">{where}</div>
</div></div></div>
<div class="elementor-star-rating" title="5/5" itemtype="http://schema.org/Rating" itemscope="">
<i class="elementor-star-full">&#xE934;</i><i class="elementor-star-full">&#xE934;</i>
<i class="elementor-star-full">&#xE934;</i><i class="elementor-star-full">&#xE934;</i>
<i class="elementor-star-full">&#xE934;</i> <span itemprop="ratingValue" class="elementor-screen-only">5/5</span>
</div>
</div>""",
    )


def _column(size, *widgets, extra=""):
    i = _eid()
    body = "\n".join(widgets)
    return (
        f'<div class="elementor-column elementor-col-{size} elementor-top-column elementor-element '
        f'elementor-element-{i} {extra}" data-id="{i}" data-element_type="column">\n'
        f'<div class="elementor-widget-wrap elementor-element-populated">\n{body}\n</div>\n</div>'
    )


def _section(*columns, extra="", bg=False):
    i = _eid()
    settings = ' data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"' if bg else ""
    body = "\n".join(columns)
    return (
        f'<section class="elementor-section elementor-top-section elementor-element elementor-element-{i} '
        f'elementor-section-boxed elementor-section-height-default {extra}" data-id="{i}" '
        f'data-element_type="section"{settings}>\n'
        f'<div class="elementor-container elementor-column-gap-default">\n{body}\n</div>\n</section>'
    )


# ---------------------------------------------------------------- header, menu, sidebar, footer

_MENU = [
    ("Home", "/", []),
    (
        "Emergencies 24/7",
        "/emergency-plumber/",
        [("Emergency Plumber", "/emergency-plumber/"), ("Before We Arrive", "/before-we-arrive/")],
    ),
    (
        "Heating &amp; Boilers",
        "/boiler-repair/",
        [
            ("Boiler Repair", "/boiler-repair/"),
            ("Boiler Servicing &amp; Gas Safety Certificates", "/boiler-servicing-gas-safety/"),
            ("New Boilers, Finance &amp; Warranties", "/new-boilers/"),
            ("Power Flushing", "/power-flushing/"),
            ("Radiators &amp; Underfloor Heating", "/radiators-underfloor-heating/"),
            ("Hot Water Cylinders &amp; Water Heaters", "/hot-water-cylinders/"),
        ],
    ),
    (
        "Plumbing &amp; Drains",
        "/drains/",
        [
            ("Blocked Drains &amp; CCTV Surveys", "/drains/"),
            ("Leak Detection", "/leak-detection/"),
            ("Bathroom Fitting", "/bathrooms/"),
        ],
    ),
    ("Prices", "/prices/", []),
    (
        "About",
        "/about-us/",
        [
            ("Meet the Family &amp; Team", "/about-us/"),
            ("Quotes &amp; Payment", "/quotes-and-payment/"),
            ("Guarantees &amp; Complaints", "/guarantees-and-complaints/"),
            ("FAQs", "/faq/"),
        ],
    ),
    ("Contact &amp; Areas", "/contact/", []),
]


def _menu_html(current, dropdown=False):
    items = []
    for label, href, subs in _MENU:
        mid = _eid()[-4:]
        tab = ' tabindex="-1"' if dropdown else ""
        cls = f"menu-item menu-item-type-post_type menu-item-object-page menu-item-{int(mid, 16) % 9000}"
        if href == current or any(h == current for _, h in subs):
            cls += " current-menu-ancestor current-menu-item"
        if subs:
            cls += " menu-item-has-children"
            sub = "\n".join(
                f'<li class="menu-item menu-item-type-post_type menu-item-object-page">'
                f'<a href="{h}" class="elementor-sub-item{" elementor-item-active" if h == current else ""}"'
                f"{tab}>{sl}</a></li>"
                for sl, h in subs
            )
            sub = f'<ul class="sub-menu elementor-nav-menu--dropdown mega-menu-columns">\n{sub}\n</ul>'
        else:
            sub = ""
        items.append(f'<li class="{cls}"><a href="{href}" class="elementor-item"{tab}>{label}</a>\n{sub}</li>')
    return "\n".join(items)


def _header(current):
    return f"""<div data-elementor-type="header" data-elementor-id="118" class="elementor elementor-118
 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-section-full_width lw-topbar"
 data-element_type="section">
<div class="elementor-container elementor-column-gap-no">
<div class="elementor-column elementor-col-50 elementor-top-column"><div class="elementor-widget-wrap">
<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p><i class="fas fa-shield-alt"></i> Gas Safe registered &middot; Family run in Nottingham since 1989</p>
</div></div></div></div>
<div class="elementor-column elementor-col-50 elementor-top-column"><div class="elementor-widget-wrap">
<div class="elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container">
<ul class="elementor-icon-list-items elementor-inline-items">
<li class="elementor-icon-list-item elementor-inline-item"><a href="{_TEL}"><span class="elementor-icon-list-icon">
<i class="fas fa-phone-alt"></i></span><span class="elementor-icon-list-text">{_PHONE}</span></a></li>
<li class="elementor-icon-list-item elementor-inline-item"><a href="mailto:hello@lockwoodplumbing.co.uk">
<span class="elementor-icon-list-icon"><i class="far fa-envelope"></i></span>
<span class="elementor-icon-list-text">hello@lockwoodplumbing.co.uk</span></a></li>
</ul></div></div></div></div>
</div></section>
<section class="elementor-section elementor-top-section elementor-section-boxed lw-mainheader elementor-sticky"
 data-element_type="section" data-settings="{{&quot;sticky&quot;:&quot;top&quot;}}">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-25 elementor-top-column"><div class="elementor-widget-wrap">
<div class="elementor-widget elementor-widget-theme-site-logo elementor-widget-image"><div
 class="elementor-widget-container">
<a href="/"><img width="260" height="72" src="/wp-content/uploads/2021/03/lockwood-sons-logo.png"
 class="attachment-full size-full" alt="Lockwood &amp; Sons Plumbing Heating Drainage logo"></a>
</div></div></div></div>
<div class="elementor-column elementor-col-50 elementor-top-column"><div class="elementor-widget-wrap">
<div class="elementor-widget elementor-widget-nav-menu elementor-nav-menu--dropdown-tablet"><div
 class="elementor-widget-container">
<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal
 e--pointer-underline"
 aria-label="Main menu">
<ul id="menu-1-main" class="elementor-nav-menu">
{_menu_html(current)}
</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false">
<i aria-hidden="true" class="eicon-menu-bar"></i><span class="elementor-screen-only">Menu</span></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true">
<ul id="menu-2-main" class="elementor-nav-menu">
{_menu_html(current, dropdown=True)}
</ul></nav>
</div></div></div></div>
<div class="elementor-column elementor-col-25 elementor-top-column"><div class="elementor-widget-wrap">
<div class="elementor-widget elementor-widget-button lw-header-cta"><div class="elementor-widget-container">
<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="{_TEL}">
<span class="elementor-button-text">24/7 Emergencies: {_PHONE}</span></a></div>
</div></div>
<div class="elementor-widget elementor-widget-button lw-header-book"><div class="elementor-widget-container">
<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm"
 href="/contact/">
<span class="elementor-button-text">Book an engineer</span></a></div>
</div></div>
</div></div>
</div></section>
</div>"""


def _banner(title, strap):
    return f"""<section class="elementor-section elementor-top-section elementor-section-full_width lw-page-banner"
 data-element_type="section" data-settings="{{&quot;background_background&quot;:&quot;classic&quot;}}">
<div class="elementor-background-overlay"></div>
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column"><div class="elementor-widget-wrap">
<div class="elementor-widget elementor-widget-theme-page-title elementor-page-title elementor-widget-heading">
<div class="elementor-widget-container"><h1 class="elementor-heading-title
 elementor-size-default">{title}</h1></div></div>
<div class="elementor-widget elementor-widget-text-editor lw-strapline"><div class="elementor-widget-container">
<p>{strap}</p></div></div>
<div class="elementor-widget elementor-widget-breadcrumbs"><div class="elementor-widget-container">
<p id="breadcrumbs"><span><span><a href="/">Home</a></span> &raquo; <span class="breadcrumb_last"
 aria-current="page">{title}</span></span></p>
</div></div>
</div></div>
</div></section>"""


def _sidebar():
    return _column(
        33,
        _heading("Need a plumber now?", "h4"),
        _text(
            f"<p>Burst pipe, no heating, drain backing up? Our emergency line is answered day and night by a "
            f'member of the family, not a call centre.</p><p><strong><a href="{_TEL}">{_PHONE}</a></strong></p>'
        ),
        _button("Book an engineer", "/contact/", "sm"),
        _heading("Our services", "h4"),
        _link_list(
            [
                ("Emergency plumber", "/emergency-plumber/"),
                ("Boiler repair", "/boiler-repair/"),
                ("Servicing &amp; gas safety", "/boiler-servicing-gas-safety/"),
                ("New boilers", "/new-boilers/"),
                ("Power flushing", "/power-flushing/"),
                ("Blocked drains", "/drains/"),
                ("Leak detection", "/leak-detection/"),
                ("Bathrooms", "/bathrooms/"),
            ]
        ),
        _testimonial(
            "&ldquo;Answered at 11pm, here by midnight, leak fixed and mopped up. Can't ask for more.&rdquo;",
            "Janet R.",
            "Carlton &middot; Google review",
        ),
        extra="lw-sidebar",
    )


def _footer():
    return f"""<div data-elementor-type="footer" data-elementor-id="131" class="elementor elementor-131
 elementor-location-footer">
<section class="elementor-section elementor-top-section elementor-section-boxed lw-footer-cta"
 data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-66 elementor-top-column"><div class="elementor-widget-wrap">
<div class="elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h3 class="elementor-heading-title elementor-size-default">Plumbing, heating or drain problem? Talk to the family.</h3>
</div></div></div></div>
<div class="elementor-column elementor-col-33 elementor-top-column"><div class="elementor-widget-wrap">
<div class="elementor-widget elementor-widget-button"><div class="elementor-widget-container">
<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-lg"
 href="/contact/">
<span class="elementor-button-text">Book now</span></a></div></div></div>
</div></div>
</div></section>
<section class="elementor-section elementor-top-section elementor-section-boxed lw-footer" data-element_type="section">
<div class="elementor-container elementor-column-gap-wide">
<div class="elementor-column elementor-col-25 elementor-top-column"><div class="elementor-widget-wrap">
<div class="elementor-widget elementor-widget-image"><div class="elementor-widget-container">
<img src="/wp-content/uploads/2021/03/lockwood-sons-logo-white.png" alt="Lockwood &amp; Sons" width="200" height="56">
</div></div>
<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>Lockwood &amp; Sons Plumbing, Heating &amp; Drainage Ltd<br>Unit 7, Lenton Lane Industrial Estate<br>
Nottingham NG7 2PW</p>
<p>Gas Safe Register no. 512784</p>
</div></div></div></div>
<div class="elementor-column elementor-col-25 elementor-top-column"><div class="elementor-widget-wrap">
<div class="elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h4 class="elementor-heading-title">Get in touch</h4></div></div>
<div class="elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container">
<ul class="elementor-icon-list-items">
<li class="elementor-icon-list-item"><a href="{_TEL}"><span class="elementor-icon-list-icon"><i class="fas
 fa-phone-alt"></i>
</span><span class="elementor-icon-list-text">{_PHONE}</span></a></li>
<li class="elementor-icon-list-item"><a href="mailto:hello@lockwoodplumbing.co.uk"><span
 class="elementor-icon-list-icon">
<i class="far fa-envelope"></i></span><span
 class="elementor-icon-list-text">hello@lockwoodplumbing.co.uk</span></a></li>
<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i class="far fa-clock"></i></span>
<span class="elementor-icon-list-text">Office: Mon&ndash;Fri 8am&ndash;5.30pm, Sat 9am&ndash;1pm<br>
Emergency line: 24 hours, 365 days</span></li>
</ul></div></div>
</div></div>
<div class="elementor-column elementor-col-25 elementor-top-column"><div class="elementor-widget-wrap">
<div class="elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h4 class="elementor-heading-title">Services</h4></div></div>
<div class="elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container">
<ul class="elementor-icon-list-items">
<li class="elementor-icon-list-item"><a href="/emergency-plumber/">Emergency plumber</a></li>
<li class="elementor-icon-list-item"><a href="/boiler-repair/">Boiler repair</a></li>
<li class="elementor-icon-list-item"><a href="/boiler-servicing-gas-safety/">Servicing &amp; CP12</a></li>
<li class="elementor-icon-list-item"><a href="/new-boilers/">New boilers</a></li>
<li class="elementor-icon-list-item"><a href="/power-flushing/">Power flushing</a></li>
<li class="elementor-icon-list-item"><a href="/radiators-underfloor-heating/">Radiators &amp; underfloor</a></li>
<li class="elementor-icon-list-item"><a href="/hot-water-cylinders/">Cylinders &amp; water heaters</a></li>
<li class="elementor-icon-list-item"><a href="/leak-detection/">Leak detection</a></li>
<li class="elementor-icon-list-item"><a href="/drains/">Drains &amp; CCTV</a></li>
<li class="elementor-icon-list-item"><a href="/bathrooms/">Bathrooms</a></li>
</ul></div></div>
</div></div>
<div class="elementor-column elementor-col-25 elementor-top-column"><div class="elementor-widget-wrap">
<div class="elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h4 class="elementor-heading-title">Useful links</h4></div></div>
<div class="elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container">
<ul class="elementor-icon-list-items">
<li class="elementor-icon-list-item"><a href="/prices/">Prices</a></li>
<li class="elementor-icon-list-item"><a href="/before-we-arrive/">Before we arrive</a></li>
<li class="elementor-icon-list-item"><a href="/quotes-and-payment/">Quotes &amp; payment</a></li>
<li class="elementor-icon-list-item"><a href="/guarantees-and-complaints/">Guarantees &amp; complaints</a></li>
<li class="elementor-icon-list-item"><a href="/faq/">FAQs</a></li>
<li class="elementor-icon-list-item"><a href="/about-us/">About us</a></li>
<li class="elementor-icon-list-item"><a href="/contact/">Contact &amp; areas</a></li>
</ul></div></div>
<div class="elementor-widget elementor-widget-social-icons"><div class="elementor-widget-container">
<div class="elementor-social-icons-wrapper elementor-grid">
<span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon elementor-social-icon-facebook"
 href="https://www.facebook.com/lockwoodandsonsnottingham" target="_blank"><i class="fab fa-facebook"></i></a></span>
<span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon elementor-social-icon-instagram"
 href="https://www.instagram.com/lockwood_plumbing_ntm/" target="_blank"><i class="fab fa-instagram"></i></a></span>
<span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon elementor-social-icon-google"
 href="https://g.page/lockwood-sons-nottingham" target="_blank"><i class="fab fa-google"></i></a></span>
</div></div></div>
</div></div>
</div></section>
<section class="elementor-section elementor-top-section elementor-section-boxed lw-copyright"
 data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100">
<div class="elementor-widget-wrap"><div class="elementor-widget elementor-widget-text-editor">
<div class="elementor-widget-container">
<p>&copy; 2024 Lockwood &amp; Sons Plumbing, Heating &amp; Drainage Ltd. Registered in England no. 04417263.
VAT no. GB 812 4471 06. Website by Sherwood Web Studio.</p>
</div></div></div></div></div></section>
</div>"""


_COOKIE = """<div id="cookie-law-info-bar" data-nosnippet="true" class="cky-consent-container cky-banner-bottom">
<div class="cky-consent-bar"><div class="cky-notice">
<p class="cky-title">We value your privacy</p>
<div class="cky-notice-des"><p>We use cookies to see how visitors use our site and to improve it. Click
&ldquo;Accept All&rdquo; to consent, or &ldquo;Customise&rdquo; to choose.</p></div>
<div class="cky-notice-btn-wrapper">
<button class="cky-btn cky-btn-customize" aria-label="Customise">Customise</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All">Reject All</button>
<button class="cky-btn cky-btn-accept" aria-label="Accept All">Accept All</button>
</div></div></div></div>"""

_ANALYTICS = """<script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date());
gtag('config', 'G-7QX2LKD9PB', {'anonymize_ip': true});
</script>"""


def _page(path, title, description, page_id, strap, sections, sidebar=False):
    """Wrap the page's Elementor sections in the shared head, header, banner and footer."""
    if sidebar:
        main = _column(66, *sections, extra="lw-main")
        content = _section(main, _sidebar(), extra="lw-with-sidebar")
    else:
        content = "\n".join(sections)
    body_class = "home page-template-default" if path == "/" else "page-template-default"
    canonical = "https://www.lockwoodplumbing.co.uk" + path
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {_SITE}</title>
<!-- This site is optimized with the Yoast SEO plugin v21.7 -->
<meta name="description" content="{description}">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{canonical}">
<meta property="og:locale" content="en_GB">
<meta property="og:type" content="website">
<meta property="og:title" content="{title} | {_SITE}">
<meta property="og:description" content="{description}">
<meta property="og:site_name" content="{_SITE}">
<!-- / Yoast SEO plugin. -->
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=2.9.0"
 media="all">
<link rel="stylesheet" id="elementor-frontend-css"
 href="/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=3.18.3" media="all">
<link rel="stylesheet" id="elementor-pro-css"
 href="/wp-content/plugins/elementor-pro/assets/css/frontend-lite.min.css?ver=3.18.2" media="all">
<link rel="stylesheet" id="elementor-post-{page_id}-css"
 href="/wp-content/uploads/elementor/css/post-{page_id}.css?ver=1712056311" media="all">
<link rel="stylesheet" id="font-awesome-css"
 href="/wp-content/plugins/elementor/assets/lib/font-awesome/css/all.min.css?ver=5.15.3" media="all">
<link rel="icon" href="/wp-content/uploads/2021/03/cropped-lw-icon-32x32.png" sizes="32x32">
{_ANALYTICS}
</head>
<body class="{body_class} page page-id-{page_id} wp-custom-logo elementor-default elementor-kit-6 elementor-page
 elementor-page-{page_id}">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
{_header(path)}
<main id="content" class="site-main post-{page_id} page type-page status-publish">
<div class="page-content">
{"" if path == "/" else _banner(title, strap)}
<div data-elementor-type="wp-page" data-elementor-id="{page_id}" class="elementor elementor-{page_id}">
{content}
</div>
</div>
</main>
{_footer()}
{_COOKIE}
</body>
</html>
"""


# ---------------------------------------------------------------- the pages

_HOME = [
    _section(
        _column(
            60,
            _heading("Nottingham's family plumbers, heating engineers and drain specialists", "h1"),
            _text(
                "<p>Three generations of the Lockwood family have been fixing Nottingham's pipes, boilers and "
                "drains since 1989. Whether it's a dripping tap, a boiler that won't fire or a drain backing up "
                "into the garden, you'll speak to a real person and get a proper engineer at your door.</p>"
            ),
            _button("Book an engineer", "/contact/", "lg"),
            _button("See our prices", "/prices/", "lg"),
        ),
        _column(
            40,
            _widget(
                "image",
                '<img src="/wp-content/uploads/2022/06/lockwood-van-and-team.jpg" width="640" height="480" '
                'alt="The Lockwood &amp; Sons team with their vans">',
            ),
        ),
        extra="lw-hero",
        bg=True,
    ),
    _section(
        _column(
            33,
            _heading("Heating &amp; boilers", "h3"),
            _text(
                "<p>Breakdowns on all the major makes, annual servicing, landlord gas safety certificates and "
                "new boiler installations with a free survey.</p>"
                '<p><a href="/boiler-repair/">Boiler repair</a> &middot; '
                '<a href="/boiler-servicing-gas-safety/">Servicing</a> &middot; '
                '<a href="/new-boilers/">New boilers</a></p>'
            ),
        ),
        _column(
            33,
            _heading("Plumbing &amp; bathrooms", "h3"),
            _text(
                "<p>From washers and ballcocks to complete bathroom refits, hidden leak detection and hot water "
                "cylinders, there's no job too small.</p>"
                '<p><a href="/leak-detection/">Leak detection</a> &middot; <a href="/bathrooms/">Bathrooms</a> '
                '&middot; <a href="/hot-water-cylinders/">Cylinders</a></p>'
            ),
        ),
        _column(
            33,
            _heading("Drains", "h3"),
            _text(
                "<p>Our own jetting van and CCTV camera kit, operated by trained drainage engineers, not a plumber "
                'with a set of rods.</p><p><a href="/drains/">Blocked drains &amp; CCTV surveys</a></p>'
            ),
        ),
        extra="lw-services",
    ),
    _section(
        _column(
            50,
            _heading("Why Nottingham families choose us", "h2"),
            _icon_list(
                [
                    "Family owned and run, not a franchise or a national call centre",
                    "Gas Safe registered heating engineers",
                    "Our own directly employed engineers in liveried vans",
                    "Heating, plumbing and drainage under one roof",
                    "Emergency line staffed 24 hours a day",
                    "Over 1,100 five-star reviews on Google",
                ]
            ),
        ),
        _column(
            50,
            _heading("What our customers say", "h2"),
            _testimonial(
                "&ldquo;Dan replaced our old back boiler with a new combi. Explained everything, tidy job, and the "
                "price was exactly what we were quoted.&rdquo;",
                "Mark &amp; Lisa T.",
                "West Bridgford",
            ),
            _testimonial(
                "&ldquo;Tom and Priya found the root that had been blocking our drain for years and showed us the "
                "camera footage. Brilliant.&rdquo;",
                "Harjinder S.",
                "Beeston",
            ),
            _testimonial(
                "&ldquo;I manage 14 rented houses and Lockwoods have done all my gas certificates for six years. "
                "Never missed one.&rdquo;",
                "Paul W.",
                "Letting agent, Sherwood",
            ),
        ),
        extra="lw-why",
        bg=True,
    ),
    _section(
        _column(
            100,
            _heading("Something leaking right now?", "h2"),
            _text(
                '<p>Ring our emergency line and read our <a href="/before-we-arrive/">advice on what to do before '
                'we arrive</a>, or see <a href="/emergency-plumber/">what we treat as an emergency</a>.</p>'
            ),
            _button("Call " + _PHONE, _TEL, "lg"),
        ),
        extra="lw-cta-band",
        bg=True,
    ),
]

_EMERGENCY = [
    _section(
        _column(
            100,
            _heading("24/7 emergency plumber in Nottingham", "h2"),
            _text(
                "<p>Our emergency line is answered around the clock, every day of the year, by one of the family "
                "or our on-call engineer. We keep two engineers on call every night and weekend, one for heating "
                "and plumbing and one for drains.</p>"
                "<h3>How quickly can you get here?</h3>"
                "<p>For a genuine emergency we aim to be with you <strong>within 90 minutes</strong> anywhere in "
                "NG1 to NG11, and within two hours in the outer NG postcodes. On a busy freezing night in January "
                "it can take longer, and we'll always give you an honest arrival time when you call rather than "
                "promise something we can't do.</p>"
            ),
        )
    ),
    _section(
        _column(
            100,
            _heading("What counts as an emergency?", "h2"),
            _text(
                "<p>We treat a job as an emergency when there's a risk to your safety, your health or real damage "
                "to your home. Click each heading to see what we mean.</p>"
            ),
            _toggle(
                [
                    (
                        "We WILL come out straight away for&hellip;",
                        "<ul><li>a burst or split pipe, or any leak you can't stop or contain</li>"
                        "<li>water coming through a ceiling or near electrics</li>"
                        "<li>sewage or dirty water backing up into the house, or an overflowing manhole</li>"
                        "<li>your only toilet blocked or unusable</li>"
                        "<li>a leaking or hissing unvented hot water cylinder</li>"
                        "<li>no heating or hot water for a vulnerable household (see below)</li></ul>",
                    ),
                    (
                        "It can usually wait for the next working day if&hellip;",
                        "<ul><li>a tap or outside tap is dripping, or a toilet keeps running into the pan</li>"
                        "<li>a bath, basin or shower is slow to drain</li>"
                        "<li>one radiator isn't warming up</li>"
                        "<li>the boiler is noisy but still working</li>"
                        "<li>the heating is off but you have hot water, or other ways to keep warm</li></ul>"
                        "<p>Ring the emergency line anyway if you're not sure. We'll give you free advice over the "
                        "phone and, if it can wait, book you in for the next working day at our standard daytime "
                        "rate instead of the out-of-hours rate.</p>",
                    ),
                    (
                        "Vulnerable customers come first",
                        "<p>Between October and April we give priority to households where someone is aged 75 or "
                        "over, there's a baby under 12 months, or someone has a medical condition that cold makes "
                        "worse. If their heating or hot water fails we treat it as an emergency and aim to attend "
                        "the same day, and we can lend a free oil-filled electric heater until the boiler is "
                        "fixed. Just tell us when you ring.</p>",
                    ),
                    (
                        "Smell gas?",
                        "<p>We are not the gas emergency service. Follow the steps on our "
                        '<a href="/before-we-arrive/">Before We Arrive</a> page first.</p>',
                    ),
                ]
            ),
        ),
        bg=True,
    ),
    _section(
        _column(
            50,
            _heading("While you wait", "h3"),
            _text(
                "<p>There's a lot you can do to limit the damage before our engineer gets there. Our "
                '<a href="/before-we-arrive/">Before We Arrive</a> page walks you through it.</p>'
            ),
        ),
        _column(
            50,
            _heading("Out-of-hours charges", "h3"),
            _text(
                '<p>Our evening, night, weekend and bank holiday rates are all on the <a href="/prices/">prices '
                "page</a>. The engineer will confirm the charge before starting work.</p>"
            ),
            _button("Call the emergency line", _TEL),
        ),
    ),
]

_BEFORE = [
    _heading("Turning off your water: finding the stopcock", "h2"),
    _text(
        "<p>The quickest way to stop a leak doing damage is to turn off the water at the internal stopcock. "
        "In most Nottingham houses you'll find it:</p>"
        "<ul><li>under the kitchen sink, usually at the back behind the bottles</li>"
        "<li>in the downstairs toilet or utility room</li>"
        "<li>under the stairs or by the front door, where the supply pipe comes up through the floor</li>"
        "<li>in a garage, on older semis</li>"
        "<li>in flats, often in a hallway or airing cupboard, or a communal riser cupboard</li></ul>"
        "<p>Turn it <strong>clockwise</strong> until it stops. If it's seized, don't force it with a wrench: "
        "an old stopcock can snap. Instead use the outside stop tap, under a small metal or plastic cover in "
        "the pavement or front path, which needs a long stop-tap key (most DIY shops sell them for under "
        "&pound;10).</p><p>Once the water's off, open the cold taps downstairs to drain the pipes, and turn "
        "off the boiler and any immersion heater.</p>"
    ),
    _heading("Water near electrics", "h2"),
    _text(
        "<p>If water is dripping through a light fitting or onto sockets, don't touch them. If the consumer "
        "unit (fuse box) is dry and you can reach it without standing in water, switch off the main switch. "
        "If the consumer unit itself is wet, keep away from it and ring us or an electrician.</p>"
    ),
    _heading("If you smell gas", "h2"),
    _text(
        "<ol><li>Open doors and windows.</li><li>Don't use light switches, doorbells or anything that could "
        "make a spark, and don't smoke.</li><li>Turn off the gas at the meter: move the lever so it's at right "
        "angles to the pipe.</li><li>Leave the property and call the National Gas Emergency Service on "
        '<a href="tel:0800111999">0800 111 999</a>. The call is free, 24 hours a day.</li></ol>'
        "<p>Their engineer will make the supply safe; once they have, ring us to repair the appliance or "
        "pipework.</p>"
    ),
    _heading("Helping our engineer", "h2"),
    _icon_list(
        [
            "Catch drips in buckets and move furniture and rugs out of the way",
            "Take photos of any damage for your insurer before you start clearing up",
            "Clear the way to the boiler, stopcock or manhole",
            "Move a car off the drive if the drain cover is underneath it",
            "Put pets in another room",
        ]
    ),
]

_PRICES = [
    _heading("Labour rates: no hidden call-out fee", "h2"),
    _text(
        "<p>We don't charge a separate call-out fee. Instead, the first-hour charge covers the engineer "
        "travelling to you and the first 60 minutes on site. After that we charge in 30-minute blocks at the "
        "hourly rate for the time of day. All prices include VAT at 20%.</p>"
    ),
    _section(
        _column(
            50,
            _price_table(
                "Standard daytime",
                "Monday to Friday, 8am&ndash;6pm",
                "75",
                "first hour",
                ["Then &pound;60 per hour", "Charged in 30-minute blocks", "Most van-stock parts fitted same visit"],
                "Planned work and non-urgent repairs",
            ),
        ),
        _column(
            50,
            _price_table(
                "Evenings &amp; Saturdays",
                "Mon&ndash;Fri 6pm&ndash;10pm, Saturday 8am&ndash;6pm",
                "110",
                "first hour",
                ["Then &pound;85 per hour", "Charged in 30-minute blocks", "Same engineers, same van stock"],
                "Rate confirmed before work starts",
                href=_TEL,
                cta="Call now",
            ),
        ),
    ),
    _section(
        _column(
            50,
            _price_table(
                "Nights, Sundays &amp; bank holidays",
                "10pm&ndash;8am any day, all day Sunday and bank holidays",
                "145",
                "first hour",
                ["Then &pound;110 per hour", "Charged in 30-minute blocks", "Emergency attendance"],
                "Rate confirmed before work starts",
                href=_TEL,
                cta="Call now",
            ),
        ),
        _column(
            50,
            _price_table(
                "Christmas &amp; New Year",
                "25 &amp; 26 December and 1 January",
                "195",
                "first hour",
                ["Then &pound;150 per hour", "Emergencies only"],
                "Rate confirmed before work starts",
                href=_TEL,
                cta="Call now",
            ),
        ),
    ),
    _heading("Fixed-price small jobs (daytime)", "h2"),
    _text(
        '<table class="lw-price-table"><thead><tr><th>Job</th><th>Price</th></tr></thead><tbody>'
        "<tr><td>Replace kitchen or basin mixer tap (you supply the tap)</td><td>&pound;95</td></tr>"
        "<tr><td>Fit a new outside tap with isolating valve, tap included</td><td>&pound;145</td></tr>"
        "<tr><td>Replace toilet fill valve or flush valve, part included</td><td>&pound;120</td></tr>"
        "<tr><td>Plumb in a washing machine or dishwasher (supply already nearby)</td><td>&pound;90</td></tr>"
        "<tr><td>Replace a shower mixer cartridge (cartridge extra)</td><td>&pound;85</td></tr>"
        "<tr><td>Fit a pressure-reducing valve on the incoming main</td><td>&pound;175</td></tr>"
        "</tbody></table>"
        "<p>Parts used on hourly jobs are charged at the supplier's list price. Prices for boiler work, drains, "
        "leak detection and other services are on each service page.</p>"
    ),
]

_BOILER_REPAIR = [
    _heading("Boiler breakdowns fixed, all major makes", "h2"),
    _text(
        "<p>Our Gas Safe engineers repair gas boilers from Worcester Bosch, Vaillant, Ideal, Baxi, Viessmann, "
        "Glow-worm, Potterton, Main, Alpha and Vokera, combi, system and regular (heat-only). We don't work on "
        "oil or LPG boilers.</p>"
        "<p>Our vans carry the parts that fail most often (fans, diverter valves, PCBs for popular models, "
        "ignition leads, pumps and pressure sensors) so around eight in ten breakdowns are fixed on the first "
        "visit. If a part has to be ordered it usually arrives the next working day. Repairs are charged at our "
        'hourly <a href="/prices/">labour rates</a> plus parts.</p>'
    ),
    _heading("Fault codes", "h2"),
    _text(
        "<p>Tell us the make and the code on the display when you ring: it helps us bring the right part. "
        "Some we see every week:</p>"
        "<ul><li><strong>Vaillant F28 / F29</strong>: the boiler tried to light and failed. Check your gas is "
        "on (does the hob work? is there credit on a prepayment meter?), then reset once. If it comes back, "
        "book us: it's often the ignition electrode, gas valve or a frozen condensate pipe.</li>"
        "<li><strong>Worcester EA 227</strong>: no flame detected, similar causes.</li>"
        "<li><strong>Ideal F1 / Baxi E119</strong>: low water pressure (see below).</li></ul>"
        "<p>In freezing weather, a boiler that locks out is very often a frozen condensate pipe outside. Pour "
        "warm (not boiling) water along the plastic pipe, then reset.</p>"
    ),
    _heading("Pressure keeps dropping?", "h2"),
    _text(
        "<p>A sealed system should sit at about 1 to 1.5 bar when cold. Topping up now and then is normal, but "
        "if you're refilling every few days the water is escaping somewhere: a weeping radiator valve, a leak "
        "under the floor, a failed pressure relief valve (look for a drip from the copper pipe outside) or a "
        "flat expansion vessel. Don't keep topping up for weeks, as fresh water brings in oxygen that corrodes "
        "the system. We'll test the expansion vessel and relief valve and trace the loss.</p>"
    ),
    _heading("Is it worth repairing an old boiler?", "h2"),
    _text(
        "<p>For boilers over about 15 years old some parts are no longer made. If that's the case we'll tell "
        "you straight, give you a written quote for a replacement, and if you go ahead within 30 days we'll "
        "knock the cost of the repair visit off your new boiler.</p>"
    ),
    _button("Book a boiler repair", "/contact/"),
]

_SERVICING = [
    _heading("Annual boiler servicing", "h2"),
    _text(
        "<p>Boiler manufacturers require a service every 12 months to keep the warranty valid, and a serviced "
        "boiler is safer, cheaper to run and less likely to let you down in the first cold snap. A Lockwood "
        "service takes about 45 minutes to an hour and includes:</p>"
        "<ul><li>a flue gas analysis to check the boiler is burning safely and efficiently</li>"
        "<li>checking gas pressure, flue, seals and ventilation</li>"
        "<li>opening the boiler to clean and inspect the burner, heat exchanger and condensate trap</li>"
        "<li>checking system pressure, expansion vessel and the magnetic filter, which we clean out</li>"
        "<li>a test of your carbon monoxide alarm</li>"
        "<li>a written service record, emailed the same day</li></ul>"
        "<p>We'll text you a reminder 11 months after your service so you never miss one.</p>"
    ),
    _section(
        _column(
            33,
            _price_table(
                "Boiler service",
                "Any gas boiler",
                "85",
                "per visit",
                ["Full strip-down service", "Flue gas analysis", "Filter cleaned"],
                "Includes VAT",
            ),
        ),
        _column(
            33,
            _price_table(
                "Landlord gas safety certificate",
                "CP12, boiler only",
                "70",
                "per property",
                [
                    "Certificate emailed same day",
                    "Each extra gas appliance +&pound;15",
                    "We arrange access with tenants",
                ],
                "Includes VAT",
            ),
        ),
        _column(
            33,
            _price_table(
                "Service + certificate",
                "Landlords: both in one visit",
                "110",
                "per property",
                ["Boiler service", "CP12 certificate", "Save &pound;45"],
                "Includes VAT",
            ),
        ),
    ),
    _heading("Landlords", "h2"),
    _text(
        "<p>By law a landlord must have every gas appliance in a rented home checked by a Gas Safe registered "
        "engineer every 12 months, and give tenants a copy of the record within 28 days. We keep your dates on "
        "file, contact your tenants directly to arrange access, and email the certificate to you (and your "
        "agent if you like) the same day. Landlords and agents with five or more properties on our books get "
        "10% off every certificate and service.</p>"
    ),
]

_NEW_BOILERS = [
    _heading("New boiler installation", "h2"),
    _text(
        "<p>Every new boiler starts with a free, no-obligation survey at your home. Dan or one of our senior "
        "heating engineers will look at your pipework, flue route, gas supply and how much hot water your "
        "household uses, then send a fixed written price within two working days. The price you're quoted is "
        "the price you pay.</p>"
        "<p>We're Worcester Bosch Accredited Installers, Vaillant Advance installers and Ideal Max Installers. "
        "Every installation includes a magnetic system filter, a chemical clean of the system, a new "
        "programmable thermostat and registration with Gas Safe and the manufacturer.</p>"
    ),
    _text(
        '<table class="lw-price-table"><thead><tr><th>Typical job</th><th>From</th></tr></thead><tbody>'
        "<tr><td>Combi to combi swap, Ideal Logic Max 30kW</td><td>&pound;2,195</td></tr>"
        "<tr><td>Combi to combi swap, Worcester Bosch Greenstar 4000</td><td>&pound;2,695</td></tr>"
        "<tr><td>Combi to combi swap, Vaillant ecoTEC plus</td><td>&pound;2,745</td></tr>"
        "<tr><td>System or regular boiler to combi conversion</td><td>&pound;3,450</td></tr>"
        "<tr><td>Back boiler removal and new combi</td><td>&pound;3,950</td></tr>"
        "</tbody></table>"
    ),
    _heading("How long does it take?", "h2"),
    _text(
        "<p>A straight swap of one combi for another, in the same place, is done in <strong>one day</strong>: "
        "you'll be without heating and hot water from about 8.30am until late afternoon. Moving the boiler to "
        "a new spot or converting a system with tanks to a combi takes two to three days, and we'll leave you "
        "with working hot water each night wherever we can.</p>"
    ),
    _heading("Finance: spread the cost", "h2"),
    _text(
        "<p>We're a credit broker, not a lender, and offer finance through our lending partner, subject to "
        "status:</p><ul><li><strong>0% interest over 12 months</strong> with a 10% deposit</li>"
        "<li>or spread the cost over <strong>2 to 10 years</strong> at 9.9% APR representative</li></ul>"
        "<p>Example: a &pound;2,695 boiler over 5 years at 9.9% APR is 60 monthly payments of &pound;56.51, "
        "total payable &pound;3,390.60. You must be 18 or over, live in the UK and have a regular income "
        "(pensions count). The application takes about ten minutes online and you usually get an answer "
        "straight away.</p>"
    ),
    _heading("Warranties", "h2"),
    _text(
        "<p>Because we're accredited, our boilers come with longer manufacturer warranties than you'd get from "
        "a non-accredited installer: <strong>10 years</strong> on the Worcester Bosch Greenstar 4000, "
        "<strong>12 years</strong> on the Greenstar 8000, <strong>10 years</strong> on Vaillant ecoTEC plus "
        "and <strong>10 years</strong> on the Ideal Logic Max. The warranty covers parts and labour, and "
        "stays valid as long as the boiler is serviced every year by a Gas Safe engineer and the filter stays "
        "fitted.</p>"
    ),
    _button("Book a free survey", "/contact/"),
]

_POWER_FLUSH = [
    _heading("Power flushing your central heating", "h2"),
    _text(
        "<p>Over the years, rust and limescale build up inside radiators and pipes as a black sludge called "
        "magnetite. It settles at the bottom of radiators and clogs the boiler's heat exchanger, so your "
        "heating takes longer to warm up and costs more to run.</p>"
    ),
    _heading("Signs you need one", "h3"),
    _icon_list(
        [
            "Radiators warm at the top but cold at the bottom or in the middle",
            "Dark brown or black water when you bleed a radiator",
            "Boiler making a kettle-like rumbling or banging noise",
            "Radiators needing bleeding again and again",
            "A new boiler is going in on an old system",
        ]
    ),
    _heading("What happens on the day", "h3"),
    _text(
        "<p>We connect a power-flushing pump to your system, usually where the pump or a radiator sits, and "
        "push cleaning chemicals round at high flow while we work on each radiator in turn, tapping and "
        "isolating it to shift the sludge. We keep going until the water runs clear, then refill with an "
        "inhibitor to protect the system. A typical house takes five to eight hours; the heating is off for "
        "that time but you can still use the taps.</p>"
        "<p>On very old systems with thin or corroded pipes we'll do a pressure check first and tell you "
        "honestly if flushing is likely to expose weak points.</p>"
    ),
    _section(
        _column(
            33,
            _price_table("Up to 8 radiators", "Flats and smaller houses", "395", "fixed", ["Inhibitor included"], ""),
        ),
        _column(
            33,
            _price_table("9 to 12 radiators", "Most 3-bed houses", "465", "fixed", ["Inhibitor included"], ""),
        ),
        _column(
            33,
            _price_table(
                "13 to 16 radiators",
                "Larger homes",
                "535",
                "fixed",
                ["Inhibitor included", "Extra radiators &pound;25 each"],
                "",
            ),
        ),
    ),
    _text(
        "<p>Add a magnetic filter at the same visit for &pound;145 fitted, which keeps catching sludge after we've "
        "gone.</p>"
    ),
]

_RADIATORS = [
    _heading("Radiators", "h2"),
    _text(
        "<p>We replace tired or leaking radiators, fit larger ones to rooms that never get warm, and supply "
        "and fit designer, column and towel radiators. If a radiator is cold at the top but warm lower down, "
        "it has air in it and usually just needs bleeding, which you can do yourself with a radiator "
        "key.</p>"
    ),
    _text(
        '<table class="lw-price-table"><thead><tr><th>Radiator work</th><th>Price</th></tr></thead><tbody>'
        "<tr><td>Replace a standard radiator like-for-like (up to 1200mm), radiator included</td>"
        "<td>&pound;165</td></tr>"
        "<tr><td>Move a radiator to another wall in the same room</td><td>from &pound;245</td></tr>"
        "<tr><td>Thermostatic radiator valves, supplied and fitted</td><td>&pound;45 per radiator</td></tr>"
        "<tr><td>Balancing the whole system so every room heats evenly</td><td>&pound;95</td></tr>"
        "<tr><td>Designer and column radiators</td><td>quoted</td></tr>"
        "</tbody></table>"
    ),
    _heading("Underfloor heating", "h2"),
    _text(
        "<p>Underfloor heating gives an even warmth with no radiators on the walls, and it's ideal for kitchen "
        "extensions, garden rooms and open-plan ground floors.</p>"
        "<p><strong>Wet (water) systems</strong> run off your boiler. Pipes are laid in the floor and fed from "
        "a manifold with a thermostat in each zone. For an extension we need to be on site before the screed "
        "goes down, so bring us in early and we'll work to your builder's programme. Wet underfloor heating "
        "for a single-room extension starts from &pound;1,850, including manifold and thermostat.</p>"
        "<p><strong>Electric mats</strong> suit a bathroom or small room where running pipes isn't practical. "
        "We lay the mat, and our partner NICEIC electrician makes the connection and certifies it. From "
        "&pound;450 for a small room.</p>"
    ),
    _button("Ask for a quote", "/contact/"),
]

_LEAK = [
    _heading("Hidden leak detection", "h2"),
    _text(
        "<p>Not every leak drips where you can see it. Water can escape from a pipe under a floor, inside a "
        "wall or in the supply pipe under your garden for months before it shows. Signs to look out for:</p>"
        "<ul><li>your water bill has jumped for no obvious reason</li>"
        "<li>the water meter keeps turning when every tap is off</li>"
        "<li>damp patches, lifting floorboards or mould that keep coming back</li>"
        "<li>the sound of running water when nothing is on</li>"
        "<li>a warm patch on a floor, which can mean a leaking heating pipe</li></ul>"
    ),
    _heading("How we find it, without ripping your house apart", "h2"),
    _text(
        "<p>Our leak detection engineer uses thermal imaging cameras, acoustic listening equipment, tracer gas "
        "(a safe hydrogen and nitrogen mix that escapes through the smallest hole) and moisture mapping to pin "
        "the leak down to a small area. We then lift one board or open up one small section rather than "
        "trial-and-error digging.</p>"
    ),
    _section(
        _column(
            50,
            _price_table(
                "Leak detection visit",
                "Up to 3 hours on site",
                "295",
                "fixed",
                ["Thermal imaging &amp; acoustic", "Written report with photos", "Repair quoted on the spot"],
                "Extra time at the daytime hourly rate",
            ),
        ),
        _column(
            50,
            _heading("Insurance and your water bill", "h3"),
            _text(
                "<p>Many home insurance policies include <em>trace and access</em> cover, which pays for "
                "finding a hidden leak and opening up to reach it. Check your policy or ring your insurer "
                "before we come. Our written report is set out the way insurers ask for, and you claim "
                "back from them.</p>"
                "<p>If you're on a water meter, Severn Trent may give a one-off leak allowance on your bill "
                "once the leak is repaired. We'll give you the invoice and report you need to apply.</p>"
            ),
        ),
    ),
]

_DRAINS = [
    _heading("Blocked drains cleared, fast", "h2"),
    _text(
        "<p>Gurgling toilets, water rising in the shower tray, a bad smell outside or a manhole cover lifting "
        "with waste: these all point to a blocked drain. Our drainage engineers, led by Tom Lockwood, clear "
        "blockages with high-pressure water jetting from our own jetting van, or with rods where that's "
        "quicker. Most external blockages are cleared in under an hour.</p>"
        "<p>Please don't pour bleach or caustic drain cleaners into a blocked drain: they sit in the pipe and "
        "can burn our engineer when the blockage clears. And don't keep flushing!</p>"
    ),
    _section(
        _column(
            33,
            _price_table(
                "Blocked drain clearance",
                "Daytime, external drain",
                "120",
                "fixed",
                ["Rods or jetting", "Up to 1 hour on site", "Not cleared, not charged"],
                "Out of hours: see our prices page",
            ),
        ),
        _column(
            33,
            _price_table(
                "CCTV drain survey",
                "Find out what's wrong",
                "195",
                "fixed",
                ["Camera survey of your drains", "Video and written report", "Repair options explained"],
                "",
            ),
        ),
        _column(
            33,
            _price_table(
                "Homebuyer drain survey",
                "Before you buy a house",
                "225",
                "fixed",
                ["Full CCTV survey", "Report within 3 working days", "Ideal for older properties"],
                "",
            ),
        ),
    ),
    _heading("CCTV surveys and repairs", "h2"),
    _text(
        "<p>A camera survey shows exactly what's in your pipes: tree roots, cracked or collapsed sections, "
        "displaced joints or a build-up of fat. It's the best way to stop a drain that keeps blocking, and "
        "many buyers of pre-1960s houses have one before exchanging contracts, as a collapsed drain can cost "
        "thousands. Many repairs can then be done without digging by fitting a patch liner inside the pipe.</p>"
    ),
    _heading("Is the drain yours or Severn Trent's?", "h2"),
    _text(
        "<p>You're responsible for the drain pipes that serve only your property and sit within your boundary. "
        "Since 2011, a pipe shared with a neighbour, or any drain or sewer beyond your boundary, is normally the "
        "responsibility of Severn Trent. If our survey shows the blockage is in a pipe that's theirs, we'll stop "
        "and tell you so you can report it to them free of charge, and we'll only charge for the time we spent "
        "finding out.</p>"
    ),
]

_BATHROOMS = [
    _heading("Bathrooms fitted start to finish", "h2"),
    _text(
        "<p>From a straight swap of a tired suite to a full wet room, we manage the whole job: one team, one "
        "point of contact, one price. Kev Barker, our bathroom fitter, has been tiling and fitting bathrooms "
        "in Nottingham for over 20 years.</p>"
    ),
    _heading("What's included", "h3"),
    _icon_list(
        [
            "Design visit and a 3D layout so you can see it before it's built",
            "Stripping out the old suite and tiles, and taking the waste away",
            "All plumbing, including moving pipes and waste to a new layout",
            "Plastering and boarding by our regular plasterer",
            "Wall and floor tiling by Kev, no separate tiler needed",
            "Electrics (lights, shaver sockets, extractor fan) by our partner electrician",
            "Final clean and a walk-through when we hand over",
        ]
    ),
    _heading("How long will it take?", "h3"),
    _text(
        "<p>A typical family bathroom takes <strong>7 to 10 working days</strong> from strip-out to finish, an "
        "en-suite or cloakroom 5 to 7 days, and a wet room 10 to 12 days. If it's your only toilet, we "
        "reconnect it at the end of each day wherever possible, so you're never without one overnight.</p>"
    ),
    _heading("Prices", "h3"),
    _text(
        "<p>A standard family bathroom with mid-range fittings, supplied and fitted, is usually between "
        "&pound;7,500 and &pound;11,000. Fit-only, using a suite and tiles you've bought, starts from "
        "&pound;4,200. Every bathroom is quoted individually after the design visit.</p>"
    ),
    _section(
        _column(
            50,
            _testimonial(
                "&ldquo;Kev and the lads did our bathroom in eight days and it looks like a hotel.&rdquo;",
                "Claire D.",
                "Arnold",
            ),
        ),
        _column(50, _button("Book a design visit", "/contact/", "lg")),
    ),
]

_CYLINDERS = [
    _heading("Hot water cylinders", "h2"),
    _text(
        "<p>If you don't have a combi boiler, your hot water is stored in a cylinder. There are two kinds:</p>"
        "<ul><li><strong>Vented (open) cylinders</strong>: the copper tank in the airing cupboard, fed by a "
        "cold water tank in the loft.</li>"
        "<li><strong>Unvented cylinders</strong> (Megaflo, Gledhill, Joule and others): fed straight from the "
        "mains at high pressure, with no loft tank. Only engineers with a G3 qualification can legally install "
        "or work on them, and all our heating engineers hold it.</li></ul>"
    ),
    _heading("No hot water but the heating works?", "h3"),
    _text(
        "<p>On a system with a cylinder, this is nearly always the motorised valve (the small box on a pipe near "
        "the cylinder that sends hot water either to the tank or the radiators) or the cylinder thermostat. "
        "Check the hot water is switched on at the programmer first. Replacing a motorised valve head costs "
        "&pound;165 fitted. In the meantime, if your cylinder has an immersion heater, switch that on for hot "
        "water.</p>"
    ),
    _heading("Warning signs on an unvented cylinder", "h3"),
    _text(
        "<p>Water running from the pipe that discharges outside, or through the open funnel (tundish) near the "
        "cylinder, means a safety valve has opened. Don't block it or cap it off. Switch off the boiler and "
        "immersion and call our emergency line.</p>"
    ),
    _text(
        '<table class="lw-price-table"><thead><tr><th>Cylinder work</th><th>Price</th></tr></thead><tbody>'
        "<tr><td>Unvented cylinder annual service</td><td>&pound;95</td></tr>"
        "<tr><td>Immersion heater element replaced</td><td>&pound;185</td></tr>"
        "<tr><td>Motorised valve head replaced</td><td>&pound;165</td></tr>"
        "<tr><td>New vented cylinder, like-for-like</td><td>from &pound;895</td></tr>"
        "<tr><td>New unvented cylinder</td><td>from &pound;1,950</td></tr>"
        "</tbody></table>"
    ),
    _heading("Water heaters", "h3"),
    _text(
        "<p>For a cloakroom, garage or office with no hot supply nearby, we fit small electric under-sink "
        "water heaters (10 or 15 litres) and instant electric water heaters over the sink, from &pound;345 "
        "fitted where there's a suitable socket or spur.</p>"
    ),
]

_QUOTES = [
    _heading("Free quotes", "h2"),
    _text(
        "<p>Planned work, such as new boilers, bathrooms, power flushes, underfloor heating and cylinder "
        "replacements, is always quoted free and in writing after a visit. Quotes are fixed and stay valid for "
        "30 days. Repairs and small jobs are charged by time at our published hourly rates because we can't "
        "know what's wrong until we've looked; the engineer will give you an estimate before carrying on if "
        "it's going to run past the first hour.</p>"
    ),
    _heading("Deposits and paying", "h2"),
    _text(
        "<p>For jobs over &pound;1,500 we ask for a 25% deposit when you accept the quote, so we can order "
        "your boiler or bathroom. The balance is due on completion. Repairs are paid when the job is done.</p>"
        "<p>We accept:</p><ul><li>debit and credit cards (not American Express): every engineer carries a "
        "card machine, so you can pay on the day</li><li>bank transfer, within 7 days of the invoice</li>"
        "<li>cash</li></ul><p>We no longer take cheques. Invoices are emailed to you the same day.</p>"
    ),
    _heading("Cancelling or changing an appointment", "h2"),
    _text(
        "<p>Give us at least 24 hours' notice and there's no charge to cancel or move a booking. If you cancel "
        "with less than 24 hours' notice, or nobody is in when our engineer arrives, we charge &pound;45 to "
        "cover the wasted slot.</p>"
        "<p>If you agree a contract with us in your home, you have a 14-day cooling-off period under the "
        "Consumer Contracts Regulations. If you want us to start sooner than that, we'll ask you to confirm it "
        "in writing, and you'd pay for work already done if you then cancelled. A deposit towards a bathroom "
        "suite or tiles ordered to your choice can't be refunded once the order has been placed.</p>"
    ),
]

_GUARANTEES = [
    _heading("Our guarantee", "h2"),
    _text(
        "<p>All our workmanship is guaranteed for <strong>12 months</strong>, and for two years on bathrooms "
        "and full heating installations. If something we fitted or repaired leaks or fails because of how we "
        "did the job, ring the office and we'll come back and put it right free of charge, usually within "
        "two working days.</p>"
        "<p>Parts we supply carry the manufacturer's warranty, normally 12 months. If you supplied the part "
        "yourself, we guarantee our labour but not the part. If we come back and find the problem isn't down to "
        "our work (a different fitting leaking, for example) we'll tell you before doing anything chargeable.</p>"
        "<p>Manufacturer warranties on new boilers are separate and are registered in your name.</p>"
    ),
    _heading("Making a complaint", "h2"),
    _text(
        "<p>We're a family business and we take it personally when something goes wrong. If you're not happy:</p>"
        "<ol><li>Ring or email Sarah Lockwood in the office on "
        f'{_PHONE} or <a href="mailto:hello@lockwoodplumbing.co.uk">hello@lockwoodplumbing.co.uk</a>. '
        "We'll acknowledge your complaint within 2 working days.</li>"
        "<li>Graham or Dan Lockwood will look into it, visit if needed, and give you a full written response "
        "within 14 days.</li>"
        "<li>If you're still not satisfied, we're a TrustMark registered business and you can use TrustMark's "
        "free dispute resolution service. Concerns about the safety of gas work can also be raised with the "
        "Gas Safe Register.</li></ol>"
    ),
]

_ABOUT = [
    _heading("Three generations of Lockwoods", "h2"),
    _text(
        "<p>Graham Lockwood started the business from his garage in Bulwell in 1989 with one van and a set of "
        "drain rods. His sons Dan and Tom joined as apprentices in the 2000s, and today the company is run by "
        "the three of them from our unit on Lenton Lane, with Dan's wife Sarah running the office.</p>"
    ),
    _heading("The team", "h2"),
    _icon_list(
        [
            "<strong>Graham Lockwood</strong>: founder, still out on the tools three days a week",
            "<strong>Dan Lockwood</strong>: managing director and senior heating engineer, boiler installs",
            "<strong>Tom Lockwood</strong>: drainage manager, jetting and CCTV surveys",
            "<strong>Sarah Lockwood</strong>: office manager, bookings, invoices and complaints",
            "<strong>Priya Mistry</strong>: drainage and leak detection engineer",
            "<strong>Lee Hardy</strong> and <strong>Ryan Cole</strong>: gas and plumbing engineers",
            "<strong>Kev Barker</strong>: bathroom fitter and tiler",
            "<strong>Josh Lockwood</strong>: Graham's grandson, second-year apprentice",
        ],
        icon="fas fa-user",
    ),
    _heading("Gas Safe registered, and how to check", "h2"),
    _text(
        "<p>Lockwood &amp; Sons is on the Gas Safe Register under business number 512784, and every engineer "
        "who works on gas carries their own Gas Safe ID card with their photo and licence number. Ask to see "
        "it: any genuine engineer will be happy to show you. The back of the card lists the kinds of gas work "
        "they're qualified for. You can check a card or our business number at gassaferegister.co.uk or by "
        "calling Gas Safe on 0800 408 5500.</p>"
        "<p>All our engineers are employed by us directly; we never send subcontractors to do plumbing, "
        "heating or gas work. Every member of the team is DBS checked.</p>"
    ),
]

_FAQ = [
    _heading("Frequently asked questions", "h2"),
    _accordion(
        [
            (
                "Do your engineers cover their shoes and protect my floors?",
                "<p>Yes. Every engineer wears shoe covers indoors and puts dust sheets down between the door and "
                "the work area. If you'd rather they took their boots off, just say.</p>",
            ),
            (
                "Can I buy my own tap or shower to fit?",
                "<p>Of course. Check it suits your water pressure before you buy: if your hot water comes from a "
                "tank in the loft you'll need taps and showers marked suitable for low pressure (0.1 bar).</p>",
            ),
            (
                "I rent my home. Can I book you?",
                "<p>Repairs in a rented home are usually your landlord's job, so ask your landlord or letting "
                "agent to book us. We can attend at a tenant's request if the landlord agrees in advance to pay "
                "the invoice.</p>",
            ),
            (
                "Does someone need to be in?",
                "<p>Yes, an adult aged 18 or over must be at home for the whole visit. The exception is empty "
                "rented properties, where landlords can leave keys in a key safe.</p>",
            ),
            (
                "Do you do commercial work?",
                "<p>We look after shops, cafes, small offices, churches and schools across Nottingham. We don't "
                "take on new-build housing sites.</p>",
            ),
            (
                "Is any job too small?",
                "<p>No. A dripping tap or a toilet that won't stop running is as welcome as a new bathroom.</p>",
            ),
            (
                "Can you work on a Saturday?",
                "<p>Planned work such as servicing can be booked on Saturday mornings at the Saturday rate. "
                "Installations and bathrooms run Monday to Friday.</p>",
            ),
            (
                "What about my dog?",
                "<p>We love dogs, but please keep pets in another room while we work, especially when doors "
                "are open or water is off.</p>",
            ),
        ]
    ),
]

_CONTACT = [
    _section(
        _column(
            50,
            _heading("Book an engineer", "h2"),
            _text(
                f'<p><strong>Phone:</strong> <a href="{_TEL}">{_PHONE}</a> (answered 24 hours for emergencies)<br>'
                '<strong>Email:</strong> <a href="mailto:hello@lockwoodplumbing.co.uk">hello@lockwoodplumbing.co.uk'
                "</a></p>"
                "<p><strong>Office hours for bookings and questions:</strong> Monday to Friday 8am to 5.30pm, "
                "Saturday 9am to 1pm. Outside those hours the phone goes through to the on-call engineer for "
                "emergencies only.</p>"
                "<p><strong>WhatsApp:</strong> send photos or a short video of the problem to "
                "<strong>07700 900418</strong> and we'll often be able to tell you what's wrong, what part to "
                "bring or roughly what it'll cost. WhatsApp is checked during office hours only, so for an "
                "emergency always ring.</p>"
            ),
            _widget(
                "form",
                '<form class="elementor-form" method="post" name="Booking request">'
                '<div class="elementor-form-fields-wrapper elementor-labels-above">'
                '<div class="elementor-field-group"><label for="form-field-name">Name</label>'
                '<input type="text" name="form_fields[name]" id="form-field-name" required></div>'
                '<div class="elementor-field-group"><label for="form-field-phone">Phone</label>'
                '<input type="tel" name="form_fields[phone]" id="form-field-phone" required></div>'
                '<div class="elementor-field-group"><label for="form-field-postcode">Postcode</label>'
                '<input type="text" name="form_fields[postcode]" id="form-field-postcode"></div>'
                '<div class="elementor-field-group"><label for="form-field-message">What\'s the problem?</label>'
                '<textarea name="form_fields[message]" id="form-field-message" rows="4"></textarea></div>'
                '<div class="elementor-field-group elementor-field-type-submit"><button type="submit" '
                'class="elementor-button elementor-size-md">Send booking request</button></div>'
                "</div></form>",
            ),
        ),
        _column(
            50,
            _heading("Find us", "h2"),
            _text(
                "<p>Unit 7, Lenton Lane Industrial Estate, Nottingham NG7 2PW. This is our stores and office, "
                "not a showroom, but you're welcome to pop in during office hours to drop off keys or pay an "
                "invoice. There are three customer spaces outside the unit.</p>"
            ),
            _widget(
                "google_maps",
                '<div class="elementor-custom-embed"><iframe loading="lazy" title="Lenton Lane, Nottingham" '
                'src="about:blank" aria-label="Map of Lenton Lane Industrial Estate"></iframe></div>',
            ),
        ),
    ),
    _section(
        _column(
            100,
            _heading("Areas we cover", "h2"),
            _text(
                "<p>We cover every NG postcode for emergencies and planned work, including Nottingham city, "
                "West Bridgford, Beeston, Arnold, Carlton, Gedling, Hucknall, Bulwell, Clifton, Long Eaton, "
                "Ilkeston, Eastwood, Stapleford, Bingham, Radcliffe-on-Trent, Ruddington, Keyworth and "
                "Cotgrave.</p>"
                "<p>Further afield, we'll travel to Mansfield, Sutton-in-Ashfield, Loughborough and Derby for "
                "planned work such as boiler installs, servicing, bathrooms and drain surveys, with a &pound;25 "
                "travel supplement per visit. We don't attend emergency call-outs outside NG postcodes.</p>"
            ),
            _heading("Parking for our vans", "h3"),
            _text(
                "<p>Our engineers need to park close to your home to carry tools and parts. In residents' permit "
                "zones (The Park, Sneinton, Lenton, the Arboretum and the city centre, for example) please "
                "arrange a visitor permit if you can. If the engineer has to use a pay-and-display or car park, "
                "the parking cost is added to your invoice at cost.</p>"
            ),
        ),
        bg=True,
    ),
]

_PAGES = [
    (
        "/",
        "Family Plumbers, Heating Engineers &amp; Drain Specialists in Nottingham",
        "Family-run plumbing, heating and drainage company in Nottingham since 1989. Gas Safe registered.",
        9,
        "",
        _HOME,
        False,
    ),
    (
        "/emergency-plumber/",
        "Emergency Plumber Nottingham",
        "24 hour emergency plumber in Nottingham. Burst pipes, leaks, no heating, blocked drains.",
        41,
        "Answered 24 hours a day, 365 days a year",
        _EMERGENCY,
        False,
    ),
    (
        "/before-we-arrive/",
        "Before We Arrive",
        "What to do in a plumbing emergency while you wait: turning off the water, gas smells, electrics.",
        43,
        "Simple steps that limit the damage",
        _BEFORE,
        True,
    ),
    (
        "/prices/",
        "Prices",
        "Our hourly rates and fixed prices for plumbing jobs in Nottingham, including VAT.",
        47,
        "Clear prices, confirmed before we start",
        _PRICES,
        False,
    ),
    (
        "/boiler-repair/",
        "Boiler Repair Nottingham",
        "Gas Safe boiler repairs in Nottingham on Worcester Bosch, Vaillant, Ideal, Baxi and more.",
        52,
        "Most breakdowns fixed first time",
        _BOILER_REPAIR,
        True,
    ),
    (
        "/boiler-servicing-gas-safety/",
        "Boiler Servicing &amp; Landlord Gas Safety Certificates",
        "Annual boiler servicing and CP12 landlord gas safety certificates in Nottingham.",
        55,
        "Keep your boiler safe, efficient and under warranty",
        _SERVICING,
        False,
    ),
    (
        "/new-boilers/",
        "New Boilers, Finance &amp; Warranties",
        "New combi and system boilers fitted in Nottingham with finance options and up to 12-year warranties.",
        58,
        "Fixed prices from a free home survey",
        _NEW_BOILERS,
        True,
    ),
    (
        "/power-flushing/",
        "Power Flushing",
        "Central heating power flushing in Nottingham to clear sludge and get radiators hot again.",
        61,
        "Hot radiators and a happier boiler",
        _POWER_FLUSH,
        True,
    ),
    (
        "/radiators-underfloor-heating/",
        "Radiators &amp; Underfloor Heating",
        "Radiator replacement, moving radiators, valves and underfloor heating installation in Nottingham.",
        64,
        "Warmth where you want it",
        _RADIATORS,
        True,
    ),
    (
        "/hot-water-cylinders/",
        "Hot Water Cylinders &amp; Water Heaters",
        "Vented and unvented hot water cylinder repairs, servicing and installation in Nottingham.",
        67,
        "G3 qualified engineers",
        _CYLINDERS,
        True,
    ),
    (
        "/leak-detection/",
        "Leak Detection",
        "Non-invasive hidden leak detection in Nottingham with thermal imaging and insurance reports.",
        70,
        "Find the leak without ripping up the house",
        _LEAK,
        True,
    ),
    (
        "/drains/",
        "Blocked Drains &amp; CCTV Drain Surveys",
        "Blocked drain clearance, jetting and CCTV drain surveys in Nottingham, including homebuyer surveys.",
        73,
        "Our own jetting van and camera kit",
        _DRAINS,
        False,
    ),
    (
        "/bathrooms/",
        "Bathroom Fitting",
        "Complete bathroom and wet room fitting in Nottingham, from design to tiling.",
        76,
        "One team from strip-out to handover",
        _BATHROOMS,
        True,
    ),
    (
        "/quotes-and-payment/",
        "Quotes &amp; Payment",
        "How our quotes, deposits, payment methods and cancellations work.",
        80,
        "No surprises",
        _QUOTES,
        True,
    ),
    (
        "/guarantees-and-complaints/",
        "Guarantees &amp; Complaints",
        "Our workmanship guarantee and how to make a complaint.",
        82,
        "We put it right",
        _GUARANTEES,
        True,
    ),
    (
        "/about-us/",
        "About Us",
        "Meet the Lockwood family and team: Gas Safe registered plumbers and heating engineers since 1989.",
        85,
        "A Nottingham family firm since 1989",
        _ABOUT,
        True,
    ),
    (
        "/faq/",
        "FAQs",
        "Answers to common questions about booking Lockwood &amp; Sons.",
        88,
        "Your questions answered",
        _FAQ,
        True,
    ),
    (
        "/contact/",
        "Contact Us &amp; Areas We Cover",
        "Contact Lockwood &amp; Sons, Lenton Lane, Nottingham NG7 2PW. Areas covered across Nottinghamshire.",
        91,
        "Get in touch, book an engineer, or check we cover your area",
        _CONTACT,
        False,
    ),
]


def _wrap(sections):
    """Pages written as a flat list of widgets get wrapped in one full-width section."""
    if all(s.startswith("<section") for s in sections):
        return sections
    return [_section(_column(100, *sections))]


HTML = {
    path: _page(path, title, desc, pid, strap, sections if sidebar else _wrap(sections), sidebar)
    for path, title, desc, pid, strap, sections, sidebar in _PAGES
}

QUESTIONS = [
    (
        "the outside tap at the back's been dripping since last night, is that an emergency or can it wait till monday",
        "/emergency-plumber/",
    ),
    (
        "My mum's 84 and lives on her own in Clifton, her boiler's packed in and it's freezing. Do you put "
        "older people first?",
        "/emergency-plumber/",
    ),
    (
        "water pouring out from under the sink and i cant find how to turn it off, where would the valve be?",
        "/before-we-arrive/",
    ),
    ("I can smell gas in the kitchen, what do I do?", "/before-we-arrive/"),
    ("how much is your call out charge", "/prices/"),
    ("What would it cost per hour if I needed someone on a Sunday afternoon?", "/prices/"),
    (
        "Hi, our Vaillant won't fire up, the little screen just says F28. Tried turning it off and on. Can you help?",
        "/boiler-repair/",
    ),
    (
        "boiler pressure keeps going down to nearly zero, ive been filling it back up with the little tap every "
        "couple of days, is that ok?",
        "/boiler-repair/",
    ),
    (
        "I let out a one-bed flat in Sneinton and the tenant's just moved in, how much do you charge for the gas "
        "certificate thing?",
        "/boiler-servicing-gas-safety/",
    ),
    (
        "If we get a new combi put in, how long will we be without hot water? We've got two kids and a dog so "
        "it matters",
        "/new-boilers/",
    ),
    ("Can I pay for a new boiler monthly? Can't afford it all in one go", "/new-boilers/"),
    ("how many years guarentee do you get on a worcester boiler you fit", "/new-boilers/"),
    (
        "The radiators are red hot at the top but stone cold along the bottom, and when I bled one the water "
        "came out black as ink",
        "/power-flushing/",
    ),
    (
        "We're building a kitchen extension at the back and fancy heating in the floor rather than radiators. "
        "Is that something you'd do?",
        "/radiators-underfloor-heating/",
    ),
    (
        "Our water bill has nearly doubled this quarter but there's no sign of a leak anywhere in the house. "
        "Any ideas?",
        "/leak-detection/",
    ),
    (
        "downstairs loo is gurgling and theres horrible water coming up out of the cover on the drive, how "
        "much to unblock it in the daytime",
        "/drains/",
    ),
    (
        "We're in the middle of buying a 1930s semi and the surveyor's said to get the drains looked at with a "
        "camera before we exchange. What would that cost?",
        "/drains/",
    ),
    (
        "how long does it take to rip out and redo a bathroom? it's our only toilet",
        "/bathrooms/",
    ),
    (
        "Heating's working fine but we've got no hot water at all. We have the big tank in the airing cupboard, "
        "not a combi.",
        "/hot-water-cylinders/",
    ),
    (
        "Something's come up at work and I can't be in tomorrow morning for the engineer, will I get charged "
        "if I cancel?",
        "/quotes-and-payment/",
    ),
    (
        "You put a new tap in our kitchen about a month ago and it's started leaking underneath. Do I have to pay "
        "for you to come back?",
        "/guarantees-and-complaints/",
    ),
    (
        "How do I know the guy you send is actually gas safe? Had a cowboy before",
        "/about-us/",
    ),
    (
        "we've literally just had new cream carpets laid, will your man be tramping in with his work boots on?",
        "/faq/",
    ),
    ("Do you come out as far as Mansfield?", "/contact/"),
    ("can I just send you a picture of the leak on whatsapp", "/contact/"),
]

OUT_OF_SCOPE = [
    "Do you install air source heat pumps?",
    "We're out in the countryside on a septic tank, can you come and empty it?",
    "is there a discount for pensioners or NHS staff",
    "Our water's really hard and the kettle's full of scale. Do you fit water softeners?",
    "The gutter over our back door overflows every time it rains, do you clear gutters and downpipes?",
    "Do you do a monthly boiler cover plan like British Gas HomeCare?",
    "What time does the Victoria Centre shut on a Sunday?",
    "Are Forest playing at home this weekend?",
]
