"""An evaluation site: Marlowe Nail, Brow & Skin Studio, a nail, brow, lash and skin studio with a training academy
in Market Harborough (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The markup imitates a Wix Studio / Editor X
export: data-testid and data-mesh-id attributes, comp-* ids, wixui-rich-text blocks with font_* classes, deeply
nested absolute-layout mesh containers, a horizontal mega-menu plus a mobile menu, and the Wix FAQ app's
collapsible items.
"""

from itertools import count

NAME = "Marlowe Nail, Brow & Skin Studio"

_ids = count(0x4A71C0)


def _cid():
    return f"comp-lx{next(_ids):06x}"


# ---------------------------------------------------------------------------------------------------------------
# Small builders for Wix-style markup
# ---------------------------------------------------------------------------------------------------------------


def _span(text):
    return f'<span class="wixui-rich-text__text">{text}</span>'


def _h(level, text, font=None):
    font = font or f"font_{level}"
    return f'<h{level} class="{font} wixui-rich-text__text">{_span(text)}</h{level}>'


def _p(text):
    return f'<p class="font_7 wixui-rich-text__text" style="line-height:1.7em;">{_span(text)}</p>'


def _ul(*items):
    lis = "".join(
        f'<li class="wixui-rich-text__text"><p class="font_7 wixui-rich-text__text">{_span(i)}</p></li>' for i in items
    )
    return f'<ul class="font_7 wixui-rich-text__text">{lis}</ul>'


def _text(*blocks):
    cid = _cid()
    inner = "".join(blocks)
    return (
        f'<div id="{cid}" class="HcOXKn c9GqVL QxJLC3 {cid} wixui-rich-text" data-testid="richTextElement">'
        f"{inner}</div>"
    )


def _table(headers, rows, caption=""):
    cid = _cid()
    head = "".join(f'<th class="wixui-table__header-cell" scope="col">{h}</th>' for h in headers)
    body = "".join(
        '<tr class="wixui-table__row">'
        + "".join(f'<td class="wixui-table__cell"><span class="font_8">{c}</span></td>' for c in r)
        + "</tr>"
        for r in rows
    )
    cap = f'<caption class="font_6">{caption}</caption>' if caption else ""
    return (
        f'<div id="{cid}" class="Tq3Lx9 {cid} wixui-table" data-testid="table-container">'
        f'<div class="gRf0dL" data-testid="table-scroll"><table class="TbLs1k" role="table">{cap}'
        f'<thead class="wixui-table__head"><tr>{head}</tr></thead><tbody>{body}</tbody></table></div></div>'
    )


def _button(label, href):
    cid = _cid()
    return (
        f'<div class="{cid} wixui-button" id="{cid}" data-semantic-classname="button">'
        f'<a data-testid="linkElement" href="{href}" class="StylableButton2545352419__root style-lx9b1wz2__root '
        f'wixui-button" aria-disabled="false"><div class="StylableButton2545352419__container">'
        f'<span class="StylableButton2545352419__label wixui-button__label" data-testid="stylablebutton-label">'
        f"{label}</span></div></a></div>"
    )


def _image(alt, name):
    cid = _cid()
    return (
        f'<div id="{cid}" class="MazNVa {cid} wixui-image" data-testid="imageX"><div data-testid="linkElement" '
        f'class="j7pOnl"><wow-image id="img_{cid}" class="HlRz5e BI8PVQ" data-image-info="{{}}" '
        f'data-bg-effect-name="" data-has-ssr-src=""><img src="/_media/{name}" alt="{alt}" '
        f'style="width:100%;height:100%;object-fit:cover" loading="lazy"/></wow-image></div></div>'
    )


def _section(*content, label="", bg="LWbAav Kv1aVt"):
    cid = _cid()
    aria = f' aria-label="{label}"' if label else ""
    inner = "".join(f'<div class="comp-mesh-cell" data-mesh-cell="{n}">{c}</div>' for n, c in enumerate(content))
    return (
        f'<section id="{cid}" tabindex="-1" class="Oqnisf {cid} wixui-section"{aria} '
        f'data-block-level-container="ClassicSection">'
        f'<div id="bgLayers_{cid}" data-hook="bgLayers" data-motion-part="BG_LAYER {cid}" class="MW5IWV">'
        f'<div data-testid="colorUnderlay" class="{bg}"></div>'
        f'<div id="bgMedia_{cid}" data-motion-part="BG_MEDIA {cid}" class="VgO9Yg"></div></div>'
        f'<div data-mesh-id="{cid}inlineContent" data-testid="inline-content" class="">'
        f'<div data-mesh-id="{cid}inlineContent-gridContainer" data-testid="mesh-container-content">'
        f'<div id="{_cid()}" class="comp-columns wixui-column-strip" data-testid="columns">'
        f'<div data-mesh-id="colinlineContent" data-testid="inline-content"><div class="comp-col-abs" '
        f'style="position:relative">{inner}</div></div></div>'
        f"</div></div></section>"
    )


def _two_col(main, side):
    cid = _cid()
    return (
        f'<div id="{cid}" class="comp-strip {cid} wixui-column-strip" data-testid="columns">'
        f'<div class="wixui-column-strip__column" data-testid="column" style="width:68%">'
        f'<div data-mesh-id="{cid}c1inlineContent" data-testid="inline-content">{main}</div></div>'
        f'<aside class="wixui-column-strip__column comp-sidebar" data-testid="column" style="width:32%">'
        f'<div data-mesh-id="{cid}c2inlineContent" data-testid="inline-content">{side}</div></aside></div>'
    )


def _faq(category, items):
    """The Wix FAQ app: a category of collapsible question/answer items."""
    cid = _cid()
    rows = []
    for n, (q, answer_paras) in enumerate(items):
        qid = f"{cid}-q{n}"
        body = "".join(f'<p class="font_8" data-hook="faq-answer-paragraph">{a}</p>' for a in answer_paras)
        rows.append(
            f'<div class="s__7wJ2nA collapse-item accordion-item" data-hook="faq-item" role="listitem">'
            f'<button class="s__0cT6ve accordion-toggle" data-hook="faq-question" aria-expanded="false" '
            f'aria-controls="{qid}"><span class="s__2KjnIx" data-hook="question-title">{q}</span>'
            f'<span class="s__1xrYtq" data-hook="expand-icon" aria-hidden="true">+</span></button>'
            f'<div id="{qid}" class="s__3ndFmK accordion-panel" data-hook="faq-answer" role="region" hidden>'
            f'<div class="ricos-viewer" data-hook="ricos-viewer">{body}</div></div></div>'
        )
    return (
        f'<div id="{cid}" class="{cid} wixui-tpa" data-testid="tpa-widget" '
        f'data-app-definition-id="14c92d28-031e-7910-c9a8-a670011e062d">'
        f'<div class="s__0Zt3vV faq-app" data-hook="faq-main-container">'
        f'<h3 class="s__4Yx1Pw" data-hook="faq-category-title">{category}</h3>'
        f'<div role="list" data-hook="faq-category-items">{"".join(rows)}</div></div></div>'
    )


_REVIEWS = [
    (
        "Jade W.",
        "BIAB regular",
        "Four weeks in and not a single chip. Chloe is a perfectionist and the studio is so calm.",
    ),
    (
        "Sarah P.",
        "Brow lamination",
        "Priya listened to exactly what I wanted and didn't go overboard. I get stopped about my brows now!",
    ),
    (
        "Amrit K.",
        "Microneedling course",
        "Hannah explained everything before we started and never pushed extra products. My skin texture is "
        "so much smoother.",
    ),
    (
        "Becky L.",
        "Academy student",
        "Did my nail training here with Gemma. Small class, loads of hands-on time, and she still answers my "
        "questions months later.",
    ),
]


def _reviews():
    cid = _cid()
    cards = "".join(
        f'<div class="wixui-repeater__item" data-testid="repeater-item" role="listitem">'
        f'<div class="comp-review-card" data-mesh-id="{cid}-{n}inlineContent">'
        f'<p class="font_8 review-stars" aria-label="5 out of 5 stars">★★★★★</p>'
        f'<p class="font_7 wixui-rich-text__text">“{text}”</p>'
        f'<p class="font_9 wixui-rich-text__text"><strong>{who}</strong> · {what}</p></div></div>'
        for n, (who, what, text) in enumerate(_REVIEWS)
    )
    return (
        f'<div id="{cid}" class="{cid} wixui-repeater" data-testid="repeater">'
        f'<h2 class="font_2 wixui-rich-text__text">Kind words from our clients</h2>'
        f'<p class="font_8">Rated 4.9 from 410+ Google reviews</p>'
        f'<div role="list" class="wixui-repeater__items">{cards}</div></div>'
    )


def _sidebar(title="Ready to book?"):
    return _text(
        _h(4, title),
        _p("Choose your treatment, pick a time with your favourite technician and secure it with a deposit."),
        _ul(
            '<a href="/book-online/" data-testid="linkElement">How booking works</a>',
            '<a href="/consultations/" data-testid="linkElement">New client? Read about consultations</a>',
            '<a href="/aftercare/" data-testid="linkElement">Aftercare advice</a>',
            '<a href="/gift-cards/" data-testid="linkElement">Treat someone: gift cards</a>',
        ),
    ) + _button("Book Now", "/book-online/")


# ---------------------------------------------------------------------------------------------------------------
# Shared header (mega-menu), cookie banner and footer
# ---------------------------------------------------------------------------------------------------------------

_MENU = [
    ("Home", "/", []),
    (
        "Nails",
        "/nails/",
        [
            ("Manicures, Gel &amp; BIAB", "/nails/"),
            ("Acrylic &amp; Soft Gel Extensions", "/extensions/"),
            ("Pedicures", "/pedicures/"),
        ],
    ),
    ("Brows &amp; Lashes", "/brows-and-lashes/", []),
    (
        "Skin",
        "/skin/",
        [
            ("Skin Treatments", "/skin/"),
            ("Consultations &amp; Patch Tests", "/consultations/"),
            ("Aftercare", "/aftercare/"),
        ],
    ),
    ("Academy", "/academy/", []),
    ("Gifts &amp; Offers", "/gift-cards/", [("Gift Cards", "/gift-cards/"), ("Offers &amp; Bridal", "/offers/")]),
    (
        "About",
        "/meet-the-team/",
        [
            ("Meet the Team", "/meet-the-team/"),
            ("FAQs", "/faq/"),
            ("Booking Policies", "/policies/"),
            ("Find Us", "/contact/"),
        ],
    ),
]


def _menu_html():
    items = []
    for label, href, children in _MENU:
        sub = ""
        if children:
            links = "".join(
                f'<li class="wixui-horizontal-menu__submenu-item"><a data-testid="linkElement" href="{h}" '
                f'class="Mh0AqB"><span class="font_8">{lbl}</span></a></li>'
                for lbl, h in children
            )
            sub = (
                f'<div class="z8ZbJv wixui-horizontal-menu__submenu" data-testid="megaMenu" role="group">'
                f'<div class="mega-menu-inner" data-mesh-id="megaMenuinlineContent"><ul class="mega-col">{links}'
                f"</ul></div></div>"
            )
        items.append(
            f'<li class="Wm1OXo wixui-horizontal-menu__item" data-testid="menuItem" data-item-depth="0">'
            f'<div class="itemWrapper"><a data-testid="linkElement" href="{href}" class="lx2PUw" '
            f'aria-haspopup="{str(bool(children)).lower()}"><div class="label-wrapper">'
            f'<span class="wixui-horizontal-menu__item-label">{label}</span></div></a></div>{sub}</li>'
        )
    items.append(
        '<li class="Wm1OXo wixui-horizontal-menu__item menu-cta" data-testid="menuItem">'
        '<a data-testid="linkElement" href="/book-online/" class="lx2PUw cta">'
        '<span class="wixui-horizontal-menu__item-label">Book Online</span></a></li>'
    )
    return "".join(items)


def _mobile_menu_html():
    links = []
    for label, href, children in _MENU:
        links.append(f'<li><a data-testid="linkElement" href="{href}">{label}</a></li>')
        links.extend(f'<li class="sub"><a data-testid="linkElement" href="{h}">{lbl}</a></li>' for lbl, h in children)
    links.append('<li><a data-testid="linkElement" href="/book-online/">Book Online</a></li>')
    return "".join(links)


_HEADER = f"""<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"
data-testid="layout-wrapper">
<div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div>
<div class="U4Bvut"><div class="G5K6X8"><div class="gUbusX" data-testid="screenWidthContainerBgCenter"></div></div>
<div class="CJF7A2"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
<div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-kq1topbar" class="HcOXKn c9GqVL QxJLC3 comp-kq1topbar wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text">Nails · Brows · Lashes · Skin · Academy &nbsp;|&nbsp;
<a href="tel:01858410627">01858 410627</a></p></div>
<div id="comp-kq1logo01" class="MazNVa comp-kq1logo01 wixui-image" data-testid="imageX">
<a data-testid="linkElement" href="/" class="j7pOnl"><img src="/_media/marlowe-logo-blush.png"
alt="Marlowe Nail, Brow &amp; Skin Studio logo" width="180" height="64"/></a></div>
<wix-dropdown-menu id="comp-kq1menu01" class="XRwtpn comp-kq1menu01 wixui-dropdown-menu hidden-during-prewarmup"
tabindex="-1" dir="ltr" data-stretch-buttons-to-menu-width="false" data-same-width-buttons="false"
data-num-items="8" data-menuborder-y="0" data-menubtn-border="0" data-ribbon-els="0" data-label-pad="0"
data-ribbon-extra="0" data-dropalign="center" data-testid="horizontalMenu">
<nav class="YXlfNd" id="comp-kq1menu01navContainer" aria-label="Site">
<ul class="StylableHorizontalMenu3372578893__menu" id="comp-kq1menu01itemsContainer" data-testid="menuItems">
{_menu_html()}
</ul></nav></wix-dropdown-menu>
<div id="comp-kq1burger" class="comp-kq1burger wixui-hamburger-menu" data-testid="hamburger-menu">
<button aria-label="Open site navigation" aria-expanded="false" class="hamburger-open-button"
data-testid="hamburger-open-button">&#9776;</button>
<div id="MENU_AS_CONTAINER" class="wixui-hamburger-menu__container" data-testid="menuContainer" hidden>
<nav aria-label="Mobile site"><ul class="mobile-menu">{_mobile_menu_html()}</ul></nav></div></div>
</div></div></div></div></header>"""

_COOKIES = """<div id="consent-banner-root" class="consent-banner-root" data-hook="consent-banner-root" role="region"
aria-label="Cookie banner"><div class="ccsu-banner-wrapper" data-hook="ccsu-banner-wrapper">
<p class="ccsu-banner-text" data-hook="ccsu-banner-text">This website uses cookies. We use cookies to improve your
experience, understand how the site is used and show you relevant offers. By clicking Accept you agree to our use
of cookies. <a href="/policies/#privacy" data-hook="consent-banner-privacy-link">Privacy &amp; Cookie Policy</a></p>
<div class="ccsu-banner-buttons"><button data-hook="consent-banner-decline-button">Decline All</button>
<button data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-apply-button">Accept</button></div></div></div>"""

_FOOTER = """<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"
data-testid="layout-wrapper">
<div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div>
<div class="U4Bvut"><div class="CJF7A2"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content">
<div data-mesh-id="SITE_FOOTERinlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-kq1foot01" class="comp-kq1foot01 wixui-column-strip" data-testid="columns">
<div class="wixui-column-strip__column" data-testid="column">
<div id="comp-kq1foot02" class="HcOXKn c9GqVL QxJLC3 wixui-rich-text" data-testid="richTextElement">
<h4 class="font_4 wixui-rich-text__text">Visit the studio</h4>
<p class="font_8 wixui-rich-text__text">Marlowe Nail, Brow &amp; Skin Studio<br/>3 Church Square Mews<br/>
Market Harborough<br/>Leicestershire LE16 7NB</p></div></div>
<div class="wixui-column-strip__column" data-testid="column">
<div id="comp-kq1foot03" class="HcOXKn c9GqVL QxJLC3 wixui-rich-text" data-testid="richTextElement">
<h4 class="font_4 wixui-rich-text__text">Get in touch</h4>
<p class="font_8 wixui-rich-text__text">Call <a href="tel:01858410627">01858 410627</a><br/>
Email <a href="mailto:hello@marlowestudio.co.uk">hello@marlowestudio.co.uk</a></p></div></div>
<div class="wixui-column-strip__column" data-testid="column">
<div id="comp-kq1foot04" class="HcOXKn c9GqVL QxJLC3 wixui-rich-text" data-testid="richTextElement">
<h4 class="font_4 wixui-rich-text__text">Opening hours</h4>
<p class="font_8 wixui-rich-text__text">Tue–Sat from 9am (Sat from 8.30am)<br/>Late nights Wed &amp; Thu until 8pm
<br/>Closed Sunday &amp; Monday<br/><a href="/contact/">Full hours &amp; holidays</a></p></div></div>
<div class="wixui-column-strip__column" data-testid="column">
<div id="comp-kq1foot05" class="HcOXKn c9GqVL QxJLC3 wixui-rich-text" data-testid="richTextElement">
<h4 class="font_4 wixui-rich-text__text">Explore</h4>
<ul class="font_8 footer-links"><li><a href="/book-online/">Book online</a></li>
<li><a href="/gift-cards/">Gift cards</a></li><li><a href="/academy/">Academy courses</a></li>
<li><a href="/policies/">Booking policies</a></li><li><a href="/faq/">FAQs</a></li></ul></div></div></div>
<div id="comp-kq1social" class="comp-kq1social wixui-social-bar" data-testid="linkBar">
<ul class="social-bar" aria-label="Social Bar">
<li><a href="https://www.instagram.com/marlowestudio.mh" target="_blank" aria-label="Instagram">Instagram</a></li>
<li><a href="https://www.facebook.com/marlowestudiomh" target="_blank" aria-label="Facebook">Facebook</a></li>
<li><a href="https://www.tiktok.com/@marlowestudio" target="_blank" aria-label="TikTok">TikTok</a></li></ul></div>
<div id="comp-kq1copy01" class="HcOXKn c9GqVL QxJLC3 wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text">© 2025 Marlowe Studio Ltd · Registered in England &amp; Wales No. 10238841
· <a href="/policies/#privacy">Privacy</a> · Site by Marlowe with Wix</p></div>
</div></div></div></div></footer>"""

_ANALYTICS = """<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}
gtag('js',new Date());gtag('config','G-MRLW2016MH');window.wixBiSession={viewerSessionId:'0',isp:1};</script>"""


def _page(path, title, description, body):
    page_id = "home" if path == "/" else path.strip("/").replace("-", "")
    full_title = (
        "Marlowe Studio | Nails, Brows &amp; Skin in Market Harborough"
        if path == "/"
        else f"{title} | Marlowe Nail, Brow &amp; Skin Studio"
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="svg is-ready">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="generator" content="Wix.com Website Builder"/>
<meta name="format-detection" content="telephone=no"/>
<meta name="skype_toolbar" content="skype_toolbar_parser_compatible"/>
<title>{full_title}</title>
<meta name="description" content="{description}"/>
<link rel="canonical" href="https://www.marlowestudio.co.uk{path}"/>
<meta property="og:title" content="{full_title}"/>
<meta property="og:description" content="{description}"/>
<meta property="og:url" content="https://www.marlowestudio.co.uk{path}"/>
<meta property="og:site_name" content="Marlowe Studio"/>
<meta property="og:type" content="website"/>
<meta name="twitter:card" content="summary_large_image"/>
<link rel="icon" sizes="192x192" href="/_media/favicon-192.png" type="image/png"/>
<link rel="stylesheet" href="/_partials/wix-thunderbolt/dist/main.renderer.min.css"/>
<link rel="stylesheet" href="/_partials/site-styles/{page_id}.css"/>
<style data-url="fonts">.font_2{{font:normal normal normal 40px/1.2em 'cormorant garamond',serif}}
.font_7{{font:normal normal normal 16px/1.6em 'avenir-lt-w01_35-light1475496',sans-serif}}</style>
{_ANALYTICS}
</head>
<body class="responsive" data-js-loaded="true">
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Qd0IQB" data-testid="scroll-to-top" tabindex="-1" aria-label="top of page"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
{_HEADER}
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true">
<div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="{page_id}" class="dBAkHi theme-vars page-{page_id}">
<div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<div id="Containerc1dmp{page_id}" class="Containerc1dmp"><div data-mesh-id="Containerc1dmpinlineContent"
data-testid="inline-content" class=""><div data-mesh-id="Containerc1dmpinlineContent-gridContainer"
data-testid="mesh-container-content">
{body}
</div></div></div></div></div></div></main>
{_FOOTER}
</div></div></div></div>
{_COOKIES}
</body>
</html>
"""


def _hero(heading, sub, image=None, cta=("Book Now", "/book-online/")):
    blocks = [_text(_h(1, heading, "font_0"), _p(sub)), _button(*cta)]
    if image:
        blocks.insert(0, _image(*image))
    return _section(*blocks, label="Hero", bg="LWbAav Kv1aVt hero-blush")


# ---------------------------------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------------------------------

_HOME = "".join(
    [
        _hero(
            "Nails, brows &amp; skin, done properly",
            "An independent studio tucked off Church Square in Market Harborough: beautiful, long-lasting nails, "
            "brows that suit your face and results-driven skin treatments, in a calm space with a team that takes "
            "its time.",
            image=("Manicure station at Marlowe Studio with pale pink chairs", "studio-hero.jpg"),
        ),
        _section(
            _text(
                _h(2, "Welcome to Marlowe"),
                _p(
                    "Gemma Marlowe opened the studio in 2016 with one nail desk and a kettle. Today we are a team "
                    "of five working from a converted coach house in Church Square Mews, and we still run the "
                    "place the way we started: no rushing, no upselling, and honest advice about what will "
                    "actually work for your nails, brows and skin."
                ),
                _p(
                    "Every technician is fully qualified and insured, we use single-use files and buffers for "
                    "every client, and our metal tools go through a hospital-grade autoclave between appointments. "
                    "In 2024 we were shortlisted for Leicestershire Nail Salon of the Year at the regional "
                    "Hair &amp; Beauty Awards."
                ),
            ),
            label="About",
        ),
        _section(
            _text(
                _h(2, "Our treatments"),
                _h(3, '<a href="/nails/">Manicures, gel &amp; BIAB</a>'),
                _p("Gel polish, builder gel overlays on your natural nails, nail art and gentle removals."),
                _h(3, '<a href="/extensions/">Acrylic &amp; soft gel extensions</a>'),
                _p("Natural-looking length, sculpted and shaped by hand, with regular infills."),
                _h(3, '<a href="/pedicures/">Pedicures</a>'),
                _p("From a quick gel toe refresh to our full luxury pedicure."),
                _h(3, '<a href="/brows-and-lashes/">Brows &amp; lashes</a>'),
                _p("Brow lamination, HD Brows, tints and lash lifts."),
                _h(3, '<a href="/skin/">Skin</a>'),
                _p("Dermaplaning, chemical peels and microneedling, always starting with a consultation."),
                _h(3, '<a href="/academy/">The Marlowe Academy</a>'),
                _p("Small-group, hands-on training in nails, brows, lashes and dermaplaning."),
            ),
            _button("View all treatments &amp; book", "/book-online/"),
            label="Treatments",
        ),
        _section(_reviews(), label="Reviews"),
        _section(
            _text(
                _h(2, "Follow along"),
                _p(
                    "See our latest sets, brow transformations and last-minute cancellation slots on Instagram "
                    '<a href="https://www.instagram.com/marlowestudio.mh" target="_blank">@marlowestudio.mh</a>.'
                ),
            ),
            label="Instagram",
        ),
    ]
)

_NAILS = "".join(
    [
        _hero(
            "Manicures, Gel &amp; BIAB",
            "Glossy, chip-free hands that last. Every manicure includes shaping, cuticle care and a hydrating finish.",
        ),
        _section(
            _two_col(
                _text(
                    _h(2, "Gel polish manicure"),
                    _p(
                        "Our most popular treatment. We shape and buff your nails, push back and tidy cuticles, then "
                        "apply a base, two coats of gel colour and a high-shine top coat, each cured under an LED "
                        "lamp. Gel polish typically lasts two to three weeks on natural nails and is dry the moment "
                        "you leave."
                    ),
                    _h(2, "BIAB (builder gel) on natural nails"),
                    _p(
                        "BIAB is a thicker, strengthening builder gel applied as an overlay on your own nails. It "
                        "adds structure so weak, bendy or bitten nails can grow without snapping, and it lasts three "
                        "to four weeks. Rather than soaking it all off each time, we file back most of the old "
                        "product and rebalance it at your infill, so your nails can keep growing underneath. If you "
                        "want a little extra length, we can add tips under BIAB."
                    ),
                    _h(2, "Classic manicure &amp; hand tidy"),
                    _p(
                        "Prefer ordinary polish? Our classic manicure includes a soak, shape, cuticle work, hand "
                        "massage and regular polish. The hand &amp; nail tidy is a quick file, cuticle tidy and buff "
                        "with no colour, popular with our male clients."
                    ),
                ),
                _sidebar("Not sure which?"),
            ),
            label="Manicure treatments",
        ),
        _section(
            _text(_h(2, "Prices")),
            _table(
                ["Treatment", "Time", "Price"],
                [
                    ["Gel polish manicure", "45 mins", "£28"],
                    ["BIAB overlay on natural nails (new set)", "60 mins", "£36"],
                    ["BIAB infill (within 4 weeks)", "60 mins", "£34"],
                    ["BIAB with tip extensions", "75 mins", "£45"],
                    ["Classic manicure with regular polish", "45 mins", "£22"],
                    ["Hand &amp; nail tidy (no colour)", "20 mins", "£15"],
                    ["Paraffin wax hand treatment (add-on)", "+15 mins", "£8"],
                ],
                caption="Manicure price list",
            ),
            label="Prices",
        ),
        _section(
            _text(
                _h(2, "Nail art &amp; finishes"),
                _ul(
                    "French tips: add £5",
                    "Chrome, pearl or cat-eye finish: add £6",
                    "Simple art (dots, lines, a small flower or heart): £1 per nail",
                    "Full freehand designs: priced on request, so send us a picture on Instagram before you book",
                ),
                _h(2, "Removals"),
                _p(
                    "Gel or BIAB removal on its own, with a file, tidy and cuticle oil, is £12 and takes 30 minutes. "
                    "If you are having a new gel or BIAB set with us straight afterwards, removal of our own product "
                    "is included free."
                ),
                _p(
                    "Coming to us wearing gel or BIAB from another salon? Please add “removal of another salon's "
                    "work” when you book. It costs £8 on top of your new set and we allow an extra 15 minutes, as "
                    "unfamiliar products can take longer to soak through. We never peel or prise product off."
                ),
            ),
            _button("Book a manicure", "/book-online/"),
            label="Nail art and removals",
        ),
    ]
)

_EXTENSIONS = "".join(
    [
        _hero(
            "Acrylic &amp; Soft Gel Extensions",
            "Sculpted, hand-filed length in the shape you love, from a subtle short square to a long almond.",
        ),
        _section(
            _text(
                _h(2, "Full sets"),
                _p(
                    "Acrylic extensions are applied over a tip or sculpted on a form, then filed and shaped by hand "
                    "and finished in gel polish of your choice. We want your nails to last and to look natural in "
                    "proportion to your hands, so our lengths run from short (1) to long (4). We don't offer "
                    "extra-long XL lengths beyond a 4, as they put too much leverage on the natural nail."
                ),
                _p(
                    "Soft gel tips are a full-coverage gel extension that is glued and cured in one go: lighter than "
                    "acrylic and quicker to apply, though slightly less hard-wearing for very active hands."
                ),
            ),
            _table(
                ["Extension", "Time", "Price"],
                [
                    ["Acrylic full set, short (lengths 1–2)", "90 mins", "£42"],
                    ["Acrylic full set, medium (length 3)", "1 hr 45", "£48"],
                    ["Acrylic full set, long (length 4)", "2 hrs", "£55"],
                    ["Coffin, stiletto or almond shaping", "—", "add £5"],
                    ["Soft gel tips, full set", "75 mins", "£45"],
                    ["Acrylic infill (up to 3 weeks)", "75 mins", "£32"],
                    ["Late acrylic infill (3–4 weeks)", "90 mins", "£37"],
                    ["Single nail repair or replacement", "—", "£4 per nail"],
                    ["Acrylic removal (our own work)", "45 mins", "£15"],
                    ["Removal of another salon's acrylics", "+30 mins", "£10 added to a new full set"],
                ],
                caption="Extensions price list",
            ),
            label="Full sets and prices",
        ),
        _section(
            _text(
                _h(2, "Our infill rules"),
                _p(
                    "Infills keep your extensions balanced as your natural nail grows out. Book them every two to "
                    "three weeks. An infill must be within 21 days of your last set or infill to be charged at the "
                    "standard price; between three and four weeks it is a late infill, as there is more rebalancing "
                    "to do."
                ),
                _p(
                    "After four weeks we can't infill: the growth has moved the stress point so far that nails are "
                    "likely to lift, snap or trap moisture underneath. Instead we will soak off and apply a new "
                    "full set, charged at the full set price."
                ),
                _p(
                    "We only infill our own work. We can't know what product, prep or primer another salon used, so "
                    "if your extensions were done elsewhere we will remove them and give you a fresh full set. "
                    "Please book the full set and add “removal of another salon's acrylics” so we allow enough time."
                ),
                _h(2, "Taking them off"),
                _p(
                    "When you're ready for a break, let us remove your acrylics properly. We file down the bulk, soak "
                    "off the rest and finish with a strengthening treatment and cuticle oil. Never pick, bite or "
                    "prise extensions off: that takes layers of natural nail with it."
                ),
            ),
            _button("Book extensions", "/book-online/"),
            label="Infill rules",
        ),
    ]
)

_PEDICURES = "".join(
    [
        _hero(
            "Pedicures",
            "Sandal-ready feet in our massage chairs, with a fresh disposable liner in the foot spa for every client.",
        ),
        _section(
            _two_col(
                _text(
                    _h(2, "Gel toes"),
                    _p(
                        "A quick, dry refresh with no foot soak: we file and shape, tidy cuticles and apply gel "
                        "polish that lasts four weeks or more on toes."
                    ),
                    _h(2, "Spa pedicure"),
                    _p(
                        "A warm foot soak, nail shaping, cuticle work and hard skin removal with a professional foot "
                        "file, followed by an exfoliating scrub, a ten-minute lower leg and foot massage and a "
                        "regular polish of your choice. Upgrade to gel polish for £6."
                    ),
                    _h(2, "The Marlowe luxury pedicure"),
                    _p(
                        "Everything in the spa pedicure plus our callus peel, a hot towel wrap, paraffin wax boots "
                        "and gel polish included. Our most indulgent treatment, and the one to book if your feet "
                        "have been neglected all winter."
                    ),
                    _h(2, "Callus peel add-on"),
                    _p(
                        "A professional callus softener is applied to thick, hard skin and cracked heels, then the "
                        "softened skin is gently removed. Results are noticeably smoother than filing alone and it "
                        "can be added to any spa pedicure."
                    ),
                ),
                _sidebar(),
            ),
            label="Pedicure treatments",
        ),
        _section(
            _table(
                ["Pedicure", "Time", "Price"],
                [
                    ["Gel toes (no soak)", "40 mins", "£26"],
                    ["Spa pedicure with regular polish", "60 mins", "£40"],
                    ["Spa pedicure with gel polish", "60 mins", "£46"],
                    ["The Marlowe luxury pedicure", "75 mins", "£52"],
                    ["Callus peel add-on", "+15 mins", "£10"],
                    ["Gel removal from toes (add-on)", "+10 mins", "£5"],
                ],
                caption="Pedicure prices",
            ),
            label="Pedicure prices",
        ),
        _section(
            _text(
                _h(2, "What we can and can't treat"),
                _p(
                    "We are nail technicians, not podiatrists or chiropodists. We can't treat ingrown toenails, "
                    "corns, verrucas or fungal nail infections. If a toenail is thickened, yellow, white or crumbly, "
                    "it may be a fungal infection: please see a pharmacist or podiatrist before booking. We can't "
                    "apply polish or gel over it, because sealing the nail can make the infection worse and it can "
                    "spread. Once it has cleared up, we would love to see you."
                ),
                _p(
                    "Clients with diabetes are very welcome; please mention it on your consultation form. We never "
                    "use blades or razors on anyone's feet."
                ),
                _p(
                    "Having regular polish? Bring flip-flops or open-toed shoes so your polish isn't smudged on the "
                    "way home."
                ),
            ),
            _button("Book a pedicure", "/book-online/"),
            label="What we can't treat",
        ),
    ]
)

_BROWS = "".join(
    [
        _hero(
            "Brows &amp; Lashes",
            "Fluffy laminated brows, sharp HD shapes or a simple tidy; lifted, tinted lashes that mean you can skip "
            "the mascara.",
        ),
        _section(
            _two_col(
                _text(
                    _h(2, "Brow lamination"),
                    _p(
                        "Lamination relaxes and resets the brow hairs so they sit brushed up and in place, giving "
                        "a fuller, fluffier look that's great for sparse or unruly brows. Your treatment includes "
                        "a tint and a wax or tweeze to shape. Results last six to eight weeks."
                    ),
                    _h(2, "HD Brows"),
                    _p(
                        "Our trained HD Brows stylists use a seven-step process of tinting, waxing, threading-style "
                        "tweezing and trimming to design a brow shape built around your face. Results last four to "
                        "six weeks; book an HD maintenance appointment within six weeks to keep the shape."
                    ),
                    _h(2, "Wax, tint &amp; tidy"),
                    _p(
                        "Classic brow wax and tint, or either on its own. Our gents' brow tidy is a quick, natural "
                        "clean-up that nobody will notice apart from you."
                    ),
                    _h(2, "Lash lift &amp; tint"),
                    _p(
                        "A lash lift curls your own lashes from the root using a silicone shield, and the tint "
                        "darkens them right to the tips. Nothing is added to your lashes, and results last six to "
                        "eight weeks, roughly your natural lash cycle."
                    ),
                ),
                _sidebar(),
            ),
            label="Brow and lash treatments",
        ),
        _section(
            _table(
                ["Treatment", "Time", "Price"],
                [
                    ["Brow lamination (with tint &amp; shape)", "60 mins", "£45"],
                    ["HD Brows", "45 mins", "£38"],
                    ["HD Brows maintenance (within 6 weeks)", "30 mins", "£30"],
                    ["Brow wax &amp; tint", "30 mins", "£22"],
                    ["Brow wax or tweeze only", "15 mins", "£12"],
                    ["Brow tint only", "15 mins", "£10"],
                    ["Gents' brow tidy", "15 mins", "£12"],
                    ["Lash lift &amp; tint", "60 mins", "£45"],
                    ["Lash tint only", "20 mins", "£14"],
                    ["Brow lamination + lash lift &amp; tint, same appointment", "90 mins", "£80"],
                ],
                caption="Brow and lash prices",
            ),
            _text(
                _p(
                    "All tints, HD Brows, lamination and lash lifts need a patch test first. Please read "
                    '<a href="/consultations/">Consultations &amp; Patch Tests</a> before booking.'
                )
            ),
            _button("Book brows or lashes", "/book-online/"),
            label="Prices",
        ),
    ]
)

_SKIN = "".join(
    [
        _hero(
            "Skin Treatments",
            "Clinical-grade skin treatments without the clinical feel, always planned around your skin and your diary.",
        ),
        _section(
            _two_col(
                _text(
                    _h(2, "Dermaplaning"),
                    _p(
                        "Using a sterile surgical blade held at a shallow angle, we gently remove the top layer of "
                        "dead skin cells along with the fine, fluffy vellus hair often called peach fuzz. Skin looks "
                        "brighter straight away, make-up sits smoother and your products absorb better. And no, the "
                        "hair doesn't grow back thicker or darker. Finish with ten minutes of LED light therapy for "
                        "extra calm and glow. Not suitable during an active acne breakout."
                    ),
                    _h(2, "Chemical peels"),
                    _p(
                        "Our superficial peels use gentle acids to dissolve dead skin and encourage renewal. Lactic "
                        "acid suits dry, dull or sensitive skin; mandelic is great for pigmentation and darker skin "
                        "tones; salicylic is for oily, congested or breakout-prone skin. Expect light flaking for two "
                        "to five days. For best results we recommend a course of six peels, two weeks apart."
                    ),
                    _h(2, "Microneedling"),
                    _p(
                        "Also called collagen induction therapy. A pen with fine sterile needles creates tiny "
                        "channels in the skin, triggering your own healing response to build collagen. It softens "
                        "acne scarring, fine lines, enlarged pores and stretch marks. Numbing cream is applied for 20 "
                        "minutes first. Skin is pink, like mild sunburn, for 24 to 48 hours, so avoid booking in the "
                        "week before a big event. Fine lines usually need a course of three; acne scarring usually "
                        "needs three to six sessions, four to six weeks apart."
                    ),
                ),
                _sidebar("Start with a consultation"),
            ),
            label="Skin treatments",
        ),
        _section(
            _table(
                ["Treatment", "Time", "Price"],
                [
                    ["Dermaplaning", "45 mins", "£45"],
                    ["Dermaplaning + LED light therapy", "60 mins", "£60"],
                    ["Lactic acid peel", "40 mins", "£55"],
                    ["Mandelic or salicylic peel", "40 mins", "£60"],
                    ["Course of 6 peels (pay for 5)", "—", "£275–£300"],
                    ["Microneedling, single session", "75 mins", "£120"],
                    ["Microneedling, course of 3", "—", "£330"],
                    ["Microneedling, course of 6", "—", "£630"],
                ],
                caption="Skin prices",
            ),
            _text(
                _p(
                    "A skin consultation is required before your first chemical peel or microneedling session. "
                    'Find out what happens at yours on <a href="/consultations/">Consultations &amp; Patch Tests</a>. '
                    "Courses are paid in full at the first session and are valid for 12 months."
                )
            ),
            _button("Book a skin treatment", "/book-online/"),
            label="Skin prices",
        ),
    ]
)

_CONSULTATIONS = "".join(
    [
        _hero(
            "Consultations &amp; Patch Tests",
            "Your safety comes first. Here's what we need before we can treat you, and who can't be treated.",
        ),
        _section(
            _text(
                _h(2, "Patch tests"),
                _p(
                    "A patch test is required at least 48 hours before any brow or lash tint, HD Brows, brow "
                    "lamination or lash lift. You'll need one if:"
                ),
                _ul(
                    "you are new to the studio;",
                    "it has been more than six months since your last tint or lift with us;",
                    "you have started new medication, become pregnant or had any allergic reaction since your "
                    "last test.",
                ),
                _p(
                    "We can't accept patch tests done at another salon or at home. Brands and formulas differ, so "
                    "the test has to be done with the exact products we'll use on you. Patch tests are free and take "
                    "five minutes: just pop in any time we're open, no appointment needed."
                ),
                _h(2, "Skin consultations"),
                _p(
                    "Before your first chemical peel or microneedling session you'll have a 30-minute skin "
                    "consultation. We look at your skin, talk through your medical history, products and goals, "
                    "test-patch the peel if needed and plan your treatments. It costs £20, which comes off your "
                    "first treatment. You may be asked to use SPF 30 or higher every day for two weeks before you "
                    "start."
                ),
                _h(2, "Nail allergies"),
                _p(
                    "If your fingers have ever become itchy, red or swollen after gel or acrylic, tell us before your "
                    "appointment. We have a HEMA-free gel range for sensitive clients, but a true acrylate allergy "
                    "may mean we can't safely continue with enhancements."
                ),
            ),
            label="Patch tests",
        ),
        _section(
            _text(
                _h(2, "When we can't treat you (contraindications)"),
                _ul(
                    "Roaccutane (isotretinoin): no dermaplaning, chemical peels, microneedling or brow waxing "
                    "until six months after your last dose. Tints and lash lifts are fine.",
                    "Pregnancy and breastfeeding: no chemical peels or microneedling. Dermaplaning is fine. "
                    "Lamination and lash lifts can be done after your first trimester with your consent, though "
                    "hormones can make results less predictable.",
                    "Eye surgery: no lash lifts or lash tints for three months after laser eye surgery or "
                    "cataract surgery. Active eye infections such as conjunctivitis or a stye mean we'll rebook.",
                    "Retinol, retinoids and exfoliating acids: stop five to seven days before dermaplaning, peels "
                    "or microneedling.",
                    "Active cold sores, sunburn, open cuts, eczema or psoriasis flare-ups in the treatment area.",
                    "Blood-thinning medication, keloid scarring or a history of poor wound healing: "
                    "microneedling may not be suitable.",
                    "Epilepsy: please tell us before LED light therapy.",
                ),
                _p(
                    "Age: clients aged 16 and 17 need a parent or guardian's written consent for tints, lamination "
                    "and lash lifts. We don't carry out any skin treatment on anyone under 18, or tints and lifts on "
                    "anyone under 16."
                ),
                _p(
                    "Every new client fills in a short online consultation form, which we send by email with your "
                    "booking confirmation. Please complete it at least 24 hours before your appointment."
                ),
            ),
            _button("Book a consultation", "/book-online/"),
            label="Contraindications",
        ),
    ]
)

_AFTERCARE = "".join(
    [
        _hero(
            "Aftercare",
            "Look after your treatment for the first few days and it will look after you for weeks.",
            cta=("Questions? Get in touch", "/contact/"),
        ),
        _section(
            _two_col(
                _text(
                    _h(2, "Nails"),
                    _ul(
                        "Apply cuticle oil twice a day. It keeps gel and BIAB flexible and stops lifting.",
                        "Wear rubber gloves for washing up, cleaning and hair dye.",
                        "Don't use your nails as tools to open cans or peel stickers.",
                        "Never pick or peel off gel, BIAB or acrylic. Book a removal instead.",
                        "Avoid very hot baths and saunas for the first 24 hours after extensions.",
                    ),
                    _h(2, "Brows &amp; lashes"),
                    _ul(
                        "Keep brows and lashes completely dry for 24 hours: no swimming, steam rooms, saunas, "
                        "hot yoga or gym sessions that make you sweat.",
                        "No make-up on or around the area for 24 hours, including mascara after a lash lift.",
                        "Try not to sleep face-down on the first night after a lash lift.",
                        "Brush laminated brows into shape every morning and use a nourishing brow serum or a little "
                        "castor oil each night from day two.",
                    ),
                    _h(2, "Skin"),
                    _ul(
                        "Wear SPF 30 or higher every day for at least two weeks, and avoid sunbeds and sunbathing.",
                        "No make-up for 12 hours after dermaplaning or a peel, and 24 hours after microneedling.",
                        "No gym, swimming or sauna for 24 hours after dermaplaning or a peel, 48 hours after "
                        "microneedling.",
                        "Don't pick or pull at flaking skin. Let it come away on its own.",
                        "Skip retinol and acids for seven days; use a gentle cleanser and plain moisturiser.",
                    ),
                ),
                _sidebar("Book your next visit"),
            ),
            label="Aftercare advice",
        ),
        _section(
            _text(
                _h(2, "If you have a reaction"),
                _p(
                    "Mild redness for a few hours after a tint, wax or skin treatment is normal. If, after a tint, "
                    "lash lift or lamination, the skin becomes itchy, puffy, swollen or blistered, or your eyes "
                    "stream or sting:"
                ),
                _ul(
                    "rinse the area gently with plenty of cool water, and don't apply make-up or creams;",
                    "a cool compress and an over-the-counter antihistamine can help; ask a pharmacist;",
                    "message or call us so we can record the reaction and advise you, and send a photo if you can;",
                    "if your eye is very painful, your vision changes, or swelling spreads to your face, lips or "
                    "throat, seek medical help straight away: call NHS 111, or 999 if you have any difficulty "
                    "breathing.",
                ),
                _p(
                    "Out of hours, if you're worried, NHS 111 can advise you. Please let us know afterwards, as "
                    "we'll need to note it on your record before you have that treatment again."
                ),
            ),
            label="Reactions",
        ),
    ]
)

_POLICIES = "".join(
    [
        _hero(
            "Booking Policies",
            "The small print, kept as short and fair as we can make it. Thank you for helping us keep our "
            "appointment book running smoothly.",
        ),
        _section(
            _text(
                _h(2, "Deposits"),
                _p(
                    "A deposit is taken by card when you book: £15 for treatments under £60 and £30 for treatments "
                    "of £60 or more, including microneedling and course bookings. Your deposit comes off your bill "
                    "on the day."
                ),
                _h(2, "Changing or cancelling"),
                _p(
                    "We need at least 48 hours' notice to move or cancel an appointment. With 48 hours' notice or "
                    "more, your deposit moves to your new appointment or is refunded if you ask. If you cancel or "
                    "move with less than 48 hours' notice, the deposit is kept, as we are rarely able to fill the "
                    "slot at short notice."
                ),
                _h(2, "No-shows and lateness"),
                _p(
                    "If you don't turn up, your deposit is kept and we'll ask for full payment in advance for any "
                    "future bookings. If you're running late, please call. We can allow ten minutes' grace; after "
                    "that we may need to shorten your treatment, still charged in full, so the next client isn't "
                    "kept waiting. If you are more than 20 minutes late we may have to treat it as a late "
                    "cancellation."
                ),
                _h(2, "Our 5-day fix guarantee"),
                _p(
                    "If gel, BIAB or acrylic chips, lifts or breaks within five days of your appointment, message us "
                    "and we'll fix it free of charge. After five days, standard repair prices apply. The guarantee "
                    "doesn't cover nails damaged by picking, biting or accidents like trapping a finger in a door."
                ),
            ),
            label="Deposits and cancellations",
        ),
        _section(
            _text(
                _h(2, "Paying"),
                _p(
                    "We accept Visa, Mastercard, American Express, Apple Pay, Google Pay and cash. We don't accept "
                    "cheques. Tips are never expected but always appreciated, by cash or card."
                ),
                _h(2, "Children &amp; pets"),
                _p(
                    "The studio is an adults-only space. For safety reasons (acetone, acrylic dust, hot wax and "
                    "sharp tools) we're sorry but we can't have children, including babies, come along to "
                    "appointments, even to sit and wait. Pets can't come in either, with the exception of "
                    "assistance dogs."
                ),
                _h(2, "Refunds"),
                _p(
                    "We can't refund treatments once they've been carried out, but if you're unhappy with anything "
                    "please tell us within five days and we'll put it right. Unopened retail products can be "
                    "returned within 14 days with proof of purchase."
                ),
                _h(2, "Privacy &amp; cookies", "font_3"),
                _p(
                    '<a id="privacy"></a>We store your contact details, consultation forms and treatment notes '
                    "securely and only use them to provide your treatments. We'll only send marketing if you've "
                    "opted in. Our site uses cookies for analytics; you can change your choice at any time using the "
                    "cookie banner."
                ),
            ),
            label="Payment and studio rules",
        ),
    ]
)

_BOOK = "".join(
    [
        _hero(
            "Book Online",
            "Choose a treatment, choose your technician, done. Our online diary is open 24 hours a day.",
        ),
        _section(
            _two_col(
                _text(
                    _h(2, "How to book"),
                    _ul(
                        "Online: use any Book Now button on this website, any time of day or night. You'll see "
                        "real-time availability for every technician.",
                        "By phone: call 01858 410627 during opening hours. We're often mid-treatment, so if we "
                        "don't answer, leave a voicemail and we'll call you back the same day.",
                        "Instagram: message @marlowestudio.mh and we'll reply within one working day. We can't "
                        "take bookings through Facebook comments.",
                    ),
                    _p(
                        "We are an appointment-only studio, so we're not able to take walk-ins for treatments. "
                        "Short-notice slots do come up, though, so it's always worth checking the online diary "
                        "on the morning."
                    ),
                    _h(2, "What happens next"),
                    _p(
                        "You'll get a confirmation email straight away and a reminder text 48 hours before your "
                        "appointment. The diary is open up to ten weeks ahead; most of our regulars book their next "
                        "appointment before they leave."
                    ),
                    _h(2, "Waiting list"),
                    _p(
                        "Can't see a time that works? Join the waiting list on the booking page for the day you "
                        "want and you'll get a text the moment a slot opens. We also post last-minute cancellations "
                        "on our Instagram stories."
                    ),
                    _h(2, "Coming with friends"),
                    _p(
                        "We can book up to four people together for nails on Saturday mornings, which is perfect "
                        "before a hen do, prom or birthday night out. Group bookings need to be made by phone so we "
                        "can line up the technicians, and a deposit is needed for each person."
                    ),
                ),
                _sidebar("Need advice first?"),
            ),
            label="Booking",
        ),
        _section(
            _button("Open the booking diary", "/book-online/#booking-widget"),
            _text(
                _p(
                    '<span id="booking-widget"></span>Booking widget loads here. If it doesn\'t appear, please '
                    "refresh the page or call us."
                )
            ),
            label="Booking widget",
        ),
    ]
)

_ACADEMY = "".join(
    [
        _hero(
            "The Marlowe Academy",
            "Learn from working technicians in a real studio. Small groups, proper hands-on time on live models, "
            "and support after you qualify.",
            cta=("Enquire about a course", "/contact/"),
        ),
        _section(
            _text(
                _h(2, "Courses &amp; prices"),
                _p(
                    "All courses are taught by Gemma Marlowe or Priya Sandhu, with a maximum of four students. Your "
                    "professional kit, manual and lunch are included, and on completion you'll receive a certificate "
                    "recognised by the leading beauty insurers, so you can get insured and start charging clients."
                ),
            ),
            _table(
                ["Course", "Length", "Who it's for", "Price"],
                [
                    ["Gel Polish Manicure", "1 day", "Complete beginners", "£295"],
                    ["BIAB &amp; Builder Gel", "1 day", "Needs a gel polish qualification", "£345"],
                    ["Acrylic Nail Extensions", "3 days", "Beginners welcome", "£695"],
                    [
                        "Beginner Nail Tech Bundle (gel, BIAB &amp; acrylic)",
                        "5 days",
                        "Complete beginners: our recommended starting point",
                        "£1,150",
                    ],
                    ["Brow Lamination &amp; Tint", "1 day", "Beginners welcome", "£325"],
                    ["Lash Lift &amp; Tint", "1 day", "Beginners welcome", "£325"],
                    ["Dermaplaning", "1 day", "Needs Level 2 beauty or equivalent", "£395"],
                ],
                caption="Academy courses",
            ),
            label="Courses",
        ),
        _section(
            _text(
                _h(2, "Booking your place"),
                _p(
                    "A non-refundable deposit of £150 secures your place, with the balance due 14 days before the "
                    "course. You can spread the cost with Klarna (pay in three) when you pay online. Courses run on "
                    "Sundays and Mondays when the studio is closed to clients, so you have the space to yourself."
                ),
                _h(2, "After you qualify"),
                _p(
                    "Every student joins our private WhatsApp support group for three months after the course. "
                    "Send photos of your work and get honest feedback from your trainer."
                ),
                _h(2, "Be an academy model"),
                _p(
                    "Our students need real hands, brows and lashes to practise on. Academy model appointments cost "
                    "£10 to cover products, for gel manicures, BIAB, acrylics, brow lamination and lash lifts. Work "
                    "is fully supervised by the trainer, but please allow two to three hours. To go on the model "
                    "list, email academy@marlowestudio.co.uk with the treatment you'd like."
                ),
            ),
            _section(_reviews(), label="Student reviews"),
            label="Academy details",
        ),
    ]
)

_GIFT_CARDS = "".join(
    [
        _hero(
            "Gift Cards",
            "The present that's never the wrong size. Give a treatment, or an amount they can spend however they like.",
            cta=("Buy a gift card", "/gift-cards/#buy"),
        ),
        _section(
            _two_col(
                _text(
                    _h(2, "Choose your gift"),
                    _ul(
                        "Money gift cards in any amount from £20 upwards.",
                        "Treatment gift cards for a specific treatment, such as a lash lift or a luxury pedicure, "
                        "which cover that treatment even if our prices go up.",
                    ),
                    _h(2, '<a id="buy"></a>Buying online or in the studio'),
                    _p(
                        "E-gift cards are bought through the Buy a Gift Card button and delivered by email "
                        "instantly, either to you or straight to the person you're treating, with your own message "
                        "and a delivery date of your choice. So yes, you can have it land in your sister's inbox on "
                        "her birthday morning."
                    ),
                    _p(
                        "Prefer something to wrap? Printed gift cards come in a blush gift box with a ribbon and "
                        "can be bought at the studio, or posted to you for £2.50."
                    ),
                    _h(2, "Using a gift card"),
                    _p(
                        "Gift cards are valid for 12 months from the date of purchase. When booking online, enter "
                        "the code at checkout to cover the deposit, and the rest is taken off your bill on the day. "
                        "Any remaining balance stays on the card until it expires."
                    ),
                    _p(
                        "Gift cards can be used on any treatment and on retail products. They can't be used towards "
                        "Academy courses and can't be exchanged for cash."
                    ),
                    _h(2, "Expiring soon?"),
                    _p(
                        "Life gets busy. If your gift card is about to run out, contact us before the expiry date "
                        "and we'll extend it once, by up to three months, free of charge. We're unable to extend "
                        "cards that have already expired."
                    ),
                    _p(
                        "Lost your card? E-gift cards can be re-sent from our system. Printed cards are treated like "
                        "cash, so please keep them safe."
                    ),
                ),
                _sidebar("Treat yourself too"),
            ),
            label="Gift cards",
        ),
    ]
)

_OFFERS = "".join(
    [
        _hero(
            "Offers &amp; Bridal",
            "Ways to save, and everything for your wedding day.",
        ),
        _section(
            _text(
                _h(2, "Marlowe Rewards"),
                _p(
                    "Every appointment earns a stamp on your digital loyalty card, which is linked to your booking "
                    "account automatically. Your tenth appointment comes with £10 off."
                ),
                _h(2, "Refer a friend"),
                _p(
                    "Send a friend our way and when they've had their first appointment you'll both get £5 off your "
                    "next visit. Just ask them to mention your name when they book."
                ),
                _h(2, "Students"),
                _p(
                    "Students get 10% off all nail and brow treatments on Tuesdays, Wednesdays and Thursdays. Show a "
                    "valid student card (college, university or TOTUM) at the studio. Not valid on skin courses, "
                    "academy courses or with any other offer."
                ),
                _h(2, "NHS, carers &amp; blue light"),
                _p(
                    "NHS staff, registered carers, police, fire and ambulance crews and the armed forces get 10% off "
                    "any treatment every Tuesday, on showing ID or a Blue Light Card."
                ),
            ),
            label="Offers",
        ),
        _section(
            _text(
                _h(2, "The Bridal Edit"),
                _p(
                    "Our bridal package is £145 and covers a BIAB manicure with French or a simple design of your "
                    "choice, brow lamination and a lash lift &amp; tint, plus a dermaplaning facial. We schedule "
                    "everything for you: skin two weeks before the wedding, brows and lashes seven to ten days "
                    "before so they've settled, and nails two to three days before."
                ),
                _p(
                    "A nail trial can be added for £20 (free if you go on to book the package). We recommend "
                    "booking the Bridal Edit at least three months ahead, especially for Saturday summer weddings."
                ),
                _h(2, "Bridal party"),
                _p(
                    "Bridesmaids, mums of the bride and groom and the groom himself get 10% off gel manicures and "
                    "brow treatments booked for the week of the wedding."
                ),
            ),
            _button("Enquire about bridal", "/contact/"),
            label="Bridal",
        ),
    ]
)

_TEAM = "".join(
    [
        _hero(
            "Meet the Team",
            "Five specialists, one studio. You can choose who you see when you book online.",
        ),
        _section(
            _text(
                _h(2, "Gemma Marlowe: founder &amp; lead educator"),
                _p(
                    "Gemma has been a nail technician for 14 years and opened Marlowe in 2016. She specialises in "
                    "sculpted acrylics and structured BIAB, leads the Academy and is a qualified assessor. Works "
                    "Tuesday to Friday."
                ),
                _h(2, "Priya Sandhu: senior brow &amp; lash artist"),
                _p(
                    "Priya trained as an HD Brows stylist in 2017 and is our brow lamination and lash lift "
                    "specialist. She also teaches our brow and lash courses. Works Wednesday to Saturday, including "
                    "both late nights."
                ),
                _h(2, "Hannah Okafor: skin specialist"),
                _p(
                    "Hannah holds Level 4 qualifications in chemical skin peels and microneedling and looks after all "
                    "of our skin clients, from dermaplaning to full microneedling courses. Before beauty she was a "
                    "dental nurse, so clinical hygiene is second nature. Works Tuesday, Thursday and Saturday."
                ),
                _h(2, "Chloe Bennett: nail technician"),
                _p(
                    "Chloe is our BIAB queen and nail art lover: if it involves chrome, tiny florals or a perfect "
                    "French, she's your girl. Works Tuesday to Saturday, with a late night on Thursdays."
                ),
                _h(2, "Lily Foster: junior nail technician"),
                _p(
                    "Lily joined us as an apprentice in 2024 and now offers gel manicures, BIAB and gel toes. Her "
                    "appointments are priced 30% below our standard prices while she builds up her speed, and every "
                    "set is checked by Gemma before you leave. Book “Lily (junior)” online. Works Wednesday to "
                    "Saturday."
                ),
            ),
            _section(_reviews(), label="Reviews"),
            label="Team",
        ),
    ]
)

_FAQ_ITEMS = [
    (
        "Can I bring my own polish?",
        [
            "For a classic manicure or spa pedicure with regular polish, yes, bring your favourite shade.",
            "For gel and BIAB we only use our own professional ranges. Mixing brands affects how long the product "
            "lasts and how safely it cures, and our insurance covers only the products we are trained in.",
        ],
    ),
    (
        "Is BIAB bad for your nails?",
        [
            "Not when it's applied and removed properly. Damage usually comes from peeling product off, over-filing "
            "or rushed soak-offs. We file BIAB back and rebalance it at infills rather than soaking off every time, "
            "which is kinder to the natural nail.",
        ],
    ),
    (
        "Can I have a colour or design with BIAB?",
        [
            "Yes. BIAB comes in a range of sheer nudes and pinks included in the price. For any other colour we "
            "apply gel polish over the top for an extra £5, and nail art can be added as normal.",
        ],
    ),
    (
        "What's the difference between BIAB and acrylics?",
        [
            "BIAB is a flexible gel overlay that strengthens your own nails and can add a little length with tips. "
            "Acrylic is harder and better for real length and dramatic shapes. If you mainly want your own nails "
            "to grow, BIAB is usually the better choice.",
        ],
    ),
    (
        "Do I need a break between sets?",
        [
            "No. If your nails are removed properly and look healthy, there's no need to go bare in between. If "
            "they are thin or sore, we'll suggest a strengthening manicure and a few weeks off.",
        ],
    ),
    (
        "Do you treat men?",
        [
            "Of course. Around one in seven of our clients are men. The hand &amp; nail tidy, spa pedicure and "
            "gents' brow tidy are the favourites.",
        ],
    ),
    (
        "Do you sell aftercare products?",
        [
            "Yes: cuticle oil pens (£8), our nourishing brow serum (£18) and a lightweight SPF 50 (£26) are "
            "available in the studio.",
        ],
    ),
    (
        "Can I have a drink or use my phone during my appointment?",
        [
            "We'll offer you tea, coffee, herbal tea or squash when you arrive, and there's free Wi-Fi. Phones are "
            "tricky mid-manicure, so bring headphones and a podcast if you like.",
        ],
    ),
]

_FAQ = "".join(
    [
        _hero("FAQs", "Quick answers to the questions we get asked most."),
        _section(
            _two_col(
                _faq("Frequently asked questions", _FAQ_ITEMS),
                _sidebar("Still got a question?"),
            ),
            label="FAQ",
        ),
    ]
)

_CONTACT = "".join(
    [
        _hero(
            "Find Us",
            "Tucked away in a quiet courtyard just off Church Square, in the centre of Market Harborough.",
            cta=("Call 01858 410627", "tel:01858410627"),
        ),
        _section(
            _two_col(
                _text(
                    _h(2, "Address"),
                    _p("Marlowe Nail, Brow &amp; Skin Studio, 3 Church Square Mews, Market Harborough LE16 7NB."),
                    _p(
                        "Walk through the archway between the card shop and the café on Church Square; we're the "
                        "coach house with the sage-green door at the end of the courtyard."
                    ),
                    _h(2, "Parking"),
                    _p(
                        "There's no parking at the studio itself. The closest car park is the Commons pay and "
                        "display car park (LE16 7AF), a three-minute walk away, which costs around £2 for up to two "
                        "hours. There are also free 30-minute bays on Church Square, fine for a quick brow tidy but "
                        "not long enough for most treatments. Blue Badge holders can use the two disabled bays on "
                        "Church Square right by the archway."
                    ),
                    _h(2, "By train or bus"),
                    _p(
                        "Market Harborough station is a ten-minute walk. Most town buses stop on The Square, two "
                        "minutes away."
                    ),
                    _h(2, "Accessibility"),
                    _p(
                        "The studio is all on the ground floor with step-free access from the courtyard, and we have "
                        "an accessible toilet. Our pedicure chairs rise and lower, so just let us know if you need a "
                        "hand getting settled."
                    ),
                ),
                _text(
                    _h(3, "Opening hours"),
                    _table(
                        ["Day", "Hours"],
                        [
                            ["Monday", "Closed"],
                            ["Tuesday", "9am – 6pm"],
                            ["Wednesday", "9am – 8pm"],
                            ["Thursday", "9am – 8pm"],
                            ["Friday", "9am – 5pm"],
                            ["Saturday", "8.30am – 4pm"],
                            ["Sunday", "Closed"],
                        ],
                    ),
                    _h(3, "Holidays"),
                    _p(
                        "Bank holiday Mondays: closed, as always. Good Friday: 10am – 4pm. Christmas Eve: 8.30am – "
                        "2pm. We close from Christmas Day and reopen on 2 January."
                    ),
                    _h(3, "Get in touch"),
                    _p(
                        'Phone <a href="tel:01858410627">01858 410627</a><br/>'
                        'Email <a href="mailto:hello@marlowestudio.co.uk">hello@marlowestudio.co.uk</a><br/>'
                        'Academy enquiries <a href="mailto:academy@marlowestudio.co.uk">academy@marlowestudio.co.uk'
                        "</a>"
                    ),
                ),
            ),
            label="Find us",
        ),
        _section(
            _text(
                _h(2, "Send us a message"),
                _p("We reply to messages within one working day."),
            ),
            '<form id="comp-lxform01" class="wixui-form" data-testid="form" action="#">'
            '<label>Name<input type="text" name="name" required/></label>'
            '<label>Email<input type="email" name="email" required/></label>'
            '<label>Message<textarea name="message"></textarea></label>'
            '<button type="submit" class="wixui-button">Send</button></form>',
            '<div id="comp-lxmap01" class="wixui-google-map" data-testid="googleMap" title="Google Maps">'
            '<div class="map-placeholder">Map: 3 Church Square Mews, Market Harborough</div></div>',
            label="Contact form",
        ),
    ]
)

_PAGES = [
    (
        "/",
        "Home",
        "Independent nail, brow, lash and skin studio and training academy in Market Harborough.",
        _HOME,
    ),
    (
        "/nails/",
        "Manicures, Gel &amp; BIAB",
        "Gel polish manicures, BIAB builder gel, nail art and removals in Market Harborough.",
        _NAILS,
    ),
    (
        "/extensions/",
        "Acrylic &amp; Soft Gel Extensions",
        "Acrylic and soft gel nail extensions, infills and removals.",
        _EXTENSIONS,
    ),
    ("/pedicures/", "Pedicures", "Gel toes, spa pedicures and luxury pedicures with callus peel.", _PEDICURES),
    (
        "/brows-and-lashes/",
        "Brows &amp; Lashes",
        "Brow lamination, HD Brows, brow wax and tint, lash lift and tint.",
        _BROWS,
    ),
    ("/skin/", "Skin Treatments", "Dermaplaning, chemical peels and microneedling.", _SKIN),
    (
        "/consultations/",
        "Consultations &amp; Patch Tests",
        "Patch tests, skin consultations and contraindications.",
        _CONSULTATIONS,
    ),
    ("/aftercare/", "Aftercare", "Aftercare for nails, brows, lashes and skin treatments.", _AFTERCARE),
    ("/policies/", "Booking Policies", "Deposits, cancellations, lateness, payment and studio rules.", _POLICIES),
    ("/book-online/", "Book Online", "Book your nail, brow, lash or skin appointment online.", _BOOK),
    ("/academy/", "The Marlowe Academy", "Nail, brow, lash and dermaplaning training courses.", _ACADEMY),
    ("/gift-cards/", "Gift Cards", "E-gift cards and printed gift cards for any amount or treatment.", _GIFT_CARDS),
    ("/offers/", "Offers &amp; Bridal", "Loyalty rewards, student and NHS discounts and bridal packages.", _OFFERS),
    ("/meet-the-team/", "Meet the Team", "Meet Gemma, Priya, Hannah, Chloe and Lily.", _TEAM),
    ("/faq/", "FAQs", "Frequently asked questions about our treatments.", _FAQ),
    ("/contact/", "Find Us", "Address, parking, opening hours and contact details.", _CONTACT),
]

HTML = {path: _page(path, title, desc, body) for path, title, desc, body in _PAGES}

QUESTIONS = [
    ("how much for biab on my own nails, no tips", "/nails/"),
    (
        "I've currently got gel on that was done at another place in town, can you take it off and redo it? is there "
        "an extra charge for that",
        "/nails/",
    ),
    ("My acrylics are about 5 weeks old now, can I still just get an infill or is it too late?", "/extensions/"),
    ("Had my acrylics done at a different salon, would you be able to fill them in for me", "/extensions/"),
    (
        "My feet are in a right state after winter, cracked heels and loads of hard skin. What would you recommend "
        "and what does it cost?",
        "/pedicures/",
    ),
    ("i think i might have a fungal toe nail, can i still come for a pedicure", "/pedicures/"),
    ("How long does brow lamination actually last?", "/brows-and-lashes/"),
    ("Whats the price if I get my brows laminated and my lashes lifted in the same appointment", "/brows-and-lashes/"),
    (
        "I've got really dull skin and loads of fuzzy hair on my face, my friend said get it 'shaved' at a salon?? "
        "what's that called and how much",
        "/skin/",
    ),
    (
        "How many microneedling sessions would I need for old acne scars, and is it cheaper if I book a few at once?",
        "/skin/",
    ),
    ("Do I really need a patch test before a lash lift? I had one done at my old salon in March", "/consultations/"),
    ("I'm on roaccutane at the moment, can I still have dermaplaning?", "/consultations/"),
    ("just had my brows laminated this morning, am I ok to go swimming tonight?", "/aftercare/"),
    (
        "My eyelids have gone all itchy and puffy since my tint yesterday, what should I do",
        "/aftercare/",
    ),
    ("If I cancel my appointment for tomorrow do I lose my deposit?", "/policies/"),
    (
        "Childcare has fallen through for Saturday, is it ok if my 4 year old sits with me while I get my nails done?",
        "/policies/",
    ),
    ("can i just walk in for a gel mani on saturday or do i have to book", "/book-online/"),
    (
        "I'd love to become a nail tech but I've got zero experience, which course should I start with and how much "
        "is it?",
        "/academy/",
    ),
    (
        "My mum got me a voucher for my birthday last year and it runs out next week, I haven't had a chance to use "
        "it. Can it be extended?",
        "/gift-cards/",
    ),
    ("do you do a student discount", "/offers/"),
    ("Getting married next June, do you do any kind of package for brides?", "/offers/"),
    (
        "Is there a junior nail tech I could book in with who's a bit cheaper? Money's tight but I get my gels "
        "done every few weeks",
        "/meet-the-team/",
    ),
    ("can I bring my own gel polish, I've got a colour I love", "/faq/"),
    ("Where's best to park when I come to you?", "/contact/"),
    ("are you open on christmas eve", "/contact/"),
]

OUT_OF_SCOPE = [
    "Do you do lip fillers or Botox?",
    "Do you do eyelash extensions? Like the full set individual ones",
    "Can I get a spray tan before my holiday?",
    "Do you do ear piercing? My daughter wants her ears done",
    "I'm housebound, could someone come to my house to do my nails?",
    "Are you hiring at the moment? I'm a qualified nail tech looking for a chair",
    "Can you recommend a good hairdresser near you?",
    "What time does the big Tesco in Market Harborough shut tonight?",
]
