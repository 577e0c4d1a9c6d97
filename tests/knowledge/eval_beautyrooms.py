"""An evaluation site: The Beauty Rooms Ludlow, a hair and beauty salon on Corve Street in Ludlow, Shropshire (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML is a WordPress GeneratePress theme
with GenerateBlocks (gb-container / gb-grid-wrapper / gb-headline blocks inside "inside-article" and
"entry-content", a mega-menu "main-navigation", a widget sidebar on some pages, a gb-accordion and
wp-block-details FAQ, a CookieYes banner and a widgetised "site-footer").
"""

NAME = "The Beauty Rooms Ludlow"

_BOOK = "https://www.phorest.com/book/salons/thebeautyroomsludlow"

_MENU = [
    ("Home", "/", []),
    (
        "Hair",
        "/hair/",
        [
            ("Cuts &amp; Styling", "/hair/", "Ladies&#8217; cuts, blow-dries, hair-up and children&#8217;s cuts"),
            ("Colour &amp; Perms", "/colour-and-perms/", "Tints, foils, balayage, colour correction and perms"),
            ("Bridal &amp; Weddings", "/bridal/", "Trials, wedding mornings and our mobile team"),
            ("Men&#8217;s Grooming", "/mens-grooming/", "Fades, beards and gents&#8217; waxing"),
        ],
    ),
    (
        "Beauty",
        "/massage-and-facials/",
        [
            ("Nails", "/nails/", "Manicures, pedicures, gel polish and BIAB"),
            ("Massage &amp; Facials", "/massage-and-facials/", "Dermalogica facials and massage"),
            ("Lashes &amp; Brows", "/lashes-and-brows/", "Lash lifts, extensions, lamination and tints"),
            ("Waxing", "/waxing/", "Hot and warm waxing, face and body"),
        ],
    ),
    ("Offers &amp; Vouchers", "/offers-and-vouchers/", []),
    ("Shop", "/products/", []),
    (
        "Client Info",
        "/booking-and-cancellations/",
        [
            ("Booking &amp; Cancellations", "/booking-and-cancellations/", ""),
            ("Patch Tests &amp; Health", "/patch-tests-and-health/", ""),
            ("Aftercare", "/aftercare/", ""),
            ("FAQs", "/faqs/", ""),
        ],
    ),
    (
        "About",
        "/meet-the-team/",
        [
            ("Meet the Team", "/meet-the-team/", ""),
            ("Find Us", "/find-us/", ""),
        ],
    ),
]

_ICON = (
    '<span role="presentation" class="dropdown-menu-toggle"><span class="gp-icon icon-arrow">'
    '<svg viewBox="0 0 330 512" aria-hidden="true" width="1em" height="1em"><path d="M305.913 197.085c0 2.266-1.133 '
    "4.815-2.833 6.514L171.087 335.593c-1.7 1.7-4.249 2.832-6.515 2.832s-4.815-1.133-6.515-2.832L26.064 "
    '203.599c-1.7-1.7-2.832-4.248-2.832-6.514s1.132-4.816 2.832-6.515z"></path></svg></span></span>'
)


def _nav(current):
    items = []
    for i, (label, href, kids) in enumerate(_MENU):
        num = 311 + i * 9
        cls = ["menu-item", "menu-item-type-post_type", "menu-item-object-page", f"menu-item-{num}"]
        if kids:
            cls += ["menu-item-has-children"]
            if len(kids) > 2:
                cls += ["mega-menu", f"mega-menu-col-{len(kids)}"]
            if any(k[1] == current for k in kids):
                cls.append("current-menu-ancestor")
        elif href == current:
            cls.append("current-menu-item")
        if href == "/":
            cls.append("menu-item-home")
        aria = ' aria-current="page"' if href == current and not kids else ""
        icon = _ICON if kids else ""
        li = f'<li id="menu-item-{num}" class="{" ".join(cls)}"><a href="{href}"{aria}>{label}{icon}</a>'
        if kids:
            sub = []
            for j, (klabel, khref, kdesc) in enumerate(kids):
                kcls = f"menu-item menu-item-type-post_type menu-item-object-page menu-item-{num + j + 1}"
                if khref == current:
                    kcls += " current-menu-item"
                desc = f'<span class="menu-item-description">{kdesc}</span>' if kdesc else ""
                sub.append(f'\n\t<li class="{kcls}"><a href="{khref}">{klabel}{desc}</a></li>')
            li += '\n<ul class="sub-menu">' + "".join(sub) + "\n</ul>"
        items.append(li + "</li>")
    return "\n".join(items)


_SIDEBAR = """
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar">
<div class="inside-right-sidebar">
<aside id="block-7" class="widget inner-padding widget_block">
<div class="gb-container gb-container-b71e0c42"><div class="gb-inside-container">
<h2 class="gb-headline gb-headline-0d3f6a11 gb-headline-text">Ready to book?</h2>
<p>Choose your service, stylist or therapist and time online, day or night.</p>
<a class="gb-button gb-button-9a4c1e7b gb-button-text" href="https://www.phorest.com/book/salons/thebeautyroomsludlow"
target="_blank" rel="noopener">Book online</a>
<a class="gb-button gb-button-3e8d2f60 gb-button-text" href="tel:01584876214">Or call 01584 876214</a>
</div></div>
</aside>
<aside id="block-8" class="widget inner-padding widget_block">
<h2 class="wp-block-heading widget-title">Opening hours</h2>
<ul class="hours-list">
<li><span>Mon</span> Closed</li>
<li><span>Tue &#8211; Wed</span> 9am &#8211; 5.30pm</li>
<li><span>Thu</span> 9am &#8211; 8pm</li>
<li><span>Fri</span> 9am &#8211; 6pm</li>
<li><span>Sat</span> 8.30am &#8211; 4pm</li>
<li><span>Sun</span> Closed</li>
</ul>
</aside>
<aside id="block-9" class="widget inner-padding widget_block">
<figure class="wp-block-image size-medium"><img src="/wp-content/uploads/2023/11/gift-voucher-wallet-300x200.jpg"
alt="Beauty Rooms gift voucher wallet" width="300" height="200" loading="lazy"></figure>
<p><strong>Treat someone special.</strong> <a href="/offers-and-vouchers/">Gift vouchers &#8594;</a></p>
</aside>
<aside id="block-10" class="widget inner-padding widget_block">
<blockquote class="wp-block-quote sidebar-review"><p>&#8220;Always made to feel welcome, and the salon is
spotless. Wouldn&#8217;t go anywhere else now.&#8221;</p><cite>Linda P., Bromfield &#9733;&#9733;&#9733;&#9733;&#9733;
</cite></blockquote>
</aside>
</div>
</div>"""

_HEAD = """<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s</title>
<meta name="description" content="%(desc)s">
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<link rel="canonical" href="https://www.thebeautyroomsludlow.co.uk%(path)s">
<meta property="og:locale" content="en_GB">
<meta property="og:type" content="website">
<meta property="og:title" content="%(title)s">
<meta property="og:description" content="%(desc)s">
<meta property="og:site_name" content="The Beauty Rooms Ludlow">
<meta name="generator" content="WordPress 6.4.3">
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3"
media="all">
<link rel="stylesheet" id="generate-style-css" href="/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0"
media="all">
<link rel="stylesheet" id="generate-child-css" href="/wp-content/themes/beautyrooms-child/style.css?ver=1699021144"
media="all">
<link rel="stylesheet" id="generateblocks-css"
href="/wp-content/uploads/generateblocks/style-%(pid)s.css?ver=1708354210"
media="all">
<link rel="stylesheet" id="cookie-law-info-css"
href="/wp-content/plugins/cookie-law-info/lite/frontend/css/script.min.css?ver=3.1.8" media="all">
<style id="generate-style-inline-css">
body{background-color:#f8f3ef;color:#3b3335;}a{color:#a4637a;}a:hover{color:#6e3c4e;}
.main-navigation .main-nav ul li a{padding-left:18px;padding-right:18px;line-height:70px;}
.mega-menu > ul.sub-menu{display:flex;width:100%%;}.menu-item-description{display:block;font-size:12px;opacity:.7}
.top-bar{background-color:#6e3c4e;color:#fff;font-size:13px;}
.site-footer .footer-widgets{background:#2f2629;color:#e9dfe2}
</style>
<link rel="icon" href="/wp-content/uploads/2021/03/cropped-br-favicon-32x32.png" sizes="32x32">
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date());
gtag('config', 'G-7QK2L9RB4S', {'anonymize_ip': true});
</script>
</head>
"""

_TOP = """<body class="%(bodyclass)s wp-custom-logo wp-embed-responsive post-image-aligned-center sticky-menu-fade
%(layout)s nav-float-right one-container header-aligned-left dropdown-hover" itemtype="https://schema.org/WebPage"
itemscope>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="top-bar top-bar-align-right">
<div class="inside-top-bar grid-container">
<aside id="block-2" class="widget inner-padding widget_block"><p><a href="tel:01584876214">&#9742; 01584 876214</a>
&nbsp;|&nbsp; <a href="mailto:hello@thebeautyroomsludlow.co.uk">hello@thebeautyroomsludlow.co.uk</a> &nbsp;|&nbsp;
<a href="https://www.phorest.com/book/salons/thebeautyroomsludlow">Book online 24/7</a></p></aside>
<aside id="block-3" class="widget inner-padding widget_block"><p class="social-icons">
<a href="https://www.facebook.com/thebeautyroomsludlow" aria-label="Facebook">fb</a>
<a href="https://www.instagram.com/thebeautyrooms_ludlow/" aria-label="Instagram">ig</a></p></aside>
</div>
</div>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site"
itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container">
<div class="site-logo">
<a href="/" rel="home">
<img class="header-image is-logo-image" alt="The Beauty Rooms Ludlow - Hair &amp; Beauty"
src="/wp-content/uploads/2021/03/beauty-rooms-logo-plum.png" width="280" height="84">
</a>
</div>
<nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobile Toggle">
<button data-nav="site-navigation" class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
<span class="gp-icon icon-menu-bars"><svg viewBox="0 0 512 512" aria-hidden="true" width="1em" height="1em">
<path d="M0 96c0-13.255 10.745-24 24-24h464c13.255 0 24 10.745 24 24s-10.745 24-24 24H24c-13.255 0-24-10.745-24-24z">
</path></svg></span><span class="screen-reader-text">Menu</span>
</button>
</nav>
<nav class="main-navigation nav-align-right sub-menu-right" id="site-navigation" aria-label="Primary"
itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container">
<div id="primary-menu" class="main-nav">
<ul id="menu-main-menu" class=" menu sf-menu">
%(nav)s
<li class="menu-item menu-item-type-custom menu-item-object-custom menu-button menu-item-399">
<a href="https://www.phorest.com/book/salons/thebeautyroomsludlow">Book Now</a></li>
</ul>
</div>
</div>
</nav>
</div>
</header>
<div class="site grid-container container hfeed" id="page">
<div class="site-content" id="content">
<div class="content-area" id="primary">
<main class="site-main" id="main">
<article id="post-%(pid)s" class="post-%(pid)s page type-page status-publish" itemtype="https://schema.org/CreativeWork"
itemscope>
<div class="inside-article">
<div class="entry-content" itemprop="text">
"""

_BOTTOM = """
</div>
</div>
</article>
</main>
</div>
%(sidebar)s
</div>
</div>
<div class="site-footer footer-bar-active footer-bar-align-right">
<div id="footer-widgets" class="site footer-widgets">
<div class="footer-widgets-container grid-container">
<div class="inside-footer-widgets">
<div class="footer-widget-1">
<aside id="block-12" class="widget inner-padding widget_block">
<img src="/wp-content/uploads/2021/03/beauty-rooms-logo-white.png" alt="The Beauty Rooms" width="200" height="60"
loading="lazy">
<p>Independent hair &amp; beauty salon in Ludlow since 2009. Wella Professionals salon &amp; Dermalogica skin
centre.</p>
<p class="social-icons"><a href="https://www.facebook.com/thebeautyroomsludlow">Facebook</a> &middot;
<a href="https://www.instagram.com/thebeautyrooms_ludlow/">Instagram</a> &middot;
<a href="https://www.tiktok.com/@beautyroomsludlow">TikTok</a></p>
</aside>
</div>
<div class="footer-widget-2">
<aside id="block-13" class="widget inner-padding widget_block">
<h2 class="widget-title">Visit us</h2>
<p>The Beauty Rooms<br>38 Corve Street<br>Ludlow<br>Shropshire SY8 1DA</p>
<p><a href="tel:01584876214">01584 876214</a><br>
<a href="mailto:hello@thebeautyroomsludlow.co.uk">hello@thebeautyroomsludlow.co.uk</a></p>
</aside>
</div>
<div class="footer-widget-3">
<aside id="block-14" class="widget inner-padding widget_block">
<h2 class="widget-title">Opening hours</h2>
<p>Tue &amp; Wed 9 &#8211; 5.30<br>Thu 9 &#8211; 8 (late night)<br>Fri 9 &#8211; 6<br>Sat 8.30 &#8211; 4<br>
Sun &amp; Mon closed</p>
</aside>
</div>
<div class="footer-widget-4">
<aside id="block-15" class="widget inner-padding widget_nav_menu">
<h2 class="widget-title">Useful links</h2>
<div class="menu-footer-container"><ul id="menu-footer" class="menu">
<li class="menu-item"><a href="/booking-and-cancellations/">Booking policy</a></li>
<li class="menu-item"><a href="/patch-tests-and-health/">Patch tests</a></li>
<li class="menu-item"><a href="/aftercare/">Aftercare advice</a></li>
<li class="menu-item"><a href="/offers-and-vouchers/">Gift vouchers</a></li>
<li class="menu-item"><a href="/faqs/">FAQs</a></li>
<li class="menu-item"><a href="/find-us/">Find us</a></li>
</ul></div>
</aside>
</div>
</div>
</div>
</div>
<footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container">
<div class="footer-bar">
<aside id="block-16" class="widget inner-padding widget_block"><p><a href="#cookie-settings">Cookie settings</a> |
<a href="#privacy">Privacy</a></p></aside>
</div>
<div class="copyright-bar">
&copy; 2024 The Beauty Rooms (Ludlow) Ltd. Registered in England &amp; Wales no. 06893412 &bull; Built with
<a href="https://generatepress.com" itemprop="url">GeneratePress</a>
</div>
</div>
</footer>
</div>
<a title="Scroll back to top" aria-label="Scroll back to top" rel="nofollow" href="#" class="generate-back-to-top"
data-scroll-speed="400" data-start-scroll="300">&#8593;</a>
<div class="cky-consent-container cky-banner-bottom" tabindex="0" role="region" aria-label="We value your privacy">
<div class="cky-consent-bar">
<div class="cky-notice">
<p class="cky-title">We value your privacy</p>
<div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description"><p>We use cookies to improve your browsing experience and
to analyse our traffic. By clicking &#8220;Accept All&#8221;, you consent to our use of cookies.</p></div>
<div class="cky-notice-btn-wrapper">
<button class="cky-btn cky-btn-customize" aria-label="Customise">Customise</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All">Reject All</button>
<button class="cky-btn cky-btn-accept" aria-label="Accept All">Accept All</button>
</div>
</div>
</div>
</div>
</div>
<script id="generate-menu-js-extra">
var generatepressMenu = {"toggleOpenedSubMenus":true,"openSubMenuLabel":"Open Sub-Menu"};
</script>
</body>
</html>
"""


def _page(path, title, desc, pid, body, sidebar=False):
    vals = {
        "path": path,
        "title": title + " | The Beauty Rooms Ludlow" if path != "/" else title,
        "desc": desc,
        "pid": pid,
        "bodyclass": ("home " if path == "/" else "") + f"page-template-default page page-id-{pid}",
        "layout": "right-sidebar" if sidebar else "no-sidebar full-width-content",
        "nav": _nav(path),
        "sidebar": _SIDEBAR if sidebar else "",
    }
    return (_HEAD % vals) + (_TOP % vals) + body.strip() + (_BOTTOM % vals)


_HOME = """
<div class="gb-container gb-container-5e1a0c7d alignfull home-hero">
<div class="gb-inside-container">
<p class="gb-headline gb-headline-8c2f19aa gb-headline-text">Hair &amp; Beauty &middot; Corve Street &middot; Ludlow</p>
<h1 class="gb-headline gb-headline-1f7c3b20 gb-headline-text">Relaxed, friendly hair and beauty in the heart of
Ludlow</h1>
<div class="gb-button-wrapper gb-button-wrapper-44ab0e19">
<a class="gb-button gb-button-2d9e6f1a gb-button-text" href="https://www.phorest.com/book/salons/thebeautyroomsludlow"
target="_blank" rel="noopener">Book online</a>
<a class="gb-button gb-button-7a0c2b3e gb-button-text" href="tel:01584876214">Call 01584 876214</a>
</div>
</div>
</div>

<div class="gb-container gb-container-0b9d55e2">
<div class="gb-inside-container">
<h2 class="gb-headline gb-headline-63e0d4a7 gb-headline-text">Welcome to The Beauty Rooms</h2>
<p>We&#8217;ve been part of Corve Street since 2009. Downstairs is our busy hairdressing floor with six styling
chairs and a relaxing backwash area; upstairs you&#8217;ll find our two quiet, private beauty rooms for nails,
lashes, brows, waxing, massage and facials. Whether you&#8217;re popping in for a quick tidy-up, planning your
wedding morning or just need an hour off your feet, we&#8217;ll look after you.</p>
<p>We&#8217;re a small, local team and proud of it &#8211; lots of our clients have been coming to us since the day
we opened, and now bring their children and grandchildren too.</p>
</div>
</div>

<div class="gb-container gb-container-a31f6c88">
<div class="gb-inside-container">
<h2 class="gb-headline gb-headline-2b5a9e10 gb-headline-text">Our services</h2>
<div class="gb-grid-wrapper gb-grid-wrapper-c4e8a201">
<div class="gb-grid-column gb-grid-column-7e21b0d3"><div class="gb-container gb-container-7e21b0d3">
<div class="gb-inside-container">
<h3 class="gb-headline gb-headline-d1c0e9f2 gb-headline-text"><a href="/hair/">Cuts &amp; Styling</a></h3>
<p>Precision cuts, restyles, blow-dries, occasion hair and children&#8217;s cuts.</p>
</div></div></div>
<div class="gb-grid-column gb-grid-column-5c9f02ab"><div class="gb-container gb-container-5c9f02ab">
<div class="gb-inside-container">
<h3 class="gb-headline gb-headline-0e4f7a6b gb-headline-text"><a href="/colour-and-perms/">Colour &amp;
Perms</a></h3>
<p>From a quick root touch-up to a complete change, plus classic perms.</p>
</div></div></div>
<div class="gb-grid-column gb-grid-column-9a7d13ce"><div class="gb-container gb-container-9a7d13ce">
<div class="gb-inside-container">
<h3 class="gb-headline gb-headline-6b2e8f40 gb-headline-text"><a href="/bridal/">Bridal</a></h3>
<p>Wedding hair and make-up for the whole party, in the salon or at your venue.</p>
</div></div></div>
<div class="gb-grid-column gb-grid-column-3f0b6e91"><div class="gb-container gb-container-3f0b6e91">
<div class="gb-inside-container">
<h3 class="gb-headline gb-headline-8d5c1a27 gb-headline-text"><a href="/mens-grooming/">Men&#8217;s
Grooming</a></h3>
<p>Fades, classic cuts and beard work from our barber-trained stylist.</p>
</div></div></div>
<div class="gb-grid-column gb-grid-column-4ad2c7e5"><div class="gb-container gb-container-4ad2c7e5">
<div class="gb-inside-container">
<h3 class="gb-headline gb-headline-1c8b3f92 gb-headline-text"><a href="/nails/">Nails</a></h3>
<p>Manicures, pedicures, gel polish and BIAB.</p>
</div></div></div>
<div class="gb-grid-column gb-grid-column-b6e0f3a4"><div class="gb-container gb-container-b6e0f3a4">
<div class="gb-inside-container">
<h3 class="gb-headline gb-headline-f2a9d015 gb-headline-text"><a href="/massage-and-facials/">Massage &amp;
Facials</a></h3>
<p>Dermalogica skin treatments and massage to properly switch off.</p>
</div></div></div>
<div class="gb-grid-column gb-grid-column-e81c4d07"><div class="gb-container gb-container-e81c4d07">
<div class="gb-inside-container">
<h3 class="gb-headline gb-headline-3a6e2b9c gb-headline-text"><a href="/lashes-and-brows/">Lashes &amp;
Brows</a></h3>
<p>Lash lifts, extensions, brow lamination, tinting and shaping.</p>
</div></div></div>
<div class="gb-grid-column gb-grid-column-27f9a6b1"><div class="gb-container gb-container-27f9a6b1">
<div class="gb-inside-container">
<h3 class="gb-headline gb-headline-9e0d4c38 gb-headline-text"><a href="/waxing/">Waxing</a></h3>
<p>Smooth, quick and as comfortable as waxing can be.</p>
</div></div></div>
</div>
</div>
</div>

<div class="gb-container gb-container-6d2e7f19">
<div class="gb-inside-container">
<div class="gb-grid-wrapper gb-grid-wrapper-81b3c9d0">
<div class="gb-grid-column gb-grid-column-10a4e2f7"><div class="gb-container gb-container-10a4e2f7">
<div class="gb-inside-container">
<h3 class="gb-headline gb-headline-c7f1a0e3 gb-headline-text">Wella Professionals salon</h3>
<p>Our stylists train with Wella every year, so you get the latest techniques and colour that lasts.</p>
</div></div></div>
<div class="gb-grid-column gb-grid-column-5b8e3d21"><div class="gb-container gb-container-5b8e3d21">
<div class="gb-inside-container">
<h3 class="gb-headline gb-headline-2e9c7b54 gb-headline-text">Qualified &amp; insured</h3>
<p>Every therapist is qualified to at least Level 3 and fully insured for every treatment on our menu.</p>
</div></div></div>
<div class="gb-grid-column gb-grid-column-f4c6a98e"><div class="gb-container gb-container-f4c6a98e">
<div class="gb-inside-container">
<h3 class="gb-headline gb-headline-7d0a5e16 gb-headline-text">Book 24/7</h3>
<p>Book online any time through Phorest, or give us a ring when we&#8217;re open.</p>
</div></div></div>
</div>
</div>
</div>

<div class="gb-container gb-container-ce3b0a74 testimonials">
<div class="gb-inside-container">
<h2 class="gb-headline gb-headline-4f8b2d6e gb-headline-text">Kind words</h2>
<p class="rating-line">&#9733;&#9733;&#9733;&#9733;&#9733; 4.9 on Google from over 380 reviews</p>
<div class="gb-grid-wrapper gb-grid-wrapper-9e5d0c13">
<div class="gb-grid-column gb-grid-column-0a1b2c3d"><div class="gb-container gb-container-0a1b2c3d">
<div class="gb-inside-container">
<p>&#8220;Lovely relaxed salon, my cut has never looked so good. They actually listen!&#8221;</p>
<p class="gb-headline gb-headline-text testimonial-name">Sarah T., Church Stretton</p>
</div></div></div>
<div class="gb-grid-column gb-grid-column-4e5f6a7b"><div class="gb-container gb-container-4e5f6a7b">
<div class="gb-inside-container">
<p>&#8220;Best nails in Shropshire, no exaggeration. Three weeks and not a single chip.&#8221;</p>
<p class="gb-headline gb-headline-text testimonial-name">Amy R., Ludlow</p>
</div></div></div>
<div class="gb-grid-column gb-grid-column-8c9d0e1f"><div class="gb-container gb-container-8c9d0e1f">
<div class="gb-inside-container">
<p>&#8220;The whole team made our wedding morning so calm and fun. Hair stayed put all night!&#8221;</p>
<p class="gb-headline gb-headline-text testimonial-name">Hannah &amp; bridesmaids, Stokesay Court</p>
</div></div></div>
</div>
</div>
</div>

<div class="gb-container gb-container-2a7b9f55 cta-band">
<div class="gb-inside-container">
<h2 class="gb-headline gb-headline-e0f19c2a gb-headline-text">New to The Beauty Rooms?</h2>
<p>Have a quick read of our <a href="/booking-and-cancellations/">booking information</a> and
<a href="/patch-tests-and-health/">patch test guidance</a> before your first visit &#8211; then come and meet us.</p>
<a class="gb-button gb-button-6f3a2d81 gb-button-text" href="https://www.phorest.com/book/salons/thebeautyroomsludlow">
Book your appointment</a>
</div>
</div>
"""

_HAIR = """
<div class="gb-container gb-container-1d4e8b70 page-hero">
<div class="gb-inside-container">
<h1 class="gb-headline gb-headline-a0c3e5f8 gb-headline-text">Cuts &amp; Styling</h1>
<p class="gb-headline gb-headline-57b1d2e4 gb-headline-text">Cuts, restyles, blow-dries, hair-up and children&#8217;s
cuts</p>
</div>
</div>

<div class="gb-container gb-container-3b9f6c02">
<div class="gb-inside-container">
<p>Every cut at The Beauty Rooms starts with a proper chat in the chair about how you wear your hair day to day, then
a relaxing wash, the cut itself and a finish with a lesson in how to recreate it at home. Our prices depend on the
level of the stylist you choose; all include a wash and blow-dry finish unless it says otherwise.</p>

<figure class="wp-block-table is-style-stripes price-table"><table>
<thead><tr><th>Ladies&#8217; hair</th><th>Stylist</th><th>Senior Stylist</th><th>Rachel (Director)</th></tr></thead>
<tbody>
<tr><td>Wash, cut &amp; blow-dry</td><td>&pound;38</td><td>&pound;44</td><td>&pound;50</td></tr>
<tr><td>Restyle (a big change of length or shape)</td><td>&pound;46</td><td>&pound;52</td><td>&pound;58</td></tr>
<tr><td>Dry trim</td><td>&pound;18</td><td>&pound;20</td><td>&pound;24</td></tr>
<tr><td>Blow-dry, short hair</td><td>&pound;24</td><td>&pound;26</td><td>&pound;28</td></tr>
<tr><td>Blow-dry, long or thick hair</td><td>&pound;30</td><td>&pound;32</td><td>&pound;34</td></tr>
<tr><td>Shampoo &amp; set</td><td colspan="3">&pound;24 with any stylist</td></tr>
</tbody></table></figure>

<h2 class="gb-headline gb-headline-c5d8e1a9 gb-headline-text">Going for a big change?</h2>
<p>If you&#8217;re cutting off a lot of length or trying a completely new shape, please book it as a
<strong>restyle</strong>. We allow 75 minutes rather than the usual 45 so there&#8217;s time to look through photos
together and talk about how the new style will grow out. Fringe trims between cuts are free for existing clients
within six weeks of your last cut &#8211; just ring to check a stylist is free.</p>

<h2 class="gb-headline gb-headline-4e0b7f3c gb-headline-text">Hair-up &amp; occasion styling</h2>
<p>Proms, balls, race days, christenings and parties: occasion hair-up starts at <strong>&pound;45</strong> and takes
about an hour. Please come with dry, clean hair (washed the night before is ideal) and bring a photo of your outfit
and any accessories. During prom season (May to July) we can open from 7.30am on request for groups of three or
more. For weddings please see our <a href="/bridal/">Bridal</a> page.</p>

<h2 class="gb-headline gb-headline-b2f8a6d1 gb-headline-text">Children&#8217;s cuts</h2>
<div class="gb-grid-wrapper gb-grid-wrapper-0f3c5e8a">
<div class="gb-grid-column gb-grid-column-62a0d9b4"><div class="gb-container gb-container-62a0d9b4">
<div class="gb-inside-container"><p class="gb-headline gb-headline-text kid-price">Under 5s<br>
<strong>&pound;10</strong></p>
</div></div></div>
<div class="gb-grid-column gb-grid-column-e7c4b1f0"><div class="gb-container gb-container-e7c4b1f0">
<div class="gb-inside-container"><p class="gb-headline gb-headline-text kid-price">Age 5 &#8211; 11<br>
<strong>&pound;15</strong></p>
</div></div></div>
<div class="gb-grid-column gb-grid-column-19d2f8a3"><div class="gb-container gb-container-19d2f8a3">
<div class="gb-inside-container"><p class="gb-headline gb-headline-text kid-price">Age 12 &#8211; 15<br>
<strong>&pound;22</strong></p>
</div></div></div>
</div>
<p>Little ones are cut on a booster seat with plenty of patience; we don&#8217;t mind if they sit on your knee or
watch something on your phone. Having their very first haircut? We&#8217;ll give you a certificate and a curl to
keep. Children under 16 must be accompanied by an adult. Saturday mornings fill up weeks ahead, so after-school
slots on a Thursday are often easier. Boys&#8217; fades and clipper cuts are charged at the same children&#8217;s
prices.</p>
<p>Gents, your prices are on the <a href="/mens-grooming/">Men&#8217;s Grooming</a> page.</p>
<a class="gb-button gb-button-8b1e4d70 gb-button-text" href="https://www.phorest.com/book/salons/thebeautyroomsludlow">
Book a cut</a>
</div>
</div>
"""

_COLOUR = """
<div class="gb-container gb-container-7f2a9c41 page-hero">
<div class="gb-inside-container">
<h1 class="gb-headline gb-headline-d38e0b15 gb-headline-text">Colour &amp; Perms</h1>
</div>
</div>

<div class="gb-container gb-container-a6c0e3d7">
<div class="gb-inside-container">
<p>We&#8217;re a Wella Professionals colour salon, using Koleston Perfect, Illumina and Blondor. Every colour starts
with a consultation so we can look at your hair&#8217;s history and condition, and we&#8217;ll always be honest about
what&#8217;s achievable in one visit. Prices below are for the colour only; add your cut and finish from the
<a href="/hair/">Cuts &amp; Styling</a> menu.</p>

<figure class="wp-block-table price-table"><table>
<thead><tr><th>Colour service</th><th>Time</th><th>From</th></tr></thead>
<tbody>
<tr><td>Root tint (up to 2cm regrowth)</td><td>1 hr 30</td><td>&pound;48</td></tr>
<tr><td>Full head tint, short to shoulder length</td><td>2 hrs</td><td>&pound;62</td></tr>
<tr><td>Full head tint, long hair</td><td>2 hrs 15</td><td>&pound;72</td></tr>
<tr><td>T-section foils (parting &amp; hairline)</td><td>1 hr 30</td><td>&pound;45</td></tr>
<tr><td>Half head foils</td><td>2 hrs</td><td>&pound;68</td></tr>
<tr><td>Full head foils</td><td>2 hrs 30</td><td>&pound;85</td></tr>
<tr><td>Balayage / freehand lightening</td><td>3 hrs</td><td>&pound;95</td></tr>
<tr><td>Toner or gloss</td><td>30 mins</td><td>&pound;25</td></tr>
<tr><td>Wellaplex bond-building add-on</td><td>&#8211;</td><td>&pound;15</td></tr>
</tbody></table></figure>
<p>Before your first colour appointment with us, please read <a href="/patch-tests-and-health/">Patch Tests &amp;
Health</a>.</p>

<h2 class="gb-headline gb-headline-5a1e9f27 gb-headline-text">Colour correction</h2>
<div class="gb-container gb-container-e4b7d0c3 note-box"><div class="gb-inside-container">
<p>Box dye gone brassy or orange? Patchy, banded, much darker than you wanted, or a colour you simply want out? That
is colour correction, and it&#8217;s priced differently from our standard menu. We start with a free 20-minute
correction consultation and strand test, then give you a written quote. Correction work is charged at
<strong>&pound;60 per hour plus products</strong>, and most appointments take between three and five hours.
Bigger changes (for example dark box dye back to blonde) usually need two or three sessions four to six weeks apart,
to keep your hair strong. Colour correction is carried out by Rachel only.</p>
</div></div>

<h2 class="gb-headline gb-headline-92c6d4b8 gb-headline-text">Perms</h2>
<p>Yes, we still do perms &#8211; and they&#8217;re back in fashion! Today&#8217;s perm solutions are much kinder than
they used to be, and we can do anything from a tight, classic set to soft, loose movement.</p>
<figure class="wp-block-table price-table"><table><tbody>
<tr><td>Classic perm with set (short hair), includes cut</td><td>2 &#8211; 2&frac12; hrs</td><td>&pound;65</td></tr>
<tr><td>Body wave / loose perm</td><td>2&frac12; hrs</td><td>&pound;80</td></tr>
<tr><td>Spiral perm, long hair</td><td>3 hrs</td><td>from &pound;95</td></tr>
</tbody></table></figure>
<p>A perm usually lasts three to four months. We can&#8217;t perm hair that has been bleached or coloured with a
box dye containing metallic salts, so we&#8217;ll do a quick strand test first if you&#8217;re unsure.</p>
<a class="gb-button gb-button-0c7e2a5f gb-button-text" href="https://www.phorest.com/book/salons/thebeautyroomsludlow">
Book a colour consultation</a>
</div>
</div>
"""

_BRIDAL = """
<div class="gb-container gb-container-c8d1f4e0 page-hero bridal-hero">
<div class="gb-inside-container">
<h1 class="gb-headline gb-headline-6e3a0b92 gb-headline-text">Bridal Hair &amp; Make-Up</h1>
<p class="gb-headline gb-headline-f0b7c3d1 gb-headline-text">In the salon or at your venue, anywhere around
Ludlow</p>
</div>
</div>

<div class="gb-container gb-container-2e9b5a7c">
<div class="gb-inside-container">
<p>From intimate ceremonies at the Assembly Rooms to marquees in the Teme Valley, our bridal team has looked after
hundreds of Shropshire brides. We&#8217;ll help you find a look that feels like you and lasts from the first photo to
the last dance.</p>

<figure class="wp-block-table price-table"><table>
<thead><tr><th>Bridal menu</th><th>Price</th></tr></thead>
<tbody>
<tr><td>Bridal hair trial (90 mins, in salon)</td><td>&pound;65</td></tr>
<tr><td>Bridal make-up trial (75 mins, in salon)</td><td>&pound;55</td></tr>
<tr><td>Bride&#8217;s hair on the day</td><td>&pound;110</td></tr>
<tr><td>Bride&#8217;s make-up on the day</td><td>&pound;90</td></tr>
<tr><td>Bridesmaid or mother of the bride &#8211; hair</td><td>&pound;55</td></tr>
<tr><td>Bridesmaid or mother of the bride &#8211; make-up</td><td>&pound;50</td></tr>
<tr><td>Flower girl hair (under 12)</td><td>&pound;25</td></tr>
</tbody></table></figure>

<h2 class="gb-headline gb-headline-1a8c6e3f gb-headline-text">Your trial</h2>
<p>We recommend booking your hair and make-up trials <strong>six to eight weeks before the wedding</strong>. That
leaves time to tweak anything, and it means your cut and colour decisions are settled. If you&#8217;re having your
colour done, book it for one to two weeks before the big day. Trials take place in the salon on weekdays; bring your
veil, hair accessories and a photo of your dress.</p>

<h2 class="gb-headline gb-headline-d7e2f9a0 gb-headline-text">Our mobile wedding service</h2>
<p>On the morning we can come to you &#8211; at home, your hotel or the venue &#8211; anywhere within 20 miles of
Ludlow, including Tenbury Wells, Leominster, Church Stretton, Craven Arms, Clun and Knighton. Travel is free for the
first 10 miles; beyond that we charge 50p per mile for each stylist or artist, there and back. For further afield we
are happy to quote. On Saturdays between May and September there&#8217;s a minimum spend of &pound;250 for the mobile
service. If you need us to start before 7am there&#8217;s an early start fee of &pound;35 per team member.</p>

<h2 class="gb-headline gb-headline-8f4b1c6d gb-headline-text">Securing your date</h2>
<p>We take bookings up to two years ahead. A <strong>&pound;100 non-refundable booking fee</strong> secures your date
and comes off your final bill. The balance is due by bank transfer 14 days before the wedding, and we&#8217;ll send you
a timings plan for the morning once your numbers are confirmed.</p>

<div class="gb-container gb-container-0d5f8e2b testimonial-box"><div class="gb-inside-container">
<p>&#8220;Jess and Megan were amazing &#8211; calm, funny and so organised. Every single one of us felt
gorgeous.&#8221;</p>
<p class="gb-headline gb-headline-text testimonial-name">Katie, married at Ludlow Castle</p>
</div></div>
<a class="gb-button gb-button-4b9e0f2d gb-button-text" href="mailto:hello@thebeautyroomsludlow.co.uk?subject=Wedding">
Enquire about your wedding</a>
</div>
</div>
"""

_NAILS = """
<div class="gb-container gb-container-9c0e4a6b page-hero">
<div class="gb-inside-container">
<h1 class="gb-headline gb-headline-3f7d2c8e gb-headline-text">Nails</h1>
</div>
</div>

<div class="gb-container gb-container-5d1a8f3e">
<div class="gb-inside-container">
<p>Our nail treatments take place upstairs in the beauty rooms, with comfy chairs and a fresh file and buffer for
every client. We use The Gel Bottle and OPI, and all our technicians are qualified and insured.</p>

<figure class="wp-block-table is-style-stripes price-table"><table>
<thead><tr><th>Hands</th><th>Time</th><th>Price</th></tr></thead>
<tbody>
<tr><td>Classic manicure (shape, cuticle care, massage, polish)</td><td>40 mins</td><td>&pound;25</td></tr>
<tr><td>Gel polish &#8211; hands</td><td>45 mins</td><td>&pound;28</td></tr>
<tr><td>BIAB overlay on natural nails</td><td>60 mins</td><td>&pound;36</td></tr>
<tr><td>BIAB infill (every 3 &#8211; 4 weeks)</td><td>60 mins</td><td>&pound;34</td></tr>
<tr><td>French finish</td><td>&#8211;</td><td>+&pound;5</td></tr>
<tr><td>Nail art</td><td>&#8211;</td><td>from &pound;3 per nail</td></tr>
</tbody></table></figure>

<figure class="wp-block-table is-style-stripes price-table"><table>
<thead><tr><th>Feet</th><th>Time</th><th>Price</th></tr></thead>
<tbody>
<tr><td>Express pedicure (shape, cuticles, polish)</td><td>40 mins</td><td>&pound;28</td></tr>
<tr><td>Luxury pedicure (soak, scrub, hard skin, mask, massage, polish)</td><td>60 mins</td><td>&pound;40</td></tr>
<tr><td>Gel polish &#8211; toes</td><td>45 mins</td><td>&pound;30</td></tr>
</tbody></table></figure>

<h2 class="gb-headline gb-headline-a2e7c0f5 gb-headline-text">Removals</h2>
<p>Removing our own gel or BIAB is free when you rebook with us, or &pound;10 as a removal on its own. If your gel,
BIAB or acrylic was done at another salon, please book it as a <strong>foreign removal</strong>: it&#8217;s an extra
&pound;8 and we add 15 minutes to your appointment, because other products can take longer to soak off safely.
Please don&#8217;t pick or peel them off at home &#8211; it takes layers of your natural nail with it.</p>

<h2 class="gb-headline gb-headline-6c3f1b9e gb-headline-text">Do you do acrylics?</h2>
<p>No &#8211; we don&#8217;t offer acrylic or hard gel extensions. Our go-to for strength and length is BIAB
(builder in a bottle), which is applied over your own nails, grows out neatly and is much kinder to the natural
nail. If you&#8217;re coming off acrylics we can remove them and get your nails back into shape with a course of
BIAB.</p>
<a class="gb-button gb-button-1e8a5d3c gb-button-text" href="https://www.phorest.com/book/salons/thebeautyroomsludlow">
Book nails</a>
</div>
</div>
"""

_MASSAGE = """
<div class="gb-container gb-container-4b0c7e2f page-hero">
<div class="gb-inside-container">
<h1 class="gb-headline gb-headline-e5a9d3c1 gb-headline-text">Massage &amp; Facials</h1>
<p class="gb-headline gb-headline-27f0b8e6 gb-headline-text">An hour to yourself in one of our beauty rooms</p>
</div>
</div>

<div class="gb-container gb-container-8e3d6a90">
<div class="gb-inside-container">
<div class="gb-grid-wrapper gb-grid-wrapper-c1f5b2a8">
<div class="gb-grid-column gb-grid-column-71d0e4b3"><div class="gb-container gb-container-71d0e4b3">
<div class="gb-inside-container">
<h2 class="gb-headline gb-headline-0a6f3c9d gb-headline-text">Massage</h2>
<figure class="wp-block-table price-table"><table><tbody>
<tr><td>Back, neck &amp; shoulder massage</td><td>30 mins</td><td>&pound;36</td></tr>
<tr><td>Full body Swedish massage</td><td>60 mins</td><td>&pound;62</td></tr>
<tr><td>Hot stone back massage</td><td>45 mins</td><td>&pound;48</td></tr>
<tr><td>Indian head massage</td><td>30 mins</td><td>&pound;32</td></tr>
<tr><td>Pregnancy massage</td><td>60 mins</td><td>&pound;62</td></tr>
</tbody></table></figure>
</div></div></div>
<div class="gb-grid-column gb-grid-column-b8e2c6f4"><div class="gb-container gb-container-b8e2c6f4">
<div class="gb-inside-container">
<h2 class="gb-headline gb-headline-93c7e1a5 gb-headline-text">Facials</h2>
<figure class="wp-block-table price-table"><table><tbody>
<tr><td>Dermalogica express facial</td><td>30 mins</td><td>&pound;34</td></tr>
<tr><td>Dermalogica Pro Skin facial</td><td>60 mins</td><td>&pound;62</td></tr>
<tr><td>Dermaplaning with mini facial</td><td>45 mins</td><td>&pound;50</td></tr>
<tr><td>LED light therapy add-on</td><td>15 mins</td><td>&pound;15</td></tr>
</tbody></table></figure>
</div></div></div>
</div>

<h3 class="gb-headline gb-headline-5f2b8d0e gb-headline-text">Which massage?</h3>
<p>Our <strong>back, neck &amp; shoulder massage</strong> is the one to choose if you carry tension from desk work,
driving or lifting: thirty focused minutes working deep into the knots. The full body Swedish massage is slower and
more relaxing. Hot stones melt tension with warmth, and Indian head massage (seated, fully clothed) is lovely for
headaches and stress.</p>

<h3 class="gb-headline gb-headline-b4d1e7c2 gb-headline-text">Massage during pregnancy</h3>
<p>We offer pregnancy massage from <strong>14 weeks</strong> (the start of the second trimester) right up to your due
date. You&#8217;ll lie on your side, supported by pregnancy cushions, and we focus on the lower back, hips, legs and
shoulders. If your pregnancy is considered high risk, please bring a note from your midwife or GP.</p>

<h3 class="gb-headline gb-headline-2c9a6f13 gb-headline-text">Facials</h3>
<p>Every facial starts with Dermalogica Face Mapping, so we know exactly what your skin needs. The express facial is
a quick pick-me-up; the Pro Skin facial includes a deeper exfoliation, extractions if needed, a mask and a hand and
arm massage. Dermaplaning removes dead skin and peach fuzz for a smooth base for make-up.</p>
<p>Two beauty rooms means you can book side by side with a friend or your mum &#8211; just ask when you ring.</p>
<a class="gb-button gb-button-7d0f3e9b gb-button-text" href="https://www.phorest.com/book/salons/thebeautyroomsludlow">
Book a treatment</a>
</div>
</div>
"""

_LASHES = """
<div class="gb-container gb-container-e0a7b3d5 page-hero">
<div class="gb-inside-container">
<h1 class="gb-headline gb-headline-4c8f2e61 gb-headline-text">Lashes &amp; Brows</h1>
</div>
</div>

<div class="gb-container gb-container-6a3d9c1e">
<div class="gb-inside-container">
<figure class="wp-block-table is-style-stripes price-table"><table>
<thead><tr><th>Lashes</th><th>Time</th><th>Price</th></tr></thead>
<tbody>
<tr><td>Lash lift &amp; tint</td><td>60 mins</td><td>&pound;48</td></tr>
<tr><td>Classic lash extensions &#8211; full set</td><td>2 hrs</td><td>&pound;65</td></tr>
<tr><td>Classic infill (within 3 weeks)</td><td>60 mins</td><td>&pound;35</td></tr>
<tr><td>Russian volume &#8211; full set</td><td>2 hrs 30</td><td>&pound;80</td></tr>
<tr><td>Volume infill (within 3 weeks)</td><td>75 mins</td><td>&pound;45</td></tr>
<tr><td>Lash extension removal</td><td>30 mins</td><td>&pound;15</td></tr>
<tr><td>Lash tint</td><td>20 mins</td><td>&pound;15</td></tr>
</tbody></table></figure>

<h2 class="gb-headline gb-headline-d9b6a0e4 gb-headline-text">Lash lift or extensions?</h2>
<div class="gb-grid-wrapper gb-grid-wrapper-3e1c8f07">
<div class="gb-grid-column gb-grid-column-a5f2d7b9"><div class="gb-container gb-container-a5f2d7b9">
<div class="gb-inside-container">
<h3 class="gb-headline gb-headline-f8c1e3a0 gb-headline-text">Lash lift</h3>
<p>A lash lift curls and lifts your <em>own</em> lashes from the root, and the tint darkens them, so they look longer
without mascara. Nothing is added. Results last <strong>six to eight weeks</strong>, as your lashes naturally grow
and shed, and there&#8217;s no upkeep in between.</p>
</div></div></div>
<div class="gb-grid-column gb-grid-column-1b7e4c2d"><div class="gb-container gb-container-1b7e4c2d">
<div class="gb-inside-container">
<h3 class="gb-headline gb-headline-0e5d9b6f gb-headline-text">Extensions</h3>
<p>Extensions are individual synthetic lashes bonded one by one to your natural lashes, for more length, thickness
and drama. Because they fall out with your natural lashes, you&#8217;ll need an <strong>infill every two to three
weeks</strong> to keep them full; after about four weeks without one, you&#8217;ll usually need a new full set.</p>
</div></div></div>
</div>
<p>Please arrive for extensions without mascara or eye make-up, and with contact lenses out.</p>

<figure class="wp-block-table is-style-stripes price-table"><table>
<thead><tr><th>Brows</th><th>Time</th><th>Price</th></tr></thead>
<tbody>
<tr><td>Brow shape (wax)</td><td>15 mins</td><td>&pound;12</td></tr>
<tr><td>Brow threading</td><td>15 mins</td><td>&pound;12</td></tr>
<tr><td>Brow tint</td><td>15 mins</td><td>&pound;10</td></tr>
<tr><td>Brow wax &amp; tint</td><td>30 mins</td><td>&pound;20</td></tr>
<tr><td>Henna brows (with shape)</td><td>45 mins</td><td>&pound;30</td></tr>
<tr><td>Brow lamination with shape &amp; tint</td><td>60 mins</td><td>&pound;42</td></tr>
<tr><td>Lash lift &amp; brow lamination together</td><td>90 mins</td><td>&pound;80</td></tr>
</tbody></table></figure>
<p>Brow lamination sets your brow hairs in a brushed-up, fuller shape and lasts around six weeks. Henna brows stain
the skin underneath as well as the hairs, giving a soft, powdered look for up to two weeks on skin and six on the
hairs. All tints and henna need a patch test &#8211; see <a href="/patch-tests-and-health/">Patch Tests &amp;
Health</a>.</p>
<a class="gb-button gb-button-5e2c7a8d gb-button-text" href="https://www.phorest.com/book/salons/thebeautyroomsludlow">
Book lashes or brows</a>
</div>
</div>
"""

_WAXING = """
<div class="gb-container gb-container-2f6e0d8a page-hero">
<div class="gb-inside-container">
<h1 class="gb-headline gb-headline-7b4e1c9f gb-headline-text">Waxing</h1>
</div>
</div>

<div class="gb-container gb-container-c3a9e5b1">
<div class="gb-inside-container">
<p>We use Lycon hot wax for faces, underarms and intimate areas (it shrink-wraps the hair, not the skin) and warm
strip wax for legs and arms. Our therapists are quick and gentle, and we&#8217;ve heard every question before, so
don&#8217;t be shy.</p>

<figure class="wp-block-table is-style-stripes price-table"><table>
<thead><tr><th>Treatment</th><th>Price</th></tr></thead>
<tbody>
<tr><td>Lip or chin</td><td>&pound;9</td></tr>
<tr><td>Lip &amp; chin</td><td>&pound;15</td></tr>
<tr><td>Underarm</td><td>&pound;14</td></tr>
<tr><td>Forearm</td><td>&pound;18</td></tr>
<tr><td>Half leg</td><td>&pound;24</td></tr>
<tr><td>Three-quarter leg</td><td>&pound;28</td></tr>
<tr><td>Full leg</td><td>&pound;34</td></tr>
<tr><td>Bikini line</td><td>&pound;16</td></tr>
<tr><td>Extended bikini</td><td>&pound;20</td></tr>
<tr><td>Brazilian</td><td>&pound;38</td></tr>
<tr><td>Hollywood</td><td>&pound;42</td></tr>
<tr><td>Full leg &amp; Brazilian</td><td>&pound;66</td></tr>
</tbody></table></figure>
<p>Brows are on our <a href="/lashes-and-brows/">Lashes &amp; Brows</a> menu; gents&#8217; back and chest waxing is
on <a href="/mens-grooming/">Men&#8217;s Grooming</a>.</p>

<h2 class="gb-headline gb-headline-e8d0a2c7 gb-headline-text">Getting ready for your wax</h2>
<p>For the wax to grip, hair needs to be <strong>at least 5mm long</strong> &#8211; roughly the length of a grain of
rice. If you usually shave, that means leaving it for about three weeks beforehand. Gently exfoliate the day before,
and skip body lotion on the day of your appointment.</p>

<h2 class="gb-headline gb-headline-91f4b6e3 gb-headline-text">Our intimate waxing policy</h2>
<div class="wp-block-group policy-box"><div class="wp-block-group__inner-container">
<ul>
<li>Brazilian and Hollywood waxing is offered to <strong>female clients aged 18 and over only</strong>. We
don&#8217;t offer intimate waxing for men.</li>
<li>Bikini line and extended bikini waxes are available from age 16 with a parent or guardian&#8217;s consent.</li>
<li>On your period? We can still go ahead if you wear a tampon or menstrual cup, but skin is more sensitive at that
time of the month, so many clients prefer to move their appointment.</li>
<li>Please allow 45 minutes for your first Brazilian or Hollywood; after that it&#8217;s usually around 30.</li>
<li>Disposable briefs are available, and you&#8217;re welcome to ask for a break at any point.</li>
<li>Our therapists may stop a treatment immediately if a client behaves inappropriately, and the full price will be
charged.</li>
</ul>
</div></div>
<p>If you take any medication or use prescription skin creams, please check our
<a href="/patch-tests-and-health/">Patch Tests &amp; Health</a> page before booking.</p>
<a class="gb-button gb-button-3c6f9e0b gb-button-text" href="https://www.phorest.com/book/salons/thebeautyroomsludlow">
Book waxing</a>
</div>
</div>
"""

_MENS = """
<div class="gb-container gb-container-0e7c3b5f page-hero">
<div class="gb-inside-container">
<h1 class="gb-headline gb-headline-8a2d6f1c gb-headline-text">Men&#8217;s Grooming</h1>
<p class="gb-headline gb-headline-c6e9b0d4 gb-headline-text">Sharp cuts, proper fades and tidy beards</p>
</div>
</div>

<div class="gb-container gb-container-4d8f1a7e">
<div class="gb-inside-container">
<p>Kieran trained as a barber before joining us, so whether it&#8217;s a classic scissor cut, a skin fade or a full
beard sculpt, you&#8217;re in good hands. Late night Thursday is popular with the after-work crowd.</p>

<figure class="wp-block-table is-style-stripes price-table"><table>
<thead><tr><th>Service</th><th>Price</th></tr></thead>
<tbody>
<tr><td>Gents&#8217; cut (scissor or clipper &amp; scissor), includes wash</td><td>&pound;22</td></tr>
<tr><td>Skin fade</td><td>&pound;25</td></tr>
<tr><td>Clipper cut all over (one grade)</td><td>&pound;14</td></tr>
<tr><td>Beard trim &amp; shape</td><td>&pound;12</td></tr>
<tr><td>Skin fade &amp; beard trim</td><td>&pound;34</td></tr>
<tr><td>Gents&#8217; cut &amp; beard trim</td><td>&pound;31</td></tr>
<tr><td>Hot towel cut-throat shave</td><td>&pound;25</td></tr>
<tr><td>Grey blending (10-minute colour)</td><td>&pound;20</td></tr>
</tbody></table></figure>

<h2 class="gb-headline gb-headline-f1b5d8a2 gb-headline-text">Gents&#8217; waxing</h2>
<figure class="wp-block-table price-table"><table><tbody>
<tr><td>Back</td><td>&pound;30</td></tr>
<tr><td>Back &amp; shoulders</td><td>&pound;35</td></tr>
<tr><td>Chest</td><td>&pound;28</td></tr>
<tr><td>Chest &amp; stomach</td><td>&pound;38</td></tr>
<tr><td>Nose &amp; ears (hot wax)</td><td>&pound;12</td></tr>
</tbody></table></figure>
<p>For a back wax the hair needs a few weeks&#8217; growth, so don&#8217;t shave or trim it first. Going on holiday?
Book a few days before you fly so any redness has settled. Men are also very welcome for any treatment on our
<a href="/massage-and-facials/">Massage &amp; Facials</a> menu.</p>

<div class="gb-container gb-container-9b3e0c6d testimonial-box"><div class="gb-inside-container">
<p>&#8220;Best fade I&#8217;ve had outside Birmingham. Booked in for every four weeks now.&#8221;</p>
<p class="gb-headline gb-headline-text testimonial-name">Dan W., Onibury</p>
</div></div>
<a class="gb-button gb-button-2a8d4f6e gb-button-text" href="https://www.phorest.com/book/salons/thebeautyroomsludlow">
Book with Kieran</a>
</div>
</div>
"""

_OFFERS = """
<div class="gb-container gb-container-6f0d2b8c page-hero">
<div class="gb-inside-container">
<h1 class="gb-headline gb-headline-3e9a7c05 gb-headline-text">Offers, Rewards &amp; Gift Vouchers</h1>
</div>
</div>

<div class="gb-container gb-container-a8c4e1f6">
<div class="gb-inside-container">
<div class="gb-grid-wrapper gb-grid-wrapper-5d2b0e9a">
<div class="gb-grid-column gb-grid-column-e3f7a1c4"><div class="gb-container gb-container-e3f7a1c4 offer-card">
<div class="gb-inside-container">
<h2 class="gb-headline gb-headline-0b6d8e2f gb-headline-text">Senior Citizens&#8217; Tuesdays</h2>
<p>Every Tuesday, clients aged <strong>65 and over</strong> get <strong>15% off all hair services</strong> with any
stylist, and a shampoo &amp; set is just &pound;19. It&#8217;s our quietest day, so there&#8217;s always time for a
cuppa and a chat. Not available with any other offer.</p>
</div></div></div>
<div class="gb-grid-column gb-grid-column-7c1e5b9d"><div class="gb-container gb-container-7c1e5b9d offer-card">
<div class="gb-inside-container">
<h2 class="gb-headline gb-headline-d4a0f6c3 gb-headline-text">Students</h2>
<p>Show a valid student card (including sixth form) for 10% off cuts and colour, Tuesday to Thursday.</p>
</div></div></div>
</div>

<h2 class="gb-headline gb-headline-9f3c2e7a gb-headline-text">Beauty Rooms Rewards</h2>
<p>Our loyalty scheme is automatic &#8211; there&#8217;s no card to lose. Once you&#8217;re registered with us you earn
<strong>one point for every &pound;1</strong> you spend on services and products. Every <strong>200 points</strong>
is worth &pound;10 off a future appointment; just ask at the desk when you pay. You can check your balance in the
Phorest app. Points expire if you haven&#8217;t visited for 12 months.</p>
<p><strong>Refer a friend:</strong> when someone you recommend has their first appointment of &pound;40 or more, you
both get &pound;10 off your next visit.</p>

<h2 class="gb-headline gb-headline-b1e8d4f0 gb-headline-text">Gift vouchers</h2>
<p>Gift vouchers can be bought for any amount from &pound;10, or for a named treatment. Buy them in the salon, over
the phone, or online through our Phorest shop as an e-voucher to print or email. If you&#8217;d like one posted in a
gift wallet, that&#8217;s &pound;2 for postage.</p>
<ul>
<li>Vouchers are valid for <strong>12 months</strong> from the date of purchase.</li>
<li>If your voucher has expired within the last three months, give us a call: we&#8217;ll extend it once, for a
further three months, free of charge. Older vouchers can&#8217;t be honoured.</li>
<li>Any balance stays on the voucher for next time; vouchers can&#8217;t be exchanged for cash.</li>
<li>Please mention you&#8217;re paying with a voucher when you book.</li>
</ul>
<a class="gb-button gb-button-6e0a3c9f gb-button-text" href="https://www.phorest.com/salon/thebeautyroomsludlow/gift-cards">
Buy a gift voucher</a>
</div>
</div>
"""

_BOOKING = """
<div class="gb-container gb-container-1c5f9a3e page-hero">
<div class="gb-inside-container">
<h1 class="gb-headline gb-headline-e2b7d0c8 gb-headline-text">Booking &amp; Cancellations</h1>
</div>
</div>

<div class="gb-container gb-container-7e2a6d04">
<div class="gb-inside-container">
<h2 class="gb-headline gb-headline-4a9c1f5b gb-headline-text">How to book</h2>
<p>The easiest way is online through Phorest, any time of day &#8211; you can choose your stylist or therapist and see
every free slot. You can also ring us on 01584 876214 while we&#8217;re open, or pop in. We don&#8217;t take bookings
through Facebook or Instagram messages, as they aren&#8217;t checked every day. You&#8217;ll get a text reminder two
days before your appointment.</p>

<h2 class="gb-headline gb-headline-c0d8e3f6 gb-headline-text">Deposits</h2>
<p>New clients are asked for a <strong>25% deposit</strong> when booking any colour service, lash extensions, or any
appointment over &pound;80. Existing clients don&#8217;t usually pay a deposit unless they&#8217;ve missed an
appointment before. Deposits come off your bill on the day.</p>

<h2 class="gb-headline gb-headline-2f6b9d1e gb-headline-text">Cancelling or moving an appointment</h2>
<p>We ask for at least <strong>48 hours&#8217; notice</strong> if you need to cancel or rearrange, so we can offer the
time to someone on our waiting list. With less than 48 hours&#8217; notice, any deposit is kept, or 50% of the
service price is charged if there was no deposit. If you don&#8217;t turn up at all, the full price is charged and
future bookings will need paying in full in advance. We understand that real emergencies happen &#8211; just talk to
us.</p>

<h2 class="gb-headline gb-headline-8d3e0a7c gb-headline-text">Running late?</h2>
<p>Please ring us as soon as you know. We&#8217;ll always try to fit you in, but appointments are booked back to
back. If you&#8217;re more than <strong>15 minutes late</strong>, we may need to shorten your treatment (charged at
the full price) or move you to another day. For colour appointments, more than <strong>10 minutes late</strong>
usually means rebooking, because the colour needs its full developing time, and this is treated as a late
cancellation.</p>

<h2 class="gb-headline gb-headline-5b1f7c2d gb-headline-text">Paying</h2>
<p>We accept cash, all major debit and credit cards except American Express, contactless, Apple Pay, Google Pay and
our own gift vouchers. We no longer accept cheques.</p>

<details class="wp-block-details"><summary>Booking for someone else?</summary>
<p>That&#8217;s fine &#8211; just give us their name and mobile number so the reminder goes to them.</p></details>
<a class="gb-button gb-button-9c4e2b7f gb-button-text" href="https://www.phorest.com/book/salons/thebeautyroomsludlow">
Book online</a>
</div>
</div>
"""

_HEALTH = """
<div class="gb-container gb-container-3d7b1e9f page-hero">
<div class="gb-inside-container">
<h1 class="gb-headline gb-headline-f6c2a8d0 gb-headline-text">Patch Tests &amp; Health</h1>
</div>
</div>

<div class="gb-container gb-container-b0e5c3a7">
<div class="gb-inside-container">
<h2 class="gb-headline gb-headline-1e8d4b6c gb-headline-text">Patch tests</h2>
<p>Hair colour, toners, lash and brow tints and henna can all cause allergic reactions, even in people who have used
them for years. So, as our insurance requires, we need a <strong>skin patch test at least 48 hours before</strong>
your appointment if:</p>
<ul>
<li>you&#8217;re new to us and booking any colour, tint or henna service;</li>
<li>you haven&#8217;t had a colour or tint with us for six months or more;</li>
<li>you&#8217;ve had a black henna tattoo, started new medication or had a reaction to anything since your last
test.</li>
</ul>
<p>Just pop into the salon any time we&#8217;re open &#8211; no appointment needed. It takes five minutes and is free.
We dab a little product behind your ear or inside your elbow and you leave it for 48 hours. If you notice itching,
redness or swelling, wash it off and ring us. We&#8217;re not able to colour or tint on the day without a test. For
a first set of lash extensions we also do an adhesive test 24 hours before.</p>

<h2 class="gb-headline gb-headline-7a3f0c5e gb-headline-text">Allergies</h2>
<p>Please tell us about any allergies when you book. Some of our massage oils contain sweet almond oil, so if you have
a nut allergy we&#8217;ll use a nut-free alternative. We use nitrile gloves only, so latex isn&#8217;t an issue, and
we have fragrance-free options for sensitive skin.</p>

<h2 class="gb-headline gb-headline-c9b2e6f1 gb-headline-text">Medical conditions &amp; medication</h2>
<p>Before your first beauty treatment you&#8217;ll fill in a short consultation form. Most conditions don&#8217;t stop
you having treatments, but they can change how we do them:</p>
<ul>
<li><strong>Roaccutane (isotretinoin):</strong> we can&#8217;t wax the face, dermaplane or use exfoliating acids while
you&#8217;re taking it or for six months after you finish, as the skin can lift. Brow threading or tweezing is fine
instead.</li>
<li><strong>Retinoid creams</strong> (e.g. tretinoin): stop using them five to seven days before any facial
waxing.</li>
<li><strong>Diabetes:</strong> we don&#8217;t use blades or cut hard skin on pedicures &#8211; we&#8217;ll file
gently instead.</li>
<li><strong>Blood thinners:</strong> you can bruise more easily with waxing and deep massage, so we adjust
pressure.</li>
<li><strong>Epilepsy, heart conditions, recent surgery or cancer treatment:</strong> many treatments can be adapted;
we may ask for your GP&#8217;s or consultant&#8217;s go-ahead first.</li>
<li><strong>Pregnancy:</strong> let us know. Hormones can make lash lifts and perms less predictable, and waxing
may feel more sensitive.</li>
</ul>
<p>Clients under 16 need a parent or guardian&#8217;s consent for colour and beauty treatments.</p>
</div>
</div>
"""

_AFTERCARE = """
<div class="gb-container gb-container-5a0e8c2d page-hero">
<div class="gb-inside-container">
<h1 class="gb-headline gb-headline-2d7f4a9b gb-headline-text">Aftercare</h1>
<p class="gb-headline gb-headline-e1c6b3f8 gb-headline-text">How to make your results last</p>
</div>
</div>

<div class="gb-container gb-container-8f4c1b6a">
<div class="gb-inside-container">
<details class="wp-block-details" open><summary>Hair colour</summary>
<p>Wait 48 hours before your first shampoo so the colour can settle. Use a sulphate-free, colour-safe shampoo, rinse
with cool water and use a heat protector before styling. Before swimming, wet your hair and comb through a leave-in
conditioner so it soaks up less chlorine.</p></details>

<details class="wp-block-details"><summary>Perms</summary>
<p>Don&#8217;t wash your hair, tie it up tightly or use hair bands for 48 hours, and use a curl cream rather than
brushing when dry.</p></details>

<details class="wp-block-details"><summary>Lash extensions</summary>
<p>Keep your lashes completely dry for the first 24 hours. For 48 hours avoid swimming, saunas, steam rooms and hot
yoga, as heat and chlorine weaken the bond. After that, cleanse daily with an oil-free lash cleanser, brush through
with a clean spoolie, never use lash curlers, and try to sleep on your back.</p></details>

<details class="wp-block-details"><summary>Lash lift &amp; brow lamination</summary>
<p>Keep them dry and avoid steam and make-up on the area for 24 hours. After brow lamination, brush your brows into
shape each morning and apply a drop of nourishing oil at night.</p></details>

<details class="wp-block-details"><summary>Waxing</summary>
<p>For 24 to 48 hours avoid hot baths, saunas, sunbeds and strong sun, the gym, swimming pools, tight clothing and
perfumed products. After intimate waxing wear loose cotton underwear. From day three, exfoliate two or three times
a week to help prevent ingrowing hairs.</p></details>

<details class="wp-block-details"><summary>Gel, BIAB &amp; manicures</summary>
<p>Use cuticle oil every day, wear gloves for washing up and cleaning, and please never pick or peel off your gel.
Book BIAB infills every three to four weeks.</p></details>

<details class="wp-block-details"><summary>Massage</summary>
<p>Drink plenty of water, and try to avoid alcohol and a heavy meal for the rest of the day. A little tenderness the
next day is normal after deep work.</p></details>

<details class="wp-block-details"><summary>Facials &amp; dermaplaning</summary>
<p>Leave your skin make-up free for 12 hours if you can, avoid exfoliating acids and scrubs for three days, and wear
SPF 30 or higher every day for at least a week &#8211; freshly treated skin burns more easily.</p></details>

<p>Something not right after a treatment?
Call us on <a href="tel:01584876214">01584 876214</a> and we&#8217;ll help.</p>
</div>
</div>
"""

_PRODUCTS = """
<div class="gb-container gb-container-d2a6e0f9 page-hero">
<div class="gb-inside-container">
<h1 class="gb-headline gb-headline-6b1f9c3d gb-headline-text">Products We Stock</h1>
</div>
</div>

<div class="gb-container gb-container-0c8e5a1b">
<div class="gb-inside-container">
<p>We only sell what we use and love. Our team will happily recommend the right products for your hair or skin
&#8211; no hard sell, promise.</p>
<div class="gb-grid-wrapper gb-grid-wrapper-7a4d2f8e">
<div class="gb-grid-column gb-grid-column-c5e1b9a3"><div class="gb-container gb-container-c5e1b9a3">
<div class="gb-inside-container">
<h2 class="gb-headline gb-headline-3f0d8c6e gb-headline-text">Hair</h2>
<ul>
<li><strong>Kevin Murphy</strong> &#8211; the full range, including Angel.Wash, Hydrate-Me and Blow.Dry Rinse
(from &pound;28)</li>
<li><strong>Wella Professionals</strong> &#8211; Fusion, Invigo Color Brilliance and Color Motion+</li>
<li><strong>Olaplex</strong> &#8211; No.3 Hair Perfector (&pound;28), No.4 shampoo, No.5 conditioner, No.6 Bond
Smoother and No.7 Bonding Oil</li>
<li><strong>Moroccanoil</strong> original and light treatment oils</li>
<li><strong>ghd</strong> stylers, curlers and dryers, plus Tangle Teezer brushes</li>
</ul>
</div></div></div>
<div class="gb-grid-column gb-grid-column-8e3a7d0f"><div class="gb-container gb-container-8e3a7d0f">
<div class="gb-inside-container">
<h2 class="gb-headline gb-headline-a9c4e2b1 gb-headline-text">Skin, nails &amp; lashes</h2>
<ul>
<li><strong>Dermalogica</strong> &#8211; Daily Microfoliant, Special Cleansing Gel, Skin Smoothing Cream and the
Invisible Physical Defense SPF30</li>
<li><strong>OPI</strong> Nail Envy and ProSpa cuticle oil</li>
<li><strong>The Gel Bottle</strong> cuticle oil pens</li>
<li>Oil-free lash extension foam cleanser</li>
</ul>
</div></div></div>
</div>
<h2 class="gb-headline gb-headline-1d5b8f4c gb-headline-text">Buying from us</h2>
<p>Everything is available to buy at reception whenever we&#8217;re open. You can also reserve products through the
Phorest app and collect them on your next visit or any time that suits you; we don&#8217;t post products out. If
something we&#8217;ve recommended doesn&#8217;t suit you, bring it back within 14 days with your receipt and
we&#8217;ll swap it for something else. Product purchases earn Rewards points too.</p>
<p>Christmas gift sets from Kevin Murphy, ghd and Dermalogica arrive in the salon every November.</p>
</div>
</div>
"""

_TEAM = """
<div class="gb-container gb-container-f3b8d1a6 page-hero">
<div class="gb-inside-container">
<h1 class="gb-headline gb-headline-0c7e4a2f gb-headline-text">Meet the Team</h1>
</div>
</div>

<div class="gb-container gb-container-6e1d9b0c">
<div class="gb-inside-container">
<div class="gb-grid-wrapper gb-grid-wrapper-b4f0c8e2">
<div class="gb-grid-column gb-grid-column-2a9e6d3b"><div class="gb-container gb-container-2a9e6d3b team-card">
<div class="gb-inside-container">
<img src="/wp-content/uploads/2023/05/rachel-bevan-400x400.jpg" alt="Rachel Bevan" width="400" height="400"
loading="lazy">
<h2 class="gb-headline gb-headline-e5d1c7a4 gb-headline-text">Rachel Bevan</h2>
<p class="gb-headline gb-headline-text team-role">Owner &amp; Director Stylist</p>
<p>Rachel spent twelve years in Birmingham salons before coming home to Shropshire to open The Beauty Rooms in 2009.
She&#8217;s a Wella Master Colour Expert and looks after our trickiest colour work. Works Tuesday, Wednesday,
Friday and Saturday.</p>
</div></div></div>
<div class="gb-grid-column gb-grid-column-9f5b3e1d"><div class="gb-container gb-container-9f5b3e1d team-card">
<div class="gb-inside-container">
<img src="/wp-content/uploads/2023/05/jess-preece-400x400.jpg" alt="Jess Preece" width="400" height="400"
loading="lazy">
<h2 class="gb-headline gb-headline-7c3a0f8e gb-headline-text">Jess Preece</h2>
<p class="gb-headline gb-headline-text team-role">Senior Stylist &amp; Bridal Lead</p>
<p>Jess heads up our bridal team and is our curl specialist: she&#8217;s trained in curl-by-curl dry cutting, so
curly and wavy hair is cut the way it naturally falls, never thinned out or razored into a triangle. Works Tuesday to
Saturday, including late Thursdays.</p>
</div></div></div>
<div class="gb-grid-column gb-grid-column-4e0a7c5f"><div class="gb-container gb-container-4e0a7c5f team-card">
<div class="gb-inside-container">
<img src="/wp-content/uploads/2023/05/kieran-davies-400x400.jpg" alt="Kieran Davies" width="400" height="400"
loading="lazy">
<h2 class="gb-headline gb-headline-1b8f2d6a gb-headline-text">Kieran Davies</h2>
<p class="gb-headline gb-headline-text team-role">Stylist &amp; Barber</p>
<p>Kieran does our men&#8217;s cuts, fades and beards, and is a dab hand with short ladies&#8217; crops too. Works
Wednesday to Saturday.</p>
</div></div></div>
<div class="gb-grid-column gb-grid-column-c1e6b8d0"><div class="gb-container gb-container-c1e6b8d0 team-card">
<div class="gb-inside-container">
<img src="/wp-content/uploads/2023/05/holly-price-400x400.jpg" alt="Holly Price" width="400" height="400"
loading="lazy">
<h2 class="gb-headline gb-headline-5d9c0e3b gb-headline-text">Holly Price</h2>
<p class="gb-headline gb-headline-text team-role">Stylist</p>
<p>Holly qualified with us in 2021. Her blow-dries and hair-ups are famous, and she&#8217;s the one our youngest
clients ask for.</p>
</div></div></div>
<div class="gb-grid-column gb-grid-column-8a2f5c9e"><div class="gb-container gb-container-8a2f5c9e team-card">
<div class="gb-inside-container">
<img src="/wp-content/uploads/2023/05/megan-lloyd-400x400.jpg" alt="Megan Lloyd" width="400" height="400"
loading="lazy">
<h2 class="gb-headline gb-headline-3e7b1a0d gb-headline-text">Megan Lloyd</h2>
<p class="gb-headline gb-headline-text team-role">Senior Beauty Therapist &amp; Make-Up Artist</p>
<p>Megan holds Level 3 qualifications in beauty therapy and massage. Facials, massage, waxing and bridal make-up
are her thing.</p>
</div></div></div>
<div class="gb-grid-column gb-grid-column-0f4d8b2c"><div class="gb-container gb-container-0f4d8b2c team-card">
<div class="gb-inside-container">
<img src="/wp-content/uploads/2023/05/chloe-morgan-400x400.jpg" alt="Chloe Morgan" width="400" height="400"
loading="lazy">
<h2 class="gb-headline gb-headline-9a6c3e1f gb-headline-text">Chloe Morgan</h2>
<p class="gb-headline gb-headline-text team-role">Nail &amp; Lash Technician</p>
<p>Chloe is our BIAB and nail art queen and does all of our lash extensions and lifts. Works Tuesday to Friday.</p>
</div></div></div>
</div>
<p>Every member of the team is fully qualified and insured, and we all do regular refresher training.</p>
</div>
</div>
"""

_FIND = """
<div class="gb-container gb-container-7b2e9d4a page-hero">
<div class="gb-inside-container">
<h1 class="gb-headline gb-headline-d0f8a3c6 gb-headline-text">Find Us</h1>
</div>
</div>

<div class="gb-container gb-container-2c6a0f8b">
<div class="gb-inside-container">
<div class="gb-grid-wrapper gb-grid-wrapper-e9c3b7a1">
<div class="gb-grid-column gb-grid-column-4f1e8d2a"><div class="gb-container gb-container-4f1e8d2a">
<div class="gb-inside-container">
<h2 class="gb-headline gb-headline-6a0c4e9f gb-headline-text">Where we are</h2>
<p>The Beauty Rooms, 38 Corve Street, Ludlow, Shropshire SY8 1DA. We&#8217;re at the bottom half of Corve Street,
opposite the antiques centre, with a plum-coloured shopfront. Ludlow railway station is a five-minute walk.</p>
<p><a href="https://maps.google.com/?q=38+Corve+Street+Ludlow+SY8+1DA">Open in Google Maps</a></p>
</div></div></div>
<div class="gb-grid-column gb-grid-column-b3d7f0c5"><div class="gb-container gb-container-b3d7f0c5">
<div class="gb-inside-container">
<h2 class="gb-headline gb-headline-1c5e9b3d gb-headline-text">Opening hours</h2>
<figure class="wp-block-table"><table><tbody>
<tr><td>Monday</td><td>Closed</td></tr>
<tr><td>Tuesday</td><td>9am &#8211; 5.30pm</td></tr>
<tr><td>Wednesday</td><td>9am &#8211; 5.30pm</td></tr>
<tr><td>Thursday</td><td>9am &#8211; 8pm</td></tr>
<tr><td>Friday</td><td>9am &#8211; 6pm</td></tr>
<tr><td>Saturday</td><td>8.30am &#8211; 4pm</td></tr>
<tr><td>Sunday</td><td>Closed</td></tr>
</tbody></table></figure>
<p>We&#8217;re closed on bank holidays and Good Friday, and from Christmas Eve afternoon until 2 January.</p>
</div></div></div>
</div>

<h2 class="gb-headline gb-headline-8e2a6c0d gb-headline-text">Parking</h2>
<p>We don&#8217;t have our own car park. The closest is <strong>Smithfield car park</strong> on Lower Galdeford, a
long-stay pay and display about four minutes&#8217; walk away &#8211; it&#8217;s the easiest option if you&#8217;re
arriving on the A49 from Leominster or Shrewsbury: follow the signs for the town centre and Smithfield. There are a
few one-hour limited waiting spaces on Corve Street itself, with two blue badge bays almost opposite the salon.
Castle Street car park in the town centre is short stay and gets very busy on market days.</p>

<h2 class="gb-headline gb-headline-f4b0d7e2 gb-headline-text">Accessibility</h2>
<p>Our hairdressing floor is on the ground floor. There&#8217;s one low step at the front door, and we keep a
portable ramp &#8211; ring the bell by the door and we&#8217;ll put it out. Wheelchair users are very welcome: we can
cut and style with you staying in your own chair, and as our backwash basins aren&#8217;t wheelchair accessible we
use a forward-wash basin instead. Please mention it when booking so we can leave a clear space.</p>
<p>The two beauty rooms are upstairs (fifteen stairs with a handrail, no lift). If stairs are difficult, nails,
brows and lash treatments can be done downstairs in our consultation room &#8211; just ask. Our ground-floor toilet
has a narrow door and isn&#8217;t suitable for wheelchairs. Assistance dogs are always welcome, and we offer quiet
appointments with the music off on Tuesday mornings for anyone who finds a busy salon overwhelming.</p>
</div>
</div>
"""

_FAQ = """
<div class="gb-container gb-container-0a9d3f7c page-hero">
<div class="gb-inside-container">
<h1 class="gb-headline gb-headline-4b7e1c8a gb-headline-text">Frequently Asked Questions</h1>
</div>
</div>

<div class="gb-container gb-container-c2e5a8d1">
<div class="gb-inside-container">
<h2 class="gb-headline gb-headline-e6a3f0b9 gb-headline-text">Hair</h2>
<div class="gb-accordion gb-accordion-3f8b2c1e">
<div class="gb-accordion__item">
<button class="gb-accordion__toggle" id="gb-accordion-toggle-f01" aria-controls="gb-accordion-content-f01"
aria-expanded="false"><span class="gb-text">Can I bring my own hair dye for you to apply?</span>
<span class="gb-accordion__toggle-icon">+</span></button>
<div class="gb-accordion__content" id="gb-accordion-content-f01" role="region"
aria-labelledby="gb-accordion-toggle-f01"><div class="gb-text">
<p>Sorry, no. Our insurance only covers professional products we&#8217;ve bought through our own suppliers, and we
can&#8217;t guarantee the result with a colour we don&#8217;t know. If cost is a worry, ask about a root tint
only, which is our most affordable colour option.</p></div></div>
</div>
<div class="gb-accordion__item">
<button class="gb-accordion__toggle" id="gb-accordion-toggle-f02" aria-controls="gb-accordion-content-f02"
aria-expanded="false"><span class="gb-text">What if I&#8217;m not happy with my hair?</span>
<span class="gb-accordion__toggle-icon">+</span></button>
<div class="gb-accordion__content" id="gb-accordion-content-f02" role="region"
aria-labelledby="gb-accordion-toggle-f02"><div class="gb-text">
<p>Please tell us within seven days and we&#8217;ll invite you back to put it right free of charge, usually with
the same stylist. We can&#8217;t offer refunds on services once they&#8217;re done.</p></div></div>
</div>
<div class="gb-accordion__item">
<button class="gb-accordion__toggle" id="gb-accordion-toggle-f03" aria-controls="gb-accordion-content-f03"
aria-expanded="false"><span class="gb-text">Do you fit hair extensions?</span>
<span class="gb-accordion__toggle-icon">+</span></button>
<div class="gb-accordion__content" id="gb-accordion-content-f03" role="region"
aria-labelledby="gb-accordion-toggle-f03"><div class="gb-text">
<p>Not at the moment, but we&#8217;re happy to cut and blend around clip-in pieces you already have &#8211; bring
them with you.</p></div></div>
</div>
<div class="gb-accordion__item">
<button class="gb-accordion__toggle" id="gb-accordion-toggle-f04" aria-controls="gb-accordion-content-f04"
aria-expanded="false"><span class="gb-text">Can I have a consultation before I book?</span>
<span class="gb-accordion__toggle-icon">+</span></button>
<div class="gb-accordion__content" id="gb-accordion-content-f04" role="region"
aria-labelledby="gb-accordion-toggle-f04"><div class="gb-text">
<p>Of course. Free 15-minute consultations are available with any stylist; book them online under
&#8220;Consultations&#8221;.</p></div></div>
</div>
</div>

<h2 class="gb-headline gb-headline-1f9c6e3b gb-headline-text">Visiting the salon</h2>
<div class="gb-accordion gb-accordion-7a0e5d2b">
<div class="gb-accordion__item">
<button class="gb-accordion__toggle" id="gb-accordion-toggle-f05" aria-controls="gb-accordion-content-f05"
aria-expanded="false"><span class="gb-text">Do you take walk-ins?</span>
<span class="gb-accordion__toggle-icon">+</span></button>
<div class="gb-accordion__content" id="gb-accordion-content-f05" role="region"
aria-labelledby="gb-accordion-toggle-f05"><div class="gb-text">
<p>For men&#8217;s cuts and quick trims we&#8217;ll fit you in if a chair is free &#8211;
it&#8217;s worth ringing first. Everything else needs booking.</p></div></div>
</div>
<div class="gb-accordion__item">
<button class="gb-accordion__toggle" id="gb-accordion-toggle-f06" aria-controls="gb-accordion-content-f06"
aria-expanded="false"><span class="gb-text">Can I bring my children with me to my appointment?</span>
<span class="gb-accordion__toggle-icon">+</span></button>
<div class="gb-accordion__content" id="gb-accordion-content-f06" role="region"
aria-labelledby="gb-accordion-toggle-f06"><div class="gb-text">
<p>Older children who&#8217;ll sit happily with a book or tablet are fine on the hairdressing floor. For safety and
privacy, children can&#8217;t come into the beauty rooms with you.</p></div></div>
</div>
<div class="gb-accordion__item">
<button class="gb-accordion__toggle" id="gb-accordion-toggle-f07" aria-controls="gb-accordion-content-f07"
aria-expanded="false"><span class="gb-text">Do you do home visits?</span>
<span class="gb-accordion__toggle-icon">+</span></button>
<div class="gb-accordion__content" id="gb-accordion-content-f07" role="region"
aria-labelledby="gb-accordion-toggle-f07"><div class="gb-text">
<p>For housebound clients within Ludlow, Holly visits on Monday mornings for cuts, sets and blow-dries, from
&pound;30. Weddings are covered by our separate bridal mobile service.</p></div></div>
</div>
<div class="gb-accordion__item">
<button class="gb-accordion__toggle" id="gb-accordion-toggle-f08" aria-controls="gb-accordion-content-f08"
aria-expanded="false"><span class="gb-text">Is there Wi-Fi, and will I get a cup of tea?</span>
<span class="gb-accordion__toggle-icon">+</span></button>
<div class="gb-accordion__content" id="gb-accordion-content-f08" role="region"
aria-labelledby="gb-accordion-toggle-f08"><div class="gb-text">
<p>Yes to both! Free Wi-Fi (ask for the password), tea, coffee, hot chocolate and herbal teas are always on
offer.</p></div></div>
</div>
</div>

<details class="wp-block-details"><summary>Can I add a tip to my card payment?</summary>
<p>Yes, you can add a tip on the card machine, and it goes to your stylist or therapist in full.</p></details>
<p>Can&#8217;t find your answer? Call <a href="tel:01584876214">01584 876214</a> or email
<a href="mailto:hello@thebeautyroomsludlow.co.uk">hello@thebeautyroomsludlow.co.uk</a>.</p>
</div>
</div>
"""

HTML = {
    "/": _page(
        "/",
        "The Beauty Rooms Ludlow | Hair &amp; Beauty Salon on Corve Street, Ludlow",
        "Independent hair and beauty salon in Ludlow, Shropshire: cuts, colour, bridal, nails, lashes, waxing,"
        " massage and facials.",
        "7",
        _HOME,
    ),
    "/hair/": _page(
        "/hair/",
        "Cuts &amp; Styling",
        "Ladies' cuts, restyles, blow-dries, hair-up and children's haircuts in Ludlow.",
        "12",
        _HAIR,
        sidebar=True,
    ),
    "/colour-and-perms/": _page(
        "/colour-and-perms/",
        "Colour &amp; Perms",
        "Hair colour, highlights, balayage, colour correction and perms at our Wella salon in Ludlow.",
        "14",
        _COLOUR,
        sidebar=True,
    ),
    "/bridal/": _page(
        "/bridal/",
        "Bridal Hair &amp; Make-Up",
        "Wedding hair and make-up trials and our mobile bridal service around Ludlow and South Shropshire.",
        "16",
        _BRIDAL,
    ),
    "/nails/": _page(
        "/nails/",
        "Nails",
        "Manicures, pedicures, gel polish and BIAB in Ludlow.",
        "18",
        _NAILS,
        sidebar=True,
    ),
    "/massage-and-facials/": _page(
        "/massage-and-facials/",
        "Massage &amp; Facials",
        "Massage and Dermalogica facials in our private beauty rooms in Ludlow.",
        "20",
        _MASSAGE,
    ),
    "/lashes-and-brows/": _page(
        "/lashes-and-brows/",
        "Lashes &amp; Brows",
        "Lash lifts, lash extensions, brow lamination, tinting, threading and henna brows in Ludlow.",
        "22",
        _LASHES,
        sidebar=True,
    ),
    "/waxing/": _page(
        "/waxing/",
        "Waxing",
        "Hot and warm waxing in Ludlow, including our intimate waxing policy.",
        "24",
        _WAXING,
        sidebar=True,
    ),
    "/mens-grooming/": _page(
        "/mens-grooming/",
        "Men's Grooming",
        "Gents' cuts, skin fades, beard trims, hot towel shaves and men's waxing in Ludlow.",
        "26",
        _MENS,
    ),
    "/offers-and-vouchers/": _page(
        "/offers-and-vouchers/",
        "Offers, Rewards &amp; Gift Vouchers",
        "Senior citizens' Tuesdays, student discount, our Rewards scheme and gift vouchers.",
        "28",
        _OFFERS,
        sidebar=True,
    ),
    "/booking-and-cancellations/": _page(
        "/booking-and-cancellations/",
        "Booking &amp; Cancellations",
        "How to book, deposits, cancellation and late arrival policy, and payment options.",
        "30",
        _BOOKING,
        sidebar=True,
    ),
    "/patch-tests-and-health/": _page(
        "/patch-tests-and-health/",
        "Patch Tests &amp; Health",
        "Patch tests, allergies and medical conditions: what you need to know before your treatment.",
        "32",
        _HEALTH,
    ),
    "/aftercare/": _page(
        "/aftercare/",
        "Aftercare",
        "Aftercare advice for colour, perms, lashes, brows, waxing, nails, massage and facials.",
        "34",
        _AFTERCARE,
        sidebar=True,
    ),
    "/products/": _page(
        "/products/",
        "Products We Stock",
        "Kevin Murphy, Wella, Olaplex, ghd, Dermalogica and OPI products in Ludlow.",
        "36",
        _PRODUCTS,
    ),
    "/meet-the-team/": _page(
        "/meet-the-team/",
        "Meet the Team",
        "Meet the stylists and therapists at The Beauty Rooms Ludlow.",
        "38",
        _TEAM,
    ),
    "/find-us/": _page(
        "/find-us/",
        "Find Us",
        "Opening hours, parking and accessibility at our Corve Street salon in Ludlow.",
        "40",
        _FIND,
    ),
    "/faqs/": _page(
        "/faqs/",
        "FAQs",
        "Answers to common questions about visiting The Beauty Rooms Ludlow.",
        "42",
        _FAQ,
    ),
}

QUESTIONS = [
    ("How much is it for a little one's haircut? My son's 4 and he's a nightmare to sit still lol", "/hair/"),
    (
        "I've got a black tie ball at the Feathers next month and fancy having my hair put up for it, what sort of "
        "price is that?",
        "/hair/",
    ),
    (
        "my home dye has gone a horrible orange colour and its patchy at the back, can you fix it and how much roughly",
        "/colour-and-perms/",
    ),
    ("Do you still do perms? My mum's after one like she had in the 80s", "/colour-and-perms/"),
    (
        "We're getting married at a farm out near Clun in August, would you come out to us on the morning and do you "
        "charge for travelling?",
        "/bridal/",
    ),
    ("When should I book my trial for wedding hair? Wedding's in September", "/bridal/"),
    (
        "Had my gels done at another place and they're growing out badly, can you take them off and redo them?",
        "/nails/",
    ),
    ("do you do acrylics", "/nails/"),
    ("I'm 20 weeks pregnant and my lower back is killing me. Is a massage OK at this stage?", "/massage-and-facials/"),
    ("Whats the difference between a lash lift and having extensions? Which lasts longer?", "/lashes-and-brows/"),
    ("Do you do Brazilians for men? Asking for my boyfriend", "/waxing/"),
    ("how long does my hair need to be grown before I come in for a leg wax, I normally shave", "/waxing/"),
    ("How much for a skin fade and a beard tidy?", "/mens-grooming/"),
    ("I'm 72 and on a pension, is there a day that's cheaper for older people?", "/offers-and-vouchers/"),
    (
        "My daughter gave me a voucher for my birthday last year and I've only just found it, I think it ran out a "
        "few weeks ago. Can I still use it?",
        "/offers-and-vouchers/",
    ),
    (
        "I'm stuck behind a tractor on the A49 and I'm going to be about 20 mins late for my colour. Will you still "
        "do it?",
        "/booking-and-cancellations/",
    ),
    ("How much notice do I need to give if I want to cancel?", "/booking-and-cancellations/"),
    (
        "I've never had my hair coloured with you before, do I need to come in beforehand for anything",
        "/patch-tests-and-health/",
    ),
    ("I'm on Roaccutane for my skin at the moment, is it ok to get my eyebrows waxed?", "/patch-tests-and-health/"),
    ("Just had eyelash extensions put on this morning, am I ok to go swimming tonight?", "/aftercare/"),
    ("Do you sell Olaplex? The number 3 one", "/products/"),
    (
        "Is there anyone there who's good with really curly hair? Most places just thin it out and it ends up a "
        "triangle",
        "/meet-the-team/",
    ),
    ("Where's best to park? I'm driving up from Leominster", "/find-us/"),
    ("My mum uses a wheelchair, can she get in for a haircut?", "/find-us/"),
    ("Can I bring my own hair dye for you to put on? Would save me a bit of money", "/faqs/"),
]

OUT_OF_SCOPE = [
    "Do you do ear piercing? My daughter's just turned 8 and wants her ears done",
    "can i get a spray tan done before my holiday on friday",
    "Are you looking for any stylists at the moment? I'm qualified and just moved to the area",
    "Do you do botox or lip fillers?",
    "Do you do laser hair removal",
    "Is there a coffee shop nearby where I can wait while my daughter has her hair done?",
    "Can you recommend a B&B near the castle for our wedding guests?",
    "When is the Ludlow Food Festival on this year?",
]
