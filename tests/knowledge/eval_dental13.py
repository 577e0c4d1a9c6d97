"""An evaluation site: Lowfold Dental Practice, a mixed NHS and private family dental practice in Brighouse (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML is WordPress with the Avada
theme's Fusion Builder (fusion-fullwidth / fusion-builder-row / fusion-layout-column / fusion-text wrappers,
a fusion-main-menu mega-menu, and a fusion-accordian panel-group with fusion-toggle-heading for the FAQ).
"""

from itertools import count

NAME = "Lowfold Dental Practice"

_SEQ = count(1)

_MENU = [
    ("/", "Home", None),
    (
        "#",
        "NHS &amp; Fees",
        [
            (
                "Fees",
                [
                    ("/nhs-dentistry/", "NHS Charges &amp; Exemptions"),
                    ("/private-fees/", "Private Fee Guide"),
                ],
            ),
        ],
    ),
    (
        "#",
        "Treatments",
        [
            (
                "General Dentistry",
                [
                    ("/check-ups-and-recalls/", "Check-ups &amp; Recalls"),
                    ("/hygienist/", "Dental Hygienist"),
                    ("/fillings-and-extractions/", "Fillings &amp; Extractions"),
                    ("/mouth-cancer-screening/", "Mouth Cancer Screening"),
                ],
            ),
            (
                "Restorative",
                [
                    ("/root-canal-crowns-bridges/", "Root Canal, Crowns &amp; Bridges"),
                    ("/dentures/", "Dentures &amp; Repairs"),
                ],
            ),
            (
                "Patient Care",
                [
                    ("/children/", "Children's Dentistry"),
                    ("/nervous-patients/", "Nervous Patients"),
                ],
            ),
        ],
    ),
    (
        "#",
        "Patients",
        [
            (
                "New &amp; Existing Patients",
                [
                    ("/register-and-waiting-list/", "Joining the Practice"),
                    ("/appointment-policy/", "Appointments &amp; Missed Appointments"),
                    ("/faq/", "Patient FAQs"),
                    ("/complaints/", "Feedback &amp; Complaints"),
                ],
            ),
        ],
    ),
    ("/meet-the-team/", "Our Team", None),
    ("/emergency-dentist/", "Dental Emergencies", None),
    ("/find-us/", "Find Us", None),
]


def _menu(current):
    items = []
    for href, label, groups in _MENU:
        n = next(_SEQ)
        if groups is None:
            cls = "menu-item menu-item-type-post_type menu-item-object-page"
            if href == current:
                cls += " current-menu-item page_item current_page_item"
            items.append(
                f'<li id="menu-item-{100 + n}" class="{cls} menu-item-{100 + n}" data-item-id="{100 + n}">'
                f'<a href="{href}" class="fusion-bar-highlight"><span class="menu-text">{label}</span></a></li>'
            )
            continue
        cols = []
        for title, links in groups:
            subs = "".join(
                f'<li class="menu-item menu-item-type-post_type menu-item-object-page'
                f'{" current-menu-item" if h == current else ""}">'
                f'<a href="{h}" class="awb-justify-title"><span>{t}</span></a></li>'
                for h, t in links
            )
            cols.append(
                f'<li class="menu-item menu-item-type-custom menu-item-object-custom fusion-megamenu-submenu '
                f"fusion-megamenu-columns-{len(groups)} col-lg-{12 // len(groups)} col-md-{12 // len(groups)} "
                f'col-sm-{12 // len(groups)}"><div class="fusion-megamenu-title"><span class="awb-justify-title">'
                f'{title}</span></div><ul class="sub-menu">{subs}</ul></li>'
            )
        items.append(
            f'<li id="menu-item-{100 + n}" class="menu-item menu-item-type-custom menu-item-object-custom '
            f'menu-item-has-children menu-item-{100 + n} fusion-megamenu-menu" data-item-id="{100 + n}">'
            f'<a href="{href}" class="fusion-bar-highlight" aria-haspopup="true"><span class="menu-text">{label}'
            f'</span> <span class="fusion-caret"><i class="fusion-dropdown-indicator" aria-hidden="true"></i>'
            f'</span></a><div class="fusion-megamenu-wrapper fusion-columns-{len(groups)} columns-per-row-'
            f'{len(groups)} columns-{len(groups)} col-span-{4 * len(groups)}"><div class="row">'
            f'<div class="fusion-megamenu-holder" style="width:{300 * len(groups)}px;">'
            f'<ul class="fusion-megamenu">{"".join(cols)}</ul></div></div></div></li>'
        )
    items.append(
        '<li class="menu-item menu-item-type-custom menu-item-object-custom fusion-menu-item-button">'
        '<a href="tel:01484718260" class="fusion-bar-highlight"><span class="menu-text fusion-button '
        'button-default button-large">Book Now</span></a></li>'
    )
    return (
        '<nav class="fusion-main-menu" aria-label="Main Menu"><div class="fusion-overlay-search"></div>'
        f'<ul id="menu-main-menu" class="fusion-menu">{"".join(items)}</ul></nav>'
    )


def container(inner, *, extra="", bg="#ffffff"):
    n = next(_SEQ)
    return (
        f'<div class="fusion-fullwidth fullwidth-box fusion-builder-row-{n} fusion-flex-container '
        f'nonhundred-percent-fullwidth non-hundred-percent-height-scrolling {extra}" '
        f'style="--awb-background-color:{bg};--awb-padding-top:40px;--awb-padding-bottom:30px;">'
        f'<div class="fusion-builder-row fusion-row fusion-flex-align-items-flex-start" '
        f'style="max-width:1248px;margin-left: calc(-4% / 2 );margin-right: calc(-4% / 2 );">\n'
        f"{inner}\n</div></div>\n"
    )


def column(inner, size="1_1"):
    n = next(_SEQ)
    return (
        f'<div class="fusion-layout-column fusion_builder_column fusion-builder-column-{n} '
        f'fusion_builder_column_{size} {size} fusion-flex-column">'
        '<div class="fusion-column-wrapper fusion-column-has-shadow fusion-flex-justify-content-flex-start '
        f'fusion-content-layout-column">\n{inner}\n</div></div>\n'
    )


def text(inner):
    n = next(_SEQ)
    return f'<div class="fusion-text fusion-text-{n}">\n{inner}\n</div>\n'


def heading(words, level=2):
    n = next(_SEQ)
    return (
        f'<div class="fusion-title title fusion-title-{n} fusion-sep-none fusion-title-text '
        f'fusion-title-size-{"two" if level == 2 else "three"}"><h{level} class="fusion-title-heading '
        f'title-heading-left" style="margin:0;">{words}</h{level}></div>\n'
    )


def button(label, href):
    n = next(_SEQ)
    return (
        f'<div style="text-align:left;"><a class="fusion-button button-flat fusion-button-default-size '
        f'button-default fusion-button-default button-{n} fusion-button-default-span fusion-button-default-type" '
        f'target="_self" href="{href}"><span class="fusion-button-text">{label}</span></a></div>\n'
    )


def table(head, rows):
    th = "".join(f'<th align="left">{h}</th>' for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>\n" for r in rows)
    return (
        f'<div class="table-2"><table width="100%"><thead><tr>{th}</tr></thead>\n'
        f"<tbody>\n{body}</tbody></table></div>\n"
    )


def testimonials(reviews):
    n = next(_SEQ)
    out = "".join(
        f'<div class="review no-avatar"><blockquote><q>{q}</q></blockquote><div class="author">'
        f'<span class="company-name"><strong>{who}</strong><span>, {where}</span></span></div></div>\n'
        for q, who, where in reviews
    )
    return (
        f'<div class="fusion-testimonials classic fusion-testimonials-{n}" data-random="0" data-speed="6000">'
        f'<div class="reviews">\n{out}</div><div class="testimonial-pagination"></div></div>\n'
    )


def accordion(items):
    n = next(_SEQ)
    panels = []
    for i, (q, a) in enumerate(items, 1):
        pid = f"{n}-{i}"
        panels.append(
            f'<div class="fusion-panel panel-default panel-{pid} fusion-toggle-has-divider">'
            f'<div class="panel-heading"><h4 class="panel-title toggle" id="toggle_{pid}">'
            f'<a aria-expanded="false" aria-controls="faq-{pid}" role="button" data-toggle="collapse" '
            f'data-parent="#accordion-{n}" data-target="#faq-{pid}" href="#faq-{pid}">'
            '<span class="fusion-toggle-icon-wrapper" aria-hidden="true">'
            '<i class="fa-fusion-box active-icon awb-icon-minus" aria-hidden="true"></i>'
            '<i class="fa-fusion-box inactive-icon awb-icon-plus" aria-hidden="true"></i></span>'
            f'<span class="fusion-toggle-heading">{q}</span></a></h4></div>\n'
            f'<div id="faq-{pid}" class="panel-collapse collapse " aria-labelledby="toggle_{pid}">'
            f'<div class="panel-body toggle-content fusion-clearfix">\n{a}\n</div></div></div>\n'
        )
    return (
        f'<div class="accordian fusion-accordian"><div class="panel-group fusion-toggle-icon-boxed" '
        f'id="accordion-{n}">\n{"".join(panels)}</div></div>\n'
    )


_SIDEBAR = """<aside id="sidebar" class="sidebar fusion-widget-area fusion-content-widget-area fusion-sidebar-right
 fusion-blogsidebar" style="float: right;" data="">
<section id="text-5" class="widget widget_text"><div class="heading"><h4 class="widget-title">Book an
 Appointment</h4></div><div class="textwidget"><p>Existing patients can book by phone on
 <a href="tel:01484718260">01484 718260</a>. Thinking of joining us? Read about
 <a href="/register-and-waiting-list/">joining the practice</a>.</p>
<p><a class="fusion-button button-flat button-small" href="tel:01484718260">Call Reception</a></p></div></section>
<section id="nav_menu-3" class="widget widget_nav_menu"><div class="heading"><h4 class="widget-title">Our
 Treatments</h4></div><div class="menu-treatments-container"><ul id="menu-treatments" class="menu">
<li class="menu-item"><a href="/check-ups-and-recalls/">Check-ups &amp; Recalls</a></li>
<li class="menu-item"><a href="/hygienist/">Dental Hygienist</a></li>
<li class="menu-item"><a href="/fillings-and-extractions/">Fillings &amp; Extractions</a></li>
<li class="menu-item"><a href="/root-canal-crowns-bridges/">Root Canal, Crowns &amp; Bridges</a></li>
<li class="menu-item"><a href="/dentures/">Dentures &amp; Repairs</a></li>
<li class="menu-item"><a href="/mouth-cancer-screening/">Mouth Cancer Screening</a></li>
<li class="menu-item"><a href="/children/">Children's Dentistry</a></li>
</ul></div></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><div class="heading"><h4 class="widget-title">Latest
 News</h4></div><ul>
<li><a href="#">Welcome back to our refurbished waiting room</a><span class="post-date">March 2025</span></li>
<li><a href="#">Practice closed for staff training on 14 May</a><span class="post-date">April 2025</span></li>
<li><a href="#">New NHS charges from April 2025</a><span class="post-date">April 2025</span></li>
</ul></section>
</aside>"""

_FOOTER = """<div class="fusion-footer">
<footer role="contentinfo" class="fusion-footer-widget-area fusion-widget-area">
<div class="fusion-row"><div class="fusion-columns fusion-columns-4 fusion-widget-area">
<div class="fusion-column col-lg-3 col-md-3 col-sm-3">
<section id="media_image-2" class="fusion-footer-widget-column widget widget_media_image">
<img width="220" height="60" src="/wp-content/uploads/2021/03/lowfold-logo-white.png" class="image wp-image-88"
 alt="Lowfold Dental Practice" decoding="async" /><div style="clear:both;"></div></section>
<section id="text-2" class="fusion-footer-widget-column widget widget_text"><div class="textwidget">
<p>Friendly family dentistry for Brighouse, Rastrick and the Calder Valley. NHS and private patients.</p>
</div><div style="clear:both;"></div></section></div>
<div class="fusion-column col-lg-3 col-md-3 col-sm-3">
<section id="text-3" class="fusion-footer-widget-column widget widget_text"><h4 class="widget-title">Contact Us</h4>
<div class="textwidget"><p>Lowfold Dental Practice<br/>41 Bradford Road<br/>Brighouse<br/>West Yorkshire HD6 1RY</p>
<p>Tel: <a href="tel:01484718260">01484 718260</a><br/>
Email: <a href="mailto:reception@lowfolddental.co.uk">reception@lowfolddental.co.uk</a></p></div>
<div style="clear:both;"></div></section></div>
<div class="fusion-column col-lg-3 col-md-3 col-sm-3">
<section id="text-4" class="fusion-footer-widget-column widget widget_text"><h4 class="widget-title">Opening
 Hours</h4><div class="textwidget"><table class="opening-hours">
<tr><td>Monday</td><td>8:30am &ndash; 5:30pm</td></tr>
<tr><td>Tuesday</td><td>8:30am &ndash; 7:00pm</td></tr>
<tr><td>Wednesday</td><td>8:30am &ndash; 5:30pm</td></tr>
<tr><td>Thursday</td><td>8:30am &ndash; 5:30pm</td></tr>
<tr><td>Friday</td><td>8:30am &ndash; 4:00pm</td></tr>
<tr><td>Sat &amp; Sun</td><td>Closed</td></tr>
</table><p><small>Closed for lunch 1:00pm &ndash; 2:00pm.</small></p></div>
<div style="clear:both;"></div></section></div>
<div class="fusion-column fusion-column-last col-lg-3 col-md-3 col-sm-3">
<section id="nav_menu-2" class="fusion-footer-widget-column widget widget_nav_menu"><h4 class="widget-title">Useful
 Links</h4><div class="menu-footer-container"><ul id="menu-footer" class="menu">
<li class="menu-item"><a href="/nhs-dentistry/">NHS Charges</a></li>
<li class="menu-item"><a href="/private-fees/">Private Fees</a></li>
<li class="menu-item"><a href="/appointment-policy/">Appointment Policy</a></li>
<li class="menu-item"><a href="/complaints/">Complaints</a></li>
<li class="menu-item"><a href="/faq/">FAQs</a></li>
</ul></div><div style="clear:both;"></div></section></div>
<div class="fusion-clearfix"></div></div></div>
</footer>
<footer id="footer" class="fusion-footer-copyright-area">
<div class="fusion-row"><div class="fusion-copyright-content">
<div class="fusion-copyright-notice"><div>&copy; Copyright 2025 Lowfold Dental Practice Ltd. Registered in England
 No. 08412277. Regulated by the Care Quality Commission. All our clinicians are registered with the General Dental
 Council. | <a href="#">Privacy Notice</a> | <a href="#">Cookie Policy</a> | Website by Pennine Pixel</div></div>
<div class="fusion-social-links-footer"><div class="fusion-social-networks boxed-icons"><div
 class="fusion-social-networks-wrapper">
<a class="fusion-social-network-icon fusion-tooltip fusion-facebook awb-icon-facebook" title="Facebook"
 href="https://www.facebook.com/lowfolddental" target="_blank" rel="noopener noreferrer"><span
 class="screen-reader-text">Facebook</span></a>
<a class="fusion-social-network-icon fusion-tooltip fusion-instagram awb-icon-instagram" title="Instagram"
 href="https://www.instagram.com/lowfolddental" target="_blank" rel="noopener noreferrer"><span
 class="screen-reader-text">Instagram</span></a>
</div></div></div>
</div></div>
</footer>
</div>
<div class="fusion-privacy-bar fusion-privacy-bar-bottom"><div class="fusion-privacy-bar-main">
<span>This website uses cookies to improve your experience and to help us understand how it is used.
 <a href="#" data-toggle="modal" data-target="#privacy-bar-modal">Cookie settings</a></span>
<a href="#" class="fusion-privacy-bar-acceptance fusion-button fusion-button-default fusion-button-default-size
 fusion-button-span-no" data-alt-text="Update Settings" data-orig-text="Accept">Accept</a></div></div>"""


def page(path, title, description, body, *, sidebar=False):
    n = next(_SEQ)
    crumbs = (
        '<li class="fusion-breadcrumb-item awb-breadcrumb-sep"><a href="/" class="fusion-breadcrumb-link">'
        f'<span>Home</span></a></li><li class="fusion-breadcrumb-item"><span class="breadcrumb-leaf">{title}'
        "</span></li>"
    )
    titlebar = ""
    if path != "/":
        titlebar = (
            '<section class="avada-page-titlebar-wrapper" aria-label="Page Title Bar">'
            '<div class="fusion-page-title-bar fusion-page-title-bar-none fusion-page-title-bar-left">'
            '<div class="fusion-page-title-row"><div class="fusion-page-title-wrapper">'
            f'<div class="fusion-page-title-captions"><h1 class="entry-title">{title}</h1></div>'
            '<div class="fusion-page-title-secondary"><nav class="fusion-breadcrumbs awb-yoast-breadcrumbs" '
            f'aria-label="Breadcrumb"><ol class="awb-breadcrumb-list">{crumbs}</ol></nav></div>'
            "</div></div></div></section>"
        )
    width = "width: 71%; float: left;" if sidebar else "width: 100%;"
    doc_title = f"{NAME} | Dentist in Brighouse" if path == "/" else f"{title} | {NAME}"
    return f"""<!DOCTYPE html>
<html class="avada-html-layout-wide avada-html-header-position-top" lang="en-GB" prefix="og: https://ogp.me/ns#">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{doc_title}</title>
<meta name="description" content="{description}"/>
<meta name="robots" content="index, follow, max-snippet:-1, max-image-preview:large, max-video-preview:-1"/>
<link rel="canonical" href="https://www.lowfolddental.co.uk{path}" />
<meta property="og:locale" content="en_GB" />
<meta property="og:type" content="website" />
<meta property="og:title" content="{doc_title}" />
<meta property="og:description" content="{description}" />
<meta property="og:site_name" content="{NAME}" />
<meta name="generator" content="WordPress 6.5.3" />
<link rel="shortcut icon" href="/wp-content/uploads/2021/03/favicon.png" type="image/x-icon" />
<link rel="stylesheet" id="fusion-dynamic-css-css"
 href="/wp-content/uploads/fusion-styles/7c1e0b9d4a2f6e3b1d8c.min.css?ver=3.11.7" type="text/css" media="all" />
<link rel="stylesheet" id="child-style-css" href="/wp-content/themes/Avada-Child-Theme/style.css?ver=6.5.3"
 type="text/css" media="all" />
<script async src="https://www.googletagmanager.com/gtag/js?id=G-LFD7Q2M41K"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}
gtag('js', new Date()); gtag('config', 'G-LFD7Q2M41K');</script>
</head>
<body class="page-template-default page page-id-{n} fusion-image-hovers fusion-pagination-sizing
 fusion-button_type-flat fusion-button_span-no fusion-button_gradient-linear avada-image-rollover-circle-yes
 fusion-body ltr fusion-sticky-header no-tablet-sticky-header no-mobile-sticky-header fusion-disable-outline
 fusion-sub-menu-fade mobile-logo-pos-left layout-wide-mode fusion-top-header menu-text-align-center
 mobile-menu-design-modern fusion-header-layout-v3 avada-responsive avada-footer-fx-none
 avada-menu-highlight-style-bar fusion-search-form-classic avada-has-megamenu-shadow
 avada-has-titlebar-bar_and_content{" has-sidebar" if sidebar else ""}" data-awb-post-id="{n}">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="boxed-wrapper"><div id="wrapper" class="fusion-wrapper">
<div id="home" style="position:relative;top:-1px;"></div>
<header class="fusion-header-wrapper">
<div class="fusion-header-v3 fusion-logo-alignment fusion-logo-left fusion-sticky-menu-
 fusion-sticky-logo-1 fusion-mobile-logo-1 fusion-mobile-menu-design-modern">
<div class="fusion-secondary-header"><div class="fusion-row">
<div class="fusion-alignleft"><div class="fusion-contact-info"><span class="fusion-contact-info-phone-number">Call
 us: <a href="tel:01484718260">01484 718260</a></span><span class="fusion-header-separator">|</span><span
 class="fusion-contact-info-email-address"><a href="mailto:reception@lowfolddental.co.uk">
reception@lowfolddental.co.uk</a></span><span class="fusion-header-separator">|</span>
<span>Mixed NHS &amp; Private Practice</span></div></div>
<div class="fusion-alignright"><div class="fusion-social-links-header"><div class="fusion-social-networks">
<div class="fusion-social-networks-wrapper"><a class="fusion-social-network-icon fusion-facebook
 awb-icon-facebook" href="https://www.facebook.com/lowfolddental" target="_blank" rel="noopener noreferrer"
 title="Facebook"></a><a class="fusion-social-network-icon fusion-instagram awb-icon-instagram"
 href="https://www.instagram.com/lowfolddental" target="_blank" rel="noopener noreferrer" title="Instagram"></a>
</div></div></div></div>
</div></div>
<div class="fusion-header-sticky-height"></div>
<div class="fusion-header"><div class="fusion-row">
<div class="fusion-logo" data-margin-top="18px" data-margin-bottom="18px" data-margin-left="0px"
 data-margin-right="0px"><a class="fusion-logo-link" href="/"><img
 src="/wp-content/uploads/2021/03/lowfold-logo.png" srcset="/wp-content/uploads/2021/03/lowfold-logo.png 1x,
 /wp-content/uploads/2021/03/lowfold-logo@2x.png 2x" width="260" height="70" alt="Lowfold Dental Practice Logo"
 data-retina_logo_url="/wp-content/uploads/2021/03/lowfold-logo@2x.png" class="fusion-standard-logo" /></a></div>
{_menu(path)}
<div class="fusion-mobile-menu-icons"><a href="#" class="fusion-icon awb-icon-bars" aria-label="Toggle mobile menu"
 aria-expanded="false"></a></div>
<nav class="fusion-mobile-nav-holder fusion-mobile-menu-text-align-left" aria-label="Main Menu Mobile"></nav>
</div></div>
</div>
<div class="fusion-clearfix"></div>
</header>
<div id="sliders-container" class="fusion-slider-visibility"></div>
{titlebar}
<main id="main" class="clearfix "><div class="fusion-row" style="">
<section id="content" style="{width}">
<div id="post-{n}" class="post-{n} page type-page status-publish hentry">
<span class="entry-title rich-snippet-hidden">{title}</span>
<div class="post-content">
{body}
</div></div>
</section>
{_SIDEBAR if sidebar else ""}
</div></main>
{_FOOTER}
</div></div>
<div class="to-top-container to-top-right"><a href="#" id="toTop" class="fusion-top-top-link"><span
 class="screen-reader-text">Go to Top</span></a></div>
</body>
</html>
"""


_BOOK_STRIP = container(
    column(
        heading("Ready to book?", 3)
        + text(
            "<p>Existing patients can book check-ups, hygiene visits and treatment by phone. "
            "New to Lowfold? Find out how to join us.</p>"
        ),
        "2_3",
    )
    + column(
        button("Book Now", "tel:01484718260") + button("Joining the Practice", "/register-and-waiting-list/"), "1_3"
    ),
    extra="fusion-book-strip",
    bg="#e8f3f2",
)


# --------------------------------------------------------------------------------------------------
# Pages
# --------------------------------------------------------------------------------------------------

_HOME = (
    container(
        column(
            heading("Friendly, Family Dentistry in the Heart of Brighouse", 1)
            + text(
                """<p>Welcome to Lowfold Dental Practice. For more than fifty years families from Brighouse,
Rastrick, Hove Edge and Elland have trusted us with their smiles. We are a mixed practice: we hold an NHS
contract with NHS West Yorkshire Integrated Care Board and we also offer private treatment, so you can choose
what suits you, and you can mix the two.</p>
<p>The practice was founded in 1974 by Mr Geoffrey Lumb, who looked after generations of local families until
he retired in 2013. It was then taken over by Dr Imran Qureshi, who had worked alongside Mr Lumb as an associate
for five years, and it has been owned and run by Dr Qureshi ever since. Many of our patients remember Mr Lumb
fondly, and his patients' records all stayed here when the practice changed hands, so nobody had to
re-register.</p>
<p>Today we have two fully equipped surgeries, three dentists and a dental hygienist, supported by a
long-serving team of nurses and receptionists. In 2021 we completed a full refurbishment, including digital
x-rays and a new decontamination room.</p>"""
            )
            + button("Book Now", "tel:01484718260"),
            "2_3",
        )
        + column(
            text(
                """<p><img src="/wp-content/uploads/2021/06/lowfold-reception.jpg" width="420" height="300"
 alt="Our reception at Lowfold Dental Practice" /></p>"""
            ),
            "1_3",
        ),
        extra="hero",
        bg="#f4faf9",
    )
    + container(
        column(
            heading("Care You Can Trust", 3)
            + text(
                """<p>We are registered with the Care Quality Commission. At our most recent CQC inspection,
in September 2023, the inspectors found the practice was providing safe, effective, caring, responsive and
well-led care in accordance with the relevant regulations, with no action required. You can read the full
report on the CQC website. We are also members of the BDA Good Practice Scheme.</p>"""
            ),
            "1_3",
        )
        + column(
            heading("NHS and Private", 3)
            + text(
                """<p>Everything that is clinically necessary to keep your mouth healthy is available on the
NHS. Some patients prefer private options such as tooth-coloured fillings on back teeth or all-ceramic crowns.
See our <a href="/nhs-dentistry/">NHS charges</a> and <a href="/private-fees/">private fee guide</a>.</p>"""
            ),
            "1_3",
        )
        + column(
            heading("All the Family", 3)
            + text(
                """<p>From a baby's first visit to dentures for grandparents, we look after every age.
Read about <a href="/children/">children's dentistry</a> and how we help
<a href="/nervous-patients/">nervous patients</a>.</p>"""
            ),
            "1_3",
        )
    )
    + container(
        column(
            heading("What Our Patients Say", 2)
            + testimonials(
                [
                    (
                        "I've been coming here since Mr Lumb's day and the care is still as good as ever. "
                        "Dr Qureshi is patient and explains everything.",
                        "Margaret H.",
                        "Rastrick",
                    ),
                    (
                        "Absolutely dreaded the dentist but the whole team put me at ease. Claire the hygienist "
                        "is brilliant.",
                        "Daniel P.",
                        "Brighouse",
                    ),
                    (
                        "Our two boys actually look forward to their check-ups. Thank you Dr Whitworth!",
                        "Sophie K.",
                        "Hove Edge",
                    ),
                ]
            )
        ),
        bg="#fafafa",
    )
    + _BOOK_STRIP
)

_NHS = (
    container(
        column(
            text(
                """<p>As an NHS practice we charge the standard NHS dental charges set by the government for England.
You pay one charge for each <strong>course of treatment</strong>, however many appointments it takes and however
many fillings or extractions you need within that band. The charges below apply from 1 April 2025.</p>"""
            )
            + table(
                ["NHS Band", "Charge", "What it covers"],
                [
                    [
                        "Band 1",
                        "&pound;27.40",
                        "Examination, diagnosis and advice, including x-rays, a scale and polish if clinically "
                        "needed, fluoride varnish and fissure sealants.",
                    ],
                    [
                        "Band 2",
                        "&pound;75.30",
                        "Everything in Band 1 plus further treatment such as fillings, root canal treatment, "
                        "gum treatment and removing teeth.",
                    ],
                    [
                        "Band 3",
                        "&pound;326.70",
                        "Everything in Bands 1 and 2 plus more complex work that needs a laboratory, such as crowns, "
                        "dentures and bridges.",
                    ],
                    ["Urgent treatment", "&pound;27.40", "Urgent assessment and specific urgent treatment."],
                ],
            )
            + text(
                """<p>If you need more treatment at the same band or a lower band within two months of finishing a
course of treatment, it is provided free of charge. Band 1 is paid at your check-up; where further treatment
is needed we ask for the remaining charge once your treatment plan has been agreed and signed.</p>"""
            )
            + heading("Who Gets Free NHS Dental Treatment?", 2)
            + text(
                """<p>You do not pay NHS dental charges if, when treatment starts, you are:</p>
<ul>
<li>under 18, or under 19 and in full-time education</li>
<li>pregnant, or have had a baby in the last 12 months, and hold a valid maternity exemption certificate (MatEx)</li>
<li>being treated by a hospital dentist as an NHS inpatient</li>
<li>receiving Income Support, income-based Jobseeker's Allowance, income-related Employment and Support
Allowance or Pension Credit Guarantee Credit</li>
<li>receiving Universal Credit and, in your last assessment period, your take-home pay was &pound;435 or
less, or &pound;935 or less if your award includes a child element or you have limited capability for work</li>
<li>named on a valid HC2 certificate (full help with health costs) or an NHS tax credit exemption
certificate</li>
</ul>
<p>If you have an HC3 certificate you get partial help and pay up to the amount shown on it. If you are on a
low income and have none of these, you can apply to the NHS Low Income Scheme using form HC1.</p>
<p>Please bring proof of your exemption to every course of treatment and tell reception if anything changes.
We are required to ask you to sign a declaration. The NHS Business Services Authority checks claims, and if you
claim free treatment when you are not entitled to it you may have to pay a penalty charge of up to &pound;100 on
top of the original charge.</p>
<p>Purely cosmetic treatment is not available on the NHS. If you would like a private option for part of your
treatment, your dentist will explain the difference and give you a written estimate.</p>"""
            )
        )
    )
    + _BOOK_STRIP
)

_PRIVATE = (
    container(
        column(
            text(
                """<p>Our private fees are listed below. Every private patient receives a written treatment plan
and estimate before any treatment begins, and estimates are valid for three months. Fees shown are from
1 January 2025. Hygienist fees are on our <a href="/hygienist/">hygienist page</a>.</p>"""
            )
            + heading("Examinations &amp; X-rays", 3)
            + table(
                ["Treatment", "Fee"],
                [
                    ["New patient examination (45 minutes)", "&pound;68"],
                    ["Routine check-up for existing private patients", "&pound;48"],
                    ["Small x-ray (each)", "&pound;15"],
                    ["Full-mouth x-ray (OPG)", "&pound;55"],
                    ["Emergency appointment during opening hours", "&pound;75"],
                ],
            )
            + heading("Fillings, Extractions &amp; Root Canal Treatment", 3)
            + table(
                ["Treatment", "Fee"],
                [
                    ["Amalgam (silver) filling", "from &pound;90"],
                    ["White (composite) filling, front tooth", "from &pound;120"],
                    ["White (composite) filling, back tooth", "&pound;145 &ndash; &pound;210"],
                    ["Simple extraction", "&pound;120"],
                    ["Surgical extraction", "from &pound;240"],
                    ["Root canal treatment, front tooth", "&pound;395"],
                    ["Root canal treatment, premolar", "&pound;495"],
                    ["Root canal treatment, molar (back tooth)", "&pound;645"],
                ],
            )
            + heading("Crowns, Bridges &amp; Dentures", 3)
            + table(
                ["Treatment", "Fee"],
                [
                    ["Porcelain bonded to metal crown", "&pound;545"],
                    ["All-ceramic crown (e.max)", "&pound;650"],
                    ["Bridge (per unit)", "from &pound;545"],
                    ["Adhesive bridge", "&pound;495"],
                    ["Acrylic partial denture", "from &pound;495"],
                    ["Full upper and lower acrylic dentures", "&pound;1,050"],
                    ["Chrome cobalt partial denture", "&pound;895"],
                    ["Denture reline", "&pound;160"],
                ],
            )
            + heading("Paying for Private Treatment", 3)
            + text(
                """<p>Payment is due at each appointment for the treatment carried out that day. For crowns,
bridges and dentures we ask for a 50% deposit when impressions are taken, because this covers laboratory costs.
We accept Visa and Mastercard debit and credit cards, contactless, Apple Pay, Google Pay and cash. We are
unable to accept American Express or cheques.</p>
<p>For private treatment costing more than &pound;500 you can spread the cost with interest-free finance over
6 or 12 months through our finance partner Tabeo, subject to status. You apply online in a few minutes and get
a decision straight away; our reception team can send you the link.</p>"""
            )
        )
    )
    + _BOOK_STRIP
)

_CHECKUPS = (
    container(
        column(
            text(
                """<p>A regular check-up is the most important appointment you can have. It lets us find problems
early, when they are simpler and cheaper to put right. A routine check-up with one of our dentists takes
around 15 to 20 minutes.</p>"""
            )
            + heading("What Happens at a Check-up?", 3)
            + text(
                """<ul>
<li>We update your medical history and ask about any medicines you take.</li>
<li>We examine every tooth and any existing fillings, crowns or dentures.</li>
<li>We check your gums and record a gum health score (the BPE).</li>
<li>We look at your tongue, cheeks, lips and throat as part of a soft tissue check.</li>
<li>We take x-rays if they are needed and talk you through anything we find.</li>
</ul>
<p>We only take x-rays when there is a clinical reason. For most adults with healthy teeth, small x-rays of
the back teeth are taken about every two years; if you are more prone to decay we may suggest them every six
to twelve months.</p>"""
            )
            + heading("How Often Do I Need a Check-up?", 3)
            + text(
                """<p>The old rule of a check-up every six months for everybody no longer applies. Like every NHS
practice, we follow guidance from NICE (the National Institute for Health and Care Excellence), which says the
time until your next check-up, your <em>recall interval</em>, should be based on your own risk of dental
disease. For adults this can be anything from 3 months to 24 months, and for children and teenagers under 18
from 3 months to 12 months.</p>
<p>So if your mouth is healthy and you look after it well, your dentist may quite rightly say you don't need to
come back for 12, 18 or even 24 months. If you have active gum disease, lots of fillings, or you smoke or have
diabetes, we will want to see you more often. Your dentist will explain the interval chosen for you, and it may
change from one check-up to the next.</p>"""
            )
            + heading("Recall Reminders", 3)
            + text(
                """<p>When your check-up is due we send a text message reminder three weeks beforehand inviting you to
call and book. If we cannot reach you by text we post a reminder letter. Please let us know if you change your
mobile number or address so that you don't miss out.</p>"""
            )
        )
    )
    + _BOOK_STRIP
)

_HYGIENIST = (
    container(
        column(
            text(
                """<p>Our dental hygienist, Claire Beaumont, specialises in keeping gums healthy and preventing gum
disease, the main cause of tooth loss in adults. Claire works on Tuesdays (including our evening clinic) and
Thursdays.</p>"""
            )
            + heading("Signs You May Need to See the Hygienist", 3)
            + text(
                """<ul>
<li>your gums bleed when you brush or floss</li>
<li>bad breath or a bad taste that doesn't go away</li>
<li>gums that look red, swollen or have shrunk back from the teeth</li>
<li>teeth that feel loose or have started to move</li>
<li>staining from tea, coffee, red wine or smoking</li>
</ul>"""
            )
            + heading("Direct Access: No Dentist Referral Needed", 3)
            + text(
                """<p>You can book straight in with Claire without seeing one of our dentists first and without being
a patient of the practice. This is called <strong>direct access</strong> and is allowed by the General Dental
Council. Direct access appointments are private. You will be asked to fill in a medical history form when you
arrive, and if Claire notices anything that needs a dentist, such as a possible cavity, she will recommend you
book a check-up, either with us or with your own dentist.</p>
<p>If you are an NHS patient and your dentist finds you need gum treatment as part of your NHS course of
treatment, that treatment is included in your NHS band charge. A scale and polish that is not clinically
necessary, for example just to remove staining, is private.</p>"""
            )
            + heading("Hygienist Fees", 3)
            + table(
                ["Appointment", "Fee"],
                [
                    ["Hygiene appointment, 30 minutes", "&pound;62"],
                    ["Extended hygiene appointment, 45 minutes", "&pound;84"],
                    ["Airflow stain removal (added to a hygiene visit)", "&pound;25"],
                ],
            )
            + text(
                """<p>Most people see the hygienist every three to six months; Claire will advise what is right for
you. She will also show you how to brush effectively and which interdental brushes fit between your teeth.</p>"""
            )
        )
    )
    + _BOOK_STRIP
)

_FILLINGS = (
    container(
        column(
            heading("Fillings", 2)
            + text(
                """<p>A filling repairs a tooth that has been damaged by decay or has chipped or worn. We numb the
tooth first, so most people feel nothing more than pressure. Fillings usually take 20 to 40 minutes.</p>
<ul>
<li><strong>Amalgam (silver) fillings</strong> are strong and long-lasting, and are the usual NHS filling for
back teeth.</li>
<li><strong>Composite (white) fillings</strong> are matched to the colour of your tooth. On the NHS they are
used on front teeth and where they are clinically appropriate. Many patients choose white fillings on back
teeth privately.</li>
<li><strong>Glass ionomer</strong> fillings release fluoride and are often used for baby teeth and near the
gum line.</li>
</ul>
<p>Since July 2018, amalgam is not used for children under 15 or for women who are pregnant or breastfeeding,
unless the dentist decides it is strictly necessary. For these patients we use white or glass ionomer fillings
on the NHS instead, at no extra cost.</p>"""
            )
            + heading("Extractions", 2)
            + text(
                """<p>We always try to save a tooth, but sometimes taking it out is the best option. Most extractions
are straightforward and done under local anaesthetic in one visit. Wisdom teeth that are buried or lying at a
difficult angle may need referral to the oral surgery team at Calderdale Royal Hospital or the community oral
surgery service.</p>"""
            )
            + heading("After an Extraction", 3)
            + text(
                """<ul>
<li>Bite firmly on the gauze for 20 minutes. If it is still bleeding, use a clean rolled-up handkerchief and
bite for another 20 minutes.</li>
<li>Don't rinse your mouth for 24 hours, and avoid hot drinks until the numbness wears off.</li>
<li>Avoid smoking, vaping and alcohol for at least 48 hours.</li>
<li>From the next day, rinse gently with warm salty water (half a teaspoon of salt in a glass of water) after
meals for a week.</li>
<li>Take your usual painkillers as directed on the packet.</li>
</ul>
<p><strong>Dry socket:</strong> usually the pain settles a little more each day. If, two to four days after an
extraction, the pain gets worse instead of better, throbs up towards your ear, or you notice a bad taste or
smell, the blood clot may have been lost from the socket. Please phone us: we will see you the same day to
clean the socket and put a soothing dressing in it.</p>"""
            )
        ),
    )
    + _BOOK_STRIP
)

_ROOT = (
    container(
        column(
            heading("Root Canal Treatment", 2)
            + text(
                """<p>When the nerve inside a tooth becomes infected or dies, for example after deep decay or a
knock, root canal treatment can save the tooth. We remove the infected pulp, clean and shape the canals with
fine rotary instruments, and seal them with a rubber-like filling material.</p>
<p>Most root canal treatments take <strong>two appointments</strong> of 60 to 90 minutes each, usually one to
two weeks apart, with a temporary filling in between. Front teeth can sometimes be completed in a single
visit, while molars with curved or blocked canals may need a third. The treatment is done under local
anaesthetic and feels much like having a filling. Root canal treatment is successful in around 85 to 90 per
cent of cases. Back teeth are weakened afterwards and usually need a crown to protect them.</p>
<p>Occasionally a tooth is too complex to treat here, and we can refer you privately to a specialist
endodontist in Leeds.</p>"""
            )
            + heading("Crowns", 2)
            + text(
                """<p>A crown is a cap that covers a broken, heavily filled or root-treated tooth. It takes two
visits about two weeks apart: at the first we shape the tooth, take an impression and fit a temporary crown;
at the second we fit the finished crown, made by our local laboratory. With good care a crown lasts 10 to 15
years or more.</p>
<p>On the NHS, crowns are made from metal or from porcelain bonded to metal, and for front teeth the porcelain
is matched to the shade of your teeth. Privately you can choose an all-ceramic crown (e.max), which has no
metal at all and looks the most natural, especially on front teeth.</p>"""
            )
            + heading("Bridges", 2)
            + text(
                """<p>A bridge fills the gap left by a missing tooth by attaching a false tooth to the teeth on either
side. A conventional bridge needs the neighbouring teeth to be prepared like crowns. An adhesive (Maryland)
bridge is glued to the back of a neighbouring tooth and needs little or no drilling, which makes it a good
option for a single missing front tooth.</p>"""
            ),
            "2_3",
        )
        + column(
            text(
                """<div class="fusion-alert alert general alert-info"><p><strong>Is it painful?</strong> Most of our
patients tell us root canal treatment was much easier than they expected. The toothache usually settles once
the infected nerve has been removed.</p></div>"""
            ),
            "1_3",
        )
    )
    + _BOOK_STRIP
)

_DENTURES = (
    container(
        column(
            text(
                """<p>Dentures replace missing teeth and help you eat, speak and smile with confidence. We make full
dentures (a complete set of teeth on the upper or lower jaw) and partial dentures that fill the gaps between your
own teeth.</p>"""
            )
            + heading("Types of Denture", 3)
            + text(
                """<ul>
<li><strong>Acrylic dentures</strong> are made from tough plastic and are the standard NHS denture.</li>
<li><strong>Chrome cobalt partial dentures</strong> have a thin metal framework, so they are lighter, less
bulky and more comfortable. These are available privately.</li>
<li><strong>Immediate dentures</strong> are made in advance and fitted on the day teeth are taken out, so you
are never without teeth.</li>
</ul>
<p>Making a new denture normally takes four to five appointments over six to eight weeks, including
impressions, a bite record and a try-in so you can see how your new teeth will look before they are
finished.</p>"""
            )
            + heading("Denture Repairs", 3)
            + text(
                """<p>Cracked or broken a denture, or lost a tooth off it? Don't try to glue it yourself &ndash;
superglue can damage the plastic and make a proper repair impossible. Phone us and bring the denture (and any
broken pieces) into reception <strong>before 10am, Monday to Thursday</strong>. It goes to our local
laboratory in Halifax and will usually be ready for collection after 4pm the same day.</p>
<p>For NHS patients, repairing a denture is <strong>free of charge</strong>. For private patients, a repair
costs from &pound;75 depending on the work needed. If a denture keeps breaking, or has become loose because
your gums have shrunk, it may need a reline or a replacement.</p>"""
            )
            + heading("Looking After Your Dentures", 3)
            + text(
                """<ul>
<li>Brush your dentures twice a day with a soft brush and soap or denture paste, not ordinary toothpaste.</li>
<li>Take them out at night to rest your gums, and keep them in water or a soaking solution.</li>
<li>Clean over a bowl of water or a folded towel in case you drop them.</li>
<li>Keep having check-ups: we still need to examine your gums and mouth even if you have no teeth left.</li>
</ul>"""
            )
        )
    )
    + _BOOK_STRIP
)

_CANCER = (
    container(
        column(
            text(
                """<p>More than 8,000 people in the UK are diagnosed with mouth cancer every year, and the number is
rising. Caught early, the chances of successful treatment are much better. That is why every check-up at
Lowfold includes a mouth cancer screen: your dentist looks at and feels your tongue, the floor of your mouth,
cheeks, lips, gums, the roof of your mouth and the glands in your neck. It takes a couple of minutes and
doesn't hurt.</p>"""
            )
            + heading("What to Look Out For", 3)
            + text(
                """<ul>
<li>a mouth ulcer that has not healed within three weeks</li>
<li>red or white patches on the tongue, gums or lining of the mouth</li>
<li>a lump or thickening in the mouth, lip or neck</li>
<li>pain or difficulty swallowing, or a persistent hoarse voice</li>
<li>a tooth that becomes loose for no obvious reason</li>
</ul>
<p>Mouth cancer is often painless in the early stages, so don't wait for it to hurt. If you notice any of these
signs, especially an ulcer lasting more than three weeks, please phone and ask for an appointment to have it
checked; you don't need to wait for your next check-up. If your dentist is concerned, we make an urgent
referral to the maxillofacial team at Calderdale and Huddersfield NHS Trust, who aim to see you within two
weeks.</p>"""
            )
            + heading("Who Is at Risk?", 3)
            + text(
                """<p>Anyone can get mouth cancer, but the risk is higher if you smoke or use chewing tobacco, paan
or betel quid, drink alcohol regularly, or have the HPV virus. Smoking and drinking together multiplies the
risk. We are happy to support you to stop smoking and can point you towards Yorkshire Smokefree.</p>"""
            )
            + heading("Free Screening Every November", 3)
            + text(
                """<p>November is Mouth Cancer Action Month. Every November we hold free ten-minute mouth cancer
checks on Wednesday afternoons for anyone, whether or not you are a patient of the practice. Phone reception
from October to book a slot.</p>"""
            )
        )
    )
    + _BOOK_STRIP
)

_CHILDREN = (
    container(
        column(
            text(
                """<p>We love seeing children and aim to make every visit fun and relaxed, so they grow up feeling
comfortable at the dentist. Dr Hannah Whitworth and our oral health educator Amira are especially good with
younger patients.</p>"""
            )
            + heading("When Should My Child First Visit?", 3)
            + text(
                """<p>Bring your baby in as soon as the first tooth comes through, and certainly by their first
birthday. The first visits are short and gentle: your child can sit on your lap while the dentist has a
quick look, and we give you advice on teething, brushing, drinks and dummies.</p>"""
            )
            + heading("Protecting Children's Teeth", 3)
            + text(
                """<ul>
<li><strong>Fluoride varnish</strong> is painted on the teeth twice a year from the age of three to help
prevent decay.</li>
<li><strong>Fissure sealants</strong> are a thin protective coating on the grooves of the adult back teeth,
usually when they come through at around six to seven and again at eleven to twelve.</li>
<li>Under threes should use a smear of toothpaste with at least 1,000ppm fluoride; from three, a pea-sized
amount of 1,350 to 1,500ppm. Spit, don't rinse.</li>
<li>Help your child brush until they are at least seven.</li>
</ul>"""
            )
            + heading("Appointments for Children", 3)
            + text(
                """<p>We keep after-school appointments between 3:30pm and 5:00pm for school-age children.
Children under 16 must be brought by a parent or guardian, or an adult with written permission from
the parent, who needs to stay with them. Young people aged 16 and 17 may come to appointments on their own.</p>
<p>If your child's teeth are crowded or sticking out, your dentist will check whether they may need braces and
can refer them to an orthodontist, usually from around age 11 or 12 once most adult teeth are through.</p>"""
            )
        ),
    )
    + _BOOK_STRIP
)

_EMERGENCY = (
    container(
        column(
            heading("During Opening Hours", 2)
            + text(
                """<p>We keep emergency appointments free every day for patients in pain. If you are a patient of
the practice, please <strong>phone us from 8:30am</strong> on the day you need to be seen. Emergency slots are
given on a first-come, first-served basis, so ringing early gives you the best chance of a same-day
appointment. Please phone rather than email or message us on social media, as these are not checked
throughout the day.</p>
<p>We also take part in the West Yorkshire urgent dental care scheme, which means we see a small number of
people each week who do not have a regular dentist. These slots are booked through NHS 111, not directly
with us.</p>"""
            )
            + heading("Evenings, Weekends and Bank Holidays", 2)
            + text(
                """<p>When we are closed, call <strong>NHS 111</strong> (or use 111.nhs.uk). They will assess you
and, if you need to be seen urgently, book you into the out-of-hours urgent dental service for Calderdale
and Kirklees, which runs evenings, weekends and bank holidays. Do not wait until we reopen if you have
severe pain or swelling that is getting worse.</p>"""
            )
            + heading("When to Go to A&amp;E", 3)
            + text(
                """<p>Call 999 or go to A&amp;E straight away if you have:</p>
<ul>
<li>swelling in the mouth or face that is affecting your breathing, swallowing or vision, or spreading to
your eye or neck</li>
<li>bleeding after an extraction that will not stop after 20 minutes of firm pressure</li>
<li>a facial injury with a possible broken jaw, or after a head injury with dizziness, vomiting or loss of
consciousness</li>
</ul>"""
            )
            + heading("Knocked-Out Adult Tooth", 3)
            + text(
                """<p>Time matters: the tooth has the best chance of survival if it is back in its socket within an
hour. Pick it up by the white crown, not the root. If it is dirty, rinse it briefly in milk or cold water and
push it gently back into place, then bite on a clean cloth to hold it. If you can't put it back, keep it in a
cup of milk or inside the cheek (not for young children who might swallow it) and phone us straight away, or
NHS 111 if we are closed. Never put a baby tooth back in &ndash; it can damage the adult tooth underneath.</p>"""
            )
        )
    )
    + _BOOK_STRIP
)

_NERVOUS = (
    container(
        column(
            text(
                """<p>If the thought of the dentist makes your stomach turn, you are not alone: around one in four
adults in the UK is anxious about dental visits, and some of our most loyal patients first came to us after
staying away for many years. You will never be judged or told off for how long it has been or for the state of
your teeth. We are just glad you've come.</p>"""
            )
            + heading("How We Help", 3)
            + text(
                """<ul>
<li><strong>Tell us when you book.</strong> We'll add a note so everybody knows, and give you a longer
appointment so nothing is rushed.</li>
<li><strong>Meet us first.</strong> You can have a free 15-minute chat with the dentist in a quiet room
before any examination, with no treatment and no pressure.</li>
<li><strong>You're in control.</strong> We agree a stop signal, usually raising your left hand, and we stop
straight away when you use it.</li>
<li><strong>Step by step.</strong> We explain what we are about to do before we do it, and we can start with
the simplest treatment to build your confidence.</li>
<li><strong>Distractions.</strong> Bring your own headphones and music or a podcast, or ask for a blanket or a
stress ball.</li>
<li><strong>Numbing gel first.</strong> We always use a numbing gel before injections, so most people barely
feel them.</li>
<li>Ask for the first appointment of the morning so you have less time to worry.</li>
</ul>
<p>Dr Hannah Whitworth has a special interest in caring for anxious patients and has completed further
training in managing dental anxiety.</p>"""
            )
            + heading("Sedation", 3)
            + text(
                """<p>We do not provide sedation or general anaesthetic at Lowfold. If you are very anxious and your
dentist thinks it is clinically appropriate, we can refer you on the NHS to the Community Dental Service in
Calderdale, which offers treatment under conscious sedation (you are relaxed and drowsy but awake). Please be
aware there is a waiting list of several months for this service. Alternatively, we can refer you privately to
a sedation practice in Huddersfield.</p>"""
            )
            + testimonials(
                [
                    (
                        "I hadn't been near a dentist for fifteen years. Dr Whitworth took it so slowly and never once "
                        "made me feel ashamed. I can't recommend them enough.",
                        "Karen W.",
                        "Elland",
                    )
                ]
            )
        )
    )
    + _BOOK_STRIP
)

_REGISTER = (
    container(
        column(
            heading("Are You Taking New Patients?", 2)
            + text(
                """<p>We update this page whenever the situation changes. <em>Last updated: 2 June 2025.</em></p>
<ul>
<li><strong>NHS children (under 18):</strong> we are currently accepting children straight away. Just phone
reception to book.</li>
<li><strong>NHS adults:</strong> our NHS list for adults is full, but you can join our NHS waiting list (see
below).</li>
<li><strong>Private patients:</strong> we are accepting new private patients, and a new patient examination
is usually available within two to three weeks.</li>
</ul>
<p>There is no catchment area, so you don't need to live in Brighouse to join us.</p>"""
            )
            + heading("Our NHS Waiting List", 2)
            + text(
                """<p>To join the waiting list, phone reception or fill in the new patient form at the desk. We need
your name, date of birth, address, phone number and email address. Patients are offered places strictly in the
order they joined; at the moment the wait for adult NHS places is around nine to twelve months. Unfortunately
we cannot move anybody up the list.</p>
<p>When your turn comes we will phone you and send a text. If we don't hear back within seven days we will
offer the place to the next person, so please keep your contact details up to date. You are welcome to be seen
privately while you wait and change to NHS care when a place comes up. If you are in pain while on the waiting
list, see our <a href="/emergency-dentist/">emergencies page</a>.</p>"""
            )
            + heading("Are You Still Our Patient?", 2)
            + text(
                """<p>With NHS dentistry you are not registered with a practice for life in the way you are with a GP;
you are our patient while you are having treatment and attending your check-ups. If you have not been seen for
more than two years, we cannot guarantee you an NHS check-up and you may need to join the waiting list again.
Please call us and we'll check your records.</p>"""
            )
            + heading("Your First Appointment", 3)
            + text(
                """<p>Please arrive ten minutes early to complete your medical history form, and bring a list of any
medicines you take and proof of any NHS exemption.</p>"""
            )
        )
    )
    + _BOOK_STRIP
)

_POLICY = (
    container(
        column(
            text(
                """<p>Our dentists and hygienist are in high demand, and every missed appointment is time another
patient, sometimes someone in pain, could have had. Please help us by following these simple rules.</p>"""
            )
            + heading("Reminders", 3)
            + text(
                """<p>We send a text reminder two working days before your appointment. Please reply Y to confirm or
call us if you need to change it.</p>"""
            )
            + heading("Cancelling or Changing an Appointment", 3)
            + text(
                """<p>Please give us at least <strong>24 hours' notice</strong>, not counting weekends, so for a
Monday appointment please let us know by the Friday before. You can phone reception or reply to your reminder
text. Answerphone messages left when we are closed are picked up at 8:30am the next working day.</p>"""
            )
            + heading("Missed Appointments", 3)
            + text(
                """<p><strong>NHS patients:</strong> we cannot charge for missed NHS appointments. However, if you miss
two appointments within 12 months without letting us know, we may end your current course of treatment and you
may not be offered further routine NHS appointments at the practice. We will always write to you before taking
this step, and we understand that genuine emergencies happen.</p>
<p><strong>Private patients:</strong> if you miss an appointment or cancel with less than 24 hours' notice, we
charge a fee of &pound;30 for a dentist appointment and the full appointment fee for a hygienist appointment.
For long treatment appointments we may ask for a deposit when booking.</p>"""
            )
            + heading("Running Late?", 3)
            + text(
                """<p>Please phone us as soon as you know you will be late. If you arrive more than 10 minutes late
we will do our best to see you, but we may only be able to carry out part of your treatment, or we may need to
rebook you so that patients after you are not kept waiting. Arriving more than 10 minutes late without calling
may be treated as a missed appointment.</p>"""
            )
            + heading("Behaviour", 3)
            + text(
                """<p>Our team has the right to work without abuse. Violent, threatening or abusive behaviour towards
staff or other patients will not be tolerated and may lead to removal from the practice.</p>"""
            )
        ),
    )
    + _BOOK_STRIP
)

_TEAM = (
    container(
        column(
            heading("Our Dentists", 2)
            + text(
                """<p><strong>Dr Imran Qureshi BDS MJDF RCS (Eng)</strong> &ndash; Practice Principal. GDC No. 78123.
Imran qualified from the University of Leeds in 2004 and has owned the practice since 2013. He has a keen
interest in root canal treatment and crowns. Imran works Monday, Tuesday, Thursday and Friday.</p>
<p><strong>Dr Hannah Whitworth BDS</strong> &ndash; Associate Dentist. GDC No. 206418. Hannah qualified from
Newcastle University in 2012 and joined us in 2016. She loves treating children and anxious patients, and
works Monday, Wednesday and Thursday. Patients who would prefer to see a female dentist are welcome to ask
for Hannah when booking.</p>
<p><strong>Dr Oliver Haigh BChD</strong> &ndash; Associate Dentist. GDC No. 291377. Oliver graduated from
Leeds in 2019 and completed his foundation training in Bradford. He is particularly interested in dentures and
works Tuesday, Wednesday and Friday.</p>"""
            )
            + heading("Our Hygienist", 2)
            + text(
                """<p><strong>Claire Beaumont Dip DH</strong> &ndash; Dental Hygienist. GDC No. 4519. Claire has been
a hygienist for over 20 years and joined Lowfold in 2010.</p>"""
            )
            + heading("Practice Team", 2)
            + text(
                """<p><strong>Joanne Sykes</strong> &ndash; Practice Manager. Joanne looks after the day-to-day running
of the practice and is the person to talk to about any feedback.</p>
<p><strong>Leanne Firth</strong> &ndash; Lead Dental Nurse. <strong>Amira Hussain</strong> &ndash; Dental Nurse
and Oral Health Educator. <strong>Ellie Wood</strong> &ndash; Trainee Dental Nurse.</p>
<p><strong>Sue Brearley</strong> and <strong>Beth Turner</strong> &ndash; Receptionists. Sue has been on our
front desk since 1998 and knows most of our patients by name.</p>
<p>Everyone on our clinical team is registered with the General Dental Council and takes part in regular
training, including medical emergencies and safeguarding.</p>"""
            ),
            "2_3",
        )
        + column(
            text(
                """<p><img src="/wp-content/uploads/2023/02/lowfold-team-2023.jpg" width="400" height="520"
 alt="The Lowfold Dental Practice team" /></p>
<p><em>Our team at the 2023 Brighouse Charity Gala.</em></p>"""
            ),
            "1_3",
        )
    )
    + _BOOK_STRIP
)

_FINDUS = (
    container(
        column(
            heading("Our Address", 2)
            + text(
                """<p>Lowfold Dental Practice, 41 Bradford Road, Brighouse, West Yorkshire HD6 1RY. We are in the
stone-fronted building on the corner of Bradford Road and Lowfold Lane, opposite the Wellholme Park entrance,
about five minutes' walk from the town centre.</p>"""
            )
            + heading("Parking", 3)
            + text(
                """<p>We have a small car park behind the practice with four spaces, including one wide disabled
bay, reached from Lowfold Lane. Please don't park across the neighbours' drives on Lowfold Lane. If our car park
is full, the pay and display car park on Bethel Street is a three-minute walk away, and there is free on-street
parking for up to one hour on nearby Wellholme Road.</p>"""
            )
            + heading("By Bus and Train", 3)
            + text(
                """<p>Buses between Halifax, Huddersfield and Bradford stop right outside the practice (stop name:
Bradford Road Lowfold). Brighouse bus station is a seven-minute walk and Brighouse railway station about ten
minutes' walk.</p>"""
            ),
            "1_2",
        )
        + column(
            heading("Access for Everyone", 2)
            + text(
                """<p>The main entrance has two steps, but there is a ramp with a handrail to the side entrance
from the car park, so the ground floor is fully step-free. Our ground floor has the reception, waiting room,
an accessible toilet and <strong>Surgery 1</strong>, which has room for a wheelchair alongside the dental
chair. Surgery 2 is on the first floor up a flight of stairs and there is no lift. If you use a wheelchair or
find stairs difficult, just tell us when you book and we will make sure you are seen in Surgery 1.</p>
<p>We have a hearing loop at reception, and assistance dogs are welcome.</p>"""
            )
            + text(
                """<div class="fusion-google-map"><iframe title="Map showing Lowfold Dental Practice"
 src="https://www.google.com/maps/embed?pb=lowfold-dental-brighouse" width="100%" height="320"
 loading="lazy"></iframe></div>"""
            ),
            "1_2",
        )
    )
    + _BOOK_STRIP
)

_COMPLAINTS = (
    container(
        column(
            text(
                """<p>We want every patient to be happy with their care, and we welcome comments, compliments and
complaints. Most concerns can be sorted out quickly by speaking to us, so please tell us as soon as you can.</p>"""
            )
            + heading("How to Make a Complaint", 3)
            + text(
                """<p>You can raise a complaint in person, by phone, by email or in writing. It will be handled by our
Practice Manager, Joanne Sykes. We will:</p>
<ul>
<li>acknowledge your complaint within three working days</li>
<li>offer to meet or speak to you to talk it through</li>
<li>look into it thoroughly and give you a full written response within ten working days, or explain why
it will take longer and keep you updated</li>
</ul>
<p>Complaints should normally be made within 12 months of the treatment, or of you becoming aware of the
problem. If you are complaining on behalf of someone else, we will need their written consent.</p>"""
            )
            + heading("If You Are Not Satisfied", 3)
            + text(
                """<p><strong>NHS treatment:</strong> if you would rather not complain to the practice directly, you
can complain instead to NHS West Yorkshire Integrated Care Board (phone 0113 825 2000). If you are unhappy with
the final response, you can ask the Parliamentary and Health Service Ombudsman to review it (0345 015 4033).</p>
<p><strong>Private treatment:</strong> if we have not been able to resolve your complaint about private
treatment, you can contact the Dental Complaints Service, an independent service run by the General Dental
Council, on 020 8253 0800. It is free and helps private patients and dental professionals settle complaints
fairly.</p>
<p>If you are concerned about a dental professional's fitness to practise, you can contact the General Dental
Council directly. The Care Quality Commission also welcomes feedback about the services it regulates.</p>"""
            )
            + heading("Leave Us a Review", 3)
            + text("""<p>Had a good experience? We'd love you to leave a review on Google or on the NHS website.</p>""")
        )
    )
    + _BOOK_STRIP
)

_FAQ = (
    container(
        column(
            text("<p>Can't find what you are looking for? Phone reception and we'll be happy to help.</p>")
            + accordion(
                [
                    (
                        "Can I have some treatment on the NHS and some privately?",
                        "<p>Yes. As a mixed practice we can provide your check-ups and most treatment on the NHS and "
                        "still offer a private option for particular items, for example a white filling on a back "
                        "tooth. Your dentist will explain the choices and you'll get a written plan.</p>",
                    ),
                    (
                        "Can I get a letter for my employer or my child's school?",
                        "<p>Yes. We can give you an appointment letter, free of charge, confirming the date and time "
                        "of your visit. Just ask at reception on the day. We can't issue fit notes for time off work; "
                        "those come from your GP or through self-certification.</p>",
                    ),
                    (
                        "I take blood thinners. Can I still have a tooth out?",
                        "<p>Usually yes, but tell us when you book. If you take warfarin, you'll need an INR blood "
                        "test within 24 hours before the extraction (or within 72 hours if your INR is normally "
                        "stable), so please bring the result. If you take apixaban or rivaroxaban, your dentist may "
                        "ask you to miss or delay the morning dose. Never stop any medication without advice.</p>",
                    ),
                    (
                        "Is dental treatment safe while I'm pregnant?",
                        "<p>Yes. Routine treatment, including fillings with local anaesthetic, is safe in pregnancy, "
                        "and the middle three months are usually the most comfortable time. We avoid x-rays unless "
                        "they are essential. Pregnancy hormones can make gums bleed more, so keep up your brushing "
                        "and check-ups.</p>",
                    ),
                    (
                        "Can I bring my children with me to my appointment?",
                        "<p>You're welcome to bring them, but children can't be left on their own in the waiting "
                        "room. If they come into the surgery with you, they'll need to sit quietly in the chair "
                        "provided, so it is easier if another adult comes along too.</p>",
                    ),
                    (
                        "Can I get a copy of my dental records or x-rays?",
                        "<p>Yes. Ask reception or email us. Copies are free and we will send them within one month. "
                        "If you are moving to a new dentist, they can request your x-rays directly from us.</p>",
                    ),
                    (
                        "Do you provide interpreters?",
                        "<p>Yes. For NHS appointments we can book a professional interpreter, including British Sign "
                        "Language, free of charge. Please let us know when you book so we can arrange it.</p>",
                    ),
                    (
                        "Is there Wi-Fi in the waiting room?",
                        "<p>Yes, free Wi-Fi is available. Ask at reception for the password.</p>",
                    ),
                ]
            )
        )
    )
    + _BOOK_STRIP
)


HTML = {
    "/": page(
        "/",
        "Home",
        "Lowfold Dental Practice: friendly NHS and private family dentist on Bradford Road, Brighouse.",
        _HOME,
    ),
    "/nhs-dentistry/": page(
        "/nhs-dentistry/",
        "NHS Charges &amp; Exemptions",
        "NHS dental charges from April 2025 and who is entitled to free NHS dental treatment.",
        _NHS,
        sidebar=True,
    ),
    "/private-fees/": page(
        "/private-fees/",
        "Private Fee Guide",
        "Our private dental fees, deposits, payment methods and interest-free finance.",
        _PRIVATE,
        sidebar=True,
    ),
    "/check-ups-and-recalls/": page(
        "/check-ups-and-recalls/",
        "Check-ups &amp; Recalls",
        "What happens at a dental check-up and how often you need one.",
        _CHECKUPS,
        sidebar=True,
    ),
    "/hygienist/": page(
        "/hygienist/",
        "Dental Hygienist",
        "See our dental hygienist in Brighouse, with or without a dentist referral.",
        _HYGIENIST,
        sidebar=True,
    ),
    "/fillings-and-extractions/": page(
        "/fillings-and-extractions/",
        "Fillings &amp; Extractions",
        "White and silver fillings, tooth extractions and aftercare advice.",
        _FILLINGS,
        sidebar=True,
    ),
    "/root-canal-crowns-bridges/": page(
        "/root-canal-crowns-bridges/",
        "Root Canal, Crowns &amp; Bridges",
        "Saving and restoring damaged teeth with root canal treatment, crowns and bridges.",
        _ROOT,
    ),
    "/dentures/": page(
        "/dentures/",
        "Dentures &amp; Repairs",
        "Full and partial dentures, same-day denture repairs and denture care.",
        _DENTURES,
        sidebar=True,
    ),
    "/mouth-cancer-screening/": page(
        "/mouth-cancer-screening/",
        "Mouth Cancer Screening",
        "Mouth cancer checks, warning signs and our free November screening.",
        _CANCER,
        sidebar=True,
    ),
    "/children/": page(
        "/children/",
        "Children's Dentistry",
        "Dental care for babies, children and teenagers at Lowfold Dental Practice.",
        _CHILDREN,
    ),
    "/emergency-dentist/": page(
        "/emergency-dentist/",
        "Dental Emergencies",
        "Toothache, swelling or a knocked-out tooth? What to do in and out of hours.",
        _EMERGENCY,
    ),
    "/nervous-patients/": page(
        "/nervous-patients/",
        "Nervous Patients",
        "Anxious about the dentist? How we help nervous patients feel at ease.",
        _NERVOUS,
    ),
    "/register-and-waiting-list/": page(
        "/register-and-waiting-list/",
        "Joining the Practice",
        "Are we taking new NHS and private patients? How to join our waiting list.",
        _REGISTER,
    ),
    "/appointment-policy/": page(
        "/appointment-policy/",
        "Appointments &amp; Missed Appointments",
        "Our cancellation, missed appointment and late arrival policy.",
        _POLICY,
    ),
    "/meet-the-team/": page(
        "/meet-the-team/",
        "Our Team",
        "Meet the dentists, hygienist, nurses and reception team at Lowfold Dental Practice.",
        _TEAM,
    ),
    "/find-us/": page(
        "/find-us/",
        "Find Us",
        "How to find us in Brighouse, parking, public transport and accessibility.",
        _FINDUS,
    ),
    "/complaints/": page(
        "/complaints/",
        "Feedback &amp; Complaints",
        "How to give feedback or make a complaint about your dental care.",
        _COMPLAINTS,
    ),
    "/faq/": page(
        "/faq/",
        "Patient FAQs",
        "Answers to common questions from our patients.",
        _FAQ,
    ),
}

QUESTIONS = [
    (
        "Is this still Mr Lumb's dentist? He did all our family's teeth years ago, I've not been back in a while",
        "/",
    ),
    ("how much is an NHS check up these days", "/nhs-dentistry/"),
    ("I'm on universal credit, do I have to pay for my dental treatment?", "/nhs-dentistry/"),
    ("What do you charge privately for a root canal on a back tooth?", "/private-fees/"),
    (
        "I need a crown and a couple of other bits doing privately and it comes to a lot. Can I pay it off "
        "monthly rather than all at once?",
        "/private-fees/",
    ),
    (
        "The dentist told me I don't need to come back for 18 months. My old dentist always had me in every 6 "
        "months, is that right??",
        "/check-ups-and-recalls/",
    ),
    (
        "I'm not registered with you lot, can I still just book in for a clean with the hygienist?",
        "/hygienist/",
    ),
    ("How much does it cost to see the hygienist", "/hygienist/"),
    (
        "Had a back tooth pulled on Tuesday, it's Thursday now and the pain is getting worse not better, and "
        "there's a horrible taste in my mouth",
        "/fillings-and-extractions/",
    ),
    (
        "My son is 10 and needs a filling, can he have a white one instead of a silver one on the NHS?",
        "/fillings-and-extractions/",
    ),
    (
        "how many trips will a root canal take? need to sort time off work",
        "/root-canal-crowns-bridges/",
    ),
    (
        "My nan's top set has snapped clean in half. Can you fix it today and what will it cost her",
        "/dentures/",
    ),
    (
        "I've had an ulcer on the side of my tongue for about a month now. Doesn't hurt but it won't go away",
        "/mouth-cancer-screening/",
    ),
    (
        "When should I first take my baby to the dentist? She's 8 months and has two teeth through",
        "/children/",
    ),
    (
        "my face has swelled right up on one side and it's saturday night and you're shut, what do I do",
        "/emergency-dentist/",
    ),
    (
        "My lad's just knocked his front tooth clean out playing football, it's a grown up tooth not a baby "
        "one. What do we do?",
        "/emergency-dentist/",
    ),
    (
        "Honestly I'm terrified of dentists and haven't been in over 10 years, my teeth are a state. Am I going "
        "to get a lecture?",
        "/nervous-patients/",
    ),
    ("Is there any way I can be put to sleep for my treatment", "/nervous-patients/"),
    (
        "Are you taking on NHS patients? Just moved to Brighouse from Leeds and need a new dentist",
        "/register-and-waiting-list/",
    ),
    (
        "Stuck in traffic on Bradford Road, going to be about 15 mins late, will you still see me?",
        "/appointment-policy/",
    ),
    (
        "ive missed 2 appointments cos of my shifts at work, am I going to get struck off",
        "/appointment-policy/",
    ),
    ("Is there a lady dentist I can see? I'd feel more comfortable", "/meet-the-team/"),
    ("Where can I park when I come?", "/find-us/"),
    (
        "Not happy with a crown I paid for privately and the practice hasn't sorted it. Who else can I go to about it?",
        "/complaints/",
    ),
    ("I'm on warfarin and need a tooth taking out, is there anything I need to do first?", "/faq/"),
]

OUT_OF_SCOPE = [
    "Do you do Botox or lip fillers as well?",
    "My mum's housebound after a stroke, can one of the dentists come out to the house to look at her teeth?",
    "Do you make gum shields? My son's just started playing rugby",
    "my husband snores like a train, do you do them mouth guard things for snoring",
    "Do you sell electric toothbrushes at reception?",
    "How much is teeth whitening? I want my teeth a bit brighter for my wedding in June",
    "What time does Brighouse market open on a Saturday?",
    "can you recommend a good vet round here for my cat",
]
