"""An evaluation site: Cut & Colour Harrogate, an independent colour and curly-hair salon with a barber chair (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. WordPress with SiteOrigin Page Builder:
panel-layout / panel-grid / panel-grid-cell rows of so-panel widgets (sow-editor text, sow-accordion FAQs,
testimonials, buttons), a mega-menu header, a theme "widget-area" sidebar on some pages and a big footer.
"""

NAME = "Cut & Colour Harrogate"

_BOOK = "https://cutandcolourharrogate.phorest.me/book"

_HEAD_STYLE = (
    "#pgc-w-0-0{width:100%}.panel-grid-cell .so-panel{margin-bottom:30px}"
    ".panel-grid-cell .so-panel:last-of-type{margin-bottom:0}"
    "@media (max-width:780px){.panel-grid .panel-grid-cell{width:100%;margin-right:0}}"
)

_ANALYTICS = (
    "<script>window.dataLayer = window.dataLayer || [];"
    "function gtag(){dataLayer.push(arguments);}gtag('js', new Date());"
    "gtag('config', 'G-7QK2H4C9LM', {'anonymize_ip': true});</script>"
)

_MENU = """
<nav role="navigation" class="site-navigation main-navigation primary use-sticky-menu mega-menu-enabled">
<div class="full-container">
<a href="#" class="menu-toggle"><span class="vantage-icon-menu"></span><span class="screen-reader-text">Menu</span></a>
<div class="main-menu-container">
<ul id="menu-main-menu" class="menu">
<li id="menu-item-11" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-home menu-item-11">
<a href="/"><span class="icon"></span>Home</a></li>
<li id="menu-item-12" class="menu-item menu-item-has-children mega-menu-columns-3 menu-item-12">
<a href="#">Services</a>
<ul class="sub-menu mega-sub-menu">
<li class="menu-item menu-item-has-children mega-column"><a href="#" class="mega-heading">Cutting</a>
<ul class="sub-menu">
<li class="menu-item"><a href="/cuts-and-barbering/">Cuts, Barbering &amp; Kids</a></li>
<li class="menu-item"><a href="/curly-hair/">Curly Hair &amp; Curl Consultations</a></li>
</ul></li>
<li class="menu-item menu-item-has-children mega-column"><a href="#" class="mega-heading">Colour</a>
<ul class="sub-menu">
<li class="menu-item"><a href="/colour/">Colour, Blonding &amp; Correction</a></li>
<li class="menu-item"><a href="/grey-hair/">Grey Coverage &amp; Blending</a></li>
</ul></li>
<li class="menu-item menu-item-has-children mega-column"><a href="#" class="mega-heading">Care &amp; Occasions</a>
<ul class="sub-menu">
<li class="menu-item"><a href="/treatments/">Olaplex &amp; Treatments</a></li>
<li class="menu-item"><a href="/hair-extensions/">Hair Extensions</a></li>
<li class="menu-item"><a href="/bridal-and-occasion/">Bridal &amp; Occasion Hair</a></li>
</ul></li>
</ul></li>
<li id="menu-item-19" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-19">
<a href="/prices/">Prices</a></li>
<li id="menu-item-20" class="menu-item menu-item-has-children menu-item-20">
<a href="/new-clients/">Before You Visit</a>
<ul class="sub-menu">
<li class="menu-item"><a href="/new-clients/">New Clients &amp; Patch Tests</a></li>
<li class="menu-item"><a href="/salon-policies/">Deposits, Lateness &amp; Cancellations</a></li>
<li class="menu-item"><a href="/refunds-and-redos/">Refunds &amp; Re-dos</a></li>
<li class="menu-item"><a href="/aftercare/">Aftercare &amp; Products</a></li>
</ul></li>
<li id="menu-item-25" class="menu-item menu-item-has-children menu-item-25">
<a href="/meet-the-team/">About</a>
<ul class="sub-menu">
<li class="menu-item"><a href="/meet-the-team/">Meet the Team</a></li>
<li class="menu-item"><a href="/accessibility/">Accessibility &amp; Quiet Appointments</a></li>
<li class="menu-item"><a href="/gift-vouchers-and-rewards/">Gift Vouchers &amp; Rewards</a></li>
<li class="menu-item"><a href="/faq/">FAQs</a></li>
</ul></li>
<li id="menu-item-30" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-30">
<a href="/visit-us/">Visit Us</a></li>
<li id="menu-item-31" class="menu-item menu-button menu-item-31">
<a href="https://cutandcolourharrogate.phorest.me/book" target="_blank" rel="noopener">Book Now</a></li>
</ul>
</div>
</div>
</nav>
"""

_HEADER = (
    """
<div id="cookie-law-info-bar" data-nosnippet="true" data-cli-style="cli-style-v2" style="display:none">
<span><div class="cli-bar-container cli-style-v2"><div class="cli-bar-message">We use cookies on our website to give
you the most relevant experience by remembering your preferences and repeat visits. By clicking &ldquo;Accept&rdquo;,
you consent to the use of ALL the cookies.</div><div class="cli-bar-btn_container">
<a role="button" class="cli_settings_button" style="margin:0px 10px 0px 5px">Cookie Settings</a>
<a role="button" data-cli_action="accept" id="cookie_action_close_header"
class="medium cli-plugin-button cli-plugin-main-button cookie_action_close_header cli_action_button wt-cli-accept-btn">
ACCEPT</a></div></div></span>
</div>
<div id="page-wrapper">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="top-bar" class="top-bar">
<div class="full-container">
<span class="top-bar-text"><span class="vantage-icon-phone"></span> <a href="tel:01423568214">01423 568214</a>
&nbsp;|&nbsp; <a href="mailto:hello@cutandcolourharrogate.co.uk">hello@cutandcolourharrogate.co.uk</a></span>
<ul class="social-links">
<li><a href="https://www.instagram.com/cutandcolourharrogate" target="_blank" rel="noopener">Instagram</a></li>
<li><a href="https://www.facebook.com/cutandcolourharrogate" target="_blank" rel="noopener">Facebook</a></li>
</ul>
</div>
</div>
<header id="masthead" class="site-header masthead-logo-in-menu" role="banner">
<div class="hgroup full-container">
<a href="/" title="Cut &amp; Colour Harrogate" rel="home" class="logo">
<img src="/wp-content/uploads/2021/03/cut-colour-logo-teal.png" class="logo-height-constrain" width="260" height="82"
alt="Cut &amp; Colour Harrogate logo"></a>
<div class="support-text">Colour &amp; curl specialists in the heart of Harrogate</div>
</div>
"""
    + _MENU
    + """
</header>
"""
)

_FOOTER = """
<footer id="colophon" class="site-footer" role="contentinfo">
<div id="footer-widgets" class="full-container">
<aside id="text-3" class="widget widget_text"><h3 class="widget-title">Find Us</h3>
<div class="textwidget"><p>Cut &amp; Colour Harrogate<br>9 Cheltenham Parade<br>Harrogate<br>North Yorkshire HG1 1DD</p>
<p><a href="tel:01423568214">01423 568214</a><br>
<a href="mailto:hello@cutandcolourharrogate.co.uk">hello@cutandcolourharrogate.co.uk</a></p></div></aside>
<aside id="text-4" class="widget widget_text"><h3 class="widget-title">Opening Hours</h3>
<div class="textwidget"><p>Tue &amp; Fri 9am &ndash; 5.30pm<br>Wed &amp; Thu 9am &ndash; 8pm<br>
Sat 8.30am &ndash; 4pm<br>
Sun &amp; Mon closed</p></div></aside>
<aside id="nav_menu-2" class="widget widget_nav_menu"><h3 class="widget-title">Useful Links</h3>
<div class="menu-footer-container"><ul id="menu-footer" class="menu">
<li class="menu-item"><a href="/prices/">Price List</a></li>
<li class="menu-item"><a href="/new-clients/">New Clients</a></li>
<li class="menu-item"><a href="/salon-policies/">Salon Policies</a></li>
<li class="menu-item"><a href="/gift-vouchers-and-rewards/">Gift Vouchers</a></li>
<li class="menu-item"><a href="/faq/">FAQs</a></li>
<li class="menu-item"><a href="/visit-us/">Contact</a></li>
</ul></div></aside>
<aside id="text-5" class="widget widget_text"><h3 class="widget-title">Follow Us</h3>
<div class="textwidget"><p>See our latest colour and curls on Instagram.</p>
<ul class="footer-social">
<li><a href="https://www.instagram.com/cutandcolourharrogate" target="_blank" rel="noopener">Instagram</a></li>
<li><a href="https://www.facebook.com/cutandcolourharrogate" target="_blank" rel="noopener">Facebook</a></li>
<li><a href="https://www.tiktok.com/@cutandcolourhgt" target="_blank" rel="noopener">TikTok</a></li>
</ul>
<p><a class="footer-book-button" href="https://cutandcolourharrogate.phorest.me/book">Book Online</a></p></div></aside>
</div>
<div id="site-info">
<span>&copy; 2025 Cut &amp; Colour Harrogate Ltd. Registered in England &amp; Wales no. 09184427.</span>
<span><a href="/salon-policies/">Terms</a> &middot; <a href="/accessibility/">Accessibility</a></span>
<span class="theme-credit">Theme by SiteOrigin</span>
</div>
</footer>
<a href="#" id="scroll-to-top" class="scroll-to-top" title="Back To Top"><span class="vantage-icon-arrow-up"></span></a>
</div><!-- #page-wrapper -->
"""

_SIDEBAR = """
<div id="secondary" class="widget-area" role="complementary">
<aside id="nav_menu-4" class="widget widget_nav_menu"><h3 class="widget-title">Our Services</h3>
<div class="menu-services-container"><ul id="menu-services" class="menu">
<li class="menu-item"><a href="/cuts-and-barbering/">Cuts &amp; Barbering</a></li>
<li class="menu-item"><a href="/curly-hair/">Curly Hair</a></li>
<li class="menu-item"><a href="/colour/">Colour &amp; Blonding</a></li>
<li class="menu-item"><a href="/grey-hair/">Grey Hair</a></li>
<li class="menu-item"><a href="/treatments/">Olaplex &amp; Treatments</a></li>
<li class="menu-item"><a href="/hair-extensions/">Hair Extensions</a></li>
<li class="menu-item"><a href="/bridal-and-occasion/">Bridal &amp; Occasion</a></li>
</ul></div></aside>
<aside id="text-7" class="widget widget_text"><h3 class="widget-title">New to Cut &amp; Colour?</h3>
<div class="textwidget"><p>Read our <a href="/new-clients/">new client guide</a> before your first visit, and take a
look at the <a href="/prices/">price list</a>.</p>
<p><a class="sidebar-button" href="https://cutandcolourharrogate.phorest.me/book">Book your appointment</a></p></div>
</aside>
<aside id="text-8" class="widget widget_text"><h3 class="widget-title">Give the Gift of Great Hair</h3>
<div class="textwidget"><p><a href="/gift-vouchers-and-rewards/">
<img src="/wp-content/uploads/2023/11/gift-voucher-card.jpg" alt="Cut and Colour gift voucher" width="300"
height="190"></a></p></div></aside>
</div><!-- #secondary -->
"""


def _editor(body, title=""):
    heading = f'<h3 class="widget-title">{title}</h3>\n' if title else ""
    return (
        "widget_sow-editor",
        '<div class="so-widget-sow-editor so-widget-sow-editor-base">\n'
        f"{heading}"
        f'<div class="siteorigin-widget-tinymce textwidget">\n{body}\n</div>\n</div>',
    )


def _headline(text, sub=""):
    subline = f'<div class="sow-sub-headline"><p class="sow-sub-headline">{sub}</p></div>' if sub else ""
    return (
        "widget_sow-headline",
        '<div class="so-widget-sow-headline so-widget-sow-headline-default-b1d0a8c4c1e7">\n'
        f'<div class="sow-headline-container"><h1 class="sow-headline">{text}</h1>'
        '<div class="decoration"><div class="decoration-inside"></div></div>'
        f"{subline}</div>\n</div>",
    )


def _button(text, href=_BOOK):
    return (
        "widget_sow-button",
        '<div class="so-widget-sow-button so-widget-sow-button-flat-7c4b2e90a1d3">\n'
        '<div class="ow-button-base ow-button-align-center">'
        f'<a href="{href}" class="sowb-button ow-icon-placement-left ow-button-hover">'
        f"<span>{text}</span></a></div>\n</div>",
    )


def _image(src, alt):
    return (
        "widget_sow-image",
        '<div class="so-widget-sow-image so-widget-sow-image-default-c9a1f4e0b7d2">\n'
        f'<div class="sow-image-container"><img src="{src}" width="600" height="400" alt="{alt}"'
        ' decoding="async" loading="lazy" class="so-widget-image"></div>\n</div>',
    )


def _testimonials(items):
    blocks = []
    for quote, who in items:
        blocks.append(
            '<div class="sow-testimonial-wrapper sow-testimonial-user-left">'
            '<div class="sow-testimonial"><div class="sow-testimonial-text">'
            f"<p>{quote}</p></div>"
            '<div class="sow-testimonial-user"><div class="sow-image-wrapper">'
            '<div class="sow-round-image-frame"></div></div>'
            f'<div class="sow-text"><strong>{who}</strong><span>Google review</span></div></div></div></div>'
        )
    inner = "\n".join(blocks)
    return (
        "widget_sow-testimonial",
        '<div class="so-widget-sow-testimonial so-widget-sow-testimonial-default-5e2d1f0c8b46">\n'
        '<h3 class="widget-title">What Our Clients Say</h3>\n'
        f'<div class="sow-testimonials">\n{inner}\n</div>\n</div>',
    )


def _accordion(uid, items):
    panels = []
    for i, (question, answer) in enumerate(items, start=1):
        panels.append(
            f'<div class="sow-accordion-panel" data-anchor="{uid}-{i}">\n'
            '<div class="sow-accordion-panel-header-container" role="heading" aria-level="3">\n'
            f'<div class="sow-accordion-panel-header" tabindex="0" role="button" id="accordion-label-{uid}-{i}"'
            f' aria-controls="accordion-content-{uid}-{i}" aria-expanded="false">\n'
            f'<div class="sow-accordion-title sow-accordion-title-icon-left">{question}</div>\n'
            '<div class="sow-accordion-open-close-button"><div class="sow-accordion-open-button">'
            '<span class="sow-icon-fontawesome sow-fas" data-sow-icon="&#xf067;" aria-hidden="true"></span></div>'
            '<div class="sow-accordion-close-button">'
            '<span class="sow-icon-fontawesome sow-fas" data-sow-icon="&#xf068;" aria-hidden="true"></span></div>'
            "</div>\n</div>\n</div>\n"
            f'<div class="sow-accordion-panel-content" role="region" aria-labelledby="accordion-label-{uid}-{i}"'
            f' id="accordion-content-{uid}-{i}" style="display: none;">\n'
            f'<div class="sow-accordion-panel-border">\n{answer}\n</div>\n</div>\n</div>'
        )
    inner = "\n".join(panels)
    return (
        "widget_sow-accordion",
        '<div class="so-widget-sow-accordion so-widget-sow-accordion-default-3f7e2a9d1c55">\n'
        f'<div class="sow-accordion">\n{inner}\n</div>\n</div>',
    )


def _layout(pid, rows):
    out = [f'<div id="pl-{pid}" class="panel-layout">']
    for r, cells in enumerate(rows):
        out.append(f'<div id="pg-{pid}-{r}" class="panel-grid panel-no-style">')
        index = 0
        for c, widgets in enumerate(cells):
            out.append(f'<div id="pgc-{pid}-{r}-{c}" class="panel-grid-cell">')
            for w, (kind, inner) in enumerate(widgets):
                pos = ""
                if w == 0:
                    pos += " panel-first-child"
                if w == len(widgets) - 1:
                    pos += " panel-last-child"
                out.append(
                    f'<div id="panel-{pid}-{r}-{c}-{w}" class="so-panel widget {kind}{pos}" data-index="{index}">'
                    f"\n{inner}\n</div>"
                )
                index += 1
            out.append("</div>")
        out.append("</div>")
    out.append("</div>")
    return "\n".join(out)


def _page(pid, slug, title, description, rows, sidebar=False):
    body_class = f"page-template-default page page-id-{pid} siteorigin-panels siteorigin-panels-before-js"
    if sidebar:
        body_class += " has-sidebar"
    else:
        body_class += " no-sidebar page-layout-no-sidebar"
    layout = _layout(pid, rows)
    aside = _SIDEBAR if sidebar else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en-GB">\n<head>\n'
        '<meta charset="UTF-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title} | Cut &amp; Colour Harrogate</title>\n"
        f'<meta name="description" content="{description}">\n'
        '<meta name="robots" content="index, follow, max-image-preview:large">\n'
        f'<link rel="canonical" href="https://www.cutandcolourharrogate.co.uk/{slug}">\n'
        f'<meta property="og:title" content="{title} | Cut &amp; Colour Harrogate">\n'
        '<meta property="og:site_name" content="Cut &amp; Colour Harrogate">\n'
        '<meta property="og:locale" content="en_GB">\n'
        "<link rel='stylesheet' id='wp-block-library-css'"
        " href='/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3'"
        " media='all'>\n"
        "<link rel='stylesheet' id='siteorigin-panels-front-css'"
        " href='/wp-content/plugins/siteorigin-panels/css/front-flex.min.css?ver=2.29.17' media='all'>\n"
        "<link rel='stylesheet' id='sow-accordion-default-css'"
        " href='/wp-content/uploads/siteorigin-widgets/sow-accordion-default-3f7e2a9d1c55.css?ver=6.5.3' media='all'>\n"
        "<link rel='stylesheet' id='vantage-style-css' href='/wp-content/themes/vantage/style.css?ver=1.20.21'"
        " media='all'>\n"
        "<link rel='stylesheet' id='cookie-law-info-css'"
        " href='/wp-content/plugins/cookie-law-info/legacy/public/css/cookie-law-info-public.css?ver=3.2.4'"
        " media='all'>\n"
        f'<style media="all" id="siteorigin-panels-layouts-head">{_HEAD_STYLE}</style>\n'
        f"{_ANALYTICS}\n"
        "</head>\n"
        f'<body class="{body_class}">\n'
        f"{_HEADER}\n"
        '<div id="main" class="site-main">\n<div class="full-container">\n'
        '<div id="primary" class="content-area">\n<div id="content" class="site-content" role="main">\n'
        f'<article id="post-{pid}" class="post-{pid} page type-page status-publish hentry post">\n'
        '<div class="entry-main">\n<div class="entry-content">\n'
        f"{layout}\n"
        "</div><!-- .entry-content -->\n</div>\n</article>\n"
        "</div><!-- #content -->\n</div><!-- #primary -->\n"
        f"{aside}\n"
        "</div><!-- .full-container -->\n</div><!-- #main -->\n"
        f"{_FOOTER}\n"
        "</body>\n</html>\n"
    )


_REVIEWS_CURLS = [
    (
        "First hairdresser in twenty years who hasn&rsquo;t tried to thin my curls out. Rachel explained everything "
        "and I finally know how to use a diffuser!",
        "Jo W.",
    ),
    ("My daughter left bouncing. Worth every penny for the styling lesson alone.", "Amira K."),
]
_REVIEWS_COLOUR = [
    (
        "Priya rescued my hair after a disastrous home bleach. Honest about how long it would take and the "
        "result is beautiful.",
        "Sophie L.",
    ),
    ("Best balayage I&rsquo;ve ever had, and it grows out so softly.", "Lauren P."),
]
_REVIEWS_GENERAL = [
    ("Friendly, relaxed salon and they really listen. Tom&rsquo;s fades are the best in Harrogate.", "Dan H."),
    ("Lovely team, great coffee, and my colour has never looked better.", "Claire M."),
]


HOME = _page(
    2,
    "",
    "Colour &amp; Curly Hair Specialists in Harrogate",
    "Cut &amp; Colour is an independent Harrogate hair salon specialising in colour, blonding and curly hair, "
    "with a barber chair for fades and clipper cuts.",
    [
        [
            [
                _headline(
                    "Colour, curls and really good cuts in the heart of Harrogate",
                    "An independent salon on Cheltenham Parade since 2014",
                ),
                _button("Book Online"),
            ]
        ],
        [
            [
                _editor(
                    """<p>Cut &amp; Colour was opened by Rachel Ainsworth in 2014 with one simple idea: a small,
friendly salon where colour is done carefully and curly hair is cut the way it actually grows. Ten years on we are a
team of seven, but we are still independent, still on Cheltenham Parade, and we still put the kettle on the minute
you walk in.</p>
<p>We specialise in two things. The first is <strong>colour</strong>, from a subtle gloss to a full blonde
transformation, soft grey blending and honest colour correction. The second is <strong>curly, coily and wavy
hair</strong>, cut dry, curl by curl, with a proper styling lesson so it looks just as good at home.
Alongside that we have a <strong>barber chair</strong> for fades, clipper cuts and beard tidies, plus cuts
for the whole family.</p>""",
                    "Welcome to Cut &amp; Colour",
                )
            ]
        ],
        [
            [
                _editor(
                    """<p>Balayage, foils, toners, root tints and colour correction by our colour specialists.</p>
<p><a href="/colour/">Explore colour &rarr;</a></p>""",
                    "Colour &amp; Blonding",
                )
            ],
            [
                _editor(
                    """<p>Curl-by-curl dry cutting, curl consultations and styling lessons for curls of every
type.</p>
<p><a href="/curly-hair/">Explore curly hair &rarr;</a></p>""",
                    "Curly Hair",
                )
            ],
            [
                _editor(
                    """<p>Skin fades, tapers, scissor cuts and beard shaping at our dedicated barber chair.</p>
<p><a href="/cuts-and-barbering/">Explore cuts &amp; barbering &rarr;</a></p>""",
                    "The Barber Chair",
                )
            ],
        ],
        [
            [
                _editor(
                    """<ul>
<li>Winner, Best Independent Salon, Harrogate Advertiser Readers&rsquo; Awards 2023</li>
<li>Proud member of the Green Salon Collective: we recycle up to 95% of our salon waste, including foils, colour
tubes and even hair clippings</li>
<li>An Olaplex certified salon</li>
<li>Six stylists across four levels, so there is a price point for everyone</li>
</ul>""",
                    "Why Clients Choose Us",
                )
            ],
            [_testimonials(_REVIEWS_GENERAL)],
        ],
        [
            [
                _editor(
                    """<p>Not sure what you need? Every new client starts with a chat, and our
<a href="/new-clients/">new client page</a> explains how your first visit works.</p>""",
                    "New to the salon?",
                ),
                _button("Book Your Appointment"),
            ]
        ],
    ],
)


CUTS = _page(
    14,
    "cuts-and-barbering/",
    "Cuts, Barbering &amp; Children&rsquo;s Cuts",
    "Women's and men's haircuts, a barber chair for fades and beard trims, and children's haircuts in Harrogate.",
    [
        [
            [
                _headline("Cuts, Barbering &amp; Children&rsquo;s Cuts"),
                _editor(
                    """<p>Every cut in the salon starts with a proper consultation, followed by a wash with a scalp
massage, your cut, and a finish that you can recreate at home. Take a look at the <a href="/prices/">price list</a>
for prices at each stylist level.</p>"""
                ),
            ]
        ],
        [
            [
                _editor(
                    """<p>Whether it&rsquo;s a tidy-up or a complete change, we will talk it through first. If you
are planning a big restyle (more than about 10cm off, or a completely new shape such as going from long layers to a
bob) please mention it when booking so we can allow the extra time, as a restyle is booked as a longer
appointment.</p>
<p>Every women&rsquo;s cut includes a blow-dry finish. If you would rather go home with it wet or leave it to dry
naturally, just say, there&rsquo;s no obligation.</p>""",
                    "Women&rsquo;s Cuts",
                ),
                _editor(
                    """<p>Longer men&rsquo;s styles, textured crops and anything that needs scissor work are cut in the
main salon by any of our stylists and include a wash and style.</p>""",
                    "Men&rsquo;s Cuts in the Salon",
                ),
            ],
            [
                _editor(
                    """<p>Our barber chair is run by Tom, Tuesday to Saturday. It&rsquo;s the place for skin fades,
tapers, clipper cuts, crew cuts, line-ups and beard shaping. Barber chair appointments are 30 minutes and are dry
cuts (no wash), which keeps them quick and keeps the price down.</p>
<p><strong>Walk-ins:</strong> on Saturday mornings from 8.30am until 12 noon the barber chair is walk-in only,
first come first served, so just turn up and grab a seat. The rest of the week the barber chair is by appointment,
which you can book online.</p>""",
                    "The Barber Chair",
                )
            ],
        ],
        [
            [
                _editor(
                    """<p>We love cutting children&rsquo;s hair. Under-12s are usually booked with Megan or Tom, and
older children can see any stylist. A parent or guardian needs to stay in the salon for anyone under 16.</p>
<p>Little ones can sit on a booster seat or on your knee, whichever is easier. Saturday children&rsquo;s slots get
booked up three to four weeks ahead, so if you can, try an after-school slot on a Wednesday or Thursday.</p>
<p><strong>Baby&rsquo;s first haircut:</strong> for a very first haircut (up to age three) we&rsquo;ll take a
photo on your phone, give you a signed &ldquo;My First Haircut&rdquo; certificate and save a lock of hair in a little
keepsake envelope to take home, at no extra cost. Just tell us it&rsquo;s a first cut when you book.</p>""",
                    "Children&rsquo;s Cuts",
                )
            ],
            [_testimonials(_REVIEWS_GENERAL[:1]), _button("Book a Cut")],
        ],
    ],
    sidebar=True,
)


CURLY = _page(
    16,
    "curly-hair/",
    "Curly Hair Specialists &amp; Curly Consultations",
    "Curl-by-curl dry cutting, curly consultations and styling lessons for curly, coily and wavy hair in Harrogate.",
    [
        [
            [
                _headline(
                    "Curly Hair, Cut the Way It Grows", "Curly, coily and wavy hair specialists in North Yorkshire"
                ),
                _editor(
                    """<p>Curly hair doesn&rsquo;t behave like straight hair, so we don&rsquo;t cut it like straight
hair. Rachel and Ellie are trained in dry, curl-by-curl cutting techniques, including the R&euml;zo Cut and
DevaCut methods. We cut each curl where it naturally sits, so there&rsquo;s no shrinkage surprise, no shelf and no
triangle shape, and we never thin curls out with thinning scissors or a razor.</p>"""
                ),
            ]
        ],
        [
            [
                _editor(
                    """<p>Your first curly cut with us starts with a curly consultation. It lasts 30 minutes, costs
&pound;15, and the &pound;15 comes off your curly cut if you book it within four weeks. We look at your curl
pattern, porosity and density, talk about your current routine and products, and agree what you would like from
the cut. Consultations can be in the salon or by video call.</p>""",
                    "The Curly Consultation",
                ),
                _editor(
                    """<p>Because we cut curls dry, how you arrive really matters:</p>
<ul>
<li>Come with your hair clean and dry, worn in its natural curly state, ideally washed the day before or that
morning and styled as you normally would.</li>
<li>Please wear it loose: no bun, ponytail, clips, headband or hat, as these leave kinks that we can&rsquo;t cut
around.</li>
<li>No straighteners, hot brush or blow-dry for at least two days beforehand.</li>
<li>Leave your usual products in, so we can see what is and isn&rsquo;t working for you.</li>
</ul>""",
                    "How to Arrive for Your Curly Cut",
                ),
            ],
            [
                _editor(
                    """<p>We cut your hair dry, curl by curl, and shape it around your face. Then we wash and
condition, apply styling products step by step, and show you how to diffuse or air dry. Allow one and a half to two
hours. Curly cuts are available with our Senior and Director level stylists.</p>
<p>Between full cuts, a <strong>curl refresh</strong> (a lighter trim and restyle) every 10 to 12 weeks keeps the
shape. Curly children are welcome from age six.</p>""",
                    "What Happens in a Curly Cut",
                ),
                _testimonials(_REVIEWS_CURLS),
            ],
        ],
        [[_button("Book a Curly Consultation")]],
    ],
)


COLOUR = _page(
    18,
    "colour/",
    "Colour, Blonding, Toning &amp; Colour Correction",
    "Hair colour in Harrogate: tints, glosses, highlights, balayage, toners and colour correction by quote.",
    [
        [
            [
                _headline("Colour, Blonding &amp; Colour Correction"),
                _editor(
                    """<p>Colour is what we are known for. Every colour appointment starts with a consultation about
your hair history, skin tone and how much upkeep you want, and we will always be honest about what your hair can
safely do.</p>"""
                ),
            ]
        ],
        [
            [
                _editor(
                    """<ul>
<li><strong>Root tint</strong>: permanent colour applied to the regrowth only.</li>
<li><strong>Full head tint</strong>: permanent colour from root to tip, for a change of shade.</li>
<li><strong>Semi-permanent gloss</strong>: an ammonia-free, vegan colour that adds shine and tone and fades gently
over six to eight washes. A lovely first step if you&rsquo;ve never coloured before.</li>
</ul>""",
                    "All-Over Colour",
                ),
                _editor(
                    """<ul>
<li><strong>Foil highlights</strong>: a T-section covers your parting and hairline, a half head covers the top and
sides, and a full head is all over.</li>
<li><strong>Balayage and freehand</strong>: hand-painted lightness with a soft, lived-in grow-out. Most clients
come back every three to four months.</li>
<li><strong>Face-framing &ldquo;money piece&rdquo;</strong>: brighter pieces around the face only.</li>
<li><strong>Toner</strong>: a toner or gloss after lightening takes out brassiness and gives the exact shade of
blonde you want. Toners last four to eight weeks, and a toner refresh between lightening appointments keeps
blondes looking fresh.</li>
</ul>
<p>Going from dark hair to very light blonde is not a one-appointment job. We lift gradually over two to four
sessions, six to eight weeks apart, so your hair stays strong. We&rsquo;ll map out the plan with you at your
consultation.</p>""",
                    "Blonding &amp; Toning",
                ),
            ],
            [_testimonials(_REVIEWS_COLOUR)],
        ],
        [
            [
                _editor(
                    """<p>Colour correction means fixing a previous result: box dye that has gone orange, brassy or
patchy, banding, colour that is far too dark, or removing black or red. Every head of hair is different, so
<strong>colour correction is by quote only</strong> and we can&rsquo;t give a price over the phone.</p>
<p>Start by booking a free 30-minute colour correction consultation with Priya. She&rsquo;ll look at your hair,
do a strand test and give you a written quote and plan. Correction work is charged at &pound;80 per hour,
including products, bond builder, toner and finish. Most corrections take three to six hours and some need more than
one visit.</p>
<p>Please tell us about every colour you&rsquo;ve used in the last two to three years, including henna and
supermarket dyes. Some home dyes contain metallic salts that react badly with lightener, and the strand test is how
we check.</p>""",
                    "Colour Correction",
                ),
                _button("Book a Colour Consultation"),
            ]
        ],
    ],
)


GREY = _page(
    20,
    "grey-hair/",
    "Grey Coverage, Grey Blending &amp; Going Grey",
    "Full grey coverage, soft grey blending and going-grey transition plans at our Harrogate salon.",
    [
        [
            [
                _headline("Grey Hair: Cover It, Blend It or Embrace It"),
                _editor(
                    """<p>There is no right or wrong way to deal with grey. Some clients want every strand gone, some
want to soften it, and more and more want to stop colouring altogether. We can help with all three.</p>"""
                ),
            ]
        ],
        [
            [
                _editor(
                    """<p>For 100% coverage we use a permanent root tint matched to your natural shade. Grey regrowth
usually shows after four to six weeks, so most coverage clients come in on that cycle. Stubborn greys around the
temples can be pre-softened so the colour takes evenly.</p>""",
                    "Grey Coverage",
                ),
                _editor(
                    """<p>Grey blending doesn&rsquo;t try to hide every grey. Instead we weave fine highlights and
lowlights through your hair so the grey becomes part of the colour. Because there is no solid block of colour,
there&rsquo;s no harsh line as it grows, and most clients can leave ten to twelve weeks between appointments.</p>
<p>A demi-permanent &ldquo;blur&rdquo; glaze is another option: it softens grey rather than covering it, and fades
out gradually over six to eight weeks with no regrowth line.</p>""",
                    "Grey Blending",
                ),
            ],
            [
                _editor(
                    """<p>If you have been tinting your roots for years and want to grow out your grey, the awkward
stage is the line between the old colour and your natural grey. We plan your transition over six to twelve months:
stopping permanent tint, blending the line with highlights and lowlights, toning, and cutting shorter if you want
to speed things up. You&rsquo;ll have a free consultation first so we can plan the steps together.</p>""",
                    "Going Grey",
                ),
                _editor(
                    """<p>At the barber chair, Tom offers a 20-minute camouflage colour for men that blends away
around half of the grey for a natural, not-dyed look. It lasts four to six weeks.</p>""",
                    "Men&rsquo;s Grey Blending",
                ),
            ],
        ],
        [[_button("Book a Grey Hair Consultation")]],
    ],
    sidebar=True,
)


TREATMENTS = _page(
    22,
    "treatments/",
    "Olaplex &amp; Hair Treatments",
    "Olaplex bond building, K18, hydrating and scalp treatments for damaged, dry and curly hair in Harrogate.",
    [
        [
            [
                _headline("Olaplex &amp; Treatments", "Repair, hydrate and reset"),
                _editor(
                    """<p>Whether your hair has been through years of bleaching or just needs a boost, our treatments
are quick to add to any appointment or can be booked on their own. Prices are on the <a href="/prices/">price
list</a>.</p>"""
                ),
            ]
        ],
        [
            [
                _editor(
                    """<p>Olaplex relinks the broken bonds inside the hair that are damaged by lightening, heat and
chemical services.</p>
<ul>
<li><strong>Olaplex with your colour</strong>: Olaplex No.1 and No.2 are mixed into your colour or lightener and used
during the service to protect your hair as it&rsquo;s coloured.</li>
<li><strong>Stand-alone Olaplex treatment</strong>: a 30-minute in-salon repair treatment (No.0 and No.2) followed by
a wash and blow-dry. It&rsquo;s our first recommendation for over-processed, brittle hair that feels like straw
or snaps when you brush it. For badly damaged hair we suggest a course of three, a week apart.</li>
</ul>""",
                    "Olaplex",
                ),
                _editor(
                    """<ul>
<li><strong>K18 leave-in repair</strong>: a peptide treatment that repairs damage from bleach and heat, applied
after shampooing and left in.</li>
<li><strong>Kevin Murphy hydrating mask</strong>: a deep moisture treatment for dry, thirsty hair.</li>
<li><strong>Scalp detox</strong>: an exfoliating scalp treatment that clears product build-up and soothes a flaky,
itchy scalp.</li>
<li><strong>Curl steam treatment</strong>: a moisture treatment under our hooded steamer that helps curly hair
absorb conditioner and define.</li>
</ul>""",
                    "Other Treatments",
                ),
            ],
            [
                _editor(
                    """<p>We don&rsquo;t offer keratin smoothing, Brazilian blow-dries or any chemical straightening.
Many of these treatments contain or release formaldehyde, and as curl specialists we&rsquo;d rather work with your
natural texture than against it. If you want smoother hair for an occasion, ask for a smoothing blow-dry
instead.</p>""",
                    "Smoothing &amp; Straightening",
                ),
                _testimonials(_REVIEWS_COLOUR[:1]),
            ],
        ],
    ],
    sidebar=True,
)


EXTENSIONS = _page(
    24,
    "hair-extensions/",
    "Tape &amp; Micro-Ring Hair Extensions",
    "Tape-in and micro-ring hair extensions in Harrogate, with free consultations, prices and maintenance visits.",
    [
        [
            [
                _headline("Hair Extensions", "Tape-ins and micro-rings fitted by Ellie"),
                _editor(
                    """<p>Ellie is our extensions specialist, fully trained and certified in both tape-in and
micro-ring methods. We use 100% Remy human hair, ethically sourced, which can be coloured, curled and straightened
like your own. With good care the hair lasts six to twelve months.</p>"""
                ),
            ]
        ],
        [
            [
                _editor(
                    """<p>Thin, flat wefts are sandwiched onto fine sections of your hair with medical-grade tape.
They lie very flat and suit fine to medium hair. Fitting takes around one and a half to two hours. Tape-ins need to
be removed and re-taped every six to eight weeks as your hair grows, and the same hair can usually be re-used for
two or three re-fits.</p>""",
                    "Tape-In Extensions",
                ),
                _editor(
                    """<p>Individual strands are attached to small sections of your hair with tiny copper rings, with
no heat or glue. They suit medium to thick hair and give lots of movement. Micro-rings are moved up every eight to
ten weeks.</p>""",
                    "Micro-Ring Extensions",
                ),
            ],
            [
                _editor(
                    """<table class="price-table">
<thead><tr><th>Service</th><th>Price (hair included)</th></tr></thead>
<tbody>
<tr><td>Tape-ins, half head (20 tapes)</td><td>from &pound;295</td></tr>
<tr><td>Tape-ins, full head (40 tapes)</td><td>from &pound;450</td></tr>
<tr><td>Micro-rings, half head (75 strands)</td><td>from &pound;380</td></tr>
<tr><td>Micro-rings, full head (150 strands)</td><td>from &pound;620</td></tr>
<tr><td>Tape re-fit (maintenance)</td><td>&pound;95 &ndash; &pound;140</td></tr>
<tr><td>Micro-ring move-up (maintenance)</td><td>&pound;110 &ndash; &pound;150</td></tr>
<tr><td>Removal only</td><td>&pound;50 tape / &pound;60 micro-ring</td></tr>
</tbody>
</table>""",
                    "Extension Prices",
                ),
            ],
        ],
        [
            [
                _editor(
                    """<p>All extensions start with a free 30-minute consultation with Ellie, where we colour match,
choose length and volume and check your hair is suitable. Tape-in clients also have a skin test for the adhesive at
least 48 hours before fitting. Once you&rsquo;re ready, a &pound;100 non-refundable deposit orders your hair, which
arrives in seven to ten days; the deposit comes off the fitting price.</p>""",
                    "Consultation &amp; Ordering",
                ),
            ],
            [
                _editor(
                    """<ul>
<li>Brush two or three times a day with a soft loop brush, holding the hair at the root.</li>
<li>Sleep with your hair in a loose plait.</li>
<li>Keep conditioner, oils and masks away from tapes and rings.</li>
<li>Don&rsquo;t skip your maintenance appointments: overgrown extensions can matt and pull on your own hair.</li>
</ul>
<p>We&rsquo;re happy to maintain tape or micro-ring extensions fitted elsewhere if they&rsquo;re in good condition,
after a consultation.</p>""",
                    "Looking After Your Extensions",
                ),
                _button("Book an Extensions Consultation"),
            ],
        ],
    ],
)


BRIDAL = _page(
    26,
    "bridal-and-occasion/",
    "Bridal &amp; Occasion Hair",
    "Wedding hair in our Harrogate salon or at your venue, bridal trials, bridesmaids and occasion up-dos.",
    [
        [
            [
                _headline("Bridal &amp; Occasion Hair", "Weddings, proms, race days and parties"),
                _editor(
                    """<p>From relaxed, undone waves to a classic chignon, our bridal team will make sure your hair
looks beautiful in every photo and lasts until the last dance. We recommend booking six to twelve months ahead,
especially for Saturdays between May and September.</p>"""
                ),
            ]
        ],
        [
            [
                _editor(
                    """<p>A trial is essential for every bride. It takes about one and a half hours in the salon and
costs &pound;65. Ideally book it four to eight weeks before the wedding, and bring your headpiece or veil, photos
of your dress and any inspiration pictures.</p>""",
                    "Your Bridal Trial",
                ),
                _editor(
                    """<p>You can come to us on the morning, or we can come to you. We travel to homes, hotels and
venues within 15 miles of Harrogate at no extra charge, and we regularly work at Rudding Park, The Majestic,
Goldsborough Hall and Swinton Park. Beyond 15 miles there&rsquo;s a travel charge of 50p per mile.</p>
<p>Each stylist can look after up to five people, including the bride, in a wedding morning; for larger parties we
bring a second stylist. On Saturdays we need a minimum of three people for an on-location booking. Starts before
8am carry a &pound;30 early start fee per stylist.</p>""",
                    "In the Salon or On Location",
                ),
            ],
            [
                _editor(
                    """<table class="price-table">
<thead><tr><th></th><th>In salon</th><th>On location</th></tr></thead>
<tbody>
<tr><td>Bride</td><td>&pound;120</td><td>&pound;150</td></tr>
<tr><td>Bridesmaid / mother of the bride</td><td>&pound;60</td><td>&pound;65</td></tr>
<tr><td>Flower girl (under 12)</td><td>&pound;30</td><td>&pound;30</td></tr>
</tbody>
</table>
<p>A &pound;100 non-refundable booking fee secures your date and comes off your final bill. The balance is due by
bank transfer 14 days before the wedding.</p>""",
                    "Wedding Day Prices",
                ),
            ],
        ],
        [
            [
                _editor(
                    """<p>Proms, the Great Yorkshire Show, York Races, christenings and parties: an up-do is
&pound;45 with a Stylist or &pound;55 with a Senior, and a curled, bouncy blow-dry is &pound;38. No trial is needed
for occasion hair, just bring a photo of what you&rsquo;d like.</p>""",
                    "Occasion Hair",
                ),
            ],
            [_button("Enquire About Your Wedding", "mailto:hello@cutandcolourharrogate.co.uk")],
        ],
    ],
)


def _price_table(rows, levels=("Stylist", "Senior", "Director")):
    head = "".join(f"<th>{level}</th>" for level in levels)
    body = "\n".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return (
        f'<table class="price-table">\n<thead><tr><th>Service</th>{head}</tr></thead>\n'
        f"<tbody>\n{body}\n</tbody>\n</table>"
    )


PRICES = _page(
    28,
    "prices/",
    "Price List",
    "Cut &amp; Colour Harrogate price list: cuts, barbering, children's cuts, colour and treatments by stylist level.",
    [
        [
            [
                _headline("Price List", "Prices correct from 1 March 2025"),
                _editor(
                    """<p>Our prices depend on the level of the stylist you see. <strong>Stylists</strong> are fully
qualified with at least two years&rsquo; experience, <strong>Seniors</strong> have five years or more plus
advanced training, and our <strong>Directors</strong> are Rachel and Priya. Graduate Stylist appointments are 20% less
than the Stylist price. All colour prices include a wash and
blow-dry finish; a cut can be added to any colour service from &pound;28. Extension and bridal prices are on their
own pages, and colour correction is by quote.</p>"""
                ),
            ]
        ],
        [
            [
                _editor(
                    _price_table(
                        [
                            ("Women&rsquo;s cut &amp; blow-dry", "&pound;48", "&pound;56", "&pound;66"),
                            ("Restyle", "&pound;58", "&pound;66", "&pound;76"),
                            ("Wash &amp; blow-dry", "&pound;30", "&pound;34", "&pound;40"),
                            ("Long hair blow-dry supplement", "&pound;8", "&pound;8", "&pound;8"),
                            ("Men&rsquo;s cut (in salon)", "&pound;30", "&pound;34", "&pound;40"),
                            ("Curly cut", "&ndash;", "&pound;72", "&pound;82"),
                            ("Curl refresh", "&ndash;", "&pound;52", "&pound;60"),
                        ]
                    ),
                    "Cutting &amp; Styling",
                ),
                _editor(
                    """<table class="price-table">
<thead><tr><th>Barber chair (with Tom)</th><th>Price</th></tr></thead>
<tbody>
<tr><td>Clipper cut</td><td>&pound;20</td></tr>
<tr><td>Skin fade</td><td>&pound;26</td></tr>
<tr><td>Scissor cut (dry)</td><td>&pound;28</td></tr>
<tr><td>Beard trim &amp; shape</td><td>&pound;12</td></tr>
<tr><td>Fade &amp; beard</td><td>&pound;34</td></tr>
<tr><td>Men&rsquo;s camouflage grey blending</td><td>&pound;22</td></tr>
<tr><td>Boys&rsquo; clipper cut (under 12)</td><td>&pound;16</td></tr>
</tbody>
</table>""",
                    "Barbering",
                ),
                _editor(
                    """<table class="price-table">
<thead><tr><th>Children&rsquo;s cuts (in salon)</th><th>Price</th></tr></thead>
<tbody>
<tr><td>Under 5</td><td>&pound;14</td></tr>
<tr><td>Age 5 to 11</td><td>&pound;18</td></tr>
<tr><td>Age 12 to 15</td><td>&pound;26</td></tr>
</tbody>
</table>""",
                    "Children",
                ),
            ],
            [
                _editor(
                    _price_table(
                        [
                            ("Root tint", "&pound;58", "&pound;64", "&pound;72"),
                            ("Full head tint", "&pound;72", "&pound;82", "&pound;94"),
                            ("Semi-permanent gloss", "&pound;45", "&pound;50", "&pound;58"),
                            ("Toner refresh", "&pound;35", "&pound;40", "&pound;45"),
                            ("T-section highlights", "&pound;70", "&pound;80", "&pound;92"),
                            ("Half head highlights", "&pound;95", "&pound;108", "&pound;122"),
                            ("Full head highlights", "&pound;125", "&pound;140", "&pound;160"),
                            ("Balayage / freehand", "from &pound;140", "from &pound;155", "from &pound;175"),
                            ("Face-framing money piece", "&pound;55", "&pound;62", "&pound;70"),
                            ("Grey blending", "from &pound;85", "from &pound;95", "from &pound;110"),
                        ]
                    ),
                    "Colour",
                ),
                _editor(
                    """<table class="price-table">
<thead><tr><th>Treatment</th><th>Price</th></tr></thead>
<tbody>
<tr><td>Olaplex added to any colour</td><td>&pound;20</td></tr>
<tr><td>Stand-alone Olaplex treatment with blow-dry</td><td>&pound;35</td></tr>
<tr><td>K18 leave-in repair</td><td>&pound;30</td></tr>
<tr><td>Kevin Murphy hydrating mask</td><td>&pound;22</td></tr>
<tr><td>Scalp detox</td><td>&pound;28</td></tr>
<tr><td>Curl steam treatment</td><td>&pound;25</td></tr>
</tbody>
</table>""",
                    "Treatments",
                ),
            ],
        ],
        [[_button("Book Online")]],
    ],
)


NEW_CLIENTS = _page(
    30,
    "new-clients/",
    "New Clients, Consultations &amp; Patch Tests",
    "What to expect on your first visit to Cut &amp; Colour Harrogate, including consultations and patch test rules.",
    [
        [
            [
                _headline("New to Cut &amp; Colour?", "Everything you need to know before your first visit"),
                _editor(
                    """<p>We&rsquo;re so glad you found us. Please arrive ten minutes early for your first
appointment so you can fill in a short client record card covering allergies, medical conditions and your colour
history. Every first appointment begins with a consultation, and the time for it is already built into your
booking.</p>
<p>If you&rsquo;re booking colour for the first time with us, we also ask you to have a free 15-minute consultation
beforehand, either in the salon or by video call. We can do your patch test at the same visit.</p>"""
                ),
            ]
        ],
        [
            [
                _editor(
                    """<p>A skin allergy alert test (patch test) must be done <strong>at least 48 hours before</strong>
any colour service: tint, lightener, toner, gloss, grey blending or camouflage colour. You need one if:</p>
<ul>
<li>you are a new client;</li>
<li>you&rsquo;re an existing client but haven&rsquo;t had colour with us in the last six months;</li>
<li>since your last test you have had a black henna or new tattoo, a reaction to any hair dye, started new
medication or become pregnant.</li>
</ul>
<p>No patch test, no colour: this is a requirement of the colour manufacturers and our insurers, and we can&rsquo;t
make exceptions. If you arrive for colour without a valid test, we&rsquo;ll change your appointment to a cut or
finish, or rebook you.</p>""",
                    "Patch Test Rules",
                ),
            ],
            [
                _editor(
                    """<p>It takes five minutes: we dab a little colour behind your ear. You can pop in any time
we&rsquo;re open from Tuesday to Saturday, no appointment needed, and it&rsquo;s free. Keep the area dry and
don&rsquo;t wash it off for 48 hours. If you notice itching, burning, redness or swelling, rinse it off straight
away and call us.</p>""",
                    "How the Test Works",
                ),
                _editor(
                    """<p>We don&rsquo;t use permanent colour or bleach on anyone under 16. Semi-permanent colour is
fine from age 13 with a parent or guardian&rsquo;s written consent, and they must be with you at the
appointment.</p>""",
                    "Under 16s",
                ),
            ],
        ],
        [[_button("Book Your First Appointment")]],
    ],
    sidebar=True,
)


POLICIES = _page(
    32,
    "salon-policies/",
    "Deposits, Late Arrivals &amp; Cancellations",
    "Cut &amp; Colour Harrogate booking policy: deposits, cancellation notice, no-shows and late arrivals.",
    [
        [
            [
                _headline("Salon Policies", "Deposits, cancellations and running late"),
                _editor(
                    """<p>We&rsquo;re a small salon and a missed appointment is time a stylist can&rsquo;t fill, so
we ask everyone to read these policies before booking. You can book online 24/7, by phone or in the salon.</p>"""
                ),
            ]
        ],
        [
            [
                _editor(
                    """<ul>
<li>New clients booking any colour service pay a &pound;30 deposit when booking.</li>
<li>Any appointment of three hours or longer, for example balayage or full head highlights with a cut, needs a
&pound;50 deposit, for new and existing clients.</li>
<li>Your deposit comes off your bill on the day.</li>
<li>You can move your deposit to a new date once, as long as you give us at least 48 hours&rsquo; notice.</li>
</ul>""",
                    "Deposits",
                ),
                _editor(
                    """<p>Please give us at least <strong>48 hours&rsquo; notice</strong> if you need to cancel or
change your appointment.</p>
<ul>
<li><strong>48 hours or more:</strong> no charge, and your deposit can be moved or refunded.</li>
<li><strong>Less than 48 hours:</strong> your deposit is kept. If you didn&rsquo;t pay a deposit and cancel with
less than 24 hours&rsquo; notice, we may charge 50% of the booked service.</li>
<li><strong>No-shows:</strong> we charge 100% of the booked service, and future appointments will need to be paid
in full when booking.</li>
</ul>
<p>Life happens. If you or your child are suddenly unwell, please ring us as soon as you can; we&rsquo;ll use our
discretion once and try to move you rather than charge you.</p>""",
                    "Cancelling or Rescheduling",
                ),
            ],
            [
                _editor(
                    """<p>We&rsquo;ll always try to fit you in, but we can&rsquo;t make the next client wait.</p>
<ul>
<li><strong>Up to 10 minutes late:</strong> we&rsquo;ll do everything we can in your remaining time.</li>
<li><strong>15 minutes or more late:</strong> we may need to shorten your service (for example skipping the
blow-dry) or rebook you.</li>
<li><strong>Colour appointments:</strong> colour can&rsquo;t be rushed, so if you are 15 minutes or more late for
colour we usually have to rebook, and this counts as a late cancellation.</li>
</ul>
<p>If you are running late, please call us on <a href="tel:01423568214">01423 568214</a> so we can plan
around you.</p>""",
                    "Running Late",
                ),
            ],
        ],
    ],
)


REFUNDS = _page(
    34,
    "refunds-and-redos/",
    "Refunds &amp; Re-dos",
    "Not happy with your hair? Our re-do promise, what it covers, and our refund policy for services and products.",
    [
        [
            [
                _headline("Our Happy Hair Promise", "Refunds and re-dos"),
                _editor(
                    """<p>We want you to love your hair. If something isn&rsquo;t right, please tell us, ideally
before you leave the salon, and at the latest within <strong>7 days</strong> of your appointment.</p>"""
                ),
            ]
        ],
        [
            [
                _editor(
                    """<p>If you get in touch within 7 days, we&rsquo;ll book you back in for a free adjustment,
whether that&rsquo;s tweaking the length or shape of a cut, evening up a fringe, or adjusting tone or a patch of
colour. You can see the same stylist, or a different one if you&rsquo;d prefer; just let us know. After 7 days, any
changes are charged as a normal appointment.</p>""",
                    "Free Re-dos Within 7 Days",
                ),
                _editor(
                    """<ul>
<li>Changing your mind to a different style or colour from the one agreed at your consultation.</li>
<li>Hair that has been coloured, cut or treated at home or elsewhere since your visit.</li>
<li>Toners fading after three weeks or more, which is normal.</li>
<li>Results where the aftercare advice we gave hasn&rsquo;t been followed.</li>
</ul>""",
                    "What the Re-do Doesn&rsquo;t Cover",
                ),
            ],
            [
                _editor(
                    """<p>Because we&rsquo;d always rather put things right, we don&rsquo;t give refunds for services
once they&rsquo;re complete. If you&rsquo;re still unhappy after your re-do, our salon manager Hannah will review
it personally and may offer a partial refund or salon credit at our discretion. You can email her at
<a href="mailto:hannah@cutandcolourharrogate.co.uk">hannah@cutandcolourharrogate.co.uk</a>.</p>""",
                    "Refunds on Services",
                ),
                _editor(
                    """<p>Unopened products can be returned within 14 days with your receipt for a full refund to
your original payment method. Opened products can only be exchanged if they&rsquo;re faulty or caused a reaction.
Extension hair can&rsquo;t be refunded once it has been fitted.</p>""",
                    "Products",
                ),
            ],
        ],
    ],
    sidebar=True,
)


AFTERCARE = _page(
    36,
    "aftercare/",
    "Aftercare &amp; Product Recommendations",
    "How to look after coloured, blonde and curly hair at home, plus the professional products we recommend.",
    [
        [
            [
                _headline("Aftercare &amp; Products", "Make your salon hair last"),
            ]
        ],
        [
            [
                _editor(
                    """<ul>
<li>Wait 48 to 72 hours before your first wash so the colour can settle and the cuticle can close.</li>
<li>Wash in lukewarm rather than hot water, and use a sulphate-free, colour-safe shampoo.</li>
<li>Always use a heat protector before straightening, curling or blow-drying.</li>
<li>Blondes and silvers: use a purple shampoo once a week, leaving it on for two to three minutes at most, to keep
brassiness away.</li>
</ul>""",
                    "After Colour",
                ),
                _editor(
                    """<p>Chlorine and salt water are hard on coloured hair, and chlorine can turn lightened hair a
greenish tint. If you&rsquo;re off on holiday after a blonde appointment:</p>
<ul>
<li>Wet your hair with clean tap water and comb through a leave-in conditioner before you swim, so it can&rsquo;t
soak up as much pool water.</li>
<li>Rinse straight after swimming, and wear a hat in strong sun.</li>
<li>If you can, avoid the pool for the first week after lightening.</li>
</ul>""",
                    "Swimming &amp; Sun",
                ),
            ],
            [
                _editor(
                    """<ul>
<li>Wash two to three times a week; on other days, refresh with a water spray.</li>
<li>Apply stylers to soaking wet hair, then scrunch out excess water with a cotton T-shirt rather than a towel.</li>
<li>Diffuse on low heat and low speed, or air dry, and don&rsquo;t touch until fully dry.</li>
<li>Sleep on a silk or satin pillowcase, or pineapple your curls on top of your head.</li>
</ul>""",
                    "Curly Hair at Home",
                ),
                _editor(
                    """<p>Your stylist will recommend what suits your hair, and you get 10% off products bought on
the day of your appointment. Favourites on our shelves include:</p>
<ul>
<li><strong>Olaplex No.3</strong> at-home bond treatment, plus No.4 and No.5 shampoo and conditioner.</li>
<li><strong>Kevin Murphy Blonde.Angel</strong> and <strong>Angel.Wash</strong> for fine, coloured hair.</li>
<li><strong>Curlsmith</strong> Curl Quenching Conditioning Wash and In-Shower Style Fixer for curls.</li>
<li><strong>Davines MINU</strong> range to keep colour vibrant.</li>
</ul>
<p>For hair that needs more than home care, take a look at our <a href="/treatments/">in-salon
treatments</a>.</p>""",
                    "Products We Recommend",
                ),
            ],
        ],
    ],
)


VOUCHERS = _page(
    38,
    "gift-vouchers-and-rewards/",
    "Gift Vouchers, Loyalty &amp; Refer a Friend",
    "Buy a Cut &amp; Colour gift voucher, earn loyalty points and get credit for referring a friend.",
    [
        [
            [
                _headline("Gift Vouchers &amp; Rewards"),
            ]
        ],
        [
            [
                _editor(
                    """<p>Our gift vouchers can be for any amount from &pound;20, or for a particular service, such
as &ldquo;cut and blow-dry with a Senior Stylist&rdquo;.</p>
<ul>
<li><strong>Online:</strong> buy an e-voucher through our booking page. It&rsquo;s emailed straight away and you
can print it or forward it.</li>
<li><strong>In the salon or by phone:</strong> you&rsquo;ll get a printed voucher in a gift envelope. We can post
it first class to any UK address for &pound;2, or you can collect it.</li>
</ul>
<p>Vouchers are valid for 12 months from purchase. If you ask before it runs out, we can extend it once by three
months. A voucher can be used on services and products and across more than one visit; we keep track of the
balance. Vouchers can&rsquo;t be exchanged for cash and aren&rsquo;t refundable.</p>""",
                    "Gift Vouchers",
                ),
                _button("Buy a Gift Voucher", "https://cutandcolourharrogate.phorest.me/gift-vouchers"),
            ],
            [
                _editor(
                    """<p>Cut &amp; Colour Rewards runs automatically through our booking app. You earn one point for
every &pound;1 you spend on services, and every 250 points is worth &pound;15 off an appointment. Points expire if
you don&rsquo;t visit for 12 months, and they aren&rsquo;t earned on gift voucher purchases.</p>""",
                    "Loyalty Points",
                ),
                _editor(
                    """<p>Love your hair? Tell your friends. When someone new to the salon books and gives your
name, they get &pound;15 off their first appointment (on services over &pound;40), and once they&rsquo;ve visited,
&pound;15 credit goes on your account. There&rsquo;s no limit to how many friends you can refer. Referral credit
can&rsquo;t be exchanged for cash.</p>""",
                    "Refer a Friend",
                ),
            ],
        ],
    ],
)


ACCESSIBILITY = _page(
    40,
    "accessibility/",
    "Accessibility &amp; Quiet Appointments",
    "Access information for Cut &amp; Colour Harrogate and our quiet appointments for clients with sensory needs.",
    [
        [
            [
                _headline("Accessibility &amp; Quiet Appointments"),
                _editor(
                    """<p>We want everyone to feel comfortable in the salon. If anything here doesn&rsquo;t cover what
you need, please call or message us and we&rsquo;ll do our best to make it work.</p>"""
                ),
            ]
        ],
        [
            [
                _editor(
                    """<ul>
<li>The salon is all on the ground floor. There is one small step (about 6cm) at the front door, and we have a
portable ramp: ring ahead, or press the bell by the door and we&rsquo;ll bring it out.</li>
<li>The front door is 86cm wide. Our styling chairs can be wheeled away so you can stay in your own wheelchair for
a cut.</li>
<li>One of our basins reclines with a leg rest. If leaning back is difficult, we can wash your hair sitting
forward, or cut it dry.</li>
<li>Our toilet is down a flight of eight steps and sadly isn&rsquo;t wheelchair accessible. The nearest accessible
toilet is in the Victoria Shopping Centre, a three-minute walk away.</li>
<li>We have a hearing loop at reception, a large print price list, and you can book by text or WhatsApp.</li>
<li>Assistance dogs are always welcome.</li>
</ul>
<p>Blue Badge parking is covered on our <a href="/visit-us/">Visit Us</a> page.</p>""",
                    "Getting In and Around",
                ),
            ],
            [
                _editor(
                    """<p>Salons can be loud, bright and busy. Our quiet appointments are for anyone who finds that
hard, including autistic adults and children, people with ADHD, sensory processing differences or anxiety.</p>
<ul>
<li>Booked as the first appointment of the day, Tuesday to Friday at 9am, when the salon is calm.</li>
<li>Music off, lights dimmed and no hairdryers running nearby.</li>
<li>As much or as little chat as you like. Headphones are welcome, and we have ear defenders you can borrow.</li>
<li>Scissors only if the buzz of clippers is a problem, and a towel dry instead of a blow-dry if you prefer.</li>
<li>We&rsquo;ll email a visual guide beforehand with photos of the salon, your stylist and each step.</li>
<li>Take breaks whenever you need, and see the same stylist every time.</li>
</ul>
<p>Quiet appointments cost the same as any other. They can&rsquo;t be booked online, so please phone or message us
and mention &ldquo;quiet appointment&rdquo;.</p>""",
                    "Quiet Appointments",
                ),
            ],
        ],
    ],
    sidebar=True,
)


TEAM = _page(
    42,
    "meet-the-team/",
    "Meet the Team",
    "Meet the stylists, colourists and barber at Cut &amp; Colour Harrogate.",
    [
        [
            [
                _headline("Meet the Team", "Seven people who really love hair"),
            ]
        ],
        [
            [
                _image("/wp-content/uploads/2024/02/rachel-ainsworth.jpg", "Rachel Ainsworth"),
                _editor(
                    """<p>Rachel trained at Toni &amp; Guy in Leeds and has been hairdressing for over 20 years. She
opened Cut &amp; Colour in 2014 and now leads our curly hair work. Rachel works Tuesday to Friday.</p>""",
                    "Rachel Ainsworth &ndash; Owner &amp; Creative Director",
                ),
            ],
            [
                _image("/wp-content/uploads/2024/02/priya-mistry.jpg", "Priya Mistry"),
                _editor(
                    """<p>Priya is a Wella Master Colour Expert with 15 years&rsquo; experience. Blonding and colour
correction are her passion. Priya works Wednesday to Saturday, including our late nights.</p>""",
                    "Priya Mistry &ndash; Colour Director",
                ),
            ],
            [
                _image("/wp-content/uploads/2024/02/tom-haigh.jpg", "Tom Haigh"),
                _editor(
                    """<p>Tom has been barbering for eight years and runs our barber chair. Skin fades, tapers and
beard work are his thing. Outside the salon he&rsquo;s a season-ticket holder at Harrogate Town.</p>""",
                    "Tom Haigh &ndash; Barber",
                ),
            ],
        ],
        [
            [
                _image("/wp-content/uploads/2024/02/ellie-booth.jpg", "Ellie Booth"),
                _editor(
                    """<p>Ellie is a Senior Stylist and our extensions specialist, certified in tape-in and
micro-ring methods. She also does curly cuts.</p>""",
                    "Ellie Booth &ndash; Senior Stylist",
                ),
            ],
            [
                _image("/wp-content/uploads/2024/02/kasia-nowak.jpg", "Kasia Nowak"),
                _editor(
                    """<p>Kasia grew up in Krak&oacute;w and is fluent in Polish and English, so she&rsquo;s happy to
do your whole consultation in Polish. She loves precision bobs and pixie cuts.</p>""",
                    "Kasia Nowak &ndash; Stylist",
                ),
            ],
            [
                _image("/wp-content/uploads/2024/02/megan-clarke.jpg", "Megan Clarke"),
                _editor(
                    """<p>Megan completed her apprenticeship with us in 2024 and is now a Graduate Stylist. She
cuts lots of our younger clients and does a beautiful bouncy blow-dry.</p>""",
                    "Megan Clarke &ndash; Graduate Stylist",
                ),
            ],
        ],
        [
            [
                _editor(
                    """<p>Hannah runs the front desk and the day-to-day of the salon. She&rsquo;s the person to speak
to about bookings, gift vouchers and anything that hasn&rsquo;t gone to plan.</p>""",
                    "Hannah Wood &ndash; Salon Manager",
                ),
            ],
            [_testimonials(_REVIEWS_GENERAL)],
        ],
    ],
)


VISIT = _page(
    44,
    "visit-us/",
    "Visit Us: Opening Hours, Parking &amp; Directions",
    "Find Cut &amp; Colour on Cheltenham Parade, Harrogate: opening hours, holiday hours, parking and directions.",
    [
        [
            [
                _headline("Visit Us"),
                _editor(
                    """<p><strong>Cut &amp; Colour Harrogate</strong><br>9 Cheltenham Parade, Harrogate, North Yorkshire
HG1 1DD</p>
<p>We&rsquo;re in the centre of town, two minutes&rsquo; walk from Harrogate Theatre. Look for the teal door next to
the florist.</p>
<p>Phone: <a href="tel:01423568214">01423 568214</a><br>
WhatsApp: <a href="https://wa.me/447700900412">07700 900412</a><br>
Email: <a href="mailto:hello@cutandcolourharrogate.co.uk">hello@cutandcolourharrogate.co.uk</a></p>"""
                ),
            ],
            [
                _editor(
                    """<table class="opening-hours">
<tbody>
<tr><td>Monday</td><td>Closed</td></tr>
<tr><td>Tuesday</td><td>9.00am &ndash; 5.30pm</td></tr>
<tr><td>Wednesday</td><td>9.00am &ndash; 8.00pm</td></tr>
<tr><td>Thursday</td><td>9.00am &ndash; 8.00pm</td></tr>
<tr><td>Friday</td><td>9.00am &ndash; 5.30pm</td></tr>
<tr><td>Saturday</td><td>8.30am &ndash; 4.00pm</td></tr>
<tr><td>Sunday</td><td>Closed</td></tr>
</tbody>
</table>
<p>We&rsquo;re closed on bank holiday Mondays as usual, and open our normal hours on Good Friday. At Christmas we
close at 2pm on Christmas Eve and stay closed from Christmas Day through to New Year&rsquo;s Day, reopening on
2 January.</p>""",
                    "Opening Hours",
                ),
            ],
        ],
        [
            [
                _editor(
                    """<p>We don&rsquo;t have our own car park, but there are plenty of options nearby:</p>
<ul>
<li><strong>On-street:</strong> pay and display on Cheltenham Parade and Cheltenham Crescent, maximum stay two
hours. You can pay with the RingGo app (location 4312).</li>
<li><strong>Longer appointments:</strong> for colour, extensions or anything over two hours, use Victoria
multi-storey car park on Station Parade, about a four-minute walk, open 24 hours.</li>
<li><strong>Blue Badge:</strong> there are two disabled bays outside number 3 Cheltenham Parade, a few doors from
us.</li>
</ul>""",
                    "Parking",
                ),
            ],
            [
                _editor(
                    """<p>Harrogate railway station is a six-minute walk. Buses from Leeds, Ripon and Knaresborough
stop on Station Parade, a short walk away.</p>
<div class="map-placeholder"><img src="/wp-content/uploads/2021/03/map-cheltenham-parade.png"
alt="Map showing Cut and Colour on Cheltenham Parade, Harrogate" width="600" height="360"></div>""",
                    "By Train &amp; Bus",
                ),
            ],
        ],
    ],
)


FAQ = _page(
    46,
    "faq/",
    "Frequently Asked Questions",
    "Answers to common questions about booking, paying and visiting Cut &amp; Colour Harrogate.",
    [
        [
            [
                _headline("Frequently Asked Questions"),
                _editor(
                    """<p>Can&rsquo;t find your answer here? Call us on <a href="tel:01423568214">01423 568214</a> or
drop us a message on Instagram.</p>"""
                ),
            ]
        ],
        [
            [
                _accordion(
                    "faq",
                    [
                        (
                            "How can I pay?",
                            "<p>We accept Visa, Mastercard and American Express, contactless, Apple Pay and Google "
                            "Pay, and cash. We don&rsquo;t accept cheques.</p>",
                        ),
                        (
                            "Can I book online?",
                            "<p>Yes, most services can be booked online 24 hours a day through our booking page or "
                            "the Phorest app. Colour correction, extensions and bridal all need a consultation "
                            "first, so please call us for those.</p>",
                        ),
                        (
                            "How long will my appointment take?",
                            "<p>As a rough guide: a cut and blow-dry takes about an hour, a root tint an hour and a "
                            "half, full head highlights two and a half to three hours, and balayage three to four "
                            "hours. We&rsquo;ll confirm the time when you book.</p>",
                        ),
                        (
                            "Can I bring my children with me?",
                            "<p>Well-behaved children are welcome for short appointments, but for colour "
                            "appointments please make other arrangements. The salon has hot tools and chemicals "
                            "around, and children can&rsquo;t be left unattended in reception.</p>",
                        ),
                        (
                            "Can I bring my own hair dye for you to use?",
                            "<p>Sorry, no. We only use professional colour that we know and are insured to use.</p>",
                        ),
                        (
                            "Do you need hair models?",
                            "<p>Yes! Megan runs model evenings on Wednesdays from 6pm to 8pm, supervised by "
                            "Rachel. Model cuts are &pound;15 and colour starts from &pound;25. Message us on "
                            "Instagram with a photo of your hair to apply.</p>",
                        ),
                        (
                            "Is there Wi-Fi?",
                            "<p>Yes, free Wi-Fi for clients. Ask at reception for the password. We also have "
                            "phone chargers if you&rsquo;re running low.</p>",
                        ),
                        (
                            "Do you serve drinks?",
                            "<p>Of course: tea, coffee from a local Harrogate roastery, herbal teas, hot chocolate "
                            "and soft drinks, all free.</p>",
                        ),
                        (
                            "Can I have a copy of my colour formula?",
                            "<p>We keep your formula on your client record, and we&rsquo;re happy to email it to "
                            "you on request.</p>",
                        ),
                    ],
                )
            ],
            [_testimonials(_REVIEWS_CURLS[:1]), _button("Book Online")],
        ],
    ],
    sidebar=True,
)


HTML = {
    "/": HOME,
    "/cuts-and-barbering/": CUTS,
    "/curly-hair/": CURLY,
    "/colour/": COLOUR,
    "/grey-hair/": GREY,
    "/treatments/": TREATMENTS,
    "/hair-extensions/": EXTENSIONS,
    "/bridal-and-occasion/": BRIDAL,
    "/prices/": PRICES,
    "/new-clients/": NEW_CLIENTS,
    "/salon-policies/": POLICIES,
    "/refunds-and-redos/": REFUNDS,
    "/aftercare/": AFTERCARE,
    "/gift-vouchers-and-rewards/": VOUCHERS,
    "/accessibility/": ACCESSIBILITY,
    "/meet-the-team/": TEAM,
    "/visit-us/": VISIT,
    "/faq/": FAQ,
}

QUESTIONS = [
    ("how much for a cut and blow dry with one of your senior stylists", "/prices/"),
    ("Thinking of going lighter for summer, roughly what would a full head of foils cost me?", "/prices/"),
    ("Where's best to park? I'll be driving over from Knaresborough and I'm in for about 3 hours", "/visit-us/"),
    ("Are you open at all between Christmas and New Year?", "/visit-us/"),
    (
        "My daughter has really tight curls and the last place thinned them out so it went into a triangle shape. "
        "We've booked a curly cut with you, should she come with it washed or straightened or tied up or what?",
        "/curly-hair/",
    ),
    (
        "I'm 52 and sick of doing my roots every 4 weeks. Is there a way to let the grey come through a bit more "
        "gradually without it looking a mess",
        "/grey-hair/",
    ),
    ("I put a box dye on at home and its come out bright orange, can you sort it and what will it cost??", "/colour/"),
    (
        "never been to you before. want my hair coloured this saturday, can I just book and turn up on the day",
        "/new-clients/",
    ),
    (
        "I had a skin test with you about a year ago for my highlights but haven't been back since - do I need "
        "another one?",
        "/new-clients/",
    ),
    (
        "stuck in traffic on the A61, going to be about 20 mins late for my appointment, will you still see me",
        "/salon-policies/",
    ),
    (
        "I need to cancel my appointment tomorrow morning, my little one is poorly. Will I lose my deposit?",
        "/salon-policies/",
    ),
    (
        "Had my hair cut on Thursday and the fringe is wonky, not really happy with it. Can I come back in to get it "
        "fixed or do I have to pay again",
        "/refunds-and-redos/",
    ),
    ("how long do i have to wait to wash my hair after colour", "/aftercare/"),
    (
        "Off to Spain next week straight after getting my blonde done and the villa has a pool. Anything I need to do "
        "so it doesn't go funny?",
        "/aftercare/",
    ),
    (
        "Years of bleaching and my hair feels like straw and snaps when I brush it. What can you do for it in the "
        "salon?",
        "/treatments/",
    ),
    ("do u do brazilian blow dry", "/treatments/"),
    ("How often do tape in extensions need redoing and what does that cost", "/hair-extensions/"),
    (
        "We're getting married at Rudding Park next September. Could someone come to the venue on the morning to do "
        "my hair and my four bridesmaids?",
        "/bridal-and-occasion/",
    ),
    ("Can I just walk in for a skin fade on a Saturday morning or do I need to book", "/cuts-and-barbering/"),
    (
        "My little lad is nearly two and it's his first ever haircut, do you do anything special for it? I'd love to "
        "keep a curl",
        "/cuts-and-barbering/",
    ),
    (
        "I want to get my mum a voucher for her birthday but she lives in York - can you post it to her?",
        "/gift-vouchers-and-rewards/",
    ),
    (
        "My friend has been coming to you for years and recommended you, do either of us get anything for that",
        "/gift-vouchers-and-rewards/",
    ),
    (
        "My son is autistic and really struggles with the noise of hairdryers and busy places. Is there anything you "
        "can do to make a haircut easier for him?",
        "/accessibility/",
    ),
    ("Does anyone there speak Polish? My mum wants her hair done but her English isn't great", "/meet-the-team/"),
    ("Can I pay with Apple Pay", "/faq/"),
]

OUT_OF_SCOPE = [
    "Do you do eyelash extensions or brow tinting as well?",
    "Are you hiring at the moment? I'm a qualified stylist with six years' experience looking for a new salon",
    "Do you give a student discount?",
    "Do you do wigs or hair pieces? My sister is starting chemo and will lose her hair",
    "Does the barber do hot towel wet shaves?",
    "Can you do my wedding make-up as well as my hair?",
    "Can you recommend somewhere nice for lunch near the salon?",
    "What's the weather meant to be like in Harrogate on Saturday?",
]
