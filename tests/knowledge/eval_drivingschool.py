"""An evaluation site: Wensum Driving School, an independent manual and automatic driving school in Norwich (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a Weebly theme
(wsite-section wrappers, wsite-elements, `paragraph` divs, wsite-multicol tables, wsite-menu navigation with
drop-down sub-menus, a custom-HTML price table and a footer in `#footer`).
"""

NAME = "Wensum Driving School"

_PHONE = "01603 958 214"
_PHONE_TEL = "01603958214"
_WHATSAPP = "07700 900 631"

# (href, label, sub-menu); the parent link of a drop-down is the first page of its group.
_MENU = [
    ("/", "Home", []),
    (
        "/manual-lessons/",
        "Lessons",
        [
            ("/manual-lessons/", "Manual Lessons"),
            ("/automatic-lessons/", "Automatic Lessons"),
            ("/intensive-courses/", "Intensive Courses"),
            ("/refresher-lessons/", "Refresher &amp; Nervous Drivers"),
            ("/pass-plus/", "Pass Plus"),
        ],
    ),
    (
        "/theory-test/",
        "Your Tests",
        [
            ("/theory-test/", "Theory Test Help"),
            ("/test-day/", "Test Day &amp; Car Hire"),
        ],
    ),
    (
        "/prices/",
        "Prices &amp; Booking",
        [
            ("/prices/", "Lesson Prices"),
            ("/booking-and-cancellations/", "Booking &amp; Cancellations"),
            ("/gift-vouchers/", "Gift Vouchers"),
            ("/lesson-terms/", "Lesson Terms"),
        ],
    ),
    (
        "/instructors/",
        "About Us",
        [
            ("/instructors/", "Our Instructors"),
            ("/areas-covered/", "Areas &amp; Pick-up"),
            ("/reviews/", "Reviews &amp; Pass Rates"),
        ],
    ),
    ("/faq/", "FAQ", []),
    ("/contact/", "Contact", []),
]


def _page_id(href):
    return "pg" + str(730151000000000 + sum((i + 7) * ord(c) for i, c in enumerate(href)) * 1013)


def _nav(current, mobile=False):
    ul_class = "wsite-menu-default" if not mobile else "wsite-menu-default mobile-menu"
    items = []
    for href, label, subs in _MENU:
        active = href == current or any(s == current for s, _ in subs)
        li_id = "active" if active else _page_id(href)
        sub_html = ""
        if subs:
            rows = []
            for s_href, s_label in subs:
                rows.append(
                    f'<li id="wsite-nav-{_page_id(s_href)[2:]}" class="wsite-menu-subitem-wrap'
                    f'{" wsite-nav-current" if s_href == current else ""}">'
                    f'<a href="{s_href}" class="wsite-menu-subitem">'
                    f'<span class="wsite-menu-title">{s_label}</span></a></li>'
                )
            sub_html = (
                '\n<div class="wsite-menu-wrap" style="display:none">\n<ul class="wsite-menu">\n'
                + "\n".join(rows)
                + "\n</ul>\n</div>"
            )
        arrow = '<span class="wsite-menu-arrow">&gt;</span>' if subs else ""
        items.append(
            f'<li id="{li_id}" class="wsite-menu-item-wrap">'
            f'<a href="{href}" class="wsite-menu-item">{label}{arrow}</a>{sub_html}</li>'
        )
    return f'<ul class="{ul_class}">\n' + "\n".join(items) + "\n</ul>"


def _section(inner, bg="wsite-background-42", extra=""):
    return f"""<div><div class="wsite-section-wrap">
<div class="wsite-section wsite-body-section {bg} {extra}">
<div class="wsite-section-content">
<div class="container">
<div class="wsite-section-elements">
{inner}
</div>
</div><!-- end container -->
</div>
</div>
</div></div>"""


def _cols(*cols):
    tds = "\n".join(
        f'<td class="wsite-multicol-col" style="width:{w}%; padding:0 15px;">\n{html}\n</td>' for w, html in cols
    )
    return f"""<div><div class="wsite-multicol"><div class="wsite-multicol-table-wrap" style="margin:0 -15px;">
<table class="wsite-multicol-table">
<tbody class="wsite-multicol-tbody">
<tr class="wsite-multicol-tr">
{tds}
</tr>
</tbody>
</table>
</div></div></div>"""


def _button(href, label, kind="highlight", size="large"):
    return f"""<div style="text-align:center;"><div style="height: 10px; overflow: hidden;"></div>
<a class="wsite-button wsite-button-{size} wsite-button-{kind}" href="{href}">
<span class="wsite-button-inner">{label}</span></a>
<div style="height: 10px; overflow: hidden;"></div></div>"""


_SPACER = '<div class="wsite-spacer" style="height:30px;"></div>'
_HR = """<div><div style="height: 20px; overflow: hidden; width: 100%;"></div>
<hr class="styled-hr" style="width:100%;"></hr>
<div style="height: 20px; overflow: hidden; width: 100%;"></div></div>"""

_SIDEBAR = f"""<div class="sidebar-widget">
<h2 class="wsite-content-title"><font size="4">Ready to get started?</font></h2>
<div class="paragraph">Call the office on <a href="tel:{_PHONE_TEL}">{_PHONE}</a> or send us a WhatsApp on
<strong>{_WHATSAPP}</strong> and we'll find you a slot.</div>
{_button("/contact/", "Book a Lesson", size="medium")}
</div>
<div class="sidebar-widget">
<h2 class="wsite-content-title"><font size="4">Quick links</font></h2>
<div class="paragraph"><ul>
<li><a href="/prices/">Lesson prices</a></li>
<li><a href="/booking-and-cancellations/">Booking &amp; cancellations</a></li>
<li><a href="/areas-covered/">Where we cover</a></li>
<li><a href="/faq/">Questions answered</a></li>
</ul></div>
</div>
<div class="sidebar-widget testimonial-mini">
<div class="paragraph" style="text-align:center;"><em>&ldquo;Calm, patient and always on time.
Couldn't recommend Wensum more.&rdquo;</em><br /><strong>&mdash; Georgia, Taverham</strong>
<br />&#9733;&#9733;&#9733;&#9733;&#9733;</div>
</div>"""


def _with_sidebar(main):
    return _cols((68, main), (32, _SIDEBAR))


_FOOTER_COLS = _cols(
    (
        33,
        f"""<h2 class="wsite-content-title"><font size="4">Wensum Driving School</font></h2>
<div class="paragraph">Unit 3, Sweet Briar Court<br />Sweet Briar Road<br />Norwich NR6 5AB<br /><br />
Office: <a href="tel:{_PHONE_TEL}">{_PHONE}</a><br />WhatsApp: {_WHATSAPP}<br />
<a href="mailto:hello@wensumdrivingschool.co.uk">hello@wensumdrivingschool.co.uk</a></div>""",
    ),
    (
        33,
        """<h2 class="wsite-content-title"><font size="4">Office hours</font></h2>
<div class="paragraph">Mon &ndash; Fri: 8.30am &ndash; 6pm<br />Saturday: 9am &ndash; 12 noon<br />
Sunday: closed<br /><em>Lessons run seven days a week.</em></div>""",
    ),
    (
        34,
        """<h2 class="wsite-content-title"><font size="4">Follow us</font></h2>
<div style="text-align:left;"><div style="height:5px;overflow:hidden"></div>
<span class="wsite-social wsite-social-default">
<a class="first-child wsite-social-item wsite-social-facebook" href="https://www.facebook.com/wensumdrivingschool"
 target="_blank" alt="Facebook" aria-label="Facebook"><span class="wsite-social-item-inner"></span></a>
<a class="wsite-social-item wsite-social-instagram" href="https://www.instagram.com/wensumdriving"
 target="_blank" alt="Instagram" aria-label="Instagram"><span class="wsite-social-item-inner"></span></a>
<a class="last-child wsite-social-item wsite-social-tiktok" href="https://www.tiktok.com/@wensumdriving"
 target="_blank" alt="TikTok" aria-label="TikTok"><span class="wsite-social-item-inner"></span></a>
</span></div>
<div class="paragraph"><a href="/lesson-terms/">Lesson terms</a> |
<a href="/lesson-terms/#privacy">Privacy</a> | <a href="/contact/">Contact</a></div>""",
    ),
)

_FOOTER = f"""<div class="footer-wrap">
<div class="container">
<div class="footer">
<div id="footer" class="wsite-elements wsite-footer">
{_FOOTER_COLS}
<div class="paragraph" style="text-align:center;"><font size="2">&copy; 2024 Wensum Driving School. All rights
reserved. All instructors are registered with the DVSA.</font></div>
</div>
</div>
</div>
</div>"""


def _page(path, title, headline, tagline, description, body):
    slug = path.strip("/") or "home"
    title = title.replace(" & ", " &amp; ")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<title>{title} - Wensum Driving School</title>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="description" content="{description}" />
<meta property="og:site_name" content="Wensum Driving School" />
<meta property="og:title" content="{title}" />
<meta property="og:description" content="{description}" />
<meta property="og:image" content="/uploads/1/2/4/8/124857213/published/wensum-og.jpg" />
<meta property="og:url" content="https://www.wensumdrivingschool.co.uk{path}" />
<link rel="stylesheet" type="text/css" href="/files/main_style.css?1708431122" title="wsite-theme-css" />
<link rel="stylesheet" type="text/css" href="/files/templateArtifacts.js-css/sites.css?buildTime=1708431122" />
<link rel="stylesheet" type="text/css" href="/files/theme/fonts/montserrat.css" />
<link rel="icon" href="/uploads/1/2/4/8/124857213/favicon.ico" />
<script>
var STATIC_BASE = '/files/';
(function(w){{w._wsa=w._wsa||[];w._wsa.push(['site','481739265027318']);}})(window);
window.dataLayer = window.dataLayer || [];
function gtag(){{dataLayer.push(arguments);}}
gtag('js', new Date());
gtag('config', 'G-7QK2WDS91B');
</script>
</head>
<body class="header-page wsite-page-{slug} full-width-body-off header-overlay-on alt-nav-off wsite-theme-light">
<div id="wsite-cookie-banner" class="wsite-cookie-banner" role="region" aria-label="Cookie notice">
<div class="wsite-cookie-banner-inner">
<p>We use cookies to make this website work and to understand how it is used. By carrying on browsing you agree
to this. <a href="/lesson-terms/#privacy">Find out more</a></p>
<a href="#" class="wsite-button wsite-button-small cookie-accept"><span class="wsite-button-inner">OK, got it</span></a>
</div>
</div>
<div class="wrapper">
<div class="birdseye-header">
<div class="nav-wrap">
<div class="container">
<a class="hamburger" aria-label="Menu" href="#"><span></span></a>
<div class="logo"><span class="wsite-logo"><a href="/">
<img src="/uploads/1/2/4/8/124857213/editor/wensum-logo.png?1708431101" alt="Wensum Driving School" />
</a></span></div>
<div class="nav desktop-nav">
{_nav(path)}
</div>
<div class="header-cta"><a class="wsite-button wsite-button-small wsite-button-normal" href="tel:{_PHONE_TEL}">
<span class="wsite-button-inner">Call {_PHONE}</span></a></div>
</div>
</div>
<div class="banner-wrap">
<div class="container">
<div class="banner">
<h2><span class="wsite-text wsite-headline">{headline}</span></h2>
<p><span class="wsite-text wsite-headline-paragraph">{tagline}</span></p>
<div class="button-wrap">
<a class="wsite-button wsite-button-large wsite-button-highlight" href="/contact/">
<span class="wsite-button-inner">Book Now</span></a>
</div>
</div>
</div>
</div>
</div><!-- end header -->
<div class="main-wrap">
<div id="wsite-content" class="wsite-elements wsite-not-footer">
{body}
</div>
</div><!-- end main-wrap -->
{_FOOTER}
</div><!-- end wrapper -->
<div id="navMobile" class="nav mobile-nav">
{_nav(path, mobile=True)}
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------------------------------

_HOME = "\n".join(
    [
        _section(
            """<h2 class="wsite-content-title">Norwich's friendly, independent driving school</h2>
<div class="paragraph">Wensum Driving School has been teaching people across Norwich to drive since
<strong>2004</strong>. We're a small, family-run business &ndash; <strong>not a national franchise</strong>
&ndash; so when you ring the office you'll speak to Dave or Karen, not a call centre, and every penny you pay
stays with the people who actually teach you. Dave Hollings started the school from his spare room after twelve
years driving lorries around East Anglia, and named it after the river that runs through the city. Twenty years
on there are six of us, six modern dual-controlled cars and well over 3,000 Norfolk drivers who learnt with
us.<br /><br />Whether you're a complete beginner, in a hurry for your licence, or you passed years ago and need
your confidence back, we'll put together lessons that suit you rather than a one-size-fits-all package.</div>"""
        ),
        _section(
            _cols(
                (
                    33,
                    """<h2 class="wsite-content-title"><font size="5">Learner drivers</font></h2>
<div class="paragraph">Weekly lessons in a manual or an automatic, at a pace that suits you.</div>
<div style="text-align:left;"><a class="wsite-button wsite-button-small wsite-button-normal" href="/manual-lessons/">
<span class="wsite-button-inner">Manual</span></a>
<a class="wsite-button wsite-button-small wsite-button-normal" href="/automatic-lessons/">
<span class="wsite-button-inner">Automatic</span></a></div>""",
                ),
                (
                    33,
                    """<h2 class="wsite-content-title"><font size="5">In a hurry?</font></h2>
<div class="paragraph">Our intensive courses pack your training into a week or two.</div>
<div style="text-align:left;"><a class="wsite-button wsite-button-small wsite-button-normal"
 href="/intensive-courses/"><span class="wsite-button-inner">Intensive Courses</span></a></div>""",
                ),
                (
                    34,
                    """<h2 class="wsite-content-title"><font size="5">Already passed?</font></h2>
<div class="paragraph">Refresher lessons and Pass Plus for new, rusty or nervous drivers.</div>
<div style="text-align:left;"><a class="wsite-button wsite-button-small wsite-button-normal"
 href="/refresher-lessons/"><span class="wsite-button-inner">Refresher Lessons</span></a>
<a class="wsite-button wsite-button-small wsite-button-normal" href="/pass-plus/">
<span class="wsite-button-inner">Pass Plus</span></a></div>""",
                ),
            ),
            bg="wsite-background-51",
        ),
        _section(
            """<h2 class="wsite-content-title">Why pupils choose Wensum</h2>
<div class="paragraph"><ul>
<li><strong>Door-to-door lessons</strong> &ndash; we collect you and bring you back, so there's no bus fare or
waiting around.</li>
<li><strong>Modern, clean, dual-controlled cars</strong> that are replaced every three years.</li>
<li><strong>Your progress in your pocket</strong> &ndash; our pupil app shows every skill you've covered, your lesson
notes and your balance.</li>
<li><strong>Theory help included</strong> for every pupil, not charged as an extra.</li>
<li><strong>Honest advice</strong> &ndash; we'll tell you straight when you're ready for your test, and when you're
not.</li>
</ul></div>
"""
            + _HR
            + """<h2 class="wsite-content-title" style="text-align:center;">What our pupils say</h2>
"""
            + _cols(
                (
                    33,
                    """<div class="paragraph" style="text-align:center;"><em>&ldquo;I was so anxious before my
first lesson but Dave had me laughing within five minutes. Passed first time in June!&rdquo;</em><br />
<strong>Ellie M., Hellesdon</strong></div>""",
                ),
                (
                    33,
                    """<div class="paragraph" style="text-align:center;"><em>&ldquo;Really organised school, the
app is brilliant and lessons were never cancelled on me once.&rdquo;</em><br /><strong>Jamal A., Sprowston</strong>
</div>""",
                ),
                (
                    34,
                    """<div class="paragraph" style="text-align:center;"><em>&ldquo;Both my sons learnt with
Wensum. Fair prices and genuinely lovely people.&rdquo;</em><br /><strong>Helen R., Costessey</strong></div>""",
                ),
            )
            + _button("/reviews/", "Read More Reviews", kind="normal", size="medium"),
            bg="wsite-background-42",
        ),
        _section(
            """<h2 class="wsite-content-title" style="text-align:center;">Start driving this month</h2>
<div class="paragraph" style="text-align:center;">Tell us a bit about yourself and we'll match you with the right
instructor and the right car.</div>"""
            + _button("/contact/", "Book Your First Lesson"),
            bg="wsite-background-7",
        ),
    ]
)

_MANUAL = _section(
    _with_sidebar(
        """<h2 class="wsite-content-title">Manual driving lessons</h2>
<div class="paragraph">Learning in a manual car gives you the most freedom once you've passed: a full manual licence
lets you drive both manual and automatic cars, and you'll be able to hop into almost any car you borrow, hire or
buy second hand. Most of our pupils still choose to learn in a manual, and four of our five instructors teach in one.
</div>
<h2 class="wsite-content-title"><font size="5">The car you'll learn in</font></h2>
<div class="paragraph">Our manual pupils learn in a <strong>2023 Ford Fiesta 1.0 EcoBoost Titanium</strong>, a
five-door hatchback with dual controls, air conditioning and heated seats. The seat and steering wheel both
adjust for height and reach, so taller and shorter pupils can get comfortable. The Fiesta has parking sensors and
a reversing camera, but we switch them off when practising manoeuvres because you can't rely on them in the test.
The cars are serviced every 10,000 miles and valeted weekly.</div>
<h2 class="wsite-content-title"><font size="5">How long should my lessons be?</font></h2>
<div class="paragraph">We offer 1 hour, 1&frac12; hour and 2 hour lessons. For complete beginners we usually
recommend a <strong>2 hour lesson once a week</strong>, or two 1&frac12; hour lessons if you can fit them in. A
single hour disappears very quickly once you've been picked up and driven somewhere quiet, and longer lessons mean
less time spent recapping what you did last week.</div>
<h2 class="wsite-content-title"><font size="5">Your first lesson</font></h2>
<div class="paragraph">Never sat in the driver's seat before? That's completely normal. Your instructor will drive
you to a quiet road on the Sweet Briar or Airport industrial estates (they're almost empty in the evenings and at
weekends) and swap seats there. We'll start with the &lsquo;cockpit drill&rsquo; &ndash; seat, mirrors, steering
position &ndash; then explain the controls, and by the end of the lesson most people have moved off, changed gear
and stopped safely several times. Nobody is taken onto a main road until they're ready.</div>
<h2 class="wsite-content-title"><font size="5">Following your progress</font></h2>
<div class="paragraph">We follow the DVSA's national standard for driving cars and light vans. Each lesson your
instructor rates you on skills such as junctions, roundabouts, meeting traffic and manoeuvres, and the scores
appear in the Wensum pupil app along with a short note about what to practise. You can see at a glance how close you
are to test standard.</div>"""
    )
) + _section(_button("/prices/", "See Manual Lesson Prices", kind="normal", size="medium"), bg="wsite-background-7")

_AUTOMATIC = _section(
    _with_sidebar(
        """<h2 class="wsite-content-title">Automatic driving lessons</h2>
<div class="paragraph">With no clutch and no gears to think about, an automatic lets you concentrate on the road,
the traffic and your observations. More and more of our pupils are choosing automatic lessons, especially as most
new cars on sale are hybrid or electric and so are automatic anyway.</div>
<h2 class="wsite-content-title"><font size="5">Our automatic cars</font></h2>
<div class="paragraph">Priya teaches in a <strong>2022 Toyota Yaris Hybrid</strong> and we have a second,
identical Yaris for busy weeks. It's quiet, smooth and very economical, with dual controls, a clear reversing
camera and a raised driving position that many people find reassuring.</div>
<h2 class="wsite-content-title"><font size="5">Is automatic right for me?</font></h2>
<div class="paragraph">An automatic is well worth considering if:<ul>
<li>you have a medical condition, injury or pain in your legs, knees, hips or back that makes using a clutch pedal
difficult or uncomfortable;</li>
<li>you've already had manual lessons and are really struggling with clutch control, stalling or hill starts;</li>
<li>you're a nervous learner and want fewer things to think about at once;</li>
<li>you're learning a bit later in life and just want to be driving as soon as possible;</li>
<li>you plan to buy a hybrid or electric car.</li>
</ul>In our experience automatic pupils need, on average, 10 to 15 fewer hours of lessons than manual pupils.</div>
<h2 class="wsite-content-title"><font size="5">What an automatic licence lets you drive</font></h2>
<div class="paragraph">If you pass your test in an automatic, your licence will show <strong>code 78</strong>, which
means you can only drive automatic cars. You are <strong>not</strong> allowed to drive a manual car on that licence,
not even with L plates unless you are supervised as a learner. To upgrade, you would need to pass another practical
driving test in a manual car &ndash; you don't need to retake the theory test. Plenty of our pupils pass in an
automatic and later book a handful of manual lessons and a second test when they need to.</div>
<h2 class="wsite-content-title"><font size="5">Switching from manual</font></h2>
<div class="paragraph">You can switch from manual to automatic lessons at any point. Your first automatic lesson
will be a chance to get used to the car, and most people feel at home within half an hour.</div>"""
    )
) + _section(_button("/prices/", "See Automatic Lesson Prices", kind="normal", size="medium"), bg="wsite-background-7")

_PRICE_TABLE = """<div class="wsite-custom-html"><div class="price-table-wrap">
<table class="price-table" style="width:100%;border-collapse:collapse;">
<thead>
<tr><th style="text-align:left;">Lesson</th><th>Manual</th><th>Automatic</th></tr>
</thead>
<tbody>
<tr><td>1 hour lesson</td><td>&pound;40</td><td>&pound;43</td></tr>
<tr><td>1&frac12; hour lesson</td><td>&pound;60</td><td>&pound;64.50</td></tr>
<tr><td>2 hour lesson</td><td>&pound;78</td><td>&pound;84</td></tr>
<tr class="highlight"><td>Block of 10 hours</td><td>&pound;380 <small>(save &pound;20)</small></td>
<td>&pound;410 <small>(save &pound;20)</small></td></tr>
<tr class="highlight"><td>Block of 20 hours</td><td>&pound;740 <small>(save &pound;60)</small></td>
<td>&pound;800 <small>(save &pound;60)</small></td></tr>
<tr><td>New pupil offer: first 2 hour lesson</td><td>&pound;60</td><td>&pound;65</td></tr>
<tr><td>Lesson with our trainee instructor (per hour)</td><td>&pound;30</td><td>&ndash;</td></tr>
<tr><td>Sunday supplement (per hour)</td><td>+&pound;5</td><td>+&pound;5</td></tr>
</tbody>
</table>
</div></div>"""

_PRICES = _section(
    """<h2 class="wsite-content-title">Lesson prices</h2>
<div class="paragraph">Prices below apply from <strong>1 February 2024</strong> and include pick-up and drop-off
anywhere in our normal area, fuel, and the use of a dual-controlled car. There are no registration fees and no
hidden extras.</div>
"""
    + _PRICE_TABLE
    + """
<div style="height:20px;overflow:hidden"></div>
"""
    + _cols(
        (
            50,
            """<h2 class="wsite-content-title"><font size="5">Block bookings</font></h2>
<div class="paragraph">Buying a block of 10 or 20 hours is the cheapest way to learn with us. The hours can be
used as lessons of any length, and if our prices go up while you still have hours left, the price you paid is
locked in. Blocks are paid in full before the first lesson, are valid for <strong>9 months</strong> from the date of
purchase, and belong to the pupil named on them &ndash; they can't be passed on to a friend or relative.</div>""",
        ),
        (
            50,
            """<h2 class="wsite-content-title"><font size="5">New pupil offer</font></h2>
<div class="paragraph">Your first 2 hour lesson is just &pound;60 in a manual or &pound;65 in an automatic. The offer
is once per pupil, only for people who have not had lessons with us before, and can't be combined with a block
booking (though you're welcome to buy a block afterwards).</div>
<h2 class="wsite-content-title"><font size="5">Trainee instructor lessons</font></h2>
<div class="paragraph">Lessons with Sam, our trainee instructor, are &pound;30 an hour (manual only).</div>""",
        ),
    )
    + """
<div class="paragraph"><em>Looking for something else? Intensive courses, Pass Plus and test day car hire each have
their own prices on the <a href="/intensive-courses/">Intensive Courses</a>, <a href="/pass-plus/">Pass Plus</a> and
<a href="/test-day/">Test Day</a> pages.</em></div>"""
    + _button("/contact/", "Book Now")
)

_INTENSIVE = _section(
    """<h2 class="wsite-content-title">Intensive driving courses</h2>
<div class="paragraph">An intensive course squeezes your lessons into one to three weeks instead of several months.
It suits people who need a licence quickly for a new job or university placement, and people who learn best by
driving every day. It's hard work &ndash; expect two to four hours behind the wheel most days &ndash; but the skills
stick because there's no week-long gap between lessons.</div>
<div class="wsite-custom-html"><table class="price-table" style="width:100%;">
<tr><th style="text-align:left;">Course</th><th>Suits</th><th>Manual</th><th>Automatic</th></tr>
<tr><td>10 hours</td><td>Nearly test-ready, needs polishing</td><td>&pound;450</td><td>&pound;480</td></tr>
<tr><td>20 hours</td><td>Some experience, e.g. 10+ hours already</td><td>&pound;880</td><td>&pound;940</td></tr>
<tr><td>30 hours</td><td>A little experience</td><td>&pound;1,290</td><td>&pound;1,380</td></tr>
<tr><td>40 hours</td><td>Complete beginners</td><td>&pound;1,690</td><td>&pound;1,800</td></tr>
</table></div>
<div class="paragraph"><em>All courses include the use of the car on test day and a warm-up lesson beforehand. The
DVSA test fee itself is not included.</em></div>
"""
    + _cols(
        (
            50,
            """<h2 class="wsite-content-title"><font size="5">Before you book</font></h2>
<div class="paragraph"><ul>
<li><strong>You must have passed your theory test</strong> before we confirm your course dates.</li>
<li>We'll start with a 1 hour assessment drive (&pound;40, taken off the course price if you go ahead) so we can
recommend the right course length honestly.</li>
<li>A <strong>&pound;250 deposit</strong> secures your dates and is non-refundable. The balance is due 14 days
before the course starts.</li>
</ul></div>""",
        ),
        (
            50,
            """<h2 class="wsite-content-title"><font size="5">What about the test date?</font></h2>
<div class="paragraph">We don't sell &ldquo;guaranteed fast-track tests&rdquo; &ndash; nobody honestly can. Waiting
times for practical tests at Norwich are currently around <strong>14 to 18 weeks</strong>. The best plan is to book
your practical test first and then we'll schedule your course in the fortnight before it. Many pupils also check the
DVSA website daily for cancellations to bring their test forward. If you need a licence in a matter of weeks and
haven't got a test booked yet, please ring us before paying for anything so we can talk through what's
realistic.</div>""",
        ),
    )
    + """
<h2 class="wsite-content-title"><font size="5">If you don't pass on the day</font></h2>
<div class="paragraph">Course fees aren't refundable once the hours have been driven, pass or fail. If the test
doesn't go your way we offer course pupils a <strong>retest package</strong> of 6 hours plus the car on test day for
&pound;280 (manual) or &pound;300 (automatic), booked for the week of your new test.</div>"""
    + _button("/contact/", "Enquire About a Course")
)

_PASS_PLUS = _section(
    _with_sidebar(
        """<h2 class="wsite-content-title">Pass Plus</h2>
<div class="paragraph">Pass Plus is a practical training course designed by the DVSA for newly qualified drivers.
It builds on what you learnt for your test and gives you supervised experience of the roads and conditions that
new drivers find hardest. Tom is our registered Pass Plus instructor.</div>
<h2 class="wsite-content-title"><font size="5">What the course covers</font></h2>
<div class="paragraph">There are six modules:<ol>
<li>Driving in town</li>
<li>All weathers</li>
<li>Rural roads</li>
<li>Driving at night</li>
<li>Dual carriageways</li>
<li>Motorways</li>
</ol>The course takes a <strong>minimum of 6 hours</strong>, usually spread over three 2 hour sessions. Norwich has
no motorway of its own, so the motorway and dual carriageway modules are combined into one longer drive along the
A11 to the M11. In summer the night module is booked after dark, which can mean a late evening.</div>
<h2 class="wsite-content-title"><font size="5">Is there a test?</font></h2>
<div class="paragraph">No. There's no exam at the end &ndash; Tom assesses you as you go, and you need to reach the
required standard in every module. When you've done so he sends your training report to the DVSA, who post you
your Pass Plus certificate.</div>
<h2 class="wsite-content-title"><font size="5">Will it cut my insurance?</font></h2>
<div class="paragraph">Some insurers give new drivers a discount for holding a Pass Plus certificate and some
don't, and the discount varies, so <strong>ask your insurer before you book</strong>. Even without a discount, most
pupils tell us the motorway and night driving were worth it for the confidence alone. Pass Plus can be taken at any
time after you pass, but it's most useful in your first year. Norfolk County Council does not currently run a Pass
Plus subsidy.</div>
<h2 class="wsite-content-title"><font size="5">Price</font></h2>
<div class="paragraph"><strong>&pound;255</strong> in a manual or <strong>&pound;270</strong> in an automatic for the
6 hours, including the DVSA paperwork. Any extra time needed is charged at our normal hourly rate.</div>"""
    )
)

_REFRESHER = _section(
    _with_sidebar(
        """<h2 class="wsite-content-title">Refresher lessons for nervous and returning drivers</h2>
<div class="paragraph">Not every pupil is a teenager with a provisional licence. A big part of our work is with
people who already hold a full licence but haven't driven for years, or who have lost their confidence. If that
sounds like you, you're in good company and there's nothing to be embarrassed about. We regularly help:<ul>
<li>parents getting back behind the wheel after a long break to raise a family;</li>
<li>people who've been shaken up by a crash or a near miss;</li>
<li>drivers who passed a while ago but avoid busy roundabouts like Thickthorn, or the Broadland Northway;</li>
<li>drivers who've moved here from abroad and want to get used to UK roads and rules;</li>
<li>people who've recently lost a partner who always did the driving.</li>
</ul></div>
<h2 class="wsite-content-title"><font size="5">How we work</font></h2>
<div class="paragraph">We always begin with a relaxed chat and a <strong>90 minute assessment drive</strong>. If
you'd like, we'll start in an empty car park and only move onto quiet roads when you say so. You'll never be
pushed onto a road you're not ready for. Afterwards your instructor will suggest a plan &ndash; for most returning
drivers that's somewhere between 4 and 10 hours &ndash; but you're free to stop whenever you feel ready. Refresher
lessons in our cars are charged at our standard hourly rates.</div>
<h2 class="wsite-content-title"><font size="5">Lessons in your own car</font></h2>
<div class="paragraph">If you hold a <strong>full licence</strong>, we can give refresher lessons in your own car so
you get comfortable in the car you'll actually be driving. The car must be taxed, MOT'd and insured for you to
drive. Because your car won't have dual controls, we'll start somewhere very quiet and build up gradually. Own-car
lessons are &pound;38 an hour. This isn't available to learner drivers.</div>
<h2 class="wsite-content-title"><font size="5">A few tips while you wait</font></h2>
<div class="paragraph">Sit in your car with the engine off and get to know where everything is. Go out as a
passenger and talk through what you see. Try a short drive at a quiet time, such as early on a Sunday morning, with
a calm experienced driver beside you. Small steps really do add up.</div>"""
    )
)

_THEORY = _section(
    """<h2 class="wsite-content-title">Theory test help</h2>
<div class="paragraph">You need to pass the theory test before you can book your practical test, but you don't
need it to start lessons. We suggest booking your theory after your first five to ten lessons, when the road signs
and rules start to make sense. Theory tests are booked on GOV.UK, cost <strong>&pound;23</strong> and are taken at
the theory test centre in Norwich city centre. Your pass certificate is valid for two years.</div>
"""
    + _cols(
        (
            50,
            """<h2 class="wsite-content-title"><font size="5">Part 1: multiple choice</font></h2>
<div class="paragraph">50 questions in 57 minutes, including a case study. You need <strong>43</strong> correct to
pass.</div>""",
        ),
        (
            50,
            """<h2 class="wsite-content-title"><font size="5">Part 2: hazard perception</font></h2>
<div class="paragraph">14 video clips of everyday road scenes, with one clip containing two hazards. You score up
to five points per hazard, and need <strong>44 out of 75</strong> to pass.</div>""",
        ),
    )
    + """
<h2 class="wsite-content-title"><font size="5">How we help</font></h2>
<div class="paragraph"><ul>
<li><strong>Free Theory Test Pro account</strong> for every pupil, with every official revision question and
hundreds of hazard perception clips.</li>
<li><strong>Hazard perception workshops</strong> on the first Tuesday of each month, 6.30pm to 8pm, at our office.
Priya goes through real clips on the big screen and shows you exactly when and why to click. &pound;10, or free if
you've bought a block of lessons.</li>
<li><strong>One-to-one theory coaching</strong> in person or on Zoom for &pound;25 an hour &ndash; popular with
people who have failed once or twice.</li>
</ul></div>
<h2 class="wsite-content-title"><font size="5">Failing the hazard perception?</font></h2>
<div class="paragraph">The most common reason is clicking too early or too late. Click when you first see something
that is starting to develop into a hazard &ndash; a pedestrian stepping towards the kerb, a car's brake lights
&ndash; and click again as it develops. Don't click constantly in a pattern: the software spots this and scores the
clip as zero.</div>
<h2 class="wsite-content-title"><font size="5">Dyslexia and reading difficulties</font></h2>
<div class="paragraph">If you have dyslexia or another reading difficulty, you can ask for help when you book your
theory test. The DVSA can give you <strong>extra time</strong> (up to double), an English or Welsh
<strong>voiceover</strong> that reads the questions aloud, or a reader or BSL interpreter. You'll need a letter from
a teacher, doctor or psychologist as evidence. Let your instructor know and we'll tailor your revision too.</div>"""
    + _button("/contact/", "Join a Theory Workshop", kind="normal", size="medium")
)

_TEST_DAY = _section(
    """<h2 class="wsite-content-title">Test day and car hire for your test</h2>
<div class="paragraph">Practical tests are booked on GOV.UK and cost &pound;62 on weekdays or &pound;75 for
evenings, weekends and bank holidays. Please <strong>agree the date with your instructor before booking</strong>,
because they need to be free to bring the car. Your instructor may refuse to let you take the test in our car if
you're not yet at test standard; that's about your safety and your money.</div>
"""
    + _cols(
        (
            50,
            """<h2 class="wsite-content-title"><font size="5">Our pupils</font></h2>
<div class="paragraph">Our test day package includes a 1 hour warm-up lesson just before your test, use of the car
for the test itself (about 40 minutes) and a lift home afterwards.<br /><br /><strong>&pound;95 manual /
&pound;102 automatic</strong></div>""",
        ),
        (
            50,
            """<h2 class="wsite-content-title"><font size="5">Learnt with someone else?</font></h2>
<div class="paragraph">If you've been taught by another instructor, or by a parent in the family car, you can still
hire one of our dual-controlled cars for your test. We first need to see you drive in at least <strong>two 2 hour
assessment lessons</strong> (at normal lesson prices) so we know you're safe and familiar with the car.<br /><br />
<strong>Test car hire: &pound;110</strong> including the warm-up.</div>""",
        ),
    )
    + """
<h2 class="wsite-content-title"><font size="5">What to bring</font></h2>
<div class="paragraph">Bring your <strong>photocard provisional driving licence</strong>. Without it the examiner
will not let the test go ahead and you'll lose your test fee. You no longer need your theory test certificate or a
paper counterpart. If you wear glasses or contact lenses to drive, wear them. That's it &ndash; we bring the car,
the L plates and a bottle of water.</div>
<h2 class="wsite-content-title"><font size="5">What happens on the test</font></h2>
<div class="paragraph">The test starts with an eyesight check: reading a number plate from 20 metres. On the drive
you'll be asked one &lsquo;tell me&rsquo; question before you set off and one &lsquo;show me&rsquo; question while
driving, do one reversing manoeuvre, possibly an emergency stop, and around 20 minutes of independent driving
following a sat nav or road signs. You pass with 15 or fewer driving faults and no serious or dangerous faults. You
can ask your instructor to sit in the back, which we recommend.</div>
<h2 class="wsite-content-title"><font size="5">If it doesn't go to plan</font></h2>
<div class="paragraph">Your instructor will go through the examiner's report with you on the way home. You'll need
to wait at least 10 working days before your next test. If a test can't go ahead because of a problem with our car
or instructor, we'll pay for your rebooked test.</div>"""
)

_BOOKING = _section(
    """<h2 class="wsite-content-title">Booking, payments &amp; cancellations</h2>
<div class="paragraph">Please read this before your first lesson &ndash; it keeps things fair for everyone.</div>
"""
    + _cols(
        (
            50,
            """<h2 class="wsite-content-title"><font size="5">How to book</font></h2>
<div class="paragraph">New pupils can ring the office, send a WhatsApp or use the form on our
<a href="/contact/">contact page</a>. Once you're registered you can book and move lessons yourself in the Wensum
pupil app.</div>
<h2 class="wsite-content-title"><font size="5">When lessons run</font></h2>
<div class="paragraph">Monday to Friday 7am &ndash; 9pm<br />Saturday 8am &ndash; 5pm<br />Sunday 9am &ndash; 3pm
(limited availability)</div>
<h2 class="wsite-content-title"><font size="5">Current waiting times</font></h2>
<div class="paragraph">For new pupils it's currently about <strong>3 weeks</strong> for a manual instructor and
<strong>6 to 8 weeks</strong> for automatic. Intensive courses are usually booked one to two months ahead.</div>""",
        ),
        (
            50,
            """<h2 class="wsite-content-title"><font size="5">Paying for lessons</font></h2>
<div class="paragraph">Lessons are paid for at least 24 hours in advance by bank transfer, or by debit or credit
card in the app or over the phone. We can also text you a payment link for Apple Pay or Google Pay.
<strong>Cash</strong> is accepted by instructors for single lessons only, handed over at the start of the lesson
&ndash; please have the right money, and you'll get a receipt in the app. We don't take cheques.</div>
<h2 class="wsite-content-title"><font size="5">Refunds on blocks</font></h2>
<div class="paragraph">Changed your mind? Unused block hours can be refunded while the block is still valid. The
hours you've had are recalculated at the single lesson price, and a &pound;15 admin fee is deducted.</div>""",
        ),
    )
    + """
<div id="cancellations"></div>
<h2 class="wsite-content-title"><font size="5">Cancellation policy</font></h2>
<div class="paragraph">We need at least <strong>48 hours' notice</strong> to cancel or move a lesson, free of charge.
With less notice than that, the full lesson fee is charged (or the hours are taken from your block), because your
instructor can't usually fill the slot.<br /><br />
<strong>Illness:</strong> we don't want you in the car if you're unwell. If you're ill, tell us before the lesson
is due to start and we'll waive the late cancellation charge <strong>once</strong> during your time with us. After
that, late cancellations through illness are charged as normal.<br /><br />
<strong>Lateness and no-shows:</strong> your instructor will wait 15 minutes at the pick-up point. After that the
lesson is treated as missed and charged in full.<br /><br />
<strong>If we cancel:</strong> if your instructor is ill, the car breaks down or it's unsafe because of snow or ice,
you won't be charged and we'll rebook you as soon as possible.</div>"""
)

_INSTRUCTORS = _section(
    """<h2 class="wsite-content-title">Meet our instructors</h2>
<div class="paragraph">Every full instructor at Wensum is a <strong>DVSA Approved Driving Instructor (ADI)</strong>.
To qualify, an ADI has to pass the DVSA's three-part exam: a theory and hazard perception test, a test of their own
driving ability, and a test of their ability to teach. Qualified instructors display a <strong>green ADI badge</strong>
in the windscreen with their photo and ADI number &ndash; you're always welcome to ask to see it. ADIs must also
pass a DVSA <strong>standards check</strong> at least every four years, where an examiner watches a real lesson and
grades it A (high standard) or B (sufficient). All of our team hold an <strong>enhanced DBS check</strong>,
renewed every three years.</div>
<div class="paragraph">There are five of us on the road: four ADIs and one trainee, including two female
instructors, Priya and Lucy. You can ask for a particular instructor when you book, and you're free to change
instructor at any time without needing to give a reason.</div>
"""
    + _HR
    + _cols(
        (
            50,
            """<h2 class="wsite-content-title"><font size="5">Dave Hollings &ndash; founder</font></h2>
<div class="paragraph"><strong>ADI since 2004 &middot; Grade A &middot; Manual</strong><br />Dave set up the school
and still teaches four days a week. He takes most of our intensive course pupils and is famously hard to
rattle.</div>
<h2 class="wsite-content-title"><font size="5">Priya Nair</font></h2>
<div class="paragraph"><strong>ADI since 2015 &middot; Grade A &middot; Automatic</strong><br />Priya teaches in
our automatic Yaris and runs our hazard perception workshops. She also speaks Hindi and Malayalam.</div>
<h2 class="wsite-content-title"><font size="5">Lucy Bright</font></h2>
<div class="paragraph"><strong>ADI since 2011 &middot; Grade A &middot; Manual</strong><br />Lucy joined us from a
national school in 2017. She works afternoons, evenings and Saturdays, which suits college students and people
working nine to five.</div>""",
        ),
        (
            50,
            """<h2 class="wsite-content-title"><font size="5">Tom Gowing</font></h2>
<div class="paragraph"><strong>ADI since 2019 &middot; Grade A &middot; Manual</strong><br />Tom is our registered
Pass Plus instructor and a keen cyclist, so expect plenty of advice on sharing the road.</div>
<h2 class="wsite-content-title"><font size="5">Sam Okafor &ndash; trainee instructor</font></h2>
<div class="paragraph"><strong>Trainee licence &middot; Manual</strong><br />Sam has passed the first two parts of
the ADI exam and holds a DVSA trainee licence, shown by a <strong>pink badge</strong> in the windscreen. Trainees
are allowed to give paid lessons while they prepare for the final part, and Sam is supervised and regularly
observed by Dave. Lessons with Sam are cheaper, and he's a great fit for patient beginners.</div>
<h2 class="wsite-content-title"><font size="5">Karen Hollings &ndash; office</font></h2>
<div class="paragraph">Karen runs the diary, answers the phone and makes sure everyone is where they should be. If
you need to change something, Karen's your person.</div>""",
        ),
    )
)

_AREAS = _section(
    """<h2 class="wsite-content-title">Areas covered and pick-up</h2>
<div class="paragraph">All our lessons are <strong>door to door</strong>. We'll collect you from home, school,
college or work, and we're happy to drop you somewhere different at the end &ndash; for example, pick up from
college and drop off at home &ndash; as long as both addresses are in our area. Just let us know when you book.
</div>
"""
    + _cols(
        (
            50,
            """<h2 class="wsite-content-title"><font size="5">Our normal area</font></h2>
<div class="paragraph">Norwich city and suburbs (NR1 to NR7), Hellesdon, Drayton, Taverham, Costessey, Horsford,
Old Catton, Sprowston, Rackheath, Thorpe St Andrew, Trowse, Eaton, Cringleford, Hethersett and Poringland.</div>
<h2 class="wsite-content-title"><font size="5">By arrangement</font></h2>
<div class="paragraph"><strong>Wymondham</strong>, Blofield, Brundall and Wroxham are covered on certain days only
(Dave and Tom's days), with a <strong>&pound;5 travel supplement</strong> per lesson. Please ring the office to
check availability.</div>
<h2 class="wsite-content-title"><font size="5">Not covered</font></h2>
<div class="paragraph">Sorry, we don't currently cover Dereham, Aylsham, Diss or Great Yarmouth.</div>""",
        ),
        (
            50,
            """<h2 class="wsite-content-title"><font size="5">Schools, colleges and the UEA</font></h2>
<div class="paragraph">We pick up from most local secondary schools and sixth forms, and from City College Norwich
on Ipswich Road. Some academies don't allow cars on site, so your instructor may meet you at the school gate.
<br /><br /><strong>UEA students:</strong> we can't drive onto campus, so we meet you at the bus interchange on
University Drive. Drop-offs at your halls or a student house elsewhere in the city are fine.</div>
<h2 class="wsite-content-title"><font size="5">Test centre</font></h2>
<div class="paragraph">Our pupils take their practical tests at the Norwich driving test centre on Peachman Way,
Broadland Business Park, and we spend plenty of time on the roads around it before your test.</div>""",
        ),
    )
    + """<div class="wsite-map"><div class="map-placeholder" style="height:300px;background:#e8eef0;">
<p style="text-align:center;padding-top:130px;">Map of our area</p></div></div>"""
)

_FAQ_ITEMS = [
    (
        "How old do I need to be to start driving lessons?",
        "You can drive a car on public roads from your <strong>17th birthday</strong>, or from 16 if you receive "
        "the enhanced rate of the mobility component of Personal Independence Payment (PIP). You can apply for your "
        "provisional licence on GOV.UK from the age of 15 years and 9 months, and it costs &pound;34 online. Apply "
        "early &ndash; it can take a few weeks to arrive &ndash; and you can book your first lesson for your "
        "birthday.",
    ),
    (
        "How many lessons will I need?",
        "Everyone is different, but the DVSA says the average learner needs around <strong>45 hours</strong> of "
        "lessons with an instructor plus about 22 hours of private practice. Regular lessons and plenty of practice "
        "in between will bring that number down.",
    ),
    (
        "Can I practise with a family member between lessons?",
        "Yes, and we encourage it. Your supervisor must be at least 21, must have held a full licence for that type "
        "of car for three years, and you must be insured to drive their car as a learner. Display L plates front "
        "and back. Your supervisor is welcome to sit in the back for the last ten minutes of a lesson so we can "
        "explain what to work on.",
    ),
    (
        "Am I insured during lessons?",
        "Yes. Our cars carry fully comprehensive insurance that covers you whenever you're driving on a lesson with "
        "us, so you don't need your own insurance for lessons.",
    ),
    (
        "Do you teach learners with ADHD, autism or anxiety?",
        "Yes. Our instructors have taught many learners with ADHD, autism and anxiety. We can use shorter lessons, "
        "written recaps in the app and the same quiet routes to begin with. We don't have cars with hand controls "
        "or other adaptations, but we can point you to a specialist who does.",
    ),
    (
        "I've had lessons with another school. Can I switch to you?",
        "Of course. Your first lesson will be an assessment so your new instructor can see where you're up to. If "
        "your previous instructor gave you a progress record, bring it along.",
    ),
    (
        "Do you teach all year round?",
        "Yes. We teach through winter, in the dark and in the rain, which is all good experience. The only time we "
        "postpone lessons is when snow or ice make the roads unsafe.",
    ),
]

_FAQ = _section(
    """<h2 class="wsite-content-title">Frequently asked questions</h2>
<div class="paragraph">Can't see your question here? Give the office a ring or send us a message &ndash; we're happy
to help.</div>
<div class="wsite-custom-html"><div class="accordion">
"""
    + "\n".join(
        f"""<div class="accordion-item">
<button class="accordion-toggle" aria-expanded="false">{q}</button>
<div class="accordion-panel"><p>{a}</p></div>
</div>"""
        for q, a in _FAQ_ITEMS
    )
    + """
</div></div>"""
    + _button("/contact/", "Ask Us Something Else", kind="normal", size="medium")
)

_REVIEW_LIST = [
    (
        "Passed first time with 3 minors! Lucy was brilliant, always calm and really clear.",
        "Maisie T., Eaton",
        "May 2024",
    ),
    (
        "I'd failed twice elsewhere. Two months with Dave and I passed with one minor.",
        "Callum W., Costessey",
        "Apr 2024",
    ),
    (
        "Priya is so patient. The automatic was definitely the right call for me.",
        "Anita S., Thorpe St Andrew",
        "Mar 2024",
    ),
    ("Booking through the app was so easy and I could see exactly how I was doing.", "Leo F., Drayton", "Feb 2024"),
    ("Tom's Pass Plus motorway drive was nerve-wracking but I'm so glad I did it.", "Ruby K., Old Catton", "Jan 2024"),
    ("Honest, friendly and punctual. Sam will make a fantastic instructor.", "Noah P., Hethersett", "Dec 2023"),
]

_REVIEWS = _section(
    """<h2 class="wsite-content-title">Reviews &amp; pass rates</h2>
<div class="paragraph">We're proud to hold a <strong>4.9 star rating on Google</strong> from more than 340 reviews.
Every review below is from a real pupil and has been copied across word for word.</div>
"""
    + _cols(
        (
            50,
            """<h2 class="wsite-content-title"><font size="5">Our pass rates</font></h2>
<div class="paragraph">For the year April 2023 to March 2024, <strong>61%</strong> of our pupils passed at their
first attempt, compared with a national average of about 48%. Across all attempts our pass rate was
<strong>68%</strong>. We publish these figures every spring.</div>""",
        ),
        (
            50,
            """<div class="paragraph" style="text-align:center;"><font size="6">&#9733; 4.9</font><br />
Google reviews<br /><a href="https://g.page/r/wensum-driving-school/review" target="_blank">Leave us a review</a>
</div>""",
        ),
    )
    + _HR
    + "\n".join(
        f"""<div class="wsite-testimonial"><div class="paragraph"><em>&ldquo;{t}&rdquo;</em><br />
<strong>{who}</strong> &middot; {when} &middot; &#9733;&#9733;&#9733;&#9733;&#9733;</div></div>"""
        for t, who, when in _REVIEW_LIST
    )
    + _button("/contact/", "Start Your Lessons")
)

_VOUCHERS = _section(
    _with_sidebar(
        """<h2 class="wsite-content-title">Gift vouchers</h2>
<div class="paragraph">Driving lessons make a brilliant present for a birthday, Christmas or passing exams, and
they're one gift that really does get used. Our vouchers can be spent on any of our lessons or courses.</div>
<h2 class="wsite-content-title"><font size="5">Choose a voucher</font></h2>
<div class="paragraph"><ul>
<li><strong>Any amount</strong> from &pound;40 upwards, in steps of &pound;10.</li>
<li><strong>Starter Pack</strong> &ndash; a first 2 hour lesson plus a 1 hour follow-up for &pound;99.</li>
<li><strong>Pass Plus voucher</strong> &ndash; a thoughtful present for someone who has just passed.</li>
</ul></div>
<h2 class="wsite-content-title"><font size="5">How it works</font></h2>
<div class="paragraph">Call the office or send us a WhatsApp and pay by card. We'll email a PDF voucher the same
day, or post a printed card in a gift envelope free of charge &ndash; please allow three working days for the post.
The person receiving the voucher just rings us to book, quoting the voucher code. They'll need to live or study
within the <a href="/areas-covered/">areas we cover</a>.</div>
<h2 class="wsite-content-title"><font size="5">The small print</font></h2>
<div class="paragraph">Vouchers are valid for <strong>12 months</strong> from purchase. If the recipient needs more
time, ask us before the voucher expires and we'll extend it once by three months. Vouchers can't be exchanged for
cash and can only be refunded within 14 days of purchase.</div>"""
    )
)

_TERMS = _section(
    """<h2 class="wsite-content-title">Lesson terms</h2>
<div class="paragraph">These terms apply to every lesson with Wensum Driving School. By booking a lesson you agree
to them.</div>
<h2 class="wsite-content-title"><font size="5">1. Your licence</font></h2>
<div class="paragraph">Learners must show a valid <strong>photocard provisional licence</strong> to the instructor
at the start of their first lesson, and it must be for the right category of vehicle. We're not allowed to give a
lesson without seeing it, so if you forget it the lesson can't go ahead and is charged as a late cancellation.</div>
<h2 class="wsite-content-title"><font size="5">2. Eyesight</font></h2>
<div class="paragraph">At your first lesson your instructor will ask you to read a car number plate from 20 metres,
with glasses or contact lenses if you need them. If you can't, the lesson will stop and we'll ask you to see an
optician before we continue.</div>
<h2 class="wsite-content-title"><font size="5">3. Alcohol, drugs and medication</font></h2>
<div class="paragraph">We have a zero tolerance policy. If your instructor believes you are unfit to drive through
alcohol or drugs the lesson will end and the full fee will be charged. Remember that alcohol can still be in your
system the morning after a night out. Please tell us about any medication that might cause drowsiness.</div>
<h2 class="wsite-content-title"><font size="5">4. Footwear and clothing</font></h2>
<div class="paragraph">Wear flat, comfortable shoes with a thin sole so you can feel the pedals. <strong>Flip-flops,
sliders, high heels and heavy boots are not suitable</strong>, and your instructor may cut the lesson short if
your footwear isn't safe.</div>
<h2 class="wsite-content-title"><font size="5">5. Medical conditions</font></h2>
<div class="paragraph">Some conditions, such as epilepsy, diabetes treated with insulin and some heart conditions,
must be declared to the DVLA. Please tell us about anything that may affect your driving.</div>
<h2 class="wsite-content-title"><font size="5">6. Mobile phones</font></h2>
<div class="paragraph">Phones must be switched off or on silent and out of reach while you're driving.</div>
<h2 class="wsite-content-title"><font size="5">7. Complaints</font></h2>
<div class="paragraph">If something isn't right, please talk to your instructor first. If that doesn't sort it out,
contact Dave at the office within 14 days and we'll respond within 7 working days. If you're still unhappy, you can
complain to the DVSA about an ADI's conduct.</div>
<div id="privacy"></div>
<h2 class="wsite-content-title"><font size="5">8. Privacy</font></h2>
<div class="paragraph">We keep your name, contact details, licence number and lesson records to run your lessons.
We share them only with the DVSA where needed (for example for Pass Plus), never sell them, and delete them two
years after your last lesson. This website uses cookies for basic statistics only.</div>"""
)

_CONTACT = _section(
    _cols(
        (
            50,
            f"""<h2 class="wsite-content-title">Get in touch</h2>
<div class="paragraph">The quickest way to book is to ring the office on <a href="tel:{_PHONE_TEL}">{_PHONE}</a>.
Phone lines are open <strong>Monday to Friday 8.30am to 6pm</strong> and <strong>Saturday 9am to 12 noon</strong>.
Outside those hours, leave a voicemail or send a WhatsApp to <strong>{_WHATSAPP}</strong> and Karen will get back to
you the next working day. Please don't ring instructors' mobiles to book &ndash; they can't answer while
teaching.<br /><br />Email: <a href="mailto:hello@wensumdrivingschool.co.uk">hello@wensumdrivingschool.co.uk</a></div>
<h2 class="wsite-content-title"><font size="5">Our office</font></h2>
<div class="paragraph">Unit 3, Sweet Briar Court, Sweet Briar Road, Norwich NR6 5AB &ndash; on the small business
park behind the builders' merchants. The office is where we run the diary and hold theory workshops; you don't
need to visit to start lessons, but you're welcome to pop in during office hours.<br /><br />
<strong>Parking:</strong> there are two visitor spaces marked &ldquo;Unit 3&rdquo; right outside, and free
unrestricted parking along Sweet Briar Court. The 23 bus stops on Sweet Briar Road, a two minute walk away.</div>""",
        ),
        (
            50,
            """<h2 class="wsite-content-title"><font size="5">Send us a message</font></h2>
<div class="wsite-form-container">
<form enctype="multipart/form-data" action="/ajax/apps/formSubmitAjax.php" method="POST" id="form-918273645102">
<div class="wsite-form-container" style="margin-top:10px;">
<ul class="formlist" id="918273645102-form-list">
<div><div class="wsite-form-field" style="margin:5px 0px 5px 0px;">
<label class="wsite-form-label" for="input-1">Name <span class="form-required">*</span></label>
<div class="wsite-form-input-container"><input id="input-1" class="wsite-form-input wsite-input" type="text"
 name="_u1" /></div></div></div>
<div><div class="wsite-form-field" style="margin:5px 0px 5px 0px;">
<label class="wsite-form-label" for="input-2">Phone <span class="form-required">*</span></label>
<div class="wsite-form-input-container"><input id="input-2" class="wsite-form-input wsite-input" type="text"
 name="_u2" /></div></div></div>
<div><div class="wsite-form-field" style="margin:5px 0px 5px 0px;">
<label class="wsite-form-label" for="input-3">I'm interested in</label>
<div class="wsite-form-radio-container"><select name="_u3" class="form-select">
<option>Manual lessons</option><option>Automatic lessons</option><option>Intensive course</option>
<option>Refresher lessons</option><option>Pass Plus</option><option>Test car hire</option>
<option>Gift voucher</option></select></div></div></div>
<div><div class="wsite-form-field" style="margin:5px 0px 5px 0px;">
<label class="wsite-form-label" for="input-4">Your postcode and anything else we should know</label>
<div class="wsite-form-input-container"><textarea id="input-4" class="wsite-form-input wsite-input"
 name="_u4" style="height: 120px"></textarea></div></div></div>
</ul>
</div>
<div style="text-align:left; margin-top:10px; margin-bottom:10px;">
<a class="wsite-button" onclick="return false;"><span class="wsite-button-inner">Send</span></a></div>
</form>
</div>""",
        ),
    )
)

HTML = {
    "/": _page(
        "/",
        "Home",
        "Learn to drive with confidence",
        "Manual and automatic lessons across Norwich since 2004",
        "Independent family-run driving school in Norwich offering manual and automatic lessons.",
        _HOME,
    ),
    "/manual-lessons/": _page(
        "/manual-lessons/",
        "Manual Lessons",
        "Manual driving lessons",
        "Learn in a modern dual-controlled Ford Fiesta",
        "Manual driving lessons in Norwich in a dual-controlled Ford Fiesta.",
        _MANUAL,
    ),
    "/automatic-lessons/": _page(
        "/automatic-lessons/",
        "Automatic Lessons",
        "Automatic driving lessons",
        "No clutch, no stalling, no stress",
        "Automatic driving lessons in Norwich in a Toyota Yaris Hybrid.",
        _AUTOMATIC,
    ),
    "/prices/": _page(
        "/prices/",
        "Prices",
        "Lesson prices",
        "Clear prices, no registration fees",
        "Driving lesson prices and block booking discounts at Wensum Driving School, Norwich.",
        _PRICES,
    ),
    "/intensive-courses/": _page(
        "/intensive-courses/",
        "Intensive Courses",
        "Intensive driving courses",
        "Get test-ready in weeks, not months",
        "Intensive and semi-intensive driving courses in Norwich, manual and automatic.",
        _INTENSIVE,
    ),
    "/pass-plus/": _page(
        "/pass-plus/",
        "Pass Plus",
        "Pass Plus",
        "Extra experience for newly qualified drivers",
        "Pass Plus course for new drivers in Norwich, including motorway and night driving.",
        _PASS_PLUS,
    ),
    "/refresher-lessons/": _page(
        "/refresher-lessons/",
        "Refresher & Nervous Drivers",
        "Refresher lessons",
        "For nervous, rusty and returning drivers",
        "Refresher driving lessons in Norwich for nervous drivers and people returning to driving.",
        _REFRESHER,
    ),
    "/theory-test/": _page(
        "/theory-test/",
        "Theory Test Help",
        "Theory test help",
        "Revision, workshops and one-to-one coaching",
        "Help with the driving theory test and hazard perception in Norwich.",
        _THEORY,
    ),
    "/test-day/": _page(
        "/test-day/",
        "Test Day & Car Hire",
        "Test day",
        "Warm-up lesson and a dual-controlled car for your test",
        "Driving test car hire and what to expect on your practical test in Norwich.",
        _TEST_DAY,
    ),
    "/booking-and-cancellations/": _page(
        "/booking-and-cancellations/",
        "Booking & Cancellations",
        "Booking &amp; cancellations",
        "How booking, payment and cancellations work",
        "How to book and pay for driving lessons, and our cancellation policy.",
        _BOOKING,
    ),
    "/instructors/": _page(
        "/instructors/",
        "Our Instructors",
        "Our instructors",
        "Friendly, patient and fully qualified",
        "Meet the DVSA approved driving instructors at Wensum Driving School.",
        _INSTRUCTORS,
    ),
    "/areas-covered/": _page(
        "/areas-covered/",
        "Areas & Pick-up",
        "Where we teach",
        "Door-to-door lessons across Norwich",
        "Areas covered by Wensum Driving School and pick-up from home, school, college and work.",
        _AREAS,
    ),
    "/faq/": _page(
        "/faq/",
        "FAQ",
        "Your questions answered",
        "Everything you wanted to ask about learning to drive",
        "Frequently asked questions about driving lessons with Wensum Driving School.",
        _FAQ,
    ),
    "/reviews/": _page(
        "/reviews/",
        "Reviews & Pass Rates",
        "Reviews &amp; pass rates",
        "Don't just take our word for it",
        "Pupil reviews and pass rates for Wensum Driving School, Norwich.",
        _REVIEWS,
    ),
    "/gift-vouchers/": _page(
        "/gift-vouchers/",
        "Gift Vouchers",
        "Gift vouchers",
        "The gift of independence",
        "Driving lesson gift vouchers from Wensum Driving School.",
        _VOUCHERS,
    ),
    "/lesson-terms/": _page(
        "/lesson-terms/",
        "Lesson Terms",
        "Lesson terms",
        "The important bits",
        "Terms for driving lessons with Wensum Driving School, including privacy.",
        _TERMS,
    ),
    "/contact/": _page(
        "/contact/",
        "Contact",
        "Contact us",
        "Book your first lesson today",
        "Contact Wensum Driving School in Norwich: phone, WhatsApp, email and office address.",
        _CONTACT,
    ),
}

QUESTIONS = [
    ("Are you one of the big national driving school chains or just a local outfit?", "/"),
    ("what car do you learn in for manual lessons", "/manual-lessons/"),
    (
        "Ive got a dodgy knee and working the clutch is agony, would I be better off learning in an automatic?",
        "/automatic-lessons/",
    ),
    (
        "If I pass my test in an automatic am I allowed to drive my mum's manual Corsa afterwards?",
        "/automatic-lessons/",
    ),
    ("How much do automatic lessons cost per hour?", "/prices/"),
    ("is it cheaper if i pay for a load of lessons in one go", "/prices/"),
    (
        "I've got a job starting in about five weeks that needs a full licence and I've only had a few goes in my "
        "uncle's car. Can you cram it all in for me somehow?",
        "/intensive-courses/",
    ),
    (
        "Just passed my test two weeks ago and my insurance quote is over two grand!! Is there some extra course "
        "that might get that down",
        "/pass-plus/",
    ),
    (
        "I haven't driven for about 15 years since having the kids and honestly the thought of it terrifies me. "
        "Is that something you can help with?",
        "/refresher-lessons/",
    ),
    (
        "Can the instructor come out with me in my own car? I've got a full licence, I just need my confidence back",
        "/refresher-lessons/",
    ),
    (
        "I keep failing the bit with the video clips on the theory test, do you do anything to help with that",
        "/theory-test/",
    ),
    (
        "My son is dyslexic and really worried about reading all the questions on the theory. Can he get any extra "
        "help?",
        "/theory-test/",
    ),
    (
        "I've been learning with my dad in his car but I'd rather take the test in a proper dual control car. Could "
        "I borrow yours for the test?",
        "/test-day/",
    ),
    ("what do i need to bring with me on the day of my driving test", "/test-day/"),
    (
        "I've woken up with a temperature and my lesson's at 10 tomorrow morning, am I going to get charged for it?",
        "/booking-and-cancellations/",
    ),
    ("Can I just pay the instructor cash?", "/booking-and-cancellations/"),
    (
        "Do you have any lady instructors? My daughter would feel more comfortable with a woman",
        "/instructors/",
    ),
    (
        "how do i know your instructors are properly qualified and not just some bloke with a car",
        "/instructors/",
    ),
    ("Do you cover Wymondham", "/areas-covered/"),
    (
        "I'm at UEA, could the instructor collect me from uni and then drop me back at my flat in Golden Triangle "
        "afterwards?",
        "/areas-covered/",
    ),
    ("My daughter turns 17 in March. How early can she actually get behind the wheel?", "/faq/"),
    (
        "thinking of getting my boyfriend some driving lessons for his birthday, how does that work",
        "/gift-vouchers/",
    ),
    ("What's your pass rate like?", "/reviews/"),
    ("Is it alright to wear my sliders to a lesson? Its been boiling this week", "/lesson-terms/"),
    ("Where is your office and is there anywhere to park if I pop in?", "/contact/"),
]

OUT_OF_SCOPE = [
    "Do you do motorbike lessons or CBT training?",
    "Can you teach me to tow a trailer? I need my B+E for work",
    "Is there a discount for NHS staff or students?",
    "Do you sell your old instructor cars when you replace them? Could do with a cheap first car",
    "I was banned for totting up points and have to do an extended retest, can you get me ready for that?",
    "Are you taking on any new instructors? I'm thinking of training to be one myself",
    "What time do Norwich City kick off on Saturday?",
    "can you recommend a decent mechanic near Sprowston, my clutch is slipping",
]
