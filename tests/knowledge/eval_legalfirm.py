"""An evaluation site: Hartley Rees Solicitors, a high-street firm of solicitors in Heath, Cardiff (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a Wix site: deeply
nested div wrappers with auto-generated comp-* ids, "wixui-rich-text__text" / "font_8" / "color_11" classes,
spans inside paragraphs, a "wixui-repeater" for the team cards and collapsible accordion widgets for FAQs.
"""

import itertools

NAME = "Hartley Rees Solicitors"

_SITE = "Hartley Rees Solicitors"
_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz"
_ids = itertools.count(1)


def _cid():
    """A Wix-looking auto-generated component id, deterministic across imports."""
    n = next(_ids) * 7919 + 1679616 * 13
    s = ""
    while n:
        n, r = divmod(n, 36)
        s = _ALPHABET[r] + s
    return "comp-lk" + s.rjust(6, "0")


def _h(level, text, font="font_2", color="color_11"):
    return (
        f'<h{level} class="{font} wixui-rich-text__text"><span class="{color} wixui-rich-text__text">'
        f'<span class="wixui-rich-text__text">{text}</span></span></h{level}>'
    )


def _p(text, color="color_15"):
    return (
        f'<p class="font_8 wixui-rich-text__text"><span class="{color} wixui-rich-text__text">'
        f'<span class="wixui-rich-text__text">{text}</span></span></p>'
    )


def _ul(*items):
    lis = "".join(
        f'<li class="font_8 wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">'
        f'<span class="color_15 wixui-rich-text__text">{item}</span></p></li>'
        for item in items
    )
    return f'<ul class="font_8 wixui-rich-text__text">{lis}</ul>'


def _text(*blocks):
    cid = _cid()
    return (
        f'<div id="{cid}" class="HcOXKn c9GqVL QxJLC3 {cid} wixui-rich-text" data-testid="richTextElement">'
        + "".join(blocks)
        + "</div>"
    )


def _table(caption, head, rows):
    cid = _cid()
    th = "".join(f'<th class="wixui-table__header-cell">{c}</th>' for c in head)
    body = "".join(
        '<tr class="wixui-table__row">' + "".join(f'<td class="wixui-table__cell">{c}</td>' for c in row) + "</tr>"
        for row in rows
    )
    return (
        f'<div id="{cid}" class="{cid} wixui-table" data-testid="table-container"><div class="Zc7IjY">'
        f'<table class="_1KV2M wixui-table__table"><caption class="font_9">{caption}</caption>'
        f'<thead><tr class="wixui-table__row">{th}</tr></thead><tbody>{body}</tbody></table></div></div>'
    )


def _button(label, href):
    cid = _cid()
    return (
        f'<div id="{cid}" class="{cid} wixui-button" data-semantic-classname="button">'
        f'<a data-testid="linkElement" href="{href}" class="StylableButton2545352419__root wixui-button">'
        f'<span class="StylableButton2545352419__container"><span class="StylableButton2545352419__label '
        f'wixui-button__label">{label}</span></span></a></div>'
    )


def _accordion(*items):
    cid = _cid()
    parts = []
    for i, (question, answer) in enumerate(items, 1):
        parts.append(
            f'<div class="accordion-item wixui-accordion__item" id="{cid}__item{i}">'
            f'<button class="accordion-toggle wixui-accordion__header" aria-expanded="false" '
            f'aria-controls="{cid}__panel{i}"><span class="font_6 wixui-rich-text__text">{question}</span>'
            f'<svg class="wixui-accordion__icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 9l6 6 6-6"/>'
            f"</svg></button>"
            f'<div class="accordion-panel wixui-accordion__content" id="{cid}__panel{i}" role="region">'
            f'<div class="wixui-collapsible-text" data-testid="collapsibleText">{answer}</div></div></div>'
        )
    return f'<div id="{cid}" class="{cid} wixui-accordion" data-testid="accordion">' + "".join(parts) + "</div>"


def _section(*children, css="wixui-section"):
    cid = _cid()
    return (
        f'<section id="{cid}" class="xuzjBY {cid} {css}" tabindex="-1">'
        f'<div id="bgLayers_{cid}" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" '
        f'class="LWbAav Kv1aVt"></div><div id="bgMedia_{cid}" class="VgO9Yg"></div></div>'
        f'<div data-mesh-id="{cid}inlineContent" data-testid="inline-content" class="">'
        f'<div data-mesh-id="{cid}inlineContent-gridContainer" data-testid="mesh-container-content">'
        f'<div id="{_cid()}" class="wixui-column-strip"><div class="wixui-column-strip__column">'
        + "".join(children)
        + "</div></div></div></div></section>"
    )


def _sidebar(title, *blocks):
    cid = _cid()
    return (
        f'<div id="{cid}" class="{cid} wixui-box sidebar-box" data-testid="container-bg">'
        f'<div data-testid="inline-content" class="">'
        f'<div data-mesh-id="{cid}inlineContent-gridContainer" data-testid="mesh-container-content">'
        + _text(_h(4, title, font="font_5"), *blocks)
        + "</div></div></div>"
    )


def _reviews(*reviews):
    cid = _cid()
    items = "".join(
        '<div class="wixui-repeater__item testimonial" data-testid="responsive-repeater-item">'
        '<div class="star-rating" aria-label="5 out of 5 stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>'
        + _text(_p(f"&ldquo;{quote}&rdquo;", color="color_14"), _p(who, color="color_13"))
        + "</div>"
        for quote, who in reviews
    )
    return (
        f'<div id="{cid}" class="{cid} wixui-repeater testimonials" data-testid="repeater">'
        + _text(_h(3, "What our clients say", font="font_4"))
        + items
        + "</div>"
    )


_MENU = [
    (
        "Property",
        [("/conveyancing/", "Buying &amp; Selling a Home"), ("/remortgage/", "Remortgage &amp; Transfer of Equity")],
    ),
    (
        "Wills &amp; Estates",
        [
            ("/wills/", "Wills"),
            ("/lasting-powers-of-attorney/", "Lasting Powers of Attorney"),
            ("/probate/", "Probate &amp; Estate Administration"),
        ],
    ),
    (
        "Family",
        [("/divorce-and-finances/", "Divorce &amp; Finances"), ("/child-arrangements/", "Child Arrangements")],
    ),
    (
        "Disputes &amp; Business",
        [
            ("/employment-law/", "Employment Law for Employees"),
            ("/landlord-and-tenant/", "Landlord &amp; Tenant"),
            ("/business-contracts/", "Small Business Contracts"),
        ],
    ),
    (
        "About Us",
        [
            ("/our-team/", "Our Team"),
            ("/cymraeg/", "Gwasanaeth Cymraeg"),
            ("/complaints-and-regulation/", "Complaints &amp; Regulatory Information"),
        ],
    ),
    (
        "Fees",
        [("/fees-and-funding/", "Fees &amp; Funding"), ("/your-first-appointment/", "Your First Appointment")],
    ),
]


def _nav():
    groups = []
    for i, (label, links) in enumerate(_MENU):
        subs = "".join(
            f'<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="{href}" '
            f'class="UiHgGh wixui-dropdown-menu__item"><div class="itemWrapper"><p class="label">{text}</p>'
            f"</div></a></li>"
            for href, text in links
        )
        groups.append(
            f'<li class="wixui-dropdown-menu__item has-submenu" data-index="{i}" aria-haspopup="true">'
            f'<a data-testid="linkElement" href="#" class="UiHgGh"><div class="itemWrapper"><p class="label">'
            f'{label}</p></div></a><ul class="wixui-dropdown-menu__submenu mega-menu">{subs}</ul></li>'
        )
    return (
        '<nav id="comp-lk0nav01" aria-label="Site" class="comp-lk0nav01 wixui-dropdown-menu">'
        '<ul class="wixui-dropdown-menu__list">'
        '<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="/" class="UiHgGh">'
        '<div class="itemWrapper"><p class="label">Home</p></div></a></li>'
        + "".join(groups)
        + '<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="/faqs/" class="UiHgGh">'
        '<div class="itemWrapper"><p class="label">FAQs</p></div></a></li>'
        '<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="/contact/" class="UiHgGh">'
        '<div class="itemWrapper"><p class="label">Contact</p></div></a></li>'
        "</ul></nav>"
    )


_HEADER = (
    '<header id="SITE_HEADER" class="xFMgpZ SITE_HEADER wixui-header" tabindex="-1">'
    '<div class="Vh0K1w"><div id="bgLayers_SITE_HEADER" class="MW5IWV"></div></div>'
    '<div class="inlineContent"><div data-mesh-id="SITE_HEADERinlineContent-gridContainer">'
    '<div id="comp-lk0logo1" class="comp-lk0logo1 wixui-image"><a data-testid="linkElement" href="/">'
    '<img src="/media/hartley-rees-logo.png" alt="Hartley Rees Solicitors logo" width="220" height="64"></a></div>'
    '<div id="comp-lk0tag01" class="HcOXKn c9GqVL comp-lk0tag01 wixui-rich-text" data-testid="richTextElement">'
    '<p class="font_9 wixui-rich-text__text"><span class="color_11 wixui-rich-text__text">'
    "Solicitors &middot; Cyfreithwyr &middot; Cardiff</span></p></div>"
    '<div id="comp-lk0hph01" class="HcOXKn c9GqVL comp-lk0hph01 wixui-rich-text" data-testid="richTextElement">'
    '<p class="font_8 wixui-rich-text__text"><span class="color_11 wixui-rich-text__text">'
    '<a href="tel:+442920627140">029 2062 7140</a></span></p></div>'
    + _nav()
    + '<div id="comp-lk0cta01" class="comp-lk0cta01 wixui-button"><a data-testid="linkElement" href="/contact/" '
    'class="StylableButton2545352419__root wixui-button"><span class="wixui-button__label">Book a consultation'
    "</span></a></div></div></div></header>"
)

_FOOTER = (
    '<footer id="SITE_FOOTER" class="xFMgpZ SITE_FOOTER wixui-footer" tabindex="-1">'
    '<div class="inlineContent"><div data-mesh-id="SITE_FOOTERinlineContent-gridContainer">'
    '<div id="comp-lk0ftr01" class="wixui-column-strip"><div class="wixui-column-strip__column">'
    '<div id="comp-lk0ftr02" class="HcOXKn c9GqVL comp-lk0ftr02 wixui-rich-text" data-testid="richTextElement">'
    '<h5 class="font_5 wixui-rich-text__text"><span class="color_11 wixui-rich-text__text">Visit us</span></h5>'
    '<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">Hartley Rees Solicitors<br>'
    "118 Whitchurch Road<br>Heath, Cardiff<br>CF14 3LY</span></p></div></div>"
    '<div class="wixui-column-strip__column">'
    '<div id="comp-lk0ftr03" class="HcOXKn c9GqVL comp-lk0ftr03 wixui-rich-text" data-testid="richTextElement">'
    '<h5 class="font_5 wixui-rich-text__text"><span class="color_11 wixui-rich-text__text">Get in touch</span>'
    '</h5><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">'
    '<a href="tel:+442920627140">029 2062 7140</a><br>'
    '<a href="mailto:enquiries@hartleyrees.co.uk">enquiries@hartleyrees.co.uk</a></span></p>'
    '<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">Monday&ndash;Thursday '
    "9am&ndash;5.30pm<br>Friday 9am&ndash;5pm</span></p></div></div>"
    '<div class="wixui-column-strip__column">'
    '<div id="comp-lk0ftr04" class="HcOXKn c9GqVL comp-lk0ftr04 wixui-rich-text" data-testid="richTextElement">'
    '<h5 class="font_5 wixui-rich-text__text"><span class="color_11 wixui-rich-text__text">Useful links</span>'
    '</h5><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">'
    '<a href="/fees-and-funding/">Fees &amp; Funding</a><br><a href="/complaints-and-regulation/">Complaints'
    '</a><br><a href="/complaints-and-regulation/">Regulatory information</a><br><a href="/cymraeg/">Cymraeg</a>'
    '<br><a href="/contact/">Contact us</a></span></p></div>'
    '<ul id="comp-lk0soc01" class="wixui-social-links-bar" aria-label="Social Bar">'
    '<li><a href="https://www.facebook.com/hartleyreessolicitors" target="_blank">Facebook</a></li>'
    '<li><a href="https://www.instagram.com/hartleyreeslaw" target="_blank">Instagram</a></li>'
    '<li><a href="https://www.linkedin.com/company/hartley-rees-solicitors" target="_blank">LinkedIn</a></li>'
    "</ul></div></div>"
    '<div id="comp-lk0ftr05" class="HcOXKn c9GqVL comp-lk0ftr05 wixui-rich-text" data-testid="richTextElement">'
    '<p class="font_9 wixui-rich-text__text"><span class="color_13 wixui-rich-text__text">Hartley Rees '
    "Solicitors Limited is authorised and regulated by the Solicitors Regulation Authority (SRA number 634127)."
    " &copy; 2025 Hartley Rees Solicitors Ltd. All rights reserved. | "
    '<a href="/complaints-and-regulation/">Privacy &amp; Cookies</a></span></p></div>'
    '<div id="comp-lk0sra01" class="sra-digital-badge"><a href="https://www.sra.org.uk/consumers/register/" '
    'target="_blank">SRA Regulated &ndash; Confirm our regulation</a></div>'
    "</div></div></footer>"
)

_COOKIES = (
    '<div id="consent-banner-root" class="consent-banner wixui-consent-banner" role="dialog" '
    'aria-label="Cookie banner"><div class="consent-banner__inner"><p class="consent-banner__text">'
    "This website uses cookies. We use cookies to make the site work and, with your consent, to understand how "
    'it is used.</p><div class="consent-banner__buttons"><button class="consent-banner__settings">Settings'
    '</button><button class="consent-banner__decline">Decline all</button>'
    '<button class="consent-banner__accept">Accept</button></div></div></div>'
)

_ANALYTICS = (
    '<script async src="/_partials/analytics/gtag.js"></script>'
    "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
    "gtag('js',new Date());gtag('config','G-HR7C2X91QL');</script>"
)


def _page(title, description, *sections, slug="home"):
    return (
        '<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>{title} | {_SITE}</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="Wix.com Website Builder">'
        f'<meta name="description" content="{description}">'
        f'<meta property="og:title" content="{title} | {_SITE}">'
        f'<meta property="og:description" content="{description}">'
        '<meta property="og:site_name" content="Hartley Rees Solicitors">'
        '<meta property="og:type" content="website">'
        '<link rel="icon" sizes="192x192" href="/media/favicon-192.png">'
        '<link rel="stylesheet" href="/_partials/wix-thunderbolt/dist/main.renderer.min.css">'
        '<link rel="stylesheet" href="/_partials/wix-thunderbolt/dist/site-fonts.css">'
        f"{_ANALYTICS}</head>"
        f'<body class="responsive page-{slug}"><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">'
        '<div id="SCROLL_TO_TOP" class="Qd1tMn" tabindex="-1" aria-label="top of page"></div>'
        '<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">'
        f"{_HEADER}"
        '<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true">'
        f'<div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="{slug}" class="dBAkHi theme-page">'
        '<div class="PFkO7r wN7ebr"></div><div class="HT5ybB">' + "".join(sections) + "</div></div></div></main>"
        f"{_FOOTER}</div></div></div>{_COOKIES}</div></body></html>"
    )


# ---------------------------------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------------------------------

_HOME = _page(
    "Solicitors in Cardiff",
    "Friendly high-street solicitors in Heath, Cardiff: conveyancing, wills, probate, family, employment and "
    "business law, with clear fixed fees.",
    _section(
        _text(
            _h(1, "Straightforward legal advice from your local Cardiff solicitors", font="font_0"),
            _p(
                "Moving house, planning for the future, going through a separation or dealing with a problem at work? "
                "We explain things in plain English (or Welsh) and tell you the cost up front."
            ),
        ),
        _button("Book a consultation", "/contact/"),
        _button("See our fees", "/fees-and-funding/"),
        css="wixui-section hero-strip",
    ),
    _section(
        _text(
            _h(2, "A Whitchurch Road firm since 1987"),
            _p(
                "Hartley Rees opened in 1987 as a two-person practice in the rooms above what was then a bakery on "
                "Whitchurch Road. We have been in the same building ever since, although we now fill all three "
                "floors. Today the firm is a team of fourteen solicitors, conveyancers, legal executives and support "
                "staff, acting for families, homeowners, employees and small businesses across Cardiff, Penarth, the "
                "Vale of Glamorgan and the valleys."
            ),
            _p(
                "We have held the Law Society&rsquo;s Lexcel accreditation for practice management and client care "
                "since 2011, and we are members of the Law Society Conveyancing Quality Scheme. Many of our clients "
                "are the children and grandchildren of people we first helped decades ago &ndash; something we are "
                "quietly proud of."
            ),
        ),
    ),
    _section(
        _text(_h(2, "How we can help")),
        _text(
            _h(3, "Property", font="font_5"),
            _p(
                '<a href="/conveyancing/">Buying and selling a home</a> and '
                '<a href="/remortgage/">remortgages and transfers of equity</a>, with fixed fees.'
            ),
            _h(3, "Wills &amp; estates", font="font_5"),
            _p(
                '<a href="/wills/">Wills</a>, <a href="/lasting-powers-of-attorney/">lasting powers of attorney</a> '
                'and <a href="/probate/">probate and estate administration</a>.'
            ),
            _h(3, "Family", font="font_5"),
            _p(
                '<a href="/divorce-and-finances/">Divorce and financial settlements</a> and '
                '<a href="/child-arrangements/">arrangements for children</a>.'
            ),
            _h(3, "Work, renting &amp; business", font="font_5"),
            _p(
                '<a href="/employment-law/">Employment law for employees</a>, '
                '<a href="/landlord-and-tenant/">landlord and tenant disputes</a> and '
                '<a href="/business-contracts/">contracts for small businesses</a>.'
            ),
        ),
    ),
    _section(
        _reviews(
            (
                "Sold Mum&rsquo;s house and bought our first place at the same time and they kept everything on track. "
                "Always rang back the same day.",
                "Lowri J., Rhiwbina &ndash; Google review",
            ),
            (
                "Calm, kind and very clear about costs during a horrible time. I never felt rushed.",
                "Mark T., Llandaff North &ndash; Google review",
            ),
            (
                "Sorted our business terms in a week. Wish we had done it years ago.",
                "Bethan &amp; Sam, Canton &ndash; Google review",
            ),
        ),
        _text(_p("Rated 4.9 out of 5 from over 300 Google reviews.", color="color_13")),
    ),
    _section(
        _text(
            _h(2, "Siaradwch &acirc; ni yn Gymraeg"),
            _p('Croeso i chi ddelio &acirc; ni yn Gymraeg. <a href="/cymraeg/">Gwasanaeth Cymraeg</a>.'),
        ),
        _button("Talk to us today", "/contact/"),
    ),
    slug="home",
)

_CONVEYANCING = _page(
    "Conveyancing Cardiff - Buying & Selling a Home",
    "Fixed-fee residential conveyancing in Cardiff for purchases and sales of houses and flats, with our full "
    "fee table.",
    _section(
        _text(
            _h(1, "Buying &amp; selling a home", font="font_0"),
            _p(
                "We act on the purchase and sale of freehold and leasehold houses and flats anywhere in England and "
                "Wales, and we are on the conveyancing panels of most high-street mortgage lenders. Your matter is "
                "handled by one named conveyancer from start to finish, supported by our property team."
            ),
            _h(2, "How it works"),
            _ul(
                "<strong>Instruction</strong> &ndash; we send our terms and a written quote and open your file.",
                "<strong>Contract and searches</strong> &ndash; the seller&rsquo;s solicitor sends the contract "
                "pack; for a purchase we order local authority, drainage and environmental searches.",
                "<strong>Enquiries and mortgage offer</strong> &ndash; we raise questions on anything unclear and "
                "check your mortgage offer.",
                "<strong>Exchange of contracts</strong> &ndash; the deal becomes legally binding and your deposit "
                "(usually 10%) is paid. A completion date is fixed.",
                "<strong>Completion</strong> &ndash; the money moves, keys are released and we pay Land Transaction "
                "Tax to the Welsh Revenue Authority (or Stamp Duty Land Tax to HMRC for a property in England) and "
                "register you as owner at HM Land Registry.",
            ),
            _h(2, "How long will it take?"),
            _p(
                "A typical purchase takes <strong>10 to 14 weeks</strong> from the day you instruct us to the day you "
                "collect the keys. A sale with no onward chain is often quicker, at around 8 to 12 weeks. Leasehold "
                "flats and new builds can take longer while we wait for management packs or the developer&rsquo;s "
                "paperwork, and a long chain moves at the speed of its slowest link."
            ),
        ),
    ),
    _section(
        _text(_h(2, "Our fixed legal fees"), _p("All fees are plus VAT at 20%.")),
        _table(
            "Legal fee by price of the property",
            ["Property price", "Purchase", "Sale"],
            [
                ["Up to &pound;150,000", "&pound;850", "&pound;750"],
                ["&pound;150,001 &ndash; &pound;300,000", "&pound;950", "&pound;825"],
                ["&pound;300,001 &ndash; &pound;500,000", "&pound;1,095", "&pound;950"],
                ["&pound;500,001 &ndash; &pound;750,000", "&pound;1,295", "&pound;1,125"],
                ["&pound;750,001 &ndash; &pound;1,000,000", "&pound;1,550", "&pound;1,350"],
                ["Over &pound;1,000,000", "Quote on request", "Quote on request"],
            ],
        ),
        _table(
            "Supplements (added to the fee above)",
            ["Type of transaction", "Extra fee"],
            [
                ["Leasehold house or flat", "&pound;350"],
                ["New-build property", "&pound;295"],
                ["Shared ownership or Help to Buy &ndash; Wales", "&pound;250"],
                ["Unregistered property", "&pound;195"],
                ["Buy-to-let or purchase by a limited company", "&pound;250"],
                ["Using a Lifetime ISA bonus", "&pound;75"],
            ],
        ),
        _text(
            _h(3, "Typical disbursements on a purchase", font="font_5"),
            _ul(
                "Search pack (Cardiff Council local search, drainage and water, environmental): about &pound;325 "
                "including VAT",
                "HM Land Registry fee: &pound;20 to &pound;250 depending on price",
                "Bankruptcy search: &pound;7 per buyer",
                "Bank transfer fee: &pound;40 plus VAT per transfer",
            ),
            _p(
                "If your purchase or sale falls through before exchange, we charge only for the work done, never "
                "more than half of the quoted legal fee, plus any disbursements already paid out."
            ),
        ),
        _button("Get a conveyancing quote", "/contact/"),
    ),
    slug="conveyancing",
)

_REMORTGAGE = _page(
    "Remortgage & Transfer of Equity",
    "Fixed fee remortgage, transfer of equity and declaration of trust work for Cardiff homeowners.",
    _section(
        _text(
            _h(1, "Remortgage &amp; transfer of equity", font="font_0"),
            _h(2, "Moving your mortgage to a new lender"),
            _p(
                "When you switch to a different lender, a solicitor has to pay off the old mortgage, register the "
                "new one at HM Land Registry and report to the new lender on the title. Our fixed fee for a "
                "standard remortgage is <strong>&pound;450 plus VAT</strong>, with &pound;150 plus VAT extra for a "
                "leasehold property. Most remortgages complete <strong>4 to 6 weeks</strong> after we receive the "
                "lender&rsquo;s instructions."
            ),
            _p(
                "Disbursements are usually small: search indemnity insurance in place of full searches (around "
                "&pound;25 where the lender accepts it), the Land Registry fee, a &pound;7 bankruptcy search per "
                "borrower and a &pound;40 plus VAT bank transfer fee."
            ),
            _p(
                "Some lenders offer a free legal package through their own panel conveyancer. You are welcome to "
                "use it; clients come to us when they prefer a local firm they can speak to. If you are simply "
                "taking a new rate with your existing lender (a product transfer), you normally do not need a "
                "solicitor at all."
            ),
        ),
    ),
    _section(
        _text(
            _h(2, "Transfer of equity: adding or removing a name"),
            _p(
                "A transfer of equity changes who owns your home without selling it &ndash; for example adding a "
                "new partner, taking an ex-partner off the title after a separation, or a parent passing a share to "
                "a child. We prepare the transfer deed, obtain your lender&rsquo;s consent where there is a "
                "mortgage, and register the change at HM Land Registry."
            ),
            _table(
                "Transfer of equity fees (plus VAT)",
                ["Work", "Fixed fee"],
                [
                    ["Transfer of equity, mortgage unchanged or no mortgage", "&pound;550"],
                    ["Transfer of equity combined with a remortgage", "&pound;795"],
                    ["Declaration of trust (unequal shares between co-owners)", "&pound;395"],
                ],
            ),
            _p(
                "Land Transaction Tax can apply where the person taking on the property also takes on a share of "
                "the mortgage, unless the transfer is part of a divorce or dissolution. We check this for you."
            ),
        ),
        _sidebar(
            "Did you know?",
            _p(
                "Unmarried couples who put in different amounts towards a deposit should think about a declaration "
                "of trust, so that the split is recorded if you ever sell or separate."
            ),
        ),
        _button("Ask for a quote", "/contact/"),
    ),
    slug="remortgage",
)

_WILLS = _page(
    "Wills",
    "Wills written by solicitors in Cardiff, from £195 plus VAT, with free storage of your original will.",
    _section(
        _text(
            _h(1, "Making a will", font="font_0"),
            _p(
                "A will lets you choose who inherits, who sorts out your affairs (your executors) and who would look "
                "after your children if something happened to you. Without one, the intestacy rules decide &ndash; "
                "and an unmarried partner receives nothing under those rules, however long you have lived "
                "together."
            ),
            _h(2, "Our fixed fees"),
        ),
        _table(
            "Wills (plus VAT)",
            ["Service", "Fee"],
            [
                ["Single will", "&pound;195"],
                ["Mirror wills for a couple", "&pound;325"],
                ["Will with a property protection or discretionary trust", "from &pound;450 (&pound;650 a pair)"],
                ["Codicil (small change to an existing will)", "&pound;95"],
                ["Review of an existing will", "&pound;75, deducted if we then redraft it"],
            ],
        ),
        _text(
            _h(2, "The process"),
            _p(
                "We meet for about 45 minutes to talk through your family, your property and your wishes. You will "
                "have a draft within 10 working days. When you are happy, you sign it at our office in front of two "
                "of our staff as witnesses, so it is executed correctly."
            ),
            _p(
                "We keep the original in our fireproof strongroom free of charge for as long as you like, and "
                "register it on the Certainty National Will Register so it can be found."
            ),
        ),
    ),
    _section(
        _text(
            _h(2, "When should I update my will?"),
            _p(
                "Review your will every five years or so, and whenever your circumstances change &ndash; a new baby, "
                "a house move, a new business or the death of an executor or beneficiary."
            ),
            _p(
                "<strong>Marriage or civil partnership automatically cancels an earlier will</strong> in England and "
                "Wales, unless the will was made in contemplation of that particular marriage. Anyone who has married "
                "since making their will should make a new one. Divorce does not cancel the whole will, but your "
                "former spouse is treated as if they had died, which can leave gaps."
            ),
        ),
        _sidebar(
            "Guardians for children",
            _p(
                "Parents of children under 18 can name guardians in their wills. It is one of the most important "
                "reasons young families make a will."
            ),
        ),
        _button("Book a will appointment", "/contact/"),
    ),
    slug="wills",
)

_LPA = _page(
    "Lasting Powers of Attorney",
    "Lasting powers of attorney for property and financial affairs and for health and welfare, prepared by "
    "Cardiff solicitors.",
    _section(
        _text(
            _h(1, "Lasting powers of attorney", font="font_0"),
            _p(
                "A lasting power of attorney (LPA) is a legal document that lets you choose people you trust "
                "(your attorneys) to make decisions for you if you cannot make them yourself. There are two "
                "types:"
            ),
            _ul(
                "<strong>Property and financial affairs</strong> &ndash; running bank accounts, paying bills, "
                "dealing with pensions and benefits, selling a house. With your permission it can be used while "
                "you still have capacity, which many people find helpful.",
                "<strong>Health and welfare</strong> &ndash; decisions about medical treatment, care and where you "
                "live. It can only be used once you lack capacity to decide for yourself.",
            ),
            _h(2, "After a diagnosis of dementia"),
            _p(
                "An LPA can still be made after a diagnosis of dementia or another condition, as long as the person "
                "understands what they are signing at the time. Our solicitor acts as the certificate provider, "
                "meets the person on their own to confirm they understand and are not under pressure, and may ask "
                "for a letter from their GP. It is best not to wait: once capacity has gone, an LPA can no longer "
                "be made."
            ),
        ),
    ),
    _section(
        _table(
            "LPA fees",
            ["Service", "Our fee (plus VAT)"],
            [
                ["One LPA", "&pound;375"],
                ["Both types for one person", "&pound;550"],
                ["Both types for a couple (four LPAs)", "&pound;950"],
                ["Court of Protection deputyship application", "from &pound;1,500 plus court fee of &pound;408"],
            ],
        ),
        _text(
            _h(2, "Registration"),
            _p(
                "An LPA must be registered with the Office of the Public Guardian (OPG) before it can be used. The "
                "OPG charges <strong>&pound;82 per LPA</strong>; this is halved for people with an income under "
                "&pound;12,000 and waived for some means-tested benefits. The OPG is currently taking around "
                "<strong>16 to 20 weeks</strong> to register an LPA, so please allow for this."
            ),
            _h(2, "If there is no LPA"),
            _p(
                "If someone has already lost capacity without making an LPA, their family must apply to the Court "
                "of Protection to be appointed as a deputy. It is slower, more expensive and supervised every year, "
                "which is why we encourage everyone to make LPAs while they can."
            ),
        ),
        _button("Talk to us about an LPA", "/contact/"),
    ),
    slug="lasting-powers-of-attorney",
)

_PROBATE = _page(
    "Probate & Estate Administration",
    "Probate and estate administration in Cardiff: a fixed fee grant-only service or full administration of the "
    "estate by our private client team.",
    _section(
        _text(
            _h(1, "Probate &amp; estate administration", font="font_0"),
            _p(
                "When someone dies, their executors (or, if there is no will, their next of kin) have to collect in "
                "everything they owned, pay their debts and any tax, and pass what is left to the right people. "
                "Banks and the Land Registry will usually want to see a grant of probate first. We can take as much "
                "or as little of this off your hands as you wish."
            ),
            _h(2, "Option 1: grant-only service"),
            _p(
                "A <strong>fixed fee of &pound;1,250 plus VAT</strong>. We complete the inheritance tax paperwork "
                "where no tax is payable, prepare the executors&rsquo; statement and apply for the grant. You then "
                "close the accounts, sell the house and pay out the beneficiaries yourselves."
            ),
            _h(2, "Option 2: full estate administration"),
            _p(
                "We do everything: valuing the estate, dealing with HMRC, obtaining the grant, selling or "
                "transferring property, paying debts, preparing estate accounts and distributing the money. This "
                "is charged at our hourly rates, with a written estimate at the outset. For a straightforward "
                "estate &ndash; one house, a few bank accounts and no inheritance tax &ndash; the total is usually "
                "between <strong>&pound;3,500 and &pound;6,000 plus VAT</strong>."
            ),
        ),
    ),
    _section(
        _text(
            _h(2, "Other costs"),
            _ul(
                "Probate Registry court fee: &pound;300 for estates over &pound;5,000",
                "Statutory notices to creditors in The Gazette and a local paper: about &pound;250",
                "Bankruptcy searches against beneficiaries: &pound;7 each",
                "Searching for a missing will through Certainty: &pound;120 plus VAT",
            ),
            _h(2, "How long does it take?"),
            _p(
                "Once the application is submitted the grant itself usually takes 12 to 16 weeks. Administering the "
                "whole estate typically takes <strong>9 to 12 months</strong>, and longer where a property has to "
                "be sold or inheritance tax is payable. We advise executors not to distribute the estate until six "
                "months after the grant, the deadline for most claims against an estate."
            ),
            _p(
                "Beneficiaries who would like to redirect their inheritance, for example to their children, can do "
                "so by a deed of variation within two years of the death (&pound;650 plus VAT)."
            ),
        ),
        _sidebar(
            "Being an executor",
            _p(
                "Being named as an executor does not oblige you to act. If you would rather not, you can step aside "
                "by signing a form of renunciation, or let a professional act instead."
            ),
        ),
        _button("Speak to our probate team", "/contact/"),
    ),
    slug="probate",
)

_DIVORCE = _page(
    "Divorce & Finances",
    "No-fault divorce, financial settlements, consent orders and pensions on divorce: family solicitors in Cardiff.",
    _section(
        _text(
            _h(1, "Divorce &amp; financial settlements", font="font_0"),
            _p(
                "Since 6 April 2022 divorce in England and Wales has been &lsquo;no fault&rsquo;: nobody has to "
                "blame anyone, and the application cannot be defended except on very narrow grounds. You must have "
                "been married for at least a year. Couples can apply jointly or one person can apply alone. The same "
                "rules apply to ending a civil partnership."
            ),
            _h(2, "The stages"),
            _ul(
                "Application issued online by the court.",
                "A 20-week period of reflection.",
                "Conditional order.",
                "Six weeks and one day later, the final order, which ends the marriage.",
            ),
            _p(
                "In practice the whole process takes at least 26 weeks and usually seven to nine months. The court "
                "fee is <strong>&pound;612</strong>. Our fixed fee for handling the divorce itself is "
                "<strong>&pound;595 plus VAT</strong> for the applicant, or &pound;350 plus VAT if you are "
                "responding to your spouse&rsquo;s application."
            ),
        ),
    ),
    _section(
        _text(
            _h(2, "Sorting out the money"),
            _p(
                "The divorce does not, by itself, end financial claims between you. Until a court order deals with "
                "them, either of you could make a claim against the other in future &ndash; even years later."
            ),
            _p(
                "<strong>If you have already agreed</strong> how to divide the house, savings and pensions, we turn "
                "the agreement into a <strong>consent order</strong> and send it to the court for a judge to approve, "
                "which makes it legally binding. Our fixed fee is &pound;950 plus VAT, plus the &pound;58 court "
                "fee. Where a pension is being shared, the pension provider&rsquo;s paperwork is included."
            ),
            _p(
                "<strong>If you cannot agree</strong>, we exchange full financial disclosure on Form E, negotiate, "
                "and if necessary apply to the court, which holds a Financial Dispute Resolution (FDR) hearing to "
                "help you settle. This is charged at our hourly rates, and we give an estimate at each stage."
            ),
            _p(
                "We generally advise not applying for the final order until the financial order has been "
                "approved, particularly where pensions are involved."
            ),
        ),
        _sidebar(
            "Other agreements",
            _ul(
                "Separation agreement: &pound;750 plus VAT",
                "Pre-nuptial or post-nuptial agreement: from &pound;1,500 plus VAT",
            ),
        ),
        _button("Arrange a family law meeting", "/contact/"),
    ),
    slug="divorce-and-finances",
)

_CHILDREN = _page(
    "Child Arrangements",
    "Advice on child arrangements orders, parental responsibility, holidays abroad and urgent applications from "
    "Cardiff family solicitors.",
    _section(
        _text(
            _h(1, "Arrangements for children", font="font_0"),
            _p(
                "Most separated parents manage to agree where the children will live and how much time they spend "
                "with each parent, sometimes with a little help. Court is a last resort, but when talking has "
                "stopped working we can help you apply."
            ),
            _h(2, "Before going to court: the MIAM"),
            _p(
                "Before you can apply to the family court you must normally attend a <strong>Mediation Information "
                "and Assessment Meeting (MIAM)</strong> with an accredited family mediator, who will see whether "
                "mediation could work. Exemptions apply, for example where there is evidence of domestic abuse or "
                "the case is urgent. We do not mediate ourselves, but we can recommend mediators across Cardiff and "
                "advise you alongside mediation."
            ),
            _h(2, "Orders the court can make"),
            _ul(
                "<strong>Child arrangements order</strong> &ndash; who a child lives with and spends time with.",
                "<strong>Specific issue order</strong> &ndash; settles one question, such as a choice of school or "
                "medical treatment.",
                "<strong>Prohibited steps order</strong> &ndash; stops a parent doing something, such as moving "
                "the child away.",
            ),
            _p(
                "The court fee for an application is &pound;263. In Wales, Cafcass Cymru reports to the court and "
                "speaks to both parents and sometimes the children. Costs to the first hearing are usually "
                "&pound;1,500 to &pound;2,500 plus VAT at our hourly rates."
            ),
        ),
    ),
    _section(
        _text(
            _h(2, "Parental responsibility and other relatives"),
            _p(
                "Mothers automatically have parental responsibility. Fathers have it if they were married to the "
                "mother or are named on a birth certificate registered after 1 December 2003. Grandparents and "
                "other relatives can apply for time with a child, but usually need the court&rsquo;s permission "
                "before making the application."
            ),
            _h(2, "Holidays and moving abroad"),
            _p(
                "Taking a child out of the UK needs the consent of everyone with parental responsibility or a court "
                "order. A parent named in a &lsquo;lives with&rsquo; order can take the child abroad for up to 28 "
                "days without consent."
            ),
        ),
        _sidebar(
            "Urgent help",
            _p(
                "If you fear a child is about to be taken abroad without your agreement, call us straight away on "
                '<a href="tel:+442920627140">029 2062 7140</a>. We can apply for an urgent order the same day and '
                "the police can issue a port alert."
            ),
        ),
        _button("Book a meeting", "/contact/"),
    ),
    slug="child-arrangements",
)

_EMPLOYMENT = _page(
    "Employment Law for Employees",
    "Settlement agreement advice, unfair dismissal and workplace problems: employment solicitors for employees in "
    "Cardiff.",
    _section(
        _text(
            _h(1, "Employment law for employees", font="font_0"),
            _p("We act for employees only &ndash; never for employers &ndash; so you know which side we are on."),
            _h(2, "Settlement agreements"),
            _p(
                "If your employer offers you a settlement agreement to leave (or to settle a dispute), the law says "
                "you must take independent advice from a qualified adviser, who signs a certificate, before it is "
                "binding. Employers almost always contribute towards the cost, typically &pound;350 to &pound;750 "
                "plus VAT."
            ),
            _p(
                "<strong>For most agreements our fee is covered entirely by your employer&rsquo;s contribution, so "
                "there is nothing for you to pay.</strong> If you want us to negotiate a better package and that "
                "needs more work than the contribution covers, we will agree any extra fee with you in writing "
                "first. We can usually advise within two working days, in person, by phone or by video."
            ),
            _p(
                "We check the termination payment and how it is taxed (the first &pound;30,000 of a genuine "
                "termination payment is normally tax-free), notice and holiday pay, the reference, and any "
                "confidentiality or restrictive clauses."
            ),
        ),
    ),
    _section(
        _text(
            _h(2, "Dismissed or treated unfairly?"),
            _p(
                "You normally need two years&rsquo; continuous service to claim unfair dismissal, although there is "
                "no minimum for discrimination, whistleblowing and some other claims."
            ),
            _p(
                "<strong>The time limits are short.</strong> Before making an employment tribunal claim you must "
                "contact ACAS for early conciliation within <strong>three months less one day</strong> of the date "
                "of dismissal (or of the last act of discrimination). Early conciliation pauses the clock while it "
                "runs. Please contact us as soon as possible; we cannot extend a deadline that has already passed."
            ),
            _p(
                "We also advise on redundancy, grievances and disciplinary hearings, constructive dismissal and "
                "unpaid wages. Tribunal work is charged at our hourly rates. Many home insurance policies include "
                "legal expenses cover for employment disputes, so it is worth checking yours."
            ),
        ),
        _button("Get settlement agreement advice", "/contact/"),
    ),
    slug="employment-law",
)

_LANDLORD = _page(
    "Landlord & Tenant Disputes",
    "Landlord and tenant disputes in Wales under the Renting Homes (Wales) Act: possession claims, deposits and "
    "disrepair.",
    _section(
        _text(
            _h(1, "Landlord &amp; tenant disputes", font="font_0"),
            _p(
                "Renting in Wales changed on 1 December 2022, when the Renting Homes (Wales) Act 2022 came into force. "
                "Tenants are now &lsquo;contract-holders&rsquo; and tenancies are &lsquo;occupation contracts&rsquo;. "
                "Landlords must give a written statement of the contract within 14 days and must be registered "
                "with Rent Smart Wales. We act for both landlords and contract-holders in residential disputes."
            ),
            _h(2, "For landlords: getting your property back"),
            _ul(
                "<strong>Section 173 notice</strong> (no fault): at least six months&rsquo; notice, and it cannot "
                "be given in the first six months of the contract.",
                "<strong>Section 181 notice</strong> for serious rent arrears (at least two months&rsquo; rent "
                "unpaid): 14 days&rsquo; notice.",
                "<strong>Section 159 notice</strong> for other breaches of contract: one month&rsquo;s notice.",
            ),
        ),
        _table(
            "Fixed fees for landlords (plus VAT)",
            ["Stage", "Our fee", "Court fee"],
            [
                ["Checking paperwork and serving the correct notice", "&pound;195", "&ndash;"],
                ["Possession claim up to and including the hearing", "&pound;850", "&pound;391"],
                ["Warrant for bailiffs if the occupier does not leave", "&pound;150", "&pound;148"],
            ],
        ),
    ),
    _section(
        _text(
            _h(2, "For contract-holders (tenants)"),
            _p(
                "<strong>Deposits.</strong> Your landlord must protect your deposit in a government scheme (the "
                "Deposit Protection Service, mydeposits or the Tenancy Deposit Scheme) within 30 days and give you "
                "the prescribed information. If a landlord will not return a deposit, each scheme offers free "
                "dispute resolution; if the deposit was never protected, the court can order the landlord to pay "
                "up to three times the deposit."
            ),
            _p(
                "<strong>Disrepair.</strong> Landlords must keep the home fit for human habitation, including "
                "working smoke alarms and an electrical safety check at least every five years. We can bring "
                "disrepair claims and defend possession claims."
            ),
            _p("Disputes that are not covered by a fixed fee are charged at our hourly rates."),
        ),
        _button("Discuss your tenancy problem", "/contact/"),
    ),
    slug="landlord-and-tenant",
)

_BUSINESS = _page(
    "Small Business Contracts",
    "Terms and conditions, shareholder agreements, contract reviews and a monthly legal helpline for small "
    "businesses in Cardiff.",
    _section(
        _text(
            _h(1, "Contracts for small businesses", font="font_0"),
            _p(
                "We work with sole traders, partnerships and small limited companies of up to about 50 staff "
                "&ndash; cafés, trades, shops, consultancies and online sellers. Good paperwork stops arguments "
                "before they start and gets invoices paid."
            ),
        ),
        _table(
            "Fixed fees (plus VAT)",
            ["Document", "Fee"],
            [
                ["Terms and conditions of business (trade or consumer customers)", "from &pound;450"],
                ["Website terms and privacy notice", "&pound;350"],
                ["Supplier, distribution or agency agreement", "from &pound;650"],
                ["Shareholders&rsquo; agreement", "from &pound;950"],
                ["Partnership or LLP agreement", "from &pound;950"],
                ["Reviewing a contract someone has sent you", "from &pound;250"],
                ["Reviewing a lease for a shop, office or unit you are renting", "from &pound;650"],
                ["Letter before action for an unpaid invoice", "&pound;75"],
            ],
        ),
    ),
    _section(
        _text(
            _h(2, "Business Legal Line"),
            _p(
                "For <strong>&pound;95 plus VAT a month</strong> you can phone our business team whenever you need "
                "to, for quick advice of up to 15 minutes per call, and have one short document reviewed each "
                "month. There is no minimum term: cancel with a month&rsquo;s notice."
            ),
            _h(2, "How we work"),
            _p(
                "We start by understanding how your business actually trades, then draft in plain English. You "
                "will get a first draft within ten working days and one round of changes is included in every "
                "fixed fee."
            ),
        ),
        _reviews(
            (
                "Tom turned our messy quote template into proper terms in a week and our late payers have "
                "suddenly found their chequebooks.",
                "Dan, joinery business in Llanishen",
            ),
        ),
        _button("Talk to our business team", "/contact/"),
    ),
    slug="business-contracts",
)

_FEES = _page(
    "Fees & Funding",
    "Our hourly rates, fixed fees, payment options and position on legal aid.",
    _section(
        _text(
            _h(1, "Fees &amp; funding", font="font_0"),
            _h(2, "Fixed fees or hourly rates?"),
            _p(
                "Wherever we can, we charge a <strong>fixed fee</strong> so you know the cost from the start. This "
                "covers most property work, wills and lasting powers of attorney, the divorce process, settlement "
                "agreements and business documents. The fixed fees are shown on each service page."
            ),
            _p(
                "Work whose length we cannot predict &ndash; disputes, contested family cases and full estate "
                "administration &ndash; is charged by the hour, recorded in units of six minutes. You will receive "
                "a written estimate at the start and an update whenever it changes, and we may ask for money on "
                "account before starting."
            ),
        ),
        _table(
            "Hourly rates (plus VAT at 20%)",
            ["Fee earner", "Rate"],
            [
                ["Partner", "&pound;260"],
                ["Associate solicitor / Chartered Legal Executive", "&pound;220"],
                ["Solicitor", "&pound;190"],
                ["Trainee solicitor / paralegal", "&pound;130"],
            ],
        ),
    ),
    _section(
        _text(
            _h(2, "Paying us"),
            _p(
                "You can pay by bank transfer or by debit card, by phone or at our office. We do not accept cash "
                "payments of more than &pound;500. <strong>We will never change our bank details by email</strong> "
                "&ndash; always ring us on a number you trust before sending money."
            ),
            _p(
                "For family and dispute work charged by the hour, we can agree a <strong>monthly payment plan"
                "</strong> by standing order after an initial payment on account. We also accept cases funded by "
                "legal expenses insurance. We do not take cases on a &lsquo;no win, no fee&rsquo; basis."
            ),
            _h(2, "Legal aid"),
            _p(
                "Hartley Rees <strong>does not hold a legal aid contract</strong>, so we cannot take on cases "
                "funded by legal aid. You may qualify for legal aid in some family cases involving domestic abuse "
                "or child protection, and in some housing cases where you could lose your home. Use the legal aid "
                "checker on GOV.UK or call Civil Legal Advice on 0345 345 4 345, and we will gladly point you to "
                "Cardiff firms that do legal aid work."
            ),
            _p(
                "If you are on a low income you may not have to pay court fees in full; you can apply to HMCTS "
                "for Help with Fees."
            ),
        ),
    ),
    slug="fees-and-funding",
)

_FIRST = _page(
    "Your First Appointment",
    "What happens at your first appointment with us, what it costs and the identity documents to bring.",
    _section(
        _text(
            _h(1, "Your first appointment", font="font_0"),
            _h(2, "The first 30 minutes are free"),
            _p(
                "Your <strong>first 30-minute consultation with a solicitor is free of charge</strong>, for any "
                "area of law we cover, whether you come to the office, speak by phone or meet on video. It is a "
                "chance to explain what has happened, hear your options and get a clear quote. Nothing is charged "
                "unless you decide to instruct us afterwards."
            ),
            _p("Please bring any letters, contracts or court papers, and a list of questions so nothing is forgotten."),
        ),
    ),
    _section(
        _text(
            _h(2, "Proving who you are"),
            _p(
                "Before we can act, the Money Laundering Regulations 2017 and our regulator require us to verify the "
                "identity of every client. Please bring originals of:"
            ),
            _ul(
                "<strong>one photo ID</strong>: a valid passport, UK photocard driving licence or national "
                "identity card; and",
                "<strong>one proof of address</strong> dated within the last three months: a utility bill, council "
                "tax bill or bank or building society statement (not a mobile phone bill).",
            ),
            _p("If you cannot come in, you may send copies certified by a solicitor, accountant or bank."),
            _h(2, "Property purchases and source of funds"),
            _p(
                "For property transactions we also verify you electronically through the Thirdfort app, which "
                "costs &pound;12 plus VAT per person. We must see where your money comes from, usually through six "
                "months of bank statements. If a relative is giving you money towards a deposit, they must also "
                "complete ID checks, show the source of the gift and sign a gifted deposit declaration."
            ),
            _p(
                "We cannot start work until these checks are complete, and we are not allowed to discuss any "
                "report we may be obliged to make to the authorities."
            ),
        ),
        _button("Book your free consultation", "/contact/"),
    ),
    slug="your-first-appointment",
)

_COMPLAINTS = _page(
    "Complaints & Regulatory Information",
    "Our complaints procedure, the Legal Ombudsman and regulatory information for Hartley Rees Solicitors.",
    _section(
        _text(
            _h(1, "Complaints procedure", font="font_0"),
            _p(
                "We want every client to be happy with our service. If something has gone wrong, please tell the "
                "person dealing with your matter first &ndash; most problems can be put right quickly."
            ),
            _p(
                "If that does not resolve it, write to our Complaints Partner, <strong>Helen Hartley</strong>, at "
                "118 Whitchurch Road, Cardiff CF14 3LY or "
                '<a href="mailto:complaints@hartleyrees.co.uk">complaints@hartleyrees.co.uk</a>. We will '
                "acknowledge your complaint within <strong>three working days</strong>, investigate it and send "
                "you our final written response within <strong>eight weeks</strong>. We do not charge for handling "
                "a complaint."
            ),
            _h(2, "The Legal Ombudsman"),
            _p(
                "If you are still unhappy with our final response, or eight weeks have passed, you can ask the Legal "
                "Ombudsman to look at your complaint. You must normally contact them within six months of our final "
                "response, and no more than one year after the problem happened (or after you should have known "
                "about it)."
            ),
            _p(
                "Legal Ombudsman, PO Box 6167, Slough SL1 0EH &middot; 0300 555 0333 &middot; "
                "enquiries@legalombudsman.org.uk &middot; "
                '<a href="https://www.legalombudsman.org.uk" target="_blank">www.legalombudsman.org.uk</a>'
            ),
            _p(
                "If your complaint is about our bill, you may also be able to ask the court to assess it under Part "
                "III of the Solicitors Act 1974. Concerns about dishonesty or discrimination can be reported to "
                "the Solicitors Regulation Authority."
            ),
        ),
    ),
    _section(
        _text(
            _h(2, "Regulatory information"),
            _ul(
                "Hartley Rees Solicitors Limited, registered in England and Wales, company number 07412896. "
                "Registered office: 118 Whitchurch Road, Cardiff CF14 3LY.",
                "Authorised and regulated by the Solicitors Regulation Authority. The SRA Standards and "
                'Regulations are at <a href="https://www.sra.org.uk" target="_blank">www.sra.org.uk</a>.',
                "VAT registration number GB 284 5519 63.",
                "Professional indemnity insurance: QBE UK Limited, 30 Fenchurch Street, London EC3M 3BD, "
                "covering work in England and Wales to a minimum of &pound;3 million per claim.",
                "We are not authorised by the Financial Conduct Authority. We are included on the Financial "
                "Services Register for insurance distribution, such as arranging title insurance, as an activity "
                "incidental to our legal work.",
            ),
            _h(2, "Privacy and cookies"),
            _p(
                "We use your personal data only to provide legal services and meet our legal duties, and keep files "
                "for at least six years after a matter ends (wills and deeds for as long as you ask). Cookies on "
                "this site can be declined through the banner."
            ),
        ),
    ),
    slug="complaints-and-regulation",
)


def _team_card(name, role, bio, welsh=False):
    cid = _cid()
    badge = '<span class="team-badge welsh-speaker">Siaradwr Cymraeg</span>' if welsh else ""
    return (
        f'<div id="{cid}__item-lk{cid[-4:]}" class="wixui-repeater__item team-card" '
        f'data-testid="responsive-repeater-item"><div class="wixui-box" data-testid="container-bg">'
        f'<div class="wixui-image"><img src="/media/team/{name.lower().replace(" ", "-")}.jpg" alt="{name}" '
        f'width="300" height="300"></div>'
        + _text(_h(3, name, font="font_4"), _p(role, color="color_18"), _p(bio))
        + badge
        + "</div></div>"
    )


_TEAM = _page(
    "Our Team",
    "Meet the solicitors, conveyancers and support staff at Hartley Rees Solicitors in Heath, Cardiff.",
    _section(
        _text(
            _h(1, "Meet the team", font="font_0"),
            _p("Your matter is always handled by a named person you can call, supervised by a partner."),
        ),
        '<div id="comp-lkteam01" class="comp-lkteam01 wixui-repeater" data-testid="repeater">'
        + _team_card(
            "Helen Hartley",
            "Managing Partner &middot; Residential Property",
            "Helen qualified in 1998 and leads our conveyancing team. She is also the firm&rsquo;s Complaints "
            "Partner. Outside work she runs the Cardiff Half Marathon most years.",
        )
        + _team_card(
            "Rhian Pritchard",
            "Partner &middot; Family Law",
            "Rhian is a Resolution Accredited Specialist and trained collaborative lawyer, handling divorce, "
            "financial settlements and children matters.",
            welsh=True,
        )
        + _team_card(
            "Gareth Rees",
            "Consultant &middot; Wills, Trusts &amp; Probate",
            "Gareth opened the firm&rsquo;s doors on Whitchurch Road and was senior partner for thirty years. He "
            "stepped back to become a consultant in 2019 and still works with us on Tuesdays and Thursdays, "
            "looking after wills, trusts and estates for many long-standing clients. He is a full member of STEP.",
            welsh=True,
        )
        + _team_card(
            "Owain Jenkins",
            "Associate Solicitor &middot; Employment &amp; Disputes",
            "Owain advises employees on settlement agreements and dismissals and handles landlord and tenant disputes.",
        )
        + _team_card(
            "Sophie Clarke",
            "Solicitor &middot; Wills, LPAs &amp; Elderly Client",
            "Sophie is a member of Solicitors for the Elderly and a Dementia Friend, and prepares most of our "
            "lasting powers of attorney.",
        )
        + _team_card(
            "Tom Mahoney",
            "Solicitor &middot; Business &amp; Commercial",
            "Tom drafts and reviews contracts for small businesses and runs our Business Legal Line.",
        )
        + _team_card(
            "Priya Sharma",
            "Senior Conveyancer &middot; Chartered Legal Executive",
            "Priya has handled residential sales and purchases for fifteen years. She also speaks Punjabi and Hindi.",
        )
        + _team_card(
            "Catrin Morgan",
            "Trainee Solicitor",
            "Catrin is in the second year of her training contract, currently in our family and probate teams.",
            welsh=True,
        )
        + _team_card(
            "Ffion Lewis",
            "Client Care Manager",
            "Ffion is usually the first voice you hear when you call, and looks after appointments and reception.",
            welsh=True,
        )
        + "</div>",
    ),
    slug="our-team",
)

_CYMRAEG = _page(
    "Gwasanaeth Cymraeg - Welsh-language service",
    "Gallwch ddelio â Hartley Rees yn Gymraeg. You can deal with us in Welsh.",
    _section(
        _text(
            _h(1, "Gwasanaeth Cymraeg", font="font_0"),
            _p(
                "Mae croeso i chi ddelio &acirc; ni yn Gymraeg. Gallwch siarad &acirc; ni ar y ff&ocirc;n, "
                "cyfarfod yn y swyddfa ac ysgrifennu atom yn Gymraeg, a byddwn yn ateb yn Gymraeg. Does dim cost "
                "ychwanegol am wasanaeth Cymraeg."
            ),
            _p(
                "Gallwn baratoi eich <strong>ewyllys</strong> neu eich <strong>atwrneiaeth arhosol</strong> yn "
                "Gymraeg neu&rsquo;n ddwyieithog. Mae gennych hawl i siarad Cymraeg mewn unrhyw lys yng Nghymru."
            ),
            _p("Ffoniwch 029 2062 7140 a phwyso 2 am wasanaeth Cymraeg."),
        ),
    ),
    _section(
        _text(
            _h(2, "Welsh-language service"),
            _p(
                "You are welcome to deal with us in Welsh: by phone, in meetings, by letter and by email. There is "
                "no extra charge for using Welsh."
            ),
            _ul(
                "<strong>Wills and lasting powers of attorney</strong> can be drawn up in Welsh or bilingually. The "
                "Office of the Public Guardian accepts Welsh-language LPA forms and HM Land Registry accepts "
                "documents in Welsh.",
                "<strong>Family and other court cases</strong>: everyone has the right to speak Welsh in any court "
                "in Wales. We tell the court in advance and it arranges simultaneous translation free of charge.",
                "Our Welsh speakers work in <strong>family law, wills and probate</strong> and on reception. "
                "Conveyancing and employment matters are handled in English, but we will translate any letter or "
                "document for you into Welsh at no cost.",
            ),
            _p(
                'When you call <a href="tel:+442920627140">029 2062 7140</a>, press 2 to speak to a Welsh speaker. '
                "Look for the orange <em>Iaith Gwaith</em> badge worn by Welsh-speaking staff in the office."
            ),
        ),
        _button("Cysylltwch &acirc; ni", "/contact/"),
    ),
    slug="cymraeg",
)

_CONTACT = _page(
    "Contact Us & Find Us",
    "Contact Hartley Rees Solicitors, 118 Whitchurch Road, Heath, Cardiff CF14 3LY: opening hours, parking and "
    "directions.",
    _section(
        _text(
            _h(1, "Contact us", font="font_0"),
            _p("Hartley Rees Solicitors, 118 Whitchurch Road, Heath, Cardiff CF14 3LY"),
            _p(
                'Phone <a href="tel:+442920627140">029 2062 7140</a> &middot; Email '
                '<a href="mailto:enquiries@hartleyrees.co.uk">enquiries@hartleyrees.co.uk</a>'
            ),
        ),
        _table(
            "Opening hours",
            ["Day", "Hours"],
            [
                ["Monday", "9am &ndash; 5.30pm"],
                ["Tuesday", "9am &ndash; 5.30pm (evening appointments until 7pm by arrangement)"],
                ["Wednesday &amp; Thursday", "9am &ndash; 5.30pm"],
                ["Friday", "9am &ndash; 5pm"],
                [
                    "Saturday",
                    "First Saturday of the month, 9.30am &ndash; 12.30pm, appointments only (property and wills)",
                ],
                ["Sunday &amp; bank holidays", "Closed"],
            ],
        ),
        _text(
            _p(
                "Phones are answered from 8.45am. Between Christmas Eve at midday and 2 January the office is "
                "closed. Messages left out of hours are picked up the next working morning."
            ),
        ),
        '<form id="comp-lkform01" class="wixui-form" data-testid="form" action="#" method="post">'
        '<label>Name<input type="text" name="name" required></label>'
        '<label>Email<input type="email" name="email" required></label>'
        '<label>Phone<input type="tel" name="phone"></label>'
        '<label>How can we help?<textarea name="message"></textarea></label>'
        '<button type="submit" class="wixui-button">Send enquiry</button></form>',
    ),
    _section(
        _text(
            _h(2, "Finding us"),
            _p(
                "We are on the main stretch of Whitchurch Road, between the Allensbank Road junction and the "
                "shops, opposite the pharmacy. Several Cardiff Bus routes stop a short walk away, and Heath Low "
                "Level station is about a ten-minute walk."
            ),
            _h(2, "Parking"),
            _p(
                "We have <strong>two client parking spaces</strong> behind the building, reached from the lane off "
                "Allensbank Road. Please ring ahead to reserve one. There are free one-hour on-street bays along "
                "Whitchurch Road (no return within two hours). Most side streets are residents&rsquo; permit zones, "
                "so please do not park there. There is a bike rack at the front door."
            ),
            _h(2, "Accessibility"),
            _p(
                "There is step-free access through the rear entrance from the car park, a ground-floor meeting "
                "room, an accessible toilet and a hearing loop at reception."
            ),
        ),
        '<div id="comp-lkmap01" class="wixui-google-map" data-testid="google-map" '
        'aria-label="Map of 118 Whitchurch Road, Cardiff"></div>',
    ),
    slug="contact",
)

_FAQS = _page(
    "FAQs",
    "Frequently asked questions about working with Hartley Rees Solicitors.",
    _section(
        _text(
            _h(1, "Frequently asked questions", font="font_0"),
            _p("Can&rsquo;t find your answer? Call us on 029 2062 7140."),
        ),
        _accordion(
            (
                "Do you deal with criminal cases or motoring offences?",
                _p(
                    "No, we do not practise criminal law. Anyone arrested or asked to attend a police interview is "
                    "entitled to free advice from the duty solicitor at the police station &ndash; ask the custody "
                    "officer. For court cases, please contact a specialist criminal defence firm."
                ),
            ),
            (
                "Do you handle personal injury or clinical negligence claims?",
                _p("No. We can suggest specialist firms if you call us."),
            ),
            (
                "Can you visit me at home, in hospital or in a care home?",
                _p(
                    "Yes. For wills, lasting powers of attorney and estate matters we visit clients who cannot easily "
                    "get to us, within about ten miles of the office. A visit costs &pound;75 plus VAT on top of the "
                    "usual fee."
                ),
            ),
            (
                "Can we meet by video call?",
                _p("Yes. We use Microsoft Teams, Zoom or WhatsApp video &ndash; whichever you find easiest."),
            ),
            (
                "I don&rsquo;t live in Cardiff. Can you still act for me?",
                _p(
                    "Yes. We act for clients throughout England and Wales, and for people living overseas, by "
                    "phone, video and post."
                ),
            ),
            (
                "Can you act for both the buyer and the seller?",
                _p("Normally not. The rules on conflicts of interest mean each side should have its own solicitor."),
            ),
            (
                "Do you store title deeds?",
                _p("Yes, free of charge, in the same strongroom as our clients&rsquo; wills."),
            ),
            (
                "Can you certify a copy of my passport or other documents?",
                _p(
                    "Yes. We certify copies for &pound;15 plus VAT per document; please bring the original. Documents "
                    "that need legalising for use abroad usually need a notary public, and we are not notaries."
                ),
            ),
            (
                "How quickly will you get back to me?",
                _p("We aim to return calls and answer emails within one working day."),
            ),
        ),
    ),
    slug="faqs",
)

HTML = {
    "/": _HOME,
    "/conveyancing/": _CONVEYANCING,
    "/remortgage/": _REMORTGAGE,
    "/wills/": _WILLS,
    "/lasting-powers-of-attorney/": _LPA,
    "/probate/": _PROBATE,
    "/divorce-and-finances/": _DIVORCE,
    "/child-arrangements/": _CHILDREN,
    "/employment-law/": _EMPLOYMENT,
    "/landlord-and-tenant/": _LANDLORD,
    "/business-contracts/": _BUSINESS,
    "/fees-and-funding/": _FEES,
    "/your-first-appointment/": _FIRST,
    "/complaints-and-regulation/": _COMPLAINTS,
    "/our-team/": _TEAM,
    "/cymraeg/": _CYMRAEG,
    "/contact/": _CONTACT,
    "/faqs/": _FAQS,
}

QUESTIONS = [
    ("how long has your firm been going? my nan used you back in the 90s i think", "/"),
    ("We're buying our first house, it's £235,000 in Llanishen. What would your fee be for that?", "/conveyancing/"),
    ("roughly how long does it take to buy a house from start to finish", "/conveyancing/"),
    (
        "My ex is coming off the house and I'm keeping it in my name only, how much do you charge to sort that out",
        "/remortgage/",
    ),
    ("I made a will years ago and got married last summer, is the old one still ok?", "/wills/"),
    (
        "Mam's just been diagnosed with early dementia and I want to be able to deal with her bank if she gets "
        "worse. Is it too late to set something up?",
        "/lasting-powers-of-attorney/",
    ),
    (
        "Dad passed away last month and I'm executor. I haven't a clue where to start, can you do the lot for us "
        "and roughly what does that cost",
        "/probate/",
    ),
    (
        "me and my husband have agreed who gets the house and his pension, do we need to do anything to make it legal",
        "/divorce-and-finances/",
    ),
    (
        "My ex won't let me see the kids. Do I have to go to mediation before I can take her to court?",
        "/child-arrangements/",
    ),
    (
        "work have offered me a settlement agreement and say they'll pay for a solicitor to look at it. will it "
        "cost me anything?",
        "/employment-law/",
    ),
    ("I got sacked last week after 3 years there, how long have I got to do something about it", "/employment-law/"),
    (
        "My tenant's four months behind on rent and I want the flat back. What do you charge to get them out?",
        "/landlord-and-tenant/",
    ),
    (
        "I run a small bakery and need proper terms for the cafes I supply wholesale, is that something you do",
        "/business-contracts/",
    ),
    ("Do you do legal aid", "/fees-and-funding/"),
    ("Can I pay monthly? My divorce is going to drag on and I cant pay it all at once", "/fees-and-funding/"),
    ("is the first meeting free or do you charge for it", "/your-first-appointment/"),
    ("What ID do I need to bring with me?", "/your-first-appointment/"),
    ("I'm not happy with how my case has been handled, who do I complain to", "/complaints-and-regulation/"),
    ("who is your professional indemnity insurer?", "/complaints-and-regulation/"),
    ("Is Gareth Rees still working there? He did my mum's will years ago", "/our-team/"),
    ("Alla i gael fy ewyllys wedi'i hysgrifennu yn Gymraeg? can I have my will done in welsh", "/cymraeg/"),
    ("is there anywhere to park near you", "/contact/"),
    ("I work till half five every day, are you open at all in the evenings?", "/contact/"),
    (
        "Could someone come out to my father's care home to do his will? He can't really leave the home anymore",
        "/faqs/",
    ),
    ("my son's been arrested, can one of your solicitors help him", "/faqs/"),
]

OUT_OF_SCOPE = [
    "Can you help me register a trademark for my business logo?",
    "Can you recommend a good mortgage broker in Cardiff?",
    "Do you give a discount for NHS staff or Blue Light card holders?",
    "My neighbour has put in a planning application that will block my light, can you help me object to it?",
    "Do you offer work experience placements for A-level students thinking about law?",
    "I want to adopt my partner's son, is that something you handle and what would it cost?",
    "what time does Cardiff Castle open on a Sunday",
    "Can you recommend a good Italian restaurant near the Principality Stadium?",
]
