"""An evaluation site: Duthie & Reid Solicitors, a high-street firm of solicitors in Aberdeen, Scotland (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML is a WordPress block theme in the
Twenty Twenty-Four style, core blocks only: wp-site-blocks, template-part header with a responsive overlay
wp-block-navigation, constrained groups, columns, details blocks for FAQs, tables, buttons and a footer part.
"""

NAME = "Duthie & Reid Solicitors"

_SITE = "Duthie &amp; Reid Solicitors"
_DOMAIN = "https://www.duthiereid.co.uk"

_MENU = [
    ("Home", "/", []),
    (
        "Property",
        "/buying-a-home/",
        [
            ("Buying a Home", "/buying-a-home/"),
            ("Selling Your Home", "/selling-your-home/"),
            ("Conveyancing Fees &amp; Quotes", "/conveyancing-fees/"),
        ],
    ),
    (
        "Wills &amp; Estates",
        "/wills-and-powers-of-attorney/",
        [
            ("Wills &amp; Powers of Attorney", "/wills-and-powers-of-attorney/"),
            ("Executries", "/executries/"),
        ],
    ),
    (
        "Family Law",
        "/separation-and-divorce/",
        [
            ("Separation &amp; Divorce", "/separation-and-divorce/"),
            ("Children: Residence &amp; Contact", "/children-and-families/"),
        ],
    ),
    ("Employment", "/employment-law/", []),
    ("Landlords", "/landlord-services/", []),
    (
        "Fees",
        "/fees-and-funding/",
        [
            ("Fees &amp; Paying Your Bill", "/fees-and-funding/"),
            ("Legal Aid", "/legal-aid/"),
        ],
    ),
    (
        "About Us",
        "/our-team/",
        [
            ("Our Team", "/our-team/"),
            ("FAQs", "/faqs/"),
            ("Complaints &amp; Regulation", "/complaints/"),
            ("Privacy Notice", "/privacy-notice/"),
        ],
    ),
    (
        "Contact",
        "/contact-us/",
        [
            ("Contact &amp; Find Us", "/contact-us/"),
            ("Your First Appointment", "/your-first-appointment/"),
        ],
    ),
]

_CHEVRON = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" viewBox="0 0 12 12" fill="none" '
    'aria-hidden="true" focusable="false"><path d="M1.50002 4L6.00002 8L10.5 4" stroke-width="1.5"></path></svg>'
)

_HEAD_CSS = """
<style id='global-styles-inline-css'>
body{--wp--preset--color--base: #f9f9f9;--wp--preset--color--base-2: #ffffff;--wp--preset--color--contrast: #111111;
--wp--preset--color--contrast-2: #636363;--wp--preset--color--accent: #1f3a5f;--wp--preset--color--accent-2: #c9a227;
--wp--preset--font-family--body: "Inter", sans-serif;--wp--preset--font-family--heading: Cardo;
--wp--style--global--content-size: 720px;--wp--style--global--wide-size: 1200px;}
.wp-block-navigation a:where(:not(.wp-element-button)){color: inherit;text-decoration: none;}
.has-accent-background-color{background-color: var(--wp--preset--color--accent) !important;}
.has-base-2-background-color{background-color: var(--wp--preset--color--base-2) !important;}
</style>
<style id='core-block-supports-inline-css'>
.wp-container-core-columns-is-layout-1{flex-wrap:nowrap;}
.wp-container-core-navigation-is-layout-1{justify-content:flex-end;}
.wp-container-core-group-is-layout-3{justify-content:space-between;}
</style>"""

_ANALYTICS = """
<script async src="https://www.googletagmanager.com/gtag/js?id=G-DR4B1ZQ7KX"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-DR4B1ZQ7KX', { 'anonymize_ip': true });
</script>"""


def _nav(current):
    items = []
    for label, href, children in _MENU:
        active = href == current or any(c[1] == current for c in children)
        cls = "wp-block-navigation-item"
        if children:
            cls += " has-child open-on-hover-click wp-block-navigation-submenu"
        if active:
            cls += " current-menu-ancestor"
        aria = ' aria-current="page"' if href == current else ""
        if not children:
            items.append(
                f'<li class="{cls} wp-block-navigation-link"><a class="wp-block-navigation-item__content" '
                f'href="{href}"{aria}><span class="wp-block-navigation-item__label">{label}</span></a></li>'
            )
            continue
        subs = []
        for sub_label, sub_href in children:
            sub_aria = ' aria-current="page"' if sub_href == current else ""
            subs.append(
                '<li class="wp-block-navigation-item wp-block-navigation-link">'
                f'<a class="wp-block-navigation-item__content" href="{sub_href}"{sub_aria}>'
                f'<span class="wp-block-navigation-item__label">{sub_label}</span></a></li>'
            )
        items.append(
            f'<li data-wp-context=\'{{"submenuOpenedBy":{{"click":false,"hover":false,"focus":false}},'
            f'"type":"submenu"}}\' class="{cls}">'
            f'<a class="wp-block-navigation-item__content" href="{href}"{aria}>{label}</a>'
            '<button data-wp-bind--aria-expanded="state.isMenuOpen" '
            'class="wp-block-navigation__submenu-icon wp-block-navigation-submenu__toggle" '
            f'aria-label="{label} submenu">{_CHEVRON}</button>'
            '<ul class="wp-block-navigation__submenu-container wp-block-navigation-submenu">'
            + "\n".join(subs)
            + "</ul></li>"
        )
    return "\n".join(items)


def _header(current):
    return f"""
<header class="wp-block-template-part">
<div class="wp-block-group has-base-2-background-color has-background has-global-padding is-layout-constrained
 wp-block-group-is-layout-constrained">
<div class="wp-block-group alignwide is-layout-flex wp-container-core-group-is-layout-3
 wp-block-group-is-layout-flex" style="padding-top:14px;padding-bottom:6px">
<p class="has-small-font-size">Solicitors &amp; Estate Agents &middot; 27 Albyn Place, Aberdeen</p>
<p class="has-small-font-size"><a href="tel:+441224621480">01224 621 480</a> &nbsp;|&nbsp;
<a href="mailto:hello@duthiereid.co.uk">hello@duthiereid.co.uk</a></p>
</div>
<div class="wp-block-group alignwide is-layout-flex wp-container-core-group-is-layout-3
 wp-block-group-is-layout-flex" style="padding-top:var(--wp--preset--spacing--20);
 padding-bottom:var(--wp--preset--spacing--30)">
<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex">
<div class="wp-block-site-logo"><a href="/" class="custom-logo-link" rel="home"><img width="64" height="64"
 src="/wp-content/uploads/2023/02/duthie-reid-monogram.png" class="custom-logo" alt="Duthie &amp; Reid monogram"
 decoding="async" /></a></div>
<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow">
<p class="wp-block-site-title"><a href="/" target="_self" rel="home">{_SITE}</a></p>
<p class="wp-block-site-tagline">Straightforward legal advice in Aberdeen since 1987</p>
</div>
</div>
<nav class="is-responsive items-justified-right wp-block-navigation is-horizontal is-content-justification-right
 is-layout-flex wp-container-core-navigation-is-layout-1 wp-block-navigation-is-layout-flex" aria-label="Main menu"
 data-wp-interactive="core/navigation" data-wp-context='{{"overlayOpenedBy":{{"click":false,"hover":false,
"focus":false}},"type":"overlay","roleAttribute":"","ariaLabel":"Menu"}}'>
<button aria-haspopup="dialog" aria-label="Open menu" class="wp-block-navigation__responsive-container-open"
 data-wp-on-async--click="actions.openMenuOnClick"><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg"
 viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="4" y="7.5" width="16" height="1.5" />
<rect x="4" y="15" width="16" height="1.5" /></svg></button>
<div class="wp-block-navigation__responsive-container hidden-by-default" id="modal-1"
 data-wp-class--has-modal-open="state.isMenuOpen" data-wp-class--is-menu-open="state.isMenuOpen">
<div class="wp-block-navigation__responsive-close" tabindex="-1">
<div class="wp-block-navigation__responsive-dialog" data-wp-bind--aria-modal="state.ariaModal">
<button aria-label="Close menu" class="wp-block-navigation__responsive-container-close"
 data-wp-on-async--click="actions.closeMenuOnClick"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"
 width="24" height="24" aria-hidden="true" focusable="false"><path d="m13.06 12 6.47-6.47-1.06-1.06L12 10.94
 5.53 4.47 4.47 5.53 10.94 12l-6.47 6.47 1.06 1.06L12 13.06l6.47 6.47 1.06-1.06L13.06 12Z"></path></svg></button>
<div class="wp-block-navigation__responsive-container-content" id="modal-1-content">
<ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation">
{_nav(current)}
</ul>
</div></div></div></div>
</nav>
<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex">
<div class="wp-block-button is-style-fill"><a class="wp-block-button__link wp-element-button"
 href="/your-first-appointment/">Book an appointment</a></div>
</div>
</div>
</div>
</header>"""


_FOOTER = f"""
<footer class="wp-block-template-part">
<div class="wp-block-group has-accent-background-color has-background has-global-padding is-layout-constrained
 wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--50);
 padding-bottom:var(--wp--preset--spacing--50)">
<div class="wp-block-columns alignwide is-layout-flex wp-container-core-columns-is-layout-1
 wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:34%">
<p class="wp-block-site-title"><a href="/" rel="home">{_SITE}</a></p>
<p>Solicitors, notaries and estate agents serving Aberdeen and Aberdeenshire since 1987.</p>
<ul class="wp-block-social-links has-icon-color is-style-logos-only is-layout-flex
 wp-block-social-links-is-layout-flex">
<li class="wp-social-link wp-social-link-facebook wp-block-social-link"><a href="https://www.facebook.com/duthiereid"
 class="wp-block-social-link-anchor"><span class="wp-block-social-link-label screen-reader-text">Facebook</span>
</a></li>
<li class="wp-social-link wp-social-link-linkedin wp-block-social-link"><a
 href="https://www.linkedin.com/company/duthie-reid-solicitors" class="wp-block-social-link-anchor"><span
 class="wp-block-social-link-label screen-reader-text">LinkedIn</span></a></li>
<li class="wp-social-link wp-social-link-instagram wp-block-social-link"><a
 href="https://www.instagram.com/duthiereidproperty" class="wp-block-social-link-anchor"><span
 class="wp-block-social-link-label screen-reader-text">Instagram</span></a></li>
</ul>
</div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<h2 class="wp-block-heading has-medium-font-size">Visit us</h2>
<p>27 Albyn Place<br>Aberdeen<br>AB10 1YL</p>
<p><a href="tel:+441224621480">01224 621 480</a><br>
<a href="mailto:hello@duthiereid.co.uk">hello@duthiereid.co.uk</a></p>
</div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<h2 class="wp-block-heading has-medium-font-size">Office hours</h2>
<p>Monday to Friday: 9am &ndash; 5pm<br>Saturday &amp; Sunday: closed</p>
<p class="has-small-font-size"><a href="/contact-us/">Full opening hours &amp; holidays</a></p>
</div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<h2 class="wp-block-heading has-medium-font-size">Quick links</h2>
<ul class="wp-block-list">
<li><a href="/conveyancing-fees/">Get a conveyancing quote</a></li>
<li><a href="/your-first-appointment/">Book a first appointment</a></li>
<li><a href="/faqs/">FAQs</a></li>
<li><a href="/complaints/">Complaints &amp; regulation</a></li>
<li><a href="/privacy-notice/">Privacy &amp; cookies</a></li>
</ul>
</div>
</div>
<div class="wp-block-group alignwide is-layout-flex wp-block-group-is-layout-flex" style="padding-top:24px">
<p class="has-small-font-size">&copy; 2025 Duthie &amp; Reid LLP, a limited liability partnership registered in
 Scotland (SO305512). Registered office: 27 Albyn Place, Aberdeen AB10 1YL. Regulated by the Law Society of
 Scotland. VAT no. GB 412 7730 19.</p>
<p class="has-small-font-size">Designed with <a href="https://wordpress.org" rel="nofollow">WordPress</a></p>
</div>
</div>
</footer>"""

_COOKIES = """
<div id="cmplz-cookiebanner-container">
<div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences
 optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true"
 role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage cookie consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to make this website
 work and, if you agree, to understand how visitors use it. You can change your mind at any time.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div>
<div class="cmplz-links cmplz-documents"><ul><li><a href="/privacy-notice/" class="cmplz-link privacy-statement">
Privacy &amp; cookie notice</a></li></ul></div>
</div></div>"""

_SIDEBAR_PROPERTY = """
<div class="wp-block-group has-base-2-background-color has-background is-layout-flow wp-block-group-is-layout-flow"
 style="padding:24px">
<h3 class="wp-block-heading">Moving home?</h3>
<p>Our property team handles the legal work and the marketing under one roof, so nothing falls between two firms.</p>
<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex">
<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/conveyancing-fees/">
Get a quote</a></div></div>
</div>
<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="padding:24px">
<h3 class="wp-block-heading">Property guides</h3>
<ul class="wp-block-page-list">
<li class="wp-block-pages-list__item"><a class="wp-block-pages-list__item__link" href="/buying-a-home/">Buying a
 home</a></li>
<li class="wp-block-pages-list__item"><a class="wp-block-pages-list__item__link" href="/selling-your-home/">Selling your
 home</a></li>
<li class="wp-block-pages-list__item"><a class="wp-block-pages-list__item__link" href="/faqs/">Property FAQs</a></li>
</ul>
<figure class="wp-block-pullquote"><blockquote><p>&ldquo;Kept us calm through two closing dates and got us the keys
 on the day we wanted.&rdquo;</p><cite>Claire &amp; Tom, Bridge of Don</cite></blockquote></figure>
</div>"""

_SIDEBAR_GENERAL = """
<div class="wp-block-group has-base-2-background-color has-background is-layout-flow wp-block-group-is-layout-flow"
 style="padding:24px">
<h3 class="wp-block-heading">Talk to us</h3>
<p>Tell us a little about your situation and we will put you in touch with the right solicitor.</p>
<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex">
<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/your-first-appointment/">
Book a first appointment</a></div>
<div class="wp-block-button is-style-outline"><a class="wp-block-button__link wp-element-button"
 href="tel:+441224621480">Call 01224 621 480</a></div></div>
</div>
<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="padding:24px">
<figure class="wp-block-pullquote"><blockquote><p>&ldquo;Honest, clear and never made me feel rushed. I knew what
 everything would cost from the start.&rdquo;</p><cite>Google review, Mastrick</cite></blockquote></figure>
<p class="has-small-font-size"><a href="/fees-and-funding/">How our fees work</a> &middot;
 <a href="/legal-aid/">Legal aid</a></p>
</div>"""


def _page(path, title, description, body, page_id, sidebar=None):
    if sidebar:
        content = f"""
<div class="wp-block-columns alignwide is-layout-flex wp-container-core-columns-is-layout-1
 wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:66.66%">
{body}
</div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:33.33%">
<aside class="widget-area sidebar" aria-label="Sidebar">{sidebar}</aside>
</div>
</div>"""
    else:
        content = body
    page_title = f"{_SITE}" if path == "/" else f"{title} &#8211; {_SITE}"
    body_class = "home page-template-default page" if path == "/" else "page-template-default page"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<title>{page_title}</title>
<meta name="description" content="{description}" />
<link rel="canonical" href="{_DOMAIN}{path}" />
<meta property="og:locale" content="en_GB" />
<meta property="og:type" content="website" />
<meta property="og:title" content="{title} | Duthie &amp; Reid" />
<meta property="og:description" content="{description}" />
<meta property="og:site_name" content="Duthie &amp; Reid Solicitors" />
<meta name="generator" content="WordPress 6.5.3" />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3'
 media='all' />
<link rel='stylesheet' id='twentytwentyfour-style-css' href='/wp-content/themes/twentytwentyfour/style.css?ver=1.1'
 media='all' />
<link rel='stylesheet' id='cmplz-general-css' href='/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css'
 media='all' />
{_HEAD_CSS}
{_ANALYTICS}
</head>
<body class="{body_class} page-id-{page_id} wp-custom-logo wp-embed-responsive">
<div class="wp-site-blocks">
{_header(path)}
<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:0;margin-bottom:0">
<div class="wp-block-group alignfull has-global-padding is-layout-constrained wp-block-group-is-layout-constrained"
 style="padding-top:var(--wp--preset--spacing--50)">
<h1 class="wp-block-post-title">{title}</h1>
</div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained
 wp-block-post-content-is-layout-constrained">
<div class="wp-block-group alignwide is-layout-constrained wp-block-group-is-layout-constrained">
{content}
</div>
</div>
</main>
{_FOOTER}
</div>
{_COOKIES}
</body>
</html>
"""


# --------------------------------------------------------------------------------------------------------------
# Page bodies
# --------------------------------------------------------------------------------------------------------------

_HOME = """
<div class="wp-block-cover alignfull is-light" style="min-height:420px">
<span aria-hidden="true" class="wp-block-cover__background has-base-background-color has-background-dim-60
 has-background-dim"></span>
<img class="wp-block-cover__image-background" alt="" src="/wp-content/uploads/2023/02/albyn-place-granite.jpg"
 data-object-fit="cover" />
<div class="wp-block-cover__inner-container is-layout-constrained wp-block-cover-is-layout-constrained">
<h2 class="wp-block-heading has-x-large-font-size">Good legal advice, in plain English, from people who live here
 too.</h2>
<p>From your first flat in Rosemount to sorting out a parent&rsquo;s affairs, Duthie &amp; Reid has been helping
 Aberdeen families with the law for nearly forty years.</p>
<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex">
<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/your-first-appointment/">
Book a first appointment</a></div>
<div class="wp-block-button is-style-outline"><a class="wp-block-button__link wp-element-button"
 href="/conveyancing-fees/">Property quote</a></div>
</div>
</div>
</div>

<h2 class="wp-block-heading">How we can help</h2>
<div class="wp-block-columns is-layout-flex wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<h3 class="wp-block-heading"><a href="/buying-a-home/">Buying &amp; selling</a></h3>
<p>Conveyancing and estate agency together: notes of interest, offers, closing dates, missives and the keys.
 <a href="/selling-your-home/">Selling with us</a>.</p>
</div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<h3 class="wp-block-heading"><a href="/wills-and-powers-of-attorney/">Wills &amp; powers of attorney</a></h3>
<p>Plan ahead so the people you trust can step in, and so your estate goes where you want it to.</p>
</div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<h3 class="wp-block-heading"><a href="/executries/">Executries</a></h3>
<p>When someone dies we can take the whole estate off your hands, or just guide you through it.</p>
</div>
</div>
<div class="wp-block-columns is-layout-flex wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<h3 class="wp-block-heading"><a href="/separation-and-divorce/">Separation &amp; divorce</a></h3>
<p>Calm, practical advice on ending a marriage, civil partnership or cohabiting relationship.</p>
</div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<h3 class="wp-block-heading"><a href="/children-and-families/">Children</a></h3>
<p>Arrangements for where children live and the time they spend with each parent.</p>
</div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<h3 class="wp-block-heading"><a href="/employment-law/">Employment</a> &amp;
 <a href="/landlord-services/">landlords</a></h3>
<p>Advice for employees and small employers, and for private landlords with tenancy problems.</p>
</div>
</div>

<div class="wp-block-group has-base-2-background-color has-background is-layout-constrained
 wp-block-group-is-layout-constrained" style="padding:40px">
<h2 class="wp-block-heading">Why people choose Duthie &amp; Reid</h2>
<ul class="wp-block-list">
<li>An independent Aberdeen firm: the partners own it and work in it every day.</li>
<li>You deal with a named solicitor who knows your file, not a call centre.</li>
<li>Clear, written estimates before any work starts. See <a href="/fees-and-funding/">how our fees work</a>.</li>
<li>Members of the Aberdeen Solicitors&rsquo; Property Centre, so your home reaches local buyers.</li>
</ul>
</div>

<h2 class="wp-block-heading">What our clients say</h2>
<div class="wp-block-columns is-layout-flex wp-block-columns-is-layout-flex testimonials">
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<figure class="wp-block-quote"><p>&ldquo;Morag sorted Dad&rsquo;s power of attorney in one visit to his care home.
 She was patient and kind and explained everything twice without a sigh.&rdquo;</p>
<cite>&#9733;&#9733;&#9733;&#9733;&#9733;
 Lesley, Cults</cite></figure>
</div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<figure class="wp-block-quote"><p>&ldquo;First-time buyers, totally clueless about closing dates. Lorna talked us
 through it and we got the flat. Would recommend to anyone.&rdquo;</p><cite>&#9733;&#9733;&#9733;&#9733;&#9733;
 Ryan &amp; Ola, Torry</cite></figure>
</div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<figure class="wp-block-quote"><p>&ldquo;Fiona got me through a horrible separation without it turning into a war.
 Worth every penny.&rdquo;</p><cite>&#9733;&#9733;&#9733;&#9733;&#9733; Google review</cite></figure>
</div>
</div>

<div class="wp-block-group alignfull has-accent-background-color has-background is-layout-constrained
 wp-block-group-is-layout-constrained" style="padding:48px">
<h2 class="wp-block-heading has-text-align-center">Ready to talk?</h2>
<p class="has-text-align-center">Meet us at Albyn Place, by video or on the phone.</p>
<div class="wp-block-buttons is-content-justification-center is-layout-flex wp-block-buttons-is-layout-flex">
<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/your-first-appointment/">
Book now</a></div>
<div class="wp-block-button is-style-outline"><a class="wp-block-button__link wp-element-button"
 href="/contact-us/">Find us</a></div>
</div>
</div>
"""

_BUYING = """
<p class="has-large-font-size">Buying a house in Scotland works differently from the rest of the UK. Offers are
 made by your solicitor, sealed bids are common, and the deal becomes binding much earlier.</p>

<h2 class="wp-block-heading">1. Before you start viewing</h2>
<p>Speak to a mortgage adviser and get a <strong>mortgage agreement in principle</strong>. Selling agents will ask
 whether your finance is in place before they take an offer seriously, and you cannot make an offer subject to
 finance in a closing date.</p>

<h2 class="wp-block-heading">2. Noting interest</h2>
<p>If you like a property, ask us to <strong>note interest</strong> with the selling agent. This simply tells them
 you may want to offer. It costs nothing and commits you to nothing, but it means we will be told if a closing
 date is set.</p>

<h2 class="wp-block-heading">3. &ldquo;Offers over&rdquo;, fixed price and closing dates</h2>
<p>Most Aberdeen homes are advertised as <em>offers over</em> a figure, which is usually set close to the Home
 Report valuation. In the north-east at the moment many homes sell at or close to that figure, and some below.
 We will give you our honest view of a sensible offer, based on recent sales in the street.</p>
<p>When several people have noted interest, the seller sets a <strong>closing date</strong>: a deadline, usually
 12 noon on a weekday, by which all offers must be lodged in writing by each buyer&rsquo;s solicitor. It is a
 blind auction: you get one chance and cannot raise your offer afterwards. The seller does not have to accept
 the highest offer, or any offer. We usually hear the outcome the same afternoon.</p>

<h2 class="wp-block-heading">4. Missives: when the deal becomes binding</h2>
<p>Once your offer is accepted in principle, we negotiate the contract, called the <strong>missives</strong>, by
 formal letters between solicitors. When the missives are <strong>concluded</strong> the bargain is legally binding
 on both sides. Do not give notice on a tenancy or book a removal firm until then.</p>

<h2 class="wp-block-heading">5. Land and Buildings Transaction Tax (LBTT)</h2>
<p>In Scotland you pay LBTT to Revenue Scotland, not Stamp Duty. We complete and submit the return for you and pay
 the tax from your funds on the date of entry.</p>
<figure class="wp-block-table is-style-stripes"><table>
<thead><tr><th>Part of the price</th><th>LBTT rate</th></tr></thead>
<tbody>
<tr><td>Up to &pound;145,000</td><td>0%</td></tr>
<tr><td>&pound;145,001 to &pound;250,000</td><td>2%</td></tr>
<tr><td>&pound;250,001 to &pound;325,000</td><td>5%</td></tr>
<tr><td>&pound;325,001 to &pound;750,000</td><td>10%</td></tr>
<tr><td>Over &pound;750,000</td><td>12%</td></tr>
</tbody></table>
</figure>
<p><strong>First-time buyers</strong> get relief that raises the zero-rate band to &pound;175,000, saving up to
 &pound;600. If you will own more than one home after the purchase, the <strong>Additional Dwelling
 Supplement</strong> of 8% of the whole price is added, although it can be reclaimed if you sell your previous
 main home within 36 months.</p>

<h2 class="wp-block-heading">6. Date of entry and getting the keys</h2>
<p>We need the balance of the price from you, in cleared funds, at least <strong>three working days</strong> before
 the date of entry, along with your mortgage funds from the lender. On the day, we send the full price to the
 seller&rsquo;s solicitor and the keys are released, usually between midday and 2pm. We then register your
 title with Registers of Scotland.</p>

<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex">
<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/conveyancing-fees/">
See our purchase fees</a></div>
<div class="wp-block-button is-style-outline"><a class="wp-block-button__link wp-element-button"
 href="/your-first-appointment/">Book a first appointment</a></div>
</div>
"""

_SELLING = """
<p class="has-large-font-size">We are solicitors and estate agents, so one team markets your home, handles the
 offers and does the legal work through to settlement.</p>

<h2 class="wp-block-heading">The Home Report</h2>
<p>By law almost every home for sale in Scotland must have a <strong>Home Report</strong> before it is put on the
 market. It has three parts:</p>
<ul class="wp-block-list">
<li>a <strong>single survey</strong> and valuation by a chartered surveyor, covering the condition of the property;</li>
<li>an <strong>energy report</strong> with the Energy Performance Certificate; and</li>
<li>a <strong>property questionnaire</strong> that you fill in, covering council tax band, parking, alterations,
 factors and so on.</li>
</ul>
<p>The Home Report must be no more than <strong>12 weeks old</strong> when the property first goes on the market.
 We instruct it for you from one of several local surveying firms. Surveyors&rsquo; charges depend on the value
 of the house and usually run from about &pound;500 to &pound;900. If you sell through us, we can arrange for the
 surveyor to be paid out of the sale proceeds so there is nothing to pay up front. Buyers and their lenders can
 download the Home Report free of charge from our listing.</p>

<h2 class="wp-block-heading">Marketing your home</h2>
<ul class="wp-block-list">
<li>Valuation visit and advice on the asking price, usually within a few days of your call.</li>
<li>Professional photographs, floor plan and a 360&deg; virtual tour.</li>
<li>Listing on Rightmove, OnTheMarket and the Aberdeen Solicitors&rsquo; Property Centre (ASPC).</li>
<li>A &ldquo;For Sale&rdquo; board, unless you would rather not have one.</li>
<li>Viewings: you can show people round yourself, or one of our team will do accompanied viewings, including
 on weekday evenings.</li>
</ul>

<h2 class="wp-block-heading">Offers and closing dates</h2>
<p>We keep a list of everyone whose solicitor has noted interest. If several buyers are keen, we will recommend
 setting a closing date so everyone makes their best offer at the same time. On the day we go through each
 offer with you, not just the price but the proposed date of entry, conditions and how the buyer is funding the
 purchase. You are free to accept whichever offer suits you best.</p>

<h2 class="wp-block-heading">What stays and what goes</h2>
<p>Before marketing we ask you to complete a fixtures and fittings list. Anything on it (carpets, curtains, white
 goods, the garden shed) becomes part of the deal once missives are concluded, so please be accurate.</p>

<h2 class="wp-block-heading">Moving out</h2>
<p>On the date of entry the house must be empty and clean, with all keys handed in to our office by 10am. Take
 final meter readings and tell the council you are leaving. Once the buyer&rsquo;s money arrives we repay your
 mortgage, deduct our fee and outlays, and transfer the balance to you the same day.</p>

<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex">
<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/contact-us/">
Book a free valuation</a></div>
<div class="wp-block-button is-style-outline"><a class="wp-block-button__link wp-element-button"
 href="/conveyancing-fees/">Selling fees</a></div>
</div>
"""

_CONVEYANCING_FEES = """
<p>Our property fees are fixed and depend on the price. All legal fees below are plus VAT at 20%. Outlays (sums we
 pay to third parties on your behalf) are listed separately so there are no surprises.</p>

<h2 class="wp-block-heading">Buying</h2>
<figure class="wp-block-table is-style-stripes"><table>
<thead><tr><th>Purchase price</th><th>Legal fee (plus VAT)</th></tr></thead>
<tbody>
<tr><td>Up to &pound;150,000</td><td>&pound;750</td></tr>
<tr><td>&pound;150,001 &ndash; &pound;250,000</td><td>&pound;850</td></tr>
<tr><td>&pound;250,001 &ndash; &pound;400,000</td><td>&pound;995</td></tr>
<tr><td>&pound;400,001 &ndash; &pound;600,000</td><td>&pound;1,195</td></tr>
<tr><td>Over &pound;600,000</td><td>0.2% of the price</td></tr>
</tbody></table></figure>
<p>The purchase fee includes acting for your mortgage lender, noting interest, submitting offers and preparing and
 submitting your LBTT return.</p>

<h2 class="wp-block-heading">Selling</h2>
<figure class="wp-block-table is-style-stripes"><table>
<thead><tr><th>Sale price</th><th>Legal fee (plus VAT)</th></tr></thead>
<tbody>
<tr><td>Up to &pound;150,000</td><td>&pound;650</td></tr>
<tr><td>&pound;150,001 &ndash; &pound;250,000</td><td>&pound;750</td></tr>
<tr><td>&pound;250,001 &ndash; &pound;400,000</td><td>&pound;875</td></tr>
<tr><td>Over &pound;400,000</td><td>&pound;975</td></tr>
</tbody></table></figure>

<h3 class="wp-block-heading">Estate agency</h3>
<p>If we market your home as well, our estate agency commission is <strong>1% of the sale price plus VAT</strong>,
 with a minimum of &pound;1,650 plus VAT. There is no up-front marketing charge and no commission if your home
 does not sell. You can withdraw from marketing at any time; if you do, we charge only the photography and floor
 plan at &pound;195 plus VAT.</p>

<h2 class="wp-block-heading">Extra work</h2>
<figure class="wp-block-table"><table>
<tbody>
<tr><td>New-build purchase</td><td>&pound;150 + VAT</td></tr>
<tr><td>Help to Buy / Scottish shared equity or LIFT scheme</td><td>&pound;250 + VAT</td></tr>
<tr><td>Lifetime ISA used towards the deposit</td><td>&pound;75 + VAT</td></tr>
<tr><td>Remortgage (no sale or purchase)</td><td>&pound;450 + VAT</td></tr>
<tr><td>Transfer of title between owners (e.g. after separation)</td><td>&pound;600 + VAT</td></tr>
<tr><td>Same-day bank transfer (CHAPS), per transfer</td><td>&pound;35 + VAT</td></tr>
</tbody></table></figure>

<h2 class="wp-block-heading">Outlays</h2>
<p>Registration dues are charged by Registers of Scotland and depend on the price:</p>
<figure class="wp-block-table is-style-stripes"><table>
<thead><tr><th>Price</th><th>Registration dues</th></tr></thead>
<tbody>
<tr><td>&pound;50,001 &ndash; &pound;100,000</td><td>&pound;160</td></tr>
<tr><td>&pound;100,001 &ndash; &pound;150,000</td><td>&pound;270</td></tr>
<tr><td>&pound;150,001 &ndash; &pound;200,000</td><td>&pound;330</td></tr>
<tr><td>&pound;200,001 &ndash; &pound;300,000</td><td>&pound;400</td></tr>
<tr><td>&pound;300,001 &ndash; &pound;500,000</td><td>&pound;540</td></tr>
<tr><td>Over &pound;500,000</td><td>from &pound;600</td></tr>
</tbody></table></figure>
<p>Other outlays on a typical purchase are the property enquiry certificate and searches (about &pound;95 to
 &pound;130) and the advance notice (&pound;20). On a sale you pay for the Home Report and, where the property is
 a flat, any factor&rsquo;s closing account.</p>

<h2 class="wp-block-heading">Getting a written quote</h2>
<p>Call us or email the price, whether you are buying, selling or both, and how you are funding it. We send a full
 written quote, normally within one working day. Quotes stay valid for three months and the fee is fixed unless
 the transaction changes (for example, you add a second lender).</p>
"""

_WILLS = """
<p class="has-large-font-size">A will and a power of attorney are the two documents we think every adult in Scotland
 should have. Neither takes long, and both save your family a great deal of worry and cost later.</p>

<h2 class="wp-block-heading">Making a will</h2>
<p>A will lets you choose your executors, who inherits and who looks after young children. Without one, the
 rules of intestacy decide, and an unmarried partner or stepchildren can be left with nothing automatic.</p>
<p>Scots law has one rule that surprises people: your spouse or civil partner and your children have
 <strong>legal rights</strong> to a share of your moveable estate (money, shares, cars and so on, but not your
 house) and a will cannot take those rights away. We will explain how they affect your plans.</p>
<p>We keep the signed original will in our fireproof deeds store free of charge for as long as you like, and
 give you a copy.</p>

<h2 class="wp-block-heading">Powers of attorney</h2>
<p>A power of attorney lets people you choose act for you if you cannot. In Scotland there are two kinds, and most
 people have both in one document:</p>
<ul class="wp-block-list">
<li><strong>Continuing power of attorney</strong>: money and property, such as running bank accounts, paying
 bills or selling a house. It can start straight away or only once you lose capacity.</li>
<li><strong>Welfare power of attorney</strong>: decisions about care, where you live and medical treatment. It can
 only be used once you have lost capacity to make those decisions yourself.</li>
</ul>
<p>The person granting the power must understand what they are signing. A solicitor or doctor has to sign a
 <strong>certificate</strong> confirming this after speaking to them alone; our solicitors can sign it, so you
 do not need a GP appointment. If someone has early dementia, the sooner this is done the better. Once capacity
 has gone it is too late, and the family must apply to the sheriff court for a guardianship order, which takes
 months and costs several thousand pounds.</p>
<p>We then register the power of attorney with the <strong>Office of the Public Guardian (Scotland)</strong>.
 Registration currently takes around four to six weeks, and banks will not accept the document until it has been
 registered.</p>

<h2 class="wp-block-heading">Prices</h2>
<figure class="wp-block-table is-style-stripes"><table>
<thead><tr><th>Service</th><th>Fee</th></tr></thead>
<tbody>
<tr><td>Single will</td><td>&pound;195 + VAT</td></tr>
<tr><td>Mirror wills for a couple</td><td>&pound;320 + VAT</td></tr>
<tr><td>Will with a trust (e.g. for a disabled beneficiary)</td><td>from &pound;450 + VAT</td></tr>
<tr><td>Combined continuing and welfare power of attorney, one person</td><td>&pound;395 + VAT</td></tr>
<tr><td>Powers of attorney for a couple</td><td>&pound;650 + VAT</td></tr>
<tr><td>Office of the Public Guardian registration fee (outlay, each document)</td><td>&pound;96</td></tr>
</tbody></table></figure>
<p>Book a will and powers of attorney together and we take &pound;50 off the total.</p>

<h2 class="wp-block-heading">Home, hospital and care home visits</h2>
<p>If you or a relative cannot easily come to Albyn Place, we will visit at home, in hospital or in a care home
 anywhere in Aberdeen city. There is a travel charge of &pound;60 + VAT per visit; further into Aberdeenshire we
 will quote.</p>
"""

_EXECUTRIES = """
<p class="has-large-font-size">&ldquo;Executry&rdquo; is the Scottish word for winding up the estate of someone who
 has died (in England it is called probate). We can deal with all of it for you, or help with just the parts you
 would rather not do.</p>

<h2 class="wp-block-heading">The first few days</h2>
<p>In Scotland a death must be registered within <strong>eight days</strong> with any registrar in Scotland; in
 Aberdeen the registrar is at Marischal College. The funeral can usually be arranged before the estate is dealt
 with, and banks will often release money direct to the funeral director. Please do not distribute belongings or
 close accounts yourself until we have spoken.</p>

<h2 class="wp-block-heading">Getting Confirmation</h2>
<p>To collect in the person&rsquo;s money and sell or transfer their property, the executor needs
 <strong>Confirmation</strong> from the sheriff court, the Scottish equivalent of a grant of probate. We value
 everything the person owned and owed, prepare the inventory and apply to Aberdeen Sheriff Court for you.</p>
<ul class="wp-block-list">
<li><strong>If there is a will</strong>, the executors named in it apply. They are called executors-nominate.</li>
<li><strong>If there is no will</strong>, a relative (usually the surviving spouse or next of kin) must first ask
 the court to appoint them as <strong>executor-dative</strong>. They will normally also need an insurance
 guarantee called a <strong>bond of caution</strong>, which we arrange. This adds about four to six weeks.</li>
<li><strong>Small estates</strong> worth less than &pound;36,000 can use a simpler procedure, and for very small
 amounts a bank may release funds without Confirmation at all.</li>
</ul>

<h2 class="wp-block-heading">How long it takes</h2>
<p>A straightforward executry, with a house to sell and a few bank accounts, usually takes <strong>nine to twelve
 months</strong> from our first meeting to the final payments to beneficiaries. Estates with inheritance tax to
 pay, a business, or a disagreement among the family take longer. We will give you a realistic timetable at the
 start and update you at each stage.</p>

<h2 class="wp-block-heading">What we need from you</h2>
<ul class="wp-block-list">
<li>the death certificate (the extract from the registrar);</li>
<li>the will, if you have it, or the name of the firm that holds it;</li>
<li>recent bank statements, pension letters, share certificates and any policies; and</li>
<li>details of debts, such as the council tax, utilities and care home fees.</li>
</ul>

<h2 class="wp-block-heading">What it costs</h2>
<p>Executry work is charged on the time spent, at the hourly rates on our fees page. A simple executry with no
 house usually costs between &pound;2,000 and &pound;3,500 plus VAT; one with a house to sell usually costs
 &pound;3,500 to &pound;6,000 plus VAT, with the sale itself charged at our normal selling fee. Our fees are
 paid from the estate, not by you personally, and we send the executors an estimate before we start.</p>
"""

_DIVORCE = """
<p class="has-large-font-size">Whether you have just separated or have been apart for years, the first step is
 understanding where you stand. Most of our clients never go near a courtroom.</p>

<h2 class="wp-block-heading">Separation agreements</h2>
<p>When a couple separates, the best way to sort out money, property and arrangements for children is usually a
 written agreement, known in Scotland as a <strong>Minute of Agreement</strong>. Once signed, we register it in
 the Books of Council and Session, which means it can be enforced like a court decree without going to court.
 An agreement can deal with the family home, savings, pensions, debts and payments of aliment (financial
 support). A Minute of Agreement usually costs between &pound;1,500 and &pound;3,000 plus VAT for each person,
 depending on how much there is to negotiate.</p>

<h2 class="wp-block-heading">Dividing property on divorce</h2>
<p>Married couples and civil partners share <strong>matrimonial property</strong>: what either of you acquired
 from the date of marriage until the date you separated, including pension rights built up in that time. The
 starting point is an equal split. Property owned before the marriage, and gifts or inheritances from third
 parties, are usually excluded. Financial claims must be settled before the divorce is granted; after that it is
 too late.</p>

<h2 class="wp-block-heading">Getting divorced</h2>
<p>You can divorce in Scotland if the marriage has broken down irretrievably. Usually this is shown by living
 apart for <strong>one year</strong> if you both agree to the divorce, or <strong>two years</strong> if one of
 you does not.</p>
<h3 class="wp-block-heading">The simplified (&ldquo;do it yourself&rdquo;) procedure</h3>
<p>If you have been separated for the required time, have no children together under 16, and neither of you is
 asking the court for money or property, you can use the <strong>simplified procedure</strong>. You fill in a form
 from the Scottish Courts and Tribunals Service website and send it to the sheriff court with the court fee
 (currently about &pound;150, waived for people on certain benefits). No solicitor is needed, though we are happy
 to check the form for a fixed &pound;95 plus VAT.</p>
<p>Where there are children under 16 or financial issues still to be decided, an ordinary divorce action is
 needed, and we will explain the costs at your first meeting.</p>

<h2 class="wp-block-heading">Living together but not married</h2>
<p>Cohabiting couples do not have the same rights as married couples. However, a former cohabitant can ask the
 court for a payment if they were left financially worse off by the relationship, for example by giving up work
 to look after children. The claim must be raised in court within <strong>one year</strong> of the date you
 stopped living together, so please come and see us quickly.</p>

<h2 class="wp-block-heading">Mediation and collaborative law</h2>
<p>Fiona Duthie is a trained collaborative lawyer. In collaborative law both of you and your solicitors meet
 around a table and agree to settle without court. It is often quicker and cheaper, and much easier on any
 children.</p>
"""

_CHILDREN = """
<p class="has-large-font-size">When parents separate, the most important thing is that children keep a good
 relationship with both of them. Most families sort arrangements out between themselves, sometimes with a bit of
 help. When that isn&rsquo;t possible, we can help.</p>

<h2 class="wp-block-heading">Parental responsibilities and rights</h2>
<p>Mothers automatically have parental responsibilities and rights. Fathers have them if they were married to the
 mother when the child was conceived or later, or if they are registered on the birth certificate of a child
 born after 4 May 2006. A father without them can ask the court to grant them.</p>

<h2 class="wp-block-heading">When you can&rsquo;t agree: residence and contact</h2>
<p>If a parent is stopping the other from seeing the children, or you cannot agree where they should live, either
 parent (or a grandparent or other relative) can apply to the sheriff court for an order under section 11 of the
 Children (Scotland) Act 1995:</p>
<ul class="wp-block-list">
<li>a <strong>residence order</strong> says where a child lives; and</li>
<li>a <strong>contact order</strong> sets out the time a child spends with a parent they do not live with, for
 example alternate weekends, half of the school holidays or video calls.</li>
</ul>
<p>Before going to court we usually write to the other parent to suggest arrangements, and recommend mediation
 through Relationships Scotland, which has an office in Aberdeen. Many disputes end there.</p>

<h2 class="wp-block-heading">What happens in court</h2>
<p>The court&rsquo;s main concern is the child&rsquo;s welfare, not what is fair between the adults. It will only
 make an order if that is better for the child than making no order at all. Cases call at a <strong>child welfare
 hearing</strong>, an informal hearing where the sheriff speaks to both parents and tries to agree interim
 arrangements. The sheriff may ask a reporter, often a solicitor or social worker, to speak to the family and
 report back.</p>
<h3 class="wp-block-heading">Your child&rsquo;s views</h3>
<p>The court must give a child the chance to express a view in a way that suits them, usually on a simple form
 sent to the child or by speaking to a reporter or the sheriff. There is no minimum age. Older children&rsquo;s
 views usually carry a lot of weight, but the decision is the sheriff&rsquo;s.</p>

<h2 class="wp-block-heading">Moving away with the children</h2>
<p>If you want to move a long distance or abroad with the children and the other parent does not agree, you may
 need the court&rsquo;s permission. If you are worried the other parent is about to take a child out of the
 country, call us immediately: we can ask the court for an urgent order the same day.</p>

<h2 class="wp-block-heading">Child maintenance</h2>
<p>Maintenance for children is usually dealt with by the Child Maintenance Service, not the courts. We can advise
 on agreed payments in a separation agreement.</p>
"""

_EMPLOYMENT = """
<p class="has-large-font-size">We advise employees in the north-east who have problems at work, and small and
 medium-sized employers who want to get things right first time.</p>

<h2 class="wp-block-heading">Settlement agreements</h2>
<p>A settlement agreement is a contract in which you give up your right to bring claims against your employer,
 usually in exchange for a payment. It is only binding if you have taken advice from an independent solicitor,
 who must sign a certificate. Because of this, employers almost always pay towards the cost of your advice,
 usually &pound;350 to &pound;750 plus VAT. In most cases that covers our fee in full and you pay nothing.
 We will check the terms, tell you whether the offer is reasonable and, if it isn&rsquo;t, negotiate for you. We
 can normally see you within two working days.</p>

<h2 class="wp-block-heading">Dismissal, discrimination and other claims</h2>
<ul class="wp-block-list">
<li><strong>Unfair dismissal:</strong> you normally need two years&rsquo; continuous service, unless the reason was
 automatically unfair (for example, whistleblowing, pregnancy or raising a health and safety concern).</li>
<li><strong>Discrimination:</strong> no qualifying service is needed.</li>
<li><strong>Unpaid wages, holiday pay and redundancy pay.</strong></li>
</ul>

<h2 class="wp-block-heading">Time limits are very short</h2>
<p>Most employment tribunal claims must be started within <strong>three months less one day</strong> of the
 dismissal or the act you are complaining about. Before you can lodge a claim you must contact ACAS for
 <strong>early conciliation</strong>, which pauses the clock while it lasts. If you think you have been treated
 unfairly, get advice straight away; do not wait for an internal appeal to finish. Tribunal hearings for the
 area take place at the Aberdeen hearing centre. There is no fee to bring a claim.</p>

<h2 class="wp-block-heading">For employers</h2>
<ul class="wp-block-list">
<li>Contracts of employment and staff handbooks.</li>
<li>Disciplinary, grievance and absence procedures, and advice as a case unfolds.</li>
<li>Redundancies and restructures, including consultation.</li>
<li>Defending tribunal claims.</li>
</ul>
<p>Our <strong>HR Support Plan</strong> gives small employers unlimited telephone advice and a contract and
 handbook review for &pound;95 plus VAT a month.</p>

<h2 class="wp-block-heading">Costs</h2>
<p>For employees we offer a fixed-fee first review of your case, including a one-hour meeting and a written
 summary of your options, for &pound;150 plus VAT. Tribunal work is then charged by the hour, and we will always
 give you an estimate. Some home insurance policies include legal expenses cover for employment disputes, so it
 is worth checking yours.</p>
"""

_LANDLORD = """
<p class="has-large-font-size">We act for private landlords and letting agents across Aberdeen and Aberdeenshire
 when a tenancy goes wrong. We do not act for tenants in disputes with landlords; if you are a tenant, Shelter
 Scotland or Aberdeen Citizens Advice Bureau can help.</p>

<h2 class="wp-block-heading">Private residential tenancies</h2>
<p>Since 1 December 2017 almost every new private let in Scotland has been a <strong>private residential
 tenancy</strong> (PRT). A PRT has no end date: the tenant can leave with 28 days&rsquo; notice, but a landlord can
 only end it using one of 18 <strong>eviction grounds</strong> set out in the law, such as rent arrears,
 selling the property, moving back in, or antisocial behaviour.</p>

<h2 class="wp-block-heading">Notice to leave</h2>
<p>The first step is serving a <strong>notice to leave</strong> in the prescribed form, stating the ground and
 enclosing evidence. The notice period is:</p>
<ul class="wp-block-list">
<li><strong>28 days</strong> if the tenant has lived there for six months or less, or if you rely on certain
 conduct grounds such as rent arrears, breach of the tenancy or antisocial behaviour; and</li>
<li><strong>84 days</strong> in other cases.</li>
</ul>
<p>Mistakes in the notice are the most common reason eviction cases fail. We prepare and serve notices for a
 fixed &pound;150 plus VAT.</p>

<h2 class="wp-block-heading">Rent arrears</h2>
<p>The rent arrears ground applies where the tenant has been in arrears for <strong>three or more consecutive
 months</strong>. Before applying for eviction you must follow the <strong>pre-action requirements</strong>:
 give the tenant clear information about the arrears and their rights, try to agree a reasonable payment plan,
 and signpost them to advice. The tribunal will look at whether you did this when deciding if eviction is
 reasonable.</p>

<h2 class="wp-block-heading">The Housing and Property Chamber</h2>
<p>Eviction cases and most other tenancy disputes are decided by the <strong>First-tier Tribunal for Scotland
 (Housing and Property Chamber)</strong>, not the sheriff court. There is no application fee. Hearings are often
 held by telephone or video. We can also apply for a payment order for unpaid rent at the same time.</p>
<p>Our fixed fee for an undefended eviction application, from notice to leave through to the tribunal&rsquo;s
 order, is &pound;950 plus VAT. Defended cases are charged by the hour.</p>

<h2 class="wp-block-heading">Keeping compliant</h2>
<ul class="wp-block-list">
<li>You must be registered as a landlord with Aberdeen City Council or Aberdeenshire Council.</li>
<li>Tenancy deposits must be paid into an approved scheme (SafeDeposits Scotland, Letting Protection Service
 Scotland or mydeposits Scotland) within <strong>30 working days</strong> of the tenancy starting. If not, the
 tribunal can order you to pay the tenant up to three times the deposit.</li>
<li>Rent can be increased only once in any 12 months, with three months&rsquo; notice on the correct form.</li>
</ul>
"""

_FEES = """
<p class="has-large-font-size">We want you to know what you will pay before we start. Every client receives a
 terms of business letter setting out who will do the work, what it will cost and how to pay.</p>

<h2 class="wp-block-heading">Fixed fees</h2>
<p>Many of our services have a fixed price, shown on the page for that service: house purchases and sales, wills,
 powers of attorney, notices to leave and undefended evictions, settlement agreements and first reviews of
 employment cases. <a href="/conveyancing-fees/">See our property fees</a>.</p>

<h2 class="wp-block-heading">Hourly rates</h2>
<p>Other work, such as court cases, contested family matters and executries, is charged on the time spent,
 recorded in six-minute units. That includes meetings, phone calls, emails, letters and preparation.</p>
<figure class="wp-block-table is-style-stripes"><table>
<thead><tr><th>Who does the work</th><th>Hourly rate (plus VAT)</th></tr></thead>
<tbody>
<tr><td>Partner</td><td>&pound;275</td></tr>
<tr><td>Associate or accredited specialist</td><td>&pound;230</td></tr>
<tr><td>Solicitor</td><td>&pound;195</td></tr>
<tr><td>Trainee solicitor or paralegal</td><td>&pound;125</td></tr>
</tbody></table>
<figcaption class="wp-element-caption">Rates from 1 April 2025. VAT is charged at 20%.</figcaption></figure>
<p>For hourly work we give a written estimate at the start and tell you straight away if it is likely to be
 exceeded. For court work we ask for a payment on account, usually &pound;750 to &pound;1,500, which is held in our
 client account and set against your bills.</p>

<h2 class="wp-block-heading">Free first call</h2>
<p>For family, employment and landlord enquiries, a solicitor will call you back for a free 15-minute chat to
 see whether we can help and what the next step would be. There is no obligation to go further.</p>

<h2 class="wp-block-heading">Paying your bill</h2>
<ul class="wp-block-list">
<li><strong>Bank transfer</strong> is our preferred method. Our bank details are on every invoice.</li>
<li><strong>Debit and credit cards</strong> (Visa and Mastercard) are accepted for fees up to &pound;5,000, by
 phone, in the office or through a secure payment link. We cannot take card payments towards a house deposit or
 purchase price.</li>
<li>We do not accept cheques, and we accept cash only up to &pound;250.</li>
</ul>
<p>Invoices are payable within 14 days. If you are struggling to pay, please tell us early: we can usually agree
 monthly instalments for family and executry clients.</p>

<div class="wp-block-group has-base-2-background-color has-background is-layout-constrained
 wp-block-group-is-layout-constrained" style="padding:24px;border-left:4px solid #c9a227">
<h3 class="wp-block-heading">Protect yourself from email fraud</h3>
<p>Criminals target people moving house with fake emails that appear to come from their solicitor. <strong>We
 will never change our bank details by email.</strong> Before sending us any large sum, phone us on a number you
 already know to confirm the account details.</p>
</div>
"""

_LEGAL_AID = """
<p class="has-large-font-size">Legal aid is public money, managed by the Scottish Legal Aid Board (SLAB), which
 pays some or all of a solicitor&rsquo;s fees for people who could not otherwise afford them.</p>

<h2 class="wp-block-heading">What we offer legal aid for</h2>
<p>Duthie &amp; Reid is registered with SLAB to provide civil legal aid in <strong>family law</strong> cases:
 separation, divorce, and arrangements for children including residence and contact disputes. We do not offer
 legal aid for buying or selling property, wills, executries, employment or landlord matters.</p>

<h2 class="wp-block-heading">Two types of legal aid</h2>
<h3 class="wp-block-heading">Advice and Assistance</h3>
<p>This covers initial advice and work such as letters and negotiation, but not court. You may qualify if your
 disposable income is no more than &pound;245 a week and your disposable savings are no more than &pound;1,716.
 If you receive Universal Credit, Income Support, income-based Jobseeker&rsquo;s Allowance or income-related
 Employment and Support Allowance, you usually qualify on income automatically, although your savings are still
 checked. We can assess you at your first appointment and start work the same day.</p>
<h3 class="wp-block-heading">Civil legal aid</h3>
<p>This covers court cases. SLAB looks at your disposable income (up to &pound;26,239 a year) and disposable
 capital (up to &pound;13,017), and also at whether your case has merit and whether it is reasonable for public
 money to be spent on it. We make the application for you; a decision usually takes four to eight weeks. In an
 emergency we can ask for special urgency cover so that court work can start immediately.</p>

<h2 class="wp-block-heading">Do I have to pay anything?</h2>
<p>Depending on your income you may have to pay a <strong>contribution</strong>, either a one-off sum or monthly
 payments to SLAB. If you recover or keep money or property because of the case (for example, your share of the
 family home), SLAB may recover its costs from that, which is known as the <strong>clawback</strong>. We will
 explain all of this before you apply.</p>

<h2 class="wp-block-heading">What to bring</h2>
<p>To check whether you qualify, please bring proof of your income for the last month (payslips or benefit award
 letters), recent bank statements and, if you have a partner you live with, details of their income too.</p>
<p>If you do not qualify, we will tell you what the work would cost privately. See <a href="/fees-and-funding/">our
 fees</a>.</p>
"""

_FIRST_APPOINTMENT = """
<p class="has-large-font-size">Your first meeting is the chance to tell us what has happened, ask questions and
 leave knowing what happens next and what it will cost.</p>

<h2 class="wp-block-heading">Booking</h2>
<p>Call reception on 01224 621 480 or email us with a brief outline of what you need help with and some times
 that suit. We will match you with the right solicitor and confirm the appointment by email and text message.
 You can meet us:</p>
<ul class="wp-block-list">
<li>at our office on Albyn Place;</li>
<li>by video call on Microsoft Teams or Zoom; or</li>
<li>by telephone.</li>
</ul>
<p>A first appointment usually lasts 45 minutes to an hour. You are welcome to bring a relative or friend for
 support, though for some matters, such as wills, we will need to speak to you alone for part of the meeting.</p>

<h2 class="wp-block-heading">Proof of identity</h2>
<p>Like all solicitors, we must check the identity of every new client under the Money Laundering Regulations.
 Please bring originals (not photocopies) of:</p>
<ul class="wp-block-list">
<li><strong>one photo ID</strong>: a current passport, photocard driving licence, or national identity card;
 and</li>
<li><strong>one proof of address</strong> dated within the last three months: a utility bill, council tax bill,
 bank statement or benefit letter. Mobile phone bills are not accepted.</li>
</ul>
<p>We also run an electronic identity check, which does not affect your credit rating. It costs &pound;8 plus VAT
 per person. If you cannot come in, we can verify your ID on a video call using the SmartSearch app on your phone.</p>

<h2 class="wp-block-heading">Source of funds for property purchases</h2>
<p>If you are buying, we must see where your deposit has come from, normally six months of statements for the
 account it is held in. If family are giving you money towards the deposit, the person giving it must sign a
 <strong>gifted deposit letter</strong> confirming it is a gift and not a loan, provide their own ID and proof of
 address, and show us a bank statement with the money in it. Please sort this out early, as we cannot send funds
 to the seller until these checks are complete.</p>

<h2 class="wp-block-heading">Cancelling or rearranging</h2>
<p>If you need to cancel, please give us at least 24 hours&rsquo; notice so someone else can have the slot.
 Where a first appointment has a fee and you do not attend without letting us know, we may charge it in full.</p>
"""

_COMPLAINTS = """
<p class="has-large-font-size">We hope you are happy with our service, but if something has gone wrong we want
 to hear about it and put it right.</p>

<h2 class="wp-block-heading">How to complain to us</h2>
<p>First, speak to the solicitor handling your matter; many concerns can be sorted out quickly that way. If you
 would rather not, or you are still unhappy, contact our Client Relations Partner, <strong>Alasdair Reid</strong>,
 by email to complaints@duthiereid.co.uk or by letter to our office. Please tell us what went wrong and what you
 would like us to do.</p>
<ul class="wp-block-list">
<li>We will acknowledge your complaint within <strong>five working days</strong>.</li>
<li>A partner not involved in your matter will investigate and send you a full written response within
 <strong>28 days</strong>. If the matter is complicated we will explain why we need longer.</li>
</ul>
<p>Making a complaint will not affect how we handle your matter.</p>

<h2 class="wp-block-heading">The Scottish Legal Complaints Commission</h2>
<p>If you are not satisfied with our final response, you can take your complaint to the <strong>Scottish Legal
 Complaints Commission</strong> (SLCC), the independent gateway for complaints about lawyers in Scotland. It is
 free to use. You normally need to have complained to us first, and the SLCC will usually only accept a complaint
 made within <strong>one year</strong> of the end of our service or of when you became aware of the problem,
 whichever is later.</p>
<p>Scottish Legal Complaints Commission, The Stamp Office, 10&ndash;14 Waterloo Place, Edinburgh EH1 3EG.
 Telephone 0131 201 2130. <a href="https://www.scottishlegalcomplaints.org.uk">www.scottishlegalcomplaints.org.uk</a></p>

<h2 class="wp-block-heading">Our regulator</h2>
<p>Duthie &amp; Reid LLP and all of our solicitors are regulated by the <strong>Law Society of Scotland</strong>,
 Atria One, 144 Morrison Street, Edinburgh EH3 8EX. The Society sets the rules we must follow, checks our
 accounts and client money handling, and deals with the conduct side of complaints passed to it by the SLCC. You
 can check any solicitor&rsquo;s practising certificate on the Society&rsquo;s &ldquo;Find a Solicitor&rdquo;
 search.</p>

<h2 class="wp-block-heading">Insurance and client protection</h2>
<p>We are covered by the Law Society of Scotland&rsquo;s Master Policy for professional indemnity insurance, which
 protects clients if a solicitor makes a negligent mistake. The Scottish Solicitors Guarantee Fund (Client
 Protection Fund) can compensate clients who lose money through a solicitor&rsquo;s dishonesty. Money we hold for
 clients is kept in a separate client bank account, never mixed with the firm&rsquo;s own money.</p>
"""

_TEAM = """
<p class="has-large-font-size">We are a team of eleven based at Albyn Place. Here are the people you are most
 likely to meet.</p>

<h2 class="wp-block-heading">Partners</h2>
<div class="wp-block-columns is-layout-flex wp-block-columns-is-layout-flex team-grid">
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<figure class="wp-block-image size-medium"><img src="/wp-content/uploads/2024/03/alasdair-reid.jpg"
 alt="Alasdair Reid" width="300" height="300" /></figure>
<h3 class="wp-block-heading">Alasdair Reid</h3>
<p><em>Senior Partner &middot; Property</em></p>
<p>Alasdair joined the firm his father co-founded in 1995 and has bought and sold thousands of homes across the
 north-east. He is also our Client Relations Partner. Outside work he is a long-suffering Dons season-ticket
 holder.</p>
</div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<figure class="wp-block-image size-medium"><img src="/wp-content/uploads/2024/03/fiona-duthie.jpg"
 alt="Fiona Duthie" width="300" height="300" /></figure>
<h3 class="wp-block-heading">Fiona Duthie</h3>
<p><em>Partner &middot; Family Law</em></p>
<p>Fiona is accredited by the Law Society of Scotland as a specialist in family law and is a trained
 collaborative lawyer. She handles separations, divorces and disputes about children, and is known for keeping
 things civil.</p>
</div>
</div>

<h2 class="wp-block-heading">Solicitors</h2>
<div class="wp-block-columns is-layout-flex wp-block-columns-is-layout-flex team-grid">
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<h3 class="wp-block-heading">Morag Robertson</h3>
<p><em>Associate &middot; Wills, Powers of Attorney &amp; Executries</em></p>
<p>Morag looks after our private clients and is also a <strong>notary public</strong>, so she can notarise
 documents and witness signatures for use overseas.</p>
</div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<h3 class="wp-block-heading">Kirsty Mackay</h3>
<p><em>Associate &middot; Employment</em></p>
<p>Kirsty spent eight years in-house in the energy sector before joining us, so she knows both sides of the
 table in an employment dispute.</p>
</div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<h3 class="wp-block-heading">Euan Forbes</h3>
<p><em>Solicitor &middot; Landlord &amp; Tenancy, Family</em></p>
<p>Euan appears regularly at the Housing and Property Chamber and at Aberdeen Sheriff Court.</p>
</div>
</div>

<h2 class="wp-block-heading">Property and support team</h2>
<div class="wp-block-columns is-layout-flex wp-block-columns-is-layout-flex team-grid">
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<h3 class="wp-block-heading">Lorna Milne</h3>
<p><em>Senior Conveyancer &amp; Estate Agency Manager</em></p>
<p>Lorna runs our property sales, from valuation visits to closing dates.</p>
</div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<h3 class="wp-block-heading">Agnieszka Nowak</h3>
<p><em>Paralegal</em></p>
<p>Agnieszka works with our property and executry teams. She speaks <strong>Polish</strong> and is happy to
 join meetings and calls with Polish-speaking clients.</p>
</div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<h3 class="wp-block-heading">Jamie Grant</h3>
<p><em>Trainee Solicitor</em></p>
<p>Jamie is completing his traineeship with us after graduating from the University of Aberdeen.</p>
</div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<h3 class="wp-block-heading">Sheila Ewen</h3>
<p><em>Office Manager &amp; Cashier</em></p>
<p>Sheila is usually the first voice you hear on the phone, and the person to speak to about invoices.</p>
</div>
</div>

<div class="wp-block-group has-base-2-background-color has-background is-layout-constrained
 wp-block-group-is-layout-constrained" style="padding:32px">
<h2 class="wp-block-heading">Join us</h2>
<p>We offer one traineeship every two years. Applications open in October on the Law Society of Scotland&rsquo;s
 traineeship board.</p>
</div>
"""

_CONTACT = """
<div class="wp-block-columns is-layout-flex wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:55%">
<h2 class="wp-block-heading">Our office</h2>
<p>Duthie &amp; Reid Solicitors<br>27 Albyn Place<br>Aberdeen AB10 1YL</p>
<p>Telephone: <a href="tel:+441224621480">01224 621 480</a><br>
Email: <a href="mailto:hello@duthiereid.co.uk">hello@duthiereid.co.uk</a></p>

<h2 class="wp-block-heading">Opening hours</h2>
<figure class="wp-block-table"><table>
<tbody>
<tr><td>Monday &ndash; Wednesday</td><td>9:00am &ndash; 5:00pm</td></tr>
<tr><td>Thursday</td><td>9:00am &ndash; 5:00pm, with appointments until 7:00pm by arrangement</td></tr>
<tr><td>Friday</td><td>9:00am &ndash; 5:00pm</td></tr>
<tr><td>Saturday and Sunday</td><td>Closed</td></tr>
</tbody></table></figure>
<p>Reception stays open over lunchtime. If you work during the day, ask for a Thursday evening appointment or a
 video call. We are closed on Aberdeen&rsquo;s local public holidays (the spring and autumn holiday Mondays) and
 from Christmas Eve until 3 January. Our voicemail is checked every morning.</p>
</div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:45%">
<figure class="wp-block-image"><img src="/wp-content/uploads/2023/02/albyn-place-office.jpg"
 alt="The granite frontage of 27 Albyn Place" /></figure>
</div>
</div>

<h2 class="wp-block-heading">Getting here</h2>
<p>We are on Albyn Place, at the west end of Union Street, opposite the High School for Girls.</p>
<h3 class="wp-block-heading">Parking</h3>
<p>We do not have a car park. There is pay and display parking on Albyn Place and the surrounding streets
 (maximum stay three hours, payable by card or the council app). The nearest multi-storey is the Chapel Street
 car park, about a five-minute walk. We have one space in the lane behind the office kept for clients with a
 Blue Badge; please call ahead and we will keep it free for you.</p>
<p>Albyn Place is just outside the city centre Low Emission Zone, so you can drive to us in any car; but if you
 carry on east along Union Street the zone starts soon after.</p>
<h3 class="wp-block-heading">Bus and train</h3>
<p>Several First Aberdeen and Stagecoach services stop on Albyn Place right outside. Aberdeen railway station is
 about a 20-minute walk or a short taxi ride.</p>

<h3 class="wp-block-heading">Accessibility</h3>
<p>The front entrance has four steps. There is step-free access through the rear door from the lane, and we have
 a ground-floor meeting room and an accessible toilet. Our meeting rooms have a hearing loop.</p>

<div class="wp-block-group has-base-2-background-color has-background is-layout-constrained
 wp-block-group-is-layout-constrained" style="padding:32px">
<h2 class="wp-block-heading">Send us a message</h2>
<form class="wpcf7-form" action="#wpcf7-f118-p14-o1" method="post">
<p><label>Your name<br><input type="text" name="your-name" size="40" /></label></p>
<p><label>Email or phone<br><input type="text" name="your-contact" size="40" /></label></p>
<p><label>How can we help?<br><select name="your-topic"><option>Buying or selling</option><option>Wills and
 powers of attorney</option><option>Executry</option><option>Family or children</option><option>Employment
</option><option>Landlord</option><option>Something else</option></select></label></p>
<p><label>Message<br><textarea name="your-message" cols="40" rows="6"></textarea></label></p>
<p><input type="submit" value="Send" class="wpcf7-submit wp-element-button" /></p>
</form>
<p class="has-small-font-size">Please do not send confidential documents through this form.</p>
</div>
"""

_FAQS = """
<p>Answers to the questions we are asked most often. If yours isn&rsquo;t here, give us a ring.</p>

<h2 class="wp-block-heading">Property</h2>
<details class="wp-block-details is-layout-flow wp-block-details-is-layout-flow"><summary>Do I need a solicitor to
 buy a house in Scotland?</summary>
<p>In practice, yes. Offers on Scottish property are made by a solicitor on your behalf, and the contract is made up
 of letters between solicitors. Your mortgage lender will also need a solicitor to act for it.</p></details>

<details class="wp-block-details is-layout-flow wp-block-details-is-layout-flow"><summary>How long does it take from
 an accepted offer to moving in?</summary>
<p>Usually six to eight weeks, although the date of entry is agreed between buyer and seller and can be sooner or
 later. New-build purchases depend on when the builder finishes the house.</p></details>

<details class="wp-block-details is-layout-flow wp-block-details-is-layout-flow"><summary>Can you act for my
 mortgage lender as well as me?</summary>
<p>Yes. We are on the panels of almost all high-street lenders and building societies, and acting for your lender
 is included in our purchase fee. A few specialist and buy-to-let lenders use their own solicitors; if so we will
 tell you at the start.</p></details>

<details class="wp-block-details is-layout-flow wp-block-details-is-layout-flow"><summary>Do I have to come into the
 office to sign things?</summary>
<p>No. We sign the offer and missives on your behalf. Your mortgage deed and any disposition (the deed that
 transfers ownership) can be signed electronically with a secure digital signature. If you are working away, for
 example offshore, we can do everything by email, phone and video call. Paper deeds need a witness over 16 who is
 not a relative and not named in the deed.</p></details>

<details class="wp-block-details is-layout-flow wp-block-details-is-layout-flow"><summary>Where are my title deeds?
</summary>
<p>Almost every property in Aberdeen is now on the Land Register, which is held electronically by Registers of
 Scotland, so there are no paper title deeds to lose. We can obtain a copy of your title sheet for a small fee.
</p></details>

<details class="wp-block-details is-layout-flow wp-block-details-is-layout-flow"><summary>Do you do commercial
 property or business work?</summary>
<p>We concentrate on people and families, so we don&rsquo;t handle commercial leases, business sales or company
 law. We are happy to recommend firms that do.</p></details>

<h2 class="wp-block-heading">General</h2>
<details class="wp-block-details is-layout-flow wp-block-details-is-layout-flow"><summary>I already have a
 solicitor. Can I move my case to you?</summary>
<p>Yes. You sign a mandate and we ask your previous solicitor to send us your file. They are allowed to hold on to
 the file until any unpaid bill is settled.</p></details>

<details class="wp-block-details is-layout-flow wp-block-details-is-layout-flow"><summary>Does getting married
 cancel my will?</summary>
<p>Not in Scotland. Unlike in England, marriage does not revoke a Scottish will, but you should review it after
 marrying, separating or having children, as it may no longer say what you want.</p></details>

<details class="wp-block-details is-layout-flow wp-block-details-is-layout-flow"><summary>I live abroad. Can you
 still help?</summary>
<p>Yes. Many of our clients work overseas. We can meet by video, verify your ID electronically and accept
 documents signed in front of a local notary.</p></details>

<details class="wp-block-details is-layout-flow wp-block-details-is-layout-flow"><summary>Will you tell anyone what
 I discuss with you?</summary>
<p>No. Everything you tell us is confidential, even if you decide not to instruct us.</p></details>
"""

_PRIVACY = """
<p>Duthie &amp; Reid LLP is the data controller for personal information we hold about clients, website visitors
 and other people involved in our clients&rsquo; matters. This notice explains what we collect and why.</p>

<h2 class="wp-block-heading">What we collect</h2>
<p>Your name, contact details, date of birth, identity documents, financial information and details of your legal
 matter. In family and employment cases this can include sensitive information such as health details.</p>

<h2 class="wp-block-heading">Why we use it</h2>
<ul class="wp-block-list">
<li>to provide legal services under our contract with you;</li>
<li>to meet legal obligations, including the Money Laundering Regulations and our duties to the Law Society of
 Scotland; and</li>
<li>for our legitimate interests, such as keeping accounts and defending claims.</li>
</ul>
<p>We never sell your information. We share it only where your matter needs it, for example with the other
 side&rsquo;s solicitor, the courts, Registers of Scotland, Revenue Scotland, your lender or our identity-checking
 provider.</p>

<h2 class="wp-block-heading">How long we keep it</h2>
<p>We keep client files for <strong>ten years</strong> after the matter ends, then destroy them securely.
 Executry files are kept for twenty years. Original wills and powers of attorney are kept until they are needed
 or you ask for them back. Identity documents are kept for five years after our relationship ends, as the law
 requires.</p>

<h2 class="wp-block-heading">Your rights</h2>
<p>You can ask for a copy of the information we hold about you, ask us to correct it, and in some cases ask us to
 delete it or stop using it. Write to our data protection lead, Sheila Ewen, at the office. If you are unhappy
 with how we have handled your information you can complain to the Information Commissioner&rsquo;s Office.</p>

<h2 class="wp-block-heading">Cookies</h2>
<p>Our website uses essential cookies to work and, only if you agree, Google Analytics cookies to count visitors.
 You can change your choice at any time using the cookie banner.</p>
"""

# --------------------------------------------------------------------------------------------------------------
# The site
# --------------------------------------------------------------------------------------------------------------

_PAGES = [
    (
        "/",
        "Solicitors in Aberdeen",
        "Independent Aberdeen solicitors and estate agents: property, wills, executries, family, employment.",
        _HOME,
        2,
        None,
    ),
    (
        "/buying-a-home/",
        "Buying a Home in Aberdeen",
        "How buying a house works under Scots law: noting interest, offers over, closing dates, missives and LBTT.",
        _BUYING,
        11,
        _SIDEBAR_PROPERTY,
    ),
    (
        "/selling-your-home/",
        "Selling Your Home",
        "Selling your home with Duthie & Reid: Home Reports, marketing, viewings, closing dates and moving out.",
        _SELLING,
        12,
        _SIDEBAR_PROPERTY,
    ),
    (
        "/conveyancing-fees/",
        "Conveyancing Fees &amp; Quotes",
        "Fixed conveyancing fees for buying and selling in Aberdeen, estate agency commission and outlays.",
        _CONVEYANCING_FEES,
        13,
        _SIDEBAR_PROPERTY,
    ),
    (
        "/wills-and-powers-of-attorney/",
        "Wills &amp; Powers of Attorney",
        "Scottish wills and continuing and welfare powers of attorney in Aberdeen, with fixed prices.",
        _WILLS,
        21,
        _SIDEBAR_GENERAL,
    ),
    (
        "/executries/",
        "Executries",
        "Help with executries in Aberdeen: Confirmation, executor-dative, timescales and costs.",
        _EXECUTRIES,
        22,
        _SIDEBAR_GENERAL,
    ),
    (
        "/separation-and-divorce/",
        "Separation &amp; Divorce",
        "Separation agreements, divorce and cohabitation claims under Scots law, from an accredited specialist.",
        _DIVORCE,
        31,
        _SIDEBAR_GENERAL,
    ),
    (
        "/children-and-families/",
        "Children: Residence &amp; Contact",
        "Advice for separated parents in Aberdeen about where children live and contact with the other parent.",
        _CHILDREN,
        32,
        _SIDEBAR_GENERAL,
    ),
    (
        "/employment-law/",
        "Employment Law",
        "Employment advice for employees and employers: settlement agreements, dismissal and tribunal claims.",
        _EMPLOYMENT,
        41,
        _SIDEBAR_GENERAL,
    ),
    (
        "/landlord-services/",
        "Landlord Services",
        "Help for private landlords: notices to leave, rent arrears and eviction at the Housing and Property Chamber.",
        _LANDLORD,
        42,
        _SIDEBAR_GENERAL,
    ),
    (
        "/fees-and-funding/",
        "Fees &amp; Paying Your Bill",
        "Our hourly rates, fixed fees, payment options and how we estimate costs.",
        _FEES,
        51,
        None,
    ),
    (
        "/legal-aid/",
        "Legal Aid",
        "Legal aid from the Scottish Legal Aid Board for family law cases: who qualifies and what it covers.",
        _LEGAL_AID,
        52,
        _SIDEBAR_GENERAL,
    ),
    (
        "/your-first-appointment/",
        "Your First Appointment &amp; ID Checks",
        "Booking a first appointment, what ID to bring, source of funds checks and cancellations.",
        _FIRST_APPOINTMENT,
        53,
        None,
    ),
    (
        "/complaints/",
        "Complaints &amp; Regulation",
        "How to complain, the Scottish Legal Complaints Commission and regulation by the Law Society of Scotland.",
        _COMPLAINTS,
        61,
        None,
    ),
    (
        "/our-team/",
        "Our Team",
        "Meet the partners, solicitors and staff of Duthie & Reid, Albyn Place, Aberdeen.",
        _TEAM,
        62,
        None,
    ),
    (
        "/faqs/",
        "Frequently Asked Questions",
        "Answers to common questions about buying a house, signing documents, wills and moving your case to us.",
        _FAQS,
        63,
        None,
    ),
    (
        "/contact-us/",
        "Contact &amp; Find Us",
        "Opening hours, address, parking and directions for Duthie & Reid Solicitors, 27 Albyn Place, Aberdeen.",
        _CONTACT,
        14,
        None,
    ),
    (
        "/privacy-notice/",
        "Privacy &amp; Cookie Notice",
        "How Duthie & Reid LLP uses and protects your personal information.",
        _PRIVACY,
        3,
        None,
    ),
]

HTML = {
    path: _page(path, title, description, body, page_id, sidebar)
    for path, title, description, body, page_id, sidebar in _PAGES
}

QUESTIONS = [
    (
        "we've seen a flat in Rosemount, offers over 180k. how does the closing date thing actually work? "
        "never bought a place up here before",
        "/buying-a-home/",
    ),
    ("Do I have to pay that land tax as a first time buyer on a 160k flat", "/buying-a-home/"),
    ("How much will your legal fees be to buy a house for about 230 thousand?", "/conveyancing-fees/"),
    ("whats your commission if you sell my house for me", "/conveyancing-fees/"),
    (
        "We're putting my late mum's bungalow up for sale. Do we need to get one of those survey packs done "
        "before it can be advertised?",
        "/selling-your-home/",
    ),
    (
        "My dad's been diagnosed with early dementia and wants me and my sister to be able to handle his bank "
        "stuff if he gets worse. What do we need to do?",
        "/wills-and-powers-of-attorney/",
    ),
    ("How much for a will for me and my wife", "/wills-and-powers-of-attorney/"),
    (
        "My brother died last month, he never made a will and I'm his next of kin. How do I get at his bank "
        "account to pay his bills?",
        "/executries/",
    ),
    (
        "Me and my husband split up about 18 months ago and we both want a divorce. No kids and nothing to "
        "split. Is there a cheap way of doing it?",
        "/separation-and-divorce/",
    ),
    (
        "I lived with my partner for 7 years, we were never married, and we broke up in the spring. I gave up "
        "my job to look after the kids. Can I claim anything from him?",
        "/separation-and-divorce/",
    ),
    ("my ex wont let me see my daughter anymore since christmas what can I do", "/children-and-families/"),
    (
        "Work have offered me a settlement agreement and they say a lawyer has to sign it. Will I have to pay "
        "you for that?",
        "/employment-law/",
    ),
    (
        "I got sacked last week after 3 years at the company, is there a deadline for doing something about it",
        "/employment-law/",
    ),
    (
        "My tenant hasn't paid any rent for 4 months. How do I get them out of my flat in Torry?",
        "/landlord-services/",
    ),
    (
        "I'm renting a flat and my landlord has just given me a notice to leave. Can you help me fight it?",
        "/landlord-services/",
    ),
    ("what do you charge per hour", "/fees-and-funding/"),
    ("Can I pay your bill on my credit card?", "/fees-and-funding/"),
    (
        "I'm on universal credit and I need help getting custody of my kids sorted. Is there any help with the "
        "cost of a solicitor?",
        "/legal-aid/",
    ),
    ("What ID do I need to bring to my first meeting?", "/your-first-appointment/"),
    (
        "My parents are giving us 20k towards our deposit. Do you need anything from them?",
        "/your-first-appointment/",
    ),
    (
        "I already complained to the firm about how my case was handled and I'm still not happy with their "
        "answer. Who do I go to next?",
        "/complaints/",
    ),
    ("Is there anywhere to park near your office?", "/contact-us/"),
    (
        "can i come in after work some evening? I dont finish till half 5",
        "/contact-us/",
    ),
    (
        "Does anyone there speak Polish? My mum needs to sort some things out and her english isnt great",
        "/our-team/",
    ),
    (
        "I work offshore, 3 weeks on 3 off. Do I have to be there in person to sign the mortgage papers for "
        "the house we're buying?",
        "/faqs/",
    ),
]

OUT_OF_SCOPE = [
    "Can you represent me in court? I've been charged with drink driving",
    "Do you handle personal injury claims? I slipped on the ice outside a supermarket and broke my wrist",
    "Can you help us buy a holiday apartment in Spain?",
    "Do you give a discount to NHS staff?",
    "I need help applying for a spouse visa for my wife, is that something you do",
    "Do you deal with crofting tenancies and croft assignations?",
    "What's the best chippy near your office?",
    "Is it going to snow in Aberdeen this weekend?",
]
