"""An evaluation site: Harwood Windows & Doors, a family double glazing, doors and conservatories installer (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. WordPress built with the Elementor page
builder: elementor-section / elementor-container / elementor-column / elementor-widget-wrap wrappers, text-editor
widgets, an elementor-tabs FAQ with nested accordions, and header/footer Elementor templates.
"""

import itertools

NAME = "Harwood Windows & Doors"

_ids = itertools.count(0x3A71F0, 0x1D3)


def _eid():
    return f"{next(_ids):07x}"[-7:]


# --------------------------------------------------------------------------- Elementor building blocks


def _widget(kind, inner, extra=""):
    e = _eid()
    return (
        f'<div class="elementor-element elementor-element-{e} elementor-widget elementor-widget-{kind} {extra}" '
        f'data-id="{e}" data-element_type="widget" data-widget_type="{kind}.default">\n'
        f'<div class="elementor-widget-container">\n{inner}\n</div>\n</div>'
    )


def _heading(text, tag="h2", size="default"):
    return _widget("heading", f'<{tag} class="elementor-heading-title elementor-size-{size}">{text}</{tag}>')


def _text(html):
    return _widget("text-editor", html)


def _button(label, href, size="md"):
    inner = (
        '<div class="elementor-button-wrapper">\n'
        f'<a class="elementor-button elementor-button-link elementor-size-{size}" href="{href}">\n'
        '<span class="elementor-button-content-wrapper"><span class="elementor-button-icon elementor-align-icon-left">'
        '<i aria-hidden="true" class="fas fa-arrow-right"></i></span>\n'
        f'<span class="elementor-button-text">{label}</span></span>\n</a>\n</div>'
    )
    return _widget("button", inner, "elementor-align-left")


def _divider():
    return _widget(
        "divider",
        '<div class="elementor-divider"><span class="elementor-divider-separator"></span></div>',
    )


def _spacer():
    return _widget("spacer", '<div class="elementor-spacer"><div class="elementor-spacer-inner"></div></div>')


def _icon_list(items):
    lis = "\n".join(
        f'<li class="elementor-icon-list-item"><a href="{href}"><span class="elementor-icon-list-icon">'
        f'<i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">{label}</span>'
        "</a></li>"
        if href
        else f'<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon">'
        f'<i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">{label}</span>'
        "</li>"
        for label, href in items
    )
    return _widget("icon-list", f'<ul class="elementor-icon-list-items">\n{lis}\n</ul>')


def _image(src, alt):
    return _widget(
        "image",
        f'<img width="800" height="533" src="{src}" class="attachment-large size-large" alt="{alt}" loading="lazy" '
        f'srcset="{src} 800w, {src.replace(".jpg", "-300x200.jpg")} 300w" sizes="(max-width: 800px) 100vw, 800px" />',
    )


def _icon_box(icon, title, body, href=None):
    link_open = f'<a href="{href}">' if href else "<span>"
    link_close = "</a>" if href else "</span>"
    inner = (
        '<div class="elementor-icon-box-wrapper">\n'
        f'<div class="elementor-icon-box-icon"><span class="elementor-icon elementor-animation-grow">'
        f'<i aria-hidden="true" class="{icon}"></i></span></div>\n'
        '<div class="elementor-icon-box-content">\n'
        f'<h3 class="elementor-icon-box-title">{link_open}{title}{link_close}</h3>\n'
        f'<p class="elementor-icon-box-description">{body}</p>\n</div>\n</div>'
    )
    return _widget("icon-box", inner, "elementor-view-default elementor-position-top")


def _testimonials(reviews):
    slides = "\n".join(
        '<div class="swiper-slide"><div class="elementor-testimonial">\n'
        f'<div class="elementor-testimonial__content"><div class="elementor-testimonial__text">{quote}</div></div>\n'
        '<div class="elementor-testimonial__footer"><cite class="elementor-testimonial__cite">'
        f'<span class="elementor-testimonial__name">{who}</span>'
        f'<span class="elementor-testimonial__title">{where}</span></cite>\n'
        '<div class="elementor-star-rating" title="5/5"><i class="elementor-star-full">&#xE934;</i>'
        '<i class="elementor-star-full">&#xE934;</i><i class="elementor-star-full">&#xE934;</i>'
        '<i class="elementor-star-full">&#xE934;</i><i class="elementor-star-full">&#xE934;</i></div>\n'
        "</div></div></div>"
        for quote, who, where in reviews
    )
    inner = (
        '<div class="elementor-main-swiper swiper-container"><div class="swiper-wrapper">\n'
        f"{slides}\n</div>\n"
        '<div class="swiper-pagination"></div><div class="elementor-swiper-button elementor-swiper-button-prev">'
        '<i aria-hidden="true" class="eicon-chevron-left"></i></div><div class="elementor-swiper-button '
        'elementor-swiper-button-next"><i aria-hidden="true" class="eicon-chevron-right"></i></div></div>'
    )
    return _widget("testimonial-carousel", inner, "elementor-testimonial--skin-bubble")


def _accordion(items):
    parts = []
    for n, (q, a) in enumerate(items, 1):
        t = next(_ids) % 9000 + 1000
        parts.append(
            '<div class="elementor-accordion-item">\n'
            f'<div id="elementor-tab-title-{t}" class="elementor-tab-title" data-tab="{n}" role="button" '
            f'aria-controls="elementor-tab-content-{t}" aria-expanded="false">\n'
            '<span class="elementor-accordion-icon elementor-accordion-icon-left" aria-hidden="true">'
            '<span class="elementor-accordion-icon-closed"><i class="fas fa-plus"></i></span>'
            '<span class="elementor-accordion-icon-opened"><i class="fas fa-minus"></i></span></span>\n'
            f'<a class="elementor-accordion-title" tabindex="0">{q}</a>\n</div>\n'
            f'<div id="elementor-tab-content-{t}" class="elementor-tab-content elementor-clearfix" data-tab="{n}" '
            f'role="region" aria-labelledby="elementor-tab-title-{t}">{a}</div>\n</div>'
        )
    return '<div class="elementor-accordion" role="tablist">\n' + "\n".join(parts) + "\n</div>"


def _tabs(tabs):
    base = next(_ids) % 9000 + 1000
    titles = []
    panes = []
    for n, (title, content) in enumerate(tabs, 1):
        active = " elementor-active" if n == 1 else ""
        sel = "true" if n == 1 else "false"
        t = base * 10 + n
        titles.append(
            f'<div id="elementor-tab-title-{t}" class="elementor-tab-title elementor-tab-desktop-title{active}" '
            f'aria-selected="{sel}" data-tab="{n}" role="tab" tabindex="0" aria-controls="elementor-tab-content-{t}" '
            f'aria-expanded="false">{title}</div>'
        )
        panes.append(
            f'<div class="elementor-tab-title elementor-tab-mobile-title{active}" aria-selected="{sel}" '
            f'data-tab="{n}" role="tab" tabindex="-1" aria-controls="elementor-tab-content-{t}" '
            f'aria-expanded="false">{title}</div>\n'
            f'<div id="elementor-tab-content-{t}" class="elementor-tab-content elementor-clearfix{active}" '
            f'data-tab="{n}" role="tabpanel" aria-labelledby="elementor-tab-title-{t}" tabindex="0" '
            f"{'' if n == 1 else 'hidden'}>\n{content}\n</div>"
        )
    inner = (
        '<div class="elementor-tabs">\n<div class="elementor-tabs-wrapper" role="tablist">\n'
        + "\n".join(titles)
        + '\n</div>\n<div class="elementor-tabs-content-wrapper" role="tablist" aria-orientation="vertical">\n'
        + "\n".join(panes)
        + "\n</div>\n</div>"
    )
    return _widget("tabs", inner, "elementor-tabs-view-horizontal")


def _column(*widgets, size=100):
    e = _eid()
    body = "\n".join(widgets)
    return (
        f'<div class="elementor-column elementor-col-{size} elementor-top-column elementor-element '
        f'elementor-element-{e}" data-id="{e}" data-element_type="column">\n'
        f'<div class="elementor-widget-wrap elementor-element-populated">\n{body}\n</div>\n</div>'
    )


def _section(*columns, cls="", gap="default"):
    e = _eid()
    body = "\n".join(columns)
    return (
        f'<section class="elementor-section elementor-top-section elementor-element elementor-element-{e} '
        f'elementor-section-boxed elementor-section-height-default elementor-section-height-default {cls}" '
        f'data-id="{e}" data-element_type="section" '
        "data-settings='{&quot;background_background&quot;:&quot;classic&quot;}'>\n"
        '<div class="elementor-background-overlay"></div>\n'
        f'<div class="elementor-container elementor-column-gap-{gap}">\n{body}\n</div>\n</section>'
    )


def _page_title(title, crumb):
    return _section(
        _column(
            _heading(title, "h1", "xl"),
            _widget(
                "breadcrumbs",
                '<p id="breadcrumbs"><span><span><a href="/">Home</a></span> &raquo; '
                f'<span class="breadcrumb_last" aria-current="page">{crumb}</span></span></p>',
            ),
        ),
        cls="page-title-banner elementor-section-stretched",
    )


def _sidebar():
    return _column(
        _heading("Free, no-obligation quote", "h4"),
        _text(
            "<p>Tell us a little about your project and one of our surveyors will get back to you "
            "to arrange a visit at a time that suits you.</p>"
        ),
        _button("Book a free survey", "/quotes-and-surveys/"),
        _divider(),
        _heading("Help &amp; advice", "h4"),
        _icon_list(
            [
                ("How installation works", "/installation-process/"),
                ("Guarantees &amp; FENSA", "/guarantees-and-fensa/"),
                ("Finance &amp; paying", "/finance/"),
                ("Planning &amp; building regs", "/planning-and-building-regs/"),
                ("Looking after your windows", "/aftercare/"),
                ("Frequently asked questions", "/faqs/"),
            ]
        ),
        _divider(),
        _heading("Something broken?", "h4"),
        _text("<p>Misted glass, a stiff handle or a door that won't lock? We fix all makes.</p>"),
        _button("Repairs", "/repairs/", "sm"),
        size=33,
    )


# --------------------------------------------------------------------------- shared header / footer

_MENU = [
    ("Home", "/", []),
    ("Windows", "/upvc-windows/", [("uPVC Windows", "/upvc-windows/"), ("Aluminium Windows", "/aluminium-windows/")]),
    (
        "Doors",
        "/composite-doors/",
        [
            ("Composite Front &amp; Back Doors", "/composite-doors/"),
            ("Bifold &amp; Patio Doors", "/bifold-patio-doors/"),
        ],
    ),
    ("Conservatories", "/conservatories/", []),
    ("Repairs", "/repairs/", []),
    (
        "Help &amp; Advice",
        "/faqs/",
        [
            ("Quotes &amp; Surveys", "/quotes-and-surveys/"),
            ("The Installation Process", "/installation-process/"),
            ("Guarantees &amp; FENSA", "/guarantees-and-fensa/"),
            ("Finance &amp; Payment", "/finance/"),
            ("Planning &amp; Building Regs", "/planning-and-building-regs/"),
            ("Aftercare &amp; Maintenance", "/aftercare/"),
            ("FAQs", "/faqs/"),
            ("Terms &amp; Cancellations", "/terms-and-cancellation/"),
        ],
    ),
    ("About Us", "/about-us/", []),
    ("Contact", "/contact-us/", []),
]


def _menu_ul(current, menu_id):
    out = [f'<ul id="menu-{menu_id}" class="elementor-nav-menu">']
    for n, (label, href, subs) in enumerate(_MENU):
        classes = f"menu-item menu-item-type-post_type menu-item-object-page menu-item-{2101 + n * 7}"
        if subs:
            classes += " menu-item-has-children"
        if href == current or any(s[1] == current for s in subs):
            classes += " current-menu-item current_page_item"
        out.append(f'<li class="{classes}"><a href="{href}" class="elementor-item">{label}</a>')
        if subs:
            out.append('<ul class="sub-menu elementor-nav-menu--dropdown">')
            for m, (slabel, shref) in enumerate(subs):
                out.append(
                    '<li class="menu-item menu-item-type-post_type menu-item-object-page '
                    f'menu-item-{2300 + n * 20 + m}">'
                    f'<a href="{shref}" class="elementor-sub-item">{slabel}</a></li>'
                )
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul>")
    return "\n".join(out)


def _header(current):
    topbar = _section(
        _column(
            _text(
                '<p><i class="fas fa-phone-alt"></i> <a href="tel:01632960214">01632 960214</a> &nbsp;|&nbsp; '
                '<i class="fas fa-envelope"></i> <a href="mailto:info@harwoodwindows.co.uk">'
                "info@harwoodwindows.co.uk</a></p>"
            ),
            size=50,
        ),
        _column(
            _widget(
                "social-icons",
                '<div class="elementor-social-icons-wrapper elementor-grid">\n'
                '<span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon '
                'elementor-social-icon-facebook" href="https://www.facebook.com/harwoodwindowscolchester" '
                'target="_blank"><span class="elementor-screen-only">Facebook</span><i class="fab fa-facebook"></i>'
                "</a></span>\n"
                '<span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon '
                'elementor-social-icon-instagram" href="https://www.instagram.com/harwoodwindows/" target="_blank">'
                '<span class="elementor-screen-only">Instagram</span><i class="fab fa-instagram"></i></a></span>\n'
                "</div>",
            ),
            _text('<p class="topbar-badge">FENSA Approved Installer &bull; Which? Trusted Trader</p>'),
            size=50,
        ),
        cls="header-topbar elementor-hidden-mobile",
    )
    e = _eid()
    nav = (
        f'<div class="elementor-element elementor-element-{e} elementor-nav-menu__align-right '
        "elementor-nav-menu--dropdown-tablet elementor-nav-menu__text-align-aside elementor-nav-menu--toggle "
        'elementor-nav-menu--burger elementor-widget elementor-widget-nav-menu" data-id="' + e + '" '
        'data-element_type="widget" data-settings=\'{&quot;submenu_icon&quot;:{&quot;value&quot;:&quot;'
        "&lt;i class=\\&quot;fas fa-caret-down\\&quot;&gt;&lt;/i&gt;&quot;},&quot;layout&quot;:&quot;"
        'horizontal&quot;,&quot;toggle&quot;:&quot;burger&quot;}\' data-widget_type="nav-menu.default">\n'
        '<div class="elementor-widget-container">\n'
        '<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal '
        'e--pointer-underline e--animation-fade">\n' + _menu_ul(current, "1-" + e) + "\n</nav>\n"
        '<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" '
        'aria-expanded="false"><i aria-hidden="true" role="presentation" class="elementor-menu-toggle__icon--open '
        'eicon-menu-bar"></i><span class="elementor-screen-only">Menu</span></div>\n'
        '<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true">\n'
        + _menu_ul(current, "2-" + e)
        + "\n</nav>\n</div>\n</div>"
    )
    logo = _widget(
        "theme-site-logo",
        '<a href="/"><img width="260" height="72" src="/wp-content/uploads/2021/03/harwood-logo.png" '
        'class="attachment-full size-full" alt="Harwood Windows &amp; Doors" /></a>',
        "elementor-widget-image",
    )
    main = _section(
        _column(logo, size=25),
        _column(nav, size=50),
        _column(_button("Free Quote", "/quotes-and-surveys/", "sm"), size=25),
        cls="header-main elementor-sticky",
    )
    return (
        '<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 '
        'elementor-location-header" data-elementor-post-type="elementor_library">\n'
        f"{topbar}\n{main}\n</div>"
    )


def _footer():
    about = _column(
        _widget(
            "image",
            '<img width="220" height="61" src="/wp-content/uploads/2021/03/harwood-logo-white.png" '
            'alt="Harwood Windows &amp; Doors" loading="lazy" />',
        ),
        _text(
            "<p>Family-run double glazing specialists serving North Essex and South Suffolk since 1989. "
            "Windows, doors, conservatories and repairs.</p>"
        ),
        _widget(
            "social-icons",
            '<div class="elementor-social-icons-wrapper elementor-grid">\n'
            '<span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon '
            'elementor-social-icon-facebook" href="https://www.facebook.com/harwoodwindowscolchester" '
            'target="_blank"><i class="fab fa-facebook"></i></a></span>\n'
            '<span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon '
            'elementor-social-icon-instagram" href="https://www.instagram.com/harwoodwindows/" target="_blank">'
            '<i class="fab fa-instagram"></i></a></span>\n'
            '<span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon '
            'elementor-social-icon-houzz" href="https://www.houzz.co.uk/pro/harwoodwindows" target="_blank">'
            '<i class="fab fa-houzz"></i></a></span>\n</div>',
        ),
        size=25,
    )
    links = _column(
        _heading("Quick Links", "h4"),
        _icon_list(
            [
                ("uPVC Windows", "/upvc-windows/"),
                ("Aluminium Windows", "/aluminium-windows/"),
                ("Composite Doors", "/composite-doors/"),
                ("Bifold &amp; Patio Doors", "/bifold-patio-doors/"),
                ("Conservatories", "/conservatories/"),
                ("Repairs", "/repairs/"),
                ("FAQs", "/faqs/"),
            ]
        ),
        size=25,
    )
    contact = _column(
        _heading("Get In Touch", "h4"),
        _text(
            "<p>Harwood Windows &amp; Doors Ltd<br>Unit 4, Haven Road Trade Park<br>Colchester, Essex CO2 8HT</p>\n"
            '<p>T: <a href="tel:01632960214">01632 960214</a><br>'
            'E: <a href="mailto:info@harwoodwindows.co.uk">info@harwoodwindows.co.uk</a></p>'
        ),
        size=25,
    )
    hours = _column(
        _heading("Showroom Hours", "h4"),
        _text("<p>Mon&ndash;Fri: 9am &ndash; 5.30pm<br>Saturday: 9.30am &ndash; 4pm<br>Sunday: Closed</p>"),
        _image("/wp-content/uploads/2022/01/accreditations-strip.jpg", "FENSA, GGF, Which? Trusted Trader, TrustMark"),
        size=25,
    )
    bottom = _section(
        _column(
            _text(
                "<p>&copy; 2024 Harwood Windows &amp; Doors Ltd. Registered in England &amp; Wales No. 02417763. "
                "VAT No. GB 512 8830 41. "
                '<a href="/terms-and-cancellation/">Terms</a> | <a href="/contact-us/">Contact</a></p>\n'
                '<p class="fca-small">Harwood Windows &amp; Doors Ltd is an Appointed Representative of a credit '
                "broker authorised and regulated by the Financial Conduct Authority. We act as a credit broker, not a "
                "lender. Credit is subject to status.</p>"
            )
        ),
        cls="footer-bottom",
    )
    return (
        '<div data-elementor-type="footer" data-elementor-id="91" class="elementor elementor-91 '
        'elementor-location-footer" data-elementor-post-type="elementor_library">\n'
        + _section(about, links, contact, hours, cls="footer-main")
        + "\n"
        + bottom
        + "\n</div>"
    )


_COOKIE = """<div id="cookie-law-info-bar" data-nosnippet="true" class="cli-bar-container cli-style-v2"
 style="display:none"><span>We use cookies on our website to give you the most relevant experience by remembering
your preferences and repeat visits. By clicking &ldquo;Accept All&rdquo;, you consent to the use of ALL the
cookies.<br /><div class="cli-bar-btn_container"><a role="button" class="medium cli-plugin-button cli-plugin-main-button
cli_settings_button">Cookie Settings</a><a id="wt-cli-accept-all-btn" role="button"
class="wt-cli-element medium cli-plugin-button wt-cli-accept-all-btn cookie_action_close_header cli_action_button"
>Accept All</a></div></span></div>"""

_ANALYTICS = """<script async src="/wp-content/plugins/site-kit/gtag.js?id=G-7QH2K4WF1D"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}
gtag('js',new Date());gtag('config','G-7QH2K4WF1D');</script>"""


def _page(path, title, description, page_id, *sections):
    body = "\n".join(sections)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Harwood Windows &amp; Doors</title>
<meta name="description" content="{description}" />
<meta name="robots" content="index, follow, max-snippet:-1, max-image-preview:large" />
<link rel="canonical" href="https://www.harwoodwindows.co.uk{path}" />
<meta property="og:locale" content="en_GB" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{title} | Harwood Windows &amp; Doors" />
<meta property="og:site_name" content="Harwood Windows &amp; Doors" />
<meta name="generator" content="Elementor 3.18.3; features: e_dom_optimization, e_optimized_assets_loading" />
<link rel='stylesheet' id='hello-elementor-css' href='/wp-content/themes/hello-elementor/style.min.css?ver=2.9.0'
 media='all' />
<link rel='stylesheet' id='elementor-frontend-css'
 href='/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=3.18.3' media='all' />
<link rel='stylesheet' id='elementor-post-6-css' href='/wp-content/uploads/elementor/css/post-6.css?ver=1702911120'
 media='all' />
<link rel='stylesheet' id='elementor-post-{page_id}-css'
 href='/wp-content/uploads/elementor/css/post-{page_id}.css?ver=1702911120' media='all' />
<link rel='stylesheet' id='elementor-post-88-css' href='/wp-content/uploads/elementor/css/post-88.css?ver=1702911120'
 media='all' />
<link rel='stylesheet' id='elementor-gf-local-poppins-css'
 href='/wp-content/uploads/elementor/google-fonts/css/poppins.css?ver=1702911120' media='all' />
<link rel='stylesheet' id='cookie-law-info-css'
 href='/wp-content/plugins/cookie-law-info/legacy/public/css/cookie-law-info-public.css?ver=3.1.7' media='all' />
<link rel="icon" href="/wp-content/uploads/2021/03/cropped-favicon-32x32.png" sizes="32x32" />
{_ANALYTICS}
</head>
<body class="page-template-default page page-id-{page_id} wp-custom-logo elementor-default elementor-kit-6
 elementor-page elementor-page-{page_id}">
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
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.18.3" id="elementor-frontend-js"></script>
</body>
</html>
"""


def _cta(text="Ready to talk about your home? Book a free, no-pressure survey with one of our surveyors."):
    return _section(
        _column(_heading(text, "h3"), size=66),
        _column(_button("Book a free survey", "/quotes-and-surveys/", "lg"), size=33),
        cls="cta-strip",
    )


def _table(head, rows, caption=""):
    th = "".join(f"<th>{h}</th>" for h in head)
    trs = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    cap = f"<caption>{caption}</caption>" if caption else ""
    return (
        f'<figure class="wp-block-table"><table class="price-table">{cap}<thead><tr>{th}</tr></thead>\n'
        f"<tbody>\n{trs}\n</tbody></table></figure>"
    )


# --------------------------------------------------------------------------- pages

_HOME = _page(
    "/",
    "Double Glazing, Doors &amp; Conservatories in Colchester",
    "Family-run double glazing company in Colchester. uPVC and aluminium windows, composite doors, bifolds, "
    "conservatories and repairs across North Essex and South Suffolk.",
    12,
    _section(
        _column(
            _heading("Warmer, quieter, safer homes &ndash; made to measure in Essex", "h1", "xxl"),
            _text(
                "<p>Harwood Windows &amp; Doors is a family-run double glazing company based in Colchester. "
                "Since 1989 we have designed and installed uPVC and aluminium windows, composite front doors, "
                "bifolds and conservatories for more than 14,000 homes across North Essex and South Suffolk.</p>"
            ),
            _button("Book a free survey", "/quotes-and-surveys/", "lg"),
            size=66,
        ),
        _column(
            _image("/wp-content/uploads/2023/05/anthracite-flush-casement-hero.jpg", "Grey flush windows"), size=33
        ),
        cls="home-hero elementor-section-full_width elementor-section-height-min-height",
    ),
    _section(
        _column(
            _icon_box(
                "fas fa-border-all",
                "uPVC Windows",
                "Casement, flush sash, tilt &amp; turn and sliding sash, in white or over twenty colours.",
                "/upvc-windows/",
            ),
            size=33,
        ),
        _column(
            _icon_box(
                "fas fa-square",
                "Aluminium Windows",
                "Slim modern frames and heritage steel-look designs in any colour you like.",
                "/aluminium-windows/",
            ),
            size=33,
        ),
        _column(
            _icon_box(
                "fas fa-door-closed",
                "Composite Doors",
                "Solid timber-core front and back doors with high-security locking.",
                "/composite-doors/",
            ),
            size=33,
        ),
        cls="services-row",
    ),
    _section(
        _column(
            _icon_box(
                "fas fa-columns",
                "Bifold &amp; Patio Doors",
                "Open up your kitchen to the garden with aluminium bifolds or slim sliders.",
                "/bifold-patio-doors/",
            ),
            size=33,
        ),
        _column(
            _icon_box(
                "fas fa-home",
                "Conservatories",
                "New conservatories, orangeries and replacement tiled roofs.",
                "/conservatories/",
            ),
            size=33,
        ),
        _column(
            _icon_box(
                "fas fa-tools",
                "Repairs",
                "Misted glass, broken handles, sticking doors &ndash; we repair all makes.",
                "/repairs/",
            ),
            size=33,
        ),
        cls="services-row",
    ),
    _section(
        _column(
            _heading("Where we work", "h2"),
            _text(
                "<p>We install in homes within roughly 25 miles of our Colchester showroom. That includes "
                "Colchester, Wivenhoe, Rowhedge, Tiptree, Witham, Kelvedon, Braintree, Halstead, Coggeshall, "
                "Maldon, Clacton-on-Sea, Frinton-on-Sea, Walton-on-the-Naze, Harwich, Dovercourt, Manningtree, "
                "Brightlingsea, West Mersea, Sudbury, Hadleigh, Nayland and Ipswich, plus all the villages in "
                "between.</p>\n"
                "<p>Live a bit further out? For bigger projects &ndash; conservatories and whole-house window "
                "replacements over &pound;8,000 &ndash; we will happily travel up to 40 miles, so Chelmsford, "
                "Bury St Edmunds and Woodbridge are usually fine. Give us a ring and we'll tell you straight "
                "away.</p>"
            ),
            size=50,
        ),
        _column(
            _heading("Why homeowners choose Harwood", "h2"),
            _icon_list(
                [
                    ("Family firm &ndash; three generations of Harwoods", "/about-us/"),
                    ("Free, no-pressure quotes", "/quotes-and-surveys/"),
                    ("FENSA registered &amp; fully guaranteed", "/guarantees-and-fensa/"),
                    ("Spread the cost with finance", "/finance/"),
                    ("Working showroom in Colchester", "/contact-us/"),
                ]
            ),
            size=50,
        ),
    ),
    _section(
        _column(
            _heading("What our customers say", "h2"),
            _testimonials(
                [
                    (
                        "The fitters were polite, tidy and finished both doors in a day. The house is so much "
                        "warmer already. Would recommend Harwood to anyone.",
                        "Janet P.",
                        "Lexden, Colchester",
                    ),
                    (
                        "Steve came out to measure and didn't try any hard-sell nonsense. The bifolds are "
                        "stunning and the whole job was done exactly when they said.",
                        "Mark &amp; Lisa T.",
                        "Frinton-on-Sea",
                    ),
                    (
                        "Had three misted panes replaced in a frame Harwood didn't even fit. Quick, fair price, "
                        "no fuss.",
                        "Dev S.",
                        "Stanway",
                    ),
                ]
            ),
        ),
        cls="testimonials-section",
    ),
    _cta(),
)

_UPVC = _page(
    "/upvc-windows/",
    "uPVC Windows",
    "A-rated uPVC casement, flush sash, tilt and turn and vertical sliding sash windows, made to measure and "
    "fitted across Essex and Suffolk. Prices and colours.",
    21,
    _page_title("uPVC Windows", "uPVC Windows"),
    _section(
        _column(
            _heading("Energy-efficient uPVC windows, made to measure", "h2"),
            _text(
                "<p>Every uPVC window we fit is made from the Liniar Elite 70mm profile, fabricated a few "
                "miles away in Braintree and built to your exact measurements. Standard glazing is a 28mm "
                "argon-filled double glazed unit with a warm-edge spacer bar and soft-coat low-E glass, giving "
                "an A-rated window with a whole-window U-value of around 1.4 W/m&sup2;K. If you want to go "
                "further, triple glazing (A++) is available for roughly 15&ndash;20% more.</p>\n"
                "<h3>Styles</h3>\n<ul>\n"
                "<li><strong>Casement</strong> &ndash; the most popular, side or top hung, sculptured or "
                "chamfered frame.</li>\n"
                "<li><strong>Flush sash</strong> &ndash; sits flat within the frame for a timber-look finish, "
                "popular on cottages and period homes.</li>\n"
                "<li><strong>Tilt &amp; turn</strong> &ndash; tilts in for ventilation or opens fully inwards, "
                "ideal for flats and hard-to-reach windows.</li>\n"
                "<li><strong>Vertical sliding sash</strong> &ndash; the Victorian look with modern performance, "
                "with tilting sashes for easy cleaning.</li>\n"
                "<li><strong>Bay and bow</strong> &ndash; built with reinforced corner posts to carry the roof "
                "load.</li>\n</ul>\n"
                "<h3>Colours</h3>\n"
                "<p>White is our standard finish. You can also choose from 24 colours and woodgrain foils "
                "including Anthracite Grey, Agate Grey, Chartwell Green, Cream, Black, Golden Oak, Rosewood and "
                "Irish Oak. A colour on the outside with white inside adds about 15% to the price; colour on "
                "both sides adds about 25%.</p>\n"
                "<h3>Security</h3>\n"
                "<p>All opening windows have multi-point shootbolt locking, internal glazing beads so the glass "
                "can't be removed from outside, and key-locking handles. Secured by Design certification is "
                "available on request.</p>\n"
                "<h3>Lead times</h3>\n"
                "<p>White windows are usually fitted 3&ndash;4 weeks after your technical survey; coloured "
                "and foiled windows take 5&ndash;6 weeks.</p>"
            ),
            _heading("Typical prices (supplied &amp; fitted, including VAT)", "h3"),
            _text(
                _table(
                    ["Window", "Approx. size", "White", "Colour one side"],
                    [
                        [
                            "Small casement (bathroom/landing)",
                            "600 &times; 900mm",
                            "from &pound;420",
                            "from &pound;480",
                        ],
                        ["Standard 2-pane casement", "1200 &times; 1200mm", "from &pound;650", "from &pound;750"],
                        ["Large 3-pane casement", "1800 &times; 1200mm", "from &pound;890", "from &pound;1,020"],
                        ["Tilt &amp; turn", "900 &times; 1200mm", "from &pound;780", "from &pound;900"],
                        ["Vertical sliding sash", "900 &times; 1500mm", "from &pound;1,450", "from &pound;1,670"],
                        ["3-section bay", "2400 &times; 1200mm", "from &pound;2,400", "from &pound;2,760"],
                    ],
                )
                + "\n<p>As a rough guide, replacing all the windows in a typical three-bedroom semi (8&ndash;9 "
                "windows) in white casement costs between &pound;5,200 and &pound;6,800 fitted. Your surveyor "
                "will give you an exact, fixed price.</p>"
            ),
            size=66,
        ),
        _sidebar(),
    ),
    _cta(),
)

_ALU = _page(
    "/aluminium-windows/",
    "Aluminium Windows",
    "Slimline aluminium windows and heritage steel-look windows in any RAL colour. Marine-grade coating for "
    "coastal homes in Frinton, Walton and Clacton.",
    24,
    _page_title("Aluminium Windows", "Aluminium Windows"),
    _section(
        _column(
            _heading("Slim, strong and built to last", "h2"),
            _text(
                "<p>Aluminium frames are much stronger than uPVC, so they can be far slimmer and hold larger "
                "panes of glass &ndash; more view, less frame. We use the Smart Systems Alitherm 800 range "
                "for casements and the Alitherm Heritage range for steel-look windows, all with a polyamide "
                "thermal break and the same A-rated double glazing as standard.</p>\n"
                "<h3>Any colour you like</h3>\n"
                "<p>Frames are polyester powder-coated in any RAL colour, in a matt, satin or textured finish. "
                "Dual colour &ndash; for example anthracite outside and white inside &ndash; adds &pound;60 "
                "per window.</p>\n"
                "<h3>Living by the sea?</h3>\n"
                "<p>Salt air is hard on metal. If your home is within one kilometre of the coast &ndash; "
                "Frinton, Walton, Clacton seafront, Jaywick, Brightlingsea, Mersea and so on &ndash; we "
                "specify a marine-grade pre-treatment before powder coating at no extra cost. The coating is "
                "then guaranteed against corrosion and flaking for 25 years, on condition that the frames are "
                "washed down with fresh water and a mild detergent every three months.</p>\n"
                "<h3>Heritage steel-look windows</h3>\n"
                "<p>Want the Crittall look without the rust and draughts of old steel? Our Heritage windows have "
                "ultra-slim 40mm sightlines and slim Georgian bars, and are ideal for 1930s homes and modern "
                "extensions.</p>\n"
                "<h3>Lead time</h3>\n"
                "<p>Aluminium windows are made to order by our partner fabricator in Ipswich and take 6&ndash;8 "
                "weeks from technical survey to fitting.</p>"
            ),
            _heading("Guide prices (supplied &amp; fitted, including VAT)", "h3"),
            _text(
                _table(
                    ["Window", "Approx. size", "Single colour", "Dual colour"],
                    [
                        ["2-pane casement", "1200 &times; 1200mm", "from &pound;1,150", "from &pound;1,210"],
                        ["3-pane casement", "1800 &times; 1200mm", "from &pound;1,550", "from &pound;1,610"],
                        ["Heritage steel-look, with Georgian bars", "1200 &times; 1200mm", "from &pound;1,900", "POA"],
                    ],
                )
                + "\n<p>Expect aluminium to cost around 40&ndash;60% more than the equivalent uPVC window. "
                "Frames are expected to last 40 years or more.</p>"
            ),
            size=66,
        ),
        _sidebar(),
    ),
    _cta(),
)

_DOORS = _page(
    "/composite-doors/",
    "Composite Front &amp; Back Doors",
    "Solid timber-core composite front doors, back doors and stable doors with Ultion 3-star locks. Prices from "
    "&pound;1,395 fitted.",
    27,
    _page_title("Composite Doors", "Composite Doors"),
    _section(
        _column(
            _heading("A front door that looks the part and keeps you safe", "h2"),
            _text(
                "<p>Our composite doors are built by Solidor around a 48mm solid timber core &ndash; much "
                "heavier and more rigid than the foam-filled doors many companies sell. The outer skin is a "
                "tough GRP with a realistic woodgrain texture that won't warp, rot or need painting.</p>\n"
                "<h3>Design it your way</h3>\n"
                "<p>Choose from over 40 door styles and 20 colours, with a different colour inside and out if "
                "you wish at no extra charge. Add decorative or obscure glass, a matching side panel or "
                "top light, and finish with hardware in chrome, gold, black, graphite or antique brass &ndash; "
                "letterplates, knockers, numerals and spyholes included. Stable doors (split top and "
                "bottom) and French doors are available too.</p>\n"
                "<h3>Security</h3>\n"
                "<p>Every door is certified to PAS 24 and Secured by Design and comes with an Ultion 3-star "
                "diamond anti-snap cylinder. If a burglar snaps the cylinder, it locks itself solid, and Ultion "
                "backs that with its own &pound;2,000 guarantee if anyone breaks in by attacking the lock. A "
                "hook-and-roller multipoint lock engages the whole length of the door. An Ultion Nuki smart "
                "lock, which you can open from your phone, can be added for &pound;295.</p>\n"
                "<h3>How long will it take?</h3>\n"
                "<p>Doors are made to order in about 15 working days from your technical survey, and fitting "
                "usually takes half a day.</p>"
            ),
            _heading("Prices (supplied &amp; fitted, including VAT)", "h3"),
            _text(
                _table(
                    ["Door", "Price from"],
                    [
                        ["Composite back door", "&pound;1,250"],
                        ["Composite front door (standard size)", "&pound;1,395"],
                        ["Front door with one side panel", "&pound;1,950"],
                        ["Stable door", "&pound;1,850"],
                        ["Composite French doors (pair)", "&pound;2,650"],
                    ],
                )
            ),
            _testimonials(
                [
                    (
                        "Our new Chartwell Green door has transformed the front of the house. Feels like a bank "
                        "vault when you close it!",
                        "Helen W.",
                        "Witham",
                    )
                ]
            ),
            size=66,
        ),
        _sidebar(),
    ),
    _cta(),
)

_BIFOLD = _page(
    "/bifold-patio-doors/",
    "Bifold &amp; Patio Doors",
    "Aluminium and uPVC bifold doors and sliding patio doors, with low thresholds for level access. Sizes, "
    "configurations and prices.",
    30,
    _page_title("Bifold &amp; Patio Doors", "Bifold &amp; Patio Doors"),
    _section(
        _column(
            _heading("Bring the garden indoors", "h2"),
            _text(
                "<p>Bifold doors concertina back to open almost the full width of the opening, while sliding "
                "patio doors give you big glass panes and a slim frame without taking up any room when open. "
                "We'll help you decide which suits your space at your survey.</p>\n"
                "<h3>Aluminium bifolds</h3>\n"
                "<p>We fit the Smart Visofold 1000 system. Doors can have from 2 up to 7 panels, with each "
                "panel up to 1.2m wide and 2.5m tall, so openings up to about 6 metres wide can be filled. Choose "
                "whether they open in or out, which way they stack, and add a &lsquo;traffic door&rsquo; so "
                "you can pop in and out without opening the whole set.</p>\n"
                "<h3>Thresholds and level access</h3>\n"
                "<p>The standard threshold is a weathered 55mm step. If you use a wheelchair or walking frame, "
                "or just want a seamless floor, we can fit a low threshold of just 20mm, which meets Part M "
                "level-access requirements. Low thresholds need a drainage channel outside, which we can "
                "install when we fit the doors.</p>\n"
                "<h3>Sliding patio doors</h3>\n"
                "<p>Our aluminium sliders have slim 35mm interlocks and glide on stainless steel rollers. uPVC "
                "inline patio doors are a great-value option for replacing an older set of patio doors.</p>\n"
                "<h3>Making the opening bigger?</h3>\n"
                "<p>We don't carry out structural building work ourselves. If you want to widen an opening or "
                "knock through a wall, we work alongside our trusted partners at D. Marsh Building Services, "
                "who will fit the steel beam and make good before we install your doors.</p>\n"
                "<p>Lead time for bifolds and aluminium sliders is 6&ndash;8 weeks.</p>"
            ),
            _heading("Guide prices (supplied &amp; fitted, including VAT)", "h3"),
            _text(
                _table(
                    ["Door", "Opening width", "Price from"],
                    [
                        ["uPVC patio door, 2 panes", "1.8m", "&pound;1,750"],
                        ["uPVC bifold, 3 panels", "2.4m", "&pound;3,300"],
                        ["Aluminium slider, 2 panes", "2.4m", "&pound;3,850"],
                        ["Aluminium bifold, 3 panels", "2.4m", "&pound;4,650"],
                        ["Aluminium bifold, 4 panels", "3.2m", "&pound;5,900"],
                        ["Aluminium bifold, 5 panels", "4.0m", "&pound;7,200"],
                    ],
                )
            ),
            size=66,
        ),
        _sidebar(),
    ),
    _cta(),
)

_CONS = _page(
    "/conservatories/",
    "Conservatories, Orangeries &amp; Replacement Roofs",
    "Lean-to, Victorian, Edwardian and gable conservatories, orangeries and solid tiled replacement roofs across "
    "Essex and Suffolk.",
    33,
    _page_title("Conservatories", "Conservatories"),
    _section(
        _column(
            _heading("Extra living space you'll use all year round", "h2"),
            _text(
                "<p>We design and build conservatories from the ground up, with our own groundworks and "
                "bricklaying team laying the foundations and dwarf walls. Styles include lean-to, Victorian, "
                "Edwardian, gable-fronted and P-shaped, as well as orangeries with brick piers and a roof "
                "lantern. A typical conservatory takes 2&ndash;4 weeks on site from digging the footings to "
                "handing over.</p>\n"
                "<h3>Roof options</h3>\n"
                "<p>We no longer fit polycarbonate roofs. New conservatories come with either a glass roof "
                "using Celsius One solar-control glass, which reflects much of the summer heat and glare, or a "
                "Guardian Warm Roof &ndash; a lightweight, insulated tiled roof with a plastered ceiling inside "
                "and optional Velux-style roof windows.</p>\n"
                "<h3>Too hot in summer, too cold in winter?</h3>\n"
                "<p>If you already have a conservatory with an old polycarbonate or glass roof, we can replace "
                "just the roof with a Guardian Warm Roof, keeping your existing frames and base. Most "
                "replacement roofs are fitted in 4&ndash;5 days and cost from &pound;9,500 for a typical "
                "3.5 &times; 3m conservatory. Your surveyor will check the frames and base are sound enough "
                "to carry the new roof before quoting.</p>"
            ),
            _heading("Guide prices (fully built, including VAT)", "h3"),
            _text(
                _table(
                    ["Project", "Typical size", "Price from"],
                    [
                        ["Lean-to conservatory", "3 &times; 3m", "&pound;14,500"],
                        ["Edwardian conservatory", "3.5 &times; 3.5m", "&pound;19,800"],
                        ["Victorian conservatory", "3.5 &times; 3.5m", "&pound;21,500"],
                        ["Orangery with lantern roof", "4 &times; 3.5m", "&pound;32,000"],
                        ["Replacement tiled roof", "3.5 &times; 3m", "&pound;9,500"],
                    ],
                )
                + "\n<p>Prices include base, dwarf walls, frames, roof, electrics to first-fix and "
                "plastering. Flooring and decorating are not included.</p>"
            ),
            size=66,
        ),
        _sidebar(),
    ),
    _section(
        _column(
            _testimonials(
                [
                    (
                        "We used to shut the conservatory door from May to September. Since the new tiled roof "
                        "went on it's our favourite room in the house.",
                        "Pauline &amp; Geoff R.",
                        "Tiptree",
                    )
                ]
            )
        )
    ),
    _cta(),
)

_REPAIRS = _page(
    "/repairs/",
    "Window &amp; Door Repairs",
    "Misted double glazing units, broken handles, hinges and door locks repaired. Emergency glazing and boarding "
    "up 24/7 in Colchester.",
    36,
    _page_title("Repairs", "Repairs"),
    _section(
        _column(
            _heading("We repair all makes &ndash; not just ours", "h2"),
            _text(
                "<p>Our dedicated repair engineers fix uPVC and aluminium windows and doors whoever installed "
                "them. Repairs are available within 15 miles of our Colchester showroom. We don't repair "
                "timber windows or doors.</p>\n"
                "<h3>Misted or &lsquo;blown&rsquo; double glazing</h3>\n"
                "<p>If there's condensation or fogging between the two panes of glass, the seal on the sealed "
                "unit has failed. You don't need a whole new window &ndash; we simply replace the glass unit "
                "and keep your existing frame. On the first visit we measure up; the new unit is made in "
                "5&ndash;7 working days and we come back to fit it, which takes around 30 minutes per pane.</p>\n"
                "<h3>How we charge</h3>\n"
                "<p>Our standard call-out charge is &pound;65, which covers the first visit and diagnosis. If "
                "the repair needs parts ordering and a second visit, the call-out charge is deducted from your "
                "repair bill.</p>"
            ),
            _text(
                _table(
                    ["Repair", "Price (fitted, inc. VAT)"],
                    [
                        ["Replacement sealed unit, up to 0.5m&sup2;", "&pound;120"],
                        ["Replacement sealed unit, 0.5&ndash;1m&sup2;", "&pound;165"],
                        ["Replacement sealed unit, 1&ndash;1.5m&sup2;", "&pound;210"],
                        ["Toughened or obscure glass", "add 20%"],
                        ["Window handle (locking)", "from &pound;25 each"],
                        ["Window hinges (friction stays)", "&pound;65 per pair"],
                        ["Door multipoint lock / gearbox", "from &pound;145"],
                        ["Replacement euro cylinder", "from &pound;85"],
                        ["Door adjustment / realignment", "&pound;75"],
                    ],
                    "Repair price list",
                )
            ),
            _heading("Emergency glazing &amp; boarding up", "h3"),
            _text(
                "<p>Break-in, storm damage or a football through the patio door? Our emergency line is staffed "
                '24 hours a day, 7 days a week on <a href="tel:07700900631">07700 900631</a>. We aim to '
                "be with you within two hours to board up or make the opening secure, then measure for "
                "replacement glass. Out-of-hours emergency call-outs (after 6pm, weekends and bank holidays) "
                "cost &pound;140 plus materials. If it's a police matter, please get a crime reference number "
                "for your insurer.</p>"
            ),
            size=66,
        ),
        _sidebar(),
    ),
    _cta("Something not working? Call 01632 960214 or email service@harwoodwindows.co.uk"),
)

_QUOTES = _page(
    "/quotes-and-surveys/",
    "Free Quotes &amp; Home Surveys",
    "Book a free, no-obligation home survey for new windows, doors or a conservatory. How our quotes work.",
    39,
    _page_title("Quotes &amp; Surveys", "Quotes &amp; Surveys"),
    _section(
        _column(
            _heading("Free, fixed-price quotes with no pressure", "h2"),
            _text(
                "<p>There are no high-pressure sales tactics at Harwood, and never a &lsquo;sign today&rsquo; "
                "discount. Our surveyors are salaried, not on commission.</p>\n"
                "<h3>1. Ballpark price</h3>\n"
                "<p>If you just want a rough idea first, send us photos and approximate measurements by email or "
                "WhatsApp on 07700 900218 and we'll come back with a ballpark figure, usually within two working "
                "days.</p>\n"
                "<h3>2. Free home survey</h3>\n"
                "<p>One of our surveyors visits your home to measure up, talk through styles, colours and "
                "glass, and show samples. A survey takes about 45&ndash;60 minutes for a typical house, a "
                "little longer for a conservatory. We offer daytime appointments Monday to Friday, evening "
                "appointments up to 7pm on Tuesdays and Thursdays, and Saturday mornings.</p>\n"
                "<h3>3. Your written quote</h3>\n"
                "<p>You'll get a written, itemised quote by email within 48 hours. Prices are fixed and stay "
                "valid for 90 days, so there's no need to rush your decision.</p>\n"
                "<h3>4. Technical survey</h3>\n"
                "<p>Once you decide to go ahead, our installation manager makes a second, more detailed "
                "technical survey to take precise measurements before anything is manufactured. If anything "
                "changes the price at this stage (for example rotten lintels or a hidden structural issue), we "
                "tell you before ordering.</p>\n"
                "<h3>Landlords and trade</h3>\n"
                "<p>We quote for landlords, letting agents and housing associations, including multiple "
                "properties at once.</p>"
            ),
            size=66,
        ),
        _column(
            _heading("Request your survey", "h3"),
            _widget(
                "form",
                '<form class="elementor-form" method="post" name="Survey request" id="survey-form">\n'
                '<input type="hidden" name="post_id" value="39"/>\n'
                '<div class="elementor-form-fields-wrapper elementor-labels-above">\n'
                '<div class="elementor-field-group elementor-column elementor-col-100"><label for="form-field-name" '
                'class="elementor-field-label">Name</label><input type="text" name="form_fields[name]" '
                'id="form-field-name" class="elementor-field elementor-size-sm" required></div>\n'
                '<div class="elementor-field-group elementor-column elementor-col-100"><label for="form-field-phone" '
                'class="elementor-field-label">Phone</label><input type="tel" name="form_fields[phone]" '
                'id="form-field-phone" class="elementor-field elementor-size-sm"></div>\n'
                '<div class="elementor-field-group elementor-column elementor-col-100"><label for="form-field-post" '
                'class="elementor-field-label">Postcode</label><input type="text" name="form_fields[postcode]" '
                'id="form-field-post" class="elementor-field elementor-size-sm"></div>\n'
                '<div class="elementor-field-group elementor-column elementor-col-100"><label for="form-field-msg" '
                'class="elementor-field-label">What are you interested in?</label><textarea '
                'name="form_fields[message]" id="form-field-msg" rows="4" class="elementor-field"></textarea>'
                "</div>\n"
                '<div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-100">'
                '<button type="submit" class="elementor-button elementor-size-sm"><span class="elementor-button-text">'
                "Send request</span></button></div>\n</div>\n</form>",
            ),
            size=33,
        ),
    ),
)

_INSTALL = _page(
    "/installation-process/",
    "The Installation Process",
    "What happens on fitting day: timings, preparing your home, removal of old windows and what to expect from "
    "our installation teams.",
    42,
    _page_title("The Installation Process", "Installation Process"),
    _section(
        _column(
            _heading("What to expect on fitting day", "h2"),
            _text(
                "<p>About a week before your installation, our installation manager will phone to confirm the "
                "date and how many days the job will take. A typical three-bedroom semi takes one to two days "
                "for windows; a front door is usually half a day.</p>\n"
                "<h3>Before we arrive</h3>\n<ul>\n"
                "<li>Please take down curtains, blinds and nets, and clear window sills and ornaments. Our "
                "team can't remove or refit blinds or curtain poles for insurance reasons.</li>\n"
                "<li>Move furniture about a metre away from the windows being replaced.</li>\n"
                "<li>If your windows or doors have burglar alarm contacts, book your alarm engineer to "
                "disconnect and reconnect them &ndash; we're not able to do this.</li>\n"
                "<li>Keep pets in a room away from the work.</li>\n"
                "<li>We'll need somewhere to park our van, ideally on your drive or close to the house.</li>\n"
                "</ul>\n"
                "<h3>On the day</h3>\n"
                "<p>Our fitters arrive between 8 and 8.30am. They lay dust sheets and take out and replace one "
                "window at a time, so your home is never left open and is fully secure at the end of each day. "
                "An adult needs to be at home when the team arrives and when they finish. We fit in most "
                "weather, but won't take frames out in heavy rain or high winds &ndash; if we have to "
                "postpone, we'll rebook you as a priority.</p>\n"
                "<h3>Clearing up</h3>\n"
                "<p>We take away all your old frames and glass, and they're recycled. Inside, we finish with "
                "uPVC trims and silicone. Occasionally a little plaster comes away around the old frame; "
                "we'll fill it, but we don't do painting or decorating.</p>\n"
                "<h3>Handover</h3>\n"
                "<p>Before leaving, the team lead will walk round with you, show you how everything opens and "
                "locks, hand over keys and ask you to sign the completion note.</p>"
            ),
            size=66,
        ),
        _sidebar(),
    ),
    _cta(),
)

_GUARANTEE = _page(
    "/guarantees-and-fensa/",
    "Guarantees &amp; FENSA Certificates",
    "Our 10-year insurance-backed guarantee and FENSA registration explained, including replacement FENSA "
    "certificates.",
    45,
    _page_title("Guarantees &amp; FENSA", "Guarantees &amp; FENSA"),
    _section(
        _column(
            _heading("Our 10-year guarantee", "h2"),
            _text(
                "<p>Every window, door and conservatory we install comes with our 10-year guarantee covering "
                "the frames, hardware, sealed glass units (against misting) and our workmanship. Moving house? "
                "The guarantee transfers automatically to the new owners for the rest of the term.</p>\n"
                "<h3>Insurance-backed protection</h3>\n"
                "<p>At no extra cost, your deposit and your guarantee are protected by an insurance policy from "
                "QANW (Quality Assured National Warranties). If Harwood Windows &amp; Doors ever ceased trading, "
                "the insurance would honour the remainder of your guarantee and protect any deposit you'd paid. "
                "QANW will send your policy document directly to you after installation.</p>\n"
                "<h3>What isn't covered</h3>\n"
                "<p>Accidental damage, broken glass, damage caused by alterations by others, and faults caused "
                "by a lack of basic maintenance (see our aftercare advice).</p>\n"
                "<h3>Making a claim</h3>\n"
                "<p>Email service@harwoodwindows.co.uk with your address, order number if you have it, and "
                "photos of the problem. We'll arrange a visit within 10 working days.</p>"
            ),
            _heading("FENSA certificates", "h2"),
            _text(
                "<p>Replacement windows and doors must meet Building Regulations. As a FENSA approved installer "
                "we self-certify our work and register every installation with FENSA within 30 days of "
                "completion, so you don't need to involve the council. FENSA posts your certificate to you, "
                "usually within 4&ndash;8 weeks.</p>\n"
                "<p><strong>Lost your certificate?</strong> You'll often be asked for it when selling your "
                "home. You can order a replacement directly from the FENSA website for about &pound;25 &ndash; "
                "you just need the postcode. We can't issue duplicate certificates ourselves, but if you need "
                "the installation date to find it, call us and we'll look up our records, which go back to "
                "2002.</p>"
            ),
            size=66,
        ),
        _sidebar(),
    ),
    _cta(),
)

_FINANCE = _page(
    "/finance/",
    "Finance &amp; Payment Options",
    "Spread the cost of new windows and doors with 0% interest free finance or buy now pay later. Deposits and "
    "how to pay.",
    48,
    _page_title("Finance &amp; Payment", "Finance &amp; Payment"),
    _section(
        _column(
            _heading("Spread the cost", "h2"),
            _text(
                "<p>We can offer finance on orders over &pound;1,000, arranged through our credit broker "
                "partner. You apply online in about ten minutes and usually get a decision straight away. "
                "Applicants must be 18 or over, live in the UK and have a regular income (employment, "
                "self-employment or pension).</p>"
            ),
            _text(
                _table(
                    ["Option", "Details"],
                    [
                        [
                            "0% interest free",
                            "Over 12 months. Minimum order &pound;2,000, 10% deposit. Nothing extra to pay.",
                        ],
                        [
                            "Buy now, pay later",
                            "Pay nothing for 12 months, then settle in full with no interest, or spread the "
                            "balance over 3 to 10 years at 11.9% APR representative.",
                        ],
                        ["Interest-bearing", "1 to 10 years at 9.9% APR representative. Minimum order &pound;1,000."],
                    ],
                )
            ),
            _heading("Deposits and paying the balance", "h2"),
            _text(
                "<p>When you place an order we ask for a 25% deposit (10% if you're using finance). You pay "
                "nothing more until the job is finished &ndash; the balance is due on completion, once you've "
                "checked everything and signed the completion note. For conservatories, there's a second stage "
                "payment of 40% when the frames are delivered to site.</p>\n"
                "<p>We accept bank transfer and debit or credit card (no card surcharge). Paying part of the "
                "cost by credit card gives you extra protection under Section 75 of the Consumer Credit Act. "
                "We don't accept cash.</p>\n"
                "<h3>Discounts</h3>\n"
                "<p>Blue Light Card holders &ndash; NHS, emergency services and armed forces &ndash; get 5% off "
                "orders over &pound;2,000. Just show your card to your surveyor.</p>"
            ),
            size=66,
        ),
        _sidebar(),
    ),
    _cta(),
)

_PLANNING = _page(
    "/planning-and-building-regs/",
    "Planning Permission &amp; Building Regulations",
    "Do you need planning permission for new windows, doors or a conservatory? Listed buildings, conservation "
    "areas, fire escape windows, safety glass and trickle vents explained.",
    51,
    _page_title("Planning &amp; Building Regs", "Planning &amp; Building Regs"),
    _section(
        _column(
            _heading("Do I need permission?", "h2"),
            _text(
                "<p>In most cases replacing windows and doors with ones of a similar appearance is "
                "&lsquo;permitted development&rsquo; and doesn't need planning permission. There are some "
                "important exceptions:</p>"
            ),
            _widget(
                "accordion",
                _accordion(
                    [
                        (
                            "Listed buildings",
                            "<p>Any change to the windows or doors of a listed building needs listed building "
                            "consent from the council, even like-for-like. Consent for uPVC is almost always "
                            "refused on listed properties, so we don't fit uPVC in listed buildings. Speak to "
                            "your council's conservation officer before booking a survey.</p>",
                        ),
                        (
                            "Conservation areas and flats",
                            "<p>Parts of Dedham, Coggeshall, Wivenhoe and central Colchester are covered by an "
                            "Article 4 direction, which removes permitted development rights on the front of "
                            "houses &ndash; you'll need planning permission there. Flats and maisonettes don't "
                            "have permitted development rights either, and you'll usually need your "
                            "freeholder's consent too.</p>",
                        ),
                        (
                            "Conservatories",
                            "<p>Most single-storey rear conservatories are permitted development if they project "
                            "no more than 3m from the back of the house (4m for detached homes), are no higher "
                            "than 4m and don't cover more than half the garden. A conservatory is exempt from "
                            "Building Regulations if it's under 30m&sup2;, separated from the house by external "
                            "doors and doesn't share the main heating. Tiled-roof conservatories need Building "
                            "Regulations approval, and we submit that application to building control for "
                            "you.</p>",
                        ),
                        (
                            "New or wider openings",
                            "<p>Making a new opening or widening an existing one (for example for bifold doors) "
                            "needs Building Regulations approval for the structural work.</p>",
                        ),
                    ]
                ),
            ),
            _heading("Building Regulations we build in", "h2"),
            _text(
                "<h3>Fire escape windows</h3>\n"
                "<p>Bedrooms and other habitable rooms on the first floor should have an escape window with an "
                "unobstructed opening of at least 0.33m&sup2; and at least 450mm high and 450mm wide, with the "
                "bottom of the opening no more than 1100mm above the floor. We fit easy-clean egress hinges "
                "that open to 90 degrees on these windows, so a child or adult can climb out in an emergency.</p>\n"
                "<h3>Safety glass</h3>\n"
                "<p>Toughened or laminated safety glass is fitted in &lsquo;critical locations&rsquo;: any glass "
                "within 800mm of the floor in windows, and within 1500mm of the floor in doors and side "
                "panels.</p>\n"
                "<h3>Trickle vents</h3>\n"
                "<p>Since June 2022, replacement windows must not make a room's ventilation worse. If your "
                "existing windows have trickle vents, or a room has no other ventilation, new windows must "
                "have them: 8,000mm&sup2; in living rooms and bedrooms and 4,000mm&sup2; in kitchens and "
                "bathrooms. Our vents are slim and sit in the top of the frame.</p>"
            ),
            size=66,
        ),
        _sidebar(),
    ),
    _cta(),
)

_ABOUT = _page(
    "/about-us/",
    "About Us",
    "Family-run since 1989. Meet the Harwood Windows &amp; Doors team and our accreditations.",
    54,
    _page_title("About Harwood Windows &amp; Doors", "About Us"),
    _section(
        _column(
            _heading("A family business since 1989", "h2"),
            _text(
                "<p>Ray Harwood started fitting windows from the back of a Transit van in 1989. Today the "
                "business is run by his daughter Claire, with 28 staff and a working showroom in Colchester, "
                "but we still do things Ray's way: turn up when we say we will, do the job properly, and "
                "leave the house cleaner than we found it.</p>\n"
                "<p>All our installation teams are directly employed Harwood staff &ndash; we never use "
                "subcontractors for fitting. Every fitter holds a Level 2 NVQ in fenestration installation "
                "and carries photo ID, and our teams are trained in-house by Dan before working "
                "unsupervised.</p>"
            ),
            _heading("Meet the team", "h2"),
            _section(
                _column(
                    _image("/wp-content/uploads/2022/06/claire-harwood.jpg", "Claire Harwood"),
                    _text(
                        "<h4>Claire Harwood</h4><p><em>Managing Director</em></p><p>Joined her dad in 2006 and "
                        "took over in 2016. Handles complaints personally.</p>"
                    ),
                    size=50,
                ),
                _column(
                    _image("/wp-content/uploads/2022/06/steve-okafor.jpg", "Steve Okafor"),
                    _text(
                        "<h4>Steve Okafor</h4><p><em>Senior Surveyor</em></p><p>With us since 2004 and has "
                        "measured up more than 5,000 homes.</p>"
                    ),
                    size=50,
                ),
                cls="elementor-inner-section",
            ),
            _section(
                _column(
                    _image("/wp-content/uploads/2022/06/dan-price.jpg", "Dan Price"),
                    _text(
                        "<h4>Dan Price</h4><p><em>Installation Manager</em></p><p>Schedules every fitting and "
                        "carries out our technical surveys.</p>"
                    ),
                    size=33,
                ),
                _column(
                    _image("/wp-content/uploads/2022/06/priya-shah.jpg", "Priya Shah"),
                    _text(
                        "<h4>Priya Shah</h4><p><em>Customer Service &amp; Aftercare</em></p><p>Your first "
                        "point of contact for guarantees and service visits.</p>"
                    ),
                    size=33,
                ),
                _column(
                    _image("/wp-content/uploads/2022/06/mark-bennett.jpg", "Mark Bennett"),
                    _text(
                        "<h4>Mark Bennett</h4><p><em>Lead Repair Engineer</em></p><p>Fixes misted units, "
                        "locks and handles on any make of window or door.</p>"
                    ),
                    size=33,
                ),
                cls="elementor-inner-section",
            ),
            _heading("Accreditations", "h2"),
            _text(
                "<p>We are FENSA approved installers, members of the Glass and Glazing Federation (GGF), "
                "Which? Trusted Traders and TrustMark registered. We sponsor Colchester Colts youth football "
                "club and the Mersea Island lifeboat appeal.</p>"
            ),
            size=100,
        ),
    ),
    _cta(),
)

_CONTACT = _page(
    "/contact-us/",
    "Contact Us &amp; Showroom",
    "Visit our Colchester showroom at Haven Road Trade Park. Opening hours, parking, directions and contact details.",
    57,
    _page_title("Contact Us &amp; Visit Our Showroom", "Contact"),
    _section(
        _column(
            _heading("Our Colchester showroom", "h2"),
            _text(
                "<p>See and try our windows, doors and bifolds in our working showroom before you decide. "
                "There's a full-size conservatory, a wall of over 30 front doors in different colours, and a "
                "4-panel bifold you can open and close yourself. No appointment is needed to browse, and "
                "there's always a coffee on. If you'd like to sit down with a designer, it's best to book "
                "ahead.</p>\n"
                "<p><strong>Address:</strong> Unit 4, Haven Road Trade Park, Colchester, Essex CO2 8HT</p>\n"
                "<h3>Opening hours</h3>"
            ),
            _text(
                _table(
                    ["", "Showroom", "Phone lines"],
                    [
                        ["Monday &ndash; Friday", "9am &ndash; 5.30pm", "8am &ndash; 6pm"],
                        ["Saturday", "9.30am &ndash; 4pm", "9am &ndash; 1pm"],
                        ["Sunday", "Closed", "Closed"],
                    ],
                )
                + "\n<p>We're closed on all bank holidays, and from Christmas Eve until 2 January. The "
                "emergency glazing line stays open throughout.</p>"
            ),
            _heading("Getting here", "h3"),
            _text(
                "<p>We're on the trade park off Haven Road, near the Hythe. There's free customer parking "
                "right outside the showroom with six marked bays including one disabled bay, plus overflow "
                "parking shared with the trade park. The showroom has a level entrance and an accessible "
                "toilet.</p>\n"
                "<p>By train, Hythe station is a five-minute walk. The number 4 bus from the town centre stops "
                "on Haven Road.</p>"
            ),
            size=50,
        ),
        _column(
            _heading("Get in touch", "h3"),
            _icon_list(
                [
                    ("Sales &amp; quotes: 01632 960214", "tel:01632960214"),
                    ("Service &amp; aftercare: service@harwoodwindows.co.uk", "mailto:service@harwoodwindows.co.uk"),
                    ("General enquiries: info@harwoodwindows.co.uk", "mailto:info@harwoodwindows.co.uk"),
                ]
            ),
            _widget(
                "google_maps",
                '<div class="elementor-custom-embed"><iframe loading="lazy" src="about:blank" '
                'data-src="https://maps.google.com/maps?q=Haven%20Road%20Colchester&amp;t=m&amp;z=15&amp;output=embed" '
                'title="Haven Road Colchester" aria-label="Haven Road Colchester"></iframe></div>',
            ),
            size=50,
        ),
    ),
)

_FAQ_GENERAL = _accordion(
    [
        (
            "Can you fit new windows in winter?",
            "<p>Yes, we install all year round. Because we replace one window at a time, each opening is only "
            "open for around 30&ndash;45 minutes, so your home won't get cold.</p>",
        ),
        (
            "Do you sell windows and doors supply-only?",
            "<p>Yes &ndash; we supply uPVC windows and composite doors without fitting to builders and "
            "competent DIYers. Supply-only products carry the manufacturer's guarantee on the product only, and "
            "we can't provide a FENSA certificate, so you'll need to notify your council's building control "
            "yourself. We'll want your own measurements, and we're not responsible if they're wrong.</p>",
        ),
        (
            "Do you fit windows in new builds and extensions?",
            "<p>Yes, we work with builders on extensions and new builds. The openings need to be built to the "
            "sizes on our drawing, with lintels and cavity closers in place, before we fit.</p>",
        ),
        (
            "Do you supply timber windows?",
            "<p>No, we don't supply timber windows or doors. If you have your heart set on timber, a specialist "
            "joinery firm is the best place to go.</p>",
        ),
    ]
)

_FAQ_PRODUCTS = _accordion(
    [
        (
            "Can you make windows quieter? We live near a busy road.",
            "<p>Yes. Acoustic glass uses a laminated inner pane with a special sound-dampening interlayer, and "
            "can cut road and rail noise noticeably compared with standard double glazing. It adds roughly 30% "
            "to the price of the glass and is popular with customers living near the A12, A120 and the main "
            "railway line.</p>",
        ),
        (
            "Can you fit a cat flap?",
            "<p>Yes. We can fit a cat flap into a glass unit in a window or door (from &pound;245 including "
            "the new glass unit), or into the lower panel of a new composite door when you order it "
            "(&pound;195, fitted in the factory).</p>",
        ),
        (
            "Do you offer blinds inside the glass?",
            "<p>Yes &ndash; integral blinds sit between the two panes so they never get dusty. They're "
            "available for windows, patio doors and bifolds from &pound;290 per glass unit.</p>",
        ),
        (
            "How long will uPVC windows last?",
            "<p>Good quality uPVC windows should last 25&ndash;35 years with basic care.</p>",
        ),
    ]
)

_FAQ_AFTER = _accordion(
    [
        (
            "Why is there condensation on the outside of my new windows?",
            "<p>On cold, clear mornings you may see condensation on the outside of new A-rated glass. It's "
            "actually a sign the glass is working: so little heat escapes that the outer pane stays cold. It "
            "clears as the day warms up.</p>",
        ),
        (
            "I get condensation on the inside of my windows. Is that a fault?",
            "<p>Not usually. New windows are much more airtight, so moisture from cooking, showers and drying "
            "washing stays in the room. Keep trickle vents open, use extractor fans, and open a window for a "
            "short time each day.</p>",
        ),
    ]
)

_FAQS = _page(
    "/faqs/",
    "Frequently Asked Questions",
    "Answers to common questions about our windows, doors, conservatories and installations.",
    60,
    _page_title("Frequently Asked Questions", "FAQs"),
    _section(
        _column(
            _text(
                "<p>Can't find your answer here? Call us on 01632 960214 or pop into the showroom &ndash; "
                "we're always happy to help.</p>"
            ),
            _tabs(
                [
                    ("General", _FAQ_GENERAL),
                    ("Products &amp; Options", _FAQ_PRODUCTS),
                    ("After Installation", _FAQ_AFTER),
                ]
            ),
            size=66,
        ),
        _sidebar(),
    ),
    _cta(),
)

_AFTERCARE = _page(
    "/aftercare/",
    "Aftercare &amp; Maintenance",
    "How to clean and look after uPVC, aluminium and composite windows and doors, plus annual service visits.",
    63,
    _page_title("Aftercare &amp; Maintenance", "Aftercare"),
    _section(
        _column(
            _heading("Looking after your new windows and doors", "h2"),
            _text(
                "<p>Our products need very little maintenance, but a few minutes a couple of times a year will "
                "keep them looking good and working smoothly &ndash; and keeps your guarantee valid.</p>\n"
                "<h3>Cleaning frames</h3>\n"
                "<p>Wash uPVC and composite frames two to four times a year with warm water and a little "
                "washing-up liquid on a soft cloth. For stubborn marks use a non-abrasive uPVC cream cleaner. "
                "Never use bleach, solvents, scouring pads, cream cleaners containing grit or a pressure washer "
                "&ndash; they can dull or scratch the surface and damage seals. Aluminium frames should be "
                "cleaned the same way.</p>\n"
                "<h3>Glass</h3>\n"
                "<p>Clean glass with a normal glass cleaner or soapy water and a squeegee. Avoid razor blades "
                "and metal scrapers, which scratch coated glass.</p>\n"
                "<h3>Locks, hinges and handles</h3>\n"
                "<p>Every six months, put a drop of light machine oil (such as 3-in-1) on hinges, shootbolts "
                "and the moving parts of door locks, then open and close a few times. Don't use WD-40 on locks "
                "&ndash; it's a cleaner rather than a lubricant and strips the grease out. A silicone spray "
                "on the rubber seals keeps them supple.</p>\n"
                "<h3>Drainage slots</h3>\n"
                "<p>The small slots in the bottom of the outer frame let rainwater out. Keep them clear of "
                "leaves, dead insects and debris with a soft brush or pipe cleaner.</p>\n"
                "<h3>Spare keys</h3>\n"
                "<p>Ultion door keys can only be cut with your key card. Spare keys can be ordered from us at "
                "&pound;18 each &ndash; bring or photograph the card.</p>\n"
                "<h3>Annual service visit</h3>\n"
                "<p>We offer a service visit for &pound;85, covering up to 10 windows and 2 doors: we clean and "
                "lubricate all the mechanisms, adjust hinges and keeps, and check seals. Email "
                "service@harwoodwindows.co.uk to book.</p>"
            ),
            size=66,
        ),
        _sidebar(),
    ),
)

_TERMS = _page(
    "/terms-and-cancellation/",
    "Terms, Cancellations &amp; Complaints",
    "Your cancellation rights, rescheduling, ownership of goods and how to make a complaint.",
    66,
    _page_title("Terms &amp; Cancellations", "Terms &amp; Cancellations"),
    _section(
        _column(
            _heading("Your right to cancel", "h2"),
            _text(
                "<p>If you sign your contract in your own home or away from our showroom, you have a 14-day "
                "cooling-off period under the Consumer Contracts Regulations. To cancel, tell us in writing "
                "&ndash; an email to info@harwoodwindows.co.uk is fine &ndash; within 14 days of signing and "
                "we'll refund your deposit in full within 14 days. You don't need to give a reason.</p>\n"
                "<p>All our products are made to measure for your home. If you cancel after the cooling-off "
                "period and manufacturing has started, we may keep some or all of your deposit to cover costs "
                "we've already incurred. We'll always give you a breakdown.</p>"
            ),
            _heading("Changing your installation date", "h2"),
            _text(
                "<p>Surveys can be rearranged at any time &ndash; just let us know. To move an installation "
                "date, please give us at least 7 days' notice and there's no charge. If you cancel an "
                "installation with less than 48 hours' notice, or our team can't get access on the day, a "
                "&pound;150 rebooking fee applies.</p>"
            ),
            _heading("Ownership", "h2"),
            _text(
                "<p>Products remain our property until the full balance has been paid. Any delays caused by "
                "extra work agreed with you on the day will be confirmed in writing.</p>"
            ),
            _heading("Complaints", "h2"),
            _text(
                "<p>If something isn't right, please write to Claire Harwood, Managing Director, at our "
                "showroom address or by email. We'll acknowledge within 3 working days and give you a full "
                "response within 14 days. If we can't resolve it between us, you can use the free "
                "conciliation service of the Glass and Glazing Federation or the Which? Trusted Traders "
                "alternative dispute resolution scheme.</p>"
            ),
            size=66,
        ),
        _sidebar(),
    ),
)

HTML = {
    "/": _HOME,
    "/upvc-windows/": _UPVC,
    "/aluminium-windows/": _ALU,
    "/composite-doors/": _DOORS,
    "/bifold-patio-doors/": _BIFOLD,
    "/conservatories/": _CONS,
    "/repairs/": _REPAIRS,
    "/quotes-and-surveys/": _QUOTES,
    "/installation-process/": _INSTALL,
    "/guarantees-and-fensa/": _GUARANTEE,
    "/finance/": _FINANCE,
    "/planning-and-building-regs/": _PLANNING,
    "/about-us/": _ABOUT,
    "/contact-us/": _CONTACT,
    "/faqs/": _FAQS,
    "/aftercare/": _AFTERCARE,
    "/terms-and-cancellation/": _TERMS,
}

QUESTIONS = [
    ("Hi, my mum lives in Halstead and wants her windows done, is that too far out for you?", "/"),
    ("Can I have the plastic windows in grey instead of white? Is it dearer?", "/upvc-windows/"),
    ("roughly how much to do all the windows in a 3 bed semi", "/upvc-windows/"),
    (
        "We're right on the seafront at Walton and everything metal rusts here. Will aluminium frames cope with "
        "the salt?",
        "/aluminium-windows/",
    ),
    ("How much is a new front door", "/composite-doors/"),
    (
        "If I get one of your front doors how hard is it for a burglar to get through the lock? They snapped the "
        "lock on next door's last month",
        "/composite-doors/",
    ),
    (
        "My dad's in a wheelchair and we're thinking about bifolds onto the patio. Would there be a step he has "
        "to get over?",
        "/bifold-patio-doors/",
    ),
    (
        "Our conservatory is like an oven in summer and freezing in winter, can you do anything without knocking "
        "the whole thing down?",
        "/conservatories/",
    ),
    (
        "One of the windows in the lounge has gone all cloudy between the glass, do I need a whole new window or what",
        "/repairs/",
    ),
    ("someones put a brick through our back door tonight can anybody come out now??", "/repairs/"),
    ("Is the quote free and how long will the chap be at the house for?", "/quotes-and-surveys/"),
    (
        "We've had your quote but we won't be ready to go ahead until after Easter. Will the price still stand then?",
        "/quotes-and-surveys/",
    ),
    ("Do I need to take my curtains and blinds down before the fitters come?", "/installation-process/"),
    (
        "what time do your men start in the morning, and will the house be left open overnight with no windows?",
        "/installation-process/",
    ),
    (
        "We're selling up and the buyer's solicitor wants the certificate for the windows you put in years ago. "
        "I can't find it anywhere.",
        "/guarantees-and-fensa/",
    ),
    ("What happens to my guarantee if you lot go bust?", "/guarantees-and-fensa/"),
    ("can we pay monthly? cant afford it all in one go", "/finance/"),
    ("How much deposit do you want up front and when do I pay the rest?", "/finance/"),
    ("Our cottage is grade 2 listed, can we just have plastic double glazing put in?", "/planning-and-building-regs/"),
    (
        "Do the bedroom windows upstairs have to open wide enough for the kids to get out if there was a fire?",
        "/planning-and-building-regs/",
    ),
    ("Are the fitters your own staff or do you use subbies?", "/about-us/"),
    ("is there parking at your showroom", "/contact-us/"),
    ("Are you open Easter Monday?", "/contact-us/"),
    (
        "We live right next to the A12 and the lorries keep us up at night, is there any glass that cuts the "
        "noise down?",
        "/faqs/",
    ),
    (
        "The lock on my patio door is getting stiff. Is it alright to spray some WD40 in it?",
        "/aftercare/",
    ),
]

OUT_OF_SCOPE = [
    "Do you fit garage doors as well? Ours is an old up-and-over one that's falling apart.",
    "Could you replace the fascias, soffits and guttering while you're doing the windows?",
    "Will you price match if another company quotes me cheaper?",
    "Do you do secondary glazing? Our freeholder won't let us change the windows in our flat.",
    "do you fit electric roller shutters",
    "Can you supply and fit glass shower screens?",
    "Can you recommend a decent plumber? Our boiler's packed up.",
    "What time does the tip on Shrub End Road close on a Sunday?",
]
