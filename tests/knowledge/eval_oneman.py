"""An evaluation site: Coombe Plumbing & Gas, a sole-trader plumber and gas engineer in Exeter, Devon (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. Built like a Brizy page-builder site:
brz-section / brz-container / brz-row / brz-column wrappers, brz-rich-text blocks, a brz-menu mega-menu header,
brz-accordion FAQ markup, a cookie bar and a large footer.
"""

import zlib

NAME = "Coombe Plumbing & Gas"

_counter = [0]


def _id() -> str:
    _counter[0] += 1
    return f"{zlib.crc32(f'brz-{_counter[0]}'.encode()):08x}"[:7]


# (menu label, href, dropdown children) in the order the mega-menu shows them
_MENU = [
    ("Home", "/", []),
    (
        "Services",
        "#",
        [
            ("Dripping Taps &amp; Leaking Pipes", "/taps-and-leaks/"),
            ("Toilets &amp; Cisterns", "/toilets-and-cisterns/"),
            ("Outside Taps &amp; Appliance Plumbing", "/outside-taps-and-appliances/"),
            ("Boiler Repairs &amp; Servicing", "/boiler-repairs-and-servicing/"),
            ("Gas Cookers &amp; Hobs", "/gas-cookers-and-hobs/"),
            ("Landlord Gas Safety Certificates", "/landlord-gas-safety/"),
            ("Unvented Cylinders", "/unvented-cylinders/"),
        ],
    ),
    (
        "Advice",
        "#",
        [
            ("Frozen Pipes &amp; Condensate", "/frozen-pipes-and-condensate/"),
            ("FAQs", "/faq/"),
            ("Jobs I Don&#8217;t Do", "/jobs-i-dont-do/"),
        ],
    ),
    (
        "Prices",
        "#",
        [
            ("Prices", "/prices/"),
            ("Payment, Invoices &amp; Cancellations", "/payment-and-invoices/"),
        ],
    ),
    (
        "About",
        "#",
        [
            ("About Dan &amp; Kieran", "/about/"),
            ("Reviews", "/reviews/"),
            ("Hours, Holidays &amp; Areas", "/hours-and-areas/"),
        ],
    ),
    ("Emergencies", "/emergencies/", []),
    ("Contact / Get a Quote", "/contact/", []),
]


def _menu_html(current: str, mobile: bool = False) -> str:
    prefix = "brz-mm-menu" if mobile else "brz-menu"
    items = []
    for label, href, children in _MENU:
        active = " brz-menu__item--current" if href == current else ""
        if children:
            subs = "".join(
                f'<li class="{prefix}__item menu-item menu-item-type-post_type'
                f'{" brz-menu__item--current" if h == current else ""}">'
                f'<a class="brz-a" href="{h}" title="{lbl}"><span class="brz-span">{lbl}</span></a></li>\n'
                for lbl, h in children
            )
            items.append(
                f'<li class="{prefix}__item {prefix}__item-dropdown menu-item-has-children{active}">'
                f'<a class="brz-a" href="{href}" aria-haspopup="true"><span class="brz-span">{label}</span>'
                f'<svg class="brz-icon-svg align-[initial]"><use href="#nc_arrow_down"></use></svg></a>\n'
                f'<ul class="{prefix}__sub-menu brz-menu__sub-menu--mega">\n{subs}</ul></li>\n'
            )
        else:
            items.append(
                f'<li class="{prefix}__item menu-item{active}"><a class="brz-a" href="{href}">'
                f'<span class="brz-span">{label}</span></a></li>\n'
            )
    return f'<ul class="{prefix}__ul">\n{"".join(items)}</ul>'


def _rt(html: str) -> str:
    """A Brizy rich-text element."""
    return (
        f'<div class="brz-wrapper brz-css-{_id()}">'
        f'<div class="brz-rich-text brz-rich-text__custom brz-css-{_id()}" data-custom-id="{_id()}">'
        f"{html}</div></div>\n"
    )


def _col(inner: str, width: str = "100") -> str:
    return (
        f'<div class="brz-columns brz-css-{_id()}" data-brz-column-width="{width}">'
        f'<div class="brz-column__items brz-css-{_id()}">\n{inner}</div></div>\n'
    )


def _row(*cols: str) -> str:
    return (
        f'<div class="brz-wrapper-clone brz-css-{_id()}"><div class="brz-row__container brz-css-{_id()}">'
        f'<div class="brz-row brz-css-{_id()}">\n{"".join(cols)}</div></div></div>\n'
    )


def _section(inner: str, bg: str = "") -> str:
    sid = _id()
    return (
        f'<section id="{sid}" class="brz-section brz-css-{_id()} {bg}">'
        f'<div class="brz-section__content brz-section--boxed brz-css-{_id()}" data-brz-custom-id="{sid}">'
        f'<div class="brz-bg"><div class="brz-bg-color"></div></div>'
        f'<div class="brz-container brz-css-{_id()}">\n{inner}</div></div></section>\n'
    )


def _button(href: str, label: str) -> str:
    return (
        f'<div class="brz-wrapper-clone brz-css-{_id()}"><div class="brz-d-xs-flex brz-flex-xs-wrap">'
        f'<a class="brz-a brz-btn brz-css-{_id()} brz-btn--hover" href="{href}" data-brz-link-type="external">'
        f'<span class="brz-span brz-text__editor">{label}</span></a></div></div>\n'
    )


def _accordion(items: list[tuple[str, str]]) -> str:
    out = []
    for i, (q, a) in enumerate(items):
        active = " brz-accordion__item--active" if i == 0 else ""
        out.append(
            f'<div class="brz-accordion__item{active}">\n'
            f'<div class="brz-accordion__nav" data-brz-collapsible="true"><div class="brz-accordion__nav--title">'
            f'<span class="brz-span brz-text__editor">{q}</span></div>'
            f'<span class="brz-accordion__nav--icon"><svg class="brz-icon-svg"><use href="#nc_plus"></use></svg></span>'
            f"</div>\n"
            f'<div class="brz-accordion__content"><div class="brz-accordion__item-content">'
            f"{_rt(a)}</div></div>\n</div>\n"
        )
    return (
        f'<div class="brz-wrapper brz-css-{_id()}"><div class="brz-accordion brz-accordion--animated '
        f'brz-css-{_id()}" data-brz-duration="200" data-brz-collapsible="on">\n{"".join(out)}</div></div>\n'
    )


_TESTIMONIALS = """<div class="brz-testimonial brz-css-t1"><div class="brz-testimonial__text">
<p class="brz-tp-lg-paragraph">&#8220;Turned up when he said he would, sorted the job, tidied up. What more do you want
from a plumber?&#8221;</p></div><div class="brz-testimonial__name">Gill, Heavitree</div></div>
<div class="brz-testimonial brz-css-t2"><div class="brz-testimonial__text">
<p class="brz-tp-lg-paragraph">&#8220;Honest bloke &#8211; told me I didn&#8217;t need a new boiler, just a &#163;30
part.&#8221;</p></div><div class="brz-testimonial__name">Martin, Pinhoe</div></div>"""


def _page(path: str, title: str, description: str, body: str, sidebar: str = "") -> str:
    body_html = body
    if sidebar:
        body_html = _row(_col(body, "66.6"), _col(sidebar, "33.3"))
    title_section = _section(
        _rt(f'<h1 class="brz-tp-lg-heading1 brz-text-lg-center"><span class="brz-cp-color8">{title}</span></h1>'),
        "brz-section--page-title",
    )
    cta_text = (
        '<h3 class="brz-tp-lg-heading3">Need a plumber in Exeter?</h3><p class="brz-tp-lg-paragraph">'
        "Send me the details and a photo and I&#8217;ll get back to you.</p>"
    )
    cta_section = _section(
        _row(
            _col(_rt('<h3 class="brz-tp-lg-heading3">What customers say</h3>') + _TESTIMONIALS, "60"),
            _col(_rt(cta_text) + _button("/contact/", "Request a Quote") + _button("/prices/", "See Prices"), "40"),
        ),
        "brz-section--cta",
    )
    main_section = _section(body_html)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Coombe Plumbing &amp; Gas</title>
<meta name="description" content="{description}">
<meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="website">
<meta property="og:title" content="{title} | Coombe Plumbing &amp; Gas">
<meta property="og:site_name" content="Coombe Plumbing &amp; Gas">
<meta name="generator" content="Brizy 2.4.41">
<link rel="canonical" href="https://www.coombeplumbing.co.uk{path}">
<link rel="icon" href="/wp-content/uploads/2021/03/cropped-coombe-icon-32x32.png" sizes="32x32">
<link rel="stylesheet" id="brizy-asset-google-10-css" href="/wp-content/uploads/brizy/fonts/lato.css" media="all">
<link rel="stylesheet" id="brizy-asset-group-1_2-css"
 href="/wp-content/plugins/brizy/public/editor-build/prod/css/group-1_2.min.css?ver=2.4.41" media="all">
<link rel="stylesheet" id="brizy-pro-css"
 href="/wp-content/plugins/brizy-pro/public/css/preview.pro.min.css" media="all">
<link rel="stylesheet" href="/wp-content/themes/brizy-starter/style.css?ver=1.0.3" media="all">
<style class="brz-style">.brz .brz-css-hdr{{padding:10px 0}}.brz .brz-cp-color2{{color:#0b4f8a}}</style>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-CPG2021X"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}
gtag('js',new Date());gtag('config','G-CPG2021X',{{'anonymize_ip':true}});</script>
</head>
<body class="page-template page-template-brizy-blank-template brz">
<div class="brz brz-root__container brz-reset-all brz-root__container-page">
<header class="brz-css-hdr brz-section__header" data-brz-sticky="on">
<section class="brz-section brz-section__header--sticky brz-css-{_id()}"><div class="brz-section__content">
<div class="brz-container brz-css-{_id()}"><div class="brz-row__container"><div class="brz-row">
<div class="brz-columns brz-css-{_id()}"><div class="brz-column__items">
<div class="brz-wrapper"><div class="brz-image brz-css-{_id()}"><a class="brz-a" href="/">
<picture class="brz-picture"><img class="brz-img" src="/wp-content/uploads/2021/03/coombe-logo-van.png"
 alt="Coombe Plumbing &amp; Gas logo" width="210" height="64"></picture></a></div></div>
</div></div>
<div class="brz-columns brz-css-{_id()}"><div class="brz-column__items">
<div class="brz-wrapper brz-css-{_id()}"><div class="brz-menu__container brz-css-{_id()}" data-mmenu-id="#mm-{_id()}">
<nav class="brz-menu brz-menu__preview brz-css-{_id()}" data-mods='{{"desktop":"horizontal"}}'>
{_menu_html(path)}
</nav>
<div class="brz-mm-menu__icon"><svg class="brz-icon-svg"><use href="#nc_menu"></use></svg></div>
<nav class="brz-mm-menu brz-mm-menu--offcanvas" aria-label="Mobile menu">
{_menu_html(path, mobile=True)}
</nav>
</div></div>
</div></div>
<div class="brz-columns brz-css-{_id()}"><div class="brz-column__items">
<div class="brz-wrapper"><div class="brz-icon-text brz-css-{_id()}"><div class="brz-text-btn">
<p class="brz-tp-lg-paragraph"><a class="brz-a" href="tel:01392840517">01392 840517</a></p></div></div></div>
<div class="brz-wrapper-clone"><a class="brz-a brz-btn brz-btn--book" href="/contact/">
<span class="brz-span brz-text__editor">Book a Job</span></a></div>
</div></div>
</div></div></div></div></section>
</header>
<main class="brz-main brz-css-{_id()}">
{title_section}
{main_section}
{cta_section}
</main>
<footer class="brz-footer brz-css-ftr" id="footer">
<section class="brz-section brz-css-{_id()}"><div class="brz-section__content"><div class="brz-container">
<div class="brz-row__container"><div class="brz-row">
<div class="brz-columns"><div class="brz-column__items"><div class="brz-wrapper"><div class="brz-rich-text">
<h4 class="brz-tp-lg-heading4">Coombe Plumbing &amp; Gas</h4>
<p class="brz-tp-lg-paragraph">Dan Coombe, 14 Chudleigh Road, Alphington, Exeter EX2 8TS<br>
(office only &#8211; not a shop)</p>
<p class="brz-tp-lg-paragraph">Tel: <a class="brz-a" href="tel:01392840517">01392 840517</a><br>
Mobile &amp; WhatsApp: <a class="brz-a" href="tel:07817462093">07817 462093</a><br>
Email: <a class="brz-a" href="mailto:dan@coombeplumbing.co.uk">dan@coombeplumbing.co.uk</a></p>
</div></div></div></div>
<div class="brz-columns"><div class="brz-column__items"><div class="brz-wrapper"><div class="brz-rich-text">
<h4 class="brz-tp-lg-heading4">Working hours</h4>
<p class="brz-tp-lg-paragraph">Mon&#8211;Fri 8:00am&#8211;5:30pm<br>Sat 8:00am&#8211;1:00pm<br>Sun closed</p>
<p class="brz-tp-lg-paragraph">Gas Safe Register no. 548213</p>
</div></div></div></div>
<div class="brz-columns"><div class="brz-column__items"><div class="brz-wrapper"><div class="brz-rich-text">
<h4 class="brz-tp-lg-heading4">Quick links</h4>
<p class="brz-tp-lg-paragraph"><a class="brz-a" href="/prices/">Prices</a> &#183;
<a class="brz-a" href="/emergencies/">Emergencies</a> &#183; <a class="brz-a" href="/faq/">FAQs</a> &#183;
<a class="brz-a" href="/contact/">Contact</a></p>
<div class="brz-icon-social">
<a class="brz-a" href="https://www.facebook.com/coombeplumbinggas" target="_blank" rel="noopener">Facebook</a>
<a class="brz-a" href="https://www.instagram.com/coombe_plumbing_exeter" target="_blank" rel="noopener">Instagram</a>
<a class="brz-a" href="https://wa.me/447817462093" target="_blank" rel="noopener">WhatsApp</a>
</div>
</div></div></div></div>
</div></div>
<div class="brz-row__container brz-css-copy"><div class="brz-row"><div class="brz-columns">
<div class="brz-column__items">
<div class="brz-wrapper"><div class="brz-rich-text"><p class="brz-tp-lg-paragraph brz-text-lg-center">
&#169; 2025 Coombe Plumbing &amp; Gas. Dan Coombe trading as Coombe Plumbing &amp; Gas. Site built with Brizy.</p>
</div></div></div></div></div></div>
</div></div></section>
</footer>
<div class="brz-cookie-bar brz-popup2 brz-css-cookie" data-brz-popup="cookie" role="dialog">
<div class="brz-popup2__inner"><p class="brz-tp-lg-paragraph">This website uses cookies to count visitors and
improve the site. By clicking &#8220;Accept&#8221; you agree to this.
<a class="brz-a" href="#cookie-more">More info</a></p>
<a class="brz-a brz-btn brz-btn--cookie" href="#accept">Accept</a>
<a class="brz-a brz-btn brz-btn--cookie-decline" href="#decline">Decline</a></div></div>
</div>
<script src="/wp-content/plugins/brizy/public/editor-build/prod/js/group-1_2.min.js?ver=2.4.41"></script>
</body>
</html>
"""


def _sidebar_contact() -> str:
    return _rt(
        """<h4 class="brz-tp-lg-heading4">Got a job for me?</h4>
<p class="brz-tp-lg-paragraph">Call, text or WhatsApp a photo. I reply within one working day.</p>"""
    ) + _button("/contact/", "Get a Quote")


def _sidebar_services() -> str:
    return _rt(
        """<h4 class="brz-tp-lg-heading4">Services</h4>
<ul class="brz-list">
<li><a class="brz-a" href="/taps-and-leaks/">Taps &amp; leaks</a></li>
<li><a class="brz-a" href="/toilets-and-cisterns/">Toilets &amp; cisterns</a></li>
<li><a class="brz-a" href="/outside-taps-and-appliances/">Outside taps &amp; appliances</a></li>
<li><a class="brz-a" href="/boiler-repairs-and-servicing/">Boilers</a></li>
<li><a class="brz-a" href="/gas-cookers-and-hobs/">Gas cookers &amp; hobs</a></li>
<li><a class="brz-a" href="/landlord-gas-safety/">Landlord certificates</a></li>
<li><a class="brz-a" href="/unvented-cylinders/">Unvented cylinders</a></li>
</ul>"""
    ) + _button("/emergencies/", "Emergency? Read this first")


_HOME = _row(
    _col(
        _rt(
            """<h2 class="brz-tp-lg-heading2">Your local plumber &amp; gas engineer in Exeter</h2>
<p class="brz-tp-lg-paragraph">Hello, I&#8217;m Dan Coombe. Coombe Plumbing &amp; Gas is me, my van and my apprentice
Kieran. I look after homes in and around Exeter &#8211; the everyday jobs that bigger firms don&#8217;t want and that
you can&#8217;t leave: dripping taps, running toilets, a washing machine that needs plumbing in, a boiler that has
gone quiet on a cold morning, or a gas certificate for your rental flat.</p>
<p class="brz-tp-lg-paragraph">Because it&#8217;s just me, you speak to the person who will actually turn up and do
the work. I give a price before I start wherever I can, I tidy up after myself, and if a job isn&#8217;t right for
me I&#8217;ll tell you and point you to someone good.</p>"""
        ),
        "60",
    ),
    _col(
        _rt(
            """<h3 class="brz-tp-lg-heading3">What I do</h3>
<ul class="brz-list">
<li>Dripping taps, leaking pipes and stopcocks</li>
<li>Toilet repairs, cisterns and replacements</li>
<li>Outside taps, washing machine &amp; dishwasher plumbing</li>
<li>Gas boiler repairs and annual services</li>
<li>Gas cooker and hob fitting</li>
<li>Landlord gas safety records (CP12)</li>
<li>Unvented hot water cylinder servicing</li>
</ul>"""
        )
        + _button("/prices/", "View Prices")
        + _button("/contact/", "Book Now"),
        "40",
    ),
) + _row(
    _col(
        _rt(
            """<h3 class="brz-tp-lg-heading3">Plumbing</h3>
<p class="brz-tp-lg-paragraph">Small plumbing repairs and fitting work, done properly with decent parts.</p>
<p><a class="brz-a" href="/taps-and-leaks/">Taps &amp; leaks &#8250;</a></p>"""
        ),
        "33.3",
    ),
    _col(
        _rt(
            """<h3 class="brz-tp-lg-heading3">Gas &amp; heating</h3>
<p class="brz-tp-lg-paragraph">Gas Safe registered for boilers, cookers and hobs in your home.</p>
<p><a class="brz-a" href="/boiler-repairs-and-servicing/">Boilers &#8250;</a></p>"""
        ),
        "33.3",
    ),
    _col(
        _rt(
            """<h3 class="brz-tp-lg-heading3">Landlords</h3>
<p class="brz-tp-lg-paragraph">Gas safety records for rented homes, with a reminder when the next one is due.</p>
<p><a class="brz-a" href="/landlord-gas-safety/">Landlord certificates &#8250;</a></p>"""
        ),
        "33.3",
    ),
)

_ABOUT = _rt(
    """<h2 class="brz-tp-lg-heading2">Dan Coombe &#8211; owner, plumber &amp; Gas Safe engineer</h2>
<p class="brz-tp-lg-paragraph">I grew up in St Thomas and did my plumbing apprenticeship through Exeter College,
then spent nine years working for one of the larger heating firms in the city, mostly on boiler breakdowns and
services. In 2016 I went out on my own because I wanted to do the work my way: turn up on time, explain things in
plain English and charge a fair price.</p>
<h2 class="brz-tp-lg-heading2">Kieran Ward &#8211; apprentice</h2>
<p class="brz-tp-lg-paragraph">Kieran joined me in 2023 and is in the second year of his Level 3 Plumbing and
Domestic Heating apprenticeship at Exeter College. He&#8217;s at college every Wednesday, so on Wednesdays I work
on my own. Kieran is not Gas Safe registered yet &#8211; he can&#8217;t be until he&#8217;s qualified and passed his
gas assessments. He helps on gas jobs under my direct supervision (carrying, isolating water, cleaning parts), but
all gas work is carried out, tested and signed off by me. On plumbing jobs he often does the work himself with me
checking it. There&#8217;s no extra charge for having Kieran on the job.</p>
<h3 class="brz-tp-lg-heading3">Qualifications &amp; memberships</h3>
<ul class="brz-list">
<li>Gas Safe registered (my licence card shows my photo and the appliances I&#8217;m qualified for &#8211; always
ask to see it)</li>
<li>ACS domestic gas: CCN1, CENWAT (boilers and water heaters), CKR1 (cookers and hobs)</li>
<li>NVQ Level 3 Plumbing and Domestic Heating</li>
<li>G3 unvented hot water systems (renewed 2024)</li>
<li>WaterSafe approved plumber, so I can self-certify work under the Water Regulations</li>
<li>Enhanced DBS check (2024) &#8211; many of my customers are older people living alone</li>
</ul>
<h3 class="brz-tp-lg-heading3">Insurance</h3>
<p class="brz-tp-lg-paragraph">I carry &#163;5 million public liability insurance, which covers any accidental
damage to your property while I&#8217;m working. A copy of the certificate is available on request &#8211; letting
agents usually ask for it and I&#8217;m happy to email it over.</p>
<p class="brz-tp-lg-paragraph">You&#8217;ll recognise us by the white Ford Transit Custom with the blue Coombe
Plumbing &amp; Gas lettering on the side.</p>"""
)

_TAPS = _rt(
    """<h2 class="brz-tp-lg-heading2">Dripping taps</h2>
<p class="brz-tp-lg-paragraph">A dripping tap wastes more water than you&#8217;d think and it usually only gets
worse. Older pillar taps that take several turns to close have a rubber washer that wears out; modern quarter-turn
taps and most mixer taps have a ceramic cartridge instead. If water drips from the spout, it&#8217;s the washer or
cartridge. If it leaks from around the handle or the base of the tap, it&#8217;s usually a worn O-ring or gland.</p>
<p class="brz-tp-lg-paragraph">I carry the common washers and cartridges in the van. Some designer and unbranded
online taps use cartridges nobody stocks &#8211; in that case I&#8217;ll either order the part or suggest that a new tap
is cheaper than chasing a spare.</p>
<h2 class="brz-tp-lg-heading2">Leaking pipes and joints</h2>
<p class="brz-tp-lg-paragraph">Most leaks I see are at joints under sinks, behind toilets and at the back of washing
machines: a compression nut that has worked loose, a perished push-fit joint or a corroded old valve. Put a bowl
underneath, turn off the isolating valve if there is one (a small screw-slot valve on the pipe), and don&#8217;t keep
tightening a weeping nut &#8211; overtightening often makes it worse.</p>
<h2 class="brz-tp-lg-heading2">Think you have a hidden leak?</h2>
<p class="brz-tp-lg-paragraph">If your water bill has jumped or you can hear water running when nothing is on, do
the meter test before calling anyone: make sure no taps, toilets, appliances or the boiler are using water, note the
reading on your water meter, then don&#8217;t use any water for 30 minutes and read it again. If the numbers have
moved, water is escaping somewhere. South West Water customers can ask about a leak allowance once it&#8217;s
repaired, so keep my invoice.</p>
<p class="brz-tp-lg-paragraph">I can trace leaks I can get to &#8211; under floorboards, in cupboards, behind bath
panels. I don&#8217;t have thermal imaging or acoustic leak detection kit, so for leaks buried in concrete floors or
walls I&#8217;ll recommend a specialist leak detection company first so you&#8217;re not paying me to dig around
blind.</p>
<h2 class="brz-tp-lg-heading2">Stopcocks</h2>
<p class="brz-tp-lg-paragraph">Everyone should know where their stopcock is (usually under the kitchen sink).
If yours is seized solid or drips when you turn it, I can replace it &#8211; well worth doing before you have an
emergency.</p>"""
)

_TOILETS = _rt(
    """<h2 class="brz-tp-lg-heading2">Toilet repairs</h2>
<p class="brz-tp-lg-paragraph">Toilets are simple things but they go wrong in lots of little ways. Here are the
jobs I do most weeks:</p>
<h3 class="brz-tp-lg-heading3">Toilet keeps running or trickling into the pan</h3>
<p class="brz-tp-lg-paragraph">If water keeps trickling into the bowl long after you&#8217;ve flushed, or the
cistern never goes quiet, it&#8217;s either the flush valve seal (the rubber washer at the bottom of the cistern)
or the fill valve not shutting off, so water escapes down the internal overflow. Water running from an outside
overflow pipe is the fill valve. Both are usually fixed in one visit &#8211; I carry Fluidmaster and Siamp
valves that fit most cisterns.</p>
<h3 class="brz-tp-lg-heading3">Handle or button doesn&#8217;t flush</h3>
<p class="brz-tp-lg-paragraph">A lever handle that flops about with no resistance has almost always snapped its
plastic link arm or the lever itself. Push buttons stop working when the cable or rod between the button and the
valve comes off or breaks. Often a 20-minute job once I know the make of cistern.</p>
<h3 class="brz-tp-lg-heading3">Slow-filling cisterns</h3>
<p class="brz-tp-lg-paragraph">Usually a blocked filter in the fill valve or a partly closed isolating valve.
In hard-water Exeter, limescale is often the culprit.</p>
<h3 class="brz-tp-lg-heading3">Leaking from the base of the toilet</h3>
<p class="brz-tp-lg-paragraph">A puddle around the pan after flushing is normally the pan connector (the joint
between the toilet and the soil pipe) or a loose close-coupling between cistern and pan. Don&#8217;t ignore it &#8211;
it will rot floorboards.</p>
<h3 class="brz-tp-lg-heading3">Concealed cisterns</h3>
<p class="brz-tp-lg-paragraph">Wall-hung and back-to-wall toilets hide the cistern behind a panel. I need to be able
to get to it, so please check there is an access panel or a removable flush plate. If it&#8217;s been tiled over I
may have to cut in.</p>
<h3 class="brz-tp-lg-heading3">New toilets</h3>
<p class="brz-tp-lg-paragraph">I&#8217;m happy to swap an old toilet for a new one you&#8217;ve bought, as long as it
goes in the same place. Moving a toilet to a new position is a bathroom-fitting job.</p>"""
)

_APPLIANCES = _rt(
    """<h2 class="brz-tp-lg-heading2">Outside taps</h2>
<p class="brz-tp-lg-paragraph">An outside tap is one of the most useful small jobs you can have done &#8211; for
the garden, washing the car or rinsing off muddy dogs after a walk on Haldon. I fit the tap on the wall, drill
through and connect to your cold supply, with a double check valve (required by the Water Regulations so garden
water can&#8217;t siphon back into your drinking water) and an isolating valve inside the house.</p>
<h3 class="brz-tp-lg-heading3">Getting your outside tap ready for winter</h3>
<p class="brz-tp-lg-paragraph">In late October or November, turn off the isolating valve inside (usually under the
kitchen sink or in the garage), then open the outside tap and leave it open so the pipe drains. Disconnect the
hose. A foam tap jacket from any DIY shop helps too. An outside tap that freezes can split inside the wall, which
you won&#8217;t know about until the spring when you turn it on.</p>
<h2 class="brz-tp-lg-heading2">Washing machines &amp; dishwashers</h2>
<p class="brz-tp-lg-paragraph">Most retailers&#8217; delivery crews will only connect a new appliance to plumbing
that&#8217;s already there &#8211; and some won&#8217;t do that. I can:</p>
<ul class="brz-list">
<li>connect a new machine to an existing valve and waste</li>
<li>put in a brand-new supply and waste where there wasn&#8217;t one before, e.g. a dishwasher in a kitchen that
never had one, or moving the washing machine into a utility room</li>
<li>fix leaks at the back of the machine (usually a split fill hose or a missing hose washer)</li>
<li>replace a standpipe or sink trap that backs up when the machine empties</li>
</ul>
<p class="brz-tp-lg-paragraph">A new supply and waste normally means teeing into the cold pipe under the sink,
fitting a proper appliance valve, and connecting the drain hose either to a spigot on the sink trap or to a
standpipe. If it&#8217;s more than a few metres from the sink, I&#8217;ll come and look first. If you&#8217;ve got a
delivery date, tell me when you book and I&#8217;ll try to have the plumbing in before it arrives &#8211; I usually
have a slot within a week for this kind of job.</p>"""
)

_BOILERS = (
    _rt(
        """<h2 class="brz-tp-lg-heading2">Boiler breakdowns</h2>
<p class="brz-tp-lg-paragraph">I repair gas combi, system and regular boilers from Worcester Bosch, Vaillant, Baxi,
Ideal, Viessmann, Glow-worm and Potterton. I carry the common parts &#8211; fans, diverter valves, ignition
electrodes, pressure sensors &#8211; and if something needs ordering I can usually collect it next working day from
the merchants on Marsh Barton.</p>
<p class="brz-tp-lg-paragraph">Before calling, check the obvious: is the gas on (try the hob), is there power to the
boiler, is the pressure gauge between 1 and 1.5 bar, and has the thermostat or timer been knocked? If the pressure
is below 1 bar, you can usually top it up yourself with the filling loop &#8211; your boiler manual shows how. If
it keeps dropping week after week, there&#8217;s a leak somewhere and I should take a look.</p>
<h3 class="brz-tp-lg-heading3">Boiler still under the manufacturer&#8217;s guarantee?</h3>
<p class="brz-tp-lg-paragraph">If your boiler is within its manufacturer warranty (often 5&#8211;10 years on a
new Worcester, Vaillant or Ideal), ring the manufacturer first. They send their own engineer free of charge, and
if I replace parts on a boiler that&#8217;s still under warranty it can void the guarantee. I&#8217;ll happily
carry on doing the annual services, which most warranties require.</p>
<h2 class="brz-tp-lg-heading2">Annual boiler service</h2>
<p class="brz-tp-lg-paragraph">A service takes 45 minutes to an hour. I fill in the service record in your
Benchmark book (or the manufacturer&#8217;s app) and email you a report the same day. A service includes:</p>
<ul class="brz-list">
<li>checking the gas pressure and gas rate</li>
<li>flue gas analysis to check the boiler is burning cleanly and safely</li>
<li>opening up the boiler where the manufacturer requires it, checking seals, electrodes and the burner</li>
<li>cleaning the condensate trap and checking the condensate pipe</li>
<li>checking the flue and terminal outside</li>
<li>testing the safety devices and the system pressure</li>
</ul>"""
    )
    + _rt('<h3 class="brz-tp-lg-heading3">Common fault codes</h3>')
    + _accordion(
        [
            (
                "Worcester Bosch EA 227 / Vaillant F28 or F29 / Baxi E133",
                '<p class="brz-tp-lg-paragraph">Ignition failure &#8211; the boiler tried to light and couldn&#8217;t. '
                "Check the gas supply first. In freezing weather see my frozen condensate advice.</p>",
            ),
            (
                "Ideal F1 / Vaillant F22 / Worcester CE 207",
                '<p class="brz-tp-lg-paragraph">Low water pressure. Top up to about 1.2 bar with the filling loop '
                "and reset.</p>",
            ),
            (
                "Anything else",
                '<p class="brz-tp-lg-paragraph">Text me the make, model and code and a photo of the display and '
                "I&#8217;ll tell you if it&#8217;s something you can reset yourself.</p>",
            ),
        ]
    )
)

_COOKERS = _rt(
    """<h2 class="brz-tp-lg-heading2">Gas cookers, hobs &amp; range cookers</h2>
<p class="brz-tp-lg-paragraph">By law, only a Gas Safe registered engineer can connect or disconnect a gas cooker or
hob &#8211; even a &#8220;simple&#8221; plug-in bayonet connection. I&#8217;m qualified for cookers and hobs (CKR1)
and I&#8217;ll test the installation and leave you a record of the work.</p>
<h3 class="brz-tp-lg-heading3">Freestanding cookers</h3>
<p class="brz-tp-lg-paragraph">New freestanding gas cookers go on a flexible hose with a bayonet fitting, and must
have a stability bracket or chain so the cooker can&#8217;t tip forward if a child stands on the open oven door.
Many older installations don&#8217;t have one &#8211; I&#8217;ll fit it as part of the job.</p>
<h3 class="brz-tp-lg-heading3">Built-in gas hobs</h3>
<p class="brz-tp-lg-paragraph">I connect the hob to the gas supply and test it. The hole in the worktop needs
cutting before I arrive &#8211; your kitchen fitter should do this, especially on stone or solid wood tops. If
you&#8217;re replacing an old hob with a new one of the same size the existing hole is usually fine.</p>
<h3 class="brz-tp-lg-heading3">Range and dual fuel cookers</h3>
<p class="brz-tp-lg-paragraph">Range cookers (Rangemaster, Belling, Stoves, Smeg etc.) are heavy &#8211; often
over 100kg &#8211; so it&#8217;s a two-person job and Kieran comes with me. They need the correct size gas pipe
and sometimes a new bayonet point. Fitting a range cooker is priced when you book, usually &#163;150&#8211;&#163;190
depending on access and whether the gas point needs moving. Dual fuel cookers that plug into a 13 amp socket are
fine; if yours needs hard-wiring to a cooker circuit, that part needs an electrician.</p>
<h3 class="brz-tp-lg-heading3">Taking the old one away</h3>
<p class="brz-tp-lg-paragraph">I can disconnect your old cooker and take it to the recycling centre for
&#163;25. If you&#8217;re buying online, many retailers offer removal too &#8211; but most insist it&#8217;s
already disconnected, which must be done by a Gas Safe engineer.</p>
<h3 class="brz-tp-lg-heading3">Moving away from gas?</h3>
<p class="brz-tp-lg-paragraph">If you&#8217;re switching to an electric cooker or induction hob, I can disconnect
and safely cap off the gas supply so it&#8217;s left safe.</p>"""
)

_LANDLORD = _rt(
    """<h2 class="brz-tp-lg-heading2">Landlord Gas Safety Records (CP12)</h2>
<p class="brz-tp-lg-paragraph">If you rent out a property with gas appliances, the law requires a gas safety check
every 12 months by a Gas Safe registered engineer. You must give existing tenants a copy of the record within 28
days of the check, and new tenants a copy before they move in. I check every gas appliance and flue in the
property, test for tightness on the gas pipework and make sure there&#8217;s adequate ventilation.</p>
<h3 class="brz-tp-lg-heading3">What it costs</h3>
<div class="brz-table"><table class="brz-table__inner">
<thead><tr><th>Certificate</th><th>Price</th></tr></thead>
<tbody>
<tr><td>Gas safety record &#8211; boiler plus one other appliance (e.g. hob or cooker)</td><td>&#163;70</td></tr>
<tr><td>Each additional gas appliance</td><td>&#163;12</td></tr>
<tr><td>Gas safety record and full boiler service on the same visit</td><td>&#163;130</td></tr>
<tr><td>Landlords with 5 or more properties</td><td>10% off certificates</td></tr>
</tbody></table></div>
<h3 class="brz-tp-lg-heading3">Free reminder service</h3>
<p class="brz-tp-lg-paragraph">Once I&#8217;ve done your certificate, I keep the expiry date on my system and
send you a text and an email four weeks before the next one is due, so you&#8217;re never out of date. No charge
&#8211; just tell me if you sell the property or change agent.</p>
<h3 class="brz-tp-lg-heading3">Access &amp; tenants</h3>
<p class="brz-tp-lg-paragraph">It&#8217;s the landlord&#8217;s job to give tenants notice (at least 24 hours) and to
arrange access. I can deal directly with your tenant to agree a time if you&#8217;d like. I can collect and
return keys from letting agents in Exeter city centre at no extra charge.</p>
<h3 class="brz-tp-lg-heading3">Your certificate</h3>
<p class="brz-tp-lg-paragraph">I issue the record digitally and email it as a PDF to you (and your agent if you
want) the same evening. If an appliance fails, I&#8217;ll explain why, make it safe, and quote for the repair
&#8211; with your permission a small fix can often be done on the same visit.</p>"""
)

_UNVENTED = _rt(
    """<h2 class="brz-tp-lg-heading2">Unvented hot water cylinder servicing</h2>
<p class="brz-tp-lg-paragraph">An unvented cylinder (Megaflo, Gledhill, Heatrae Sadia, Telford, OSO, Joule and
others) stores hot water at mains pressure. That&#8217;s what gives you a powerful shower &#8211; but it also means
the cylinder relies on safety valves to stop it over-pressurising. Manufacturers require an annual service by a
G3-qualified engineer to keep the warranty valid, and many home insurers expect it too. I hold a current G3
certificate.</p>
<h3 class="brz-tp-lg-heading3">What the service includes</h3>
<ul class="brz-list">
<li>checking and recharging the expansion vessel (or air bubble on Megaflo-type cylinders)</li>
<li>testing the temperature and pressure relief valve and the expansion relief valve</li>
<li>checking the pressure reducing valve and cleaning the strainer</li>
<li>checking the tundish and discharge pipe run</li>
<li>testing the thermostats and the high-limit cut-out on the immersion and boiler coil</li>
</ul>
<p class="brz-tp-lg-paragraph">An unvented cylinder service is &#163;95 on its own, or &#163;155 when I do it on the
same visit as your boiler service.</p>
<h3 class="brz-tp-lg-heading3">Water coming out of the tundish?</h3>
<p class="brz-tp-lg-paragraph">The tundish is the little open funnel on the pipework next to the cylinder, usually in
the airing cupboard. It should be dry. Water dripping or running through it means one of the relief valves is
letting go &#8211; most often because the expansion vessel has lost its charge, sometimes because a valve is
faulty. Don&#8217;t block or tape over it. Book a visit soon; if water is pouring through continuously or it&#8217;s
very hot, switch off the boiler and the immersion heater and call me.</p>
<p class="brz-tp-lg-paragraph">Replacing a failed expansion vessel starts from &#163;180 including the vessel.</p>"""
)

_FROZEN = _rt(
    """<h2 class="brz-tp-lg-heading2">Boiler stopped in freezing weather? Check the condensate pipe</h2>
<p class="brz-tp-lg-paragraph">Modern condensing boilers drain a little acidic water through a plastic pipe,
usually white or grey, running outside to a drain. In a hard frost the water in it freezes, the boiler can&#8217;t
drain and it locks out &#8211; typically showing EA 227 on a Worcester, F28 or F29 on a Vaillant, or E133 on a
Baxi, and sometimes making a gurgling noise. This is the number one call I get on cold mornings, and you can
usually fix it yourself:</p>
<ol class="brz-list">
<li>Find the plastic condensate pipe where it comes out of the wall and runs to the drain.</li>
<li>Pour warm (not boiling) water from a kettle or watering can along the pipe, especially at the open end and
any bends. Or hold a hot water bottle on it.</li>
<li>Once it&#8217;s clear, reset the boiler (check your manual for the reset button).</li>
</ol>
<p class="brz-tp-lg-paragraph">If yours freezes every winter, I can re-run or upsize the outside section to 32mm
insulated pipe, which is much less likely to freeze. That&#8217;s a fixed &#163;95.</p>
<h2 class="brz-tp-lg-heading2">Frozen water pipes</h2>
<p class="brz-tp-lg-paragraph">If no water comes out of a tap in freezing weather, a pipe is probably frozen &#8211;
typically in the loft, a garage or on an outside wall. Turn off the stopcock first (a frozen pipe may have split
and will leak as it thaws), then thaw it gently with a hairdryer or hot water bottles, working from the tap end
back. Never use a blowtorch or any naked flame.</p>
<h2 class="brz-tp-lg-heading2">Going away in winter?</h2>
<p class="brz-tp-lg-paragraph">Leave the heating on a low setting &#8211; around 12&#176;C, or the frost setting
on your thermostat &#8211; rather than turning it off, and open the loft hatch so some warmth gets up there. For
longer trips it&#8217;s worth turning off the stopcock too, and asking a neighbour to pop in. Lagging loft pipes and
the cold water tank with foam insulation costs a few pounds and saves a lot of ceiling repairs.</p>"""
)

_EMERGENCIES = _rt(
    """<h2 class="brz-tp-lg-heading2">Smell gas? Don&#8217;t call me first</h2>
<p class="brz-tp-lg-paragraph">If you smell gas, call the National Gas Emergency Service free on
<a class="brz-a" href="tel:0800111999">0800 111 999</a>, 24 hours a day. Turn off the gas at the meter if you can,
open doors and windows, don&#8217;t use light switches or anything electrical, don&#8217;t smoke or use naked
flames, and get out of the house. Their engineer will make it safe (often by capping off an appliance). Once
they&#8217;ve been, call me and I&#8217;ll find and repair the fault.</p>
<h2 class="brz-tp-lg-heading2">Burst pipe or water pouring through the ceiling</h2>
<ol class="brz-list">
<li>Turn off the water at the stopcock &#8211; usually under the kitchen sink, sometimes in a downstairs toilet
or where the pipe comes in.</li>
<li>Turn off your combi boiler or immersion heater, then open the cold taps to drain the system down.</li>
<li>If water is near light fittings or sockets, don&#8217;t touch them &#8211; switch off at the fuse box only if
you can reach it without standing in water.</li>
<li>Ring me on 07817 462093. Please call, don&#8217;t text, for an emergency.</li>
</ol>
<h2 class="brz-tp-lg-heading2">When I can come out &#8211; and when I can&#8217;t</h2>
<p class="brz-tp-lg-paragraph">I&#8217;m one man with one van, not a 24-hour call centre. I answer the emergency
line from 7am to 9pm, seven days a week, and I&#8217;ll come out if I possibly can. In Exeter I&#8217;m usually
with you within two hours of your call.</p>
<p class="brz-tp-lg-paragraph">I don&#8217;t go out after 9pm. I&#8217;m working again at 8 the next morning
and I need to be safe. For late-night emergencies, turn off the water or boiler, keep warm and call me at 7am
&#8211; I keep early slots free in winter for exactly this. I also can&#8217;t come out when I&#8217;m already in the
middle of a job I can&#8217;t leave, or when I&#8217;m on holiday. When I can&#8217;t come, I&#8217;ll tell you
straight away so you can ring someone else.</p>
<p class="brz-tp-lg-paragraph">I give priority to elderly or vulnerable customers, families with babies, leaks
I can&#8217;t stop over the phone, and no heating in freezing weather. A dripping tap or a slow toilet can wait for a
normal booking. Out-of-hours rates are on the <a class="brz-a" href="/prices/">prices page</a>.</p>"""
)

_PRICES = _rt(
    """<h2 class="brz-tp-lg-heading2">Labour rates</h2>
<p class="brz-tp-lg-paragraph">The first hour includes coming out to you &#8211; there&#8217;s no separate call-out
fee. After the first hour I charge in half-hour blocks.</p>
<div class="brz-table"><table class="brz-table__inner">
<thead><tr><th>When</th><th>First hour (incl. call-out)</th><th>Then, per half hour</th></tr></thead>
<tbody>
<tr><td>Monday&#8211;Friday, 8am&#8211;5:30pm</td><td>&#163;75</td><td>&#163;27.50</td></tr>
<tr><td>Weekday evenings 5:30pm&#8211;9pm, and Saturdays</td><td>&#163;110</td><td>&#163;40</td></tr>
<tr><td>Sundays and bank holidays, 7am&#8211;9pm</td><td>&#163;140</td><td>&#163;50</td></tr>
</tbody></table></div>
<p class="brz-tp-lg-paragraph">Parts are charged at trade price plus 10%. I&#8217;m not VAT registered, so there is
no VAT to add to any of my prices &#8211; what you see is what you pay.</p>
<h2 class="brz-tp-lg-heading2">Fixed prices for common jobs</h2>
<p class="brz-tp-lg-paragraph">Weekday prices, including labour and standard parts, where there are no nasty
surprises (seized valves, rotten pipework, no access).</p>
<div class="brz-table"><table class="brz-table__inner">
<thead><tr><th>Job</th><th>Fixed price</th></tr></thead>
<tbody>
<tr><td>Replace a tap washer or standard ceramic cartridge</td><td>&#163;85</td></tr>
<tr><td>Fit a new kitchen mixer or basin tap you&#8217;ve bought</td><td>&#163;120</td></tr>
<tr><td>New outside tap, including tap, double check valve and inside isolating valve</td><td>&#163;145</td></tr>
<tr><td>Connect a washing machine or dishwasher to existing plumbing</td><td>&#163;65</td></tr>
<tr><td>New supply and waste for a washing machine or dishwasher (near the sink)</td><td>&#163;160</td></tr>
<tr><td>Replace a toilet fill valve</td><td>&#163;95</td></tr>
<tr><td>Replace a toilet flush valve or siphon</td><td>&#163;110</td></tr>
<tr><td>Swap an old toilet for a new one you supply (same position)</td><td>&#163;220</td></tr>
<tr><td>Replace a stopcock</td><td>&#163;130</td></tr>
<tr><td>Annual gas boiler service</td><td>&#163;85</td></tr>
<tr><td>Connect a freestanding gas cooker (bayonet hose and stability chain included)</td><td>&#163;90</td></tr>
<tr><td>Fit a gas hob to an existing gas supply</td><td>&#163;120</td></tr>
</tbody></table></div>
<p class="brz-tp-lg-paragraph">Landlord certificates, unvented cylinder services and range cookers are priced on
their own pages. Anything bigger gets a written quote first.</p>"""
)

_PAYMENT = _rt(
    """<h2 class="brz-tp-lg-heading2">How to pay</h2>
<p class="brz-tp-lg-paragraph">I take payment when the job is finished. You can pay by:</p>
<ul class="brz-list">
<li>debit or credit card on my card reader (contactless, Apple Pay and Google Pay all fine)</li>
<li>bank transfer &#8211; details are on the invoice</li>
<li>cash</li>
</ul>
<p class="brz-tp-lg-paragraph">Sorry, I no longer accept cheques.</p>
<h2 class="brz-tp-lg-heading2">Invoices</h2>
<p class="brz-tp-lg-paragraph">Every job gets a proper invoice, emailed the same day, showing labour, parts and
what I did (with before and after photos on bigger jobs). If you&#8217;d prefer a paper copy, just ask. Private
customers paying by bank transfer should pay within 3 days of the invoice. Landlords, letting agents and
businesses with an account pay within 14 days. After that I&#8217;ll send a reminder, and business accounts may
be charged statutory late-payment interest.</p>
<p class="brz-tp-lg-paragraph">If you need an invoice in someone else&#8217;s name &#8211; a landlord, an insurance
company or a relative who&#8217;s paying &#8211; tell me before the job so I can set it up correctly.</p>
<h2 class="brz-tp-lg-heading2">Deposits</h2>
<p class="brz-tp-lg-paragraph">For most jobs there&#8217;s no deposit. If I need to order parts over &#163;200 that
are specific to your job (a particular tap range or boiler part that can&#8217;t be returned), I ask for the cost
of those parts upfront.</p>
<h2 class="brz-tp-lg-heading2">Cancelling or moving an appointment</h2>
<p class="brz-tp-lg-paragraph">Plans change, that&#8217;s fine. Give me at least 24 hours&#8217; notice and
there&#8217;s no charge to cancel or rebook. If you cancel with less than 24 hours&#8217; notice, or nobody&#8217;s in
when I arrive at the agreed time, I charge a &#163;35 wasted-visit fee, because as a one-man business that slot is
gone. I&#8217;ll always try to fill it, and if I can, I won&#8217;t charge.</p>
<p class="brz-tp-lg-paragraph">If I&#8217;m running late because a job has overrun, I&#8217;ll text you with a new
arrival time.</p>"""
)

_HOURS = _rt(
    """<h2 class="brz-tp-lg-heading2">Working hours</h2>
<div class="brz-table"><table class="brz-table__inner">
<tbody>
<tr><td>Monday &#8211; Friday</td><td>8:00am &#8211; 5:30pm</td></tr>
<tr><td>Saturday</td><td>8:00am &#8211; 1:00pm (planned work)</td></tr>
<tr><td>Sunday</td><td>Closed (emergencies only)</td></tr>
</tbody></table></div>
<p class="brz-tp-lg-paragraph">I answer the phone from 7:30am to 6pm on weekdays and until 1pm on Saturdays. If
I&#8217;m under a sink or on a roof I can&#8217;t pick up &#8211; leave a voicemail or send a WhatsApp and I&#8217;ll
get back to you the same day, or the next working morning if it&#8217;s late.</p>
<h2 class="brz-tp-lg-heading2">Holidays 2025&#8211;26</h2>
<p class="brz-tp-lg-paragraph">Being a one-man business, when I&#8217;m away, the business is closed &#8211; including
emergency call-outs. Dates I&#8217;m away:</p>
<ul class="brz-list">
<li>Summer: Monday 11 August to Friday 22 August 2025</li>
<li>Christmas: last working day Tuesday 23 December 2025, back on Monday 5 January 2026</li>
<li>Spring half term: Monday 16 to Friday 20 February 2026</li>
</ul>
<p class="brz-tp-lg-paragraph">My voicemail gives the numbers of two other local plumbers I trust while I&#8217;m
away.</p>
<h2 class="brz-tp-lg-heading2">Areas I cover</h2>
<p class="brz-tp-lg-paragraph">Most of my work is within Exeter itself and the villages close by. No travel
charge in:</p>
<p class="brz-tp-lg-paragraph">Exeter city centre, Heavitree, St Leonards, Newtown, Pennsylvania, Pinhoe, Whipton,
Beacon Heath, Stoke Hill, Polsloe, Mount Pleasant, St Thomas, Alphington, Exwick, Cowick, St David&#8217;s,
Countess Wear, Wonford, Newcourt, Topsham, Exminster, Ide and Clyst St Mary.</p>
<p class="brz-tp-lg-paragraph">A little further out I add a &#163;15 travel supplement per visit:
Exmouth, Lympstone, Dawlish, Starcross, Kennford, Kenn, Chudleigh, Crediton, Broadclyst, Silverton, Cullompton
and Budleigh Salterton.</p>
<p class="brz-tp-lg-paragraph">I don&#8217;t cover Tiverton, Honiton, Sidmouth, Newton Abbot, Teignmouth or
Okehampton &#8211; you&#8217;ll get a quicker service from someone based there. You can search for a local
engineer on the Gas Safe Register website.</p>"""
)

_DONT_DO = _rt(
    """<h2 class="brz-tp-lg-heading2">Jobs I don&#8217;t do &#8211; and who I&#8217;d call instead</h2>
<p class="brz-tp-lg-paragraph">I&#8217;d rather be honest than take on something I&#8217;m not the right person
for. These are the firms I recommend to my own customers. I don&#8217;t get any commission.</p>
<h3 class="brz-tp-lg-heading3">New boilers and full heating systems</h3>
<p class="brz-tp-lg-paragraph">I repair and service boilers, but I don&#8217;t do boiler replacements or new
central heating systems &#8211; they take a team several days and I&#8217;d have to close my diary to everyone else.
I recommend <strong>Exe Valley Heating</strong> in Marsh Barton, who fit good boilers at fair prices.</p>
<h3 class="brz-tp-lg-heading3">Oil boilers, Rayburns and Agas</h3>
<p class="brz-tp-lg-paragraph">Oil-fired appliances need an OFTEC-registered technician, which I&#8217;m not. Try
<strong>Haldon Oil Services</strong>, who cover most of East and Mid Devon.</p>
<h3 class="brz-tp-lg-heading3">LPG, caravans, park homes and boats</h3>
<p class="brz-tp-lg-paragraph">I&#8217;m registered for natural gas in houses only. Bottled or tank LPG, leisure
vehicles and boats need different qualifications &#8211; check the Gas Safe Register for an engineer with the right
categories.</p>
<h3 class="brz-tp-lg-heading3">Blocked drains</h3>
<p class="brz-tp-lg-paragraph">I&#8217;ll clear a blocked sink trap or toilet pan, but not drains, manholes or sewers.
For those call <strong>Devon DrainClear</strong> (24 hours). If the blockage is in a pipe shared with your
neighbours or under the road, it&#8217;s South West Water&#8217;s responsibility, so ring them first.</p>
<h3 class="brz-tp-lg-heading3">Bathroom refits and tiling</h3>
<p class="brz-tp-lg-paragraph">Full bathroom renovations need a plumber, tiler, plasterer and electrician working
together. <strong>Topsham Bathroom Company</strong> do it all under one roof.</p>
<h3 class="brz-tp-lg-heading3">Electrical work</h3>
<p class="brz-tp-lg-paragraph">Wiring for electric showers, hard-wired cookers and new circuits needs a qualified
electrician. I work alongside <strong>Brightwire Electrical</strong> (NICEIC approved).</p>
<h3 class="brz-tp-lg-heading3">Saniflo and macerator toilets</h3>
<p class="brz-tp-lg-paragraph">Saniflo have their own service engineers who carry the parts &#8211; book them
direct through the Saniflo website.</p>
<h3 class="brz-tp-lg-heading3">Commercial kitchens</h3>
<p class="brz-tp-lg-paragraph">Restaurants, pubs and cafes need a commercial catering gas engineer. My
qualifications are for homes only.</p>"""
)

_REVIEWS = _rt(
    """<h2 class="brz-tp-lg-heading2">What my customers say</h2>
<p class="brz-tp-lg-paragraph">Most of my work comes from word of mouth, and I&#8217;m proud of my reviews. I&#8217;m
rated <strong>4.9 out of 5 on Google</strong> from 132 reviews, and I&#8217;ve been a vetted
<strong>Checkatrade</strong> member since 2018 with a score of 9.9 out of 10 from 87 reviews. I don&#8217;t pick and
choose &#8211; you can read every one on both sites.</p>
<div class="brz-review"><p class="brz-tp-lg-paragraph">&#9733;&#9733;&#9733;&#9733;&#9733; &#8220;Our boiler packed
up the week my daughter came home from hospital. Dan came the same morning, had the part in his van and we were
warm by lunchtime. Can&#8217;t thank him enough.&#8221; &#8211; Sarah P., Exwick</p></div>
<div class="brz-review"><p class="brz-tp-lg-paragraph">&#9733;&#9733;&#9733;&#9733;&#9733; &#8220;I manage eleven
student lets in St James and Dan does all the gas certificates. Always on time, certificates in my inbox the same
night, and he deals with the students directly.&#8221; &#8211; Richard T., letting agent</p></div>
<div class="brz-review"><p class="brz-tp-lg-paragraph">&#9733;&#9733;&#9733;&#9733;&#9733; &#8220;Fitted an outside
tap and plumbed in our dishwasher in one visit. Kieran was very polite and cleaned up better than we would
have.&#8221; &#8211; Anne and Geoff, Topsham</p></div>
<div class="brz-review"><p class="brz-tp-lg-paragraph">&#9733;&#9733;&#9733;&#9733;&#9734; &#8220;Good job on the
toilet, only four stars because I had to wait a week &#8211; but worth it.&#8221; &#8211; Lee M., Whipton</p></div>
<div class="brz-review"><p class="brz-tp-lg-paragraph">&#9733;&#9733;&#9733;&#9733;&#9733; &#8220;Told me straight
that my old boiler wasn&#8217;t worth repairing and pointed me to a firm that fits them. Refreshing
honesty.&#8221; &#8211; Priya K., Pennsylvania</p></div>
<h3 class="brz-tp-lg-heading3">Leave a review</h3>
<p class="brz-tp-lg-paragraph">If I&#8217;ve done a job for you, a review really helps a small business like mine:
<a class="brz-a" href="https://g.page/r/coombe-plumbing-exeter/review" target="_blank" rel="noopener">review on
Google</a> or <a class="brz-a" href="https://www.checkatrade.com/trades/coombeplumbinggas" target="_blank"
rel="noopener">review on Checkatrade</a>.</p>"""
)

_CONTACT = _rt(
    """<h2 class="brz-tp-lg-heading2">Get in touch</h2>
<p class="brz-tp-lg-paragraph">The quickest way to reach me is a WhatsApp or text to 07817 462093. During the day
I&#8217;m usually working with my hands full, so messages get answered faster than calls &#8211; I reply within one
working day. For emergencies, please ring rather than message.</p>
<h3 class="brz-tp-lg-heading3">Getting a quote</h3>
<p class="brz-tp-lg-paragraph">For small jobs, send me a couple of photos &#8211; the problem, plus a wider shot
showing where it is &#8211; with your postcode and a line about what&#8217;s wrong. From photos I can usually give you
a fixed price, or at least tell you which rate applies and roughly how long it&#8217;ll take. For bigger jobs
I&#8217;ll come and look: quote visits are free within Exeter and the villages where I don&#8217;t charge travel.
Written quotes are valid for 30 days.</p>
<h3 class="brz-tp-lg-heading3">Booking</h3>
<p class="brz-tp-lg-paragraph">For planned work I&#8217;m usually booked up 3 to 7 working days ahead, a bit longer
in autumn when everyone remembers their boiler service. I book morning (8am&#8211;12pm) or afternoon (12pm&#8211;5:30pm)
slots and text when I&#8217;m on my way.</p>
<div class="brz-forms2 brz-css-form"><form class="brz-form" action="#" method="post" novalidate>
<div class="brz-forms2__item"><label class="brz-label" for="f-name">Name</label>
<input class="brz-input" type="text" id="f-name" name="name" required></div>
<div class="brz-forms2__item"><label class="brz-label" for="f-phone">Phone</label>
<input class="brz-input" type="tel" id="f-phone" name="phone" required></div>
<div class="brz-forms2__item"><label class="brz-label" for="f-postcode">Postcode</label>
<input class="brz-input" type="text" id="f-postcode" name="postcode"></div>
<div class="brz-forms2__item"><label class="brz-label" for="f-job">What&#8217;s the job?</label>
<textarea class="brz-textarea" id="f-job" name="job"></textarea></div>
<div class="brz-forms2__item"><label class="brz-label" for="f-photo">Photos (optional)</label>
<input class="brz-input" type="file" id="f-photo" name="photo" multiple></div>
<div class="brz-forms2__item brz-forms2__item-button"><button class="brz-btn" type="submit">Send</button></div>
</form></div>
<p class="brz-tp-lg-paragraph">My address is my home office &#8211; there&#8217;s no shop or showroom, so please
don&#8217;t call round.</p>"""
)

_FAQ = _rt(
    '<p class="brz-tp-lg-paragraph">The questions I get asked most. Can&#8217;t find yours? Just message me.</p>'
) + _accordion(
    [
        (
            "Do you guarantee your work?",
            '<p class="brz-tp-lg-paragraph">Yes. All my workmanship is guaranteed for 12 months. Parts I supply '
            "carry the manufacturer&#8217;s warranty (many taps and valves have 5 years). If you buy your own parts "
            "I&#8217;ll happily fit them, but then only my workmanship is guaranteed, not the part.</p>",
        ),
        (
            "Will you protect my floors and carpets?",
            '<p class="brz-tp-lg-paragraph">Always. We put dust sheets down from the front door to where we&#8217;re '
            "working, wear shoe covers indoors, and hoover up before we leave. Old taps, valves and packaging go "
            "away with us.</p>",
        ),
        (
            "Where should you park?",
            '<p class="brz-tp-lg-paragraph">I need to park close by as my tools are in the van. If you live in a '
            "resident-permit street (St Leonards, Heavitree, Newtown and lots of others), a visitor permit is a big "
            "help. Otherwise any pay-and-display parking is added to the bill at cost.</p>",
        ),
        (
            "Do I need to be at home?",
            '<p class="brz-tp-lg-paragraph">For gas work an adult needs to be in at the start and end so I can '
            "explain what I&#8217;ve done. For plumbing jobs I can let myself in with a key safe or a key left "
            "with a neighbour, and send you photos when I&#8217;m done.</p>",
        ),
        (
            "I have a dog &#8211; is that a problem?",
            '<p class="brz-tp-lg-paragraph">Not at all, I like dogs. Just please keep them in another room while '
            "we&#8217;re working, especially when doors are open and tools are out.</p>",
        ),
        (
            "Is it worth repairing my old boiler?",
            '<p class="brz-tp-lg-paragraph">Usually, if it&#8217;s under 12&#8211;15 years old and parts are still '
            "made. I&#8217;ll always tell you honestly if the repair costs more than it&#8217;s worth.</p>",
        ),
        (
            "My water pressure is low &#8211; can you help?",
            '<p class="brz-tp-lg-paragraph">If it&#8217;s low at one tap, it&#8217;s usually a blocked aerator or a '
            "half-closed valve and I can sort it. If it&#8217;s low everywhere, check with your neighbours and "
            "South West Water first &#8211; the mains pressure in the street is theirs.</p>",
        ),
    ]
)

HTML = {
    "/": _page(
        "/",
        "Plumber &amp; Gas Engineer in Exeter",
        "Coombe Plumbing &amp; Gas: friendly, Gas Safe registered plumber in Exeter, Devon.",
        _HOME,
    ),
    "/about/": _page(
        "/about/",
        "About Dan &amp; Kieran",
        "Meet Dan Coombe, Gas Safe engineer, and apprentice Kieran. Qualifications and insurance.",
        _ABOUT,
        _sidebar_contact(),
    ),
    "/taps-and-leaks/": _page(
        "/taps-and-leaks/",
        "Dripping Taps &amp; Leaking Pipes",
        "Tap washer and cartridge repairs, leaking pipes and hidden leaks in Exeter.",
        _TAPS,
        _sidebar_services(),
    ),
    "/toilets-and-cisterns/": _page(
        "/toilets-and-cisterns/",
        "Toilet Repairs &amp; Cisterns",
        "Running toilets, broken flush handles, leaking cisterns and toilet replacement in Exeter.",
        _TOILETS,
        _sidebar_services(),
    ),
    "/outside-taps-and-appliances/": _page(
        "/outside-taps-and-appliances/",
        "Outside Taps, Washing Machines &amp; Dishwashers",
        "Outside taps fitted, washing machine and dishwasher plumbing in Exeter.",
        _APPLIANCES,
        _sidebar_services(),
    ),
    "/boiler-repairs-and-servicing/": _page(
        "/boiler-repairs-and-servicing/",
        "Boiler Repairs &amp; Servicing",
        "Gas boiler breakdown repairs and annual boiler services in Exeter by a Gas Safe engineer.",
        _BOILERS,
        _sidebar_services(),
    ),
    "/gas-cookers-and-hobs/": _page(
        "/gas-cookers-and-hobs/",
        "Gas Cooker &amp; Hob Fitting",
        "Gas cooker, hob and range cooker installation and disconnection in Exeter.",
        _COOKERS,
        _sidebar_services(),
    ),
    "/landlord-gas-safety/": _page(
        "/landlord-gas-safety/",
        "Landlord Gas Safety Certificates",
        "CP12 landlord gas safety records in Exeter with a free reminder service.",
        _LANDLORD,
        _sidebar_services(),
    ),
    "/unvented-cylinders/": _page(
        "/unvented-cylinders/",
        "Unvented Cylinder Servicing",
        "G3 unvented hot water cylinder servicing and repairs in Exeter: Megaflo, Gledhill and more.",
        _UNVENTED,
        _sidebar_services(),
    ),
    "/frozen-pipes-and-condensate/": _page(
        "/frozen-pipes-and-condensate/",
        "Frozen Pipes &amp; Condensate Advice",
        "What to do when your boiler condensate pipe or water pipes freeze.",
        _FROZEN,
        _sidebar_contact(),
    ),
    "/emergencies/": _page(
        "/emergencies/",
        "Emergency Plumber &amp; Gas Engineer",
        "Gas smells, burst pipes and when I can come out in an emergency.",
        _EMERGENCIES,
    ),
    "/prices/": _page(
        "/prices/",
        "Prices",
        "Call-out, hourly rates and fixed prices for plumbing and gas jobs in Exeter.",
        _PRICES,
        _sidebar_contact(),
    ),
    "/payment-and-invoices/": _page(
        "/payment-and-invoices/",
        "Payment, Invoices &amp; Cancellations",
        "How to pay, invoices, deposits and cancellation policy.",
        _PAYMENT,
        _sidebar_contact(),
    ),
    "/hours-and-areas/": _page(
        "/hours-and-areas/",
        "Hours, Holidays &amp; Areas Covered",
        "Working hours, holiday dates and the areas around Exeter I cover.",
        _HOURS,
        _sidebar_contact(),
    ),
    "/jobs-i-dont-do/": _page(
        "/jobs-i-dont-do/",
        "Jobs I Don&#8217;t Do",
        "Work I don't take on, and the local firms I recommend instead.",
        _DONT_DO,
    ),
    "/reviews/": _page(
        "/reviews/",
        "Reviews",
        "Customer reviews of Coombe Plumbing &amp; Gas on Google and Checkatrade.",
        _REVIEWS,
    ),
    "/contact/": _page(
        "/contact/",
        "Contact &amp; Quotes",
        "Contact Dan for a quote: phone, WhatsApp photos or the online form.",
        _CONTACT,
    ),
    "/faq/": _page(
        "/faq/",
        "Frequently Asked Questions",
        "Guarantees, parking, pets, access and other common questions.",
        _FAQ,
        _sidebar_services(),
    ),
}

QUESTIONS = [
    ("is your apprentice allowed to do gas work on his own", "/about/"),
    (
        "Our water bill from South West Water has nearly doubled and we can't see any water anywhere. "
        "How do we find out if there's a leak?",
        "/taps-and-leaks/",
    ),
    ("the bathroom tap drips all night, drip drip drip, can it be fixed or do i need a new tap?", "/taps-and-leaks/"),
    (
        "Hiya, the loo keeps trickling into the bowl for ages after we flush and you can hear the cistern hissing. "
        "Is that something you sort?",
        "/toilets-and-cisterns/",
    ),
    (
        "We've got a new dishwasher coming from Currys next Thursday but there's never been one in the kitchen, no "
        "pipes or anything. Can you get it plumbed in?",
        "/outside-taps-and-appliances/",
    ),
    ("what should i do with my garden tap before the frosts come", "/outside-taps-and-appliances/"),
    ("How long does a boiler service take and what do you actually check?", "/boiler-repairs-and-servicing/"),
    (
        "My Vaillant is only 3 years old and it's started leaking underneath. Should I get you out or call Vaillant?",
        "/boiler-repairs-and-servicing/",
    ),
    (
        "We've ordered a big Rangemaster off the internet, can you put it in and get rid of our old cooker?",
        "/gas-cookers-and-hobs/",
    ),
    (
        "I let out a one bed flat in St Leonards, boiler and a gas hob. How much for the yearly gas certificate?",
        "/landlord-gas-safety/",
    ),
    (
        "we've literally just had new cream carpets fitted throughout, will you be careful tramping through with "
        "your tools",
        "/faq/",
    ),
    (
        "There's water dribbling out of a little open funnel thing on the pipes next to the hot water tank in the "
        "airing cupboard. Is that bad?",
        "/unvented-cylinders/",
    ),
    (
        "Its minus 4 this morning and the boiler wont fire up, keeps flashing F28. Kids have no hot water!",
        "/frozen-pipes-and-condensate/",
    ),
    (
        "We're off to see family in Australia for three weeks in January, how do we stop the pipes freezing while "
        "the house is empty?",
        "/frozen-pipes-and-condensate/",
    ),
    ("I think I can smell gas by the cooker, can you come round now?", "/emergencies/"),
    (
        "A pipe's burst in the loft and water is coming through the landing ceiling, what do I do??",
        "/emergencies/",
    ),
    ("What's your hourly rate?", "/prices/"),
    ("do i have to pay vat on top of your prices", "/prices/"),
    ("Can I pay on card when you've finished?", "/payment-and-invoices/"),
    (
        "Something's come up at work and I can't be in tomorrow morning for the appointment. Will I get charged "
        "for cancelling?",
        "/payment-and-invoices/",
    ),
    ("Are you working the week after Christmas? My kitchen tap has gone", "/hours-and-areas/"),
    ("Do you come out to Exmouth?", "/hours-and-areas/"),
    (
        "Our house is out near Silverton way and we've got an oil boiler in an outside box, do you service those?",
        "/jobs-i-dont-do/",
    ),
    ("Are you any good? Are you on checkatrade or anything", "/reviews/"),
    ("Can I just send you a photo of the leak and get a price?", "/contact/"),
]

OUT_OF_SCOPE = [
    "Can you fit a water softener under my kitchen sink?",
    "Do you do a monthly boiler cover plan like British Gas HomeCare?",
    "Is there a discount for pensioners?",
    "Can you put underfloor heating in our new kitchen extension?",
    "Could you set up a Hive smart thermostat for me?",
    "Are you taking on another apprentice next year? My son's interested",
    "What time does the Exeter Christmas market open?",
    "Can you recommend a good Indian takeaway near Heavitree?",
]
