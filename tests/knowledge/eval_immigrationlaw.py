"""An evaluation site: Brindley Kaur Solicitors, immigration, family and personal injury solicitors in Birmingham (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. Built the way the Hostinger Website
Builder serves a page: deeply nested generated-class div blocks ("block", "block-layout", "layout-element",
"text-box", "block-grid-item") with data-qa attributes, no <main>, a header with a dropdown menu doubled by a
burger drawer, and the FAQ as a grid of "block-accordion" items.
"""

import hashlib
import itertools

NAME = "Brindley Kaur Solicitors"

_SITE = "https://www.brindleykaur.co.uk"
_IDS = itertools.count(1)


def _uid():
    """A generated element id in the builder's style (stable between imports)."""
    digest = hashlib.sha256(f"brindley-kaur-{next(_IDS)}".encode()).hexdigest()
    return "z" + "".join(chr(ord("a") + int(c, 16) % 26) if i % 2 else c for i, c in enumerate(digest[:7]))


def _text(inner):
    uid = _uid()
    return f"""<div id="{uid}" class="layout-element layout-element--{uid}" data-qa="builder-gridtextbox" \
style="--grid-row:auto;--grid-column:2/12">
<div class="text-box layout-element__component layout-element__component--GridTextBox" data-qa="text-box">
{inner}
</div>
</div>"""


def _button(label, href, kind="primary"):
    uid = _uid()
    slug = label.lower().replace(" ", "-")
    return f"""<div id="{uid}" class="layout-element layout-element--{uid}" data-qa="builder-gridbutton">
<a href="{href}" class="grid-button grid-button--{kind} layout-element__component \
layout-element__component--GridButton" data-qa="gridbutton:{slug}">{label}</a>
</div>"""


def _image(src, alt):
    uid = _uid()
    return f"""<div id="{uid}" class="layout-element layout-element--{uid}" data-qa="builder-gridimage">
<div class="image image--grid layout-element__component layout-element__component--GridImage">
<img class="image__image" src="/_assets/img/{src}" alt="{alt}" loading="lazy" width="640" height="420">
</div>
</div>"""


def _grid(*items):
    uid = _uid()
    cells = "\n".join(
        f"""<div class="block-grid-item block-grid-item--{uid}-{n}" data-qa="blockgrid-item-{n}">
<div class="block-grid-item__component">
{item}
</div>
</div>"""
        for n, item in enumerate(items)
    )
    return f"""<div id="{uid}" class="block-grid block-grid--{uid}" data-qa="builder-blockgrid">
<div class="block-grid__wrapper">
{cells}
</div>
</div>"""


def _section(*elements, tone="light"):
    uid = _uid()
    inner = "\n".join(elements)
    return f"""<section id="{uid}" class="block block--{tone}" data-qa="builder-section-{uid}" \
style="--block-padding:56px 0 56px 0">
<div class="block-background"></div>
<div class="block-layout block-layout--layout" style="--grid-template-columns:repeat(12,1fr);--grid-gap:24px">
{inner}
</div>
</section>"""


def _hero(heading, strap, button_label="Book a consultation", button_href="/your-first-meeting/"):
    return _section(
        _text(f"""<h1 class="font-primary" style="color:#ffffff">{heading}</h1>
<p class="body-large" style="color:#e8edf5">{strap}</p>"""),
        _button(button_label, button_href),
        _button("Call 0121 496 0738", "tel:+441214960738", kind="secondary"),
        tone="dark hero",
    )


_MENU = [
    ("Home", "/", []),
    (
        "Immigration",
        None,
        [
            ("Spouse &amp; Partner Visas", "/spouse-and-partner-visas/"),
            ("Skilled Worker Visas &amp; Sponsor Licences", "/skilled-worker-visas-sponsor-licences/"),
            ("Indefinite Leave to Remain", "/indefinite-leave-to-remain/"),
            ("British Citizenship", "/british-citizenship/"),
            ("Immigration Appeals", "/immigration-appeals/"),
        ],
    ),
    (
        "Family",
        None,
        [
            ("Divorce &amp; Separation", "/divorce-and-separation/"),
            ("Child Arrangements", "/child-arrangements/"),
            ("Domestic Abuse Injunctions", "/domestic-abuse-injunctions/"),
        ],
    ),
    (
        "Personal Injury",
        None,
        [
            ("No Win No Fee Claims", "/personal-injury-no-win-no-fee/"),
            ("Road Traffic Accidents", "/road-traffic-accidents/"),
        ],
    ),
    (
        "Fees &amp; Funding",
        None,
        [
            ("Fixed Fee Packages", "/fixed-fee-packages/"),
            ("Legal Aid &amp; Paying Your Bill", "/legal-aid-and-paying/"),
        ],
    ),
    (
        "About Us",
        None,
        [
            ("Our Team", "/our-team/"),
            ("Your First Meeting", "/your-first-meeting/"),
            ("FAQs", "/faq/"),
            ("Complaints &amp; Regulation", "/complaints-and-regulation/"),
        ],
    ),
    ("Contact", "/contact-us/", []),
]


def _nav(variant):
    items = []
    for label, href, children in _MENU:
        qa = label.lower().replace(" ", "-").replace("&amp;", "and")
        if not children:
            items.append(
                f"""<li class="block-header-item" data-qa="navigation-item-{qa}">
<a class="item-content-wrapper" href="{href}"><span class="item-content">{label}</span></a>
</li>"""
            )
            continue
        links = "\n".join(
            f"""<li class="block-header-item__dropdown-item"><a class="item-content-wrapper \
item-content-wrapper--dropdown" href="{child_href}">{child}</a></li>"""
            for child, child_href in children
        )
        items.append(
            f"""<li class="block-header-item block-header-item--dropdown" data-qa="navigation-item-{qa}">
<div class="item-content-wrapper item-content-wrapper--has-dropdown"><span class="item-content">{label}</span>
<svg class="item-content__icon" width="12" height="12" viewBox="0 0 24 24"><path d="M7 10l5 5 5-5z"></path></svg>
</div>
<ul class="block-header-item__dropdown block-header-item__dropdown--{variant}">
{links}
</ul>
</li>"""
        )
    joined = "\n".join(items)
    return f"""<ul class="block-header-layout-{variant}__navigation navigation" \
data-qa="builder-siteheader-nav-{variant}">
{joined}
</ul>"""


_HEADER = f"""<header class="block-header" data-qa="builder-siteheader" style="--height:96px">
<div class="block-header__content block-header__content--sticky">
<div class="block-header-layout-desktop">
<div class="block-header-layout-desktop__logo-wrapper">
<a href="/" class="block-header-logo" data-qa="builder-siteheader-img-logo" title="Brindley Kaur Solicitors">
<img class="block-header-logo__image" src="/_assets/img/brindley-kaur-logo.svg" alt="Brindley Kaur Solicitors" \
width="210" height="56">
</a>
</div>
<nav class="block-header-layout-desktop__nav-wrapper">
{_nav("desktop")}
</nav>
<div class="block-header-layout-desktop__cta">
<a href="tel:+441214960738" class="block-header__phone" data-qa="builder-siteheader-phone">0121 496 0738</a>
<a href="/your-first-meeting/" class="grid-button grid-button--primary block-header__cta-button" \
data-qa="builder-siteheader-btn">Book a consultation</a>
</div>
</div>
<div class="block-header-layout-mobile">
<a href="/" class="block-header-logo block-header-logo--mobile"><img src="/_assets/img/brindley-kaur-logo.svg" \
alt="Brindley Kaur Solicitors" width="150" height="40"></a>
<button class="burger" type="button" aria-label="Open menu" aria-expanded="false" \
data-qa="builder-siteheader-burger">
<span class="burger__line"></span><span class="burger__line"></span><span class="burger__line"></span>
</button>
<div class="block-header-layout-mobile__dropdown" data-qa="builder-siteheader-mobile-menu">
<nav>
{_nav("mobile")}
</nav>
</div>
</div>
</div>
</header>"""


_FOOTER = """<div class="block block--footer" data-qa="builder-section-footer" id="zfooter">
<div class="block-layout block-layout--layout block-layout--footer">
<div class="layout-element layout-element--footer-about" data-qa="builder-gridtextbox">
<div class="text-box layout-element__component layout-element__component--GridTextBox">
<p class="body-small"><strong>Brindley Kaur Solicitors</strong></p>
<p class="body-small">Immigration, family and personal injury solicitors helping Birmingham families and
businesses since 2008.</p>
</div>
</div>
<div class="layout-element layout-element--footer-contact" data-qa="builder-gridtextbox">
<div class="text-box layout-element__component layout-element__component--GridTextBox">
<p class="body-small"><strong>Get in touch</strong></p>
<p class="body-small">2nd Floor, Regent House, 88 Newhall Street<br>Birmingham B3 1PB</p>
<p class="body-small"><a href="tel:+441214960738">0121 496 0738</a><br>
<a href="mailto:enquiries@brindleykaur.co.uk">enquiries@brindleykaur.co.uk</a></p>
</div>
</div>
<div class="layout-element layout-element--footer-hours" data-qa="builder-gridtextbox">
<div class="text-box layout-element__component layout-element__component--GridTextBox">
<p class="body-small"><strong>Office hours</strong></p>
<p class="body-small">Mon &ndash; Fri: 9am &ndash; 5.30pm<br>Saturday: by appointment<br>Sunday: closed</p>
</div>
</div>
<div class="layout-element layout-element--footer-links" data-qa="builder-gridtextbox">
<div class="text-box layout-element__component layout-element__component--GridTextBox">
<p class="body-small"><strong>Quick links</strong></p>
<p class="body-small"><a href="/fixed-fee-packages/">Fixed fees</a><br><a href="/our-team/">Our team</a><br>
<a href="/complaints-and-regulation/">Complaints</a><br><a href="/contact-us/">Find us</a></p>
</div>
</div>
<div class="layout-element layout-element--footer-social" data-qa="builder-gridsocialicons">
<div class="social-icons layout-element__component layout-element__component--GridSocialIcons">
<a class="social-icons__link" href="https://www.facebook.com/brindleykaursolicitors" aria-label="Facebook">
<svg width="24" height="24" viewBox="0 0 24 24">
<path d="M14 8h3V4h-3c-2.8 0-4 1.7-4 4v2H8v4h2v8h4v-8h3l1-4h-4V8z"></path>
</svg></a>
<a class="social-icons__link" href="https://www.instagram.com/brindleykaurlaw" aria-label="Instagram">
<svg width="24" height="24" viewBox="0 0 24 24"><circle cx="12" cy="12" r="4"></circle></svg></a>
<a class="social-icons__link" href="https://www.linkedin.com/company/brindley-kaur-solicitors" aria-label="LinkedIn">
<svg width="24" height="24" viewBox="0 0 24 24"><rect x="4" y="9" width="4" height="11"></rect></svg></a>
</div>
</div>
<div class="layout-element layout-element--footer-legal" data-qa="builder-gridtextbox">
<div class="text-box layout-element__component layout-element__component--GridTextBox">
<div class="sra-badge" data-qa="sra-digital-badge"><a href="https://www.sra.org.uk/consumers/register/">
SRA Regulated</a></div>
<p class="body-small">&copy; 2025 Brindley Kaur Solicitors Ltd. Registered in England and Wales, company
no. 06712845. Registered office: 2nd Floor, Regent House, 88 Newhall Street, Birmingham B3 1PB. Authorised and
regulated by the Solicitors Regulation Authority, SRA no. 612847. VAT no. GB 944 2107 38.</p>
<p class="body-small"><a href="#">Privacy notice</a> &middot; <a href="#">Cookie settings</a> &middot;
<a href="/complaints-and-regulation/">Complaints procedure</a></p>
<p class="body-small made-with">Made with Hostinger Website Builder</p>
</div>
</div>
</div>
</div>"""


_COOKIES = """<div class="cookie-banner" role="dialog" aria-live="polite" data-qa="builder-cookiebanner">
<div class="cookie-banner__content">
<p class="cookie-banner__text">We use cookies to make this website work and, with your consent, to understand
how visitors use it. You can change your mind at any time from Cookie settings.</p>
<div class="cookie-banner__buttons">
<button class="cookie-banner__button cookie-banner__button--decline" type="button"
data-qa="cookiebanner-btn-decline">Decline</button>
<button class="cookie-banner__button cookie-banner__button--accept" type="button"
data-qa="cookiebanner-btn-accept">Accept</button>
</div>
</div>
</div>"""

_ANALYTICS = """<script async src="/_assets/js/gtag.js"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}
gtag('js',new Date());gtag('config','G-7QB2KX94RT',{anonymize_ip:true});</script>"""


def _page(path, title, description, *blocks):
    body = "\n".join(blocks)
    return f"""<!DOCTYPE html>
<html lang="en-GB" data-theme="brindley">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Brindley Kaur Solicitors</title>
<meta name="description" content="{description}">
<meta name="generator" content="Hostinger Website Builder">
<meta property="og:type" content="website">
<meta property="og:title" content="{title} | Brindley Kaur Solicitors">
<meta property="og:description" content="{description}">
<meta property="og:image" content="{_SITE}/_assets/img/og-brindley-kaur.jpg">
<meta property="og:url" content="{_SITE}{path}">
<link rel="canonical" href="{_SITE}{path}">
<link rel="icon" href="/_assets/img/favicon.png">
<link rel="stylesheet" href="/_astro/index.3fa9c1d2.css">
<link rel="stylesheet" href="/_astro/page.b71e0c44.css">
{_ANALYTICS}
</head>
<body>
<div id="app" class="site site--hostinger">
<div class="page" data-qa="builder-page">
{_HEADER}
<div class="page__blocks" data-qa="builder-page-blocks">
{body}
</div>
{_FOOTER}
</div>
{_COOKIES}
</div>
</body>
</html>"""


def _sidebar(heading, blurb, links):
    items = "\n".join(f'<li><a href="{href}">{label}</a></li>' for label, href in links)
    return _text(f"""<div class="sidebar-card" data-qa="related-services">
<h4>{heading}</h4>
<p class="body-small">{blurb}</p>
<ul class="list list--links">
{items}
</ul>
<p class="body-small"><a href="/your-first-meeting/">Book a consultation &rarr;</a></p>
</div>""")


_IMMIGRATION_LINKS = [
    ("Spouse &amp; partner visas", "/spouse-and-partner-visas/"),
    ("Skilled workers &amp; sponsor licences", "/skilled-worker-visas-sponsor-licences/"),
    ("Indefinite leave to remain", "/indefinite-leave-to-remain/"),
    ("British citizenship", "/british-citizenship/"),
    ("Immigration appeals", "/immigration-appeals/"),
    ("Fixed fee packages", "/fixed-fee-packages/"),
]
_FAMILY_LINKS = [
    ("Divorce &amp; separation", "/divorce-and-separation/"),
    ("Child arrangements", "/child-arrangements/"),
    ("Domestic abuse injunctions", "/domestic-abuse-injunctions/"),
    ("Legal aid &amp; paying", "/legal-aid-and-paying/"),
]
_INJURY_LINKS = [
    ("No win no fee explained", "/personal-injury-no-win-no-fee/"),
    ("Road traffic accidents", "/road-traffic-accidents/"),
    ("Your first meeting", "/your-first-meeting/"),
]


def _with_sidebar(main, side):
    return _grid(main, side)


_HOME = _page(
    "/",
    "Immigration, Family &amp; Injury Solicitors in Birmingham",
    "Brindley Kaur Solicitors: immigration, family and no win no fee personal injury lawyers near Birmingham city "
    "centre. Fixed fees, languages spoken, friendly advice.",
    _hero(
        "Straight-talking solicitors for Birmingham families and businesses",
        "Immigration, family law and personal injury from a friendly team on Newhall Street.",
    ),
    _section(
        _text("""<h2>Welcome to Brindley Kaur</h2>
<p>Harjit Kaur and David Brindley opened the firm in 2008 in two rooms above a print shop on Soho Road. We now
have a team of eleven, but the idea has never changed: plain English, honest advice about your chances, and
fees you know about before you start.</p>
<p>Most of our clients come to us through word of mouth. Some need a visa so their family can be together,
some are going through the end of a relationship, and some have been hurt in an accident that was not their
fault. Whatever brings you to us, you will deal with a named solicitor who knows your file.</p>"""),
        _image("team-office-newhall-street.jpg", "The Brindley Kaur team in the Newhall Street office"),
    ),
    _section(
        _text("<h2>How we can help</h2>"),
        _grid(
            """<h3>Immigration</h3>
<p>Partner and family visas, skilled workers, sponsor licences for employers, settlement, citizenship and
appeals.</p>
<p><a href="/spouse-and-partner-visas/">Immigration services &rarr;</a></p>""",
            """<h3>Family</h3>
<p>Divorce and separation, arrangements for children and urgent protection from domestic abuse.</p>
<p><a href="/divorce-and-separation/">Family services &rarr;</a></p>""",
            """<h3>Personal injury</h3>
<p>No win no fee claims for accidents at work, in public places and on the roads.</p>
<p><a href="/personal-injury-no-win-no-fee/">Injury claims &rarr;</a></p>""",
        ),
        tone="muted",
    ),
    _section(
        _text("""<h2>Why clients choose us</h2>
<ul>
<li>Fixed fee packages for most immigration work and uncontested divorce</li>
<li>A team that speaks nine languages between them, from Punjabi to Polish</li>
<li>Lexcel accredited by the Law Society for practice management and client care</li>
<li>Evening appointments one day a week for people who can't get time off work</li>
</ul>"""),
        _button("See our fixed fees", "/fixed-fee-packages/"),
    ),
    _section(
        _text("<h2>What our clients say</h2>"),
        _grid(
            """<div class="testimonial" data-qa="testimonial-0"><p class="testimonial__quote">&ldquo;Harjit
explained everything about my wife&rsquo;s visa in Punjabi to my parents, which meant a lot to them. Visa
granted in nine weeks.&rdquo;</p><p class="testimonial__author">&mdash; Gurpreet S., Smethwick</p>
<div class="stars" aria-label="5 out of 5">&#9733;&#9733;&#9733;&#9733;&#9733;</div></div>""",
            """<div class="testimonial" data-qa="testimonial-1"><p class="testimonial__quote">&ldquo;Kind,
calm and quick when I needed protection for me and my children. I can&rsquo;t thank Amina enough.&rdquo;</p>
<p class="testimonial__author">&mdash; Client, Sparkhill</p>
<div class="stars" aria-label="5 out of 5">&#9733;&#9733;&#9733;&#9733;&#9733;</div></div>""",
            """<div class="testimonial" data-qa="testimonial-2"><p class="testimonial__quote">&ldquo;Our
sponsor licence came through first time and the compliance training for our HR team was excellent.&rdquo;</p>
<p class="testimonial__author">&mdash; Operations Director, Tyseley logistics firm</p>
<div class="stars" aria-label="5 out of 5">&#9733;&#9733;&#9733;&#9733;&#9733;</div></div>""",
        ),
        _text("""<p class="body-small">Rated 4.9 out of 5 from 212 Google reviews.</p>"""),
        tone="muted",
    ),
    _section(
        _text("""<h2>Talk to us today</h2>
<p>Tell us a little about your situation and we will tell you honestly whether we can help.</p>"""),
        _button("Book a consultation", "/your-first-meeting/"),
        tone="dark",
    ),
)


_SPOUSE = _page(
    "/spouse-and-partner-visas/",
    "Spouse &amp; Partner Visas",
    "Spouse, civil partner, unmarried partner and fiance visa solicitors in Birmingham. Financial, English "
    "language and accommodation requirements explained.",
    _hero(
        "Spouse &amp; partner visas",
        "Bringing your husband, wife or partner to the UK, extending their stay, and getting it right first time.",
    ),
    _section(
        _with_sidebar(
            _text("""<h2>Who can apply?</h2>
<p>The partner route is for someone whose partner is a British citizen, has indefinite leave to remain or
settled status, or holds refugee or humanitarian protection. You can apply if you are:</p>
<ul>
<li>married or in a civil partnership that is recognised in the UK;</li>
<li>an <strong>unmarried partner</strong> who has lived together with your partner in a relationship akin to
marriage for at least <strong>two years</strong> before applying (you will need proof of a shared address over
that time, such as a tenancy, bills or bank letters); or</li>
<li>engaged, in which case a <strong>fianc&eacute;(e) visa</strong> gives six months to come to the UK and
marry, after which you switch to a spouse visa without leaving.</li>
</ul>
<p>You must both be 18 or over, have met in person, and intend to live together permanently in the UK.</p>
<h2>The financial requirement</h2>
<p>Since 11 April 2024 the minimum income requirement is <strong>&pound;29,000 a year</strong> gross. This is
usually met from the UK partner&rsquo;s salary (with six months of payslips and bank statements), but income
from self-employment, pensions, rental property and some other sources can count. Cash savings can be used
instead of, or added to, income: savings above &pound;16,000 count, divided by 2.5. If the UK partner receives
Personal Independence Payment, Disability Living Allowance, Carer&rsquo;s Allowance or certain other benefits,
the &pound;29,000 figure does not apply and you need only show you can be adequately maintained.</p>
<h2>English language and accommodation</h2>
<p>The applicant must pass an approved English test at level A1 (speaking and listening) for the first visa,
unless they are a national of a majority English-speaking country or have a degree taught in English. You
also need adequate accommodation that you can use without public funds and that will not be overcrowded.
Applicants from Pakistan, India, Bangladesh and many other countries need a TB test certificate.</p>
<h2>How long is the visa?</h2>
<p>A visa granted from abroad lasts 33 months; an extension in the UK lasts 30 months. After five years on
the route you can normally apply to settle. Home Office decisions on applications from outside the UK usually
take around 12 weeks, and priority services are available in some countries.</p>"""),
            _sidebar(
                "Immigration services",
                "Fixed fees for every stage of the partner route.",
                _IMMIGRATION_LINKS,
            ),
        ),
    ),
    _section(
        _text("""<h3>Refused before?</h3>
<p>A previous refusal does not stop you applying again, but the same mistake made twice is much harder to put
right. Bring the refusal letter to your consultation and we will go through it line by line.</p>"""),
        _button("Book a consultation", "/your-first-meeting/"),
        tone="muted",
    ),
)


_SKILLED = _page(
    "/skilled-worker-visas-sponsor-licences/",
    "Skilled Worker Visas &amp; Sponsor Licences",
    "Sponsor licence applications, Skilled Worker visas and Home Office compliance for Birmingham and West "
    "Midlands employers.",
    _hero(
        "Skilled Worker visas &amp; sponsor licences",
        "For employers recruiting from overseas, and for the workers they want to hire.",
        button_label="Speak to our business team",
    ),
    _section(
        _with_sidebar(
            _text("""<h2>Step one for employers: a sponsor licence</h2>
<p>Before you can employ anyone on a Skilled Worker visa, your business must hold a sponsor licence from the
Home Office. To get one you need to show that you are a genuine, trading business operating lawfully in the
UK, that you have a real vacancy at the right skill level and salary, and that your HR systems can meet a
sponsor&rsquo;s duties.</p>
<p>The application is made online and supported by specified documents, such as your latest accounts, VAT
registration, employer&rsquo;s liability insurance and business bank statements. These must reach the Home
Office within five working days of submitting the form. You will also nominate <strong>key personnel</strong>:
an Authorising Officer, a Key Contact and at least one Level 1 User who will run your account on the sponsor
management system.</p>
<p>Most licence applications are decided within <strong>eight weeks</strong>, though the Home Office may visit
your premises first, which can add time. A priority service promising a decision in ten working days is offered
in limited numbers each day.</p>
<h2>Care homes and the health sector</h2>
<p>Since 22 July 2025 new overseas recruitment of care workers and senior care workers has closed. Care
providers can still sponsor registered nurses and other eligible roles, and workers already in the UK on the
care route can in some cases switch employer.</p>
<h2>After the licence: sponsoring a worker</h2>
<p>For each worker you assign a Certificate of Sponsorship, pay the Immigration Skills Charge and check the
job meets the minimum salary for the occupation. The worker then applies for their visa, from abroad or in the
UK.</p>
<h2>Keeping your licence</h2>
<p>Sponsors must carry out right to work checks, keep records, and report changes such as a worker not turning
up or a change in salary within 10 working days. Compliance visits can be unannounced. Failing one can lead
to your licence being downgraded, suspended or revoked, which can leave your sponsored staff without a visa.
Our compliance health check is a mock audit of your files and processes, with a written report and a
half-day of training for your HR team.</p>"""),
            _sidebar(
                "Business immigration",
                "Fixed fees for licences, visas and compliance audits.",
                _IMMIGRATION_LINKS,
            ),
        ),
    ),
)


_ILR = _page(
    "/indefinite-leave-to-remain/",
    "Indefinite Leave to Remain (Settlement)",
    "Indefinite leave to remain solicitors in Birmingham: partner, skilled worker and long residence settlement, "
    "absences, Life in the UK test and English requirements.",
    _hero(
        "Indefinite leave to remain",
        "Settling permanently in the UK after years of visas and renewals.",
    ),
    _section(
        _with_sidebar(
            _text("""<h2>What is ILR?</h2>
<p>Indefinite leave to remain (also called settlement) means there is no longer any time limit on your stay
in the UK. You can work, study and use public services without restriction, and it is usually the last step
before British citizenship.</p>
<h2>Common routes to settlement</h2>
<ul>
<li><strong>Partner route</strong> &ndash; after five years on spouse or partner visas.</li>
<li><strong>Skilled Worker</strong> &ndash; after five years of sponsored employment, earning at least the
required salary.</li>
<li><strong>Long residence</strong> &ndash; after ten years of continuous lawful residence on any mix of
visas.</li>
<li><strong>Victims of domestic abuse</strong> &ndash; if your relationship with a British or settled partner
broke down because of abuse, you may be able to settle without waiting for the five years.</li>
</ul>
<h2>Time spent outside the UK</h2>
<p>For most routes your residence is broken if you spent more than <strong>180 days outside the UK in any
12-month period</strong>. The Home Office can overlook a longer absence if it was for a serious or compelling
reason, for example caring for a seriously ill parent, a medical emergency, or travel restrictions during the
pandemic, but you must explain it and prove it. Long residence applications have their own limits on
absences. If you have had a long trip abroad, get advice before you apply, not after a refusal.</p>
<h2>Knowledge of life and English</h2>
<p>Most applicants aged 18 to 64 need to pass the Life in the UK test and show English at level B1 in speaking
and listening. A degree taught in English can count.</p>
<h2>When to apply</h2>
<p>You can apply up to 28 days before you complete the qualifying period. Do not let your current visa run
out while you wait. Standard decisions take up to six months; priority and super priority services are
available. Avoid travelling abroad while your application is pending.</p>"""),
            _sidebar(
                "Immigration services",
                "We prepare settlement applications for a fixed fee.",
                _IMMIGRATION_LINKS,
            ),
        ),
    ),
)


_CITIZENSHIP = _page(
    "/british-citizenship/",
    "British Citizenship &amp; Naturalisation",
    "Naturalisation as a British citizen and registration of children. Residence, absences, good character and "
    "citizenship ceremonies in Birmingham.",
    _hero(
        "British citizenship",
        "Naturalisation for adults and registration for children.",
    ),
    _section(
        _with_sidebar(
            _text("""<h2>Naturalisation for adults</h2>
<p>Most adults become British by naturalisation. You will normally need to:</p>
<ul>
<li>have lived in the UK for at least five years, and have held indefinite leave to remain or settled status
for a further <strong>12 months</strong> before applying;</li>
<li>have been absent for no more than 450 days in the five years, and no more than 90 days in the last 12
months;</li>
<li>be of good character (criminal records, immigration breaches, unpaid tax and even some unpaid NHS bills
are considered); and</li>
<li>meet the English language and Life in the UK requirements, which you have usually already met for
settlement.</li>
</ul>
<h3>Married to a British citizen?</h3>
<p>If your husband, wife or civil partner is British, the rules are kinder: you need three years&rsquo;
residence (with no more than 270 days away), and you can apply as soon as you have indefinite leave to
remain, <strong>with no need to wait the extra 12 months</strong>.</p>
<h2>Registering children</h2>
<p>A child born in the UK is not automatically British unless a parent was British or settled at the time of
the birth. Many children can register as British later, for example if a parent later becomes settled or
British while the child is under 18, or if the child lived in the UK for the first ten years of their life.
Other cases are at the Home Office&rsquo;s discretion.</p>
<h2>Dual nationality</h2>
<p>The UK allows dual citizenship, but not every country does. India, for example, does not allow its citizens
to hold another nationality, so Indian nationals lose Indian citizenship on naturalising (an OCI card is the
usual alternative). Check your home country&rsquo;s rules before you apply.</p>
<h2>After approval</h2>
<p>You will be invited to a citizenship ceremony, usually at Birmingham Register Office, within three months.
Once you have your certificate you can apply for your first British passport.</p>"""),
            _sidebar(
                "Immigration services",
                "Citizenship applications checked line by line.",
                _IMMIGRATION_LINKS,
            ),
        ),
    ),
)


_APPEALS = _page(
    "/immigration-appeals/",
    "Immigration Appeals &amp; Refusals",
    "Challenging a Home Office refusal: appeals to the First-tier Tribunal, administrative review, deadlines and "
    "hearings in Birmingham.",
    _hero(
        "Immigration appeals",
        "Refused by the Home Office? Act quickly: the deadlines are short.",
        button_label="Send us your refusal letter",
        button_href="/contact-us/",
    ),
    _section(
        _with_sidebar(
            _text("""<h2>Appeal, review or reapply?</h2>
<p>Your refusal letter says what you can do next. Refusals of human rights claims, which include most spouse,
partner and family visa refusals, carry a <strong>right of appeal</strong> to the First-tier Tribunal
(Immigration and Asylum Chamber). Refusals of work and most other points-based applications do not; instead
you may ask for an <strong>administrative review</strong>, where another Home Office caseworker checks the
decision for mistakes. Sometimes a fresh, better-prepared application is quicker than either.</p>
<h2>Deadlines</h2>
<table class="table" data-qa="appeal-deadlines">
<thead><tr><th>Situation</th><th>Time limit</th></tr></thead>
<tbody>
<tr><td>Appeal, you are in the UK</td><td>14 days from the date the decision was sent</td></tr>
<tr><td>Appeal, you are outside the UK</td><td>28 days from receiving the decision</td></tr>
<tr><td>Administrative review, in the UK</td><td>14 days</td></tr>
<tr><td>Administrative review, outside the UK</td><td>28 days</td></tr>
</tbody>
</table>
<p>A late appeal can sometimes be accepted if there is a good reason, but never count on it. Contact us the
day the refusal arrives.</p>
<h2>The hearing</h2>
<p>Appeals from the West Midlands are normally heard at the tribunal&rsquo;s Birmingham hearing centre at
Priory Courts, 33 Bull Street, a five-minute walk from our office, so there is usually no need to travel to
London. Some hearings take place by video. Hearings are currently being listed roughly six to twelve months
after the appeal is lodged. Before the hearing we prepare witness statements, an indexed evidence bundle and a
skeleton argument, and your UK sponsor will usually give evidence.</p>
<h2>If the appeal fails</h2>
<p>If the judge made an error of law, you can ask for permission to appeal to the Upper Tribunal, normally
within 14 days of the decision. Judicial review is used for decisions with no right of appeal.</p>"""),
            _sidebar(
                "Immigration services",
                "Hearings handled by our own solicitor advocates.",
                _IMMIGRATION_LINKS,
            ),
        ),
    ),
)


_FEES = _page(
    "/fixed-fee-packages/",
    "Fixed Fee Packages",
    "Fixed fees for spouse visas, skilled worker visas, sponsor licences, ILR, citizenship, appeals and "
    "uncontested divorce. Home Office and court fees explained.",
    _hero(
        "Fixed fee packages",
        "Know the cost before you start. All our fees are plus VAT at 20%.",
    ),
    _section(
        _text("""<h2>Immigration packages</h2>
<p>Each package covers an initial review of your documents, a tailored checklist, preparation and submission of
the application, a legal representations letter and answering Home Office queries until a decision.</p>
<table class="table table--fees" data-qa="immigration-fees">
<thead><tr><th>Service</th><th>Our fee (+ VAT)</th></tr></thead>
<tbody>
<tr><td>Spouse / partner visa from outside the UK</td><td>&pound;1,495</td></tr>
<tr><td>Spouse / partner extension in the UK</td><td>&pound;1,195</td></tr>
<tr><td>Fianc&eacute;(e) visa</td><td>&pound;1,295</td></tr>
<tr><td>Skilled Worker visa (per worker)</td><td>&pound;1,150</td></tr>
<tr><td>Sponsor licence application</td><td>&pound;2,450</td></tr>
<tr><td>Sponsor compliance health check</td><td>&pound;895</td></tr>
<tr><td>Indefinite leave to remain (five-year routes)</td><td>&pound;995</td></tr>
<tr><td>Indefinite leave to remain (ten-year long residence)</td><td>&pound;1,395</td></tr>
<tr><td>Naturalisation as a British citizen</td><td>&pound;695</td></tr>
<tr><td>Registration of a child as British</td><td>&pound;595</td></tr>
<tr><td>Administrative review</td><td>&pound;650</td></tr>
<tr><td>First-tier Tribunal appeal, including the hearing</td><td>&pound;2,250</td></tr>
</tbody>
</table>"""),
    ),
    _section(
        _text("""<h2>Family packages</h2>
<table class="table table--fees" data-qa="family-fees">
<thead><tr><th>Service</th><th>Our fee (+ VAT)</th></tr></thead>
<tbody>
<tr><td>Undefended divorce, acting for the applicant (to final order)</td><td>&pound;595</td></tr>
<tr><td>Divorce, acting for the respondent</td><td>&pound;295</td></tr>
<tr><td>Financial consent order (terms already agreed)</td><td>&pound;995</td></tr>
<tr><td>Non-molestation order, privately paying, up to the first hearing</td><td>&pound;1,200</td></tr>
</tbody>
</table>
<p>Disputes about children and contested finances are charged by the hour: partner &pound;265, senior
associate &pound;225, solicitor &pound;185 and trainee solicitor &pound;115, all plus VAT. We give you a
written estimate at the start and update it if things change.</p>"""),
        tone="muted",
    ),
    _section(
        _text("""<h2>Fees paid to the government and courts</h2>
<p>These are not our fees. They are paid directly to the Home Office or HM Courts &amp; Tribunals Service and
are correct as of April 2025.</p>
<ul>
<li>Spouse / partner visa from outside the UK: &pound;1,938, plus the Immigration Health Surcharge of
&pound;1,035 for each year of the visa</li>
<li>Spouse / partner extension in the UK: &pound;1,321, plus the health surcharge</li>
<li>Indefinite leave to remain: &pound;3,029 per person</li>
<li>Naturalisation: &pound;1,605 plus &pound;130 citizenship ceremony fee</li>
<li>Divorce application court fee: &pound;612</li>
<li>Tribunal appeal fee: &pound;140 with a hearing, &pound;80 decided on the papers</li>
</ul>
<p>Interpreters, certified translations, TB tests and English tests are not included in any package.</p>"""),
    ),
)


_DIVORCE = _page(
    "/divorce-and-separation/",
    "Divorce &amp; Separation",
    "No-fault divorce, dissolution and separation solicitors in Birmingham. How long divorce takes, finances and "
    "separation agreements.",
    _hero(
        "Divorce &amp; separation",
        "Clear, calm advice when a marriage or civil partnership ends.",
    ),
    _section(
        _with_sidebar(
            _text("""<h2>No-fault divorce</h2>
<p>Since 6 April 2022 divorce in England and Wales has been &ldquo;no fault&rdquo;. You no longer need to
blame your spouse for adultery or behaviour, or wait two years. One of you (a sole application) or both of you
together (a joint application) simply confirms that the marriage has broken down irretrievably. The same rules
apply to ending a civil partnership.</p>
<h3>Can my spouse stop the divorce?</h3>
<p>In practice, no. The court accepts the statement that the marriage has broken down as conclusive. Your
spouse can only dispute the divorce on very narrow legal grounds, such as the marriage not being valid or the
courts of England and Wales not having jurisdiction. If they simply refuse to respond, there are ways to move
the case on without them.</p>
<h2>How long does it take?</h2>
<ol>
<li>The application is issued online by the court.</li>
<li>A <strong>20-week</strong> reflection period must pass before you can apply for the conditional order.</li>
<li>After the conditional order, you wait at least <strong>six weeks and one day</strong> before applying for
the final order, which legally ends the marriage.</li>
</ol>
<p>Most straightforward divorces are finished in seven to nine months. We usually advise you not to apply for
the final order until a financial order is in place, because it can affect pension and inheritance rights.</p>
<h2>Money and property</h2>
<p>The divorce itself does not deal with money. Even if you have agreed how to split the house, savings and
pensions, the agreement should be turned into a consent order approved by the court so that it is binding and
your ex cannot make a claim against you years later.</p>
<h2>Marriages abroad and religious marriages</h2>
<p>A marriage that took place overseas can usually be ended here if either of you is habitually resident in
England and Wales. You will need the marriage certificate with a certified English translation. A religious
divorce is separate from the civil divorce and we can explain how the two fit together.</p>
<h2>Separation without divorce</h2>
<p>If you are not ready to divorce, a separation agreement records how you will share money and arrange the
children while you live apart.</p>"""),
            _sidebar("Family law", "Sensitive, practical advice from our family team.", _FAMILY_LINKS),
        ),
    ),
)


_CHILDREN = _page(
    "/child-arrangements/",
    "Child Arrangements",
    "Child arrangements orders, prohibited steps orders, MIAMs and taking children abroad. Family solicitors in "
    "Birmingham.",
    _hero(
        "Child arrangements",
        "Putting your children first when parents cannot agree.",
    ),
    _section(
        _with_sidebar(
            _text("""<h2>Agreeing where possible</h2>
<p>Most separated parents sort out arrangements for their children between themselves, sometimes with help from
a mediator. When that is not possible, the family court can make orders. The court&rsquo;s only concern is the
welfare of the child.</p>
<h2>Do I have to try mediation first?</h2>
<p>Before applying to court you must normally attend a <strong>Mediation Information and Assessment Meeting
(MIAM)</strong>. This is a one-to-one meeting with an accredited mediator to see whether mediation could work;
you do not have to sit in a room with the other parent. If you do go on to mediate, &ldquo;shuttle&rdquo;
mediation, where the mediator moves between separate rooms, is available. You are exempt from the MIAM if
there is evidence of domestic abuse, if there are child protection concerns or if the application is
urgent.</p>
<h2>Orders the court can make</h2>
<ul>
<li><strong>Child arrangements order</strong> &ndash; who a child lives with and when they spend time with
the other parent.</li>
<li><strong>Prohibited steps order</strong> &ndash; stops a parent doing something, such as taking the child
out of the country or changing their surname.</li>
<li><strong>Specific issue order</strong> &ndash; settles one question, for example which school a child
attends or whether they may have medical treatment.</li>
</ul>
<p>Applications are made on form C100. Cafcass carries out safeguarding checks before the first hearing,
which is usually six to ten weeks after the application.</p>
<h2>Worried your child will be taken abroad?</h2>
<p>No one with parental responsibility can take a child out of the UK without the consent of everyone else with
parental responsibility, or a court order. (A parent with a &ldquo;lives with&rdquo; order can take the child
abroad for up to 28 days.) If you fear a child will be taken abroad and not returned, we can apply urgently
for a prohibited steps order, often the same day and without the other parent being told first, and ask for
the child&rsquo;s passport to be surrendered. If removal is imminent, call the police on 999, who can issue an
alert to ports and airports.</p>"""),
            _sidebar("Family law", "Sensitive, practical advice from our family team.", _FAMILY_LINKS),
        ),
    ),
)


_INJUNCTIONS = _page(
    "/domestic-abuse-injunctions/",
    "Domestic Abuse Injunctions",
    "Urgent non-molestation and occupation orders in Birmingham. Same-day help for people experiencing domestic abuse.",
    _section(
        _text("""<div class="alert alert--danger" data-qa="safety-banner"><p><strong>If you are in immediate danger,
call 999.</strong> If you cannot speak, call 999 and then press 55 when prompted. The free, 24-hour National
Domestic Abuse Helpline is 0808 2000 247.</p></div>"""),
        tone="alert",
    ),
    _hero(
        "Domestic abuse injunctions",
        "Fast, confidential legal protection for you and your children.",
        button_label="Call our urgent line",
        button_href="tel:+447700900462",
    ),
    _section(
        _with_sidebar(
            _text("""<h2>Same-day help</h2>
<p>Call <strong>07700 900 462</strong> or the office and say the matter is urgent. A member of the family team
will call you back within the hour during office hours, and we aim to see you the same day, in person or by
video. If we have your instructions by <strong>12 noon</strong> we can often put an application before a judge
that afternoon. Tell us a safe number and a safe time to call, and whether we may leave messages.</p>
<h2>Non-molestation orders</h2>
<p>A non-molestation order forbids someone from using or threatening violence, intimidating, harassing or
pestering you, and can stop them contacting you or coming within a set distance of your home. It can protect
your children too. Breaking a non-molestation order is a criminal offence punishable by up to five years in
prison, so the police can arrest straight away.</p>
<h2>Occupation orders</h2>
<p>An occupation order decides who may live in the family home. It can require the abuser to leave, stay out
and keep away from the surrounding area, even if the home is in their name.</p>
<h2>Applying without notice</h2>
<p>Where the risk is serious, the court can make an order <strong>without notice</strong> to the other person,
so they are not warned beforehand. The order is then served on them, and there is a return hearing a week or
two later where they can respond. There is no court fee for either order.</p>
<h2>Staying safe while the case runs</h2>
<p>We work with Birmingham and Solihull Women&rsquo;s Aid and local IDVA services, and can help with a safety
plan. Your address can be kept confidential from the other party on the court papers. If your visa depends
on your relationship with the person abusing you, speak to our immigration team as well: there are special
routes that may let you stay.</p>"""),
            _sidebar("Family law", "Sensitive, practical advice from our family team.", _FAMILY_LINKS),
        ),
    ),
)


_PI = _page(
    "/personal-injury-no-win-no-fee/",
    "No Win No Fee Personal Injury Claims",
    "No win no fee injury claims in Birmingham: how the success fee works, after the event insurance, time limits "
    "and what you keep.",
    _hero(
        "No win no fee personal injury",
        "Accidents at work, slips and trips, and injuries in public places.",
        button_label="Check your claim",
        button_href="/contact-us/",
    ),
    _section(
        _with_sidebar(
            _text("""<h2>How no win no fee works</h2>
<p>We take on injury claims under a <strong>conditional fee agreement</strong>. If your claim is not
successful, you pay us nothing, as long as you have been honest and have cooperated with us. If it succeeds,
most of our costs are paid by the other side&rsquo;s insurer.</p>
<h3>The success fee</h3>
<p>When you win, we charge a success fee which comes out of your compensation. It is worked out on the damages
for pain, suffering and past losses only (never on future losses such as future loss of earnings or care) and
it is <strong>capped at 25% of those damages, including VAT</strong>. For straightforward claims we often
charge less, and we put the percentage in writing before you sign anything.</p>
<h3>After the event insurance</h3>
<p>We take out an after the event (ATE) insurance policy so that if the claim fails, the other side&rsquo;s
costs and the cost of reports are covered. The premium is usually between &pound;150 and &pound;600 and is
only paid, from your damages, if you win.</p>
<h3>An example</h3>
<table class="table" data-qa="success-fee-example">
<tbody>
<tr><td>Compensation awarded</td><td>&pound;10,000</td></tr>
<tr><td>Success fee (25%, including VAT)</td><td>&minus;&pound;2,500</td></tr>
<tr><td>ATE insurance premium</td><td>&minus;&pound;350</td></tr>
<tr><th>You receive</th><th>&pound;7,150</th></tr>
</tbody>
</table>
<h2>Time limits</h2>
<p>You normally have <strong>three years</strong> from the date of the accident, or from when you first knew
your injury was linked to it, to start court proceedings. For children, the three years run from their 18th
birthday. Do not leave it late: we need time to collect evidence, so contact us well before the deadline.</p>
<h2>Claims we handle</h2>
<ul>
<li>Accidents at work, including falls from height and lifting injuries</li>
<li>Slips and trips on pavements, in shops and in car parks</li>
<li>Injuries on public transport and in public places</li>
<li>Dog bites</li>
</ul>
<p>We can also arrange physiotherapy and other rehabilitation early in the claim, and ask for interim payments
if you are out of work.</p>"""),
            _sidebar("Injury claims", "Free, no-obligation claim check.", _INJURY_LINKS),
        ),
    ),
    _section(
        _text("<h2>Recent client feedback</h2>"),
        _grid(
            """<div class="testimonial"><p class="testimonial__quote">&ldquo;David kept me updated every step and
the settlement covered my lost wages in full.&rdquo;</p><p class="testimonial__author">&mdash; Warehouse
operative, Castle Bromwich</p></div>""",
            """<div class="testimonial"><p class="testimonial__quote">&ldquo;They got me physio within a fortnight,
before the claim even settled.&rdquo;</p><p class="testimonial__author">&mdash; Lisa, Kings Heath</p></div>""",
        ),
        tone="muted",
    ),
)


_RTA = _page(
    "/road-traffic-accidents/",
    "Road Traffic Accident Claims",
    "Car, motorbike, cycle and pedestrian accident claims in Birmingham. Whiplash reforms, insurer offers and "
    "uninsured drivers.",
    _hero(
        "Road traffic accident claims",
        "Drivers, passengers, cyclists, motorcyclists and pedestrians.",
        button_label="Check your claim",
        button_href="/contact-us/",
    ),
    _section(
        _with_sidebar(
            _text("""<h2>Straight after an accident</h2>
<ul>
<li>Exchange names, addresses, registration numbers and insurance details with the other driver.</li>
<li>Take photos of the vehicles, the road and any injuries, and keep any dashcam footage.</li>
<li>Get contact details for witnesses.</li>
<li>If the other driver drove off or would not give details, report it to the police within 24 hours.</li>
<li>Tell your own insurer, and see your GP or go to A&amp;E even if you feel fine at first.</li>
</ul>
<h2>Offers from the other driver&rsquo;s insurer</h2>
<p>It is common for the at-fault driver&rsquo;s insurer to phone you within days, offering a quick payment.
Please <strong>do not accept</strong> before your injuries have been assessed by an independent medical
expert. Early offers are usually far lower than a claim is worth, and once you accept, you cannot go back for
more if your symptoms last longer than expected. Politely take their details and pass them to us.</p>
<h2>Whiplash claims and the Official Injury Claim service</h2>
<p>Since 31 May 2021, adult drivers and passengers whose injuries are valued at up to &pound;5,000 make their
claim through the government&rsquo;s free Official Injury Claim service, and whiplash compensation is set by
a fixed tariff. Because legal costs are not recovered in these claims, we will tell you honestly on the first
call whether your claim falls within that scheme and how to use the portal yourself.</p>
<h2>Cyclists, motorcyclists and pedestrians</h2>
<p>The whiplash reforms do not apply to cyclists, motorcyclists, pedestrians or horse riders. Their claims
follow the normal rules, with legal costs recovered from the insurer, so we can act on a no win no fee basis
whatever the value.</p>
<h2>Uninsured and hit-and-run drivers</h2>
<p>If the driver was uninsured or cannot be traced, you can still claim through the Motor Insurers&rsquo;
Bureau. We also help with replacement vehicles, repairs and recovering your policy excess.</p>"""),
            _sidebar("Injury claims", "Free, no-obligation claim check.", _INJURY_LINKS),
        ),
    ),
)


_FIRST_MEETING = _page(
    "/your-first-meeting/",
    "Your First Meeting",
    "Booking your first appointment with Brindley Kaur Solicitors: consultation fees, what to bring, languages "
    "spoken and interpreters.",
    _hero(
        "Your first meeting",
        "What to expect, what to bring and how we can speak your language.",
        button_label="Request an appointment",
        button_href="/contact-us/",
    ),
    _section(
        _text("""<h2>Booking and cost</h2>
<p>You can book by phone, through the contact form or at reception. First meetings can be in the office, by
phone or by video call.</p>
<ul>
<li><strong>Immigration:</strong> a 45-minute consultation costs &pound;120 + VAT. If you instruct us within
30 days, we take it off your package fee.</li>
<li><strong>Family:</strong> the first 30 minutes are free.</li>
<li><strong>Personal injury:</strong> always free, with no obligation.</li>
</ul>
<p>If you need to cancel, please give us at least 24 hours&rsquo; notice, otherwise the immigration consultation
fee is not refundable.</p>"""),
    ),
    _section(
        _text("""<h2>What to bring</h2>
<p>We are required by the money laundering regulations to check the identity of every client, so please bring
<strong>photo ID</strong> (passport or driving licence) and <strong>proof of address</strong> dated within the
last three months, such as a council tax or utility bill or a bank statement. Please also bring:</p>
<ul>
<li><strong>Immigration:</strong> passports for everyone involved, your BRP or eVisa share code, every Home
Office letter you have had (especially refusals), and for partner cases your marriage certificate and recent
payslips.</li>
<li><strong>Family:</strong> any court papers or police letters, your marriage certificate, and a rough list
of what you own and owe.</li>
<li><strong>Personal injury:</strong> the date and place of the accident, photos, names of witnesses, the other
party&rsquo;s insurance details, your GP&rsquo;s details and receipts for anything you have paid out.</li>
</ul>
<p>Originals are copied and handed back to you at the end of the meeting.</p>"""),
        tone="muted",
    ),
    _section(
        _text("""<h2>Languages we speak</h2>
<p>Between us we speak:</p>
<ul>
<li>Punjabi and Hindi &ndash; Harjit Kaur</li>
<li>Urdu and Mirpuri &ndash; Zain Akhtar</li>
<li>Bengali and Sylheti &ndash; Nadia Rahman</li>
<li>Arabic and Somali &ndash; Amina Yusuf</li>
<li>Polish &ndash; Tomasz Nowak</li>
</ul>
<p>Just tell us your language when you book and we will try to arrange your meeting with someone who speaks
it.</p>
<h2>Interpreters</h2>
<p>For other languages, such as Kurdish, Tigrinya, Farsi, Romanian or Pashto, we book a professional
interpreter through a West Midlands agency, in person or by phone. For the first meeting we pay the
interpreter&rsquo;s fee ourselves. In domestic abuse and child cases we will not use a family member or
friend to interpret.</p>"""),
    ),
)


_PAYING = _page(
    "/legal-aid-and-paying/",
    "Legal Aid &amp; Paying Your Bill",
    "Is legal aid available for immigration, family or injury cases? Payment methods, money on account and paying "
    "fixed fees in instalments.",
    _hero(
        "Legal aid &amp; paying your bill",
        "Honest answers about who can get legal aid and how you can pay.",
    ),
    _section(
        _text("""<h2>Legal aid</h2>
<p>We hold a contract with the Legal Aid Agency for <strong>family law only</strong>.</p>
<ul>
<li><strong>Domestic abuse injunctions:</strong> legal aid is available for non-molestation and occupation
orders, subject to your income and savings, and the financial limits can be waived where you are at risk.</li>
<li><strong>Divorce, finances and children:</strong> legal aid is only available if you have evidence of
domestic abuse or child protection concerns, and you meet the means test. If you receive Universal Credit
you may qualify automatically on income.</li>
<li><strong>Immigration:</strong> legal aid no longer covers most immigration work, including partner and
family visas, work visas, settlement and citizenship. It remains for asylum, detention, trafficking victims
and victims of domestic abuse, and we do not hold that contract, so we will refer you to a firm that does.
Our fixed fee packages exist to keep private immigration work affordable.</li>
<li><strong>Personal injury:</strong> legal aid is not available; claims are run on a no win no fee basis.</li>
</ul>"""),
    ),
    _section(
        _text("""<h2>How to pay</h2>
<p>We accept bank transfer and debit or credit card, by phone or at reception. For security we do not accept
cash payments over &pound;500. <strong>Our bank details will never change by email.</strong> Always phone us
on our usual number to check before transferring money.</p>
<h2>Paying in instalments</h2>
<p>Fixed fee packages can be spread: you pay <strong>50% when you instruct us</strong> and the rest in up to
<strong>three monthly instalments</strong> by standing order, with no interest or extra charge. The full fee
must be paid before the application is submitted. Home Office and court fees are paid by you in full at the
time they fall due and cannot be split.</p>
<p>For hourly rate work we ask for money on account before we start, and send monthly bills, payable within 14
days.</p>"""),
        tone="muted",
    ),
)


_TEAM = _page(
    "/our-team/",
    "Our Team",
    "Meet the solicitors and staff at Brindley Kaur: immigration, family and personal injury specialists in "
    "Birmingham.",
    _hero(
        "Meet the team",
        "Solicitors who know their subject, and know your file.",
    ),
    _section(
        _grid(
            """<div class="team-card"><img src="/_assets/img/team-harjit.jpg" alt="Harjit Kaur">
<h3>Harjit Kaur</h3><p class="team-card__role">Founding Partner &ndash; Head of Immigration</p>
<p>Qualified in 2004 and accredited as a Senior Caseworker under the Law Society&rsquo;s Immigration and
Asylum Accreditation Scheme. Harjit handles partner visas, settlement and complex appeals, and is the
firm&rsquo;s Compliance Officer for Legal Practice.</p></div>""",
            """<div class="team-card"><img src="/_assets/img/team-david.jpg" alt="David Brindley">
<h3>David Brindley</h3><p class="team-card__role">Founding Partner &ndash; Head of Personal Injury</p>
<p>A member of the Association of Personal Injury Lawyers with more than twenty years&rsquo; experience of road
traffic, workplace and public liability claims. David is the partner responsible for client care.</p></div>""",
            """<div class="team-card"><img src="/_assets/img/team-tomasz.jpg" alt="Tomasz Nowak">
<h3>Tomasz Nowak</h3><p class="team-card__role">Associate Solicitor &ndash; Business Immigration</p>
<p>Tomasz leads our work for employers: sponsor licence applications, Skilled Worker visas, compliance
health checks and support with Home Office visits. Before retraining as a solicitor he spent eight years in HR
for a Midlands logistics company.</p></div>""",
            """<div class="team-card"><img src="/_assets/img/team-nadia.jpg" alt="Nadia Rahman">
<h3>Nadia Rahman</h3><p class="team-card__role">Senior Associate &ndash; Family</p>
<p>A Resolution accredited specialist in divorce and finances, Nadia also trained as a collaborative lawyer
and handles contested cases about children.</p></div>""",
            """<div class="team-card"><img src="/_assets/img/team-amina.jpg" alt="Amina Yusuf">
<h3>Amina Yusuf</h3><p class="team-card__role">Solicitor &ndash; Family</p>
<p>Amina runs our urgent injunction work and legal aid family cases, and regularly appears at Birmingham Civil
and Family Justice Centre.</p></div>""",
            """<div class="team-card"><img src="/_assets/img/team-sophie.jpg" alt="Sophie Turner">
<h3>Sophie Turner</h3><p class="team-card__role">Chartered Legal Executive &ndash; Personal Injury</p>
<p>Sophie manages road traffic and tripping claims from start to settlement.</p></div>""",
            """<div class="team-card"><img src="/_assets/img/team-zain.jpg" alt="Zain Akhtar">
<h3>Zain Akhtar</h3><p class="team-card__role">Trainee Solicitor</p>
<p>Zain is in the second year of his training contract, currently sitting with the immigration team.</p>
</div>""",
            """<div class="team-card"><img src="/_assets/img/team-rachel.jpg" alt="Rachel Osei">
<h3>Rachel Osei</h3><p class="team-card__role">Practice Manager</p>
<p>Rachel looks after accounts, billing and the office, and is our Compliance Officer for Finance and
Administration.</p></div>""",
        ),
    ),
    _section(
        _text("""<h2>Join us</h2>
<p>We take on one trainee solicitor every two years and offer work experience to sixth-form students from
local schools each summer. Send your CV to Rachel.</p>"""),
        tone="muted",
    ),
)


_CONTACT = _page(
    "/contact-us/",
    "Contact Us &amp; Find Our Office",
    "Find Brindley Kaur Solicitors on Newhall Street, Birmingham B3: directions, trains, trams, client parking and "
    "opening hours.",
    _hero(
        "Contact us",
        "2nd Floor, Regent House, 88 Newhall Street, Birmingham B3 1PB",
        button_label="Email us",
        button_href="mailto:enquiries@brindleykaur.co.uk",
    ),
    _section(
        _grid(
            _text("""<h2>Opening hours</h2>
<table class="table" data-qa="opening-hours">
<tbody>
<tr><td>Monday &ndash; Wednesday</td><td>9.00am &ndash; 5.30pm</td></tr>
<tr><td>Thursday</td><td>9.00am &ndash; 5.30pm (appointments until 7.00pm)</td></tr>
<tr><td>Friday</td><td>9.00am &ndash; 5.30pm</td></tr>
<tr><td>Saturday</td><td>10.00am &ndash; 1.00pm, pre-booked appointments only</td></tr>
<tr><td>Sunday and bank holidays</td><td>Closed</td></tr>
</tbody>
</table>
<p>Phone: <a href="tel:+441214960738">0121 496 0738</a><br>
Urgent family injunctions: <a href="tel:+447700900462">07700 900 462</a><br>
Email: <a href="mailto:enquiries@brindleykaur.co.uk">enquiries@brindleykaur.co.uk</a></p>"""),
            _text("""<h2>Send us a message</h2>
<form class="form" data-qa="builder-form" action="#" method="post">
<label class="form__label">Your name<input class="form__input" type="text" name="name"></label>
<label class="form__label">Phone<input class="form__input" type="tel" name="phone"></label>
<label class="form__label">Email<input class="form__input" type="email" name="email"></label>
<label class="form__label">Area of law<select class="form__input" name="area"><option>Immigration</option>
<option>Family</option><option>Personal injury</option></select></label>
<label class="form__label">How can we help?<textarea class="form__input" name="message"></textarea></label>
<button class="grid-button grid-button--primary" type="submit">Send</button>
</form>"""),
        ),
    ),
    _section(
        _text("""<h2>Getting here</h2>
<p>We are on the second floor of Regent House, on Newhall Street between Great Charles Street and the Jewellery
Quarter, ten minutes&rsquo; walk from the centre of town.</p>
<ul>
<li><strong>By train:</strong> Birmingham Snow Hill is a six-minute walk. From New Street, allow 15 minutes on
foot, or take the tram.</li>
<li><strong>By tram:</strong> the West Midlands Metro stop at St Paul&rsquo;s is three minutes away. Trams run
from Grand Central (New Street station) every few minutes.</li>
<li><strong>By bus:</strong> the 101 stops on Great Charles Street Queensway.</li>
</ul>
<h2>Parking</h2>
<p>We have <strong>four free client parking spaces</strong> in the private car park behind Regent House,
entered from Charlotte Street. Please ask for a space when you book, and give your registration at reception
so you are not ticketed. One space is reserved for Blue Badge holders. If the spaces are taken, there is
pay and display parking on Newhall Street and Charlotte Street (two hours maximum) and a multi-storey on
Livery Street.</p>
<h2>Accessibility</h2>
<p>There is step-free access from the car park entrance and a lift to the second floor, and an accessible
toilet on our floor. A hearing loop is fitted in meeting room 1.</p>"""),
        _image("regent-house-map.png", "Map showing Regent House on Newhall Street, Birmingham"),
        tone="muted",
    ),
)


def _accordion(items):
    cells = []
    for n, (question, answer) in enumerate(items):
        uid = _uid()
        cells.append(
            f"""<div class="block-grid-item" data-qa="blockgrid-item-{n}">
<div class="block-accordion" data-qa="builder-accordion-{uid}">
<div class="block-accordion__item" data-qa="accordion-item-{n}">
<button class="block-accordion__header" type="button" aria-expanded="false" aria-controls="{uid}-panel">
<span class="block-accordion__title">{question}</span>
<svg class="block-accordion__icon" width="16" height="16" viewBox="0 0 24 24"><path d="M12 5v14M5 12h14"></path>
</svg>
</button>
<div class="block-accordion__content" id="{uid}-panel" role="region">
<div class="block-accordion__text text-box">
{answer}
</div>
</div>
</div>
</div>
</div>"""
        )
    joined = "\n".join(cells)
    return f"""<div class="block-grid block-grid--faq" data-qa="builder-blockgrid-faq" style="--columns:2">
<div class="block-grid__wrapper">
{joined}
</div>
</div>"""


_FAQ = _page(
    "/faq/",
    "Frequently Asked Questions",
    "Answers to common questions about working with Brindley Kaur Solicitors: remote clients, sending documents, "
    "phone advice, files and changing solicitor.",
    _hero(
        "Frequently asked questions",
        "Quick answers to the things clients ask us most.",
    ),
    _section(
        _accordion(
            [
                (
                    "Do I need to live in Birmingham to use you?",
                    """<p>No. About a third of our clients live outside the West Midlands. We act for clients
anywhere in England and Wales, and for immigration matters wherever you live. Meetings can be by phone or
video and documents can be signed electronically, so many clients never need to visit the office.</p>""",
                ),
                (
                    "Can I send my documents by WhatsApp or email?",
                    """<p>Please don&rsquo;t send passports, ID or bank statements by WhatsApp or ordinary email.
Once you instruct us we email you a link to our secure client portal, where you can upload scans or clear
phone photos of your documents. Our WhatsApp number is only for arranging appointments.</p>""",
                ),
                (
                    "Will you give me advice over the phone before I book?",
                    """<p>We are happy to have a short call, usually about ten minutes and free of charge, to
understand what you need and whether we are the right firm. We cannot give detailed legal advice until we
have checked your documents and you have formally instructed us.</p>""",
                ),
                (
                    "I made my own visa application. Can you just check it before I send it?",
                    """<p>Yes. Our document check service costs &pound;295 + VAT. A solicitor reviews your
completed form and evidence and gives you a written list of anything missing or risky within five working days.
We do not submit the application for you under this service.</p>""",
                ),
                (
                    "Does using a solicitor make the Home Office decide faster?",
                    """<p>No. The Home Office processes applications in the same order whoever prepares them. A
well-prepared application is simply less likely to be delayed by requests for more information, or refused.</p>""",
                ),
                (
                    "Can you act for both me and my husband or wife in our divorce?",
                    """<p>No. Even when a divorce is friendly, a solicitor can only act for one of you, because
your interests may conflict. Your spouse will need their own solicitor or can represent themselves.</p>""",
                ),
                (
                    "I already have a solicitor. Can I move my case to you?",
                    """<p>Yes. With your permission we ask your old firm for the file. For injury claims we first
check the terms of your existing no win no fee agreement, as your old firm may be entitled to some of its
costs at the end of the case.</p>""",
                ),
                (
                    "How long do you keep my file after the case ends?",
                    """<p>We store files securely for seven years after a matter closes and then destroy them
confidentially. Injury files for children are kept until the child is 25. Ask us if you would like any
original documents returned sooner.</p>""",
                ),
            ]
        ),
    ),
    _section(
        _text("""<h2>Still have a question?</h2>
<p>Call us or send a message and a member of the team will get back to you.</p>"""),
        _button("Contact us", "/contact-us/"),
        tone="dark",
    ),
)


_COMPLAINTS = _page(
    "/complaints-and-regulation/",
    "Complaints &amp; Regulation",
    "Our complaints procedure, the Legal Ombudsman, SRA regulation and professional indemnity insurance.",
    _hero(
        "Complaints &amp; regulation",
        "How to raise a concern, and who regulates us.",
        button_label="Email our client care partner",
        button_href="mailto:complaints@brindleykaur.co.uk",
    ),
    _section(
        _text("""<h2>Our complaints procedure</h2>
<p>We want to hear if you are unhappy with our service or our bill, and most problems can be sorted out by a
conversation with the person handling your case. If that does not resolve it, please write to our client care
partner, <strong>David Brindley</strong>, at 2nd Floor, Regent House, 88 Newhall Street, Birmingham B3 1PB, or
email <a href="mailto:complaints@brindleykaur.co.uk">complaints@brindleykaur.co.uk</a>. Making a complaint
costs nothing and will not affect how we handle your case.</p>
<ol>
<li>We acknowledge your complaint within <strong>three working days</strong> and explain what happens
next.</li>
<li>Someone not involved in your case investigates it and may invite you to a meeting or call.</li>
<li>You receive our final written response within <strong>eight weeks</strong> of your complaint.</li>
</ol>
<h2>The Legal Ombudsman</h2>
<p>If you are still unhappy, or we have not replied within eight weeks, you can take your complaint to the
Legal Ombudsman free of charge. You must normally do so within <strong>six months</strong> of our final
response, and no more than one year after the problem happened or after you found out about it.</p>
<p>Legal Ombudsman, PO Box 6167, Slough SL1 0EH &middot; 0300 555 0333 &middot;
<a href="https://www.legalombudsman.org.uk">www.legalombudsman.org.uk</a></p>
<p>You may also have the right to ask the court to assess our bill under Part III of the Solicitors Act
1974.</p>"""),
    ),
    _section(
        _text("""<h2>Regulation</h2>
<p>Brindley Kaur Solicitors Ltd is authorised and regulated by the Solicitors Regulation Authority (SRA number
612847) and follows the SRA Standards and Regulations. You can check our details on the SRA register. If you
are worried about a solicitor&rsquo;s behaviour, such as dishonesty or mishandling money, you can report it
to the SRA directly at <a href="https://www.sra.org.uk">www.sra.org.uk</a>.</p>
<h2>Professional indemnity insurance</h2>
<p>Like every solicitors&rsquo; firm in England and Wales, we carry professional indemnity insurance in line
with the SRA minimum terms. Our insurer is Hallmark Professional Underwriting Ltd, 40 Lime Street, London
EC3M 7AW. Cover is &pound;3 million for each claim, and the territorial coverage is worldwide excluding the USA
and Canada.</p>"""),
        tone="muted",
    ),
)


HTML = {
    "/": _HOME,
    "/spouse-and-partner-visas/": _SPOUSE,
    "/skilled-worker-visas-sponsor-licences/": _SKILLED,
    "/indefinite-leave-to-remain/": _ILR,
    "/british-citizenship/": _CITIZENSHIP,
    "/immigration-appeals/": _APPEALS,
    "/fixed-fee-packages/": _FEES,
    "/divorce-and-separation/": _DIVORCE,
    "/child-arrangements/": _CHILDREN,
    "/domestic-abuse-injunctions/": _INJUNCTIONS,
    "/personal-injury-no-win-no-fee/": _PI,
    "/road-traffic-accidents/": _RTA,
    "/your-first-meeting/": _FIRST_MEETING,
    "/legal-aid-and-paying/": _PAYING,
    "/our-team/": _TEAM,
    "/contact-us/": _CONTACT,
    "/faq/": _FAQ,
    "/complaints-and-regulation/": _COMPLAINTS,
}

QUESTIONS = [
    (
        "My wife is back home in Lahore and I'm on about 31 grand a year at the Amazon warehouse. Is that enough "
        "to bring her over here?",
        "/spouse-and-partner-visas/",
    ),
    (
        "im british, been living with my girlfriend in Gdansk for 3 years now, we're not married. can she move "
        "back to the uk with me",
        "/spouse-and-partner-visas/",
    ),
    (
        "I own a small nursing home in Erdington and I want to take on a nurse from Kerala. What do I need to sort "
        "out first?",
        "/skilled-worker-visas-sponsor-licences/",
    ),
    (
        "I spent about seven months in Pakistan in 2022 looking after my dad when he was poorly. Will that cause "
        "problems when I apply to stay here permanently?",
        "/indefinite-leave-to-remain/",
    ),
    (
        "Got my ILR last March and my husband's British. Do I have to wait another year before I can apply to "
        "become a citizen?",
        "/british-citizenship/",
    ),
    ("Home Office refused my husbands visa yesterday, how long have we got to appeal", "/immigration-appeals/"),
    (
        "If my appeal goes to a hearing do I have to travel down to London for it? I don't drive.",
        "/immigration-appeals/",
    ),
    ("How much do you charge for a spouse visa application?", "/fixed-fee-packages/"),
    (
        "what do you charge for a straightforward divorce, we've already agreed everything between us",
        "/fixed-fee-packages/",
    ),
    (
        "My husband says he won't sign anything and he'll fight me all the way. Can he actually stop me getting "
        "divorced?",
        "/divorce-and-separation/",
    ),
    (
        "my ex is planning to take our daughter to Pakistan for the whole summer holidays and I'm scared she "
        "won't bring her back. what can I do",
        "/child-arrangements/",
    ),
    (
        "Do I really have to try mediation before going to court about seeing my kids? Me and their mum can't "
        "be in the same room without it kicking off.",
        "/child-arrangements/",
    ),
    (
        "My partner has been threatening me and I want him kept away from me and the house. Can someone help me today?",
        "/domestic-abuse-injunctions/",
    ),
    ("If I win my claim how much of the compensation do you keep?", "/personal-injury-no-win-no-fee/"),
    (
        "I tripped on a broken paving slab in town about two and a half years ago and hurt my wrist, is it too "
        "late to claim",
        "/personal-injury-no-win-no-fee/",
    ),
    (
        "Someone drove into the back of me at the lights on the Hagley Road last week and now the other driver's "
        "insurance keep ringing me offering money. Should I just take it?",
        "/road-traffic-accidents/",
    ),
    ("What do I need to bring with me to my first appointment?", "/your-first-meeting/"),
    (
        "My mum only speaks Bengali, is there anyone there who could talk to her in her own langauge?",
        "/your-first-meeting/",
    ),
    ("can i get legal aid for my wifes visa", "/legal-aid-and-paying/"),
    (
        "Money's a bit tight at the moment after the wedding. Can I pay your fee in bits rather than all in one go?",
        "/legal-aid-and-paying/",
    ),
    (
        "Who at the firm actually deals with sponsor licences? I'd rather speak to the person who does them.",
        "/our-team/",
    ),
    ("Is there anywhere to park when I come in?", "/contact-us/"),
    ("I live in Leeds. Can you still take my case on or would I have to keep coming to Birmingham?", "/faq/"),
    ("Can I just send you pics of my passport and payslips on WhatsApp", "/faq/"),
    (
        "I'm not happy at all with how my case has been dealt with by your office. Who do I complain to?",
        "/complaints-and-regulation/",
    ),
]

OUT_OF_SCOPE = [
    "Can you help my nephew get a student visa to study at Aston University?",
    "Do you do wills? Me and my wife want to get ours sorted.",
    "My mum's operation at the QE went badly wrong, do you take on claims against the NHS?",
    "Can you get my parents a visitor visa so they can come over for our wedding in June?",
    "I was sacked without warning last month, can you take my employer to an employment tribunal?",
    "We're buying our first house in Sutton Coldfield, do you do the conveyancing?",
    "Is there anywhere decent to get lunch near your office?",
    "What's the weather meant to be like in Birmingham tomorrow?",
]
