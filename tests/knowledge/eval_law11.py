"""An evaluation site: Calderbrook Solicitors, a small Halifax firm doing family law and personal injury (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The markup is a Visual Composer Website
Builder site: vcv-layouts header and footer zones, vce-row / vce-col / vce-text-block wrappers with generated
element ids, vce-button links, a sidebar of widgets, and the FAQ built from VC FAQ toggle elements.
"""

import itertools

NAME = "Calderbrook Solicitors"

_SITE = "Calderbrook Solicitors"
_PHONE = "01422 360418"
_TEL = "tel:+441422360418"
_EMAIL = "hello@calderbrook-law.co.uk"

_ids = itertools.count(1)


def _el():
    n = next(_ids)
    return f"el-{(n * 2654435761) & 0xFFFFFFFF:08x}"


def _text(html):
    eid = _el()
    return (
        f'<div class="vce-text-block"><div class="vce-text-block-wrapper vce" id="{eid}" '
        f'data-vce-do-apply="all {eid}">{html}</div></div>'
    )


def _heading(text, level=2, align="left"):
    eid = _el()
    return (
        f'<div class="vce-google-fonts-heading vce-google-fonts-heading--align-{align} '
        f'vce-google-fonts-heading--color-b-38-41-61--45-151-174 vce-google-fonts-heading--font-family-Lora">'
        f'<div class="vce-google-fonts-heading-wrapper"><div class="vce-google-fonts-heading--background vce" '
        f'id="{eid}" data-vce-do-apply="border background padding margin {eid}">'
        f'<h{level} class="vce-google-fonts-heading-inner">{text}</h{level}></div></div></div>'
    )


def _button(label, href, color="b-3-0-8c--45-151-174--FFFFFF", align="left"):
    eid = _el()
    return (
        f'<div class="vce-button--style-basic-container vce-button--style-basic-container--align-{align}">'
        f'<span class="vce-button--style-basic-wrapper vce" id="{eid}" data-vce-do-apply="margin {eid}">'
        f'<a class="vce-button vce-button--style-basic vce-button--style-basic--border-rounded '
        f'vce-button--style-basic--size-medium vce-button--style-basic--color-{color}" href="{href}" '
        f'title="" data-vce-do-apply="padding border background {eid}">{label}</a></span></div>'
    )


def _col(content, size="auto", first=False, last=False):
    eid = _el()
    edge = (" vce-col--md-first vce-col--lg-first vce-col--xl-first" if first else "") + (
        " vce-col--md-last vce-col--lg-last vce-col--xl-last" if last else ""
    )
    return (
        f'<div class="vce-col vce-col--md-{size} vce-col--xs-1 vce-col--xs-last vce-col--xs-first '
        f'vce-col--sm-last vce-col--sm-first{edge}" id="{eid}">'
        f'<div class="vce-col-inner" data-vce-do-apply="border margin background {eid}">'
        f'<div class="vce-col-content" data-vce-do-apply="padding {eid}" data-vce-element-content="true">'
        f"{content}</div></div></div>"
    )


def _row(*cols, extra=""):
    eid = _el()
    inner = _col(cols[0], "auto", first=True, last=True) if len(cols) == 1 else "".join(cols)
    return (
        f'<div class="vce-row-container"><div class="vce-row vce-row--col-gap-30 vce-row-columns--top '
        f'vce-row-content--top{extra}" id="{eid}" data-vce-do-apply="all {eid}">'
        f'<div class="vce-row-content" data-vce-element-content="true">{inner}</div></div></div>'
    )


def _faq(question, answer):
    eid = _el()
    return (
        f'<div class="vce-faq-toggle vce-faq-toggle--state-closed"><div class="vce-faq-toggle-wrapper vce" '
        f'id="{eid}" data-vce-do-apply="all {eid}"><div class="vce-faq-toggle-inner">'
        f'<h3 class="vce-faq-toggle-title" data-vcv-faq-toggle="true"><i class="vce-faq-toggle-icon"></i>'
        f'<span class="vce-faq-toggle-title-text">{question}</span></h3>'
        f'<div class="vce-faq-toggle-text-block">{answer}</div></div></div></div>'
    )


def _testimonial(quote, who, detail):
    eid = _el()
    return (
        f'<div class="vce-testimonial-container"><div class="vce-testimonial vce-testimonial--style-type-1">'
        f'<div class="vce-testimonial-wrapper vce" id="{eid}" data-vce-do-apply="all {eid}">'
        f'<div class="vce-testimonial-stars" aria-label="5 out of 5 stars">&#9733;&#9733;&#9733;&#9733;&#9733;'
        f'</div><div class="vce-testimonial-text"><p>{quote}</p></div>'
        f'<div class="vce-testimonial-title"><h4>{who}</h4></div>'
        f'<div class="vce-testimonial-role"><p>{detail}</p></div></div></div></div>'
    )


_FAMILY_LINKS = [
    ("/divorce/", "Divorce &amp; Dissolution"),
    ("/money-and-property-on-divorce/", "Money, Property &amp; Pensions"),
    ("/children/", "Children &amp; Child Arrangements"),
    ("/domestic-abuse-injunctions/", "Domestic Abuse Injunctions"),
    ("/prenups-and-cohabitation-agreements/", "Prenups &amp; Cohabitation Agreements"),
]
_INJURY_LINKS = [
    ("/personal-injury/", "Making an Injury Claim"),
    ("/road-traffic-accidents/", "Road Traffic Accidents"),
    ("/slips-trips-and-falls/", "Slips, Trips &amp; Falls"),
    ("/accidents-at-work/", "Accidents at Work"),
    ("/no-win-no-fee/", "No Win No Fee Explained"),
]
_FUNDING_LINKS = [
    ("/fees/", "Our Fees"),
    ("/legal-aid/", "Legal Aid"),
    ("/free-first-meeting/", "Free First Meeting &amp; Video Appointments"),
]
_ABOUT_LINKS = [
    ("/our-team/", "Meet the Team"),
    ("/faqs/", "FAQs"),
    ("/complaints/", "Complaints Procedure"),
]


def _submenu(links):
    items = "".join(
        f'<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="{h}">{t}</a></li>'
        for h, t in links
    )
    return f'<ul class="sub-menu">{items}</ul>'


def _menu():
    return (
        '<div class="vce-basic-menu-container"><div class="vce-basic-menu"><nav class="vce-basic-menu-wrapper" '
        'data-vce-basic-menu="true" aria-label="Main menu"><div class="vce-basic-menu-inner">'
        '<div class="menu-main-menu-container"><ul id="menu-main-menu" class="menu">'
        '<li class="menu-item menu-item-home"><a href="/">Home</a></li>'
        '<li class="menu-item menu-item-has-children vce-mega-menu"><a href="/divorce/">Family Law</a>'
        f"{_submenu(_FAMILY_LINKS)}</li>"
        '<li class="menu-item menu-item-has-children vce-mega-menu"><a href="/personal-injury/">Personal Injury</a>'
        f"{_submenu(_INJURY_LINKS)}</li>"
        '<li class="menu-item menu-item-has-children"><a href="/fees/">Fees &amp; Funding</a>'
        f"{_submenu(_FUNDING_LINKS)}</li>"
        '<li class="menu-item menu-item-has-children"><a href="/our-team/">About Us</a>'
        f"{_submenu(_ABOUT_LINKS)}</li>"
        '<li class="menu-item"><a href="/contact-us/">Contact</a></li>'
        "</ul></div></div></nav>"
        '<div class="vce-basic-menu-sandwich-container"><button class="vce-basic-menu-sandwich-trigger" '
        'aria-label="Open menu"><span class="vce-basic-menu-sandwich-icon"></span></button></div>'
        "</div></div>"
    )


def _header():
    topbar = _row(
        _col(
            _text(
                f'<p class="cb-topbar"><span class="vce-icon vce-icon--style--fa fa-phone"></span> '
                f'<a href="{_TEL}">{_PHONE}</a> &nbsp;|&nbsp; '
                f'<span class="vce-icon vce-icon--style--fa fa-envelope"></span> '
                f'<a href="mailto:{_EMAIL}">{_EMAIL}</a></p>'
            ),
            "66-66p",
            first=True,
        ),
        _col(_button("Book a free first meeting", "/free-first-meeting/", align="right"), "33-33p", last=True),
        extra=" vce-row--has-background cb-topbar-row",
    )
    main = _row(
        _col(
            '<div class="vce-single-image-container vce-single-image--align-left"><div class="vce vce-single-image'
            '-wrapper"><a href="/" class="vce-single-image-inner"><img class="vce-single-image" '
            'src="/wp-content/uploads/2021/03/calderbrook-logo.svg" alt="Calderbrook Solicitors logo" '
            'width="240" height="64"></a></div></div>',
            "25p",
            first=True,
        ),
        _col(_menu(), "75p", last=True),
        extra=" vce-row--sticky cb-header-main",
    )
    return (
        '<header class="vcv-layouts-html vcv-header" data-vcv-layout-zone="header">'
        f'<div class="vcv-layouts-html-header-inner">{topbar}{main}</div></header>'
    )


def _footer():
    col1 = _text(
        f"<h4>{_SITE}</h4><p>27 Harrison Road<br>Halifax<br>West Yorkshire<br>HX1 2AF</p>"
        f'<p>Tel: <a href="{_TEL}">{_PHONE}</a><br>Email: <a href="mailto:{_EMAIL}">{_EMAIL}</a></p>'
    )
    col2 = _text(
        "<h4>Office hours</h4><p>Monday to Friday 9am &ndash; 5.30pm<br>Late appointments Thursday<br>"
        "Saturday mornings by appointment</p>"
    )
    links = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in _FAMILY_LINKS + _INJURY_LINKS)
    col3 = _text(f'<h4>Our services</h4><ul class="cb-footer-links">{links}</ul>')
    more = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in _FUNDING_LINKS + _ABOUT_LINKS)
    col4 = _text(
        f'<h4>Useful links</h4><ul class="cb-footer-links">{more}<li><a href="/contact-us/">Contact us</a></li></ul>'
        '<div class="vce-social-icons"><a class="vce-social-icon" href="https://www.facebook.com/calderbrooklaw" '
        'aria-label="Facebook"><span class="fa fa-facebook"></span></a> '
        '<a class="vce-social-icon" href="https://www.linkedin.com/company/calderbrook-solicitors" '
        'aria-label="LinkedIn"><span class="fa fa-linkedin"></span></a> '
        '<a class="vce-social-icon" href="https://www.instagram.com/calderbrooklaw" aria-label="Instagram">'
        '<span class="fa fa-instagram"></span></a></div>'
    )
    cols = _row(
        _col(col1, "25p", first=True),
        _col(col2, "25p"),
        _col(col3, "25p"),
        _col(col4, "25p", last=True),
        extra=" vce-row--has-background cb-footer-main",
    )
    legal = _row(
        _text(
            '<p class="cb-legal">Calderbrook Solicitors is the trading name of Calderbrook Law Ltd, registered in '
            "England and Wales no. 09318842. Authorised and regulated by the Solicitors Regulation Authority, "
            "SRA number 648213. &copy; 2025 Calderbrook Law Ltd. All rights reserved. "
            '<a href="#">Privacy &amp; cookies</a> &middot; <a href="/complaints/">Complaints</a></p>'
            '<div class="sra-badge"><img src="/wp-content/uploads/sra-digital-badge.png" alt="SRA digital badge" '
            'width="120" height="60"></div>'
        ),
        extra=" cb-footer-legal",
    )
    return (
        '<footer class="vcv-layouts-html vcv-footer" data-vcv-layout-zone="footer">'
        f'<div class="vcv-layouts-html-footer-inner">{cols}{legal}</div></footer>'
    )


_COOKIE = (
    '<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" '
    'aria-label="Cookie Notice"><div class="cookie-notice-container">'
    '<span id="cn-notice-text" class="cn-text-container">'
    "We use cookies to make this website work and to understand how visitors use it. We never use cookies to "
    'identify you personally.</span><span id="cn-notice-buttons" class="cn-buttons-container">'
    '<a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">Accept all</a> '
    '<a href="#" id="cn-refuse-cookie" class="cn-set-cookie cn-button">Necessary only</a></span></div></div>'
)

_ANALYTICS = (
    "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
    "gtag('js',new Date());gtag('config','G-7QK2C4LX9M',{anonymize_ip:true});</script>"
)


def _sidebar(title, links, box):
    items = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in links)
    return (
        '<aside class="vce-widgets-sidebar widget-area" role="complementary">'
        f'<section class="widget widget_nav_menu"><h3 class="widget-title">{title}</h3>'
        f'<div class="menu-services-container"><ul class="menu">{items}</ul></div></section>'
        f'<section class="widget widget_text cb-cta-widget"><div class="textwidget">{box}</div></section>'
        "</aside>"
    )


_FAMILY_BOX = (
    "<h3>Talk to a family solicitor</h3><p>Not sure where to start? Book a free first meeting with one of our "
    f'family team.</p><p><a class="vce-button" href="/free-first-meeting/">Book now</a></p>'
    f'<p>Or call <a href="{_TEL}">{_PHONE}</a></p>'
)
_INJURY_BOX = (
    "<h3>Injured? Start your claim</h3><p>Every injury enquiry gets a free, no-obligation assessment from a "
    f'solicitor.</p><p><a class="vce-button" href="/free-first-meeting/">Request a call back</a></p>'
    f'<p>Or call <a href="{_TEL}">{_PHONE}</a></p>'
)


def _cta_strip():
    return _row(
        _col(
            _heading("Ready to talk it through?", 2)
            + _text("<p>One conversation can take a lot of the worry away. No jargon, no pressure.</p>"),
            "66-66p",
            first=True,
        ),
        _col(
            _button("Book a free first meeting", "/free-first-meeting/", align="right")
            + _button("Call " + _PHONE, _TEL, color="b-3-0-8c--38-41-61--FFFFFF", align="right"),
            "33-33p",
            last=True,
        ),
        extra=" vce-row--has-background cb-cta-strip",
    )


_HEAD_ASSETS = (
    '<meta name="generator" content="Powered by Visual Composer Website Builder - '
    'fast and easy-to-use drag and drop builder">\n'
    '<link rel="stylesheet" id="vcv:assets:front:style-css" '
    'href="/wp-content/plugins/visualcomposer/public/dist/front.bundle.css" type="text/css" media="all">\n'
    '<link rel="stylesheet" id="vcv:assets:source:main:styles-css" '
    'href="/wp-content/uploads/visualcomposer-assets/assets-bundles/global-elements.css" type="text/css" '
    'media="all">\n'
    '<link rel="stylesheet" id="calderbrook-theme-css" href="/wp-content/themes/calderbrook/style.css" '
    'type="text/css" media="all">'
)


def _page(path, title, description, body, page_id, sidebar=None):
    """Wrap one page's body in the shared Visual Composer header, footer and document head."""
    if sidebar is not None:
        content = _row(
            _col(body, "66-66p", first=True),
            _col(sidebar, "33-33p", last=True),
        )
    else:
        content = body
    full_title = f"{title} | {_SITE}" if path != "/" else f"{_SITE} | Family Law &amp; Injury Solicitors in Halifax"
    slug = path.strip("/") or "home"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{full_title}</title>
<meta name="description" content="{description}">
<meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:locale" content="en_GB">
<meta property="og:type" content="website">
<meta property="og:title" content="{full_title}">
<meta property="og:site_name" content="{_SITE}">
{_HEAD_ASSETS}
<link rel="canonical" href="https://www.calderbrook-law.co.uk{path}">
<link rel="icon" href="/wp-content/uploads/2021/03/cropped-favicon-32x32.png" sizes="32x32">
{_ANALYTICS}
</head>
<body class="page-template-default page page-id-{page_id} page-{slug} vcwb vcv-template--header-footer">
<a class="skip-link screen-reader-text" href="#main-content">Skip to content</a>
<div class="vcv-layouts-html vcv-layout-wrapper">
{_header()}
<div class="vcv-layouts-html-content">
<main id="main-content" class="vcv-content--blank vcv-content--boxed">
<article id="post-{page_id}" class="post-{page_id} page type-page status-publish hentry">
<div class="entry-content"><div class="vcv-content--blank">
{content}
{_cta_strip()}
</div></div>
</article>
</main>
</div>
{_footer()}
</div>
{_COOKIE}
<script type="text/javascript" src="/wp-content/plugins/visualcomposer/public/dist/front.bundle.js"></script>
</body>
</html>
"""


def _hero(title, sub):
    return _row(
        _heading(title, 1) + _text(f'<p class="cb-lead">{sub}</p>'),
        extra=" vce-row--has-background vce-row--full-height cb-page-hero",
    )


# ---------------------------------------------------------------------------------------------------------------
# Home
# ---------------------------------------------------------------------------------------------------------------

_HOME = (
    _row(
        _heading("Family law and injury claims, explained in plain English", 1)
        + _text(
            """<p class="cb-lead">Calderbrook Solicitors is a small, friendly firm in the centre of Halifax.
For more than twenty years we have helped people across Calderdale and West Yorkshire through separation,
arguments over children, abuse at home and the aftermath of an accident that was not their fault.</p>"""
        )
        + _button("Book a free first meeting", "/free-first-meeting/")
        + _button("Call " + _PHONE, _TEL, color="b-3-0-8c--38-41-61--FFFFFF"),
        extra=" vce-row--has-background vce-row--full-height cb-home-hero",
    )
    + _row(
        _col(
            _heading("Family law", 3)
            + _text(
                """<p>When a relationship ends there is a lot to sort out at once: the divorce itself, the house
and the money, and above all the children. We give clear advice on where you stand and try to keep things out
of court wherever that is safe and sensible.</p>
<ul><li><a href="/divorce/">Divorce and dissolution</a></li>
<li><a href="/money-and-property-on-divorce/">Money, property and pensions</a></li>
<li><a href="/children/">Arrangements for children</a></li>
<li><a href="/domestic-abuse-injunctions/">Protection from domestic abuse</a></li>
<li><a href="/prenups-and-cohabitation-agreements/">Prenups and cohabitation agreements</a></li></ul>"""
            ),
            "33-33p",
            first=True,
        ),
        _col(
            _heading("Personal injury", 3)
            + _text(
                """<p>An injury can mean weeks off work, money worries and pain that does not go away. Our injury
team gets you the treatment you need as well as the compensation you are owed, and deals with the insurers so
you do not have to.</p>
<ul><li><a href="/road-traffic-accidents/">Road traffic accidents</a></li>
<li><a href="/slips-trips-and-falls/">Slips, trips and falls</a></li>
<li><a href="/accidents-at-work/">Accidents at work</a></li>
<li><a href="/personal-injury/">How an injury claim works</a></li></ul>"""
            ),
            "33-33p",
        ),
        _col(
            _heading("Paying for legal help", 3)
            + _text(
                """<p>Nobody likes an open-ended bill. Most of our family work is available for a fixed fee, we
hold a legal aid contract for family cases, and injury claims are run on a no win no fee basis.</p>
<ul><li><a href="/fees/">Our fees</a></li><li><a href="/legal-aid/">Legal aid</a></li>
<li><a href="/no-win-no-fee/">No win no fee explained</a></li></ul>"""
            ),
            "33-33p",
            last=True,
        ),
    )
    + _row(
        _heading("Why people choose Calderbrook", 2, align="center")
        + _text(
            """<ul class="cb-ticks">
<li><strong>One solicitor, start to finish.</strong> You will not be passed around a call centre.</li>
<li><strong>Specialists.</strong> Our family lawyers are members of Resolution and follow its code of practice;
our injury partner is an APIL accredited senior litigator.</li>
<li><strong>Lexcel accredited</strong> by the Law Society for practice management and client care.</li>
<li><strong>Local.</strong> We know the courts, the mediators and the support services in Calderdale.</li></ul>"""
        ),
        extra=" cb-why",
    )
    + _row(
        _col(
            _testimonial(
                "Helen made a horrible year bearable. She told me straight what to expect and the fixed fee meant "
                "I never dreaded opening an email.",
                "Joanne, Sowerby Bridge",
                "Divorce and financial settlement",
            ),
            "33-33p",
            first=True,
        ),
        _col(
            _testimonial(
                "After my crash I couldn't drive or work. David sorted physio within a fortnight and got an "
                "interim payment so we could keep up with the rent.",
                "Imran, Halifax",
                "Road traffic accident claim",
            ),
            "33-33p",
        ),
        _col(
            _testimonial(
                "Priya got me an order the same day I walked in. I felt safe for the first time in months.",
                "Name withheld",
                "Non-molestation order",
            ),
            "33-33p",
            last=True,
        ),
        extra=" vce-row--has-background cb-testimonials",
    )
)

# ---------------------------------------------------------------------------------------------------------------
# Family law pages
# ---------------------------------------------------------------------------------------------------------------

_DIVORCE = _hero("Divorce &amp; Dissolution", "A calm, clear route through the no-fault divorce process.") + _text(
    """<h2>No blame, no fault</h2>
<p>Since 6 April 2022 divorce in England and Wales has been &ldquo;no fault&rdquo;. You no longer have to
prove adultery or unreasonable behaviour, or wait for years of separation. The only ground is that the marriage
has broken down irretrievably, and a simple statement saying so is enough: the court does not ask why, and
nobody has to be blamed. You must have been married for at least one year before you can apply.</p>
<p>The application can be made by one of you (a sole application) or by both of you together (a joint
application). Everything is done online through the court's digital service, and in almost every case nobody
has to attend a hearing.</p>
<h2>The steps, and how long each one takes</h2>
<ol>
<li><strong>Application issued.</strong> We prepare and submit the application. On a sole application the
court sends it to your spouse, who has 14 days to return the acknowledgement of service.</li>
<li><strong>The 20-week reflection period.</strong> The law builds in a minimum wait of 20 weeks from the date
the application is issued before you can ask for the next stage. This time is often used to sort out the
finances and the children.</li>
<li><strong>Conditional order.</strong> A judge checks the papers and pronounces the conditional order (what
used to be called the decree nisi).</li>
<li><strong>Final order.</strong> You must wait at least six weeks and one day after the conditional order
before applying for the final order, which legally ends the marriage.</li>
</ol>
<p>In practice a straightforward divorce usually takes between seven and nine months from start to finish.
It can take longer if the court is busy or if the other person is slow to respond. We often advise waiting
before applying for the final order until a financial order has been approved, because becoming divorced can
affect your rights to your spouse's pension if they die.</p>
<h2>Can my husband or wife stop the divorce?</h2>
<p>Not any more. Defending a divorce is no longer possible. A spouse can only dispute it on narrow legal
grounds, for example that the court does not have jurisdiction or that the marriage was not valid.</p>
<h2>Civil partnerships</h2>
<p>Ending a civil partnership (dissolution) follows exactly the same process and timescales.</p>
<h2>Not ready to divorce?</h2>
<p>Some couples separate without divorcing straight away. A separation agreement can record who pays what and
who lives where in the meantime, and judicial separation is an option for people who do not want to divorce
at all. See our <a href="/fees/">fees page</a> for our fixed divorce fee and the current court fee.</p>"""
)

_MONEY = _hero("Money, Property &amp; Pensions", "Sorting out the finances properly, so the split is final.") + _text(
    """<h2>A divorce does not end financial claims</h2>
<p>Many people are surprised to learn that the final order ending the marriage does nothing to end your and
your ex's financial claims against each other. Those claims stay open, sometimes for decades, until a court
makes a financial order. In one well-known case a wife brought a claim nearly twenty years after the divorce.</p>
<p>If you have already agreed who keeps what, we turn your agreement into a <strong>consent order</strong>,
which a judge approves without either of you having to go to court. The order can include a
<strong>clean break</strong>, so that neither of you can come back for more money later, even if one of you
wins the lottery or inherits. Even the friendliest separation should be tied up this way.</p>
<h2>What gets divided</h2>
<p>Everything is on the table: the family home, other property, savings, investments, businesses, cars,
debts and pensions, whoever's name they are in. The court's first concern is the needs of any children, then
housing both of you, your incomes and earning capacity, what each of you contributed (including looking after
the home and children) and the length of the marriage. There is no automatic 50/50 split, although equal
sharing is often the starting point for longer marriages.</p>
<h2>Pensions</h2>
<p>After the house, pensions are often the most valuable thing a couple owns, and they are easily overlooked,
especially when one person gave up work or went part time to bring up the children. You can ask for a share of
your spouse's pension even if it is a works or public sector scheme. The main options are:</p>
<ul><li><strong>Pension sharing order</strong> &ndash; a percentage of the pension is moved into a pension in
your own name.</li>
<li><strong>Offsetting</strong> &ndash; one person keeps their pension and the other gets more of something else,
often the house.</li>
<li><strong>Attachment order</strong> &ndash; part of the pension is paid to you when your ex retires.</li></ul>
<p>Pension transfer values can be misleading, so where pensions are large or in the public sector we usually
recommend a report from a pension on divorce expert before anything is agreed.</p>
<h2>If you cannot agree</h2>
<p>You will normally have to attend a mediation information meeting (MIAM) first. If mediation does not work,
either of you can apply to court. Both sides then give full financial disclosure on a sworn form (Form E), and
there are usually three hearings: a first appointment, a financial dispute resolution hearing where a judge
gives an indication to help you settle, and, only if needed, a final hearing. Court cases typically take 12 to
18 months. Most settle along the way.</p>
<h2>Protecting the family home</h2>
<p>If the house is in your spouse's sole name, we can register your home rights at the Land Registry so it
cannot be sold or remortgaged behind your back.</p>"""
)

_CHILDREN = _hero("Children &amp; Child Arrangements", "Putting your children first when parents live apart.") + _text(
    """<h2>Where the children live and when they see each parent</h2>
<p>Most separated parents work out arrangements for their children between themselves, sometimes with the help
of a mediator, and write them down in a parenting plan. That is nearly always better for the children than a
court case. Where it does not work, the court can make a <strong>child arrangements order</strong> saying who
the children live with and when they spend time with the other parent.</p>
<h2>If you are being stopped from seeing your child</h2>
<p>Being cut off from your child is one of the most distressing things a parent can go through. The steps are
usually:</p>
<ol><li>A calm letter from us to the other parent setting out a proposal for contact, which often gets things
moving again.</li>
<li>Mediation. Before applying to court you must normally attend a MIAM (mediation information and assessment
meeting), unless an exemption applies, for example domestic abuse or urgency.</li>
<li>An application to court on form C100 for a child arrangements order. Cafcass, the children's guardian
service, carries out safeguarding checks with the police and social services and speaks to both parents before
the first hearing.</li></ol>
<p>The court's only concern is the child's welfare. There is no rule that time must be split 50/50, but the law
presumes that a child benefits from both parents being involved in their life unless that would put them at
risk. A contested case usually takes six to twelve months.</p>
<h2>Parental responsibility</h2>
<p>Mothers automatically have parental responsibility. Fathers have it if they were married to the mother or,
for children born after 1 December 2003, if they are named on the birth certificate. Otherwise it can be
obtained by agreement or by a court order. Step-parents and grandparents can apply too, although grandparents
first need the court's permission.</p>
<h2>Holidays abroad</h2>
<p>To take a child out of the UK you need the written consent of everyone with parental responsibility, or a
court order. There is one important exception: if a child arrangements order says the child lives with you,
you may take them abroad for up to 28 days without the other parent's consent, unless the order says otherwise.
Taking a child abroad without the necessary consent can be child abduction, so if the other parent refuses we
can apply for a specific issue order. Always carry a signed consent letter and a copy of any order when you
travel, as border staff may ask for it.</p>
<h2>Other disputes</h2>
<p>We also help when parents disagree about schooling, religion, medical treatment or one parent moving to
another part of the country with the children.</p>"""
)

_ABUSE = _hero("Domestic Abuse Injunctions", "Urgent protection for you and your children.") + _text(
    """<p class="cb-quick-exit"><a class="vce-button" href="https://www.bbc.co.uk/weather">Quick exit</a>
&nbsp;This button takes you straight to the BBC weather page. Remember to clear your browsing history.</p>
<p><strong>If you are in immediate danger, call 999.</strong> If you cannot speak, call 999 and press 55 when
prompted so the police know it is a genuine emergency.</p>
<h2>What counts as domestic abuse</h2>
<p>Abuse is not only physical violence. It includes threats, intimidation, controlling or coercive behaviour,
financial control, constant messages or tracking your phone, and damaging your belongings. It can come from a
partner, an ex, or a family member.</p>
<h2>Non-molestation orders</h2>
<p>A non-molestation order forbids the other person from using or threatening violence against you, harassing
or intimidating you, or contacting you, directly or through others or social media. It can protect your
children as well. Breaking a non-molestation order is a criminal offence: the police can arrest, and the
maximum sentence is five years in prison.</p>
<h2>Occupation orders</h2>
<p>An occupation order decides who can live in the family home. It can order an abuser to leave, stop them
coming back, and keep them out of the area around the house, even if the home is in their name.</p>
<h2>How quickly can we act?</h2>
<p>In urgent cases we apply <strong>without notice</strong>, which means the abuser is not told beforehand.
If you contact us in the morning, we can usually draft your statement and have the application in front of a
judge the same day or the next working day. If the judge makes the order, it is served on the other person
and there is a further hearing, usually within about two weeks, at which they can respond. There is no court
fee for these applications. Legal aid is often available: see our <a href="/legal-aid/">legal aid page</a>.</p>
<h2>Keeping your address safe</h2>
<p>If you have moved out, your new address does not have to appear on the papers. We file it with the court
on a confidential form (form C8) that the other person never sees.</p>
<h2>Contacting us safely</h2>
<p>Tell us the safest way and time to reach you. We will never leave a voicemail or send letters home unless
you say it is safe, and we can meet you at a discreet time.</p>
<h2>Other help</h2>
<ul><li>National Domestic Abuse Helpline (24 hours, free): 0808 2000 247</li>
<li>Men's Advice Line: 0808 801 0327</li>
<li>You can also ask the police, under Clare's Law, whether a partner has a history of abuse.</li></ul>"""
)

_PRENUP = _hero(
    "Prenups &amp; Cohabitation Agreements",
    "Agreeing the important things now, while you are getting on well.",
) + _text(
    """<h2>Prenuptial agreements</h2>
<p>A prenup sets out how your money and property would be divided if your marriage or civil partnership ended.
Prenups are not automatically binding in England and Wales, but since the Supreme Court's decision in
Radmacher v Granatino in 2010 courts will usually hold couples to them, provided the agreement is fair and was
entered into properly. That means:</p>
<ul><li>each of you has separate, independent legal advice from a different solicitor;</li>
<li>each of you gives full and frank disclosure of your income, assets and debts;</li>
<li>nobody is put under pressure; and</li>
<li>the agreement is signed <strong>at least 28 days before the wedding</strong>. Anything signed later risks
being treated as signed under pressure.</li></ul>
<p>Because disclosure and negotiation take time, we recommend getting in touch at least three months before
the big day. A prenup is especially worth having if you are bringing a family business or farm into the
marriage, expect an inheritance, own a home already, or have children from an earlier relationship you want to
provide for. It should be reviewed when you have children or every five years or so.</p>
<p>Already married? A <strong>postnuptial agreement</strong> does the same job after the wedding.</p>
<h2>Living together: the common law marriage myth</h2>
<p>Around half of people believe that couples who have lived together for a long time become &ldquo;common law
husband and wife&rdquo; with the same rights as married couples. They do not. There is no such thing as common
law marriage in England and Wales, however long you have lived together and even if you have children.</p>
<p>If unmarried partners split up, neither has an automatic right to maintenance, a share of the other's
pension, or a share of a house in the other's name. Disputes over property have to be argued under trust and
property law, which is complicated, slow and expensive. Claims can be made for the children's housing and
support, but not for yourself.</p>
<h2>Cohabitation agreements</h2>
<p>A cohabitation agreement records who owns what, who pays which bills, and what will happen to the home,
savings and belongings if you separate. If you are buying a home together in unequal shares, a
<strong>declaration of trust</strong> records who put in what, so each of you gets your deposit back. We can
prepare either document, and review an agreement if your circumstances change, for example when you have a
baby or one of you stops working.</p>"""
)

# ---------------------------------------------------------------------------------------------------------------
# Personal injury pages
# ---------------------------------------------------------------------------------------------------------------

_PI = _hero("Making an Injury Claim", "What happens, what you can claim for and how long you have.") + _text(
    """<h2>Time limits</h2>
<p>In most cases you have <strong>three years</strong> to start court proceedings for an injury. The three years
run from the date of the accident, or, if you did not realise straight away that your injury was caused by
someone else's negligence, from the date you first knew. After that, the claim is normally barred for good.</p>
<ul><li>For a child, the three years do not start until their 18th birthday, so they have until they turn 21.</li>
<li>For someone who lacks the mental capacity to manage a claim, time does not run at all.</li></ul>
<p>Please do not leave it late. We need time to gather evidence and give the insurer the chance to respond.
If your deadline is close, contact us straight away: we can issue court proceedings quickly to protect your claim
while the rest of the work is done.</p>
<h2>How a claim works</h2>
<ol><li><strong>Free assessment.</strong> A solicitor talks through what happened and tells you honestly
whether you have a claim.</li>
<li><strong>Letter of claim.</strong> We identify who was at fault and their insurer, and send a formal letter
setting out your claim. The insurer then has three months to investigate and say whether it admits fault.</li>
<li><strong>Medical evidence.</strong> You see an independent medical expert, usually close to home, who
reports on your injuries and recovery.</li>
<li><strong>Rehabilitation.</strong> Once fault is admitted we ask the insurer to pay for treatment such as
physiotherapy, counselling or adaptations at home, often within weeks.</li>
<li><strong>Interim payments.</strong> If you are off work or facing extra costs, we can ask for part of your
compensation to be paid early.</li>
<li><strong>Settlement.</strong> We value your claim and negotiate. Court proceedings are only needed if the
insurer will not pay a fair amount, and fewer than one in twenty of our claims reach a trial.</li></ol>
<h2>What you can claim for</h2>
<p>Compensation covers the pain, suffering and loss of enjoyment of life caused by the injury, plus your
financial losses: lost earnings and overtime, care given by family and friends, travel to appointments,
prescriptions and treatment, damaged clothing or belongings, and future losses if the injury affects your
ability to work.</p>
<h2>How long will it take?</h2>
<p>A straightforward claim where fault is admitted usually settles in six to twelve months. Serious injuries
take longer, often two to three years, because we need to know how you will recover before agreeing a
final figure.</p>
<h2>Claims for children</h2>
<p>A parent brings the claim on the child's behalf as their &ldquo;litigation friend&rdquo;. A judge must approve
any settlement, and the money is normally invested by the court until the child turns 18.</p>"""
)

_RTA = _hero("Road Traffic Accidents", "Drivers, passengers, cyclists, motorcyclists and pedestrians.") + _text(
    """<p>Whether you were driving, a passenger, on a bike or on foot, if another road user caused your accident
we can help you claim for your injuries and your other losses, including your policy excess, repairs or the
value of a written-off vehicle, and a hire car while yours is off the road.</p>
<h2>Straight after an accident</h2>
<ul><li>Swap names, addresses and insurance details with the other driver, and note their registration.</li>
<li>Take photographs of the vehicles, the road and any injuries. Keep any dashcam footage.</li>
<li>If nobody was able to exchange details, or someone was hurt, report it to the police within 24 hours.</li>
<li>Tell your own insurer, even if you do not intend to claim on your policy.</li></ul>
<h2>Rear-end shunts and whiplash</h2>
<p>Being hit from behind in a queue or at lights is one of the commonest accidents we see, and neck and back
pain often gets worse over the following days. See your GP or go to A&amp;E and tell them how it happened.</p>
<p>Since 31 May 2021, adult drivers and passengers in cars whose injuries are worth &pound;5,000 or less claim
through the government's Official Injury Claim service under the small claims rules. Compensation for whiplash
is set by a fixed tariff, and legal costs can no longer be recovered from the insurer. You can use the service
yourself, but many people would rather have a solicitor deal with the insurer, the medical report and the
valuation. Our terms for these claims are set out on our <a href="/no-win-no-fee/">no win no fee page</a>.
Cyclists, motorcyclists, pedestrians and children are not affected by these rules.</p>
<h2>Passengers</h2>
<p>If you were a passenger you can claim even if the driver was your partner, a relative or a friend. The claim
is made against their insurance, not against them personally.</p>
<h2>Uninsured drivers and hit and run</h2>
<p>If the driver who hit you had no insurance, or drove off and cannot be traced, you can still be compensated
through the <strong>Motor Insurers' Bureau</strong> (MIB), which is funded by all motor insurers for exactly this
situation. For a hit and run, the accident must be reported to the police as soon as possible, and no later than
14 days afterwards for an injury claim, so do this straight away even if you have no registration number. Keep the
police reference number, any witness details and photographs of where it happened.</p>
<h2>Not wearing a seatbelt or helmet?</h2>
<p>You can still claim. Your compensation may be reduced if the injury would have been less serious, but it is
rarely lost altogether.</p>"""
)

_SLIPS = _hero("Slips, Trips &amp; Falls", "Injured by a hazard someone else should have dealt with.") + _text(
    """<p>Falls can cause nasty injuries: broken wrists and ankles, damaged knees, back injuries and head injuries.
If the fall was caused by a hazard that the person in charge of the place should have spotted and dealt with,
you may be able to claim.</p>
<h2>Where falls happen</h2>
<ul><li><strong>Pavements and roads</strong> &ndash; potholes, raised or broken paving slabs, missing drain
covers.</li>
<li><strong>Shops and supermarkets</strong> &ndash; spills, leaking fridges, stock left in aisles, wet floors
with no sign.</li>
<li><strong>Pubs, restaurants, gyms and leisure centres</strong> &ndash; poor lighting, loose carpets,
broken steps.</li>
<li><strong>Rented homes and private property</strong> &ndash; defects the landlord or owner knew about.</li></ul>
<h2>Claims against the council</h2>
<p>Councils must keep roads and pavements in reasonable repair, but the law gives them a defence if they have a
reasonable system for inspecting and repairing defects. So not every defect leads to a successful claim. As a
rough rule of thumb, a trip hazard usually needs to be about one inch (25mm) deep or raised before a court will
treat it as dangerous, although each case turns on its facts, such as how busy the footpath is. We obtain the
council's inspection and repair records to see whether it did its job, and we will tell you honestly whether a
claim is worth pursuing.</p>
<h2>What to do after a fall</h2>
<ol><li>Get medical help and tell the doctor exactly how you were hurt.</li>
<li>Photograph the hazard as soon as you can, with a coin, a ruler or your foot in the picture to show the size.
Councils and shops often repair things quickly once someone has been hurt.</li>
<li>Note the exact spot and take the names and phone numbers of anyone who saw it happen.</li>
<li>If it happened in a shop or other business, report it to the manager and make sure it is written in their
accident book. Ask them in writing to keep the CCTV, which is often recorded over within a few weeks.</li>
<li>Keep the shoes you were wearing, and keep receipts for anything the injury costs you.</li></ol>
<h2>Ice, snow and your own share of the blame</h2>
<p>Falls on ice and snow are harder to claim for, as nobody is expected to clear every surface at once, but
car parks and shop entrances that should have been gritted can be different. If you were partly to blame, for
example looking at your phone, you can still claim but your compensation may be reduced.</p>"""
)

_WORK = _hero("Accidents at Work", "Your employer has a duty to keep you safe.") + _text(
    """<p>Every employer must take reasonable care of the people who work for them: safe equipment and premises,
proper training and supervision, protective equipment, risk assessments, and safe ways of lifting and moving
loads. When they fall short and you are hurt, you are entitled to compensation.</p>
<h2>Common accidents at work</h2>
<ul><li>Back and shoulder injuries from lifting, carrying or pulling heavy loads without training or help</li>
<li>Falls from ladders, scaffolding, platforms and vehicles</li>
<li>Injuries from machinery without proper guards</li>
<li>Forklift and warehouse vehicle accidents</li>
<li>Slips on wet floors and trips over cables or stock</li>
<li>Conditions that build up over time, such as noise-induced hearing loss, vibration white finger and
dermatitis</li></ul>
<h2>&ldquo;Will I lose my job if I claim?&rdquo;</h2>
<p>This is the question we are asked most by injured workers, and it is completely understandable. The law
protects you: it is unlawful for your employer to dismiss you, discipline you or treat you less favourably
because you have made a claim, and if they did you could have a separate claim against them for that too.</p>
<p>It also helps to know where the money comes from. By law every employer must hold employers' liability
insurance, and it is that insurer, not your boss, that deals with and pays the claim. Most employers understand
this, and the great majority of our clients stay in the same job throughout their claim and afterwards.</p>
<h2>Agency workers, contractors and the self-employed</h2>
<p>You do not have to be a permanent employee to claim. Agency staff, subcontractors and self-employed people
injured on someone else's site can often claim against the business in control of the work.</p>
<h2>What to do after an accident at work</h2>
<ul><li>Report it to your supervisor and make sure it is written in the accident book. Ask for a copy.</li>
<li>For serious injuries, or if you are off for more than seven days, your employer has to report the accident
to the Health and Safety Executive.</li>
<li>See your GP and keep your fit notes.</li>
<li>Write down the names of colleagues who saw what happened, and what equipment was involved.</li>
<li>Keep payslips from before and after, so we can show the overtime and wages you have lost.</li></ul>"""
)

_NWNF = _hero("No Win No Fee Explained", "What it really means, and what you will pay if you win.") + _text(
    """<p>All of our personal injury claims are run under a <strong>conditional fee agreement</strong>, better
known as no win no fee. There are no upfront costs and you will not receive a bill while the claim runs.</p>
<h2>If your claim does not succeed</h2>
<p>You pay us nothing. In most injury claims the rules on costs also protect you from paying the other side's
legal costs if you lose. To cover expenses such as medical reports and court fees, we take out an
<strong>after the event (ATE) insurance</strong> policy for you. Its premium is only payable if you win, so if
the claim fails there is nothing for you to pay.</p>
<h2>If you win: what comes out of your compensation</h2>
<p>The other side pays most of our basic legal costs. You pay our <strong>success fee</strong>, which
rewards us for the risk of not being paid at all, plus the ATE premium. The law caps the success fee at 25% of
your compensation for pain and suffering and past losses. Our own promise goes further:</p>
<div class="cb-highlight"><p><strong>The total we take from your compensation, including the success fee,
any shortfall in costs and the insurance premium, will never be more than 25%, and we never touch money awarded
for future losses or care.</strong></p></div>
<p>For example, if you were awarded &pound;8,000, the most you would pay is &pound;2,000, so you would keep at
least &pound;6,000. In many cases we take less, and we will always tell you the exact figure before you accept
any offer.</p>
<h2>Small whiplash claims</h2>
<p>For car drivers and passengers whose claims go through the Official Injury Claim service, the insurer does
not pay any of our costs. For these claims we charge a flat 25% of the compensation recovered, including VAT,
and nothing if the claim fails.</p>
<h2>When you might have to pay</h2>
<p>The agreement is fair to both sides. You could be asked to pay costs if you deliberately gave us false
information, stopped co-operating, or ended the agreement after we had done a lot of work, for example by
refusing a good offer against our advice. We explain all of this in writing before you sign, and you have
14 days after signing to change your mind at no cost.</p>
<h2>Family cases</h2>
<p>No win no fee agreements are not allowed by law in family cases such as divorce or disputes about children.</p>"""
)

# ---------------------------------------------------------------------------------------------------------------
# Funding, meetings, about
# ---------------------------------------------------------------------------------------------------------------

_LEGAL_AID = _hero("Legal Aid", "We hold a legal aid contract for family cases.") + _text(
    """<p>Calderbrook holds a contract with the Legal Aid Agency for family law. Since 2013 legal aid for family
cases has been much more limited than many people realise, so it is worth checking before you come in.</p>
<h2>Which family cases qualify</h2>
<p>Legal aid is <strong>not</strong> available for divorce, finances or arrangements for children simply because
you have a low income or claim benefits. It is available:</p>
<ul><li>if you have been the victim of domestic abuse, or are at risk of it, and can provide evidence, such as a
police caution or conviction, an injunction, a letter from a GP, nurse or hospital, or a letter from a domestic
abuse support service or refuge;</li>
<li>to protect a child who is at risk of abuse;</li>
<li>for applications for non-molestation and occupation orders;</li>
<li>for parents whose children are the subject of care proceedings, whatever their income; and</li>
<li>for family mediation. If one of you qualifies, both of you get the first mediation meeting free.</li></ul>
<h2>The financial test</h2>
<p>If your case qualifies, we then check your finances. You automatically pass the income part of the test if
you receive Income Support, income-based Jobseeker's Allowance, income-related Employment and Support Allowance,
the guarantee credit of Pension Credit or, in most cases, Universal Credit. Your savings and property are still
assessed. Otherwise, your gross income must be under &pound;2,657 a month, your disposable income under
&pound;733 a month and your savings and capital under &pound;8,000. For non-molestation and occupation orders the
financial limits do not apply, though you may be asked to pay a contribution.</p>
<h2>Paying it back</h2>
<p>Legal aid is not always free in the end. If you keep or recover money or property in your case, such as the
family home, you may have to repay some of your legal costs from it. This is called the statutory charge and we
will explain how it affects you.</p>
<h2>What to bring</h2>
<p>Proof of benefits, or three months of payslips and bank statements for every account, and any evidence of
abuse you have.</p>
<h2>Injury claims</h2>
<p>There is no legal aid for personal injury claims. Instead we act on a <a href="/no-win-no-fee/">no win no fee
basis</a>.</p>
<h2>Not eligible?</h2>
<p>The government's Family Mediation Voucher Scheme currently gives up to &pound;500 towards mediation about
children, and much of our family work is offered for a <a href="/fees/">fixed fee</a>.</p>"""
)

_FEES = _hero("Our Fees", "Clear prices, agreed in writing before we start.") + _text(
    """<p>We always give you a written estimate or fixed fee before any work begins, and we will tell you straight
away if anything changes. All prices below are for privately paying family clients. For injury claims, see
<a href="/no-win-no-fee/">no win no fee</a>; for publicly funded work, see <a href="/legal-aid/">legal
aid</a>.</p>
<h2>Fixed fees</h2>
<table class="vce-table cb-fees-table"><thead><tr><th>Service</th><th>Our fee</th><th>Inc. VAT</th>
<th>Court fee</th></tr></thead><tbody>
<tr><td>Divorce or dissolution (applicant, not disputed)</td><td>&pound;695 + VAT</td><td>&pound;834</td>
<td>&pound;612</td></tr>
<tr><td>Divorce or dissolution (responding to your spouse's application)</td><td>&pound;295 + VAT</td>
<td>&pound;354</td><td>None</td></tr>
<tr><td>Consent order, where terms are already agreed</td><td>&pound;895 + VAT</td><td>&pound;1,074</td>
<td>&pound;58</td></tr>
<tr><td>Prenuptial or postnuptial agreement</td><td>from &pound;1,800 + VAT</td><td>from &pound;2,160</td>
<td>None</td></tr>
<tr><td>Cohabitation agreement</td><td>from &pound;950 + VAT</td><td>from &pound;1,140</td><td>None</td></tr>
<tr><td>Declaration of trust</td><td>&pound;450 + VAT</td><td>&pound;540</td><td>None</td></tr>
<tr><td>Non-molestation order, up to and including the return hearing</td><td>&pound;1,350 + VAT</td>
<td>&pound;1,620</td><td>None</td></tr>
<tr><td>Letter to the other parent proposing child arrangements</td><td>&pound;250 + VAT</td><td>&pound;300</td>
<td>None</td></tr>
</tbody></table>
<p>The court fee to apply for a child arrangements order is currently &pound;263. You may be entitled to help
with court fees if you are on a low income.</p>
<h2>Hourly rates</h2>
<p>Work that cannot be fixed, such as contested financial or children cases, is charged by the hour. Letters,
emails and phone calls are charged in units of six minutes.</p>
<table class="vce-table cb-rates-table"><thead><tr><th>Fee earner</th><th>Per hour</th><th>Inc. VAT</th></tr>
</thead><tbody>
<tr><td>Partner</td><td>&pound;250 + VAT</td><td>&pound;300</td></tr>
<tr><td>Associate solicitor</td><td>&pound;215 + VAT</td><td>&pound;258</td></tr>
<tr><td>Solicitor</td><td>&pound;185 + VAT</td><td>&pound;222</td></tr>
<tr><td>Paralegal</td><td>&pound;125 + VAT</td><td>&pound;150</td></tr></tbody></table>
<p>Costs such as barristers' fees, experts' reports and Land Registry fees (disbursements) are extra and we
will always ask you before incurring them.</p>
<h2>How to pay</h2>
<ul><li>Debit or credit card (Visa and Mastercard; we do not take American Express), in person or by phone.</li>
<li>Bank transfer. We will never change our bank details by email, so always ring us to check before sending
money.</li>
<li>Cash up to &pound;500.</li>
<li><strong>Monthly instalments:</strong> any fixed fee can be spread over up to six months by Direct Debit,
interest free. For hourly work we ask for a payment on account and then bill monthly.</li></ul>"""
)

_MEETING = _hero(
    "Free First Meeting &amp; Video Appointments", "Meet us in Halifax, on the phone or by video."
) + _text(
    """<h2>Your free first meeting</h2>
<p>For family matters we offer a <strong>free first meeting of up to 30 minutes</strong> with a qualified
solicitor, not a call handler. It is a genuine, no-strings conversation: we listen to what has happened, explain
where you stand and what your options are, and tell you what the next steps would cost. You are under no
obligation to instruct us afterwards. Personal injury enquiries are always assessed free of charge, however long
that takes.</p>
<p>To make the most of the time, bring or send us any letters from the court or from the other side's
solicitor, and jot down the key dates, such as when you married or separated or the date of your accident.</p>
<h2>Booking</h2>
<p>Call us or email, and Sue on reception will find you a time. First meetings are usually available within
three working days. If you need protection from abuse, tell us and we will speak to you the same day.</p>
<h2>Cancelling or rearranging</h2>
<p>Please give us at least 24 hours' notice if you cannot make your appointment, so we can offer the slot to
someone else. If a free meeting is missed without notice we may not be able to offer another free appointment.
Paid appointments cancelled with less than 24 hours' notice may be charged at &pound;75.</p>
<h2>Video and phone appointments</h2>
<p>You do not need to come into the office. Any meeting, including your free first meeting, can be held by video
or phone, at any time we are open, including Thursday evenings and Saturday mornings.</p>
<ul><li>We use Microsoft Teams, Zoom or WhatsApp video, whichever you prefer. They all work on a smartphone,
tablet or laptop.</li>
<li>We text or email you a link. With Teams and Zoom you can join from your web browser without downloading
anything.</li>
<li>Nervous about the technology? Sue can do a quick two-minute test call with you beforehand.</li>
<li>Find somewhere private where you will not be overheard, especially if your case involves your ex. Headphones
help.</li>
<li>Documents can be photographed on your phone and sent to us through a secure upload link.</li>
<li>We never record video meetings.</li></ul>"""
)

_TEAM = (
    _hero("Meet the Team", "Small enough to know every client by name.")
    + _row(
        _col(
            _text(
                """<h3>Helen Marsh &ndash; Partner, Head of Family</h3>
<p>Helen qualified in 2002 and founded Calderbrook's family team. She is a Resolution accredited specialist in
complex financial cases and a trained collaborative lawyer, and she is the firm's client care partner. Outside
work she runs (slowly) with Halifax Harriers.</p>
<h3>Priya Chauhan &ndash; Associate Solicitor, Family</h3>
<p>Priya leads our domestic abuse and legal aid work and has obtained hundreds of emergency protective orders.
She also advises on child arrangements and cohabitation disputes. Priya speaks Urdu and Punjabi.</p>
<h3>Sue Barraclough &ndash; Office Manager</h3>
<p>Sue is usually the first voice you hear when you call. She books appointments, sets up video meetings and
keeps the office running. She has been with the firm since it opened.</p>"""
            ),
            "50p",
            first=True,
        ),
        _col(
            _text(
                """<h3>David Okafor &ndash; Partner, Head of Personal Injury</h3>
<p>David has handled injury claims for over 25 years, from whiplash to life-changing brain and spinal injuries.
He is an APIL accredited senior litigator and sits on the committee of the local law society.</p>
<h3>Tomasz Nowak &ndash; Solicitor, Personal Injury</h3>
<p>Tomasz deals with road traffic accidents and accidents at work, especially in warehousing, food production
and construction. He speaks fluent Polish and is happy to hold whole meetings in Polish with clients and their
families.</p>
<h3>Gemma Holroyd &ndash; Paralegal, Personal Injury</h3>
<p>Gemma arranges medical appointments and rehabilitation and keeps injury clients up to date. She is studying
part time to qualify as a solicitor.</p>"""
            ),
            "50p",
            last=True,
        ),
    )
    + _row(
        _testimonial(
            "Tomasz explained everything to my father in Polish. He finally understood what was happening with his "
            "claim.",
            "Marta, Elland",
            "Accident at work claim",
        ),
        extra=" cb-testimonials",
    )
)

_CONTACT = _hero("Contact Us", "Call in, ring us or send a message.") + _row(
    _col(
        _text(
            f"""<h2>Our office</h2>
<p>Calderbrook Solicitors<br>27 Harrison Road<br>Halifax<br>HX1 2AF</p>
<p>Phone: <a href="{_TEL}">{_PHONE}</a><br>Email: <a href="mailto:{_EMAIL}">{_EMAIL}</a></p>
<h2>Opening hours</h2>
<table class="vce-table cb-hours"><tbody>
<tr><td>Monday to Wednesday</td><td>9.00am &ndash; 5.30pm</td></tr>
<tr><td>Thursday</td><td>9.00am &ndash; 7.00pm (evening appointments)</td></tr>
<tr><td>Friday</td><td>9.00am &ndash; 5.30pm</td></tr>
<tr><td>Saturday</td><td>9.30am &ndash; 12.30pm, appointments only</td></tr>
<tr><td>Sunday and bank holidays</td><td>Closed</td></tr></tbody></table>
<p>Over Christmas the office closes at noon on 24 December and reopens on 2 January.</p>
<h2>Parking</h2>
<p>We do not have our own car park. There are pay and display bays on Harrison Road itself (two hours maximum),
and the nearest car park is Cow Green pay and display, about four minutes' walk away. Blue Badge holders can
park on the yellow lines outside for up to three hours, as long as there is no loading ban.</p>
<h2>By bus or train</h2>
<p>Halifax bus station is five minutes' walk and Halifax railway station about ten minutes' walk.</p>
<h2>Access</h2>
<p>Our meeting rooms are on the ground floor with step-free access from the street, and there is a hearing
loop at reception.</p>"""
        ),
        "50p",
        first=True,
    ),
    _col(
        _heading("Send us a message", 3)
        + _text(
            """<form class="vce-contact-form cb-enquiry" action="#" method="post">
<p><label for="cb-name">Your name</label><input id="cb-name" type="text" name="your-name"></p>
<p><label for="cb-phone">Phone</label><input id="cb-phone" type="tel" name="your-phone"></p>
<p><label for="cb-email">Email</label><input id="cb-email" type="email" name="your-email"></p>
<p><label for="cb-area">What is it about?</label><select id="cb-area" name="area"><option>Family law</option>
<option>Personal injury</option><option>Something else</option></select></p>
<p><label for="cb-msg">Briefly, how can we help?</label><textarea id="cb-msg" name="message"></textarea></p>
<p><label><input type="checkbox" name="safe"> It is not safe to call or email me at home</label></p>
<p><button type="submit" class="vce-button">Send</button></p></form>
<p>We reply to messages within one working day.</p>"""
        ),
        "50p",
        last=True,
    ),
)

_FAQS = (
    _hero("Frequently Asked Questions", "Quick answers to the things we are asked most.")
    + _faq(
        "Can one solicitor act for both of us if our separation is amicable?",
        """<p>No. Even when a couple agree on everything, a solicitor can only act for one of you, because
your interests are legally opposed and we must be free to advise you on what is best for you. We can act for
one of you and the other should take independent advice. Many couples keep costs down by agreeing the details
in mediation and then having one solicitor prepare the paperwork while the other person has it checked.</p>""",
    )
    + _faq(
        "What ID do I need to provide?",
        """<p>Like all solicitors we must check the identity of every new client. We need one photo ID
(passport or photocard driving licence) and one proof of address dated within the last three months, such as
a utility bill or bank statement. If you prefer, you can do the whole check on your phone using the Thirdfort
app, which we will send you a link to.</p>""",
    )
    + _faq(
        "Can I bring a friend or family member with me?",
        """<p>Of course. Many people find it helps. We may ask to speak to you on your own for part of the
meeting, simply so we can be sure the instructions are yours.</p>""",
    )
    + _faq(
        "How will you keep me updated?",
        """<p>You will have a named solicitor and their direct email address. We reply to emails within two
working days, update you whenever anything happens, and in injury claims we send a written update at least
every six weeks even when things are quiet. You can also see key documents on our secure client portal.</p>""",
    )
    + _faq(
        "I already have a solicitor for my injury claim but I'm unhappy. Can I move to you?",
        """<p>Yes. You can change solicitors at any stage, and it usually costs you nothing to move. We ask
your old firm for the file and deal with any costs they are owed at the end of the claim.</p>""",
    )
    + _faq(
        "I don't know where my husband or wife lives. Can I still get divorced?",
        """<p>Yes. The papers can often be sent by email or through social media with the court's permission.
If we cannot find a current address we can use a tracing agent, and as a last resort ask the court to let the
divorce go ahead without the papers being served.</p>""",
    )
    + _faq(
        "What happens to my file when my case finishes?",
        """<p>We return your original documents, such as your marriage certificate, and store the rest of the
file securely for six years before it is destroyed. Files for children's injury claims are kept until the
child is 24.</p>""",
    )
)

_COMPLAINTS = _hero("Complaints Procedure", "If something has gone wrong, we want to know.") + _text(
    """<p>We aim to give every client a first-class service, but if you are unhappy with our service or our bill,
please tell us. Making a complaint will not affect how your case is handled and there is no charge for dealing
with it.</p>
<h2>Step 1: speak to your solicitor</h2>
<p>Most concerns can be sorted out quickly by talking to the person dealing with your case.</p>
<h2>Step 2: our complaints partner</h2>
<p>If that does not resolve things, or you would rather not raise it with them, write to Helen Marsh, Client
Care Partner, at our office address or by email. We will:</p>
<ul><li>acknowledge your complaint within three working days;</li>
<li>investigate it by reviewing your file and speaking to the people involved;</li>
<li>offer you a meeting or phone call to discuss it if you would like one; and</li>
<li>send you a full written response within eight weeks of receiving your complaint, and usually much sooner.</li></ul>
<h2>Step 3: the Legal Ombudsman</h2>
<p>If you are still unhappy with our final response, or we have not resolved your complaint within eight weeks,
you can ask the Legal Ombudsman to look at it. It is free and independent. You must contact the Ombudsman within
six months of our final response, and no more than one year after the problem happened or after you should
reasonably have known about it.</p>
<p>Legal Ombudsman, PO Box 6167, Slough, SL1 0EH &middot; 0300 555 0333 &middot;
enquiries@legalombudsman.org.uk</p>
<h2>Complaints about our bill</h2>
<p>You may also have the right to ask the court to assess our bill under Part III of the Solicitors Act 1974.
If everything else is resolved but you still disagree with the bill, this is a separate route and time limits
apply.</p>
<h2>Professional conduct</h2>
<p>If you are concerned about the behaviour of any of our staff, for example dishonesty, discrimination or
misuse of your money, you can report it to the Solicitors Regulation Authority, which regulates solicitors in
England and Wales.</p>"""
)

_FAMILY_SIDEBAR = _sidebar("Family law", _FAMILY_LINKS, _FAMILY_BOX)
_INJURY_SIDEBAR = _sidebar("Personal injury", _INJURY_LINKS, _INJURY_BOX)

HTML = {
    "/": _page(
        "/",
        "Home",
        "Family law and personal injury solicitors in Halifax. Free first meeting, fixed fees, no win no fee.",
        _HOME,
        12,
    ),
    "/divorce/": _page(
        "/divorce/",
        "Divorce Solicitors Halifax",
        "No-fault divorce and dissolution explained: the steps, timescales and what to expect.",
        _DIVORCE,
        41,
        _FAMILY_SIDEBAR,
    ),
    "/money-and-property-on-divorce/": _page(
        "/money-and-property-on-divorce/",
        "Money, Property &amp; Pensions on Divorce",
        "Financial settlements, consent orders, clean breaks and pension sharing on divorce.",
        _MONEY,
        43,
        _FAMILY_SIDEBAR,
    ),
    "/children/": _page(
        "/children/",
        "Children &amp; Child Arrangements",
        "Child arrangements orders, parental responsibility, contact and taking children abroad.",
        _CHILDREN,
        45,
        _FAMILY_SIDEBAR,
    ),
    "/domestic-abuse-injunctions/": _page(
        "/domestic-abuse-injunctions/",
        "Domestic Abuse Injunctions",
        "Urgent non-molestation and occupation orders in Halifax and Calderdale.",
        _ABUSE,
        47,
        _FAMILY_SIDEBAR,
    ),
    "/prenups-and-cohabitation-agreements/": _page(
        "/prenups-and-cohabitation-agreements/",
        "Prenups &amp; Cohabitation Agreements",
        "Prenuptial, postnuptial and cohabitation agreements, and the common law marriage myth.",
        _PRENUP,
        49,
        _FAMILY_SIDEBAR,
    ),
    "/personal-injury/": _page(
        "/personal-injury/",
        "Making a Personal Injury Claim",
        "How injury claims work: time limits, medical evidence, rehabilitation and settlement.",
        _PI,
        51,
        _INJURY_SIDEBAR,
    ),
    "/road-traffic-accidents/": _page(
        "/road-traffic-accidents/",
        "Road Traffic Accident Claims",
        "Car, cycle, motorcycle and pedestrian accident claims, whiplash and uninsured drivers.",
        _RTA,
        53,
        _INJURY_SIDEBAR,
    ),
    "/slips-trips-and-falls/": _page(
        "/slips-trips-and-falls/",
        "Slips, Trips &amp; Falls",
        "Claims for falls on pavements, in shops and in public places.",
        _SLIPS,
        55,
        _INJURY_SIDEBAR,
    ),
    "/accidents-at-work/": _page(
        "/accidents-at-work/",
        "Accidents at Work",
        "Injured at work? Your rights, your job and how to claim.",
        _WORK,
        57,
        _INJURY_SIDEBAR,
    ),
    "/no-win-no-fee/": _page(
        "/no-win-no-fee/",
        "No Win No Fee",
        "How our no win no fee agreements work and the most you will pay from your compensation.",
        _NWNF,
        59,
        _INJURY_SIDEBAR,
    ),
    "/legal-aid/": _page(
        "/legal-aid/",
        "Legal Aid for Family Cases",
        "Who can get family legal aid, the financial test and what to bring.",
        _LEGAL_AID,
        61,
    ),
    "/fees/": _page(
        "/fees/",
        "Our Fees",
        "Fixed fees and hourly rates for family law work, and ways to pay.",
        _FEES,
        63,
    ),
    "/free-first-meeting/": _page(
        "/free-first-meeting/",
        "Free First Meeting &amp; Video Appointments",
        "Book a free first meeting with a solicitor, in person, by phone or by video call.",
        _MEETING,
        65,
    ),
    "/our-team/": _page(
        "/our-team/",
        "Meet the Team",
        "The solicitors and staff at Calderbrook Solicitors, Halifax.",
        _TEAM,
        67,
    ),
    "/contact-us/": _page(
        "/contact-us/",
        "Contact Us",
        "Find Calderbrook Solicitors in Halifax: opening hours, parking and directions.",
        _CONTACT,
        69,
    ),
    "/faqs/": _page(
        "/faqs/",
        "FAQs",
        "Answers to common questions about working with Calderbrook Solicitors.",
        _FAQS,
        71,
    ),
    "/complaints/": _page(
        "/complaints/",
        "Complaints Procedure",
        "How to complain and how to contact the Legal Ombudsman.",
        _COMPLAINTS,
        73,
    ),
}

QUESTIONS = [
    (
        "me and my wife have both agreed its over. how long does a divorce actually take start to finish these days",
        "/divorce/",
    ),
    (
        "Do I have to prove he did something wrong to get divorced? He's not cheated or anything, we've just "
        "drifted apart over the years",
        "/divorce/",
    ),
    (
        "We're separating after 26 years. He's got a big works pension and I've barely got one because I stayed "
        "home with the kids. Am I entitled to any of his?",
        "/money-and-property-on-divorce/",
    ),
    (
        "We've agreed between us that I keep the house and he keeps his savings. Do we need to do anything "
        "official so he can't come back for more in a few years?",
        "/money-and-property-on-divorce/",
    ),
    ("my ex wont let me see my daughter since we split up in march, what can i actually do", "/children/"),
    (
        "The kids live with me and I want to take them to Spain for a fortnight in August. Do I need my ex's "
        "permission? He's being awkward about it",
        "/children/",
    ),
    (
        "My partner's been threatening me and smashing things up. I need him kept away from me and out of the "
        "house, how quickly can that happen?",
        "/domestic-abuse-injunctions/",
    ),
    (
        "Getting married next summer and my dad wants me to have a prenup because of the family farm. Is there a "
        "deadline for signing it before the wedding?",
        "/prenups-and-cohabitation-agreements/",
    ),
    (
        "been with my boyfriend 14 years and we've got 2 kids but never married, doesnt that make me his common "
        "law wife if we split up",
        "/prenups-and-cohabitation-agreements/",
    ),
    ("had an accident back in 2022 and never did anything about it. too late to claim now?", "/personal-injury/"),
    (
        "Someone went into the back of me at the traffic lights on Tuesday and my neck's been killing me ever since",
        "/road-traffic-accidents/",
    ),
    (
        "I was knocked off my bike and the driver just drove off. Nobody got the number plate. Can I still get "
        "anything?",
        "/road-traffic-accidents/",
    ),
    (
        "tripped on a wobbly paving slab in town and broke my wrist. is it worth going after the council",
        "/slips-trips-and-falls/",
    ),
    (
        "I slipped on some spilt yoghurt in a supermarket yesterday. What should I be doing now to help a claim?",
        "/slips-trips-and-falls/",
    ),
    (
        "I did my back in lifting boxes at the warehouse where I work. I want to claim but I'm scared they'll sack me",
        "/accidents-at-work/",
    ),
    (
        "no win no fee sounds too good to be true. whats the catch, how much comes out of my compensation if I win?",
        "/no-win-no-fee/",
    ),
    ("I'm on universal credit, does that mean I can get legal aid for my divorce?", "/legal-aid/"),
    ("What's your hourly rate?", "/fees/"),
    ("can I pay your fees monthly? I cant afford it all in one go", "/fees/"),
    ("Is the first meeting actually free? How long do I get with the solicitor?", "/free-first-meeting/"),
    (
        "I work nights and can't really get into Halifax. Could I do the appointment as a video call on my phone "
        "instead",
        "/free-first-meeting/",
    ),
    ("Where's best to park when I come to see you?", "/contact-us/"),
    ("Can we use the same solicitor for our divorce to save money? It's all amicable", "/faqs/"),
    (
        "I'm not happy with how my case has been handled. How do I complain, and who can I go to if you don't "
        "sort it out?",
        "/complaints/",
    ),
    ("My husband's English isn't great, is there anyone there who speaks Polish?", "/our-team/"),
]

OUT_OF_SCOPE = [
    "Roughly how much compensation would I get for a broken ankle?",
    "Are you taking on any trainee solicitors? I'm finishing my law degree this summer",
    "I'm here on a spouse visa. Will getting divorced mean I have to leave the country?",
    "Do you do a discount for NHS staff?",
    "My employer hasn't paid my wages for two months, can you help me take them to a tribunal?",
    "My neighbour's dog attacked my dog, can I claim the vet bills back?",
    "Can you recommend a removal firm? I'm moving out of the family home next month",
    "What time does the Piece Hall open on a Sunday?",
]
