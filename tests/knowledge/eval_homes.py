"""An evaluation site: Ashdown & Pryce, an independent estate and letting agent in Wantage, Oxfordshire (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. Wix-like builder markup: absolutely
positioned <div id="comp-..." class="wixui-..."> wrappers, text in <p class="font_8"> and headings in
<h2 class="font_2">, no <main>, a property-search widget placeholder, fees tables and an accordion FAQ.
"""

import itertools

NAME = "Ashdown & Pryce"

_COUNTER = itertools.count(1)


def _cid():
    """A Wix-style component id, stable for a given build order."""
    n = next(_COUNTER)
    return f"comp-l{(n * 7919 + 40961) % 1679616:x}{'abcdefghkm'[n % 10]}{n % 7}"


def _pos():
    """A builder-ish absolute offset in pixels."""
    return 20 + (next(_COUNTER) * 37) % 140


def _p(text):
    return f'<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">{text}</span></p>'


def _h(text):
    return f'<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">{text}</span></h2>'


def _h3(text):
    return f'<h3 class="font_5 wixui-rich-text__text"><span class="wixui-rich-text__text">{text}</span></h3>'


def _ul(*items):
    lis = "".join(
        f'<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">{i}</p></li>' for i in items
    )
    return f'<ul class="font_8 wixui-rich-text__text">{lis}</ul>'


def _rt(*parts):
    """A rich-text component: the builder's absolutely positioned text box."""
    return (
        f'<div id="{_cid()}" class="wixui-rich-text" data-testid="richTextElement" data-motion-enter="done"'
        f' style="position:absolute;left:{_pos()}px;top:{_pos() * 4}px;width:620px">' + "".join(parts) + "</div>"
    )


def _button(label, href):
    return (
        f'<div id="{_cid()}" class="wixui-button" aria-disabled="false" style="position:absolute;top:{_pos() * 3}px">'
        f'<a data-testid="linkElement" href="{href}" class="wixui-button__link" aria-disabled="false">'
        f'<span class="wixui-button__label">{label}</span></a></div>'
    )


def _section(*parts, strip="#FFFFFF"):
    sid = _cid()
    return (
        f'<section id="{sid}" class="wixui-section" tabindex="-1">'
        f'<div id="bgLayers_{sid}" data-hook="bgLayers" class="wixui-background"'
        f' style="background-color:{strip}"><div class="wixui-colorUnderlay"></div></div>'
        f'<div data-testid="columns" class="wixui-columns"><div id="{_cid()}" class="wixui-column-strip__column">'
        f'<div data-testid="inline-content" class="wixui-inline-content">'
        f'<div data-mesh-id="{sid}inlineContent-gridContainer" data-testid="mesh-container-content">'
        + "".join(parts)
        + "</div></div></div></div></section>"
    )


def _table(caption, head, rows):
    th = "".join(f'<th class="wixui-table__header-cell">{c}</th>' for c in head)
    body = "".join(
        '<tr class="wixui-table__row">' + "".join(f'<td class="wixui-table__cell">{c}</td>' for c in r) + "</tr>"
        for r in rows
    )
    return (
        f'<div id="{_cid()}" class="wixui-table" data-testid="table-widget">'
        f'<table class="wixui-table__table"><caption class="font_8">{caption}</caption>'
        f"<thead><tr>{th}</tr></thead><tbody>{body}</tbody></table></div>"
    )


def _accordion(items):
    out = []
    for i, (q, a) in enumerate(items, 1):
        out.append(
            f'<div class="accordion-item wixui-repeater__item" id="faq-{i}">'
            f'<button class="accordion-toggle" aria-expanded="false" aria-controls="faq-panel-{i}">{q}</button>'
            f'<div class="accordion-panel" id="faq-panel-{i}" hidden>{_p(a)}</div></div>'
        )
    return f'<div id="{_cid()}" class="wixui-accordion" data-testid="accordion">' + "".join(out) + "</div>"


_MENU = [
    ("Home", "/", []),
    (
        "Selling",
        "/selling/",
        [
            ("Selling your home", "/selling/"),
            ("Free valuation", "/valuation/"),
            ("Our selling fees", "/selling-fees/"),
            ("After you accept an offer", "/sale-progression/"),
        ],
    ),
    ("Buying", "/buying/", [("Buying with us", "/buying/"), ("Mortgage advice", "/mortgages/")]),
    (
        "Lettings",
        "/landlords/",
        [
            ("Landlord services &amp; fees", "/landlords/"),
            ("Information for tenants", "/tenants/"),
            ("Tenant fees &amp; deposits", "/tenant-fees/"),
            ("Report a repair", "/maintenance/"),
            ("Moving out", "/moving-out/"),
        ],
    ),
    (
        "About",
        "/team/",
        [
            ("Meet the team", "/team/"),
            ("Complaints &amp; redress", "/complaints/"),
            ("FAQ", "/faq/"),
        ],
    ),
    ("Contact", "/contact/", []),
]


def _nav():
    items = []
    for label, href, sub in _MENU:
        subs = ""
        if sub:
            subs = (
                '<ul class="wixui-dropdown-menu__submenu" role="menu">'
                + "".join(
                    f'<li class="wixui-dropdown-menu__subitem"><a href="{h}" class="wixui-dropdown-menu__link">'
                    f'<div class="wixui-dropdown-menu__label">{lbl}</div></a></li>'
                    for lbl, h in sub
                )
                + "</ul>"
            )
        items.append(
            f'<li class="wixui-dropdown-menu__item" data-testid="menuItem">'
            f'<a href="{href}" class="wixui-dropdown-menu__link" aria-haspopup="{"true" if sub else "false"}">'
            f'<div class="wixui-dropdown-menu__label"><p class="font_9">{label}</p></div></a>{subs}</li>'
        )
    return (
        '<nav id="comp-hdrmenu1" class="wixui-dropdown-menu" aria-label="Site">'
        '<ul class="wixui-dropdown-menu__list" role="menubar">' + "".join(items) + "</ul></nav>"
    )


_HEAD = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<meta name="format-detection" content="telephone=no">
<meta name="skype_toolbar" content="skype_toolbar_parser_compatible">
<title>{title} | Ashdown &amp; Pryce</title>
<meta name="description" content="{description}">
<meta property="og:title" content="{title} | Ashdown &amp; Pryce">
<meta property="og:description" content="{description}">
<meta property="og:site_name" content="Ashdown &amp; Pryce">
<meta property="og:type" content="website">
<link rel="canonical" href="https://www.ashdownpryce.co.uk{path}">
<link rel="icon" sizes="192x192" href="/_static/media/ap-favicon.png" type="image/png">
<link rel="stylesheet" href="/_static/css/thunderbolt-main.css">
<link rel="stylesheet" href="/_static/css/site-styles-ap.css">
<style id="css_masterPage">
#SITE_HEADER{{position:relative;z-index:50}}
#comp-hdrlogo{{position:absolute;left:0;top:14px;width:210px}}
#comp-hdrmenu1{{position:absolute;left:260px;top:36px;width:690px}}
.wixui-rich-text{{position:relative;word-wrap:break-word}}
.font_2{{font:normal normal normal 34px/1.3em playfair display,serif;color:#1F3A3D}}
.font_8{{font:normal normal normal 16px/1.6em avenir-lt-w01_35-light1475496,sans-serif;color:#333}}
.accordion-panel[hidden]{{display:none}}
</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}
gtag('js',new Date());gtag('config','G-AP7Q2K9W1X',{{anonymize_ip:true}});</script>
</head>
<body class="responsive">
<div id="SITE_CONTAINER"><div id="main_MF"><div id="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="wixui-header" tabindex="-1">
<div id="comp-hdrtopbar" class="wixui-box"><p class="font_9">Call us on
<a href="tel:01235768420">01235 768420</a> &middot;
<a href="mailto:hello@ashdownpryce.co.uk">hello@ashdownpryce.co.uk</a></p></div>
<div id="comp-hdrlogo" class="wixui-image"><a href="/" data-testid="linkElement">
<img src="/_static/media/ashdown-pryce-logo.png" alt="Ashdown &amp; Pryce Estate &amp; Letting Agents"
width="210" height="64"></a></div>
"""

_FOOT = """
</div></div>
<footer id="SITE_FOOTER" class="wixui-footer" tabindex="-1">
<div id="comp-ftr01" class="wixui-box">
<div id="comp-ftr02" class="wixui-rich-text" data-testid="richTextElement">
<h6 class="font_6">Ashdown &amp; Pryce</h6>
<p class="font_8">14 Market Place, Wantage, Oxfordshire OX12 8AB</p>
<p class="font_8">Tel: <a href="tel:01235768420">01235 768420</a></p>
<p class="font_8">Email: <a href="mailto:hello@ashdownpryce.co.uk">hello@ashdownpryce.co.uk</a></p>
</div>
<div id="comp-ftr03" class="wixui-rich-text" data-testid="richTextElement">
<h6 class="font_6">Office hours</h6>
<p class="font_8">Mon&ndash;Fri 9am&ndash;5.30pm<br>Sat 9am&ndash;4pm<br>Sun closed</p>
</div>
<div id="comp-ftr04" class="wixui-rich-text" data-testid="richTextElement">
<h6 class="font_6">Quick links</h6>
<p class="font_8"><a href="/valuation/">Book a valuation</a></p>
<p class="font_8"><a href="/maintenance/">Report a repair</a></p>
<p class="font_8"><a href="/complaints/">Complaints</a></p>
<p class="font_8"><a href="/contact/">Find us</a></p>
</div>
<div id="comp-ftr05" class="wixui-social-bar">
<ul aria-label="Social Bar">
<li><a href="https://www.facebook.com/ashdownpryce" target="_blank" rel="noreferrer noopener">
<img alt="Facebook" src="/_static/media/fb-icon.png"></a></li>
<li><a href="https://www.instagram.com/ashdownpryce" target="_blank" rel="noreferrer noopener">
<img alt="Instagram" src="/_static/media/ig-icon.png"></a></li>
<li><a href="https://www.linkedin.com/company/ashdown-pryce" target="_blank" rel="noreferrer noopener">
<img alt="LinkedIn" src="/_static/media/li-icon.png"></a></li>
</ul>
</div>
<div id="comp-ftr06" class="wixui-image-gallery">
<img src="/_static/media/propertymark-logo.png" alt="Propertymark Protected">
<img src="/_static/media/tpo-logo.png" alt="The Property Ombudsman">
<img src="/_static/media/rightmove-logo.png" alt="Rightmove">
</div>
<p class="font_9">&copy; 2026 Ashdown &amp; Pryce Ltd. Registered in England &amp; Wales no. 03561842.
Registered office: 14 Market Place, Wantage OX12 8AB. Site by Vale Web Studio.</p>
</div>
</footer>
<div id="comp-cookiebnr" class="wixui-cookie-banner" role="dialog" aria-label="Cookie banner">
<p class="font_9">We use cookies to improve your experience and to see how our website is used.
By clicking &ldquo;Accept&rdquo; you agree to our use of cookies.</p>
<button class="wixui-button" data-hook="consent-banner-apply-button">Accept</button>
<button class="wixui-button" data-hook="consent-banner-settings-button">Settings</button>
</div>
</div></div></div>
</body>
</html>
"""

_REVIEWS = _section(
    _rt(_h("What our clients say")),
    f'<div id="{_cid()}" class="wixui-repeater" data-testid="testimonials">'
    '<div class="wixui-repeater__item"><blockquote class="font_8">&ldquo;Tom was brilliant from valuation to '
    "completion. We had three viewings on the first weekend and an offer by Tuesday.&rdquo;</blockquote>"
    '<p class="font_9">&mdash; Sarah &amp; Mike, sold in Grove &#9733;&#9733;&#9733;&#9733;&#9733;</p></div>'
    '<div class="wixui-repeater__item"><blockquote class="font_8">&ldquo;Fully managed for six years now and I '
    "hardly have to think about my flat. Dan sorts everything.&rdquo;</blockquote>"
    '<p class="font_9">&mdash; R. Okafor, landlord &#9733;&#9733;&#9733;&#9733;&#9733;</p></div>'
    '<div class="wixui-repeater__item"><blockquote class="font_8">&ldquo;Friendly, honest and they actually '
    "answer the phone!&rdquo;</blockquote>"
    '<p class="font_9">&mdash; Google review &#9733;&#9733;&#9733;&#9733;&#9733;</p></div></div>',
    strip="#F3EFE8",
)

_CTA = _section(
    _rt(_p("<strong>Thinking of selling or letting?</strong> Find out what your home is worth today.")),
    _button("Book a free valuation", "/valuation/"),
    strip="#1F3A3D",
)


def _page(path, title, description, *sections, reviews=False, sidebar=None):
    body = "".join(sections)
    if sidebar:
        body = (
            f'<div id="{_cid()}" class="wixui-layout-grid"><div class="wixui-layout-grid__main">{body}</div>'
            f'<aside id="{_cid()}" class="wixui-box wixui-sidebar">{sidebar}</aside></div>'
        )
    if reviews:
        body += _REVIEWS
    body += _CTA
    head = _HEAD.format(title=title, description=description, path=path)
    return (
        head
        + _nav()
        + "</header>\n"
        + '<div id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES" class="wixui-page">'
        + f'<div id="{_cid()}" class="wixui-page__content">'
        + body
        + "</div>"
        + _FOOT
    )


_SIDEBAR_SELL = _rt(
    _h3("Selling? Start here"),
    _p('<a href="/valuation/">Book your free valuation</a>'),
    _p('<a href="/selling-fees/">See our fees</a>'),
    _p('<a href="/sale-progression/">What happens after an offer</a>'),
)

_SIDEBAR_LET = _rt(
    _h3("Renting with us"),
    _p('<a href="/tenants/">How to apply</a>'),
    _p('<a href="/tenant-fees/">Deposits &amp; permitted payments</a>'),
    _p('<a href="/maintenance/">Report a repair</a>'),
    _p('<a href="/moving-out/">Moving out</a>'),
)

HTML = {}

HTML["/"] = _page(
    "/",
    "Estate &amp; Letting Agents in Wantage",
    "Independent estate and letting agents in Wantage, Grove and the Vale of White Horse villages.",
    _section(
        _rt(
            _h("Wantage&rsquo;s independent estate &amp; letting agent"),
            _p(
                "Ashdown &amp; Pryce was started in 1998 by James Ashdown above a bakery on Newbury Street, "
                "and moved to our Market Place office in 2004. We are still family owned and still independent: "
                "no call centres and no head office, just a small team who live locally and know the streets "
                "of Wantage, Grove and the surrounding villages inside out."
            ),
            _p(
                "We sell around 180 homes a year and look after more than 400 rented homes for local landlords, "
                "from one-bedroom flats in the town centre to farmhouses on the Downs."
            ),
        ),
        _button("Book a free valuation", "/valuation/"),
        _button("Register as a buyer", "/buying/"),
    ),
    _section(
        _rt(_h("Search our properties")),
        f'<div id="{_cid()}" class="wixui-custom-element" data-widget="property-search" '
        'data-feed="apx-ashdownpryce" aria-busy="true">'
        '<form class="ps-form" action="#" onsubmit="return false">'
        '<label>Buy or rent<select name="channel"><option>For sale</option><option>To let</option></select></label>'
        '<label>Location<input type="text" name="location" placeholder="e.g. Wantage, Grove, Letcombe"></label>'
        '<label>Min beds<select name="beds"><option>Any</option><option>1+</option><option>2+</option>'
        "<option>3+</option><option>4+</option></select></label>"
        '<button type="submit" class="ps-submit">Search</button></form>'
        '<div class="ps-results" data-placeholder="true"><p class="font_8">Loading properties&hellip;</p></div>'
        "</div>",
        strip="#F3EFE8",
    ),
    _section(
        _rt(
            _h("Why choose us"),
            _ul(
                "Accompanied viewings as standard, including Saturdays",
                "Your own named sales progressor from offer to keys",
                "Award-winning lettings and property management",
                "Listed on Rightmove, Zoopla and OnTheMarket",
            ),
        ),
    ),
    reviews=True,
)

HTML["/selling/"] = _page(
    "/selling/",
    "Selling Your Home",
    "How selling with Ashdown & Pryce works: valuation, photos, EPC, marketing and accompanied viewings.",
    _section(
        _rt(
            _h("Selling your home with us"),
            _p(
                "Selling a home is a big step, so we keep it simple. After your free valuation you choose the "
                "package that suits you, sign our terms of business and we get your home ready for market, "
                "usually within a week."
            ),
            _h3("1. Getting ready to market"),
            _p(
                "Our in-house photographer takes professional photographs and draws a floorplan with room "
                "measurements. We write the description ourselves, and we will need to see proof of "
                "ownership and photo ID for every owner before we can go live; this is a legal requirement "
                "under the money laundering regulations."
            ),
            _h3("2. Energy Performance Certificate (EPC)"),
            _p(
                "By law your home must have a valid EPC before it can be marketed. An EPC lasts ten years, "
                "so you may already have one: we check the government register for you. If you need a new "
                "one, we book our local accredited assessor, who visits for about 45 minutes. The EPC costs "
                "&pound;85 including VAT, payable to the assessor, and is usually ready within three working days."
            ),
            _h3("3. Marketing"),
            _p(
                "Your home goes live on Rightmove, Zoopla and OnTheMarket, on our own website and in our "
                "Market Place window, and we email and phone every suitable buyer on our register the same day. "
                "Homes over &pound;600,000 also get a printed brochure and a social media campaign."
            ),
            _h3("4. Viewings"),
            _p(
                "Every viewing is accompanied by a member of our team, so you don&rsquo;t need to be at home "
                "to show people round. We hold keys securely in our office and can do viewings on weekday "
                "evenings until 7pm and on Saturdays. We call you after every viewing with honest feedback, "
                "and you can see all viewings and feedback in your online seller account."
            ),
            _h3("5. Offers"),
            _p(
                "When an offer comes in we check the buyer&rsquo;s position and then talk it through with you. "
                'Find out what happens next on our <a href="/sale-progression/">after you accept an offer</a> page.'
            ),
        ),
    ),
    sidebar=_SIDEBAR_SELL,
    reviews=True,
)

HTML["/valuation/"] = _page(
    "/valuation/",
    "Free Property Valuation",
    "Book a free, no-obligation valuation of your home in Wantage, Grove or nearby villages.",
    _section(
        _rt(
            _h("Book your free valuation"),
            _p(
                "Whether you are ready to sell tomorrow or just curious what your home is worth, our "
                "valuations are free and there is no obligation to instruct us. We value homes both for sale "
                "and for rent."
            ),
            _h3("What happens at the appointment"),
            _p(
                "One of our valuers, usually James or Tom, will visit at a time that suits you, including "
                "Saturday mornings. They will look round the whole property, ask about any work you have done "
                "(a new kitchen, an extension, a new boiler) and talk you through recent local sales. Allow "
                "around 45 minutes to an hour. There is no need to tidy up: we have seen it all!"
            ),
            _p(
                "Within 48 hours we email you a written valuation with a suggested asking price, the evidence "
                "behind it and our recommended marketing plan."
            ),
            _h3("Instant online estimate"),
            _p(
                "Our instant online valuation tool gives you a rough figure in a couple of minutes based on "
                "Land Registry data. It cannot see your new bathroom or your south-facing garden, so treat it "
                "as a starting point rather than a price to market at."
            ),
            _h3("Probate and separation"),
            _p(
                "If you need a market appraisal letter for probate, or because you are separating, we provide "
                "one free of charge after a visit. Please note this is not a RICS valuation; for that you "
                "will need a chartered surveyor."
            ),
            _h3("How to book"),
            _p(
                "Call us on 01235 768420, pop into the office, or fill in the form below and we will ring you "
                "back within one working day."
            ),
        ),
        f'<div id="{_cid()}" class="wixui-form" data-testid="form-valuation">'
        '<form action="#"><input name="name" placeholder="Your name"><input name="phone" placeholder="Phone">'
        '<input name="address" placeholder="Property address"><button type="submit">Request valuation</button>'
        "</form></div>",
    ),
    sidebar=_SIDEBAR_SELL,
)

HTML["/selling-fees/"] = _page(
    "/selling-fees/",
    "Our Selling Fees",
    "Clear selling fees: no sale, no fee. Sole agency and multi agency commission explained.",
    _section(
        _rt(
            _h("Our selling fees"),
            _p(
                "We work on a no sale, no fee basis: you only pay our commission when your sale completes, "
                "and it is normally paid by your solicitor out of the sale proceeds. There are no upfront "
                "marketing charges."
            ),
        ),
        _table(
            "Selling fees (all figures include VAT at 20%)",
            ["Package", "Commission", "Minimum fee", "What&rsquo;s included"],
            [
                [
                    "Essential (sole agency)",
                    "1.2% inc VAT (1% + VAT)",
                    "&pound;2,400",
                    "Photos, floorplan, portals, accompanied viewings, sales progression",
                ],
                [
                    "Complete (sole agency)",
                    "1.44% inc VAT (1.2% + VAT)",
                    "&pound;3,000",
                    "Everything in Essential plus video tour, drone photography and featured portal listing",
                ],
                [
                    "Multi agency",
                    "2.16% inc VAT (1.8% + VAT)",
                    "&pound;3,600",
                    "As Essential; you may instruct other agents at the same time",
                ],
            ],
        ),
        _rt(
            _h3("How long am I tied in?"),
            _p(
                "Our sole agency agreements have a minimum term of 10 weeks. After that you can end the "
                "agreement at any time by giving us 14 days&rsquo; notice in writing. If you withdraw during "
                "the first 10 weeks we charge &pound;350 including VAT to cover photography and marketing costs."
            ),
            _p(
                "If you later sell to a buyer we introduced, commission is still payable for six months after "
                "our agreement ends; this is standard and is set out in our terms of business."
            ),
            _h3("Optional extras"),
            _ul(
                "Virtual tour on the Essential package: &pound;150",
                "Extra brochure print run: &pound;60 per 50 copies",
                "Key holding after completion for executors: &pound;10 per week",
            ),
        ),
    ),
    sidebar=_SIDEBAR_SELL,
)

HTML["/sale-progression/"] = _page(
    "/sale-progression/",
    "After You Accept an Offer",
    "Offers, memorandum of sale, conveyancing referrals and timescales from offer to completion.",
    _section(
        _rt(
            _h("Offers and sale progression"),
            _h3("Receiving offers"),
            _p(
                "We pass every offer to you, verbally and in writing, within 24 hours, even if it seems low. "
                "Before we recommend any offer we check the buyer&rsquo;s finances and where they are in a "
                "chain. The decision is always yours, and we will keep marketing until you tell us to stop."
            ),
            _h3("Once the offer is agreed"),
            _p(
                "We send a memorandum of sale to both solicitors and to the buyer&rsquo;s mortgage broker, and "
                "our sales progressor, Priya Shah, takes over. Priya chases searches, surveys and enquiries, "
                "and calls you with an update every Friday. Most sales in our area take 12 to 16 weeks from "
                "offer to completion; chains with leasehold flats or new builds can take longer."
            ),
            _h3("Exchange and completion"),
            _p(
                "At exchange of contracts the sale becomes legally binding and a completion date is fixed. On "
                "completion day we release the keys to your buyer as soon as your solicitor confirms the money "
                "has arrived, usually between 12 noon and 2pm. Please leave all keys, including window and shed "
                "keys, at our office or in the property as agreed."
            ),
            _h3("Conveyancing: do you need a solicitor?"),
            _p(
                "You are free to use any solicitor or licensed conveyancer you like. If you don&rsquo;t have one, "
                "we can refer you to one of our two partner firms, Ridgeway Conveyancing in Abingdon or Harrison "
                "Lowe Solicitors in Wantage, who offer fixed fees and online case tracking. We receive a referral "
                "fee of &pound;150 plus VAT from the firm for each completed sale, which does not change the price "
                "you pay."
            ),
            _h3("If the sale falls through"),
            _p(
                "Sadly around one in five sales in England collapse. If yours does, we go straight back to our "
                "list of other interested buyers and put your home back on the market the same day if you wish."
            ),
        ),
    ),
    sidebar=_SIDEBAR_SELL,
)

HTML["/buying/"] = _page(
    "/buying/",
    "Buying a Home",
    "Register with us, book viewings, make an offer and understand property chains.",
    _section(
        _rt(
            _h("Buying with Ashdown &amp; Pryce"),
            _h3("Register with us"),
            _p(
                "Tell us what you are looking for by phone, in the office or through the search on our home page. "
                "Registered buyers get email alerts the moment a matching home comes on, often a day or two before "
                "it appears on Rightmove. Registering is free."
            ),
            _h3("Viewings"),
            _p(
                "All viewings are booked through us and accompanied by one of our team. Please bring your "
                "questions; we will answer what we can and find out the rest from the seller."
            ),
            _h3("Making an offer"),
            _p(
                "You can make an offer by phone, by email or in person, and we will confirm it to the seller in "
                "writing. To put your offer forward we need:"
            ),
            _ul(
                "your mortgage agreement in principle or proof of cash funds",
                "photo ID and proof of address for every buyer (we run an electronic anti-money laundering "
                "check, which costs &pound;30 including VAT per buyer)",
                "your solicitor&rsquo;s details",
                "whether you have a property to sell and how far along that sale is",
            ),
            _h3("What is a chain?"),
            _p(
                "A chain is the line of linked sales that depend on each other. If you are a first-time buyer or "
                "have already sold, you are &ldquo;chain free&rdquo; at your end, which sellers like. If you "
                "still need to sell, your offer depends on your buyer, and on theirs. We normally advise "
                "buyers to have their own home under offer before offering, because sellers rarely accept an "
                "offer from someone who has not yet sold."
            ),
            _h3("Gazumping"),
            _p(
                "We ask sellers to take their home off the market once an offer is agreed, and we will not "
                "arrange further viewings unless the seller instructs us in writing."
            ),
            _p('Need finance? See our <a href="/mortgages/">mortgage advice</a> page.'),
        ),
    ),
    reviews=True,
)

HTML["/mortgages/"] = _page(
    "/mortgages/",
    "Mortgage Advice",
    "Independent mortgage advice through our partner adviser, Vale Mortgage Solutions.",
    _section(
        _rt(
            _h("Mortgage advice"),
            _p(
                "We work with Kirsty Doyle of Vale Mortgage Solutions, a CeMAP-qualified adviser with access to "
                "the whole of the mortgage market. Kirsty can help first-time buyers, movers, remortgages, "
                "buy-to-let landlords and self-employed clients, and can also arrange life insurance and home "
                "insurance."
            ),
            _h3("What does it cost?"),
            _p(
                "Your first appointment is free and there is no obligation. If you go ahead, Kirsty charges a fee "
                "of &pound;395, payable only when your mortgage offer is issued. She also receives commission "
                "from the lender, which she will tell you about before you proceed."
            ),
            _h3("When can I see her?"),
            _p(
                "Kirsty is in our Market Place office on Tuesdays and Thursdays. She also does appointments by "
                "phone or video call on weekday evenings until 8pm and on Saturday mornings, so you don&rsquo;t "
                "need to take time off work. Ask any of the team to book you in."
            ),
            _h3("Agreement in principle"),
            _p(
                "An agreement in principle (AIP) shows sellers how much a lender is likely to lend you. Kirsty "
                "can usually get one for you within 24 hours of your appointment, and it is worth having before "
                "you start viewing."
            ),
            _p(
                "<em>Vale Mortgage Solutions is an appointed representative of Stonebridge Mortgage Solutions "
                "Ltd, which is authorised and regulated by the Financial Conduct Authority. Ashdown &amp; Pryce "
                "receives an introducer fee of &pound;100 for each completed mortgage. Your home may be "
                "repossessed if you do not keep up repayments on your mortgage.</em>"
            ),
        ),
    ),
)

HTML["/landlords/"] = _page(
    "/landlords/",
    "Landlord Services &amp; Fees",
    "Let only, rent collection and fully managed services for landlords in Wantage and Grove.",
    _section(
        _rt(
            _h("Landlord services"),
            _p(
                "Whether you have one flat or a portfolio, we offer three levels of service. Every service "
                "includes a free rental valuation, marketing on Rightmove and Zoopla, accompanied viewings, "
                "full tenant referencing, Right to Rent checks and a tenancy agreement."
            ),
        ),
        _table(
            "Landlord fees (all figures include VAT at 20%)",
            ["Service", "Fee", "What we do"],
            [
                [
                    "Let only",
                    "One month&rsquo;s rent, minimum &pound;720",
                    "Find and reference a tenant, draw up the tenancy, collect and protect the first month and "
                    "deposit. You then manage the tenancy yourself.",
                ],
                [
                    "Rent collection",
                    "10.8% of monthly rent (9% + VAT)",
                    "Let only plus monthly rent collection, chasing arrears and monthly statements.",
                ],
                [
                    "Full management",
                    "14.4% of monthly rent (12% + VAT), plus &pound;300 set-up fee",
                    "Rent collection plus repairs and maintenance, safety certificates, two inspections a year, "
                    "check-in and check-out.",
                ],
            ],
        ),
        _rt(
            _h3("Other landlord charges"),
            _ul(
                "Inventory and check-in report: &pound;120 (studio/1 bed) to &pound;200 (4+ beds); included in "
                "full management",
                "Tenancy renewal or rent review: &pound;90",
                "Arranging a gas safety certificate or EICR: &pound;36 plus the contractor&rsquo;s cost",
                "Serving notices: &pound;60 per notice",
            ),
            _h3("Your legal obligations"),
            _p(
                "As a landlord you must have a valid gas safety certificate every year, an electrical "
                "installation condition report (EICR) every five years, working smoke alarms on every floor, "
                "carbon monoxide alarms where there is a fixed combustion appliance, and an EPC rated E or "
                "above. On full management we track all of these for you and arrange renewals."
            ),
            _h3("Getting paid"),
            _p(
                "On rent collection and full management, rent is paid into your bank account within three working "
                "days of us receiving it, with a statement you can download from your online landlord portal."
            ),
        ),
    ),
    reviews=True,
)

HTML["/tenants/"] = _page(
    "/tenants/",
    "Information for Tenants",
    "How to apply for a rental property: referencing, Right to Rent checks, guarantors and moving in.",
    _section(
        _rt(
            _h("Renting a home through us"),
            _h3("How to apply"),
            _p(
                "Once you have viewed a property and want to go ahead, tell the lettings team and we will send "
                "you a link to our online application form. Every adult who will live in the property, aged 18 "
                "or over, must complete their own application. We pass applications to the landlord, who "
                "chooses who to offer the tenancy to."
            ),
            _h3("Referencing"),
            _p(
                "Our referencing partner checks your identity, credit history, income and your current or "
                "previous landlord. As a guide, your annual income should be at least 30 times the monthly rent. "
                "If you are self-employed we will need your last two years&rsquo; accounts or SA302 tax "
                "calculations; if you have just started a new job, your contract and an offer letter are fine. "
                "Referencing usually takes three to five working days."
            ),
            _h3("Guarantors"),
            _p(
                "If you don&rsquo;t meet the income requirement, you can ask a UK-based guarantor to support "
                "your application. A guarantor needs an annual income of at least 36 times the monthly rent and "
                "is referenced in the same way."
            ),
            _h3("Right to Rent"),
            _p(
                "The law requires us to check that every adult tenant has the right to rent in England before the "
                "tenancy starts. British and Irish citizens can show a passport in person at our office. Anyone "
                "else, including EU citizens with settled or pre-settled status, should give us a share code from "
                "the GOV.UK &ldquo;prove your right to rent&rdquo; service along with your date of birth, and we "
                "check it online. We cannot accept photocopies."
            ),
            _h3("Moving in"),
            _p(
                "Your tenancy starts on the date agreed. You will sign the tenancy agreement electronically, "
                "and on the day you collect keys from our office and go through the inventory with our "
                "inventory clerk. Please take meter readings and contact the energy suppliers and council tax."
            ),
        ),
    ),
    sidebar=_SIDEBAR_LET,
)

HTML["/tenant-fees/"] = _page(
    "/tenant-fees/",
    "Tenant Fees &amp; Deposits",
    "Holding deposits, tenancy deposits, deposit protection and permitted payments under the Tenant Fees Act.",
    _section(
        _rt(
            _h("Tenant fees and deposits"),
            _p(
                "We do not charge tenants any fees for viewings, applications or referencing. The only payments "
                "we can take are those allowed under the Tenant Fees Act 2019, listed below."
            ),
            _h3("Holding deposit"),
            _p(
                "To reserve a property while referencing is done, we take a holding deposit of one week&rsquo;s "
                "rent. The agreement deadline is 15 days. If the tenancy goes ahead, the holding deposit goes "
                "towards your first month&rsquo;s rent. If the landlord decides not to go ahead, you get it back "
                "in full within seven days. You may lose it if you give false or misleading information, fail a "
                "Right to Rent check, or pull out yourself."
            ),
            _h3("Security deposit"),
            _p(
                "The tenancy deposit is five weeks&rsquo; rent (six weeks if the annual rent is &pound;50,000 or "
                "more). For example, on a rent of &pound;1,100 a month the deposit would be &pound;1,269."
            ),
            _h3("How your deposit is protected"),
            _p(
                "For every property we manage or collect rent on, your deposit is registered with the Deposit "
                "Protection Service (DPS) custodial scheme within 30 days and the money is held by the DPS, not "
                "by us or the landlord. You will receive the prescribed information and your DPS deposit ID by "
                "email. On let-only properties the landlord protects the deposit and must tell you which scheme "
                "they use."
            ),
            _h3("Permitted payments during a tenancy"),
        ),
        _table(
            "Tenant permitted payments (including VAT)",
            ["Payment", "Amount"],
            [
                ["Change to your tenancy agreement at your request (e.g. adding a sharer)", "&pound;50"],
                ["Replacement keys or fobs", "Actual cost of replacement"],
                ["Late rent (more than 14 days overdue)", "Interest at 3% above Bank of England base rate"],
                ["Leaving early, if the landlord agrees", "The landlord&rsquo;s reasonable costs of re-letting"],
            ],
        ),
        _rt(
            _p("Rent is due monthly in advance and we ask you to pay by standing order."),
        ),
    ),
    sidebar=_SIDEBAR_LET,
)

HTML["/maintenance/"] = _page(
    "/maintenance/",
    "Report a Repair",
    "Tenants: how to report repairs and maintenance, emergency out-of-hours contacts and timescales.",
    _section(
        _rt(
            _h("Report a repair"),
            _p(
                "If you rent a property that we fully manage, please report repairs through our online "
                "maintenance portal, Fixflo. It is open 24 hours a day and lets you add photos or a short video, "
                "which helps our contractors bring the right parts first time. You can follow progress and "
                "book access in the same place."
            ),
            _button("Report a repair on Fixflo", "#fixflo"),
            _p(
                "If your landlord manages the property themselves (a let-only or rent collection tenancy), "
                "please contact your landlord directly. Their details are in your tenancy agreement."
            ),
            _h3("Emergencies out of hours"),
            _p(
                "For a genuine emergency when the office is closed, call our out-of-hours line on "
                "07700 900418. Emergencies include: no heating or hot water, a serious water leak or flood, "
                "no electricity, a property that cannot be secured after a break-in, or a blocked only toilet."
            ),
            _p(
                "If you smell gas, leave the property and call the National Gas Emergency Service on "
                "0800 111 999 first, then let us know. For a fire or danger to life, always dial 999."
            ),
            _h3("How quickly will it be fixed?"),
            _ul(
                "Emergency: contractor attends within 24 hours to make safe",
                "Urgent (e.g. a broken fridge or a leak that is contained): within 3 working days",
                "Routine (e.g. a sticking door or dripping tap): within 14 days",
            ),
            _h3("Damp and mould"),
            _p(
                "Please report any damp or mould straight away with photos. We will arrange an inspection within "
                "ten working days to find the cause. In the meantime, keep the room ventilated, use extractor "
                "fans and wipe condensation from windows each morning."
            ),
            _h3("What tenants look after"),
            _p(
                "Tenants are responsible for changing light bulbs, testing smoke alarms monthly, keeping drains "
                "clear and looking after the garden unless your agreement says otherwise. If a contractor "
                "attends for something caused by misuse, the cost may be charged to you."
            ),
        ),
    ),
    sidebar=_SIDEBAR_LET,
)

HTML["/moving-out/"] = _page(
    "/moving-out/",
    "Moving Out",
    "Giving notice, check-out inspections, cleaning and getting your tenancy deposit back.",
    _section(
        _rt(
            _h("Moving out of a rented home"),
            _h3("Giving notice"),
            _p(
                "Since the Renters&rsquo; Rights Act came into force on 1 May 2026, all our tenancies are periodic. "
                "To leave, you must give at least two months&rsquo; notice in writing; email to "
                "lettings@ashdownpryce.co.uk is fine. Your notice must end at the end of a rental period. If you "
                "share, notice from one joint tenant usually ends the tenancy for everyone, so please talk to your "
                "housemates first."
            ),
            _h3("Before you go"),
            _p(
                "The property should be returned in the same condition as at check-in, allowing for fair wear and "
                "tear. Please clean thoroughly, including the oven, and remove all your belongings and rubbish. "
                "If your inventory shows the carpets were professionally cleaned before you moved in, please have "
                "them cleaned again and keep the receipt."
            ),
            _h3("Check-out and keys"),
            _p(
                "Our inventory clerk will carry out a check-out inspection on or just after your last day, "
                "comparing the property against the check-in inventory. Please return every key to our office "
                "by 12 noon on the last day of your tenancy; late keys may mean an extra day&rsquo;s rent."
            ),
            _h3("Getting your deposit back"),
            _p(
                "Within five working days of the check-out we email you any proposed deductions. Once you and "
                "the landlord agree, we ask the DPS to repay the deposit, which normally reaches your bank "
                "within ten days. If you cannot agree, you can use the DPS free dispute resolution service."
            ),
            _h3("Utilities and post"),
            _p(
                "Take final meter readings, tell the suppliers, the council and your broadband provider, and "
                "set up a Royal Mail redirection."
            ),
        ),
    ),
    sidebar=_SIDEBAR_LET,
)

HTML["/complaints/"] = _page(
    "/complaints/",
    "Complaints &amp; Redress",
    "Our complaints procedure, The Property Ombudsman redress scheme and client money protection.",
    _section(
        _rt(
            _h("Complaints procedure"),
            _p(
                "We hope you never need this page, but if something has gone wrong we want to put it right. "
                "Please first speak to the person dealing with you; most problems are sorted quickly that way."
            ),
            _h3("Stage 1: the branch manager"),
            _p(
                "If you are still unhappy, write to our branch manager, Tom Reilly, at 14 Market Place, Wantage "
                "OX12 8AB or complaints@ashdownpryce.co.uk. We will acknowledge your complaint within three "
                "working days and send a full written response within 15 working days."
            ),
            _h3("Stage 2: a director"),
            _p(
                "If you are not satisfied with Tom&rsquo;s response, ask for a review by a director, James Ashdown "
                "or Helen Pryce, who was not involved. You will receive our final viewpoint letter within 15 "
                "working days of your request."
            ),
            _h3("Stage 3: The Property Ombudsman"),
            _p(
                "We are members of The Property Ombudsman (TPO) redress scheme, membership number D04417. If you "
                "remain unhappy after our final viewpoint, or if more than eight weeks have passed since you first "
                "complained, you can refer your complaint to TPO free of charge. You must do this within 12 months "
                "of our final viewpoint letter. TPO: Milford House, 43-55 Milford Street, Salisbury SP1 2BP, "
                "www.tpos.co.uk."
            ),
            _h3("Client money protection"),
            _p(
                "Any money we hold for landlords or tenants is kept in a separate client account and protected by "
                "Propertymark Client Money Protection (membership C0128833). If we were ever to go out of business, "
                "the scheme would repay money we hold on your behalf."
            ),
        ),
    ),
)

HTML["/team/"] = _page(
    "/team/",
    "Meet the Team",
    "Meet the sales, lettings and property management team at Ashdown & Pryce, Wantage.",
    _section(
        _rt(
            _h("Meet the team"),
            _h3("James Ashdown MNAEA, founder and director"),
            _p(
                "James set up the business in 1998 after ten years with a national agent. He still does many of "
                "our valuations himself and knows the price of every street in Wantage. Outside work he coaches "
                "the Wantage Town under-12s."
            ),
            _h3("Helen Pryce MARLA, lettings director"),
            _p(
                "Helen joined as a partner in 2003 and built our lettings department. She looks after our larger "
                "landlord portfolios and sits on the Propertymark regional committee."
            ),
            _h3("Tom Reilly, sales and branch manager"),
            _p(
                "Tom runs the sales team and the office day to day. If you are selling, Tom or James will be your "
                "valuer."
            ),
            _h3("Priya Shah, sales progressor"),
            _p(
                "Priya has chased more than a thousand sales through to completion, and her Friday update calls "
                "are famous."
            ),
            _h3("Marta Kowalska, lettings manager"),
            _p(
                "Marta manages the lettings team, from viewings and applications to tenancy renewals. She speaks "
                "Polish and Russian as well as English, and is happy to help tenants and landlords in any of the three."
            ),
            _h3("Dan Hughes, property manager"),
            _p(
                "Dan looks after repairs, safety certificates and inspections on our fully managed properties, "
                "and runs our network of trusted local contractors."
            ),
            _h3("Ellie Barnes, sales and lettings negotiator"),
            _p("Ellie books and conducts most of our viewings, so she is probably the one who will show you round."),
            _h3("Biscuit, office dog"),
            _p("Our working cocker spaniel, in on Wednesdays. Chief greeter and biscuit inspector."),
        ),
    ),
    reviews=True,
)

HTML["/contact/"] = _page(
    "/contact/",
    "Contact &amp; Find Us",
    "Office opening hours, address, parking and accessibility at our Wantage Market Place office.",
    _section(
        _rt(
            _h("Contact us"),
            _p(
                "Ashdown &amp; Pryce, 14 Market Place, Wantage, Oxfordshire OX12 8AB. Telephone 01235 768420. "
                "Sales: sales@ashdownpryce.co.uk. Lettings: lettings@ashdownpryce.co.uk."
            ),
            _h3("Opening hours"),
            _p(
                "Monday to Friday 9am to 5.30pm, Saturday 9am to 4pm. The office is closed on Sundays and bank "
                "holidays, and from 24 December to 2 January inclusive; the out-of-hours repairs line for managed "
                "tenants stays open throughout."
            ),
            _h3("Finding us"),
            _p(
                "We are on the south side of Market Place, between the bank and the florist, opposite the statue "
                "of King Alfred. Buses from Oxford and Didcot stop in Market Place, less than a minute&rsquo;s walk "
                "away."
            ),
            _h3("Parking"),
            _p(
                "There are two customer parking spaces behind our office, reached through the archway on Newbury "
                "Street; just tell us your registration when you arrive. Otherwise, Market Place has short-stay "
                "pay-and-display parking (maximum two hours) and the Portway car park is a three-minute walk."
            ),
            _h3("Accessibility"),
            _p(
                "Our front door is step-free and we have a ground-floor meeting room. If you would prefer a home "
                "visit, or need documents in large print, just ask."
            ),
        ),
        f'<div id="{_cid()}" class="wixui-google-map" title="Google Maps" data-testid="map-placeholder">'
        '<p class="font_9">Map: 14 Market Place, Wantage OX12 8AB</p></div>',
    ),
)

HTML["/faq/"] = _page(
    "/faq/",
    "Frequently Asked Questions",
    "Answers to common questions about selling, buying and renting with Ashdown & Pryce.",
    _section(
        _rt(_h("Frequently asked questions")),
        _accordion(
            [
                (
                    "Which areas do you cover?",
                    "Wantage, Grove and the villages within about ten miles, including East and West Hendred, "
                    "Letcombe Regis, Childrey, Steventon, Ardington and the Lockinge estate villages.",
                ),
                (
                    "Do you deal with commercial property?",
                    "No, we only handle residential sales and lettings. For shops, offices and industrial units "
                    "we recommend a specialist commercial agent and are happy to pass on names.",
                ),
                (
                    "My house is on with another agent. Can I switch to you?",
                    "Yes, but check your current agreement first. If you are in a sole agency contract you will "
                    "need to give notice, and you may owe them commission if you sell to a buyer they introduced. "
                    "Bring your contract in and we will read it with you.",
                ),
                (
                    "Can I rent out my house if it doesn&rsquo;t sell?",
                    "Yes. Many of our clients let their home for a year or two while the market settles. Our "
                    "lettings team can give you a rental figure at the same time as your sales valuation.",
                ),
                (
                    "Do landlords accept pets?",
                    "More and more do. Tell us about your pet when you apply. Landlords cannot unreasonably refuse "
                    "a written request for a pet, but they may ask you to take out pet damage insurance.",
                ),
                (
                    "Do you sell by auction?",
                    "We do not run auctions ourselves. All our sales are by private treaty.",
                ),
                (
                    "Can I have a Sunday viewing?",
                    "Occasionally, by prior arrangement, for buyers relocating from a distance. Please ask.",
                ),
                (
                    "I&rsquo;m a buyer. Do I pay you anything?",
                    "We are paid by the seller. The only charge to buyers is the anti-money laundering check, "
                    "explained on our buying page.",
                ),
            ]
        ),
    ),
    reviews=True,
)

QUESTIONS = [
    (
        "Hi, we're thinking of putting my late mum's bungalow on the market, could someone come out and tell us "
        "what it's worth? Is there a charge for that?",
        "/valuation/",
    ),
    ("how long does the valuation visit take roughly", "/valuation/"),
    ("What's your commission if I sell through you?", "/selling-fees/"),
    (
        "If I sign up with you and then decide I don't want to sell any more am I stuck with you for months",
        "/selling-fees/",
    ),
    (
        "Our house hasn't got one of those energy rating certificates. Do we need one before you can advertise it?",
        "/selling/",
    ),
    (
        "I work shifts at the hospital so I can't be home for viewings, will you show people round for me?",
        "/selling/",
    ),
    ("We've accepted an offer on our house, what happens now?", "/sale-progression/"),
    (
        "can you recomend a solicitor for the legal side and do you get a kickback for it",
        "/sale-progression/",
    ),
    ("Is there anywhere to park near your office? I'll be coming in to sign the paperwork", "/contact/"),
    (
        "I want to put an offer in on the 3 bed you've got on Springfield Road. What do you need from me?",
        "/buying/",
    ),
    (
        "We still have to sell our flat before we can buy, is it worth making an offer now or will the seller "
        "just ignore us?",
        "/buying/",
    ),
    ("I've got a little shop unit on Mill Street I want to sell, is that something you'd handle?", "/faq/"),
    ("Do you help with mortgages? What does the adviser charge?", "/mortgages/"),
    (
        "I'm 9 to 5 in Oxford every weekday, can I talk to your mortgage person in the evening",
        "/mortgages/",
    ),
    (
        "I've inherited a flat and want to rent it out but I don't want the hassle of dealing with tenants or "
        "repairs. How much would you charge to look after everything?",
        "/landlords/",
    ),
    ("I'm self employed, what paperwork will I need to rent a flat through you?", "/tenants/"),
    (
        "I'm from Poland and have settled status, what do I need to show you to prove I'm allowed to rent?",
        "/tenants/",
    ),
    (
        "How much do I pay to reserve the flat, and do I get it back if the landlord changes his mind?",
        "/tenant-fees/",
    ),
    ("Who actually holds my deposit while I'm renting?", "/tenant-fees/"),
    (
        "Our boiler's packed up and it's Saturday night, no heating and a baby in the house, who do we call??",
        "/maintenance/",
    ),
    ("There's black mould coming through in the back bedroom of the house I rent from you", "/maintenance/"),
    ("How much notice do I have to give to move out of my rented house", "/moving-out/"),
    ("I moved out last week, when do I get my deposit back?", "/moving-out/"),
    (
        "I'm really unhappy with how my sale was handled and the manager hasn't sorted it. Who can I go to "
        "outside your company?",
        "/complaints/",
    ),
    ("does anyone there speak polish? my english is not so good", "/team/"),
]

OUT_OF_SCOPE = [
    "How much stamp duty will I pay on a £325,000 house?",
    "What council tax band is 12 Mill Street in?",
    "Can you recommend a removal firm for the end of next month?",
    "Do you manage holiday lets or Airbnb properties?",
    "Have you got any two bed flats to rent in Grove under £900 a month right now?",
    "Do you offer rent guarantee insurance for landlords, and how much is it?",
    "What time does Sainsbury's in Wantage close tonight?",
    "Can you recommend a good Indian restaurant near the Market Place?",
]
