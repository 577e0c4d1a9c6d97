"""An evaluation site: Quarry Street Dental & Implant Clinic, a private dental, implant and facial aesthetics practice
in Guildford, Surrey (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a WordPress site built
with the Enfold theme and its Avia Layout Builder: avia-section wrappers, flex_column grids, av-special-heading
titles, togglecontainer FAQ accordions, avia-data-table price tables, a mega-menu header and #footer/#socket.
"""

NAME = "Quarry Street Dental & Implant Clinic"

_SITE = "Quarry Street Dental &amp; Implant Clinic"
_PHONE = '<a href="tel:+441483302517">01483 302 517</a>'

# (path, label) in the order the main menu shows them; grouped below into the mega menu.
_MEGA = [
    (
        "General care",
        [
            ("/general-dentistry/", "General Dentistry"),
            ("/hygiene/", "Hygienist &amp; Gum Health"),
            ("/root-canal-treatment/", "Specialist Root Canal"),
            ("/crowns-onlays-bridges/", "Crowns, Onlays &amp; Bridges"),
        ],
    ),
    (
        "Implants",
        [
            ("/dental-implants/", "Dental Implants"),
            ("/bone-grafting/", "Bone Grafting &amp; Sinus Lifts"),
        ],
    ),
    (
        "Cosmetic &amp; Aesthetics",
        [
            ("/teeth-whitening/", "Teeth Whitening"),
            ("/invisalign/", "Invisalign&#174; Clear Aligners"),
            ("/facial-aesthetics/", "Facial Aesthetics"),
        ],
    ),
    (
        "Patient care",
        [
            ("/nervous-patients/", "Nervous Patients &amp; IV Sedation"),
            ("/emergency-dentist/", "Dental Emergencies"),
        ],
    ),
]


def _menu_item(href, label, item_id, extra=""):
    return (
        f'<li role="menuitem" id="menu-item-{item_id}" class="menu-item menu-item-type-post_type '
        f'menu-item-object-page {extra}"><a href="{href}" itemprop="url" tabindex="0">'
        f'<span class="avia-bullet"></span><span class="avia-menu-text">{label}</span>'
        '<span class="avia-menu-fx"><span class="avia-arrow-wrap"><span class="avia-arrow"></span></span>'
        "</span></a></li>\n"
    )


def _mega_menu():
    cols = []
    for n, (title, links) in enumerate(_MEGA):
        first = " avia_mega_menu_columns_first" if n == 0 else ""
        last = " avia_mega_menu_columns_last" if n == len(_MEGA) - 1 else ""
        items = "".join(
            f'<li id="menu-item-{300 + n * 10 + i}" class="menu-item menu-item-type-post_type '
            f'menu-item-object-page"><a href="{href}" itemprop="url" tabindex="0">'
            f'<span class="avia-bullet"></span><span class="avia-menu-text">{label}</span></a></li>\n'
            for i, (href, label) in enumerate(links)
        )
        cols.append(
            f'<li id="menu-item-{290 + n}" class="menu-item menu-item-type-custom menu-item-object-custom '
            f'menu-item-has-children avia_mega_menu_columns_4 three units{first}{last}">\n'
            f'<span class="mega_menu_title heading-color av-special-font">{title}</span>\n'
            f'<ul class="sub-menu">\n{items}</ul>\n</li>\n'
        )
    return (
        '<li role="menuitem" id="menu-item-288" class="menu-item menu-item-type-custom menu-item-object-custom '
        'menu-item-has-children menu-item-mega-parent menu-item-top-level menu-item-top-level-3">'
        '<a href="/general-dentistry/" itemprop="url" tabindex="0"><span class="avia-bullet"></span>'
        '<span class="avia-menu-text">Treatments</span><span class="avia-menu-fx"><span class="avia-arrow-wrap">'
        '<span class="avia-arrow"></span></span></span></a>\n'
        '<div class="avia_mega_div avia_mega4 twelve units">\n<ul class="sub-menu">\n'
        + "".join(cols)
        + "</ul>\n</div>\n</li>\n"
    )


def _dropdown(label, href, item_id, children):
    subs = "".join(
        f'<li id="menu-item-{item_id + i + 1}" class="menu-item menu-item-type-post_type menu-item-object-page">'
        f'<a href="{h}" itemprop="url" tabindex="0"><span class="avia-bullet"></span>'
        f'<span class="avia-menu-text">{lab}</span></a></li>\n'
        for i, (h, lab) in enumerate(children)
    )
    return (
        f'<li role="menuitem" id="menu-item-{item_id}" class="menu-item menu-item-type-post_type '
        f'menu-item-object-page menu-item-has-children menu-item-top-level">'
        f'<a href="{href}" itemprop="url" tabindex="0"><span class="avia-bullet"></span>'
        f'<span class="avia-menu-text">{label}</span><span class="avia-menu-fx"><span class="avia-arrow-wrap">'
        '<span class="avia-arrow"></span></span></span></a>\n'
        f'<ul class="sub-menu">\n{subs}</ul>\n</li>\n'
    )


def _header(page_id):
    nav = (
        _menu_item("/", "Home", 21, "menu-item-home menu-item-top-level menu-item-top-level-1")
        + _dropdown(
            "About Us",
            "/meet-the-team/",
            240,
            [("/meet-the-team/", "Meet the Team"), ("/faqs/", "Patient FAQs")],
        )
        + _mega_menu()
        + _dropdown(
            "Fees",
            "/fees-finance/",
            400,
            [("/fees-finance/", "Fees &amp; Finance"), ("/membership-plan/", "Membership Plan")],
        )
        + _menu_item("/referrals/", "Referrals", 410, "menu-item-top-level menu-item-top-level-5")
        + _menu_item("/contact-us/", "Contact", 420, "menu-item-top-level menu-item-top-level-6 av-menu-button")
    )
    return f"""<div id='wrap_all'>
<header id='header' class='all_colors header_color light_bg_color  av_header_top av_logo_left av_main_nav_header
 av_menu_right av_large av_header_sticky av_header_shrinking av_header_stretch_disabled av_mobile_menu_tablet
 av_header_searchicon av_header_unstick_top_disabled av_bottom_nav_disabled  av_header_border_disabled'
 role="banner" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
<a id="advanced_menu_toggle" href="#" aria-hidden='true' data-av_icon='&#xe811;' data-av_iconfont='entypo-fontello'></a>
<div id='header_meta' class='container_wrap container_wrap_meta  av_icon_active_left av_extra_header_active
 av_secondary_right av_phone_active_left av_entry_id_{page_id}'>
<div class='container'>
<ul class='noLightbox social_bookmarks icon_count_3'>
<li class='social_bookmarks_facebook av-social-link-facebook social_icon_1'><a target="_blank"
 aria-label="Link to Facebook" href='https://www.facebook.com/quarrystreetdental' aria-hidden='false'
 data-av_icon='&#xe725;' data-av_iconfont='entypo-fontello' title='Facebook' rel="noopener">
<span class='avia_hidden_link_text'>Facebook</span></a></li>
<li class='social_bookmarks_instagram av-social-link-instagram social_icon_2'><a target="_blank"
 aria-label="Link to Instagram" href='https://www.instagram.com/quarrystreetdental/' aria-hidden='false'
 data-av_icon='&#xe909;' data-av_iconfont='entypo-fontello' title='Instagram' rel="noopener">
<span class='avia_hidden_link_text'>Instagram</span></a></li>
<li class='social_bookmarks_linkedin av-social-link-linkedin social_icon_3'><a target="_blank"
 aria-label="Link to LinkedIn" href='https://www.linkedin.com/company/quarry-street-dental' aria-hidden='false'
 data-av_icon='&#xe8fc;' data-av_iconfont='entypo-fontello' title='LinkedIn' rel="noopener">
<span class='avia_hidden_link_text'>LinkedIn</span></a></li>
</ul>
<nav class='sub_menu' role="navigation" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement">
<ul role="menu" class="menu" id="avia2-menu">
<li role="menuitem" id="menu-item-611" class="menu-item menu-item-type-post_type menu-item-object-page">
<a href="/referrals/">Dentists: refer a patient</a></li>
<li role="menuitem" id="menu-item-612" class="menu-item menu-item-type-post_type menu-item-object-page">
<a href="/membership-plan/">Join our membership plan</a></li>
</ul>
</nav>
<div class='phone-info with_nav'><div>Call us on {_PHONE} &nbsp;|&nbsp; New patients welcome</div></div>
</div>
</div>
<div id='header_main' class='container_wrap container_wrap_logo'>
<div class='container av-logo-container'><div class='inner-container'>
<span class='logo avia-standard-logo'><a href='/' class=''>
<img src="/wp-content/uploads/2021/03/quarry-street-dental-logo-340x156.png"
 srcset="/wp-content/uploads/2021/03/quarry-street-dental-logo-340x156.png 340w,
 /wp-content/uploads/2021/03/quarry-street-dental-logo-300x138.png 300w" sizes="(max-width: 340px) 100vw, 340px"
 height="100" width="300" alt='{_SITE}' title='Quarry Street Dental' /></a></span>
<nav class='main_menu' data-selectname='Select a page' role="navigation" itemscope="itemscope"
 itemtype="https://schema.org/SiteNavigationElement">
<div class="avia-menu av-main-nav-wrap">
<ul role="menu" class="menu av-main-nav" id="avia-menu">
{nav}<li id="menu-item-search" class="noMobile menu-item menu-item-search-dropdown menu-item-avia-special"
 role="menuitem"><a aria-label="Search" href="#" rel="nofollow" data-avia-search-tooltip="
 &lt;form role=&quot;search&quot; action=&quot;#&quot; id=&quot;searchform&quot; method=&quot;get&quot;&gt;"
 aria-hidden='false' data-av_icon='&#xe803;' data-av_iconfont='entypo-fontello'>
<span class="avia_hidden_link_text">Search</span></a></li>
<li class="av-burger-menu-main menu-item-avia-special av-small-burger-icon">
<a href="#" aria-label="Menu" aria-hidden="false"><span class="av-hamburger av-hamburger--spin av-js-hamburger">
<span class="av-hamburger-box"><span class="av-hamburger-inner"></span><strong>Menu</strong></span></span>
<span class="avia_hidden_link_text">Menu</span></a></li>
</ul>
</div>
</nav>
<div class="avia-button-wrap header-book-button avia-button-right">
<a href="/contact-us/" class="avia-button avia-color-theme-color avia-icon_select-no avia-size-medium">
<span class="avia_iconbox_title">Book now</span></a></div>
</div></div>
</div>
<div class='header_bg'></div>
</header>
<div id='main' class='all_colors' data-scroll-offset='116'>
"""


def _title_bar(path, title):
    return f"""<div class='stretch_full container_wrap alternate_color light_bg_color title_container'>
<div class='container'>
<h1 class='main-title entry-title '><a href='{path}' rel='bookmark' title='Permanent Link: {title}'
 itemprop="headline">{title}</a></h1>
<div class="breadcrumb breadcrumbs avia-breadcrumbs"><div class="breadcrumb-trail">
<span class="trail-before"><span class="breadcrumb-title">You are here:</span></span>
<span><a href="/" title="{_SITE}" rel="home" class="trail-begin">Home</a></span>
<span class="sep">/</span> <span class="trail-end">{title}</span></div></div>
</div>
</div>
"""


_FOOTER = f"""<div class='container_wrap footer_color' id='footer'>
<div class='container'>
<div class='flex_column av_one_fourth  first el_before_av_one_fourth'>
<section id="text-2" class="widget clearfix widget_text"><h3 class="widgettitle">Visit us</h3>
<div class="textwidget"><p>{_SITE}<br />41 Quarry Street<br />Guildford<br />Surrey GU1 3UA</p>
<p>Tel: {_PHONE}<br />Email: <a href="mailto:hello@quarrystreetdental.co.uk">hello@quarrystreetdental.co.uk</a></p>
</div><span class="seperator extralight-border"></span></section>
</div>
<div class='flex_column av_one_fourth  el_after_av_one_fourth el_before_av_one_fourth'>
<section id="text-3" class="widget clearfix widget_text"><h3 class="widgettitle">Opening hours</h3>
<div class="textwidget"><p>Monday to Friday from 8am<br />Late evenings Tuesday &amp; Thursday<br />
Selected Saturday mornings</p><p><a href="/contact-us/">Full opening hours &raquo;</a></p></div>
<span class="seperator extralight-border"></span></section>
</div>
<div class='flex_column av_one_fourth  el_after_av_one_fourth el_before_av_one_fourth'>
<section id="nav_menu-2" class="widget clearfix widget_nav_menu"><h3 class="widgettitle">Popular treatments</h3>
<div class="menu-footer-treatments-container"><ul id="menu-footer-treatments" class="menu">
<li class="menu-item"><a href="/dental-implants/">Dental implants</a></li>
<li class="menu-item"><a href="/invisalign/">Invisalign</a></li>
<li class="menu-item"><a href="/teeth-whitening/">Teeth whitening</a></li>
<li class="menu-item"><a href="/facial-aesthetics/">Facial aesthetics</a></li>
<li class="menu-item"><a href="/emergency-dentist/">Dental emergencies</a></li>
</ul></div><span class="seperator extralight-border"></span></section>
</div>
<div class='flex_column av_one_fourth  el_after_av_one_fourth'>
<section id="text-4" class="widget clearfix widget_text"><h3 class="widgettitle">Regulated &amp; registered</h3>
<div class="textwidget"><p>All our clinicians are registered with the General Dental Council. The practice is
registered with the Care Quality Commission.</p>
<p><img src="/wp-content/uploads/2022/01/cqc-logo-white.png" width="120" height="40" alt="CQC" />
<img src="/wp-content/uploads/2022/01/invisalign-provider-white.png" width="120" height="40"
 alt="Invisalign provider" /></p></div>
<span class="seperator extralight-border"></span></section>
</div>
</div>
</div>
<footer class='container_wrap socket_color' id='socket' role="contentinfo" itemscope="itemscope"
 itemtype="https://schema.org/WPFooter">
<div class='container'>
<span class='copyright'>&copy; Copyright 2024 Quarry Street Dental Ltd, registered in England no. 05873412.
Registered office: 41 Quarry Street, Guildford GU1 3UA.</span>
<ul class='noLightbox social_bookmarks icon_count_2'>
<li class='social_bookmarks_facebook av-social-link-facebook social_icon_1'><a target="_blank"
 href='https://www.facebook.com/quarrystreetdental' title='Facebook' rel="noopener">
<span class='avia_hidden_link_text'>Facebook</span></a></li>
<li class='social_bookmarks_instagram av-social-link-instagram social_icon_2'><a target="_blank"
 href='https://www.instagram.com/quarrystreetdental/' title='Instagram' rel="noopener">
<span class='avia_hidden_link_text'>Instagram</span></a></li>
</ul>
<nav class='sub_menu_socket' role="navigation"><div class="avia3-menu"><ul role="menu" class="menu" id="avia3-menu">
<li role="menuitem" class="menu-item"><a href="/faqs/">FAQs</a></li>
<li role="menuitem" class="menu-item"><a href="/fees-finance/">Fees</a></li>
<li role="menuitem" class="menu-item"><a href="/contact-us/">Contact</a></li>
</ul></div></nav>
</div>
</footer>
</div><!-- close default .container_wrap element -->
</div><!-- #wrap_all -->
<a href='#top' title='Scroll to top' id='scroll-top-link' aria-hidden='true' data-av_icon='&#xe876;'
 data-av_iconfont='entypo-fontello'><span class="avia_hidden_link_text">Scroll to top</span></a>
<div id="fb-root"></div>
<div class="avia-cookie-consent-wrap" aria-hidden="true">
<div class='avia-cookie-consent cookiebar-hidden  avia-cookiemessage-bottom' aria-hidden='true'>
<div class="container">
<p class='avia_cookie_text'>We use cookies to make this website work and to understand how it is used. By
continuing to browse you agree to our use of cookies.</p>
<a href='#' class='avia-button avia-color-theme-color-highlight avia-cookie-consent-button
 avia-cookie-consent-button-1 avia-cookie-close-bar'>Accept</a>
<a href='#' class='avia-button avia-color-theme-color-highlight avia-cookie-consent-button
 avia-cookie-consent-button-2 av-extra-cookie-btn avia-cookie-info-btn'>Learn more</a>
</div>
</div>
</div>
<script type='text/javascript' src='/wp-content/uploads/dynamic_avia/avia-footer-scripts-3c4e0b1d.js'
 id='avia-footer-scripts-js'></script>
</body>
</html>
"""

_ANALYTICS = """<script async src="/wp-content/plugins/site-stats/stats.js"></script>
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date());
gtag('config', 'G-QSD4829XK1', { 'anonymize_ip': true });
</script>"""


def _page(path, page_id, title, description, body, home=False):
    head = f"""<!DOCTYPE html>
<html lang="en-GB" class="html_stretched responsive av-preloader-disabled html_header_top html_logo_left
 html_main_nav_header html_menu_right html_large html_header_sticky html_header_shrinking html_header_topbar_active
 html_mobile_menu_tablet html_header_searchicon html_content_align_center html_entry_id_{page_id}
 av-cookies-consent-show-message-bar av-no-preview av-default-lightbox html_text_menu_active">
<head>
<meta charset="UTF-8" />
<meta name="robots" content="index, follow, max-image-preview:large" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{title} | Quarry Street Dental &amp; Implant Clinic, Guildford</title>
<meta name="description" content="{description}" />
<link rel="canonical" href="https://www.quarrystreetdental.co.uk{path}" />
<meta property="og:locale" content="en_GB" />
<meta property="og:type" content="website" />
<meta property="og:title" content="{title} | Quarry Street Dental" />
<meta property="og:description" content="{description}" />
<meta property="og:site_name" content="Quarry Street Dental &amp; Implant Clinic" />
<meta name="generator" content="WordPress 6.4.3" />
<link rel='stylesheet' id='avia-merged-styles-css'
 href='/wp-content/uploads/dynamic_avia/avia-merged-styles-9f3d2c71be0a.css' type='text/css' media='all' />
<link rel='stylesheet' id='enfold-child-css' href='/wp-content/themes/enfold-child/style.css?ver=5.6.10'
 type='text/css' media='all' />
<link rel='stylesheet' id='avia-single-post-{page_id}-css'
 href='/wp-content/uploads/dynamic_avia/avia_posts_css/post-{page_id}.css?ver=ver-1709031245'
 type='text/css' media='all' />
<link rel="icon" href="/wp-content/uploads/2021/03/qsd-favicon-32x32.png" sizes="32x32" />
<style type="text/css">
.header_color .avia-menu-text {{ font-weight: 600; }}
#top .av-menu-button > a .avia-menu-text {{ border-radius: 3px; }}
</style>
{_ANALYTICS}
</head>
<body id="top" class="page-template-default page page-id-{page_id} stretched rtl_columns av-curtain-numeric
 montserrat open_sans avia-responsive-images-support" itemscope="itemscope" itemtype="https://schema.org/WebPage">
"""
    title_bar = "" if home else _title_bar(path, title)
    return head + _header(page_id) + title_bar + body + _FOOTER


# ---- Avia Layout Builder element helpers ---------------------------------------------------------------


def _section(inner, n, color="main_color", first=False):
    tag = '<main role="main" itemprop="mainContentOfPage"' if first else "<div"
    close = "</main>" if first else "</div>"
    return f"""<div id='av_section_{n}' class='avia-section {color} avia-section-default avia-no-border-styling
 avia-builder-el-{n * 7} avia-bg-style-scroll container_wrap fullsize'>
<div class='container av-section-cont-open'>
{tag} class='template-page content  av-content-full alpha units'>
<div class='post-entry post-entry-type-page post-entry-{n}'>
<div class='entry-content-wrapper clearfix'>
{inner}
</div></div>
{close}<!-- close content main element -->
</div></div>
"""


def _col(width, inner, first=False):
    f = " first" if first else ""
    return (
        f"<div class='flex_column {width} flex_column_div av-zero-column-padding{f} avia-builder-el-col'"
        f" style='border-radius:0px;'>\n{inner}\n</div>\n"
    )


def _heading(text, tag="h2", sub=""):
    subhtml = f"<div class='av-subheading av-subheading_below'><p>{sub}</p></div>\n" if sub else ""
    return f"""<div class='av-special-heading av-special-heading-{tag} blockquote modern-quote modern-left
 avia-builder-el-heading'>
<{tag} class='av-special-heading-tag' itemprop="headline">{text}</{tag}>
{subhtml}<div class="special-heading-border"><div class="special-heading-inner-border"></div></div>
</div>
"""


def _text(html):
    return f"""<section class="av_textblock_section" itemscope="itemscope" itemtype="https://schema.org/CreativeWork">
<div class='avia_textblock' itemprop="text">
{html}
</div>
</section>
"""


def _button(label, href, align="left"):
    return f"""<div class='avia-button-wrap avia-button-{align}'>
<a href='{href}' class='avia-button avia-color-theme-color avia-icon_select-no avia-size-large
 avia-position-{align}'><span class='avia_iconbox_title'>{label}</span></a></div>
"""


def _toggles(items, group):
    out = [f"<div class='togglecontainer av-toggle-{group} av-elegant-toggle toggle_close_all avia-builder-el-toggle'>"]
    for i, (q, a) in enumerate(items, start=1):
        tid = f"toggle-id-{group}-{i}"
        out.append(
            f"""<section class='av_toggle_section' itemscope="itemscope" itemtype="https://schema.org/Question">
<div role="tablist" class="single_toggle" data-tags="{{All}} ">
<p data-fake-id="#{tid}" class="toggler toggle_close" itemprop="name" role="tab" tabindex="0"
 aria-controls="{tid}">{q}<span class="toggle_icon"><span class="vert_icon"></span><span class="hor_icon"></span>
</span></p>
<div id="{tid}" class="toggle_wrap" itemscope="itemscope" itemprop="acceptedAnswer"
 itemtype="https://schema.org/Answer">
<div class="toggle_content invers-color" itemprop="text">{a}</div>
</div>
</div>
</section>"""
        )
    out.append("</div>")
    return "\n".join(out) + "\n"


def _table(rows, n=1):
    head, *body = rows
    out = [
        "<div class='avia-data-table-wrap avia_responsive_table'>",
        f"<table class='avia-table avia-data-table avia-table-{n} avia_pricing_minimal' itemscope=\"itemscope\""
        ' itemtype="https://schema.org/Table">',
        "<tbody>",
        "<tr class='avia-heading-row'>" + "".join(f"<th>{c}</th>" for c in head) + "</tr>",
    ]
    for r in body:
        if len(r) == 1:
            out.append(f"<tr class='avia-pricing-row'><td colspan='{len(head)}'><strong>{r[0]}</strong></td></tr>")
        else:
            out.append("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
    out += ["</tbody>", "</table>", "</div>"]
    return "\n".join(out) + "\n"


def _testimonials(reviews):
    cells = []
    for i, (quote, who) in enumerate(reviews, start=1):
        cells.append(
            f"""<div class='avia-testimonial av_one_half flex_column no_margin avia-testimonial-row-1
 avia-testimonial-{i}' itemprop="review" itemscope="itemscope" itemtype="https://schema.org/Review">
<div class='avia-testimonial_inner'>
<div class='avia-testimonial-content'><p>{quote}</p></div>
<div class='avia-testimonial-meta'><div class='avia-testimonial-arrow-wrap'><div class='avia-testimonial-arrow'>
</div></div><div class='avia-testimonial-meta-mini'><strong class='avia-testimonial-name'
 itemprop="author">{who}</strong><span class='avia-testimonial-subtitle'>Google review</span></div></div>
</div>
</div>"""
        )
    return (
        "<div class='avia-testimonial-wrapper avia-grid-testimonials avia-grid-2-testimonials "
        "avia_animate_when_almost_visible'>\n<section class='avia-testimonial-row'>\n"
        + "\n".join(cells)
        + "\n</section>\n</div>\n"
    )


def _sidebar_cta(title, text, label="Book a consultation", href="/contact-us/"):
    return _col(
        "av_one_third",
        f"""<div class='avia-icon-list-container'><div class='avia-promocode avia_textblock av-cta-box'>
<h3 class='widgettitle'>{title}</h3>
<p>{text}</p>
</div></div>
<div class='hr hr-invisible'><span class='hr-inner'><span class='hr-inner-style'></span></span></div>
{_button(label, href)}""",
    )


# ---- Pages ----------------------------------------------------------------------------------------------

_HOME = (
    """<div id='full_slider_1' class='avia-fullwidth-slider main_color avia-shadow slider-not-first
 container_wrap fullsize'>
<div class='avia-slideshow avia-slideshow-1 av-default-height-applied avia-slideshow-featured avia-fade-slider'>
<ul class='avia-slideshow-inner'>
<li class='avia-slideshow-slide slide-1 av-single-slide slide-id-1'>
<div class='avia-slide-wrap'><img src="/wp-content/uploads/2023/05/quarry-street-surgery-1500x630.jpg"
 width="1500" height="630" alt="Treatment room at Quarry Street Dental" />
<div class='avia-caption av-slideshow-caption caption_center'><div class='container caption_container'>
<div class='slideshow_caption'><div class='slideshow_inner_caption'><div class='slideshow_align_caption'>
<h2 class='avia-caption-title'>Thoughtful private dentistry in the heart of Guildford</h2>
<div class='avia-caption-content'><p>General, implant and cosmetic care under one Georgian roof.</p></div>
<a href='/contact-us/' class='avia-slideshow-button avia-button avia-color-light'>Book your visit</a>
</div></div></div></div></div></div></li>
</ul></div></div>
"""
    + _section(
        _col(
            "av_two_third",
            _heading("Welcome to Quarry Street Dental", "h1", "Independent. Private. Unhurried.")
            + _text(
                """<p>Quarry Street Dental &amp; Implant Clinic has looked after families in Guildford since 2006,
when Dr Rupert Hale took over the old practice at number 41 and turned a tired NHS surgery into the
independent clinic you see today. We are still owner-run, and we still believe a check-up should never feel
rushed.</p>
<p>Under one roof you&#8217;ll find everyday family dentistry, a specialist endodontist for root canal work,
implant dentistry with our own 3D CBCT scanner, clear aligner orthodontics and facial aesthetics. Because
almost everything is done in-house, you won&#8217;t be passed around between practices, and the people who
plan your treatment are the people who carry it out.</p>
<p>Most of our patients join our monthly membership plan, which spreads the cost of routine care, but you are
just as welcome to pay as you go. Whatever brings you to us &#8211; a chipped tooth, a gap you&#8217;ve
hidden for years, or simply looking for a new dentist after moving to Surrey &#8211; we&#8217;d love to meet
you.</p>"""
            )
            + _button("Meet the team", "/meet-the-team/"),
            first=True,
        )
        + _sidebar_cta(
            "New to the practice?",
            "Start with a full new patient examination with one of our dentists. Call us or send an enquiry "
            "and our reception team will find a time that suits you.",
        ),
        1,
        first=True,
    )
    + _section(
        _heading("What we do", "h2")
        + _col(
            "av_one_third",
            _text(
                """<h3>Family &amp; general care</h3><p>Examinations, hygiene, white fillings and
sports mouthguards. <a href="/general-dentistry/">General dentistry</a></p>"""
            ),
            first=True,
        )
        + _col(
            "av_one_third",
            _text(
                """<h3>Implants &amp; restorations</h3><p>Replacing one tooth or a whole arch, plus crowns
and bridges. <a href="/dental-implants/">Dental implants</a></p>"""
            ),
        )
        + _col(
            "av_one_third",
            _text(
                """<h3>Smile &amp; face</h3><p>Whitening, Invisalign and facial aesthetics carried out by a
dentist. <a href="/facial-aesthetics/">Facial aesthetics</a></p>"""
            ),
        ),
        2,
        color="alternate_color",
    )
    + _section(
        _heading("What our patients say", "h2")
        + _testimonials(
            [
                (
                    "I hadn't been to a dentist for nine years and was dreading it. Nobody judged me, "
                    "everything was explained and I actually left smiling. Can't recommend them enough.",
                    "Sarah W., Merrow",
                ),
                (
                    "Lovely calm practice, always on time, and the reception team are brilliant at sorting "
                    "appointments around my shifts.",
                    "James P., Guildford",
                ),
            ]
        )
        + _button("Book your visit", "/contact-us/", "center"),
        3,
    )
)

_TEAM = _section(
    _heading("Meet the team", "h2", "The people you'll see at Quarry Street")
    + _text(
        """<p>We are a small team and most of us have worked together for many years. Every clinician is
registered with the General Dental Council, and we all keep up with far more training than the minimum
requires.</p>"""
    )
    + _col(
        "av_one_half",
        _text(
            """<h3>Dr Rupert Hale BDS (Lond) MSc Implant Dentistry</h3>
<p><strong>Principal dentist &amp; implant dentist &#8211; GDC 71842</strong></p>
<p>Rupert qualified from King&#8217;s College London in 1999 and has owned the practice since 2006. He
places and restores all of our implants, carries out bone grafting and sinus lifts, and holds a
postgraduate diploma in conscious sedation, so he also provides our IV sedation sessions. Outside work he
coaches under-12s cricket in Shalford.</p>
<h3>Dr Tomasz Kowalski DDS MClinDent MRD RCS(Ed)</h3>
<p><strong>Specialist in Endodontics &#8211; GDC 183920</strong></p>
<p>Tomasz is on the GDC&#8217;s Specialist List in Endodontics and limits his work entirely to root canal
treatment and re-treatment. He trained in Kraków and at King&#8217;s, and is happy to treat patients in
Polish as well as English. Tomasz is with us on Tuesdays and Thursdays.</p>
<h3>Dr Priya Sandhu BDS</h3>
<p><strong>Dentist &amp; facial aesthetics lead &#8211; GDC 204117</strong></p>
<p>Priya sees general patients on Mondays, Wednesdays and Fridays and runs our facial aesthetics clinic.
She holds a Level 7 postgraduate certificate in injectables.</p>""",
        ),
        first=True,
    )
    + _col(
        "av_one_half",
        _text(
            """<h3>Dr Hannah Moore BDS MJDF RCS(Eng)</h3>
<p><strong>Dentist &amp; Invisalign provider &#8211; GDC 198554</strong></p>
<p>Hannah looks after many of our younger patients and anyone who needs a gentle, patient approach. She has
treated several hundred Invisalign cases.</p>
<h3>Emma Clarke Dip DH</h3>
<p><strong>Dental hygienist &#8211; GDC 5129</strong></p>
<p>Emma has been our hygienist since 2010 and is certified in Guided Biofilm Therapy. She works Monday,
Wednesday and Friday.</p>
<h3>Sophie Turner BSc (Hons) Dental Hygiene &amp; Therapy</h3>
<p><strong>Hygienist &amp; therapist &#8211; GDC 262031</strong></p>
<p>Sophie covers Tuesday and Thursday evenings and our Saturday morning sessions.</p>
<h3>Claire Dunn</h3>
<p><strong>Practice manager</strong></p>
<p>Claire runs the front of house with Jade, Kasia and Megan, our dental nurses and receptionists. If you have
a question about an account, your membership or a complaint, Claire is the person to ask.</p>"""
        ),
    ),
    1,
    first=True,
) + _section(
    _button("Book an appointment", "/contact-us/", "center"),
    2,
    color="alternate_color",
)

_GENERAL = _section(
    _col(
        "av_two_third",
        _heading("General dentistry", "h2", "Check-ups, fillings and everyday care")
        + _text(
            """<h3>Dental examinations</h3>
<p>Your first visit is a full new patient examination of around 45 minutes. We take a medical history,
check every tooth and filling, measure your gums, screen for mouth cancer, take any X-rays we need and
photograph or 3D-scan your teeth so we have an accurate record to compare against in future. We then talk
you through what we found and give you a written treatment plan with costs before anything is done.</p>
<p>After that, most adults need a routine examination every six to twelve months, depending on how healthy
your teeth and gums are.</p>
<h3>White (tooth-coloured) fillings</h3>
<p>We have not placed amalgam (silver, mercury-containing) fillings since 2012. All our fillings are
tooth-coloured composite, bonded to the tooth so that less healthy tooth needs to be drilled away. Larger
cavities on back teeth are often better restored with a ceramic onlay, which we will discuss with you.</p>
<p>If you have old silver fillings that are sound, there is usually no health reason to replace them, but we
are happy to swap them for white fillings for cosmetic reasons, using a rubber dam and high-volume suction to
keep you protected.</p>
<h3>Mouthguards</h3>
<p>Shop-bought &#8220;boil and bite&#8221; gum shields are better than nothing, but a custom-made sports
mouthguard fits snugly, stays in place during contact and lets you breathe and talk. We take a quick scan or
impression and the guard is made by our laboratory in 7&#8211;10 days, in your choice of colours, including
most club colours. We make custom guards for rugby, hockey, boxing, martial arts and any other contact sport,
for adults and children. Bring it to your check-ups so we can make sure it still fits growing mouths.</p>
<p>We also make hard acrylic night guards for people who grind or clench their teeth while asleep.</p>
<p>Looking for care for your children? Children are seen as part of our
<a href="/membership-plan/">family membership</a>.</p>"""
        ),
        first=True,
    )
    + _sidebar_cta(
        "Time for a check-up?",
        "Whether you're due a routine examination or have not seen a dentist for years, we'll make you feel at home.",
        "Book an examination",
    ),
    1,
    first=True,
)

_HYGIENE = _section(
    _col(
        "av_two_third",
        _heading("Hygienist &amp; gum health", "h2")
        + _text(
            """<p>Gum disease is the most common reason adults lose teeth, and in its early stages it is
almost always painless. Bleeding when you brush, bad breath, receding gums or teeth that feel loose are all
signs that it is time to see a hygienist.</p>
<h3>Guided Biofilm Therapy</h3>
<p>Our hygienists use Guided Biofilm Therapy (GBT), a gentler way of cleaning teeth. We first paint on a
disclosing solution so you can see exactly where plaque is hiding, then remove it with a warm, fine
AIRFLOW&#174; spray of water and powder. Only hardened tartar is then removed with a slim ultrasonic
instrument. Most patients find it far more comfortable than traditional scraping and polishing, and it is
suitable for people with sensitive teeth, implants, crowns and Invisalign attachments.</p>
<h3>Treating gum disease</h3>
<p>If your gums have deeper pockets, we will recommend a course of periodontal treatment, usually one
quarter of the mouth per visit under local anaesthetic, followed by a re-assessment after three months. We
will show you exactly which brushes and interdental cleaners to use at home, because what you do every day
matters more than anything we do twice a year.</p>
<h3>Seeing the hygienist without a dentist referral</h3>
<p>You do not need to be registered with one of our dentists to book with our hygienists. Under the
GDC&#8217;s direct access rules, anyone can book a hygiene appointment directly, even if you see a dentist
elsewhere. We will ask for your medical history and, if you have not had a dental examination in the last
12 months, we will recommend you see a dentist, here or at your own practice.</p>"""
        ),
        first=True,
    )
    + _sidebar_cta(
        "Book a hygiene visit",
        "Appointments are available most days, including late evenings and some Saturday mornings.",
        "Book with a hygienist",
    ),
    1,
    first=True,
)

_ROOT_CANAL = _section(
    _col(
        "av_two_third",
        _heading("Specialist root canal treatment", "h2", "Saving teeth with a specialist endodontist")
        + _text(
            """<p>When the nerve inside a tooth becomes inflamed or infected &#8211; because of deep decay, a
crack, or an old injury &#8211; you may feel a lingering ache with hot or cold, pain when biting, or notice a
gumboil. Root canal treatment removes the damaged pulp, cleans and disinfects the canals, and seals them so
you can keep your own tooth.</p>
<p>All root canal treatment at Quarry Street is carried out by Dr Tomasz Kowalski, a specialist
endodontist. He works under an operating microscope, uses a rubber dam to keep the tooth clean and dry, and
takes digital X-rays and, where needed, a 3D scan to find every canal. Re-treatment of previously
root-filled teeth is a large part of his work.</p>
<h3>What to expect</h3>
<p>Most teeth are treated in one or two appointments of 60 to 90 minutes. The tooth is numbed thoroughly
first, and for most people the treatment feels no different from having a filling. Success rates for
specialist treatment are around 90%. Back teeth usually need an onlay or crown afterwards to stop them
cracking, which your own dentist or one of ours can provide.</p>
<h3>Aftercare</h3>
<p>It is normal for the tooth to feel tender, particularly when you bite, for a few days and occasionally
up to a week after treatment. Ibuprofen and paracetamol taken as directed on the packet usually control
this well. Try to chew on the other side until the tooth has its permanent restoration. If the pain is
getting worse rather than better after three days, if you notice swelling, or if the temporary filling comes
out, please call us.</p>"""
        ),
        first=True,
    )
    + _sidebar_cta(
        "Worried about a tooth?",
        "Lingering pain after a hot drink is often the first sign a nerve is struggling. Earlier treatment is "
        "simpler treatment.",
        "Book a specialist consultation",
    ),
    1,
    first=True,
)

_CROWNS = _section(
    _col(
        "av_two_third",
        _heading("Crowns, onlays &amp; bridges", "h2")
        + _text(
            """<h3>Crowns</h3>
<p>A crown covers the whole of a tooth that has been weakened by a large filling, a fracture or root canal
treatment. We use all-ceramic materials &#8211; lithium disilicate for front teeth, where appearance matters
most, and zirconia for back teeth, where strength does.</p>
<h3>Onlays &#8211; the conservative alternative</h3>
<p>An onlay is a ceramic restoration that replaces and protects only the biting surface and the cusps of a
tooth, rather than covering all of it. Because far less healthy tooth is trimmed away than for a crown, we
prefer an onlay whenever the sides of the tooth are still strong. It is bonded in place and is usually
stronger and longer-lasting than a large white filling.</p>
<h3>Bridges</h3>
<p>If you have a gap and would rather not have an implant, a bridge can fill it with a natural-looking false
tooth supported by the teeth next to it.</p>
<ul>
<li><strong>Conventional bridge</strong> &#8211; the neighbouring teeth are prepared for crowns which hold
the false tooth between them. Best where those teeth already have large fillings.</li>
<li><strong>Adhesive (Maryland) bridge</strong> &#8211; the false tooth has a thin wing bonded to the back
of one neighbouring tooth, with little or no drilling. This is often ideal for a single missing front
tooth.</li>
</ul>
<h3>How long does it take?</h3>
<p>Crowns, onlays and bridges need two visits about two weeks apart. At the first we prepare the tooth,
take a digital scan and fit a temporary; at the second we bond the final restoration. Everything is made by
a family-run laboratory in Woking that we have worked with for 15 years. Looked after well, most
restorations last 10 to 15 years or longer.</p>"""
        ),
        first=True,
    )
    + _sidebar_cta(
        "Not sure what you need?",
        "At your examination we'll explain the options for your tooth, with the pros and cons of each.",
    ),
    1,
    first=True,
)

_IMPLANTS = _section(
    _col(
        "av_two_third",
        _heading("Dental implants", "h2", "Fixed, natural-feeling replacements for missing teeth")
        + _text(
            """<p>A dental implant is a small titanium post placed in the jaw, where it fuses with the bone
and acts like a new root. We use Straumann&#174; implants, one of the most researched systems in the world.
Dr Rupert Hale plans, places and restores every implant, so you see the same dentist from start to
finish.</p>
<h3>Single tooth implants</h3>
<p>One implant and a ceramic crown replace one missing tooth, without touching the teeth either side.</p>
<h3>Multiple teeth</h3>
<p>Where several teeth are missing in a row, two implants can usually carry a bridge of three or four teeth,
so you do not need one implant for every tooth.</p>
<h3>Implant dentures</h3>
<p>If you have lost all your teeth in a jaw, particularly the lower jaw, a conventional denture often
moves when you eat and speak. Two to four implants with small &#8220;locator&#8221; attachments let a
denture click firmly into place, yet you can still take it out to clean it. Alternatively, four to six
implants can support a fixed full-arch bridge that only we remove.</p>
<h3>The implant journey and timescales</h3>
<ol>
<li><strong>Consultation and 3D scan</strong> &#8211; we check your bone with our in-house CBCT scanner and
give you a written plan.</li>
<li><strong>Implant placement</strong> &#8211; usually under local anaesthetic, about an hour for a single
implant. IV sedation is available.</li>
<li><strong>Healing</strong> &#8211; the implant needs around three months to fuse in the lower jaw and four
to six months in the upper jaw. A temporary tooth or denture can be worn meanwhile.</li>
<li><strong>Your new teeth</strong> &#8211; we scan the implant and fit the final crown, bridge or denture
about two weeks later.</li>
</ol>
<p>From start to finish, most treatment takes four to seven months, longer if bone grafting is needed
first. We guarantee our implants for five years provided you attend your check-ups and hygiene visits with
us. Smoking greatly increases the risk of implants failing, and we will talk honestly with you about this.</p>"""
        ),
        first=True,
    )
    + _sidebar_cta(
        "Implant consultation",
        "See Dr Hale for an unhurried consultation, including a 3D scan, and leave with a written plan.",
        "Book an implant consultation",
    ),
    1,
    first=True,
) + _section(
    _testimonials(
        [
            (
                "Rupert replaced two teeth I lost in a cycling accident. You genuinely can't tell which ones "
                "are the implants.",
                "Mark D., Godalming",
            ),
            (
                "My lower denture used to embarrass me at every meal. Now I eat steak again. Life-changing.",
                "Margaret H., Burpham",
            ),
        ]
    ),
    2,
    color="alternate_color",
)

_BONE = _section(
    _col(
        "av_two_third",
        _heading("Bone grafting &amp; sinus lifts", "h2")
        + _text(
            """<p>After a tooth is lost, the bone that held it slowly shrinks. If there is not enough bone
left to hold an implant securely, we can rebuild it. At your implant consultation the 3D scan shows exactly
how much bone you have, and whether grafting is needed.</p>
<h3>Types of bone grafting</h3>
<ul>
<li><strong>Socket preservation</strong> &#8211; graft material is placed into the socket when a tooth is
taken out, to limit shrinkage before an implant.</li>
<li><strong>Guided bone regeneration</strong> &#8211; smaller defects are rebuilt at the same time as the
implant is placed, under a protective membrane.</li>
<li><strong>Sinus lift</strong> &#8211; in the upper back jaw, the floor of the sinus is gently raised and
bone added beneath it to make room for an implant.</li>
</ul>
<h3>What is the graft made from?</h3>
<p>Our standard graft material is Geistlich Bio-Oss&#174;, a highly purified bone mineral of bovine (cow)
origin, usually covered with a collagen membrane of porcine (pig) origin. Both have decades of safety data.
We understand that some patients prefer not to receive animal-derived products for ethical, dietary or
religious reasons. In that case we use a fully synthetic bone substitute and a synthetic membrane, or a
small amount of your own bone collected from elsewhere in the jaw. Please tell us at your consultation so we
can plan accordingly.</p>
<h3>Healing</h3>
<p>A graft usually needs four to six months to mature before an implant can go in; a sinus lift needs six
to nine months. After a sinus lift you must not blow your nose forcefully, and should sneeze with your mouth
open, for two weeks. Mild swelling and bruising for a few days is normal.</p>"""
        ),
        first=True,
    )
    + _sidebar_cta(
        "Told you don't have enough bone?",
        "Many patients are turned away elsewhere. Come and talk it through with Dr Hale.",
        "Book an implant consultation",
    ),
    1,
    first=True,
)

_WHITENING = _section(
    _col(
        "av_two_third",
        _heading("Teeth whitening", "h2", "Safe, dentist-led whitening")
        + _text(
            """<p>Professional whitening is the safest and most effective way to brighten natural teeth. We
start with an examination to make sure your teeth and gums are healthy and that the discolouration is
something whitening can improve.</p>
<h3>How it works</h3>
<p>We take a digital scan and our laboratory makes slim, custom-fitted trays. You wear them at home with a
professional gel, either overnight (10% carbamide peroxide) or for an hour a day (6% hydrogen peroxide).
Most people see the result they want after two to three weeks. We then see you to check progress. Keep
your trays: a top-up of a few nights every year or so keeps your smile bright.</p>
<h3>Things to know</h3>
<ul>
<li>Under UK law, whitening products containing more than 0.1% hydrogen peroxide can only be provided to
people aged 18 or over, except when treating or preventing disease. We therefore do not whiten teeth for
under-18s.</li>
<li>Crowns, bridges and white fillings do not change colour. If they are on show, we may
suggest replacing them after whitening so that they match.</li>
<li>Some people feel temporary sensitivity. Using a sensitive toothpaste for two weeks beforehand and skipping
a night or two usually sorts this out.</li>
<li>We do not whiten teeth during pregnancy or while breastfeeding.</li>
</ul>
<p>Beauty salons and online kits are not allowed to supply professional-strength gels. Whitening should
only be carried out by a dentist, or by a hygienist or therapist on a dentist&#8217;s prescription.</p>"""
        ),
        first=True,
    )
    + _sidebar_cta(
        "Ready for a brighter smile?",
        "Book an examination and we'll tell you honestly what whitening can do for you.",
    ),
    1,
    first=True,
)

_INVISALIGN = _section(
    _col(
        "av_two_third",
        _heading("Invisalign&#174; clear aligners", "h2", "Straighter teeth, without fixed braces")
        + _text(
            """<p>Invisalign straightens teeth with a series of thin, clear, removable aligners. Dr Hannah
Moore, our Invisalign provider, treats adults and teenagers from the age of 14 for crowding, gaps, crooked
front teeth and teeth that have moved since braces years ago.</p>
<h3>Your free Invisalign consultation</h3>
<p>Your first 30-minute Invisalign consultation is free of charge. We scan your teeth with our iTero
scanner (no gooey impressions) and can show you a simulation of how your smile could look on screen there
and then. If you go ahead, we plan every movement in detail and show you the ClinCheck&#174; plan before
any aligners are made.</p>
<h3>Living with aligners</h3>
<ul>
<li>Aligners must be worn for 20 to 22 hours a day to work, so they are only out for eating, drinking and
cleaning your teeth.</li>
<li>Take them out for anything other than plain cold water. Tea, coffee and hot drinks can stain and warp
them; brush or rinse before putting them back in.</li>
<li>You change to a new set every one to two weeks, and we see you every six to eight weeks to check
progress.</li>
<li>Small tooth-coloured &#8220;attachments&#8221; may be bonded to some teeth to help the aligners grip.</li>
</ul>
<p>Treatment usually takes between six and eighteen months. Once your teeth are straight they will always
try to move back, so you will need to wear retainers at night for the long term. A fixed wire retainer
behind the front teeth is another option.</p>"""
        ),
        first=True,
    )
    + _sidebar_cta(
        "Free Invisalign consultation",
        "See how your new smile could look before you commit to anything.",
        "Book your free consultation",
    ),
    1,
    first=True,
)

_AESTHETICS = _section(
    _col(
        "av_two_third",
        _heading("Facial aesthetics", "h2", "Subtle, natural results from a dentist who knows the face")
        + _text(
            """<p>Dentists spend their whole careers working on the muscles and anatomy of the face, and our
facial aesthetics clinic is run by Dr Priya Sandhu, a dentist with a postgraduate qualification in
injectables. All treatments are carried out by her personally, never by a beautician or nurse.</p>
<h3>Treatments</h3>
<ul>
<li><strong>Anti-wrinkle injections</strong> (you may know these by a brand name such as Botox&#174;) to
soften frown lines between the eyebrows, forehead lines and crow&#8217;s feet. Results appear over 10 to 14
days and last around three to four months.</li>
<li><strong>Jaw muscle (masseter) injections</strong> for clenching and grinding, and for jaw pain linked to
it.</li>
<li><strong>Dermal fillers</strong> using hyaluronic acid for lips, nose-to-mouth lines and marionette
lines.</li>
</ul>
<h3>Our safety rules</h3>
<p>Anti-wrinkle injections are prescription-only medicines, so every patient has a face-to-face consultation
with Dr Sandhu first, and we leave at least 48 hours between consultation and treatment so you have time to
think. We treat adults only: since the Botulinum Toxin and Cosmetic Fillers (Children) Act 2021 it is
illegal to give these treatments to anyone under 18 in England, even with a parent&#8217;s consent, and we
ask for photo ID if in doubt. We do not treat during pregnancy or breastfeeding.</p>
<h3>Aesthetics prices</h3>"""
        )
        + _table(
            [
                ["Treatment", "Price"],
                ["Consultation (redeemable against treatment)", "&pound;40"],
                ["Anti-wrinkle injections &#8211; one area", "&pound;190"],
                ["Anti-wrinkle injections &#8211; two areas", "&pound;250"],
                ["Anti-wrinkle injections &#8211; three areas", "&pound;295"],
                ["Masseter (jaw) injections", "&pound;330"],
                ["Lip filler 0.5ml", "&pound;240"],
                ["Lip filler 1ml", "&pound;320"],
                ["Nose-to-mouth lines 1ml", "&pound;320"],
            ],
            n=2,
        )
        + _text(
            "<p>The frown lines between the brows count as one area. Every anti-wrinkle treatment includes a "
            "review at two weeks, with a small top-up at no charge if needed.</p>"
        ),
        first=True,
    )
    + _sidebar_cta(
        "Book an aesthetics consultation",
        "Honest advice, and we'll tell you if we don't think you need treatment.",
        "Book a consultation",
    ),
    1,
    first=True,
)

_EMERGENCY = _section(
    _col(
        "av_two_third",
        _heading("Dental emergencies", "h2", "Same-day help when you need it")
        + _text(
            """<h3>During opening hours</h3>
<p>We keep emergency appointments free every weekday for people in pain. Please phone from 8am; slots go
quickly and are offered in the order people call. Our members are given priority, but you do not need to be
registered with us &#8211; we are happy to see anyone with toothache, swelling, a broken tooth or a dental
injury, and we will do what is needed to get you out of pain that day.</p>
<h3>Out of hours</h3>
<p>If you are a member of our practice plan, call the practice number. The answerphone message gives the
mobile number of our on-call dentist, available 8am to 8pm at weekends and on bank holidays. If you are not a
member, please call NHS 111 for advice and access to the urgent dental service.</p>
<p><strong>Go straight to A&amp;E</strong> (Royal Surrey County Hospital, Egerton Road) if swelling is
spreading towards your eye or down your neck, if you have difficulty breathing or swallowing, if bleeding
will not stop, or after a serious blow to the face.</p>
<h3>What to do until you see us</h3>
"""
        )
        + _toggles(
            [
                (
                    "A crown or filling has come out",
                    "<p>Keep the crown safe and clean. If the tooth is not painful you can usually wait until "
                    "we are open. A chemist sells temporary dental cement which can hold a crown in place for "
                    "a day or two &#8211; never use superglue. Avoid chewing on that side and call us as soon "
                    "as we open.</p>",
                ),
                (
                    "An adult tooth has been knocked out",
                    "<p>Hold the tooth by the crown, not the root. If it is dirty, rinse it briefly in milk. "
                    "Push it gently back into the socket and bite on a clean handkerchief. If you cannot, "
                    "keep it in milk or inside your cheek and see a dentist within the hour if at all "
                    "possible. Do not put baby teeth back.</p>",
                ),
                (
                    "Toothache",
                    "<p>Take ibuprofen or paracetamol as directed on the packet. Do not put aspirin on the "
                    "gum, as it burns. Avoid very hot, cold or sweet food and drink.</p>",
                ),
                (
                    "Bleeding after an extraction",
                    "<p>Roll up a piece of clean gauze or a damp tea bag and bite on it firmly for 20 "
                    "minutes without checking. Keep your head raised and avoid rinsing.</p>",
                ),
            ],
            "emergency",
        ),
        first=True,
    )
    + _sidebar_cta(
        "In pain right now?",
        f"Call {_PHONE} from 8am and we'll do our best to see you today.",
        "Contact us",
    ),
    1,
    first=True,
)

_MEMBERSHIP = _section(
    _heading("Membership plan", "h2", "Spread the cost of routine care")
    + _col(
        "av_two_third",
        _text(
            """<p>Our membership plan lets you spread the cost of your routine dental care in affordable
monthly payments by direct debit, with no joining fee. It is administered for us by Practice Plan Ltd.</p>"""
        )
        + _table(
            [
                ["", "Essential Care", "Complete Care"],
                ["Monthly fee", "&pound;19.50", "&pound;28.00"],
                ["Dental examinations per year", "2", "2"],
                ["Hygiene visits per year (30 minutes)", "1", "3"],
                ["Routine X-rays", "Included", "Included"],
                ["Discount on other treatment", "10%", "15%"],
                ["Worldwide dental accident &amp; emergency cover", "Included", "Included"],
                ["Out-of-hours on-call dentist", "Included", "Included"],
            ],
            n=3,
        )
        + _text(
            """<h3>Children</h3>
<p>We see children as part of a family membership: children under 18 are included free of charge when at
least one parent or guardian is a member on either plan. Your children&#8217;s examinations, fluoride
varnish, fissure sealants and hygiene advice are all covered, and any fillings they need are charged at the
member rate. We do not register children on their own.</p>
<h3>The small print</h3>
<ul>
<li>Before joining you will need a new patient examination so that we can confirm your mouth is healthy
enough for the plan.</li>
<li>The plan runs for a minimum of 12 months. After that you can leave at any time with one month&#8217;s
notice in writing to the practice.</li>
<li>Unused examinations and hygiene visits do not roll over into the next year.</li>
<li>Laboratory fees, implants and facial aesthetics are not discounted.</li>
</ul>"""
        ),
        first=True,
    )
    + _sidebar_cta(
        "Join the plan",
        "Ask at reception or call us and we'll send the forms.",
        "Contact reception",
    ),
    1,
    first=True,
)

_FEES = _section(
    _heading("Fees &amp; finance", "h2", "Clear prices, no surprises")
    + _text(
        """<p>These are our current private fees for patients who are not on our membership plan (members
receive a discount on treatment &#8211; see the membership plan). You will always receive a written
treatment plan with costs before treatment begins. Prices for facial aesthetics are shown on the facial
aesthetics page.</p>"""
    )
    + _table(
        [
            ["Treatment", "Fee"],
            ["Examinations &amp; consultations"],
            ["New patient examination (45 minutes, including X-rays and 3D scan)", "&pound;95"],
            ["Routine examination", "&pound;60"],
            ["Emergency appointment", "&pound;120"],
            ["Implant consultation including CBCT scan", "&pound;150"],
            ["Specialist endodontic consultation", "&pound;125"],
            ["Hygiene"],
            ["Hygiene visit (30 minutes)", "&pound;85"],
            ["Hygiene visit (45 minutes)", "&pound;115"],
            ["Periodontal treatment, per quarter of the mouth", "&pound;165"],
            ["Restorative"],
            ["White filling", "&pound;140 &#8211; &pound;230"],
            ["Root canal treatment: front tooth / premolar / molar", "&pound;750 / &pound;850 / &pound;1,050"],
            ["Root canal re-treatment", "add &pound;200"],
            ["Ceramic crown", "&pound;795 &#8211; &pound;875"],
            ["Ceramic onlay", "&pound;695"],
            ["Bridge, per tooth", "&pound;775"],
            ["Adhesive bridge", "&pound;650"],
            ["Implants"],
            ["Single implant including crown", "from &pound;2,950"],
            ["Lower implant denture on two implants", "from &pound;5,750"],
            ["Fixed full-arch bridge, per jaw", "from &pound;12,500"],
            ["Socket preservation / bone graft", "from &pound;450"],
            ["Sinus lift", "from &pound;1,250"],
            ["Cosmetic &amp; other"],
            ["Home teeth whitening", "&pound;395"],
            ["Invisalign Lite / Comprehensive", "from &pound;2,950 / from &pound;4,450"],
            ["Custom sports mouthguard", "&pound;125"],
            ["Night guard", "&pound;295"],
            ["IV sedation, per session", "&pound;395"],
        ],
        n=4,
    )
    + _col(
        "av_one_half",
        _text(
            """<h3>Paying for treatment</h3>
<p>Payment is due at each appointment. We accept Visa, Mastercard, American Express, Apple Pay and Google
Pay, and bank transfer for larger treatment plans. We no longer accept cheques. For implant and Invisalign
treatment we ask for a 20% deposit when you go ahead, with the balance split across your appointments.</p>"""
        ),
        first=True,
    )
    + _col(
        "av_one_half",
        _text(
            """<h3>Finance</h3>
<p>For treatment costing &pound;1,000 or more, you can spread the cost with our finance partner Tabeo.
Interest-free finance is available over 6 or 12 months. Longer terms of 24 to 60 months are available at a
representative APR of 9.9%. Applying takes a few minutes online, uses a soft credit search at first, and
you usually get a decision straight away. Finance is subject to status and available to UK residents aged
18 and over. Ask reception for a quote based on your treatment plan.</p>"""
        ),
    ),
    1,
    first=True,
)

_REFERRALS = _section(
    _col(
        "av_two_third",
        _heading("Referrals", "h2", "For dentists, and for patients")
        + _text(
            """<h3>Referring dentists</h3>
<p>We welcome referrals from colleagues across Surrey and Hampshire for:</p>
<ul>
<li><strong>Dental implants</strong> &#8211; full treatment, or placement only with the patient returned to
you for the restoration if you prefer.</li>
<li><strong>Specialist endodontics</strong> with Dr Tomasz Kowalski, including re-treatment and management
of calcified canals.</li>
<li><strong>IV sedation</strong> for anxious patients who need treatment we can provide.</li>
</ul>
<p>To refer, email a referral letter to
<a href="mailto:referrals@quarrystreetdental.co.uk">referrals@quarrystreetdental.co.uk</a> with the
patient&#8217;s details, a relevant medical history and any recent radiographs. We acknowledge every
referral within two working days and contact the patient directly to arrange a consultation. You will
receive a written report after the consultation and again when treatment is complete.</p>
<p>Referred patients return to you for all routine care once their referred treatment is finished. We will
not offer them registration with us unless they ask.</p>
<p>We also run four evening study club meetings a year for local dentists and their teams. Email us to join
the mailing list.</p>
<h3>Patients: can I refer myself?</h3>
<p>Yes. You do not need a referral letter from your own dentist to see Dr Hale about implants or Dr
Kowalski for root canal treatment &#8211; simply call us and book a consultation. If you are registered
elsewhere, it helps to bring any recent X-rays, and with your permission we will keep your own dentist
informed.</p>"""
        ),
        first=True,
    )
    + _sidebar_cta(
        "Referral enquiries",
        "Questions about a case? Call and ask to speak to Dr Hale or Dr Kowalski between patients.",
        "Contact us",
    ),
    1,
    first=True,
)

_NERVOUS = _section(
    _col(
        "av_two_third",
        _heading("Nervous patients &amp; IV sedation", "h2", "You're not alone, and you're in control")
        + _text(
            """<p>Around one in three adults is anxious about visiting the dentist, and many of our most loyal
patients first came to us after years of avoiding it. Tell us when you book that you are nervous and we will
plan around you.</p>
<ul>
<li>A longer first appointment that is just a chat, with no treatment unless you want it.</li>
<li>An agreed stop signal &#8211; raise your hand and we stop, every time.</li>
<li>Numbing gel before every injection, and a computer-controlled anaesthetic system that makes injections
slower and gentler.</li>
<li>Noise-cancelling headphones and a ceiling screen so you can watch something while we work.</li>
</ul>
<h3>IV sedation</h3>
<p>For people who cannot face treatment otherwise, or for longer procedures such as implant surgery, we
offer intravenous (IV) sedation. Dr Rupert Hale gives a sedative medicine, midazolam, through a small
cannula in the back of your hand or arm, supported by a trained sedation nurse who monitors you throughout.
You are not unconscious &#8211; you can still respond to us &#8211; but you will feel deeply relaxed and
most people remember little or nothing afterwards. Several fillings, or a whole treatment plan, can often be
completed in one or two sedation visits.</p>
<p>We do not provide general anaesthetic (being put fully to sleep); if you need this we can refer you to a
hospital service.</p>
<h3>Preparing for sedation</h3>
<ul>
<li>Have a light meal up to two hours before and take your usual medication unless told otherwise.</li>
<li>You must bring a responsible adult who will wait for you, take you home by car or taxi (not public
transport) and stay with you for the rest of the day.</li>
<li>For 24 hours afterwards you must not drive, cycle, drink alcohol, operate machinery, go to work or sign
anything important.</li>
<li>Sedation is not suitable during pregnancy.</li>
</ul>"""
        ),
        first=True,
    )
    + _col(
        "av_one_third",
        _testimonials(
            [
                (
                    "I had all my treatment done under sedation in two visits after avoiding the dentist since "
                    "school. I honestly wish I'd done it years ago.",
                    "Chris L., Woking",
                ),
            ]
        )
        + _button("Talk to us in confidence", "/contact-us/"),
    ),
    1,
    first=True,
)

_FAQS = _section(
    _heading("Patient FAQs", "h2", "Booking, appointments and practice policies")
    + _toggles(
        [
            (
                "Do you see NHS patients?",
                "<p>No. Quarry Street has been a fully private practice since 2006 and we do not provide any "
                "NHS treatment. If you would like NHS care, NHS 111 or the NHS website can help you find a "
                "practice taking on patients.</p>",
            ),
            (
                "How do I register as a new patient?",
                "<p>Simply book a new patient examination by phone or email. We will email you a link to "
                "complete your medical history online before your visit, which saves time on the day.</p>",
            ),
            (
                "What is your cancellation policy?",
                "<p>We ask for at least 48 hours&#8217; notice if you need to cancel or move an "
                "appointment, so that we can offer the time to someone else. If you cancel with less than "
                "48 hours&#8217; notice, or do not attend, we charge &pound;50 for each 30 minutes of "
                "appointment time booked. For sedation appointments and implant surgery we take a "
                "deposit when booking, which is non-refundable if you cancel within seven days. Members are "
                "covered by the same policy.</p>",
            ),
            (
                "What happens if I'm running late?",
                "<p>Please call us. If you arrive more than 15 minutes late we may not be able to complete "
                "your treatment and may need to rebook you, so that other patients are not kept waiting.</p>",
            ),
            (
                "Will I get a reminder?",
                "<p>Yes, we send a text message and an email two days before every appointment. Please keep "
                "your mobile number and email address up to date with reception.</p>",
            ),
            (
                "Can I bring my children with me to my own appointment?",
                "<p>Of course, as long as another adult can look after them in the waiting room while you "
                "are in the surgery. Our nurses cannot supervise children.</p>",
            ),
            (
                "Is there Wi-Fi in the waiting room?",
                "<p>Yes, free Wi-Fi is available; ask reception for the password.</p>",
            ),
        ],
        "faq",
    )
    + _button("Still have a question? Contact us", "/contact-us/"),
    1,
    first=True,
)

_CONTACT = _section(
    _col(
        "av_one_half",
        _heading("Contact &amp; opening hours", "h2")
        + _text(
            f"""<p><strong>{_SITE}</strong><br />41 Quarry Street, Guildford, Surrey GU1 3UA</p>
<p>Phone: {_PHONE}<br />Email: <a href="mailto:hello@quarrystreetdental.co.uk">hello@quarrystreetdental.co.uk</a></p>
<h3>Opening hours</h3>"""
        )
        + _table(
            [
                ["Day", "Hours"],
                ["Monday", "8:00am &#8211; 5:30pm"],
                ["Tuesday", "8:00am &#8211; 7:30pm"],
                ["Wednesday", "8:00am &#8211; 5:30pm"],
                ["Thursday", "8:00am &#8211; 7:30pm"],
                ["Friday", "8:00am &#8211; 3:30pm"],
                ["Saturday", "9:00am &#8211; 1:00pm (first and third Saturday of the month)"],
                ["Sunday &amp; bank holidays", "Closed"],
            ],
            n=5,
        )
        + _text(
            "<p>Saturday sessions are mainly for hygiene appointments and examinations. Phones are answered "
            "throughout opening hours.</p>"
        ),
        first=True,
    )
    + _col(
        "av_one_half",
        _heading("Finding us", "h3")
        + _text(
            """<p>We are in the Georgian townhouse with the green door on Quarry Street, just below the
castle and a few minutes&#8217; walk from the High Street.</p>
<h3>Parking</h3>
<p>We have a small private car park at the rear of the building with five spaces, including one wide
blue badge bay. It is reached from Tanners Yard, off Millbrook (the A281) &#8211; turn in beside the
carpet shop and follow the signs. Spaces are for patients only while you are with us. If our car park is
full, Castle Car Park on Sydenham Road is a five-minute walk (pay and display).</p>
<h3>By train and bus</h3>
<p>Guildford mainline station is around a ten-minute walk. Many buses stop on North Street and Friary Street,
about five minutes away.</p>
<h3>Accessibility</h3>
<p>The rear entrance from our car park has a ramp and is step-free, leading straight to our two
ground-floor surgeries, the hygiene room, reception and an accessible toilet. Our upstairs surgeries can
only be reached by stairs as the listed building has no lift, so please tell us when you book if you use a
wheelchair or find stairs difficult and we will make sure you are seen downstairs. There is a hearing loop
at reception, and assistance dogs are always welcome.</p>"""
        )
        + """<div class='avia-google-maps avia-google-maps-section main_color'>
<div class='av_gmaps_main_wrap'><div class='avia-google-map-container' data-mapid='av_gmap_0'
 style='height: 300px;'>
<img src="/wp-content/uploads/2023/05/map-quarry-street.png" width="600" height="300"
 alt="Map showing Quarry Street Dental" /></div></div></div>
""",
    ),
    1,
    first=True,
) + _section(
    _heading("Send us a message", "h3")
    + """<form action="#" method="post" class="avia_ajax_form av-form-labels-visible" data-avia-form-id="1">
<fieldset>
<p class='first_form form_element form_fullwidth' id='element_avia_1_1'><label for="avia_1_1">Name
<abbr class="required" title="required">*</abbr></label> <input name="avia_1_1" class="text_input is_empty"
 type="text" id="avia_1_1" value="" /></p>
<p class='first_form form_element form_fullwidth' id='element_avia_2_1'><label for="avia_2_1">Email
<abbr class="required" title="required">*</abbr></label> <input name="avia_2_1" class="text_input is_email"
 type="text" id="avia_2_1" value="" /></p>
<p class='first_form form_element form_fullwidth' id='element_avia_3_1'><label for="avia_3_1">Message</label>
<textarea name="avia_3_1" class="text_area" cols="40" rows="7" id="avia_3_1"></textarea></p>
<p class="form_element"><input type="submit" value="Send enquiry" class="button" /></p>
</fieldset>
</form>
""",
    2,
    color="alternate_color",
)


HTML = {
    "/": _page(
        "/",
        9,
        "Private Dentist in Guildford",
        "Private dentist in Guildford, Surrey: family dentistry, dental implants, Invisalign, whitening and "
        "facial aesthetics.",
        _HOME,
        home=True,
    ),
    "/meet-the-team/": _page(
        "/meet-the-team/",
        14,
        "Meet the Team",
        "Meet the dentists, specialist endodontist, hygienists and team at Quarry Street Dental.",
        _TEAM,
    ),
    "/general-dentistry/": _page(
        "/general-dentistry/",
        31,
        "General Dentistry",
        "Dental examinations, white fillings and custom mouthguards in Guildford.",
        _GENERAL,
    ),
    "/hygiene/": _page(
        "/hygiene/",
        33,
        "Hygienist &amp; Gum Health",
        "Dental hygienist in Guildford offering Guided Biofilm Therapy and gum disease treatment.",
        _HYGIENE,
    ),
    "/root-canal-treatment/": _page(
        "/root-canal-treatment/",
        35,
        "Specialist Root Canal Treatment",
        "Root canal treatment and re-treatment by a specialist endodontist in Guildford.",
        _ROOT_CANAL,
    ),
    "/crowns-onlays-bridges/": _page(
        "/crowns-onlays-bridges/",
        37,
        "Crowns, Onlays &amp; Bridges",
        "Ceramic crowns, onlays and bridges at Quarry Street Dental, Guildford.",
        _CROWNS,
    ),
    "/dental-implants/": _page(
        "/dental-implants/",
        41,
        "Dental Implants",
        "Single implants, multiple implants and implant-retained dentures in Guildford, Surrey.",
        _IMPLANTS,
    ),
    "/bone-grafting/": _page(
        "/bone-grafting/",
        43,
        "Bone Grafting &amp; Sinus Lifts",
        "Bone grafting, socket preservation and sinus lift procedures before dental implants.",
        _BONE,
    ),
    "/teeth-whitening/": _page(
        "/teeth-whitening/",
        51,
        "Teeth Whitening",
        "Professional dentist-led home teeth whitening in Guildford.",
        _WHITENING,
    ),
    "/invisalign/": _page(
        "/invisalign/",
        53,
        "Invisalign Clear Aligners",
        "Invisalign clear aligners for adults and teenagers in Guildford. Free consultation.",
        _INVISALIGN,
    ),
    "/facial-aesthetics/": _page(
        "/facial-aesthetics/",
        55,
        "Facial Aesthetics",
        "Anti-wrinkle injections and dermal fillers by a dentist in Guildford. Over-18s only.",
        _AESTHETICS,
    ),
    "/emergency-dentist/": _page(
        "/emergency-dentist/",
        61,
        "Dental Emergencies",
        "Emergency dentist in Guildford: same-day appointments and out-of-hours advice.",
        _EMERGENCY,
    ),
    "/membership-plan/": _page(
        "/membership-plan/",
        71,
        "Membership Plan",
        "Spread the cost of routine dental care with our monthly membership plan. Children included.",
        _MEMBERSHIP,
    ),
    "/fees-finance/": _page(
        "/fees-finance/",
        73,
        "Fees &amp; Finance",
        "Private dental fees and interest-free finance at Quarry Street Dental, Guildford.",
        _FEES,
    ),
    "/referrals/": _page(
        "/referrals/",
        81,
        "Referrals",
        "Refer a patient for implants, specialist endodontics or IV sedation.",
        _REFERRALS,
    ),
    "/nervous-patients/": _page(
        "/nervous-patients/",
        83,
        "Nervous Patients &amp; IV Sedation",
        "Help for nervous dental patients in Guildford, including IV sedation.",
        _NERVOUS,
    ),
    "/faqs/": _page(
        "/faqs/",
        91,
        "Patient FAQs",
        "Answers to common questions about booking, cancellations and appointments.",
        _FAQS,
    ),
    "/contact-us/": _page(
        "/contact-us/",
        93,
        "Contact Us",
        "Opening hours, parking, directions and accessibility at Quarry Street Dental, Guildford.",
        _CONTACT,
    ),
}

QUESTIONS = [
    (
        "My back tooth has been throbbing all night and now the side of my face is starting to swell. I'm not "
        "even registered with you - can someone see me today?",
        "/emergency-dentist/",
    ),
    (
        "its sunday and my crown just came off eating a toffee, what do i do till monday",
        "/emergency-dentist/",
    ),
    (
        "Do I need to get my own dentist to refer me to your root canal specialist or can I just book in myself?",
        "/referrals/",
    ),
    (
        "Hi, I'm an associate at a practice in Farnham. How do I send you a patient for an implant, and will "
        "they come back to us afterwards?",
        "/referrals/",
    ),
    ("How much is a first check-up if I'm a new patient?", "/fees-finance/"),
    (
        "is there any way to pay for implants bit by bit over a couple of years? money's tight at the moment",
        "/fees-finance/",
    ),
    ("Is there anywhere to park?", "/contact-us/"),
    (
        "My mum's in a wheelchair and is due to see the hygienist. Will she actually be able to get into the building?",
        "/contact-us/",
    ),
    (
        "honestly I'm petrified of dentists and I need a few fillings done, can you knock me out for it",
        "/nervous-patients/",
    ),
    (
        "My husband and I are thinking of joining your monthly plan. We've got two kids, 8 and 12 - would we "
        "have to pay extra for them to be seen?",
        "/membership-plan/",
    ),
    (
        "I'd like to get rid of the frown lines between my eyebrows. Roughly how much would that cost?",
        "/facial-aesthetics/",
    ),
    (
        "My daughter is 17 and desperate for lip filler before her cousin's wedding. If I sign a consent form "
        "can she have it?",
        "/facial-aesthetics/",
    ),
    ("can my 16 year old get her teeth whitened before her prom in June", "/teeth-whitening/"),
    ("I'm vegan - is the bone graft stuff made from animals?", "/bone-grafting/"),
    (
        "I've lost all my bottom teeth and the denture slides about every time I eat. Is there anything that "
        "would hold it in properly?",
        "/dental-implants/",
    ),
    (
        "How long does the implant process take from start to finish? Trying to plan round my daughter's "
        "wedding in the autumn",
        "/dental-implants/",
    ),
    (
        "How many hours a day do you actually have to wear those clear aligners? I drink a LOT of tea",
        "/invisalign/",
    ),
    ("Does one of your dentists speak Polish? My dad's English isn't very good", "/meet-the-team/"),
    (
        "had a root canal done yesterday and its still really tender when i bite down, is that normal",
        "/root-canal-treatment/",
    ),
    ("Do you still do the silver mercury fillings? I'd much rather have white ones", "/general-dentistry/"),
    (
        "My son's just started playing rugby for his school team, can you make him a proper fitted gum shield",
        "/general-dentistry/",
    ),
    (
        "I had a front tooth taken out last year and I hate the gap, but I really don't want an implant. What "
        "else could you do?",
        "/crowns-onlays-bridges/",
    ),
    (
        "Can I just book in with your hygienist? I'm happy with my own dentist, I only want a good clean",
        "/hygiene/",
    ),
    ("What happens if I have to cancel the day before my appointment?", "/faqs/"),
    ("do you do nhs", "/faqs/"),
]

OUT_OF_SCOPE = [
    "How much do porcelain veneers cost with you?",
    "Can you make me something to stop my snoring? My wife is going mad",
    "Do you give a discount to NHS workers or students?",
    "Have you got another branch in Woking or Godalming that might be closer for me?",
    "Do you do laser hair removal on the upper lip?",
    "Can you have a look at my dog's teeth? He's got awful breath",
    "What time does the farmers' market on the High Street start?",
    "Do you sell Sonicare toothbrush heads at reception?",
]
