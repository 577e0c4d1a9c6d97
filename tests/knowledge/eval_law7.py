"""An evaluation site: Entwistle Rahman Solicitors, a small Bolton firm doing employment law for individuals,
personal injury, and wills and probate (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a WordPress site built
with the Flatsome theme and its UX Builder: sticky #header with a top bar and dropdown mega-menu, banners,
section/row/col/col-inner/text wrappers, ux-menu sidebars, accordions, testimonial boxes, Contact Form 7
markup, a flatsome-cookies notice and a footer-wrapper with widgets and an absolute-footer.
"""

import itertools

NAME = "Entwistle Rahman Solicitors"

_SITE = "https://www.entwistlerahman.co.uk"
_PHONE = "01204 558 240"
_TEL = "tel:+441204558240"
_EMAIL = "enquiries@entwistlerahman.co.uk"

_ids = itertools.count(1041)


def _id():
    return next(_ids)


# --------------------------------------------------------------------------------------------------------------
# Navigation
# --------------------------------------------------------------------------------------------------------------

_MENU = [
    ("Home", "/", []),
    (
        "Employment Law",
        "/employment-law/",
        [
            ("Unfair Dismissal", "/employment-law/#unfair-dismissal"),
            ("Redundancy", "/employment-law/#redundancy"),
            ("Discrimination at Work", "/employment-law/#discrimination"),
            ("Settlement Agreements", "/employment-law/settlement-agreements/"),
            ("ACAS &amp; Tribunal Time Limits", "/employment-law/acas-early-conciliation-tribunal-time-limits/"),
        ],
    ),
    (
        "Personal Injury",
        "#",
        [
            ("Road Traffic Accidents", "/personal-injury/road-traffic-accidents/"),
            ("Accidents at Work, Slips &amp; Trips", "/personal-injury/accidents-at-work-slips-and-trips/"),
            ("No Win No Fee Explained", "/personal-injury/no-win-no-fee/"),
            ("How Compensation Is Worked Out", "/personal-injury/how-compensation-is-worked-out/"),
        ],
    ),
    (
        "Wills &amp; Probate",
        "#",
        [
            ("Wills", "/wills-and-lasting-powers-of-attorney/"),
            ("Lasting Powers of Attorney", "/wills-and-lasting-powers-of-attorney/#lasting-powers-of-attorney"),
            ("Probate &amp; Estates", "/probate/"),
        ],
    ),
    ("Fees", "/fees/", []),
    (
        "How We Help",
        "#",
        [
            ("Free 20-Minute Phone Assessment", "/free-phone-assessment/"),
            ("Languages &amp; Home Visits", "/languages-and-home-visits/"),
            ("Legal Expenses Insurance", "/legal-expenses-insurance/"),
            ("FAQs", "/faq/"),
        ],
    ),
    (
        "About Us",
        "#",
        [
            ("Our Team", "/our-team/"),
            ("Complaints &amp; Regulation", "/complaints-and-regulation/"),
        ],
    ),
    ("Contact", "/contact/", []),
]


def _same_page(href, path):
    return href.split("#")[0] == path


def _nav(path, mobile=False):
    out = []
    for i, (label, href, children) in enumerate(_MENU):
        mid = 2107 + i * 9
        kind = "custom menu-item-object-custom" if href == "#" else "post_type menu-item-object-page"
        cls = f"menu-item menu-item-type-{kind} menu-item-{mid}"
        if _same_page(href, path):
            cls += " current-menu-item page_item current_page_item"
        if any(_same_page(h, path) for _, h in children):
            cls += " current-menu-ancestor current-menu-parent"
        if children:
            cls += " menu-item-has-children"
        if mobile:
            sub = ""
            if children:
                sub = '\n<ul class="sub-menu nav-sidebar-ul children">' + "".join(
                    f'\n<li id="menu-item-{mid + j + 1}" class="menu-item menu-item-type-post_type '
                    f'menu-item-object-page menu-item-{mid + j + 1}"><a href="{h}">{lab}</a></li>'
                    for j, (lab, h) in enumerate(children)
                )
                sub += "\n</ul>"
            out.append(f'<li class="{cls}"><a href="{href}">{label}</a>{sub}</li>')
            continue
        if children:
            cls += " menu-item-design-default has-dropdown"
            sub = '\n<ul class="sub-menu nav-dropdown nav-dropdown-default">' + "".join(
                f'\n<li id="menu-item-{mid + j + 1}" class="menu-item menu-item-type-post_type '
                f'menu-item-object-page menu-item-{mid + j + 1}"><a href="{h}">{lab}</a></li>'
                for j, (lab, h) in enumerate(children)
            )
            sub += "\n</ul>"
            out.append(
                f'<li id="menu-item-{mid}" class="{cls}"><a href="{href}" class="nav-top-link" '
                f'aria-expanded="false" aria-haspopup="menu">{label}<i class="icon-angle-down"></i></a>{sub}\n</li>'
            )
        else:
            cls += " menu-item-design-default"
            out.append(f'<li id="menu-item-{mid}" class="{cls}"><a href="{href}" class="nav-top-link">{label}</a></li>')
    return "\n".join(out)


# --------------------------------------------------------------------------------------------------------------
# Shared page furniture
# --------------------------------------------------------------------------------------------------------------

_CUSTOM_CSS = """:root {--primary-color: #1b3a5c;}
.header-main{height: 96px}
#logo img{max-height: 96px}
#logo{width:250px;}
.header-top{min-height: 34px}
.header-bg-color {background-color: rgba(255,255,255,0.97)}
.header-main .nav > li > a{line-height: 16px }
.nav-dropdown{font-size:95%}
.accordion-title.active{color:#b5892f;}
.button.primary:not(.is-outline), .button.primary{background-color:#b5892f!important;}
.absolute-footer, html{background-color: #0f2236}
.footer-1{background-color: #15304d}
.label-new.menu-item > a:after{content:"New";}
.flatsome-cookies{z-index:999;}"""

_ANALYTICS = """<script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date());
gtag('config', 'G-7QX2LBM0PD', { 'anonymize_ip': true });
</script>"""

_SOCIAL = """<div class="social-icons follow-icons">
<a href="https://www.facebook.com/entwistlerahmansolicitors" target="_blank" data-label="Facebook"
 class="icon plain facebook tooltip" title="Follow on Facebook" aria-label="Follow on Facebook"
 rel="noopener nofollow"><i class="icon-facebook"></i></a>
<a href="https://www.instagram.com/entwistlerahman/" target="_blank" data-label="Instagram"
 class="icon plain instagram tooltip" title="Follow on Instagram" aria-label="Follow on Instagram"
 rel="noopener nofollow"><i class="icon-instagram"></i></a>
<a href="https://www.linkedin.com/company/entwistle-rahman-solicitors" target="_blank" data-label="LinkedIn"
 class="icon plain linkedin tooltip" title="Follow on LinkedIn" aria-label="Follow on LinkedIn"
 rel="noopener nofollow"><i class="icon-linkedin"></i></a>
<a href="https://x.com/EntwistleRahman" target="_blank" data-label="X" class="icon plain x tooltip"
 title="Follow on X" aria-label="Follow on X" rel="noopener nofollow"><i class="icon-x"></i></a>
</div>"""


def _header(path):
    return f"""<header id="header" class="header has-sticky sticky-jump">
<div class="header-wrapper">
<div id="top-bar" class="header-top hide-for-sticky nav-dark">
<div class="flex-row container">
<div class="flex-col hide-for-medium flex-left">
<ul class="nav nav-left medium-nav-center nav-small nav-divided">
<li class="html custom html_topbar_left"><strong class="uppercase">Local solicitors for Bolton people
 &middot; Est. 2011</strong></li>
</ul>
</div>
<div class="flex-col hide-for-medium flex-center"><ul class="nav nav-center nav-small nav-divided"></ul></div>
<div class="flex-col hide-for-medium flex-right">
<ul class="nav top-bar-nav nav-right nav-small nav-divided">
<li class="header-contact-wrapper">
<ul id="header-contact" class="nav nav-divided nav-uppercase header-contact">
<li><a href="mailto:{_EMAIL}" class="tooltip" title="{_EMAIL}"><i class="icon-envelop"
 style="font-size:14px;"></i> <span>Email us</span></a></li>
<li><a href="{_TEL}" class="tooltip" title="{_PHONE}"><i class="icon-phone" style="font-size:14px;"></i>
 <span>{_PHONE}</span></a></li>
</ul>
</li>
<li class="html header-social-icons ml-0">
{_SOCIAL}
</li>
</ul>
</div>
<div class="flex-col show-for-medium flex-grow">
<ul class="nav nav-center nav-small mobile-nav nav-divided">
<li class="html custom html_topbar_left"><strong class="uppercase">Call {_PHONE}</strong></li>
</ul>
</div>
</div>
</div>
<div id="masthead" class="header-main ">
<div class="header-inner flex-row container logo-left medium-logo-center" role="navigation">
<div id="logo" class="flex-col logo">
<a href="/" title="{NAME} - Employment, Injury &amp; Wills Solicitors in Bolton" rel="home">
<img width="500" height="160" src="/wp-content/uploads/2021/03/entwistle-rahman-logo.png"
 class="header_logo header-logo" alt="{NAME}"/><img width="500" height="160"
 src="/wp-content/uploads/2021/03/entwistle-rahman-logo-white.png" class="header-logo-dark" alt="{NAME}"/></a>
</div>
<div class="flex-col show-for-medium flex-left">
<ul class="mobile-nav nav nav-left ">
<li class="nav-icon has-icon">
<a href="#" data-open="#main-menu" data-pos="left" data-bg="main-menu-overlay" data-color="" class="is-small"
 aria-label="Menu" aria-controls="main-menu" aria-expanded="false"><i class="icon-menu"></i></a>
</li>
</ul>
</div>
<div class="flex-col hide-for-medium flex-left flex-grow">
<ul class="header-nav header-nav-main nav nav-left nav-size-medium nav-spacing-large nav-uppercase">
{_nav(path)}
</ul>
</div>
<div class="flex-col hide-for-medium flex-right">
<ul class="header-nav header-nav-main nav nav-right nav-size-medium nav-spacing-large nav-uppercase">
<li class="html header-button-1">
<div class="header-button">
<a href="/free-phone-assessment/" class="button primary" style="border-radius:4px;">
<span>Free 20-min Assessment</span></a>
</div>
</li>
</ul>
</div>
<div class="flex-col show-for-medium flex-right">
<ul class="mobile-nav nav nav-right ">
<li class="html header-button-2"><div class="header-button"><a href="{_TEL}" class="icon button circle
 is-outline is-small" aria-label="Call us"><i class="icon-phone"></i></a></div></li>
</ul>
</div>
</div>
<div class="container"><div class="top-divider full-width"></div></div>
</div>
<div class="header-bg-container fill"><div class="header-bg-image fill"></div><div class="header-bg-color fill">
</div></div>
</div>
</header>"""


_FOOTER_SERVICES = [
    ("Unfair Dismissal &amp; Redundancy", "/employment-law/"),
    ("Settlement Agreements", "/employment-law/settlement-agreements/"),
    ("Road Traffic Accidents", "/personal-injury/road-traffic-accidents/"),
    ("Accidents at Work", "/personal-injury/accidents-at-work-slips-and-trips/"),
    ("Wills &amp; Powers of Attorney", "/wills-and-lasting-powers-of-attorney/"),
    ("Probate", "/probate/"),
]

_FOOTER_USEFUL = [
    ("Our Fees", "/fees/"),
    ("Meet the Team", "/our-team/"),
    ("FAQs", "/faq/"),
    ("Complaints &amp; Regulation", "/complaints-and-regulation/"),
    ("Contact Us", "/contact/"),
]


def _footer_links(links):
    return "\n".join(f'<li class="menu-item menu-item-type-post_type"><a href="{h}">{t}</a></li>' for t, h in links)


def _footer():
    return f"""<footer id="footer" class="footer-wrapper">
<section class="section dark" id="section_cta_footer">
<div class="bg section-bg fill bg-fill bg-loaded"></div>
<div class="section-content relative">
<div class="row row-collapse align-middle" id="row-footer-cta">
<div class="col medium-8 small-12 large-8"><div class="col-inner">
<h3>Not sure where you stand? Speak to a solicitor today.</h3>
</div></div>
<div class="col medium-4 small-12 large-4"><div class="col-inner text-right">
<a href="/free-phone-assessment/" class="button primary is-large" style="border-radius:4px;">
<span>Book now</span> <i class="icon-angle-right"></i></a>
</div></div>
</div>
</div>
</section>
<div class="footer-widgets footer footer-1">
<div class="row dark large-columns-4 mb-0">
<div id="text-3" class="col pb-0 widget widget_text">
<span class="widget-title">About the firm</span><div class="is-divider small"></div>
<div class="textwidget">
<p><img src="/wp-content/uploads/2021/03/entwistle-rahman-logo-white.png" alt="{NAME}" width="200"></p>
<p>A small, independent firm of solicitors in Bolton town centre helping people with problems at work,
 injuries and planning for the future.</p>
<p class="is-small">Authorised and regulated by the Solicitors Regulation Authority, SRA no. 648213.</p>
</div>
</div>
<div id="nav_menu-2" class="col pb-0 widget widget_nav_menu">
<span class="widget-title">Services</span><div class="is-divider small"></div>
<div class="menu-footer-services-container"><ul id="menu-footer-services" class="menu">
{_footer_links(_FOOTER_SERVICES)}
</ul></div>
</div>
<div id="nav_menu-3" class="col pb-0 widget widget_nav_menu">
<span class="widget-title">Useful links</span><div class="is-divider small"></div>
<div class="menu-footer-useful-container"><ul id="menu-footer-useful" class="menu">
{_footer_links(_FOOTER_USEFUL)}
</ul></div>
</div>
<div id="text-4" class="col pb-0 widget widget_text">
<span class="widget-title">Get in touch</span><div class="is-divider small"></div>
<div class="textwidget">
<p>{NAME}<br>2nd Floor, Silverwell House<br>12 Silverwell Street<br>Bolton BL1 1PP</p>
<p><i class="icon-phone"></i> <a href="{_TEL}">{_PHONE}</a><br>
<i class="icon-envelop"></i> <a href="mailto:{_EMAIL}">{_EMAIL}</a></p>
<p><strong>Office hours:</strong> Mon&ndash;Thu 9am&ndash;5.30pm, Fri 9am&ndash;5pm<br>
<a href="/contact/">Full opening times &amp; directions</a></p>
{_SOCIAL}
</div>
</div>
</div>
</div>
<div class="absolute-footer dark medium-text-center small-text-center">
<div class="container clearfix">
<div class="footer-secondary pull-right">
<div class="payment-icons inline-block"><span class="is-small">Lexcel Accredited &middot; Law Society
 Member Firm</span></div>
</div>
<div class="footer-primary pull-left">
<div class="menu-legal-container"><ul id="menu-legal" class="links footer-nav uppercase">
<li class="menu-item"><a href="/complaints-and-regulation/">Complaints</a></li>
<li class="menu-item"><a href="/fees/">Price Transparency</a></li>
<li class="menu-item"><a href="/contact/">Contact</a></li>
</ul></div>
<div class="copyright-footer">Copyright 2025 &copy; <strong>Entwistle Rahman Solicitors Ltd</strong>.
 Registered in England and Wales no. 07561204. Registered office: Silverwell House, 12 Silverwell Street,
 Bolton BL1 1PP. Website by Pennine Pixel.</div>
</div>
</div>
</div>
<a href="#top" class="back-to-top button icon invert plain fixed bottom z-1 is-outline hide-for-medium circle"
 id="top-link" aria-label="Go to top"><i class="icon-angle-up"></i></a>
</footer>"""


_COOKIES = """<div class="flatsome-cookies">
<div class="flatsome-cookies__inner">
<div class="flatsome-cookies__text">
We use cookies to make this website work and to understand how it is used. By clicking &ldquo;Okay&rdquo;
 you agree to our use of analytics cookies.
</div>
<div class="flatsome-cookies__buttons">
<a href="#" class="button primary flatsome-cookies__accept-btn"><span>Okay</span></a>
</div>
</div>
</div>"""


def _mobile_menu(path):
    return f"""<div id="main-menu" class="mobile-sidebar no-scrollbar mfp-hide">
<div class="sidebar-menu no-scrollbar ">
<ul class="nav nav-sidebar nav-vertical nav-uppercase" data-tab="1">
{_nav(path, mobile=True)}
<li class="html header-button-1"><div class="header-button"><a href="/free-phone-assessment/"
 class="button primary" style="border-radius:4px;"><span>Free 20-min Assessment</span></a></div></li>
</ul>
</div>
</div>"""


def _page(path, title, description, body, body_class="page-template-default page"):
    canonical = _SITE + path
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="loading-site no-js">
<head>
<meta charset="UTF-8" />
<link rel="profile" href="http://gmpg.org/xfn/11" />
<script>(function(html){{html.className = html.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement);
</script>
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{title} | {NAME}</title>
<meta name="description" content="{description}" />
<link rel="canonical" href="{canonical}" />
<meta property="og:locale" content="en_GB" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{title} | {NAME}" />
<meta property="og:description" content="{description}" />
<meta property="og:url" content="{canonical}" />
<meta property="og:site_name" content="{NAME}" />
<meta name="twitter:card" content="summary_large_image" />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.5.5'
 type='text/css' media='all' />
<link rel='stylesheet' id='contact-form-7-css'
 href='/wp-content/plugins/contact-form-7/includes/css/styles.css?ver=5.9.6' type='text/css' media='all' />
<link rel='stylesheet' id='flatsome-main-css' href='/wp-content/themes/flatsome/assets/css/flatsome.css?ver=3.18.7'
 type='text/css' media='all' />
<link rel='stylesheet' id='flatsome-style-css' href='/wp-content/themes/flatsome-child/style.css?ver=3.0'
 type='text/css' media='all' />
<link rel="icon" href="/wp-content/uploads/2021/03/cropped-er-favicon-32x32.png" sizes="32x32" />
<style id="custom-css" type="text/css">{_CUSTOM_CSS}</style>
{_ANALYTICS}
</head>
<body class="{body_class} lightbox nav-dropdown-has-arrow nav-dropdown-has-shadow nav-dropdown-has-border">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div id="wrapper">
{_header(path)}
<main id="main" class="">
<div id="content" role="main" class="content-area">
{body}
</div>
</main>
{_footer()}
</div>
{_mobile_menu(path)}
{_COOKIES}
<script type='text/javascript' src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
<script type='text/javascript' src='/wp-content/themes/flatsome/assets/js/flatsome.js?ver=3.18.7'
 id='flatsome-js-js'></script>
</body>
</html>
"""


def _banner(title, subtitle, crumbs=None):
    bid = _id()
    trail = ""
    if crumbs is not None:
        parts = ['<span><a href="/">Home</a></span>']
        parts += [f'<span><a href="{h}">{t}</a></span>' if h else f"<span>{t}</span>" for t, h in crumbs]
        parts.append(f'<span class="breadcrumb_last" aria-current="page">{title}</span>')
        trail = f'<p id="breadcrumbs" class="is-small"><span>{" &raquo; ".join(parts)}</span></p>'
    return f"""<div class="banner has-hover" id="banner-{bid}">
<div class="banner-inner fill">
<div class="banner-bg fill"><div class="bg fill bg-fill bg-loaded"></div><div class="overlay"></div></div>
<div class="banner-layers container">
<div class="fill banner-link"></div>
<div id="text-box-{bid}" class="text-box banner-layer x5 md-x5 lg-x5 y50 md-y50 lg-y50 res-text">
<div class="text-box-content text dark">
<div class="text-inner text-left">
{trail}
<h1 class="uppercase"><strong>{title}</strong></h1>
<p class="lead">{subtitle}</p>
</div>
</div>
</div>
</div>
</div>
<style>#banner-{bid} {{padding-top: 260px;}} #banner-{bid} .overlay {{background-color: rgba(15,34,54,0.7);}}</style>
</div>"""


_SIDEBARS = {
    "employment": (
        "Employment Law",
        [
            ("Unfair Dismissal &amp; Redundancy", "/employment-law/"),
            ("Settlement Agreements", "/employment-law/settlement-agreements/"),
            ("ACAS &amp; Time Limits", "/employment-law/acas-early-conciliation-tribunal-time-limits/"),
            ("Legal Expenses Insurance", "/legal-expenses-insurance/"),
            ("Our Fees", "/fees/"),
        ],
    ),
    "injury": (
        "Personal Injury",
        [
            ("Road Traffic Accidents", "/personal-injury/road-traffic-accidents/"),
            ("Accidents at Work, Slips &amp; Trips", "/personal-injury/accidents-at-work-slips-and-trips/"),
            ("No Win No Fee Explained", "/personal-injury/no-win-no-fee/"),
            ("How Compensation Is Worked Out", "/personal-injury/how-compensation-is-worked-out/"),
            ("FAQs", "/faq/"),
        ],
    ),
    "wills": (
        "Wills &amp; Probate",
        [
            ("Wills &amp; Lasting Powers of Attorney", "/wills-and-lasting-powers-of-attorney/"),
            ("Probate &amp; Estates", "/probate/"),
            ("Languages &amp; Home Visits", "/languages-and-home-visits/"),
            ("Our Fees", "/fees/"),
        ],
    ),
    "help": (
        "How We Help",
        [
            ("Free 20-Minute Phone Assessment", "/free-phone-assessment/"),
            ("Languages &amp; Home Visits", "/languages-and-home-visits/"),
            ("Legal Expenses Insurance", "/legal-expenses-insurance/"),
            ("FAQs", "/faq/"),
            ("Contact Us", "/contact/"),
        ],
    ),
}


def _sidebar(group):
    title, links = _SIDEBARS[group]
    menu = "\n".join(
        f'<div class="ux-menu-link flex menu-item"><a class="ux-menu-link__link flex" href="{h}">'
        f'<i class="ux-menu-link__icon text-center icon-angle-right"></i>'
        f'<span class="ux-menu-link__text">{t}</span></a></div>'
        for t, h in links
    )
    return f"""<div id="col-{_id()}" class="col medium-4 small-12 large-4">
<div class="col-inner">
<div class="is-sticky-column" data-sticky-mode="javascript"><div class="is-sticky-column__inner">
<h4 class="uppercase">{title}</h4>
<div class="is-divider divider clearfix" style="max-width:40px;height:2px;"></div>
<div class="ux-menu stack stack-col justify-start ux-menu--divider-solid">
{menu}
</div>
<div class="box has-hover has-hover box-bounce box-text-bottom" style="margin-top:30px;">
<div class="box-text text-left dark" style="background-color:rgb(27,58,92);padding:24px 24px 24px 24px;">
<div class="box-text-inner">
<h4>Need to talk?</h4>
<p>Call us on <a href="{_TEL}">{_PHONE}</a> or ask us to ring you back at a time that suits you.</p>
<a href="/free-phone-assessment/" class="button white is-outline" style="border-radius:4px;">
<span>Request a call back</span></a>
</div>
</div>
</div>
</div></div>
</div>
</div>"""


def _main(text, group=None):
    """A UX Builder section: the page text in an 8-column col, with an optional ux-menu sidebar."""
    sid = _id()
    side = _sidebar(group) if group else ""
    span = 8 if group else 12
    return f"""<section class="section" id="section_{sid}">
<div class="bg section-bg fill bg-fill bg-loaded"></div>
<div class="section-content relative">
<div class="row row-large" id="row-{sid}">
<div id="col-{_id()}" class="col medium-{span} small-12 large-{span}">
<div class="col-inner">
<div id="text-{_id()}" class="text">
{text}
</div>
</div>
</div>
{side}
</div>
</div>
<style>#section_{sid} {{padding-top: 60px; padding-bottom: 60px;}}</style>
</section>"""


_REVIEWS = [
    (
        "Lisa H., Farnworth",
        "Joanne was brilliant from start to finish. She explained everything in plain English, never made me "
        "feel rushed and was honest with me about my chances.",
    ),
    (
        "Tariq M., Bolton",
        "After my accident I didn&rsquo;t know where to turn. Imran&rsquo;s team kept me updated every step of "
        "the way and the result was more than I expected. Would recommend to anyone.",
    ),
    (
        "Graham &amp; Sue P., Horwich",
        "Hetal made sorting out Dad&rsquo;s affairs so much less stressful at a really hard time. Kind, "
        "patient and very organised.",
    ),
]


def _reviews(heading="What our clients say"):
    boxes = "\n".join(
        f"""<div id="col-{_id()}" class="col medium-4 small-12 large-4"><div class="col-inner">
<div class="icon-box testimonial-box icon-box-left text-left">
<div class="icon-box-text p-last-0">
<div class="star-rating"><span style="width:100%"><strong class="rating"></strong></span></div>
<div class="testimonial-text line-height-small italic test_text first-reset last-reset is-italic">
<p>{quote}</p>
</div>
<div class="testimonial-meta pt-half">
<strong class="testimonial-name test_name">{who}</strong>
<span class="testimonial-name-divider"> / </span>
<span class="testimonial-company test_company">Google review</span>
</div>
</div>
</div>
</div></div>"""
        for who, quote in _REVIEWS
    )
    sid = _id()
    return f"""<section class="section" id="section_{sid}">
<div class="bg section-bg fill bg-fill bg-loaded"></div>
<div class="section-content relative">
<div class="row row-small" id="row-{sid}">
<div class="col small-12 large-12"><div class="col-inner text-center">
<h2 class="section-title section-title-center"><b></b><span class="section-title-main">{heading}</span><b></b></h2>
<p>Rated <strong>4.9 out of 5</strong> from more than 300 Google reviews</p>
</div></div>
{boxes}
</div>
</div>
<style>#section_{sid} {{padding-top: 40px; padding-bottom: 40px; background-color: rgb(245, 242, 236);}}</style>
</section>"""


def _accordion(items):
    parts = []
    for question, answer in items:
        aid = _id()
        parts.append(
            f"""<div id="accordion-{aid}" class="accordion-item">
<a id="accordion-{aid}-label" href="#" class="accordion-title plain" aria-expanded="false"
 aria-controls="accordion-{aid}-content"><button class="toggle" aria-label="Toggle"><i class="icon-angle-down">
</i></button><span>{question}</span></a>
<div id="accordion-{aid}-content" class="accordion-inner" aria-labelledby="accordion-{aid}-label">
{answer}
</div>
</div>"""
        )
    return '<div class="accordion" rel="">\n' + "\n".join(parts) + "\n</div>"


# --------------------------------------------------------------------------------------------------------------
# Pages
# --------------------------------------------------------------------------------------------------------------

_HOME = (
    """<div class="banner has-hover is-full-height" id="banner-home">
<div class="banner-inner fill">
<div class="banner-bg fill"><img src="/wp-content/uploads/2021/04/bolton-town-hall-banner.jpg"
 class="bg attachment-original size-original" alt="Bolton Town Hall"/><div class="overlay"></div></div>
<div class="banner-layers container">
<div id="text-box-home" class="text-box banner-layer x5 md-x5 lg-x5 y50 md-y50 lg-y50 res-text">
<div class="text-box-content text dark">
<div class="text-inner text-left">
<h1 class="uppercase"><strong>Solicitors in Bolton who are on your side</strong></h1>
<p class="lead">Employment law for employees &middot; Personal injury &middot; Wills, powers of attorney
 &amp; probate</p>
<a href="/free-phone-assessment/" class="button primary is-large" style="border-radius:4px;">
<span>Book your call</span></a>
<a href="tel:+441204558240" class="button white is-outline is-large" style="border-radius:4px;">
<span>Call 01204 558 240</span></a>
</div>
</div>
</div>
</div>
</div>
</div>
"""
    + _main(
        """<h2>Straightforward legal help from a local Bolton firm</h2>
<p>Entwistle Rahman Solicitors was set up in 2011 by Joanne Entwistle and Imran Rahman, two solicitors who
 grew up in Bolton and wanted to offer people the kind of firm they would want to use themselves: plain English,
 honest advice about whether a case is worth pursuing, and a named person who actually picks up the phone.</p>
<p>We are a small team and we concentrate on three areas of law, so we know them inside out. Our clients are
 individuals and families &mdash; the people on the receiving end of a legal problem.</p>
<div class="row row-small" id="row-services">
<div class="col medium-4 small-12 large-4"><div class="col-inner">
<div class="icon-box featured-box icon-box-top text-center">
<div class="icon-box-img" style="width: 60px"><div class="icon"><div class="icon-inner">
<img src="/wp-content/uploads/2021/03/icon-briefcase.svg" alt=""></div></div></div>
<div class="icon-box-text last-reset">
<h3>Employment Law</h3>
<p>Dismissed, made redundant, treated unfairly at work or handed a settlement agreement? We&rsquo;ll tell you
 where you stand and what it is worth.</p>
<a href="/employment-law/" class="button secondary is-link"><span>Find out more</span></a>
</div></div>
</div></div>
<div class="col medium-4 small-12 large-4"><div class="col-inner">
<div class="icon-box featured-box icon-box-top text-center">
<div class="icon-box-img" style="width: 60px"><div class="icon"><div class="icon-inner">
<img src="/wp-content/uploads/2021/03/icon-plaster.svg" alt=""></div></div></div>
<div class="icon-box-text last-reset">
<h3>Personal Injury</h3>
<p>Hurt on the road, at work or in a public place through someone else&rsquo;s carelessness? We handle your
 claim from start to finish and help you get the treatment you need.</p>
<a href="/personal-injury/road-traffic-accidents/" class="button secondary is-link"><span>Find out more</span></a>
</div></div>
</div></div>
<div class="col medium-4 small-12 large-4"><div class="col-inner">
<div class="icon-box featured-box icon-box-top text-center">
<div class="icon-box-img" style="width: 60px"><div class="icon"><div class="icon-inner">
<img src="/wp-content/uploads/2021/03/icon-scroll.svg" alt=""></div></div></div>
<div class="icon-box-text last-reset">
<h3>Wills &amp; Probate</h3>
<p>Protect the people who matter with a properly drafted will and powers of attorney, and let us take the
 weight off your shoulders when you lose someone close.</p>
<a href="/wills-and-lasting-powers-of-attorney/" class="button secondary is-link"><span>Find out more</span></a>
</div></div>
</div></div>
</div>
<h3>Why people choose us</h3>
<ul class="checklist">
<li>A named solicitor or chartered legal executive looks after your case from the first call to the end</li>
<li>Our prices are published in full on our <a href="/fees/">fees page</a></li>
<li>Help in more than one language, and we can come to you &mdash; see
 <a href="/languages-and-home-visits/">languages &amp; home visits</a></li>
<li>Lexcel accredited by the Law Society for practice management and client care</li>
<li>Based in Bolton town centre, working with clients across Greater Manchester and Lancashire</li>
</ul>"""
    )
    + _reviews()
)


_EMPLOYMENT = _banner(
    "Employment Law for Employees", "Unfair dismissal &middot; Redundancy &middot; Discrimination", crumbs=[]
) + _main(
    """<p class="lead">Our employment team, led by Joanne Entwistle, gives you a straight answer about your
 rights at work and what a claim could realistically achieve.</p>
<h2 id="unfair-dismissal">Unfair dismissal</h2>
<p>To bring an ordinary unfair dismissal claim you normally need <strong>two years&rsquo; continuous
 employment</strong> with the same employer by the date your job ended. With less than two years you can still
 claim if the real reason was an &ldquo;automatically unfair&rdquo; one, where no minimum service applies, such
 as:</p>
<ul>
<li>blowing the whistle on wrongdoing (a protected disclosure);</li>
<li>pregnancy, maternity leave or asking for family-friendly rights;</li>
<li>raising a health and safety concern;</li>
<li>asserting a legal right, such as asking for the minimum wage or your holiday pay;</li>
<li>trade union membership or activities.</li>
</ul>
<p>Being dismissed without your proper notice pay (wrongful dismissal) and discrimination claims also need no
 minimum service.</p>
<p>An employer can fairly dismiss for conduct, capability, redundancy, a legal restriction or &ldquo;some other
 substantial reason&rdquo;, but it must follow a fair procedure, including the ACAS Code of Practice. If the
 Code is ignored, compensation can go up by as much as 25%. Compensation is a basic award (worked out like
 redundancy pay) plus a compensatory award for lost earnings, capped at a year&rsquo;s gross pay or the
 statutory limit, whichever is lower.</p>
<p><strong>Thinking of resigning?</strong> If your employer has seriously broken your contract &mdash; cutting
 your pay without agreement, demoting you, or letting bullying go unchecked &mdash; you may be able to resign
 and claim constructive dismissal. These claims are hard to win, so speak to us <em>before</em> you hand in
 your notice.</p>
<h2 id="redundancy">Redundancy</h2>
<p>Your employer must consult you, choose fairly who goes and consider suitable alternative work. Where 20 or
 more people are being made redundant at one site within 90 days, collective consultation of at least 30 days
 applies (45 days for 100 or more).</p>
<p>With two years&rsquo; service you are entitled to statutory redundancy pay for each full year worked:</p>
<table class="table">
<thead><tr><th>Your age during that year</th><th>Pay for each full year</th></tr></thead>
<tbody>
<tr><td>Under 22</td><td>Half a week&rsquo;s pay</td></tr>
<tr><td>22 to 40</td><td>One week&rsquo;s pay</td></tr>
<tr><td>41 and over</td><td>One and a half weeks&rsquo; pay</td></tr>
</tbody>
</table>
<p>Only the last 20 years count, and a week&rsquo;s pay is capped at <strong>&pound;719</strong> for
 redundancies on or after 6 April 2025, so the maximum is &pound;21,570. For example, a 45-year-old with 10 full
 years&rsquo; service since the age of 35 gets 6 weeks (ages 35&ndash;40) plus 6 weeks (four years at one and a
 half): 12 weeks&rsquo; pay. Many contracts promise more, so check yours.</p>
<h2 id="discrimination">Discrimination, harassment and bullying</h2>
<p>The Equality Act 2010 protects you from being treated worse because of age, disability, gender
 reassignment, marriage or civil partnership, pregnancy and maternity, race, religion or belief, sex and sexual
 orientation. It covers direct and indirect discrimination, harassment, victimisation for complaining, and
 failing to make reasonable adjustments for a disability. There is no minimum length of service, and
 compensation is not capped: as well as lost earnings, the tribunal awards compensation for injury to feelings.
 Keep a diary of what was said and done, with dates and witnesses.</p>
<p>Costs and funding for tribunal claims are explained on our <a href="/fees/">fees page</a>.</p>""",
    "employment",
)


_SETTLEMENT = _banner(
    "Settlement Agreements",
    "Fast, confidential advice &mdash; usually paid for by your employer",
    crumbs=[("Employment Law", "/employment-law/")],
) + _main(
    """<h2>What is a settlement agreement?</h2>
<p>A settlement agreement is a legally binding contract in which you agree not to bring claims against your
 employer &mdash; such as unfair dismissal or discrimination &mdash; in return for a payment or other terms. It
 is often offered when your job is ending, sometimes after an off-the-record &ldquo;protected conversation&rdquo;.
 For the agreement to be valid you must be advised by an independent legal adviser, who signs a certificate
 confirming the advice was given.</p>
<h2>Who pays for the advice?</h2>
<p>Almost every employer offers a contribution towards your legal fees, usually between <strong>&pound;350 and
 &pound;600 plus VAT</strong>, and it is written into the agreement itself. In the vast majority of cases that
 contribution covers our fee in full, so <strong>you pay nothing</strong>: we send our invoice direct to your
 employer. If the contribution is unusually low, or you want us to negotiate at length, we will tell you before
 we start and agree a fixed fee for the extra work. No surprises.</p>
<h2>What we check</h2>
<ul>
<li>Whether the sum offered is fair compared with what a tribunal claim might be worth.</li>
<li>How the payments will be taxed. The first &pound;30,000 of a genuine compensation payment for loss of your
 job can usually be paid tax-free, but salary up to your leaving date, holiday pay and pay in lieu of notice are
 taxed in the normal way.</li>
<li>Your reference &mdash; we can ask for an agreed wording.</li>
<li>Confidentiality, &ldquo;non-derogatory&rdquo; clauses and any restrictions on working for competitors.</li>
<li>Pension, bonus, shares, company car and other benefits.</li>
</ul>
<h2>Can you get me more?</h2>
<p>Often, yes. If the offer looks low we will explain why and, with your agreement, negotiate with your
 employer or its solicitors. Clients regularly come away with a higher payment, a longer notice period or a
 better reference.</p>
<h2>How quickly can it be done?</h2>
<p>Employers often set a deadline, so we prioritise these. Most agreements are reviewed, explained and signed
 within two to three working days. The meeting can be in our office, by phone or by video, and you can sign
 electronically. Please don&rsquo;t sign anything before you have had advice &mdash; just email the draft to us
 with your phone number and we&rsquo;ll take it from there.</p>""",
    "employment",
)


_ACAS = _banner(
    "ACAS Early Conciliation &amp; Tribunal Time Limits",
    "Deadlines in employment law are short and strict",
    crumbs=[("Employment Law", "/employment-law/")],
) + _main(
    """<h2>Three months less one day</h2>
<p>For most employment tribunal claims &mdash; including unfair dismissal, discrimination, unpaid wages and
 holiday pay &mdash; the time limit is <strong>three months less one day</strong>. For a dismissal it runs from
 your last day of employment (the &ldquo;effective date of termination&rdquo;); for discrimination, from the act
 you are complaining about, or the last in a series of acts. So if your employment ended on 10 June, you must
 start the process by 9 September.</p>
<p>A few claims have longer: a claim for a statutory redundancy payment, or for equal pay, normally has six
 months.</p>
<p>Appealing against your dismissal or raising a grievance does <strong>not</strong> stop the clock. Don&rsquo;t
 wait for the outcome before getting advice.</p>
<h2>ACAS early conciliation comes first</h2>
<p>Before you can issue almost any tribunal claim you must notify ACAS (the Advisory, Conciliation and
 Arbitration Service), using the online form on the ACAS website or by phone. This step is compulsory: a claim
 without an early conciliation certificate number will be rejected. A conciliator then contacts you and your
 employer to see whether the dispute can be settled without a hearing. Conciliation can last up to six
 weeks.</p>
<p>While conciliation is going on, the time limit is paused. When it ends ACAS issues a certificate, and you
 always have at least one month from the date you receive it to present your claim. The calculation can be
 tricky, so we confirm your exact deadline in writing.</p>
<h2>The employment tribunal</h2>
<p>There is no fee to bring a claim. Claims from Bolton are usually heard by the Manchester Employment Tribunal
 at Alexandra House, though many preliminary hearings, and some full hearings, now take place by video. Most
 claims settle before a final hearing, often through ACAS.</p>
<h2>Missed the deadline?</h2>
<p>A tribunal will only accept a late unfair dismissal claim if it was &ldquo;not reasonably practicable&rdquo;
 to claim in time, and a late discrimination claim only if it is &ldquo;just and equitable&rdquo;. Both are
 exceptions, not the rule &mdash; so call us as soon as you can.</p>""",
    "employment",
)


_RTA = _banner(
    "Road Traffic Accident Claims",
    "Drivers, passengers, cyclists, motorcyclists and pedestrians",
    crumbs=[("Personal Injury", None)],
) + _main(
    """<h2>Hurt in a crash that wasn&rsquo;t your fault?</h2>
<p>Whether you were shunted from behind on the A666, knocked off your bike on Chorley New Road or hit on a
 zebra crossing, we claim compensation for your injuries and losses from the insurer of the driver at fault.
 Our road traffic team has handled thousands of claims for people across Bolton and Greater Manchester.</p>
<h2>Whiplash and the Official Injury Claim portal</h2>
<p>Since 31 May 2021, drivers and passengers aged 18 or over whose injuries are worth &pound;5,000 or less
 must claim through the government&rsquo;s Official Injury Claim (OIC) portal, and whiplash lasting up to two
 years is valued using a fixed tariff. Because insurers no longer pay the legal costs of these smaller claims,
 many firms have stopped taking them on. <strong>We haven&rsquo;t.</strong> We still handle whiplash and portal
 claims, on our usual no win, no fee terms, so you don&rsquo;t have to deal with the insurer on your own.</p>
<p>The portal does not apply to pedestrians, cyclists, motorcyclists or children, or to injuries worth more
 than &pound;5,000; those claims follow the ordinary route.</p>
<h2>Passengers</h2>
<p>As a passenger you can claim against the insurance of whichever driver was to blame &mdash; even the driver
 of the car you were in, and even if they are a friend or relative. The claim is against their insurer, not
 them personally.</p>
<h2>Hit-and-run and uninsured drivers</h2>
<p>If the other driver drove off, can&rsquo;t be traced or had no insurance, you can still claim through the
 Motor Insurers&rsquo; Bureau (MIB), which compensates victims in exactly these situations. Report the accident
 to the police as soon as possible &mdash; for an untraced driver the MIB normally expects a report within 14
 days for an injury claim &mdash; and keep the police reference number.</p>
<h2>More than just compensation</h2>
<ul>
<li>A medical examination at a clinic in Bolton, usually within a few weeks</li>
<li>Physiotherapy and other rehabilitation arranged locally, often paid for by the insurer up front</li>
<li>A like-for-like replacement vehicle while yours is off the road, if you weren&rsquo;t at fault</li>
<li>Repairs, or the value of your vehicle if it is written off</li>
</ul>
<h2>At the scene</h2>
<p>If you can, exchange names, addresses, registration numbers and insurance details, take photos of the
 vehicles and the road, note any witnesses, and save dashcam or helmet-camera footage.</p>""",
    "injury",
)


_WORK = _banner(
    "Accidents at Work, Slips &amp; Trips",
    "Injured at work or in a public place? You may be able to claim",
    crumbs=[("Personal Injury", None)],
) + _main(
    """<h2 id="accidents-at-work">Injured at work</h2>
<p>Your employer has a legal duty to keep you safe: proper training, safe equipment and machinery, protective
 equipment, risk assessments for jobs like heavy lifting, and enough staff to do the work safely. If you were
 hurt because they fell short, you can claim &mdash; full-time, part-time, zero-hours or agency.</p>
<p><strong>Worried about your job?</strong> It is against the law for your employer to sack you, cut your
 hours or treat you badly because you have made a claim. Every employer in Great Britain must carry
 employers&rsquo; liability insurance, so compensation is paid by the insurer, not out of your boss&rsquo;s
 pocket or your colleagues&rsquo; wages. If you are dismissed or penalised for claiming, our employment team
 can act on that too.</p>
<p>Make sure the accident goes in the accident book, tell your manager in writing, and see your GP or go to
 A&amp;E. If you are off work for more than seven days, your employer must report it to the Health and Safety
 Executive under RIDDOR.</p>
<p>Common claims include lifting and manual handling injuries, falls from ladders and scaffolding, forklift
 accidents, unguarded machinery and slips on wet warehouse floors.</p>
<h2 id="slips-and-trips">Slips, trips and falls in public places</h2>
<p><strong>Pavements and roads.</strong> Broken or raised paving slabs, potholes and missing drain covers are
 the responsibility of the highway authority &mdash; for most streets in Bolton that is Bolton Council
 (motorways and some major A-roads belong to National Highways). The council can defend a claim if it shows it
 had a reasonable system of inspection and repair, so we ask for its inspection records. Councils often treat
 a trip hazard of around 25mm (an inch) as needing repair, but there is no hard-and-fast rule: location and
 footfall matter.</p>
<p><strong>Shops, supermarkets, restaurants and other premises.</strong> The occupier must take reasonable
 care of visitors &mdash; cleaning up spillages promptly, putting out warning signs and fixing loose mats and
 flooring.</p>
<h2>Evidence that makes a difference</h2>
<ul>
<li>Photograph the defect as soon as you can, with something for scale &mdash; a coin, a tape measure or your
 foot</li>
<li>Note the exact spot (nearest house number, shop or lamppost)</li>
<li>Get names and phone numbers of witnesses</li>
<li>Report it to the shop or site manager, ask for a copy of the incident report and ask them to keep any
 CCTV</li>
<li>Keep the shoes you were wearing</li>
</ul>""",
    "injury",
)


_NWNF = (
    _banner(
        "No Win, No Fee Explained",
        "No upfront costs and you keep at least 75% of your compensation",
        crumbs=[("Personal Injury", None)],
    )
    + _main(
        """<p>We run every personal injury claim on a <strong>no win, no fee</strong> basis, known formally as a
 Conditional Fee Agreement (CFA). There is nothing to pay up front and no hidden admin charges. This is exactly
 how it works.</p>
<h2>If you lose</h2>
<p>You pay us nothing. Under the rules on &ldquo;qualified one-way costs shifting&rdquo; you will not normally
 have to pay the other side&rsquo;s legal costs either, unless the court finds your claim was fundamentally
 dishonest. We also take out after-the-event (ATE) insurance for you, which covers expenses such as medical
 report fees and court fees if the claim fails, so you are not left with those bills.</p>
<h2>If you win</h2>
<p>The other side pays most of our legal costs. A deduction is then made from your compensation to cover:</p>
<ul>
<li>our success fee &mdash; a percentage uplift on our basic charges for the risk of not being paid; and</li>
<li>the ATE insurance premium, which is only payable if you win.</li>
</ul>
<h2>Our 25% guarantee</h2>
<p>The law caps the success fee at 25% of your compensation for pain and suffering and past losses. We go
 further: <strong>the total we deduct &mdash; success fee, insurance premium and any costs not recovered from
 the other side, including VAT &mdash; will never be more than 25% of your compensation.</strong> You keep at
 least 75%, and often more.</p>
<table class="table">
<thead><tr><th>Compensation awarded</th><th>Maximum deduction</th><th>You receive at least</th></tr></thead>
<tbody>
<tr><td>&pound;3,000</td><td>&pound;750</td><td>&pound;2,250</td></tr>
<tr><td>&pound;8,000</td><td>&pound;2,000</td><td>&pound;6,000</td></tr>
<tr><td>&pound;25,000</td><td>&pound;6,250</td><td>&pound;18,750</td></tr>
</tbody>
</table>
<h2>Can I change my mind?</h2>
<p>You can cancel within 14 days of signing without paying anything. After that, if you end the agreement
 against our advice, you may have to pay our basic charges for the work done so far. If we advise that your
 claim is unlikely to succeed and we stop acting, you pay nothing.</p>
<h2>No cash incentives, no referral fees</h2>
<p>We don&rsquo;t pay anyone to pass us claims, and we don&rsquo;t offer cash, vouchers or phones for signing
 up. Our work comes from local people and their recommendations.</p>
<p><em>This page is about personal injury claims. Employment claims are funded differently &mdash; see our
 <a href="/fees/">fees page</a>.</em></p>""",
        "injury",
    )
    + _reviews("Trusted by Bolton families")
)


_COMPENSATION = _banner(
    "How Compensation Is Worked Out",
    "What you can claim for, and the time limits for claiming",
    crumbs=[("Personal Injury", None)],
) + _main(
    """<h2>Two parts to every claim</h2>
<h3>1. General damages: the injury itself</h3>
<p>This compensates you for pain, suffering and the effect on your everyday life (&ldquo;loss of
 amenity&rdquo;). Judges value it using the Judicial College Guidelines, which set brackets for different
 injuries, and awards made in similar cases. The independent medical report is key: it describes the injury,
 how long recovery should take and any lasting effects. Smaller whiplash claims are valued differently &mdash;
 see our <a href="/personal-injury/road-traffic-accidents/">road traffic accidents</a> page.</p>
<h3>2. Special damages: your financial losses</h3>
<ul>
<li>Lost earnings after tax, including overtime and bonuses, and future losses if you can&rsquo;t go back to
 the same work</li>
<li>Care and help from family or friends, even if they weren&rsquo;t paid &mdash; for example a partner taking
 time off work to look after you, or relatives doing your shopping and cleaning. It is claimed at a discounted
 carer&rsquo;s hourly rate, or as their actual lost wages if they gave up paid work to help.</li>
<li>Travel to medical appointments (mileage or taxi fares) and hospital parking</li>
<li>Prescriptions, physiotherapy and private treatment</li>
<li>Damaged clothing, phones and glasses</li>
<li>Equipment or adaptations you need because of your injury</li>
</ul>
<p>Keep receipts and a simple diary of who helped you and for how long. If you received certain state benefits
 because of your injury, the Compensation Recovery Unit may take them back from the loss-of-earnings part of
 your award &mdash; but never from your general damages.</p>
<h2>Getting paid</h2>
<p>Most claims end with a single lump sum. If the other side admits fault and you are out of pocket, we can
 ask for interim payments while the claim continues. Compensation for a child must be approved by a court and
 is usually invested in the Court Funds Office until they turn 18.</p>
<h2 id="time-limits">Time limits</h2>
<p>You generally have <strong>three years</strong> from the date of the accident to start court proceedings
 (or from when you first knew your injury was linked to it). For children the three years runs from their 18th
 birthday, so they have until they turn 21. There is no time limit while someone lacks the mental capacity to
 manage a claim. Don&rsquo;t leave it to the last few months: insurers and witnesses take time to trace, and
 we may not be able to take on a claim very close to the deadline.</p>""",
    "injury",
)


_WILLS = (
    _banner(
        "Wills &amp; Lasting Powers of Attorney",
        "Plan ahead and protect the people who matter",
        crumbs=[("Wills &amp; Probate", None)],
    )
    + _main(
        """<h2>Why make a will?</h2>
<p>Without a will, the law decides who inherits &mdash; and an unmarried partner gets nothing, however long
 you have been together. A will lets you choose your executors, leave gifts to the people and causes you care
 about, and name guardians for children under 18.</p>
<h2>Wills we prepare</h2>
<ul>
<li><strong>Single wills</strong> for one person.</li>
<li><strong>Mirror wills</strong> for couples who want to leave everything to each other, then to the same
 people.</li>
<li><strong>Wills with a property protection trust</strong>, which ring-fence your share of the home for your
 children if your partner later remarries.</li>
<li><strong>Islamic wills</strong>, drafted so your estate passes according to the fixed Islamic inheritance
 shares, with up to one third left as a bequest (wasiyya) to whoever you choose, while remaining valid under
 English law.</li>
</ul>
<h2>When to update your will</h2>
<p>Getting married or entering a civil partnership <strong>cancels any will you made before</strong>, unless
 it was written specifically with that marriage in mind &mdash; so couples planning a wedding should make new
 wills afterwards, or wills &ldquo;in contemplation of marriage&rdquo; beforehand. Divorce does not cancel a
 will but treats your ex as if they had died. Review your will every five years, and whenever you have
 children, move house or someone named in it dies.</p>
<h2>How it works</h2>
<p>We meet you for about an hour to go through your wishes, send a draft within ten working days, and then you
 sign in front of two independent witnesses, which we provide. We keep the original in our fireproof deeds room
 free of charge and register it on the Certainty National Will Register so it can be found when needed.</p>
<h2 id="lasting-powers-of-attorney">Lasting powers of attorney</h2>
<p>A lasting power of attorney (LPA) lets you choose people you trust to make decisions for you if you become
 unable to make them yourself, through illness, an accident or dementia. There are two types:</p>
<ul>
<li><strong>Property and financial affairs</strong> &mdash; paying bills, dealing with banks and pensions,
 selling a house. With your permission it can be used while you still have capacity.</li>
<li><strong>Health and welfare</strong> &mdash; decisions about care, where you live and medical treatment.
 It can only be used once you can&rsquo;t decide for yourself.</li>
</ul>
<p>An LPA can only be made while the person still understands what they are signing, so it is best done early;
 a diagnosis of early memory problems doesn&rsquo;t automatically mean it is too late, but please don&rsquo;t
 wait. A certificate provider must confirm that you understand the LPA and aren&rsquo;t under pressure &mdash;
 our solicitors can do this. The LPA must then be registered with the Office of the Public Guardian before it
 can be used, which can take several weeks; allow up to four months.</p>""",
        "wills",
    )
    + _reviews()
)


_PROBATE = _banner(
    "Probate &amp; Estate Administration",
    "Practical, patient help when someone has died",
    crumbs=[("Wills &amp; Probate", None)],
) + _main(
    """<p>When someone dies, their money and property (their &ldquo;estate&rdquo;) must be collected in, debts and
 tax paid, and what is left passed to the right people. We can take as much or as little of this off your hands
 as you want.</p>
<h2>Is there a will?</h2>
<p>If there is a will, the executors named in it apply for a <strong>grant of probate</strong>. If there is no
 will, the closest relative applies for <strong>letters of administration</strong> and the estate passes under
 the intestacy rules:</p>
<ul>
<li>A husband, wife or civil partner receives the personal belongings, the first &pound;322,000 and half of
 the rest; the children share the other half.</li>
<li>With no spouse or civil partner, the children share everything equally (a child who has died is replaced
 by their own children).</li>
<li>With no children, the estate goes to parents, then brothers and sisters, then more distant relatives.</li>
<li>Unmarried partners and stepchildren receive nothing under the rules.</li>
</ul>
<h2>Do you need probate at all?</h2>
<p>Not always. If everything was held jointly with a spouse, or the estate is small, banks may release money
 without a grant &mdash; each has its own limit. A house in the deceased&rsquo;s sole name almost always needs
 a grant before it can be sold or transferred.</p>
<h2>Inheritance tax</h2>
<p>Inheritance tax is charged at 40% above the &pound;325,000 nil-rate band. An extra residence nil-rate band
 of up to &pound;175,000 applies when a home is left to children or grandchildren, and unused allowances can
 pass to a surviving spouse, so a married couple may be able to leave up to &pound;1 million tax-free. Tax due
 must be paid before the grant is issued, and interest runs from the end of the sixth month after the
 death.</p>
<h2>Our two services</h2>
<ul>
<li><strong>Grant-only:</strong> we prepare the inheritance tax forms and the probate application and obtain
 the grant; you then collect the money and share it out.</li>
<li><strong>Full estate administration:</strong> we deal with everything &mdash; banks, pensions, the house,
 tax, debts, notices to creditors in The Gazette, estate accounts and paying the beneficiaries.</li>
</ul>
<h2>How long does it take?</h2>
<p>The Probate Registry currently takes around 8&ndash;16 weeks to issue a grant once the application is
 submitted. You can put a house on the market before then, but the sale can&rsquo;t complete until the grant
 has been issued. A straightforward estate usually takes 9&ndash;12 months from start to finish.</p>""",
    "wills",
)


_FEES = _banner(
    "Our Fees", "Clear prices, published in full. All prices correct from 1 April 2025.", crumbs=[]
) + _main(
    """<p>VAT is charged at 20%. Where we can offer a fixed fee, we do. If something unexpected would increase
 the cost, we tell you before doing the work.</p>
<h2>Wills and lasting powers of attorney</h2>
<table class="table fees-table">
<thead><tr><th>Service</th><th>Fee</th><th>Including VAT</th></tr></thead>
<tbody>
<tr><td>Single will</td><td>&pound;195 + VAT</td><td>&pound;234</td></tr>
<tr><td>Mirror wills (couple)</td><td>&pound;295 + VAT</td><td>&pound;354</td></tr>
<tr><td>Islamic will (per person)</td><td>&pound;250 + VAT</td><td>&pound;300</td></tr>
<tr><td>Wills with property protection trust (couple)</td><td>&pound;495 + VAT</td><td>&pound;594</td></tr>
<tr><td>One LPA (either type)</td><td>&pound;350 + VAT</td><td>&pound;420</td></tr>
<tr><td>Both LPAs for one person</td><td>&pound;550 + VAT</td><td>&pound;660</td></tr>
<tr><td>Both LPAs for a couple (four documents)</td><td>&pound;950 + VAT</td><td>&pound;1,140</td></tr>
<tr><td>Storage of your original will</td><td colspan="2">Free</td></tr>
</tbody>
</table>
<p class="is-small">The Office of the Public Guardian also charges &pound;82 to register each LPA (no VAT).
 This is halved for people earning under &pound;12,000 a year, and waived for those on certain means-tested
 benefits.</p>
<h2>Probate</h2>
<table class="table fees-table">
<thead><tr><th>Service</th><th>Fee</th></tr></thead>
<tbody>
<tr><td>Grant-only, no inheritance tax payable</td><td>&pound;1,250 + VAT (&pound;1,500)</td></tr>
<tr><td>Grant-only, full inheritance tax account needed</td><td>from &pound;2,250 + VAT</td></tr>
<tr><td>Full estate administration</td><td>1.5% of the gross estate + VAT, minimum &pound;2,750 + VAT</td></tr>
</tbody>
</table>
<p class="is-small">Typical disbursements: probate court fee &pound;300 (estates over &pound;5,000); notice in
 The Gazette about &pound;95 + VAT; bankruptcy searches &pound;2 per beneficiary. Probate fees are normally paid
 from the estate at the end, not by the executors personally.</p>
<h2>Employment</h2>
<table class="table fees-table">
<thead><tr><th>Service</th><th>Fee</th></tr></thead>
<tbody>
<tr><td>Initial advice appointment (up to one hour)</td><td>&pound;150 + VAT (&pound;180)</td></tr>
<tr><td>Tribunal claim for unfair or wrongful dismissal &ndash; simple</td><td>&pound;3,500&ndash;&pound;7,500
 + VAT</td></tr>
<tr><td>Tribunal claim &ndash; medium complexity</td><td>&pound;7,500&ndash;&pound;15,000 + VAT</td></tr>
<tr><td>Tribunal claim &ndash; high complexity</td><td>&pound;15,000&ndash;&pound;25,000 + VAT</td></tr>
<tr><td>Barrister at final hearing</td><td>&pound;1,000&ndash;&pound;3,000 + VAT per day</td></tr>
</tbody>
</table>
<p>Instead of paying as you go, strong tribunal claims can be run under a <strong>damages-based
 agreement</strong>: you pay nothing if you lose, and if you win we take up to 35% (including VAT) of the
 money recovered. We ask for &pound;500 on account before starting hourly-rate work.</p>
<h2>Hourly rates</h2>
<p>Directors &pound;250 + VAT; solicitors and chartered legal executives &pound;195 + VAT; trainee solicitor
 &pound;120 + VAT.</p>
<p>Personal injury claims are run on a no win, no fee basis &mdash; see
 <a href="/personal-injury/no-win-no-fee/">No Win No Fee Explained</a>.</p>
<h2>Paying us</h2>
<p>We accept debit and credit cards (not American Express) in the office or over the phone, and bank transfer.
 We never change our bank details by email &mdash; always phone us to check before sending money. We do not
 accept cash payments over &pound;500. Will and LPA fees are paid when you sign.</p>""",
    "help",
)


_FREE = _banner(
    "Free 20-Minute Phone Assessment",
    "Talk it through with a solicitor &mdash; and what to bring to your first appointment",
    crumbs=[],
) + _main(
    """<h2>Talk to a solicitor, free</h2>
<p>Not sure whether you have a case, or whether it&rsquo;s worth pursuing? Book a free 20-minute phone
 assessment. You&rsquo;ll speak to a qualified solicitor or chartered legal executive from the right team
 &mdash; not a call centre &mdash; who will:</p>
<ul>
<li>listen to what has happened;</li>
<li>tell you honestly whether you are likely to have a claim;</li>
<li>flag any deadlines you need to know about;</li>
<li>explain how the work could be paid for and what happens next.</li>
</ul>
<p>There is no charge and no obligation to instruct us. The assessment is for employment, personal injury and
 probate enquiries. For wills and lasting powers of attorney there&rsquo;s no need &mdash; just book an
 appointment with our wills team.</p>
<h2>How to book</h2>
<p>Fill in the form below or call reception. We&rsquo;ll ring you back at a time that suits you, usually
 within one working day. If you&rsquo;re contacting us about a problem at work, tell us if you&rsquo;d rather we
 didn&rsquo;t call during working hours or leave voicemails.</p>
<div class="wpcf7 no-js" id="wpcf7-f212-p58-o1" lang="en-GB" dir="ltr">
<form action="/free-phone-assessment/#wpcf7-f212-p58-o1" method="post" class="wpcf7-form init" novalidate>
<p><label>Your name<br><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40"
 class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" type="text" name="your-name"></span></label></p>
<p><label>Phone number<br><span class="wpcf7-form-control-wrap" data-name="your-tel"><input size="40"
 class="wpcf7-form-control wpcf7-tel wpcf7-validates-as-required" type="tel" name="your-tel"></span></label></p>
<p><label>What is it about?<br><span class="wpcf7-form-control-wrap" data-name="area"><select
 class="wpcf7-form-control wpcf7-select" name="area"><option value="Employment">Employment</option>
<option value="Personal injury">Personal injury</option><option value="Probate">Probate</option></select>
</span></label></p>
<p><label>Best time to call<br><span class="wpcf7-form-control-wrap" data-name="time"><input size="40"
 class="wpcf7-form-control wpcf7-text" type="text" name="time"></span></label></p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner button primary" type="submit"
 value="Request my call back"></p>
</form>
</div>
<h2 id="what-to-bring">What to bring to your first appointment</h2>
<p><strong>Everyone:</strong> one form of photo ID (passport or driving licence) and proof of address dated
 within the last three months, such as a utility bill, bank statement or council tax bill. The law requires us
 to check these.</p>
<p><strong>Employment:</strong> your contract and staff handbook, your last three payslips, any letters about
 disciplinary action, dismissal or redundancy, grievance notes, the draft settlement agreement if you have one,
 and a short timeline of what happened.</p>
<p><strong>Personal injury:</strong> the date, time and place of the accident, photos, the other
 party&rsquo;s details (registration number and insurer for road accidents), witness names, any police or
 incident reference number, your GP and hospital details, and receipts for anything you&rsquo;ve paid
 for.</p>
<p><strong>Wills:</strong> a list of what you own and roughly what it&rsquo;s worth, and the full names and
 addresses of your executors, beneficiaries and any guardians.</p>
<p><strong>Probate:</strong> the death certificate, the original will if there is one, and recent statements
 for bank accounts, pensions and insurance policies.</p>""",
    "help",
)


_LANGUAGES = _banner("Languages, Interpreters &amp; Home Visits", "Legal help that fits around you", crumbs=[]) + _main(
    """<h2>Speak to us in your own language</h2>
<p>Legal advice is hard enough in your first language, let alone your second. Members of our team speak
 <strong>Urdu, Punjabi, Gujarati and Hindi</strong> and can hold your whole appointment in those languages:</p>
<ul>
<li>Imran Rahman &mdash; Urdu and Punjabi</li>
<li>Hetal Patel &mdash; Gujarati and Hindi</li>
<li>Sana Hussain &mdash; Urdu</li>
</ul>
<p>When a will or lasting power of attorney is made for someone who doesn&rsquo;t read English well, the
 solicitor goes through the whole document with them in their own language before signing, and the will
 records that this was done.</p>
<h2>Interpreters for other languages</h2>
<p>For any other language &mdash; including Polish, Arabic, Bengali, Kurdish Sorani, Romanian and British
 Sign Language &mdash; we book a qualified professional interpreter, in person or by phone. For employment and
 personal injury clients there is no charge for this. For wills, powers of attorney and probate we pass on the
 interpreter&rsquo;s fee at cost, usually &pound;40 to &pound;60 an hour, and tell you beforehand.</p>
<p>Family and friends are welcome to come along for support, but for wills and powers of attorney we
 can&rsquo;t use anyone who might benefit, or who is named as an attorney, as the interpreter. It protects you,
 and it protects them.</p>
<h2>Home, hospital and care home visits</h2>
<p>If getting to our office is difficult because of age, illness, disability or caring responsibilities, we
 will come to you &mdash; at home, in hospital or in a care home.</p>
<ul>
<li><strong>Free</strong> anywhere in the borough of Bolton, including Farnworth, Kearsley, Little Lever,
 Horwich, Blackrod and Westhoughton</li>
<li><strong>&pound;60 + VAT</strong> elsewhere within 15 miles of our office</li>
<li>Seriously injured personal injury clients: hospital visits anywhere in the North West at no charge</li>
</ul>
<p>Home visits take place Monday to Friday during office hours. For will signings we bring two members of
 staff to act as witnesses. Please let the care home or ward know we are coming.</p>
<h2>Video and phone appointments</h2>
<p>Many meetings can be held by video &mdash; Zoom, Microsoft Teams or WhatsApp video &mdash; or simply by
 phone, if that is easier for you.</p>""",
    "help",
)


_LEI = _banner(
    "Legal Expenses Insurance", "You may already be covered for legal costs without knowing it", crumbs=[]
) + _main(
    """<h2>Check your policies</h2>
<p>Many people pay for legal expenses insurance without realising it. It is often included, or added for
 around &pound;20&ndash;&pound;30 a year, in:</p>
<ul>
<li>home and contents insurance (&ldquo;family legal protection&rdquo; or &ldquo;legal expenses
 cover&rdquo;);</li>
<li>car insurance (&ldquo;motor legal protection&rdquo;);</li>
<li>some packaged bank accounts and credit cards;</li>
<li>trade union membership, which often includes free legal advice and representation for problems at
 work.</li>
</ul>
<p>Cover commonly pays legal costs of up to &pound;50,000 or &pound;100,000 for employment disputes and
 personal injury claims. Look for &ldquo;legal expenses&rdquo; on your policy schedule, or send it to us and
 we&rsquo;ll check it for free.</p>
<h2>How claiming on the policy works</h2>
<ol>
<li>You report the problem to your insurer&rsquo;s legal helpline, usually as soon as it arises.</li>
<li>The insurer checks the case has &ldquo;reasonable prospects of success&rdquo; &mdash; typically better
 than a 51% chance of winning.</li>
<li>An excess may apply.</li>
<li>The insurer may first refer you to one of its own panel firms.</li>
</ol>
<h2>Your right to choose your own solicitor</h2>
<p>Under the Insurance Companies (Legal Expenses Insurance) Regulations 1990 you have the right to choose your
 own solicitor once court or tribunal proceedings are issued, or if there is a conflict of interest. Some
 policies allow it from the start. If you&rsquo;d like us to act, tell your insurer and we&rsquo;ll deal with
 them directly, including agreeing our rates.</p>
<h2>Good to know</h2>
<ul>
<li>The policy must have been in force when the problem started &mdash; you can&rsquo;t take out cover
 afterwards for an existing dispute.</li>
<li>Motor legal protection usually also helps you recover uninsured losses, such as your policy excess.</li>
<li>If you&rsquo;re a union member, check with your union before instructing us, as their help may be
 free.</li>
</ul>""",
    "help",
)


def _person(name, role, bio, img):
    return f"""<div id="col-{_id()}" class="col medium-6 small-12 large-6"><div class="col-inner">
<div class="box has-hover has-hover box-text-bottom">
<div class="box-image"><div class=""><img width="400" height="400" src="/wp-content/uploads/2023/02/{img}"
 alt="{name}" loading="lazy"/></div></div>
<div class="box-text text-left"><div class="box-text-inner">
<h4 class="uppercase"><span>{name}</span></h4>
<p class="uppercase is-xsmall"><span>{role}</span></p>
<div class="is-divider divider clearfix" style="max-width:30px;"></div>
<p>{bio}</p>
</div></div>
</div>
</div></div>"""


_TEAM = (
    _banner("Meet the Team", "Local people, straight talking, on your side", crumbs=[])
    + _main(
        """<p>We are a small firm, and that is deliberate: you&rsquo;ll know who is dealing with your case, and
 you&rsquo;ll be able to reach them.</p>
<div class="row row-small" id="row-team">
"""
        + _person(
            "Joanne Entwistle",
            "Director &middot; Head of Employment",
            "Joanne qualified as a solicitor in 2004 and spent eight years at a large Manchester firm before "
            "co-founding Entwistle Rahman in 2011. She handles unfair dismissal, whistleblowing, discrimination and "
            "settlement agreement work and is a member of the Employment Lawyers Association. Joanne grew up in "
            "Astley Bridge and is a Wanderers season-ticket holder. She is our Compliance Officer for Legal Practice.",
            "joanne-entwistle.jpg",
        )
        + _person(
            "Imran Rahman",
            "Director &middot; Head of Personal Injury",
            "Imran was admitted as a solicitor in 2008 and is an APIL Senior Litigator. He leads our road traffic "
            "accident work and runs our more serious injury cases, including fractures, head and spinal injuries. "
            "He is our Compliance Officer for Finance and Administration, and coaches an under-11s cricket team in "
            "Great Lever.",
            "imran-rahman.jpg",
        )
        + _person(
            "Hetal Patel",
            "Associate Solicitor &middot; Wills, LPAs &amp; Probate",
            "Hetal heads our private client work: wills, lasting powers of attorney and probate, including full "
            "estate administration. Qualified in 2013, she joined us in 2017. She is a full member of STEP, the "
            "Society of Trust and Estate Practitioners, and a Dementia Friends Champion, with a particular interest "
            "in helping older and vulnerable clients plan ahead.",
            "hetal-patel.jpg",
        )
        + _person(
            "Daniel Fogarty",
            "Chartered Legal Executive (FCILEx) &middot; Personal Injury",
            "Daniel deals with accidents at work and claims for slips and trips in public places and shops. Before "
            "training in law he spent ten years working in warehousing and logistics, so he knows how workplaces "
            "really run.",
            "daniel-fogarty.jpg",
        )
        + _person(
            "Sana Hussain",
            "Trainee Solicitor",
            "Sana is in the second year of her training contract, working with our employment and private client "
            "teams. She studied law at the University of Manchester. All of her work is supervised by a director.",
            "sana-hussain.jpg",
        )
        + _person(
            "Karen Lomax",
            "Practice Manager",
            "Karen is usually the first voice you hear when you ring. She runs the office, manages the diaries and "
            "keeps everything moving, and has worked in Bolton law firms for 25 years.",
            "karen-lomax.jpg",
        )
        + """
</div>"""
    )
    + _reviews()
)


_COMPLAINTS = _banner("Complaints &amp; Regulation", "How to raise a concern, and who regulates us", crumbs=[]) + _main(
    """<h2>Our complaints procedure</h2>
<p>We want to get things right. If you&rsquo;re unhappy with our service or our bill, please tell us &mdash;
 most concerns can be sorted out quickly.</p>
<ol>
<li><strong>Speak first to the person handling your matter</strong>, or their supervisor.</li>
<li><strong>If that doesn&rsquo;t resolve it</strong>, write to our Complaints Partner, Joanne Entwistle, at
 our office address or <a href="mailto:complaints@entwistlerahman.co.uk">complaints@entwistlerahman.co.uk</a>.
 If your complaint is about Joanne, write to Imran Rahman instead.</li>
<li>We will acknowledge your complaint within <strong>three working days</strong> and explain what happens
 next.</li>
<li>We will investigate and send you a full written response within <strong>eight weeks</strong> of receiving
 your complaint.</li>
</ol>
<p>Complaining costs nothing and will not affect how we handle your case.</p>
<h2>The Legal Ombudsman</h2>
<p>If you&rsquo;re still unhappy with our final response, or we haven&rsquo;t resolved your complaint within
 eight weeks, you can ask the Legal Ombudsman to look at it. You must normally contact the Ombudsman within six
 months of our final response, and no more than one year after the problem happened (or after you should
 reasonably have known about it).</p>
<p>Legal Ombudsman, PO Box 6167, Slough SL1 0EH &middot; 0300 555 0333 &middot;
 enquiries@legalombudsman.org.uk &middot; <a href="https://www.legalombudsman.org.uk"
 rel="noopener" target="_blank">www.legalombudsman.org.uk</a></p>
<p>If your complaint is about our bill, you may also be able to ask the court to assess it under Part III of
 the Solicitors Act 1974.</p>
<h2>Regulation</h2>
<p>Entwistle Rahman Solicitors Ltd is authorised and regulated by the Solicitors Regulation Authority
 (<strong>SRA number 648213</strong>) and must follow the SRA Standards and Regulations, which you can read at
 <a href="https://www.sra.org.uk" rel="noopener" target="_blank">www.sra.org.uk</a>. Registered in England and
 Wales, company number 07561204. VAT number 118 4472 06.</p>
<p>If you are concerned about the behaviour of anyone at the firm &mdash; for example dishonesty, the way your
 money has been handled, or unfair treatment because of a protected characteristic &mdash; you can report it to
 the SRA.</p>
<p>We hold professional indemnity insurance with a qualifying insurer; details of the insurer and the
 territorial coverage are available on request.</p>
<p>We are not authorised by the Financial Conduct Authority. However, we are included on the register
 maintained by the FCA so that we can carry out insurance distribution activity, such as arranging
 after-the-event insurance for personal injury clients. The register can be accessed via the FCA website.</p>""",
    "help",
)


_CONTACT = _banner("Contact Us", "Call, email or visit us in Bolton town centre", crumbs=[]) + _main(
    """<div class="row row-small" id="row-contact-details">
<div class="col medium-6 small-12 large-6"><div class="col-inner">
<h3>Our office</h3>
<p>Entwistle Rahman Solicitors<br>2nd Floor, Silverwell House<br>12 Silverwell Street<br>Bolton BL1 1PP</p>
<p><a href="tel:+441204558240">01204 558 240</a><br>
<a href="mailto:enquiries@entwistlerahman.co.uk">enquiries@entwistlerahman.co.uk</a></p>
<p><a href="https://www.google.com/maps/search/?api=1&amp;query=Silverwell+Street+Bolton+BL1+1PP"
 target="_blank" rel="noopener" class="button secondary is-outline is-small"><span>Open in Google
 Maps</span></a></p>
</div></div>
<div class="col medium-6 small-12 large-6"><div class="col-inner">
<h3>Opening hours</h3>
<table class="table opening-hours">
<tbody>
<tr><td>Monday</td><td>9.00am &ndash; 5.30pm</td></tr>
<tr><td>Tuesday</td><td>9.00am &ndash; 5.30pm<br><small>evening appointments until 7.30pm</small></td></tr>
<tr><td>Wednesday</td><td>9.00am &ndash; 5.30pm</td></tr>
<tr><td>Thursday</td><td>9.00am &ndash; 5.30pm<br><small>evening appointments until 7.30pm</small></td></tr>
<tr><td>Friday</td><td>9.00am &ndash; 5.00pm</td></tr>
<tr><td>Saturday &amp; Sunday</td><td>Closed</td></tr>
<tr><td>Bank holidays</td><td>Closed</td></tr>
</tbody>
</table>
</div></div>
</div>
<h3>Evening appointments</h3>
<p>Can&rsquo;t get away during the working day? We offer evening appointments on <strong>Tuesdays and
 Thursdays</strong>, with the last appointment starting at 6.30pm. They are available for all our services,
 in the office or by video, and must be booked in advance by calling reception during office hours. Our phone
 lines close at 5.30pm (5pm on Fridays).</p>
<h3>Finding us</h3>
<p>Silverwell House is on Silverwell Street, just off Bradshawgate, a few minutes&rsquo; walk from the town
 centre. Our reception is on the second floor: press the buzzer marked &ldquo;Entwistle Rahman&rdquo; and take
 the lift. There is an accessible toilet on our floor and a hearing loop at reception. We don&rsquo;t see
 drop-in visitors without an appointment, but you are welcome to hand in documents at reception.</p>
<h3>Parking</h3>
<p>We don&rsquo;t have our own car park. The nearest is the pay and display car park on Bow Street, about four
 minutes&rsquo; walk away, at around &pound;1.60 an hour; the Topp Way multi-storey is about eight
 minutes&rsquo; walk. On-street bays on Silverwell Street are limited to two hours. There are two Blue Badge
 bays directly outside the building.</p>
<h3>By bus and train</h3>
<p>Bolton Interchange (trains and buses) is about ten minutes&rsquo; walk. Many bus routes stop on
 Bradshawgate, two minutes away.</p>""",
    "help",
)


_FAQ = _banner("Frequently Asked Questions", "Quick answers to the questions we hear most", crumbs=[]) + _main(
    """<p>Can&rsquo;t find what you&rsquo;re looking for? Call us on 01204 558 240.</p>
<h3>General</h3>
"""
    + _accordion(
        [
            (
                "Do you act for employers as well as employees?",
                "<p>No. In employment matters we only act for employees, workers and job applicants &mdash; never "
                "for employers or business owners. That means we never have a conflict with the people we "
                "represent. If you are an employer looking for advice about a member of staff, you will need a "
                "firm that advises businesses.</p>",
            ),
            (
                "Can you help if I don&rsquo;t live in Bolton?",
                "<p>Yes. Most of our clients are from Bolton and the surrounding towns, but we act for people all "
                "over England and Wales. Much of the work can be done by phone, email and video, and we can deal "
                "with courts and tribunals anywhere in England and Wales.</p>",
            ),
            (
                "Will my employer find out that I&rsquo;ve contacted you?",
                "<p>No. Everything you tell us is confidential. We will never contact your employer without your "
                "clear instructions.</p>",
            ),
            (
                "Is legal aid available?",
                "<p>We don&rsquo;t do legal aid work. Legal aid is not generally available for personal injury "
                "claims, wills or most employment claims in any event; we will talk you through the other ways "
                "your case could be paid for.</p>",
            ),
        ]
    )
    + """
<h3>Personal injury claims</h3>
"""
    + _accordion(
        [
            (
                "How long will my personal injury claim take?",
                "<p>A straightforward road accident claim where the other side admits fault usually settles in "
                "six to nine months. If fault is disputed, allow 12 to 18 months. Claims for serious injuries can "
                "take two to three years or more, because we need to know how you will recover before we can "
                "value the claim properly.</p>",
            ),
            (
                "Will I have to go to court?",
                "<p>Very unlikely. Fewer than 5% of our personal injury claims end in a trial; the rest settle by "
                "agreement. If yours does go to court, we will prepare you thoroughly and be with you on the "
                "day.</p>",
            ),
            (
                "I already have a solicitor for my claim. Can I move it to you?",
                "<p>Yes. If you are unhappy with your current firm, we can take over your claim. We arrange the "
                "transfer of your file, and your previous firm&rsquo;s costs are normally dealt with at the end "
                "of the claim rather than paid by you up front. Check your existing agreement and send us a "
                "copy; we will look at it for you.</p>",
            ),
            (
                "What if the accident was partly my fault?",
                "<p>You can still claim. Your compensation is reduced by a percentage to reflect your share of "
                "the blame (&ldquo;contributory negligence&rdquo;) &mdash; for example, if you weren&rsquo;t "
                "wearing a seat belt and it would have prevented your injury.</p>",
            ),
            (
                "Can I claim after a relative died in an accident?",
                "<p>Yes. Dependants can claim for loss of financial support and services, and a spouse, civil "
                "partner or the parents of a child under 18 can claim a fixed bereavement award, currently "
                "&pound;15,120. We deal with these claims sensitively and at your pace.</p>",
            ),
        ]
    ),
    "help",
)


HTML = {
    "/": _page(
        "/",
        "Employment, Personal Injury &amp; Wills Solicitors in Bolton",
        "Entwistle Rahman Solicitors, Bolton: employment law for employees, no win no fee personal injury "
        "claims, wills, lasting powers of attorney and probate.",
        _HOME,
        "home page-template page-template-page-blank",
    ),
    "/employment-law/": _page(
        "/employment-law/",
        "Employment Law for Employees",
        "Unfair dismissal, redundancy and discrimination advice for employees in Bolton.",
        _EMPLOYMENT,
    ),
    "/employment-law/settlement-agreements/": _page(
        "/employment-law/settlement-agreements/",
        "Settlement Agreements",
        "Fast settlement agreement advice in Bolton, usually paid for by your employer.",
        _SETTLEMENT,
    ),
    "/employment-law/acas-early-conciliation-tribunal-time-limits/": _page(
        "/employment-law/acas-early-conciliation-tribunal-time-limits/",
        "ACAS Early Conciliation &amp; Tribunal Time Limits",
        "Employment tribunal time limits and ACAS early conciliation explained.",
        _ACAS,
    ),
    "/personal-injury/road-traffic-accidents/": _page(
        "/personal-injury/road-traffic-accidents/",
        "Road Traffic Accident Claims",
        "Car, bike, motorbike and pedestrian accident claims in Bolton, including whiplash claims.",
        _RTA,
    ),
    "/personal-injury/accidents-at-work-slips-and-trips/": _page(
        "/personal-injury/accidents-at-work-slips-and-trips/",
        "Accidents at Work, Slips &amp; Trips",
        "Claims for injuries at work and slips, trips and falls on pavements and in shops.",
        _WORK,
    ),
    "/personal-injury/no-win-no-fee/": _page(
        "/personal-injury/no-win-no-fee/",
        "No Win No Fee Explained",
        "How our no win, no fee personal injury agreements work, and our 25% guarantee.",
        _NWNF,
    ),
    "/personal-injury/how-compensation-is-worked-out/": _page(
        "/personal-injury/how-compensation-is-worked-out/",
        "How Compensation Is Worked Out",
        "What personal injury compensation covers and the time limits for making a claim.",
        _COMPENSATION,
    ),
    "/wills-and-lasting-powers-of-attorney/": _page(
        "/wills-and-lasting-powers-of-attorney/",
        "Wills &amp; Lasting Powers of Attorney",
        "Wills, mirror wills, Islamic wills and lasting powers of attorney in Bolton.",
        _WILLS,
    ),
    "/probate/": _page(
        "/probate/",
        "Probate &amp; Estate Administration",
        "Grant-only probate and full estate administration from Bolton solicitors.",
        _PROBATE,
    ),
    "/fees/": _page(
        "/fees/",
        "Our Fees",
        "Fixed fees for wills, LPAs and probate, employment tribunal costs and hourly rates.",
        _FEES,
    ),
    "/free-phone-assessment/": _page(
        "/free-phone-assessment/",
        "Free 20-Minute Phone Assessment",
        "Book a free, no-obligation 20-minute phone assessment with a solicitor.",
        _FREE,
    ),
    "/languages-and-home-visits/": _page(
        "/languages-and-home-visits/",
        "Languages, Interpreters &amp; Home Visits",
        "Appointments in Urdu, Punjabi, Gujarati and Hindi, interpreters, and home and care home visits.",
        _LANGUAGES,
    ),
    "/legal-expenses-insurance/": _page(
        "/legal-expenses-insurance/",
        "Legal Expenses Insurance",
        "How legal expenses insurance on your home or car policy can pay for a solicitor.",
        _LEI,
    ),
    "/our-team/": _page(
        "/our-team/",
        "Meet the Team",
        "Meet the solicitors and staff at Entwistle Rahman Solicitors in Bolton.",
        _TEAM,
    ),
    "/complaints-and-regulation/": _page(
        "/complaints-and-regulation/",
        "Complaints &amp; Regulation",
        "Our complaints procedure, the Legal Ombudsman and SRA regulation.",
        _COMPLAINTS,
    ),
    "/contact/": _page(
        "/contact/",
        "Contact Us",
        "Contact Entwistle Rahman Solicitors, Silverwell Street, Bolton: opening hours, parking and directions.",
        _CONTACT,
    ),
    "/faq/": _page(
        "/faq/",
        "FAQs",
        "Answers to common questions about working with Entwistle Rahman Solicitors.",
        _FAQ,
    ),
}


QUESTIONS = [
    (
        "I've been at my job just over a year and they've sacked me out of the blue, no warnings or anything. "
        "Can I claim unfair dismissal?",
        "/employment-law/",
    ),
    ("how much redundency money should i get, im 46 and been there 9 years", "/employment-law/"),
    (
        "My work have offered me a deal to leave and say I need a solicitor to sign it off. They said they'll "
        "put something towards it, will I have to pay you anything on top?",
        "/employment-law/settlement-agreements/",
    ),
    (
        "I got let go at the start of July, how long have I got to take them to tribunal",
        "/employment-law/acas-early-conciliation-tribunal-time-limits/",
    ),
    (
        "Some lad went into the back of me at the lights on Chorley New Road on Monday and my neck's been stiff "
        "ever since. My mate reckons solicitors won't touch whiplash any more since the law changed, is that right?",
        "/personal-injury/road-traffic-accidents/",
    ),
    (
        "I tripped on a wobbly paving slab on Deansgate and broke my wrist. Who would I actually be claiming against?",
        "/personal-injury/accidents-at-work-slips-and-trips/",
    ),
    (
        "Hurt my back lifting boxes at the warehouse but I'm scared I'll get the sack if I put a claim in",
        "/personal-injury/accidents-at-work-slips-and-trips/",
    ),
    ("if i go no win no fee how much of my compensation do you take", "/personal-injury/no-win-no-fee/"),
    (
        "I had a fall in a supermarket back in late 2022 and never did anything about it. Is it too late to claim now?",
        "/personal-injury/how-compensation-is-worked-out/",
    ),
    (
        "My husband had to take three weeks unpaid off work to look after me after the crash, can we get that "
        "money back as well?",
        "/personal-injury/how-compensation-is-worked-out/",
    ),
    (
        "We're getting married in the summer. Do the wills we made a few years ago still count after the wedding?",
        "/wills-and-lasting-powers-of-attorney/",
    ),
    (
        "My mum's 84 and getting a bit forgetful. We're worried about who'd sort out her bank and bills if she "
        "gets worse, what can we do?",
        "/wills-and-lasting-powers-of-attorney/",
    ),
    (
        "My dad died last month and he never made a will. Who sorts his estate out and what do we need to do?",
        "/probate/",
    ),
    ("How much do you charge for wills for a married couple?", "/fees/"),
    (
        "Can I talk to a solicitor on the phone first to see if I've even got a case, without it costing me anything?",
        "/free-phone-assessment/",
    ),
    (
        "I'm coming in next week about my injury claim, what do I need to bring with me?",
        "/free-phone-assessment/",
    ),
    (
        "My nani only speaks Gujarati and wants to make a will. Is there anyone there who can talk to her in "
        "her own language?",
        "/languages-and-home-visits/",
    ),
    (
        "Dad's in a care home in Westhoughton and can't get into town any more. Could someone come out to him "
        "to do his will?",
        "/languages-and-home-visits/",
    ),
    (
        "Someone at work told me my home insurance might pay for a solicitor for my tribunal claim. How does "
        "that work?",
        "/legal-expenses-insurance/",
    ),
    ("Who's the solicitor that deals with wills and probate there?", "/our-team/"),
    (
        "I'm not happy with the way my case has been handled and I want to make a complaint. What's the process",
        "/complaints-and-regulation/",
    ),
    ("Is there anywhere to park near your office?", "/contact/"),
    (
        "I work 9 till 5 in Manchester so I can't get to you in the day, do you do any appointments after work?",
        "/contact/",
    ),
    (
        "I run a small bakery and one of my staff is threatening to take me to a tribunal. Can you represent me?",
        "/faq/",
    ),
    (
        "I'm already with another firm for my car accident claim but they never ring me back. Can I move it "
        "over to you?",
        "/faq/",
    ),
]


OUT_OF_SCOPE = [
    "My dad has advanced dementia and can't sign anything now. Can you apply to the Court of Protection so I "
    "can look after his money?",
    "I think my aunt was pressured into changing her will just before she died, can you help us challenge it?",
    "The hospital missed my broken ankle for three weeks, do you take on medical negligence cases?",
    "Can you help with my wife's spouse visa application?",
    "My landlord is refusing to give me my deposit back, can you help me get it?",
    "Are you taking on any paralegals or trainee solicitors at the moment?",
    "Can you recommend a good accountant in Bolton to do my self-assessment tax return?",
    "What time does Bolton Market close on a Saturday?",
]
