"""An evaluation site: Regency Physio & Sports Injury Clinic, an independent physiotherapy clinic in Cheltenham (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. Built like a Webnode site: "wnd_Section_..."
section divs ("s s-basic", "s-content", "ez-c", "ez-e-container" columns), text in "b b-text" / "b-text-c" blocks
with "wnd-font-size-90" spans, an "s-hn" header with an "hmenu" mega-menu, and an FAQ made of "b b-s-t" title
blocks with h3 questions, each followed by its text block.
"""

import itertools

NAME = "Regency Physio & Sports Injury Clinic"

_ids = itertools.count(48213, 17)

_MENU = [
    ("Home", "/", []),
    (
        "Treatments",
        "#",
        [
            ("Back &amp; neck pain", "/back-and-neck-pain/"),
            ("Sports injuries", "/sports-injuries/"),
            ("Knee, ankle &amp; foot", "/knee-and-ankle/"),
            ("Post-operative rehab", "/post-operative-rehab/"),
            ("Women's &amp; pelvic health", "/womens-health/"),
        ],
    ),
    (
        "Therapies &amp; classes",
        "#",
        [
            ("Acupuncture &amp; dry needling", "/acupuncture-dry-needling/"),
            ("Sports massage", "/sports-massage/"),
            ("Shockwave therapy", "/shockwave-therapy/"),
            ("Pilates classes", "/pilates/"),
        ],
    ),
    (
        "Appointments",
        "#",
        [
            ("Prices &amp; booking", "/prices-and-booking/"),
            ("Your first visit", "/your-first-visit/"),
            ("Insurance &amp; self-referral", "/insurance-and-referral/"),
            ("Home visits", "/home-visits/"),
            ("Online video consultations", "/online-consultations/"),
        ],
    ),
    ("Our team", "/our-team/", []),
    ("FAQ", "/faq/", []),
    ("Contact &amp; find us", "/contact/", []),
]

_ANALYTICS = """<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date()); gtag('config', 'G-RPX4821CH');
</script>"""


def _menu(active):
    items = []
    for label, href, children in _MENU:
        if children:
            subs = "".join(
                '<li class="menu-item{}"><a class="menu-link" href="{}"><span class="menu-item-text">{}</span></a>'
                "</li>\n".format(" wnd-active" if h == active else "", h, lbl)
                for lbl, h in children
            )
            cls = " wnd-active-parent" if any(h == active for _, h in children) else ""
            items.append(
                f'<li class="menu-item has-submenu{cls}"><a class="menu-link" href="{href}" aria-haspopup="true">'
                f'<span class="menu-item-text">{label}</span><span class="submenu-arrow"></span></a>\n'
                f'<div class="submenu mega"><ul class="level-2">\n{subs}</ul></div></li>\n'
            )
        else:
            items.append(
                '<li class="menu-item{}"><a class="menu-link" href="{}"><span class="menu-item-text">{}</span></a>'
                "</li>\n".format(" wnd-active" if href == active else "", href, label)
            )
    return "".join(items)


def _text(html, extra=""):
    """A Webnode text block."""
    return (
        '<div class="b b-text cf'
        + extra
        + '">\n<div class="b-c b-text-c b-s b-s-t60 b-s-b60 b-cs cf">\n'
        + html
        + "\n</div>\n</div>\n"
    )


def _section(inner, kind="s-basic-default", bg=""):
    sid = next(_ids)
    return (
        f'<div id="wnd_Section_Default_{sid}" class="s s-basic {kind} sc-w{bg}">\n'
        '<div class="s-w"><div class="s-o">\n'
        '<div class="s-bg"><div class="s-bg-l"></div></div>\n'
        '<div class="s-c s-content s-basic-content"><div class="ez-c">\n'
        + inner
        + "</div></div>\n</div></div>\n</div>\n"
    )


def _cols(*cols):
    parts = "".join(
        f'<div class="ez-e-col ez-e-col-{i} cf"><div class="ez-e-col-c">\n{c}</div></div>\n' for i, c in enumerate(cols)
    )
    return f'<div class="ez-e-container ez-e-cols-{len(cols)}"><div class="ez-e-cw cf">\n' + parts + ("</div></div>\n")


def _faq(question, answer_html):
    return (
        '<div class="b b-s-t"><div class="b-c b-s-t-c">'
        '<h3 class="wnd-align-left">' + question + "</h3></div></div>\n" + _text(answer_html, " b-faq-a")
    )


_BOOK_WIDGET = _text(
    """<h3 class="wnd-align-center">Ready to get moving again?</h3>
<p class="wnd-align-center"><span class="wnd-font-size-90">Book online any time, or call our reception team
on <a href="tel:01242580314">01242 580314</a>.</span></p>
<p class="wnd-align-center"><a class="wnd-btn b-btn-primary" href="/prices-and-booking/">Book now</a></p>""",
    " b-sidebar-widget",
)


def _related(*links):
    lis = "\n".join(f'<li><a href="{h}">{t}</a></li>' for t, h in links)
    return _text(
        '<h3>You might also be looking for</h3>\n<ul class="wnd-list">\n' + lis + "\n</ul>", " b-sidebar-widget"
    )


def _page(path, title, description, body):
    return (
        """<!DOCTYPE html>
<html class="no-js" lang="en-GB" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Webnode 2">
<title>"""
        + title
        + " | Regency Physio &amp; Sports Injury Clinic</title>\n"
        + '<meta name="description" content="'
        + description
        + """">
<meta name="keywords" content="physio Cheltenham, physiotherapy Cheltenham, sports injury clinic, Bath Road">
<meta property="og:title" content=\""""
        + title
        + """">
<meta property="og:type" content="website">
<meta property="og:site_name" content="Regency Physio">
<link rel="canonical" href="https://www.regencyphysio.co.uk"""
        + path
        + """">
<link rel="stylesheet" href="/css/style.css?ph=3a91c0d2e7">
<link rel="stylesheet" href="/css/template.css?ph=3a91c0d2e7">
<link rel="stylesheet" href="/css/fonts/lato.css">
<link rel="icon" type="image/png" href="/favicon.png">
"""
        + _ANALYTICS
        + """
</head>
<body class="l wt-page ac-n l-default l-d-none b-btn-r b-btn-s-l b-btn-dn b-btn-bw-1 img-d-n img-t-o img-h-z
 line-solid b-e-ds lbox-d c-s-n hn-tbg wnd-fe">
<div class="wnd-page l-page cs-gray ac-blue t-t-fs-m t-t-fw-m t-t-sp-n t-t-d-n t-s-fs-s t-p-fs-m">
<div class="l-w t cf t-01">
<div class="l-bg cf"></div>
<header class="l-h cf">
<div class="sw cf">
<div class="sw-c cf">
<section data-space="true" class="s s-hn s-hn-default wnd-mt-classic wnd-na-c logo-classic sc-w sc-m hm-hidden
 menu-default-underline">
<div class="s-w"><div class="s-o">
<div class="s-bg"><div class="s-bg-l"></div></div>
<div class="h-w h-f wnd-fixed">
<div class="s-hn-topbar"><span class="wnd-font-size-90">Independent physiotherapy on Bath Road, Cheltenham
 &middot; <a href="tel:01242580314">01242 580314</a> &middot;
 <a href="mailto:hello@regencyphysio.co.uk">hello@regencyphysio.co.uk</a></span></div>
<div class="n-l"><div class="s-c menu-nav">
<div class="logo-block"><div class="b b-l logo logo-default logo-nb lato wnd-logo-with-text logo-32 b-ls-m">
<div class="b-l-c logo-content"><a class="b-l-link logo-link" href="/">
<div class="b-l-image logo-image"><div class="b-l-image-w logo-image-cell">
<img src="/images/regency-physio-logo.png" alt="Regency Physio logo" width="96" height="96"></div></div>
<div class="b-l-br logo-br"></div>
<div class="b-l-text logo-text-wrapper"><div class="b-l-text-w logo-text">
<span class="b-l-text-c logo-text-cell">Regency Physio</span></div></div>
</a></div></div></div>
<div id="menu-slider"><div id="menu-block">
<nav id="menu" class="hmenu menu-default"><div class="menu-font menu-wrapper">
<a href="#" class="menu-close" rel="nofollow" title="Close Menu"></a>
<ul role="menubar" aria-label="Menu" class="level-1">
"""
        + _menu(path)
        + """</ul>
<span class="more-text">More</span>
</div></nav>
<div class="s-hn-cta"><a class="wnd-btn b-btn-primary" href="/prices-and-booking/">Book online</a></div>
</div></div>
<div id="menu-mobile"><a href="#" id="menu-submit"><span></span>Menu</a></div>
</div></div>
</div>
</div></div>
</section>
</div></div>
</header>
<main class="l-m cf">
<div class="sw cf"><div class="sw-c cf">
"""
        + body
        + """</div></div>
</main>
<footer class="l-f cf">
<div class="sw cf"><div class="sw-c cf">
<section data-wn-border-element="s-f-border" class="s s-f s-f-basic s-f-simple sc-d sc-m">
<div class="s-w"><div class="s-o">
<div class="s-bg"><div class="s-bg-l"></div></div>
<div class="s-c s-f-l-w s-f-border"><div class="s-f-l b-s b-s-t0 b-s-b0">
<div class="ez-e-container ez-e-cols-3"><div class="ez-e-cw cf">
<div class="ez-e-col ez-e-col-0 cf"><div class="ez-e-col-c">
<div class="b b-text cf"><div class="b-c b-text-c b-s b-s-t0 b-s-b0 b-cs cf">
<p><strong>Regency Physio &amp; Sports Injury Clinic</strong><br>
<span class="wnd-font-size-90">The Old Bakehouse, 31 Bath Road<br>Cheltenham GL53 7HG</span></p>
<p><span class="wnd-font-size-90">Tel: <a href="tel:01242580314">01242 580314</a><br>
Email: <a href="mailto:hello@regencyphysio.co.uk">hello@regencyphysio.co.uk</a></span></p>
</div></div></div></div>
<div class="ez-e-col ez-e-col-1 cf"><div class="ez-e-col-c">
<div class="b b-text cf"><div class="b-c b-text-c b-s b-s-t0 b-s-b0 b-cs cf">
<p><strong>When we're open</strong><br><span class="wnd-font-size-90">Early morning and evening appointments
Monday to Friday, plus Saturday mornings. <a href="/contact/">Full opening hours</a></span></p>
<p><span class="wnd-font-size-90"><a href="/our-team/">Our team</a> &middot; <a href="/faq/">FAQ</a> &middot;
<a href="/prices-and-booking/">Prices</a> &middot; <a href="/contact/">Find us</a></span></p>
</div></div></div></div>
<div class="ez-e-col ez-e-col-2 cf"><div class="ez-e-col-c">
<div class="b b-text cf"><div class="b-c b-text-c b-s b-s-t0 b-s-b0 b-cs cf">
<p><strong>Follow us</strong><br><span class="wnd-font-size-90">
<a href="https://www.facebook.com/regencyphysiocheltenham" target="_blank" rel="noopener">Facebook</a> &middot;
<a href="https://www.instagram.com/regencyphysio" target="_blank" rel="noopener">Instagram</a> &middot;
<a href="https://www.linkedin.com/company/regency-physio" target="_blank" rel="noopener">LinkedIn</a></span></p>
<p><span class="wnd-font-size-90">All our physiotherapists are registered with the Health and Care Professions
Council and are members of the Chartered Society of Physiotherapy.</span></p>
</div></div></div></div>
</div></div>
<div class="s-f-cr"><span class="wnd-font-size-90">&copy; 2025 Regency Physio Ltd. Registered in England and
Wales no. 06918342. <a href="#">Privacy notice</a> &middot; <a href="#">Cookie settings</a></span></div>
<div class="s-f-sf"><span class="sf-cbr"><a href="https://www.webnode.co.uk?utm_source=text&amp;utm_medium=footer"
 rel="nofollow" target="_blank">Create your website for free!</a></span>
<span class="sf-sbr">This website was made with Webnode.</span></div>
</div></div>
</div></div>
</section>
</div></div>
</footer>
</div>
<div id="wnd_CookieBar" class="cookie-bar cookie-bar-bottom" role="dialog" aria-live="polite">
<div class="cookie-bar-c"><p class="cookie-bar-text">We use cookies to run this website, to remember your
preferences and, with your consent, to measure visits. You can change your choice at any time.</p>
<div class="cookie-bar-buttons"><button class="cookie-bar-btn cookie-accept" type="button">Accept all</button>
<button class="cookie-bar-btn cookie-settings" type="button">Settings</button>
<button class="cookie-bar-btn cookie-reject" type="button">Only necessary</button></div></div>
</div>
</div>
</body>
</html>
"""
    )


_TESTIMONIALS = _section(
    _text(
        """<h2 class="wnd-align-center">What our patients say</h2>
<p class="wnd-align-center"><span class="wnd-font-size-90">4.9 out of 5 from 312 Google reviews</span></p>"""
    )
    + _cols(
        _text(
            """<p><em>"I'd had a bad back on and off for years. Three sessions with Rachel and a proper set of
exercises and I'm back gardening without a second thought."</em></p>
<p><span class="wnd-font-size-90"><strong>Gill, Charlton Kings</strong></span></p>"""
        ),
        _text(
            """<p><em>"James got me from a calf tear to the start line of my first marathon. Honest, knowledgeable
and the early morning slots were a lifesaver."</em></p>
<p><span class="wnd-font-size-90"><strong>Dan, Leckhampton</strong></span></p>"""
        ),
        _text(
            """<p><em>"Hannah was so kind and explained everything. I wish every new mum knew this kind of help
existed."</em></p>
<p><span class="wnd-font-size-90"><strong>Ellie, Up Hatherley</strong></span></p>"""
        ),
    ),
    kind="s-basic-testimonials",
    bg=" wnd-background-color",
)

_CTA = _section(
    _text(
        """<h2 class="wnd-align-center">Don't put up with pain</h2>
<p class="wnd-align-center">Book online in a couple of minutes, day or night.</p>
<p class="wnd-align-center"><a class="wnd-btn b-btn-primary" href="/prices-and-booking/">Book an appointment</a>
&nbsp; <a class="wnd-btn b-btn-secondary" href="tel:01242580314">Call 01242 580314</a></p>"""
    ),
    kind="s-basic-cta",
    bg=" wnd-background-image",
)


def _service(main_html, sidebar_html):
    return _section(
        '<div class="ez-e-container ez-e-cols-2 ez-e-sidebar"><div class="ez-e-cw cf">\n'
        '<div class="ez-e-col ez-e-col-0 ez-e-col-main cf"><div class="ez-e-col-c">\n'
        + main_html
        + '</div></div>\n<div class="ez-e-col ez-e-col-1 ez-e-col-aside cf"><div class="ez-e-col-c">\n'
        + sidebar_html
        + "</div></div>\n</div></div>\n"
    )


# --------------------------------------------------------------------------------------------------------------
# Home
# --------------------------------------------------------------------------------------------------------------

_HOME = (
    _section(
        _text(
            """<h1 class="wnd-align-center">Physiotherapy &amp; sports injury clinic in Cheltenham</h1>
<p class="wnd-align-center"><span class="wnd-size-big">Helping Cheltenham move better since 2009</span></p>
<p class="wnd-align-center">Regency Physio is an independent, physiotherapist-owned clinic on Bath Road. Whether
you've hurt your back lifting the shopping, you're training for your next race, you're getting back on your feet
after an operation or you're a new mum who doesn't feel quite right, our experienced team will find out what's
going on and give you a clear plan to fix it.</p>
<p class="wnd-align-center"><a class="wnd-btn b-btn-primary" href="/prices-and-booking/">Book now</a></p>"""
        ),
        kind="s-basic-hero",
        bg=" wnd-background-image",
    )
    + _section(
        _text('<h2 class="wnd-align-center">How we can help</h2>')
        + _cols(
            _text(
                """<h3><a href="/back-and-neck-pain/">Back &amp; neck pain</a></h3>
<p><span class="wnd-font-size-90">From a sudden locked back to years of stiffness from desk work.</span></p>
<h3><a href="/sports-injuries/">Sports injuries</a></h3>
<p><span class="wnd-font-size-90">Strains, sprains and overuse injuries, with a plan to get you back to your
sport.</span></p>"""
            ),
            _text(
                """<h3><a href="/knee-and-ankle/">Knee, ankle &amp; foot</a></h3>
<p><span class="wnd-font-size-90">Twisted ankles, painful knees, Achilles and heel pain.</span></p>
<h3><a href="/post-operative-rehab/">Rehab after surgery</a></h3>
<p><span class="wnd-font-size-90">Joint replacements, ACL reconstruction and more.</span></p>"""
            ),
            _text(
                """<h3><a href="/womens-health/">Women's &amp; pelvic health</a></h3>
<p><span class="wnd-font-size-90">Pregnancy, postnatal recovery, bladder and pelvic floor problems.</span></p>
<h3><a href="/pilates/">Pilates classes</a></h3>
<p><span class="wnd-font-size-90">Small, physio-led classes to keep you strong.</span></p>"""
            ),
        )
    )
    + _section(
        _text(
            """<h2>Why choose Regency Physio?</h2>
<ul>
<li>Every physiotherapist is HCPC registered and experienced in musculoskeletal and sports physiotherapy.</li>
<li>Unhurried first appointments, so there's time to examine you properly and start treatment the same day.</li>
<li>Early morning and evening appointments for people who work.</li>
<li>Your exercises on your phone, with videos, so you know exactly what to do between sessions.</li>
<li>Recognised by the major private medical insurers.</li>
<li>Hands-on treatment, acupuncture, shockwave and sports massage all under one roof.</li>
</ul>
<p>We're a small team, so you'll see the same physio each time and we'll get to know you and your goals.</p>"""
        )
    )
    + _TESTIMONIALS
    + _CTA
)

# --------------------------------------------------------------------------------------------------------------
# Prices and booking
# --------------------------------------------------------------------------------------------------------------

_PRICES = _service(
    _text(
        """<h1>Prices &amp; booking</h1>
<p>We're a private clinic. Unless your insurer is paying us directly, you pay at the end of each
appointment.</p>
<h2>Physiotherapy fees</h2>
<table class="wnd-table">
<thead><tr><th>Appointment</th><th>Length</th><th>Price</th></tr></thead>
<tbody>
<tr><td>Initial assessment &amp; treatment</td><td>50 minutes</td><td>&pound;68</td></tr>
<tr><td>Follow-up appointment</td><td>30 minutes</td><td>&pound;52</td></tr>
<tr><td>Extended follow-up (complex or more than one problem)</td><td>45 minutes</td><td>&pound;64</td></tr>
<tr><td>Video consultation &ndash; initial</td><td>40 minutes</td><td>&pound;55</td></tr>
<tr><td>Video consultation &ndash; follow-up</td><td>30 minutes</td><td>&pound;45</td></tr>
<tr><td>Block of five follow-ups (paid in advance, use within 6 months)</td><td>&ndash;</td>
<td>&pound;240</td></tr>
</tbody>
</table>
<p><span class="wnd-font-size-90">Full-time students and over-65s get &pound;5 off every follow-up appointment
&ndash; just mention it when you book. Pelvic health, <a href="/home-visits/">home visits</a>,
<a href="/shockwave-therapy/">shockwave</a>, <a href="/sports-massage/">sports massage</a> and
<a href="/pilates/">Pilates</a> have their own prices on those pages.</span></p>
<h2>How to pay</h2>
<p>We take debit and credit cards, contactless, Apple Pay and Google Pay at reception. We're sorry but we
no longer accept cash or cheques. A receipt is emailed to you automatically after every appointment.</p>
<h2>Gift vouchers</h2>
<p>Vouchers are available for any amount from &pound;25 and are valid for 12 months. Buy them at reception or
over the phone and we'll post or email them.</p>
<h2 id="book">How to book</h2>
<p>Book online 24 hours a day using the button on this page, call us on 01242 580314 or email us. We can't see
walk-in patients. You'll get a confirmation email straight away and a reminder text two days before.</p>
<h2>Cancellation &amp; missed appointments</h2>
<p>Please give us at least <strong>24 hours' notice</strong> if you need to cancel or move an appointment, so
we can offer the time to someone else.</p>
<ul>
<li>Cancellations with less than 24 hours' notice are charged at 50% of the appointment fee.</li>
<li>Appointments missed without any notice are charged in full.</li>
<li>Insurers won't pay late cancellation or missed appointment charges, so these are billed to you.</li>
<li>If you're running late we'll still see you, but the appointment will have to finish at its usual time and
the full fee applies.</li>
</ul>
<p>Our answerphone and email are checked every day, and notice counts from the time your message reaches us. We
know that life happens: if there's a genuine emergency or you or your child suddenly fall ill, ring us and our
practice manager will use her discretion.</p>"""
    ),
    _BOOK_WIDGET
    + _related(
        ("Insurance &amp; self-referral", "/insurance-and-referral/"),
        ("Your first visit", "/your-first-visit/"),
    ),
)

# --------------------------------------------------------------------------------------------------------------
# Back and neck pain
# --------------------------------------------------------------------------------------------------------------

_BACK = _service(
    _text(
        """<h1>Back &amp; neck pain</h1>
<p>Back and neck pain are the most common reasons people come to see us. The good news is that most back and
neck problems, even very painful ones, are not serious and get better with the right advice, treatment and
exercise. Most people need somewhere between three and six sessions.</p>
<h2>Problems we treat</h2>
<ul>
<li><strong>Low back pain</strong>, including a sudden "locked" or spasming back after bending or lifting.</li>
<li><strong>Sciatica and trapped nerves</strong> &ndash; pain, pins and needles or numbness travelling from the
back or buttock down the leg, sometimes into the calf or foot, usually from an irritated nerve in the lower
back.</li>
<li><strong>Disc problems</strong>, such as a bulging or "slipped" disc.</li>
<li><strong>Neck pain and stiffness</strong>, including waking up with a cricked neck.</li>
<li><strong>Headaches coming from the neck</strong>.</li>
<li><strong>Pain from desk work</strong> and long hours at a laptop.</li>
</ul>
<h2>What treatment involves</h2>
<p>After a thorough assessment we'll explain what's causing your pain. Treatment usually combines hands-on
techniques such as joint mobilisation and soft tissue work, a tailored exercise programme, and practical advice
on work, sleep and staying active. Acupuncture can be added if it suits you.</p>
<h2>Whiplash and road traffic accidents</h2>
<p>If you've been hurt in a car accident and are making a claim, your treatment may be paid for through the
claim. We can invoice your solicitor or claims company directly once they have sent us written authorisation
with your claim reference. Otherwise you pay us as normal and reclaim the cost as part of your claim.</p>
<h2>When back pain is an emergency</h2>
<div class="wnd-box-warning"><p><strong>Call 999 or go to A&amp;E straight away</strong> if back pain comes with
loss of control of your bladder or bowels, numbness around your back passage or genitals, or weakness in both
legs. These can be signs of cauda equina syndrome, which needs urgent hospital care and can't wait for a physio
appointment. See your GP the same day if back pain comes with a fever, unexplained weight loss or a history of
cancer.</p></div>"""
    ),
    _BOOK_WIDGET
    + _related(
        ("Acupuncture &amp; dry needling", "/acupuncture-dry-needling/"),
        ("Pilates classes", "/pilates/"),
        ("Women's &amp; pelvic health", "/womens-health/"),
    ),
)

# --------------------------------------------------------------------------------------------------------------
# Sports injuries
# --------------------------------------------------------------------------------------------------------------

_SPORTS = _service(
    _text(
        """<h1>Sports injuries</h1>
<p>Runners, footballers, rugby and hockey players, cyclists, golfers, tennis players and dancers: whatever your
level, we want to get you back to doing what you love, and make you less likely to get injured again.</p>
<h2>Injuries we often see</h2>
<ul>
<li>Muscle strains and tears &ndash; hamstring, calf, groin and quad</li>
<li>Shoulder injuries, including rotator cuff problems and dislocations</li>
<li>Tennis elbow and golfer's elbow</li>
<li>Shin splints, ITB pain and other running overuse injuries</li>
<li>Hip and groin pain</li>
<li>Tendon problems that keep flaring up</li>
</ul>
<h2>Getting you back to sport</h2>
<p>We diagnose the injury, settle it down and then rebuild strength and fitness in stages. Before you return to
matches we test you properly: strength, hopping, change of direction and sport-specific drills. We can also tape
or strap you for training and games.</p>
<h2>Running assessment</h2>
<p>If running keeps hurting, our 60-minute video running analysis with James looks at how you move. You'll be
filmed on our treadmill from the front, side and behind and played back in slow motion, followed by a strength
and mobility screen. Within three working days you'll get a written report with drills, strength exercises and
footwear advice. <strong>Running assessment: &pound;85.</strong> Bring the trainers you normally run in and your
usual running kit.</p>
<h2>Club partners</h2>
<p>We're proud to support Bath Road Harriers, Leckhampton Hockey Club and Hatherley Vale Youth FC. Registered
members of our partner clubs get 10% off physiotherapy appointments &ndash; show your membership card or app when
you arrive.</p>"""
    ),
    _BOOK_WIDGET
    + _related(
        ("Sports massage", "/sports-massage/"),
        ("Shockwave therapy", "/shockwave-therapy/"),
        ("Knee, ankle &amp; foot", "/knee-and-ankle/"),
    ),
)

# --------------------------------------------------------------------------------------------------------------
# Knee and ankle
# --------------------------------------------------------------------------------------------------------------

_KNEE = _service(
    _text(
        """<h1>Knee, ankle &amp; foot problems</h1>
<p>Your knees and ankles take a lot of load every day. When they hurt, walking, stairs and exercise all become
hard work. We assess the whole leg, not just the sore spot.</p>
<h2>Knees</h2>
<ul>
<li><strong>Pain around or behind the kneecap</strong> (often called runner's knee), worse on stairs, squatting or
after sitting for a long time</li>
<li><strong>Jumper's knee</strong> &ndash; pain in the tendon just below the kneecap</li>
<li><strong>Cartilage (meniscus) tears</strong> &ndash; clicking, catching, locking or swelling after a twist</li>
<li><strong>Ligament sprains</strong> and ACL ruptures &ndash; see <a href="/post-operative-rehab/">rehab after
surgery</a> if you're heading for an operation</li>
<li><strong>Osgood-Schlatter</strong> knee pain in growing teenagers</li>
</ul>
<h2>Knee arthritis</h2>
<p>Osteoarthritis isn't simply "wear and tear", and exercise is one of the most effective treatments for it at
any age &ndash; many of our patients are in their seventies and eighties. Our <strong>Strong Knees
programme</strong> starts with a one-to-one assessment, followed by six weekly small-group sessions (up to six
people) of education and exercise on Tuesday afternoons. The whole programme costs &pound;180.</p>
<h2>Ankles and feet</h2>
<ul>
<li>Sprained or "rolled" ankles and ankles that keep giving way</li>
<li>Achilles pain and stiffness</li>
<li>Heel pain (plantar fasciitis) &ndash; if it has lasted over three months,
<a href="/shockwave-therapy/">shockwave therapy</a> may help</li>
</ul>
<h2>Just sprained your ankle?</h2>
<p>Most sprains are best seen by us within a few days. But go to Cheltenham General Hospital's emergency
department or a minor injuries unit for an X-ray first if you couldn't take four steps on it straight after the
injury and still can't, or if it's very tender right on the bony points of the ankle or the outside edge of the
foot. Lots of swelling and bruising on its own doesn't mean it's broken. For the first two days protect it,
use ice wrapped in a towel, keep it raised and move it gently within comfort.</p>"""
    ),
    _BOOK_WIDGET
    + _related(
        ("Sports injuries", "/sports-injuries/"),
        ("Post-operative rehab", "/post-operative-rehab/"),
    ),
)

# --------------------------------------------------------------------------------------------------------------
# Post-operative rehab
# --------------------------------------------------------------------------------------------------------------

_POSTOP = _service(
    _text(
        """<h1>Rehabilitation after surgery</h1>
<p>The work you do after an operation makes a huge difference to the result. We help people recover from:</p>
<ul>
<li>Hip and knee replacements (total and partial)</li>
<li>Shoulder replacement, decompression and rotator cuff repair</li>
<li>ACL reconstruction, knee arthroscopy and meniscus repair</li>
<li>Fracture fixation, for example after a broken ankle or wrist</li>
<li>Spinal surgery</li>
</ul>
<h2>When should I start?</h2>
<p>After a hip or knee replacement most people start with us about <strong>two weeks after the
operation</strong>, once the wound has been checked and any clips or stitches are out. Until then, keep doing the
exercises the hospital physios gave you. After ACL reconstruction we like to see you within 7 to 10 days. Always
follow your surgeon's instructions; we'll work to their protocol. Most surgeons advise not driving for around six
weeks after a hip or knee replacement, so we can start your rehab with a <a href="/home-visits/">home
visit</a>.</p>
<p>Please bring your discharge letter, operation note, any rehab protocol from your surgeon and the exercise sheet
from the hospital.</p>
<h2>Working with your surgeon</h2>
<p>We work regularly with orthopaedic consultants at Nuffield Health Cheltenham Hospital and Cheltenham General
Hospital and, with your consent, send them progress reports.</p>
<h2>ACL surgery: prehab and rehab</h2>
<p>If you're waiting for ACL reconstruction, "prehab" before the operation really helps. The aim is to get your
knee fully straightening, the swelling down and your thigh muscles as strong as possible before surgery. We
usually recommend four to six weeks of prehab sessions alongside a home programme.</p>
<p>After surgery, most people are back running at around three to four months. Returning to football, rugby,
netball or skiing usually takes nine to twelve months and depends on passing our return-to-sport tests, which
measure strength and hopping, rather than on the date in the calendar.</p>"""
    )
    + _text(
        """<blockquote><p><em>"Six weeks after my knee replacement I was walking round Pittville Park. Rachel
pushed me just the right amount."</em> &ndash; Malcolm, Prestbury</p></blockquote>""",
        " b-testimonial",
    ),
    _BOOK_WIDGET
    + _related(
        ("Home visits", "/home-visits/"),
        ("Knee, ankle &amp; foot", "/knee-and-ankle/"),
        ("Insurance &amp; self-referral", "/insurance-and-referral/"),
    ),
)

# --------------------------------------------------------------------------------------------------------------
# Women's health
# --------------------------------------------------------------------------------------------------------------

_WOMENS = _service(
    _text(
        """<h1>Women's health &amp; pelvic health physiotherapy</h1>
<p>Our pelvic health service is led by Hannah Greaves, a physiotherapist who specialises in pregnancy,
postnatal recovery and pelvic floor problems. Lots of these problems are common, but that doesn't mean you have
to put up with them.</p>
<h2>During pregnancy</h2>
<p><strong>Pelvic girdle pain</strong> (sometimes called SPD) is pain at the front of the pelvis, in the low back
or buttocks. It's typically worse rolling over in bed, getting in and out of the car, on stairs or standing on one
leg to get dressed. It can be treated at any stage of pregnancy with hands-on treatment, exercises, advice on
moving more comfortably and, if useful, a support belt. Treatment is safe throughout pregnancy.</p>
<h2>After having a baby</h2>
<p>Our <strong>postnatal check</strong> can be booked from six weeks after a vaginal birth or eight weeks after
a caesarean. We check your tummy muscles (including any gap down the middle), pelvic floor and scar, and give
you a plan for getting back to exercise and running safely.</p>
<p>You're very welcome to bring your baby. We have a changing mat and a quiet space to feed, and we'll work
around naps and feeds &ndash; nobody minds a crying baby here.</p>
<h2>Other problems we help with</h2>
<ul>
<li>Leaking when you cough, sneeze, laugh or run, and needing to rush to the toilet</li>
<li>Prolapse symptoms, such as heaviness or dragging</li>
<li>Pelvic pain and pain during sex</li>
<li>Pelvic floor and bladder changes around the menopause</li>
<li>Men's pelvic health, including leakage after prostate surgery and pelvic pain</li>
</ul>
<h2>Your appointment</h2>
<p>Appointments take place in a private room. Hannah may suggest an internal examination; she'll explain why,
it only happens with your consent and it is never essential. You can bring someone with you or ask for a
chaperone.</p>
<table class="wnd-table">
<tbody>
<tr><td>Pelvic health initial assessment (60 minutes)</td><td>&pound;85</td></tr>
<tr><td>Pelvic health follow-up (45 minutes)</td><td>&pound;65</td></tr>
<tr><td>Postnatal check with written return-to-exercise plan (60 minutes)</td><td>&pound;90</td></tr>
</tbody>
</table>"""
    ),
    _BOOK_WIDGET + _related(("Pilates classes", "/pilates/"), ("Our team", "/our-team/")),
)

# --------------------------------------------------------------------------------------------------------------
# Acupuncture and dry needling
# --------------------------------------------------------------------------------------------------------------

_ACU = _service(
    _text(
        """<h1>Acupuncture &amp; dry needling</h1>
<p>Several of our physiotherapists are trained in acupuncture through the Acupuncture Association of Chartered
Physiotherapists (AACP). We use it alongside exercise and hands-on treatment, never instead of them.</p>
<h2>What's the difference?</h2>
<p><strong>Western medical acupuncture</strong> uses very fine needles placed at specific points and left in for
up to 20 minutes. It helps reduce pain by encouraging the body to release its own pain-relieving chemicals, such
as endorphins.</p>
<p><strong>Dry needling</strong> targets tight, tender knots in a muscle (trigger points). The needle goes in
and out quickly, often causing a brief twitch of the muscle, and helps the muscle relax.</p>
<h2>What does it cost?</h2>
<p>If your physio thinks acupuncture or dry needling will help, it's included in your normal physio appointment
at no extra charge. Existing patients can also book a 20-minute acupuncture top-up session for &pound;35.</p>
<h2>Is it safe?</h2>
<p>We only use single-use, sterile, disposable needles. Side effects are usually mild: feeling drowsy or
light-headed, a small bruise or some temporary soreness. Please eat something beforehand, and don't drive if you
feel drowsy afterwards &ndash; sit in our waiting room until it passes.</p>
<h2>Please tell us if&hellip;</h2>
<ul>
<li>you take blood-thinning medication such as warfarin, apixaban or rivaroxaban, or have a bleeding disorder.
Acupuncture can often still be used if your INR is stable and in range, with fewer needles and extra pressure
afterwards, but we won't dry needle deep muscles;</li>
<li>you are pregnant &ndash; we don't use acupuncture in the first 12 weeks;</li>
<li>you have a pacemaker &ndash; we won't use electro-acupuncture;</li>
<li>you have diabetes, epilepsy or lymphoedema (we never needle an affected arm or leg);</li>
<li>you're nervous of needles &ndash; it's entirely optional.</li>
</ul>
<p>We'll always ask for your consent first.</p>"""
    ),
    _BOOK_WIDGET + _related(("Back &amp; neck pain", "/back-and-neck-pain/"), ("Our team", "/our-team/")),
)

# --------------------------------------------------------------------------------------------------------------
# Sports massage
# --------------------------------------------------------------------------------------------------------------

_MASSAGE = _service(
    _text(
        """<h1>Sports massage</h1>
<p>Sports massage isn't just for athletes. Our sports massage therapist, Tom Reilly, works with runners,
cyclists and gym-goers, and just as often with office workers whose shoulders are up round their ears by
Friday.</p>
<h2>Types of massage</h2>
<ul>
<li><strong>Maintenance massage</strong> &ndash; regular sessions to ease tight muscles during heavy training</li>
<li><strong>Pre-event massage</strong> &ndash; to feel loose and ready before a race or match</li>
<li><strong>Post-event and recovery massage</strong> &ndash; to ease stiffness after hard efforts</li>
</ul>
<h2>Timing around a race</h2>
<p>Planning for a race such as the Cheltenham Half Marathon? Book your pre-event massage <strong>two to four
days before the race</strong>. If you're not used to deep massage, avoid having it the day before, as you may
feel tender for a day or two. Regulars can have a lighter, quicker "flush" massage the day before. After a long
race, wait at least 24 to 48 hours before a recovery massage.</p>
<h2>Prices</h2>
<table class="wnd-table">
<tbody>
<tr><td>30-minute sports massage</td><td>&pound;38</td></tr>
<tr><td>45-minute sports massage</td><td>&pound;50</td></tr>
<tr><td>60-minute sports massage</td><td>&pound;60</td></tr>
</tbody>
</table>
<h2>Can I claim on insurance?</h2>
<p>Sports massage is given by a sports massage therapist rather than a physiotherapist, so private medical
insurers such as Bupa and AXA Health won't pay for it. Some health cash plans contribute towards massage, so it's
worth checking your policy.</p>
<h2>Good to know</h2>
<p>We use a nut-free, fragrance-free massage lotion; let us know about any allergies. If you have an injury that
is swollen, getting worse or waking you at night, book with a physiotherapist first so it can be properly
assessed.</p>"""
    ),
    _BOOK_WIDGET + _related(("Sports injuries", "/sports-injuries/"), ("Our team", "/our-team/")),
)

# --------------------------------------------------------------------------------------------------------------
# Shockwave
# --------------------------------------------------------------------------------------------------------------

_SHOCKWAVE = _service(
    _text(
        """<h1>Shockwave therapy</h1>
<p>Radial shockwave therapy (ESWT) sends pulses of pressure waves into a stubborn, painful tendon to kick-start
the healing process. It's recognised by NICE for several long-standing tendon problems and works best for pain
that has lasted more than three months, combined with the right exercises.</p>
<h2>Conditions it can help</h2>
<ul>
<li>Plantar heel pain (plantar fasciitis)</li>
<li>Achilles tendinopathy</li>
<li>Tennis elbow</li>
<li>Jumper's knee (patellar tendinopathy)</li>
<li>Pain on the outside of the hip (gluteal tendinopathy)</li>
<li>Calcific tendinopathy of the shoulder</li>
</ul>
<h2>How a course works</h2>
<p>Everyone is assessed first to make sure shockwave is right for them. That can be a normal physio initial
assessment or, if another clinician has already diagnosed you, a 20-minute suitability check for &pound;30.</p>
<p>A course is usually <strong>three sessions, one week apart</strong>, although some people need five or six.
Each treatment takes about 15 minutes. It's uncomfortable rather than painful, and we adjust the intensity to
suit you.</p>
<table class="wnd-table">
<tbody>
<tr><td>Single shockwave session</td><td>&pound;70</td></tr>
<tr><td>Course of three sessions, paid in advance</td><td>&pound;190</td></tr>
<tr><td>Additional sessions after a course</td><td>&pound;60 each</td></tr>
</tbody>
</table>
<p><span class="wnd-font-size-90">Some insurers cover shockwave as part of physiotherapy and some don't, so check
with yours before starting.</span></p>
<h2>Who can't have shockwave?</h2>
<ul>
<li>Anyone who is pregnant</li>
<li>People taking blood-thinning medication or with a clotting disorder</li>
<li>Anyone who has had a steroid injection into the area in the last 12 weeks</li>
<li>Under-18s</li>
<li>Anyone with cancer or an infection in the area being treated</li>
</ul>
<h2>Aftercare</h2>
<p>Avoid anti-inflammatory tablets and gels, such as ibuprofen, from 48 hours before until 48 hours after each
session (paracetamol is fine) and avoid running, jumping and other high-impact exercise for 48 hours.</p>"""
    ),
    _BOOK_WIDGET + _related(("Knee, ankle &amp; foot", "/knee-and-ankle/"), ("Sports injuries", "/sports-injuries/")),
)

# --------------------------------------------------------------------------------------------------------------
# Pilates
# --------------------------------------------------------------------------------------------------------------

_PILATES = _service(
    _text(
        """<h1>Clinical Pilates classes</h1>
<p>Our mat-based Pilates classes are led by physiotherapists, so they're ideal if you're recovering from back
pain or an injury, or just want to stay strong and flexible. Classes are small &ndash; never more than eight
people &ndash; and take place in our first-floor studio.</p>
<h2>Class timetable</h2>
<table class="wnd-table">
<thead><tr><th>Day</th><th>Time</th><th>Class</th></tr></thead>
<tbody>
<tr><td>Monday</td><td>6.15pm &ndash; 7.10pm</td><td>Beginners</td></tr>
<tr><td>Monday</td><td>7.20pm &ndash; 8.15pm</td><td>Intermediate</td></tr>
<tr><td>Tuesday</td><td>10.30am &ndash; 11.25am</td><td>Postnatal (babies welcome until they're crawling)</td></tr>
<tr><td>Wednesday</td><td>9.30am &ndash; 10.25am</td><td>Back Care (gentle, slower pace)</td></tr>
<tr><td>Thursday</td><td>7.15am &ndash; 8.10am</td><td>Early Bird (mixed levels)</td></tr>
<tr><td>Saturday</td><td>9.00am &ndash; 9.55am</td><td>Mixed levels</td></tr>
</tbody>
</table>
<h2>Joining a class</h2>
<p>Everyone starts with a 30-minute one-to-one Pilates assessment (&pound;40), so we can check what's safe for
you and place you in the right class. You don't need one if you've had physio with us in the last three
months.</p>
<h2>Prices</h2>
<ul>
<li>Six-week block: &pound;84, paid in advance</li>
<li>Drop-in class: &pound;16, for existing class members when there's space</li>
</ul>
<p>If you miss a class you can catch up in another class in the same block if there's room. We can't refund or
carry over missed classes.</p>
<h2>What to bring</h2>
<p>We provide mats, balls, bands and everything else. Wear comfortable clothes you can move in, bring a water
bottle, and do the class in bare feet or grip socks.</p>
<p>The studio is up one flight of stairs and there's no lift. If stairs are difficult, ask about one-to-one
Pilates in a ground-floor room. Classes aren't suitable during pregnancy; Hannah offers one-to-one antenatal
exercise sessions instead.</p>"""
    ),
    _BOOK_WIDGET + _related(("Back &amp; neck pain", "/back-and-neck-pain/"), ("Women's health", "/womens-health/")),
)

# --------------------------------------------------------------------------------------------------------------
# Home visits
# --------------------------------------------------------------------------------------------------------------

_HOMEVISITS = _service(
    _text(
        """<h1>Home visits</h1>
<p>If getting to the clinic is difficult, one of our physiotherapists can come to you. Home visits are
especially helpful for:</p>
<ul>
<li>people recovering from an operation who can't drive yet</li>
<li>older people after a fall, or whose walking and balance have got worse</li>
<li>anyone who is housebound or has a long-term condition that makes travelling hard</li>
<li>residents of care homes (with the resident's agreement and the home manager's permission)</li>
</ul>
<h2>What happens on a visit</h2>
<p>We assess how you move around your own home, then work on strength, balance and walking, with a simple
exercise programme you can do safely between visits. We can advise on walking aids and falls prevention and
involve family members or carers if you'd like. We don't supply equipment, but we can advise you what would help
and refer you to the council's occupational therapy team for rails and other aids.</p>
<h2>Where we visit</h2>
<p>We cover the area within about five miles of the clinic, including Cheltenham town, Charlton Kings,
Leckhampton, Up Hatherley, Prestbury, Swindon Village, Bishop's Cleeve and Shurdington. We can travel up to 12
miles, for example to Winchcombe, Tewkesbury or Churchdown, for a travel supplement of &pound;15 per visit.</p>
<h2>When and how much</h2>
<p>Home visits take place on weekdays between 10am and 3pm.</p>
<table class="wnd-table">
<tbody>
<tr><td>Home visit initial assessment (60 minutes)</td><td>&pound;95</td></tr>
<tr><td>Home visit follow-up (45 minutes)</td><td>&pound;75</td></tr>
</tbody>
</table>
<h2>Booking a home visit</h2>
<p>Please phone rather than booking online, so we can plan the route. A family member can book on someone's
behalf, as long as the person being seen is happy for us to visit.</p>"""
    ),
    _BOOK_WIDGET
    + _related(
        ("Post-operative rehab", "/post-operative-rehab/"),
        ("Online video consultations", "/online-consultations/"),
    ),
)

# --------------------------------------------------------------------------------------------------------------
# Insurance and referral
# --------------------------------------------------------------------------------------------------------------

_INSURANCE = _service(
    _text(
        """<h1>Insurance &amp; self-referral</h1>
<h2>Do I need a referral?</h2>
<p>No. You don't need to see your GP first &ndash; you can book with us directly. If your GP or consultant has
written a letter, please bring it along. We're a private clinic and don't provide NHS physiotherapy; if you'd
prefer NHS treatment you can self-refer to Gloucestershire's NHS musculoskeletal physiotherapy service, although
there is usually a wait.</p>
<h2>Insurers we work with</h2>
<p>We're recognised by Bupa, AXA Health, Vitality, Aviva, WPA and Cigna, and by most other UK insurers &ndash;
ask us if yours isn't listed.</p>
<h2>Using your insurance</h2>
<ol>
<li>Call your insurer before booking. Check that physiotherapy is covered and ask for an
<strong>authorisation (pre-authorisation) number</strong> and how many sessions they've approved.</li>
<li>When you book, give us your insurer's name, your membership number and the authorisation number.</li>
<li>We bill your insurer directly. You pay any excess on your policy and any sessions beyond those
authorised.</li>
</ol>
<p>If the insurer pays less than our fee, the difference (the "shortfall") is charged to you. When your
authorised sessions run out you can carry on as a self-funding patient at our standard prices.</p>
<h2>Notes on particular insurers</h2>
<ul>
<li><strong>Bupa:</strong> many Bupa policies let you go straight to physiotherapy without a GP referral. Call
Bupa first and they'll give you an authorisation number.</li>
<li><strong>AXA Health:</strong> AXA may arrange a telephone assessment with their own physio team first. Ask
them to refer you to Regency Physio by name.</li>
<li><strong>Vitality:</strong> Vitality usually needs a referral before it will authorise physio, either from a
Vitality GP video appointment or from your own GP, and may suggest a physio from its own network. Once you have
a claim number from Vitality, we can book you in.</li>
</ul>
<h2>Health cash plans</h2>
<p>If you have a cash plan such as Simplyhealth, Health Shield or Westfield Health, pay us as normal and claim
the money back from your plan using your receipt.</p>"""
    ),
    _BOOK_WIDGET + _related(("Prices &amp; booking", "/prices-and-booking/"), ("FAQ", "/faq/")),
)

# --------------------------------------------------------------------------------------------------------------
# First visit
# --------------------------------------------------------------------------------------------------------------

_FIRSTVISIT = _service(
    _text(
        """<h1>Your first visit</h1>
<h2>Before you come</h2>
<p>When you book we'll email you a link to a short online health questionnaire. Please fill it in at least 24
hours before your appointment so your physio can read it beforehand. Try to arrive five minutes early and let
reception know you're here.</p>
<h2>What happens</h2>
<p>Your physiotherapist will talk through your problem and your general health, examine you, explain what they
think is going on and agree a plan with you. Most people also have some treatment on the first visit. You'll go
home with exercises on the Physitrack app, with videos, or on a printed sheet if you prefer.</p>
<h2>What to wear</h2>
<p>We need to see and move the area we're assessing, so please wear or bring:</p>
<ul>
<li><strong>shorts</strong> for hip, knee, ankle or foot problems;</li>
<li>a <strong>vest top or sports bra</strong> for neck, shoulder or back problems &ndash; men may be asked to
take their shirt off;</li>
<li>otherwise, loose and comfortable clothing.</li>
</ul>
<p>Every treatment room has a screen to change behind, and towels are available.</p>
<h2>What to bring</h2>
<ul>
<li>a list of any medication you take</li>
<li>scan or X-ray reports and letters from your consultant or GP</li>
<li>your insurance authorisation number, if your insurer is paying</li>
<li>your reading glasses, if you need them</li>
<li>for running problems, the trainers you usually run in</li>
</ul>
<h2>Children and teenagers</h2>
<p>We treat children and young people from 8 years old. Under-16s must come with a parent or guardian to every
appointment, including follow-ups &ndash; they can't attend on their own. 16 and 17-year-olds can come alone.</p>
<h2>Chaperones and preferences</h2>
<p>You're welcome to bring a friend or relative into the treatment room with you, or to ask for a chaperone. If
you'd prefer to see a male or female physiotherapist, just tell us when you book.</p>"""
    ),
    _BOOK_WIDGET
    + _related(
        ("Prices &amp; booking", "/prices-and-booking/"),
        ("Insurance &amp; self-referral", "/insurance-and-referral/"),
        ("Contact &amp; find us", "/contact/"),
    ),
)

# --------------------------------------------------------------------------------------------------------------
# Online consultations
# --------------------------------------------------------------------------------------------------------------

_ONLINE = _service(
    _text(
        """<h1>Online video consultations</h1>
<p>Not everything needs a trip to the clinic. A video consultation with one of our physiotherapists can be just
as useful for many problems, especially once we know you.</p>
<h2>How it works</h2>
<p>We email and text you a secure link ten minutes before your appointment. Tap it and the call opens in your
web browser (Chrome, Safari or Edge) &ndash; there's no app to download and no account to set up. Any phone,
tablet or laptop with a camera will do.</p>
<h2>Who it suits</h2>
<ul>
<li>follow-ups and moving your exercises on</li>
<li>advice for a new problem when you can't get to us</li>
<li>people who have moved away but want to stay with their physio</li>
<li>busy parents and people recovering at home</li>
</ul>
<p>Video isn't right if you need hands-on treatment or a detailed physical examination. If we think you need to
be seen in person, we'll tell you.</p>
<h2>Where you can be</h2>
<p>We can see anyone in the UK by video. If you're an existing patient who is temporarily abroad &ndash; for
work or a long trip &ndash; we can carry on with follow-up video sessions, which our professional insurance
covers. We can't take on new patients who live outside the UK.</p>
<h2>Getting ready</h2>
<ul>
<li>Find a quiet, well-lit space with about two metres of clear floor so you can lie down and move.</li>
<li>Prop your phone or laptop up so we can see your whole body.</li>
<li>Have a sturdy chair and a step or bottom stair nearby, and any exercise bands you've been given.</li>
<li>Wear clothing that lets you move freely and lets us see the area we're looking at.</li>
</ul>
<p>If the connection drops, we'll ring your mobile and carry on by phone or send a new link.</p>"""
    ),
    _BOOK_WIDGET + _related(("Prices &amp; booking", "/prices-and-booking/"), ("Home visits", "/home-visits/")),
)

# --------------------------------------------------------------------------------------------------------------
# Team
# --------------------------------------------------------------------------------------------------------------


def _person(name, role, body):
    return _text(
        "<h3>" + name + '</h3>\n<p><span class="wnd-font-size-90"><strong>' + role + "</strong></span></p>\n" + body,
        " b-team-member",
    )


_TEAM = (
    _section(
        _text(
            """<h1>Meet the team</h1>
<p>Every physiotherapist at Regency Physio is registered with the Health and Care Professions Council (HCPC),
the regulator that makes sure physiotherapists are properly trained and keep their skills up to date. You can
check anyone's registration on the <a href="https://www.hcpc-uk.org/check-the-register/" target="_blank"
rel="noopener">HCPC register</a> using the numbers below.</p>"""
        )
    )
    + _section(
        _cols(
            _person(
                "Rachel Dunmore",
                "Clinical Director &amp; founder",
                """<p>BSc (Hons) Physiotherapy, MCSP, AACP. HCPC registration PH54012.</p>
<p>Rachel founded Regency Physio in 2009 after ten years in NHS and private orthopaedics. She specialises in knee
problems and rehab after joint replacement and ACL surgery, and uses acupuncture.</p>""",
            ),
            _person(
                "James Okafor",
                "Senior Physiotherapist",
                """<p>MSc Sports &amp; Exercise Medicine, MCSP. HCPC registration PH98113.</p>
<p>James leads our running clinic and shockwave service. A keen marathon runner, he spent four seasons as a
physio in semi-professional rugby and sees lots of runners and footballers.</p>""",
            ),
            _person(
                "Hannah Greaves",
                "Pelvic Health Physiotherapist",
                """<p>BSc (Hons) Physiotherapy, MCSP, member of the Pelvic, Obstetric and Gynaecological
Physiotherapy network (POGP). HCPC registration PH76541.</p>
<p>Hannah looks after pregnancy, postnatal and pelvic floor patients and runs the postnatal Pilates class.</p>""",
            ),
        )
        + _cols(
            _person(
                "Priya Nair",
                "Physiotherapist",
                """<p>BSc (Hons) Physiotherapy, MCSP, AACP, APPI Pilates instructor. HCPC registration PH112508.</p>
<p>Priya teaches most of our Pilates classes, carries out our home visits and is trained in acupuncture and dry
needling.</p>""",
            ),
            _person(
                "Tom Reilly",
                "Sports Massage Therapist",
                """<p>Level 5 Diploma in Sports Massage Therapy, member of the Sports Massage Association.</p>
<p>Tom isn't a physiotherapist, so he isn't on the HCPC register &ndash; sports massage therapists aren't
regulated by the HCPC. He works closely with our physios and will refer you to them if needed.</p>""",
            ),
            _person(
                "Sophie Clarke",
                "Practice Manager",
                """<p>Sophie runs reception, bookings and insurance billing. If you have a question about an
invoice or an appointment, she's the person to talk to.</p>""",
            ),
        )
    )
    + _TESTIMONIALS
)

# --------------------------------------------------------------------------------------------------------------
# Contact
# --------------------------------------------------------------------------------------------------------------

_CONTACT = _section(
    _text(
        """<h1>Contact &amp; find us</h1>
<p><strong>Regency Physio &amp; Sports Injury Clinic</strong><br>The Old Bakehouse, 31 Bath Road, Cheltenham
GL53 7HG<br>Tel: <a href="tel:01242580314">01242 580314</a> &middot; Email:
<a href="mailto:hello@regencyphysio.co.uk">hello@regencyphysio.co.uk</a></p>"""
    )
    + _cols(
        _text(
            """<h2>Opening hours</h2>
<table class="wnd-table">
<tbody>
<tr><td>Monday</td><td>7.00am &ndash; 8.30pm</td></tr>
<tr><td>Tuesday</td><td>7.00am &ndash; 8.00pm</td></tr>
<tr><td>Wednesday</td><td>8.00am &ndash; 6.00pm</td></tr>
<tr><td>Thursday</td><td>7.00am &ndash; 8.00pm</td></tr>
<tr><td>Friday</td><td>7.00am &ndash; 4.00pm</td></tr>
<tr><td>Saturday</td><td>8.00am &ndash; 1.00pm</td></tr>
<tr><td>Sunday</td><td>Closed</td></tr>
</tbody>
</table>
<p><span class="wnd-font-size-90">We're closed on bank holidays and from Christmas Eve to New Year's Day.
Reception answers the phone from 8am to 6pm on weekdays; outside those times please leave a message or book
online.</span></p>"""
        ),
        _text(
            """<h2>Parking</h2>
<p>We have five free parking spaces in the small car park behind the clinic, reached by the lane beside the
building, including one wider bay for Blue Badge holders. Please only use them while you're at your appointment.
If they're full, there's pay-and-display parking on Bath Road (two hours maximum) and at the Keynsham Road
car park, three minutes' walk away.</p>
<h2>Getting here</h2>
<p>We're a ten-minute walk from the Promenade. Buses D and E stop on Bath Road about 100 metres from our door.
Cheltenham Spa railway station is around two miles away &ndash; about ten minutes by taxi. There's a bike rack by
the front door.</p>
<h2>Accessibility</h2>
<p>There's step-free access from the car park, all treatment rooms are on the ground floor and we have an
accessible toilet.</p>"""
        ),
    )
    + _text(
        """<h2>Send us a message</h2>
<form class="wnd-form" action="#" method="post">
<label>Your name <input type="text" name="name"></label>
<label>Email or phone <input type="text" name="contact"></label>
<label>Message <textarea name="message" rows="4"></textarea></label>
<button class="wnd-btn b-btn-primary" type="submit">Send</button>
</form>
<p><span class="wnd-font-size-90">Please don't use this form for urgent medical problems.</span></p>"""
    )
)

# --------------------------------------------------------------------------------------------------------------
# FAQ
# --------------------------------------------------------------------------------------------------------------

_FAQ = _section(
    _text(
        """<h1>Frequently asked questions</h1>
<p>Can't find your answer? Give us a ring on 01242 580314.</p>"""
    )
    + _faq(
        "How many sessions will I need?",
        """<p><span class="wnd-font-size-90">It depends on the problem, but many people need between three and six
appointments. We'll give you an honest estimate at your first visit and we never ask you to book or pay for a
long course up front.</span></p>""",
    )
    + _faq(
        "Will treatment hurt?",
        """<p><span class="wnd-font-size-90">We'll always work within what you can tolerate. It's normal to feel a
little sore for 24 to 48 hours after an assessment or new exercises, a bit like after a workout.</span></p>""",
    )
    + _faq(
        "Can you give me a fit note for work?",
        """<p><span class="wnd-font-size-90">Yes. Since 2022 physiotherapists have been allowed to issue fit notes,
and our physios can provide one for current patients at no extra charge if your problem is affecting your work.
We can also suggest changes that might help you stay at or return to work, such as a phased return or amended
duties.</span></p>""",
    )
    + _faq(
        "Can you refer me for a scan?",
        """<p><span class="wnd-font-size-90">If we think a scan would change your treatment, we can refer you
privately for an MRI or ultrasound scan with a local imaging partner. The scan is paid to them directly, from
around &pound;300. NHS scans have to be arranged through your GP.</span></p>""",
    )
    + _faq(
        "Do you do steroid injections?",
        """<p><span class="wnd-font-size-90">We don't offer injections at the moment. If we think one would help,
we'll write to your GP or refer you to a sports medicine doctor or orthopaedic consultant.</span></p>""",
    )
    + _faq(
        "Do you sell exercise equipment?",
        """<p><span class="wnd-font-size-90">Yes, at reception: resistance bands (&pound;6), foam rollers
(&pound;18), kinesiology tape (&pound;9) and spiky massage balls (&pound;5). You can also hire a TENS machine
for &pound;15 a week.</span></p>""",
    )
    + _faq(
        "How quickly can I be seen?",
        """<p><span class="wnd-font-size-90">Usually within two or three working days. Early morning and evening
appointments go fastest, so if you need one of those, ask to go on our cancellation list.</span></p>""",
    )
    + _faq(
        "Will you tell my GP?",
        """<p><span class="wnd-font-size-90">Only if you want us to. We keep your records confidential and only
write to your GP or consultant with your consent.</span></p>""",
    )
    + _faq(
        "I've had treatment elsewhere and I'm not getting better. Can you help?",
        """<p><span class="wnd-font-size-90">Yes, we're happy to give a second opinion. Bring any notes or
exercises you've been given so we can see what's been tried.</span></p>""",
    )
)


HTML = {
    "/": _page(
        "/",
        "Physiotherapy &amp; Sports Injury Clinic Cheltenham",
        "Independent physiotherapy and sports injury clinic on Bath Road, Cheltenham.",
        _HOME,
    ),
    "/prices-and-booking/": _page(
        "/prices-and-booking/",
        "Prices &amp; Booking",
        "Physiotherapy prices, payment, booking and our cancellation policy.",
        _PRICES,
    ),
    "/back-and-neck-pain/": _page(
        "/back-and-neck-pain/",
        "Back &amp; Neck Pain",
        "Physiotherapy for back pain, sciatica, neck pain and whiplash in Cheltenham.",
        _BACK,
    ),
    "/sports-injuries/": _page(
        "/sports-injuries/",
        "Sports Injuries",
        "Sports injury physiotherapy, running assessments and return to sport in Cheltenham.",
        _SPORTS,
    ),
    "/knee-and-ankle/": _page(
        "/knee-and-ankle/",
        "Knee, Ankle &amp; Foot",
        "Physiotherapy for knee pain, arthritis, ankle sprains and foot problems.",
        _KNEE,
    ),
    "/post-operative-rehab/": _page(
        "/post-operative-rehab/",
        "Post-Operative Rehabilitation",
        "Rehab after hip and knee replacement, ACL reconstruction and other surgery.",
        _POSTOP,
    ),
    "/womens-health/": _page(
        "/womens-health/",
        "Women's &amp; Pelvic Health",
        "Pelvic health physiotherapy for pregnancy, postnatal recovery and pelvic floor problems.",
        _WOMENS,
    ),
    "/acupuncture-dry-needling/": _page(
        "/acupuncture-dry-needling/",
        "Acupuncture &amp; Dry Needling",
        "Acupuncture and dry needling from AACP-trained physiotherapists.",
        _ACU,
    ),
    "/sports-massage/": _page(
        "/sports-massage/",
        "Sports Massage",
        "Sports massage in Cheltenham: pre-event, post-event and maintenance massage.",
        _MASSAGE,
    ),
    "/shockwave-therapy/": _page(
        "/shockwave-therapy/",
        "Shockwave Therapy",
        "Radial shockwave therapy for stubborn tendon pain and plantar fasciitis.",
        _SHOCKWAVE,
    ),
    "/pilates/": _page(
        "/pilates/",
        "Pilates Classes",
        "Small physio-led clinical Pilates classes in Cheltenham.",
        _PILATES,
    ),
    "/home-visits/": _page(
        "/home-visits/",
        "Home Visits",
        "Physiotherapy home visits in Cheltenham and surrounding villages.",
        _HOMEVISITS,
    ),
    "/insurance-and-referral/": _page(
        "/insurance-and-referral/",
        "Insurance &amp; Self-Referral",
        "Using Bupa, AXA Health, Vitality and other insurance, and self-referral.",
        _INSURANCE,
    ),
    "/your-first-visit/": _page(
        "/your-first-visit/",
        "Your First Visit",
        "What happens at your first physiotherapy appointment, what to wear and what to bring.",
        _FIRSTVISIT,
    ),
    "/online-consultations/": _page(
        "/online-consultations/",
        "Online Video Consultations",
        "Physiotherapy video consultations from home.",
        _ONLINE,
    ),
    "/our-team/": _page(
        "/our-team/",
        "Our Team",
        "Meet our HCPC-registered physiotherapists and sports massage therapist.",
        _TEAM,
    ),
    "/contact/": _page(
        "/contact/",
        "Contact &amp; Find Us",
        "Opening hours, parking and directions to Regency Physio on Bath Road, Cheltenham.",
        _CONTACT,
    ),
    "/faq/": _page(
        "/faq/",
        "FAQ",
        "Answers to common questions about physiotherapy at Regency Physio.",
        _FAQ,
    ),
}

QUESTIONS = [
    ("how much is a first appointment", "/prices-and-booking/"),
    (
        "Hi, I need to cancel tomorrow mornings appointment as my daughter's been sent home from school poorly, "
        "will I still have to pay?",
        "/prices-and-booking/",
    ),
    (
        "Ive had this shooting pain from my bum right down the back of my leg to my calf for about 3 weeks now, "
        "is that something you can help with?",
        "/back-and-neck-pain/",
    ),
    (
        "Someone went into the back of me at the lights on the A40 last month and my neck's been stiff ever since. "
        "I've got a solicitor dealing with it - can you send the bill to them?",
        "/back-and-neck-pain/",
    ),
    (
        "Do you do that thing where they film you running on a treadmill? My knee starts aching after about 5k "
        "every time",
        "/sports-injuries/",
    ),
    (
        "went over on my ankle at netball last night, it's massive and purple and I can barely put any weight on "
        "it. do I come to you or go to hospital??",
        "/knee-and-ankle/",
    ),
    (
        "My knees are stiff and creaky and the GP says it's arthritis. I'm 71 - is there really any point in "
        "physio at my age?",
        "/knee-and-ankle/",
    ),
    ("Had my hip done at the Nuffield 10 days ago, how soon can I start coming to you?", "/post-operative-rehab/"),
    (
        "I'm on the waiting list for my ACL op in March. Is there anything I should be doing with my knee before "
        "the surgery?",
        "/post-operative-rehab/",
    ),
    (
        "I'm 28 weeks pregnant and it's agony getting out of the car and turning over in bed, right at the front "
        "down below. Can you help or do I just have to wait until the baby comes?",
        "/womens-health/",
    ),
    (
        "Had my baby 7 weeks ago and no one to have her - can I bring her with me to the appointment?",
        "/womens-health/",
    ),
    ("I'm on warfarin for my heart, am I still allowed the needles?", "/acupuncture-dry-needling/"),
    (
        "Running the Cheltenham half in a couple of weeks, when's the best time to get a massage before the race",
        "/sports-massage/",
    ),
    (
        "how many sessions of the shockwave would I need for my tennis elbow and what does it cost",
        "/shockwave-therapy/",
    ),
    ("is there a beginners pilates class on a weekday evening after work?", "/pilates/"),
    (
        "My mum is 84 and hasn't been out of the house since her fall in January. Would one of you be able to come "
        "out to her? She lives in Bishop's Cleeve",
        "/home-visits/",
    ),
    (
        "We've got Vitality health insurance through my husband's job, what do I need to sort out before I book?",
        "/insurance-and-referral/",
    ),
    ("do i have to go to my GP first", "/insurance-and-referral/"),
    ("What should I wear for my shoulder appointment?", "/your-first-visit/"),
    (
        "can my 13 yr old come in by himself after school? he's hurt his knee at football and I'm at work till 6",
        "/your-first-visit/",
    ),
    (
        "I'm off to Dubai with work for six months but I want to keep going with my rehab with my physio. Can we do "
        "it over video and what would I need?",
        "/online-consultations/",
    ),
    (
        "Is James a proper registered physio? My friend said he's the one to see for running stuff",
        "/our-team/",
    ),
    ("Where can I park?", "/contact/"),
    ("What time do you open in the mornings on a Friday? Need something before work", "/contact/"),
    (
        "I've been signed off with my back, can you give me a sick note for work or does it have to be the doctor",
        "/faq/",
    ),
]

OUT_OF_SCOPE = [
    "Do you do hydrotherapy sessions in a pool?",
    "My mare's back has been sore since the last meet at the racecourse - do you treat horses?",
    "Do you offer cupping therapy?",
    "Are you hiring at the moment? I'm a newly qualified physio looking for my first job",
    "Can you set up a physio scheme for our staff? I run an office of about 40 people",
    "Can I bring my dog with me to my appointment?",
    "Can you recommend a good Italian restaurant near the clinic?",
    "What time does the Gold Cup start this year?",
]
