"""An evaluation site: Uplands Dental Studio, an NHS and private dental practice in Swansea, Wales (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. WordPress with Elementor's Flexbox
containers (e-con e-parent / e-con-inner / e-con e-child), heading, text-editor, price-list and nested-accordion
widgets, and a header and footer built as Elementor theme-builder templates.
"""

from itertools import count

NAME = "Uplands Dental Studio"

_SITE = "https://www.uplandsdentalstudio.co.uk"
_PHONE = "01792 460318"
_TEL = "tel:+441792460318"
_EMAIL = "reception@uplandsdentalstudio.co.uk"

_ids = count(211)


def _eid() -> str:
    """A stable Elementor-looking element id (seven hex digits)."""
    return f"{(next(_ids) * 2654435761) % 0xFFFFFFF:07x}"


# ---------------------------------------------------------------------------------------------------------------
# Elementor widget and container helpers
# ---------------------------------------------------------------------------------------------------------------


def _widget(kind: str, inner: str, widget_type: str = "", extra: str = "") -> str:
    i = _eid()
    wtype = widget_type or f"{kind}.default"
    cls = f"elementor-element elementor-element-{i} {extra} elementor-widget elementor-widget-{kind}".replace("  ", " ")
    return (
        f'<div class="{cls}" data-id="{i}" data-element_type="widget" data-widget_type="{wtype}">\n'
        f'<div class="elementor-widget-container">\n{inner}\n</div>\n</div>'
    )


def _heading(text: str, tag: str = "h2", size: str = "default") -> str:
    return _widget("heading", f'<{tag} class="elementor-heading-title elementor-size-{size}">{text}</{tag}>')


def _text(html: str) -> str:
    return _widget("text-editor", html.strip())


def _button(label: str, href: str, extra: str = "") -> str:
    inner = (
        '<div class="elementor-button-wrapper">\n'
        f'<a class="elementor-button elementor-button-link elementor-size-md" href="{href}">\n'
        '<span class="elementor-button-content-wrapper">'
        f'<span class="elementor-button-text">{label}</span></span>\n</a>\n</div>'
    )
    return _widget("button", inner, extra=extra)


def _icon_list(items: list[tuple[str, str]], icon: str = "fas fa-chevron-right") -> str:
    lis = []
    for label, href in items:
        body = (
            f'<span class="elementor-icon-list-icon"><i aria-hidden="true" class="{icon}"></i></span>'
            f'<span class="elementor-icon-list-text">{label}</span>'
        )
        if href:
            body = f'<a href="{href}">{body}</a>'
        lis.append(f'<li class="elementor-icon-list-item">{body}</li>')
    inner = '<ul class="elementor-icon-list-items">\n' + "\n".join(lis) + "\n</ul>"
    return _widget("icon-list", inner)


def _icon_box(title: str, desc: str, href: str, icon: str = "fas fa-tooth") -> str:
    inner = (
        '<div class="elementor-icon-box-wrapper">\n'
        '<div class="elementor-icon-box-icon">'
        f'<a href="{href}" class="elementor-icon elementor-animation-grow" tabindex="-1">'
        f'<i aria-hidden="true" class="{icon}"></i></a></div>\n'
        '<div class="elementor-icon-box-content">\n'
        f'<h3 class="elementor-icon-box-title"><a href="{href}">{title}</a></h3>\n'
        f'<p class="elementor-icon-box-description">{desc}</p>\n'
        "</div>\n</div>"
    )
    return _widget("icon-box", inner)


def _image(src: str, alt: str, wp_id: int) -> str:
    inner = (
        f'<img fetchpriority="low" decoding="async" width="1024" height="683" src="/wp-content/uploads/{src}" '
        f'class="attachment-large size-large wp-image-{wp_id}" alt="{alt}" '
        f'srcset="/wp-content/uploads/{src} 1024w" sizes="(max-width: 1024px) 100vw, 1024px">'
    )
    return _widget("image", inner)


def _divider() -> str:
    return _widget("divider", '<div class="elementor-divider"><span class="elementor-divider-separator"></span></div>')


def _price_list(items: list[tuple[str, str, str]]) -> str:
    lis = []
    for title, price, desc in items:
        description = f'\n<p class="elementor-price-list-description">{desc}</p>' if desc else ""
        lis.append(
            '<li class="elementor-price-list-item">\n'
            '<div class="elementor-price-list-text">\n'
            '<div class="elementor-price-list-header">\n'
            f'<span class="elementor-price-list-title">{title}</span>\n'
            '<span class="elementor-price-list-separator"></span>\n'
            f'<span class="elementor-price-list-price">{price}</span>\n'
            f"</div>{description}\n</div>\n</li>"
        )
    inner = '<ul class="elementor-price-list">\n' + "\n".join(lis) + "\n</ul>"
    return _widget("price-list", inner)


_SVG_PLUS = (
    '<svg aria-hidden="true" class="e-font-icon-svg e-fas-plus" viewBox="0 0 448 512" '
    'xmlns="http://www.w3.org/2000/svg"><path d="M416 208H272V64c0-17.67-14.33-32-32-32h-32c-17.67 0-32 '
    "14.33-32 32v144H32c-17.67 0-32 14.33-32 32v32c0 17.67 14.33 32 32 32h144v144c0 17.67 14.33 32 32 32h32c17.67 "
    '0 32-14.33 32-32V304h144c17.67 0 32-14.33 32-32v-32c0-17.67-14.33-32-32-32z"></path></svg>'
)
_SVG_MINUS = (
    '<svg aria-hidden="true" class="e-font-icon-svg e-fas-minus" viewBox="0 0 448 512" '
    'xmlns="http://www.w3.org/2000/svg"><path d="M416 208H32c-17.67 0-32 14.33-32 32v32c0 17.67 14.33 32 32 '
    '32h384c17.67 0 32-14.33 32-32v-32c0-17.67-14.33-32-32-32z"></path></svg>'
)


def _accordion(items: list[tuple[str, str]]) -> str:
    base = int(_eid()[:4], 16)
    parts = [
        '<div class="e-n-accordion" aria-label="Accordion. Open links with Enter or Space, close with Escape, '
        'and navigate with Arrow Keys">'
    ]
    for n, (question, answer) in enumerate(items, start=1):
        item_id = f"e-n-accordion-item-{base + n}"
        region = _eid()
        parts.append(
            f'<details id="{item_id}" class="e-n-accordion-item">\n'
            f'<summary class="e-n-accordion-item-title" data-accordion-index="{n}" tabindex="{0 if n == 1 else -1}" '
            f'aria-expanded="false" aria-controls="{item_id}">\n'
            "<span class='e-n-accordion-item-title-header'>"
            f'<div class="e-n-accordion-item-title-text"> {question} </div></span>\n'
            "<span class='e-n-accordion-item-title-icon'>\n"
            f"<span class='e-opened'>{_SVG_MINUS}</span>\n"
            f"<span class='e-closed'>{_SVG_PLUS}</span>\n"
            "</span>\n</summary>\n"
            f'<div role="region" aria-labelledby="{item_id}" class="elementor-element elementor-element-{region} '
            f'e-con-full e-flex e-con e-child" data-id="{region}" data-element_type="container">\n'
            f"{_text(answer)}\n</div>\n</details>"
        )
    parts.append("</div>")
    return _widget("nested-accordion", "\n".join(parts), widget_type="nested-accordion.default")


def _testimonials(items: list[tuple[str, str, str]]) -> str:
    slides = []
    for n, (quote, name, source) in enumerate(items, start=1):
        slides.append(
            f'<div class="swiper-slide" role="group" aria-roledescription="slide" aria-label="{n} of {len(items)}">\n'
            '<div class="elementor-testimonial">\n'
            '<div class="elementor-testimonial__content">\n'
            '<div class="elementor-star-rating" title="5/5" itemtype="http://schema.org/Rating" itemscope="">'
            '<i class="elementor-star-full">&#xE934;</i><i class="elementor-star-full">&#xE934;</i>'
            '<i class="elementor-star-full">&#xE934;</i><i class="elementor-star-full">&#xE934;</i>'
            '<i class="elementor-star-full">&#xE934;</i></div>\n'
            f'<div class="elementor-testimonial__text">{quote}</div>\n'
            "</div>\n"
            '<div class="elementor-testimonial__footer">\n'
            '<cite class="elementor-testimonial__cite">'
            f'<span class="elementor-testimonial__name">{name}</span>'
            f'<span class="elementor-testimonial__title">{source}</span></cite>\n'
            "</div>\n</div>\n</div>"
        )
    inner = (
        '<div class="elementor-swiper">\n<div class="elementor-main-swiper swiper" role="region" '
        'aria-roledescription="carousel" aria-label="Slides">\n<div class="swiper-wrapper elementor-testimonial-'
        'carousel-wrapper">\n' + "\n".join(slides) + "\n</div>\n"
        '<div class="swiper-pagination"></div>\n</div>\n</div>'
    )
    return _widget("testimonial-carousel", inner, extra="elementor-testimonial--skin-bubble")


def _child(*children: str, cls: str = "") -> str:
    i = _eid()
    inner = "\n".join(children)
    return (
        f'<div class="elementor-element elementor-element-{i} e-con-full {cls} e-flex e-con e-child" '
        f'data-id="{i}" data-element_type="container">\n{inner}\n</div>'
    )


def _parent(*children: str, cls: str = "") -> str:
    i = _eid()
    inner = "\n".join(children)
    return (
        f'<div class="elementor-element elementor-element-{i} {cls} e-con e-parent e-flex e-con-boxed" '
        f'data-id="{i}" data-element_type="container" '
        'data-settings=\'{"background_background":"classic","content_width":"boxed"}\'>\n'
        f'<div class="e-con-inner">\n{inner}\n</div>\n</div>'
    )


def _hero(title: str, crumb: str, intro: str) -> str:
    crumbs = _widget(
        "breadcrumbs",
        '<p id="breadcrumbs"><span><span><a href="/">Home</a></span> &raquo; '
        f'<span class="breadcrumb_last" aria-current="page">{crumb}</span></span></p>',
    )
    return _parent(crumbs, _heading(title, "h1", "xl"), _text(f"<p>{intro}</p>"), cls="ud-page-hero")


def _sidebar(related: list[tuple[str, str]]) -> str:
    return _child(
        _heading("Book an appointment", "h3"),
        _text(
            f'<p>Existing patients can call reception on <a href="{_TEL}">{_PHONE}</a> '
            "or book a hygiene appointment online.</p>"
        ),
        _button("Book Now", "/appointments-and-policies/#booking", extra="ud-btn-sidebar"),
        _divider(),
        _heading("Related pages", "h3"),
        _icon_list(related),
        cls="ud-sidebar",
    )


def _two_col(main: list[str], related: list[tuple[str, str]]) -> str:
    return _parent(_child(*main, cls="ud-main"), _sidebar(related), cls="ud-content-row")


def _cta(title: str, text: str, label: str, href: str) -> str:
    return _parent(
        _child(_heading(title, "h2"), _text(f"<p>{text}</p>")),
        _child(_button(label, href), _button(f"Call {_PHONE}", _TEL, extra="ud-btn-outline")),
        cls="ud-cta-band",
    )


# ---------------------------------------------------------------------------------------------------------------
# Theme-builder header and footer
# ---------------------------------------------------------------------------------------------------------------

_MENU: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("Home", "/", []),
    (
        "NHS &amp; Fees",
        "/nhs-dentistry/",
        [
            ("NHS Dentistry in Wales", "/nhs-dentistry/"),
            ("Free NHS Treatment", "/free-nhs-treatment/"),
            ("Private Fees &amp; Payment", "/private-fees/"),
            ("Joining the Practice", "/new-patients/"),
        ],
    ),
    (
        "Treatments",
        "/check-ups-and-x-rays/",
        [
            ("Check-ups, X-rays &amp; Mouth Cancer Screening", "/check-ups-and-x-rays/"),
            ("Fillings &amp; Root Canals", "/fillings-and-root-canals/"),
            ("Extractions &amp; Wisdom Teeth", "/extractions-and-wisdom-teeth/"),
            ("Dentures &amp; Repairs", "/dentures/"),
            ("Crowns &amp; Bridges", "/crowns-and-bridges/"),
            ("Children&#8217;s Dentistry", "/childrens-dentistry/"),
            ("Hygienist &amp; Gum Health", "/hygienist-and-gum-health/"),
            ("Nervous Patients &amp; Sedation", "/nervous-patients/"),
        ],
    ),
    ("Emergencies", "/emergencies/", []),
    (
        "Patient Info",
        "/appointments-and-policies/",
        [
            ("Appointments &amp; Policies", "/appointments-and-policies/"),
            ("FAQs", "/faq/"),
        ],
    ),
    (
        "About Us",
        "/our-team/",
        [
            ("Meet the Team", "/our-team/"),
            ("Find Us, Hours &amp; Access", "/contact-and-access/"),
        ],
    ),
    ("Contact", "/contact-and-access/", []),
]


def _menu_ul(current: str, menu_num: int, dropdown: bool) -> str:
    tab = ' tabindex="-1"' if dropdown else ""
    out = [f'<ul id="menu-{menu_num}-4d1c2e7" class="elementor-nav-menu{" sm-vertical" if dropdown else ""}">']
    item_id = 1040
    for label, href, subs in _MENU:
        item_id += 1
        classes = ["menu-item", "menu-item-type-post_type", "menu-item-object-page", f"menu-item-{item_id}"]
        active = href == current or any(h == current for _, h in subs)
        if href == "/":
            classes.append("menu-item-home")
        if subs:
            classes.append("menu-item-has-children")
        if label == "Treatments":
            classes.append("ud-mega-menu")
        if active:
            classes.append("current-menu-ancestor" if subs else "current-menu-item")
        a_cls = "elementor-item elementor-item-active" if href == current else "elementor-item"
        aria = ' aria-current="page"' if href == current else ""
        line = f'<li class="{" ".join(classes)}"><a href="{href}" class="{a_cls}"{aria}{tab}>{label}</a>'
        if subs:
            line += '\n<ul class="sub-menu elementor-nav-menu--dropdown">'
            for sub_label, sub_href in subs:
                item_id += 1
                sub_cls = "menu-item menu-item-type-post_type menu-item-object-page"
                if sub_href == current:
                    sub_cls += " current-menu-item page_item current_page_item"
                s_a = "elementor-sub-item elementor-item-active" if sub_href == current else "elementor-sub-item"
                s_aria = ' aria-current="page"' if sub_href == current else ""
                line += (
                    f'\n<li class="{sub_cls} menu-item-{item_id}">'
                    f'<a href="{sub_href}" class="{s_a}"{s_aria}{tab}>{sub_label}</a></li>'
                )
            line += "\n</ul>"
        out.append(line + "</li>")
    out.append("</ul>")
    return "\n".join(out)


def _header(current: str) -> str:
    topbar = _parent(
        _child(
            _icon_list(
                [
                    (f"Call us: {_PHONE}", _TEL),
                    (_EMAIL, f"mailto:{_EMAIL}"),
                    ("118 Walter Road, Uplands, Swansea", "/contact-and-access/"),
                ],
                icon="fas fa-circle",
            ),
            cls="ud-topbar-left",
        ),
        _child(
            _widget(
                "social-icons",
                '<div class="elementor-social-icons-wrapper elementor-grid">\n'
                '<span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon '
                'elementor-social-icon-facebook" href="https://www.facebook.com/uplandsdentalstudio" target="_blank">'
                '<span class="elementor-screen-only">Facebook</span><i class="fab fa-facebook"></i></a></span>\n'
                '<span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon '
                'elementor-social-icon-instagram" href="https://www.instagram.com/uplandsdentalstudio" '
                'target="_blank"><span class="elementor-screen-only">Instagram</span>'
                '<i class="fab fa-instagram"></i></a></span>\n</div>',
            ),
            cls="ud-topbar-right",
        ),
        cls="ud-topbar",
    )
    logo = _widget(
        "theme-site-logo",
        '<a href="/"><img width="260" height="72" src="/wp-content/uploads/2023/05/uplands-dental-studio-logo.svg" '
        'class="attachment-full size-full wp-image-18" alt="Uplands Dental Studio"></a>',
        widget_type="theme-site-logo.default",
        extra="elementor-widget-image",
    )
    nav = _widget(
        "nav-menu",
        '<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container '
        'elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade">\n'
        f"{_menu_ul(current, 1, dropdown=False)}\n</nav>\n"
        '<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" '
        'aria-expanded="false"><i aria-hidden="true" role="presentation" '
        'class="elementor-menu-toggle__icon--open eicon-menu-bar"></i>'
        '<span class="elementor-screen-only">Menu</span></div>\n'
        '<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true">\n'
        f"{_menu_ul(current, 2, dropdown=True)}\n</nav>",
        extra="elementor-nav-menu__align-end elementor-nav-menu--dropdown-tablet elementor-nav-menu--toggle",
    )
    main = _parent(
        _child(logo, cls="ud-logo-col"),
        _child(nav, cls="ud-nav-col"),
        _child(_button("Book Now", "/appointments-and-policies/#booking", extra="ud-header-btn"), cls="ud-btn-col"),
        cls="ud-header-main elementor-sticky",
    )
    return (
        '<header data-elementor-type="header" data-elementor-id="87" class="elementor elementor-87 '
        'elementor-location-header" data-elementor-post-type="elementor_library">\n'
        f"{topbar}\n{main}\n</header>"
    )


def _footer() -> str:
    about = _child(
        _widget(
            "image",
            '<img width="220" height="61" src="/wp-content/uploads/2023/05/uplands-dental-studio-logo-white.svg" '
            'alt="Uplands Dental Studio">',
        ),
        _text(
            "<p>A friendly mixed NHS and private dental practice in Uplands, Swansea. Registered with "
            "Healthcare Inspectorate Wales.</p>"
        ),
        _widget(
            "social-icons",
            '<div class="elementor-social-icons-wrapper elementor-grid">\n'
            '<span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon '
            'elementor-social-icon-facebook" href="https://www.facebook.com/uplandsdentalstudio" target="_blank">'
            '<span class="elementor-screen-only">Facebook</span><i class="fab fa-facebook"></i></a></span>\n'
            '<span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon '
            'elementor-social-icon-instagram" href="https://www.instagram.com/uplandsdentalstudio" '
            'target="_blank"><span class="elementor-screen-only">Instagram</span>'
            '<i class="fab fa-instagram"></i></a></span>\n'
            '<span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon '
            'elementor-social-icon-google" href="https://g.page/uplandsdentalstudio" target="_blank">'
            '<span class="elementor-screen-only">Google</span><i class="fab fa-google"></i></a></span>\n</div>',
        ),
        cls="ud-footer-col",
    )
    links = _child(
        _heading("Quick links", "h4"),
        _icon_list(
            [
                ("NHS dentistry in Wales", "/nhs-dentistry/"),
                ("Private fees", "/private-fees/"),
                ("Joining the practice", "/new-patients/"),
                ("Emergencies", "/emergencies/"),
                ("FAQs", "/faq/"),
                ("Meet the team", "/our-team/"),
            ]
        ),
        cls="ud-footer-col",
    )
    contact = _child(
        _heading("Get in touch", "h4"),
        _text(
            "<p>Uplands Dental Studio<br>118 Walter Road<br>Uplands<br>Swansea SA1 4QF</p>\n"
            f'<p>T: <a href="{_TEL}">{_PHONE}</a><br>E: <a href="mailto:{_EMAIL}">{_EMAIL}</a></p>'
        ),
        cls="ud-footer-col",
    )
    hours = _child(
        _heading("Opening hours", "h4"),
        _text(
            "<p>Monday to Friday from 8.30am<br>Closed Sundays and bank holidays</p>\n"
            '<p><a href="/contact-and-access/">Full opening hours &amp; directions</a></p>'
        ),
        _button("Book Now", "/appointments-and-policies/#booking"),
        cls="ud-footer-col",
    )
    bottom = _parent(
        _text(
            "<p>&copy; 2025 Uplands Dental Studio Ltd. Registered in England and Wales, company no. 09361482. "
            "All dentists are registered with the General Dental Council. "
            '<a href="/appointments-and-policies/#privacy">Privacy &amp; cookies</a> | '
            '<a href="/contact-and-access/#access">Accessibility</a></p>'
        ),
        cls="ud-footer-bottom",
    )
    return (
        '<footer data-elementor-type="footer" data-elementor-id="92" class="elementor elementor-92 '
        'elementor-location-footer" data-elementor-post-type="elementor_library">\n'
        f"{_parent(about, links, contact, hours, cls='ud-footer-main')}\n{bottom}\n</footer>"
    )


_COOKIE = """<div class="cky-consent-container cky-hide" tabindex="0">
<div class="cky-consent-bar" data-cky-tag="notice">
<div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p>
<div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description"><p>We use cookies to make this website work, to
understand how it is used and to improve your experience. You can accept all cookies, reject non-essential
cookies or choose which ones to allow.</p></div>
<div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
<button class="cky-btn cky-btn-customize" aria-label="Customise" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">Accept All</button>
</div>
</div>
</div>
</div>
</div>"""

_ANALYTICS = """<script async src="/wp-content/plugins/google-site-kit/gtag.js?id=G-5XKQ2D8M1R"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}
gtag('js', new Date());gtag('config', 'G-5XKQ2D8M1R');</script>"""

_SCHEMA = """<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[
{"@type":"Dentist","@id":"https://www.uplandsdentalstudio.co.uk/#dentist","name":"Uplands Dental Studio",
"url":"https://www.uplandsdentalstudio.co.uk/","telephone":"+441792460318","address":{"@type":"PostalAddress",
"streetAddress":"118 Walter Road","addressLocality":"Swansea","postalCode":"SA1 4QF","addressCountry":"GB"}}]}
</script>"""


def _page(path: str, title: str, description: str, page_id: int, *sections: str) -> str:
    body = "\n".join(sections)
    full_title = f"{title} | {NAME}" if path != "/" else f"{NAME} | NHS &amp; Private Dentist in Uplands, Swansea"
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{full_title}</title>
<meta name="description" content="{description}">
<meta name="robots" content="index, follow, max-snippet:-1, max-image-preview:large, max-video-preview:-1">
<link rel="canonical" href="{_SITE}{path}">
<meta property="og:locale" content="en_GB">
<meta property="og:type" content="website">
<meta property="og:title" content="{full_title}">
<meta property="og:description" content="{description}">
<meta property="og:url" content="{_SITE}{path}">
<meta property="og:site_name" content="{NAME}">
<meta name="twitter:card" content="summary_large_image">
{_SCHEMA}
<link rel='stylesheet' id='hello-elementor-css' href='/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1'
 media='all'>
<link rel='stylesheet' id='hello-elementor-theme-style-css'
 href='/wp-content/themes/hello-elementor/theme.min.css?ver=3.1.1' media='all'>
<link rel='stylesheet' id='elementor-frontend-css'
 href='/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.25.10' media='all'>
<link rel='stylesheet' id='elementor-post-5-css' href='/wp-content/uploads/elementor/css/post-5.css?ver=1736341200'
 media='all'>
<link rel='stylesheet' id='elementor-pro-css'
 href='/wp-content/plugins/elementor-pro/assets/css/frontend.min.css?ver=3.25.4' media='all'>
<link rel='stylesheet' id='widget-nested-accordion-css'
 href='/wp-content/plugins/elementor/assets/css/widget-nested-accordion.min.css?ver=3.25.10' media='all'>
<link rel='stylesheet' id='elementor-post-{page_id}-css'
 href='/wp-content/uploads/elementor/css/post-{page_id}.css?ver=1736341200' media='all'>
<link rel='stylesheet' id='elementor-post-87-css' href='/wp-content/uploads/elementor/css/post-87.css?ver=1736341200'
 media='all'>
<link rel='stylesheet' id='elementor-post-92-css' href='/wp-content/uploads/elementor/css/post-92.css?ver=1736341200'
 media='all'>
<link rel='stylesheet' id='font-awesome-5-all-css'
 href='/wp-content/plugins/elementor/assets/lib/font-awesome/css/all.min.css?ver=3.25.10' media='all'>
<link rel="icon" href="/wp-content/uploads/2023/05/cropped-favicon-32x32.png" sizes="32x32">
{_ANALYTICS}
</head>
<body class="page-template-default page page-id-{page_id} wp-custom-logo wp-embed-responsive hello-elementor-default
 elementor-default elementor-kit-5 elementor-page elementor-page-{page_id}">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
{_header(path)}
<main id="content" class="site-main post-{page_id} page type-page status-publish hentry">
<div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="{page_id}" class="elementor elementor-{page_id}"
 data-elementor-post-type="page">
{body}
</div>
</div>
</main>
{_footer()}
{_COOKIE}
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------------------------------

_HOME = _page(
    "/",
    NAME,
    "Friendly NHS and private dentist in Uplands, Swansea. Check-ups, hygienist, dentures, emergencies, "
    "children's dentistry and care for nervous patients.",
    12,
    _parent(
        _child(
            _heading("Friendly NHS &amp; private dentistry in the heart of Uplands, Swansea", "h1", "xxl"),
            _text(
                """
<p>Uplands Dental Studio has looked after families in Swansea since 1994. Today we are a six-surgery
mixed practice: we hold an NHS contract with Swansea Bay University Health Board and we also offer private care
for patients who want more choice over appointment times and materials.</p>
"""
            ),
            _button("Book an appointment", "/appointments-and-policies/#booking"),
            _button("Dental emergency?", "/emergencies/", extra="ud-btn-outline"),
            cls="ud-hero-text",
        ),
        _child(_image("2024/02/uplands-dental-studio-reception.jpg", "Our reception on Walter Road", 402)),
        cls="ud-home-hero",
    ),
    _parent(
        _heading("Why patients choose us", "h2"),
        _child(
            _icon_box(
                "NHS &amp; private under one roof",
                "Clear written treatment plans so you always know what is NHS and what is private.",
                "/nhs-dentistry/",
                "fas fa-clipboard-check",
            ),
            _icon_box(
                "Gentle with nervous patients",
                "Time to talk, a stop signal you control and sedation when you need it.",
                "/nervous-patients/",
                "fas fa-hand-holding-heart",
            ),
            _icon_box(
                "Our own denture lab",
                "Dentures are made and mended on site by our dental technician.",
                "/dentures/",
                "fas fa-teeth",
            ),
            _icon_box(
                "Families welcome",
                "From a baby's first visit to a teenager's sealants, we make the dentist fun.",
                "/childrens-dentistry/",
                "fas fa-child",
            ),
            cls="ud-usp-grid",
        ),
    ),
    _parent(
        _child(_image("2023/06/dr-rhian-pryce.jpg", "Dr Rhian Pryce, principal dentist", 318)),
        _child(
            _heading("A welcome from Dr Rhian Pryce", "h2"),
            _text(
                """
<p>I took over Uplands Dental Studio from Dr Huw Jenkins in 2015, having worked here as an associate for six
years, and I still think of it as a family practice. Many of our patients have been with us for three
generations.</p>
<p>Since then we have refurbished every surgery, moved to digital X-rays and intra-oral scanners, and opened
our in-house laboratory. What hasn't changed is the time we take to explain your options, whether you are an
NHS or a private patient.</p>
<p>Our practice was last inspected by Healthcare Inspectorate Wales in October 2023, and the inspectors
praised our infection control and our patient-centred approach.</p>
"""
            ),
            _button("Meet the team", "/our-team/"),
        ),
        cls="ud-welcome",
    ),
    _parent(
        _heading("Our treatments", "h2"),
        _child(
            _icon_box("Check-ups &amp; X-rays", "Routine examinations and screening.", "/check-ups-and-x-rays/"),
            _icon_box("Fillings &amp; root canals", "Saving teeth that are decayed.", "/fillings-and-root-canals/"),
            _icon_box("Extractions", "Including wisdom teeth.", "/extractions-and-wisdom-teeth/"),
            _icon_box("Crowns &amp; bridges", "Restoring and replacing teeth.", "/crowns-and-bridges/"),
            _icon_box("Hygienist", "Healthy gums, fresh mouth.", "/hygienist-and-gum-health/"),
            _icon_box("Dentures", "New dentures and repairs.", "/dentures/"),
            cls="ud-services-grid",
        ),
    ),
    _parent(
        _heading("What our patients say", "h2"),
        _text("<p>Rated 4.9 out of 5 from more than 600 Google reviews.</p>"),
        _testimonials(
            [
                (
                    "Been coming here for 20 years and wouldn't go anywhere else. Lovely reception staff and "
                    "the dentists never rush you.",
                    "Carol W.",
                    "Google review",
                ),
                (
                    "Moved to Swansea last year and found the whole team really welcoming. Spotless practice.",
                    "Tom H.",
                    "Google review",
                ),
                (
                    "My two boys actually look forward to going to the dentist now. Diolch yn fawr!",
                    "Nia P.",
                    "Facebook recommendation",
                ),
            ]
        ),
        cls="ud-testimonials",
    ),
    _cta(
        "New to Swansea?",
        "Find out how to become a patient, NHS or private.",
        "Joining the practice",
        "/new-patients/",
    ),
)

_NHS = _page(
    "/nhs-dentistry/",
    "NHS Dentistry in Wales: Bands &amp; Charges",
    "NHS dental charges in Wales explained: Band 1, Band 2 and Band 3, what each covers and when you pay.",
    14,
    _hero(
        "NHS Dentistry in Wales",
        "NHS Dentistry",
        "We provide NHS dental care under a contract with Swansea Bay University Health Board. NHS dental charges "
        "in Wales are set by the Welsh Government and are the same at every NHS practice in Wales.",
    ),
    _two_col(
        [
            _heading("NHS dental charges in Wales (from 1 April 2025)", "h2"),
            _text(
                """
<p>NHS treatment is grouped into three bands. Your charge depends on the highest band of treatment you need in
a course of treatment.</p>
<table class="ud-table ud-bands">
<thead><tr><th>Band</th><th>What it includes</th><th>Charge</th></tr></thead>
<tbody>
<tr><td><strong>Band 1</strong></td><td>Examination, diagnosis and advice, X-rays, a scale and polish where
clinically needed, fluoride varnish, fissure sealants and preventive advice.</td><td>&pound;20</td></tr>
<tr><td><strong>Urgent care</strong></td><td>Assessment and urgent treatment to get you out of pain, for
example a dressing, a temporary filling or taking out one tooth.</td><td>&pound;20</td></tr>
<tr><td><strong>Band 2</strong></td><td>Everything in Band 1, plus fillings, root canal treatment,
extractions and gum treatment such as deep cleaning.</td><td>&pound;60</td></tr>
<tr><td><strong>Band 3</strong></td><td>Everything in Bands 1 and 2, plus crowns, bridges, dentures and other
items made in a dental laboratory.</td><td>&pound;260</td></tr>
</tbody>
</table>
<p><em>Charges in England and Scotland are different. If you have seen a price on an English website, it does not
apply in Wales.</em></p>
"""
            ),
            _heading("One charge for a whole course of treatment", "h3"),
            _text(
                """
<p>You pay only once for each course of treatment, at the rate of the highest band it includes, however many
items you need. For example, if your course of treatment includes a crown and two fillings you pay the Band 3
charge of &pound;260 once, not &pound;260 plus two lots of &pound;60.</p>
<p>If you need more treatment in the same band or a lower band within two months of finishing a course
(other than a routine check-up), there is no additional charge.</p>
"""
            ),
            _heading("When do I pay?", "h3"),
            _text(
                """
<p>We ask for the band charge at your first treatment appointment. If your treatment plan changes, for example
a filling turns into a root canal treatment, we will update your written plan and you pay the difference.</p>
"""
            ),
            _heading("What the NHS does not cover", "h3"),
            _text(
                """
<p>The NHS provides all treatment that is clinically necessary to keep your mouth healthy. It does not cover
purely cosmetic treatment such as teeth whitening. You can choose to have some items privately alongside an
NHS course of treatment; before we start, you will always get a written treatment plan showing which items are
NHS and which are private, and what each costs.</p>
<p>Some patients do not pay NHS charges at all. See <a href="/free-nhs-treatment/">who can get free NHS
treatment</a>.</p>
"""
            ),
        ],
        [
            ("Free NHS treatment", "/free-nhs-treatment/"),
            ("Joining the practice", "/new-patients/"),
            ("Private fees", "/private-fees/"),
        ],
    ),
    _cta("Questions about your plan?", "Our reception team are happy to help.", "Contact us", "/contact-and-access/"),
)

_FREE = _page(
    "/free-nhs-treatment/",
    "Free NHS Dental Treatment in Wales",
    "Who qualifies for free NHS dental treatment and free check-ups in Wales, and the proof you need.",
    16,
    _hero(
        "Who gets free NHS dental treatment?",
        "Free NHS Treatment",
        "Many people in Wales do not have to pay NHS dental charges. Please check before your course of treatment "
        "starts: once treatment is under way we cannot change how it is charged.",
    ),
    _two_col(
        [
            _heading("You do not pay NHS charges if, when treatment starts, you are:", "h2"),
            _text(
                """
<ul>
<li>under 18</li>
<li>under 19 and in full-time education</li>
<li>pregnant, or have had a baby in the last 12 months (you will need a valid maternity exemption
certificate)</li>
<li>an NHS hospital in-patient and the treatment is carried out by the hospital dentist</li>
<li>named on a valid HC2 certificate</li>
</ul>
<p><strong>or you, or your partner, receive:</strong></p>
<ul>
<li>Income Support</li>
<li>income-based Jobseeker&#8217;s Allowance</li>
<li>income-related Employment and Support Allowance</li>
<li>Pension Credit Guarantee Credit</li>
<li>Universal Credit, if in your last assessment period your take-home pay was &pound;435 or less, or
&pound;935 or less if your Universal Credit includes an element for a child or you have limited capability
for work</li>
</ul>
"""
            ),
            _heading("Free check-ups for under 25s and over 60s", "h2"),
            _text(
                """
<p>In Wales, NHS examinations are free for everyone aged under 25 and for everyone aged 60 and over. This
covers the check-up only. If you then need further treatment, such as a filling, the normal band charge applies
unless you qualify for free treatment for one of the other reasons above.</p>
"""
            ),
            _heading("Help if you are on a low income", "h2"),
            _text(
                """
<p>If you do not qualify automatically, you may still get help through the NHS Low Income Scheme. Apply on form
HC1. If your application is successful you will receive an HC2 certificate (full help with costs) or an HC3
certificate (partial help, showing the most you have to pay).</p>
"""
            ),
            _heading("Proof and checks", "h2"),
            _text(
                """
<p>We will ask you to sign a declaration and to show evidence of your exemption at each course of treatment,
such as your award letter or certificate. Claims are checked. If you claim free treatment you are not entitled
to, you may have to pay the full charge plus a penalty of up to &pound;100.</p>
"""
            ),
        ],
        [
            ("NHS bands and charges", "/nhs-dentistry/"),
            ("Joining the practice", "/new-patients/"),
            ("Children's dentistry", "/childrens-dentistry/"),
        ],
    ),
)

_NEW = _page(
    "/new-patients/",
    "Joining the Practice: NHS Waiting List &amp; Private Registration",
    "How to get an NHS dentist in Swansea through the Dental Access Portal, or join us as a private patient.",
    18,
    _hero(
        "Joining Uplands Dental Studio",
        "Joining the Practice",
        "Whether you are looking for an NHS dentist or would like to join us privately, here is how to become a "
        "patient and what to expect at your first visit.",
    ),
    _two_col(
        [
            _heading("Looking for an NHS dentist in Swansea?", "h2"),
            _text(
                """
<p>We do not keep our own NHS waiting list. Since 2023, new NHS places at practices across the Swansea Bay
University Health Board area are offered through the health board&#8217;s <strong>Dental Access
Portal</strong>, a single central waiting list. When we have room for new NHS patients, the health board
allocates people from the portal to us in order of how long they have waited and their clinical priority.</p>
<p><strong>How to join:</strong> add yourself to the Dental Access Portal online on the Swansea Bay University
Health Board website. If you are not online, the health board&#8217;s dental helpline can add you over the
phone &ndash; our reception team can give you the number. You only need to register once; there is no need to
put your name down with several practices.</p>
<p><strong>How long is the wait?</strong> Waits vary across the area. At the moment adults in the SA1 and SA2
postcodes are typically waiting 12 to 18 months. Children and pregnant women are prioritised.</p>
<p>When a place comes up, the portal will contact you by text or letter and you have 14 days to accept it.</p>
"""
            ),
            _heading("Haven&#8217;t been for a while?", "h3"),
            _text(
                """
<p>If we have not seen you for an NHS check-up for more than 24 months, we are no longer able to hold your NHS
place and you would need to join the Dental Access Portal again. Private patients remain on our books however
long it has been since their last visit.</p>
"""
            ),
            _heading("Joining as a private patient", "h2"),
            _text(
                """
<p>You can join us privately straight away, with no waiting list. New patient consultations are usually
available within two weeks; just phone reception to book. Prices are on our
<a href="/private-fees/">private fees</a> page.</p>
<p>Moving from another practice? You do not need to tell your old dentist. With your consent we can ask them
for your recent X-rays so they do not need to be repeated.</p>
"""
            ),
            _heading("Your first visit", "h3"),
            _text(
                """
<ul>
<li>Complete our online medical history form at least 48 hours before your appointment (we will text you the
link).</li>
<li>Bring a list of any medicines you take.</li>
<li>Arrive 10 minutes early so we can check your details.</li>
</ul>
"""
            ),
        ],
        [
            ("NHS bands and charges", "/nhs-dentistry/"),
            ("Free NHS treatment", "/free-nhs-treatment/"),
            ("Private fees", "/private-fees/"),
        ],
    ),
)

_FEES = _page(
    "/private-fees/",
    "Private Fees, Payment &amp; Studio Care Plan",
    "Private dental fees at Uplands Dental Studio, ways to pay, finance and our Studio Care monthly plan.",
    20,
    _hero(
        "Private Fees",
        "Private Fees",
        "These fees apply to private patients, and to any item you choose to have privately within an NHS course "
        "of treatment. Prices effective from 1 January 2025. You will always get a written estimate first.",
    ),
    _parent(
        _child(
            _heading("Examinations &amp; X-rays", "h3"),
            _price_list(
                [
                    ("New patient consultation", "&pound;75", "45 minutes, full examination and X-rays if needed"),
                    ("Routine examination", "&pound;52", "For existing private patients"),
                    ("Private emergency appointment", "&pound;95", "Assessment and pain relief"),
                    ("Small X-ray", "&pound;12", ""),
                    ("Panoramic (OPG) X-ray", "&pound;48", ""),
                ]
            ),
            _heading("Hygienist", "h3"),
            _price_list(
                [
                    ("Hygienist appointment, 30 minutes", "&pound;68", ""),
                    ("Hygienist appointment, 45 minutes", "&pound;89", "Recommended if you have gum disease"),
                    ("Airflow stain removal", "&pound;25", "Added to a hygienist appointment"),
                ]
            ),
            _heading("Fillings, root canals &amp; crowns", "h3"),
            _price_list(
                [
                    ("Amalgam (silver) filling", "from &pound;95", ""),
                    ("White composite filling", "from &pound;130", ""),
                    ("Root canal treatment, front tooth", "&pound;395", ""),
                    ("Root canal treatment, premolar", "&pound;495", ""),
                    ("Root canal treatment, molar", "&pound;650", ""),
                    ("Porcelain bonded crown", "&pound;595", ""),
                    ("All-ceramic crown", "&pound;695", ""),
                    ("Bridge", "from &pound;595 per unit", ""),
                    ("Adhesive bridge", "&pound;550", ""),
                ]
            ),
            cls="ud-fees-col",
        ),
        _child(
            _heading("Extractions", "h3"),
            _price_list(
                [
                    ("Simple extraction", "&pound;120", ""),
                    ("Surgical extraction", "from &pound;280", ""),
                    ("Wisdom tooth (surgical)", "from &pound;350", ""),
                ]
            ),
            _heading("Dentures", "h3"),
            _price_list(
                [
                    ("Acrylic partial denture", "from &pound;550", ""),
                    ("Full acrylic denture, upper or lower", "&pound;650", ""),
                    ("Chrome cobalt partial denture", "&pound;995", ""),
                    ("Denture repair", "from &pound;70", ""),
                    ("Denture reline", "&pound;180", ""),
                ]
            ),
            _heading("Other treatments", "h3"),
            _price_list(
                [
                    ("Home teeth whitening", "&pound;350", "Custom trays for upper and lower teeth plus gel"),
                    ("Sports mouthguard", "&pound;95", ""),
                    ("Night guard (hard acrylic)", "&pound;220", ""),
                    ("Fissure sealant", "&pound;28 per tooth", ""),
                ]
            ),
            _heading("Sedation", "h3"),
            _price_list(
                [
                    ("IV sedation", "&pound;295", "Per appointment, in addition to the treatment fee"),
                    ("Inhalation sedation (&#8220;happy gas&#8221;)", "&pound;120", "Per appointment"),
                ]
            ),
            cls="ud-fees-col",
        ),
        cls="ud-fees",
    ),
    _parent(
        _child(
            _heading("Studio Care: spread the cost of routine care", "h2"),
            _text(
                """
<p>Instead of paying at each visit, private patients can join our Studio Care membership plan and pay a fixed
amount each month by Direct Debit. There is no joining fee and you can cancel with one month&#8217;s
notice.</p>
<ul>
<li><strong>Studio Care Essential &ndash; &pound;14.95 a month:</strong> two examinations a year, two 30-minute
hygienist appointments a year, small X-rays when needed and 10% off private treatment.</li>
<li><strong>Studio Care Plus &ndash; &pound;21.50 a month:</strong> as Essential, but with four hygienist
appointments a year.</li>
<li><strong>Studio Care Junior (under 18s) &ndash; &pound;6.50 a month:</strong> two examinations a year and
fissure sealants when recommended.</li>
</ul>
"""
            ),
        ),
        _child(
            _heading("Ways to pay", "h2"),
            _text(
                """
<p>We accept cash, debit and credit cards (Visa, Mastercard and American Express), Apple Pay and Google Pay.
We do not accept cheques.</p>
<p>For private treatment costing over &pound;500 you can spread the cost over 6 to 12 months interest-free
through our finance partner, subject to status.</p>
<p>Treatment made in a laboratory (crowns, bridges, dentures and whitening trays) needs a 50% deposit when the
impressions or scans are taken, with the balance due when it is fitted.</p>
"""
            ),
        ),
        cls="ud-fees-extra",
    ),
)

_EMERGENCY = _page(
    "/emergencies/",
    "Emergency &amp; Urgent Dental Care in Swansea",
    "Toothache, swelling or a knocked-out tooth? How to get urgent dental care in the day and out of hours "
    "through NHS 111 Wales.",
    22,
    _hero(
        "Emergency &amp; Urgent Dental Care",
        "Emergencies",
        "Severe toothache, swelling, bleeding, a broken tooth or a dental injury? Here is how to get help, in "
        "working hours and when we are closed.",
    ),
    _two_col(
        [
            _heading("If you are our patient (NHS or private)", "h2"),
            _text(
                f"""
<p>Phone us on <a href="{_TEL}">{_PHONE}</a> from 8.30am. We keep urgent appointments free every weekday
morning and afternoon for patients in severe pain, with swelling or bleeding, with a dental injury, or with a
broken tooth that is sharp or painful. If all the urgent slots have gone, a dentist will phone you back the same
day to give advice and arrange when you can be seen.</p>
"""
            ),
            _heading("Not registered with a dentist?", "h2"),
            _text(
                """
<p>We cannot book urgent NHS appointments directly for people who are not our patients. Instead, call
<strong>NHS 111 Wales</strong> on <strong>111</strong>. It manages urgent dental appointments for people without
a dentist across the Swansea Bay area and will book you into one of the health board&#8217;s urgent dental
clinics if you need to be seen. Visitors who would rather pay privately can ask us for a private emergency
appointment if we have space that day.</p>
"""
            ),
            _heading("Evenings, weekends and bank holidays", "h2"),
            _text(
                """
<p>When the practice is closed, call <strong>NHS 111 Wales on 111</strong>. It is free from landlines and
mobiles and open 24 hours a day. A call handler and then a dental nurse will assess you over the phone and, if
you need treatment, book you an appointment with the out-of-hours dental service. The out-of-hours service is
by appointment only, so please do not turn up at the practice or at A&amp;E with toothache.</p>
<p>Over Christmas and New Year the practice is closed from 25 December to 1 January; use NHS 111 Wales during
that time.</p>
"""
            ),
            _heading("When to go to A&amp;E or call 999", "h2"),
            _text(
                """
<ul>
<li>swelling in your face or neck that is making it hard to breathe or swallow, or is closing your eye</li>
<li>bleeding after an extraction that has not stopped after 20 minutes of firm pressure on a rolled-up piece of
gauze or a clean handkerchief</li>
<li>a blow to the face with loss of consciousness, double vision or vomiting</li>
</ul>
<p>The nearest emergency department is at Morriston Hospital.</p>
"""
            ),
            _heading("Knocked-out tooth", "h2"),
            _text(
                """
<p><strong>Adult (permanent) tooth:</strong> act fast. Pick the tooth up by the crown (the white part), not the
root. If it is dirty, rinse it briefly in milk or cold water for no more than 10 seconds. Gently push it back
into the socket and bite on a clean cloth to hold it in place. If you cannot put it back, keep it in a cup of
milk and see a dentist straight away &ndash; ideally within an hour.</p>
<p><strong>Baby tooth:</strong> do not try to put it back, as this can damage the adult tooth underneath. Bring
your child in so we can check for other injuries.</p>
"""
            ),
            _heading("Until you can be seen", "h3"),
            _text(
                """
<p>Take paracetamol or ibuprofen as directed on the packet. Never put aspirin on your gum, as it burns.</p>
"""
            ),
        ],
        [
            ("Extractions &amp; aftercare", "/extractions-and-wisdom-teeth/"),
            ("NHS charges", "/nhs-dentistry/"),
            ("Find us", "/contact-and-access/"),
        ],
    ),
)

_CHECKUPS = _page(
    "/check-ups-and-x-rays/",
    "Check-ups, X-rays &amp; Mouth Cancer Screening",
    "What happens at a dental check-up, how often you need one, whether dental X-rays are safe and how we screen "
    "for mouth cancer.",
    24,
    _hero(
        "Check-ups, X-rays &amp; Mouth Cancer Screening",
        "Check-ups &amp; X-rays",
        "Regular examinations catch problems early, when they are simpler to treat.",
    ),
    _two_col(
        [
            _heading("What happens at a check-up?", "h2"),
            _text(
                """
<p>A check-up takes around 15 to 20 minutes. Your dentist will update your medical history, examine your teeth
and fillings, measure the health of your gums, check the soft tissues of your mouth and your jaw joints, and
talk you through anything that needs attention. You will get advice to help you keep your mouth healthy
between visits.</p>
"""
            ),
            _heading("How often do I need a check-up?", "h2"),
            _text(
                """
<p>Not everybody needs a check-up every six months. Following NICE guidance and the Welsh NHS dental contract,
your dentist sets your recall interval according to your own risk of decay, gum disease and other problems:
anywhere from every 3 months to every 24 months for adults, and every 3 to 12 months for children.</p>
<p>If your teeth and gums are healthy, you may be asked to come back once a year or even less often. This is
normal and is not a reduction in your care: it frees up NHS appointments for people who need them most. If your
risk changes, for example you develop gum problems or start a new medicine that dries your mouth, we will see
you more often.</p>
"""
            ),
            _heading("Dental X-rays", "h2"),
            _text(
                """
<p>X-rays show decay between the teeth and under fillings, infection at the root tips and bone levels around
the teeth, none of which can be seen by looking. We use small &#8220;bitewing&#8221; X-rays, single-tooth
X-rays and a panoramic (OPG) X-ray taken in-house. How often you need them depends on your risk; for most adults
bitewings are taken every one to two years.</p>
<p><strong>Are they safe?</strong> Yes. We use digital sensors, which need a very low dose. A bitewing X-ray
gives roughly the same radiation as one day of natural background radiation &ndash; less than a short flight.
If you are or might be pregnant, please tell us; we will usually postpone routine X-rays until after your baby
is born.</p>
"""
            ),
            _heading("Mouth cancer screening", "h2"),
            _text(
                """
<p>Every check-up includes a mouth cancer screen. We look at your tongue, under your tongue, the floor of your
mouth, your cheeks, lips and palate, and feel the glands in your neck.
Smoking, drinking alcohol, HPV infection and chewing betel quid or paan all increase the risk.</p>
<p><strong>Do not wait for your next check-up</strong> if you notice:</p>
<ul>
<li>a mouth ulcer that has not healed within three weeks</li>
<li>a red or white patch in the mouth</li>
<li>a lump or thickening on the lip, in the mouth or in the neck</li>
<li>hoarseness or difficulty swallowing that will not go away</li>
</ul>
<p>Call us and ask for an assessment appointment; we will see you within a week. Most of these turn out to be
harmless, but if we are concerned we will refer you urgently to the maxillofacial team at Morriston Hospital
under the suspected cancer pathway.</p>
"""
            ),
        ],
        [
            ("Hygienist &amp; gum health", "/hygienist-and-gum-health/"),
            ("NHS charges", "/nhs-dentistry/"),
            ("Private fees", "/private-fees/"),
        ],
    ),
    _parent(
        _testimonials(
            [
                (
                    "Really thorough check-up and everything explained clearly. In and out in twenty minutes.",
                    "Gareth D.",
                    "Google review",
                ),
                ("Friendly, professional and always on time.", "Sue M.", "Google review"),
            ]
        ),
        cls="ud-testimonials",
    ),
)

_FILLINGS = _page(
    "/fillings-and-root-canals/",
    "Fillings &amp; Root Canal Treatment",
    "Silver and white fillings on the NHS and privately, what to expect after a filling, and root canal "
    "treatment explained.",
    26,
    _hero(
        "Fillings &amp; Root Canal Treatment",
        "Fillings &amp; Root Canals",
        "Repairing decayed and damaged teeth so you can keep them for life.",
    ),
    _two_col(
        [
            _heading("Fillings", "h2"),
            _text(
                """
<p>We use two main filling materials. <strong>Amalgam</strong> (silver) fillings are strong and long-lasting.
<strong>Composite</strong> (white) fillings are bonded to the tooth and matched to its colour. Since July 2018
we do not use amalgam for children under 15 or for women who are pregnant or breastfeeding, unless there is a
strict clinical need.</p>
<h3>White fillings on the NHS</h3>
<p>On the NHS, front teeth are filled with a tooth-coloured material. For back teeth, amalgam is normally the
NHS option where it is clinically suitable, so a white filling on a back tooth is usually only available
privately. Your dentist will explain where a white filling is the right clinical choice on the NHS. You can
choose to have a private white filling as part of an otherwise NHS course of treatment.</p>
<h3>After a filling</h3>
<p>Your lip and cheek may stay numb for two to four hours. Avoid hot drinks and chewing until the feeling comes
back, as it is easy to bite your cheek &ndash; keep an eye on children. Some sensitivity to cold for up to two
weeks is normal. If your bite feels high or uneven once the numbness has gone, call us and we will adjust it.</p>
"""
            ),
            _heading("Root canal treatment", "h2"),
            _text(
                """
<p>When the nerve inside a tooth becomes infected or badly inflamed, usually from deep decay or a crack, root
canal treatment can save the tooth. We numb the tooth, clean and shape the narrow canals inside the root,
disinfect them, then fill and seal them.</p>
<p><strong>How many visits?</strong> Most root canal treatments take two appointments of 60 to 90 minutes, one
to two weeks apart. Front teeth can sometimes be finished in one visit. Treatment is successful in around 85 to
90 percent of cases. The alternative is to take the tooth out.</p>
<p>Back teeth are weaker after root canal treatment, so we usually recommend a crown afterwards to stop the tooth
from splitting. Dr Priya Nair has a special interest in root canal treatment and sees more complex cases; for
very complex treatment or re-treatment we can refer you privately to a specialist endodontist.</p>
<p>The tooth may be tender for a few days afterwards; ibuprofen or paracetamol usually helps. Avoid chewing hard
food on it until the final filling or crown is in place.</p>
"""
            ),
        ],
        [
            ("Crowns &amp; bridges", "/crowns-and-bridges/"),
            ("NHS bands", "/nhs-dentistry/"),
            ("Nervous patients", "/nervous-patients/"),
        ],
    ),
)

_EXTRACTIONS = _page(
    "/extractions-and-wisdom-teeth/",
    "Extractions &amp; Wisdom Teeth",
    "Having a tooth out in Swansea: blood thinners, aftercare, dry socket and when wisdom teeth need removing.",
    28,
    _hero(
        "Extractions &amp; Wisdom Teeth",
        "Extractions",
        "We always try to save a tooth, but sometimes taking it out is the best option.",
    ),
    _two_col(
        [
            _heading("Before your extraction", "h2"),
            _text(
                """
<p>Please tell us about every medicine you take. This is especially important for blood thinners:</p>
<ul>
<li><strong>Warfarin:</strong> you need an INR blood test within 24 hours before the extraction (or up to 72
hours before if your INR is usually stable). Bring the result with you.</li>
<li><strong>Apixaban, rivaroxaban or dabigatran:</strong> we may ask you to miss or delay your morning dose. The
dentist will tell you exactly what to do when the appointment is booked.</li>
<li><strong>Never stop a blood thinner</strong> without being told to by your dentist or doctor.</li>
</ul>
<p>Also tell us if you take, or have taken, bisphosphonate tablets or injections for osteoporosis. Eat normally
before your appointment unless you are having sedation.</p>
"""
            ),
            _heading("Aftercare", "h2"),
            _text(
                """
<ul>
<li>Bite firmly on the gauze for 20 minutes.</li>
<li>For 24 hours, do not rinse, spit hard or drink through a straw, and avoid hot drinks, alcohol and
exercise.</li>
<li>Do not smoke or vape for at least 72 hours. Smoking is the biggest cause of dry socket.</li>
<li>From the next day, rinse gently with warm salty water (a teaspoon of salt in a glass of warm water) after
meals for a week.</li>
<li>Chew on the other side and keep brushing your other teeth as normal.</li>
</ul>
<p>A little oozing is normal for the first day. If it starts bleeding, bite on a damp piece of gauze for 20
minutes.</p>
<h3>Dry socket</h3>
<p>If a throbbing pain starts two to four days after the extraction, often with a bad taste and pain spreading
to the ear, the blood clot may have been lost. Call us: we will clean the socket and place a soothing dressing,
at no extra charge within the same NHS course of treatment.</p>
"""
            ),
            _heading("Wisdom teeth", "h2"),
            _text(
                """
<p>Many wisdom teeth cause no problems at all. Following NICE guidance we do not remove healthy wisdom teeth
&#8220;just in case&#8221;. We recommend removal when there are repeated infections of the gum over the tooth,
decay that cannot be repaired, damage to the neighbouring tooth, or a cyst.</p>
<p>Straightforward upper and fully erupted lower wisdom teeth can be removed here under local anaesthetic. Lower
wisdom teeth that are impacted or lie close to the nerve are referred to the oral surgery department at
Morriston Hospital on the NHS, or to a specialist oral surgeon privately.</p>
<p>Swelling is usually worst on the second and third day. Most people take one or two days off work after a
surgical extraction.</p>
"""
            ),
        ],
        [
            ("Emergencies", "/emergencies/"),
            ("Nervous patients &amp; sedation", "/nervous-patients/"),
            ("Dentures", "/dentures/"),
        ],
    ),
)

_DENTURES = _page(
    "/dentures/",
    "Dentures &amp; Denture Repairs",
    "Full and partial dentures made in our own Swansea lab, same-day denture repairs, relines and denture care.",
    30,
    _hero(
        "Dentures &amp; Denture Repairs",
        "Dentures",
        "Comfortable, natural-looking dentures made and mended on site by our in-house technician, Gareth.",
    ),
    _two_col(
        [
            _heading("Types of denture", "h2"),
            _text(
                """
<ul>
<li><strong>Full acrylic dentures</strong> replace all the teeth in the upper or lower jaw.</li>
<li><strong>Partial acrylic dentures</strong> replace a few missing teeth and clip onto your natural teeth.</li>
<li><strong>Chrome cobalt partial dentures</strong> have a thin metal framework, so they are lighter, stronger
and less bulky than acrylic.</li>
<li><strong>Immediate dentures</strong> are fitted on the same day your teeth are taken out, so you are never
without teeth. As your gums shrink over the following months they will need a reline.</li>
</ul>
<p>A new set of dentures usually takes four or five appointments over six to eight weeks: impressions, recording
your bite, a wax try-in so you can see how they look, the fit, and a review.</p>
"""
            ),
            _heading("Same-day denture repairs", "h2"),
            _text(
                """
<p>Cracked plate, snapped denture or a tooth come off? Bring it to reception before 10am, Monday to Thursday,
and it will usually be ready to collect the same day from 3.30pm. Repairs handed in after 10am or on a Friday
are normally ready the next working day.</p>
<p>You do not need an appointment for a simple repair. If the denture needs a new impression, for example to add
a tooth after an extraction, we will book you a short appointment.</p>
<p>For NHS patients of the practice, denture repairs are free of charge. Private repair fees are on our
<a href="/private-fees/">fees page</a>.</p>
<p>Please do not try to mend a denture with superglue: it is harmful in the mouth and makes a proper repair
much harder.</p>
"""
            ),
            _heading("Looking after your dentures", "h2"),
            _text(
                """
<ul>
<li>Clean them twice a day with a soft brush and unperfumed soap or denture paste &ndash; ordinary toothpaste is
too abrasive.</li>
<li>Clean them over a folded towel or a sink of water so they do not break if dropped.</li>
<li>Take them out at night and keep them in water or a denture-soaking solution.</li>
<li>Never use hot water, which can warp the acrylic.</li>
</ul>
<p>Loose dentures can often be improved with a reline, which refits the fitting surface to your gums. Even with
no natural teeth, keep having regular check-ups.</p>
"""
            ),
        ],
        [
            ("Crowns &amp; bridges", "/crowns-and-bridges/"),
            ("Extractions", "/extractions-and-wisdom-teeth/"),
            ("Private fees", "/private-fees/"),
        ],
    ),
    _parent(
        _testimonials(
            [
                (
                    "My new dentures look so natural, nobody can tell. Gareth took real care over the colour.",
                    "Margaret E.",
                    "Google review",
                ),
            ]
        ),
        cls="ud-testimonials",
    ),
)

_CROWNS = _page(
    "/crowns-and-bridges/",
    "Crowns &amp; Bridges",
    "Dental crowns and bridges in Swansea: materials, what to expect, and what to do if a temporary crown comes off.",
    32,
    _hero(
        "Crowns &amp; Bridges",
        "Crowns &amp; Bridges",
        "Strengthening damaged teeth and replacing missing ones.",
    ),
    _two_col(
        [
            _heading("Crowns", "h2"),
            _text(
                """
<p>A crown is a cap that covers a weakened tooth, for example after a large filling, root canal treatment or a
crack. We offer:</p>
<ul>
<li><strong>porcelain bonded to metal</strong> &ndash; strong and reliable;</li>
<li><strong>all-ceramic</strong> &ndash; the most natural look, ideal for front teeth;</li>
<li><strong>zirconia</strong> &ndash; tooth-coloured and very strong, good for back teeth;</li>
<li><strong>gold</strong> &ndash; needs the least drilling and lasts extremely well.</li>
</ul>
<p>On the NHS the material is chosen on clinical grounds; for back teeth this is usually porcelain bonded to
metal or metal. An all-ceramic crown on a back tooth is available privately.</p>
<p>A crown takes two visits about two weeks apart. At the first, we shape the tooth, take a digital scan and
fit a temporary crown. At the second, we fit your permanent crown. With good care a crown usually lasts 10 to
15 years or more.</p>
"""
            ),
            _heading("If your temporary crown comes off", "h2"),
            _text(
                """
<p>Temporary crowns are held on with a weak cement so that they can be removed easily, so they do sometimes come
off. Don&#8217;t worry:</p>
<ul>
<li>Keep the temporary crown and clean it.</li>
<li>You can put it back on with temporary dental cement from a chemist, or a small dab of denture fixative or
Vaseline inside it. Never use superglue.</li>
<li>Avoid sticky or chewy food such as toffee and chewing gum on that side.</li>
<li>Ring us and we will re-cement it, usually the same or the next day.</li>
</ul>
<p>If you cannot refit it, keep the tooth clean and avoid very cold drinks. Try not to leave it for more than a
few days, as the teeth can move slightly and the permanent crown may not fit.</p>
"""
            ),
            _heading("Bridges", "h2"),
            _text(
                """
<p>A bridge replaces one or two missing teeth by attaching false teeth to the teeth next to the gap. A
<strong>conventional bridge</strong> uses crowns on the neighbouring teeth. An <strong>adhesive bridge</strong>
has a false tooth with a thin wing bonded to the back of a neighbouring tooth, needing little or no drilling;
it works well for front teeth. Clean under your bridge every day with Superfloss or interdental brushes.</p>
"""
            ),
        ],
        [
            ("Fillings &amp; root canals", "/fillings-and-root-canals/"),
            ("Dentures", "/dentures/"),
            ("Private fees", "/private-fees/"),
        ],
    ),
)

_CHILDREN = _page(
    "/childrens-dentistry/",
    "Children&#8217;s Dentistry",
    "Children's dentistry in Swansea: first visits, Designed to Smile fluoride varnish, fissure sealants, "
    "toothpaste advice and brace referrals.",
    34,
    _hero(
        "Children&#8217;s Dentistry",
        "Children&#8217;s Dentistry",
        "Healthy habits start early. We make visits fun so children grow up relaxed about the dentist.",
    ),
    _two_col(
        [
            _heading("Your child&#8217;s first visit", "h2"),
            _text(
                """
<p>Bring your baby to see us when their first tooth appears, or by their first birthday, whichever comes first.
Bringing them along to your own check-ups is a great way to get them used to the sights and sounds.</p>
<p>Children under 16 must be accompanied by a parent or guardian, or by another adult with written consent from
the parent.</p>
"""
            ),
            _heading("Designed to Smile and fluoride varnish", "h2"),
            _text(
                """
<p>We take part in <strong>Designed to Smile</strong>, the Welsh Government&#8217;s children&#8217;s oral health
programme. From the age of two we paint fluoride varnish onto your child&#8217;s teeth twice a year, or three
to four times a year if they are at higher risk of decay. It takes a minute and strengthens the enamel.</p>
"""
            ),
            _heading("Fissure sealants", "h2"),
            _text(
                """
<p>The biting surfaces of back teeth have deep grooves that trap food and are hard to clean. A fissure sealant
is a thin protective coating painted into those grooves on the permanent back teeth (molars), usually soon
after they come through: around the age of six or seven, and again at 11 to 13.</p>
<p>It is quick and completely painless: there are no injections and no drilling. We clean and dry the tooth,
paint on the sealant and set it with a blue light. It takes a few minutes per tooth. Sealants last several
years; we check them at each visit and top them up if they wear.</p>
"""
            ),
            _heading("Toothpaste and brushing", "h2"),
            _text(
                """
<ul>
<li>Under 3: a smear of toothpaste containing at least 1,000ppm fluoride.</li>
<li>3 to 6 years: a pea-sized amount of 1,350 to 1,500ppm fluoride toothpaste.</li>
<li>Spit, don&#8217;t rinse, so the fluoride keeps working.</li>
<li>Help or supervise brushing until about the age of seven.</li>
<li>Avoid sugary drinks, and never put your baby to bed with a bottle of milk or juice.</li>
</ul>
"""
            ),
            _heading("Braces", "h2"),
            _text(
                """
<p>We do not provide braces at the practice. We check how your child&#8217;s teeth are lining up at every visit
and, at around age 11 or 12, refer them to an NHS orthodontist if their need meets the NHS threshold. Waits for
NHS orthodontic treatment in the Swansea Bay area can be two years or more.</p>
"""
            ),
        ],
        [
            ("Free NHS treatment", "/free-nhs-treatment/"),
            ("Nervous patients", "/nervous-patients/"),
            ("Emergencies", "/emergencies/"),
        ],
    ),
    _parent(
        _testimonials(
            [
                (
                    "My daughter was so nervous but the nurse let her ride up and down in the chair first. "
                    "She left with a sticker and a big smile!",
                    "Rachel T.",
                    "Google review",
                ),
            ]
        ),
        cls="ud-testimonials",
    ),
)

_HYGIENE = _page(
    "/hygienist-and-gum-health/",
    "Hygienist &amp; Gum Health",
    "Bleeding gums, gum disease and seeing the dental hygienist in Swansea, including direct access hygiene "
    "appointments.",
    36,
    _hero(
        "Hygienist &amp; Gum Health",
        "Hygienist",
        "Our hygienists Ffion and Beth help you keep your gums healthy and your smile fresh.",
    ),
    _two_col(
        [
            _heading("Signs of gum disease", "h2"),
            _text(
                """
<ul>
<li>gums that bleed when you brush or floss</li>
<li>red, puffy or sore gums</li>
<li>bad breath or a bad taste that keeps coming back</li>
<li>gums shrinking back so teeth look longer</li>
<li>teeth that feel loose or have moved</li>
</ul>
<p><strong>Bleeding gums are not normal.</strong> Bleeding when you brush is usually the first sign of
gingivitis, inflammation caused by plaque building up along the gum line. Do not stop brushing the area that
bleeds; brush it gently but thoroughly twice a day and clean between your teeth every day with interdental
brushes or floss. Gingivitis is reversible and usually settles within two weeks of good cleaning. If your gums
are still bleeding after that, book an appointment.</p>
<p>Hormone changes in pregnancy make gums more likely to bleed, and people who smoke or have diabetes are at
higher risk of gum disease.</p>
"""
            ),
            _heading("Periodontitis and deep cleaning", "h2"),
            _text(
                """
<p>Left untreated, gingivitis can become periodontitis: the gum comes away from the teeth, pockets form and the
bone supporting the teeth is slowly lost. Treatment is a deep clean below the gum line (root surface
debridement), done under local anaesthetic over two to four visits, followed by a review after three
months.</p>
"""
            ),
            _heading("Seeing the hygienist", "h2"),
            _text(
                """
<p>On the NHS, a scale and polish is provided as part of your course of treatment when your dentist decides it
is clinically needed. Routine hygienist appointments for stain removal, freshness and maintenance are
private.</p>
<p><strong>Direct access:</strong> you can book a private appointment straight with one of our hygienists
without seeing a dentist first &ndash; just phone reception or book online. Hygienists do not check for decay,
so please keep up your check-ups with the dentist too.</p>
<p>Appointments are 30 or 45 minutes. Our Airflow polishing uses a fine powder and water spray to lift tea,
coffee and red wine stains.</p>
"""
            ),
        ],
        [
            ("Check-ups", "/check-ups-and-x-rays/"),
            ("Private fees", "/private-fees/"),
            ("Meet the team", "/our-team/"),
        ],
    ),
)

_NERVOUS = _page(
    "/nervous-patients/",
    "Nervous Patients &amp; Sedation",
    "Nervous of the dentist? Meet-and-greet chats, happy gas and IV sedation at Uplands Dental Studio, Swansea.",
    38,
    _hero(
        "Nervous Patients &amp; Sedation",
        "Nervous Patients",
        "Nearly one in four adults feels anxious about visiting the dentist. You are not alone, and we will never "
        "judge you, however long it has been.",
    ),
    _two_col(
        [
            _heading("How we help", "h2"),
            _text(
                """
<p>Let us know you are nervous when you book and we will flag it on your notes so everyone knows.</p>
<ul>
<li><strong>Free meet-and-greet:</strong> a 15-minute chat with a dentist in our consultation room &ndash; no
dental chair, no instruments &ndash; to talk about what worries you.</li>
<li>We agree a stop signal (raising your left hand) and stop whenever you use it.</li>
<li>Bring headphones and listen to your own music or podcast.</li>
<li>Ask for the first appointment of the day so you don&#8217;t have time to worry in the waiting room.</li>
<li>We use numbing gel before any injection.</li>
</ul>
"""
            ),
            _heading("Inhalation sedation (&#8220;happy gas&#8221;)", "h2"),
            _text(
                """
<p>You breathe a mixture of nitrous oxide and oxygen through a small nose hood. You stay awake but feel relaxed
and floaty. It suits children and adults with mild to moderate anxiety, and wears off within about 15 minutes
of the gas being switched off.</p>
"""
            ),
            _heading("IV sedation", "h2"),
            _text(
                """
<p>For more severe anxiety, or longer treatment, Dr Owen Bevan provides intravenous (IV) sedation with a
specially trained sedation nurse. A sedative is given through a small cannula in the back of your hand. You stay
conscious and able to respond, but feel deeply relaxed, and most people remember very little afterwards.</p>
<p><strong>We cannot put you to sleep.</strong> IV sedation is not a general anaesthetic. By law, dental
treatment under general anaesthetic can only take place in a hospital.</p>
<p><strong>If you are having IV sedation:</strong></p>
<ul>
<li>A responsible adult must come with you, take you home and stay with you for the rest of the day.</li>
<li>For 24 hours, do not drive, cycle, operate machinery, drink alcohol, go to work or sign legal
documents.</li>
<li>Have a light meal up to two hours before, and take your usual medicines unless told otherwise.</li>
</ul>
"""
            ),
            _heading("Sedation on the NHS", "h2"),
            _text(
                """
<p>Sedation is not part of our NHS contract, so sedation at the practice is private. Patients who meet the
criteria can be referred to the health board&#8217;s Community Dental Service, which provides NHS sedation and,
where needed, treatment under general anaesthetic in hospital.</p>
"""
            ),
        ],
        [
            ("Private fees", "/private-fees/"),
            ("Meet the team", "/our-team/"),
            ("Children's dentistry", "/childrens-dentistry/"),
        ],
    ),
    _parent(
        _testimonials(
            [
                (
                    "I hadn't been to a dentist in 15 years because of my nerves. Dr Bevan was so patient and "
                    "I've now had all my treatment done. Life-changing.",
                    "Anonymous",
                    "Google review",
                ),
            ]
        ),
        cls="ud-testimonials",
    ),
)


def _person(name: str, role: str, bio: str, photo: str, wp_id: int) -> str:
    return _child(
        _image(f"2024/01/{photo}.jpg", name, wp_id),
        _heading(name, "h3"),
        _text(f'<p class="ud-role">{role}</p>\n<p>{bio}</p>'),
        cls="ud-team-card",
    )


_TEAM = _page(
    "/our-team/",
    "Meet the Team",
    "Meet the dentists, hygienists, technician and reception team at Uplands Dental Studio, including our "
    "Welsh-speaking staff.",
    40,
    _hero(
        "Meet the Team",
        "Our Team",
        "A friendly, experienced team. All our clinicians are registered with the General Dental Council.",
    ),
    _parent(
        _heading("Dentists", "h2"),
        _child(
            _person(
                "Dr Rhian Pryce",
                "Principal Dentist &ndash; BDS (Cardiff 2004), GDC 72814",
                "Rhian grew up in Carmarthen and is a first-language Welsh speaker. She enjoys restorative and "
                "family dentistry and works Monday, Tuesday, Thursday and Friday.",
                "rhian-pryce",
                501,
            ),
            _person(
                "Dr Owen Bevan",
                "Associate Dentist &ndash; BDS (Bristol 2010), PG Cert Conscious Sedation, GDC 101233",
                "Owen leads our sedation service and is known for his calm, unhurried approach with anxious "
                "patients. He works our Tuesday late evenings.",
                "owen-bevan",
                502,
            ),
            _person(
                "Dr Priya Nair",
                "Associate Dentist &ndash; BDS, MJDF RCS (Eng), GDC 187420",
                "Priya has a special interest in endodontics (root canal treatment) and completed a postgraduate "
                "certificate in endodontics in 2020.",
                "priya-nair",
                503,
            ),
            _person(
                "Dr Daniel Okafor",
                "Associate Dentist &ndash; BDS (Cardiff 2018), GDC 268911",
                "Daniel trained in Cardiff and has a particular interest in dentures and in treating children.",
                "daniel-okafor",
                504,
            ),
            cls="ud-team-grid",
        ),
    ),
    _parent(
        _heading("Hygiene and laboratory", "h2"),
        _child(
            _person(
                "Ffion Harries",
                "Dental Hygienist &ndash; GDC 5519",
                "Ffion has been with us since 2012 and speaks Welsh.",
                "ffion-harries",
                505,
            ),
            _person(
                "Beth Llewellyn",
                "Dental Hygienist &amp; Therapist &ndash; GDC 244105",
                "Beth qualified from Cardiff University in 2016 and loves helping patients beat gum disease.",
                "beth-llewellyn",
                506,
            ),
            _person(
                "Gareth Morgan",
                "Dental Technician &ndash; GDC 61087",
                "Gareth runs our on-site laboratory, making and repairing dentures.",
                "gareth-morgan",
                507,
            ),
            cls="ud-team-grid",
        ),
    ),
    _parent(
        _heading("Practice team", "h2"),
        _text(
            """
<p><strong>Sian Thomas</strong>, Practice Manager &middot; <strong>Elin Rees</strong>, Head Receptionist
&middot; <strong>Kerry Hopkins</strong>, Lead Dental Nurse &middot; <strong>Jade Collins</strong>, Dental Nurse
&middot; <strong>Amir Haddad</strong>, Dental Nurse &middot; <strong>Lowri Evans</strong>, Trainee Dental
Nurse</p>
"""
        ),
    ),
    _parent(
        _heading("Siaradwch Gymraeg &ndash; Welsh-language care", "h2"),
        _text(
            """
<p>Mae croeso i chi ddefnyddio&#8217;r Gymraeg. Dr Rhian Pryce, hygienist Ffion Harries and receptionist Elin
Rees are fluent Welsh speakers, and trainee nurse Lowri is a confident learner. Look for the orange
<em>Iaith Gwaith</em> badge: anyone wearing it is happy to speak Welsh with you.</p>
<p>If you would like your appointments in Welsh, tell reception. We will note your language preference on your
record and book you with a Welsh-speaking clinician wherever possible. Letters, medical history forms and
treatment plans are available in Welsh on request.</p>
"""
        ),
        cls="ud-welsh",
    ),
)

_POLICIES = _page(
    "/appointments-and-policies/",
    "Appointments, Cancellations &amp; Complaints",
    "How to book, our cancellation and failed appointment policy for NHS and private patients, and how to "
    "make a complaint.",
    42,
    _hero(
        "Appointments &amp; Practice Policies",
        "Appointments &amp; Policies",
        "Everything you need to know about booking, changing or cancelling appointments, and how to raise a concern.",
    ),
    _two_col(
        [
            '<span id="booking"></span>',
            _heading("Booking an appointment", "h2"),
            _text(
                f"""
<p>Call reception on <a href="{_TEL}">{_PHONE}</a> or call in to see us. Existing private patients and anyone
booking a hygienist appointment can also book online 24 hours a day using the <em>Book Now</em> button. NHS
check-ups and treatment are booked by phone or in person.</p>
<p>We send a text and email reminder two days before every appointment.</p>
<p>If you arrive more than 10 minutes late we may not be able to see you and may need to rebook, although we
will always try to fit you in.</p>
"""
            ),
            _heading("Cancelling or changing an appointment", "h2"),
            _text(
                """
<p>Please give us at least 24 hours&#8217; notice so we can offer the time to someone else. For a Monday
appointment, please let us know by 4pm on the Friday before. You can phone, reply to your reminder text, or
leave a message on our answerphone outside opening hours.</p>
"""
            ),
            _heading("Missed (failed) appointments", "h2"),
            _text(
                """
<p><strong>NHS patients:</strong> an appointment missed without notice is recorded as a failed appointment.
After the first one we will write to remind you of this policy. If you miss two appointments within 12 months,
we may not be able to offer you further routine NHS appointments, and your NHS place may be released so that
you would need to rejoin through the health board&#8217;s waiting list. Urgent care is always available.</p>
<p><strong>Private patients:</strong> missed appointments and cancellations with less than 24 hours&#8217;
notice are charged at &pound;40 for every 30 minutes booked. A missed IV sedation appointment is charged at
&pound;150, because a sedation nurse is booked specially.</p>
<p><strong>Children:</strong> we never charge for a child&#8217;s missed appointment, but we will contact you
to rearrange it.</p>
"""
            ),
            _heading("Compliments, concerns and complaints", "h2"),
            _text(
                """
<p>We hope you are always happy with your care, but if something has gone wrong we want to know. NHS concerns
are handled under <strong>Putting Things Right</strong>, the NHS Wales process for raising concerns.</p>
<ol>
<li>Speak to any member of the team, or contact our Practice Manager, Sian Thomas, in person, by phone, by email
or by letter. Many concerns can be sorted out straight away.</li>
<li>We will acknowledge a written concern within two working days and aim to send a full response within 30
working days. If it will take longer, we will tell you why.</li>
<li>NHS patients who are not satisfied, or who would prefer not to raise the concern with us directly, can
contact Swansea Bay University Health Board&#8217;s patient feedback team, and then the Public Services
Ombudsman for Wales.</li>
<li>Private patients can contact the Dental Complaints Service.</li>
</ol>
<p>Llais, the independent body that represents people in Wales, can give free, confidential help with making a
complaint.</p>
"""
            ),
            '<span id="privacy"></span>',
            _heading("Your records and privacy", "h2"),
            _text(
                """
<p>We keep your dental records securely in line with UK GDPR and only share them with other health
professionals involved in your care, or with your consent. Our full privacy notice is available from
reception.</p>
"""
            ),
        ],
        [
            ("Joining the practice", "/new-patients/"),
            ("FAQs", "/faq/"),
            ("Find us", "/contact-and-access/"),
        ],
    ),
)

_CONTACT = _page(
    "/contact-and-access/",
    "Find Us, Opening Hours &amp; Access",
    "Opening hours, address, parking, buses and wheelchair access at Uplands Dental Studio, 118 Walter Road, Swansea.",
    44,
    _hero(
        "Find Us, Opening Hours &amp; Access",
        "Find Us",
        "We are on Walter Road in Uplands, about a mile west of Swansea city centre.",
    ),
    _parent(
        _child(
            _heading("Opening hours", "h2"),
            _text(
                """
<table class="ud-table ud-hours">
<tbody>
<tr><td>Monday</td><td>8.30am &ndash; 5.30pm</td></tr>
<tr><td>Tuesday</td><td>8.30am &ndash; 7.30pm (late evening)</td></tr>
<tr><td>Wednesday</td><td>8.30am &ndash; 5.30pm</td></tr>
<tr><td>Thursday</td><td>8.00am &ndash; 5.30pm</td></tr>
<tr><td>Friday</td><td>8.30am &ndash; 4.30pm</td></tr>
<tr><td>Saturday</td><td>1st and 3rd Saturday of the month, 9.00am &ndash; 1.00pm (private and hygienist
appointments only)</td></tr>
<tr><td>Sunday</td><td>Closed</td></tr>
</tbody>
</table>
<p>Our phone lines close for lunch from 1pm to 2pm. We are closed on bank holidays.</p>
"""
            ),
            cls="ud-hours-col",
        ),
        _child(
            _heading("Contact us", "h2"),
            _text(
                f"""
<p>Uplands Dental Studio<br>118 Walter Road, Uplands<br>Swansea SA1 4QF</p>
<p>Phone: <a href="{_TEL}">{_PHONE}</a><br>Email: <a href="mailto:{_EMAIL}">{_EMAIL}</a></p>
<p>We reply to emails within one working day. Please phone rather than email about anything urgent.</p>
"""
            ),
            cls="ud-contact-col",
        ),
        cls="ud-contact-row",
    ),
    _parent(
        _child(
            '<span id="access"></span>',
            _heading("Wheelchair and step-free access", "h2"),
            _text(
                """
<p>We are in a converted Victorian townhouse. The front door has three steps, but there is step-free access by
a ramp at the side entrance (signposted, on the left of the building). Reception, the waiting room, three of our
six surgeries and an accessible toilet with grab rails are all on the ground floor.</p>
<p>Please tell us when you book if you need a ground-floor surgery and we will make sure you are seen
downstairs. Wheelchair users can usually have their check-up without leaving their own chair.</p>
<p>There is a hearing loop at reception, assistance dogs are welcome, and large-print forms are available.</p>
"""
            ),
        ),
        _child(
            _heading("Parking", "h2"),
            _text(
                """
<p>We do not have a patient car park. There are two Blue Badge bays at the rear of the practice, reached from
the lane behind Walter Road, on a first-come, first-served basis.</p>
<p>There is on-street pay-and-display parking on Walter Road (maximum stay two hours; you can pay by app). The
side streets are residents&#8217; permit parking only and are patrolled regularly. There is also a small council
pay-and-display car park behind the Uplands shops, a four-minute walk away.</p>
<p>There is a cycle rack by our front door.</p>
"""
            ),
            _heading("By bus and train", "h2"),
            _text(
                """
<p>Several First Cymru buses from Swansea Bus Station towards Sketty, Killay and Gower stop at Uplands
Crescent, around ten minutes from the city centre; the practice is a three-minute walk from the stop. Swansea
railway station is about a mile and a half away, with a taxi rank outside.</p>
"""
            ),
        ),
        cls="ud-access-row",
    ),
)

_FAQ = _page(
    "/faq/",
    "Frequently Asked Questions",
    "Answers to common questions: teeth grinding, whitening, sports mouthguards, work letters, pregnancy, "
    "records and more.",
    46,
    _hero(
        "Frequently Asked Questions",
        "FAQs",
        "Can&#8217;t find what you are looking for? Give reception a ring &ndash; we are happy to help.",
    ),
    _parent(
        _child(
            _accordion(
                [
                    (
                        "I think I grind my teeth at night. Can you help?",
                        "<p>Grinding or clenching (bruxism) often shows up as aching jaw muscles or a headache first "
                        "thing in the morning, and worn, chipped or sensitive teeth. We can make a custom hard "
                        "acrylic night guard that fits over your upper teeth and protects them while you sleep. It "
                        "takes two visits: a scan or impression, then the fit about a week later. Cutting down on "
                        "caffeine and alcohol in the evening and managing stress can also help.</p>",
                    ),
                    (
                        "Do you offer teeth whitening?",
                        "<p>Yes, for private patients. We make custom-fitted trays and you whiten at home with a "
                        "professional gel over two to three weeks. Results usually last one to three years with "
                        "occasional top-ups. Whitening is not available on the NHS. Existing crowns and fillings do "
                        "not change colour. In the UK only dental professionals can legally carry out teeth "
                        "whitening: salon and beautician whitening is illegal and can use unsafe products.</p>",
                    ),
                    (
                        "Can you make a sports mouthguard?",
                        "<p>Yes. A custom-made mouthguard fits far better than a boil-and-bite one from a sports "
                        "shop, so it protects better and is easier to talk and breathe in. We take an impression "
                        "and it is ready about a week later, in your choice of club colours.</p>",
                    ),
                    (
                        "Can I get a letter for my employer or my child&#8217;s school?",
                        "<p>Yes. Ask at reception on the day and we will give you a free letter confirming the date "
                        "and time of your appointment.</p>",
                    ),
                    (
                        "I&#8217;m pregnant. Is it safe to have dental treatment?",
                        "<p>Yes. Most dental treatment, including local anaesthetic, is safe during pregnancy. "
                        "Non-urgent treatment is most comfortable in the middle three months. Please tell us that "
                        "you are pregnant at every visit.</p>",
                    ),
                    (
                        "Can I have a copy of my dental records?",
                        "<p>Yes. Ask reception or email us. There is no charge and we will send them within one "
                        "month.</p>",
                    ),
                    (
                        "Can someone come into the surgery with me?",
                        "<p>Of course. A friend, relative or carer is welcome to sit with you. If you need an "
                        "interpreter, tell us when you book and we can arrange a telephone interpreter.</p>",
                    ),
                    (
                        "Do you sell toothbrushes and interdental brushes?",
                        "<p>Yes. We stock electric toothbrushes, interdental brushes in every size, floss and "
                        "high-fluoride toothpaste at reception, usually for less than the high street.</p>",
                    ),
                ]
            ),
            cls="ud-faq-main",
        ),
        _sidebar(
            [
                ("Private fees", "/private-fees/"),
                ("Appointments &amp; policies", "/appointments-and-policies/"),
                ("Emergencies", "/emergencies/"),
            ]
        ),
        cls="ud-faq-row",
    ),
)

HTML = {
    "/": _HOME,
    "/nhs-dentistry/": _NHS,
    "/free-nhs-treatment/": _FREE,
    "/new-patients/": _NEW,
    "/private-fees/": _FEES,
    "/emergencies/": _EMERGENCY,
    "/check-ups-and-x-rays/": _CHECKUPS,
    "/fillings-and-root-canals/": _FILLINGS,
    "/extractions-and-wisdom-teeth/": _EXTRACTIONS,
    "/dentures/": _DENTURES,
    "/crowns-and-bridges/": _CROWNS,
    "/childrens-dentistry/": _CHILDREN,
    "/hygienist-and-gum-health/": _HYGIENE,
    "/nervous-patients/": _NERVOUS,
    "/our-team/": _TEAM,
    "/appointments-and-policies/": _POLICIES,
    "/contact-and-access/": _CONTACT,
    "/faq/": _FAQ,
}

QUESTIONS = [
    ("how much is a filling on the nhs in wales", "/nhs-dentistry/"),
    (
        "The dentist says I need a crown and two fillings on the NHS. Do I have to pay for each one separately "
        "or what? Trying to budget before Christmas",
        "/nhs-dentistry/",
    ),
    ("I'm 22 and a student, do I have to pay for my check up?", "/free-nhs-treatment/"),
    ("im on universal credit do i get my treatment free", "/free-nhs-treatment/"),
    (
        "Hi, are you taking on NHS patients? We've just moved to Swansea from Bristol and haven't got a dentist yet",
        "/new-patients/",
    ),
    ("I haven't been to the dentist in about three years, am I still on your books?", "/new-patients/"),
    ("How much is it to see the hygienist privately?", "/private-fees/"),
    ("is there a monthly plan i can pay into instead of paying each time", "/private-fees/"),
    (
        "It's Saturday night and half my face has swelled up from a bad tooth, who do I ring",
        "/emergencies/",
    ),
    (
        "my son knocked his front tooth clean out at rugby training, he's 14. what do we do??",
        "/emergencies/",
    ),
    (
        "Why am I only being called back once a year now? I always used to come every six months",
        "/check-ups-and-x-rays/",
    ),
    (
        "I've had a sore spot on the side of my tongue for about a month now and it's not going. Should I be worried?",
        "/check-ups-and-x-rays/",
    ),
    (
        "Can I have a tooth coloured filling on a back tooth on the NHS or is it only the silver ones",
        "/fillings-and-root-canals/",
    ),
    ("Had a tooth out yesterday, when can I have a fag", "/extractions-and-wisdom-teeth/"),
    (
        "The pink plate on my mum's false teeth has snapped in half, can you fix it today? She's got a wedding "
        "on Saturday",
        "/dentures/",
    ),
    ("my temporary crown came off eating a toffee what should i do", "/crowns-and-bridges/"),
    (
        "The dentist mentioned sealing my daughter's back teeth. Does it hurt? She's only 7 and gets upset easily",
        "/childrens-dentistry/",
    ),
    ("my gums bleed every time i brush, is that normal?", "/hygienist-and-gum-health/"),
    (
        "I'm absolutely terrified of dentists, honestly shaking just writing this. Can you put me to sleep for "
        "treatment?",
        "/nervous-patients/",
    ),
    ("Does anyone there speak Welsh? My mamgu is much happier in Cymraeg", "/our-team/"),
    ("What happens if I miss an appointment? I completely forgot mine last week", "/appointments-and-policies/"),
    ("how do i make a complaint about my treatment", "/appointments-and-policies/"),
    ("parking?", "/contact-and-access/"),
    (
        "My husband uses a wheelchair, will he be able to get in ok? Last dentist we tried had stairs everywhere",
        "/contact-and-access/",
    ),
    (
        "I keep waking up with an achy jaw and my partner says I grind my teeth in my sleep. Anything you can do?",
        "/faq/",
    ),
]

OUT_OF_SCOPE = [
    "Do you do dental implants? I've got a gap at the front I want filled permanently",
    "Can you do veneers or composite bonding to make my front teeth look more even?",
    "Could a dentist come out to the house? My mum is housebound since her stroke",
    "Are you looking for any dental nurses at the moment? I'm qualified and looking for work",
    "Can you bill my Bupa dental insurance directly?",
    "Do you do lip filler or anti-wrinkle injections?",
    "What time do the Swans kick off on Saturday?",
    "Can you recommend a good vet in Sketty?",
]
