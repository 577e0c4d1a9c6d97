"""An evaluation site: Hollybrook Hounds, a dog training and behaviour business near Tewkesbury (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. Built like a Wix site: deeply nested
divs with generated comp-* ids, data-testid attributes, wixui-rich-text blocks with font_8 paragraphs, a
SITE_HEADER with a dropdown menu and a hidden mobile menu, and a SITE_FOOTER.
"""

import hashlib
import itertools

NAME = "Hollybrook Hounds Dog Training & Behaviour"

_BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz"
_counter = itertools.count(1)


def _cid():
    """A Wix-looking component id such as comp-kz3x9a1b (deterministic)."""
    n = int(hashlib.sha256(f"hollybrook-{next(_counter)}".encode()).hexdigest(), 16)
    chars = []
    for _ in range(7):
        n, r = divmod(n, 36)
        chars.append(_BASE36[r])
    return "comp-k" + "".join(chars)


# ---------------------------------------------------------------- building blocks (Wix markup)


def _p(text):
    return (
        '<p class="font_8 wixui-rich-text__text" style="line-height:1.6em;">'
        f'<span style="font-size:16px;" class="wixui-rich-text__text">{text}</span></p>'
    )


def _h(text, level=2):
    font = {1: "font_0", 2: "font_2", 3: "font_5", 4: "font_6"}[level]
    return (
        f'<h{level} class="{font} wixui-rich-text__text">'
        f'<span style="font-weight:bold;" class="wixui-rich-text__text">{text}</span></h{level}>'
    )


def _ul(*items):
    lis = "".join(
        '<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">'
        f'<span class="wixui-rich-text__text">{item}</span></p></li>'
        for item in items
    )
    return f'<ul class="font_8 wixui-rich-text__text">{lis}</ul>'


def _rt(*blocks):
    cid = _cid()
    return (
        f'<div id="{cid}" class="KcpHeO tz5f0K {cid} wixui-rich-text" data-testid="richTextElement">'
        + "".join(blocks)
        + "</div>"
    )


def _btn(label, href):
    cid = _cid()
    return (
        f'<div class="{cid} R6ex7N wixui-button" id="{cid}" data-semantic-classname="button">'
        f'<a data-testid="linkElement" href="{href}" target="_self" class="PlZyDq" aria-disabled="false">'
        f'<span class="w4Vxx6 wixui-button__label">{label}</span></a></div>'
    )


def _img(alt, name):
    cid = _cid()
    return (
        f'<div id="{cid}" class="MazNVa {cid} wixui-image" data-testid="imageX">'
        f'<div data-testid="linkElement" class="j7pOnl"><wix-image id="img_{cid}" class="HlRz5e BI8PVQ" '
        f'data-image-info=\'{{"containerId":"{cid}","displayMode":"fill"}}\' data-bg-effect-name="">'
        f'<img src="/_media/{name}" alt="{alt}" style="width:100%;height:100%;object-fit:cover" '
        'fetchpriority="high" width="480" height="320"></wix-image></div></div>'
    )


def _col(*content, width=100):
    cid = _cid()
    return (
        f'<div id="{cid}" class="{cid} YzqVVZ wixui-column-strip__column" style="--column-width:{width}%">'
        f'<div id="bgLayers_{cid}" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" '
        f'class="LWbAav Kv1aVt"></div><div id="bgMedia_{cid}" class="VgO9Yg"></div></div>'
        f'<div data-mesh-id="{cid}inlineContent" data-testid="inline-content" class="">'
        f'<div data-mesh-id="{cid}inlineContent-gridContainer" data-testid="mesh-container-content">'
        + "".join(content)
        + "</div></div></div>"
    )


def _section(*cols):
    cid = _cid()
    return (
        f'<section id="{cid}" tabindex="-1" class="Oqnisf {cid} wixui-section" data-block-level-container'
        f'="ClassicSection"><div id="bgLayers_{cid}" data-hook="bgLayers" class="MW5IWV">'
        '<div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div>'
        f'<div data-testid="columns" class="V5AUxf"><div class="comp-strip-wrapper" data-testid="responsive-container">'
        + "".join(cols)
        + "</div></div></section>"
    )


def _table(headers, rows, caption=""):
    cid = _cid()
    head = "".join(f'<th class="tm-header-cell" scope="col">{h}</th>' for h in headers)
    body = "".join(
        '<tr class="tm-row">'
        + "".join(f'<td class="tm-cell"><span class="tm-text">{c}</span></td>' for c in row)
        + "</tr>"
        for row in rows
    )
    cap = f'<caption class="tm-caption">{caption}</caption>' if caption else ""
    return (
        f'<div id="{cid}" class="{cid} wixui-table" data-testid="table"><div class="tm-scroll-wrapper">'
        f'<table class="table-master" role="table">{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody>'
        "</table></div></div>"
    )


def _accordion(*items):
    cid = _cid()
    parts = []
    for i, (question, answer) in enumerate(items, 1):
        parts.append(
            f'<div class="accordion-item" data-hook="faq-item-{i}">'
            f'<button class="accordion-toggle" aria-expanded="false" data-hook="faq-question">{question}</button>'
            f'<div class="accordion-panel" role="region" data-hook="faq-answer">'
            f'<p class="font_8 wixui-rich-text__text">{answer}</p></div></div>'
        )
    return (
        f'<div id="{cid}" class="{cid} faq-widget" data-testid="faqWidget"><div class="accordion" data-hook="faq-list">'
        + "".join(parts)
        + "</div></div>"
    )


def _reviews(*reviews):
    cid = _cid()
    items = "".join(
        f'<div class="{cid}__item wixui-repeater__item" data-testid="repeater-item" role="listitem">'
        '<div class="review-card"><div class="review-stars" aria-label="5 out of 5 stars">&#9733;&#9733;&#9733;'
        f'&#9733;&#9733;</div><p class="font_8 wixui-rich-text__text review-quote">&ldquo;{quote}&rdquo;</p>'
        f'<p class="font_9 wixui-rich-text__text review-author">{who}</p></div></div>'
        for quote, who in reviews
    )
    return (
        f'<div id="{cid}" class="{cid} wixui-repeater" data-testid="repeater" role="list">'
        f'<div data-testid="wrapper" class="wixui-repeater__wrapper">{items}</div></div>'
    )


def _sidebar():
    return _col(
        _rt(
            _h("Not sure where to start?", 3),
            _p(
                "Every dog is different. Drop us a message or give us a ring and we'll point you towards the "
                "course or service that suits you and your dog."
            ),
        ),
        _btn("Get in touch", "/contact/"),
        _rt(
            _h("Kind words", 3),
            _p(
                "&ldquo;The whole team genuinely care about the dogs. We've done three courses now and "
                "Biscuit drags me to the barn every week!&rdquo; &ndash; Rachel, Tewkesbury"
            ),
        ),
        _img("Springer spaniel sitting on the training field at Hollybrook Farm", "c4a1e2_springer~mv2.jpg"),
        width=32,
    )


# ---------------------------------------------------------------- shared header / footer

_NAV = [
    ("Home", "/"),
    ("Puppy Classes", "/puppy-classes/"),
    (
        "Training",
        [
            ("Obedience Courses", "/obedience-courses/"),
            ("Workshops", "/workshops/"),
            ("Residential Training", "/residential-training/"),
        ],
    ),
    (
        "Behaviour",
        [
            ("Behaviour Consultations", "/behaviour-consultations/"),
            ("Separation Anxiety", "/separation-anxiety/"),
        ],
    ),
    ("Walking &amp; Day Care", [("Dog Walking", "/dog-walking/"), ("Day Care", "/day-care/")]),
    ("Prices", "/prices/"),
    ("About", [("Meet the Team", "/meet-the-team/"), ("Our Approach", "/our-approach/")]),
    (
        "Info",
        [
            ("Health &amp; Vaccinations", "/health-and-vaccinations/"),
            ("Booking Terms", "/booking-terms/"),
            ("FAQs", "/faq/"),
            ("Puppy Advice", "/advice/"),
        ],
    ),
    ("Find Us", "/find-us/"),
    ("Contact", "/contact/"),
]

_M = "StylableHorizontalMenu3372578893"
_I = "itemDepth02233374943"


def _menu_link(label, href, current, depth):
    cur = ' aria-current="page"' if href == current else ""
    label_cls = "wixui-horizontal-menu__item-label" if depth == 0 else "wixui-horizontal-menu__submenu-item-label"
    return (
        f'<a data-testid="linkElement" href="{href}" target="_self" class="{_I}__container"{cur}>'
        f'<span class="{_I}__label {label_cls}">{label}</span></a>'
    )


def _desktop_menu(current):
    lis = []
    for label, target in _NAV:
        if isinstance(target, str):
            lis.append(
                f'<li class="{_M}__menuItem wixui-horizontal-menu__item" data-testid="menuItem" data-item-depth="0" '
                f'data-is-current="{str(target == current).lower()}"><div class="{_I}__root">'
                f"{_menu_link(label, target, current, 0)}</div></li>"
            )
            continue
        sub = "".join(
            f'<li class="{_M}__submenuItem" data-item-depth="1" data-testid="menuItem">'
            f'<div class="{_I}__root">{_menu_link(sl, sh, current, 1)}</div></li>'
            for sl, sh in target
        )
        lis.append(
            f'<li class="{_M}__menuItem wixui-horizontal-menu__item" data-testid="menuItem" data-item-depth="0" '
            f'aria-haspopup="true"><div class="{_I}__root {_I}--isParent"><div class="{_I}__container" '
            f'role="button" tabindex="0"><span class="{_I}__label wixui-horizontal-menu__item-label">{label}</span>'
            f'</div><button class="{_M}__dropdownToggle" aria-label="More {label} pages" aria-expanded="false">'
            f'<svg viewBox="0 0 12 8" width="12" height="8"><path d="M1 1l5 5 5-5"/></svg></button></div>'
            f'<div class="{_M}__submenuContainer" data-testid="submenu" role="group">'
            f'<ul class="{_M}__submenu">{sub}</ul></div></li>'
        )
    cid = _cid()
    return (
        f'<nav id="{cid}" aria-label="Site" class="{_M}__root {cid} wixui-horizontal-menu" '
        f'data-testid="horizontalMenu"><ul class="{_M}__menu" data-testid="menu">{"".join(lis)}</ul></nav>'
    )


def _mobile_menu():
    links = []
    for label, target in _NAV:
        pairs = [(label, target)] if isinstance(target, str) else target
        links.extend(
            f'<li class="wixui-expandable-menu__item" data-testid="expandableMenuItem"><a href="{h}" '
            f'class="Oe2Yfr"><span class="wixui-expandable-menu__item-label">{lab}</span></a></li>'
            for lab, h in pairs
        )
    return (
        '<div id="MENU_AS_CONTAINER_TOGGLE" class="wixui-hamburger-open-button" role="button" tabindex="0" '
        'aria-label="Open navigation menu" aria-expanded="false" aria-haspopup="true"><div class="lQ9lz">'
        "<span></span><span></span><span></span></div></div>"
        '<div id="MENU_AS_CONTAINER" class="wixui-hamburger-menu-container" data-testid="menuContainer" '
        'style="display:none" aria-hidden="true"><div class="ohdTkq"><nav id="MENU_AS_CONTAINER_EXPANDABLE_MENU" '
        'aria-label="Site" class="wixui-expandable-menu"><ul class="_vfyA">'
        + "".join(links)
        + "</ul></nav></div></div>"
    )


def _header(current):
    return (
        '<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1" data-testid="layout-wrapper">'
        '<div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBgCenter"></div></div>'
        '<div class="U4Bvut"><div class="G5K6X8"><div class="gUbusX" data-testid="screenWidthContainerBg"></div>'
        '</div><div class="CJF7A2"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">'
        '<div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">'
        '<div id="comp-kz3x9a1b" class="comp-kz3x9a1b wixui-box" data-testid="container-bg">'
        '<div class="topbar-strip">'
        '<p class="font_9 wixui-rich-text__text">Reward-based dog training &amp; behaviour in Tewkesbury and '
        'the north Cotswolds &nbsp;|&nbsp; <a href="tel:01684291473">01684 291473</a></p></div>'
        '<div id="comp-kz3xlogo" class="comp-kz3xlogo wixui-image" data-testid="imageX">'
        '<a data-testid="linkElement" href="/" class="j7pOnl"><wix-image id="img_comp-kz3xlogo" class="HlRz5e">'
        '<img src="/_media/hollybrook-logo~mv2.png" alt="Hollybrook Hounds logo" width="180" height="72">'
        "</wix-image></a></div>"
        '<div id="comp-kz3xname" class="KcpHeO tz5f0K comp-kz3xname wixui-rich-text" data-testid="richTextElement">'
        '<p class="font_4 wixui-rich-text__text"><span class="wixui-rich-text__text">HOLLYBROOK HOUNDS</span></p>'
        '<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">Dog Training &amp; '
        "Behaviour</span></p></div>"
        + _desktop_menu(current)
        + _mobile_menu()
        + _btn("Book Now", "/prices/")
        + "</div></div></div></div></div></header>"
    )


_FOOTER = (
    '<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1" data-testid="layout-wrapper">'
    '<div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBgCenter"></div></div>'
    '<div class="U4Bvut"><div class="CJF7A2"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content">'
    '<div data-mesh-id="SITE_FOOTERinlineContent-gridContainer" data-testid="mesh-container-content">'
    '<div id="comp-lf0ot1" class="comp-lf0ot1 wixui-column-strip" data-testid="columns">'
    '<div id="comp-lf0ot2" class="wixui-column-strip__column"><div data-testid="inline-content">'
    '<div class="KcpHeO tz5f0K wixui-rich-text" data-testid="richTextElement">'
    '<h4 class="font_6 wixui-rich-text__text">HOLLYBROOK HOUNDS</h4>'
    '<p class="font_9 wixui-rich-text__text">Friendly, reward-based dog training and behaviour support for '
    "Tewkesbury, Cheltenham and the villages in between.</p></div></div></div>"
    '<div id="comp-lf0ot3" class="wixui-column-strip__column"><div data-testid="inline-content">'
    '<div class="KcpHeO tz5f0K wixui-rich-text" data-testid="richTextElement">'
    '<h4 class="font_6 wixui-rich-text__text">VISIT</h4>'
    '<p class="font_9 wixui-rich-text__text">Hollybrook Farm<br>Bredon Road<br>Tewkesbury<br>Gloucestershire '
    "GL20 7EX</p></div></div></div>"
    '<div id="comp-lf0ot4" class="wixui-column-strip__column"><div data-testid="inline-content">'
    '<div class="KcpHeO tz5f0K wixui-rich-text" data-testid="richTextElement">'
    '<h4 class="font_6 wixui-rich-text__text">CONTACT</h4>'
    '<p class="font_9 wixui-rich-text__text">Tel: <a href="tel:01684291473">01684 291473</a><br>'
    'Email: <a href="mailto:hello@hollybrookhounds.co.uk">hello@hollybrookhounds.co.uk</a></p>'
    '<p class="font_9 wixui-rich-text__text">Office: Mon&ndash;Fri 9am&ndash;5pm, Sat 9am&ndash;12pm</p>'
    "</div></div></div>"
    '<div id="comp-lf0ot5" class="wixui-column-strip__column"><div data-testid="inline-content">'
    '<div class="KcpHeO tz5f0K wixui-rich-text" data-testid="richTextElement">'
    '<h4 class="font_6 wixui-rich-text__text">EXPLORE</h4>'
    '<p class="font_9 wixui-rich-text__text"><a href="/puppy-classes/">Puppy Classes</a><br>'
    '<a href="/behaviour-consultations/">Behaviour Help</a><br><a href="/day-care/">Day Care</a><br>'
    '<a href="/prices/">Prices</a><br><a href="/booking-terms/">Booking Terms</a><br>'
    '<a href="/faq/">FAQs</a></p></div></div></div></div>'
    '<div id="comp-lf0ot6" class="comp-lf0ot6 wixui-social-links-bar" data-testid="linkBar">'
    '<ul class="cRSWPl" aria-label="Social Bar">'
    '<li class="WRHd8S" data-testid="linkBarItem"><a href="https://www.facebook.com/hollybrookhounds" '
    'target="_blank" rel="noreferrer noopener" aria-label="Facebook"><img src="/_media/facebook-icon.png" '
    'alt="Facebook"></a></li>'
    '<li class="WRHd8S" data-testid="linkBarItem"><a href="https://www.instagram.com/hollybrookhounds" '
    'target="_blank" rel="noreferrer noopener" aria-label="Instagram"><img src="/_media/instagram-icon.png" '
    'alt="Instagram"></a></li>'
    '<li class="WRHd8S" data-testid="linkBarItem"><a href="https://www.tiktok.com/@hollybrookhounds" '
    'target="_blank" rel="noreferrer noopener" aria-label="TikTok"><img src="/_media/tiktok-icon.png" '
    'alt="TikTok"></a></li>'
    '<li class="WRHd8S" data-testid="linkBarItem"><a href="https://www.youtube.com/@hollybrookhounds" '
    'target="_blank" rel="noreferrer noopener" aria-label="YouTube"><img src="/_media/youtube-icon.png" '
    'alt="YouTube"></a></li></ul></div>'
    '<div id="comp-lf0ot7" class="comp-lf0ot7 wixui-box accreditation-strip">'
    '<img src="/_media/apbc-logo.png" alt="Association of Pet Behaviour Counsellors member">'
    '<img src="/_media/abtc-logo.png" alt="Animal Behaviour and Training Council registered">'
    '<img src="/_media/imdt-logo.png" alt="IMDT accredited trainer"></div>'
    '<div class="KcpHeO tz5f0K wixui-rich-text" data-testid="richTextElement">'
    '<p class="font_9 wixui-rich-text__text" style="text-align:center">&copy; 2025 Hollybrook Hounds Ltd. '
    "Registered in England &amp; Wales no. 09411872. &nbsp;Proudly created with Wix.com</p>"
    '<p class="font_9 wixui-rich-text__text" style="text-align:center"><a href="#">Privacy Policy</a> | '
    '<a href="#">Cookie Settings</a></p></div>'
    "</div></div></div></div></footer>"
)

_COOKIES = (
    '<div id="consent-banner-root" data-hook="consent-banner-root"><div class="consent-banner" role="dialog" '
    'aria-label="Cookie banner" data-hook="ccsu-banner-wrapper"><div class="consent-banner__text">'
    "<p>This website uses cookies. We use cookies to see how you interact with it. By accepting, you agree to "
    'our use of such cookies. <a href="#" data-hook="consent-banner-privacy-policy">Privacy Policy</a></p></div>'
    '<div class="consent-banner__buttons"><button data-hook="consent-banner-settings-button">Settings</button>'
    '<button data-hook="consent-banner-decline-button">Decline All</button>'
    '<button data-hook="consent-banner-apply-button">Accept</button></div></div></div>'
)


def _page(path, title, description, *sections):
    page_id = _cid().replace("comp-", "")
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<title>{title}</title>
<meta name="description" content="{description}">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{description}">
<meta property="og:url" content="https://www.hollybrookhounds.co.uk{path}">
<meta property="og:site_name" content="Hollybrook Hounds">
<meta property="og:type" content="website">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.hollybrookhounds.co.uk{path}">
<link rel="icon" sizes="192x192" href="/_media/favicon-192.png" type="image/png">
<link rel="stylesheet" href="/_partials/wix-thunderbolt/dist/main.renderer.min.css">
<link rel="stylesheet" href="/_partials/site-styles/hollybrook.css">
<script type="application/json" id="wix-essential-viewer-model">{{"siteFeatures":["consentPolicy","dynamicPages"],
"site":{{"language":"en","locale":"en-gb"}},"pageId":"{page_id}"}}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}
gtag('js',new Date());gtag('config','G-7QX2H4PLMN',{{'anonymize_ip':true}});</script>
</head>
<body class="responsive">
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus"
role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
{_header(path)}
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true">
<div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="{page_id}" class="dBAkHi theme-vars {page_id}">
<div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<div id="Containerc{page_id}" class="Containerc{page_id} SPY_vo"><div data-mesh-id="Containerc{page_id}inlineContent"
data-testid="inline-content" class=""><div data-mesh-id="Containerc{page_id}inlineContent-gridContainer"
data-testid="mesh-container-content">
{"".join(sections)}
</div></div></div></div></div></div>
</main>
{_FOOTER}
</div></div></div></div>
{_COOKIES}
</body>
</html>
"""


# ---------------------------------------------------------------- pages

_HOME = _page(
    "/",
    "Dog Training Tewkesbury | Puppy Classes &amp; Behaviour | Hollybrook Hounds",
    "Reward-based puppy classes, obedience courses, behaviour consultations, dog walking and day care at "
    "Hollybrook Farm, Tewkesbury.",
    _section(
        _col(
            _rt(
                _h("Happy dogs. Confident owners.", 1),
                _p(
                    "Welcome to Hollybrook Hounds, a family-run dog training and behaviour business on a working "
                    "farm just outside Tewkesbury. Since 2014 we've helped more than 4,000 local dogs and their "
                    "people &ndash; from brand new puppies learning their name to rescue dogs finding their feet "
                    "and grown-up dogs who just need a little polish."
                ),
                _p(
                    "Everything we do is kind, modern and reward-based. Our team includes a Clinical Animal "
                    "Behaviourist and accredited trainers, and we train in a heated indoor barn and a secure "
                    "two-acre field, so come rain or shine your dog can learn in comfort."
                ),
            ),
            _btn("See our prices", "/prices/"),
            _btn("Meet the team", "/meet-the-team/"),
            width=60,
        ),
        _col(_img("Group of puppies sitting in a line in the training barn", "b7e2f1_puppies~mv2.jpg"), width=40),
    ),
    _section(
        _col(
            _rt(
                _h("How we can help"),
                _h("Puppy Classes", 3),
                _p("Small, calm classes that give your puppy the best possible start in life."),
            ),
            _btn("Puppy classes", "/puppy-classes/"),
            width=33,
        ),
        _col(
            _rt(
                _h("Obedience &amp; Workshops", 3),
                _p(
                    "Everyday manners for dogs of all ages, plus fun one-off workshops when you fancy trying "
                    "something new."
                ),
            ),
            _btn("Training courses", "/obedience-courses/"),
            width=33,
        ),
        _col(
            _rt(
                _h("Behaviour Help", 3),
                _p(
                    "Worried, barky, or struggling when left? One-to-one support from a qualified behaviourist "
                    "who will never judge you or your dog."
                ),
            ),
            _btn("Behaviour consultations", "/behaviour-consultations/"),
            width=33,
        ),
    ),
    _section(
        _col(
            _rt(
                _h("Stay &amp; Train", 3),
                _p("Short residential stays where your dog learns the basics while living as part of a family."),
            ),
            _btn("Residential training", "/residential-training/"),
            width=33,
        ),
        _col(
            _rt(
                _h("Dog Walking", 3),
                _p("Small-group and solo walks with trainers who know how to keep your dog's manners on track."),
            ),
            _btn("Dog walking", "/dog-walking/"),
            width=33,
        ),
        _col(
            _rt(
                _h("Day Care", 3),
                _p("A sociable, structured day at the farm with plenty of play, sniffing and snoozing."),
            ),
            _btn("Day care", "/day-care/"),
            width=33,
        ),
    ),
    _section(
        _col(
            _rt(_h("What our clients say")),
            _reviews(
                (
                    "We were at our wits' end with our rescue collie. Hannah listened, never made us feel silly "
                    "and gave us a plan that actually fitted our lives. Six months on we can walk past other dogs!",
                    "Dave &amp; Priya, Bishop's Cleeve",
                ),
                (
                    "Puppy class was the highlight of our week. Tom explains everything so clearly and the "
                    "small group meant our nervous little whippet never felt overwhelmed.",
                    "Lucy, Tewkesbury",
                ),
                (
                    "Bramble adores day care and comes home happily tired. The photo updates make my day.",
                    "Mark, Ashchurch",
                ),
            ),
        )
    ),
    _section(
        _col(
            _rt(
                _h("Ready to get started?"),
                _p(
                    "Courses fill quickly, especially in spring and after Christmas, so we recommend booking a few "
                    "weeks ahead."
                ),
            ),
            _btn("Book Now", "/prices/"),
            _btn("Ask a question", "/contact/"),
        )
    ),
)

_PUPPY = _page(
    "/puppy-classes/",
    "Puppy Classes | Hollybrook Hounds",
    "Puppy Foundations six-week course and Puppy Playtime sessions in our heated barn near Tewkesbury.",
    _section(
        _col(
            _rt(
                _h("Puppy Classes", 1),
                _p(
                    "The first few months shape the dog your puppy will become. Our puppy classes are small, "
                    "calm and fun, and they're designed around real family life &ndash; not competition "
                    "obedience."
                ),
                _h("Puppy Foundations (6-week course)"),
                _p(
                    "For puppies aged 8 to 18 weeks at the first session. The course runs for six weekly, "
                    "one-hour sessions in our heated indoor barn with its non-slip rubber floor."
                ),
                _table(
                    ["Course", "Day", "Time", "Where"],
                    [
                        ["Puppy Foundations", "Tuesday", "6:30pm &ndash; 7:30pm", "Indoor barn"],
                        ["Puppy Foundations", "Saturday", "9:30am &ndash; 10:30am", "Indoor barn"],
                        ["Puppy Playtime (drop-in)", "Saturday", "10:45am &ndash; 11:15am", "Indoor barn"],
                    ],
                    caption="Puppy class timetable",
                ),
                _p(
                    "We take a maximum of six puppies per class with two trainers, so every puppy gets "
                    "individual attention and shy puppies have space to watch from a quiet corner until "
                    "they feel brave. New courses start roughly every six weeks."
                ),
                _h("What your puppy will learn", 3),
                _ul(
                    "Responding to their name and checking in with you",
                    "Sit, down and a settle on a mat",
                    "The beginnings of a reliable recall",
                    "Walking nicely on a loose lead",
                    "Being handled and examined, so vet visits and a brush at home are stress-free",
                    "Calm confidence around new sounds, surfaces and people",
                ),
                _h("Puppy Pre-School evening", 3),
                _p(
                    "The Monday before every course starts we hold a free online Puppy Pre-School evening on "
                    "Zoom for owners only &ndash; leave the puppy asleep at home! We explain how the course works, "
                    "how to use rewards and what to practise in your first week."
                ),
                _h("Puppy Playtime", 3),
                _p(
                    "A supervised play session for puppies under 20 weeks. We match puppies by size and "
                    "confidence and step in to give breaks, so play stays polite and nobody gets bowled over. "
                    "Places must be booked online by 5pm on the Friday before."
                ),
                _h("What next?", 3),
                _p(
                    "Once your puppy graduates, most families move straight on to our Foundation Manners course "
                    "to keep things going through the teenage months."
                ),
            ),
            _btn("View prices &amp; book", "/prices/"),
            _btn("Vaccination rules", "/health-and-vaccinations/"),
            width=68,
        ),
        _sidebar(),
    ),
)

_OBEDIENCE = _page(
    "/obedience-courses/",
    "Obedience Courses | Hollybrook Hounds",
    "Foundation Manners, Improvers and Advanced obedience courses including the Kennel Club Good Citizen Dog Scheme.",
    _section(
        _col(
            _rt(
                _h("Obedience Courses", 1),
                _p(
                    "Whether you've got a bouncy adolescent, a newly adopted rescue or a grown-up dog who has "
                    "never had any training, our six-week courses build real-life manners step by step. Classes "
                    "are for dogs aged five months and over, with a maximum of eight dogs per class."
                ),
                _h("Foundation Manners"),
                _p(
                    "The place to start. We cover attention, sit and down with distractions, waiting at doors "
                    "and gates, loose-lead walking, recall on a long line, polite greetings and settling in a "
                    "café or pub. Wednesdays 7:00pm or Saturdays 11:30am."
                ),
                _h("Improvers"),
                _p(
                    "For dogs who have completed Foundation Manners (or an equivalent course elsewhere). We add "
                    "distance and duration to stays, recall away from other dogs and smells, leave it, and "
                    "walking past distractions. Wednesdays 8:10pm."
                ),
                _h("Advanced &amp; Kennel Club Good Citizen"),
                _p(
                    "Our Advanced course follows the Kennel Club Good Citizen Dog Scheme, the UK's largest dog "
                    "training programme. Dogs work towards the Bronze, Silver and Gold awards, and the test is "
                    "taken in the final week of the course with Tom, who is a Kennel Club approved examiner. "
                    "Every dog who passes receives an official Kennel Club certificate and rosette. "
                    "Thursdays 7:00pm."
                ),
                _h("Indoors or outdoors?", 3),
                _p(
                    "From May to September the Improvers and Advanced classes move outside onto our secure "
                    "field, which is great practice for the real world. Foundation Manners stays in the barn "
                    "all year."
                ),
                _h("Is a group class right for my dog?", 3),
                _p(
                    "Group classes suit most dogs, but if your dog finds other dogs very difficult a busy class "
                    "isn't the kindest place to start. Have a look at our behaviour support instead, or call "
                    "us for a chat."
                ),
            ),
            _table(
                ["Course", "Day", "Time", "Length"],
                [
                    ["Foundation Manners", "Wednesday / Saturday", "7:00pm / 11:30am", "6 weeks"],
                    ["Improvers", "Wednesday", "8:10pm", "6 weeks"],
                    ["Advanced &amp; Good Citizen", "Thursday", "7:00pm", "6 weeks"],
                ],
            ),
            _btn("View prices &amp; book", "/prices/"),
            width=68,
        ),
        _sidebar(),
    ),
)

_WORKSHOPS = _page(
    "/workshops/",
    "Workshops &amp; Short Courses | Hollybrook Hounds",
    "Recall, loose lead walking, scentwork, fireworks and canine first aid workshops near Tewkesbury.",
    _section(
        _col(
            _rt(
                _h("Workshops &amp; Short Courses", 1),
                _p(
                    "Not ready to commit to a six-week course, or looking for something new to enjoy with "
                    "your dog? Our workshops focus on one topic in depth. Dates are released three months ahead "
                    "on our booking page and on Facebook."
                ),
                _h("Recall Rescue &ndash; &pound;45"),
                _p(
                    "A two-hour Saturday afternoon workshop held once a month on our secure field. We look at "
                    "why dogs don't come back, build a recall your dog actually wants to respond to, and practise "
                    "safe long-line handling. Maximum six dogs."
                ),
                _h("Loose Lead Clinic &ndash; &pound;35"),
                _p(
                    "Ninety minutes of practical help for dogs who pull. We'll look at your equipment, teach "
                    "a simple lead-walking game and practise on the farm track."
                ),
                _h("Scentwork for Beginners &ndash; &pound;95"),
                _p(
                    "A four-week course on Monday evenings at 7pm in the barn. Dogs learn to search for a "
                    "hidden target scent among boxes, suitcases and everyday objects &ndash; starting with food and "
                    "moving on to a real odour. Sniffing is hugely satisfying and tiring for dogs, so it's "
                    "perfect for spaniels, hounds, older dogs taking life slower and dogs who need a rest from "
                    "other dogs, as each dog searches on its own while the others wait in the car."
                ),
                _h("Fireworks &amp; Noise Confidence talk &ndash; &pound;15 per household", 2),
                _p(
                    "An online evening talk held every October, covering how to prepare your home, sound "
                    "desensitisation and when to speak to your vet. Everyone who books gets the recording."
                ),
                _h("Canine First Aid for Owners &ndash; &pound;65"),
                _p(
                    "A Sunday morning course run with registered veterinary nurse Claire Benson. Learn how to "
                    "deal with cuts, heatstroke, choking and more. This one is humans only, and you'll receive a "
                    "certificate of attendance."
                ),
            ),
            _btn("Book a workshop", "/prices/"),
            width=68,
        ),
        _sidebar(),
    ),
)

_BEHAVIOUR = _page(
    "/behaviour-consultations/",
    "Behaviour Consultations | Reactive &amp; Anxious Dogs | Hollybrook Hounds",
    "One-to-one behaviour consultations with a Clinical Animal Behaviourist for reactivity, fear, guarding and "
    "aggression.",
    _section(
        _col(
            _rt(
                _h("One-to-One Behaviour Consultations", 1),
                _p(
                    "Living with a dog who is worried, reactive or aggressive can be exhausting and lonely. "
                    "Our behaviour service is led by Hannah, our Clinical Animal Behaviourist, and is for "
                    "problems that need more than a training class, such as:"
                ),
                _ul(
                    "Barking, lunging or growling at other dogs, people, bikes or traffic on walks",
                    "Fear of visitors, strangers or the outside world",
                    "Guarding food, toys, beds or people",
                    "Growling, snapping or biting at family members",
                    "Fights or tension between dogs in the same household",
                    "Sudden changes in behaviour",
                ),
                _h("How it works"),
                _ul(
                    "<strong>1. Questionnaire.</strong> After booking you'll receive a detailed questionnaire "
                    "about your dog's history, routine and the problem. If your dog has ever bitten, please tell "
                    "us here.",
                    "<strong>2. Vet referral.</strong> We work on veterinary referral, because pain and medical "
                    "problems are behind many behaviour changes. We send your vet a short form to complete "
                    "before we meet.",
                    "<strong>3. Initial consultation.</strong> Around two and a half to three hours, either at "
                    "your home or in our consulting room at the farm. We'll talk, observe your dog and start "
                    "practical work straight away.",
                    "<strong>4. Behaviour plan.</strong> You'll receive a written report and step-by-step plan "
                    "within seven days, and a copy goes to your vet.",
                    "<strong>5. Support.</strong> Six weeks of email and phone support is included, with "
                    "follow-up sessions as needed.",
                ),
                _h("Calm Canines small group"),
                _p(
                    "Once you've had an initial consultation, reactive dogs may be invited to join Calm Canines, "
                    "a Sunday 8am group on our field for no more than four dogs. Arrivals are staggered, "
                    "each dog has its own screened area, and we work at a distance that keeps everyone "
                    "comfortable."
                ),
                _h("Can I claim on my pet insurance?"),
                _p(
                    "Often, yes. Because Hannah is an ABTC-registered Clinical Animal Behaviourist and we work on "
                    "vet referral, many insurers cover behaviour consultations under the vet fees or behavioural "
                    "section of a lifetime policy. Check your policy wording first. You pay us at the time and "
                    "then claim; we'll supply the invoice and report your insurer needs, but we can't claim "
                    "directly from the insurer."
                ),
                _h("Home visits", 3),
                _p(
                    "Home visits are included within 20 miles of Tewkesbury. Further afield we add travel at "
                    "45p per mile."
                ),
            ),
            _btn("Prices", "/prices/"),
            _btn("Ask about a consultation", "/contact/"),
            width=68,
        ),
        _sidebar(),
    ),
)

_SEPARATION = _page(
    "/separation-anxiety/",
    "Separation Anxiety Training | Hollybrook Hounds",
    "Remote separation anxiety programmes for dogs who cannot cope when left alone.",
    _section(
        _col(
            _rt(
                _h("Separation Anxiety", 1),
                _p(
                    "Some dogs simply can't cope with being left. If your dog barks or howls, scratches at doors, "
                    "chews around exits, has accidents, pants or drools, or won't eat while you're out, they may "
                    "be suffering from separation-related distress. It isn't naughtiness or spite, and it isn't "
                    "your fault &ndash; but it is very treatable."
                ),
                _h("Why we work remotely"),
                _p(
                    "Dogs with separation anxiety behave very differently when a trainer is in the room, so we "
                    "don't visit your home for this. Instead, we watch your dog live on camera over Zoom while "
                    "you step out of the door, so we see exactly what happens when they're alone. It also means "
                    "we can help families anywhere in the UK."
                ),
                _h("How the programme works"),
                _ul(
                    "A 90-minute assessment on Zoom, where we watch your dog as you leave and talk through "
                    "their routine",
                    "Daily &lsquo;missions&rsquo;: short, carefully planned absences sent to you through our "
                    "training app",
                    "Four live check-ins a week where we review videos and adjust the plan",
                    "Choose a 4-week or 8-week programme; most dogs need three to six months in total",
                ),
                _h("What you'll need"),
                _ul(
                    "A laptop, tablet or spare phone to use as a camera, plus a phone for yourself",
                    "A plan so your dog isn't left for longer than they can cope with during training &ndash; "
                    "friends, family, a sitter or day care can all help",
                    "About 20&ndash;30 minutes a day, five days a week",
                ),
                _p(
                    "We don't recommend crating dogs with separation anxiety, as confinement often makes panic "
                    "worse. Some dogs benefit from medication alongside training; if so we'll work with your vet."
                ),
            ),
            _reviews(
                (
                    "Our cockapoo couldn't be left for two minutes. Eight weeks in, I popped to the shop and "
                    "watched him snooze on the camera. I actually cried.",
                    "Jo, Worcester",
                ),
            ),
            _btn("Prices", "/prices/"),
            width=68,
        ),
        _sidebar(),
    ),
)

_RESIDENTIAL = _page(
    "/residential-training/",
    "Residential Training &ndash; Stay &amp; Train | Hollybrook Hounds",
    "One and two week Stay &amp; Train residential dog training in a licensed family home near Tewkesbury.",
    _section(
        _col(
            _rt(
                _h("Stay &amp; Train Residential Training", 1),
                _p(
                    "Busy lives don't always leave time for training. With Stay &amp; Train, your dog lives with "
                    "our residential trainer Sophie at her licensed family home in Ashchurch for one or two "
                    "weeks, learning the basics through three short, fun sessions every day. Sophie only takes "
                    "two dogs at a time, so your dog is part of the household rather than in a kennel."
                ),
                _h("What we work on"),
                _ul(
                    "Walking on a loose lead without pulling",
                    "Coming back when called, practised on a long line and then in our secure field",
                    "Settling calmly in the house and in the car",
                    "Greeting people without jumping up",
                    "Waiting at doors, gates and food bowls",
                ),
                _p(
                    "You'll get a short video update on WhatsApp every day. At the end of the stay we have a "
                    "two-hour handover lesson, so you learn exactly what your dog has learnt, plus two one-hour "
                    "follow-up lessons in the following six weeks to keep things on track."
                ),
                _h("Who it's for"),
                _p(
                    "Stay &amp; Train is for friendly dogs aged six months and over. It isn't suitable for dogs "
                    "with aggression, serious fears or separation anxiety &ndash; those dogs need a behaviour "
                    "consultation and a plan carried out at home."
                ),
                _h("Prices &amp; booking"),
            ),
            _table(
                ["Stay", "Price", "Includes"],
                [
                    ["1 week (7 nights)", "&pound;750", "Daily training, handover lesson, 2 follow-up lessons"],
                    ["2 weeks (14 nights)", "&pound;1,350", "Daily training, handover lesson, 2 follow-up lessons"],
                ],
            ),
            _rt(
                _p(
                    "A &pound;200 non-refundable deposit secures your dates, with the balance due 14 days before "
                    "drop-off. Drop-off is on a Sunday between 4pm and 6pm. Please bring your dog's usual food. "
                    "We currently have a waiting list of around eight weeks."
                ),
            ),
            _btn("Enquire about dates", "/contact/"),
            width=68,
        ),
        _sidebar(),
    ),
)

_WALKING = _page(
    "/dog-walking/",
    "Dog Walking Tewkesbury | Hollybrook Hounds",
    "Small group walks, solo walks and puppy visits around Tewkesbury, Ashchurch, Bredon and Twyning.",
    _section(
        _col(
            _rt(
                _h("Dog Walking", 1),
                _p(
                    "Our walkers are trained by the same team that runs our classes, so your dog's walk is a "
                    "chance to practise good manners as well as burn off energy. We collect your dog in our "
                    "van, where every dog travels in its own crate, and bring them home towelled off and "
                    "happy."
                ),
                _h("Walks &amp; prices"),
            ),
            _table(
                ["Service", "Details", "Price"],
                [
                    ["Small group walk", "1 hour, maximum 4 dogs", "&pound;16"],
                    ["Solo walk", "1 hour, just your dog", "&pound;20"],
                    ["Short solo walk", "30 minutes", "&pound;13"],
                    ["Puppy visit", "30 minutes: toilet break, play, lunch and a little training", "&pound;12"],
                    ["Additional dog, same household", "Any walk", "+&pound;8"],
                ],
            ),
            _rt(
                _p(
                    "Walks run Monday to Friday, usually between 10am and 3pm. We don't walk at weekends or on "
                    "bank holidays."
                ),
                _h("Where we walk"),
                _p(
                    "We cover Tewkesbury, Ashchurch, Walton Cardiff, Northway, Twyning, Bredon and Kemerton. "
                    "If you live just outside these areas, ask &ndash; we can sometimes fit you in."
                ),
                _h("Getting started"),
                _ul(
                    "A free meet and greet at your home to meet your dog and go through their needs",
                    "Your first three walks are on the lead or a long line while we get to know them",
                    "Off-lead running only with your written permission and once we're happy with their recall",
                    "Keys are kept in a locked box and labelled with a code, never your address; key safes are welcome",
                ),
                _h("Hot and wild weather", 3),
                _p(
                    "On days above 24&deg;C we swap long walks for a shady, sniffy stroll or a garden enrichment "
                    "session at the same price. We won't walk during Met Office amber or red weather warnings and "
                    "won't charge for those walks."
                ),
            ),
            _btn("Book a meet and greet", "/contact/"),
            width=68,
        ),
        _sidebar(),
    ),
)

_DAYCARE = _page(
    "/day-care/",
    "Dog Day Care | Hollybrook Hounds",
    "Dog day care at Hollybrook Farm near Tewkesbury, Monday to Friday 7:30am to 6pm.",
    _section(
        _col(
            _rt(
                _h("Day Care at the Farm", 1),
                _p(
                    "Our day care runs Monday to Friday from 7:30am to 6:00pm in a purpose-built room in the "
                    "barn with its own one-acre paddock. We take a maximum of 15 dogs a day, split into smaller "
                    "groups by size and play style, with at least one member of staff for every five dogs."
                ),
                _h("A typical day", 3),
                _ul(
                    "Drop-off and a gentle settle-in, with breakfast for those who need it",
                    "Morning play and enrichment: sniff trails, puzzle feeders, paddling pools in summer",
                    "Quiet time from 12 till 2 &ndash; even busy dogs need a nap",
                    "An afternoon amble round the field and a little training",
                    "Collection, with photos and a note on how the day went",
                ),
                _h("Prices"),
            ),
            _table(
                ["Option", "Price"],
                [
                    ["Full day", "&pound;32"],
                    ["Half day (up to 5 hours)", "&pound;20"],
                    ["10-day pass (use within 3 months)", "&pound;300"],
                    ["Pick-up or drop-off within Tewkesbury", "&pound;6 each way"],
                    ["Late collection after 6pm", "&pound;10 per 15 minutes"],
                ],
            ),
            _rt(
                _h("Who can come?"),
                _ul(
                    "Dogs aged four months and over who enjoy the company of other dogs",
                    "Dogs must be neutered by 12 months of age. If your vet has advised waiting longer, we can "
                    "accept an entire dog up to 18 months with a letter from your vet",
                    "Every new dog has a free half-day trial with our day care manager Gemma first",
                ),
                _h("What to bring", 3),
                _p(
                    "A flat collar or harness with an ID tag, a lead, and lunch if your dog is under six months. "
                    "Please leave toys and chews at home to avoid squabbles. Beds, water and towels are provided."
                ),
            ),
            _btn("Book a trial day", "/contact/"),
            width=68,
        ),
        _sidebar(),
    ),
)

_PRICES = _page(
    "/prices/",
    "Prices | Hollybrook Hounds",
    "Prices for puppy classes, obedience courses, one-to-one lessons, behaviour consultations and separation "
    "anxiety programmes.",
    _section(
        _col(
            _rt(
                _h("Prices", 1),
                _p(
                    "All prices include VAT. Courses are booked and paid for online; please read our booking "
                    "terms before you book. Prices for dog walking, day care, residential training and workshops "
                    "are shown on those pages."
                ),
                _h("Puppy classes"),
            ),
            _table(
                ["Class", "Price"],
                [
                    ["Puppy Foundations (6 weeks)", "&pound;135"],
                    ["Puppy Playtime (per session)", "&pound;8"],
                    ["Puppy Pre-School evening (online)", "Free with any puppy course"],
                ],
            ),
            _rt(_h("Obedience courses")),
            _table(
                ["Course", "Price"],
                [
                    ["Foundation Manners (6 weeks)", "&pound;140"],
                    ["Improvers (6 weeks)", "&pound;140"],
                    ["Advanced &amp; Good Citizen (6 weeks)", "&pound;150"],
                    ["Kennel Club test fee (per award)", "&pound;20"],
                ],
            ),
            _rt(_h("One-to-one training lessons")),
            _table(
                ["Lesson", "Price"],
                [
                    ["1 hour at Hollybrook Farm or online", "&pound;65"],
                    ["1 hour at your home (within 15 miles)", "&pound;75"],
                    ["Pack of 3 lessons at the farm", "&pound;180"],
                ],
            ),
            _rt(_h("Behaviour &amp; separation anxiety")),
            _table(
                ["Service", "Price"],
                [
                    ["Initial behaviour consultation, written plan and 6 weeks' support", "&pound;295"],
                    ["Behaviour follow-up session (90 minutes)", "&pound;95"],
                    ["Calm Canines small group (4 weeks)", "&pound;120"],
                    ["Separation anxiety assessment only", "&pound;90"],
                    ["Separation anxiety programme, 4 weeks", "&pound;360"],
                    ["Separation anxiety programme, 8 weeks", "&pound;620"],
                ],
            ),
            _rt(
                _h("Discounts"),
                _ul(
                    "10% off the second dog from the same household on the same course",
                    "10% off your first course if you adopted your dog from a registered rescue in the last six "
                    "months &ndash; just bring your adoption paperwork",
                ),
                _h("Gift vouchers"),
                _p(
                    "Gift vouchers are available from &pound;25 and can be used for any class, course, "
                    "workshop or lesson. They're valid for 12 months and we can email them or post a printed "
                    "card. They make a lovely present for anyone with a new puppy."
                ),
            ),
            _btn("Book online", "/booking-terms/"),
            width=68,
        ),
        _sidebar(),
    ),
)

_HEALTH = _page(
    "/health-and-vaccinations/",
    "Health &amp; Vaccination Requirements | Hollybrook Hounds",
    "Vaccination, kennel cough, parasite and illness rules for classes, walking, day care and residential training.",
    _section(
        _col(
            _rt(
                _h("Health &amp; Vaccination Requirements", 1),
                _p(
                    "Lots of dogs pass through the farm every week, so we ask everyone to follow a few simple "
                    "rules to keep all our dogs healthy."
                ),
                _h("Puppies"),
                _p(
                    "Puppies can start Puppy Foundations and Puppy Playtime from seven days after their first "
                    "vaccination &ndash; they don't need to wait for the full course. The barn floor is "
                    "disinfected before every puppy session and puppies stay off the grass field until a week "
                    "after their second jab. Please bring your puppy's vaccination card to the first session."
                ),
                _h("Adult dogs in classes and workshops"),
                _p(
                    "Dogs must be up to date with their core vaccinations (distemper, hepatitis and parvovirus) "
                    "and their annual leptospirosis booster. We accept a titre test certificate from your vet "
                    "instead of a distemper, hepatitis and parvovirus booster, but leptospirosis must still be "
                    "current."
                ),
                _h("Day care, dog walking and Stay &amp; Train"),
                _p(
                    "Because dogs spend time closely together, these services also need a kennel cough "
                    "vaccination, given at least 14 days before your dog's first day with us and renewed every "
                    "year."
                ),
                _h("Fleas, worms and lungworm"),
                _p(
                    "Please keep flea and worm treatment up to date. Lungworm is common in Gloucestershire and we "
                    "recommend a product that covers it &ndash; ask your vet."
                ),
                _h("If your dog is unwell"),
                _ul(
                    "Please keep your dog at home if they've been sick, had diarrhoea or seem off-colour, and for "
                    "48 hours after the last symptom",
                    "Dogs with a cough must stay away for three weeks after the last cough",
                    "Girls in season can't attend group classes, workshops, day care or group walks for four "
                    "weeks from the start of their season &ndash; we'll arrange catch-up sessions",
                ),
                _h("If your dog is taken ill with us"),
                _p(
                    "All our staff are trained in canine first aid. If your dog needs a vet while in our care we "
                    "will contact you straight away and take them to Abbey Meadow Veterinary Centre in Tewkesbury "
                    "or your own vet if they're close by. Vet fees are the owner's responsibility."
                ),
            ),
            width=68,
        ),
        _sidebar(),
    ),
)

_BOOKING = _page(
    "/booking-terms/",
    "Booking Terms &amp; Cancellations | Hollybrook Hounds",
    "Booking, payment, cancellation and refund policy for Hollybrook Hounds courses and services.",
    _section(
        _col(
            _rt(
                _h("Booking Terms &amp; Cancellation Policy", 1),
                _p(
                    "We're a small team and our classes are small, so an empty place can't usually be refilled "
                    "at short notice. These terms keep things fair for everyone."
                ),
                _h("Booking and payment"),
                _ul(
                    "Group courses, Puppy Playtime and workshops are booked and paid for in full through our "
                    "online booking system. Your place is only confirmed once payment has been made.",
                    "One-to-one lessons and behaviour consultations are booked after a quick call with us.",
                    "We accept debit and credit cards, Apple Pay and Google Pay online, and bank transfer. "
                    "Dog walking and day care are invoiced monthly in arrears and payable within 7 days.",
                    "We no longer accept cheques.",
                ),
                _h("If you cancel a course"),
            ),
            _table(
                ["Notice before the first session", "What happens"],
                [
                    ["14 days or more", "Full refund, less a &pound;10 admin fee"],
                    ["7 to 13 days", "50% refund, or a full credit towards a later course"],
                    ["Less than 7 days", "No refund, but you may transfer once to another course if there's space"],
                ],
            ),
            _rt(
                _h("Missed classes"),
                _p(
                    "We can't refund individual missed sessions, but you're welcome to catch up by joining the "
                    "same week's session on a later course within three months, subject to space."
                ),
                _h("Consultations and one-to-one lessons"),
                _p(
                    "You can rearrange free of charge with at least 48 hours' notice. With less notice we charge "
                    "50% of the fee, and the full fee if you don't turn up. If you arrive more than 15 minutes "
                    "late your session may need to be shortened."
                ),
                _h("Dog walking and day care"),
                _p(
                    "Please cancel by 6pm the day before, otherwise the walk or day is charged in full. If you "
                    "tell us about holidays at least seven days ahead you won't be charged for those days."
                ),
                _h("If we have to cancel"),
                _p(
                    "Occasionally we have to cancel a class because of snow, ice or trainer illness. We'll let you "
                    "know by text as early as we can and add an extra session to the end of your course."
                ),
            ),
            width=68,
        ),
        _sidebar(),
    ),
)

_TEAM = _page(
    "/meet-the-team/",
    "Meet the Team | Hollybrook Hounds",
    "Meet the qualified trainers, behaviourist, walkers and day care staff at Hollybrook Hounds.",
    _section(
        _col(
            _rt(
                _h("Meet the Team", 1),
                _p(
                    "Dog training is an unregulated industry in the UK, so anyone can call themselves a "
                    "trainer or behaviourist. We think you deserve to know exactly who you're working with."
                ),
            ),
            _img("Hannah Marsh with her two lurchers", "a11f0e_hannah~mv2.jpg"),
            _rt(
                _h("Hannah Marsh &ndash; Founder &amp; Clinical Animal Behaviourist", 3),
                _p(
                    "Hannah spent eight years as a veterinary nurse before setting up Hollybrook Hounds in 2014. "
                    "She has a BSc in Zoology from the University of Bristol and an MSc in Clinical Animal "
                    "Behaviour from the University of Lincoln, is registered with the Animal Behaviour and "
                    "Training Council (ABTC) as a Clinical Animal Behaviourist, is a full member of the "
                    "Association of Pet Behaviour Counsellors (APBC) and is a Certified Separation Anxiety "
                    "Trainer (CSAT). Hannah runs all our behaviour and separation anxiety cases. She shares "
                    "her home with two lurchers, Pip and Moss."
                ),
            ),
            _img("Tom Okafor training a spaniel on the field", "a11f0e_tom~mv2.jpg"),
            _rt(
                _h("Tom Okafor &ndash; Head Trainer", 3),
                _p(
                    "Tom is an IMDT Accredited Trainer, an ABTC-registered Animal Training Instructor and a "
                    "Kennel Club Good Citizen Dog Scheme examiner. A former RAF police dog handler, he switched "
                    "to reward-based methods years ago and has never looked back. Tom runs our puppy and "
                    "obedience classes and most of our workshops."
                ),
                _h("Sophie Allard &ndash; Residential Trainer", 3),
                _p(
                    "Sophie holds a Level 4 Diploma in Canine Behaviour Management and runs Stay &amp; Train "
                    "from her licensed home in Ashchurch, alongside her retired guide dog, Hector."
                ),
                _h("Gemma Pryce &ndash; Day Care Manager", 3),
                _p(
                    "Gemma has a Level 3 Certificate in Canine Care and Welfare and is a qualified pet first aid "
                    "instructor. She has run our day care since it opened in 2019."
                ),
                _h("Liam Doherty &ndash; Dog Walker", 3),
                _p(
                    "Liam leads our walking team and holds a Level 2 award in Professional Dog Walking. He's the "
                    "one with the muddy van and the biggest smile."
                ),
                _h("Peace of mind", 3),
                _p(
                    "Every member of the team is enhanced DBS checked and canine first aid trained, and "
                    "Hollybrook Hounds holds &pound;5 million public liability insurance plus care, custody and "
                    "control cover."
                ),
            ),
            width=68,
        ),
        _sidebar(),
    ),
)

_APPROACH = _page(
    "/our-approach/",
    "Our Training Approach | Hollybrook Hounds",
    "Kind, science-based, reward-based dog training. No shock collars, prong collars or punishment.",
    _section(
        _col(
            _rt(
                _h("Our Approach", 1),
                _p(
                    "We use modern, reward-based training grounded in the science of how dogs learn. When a dog "
                    "is rewarded for getting something right, they repeat it &ndash; and they enjoy learning, "
                    "which makes training faster and far more reliable than relying on fear or discomfort."
                ),
                _h("What we will never use"),
                _p(
                    "We don't use, sell or recommend anything designed to startle or hurt a dog, and these items "
                    "aren't allowed at any of our classes:"
                ),
                _ul(
                    "Electric shock collars, also sold as e-collars or remote training collars",
                    "Prong or pinch collars, and choke chains used for correction",
                    "Citronella spray collars and anti-bark collars",
                    "Rattle cans, water sprays and throwing objects",
                    "Physical corrections such as &lsquo;alpha rolls&rsquo; or scruffing",
                ),
                _p(
                    "The old idea that dogs are trying to be &lsquo;dominant&rsquo; or &lsquo;pack leader&rsquo; "
                    "has been disproved, and punishment-based methods are linked to fear and aggression. We "
                    "follow the LIMA principle: least intrusive, minimally aversive."
                ),
                _h("What we recommend"),
                _p(
                    "A well-fitted Y-shaped harness or flat collar and a fixed lead, plus a long line for recall "
                    "practice. Rewards can be food, toys, play, a chance to sniff or simply the freedom to go and "
                    "say hello &ndash; whatever your dog loves most. Dogs on special diets can use their own food."
                ),
                _h("Why we don't give guarantees"),
                _p(
                    "Dogs are living, thinking animals, not machines, and how a dog changes depends on their "
                    "history, health and how much practice happens at home. Under the ABTC code of conduct, "
                    "registered practitioners don't guarantee results &ndash; be wary of anyone who does. What we "
                    "do promise is honest advice and a plan that's fair to your dog."
                ),
                _h("Welfare comes first", 3),
                _p(
                    "If a dog is stressed in a session we stop, take a break and change the plan. No training "
                    "goal is worth a frightened dog."
                ),
            ),
            width=68,
        ),
        _sidebar(),
    ),
)

_FINDUS = _page(
    "/find-us/",
    "Find Us | Hollybrook Farm, Tewkesbury | Hollybrook Hounds",
    "Directions, parking and facilities at Hollybrook Farm, Bredon Road, Tewkesbury GL20 7EX.",
    _section(
        _col(
            _rt(
                _h("Finding Hollybrook Farm", 1),
                _p(
                    "All our classes, workshops and day care take place at Hollybrook Farm, Bredon Road, "
                    "Tewkesbury GL20 7EX. Sat-navs can take you to the wrong farm, so for the gate use "
                    "what3words ///lantern.bricks.plums."
                ),
                _h("By car"),
                _p(
                    "From junction 9 of the M5, follow the A438 towards Tewkesbury. At the traffic lights in the "
                    "town centre turn right onto the B4080 towards Bredon. After about a mile and a half, pass "
                    "the garden centre on your left and take the next right at our wooden Hollybrook sign. "
                    "Follow the farm track to the end; please keep to 10mph as there may be dogs and walkers."
                ),
                _h("Parking"),
                _p(
                    "There's free parking for around 20 cars on the gravel car park beside the barn, including "
                    "two wider blue badge spaces by the barn door. In summer we open an overflow area on the "
                    "grass. Please keep dogs on the lead in the car park and wait in your car until the previous "
                    "class has left &ndash; it only takes five minutes and makes life much easier for nervous "
                    "dogs."
                ),
                _h("Without a car"),
                _p(
                    "The nearest railway station is Ashchurch for Tewkesbury, about two miles away; local taxis "
                    "wait outside. The Stagecoach 540 bus stops at the end of Bredon Road, a 15-minute walk "
                    "along the lane, which has no pavement, so please wear something bright."
                ),
                _h("Facilities"),
                _ul(
                    "Heated indoor barn with rubber matting and step-free access",
                    "Toilets, including an accessible toilet",
                    "Hot drinks for humans and water bowls for dogs",
                    "A secure two-acre field with 6ft deer fencing",
                ),
                _h("Secure field hire"),
                _p(
                    "When we're not training, you can hire our secure field for your own dogs in 45-minute slots "
                    "for &pound;12 per household (up to three dogs), from dawn until dusk. Slots are booked online."
                ),
            ),
            width=68,
        ),
        _col(
            _rt(_h("Map", 3)),
            '<div id="comp-lmap01" class="comp-lmap01 wixui-google-map" data-testid="googleMap">'
            '<div class="map-placeholder" role="img" aria-label="Map showing Hollybrook Farm off Bredon Road, '
            'Tewkesbury"></div></div>',
            _btn("Contact us", "/contact/"),
            width=32,
        ),
    ),
)

_FAQ = _page(
    "/faq/",
    "FAQs | Hollybrook Hounds",
    "Frequently asked questions about classes at Hollybrook Hounds.",
    _section(
        _col(
            _rt(
                _h("Frequently Asked Questions", 1),
                _p("Can't find the answer you're looking for? Send us a message and we'll get back to you."),
            ),
            _accordion(
                (
                    "What should I bring to class?",
                    "Lots of small, soft, tasty treats (chopped cheese, chicken or sausage work brilliantly), a "
                    "flat collar or harness, a fixed lead of around 2 metres, poo bags, a mat or towel for your "
                    "dog to settle on and a chew for quiet moments. Please don't use extending leads in class.",
                ),
                (
                    "Can the whole family come along?",
                    "Up to two adults per dog can take part. Children aged eight and over are welcome if they can "
                    "sit quietly at the side; younger children are invited to the final session of each course, "
                    "which is our family week.",
                ),
                (
                    "Is my dog too old to learn?",
                    "Never! There's no upper age limit for our courses and we regularly have dogs of ten and "
                    "over in class. We simply adapt exercises for stiff joints.",
                ),
                (
                    "Can I watch a class before I book?",
                    "Yes &ndash; just let us know and come along without your dog to watch.",
                ),
                (
                    "I'd rather have private lessons. Is that possible?",
                    "Of course. One-to-one lessons can take place at the farm, at your home or online. See our "
                    "prices page for details.",
                ),
                (
                    "Do you accept XL Bully type dogs?",
                    "Yes. Under the law in England and Wales, exempted XL Bully dogs must be muzzled and on a lead "
                    "in public, and that applies at our classes too. Please bring your Certificate of Exemption "
                    "to your first session. Exempted dogs can join one-to-one lessons, workshops and our "
                    "outdoor classes; unfortunately they can't attend day care or group walks.",
                ),
                (
                    "Do you work with deaf or blind dogs?",
                    "Yes. We use hand signals, touch cues and vibration with deaf dogs, and scent and sound cues "
                    "with blind dogs. Let us know when booking so we can plan ahead.",
                ),
                (
                    "Do you train assistance dogs?",
                    "No. We're not an assistance dog organisation and can't certify dogs, but Assistance Dogs UK "
                    "lists the accredited charities.",
                ),
                (
                    "What if it's raining?",
                    "Classes in the barn go ahead whatever the weather. Outdoor classes move inside if it's "
                    "really wet.",
                ),
            ),
            width=68,
        ),
        _sidebar(),
    ),
)

_ADVICE = _page(
    "/advice/",
    "Puppy Survival Guide &ndash; Free Advice | Hollybrook Hounds",
    "Free advice on toilet training, puppy biting, chewing and what to do in an emergency.",
    _section(
        _col(
            _rt(
                _h("Puppy Survival Guide", 1),
                _p(
                    "Those first weeks with a new puppy are wonderful and exhausting in equal measure. Here are "
                    "the questions we get asked most, with the advice we give our own puppy families."
                ),
                _h("Toilet training"),
                _p(
                    "Take your puppy outside every one to two hours, and always straight after waking, eating "
                    "and playing. Stay with them, and reward the moment they finish. Accidents happen: clean them "
                    "with an enzyme cleaner, not bleach or ammonia, which smell like wee to a dog. Never tell "
                    "your puppy off &ndash; it only teaches them to hide."
                ),
                _h("Nipping, mouthing and bitey puppies"),
                _p(
                    "Mouthing is completely normal and usually peaks between 12 and 16 weeks. Keep a tug toy in "
                    "your pocket and offer it whenever teeth come out. If your puppy grabs hands, ankles or "
                    "clothes, calmly go still, then redirect them to the toy. A puppy who bites more and more "
                    "is often overtired &ndash; puppies need 18 to 20 hours' sleep a day, so pop them somewhere "
                    "quiet for a nap. Teach children to &lsquo;be a tree&rsquo;: stand still, fold their arms "
                    "and look away, rather than running or squealing."
                ),
                _h("Chewing and teething"),
                _p(
                    "Adult teeth come through between four and six months. Offer plenty of safe chews; a "
                    "frozen carrot or a wet, frozen flannel soothes sore gums."
                ),
                _h("Getting used to being alone"),
                _p(
                    "Start practising very short absences from the first week, while your puppy is relaxed, and "
                    "build up slowly."
                ),
                _h("When it's urgent"),
                _p(
                    "We're trainers, not vets. If your dog has eaten something poisonous &ndash; chocolate, "
                    "grapes or raisins, sugar-free gum containing xylitol, or human painkillers such as "
                    "ibuprofen &ndash; phone your vet straight away, even if your dog seems fine, and don't try "
                    "to make them sick yourself. Outside surgery hours, ring your vet's normal number to be put "
                    "through to their out-of-hours emergency service. If your dog has bitten someone, make sure "
                    "the person gets medical advice, keep your dog away from the situation, and then get in "
                    "touch about a behaviour consultation."
                ),
            ),
            _btn("Puppy classes", "/puppy-classes/"),
            width=68,
        ),
        _sidebar(),
    ),
)

_CONTACT = _page(
    "/contact/",
    "Contact Us | Hollybrook Hounds",
    "Phone, email and enquiry form for Hollybrook Hounds dog training and behaviour.",
    _section(
        _col(
            _rt(
                _h("Get in Touch", 1),
                _p(
                    'Call us on <a href="tel:01684291473">01684 291473</a>. The phone is answered Monday to '
                    "Friday 9am&ndash;5pm and Saturday 9am&ndash;12pm. We're often out on the field with a dog "
                    "on the end of a lead, so if we don't pick up please leave a message and we'll call you back "
                    "the same or next working day."
                ),
                _p(
                    'Email <a href="mailto:hello@hollybrookhounds.co.uk">hello@hollybrookhounds.co.uk</a> or use '
                    "the form below. We reply to emails and messages within two working days; in very busy "
                    "spells, such as January, it can take a little longer, so please check your spam folder too."
                ),
                _h("Day care and walking clients"),
                _p(
                    "For same-day questions about drop-off, pick-up or a walk, text or WhatsApp the day care "
                    "mobile on 07700 900418 between 7:30am and 6pm."
                ),
                _h("Behaviour enquiries"),
                _p(
                    "Rather than writing a long email, book a free 15-minute discovery call with Hannah so she "
                    "can check we're the right people to help."
                ),
                _h("Christmas closure"),
                _p(
                    "We close from 24 December to 1 January inclusive. Classes, walking and day care restart on "
                    "2 January."
                ),
                _p("Please note we're not an emergency service and can't offer out-of-hours advice."),
            ),
            '<div id="comp-lform1" class="comp-lform1 wixui-form" data-testid="form"><form class="wix-form" '
            'action="#" method="post" aria-label="Contact form">'
            '<div class="wixui-text-input"><label for="input_name">Your name *</label>'
            '<input id="input_name" name="name" type="text" required></div>'
            '<div class="wixui-text-input"><label for="input_email">Email *</label>'
            '<input id="input_email" name="email" type="email" required></div>'
            '<div class="wixui-text-input"><label for="input_phone">Phone</label>'
            '<input id="input_phone" name="phone" type="tel"></div>'
            '<div class="wixui-text-input"><label for="input_dog">Dog&#39;s name, breed and age</label>'
            '<input id="input_dog" name="dog" type="text"></div>'
            '<div class="wixui-dropdown"><label for="input_service">What are you interested in?</label>'
            '<select id="input_service" name="service"><option>Puppy classes</option><option>Obedience</option>'
            "<option>Behaviour</option><option>Residential</option><option>Walking</option>"
            "<option>Day care</option><option>Something else</option></select></div>"
            '<div class="wixui-text-box"><label for="input_msg">Message</label>'
            '<textarea id="input_msg" name="message" rows="5"></textarea></div>'
            '<div class="wixui-button"><button type="submit" class="PlZyDq"><span class="w4Vxx6 '
            'wixui-button__label">Send</span></button></div></form></div>',
            width=68,
        ),
        _col(
            _rt(
                _h("Find us", 3),
                _p("Hollybrook Farm, Bredon Road, Tewkesbury GL20 7EX"),
            ),
            _btn("Directions &amp; parking", "/find-us/"),
            width=32,
        ),
    ),
)

HTML = {
    "/": _HOME,
    "/puppy-classes/": _PUPPY,
    "/obedience-courses/": _OBEDIENCE,
    "/workshops/": _WORKSHOPS,
    "/behaviour-consultations/": _BEHAVIOUR,
    "/separation-anxiety/": _SEPARATION,
    "/residential-training/": _RESIDENTIAL,
    "/dog-walking/": _WALKING,
    "/day-care/": _DAYCARE,
    "/prices/": _PRICES,
    "/health-and-vaccinations/": _HEALTH,
    "/booking-terms/": _BOOKING,
    "/meet-the-team/": _TEAM,
    "/our-approach/": _APPROACH,
    "/find-us/": _FINDUS,
    "/faq/": _FAQ,
    "/advice/": _ADVICE,
    "/contact/": _CONTACT,
}

QUESTIONS = [
    ("how much is the puppy course", "/prices/"),
    (
        "Hi, we've just picked up our cocker spaniel pup, she's had her first jab but the second one isn't till "
        "next week. Is she allowed to start classes yet or do we have to wait?",
        "/health-and-vaccinations/",
    ),
    (
        "My rescue greyhound goes absolutely mental barking and pulling at other dogs when he's on the lead. "
        "What can you actually do for him?",
        "/behaviour-consultations/",
    ),
    (
        "Our lab howls and scratches at the front door every time we go out, the neighbours have started "
        "complaining. Can you help, and would you need to come round to the house?",
        "/separation-anxiety/",
    ),
    ("Is there parking at the field?", "/find-us/"),
    ("whats the latest i can pick my dog up from daycare", "/day-care/"),
    (
        "If I cancel the obedience course a week before it starts do I get my money back?",
        "/booking-terms/",
    ),
    ("What qualifications has the lady who does the behaviour side got?", "/meet-the-team/"),
    ("Do you use shock collars", "/our-approach/"),
    (
        "Could you have my dog for a week or two and train him for us? He pulls like a steam train and never "
        "comes back when I call.",
        "/residential-training/",
    ),
    ("how much is a dog walk", "/dog-walking/"),
    ("do you walk dogs in Bredon?", "/dog-walking/"),
    (
        "My springer is obsessed with sniffing everything, he'd love something using his nose. Have you got "
        "anything like that?",
        "/workshops/",
    ),
    ("what do i need to bring to the first lesson", "/faq/"),
    (
        "Can I claim the behaviourist back on my pet insurance? We're with Petplan.",
        "/behaviour-consultations/",
    ),
    (
        "Our 11 week old pup keeps biting our hands and ankles, it's driving the kids mad. Any tips?",
        "/advice/",
    ),
    ("My dog just ate a load of chocolate off the christmas tree what should i do", "/advice/"),
    ("What time are the puppy classes on a Saturday?", "/puppy-classes/"),
    (
        "My daughter is desperate to win a rosette with our collie lol. Do any of your courses end in a test or "
        "certificate?",
        "/obedience-courses/",
    ),
    (
        "I emailed you on Monday and haven't heard anything back yet, how long do you normally take to reply?",
        "/contact/",
    ),
    ("Does my dog need the kennel cough jab for day care?", "/health-and-vaccinations/"),
    (
        "my boy isn't neutered yet, he's 14 months, can he still come to day care",
        "/day-care/",
    ),
    (
        "Do you take American XL bullies? Ours is exempt and wears a muzzle",
        "/faq/",
    ),
    (
        "How many pups are in each puppy class? Mine is really shy and I don't want her overwhelmed",
        "/puppy-classes/",
    ),
    ("Do you do gift vouchers? I want to get one for my sister who's just got a puppy", "/prices/"),
]

OUT_OF_SCOPE = [
    "Do you do dog grooming as well?",
    "Do you run agility classes?",
    "Can you microchip my puppy while we're there?",
    "Does Hannah do behaviour consultations for cats too? Our cat keeps weeing on the sofa",
    "Is there a hydrotherapy pool at the farm for my dog's bad hips?",
    "We haven't got a puppy yet, can you help us choose which breed would suit our family?",
    "Can you recommend a good plumber in Tewkesbury?",
    "What's the weather going to be like on Saturday?",
]
