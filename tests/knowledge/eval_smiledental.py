"""An evaluation site: Pulteney Smile Dental, a private cosmetic and general dental clinic in Bath (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. An Oxygen Builder WordPress site: an
oxy-header-wrapper with a Pro Menu mega-menu, ct-section / ct-div-block / ct-new-columns wrappers with
generated ids, oxy-rich-text bodies, pricing boxes, testimonials and an OxyExtras pro-accordion FAQ.
"""

NAME = "Pulteney Smile Dental"

_DOMAIN = "https://www.pulteneysmile.co.uk"

# (path, menu label, WordPress page id) - the page id feeds Oxygen's generated element ids.
_PAGES = {
    "/": ("Home", 12),
    "/new-patients/": ("New patients", 31),
    "/smile-consultation/": ("Free smile consultation", 33),
    "/hygiene/": ("Hygiene &amp; Airflow", 35),
    "/composite-bonding/": ("Composite bonding", 37),
    "/porcelain-veneers/": ("Porcelain veneers", 39),
    "/teeth-whitening/": ("Teeth whitening", 41),
    "/clear-aligners/": ("Clear aligners", 43),
    "/dental-implants/": ("Dental implants &amp; All-on-4", 45),
    "/botox-for-grinding/": ("Botox for teeth grinding", 47),
    "/emergency-dentist/": ("Emergency dentist", 49),
    "/membership/": ("Smile Club membership", 51),
    "/fees/": ("Fees", 53),
    "/finance/": ("0% finance", 55),
    "/aftercare/": ("Aftercare advice", 57),
    "/team/": ("Our team", 59),
    "/contact/": ("Contact &amp; find us", 61),
    "/faqs/": ("FAQs", 63),
}


def _li(path, current, extra=""):
    label, pid = _PAGES[path]
    cls = f"menu-item menu-item-type-post_type menu-item-object-page menu-item-{pid + 100}{extra}"
    if path == current:
        cls += " current-menu-item page_item current_page_item"
    aria = ' aria-current="page"' if path == current else ""
    return f'<li id="menu-item-{pid + 100}" class="{cls}"><a href="{path}"{aria}>{label}</a></li>'


def _mega_column(title, paths, current):
    items = "\n".join(_li(p, current) for p in paths)
    return f"""<li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-has-children mega-col">
<a href="#">{title}</a>
<ul class="sub-menu">
{items}
</ul>
</li>"""


def _header(current):
    general = _mega_column("General dentistry", ["/new-patients/", "/hygiene/", "/emergency-dentist/"], current)
    cosmetic = _mega_column(
        "Cosmetic dentistry",
        ["/smile-consultation/", "/composite-bonding/", "/porcelain-veneers/", "/teeth-whitening/", "/clear-aligners/"],
        current,
    )
    advanced = _mega_column("Implants &amp; therapeutics", ["/dental-implants/", "/botox-for-grinding/"], current)
    costs = "\n".join(_li(p, current) for p in ["/fees/", "/membership/", "/finance/"])
    info = "\n".join(_li(p, current) for p in ["/new-patients/", "/aftercare/", "/faqs/"])
    return f"""<header id="_header-2-12" class="oxy-header-wrapper oxy-sticky-header oxy-overlay-header oxy-header">
<div id="_header_row-3-12" class="oxygen-hide-in-sticky oxy-header-row top-bar">
<div class="oxy-header-container">
<div id="_header_left-4-12" class="oxy-header-left">
<div id="fancy_icon-5-12" class="ct-fancy-icon"><svg id="svg-fancy_icon-5-12">
<use xlink:href="#FontAwesomeicon-phone"></use></svg></div>
<a id="link_text-6-12" class="ct-link-text" href="tel:01225460218">01225 460 218</a>
<div id="fancy_icon-7-12" class="ct-fancy-icon"><svg id="svg-fancy_icon-7-12">
<use xlink:href="#FontAwesomeicon-envelope"></use></svg></div>
<a id="link_text-8-12" class="ct-link-text" href="mailto:hello@pulteneysmile.co.uk">hello@pulteneysmile.co.uk</a>
</div>
<div id="_header_center-9-12" class="oxy-header-center"></div>
<div id="_header_right-10-12" class="oxy-header-right">
<div id="text_block-11-12" class="ct-text-block top-bar-rating">&#9733;&#9733;&#9733;&#9733;&#9733;
 4.9 from 612 Google reviews</div>
</div>
</div>
</div>
<div id="_header_row-12-12" class="oxy-header-row main-row">
<div class="oxy-header-container">
<div id="_header_left-13-12" class="oxy-header-left">
<a id="link-14-12" class="ct-link site-logo" href="/" target="_self">
<img id="image-15-12" alt="Pulteney Smile Dental, Bath"
 src="/wp-content/uploads/2023/02/pulteney-smile-logo.svg" class="ct-image" /></a>
</div>
<div id="_header_center-16-12" class="oxy-header-center">
<div id="-pro-menu-17-12" class="oxy-pro-menu">
<div class="oxy-pro-menu-mobile-open-icon" data-off-canvas-alignment="right">
<svg id="-pro-menu-17-12-open-icon"><use xlink:href="#FontAwesomeicon-bars"></use></svg>Menu</div>
<div class="oxy-pro-menu-container oxy-pro-menu-dropdown-links-visible-on-mobile oxy-pro-menu-dropdown-links-toggle
 oxy-pro-menu-show-dropdown" data-aos-duration="400" data-oxy-pro-menu-dropdown-animation="fade-up"
 data-oxy-pro-menu-dropdown-animation-duration="0.3" data-entire-parent-toggles-dropdown="true">
<div class="menu-main-menu-container"><ul id="menu-main-menu" class="oxy-pro-menu-list">
{_li("/", current, " menu-item-home")}
<li id="menu-item-300" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-has-children
 oxy-mega-menu menu-item-300"><a href="#">Treatments</a>
<ul class="sub-menu oxy-mega-dropdown">
{general}
{cosmetic}
{advanced}
</ul>
</li>
<li id="menu-item-301" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-has-children
 menu-item-301"><a href="#">Fees &amp; plans</a>
<ul class="sub-menu">
{costs}
</ul>
</li>
<li id="menu-item-302" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-has-children
 menu-item-302"><a href="#">Patient info</a>
<ul class="sub-menu">
{info}
</ul>
</li>
{_li("/team/", current)}
{_li("/contact/", current)}
</ul></div>
<div class="oxy-pro-menu-mobile-close-icon"><svg id="svg--pro-menu-17-12">
<use xlink:href="#FontAwesomeicon-close"></use></svg>close</div>
</div>
</div>
</div>
<div id="_header_right-18-12" class="oxy-header-right">
<a id="link_button-19-12" class="ct-link-button btn-book" href="/new-patients/" target="_self">Book now</a>
</div>
</div>
</div>
</header>"""


_PRE_FOOTER = """<section id="section-64-12" class=" ct-section cta-band">
<div class="ct-section-inner-wrap">
<div id="new_columns-65-12" class="ct-new-columns">
<div id="div_block-66-12" class="ct-div-block">
<h2 id="headline-67-12" class="ct-headline">Ready to feel good about your smile?</h2>
<div id="text_block-68-12" class="ct-text-block">Book online in two minutes or give our friendly reception team a call.
</div>
</div>
<div id="div_block-69-12" class="ct-div-block cta-buttons">
<a id="link_button-70-12" class="ct-link-button btn-book" href="/new-patients/" target="_self">Book an appointment</a>
<a id="link_button-71-12" class="ct-link-button btn-ghost" href="/smile-consultation/"
 target="_self">Free smile consultation</a>
</div>
</div>
</div>
</section>"""

_FOOTER = """<section id="section-72-12" class=" ct-section site-footer">
<div class="ct-section-inner-wrap">
<div id="new_columns-73-12" class="ct-new-columns">
<div id="div_block-74-12" class="ct-div-block footer-col">
<img id="image-75-12" alt="Pulteney Smile Dental" src="/wp-content/uploads/2023/02/pulteney-smile-logo-white.svg"
 class="ct-image" />
<div id="text_block-76-12" class="ct-text-block">Private general, cosmetic and implant dentistry in a Georgian townhouse
 beside Pulteney Bridge, Bath.</div>
<div id="_social_icons-77-12" class="oxy-social-icons">
<a href="https://www.facebook.com/pulteneysmile" target="_blank" class="oxy-social-icons-facebook">
<svg><title>Visit our Facebook</title><use xlink:href="#oxy-social-icons-icon-facebook"></use></svg></a>
<a href="https://www.instagram.com/pulteneysmile" target="_blank" class="oxy-social-icons-instagram">
<svg><title>Visit our Instagram</title><use xlink:href="#oxy-social-icons-icon-instagram"></use></svg></a>
<a href="https://www.tiktok.com/@pulteneysmile" target="_blank" class="oxy-social-icons-tiktok">
<svg><title>Visit our TikTok</title><use xlink:href="#oxy-social-icons-icon-tiktok"></use></svg></a>
</div>
</div>
<div id="div_block-78-12" class="ct-div-block footer-col">
<h4 id="headline-79-12" class="ct-headline">Visit us</h4>
<div id="text_block-80-12" class="ct-text-block">Pulteney Smile Dental<br>11 Argyle Street<br>Bath BA2 4BQ</div>
<a id="link_text-81-12" class="ct-link-text" href="tel:01225460218">01225 460 218</a>
<a id="link_text-82-12" class="ct-link-text" href="mailto:hello@pulteneysmile.co.uk">hello@pulteneysmile.co.uk</a>
</div>
<div id="div_block-83-12" class="ct-div-block footer-col">
<h4 id="headline-84-12" class="ct-headline">Opening hours</h4>
<div id="text_block-85-12" class="ct-text-block">Mon&ndash;Fri from 8am<br>Late evenings Tue &amp; Thu<br>
Saturday mornings<br>Sunday closed</div>
<a id="link_text-86-12" class="ct-link-text" href="/contact/">Full opening hours &rsaquo;</a>
</div>
<div id="div_block-87-12" class="ct-div-block footer-col">
<h4 id="headline-88-12" class="ct-headline">Quick links</h4>
<a id="link_text-89-12" class="ct-link-text" href="/new-patients/">New patients</a>
<a id="link_text-90-12" class="ct-link-text" href="/fees/">Fees</a>
<a id="link_text-91-12" class="ct-link-text" href="/membership/">Smile Club</a>
<a id="link_text-92-12" class="ct-link-text" href="/emergency-dentist/">Emergencies</a>
<a id="link_text-93-12" class="ct-link-text" href="/faqs/">FAQs</a>
</div>
</div>
<div id="div_block-94-12" class="ct-div-block footer-bottom">
<div id="text_block-95-12" class="ct-text-block">&copy; 2025 Pulteney Smile Dental Ltd.
 Registered in England No. 06843117. Registered with the Care Quality Commission.
 All our clinicians are registered with the General Dental Council.</div>
<div id="text_block-96-12" class="ct-text-block"><a href="#cmplz-manage-consent">Cookie preferences</a> &middot;
 Website by <a href="https://www.oxbowcreative.co.uk" target="_blank">Oxbow Creative</a></div>
</div>
</div>
</section>"""

_COOKIES = """<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin
 cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog"
 aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage cookie consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to keep the site working
 and, with your permission, to understand how visitors use it. You can change your mind at any time.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div>
</div></div>"""


def _page(path, title, description, body):
    """Wraps one page's Oxygen body in the shared head, header, call-to-action band and footer."""
    _, pid = _PAGES[path]
    counter = iter(range(20, 400))
    # Oxygen numbers every element it renders: "~N~" becomes "<n>-<page id>" in order.
    while "~N~" in body:
        body = body.replace("~N~", f"{next(counter)}-{pid}", 1)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Pulteney Smile Dental</title>
<meta name="description" content="{description}">
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<link rel="canonical" href="{_DOMAIN}{path}">
<meta property="og:locale" content="en_GB">
<meta property="og:type" content="article">
<meta property="og:title" content="{title} | Pulteney Smile Dental">
<meta property="og:description" content="{description}">
<meta property="og:url" content="{_DOMAIN}{path}">
<meta property="og:site_name" content="Pulteney Smile Dental">
<meta name="generator" content="WordPress 6.5.2">
<link rel="stylesheet" id="oxygen-css" href="/wp-content/plugins/oxygen/component-framework/oxygen.css?ver=4.8.3"
 type="text/css" media="all">
<link rel="stylesheet" id="cmplz-general-css" href="/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css"
 type="text/css" media="all">
<link rel="stylesheet" id="oxyextras-css" href="/wp-content/plugins/oxyextras/components/assets/pro-accordion.css"
 type="text/css" media="all">
<link rel="stylesheet" id="oxygen-cache-12-css" href="/wp-content/uploads/oxygen/css/12.css?cache=1718120466"
 type="text/css" media="all">
<link rel="stylesheet" id="oxygen-cache-{pid}-css" href="/wp-content/uploads/oxygen/css/{pid}.css?cache=1718120466"
 type="text/css" media="all">
<link rel="stylesheet" id="oxygen-universal-styles-css"
 href="/wp-content/uploads/oxygen/css/universal.css?cache=1718120466" type="text/css" media="all">
<link rel="icon" href="/wp-content/uploads/2023/02/favicon-32x32.png" sizes="32x32">
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){{dataLayer.push(arguments);}}
gtag('js', new Date()); gtag('config', 'G-PSD4B81Q2X', {{ 'anonymize_ip': true }});
</script>
</head>
<body class="page-template-default page page-id-{pid} wp-embed-responsive oxygen-body cmplz-functional">
<div id="code_block-1-12" class="ct-code-block skip-link"><a href="#main">Skip to content</a></div>
{_header(path)}
<main id="main" class="ct-inner-content">
{body}
</main>
{_PRE_FOOTER}
{_FOOTER}
{_COOKIES}
<script type="text/javascript" id="ct-footer-js"></script>
</body>
</html>
"""


def _hero(title, intro, crumb):
    return f"""<section id="section-~N~" class=" ct-section page-hero">
<div class="ct-section-inner-wrap">
<div id="div_block-~N~" class="ct-div-block breadcrumbs"><a href="/">Home</a> &rsaquo; <span>{crumb}</span></div>
<h1 id="headline-~N~" class="ct-headline">{title}</h1>
<div id="text_block-~N~" class="ct-text-block hero-intro">{intro}</div>
</div>
</section>"""


def _sidebar(heading, links):
    items = "\n".join(f'<li><a href="{p}">{_PAGES[p][0]}</a></li>' for p in links)
    return f"""<div id="div_block-~N~" class="ct-div-block sidebar">
<div id="div_block-~N~" class="ct-div-block sidebar-widget">
<h4 id="headline-~N~" class="ct-headline">{heading}</h4>
<div id="_rich_text-~N~" class="oxy-rich-text"><ul class="sidebar-links">
{items}
</ul></div>
</div>
<div id="div_block-~N~" class="ct-div-block sidebar-widget sidebar-cta">
<h4 id="headline-~N~" class="ct-headline">Not sure where to start?</h4>
<div id="text_block-~N~" class="ct-text-block">Talk it through with our treatment coordinator, with no obligation.</div>
<a id="link_button-~N~" class="ct-link-button" href="/smile-consultation/">Book a free smile consultation</a>
</div>
<div id="div_block-~N~" class="ct-div-block sidebar-widget sidebar-finance">
<h4 id="headline-~N~" class="ct-headline">Spread the cost</h4>
<div id="text_block-~N~" class="ct-text-block">Interest-free options are available on many treatments.</div>
<a id="link_text-~N~" class="ct-link-text" href="/finance/">About our finance &rsaquo;</a>
</div>
</div>"""


def _two_col(main, sidebar):
    return f"""<section id="section-~N~" class=" ct-section content-section">
<div class="ct-section-inner-wrap">
<div id="new_columns-~N~" class="ct-new-columns">
<div id="div_block-~N~" class="ct-div-block main-col">
{main}
</div>
{sidebar}
</div>
</div>
</section>"""


def _testimonial(text, author, info):
    return f"""<div id="_testimonial-~N~" class="oxy-testimonial">
<div class="oxy-testimonial-photo-wrap"><img alt="" src="/wp-content/uploads/2023/03/google-g.png"
 class="oxy-testimonial-photo" /></div>
<div class="oxy-testimonial-content-wrap">
<div class="oxy-testimonial-text">{text}</div>
<div class="oxy-testimonial-author-wrap">
<div class="oxy-testimonial-author">{author}</div>
<div class="oxy-testimonial-author-info">{info}</div>
</div>
<div class="oxy-testimonial-rating"><span>&#9733;&#9733;&#9733;&#9733;&#9733;</span></div>
</div>
</div>"""


def _accordion(items):
    parts = [
        '<div id="-pro-accordion-~N~" class="oxy-pro-accordion">',
        '<div class="oxy-pro-accordion_inner" data-behaviour="toggle" data-expanded="none" data-speed="300">',
    ]
    for i, (question, answer) in enumerate(items, start=1):
        parts.append(f"""<div class="oxy-pro-accordion_item">
<button class="oxy-pro-accordion_header" id="pro-accordion-header-{i}" aria-expanded="false"
 aria-controls="pro-accordion-body-{i}"><span class="oxy-pro-accordion_title">{question}</span>
<span class="oxy-pro-accordion_icon"><svg><use xlink:href="#Lineariconsicon-chevron-down"></use></svg></span></button>
<div class="oxy-pro-accordion_body" id="pro-accordion-body-{i}" role="region"
 aria-labelledby="pro-accordion-header-{i}" aria-hidden="true"><div class="oxy-pro-accordion_content">
{answer}
</div></div>
</div>""")
    parts.append("</div></div>")
    return "\n".join(parts)


_TREATMENTS = [
    "/hygiene/",
    "/composite-bonding/",
    "/porcelain-veneers/",
    "/teeth-whitening/",
    "/clear-aligners/",
    "/dental-implants/",
    "/botox-for-grinding/",
]


# ---------------------------------------------------------------------------------------------------------------
# Home
# ---------------------------------------------------------------------------------------------------------------

_HOME_REVIEW_1 = _testimonial(
    "I hadn't been to a dentist in nine years. Nobody lectured me, they just fixed things one step at a"
    " time. I actually look forward to my check-ups now.",
    "Rachel M.",
    "Patient since 2021",
)

_HOME_REVIEW_2 = _testimonial(
    "Dr Price is an artist. My bonding looks like my own teeth, only better, and I couldn't stop smiling"
    " at my daughter's wedding.",
    "Jo P.",
    "Composite bonding",
)

_HOME_REVIEW_3 = _testimonial(
    "Professional from the first phone call. The whole team are kind, the building is beautiful and"
    " they always run on time.",
    "Simon K.",
    "Smile Club member",
)

_HOME = f"""<section id="section-~N~" class=" ct-section home-hero">
<div class="ct-section-inner-wrap">
<div id="div_block-~N~" class="ct-div-block hero-text">
<div id="text_block-~N~" class="ct-text-block eyebrow">Private dentistry in the heart of Bath</div>
<h1 id="headline-~N~" class="ct-headline">Calm, careful dentistry &ndash; and smiles you'll want to show off</h1>
<div id="text_block-~N~" class="ct-text-block">General, cosmetic and implant dentistry in a Georgian townhouse a
 minute's walk from Pulteney Bridge.</div>
<div id="div_block-~N~" class="ct-div-block hero-buttons">
<a id="link_button-~N~" class="ct-link-button btn-book" href="/new-patients/">Become a patient</a>
<a id="link_button-~N~" class="ct-link-button btn-ghost" href="/smile-consultation/">Free smile consultation</a>
</div>
</div>
<div id="div_block-~N~" class="ct-div-block hero-image">
<img id="image-~N~" alt="Dr Hannah Whitcombe with a patient" src="/wp-content/uploads/2023/03/hero-surgery.jpg"
 class="ct-image" />
</div>
</div>
</section>
<section id="section-~N~" class=" ct-section about-intro">
<div class="ct-section-inner-wrap">
<h2 id="headline-~N~" class="ct-headline">Welcome to Pulteney Smile</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>Dr Hannah Whitcombe opened Pulteney Smile in 2009 with two surgeries and a simple idea: that people look after
their teeth better when they actually enjoy coming to the dentist. Fifteen years on we have four surgeries spread
over three floors of a listed Georgian townhouse on Argyle Street, a team of twelve, and patients who travel in
from Bristol, Frome, Chippenham and beyond.</p>
<p>We are an independent practice &ndash; not part of a corporate group &ndash; and every member of the clinical
team has chosen to work here because we give them the time to do things properly. Appointments are never
double-booked, and you will see the same dentist and hygienist each time wherever we can manage it.</p>
<p>Whether you simply want a thorough check-up and a clean, or you have been thinking about straightening, whitening
or replacing teeth for years, we will explain your options plainly and let you decide in your own time.</p>
</div>
</div>
</section>
<section id="section-~N~" class=" ct-section services-grid">
<div class="ct-section-inner-wrap">
<h2 id="headline-~N~" class="ct-headline">Our treatments</h2>
<div id="new_columns-~N~" class="ct-new-columns">
<div id="div_block-~N~" class="ct-div-block service-card">
<h3 id="headline-~N~" class="ct-headline">Hygiene &amp; Airflow</h3>
<div id="text_block-~N~" class="ct-text-block">Fresh, gentle, thorough cleans for healthier gums.</div>
<a id="link_text-~N~" class="ct-link-text" href="/hygiene/">Find out more</a>
</div>
<div id="div_block-~N~" class="ct-div-block service-card">
<h3 id="headline-~N~" class="ct-headline">Composite bonding</h3>
<div id="text_block-~N~" class="ct-text-block">Reshape, repair and refresh your front teeth.</div>
<a id="link_text-~N~" class="ct-link-text" href="/composite-bonding/">Find out more</a>
</div>
<div id="div_block-~N~" class="ct-div-block service-card">
<h3 id="headline-~N~" class="ct-headline">Porcelain veneers</h3>
<div id="text_block-~N~" class="ct-text-block">Handcrafted for a natural, lasting transformation.</div>
<a id="link_text-~N~" class="ct-link-text" href="/porcelain-veneers/">Find out more</a>
</div>
<div id="div_block-~N~" class="ct-div-block service-card">
<h3 id="headline-~N~" class="ct-headline">Teeth whitening</h3>
<div id="text_block-~N~" class="ct-text-block">Safe, dentist-led whitening at home or in the chair.</div>
<a id="link_text-~N~" class="ct-link-text" href="/teeth-whitening/">Find out more</a>
</div>
</div>
<div id="new_columns-~N~" class="ct-new-columns">
<div id="div_block-~N~" class="ct-div-block service-card">
<h3 id="headline-~N~" class="ct-headline">Clear aligners</h3>
<div id="text_block-~N~" class="ct-text-block">Straighter teeth, almost invisibly.</div>
<a id="link_text-~N~" class="ct-link-text" href="/clear-aligners/">Find out more</a>
</div>
<div id="div_block-~N~" class="ct-div-block service-card">
<h3 id="headline-~N~" class="ct-headline">Dental implants</h3>
<div id="text_block-~N~" class="ct-text-block">From a single tooth to a whole new smile.</div>
<a id="link_text-~N~" class="ct-link-text" href="/dental-implants/">Find out more</a>
</div>
<div id="div_block-~N~" class="ct-div-block service-card">
<h3 id="headline-~N~" class="ct-headline">Botox for grinding</h3>
<div id="text_block-~N~" class="ct-text-block">Relief for clenching, jaw ache and tension.</div>
<a id="link_text-~N~" class="ct-link-text" href="/botox-for-grinding/">Find out more</a>
</div>
<div id="div_block-~N~" class="ct-div-block service-card">
<h3 id="headline-~N~" class="ct-headline">Emergencies</h3>
<div id="text_block-~N~" class="ct-text-block">In pain? We keep time free every day.</div>
<a id="link_text-~N~" class="ct-link-text" href="/emergency-dentist/">Find out more</a>
</div>
</div>
</div>
</section>
<section id="section-~N~" class=" ct-section testimonials">
<div class="ct-section-inner-wrap">
<h2 id="headline-~N~" class="ct-headline">What our patients say</h2>
<div id="new_columns-~N~" class="ct-new-columns">
<div id="div_block-~N~" class="ct-div-block">
{_HOME_REVIEW_1}
</div>
<div id="div_block-~N~" class="ct-div-block">
{_HOME_REVIEW_2}
</div>
<div id="div_block-~N~" class="ct-div-block">
{_HOME_REVIEW_3}
</div>
</div>
</div>
</section>
<section id="section-~N~" class=" ct-section awards-strip">
<div class="ct-section-inner-wrap">
<div id="div_block-~N~" class="ct-div-block logos">
<img id="image-~N~" alt="Private Dentistry Awards 2023 finalist" src="/wp-content/uploads/2023/11/pda-finalist.png"
 class="ct-image" />
<img id="image-~N~" alt="Invisalign provider" src="/wp-content/uploads/2023/02/invisalign.png" class="ct-image" />
<img id="image-~N~" alt="Guided Biofilm Therapy certified practice" src="/wp-content/uploads/2023/02/gbt.png"
 class="ct-image" />
<img id="image-~N~" alt="Care Quality Commission" src="/wp-content/uploads/2023/02/cqc.png" class="ct-image" />
</div>
</div>
</section>"""


# ---------------------------------------------------------------------------------------------------------------
# New patients
# ---------------------------------------------------------------------------------------------------------------

_NEW_PATIENTS_MAIN = """<h2 id="headline-~N~" class="ct-headline">Joining the practice</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>We are always happy to welcome new patients, whether you have just moved to Bath or simply fancy a change. You can
book your first visit online at any time, or ring reception during opening hours. Once your appointment is booked we
email you a secure link to our online medical history form; please complete it at least 48 hours beforehand so your
dentist can read it before you arrive.</p>
</div>
<h2 id="headline-~N~" class="ct-headline">Your new patient examination</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>Your first appointment is a 45-minute examination with one of our dentists. It is longer than a routine check-up
because we want a complete picture of your mouth and to hear what matters to you. It includes:</p>
<ul>
<li>a full check of every tooth, your existing fillings and crowns, and your gums (including gum pocket
measurements)</li>
<li>a mouth cancer screening of your tongue, cheeks, throat and lips</li>
<li>a check of your bite and jaw joints, and signs of grinding or wear</li>
<li>digital x-rays where they are needed &ndash; usually two small bitewing x-rays, which use a very low dose</li>
<li>intraoral photographs and a 3D iTero scan, so you can see exactly what we see on the screen</li>
</ul>
<p>We then talk through what we have found. If you need any treatment you will receive a written treatment plan with
itemised costs by email within two working days. The examination does not include a clean, but you are welcome to
book a hygiene appointment straight afterwards.</p>
<h3>What to bring</h3>
<p>A list of any medicines you take (or the boxes), details of any previous dental problems, and your reading
glasses if you need them to read forms. If a previous dentist has sent you recent x-rays, let us know and we will
avoid repeating them.</p>
</div>
<h2 id="headline-~N~" class="ct-headline">Deposits and cancellations</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>We take a &pound;50 deposit when you book your new patient examination. It is deducted from your fee on the
day.</p>
<p>If you need to cancel or move any appointment, please give us at least 48 hours' notice. If you cancel a new
patient examination with less than 48 hours' notice, or do not attend, the deposit is kept. For existing patients,
late cancellations and missed appointments are charged at &pound;40 for a hygiene visit and &pound;60 for a dentist
appointment. Treatment appointments longer than an hour need a deposit of 20% of the appointment's fee.</p>
<p>If you arrive more than 15 minutes late we may have to rebook you so that we do not keep the next patient
waiting. We send reminders by text and email three days before every appointment.</p>
</div>
<div id="div_block-~N~" class="ct-div-block inline-cta">
<a id="link_button-~N~" class="ct-link-button btn-book" href="https://pulteneysmile.portal.dental/book"
 target="_blank">Book your new patient exam online</a>
</div>"""

_NEW_PATIENTS = _hero(
    "New patients",
    "Everything you need to know before your first visit.",
    "New patients",
) + _two_col(_NEW_PATIENTS_MAIN, _sidebar("Helpful information", ["/fees/", "/membership/", "/faqs/", "/contact/"]))


# ---------------------------------------------------------------------------------------------------------------
# Smile consultation
# ---------------------------------------------------------------------------------------------------------------

_SMILE_MAIN = """<div id="_rich_text-~N~" class="oxy-rich-text">
<p>Thinking about changing something about your smile but not sure what is possible, or what it might cost? Our free
smile consultation is a relaxed 30-minute conversation with Lucy Hart, our treatment coordinator. Lucy is an
experienced dental nurse with a qualification in aesthetic dentistry; she is not a dentist, and the consultation is
not a clinical examination &ndash; it is a chance to explore options without any pressure.</p>
</div>
<h2 id="headline-~N~" class="ct-headline">How it works</h2>
<div id="div_block-~N~" class="ct-div-block process-steps">
<div id="div_block-~N~" class="ct-div-block step">
<div id="text_block-~N~" class="ct-text-block step-number">1</div>
<h3 id="headline-~N~" class="ct-headline">Tell us what you'd like to change</h3>
<div id="text_block-~N~" class="ct-text-block">Colour, gaps, crooked or worn teeth, a missing tooth &ndash; bring
photos of smiles you like if that helps.</div>
</div>
<div id="div_block-~N~" class="ct-div-block step">
<div id="text_block-~N~" class="ct-text-block step-number">2</div>
<h3 id="headline-~N~" class="ct-headline">Photos and a 3D scan</h3>
<div id="text_block-~N~" class="ct-text-block">Lucy takes a few photographs and a quick iTero scan of your teeth
&ndash; no messy impression putty.</div>
</div>
<div id="div_block-~N~" class="ct-div-block step">
<div id="text_block-~N~" class="ct-text-block step-number">3</div>
<h3 id="headline-~N~" class="ct-headline">See a simulation</h3>
<div id="text_block-~N~" class="ct-text-block">For straightening we can show a simulation of how your teeth could
move; for other treatments we show before-and-after cases similar to yours.</div>
</div>
<div id="div_block-~N~" class="ct-div-block step">
<div id="text_block-~N~" class="ct-text-block step-number">4</div>
<h3 id="headline-~N~" class="ct-headline">Options and guide prices</h3>
<div id="text_block-~N~" class="ct-text-block">You go home with a summary of the options that could suit you, guide
prices and monthly payment examples. There is no obligation to go ahead.</div>
</div>
</div>
<h2 id="headline-~N~" class="ct-headline">What happens next</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>Before any cosmetic treatment a dentist must check that your teeth and gums are healthy, because whitening,
bonding or straightening on top of decay or gum disease would fail. If you are not already a patient, your next
step is a new patient examination; existing patients book a cosmetic assessment with Dr Eleanor Price. After that
you receive a personalised written plan.</p>
<p>For veneers and larger bonding cases we can also make a trial smile: a temporary mock-up placed over your own
teeth so you can see and feel the new shape before anything is done. The trial smile costs &pound;150, which is
refunded against your treatment if you go ahead.</p>
<p>Smile consultations are available during the week, on our late evenings and on Saturday mornings.</p>
</div>"""

_SMILE = _hero(
    "Free smile consultation",
    "A no-pressure chat about what's possible for your smile.",
    "Free smile consultation",
) + _two_col(_SMILE_MAIN, _sidebar("Cosmetic treatments", _TREATMENTS[1:5]))


# ---------------------------------------------------------------------------------------------------------------
# Hygiene
# ---------------------------------------------------------------------------------------------------------------

_HYGIENE_REVIEW = _testimonial(
    "I used to dread the scraping. The Airflow clean was genuinely pleasant and my teeth have never felt so smooth.",
    "Amelia R.",
    "Hygiene patient",
)

_HYGIENE_MAIN = f"""<div id="_rich_text-~N~" class="oxy-rich-text">
<p>Regular visits to the hygienist are the single best thing you can do to keep your own teeth for life. Our
hygienists are certified in Guided Biofilm Therapy (GBT), a Swiss protocol that uses EMS Airflow technology instead of
relying on scraping.</p>
</div>
<h2 id="headline-~N~" class="ct-headline">What happens at a GBT Airflow clean</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<ol>
<li><strong>Disclosing.</strong> A harmless dye shows up the plaque (biofilm) so we &ndash; and you &ndash; can see
exactly where brushing is missing.</li>
<li><strong>Airflow.</strong> A fine spray of warm water, air and an ultra-fine erythritol powder lifts away biofilm
and surface stains from tea, coffee, red wine and smoking. It is far gentler than polishing paste and comfortable
even for sensitive teeth.</li>
<li><strong>PerioFlow.</strong> A slim nozzle cleans deeper gum pockets where needed.</li>
<li><strong>Piezon.</strong> Only the hard tartar that is left is removed with a fine ultrasonic tip, so there is
much less scraping.</li>
<li><strong>Check and advice.</strong> We check everything is clean and show you the cleaning routine that suits
your mouth.</li>
</ol>
<p>Airflow is safe around implants, veneers, bonding, crowns, braces and aligner attachments.</p>
</div>
<h2 id="headline-~N~" class="ct-headline">Which appointment do I need?</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>A standard hygiene visit is 30 minutes and suits most people with healthy gums. A 45-minute GBT Airflow visit is
best if you have heavy staining, lots of tartar, or crowns, implants or braces. If you have gum disease we will
suggest a course of periodontal therapy over several visits, then regular maintenance. Most people benefit from a
visit every six months; people with a history of gum disease usually need to come every three months.</p>
</div>
<h2 id="headline-~N~" class="ct-headline">Seeing the hygienist without a dentist check-up</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>You don't have to be a patient of our dentists to see our hygienists. Under the General Dental Council's direct
access rules you can book straight in with a hygienist, even if you see another dentist (NHS or private) for your
check-ups. We will ask you to fill in a medical history form, and if you haven't had a dental examination in the last
12 months we will recommend one, because a hygienist cannot diagnose decay.</p>
</div>
{_HYGIENE_REVIEW}"""

_HYGIENE = _hero(
    "Hygiene &amp; Airflow stain removal",
    "Gentle, thorough cleans with Guided Biofilm Therapy.",
    "Hygiene",
) + _two_col(_HYGIENE_MAIN, _sidebar("Other treatments", [t for t in _TREATMENTS if t != "/hygiene/"]))


# ---------------------------------------------------------------------------------------------------------------
# Composite bonding
# ---------------------------------------------------------------------------------------------------------------

_BONDING_REVIEW = _testimonial(
    "Two chipped front teeth fixed in one morning with no needles. Nobody can tell.", "Daniel F.", "Composite bonding"
)

_BONDING_MAIN = f"""<div id="_rich_text-~N~" class="oxy-rich-text">
<p>Composite bonding uses tooth-coloured resin, sculpted by hand directly onto your teeth, to repair chips, close
small gaps, even up worn or uneven edges and disguise small marks. When only the biting edges are built up it is
often called edge bonding.</p>
</div>
<h2 id="headline-~N~" class="ct-headline">Is it painful? Do you drill the teeth?</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>In almost every case there is no drilling and no injection. The composite is added to the tooth rather than
taking anything away: we simply clean the surface, roughen it slightly with a gentle gel, and bond the resin in thin
layers. Because nothing is removed, bonding can be adjusted, repaired or removed later.</p>
</div>
<h2 id="headline-~N~" class="ct-headline">The process</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<ol>
<li><strong>Assessment.</strong> Photos, a scan and a chat with Dr Eleanor Price about the shape and colour you
want.</li>
<li><strong>Whitening first (optional).</strong> Composite does not change colour with whitening, so if you would
like whiter teeth we whiten first and then match the bonding to your new shade.</li>
<li><strong>Mock-up.</strong> For more than two teeth we make a wax-up model so you can preview the result.</li>
<li><strong>Bonding visit.</strong> A single appointment of one to three hours, depending on how many teeth we are
treating.</li>
<li><strong>Polish and review.</strong> Two weeks later we check your bite and give the bonding a final polish,
included in the price.</li>
</ol>
</div>
<h2 id="headline-~N~" class="ct-headline">How long does bonding last?</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>With good care bonding typically lasts five to seven years before it needs refreshing. Composite is not as hard as
porcelain, so thin edges can occasionally chip, and it can pick up stain from coffee, red wine and curry. Small chips
can be repaired in minutes. Have the bonding polished at your hygiene visits, and avoid biting nails, pens or opening
packets with your teeth.</p>
</div>
{_BONDING_REVIEW}"""

_BONDING = _hero(
    "Composite bonding",
    "Repair chips and close gaps in a single visit.",
    "Composite bonding",
) + _two_col(_BONDING_MAIN, _sidebar("Other treatments", [t for t in _TREATMENTS if t != "/composite-bonding/"]))


# ---------------------------------------------------------------------------------------------------------------
# Porcelain veneers
# ---------------------------------------------------------------------------------------------------------------

_VENEERS_MAIN = """<div id="_rich_text-~N~" class="oxy-rich-text">
<p>Porcelain veneers are thin shells of ceramic bonded to the front of your teeth. They can change colour, shape,
length and small gaps all at once, and porcelain resists staining and wear far better than composite &ndash; with
good care veneers last 10 to 15 years or more. We use lithium disilicate (e.max) porcelain, handmade for each patient
by our ceramist at a dental laboratory in Bristol.</p>
<p>Veneers need a thin layer of enamel, usually 0.3&ndash;0.7&nbsp;mm, to be removed so that they sit naturally.
That cannot be undone, so we will always talk through whether bonding, whitening or aligners could give you the
result you want first.</p>
</div>
<h2 id="headline-~N~" class="ct-headline">Your veneer journey</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p><strong>Visit 1 &ndash; design.</strong> Photographs, scans and a digital smile design. The laboratory makes a
wax model of your new smile.</p>
<p><strong>Visit 2 &ndash; trial smile and preparation (about 2 hours).</strong> We place the design over your teeth
so you can approve it, then gently prepare the teeth and fit temporary veneers the same day.</p>
<p><strong>Laboratory time.</strong> Your veneers take two to three weeks to make.</p>
<p><strong>Visit 3 &ndash; fit (2 to 3 hours).</strong> We try the veneers in, check the colour with you and bond
them in place.</p>
<p><strong>Review.</strong> A short check of your bite and gums one week later.</p>
<p>Allow four to five weeks from the design visit to the fit. If you have a wedding or big event coming up, tell us
when you book and we will do our best to plan around it, but we will never rush the laboratory stages.</p>
</div>
<h2 id="headline-~N~" class="ct-headline">Looking after veneers</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>Brush and floss as normal and keep up your hygiene visits. If you grind or clench, we will make you a hard night
guard to protect your veneers, and it is included in the cost of a full set.</p>
</div>"""

_VENEERS = _hero(
    "Porcelain veneers",
    "A natural-looking, long-lasting smile makeover.",
    "Porcelain veneers",
) + _two_col(_VENEERS_MAIN, _sidebar("Other treatments", [t for t in _TREATMENTS if t != "/porcelain-veneers/"]))


# ---------------------------------------------------------------------------------------------------------------
# Teeth whitening
# ---------------------------------------------------------------------------------------------------------------

_WHITENING_FAQ = _accordion(
    [
        (
            "Will my fillings and crowns whiten too?",
            "<p>No. Whitening only works on natural tooth. Existing crowns, veneers and white fillings stay the same"
            " colour, so they may look darker afterwards and might need replacing to match.</p>",
        ),
        (
            "Can I whiten if I'm pregnant or breastfeeding?",
            "<p>We recommend waiting until you have finished breastfeeding.</p>",
        ),
        (
            "How long do the results last?",
            "<p>Typically one to three years, depending on what you eat and drink and whether you smoke. Keep your"
            " trays: an occasional top-up night or two keeps your teeth bright, and top-up gel is available from"
            " reception.</p>",
        ),
    ]
)

_WHITENING_MAIN = f"""<div id="_rich_text-~N~" class="oxy-rich-text">
<p>Professional whitening is the safest, most predictable way to brighten your natural teeth. In the UK, tooth
whitening is legally dentistry: it can only be provided by a dentist, or by a hygienist or therapist on a dentist's
prescription, and products may contain no more than 6% hydrogen peroxide. The law also says whitening cannot be
carried out on anyone under 18 unless it is to treat disease, so we are not able to whiten teeth for under-18s for
cosmetic reasons. Beauty salon and online kits are either illegal or too weak to work.</p>
<p>Before whitening, a dentist must have checked your teeth and gums within the last 12 months.</p>
</div>
<div id="new_columns-~N~" class="ct-new-columns whitening-options">
<div id="div_block-~N~" class="ct-div-block option-card">
<h2 id="headline-~N~" class="ct-headline">Home whitening</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>We scan your teeth and make slim, custom-fitted trays. You wear them with Boutique whitening gel, either overnight
(10% or 16% carbamide peroxide) or for an hour during the day (6% hydrogen peroxide), for two to three weeks. It
is gradual, you stay in control of how white you go, and you keep the trays for top-ups.</p>
</div>
</div>
<div id="div_block-~N~" class="ct-div-block option-card">
<h2 id="headline-~N~" class="ct-headline">In-chair whitening</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>Philips Zoom whitening in the surgery gives a noticeable change in a single 90-minute visit: three 15-minute
cycles of gel activated by a special light while you relax with a podcast. You leave several shades lighter, and you
also take home custom trays and gel to finish and stabilise the result over the following week. Ideal before a
wedding or holiday.</p>
</div>
</div>
</div>
<h2 id="headline-~N~" class="ct-headline">After whitening</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>For 48 hours after each session, keep to a &lsquo;white diet&rsquo;: avoid tea, coffee, red wine, cola, curry,
berries and smoking. Some sensitivity is common; our <a href="/aftercare/">aftercare page</a> explains what to expect
and what to do.</p>
</div>
<h2 id="headline-~N~" class="ct-headline">Whitening questions</h2>
{_WHITENING_FAQ}"""

_WHITENING = _hero(
    "Teeth whitening",
    "Brighter teeth, safely &ndash; at home or in the chair.",
    "Teeth whitening",
) + _two_col(_WHITENING_MAIN, _sidebar("Other treatments", [t for t in _TREATMENTS if t != "/teeth-whitening/"]))


# ---------------------------------------------------------------------------------------------------------------
# Clear aligners
# ---------------------------------------------------------------------------------------------------------------

_ALIGNERS_FAQ = _accordion(
    [
        (
            "Can I eat and drink with my aligners in?",
            "<p>Only plain water. Take the aligners out for everything else, and brush before you put them back so"
            " food is not trapped against your teeth.</p>",
        ),
        (
            "Will it affect my speech?",
            "<p>Most people notice a very slight lisp for the first two or three days while the tongue gets used to"
            " the aligners. It almost always disappears within a week.</p>",
        ),
        (
            "Are aligners suitable for teenagers?",
            "<p>Yes. Invisalign Teen includes compliance indicators so parents and the dentist can check the aligners"
            " are being worn.</p>",
        ),
    ]
)

_ALIGNERS_MAIN = f"""<div id="_rich_text-~N~" class="oxy-rich-text">
<p>Clear aligners straighten teeth with a series of thin, removable plastic trays instead of brackets and wires. We
are an Invisalign Gold provider, and all aligner treatment is planned and supervised by Dr Eleanor Price. Aligners
can treat crowding, gaps, protruding teeth and many bite problems; if your case is more complex we will refer you to a
specialist orthodontist.</p>
</div>
<h2 id="headline-~N~" class="ct-headline">How it works</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<ul>
<li><strong>Scan and plan.</strong> An iTero scan creates a 3D model, and a ClinCheck plan shows every movement
before treatment starts.</li>
<li><strong>Wear them 22 hours a day.</strong> Aligners only work when they are in. You should wear them for 20 to 22
hours every day, day and night, removing them only to eat, drink anything other than water, and clean your
teeth.</li>
<li><strong>New aligners every one to two weeks.</strong> Each set moves your teeth a fraction of a millimetre.</li>
<li><strong>Check-ups every six to eight weeks.</strong> Short visits to check progress and pick up your next
aligners.</li>
<li><strong>Attachments.</strong> Small tooth-coloured bumps are bonded to some teeth to help the aligners grip;
they are removed at the end.</li>
</ul>
<p>Invisalign Lite cases usually take four to six months; comprehensive cases typically take 12 to 18 months.</p>
</div>
<h2 id="headline-~N~" class="ct-headline">Keeping teeth straight</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>Teeth always try to move back. At the end of treatment we bond a thin wire behind your lower front teeth and give
you three sets of Vivera clear retainers to wear at night &ndash; both are included in your treatment fee.
Retainers need to be worn for life.</p>
</div>
<h2 id="headline-~N~" class="ct-headline">Aligner FAQs</h2>
{_ALIGNERS_FAQ}"""

_ALIGNERS = _hero(
    "Clear aligners",
    "Straighten your teeth discreetly with Invisalign.",
    "Clear aligners",
) + _two_col(_ALIGNERS_MAIN, _sidebar("Other treatments", [t for t in _TREATMENTS if t != "/clear-aligners/"]))


# ---------------------------------------------------------------------------------------------------------------
# Dental implants
# ---------------------------------------------------------------------------------------------------------------

_IMPLANTS_REVIEW = _testimonial(
    "After twenty years of a partial denture I can bite into an apple again. Dr Mehta explained every"
    " step and it was far easier than I feared.",
    "Graham T.",
    "All-on-4 upper arch",
)

_IMPLANTS_MAIN = f"""<div id="_rich_text-~N~" class="oxy-rich-text">
<p>A dental implant is a small titanium post that replaces the root of a missing tooth. Once it has fused with the
bone it supports a crown, bridge or full arch of teeth that look, feel and function like your own. All our implant
treatment is carried out by Dr Rohan Mehta, who holds a Master's degree in implant dentistry and has placed more
than 2,500 implants.</p>
</div>
<h2 id="headline-~N~" class="ct-headline">Replacing one or a few teeth</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>After a consultation and a 3D CBCT scan to measure your bone, the implant is placed under local anaesthetic in a
visit of about an hour. It then heals for three to six months, usually with a temporary tooth in place, before your
final crown is fitted. Several missing teeth can often be replaced with an implant-supported bridge, using fewer
implants than teeth. If there is not enough bone we can usually build it up with a bone graft first.</p>
</div>
<h2 id="headline-~N~" class="ct-headline">All-on-4: a fixed smile in a day</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>If you have lost most of your teeth, have failing teeth, or are fed up with a loose denture, All-on-4 replaces a
whole arch with a fixed bridge supported by just four implants. On the day of surgery we remove any remaining teeth,
place the four implants and fit a fixed temporary bridge &ndash; so you walk out with fixed teeth the same day and
never have to go without. After four to six months of healing the temporary is replaced with your final bridge,
made in zirconia or acrylic on a titanium frame. The bridge is fixed: only your dentist can remove it.</p>
<p>Most All-on-4 patients choose to have sedation for the surgery; see our <a href="/faqs/">FAQs</a> for how it
works.</p>
</div>
<h2 id="headline-~N~" class="ct-headline">Who can have implants?</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>Most adults in good general health. Smoking and poorly controlled diabetes raise the risk of an implant failing;
smokers are asked to stop for at least two weeks before and eight weeks after surgery, and heavy smokers may not be
suitable. Gum disease must be treated first.</p>
<p>Every implant comes with a five-year guarantee, provided you attend a check-up and hygiene visit at least every
six months.</p>
</div>
{_IMPLANTS_REVIEW}"""

_IMPLANTS = _hero(
    "Dental implants &amp; All-on-4",
    "Permanent, natural-looking replacements for missing teeth.",
    "Dental implants",
) + _two_col(_IMPLANTS_MAIN, _sidebar("Other treatments", [t for t in _TREATMENTS if t != "/dental-implants/"]))


# ---------------------------------------------------------------------------------------------------------------
# Botox for grinding
# ---------------------------------------------------------------------------------------------------------------

_BOTOX_MAIN = """<div id="_rich_text-~N~" class="oxy-rich-text">
<p>Grinding and clenching (bruxism) often happens in your sleep, so many people only find out when a partner hears
it or their dentist spots the wear. Signs include aching jaw muscles in the morning, headaches at the temples,
flattened or chipped teeth, cracked fillings and sensitive teeth.</p>
<p>A night guard protects your teeth but does not stop the clenching itself. Botulinum toxin (Botox) injected into
the masseter muscles at the angle of the jaw relaxes them enough to reduce the force of clenching, without affecting
your ability to chew, talk or smile.</p>
</div>
<h2 id="headline-~N~" class="ct-headline">What to expect</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>Botox is a prescription-only medicine, so you will always have a face-to-face consultation with Dr Eleanor Price
first to go through your medical history and check that it is right for you. The treatment itself takes about 15
minutes: a few small injections on each side with a very fine needle.</p>
<ul>
<li>It starts to work after about one to two weeks and reaches its full effect at around four weeks.</li>
<li>The effect lasts three to four months.</li>
<li>Most people have it three or four times in the first year; many find they need it less often after that.</li>
<li>We see you for a free review two weeks after your first treatment and can top up if needed.</li>
</ul>
<p>Side effects are usually mild: slight tenderness or a small bruise where the needle went in. Because the masseter
muscles relax, some people notice their jaw line looks a little slimmer. Rarely, a smile can look uneven for a few
weeks.</p>
</div>
<h2 id="headline-~N~" class="ct-headline">Who shouldn't have it</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>We do not treat anyone who is pregnant or breastfeeding, anyone with a neuromuscular condition such as myasthenia
gravis, or anyone taking certain antibiotics (aminoglycosides). Please tell us about all your medicines at your
consultation.</p>
</div>"""

_BOTOX = _hero(
    "Botox for teeth grinding",
    "Ease jaw ache and protect your teeth from clenching.",
    "Botox for teeth grinding",
) + _two_col(_BOTOX_MAIN, _sidebar("Other treatments", [t for t in _TREATMENTS if t != "/botox-for-grinding/"]))


# ---------------------------------------------------------------------------------------------------------------
# Emergency dentist
# ---------------------------------------------------------------------------------------------------------------

_EMERGENCY_MAIN = """<div id="div_block-~N~" class="ct-div-block alert-box">
<div id="text_block-~N~" class="ct-text-block"><strong>In pain today?</strong> Call us on
<a href="tel:01225460218">01225 460 218</a>. Please phone rather than email or book online &ndash; emergency slots are
only released by phone.</div>
</div>
<h2 id="headline-~N~" class="ct-headline">Same-day emergency appointments</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>We keep emergency slots free every morning and afternoon, Monday to Saturday, for both patients and non-patients.
Ring as soon as we open (8am on weekdays, 9am on Saturdays) for the best chance of being seen the same day. An
emergency appointment is for diagnosis and relieving pain &ndash; for example dressing a broken tooth, draining an
abscess, easing a painful nerve or re-cementing a crown. We will then book any further treatment you need.</p>
<p>Emergency appointments for non-members cost &pound;95, including any x-rays needed.</p>
</div>
<h2 id="headline-~N~" class="ct-headline">Out of hours</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>Smile Club members can call our usual number out of hours; the answerphone message gives the on-call dentist's
number, which is staffed until 10pm every day. If you are not a member, please call NHS 111.</p>
<p><strong>Go to A&amp;E or call 999</strong> if you have swelling that is spreading to your eye or neck, difficulty
breathing or swallowing, bleeding that won't stop after 20 minutes of firm pressure, or a jaw injury after a blow to
the head.</p>
</div>
<h2 id="headline-~N~" class="ct-headline">First aid while you wait</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<h3>A knocked-out adult tooth</h3>
<p>Time matters: the sooner the tooth goes back in, the better its chance of surviving. Pick the tooth up by the
crown (the white part), never the root. If it is dirty, rinse it very briefly in milk. If you can, push it gently
back into the socket and bite on a clean handkerchief to hold it. If not, keep it in a small pot of milk, or inside
the cheek if the person is old enough not to swallow it. Come straight to us, ideally within an hour.</p>
<p>Baby teeth should never be put back, as this can damage the adult tooth underneath &ndash; but do call us.</p>
<h3>A broken tooth or lost filling</h3>
<p>Keep any pieces. Temporary filling material from a chemist can cover a sharp edge. Avoid chewing on that
side.</p>
<h3>Toothache</h3>
<p>Take painkillers as directed on the packet. Never put aspirin on the gum: it burns.</p>
</div>"""

_EMERGENCY = _hero(
    "Emergency dentist in Bath",
    "Toothache, broken teeth, swelling &ndash; we keep time free every day.",
    "Emergency dentist",
) + _two_col(_EMERGENCY_MAIN, _sidebar("You may also need", ["/aftercare/", "/membership/", "/contact/"]))


# ---------------------------------------------------------------------------------------------------------------
# Membership
# ---------------------------------------------------------------------------------------------------------------


def _pricing_box(name, pounds, pence, subtitle, items):
    lis = "\n".join(f"<li>{i}</li>" for i in items)
    return f"""<div id="_pricing_box-~N~" class="oxy-pricing-box">
<div class="oxy-pricing-box-section oxy-pricing-box-title">
<div class="oxy-pricing-box-title-title">{name}</div>
<div class="oxy-pricing-box-title-subtitle">{subtitle}</div>
</div>
<div class="oxy-pricing-box-section oxy-pricing-box-price"><span class="oxy-pricing-box-price-wrapper">
<span class="oxy-pricing-box-currency">&pound;</span><span class="oxy-pricing-box-amount-main">{pounds}</span>
<span class="oxy-pricing-box-amount-decimal">.{pence}</span><span class="oxy-pricing-box-term">per month</span></span>
</div>
<div class="oxy-pricing-box-section oxy-pricing-box-content"><ul>
{lis}
</ul></div>
<div class="oxy-pricing-box-section oxy-pricing-box-cta">
<a href="/new-patients/" class="oxy-pricing-box-button">Join {name}</a></div>
</div>"""


_PLAN_ESSENTIAL = _pricing_box(
    "Essential",
    "14",
    "50",
    "The basics, done properly",
    [
        "2 dental examinations a year",
        "1 hygiene visit (30 minutes) a year",
        "X-rays when needed",
        "5% off treatment",
        "Worldwide dental accident &amp; emergency cover",
    ],
)

_PLAN_PLUS = _pricing_box(
    "Plus",
    "22",
    "50",
    "Our most popular plan",
    [
        "2 dental examinations a year",
        "2 hygiene visits (30 minutes) a year",
        "X-rays when needed",
        "10% off treatment",
        "Emergency appointments in opening hours at no charge",
        "Worldwide dental accident &amp; emergency cover",
    ],
)

_PLAN_COMPLETE = _pricing_box(
    "Complete",
    "31",
    "00",
    "For the best-kept smiles",
    [
        "2 dental examinations a year",
        "3 GBT Airflow hygiene visits (45 minutes) a year",
        "X-rays when needed",
        "15% off treatment",
        "Emergency appointments in opening hours at no charge",
        "A free whitening top-up gel each year (if you have had whitening with us)",
        "Worldwide dental accident &amp; emergency cover",
    ],
)

_MEMBERSHIP_HERO = _hero(
    "Smile Club membership",
    "Spread the cost of keeping your mouth healthy.",
    "Smile Club",
)

_MEMBERSHIP = (
    _MEMBERSHIP_HERO
    + f"""<section id="section-~N~" class=" ct-section plans">
<div class="ct-section-inner-wrap">
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>Smile Club is our monthly dental plan. You pay a fixed amount by direct debit, your routine care is covered, and
you save on any treatment you need. There is no joining fee. To join you first have a new patient examination so we
know your mouth is healthy; any existing problems need to be treated before you join.</p>
</div>
<div id="new_columns-~N~" class="ct-new-columns">
<div id="div_block-~N~" class="ct-div-block">
{_PLAN_ESSENTIAL}
</div>
<div id="div_block-~N~" class="ct-div-block featured">
{_PLAN_PLUS}
</div>
<div id="div_block-~N~" class="ct-div-block">
{_PLAN_COMPLETE}
</div>
</div>
</div>
</section>
<section id="section-~N~" class=" ct-section plan-details">
<div class="ct-section-inner-wrap">
<div id="new_columns-~N~" class="ct-new-columns">
<div id="div_block-~N~" class="ct-div-block">
<h2 id="headline-~N~" class="ct-headline">Children are free</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>Children under 18 are seen free of charge when a parent or guardian is a Smile Club member on any plan. That
covers two check-ups a year, plus fluoride varnish and fissure sealants whenever the dentist recommends them. Any
other treatment your child needs is charged with your plan's discount. Children whose parents are not members are
welcome too: a child's check-up costs &pound;45.</p>
</div>
</div>
<div id="div_block-~N~" class="ct-div-block">
<h2 id="headline-~N~" class="ct-headline">Accident &amp; emergency cover</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>Every plan includes insurance for dental injuries and emergencies, at home or abroad: up to &pound;800 per
incident and &pound;1,600 a year for emergency treatment anywhere in the world, with a claim form from reception.</p>
<h3>Leaving the plan</h3>
<p>You can leave at any time by telling us in writing; your last payment is taken the following month. If you leave
within your first 12 months having used more care than you have paid for, we charge the difference at our normal
fees.</p>
</div>
</div>
</div>
</div>
</section>"""
)


# ---------------------------------------------------------------------------------------------------------------
# Fees
# ---------------------------------------------------------------------------------------------------------------


def _fee_table(heading, rows):
    trs = "\n".join(f"<tr><td>{t}</td><td>{f}</td></tr>" for t, f in rows)
    return f"""<h2 id="headline-~N~" class="ct-headline">{heading}</h2>
<div id="_rich_text-~N~" class="oxy-rich-text"><figure class="wp-block-table"><table class="fees-table">
<thead><tr><th>Treatment</th><th>Fee</th></tr></thead>
<tbody>
{trs}
</tbody></table></figure></div>"""


_FEES_MAIN = (
    """<div id="_rich_text-~N~" class="oxy-rich-text">
<p>All our fees are listed below so there are no surprises. Before any treatment you will receive a written plan with
the exact cost. Smile Club members receive their plan discount on treatment fees. Fees correct from 1 January
2025.</p>
</div>
"""
    + _fee_table(
        "General dentistry",
        [
            ("New patient examination (45 minutes, including x-rays and 3D scan)", "&pound;95"),
            ("Routine examination (non-members)", "&pound;65"),
            ("Hygiene visit, 30 minutes", "&pound;72"),
            ("GBT Airflow hygiene visit, 45 minutes", "&pound;95"),
            ("White filling", "from &pound;145"),
            ("Extraction", "from &pound;175"),
            ("Surgical wisdom tooth removal", "from &pound;395"),
            ("Root canal treatment, front tooth", "&pound;495"),
            ("Root canal treatment, molar", "&pound;795"),
            ("Porcelain or zirconia crown", "&pound;795"),
            ("Night guard", "&pound;295"),
            ("Emergency appointment (non-members)", "&pound;95"),
        ],
    )
    + _fee_table(
        "Cosmetic dentistry",
        [
            ("Smile consultation", "Free"),
            ("Trial smile (refunded against treatment)", "&pound;150"),
            ("Composite bonding, per tooth", "&pound;295"),
            ("Edge bonding, per tooth", "&pound;245"),
            ("Porcelain veneer, per tooth", "&pound;995"),
            ("Home whitening (trays and gel)", "&pound;395"),
            ("In-chair Zoom whitening (includes home trays and gel)", "&pound;650"),
            ("Whitening top-up gel, per syringe", "&pound;18"),
            ("Invisalign Lite", "from &pound;2,750"),
            ("Invisalign Comprehensive", "from &pound;4,500"),
            ("Botox for grinding: consultation (redeemable against treatment)", "&pound;40"),
            ("Botox for grinding: treatment, both sides", "&pound;280"),
        ],
    )
    + _fee_table(
        "Implants and sedation",
        [
            ("Implant consultation including CBCT 3D scan", "&pound;150"),
            ("Single implant including crown", "from &pound;2,750"),
            ("Bone graft", "from &pound;450"),
            ("All-on-4, per arch", "from &pound;12,950"),
            ("IV sedation, per session", "&pound;395"),
        ],
    )
    + """<h2 id="headline-~N~" class="ct-headline">Paying for your treatment</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>We ask you to pay for each appointment on the day. We accept debit and credit cards (Visa and Mastercard),
contactless, Apple Pay and Google Pay, and bank transfer for larger courses of treatment. We do not accept cheques or
American Express. For courses of treatment over &pound;1,500 we take a 25% deposit when treatment starts, with the
balance paid as each stage is completed. If you would rather spread the cost, see <a href="/finance/">0%
finance</a>.</p>
</div>"""
)

_FEES = _hero(
    "Our fees",
    "Clear, honest pricing for every treatment.",
    "Fees",
) + _two_col(_FEES_MAIN, _sidebar("Ways to pay", ["/membership/", "/finance/", "/smile-consultation/"]))


# ---------------------------------------------------------------------------------------------------------------
# Finance
# ---------------------------------------------------------------------------------------------------------------

_FINANCE_MAIN = """<div id="_rich_text-~N~" class="oxy-rich-text">
<p>Treatment is an investment, and it is easier to go ahead when you can spread the cost. Through our finance
partner Tabeo you can pay for treatment costing between &pound;1,000 and &pound;25,000 in monthly instalments.</p>
</div>
<div id="new_columns-~N~" class="ct-new-columns finance-options">
<div id="div_block-~N~" class="ct-div-block">
<h3 id="headline-~N~" class="ct-headline">0% interest</h3>
<div id="text_block-~N~" class="ct-text-block">Spread the cost over 6, 10 or 12 months with no interest at all. You
pay exactly the same as paying up front.</div>
</div>
<div id="div_block-~N~" class="ct-div-block">
<h3 id="headline-~N~" class="ct-headline">Longer terms</h3>
<div id="text_block-~N~" class="ct-text-block">Lower monthly payments over 24 to 60 months at 9.9% APR
representative.</div>
</div>
</div>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>A minimum deposit of 10% is paid to the practice, and finance covers the rest. Finance is available for cosmetic
treatment, aligners, implants, crowns and root canal treatment; it is not available for examinations or hygiene
visits, which Smile Club spreads over the year instead.</p>
<h3>Representative examples</h3>
<table class="finance-table">
<tr><th></th><th>0% over 12 months</th><th>9.9% APR over 60 months</th></tr>
<tr><td>Treatment</td><td>Invisalign Lite &pound;2,750</td><td>All-on-4 &pound;12,950</td></tr>
<tr><td>Deposit</td><td>&pound;275</td><td>&pound;1,295</td></tr>
<tr><td>Amount of credit</td><td>&pound;2,475</td><td>&pound;11,655</td></tr>
<tr><td>Monthly payment</td><td>&pound;206.25</td><td>&pound;244.65</td></tr>
<tr><td>Total amount payable</td><td>&pound;2,750</td><td>&pound;15,973.84</td></tr>
</table>
<h3>How to apply</h3>
<ol>
<li>Once you have your written treatment plan, ask reception for a finance link or apply with us in the
practice.</li>
<li>The online form takes about five minutes and you usually get a decision within minutes.</li>
<li>Checking your eligibility uses a soft search, which does not affect your credit score. A full credit search is
only carried out if you choose to go ahead.</li>
</ol>
<p>To apply you must be 18 or over, have lived in the UK for at least three years, have a regular income and a UK
bank account. Credit is subject to status.</p>
<p class="small-print">Pulteney Smile Dental Ltd acts as a credit broker, not a lender, and introduces customers to
Tabeo Broker Ltd, which is authorised and regulated by the Financial Conduct Authority.</p>
</div>"""

_FINANCE = _hero(
    "0% finance",
    "Start treatment now and spread the cost.",
    "0% finance",
) + _two_col(
    _FINANCE_MAIN,
    _sidebar("Popular treatments", ["/dental-implants/", "/clear-aligners/", "/porcelain-veneers/", "/fees/"]),
)


# ---------------------------------------------------------------------------------------------------------------
# Aftercare
# ---------------------------------------------------------------------------------------------------------------

_AFTERCARE_MAIN = """<div id="_rich_text-~N~" class="oxy-rich-text">
<p>Most treatment settles quickly if you look after it well. Here is our advice for the most common treatments. If
anything worries you, call us &ndash; we would always rather hear from you.</p>
</div>
<h2 id="headline-~N~" class="ct-headline">After a tooth extraction</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<h3>The first 24 hours</h3>
<ul>
<li>Bite firmly on the gauze for 30 minutes to let a blood clot form. The clot is what heals the socket.</li>
<li>Don't rinse your mouth, spit forcefully or drink through a straw on the first day.</li>
<li>Avoid hot drinks and food until the numbness has worn off, so you don't burn yourself.</li>
<li>No alcohol for 24 hours, no smoking or vaping for at least 48 hours, and no strenuous exercise for a day.</li>
</ul>
<h3>From the next day</h3>
<p>Rinse gently with warm salty water (a teaspoon of salt in a glass of warm water) four times a day, after meals,
for a week. Paracetamol or ibuprofen usually controls any discomfort. Stitches dissolve on their own within seven
to fourteen days.</p>
<h3>If it bleeds</h3>
<p>A little oozing is normal. If it bleeds, fold a clean gauze pad or a damp tea bag, place it over the socket and
bite firmly for 20 minutes without checking.</p>
<h3>Dry socket</h3>
<p>Sometimes the clot is lost and the bone underneath is exposed. This is called a dry socket. It usually shows up
two to four days after the extraction as pain that gets worse instead of better, often spreading to the ear, with a
bad taste or smell and a socket that looks empty. Painkillers don't touch it. Call us: we will clean the socket and
place a soothing dressing, and this is free within two weeks of an extraction here.</p>
</div>
<h2 id="headline-~N~" class="ct-headline">Sensitivity after whitening</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>Short, sharp &lsquo;zings&rsquo;, especially with cold drinks or cold air, are common in the first few days of
whitening. They are not harmful and normally fade within 24 to 48 hours of stopping the gel.</p>
<ul>
<li>Use a sensitive toothpaste for two weeks before and throughout whitening, and smear a little over the teeth at
night.</li>
<li>Wear the desensitising gel we gave you in your trays for 30 minutes instead of the whitening gel.</li>
<li>Take a night or two off, then carry on; the end result will be the same.</li>
<li>Ask us to switch you to a lower-strength gel.</li>
</ul>
<p>If the sensitivity lasts more than three days after you stop, or you have a constant ache in one tooth, call
us.</p>
</div>
<h2 id="headline-~N~" class="ct-headline">After a filling</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>The numbness wears off in two to four hours; don't chew on that side until it has. White fillings are fully set
when you leave. If your bite feels high after a day or two, call us for a quick, free adjustment.</p>
</div>"""

_AFTERCARE = _hero(
    "Aftercare advice",
    "How to look after your mouth after treatment.",
    "Aftercare",
) + _two_col(_AFTERCARE_MAIN, _sidebar("Need help?", ["/emergency-dentist/", "/contact/", "/faqs/"]))


# ---------------------------------------------------------------------------------------------------------------
# Team
# ---------------------------------------------------------------------------------------------------------------


def _person(name, role, quals, gdc, bio):
    slug = name.lower().replace(" ", "-").replace(".", "")
    gdc_line = f"GDC No. {gdc}" if gdc else "Practice manager"
    return f"""<div id="div_block-~N~" class="ct-div-block team-card">
<img id="image-~N~" alt="{name}" src="/wp-content/uploads/2024/01/{slug}.jpg" class="ct-image" />
<h3 id="headline-~N~" class="ct-headline">{name}</h3>
<div id="text_block-~N~" class="ct-text-block team-role">{role}</div>
<div id="text_block-~N~" class="ct-text-block team-quals">{quals}</div>
<div id="text_block-~N~" class="ct-text-block team-gdc">{gdc_line}</div>
<div id="_rich_text-~N~" class="oxy-rich-text team-bio"><p>{bio}</p></div>
</div>"""


_PERSON_1 = _person(
    "Dr Hannah Whitcombe",
    "Principal dentist and founder",
    "BDS (Bristol 2001), MJDF RCS (Eng)",
    "72415",
    "Hannah founded the practice in 2009. She loves complex restorative work and has a particular soft spot for"
    " nervous patients. Outside work she rows on the Avon and is slowly restoring a narrowboat.",
)

_PERSON_2 = _person(
    "Dr Rohan Mehta",
    "Implant dentist",
    "BDS (King's College London 2008), MSc Implant Dentistry",
    "105238",
    "Rohan leads our implant service, from single teeth to All-on-4, and takes referrals from dentists across"
    " the South West. He is a keen cyclist and a terrible golfer.",
)

_PERSON_3 = _person(
    "Dr Eleanor Price",
    "Cosmetic dentist",
    "BDS (Cardiff 2014), PGCert Aesthetic Dentistry",
    "213467",
    "Eleanor provides our composite bonding, veneers, aligners and Botox for grinding. She lectures on"
    " minimally invasive cosmetic dentistry.",
)

_PERSON_4 = _person(
    "Dr James Okafor",
    "Associate dentist",
    "BDS (Birmingham 2019)",
    "278901",
    "James looks after general dentistry and many of our emergency appointments, and is great with children.",
)

_PERSON_5 = _person(
    "Sophie Garland",
    "Dental hygienist",
    "Dip DH (Cardiff 2012), GBT certified",
    "254318",
    "Sophie is our lead hygienist and was the first in Bath to train in Guided Biofilm Therapy.",
)

_PERSON_6 = _person(
    "Tom Abbott",
    "Dental hygienist and therapist",
    "BSc Oral Health Science (Portsmouth 2017)",
    "267790",
    "Tom sees hygiene patients and also provides simple fillings and children's preventive care.",
)

_PERSON_7 = _person(
    "Dr Mark Treloar",
    "Visiting sedation dentist",
    "BDS, PG Dip Conscious Sedation",
    "81164",
    "Mark joins us two days a month to provide IV sedation for anxious patients and implant surgery.",
)

_PERSON_8 = _person(
    "Lucy Hart",
    "Treatment coordinator and dental nurse",
    "Cert Dental Nursing, Cert Aesthetic Dentistry",
    "239456",
    "Lucy runs our free smile consultations and will guide you through every step of treatment.",
)

_PERSON_9 = _person(
    "Claire Denning",
    "Practice manager",
    "",
    "",
    "Claire keeps everything running smoothly and is the person to speak to about accounts or feedback.",
)

_TEAM_HERO = _hero(
    "Meet the team",
    "Friendly faces, serious skills.",
    "Our team",
)

_TEAM = (
    _TEAM_HERO
    + f"""<section id="section-~N~" class=" ct-section team">
<div class="ct-section-inner-wrap">
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>Every dentist, hygienist, therapist and dental nurse who treats you here is registered with the General Dental
Council. You can check anyone's registration on the GDC's online register using the number shown below.</p>
</div>
<h2 id="headline-~N~" class="ct-headline">Dentists</h2>
<div id="new_columns-~N~" class="ct-new-columns">
{_PERSON_1}
{_PERSON_2}
{_PERSON_3}
{_PERSON_4}
</div>
<h2 id="headline-~N~" class="ct-headline">Hygiene, sedation and support</h2>
<div id="new_columns-~N~" class="ct-new-columns">
{_PERSON_5}
{_PERSON_6}
{_PERSON_7}
{_PERSON_8}
{_PERSON_9}
</div>
</div>
</section>"""
)


# ---------------------------------------------------------------------------------------------------------------
# Contact
# ---------------------------------------------------------------------------------------------------------------


def _hours_row(day, hours, note=""):
    note_html = f'<div id="text_block-~N~" class="ct-text-block hours-note">{note}</div>' if note else ""
    return f"""<div id="div_block-~N~" class="ct-div-block hours-row">
<div id="text_block-~N~" class="ct-text-block hours-day">{day}</div>
<div id="text_block-~N~" class="ct-text-block hours-time">{hours}</div>
{note_html}
</div>"""


_CONTACT_HERO = _hero(
    "Contact &amp; find us",
    "We're just over Pulteney Bridge from the city centre.",
    "Contact",
)

_CONTACT = (
    _CONTACT_HERO
    + f"""<section id="section-~N~" class=" ct-section contact-details">
<div class="ct-section-inner-wrap">
<div id="new_columns-~N~" class="ct-new-columns">
<div id="div_block-~N~" class="ct-div-block">
<h2 id="headline-~N~" class="ct-headline">Get in touch</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p><strong>Pulteney Smile Dental</strong><br>11 Argyle Street<br>Bath BA2 4BQ</p>
<p>Telephone: <a href="tel:01225460218">01225 460 218</a><br>
Email: <a href="mailto:hello@pulteneysmile.co.uk">hello@pulteneysmile.co.uk</a></p>
<p>We are the Georgian townhouse with the sage-green door, on the left as you walk from Pulteney Bridge towards
Laura Place. Reception is on the ground floor.</p>
</div>
<h2 id="headline-~N~" class="ct-headline">Opening hours</h2>
<div id="div_block-~N~" class="ct-div-block hours-table">
{_hours_row("Monday", "8:00am &ndash; 6:00pm")}
{_hours_row("Tuesday", "8:00am &ndash; 7:30pm")}
{_hours_row("Wednesday", "8:00am &ndash; 6:00pm")}
{_hours_row("Thursday", "8:00am &ndash; 7:30pm")}
{_hours_row("Friday", "8:00am &ndash; 4:30pm")}
{_hours_row("Saturday", "9:00am &ndash; 1:00pm", "Hygiene, emergencies and smile consultations")}
{_hours_row("Sunday", "Closed")}
</div>
<div id="text_block-~N~" class="ct-text-block">We are closed on bank holidays and between Christmas Day and New Year's
Day.</div>
</div>
<div id="div_block-~N~" class="ct-div-block">
<div id="code_block-~N~" class="ct-code-block map-embed"><div class="map-placeholder"
 data-cmplz-category="marketing">Map loads once you accept marketing cookies.</div></div>
<h2 id="headline-~N~" class="ct-headline">Parking</h2>
<div id="_rich_text-~N~" class="oxy-rich-text">
<p>We don't have our own car park, and parking on Argyle Street itself is for residents' permits and loading only.
The nearest public car park is the Podium car park on Walcot Street (under Waitrose), about five minutes' walk over
Pulteney Bridge and open 24 hours. Charlotte Street car park is larger and usually has spaces but is a 15-minute
walk. There are two Blue Badge bays on Laura Place, two minutes from our door.</p>
<h3>Park &amp; Ride</h3>
<p>Bath's Park &amp; Ride is often the least stressful way in, especially on Saturdays and in December when the
Christmas market fills the city. There are three sites: <strong>Newbridge</strong> on the A4 (best if you are
coming from Bristol or Keynsham), <strong>Lansdown</strong> (from the M4 at junction 18 and the north) and
<strong>Odd Down</strong> on the A367 (from the south, Radstock and the A37). Buses run about every 15 minutes
Monday to Saturday and take roughly 15 minutes into the centre; from the city-centre stops we are a seven-minute
walk over Pulteney Bridge. Allow 45 minutes door to door.</p>
<h3>By train and bus</h3>
<p>Bath Spa station is a 12-minute walk: head up Manvers Street, past the Abbey and over the bridge.</p>
</div>
</div>
</div>
</div>
</section>
<section id="section-~N~" class=" ct-section contact-form-section">
<div class="ct-section-inner-wrap">
<h2 id="headline-~N~" class="ct-headline">Send us a message</h2>
<div id="shortcode-~N~" class="ct-shortcode"><div class="wpforms-container" id="wpforms-1187">
<form id="wpforms-form-1187" class="wpforms-validate wpforms-form" method="post" action="/contact/">
<label for="wpforms-1187-field_1">Name</label><input type="text" id="wpforms-1187-field_1" name="wpforms[fields][1]">
<label for="wpforms-1187-field_2">Email</label><input type="email" id="wpforms-1187-field_2" name="wpforms[fields][2]">
<label for="wpforms-1187-field_3">Message</label><textarea id="wpforms-1187-field_3" name="wpforms[fields][3]">
</textarea>
<button type="submit" class="wpforms-submit">Send message</button>
<p class="form-note">Please don't send medical details or emergencies by email &ndash; call us instead.</p>
</form></div></div>
</div>
</section>"""
)


# ---------------------------------------------------------------------------------------------------------------
# FAQs
# ---------------------------------------------------------------------------------------------------------------

_FAQ_ITEMS = [
    (
        "Do you see NHS patients?",
        "<p>No. We are a fully private practice and have been since 2014, so we cannot offer NHS treatment for adults"
        " or children. We didn't take that decision lightly: the NHS contract pays a fixed amount for a course of"
        " treatment regardless of how long it takes, which made it impossible to give the 45-minute examinations,"
        " longer appointments and modern materials we believe in. Going private let us give every patient the time"
        " they need.</p><p>If you are looking for an NHS dentist, use the &lsquo;Find a dentist&rsquo; service on"
        " the NHS website, or call NHS 111 if you need urgent care. If you would like private care but are worried"
        " about cost, our Smile Club plan spreads routine care over the year.</p>",
    ),
    (
        "I'm very nervous about the dentist. Can you help?",
        "<p>Very nervous patients are some of our favourite people. Tell us when you book and we will give you a"
        " longer first appointment that is just a chat, with no treatment unless you want it. We use The Wand, a"
        " computer-controlled system that makes injections much gentler, there are ceiling screens so you can watch"
        " something, and you can raise your hand to stop at any time.</p><p>For treatment you can also have IV"
        " sedation with our visiting sedation dentist, Dr Mark Treloar. A sedative is given through a small"
        " needle in the back of your hand: you stay awake and can respond, but feel deeply relaxed and usually"
        " remember very little afterwards. You must bring a responsible adult to take you home and stay with you for"
        " the rest of the day, and you cannot drive, work or sign anything important for 24 hours. We do not offer"
        " general anaesthetic (being put fully to sleep): that can only be given in a hospital, and we would refer"
        " you if it were ever needed.</p>",
    ),
    (
        "Do you accept dental insurance?",
        "<p>We are not part of Denplan or any insurer's network, but most dental insurance and health cash plans"
        " (such as Bupa, AXA Health and Simplyhealth) let you claim back private fees. You pay us on the day and we"
        " give you an itemised receipt and complete any claim form for you.</p>",
    ),
    (
        "Can I get into the building in a wheelchair?",
        "<p>Our Georgian building has one step at the front door, and we have a portable ramp &ndash; ring the bell"
        " and we will put it out. Surgery 1 is on the ground floor and we will always book you there. Our toilet is"
        " on the lower ground floor and is not wheelchair accessible, we are sorry to say.</p>",
    ),
    (
        "Do you use mercury (amalgam) fillings?",
        "<p>No. We have been mercury-free since the practice opened and only use tooth-coloured materials.</p>",
    ),
    (
        "How often do I need a check-up?",
        "<p>Anywhere from every six months to every two years, depending on your risk of decay and gum disease."
        " Following NICE guidance, your dentist will recommend an interval that suits you rather than a one-size"
        " rule.</p>",
    ),
]

_FAQ_REVIEW = _testimonial(
    "I'd avoided the dentist for years out of fear. They were so patient with me.", "Nadia S.", "Nervous patient"
)

_FAQS_HERO = _hero(
    "Frequently asked questions",
    "Answers to the things our patients ask most.",
    "FAQs",
)

_FAQS = (
    _FAQS_HERO
    + f"""<section id="section-~N~" class=" ct-section faq-section">
<div class="ct-section-inner-wrap">
<div id="new_columns-~N~" class="ct-new-columns">
<div id="div_block-~N~" class="ct-div-block main-col">
{_accordion(_FAQ_ITEMS)}
</div>
<div id="div_block-~N~" class="ct-div-block sidebar">
<div id="div_block-~N~" class="ct-div-block sidebar-widget">
<h4 id="headline-~N~" class="ct-headline">Still have a question?</h4>
<div id="text_block-~N~" class="ct-text-block">Our reception team are happy to help.</div>
<a id="link_button-~N~" class="ct-link-button" href="/contact/">Contact us</a>
</div>
<div id="div_block-~N~" class="ct-div-block sidebar-widget">
{_FAQ_REVIEW}
</div>
</div>
</div>
</div>
</section>"""
)


HTML = {
    "/": _page(
        "/",
        "Private Dentist in Bath",
        "Private general, cosmetic and implant dentist in Bath, beside Pulteney Bridge.",
        _HOME,
    ),
    "/new-patients/": _page(
        "/new-patients/",
        "New Patients",
        "Join Pulteney Smile Dental: your first examination, deposits and cancellations.",
        _NEW_PATIENTS,
    ),
    "/smile-consultation/": _page(
        "/smile-consultation/",
        "Free Smile Consultation",
        "A free, no-pressure cosmetic smile consultation in Bath with our treatment coordinator.",
        _SMILE,
    ),
    "/hygiene/": _page(
        "/hygiene/",
        "Hygiene &amp; Airflow Stain Removal",
        "Guided Biofilm Therapy and EMS Airflow hygiene appointments in Bath.",
        _HYGIENE,
    ),
    "/composite-bonding/": _page(
        "/composite-bonding/",
        "Composite Bonding",
        "Composite and edge bonding in Bath to repair chips and close gaps.",
        _BONDING,
    ),
    "/porcelain-veneers/": _page(
        "/porcelain-veneers/",
        "Porcelain Veneers",
        "Handmade porcelain veneers in Bath.",
        _VENEERS,
    ),
    "/teeth-whitening/": _page(
        "/teeth-whitening/",
        "Teeth Whitening",
        "Dentist-led home and in-chair teeth whitening in Bath.",
        _WHITENING,
    ),
    "/clear-aligners/": _page(
        "/clear-aligners/",
        "Clear Aligners &amp; Invisalign",
        "Invisalign clear aligners in Bath for adults and teens.",
        _ALIGNERS,
    ),
    "/dental-implants/": _page(
        "/dental-implants/",
        "Dental Implants &amp; All-on-4",
        "Single dental implants and All-on-4 fixed teeth in a day in Bath.",
        _IMPLANTS,
    ),
    "/botox-for-grinding/": _page(
        "/botox-for-grinding/",
        "Botox for Teeth Grinding",
        "Botox for bruxism, clenching and jaw ache in Bath.",
        _BOTOX,
    ),
    "/emergency-dentist/": _page(
        "/emergency-dentist/",
        "Emergency Dentist Bath",
        "Same-day emergency dental appointments in Bath.",
        _EMERGENCY,
    ),
    "/membership/": _page(
        "/membership/",
        "Smile Club Membership",
        "Smile Club dental plans from &pound;14.50 a month.",
        _MEMBERSHIP,
    ),
    "/fees/": _page(
        "/fees/",
        "Fees",
        "Our private dental fees and payment options.",
        _FEES,
    ),
    "/finance/": _page(
        "/finance/",
        "0% Finance",
        "Spread the cost of dental treatment with 0% finance.",
        _FINANCE,
    ),
    "/aftercare/": _page(
        "/aftercare/",
        "Aftercare Advice",
        "Aftercare advice following extractions, whitening and fillings.",
        _AFTERCARE,
    ),
    "/team/": _page(
        "/team/",
        "Our Team",
        "Meet the dentists, hygienists and team at Pulteney Smile Dental.",
        _TEAM,
    ),
    "/contact/": _page(
        "/contact/",
        "Contact &amp; Find Us",
        "Opening hours, parking and directions to Pulteney Smile Dental, Argyle Street, Bath.",
        _CONTACT,
    ),
    "/faqs/": _page(
        "/faqs/",
        "FAQs",
        "Frequently asked questions about Pulteney Smile Dental.",
        _FAQS,
    ),
}

QUESTIONS = [
    (
        "hi my teeth are really stained from coffee and red wine, is there a cleaning thats gentler than all the"
        " scraping my old hygienist did? my teeth are quite sensitive",
        "/hygiene/",
    ),
    (
        "I'm registered with an NHS dentist already, can I just come to you for the hygienist?",
        "/hygiene/",
    ),
    (
        "I chipped the corner of my front tooth on a fork last night. Can it be fixed without drilling? I really"
        " hate injections",
        "/composite-bonding/",
    ),
    (
        "Getting married in five weeks and I want veneers, how many visits is it and is there enough time?",
        "/porcelain-veneers/",
    ),
    ("my daughter is 16 and desperate for whiter teeth before her prom, can you do it for her", "/teeth-whitening/"),
    (
        "whats the difference between doing the whitening at your place and the trays you do at home",
        "/teeth-whitening/",
    ),
    (
        "How many hours a day do you actually have to wear the clear braces? I'm a teacher and talk all day",
        "/clear-aligners/",
    ),
    (
        "I've lost most of my top teeth and I hate my plate. Is it true you can get fixed teeth done in one day?",
        "/dental-implants/",
    ),
    (
        "My husband says I grind my teeth at night and my jaw aches every morning. A friend had injections for it -"
        " how long do they take to work and how long do they last?",
        "/botox-for-grinding/",
    ),
    ("cracked a back tooth on a pork scratching and its killing me, can anyone see me today", "/emergency-dentist/"),
    (
        "My son has just knocked his front tooth clean out at football, he's 13, what do I do??",
        "/emergency-dentist/",
    ),
    ("Do you take NHS patients?", "/faqs/"),
    ("I'm absolutely terrified of dentists, can you knock me out for the treatment I need", "/faqs/"),
    ("If me and my husband join your monthly plan do our kids get seen for free?", "/membership/"),
    ("whats the cheapest monthly plan and what do I get for it", "/membership/"),
    ("How much is one porcelain veneer", "/fees/"),
    ("how much do you charge for the first check up as a new patient?", "/fees/"),
    ("Can I spread the cost of my implants over a year without paying any interest?", "/finance/"),
    (
        "Had a wisdom tooth out on Friday, it was fine at first but now on Monday the pain is getting worse and"
        " there's a horrible taste. Is that normal?",
        "/aftercare/",
    ),
    (
        "since I started the whitening gel my teeth go zing whenever I drink anything cold. should I stop",
        "/aftercare/",
    ),
    ("is Dr Mehta properly registered? whats his GDC number", "/team/"),
    ("I'm driving over from Bristol, where do I park? Is the park and ride any good?", "/contact/"),
    ("What actually happens at the free smile consultation, is it with a dentist?", "/smile-consultation/"),
    ("What does the first appointment involve, do you take x-rays?", "/new-patients/"),
    (
        "if I have to cancel my new patient appointment the day before do I lose my deposit",
        "/new-patients/",
    ),
]

OUT_OF_SCOPE = [
    "Do you do laser gum contouring for a gummy smile?",
    "can you make me something to stop my snoring, my wife is going mad",
    "Is there a discount for students at the uni?",
    "Do you have a hearing loop at reception? I wear hearing aids",
    "Do you sell electric toothbrushes or water flossers at the practice?",
    "do you do gift vouchers for whitening, want to get it for my sister's birthday",
    "What time do the Roman Baths open on a Sunday?",
    "Any decent pubs near you for lunch after my appointment?",
]
