"""An evaluation site: Millbrook Chiropractic & Sports Massage, a chiropractic and sports massage clinic (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates an older Squarespace 7.0
template (#canvas, #header with .nav-wrapper and folder sub-navigation, .sqs-layout rows of .col sqs-col-N
columns holding .sqs-block-html and other blocks with data-block-type attributes, a sidebar, #footer and a
cookie banner).
"""

import itertools

NAME = "Millbrook Chiropractic & Sports Massage"

_SITE = "Millbrook Chiropractic &amp; Sports Massage"
_DOMAIN = "https://www.millbrookchiro.co.uk"
_PHONE = "01252 718440"
_PHONE_TEL = "+441252718440"
_EMAIL = "hello@millbrookchiro.co.uk"

_NAV = [
    ("Home", "/"),
    (
        "New Patients",
        [
            ("Your First Visit", "/first-visit/"),
            ("Prices &amp; Packages", "/prices/"),
            ("Health Insurance", "/insurance/"),
            ("Booking &amp; Cancellations", "/booking/"),
            ("FAQs", "/faq/"),
        ],
    ),
    (
        "What We Treat",
        [
            ("Back &amp; Neck Pain", "/back-and-neck-pain/"),
            ("Sciatica", "/sciatica/"),
            ("Headaches", "/headaches/"),
            ("Pregnancy Care", "/pregnancy-care/"),
        ],
    ),
    ("Sports Massage", "/sports-massage/"),
    (
        "About",
        [
            ("Our Team", "/team/"),
            ("Registration &amp; Standards", "/standards/"),
            ("Aftercare Advice", "/aftercare/"),
        ],
    ),
    (
        "Visit Us",
        [
            ("Opening Hours", "/opening-hours/"),
            ("Find Us &amp; Parking", "/find-us/"),
            ("Contact", "/contact/"),
        ],
    ),
]

_ids = itertools.count(1)


def _bid():
    n = next(_ids)
    return f"yui_3_17_2_1_15276{n:05d}_{(n * 7919) % 100000}"


def _link(label, path, current):
    cls = "collection active-link" if path == current else "collection"
    return f'<div class="{cls}"><a href="{path}">{label}</a></div>'


def _nav(current, nav_id):
    out = [f'<nav id="{nav_id}" data-content-field="navigation-mainNav">']
    for label, target in _NAV:
        if isinstance(target, str):
            out.append(_link(label, target, current))
            continue
        active = " active-folder" if any(p == current for _, p in target) else ""
        out.append(f'<div class="folder{active}">')
        out.append(f'<div class="folder-toggle"><a href="#" class="folder-toggle-label">{label}</a></div>')
        out.append('<div class="subnav">')
        out.extend(_link(sub_label, sub_path, current) for sub_label, sub_path in target)
        out.append("</div></div>")
    out.append("</nav>")
    return "\n".join(out)


def _html(inner):
    return (
        f'<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-{_bid()}">'
        f'<div class="sqs-block-content">\n{inner}\n</div></div>'
    )


def _code(inner):
    return (
        f'<div class="sqs-block code-block sqs-block-code" data-block-type="23" id="block-{_bid()}">'
        f'<div class="sqs-block-content">\n{inner}\n</div></div>'
    )


def _button(text, href, align="center"):
    return (
        f'<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-{_bid()}">'
        f'<div class="sqs-block-content"><div class="sqs-block-button-container--{align}" '
        f'data-alignment="{align}" data-button-size="medium">'
        f'<a href="{href}" class="sqs-block-button-element--medium sqs-block-button-element" '
        f'data-initialized="true">{text}</a></div></div></div>'
    )


def _image(src, alt):
    return (
        f'<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-{_bid()}">'
        f'<div class="sqs-block-content"><div class="image-block-outer-wrapper layout-caption-hidden">'
        f'<div class="intrinsic" style="max-width:1500px;"><div class="image-block-wrapper has-aspect-ratio" '
        f'style="padding-bottom:56.25%;"><noscript><img src="{src}" alt="{alt}"></noscript>'
        f'<img class="thumb-image" data-src="{src}" data-image-dimensions="1500x844" alt="{alt}" '
        f'data-load="false" src="{src}"></div></div></div></div></div>'
    )


def _quote(text, who):
    return (
        f'<div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="block-{_bid()}">'
        f'<div class="sqs-block-content"><figure><blockquote data-animation-role="quote">'
        f"<span>&ldquo;</span>{text}<span>&rdquo;</span></blockquote>"
        f'<figcaption class="source">&mdash; {who}</figcaption></figure></div></div>'
    )


def _spacer():
    return (
        f'<div class="sqs-block spacer-block sqs-block-spacer sized vsize-1" data-block-type="21" '
        f'id="block-{_bid()}"><div class="sqs-block-content">&nbsp;</div></div>'
    )


def _line():
    return (
        f'<div class="sqs-block horizontalrule-block sqs-block-horizontalrule" data-block-type="47" '
        f'id="block-{_bid()}"><div class="sqs-block-content"><hr /></div></div>'
    )


def _row(*cols):
    """cols: (span, blocks) pairs; blocks is a string of one or more blocks."""
    inner = "".join(f'<div class="col sqs-col-{span} span-{span}">\n{blocks}\n</div>' for span, blocks in cols)
    return f'<div class="row sqs-row">{inner}</div>'


def _layout(*rows):
    return (
        f'<div class="sqs-layout sqs-grid-12 columns-12" data-type="page" id="page-{_bid()}">\n'
        + "\n".join(rows)
        + "\n</div>"
    )


def _sidebar(extra=""):
    return f"""<aside id="sidebar" class="sidebar" data-content-field="sidebar">
<div class="sqs-layout sqs-grid-1 columns-1" data-type="sidebar" id="sidebar-{_bid()}">
<div class="row sqs-row"><div class="col sqs-col-1 span-1">
{_html("<h3>Ready to book?</h3><p>New and returning patients can book online at any time, day or night.</p>")}
{_button("Book Now", "/booking/")}
{_line()}
{extra}
{
        _html(
            '<h3>Conditions we treat</h3><ul><li><a href="/back-and-neck-pain/">Back &amp; neck pain</a></li>'
            '<li><a href="/sciatica/">Sciatica &amp; leg pain</a></li><li><a href="/headaches/">Headaches</a></li>'
            '<li><a href="/pregnancy-care/">Pregnancy &amp; postnatal</a></li>'
            '<li><a href="/sports-massage/">Sports injuries &amp; massage</a></li></ul>'
        )
    }
</div></div></div>
</aside>"""


def _page(path, title, description, body, sidebar=None, body_class="type-page"):
    page_id = f"5a1f0c2e{len(path):02d}b7c{next(_ids):04d}"
    full_title = f"{title} &mdash; {_SITE}" if path != "/" else f"{_SITE} | Chiropractor in Farnham, Surrey"
    layout_cls = "has-sidebar" if sidebar else "no-sidebar"
    sidebar_html = sidebar if sidebar else ""
    return f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-GB">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="initial-scale=1">
<!-- This is Squarespace. --><!-- millbrook-chiropractic -->
<base href="">
<meta charset="utf-8" />
<title>{full_title}</title>
<link rel="shortcut icon" type="image/x-icon" href="/s/favicon.ico"/>
<link rel="canonical" href="{_DOMAIN}{path}"/>
<meta property="og:site_name" content="{_SITE}"/>
<meta property="og:title" content="{title} &mdash; {_SITE}"/>
<meta property="og:url" content="{_DOMAIN}{path}"/>
<meta property="og:type" content="website"/>
<meta property="og:image" content="{_DOMAIN}/s/images/millbrook-og.jpg"/>
<meta itemprop="name" content="{title} &mdash; {_SITE}"/>
<meta name="twitter:title" content="{title} &mdash; {_SITE}"/>
<meta name="twitter:card" content="summary"/>
<meta name="description" content="{description}" />
<link rel="stylesheet" type="text/css" href="/s/sitecss/site.css?&amp;filterFeatures=false" />
<link rel="stylesheet" type="text/css" href="/s/universal/styles-compressed/commerce.css" />
<script type="text/javascript">
Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT = {{"website":{{"id":"5a1f0c2e9f8dce1a4b2c7d10",
"identifier":"millbrook-chiropractic","siteTitle":"Millbrook Chiropractic & Sports Massage",
"templateId":"4f2bd8a5c2b6f0e7a9aa3f11","timeZone":"Europe/London"}},"pageType":2,"collectionId":"{page_id}"}};
</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}
gtag('js',new Date());gtag('config','G-MB7Q2L4XK9',{{'anonymize_ip':true}});</script>
</head>
<body id="collection-{page_id}" class="{body_class} {layout_cls} header-style-default nav-dropdown-hover
 site-alignment-center title--description-hide social-icons-style-regular tagline-hide
 show-category-navigation event-show-past-events  gallery-design-grid  hide-page-title  mobile-style-available">

<div class="sqs-announcement-bar-dropzone"></div>
<div id="mobileNav" class="">
<div class="wrapper">
{_nav(path, "mobileNavigation")}
</div>
</div>
<div class="site-wrapper">
<div id="canvas-wrapper">
<div id="canvas">

<header id="header" class="show-on-scroll" data-offset-el=".index-section" data-offset-behavior="bottom">
<div class="header-inner">
<div id="logoWrapper" class="wrapper" data-content-field="site-title">
<h1 id="logoImage"><a href="/"><img src="/s/images/millbrook-logo.png" alt="{_SITE}" /></a></h1>
<p class="site-tagline">Chiropractic &middot; Sports Massage &middot; Farnham</p>
</div>
<div id="headerNav">
<div class="nav-wrapper" id="mainNavWrapper">
{_nav(path, "mainNavigation")}
</div>
<div class="header-cta"><a href="tel:{_PHONE_TEL}" class="header-phone">{_PHONE}</a>
<a href="/booking/" class="sqs-system-button sqs-editable-button header-book">Book Now</a></div>
</div>
<div id="mobileMenuLink"><a>Menu</a></div>
</div>
</header>

<div id="page-body-wrapper">
<div id="page-body">
<div id="content-wrapper">
<div class="content-inner">
<div class="page-title-wrapper"><h1 class="page-title">{title}</h1></div>
<main id="content" class="main-content" data-content-field="main-content" data-collection-id="{page_id}">
{body}
</main>
{sidebar_html}
</div>
</div>
</div>
</div>

<footer id="footer">
<div class="footer-inner">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="block-field" id="footerBlocks">
<div class="row sqs-row">
<div class="col sqs-col-4 span-4">
{
        _html(f'''<h3>{_SITE}</h3>
<p>2 Maltings Yard, 41 West Street<br>Farnham, Surrey GU9 7DX</p>
<p>Tel: <a href="tel:{_PHONE_TEL}">{_PHONE}</a><br>Email: <a href="mailto:{_EMAIL}">{_EMAIL}</a></p>''')
    }
</div>
<div class="col sqs-col-4 span-4">
{
        _html('''<h3>Opening hours</h3>
<p>Mon&ndash;Fri from 8am<br>Late evenings Mon, Wed &amp; Thu<br>Saturday 8.30am&ndash;1pm<br>Sunday closed</p>
<p><a href="/opening-hours/">Full opening hours</a></p>''')
    }
</div>
<div class="col sqs-col-4 span-4">
{
        _html('''<h3>Follow us</h3>
<p><a href="https://www.facebook.com/millbrookchiro" target="_blank">Facebook</a> &middot;
<a href="https://www.instagram.com/millbrookchiro" target="_blank">Instagram</a> &middot;
<a href="https://www.linkedin.com/company/millbrook-chiropractic" target="_blank">LinkedIn</a></p>
<p><a href="/booking/">Booking &amp; cancellation policy</a><br>
<a href="/standards/">Registration, complaints &amp; privacy</a></p>''')
    }
</div>
</div>
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
{
        _html('''<p class="footer-small">&copy; 2024 Millbrook Chiropractic Ltd. Registered in England &amp; Wales,
company no. 06914482. Registered office: 2 Maltings Yard, 41 West Street, Farnham GU9 7DX.
Website by Squarespace.</p>''')
    }
</div></div>
</div>
</div>
</footer>

</div>
</div>
</div>

<div class="sqs-cookie-banner-v2-container">
<div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="dialog" aria-live="polite">
<div class="sqs-cookie-banner-v2-text"><p>We use cookies to understand how visitors use our website and to
improve your experience. By clicking Accept you agree to our use of cookies.</p></div>
<div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button>
<button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline</button>
</div>
</div>
</div>
<script type="text/javascript" data-sqs-type="imageloader-bootstrapper">
(function() {{ if (window.ImageLoader) {{ window.ImageLoader.bootstrap({{}}, document); }} }})();
</script>
</body>
</html>
"""


def _accordion(items):
    parts = ['<div class="accordion-block"><div class="accordion-items-container">']
    for question, answer in items:
        parts.append(
            '<div class="accordion-item">'
            f'<button class="accordion-toggle" aria-expanded="false">{question}'
            '<span class="accordion-icon"></span></button>'
            f'<div class="accordion-panel" role="region">{answer}</div></div>'
        )
    parts.append("</div></div>")
    return "\n".join(parts)


# ---------------------------------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------------------------------

_HOME = _layout(
    _row(
        (
            12,
            _image("/s/images/clinic-reception.jpg", "Millbrook Chiropractic reception, Farnham")
            + _html("""<h1 style="text-align:center">Chiropractic and sports massage in the heart of Farnham</h1>
<p style="text-align:center">Helping Farnham, Aldershot and Alton get moving again since 2009.</p>"""),
        )
    ),
    _row(
        (
            12,
            _html("""<p>Millbrook is an independent clinic tucked away in Maltings Yard, just off West Street.
It was founded in 2009 by chiropractor Rachel Ashworth, and today our small team of two chiropractors and
two sports massage therapists sees everyone from office workers with a stubborn stiff neck to club runners,
weekend gardeners, new parents and grandparents.</p>
<p>We're not a chain and we don't do hard sells. We take time to find out what's actually going on, explain
it in plain English and agree a plan with you &ndash; and if we don't think we're the right people to help,
we'll tell you who is.</p>"""),
        )
    ),
    _row(
        (
            6,
            _image("/s/images/chiropractic-treatment.jpg", "Chiropractor treating a patient's lower back")
            + _html("""<h2>Chiropractic</h2>
<p>Assessment and hands-on treatment for back pain, neck pain, sciatica, headaches that start in the neck,
and aches and pains in pregnancy. Your first appointment includes a full examination and, in most cases,
your first treatment.</p><p><a href="/first-visit/">What happens at your first visit &rarr;</a></p>"""),
        ),
        (
            6,
            _image("/s/images/sports-massage.jpg", "Sports massage therapist working on a runner's calf")
            + _html("""<h2>Sports Massage</h2>
<p>Deep tissue and sports massage for training, recovery and everyday tension, with experienced therapists
who understand sport &ndash; whether you're building up to your first 10k or just sit at a desk all week.</p>
<p><a href="/sports-massage/">About sports massage &rarr;</a></p>"""),
        ),
    ),
    _row((12, _line() + _html('<h2 style="text-align:center">What our patients say</h2>'))),
    _row(
        (
            4,
            _quote(
                "I'd been putting up with a stiff neck for months. Daniel explained exactly what was going on "
                "and gave me exercises that actually fit around my job. Wish I'd gone sooner.",
                "Claire B., Google review &#9733;&#9733;&#9733;&#9733;&#9733;",
            ),
        ),
        (
            4,
            _quote(
                "Sophie is brilliant. Firm but never unbearable, and she always asks what I've got coming up "
                "in my training before she starts.",
                "Tom R., Farnham Runners",
            ),
        ),
        (
            4,
            _quote(
                "Friendly reception, always on time, and nobody ever pushed me into buying a block of sessions. "
                "My back hasn't felt this good in years.",
                "Margaret H., Google review &#9733;&#9733;&#9733;&#9733;&#9733;",
            ),
        ),
    ),
    _row(
        (
            12,
            _html("""<p style="text-align:center">Proud members of the British Chiropractic Association
&middot; Rated 4.9 from 310 Google reviews</p>""")
            + _button("Book your appointment", "/booking/"),
        )
    ),
)

_FIRST_VISIT = _layout(
    _row(
        (
            12,
            _html("""<h2>Your first visit</h2>
<p>Your first appointment is with one of our chiropractors and lasts between 45 minutes and an hour. It's a
thorough assessment rather than a quick once-over, and in most cases it includes your first treatment as
well.</p>
<h3>Before you come</h3>
<p>When you book, we'll email you a link to our secure online health questionnaire. Please fill it in at
least a day before your appointment so your chiropractor can read it beforehand. If you've had X-rays, MRI
scans or letters from a consultant, please bring them along or email them to us in advance, together with a
list of any medication you take. Try to arrive five minutes early.</p>"""),
        )
    ),
    _row(
        (
            6,
            _html("""<h3>1. Talking it through</h3>
<p>We'll spend 15&ndash;20 minutes on your history: when the problem started, what makes it better or worse,
your general health, work, sport and sleep, and what you want to get back to doing.</p>
<h3>2. Examination</h3>
<p>We'll look at your posture and how you move, then carry out orthopaedic tests and neurological checks
&ndash; reflexes, muscle strength and skin sensation. If we're going to treat your neck we'll also take your
blood pressure.</p>"""),
        ),
        (
            6,
            _html("""<h3>3. Explanation</h3>
<p>We'll tell you what we think is causing your pain, in plain English, and talk through your options, how
many visits it's likely to take, what it will cost and any risks. Nothing happens until you're happy.</p>
<h3>4. Treatment</h3>
<p>If it's safe and you agree, you'll have your first treatment the same day. Occasionally we need more
information first &ndash; for example a scan, or a chat with your GP &ndash; and in that case we'll write to
your GP and hold off treating until we know it's appropriate.</p>"""),
        ),
    ),
    _row(
        (
            12,
            _line()
            + _html("""<h3>What to wear</h3>
<p>We need to see how your spine and joints move, so we may ask you to undress down to your underwear for
part of the examination. You'll be given a gown, and you only ever take off what you're comfortable with
&ndash; many patients simply bring a pair of shorts and a vest top to change into. If you'd prefer to see a
female or male chiropractor, just say when you book.</p>
<p>You're very welcome to bring a friend or family member into the treatment room with you.</p>
<h3>Follow-up appointments</h3>
<p>Follow-up treatments last 20&ndash;30 minutes. Each one starts with a quick review of how you've been
since your last visit, so we can adjust the plan as you improve.</p>"""),
        )
    ),
)

_BACK_NECK = _layout(
    _row(
        (
            12,
            _html("""<h2>Back &amp; neck pain</h2>
<p>Most of us will have back pain at some point, and neck pain is almost as common. The good news is that
the large majority of back and neck problems are not caused by anything serious, and they respond well to
the right mix of hands-on treatment, movement and advice.</p>
<h3>Problems we commonly see</h3>
<ul>
<li>Sudden low back pain &ndash; the &ldquo;I bent down and my back went&rdquo; kind</li>
<li>Long-standing back stiffness that's worse first thing in the morning</li>
<li>Neck pain and wry neck &ndash; waking up unable to turn your head</li>
<li>Pain between the shoulder blades</li>
<li>Aches from long hours at a desk or driving</li>
<li>Whiplash after a car accident</li>
</ul>
<h3>How we help</h3>
<p>Treatment usually combines spinal manipulation and mobilisation, soft tissue work on tight muscles and a
short home exercise programme. The NICE guideline on low back pain (NG59) recommends manual therapy as part
of a package of care that includes exercise, and that's exactly how we work.</p>"""),
        )
    ),
    _row(
        (
            12,
            _html("""<h3>How many sessions will I need?</h3>
<p>Every back is different, but as a guide, most people with a recent flare-up of back or neck pain notice a
clear change within three or four treatments, and many are discharged after four to six sessions spread over
three to four weeks. Problems that have been around for months or years usually take longer. We formally
review your progress at your sixth visit: if you're not improving as we'd expect, we'll say so and talk
about other options, including referral back to your GP.</p>
<h3>Whiplash and car accidents</h3>
<p>We treat whiplash injuries regularly. You can pay for treatment yourself, or it can be funded through a
personal injury claim &ndash; if your solicitor or a medical-legal agency is paying, we need their written
authorisation before your first visit. Please note that we provide treatment and can share our clinical
notes with your consent, but we do not write expert medico-legal reports for claims; your solicitor will
arrange that with an independent medical expert.</p>
<h3>Working from a laptop?</h3>
<p>Raise your screen so the top is roughly at eye level, use a separate keyboard and mouse, and get up at
least every 45 minutes. We're happy to look at a photo of your home set-up during your appointment.</p>"""),
        )
    ),
)

_SCIATICA = _layout(
    _row(
        (
            12,
            _html("""<h2>Sciatica &amp; leg pain</h2>
<p>Sciatica is pain that travels from the lower back or buttock down the back of the leg, often past the
knee and sometimes into the foot. It can be sharp, burning or electric, and may come with pins and needles,
numbness or weakness. Sciatica isn't a diagnosis in itself &ndash; it's a sign that the sciatic nerve, or
one of the nerve roots that form it, is irritated.</p>
<h3>Common causes</h3>
<ul>
<li><strong>Disc bulge or herniation</strong> &ndash; the most common cause, particularly between 30 and 50</li>
<li><strong>Spinal stenosis</strong> &ndash; narrowing around the nerves, more common over 60; often worse
when walking and eased by sitting</li>
<li><strong>Buttock muscle tension</strong> &ndash; sometimes called piriformis syndrome</li>
<li><strong>Pregnancy</strong> &ndash; see <a href="/pregnancy-care/">pregnancy care</a></li>
</ul>"""),
        )
    ),
    _row(
        (
            7,
            _html("""<h3>Our approach</h3>
<p>Your first visit includes a detailed neurological examination so we can work out which nerve is involved
and how irritated it is. Treatment is gentle: flexion-distraction on a specialist table, careful mobilisation,
soft tissue work, nerve-gliding exercises and practical advice on sitting, driving and sleeping. We don't
use forceful manipulation on an acutely irritated disc.</p>
<p>Most episodes of sciatica improve considerably within six to twelve weeks.</p>
<h3>Do I need a scan?</h3>
<p>Most people don't. If your leg pain hasn't improved after around six weeks, or you're developing weakness,
we can refer you privately for an MRI at a local imaging centre (typically &pound;300&ndash;&pound;450, paid
directly to the centre) or write to your GP.</p>"""),
        ),
        (
            5,
            _html("""<div class="callout callout--warning">
<h3>When it's an emergency</h3>
<p><strong>Don't wait for an appointment with us.</strong> Go to A&amp;E or call 111 straight away if you
have back pain or sciatica together with any of these:</p>
<ul>
<li>numbness or tingling around your back passage or genitals (the &ldquo;saddle&rdquo; area)</li>
<li>difficulty passing urine, or losing control of your bladder or bowels</li>
<li>sciatica in both legs, or new weakness in both legs</li>
</ul>
<p>These can be signs of cauda equina syndrome, which is rare but needs emergency hospital care.</p>
</div>"""),
        ),
    ),
)

_HEADACHES = _layout(
    _row(
        (
            12,
            _html("""<h2>Headaches</h2>
<p>Many regular headaches start in the neck and shoulders. Chiropractors most often help with two types.</p>
<h3>Tension-type headache</h3>
<p>A dull, band-like pressure around the forehead or the back of the head that builds through the day.
It's often linked to stress, poor sleep, jaw clenching and long spells sitting still.</p>
<h3>Cervicogenic (neck-related) headache</h3>
<p>This starts at the base of the skull, usually on one side, and can spread forward towards the temple or
behind the eye. The neck often feels stiff, and the headache is typically brought on by neck movement or
by hours looking at a screen &ndash; a very common pattern in people who work on a laptop.</p>
<h3>What we do</h3>
<p>We assess your neck, upper back, shoulders and jaw, and check for anything that needs medical attention.
Treatment may include gentle mobilisation or manipulation of the neck and upper back, soft tissue release of
the small muscles at the base of the skull, and posture and strengthening exercises. Most people have a
trial of four to six treatments. We'll give you a headache diary to fill in so we can see, honestly, whether
the headaches are becoming less frequent and less intense.</p>"""),
        )
    ),
    _row(
        (
            6,
            _html("""<h3>What about migraine?</h3>
<p>We don't claim to cure migraine. Migraine is a neurological condition and should be managed by your GP or
a neurologist. Some people find that neck and shoulder tension is one of their triggers, and treating it can
reduce how often attacks happen &ndash; but results vary, and we'll be straight with you about whether it's
worth continuing.</p>
<h3>Jaw clenching and grinding</h3>
<p>If you wake with an aching jaw, gentle work on the jaw muscles alongside neck treatment can help.</p>"""),
        ),
        (
            6,
            _html("""<div class="callout callout--warning"><h3>Get urgent help for&hellip;</h3>
<p>Call 999 or go to A&amp;E for a sudden, severe &ldquo;worst ever&rdquo; headache; a headache with fever,
a stiff neck or a rash; a headache after a head injury; or a headache with weakness, slurred speech,
confusion or loss of vision.</p></div>"""),
        ),
    ),
)

_PREGNANCY = _layout(
    _row(
        (
            12,
            _html("""<h2>Pregnancy &amp; postnatal care</h2>
<p>Your body changes quickly in pregnancy: hormones loosen the ligaments, your centre of gravity moves forward
and the way you stand, walk and sleep all change. Aches and pains are common &ndash; but you don't have to
just put up with them. Rachel Ashworth leads our pregnancy care and has completed postgraduate training in
pregnancy and postnatal chiropractic.</p>
<h3>What we help with</h3>
<ul>
<li><strong>Pelvic girdle pain (PGP, sometimes called SPD)</strong> &ndash; pain at the front or back of the
pelvis or in the groin, often worse turning over in bed, getting in and out of the car, or on the stairs</li>
<li>Low back pain and sciatica</li>
<li>Rib and mid-back pain, especially in the third trimester</li>
</ul>
<h3>Is it safe?</h3>
<p>Yes. Chiropractic care adapted for pregnancy is safe at every stage, from the first trimester right up to
your due date. We use a drop-section table with body-support cushions so you can lie comfortably face down
even late in pregnancy, or we treat you lying on your side. Techniques are gentle, and there is never any
pressure on your bump.</p>
<p>We'll ask for your midwife's details, and with your permission we're happy to write to them. If you have
unexplained bleeding, pre-eclampsia or a low-lying placenta (placenta praevia), we'll need clearance from your
midwife or obstetrician before treating you.</p>"""),
        )
    ),
    _row(
        (
            6,
            _html("""<h3>Pregnancy massage</h3>
<p>Sophie offers pregnancy massage in a supported side-lying position, focusing on the lower back, hips,
shoulders and legs. We offer pregnancy massage from 12 weeks (the start of the second trimester) onwards.
Before 12 weeks we'd suggest a chiropractic appointment or simple advice and stretches instead.</p>"""),
        ),
        (
            6,
            _html("""<h3>After your baby arrives</h3>
<p>A postnatal check can help with back, pelvis and shoulder pain from feeding, lifting and broken sleep.
We recommend waiting until after your six-week GP check, or around eight weeks after a caesarean. Your baby
is welcome to come along in their car seat or pram.</p>"""),
        ),
    ),
)

_SPORTS_MASSAGE = _layout(
    _row(
        (
            12,
            _html("""<h2>Sports massage</h2>
<p>Sports massage isn't only for athletes. Our therapists, Sophie and Mark, treat runners, cyclists,
footballers, hockey and netball players and gym-goers &ndash; but also gardeners, builders, parents carrying
toddlers about and desk workers with shoulders up round their ears.</p>
<h3>What happens in a session</h3>
<p>Each session starts with a short chat about your training, any injuries and what you want from the
massage. Your therapist then uses a mix of deep tissue massage, soft tissue release, trigger point therapy
and muscle energy techniques, usually finishing with stretches or mobility work to do at home. Pressure is
firm but always adjusted to you &ndash; tell us if it's too much.</p>
<p>Kinesiology taping can be added at the end of a session if it will help support a muscle or joint.</p>"""),
        )
    ),
    _row(
        (
            6,
            _html("""<h3>Massage around races and events</h3>
<p><strong>Before an event:</strong> book a lighter, brisker massage two to four days before a race. Avoid
deep work in the last 48 hours &ndash; it can leave your legs feeling heavy on the day.</p>
<p><strong>After a marathon or long race:</strong> give your muscles time to recover first. Book your
massage for two to five days after the race rather than the same day or the day after, when muscles are
still damaged and very tender.</p>"""),
        ),
        (
            6,
            _html("""<h3>Oils and allergies</h3>
<p>We use an unscented, nut-free massage lotion as standard &ndash; no almond, coconut or other nut-derived
oils &ndash; so it's suitable if you have a nut allergy. If you have sensitive skin or eczema, let us know
and we can use a fragrance-free hypoallergenic balm instead.</p>
<h3>Massage isn't a diagnosis</h3>
<p>Our massage therapists aren't chiropractors and can't diagnose injuries. If they think something needs
a proper assessment, they'll suggest an appointment with one of our chiropractors.</p>"""),
        ),
    ),
    _row((12, _quote("Two days after the Surrey Half, Mark sorted my calves out. Legs felt new.", "Jess P."))),
)

_PRICES = _layout(
    _row(
        (
            12,
            _html("""<h2>Prices &amp; packages</h2>
<p>Our prices are reviewed every April. All prices below apply from 1 April 2024.</p>"""),
        )
    ),
    _row(
        (
            6,
            _code("""<table class="price-table">
<thead><tr><th colspan="2">Chiropractic</th></tr></thead>
<tbody>
<tr><td>Initial consultation and first treatment (45&ndash;60 mins)</td><td>&pound;70</td></tr>
<tr><td>Initial consultation, under 16s</td><td>&pound;55</td></tr>
<tr><td>Follow-up treatment (20&ndash;30 mins)</td><td>&pound;48</td></tr>
<tr><td>Re-assessment &ndash; returning patient not seen for 12+ months (40 mins)</td><td>&pound;58</td></tr>
<tr><td>Postnatal check (30 mins)</td><td>&pound;48</td></tr>
</tbody></table>"""),
        ),
        (
            6,
            _code("""<table class="price-table">
<thead><tr><th colspan="2">Sports massage</th></tr></thead>
<tbody>
<tr><td>30 minutes</td><td>&pound;42</td></tr>
<tr><td>45 minutes</td><td>&pound;55</td></tr>
<tr><td>60 minutes</td><td>&pound;65</td></tr>
<tr><td>90 minutes</td><td>&pound;90</td></tr>
<tr><td>Pregnancy massage (60 minutes)</td><td>&pound;65</td></tr>
<tr><td>Kinesiology taping (add-on)</td><td>&pound;8</td></tr>
</tbody></table>"""),
        ),
    ),
    _row(
        (
            12,
            _line()
            + _code("""<table class="price-table">
<thead><tr><th>Package</th><th>Price</th><th>You save</th></tr></thead>
<tbody>
<tr><td>6 chiropractic follow-up treatments</td><td>&pound;258</td><td>&pound;30</td></tr>
<tr><td>5 x 60-minute sports massages</td><td>&pound;295</td><td>&pound;30</td></tr>
<tr><td>10 x 30-minute sports massages</td><td>&pound;380</td><td>&pound;40</td></tr>
</tbody></table>""")
            + _html("""<h3>Package terms</h3>
<p>Packages are paid for in full in advance and are valid for six months from the date of purchase. They're
non-refundable, but sessions can be shared with one named family member living at the same address &ndash;
just let reception know who they are. Packages are optional: you'll never be asked to buy one at your
first visit.</p>
<h3>Concessions</h3>
<p>Full-time students and over-65s receive 10% off chiropractic follow-up treatments and single sports
massage sessions (we may ask to see ID). Concessions can't be combined with packages.</p>
<p>For what happens if you cancel or miss an appointment, please see our
<a href="/booking/">booking and cancellation policy</a>.</p>"""),
        )
    ),
)

_INSURANCE = _layout(
    _row(
        (
            12,
            _html("""<h2>Using your health insurance</h2>
<p>Many private medical insurance policies include cover for chiropractic treatment as part of their
outpatient or therapies benefit. Levels of cover vary a lot, so please check your own policy.</p>
<h3>Insurers we're recognised by</h3>
<ul>
<li>AXA Health</li>
<li>Aviva</li>
<li>WPA</li>
<li>Vitality</li>
<li>Bupa &ndash; Rachel Ashworth only (Daniel Okafor is not yet Bupa-recognised)</li>
</ul>
<h3>Who pays whom</h3>
<p>For <strong>AXA Health, Aviva and WPA</strong> we invoice your insurer directly, so on the day you only
pay any excess on your policy. For <strong>Vitality and Bupa</strong>, please pay at each visit and claim the
money back using the itemised receipt we email you after every appointment.</p>"""),
        )
    ),
    _row(
        (
            6,
            _html("""<h3>Before your first visit</h3>
<p>Contact your insurer before you book to get a pre-authorisation (claim) number. Most insurers, including
AXA Health and Aviva, ask for a GP referral first, although some now let you refer yourself through their
app or website. Please bring your authorisation number and membership number to your first appointment.</p>
<p>If your insurer declines or limits a claim, any unpaid balance is your responsibility.</p>"""),
        ),
        (
            6,
            _html("""<h3>Health cash plans</h3>
<p>We're happy to provide receipts for Simplyhealth, Westfield Health, Health Shield, Medicash and other cash
plans. Pay at your appointment and claim back the amount your plan allows.</p>
<h3>Is sports massage covered?</h3>
<p>Private medical insurers generally don't cover sports massage, because it isn't delivered by a registered
healthcare professional. Some health cash plans do pay towards massage under a
&ldquo;complementary therapies&rdquo; benefit &ndash; check your plan documents.</p>"""),
        ),
    ),
)

_BOOKING = _layout(
    _row(
        (
            12,
            _html("""<h2>Booking, payment &amp; cancellations</h2>
<h3 id="book-online">How to book</h3>
<p>You can book chiropractic and sports massage appointments online 24 hours a day using the button below,
by phoning reception, or in person at the clinic. You'll receive a confirmation email straight away and a
text reminder 48 hours before your appointment.</p>
<p>Can't find a time that suits? Ask to join our cancellation list and we'll text you when a slot frees
up.</p>""")
            + _button("Book online now", "#book-online"),
        )
    ),
    _row(
        (
            6,
            _html("""<h3>Paying for your appointment</h3>
<p>Payment is due at the end of each appointment. We accept Visa, Mastercard and Maestro debit and credit
cards, contactless, Apple Pay, Google Pay and cash. We're sorry, but we don't accept American Express or
cheques.</p>
<p>If you're claiming on insurance, see <a href="/insurance/">using your health insurance</a>.</p>
<h3>Running late</h3>
<p>We'll always still see you, but your appointment will need to finish at its scheduled time so the next
patient isn't kept waiting, and the full fee applies.</p>"""),
        ),
        (
            6,
            _html("""<h3>Cancellation policy</h3>
<p>We ask for at least 24 hours' notice if you need to cancel or move an appointment. You can do this
online using the link in your confirmation email, by phone, or by voicemail or email outside reception
hours &ndash; the time your message reaches us is what counts.</p>
<ul>
<li>Cancelled with less than 24 hours' notice: 50% of the appointment fee</li>
<li>Missed without any notice: the full appointment fee</li>
<li>Package sessions: a late cancellation or missed appointment counts as a used session</li>
</ul>
<p><strong>Feeling unwell?</strong> If you wake up with a temperature, a sickness bug or COVID symptoms,
please stay at home. As long as you let us know before your appointment time, we won't charge you.</p>"""),
        ),
    ),
)

_HOURS = _layout(
    _row(
        (
            12,
            _html("""<h2>Opening hours</h2>
<p>We're open six days a week, with late evenings three days a week for people who can't get away from
work.</p>""")
            + _code("""<table class="hours-table">
<thead><tr><th>Day</th><th>Clinic open</th><th>Who's in</th></tr></thead>
<tbody>
<tr><td>Monday</td><td>8:00am &ndash; 8:00pm</td><td>Chiropractic all day; sports massage 3pm&ndash;8pm</td></tr>
<tr><td>Tuesday</td><td>8:00am &ndash; 6:00pm</td><td>Chiropractic all day; sports massage 9am&ndash;2pm</td></tr>
<tr><td>Wednesday</td><td>8:00am &ndash; 8:00pm</td><td>Chiropractic all day; sports massage 12pm&ndash;8pm</td></tr>
<tr><td>Thursday</td><td>10:00am &ndash; 8:00pm</td><td>Chiropractic all day; sports massage 10am&ndash;4pm</td></tr>
<tr><td>Friday</td><td>8:00am &ndash; 5:00pm</td><td>Chiropractic all day; sports massage 8am&ndash;5pm</td></tr>
<tr><td>Saturday</td><td>8:30am &ndash; 1:00pm</td><td>Chiropractic (Rachel and Daniel on alternate weeks);
sports massage with Mark</td></tr>
<tr><td>Sunday</td><td>Closed</td><td>&ndash;</td></tr>
</tbody></table>"""),
        )
    ),
    _row(
        (
            6,
            _html("""<h3>Evening appointments</h3>
<p>On our late evenings (Monday, Wednesday and Thursday) the last chiropractic appointment starts at 7:30pm
and the last 60-minute sports massage starts at 7:00pm. Evening and Saturday slots are our most popular, so
it's worth booking a week or two ahead.</p>
<h3>Reception</h3>
<p>Reception phones are staffed 8:30am&ndash;6pm Monday to Friday and 8:30am&ndash;12:30pm on Saturdays.
Outside those times please leave a voicemail and we'll call you back.</p>"""),
        ),
        (
            6,
            _html("""<h3>Bank holidays and Christmas</h3>
<p>The clinic is closed on all bank holidays. Over Christmas we close from Christmas Eve until New
Year's Day inclusive, reopening on 2 January. Any other changes to our hours are posted on our Facebook and
Instagram pages.</p>"""),
        ),
    ),
)

_TEAM = _layout(
    _row((12, _html("<h2>Our team</h2><p>A small team who know their patients by name.</p>"))),
    _row(
        (
            4,
            _image("/s/images/team-rachel.jpg", "Rachel Ashworth, chiropractor"),
        ),
        (
            8,
            _html("""<h3>Rachel Ashworth &ndash; Clinic Director &amp; Chiropractor</h3>
<p>Rachel qualified with a master's in chiropractic (MChiro) from AECC University College in Bournemouth in
2006 and opened Millbrook in 2009. She has completed postgraduate training in pregnancy and postnatal care,
and her other interests are long-standing back pain and keeping older patients with arthritis active.
Away from the clinic she sings in a local choir and walks her spaniel on Frensham Common.</p>"""),
        ),
    ),
    _row(
        (
            4,
            _image("/s/images/team-daniel.jpg", "Daniel Okafor, chiropractor"),
        ),
        (
            8,
            _html("""<h3>Daniel Okafor &ndash; Chiropractor</h3>
<p>Daniel graduated from the Welsh Institute of Chiropractic at the University of South Wales in 2015 and
joined us in 2018. He has a particular interest in sports injuries and is a certified golf fitness
instructor (Titleist Performance Institute, Level 2), so he sees a lot of golfers with back, hip and shoulder
problems &ndash; which helps, given he plays off a handicap of 9 at Farnham Golf Club. He also played
rugby until his knees suggested otherwise.</p>"""),
        ),
    ),
    _row(
        (
            4,
            _image("/s/images/team-sophie.jpg", "Sophie Lang, sports massage therapist"),
        ),
        (
            8,
            _html("""<h3>Sophie Lang &ndash; Sports Massage Therapist</h3>
<p>Sophie holds a Level 5 BTEC Diploma in Sports Massage and Soft Tissue Therapy and a further qualification
in pregnancy massage. A former county hockey player, she treats a lot of hockey, netball and tennis players,
and is our go-to therapist for stubborn shoulders and necks.</p>"""),
        ),
    ),
    _row(
        (
            4,
            _image("/s/images/team-mark.jpg", "Mark Henderson, sports massage therapist"),
        ),
        (
            8,
            _html("""<h3>Mark Henderson &ndash; Sports Massage Therapist</h3>
<p>Mark trained with a Level 4 ITEC certificate in sports massage and has worked in the massage tents at
races from the Farnham Pilgrim to the London Marathon. An ultra-runner himself, he's the one to see if you
run, cycle or do triathlon. Mark works our Saturday mornings.</p>"""),
        ),
    ),
    _row(
        (
            12,
            _line()
            + _html("""<h3>Julie Parsons &ndash; Practice Manager</h3>
<p>Julie runs reception and will probably be the first person you speak to. She handles bookings, insurance
paperwork and anything else you need sorting out.</p>"""),
        )
    ),
)

_STANDARDS = _layout(
    _row(
        (
            12,
            _html("""<h2>Registration, regulation &amp; our standards</h2>
<h3>Regulated by the General Chiropractic Council</h3>
<p>Chiropractic is a regulated healthcare profession in the UK. By law, anyone who calls themselves a
chiropractor must be registered with the General Chiropractic Council (GCC), which was set up under the
Chiropractors Act 1994. To stay on the register a chiropractor must hold a recognised qualification, carry
professional indemnity insurance, complete continuing professional development every year and follow the
GCC's Code.</p>""")
            + _code("""<table class="registration-table">
<thead><tr><th>Chiropractor</th><th>GCC registration number</th></tr></thead>
<tbody>
<tr><td>Rachel Ashworth</td><td>01987</td></tr>
<tr><td>Daniel Okafor</td><td>04312</td></tr>
</tbody></table>""")
            + _html("""<p>You can check any chiropractor's registration on the GCC's online register at
<a href="https://www.gcc-uk.org" target="_blank">gcc-uk.org</a>.</p>
<h3>About the title &ldquo;Dr&rdquo;</h3>
<p>Like many UK chiropractors, our chiropractors sometimes use the courtesy title &ldquo;Dr&rdquo;. They are
not registered medical doctors and are not GPs; the title reflects their degree-level training in
chiropractic, and the GCC asks us to make this clear.</p>
<h3>Our massage therapists</h3>
<p>Sports massage is not regulated by law in the UK. Sophie and Mark are full members of the Sports Massage
Association and carry their own professional insurance.</p>"""),
        )
    ),
    _row(
        (
            6,
            _html("""<h3>Consent and chaperones</h3>
<p>We'll always explain what we're going to do and ask for your consent before examining or treating you.
You can ask for a chaperone at any appointment, and you can ask us to stop at any time.</p>
<h3>Your records and privacy</h3>
<p>We are registered with the Information Commissioner's Office. Clinical records are stored securely and
kept for eight years after your last visit (or until a child's 25th birthday, if later).</p>"""),
        ),
        (
            6,
            _html("""<h3>Compliments and complaints</h3>
<p>If you're unhappy with any part of your care, please tell your practitioner or Julie first &ndash; most
things can be put right quickly. Formal complaints should be made in writing to Rachel Ashworth; we'll
acknowledge them within 3 working days and send a full response within 20 working days. If you're still not
satisfied with the conduct of a chiropractor, you can raise a concern with the GCC.</p>"""),
        ),
    ),
)

_FIND_US = _layout(
    _row(
        (
            7,
            _html("""<h2>Find us &amp; parking</h2>
<p><strong>Millbrook Chiropractic &amp; Sports Massage</strong><br>2 Maltings Yard, 41 West Street,
Farnham, Surrey GU9 7DX</p>
<p>Maltings Yard is the cobbled courtyard behind 41 West Street. Come through the brick archway between the
bakery and the bookshop; we're the single-storey building straight ahead with the green door.</p>
<h3>Parking</h3>
<p>We have three patient parking bays in the yard directly outside the clinic, marked &ldquo;Millbrook
patients&rdquo;. They're free for the length of your appointment and available on a first-come,
first-served basis. One of them is a wider bay reserved for Blue Badge holders. If the bays are full, the
nearest public car park is Central Car Park off Victoria Road, about a four-minute walk away; it's pay and
display, and unfortunately we can't refund parking charges.</p>
<h3>By train and bus</h3>
<p>Farnham railway station is a 10&ndash;12 minute walk. Several local buses stop on West Street, less than
a minute from the archway.</p>"""),
        ),
        (
            5,
            f'<div class="sqs-block map-block sqs-block-map sized vsize-12" data-block-type="4" '
            f'id="block-{_bid()}"><div class="sqs-block-content">&nbsp;</div></div>'
            + _html("""<h3>Accessibility</h3>
<p>The clinic is step-free from the yard, with a level entrance and an automatic door. Reception, all three
treatment rooms and our accessible toilet are on the ground floor.</p>
<p>Treatment room 1 has an electric height-adjustable treatment table that lowers to 48cm, which makes
transferring from a wheelchair straightforward. Let us know when you book and we'll make sure you're seen in
that room.</p>
<p>There's a hearing loop at reception, and assistance dogs are very welcome.</p>"""),
        ),
    ),
)

_AFTERCARE = _layout(
    _row(
        (
            12,
            _html("""<h2>After your treatment</h2>
<h3>After chiropractic treatment</h3>
<p>It's common to feel a little sore, achy or stiff for 24 to 48 hours after a treatment, especially after
your first or second visit. It's similar to how you feel after exercise your body isn't used to, and it's a
normal response that usually settles on its own. Some people also feel a bit tired on the day.</p>
<ul>
<li>Keep gently moving &ndash; short walks are ideal &ndash; and avoid sitting still for long spells</li>
<li>Avoid heavy lifting and intense gym sessions for the rest of the day</li>
<li>Do the exercises we've given you little and often</li>
</ul>
<p>Your home exercises are sent to you through the Physitrack app, with a short video of each one.</p>"""),
        )
    ),
    _row(
        (
            6,
            _html("""<h3>Ice or heat?</h3>
<p><strong>Ice</strong> for a recent injury (the first 48&ndash;72 hours) or an area that feels hot and
inflamed: wrap an ice pack or bag of frozen peas in a damp tea towel and apply for 10 minutes at a time,
every couple of hours.</p>
<p><strong>Heat</strong> for muscle tension and long-standing stiffness: a warm bath, shower or wrapped hot
water bottle for 15&ndash;20 minutes.</p>
<p>If you're unsure, use whichever feels better. Never put ice or heat directly on your skin.</p>"""),
        ),
        (
            6,
            _html("""<h3>After a sports massage</h3>
<p>Drink plenty of water and avoid hard training for 24 hours after a deep tissue session. Some tenderness,
and occasionally light bruising, for a day or two after deep work is normal.</p>
<h3>When to call us</h3>
<p>If your pain is getting steadily worse after 48 hours instead of easing, or you have any new symptoms
that worry you, give us a ring and your practitioner will call you back the same day.</p>"""),
        ),
    ),
)

_FAQ = _layout(
    _row(
        (
            12,
            _html("<h2>Frequently asked questions</h2>")
            + _accordion(
                [
                    (
                        "What is the clicking noise during treatment?",
                        "<p>The &ldquo;click&rdquo; you sometimes hear during a spinal manipulation is simply "
                        "a small pocket of gas being released inside the joint when it's moved, the same as "
                        "when you crack your knuckles. It isn't bones &ldquo;going back into place&rdquo;, "
                        "and the treatment itself is rarely painful. If you'd prefer not to have any clicking, "
                        "we have gentle alternatives, such as mobilisation and instrument-assisted (Activator) "
                        "techniques.</p>",
                    ),
                    (
                        "Do I need a referral from my GP?",
                        "<p>Not if you're paying for yourself &ndash; you can book directly. If you're claiming "
                        'on insurance, please read our <a href="/insurance/">health insurance</a> page.</p>',
                    ),
                    (
                        "Is chiropractic available on the NHS?",
                        "<p>Only very rarely. We're a private clinic and don't take NHS referrals.</p>",
                    ),
                    (
                        "Do you treat children?",
                        "<p>We treat children and teenagers aged 8 and over, mostly for sports injuries and "
                        "back or neck pain. A parent or guardian must be present throughout appointments for "
                        "under-16s. We don't treat babies or toddlers.</p>",
                    ),
                    (
                        "What's the difference between a chiropractor, an osteopath and a physio?",
                        "<p>There's a lot of overlap. All three are regulated healthcare professions. "
                        "Chiropractors focus on how the spine and joints move and use manipulation more often; "
                        "osteopaths use similar techniques with more general soft tissue work; physiotherapists "
                        "tend to focus on exercise-based rehabilitation and work across the NHS. The best choice "
                        "is often the practitioner you trust and who explains things well.</p>",
                    ),
                    (
                        "Is chiropractic safe?",
                        "<p>Chiropractic is a very safe form of treatment and serious complications are "
                        "extremely rare. Your chiropractor will explain the benefits and risks that apply to "
                        "you, and ask for your consent, before any treatment.</p>",
                    ),
                    (
                        "Can I see the same practitioner every time?",
                        "<p>Yes. We'll book you in with the same chiropractor or therapist wherever possible, "
                        "so you don't have to repeat your story.</p>",
                    ),
                    (
                        "Will I have to keep coming back forever?",
                        "<p>No. Our aim is to get you better and discharge you with the tools to look after "
                        "yourself. Some people choose to come back every couple of months as a check-up, but "
                        "that's entirely up to you and you're free to stop treatment at any time.</p>",
                    ),
                ]
            ),
        )
    ),
)

_CONTACT = _layout(
    _row(
        (
            6,
            _html(f"""<h2>Contact us</h2>
<p>Phone: <a href="tel:{_PHONE_TEL}">{_PHONE}</a><br>
Email: <a href="mailto:{_EMAIL}">{_EMAIL}</a></p>
<p>We aim to reply to emails and contact form messages within one working day. Messages sent on a Saturday
afternoon or Sunday are answered on Monday.</p>
<h3>Not sure if we can help?</h3>
<p>Before you book, you can ask for a free 15-minute phone call with one of our chiropractors. Tick the box
on the form or ask reception, and a chiropractor will call you back, usually within two working days, to talk
through your problem and whether chiropractic or massage is likely to help. There's no charge and no
obligation to book.</p>
<h3>Running late on the day?</h3>
<p>Please phone rather than email, so reception can let your practitioner know.</p>
<p><em>Please don't use this form for urgent medical problems &ndash; call NHS 111, or 999 in an
emergency.</em></p>"""),
        ),
        (
            6,
            f'<div class="sqs-block form-block sqs-block-form" data-block-type="9" id="block-{_bid()}">'
            '<div class="sqs-block-content"><div class="form-wrapper"><div class="form-inner-wrapper">'
            '<form data-form-id="5a1f0c2e9f8dce1a4b2c7e44" autocomplete="on" method="POST" '
            'action="#" onsubmit="return false;">'
            '<div class="field-list clear">'
            '<fieldset class="form-item fields name required"><legend class="title">Name '
            '<span class="required">*</span></legend>'
            '<div class="field first-name"><label>First Name<input class="field-element" name="fname" '
            'type="text"></label></div><div class="field last-name"><label>Last Name'
            '<input class="field-element" name="lname" type="text"></label></div></fieldset>'
            '<div class="form-item field email required"><label class="title">Email Address '
            '<span class="required">*</span></label><input class="field-element" name="email" '
            'type="email"></div>'
            '<div class="form-item field phone"><label class="title">Phone</label>'
            '<input class="field-element" name="phone" type="tel"></div>'
            '<div class="form-item field checkbox"><label><input type="checkbox" name="callback" '
            'value="yes"> I\'d like a free 15-minute call with a chiropractor</label></div>'
            '<div class="form-item field textarea required"><label class="title">Message '
            '<span class="required">*</span></label><textarea class="field-element" name="message">'
            "</textarea></div></div>"
            '<div class="form-button-wrapper form-button-wrapper--align-left">'
            '<input class="button sqs-system-button sqs-editable-button" type="submit" value="Send"></div>'
            "</form></div></div></div></div>",
        ),
    ),
)

_CONDITION_SIDEBAR = _sidebar(
    _quote(
        "Honest, thorough and properly explained. I came in sceptical and left with a plan.",
        "Anita S., Google review",
    )
)
_PLAIN_SIDEBAR = _sidebar()

_PAGES = [
    ("/", "Home", "Chiropractor and sports massage clinic in Farnham, Surrey.", _HOME, None, "type-index"),
    (
        "/first-visit/",
        "Your First Visit",
        "What happens at your first chiropractic appointment at Millbrook, Farnham.",
        _FIRST_VISIT,
        _PLAIN_SIDEBAR,
        "type-page",
    ),
    (
        "/back-and-neck-pain/",
        "Back &amp; Neck Pain",
        "Chiropractic treatment for back pain, neck pain and whiplash in Farnham.",
        _BACK_NECK,
        _CONDITION_SIDEBAR,
        "type-page",
    ),
    (
        "/sciatica/",
        "Sciatica",
        "Sciatica and leg pain: causes, treatment and when to seek urgent help.",
        _SCIATICA,
        _CONDITION_SIDEBAR,
        "type-page",
    ),
    (
        "/headaches/",
        "Headaches",
        "Help for tension-type and neck-related headaches at Millbrook Chiropractic.",
        _HEADACHES,
        _CONDITION_SIDEBAR,
        "type-page",
    ),
    (
        "/pregnancy-care/",
        "Pregnancy Care",
        "Chiropractic and massage in pregnancy and after birth, Farnham.",
        _PREGNANCY,
        _CONDITION_SIDEBAR,
        "type-page",
    ),
    (
        "/sports-massage/",
        "Sports Massage",
        "Sports and deep tissue massage in Farnham for training, events and everyday tension.",
        _SPORTS_MASSAGE,
        _PLAIN_SIDEBAR,
        "type-page",
    ),
    (
        "/prices/",
        "Prices &amp; Packages",
        "Chiropractic and sports massage prices, packages and concessions.",
        _PRICES,
        None,
        "type-page",
    ),
    (
        "/insurance/",
        "Health Insurance",
        "Using private medical insurance and health cash plans at Millbrook.",
        _INSURANCE,
        None,
        "type-page",
    ),
    (
        "/booking/",
        "Booking &amp; Cancellations",
        "How to book, pay and cancel appointments at Millbrook Chiropractic.",
        _BOOKING,
        None,
        "type-page",
    ),
    (
        "/opening-hours/",
        "Opening Hours",
        "Clinic opening hours, evening and Saturday appointments.",
        _HOURS,
        _PLAIN_SIDEBAR,
        "type-page",
    ),
    (
        "/team/",
        "Our Team",
        "Meet the chiropractors and sports massage therapists at Millbrook.",
        _TEAM,
        None,
        "type-page",
    ),
    (
        "/standards/",
        "Registration &amp; Standards",
        "GCC registration, regulation, complaints and privacy at Millbrook Chiropractic.",
        _STANDARDS,
        None,
        "type-page",
    ),
    (
        "/find-us/",
        "Find Us &amp; Parking",
        "Directions, parking and accessibility at Millbrook Chiropractic, Farnham.",
        _FIND_US,
        None,
        "type-page",
    ),
    (
        "/aftercare/",
        "Aftercare Advice",
        "What to expect and what to do after chiropractic treatment or sports massage.",
        _AFTERCARE,
        _PLAIN_SIDEBAR,
        "type-page",
    ),
    ("/faq/", "FAQs", "Frequently asked questions about chiropractic at Millbrook.", _FAQ, _PLAIN_SIDEBAR, "type-page"),
    ("/contact/", "Contact", "Contact Millbrook Chiropractic & Sports Massage, Farnham.", _CONTACT, None, "type-page"),
]

HTML = {path: _page(path, title, desc, body, side, cls) for path, title, desc, body, side, cls in _PAGES}

QUESTIONS = [
    (
        "Hi, I put my back out lifting the paddling pool at the weekend and can barely stand up straight. "
        "Roughly how many sessions does it normally take to get sorted?",
        "/back-and-neck-pain/",
    ),
    (
        "got rear ended at the lights last week, neck really stiff. my solicitor wants a report from whoever "
        "treats me, can you do that",
        "/back-and-neck-pain/",
    ),
    (
        "I've got a burning pain going from my bum right down the back of my leg to my foot and my toes keep "
        "tingling. Is that something you'd see?",
        "/sciatica/",
    ),
    (
        "My back's been bad all week and since this morning I can't really feel anything round my bottom and "
        "I'm struggling to wee. Should I just book your first free slot?",
        "/sciatica/",
    ),
    (
        "I'm on a laptop all day and most afternoons I get a headache that starts at the back of my head. "
        "Could a chiropractor actually do anything for that?",
        "/headaches/",
    ),
    (
        "I'm 30 weeks pregnant and my pelvis is agony when I roll over in bed. Is it safe to be treated this "
        "far along?",
        "/pregnancy-care/",
    ),
    ("im 9 weeks pregnant, can I book in for a massage on my back", "/pregnancy-care/"),
    (
        "Doing my first marathon in April! How long after the race should I leave it before I have a massage?",
        "/sports-massage/",
    ),
    ("I've got a bad nut allergy, is the stuff you rub on for massages safe for me?", "/sports-massage/"),
    ("How much is the first appointment with a chiropractor?", "/prices/"),
    (
        "My wife bought one of your blocks of treatments and hasn't used them all. Am I allowed to use the rest?",
        "/prices/",
    ),
    ("Do you bill AXA directly or do I have to pay and then claim it back myself?", "/insurance/"),
    ("will my private health insurance pay for a sports massage", "/insurance/"),
    ("what happens if i cancel on the morning of my appointment, do I still have to pay", "/booking/"),
    ("Can I pay with my Amex?", "/booking/"),
    (
        "What's the latest I could see a chiropractor on a Thursday? I don't finish work till half six",
        "/opening-hours/",
    ),
    (
        "My husband plays a lot of golf and his back's playing up again. Is there anyone there who knows about "
        "golfers?",
        "/team/",
    ),
    ("Is Dr Ashworth an actual medical doctor?", "/standards/"),
    ("Is there parking at the clinic?", "/find-us/"),
    (
        "My dad's in a wheelchair, will he be able to get in and onto the treatment bed alright?",
        "/find-us/",
    ),
    (
        "What actually happens at the first appointment? Do I get treated that day or is it just an assessment?",
        "/first-visit/",
    ),
    ("bit nervous about seeing a chiropractor for the first time, will I have to get undressed", "/first-visit/"),
    (
        "Had my first adjustment yesterday and today I feel achy and stiffer than before. Is that normal or "
        "has something gone wrong?",
        "/aftercare/",
    ),
    ("Does the cracking sound mean my bones are being put back in place? It freaks me out a bit", "/faq/"),
    (
        "Before I pay for anything, could I have a quick chat with one of the chiropractors to see if it's "
        "even worth me coming in?",
        "/contact/",
    ),
]

OUT_OF_SCOPE = [
    "Do you do home visits? My mum's 84 and can't really get out of the house",
    "Do you sell gift vouchers? I want to get my husband a massage for his birthday",
    "does anyone there do dry needling or acupuncture",
    "Can you look at my dog? She's a springer and her back legs have gone a bit wobbly",
    "Do you make custom insoles? I've got really flat feet",
    "Do you sell those memory foam pillows for neck pain?",
    "Can you recommend a decent dentist in Farnham?",
    "Are you hiring at all? I finish my sports massage course in June",
]
