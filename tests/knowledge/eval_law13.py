"""An evaluation site: Ogilvie Rennie & Co, solicitors and estate agents in Forfar and Brechin, Angus (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a Squarespace 7.0
Bedford-template site: canvas and header wrappers, a folder mega-menu, Main-content holding sqs-layout grids of
sqs-row / sqs-col-12 columns with sqs-block html-blocks, quote and button blocks, and an FAQ made of
sqs-block-accordion items.
"""

import itertools
import zlib

NAME = "Ogilvie Rennie & Co"

_SITE = "https://www.ogilvierennie.co.uk"
_IDS = itertools.count(1)

_ANALYTICS = """<script async src="/s/gtag.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-8RQ2X4LM1D', {'anonymize_ip': true});
</script>"""

_NAV = [
    (
        "Property",
        [
            ("/buying/", "Buying a Home"),
            ("/selling/", "Selling Your Home"),
            ("/home-report/", "The Home Report"),
            ("/first-time-buyers/", "First-Time Buyers"),
            ("/properties/", "Properties for Sale"),
        ],
    ),
    (
        "Private Client",
        [
            ("/wills/", "Wills"),
            ("/powers-of-attorney/", "Powers of Attorney"),
            ("/executries/", "Executries &amp; Bereavement"),
        ],
    ),
    ("Family Law", [("/family-law/", "Separation &amp; Divorce")]),
    (
        "Fees",
        [
            ("/fees/", "Our Fees"),
            ("/legal-aid/", "Legal Aid"),
            ("/terms-of-business/", "Terms of Business"),
        ],
    ),
    (
        "About Us",
        [
            ("/", "Home"),
            ("/team/", "Our Team"),
            ("/faq/", "FAQ"),
            ("/complaints/", "Complaints"),
            ("/contact/", "Contact &amp; Offices"),
        ],
    ),
]


def _bid():
    n = next(_IDS)
    return f"block-yui_3_17_2_1_171630{n:04d}_{(n * 7919) % 100000}"


def html_block(inner):
    return (
        f'<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="{_bid()}">'
        f'<div class="sqs-block-content">\n{inner}\n</div></div>'
    )


def button(label, href, size="medium"):
    return (
        f'<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="{_bid()}">'
        f'<div class="sqs-block-content"><div class="sqs-block-button-container--center" data-alignment="center" '
        f'data-button-size="{size}"><a href="{href}" class="sqs-block-button-element--{size} '
        f'sqs-block-button-element" data-initialized="true">{label}</a></div></div></div>'
    )


def quote(text, who):
    return (
        f'<div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="{_bid()}">'
        f'<div class="sqs-block-content"><figure><blockquote data-animation-role="quote">'
        f"<span>&ldquo;</span>{text}<span>&rdquo;</span></blockquote>"
        f'<figcaption class="source">&mdash; {who}</figcaption></figure></div></div>'
    )


def spacer():
    return (
        f'<div class="sqs-block spacer-block sqs-block-spacer sized vsize-1" data-block-type="21" id="{_bid()}">'
        '<div class="sqs-block-content">&nbsp;</div></div>'
    )


def accordion(items):
    lis = []
    for i, (q, a) in enumerate(items):
        lis.append(
            f'<li class="accordion-item" data-is-first="{str(i == 0).lower()}">'
            f'<h4 class="accordion-item__title-wrapper" role="heading" aria-level="3">'
            f'<button class="accordion-item__click-target" aria-expanded="false" '
            f'aria-controls="accordion-{i}-panel" id="accordion-{i}-button">'
            f'<span class="accordion-item__title">{q}</span>'
            '<div class="accordion-icon-container"><div class="plus"><div class="line horizontal"></div>'
            '<div class="line vertical"></div></div></div></button></h4>'
            f'<div class="accordion-item__dropdown" role="region" id="accordion-{i}-panel">'
            f'<div class="accordion-item__description">{a}</div></div></li>'
        )
    return (
        f'<div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69" id="{_bid()}">'
        '<div class="sqs-block-content"><ul class="accordion-items-container" data-should-allow-multiple-open-items>'
        + "\n".join(lis)
        + "</ul></div></div>"
    )


def col(span, *blocks):
    return f'<div class="col sqs-col-{span} span-{span}">' + "\n".join(blocks) + "</div>"


def row(*cols):
    return '<div class="row sqs-row">' + "\n".join(cols) + "</div>"


def one(*blocks):
    """A full-width row, the commonest Squarespace layout."""
    return row(col(12, *blocks))


def _nav(current, element_id):
    parts = [f'<nav id="{element_id}" class="main-nav mega-menu dropdown-hover" data-content-field="navigation">']
    parts.append('<div class="nav-wrapper"><ul class="folder-list">')
    for label, links in _NAV:
        slug = label.lower().replace(" ", "-")
        parts.append(
            f'<li class="folder-collection folder"><div class="folder">'
            f'<input type="checkbox" name="folder-toggle-{slug}" class="folder-toggle-box hidden" '
            f'id="{element_id}-toggle-{slug}">'
            f'<label for="{element_id}-toggle-{slug}" class="folder-toggle-label" onclick data-href="#">{label}</label>'
            '<div class="subnav mega-panel"><div class="mega-column">'
        )
        for href, text in links:
            active = ' class="active-link"' if href == current else ""
            parts.append(f'<div class="collection"><a href="{href}"{active}>{text}</a></div>')
        parts.append("</div></div></div></li>")
    parts.append("</ul></div></nav>")
    return "\n".join(parts)


_FOOTER = """<footer id="footer" role="contentinfo">
<div class="footer-inner">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="block-field" id="footerBlocks">
<div class="row sqs-row">
<div class="col sqs-col-4 span-4">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<h3>Forfar</h3>
<p>27 Castle Street<br>Forfar DD8 3AE<br><a href="tel:01307462118">01307 462 118</a></p>
<p>Mon&ndash;Fri 9am&ndash;5pm<br>Property Centre also Sat 10am&ndash;12.30pm</p>
</div></div></div>
<div class="col sqs-col-4 span-4">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<h3>Brechin</h3>
<p>14 Clerk Street<br>Brechin DD9 6AE<br><a href="tel:01356622307">01356 622 307</a></p>
<p>Mon&ndash;Thu 9am&ndash;5pm<br>Fri 9am&ndash;1pm</p>
</div></div></div>
<div class="col sqs-col-4 span-4">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<h3>Get in touch</h3>
<p><a href="mailto:enquiries@ogilvierennie.co.uk">enquiries@ogilvierennie.co.uk</a></p>
<p><a href="/contact/">Make an appointment</a> &middot; <a href="/complaints/">Complaints</a>
&middot; <a href="/terms-of-business/">Terms of Business</a></p>
</div></div>
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2" data-block-type="54">
<div class="sqs-block-content"><div class="sqs-svg-icon--outer social-icon-alignment-left">
<nav class="sqs-svg-icon--list">
<a href="https://www.facebook.com/ogilvierennie" target="_blank" class="sqs-svg-icon--wrapper facebook"
 aria-label="Facebook"><div><svg class="sqs-svg-icon--social" viewBox="0 0 64 64"><use
 class="sqs-use--icon" xlink:href="#facebook-icon"></use></svg></div></a>
<a href="https://www.instagram.com/ogilvierennie_property" target="_blank" class="sqs-svg-icon--wrapper instagram"
 aria-label="Instagram"><div><svg class="sqs-svg-icon--social" viewBox="0 0 64 64"><use
 class="sqs-use--icon" xlink:href="#instagram-icon"></use></svg></div></a>
<a href="https://www.linkedin.com/company/ogilvie-rennie-co" target="_blank" class="sqs-svg-icon--wrapper linkedin"
 aria-label="LinkedIn"><div><svg class="sqs-svg-icon--social" viewBox="0 0 64 64"><use
 class="sqs-use--icon" xlink:href="#linkedin-icon"></use></svg></div></a>
</nav></div></div></div>
</div>
</div>
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<p class="footer-legal">Ogilvie Rennie &amp; Co is a partnership of solicitors regulated by the Law Society of
Scotland. &copy; 2024 Ogilvie Rennie &amp; Co. All rights reserved. Website by Squarespace.</p>
</div></div></div></div>
</div>
</div>
</footer>"""

_COOKIES = """<div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-theme-light" role="region"
 aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-content">
<p class="sqs-cookie-banner-v2-text">We use cookies to see how our website is used and to improve it. You can
accept all cookies or only the essential ones. Read more in our <a href="/terms-of-business/">Terms of
Business</a>.</p>
<div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept" type="button">Accept all</button>
<button class="sqs-cookie-banner-v2-decline" type="button">Essential only</button>
</div></div></div>"""


def _page(path, title, description, banner, strap, body):
    page_id = f"5f2a6c1e{zlib.crc32(path.encode()):016x}"
    canonical = _SITE + path
    return f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="initial-scale=1">
<meta charset="utf-8" />
<title>{title} | Ogilvie Rennie &amp; Co</title>
<meta http-equiv="Accept-CH" content="Sec-CH-UA-Platform-Version, Sec-CH-UA-Model" />
<link rel="icon" type="image/x-icon" href="/favicon.ico"/>
<link rel="canonical" href="{canonical}"/>
<meta property="og:site_name" content="Ogilvie Rennie &amp; Co"/>
<meta property="og:title" content="{title} &mdash; Ogilvie Rennie &amp; Co"/>
<meta property="og:url" content="{canonical}"/>
<meta property="og:type" content="website"/>
<meta property="og:description" content="{description}"/>
<meta itemprop="name" content="{title} &mdash; Ogilvie Rennie &amp; Co"/>
<meta name="twitter:card" content="summary"/>
<meta name="description" content="{description}" />
<link rel="stylesheet" type="text/css" href="/s/site-bedford.css?v=1716304412"/>
<link rel="stylesheet" type="text/css" href="/s/custom.css?v=47"/>
{_ANALYTICS}
</head>
<body id="collection-{page_id}" class="bedford header-position-fixed hide-page-title banner-alignment-center
 tagline-and-contact-info-show-contact-info social-icons-style-regular page-borders-none canvas-style-normal
 has-banner-image title--description-alignment-center title--description-position-over-image
 mobile-style-available event-show-past-events gallery-design-grid product-list-titles-under
 layout-no-sidebar collection-type-page view-item">
<div id="canvas-wrapper">
<div id="mobileNav" class="">
<div class="wrapper">
{_nav(path, "mobileNavigation")}
</div></div>
<div id="canvas">
<div id="headerWrapper">
<header id="header" class="show-on-scroll" data-offset-el=".index-section" data-offset-behavior="bottom"
 role="banner">
<div class="header-inner">
<div id="topBar">
<div class="top-bar-inner"><span class="top-bar-phone">Forfar <a href="tel:01307462118">01307 462 118</a>
 &middot; Brechin <a href="tel:01356622307">01356 622 307</a></span>
<a href="/contact/" class="header-button sqs-block-button-element--small">Make an appointment</a></div>
</div>
<div id="logoWrapper" class="wrapper" data-content-field="site-title">
<h1 id="logoImage"><a href="/"><img src="/s/ogilvie-rennie-logo.png" alt="Ogilvie Rennie &amp; Co,
 Solicitors and Estate Agents" /></a></h1>
<p class="logo-subtitle">Solicitors &amp; Estate Agents &middot; Forfar &amp; Brechin</p>
</div>
<div id="headerNav">
<div id="mainNavWrapper" class="nav-wrapper" data-content-field="navigation">
{_nav(path, "mainNavigation")}
</div>
<a id="mobileMenuLink" href="#"><span class="mobile-menu-icon"></span>Menu</a>
</div>
</div>
</header>
</div>
<div class="banner-thumbnail-wrapper has-description">
<figure class="content-fill"><img src="/s/banners{path}banner.jpg" alt=""></figure>
<div class="desc-wrapper"><h1 class="page-title">{banner}</h1><p>{strap}</p></div>
</div>
<div id="pageWrapper" class="hide-page-title hide-article-author" role="main">
<section id="page" class="clear" data-content-field="main-content" data-collection-id="{page_id}"
 data-edit-main-image="Banner">
<div class="Main-content content-wrapper">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page" data-updated-on="1716304412077" id="page-{page_id}">
{body}
</div>
</div>
</section>
</div>
<div id="preFooter"><div class="pre-footer-inner">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="block-field" id="preFooterBlocks">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<h2 style="text-align:center">Thinking of moving, or need legal advice?</h2>
<p style="text-align:center">Call either office or send us a message and we&rsquo;ll get back to you the same
working day.</p>
</div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container--center" data-alignment="center" data-button-size="large">
<a href="/contact/" class="sqs-block-button-element--large sqs-block-button-element">Book an appointment</a>
</div></div></div>
</div></div></div>
</div></div>
{_FOOTER}
</div>
</div>
{_COOKIES}
<script type="text/javascript" data-sqs-type="imageloader-bootstrapper">(function() {{if(Y && Y.Squarespace &&
 Y.Squarespace.ImageLoader) {{ Y.Squarespace.ImageLoader.bootstrap(); }}}})();</script>
</body>
</html>
"""


_HOME = "\n".join(
    [
        one(
            html_block("""<h2>Local solicitors and estate agents for Angus since 1962</h2>
<p>Ogilvie Rennie &amp; Co is an independent, family-run firm of solicitors and estate agents with offices in
Forfar and Brechin. James Ogilvie opened the practice in 1962 in two rooms above the old draper&rsquo;s shop on
Castle Street, Forfar, and the firm has stayed in the same building ever since. Our Brechin office opened in
1988 when we joined forces with the late Ian Rennie, who had practised in the town for thirty years.</p>
<p>Like many Scottish solicitors, we are also estate agents. That means we can value your home, market it,
show buyers round and handle every bit of the legal work that follows &ndash; all under one roof, with one
team who know the local market and know you. Today the firm has two partners, an associate, a solicitor, a
busy property centre and a support team of eight.</p>""")
        ),
        row(
            col(
                4,
                html_block("""<h3>Property</h3>
<p>Buying or selling a house, flat or farm cottage anywhere in Angus. Valuations, home reports, marketing,
viewings, notes of interest, closing dates and the conveyancing that gets you to the keys.</p>
<p><a href="/buying/">Buying a home</a><br><a href="/selling/">Selling your home</a><br>
<a href="/properties/">See what&rsquo;s for sale</a></p>"""),
            ),
            col(
                4,
                html_block("""<h3>Private client</h3>
<p>Planning ahead and dealing with a death in the family: wills, continuing and welfare powers of attorney,
and winding up an estate as executor.</p>
<p><a href="/wills/">Wills</a><br><a href="/powers-of-attorney/">Powers of attorney</a><br>
<a href="/executries/">Executries &amp; bereavement</a></p>"""),
            ),
            col(
                4,
                html_block("""<h3>Family law</h3>
<p>Calm, practical help when a relationship ends: separation agreements, divorce and dissolution, money and
property, and arrangements for children.</p>
<p><a href="/family-law/">Separation &amp; divorce</a><br><a href="/legal-aid/">Legal aid</a></p>"""),
            ),
        ),
        one(spacer()),
        row(
            col(6, button("Arrange a valuation", "/selling/", "large")),
            col(6, button("Make an appointment", "/contact/", "large")),
        ),
        one(html_block("<h2>What our clients say</h2>")),
        row(
            col(
                4,
                quote(
                    "Sold our house in Letham in under three weeks and the whole thing was explained to us in "
                    "plain English. Couldn&rsquo;t have asked for more.",
                    "Mr &amp; Mrs Guthrie, Letham",
                ),
            ),
            col(
                4,
                quote(
                    "Fiona made sorting out Dad&rsquo;s affairs far less painful than we feared. Always rang back "
                    "when she said she would.",
                    "Google review, Claire M.",
                ),
            ),
            col(
                4,
                quote(
                    "Friendly, straight-talking and they know Brechin inside out. Second time we&rsquo;ve used "
                    "them and won&rsquo;t go anywhere else.",
                    "Derek &amp; Ann, Brechin",
                ),
            ),
        ),
        one(
            html_block("""<h3>Regulated and insured</h3>
<p>All of our solicitors hold practising certificates from the Law Society of Scotland and the firm carries
the professional indemnity insurance required by the Law Society&rsquo;s Master Policy. Client money is held in
a separate client account and protected by the Scottish Solicitors&rsquo; Guarantee Fund.</p>""")
        ),
    ]
)

_BUYING = "\n".join(
    [
        row(
            col(
                8,
                html_block("""<h2>Buying a home in Scotland, step by step</h2>
<p>Buying a house in Scotland works differently from the rest of the UK. Here is how it works.</p>
<h3>1. Get your finance in place first</h3>
<p>Before you start offering, speak to a lender or mortgage broker and get a mortgage agreement in principle.
Selling agents will often ask for proof that you can proceed.</p>
<h3>2. Noting interest</h3>
<p>Once you have viewed a property and are seriously interested, ask us to &ldquo;note interest&rdquo; with
the selling agent. This is simply a formal message from your solicitor telling the agent you may wish to offer.
It costs you nothing, it does not commit you to anything, and it does not stop the seller accepting another
offer &ndash; but it does mean the agent should tell us if a closing date is set, so you are not left out.</p>
<h3>3. Closing dates</h3>
<p>If more than one buyer notes interest, the seller will often set a closing date: a set day and time,
commonly 12 noon, by which every offer must be lodged in writing by the buyer&rsquo;s solicitor. It is a blind
bid &ndash; you do not know what others have offered and there is no second round, so your one offer has to be
your best. The seller does not have to accept the highest offer, or any offer, and buyers usually hear the
result the same afternoon. We will talk through the home report valuation and recent local sales with you
before you decide on a figure, prepare the formal offer and lodge it for you in good time.</p>
<p>Properties advertised at a <strong>fixed price</strong> are different: the first acceptable offer at that
price normally secures the property, so speed matters more than the figure. &ldquo;Offers over&rdquo; means the
seller expects bids above the figure shown.</p>
<h3>4. Missives</h3>
<p>When your offer is accepted in principle, the solicitors for both sides exchange a series of formal letters
called missives, which settle the conditions of the sale. Until the missives are &ldquo;concluded&rdquo;, either
side can still walk away. Once they are concluded you have a binding contract: neither side can pull out
without paying compensation, and the seller cannot accept a higher offer. We aim to conclude missives within
two to three weeks of an offer being accepted.</p>
<h3>5. Entry day and getting the keys</h3>
<p>The date of entry is agreed in the missives, typically six to eight weeks after the offer. On the day, we
transfer the purchase price to the seller&rsquo;s solicitors and the keys are released to you, usually by early
afternoon.</p>
<h3>Land and Buildings Transaction Tax (LBTT)</h3>
<p>LBTT is Scotland&rsquo;s version of stamp duty. We prepare and submit your LBTT return to Revenue Scotland
and pay any tax due from your funds on the date of entry.</p>
<p><strong>Additional Dwelling Supplement (ADS):</strong> if at the end of the day of your purchase you will own
more than one home &ndash; for example you already own a flat you let out, or a share worth &pound;40,000 or
more in another house &ndash; an extra 8% of the whole price is payable on top of normal LBTT. If you are
replacing your main home and sell your previous main home within 36 months, you can claim the ADS back. We
will check whether ADS applies before you offer.</p>"""),
            ),
            col(
                4,
                html_block("""<div class="sidebar-box">
<h3>Buying with us</h3>
<ul><li>One named solicitor from offer to entry</li><li>Offers lodged the same day</li>
<li>Online ID check &ndash; no need to come in</li><li>Clear, fixed fees</li></ul>
<p><a href="/fees/">See our fees</a></p>
<p><a href="/first-time-buyers/">First time buying? Start here</a></p>
</div>"""),
                button("Ask us to note interest", "/contact/", "small"),
                quote(
                    "We lost out at two closing dates before Graeme helped us pitch the third one properly. "
                    "Got the house!",
                    "Jenna &amp; Paul, Forfar",
                ),
            ),
        ),
    ]
)

_SELLING = "\n".join(
    [
        row(
            col(
                8,
                html_block("""<h2>Selling your home with Ogilvie Rennie</h2>
<p>We have been selling homes in Forfar, Brechin, Kirriemuir, Letham and the Angus glens for over sixty years.
Because we are solicitors as well as estate agents, one team looks after your sale from the first valuation to
the day the buyer gets the keys.</p>
<h3>Free valuation visit</h3>
<p>Magda or Graeme will come out to see your home, usually within 48 hours of your call. There is no charge
and no obligation. We will give you our honest view of what it should sell for, how to pitch the asking price
(&ldquo;offers over&rdquo; or fixed price) and any small things worth doing before photographs.</p>
<h3>The home report</h3>
<p>By law you need a home report before your property goes on the market. We instruct the surveyor for you
and have the report back, normally within a week. See <a href="/home-report/">The Home Report</a> for what it
contains and what it costs.</p>
<h3>Marketing</h3>
<ul>
<li>Professional photographs and a measured floor plan by our in-house photographer, Euan</li>
<li>A 360&deg; virtual tour for larger properties</li>
<li>Listings on Rightmove, Zoopla, S1homes and our own website</li>
<li>Window displays in both our Forfar and Brechin offices</li>
<li>Posts on our Facebook and Instagram pages, which reach thousands of local buyers</li>
</ul>
<h3>Viewings</h3>
<p>You can show buyers round yourself or we can accompany every viewing for you. Our staff do viewings on
weekday evenings until 7pm and on Saturday mornings.</p>
<h3>Notes of interest and closing dates</h3>
<p>We keep you updated after every viewing and let you know as soon as a buyer&rsquo;s solicitor notes
interest. Once two or three notes of interest are in, we will usually advise setting a closing date so buyers
compete. You decide which offer, if any, to accept &ndash; it does not have to be the highest; a buyer with no
chain and a sensible entry date can be worth more.</p>
<h3>Our agreement with you</h3>
<p>When you instruct us we have sole selling rights for a minimum of 12 weeks. After that, you can end the
agreement at any time by giving us four weeks&rsquo; notice in writing. There is no commission unless we sell:
if you withdraw, you only pay outlays we have already paid out for you, such as the home report. Our estate
agency commission is shown on our <a href="/fees/">fees page</a>.</p>"""),
            ),
            col(
                4,
                html_block("""<div class="sidebar-box">
<h3>Why sell with a solicitor estate agent?</h3>
<p>No passing your sale between agent and lawyer: the people marketing your home are the same people drafting
the missives, so problems get sorted quickly.</p>
</div>"""),
                button("Book your valuation", "/contact/", "small"),
                quote(
                    "Euan&rsquo;s photos made our wee house look like a show home. Eleven notes of interest in a week.",
                    "Sandra R., Brechin",
                ),
                quote(
                    "Honest about the price from day one and it sold for more than they said.",
                    "Mr Lindsay, Kirriemuir",
                ),
            ),
        ),
    ]
)

_HOME_REPORT = "\n".join(
    [
        one(
            html_block("""<h2>The home report explained</h2>
<p>Every seller in Scotland must have a home report available to buyers before the property is put on the
market. It is paid for by the seller and given free of charge to anyone seriously interested, so that buyers
do not each need to pay for their own survey before offering.</p>
<h3>What&rsquo;s inside</h3>
<ol>
<li><strong>The single survey</strong> &ndash; a chartered surveyor&rsquo;s report on the condition of the
property, with a valuation and an estimated reinstatement cost for insurance.</li>
<li><strong>The energy report</strong> &ndash; the Energy Performance Certificate (EPC), rating the home from A
to G, with suggestions for making it cheaper to heat.</li>
<li><strong>The property questionnaire</strong> &ndash; filled in by the seller: council tax band, parking,
any alterations, factor&rsquo;s charges, known disputes and similar.</li>
</ol>
<p>Many lenders will also want a <em>mortgage valuation report</em> (sometimes called a transcript) for the
buyer; the surveyor provides this from the same inspection.</p>
<h3>Condition categories</h3>
<p>The surveyor grades each part of the property &ndash; roof, windows, damp, electrics and so on &ndash; in
one of three categories:</p>
<ul>
<li><strong>Category 1:</strong> no immediate action or repair is needed.</li>
<li><strong>Category 2:</strong> repairs or replacement will be needed in the future; not urgent, but worth
budgeting for.</li>
<li><strong>Category 3:</strong> urgent repairs or replacement are needed now. Failure to deal with them may
cause problems to other parts of the property or be a safety risk.</li>
</ul>
<p>A category 3 item is a warning, not necessarily a reason to walk away. If you are buying, get a
tradesman&rsquo;s quote for the work before you offer and take the cost into account in your figure. Your
lender may hold back part of the mortgage until the repair is done, so speak to your mortgage adviser too.
Our solicitors will go through the report with you before any offer is lodged.</p>
<h3>How old can it be?</h3>
<p>The home report must be no more than 12 weeks old on the day the property goes on the market. After that
there is no fixed expiry date, but buyers&rsquo; lenders usually want a valuation that is only a few months
old, so the surveyor can update it if the sale takes longer.</p>
<h3>When you don&rsquo;t need one</h3>
<p>Newly built homes being sold for the first time, conversions that have never been lived in, homes sold
under right to buy, and sales between family members that are never advertised do not need a home report.</p>""")
        ),
        row(
            col(
                7,
                html_block("""<h3>Home report costs</h3>
<p>We instruct Strathmore Survey Partnership, a local firm of chartered surveyors. Prices include VAT and all
three parts of the report.</p>
<table class="price-table">
<thead><tr><th>Value of property</th><th>Home report cost</th></tr></thead>
<tbody>
<tr><td>Up to &pound;100,000</td><td>&pound;450</td></tr>
<tr><td>&pound;100,001 &ndash; &pound;200,000</td><td>&pound;520</td></tr>
<tr><td>&pound;200,001 &ndash; &pound;300,000</td><td>&pound;595</td></tr>
<tr><td>&pound;300,001 &ndash; &pound;400,000</td><td>&pound;680</td></tr>
<tr><td>Over &pound;400,000</td><td>Price on request</td></tr>
<tr><td>Survey update (if the report needs refreshing)</td><td>&pound;95</td></tr>
</tbody></table>
<p>If you sell through us, you don&rsquo;t pay up front: we pay the surveyor and take the cost from the sale
proceeds. If you withdraw from the market, the cost becomes payable then.</p>"""),
            ),
            col(
                5,
                html_block("""<div class="sidebar-box">
<h3>Buying? Ask for a copy</h3>
<p>For any property we are selling, request the home report through our website or by phone and we will
email it to you within one working day. It&rsquo;s free.</p>
</div>"""),
                button("Request a home report", "/properties/", "small"),
            ),
        ),
    ]
)

_FIRST_TIME = "\n".join(
    [
        row(
            col(
                8,
                html_block("""<h2>Buying your first home</h2>
<p>Getting on the ladder is a big step, and nobody expects you to know how Scottish conveyancing works. We
look after a lot of first-time buyers every year and we&rsquo;re happy to answer the &ldquo;daft&rdquo;
questions &ndash; there aren&rsquo;t any.</p>
<h3>Our first-time buyer package</h3>
<p>For first-time buyers purchasing a property for up to &pound;200,000, our legal fee is a fixed
&pound;695 plus VAT. That includes noting interest, lodging offers (including at closing dates you
don&rsquo;t win), the missives, your mortgage paperwork, the LBTT return and registering your title. Outlays
such as the registration dues are extra and we will give you a full written estimate at the start.</p>
<h3>LBTT: first-time buyer relief</h3>
<p>First-time buyers in Scotland pay no Land and Buildings Transaction Tax on the first &pound;175,000 of the
price, instead of the normal &pound;145,000 threshold. That is a saving of up to &pound;600, and it means most
first homes in Angus attract no LBTT at all. To qualify you must never have owned a home anywhere in the world,
you must intend to live in the property as your only or main home, and anyone buying with you must also be a
first-time buyer. We claim the relief on your LBTT return for you.</p>
<h3>Deposits and mortgages</h3>
<p>Most lenders look for a deposit of at least 5% of the price, and the best rates usually need 10% or more.
We are not mortgage advisers, but we work with several independent brokers in the area and can introduce
you. If a family member is helping with your deposit, please tell us early &ndash; there are a few extra
checks, explained in our <a href="/terms-of-business/">Terms of Business</a>.</p>
<h3>Shared equity</h3>
<p>The Scottish Government&rsquo;s Open Market Shared Equity scheme can help some buyers by taking a 10% to
40% stake in the home. It is open to priority groups, including social housing tenants, disabled people,
members of the armed forces and veterans, and people aged 60 or over. Price limits vary by council area.</p>"""),
            ),
            col(
                4,
                html_block("""<div class="sidebar-box highlight">
<h3>Buying Your First Home evenings</h3>
<p>A free, relaxed evening at our Forfar office on the <strong>first Tuesday of every month at 6.30pm</strong>.
One of our solicitors and an independent mortgage adviser walk you through the whole process, from saving a
deposit to getting the keys, and answer your questions. Tea, coffee and biscuits provided. Places are limited
to twelve, so please phone the Forfar office to book.</p>
</div>"""),
                button("Book a place", "/contact/", "small"),
                quote(
                    "We knew nothing when we started. Alasdair explained everything twice without once making us feel "
                    "stupid.",
                    "Ryan &amp; Chloe, first-time buyers",
                ),
            ),
        ),
    ]
)


def _listing(name, kind, price, details, status):
    return html_block(f"""<div class="property-card">
<h3>{name}</h3>
<p class="property-type">{kind}</p>
<p class="property-price"><strong>{price}</strong></p>
<p>{details}</p>
<p class="property-status">{status}</p>
</div>""")


_PROPERTIES = "\n".join(
    [
        one(
            html_block("""<h2>Properties for sale</h2>
<p>Here is a selection of the homes we currently have on the market. Our full list, with photographs, floor
plans and home reports, is also on Rightmove, Zoopla and S1homes. Listings are updated every Monday and
Thursday.</p>""")
        ),
        row(
            col(
                6,
                _listing(
                    "8 Southesk Street, Brechin",
                    "Three-bedroom mid-terraced house",
                    "Offers over &pound;135,000",
                    "Traditional stone terrace a short walk from the High Street. Lounge, dining kitchen, three "
                    "bedrooms and bathroom; gas central heating; enclosed garden to the rear. Home report value "
                    "&pound;140,000. EPC band D. Council tax band B.",
                    "Closing date set: offers by 12 noon on Thursday 13 June.",
                ),
            ),
            col(
                6,
                _listing(
                    "Flat 2/1, 41 East High Street, Forfar",
                    "Two-bedroom second-floor flat",
                    "Fixed price &pound;89,500",
                    "Bright flat in the town centre with new double glazing and electric storage heating. Shared "
                    "drying green, on-street parking. Ideal first purchase or buy-to-let. EPC band E. Council tax "
                    "band A.",
                    "Available &ndash; first acceptable offer at the fixed price.",
                ),
            ),
        ),
        row(
            col(
                6,
                _listing(
                    "Westfield, Lour Road, Forfar",
                    "Four-bedroom detached villa",
                    "Offers over &pound;325,000",
                    "Spacious family home with double garage, conservatory and mature gardens front and back. "
                    "Master bedroom with en suite. Oil-fired central heating. EPC band D. Council tax band F.",
                    "Available &ndash; viewings now being arranged.",
                ),
            ),
            col(
                6,
                _listing(
                    "Rosebank Cottage, by Letham",
                    "Three-bedroom detached cottage",
                    "Offers over &pound;210,000",
                    "Extended country cottage on a third of an acre, with wood-burning stove, two outbuildings and "
                    "open views to the Sidlaws. Private drainage. EPC band E. Council tax band D.",
                    "Under offer.",
                ),
            ),
        ),
        row(
            col(
                6,
                _listing(
                    "23 Montrose Road, Brechin",
                    "Two-bedroom semi-detached bungalow",
                    "Offers over &pound;165,000",
                    "Well-kept bungalow with driveway, garage and low-maintenance garden. Everything on one level. "
                    "EPC band C. Council tax band C.",
                    "Sold subject to missives.",
                ),
            ),
            col(
                6,
                html_block("""<h3>What the labels mean</h3>
<p><strong>Under offer</strong> &ndash; an offer has been accepted in principle but the contract is not yet
binding. <strong>Sold subject to missives</strong> &ndash; the sale is agreed and the lawyers are finalising
the contract.</p>
<h3>Arranging a viewing</h3>
<p>Phone our property centre or use the button below, quoting the address. Please tell us when you book if
you would like the home report sent to you before the viewing.</p>"""),
                button("Arrange a viewing", "/contact/", "small"),
            ),
        ),
    ]
)

_WILLS = "\n".join(
    [
        row(
            col(
                8,
                html_block("""<h2>Making a will</h2>
<p>A will lets you decide who inherits your home, savings and belongings, who sorts things out when you die
(your executors) and who should look after your children if they are still young. Without one, Scots law
decides for you &ndash; and the result is often not what people expect.</p>
<h3>What happens if you die without a will?</h3>
<p>If you die without a will (&ldquo;intestate&rdquo;), your estate is divided according to fixed rules:</p>
<ul>
<li><strong>Prior rights:</strong> a surviving husband, wife or civil partner is entitled first to the family
home up to a value of &pound;473,000, furniture and household contents up to &pound;29,000, and a cash sum of
&pound;50,000 if you have children (&pound;89,000 if you have none).</li>
<li><strong>Legal rights:</strong> from what is left of the cash, investments and other &ldquo;moveable&rdquo;
property, your spouse or civil partner is entitled to a third, and your children share another third (a half
each if there is no spouse).</li>
<li>Whatever remains goes to your children; if you have none, it passes to parents, brothers and sisters and
so on.</li>
</ul>
<p>So a husband or wife does not simply inherit everything, and if your estate is larger than the prior
rights, your children will receive a share. An unmarried partner has no automatic right to inherit at all and
must apply to the court within six months of the death.</p>
<h3>Children and legal rights</h3>
<p>Even with a will, your spouse and children can claim their legal rights to a share of your moveable
estate instead of what the will gives them. They cannot claim the house or land. We will explain how this
affects your plans.</p>
<h3>Guardians</h3>
<p>If you have children under 16, your will can name the guardian you would want to bring them up.</p>
<h3>Getting married or divorced</h3>
<p>In Scotland, getting married or entering a civil partnership does <em>not</em> cancel an existing will, and
neither does divorce. A will made years ago may still leave everything to a former partner, so it is
important to review your will after any big change. We suggest a quick review every five years.</p>"""),
            ),
            col(
                4,
                html_block("""<div class="sidebar-box">
<h3>Will fees</h3>
<table class="price-table">
<tr><td>Single will</td><td>&pound;190 + VAT</td></tr>
<tr><td>Mirror wills for a couple (two matching wills)</td><td>&pound;320 + VAT</td></tr>
<tr><td>Small change to an existing will (codicil)</td><td>&pound;95 + VAT</td></tr>
<tr><td>Safe storage of your will</td><td>Free</td></tr>
</table>
<p>Most wills are ready to sign within two weeks of our first meeting. The signed original is kept in our
fireproof strongroom in Forfar, and you get a copy.</p>
</div>"""),
                button("Book a will appointment", "/contact/", "small"),
                html_block("""<p>Thinking about a will? It&rsquo;s a good time to think about a
<a href="/powers-of-attorney/">power of attorney</a> too.</p>"""),
            ),
        ),
    ]
)

_POA = "\n".join(
    [
        one(
            html_block("""<h2>Powers of attorney</h2>
<p>A power of attorney is a legal document in which you choose someone close to you &ndash; your attorney &ndash;
to make decisions for you if you cannot make them yourself, whether because of dementia, a stroke, an accident
or illness. It is one of the most useful documents you can sign, and it can only be signed while you still
have the mental capacity to understand it.</p>
<h3>Continuing and welfare powers</h3>
<ul>
<li><strong>Continuing power of attorney</strong> covers money and property: paying bills, dealing with the
bank, pensions and benefits, and selling a house if needed. You can choose for it to start straight away or
only if you lose capacity.</li>
<li><strong>Welfare power of attorney</strong> covers personal decisions: where you live, what care you receive
and medical treatment. It can only be used once you are no longer able to make those decisions yourself.</li>
</ul>
<p>Most people sign one combined document covering both.</p>
<h3>After a diagnosis of dementia</h3>
<p>A diagnosis of dementia does not mean it is too late. Many people in the early stages can still
understand what a power of attorney is and who they are choosing, and can sign one. The sooner you act the
better: we meet the person on their own to check they understand, and if there is any doubt we ask their GP
for an opinion. As their solicitor we also sign the certificate confirming capacity that must go with the
document.</p>
<p>If nobody has a power of attorney and a person loses capacity, the family usually has to apply to the sheriff
court for a guardianship order. That typically takes six months or more and costs several thousand
pounds.</p>
<h3>Registration</h3>
<p>A power of attorney cannot be used until it has been registered with the Office of the Public Guardian
(Scotland) in Falkirk. We send it off for you. The Public Guardian&rsquo;s registration fee is currently
&pound;96 per document. Registration is currently taking around eight to ten weeks; once it is back, banks and
care providers will accept the registered copy. Where there is an urgent need, we can ask for the
application to be prioritised with supporting medical evidence.</p>""")
        ),
        row(
            col(
                6,
                html_block("""<h3>Our fees</h3>
<table class="price-table">
<tr><td>Combined continuing &amp; welfare power of attorney, one person</td><td>&pound;310 + VAT</td></tr>
<tr><td>Combined powers for a couple</td><td>&pound;520 + VAT</td></tr>
<tr><td>Office of the Public Guardian registration fee</td><td>&pound;96 per document</td></tr>
</table>
<p>Our fee includes the capacity certificate, registration and sending certified copies to your
attorneys.</p>"""),
            ),
            col(
                6,
                quote(
                    "We put it off for far too long. Fiona and Shona had Mum&rsquo;s power of attorney signed "
                    "within a fortnight and it has been a lifesaver since.",
                    "Gillian S., Forfar",
                ),
                button("Talk to us about a power of attorney", "/contact/", "small"),
            ),
        ),
    ]
)

_EXECUTRIES = "\n".join(
    [
        row(
            col(
                8,
                html_block("""<h2>When someone dies</h2>
<p>We are very sorry if you are reading this because someone close to you has died. There is no need to
deal with everything at once, and we can take as much or as little of the work off your hands as you want.</p>
<h3>The first few days</h3>
<ol>
<li><strong>If the death happened at home</strong>, call the person&rsquo;s GP (or NHS 24 on 111 out of hours).
A doctor will need to confirm the death. If it was sudden or unexpected, the police must be told and the
procurator fiscal may be involved.</li>
<li><strong>Register the death within 8 days.</strong> In Scotland this can be done at any registrar&rsquo;s
office, by appointment; in Angus the registrars are in Forfar, Brechin, Arbroath and Montrose. Take the Medical
Certificate of Cause of Death issued by the doctor. We suggest buying several copies of the death certificate,
as banks and pension providers often want to see one.</li>
<li><strong>Contact a funeral director.</strong> Most banks will pay the funeral account directly from the
person&rsquo;s bank account on sight of the invoice, even before anything else is released.</li>
<li><strong>Look for a will.</strong> If we, or another solicitor, prepared the will, we will hold the
original in our strongroom &ndash; just phone and ask.</li>
</ol>
<h3>What is confirmation?</h3>
<p>Confirmation is Scotland&rsquo;s version of probate. It is a document issued by the sheriff court that
gives the executor legal authority to close bank accounts, cash in investments and sell or transfer the house.
Banks and other organisations will usually only release larger sums once they have seen it. To apply, the
executor has to list everything the person owned and owed on the court inventory and, if inheritance tax is
due, report to HMRC.</p>
<p>If the person left a will, the executors named in it apply. If there is no will, a relative usually has to
ask the court to appoint them first, as &ldquo;executor dative&rdquo;. For smaller estates (under &pound;36,000)
there is a simpler procedure and the sheriff clerk can help you complete the forms.</p>
<h3>How long does it take?</h3>
<p>A straightforward executry usually takes six to twelve months from start to finish. Confirmation itself
normally arrives within about three months of instructing us. Executors are advised to wait six months from the
death before paying out the full estate, in case further debts come to light.</p>"""),
            ),
            col(
                4,
                html_block("""<div class="sidebar-box">
<h3>Executry fees</h3>
<p>Executry work is charged on the time spent, at &pound;220 per hour plus VAT. We give you a written estimate
at the start and update it if things change. A simple executry with a house, a few bank accounts and no
inheritance tax typically costs between &pound;2,800 and &pound;4,500 plus VAT. Our fees are paid from the
estate, not by the family personally.</p>
<p>If the house needs to be sold, our property centre can market it.</p>
</div>"""),
                button("Speak to our executry team", "/contact/", "small"),
            ),
        ),
    ]
)

_FAMILY = "\n".join(
    [
        row(
            col(
                8,
                html_block("""<h2>Separation and divorce</h2>
<p>When a relationship ends there is a lot to sort out at once: where everyone will live, the house, money,
pensions and, most importantly, the children. Kirsty Duthie, who leads our family team from the Brechin office,
will explain where you stand in plain language and help you reach an agreement without going to court wherever
that is possible.</p>
<div class="callout urgent"><p><strong>If you or your children are in danger, call 999.</strong> If you are
being abused or harassed by a partner or ex-partner, phone us as early in the day as you can: we can apply to
the sheriff court the same day for an interim interdict, with a power of arrest, to keep them away.</p></div>
<h3>Separating</h3>
<p>There is no need to &ldquo;register&rdquo; a separation in Scotland. Most separating couples record what
they agree about the house, savings, debts, pensions and the children in a <strong>Minute of Agreement</strong>
(a separation agreement). Once both sign it and it is registered in the Books of Council and Session, it is
legally binding and can be enforced like a court order.</p>
<h3>Divorce: how long do you have to be separated?</h3>
<ul>
<li><strong>One year</strong> of living apart, if your husband or wife consents to the divorce.</li>
<li><strong>Two years</strong> of living apart, if they do not consent.</li>
<li>No waiting period if the marriage has broken down because of adultery or unreasonable behaviour, though
these grounds are used far less often now.</li>
</ul>
<p>If you have no children under 16, have sorted out the money and meet the separation periods, you may be able
to use the simplified (&ldquo;do-it-yourself&rdquo;) procedure with forms from the Scottish Courts and
Tribunals website. The same rules apply to dissolving a civil partnership.</p>
<h3>The house and money</h3>
<p>Matrimonial property &ndash; what either of you built up between the date of the marriage and the date you
separated &ndash; is shared fairly, which normally means equally. Gifts and inheritances are usually excluded,
and so is a house one of you owned before the marriage, unless it was bought for you both to live in as the
family home.</p>
<h3>Couples who never married</h3>
<p>Cohabiting couples do not have the same rights as married couples, and there is no automatic half share of
anything. However, a former cohabitant can ask the court for a payment if they have lost out financially
because of the relationship, for example by giving up work to care for children. The claim must be raised in
court <strong>within one year</strong> of the day you stopped living together, and this time limit is strict,
so please get advice early.</p>
<h3>Children</h3>
<p>Most parents agree arrangements for where the children will live and when they will see the other parent.
Where you cannot, mediation through Relationships Scotland, or with Kirsty, who is an accredited family
mediator, often helps. Child maintenance is normally dealt with through the Child Maintenance Service rather
than the courts.</p>"""),
            ),
            col(
                4,
                html_block("""<div class="sidebar-box">
<h3>Family law fees</h3>
<p>Your first meeting, lasting up to an hour, is a fixed &pound;120 plus VAT. After that we charge &pound;200
per hour plus VAT and give you an estimate before any work starts.</p>
<p>You may be entitled to help with the cost: see <a href="/legal-aid/">Legal Aid</a>.</p>
</div>"""),
                button("Arrange a confidential meeting", "/contact/", "small"),
                quote(
                    "Kirsty kept things calm when I couldn&rsquo;t. I never felt judged.",
                    "Client, Brechin",
                ),
            ),
        ),
    ]
)

_LEGAL_AID = "\n".join(
    [
        one(
            html_block("""<h2>Legal aid</h2>
<p>We are registered with the Scottish Legal Aid Board (SLAB) to provide civil legal aid and advice and
assistance in family law matters: separation, divorce and dissolution, financial claims between couples,
cohabitation claims, contact and residence for children, and protective orders such as interdicts.</p>
<h3>The two kinds of help</h3>
<ul>
<li><strong>Advice and assistance</strong> covers our initial advice, letters and negotiations with the other
side, and preparing a separation agreement.</li>
<li><strong>Civil legal aid</strong> covers court actions, including a contested divorce or a court case about
the children. We apply to SLAB for you and it usually takes several weeks for a decision.</li>
</ul>
<h3>Who qualifies?</h3>
<p>Legal aid is means tested: SLAB looks at your disposable income (what you have left after tax, rent or
mortgage, childcare and allowances for dependants) and your savings and capital. If you receive Universal
Credit or certain other income-related benefits you will normally qualify on income. Many people who work part
time or are on a modest wage also qualify, though you may have to pay a contribution towards the cost,
usually in monthly instalments. Your partner&rsquo;s income is not counted when they are the person you are in
dispute with. We can work out at your first appointment whether you are likely to be eligible and what, if
anything, you would pay.</p>
<h3>What to bring</h3>
<p>Your last three months&rsquo; payslips or benefit letters, recent bank statements, and details of rent or
mortgage payments and childcare costs.</p>
<h3>Do you ever have to pay it back?</h3>
<p>Sometimes. If legal aid helps you recover or keep money or property &ndash; for example you are awarded a
lump sum, or you keep the family home in the divorce &ndash; SLAB can recover what it has paid for your case out
of that money or property. This is called &ldquo;clawback&rdquo;. Where it is the family home, SLAB will often
agree to secure the amount against the house and wait until it is sold rather than insist on immediate
payment. We will tell you at the start if this is likely to apply.</p>
<h3>What legal aid doesn&rsquo;t cover here</h3>
<p>We do not offer legal aid for buying or selling property, wills, powers of attorney or executries. These
are charged at the prices shown on each service page.</p>""")
        ),
        row(
            col(8, quote("I didn&rsquo;t think someone on my wage could get legal aid. I was wrong.", "Karen, Forfar")),
            col(4, button("Check if you qualify", "/contact/", "small")),
        ),
    ]
)

_FEES = "\n".join(
    [
        one(
            html_block("""<h2>Our fees for buying and selling</h2>
<p>We believe you should know what you will pay before you instruct us. The fees below are for residential
property in Scotland. VAT is charged at 20% on our fees. Prices for wills, powers of attorney, executries and
family law are shown on those pages, and first-time buyers should see our
<a href="/first-time-buyers/">First-Time Buyers</a> page for their package.</p>""")
        ),
        row(
            col(
                6,
                html_block("""<h3>Buying: legal fee</h3>
<table class="price-table">
<thead><tr><th>Purchase price</th><th>Our fee</th></tr></thead>
<tbody>
<tr><td>Up to &pound;100,000</td><td>&pound;650 + VAT</td></tr>
<tr><td>&pound;100,001 &ndash; &pound;200,000</td><td>&pound;795 + VAT</td></tr>
<tr><td>&pound;200,001 &ndash; &pound;300,000</td><td>&pound;895 + VAT</td></tr>
<tr><td>&pound;300,001 &ndash; &pound;450,000</td><td>&pound;1,050 + VAT</td></tr>
<tr><td>Over &pound;450,000</td><td>0.25% of the price + VAT</td></tr>
</tbody></table>
<p>Includes noting interest, offers, missives, the LBTT return and registration. Acting for your mortgage
lender adds &pound;125 + VAT.</p>"""),
            ),
            col(
                6,
                html_block("""<h3>Selling</h3>
<table class="price-table">
<thead><tr><th>Service</th><th>Fee</th></tr></thead>
<tbody>
<tr><td>Estate agency (marketing, viewings, negotiating)</td><td>1% of the sale price + VAT, minimum
&pound;1,250 + VAT</td></tr>
<tr><td>Legal work on your sale, when we are also your estate agent</td><td>&pound;695 + VAT</td></tr>
<tr><td>Legal work on your sale, if another agent markets it</td><td>&pound;795 + VAT</td></tr>
<tr><td>Repaying your mortgage</td><td>&pound;75 + VAT</td></tr>
</tbody></table>
<p>No sale, no estate agency commission.</p>"""),
            ),
        ),
        one(
            html_block("""<h3>Outlays</h3>
<p>Outlays are payments we make to other people on your behalf. They are passed on at cost:</p>
<ul>
<li>Registers of Scotland registration dues, on a sliding scale by price (for example &pound;400 on a
&pound;150,000&ndash;&pound;200,000 purchase)</li>
<li>Property enquiry certificate and legal reports, on a sale: about &pound;180</li>
<li>Electronic ID check: &pound;8 + VAT per person</li>
<li>Bank transfer fee for sending the purchase price or sale proceeds: &pound;30 + VAT</li>
<li>Land and Buildings Transaction Tax, where due (see Revenue Scotland&rsquo;s calculator)</li>
</ul>
<h3>Paying us</h3>
<p>When you sell, our fees and outlays are simply deducted from the sale proceeds on the date of entry. When
you buy, we will send you a statement about ten days before entry; the balance must reach our client account
in cleared funds at least three working days before the date of entry.</p>
<p>You can pay by bank transfer, or by debit or credit card (Visa and Mastercard; not American Express) over
the phone or in either office, for amounts up to &pound;2,000. We do not accept cheques, and we accept cash
only up to &pound;500.</p>"""),
            button("Get a written quote", "/contact/"),
        ),
    ]
)

_TERMS = "\n".join(
    [
        one(
            html_block("""<h2>Terms of business</h2>
<p>These terms apply to all work we do for you unless our letter of engagement says otherwise. Please read them
alongside the letter we send when you first instruct us.</p>
<h3>Proving who you are</h3>
<p>Money laundering regulations require us to verify the identity of every client before we act. Usually this
is done electronically: we send you a link to the Credas app and you photograph your passport or driving
licence and take a selfie. If you would rather come in, bring one photo ID (passport or photocard driving
licence) and one proof of your home address dated within the last three months (council tax bill, utility
bill or bank statement).</p>
<h3>Where the money comes from</h3>
<p>When you buy a property we must also check the source of your funds. We will ask for bank statements showing
how your deposit was saved. If a family member is giving you money towards the deposit, we need a signed
letter from them confirming it is a gift and not a loan, their ID, and a statement showing the money in their
account.</p>
<div class="callout warning"><h3>Protect yourself from email fraud</h3>
<p><strong>We will never tell you by email that our bank details have changed.</strong> Criminals hack email
accounts and send convincing messages, sometimes copying our logo and staff names, asking clients to send money
to a &ldquo;new&rdquo; account. If you receive any message like this, do not send any money and do not reply:
phone us on a number you already know, not one in the email. Before sending a large sum such as a deposit, we
recommend sending &pound;1 first and phoning us to confirm it has arrived. We cannot be responsible for money
sent to the wrong account.</p></div>
<h3>Interest on your money</h3>
<p>Money we hold for you is kept in a client bank account. Where we hold more than &pound;10,000 for you for
longer than four weeks, we pay interest at the rate our bank pays us.</p>
<h3>Ending our instructions</h3>
<p>You can end our instructions at any time by telling us in writing. You pay for work done and outlays incurred
up to that point. We may stop acting if we are not given the information or funds we need.</p>
<h3>Files and your data</h3>
<p>We keep your file for ten years after the matter ends and then destroy it securely, except wills and title
deeds, which we keep until you ask for them. We use your personal information only to act for you and to meet
our legal duties, in line with UK data protection law. Our website uses cookies for basic analytics; you can
refuse non-essential cookies using the banner.</p>""")
        ),
    ]
)

_CONTACT = "\n".join(
    [
        row(
            col(
                6,
                html_block("""<h2>Forfar office &amp; Property Centre</h2>
<p>27 Castle Street, Forfar DD8 3AE<br>Telephone <a href="tel:01307462118">01307 462 118</a><br>
<a href="mailto:forfar@ogilvierennie.co.uk">forfar@ogilvierennie.co.uk</a></p>
<h3>Opening hours</h3>
<table class="hours-table">
<tr><td>Monday to Friday</td><td>9.00am &ndash; 5.00pm (open over lunch)</td></tr>
<tr><td>Saturday</td><td>10.00am &ndash; 12.30pm, Property Centre only (viewings, valuations and property
enquiries; no solicitor appointments)</td></tr>
<tr><td>Sunday</td><td>Closed</td></tr>
</table>
<p>Evening appointments with a solicitor are available on Tuesdays until 7pm by arrangement.</p>
<h3>Parking and access</h3>
<p>There is no general parking on Castle Street, but there are two disabled parking bays directly outside our
door. The free long-stay car park at the Myre is a three-minute walk away. The Forfar office is step-free at
the front door, with ground-floor meeting rooms, an accessible toilet and a hearing loop at reception.</p>"""),
            ),
            col(
                6,
                html_block("""<h2>Brechin office</h2>
<p>14 Clerk Street, Brechin DD9 6AE<br>Telephone <a href="tel:01356622307">01356 622 307</a><br>
<a href="mailto:brechin@ogilvierennie.co.uk">brechin@ogilvierennie.co.uk</a></p>
<h3>Opening hours</h3>
<table class="hours-table">
<tr><td>Monday to Thursday</td><td>9.00am &ndash; 5.00pm (closed for lunch 12.45 &ndash; 1.45pm)</td></tr>
<tr><td>Friday</td><td>9.00am &ndash; 1.00pm</td></tr>
<tr><td>Saturday and Sunday</td><td>Closed</td></tr>
</table>
<h3>Parking and access</h3>
<p>On-street parking on Clerk Street is limited to one hour. The free public car park on Church Street is a
two-minute walk. There are two steps up to our front door; we have a portable ramp, so please ring the bell
and a member of staff will set it up. Our meeting room is on the ground floor.</p>"""),
            ),
        ),
        one(
            html_block("""<h3>Holidays</h3>
<p>Both offices close on Christmas Day, Boxing Day, 1 and 2 January, Good Friday, Easter Monday, and the Angus
spring and autumn holiday Mondays. Between Christmas and New Year we open on a reduced basis; phone before
travelling.</p>
<h3>Getting here by bus</h3>
<p>Stagecoach services 20 and 21 between Dundee, Forfar and Brechin stop within a short walk of both offices.
</p>
<h3>Video and phone appointments</h3>
<p>Can&rsquo;t get into town? Most meetings can be held by phone, Microsoft Teams or Zoom. Just ask when
booking.</p>"""),
        ),
        one(
            f"""<div class="sqs-block form-block sqs-block-form" data-block-type="9" id="{_bid()}">
<div class="sqs-block-content"><div class="form-wrapper"><div class="form-inner-wrapper">
<form data-form-id="6648b1a2c3d4e5f607182930" autocomplete="on" method="POST" novalidate>
<div class="field-list clear">
<div id="name-yui_1" class="form-item field name required"><label class="title">Name
<span class="required">*</span></label><input class="field-element" name="name" type="text"></div>
<div id="email-yui_2" class="form-item field email required"><label class="title">Email
<span class="required">*</span></label><input class="field-element" name="email" type="email"></div>
<div id="phone-yui_3" class="form-item field phone"><label class="title">Phone</label>
<input class="field-element" name="phone" type="tel"></div>
<div id="select-yui_4" class="form-item field select"><label class="title">Which office?</label>
<select name="office"><option>Forfar</option><option>Brechin</option><option>No preference</option></select></div>
<div id="textarea-yui_5" class="form-item field textarea"><label class="title">How can we help?</label>
<textarea class="field-element" name="message"></textarea></div>
</div>
<div class="form-button-wrapper form-button-wrapper--align-left">
<input class="button sqs-system-button sqs-editable-button" type="submit" value="Send message"></div>
</form></div></div></div></div>""",
        ),
        one(
            f"""<div class="sqs-block map-block sqs-block-map sized vsize-8" data-block-type="4" id="{_bid()}"
 data-block-json='{{"location":{{"addressLine1":"27 Castle Street","addressLine2":"Forfar, DD8 3AE",
"addressCountry":"United Kingdom"}},"zoom":15,"style":4}}'><div class="sqs-block-content">&nbsp;</div></div>""",
        ),
    ]
)


def _person(name, role, text):
    return html_block(f"""<div class="team-member">
<img src="/s/team/{name.lower().replace(" ", "-")}.jpg" alt="{name}">
<h3>{name}</h3>
<p class="team-role">{role}</p>
<p>{text}</p>
</div>""")


_TEAM = "\n".join(
    [
        one(
            html_block("""<h2>Our team</h2>
<p>Twelve people across two offices, most of whom grew up in Angus. Here are some of the faces you are likely
to meet.</p>""")
        ),
        row(
            col(
                6,
                _person(
                    "Fiona Rennie",
                    "Senior Partner &middot; Forfar",
                    "Fiona qualified in 1996 and has led our private client work for over twenty years: wills, "
                    "powers of attorney and executries. She is a member of STEP and a Dementia Friend, and chairs "
                    "the local Citizens Advice board.",
                ),
            ),
            col(
                6,
                _person(
                    "Graeme Ogilvie",
                    "Partner &middot; Forfar",
                    "Graeme is the founder&rsquo;s grandson and heads our property department and estate agency. "
                    "He has handled thousands of sales and purchases across Angus and values homes throughout the "
                    "county.",
                ),
            ),
        ),
        row(
            col(
                6,
                _person(
                    "Kirsty Duthie",
                    "Associate &middot; Brechin",
                    "Kirsty leads our family law team, handling separation, divorce and cases about children, and "
                    "is an accredited family mediator. She joined us in 2015 after eight years in Dundee.",
                ),
            ),
            col(
                6,
                _person(
                    "Alasdair Munro",
                    "Solicitor &middot; Brechin",
                    "Alasdair handles residential conveyancing and also helps with executries. Outside work he is "
                    "a keen hillwalker and a long-suffering Brechin City supporter.",
                ),
            ),
        ),
        row(
            col(
                6,
                _person(
                    "Magda Nowak",
                    "Property Centre Manager &middot; Forfar",
                    "Magda runs the property centre, carries out valuations and looks after sellers from listing to "
                    "sale. Magda is a native Polish speaker and is happy to meet clients in Polish, including to "
                    "help explain legal documents alongside our solicitors.",
                ),
            ),
            col(
                6,
                _person(
                    "Euan Stewart",
                    "Negotiator &amp; Photographer",
                    "Euan photographs every property we sell, draws up the floor plans and accompanies many of our "
                    "viewings, including evenings and Saturdays.",
                ),
            ),
        ),
        row(
            col(
                6,
                _person(
                    "Shona Pirie",
                    "Executry Paralegal &middot; Forfar",
                    "Shona prepares court inventories and deals with banks, pension providers and HMRC for executors.",
                ),
            ),
            col(
                6,
                _person(
                    "Heather Lindsay",
                    "Cashier",
                    "Heather looks after our client account and makes sure money moves safely on the day of entry.",
                ),
            ),
        ),
        one(button("Join our team &ndash; current vacancies", "/contact/", "small")),
    ]
)

_FAQ = "\n".join(
    [
        one(
            html_block("""<h2>Frequently asked questions</h2>
<p>Quick answers to the things we are asked most. If your question isn&rsquo;t here, just phone either
office.</p>"""),
            accordion(
                [
                    (
                        "Can you come and see me at home, in hospital or in a care home?",
                        "<p>Yes. If you can&rsquo;t easily get to our offices, a solicitor can visit you at home, in "
                        "a care home or in hospital to take instructions for a will or power of attorney and to "
                        "witness the signing. Visits within 10 miles of either office are free; further afield we "
                        "charge a travel fee of &pound;60 + VAT. Hospital visits can often be arranged at short "
                        "notice.</p>",
                    ),
                    (
                        "Can the same solicitor act for the buyer and the seller?",
                        "<p>Generally no. Law Society of Scotland rules stop a solicitor acting for both sides in a "
                        "property sale, apart from a few narrow exceptions such as transfers between family members "
                        "where there is no dispute. If we are selling a property you want to buy, we will ask you to "
                        "instruct another firm for your purchase.</p>",
                    ),
                    (
                        "Do you still let and manage rented properties?",
                        "<p>No. We closed our letting and property management service in 2021 to concentrate on "
                        "sales. We are happy to sell a property with tenants in it, and to act for landlords who are "
                        "buying or selling.</p>",
                    ),
                    (
                        "What if I can&rsquo;t make my appointment?",
                        "<p>Please let us know at least 24 hours before so we can offer the slot to someone else. "
                        "There is no charge for cancelling or moving an appointment, but we may charge &pound;50 for "
                        "a fixed-fee first family law meeting missed without any notice.</p>",
                    ),
                    (
                        "Do I have to come into the office at all?",
                        "<p>Not usually. Most property work can be done by phone, email and video call, with your "
                        "ID checked online, and many documents can now be signed electronically. Wills and powers of "
                        "attorney are normally signed in person, at our office or on a visit.</p>",
                    ),
                    (
                        "Where are my title deeds?",
                        "<p>Most Scottish properties are now on the Land Register, so your title is held "
                        "electronically by Registers of Scotland and there may be no paper deeds at all. If we hold "
                        "older paper deeds for you, they are in our strongroom and we can retrieve them within two "
                        "working days.</p>",
                    ),
                    (
                        "Do you act for buyers and sellers outside Angus?",
                        "<p>Yes, we handle conveyancing anywhere in Scotland, and plenty of our clients live "
                        "elsewhere in the UK or abroad. We cannot act on property in England, Wales or Northern "
                        "Ireland, where the law is different. Our estate agency covers Angus and the edge of "
                        "Perthshire.</p>",
                    ),
                ]
            ),
        ),
        row(
            col(
                6,
                quote(
                    "Answered all my questions over the phone before I even became a client.",
                    "Review on Google",
                ),
            ),
            col(6, button("Still got a question? Contact us", "/contact/", "small")),
        ),
    ]
)

_COMPLAINTS = "\n".join(
    [
        one(
            html_block("""<h2>Complaints</h2>
<p>We work hard to give every client a good service, but we know things sometimes go wrong. If you are unhappy
with any part of our legal or estate agency service, please tell us so we can try to put it right. Making a
complaint costs you nothing.</p>
<h3>Step 1: speak to the person dealing with your matter</h3>
<p>Many problems can be sorted out quickly with a phone call to the solicitor or member of staff handling your
case.</p>
<h3>Step 2: our Client Relations Partner</h3>
<p>If that doesn&rsquo;t resolve it, or you would rather not raise it with them, write to our Client Relations
Partner, Fiona Rennie, at 27 Castle Street, Forfar DD8 3AE, or email
<a href="mailto:complaints@ogilvierennie.co.uk">complaints@ogilvierennie.co.uk</a>. If your complaint is about
Fiona herself, Graeme Ogilvie will deal with it instead. We will acknowledge your complaint within three working
days, investigate it, and send you a full written response within 28 days. If we need longer, we will tell you
why and when to expect our reply.</p>
<h3>Step 3: the Scottish Legal Complaints Commission</h3>
<p>If you are still not satisfied after our final response, you can take your complaint to the Scottish Legal
Complaints Commission (SLCC), the independent body that handles complaints about lawyers in Scotland. Its
service is free. The SLCC will normally expect you to have gone through our procedure first, and there are
time limits for complaining, so do not delay. You can contact the SLCC at:</p>
<p>Scottish Legal Complaints Commission<br>The Stamp Office, 10&ndash;14 Waterloo Place, Edinburgh EH1 3EG<br>
Telephone 0131 201 2130<br>
<a href="https://www.scottishlegalcomplaints.org.uk">www.scottishlegalcomplaints.org.uk</a></p>
<p>The SLCC deals with complaints about the quality of service. Complaints about a solicitor&rsquo;s conduct are
passed by the SLCC to the Law Society of Scotland.</p>""")
        ),
    ]
)

_PAGES = [
    (
        "/",
        "Solicitors &amp; Estate Agents in Forfar and Brechin",
        "Independent solicitors and estate agents in Forfar and Brechin, Angus, since 1962: property, wills, "
        "powers of attorney, executries and family law.",
        "Ogilvie Rennie &amp; Co",
        "Solicitors &amp; Estate Agents in Angus since 1962",
        _HOME,
    ),
    (
        "/buying/",
        "Buying a Home",
        "How buying a house works in Scotland: notes of interest, closing dates, missives, entry and LBTT.",
        "Buying a Home",
        "Notes of interest, closing dates, missives and the keys",
        _BUYING,
    ),
    (
        "/selling/",
        "Selling Your Home",
        "Sell your Angus home with a solicitor estate agent: valuations, marketing, viewings and closing dates.",
        "Selling Your Home",
        "One team from valuation to completion",
        _SELLING,
    ),
    (
        "/home-report/",
        "The Home Report",
        "What is in a Scottish home report, condition categories, costs and when you need one.",
        "The Home Report",
        "Single survey, energy report and property questionnaire",
        _HOME_REPORT,
    ),
    (
        "/first-time-buyers/",
        "First-Time Buyers",
        "Help for first-time buyers in Angus: fixed-fee package, LBTT relief and free information evenings.",
        "First-Time Buyers",
        "Your first step onto the ladder",
        _FIRST_TIME,
    ),
    (
        "/properties/",
        "Properties for Sale",
        "Houses and flats for sale in Forfar, Brechin and across Angus.",
        "Properties for Sale",
        "Homes currently on the market",
        _PROPERTIES,
    ),
    (
        "/wills/",
        "Wills",
        "Wills in Scotland: what happens without one, legal rights, guardians and our will fees.",
        "Wills",
        "Peace of mind for you and your family",
        _WILLS,
    ),
    (
        "/powers-of-attorney/",
        "Powers of Attorney",
        "Continuing and welfare powers of attorney in Scotland, registration with the Office of the Public "
        "Guardian and our fees.",
        "Powers of Attorney",
        "Plan ahead while you can",
        _POA,
    ),
    (
        "/executries/",
        "Executries &amp; Bereavement",
        "What to do when someone dies in Scotland, confirmation, executors and our executry fees.",
        "Executries &amp; Bereavement",
        "Practical help when someone has died",
        _EXECUTRIES,
    ),
    (
        "/family-law/",
        "Separation &amp; Divorce",
        "Family law in Angus: separation agreements, divorce, cohabitation claims and children.",
        "Separation &amp; Divorce",
        "Clear advice when a relationship ends",
        _FAMILY,
    ),
    (
        "/legal-aid/",
        "Legal Aid",
        "Civil legal aid and advice and assistance for family law cases in Forfar and Brechin.",
        "Legal Aid",
        "Help with the cost of family law advice",
        _LEGAL_AID,
    ),
    (
        "/fees/",
        "Our Fees",
        "Conveyancing and estate agency fees, outlays and how to pay.",
        "Our Fees",
        "Clear prices for buying and selling",
        _FEES,
    ),
    (
        "/terms-of-business/",
        "Terms of Business",
        "Our terms of business: identity checks, source of funds, email fraud warning and your data.",
        "Terms of Business",
        "The small print, in plain English",
        _TERMS,
    ),
    (
        "/contact/",
        "Contact &amp; Offices",
        "Find our Forfar and Brechin offices: opening hours, parking, access and how to book an appointment.",
        "Contact &amp; Offices",
        "Two offices, one team",
        _CONTACT,
    ),
    (
        "/team/",
        "Our Team",
        "Meet the solicitors and property staff at Ogilvie Rennie &amp; Co.",
        "Our Team",
        "Local people who know Angus",
        _TEAM,
    ),
    (
        "/faq/",
        "FAQ",
        "Answers to common questions about our services.",
        "Frequently Asked Questions",
        "Quick answers",
        _FAQ,
    ),
    (
        "/complaints/",
        "Complaints",
        "How to complain about our service, and the Scottish Legal Complaints Commission.",
        "Complaints",
        "Telling us when something has gone wrong",
        _COMPLAINTS,
    ),
]

HTML = {path: _page(path, title, desc, banner, strap, body) for path, title, desc, banner, strap, body in _PAGES}

QUESTIONS = [
    (
        "We've fallen for a wee cottage near Kirriemuir but the agent says there's a closing date next Friday at "
        "noon. What does that actually mean, and how do we get an offer in?",
        "/buying/",
    ),
    (
        "I've already got a flat I rent out and now we're buying a house to live in ourselves. Someone at work said "
        "there's extra tax to pay because of the flat, is that right?",
        "/buying/",
    ),
    (
        "Thinking about selling my mum's bungalow now she's moved in with us. Would somebody come out and tell us "
        "what it's worth, and do you charge for that?",
        "/selling/",
    ),
    ("if I sign up to sell with you and then change my mind how long am I stuck with you", "/selling/"),
    (
        "What's actually in the survey pack you have to get before selling, and roughly what would it cost for a "
        "3 bed semi worth about 190k?",
        "/home-report/",
    ),
    ("the report on the house we want says category 3 for the roof. how worried should we be", "/home-report/"),
    ("im 24 and buying my first flat for about 150k, will i have to pay stamp duty", "/first-time-buyers/"),
    (
        "Do you do any kind of evening where first time buyers can come along and ask questions?",
        "/first-time-buyers/",
    ),
    (
        "Is that terraced house on Southesk Street in Brechin still for sale? When do offers need to be in by?",
        "/properties/",
    ),
    (
        "My husband and I want to make our wills at the same time, how much would that be for the two of us?",
        "/wills/",
    ),
    (
        "If I died without a will would everything just go to my wife or would the kids get a share?",
        "/wills/",
    ),
    (
        "Dad's been diagnosed with early dementia and we're worried about who'll deal with his bank and his care "
        "further down the line. What should we be doing now while he can still sign things?",
        "/powers-of-attorney/",
    ),
    (
        "how long does a power of attorney take to get registered before the bank will accept it",
        "/powers-of-attorney/",
    ),
    (
        "My gran passed away on Sunday at home and none of us have ever had to do this before. What do we need to "
        "do first?",
        "/executries/",
    ),
    (
        "The bank keeps asking me for 'confirmation' before they'll release my late father's account. What is "
        "that and how do I get it?",
        "/executries/",
    ),
    (
        "Me and my partner split up after 6 years living together, we were never married. Can I claim anything "
        "from him?",
        "/family-law/",
    ),
    (
        "How long do we need to be seperated before we can get divorced, if he's agreeing to it?",
        "/family-law/",
    ),
    ("Could I get legal aid for my divorce? I only work part time in a shop", "/legal-aid/"),
    ("How much do you charge for the legal work on a house purchase at £240,000?", "/fees/"),
    ("can I pay your bill with a credit card", "/fees/"),
    ("Is there anywhere to park near your Forfar office?", "/contact/"),
    ("Does anybody there speak Polish? My English is not so good for legal things.", "/team/"),
    (
        "My aunt's in a care home in Edzell and can't get out any more, could someone come to her about doing "
        "her will?",
        "/faq/",
    ),
    (
        "I'm not happy with how my house purchase was handled by your office. Who do I complain to, and can I "
        "take it further if I'm still not happy?",
        "/complaints/",
    ),
    (
        "Just got an email that looks like it's from you saying your bank details have changed and to send the "
        "deposit to a new account. Is that genuine??",
        "/terms-of-business/",
    ),
]

OUT_OF_SCOPE = [
    "Can you recommend a good removal firm for our moving day?",
    "My neighbour's put his new fence about two feet onto my side of the garden. Can you help me get it moved?",
    "I'm about to take on the lease of a small shop unit in Forfar, do you check over commercial leases?",
    "I've been charged with drink driving. Could one of your solicitors represent me at the sheriff court?",
    "How much would it cost to set up a trust for my grandchildren's education?",
    "Would you buy my house off me yourselves for cash if I need a really quick sale?",
    "What's the weather meant to be like in Forfar on Saturday?",
    "Can you recommend somewhere nice for lunch near the Brechin office?",
]
