"""An evaluation site: Brightwell Tutoring Centre, a maths and English tutoring centre in Chelmsford (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a Duda website
builder export: dmRespRow/dmRespCol grids, dmNewParagraph text widgets, data-element-type attributes,
flex-element sections and many nested wrapper divs, with the navigation repeated for the mobile drawer.
"""

import itertools

NAME = "Brightwell Tutoring Centre"

_SITE = "https://www.brightwelltutoring.co.uk"
_PHONE = "01245 350 918"
_TEL = "tel:+441245350918"
_EMAIL = "hello@brightwelltutoring.co.uk"

_ids = itertools.count(1480262101)


def _id():
    return str(next(_ids))


# --------------------------------------------------------------------------------------------------
# Duda-style widget helpers
# --------------------------------------------------------------------------------------------------


def _text(html):
    i = _id()
    return (
        f'<div class="u_{i} dmNewParagraph" data-element-type="paragraph" data-version="5" id="{i}"'
        f' style="transition: none 0s ease 0s; display: block;">\n{html}\n</div>\n'
    )


def _title(text, level=2):
    i = _id()
    return (
        f'<div class="u_{i} dmNewParagraph" data-element-type="paragraph" data-version="5" id="{i}">'
        f'<h{level} class="text-align-left"><span style="display: initial;" class="font-size-32">'
        f"{text}</span></h{level}></div>\n"
    )


def _button(text, href, style="default"):
    i = _id()
    return (
        f'<a data-display-type="block" class="u_{i} align-center dmButtonLink dmWidget dmWwr {style}'
        f' dmOnlyButton dmDefaultGradient" file="false" href="{href}" data-element-type="dButtonLinkId"'
        f' id="{i}" raw_url="{href}"><span class="iconBg" aria-hidden="true" id="{_id()}">'
        f'<span class="icon hasFontIcon icon-star" id="{_id()}"></span></span>'
        f'<span class="text" id="{_id()}">{text}</span></a>\n'
    )


def _image(src, alt):
    i = _id()
    return (
        f'<div class="u_{i} imageWidget align-center" data-element-type="image" data-widget-type="image"'
        f' id="{i}"><img src="{src}" alt="{alt}" id="{_id()}" class="" data-dm-image-path="{src}"'
        f' width="800" height="533" onerror="handleImageLoadError(this)"></div>\n'
    )


def _col(html, large=12, medium=None, small=12, cls=""):
    i = _id()
    medium = medium or large
    return f'<div class="u_{i} dmRespCol small-{small} large-{large} medium-{medium} {cls}" id="{i}">\n{html}</div>\n'


def _row(*cols, cls=""):
    i = _id()
    j = _id()
    return (
        f'<div class="u_{i} dmRespRow {cls}" id="{i}">\n<div class="dmRespColsWrapper" id="{j}">\n'
        + "".join(cols)
        + "</div>\n</div>\n"
    )


def _section(*rows, cls="", label="section"):
    i = _id()
    return (
        f'<div class="flex-element section {cls}" data-auto="flex-section" id="{i}" data-flex-id="{i}"'
        f' data-page-element-type="section" data-section-label="{label}">\n'
        f'<div class="flex-element grid" data-auto="flex-element-grid" data-layout-grid="" id="{_id()}">\n'
        f'<div class="flex-element group" data-auto="flex-element-group" id="{_id()}">\n'
        + "".join(rows)
        + "</div>\n</div>\n</div>\n"
    )


def _hero(heading, strapline):
    return _section(
        _row(
            _col(
                _text(f'<h1 class="text-align-center"><span class="font-size-46">{heading}</span></h1>')
                + _text(f'<p class="text-align-center"><span class="font-size-20">{strapline}</span></p>')
            ),
            cls="dmSectionNoParallax",
        ),
        cls="dmPageHero hasBackgroundOverlay",
        label="page hero",
    )


def _sidebar(heading, facts, extra=""):
    items = "\n".join(
        f'<li class="dmListItem"><strong>{label}:</strong> <span>{value}</span></li>' for label, value in facts
    )
    i = _id()
    return (
        f'<div class="u_{i} dmSidebarWidget sideBox" data-element-type="sidebar-box" id="{i}">\n'
        + _title(heading, 3)
        + _text(f'<ul class="defaultList quick-facts">\n{items}\n</ul>')
        + extra
        + _button("Book a free assessment", "/assessments/", "rounded")
        + _text(f'<p class="small-print">Or call the office on <a href="{_TEL}">{_PHONE}</a>.</p>')
        + "</div>\n"
    )


def _reviews(*items):
    cards = []
    for quote, who in items:
        i = _id()
        cards.append(
            _col(
                f'<div class="u_{i} dmTestimonial reviewCard" data-element-type="testimonial" id="{i}">\n'
                '<div class="review-stars" aria-label="5 out of 5 stars">'
                '<span class="icon icon-star"></span><span class="icon icon-star"></span>'
                '<span class="icon icon-star"></span><span class="icon icon-star"></span>'
                '<span class="icon icon-star"></span></div>\n'
                + _text(f"<blockquote><p><em>&ldquo;{quote}&rdquo;</em></p></blockquote>")
                + _text(f'<p class="review-author"><strong>{who}</strong></p>')
                + "</div>\n",
                large=4,
                medium=4,
            )
        )
    return _section(
        _row(_col(_title("What parents and students say", 2))),
        _row(*cards, cls="testimonials-row"),
        cls="dmTestimonialsSection",
        label="testimonials",
    )


def _accordion(items):
    parts = []
    for question, answer in items:
        i = _id()
        parts.append(
            f'<div class="accordion-item" data-element-type="accordion-item" id="{i}">\n'
            f'<button class="accordion-toggle" aria-expanded="false" aria-controls="panel-{i}">{question}</button>\n'
            f'<div class="accordion-panel" id="panel-{i}" role="region" hidden="">\n{answer}\n</div>\n</div>\n'
        )
    i = _id()
    return (
        f'<div class="u_{i} dmAccordion accordion-widget" data-element-type="accordion" id="{i}">\n'
        + "".join(parts)
        + "</div>\n"
    )


def _main(content, sidebar=None):
    if sidebar is None:
        return _section(_row(_col(content, large=12)), cls="dmMainContent", label="content")
    return _section(
        _row(_col(content, large=8, medium=8), _col(sidebar, large=4, medium=4, cls="dmSidebarCol")),
        cls="dmMainContent",
        label="content",
    )


# --------------------------------------------------------------------------------------------------
# Shared header, navigation, footer
# --------------------------------------------------------------------------------------------------

_MENU = (
    ("/", "Home", ()),
    (
        "#",
        "Courses",
        (
            ("/eleven-plus/", "11+ Preparation"),
            ("/primary/", "Primary Maths &amp; English"),
            ("/gcse-maths/", "GCSE Maths"),
            ("/gcse-english/", "GCSE English"),
            ("/a-level/", "A-level"),
        ),
    ),
    (
        "#",
        "How We Teach",
        (
            ("/online-lessons/", "Online Lessons"),
            ("/assessments/", "Assessments &amp; Reports"),
            ("/mock-exams/", "11+ Mock Exams"),
            ("/holiday-courses/", "Holiday Courses"),
            ("/sen-support/", "SEN Support"),
        ),
    ),
    (
        "#",
        "About Us",
        (
            ("/our-tutors/", "Our Tutors"),
            ("/safeguarding/", "Safeguarding"),
            ("/policies/", "Terms &amp; Policies"),
        ),
    ),
    ("/fees/", "Fees", ()),
    ("/term-dates/", "Term Dates", ()),
    ("/faq/", "FAQ", ()),
    ("/contact/", "Contact", ()),
)


def _nav(current, variant):
    out = [
        f'<nav class="unifiednav {variant}" role="navigation" data-auto="navigation-pages"'
        ' data-nav-structure="HORIZONTAL" data-navigation-layout-alignment="right"'
        ' layout-sub="submenu_horizontal_2" data-sub-nav-type="dropdown">\n'
        '<ul role="menubar" class="unifiednav__container" data-auto="navigation-pages">\n'
    ]
    for n, (href, label, children) in enumerate(_MENU):
        selected = href == current or any(c == current for c, _ in children)
        sel = " dmNavItemSelected" if selected else ""
        aria = ' aria-current="page"' if href == current else ""
        out.append(
            f'<li role="menuitem" class="unifiednav__item-wrap" data-auto="more-pages" data-depth="0">\n'
            f'<a href="{href}" class="unifiednav__item{sel} dmUDNavigationItem_0{n}" target=""'
            f' data-target-page-alias=""{aria}><span class="nav-item-text" data-link-text="{label}"'
            f' data-auto="page-text-style">{label}'
            + ('<span class="icon icon-angle-down"></span>' if children else "")
            + "</span></a>\n"
        )
        if children:
            out.append(
                '<ul role="menu" aria-expanded="false" class="unifiednav__container'
                ' unifiednav__container_sub-nav" data-depth="0" data-auto="sub-pages">\n'
            )
            for m, (chref, clabel) in enumerate(children):
                caria = ' aria-current="page"' if chref == current else ""
                out.append(
                    f'<li role="menuitem" class="unifiednav__item-wrap" data-auto="more-pages" data-depth="1">'
                    f'<a href="{chref}" class="unifiednav__item dmUDNavigationItem_0{n}{m}" target=""'
                    f' data-target-page-alias=""{caria}><span class="nav-item-text" data-link-text="{clabel}"'
                    f' data-auto="page-text-style">{clabel}</span></a></li>\n'
                )
            out.append("</ul>\n")
        out.append("</li>\n")
    out.append("</ul>\n</nav>\n")
    return "".join(out)


def _header(current):
    return (
        '<div class="dmHeaderContainer fHeader d-header-wrapper">\n'
        '<div id="hcontainer" class="u_hcontainer dmHeader p_hfcontainer" freeheader="true"'
        ' headerlayout="b58ba5b5703b4cd7===horizontal-layout-5" data-scrollable-target="body"'
        ' data-scroll-responder-id="1">\n'
        '<div dm:templateorder="85" class="dmHeaderResp dmHeaderStack noSwitch" id="1709005236">\n'
        '<div class="u_1179548562 dmRespRow topBarRow" id="1179548562">\n'
        '<div class="dmRespColsWrapper" id="1450211870">\n'
        '<div class="dmRespCol small-12 large-6 medium-6" id="1696475001">\n'
        '<div class="dmNewParagraph" data-element-type="paragraph" data-version="5" id="1696475002">'
        f'<p><span class="icon icon-phone"></span> <a href="{_TEL}">{_PHONE}</a> &nbsp;|&nbsp; '
        f'<span class="icon icon-envelope"></span> <a href="mailto:{_EMAIL}">{_EMAIL}</a></p></div>\n'
        "</div>\n"
        '<div class="dmRespCol small-12 large-6 medium-6 text-align-right" id="1696475003">\n'
        '<div class="dmNewParagraph" data-element-type="paragraph" data-version="5" id="1696475004">'
        '<p><a href="https://classroom.google.com/" target="_blank" rel="noopener">Student login'
        " (Google Classroom)</a></p></div>\n"
        "</div>\n</div>\n</div>\n"
        '<div class="u_1179548563 dmRespRow mainHeaderRow" id="1179548563">\n'
        '<div class="dmRespColsWrapper" id="1450211871">\n'
        '<div class="u_1696475029 dmRespCol small-12 large-3 medium-3" id="1696475029">\n'
        '<div class="u_1870423165 imageWidget align-center" data-element-type="image"'
        ' data-widget-type="image" id="1870423165"><a href="/" id="1226483826">'
        '<img src="/files/brightwell-logo.svg" alt="Brightwell Tutoring Centre" id="1226483827"'
        ' width="240" height="80"></a></div>\n'
        "</div>\n"
        '<div class="u_1696475030 dmRespCol small-12 large-7 medium-7" id="1696475030">\n'
        '<div class="u_1394851122 dmNavigation" data-element-type="navigation" id="1394851122">\n'
        + _nav(current, "desktopNav")
        + "</div>\n</div>\n"
        '<div class="u_1696475031 dmRespCol small-12 large-2 medium-2" id="1696475031">\n'
        + _button("Book now", "/assessments/", "headerCta")
        + "</div>\n</div>\n</div>\n"
        '<div class="hamburger-header-container" data-element-type="hamburger">'
        '<button class="hamburger-button" aria-label="Open menu" data-auto="hamburger-button">'
        '<span class="hamburger-line"></span><span class="hamburger-line"></span>'
        '<span class="hamburger-line"></span></button></div>\n'
        "</div>\n</div>\n</div>\n"
        '<div id="mobile-navigation" class="layout-drawer" data-element-type="drawer" aria-hidden="true">\n'
        '<div class="layout-drawer-container"><div class="layout-drawer_nav">\n'
        + _nav(current, "mobileNav drawer-nav")
        + "</div></div>\n</div>\n"
    )


_FOOTER = f"""
<div class="dmFooterContainer">
<div id="fcontainer" class="u_fcontainer f_hcontainer dmFooter p_hfcontainer">
<div dm:templateorder="250" class="dmFooterResp generalFooter" id="1943048428">
<div class="u_1689093390 dmRespRow footerRow" id="1689093390">
<div class="dmRespColsWrapper" id="1689093391">
<div class="dmRespCol small-12 large-3 medium-6" id="1689093392">
<div class="imageWidget" data-element-type="image" id="1689093393">
<img src="/files/brightwell-logo-white.svg" alt="Brightwell Tutoring Centre" width="200" height="66"></div>
<div class="dmNewParagraph" data-element-type="paragraph" data-version="5" id="1689093394">
<p>Small-group and one-to-one maths and English tuition in Chelmsford and online since 2011.</p>
<p><img src="/files/tta-member-badge.png" alt="Member of The Tutors' Association" width="120" height="60"></p>
</div>
</div>
<div class="dmRespCol small-12 large-3 medium-6" id="1689093395">
<div class="dmNewParagraph" data-element-type="paragraph" data-version="5" id="1689093396">
<h4>Courses</h4>
<ul class="footer-links">
<li><a href="/eleven-plus/">11+ Preparation</a></li>
<li><a href="/primary/">Primary Maths &amp; English</a></li>
<li><a href="/gcse-maths/">GCSE Maths</a></li>
<li><a href="/gcse-english/">GCSE English</a></li>
<li><a href="/a-level/">A-level</a></li>
<li><a href="/holiday-courses/">Holiday Courses</a></li>
</ul>
</div>
</div>
<div class="dmRespCol small-12 large-3 medium-6" id="1689093397">
<div class="dmNewParagraph" data-element-type="paragraph" data-version="5" id="1689093398">
<h4>Contact us</h4>
<p>Brightwell Tutoring Centre<br>First Floor, Regent House<br>41 Moulsham Street<br>
Chelmsford, Essex CM2 0HY</p>
<p>Tel: <a href="{_TEL}">{_PHONE}</a><br>
Email: <a href="mailto:{_EMAIL}">{_EMAIL}</a></p>
</div>
</div>
<div class="dmRespCol small-12 large-3 medium-6" id="1689093399">
<div class="dmNewParagraph" data-element-type="paragraph" data-version="5" id="1689093400">
<h4>Office hours</h4>
<p>Mon&ndash;Thu 3.30pm&ndash;8pm<br>Fri 3.30pm&ndash;6pm<br>Sat 8.30am&ndash;2pm<br>Sun closed</p>
</div>
<div class="dmSocialHub" data-element-type="social_hub" id="1689093401">
<a href="https://www.facebook.com/brightwelltutoring" target="_blank" rel="noopener" aria-label="Facebook"
 class="dmSocialFacebook"><span class="icon icon-facebook"></span></a>
<a href="https://www.instagram.com/brightwelltutoring" target="_blank" rel="noopener" aria-label="Instagram"
 class="dmSocialInstagram"><span class="icon icon-instagram"></span></a>
<a href="https://www.linkedin.com/company/brightwell-tutoring-centre" target="_blank" rel="noopener"
 aria-label="LinkedIn" class="dmSocialLinkedin"><span class="icon icon-linkedin"></span></a>
</div>
</div>
</div>
</div>
<div class="u_1689093402 dmRespRow copyrightRow" id="1689093402">
<div class="dmRespColsWrapper" id="1689093403">
<div class="dmRespCol small-12 large-12 medium-12" id="1689093404">
<div class="dmNewParagraph" data-element-type="paragraph" data-version="5" id="1689093405">
<p class="text-align-center">&copy; 2025 Brightwell Tutoring Centre Ltd. Registered in England and Wales,
company no. 07612284. &nbsp;|&nbsp; <a href="/policies/">Terms &amp; privacy</a> &nbsp;|&nbsp;
<a href="/safeguarding/">Safeguarding</a> &nbsp;|&nbsp; <a href="/contact/">Contact</a></p>
</div>
</div>
</div>
</div>
</div>
</div>
</div>
"""

_COOKIES = """
<div id="dm-cookie-notification" class="dmCookieNotification cookie-bar-bottom" data-element-type="cookie-notice"
 role="dialog" aria-live="polite" aria-label="Cookie notice">
<div class="cookie-notice-inner">
<div class="dmNewParagraph" data-element-type="paragraph" data-version="5">
<p>We use cookies to make this website work and, with your consent, to understand how it is used.
You can change your choice at any time. <a href="/policies/#privacy">Read more</a></p>
</div>
<div class="cookie-buttons">
<a href="#" class="dmButtonLink cookie-accept" data-action="accept">Accept all</a>
<a href="#" class="dmButtonLink cookie-decline" data-action="decline">Necessary only</a>
</div>
</div>
</div>
"""

_CTA = _section(
    _row(
        _col(
            _title("Not sure where to start?", 2)
            + _text(
                "<p>Every child is different. Tell us a little about yours and we will suggest the right"
                f' course. Call <a href="{_TEL}">{_PHONE}</a> or book online.</p>'
            ),
            large=8,
            medium=8,
        ),
        _col(_button("Book a free assessment", "/assessments/", "big"), large=4, medium=4),
    ),
    cls="dmCtaBand hasBackgroundOverlay",
    label="call to action",
)


def _page(path, title, description, body):
    alias = path.strip("/") or "home"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title} | Brightwell Tutoring Centre</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{description}">
<meta property="og:type" content="website">
<meta property="og:title" content="{title} | Brightwell Tutoring Centre">
<meta property="og:description" content="{description}">
<meta property="og:url" content="{_SITE}{path}">
<meta property="og:image" content="{_SITE}/files/og-brightwell.jpg">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{_SITE}{path}">
<link rel="icon" type="image/png" href="/files/favicon-brightwell.png">
<link rel="stylesheet" href="/_dm/s/rt/dist/css/d-css-runtime-flex.min.css">
<link rel="stylesheet" href="/_dm/s/rt/dist/css/dm-nee-flex-grid.min.css">
<link rel="stylesheet" href="/files/site-style-global.css?v=1716942098">
<link rel="stylesheet" href="/files/page-{alias}.css?v=1716942098">
<script>
window._dmAnalytics = window._dmAnalytics || [];
window._dmAnalytics.push(["pageview", "{path}"]);
</script>
</head>
<body id="dmRoot" data-page-alias="{alias}" class="dmRoot dmDesktopBody fix-mobile-scrolling
 addCanvasBorder dmResellerSite dmLargeBody responsiveTablet">
<div id="dm" class="dmwr">
<div class="dm_wrapper standard-var5 widgetStyle-3 standard">
<div dmwrapped="true" id="1901957768" class="dm-{alias}-page" themewaschanged="true">
<div dmtemplateid="StandardLayoutMultiD" class="standardHeaderLayout dm-bfs dm-layout-sec hasAnimations
 rows-1200 hasStickyHeader dmPageBody inputs-css-clean dmFreeHeader" id="dm-outer-wrapper"
 data-page-class="{alias}" data-soch="true">
<div id="dmStyle_outerContainer" class="dmOuter">
<div id="dmStyle_innerContainer" class="dmInner">
<div class="dmLayoutWrapper standard-var dmStandardDesktop">
<div id="site_content">
{_header(path)}
<div class="stickyHeaderSpacer" id="stickyHeaderSpacer" data-new="true"></div>
<div class="dmRespRow dmRespRowStable dmRespRowNoPadding dmPageTitleRow">
<div class="dmRespColsWrapper">
<div class="large-12 dmRespCol">
<div id="dmContentWrapper" class="dmContent">
<div dmwrapped="true" id="dmFirstContainer" class="dmBody u_dmStyle_template_{alias} dm-home-page">
<div id="allWrapper" class="allWrapper">
<div id="dm_content" class="dmContent" role="main">
<div dm:templateorder="170" class="dmDefaultRespTmpl mainBorder" id="1716942098">
<div class="innerPageTmplBox dmDefaultPage dmAboutListPage dmRespRowsWrapper" id="1716942099">
{body}
{_CTA}
</div>
</div>
</div>
</div>
</div>
</div>
</div>
</div>
</div>
{_FOOTER}
</div>
</div>
</div>
</div>
</div>
</div>
</div>
</div>
{_COOKIES}
</body>
</html>
"""


# --------------------------------------------------------------------------------------------------
# Pages
# --------------------------------------------------------------------------------------------------

_HOME = (
    _section(
        _row(
            _col(
                _text(
                    '<h1 class="text-align-left"><span class="font-size-52">Confident learners.'
                    " Brighter futures.</span></h1>"
                )
                + _text(
                    "<p>Small-group and one-to-one tuition in maths and English for children and young"
                    " people from Year 3 to Year 13, at our friendly centre in the middle of Chelmsford"
                    " and live online.</p>"
                )
                + _button("Book a free assessment", "/assessments/", "big")
                + _button("See our fees", "/fees/", "outline"),
                large=6,
                medium=6,
            ),
            _col(_image("/files/hero-students-at-table.jpg", "Two students working with a tutor"), large=6),
        ),
        cls="dmHomeSection1 hasBackgroundOverlay",
        label="home hero",
    )
    + _main(
        _title("Welcome to Brightwell", 2)
        + _text(
            """<p>Brightwell Tutoring Centre was founded in 2011 by Dr Helen Marsh, who spent fifteen years
teaching maths in Essex secondary schools and kept meeting bright children who had simply fallen
behind in a busy classroom and lost their confidence. She wanted a place where they could get
patient, structured help from people who really know their subject.</p>
<p>Fourteen years on, around 350 students come to us every week, in the centre on Moulsham Street and
online. We believe in teaching properly: a clear plan for every
course, lessons that build on each other week by week, and work that is set, marked and followed up.</p>"""
        )
        + _title("Our courses", 2)
        + _text(
            """<ul class="course-cards">
<li><a href="/eleven-plus/"><strong>11+ Preparation</strong></a> &ndash; courses for the Essex
grammar school test.</li>
<li><a href="/primary/"><strong>Primary Maths &amp; English</strong></a> &ndash; Years 3 to 6: number
confidence, reading, writing and the Year 6 SATs.</li>
<li><a href="/gcse-maths/"><strong>GCSE Maths</strong></a> &ndash; Foundation and Higher tier, Years 9 to
11.</li>
<li><a href="/gcse-english/"><strong>GCSE English</strong></a> &ndash; English Language and English
Literature, set texts and essay writing.</li>
<li><a href="/a-level/"><strong>A-level</strong></a> &ndash; Maths, Further Maths and English Literature,
taught one-to-one.</li>
</ul>"""
        )
        + _title("Why families choose Brightwell", 2)
        + _text(
            """<div class="flex-element group why-grid" data-auto="flex-element-group">
<div class="why-item"><h3>Small groups, real attention</h3>
<p>Our groups never have more than six students, so nobody can hide at the back and nobody gets
left behind.</p></div>
<div class="why-item"><h3>Specialist tutors</h3>
<p>Maths is taught by mathematicians and English by English specialists, from primary to A-level.</p></div>
<div class="why-item"><h3>In the centre or online</h3>
<p>Come to Moulsham Street or learn from your kitchen table &ndash; same tutors, same lessons.</p></div>
<div class="why-item"><h3>A local, independent centre</h3>
<p>We are not a franchise. We are a family-run Chelmsford business and a member of The Tutors'
Association, which means we follow its code of practice.</p></div>
</div>"""
        )
    )
    + _reviews(
        (
            "Our son went from dreading maths to asking for extra homework. The difference in a year was remarkable.",
            "Claire, parent of a Year 8 student",
        ),
        (
            "Kind, organised and very clear. We always knew what was being covered and why.",
            "Marcus, parent of a Year 5 student",
        ),
        (
            "I got a 7 in English Literature after being predicted a 4. I honestly couldn't have done it"
            " without James.",
            "Aisha, former GCSE student",
        ),
    )
)

_ELEVEN_PLUS = (
    _hero("11+ Preparation", "Calm, thorough preparation for the Essex grammar school test")
    + _main(
        _title("Preparing for the Essex 11+", 2)
        + _text(
            """<p>Most families who come to us are aiming for one of the grammar schools in the Consortium
of Selective Schools in Essex (CSSE), which locally means King Edward VI Grammar School and Chelmsford
County High School for Girls. All the consortium schools use the same test, sat in September
at the start of Year 6.</p>"""
        )
        + _title("What is in the test?", 3)
        + _text(
            """<p>The CSSE test has just two papers: <strong>English</strong> (a reading comprehension and
a piece of continuous writing) and <strong>mathematics</strong>. There is no verbal reasoning or
non-verbal reasoning paper in the Essex test, so we don't spend weeks drilling reasoning puzzles &ndash;
our time goes into reading, vocabulary, writing and maths. If
your child is also sitting an independent school entrance exam that includes reasoning, tell us at
the assessment and we will add reasoning practice to their homework.</p>"""
        )
        + _title("When should we start?", 3)
        + _text(
            """<p>There are two starting points. Our <strong>Year 4 Foundation course</strong> begins each
January and runs until the end of the summer term, building the arithmetic, reading stamina and
writing habits that the test relies on. The main <strong>11+ course</strong> runs from September of
Year 5 right up to the test a year later. Most children join at one of these two points. Joining
after Easter of Year 5 is possible, but we will be honest with you about how much can be achieved.</p>
<p>If your child is in Year 3, it is too early for exam preparation. If you would like them to get a
head start, our primary maths and English groups are the best place to build strong foundations.</p>"""
        )
        + _title("How the course works", 3)
        + _text(
            """<ul>
<li>Saturday morning groups of no more than six children: 9.00&ndash;11.00am or 11.30am&ndash;1.30pm.</li>
<li>One hour of English and one hour of maths each week, with a short break in between.</li>
<li>A weekly homework pack (45&ndash;60 minutes) and a list of twenty vocabulary words to learn.</li>
<li>A piece of creative writing marked every fortnight, with written comments your child can act on.</li>
<li>Year 5 groups carry on through the summer holidays on their usual Saturday slot until the test.</li>
</ul>
<p>Please remember that you must register your child for the test directly with CSSE &ndash; we cannot
do this for you. Registration usually opens in the spring and closes in early July of Year 5, and
results are sent to families in October.</p>"""
        ),
        _sidebar(
            "11+ at a glance",
            [
                ("Who", "Year 4 (from January) and Year 5"),
                ("When", "Saturday mornings"),
                ("Group size", "Maximum 6"),
                ("Where", "In the centre or online"),
                ("Fees", '<a href="/fees/">see our fees page</a>'),
            ],
            _text('<p>Want a realistic rehearsal? See our <a href="/mock-exams/">11+ mock exams</a>.</p>'),
        ),
    )
    + _reviews(
        (
            "Priya made the whole year feel manageable. Our daughter walked into the test feeling ready"
            " and she's now at County High.",
            "Jo, parent",
        ),
        (
            "The fortnightly writing feedback was brilliant. You could see his stories improve every month.",
            "Dev, parent",
        ),
    )
)

_PRIMARY = _hero("Primary Maths &amp; English", "Years 3 to 6: confidence, fluency and a love of learning") + _main(
    _title("Primary tuition for Years 3 to 6", 2)
    + _text(
        """<p>Our primary groups are for children who need a confidence boost, children who are ahead and
want a challenge, and everyone in between. Groups meet once a week for 60 minutes after school,
Monday to Thursday at 4.15pm or 5.30pm, and are arranged by year group and level. Children can
take maths, English or both.</p>"""
    )
    + _title("Maths", 3)
    + _text(
        """<p>We focus on the building blocks that everything else depends on: place value, number bonds,
mental strategies, written methods for the four operations, fractions and problem solving.</p>
<p><strong>Times tables.</strong> Children in Year 4 in England take the Multiplication Tables Check in
June &ndash; an online check of all the tables up to 12&nbsp;&times;&nbsp;12, with six seconds for each
question. Every Year 3 and Year 4 group has a times-tables ladder: ten minutes of quick-fire practice in
each lesson, a weekly target, and short games to play at home on our online practice platform. Children
move up a rung when they can answer a table quickly and accurately, and collect a certificate for every
three rungs. Most children who struggle with tables simply need little and often, and this works.</p>"""
    )
    + _title("English", 3)
    + _text(
        """<p>Reading comprehension (especially inference &ndash; reading between the lines), spelling,
grammar and punctuation, vocabulary, handwriting and story writing. Reluctant readers are matched with
books they will actually enjoy from our lending library, which children can borrow from each week.</p>"""
    )
    + _title("Year 6 SATs", 3)
    + _text(
        """<p>From January to May, our Year 6 groups work through SATs-style papers: arithmetic, maths
reasoning, reading and grammar, punctuation and spelling. We keep it calm; the aim is that children
walk into the tests in May knowing exactly what to expect.</p>"""
    ),
    _sidebar(
        "Primary at a glance",
        [
            ("Who", "Years 3, 4, 5 and 6"),
            ("When", "Mon&ndash;Thu, 4.15pm or 5.30pm"),
            ("Lesson length", "60 minutes"),
            ("Group size", "Maximum 6"),
        ],
    ),
)

_GCSE_MATHS = (
    _hero("GCSE Maths", "Foundation and Higher tier tuition for Years 9 to 11, and resits")
    + _main(
        _title("GCSE Maths tuition", 2)
        + _text(
            """<p>We teach both Foundation and Higher tier for all the main exam boards &ndash; AQA,
Edexcel (Pearson) and OCR. Your child's tutor works from the specification their school uses, and
follows the order of topics at school where that helps, so lessons back up what happens in class.</p>
<p>Group lessons last 60 minutes and run Monday to Thursday at 5.30pm or 6.45pm, with no more than six
students. Groups are arranged by tier and target grade. One-to-one lessons are available in the centre
or online for students who need a completely individual plan.</p>"""
        )
        + _title("Aiming for the top grades", 3)
        + _text(
            """<p>Students predicted a grade 7 or above can join our Thursday 6.45pm Top Grades group, which
works on the multi-step problem solving and proof questions that separate a 7 from a 9.</p>"""
        )
        + _title("GCSE maths resits", 3)
        + _text(
            """<p>Didn't get a grade 4? If you are 16 to 18 and at college or sixth form, you will need to
keep studying maths and resit the exam. Our resit group meets on Wednesdays from 6.45 to 7.45pm from
September, aimed at the November resit and the summer exams. We concentrate on the Foundation topics
that carry the most marks, exam technique and, just as importantly, rebuilding confidence. Many of our
resit students are at Chelmsford College or local sixth forms and come straight from their lessons.</p>"""
        )
        + _title("What to bring", 3)
        + _text(
            """<p>Students need a scientific calculator for the calculator papers. We recommend the Casio
fx-991EX ClassWiz or the cheaper fx-83GTCW; please check with your child's school before buying anything
more expensive. Bring a ruler, protractor, pair of compasses and a pencil to every lesson.</p>
<p>From January of Year 11, every lesson finishes with a timed exam question, marked there and
then.</p>"""
        ),
        _sidebar(
            "GCSE Maths at a glance",
            [
                ("Who", "Years 9, 10, 11 and resit students"),
                ("Exam boards", "AQA, Edexcel, OCR"),
                ("When", "Mon&ndash;Thu, 5.30pm or 6.45pm"),
                ("Format", "Groups of up to 6, or one-to-one"),
            ],
        ),
    )
    + _reviews(
        (
            "Ruth got my son through his resit at the second attempt. Patient and practical.",
            "Lorraine, parent",
        ),
        (
            "The Top Grades group was hard work but I got my 9!",
            "Oliver, former student",
        ),
        (
            "Clear explanations and lots of practice. My daughter finally stopped panicking about algebra.",
            "Nadia, parent",
        ),
    )
)

_GCSE_ENGLISH = (
    _hero("GCSE English", "English Language and English Literature, Years 9 to 11")
    + _main(
        _title("GCSE English Language", 2)
        + _text(
            """<p>Most local schools follow AQA, and we also teach the Edexcel and Eduqas specifications.
For English Language we work on both papers: reading unseen fiction and non-fiction texts closely,
analysing language and structure, comparing writers' viewpoints, and writing descriptive, narrative
and persuasive pieces that are accurate, varied and well organised.</p>"""
        )
        + _title("GCSE English Literature and set texts", 2)
        + _text(
            """<p>We cover all the commonly taught texts: <em>Macbeth</em>, <em>Romeo and Juliet</em>,
<em>A Christmas Carol</em>, <em>The Strange Case of Dr Jekyll and Mr Hyde</em>, <em>An Inspector
Calls</em> and <em>Blood Brothers</em>, the Power and Conflict and Love and Relationships poetry
clusters, and unseen poetry.</p>
<p>Plenty of students find a set text hard to get into, particularly <em>An Inspector Calls</em> and
<em>Jekyll and Hyde</em>, where so much depends on the ideas and history behind the story. Our tutors
start with short sessions on plot and context, then characters and themes, then a bank of key
quotations to learn, and finally how to turn all of that into a focused essay that answers the question
on the paper. Students leave with their own revision notes for each text.</p>"""
        )
        + _title("Essay marking between lessons", 3)
        + _text(
            """<p>Practice is what improves essay writing, so between lessons students can send their tutor
one practice essay or extended answer every fortnight through Google Classroom. The tutor marks it
against the exam board's mark scheme and returns it within a week with written comments and a target.
This is included in the group lesson fee; one-to-one students may send one piece every week.</p>
<p>Group lessons last 60 minutes: Years 10 and 11 on Tuesdays and Thursdays at 5.30pm, and Year 9 on
Mondays at 5.30pm.</p>"""
        ),
        _sidebar(
            "GCSE English at a glance",
            [
                ("Who", "Years 9, 10 and 11"),
                ("Exam boards", "AQA, Edexcel, Eduqas"),
                ("When", "Mon (Y9), Tue &amp; Thu (Y10&ndash;11), 5.30pm"),
                ("Head of English", "James Okafor"),
            ],
        ),
    )
    + _reviews(
        (
            "James made Macbeth make sense. My son actually quotes it at the dinner table now.",
            "Helen, parent",
        ),
        (
            "The essay feedback was so detailed. I knew exactly what to fix each time.",
            "Grace, Year 11 student",
        ),
        (
            "Supportive, structured, and my daughter's grade went up two levels.",
            "Tom, parent",
        ),
    )
)

_A_LEVEL = _hero("A-level", "Maths, Further Maths and English Literature, one-to-one") + _main(
    _title("A-level tuition", 2)
    + _text(
        """<p>At A-level every student's needs are different, so we teach A-level one-to-one, in the
centre or online, or in pairs where two friends at the same school want to share a tutor. Lessons are
usually 60 minutes a week; many students move to 90 minutes in the run-up to the summer exams.</p>"""
    )
    + _title("A-level Maths and Further Maths", 3)
    + _text(
        """<p>We cover pure maths, statistics and mechanics for AQA, Edexcel, OCR A and OCR MEI, including
the large data set. For Further Maths we teach core pure and the most common options: further
mechanics, further statistics and decision maths.</p>"""
    )
    + _title("University admissions tests", 3)
    + _text(
        """<p>Applying for maths, or a maths-heavy course, at Oxford, Cambridge, Imperial, Warwick or
another university that sets its own test? We prepare students for the MAT, TMUA and STEP. Preparation
usually starts in the summer term of Year 12 and continues until the test in Year 13, working through
past papers and the kind of unfamiliar problems these tests are famous for. Sessions are one-to-one
with Tom Whitfield and are charged at our A-level one-to-one rate.</p>"""
    )
    + _title("A-level English Literature", 3)
    + _text(
        """<p>We help with close reading, critical perspectives, comparative essays and exam technique for
all the main boards. For coursework (the NEA), exam board rules are strict: a tutor must not write, edit
or correct a student's coursework, and we follow those rules. What we can do is teach the skills the
coursework needs &ndash; choosing texts, building an argument, using critics, referencing &ndash; and
talk through ideas and plans, so that the finished essay is genuinely the student's own work.</p>"""
    ),
    _sidebar(
        "A-level at a glance",
        [
            ("Subjects", "Maths, Further Maths, English Literature"),
            ("Format", "One-to-one or pairs"),
            ("Where", "In the centre or online"),
            ("Admissions tests", "MAT, TMUA, STEP"),
        ],
    ),
)

_ONLINE = _hero("Online Lessons", "The same tutors and lessons, wherever you are") + _main(
    _title("Learning online with Brightwell", 2)
    + _text(
        """<p>Every course we run in the centre is also available online: live small-group or one-to-one
lessons with the same tutors, the same materials and the same fees. Online students join us from all
over the UK. Families who move away from Chelmsford can carry on with their child's tutor online
without a break, and we currently teach students from Cornwall to Northumberland.</p>"""
    )
    + _title("What you will need", 3)
    + _text(
        """<ul>
<li>A laptop or desktop computer, or a tablet with a screen of at least 10 inches. A tablet with a
stylus is ideal, because your child can write their working straight onto the whiteboard.</li>
<li>A headset or earphones with a microphone, and a webcam. Cameras stay on during lessons.</li>
<li>A reliable broadband connection (10Mbps or more).</li>
</ul>
<p><strong>Please note:</strong> mobile phones are too small to see the whiteboard and write clearly, so
we don't allow lessons on a phone, except as a short-term back-up if the computer fails during a
lesson.</p>"""
    )
    + _title("How lessons run", 3)
    + _text(
        """<p>Lessons take place on Zoom with a shared online whiteboard (Bitpaper), where tutor and student
can both write, draw diagrams and annotate exam questions. The meeting link is sent to the parent's
email address, and each lesson has a waiting room and passcode. Homework is set and handed in through
Google Classroom, just as it is for students in the centre.</p>
<p>Before the first lesson we run a free ten-minute technology check to make sure sound, camera and
whiteboard all work. If the connection drops during a lesson, the tutor will phone the parent's mobile,
and any time lost because of a problem at our end is made up.</p>"""
    ),
    _sidebar(
        "Online at a glance",
        [
            ("Platform", "Zoom + Bitpaper whiteboard"),
            ("Devices", "Laptop, desktop or 10&quot;+ tablet"),
            ("Fees", "Same as in the centre"),
        ],
    ),
)

_ASSESSMENTS = _hero("Assessments &amp; Progress Reports", "Know where your child is starting from") + _main(
    _title("Your free initial assessment", 2)
    + _text(
        """<p>Every new student starts with a free, no-obligation assessment. It takes about 45 minutes for
primary children and an hour for secondary students, and can be done in the centre or online.</p>
<p>Your child completes a short maths and/or English paper pitched at their year group, then talks
through some of the questions with one of our senior tutors, so we can see how they think as well as
what they know. Children often find this part reassuring &ndash; it is a conversation, not a test.
While they work, you can talk to us about your concerns and what you hope to achieve.</p>
<p>Within five working days we email you a short written report covering your child's strengths, the
gaps we found, and which group or tutor we recommend. There is no obligation to join.</p>
<p>Assessments run Monday to Thursday between 4pm and 7pm and on Saturday mornings. Book by phone or
using the button below.</p>"""
    )
    + _button("Book an assessment", "/contact/", "rounded")
    + _title("Keeping track of progress", 2)
    + _text(
        """<p>Once your child is with us, you should never be left wondering whether it is working.</p>
<ul>
<li><strong>Half-termly review tests</strong>: a short test at the end of each half term on the topics
just covered.</li>
<li><strong>Written reports three times a year</strong>, in December, March and July, with review test
scores, effort and homework record, and comments from your child's tutor.</li>
<li><strong>Parents' consultations</strong> twice a year, in November and May, in the centre or by video
call.</li>
<li><strong>Talk to the tutor any time</strong>: ask the office and we will arrange a call with your
child's tutor within a week.</li>
</ul>
<p>11+ students also receive separate results from their <a href="/mock-exams/">mock exams</a>.</p>"""
    ),
)

_MOCKS = _hero("11+ Mock Exams", "A realistic rehearsal for the Essex 11+ test") + _main(
    _title("Why sit a mock?", 2)
    + _text(
        """<p>Our 11+ mock exams give Year 5 children a realistic rehearsal of the CSSE test: a large
hall, an invigilator, a clock on the wall, and papers written in the same format and timing as the real
thing. Children who have sat a mock or two are far calmer on the day.</p>
<p>Our mocks are open to everyone. Your child does not need to be a Brightwell student &ndash; around
half of the children who sit our mocks are prepared by other tutors or at home.</p>"""
    )
    + _title("Dates for 2026", 3)
    + _text(
        """<div class="dmTable" data-element-type="table">
<table class="mock-dates">
<thead><tr><th>Date</th><th>Venue</th><th>Times</th></tr></thead>
<tbody>
<tr><td>Saturday 18 April 2026</td><td>St Anne's Community Hall</td><td>9.00am &ndash; 12.15pm</td></tr>
<tr><td>Saturday 13 June 2026</td><td>St Anne's Community Hall</td><td>9.00am &ndash; 12.15pm</td></tr>
<tr><td>Saturday 11 July 2026</td><td>St Anne's Community Hall</td><td>9.00am &ndash; 12.15pm</td></tr>
<tr><td>Saturday 15 August 2026</td><td>St Anne's Community Hall</td><td>9.00am &ndash; 12.15pm</td></tr>
</tbody>
</table>
</div>
<p>St Anne's Community Hall, 12 Vicarage Road, Chelmsford CM2 9BS. Please arrive by 8.45am; parents
collect from the hall at 12.15pm.</p>"""
    )
    + _title("Prices", 3)
    + _text(
        """<div class="dmTable" data-element-type="table">
<table class="mock-prices">
<tbody>
<tr><td>One mock exam</td><td>&pound;45</td></tr>
<tr><td>All four mock exams, booked together</td><td>&pound;160</td></tr>
<tr><td>Brightwell 11+ students: one mock included in the course, additional mocks</td>
<td>&pound;35 each</td></tr>
</tbody>
</table>
</div>"""
    )
    + _title("Results and feedback", 3)
    + _text(
        """<p>Marked papers are returned within ten days with a score for each paper, an overall score, and
your child's anonymous ranking against everyone who sat the same mock, plus written feedback on their
piece of writing. Places are limited to 90 children per date. Fees are non-refundable, but a booking can
be moved to another date if you tell us at least seven days before.</p>"""
    )
    + _button("Book a mock exam", "/contact/", "rounded"),
    _sidebar(
        "Mocks at a glance",
        [("Who", "Year 5 children"), ("Format", "CSSE-style English and maths"), ("Places", "90 per date")],
    ),
)

_FEES = _hero("Fees 2025&ndash;26", "Clear prices, no hidden extras") + _main(
    _title("Group lessons", 2)
    + _text(
        """<div class="dmTable" data-element-type="table">
<table class="fees-table">
<thead><tr><th>Course</th><th>Lesson length</th><th>Price per lesson</th></tr></thead>
<tbody>
<tr><td>Primary maths or English group (Years 3&ndash;6)</td><td>60 minutes</td><td>&pound;26</td></tr>
<tr><td>11+ Year 4 Foundation group</td><td>90 minutes</td><td>&pound;34</td></tr>
<tr><td>11+ Year 5 Saturday group</td><td>2 hours</td><td>&pound;44</td></tr>
<tr><td>GCSE maths or English group (incl. Top Grades and resit groups)</td><td>60 minutes</td>
<td>&pound;30</td></tr>
</tbody>
</table>
</div>"""
    )
    + _title("One-to-one lessons", 2)
    + _text(
        """<div class="dmTable" data-element-type="table">
<table class="fees-table">
<thead><tr><th>Level</th><th>Price per hour</th></tr></thead>
<tbody>
<tr><td>Primary and Key Stage 3 (Years 3&ndash;9)</td><td>&pound;48</td></tr>
<tr><td>GCSE (Years 10&ndash;11 and resits)</td><td>&pound;54</td></tr>
<tr><td>A-level Maths, Further Maths and English Literature</td><td>&pound;62</td></tr>
<tr><td>A-level paired lessons</td><td>&pound;38 per student</td></tr>
</tbody>
</table>
</div>
<p>Online lessons cost exactly the same as lessons in the centre. Assessments are free. Mock exams and
holiday courses are priced on their own pages.</p>"""
    )
    + _title("Registration and materials", 3)
    + _text(
        """<p>There is a one-off registration fee of &pound;25 per family, which covers your child's
materials folder and their Google Classroom set-up. All worksheets and books used in lessons are
included. GCSE students are asked to buy the revision guide their school recommends (about &pound;6
each).</p>"""
    )
    + _title("How and when to pay", 3)
    + _text(
        """<p>We invoice at the start of each half term for the lessons in that half term. You can pay by
bank transfer, or by debit or credit card using the link on the invoice or over the phone.</p>
<p>If you would rather spread the cost, you can pay by <strong>monthly Direct Debit</strong> through
GoCardless: the year's fees are divided into ten equal monthly payments, from September to June. Ask the
office for a Direct Debit form. We are sorry but we don't accept cash or cheques.</p>"""
    )
    + _title("Sibling discount", 3)
    + _text(
        """<p>When two or more children from the same family attend, each additional child receives 10% off
their group lesson fees (the discount is applied to the lower fee). The sibling discount does not apply
to one-to-one lessons, mock exams or holiday courses.</p>"""
    ),
)

_TERM_DATES = _hero("Term Dates", "Our teaching calendar for 2025&ndash;26") + _main(
    _title("Term dates 2025&ndash;26", 2)
    + _text(
        """<p>Our terms follow the Essex County Council school calendar closely, so weekly lessons stop
when schools break up. We teach 36 weeks a year.</p>
<div class="dmTable" data-element-type="table">
<table class="term-dates">
<thead><tr><th>Term</th><th>Lessons run</th><th>Half term (centre closed)</th></tr></thead>
<tbody>
<tr><td>Autumn 2025</td><td>Monday 8 September &ndash; Saturday 13 December 2025</td>
<td>Monday 27 October &ndash; Saturday 1 November 2025</td></tr>
<tr><td>Spring 2026</td><td>Monday 5 January &ndash; Saturday 28 March 2026</td>
<td>Monday 16 February &ndash; Saturday 21 February 2026</td></tr>
<tr><td>Summer 2026</td><td>Monday 13 April &ndash; Saturday 18 July 2026</td>
<td>Monday 25 May &ndash; Saturday 30 May 2026</td></tr>
</tbody>
</table>
</div>"""
    )
    + _title("Half terms and holidays", 3)
    + _text(
        """<p>During half terms the centre is closed: there are no weekly lessons, online or in the centre,
and the office is not staffed. Emails and voicemails are answered when we reopen. Your invoice for each
half term only ever includes the weeks we are open.</p>
<p>There are no weekly lessons in the Christmas, Easter or summer holidays either. Our Year 5 11+ groups
are the one exception &ndash; see the 11+ page for details. We also run separate
<a href="/holiday-courses/">holiday courses</a>, which are booked individually.</p>"""
    )
    + _title("Bank holidays", 3)
    + _text(
        """<p>The centre is closed on Monday 4 May 2026 (early May bank holiday). Monday lessons missed that
day are made up on Monday 20 July 2026.</p>
<p><strong>Looking ahead:</strong> the autumn term 2026 starts on Monday 7 September 2026. Full dates for
2026&ndash;27 will be published in the spring.</p>"""
    ),
)

_HOLIDAY = _hero("Holiday Courses", "Short, focused courses in the Easter and summer holidays") + _main(
    _title("Easter 2026", 2)
    + _text(
        """<p><strong>GCSE Maths Easter Revision (Year 11)</strong><br>
Tuesday 31 March &ndash; Thursday 2 April 2026, 10am&ndash;1pm each day. Separate Higher and Foundation
groups, a maximum of eight students each. We work through the topics that come up most often and do a
full timed paper on the final morning. &pound;135 for the three days.</p>
<p><strong>GCSE English Easter Revision (Year 11)</strong><br>
Tuesday 7 &ndash; Thursday 9 April 2026, 10am&ndash;1pm each day. Day one covers Language Paper 1, day two
Paper 2, and day three is a Literature day: quotations, themes and essay plans for the set texts.
&pound;135 for the three days.</p>"""
    )
    + _title("Summer 2026", 2)
    + _text(
        """<p><strong>11+ Summer Intensive (Year 5 going into Year 6)</strong><br>
Monday 27 &ndash; Friday 31 July 2026, 9.30am&ndash;2.30pm. A week of English and maths practice for
children who prepare at home or with another tutor, as well as our own students who want extra practice
before the September test. Please send a packed lunch. &pound;240 for the week.</p>
<p><strong>Ready for Year 7</strong><br>
Tuesday 18 &ndash; Thursday 20 August 2026, 10am&ndash;12.30pm. For children starting secondary school in
September: fractions, decimals and algebra basics, plus reading and writing at secondary level, and tips
on homework and organisation. &pound;120 for the three mornings.</p>"""
    )
    + _title("Booking", 3)
    + _text(
        """<p>Holiday courses are open to everyone, not just Brightwell students. Places are booked and paid
for in full when you book. If you cancel at least 14 days before the course starts we will refund you in
full; after that we can only refund if we can fill the place.</p>"""
    )
    + _button("Book a holiday course", "/contact/", "rounded"),
    _sidebar(
        "Holiday courses",
        [("Easter", "GCSE Maths and English revision"), ("Summer", "11+ Intensive, Ready for Year 7")],
    ),
)

_TUTORS = _hero("Our Tutors", "Specialists in maths and English") + _main(
    _title("Who will be teaching my child?", 2)
    + _text(
        """<p>We have fourteen tutors. Every one of them holds a degree in the subject they teach, or a
closely related one, and ten of the fourteen are qualified teachers (with QTS) who teach, or have taught,
in schools. The other four are experienced specialist tutors with at least five years' tutoring behind
them. We do not employ university students or sixth-formers as tutors.</p>
<p>All our tutors are DBS checked and trained by us before they teach, and they are observed and given
feedback every term. Here are some of the team.</p>"""
    )
    + _text(
        """<div class="flex-element group team-grid" data-auto="flex-element-group">
<div class="team-member" data-element-type="team-member">
<img src="/files/team-helen-marsh.jpg" alt="Dr Helen Marsh" width="300" height="300">
<h3>Dr Helen Marsh &ndash; Founder and Director</h3>
<p>BSc Mathematics (Bath), PGCE, PhD in mathematics education (UCL Institute of Education). Helen taught
for fifteen years and was head of maths at a Chelmsford secondary school before founding Brightwell. She
still teaches GCSE and A-level maths every week.</p>
</div>
<div class="team-member" data-element-type="team-member">
<img src="/files/team-sarah-lloyd.jpg" alt="Sarah Lloyd" width="300" height="300">
<h3>Sarah Lloyd &ndash; Head of Primary and SENCo</h3>
<p>BA Primary Education with QTS, National Award for SEN Co-ordination and a Level 5 certificate in
teaching learners with dyslexia. Sarah taught in Essex primary schools for twelve years.</p>
</div>
<div class="team-member" data-element-type="team-member">
<img src="/files/team-priya-raman.jpg" alt="Priya Raman" width="300" height="300">
<h3>Priya Raman &ndash; 11+ Lead</h3>
<p>BA English (Warwick), PGCE. Priya spent eight years teaching Year 6 before joining us, and leads our
11+ courses and mock exams.</p>
</div>
<div class="team-member" data-element-type="team-member">
<img src="/files/team-james-okafor.jpg" alt="James Okafor" width="300" height="300">
<h3>James Okafor &ndash; Head of English</h3>
<p>MA English Literature (King's College London), QTS. James is a secondary English teacher and a GCSE
English examiner for AQA, which gives him a detailed understanding of how marks are awarded.</p>
</div>
<div class="team-member" data-element-type="team-member">
<img src="/files/team-tom-whitfield.jpg" alt="Tom Whitfield" width="300" height="300">
<h3>Tom Whitfield &ndash; A-level and Further Maths</h3>
<p>MMath (Cambridge). Tom has tutored A-level and Further Maths for over ten years and
loves a hard problem.</p>
</div>
<div class="team-member" data-element-type="team-member">
<img src="/files/team-ruth-adeyemi.jpg" alt="Ruth Adeyemi" width="300" height="300">
<h3>Ruth Adeyemi &ndash; GCSE Maths</h3>
<p>BSc Mathematics, QTS. Ruth was a maths lecturer at a further education college for nine years and
runs our GCSE resit group.</p>
</div>
</div>"""
    ),
)

_SAFEGUARDING = _hero("Safeguarding", "Keeping children safe is our first responsibility") + _main(
    _title("Our commitment", 2)
    + _text(
        """<p>Brightwell follows the principles of <em>Keeping Children Safe in Education</em> and has a full
safeguarding and child protection policy, available from the office on request.</p>
<p><strong>Designated Safeguarding Lead:</strong> Sarah Lloyd<br>
<strong>Deputy Designated Safeguarding Lead:</strong> Dr Helen Marsh<br>
Email <a href="mailto:safeguarding@brightwelltutoring.co.uk">safeguarding@brightwelltutoring.co.uk</a> or
call the office and ask for Sarah or Helen.</p>
<p>If you are worried about a child's safety, or about the behaviour of any member of our staff, please
speak to our Designated Safeguarding Lead straight away. If a child is in immediate danger, call 999.
You can also contact the Essex Children and Families Hub on 0345 603 7627.</p>"""
    )
    + _title("Safer recruitment", 3)
    + _text(
        """<p>Every tutor and member of staff has an enhanced DBS check with a children's barred list check,
renewed every three years, and two references before they start. All staff complete safeguarding
training when they join and a refresher every year.</p>"""
    )
    + _title("Arriving and going home", 3)
    + _text(
        """<p>Children in <strong>Year 6 and below</strong> must be brought into reception by an adult and
collected from reception by a parent or another adult named on the registration form. We will not let
a child in Year 6 or below leave on their own or wait outside, even if they live close by.</p>
<p>Students in <strong>Year 7 and above</strong> may arrive and leave on their own if a parent has given
written permission on the registration form.</p>
<p>If someone who is not on the form is collecting, please tell us in advance and give them your family
password. If a child has not been collected fifteen minutes after their lesson ends, we will phone you,
and they will wait in reception with a member of staff.</p>"""
    )
    + _title("Contact between tutors and students", 3)
    + _text(
        """<p>Tutors only contact students through Google Classroom and Brightwell email addresses, never
through personal phones, messaging apps or social media. If a tutor contacts your child in any other
way, please tell the Designated Safeguarding Lead.</p>
<p>For online lessons we ask that an adult is at home for students under 16 and, where possible, that
your child works in a shared room rather than a bedroom. Lessons are not recorded, except that one-to-one
online lessons may be recorded with a parent's written consent so the student can watch them back;
these recordings are deleted after 30 days.</p>
<p>We never use photographs of students on our website or social media without written consent.</p>"""
    ),
)

_POLICIES = _hero("Terms &amp; Policies", "The small print, in plain English") + _main(
    _title("Joining", 2)
    + _text(
        """<p>A place is confirmed once we have received your completed registration form and payment of
the first invoice. Group places are held for your child for the whole half term.</p>"""
    )
    + _title(
        "Missed lessons and cancellations",
        2,
    )
    + _text(
        """<p id="cancellations"><strong>Group lessons.</strong> Group fees are for the whole half term,
whether or not your child attends every lesson, because the place is kept for them. If your child
misses a group lesson, the materials and homework are posted on Google Classroom and, where there is
space, they can join another group in the same week to catch up. Missed group lessons are not refunded.</p>
<p><strong>One-to-one lessons.</strong> If you cancel a one-to-one lesson with at least 24 hours'
notice, by phone or email to the office rather than by messaging the tutor, we will rearrange it free of
charge within the same half term. Lessons cancelled with less than 24 hours' notice, including for
illness, are charged in full, because the tutor's time cannot be offered to anyone else at such short
notice. If your child is unwell but feels up to it, we can usually switch the lesson online instead.</p>
<p><strong>If we cancel.</strong> If we have to cancel a lesson, for example because a tutor is ill,
we will offer a replacement lesson or credit the lesson on your next invoice.</p>
<p><strong>Bad weather.</strong> If snow or travel disruption means we have to close the centre, lessons
move online at their usual time.</p>"""
    )
    + _title("Leaving", 2)
    + _text(
        """<p id="leaving">We ask for half a term's notice: please email the office before the start of a
half term if your child will not be continuing after it. Fees for the current half term are not
refundable once it has begun.</p>"""
    )
    + _title("Behaviour", 2)
    + _text(
        """<p>We expect students to be kind, to try their best and to keep phones switched off and in their
bags during lessons. If a student's behaviour repeatedly stops others from learning, we will talk to
parents first, and as a last resort may ask them to leave the group.</p>"""
    )
    + _title("Complaints", 2)
    + _text(
        """<p id="complaints">Most concerns are easily sorted out by talking to your child's tutor or the
office. If you are not satisfied, please write to Dr Helen Marsh, Director, and you will receive a
written reply within ten working days.</p>"""
    )
    + _title("Privacy", 2)
    + _text(
        """<p id="privacy">We hold the personal information you give us (contact details, your child's
school and year group, any learning needs, reports and attendance) securely and only to provide tuition,
in line with UK GDPR. We never sell or share it for marketing. Our website uses cookies for basic
functions and, if you consent, anonymous analytics. You can ask to see, correct or delete your
information at any time by emailing the office.</p>"""
    ),
)

_SEN = _hero("SEN Support", "Tuition that works with the way your child learns") + _main(
    _title("Supporting children with special educational needs", 2)
    + _text(
        """<p>Around one in six of our students has a special educational need or a diagnosis such as
dyslexia, dyscalculia, ADHD or autism. Our SENCo, Sarah Lloyd, oversees their support and works with
each child's tutor.</p>
<p>Many children with additional needs do very well in our small groups. Others are happier starting
one-to-one and moving into a group once they feel settled. We talk this through with you at the
assessment, and we are always happy to read reports from school, an educational psychologist or a
specialist teacher.</p>"""
    )
    + _title("How we adapt our teaching", 3)
    + _text(
        """<ul>
<li>Multisensory teaching and plenty of overlearning for children with dyslexia or dyscalculia.</li>
<li>Worksheets on cream paper in a dyslexia-friendly font, and coloured overlays if your child uses one.</li>
<li>Movement breaks and short, clearly structured tasks for children who find it hard to concentrate.</li>
<li>A visual plan of the lesson and a quiet room for children who find busy spaces difficult.</li>
</ul>
<p>We cannot diagnose dyslexia or any other need, but we can recommend specialist assessors if you would
like a formal assessment.</p>"""
    )
    + _title("Extra time and exam access arrangements", 3)
    + _text(
        """<p>Extra time or other arrangements that your child has at school do <strong>not</strong> carry
over to the 11+ automatically. For the Essex CSSE test you must apply to CSSE for special arrangements
&ndash; such as extra time, a separate room, rest breaks or enlarged papers &ndash; when you register for
the test, with supporting evidence such as a report from a specialist teacher, an educational
psychologist or your child's school SENCo. The deadline is the same as the registration deadline, so
please start early. We are happy to write a supporting letter for Brightwell students, and we give the
same arrangements in our mock exams.</p>
<p>For GCSEs and A-levels, access arrangements are applied for by your child's school. Tell us what has
been agreed and we will use the same arrangements in timed practice.</p>"""
    ),
    _sidebar(
        "Our SENCo",
        [("Name", "Sarah Lloyd"), ("Qualifications", "NASENCo, Level 5 dyslexia certificate")],
    ),
)

_FAQ = _hero("Frequently Asked Questions", "Quick answers to the things parents ask us most") + _main(
    _accordion(
        [
            (
                "Which subjects do you teach?",
                "<p>Maths and English only, from Year 3 up to A-level. We don't offer science, languages"
                " or any other subjects &ndash; we would rather do two things really well. If you need"
                " help with another subject, ask us and we will happily suggest other local tutors.</p>",
            ),
            (
                "What ages do you teach?",
                "<p>From Year 3 (age 7) to Year 13 (age 18).</p>",
            ),
            (
                "Can I stay and watch my child's lesson?",
                "<p>You are very welcome to wait in our reception area, but parents don't sit in on"
                " lessons: children work more independently, and with more confidence, without a parent"
                " in the room. Once a year, in the summer term, we hold an open lesson week when parents"
                " are invited to watch.</p>",
            ),
            (
                "Is the first lesson a trial?",
                "<p>Yes. If after the first group lesson your child doesn't want to continue, let us know"
                " within 48 hours and you won't pay for that lesson.</p>",
            ),
            (
                "Do you set homework?",
                "<p>Yes &ndash; every course sets homework each week through Google Classroom. The course"
                " pages say roughly how long it should take.</p>",
            ),
            (
                "Is there a waiting list?",
                "<p>Some groups, particularly the Saturday 11+ groups and the Tuesday GCSE groups, are"
                " often full. We keep a waiting list for each group and offer places in date order.</p>",
            ),
            (
                "Can friends or siblings be in the same group?",
                "<p>Friends can usually be in the same group if they are working at a similar level."
                " Siblings are normally placed in separate groups.</p>",
            ),
            (
                "Can a tutor come to our house?",
                "<p>No. All our lessons take place at the centre or online, where we can make sure every"
                " lesson has the right resources and support.</p>",
            ),
            (
                "Do you guarantee a grammar school place or a grade?",
                "<p>No, and no honest tutor can. What we do promise is careful teaching, regular"
                " feedback, and an honest view of how your child is getting on.</p>",
            ),
            (
                "What does my child need to bring?",
                "<p>A pencil case and a water bottle. We provide books and worksheets.</p>",
            ),
        ]
    ),
    _sidebar("Still got a question?", [("Phone", _PHONE), ("Email", _EMAIL)]),
)

_CONTACT = _hero("Contact &amp; Find Us", "We'd love to hear from you") + _main(
    _title("Where we are", 2)
    + _text(
        f"""<p>Brightwell Tutoring Centre<br>First Floor, Regent House<br>41 Moulsham Street<br>
Chelmsford, Essex CM2 0HY</p>
<p>Phone: <a href="{_TEL}">{_PHONE}</a><br>Email: <a href="mailto:{_EMAIL}">{_EMAIL}</a></p>
<p>We are on the first floor above Harper's Opticians. The entrance is the blue door to the right of the
shop. There is a lift to the first floor and an accessible toilet, so the centre is step-free from the
street.</p>"""
    )
    + _title("Parking and getting here", 3)
    + _text(
        """<p>We don't have our own car park. You can stop in the loading bay directly outside for up to ten
minutes to drop off or collect (please don't leave the car). For longer stays, the nearest car park is
the Moulsham Street multi-storey, a two-minute walk away (pay and display, about &pound;2.40 for two
hours). Blue Badge holders can park in the marked bays on Moulsham Street.</p>
<p>By train, we are a fifteen-minute walk from Chelmsford station. Buses 42 and 100 stop on Moulsham
Street, almost outside the door.</p>"""
    )
    + _title("Office opening hours", 3)
    + _text(
        """<div class="dmTable" data-element-type="table">
<table class="opening-hours">
<tbody>
<tr><td>Monday &ndash; Thursday</td><td>3.30pm &ndash; 8.00pm</td></tr>
<tr><td>Friday</td><td>3.30pm &ndash; 6.00pm (office only, no lessons)</td></tr>
<tr><td>Saturday</td><td>8.30am &ndash; 2.00pm</td></tr>
<tr><td>Sunday</td><td>Closed</td></tr>
</tbody>
</table>
</div>
<p>Outside these hours please leave a voicemail or send an email; we reply within one working day.</p>"""
    )
    + _title("Send us a message", 3)
    + """<div class="dmform" data-element-type="dContactUsRespId" id="1550283381">
<form class="dmform-wrapper" action="/contact/" method="post" data-form-name="Contact us">
<div class="dmforminput required"><label for="fld-name">Your name</label>
<input type="text" id="fld-name" name="name" required></div>
<div class="dmforminput required"><label for="fld-email">Email</label>
<input type="email" id="fld-email" name="email" required></div>
<div class="dmforminput"><label for="fld-phone">Phone</label>
<input type="tel" id="fld-phone" name="phone"></div>
<div class="dmforminput"><label for="fld-year">Child's school year</label>
<input type="text" id="fld-year" name="year"></div>
<div class="dmforminput"><label for="fld-msg">Message</label>
<textarea id="fld-msg" name="message" rows="5"></textarea></div>
<div class="dmformsubmit"><input type="submit" class="dmButtonLink" value="Send message"></div>
</form>
</div>
""",
    _sidebar("Find us", [("Address", "41 Moulsham Street, Chelmsford CM2 0HY"), ("Phone", _PHONE)]),
)


HTML = {
    "/": _page(
        "/",
        "Maths &amp; English Tutoring in Chelmsford",
        "Small-group and one-to-one maths and English tuition in Chelmsford and online, Year 3 to A-level.",
        _HOME,
    ),
    "/eleven-plus/": _page(
        "/eleven-plus/",
        "11+ Preparation",
        "11+ preparation for the Essex CSSE grammar school test: Year 4 foundation and Year 5 courses.",
        _ELEVEN_PLUS,
    ),
    "/primary/": _page(
        "/primary/",
        "Primary Maths &amp; English",
        "Primary maths and English tuition for Years 3 to 6 in Chelmsford and online.",
        _PRIMARY,
    ),
    "/gcse-maths/": _page(
        "/gcse-maths/",
        "GCSE Maths Tuition",
        "GCSE maths tuition for Foundation and Higher tier, AQA, Edexcel and OCR, and GCSE resits.",
        _GCSE_MATHS,
    ),
    "/gcse-english/": _page(
        "/gcse-english/",
        "GCSE English Tuition",
        "GCSE English Language and Literature tuition, set texts and essay writing.",
        _GCSE_ENGLISH,
    ),
    "/a-level/": _page(
        "/a-level/",
        "A-level Maths &amp; English",
        "One-to-one A-level Maths, Further Maths and English Literature tuition.",
        _A_LEVEL,
    ),
    "/online-lessons/": _page(
        "/online-lessons/",
        "Online Lessons",
        "Live online maths and English lessons with Brightwell tutors.",
        _ONLINE,
    ),
    "/assessments/": _page(
        "/assessments/",
        "Assessments &amp; Reports",
        "Free initial assessments and regular progress reports for every student.",
        _ASSESSMENTS,
    ),
    "/mock-exams/": _page(
        "/mock-exams/",
        "11+ Mock Exams",
        "CSSE-style 11+ mock exams in Chelmsford, open to all Year 5 children.",
        _MOCKS,
    ),
    "/fees/": _page(
        "/fees/",
        "Fees",
        "Fees for group and one-to-one maths and English tuition, 2025-26.",
        _FEES,
    ),
    "/term-dates/": _page(
        "/term-dates/",
        "Term Dates",
        "Brightwell Tutoring Centre term dates 2025-26.",
        _TERM_DATES,
    ),
    "/holiday-courses/": _page(
        "/holiday-courses/",
        "Holiday Courses",
        "Easter GCSE revision courses and summer 11+ and Year 7 courses.",
        _HOLIDAY,
    ),
    "/our-tutors/": _page(
        "/our-tutors/",
        "Our Tutors",
        "Meet the Brightwell tutors: qualified, experienced maths and English specialists.",
        _TUTORS,
    ),
    "/safeguarding/": _page(
        "/safeguarding/",
        "Safeguarding",
        "How Brightwell Tutoring Centre keeps children safe.",
        _SAFEGUARDING,
    ),
    "/policies/": _page(
        "/policies/",
        "Terms &amp; Policies",
        "Terms and conditions, cancellations, complaints and privacy.",
        _POLICIES,
    ),
    "/sen-support/": _page(
        "/sen-support/",
        "SEN Support",
        "Tuition for children with dyslexia, dyscalculia, ADHD, autism and other needs.",
        _SEN,
    ),
    "/faq/": _page(
        "/faq/",
        "FAQ",
        "Frequently asked questions about Brightwell Tutoring Centre.",
        _FAQ,
    ),
    "/contact/": _page(
        "/contact/",
        "Contact Us",
        "Find Brightwell Tutoring Centre on Moulsham Street, Chelmsford: parking, opening hours, contact.",
        _CONTACT,
    ),
}

QUESTIONS = [
    (
        "Hi, my daughter is in year 4 and we're thinking about the grammar schools round here. Does the"
        " Essex test have verbal reasoning in it or is it just maths and English?",
        "/eleven-plus/",
    ),
    ("when shud we start 11 plus prep? my son has only just gone into year 3", "/eleven-plus/"),
    (
        "My lad got a 3 in his maths GCSE in the summer and the college says he has to retake it. Is that"
        " something you help with?",
        "/gcse-maths/",
    ),
    (
        "They're doing An Inspector Calls at school and honestly she just doesn't get it, can anyone help",
        "/gcse-english/",
    ),
    (
        "My son's in year 10. If he writes extra practice essays at home will someone mark them, or is it just"
        " what's done in the lesson?",
        "/gcse-english/",
    ),
    (
        "My son wants to apply to Oxford for maths and apparently there's an entrance test he has to sit."
        " Do you do anything for that?",
        "/a-level/",
    ),
    (
        "She's in year 12 doing English lit and she's stuck on her coursework essay. Could a tutor go"
        " through it and correct it for her?",
        "/a-level/",
    ),
    (
        "my boy is in year 3 and still can't remember his times tables, I heard they get tested on them next year",
        "/primary/",
    ),
    ("can my son do his online lessons on his phone? we don't have a laptop", "/online-lessons/"),
    (
        "We're moving up to Leeds in the summer for my husband's job. Is there any way our daughter can"
        " keep her tutor?",
        "/online-lessons/",
    ),
    (
        "Before we commit to anything can someone see what level my daughter is actually at? She's year 8"
        " and says maths is fine but her school report says otherwise",
        "/assessments/",
    ),
    (
        "how will I know if the tutoring is actually working? we've paid for tutors before and never heard"
        " a thing back",
        "/assessments/",
    ),
    (
        "My daughter goes to a different tutor but I'd like her to try a proper practice exam in a hall"
        " before the real 11+. Can she do yours?",
        "/mock-exams/",
    ),
    ("how much r the 11+ mock tests", "/mock-exams/"),
    ("If I send both my kids is there any discount", "/fees/"),
    ("What does one-to-one GCSE tutoring cost per hour?", "/fees/"),
    ("is it possible to pay monthly rather than one big bill every term", "/fees/"),
    (
        "Are you open in the October half term? We're not going away and wondered if his lessons carry on.",
        "/term-dates/",
    ),
    (
        "My son sits his GCSEs this summer, is there anything over the Easter holidays to help him revise?",
        "/holiday-courses/",
    ),
    ("are you're tutors actual qualified teachers or just uni students", "/our-tutors/"),
    (
        "My son is 10 and we only live two streets away. Can he walk home by himself after his lesson?",
        "/safeguarding/",
    ),
    (
        "my daughter's come down with a temperature and she's got her one to one tomorrow afternoon. will"
        " I still be charged if she misses it",
        "/policies/",
    ),
    (
        "My son has dyslexia and gets 25% extra time at school. Will he automatically get that in the 11 plus?",
        "/sen-support/",
    ),
    ("do you do science? my daughter is really struggling with chemistry", "/faq/"),
    ("Where's best to park when I drop him off?", "/contact/"),
]

OUT_OF_SCOPE = [
    "Can I pay for the lessons using tax-free childcare or childcare vouchers?",
    "Are you recruiting any tutors at the moment? I'm a maths teacher looking for some evening work.",
    "What percentage of your students passed the Essex 11+ last year?",
    "Do you pick children up from school and bring them to the centre?",
    "If my son doesn't pass the 11+, can you help us appeal to the grammar school?",
    "Is there wifi I can use while I wait in reception?",
    "Can you recommend a good driving instructor for my eldest?",
    "What's the best Indian restaurant near Moulsham Street?",
]
