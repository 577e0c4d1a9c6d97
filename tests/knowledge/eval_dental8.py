"""An evaluation site: Rosetta Dental Care, a mixed Health Service and private family dental practice in Belfast (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a Tilda export: "t-records"
with "t-rec" blocks, a Zero Block (t396) hero of absolutely positioned "tn-elem" texts, a t228 menu, t585 accordion
FAQ with hidden panels and a t420 footer.
"""

import itertools

NAME = "Rosetta Dental Care"

_PHONE = "028 9064 3318"
_TEL = "tel:+442890643318"
_EMAIL = "hello@rosettadental.co.uk"
_REC = itertools.count(614502207, 13)

_MENU = [
    ("/", "Home"),
    ("/our-team/", "Our team"),
    ("/health-service-dentistry/", "Health Service"),
    (
        None,
        "Treatments",
        [
            ("/check-ups-and-hygiene/", "Check-ups &amp; hygiene"),
            ("/childrens-dentistry/", "Children"),
            ("/fillings-and-root-canal/", "Fillings &amp; root canal"),
            ("/extractions-and-wisdom-teeth/", "Extractions &amp; wisdom teeth"),
            ("/dentures-crowns-and-bridges/", "Dentures, crowns &amp; bridges"),
            ("/teeth-whitening/", "Teeth whitening"),
            ("/clear-aligners/", "Clear aligners"),
            ("/nervous-patients/", "Nervous patients"),
        ],
    ),
    (
        None,
        "Fees",
        [
            ("/private-fees/", "Private fees"),
            ("/payment-options/", "Paying &amp; finance"),
        ],
    ),
    ("/emergency-dentist/", "Emergencies"),
    (
        None,
        "Patient info",
        [
            ("/appointments-policy/", "Appointments &amp; cancellations"),
            ("/complaints/", "Complaints &amp; feedback"),
            ("/faq/", "FAQ"),
        ],
    ),
    ("/contact-and-find-us/", "Find us"),
]

_ANALYTICS = """<script type="text/javascript">
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date()); gtag('config', 'G-R0SETTA11');
</script>"""


def _rec(record_type, inner, pt=60, pb=60, extra=""):
    rid = next(_REC)
    return f"""
<div id="rec{rid}" class="r t-rec t-rec_pt_{pt} t-rec_pb_{pb}" style="padding-top:{pt}px;padding-bottom:{pb}px;"
 data-animationappear="off" data-record-type="{record_type}"{extra}>
<!-- T{record_type} -->
{inner}
</div>"""


def _menu():
    items = []
    for entry in _MENU:
        if entry[0] is not None:
            href, label = entry
            items.append(
                f'<li class="t228__list_item" style="padding:0 15px;"><a class="t-menu__link-item" href="{href}"'
                f' data-menu-submenu-hook="" data-menu-item-number="{len(items) + 1}">{label}</a></li>'
            )
        else:
            _, label, subs = entry
            links = "\n".join(
                f'<li class="t-menusub__list-item t-name t-name_xs"><a class="t-menusub__link-item t-name t-name_xs"'
                f' href="{href}" data-menu-item-number="{len(items) + 1}">{sub}</a></li>'
                for href, sub in subs
            )
            hook = f"link_sub{len(items) + 1}_614"
            items.append(
                f'<li class="t228__list_item" style="padding:0 15px;">'
                f'<a class="t-menu__link-item" href="#submenu:{hook}"'
                f' data-menu-submenu-hook="{hook}" aria-expanded="false">{label}</a>\n'
                f'<div class="t-menusub" data-submenu-hook="{hook}" data-submenu-margin="15px"'
                f' data-add-submenu-arrow="on">\n<div class="t-menusub__menu"><div class="t-menusub__content">'
                f'<ul role="list" class="t-menusub__list">'
                f"\n{links}\n</ul></div></div></div></li>"
            )
    return "\n".join(items)


def _header():
    return _rec(
        "228",
        f"""<div id="nav614" class="t228 t228__positionfixed" style="background-color:rgba(255,255,255,1);height:90px;"
 data-bgcolor-hex="#ffffff" data-navmarker="nav614" data-appearoffset="" data-menu="yes">
<div class="t228__maincontainer" style="height:90px;">
<div class="t228__padding40px"></div>
<div class="t228__leftside"><div class="t228__leftcontainer">
<a href="/" class="t228__imgwrapper"><img class="t228__imglogo t228__imglogomobile"
 src="/tild3461-3338/rosetta_logo.svg" imgfield="img"
 style="max-width:190px;width:190px;min-width:190px;height:auto;display:block;" alt="Rosetta Dental Care"></a>
</div></div>
<div class="t228__centerside"><nav class="t228__centercontainer">
<ul role="list" class="t228__list t-menu__list t228__list_hidden">
{_menu()}
</ul></nav></div>
<div class="t228__rightside"><div class="t228__rightcontainer">
<div class="t228__right_descr"><a href="{_TEL}" style="color:#0b5c6b;font-weight:600;">{_PHONE}</a></div>
<div class="t228__right_buttons"><div class="t228__right_buttons_wrap"><div class="t228__right_buttons_but">
<a href="/contact-and-find-us/" class="t-btn t-btn_sm"
 style="color:#ffffff;background-color:#0b5c6b;border-radius:30px;">
<table role="presentation" style="width:100%;height:100%;"><tbody><tr><td>Book now</td></tr></tbody></table></a>
</div></div></div></div></div>
<div class="t228__padding40px"></div>
</div></div>""",
        pt=0,
        pb=0,
        extra=' data-record-type-menu="yes"',
    )


def _hero(title, subtitle, button="Book an appointment", href="/contact-and-find-us/", height=520):
    rid = next(_REC)
    return f"""
<div id="rec{rid}" class="r t-rec" style=" " data-animationappear="off" data-record-type="396">
<!-- T396 -->
<div class="t396">
<div class="t396__artboard" data-artboard-recid="{rid}" data-artboard-screens="320,480,640,960,1200"
 data-artboard-height="{height}" data-artboard-valign="center" data-artboard-upscale="grid" data-artboard-ovrflw="">
<div class="t396__carrier" data-artboard-recid="{rid}"></div>
<div class="t396__filter" data-artboard-recid="{rid}"></div>
<div class="t396__elem tn-elem tn-elem__{rid}1680000000001" data-elem-id="1680000000001" data-elem-type="shape"
 data-field-top-value="0" data-field-left-value="0" data-field-width-value="1200" data-field-height-value="{height}"
 style="position:absolute;top:0px;left:0px;width:1200px;height:{height}px;">
<div class="tn-atom t-bgimg" data-original="/tild6133-6264/surgery_wide.jpg" aria-label="Dental surgery"
 role="img"></div>
</div>
<div class="t396__elem tn-elem tn-elem__{rid}1680000000002" data-elem-id="1680000000002" data-elem-type="text"
 data-field-top-value="150" data-field-left-value="40" data-field-width-value="620"
 style="position:absolute;top:150px;left:40px;width:620px;">
<h1 class="tn-atom" field="tn_text_1680000000002">{title}</h1></div>
<div class="t396__elem tn-elem tn-elem__{rid}1680000000003" data-elem-id="1680000000003" data-elem-type="text"
 data-field-top-value="290" data-field-left-value="40" data-field-width-value="560"
 style="position:absolute;top:290px;left:40px;width:560px;">
<div class="tn-atom" field="tn_text_1680000000003">{subtitle}</div></div>
<div class="t396__elem tn-elem tn-elem__{rid}1680000000004" data-elem-id="1680000000004" data-elem-type="button"
 data-field-top-value="400" data-field-left-value="40" data-field-width-value="240" data-field-height-value="56"
 style="position:absolute;top:400px;left:40px;width:240px;height:56px;">
<a class="tn-atom" href="{href}">{button}</a></div>
</div></div>
</div>"""


def _text(title, text, descr=""):
    descr_html = f'\n<div class="t-descr t-descr_xl t-margin_auto" field="descr">{descr}</div>' if descr else ""
    return _rec(
        "33",
        f"""<div class="t033">
<div class="t-container">
<div class="t-col t-col_8 t-prefix_2">
<div class="t-title t-title_xs" field="title">{title}</div>{descr_html}
<div class="t-text t-text_md" field="text">{text}</div>
</div></div></div>""",
    )


def _embed(title, html):
    return _rec(
        "131",
        f"""<div class="t123">
<div class="t-container_100">
<div class="t-width t-width_100">
<div class="t-container"><div class="t-col t-col_8 t-prefix_2">
<div class="t-title t-title_xs">{title}</div>
<div class="t-text t-text_md rosetta-table-wrap">
{html}
</div></div></div></div></div></div>""",
    )


def _with_sidebar(title, text, side_title, side_html):
    return _rec(
        "512",
        f"""<div class="t512">
<div class="t-container">
<div class="t-col t-col_8">
<div class="t-title t-title_xs" field="title">{title}</div>
<div class="t-text t-text_md" field="text">{text}</div>
</div>
<div class="t-col t-col_4"><div class="rosetta-widget" style="background:#eef6f7;border-radius:12px;padding:24px;">
<div class="t-name t-name_lg" field="title2">{side_title}</div>
<div class="t-descr t-descr_xs" field="descr2">{side_html}</div>
</div></div>
</div></div>""",
    )


def _accordion(title, items):
    rows = []
    for n, (question, answer) in enumerate(items, 1):
        rows.append(f"""<div class="t585__accordion" data-accordion="false">
<div class="t585__wrapper">
<div class="t585__header" style="border-top:1px solid #dcdcdc;">
<button type="button" class="t585__trigger-button" aria-controls="accordion{n}_614" aria-expanded="false">
<span class="t585__title t-name t-name_xl" field="li_title__{n}">{question}</span>
<span class="t585__icon"><span class="t585__lines"><svg role="presentation" width="24" height="24" viewBox="0 0 24 24">
<g stroke="none" stroke-width="1" fill="#0b5c6b" fill-rule="evenodd"><rect x="0" y="11" width="24" height="2"></rect>
<rect x="11" y="0" width="2" height="24"></rect></g></svg></span><span class="t585__circle"></span></span>
</button></div>
<div class="t585__content" id="accordion{n}_614" hidden style="display:none">
<div class="t585__textwrapper"><div class="t585__text t-descr t-descr_xs" field="li_descr__{n}">{answer}</div></div>
</div></div></div>""")
    joined = "\n".join(rows)
    return _rec(
        "585",
        f"""<div class="t585">
<div class="t-section__container t-container">
<div class="t-col t-col_12"><div class="t-section__topwrapper t-align_center">
<div class="t-section__title t-title t-title_xs">{title}</div></div></div></div>
<div class="t-container">
<div class="t-col t-col_8 t-prefix_2">
{joined}
</div></div></div>""",
    )


def _reviews(items):
    cards = "\n".join(
        f"""<div class="t-col t-col_4 t-align_left"><div class="t527__wrapperleft">
<div class="t527__bgimg t-bgimg" data-original="/tild3730-3964/avatar_{n}.png"></div>
<div class="t527__text t-descr t-descr_xxs" field="li_text__{n}">&ldquo;{text}&rdquo;</div>
<div class="t527__persname t-name t-name_lg" field="li_persname__{n}">{who}</div>
<div class="t527__persdescr t-descr t-descr_xxs" field="li_persdescr__{n}">
&#9733;&#9733;&#9733;&#9733;&#9733; Google review</div>
</div></div>"""
        for n, (text, who) in enumerate(items, 1)
    )
    return _rec(
        "527",
        f"""<div class="t527">
<div class="t-section__container t-container"><div class="t-col t-col_12">
<div class="t-section__title t-title t-title_xs t-align_center">What our patients say</div></div></div>
<div class="t-container">
{cards}
</div></div>""",
        pt=45,
        pb=45,
    )


def _cta(text, button="Book an appointment", href="/contact-and-find-us/"):
    return _rec(
        "191",
        f"""<div class="t191">
<div class="t-container"><div class="t-col t-col_8 t-prefix_2 t-align_center">
<div class="t191__title t-title t-title_xs" field="title">{text}</div>
<div class="t191__btnwrapper">
<a href="{href}" class="t-btn t-btn_md" style="color:#ffffff;background-color:#e07a5f;border-radius:30px;">
<table role="presentation" style="width:100%;height:100%;"><tbody><tr><td>{button}</td></tr></tbody></table></a>
<a href="{_TEL}" class="t-btn t-btn_md" style="color:#0b5c6b;border:2px solid #0b5c6b;border-radius:30px;">
<table role="presentation" style="width:100%;height:100%;"><tbody><tr><td>Call {_PHONE}</td></tr></tbody></table></a>
</div></div></div></div>""",
        pt=30,
        pb=30,
    )


def _footer():
    return _rec(
        "420",
        f"""<div class="t420">
<div class="t-container">
<div class="t420__col t-col t-col_3">
<div class="t420__floatbeaker_lr3">
<div class="t420__logo t-title" field="title">Rosetta Dental Care</div>
<div class="t420__text t-descr t-descr_xxs" field="descr">412 Ormeau Road<br />Belfast BT7 3HY<br />
Northern Ireland<br /><br />Practice registered with the RQIA</div>
</div></div>
<div class="t420__col t-col t-col_3">
<div class="t420__title t-name t-name_xs" field="title2">Contact</div>
<div class="t420__descr t-descr t-descr_xxs" field="descr2">Phone: <a href="{_TEL}">{_PHONE}</a><br />
Email: <a href="mailto:{_EMAIL}">{_EMAIL}</a><br /><a href="/contact-and-find-us/">Map &amp; directions</a></div>
</div>
<div class="t420__col t-col t-col_3">
<div class="t420__title t-name t-name_xs" field="title3">Opening hours</div>
<div class="t420__descr t-descr t-descr_xxs" field="descr3">Mon&ndash;Fri from 8.30am<br />
Late evenings Tue &amp; Thu<br />Selected Saturday mornings<br />Sunday closed</div>
</div>
<div class="t420__col t-col t-col_3">
<div class="t420__title t-name t-name_xs" field="title4">Follow us</div>
<div class="t420__descr t-descr t-descr_xxs" field="descr4">
<a href="https://www.facebook.com/rosettadentalbelfast" target="_blank" rel="noopener">Facebook</a><br />
<a href="https://www.instagram.com/rosettadental" target="_blank" rel="noopener">Instagram</a><br />
<a href="/complaints/">Feedback</a> &middot; <a href="/faq/">FAQ</a></div>
</div>
</div>
<div class="t-container"><div class="t-col t-col_12">
<div class="t420__copyright t-descr t-descr_xxs">&copy; 2025 Rosetta Dental Care Ltd. All rights reserved.
Made on <a href="https://tilda.cc" target="_blank" rel="nofollow noopener">Tilda</a></div>
</div></div>
</div>""",
        pt=60,
        pb=30,
    )


def _cookie():
    return _rec(
        "657",
        """<div class="t657 t657_closed" data-storage-item="t657cookiename_614">
<div class="t657__wrapper" style="background-color:#1d2b2f;max-width:560px;">
<div class="t657__text t-descr t-descr_xxs" style="color:#ffffff;">We use cookies to understand how our website is
used and to improve it. By continuing to browse you agree to our use of cookies.</div>
<button type="button" class="t657__btn t-btn t-btn_sm" style="color:#1d2b2f;background-color:#ffffff;">OK</button>
</div></div>""",
        pt=0,
        pb=0,
    )


def _page(title, description, body, page_id):
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<!--metatextblock-->
<title>{title} | Rosetta Dental Care Belfast</title>
<meta name="description" content="{description}" />
<meta property="og:title" content="{title} | Rosetta Dental Care" />
<meta property="og:description" content="{description}" />
<meta property="og:type" content="website" />
<meta property="og:image" content="/tild3461-3338/og_rosetta.jpg" />
<!--/metatextblock-->
<meta name="format-detection" content="telephone=no" />
<meta http-equiv="x-dns-prefetch-control" content="on">
<link rel="shortcut icon" href="/tild3933-6430/favicon.ico" type="image/x-icon" />
<link rel="stylesheet" href="/css/tilda-grid-3.0.min.css" type="text/css" media="all" />
<link rel="stylesheet" href="/css/tilda-blocks-page{page_id}.min.css?t=1712650113" type="text/css" media="all" />
<link rel="stylesheet" href="/css/tilda-animation-2.0.min.css" type="text/css" media="all" />
<link rel="stylesheet" href="/css/tilda-menusub-1.0.min.css" type="text/css" media="print" onload="this.media='all';" />
<link rel="stylesheet" href="/css/tilda-zero-form-errorbox.min.css" type="text/css" media="all" />
{_ANALYTICS}
</head>
<body class="t-body" style="margin:0;">
<!--allrecords-->
<div id="allrecords" data-tilda-export="yes" class="t-records" data-hook="blocks-collection-content-node"
 data-tilda-project-id="8112734" data-tilda-page-id="{page_id}" data-tilda-formskey="f3b1c0d2a9e84e6c"
 data-tilda-lazy="yes" data-tilda-root-zone="com">
{_header()}
{body}
{_footer()}
{_cookie()}
</div>
<!--/allrecords-->
<script src="/js/tilda-scripts-3.0.min.js" charset="utf-8" defer></script>
<script src="/js/tilda-blocks-page{page_id}.min.js?t=1712650113" charset="utf-8" async></script>
</body>
</html>
"""


_HOME = "".join(
    [
        _hero(
            "Friendly family dentistry on the Ormeau Road",
            "Health Service and private dental care for all the family in south Belfast, from first teeth to dentures.",
        ),
        _text(
            "Welcome to Rosetta Dental Care",
            """Rosetta Dental Care has looked after families in south Belfast since 1998, when Dr Brendan McAleese
opened a two-surgery practice above what used to be the chemist at the Rosetta end of the Ormeau Road. Today the
practice is run by his daughter, Dr Ciara McAleese, with a team of four dentists, two hygienists and a friendly
nursing and reception team.<br /><br />
We are a <strong>mixed practice</strong>: we provide Health Service (HSC) dentistry alongside private treatment,
so you can choose the care that suits you. Our four modern surgeries have digital x-rays and a 3D intraoral scanner,
which means fewer gooey impressions and quicker results for crowns, aligners and whitening trays.<br /><br />
Whether you need a routine check-up, a filling, a new set of dentures or you simply want to feel more confident
about your smile, we will explain your options in plain English and give you a written plan before any treatment
starts.""",
            descr="Health Service and private dentistry in south Belfast",
        ),
        _text(
            "What we can help with",
            """<ul>
<li><a href="/check-ups-and-hygiene/">Check-ups and hygiene appointments</a> to keep teeth and gums healthy</li>
<li><a href="/childrens-dentistry/">Children's dentistry</a>, from first visits to orthodontic referrals</li>
<li><a href="/fillings-and-root-canal/">Fillings and root canal treatment</a></li>
<li><a href="/extractions-and-wisdom-teeth/">Extractions and wisdom teeth</a></li>
<li><a href="/dentures-crowns-and-bridges/">Dentures, crowns and bridges</a></li>
<li><a href="/teeth-whitening/">Teeth whitening</a> and <a href="/clear-aligners/">clear aligners</a></li>
<li><a href="/emergency-dentist/">Emergency appointments</a> for toothache, swelling and broken teeth</li>
<li>A gentle approach for <a href="/nervous-patients/">nervous patients</a></li>
</ul>
Not sure whether you can be seen on the Health Service? Read our
<a href="/health-service-dentistry/">Health Service dentistry</a> page or give reception a ring.""",
        ),
        _reviews(
            [
                (
                    "I hadn't been near a dentist in years and Dr Magee couldn't have been kinder. No lectures, "
                    "just a plan and a lot of reassurance.",
                    "Siobhan, Rosetta",
                ),
                (
                    "Brought both kids for their check-ups and they came out with stickers and big smiles. "
                    "Reception always fit us in after school.",
                    "Mark, Ballynafeigh",
                ),
                (
                    "Had my aligners with Dr Anna. Eight months start to finish and I can't stop smiling in photos "
                    "now.",
                    "Laura, Newtownbreda",
                ),
            ]
        ),
        _cta("New patients are always welcome at Rosetta Dental Care"),
    ]
)

_HEALTH_SERVICE = "".join(
    [
        _hero(
            "Health Service dentistry",
            "How registration, charges and exemptions work for HSC dental patients in Northern Ireland.",
            button="Ask about registering",
            height=440,
        ),
        _with_sidebar(
            "Registering with us as a Health Service patient",
            """In Northern Ireland you do not simply attend a Health Service dentist &ndash; you
<strong>register</strong> with one. Registration is with a named dentist at the practice, and the Business Services
Organisation (BSO) pays the practice for your care on behalf of Health and Social Care (HSC).<br /><br />
<strong>Registration lasts for two years from your last visit.</strong> Every time you come in for treatment it
is renewed for another two years. If you do not attend at all for two years, your registration lapses
automatically and you would need to re-register, which depends on whether we have places at that time. Children
stay registered under continuing care until their 18th birthday as long as they attend.<br /><br />
<strong>Are we taking new Health Service patients?</strong> At present we are accepting new Health Service
registrations for <strong>children under 18 only</strong>. Adults can add their name to our Health Service waiting
list at reception (the wait is currently around nine to twelve months) or register with us as a private patient
straight away. If you have moved to the area and need a Health Service dentist sooner, the nidirect
&ldquo;find a dentist&rdquo; service lists practices across Northern Ireland, and the BSO can tell you which
practices are currently accepting adults.""",
            "Bring with you",
            """<ul><li>Your Health &amp; Care Number (the 10-digit number on your GP letters)</li>
<li>Proof of any exemption, e.g. an HC2 certificate or benefit letter</li>
<li>A list of your medicines</li></ul>""",
        ),
        _text(
            "What Health Service treatment costs",
            """Unless you are exempt, adults pay <strong>80% of the Health Service fee</strong> for each item of
treatment, up to a <strong>maximum of &pound;384 for a single course of treatment</strong>. Your dentist will
give you a treatment plan showing the Health Service charges before anything is done, and we ask you to pay for
each visit at the end of that appointment.<br /><br />
Where both a Health Service and a private option exist for your treatment, your dentist will explain the
difference so you can decide.""",
        ),
        _text(
            "Who gets free Health Service dental treatment",
            """You do not pay Health Service dental charges if, when treatment starts, you are:
<ul>
<li>under 18, or under 19 and in full-time education;</li>
<li>pregnant, or have had a baby in the last 12 months (you will need a maternity exemption certificate);</li>
<li>getting Income Support, income-based Jobseeker's Allowance, income-related Employment and Support Allowance or
Pension Credit Guarantee Credit, or Universal Credit within the earnings limit;</li>
<li>named on a full help HC2 certificate under the Low Income Scheme.</li>
</ul>
An HC3 certificate gives partial help with costs. Please bring proof at every course of treatment: the BSO checks
claims, and if you claim free treatment wrongly you can be asked to pay the charge plus a penalty of up to
&pound;100.""",
        ),
        _cta("Questions about Health Service registration? Reception will be glad to help."),
    ]
)

_FEES = "".join(
    [
        _hero(
            "Private fees",
            "Clear prices for private patients. Everything is confirmed in a written estimate before treatment.",
            height=440,
        ),
        _text(
            "Our private price list",
            """These are our fees for private patients from 1 April 2025. Many treatments depend on the tooth
and how complex it is, so a price shown as &ldquo;from&rdquo; will be confirmed by your dentist in a written
estimate after your examination. Health Service charges are different and are set by the Department of Health
&ndash; see our <a href="/health-service-dentistry/">Health Service page</a>.""",
        ),
        _embed(
            "Examinations &amp; hygiene",
            """<table class="rosetta-fees" style="width:100%;border-collapse:collapse;">
<thead><tr><th style="text-align:left;">Treatment</th><th style="text-align:right;">Fee</th></tr></thead>
<tbody>
<tr><td>New patient examination (including any x-rays needed)</td><td style="text-align:right;">&pound;65</td></tr>
<tr><td>Routine examination, existing private patient</td><td style="text-align:right;">&pound;45</td></tr>
<tr><td>Child examination (private, under 18)</td><td style="text-align:right;">&pound;25</td></tr>
<tr><td>Emergency appointment, registered private patient</td><td style="text-align:right;">&pound;55</td></tr>
<tr><td>Emergency appointment, not registered with us</td><td style="text-align:right;">&pound;75</td></tr>
<tr><td>Hygienist visit, 30 minutes</td><td style="text-align:right;">&pound;62</td></tr>
<tr><td>Hygienist visit, 45 minutes</td><td style="text-align:right;">&pound;85</td></tr>
<tr><td>Airflow stain removal (added to a hygiene visit)</td><td style="text-align:right;">&pound;25</td></tr>
</tbody></table>""",
        ),
        _embed(
            "Restorative treatment",
            """<table class="rosetta-fees" style="width:100%;border-collapse:collapse;">
<tbody>
<tr><td>White filling, small / medium / large</td>
<td style="text-align:right;">&pound;110 / &pound;140 / &pound;170</td></tr>
<tr><td>Root canal treatment, front tooth</td><td style="text-align:right;">&pound;350</td></tr>
<tr><td>Root canal treatment, premolar</td><td style="text-align:right;">&pound;450</td></tr>
<tr><td>Root canal treatment, molar</td><td style="text-align:right;">&pound;620</td></tr>
<tr><td>Extraction, routine</td><td style="text-align:right;">&pound;120</td></tr>
<tr><td>Extraction, surgical</td><td style="text-align:right;">from &pound;240</td></tr>
<tr><td>Crown, porcelain bonded to metal</td><td style="text-align:right;">&pound;575</td></tr>
<tr><td>Crown, all-ceramic or zirconia</td><td style="text-align:right;">&pound;695</td></tr>
<tr><td>Bridge, per unit</td><td style="text-align:right;">&pound;575</td></tr>
<tr><td>Full acrylic denture, upper or lower</td><td style="text-align:right;">&pound;695</td></tr>
<tr><td>Full acrylic dentures, upper and lower together</td><td style="text-align:right;">&pound;1,250</td></tr>
<tr><td>Chrome cobalt partial denture</td><td style="text-align:right;">&pound;1,150</td></tr>
<tr><td>Denture repair</td><td style="text-align:right;">from &pound;65</td></tr>
<tr><td>Denture reline</td><td style="text-align:right;">&pound;195</td></tr>
</tbody></table>""",
        ),
        _embed(
            "Cosmetic treatment",
            """<table class="rosetta-fees" style="width:100%;border-collapse:collapse;">
<tbody>
<tr><td>Home teeth whitening (trays and gels)</td><td style="text-align:right;">&pound;295</td></tr>
<tr><td>Whitening top-up gel, per syringe</td><td style="text-align:right;">&pound;18</td></tr>
<tr><td>Clear aligners, mild case (one arch)</td><td style="text-align:right;">from &pound;1,995</td></tr>
<tr><td>Clear aligners, comprehensive (both arches)</td><td style="text-align:right;">from &pound;3,600</td></tr>
<tr><td>Replacement retainer, per arch</td><td style="text-align:right;">&pound;150</td></tr>
</tbody></table>""",
        ),
        _cta("Want a written estimate? Book a new patient examination."),
    ]
)

_CHECKUPS = "".join(
    [
        _hero(
            "Check-ups &amp; hygiene",
            "Regular examinations and hygienist visits keep small problems small.",
            height=440,
        ),
        _text(
            "What happens at a check-up",
            """A check-up at Rosetta usually takes 20 to 30 minutes. Your dentist will update your medical
history, look at every tooth and filling, measure your gums with a basic periodontal examination (a quick score
of each part of the mouth) and check your tongue, cheeks and throat for any signs of mouth cancer. X-rays are
taken only when they are needed, typically every one to two years, to see between the teeth and under fillings.
<br /><br />
How often you need a check-up depends on you. Following national guidance, we recommend a recall interval of
anywhere between 3 and 24 months: someone with healthy gums and no new decay may only need to come once a year,
while patients with gum disease or lots of fillings may be asked back every three to six months. Your dentist
will tell you your interval and we will send a reminder when you are due.""",
        ),
        _with_sidebar(
            "Seeing the hygienist",
            """Our hygienists, Gemma and Louise, clean away the hard tartar that brushing can't shift, treat gum
disease and show you the best way to clean between your teeth. Gums that bleed when you brush or floss are
often the first sign of gum inflammation (gingivitis), and it is very treatable when caught early.<br /><br />
<strong>Do I need to see the dentist first?</strong> No. Private patients can book directly with a hygienist
without a referral from a dentist &ndash; this is called direct access. Just tell reception that you would like a
hygiene appointment. If anything turns up that needs a dentist, the hygienist will arrange it. For Health Service
patients, a scale and polish is provided as part of a course of treatment prescribed by your dentist, so you would
need to be seen by your dentist first.<br /><br />
We also offer <strong>Airflow</strong>, a fine spray of powder, water and air that lifts stains from tea, coffee,
red wine and smoking. It is not a whitening treatment, but it makes a big difference to surface staining.""",
            "Between visits",
            """<ul><li>Brush twice a day for two minutes with a fluoride toothpaste</li>
<li>Spit, don't rinse, after brushing</li>
<li>Clean between your teeth once a day with interdental brushes</li>
<li>Keep sugary food and drinks to mealtimes</li></ul>""",
        ),
        _cta("Due a check-up or a clean? Book online or call us."),
    ]
)

_CHILDREN = "".join(
    [
        _hero(
            "Children's dentistry",
            "Gentle, fun visits that help children grow up happy to see the dentist.",
            button="Register your child",
            height=440,
        ),
        _text(
            "When to bring your child",
            """Bring your child as soon as the first tooth appears, and <strong>ideally before their first
birthday</strong>. There is no such thing as too young: early visits are mostly about getting used to the chair,
the lights and the team, and about giving you advice on brushing, teething and diet. Health Service dental care is
free for children, and we are currently registering new children on the Health Service.<br /><br />
For younger children we keep the first visit light-hearted &ndash; a ride in the chair, counting teeth with a
mirror and a sticker at the end. Children under 16 must be accompanied by a parent or guardian at every
appointment.<br /><br />
We keep appointments between 3.30pm and 5pm on weekdays for school-age children. These are popular, so please book
them well ahead.""",
        ),
        _text(
            "Protecting young teeth",
            """<ul>
<li><strong>Fluoride varnish</strong> is painted on the teeth twice a year from the age of three. It takes a minute
and strengthens the enamel against decay.</li>
<li><strong>Fissure sealants</strong> seal the grooves of the permanent back teeth, usually when they come through
at around age 6 to 7 and again at 12.</li>
<li><strong>Toothpaste:</strong> a smear of toothpaste with at least 1,000ppm fluoride for under-threes, and a
pea-sized amount of 1,350&ndash;1,500ppm toothpaste from age three. Help with brushing until about age seven.</li>
</ul>""",
        ),
        _text(
            "Crooked teeth and braces",
            """We check how your child's bite is developing at every visit and usually make an orthodontic
assessment at around age 11 or 12, once most of the adult teeth are through. Health Service braces in Northern
Ireland are available to under-18s whose teeth meet the national need threshold (the Index of Orthodontic
Treatment Need, grade 4 or 5, or grade 3 with a high appearance score). If your child qualifies, we refer them to a
specialist orthodontist; waiting lists for Health Service orthodontics can be a year or more. Milder cases do not
qualify for free braces, but we can discuss private options with you.""",
        ),
        _cta("Register your child with Rosetta Dental Care"),
    ]
)

_FILLINGS = "".join(
    [
        _hero(
            "Fillings &amp; root canal treatment",
            "Repairing decayed and damaged teeth so you can keep them for life.",
            height=440,
        ),
        _text(
            "Fillings",
            """When decay or a crack has damaged a tooth, a filling restores its shape and seals it. The tooth is
numbed with a local anaesthetic first, so you should feel pressure but not pain. Most fillings take between 20 and
45 minutes.<br /><br />
<strong>No more silver fillings.</strong> Since 1 January 2025, dental amalgam (the grey &ldquo;silver&rdquo;
filling material) can no longer be used in Northern Ireland, because the EU mercury rules apply here. All our
fillings, on the Health Service and privately, are now tooth-coloured: either composite resin or glass ionomer,
depending on the size and position of the cavity. If you already have amalgam fillings, there is no need to have
them replaced unless they are broken or there is decay underneath.<br /><br />
After a filling, avoid hot drinks and chewing on that side until the numbness wears off, usually two to three
hours.""",
        ),
        _with_sidebar(
            "Root canal treatment",
            """Root canal treatment is needed when the nerve inside a tooth is inflamed or infected, often after
deep decay or a knock. Instead of taking the tooth out, we clean out the infected nerve, shape and disinfect the
canals and seal them. The alternative is usually an extraction.<br /><br />
<strong>How long does it take?</strong> Most root canal treatments are done in <strong>two visits of 60 to 90
minutes</strong>, about one to two weeks apart, with a dressing in the tooth in between. Front teeth can sometimes
be finished in one visit. Dr Rory Devlin has a special interest in root canal treatment and uses rotary
instruments and an electronic apex locator, which makes treatment quicker and more comfortable.<br /><br />
Around 85&ndash;90% of root canal treatments are successful. A back tooth that has had root canal treatment is more
likely to crack, so we usually recommend a crown afterwards. Very complex cases, such as re-treating an old root
filling, may be referred to a specialist endodontist.""",
            "After root canal treatment",
            """It is normal for the tooth to feel tender to bite on for a few days. Ibuprofen or paracetamol will
usually help. Call us if you get swelling or if the pain is getting worse rather than better.""",
        ),
        _cta("Got a sore or broken tooth? Let's get it looked at."),
    ]
)

_EXTRACTIONS = "".join(
    [
        _hero(
            "Extractions &amp; wisdom teeth",
            "When a tooth can't be saved, we make taking it out as comfortable as possible.",
            height=440,
        ),
        _text(
            "Having a tooth out",
            """We always try to save a tooth, but sometimes an extraction is the best option &ndash; for example
when a tooth is badly broken down, very loose from gum disease, or causing repeated infections. Routine extractions
are carried out here in the practice under local anaesthetic. You will feel pushing and pressure but not sharp
pain, and most extractions take less than 30 minutes. Before we start, your dentist will talk you through options
for filling any gap, such as a denture or bridge.""",
        ),
        _text(
            "Wisdom teeth: what we do here and what we refer",
            """Wisdom teeth often come through at the back of the mouth between the ages of 17 and 25 and
sometimes get stuck (impacted). A partly erupted wisdom tooth can trap food and cause the gum over it to flare up
again and again &ndash; this is called pericoronitis. We can usually settle a flare-up by cleaning under the gum
and giving you a mouthwash; antibiotics are only needed if the infection is spreading.<br /><br />
<strong>Which wisdom teeth can be removed at Rosetta?</strong> Most upper wisdom teeth and straightforward lower
ones can be taken out here. Lower wisdom teeth that are impacted, lying sideways or close to the nerve in the jaw
are referred. Health Service referrals go to the Oral Surgery department at the School of Dentistry at the Royal
Victoria Hospital, where waiting times for routine cases are currently long (often over a year). If you would
prefer to be seen sooner, we can refer you privately to a consultant oral surgeon in Belfast, usually within four to
six weeks.""",
        ),
        _with_sidebar(
            "Aftercare following an extraction",
            """<ul>
<li>Bite firmly on the gauze pad for 20 minutes to stop the bleeding.</li>
<li><strong>Do not rinse your mouth for 24 hours.</strong> After that, rinse gently with warm salty water three to
four times a day for a week.</li>
<li><strong>Do not smoke or vape for at least 48 hours</strong>, and ideally 72 hours. Smoking is the biggest cause
of dry socket.</li>
<li>Avoid alcohol and strenuous exercise for 24 hours.</li>
<li>Eat soft food on the other side and avoid hot drinks until the numbness has gone.</li>
</ul>
If bleeding starts again, roll up a clean handkerchief, bite on it for 20 minutes and keep your head raised.""",
            "Dry socket",
            """If the pain gets worse rather than better two to four days after an extraction, and you notice a
bad taste, you may have a dry socket. Phone us: we will clean the socket and place a soothing dressing.""",
        ),
        _cta("Worried about a wisdom tooth? Book an assessment."),
    ]
)

_DENTURES = "".join(
    [
        _hero(
            "Dentures, crowns &amp; bridges",
            "Replacing and rebuilding teeth so you can eat, speak and smile with confidence.",
            height=440,
        ),
        _text(
            "Crowns",
            """A crown is a cap that covers a tooth which is heavily filled, cracked or root-treated. Having a
crown takes <strong>two appointments about two weeks apart</strong>. At the first, your dentist shapes the tooth,
takes a digital scan and fits a temporary crown; the scan goes to our local dental laboratory, which makes your
crown to match your other teeth. At the second visit the temporary is removed and the new crown is cemented in
place. Take care with sticky food while you have the temporary crown, and call us if it comes off.<br /><br />
Crowns can be made from porcelain bonded to metal, or from all-ceramic or zirconia for a more natural look on
front teeth.""",
        ),
        _text(
            "Bridges",
            """A bridge fills a gap by fixing a false tooth to the teeth on either side. An adhesive (or
&ldquo;Maryland&rdquo;) bridge is glued to the back of a neighbouring tooth and needs little or no drilling, while a
conventional bridge uses crowns on the teeth next to the gap. Like a crown, a bridge takes two visits.""",
        ),
        _with_sidebar(
            "Dentures",
            """We make full dentures when all the teeth in a jaw are missing, and partial dentures to replace a
few teeth, in acrylic or with a lighter, thinner chrome cobalt metal framework. A new set of dentures usually
takes about five short appointments over four to six weeks, so each stage can be checked for fit, bite and
appearance. If you are having teeth taken out, an immediate denture can be fitted on the same day so you are never
without teeth.<br /><br />
<strong>Broken denture? </strong>Our laboratory collects from the practice every weekday morning. If you bring a
broken or cracked denture, or one with a tooth off, to reception <strong>before 10am Monday to Thursday</strong>,
it will usually be repaired and back with us by 4pm the same day. Repairs handed in on a Friday or after 10am are
normally ready the next working day. Please don't try to glue a denture yourself, as superglue makes a proper
repair much harder.<br /><br />
Over time your gums shrink and dentures can become loose; a reline reshapes the fitting surface so they grip
again.""",
            "Looking after dentures",
            """<ul><li>Clean them daily with a soft brush and soap or denture cleaner, not toothpaste</li>
<li>Take them out at night and keep them in water</li>
<li>Have your mouth checked at least once a year, even with no teeth</li></ul>""",
        ),
        _cta("Loose or broken denture? Call reception."),
    ]
)

_WHITENING = "".join(
    [
        _hero(
            "Teeth whitening",
            "Safe, dentist-led home whitening for a brighter, natural-looking smile.",
            button="Book a whitening consultation",
            height=440,
        ),
        _text(
            "How home whitening works",
            """We offer professional home whitening using trays made to fit your teeth. First, your dentist will
examine your mouth to make sure your teeth and gums are healthy enough to whiten and that any decay is treated.
We then take a quick digital scan, and your custom trays are ready to collect in about ten days, along with your
whitening gels and instructions.<br /><br />
You wear the trays with a small amount of gel for one to two hours a day, or overnight, for two to three weeks.
Most people see a difference within the first week. Some sensitivity is common for a few days; it settles when you
stop and can be reduced with a sensitive toothpaste. Results usually last one to three years, and you can keep
your trays and buy top-up gels when you want to refresh them. If you are whitening for a wedding or another big
day, start six to eight weeks before so there is time to finish and for your teeth to settle.""",
        ),
        _text(
            "Important things to know",
            """<ul>
<li><strong>Whitening only works on natural teeth.</strong> It will not change the colour of crowns, bridges,
fillings or dentures. If you have a crown or white filling at the front, it may need to be replaced after whitening
so that it matches your new shade; your dentist will talk this through at your consultation.</li>
<li><strong>We cannot whiten teeth for anyone under 18.</strong> UK law only allows tooth whitening products
containing peroxide to be used on under-18s to treat disease, not for cosmetic reasons. We're happy to advise on
stain removal and a hygiene visit instead.</li>
<li>Tooth whitening may only legally be provided by a registered dental professional. Beauty salon and online kits
are often either illegal or too weak to work.</li>
<li>We do not offer in-surgery laser or &ldquo;power&rdquo; whitening.</li>
</ul>""",
        ),
        _cta("Ready for a brighter smile? Book your whitening consultation."),
    ]
)

_ALIGNERS = "".join(
    [
        _hero(
            "Clear aligners",
            "Straighter teeth with nearly invisible, removable Invisalign aligners.",
            button="Book a free consultation",
            height=440,
        ),
        _text(
            "Straightening teeth without metal braces",
            """Clear aligners are a series of thin, transparent plastic trays that gradually move your teeth into
place. We use the Invisalign system, and treatment is led by Dr Anna Kowalczyk. Aligners are suitable for adults
and for teenagers whose adult teeth have all come through, and can correct crowding, gaps and many bite problems.
Clear aligners are a private treatment and are not available on the Health Service.<br /><br />
It starts with a <strong>free 20-minute consultation</strong> to find out whether aligners will work for you. If
they will, we take a 3D scan with our iTero scanner and you can see a simulation of how your teeth will move before
you commit.""",
        ),
        _with_sidebar(
            "Wearing your aligners",
            """To work, aligners need to be worn for <strong>20 to 22 hours a day</strong>. You take them out only
to eat, to drink anything other than plain water, and to brush your teeth. Each set is worn for one to two weeks
before moving on to the next. We see you every six to eight weeks to check progress.<br /><br />
Small tooth-coloured bumps called attachments are bonded to some teeth to help the aligners grip. Mild cases can
take as little as four months; more complex treatment can take 12 to 18 months.<br /><br />
<strong>Retainers are essential.</strong> Teeth naturally try to move back, so at the end of treatment we fit a
thin wire retainer behind your front teeth and give you a clear removable retainer to wear at night.""",
            "Aligner tips",
            """<ul><li>Brush before putting aligners back in</li><li>Carry your case everywhere</li>
<li>Never wrap aligners in a napkin &ndash; they get thrown away!</li></ul>""",
        ),
        _cta("Book your free aligner consultation with Dr Anna"),
    ]
)

_EMERGENCY = "".join(
    [
        _hero(
            "Emergency dentist in Belfast",
            "Toothache, swelling, a broken tooth or a knocked-out tooth? Here's what to do.",
            button=f"Call {_PHONE}",
            href=_TEL,
            height=440,
        ),
        _text(
            "During our opening hours",
            """Phone us as early as you can from <strong>8.30am</strong>. We keep emergency slots free every
weekday morning and afternoon for people in pain. Our registered patients, both Health Service and private, are
given priority for these slots.<br /><br />
<strong>Not registered with us?</strong> You can still call. If there is a slot left after our own patients have
been seen, we will see you the same day as a private emergency patient. An emergency appointment is about getting
you out of pain &ndash; for example opening and dressing a tooth, taking out a tooth that cannot be saved or
smoothing a broken edge &ndash; and we will advise on any further treatment you need.<br /><br />
If a permanent tooth has been knocked out, hold it by the crown (not the root), rinse it briefly in milk and push
it back into the socket if you can, or keep it in milk, and phone us straight away. The sooner it goes back, the
better the chance it will survive.""",
        ),
        _with_sidebar(
            "Evenings, weekends and bank holidays",
            """When we are closed, the <strong>Belfast out-of-hours emergency dental service</strong> provides urgent
care for toothache, swelling and bleeding in the evenings, at weekends and on bank holidays. You must phone first
to be assessed: call <strong>028 9504 0085</strong> and a dental nurse will advise you or book you an appointment at
the clinic. Our answerphone message also gives this number.<br /><br />
<strong>Go to the Emergency Department (A&amp;E) or call 999</strong> if you have swelling of the face or neck that
is spreading towards your eye or down your neck, difficulty swallowing or breathing, bleeding that won't stop after
20 minutes of firm pressure, or an injury to the face or jaw after an accident.""",
            "Pain relief until you're seen",
            """Ibuprofen and paracetamol can be taken together if they are suitable for you &ndash; always follow
the packet. Never put aspirin on the gum; it burns the skin.""",
        ),
        _cta("In pain? Call us from 8.30am.", button=f"Call {_PHONE}", href=_TEL),
    ]
)

_NERVOUS = "".join(
    [
        _hero(
            "Nervous patients",
            "Anxious about the dentist? You are not alone, and we won't judge.",
            button="Book a meet-and-chat",
            height=440,
        ),
        _text(
            "Taking it at your pace",
            """Many of our patients tell us they have avoided the dentist for years because of a bad experience
or simply fear. We won't lecture you about how long it has been. Our aim is to build trust first and treat second.
<br /><br />
<ul>
<li><strong>Free meet-and-chat:</strong> a 15-minute visit with no treatment at all. Meet your dentist, see the
surgery and talk about what worries you.</li>
<li><strong>A stop signal:</strong> raise your hand and we stop, every time.</li>
<li><strong>Distraction:</strong> bring headphones or watch something on the screen above the chair.</li>
<li><strong>Gentle numbing:</strong> we use the Wand, a computer-controlled injection system that delivers
anaesthetic slowly so it is far less uncomfortable.</li>
<li><strong>Longer appointments</strong> so nothing is rushed, and the first or last slot of the day if waiting
makes you more anxious.</li>
</ul>
Dr Peter Magee has a special interest in caring for anxious patients.""",
        ),
        _with_sidebar(
            "Sedation",
            """If you feel you can't manage treatment even with this support, <strong>intravenous (IV)
sedation</strong> may help. A sedative is given through a small needle in the back of your hand or arm. You stay
awake and can respond to us, but you feel deeply relaxed and most people remember very little afterwards.
<strong>Sedation is not the same as being put to sleep</strong>: general anaesthetic for dental treatment is only
given in hospital and only in limited cases.<br /><br />
Private IV sedation is provided at Rosetta on Thursday afternoons by our visiting sedationist, Dr Mark Ferris, at
&pound;295 per session on top of the treatment fee. Health Service patients with severe anxiety can be referred to
the Community Dental Service run by the Belfast Health and Social Care Trust, which also offers sedation for
children.<br /><br />
You will need a responsible adult to bring you, take you home and stay with you for the rest of the day, and you
must not drive, work or sign important documents for 24 hours.""",
            "You're in good company",
            """Around one in three adults in the UK say they are anxious about visiting the dentist. Tell us
when you book &ndash; it helps us plan your visit.""",
        ),
        _cta("Take the first step: book a free meet-and-chat."),
    ]
)

_PAYMENT = "".join(
    [
        _hero(
            "Paying for your treatment",
            "Simple ways to pay, monthly finance and our practice care plan.",
            height=440,
        ),
        _text(
            "How to pay",
            """We ask for payment at the end of each appointment, for both Health Service charges and private
treatment. We accept Visa, Mastercard and American Express debit and credit cards, contactless, Apple Pay and
Google Pay, and cash. We no longer accept cheques.<br /><br />
Where treatment involves a laboratory, such as crowns, bridges, dentures, whitening trays and aligners, we ask for
a <strong>50% deposit</strong> when the scan or impressions are taken, with the balance due when the work is
fitted.""",
        ),
        _with_sidebar(
            "Spread the cost with finance",
            """For private treatment costing <strong>&pound;500 or more</strong> &ndash; including clear aligners,
crowns, bridges, dentures and root canal treatment &ndash; you can spread the cost in monthly payments through our
finance partner, Tabeo:
<ul>
<li><strong>0% interest</strong> over 6 or 12 months;</li>
<li>longer terms of 24 or 36 months at 9.9% APR representative.</li>
</ul>
You apply online in a few minutes with your dentist's treatment plan and get a decision straight away. You must be
18 or over and live in the UK, and finance is subject to a credit check. Rosetta Dental Care Ltd is an introducer
and not a lender.""",
            "Rosetta Care Plan",
            """Our monthly plan for private patients costs <strong>&pound;17.50 a month</strong> and includes two
check-ups and two 30-minute hygienist visits a year, plus 10% off private treatment. Ask at reception for a
sign-up form.""",
        ),
        _cta("Any questions about costs? Our reception team can help."),
    ]
)

_APPOINTMENTS = "".join(
    [
        _hero(
            "Appointments &amp; cancellations",
            "How to book, change or cancel an appointment, and our missed appointment policy.",
            height=440,
        ),
        _text(
            "Booking and reminders",
            """You can book by phoning reception, calling in, or sending us a message on Facebook (we'll call you
back to confirm). We send a text and email reminder two days before every appointment &ndash; please reply to
confirm. If you arrive more than 10 minutes late we may not be able to complete your treatment and may need to
rebook you, so that other patients are not kept waiting.""",
        ),
        _with_sidebar(
            "Cancelling or changing an appointment",
            """Please give us at least <strong>24 hours' notice</strong> if you need to cancel or move an
appointment, or <strong>48 hours' notice</strong> for appointments of an hour or longer, such as root canal
treatment, sedation or crown preparation. This lets us offer the time to someone in pain.<br /><br />
<strong>Private patients:</strong> if you miss an appointment or cancel with less notice than this, we charge a
missed appointment fee of <strong>&pound;30</strong> for appointments of up to 30 minutes, and the full
appointment fee for longer appointments, including hygienist visits of 45 minutes.<br /><br />
<strong>Health Service patients</strong> are not charged for missed appointments. However, if you miss two
appointments within 12 months without letting us know, we may end your Health Service registration with us. We
will always write to you before doing this.<br /><br />
We understand that emergencies happen, and the practice manager can waive a fee in genuine circumstances.""",
            "Running late?",
            f"""Call us on <a href="{_TEL}">{_PHONE}</a> as soon as you know &ndash; we'll always try to fit you
in.""",
        ),
        _cta("Need to change an appointment? Give us a call."),
    ]
)

_TEAM = "".join(
    [
        _hero(
            "Meet the team",
            "Friendly, experienced people who care about your comfort as much as your teeth.",
            height=440,
        ),
        _text(
            "Our dentists",
            """<strong>Dr Ciara McAleese</strong> BDS (QUB 2006) MJDF RCS (Eng) &ndash; Principal dentist. Ciara
took over the practice from her father in 2016. She enjoys family dentistry and has a particular interest in
dentures. GDC no. 78214.<br /><br />
<strong>Dr Rory Devlin</strong> BDS (Glasgow 2011) &ndash; Associate dentist with a special interest in root canal
treatment. Rory is a keen Ulster rugby fan and coaches an under-12s team at the weekend. GDC no. 102967.<br /><br />
<strong>Dr Anna Kowalczyk</strong> lek. dent. (Gda&nacute;sk 2012) MSc &ndash; Anna leads our clear aligner and
whitening treatments. She moved to Belfast in 2014 and <strong>speaks Polish as well as English</strong>, so Polish
speaking patients are very welcome to ask for her. GDC no. 214553.<br /><br />
<strong>Dr Peter Magee</strong> BDS (QUB 2019) &ndash; Peter sees many of our nervous patients and is known for his
calm, unhurried manner. GDC no. 281406.""",
        ),
        _text(
            "Hygiene, nursing and reception",
            """<strong>Gemma Rafferty</strong> &ndash; Dental hygienist and therapist. Gemma works Monday to Thursday
and also places simple fillings for children on the dentist's prescription.<br /><br />
<strong>Louise Boyd</strong> &ndash; Dental hygienist, working Tuesdays, Thursdays and Saturday mornings.<br /><br />
<strong>Joanne Hamill</strong> &ndash; Practice manager. Joanne looks after the running of the practice and is
the person to speak to about accounts and feedback.<br /><br />
<strong>Our nurses</strong> Shauna, Aoife, Karen and Claire (lead nurse) will look after you in the surgery. Aoife
is a fluent Irish speaker.<br /><br />
<strong>Reception</strong> Debbie and Tara are the friendly voices on the phone and will help with bookings and
Health Service forms.""",
        ),
        _cta("Come and meet us"),
    ]
)

_COMPLAINTS = "".join(
    [
        _hero(
            "Complaints &amp; feedback",
            "We want to hear when things go well and, especially, when they don't.",
            height=440,
        ),
        _text(
            "How to make a complaint",
            """If you are unhappy with any part of your care or with how you were treated by any member of the
team, please tell us. You can speak to anyone at reception, or contact our practice manager, Joanne Hamill, in
person, by phone, by email or in writing to 412 Ormeau Road, Belfast BT7 3HY. Please raise your complaint as soon
as possible and normally within six months of the event.<br /><br />
<strong>What happens next:</strong>
<ul>
<li>We will acknowledge your complaint within <strong>3 working days</strong>.</li>
<li>Joanne will look into it, talk to the people involved and offer to meet you if you wish.</li>
<li>We aim to give you a full written response within <strong>10 working days</strong>. If it will take longer, we
will tell you why and keep you updated.</li>
</ul>
Making a complaint will never affect the care you receive from us.""",
        ),
        _with_sidebar(
            "If you're still not satisfied",
            """<strong>Health Service patients</strong> who are not happy with our response can ask the Northern
Ireland Public Services Ombudsman (NIPSO) to review the complaint once our own process is complete. The Patient
and Client Council offers free, independent help with making a complaint on 0800 917 0222.<br /><br />
<strong>Private patients</strong> can contact the Dental Complaints Service, a free and impartial service
funded by the General Dental Council, on 020 8253 0800.""",
            "Compliments",
            """Kind words make our day. Leave us a Google review or drop a note in the box at reception &ndash; we
share every one with the team.""",
        ),
    ]
)

_FAQ = "".join(
    [
        _hero(
            "Frequently asked questions",
            "Quick answers to the things patients ask us most.",
            height=400,
        ),
        _accordion(
            "Your questions answered",
            [
                (
                    "Do you make mouthguards for sport?",
                    """Yes. We make custom-fitted gum shields for Gaelic football, hurling, camogie, rugby, hockey and
boxing. They fit far better than boil-and-bite guards from sports shops, so players can breathe and talk more
easily. It takes a quick scan and about a week to make, in a choice of colours including county and club
colours. Adult mouthguards are &pound;85 and under-18s &pound;65.""",
                ),
                (
                    "I'm moving from another dentist. Do you need my old records?",
                    """It helps, but it isn't essential. With your consent we can ask your previous practice for copies
of your x-rays and notes. Please bring an up-to-date list of any medicines you take.""",
                ),
                (
                    "Do you do dental implants?",
                    """We do not place implants at Rosetta. If an implant is the right option for you, we will refer
you to an implant dentist we trust and look after your other dental care here.""",
                ),
                (
                    "Can I bring my children with me to my appointment?",
                    """Yes, as long as they can sit quietly with another adult in the waiting room or on the chair in
the surgery. Please don't bring children to a sedation appointment.""",
                ),
                (
                    "Are assistance dogs welcome?",
                    "Guide dogs and other assistance dogs are always welcome in the practice.",
                ),
                (
                    "Can I get a letter for work or school?",
                    """Yes, reception can give you a free letter confirming you attended an appointment. Just ask on
the day.""",
                ),
                (
                    "Do you sell toothbrushes and interdental brushes?",
                    """We sell electric toothbrushes, interdental brushes and high-fluoride toothpaste (on prescription
from your dentist) at reception at close to cost price.""",
                ),
                (
                    "What should I bring to my first appointment?",
                    """Please arrive 10 minutes early, or fill in the medical history form we text you beforehand.
Bring a list of your medicines and, for Health Service patients, proof of any exemption from charges.""",
                ),
            ],
        ),
        _cta("Can't find your answer? Give us a call."),
    ]
)

_FIND_US = "".join(
    [
        _hero(
            "Contact &amp; find us",
            "412 Ormeau Road, Belfast BT7 3HY &ndash; at the Rosetta end of the Ormeau Road.",
            button=f"Call {_PHONE}",
            href=_TEL,
            height=440,
        ),
        _embed(
            "Opening hours",
            """<table class="rosetta-hours" style="width:100%;">
<tbody>
<tr><td>Monday</td><td>8.30am &ndash; 5.30pm</td></tr>
<tr><td>Tuesday</td><td>8.30am &ndash; 7.30pm</td></tr>
<tr><td>Wednesday</td><td>8.30am &ndash; 5.30pm</td></tr>
<tr><td>Thursday</td><td>8.30am &ndash; 7.30pm</td></tr>
<tr><td>Friday</td><td>8.30am &ndash; 4.00pm</td></tr>
<tr><td>Saturday</td><td>9.00am &ndash; 1.00pm (1st and 3rd Saturday of the month, private appointments only)</td></tr>
<tr><td>Sunday</td><td>Closed</td></tr>
</tbody></table>
<p>Our phone lines close for lunch from 1pm to 1.45pm on weekdays.</p>""",
        ),
        _with_sidebar(
            "Getting here",
            """We are on the Ormeau Road at the Rosetta junction, opposite the library, about two miles south of
Belfast city centre.<br /><br />
<strong>Parking:</strong> we have a small car park with five spaces behind the practice, including one disabled
bay beside the ramp. The entrance is from Rosetta Park. When it's full, there is free on-street parking in the
side streets nearby &ndash; please be considerate and don't block residents' driveways. Parking on the Ormeau Road
itself is restricted during the morning and evening rush hours because of the bus lane.<br /><br />
<strong>By bus:</strong> Metro 7 buses (7A, 7B, 7C and 7D) run from Donegall Square East at City Hall up the
Ormeau Road every 10 minutes or so during the day. Get off at the Rosetta stop, right outside the practice; the
journey takes about 15 minutes.<br /><br />
<strong>By bike:</strong> there is a bike rack at the front door.""",
            "Accessibility",
            """There is a ramp to the front door, two ground-floor surgeries and an accessible toilet. A hearing
loop is fitted at reception. If stairs are difficult for you, tell us when you book and we will make sure you are
seen downstairs.""",
        ),
        _text(
            "Get in touch",
            f"""Phone: <a href="{_TEL}">{_PHONE}</a><br />
Email: <a href="mailto:{_EMAIL}">{_EMAIL}</a> (we reply within one working day &ndash; please phone for anything
urgent)<br />
Facebook: message us at <a href="https://www.facebook.com/rosettadentalbelfast" target="_blank">
rosettadentalbelfast</a>""",
        ),
    ]
)

_PAGES = [
    ("/", "Dentist in South Belfast", "Mixed Health Service and private dental practice on the Ormeau Road.", _HOME),
    (
        "/health-service-dentistry/",
        "Health Service Dentistry",
        "Registering as a Health Service (HSC) dental patient in Northern Ireland: charges and exemptions.",
        _HEALTH_SERVICE,
    ),
    ("/private-fees/", "Private Fees", "Private dental price list for Rosetta Dental Care, Belfast.", _FEES),
    (
        "/check-ups-and-hygiene/",
        "Check-ups & Hygiene",
        "Dental examinations, hygienist appointments and Airflow stain removal in Belfast.",
        _CHECKUPS,
    ),
    ("/childrens-dentistry/", "Children's Dentistry", "Dental care for babies, children and teens.", _CHILDREN),
    (
        "/fillings-and-root-canal/",
        "Fillings & Root Canal",
        "Tooth-coloured fillings and root canal treatment at Rosetta Dental Care.",
        _FILLINGS,
    ),
    (
        "/extractions-and-wisdom-teeth/",
        "Extractions & Wisdom Teeth",
        "Tooth extractions, wisdom tooth assessment and referral, and aftercare advice.",
        _EXTRACTIONS,
    ),
    (
        "/dentures-crowns-and-bridges/",
        "Dentures, Crowns & Bridges",
        "Crowns, bridges, full and partial dentures, relines and denture repairs.",
        _DENTURES,
    ),
    ("/teeth-whitening/", "Teeth Whitening", "Professional home teeth whitening in Belfast.", _WHITENING),
    ("/clear-aligners/", "Clear Aligners", "Invisalign clear aligners with a free consultation.", _ALIGNERS),
    (
        "/emergency-dentist/",
        "Emergency Dentist",
        "Same-day emergency dental appointments and out-of-hours help in Belfast.",
        _EMERGENCY,
    ),
    ("/nervous-patients/", "Nervous Patients", "Gentle dentistry and IV sedation for anxious patients.", _NERVOUS),
    ("/payment-options/", "Payment Options", "Ways to pay, dental finance and the Rosetta Care Plan.", _PAYMENT),
    (
        "/appointments-policy/",
        "Appointments & Cancellations",
        "Booking, reminders, cancellations and missed appointment fees.",
        _APPOINTMENTS,
    ),
    ("/our-team/", "Our Team", "Meet the dentists, hygienists, nurses and reception team.", _TEAM),
    ("/complaints/", "Complaints & Feedback", "Our complaints procedure and where to go next.", _COMPLAINTS),
    ("/faq/", "FAQ", "Frequently asked questions about Rosetta Dental Care.", _FAQ),
    (
        "/contact-and-find-us/",
        "Contact & Find Us",
        "Opening hours, parking, buses and accessibility at 412 Ormeau Road, Belfast.",
        _FIND_US,
    ),
]

HTML = {
    path: _page(title.replace("&", "&amp;"), description, body, 48213001 + n)
    for n, (path, title, description, body) in enumerate(_PAGES)
}

QUESTIONS = [
    (
        "how much is a check up if I'm not on the health service",
        "/private-fees/",
    ),
    (
        "Hi are yous taking on new health service patients? I've just moved down to Belfast from Derry for work and "
        "need a dentist",
        "/health-service-dentistry/",
    ),
    (
        "I haven't been to the dentist in about three years, am I still registered with yous or do I have to sign up "
        "again",
        "/health-service-dentistry/",
    ),
    (
        "My gums have started bleeding every time I brush. Can I just book in with the hygienist or do I have to see "
        "a dentist first?",
        "/check-ups-and-hygiene/",
    ),
    (
        "my daughter is 14 months and has never been to a dentist, is she too young to bring in",
        "/childrens-dentistry/",
    ),
    (
        "My son is 12 and his teeth are really crooked, the top ones stick right out. Can he get braces for free?",
        "/childrens-dentistry/",
    ),
    (
        "I've a big black hole in one of my back teeth. Can I still get a silver filling, they always lasted well for "
        "me",
        "/fillings-and-root-canal/",
    ),
    ("how many visits does a root canal take", "/fillings-and-root-canal/"),
    (
        "Had a tooth pulled yesterday and I'm gasping for a smoke. how long do I have to wait",
        "/extractions-and-wisdom-teeth/",
    ),
    (
        "My bottom wisdom tooth keeps flaring up, the gum goes all swollen. Will you take it out or do I have to go to "
        "the hospital?",
        "/extractions-and-wisdom-teeth/",
    ),
    (
        "I snapped my top plate in half on a bit of toffee, any chance it could be fixed today?",
        "/dentures-crowns-and-bridges/",
    ),
    (
        "How long is it between getting the tooth filed down for a cap and getting the real one put on",
        "/dentures-crowns-and-bridges/",
    ),
    (
        "I'm getting married in June and want my teeth whiter for the photos, but I have a crown on a front tooth. "
        "Will the whitening make that whiter too?",
        "/teeth-whitening/",
    ),
    (
        "my 16 year old wants her teeth whitened before her formal, can yous do that for her?",
        "/teeth-whitening/",
    ),
    ("how many hours a day do you have to wear the invisible braces", "/clear-aligners/"),
    (
        "It's Saturday night and my face is swelling up from a bad tooth, who do I ring",
        "/emergency-dentist/",
    ),
    (
        "Toothache since last night and I've barely slept. I'm not a patient of yours, is there any chance I could be "
        "seen today?",
        "/emergency-dentist/",
    ),
    (
        "I haven't been to a dentist in 10 years because I'm absolutely terrified. Can you put me to sleep for the "
        "treatment?",
        "/nervous-patients/",
    ),
    ("Can I pay off the clear braces monthly instead of all at once", "/payment-options/"),
    ("whats the charge if I miss my appointment", "/appointments-policy/"),
    (
        "I'll be driving over, is there anywhere to park at yours?",
        "/contact-and-find-us/",
    ),
    ("which bus do I get from town to the practice", "/contact-and-find-us/"),
    (
        "Does any of the dentists speak Polish? My mum wants to come but her English isn't great",
        "/our-team/",
    ),
    (
        "I want to make a complaint about the way I was spoken to at reception last week. Who do I talk to?",
        "/complaints/",
    ),
    ("do yous make gum shields for gaelic football", "/faq/"),
]

OUT_OF_SCOPE = [
    "Do you do Botox or lip fillers?",
    "My da is bedbound since his stroke, would a dentist come out to the house to see him?",
    "Are you looking for any dental nurses at the moment? I'm qualified and looking for work",
    "Do you do anything for snoring? My husband is keeping the whole house awake",
    "Can you do veneers or composite bonding on my front teeth",
    "Will you fill in the claim form for my work health cash plan so I can get my money back?",
    "What's the weather meant to be like in Belfast this weekend?",
    "Can you recommend a good Chinese takeaway on the Ormeau Road",
]
