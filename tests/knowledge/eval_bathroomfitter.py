"""An evaluation site: Marsh Brothers Plumbing & Bathrooms, a two-brother plumbing and bathroom firm in Reading (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. Built the way a Zoho Sites theme
serves it: zpsection / zpcontainer / zprow / zpcolumn wrappers, zpelement heading, text, box, button and
accordion elements, a zpheader with "theme-navigation-and-icons" and a mega-menu, and a zpfooter.
"""

NAME = "Marsh Brothers Plumbing & Bathrooms"

_SITE = "Marsh Brothers Plumbing &amp; Bathrooms"
_PHONE = "0118 496 0732"
_PHONE_TEL = "tel:+441184960732"
_EMERGENCY = "07700 900 418"
_EMERGENCY_TEL = "tel:+447700900418"
_EMAIL = "hello@marshbrothersbathrooms.co.uk"

_SEQ = [0]


def _eid():
    """A Zoho-looking element id, deterministic so the module is stable."""
    _SEQ[0] += 1
    n = _SEQ[0]
    return f"elm_{(n * 2654435761) % 16**10:010x}{(n * 40503) % 16**6:06x}Zq"


def heading(txt, level=2, align="left", style="none"):
    return (
        f'<div data-element-id="{_eid()}" data-element-type="heading" class="zpelement zpelem-heading ">'
        f'<style></style><h{level} class="zpheading zpheading-style-{style} zpheading-align-{align} " '
        f'data-editor="true">{txt}</h{level}></div>\n'
    )


def text(html, align="left"):
    return (
        f'<div data-element-id="{_eid()}" data-element-type="text" class="zpelement zpelem-text ">'
        f'<style></style><div class="zptext zptext-align-{align} " data-editor="true">\n{html}\n</div></div>\n'
    )


def button(label, href, kind="primary"):
    return (
        f'<div data-element-id="{_eid()}" data-element-type="button" class="zpelement zpelem-button ">'
        f'<style></style><div class="zpbutton-container zpbutton-align-left ">'
        f'<a class="zpbutton-wrapper zpbutton zpbutton-type-{kind} zpbutton-size-md zpbutton-style-roundcorner " '
        f'href="{href}" target="_self"><span class="zpbutton-content">{label}</span></a></div></div>\n'
    )


def image(alt, src):
    return (
        f'<div data-element-id="{_eid()}" data-element-type="image" class="zpelement zpelem-image ">'
        f'<style></style><div data-caption-color="" data-size-tablet="" data-size-mobile="" '
        f'data-align="center" class="zpimage-container zpimage-align-center zpimage-size-fit ">'
        f'<figure role="none" class="zpimage-data-ref"><span class="zpimage-anchor">'
        f'<picture><img class="zpimage zpimage-style-none zpimage-space-none " src="{src}" '
        f'width="800" height="533" loading="lazy" alt="{alt}"/></picture></span></figure></div></div>\n'
    )


def box(inner, style="01"):
    return (
        f'<div data-element-id="{_eid()}" data-element-type="box" '
        f'class="zpelem-box zpelement zpbox-container zscustom-box-{style} zpbackground-size-cover ">'
        f"<style></style>\n{inner}</div>\n"
    )


def divider():
    return (
        f'<div data-element-id="{_eid()}" data-element-type="divider" class="zpelement zpelem-divider ">'
        '<style></style><div class="zpdivider-container zpdivider-line zpdivider-align-center '
        'zpdivider-width100 zpdivider-line-style-solid "><div class="zpdivider-common"></div></div></div>\n'
    )


def accordion(items):
    parts = []
    for i, (q, a) in enumerate(items):
        cid = _eid()
        active = " zpaccordion-active" if i == 0 else ""
        parts.append(
            f'<div class="zpaccordion{active} " data-element-id="{cid}">'
            f'<div class="zpaccordion-name" data-content-id="{cid}" role="button" tabindex="0">'
            f'<span class="zpaccordion-name-txt">{q}</span>'
            '<span class="zpaccordion-icon"><svg viewBox="0 0 256 512" xmlns="http://www.w3.org/2000/svg">'
            '<path d="M224 160l-96 96-96-96"></path></svg></span></div>'
            f'<div class="zpaccordion-content" data-content-id="{cid}">'
            '<div class="zpaccordion-element-container">'
            f"{text(a)}</div></div></div>\n"
        )
    return (
        f'<div data-element-id="{_eid()}" data-element-type="accordion" class="zpelement zpelem-accordion ">'
        '<style></style><div class="zpaccordion-container zpaccordion-style-01 zpaccordion-with-icon '
        'zpaccordion-icon-align-right " data-accordion-active-class="zpaccordion-active-content">\n'
        + "".join(parts)
        + "</div></div>\n"
    )


def column(inner, md=12):
    return (
        f'<div data-element-id="{_eid()}" data-element-type="column" '
        f'class="zpelem-col zpcol-12 zpcol-md-{md} zpcol-sm-12 zpalign-self- zpdefault-section '
        f'zpdefault-section-bg "><style></style>\n{inner}</div>\n'
    )


def row(*cols):
    return (
        f'<div data-element-id="{_eid()}" data-element-type="row" '
        'class="zprow zprow-container zpalign-items- zpjustify-content- " data-equal-column="">'
        "<style></style>\n" + "".join(cols) + "</div>\n"
    )


def section(*rows, bg="default"):
    return (
        f'<div data-element-id="{_eid()}" data-element-type="section" class="zpsection zpdefault-section '
        f'zpdefault-section-bg zpsection-{bg} "><style></style>'
        '<div class="zpcontainer-fluid zpcontainer">\n' + "".join(rows) + "</div></div>\n"
    )


def banner(title, strap):
    return section(
        row(column(heading(title, level=1, align="left", style="type1") + text(f"<p>{strap}</p>"), md=12)),
        bg="banner",
    )


def sidebar():
    return box(
        heading("Need a plumber?", level=3)
        + text(
            f'<p>Call the office on <a href="{_PHONE_TEL}">{_PHONE}</a> or email '
            f'<a href="mailto:{_EMAIL}">{_EMAIL}</a>.</p>'
            '<p>Water where it shouldn\'t be? See our <a href="/emergency-plumber/">emergency page</a>.</p>'
        )
        + button("Book a design visit", "/prices-quotes/")
        + button("Visit the showroom", "/showroom/", kind="secondary"),
        style="02",
    ) + box(
        heading("What our customers say", level=4)
        + text(
            "<blockquote><p>&ldquo;Turned up when they said, tidied every night, and the bathroom is "
            "gorgeous. Can't fault them.&rdquo;</p><p>&ndash; Helen, Caversham</p></blockquote>"
            '<p><a href="/#reviews">Read more reviews</a></p>'
        ),
        style="03",
    )


def with_sidebar(main):
    return section(row(column(main, md=8), column(sidebar(), md=4)))


# --- navigation -----------------------------------------------------------------------------------------

_MENU = [
    ("Home", "/", []),
    (
        "Bathrooms",
        "/bathroom-design-installation/",
        [
            ("Bathroom Design &amp; Installation", "/bathroom-design-installation/"),
            ("Wet Rooms", "/wet-rooms/"),
            ("Accessible &amp; Mobility Bathrooms", "/accessible-bathrooms/"),
            ("What to Expect During Your Refit", "/your-refit/"),
            ("Tiling, Electrics &amp; Waste", "/tiling-electrics-waste/"),
        ],
    ),
    (
        "Plumbing",
        "/showers/",
        [
            ("Shower Repairs &amp; Replacement", "/showers/"),
            ("Toilets, Taps &amp; Leaks", "/toilets-taps-leaks/"),
            ("Blocked Sinks &amp; Toilets", "/blocked-sinks-toilets/"),
            ("Kitchen Plumbing &amp; Outside Taps", "/kitchen-plumbing-outside-taps/"),
            ("Emergency Plumber", "/emergency-plumber/"),
        ],
    ),
    (
        "Prices",
        "/prices-quotes/",
        [
            ("Prices &amp; Quotes", "/prices-quotes/"),
            ("Deposits &amp; Payments", "/payments/"),
            ("Guarantee &amp; Aftercare", "/guarantee-aftercare/"),
        ],
    ),
    (
        "About",
        "/about-us/",
        [
            ("Meet the Team", "/about-us/"),
            ("Reviews", "/#reviews"),
            ("Areas We Cover", "/areas-we-cover/"),
            ("FAQs", "/faq/"),
        ],
    ),
    ("Showroom", "/showroom/", []),
]


def _menu(current):
    items = []
    for label, href, subs in _MENU:
        sel = " theme-menu-selected" if href == current or any(h == current for _, h in subs) else ""
        if subs:
            sub = "".join(
                f'<li class="theme-menu-item{" theme-menu-selected" if h == current else ""}">'
                f'<a href="{h}" target="_self"><span class="theme-menu-name" data-theme-menu-name="{lab}">'
                f"{lab}</span></a></li>"
                for lab, h in subs
            )
            items.append(
                f'<li class="theme-menu-item theme-menu-has-submenu{sel}" data-theme-menu-item>'
                f'<a href="{href}" target="_self" aria-haspopup="true"><span class="theme-menu-name" '
                f'data-theme-menu-name="{label}">{label}</span><span class="theme-sub-li-menu '
                f'zs-icon zs-icon-arrow-down"></span></a>'
                f'<ul class="theme-sub-menu theme-mega-menu" data-zs-submenu-container>{sub}</ul></li>'
            )
        else:
            items.append(
                f'<li class="theme-menu-item{sel}" data-theme-menu-item><a href="{href}" target="_self">'
                f'<span class="theme-menu-name" data-theme-menu-name="{label}">{label}</span></a></li>'
            )
    return "\n".join(items)


def _header(current):
    return f"""<div data-headercontainer="zptheme-data-headercontainer" class="zpheader-style-02 theme-header-topbar ">
<div class="theme-topbar-container" data-topbarcontainer="zptheme-data-topbarcontainer">
 <div class="zpcontainer"><div class="theme-topbar-info">
  <span class="theme-topbar-phone"><a href="{_PHONE_TEL}">{_PHONE}</a></span>
  <span class="theme-topbar-email"><a href="mailto:{_EMAIL}">{_EMAIL}</a></span>
  <span class="theme-topbar-emergency">24-hour emergency line: <a href="{_EMERGENCY_TEL}">{_EMERGENCY}</a></span>
 </div>
 <div class="theme-social-icons"><ul>
  <li><a href="https://www.facebook.com/marshbrothersbathrooms" target="_blank" rel="noopener">Facebook</a></li>
  <li><a href="https://www.instagram.com/marshbrothersbathrooms" target="_blank" rel="noopener">Instagram</a></li>
 </ul></div></div>
</div>
<header data-header="none" class="zpheader theme-header" data-zs-sticky-header="true">
 <div class="zpcontainer theme-header-inner">
  <div class="theme-branding-info" data-zs-branding>
   <div class="theme-logo-parent"><a href="/"><picture><img data-zs-logo
     src="/files/Marsh-Brothers-logo-2023.png" alt="{_SITE}" height="64" width="220"/></picture></a></div>
   <div class="theme-site-name" data-zs-sitename><a href="/">{_SITE}</a></div>
   <div class="theme-site-tagline">Bathrooms &amp; plumbing in Reading since 2009</div>
  </div>
  <div class="theme-navigation-and-icons">
   <div class="theme-menu-area" data-zp-nonresponsive-container="mymenu1">
    <nav data-nav-menu-id="mymenu1" class="theme-menu" data-zs-menu-overflow="true" aria-label="Main">
     <ul data-zp-theme-menu="id: mymenu1 ;active: theme-menu-selected; maxitem:8;">
{_menu(current)}
     </ul>
    </nav>
   </div>
   <div class="theme-header-icons">
    <a class="theme-header-cta zpbutton zpbutton-type-primary" href="/prices-quotes/">Get a quote</a>
    <div class="theme-responsive-menu-area" data-zp-responsive-container="mymenu1">
     <span class="theme-burger-icon" data-zp-burger-clickable-area="mymenu1"></span></div>
   </div>
  </div>
 </div>
</header>
</div>
"""


_FOOTER = f"""<footer data-footer="zptheme-data-footer" class="zpfooter theme-footer">
<div data-element-id="elm_footer01" data-element-type="section" class="zpsection zpfooter-section ">
<div class="zpcontainer-fluid zpcontainer"><div class="zprow zprow-container">
 <div class="zpelem-col zpcol-12 zpcol-md-4 zpcol-sm-12">
  <div class="zpelement zpelem-heading "><h4 class="zpheading zpheading-align-left ">{_SITE}</h4></div>
  <div class="zpelement zpelem-text "><div class="zptext zptext-align-left ">
   <p>Unit 3, Kennetside Trade Park<br/>Elgar Road South<br/>Reading RG2 0EB</p>
   <p>Office: <a href="{_PHONE_TEL}">{_PHONE}</a><br/>Emergencies: <a href="{_EMERGENCY_TEL}">{_EMERGENCY}</a><br/>
   <a href="mailto:{_EMAIL}">{_EMAIL}</a></p>
  </div></div>
 </div>
 <div class="zpelem-col zpcol-12 zpcol-md-4 zpcol-sm-12">
  <div class="zpelement zpelem-heading "><h4 class="zpheading zpheading-align-left ">Office hours</h4></div>
  <div class="zpelement zpelem-text "><div class="zptext zptext-align-left ">
   <p>Monday to Friday 8am &ndash; 6pm<br/>Saturday 9am &ndash; 1pm<br/>Sunday closed (emergency line open)</p>
  </div></div>
 </div>
 <div class="zpelem-col zpcol-12 zpcol-md-4 zpcol-sm-12">
  <div class="zpelement zpelem-heading "><h4 class="zpheading zpheading-align-left ">Quick links</h4></div>
  <div class="zpelement zpelem-text "><div class="zptext zptext-align-left "><ul>
   <li><a href="/bathroom-design-installation/">New bathrooms</a></li>
   <li><a href="/emergency-plumber/">Emergency plumber</a></li>
   <li><a href="/prices-quotes/">Prices &amp; quotes</a></li>
   <li><a href="/showroom/">Showroom</a></li>
   <li><a href="/faq/">FAQs</a></li>
  </ul></div></div>
 </div>
</div>
<div class="zprow zprow-container zpfooter-bottom">
 <div class="zpelem-col zpcol-12 zpcol-md-12">
  <div class="zpelement zpelem-text "><div class="zptext zptext-align-center ">
   <p><a href="https://www.facebook.com/marshbrothersbathrooms" target="_blank" rel="noopener">Facebook</a> |
   <a href="https://www.instagram.com/marshbrothersbathrooms" target="_blank" rel="noopener">Instagram</a> |
   <a href="https://www.houzz.co.uk/pro/marshbrothersbathrooms" target="_blank" rel="noopener">Houzz</a></p>
   <p>&copy; 2025 Marsh Brothers Plumbing &amp; Bathrooms Ltd. Registered in England &amp; Wales, company no. 07012345.
   VAT no. GB 912 3456 78.</p>
  </div></div>
 </div>
</div>
</div></div>
</footer>
"""

_COOKIE = """<div class="zpcookie-consent zpcookie-banner-bottom" data-zs-cookie-consent="true" role="dialog"
 aria-label="Cookie notice" style="display:none">
 <div class="zpcookie-consent-text">We use cookies to understand how visitors use our website and to improve it.
 By clicking "Accept" you agree to our use of cookies.</div>
 <div class="zpcookie-consent-actions"><button class="zpbutton zpcookie-accept">Accept</button>
 <button class="zpbutton zpbutton-type-secondary zpcookie-decline">Decline</button></div>
</div>
"""


def page(path, title, description, body):
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1"/>
<title>{title} | {_SITE}</title>
<meta name="description" content="{description}"/>
<meta name="keywords" content="plumber Reading, bathroom fitter Reading, bathrooms Berkshire"/>
<meta property="og:title" content="{title} | {_SITE}"/>
<meta property="og:type" content="website"/>
<meta property="og:url" content="https://www.marshbrothersbathrooms.co.uk{path}"/>
<meta name="generator" content="Zoho Sites"/>
<link rel="canonical" href="https://www.marshbrothersbathrooms.co.uk{path}"/>
<link rel="icon" type="image/png" href="/favicon.png"/>
<link rel="stylesheet" type="text/css" href="/css/zsite-core.css"/>
<link rel="stylesheet" type="text/css" href="/template/8f2c1a/theme.css"/>
<link rel="stylesheet" type="text/css" href="/css/custom-fonts.css"/>
<script>window.zs_content_format=0;window.zs_resource_url="/";window.isDefaultLogo=false;</script>
<script>(function(w){{w.zsAnalytics=w.zsAnalytics||[];w.zsAnalytics.push(["pageview","{path}"]);}})(window);</script>
</head>
<body data-zs-home="{"true" if path == "/" else "false"}" data-zs-subsite="" data-zs-display-mode="default">
{_header(path)}
<div data-zs-app="site" class="zpcontent-container page-container ">
<div class="zpcontent-wrapper" data-zs-page-content>
{body}
</div>
</div>
{_FOOTER}
{_COOKIE}
<script src="/js/zsite-core.js" defer></script>
</body>
</html>
"""


HTML = {}


def _add(path, title, description, body):
    HTML[path] = page(path, title, description, body)


# --- pages ----------------------------------------------------------------------------------------------

_add(
    "/",
    "Plumbers &amp; Bathroom Fitters in Reading",
    "Family-run plumbing and bathroom company in Reading, run by brothers Lewis and Callum Marsh.",
    section(
        row(
            column(
                heading("Bathrooms and plumbing in Reading, done properly by two brothers", level=1)
                + text(
                    "<p>We're Lewis and Callum Marsh. Since 2009 we've been fixing leaks, replacing showers "
                    "and fitting complete bathrooms for homeowners across Reading and the surrounding villages. "
                    "One firm from the first visit to the last tile, with our own tiler and electrician, so "
                    "there's never a gap between trades.</p>"
                )
                + button("Book a design visit", "/prices-quotes/")
                + button("Emergency? Call now", _EMERGENCY_TEL, kind="secondary"),
                md=7,
            ),
            column(image("A finished family bathroom in Earley", "/files/hero-earley-bathroom.jpg"), md=5),
        ),
        bg="hero",
    )
    + section(
        row(
            column(
                box(
                    heading("New bathrooms", level=3)
                    + text("<p>Design, supply and installation of family bathrooms, en-suites and cloakrooms.</p>")
                    + button("Find out more", "/bathroom-design-installation/", kind="link")
                ),
                md=4,
            ),
            column(
                box(
                    heading("Wet rooms &amp; accessible bathrooms", level=3)
                    + text("<p>Level-access showers and bathrooms that make life easier.</p>")
                    + button("Wet rooms", "/wet-rooms/", kind="link")
                    + button("Accessible bathrooms", "/accessible-bathrooms/", kind="link")
                ),
                md=4,
            ),
            column(
                box(
                    heading("Everyday plumbing", level=3)
                    + text("<p>Showers, toilets, taps, leaks, blockages, kitchens and outside taps.</p>")
                    + button("Plumbing services", "/showers/", kind="link")
                ),
                md=4,
            ),
        )
    )
    + section(
        row(
            column(
                heading("Approved, registered and insured", level=2)
                + text(
                    "<p>You shouldn't have to take a plumber on trust. We are a <strong>WaterSafe approved "
                    "contractor</strong>, which means our plumbers are qualified and our work meets the Water "
                    "Supply (Water Fittings) Regulations. We are also <strong>TrustMark registered</strong>, the "
                    "Government-endorsed quality scheme for work in and around the home, and we carry &pound;5 "
                    "million public liability insurance. Certificates are on the wall at the showroom and we're "
                    "happy to email copies.</p>"
                    "<p>We're not a franchise or a call centre passing your job to whoever is free. When you ring "
                    "the office you'll speak to Becky, and the person who quotes for your bathroom is the person "
                    "who'll be responsible for it.</p>"
                ),
                md=8,
            ),
            column(
                box(
                    heading("Latest project", level=4)
                    + text(
                        "<p>A loft en-suite in Lower Earley with a walk-in shower and a skylight over the basin. "
                        "Follow our latest jobs on Instagram.</p>"
                    )
                ),
                md=4,
            ),
        )
    )
    + section(
        row(
            column(
                heading('<a id="reviews"></a>What our customers say', level=2, align="center")
                + text(
                    "<p>Don't just take our word for it. We're rated <strong>4.9 out of 5 on Google</strong> "
                    "from 212 reviews, and <strong>9.9 out of 10 on Checkatrade</strong> from 148 reviews "
                    "&ndash; we've been a vetted and monitored Checkatrade member since 2014.</p>",
                    align="center",
                ),
            )
        )
        + row(
            column(
                text(
                    "<blockquote><p>&ldquo;We had a complete family bathroom with Lewis and Callum. They kept us "
                    "informed every day and the tiling is immaculate. Worth every penny.&rdquo;</p><p>&ndash; "
                    "Sarah and James, Earley (Checkatrade, 10/10)</p></blockquote>"
                    "<blockquote><p>&ldquo;Converted my dad's bathroom into a walk-in shower room. They were so "
                    "patient with Dad and so tidy.&rdquo;</p><p>&ndash; Angela, Tilehurst (Google)</p>"
                    "</blockquote>"
                ),
                md=4,
            ),
            column(
                text(
                    "<blockquote><p>&ldquo;Rang at 7am with water pouring through the kitchen ceiling. Ryan "
                    "was here within the hour and had it sorted by nine.&rdquo;</p><p>&ndash; Tom, Caversham "
                    "(Google)</p></blockquote>"
                    "<blockquote><p>&ldquo;Honest advice: told us our shower only needed a new pressure "
                    "switch, not the new unit another firm quoted for.&rdquo;</p><p>&ndash; Denise, Woodley "
                    "(Checkatrade, 10/10)</p></blockquote>"
                ),
                md=4,
            ),
            column(
                text(
                    "<blockquote><p>&ldquo;Only four stars because the start date slipped a week due to a "
                    "delayed vanity unit, but they kept us informed and the finished en-suite is "
                    "lovely.&rdquo;</p><p>&ndash; Mike, Wokingham (Google)</p></blockquote>"
                    "<p>Had work done by us? Leave a review on "
                    '<a href="https://g.page/r/marshbrothersbathrooms/review" target="_blank" rel="noopener">'
                    "Google</a> or "
                    '<a href="https://www.checkatrade.com/trades/marshbrothersbathrooms" target="_blank" '
                    'rel="noopener">Checkatrade</a>.</p>'
                ),
                md=4,
            ),
        ),
        bg="testimonials",
    ),
)

_add(
    "/bathroom-design-installation/",
    "Bathroom Design &amp; Installation",
    "Complete bathroom design and installation in Reading: family bathrooms, en-suites and cloakrooms.",
    banner("Bathroom Design &amp; Installation", "From a blank sketch to a finished room, managed by one firm.")
    + with_sidebar(
        heading("A complete bathroom, one point of contact")
        + text(
            "<p>Most of our work is complete bathroom refits: family bathrooms, en-suites, shower rooms and "
            "downstairs cloakrooms. We take care of everything &ndash; design, products, plumbing, tiling, "
            "electrics, plastering and clearing away the old suite &ndash; and Lewis is your one point of "
            "contact from the first visit to handover.</p>"
        )
        + heading("How it works", level=3)
        + text(
            "<ol>"
            "<li><strong>Design visit.</strong> Lewis comes to your home, measures up, checks where the "
            "pipes and waste run and talks through how you use the room and what you'd like to change.</li>"
            "<li><strong>3D design.</strong> Within about a week we send you a 3D visualisation of the new "
            "room, drawn in our design software, so you can see the layout, tiles and finishes from every "
            "angle before anything is ordered. Changes to the drawing are free until you're happy.</li>"
            "<li><strong>Choose your products.</strong> Pick your suite, brassware and tiles, either from our "
            "showroom or our suppliers' brochures. We work with Roper Rhodes, Crosswater, Villeroy &amp; "
            "Boch, Merlyn, Mira and Vado. Most products arrive within two to three weeks of ordering.</li>"
            "<li><strong>Installation.</strong> Callum leads the team on site from strip-out to the final "
            "silicone.</li>"
            "<li><strong>Handover.</strong> We walk you through the new room, show you the isolation valves "
            "and leave the manufacturers' paperwork with you.</li>"
            "</ol>"
        )
        + heading("Moving things around", level=3)
        + text(
            "<p>Want the toilet under the window or the bath swapped for a big walk-in shower? Moving the "
            "layout is usually possible. The toilet is the item with the least freedom, because it has to "
            "reach the soil pipe with enough fall; we'll tell you at the design visit what is practical and "
            "what it would add to the cost.</p>"
            "<p>Small room? Wall-hung toilets and vanity units, concealed cisterns, recessed niches instead "
            "of shelves and a well-placed mirror all make a compact bathroom feel bigger.</p>"
        )
        + image("3D bathroom design drawing", "/files/3d-design-example.jpg"),
    ),
)

_add(
    "/wet-rooms/",
    "Wet Rooms",
    "Wet room design and installation in Reading, including upstairs wet rooms on timber floors.",
    banner("Wet Rooms", "A level, open shower area with no tray and no step.")
    + with_sidebar(
        heading("What is a wet room?")
        + text(
            "<p>In a wet room the shower floor is level with the rest of the bathroom floor. There's no tray "
            "to step over: the whole floor is waterproofed and gently slopes to a drain. They look clean and "
            "modern, they're easy to keep clean, and they work brilliantly in small rooms where a shower "
            "enclosure would take up too much space.</p>"
        )
        + heading("Can I have one upstairs?", level=3)
        + text(
            "<p>Yes &ndash; most of the wet rooms we build are on the first floor of ordinary houses with "
            "wooden floors. We lift the floorboards, check the joists and strengthen them if needed, then fit "
            "a ready-made sloped shower former between the joists so the fall to the drain is built in. The "
            "floor is then boarded with cement board so it doesn't flex. On a concrete ground floor we "
            "usually cut out and re-screed the floor to create the fall.</p>"
            "<p>The one thing we must check first is the route for the waste pipe. Joists running the wrong "
            "way can make a centre drain difficult, in which case we use a linear drain along the wall.</p>"
        )
        + heading("Waterproofing (tanking)", level=3)
        + text(
            "<p>Every wet room is fully tanked: a waterproof membrane system is applied to the whole floor and "
            "to the walls to at least 1.8 metres in the shower area, with sealing tapes in every corner and "
            "around the pipes. It's the part you never see and the part we never rush.</p>"
        )
        + heading("Good to know", level=3)
        + text(
            "<ul>"
            "<li>A fixed glass screen keeps the rest of the room (and the toilet roll) dry.</li>"
            "<li>We use anti-slip floor tiles, or small mosaics which grip better underfoot.</li>"
            "<li>A wet room usually takes two to three days longer to build than a standard bathroom because "
            "the tanking has to cure before tiling.</li>"
            "</ul>"
        ),
    ),
)

_add(
    "/accessible-bathrooms/",
    "Accessible &amp; Mobility Bathrooms",
    "Accessible bathrooms, level access showers and mobility adaptations in Reading, with help on grants.",
    banner(
        "Accessible &amp; Mobility Bathrooms",
        "Safer, easier bathrooms for older people and anyone with limited mobility.",
    )
    + with_sidebar(
        heading("Bathrooms that make life easier")
        + text(
            "<p>Getting in and out of the bath is often the first thing that becomes difficult. We design and "
            "fit bathrooms that let people stay independent at home, and we can often turn an existing "
            "bathroom into a safe level-access shower room in around a week.</p>"
            "<ul>"
            "<li>Level-access showers and walk-in shower areas, with room for a wheelchair or a carer</li>"
            "<li>Fold-down shower seats and grab rails fixed into properly reinforced walls</li>"
            "<li>Comfort-height toilets and basins you can use sitting down</li>"
            "<li>Thermostatic showers and taps that can't scald</li>"
            "<li>Contrasting colours for rails and seats, which helps people with sight loss or dementia</li>"
            "<li>Wider doorways and doors that open outwards</li>"
            "</ul>"
        )
        + heading("Help with the cost: the Disabled Facilities Grant", level=3)
        + text(
            "<p>If someone in the home is disabled, the local council may pay for some or all of the work "
            "through a <strong>Disabled Facilities Grant</strong> (DFG) of up to &pound;30,000. Reading "
            "Borough Council, Wokingham Borough Council and West Berkshire Council all run the scheme. It is "
            "means-tested for adults (not for a disabled child), and it is available to owners and tenants.</p>"
            "<p>The first step is an assessment by an occupational therapist, which you arrange by contacting "
            "the council's adult social care team. The OT recommends the adaptations, then the council asks "
            "for quotes. We regularly quote for DFG work and work to the OT's specification.</p>"
            "<p><strong>Important:</strong> don't let anyone start work before the grant is approved in "
            "writing, or the council may refuse to pay.</p>"
        )
        + heading("No VAT for disabled customers", level=3)
        + text(
            "<p>Adapting a bathroom for someone who is chronically sick or disabled can be zero-rated for VAT. "
            "You just sign a short eligibility declaration, which we give you with the quote, and we take the "
            "VAT off the invoice. Your GP doesn't need to sign anything.</p>"
        ),
    ),
)

_add(
    "/showers/",
    "Shower Repairs &amp; Replacement",
    "Electric, mixer and power shower repairs and replacement in Reading. Fixed prices for new electric showers.",
    banner("Shower Repairs &amp; Replacement", "Electric, mixer and power showers repaired or replaced.")
    + with_sidebar(
        heading("Shower not working properly?")
        + text(
            "<p>We repair all the common makes &ndash; Mira, Triton, Aqualisa, Redring, Gainsborough and "
            "Bristan &ndash; and carry the most popular Mira and Triton parts on the van, so many repairs are "
            "done on the first visit.</p>"
            "<p><strong>Electric shower only running lukewarm or cold?</strong> The usual culprits are a "
            "burnt-out heating element, a tripped thermal cut-out, or low water flow (the shower heats less "
            "water when the flow is strong, and cuts out to protect itself when it's weak). Scale from "
            "Reading's hard water is often behind it.</p>"
            "<p><strong>Repair or replace?</strong> Our honest rule of thumb: if an electric shower is more "
            "than eight to ten years old and the element has gone, a new shower usually costs little more "
            "than the repair and comes with a fresh warranty. We'll always tell you which makes more sense "
            "before doing any work.</p>"
            "<p>Other faults we fix every week: showers that won't turn off, pumps that are noisy or won't "
            "start, mixer valves that won't hold the temperature, leaking shower heads and hoses, and weak "
            "flow.</p>"
        )
        + heading("Replacing an electric shower", level=3)
        + text(
            "<p>A like-for-like swap in the same position takes about two hours. If you'd like a more "
            "powerful model (for example 8.5kW up to 10.5kW), the cable and fuse may need upgrading; our "
            "electrician checks this and we'll quote before starting.</p>"
        )
        + heading("Shower prices", level=3)
        + text(
            '<table class="zs-table" border="1" cellpadding="6"><thead><tr><th>Job</th><th>Price inc. VAT</th>'
            "</tr></thead><tbody>"
            "<tr><td>New Triton T80Z 9.5kW electric shower, supplied and fitted (like-for-like)</td>"
            "<td>&pound;365</td></tr>"
            "<tr><td>New Mira Sport 9.0kW electric shower, supplied and fitted (like-for-like)</td>"
            "<td>&pound;395</td></tr>"
            "<tr><td>Fitting a shower you have bought yourself</td><td>&pound;165</td></tr>"
            "<tr><td>Shower repair visit (includes first 30 minutes, parts extra)</td><td>&pound;75</td></tr>"
            "<tr><td>New shower hose and head</td><td>&pound;45 plus parts</td></tr>"
            "</tbody></table>"
        ),
    ),
)

_add(
    "/toilets-taps-leaks/",
    "Toilets, Taps &amp; Leaks",
    "Toilet and cistern repairs, dripping taps and leaking pipes fixed in Reading at fixed prices.",
    banner("Toilets, Taps &amp; Leaks", "The small jobs that drive you mad, fixed properly.")
    + with_sidebar(
        heading("Toilet and cistern repairs")
        + text(
            "<p><strong>Toilet that keeps running or refilling after you flush?</strong> Water trickling into "
            "the bowl all the time usually means the seal on the flush valve has worn or the fill valve isn't "
            "shutting off. It's more than an annoyance &ndash; a running toilet can waste 200 to 400 litres a "
            "day, which shows on a metered bill. We replace the worn valve or seal, usually in under an "
            "hour.</p>"
            "<p>We also fix flush buttons that stick or don't work, handles that have snapped, cisterns that "
            "fill slowly or noisily, loose or wobbly toilets, and leaks where the cistern joins the pan.</p>"
        )
        + heading("Dripping taps", level=3)
        + text(
            "<p>A tap that drips even when turned off firmly has a worn washer (older taps) or a worn ceramic "
            "cartridge (most modern lever and quarter-turn taps). Limescale makes cartridges wear faster in "
            "Reading. We carry common washers and cartridges and can usually fix it there and then; if the "
            "tap is old or a spare isn't made any more, replacing the tap is often better value.</p>"
        )
        + heading("Leaking pipes", level=3)
        + text(
            "<p>Damp patch under the sink, a drip from a joint, or a stain spreading on the ceiling? We trace "
            "the leak, then remake or replace the joint or section of pipe, in copper or plastic. If water is "
            "coming through a ceiling light, turn the electrics off and see our "
            '<a href="/emergency-plumber/">emergency page</a>.</p>'
        )
        + heading("Fixed prices", level=3)
        + text(
            '<table class="zs-table" border="1" cellpadding="6"><thead><tr><th>Job</th><th>Price inc. VAT</th>'
            "</tr></thead><tbody>"
            "<tr><td>Replace flush valve or fill valve</td><td>&pound;95 plus part (usually &pound;20&ndash;"
            "&pound;35)</td></tr>"
            "<tr><td>Re-washer or new cartridge, per tap</td><td>&pound;85</td></tr>"
            "<tr><td>Fit a new basin or kitchen tap you have supplied</td><td>&pound;110</td></tr>"
            "<tr><td>Repair a leaking pipe or joint (accessible)</td><td>from &pound;85</td></tr>"
            "<tr><td>Refix a loose toilet pan</td><td>&pound;90</td></tr>"
            "</tbody></table>"
        ),
    ),
)

_add(
    "/blocked-sinks-toilets/",
    "Blocked Sinks &amp; Toilets",
    "Blocked toilets, sinks, baths and showers cleared in Reading. No fix, no fee.",
    banner("Blocked Sinks &amp; Toilets", "Toilets, sinks, baths and showers cleared &ndash; no fix, no fee.")
    + with_sidebar(
        heading("Water not going down?")
        + text(
            "<p>Blockages inside the house are one of our most common callouts. We clear blocked toilets, "
            "kitchen sinks, basins, baths and showers using plungers, toilet augers and an electric drain "
            "snake that reaches up to 15 metres along a waste pipe, without chemicals that damage pipes.</p>"
        )
        + heading("Something flushed that shouldn't have been?", level=3)
        + text(
            "<p>Children's toys, toilet-roll tubes, phones, toothbrushes and air-freshener blocks all turn up "
            "in toilets. If an object is stuck in the bend of the pan and we can't retrieve it with an auger, "
            "we take the toilet off the floor, get the object out from behind and refit the pan with a new "
            "seal. Please don't keep flushing &ndash; it pushes things further in and can flood the "
            "bathroom.</p>"
        )
        + heading("Prices", level=3)
        + text(
            '<table class="zs-table" border="1" cellpadding="6"><thead><tr><th>Job</th><th>Price inc. VAT</th>'
            "</tr></thead><tbody>"
            "<tr><td>Clear a blocked sink, basin, bath or shower</td><td>&pound;85</td></tr>"
            "<tr><td>Clear a blocked toilet</td><td>&pound;95</td></tr>"
            "<tr><td>Lift the toilet to retrieve an object, and refit</td><td>&pound;165</td></tr>"
            "</tbody></table>"
            "<p><strong>No fix, no fee:</strong> if we can't clear a blockage inside your home, you don't pay "
            "anything for the visit.</p>"
        )
        + heading("Outside or shared drains", level=3)
        + text(
            "<p>If the blockage turns out to be in the underground drain or a shared sewer, we'll tell you "
            "straight away. That is a job for a drainage specialist with jetting equipment, or for Thames "
            "Water if the sewer is shared with neighbours.</p>"
            "<p>To avoid the next one: only flush the three Ps, and never wet wipes, even the ones labelled "
            "&ldquo;flushable&rdquo;. Let cooking fat cool in a jar and put it in the bin, not down the "
            "sink.</p>"
        ),
    ),
)

_add(
    "/kitchen-plumbing-outside-taps/",
    "Kitchen Plumbing &amp; Outside Taps",
    "Kitchen sinks and taps, washing machines, dishwashers, boiling water taps and outside taps in Reading.",
    banner("Kitchen Plumbing &amp; Outside Taps", "Sinks, appliances, boiling water taps and garden taps.")
    + with_sidebar(
        heading("Kitchen plumbing")
        + text(
            "<p>We fit and replace kitchen sinks and taps, plumb in washing machines and dishwashers, fit "
            "boiling water taps and filter taps, and move or extend pipework when an appliance needs to go "
            "somewhere new.</p>"
            "<p><strong>New washing machine or dishwasher?</strong> If there are already a valve and a waste "
            "connection where it's going, plumbing it in is quick. If the appliance is going in a new "
            "position &ndash; say where a tumble dryer used to be &ndash; we run a new water supply with its "
            "own isolating valve and a new waste connection to the sink trap or a standpipe.</p>"
            "<p><strong>Boiling water taps:</strong> we install Quooker, InSinkErator and Grohe Red taps, "
            "including the tank in the cupboard under the sink. There must be a plug socket in that "
            "cupboard.</p>"
        )
        + heading("Outside taps", level=3)
        + text(
            "<p>An outside tap makes watering the garden and washing the car so much easier. We fit it on an "
            "outside wall close to where the pipes are, usually behind the kitchen sink, with a double check "
            "valve to stop garden water being drawn back into your drinking supply (a legal requirement) and "
            "an isolating valve indoors.</p>"
            "<p>In winter, turn off the indoor valve and open the outside tap to drain it, so it can't freeze "
            "and split. A foam tap cover helps too.</p>"
        )
        + heading("Kitchen &amp; garden prices", level=3)
        + text(
            '<table class="zs-table" border="1" cellpadding="6"><thead><tr><th>Job</th><th>Price inc. VAT</th>'
            "</tr></thead><tbody>"
            "<tr><td>Outside tap, supplied and fitted on a ground-floor wall</td><td>&pound;145</td></tr>"
            "<tr><td>Plumb in a washing machine or dishwasher (existing connections)</td><td>&pound;75</td></tr>"
            "<tr><td>Plumb in an appliance in a new position (new supply and waste)</td><td>from &pound;145"
            "</td></tr>"
            "<tr><td>Install a boiling water tap you have supplied</td><td>&pound;195</td></tr>"
            "<tr><td>Replace a kitchen sink (like-for-like, inset)</td><td>from &pound;220</td></tr>"
            "</tbody></table>"
        ),
    ),
)

_add(
    "/emergency-plumber/",
    "Emergency Plumber Reading",
    "24-hour emergency plumber in Reading for burst pipes, serious leaks and blocked only toilets.",
    banner("Emergency Plumber", f"Our emergency line is answered 24 hours a day: {_EMERGENCY}")
    + with_sidebar(
        heading("24-hour emergency callouts")
        + text(
            f'<p>Call <a href="{_EMERGENCY_TEL}">{_EMERGENCY}</a> at any time of the day or night, including '
            "weekends and bank holidays. One of us is always on call, and within Reading we aim to be with "
            "you within 90 minutes.</p>"
        )
        + heading("What we count as an emergency", level=3)
        + text(
            "<ul>"
            "<li>A burst pipe or a leak you can't stop, even with the stopcock turned off</li>"
            "<li>Water coming through a ceiling, or near lights, sockets or a fuse board</li>"
            "<li>Your only toilet is blocked or won't flush</li>"
            "<li>No water at all in the house (check first with Thames Water that there's no outage in "
            "your street)</li>"
            "<li>A leak that is flooding a room or getting into a neighbour's flat</li>"
            "</ul>"
            "<p>A dripping tap, a slow-draining sink, a running toilet or a shower that's stopped working "
            "when you have a bath are not emergencies. Call the office and we'll book you in, usually within "
            "a day or two, at our normal rates.</p>"
        )
        + heading("Emergency rates", level=3)
        + text(
            '<table class="zs-table" border="1" cellpadding="6"><thead><tr><th>When</th><th>First hour</th>'
            "<th>Then per half hour</th></tr></thead><tbody>"
            "<tr><td>Weekday evenings 6pm &ndash; 10pm, and Saturdays</td><td>&pound;120</td><td>&pound;40</td>"
            "</tr><tr><td>Nights 10pm &ndash; 7am, Sundays and bank holidays</td><td>&pound;165</td>"
            "<td>&pound;50</td></tr></tbody></table>"
            "<p>Parts are charged on top. Emergencies during normal working hours are charged at our standard "
            "rate.</p>"
        )
        + heading("While you wait", level=3)
        + text(
            "<ol><li>Turn off the water at the stopcock. It's usually under the kitchen sink, sometimes in "
            "a downstairs toilet or under the stairs.</li>"
            "<li>If water is near any electrics, switch off at the fuse board if it is safe to reach.</li>"
            "<li>Open the cold taps to drain the pipes, and put buckets and towels down.</li></ol>"
        ),
    ),
)

_add(
    "/prices-quotes/",
    "Prices &amp; Quotes",
    "Our hourly rates, typical bathroom refit prices and how our free home surveys and quotes work.",
    banner("Prices &amp; Quotes", "Clear prices, written quotes and no surprises on the invoice.")
    + with_sidebar(
        heading("How our quotes work")
        + text(
            "<p><strong>Bathrooms, wet rooms and anything bigger:</strong> we start with a home survey and "
            "design visit, which is free and comes with no obligation. You then get a written, itemised, "
            "fixed-price quote by email within five working days. The quote is valid for 60 days. The price "
            "we quote is the price you pay, unless you change the specification or we find something hidden "
            "that nobody could have seen, such as rotten floor joists &ndash; and then we'll show you and "
            "agree the cost with you before carrying on.</p>"
            "<p><strong>Small jobs and repairs:</strong> many have a fixed price listed on the service pages. "
            "Anything else is charged at our hourly rate, and we'll give you an estimate on the phone.</p>"
            "<p>All our prices include VAT.</p>"
        )
        + heading("Labour rates", level=3)
        + text(
            '<table class="zs-table" border="1" cellpadding="6"><thead><tr><th>Rate</th><th>Price inc. VAT'
            "</th></tr></thead><tbody>"
            "<tr><td>Standard hourly rate (Mon&ndash;Fri 8am&ndash;6pm)</td><td>&pound;65 for the first hour, "
            "then &pound;32.50 per half hour</td></tr>"
            "<tr><td>Callout fee in working hours, inside our area</td><td>None</td></tr>"
            "</tbody></table>"
        )
        + heading("What does a new bathroom cost?", level=3)
        + text(
            "<p>Every room is different, but these are the ranges our customers actually paid last year, "
            "fully installed including mid-range products, tiling, electrics and waste removal:</p>"
            '<table class="zs-table" border="1" cellpadding="6"><thead><tr><th>Project</th>'
            "<th>Typical price range</th></tr></thead><tbody>"
            "<tr><td>Downstairs cloakroom (toilet and basin)</td><td>&pound;3,500 &ndash; &pound;5,500</td></tr>"
            "<tr><td>En-suite shower room</td><td>&pound;6,500 &ndash; &pound;9,500</td></tr>"
            "<tr><td>Family bathroom, around 2m x 2.5m</td><td>&pound;8,500 &ndash; &pound;12,000</td></tr>"
            "<tr><td>Wet room</td><td>&pound;10,500 &ndash; &pound;15,000</td></tr>"
            "<tr><td>Accessible level-access shower room</td><td>from &pound;7,500</td></tr>"
            "</tbody></table>"
            "<p>Designer brassware, large-format porcelain and moving the toilet push the price up; keeping "
            "the layout the same keeps it down.</p>"
        ),
    ),
)

_add(
    "/payments/",
    "Deposits &amp; Payments",
    "How deposits and stage payments work for bathroom refits, how to pay, and our cancellation policy.",
    banner("Deposits &amp; Payments", "How and when you pay for your new bathroom.")
    + with_sidebar(
        heading("Bathroom refits: deposit and stage payments")
        + text(
            "<p>For bathroom, en-suite and wet room projects we split the payment into three stages so you "
            "never pay far ahead of the work:</p>"
            '<table class="zs-table" border="1" cellpadding="6"><thead><tr><th>Stage</th><th>Amount</th>'
            "</tr></thead><tbody>"
            "<tr><td>Deposit when you accept the quote &ndash; secures your start date and pays for ordering "
            "your products</td><td>20%</td></tr>"
            "<tr><td>When the products are delivered, usually the first day of the installation</td>"
            "<td>40%</td></tr>"
            "<tr><td>On completion, once you've seen the finished room and are happy</td><td>40%</td></tr>"
            "</tbody></table>"
            "<p>The final payment is due within seven days of handover. If there's a snag on the day, we "
            "agree a date to fix it and you can hold back a fair amount until then.</p>"
        )
        + heading("Repairs and small jobs", level=3)
        + text("<p>Payment is due when the job is finished; we'll send an invoice by email the same day.</p>")
        + heading("Ways to pay", level=3)
        + text(
            "<ul><li>Debit or credit card (Visa, Mastercard, American Express) on our card reader or over "
            "the phone</li><li>Bank transfer &ndash; our bank details are on every invoice. We will never "
            "email you to say our bank details have changed; if you get such an email, call us.</li>"
            "<li>Cash for small jobs</li></ul>"
            "<p>We don't accept cheques.</p>"
        )
        + heading("Changing your mind", level=3)
        + text(
            "<p>You can cancel within 14 days of accepting a quote and get your deposit back in full. After "
            "that, or once products have been ordered specially for you, we refund the deposit less the "
            "cost of any products we can't return and any restocking fees.</p>"
        ),
    ),
)

_add(
    "/your-refit/",
    "What to Expect During Your Refit",
    "How long a bathroom refit takes, a day-by-day guide, and how we keep a toilet working while we work.",
    banner("What to Expect During Your Refit", "How long it takes and how to live with it while it happens.")
    + with_sidebar(
        heading("How long will it take?")
        + text(
            '<table class="zs-table" border="1" cellpadding="6"><thead><tr><th>Project</th>'
            "<th>Usual time on site</th></tr></thead><tbody>"
            "<tr><td>Cloakroom</td><td>3 &ndash; 4 working days</td></tr>"
            "<tr><td>En-suite</td><td>6 &ndash; 8 working days</td></tr>"
            "<tr><td>Family bathroom</td><td>8 &ndash; 10 working days</td></tr>"
            "<tr><td>Wet room</td><td>10 &ndash; 12 working days</td></tr>"
            "</tbody></table>"
            "<p>We work Monday to Friday, usually 8am until 4.30pm. We'll give you a start date and a "
            "finish date in writing.</p>"
        )
        + heading("A typical family bathroom, day by day", level=3)
        + text(
            "<p><strong>Days 1&ndash;2:</strong> strip-out, then new pipework and cables run under the floor "
            "and in the walls. <strong>Days 3&ndash;4:</strong> boarding and plastering. <strong>Days "
            "5&ndash;8:</strong> tiling, grouting, then bath, shower, toilet and basin fitted. <strong>Days "
            "9&ndash;10:</strong> electrics finished, silicone, painting and a deep clean.</p>"
        )
        + heading("Living without a bathroom", level=3)
        + text(
            "<p>If it's your only bathroom, you will not be without a toilet overnight. We reconnect a "
            "toilet at the end of every working day, except normally the first day of strip-out and the day "
            "the floor is tiled, when it may be off from the morning until about 4pm. Water to the rest of "
            "the house is back on every evening.</p>"
            "<p>Showering is harder: expect around a week without a shower or bath. Many customers use a "
            "gym or family; for larger households we can arrange a hired portable shower and toilet unit on "
            "your drive at around &pound;280 a week.</p>"
        )
        + heading("Access and keys", level=3)
        + text(
            "<p>You don't need to stay at home. Lots of customers give us a key or a key-safe code for the "
            "duration; keys are kept on a numbered tag, never labelled with your address. We lay dust sheets "
            "and floor protection from the front door to the bathroom and tidy up at the end of every day.</p>"
        ),
    ),
)

_add(
    "/tiling-electrics-waste/",
    "Tiling, Electrics &amp; Waste Removal",
    "Tiling, bathroom electrics, plastering and waste removal, all done by our own team.",
    banner("Tiling, Electrics &amp; Waste", "Every trade your bathroom needs, under one roof.")
    + with_sidebar(
        heading("No chasing separate trades")
        + text(
            "<p>The biggest cause of delays on bathroom jobs is waiting for other trades. We do tiling, "
            "electrics and plastering in-house, with our own people, so the tiler starts the morning the "
            "plasterboard is finished &ndash; not when a subcontractor can fit you in. All of it is "
            "included in your quote.</p>"
        )
        + heading("Tiling", level=3)
        + text(
            "<p>Wall and floor tiling in ceramic, porcelain, natural stone and mosaic, including large-format "
            "tiles up to 1200 x 600mm, herringbone floors, feature walls and recessed shelving niches. Tiles "
            "can be chosen from the showroom tile library or bought by you; the fitting is in the quote "
            "either way, and the tiles themselves are priced separately.</p>"
        )
        + heading("Electrics", level=3)
        + text(
            "<p>Our electrician is NICEIC registered, so bathroom electrical work is certified without you "
            "having to involve building control. We handle:</p>"
            "<ul><li>Ceiling downlights and mirror lighting</li><li>Extractor fans, including quiet "
            "humidity-sensing fans vented outside</li><li>Heated towel rails (electric or dual-fuel)</li>"
            "<li>Shaver sockets and electric shower circuits</li></ul>"
            "<p>At the end of the job you get an electrical installation certificate, and we notify the work "
            "under Part P of the Building Regulations for you.</p>"
        )
        + heading("Plastering and making good", level=3)
        + text("<p>Walls are boarded or re-skimmed where needed, and the ceiling painted at the end.</p>")
        + heading("Waste removal", level=3)
        + text(
            "<p>You don't need a skip. We bag and remove the old suite, tiles, boards and packaging in our "
            "own van every day and take it to a licensed waste transfer station. We are a registered waste "
            "carrier (licence CBDU298471). Waste removal is included in every bathroom quote; old baths and "
            "copper pipe go for recycling.</p>"
        ),
    ),
)

_add(
    "/guarantee-aftercare/",
    "Guarantee &amp; Aftercare",
    "Our 10-year bathroom installation guarantee, 12-month repair guarantee and aftercare visits.",
    banner("Guarantee &amp; Aftercare", "We stand behind our work long after the van has gone.")
    + with_sidebar(
        heading("Our guarantees")
        + text(
            '<table class="zs-table" border="1" cellpadding="6"><thead><tr><th>Work</th><th>Guarantee</th>'
            "</tr></thead><tbody>"
            "<tr><td>Complete bathroom, en-suite and wet room installations (workmanship)</td>"
            "<td>10 years</td></tr>"
            "<tr><td>Repairs and small plumbing jobs</td><td>12 months</td></tr>"
            "<tr><td>Products (showers, taps, toilets, furniture)</td><td>Manufacturer's warranty, usually "
            "2 to 10 years; we register them for you</td></tr>"
            "</tbody></table>"
            "<p>The installation guarantee covers leaks from our pipework and joints, tanking failures, tiles "
            "that come loose and anything else caused by how we fitted it.</p>"
        )
        + heading("Six-week check", level=3)
        + text(
            "<p>About six weeks after a new bathroom is finished, Callum pops back to check the silicone, "
            "tighten anything that has settled and answer any questions. It's free and takes about half an "
            "hour.</p>"
        )
        + heading("Silicone, grout and mould", level=3)
        + text(
            "<p>New houses and new floors settle. If silicone or grout cracks or pulls away within the first "
            "12 months, we'll redo it free of charge. After 12 months, resealing counts as normal "
            "maintenance, and we charge &pound;95 to reseal a bath or shower.</p>"
            "<p>Black mould on silicone or grout isn't a fault in the work &ndash; it grows where a room stays "
            "damp. It isn't covered by the guarantee. Run the extractor fan during your shower and for 20 "
            "minutes afterwards, squeegee the glass and tiles, and leave the door open to dry the room.</p>"
        )
        + heading("Making a claim", level=3)
        + text(
            "<p>Call the office or email a few photos and your address. We'll book a visit within five "
            "working days, or the same day if something is leaking.</p>"
        ),
    ),
)

_add(
    "/showroom/",
    "Our Showroom",
    "Visit our bathroom showroom on Elgar Road South, Reading. Opening hours, design appointments and parking.",
    banner("Our Showroom", "See it, touch it, and try the showers before you choose.")
    + section(
        row(
            column(
                heading("Kennetside Trade Park, Reading")
                + text(
                    "<p>Our showroom is at Unit 3, Kennetside Trade Park, Elgar Road South, Reading RG2 0EB. "
                    "Inside you'll find six complete bathroom displays, a wall of working showers you can "
                    "turn on and try, a tile library with over 300 tiles, and samples of every vanity unit "
                    "finish we sell.</p>"
                )
                + heading("Showroom opening hours", level=3)
                + text(
                    '<table class="zs-table" border="1" cellpadding="6"><tbody>'
                    "<tr><td>Monday to Friday</td><td>9am &ndash; 5pm</td></tr>"
                    "<tr><td>Saturday</td><td>9.30am &ndash; 2pm</td></tr>"
                    "<tr><td>Sunday and bank holidays</td><td>Closed</td></tr>"
                    "</tbody></table>"
                )
                + heading("Do I need an appointment?", level=3)
                + text(
                    "<p>You're welcome to drop in and browse any time we're open during the week. If you want "
                    "to sit down with Lewis and go through your design, please book a one-hour design "
                    "appointment. Saturdays are by appointment only, because that's when most of our design "
                    "meetings happen &ndash; call the office to book a slot.</p>"
                ),
                md=8,
            ),
            column(
                box(
                    heading("Getting here", level=4)
                    + text(
                        "<p>We're about five minutes from junction 11 of the M4. Turn off the A33 into "
                        "Elgar Road South; the trade park is on the left after the bus depot.</p>"
                        "<p><strong>Parking:</strong> there are four free customer spaces directly outside "
                        "Unit 3, marked Marsh Brothers, and more free parking along the trade park road.</p>"
                        "<p>By bus, Reading Buses routes 5 and 6 stop on the A33 a three-minute walk "
                        "away.</p>"
                    )
                )
                + image("Inside the Marsh Brothers showroom", "/files/showroom-interior.jpg"),
                md=4,
            ),
        )
    ),
)

_add(
    "/areas-we-cover/",
    "Areas We Cover",
    "Plumbing and bathroom installation across Reading, Wokingham, Crowthorne, Henley, Theale and nearby.",
    banner("Areas We Cover", "Reading and the towns and villages around it.")
    + with_sidebar(
        heading("Plumbing repairs and emergencies")
        + text(
            "<p>For repairs, small jobs and emergency callouts we cover everywhere within about ten miles of "
            "our base in south Reading, with no callout fee:</p>"
            "<p>Reading town centre, Caversham, Emmer Green, Tilehurst, Calcot, Theale, Earley, Lower Earley, "
            "Woodley, Sonning, Shinfield, Spencers Wood, Three Mile Cross, Burghfield, Pangbourne, Purley on "
            "Thames, Twyford, Arborfield and Wokingham.</p>"
            "<p>Just outside that &ndash; Crowthorne, Finchampstead, Mortimer and Henley-on-Thames &ndash; we "
            "still do repairs and emergencies, with a &pound;25 travel charge.</p>"
        )
        + heading("Bathroom installations", level=3)
        + text(
            "<p>For complete bathrooms, wet rooms and accessible bathrooms we travel further, up to about 20 "
            "miles, with no travel charge. That includes Bracknell, Crowthorne, Finchampstead, Henley-on-"
            "Thames, Goring, Mortimer, Thatcham and Newbury.</p>"
            "<p>Not sure if you're in our area? Give us your postcode when you call and we'll tell you "
            "straight away.</p>"
        ),
    ),
)

_add(
    "/about-us/",
    "Meet the Team",
    "Meet Lewis and Callum Marsh and the small team behind Marsh Brothers Plumbing &amp; Bathrooms.",
    banner("Meet the Team", "A family firm from Tilehurst.")
    + section(
        row(
            column(
                heading("Two brothers, one trade")
                + text(
                    "<p>Lewis and Callum grew up in Tilehurst and both trained as plumbers with Reading "
                    "College before working for big bathroom firms. In 2009 they started Marsh Brothers with "
                    "one van and a simple idea: do the job the way you'd want it done in your own mum's house. "
                    "Today there are six of us, and we still don't use subcontractors.</p>"
                ),
                md=12,
            )
        )
    )
    + section(
        row(
            column(
                box(
                    heading("Lewis Marsh", level=3)
                    + text(
                        "<p><em>Co-founder &ndash; design and surveys</em></p><p>Lewis does every bathroom "
                        "design visit and draws every 3D design himself. He's your contact throughout a "
                        "project and he's usually the one answering your questions at the showroom.</p>"
                    )
                ),
                md=4,
            ),
            column(
                box(
                    heading("Callum Marsh", level=3)
                    + text(
                        "<p><em>Co-founder &ndash; installations</em></p><p>Callum is on site for every "
                        "bathroom installation we do, from strip-out to handover. If your bathroom is being "
                        "fitted by us, Callum is fitting it.</p>"
                    )
                ),
                md=4,
            ),
            column(
                box(
                    heading("Becky Marsh", level=3)
                    + text(
                        "<p><em>Office manager</em></p><p>Callum's wife Becky runs the diary, answers the "
                        "phone and keeps everyone to time. If you've called us, you've spoken to Becky.</p>"
                    )
                ),
                md=4,
            ),
        )
        + row(
            column(
                box(
                    heading("Ryan Doherty", level=3)
                    + text(
                        "<p><em>Plumber &ndash; repairs and callouts</em></p><p>Ryan runs our repair van and "
                        "handles most of the taps, toilets, showers and blockages, along with Lewis. He's "
                        "been with us since 2016.</p>"
                    )
                ),
                md=4,
            ),
            column(
                box(
                    heading("Kasia Nowak", level=3)
                    + text(
                        "<p><em>Tiler</em></p><p>Kasia has tiled over 400 bathrooms with us and is the reason "
                        "our herringbone floors look the way they do.</p>"
                    )
                ),
                md=4,
            ),
            column(
                box(
                    heading("Dev Sharma", level=3)
                    + text(
                        "<p><em>Electrician</em></p><p>Dev has been with the team since 2018 and looks after "
                        "all the lighting, fans and towel rails on our bathroom jobs.</p>"
                    )
                ),
                md=4,
            ),
        )
    ),
)

_add(
    "/faq/",
    "Frequently Asked Questions",
    "Answers to common questions about working with Marsh Brothers Plumbing &amp; Bathrooms.",
    banner("Frequently Asked Questions", "The things people ask us most.")
    + with_sidebar(
        accordion(
            [
                (
                    "Can I buy my own bathroom suite and have you fit it?",
                    "<p>Yes. Plenty of customers buy online or from a merchant and we're happy to fit it. "
                    "Please check everything when it's delivered and don't throw away any boxes until we've "
                    "confirmed all the parts are there. Our 10-year guarantee still covers our workmanship, "
                    "but any problem with the products themselves is between you and the retailer.</p>",
                ),
                (
                    "How far ahead are you booked up?",
                    "<p>For complete bathrooms we're usually booked six to eight weeks ahead, a little longer "
                    "in spring. Repairs and small jobs are normally done within two or three working days.</p>",
                ),
                (
                    "I live on a permit-parking street. Where will your van park?",
                    "<p>We need to park close to the house to unload and carry things in and out. If you live "
                    "in a permit zone, please get a visitor permit from Reading Borough Council for each day "
                    "we're with you. If there's no option but a pay-and-display bay, the parking cost is "
                    "added to the invoice at cost, with the receipts.</p>",
                ),
                (
                    "Do you work for landlords and tenants?",
                    "<p>Yes. We do repairs for lots of local landlords and letting agents. If you're a tenant, "
                    "we'll need your landlord's or agent's agreement before we start, and normally they pay "
                    "the bill.</p>",
                ),
                (
                    "Do you do commercial work?",
                    "<p>We do plumbing repairs and washroom refits for small offices, shops, cafés and "
                    "churches in Reading. We don't take on new-build housing developments.</p>",
                ),
                (
                    "I have dogs. Is that a problem?",
                    "<p>Not at all &ndash; we love dogs. We just ask that they're kept out of the way while "
                    "doors are open and tools are around.</p>",
                ),
                (
                    "Do you work in flats?",
                    "<p>Yes, including upper-floor flats with no lift. If you're a leaseholder, check your "
                    "lease before a bathroom refit: some freeholders need to give permission for any change "
                    "to the floor or the waste pipes.</p>",
                ),
            ]
        ),
    ),
)


QUESTIONS = [
    (
        "my electric shower only goes lukewarm now whatever I do with the dial. worth getting it fixed or is it "
        "time for a new one?",
        "/showers/",
    ),
    ("How much to swap my old Triton for a new electric shower in the same place?", "/showers/"),
    (
        "We'd love to rip out the bath and have the whole room as a walk in shower with no tray, but it's "
        "upstairs in a 1930s semi with wooden floorboards. Is that even possible?",
        "/wet-rooms/",
    ),
    (
        "My mum is 84 and can't get in and out of the bath any more. Is there any help from the council with "
        "paying for a shower instead?",
        "/accessible-bathrooms/",
    ),
    (
        "do you do those computer drawings so I can see what the new bathroom will look like before we commit",
        "/bathroom-design-installation/",
    ),
    (
        "There's five of us and only the one bathroom - will we be left without a loo at night while you're doing it?",
        "/your-refit/",
    ),
    (
        "We want the lights and extractor fan moved as part of the new bathroom. Do you do that and sort the "
        "certificate for building regs, or do I need to find my own sparky?",
        "/tiling-electrics-waste/",
    ),
    ("What happens to all the old tiles and the bath, do I need to hire a skip?", "/tiling-electrics-waste/"),
    (
        "Our toilet keeps running into the bowl after every flush and our water meter bill has shot up",
        "/toilets-taps-leaks/",
    ),
    (
        "the cold tap in the bathroom keeps dripping even when i turn it off really hard, what would that cost to sort",
        "/toilets-taps-leaks/",
    ),
    (
        "My 3 year old has flushed one of his little cars down the toilet and now nothing will go down. Help!",
        "/blocked-sinks-toilets/",
    ),
    ("Want a tap on the back wall of the house for the hosepipe, how much is that?", "/kitchen-plumbing-outside-taps/"),
    (
        "Water is pouring out from under the bath and it's 11 at night, will anyone come out now?",
        "/emergency-plumber/",
    ),
    (
        "Our only toilet is blocked on a Sunday - does that count as an emergency or do we have to wait till Monday?",
        "/emergency-plumber/",
    ),
    (
        "Ballpark figure for a whole new family bathroom? Normal size room, nothing fancy.",
        "/prices-quotes/",
    ),
    ("Do you charge to come round and quote for a bathroom", "/prices-quotes/"),
    ("How much deposit do you need up front to book a bathroom in?", "/payments/"),
    (
        "You did our shower room about 8 months ago and the grout and silicone round the tray has cracked. "
        "Is that something you'd come back and fix for free?",
        "/guarantee-aftercare/",
    ),
    ("Can I just turn up at the showroom on a Saturday or do I have to book?", "/showroom/"),
    ("Are you on Checkatrade? What are your reviews like?", "/"),
    ("Do you come out to Crowthorne for a leaking pipe, and is there an extra charge?", "/areas-we-cover/"),
    (
        "Is it actually the brothers who fit the bathroom or do you send subcontractors out?",
        "/about-us/",
    ),
    (
        "I've seen a bathroom suite I like online for a good price, can I order it myself and get you to fit it?",
        "/faq/",
    ),
    (
        "I live on a street with resident permits only near the town centre, where would your van go?",
        "/faq/",
    ),
    ("Are your lot properly qualified and insured? Got burnt by a cowboy plumber last time", "/"),
]

OUT_OF_SCOPE = [
    "Can you service my gas boiler and do the annual gas safety check?",
    "Do you fit underfloor heating in kitchens?",
    "Can you install a water softener? Our water is so hard.",
    "Do you give a discount to pensioners or NHS staff?",
    "My son is 17 and wants to be a plumber, do you take on apprentices?",
    "Could you put a hot tub in our back garden and wire it up?",
    "What time does Reading Festival open on the Friday this year?",
    "Can you recommend somewhere nice to eat near the Oracle?",
]
