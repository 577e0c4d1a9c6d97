"""An evaluation site: Lace Quarter Dental & Facial Aesthetics, a dental and facial aesthetics clinic (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. WordPress with the Neve theme and Otter
Blocks: an hfg builder header of header--row rows with a mega-menu, nv-content-wrap pages built from
wp-block-themeisle-blocks-* columns, headings, icon lists and buttons, and an Otter accordion for the FAQ.
"""

NAME = "Lace Quarter Dental & Facial Aesthetics"

_MENU = [
    (
        "General Dentistry",
        "/new-patients/",
        [
            ("/new-patients/", "New Patient Exams"),
            ("/hygiene/", "Hygiene &amp; Airflow Stain Removal"),
            ("/gum-disease/", "Gum Disease Treatment"),
            ("/emergency-dentist/", "Emergency Dentist"),
            ("/sedation/", "Nervous Patients &amp; Sedation"),
        ],
    ),
    (
        "Straighter Teeth",
        "/clear-aligners/",
        [
            ("/clear-aligners/", "Clear Aligners"),
            ("/adult-braces/", "Fixed Braces for Adults"),
        ],
    ),
    (
        "Cosmetic &amp; Restorative",
        "/cosmetic-dentistry/",
        [
            ("/cosmetic-dentistry/", "Veneers, Bonding &amp; Whitening"),
            ("/dental-implants/", "Dental Implants &amp; All-on-4"),
            ("/dentures/", "Dentures"),
        ],
    ),
    ("Facial Aesthetics", "/facial-aesthetics/", []),
    (
        "Fees",
        "/fees/",
        [
            ("/fees/", "Fees &amp; 0% Finance"),
            ("/membership/", "Membership Plan"),
        ],
    ),
    (
        "About Us",
        "/team/",
        [
            ("/team/", "Meet the Team"),
            ("/referrals/", "Referring Dentists"),
            ("/faq/", "FAQs"),
            ("/visit-us/", "Find Us &amp; Opening Hours"),
        ],
    ),
]


def _nav() -> str:
    items = []
    for label, href, children in _MENU:
        if not children:
            items.append(
                f'<li class="menu-item menu-item-type-post_type menu-item-object-page">'
                f'<div class="wrap"><a href="{href}">{label}</a></div></li>'
            )
            continue
        sub = "".join(
            f'<li class="menu-item menu-item-type-post_type menu-item-object-page">'
            f'<div class="wrap"><a href="{h}">{t}</a></div></li>'
            for h, t in children
        )
        items.append(
            f'<li class="menu-item menu-item-type-custom menu-item-has-children neve-mega-menu">'
            f'<div class="wrap"><a href="{href}"><span class="menu-item-title-wrap dd-title">{label}</span></a>'
            f'<div role="button" aria-pressed="false" aria-label="Open Submenu" tabindex="0" class="caret-wrap">'
            f'<span class="caret"><svg fill="currentColor" aria-label="Dropdown" xmlns="http://www.w3.org/2000/svg" '
            f'viewBox="0 0 448 512"><path d="M207 381L13 187c-9-9-9-24 0-34l23-23c9-9 24-9 34 0l154 153 154-153'
            f'c9-9 24-9 34 0l23 23c9 9 9 24 0 34L241 381c-9 9-25 9-34 0z"></path></svg></span></div></div>'
            f'<ul class="sub-menu">{sub}</ul></li>'
        )
    return "\n".join(items)


_HEADER = f"""<header class="header" role="banner" next-page-hide>
<a class="neve-skip-link show-on-focus" href="#content">Skip to content</a>
<div id="header-grid" class="hfg_header site-header">
<div class="header--row header-top hide-on-mobile hide-on-tablet layout-full-contained header--row"
 data-row-id="top" data-show-on="desktop">
<div class="header--row-inner header-top-inner"><div class="container"><div class="row row--wrapper">
<div class="hfg-slot left"><div class="builder-item desktop-left"><div class="item--inner builder-item--custom_html">
<div class="nv-html-content"><p><span class="top-bar-phone">Call <a href="tel:01159246810">0115 924 6810</a></span>
 &nbsp;|&nbsp; <a href="mailto:hello@lacequarterdental.co.uk">hello@lacequarterdental.co.uk</a></p></div>
</div></div></div>
<div class="hfg-slot right"><div class="builder-item desktop-right"><div class="item--inner builder-item--social_icons">
<div class="component-wrap"><ul class="nv-social-icons-list">
<li><a href="https://www.facebook.com/lacequarterdental" aria-label="Facebook" target="_blank">Facebook</a></li>
<li><a href="https://www.instagram.com/lacequarterdental" aria-label="Instagram" target="_blank">Instagram</a></li>
<li><a href="https://www.tiktok.com/@lacequarterdental" aria-label="TikTok" target="_blank">TikTok</a></li>
</ul></div></div></div></div>
</div></div></div></div>
<nav class="header--row header-main hide-on-mobile hide-on-tablet layout-full-contained nv-navbar header--row"
 data-row-id="main" data-show-on="desktop">
<div class="header--row-inner header-main-inner"><div class="container"><div class="row row--wrapper">
<div class="hfg-slot left"><div class="builder-item desktop-left"><div class="item--inner builder-item--logo">
<div class="site-logo"><a class="brand" href="/" title="Lace Quarter Dental &amp; Facial Aesthetics" aria-label="Home">
<img width="240" height="64" src="/wp-content/uploads/2023/02/lace-quarter-logo.svg" class="neve-site-logo skip-lazy"
 alt="Lace Quarter Dental &amp; Facial Aesthetics"></a></div></div></div></div>
<div class="hfg-slot right"><div class="builder-item has-nav hfg-item-last hfg-item-first">
<div class="item--inner builder-item--primary-menu has_menu">
<div class="nv-nav-wrap"><div role="navigation" class="nav-menu-primary style-border-bottom m-style"
 aria-label="Primary Menu">
<ul id="nv-primary-navigation-main" class="primary-menu-ul nav-ul menu-desktop">
{_nav()}
</ul></div></div></div></div>
<div class="builder-item desktop-left"><div class="item--inner builder-item--button_base">
<div class="component-wrap"><a href="/visit-us/#book" class="button button-primary header-book-btn">Book Now</a></div>
</div></div></div>
</div></div></div></nav>
<div class="header--row header-main hide-on-desktop layout-full-contained header--row" data-row-id="main"
 data-show-on="mobile"><div class="header--row-inner"><div class="container"><div class="row row--wrapper">
<div class="hfg-slot left"><div class="builder-item"><a class="brand" href="/">Lace Quarter Dental</a></div></div>
<div class="hfg-slot right"><div class="builder-item"><div class="menu-mobile-toggle item-button navbar-toggle-wrapper">
<button type="button" class="navbar-toggle" aria-label="Navigation Menu"><span class="bars"><span
 class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></span>
<span class="screen-reader-text">Navigation Menu</span></button></div></div></div>
</div></div></div></div>
</div>
</header>"""

_FOOTER = """<footer class="site-footer" id="site-footer" next-page-hide>
<div class="hfg_footer">
<div class="footer--row footer-top layout-full-contained" id="cb-row--footer-desktop-top" data-row-id="top"
 data-show-on="desktop"><div class="footer--row-inner footer-top-inner footer-content-wrap">
<div class="container"><div class="hfg-grid nv-footer-content hfg-grid-top row--wrapper row">
<div class="hfg-slot left"><div class="builder-item desktop-left">
<div class="item--inner builder-item--footer-one-widgets">
<div class="widget-area"><div id="block-11" class="widget widget_block">
<h4 class="widget-title">Lace Quarter Dental &amp; Facial Aesthetics</h4>
<p>27 Stoney Street<br>Lace Market<br>Nottingham NG1 1LP</p>
<p>Tel: <a href="tel:01159246810">0115 924 6810</a><br>
Email: <a href="mailto:hello@lacequarterdental.co.uk">hello@lacequarterdental.co.uk</a></p>
</div></div></div></div></div>
<div class="hfg-slot c-left"><div class="builder-item"><div class="item--inner builder-item--footer-two-widgets">
<div class="widget-area"><div id="block-12" class="widget widget_block">
<h4 class="widget-title">Opening Hours</h4>
<p>Mon&ndash;Fri: from 8am<br>Saturday: 9am&ndash;2pm<br>Sunday: closed</p>
<p><a href="/visit-us/">Full opening hours</a></p>
</div></div></div></div></div>
<div class="hfg-slot center"><div class="builder-item"><div class="item--inner builder-item--footer-three-widgets">
<div class="widget-area"><div id="nav_menu-3" class="widget widget_nav_menu">
<h4 class="widget-title">Quick Links</h4>
<ul id="menu-footer" class="menu">
<li class="menu-item"><a href="/new-patients/">New Patients</a></li>
<li class="menu-item"><a href="/emergency-dentist/">Emergency Dentist</a></li>
<li class="menu-item"><a href="/fees/">Fees &amp; Finance</a></li>
<li class="menu-item"><a href="/membership/">Membership Plan</a></li>
<li class="menu-item"><a href="/referrals/">Referring Dentists</a></li>
<li class="menu-item"><a href="/faq/">FAQs</a></li>
<li class="menu-item"><a href="/visit-us/">Contact</a></li>
</ul></div></div></div></div></div>
<div class="hfg-slot right"><div class="builder-item"><div class="item--inner builder-item--footer-four-widgets">
<div class="widget-area"><div id="block-14" class="widget widget_block">
<h4 class="widget-title">Follow Us</h4>
<ul class="footer-social">
<li><a href="https://www.facebook.com/lacequarterdental" target="_blank" rel="noopener">Facebook</a></li>
<li><a href="https://www.instagram.com/lacequarterdental" target="_blank" rel="noopener">Instagram</a></li>
<li><a href="https://www.tiktok.com/@lacequarterdental" target="_blank" rel="noopener">TikTok</a></li>
<li><a href="https://www.google.com/maps?cid=1837462910" target="_blank" rel="noopener">Google Reviews</a></li>
</ul>
<p class="footer-badges"><img src="/wp-content/uploads/2023/02/cqc-badge.png" alt="CQC registered" width="90"></p>
</div></div></div></div></div>
</div></div></div></div>
<div class="footer--row footer-bottom layout-full-contained" id="cb-row--footer-desktop-bottom"
 data-row-id="bottom" data-show-on="desktop"><div class="footer--row-inner footer-bottom-inner footer-light-mode">
<div class="container"><div class="hfg-grid nv-footer-content hfg-grid-bottom row--wrapper row">
<div class="hfg-slot left"><div class="builder-item cr"><div class="item--inner"><div class="component-wrap">
<p>&copy; 2025 Lace Quarter Dental Ltd. Registered in England No. 06974312. Dentists registered with the
 General Dental Council. <a href="/faq/">Privacy &amp; Cookies</a></p>
</div></div></div></div>
<div class="hfg-slot right"><div class="builder-item"><div class="item--inner"><div class="component-wrap">
<p class="neve-credit">Neve | Powered by WordPress</p></div></div></div></div>
</div></div></div></div>
</div>
</footer>"""

_COOKIES = """<div id="cookie-law-info-bar" data-nosnippet="true" class="cli-bar-container cli-style-v2">
<div class="cli-bar-message">We use cookies on our website to give you the most relevant experience by remembering
 your preferences and repeat visits. By clicking &ldquo;Accept All&rdquo;, you consent to the use of ALL the
 cookies.</div>
<div class="cli-bar-btn_container"><a role="button" class="cli_settings_button">Cookie Settings</a>
<a role="button" id="wt-cli-accept-all-btn" class="wt-cli-element cli_action_button cli-accept-all-button">Accept
 All</a></div></div>"""

_ANALYTICS = """<script async src="/wp-content/plugins/analytics/gtag.js"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}
gtag('js', new Date()); gtag('config', 'G-LQD7731');</script>"""

_SIDEBAR = """<div class="nv-sidebar-wrap col-sm-12 nv-right blog-sidebar">
<aside id="secondary" role="complementary">
<div id="block-5" class="widget widget_block">
<div class="wp-block-group sidebar-cta"><div class="wp-block-group__inner-container">
<h3 class="widget-title">Ready to book?</h3>
<p>Call our friendly reception team or request an appointment online.</p>
<div class="wp-block-themeisle-blocks-button-group"><div class="wp-block-themeisle-blocks-button">
<a href="/visit-us/#book" class="wp-block-themeisle-blocks-button__link">Request an appointment</a></div>
<div class="wp-block-themeisle-blocks-button is-style-secondary">
<a href="tel:01159246810" class="wp-block-themeisle-blocks-button__link">0115 924 6810</a></div></div>
</div></div></div>
<div id="block-6" class="widget widget_block">
<h3 class="widget-title">Treatments</h3>
<ul class="wp-block-list sidebar-treatments">
<li><a href="/hygiene/">Hygiene &amp; Airflow</a></li>
<li><a href="/clear-aligners/">Clear Aligners</a></li>
<li><a href="/cosmetic-dentistry/">Veneers &amp; Bonding</a></li>
<li><a href="/dental-implants/">Implants &amp; All-on-4</a></li>
<li><a href="/facial-aesthetics/">Facial Aesthetics</a></li>
</ul></div>
<div id="block-7" class="widget widget_block">
<div class="wp-block-themeisle-blocks-review sidebar-review">
<p class="stars">&#9733;&#9733;&#9733;&#9733;&#9733;</p>
<blockquote><p>&ldquo;Genuinely the calmest dental appointment I have ever had. Nobody rushed me.&rdquo;</p>
<cite>Hannah, Google review</cite></blockquote></div></div>
</aside></div>"""


def _page(title: str, body_class: str, description: str, content: str, sidebar: bool = False) -> str:
    side = _SIDEBAR if sidebar else ""
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11">
<title>{title} | Lace Quarter Dental &amp; Facial Aesthetics</title>
<meta name="description" content="{description}">
<meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:locale" content="en_GB">
<meta property="og:type" content="website">
<meta property="og:title" content="{title} | Lace Quarter Dental &amp; Facial Aesthetics">
<meta property="og:site_name" content="Lace Quarter Dental &amp; Facial Aesthetics">
<link rel="stylesheet" id="neve-style-css" href="/wp-content/themes/neve/style-main-new.min.css?ver=3.8.4"
 media="all">
<link rel="stylesheet" id="otter-blocks-css" href="/wp-content/plugins/otter-blocks/build/blocks/blocks.css?ver=2.6.9"
 media="all">
<link rel="stylesheet" id="cookie-law-info-css"
 href="/wp-content/plugins/cookie-law-info/public/css/cookie-law-info.css" media="all">
<link rel="icon" href="/wp-content/uploads/2023/02/cropped-lq-icon-32x32.png" sizes="32x32">
{_ANALYTICS}
</head>
<body class="page-template-default page {body_class} wp-custom-logo nv-blog-default nv-sidebar-full-width
 menu_sidebar_slide_left">
<div class="wrapper">
{_HEADER}
<main id="content" class="neve-main">
<div class="container single-page-container">
<div class="row">
<div class="nv-single-page-wrap col">
<div class="nv-page-title-wrap nv-big-title">
<div class="nv-page-title"><h1>{title}</h1></div>
</div>
<div class="nv-content-wrap entry-content">
{content}
<div class="wp-block-themeisle-blocks-advanced-columns has-2-columns page-cta-band">
<div class="innerblocks-wrap">
<div class="wp-block-themeisle-blocks-advanced-column"><h3 class="wp-block-themeisle-blocks-advanced-heading">
Book your visit at Lace Quarter</h3><p>Appointments with our dentists, hygienists and aesthetics team.</p></div>
<div class="wp-block-themeisle-blocks-advanced-column"><div class="wp-block-themeisle-blocks-button-group">
<div class="wp-block-themeisle-blocks-button"><a href="/visit-us/#book"
 class="wp-block-themeisle-blocks-button__link">Book now</a></div></div></div>
</div></div>
</div>
</div>
{side}
</div>
</div>
</main>
{_FOOTER}
</div>
{_COOKIES}
</body>
</html>
"""


_HOME = """<div class="wp-block-themeisle-blocks-advanced-columns has-2-columns hero-section">
<div class="innerblocks-wrap">
<div class="wp-block-themeisle-blocks-advanced-column">
<h2 class="wp-block-themeisle-blocks-advanced-heading">Beautiful, healthy smiles in the heart of Nottingham</h2>
<p>Lace Quarter Dental &amp; Facial Aesthetics has looked after the teeth of Nottingham since 2009, from our
 Georgian townhouse in the Lace Market. We are a small, independent team: three dentists, two hygienists and a
 dental therapist, with a dedicated treatment coordinator who will talk you through every option before you
 commit to anything.</p>
<div class="wp-block-themeisle-blocks-button-group">
<div class="wp-block-themeisle-blocks-button"><a href="/new-patients/"
 class="wp-block-themeisle-blocks-button__link">New patients</a></div>
<div class="wp-block-themeisle-blocks-button is-style-secondary"><a href="/emergency-dentist/"
 class="wp-block-themeisle-blocks-button__link">In pain? Emergency appointments</a></div>
</div>
</div>
<div class="wp-block-themeisle-blocks-advanced-column">
<figure class="wp-block-image"><img src="/wp-content/uploads/2023/03/reception-lace-quarter.jpg"
 alt="Our reception in the Lace Market" width="640" height="480"></figure>
</div>
</div></div>

<div class="wp-block-themeisle-blocks-advanced-columns has-4-columns stats-strip">
<div class="innerblocks-wrap">
<div class="wp-block-themeisle-blocks-advanced-column"><p class="stat"><strong>4.9&#9733;</strong> from 640+
 Google reviews</p></div>
<div class="wp-block-themeisle-blocks-advanced-column"><p class="stat"><strong>15 years</strong> in the Lace
 Market</p></div>
<div class="wp-block-themeisle-blocks-advanced-column"><p class="stat"><strong>2,000+</strong> implants
 placed</p></div>
<div class="wp-block-themeisle-blocks-advanced-column"><p class="stat"><strong>Winner</strong> East Midlands
 Dental Awards 2024, Best Patient Care</p></div>
</div></div>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Our treatments</h2>
<div class="wp-block-themeisle-blocks-advanced-columns has-3-columns treatment-grid">
<div class="innerblocks-wrap">
<div class="wp-block-themeisle-blocks-advanced-column">
<h3>General &amp; preventive care</h3>
<p>Thorough check-ups, hygiene visits with Airflow stain removal and gum disease treatment to keep your mouth
 healthy for life.</p>
<p><a href="/new-patients/">New patient exams</a> &middot; <a href="/hygiene/">Hygiene</a> &middot;
 <a href="/gum-disease/">Gum health</a></p>
</div>
<div class="wp-block-themeisle-blocks-advanced-column">
<h3>Straighter teeth</h3>
<p>Discreet clear aligners and fixed braces designed for grown-ups, planned with a 3D scan so you can see your
 result before you start.</p>
<p><a href="/clear-aligners/">Clear aligners</a> &middot; <a href="/adult-braces/">Adult braces</a></p>
</div>
<div class="wp-block-themeisle-blocks-advanced-column">
<h3>Cosmetic &amp; restorative</h3>
<p>Veneers, composite bonding, implants, All-on-4 and comfortable dentures to restore a smile you are happy to
 show off.</p>
<p><a href="/cosmetic-dentistry/">Veneers &amp; bonding</a> &middot; <a href="/dental-implants/">Implants</a>
 &middot; <a href="/dentures/">Dentures</a></p>
</div>
</div></div>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Why patients choose us</h2>
<ul class="wp-block-themeisle-blocks-icon-list">
<li class="wp-block-themeisle-blocks-icon-list-item"><p>Unhurried appointments and honest advice, with no
 pressure to have treatment</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p>Same-day emergency slots kept free every weekday</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p>Calm care for nervous patients, including IV
 sedation</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p>In-house 3D CBCT scanner and digital impressions, so no
 messy putty trays</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p>Spread the cost with <a href="/fees/">0% finance</a> or
 our <a href="/membership/">membership plan</a></p></li>
</ul>

<div class="wp-block-themeisle-blocks-slider testimonials">
<h2 class="wp-block-themeisle-blocks-advanced-heading">What our patients say</h2>
<div class="glide__track"><ul class="glide__slides">
<li class="glide__slide"><blockquote><p>&ldquo;I had avoided the dentist for years. Dr Nandra never once made me
 feel judged, and my All-on-4 has changed my life. I eat steak again!&rdquo;</p><cite>Graham, West
 Bridgford</cite></blockquote></li>
<li class="glide__slide"><blockquote><p>&ldquo;The Airflow clean was amazing, twenty years of coffee stains gone
 in one visit.&rdquo;</p><cite>Leanne, Beeston</cite></blockquote></li>
<li class="glide__slide"><blockquote><p>&ldquo;Did my aligners around a full-time job and nobody at work
 noticed. Brilliant team.&rdquo;</p><cite>Raj, Nottingham city centre</cite></blockquote></li>
</ul></div></div>"""

_NEW_PATIENTS = """<p class="lead">Whether you have just moved to Nottingham or it has been a while since you last sat
 in a dental chair, we would love to welcome you. You can register with us at any time: there is no waiting list.
 Please don&rsquo;t worry if you haven&rsquo;t been for years: we see people in exactly that situation every
 week and nobody here will lecture you.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Your first visit: the new patient examination</h2>
<p>Your first appointment is a comprehensive examination with one of our dentists and lasts about 45 minutes.
 It is a proper look at your whole mouth rather than a quick once-over, and it includes:</p>
<ul class="wp-block-themeisle-blocks-icon-list">
<li class="wp-block-themeisle-blocks-icon-list-item"><p>A chat about any worries, pain or things you would
 like to change about your smile</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p>A full check of every tooth, your existing fillings
 and crowns, your gums and your jaw joints</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p>Oral cancer screening of your tongue, cheeks and
 throat</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p>Digital X-rays where needed (very low dose)</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p>A 3D intraoral scan so you can see your own teeth on
 screen</p></li>
</ul>
<p>At the end we explain what we found in plain English. If you need any treatment you will receive a written,
 fully priced treatment plan by email within 48 hours, so you can take your time to decide. Many new patients
 also like to book a hygiene appointment straight after their examination so everything is done in one
 trip.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Before you come</h2>
<p>Once you have booked, we will email you a link to our secure online forms: a medical history questionnaire
 and a consent form. Please complete these at least 24 hours before your appointment. On the day, please
 bring:</p>
<ul>
<li>a list of any medicines you take, including inhalers and blood thinners</li>
<li>your reading glasses if you need them to read your treatment plan</li>
<li>any X-rays your previous dentist has sent you from the last two years</li>
</ul>
<p>Please arrive five minutes early so we can take a quick photo for your records and show you where
 everything is.</p>

<div class="wp-block-themeisle-blocks-button-group"><div class="wp-block-themeisle-blocks-button">
<a href="/visit-us/#book" class="wp-block-themeisle-blocks-button__link">Book a new patient exam</a></div></div>"""

_HYGIENE = """<p class="lead">Regular visits to our hygienists are the single best thing you can do to keep your teeth
 and gums healthy. At Lace Quarter we use Guided Biofilm Therapy (GBT) with AIRFLOW&reg;, a gentler and more
 thorough way of cleaning than the old scrape-and-polish.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">What is Airflow stain removal?</h2>
<p>AIRFLOW uses a warm jet of water, air and an ultra-fine powder to lift away plaque and surface staining.
 It is brilliant for marks left by tea, coffee, red wine, curry and smoking, and it reaches between teeth,
 around braces and implants, and under the gumline where a brush cannot. Most people find it far more
 comfortable than traditional cleaning: there is no gritty paste and very little scraping.</p>
<p>Please note that Airflow removes stains that sit on the surface of the teeth. It will return your teeth to
 their natural shade but it is not whitening, so it cannot make teeth lighter than they naturally are.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">What happens at a hygiene visit</h2>
<ol>
<li>We paint a harmless disclosing solution on your teeth to show up the plaque you have been missing.</li>
<li>AIRFLOW removes the plaque, biofilm and staining.</li>
<li>A slim PIEZON&reg; instrument gently takes off any hard tartar that remains.</li>
<li>Your hygienist shows you exactly where to focus when brushing, and which interdental brush sizes to use.</li>
</ol>
<p>A standard visit is 30 minutes, or 45 minutes if you have a lot of staining. We usually recommend coming every
 three to six months, depending on your gums.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Can I see the hygienist without seeing a dentist?</h2>
<p>Yes. Thanks to direct access, you can book an appointment with one of our hygienists without having a dental
 examination first, and you do not need to be an existing patient. Your hygienist will ask about your medical
 history and will let you know if they spot anything a dentist should look at. We do still recommend a full
 check-up with a dentist at least once a year.</p>
<p>Prices for hygiene visits are shown on our <a href="/fees/">fees page</a>.</p>"""

_GUM = """<p class="lead">Gum disease is the most common reason adults lose teeth in the UK, yet in the early stages it
 is painless and easy to miss. The good news is that it can be treated and kept under control.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Signs to look out for</h2>
<ul class="wp-block-themeisle-blocks-icon-list">
<li class="wp-block-themeisle-blocks-icon-list-item"><p>Gums that bleed when you brush, floss or eat an
 apple</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p>Red, puffy or tender gums</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p>Persistent bad breath or a bad taste</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p>Gums shrinking back so teeth look longer</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p>Teeth that feel loose or have started to move</p></li>
</ul>
<p>Bleeding gums are never normal. The early stage, gingivitis, can be reversed with a professional clean and
 better brushing at home. If it is left, it can progress to periodontitis, where the bone that holds your teeth
 is slowly lost. Smoking, diabetes, stress and a family history all increase the risk.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">How we treat gum disease</h2>
<p><strong>1. Periodontal assessment.</strong> We measure the pockets around every tooth at six points, take
 X-rays and record bleeding so we have a clear baseline.</p>
<p><strong>2. Deep cleaning (root surface debridement).</strong> Our hygienist or therapist carefully cleans the
 roots of your teeth below the gumline. This is done under local anaesthetic, so the area is numb and you
 should not feel discomfort, and it is usually split over two appointments, each treating one side of the
 mouth. Your gums may feel a little tender and your teeth sensitive for a few days afterwards.</p>
<p><strong>3. Review after three months.</strong> We re-measure the pockets to check how well your gums have
 healed.</p>
<p><strong>4. Maintenance.</strong> Gum disease is managed rather than cured, so we will see you every three
 months to keep it stable. For advanced cases that do not respond, we work with a specialist periodontist
 in Nottingham.</p>"""

_ALIGNERS = """<p class="lead">Clear aligners are a series of thin, almost invisible plastic trays that gradually move
 your teeth into place. We are an Invisalign&reg; provider and have straightened more than 900 smiles with
 aligners.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">How it works</h2>
<ol>
<li><strong>Smile consultation and 3D scan.</strong> We scan your teeth (no putty) and show you a simulation of
 how your teeth will move and what the end result could look like.</li>
<li><strong>Your aligners.</strong> Around three weeks later you collect your first aligners. We may add a few
 small tooth-coloured bumps, called attachments, that help the aligners grip.</li>
<li><strong>Changing trays.</strong> You move on to a new set every one to two weeks at home.</li>
<li><strong>Check-ins.</strong> We see you every eight to ten weeks, and some checks can be done through the
 monitoring app on your phone.</li>
</ol>
<p>Mild crowding or small gaps can take as little as four months; more complex cases take twelve to eighteen
 months.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Wearing your aligners</h2>
<p>To work, aligners need to be worn for 22 hours a day. That means you only take them out to eat, to drink
 anything other than cold water, and to brush your teeth. Meals out and work lunches are fine: pop your
 aligners in their case, eat, brush or rinse, and put them straight back in. If you regularly leave them out
 for longer, treatment will take longer or the teeth may not move as planned.</p>
<p>You will speak with a slight lisp for the first day or two. Most people notice a pressure feeling for a
 couple of days with each new tray, which is a sign they are working.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Keeping your new smile straight</h2>
<p>Teeth always want to drift back, so retainers are part of every treatment. We fit a thin wire retainer
 bonded behind your front teeth and give you a clear removable retainer to wear at night for life.</p>"""

_BRACES = """<p class="lead">Fixed braces are not just for teenagers. Around a third of the braces we fit are for
 patients in their thirties, forties, fifties and beyond, and there is no upper age limit: our oldest brace
 patient was 71. As long as your gums and the bone around your teeth are healthy, teeth can be moved at any
 age.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">When we recommend fixed braces</h2>
<p>Clear aligners suit many people, but fixed braces give us more control for bigger problems, such as:</p>
<ul>
<li>a bite that does not meet properly, such as a deep bite, an overbite or a crossbite</li>
<li>severely rotated or very crowded teeth</li>
<li>closing up large spaces, or opening space before an implant</li>
<li>patients who know they would not wear removable aligners for long enough each day</li>
</ul>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Your choice of braces</h2>
<div class="wp-block-themeisle-blocks-tabs"><div class="wp-block-themeisle-blocks-tabs__content">
<div class="wp-block-themeisle-blocks-tabs-item"><div class="wp-block-themeisle-blocks-tabs-item__header">
Ceramic braces</div><div class="wp-block-themeisle-blocks-tabs-item__content"><p>Tooth-coloured brackets with a
 white-coated wire. Much less noticeable than metal and our most popular choice for adults.</p></div></div>
<div class="wp-block-themeisle-blocks-tabs-item"><div class="wp-block-themeisle-blocks-tabs-item__header">
Metal braces</div><div class="wp-block-themeisle-blocks-tabs-item__content"><p>Small, modern stainless steel
 brackets. The strongest and most cost-effective option.</p></div></div>
</div></div>

<h2 class="wp-block-themeisle-blocks-advanced-heading">What to expect</h2>
<p>Treatment with fixed braces usually takes 12 to 24 months, with adjustment visits every six to eight weeks.
 Your teeth will ache for three or four days after the brace is fitted and after some adjustments; ordinary
 painkillers and soft food help. We give you orthodontic wax for any rubbing. Avoid very hard or sticky foods
 such as toffee, crusty baguettes and whole apples. If a bracket comes loose or a wire starts to dig in, call us
 and we will fit you in within a couple of days. When your brace comes off you will have retainers to keep the
 result.</p>"""

_COSMETIC = """<p class="lead">Small changes can make a big difference to how you feel about your smile. Every cosmetic
 case starts with a smile consultation, photographs and a digital smile design so you can see the plan before
 any work is done.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Composite bonding</h2>
<p>Bonding uses tooth-coloured resin, sculpted by hand directly onto your teeth. It is ideal for chipped or worn
 edges, small gaps, uneven lengths and slightly misshapen teeth. In most cases no drilling or injections are
 needed at all, and it is completed in a single visit, so you can walk in with a chipped front tooth and walk
 out with it repaired the same day. Bonding typically lasts five to seven years before it needs refreshing. It
 can pick up stains over time, so we polish it at your hygiene visits.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Porcelain veneers</h2>
<p>Veneers are thin shells of porcelain made in a laboratory and fixed to the front of your teeth. They are
 stronger and more stain-resistant than bonding and can change the colour, shape and length of teeth in one
 go. We prepare teeth as little as possible, often only half a millimetre. Treatment takes two to three visits
 over about three weeks, and you will wear temporary veneers in between. With good care, porcelain veneers
 last 10 to 15 years, and many last longer.</p>
<p>Before we begin, we make a trial smile: a temporary mock-up placed over your own teeth so you can see and
 feel the new shape and show it to friends and family.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Teeth whitening</h2>
<p>We use a custom-tray home whitening system. We scan your teeth, make thin trays that fit you exactly, and you
 wear them with whitening gel for an hour a day or overnight for two to three weeks. Bonding, veneers and crowns
 do not whiten, so if you are thinking of cosmetic treatment we usually whiten your natural teeth first and match
 the new work to the brighter shade.</p>

<div class="wp-block-themeisle-blocks-button-group"><div class="wp-block-themeisle-blocks-button">
<a href="/visit-us/#book" class="wp-block-themeisle-blocks-button__link">Book a smile consultation</a></div></div>"""

_IMPLANTS = """<p class="lead">A dental implant is a small titanium post placed into the jawbone, where it acts as a new
 root for a crown, bridge or denture. Implants look, feel and work like natural teeth and, looked after well,
 can last a lifetime.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Single and multiple implants</h2>
<p>Every implant journey begins with a consultation and a 3D CBCT scan taken in our own practice, so we can
 check the bone and plan the exact position of the implant. The implant is placed under local anaesthetic, with
 sedation if you prefer, and most people say it was easier than having a tooth out. It then bonds with the bone
 for three to four months before your final crown is fitted. If there is not enough bone, we may recommend a
 bone graft, which we can usually carry out at the same time as placing the implant.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">All-on-4: new teeth in a day</h2>
<p>If you have lost most of your teeth, have failing teeth, or are tired of a loose plate, All-on-4 replaces a
 whole arch with a fixed bridge held on just four implants. Your remaining teeth are removed, the implants are
 placed and a fixed temporary bridge is screwed in on the same day, so you leave with a full set of teeth that
 do not come out. After four to six months of healing we fit your final, stronger bridge. Most All-on-4 patients
 choose to have the procedure under IV sedation.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Can I have implants?</h2>
<p>Most healthy adults can. Smokers can still have implants, but smoking slows healing and roughly doubles the
 risk of an implant failing. We ask smokers to stop for at least two weeks before and eight weeks after surgery,
 and we will support you to do so. Well-controlled diabetes is not usually a problem. We will go through your
 medical history carefully at your consultation.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Our implant guarantee</h2>
<p>Implants placed at Lace Quarter are guaranteed for five years, provided you attend your check-ups and hygiene
 visits with us at least every six months.</p>"""

_DENTURES = """<p class="lead">Modern dentures are far more natural-looking and comfortable than many people expect. We
 make all our dentures with a local Nottingham laboratory, and our dentists take time to get the fit and the
 bite right.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Types of denture</h2>
<ul class="wp-block-themeisle-blocks-icon-list">
<li class="wp-block-themeisle-blocks-icon-list-item"><p><strong>Full (complete) dentures</strong> replace all the
 teeth in the upper or lower jaw.</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p><strong>Acrylic partial dentures</strong> fill gaps where
 some of your own teeth remain.</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p><strong>Chrome partial dentures</strong> have a thin metal
 frame, so they are slimmer, stronger and more comfortable.</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p><strong>Implant-retained dentures</strong> clip on to two
 or more implants in the jaw.</p></li>
</ul>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Loose dentures</h2>
<p>After teeth are lost, the gums and bone underneath slowly shrink, so a denture that once fitted well can
 start to rock, slip when eating or make talking awkward. Often a reline, where we add a new fitting surface to
 your existing denture, will tighten the fit. For lower dentures that will not stay put, an implant-retained
 denture is life-changing: the denture clicks firmly onto implants, so it does not move when you eat, but you
 can still take it out to clean it.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Repairs</h2>
<p>Broken or cracked denture? Bring it in before 10am on a weekday and we can usually repair it and have it back
 to you the same afternoon. Please don&rsquo;t try to glue it yourself, as household glue can make a proper repair
 impossible.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">How long does a new denture take?</h2>
<p>A new denture usually takes five appointments over four to six weeks: impressions, bite records, a try-in
 in wax so you can approve the look, fitting, and a review to ease any sore spots. If you are having teeth taken
 out, we can make an immediate denture so you are never without teeth.</p>"""

_EMERGENCY = """<p class="lead">In pain, broken a tooth or have a swelling? We keep emergency appointments free every
 weekday, and on Saturday mornings, so we can see you on the same day. You do not need to be registered with us:
 emergency appointments are open to everyone.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">How to get a same-day appointment</h2>
<p>Please phone us on <a href="tel:01159246810">0115 924 6810</a> from 8am (9am on Saturdays). Emergency slots are
 given out in order of urgency, so the earlier you call the better. Please do not email about an emergency, as
 the inbox is not checked throughout the day. At your appointment the dentist will find the cause of the
 problem, get you out of pain and explain your options. The emergency appointment fee is listed on our
 <a href="/fees/">fees page</a>; any treatment needed will be priced for you before we start.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">What to do until you see us</h2>
<div class="wp-block-themeisle-blocks-advanced-columns has-2-columns">
<div class="innerblocks-wrap">
<div class="wp-block-themeisle-blocks-advanced-column">
<h3>Toothache or a broken tooth</h3>
<p>Take paracetamol or ibuprofen as directed on the packet. Avoid very hot, cold or sweet food on that side. If
 a broken tooth has a sharp edge, cover it with sugar-free chewing gum.</p>
<h3>Lost crown</h3>
<p>Keep the crown safe and bring it with you. A little denture fixative can hold it in place temporarily.</p>
</div>
<div class="wp-block-themeisle-blocks-advanced-column">
<h3>A knocked-out adult tooth</h3>
<p>Act fast: the sooner it goes back, the better the chance it will survive. Hold the tooth by the crown, not
 the root. If it is dirty, rinse it briefly in milk or cold water, then push it gently back into the socket and
 bite on a clean handkerchief. If you cannot put it back, keep it in milk or in your cheek and call us straight
 away. Ideally you should be seen within an hour.</p>
</div>
</div></div>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Out of hours</h2>
<p>When we are closed, please call NHS 111 for advice. Go straight to A&amp;E if a swelling is spreading towards
 your eye or down your neck, or if you are struggling to swallow or breathe.</p>"""

_SEDATION = """<p class="lead">If the thought of the dentist makes you feel sick with worry, you are not alone, and you
 are in the right place. Around one in four of our patients tell us they are nervous. We go at your pace, we
 explain everything before we do it, and you can raise your hand to stop at any time.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Small things that make a big difference</h2>
<ul>
<li>A longer first visit that is just a chat, with no treatment unless you want it</li>
<li>Computer-controlled numbing (The Wand&reg;), which most people barely feel</li>
<li>Noise-cancelling headphones and Netflix on a ceiling screen</li>
<li>The same dentist and nurse at every visit</li>
</ul>

<h2 class="wp-block-themeisle-blocks-advanced-heading">IV sedation</h2>
<p>For very anxious patients, longer treatments or surgery, we offer intravenous (IV) sedation. A medicine is
 given through a small cannula in the back of your hand or arm, and within a few minutes you feel deeply relaxed
 and drowsy. It is not a general anaesthetic: you are not unconscious and can still respond to us, but most
 people remember very little, if anything, afterwards. Your breathing, oxygen level and heart rate are
 monitored throughout. We do not offer general anaesthetic here; if you need one we can refer you to a
 hospital service.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Before and after sedation</h2>
<ul class="wp-block-themeisle-blocks-icon-list">
<li class="wp-block-themeisle-blocks-icon-list-item"><p>Have a light meal up to two hours before your
 appointment.</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p>You must bring a responsible adult who will take you
 home and stay with you for the rest of the day. We cannot treat you if you arrive without an escort.</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p>For 24 hours afterwards you must not drive, ride a bike,
 drink alcohol, operate machinery, sign important documents or go back to work.</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p>Sedation is not suitable during pregnancy.</p></li>
</ul>"""

_AESTHETICS = """<p class="lead">Our facial aesthetics treatments are carried out by our dentists, who know the
 anatomy of the face in detail. Every treatment starts with a face-to-face consultation, as these are
 prescription-only medicines, and we will always tell you honestly if we do not think a treatment is right for
 you. Treatments are for over-18s only.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Anti-wrinkle injections</h2>
<p>Anti-wrinkle injections relax the muscles that cause expression lines on the forehead, between the brows
 (frown lines) and around the eyes (crow&rsquo;s feet). You will start to see a difference after three to five
 days, with the full effect at two weeks. Results last around three to four months. We see you for a free review
 at two weeks and will top up if needed. We also use injections into the jaw muscles to relieve clenching and
 grinding.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Dermal fillers and skin boosters</h2>
<p>Hyaluronic acid fillers restore volume and shape to the lips, cheeks and the lines from nose to mouth. Lip
 filler lasts around six to nine months. Expect some swelling for 24 to 48 hours. Profhilo&reg; is a skin booster
 that improves hydration and firmness, given as two sessions four weeks apart.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Who can&rsquo;t have treatment</h2>
<p>We do not carry out any injectable treatment if you are pregnant or breastfeeding, have an active skin
 infection or cold sore in the area, or have certain neuromuscular conditions. Please wait until you have
 finished breastfeeding before booking.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Facial aesthetics prices</h2>
<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr><th>Treatment</th><th>Price</th></tr>
</thead><tbody>
<tr><td>Aesthetics consultation</td><td>Free</td></tr>
<tr><td>Anti-wrinkle, one area</td><td>&pound;180</td></tr>
<tr><td>Anti-wrinkle, two areas</td><td>&pound;240</td></tr>
<tr><td>Anti-wrinkle, three areas</td><td>&pound;290</td></tr>
<tr><td>Jaw clenching/grinding injections</td><td>&pound;300</td></tr>
<tr><td>Lip filler, 0.5ml</td><td>&pound;195</td></tr>
<tr><td>Lip filler, 1ml</td><td>&pound;260</td></tr>
<tr><td>Profhilo, per session</td><td>&pound;300</td></tr>
</tbody></table></figure>
<p><em>After treatment: avoid exercise, saunas and alcohol for 24 hours and do not lie flat for four hours after
 anti-wrinkle injections.</em></p>"""

_FEES = """<p class="lead">We believe in clear pricing. You will always receive a written treatment plan with the
 full cost before any treatment starts. Prices for facial aesthetics are shown on the
 <a href="/facial-aesthetics/">facial aesthetics page</a>.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">General dentistry</h2>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Treatment</th><th>Fee</th></tr></thead>
<tbody>
<tr><td>New patient examination (including X-rays and 3D scan)</td><td>&pound;95</td></tr>
<tr><td>Routine examination (existing patients)</td><td>&pound;60</td></tr>
<tr><td>Emergency appointment (assessment and pain relief)</td><td>&pound;85</td></tr>
<tr><td>Hygiene visit, 30 minutes</td><td>&pound;75</td></tr>
<tr><td>Hygiene visit with Airflow stain removal, 45 minutes</td><td>&pound;105</td></tr>
<tr><td>Periodontal assessment</td><td>&pound;120</td></tr>
<tr><td>Gum deep cleaning, per half mouth</td><td>&pound;260</td></tr>
<tr><td>White (composite) filling</td><td>from &pound;140</td></tr>
<tr><td>Root canal treatment</td><td>&pound;450&ndash;&pound;750</td></tr>
<tr><td>Extraction</td><td>from &pound;150</td></tr>
<tr><td>Porcelain crown</td><td>&pound;695</td></tr>
<tr><td>IV sedation, per session</td><td>&pound;350</td></tr>
</tbody></table></figure>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Cosmetic, orthodontics and implants</h2>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Treatment</th><th>Fee</th></tr></thead>
<tbody>
<tr><td>Smile consultation</td><td>Free</td></tr>
<tr><td>Composite bonding, per tooth</td><td>&pound;250</td></tr>
<tr><td>Porcelain veneer, per tooth</td><td>&pound;795</td></tr>
<tr><td>Home teeth whitening</td><td>&pound;350</td></tr>
<tr><td>Clear aligners</td><td>from &pound;2,400</td></tr>
<tr><td>Fixed braces (ceramic or metal), both arches</td><td>from &pound;2,900</td></tr>
<tr><td>Implant consultation with CBCT scan</td><td>&pound;150</td></tr>
<tr><td>Single implant with crown</td><td>from &pound;2,650</td></tr>
<tr><td>All-on-4, per arch</td><td>from &pound;11,995</td></tr>
<tr><td>Full acrylic denture, per arch</td><td>&pound;850</td></tr>
<tr><td>Chrome partial denture</td><td>&pound;1,150</td></tr>
<tr><td>Denture repair</td><td>from &pound;75</td></tr>
</tbody></table></figure>

<h2 class="wp-block-themeisle-blocks-advanced-heading">0% finance</h2>
<p>Treatment costing &pound;1,000 or more, including implants, All-on-4, aligners, braces and veneers, can be
 spread into monthly payments with interest-free (0% APR) finance over 6, 10 or 12 months. Longer terms of up
 to 60 months are also available at 9.9% APR representative. A 10% deposit is needed. You can apply online in a
 few minutes at your consultation and get a decision straight away. You must be 18 or over, live in the UK and
 have a UK bank account. Finance is provided by our regulated credit broker partner and is subject to
 status.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Paying for your treatment</h2>
<p>We accept debit and credit cards, Apple Pay and Google Pay. Payment is taken at each appointment for the
 work completed that day. We do not accept cheques.</p>"""

_MEMBERSHIP = """<p class="lead">The Lace Quarter Care Plan spreads the cost of your routine care into a simple monthly
 payment, and rewards you with savings on other treatment.</p>

<div class="wp-block-themeisle-blocks-advanced-columns has-2-columns plan-cards">
<div class="innerblocks-wrap">
<div class="wp-block-themeisle-blocks-advanced-column plan-card">
<h3 class="wp-block-themeisle-blocks-advanced-heading">Essential Plan &ndash; &pound;18.50 a month</h3>
<ul class="wp-block-themeisle-blocks-icon-list">
<li class="wp-block-themeisle-blocks-icon-list-item"><p>Two dental examinations a year</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p>Two 30-minute hygiene visits a year</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p>All routine X-rays</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p>10% off general and cosmetic treatment</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p>Emergency appointment fees waived</p></li>
</ul>
</div>
<div class="wp-block-themeisle-blocks-advanced-column plan-card featured">
<h3 class="wp-block-themeisle-blocks-advanced-heading">Gum Health Plan &ndash; &pound;27 a month</h3>
<ul class="wp-block-themeisle-blocks-icon-list">
<li class="wp-block-themeisle-blocks-icon-list-item"><p>Two dental examinations a year</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p>Four 45-minute hygiene visits a year, all with
 Airflow</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p>All routine X-rays</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p>10% off general and cosmetic treatment</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p>Emergency appointment fees waived</p></li>
</ul>
<p>Ideal if you are being treated for gum disease or tend to build up stain and tartar quickly.</p>
</div>
</div></div>

<h2 class="wp-block-themeisle-blocks-advanced-heading">The small print</h2>
<ul>
<li>Members receive 5% off implants, All-on-4, aligners and braces.</li>
<li>Discounts do not apply to facial aesthetics.</li>
<li>The plan is paid monthly by Direct Debit.</li>
<li>There is a minimum membership of 12 months. After that you can leave at any time with one month&rsquo;s
 notice.</li>
<li>To join, you first need a new patient examination so we can make sure your mouth is healthy. If you need
 treatment first, you can join once it is complete.</li>
<li>Unused examinations and hygiene visits do not roll over into the next year.</li>
</ul>
<p>Ask at reception or at the end of your examination to sign up; it takes five minutes.</p>"""

_REFERRALS = """<p class="lead">We welcome referrals from general dental practitioners across Nottinghamshire,
 Derbyshire and Leicestershire. We treat your patient for the specific treatment you refer for, and then send
 them straight back to you for their ongoing care.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Treatments we accept referrals for</h2>
<ul class="wp-block-themeisle-blocks-icon-list">
<li class="wp-block-themeisle-blocks-icon-list-item"><p>Single and multiple implants, bone grafting and
 All-on-4</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p>IV sedation for anxious patients, including for
 extractions or treatment you have planned</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p>Adult orthodontics: fixed braces and clear
 aligners</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p>Complex cosmetic and restorative cases</p></li>
<li class="wp-block-themeisle-blocks-icon-list-item"><p>CBCT scans only, with a written report</p></li>
</ul>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Our promise to referring dentists</h2>
<p>Your patient remains your patient. We will not offer them routine examinations, hygiene or general treatment,
 and we will not sign them up to our membership plan. Once the referred treatment is finished, we send a full
 report with photographs and X-rays and return the patient to you.</p>
<p>We aim to see referred patients within two weeks, and we write to you after the initial consultation with our
 findings and proposed plan. We are always happy to talk a case through by phone before you refer.</p>

<h2 class="wp-block-themeisle-blocks-advanced-heading">How to refer</h2>
<p>Please complete our online referral form or email a referral letter with any recent radiographs to
 <a href="mailto:referrals@lacequarterdental.co.uk">referrals@lacequarterdental.co.uk</a> (secure NHSmail
 accepted). Please include the patient&rsquo;s contact details, medical history and what you would like us to
 do. Our referral coordinator will contact the patient within two working days to arrange their appointment.</p>
<p>Patients do not need a referral to see us: anyone can also book directly.</p>"""

_TEAM = """<p class="lead">We are a close-knit team, and many of us have worked together for more than ten years.
 Our dentist team includes two female dentists, and you are welcome to ask to see a particular dentist when you
 book.</p>

<div class="wp-block-themeisle-blocks-advanced-columns has-2-columns team-grid">
<div class="innerblocks-wrap">
<div class="wp-block-themeisle-blocks-advanced-column team-member">
<h3 class="wp-block-themeisle-blocks-advanced-heading">Dr Priya Nandra &ndash; Principal Dentist</h3>
<p class="role">BDS (Birm), MSc Implant Dentistry, GDC 81427</p>
<p>Priya founded Lace Quarter in 2009. She leads our implant and All-on-4 service and has placed more than
 2,000 implants. Outside work she is usually at Trent Bridge watching the cricket.</p>
</div>
<div class="wp-block-themeisle-blocks-advanced-column team-member">
<h3 class="wp-block-themeisle-blocks-advanced-heading">Dr Tom Ashworth &ndash; Cosmetic Dentist</h3>
<p class="role">BDS (Sheff), GDC 158930</p>
<p>Tom looks after our cosmetic patients, with a particular love of composite bonding and veneers, and is our
 lead Invisalign provider.</p>
</div>
<div class="wp-block-themeisle-blocks-advanced-column team-member">
<h3 class="wp-block-themeisle-blocks-advanced-heading">Dr Helen Okafor &ndash; Dentist</h3>
<p class="role">BDS (Lond), MJDF RCS(Eng), GDC 201376</p>
<p>Helen has a special interest in adult orthodontics and fits our fixed braces. She also provides our facial
 aesthetics treatments.</p>
</div>
<div class="wp-block-themeisle-blocks-advanced-column team-member">
<h3 class="wp-block-themeisle-blocks-advanced-heading">Dr Marek Zieli&#324;ski &ndash; Dentist and
 Sedationist</h3>
<p class="role">Lek. Dent. (Pozna&#324;), PG Cert Conscious Sedation, GDC 176554</p>
<p>Marek trained in Poland and has worked in the UK since 2012. He provides our IV sedation and cares for many of
 our nervous patients. He speaks fluent Polish as well as English.</p>
</div>
<div class="wp-block-themeisle-blocks-advanced-column team-member">
<h3 class="wp-block-themeisle-blocks-advanced-heading">Sophie Greaves &ndash; Dental Hygienist</h3>
<p class="role">Dip DH, GDC 5732</p>
<p>Sophie is a certified Guided Biofilm Therapy practitioner and runs our gum health clinic.</p>
</div>
<div class="wp-block-themeisle-blocks-advanced-column team-member">
<h3 class="wp-block-themeisle-blocks-advanced-heading">Jade Marsh &ndash; Dental Therapist and Hygienist</h3>
<p class="role">BSc Dental Hygiene and Therapy, GDC 269310</p>
<p>Jade carries out hygiene visits, deep cleaning and simple fillings.</p>
</div>
</div></div>

<h2 class="wp-block-themeisle-blocks-advanced-heading">Behind the scenes</h2>
<p>Amy Clarke is our practice manager, and Kerry Doyle is our treatment coordinator, who will talk you through
 your options and costs after your consultation. They are supported by our team of six qualified dental nurses
 and our reception team, Bethany and Liam.</p>"""

_VISIT = """<div class="wp-block-themeisle-blocks-advanced-columns has-2-columns">
<div class="innerblocks-wrap">
<div class="wp-block-themeisle-blocks-advanced-column">
<h2 class="wp-block-themeisle-blocks-advanced-heading">Where to find us</h2>
<p>Lace Quarter Dental &amp; Facial Aesthetics<br>27 Stoney Street, Lace Market, Nottingham NG1 1LP</p>
<p>We are in a red-brick Georgian building opposite St Mary&rsquo;s Church, with a dark green door. Ring the
 bell and reception will let you in.</p>

<h3>Parking</h3>
<p>We do not have our own car park. The closest is the Fletcher Gate multi-storey car park, about a three-minute
 walk away, open 24 hours. There is also limited pay-and-display parking on Warser Gate and Halifax Place (two
 hours maximum). Blue Badge holders can park in the disabled bays on Broadway, directly behind the practice.</p>

<h3>Tram, bus and train</h3>
<p>The nearest tram stop is Lace Market, on both tram lines, a four-minute walk. Many city buses stop on Victoria
 Street, five minutes away, and Victoria Bus Station is a ten-minute walk. From Nottingham railway station it is
 about a 12-minute walk, or one stop on the tram to Lace Market. There are cycle stands outside the front
 door.</p>

<h3>Accessibility</h3>
<p>There is step-free access through our side entrance on Broadway, and we have two ground-floor surgeries and an
 accessible toilet. Please let us know when you book if you need the side door opened for you.</p>
</div>
<div class="wp-block-themeisle-blocks-advanced-column">
<h2 class="wp-block-themeisle-blocks-advanced-heading">Opening hours</h2>
<figure class="wp-block-table"><table><tbody>
<tr><td>Monday</td><td>8:00am &ndash; 6:00pm</td></tr>
<tr><td>Tuesday</td><td>8:00am &ndash; 8:00pm</td></tr>
<tr><td>Wednesday</td><td>8:00am &ndash; 6:00pm</td></tr>
<tr><td>Thursday</td><td>8:00am &ndash; 8:00pm</td></tr>
<tr><td>Friday</td><td>8:00am &ndash; 5:00pm</td></tr>
<tr><td>Saturday</td><td>9:00am &ndash; 2:00pm</td></tr>
<tr><td>Sunday</td><td>Closed</td></tr>
</tbody></table></figure>
<p>Our late evenings on Tuesdays and Thursdays are popular with people who work in town, so please book these
 slots a few weeks ahead. We are closed on bank holidays and between Christmas and New Year.</p>
<h2 id="book" class="wp-block-themeisle-blocks-advanced-heading">Book an appointment</h2>
<p>Call <a href="tel:01159246810">0115 924 6810</a>, email
 <a href="mailto:hello@lacequarterdental.co.uk">hello@lacequarterdental.co.uk</a> or send us your details below
 and we will call you back within one working day.</p>
<div class="wp-block-themeisle-blocks-form"><form class="otter-form__container" method="post" action="#book">
<p><label for="f-name">Name</label><input id="f-name" type="text" name="name"></p>
<p><label for="f-phone">Phone</label><input id="f-phone" type="tel" name="phone"></p>
<p><label for="f-msg">What would you like to book?</label><textarea id="f-msg" name="message"></textarea></p>
<p><button type="submit" class="wp-block-button__link">Request a call back</button></p>
</form></div>
</div>
</div></div>"""

_FAQ = """<p class="lead">Answers to the questions our reception team are asked most often. Can&rsquo;t find what you
 need? Give us a call on 0115 924 6810.</p>

<div class="wp-block-themeisle-blocks-accordion is-style-default">
<details class="wp-block-themeisle-blocks-accordion-item">
<summary class="wp-block-themeisle-blocks-accordion-item__title"><div>Do you see NHS patients?</div></summary>
<div class="wp-block-themeisle-blocks-accordion-item__content"><p>No. Lace Quarter is a fully private practice and
 we do not have an NHS contract, so all treatment is paid for privately. If you are looking for an NHS dentist,
 the NHS website lists practices taking on patients in your area.</p></div>
</details>
<details class="wp-block-themeisle-blocks-accordion-item">
<summary class="wp-block-themeisle-blocks-accordion-item__title"><div>What is your cancellation policy?</div>
</summary>
<div class="wp-block-themeisle-blocks-accordion-item__content"><p>We ask for at least 48 hours&rsquo; notice if you
 need to cancel or move an appointment, so that we can offer the time to someone else. If you cancel with less
 than 48 hours&rsquo; notice, or do not attend, we charge a fee of &pound;40 for examination and hygiene
 appointments, or &pound;100 for longer treatment appointments. We will send a text reminder three days before
 your visit. After two missed appointments we may ask for a deposit to book.</p></div>
</details>
<details class="wp-block-themeisle-blocks-accordion-item">
<summary class="wp-block-themeisle-blocks-accordion-item__title"><div>What if I am running late?</div></summary>
<div class="wp-block-themeisle-blocks-accordion-item__content"><p>Please call us. If you arrive more than ten
 minutes late we will do as much as we can, but we may need to rebook part of your treatment so that the next
 patient is not kept waiting.</p></div>
</details>
<details class="wp-block-themeisle-blocks-accordion-item">
<summary class="wp-block-themeisle-blocks-accordion-item__title"><div>Can I have dental treatment while I am
 pregnant?</div></summary>
<div class="wp-block-themeisle-blocks-accordion-item__content"><p>Yes, check-ups, hygiene visits and most
 routine treatment are safe in pregnancy, and hormone changes can make gums bleed more, so hygiene visits are
 especially worthwhile. Please tell us you are pregnant, as we avoid X-rays and put off non-urgent cosmetic
 treatment until after your baby is born.</p></div>
</details>
<details class="wp-block-themeisle-blocks-accordion-item">
<summary class="wp-block-themeisle-blocks-accordion-item__title"><div>Do you sell gift vouchers?</div></summary>
<div class="wp-block-themeisle-blocks-accordion-item__content"><p>Yes. Gift vouchers can be bought at reception
 in any amount from &pound;25 and can be used for whitening, hygiene visits or facial aesthetics. They are valid
 for 12 months.</p></div>
</details>
<details class="wp-block-themeisle-blocks-accordion-item">
<summary class="wp-block-themeisle-blocks-accordion-item__title"><div>How do you look after my personal
 information?</div></summary>
<div class="wp-block-themeisle-blocks-accordion-item__content"><p>Your records are stored securely and only shared
 with your consent or where the law requires it. You can ask for a copy of your records at any time by
 emailing our practice manager. Our website uses cookies for basic analytics, which you can turn off in Cookie
 Settings.</p></div>
</details>
<details class="wp-block-themeisle-blocks-accordion-item">
<summary class="wp-block-themeisle-blocks-accordion-item__title"><div>How do I make a complaint?</div></summary>
<div class="wp-block-themeisle-blocks-accordion-item__content"><p>We hope you will never need to, but please
 speak to Amy, our practice manager, or write to us. We acknowledge complaints within three working days and aim
 to resolve them within 20 working days.</p></div>
</details>
</div>"""

HTML = {
    "/": _page(
        "Dentist in Nottingham City Centre",
        "home page-id-7",
        "Dentist and facial aesthetics clinic in Nottingham's Lace Market: check-ups, implants, aligners and more.",
        _HOME,
    ),
    "/new-patients/": _page(
        "New Patients",
        "page-id-21",
        "Register as a new patient at our Nottingham dental practice. What happens at your first exam.",
        _NEW_PATIENTS,
        sidebar=True,
    ),
    "/hygiene/": _page(
        "Hygiene &amp; Airflow Stain Removal",
        "page-id-24",
        "Hygienist appointments with Guided Biofilm Therapy and AIRFLOW stain removal in Nottingham.",
        _HYGIENE,
        sidebar=True,
    ),
    "/gum-disease/": _page(
        "Gum Disease Treatment",
        "page-id-26",
        "Bleeding gums? Periodontal assessment and deep cleaning for gum disease in Nottingham.",
        _GUM,
        sidebar=True,
    ),
    "/clear-aligners/": _page(
        "Clear Aligners",
        "page-id-31",
        "Invisalign clear aligners in Nottingham city centre.",
        _ALIGNERS,
        sidebar=True,
    ),
    "/adult-braces/": _page(
        "Fixed Braces for Adults",
        "page-id-33",
        "Ceramic and metal fixed braces for adults in Nottingham.",
        _BRACES,
        sidebar=True,
    ),
    "/cosmetic-dentistry/": _page(
        "Veneers, Composite Bonding &amp; Whitening",
        "page-id-36",
        "Porcelain veneers, composite bonding and teeth whitening in Nottingham.",
        _COSMETIC,
        sidebar=True,
    ),
    "/dental-implants/": _page(
        "Dental Implants &amp; All-on-4",
        "page-id-39",
        "Dental implants and All-on-4 teeth in a day in Nottingham.",
        _IMPLANTS,
        sidebar=True,
    ),
    "/dentures/": _page(
        "Dentures",
        "page-id-41",
        "Full, partial, chrome and implant-retained dentures and same-day repairs in Nottingham.",
        _DENTURES,
        sidebar=True,
    ),
    "/emergency-dentist/": _page(
        "Emergency Dentist Nottingham",
        "page-id-44",
        "Same-day emergency dental appointments in Nottingham city centre.",
        _EMERGENCY,
    ),
    "/sedation/": _page(
        "Nervous Patients &amp; Sedation",
        "page-id-47",
        "Calm dentistry for nervous patients and IV sedation in Nottingham.",
        _SEDATION,
        sidebar=True,
    ),
    "/facial-aesthetics/": _page(
        "Facial Aesthetics",
        "page-id-50",
        "Anti-wrinkle injections, lip filler and Profhilo by dentists in Nottingham.",
        _AESTHETICS,
    ),
    "/fees/": _page(
        "Fees &amp; 0% Finance",
        "page-id-53",
        "Dental fees and interest-free finance at Lace Quarter Dental, Nottingham.",
        _FEES,
    ),
    "/membership/": _page(
        "Membership Plan",
        "page-id-55",
        "The Lace Quarter Care Plan: routine dental care for a monthly fee.",
        _MEMBERSHIP,
        sidebar=True,
    ),
    "/referrals/": _page(
        "Referring Dentists",
        "page-id-58",
        "Refer a patient for implants, sedation, orthodontics or cosmetic dentistry.",
        _REFERRALS,
    ),
    "/team/": _page(
        "Meet the Team",
        "page-id-60",
        "Meet the dentists, hygienists and team at Lace Quarter Dental.",
        _TEAM,
    ),
    "/visit-us/": _page(
        "Find Us &amp; Opening Hours",
        "page-id-63",
        "Opening hours, parking, tram and bus directions to our Lace Market practice.",
        _VISIT,
    ),
    "/faq/": _page(
        "Frequently Asked Questions",
        "page-id-66",
        "Answers to common questions about appointments, cancellations and more.",
        _FAQ,
    ),
}

QUESTIONS = [
    (
        "Haven't been to a dentist in about 8 years (I know, I know). What actually happens at the first "
        "appointment and how long does it take?",
        "/new-patients/",
    ),
    ("my teeth are really stained from coffee and red wine, can the hygienist get that off", "/hygiene/"),
    ("Can I just book in with the hygienist or do I have to see a dentist first?", "/hygiene/"),
    (
        "My gums bleed every time I brush and my other half says my breath has been bad lately. Is that "
        "something you can sort out?",
        "/gum-disease/",
    ),
    (
        "How many hours a day do you actually have to wear the invisible braces? I'm not sure I could manage "
        "with work lunches and that",
        "/clear-aligners/",
    ),
    ("I'm 47, am I too old for proper braces? my bite is quite bad", "/adult-braces/"),
    (
        "chipped my front tooth on a bottle at the weekend, can it be fixed without drilling, ideally in one go",
        "/cosmetic-dentistry/",
    ),
    (
        "I've got a top plate and I'm sick to death of it. Is there a way to get fixed teeth all in one day?",
        "/dental-implants/",
    ),
    ("I smoke about 10 a day, does that stop me getting an implant", "/dental-implants/"),
    (
        "My mum's false teeth keep slipping when she eats and she's really fed up, what can you do for her?",
        "/dentures/",
    ),
    (
        "Broke a tooth on a pork pie last night and it's throbbing. I'm not one of your patients, can someone "
        "see me today?",
        "/emergency-dentist/",
    ),
    (
        "my husband's had a front tooth knocked clean out at rugby, what should we do with it",
        "/emergency-dentist/",
    ),
    ("I'm absolutely terrified of the dentist, can you put me to sleep for it?", "/sedation/"),
    ("If I have the sedation can I drive myself home afterwards?", "/sedation/"),
    ("how long does botox last", "/facial-aesthetics/"),
    ("can i get lip filler while im breastfeeding", "/facial-aesthetics/"),
    ("How much is a white filling?", "/fees/"),
    ("can I pay for my implant monthly, is it interest free", "/fees/"),
    (
        "is there some kind of monthly plan that covers check ups and the hygienist, how much is it",
        "/membership/",
    ),
    (
        "My dentist wants to send me to you for sedation to have a tooth out. Will I have to leave my own dentist?",
        "/referrals/",
    ),
    ("Is there a lady dentist? I'd feel more comfortable", "/team/"),
    ("where's best to park near you", "/visit-us/"),
    ("can I get an appointment after work? I dont finish til half 5", "/visit-us/"),
    ("How much notice do I need to give if I cancel, and will I be charged?", "/faq/"),
    ("do you take nhs patients", "/faq/"),
]

OUT_OF_SCOPE = [
    "Do you see children? My daughter's 6 and needs a check-up",
    "Can you make a gum shield for my son's boxing?",
    "Do you accept Bupa dental insurance, and can you claim it for me?",
    "Is there anything you can do for my husband's snoring? It's keeping me awake",
    "Are you hiring any dental nurses at the moment?",
    "Do you do laser hair removal as well as the botox?",
    "What time does the Forest match kick off on Saturday?",
    "Can you recommend somewhere nice for lunch near the Lace Market?",
]
