"""An evaluation site: Sheep Street Dental Studio, a private-only boutique dental practice in a market town (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML is a Showit site: absolutely
positioned design canvases (div class="sb sib-*" with data-sid attributes, "d" blocks, "se" elements with text in
"se-t" / "se-rc" boxes), a hamburger nav overlay and dropdown canvases, embedded price tables, and an FAQ built
from repeated canvases each holding a question box and an answer box.
"""

import hashlib
import itertools
import re

NAME = "Sheep Street Dental Studio"

_PHONE = "01608 662 418"
_TEL = "tel:01608662418"
_EMAIL = "hello@sheepstreetdental.co.uk"
_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_COUNTER = itertools.count(1)


def _sid() -> str:
    """A Showit-style short id, deterministic so the module is stable between imports."""
    n = int(hashlib.sha256(f"sheep-street-{next(_COUNTER)}".encode()).hexdigest()[:16], 16)
    out = ""
    for _ in range(9):
        n, r = divmod(n, 62)
        out += _ALPHABET[r]
    return out


# ---- Showit element helpers: each emits a "sie-%%" placeholder that _canvas numbers -------------------------


def _el(inner: str, attrs: str = "", extra_class: str = "") -> str:
    cls = f"se sie-%% {extra_class}".strip()
    return f'<div data-sid="{_sid()}" class="{cls}"{attrs}>{inner}</div>'


def _h(text: str, level: int = 2) -> str:
    return _el(f'<h{level} class="se-t">{text}</h{level}>', ' data-sie="text"')


def _txt(html: str) -> str:
    return _el(f'<div class="se-rc"><div class="se-t">{html}</div></div>', ' data-sie="text"')


def _img(alt: str, src: str) -> str:
    return _el(
        f'<div class="se-img" role="img" aria-label="{alt}" data-src="/showit/img/{src}"></div>',
        ' data-sie="image"',
    )


def _btn(label: str, href: str) -> str:
    return (
        f'<a href="{href}" target="_self" class="se-a">'
        + _el(f'<div class="se-shape"></div><div class="se-t">{label}</div>', ' data-sie="button"', "se-btn")
        + "</a>"
    )


def _embed(html: str) -> str:
    return _el(f'<div class="se-embed"><div class="se-rc">{html}</div></div>', ' data-sie="embed"')


def _line() -> str:
    return _el('<div class="se-line"></div>', ' data-sie="line"')


def _canvas(name: str, *elements: str, extra: str = "") -> str:
    numbers = itertools.count(1)
    inner = re.sub(r"sie-%%", lambda _m: f"sie-{name}_{next(numbers)}", "\n".join(elements))
    return (
        f'<div id="{name}" class="sb sib-{name}" data-sid="{_sid()}"{extra}>\n'
        f'<div class="ss-s ss-bg"><div class="sc">\n<div class="d" data-sid="{_sid()}">\n'
        f"{inner}\n</div>\n</div></div>\n</div>\n"
    )


def _css(document: str) -> str:
    """Showit writes every element's absolute position into the head; mimic that for the elements used."""
    rules = []
    for i, cls in enumerate(dict.fromkeys(re.findall(r"sie-([a-z0-9-]+_\d+)", document))):
        n = int(cls.rsplit("_", 1)[1])
        left, top, width = 40 + (i * 37) % 520, 20 + n * 46, 320 + (i * 53) % 460
        rules.append(f".sie-{cls}{{left:{left}px;top:{top}px;width:{width}px;}}")
    mobile = [r.replace("px;width", "px;max-width") for r in rules[:12]]
    return "\n".join(rules) + "\n@media (max-width:767px){\n" + "\n".join(mobile) + "\n}"


# ---- shared canvases: header, dropdown mega menu, hamburger overlay, footer, cookie bar ----------------------

_TREATMENTS = [
    ("/examination-and-hygiene/", "Examinations &amp; Hygiene"),
    ("/smile-makeovers/", "Smile Makeovers"),
    ("/invisalign/", "Invisalign"),
    ("/teeth-whitening/", "Teeth Whitening"),
    ("/veneers-and-bonding/", "Veneers &amp; Bonding"),
    ("/dental-implants/", "Dental Implants"),
    ("/teeth-grinding/", "Teeth Grinding &amp; Night Guards"),
    ("/bad-breath-clinic/", "Bad Breath Clinic"),
]
_PATIENTS = [
    ("/new-patients/", "New Patients"),
    ("/children/", "Children Go Free"),
    ("/fees-and-finance/", "Fees &amp; Finance"),
    ("/booking-and-cancellations/", "Booking &amp; Cancellations"),
    ("/accessibility/", "Accessibility"),
    ("/faq/", "FAQs"),
]
_ABOUT = [
    ("/meet-the-team/", "Meet the Team"),
    ("/find-us/", "Find Us &amp; Opening Hours"),
]


def _links(items: list[tuple[str, str]]) -> str:
    return "\n".join(
        f'<a href="{href}" target="_self" class="se-a">' + _el(f'<span class="se-t">{label}</span>') + "</a>"
        for href, label in items
    )


_HEADER = _canvas(
    "header",
    '<a href="/" target="_self" class="se-a" aria-label="Sheep Street Dental Studio home">'
    + _img("Sheep Street Dental Studio logo", "sheep-street-logo-cream.png")
    + "</a>",
    _el(
        '<nav class="se-nav" aria-label="Main">'
        '<a href="/" class="se-t">Home</a>'
        '<span class="se-t se-dd" data-dropdown="dd-treatments">Treatments &#9662;</span>'
        '<span class="se-t se-dd" data-dropdown="dd-patients">Patients &#9662;</span>'
        '<span class="se-t se-dd" data-dropdown="dd-about">About &#9662;</span>'
        '<a href="/emergency-dentist/" class="se-t">Emergencies</a>'
        "</nav>"
    ),
    _el(f'<div class="se-t"><a href="{_TEL}">{_PHONE}</a></div>', ' data-sie="text"'),
    _btn("BOOK A VISIT", "/booking-and-cancellations/"),
    _el(
        '<div class="se-hamburger" data-menu="mobile-menu" aria-label="Open menu">'
        "<span></span><span></span><span></span></div>",
        ' data-sie="icon"',
    ),
    extra=' data-sticky="true"',
)

_DROPDOWNS = (
    _canvas(
        "dd-treatments",
        _h("Treatments", 4),
        _links(_TREATMENTS),
        _txt("<em>Not sure where to start?</em> Our team can talk you through the options."),
        extra=' data-dropdown="1" style="display:none"',
    )
    + _canvas("dd-patients", _h("Patients", 4), _links(_PATIENTS), extra=' data-dropdown="1" style="display:none"')
    + _canvas(
        "dd-about",
        _h("About", 4),
        _links(_ABOUT),
        _links([("/emergency-dentist/", "Emergency Appointments")]),
        extra=' data-dropdown="1" style="display:none"',
    )
)

_MOBILE_MENU = _canvas(
    "mobile-menu",
    _el('<div class="se-close" aria-label="Close menu">&times;</div>', ' data-sie="icon"'),
    _links([("/", "Home")]),
    _h("Treatments", 5),
    _links(_TREATMENTS),
    _h("Patients", 5),
    _links(_PATIENTS),
    _h("About", 5),
    _links([*_ABOUT, ("/emergency-dentist/", "Emergencies")]),
    _btn("CALL US", _TEL),
    extra=' data-overlay="true" style="display:none"',
)

_FOOTER = (
    _canvas(
        "footer-cta",
        _h("Ready when you are."),
        _txt("Unhurried, private dentistry on Sheep Street. Call the studio or book online."),
        _btn("BOOK YOUR VISIT", "/booking-and-cancellations/"),
        _btn("NEW PATIENTS", "/new-patients/"),
    )
    + _canvas(
        "footer",
        _img("Sheep Street Dental Studio monogram", "ss-monogram.png"),
        _txt(
            "<strong>Sheep Street Dental Studio</strong><br>21 Sheep Street<br>Shipston-on-Stour<br>"
            "Warwickshire CV36 4AE"
        ),
        _txt(f'<a href="{_TEL}">{_PHONE}</a><br><a href="mailto:{_EMAIL}">{_EMAIL}</a>'),
        _txt(
            "<strong>Opening hours</strong><br>Mon &amp; Wed 8am&ndash;5.30pm<br>Tue &amp; Thu 8am&ndash;7pm<br>"
            'Fri 8am&ndash;3pm<br><a href="/find-us/">Full opening hours</a>'
        ),
        _h("Treatments", 5),
        _links(_TREATMENTS),
        _h("Patients", 5),
        _links([*_PATIENTS, *_ABOUT, ("/emergency-dentist/", "Emergencies")]),
        _el(
            '<a href="https://www.instagram.com/sheepstreetdental" class="se-social" aria-label="Instagram"></a>'
            '<a href="https://www.facebook.com/sheepstreetdental" class="se-social" aria-label="Facebook"></a>'
            '<a href="https://www.tiktok.com/@sheepstreetdental" class="se-social" aria-label="TikTok"></a>',
            ' data-sie="social"',
        ),
    )
    + _canvas(
        "footer-legal",
        _txt(
            "&copy; 2025 Sheep Street Dental Studio Ltd. Registered in England &amp; Wales no. 07634419. "
            "All our dentists, hygienists and nurses are registered with the General Dental Council. "
            "Registered with the Care Quality Commission."
        ),
        _txt('Site by <a href="https://www.instagram.com/wildoatdesign">Wild Oat Design</a> on Showit'),
    )
)

_COOKIE = _canvas(
    "cookie-bar",
    _txt("We use a few cookies to understand how people use this site. Nothing creepy, no selling your data."),
    _btn("ACCEPT", "#"),
    _btn("DECLINE", "#"),
    extra=' data-fixed="bottom"',
)

_REVIEWS = _canvas(
    "reviews",
    _h("Kind words", 3),
    _txt("&#9733;&#9733;&#9733;&#9733;&#9733; <strong>4.9</strong> from 312 Google reviews"),
    _txt(
        "&ldquo;I&rsquo;ve avoided dentists for years and honestly didn&rsquo;t expect to enjoy it. "
        'Nobody rushed me and nobody lectured me.&rdquo;<br><span class="se-t-small">&mdash; Hannah, Ilmington</span>'
    ),
    _txt(
        "&ldquo;Lovely calm building, appointments on time, and they actually explain what things cost before "
        'they start.&rdquo;<br><span class="se-t-small">&mdash; Robert, Shipston</span>'
    ),
    _txt(
        "&ldquo;Drive over from Chipping Norton because it&rsquo;s worth it. Fiona is a legend.&rdquo;"
        '<br><span class="se-t-small">&mdash; Gemma, Chipping Norton</span>'
    ),
)


def _page(path: str, title: str, description: str, body: str) -> str:
    content = _HEADER + _DROPDOWNS + _MOBILE_MENU + body + _FOOTER + _COOKIE
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title} | Sheep Street Dental Studio</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{description}">
<meta property="og:title" content="{title} | Sheep Street Dental Studio">
<meta property="og:description" content="{description}">
<meta property="og:type" content="website">
<meta property="og:image" content="/showit/img/og-sheep-street.jpg">
<meta name="generator" content="Showit">
<link rel="canonical" href="https://www.sheepstreetdental.co.uk{path}">
<link rel="icon" href="/showit/img/favicon.png">
<link rel="stylesheet" href="/showit/css/showit-base.min.css?v=2.14.3">
<link rel="stylesheet" href="/showit/css/fonts-cormorant-karla.css">
<style>
body{{margin:0;background:#f6f1ea;}}
.sb{{position:relative;}} .sc{{position:relative;margin:0 auto;width:1200px;}} .se{{position:absolute;}}
.se-t{{font-family:'Karla',sans-serif;color:#3d3a36;}} h1.se-t,h2.se-t,h3.se-t{{font-family:'Cormorant',serif;}}
.sib-header{{height:96px;}} .sib-mobile-menu{{position:fixed;inset:0;z-index:40;background:#2f3b35;}}
.sib-cookie-bar{{position:fixed;bottom:0;left:0;right:0;z-index:50;}}
{_css(content)}
</style>
<script async src="/showit/js/gtag.js?id=G-SSD7Q41KXM"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}
gtag('js',new Date());gtag('config','G-SSD7Q41KXM',{{anonymize_ip:true}});</script>
</head>
<body class="sp-body">
<div id="si-sp" class="sp" data-pid="{_sid()}" data-path="{path}">
{content}
</div>
</body>
</html>
"""


# ---- pages ----------------------------------------------------------------------------------------------------

_HOME = (
    _canvas(
        "home-hero",
        _img("The Georgian front of Sheep Street Dental Studio with a sage green door", "studio-front.jpg"),
        _h("Unhurried, private dentistry in the heart of Shipston", 1),
        _txt(
            "A small independent practice in a Georgian townhouse on Sheep Street. Three surgeries, one team, no rush."
        ),
        _btn("NEW PATIENTS", "/new-patients/"),
        _btn("IN PAIN? EMERGENCIES", "/emergency-dentist/"),
    )
    + _canvas(
        "home-intro",
        _h("Hello, and welcome to the studio"),
        _txt(
            "<p>Sheep Street Dental Studio opened in 2011, when Dr Eleanor Marsh left a busy city practice to do "
            "dentistry the way she had always wanted to: longer appointments, honest advice and enough time to "
            "actually listen. We are completely independent &ndash; not part of a group or a corporate chain &ndash; "
            "and we now look after around 2,400 patients from Shipston, the surrounding villages and further afield."
            "</p><p>Some people come to us for a straightforward check-up and clean. Others come because they have "
            "been unhappy with their smile for twenty years and are finally ready to do something about it. Either "
            "way you&rsquo;ll get the same thing: a clear explanation, a written plan with the price on it, and a "
            "team who remember your name.</p>"
        ),
        _img("Dr Eleanor Marsh laughing with a patient in the surgery", "eleanor-patient.jpg"),
    )
    + _canvas(
        "home-values",
        _h("Why patients choose us"),
        _txt(
            "<strong>Appointments that run to time</strong><br>We book realistic appointment lengths, so you "
            "aren&rsquo;t left sitting in reception."
        ),
        _txt("<strong>Prices in writing</strong><br>Every plan comes with the cost written down before we start."),
        _txt("<strong>The whole family</strong><br>Parents, teenagers and little ones all under one roof."),
        _txt(
            "<strong>Modern, gentle kit</strong><br>3D scanning instead of gooey impressions, digital x-rays and "
            "warm, calm surgeries."
        ),
    )
    + _canvas(
        "home-treatments",
        _h("What we do"),
        _txt(
            '<a href="/examination-and-hygiene/">Examinations &amp; hygiene</a> &middot; '
            '<a href="/smile-makeovers/">Smile makeovers</a> &middot; <a href="/invisalign/">Invisalign</a> '
            '&middot; <a href="/teeth-whitening/">Whitening</a> &middot; <a href="/veneers-and-bonding/">Veneers '
            '&amp; bonding</a> &middot; <a href="/dental-implants/">Implants</a> &middot; '
            '<a href="/teeth-grinding/">Grinding &amp; night guards</a> &middot; '
            '<a href="/bad-breath-clinic/">Bad breath clinic</a>'
        ),
        _btn("EXPLORE TREATMENTS", "/smile-makeovers/"),
    )
    + _REVIEWS
)

_NEW_PATIENTS = (
    _canvas(
        "np-hero",
        _h("Joining the studio", 1),
        _txt("We&rsquo;re welcoming new patients now, with no waiting list."),
        _img("Reception at Sheep Street with a velvet sofa and plants", "reception.jpg"),
    )
    + _canvas(
        "np-consult",
        _h("Your New Patient Consultation"),
        _txt(
            "<p>Everyone starts with a New Patient Consultation with one of our dentists. It lasts a full "
            "<strong>60 minutes</strong> and costs <strong>&pound;95</strong>. It isn&rsquo;t a quick look and a "
            "tick-box: it&rsquo;s the foundation for everything we do together afterwards.</p>"
        ),
        _txt(
            "<ul><li>A proper chat about your dental history, any worries and what you&rsquo;d like from us</li>"
            "<li>A full examination of your teeth, gums, jaw joints and the soft tissues of your mouth</li>"
            "<li>Oral cancer screening</li>"
            "<li>Digital x-rays where they&rsquo;re needed</li>"
            "<li>A 3D iTero scan and photographs, which we go through with you on the screen</li>"
            "<li>A written treatment plan with costs, emailed to you within 3 working days</li></ul>"
        ),
        _btn("BOOK YOUR CONSULTATION", "/booking-and-cancellations/"),
    )
    + _canvas(
        "np-before",
        _h("Before you come in", 3),
        _txt(
            "<p>When you book we&rsquo;ll text and email you a link to our secure online forms (medical history, "
            "consent and how you&rsquo;d like us to contact you). Please fill them in at least 48 hours before "
            "your visit so your dentist can read them beforehand.</p>"
            "<p>Bring a list of any medicines you take, including inhalers and anything prescribed by a "
            "hospital.</p>"
            "<p><strong>Had x-rays recently?</strong> If your previous dentist took x-rays in the last 12 months, "
            "give us their details. With your consent we&rsquo;ll request copies of your x-rays and notes so we "
            "don&rsquo;t repeat them unnecessarily.</p>"
            "<p>Booking a new patient appointment needs a deposit &ndash; the details are on our "
            '<a href="/booking-and-cancellations/">booking &amp; cancellations</a> page.</p>'
        ),
    )
    + _canvas(
        "np-after",
        _h("After your first visit", 3),
        _txt(
            "<p>Most new patients go on to join one of our monthly care plans. If you join within 30 days of your "
            "consultation, <strong>your first month&rsquo;s plan payment is on us</strong>.</p>"
            "<p>Want a clean on the same day? Ask when booking and we&rsquo;ll try to add a hygiene appointment "
            "straight after your consultation, charged at our normal hygiene fee.</p>"
        ),
        _btn("SEE OUR CARE PLANS", "/examination-and-hygiene/"),
    )
)

_EXAM_HYGIENE = (
    _canvas(
        "eh-hero",
        _h("Examinations &amp; Hygiene", 1),
        _txt("The unglamorous bit that keeps everything else working."),
    )
    + _canvas(
        "eh-what",
        _h("What happens at a check-up"),
        _txt(
            "<p>Your examination is 30 minutes with your own dentist. We check every tooth, your gums, the soft "
            "tissues of your mouth and your bite, and we screen for oral cancer at every visit. Once a year we "
            "record a full gum-pocket chart so we can spot gum disease early. X-rays are taken every one to two "
            "years depending on your risk, never &ldquo;just because&rdquo;.</p>"
        ),
        _h("Hygiene visits", 3),
        _txt(
            "<p>Our hygienists remove hardened tartar, clean below the gum line, lift stains with Airflow powder "
            "polishing (great for tea and coffee drinkers) and size your interdental brushes properly. No telling "
            "off &ndash; just practical tips that fit your routine.</p>"
        ),
    )
    + _canvas(
        "eh-payg",
        _h("Pay as you go", 3),
        _embed(
            '<table class="price-table"><thead><tr><th>Appointment</th><th>Fee</th></tr></thead><tbody>'
            "<tr><td>Dental examination (30 mins)</td><td>&pound;65</td></tr>"
            "<tr><td>Hygiene visit (30 mins)</td><td>&pound;85</td></tr>"
            "<tr><td>Extended hygiene visit (45 mins)</td><td>&pound;115</td></tr>"
            "<tr><td>Small x-rays (each)</td><td>&pound;15</td></tr></tbody></table>"
        ),
    )
    + _canvas(
        "eh-plans",
        _h("Monthly care plans"),
        _txt(
            "Spread the cost of routine care by monthly Direct Debit. Plans are administered for us by Practice "
            "Plan Ltd."
        ),
        _embed(
            '<table class="plan-table"><thead><tr><th></th><th>Essential</th><th>Complete</th><th>Gum Health</th>'
            "</tr></thead><tbody>"
            "<tr><td>Monthly fee</td><td>&pound;17.50</td><td>&pound;24.95</td><td>&pound;32.00</td></tr>"
            "<tr><td>Examinations a year</td><td>2</td><td>2</td><td>2</td></tr>"
            "<tr><td>Hygiene visits a year</td><td>2 &times; 30 mins</td><td>4 &times; 30 mins</td>"
            "<td>4 &times; 45 mins</td></tr>"
            "<tr><td>Routine x-rays</td><td>&#10003;</td><td>&#10003;</td><td>&#10003;</td></tr>"
            "<tr><td>Discount on treatment</td><td>10%</td><td>10%</td><td>10%</td></tr>"
            "<tr><td>Worldwide dental accident &amp; emergency insurance</td><td>&#10003;</td><td>&#10003;</td>"
            "<td>&#10003;</td></tr></tbody></table>"
        ),
        _txt(
            "<p><strong>Away from home?</strong> Every plan includes worldwide dental accident and emergency "
            "insurance, so if you break a tooth or get toothache on holiday or travelling abroad, you can claim back "
            "emergency treatment costs (up to &pound;800 per incident, within the insurer&rsquo;s terms).</p>"
            "<p>There&rsquo;s no minimum term and you can cancel at any time in writing. If you leave within 12 "
            "months having had more care than your payments covered, we&rsquo;ll ask you to pay the difference.</p>"
        ),
        _btn("JOIN A PLAN", "/booking-and-cancellations/"),
    )
)

_SMILE = (
    _canvas(
        "sm-hero",
        _h("Smile Makeovers", 1),
        _txt("Your smile, designed with you &ndash; not for you."),
        _img("Before and after of a smile makeover with whitening and bonding", "makeover-before-after.jpg"),
    )
    + _canvas(
        "sm-intro",
        _txt(
            "<p>A smile makeover is simply a plan that combines treatments to change how your smile looks. For "
            "some people that&rsquo;s a little straightening, whitening and some edge bonding. For others "
            "it&rsquo;s veneers or implants. We never start with the treatment; we start with what bothers you "
            "when you look in the mirror.</p>"
        ),
    )
    + _canvas(
        "sm-steps",
        _h("How it works"),
        _txt(
            "<strong>1. A free smile chat</strong><br>A relaxed 15-minute chat, in person or on video, with "
            "Joanna, our treatment coordinator. No dentist, no chair, no pressure."
        ),
        _txt(
            "<strong>2. Smile design consultation &ndash; &pound;150</strong><br>60 minutes with Dr Marsh: "
            "photographs, a short video, a 3D scan and a detailed conversation about what you&rsquo;d like. The fee "
            "is deducted from your treatment if you go ahead within six months."
        ),
        _txt(
            "<strong>3. Your digital smile design</strong><br>We plan your new smile on screen and show you the "
            "before and after side by side."
        ),
        _txt(
            "<strong>4. The trial smile</strong><br>Before you commit to anything, we place a temporary mock-up "
            "of your new smile over your own teeth. You can see it, feel it, talk with it and take it home for the "
            "evening to show the people you love. If it isn&rsquo;t quite right, we change the design."
        ),
        _txt("<strong>5. Treatment</strong><br>Usually in stages &ndash; often align, then whiten, then bond."),
    )
    + _canvas(
        "sm-cost",
        _h("Time and cost", 3),
        _txt(
            "<p>Most makeovers take between three and nine months from start to finish and typically cost "
            "between &pound;2,500 and &pound;12,000, depending on what&rsquo;s involved. Your written plan sets out "
            "every stage and price.</p><p>Got a wedding or a big birthday coming up? Tell us the date. We&rsquo;d "
            "much rather you started at least six months before the day.</p>"
        ),
        _btn("BOOK A FREE SMILE CHAT", "/booking-and-cancellations/"),
    )
)

_INVISALIGN = (
    _canvas(
        "inv-hero",
        _h("Invisalign Clear Aligners", 1),
        _txt(
            "Straighter teeth, without the metal. Dr Eleanor Marsh is an Invisalign Platinum Provider with more "
            "than 600 completed cases."
        ),
        _img("Clear Invisalign aligner held between two fingers", "invisalign-aligner.jpg"),
    )
    + _canvas(
        "inv-how",
        _h("How Invisalign works"),
        _txt(
            "<p>We scan your teeth with our iTero scanner (no impression putty) and plan every movement in 3D, so "
            "you can watch a simulation of your finished smile before you start. You then wear a series of "
            "clear, removable aligners, moving on to a new set every 7 to 10 days.</p>"
            "<p>The aligners only work while they&rsquo;re in: you need to wear them for <strong>22 hours a "
            "day</strong>, taking them out to eat and to drink anything other than cold water. Small "
            "tooth-coloured &ldquo;attachments&rdquo; are bonded to some teeth to help the aligners grip.</p>"
            "<p>You&rsquo;ll pop in every 8 to 10 weeks, and in between we keep an eye on your progress through "
            "the Dental Monitoring app, using your phone and a small scan-box. Treatment takes anything from 4 to "
            "18 months.</p>"
        ),
    )
    + _canvas(
        "inv-fees",
        _h("Invisalign fees", 3),
        _embed(
            '<table class="price-table"><tbody>'
            "<tr><td>Invisalign consultation with 3D scan &amp; smile simulation</td><td>&pound;50</td></tr>"
            "<tr><td>Invisalign Lite (up to 14 aligners per arch)</td><td>&pound;2,950</td></tr>"
            "<tr><td>Invisalign Comprehensive</td><td>&pound;4,250</td></tr>"
            "<tr><td>Invisalign Teen (ages 12&ndash;17)</td><td>&pound;3,450</td></tr>"
            "<tr><td>Extra Vivera retainers (set of 3)</td><td>&pound;395</td></tr>"
            "<tr><td>Fixed bonded retainer wire (per arch)</td><td>&pound;250</td></tr></tbody></table>"
        ),
        _txt(
            "The consultation fee comes off your treatment if you go ahead. Treatment fees include all aligners, "
            "attachments, refinements, your review appointments and one set of Vivera retainers at the end."
        ),
    )
    + _canvas(
        "inv-review",
        _txt(
            "&ldquo;Eighteen weeks with Invisalign Lite and my bottom teeth are finally straight. Nobody at work "
            'even noticed I was wearing them.&rdquo; <span class="se-t-small">&mdash; Priyanka, Stratford</span>'
        ),
        _btn("BOOK AN INVISALIGN CONSULTATION", "/booking-and-cancellations/"),
    )
)

_WHITENING = (
    _canvas(
        "wh-hero",
        _h("Teeth Whitening", 1),
        _txt("Brighter teeth, done safely and legally by a dental professional."),
        _img("Whitening trays in a white case", "whitening-trays.jpg"),
    )
    + _canvas(
        "wh-law",
        _txt(
            "<p>In the UK, tooth whitening with more than 0.1% hydrogen peroxide can only be carried out by a "
            "registered dental professional, and it can&rsquo;t be provided to anyone under 18 unless it&rsquo;s to "
            "treat disease. Salons and online kits that promise otherwise are either weak or illegal.</p>"
            "<p>Before whitening we need to have examined you in the last six months, to make sure there&rsquo;s "
            "no decay or gum problem that the gel could irritate.</p>"
        ),
    )
    + _canvas(
        "wh-options",
        _h("Your whitening options"),
        _embed(
            '<table class="price-table"><thead><tr><th>Option</th><th>What&rsquo;s involved</th><th>Fee</th></tr>'
            "</thead><tbody>"
            "<tr><td>At-home whitening</td><td>Custom-made trays from a 3D scan, 4 syringes of gel, worn for an "
            "hour or two a day (or overnight) for 2&ndash;3 weeks, plus a review</td><td>&pound;325</td></tr>"
            "<tr><td>In-chair whitening</td><td>One 90-minute visit in the studio, with top-up trays to take "
            "home</td><td>&pound;450</td></tr>"
            "<tr><td>Combination whitening</td><td>Two weeks at home followed by a 90-minute in-chair session "
            "&ndash; our most dramatic result</td><td>&pound;650</td></tr>"
            "<tr><td>Top-up gel</td><td>Single syringe / pack of 4</td><td>&pound;15 / &pound;50</td></tr>"
            "</tbody></table>"
        ),
    )
    + _canvas(
        "wh-know",
        _h("Good to know", 3),
        _txt(
            "<p><strong>Crowns, veneers, fillings and bonding don&rsquo;t whiten.</strong> Whitening gel only "
            "lightens natural tooth. If you have a crown or veneer on a front tooth, it will stay the shade it is "
            "now, so it may need replacing afterwards to match your newly whitened teeth. We&rsquo;ll point this "
            "out at your assessment.</p>"
            "<p><strong>Sensitivity</strong> is common and temporary. Start using a sensitive toothpaste two weeks "
            "before, and we&rsquo;ll give you a desensitising gel.</p>"
            "<p><strong>The white diet:</strong> during whitening and for 48 hours after an in-chair session, "
            "avoid tea, coffee, red wine, curry, cola and smoking.</p>"
            "<p>We don&rsquo;t whiten during pregnancy or while breastfeeding.</p>"
        ),
        _btn("BOOK A WHITENING ASSESSMENT", "/booking-and-cancellations/"),
    )
)

_VENEERS = (
    _canvas(
        "vb-hero",
        _h("Veneers &amp; Composite Bonding", 1),
        _txt("Fix chips, gaps and uneven edges &ndash; from a single tooth to a whole smile."),
    )
    + _canvas(
        "vb-bonding",
        _h("Composite bonding"),
        _txt(
            "<p>Bonding uses tooth-coloured composite resin, sculpted by hand directly onto your tooth and "
            "polished to match the teeth around it. In most cases there&rsquo;s <strong>no drilling and no "
            "injection</strong>, and it&rsquo;s done in a single visit. It&rsquo;s ideal for a chipped or broken "
            "corner, small gaps, worn or uneven edges and slightly short teeth.</p>"
            "<p>Bonding usually lasts five to seven years before it needs refreshing. It can pick up stains over "
            "time, so we polish it at your hygiene visits. It can&rsquo;t be whitened, so if you&rsquo;d like "
            "whiter teeth we suggest whitening first.</p>"
        ),
        _img("Close-up of composite bonding repairing a chipped front tooth", "bonding-chip.jpg"),
    )
    + _canvas(
        "vb-veneers",
        _h("Porcelain veneers"),
        _txt(
            "<p>Porcelain veneers are thin ceramic shells, handmade for you by Cotswold Ceramics, our dental "
            "laboratory in Cheltenham. A very thin layer of enamel (around 0.3&ndash;0.5mm) is removed so the "
            "veneer sits naturally, which means veneers are a permanent commitment.</p>"
            "<p>It takes two visits two to three weeks apart, and you wear temporary veneers in between. "
            "Porcelain doesn&rsquo;t stain, and well-cared-for veneers typically last 10 to 15 years or more.</p>"
        ),
    )
    + _canvas(
        "vb-fees",
        _h("Fees", 3),
        _embed(
            '<table class="price-table"><tbody>'
            "<tr><td>Edge bonding (per tooth)</td><td>&pound;195</td></tr>"
            "<tr><td>Composite bonding / composite veneer (per tooth)</td><td>&pound;345</td></tr>"
            "<tr><td>Porcelain veneer (per tooth)</td><td>&pound;1,050</td></tr></tbody></table>"
        ),
        _txt(
            "Grind your teeth? Bonding and veneers can chip under heavy grinding, so we may recommend a "
            '<a href="/teeth-grinding/">night guard</a> to protect your investment.'
        ),
        _btn("BOOK A CONSULTATION", "/booking-and-cancellations/"),
    )
)

_IMPLANTS = (
    _canvas(
        "imp-hero",
        _h("Dental Implants", 1),
        _txt("A fixed, natural-looking replacement for a missing tooth, placed here in Shipston."),
        _img("Dr Tomasz Kowal reviewing a 3D scan on screen", "tomasz-cbct.jpg"),
    )
    + _canvas(
        "imp-intro",
        _txt(
            "<p>Our implant dentist, Dr Tomasz Kowal, has an MSc in Implant Dentistry and has placed implants for "
            "more than twelve years. We use Straumann implants from Switzerland.</p>"
            "<p><strong>You don&rsquo;t need to be one of our patients.</strong> Your own dentist can refer you, "
            "or you can refer yourself. We&rsquo;ll place and restore the implant and then send you back to your "
            "usual dentist for everything else, with a full report.</p>"
        ),
    )
    + _canvas(
        "imp-journey",
        _h("The implant journey"),
        _txt(
            "<ol><li><strong>Implant consultation</strong> (45 minutes, &pound;120) with Dr Kowal.</li>"
            "<li><strong>3D CBCT scan</strong> taken here at the studio (&pound;195), so we can measure the bone "
            "precisely.</li>"
            "<li><strong>Placing the implant</strong> under local anaesthetic &ndash; about an hour for one "
            "implant. Most people say it was easier than having the tooth out; paracetamol and ibuprofen for a "
            "couple of days is usually all you need.</li>"
            "<li><strong>Healing</strong> for 8 to 12 weeks (longer in the upper jaw or after a bone graft). If "
            "the gap is visible, we make you a temporary tooth on a clear retainer.</li>"
            "<li><strong>Your new crown</strong> is fitted. Start to finish usually takes three to six months."
            "</li></ol>"
        ),
    )
    + _canvas(
        "imp-fees",
        _h("Implant fees", 3),
        _embed(
            '<table class="price-table"><tbody>'
            "<tr><td>Single implant including abutment and crown</td><td>&pound;2,850</td></tr>"
            "<tr><td>Implant bridge (two implants replacing three teeth)</td><td>from &pound;6,200</td></tr>"
            "<tr><td>Bone graft</td><td>from &pound;450</td></tr>"
            "<tr><td>Sinus lift</td><td>from &pound;950</td></tr></tbody></table>"
        ),
        _txt(
            "<p><strong>Smoking</strong> roughly doubles the risk of an implant failing. We ask you to stop for "
            "two weeks before and eight weeks after surgery.</p><p><strong>Guarantee:</strong> Straumann "
            "implants carry a 10-year manufacturer&rsquo;s warranty, and we guarantee your implant crown for five "
            "years provided you see a hygienist at least every six months.</p>"
        ),
    )
    + _canvas(
        "imp-review",
        _txt(
            "&ldquo;Dr Kowal explained everything twice without me asking. The implant feels like my own "
            'tooth.&rdquo; <span class="se-t-small">&mdash; Alan, Moreton-in-Marsh</span>'
        ),
        _btn("BOOK AN IMPLANT CONSULTATION", "/booking-and-cancellations/"),
    )
)

_GRINDING = (
    _canvas(
        "gr-hero",
        _h("Teeth Grinding &amp; Night Guards", 1),
        _txt("Protect your teeth, your jaw and your sleep."),
    )
    + _canvas(
        "gr-signs",
        _h("Do you grind or clench?"),
        _txt(
            "<p>Most people who grind (the medical name is bruxism) do it in their sleep and have no idea. Common "
            "signs are an aching jaw or tight cheeks when you wake up, headaches around the temples, teeth that "
            "look flat, chipped or shorter than they used to, a clicking jaw, and a partner who can hear you. "
            "Stress makes it worse for almost everyone.</p>"
            "<p>We check for signs of grinding at every examination. If you&rsquo;re worried, mention it and "
            "we&rsquo;ll look at your wear, your jaw muscles and your joints.</p>"
        ),
    )
    + _canvas(
        "gr-guards",
        _h("Night guards", 3),
        _txt("Every guard is made from a digital scan of your teeth and is usually ready within 10 working days."),
        _embed(
            '<table class="price-table"><tbody>'
            "<tr><td>Soft night guard (flexible 3mm, for mild clenching)</td><td>&pound;185</td></tr>"
            "<tr><td>Front-teeth mini splint (for clenching headaches)</td><td>&pound;295</td></tr>"
            "<tr><td>Hard acrylic full-coverage splint, fitted and adjusted over two visits</td><td>&pound;395"
            "</td></tr></tbody></table>"
        ),
        _txt(
            "<p><strong>Lost it, broke it, or did the dog get it?</strong> We keep your scan on file, so a "
            "replacement can be made without starting again: &pound;120 for a soft guard and &pound;250 for a "
            "hard splint.</p>"
        ),
    )
    + _canvas(
        "gr-care",
        _h("Looking after your guard", 3),
        _txt(
            "<ul><li>Rinse it in cold water every morning &ndash; hot water can warp it.</li>"
            "<li>Brush it gently with a soft brush and no toothpaste (toothpaste scratches).</li>"
            "<li>Keep it in its vented case, away from pets.</li>"
            "<li>Bring it to every check-up so we can check the fit.</li></ul>"
            "<p>Hard splints usually last three to five years; soft guards one to two.</p>"
            "<p>We also give you simple jaw exercises, and if your jaw joint is painful we can refer you to a "
            "physiotherapist who specialises in the jaw.</p>"
        ),
        _btn("BOOK A GRINDING ASSESSMENT", "/booking-and-cancellations/"),
    )
)

_BREATH = (
    _canvas(
        "bb-hero",
        _h("The Bad Breath Clinic", 1),
        _txt("Discreet, practical and completely judgement-free."),
    )
    + _canvas(
        "bb-intro",
        _txt(
            "<p>Bad breath (halitosis) is far more common than people think, and it&rsquo;s rarely about not "
            "brushing enough. In around nine out of ten cases it starts in the mouth &ndash; usually a coating on "
            "the back of the tongue, gum disease or a dry mouth &ndash; which means it can usually be fixed.</p>"
            "<p>The clinic is open to everyone; you don&rsquo;t need to be a patient of the practice.</p>"
        ),
    )
    + _canvas(
        "bb-appt",
        _h("Your clinic appointment"),
        _txt(
            "<p>A 60-minute appointment with our hygienist Fiona Blake costs <strong>&pound;125</strong>. "
            "It includes:</p><ul><li>a confidential questionnaire about your health, diet and routine</li>"
            "<li>breath measurement using a Halimeter</li><li>a tongue-coating assessment</li>"
            "<li>a gum health check and a saliva-flow test</li>"
            "<li>a personal plan, plus a tongue scraper and starter kit to take home</li></ul>"
            "<p>A review appointment four weeks later costs &pound;55.</p>"
        ),
    )
    + _canvas(
        "bb-prep",
        _h("How to prepare", 3),
        _txt(
            "<p>For the measurements to be accurate:</p><ul>"
            "<li>for 48 hours beforehand, avoid garlic, onions, spicy food and alcohol</li>"
            "<li>on the day, don&rsquo;t use mouthwash, mints, chewing gum, perfume or aftershave, and "
            "don&rsquo;t smoke</li><li>don&rsquo;t eat or drink anything except water for two hours before</li>"
            "</ul><p>If we think the cause isn&rsquo;t in your mouth (tonsil stones, sinus problems, reflux or "
            "a medical condition), we&rsquo;ll write to your GP with our findings.</p>"
        ),
        _btn("BOOK THE CLINIC", "/booking-and-cancellations/"),
    )
)

_EMERGENCY = (
    _canvas(
        "em-hero",
        _h("Emergency Dental Appointments", 1),
        _txt(
            f'In pain? Call <a href="{_TEL}">{_PHONE}</a> from 8am. <strong>Patients and non-patients welcome.</strong>'
        ),
        _btn("CALL THE STUDIO", _TEL),
    )
    + _canvas(
        "em-how",
        _h("Same-day help"),
        _txt(
            "<p>We keep emergency slots free every weekday morning and afternoon. Ring as early as you can; the "
            "slots are given out in order of need, not only in order of calls. You don&rsquo;t need to be "
            "registered with us, and we won&rsquo;t make you join the practice afterwards.</p>"
            "<p>We see people for severe toothache, swelling, a broken tooth with sharp edges or pain, a lost "
            "crown or filling that&rsquo;s causing pain, bleeding after an extraction and injuries to the teeth.</p>"
        ),
        _embed(
            '<table class="price-table"><tbody>'
            "<tr><td>Emergency appointment &ndash; not registered with us</td><td>&pound;135</td></tr>"
            "<tr><td>Emergency appointment &ndash; pay-as-you-go patient</td><td>&pound;75</td></tr>"
            "<tr><td>Emergency appointment &ndash; care plan member</td><td>no charge</td></tr></tbody></table>"
        ),
        _txt(
            "The appointment includes an assessment, up to two x-rays, a diagnosis and pain relief &ndash; such as "
            "a temporary filling, a dressing or draining an abscess. Any further treatment is priced before we "
            "start. The fee is paid on the day."
        ),
    )
    + _canvas(
        "em-knocked",
        _h("A knocked-out adult tooth", 3),
        _txt(
            "<p>Time matters. Pick the tooth up by the white crown, not the root. If it&rsquo;s dirty, rinse it "
            "briefly in milk. Try to push it gently back into its socket and bite on a clean cloth; if you "
            "can&rsquo;t, keep it in a small cup of milk. Then come straight to us &ndash; within an hour gives "
            "the best chance of saving it. Never put a knocked-out baby tooth back.</p>"
        ),
    )
    + _canvas(
        "em-ooh",
        _h("Out of hours", 3),
        _txt(
            "<p>Care plan members: call the studio number and the answerphone will give you our on-call "
            "dentist&rsquo;s number (weekday evenings until 9pm, weekends and bank holidays 9am to 5pm).</p>"
            "<p>Everyone else: please call NHS 111.</p>"
            "<p><strong>Go to A&amp;E</strong> if swelling is affecting your breathing, swallowing or eye, if "
            "bleeding won&rsquo;t stop after 20 minutes of firm pressure, or after a serious blow to the face.</p>"
        ),
    )
)

_CHILDREN = (
    _canvas(
        "ch-hero",
        _h("Children Go Free", 1),
        _txt("Healthy habits start early &ndash; and they shouldn&rsquo;t cost the earth."),
        _img("A little girl giving a thumbs-up from the dental chair", "child-thumbs-up.jpg"),
    )
    + _canvas(
        "ch-policy",
        _h("How it works"),
        _txt(
            "<p>Children up to their 18th birthday are seen <strong>free of charge</strong> for routine care when "
            "a parent or legal guardian is a member of one of our monthly care plans. Up to four children per "
            "member.</p><p>That covers:</p><ul><li>two check-ups a year</li><li>x-rays when they&rsquo;re "
            "needed</li><li>fluoride varnish twice a year</li><li>fissure sealants on adult back teeth</li>"
            "<li>tooth-brushing coaching for children and parents</li></ul>"
            "<p>Fillings and other treatment are charged at half our normal fee. Orthodontics, including "
            "Invisalign Teen, isn&rsquo;t included.</p>"
            "<p>If you&rsquo;re not on a plan, a child&rsquo;s check-up costs &pound;35.</p>"
        ),
    )
    + _canvas(
        "ch-visits",
        _h("Visiting with children", 3),
        _txt(
            "<p>Bring your baby along to your own check-up once their first tooth appears, for a ride in the chair "
            "and a quick look. We aim to see every child properly by their first birthday.</p>"
            "<p>We keep after-school appointments on Tuesdays and Thursdays for children, so there&rsquo;s no need "
            "to miss lessons.</p>"
            "<p>Under-16s must be accompanied by a parent or guardian, who stays with them in the surgery. Young "
            "people aged 16 and 17 are welcome to come on their own.</p>"
        ),
        _btn("ADD YOUR CHILDREN", "/booking-and-cancellations/"),
    )
)

_FEES = (
    _canvas(
        "fe-hero",
        _h("Fees &amp; Finance", 1),
        _txt("Clear prices, written down, and flexible ways to pay."),
    )
    + _canvas(
        "fe-general",
        _h("General treatment fees"),
        _txt(
            "Prices for check-ups, hygiene and our other treatments are on each treatment&rsquo;s own page. "
            "Below are our fees for general treatment. Everything is confirmed in your written plan first."
        ),
        _embed(
            '<table class="price-table"><tbody>'
            "<tr><td>White filling (small / medium / large)</td><td>&pound;145 / &pound;185 / &pound;240</td></tr>"
            "<tr><td>Root canal treatment &ndash; front tooth</td><td>&pound;495</td></tr>"
            "<tr><td>Root canal treatment &ndash; premolar</td><td>&pound;650</td></tr>"
            "<tr><td>Root canal treatment &ndash; molar (back tooth)</td><td>&pound;850</td></tr>"
            "<tr><td>Porcelain crown</td><td>&pound;825</td></tr>"
            "<tr><td>Simple extraction</td><td>&pound;150</td></tr>"
            "<tr><td>Surgical extraction</td><td>from &pound;295</td></tr></tbody></table>"
        ),
    )
    + _canvas(
        "fe-pay",
        _h("Paying", 3),
        _txt(
            "<p>Payment is due at the end of each appointment. Longer courses of treatment are paid stage by "
            "stage, as each stage is done.</p>"
            "<p>We accept Visa, Mastercard and American Express debit and credit cards, Apple Pay and Google Pay. "
            "Cash is fine for amounts up to &pound;200. For larger amounts we can take a bank transfer with three "
            "working days&rsquo; notice. We no longer accept cheques.</p>"
        ),
        _h("Spreading the cost", 3),
        _txt(
            "<p>For treatment between &pound;350 and &pound;25,000 we offer finance through Tabeo:</p>"
            "<ul><li><strong>0% interest</strong> over 6 or 12 months</li>"
            "<li><strong>9.9% APR</strong> over 24 to 60 months</li></ul>"
            "<p>Applying takes about five minutes online and starts with a soft search that won&rsquo;t affect "
            "your credit score. You&rsquo;ll need to be 18 or over, live in the UK with a UK bank account and have "
            "a regular income. Finance can be used for implants, Invisalign, veneers, bonding, whitening and smile "
            'makeovers.</p><p class="se-t-small">Representative example: &pound;3,000 over 36 months at 9.9% APR '
            "representative, 36 payments of &pound;96.39, total payable &pound;3,470.04.</p>"
        ),
    )
    + _canvas(
        "fe-insurance",
        _h("Dental insurance and cash plans", 3),
        _txt(
            "We aren&rsquo;t tied to any insurer&rsquo;s network. You pay us and claim back from your insurer or "
            "health cash plan (Simplyhealth, Bupa, Westfield and so on). We&rsquo;ll give you itemised receipts and "
            "fill in claim forms free of charge."
        ),
    )
)

_BOOKING = (
    _canvas(
        "bk-hero",
        _h("Booking &amp; Cancellations", 1),
        _txt(f'Call <a href="{_TEL}">{_PHONE}</a>, email <a href="mailto:{_EMAIL}">{_EMAIL}</a> or book online.'),
        _btn("BOOK ONLINE", "#online-booking"),
    )
    + _canvas(
        "bk-how",
        _h("How to book"),
        _txt(
            "<p>Check-ups, hygiene visits and new patient consultations can be booked online at any time. For "
            "treatment appointments, please call or email so we can give you the right length of appointment. "
            "We send a reminder by text and email three days before and again the day before.</p>"
        ),
        _embed(
            '<div id="online-booking" class="booking-widget" data-practice="ssds-4471">Online booking loads here.</div>'
        ),
    )
    + _canvas(
        "bk-deposits",
        _h("Deposits", 3),
        _txt(
            "<ul><li><strong>New patient consultations:</strong> a &pound;50 deposit when you book. It isn&rsquo;t "
            "an extra charge &ndash; it&rsquo;s taken off your &pound;95 consultation fee on the day.</li>"
            "<li><strong>Treatment appointments of an hour or longer</strong> (for example bonding, in-chair "
            "whitening or implant surgery): a &pound;100 deposit, taken off your bill.</li>"
            "<li><strong>Lab-made work</strong> (crowns, veneers, aligners and night guards): 50% of the fee when "
            "we take your scan, because the laboratory starts work straight away. This part can&rsquo;t be "
            "refunded once the lab has begun.</li></ul>"
            "<p>Moving an appointment with more than 48 hours&rsquo; notice is free and your deposit moves with "
            "it.</p>"
        ),
    )
    + _canvas(
        "bk-cancel",
        _h("Cancellations and missed appointments", 3),
        _txt(
            "<p>Please give us at least <strong>48 hours&rsquo; notice</strong> if you need to cancel or move an "
            "appointment. For Monday appointments, let us know by midday on the Friday before.</p>"
            "<p>If you cancel with less notice or don&rsquo;t come, we keep your deposit. Where there&rsquo;s no "
            "deposit, we charge &pound;40 for a 30-minute appointment and &pound;80 for anything longer.</p>"
            "<p>Life happens, so <strong>your first late cancellation in any 12 months is waived</strong>. If "
            "you&rsquo;re unwell with a fever, sickness or something infectious, call us before your appointment "
            "and we won&rsquo;t charge.</p><p>If you&rsquo;re more than 10 minutes late for a 30-minute "
            "appointment we may have to rebook you, and it will count as a missed appointment.</p>"
        ),
    )
)

_ACCESS = (
    _canvas(
        "ac-hero",
        _h("Accessibility", 1),
        _txt("Our building is Georgian. Our attitude isn&rsquo;t."),
    )
    + _canvas(
        "ac-building",
        _h("Getting in and around"),
        _txt(
            "<p>We&rsquo;re in a Grade II listed townhouse, and the front door on Sheep Street has two steps and a "
            "narrow doorway. There is a <strong>step-free entrance at the back</strong>, from the courtyard off "
            "Church Street, with a ramp, a wide door and a bell &ndash; ring and we&rsquo;ll come straight "
            "out.</p><p>Surgery 1 and our accessible toilet are on the ground floor. Surgeries 2 and 3 are "
            "upstairs and there&rsquo;s no lift, so just tell us and we&rsquo;ll always book you downstairs.</p>"
        ),
    )
    + _canvas(
        "ac-wheelchair",
        _h("Wheelchair users", 3),
        _txt(
            "<p>The dental chair in Surgery 1 lowers to 45cm to make transferring easier. If you can&rsquo;t "
            "transfer, we can carry out check-ups, hygiene visits and some simple treatment while you stay in your "
            "own wheelchair, using a portable headrest that clips on to most chairs.</p>"
        ),
    )
    + _canvas(
        "ac-more",
        _h("Other support", 3),
        _txt(
            "<ul><li>Hearing loop at reception and in Surgery 1</li>"
            "<li>A British Sign Language interpreter, free of charge, with two weeks&rsquo; notice</li>"
            "<li>Large-print and easy-read forms, or fill them in with us at reception</li>"
            "<li>Assistance dogs are very welcome</li>"
            "<li><strong>Quiet appointments</strong>: the first appointment of the day, lights dimmed, no music "
            "and straight into the surgery without waiting &ndash; helpful for autistic patients and anyone with "
            "sensory sensitivities</li>"
            "<li>Double-length appointments at no extra charge if you need more time</li>"
            "<li>Carers and companions are welcome in the surgery</li></ul>"
        ),
        _btn("TELL US WHAT YOU NEED", "/booking-and-cancellations/"),
    )
)

_FIND_US = (
    _canvas(
        "fu-hero",
        _h("Find Us &amp; Opening Hours", 1),
        _txt("21 Sheep Street, Shipston-on-Stour, Warwickshire CV36 4AE"),
        _img("Map of Shipston-on-Stour town centre", "map-shipston.png"),
    )
    + _canvas(
        "fu-where",
        _h("Where we are"),
        _txt(
            "<p>We&rsquo;re in the middle of town on Sheep Street, the cream-painted house with the sage green "
            "door, next to Hathaway&rsquo;s bakery and opposite the old market hall.</p>"
        ),
        _h("Parking", 3),
        _txt(
            "<p>We have three patient spaces, including one Blue Badge bay, in our courtyard behind the studio. "
            "Drive in through the archway on Church Street. They can&rsquo;t be reserved, so it&rsquo;s first come, "
            "first served.</p><p>Otherwise, Telegraph Street car park is a four-minute walk (pay and display, "
            "with electric car chargers), and there are free two-hour on-street bays around the Market Place.</p>"
        ),
        _h("Bus, train and bike", 3),
        _txt(
            "<p>The 50 bus between Stratford-upon-Avon and Banbury stops on the High Street, two minutes away. The "
            "nearest railway station is Moreton-in-Marsh, about nine miles away &ndash; we&rsquo;re happy to give "
            "you the number of a local taxi firm. There are cycle stands by our back door.</p>"
        ),
    )
    + _canvas(
        "fu-hours",
        _h("Opening hours"),
        _embed(
            '<table class="hours-table"><tbody>'
            "<tr><td>Monday</td><td>8.00am &ndash; 5.30pm</td></tr>"
            "<tr><td>Tuesday</td><td>8.00am &ndash; 7.00pm</td></tr>"
            "<tr><td>Wednesday</td><td>8.00am &ndash; 5.30pm</td></tr>"
            "<tr><td>Thursday</td><td>8.00am &ndash; 7.00pm</td></tr>"
            "<tr><td>Friday</td><td>8.00am &ndash; 3.00pm</td></tr>"
            "<tr><td>Saturday</td><td>First Saturday of each month, 9.00am &ndash; 1.00pm (hygiene appointments "
            "only, book by phone)</td></tr>"
            "<tr><td>Sunday</td><td>Closed</td></tr></tbody></table>"
        ),
        _txt(
            "<p>Reception closes for lunch from 1.00 to 1.45pm and calls go to the answerphone. We&rsquo;re closed "
            "on bank holidays and between Christmas Day and New Year&rsquo;s Day.</p>"
        ),
    )
    + _canvas(
        "fu-contact",
        _h("Send us a message", 3),
        _embed(
            '<form class="contact-form" action="#" method="post"><label>Name <input name="name"></label>'
            '<label>Email <input name="email" type="email"></label><label>Phone <input name="phone"></label>'
            '<label>Message <textarea name="message"></textarea></label><button type="submit">Send</button></form>'
        ),
        _txt("We reply to messages within one working day. Please don&rsquo;t use this form for emergencies."),
    )
)

_TEAM = (
    _canvas(
        "tm-hero",
        _h("Meet the Team", 1),
        _txt("Small enough to know you. Experienced enough to look after you properly."),
    )
    + _canvas(
        "tm-dentists",
        _h("Our dentists"),
        _img("Dr Eleanor Marsh", "eleanor-marsh.jpg"),
        _txt(
            "<strong>Dr Eleanor Marsh</strong> BDS (Bristol 2004) MJDF RCS (Eng) &ndash; Principal Dentist &amp; "
            "Owner. GDC 78214.<br>Eleanor founded the studio in 2011 and leads our cosmetic and Invisalign work. "
            "Out of the surgery she swims in the River Stour all year round and is usually being walked by a "
            "springer spaniel called Moss."
        ),
        _img("Dr Tomasz Kowal", "tomasz-kowal.jpg"),
        _txt(
            "<strong>Dr Tomasz Kowal</strong> BDS MSc (Implant Dentistry) &ndash; Implant Dentist. GDC 190563.<br>"
            "Tomasz qualified in Warsaw and completed his implant master&rsquo;s in the UK. He is with us on "
            "Tuesdays and Thursdays, and speaks Polish as well as English &ndash; patients are welcome to have their "
            "appointments with him in Polish."
        ),
        _img("Dr Priya Raman", "priya-raman.jpg"),
        _txt(
            "<strong>Dr Priya Raman</strong> BDS (Birmingham 2016) &ndash; Associate Dentist. GDC 281740.<br>Priya "
            "works Mondays, Wednesdays and Fridays. She has a special interest in children&rsquo;s dentistry and "
            "prevention, and has a knack for turning wobbly first visits into good ones."
        ),
    )
    + _canvas(
        "tm-hygiene",
        _h("Hygiene team", 3),
        _txt(
            "<strong>Fiona Blake</strong> &ndash; Dental Hygienist &amp; Therapist. Fiona runs our Bad Breath "
            "Clinic and has been with the studio since the day it opened.<br><br><strong>Leah Morton</strong> "
            "&ndash; Dental Hygienist. Leah joined us in 2020 after six years in a periodontal practice in Oxford."
        ),
    )
    + _canvas(
        "tm-support",
        _h("Behind the scenes", 3),
        _txt(
            "<strong>Claire Henshaw</strong> &ndash; Practice Manager. If something isn&rsquo;t right, Claire is "
            "the person to talk to.<br><strong>Joanna Price</strong> &ndash; Treatment Coordinator, who looks after "
            "patients thinking about cosmetic treatment.<br><strong>Megan, Ruth and Aisha</strong> &ndash; Dental "
            "Nurses.<br><strong>Kate and Sue</strong> &ndash; Reception."
        ),
    )
)

_FAQS = [
    (
        "Do you see NHS patients?",
        "No. We&rsquo;re a fully private practice and have been since we opened in 2011. If you&rsquo;re looking "
        "for NHS dental care, the NHS website lists local practices, or you can call NHS 111.",
    ),
    (
        "Do you still use silver (amalgam) fillings?",
        "No. We&rsquo;ve been mercury-free since 2015 and all our fillings are tooth-coloured. We don&rsquo;t "
        "recommend replacing old silver fillings that are sound &ndash; only if they&rsquo;re broken or decayed.",
    ),
    (
        "I had dental treatment abroad. Will you see me?",
        "Yes, absolutely. Many patients come to us after crowns or veneers done overseas, including in Turkey. "
        "We&rsquo;ll assess your teeth at a new patient consultation and give you an honest written report. We "
        "can repair or replace work if needed, but we can&rsquo;t carry out repairs under another "
        "clinic&rsquo;s guarantee.",
    ),
    (
        "Can I have a copy of my x-rays and records?",
        "Yes, free of charge. Email us and we&rsquo;ll send them securely, within one month at the very latest "
        "and usually within a few days.",
    ),
    (
        "Is it safe to see the dentist when I&rsquo;m pregnant?",
        "Yes &ndash; check-ups and hygiene visits are especially important in pregnancy, as gums can become "
        "sore and bleed more easily. Please tell us, as we postpone routine x-rays and cosmetic treatment until "
        "after your baby arrives.",
    ),
    (
        "Do you sell toothbrushes and products?",
        "Yes. Reception stocks electric toothbrushes, interdental brushes, floss, tongue scrapers and "
        "high-fluoride toothpaste on prescription from your dentist.",
    ),
    (
        "Can I bring my children to my own appointment?",
        "Children can wait in reception only if another adult is there to look after them, as our team "
        "can&rsquo;t supervise them while you&rsquo;re in the chair.",
    ),
    (
        "Can you give me a letter for work or school?",
        "Yes, we can email an appointment confirmation letter at no charge. Just ask at reception.",
    ),
    (
        "Is there Wi-Fi?",
        "Yes, free Wi-Fi in reception &ndash; ask for the password when you arrive. There&rsquo;s also fresh "
        "coffee and herbal tea while you wait.",
    ),
]

_FAQ = _canvas(
    "faq-hero",
    _h("Frequently Asked Questions", 1),
    _txt(f'Can&rsquo;t see your question? Call us on <a href="{_TEL}">{_PHONE}</a>.'),
) + "".join(
    _canvas(
        f"faq-{i}",
        _el(f'<h3 class="se-t">{question}</h3>', ' data-sie="text" data-faq="question"'),
        _el('<span class="se-t se-plus">+</span>', ' data-sie="icon"'),
        _el(f'<div class="se-rc"><div class="se-t">{answer}</div></div>', ' data-sie="text" data-faq="answer"'),
        _line(),
    )
    for i, (question, answer) in enumerate(_FAQS, start=1)
)

HTML = {
    "/": _page(
        "/",
        "Private Dentist in Shipston-on-Stour",
        "Unhurried, private dentistry in a Georgian townhouse in Shipston-on-Stour.",
        _HOME,
    ),
    "/new-patients/": _page(
        "/new-patients/",
        "New Patients",
        "Join Sheep Street Dental Studio: your 60-minute new patient consultation.",
        _NEW_PATIENTS,
    ),
    "/examination-and-hygiene/": _page(
        "/examination-and-hygiene/",
        "Examinations & Hygiene",
        "Check-ups, hygiene visits and monthly care plans in Shipston-on-Stour.",
        _EXAM_HYGIENE,
    ),
    "/smile-makeovers/": _page(
        "/smile-makeovers/",
        "Smile Makeovers",
        "Digital smile design and trial smiles with Dr Eleanor Marsh.",
        _SMILE,
    ),
    "/invisalign/": _page(
        "/invisalign/", "Invisalign", "Invisalign clear aligners from a Platinum Provider in Shipston.", _INVISALIGN
    ),
    "/teeth-whitening/": _page(
        "/teeth-whitening/", "Teeth Whitening", "Safe, legal at-home and in-chair tooth whitening.", _WHITENING
    ),
    "/veneers-and-bonding/": _page(
        "/veneers-and-bonding/",
        "Veneers & Composite Bonding",
        "Composite bonding and porcelain veneers for chips, gaps and worn teeth.",
        _VENEERS,
    ),
    "/dental-implants/": _page(
        "/dental-implants/",
        "Dental Implants",
        "Straumann dental implants with Dr Tomasz Kowal. Referrals welcome.",
        _IMPLANTS,
    ),
    "/teeth-grinding/": _page(
        "/teeth-grinding/",
        "Teeth Grinding & Night Guards",
        "Help for teeth grinding and clenching, with custom night guards.",
        _GRINDING,
    ),
    "/bad-breath-clinic/": _page(
        "/bad-breath-clinic/",
        "Bad Breath Clinic",
        "A discreet halitosis clinic with our hygienist, open to everyone.",
        _BREATH,
    ),
    "/emergency-dentist/": _page(
        "/emergency-dentist/",
        "Emergency Dentist",
        "Same-day emergency dental appointments for patients and non-patients.",
        _EMERGENCY,
    ),
    "/children/": _page(
        "/children/", "Children Go Free", "Children's dentistry free with a parent on a care plan.", _CHILDREN
    ),
    "/fees-and-finance/": _page(
        "/fees-and-finance/", "Fees & Finance", "General treatment fees, payment options and 0% finance.", _FEES
    ),
    "/booking-and-cancellations/": _page(
        "/booking-and-cancellations/",
        "Booking & Cancellations",
        "How to book, deposits and our cancellation policy.",
        _BOOKING,
    ),
    "/accessibility/": _page(
        "/accessibility/", "Accessibility", "Step-free access, hearing loop and support for every patient.", _ACCESS
    ),
    "/find-us/": _page(
        "/find-us/", "Find Us & Opening Hours", "Parking, directions and opening hours for Sheep Street.", _FIND_US
    ),
    "/meet-the-team/": _page("/meet-the-team/", "Meet the Team", "The dentists and team at Sheep Street.", _TEAM),
    "/faq/": _page("/faq/", "FAQs", "Answers to common questions about Sheep Street Dental Studio.", _FAQ),
}

QUESTIONS = [
    (
        "Hi, we've just moved to Shipston and need a new dentist. How do I join and what does the first "
        "appointment cost?",
        "/new-patients/",
    ),
    ("had x rays at my old dentist back in the spring, will you have to do them all again", "/new-patients/"),
    (
        "How much is a check up and a scale and polish if I'm not on one of your monthly plans?",
        "/examination-and-hygiene/",
    ),
    (
        "I'm off backpacking round south east Asia for four months in the new year. If I crack a tooth out there "
        "does the monthly membership cover any of it?",
        "/examination-and-hygiene/",
    ),
    (
        "Is there a way of seeing what my teeth would look like before I actually commit to anything? I'm "
        "terrified of ending up with fake looking teeth",
        "/smile-makeovers/",
    ),
    ("how many hours a day do you have to keep the clear braces in", "/invisalign/"),
    (
        "If I get my teeth bleached will my crown go lighter too? It's one of my front ones and it's already a "
        "bit yellow next to the others",
        "/teeth-whitening/",
    ),
    (
        "I've knocked a little corner off my front tooth on a fork, can it be fixed without drilling or a crown?",
        "/veneers-and-bonding/",
    ),
    ("roughly how much for an implant? lost a back tooth last year and the gap is driving me mad", "/dental-implants/"),
    (
        "My dentist is in Banbury and I'm happy there. Can I just come to you for the implant and stay with them "
        "for everything else?",
        "/dental-implants/",
    ),
    (
        "the dog chewed up my night guard. do I have to go thru the whole thing again and pay full whack",
        "/teeth-grinding/",
    ),
    (
        "My husband keeps telling me my breath smells even though I brush twice a day. So embarrassing. Is there "
        "actually anything you can do",
        "/bad-breath-clinic/",
    ),
    (
        "I'm not registered with you but I've had raging toothache since the weekend. Can you see me today and "
        "what will it cost me?",
        "/emergency-dentist/",
    ),
    ("My son's just had his front tooth knocked clean out at rugby what do we do??", "/emergency-dentist/"),
    (
        "I pay monthly for the Essential plan. Do I have to pay for my two kids' check-ups as well?",
        "/children/",
    ),
    ("Can my 16 year old daughter go to her check up on her own? I'm at work that afternoon", "/children/"),
    (
        "Is there any way to spread the cost of an implant? I can't find nearly three grand all in one go",
        "/fees-and-finance/",
    ),
    ("do you take cash", "/fees-and-finance/"),
    (
        "I've got a hygiene appointment tomorrow morning but the baby's been up all night poorly. Will I get "
        "charged if I cancel now?",
        "/booking-and-cancellations/",
    ),
    (
        "Why do you want £50 off me just to book a first appointment, what happens to that money?",
        "/booking-and-cancellations/",
    ),
    (
        "My mum's in a wheelchair and can't really get out of it. Could she still have a check-up at yours?",
        "/accessibility/",
    ),
    ("Is there anywhere to park near you? I'll be driving in from Ilmington", "/find-us/"),
    ("can i see the hygienist on a saturday, i work all week", "/find-us/"),
    ("Does anyone there speak Polish? My father's English isn't very good", "/meet-the-team/"),
    (
        "I had veneers done in Turkey a couple of years ago and one has come loose. Will you even look at it if "
        "you didn't do them?",
        "/faq/",
    ),
]

OUT_OF_SCOPE = [
    "Do you offer sedation? I'm absolutely petrified of needles and dentists in general",
    "Can you make me a set of false teeth? My old dentures don't fit any more",
    "Do you sell gift vouchers? I'd like to treat my sister to whitening for her birthday",
    "Do you do Botox or lip fillers as well?",
    "I'm a qualified dental nurse, are you recruiting at the moment?",
    "Is there a discount for NHS staff or Blue Light card holders?",
    "Can you recommend somewhere nice for lunch in Shipston after my appointment?",
    "What time does the post office on the High Street close on a Saturday?",
]
