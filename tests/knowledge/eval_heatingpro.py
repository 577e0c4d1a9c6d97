"""An evaluation site: HeatingPro MK, a plumbing, heating and renewables company in Milton Keynes (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. A WordPress site built with Thrive
Architect and Thrive Theme Builder: tve_editor content, thrv-page-section / tcb-flex-row column wrappers,
thrv_toggle FAQ accordions, a thrv_pricing_table, a mega-menu in a "thrv_header" symbol and a "thrv_footer".
"""

import itertools

NAME = "HeatingPro MK"

_SITE = "https://www.heatingpro-mk.co.uk"
_PHONE = "01908 612480"
_PHONE_TEL = "+441908612480"
_EMERGENCY = "07700 900418"
_EMERGENCY_TEL = "+447700900418"
_EMAIL = "hello@heatingpro-mk.co.uk"

_ids = itertools.count(1017)


def _uid():
    return f"tve-u-{next(_ids):x}"


# ---------------------------------------------------------------------------------------------------------------
# Shared header (mega-menu), footer, cookie bar and reusable Thrive blocks
# ---------------------------------------------------------------------------------------------------------------

_MENU = [
    ("/", "Home", []),
    (
        "/air-source-heat-pumps/",
        "Heat Pumps",
        [
            ("/air-source-heat-pumps/", "Air Source Heat Pumps", "Low-carbon heating for your home"),
            ("/underfloor-heating/", "Underfloor Heating", "Wet and electric systems, new builds and renovations"),
        ],
    ),
    (
        "/boiler-replacement/",
        "Boilers",
        [
            ("/boiler-replacement/", "New Boilers", "Gas, LPG and oil boiler installations"),
            ("/boiler-repairs/", "Boiler Repairs", "Breakdowns and fault finding"),
            ("/boiler-servicing/", "Servicing &amp; HeatCare Plans", "Annual services and monthly cover"),
            ("/landlord-gas-safety/", "Landlord Gas Safety", "CP12 gas safety records"),
        ],
    ),
    (
        "/radiators-and-controls/",
        "Heating",
        [
            ("/radiators-and-controls/", "Radiators &amp; Smart Controls", "Radiators, balancing, thermostats"),
            ("/plumbing-and-leaks/", "Plumbing &amp; Leaks", "General plumbing and urgent call-outs"),
        ],
    ),
    ("/commercial/", "Commercial", []),
    (
        "/survey-and-quote/",
        "Help &amp; Advice",
        [
            ("/survey-and-quote/", "How We Quote", "Free surveys and fixed prices"),
            ("/finance-and-payment/", "Finance &amp; Payment", "Spread the cost"),
            ("/warranties/", "Warranties", "Guarantees on our work"),
            ("/faq/", "FAQs", "Your questions answered"),
        ],
    ),
    (
        "/about-us/",
        "About",
        [
            ("/about-us/", "About Us &amp; Our Team", "Who we are"),
            ("/reviews/", "Reviews", "What our customers say"),
            ("/careers/", "Careers &amp; Apprenticeships", "Join the team"),
        ],
    ),
    ("/contact/", "Contact", []),
]

_CHEVRON = (
    '<svg class="tve-dropdown-icon-up" viewBox="0 0 320 512"><path d="M151.5 347.8L3.5 201c-4.7-4.7-4.7-12.3 '
    "0-17l19.8-19.8c4.7-4.7 12.3-4.7 17 0L160 282.7l119.7-118.5c4.7-4.7 12.3-4.7 17 0l19.8 19.8c4.7 4.7 4.7 "
    '12.3 0 17l-148 146.8c-4.7 4.7-12.3 4.7-17 0z"></path></svg>'
)


def _menu(current):
    items = []
    for n, (href, label, children) in enumerate(_MENU, start=1):
        active = current == href or any(current == c[0] for c in children)
        cls = f"menu-item menu-item-type-post_type menu-item-object-page menu-item-{3100 + n} lvl-0"
        if active:
            cls += " current-menu-item current_page_item"
        if not children:
            items.append(
                f'<li id="menu-item-{3100 + n}" class="{cls}" data-id="{3100 + n}">'
                f'<a class="menu-item-link" href="{href}"><span class="tve-disabled-text-inner">{label}</span></a>'
                "</li>"
            )
            continue
        subs = []
        for m, (chref, clabel, cdesc) in enumerate(children, start=1):
            subs.append(
                '<li class="menu-item menu-item-type-post_type menu-item-object-page lvl-1 '
                f'menu-item-{3200 + n * 10 + m}">'
                f'<a class="menu-item-link" href="{chref}"><span class="tve-disabled-text-inner">{clabel}</span></a>'
                f'<div class="thrv_wrapper thrv_text_element tcb-mega-description"><p>{cdesc}</p></div></li>'
            )
        items.append(
            f'<li id="menu-item-{3100 + n}" class="{cls} menu-item-has-children tcb-mega-drop">'
            f'<a class="menu-item-link" href="{href}"><span class="tve-disabled-text-inner">{label}</span>'
            f"{_CHEVRON}</a>"
            '<div class="tcb-mega-drop-inner thrv_wrapper"><ul class="sub-menu tcb-mega-std">'
            + "".join(subs)
            + "</ul></div></li>"
        )
    return "\n".join(items)


def _header(current):
    return f"""<header id="thrive-header" class="thrv_wrapper thrv_symbol thrv_header thrv_symbol_1712
 tve-default-state"
 role="banner" data-id="1712" data-tcb-events="">
<div class="thrive-shortcode-html thrive-symbol-shortcode" data-symbol-id="1712">
<div class="symbol-section-out"></div>
<div class="symbol-section-in">
<div class="thrv_wrapper thrv-page-section hp-topbar" data-css="tve-u-17a1c2f0">
<div class="tve-page-section-out"></div>
<div class="tve-page-section-in">
<div class="thrv_wrapper thrv-columns"><div class="tcb-flex-row tcb--cols--2 tcb-medium-no-wrap">
<div class="tcb-flex-col"><div class="tcb-col">
<div class="thrv_wrapper thrv_text_element"><p><span class="thrv-inline-text">Gas Safe registered &middot;
 MCS certified &middot; OFTEC registered &middot; Which? Trusted Trader</span></p></div>
</div></div>
<div class="tcb-flex-col"><div class="tcb-col tcb-text-right">
<div class="thrv_wrapper thrv_text_element"><p>Call <a href="tel:{_PHONE_TEL}">{_PHONE}</a>
 &nbsp;|&nbsp; Emergencies <a href="tel:{_EMERGENCY_TEL}">{_EMERGENCY}</a></p></div>
</div></div>
</div></div>
</div>
</div>
<div class="thrv_wrapper thrv-page-section hp-mainbar" data-css="tve-u-17a1c2f9">
<div class="tve-page-section-out"></div>
<div class="tve-page-section-in">
<div class="thrv_wrapper thrv-columns"><div class="tcb-flex-row tcb--cols--3 tcb-resized">
<div class="tcb-flex-col" style="flex-basis:22%"><div class="tcb-col">
<div class="thrv_wrapper thrv_logo tcb-logo" data-css="tve-u-17a1c30a"><a href="/" class="tcb-logo-link">
<picture><img src="/wp-content/uploads/2021/03/heatingpro-mk-logo.png" width="240" height="64"
 alt="HeatingPro MK - Plumbing, Heating &amp; Renewables" loading="eager"></picture></a></div>
</div></div>
<div class="tcb-flex-col" style="flex-basis:60%"><div class="tcb-col">
<div class="thrv_wrapper thrv_widget_menu tve-custom-menu-upgrade tve-menu-template-light-tmp-first tve-regular"
 data-tve-switch-icon="tablet,mobile" data-css="tve-u-17a1c31b">
<div class="thrive-shortcode-html thrive-shortcode-html-editable tve_clearfix">
<a class="tve-m-trigger" href="#" aria-label="Open menu"><div class="thrv_wrapper thrv_icon tcb-icon-open">
<svg class="tcb-icon" viewBox="0 0 24 24"><path d="M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z"></path></svg></div></a>
<ul id="m-17a1c31b" class="tve_w_menu tve_horizontal tve_mega_menu tve_m_mega">
{_menu(current)}
</ul>
</div>
</div>
</div></div>
<div class="tcb-flex-col" style="flex-basis:18%"><div class="tcb-col">
<div class="thrv_wrapper thrv-button hp-header-cta" data-css="tve-u-17a1c33c" data-button-style="btn-1">
<a href="/survey-and-quote/" class="tcb-button-link"><span class="tcb-button-texts">
<span class="tcb-button-text thrv-inline-text">Book a free survey</span></span></a></div>
</div></div>
</div></div>
</div>
</div>
</div>
</div>
</header>"""


def _footer():
    return f"""<footer id="thrive-footer" class="thrv_wrapper thrv_symbol thrv_footer thrv_symbol_1715"
 role="contentinfo" data-id="1715">
<div class="thrive-shortcode-html thrive-symbol-shortcode" data-symbol-id="1715">
<div class="symbol-section-out"></div>
<div class="symbol-section-in">
<div class="thrv_wrapper thrv-page-section hp-footer-cta" data-css="tve-u-17a1d001">
<div class="tve-page-section-out"></div>
<div class="tve-page-section-in">
<div class="thrv_wrapper thrv_text_element"><h3>Ready for a warmer, cheaper-to-run home?</h3>
<p>Talk to a real person in our Milton Keynes office - no call centres, no hard sell.</p></div>
<div class="thrv_wrapper thrv-button" data-button-style="btn-2"><a href="/survey-and-quote/"
 class="tcb-button-link"><span class="tcb-button-text thrv-inline-text">Get a free quote</span></a></div>
</div>
</div>
<div class="thrv_wrapper thrv-page-section hp-footer-main" data-css="tve-u-17a1d00a">
<div class="tve-page-section-out"></div>
<div class="tve-page-section-in">
<div class="thrv_wrapper thrv-columns"><div class="tcb-flex-row tcb--cols--4">
<div class="tcb-flex-col"><div class="tcb-col">
<div class="thrv_wrapper tve_image_caption"><span class="tve_image_frame">
<img class="tve_image" src="/wp-content/uploads/2021/03/heatingpro-mk-logo-white.png" alt="HeatingPro MK"
 width="200" height="53"></span></div>
<div class="thrv_wrapper thrv_text_element"><p>Family-run plumbing, heating and renewables engineers for
 homes and businesses across Milton Keynes.</p></div>
<div class="thrv_wrapper thrv_social_custom tcb-social-follow">
<div class="tve_social_items tve_social_custom tve_style_6">
<div class="tve_s_item tve_s_fb_share"><a href="https://www.facebook.com/heatingpromk" class="tve_s_link"
 target="_blank" rel="noopener">Facebook</a></div>
<div class="tve_s_item tve_s_ig_share"><a href="https://www.instagram.com/heatingpro_mk" class="tve_s_link"
 target="_blank" rel="noopener">Instagram</a></div>
<div class="tve_s_item tve_s_in_share"><a href="https://www.linkedin.com/company/heatingpro-mk" class="tve_s_link"
 target="_blank" rel="noopener">LinkedIn</a></div>
<div class="tve_s_item tve_s_yt_share"><a href="https://www.youtube.com/@heatingpromk" class="tve_s_link"
 target="_blank" rel="noopener">YouTube</a></div>
</div></div>
</div></div>
<div class="tcb-flex-col"><div class="tcb-col">
<div class="thrv_wrapper thrv_text_element"><h4>Services</h4></div>
<div class="thrv_wrapper thrv_widget_menu tve-vertical"><ul class="tve_w_menu tve_vertical">
<li class="menu-item"><a href="/air-source-heat-pumps/">Air Source Heat Pumps</a></li>
<li class="menu-item"><a href="/boiler-replacement/">New Boilers</a></li>
<li class="menu-item"><a href="/boiler-repairs/">Boiler Repairs</a></li>
<li class="menu-item"><a href="/boiler-servicing/">Servicing &amp; HeatCare</a></li>
<li class="menu-item"><a href="/landlord-gas-safety/">Landlord Gas Safety</a></li>
<li class="menu-item"><a href="/underfloor-heating/">Underfloor Heating</a></li>
<li class="menu-item"><a href="/radiators-and-controls/">Radiators &amp; Controls</a></li>
<li class="menu-item"><a href="/plumbing-and-leaks/">Plumbing &amp; Leaks</a></li>
<li class="menu-item"><a href="/commercial/">Commercial</a></li>
</ul></div>
</div></div>
<div class="tcb-flex-col"><div class="tcb-col">
<div class="thrv_wrapper thrv_text_element"><h4>Useful links</h4></div>
<div class="thrv_wrapper thrv_widget_menu tve-vertical"><ul class="tve_w_menu tve_vertical">
<li class="menu-item"><a href="/survey-and-quote/">How we quote</a></li>
<li class="menu-item"><a href="/finance-and-payment/">Finance &amp; payment</a></li>
<li class="menu-item"><a href="/warranties/">Warranties</a></li>
<li class="menu-item"><a href="/faq/">FAQs</a></li>
<li class="menu-item"><a href="/reviews/">Reviews</a></li>
<li class="menu-item"><a href="/about-us/">About us</a></li>
<li class="menu-item"><a href="/careers/">Careers</a></li>
<li class="menu-item"><a href="/contact/">Contact</a></li>
</ul></div>
</div></div>
<div class="tcb-flex-col"><div class="tcb-col">
<div class="thrv_wrapper thrv_text_element"><h4>Get in touch</h4>
<p>HeatingPro MK Ltd<br>Unit 7, Tanners Drive<br>Blakelands, Milton Keynes<br>MK14 5BW</p>
<p>Tel: <a href="tel:{_PHONE_TEL}">{_PHONE}</a><br>Emergencies: <a href="tel:{_EMERGENCY_TEL}">{_EMERGENCY}</a><br>
<a href="mailto:{_EMAIL}">{_EMAIL}</a></p>
<p><strong>Office:</strong> Mon&ndash;Fri 8am&ndash;5.30pm, Sat 9am&ndash;1pm</p></div>
</div></div>
</div></div>
<div class="thrv_wrapper thrv-columns hp-accreditations"><div class="tcb-flex-row tcb--cols--5">
<div class="tcb-flex-col"><div class="tcb-col"><div class="thrv_wrapper tve_image_caption">
<span class="tve_image_frame">
<img class="tve_image" src="/wp-content/uploads/2021/03/gas-safe-logo.png" alt="Gas Safe Register">
</span></div></div></div>
<div class="tcb-flex-col"><div class="tcb-col"><div class="thrv_wrapper tve_image_caption">
<span class="tve_image_frame">
<img class="tve_image" src="/wp-content/uploads/2021/03/mcs-logo.png" alt="MCS certified"></span></div></div></div>
<div class="tcb-flex-col"><div class="tcb-col"><div class="thrv_wrapper tve_image_caption">
<span class="tve_image_frame">
<img class="tve_image" src="/wp-content/uploads/2021/03/oftec-logo.png" alt="OFTEC registered"></span></div></div></div>
<div class="tcb-flex-col"><div class="tcb-col"><div class="thrv_wrapper tve_image_caption">
<span class="tve_image_frame">
<img class="tve_image" src="/wp-content/uploads/2021/03/which-trusted-trader.png" alt="Which? Trusted Trader">
</span></div></div></div>
<div class="tcb-flex-col"><div class="tcb-col"><div class="thrv_wrapper tve_image_caption">
<span class="tve_image_frame">
<img class="tve_image" src="/wp-content/uploads/2021/03/trustmark-logo.png" alt="TrustMark"></span></div></div></div>
</div></div>
</div>
</div>
<div class="thrv_wrapper thrv-page-section hp-footer-bottom" data-css="tve-u-17a1d01f">
<div class="tve-page-section-out"></div>
<div class="tve-page-section-in">
<div class="thrv_wrapper thrv_text_element"><p>&copy; 2025 HeatingPro MK Ltd. Registered in England &amp; Wales,
 company no. 06934172. VAT no. GB 973 4412 08. <a href="#privacy">Privacy policy</a> &middot;
 <a href="#cookies">Cookie policy</a> &middot; <a href="#terms">Terms</a></p></div>
</div>
</div>
</div>
</div>
</footer>"""


_COOKIES = """<div class="cky-consent-container cky-box-bottom-left" tabindex="0" aria-label="We value your privacy">
<div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1">We value your privacy</p>
<div class="cky-notice-group"><div class="cky-notice-des" data-cky-tag="description"><p>We use cookies to
 improve your browsing experience, show you relevant content and analyse our traffic. By clicking "Accept All",
 you consent to our use of cookies. <a href="#cookies" class="cky-policy">Cookie Policy</a></p></div>
<div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Customise</button>
<button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div>
</div></div></div>"""

_ANALYTICS = """<script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date());
gtag('config', 'G-7HPMK2Q9TZ', {'anonymize_ip': true});
</script>"""


def _section(inner, cls=""):
    return (
        f'<div class="thrv_wrapper thrv-page-section {cls}" data-css="{_uid()}">\n'
        f'<div class="tve-page-section-out" data-css="{_uid()}"></div>\n'
        f'<div class="tve-page-section-in tve_empty_dropzone" data-css="{_uid()}">\n{inner}\n</div>\n</div>'
    )


def _text(html):
    return f'<div class="thrv_wrapper thrv_text_element" data-css="{_uid()}">{html}</div>'


def _cols(*cols, cls=""):
    inner = "".join(f'<div class="tcb-flex-col"><div class="tcb-col">{c}</div></div>\n' for c in cols)
    return (
        f'<div class="thrv_wrapper thrv-columns {cls}" data-css="{_uid()}">'
        f'<div class="tcb-flex-row tcb--cols--{len(cols)} tcb-resized">\n{inner}</div></div>'
    )


def _img(src, alt, caption=""):
    cap = f'<p class="thrv-inline-text wp-caption-text">{caption}</p>' if caption else ""
    return (
        f'<div class="thrv_wrapper tve_image_caption" data-css="{_uid()}"><span class="tve_image_frame">'
        f'<img class="tve_image wp-image-{next(_ids)}" src="/wp-content/uploads/{src}" alt="{alt}" loading="lazy">'
        f"</span>{cap}</div>"
    )


def _btn(href, label):
    return (
        f'<div class="thrv_wrapper thrv-button" data-css="{_uid()}" data-button-style="btn-1">'
        f'<a href="{href}" class="tcb-button-link"><span class="tcb-button-texts">'
        f'<span class="tcb-button-text thrv-inline-text">{label}</span></span></a></div>'
    )


def _table(head, rows):
    th = "".join(f'<th class="tve_table_cell"><div class="thrv_wrapper thrv_text_element">{h}</div></th>' for h in head)
    body = "".join(
        '<tr class="tve_table_row">'
        + "".join(f'<td class="tve_table_cell"><div class="thrv_wrapper thrv_text_element">{c}</div></td>' for c in r)
        + "</tr>\n"
        for r in rows
    )
    return (
        f'<div class="thrv_wrapper thrv-table" data-css="{_uid()}"><table class="tve_table tcb-fixed">'
        f'<thead><tr class="tve_table_row">{th}</tr></thead>\n<tbody>\n{body}</tbody></table></div>'
    )


def _faq(items):
    out = []
    for q, a in items:
        out.append(
            f'<div class="thrv_wrapper thrv_toggle_shortcode thrv_toggle" data-css="{_uid()}" data-tve-style="1">'
            '<div class="tve_faq"><div class="tve_faqI">'
            f'<div class="tve_faqB"><span class="tve_toggle"></span><h4 class="tve_toggle_title">{q}</h4></div>'
            f'<div class="tve_faqC" style="display: none;">{a}</div>'
            "</div></div></div>"
        )
    return "\n".join(out)


def _testimonials(items):
    out = []
    for quote, who, where in items:
        out.append(
            f'<div class="thrv_wrapper thrv_testimonial_shortcode" data-css="{_uid()}" data-tcb-tpl="tpl_ts_3">'
            '<div class="tve_ts tve_ts3 tve_normal"><div class="tve_ts_t"><span class="tve_ts_c tve_left"></span>'
            f'<div class="tve_ts_cn tve_left"><p>{quote}</p></div></div>'
            f'<div class="tve_ts_o"><span><b>{who}</b></span><span class="tve_ts_title">{where}</span></div>'
            '<div class="tve_stars" aria-label="5 out of 5 stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>'
            "</div></div>"
        )
    return '<div class="hp-testimonials">' + "\n".join(out) + "</div>"


_SIDEBAR = f"""<aside class="hp-sidebar thrv_wrapper thrv_contentbox_shortcode" data-css="tve-u-17a1e100">
<div class="tve-content-box-background"></div>
<div class="tve-cb">
<div class="thrv_wrapper thrv_text_element"><h3>Request a call back</h3>
<p>Leave your details and one of our office team will ring you back.</p></div>
<div class="thrv_wrapper thrv_lead_generation" data-connection="api">
<form action="#" method="post" novalidate="novalidate">
<div class="tve_lg_input_container"><input type="text" name="name" placeholder="Your name"></div>
<div class="tve_lg_input_container"><input type="tel" name="phone" placeholder="Phone number"></div>
<div class="tve_lg_input_container"><input type="text" name="postcode" placeholder="Postcode"></div>
<div class="tve_lg_dropdown_container"><select name="service">
<option>Heat pump</option><option>New boiler</option><option>Boiler repair</option><option>Service / HeatCare</option>
<option>Landlord certificate</option><option>Underfloor heating</option><option>Radiators / controls</option>
<option>Plumbing</option><option>Commercial</option></select></div>
<div class="tve_lg_submit_container"><button type="submit" class="tcb-button-link">Call me back</button></div>
</form>
</div>
<div class="thrv_wrapper thrv_text_element"><h4>Why choose HeatingPro?</h4></div>
<div class="thrv_wrapper thrv-styled_list"><ul class="tcb-styled-list">
<li class="thrv-styled-list-item"><span class="thrv-advanced-inline-text tcb-styled-list-icon-text">Fixed, written
 prices - no surprises</span></li>
<li class="thrv-styled-list-item"><span class="thrv-advanced-inline-text tcb-styled-list-icon-text">Dust sheets,
 shoe covers and a tidy finish</span></li>
<li class="thrv-styled-list-item"><span class="thrv-advanced-inline-text tcb-styled-list-icon-text">Rated
 Excellent by Milton Keynes customers</span></li>
</ul></div>
<div class="thrv_wrapper thrv_text_element"><p>Need us today? Call <a href="tel:{_PHONE_TEL}">{_PHONE}</a></p></div>
</div>
</aside>"""


def _with_sidebar(main):
    return (
        '<div class="thrv_wrapper thrv-columns hp-main-with-sidebar">'
        '<div class="tcb-flex-row tcb--cols--2 tcb-resized">'
        f'\n<div class="tcb-flex-col" style="flex-basis:68%"><div class="tcb-col">\n{main}\n</div></div>'
        f'\n<div class="tcb-flex-col" style="flex-basis:32%"><div class="tcb-col">\n{_SIDEBAR}\n</div></div>'
        "\n</div></div>"
    )


def _hero(h1, strap, cls="hp-hero-inner"):
    return _section(
        _text(f'<h1 class="hp-page-title">{h1}</h1><p class="hp-strap">{strap}</p>'),
        cls=f"hp-hero {cls}",
    )


_page_ids = itertools.count(212, 7)


def _page(path, title, description, body):
    page_id = next(_page_ids)
    slug = path.strip("/") or "home"
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="description" content="{description}">
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1">
<link rel="canonical" href="{_SITE}{path}">
<meta property="og:locale" content="en_GB">
<meta property="og:type" content="website">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="HeatingPro MK">
<meta property="og:image" content="{_SITE}/wp-content/uploads/2023/05/heatingpro-van-og.jpg">
<link rel="stylesheet" id="tve_style_family_tve_flt-css"
 href="/wp-content/plugins/thrive-visual-editor/editor/css/thrive_flat.css?ver=10.4.2" media="all">
<link rel="stylesheet" id="thrive-theme-styles-css"
 href="/wp-content/themes/thrive-theme/inc/assets/dist/theme.css?ver=10.4.2" media="all">
<link rel="stylesheet" id="thrive-template-css"
 href="/wp-content/uploads/thrive/theme-template-1706.css?ver=1711" media="all">
<link rel="stylesheet" id="cookie-law-info-css"
 href="/wp-content/plugins/cookie-law-info/lite/frontend/css/script.min.css?ver=3.2.8" media="all">
<style type="text/css" id="tve_global_variables">
:root{{--tcb-color-0:rgb(230,81,0);--tcb-color-1:rgb(18,52,86);}}</style>
<link rel="icon" href="/wp-content/uploads/2021/03/cropped-hp-favicon-32x32.png" sizes="32x32">
{_ANALYTICS}
</head>
<body class="page-template-default page page-id-{page_id} page-{slug} wp-custom-logo theme-thrive-theme
 tve-theme-1706 thrive-layout-1698 tve_editor_page">
<div id="wrapper">
{_header(path)}
<div id="content">
<div class="main-container thrv_wrapper">
<div class="main-columns-separator"></div>
<main id="main" class="thrv_wrapper theme-section">
<div class="tve-page-section-in">
<article id="post-{page_id}" class="post-{page_id} page type-page status-publish">
<div class="tve_shortcode_editor tar-main-content" data-post-id="{page_id}">
<div id="tve_flt" class="tve_flt tcb-style-wrap"><div id="tve_editor" class="tve_shortcode_editor tar-main-content"
 data-post-id="{page_id}">
{body}
</div></div>
</div>
</article>
</div>
</main>
</div>
</div>
{_footer()}
</div>
{_COOKIES}
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# Page bodies
# ---------------------------------------------------------------------------------------------------------------

_HOME = "\n".join(
    [
        _section(
            _cols(
                _text(
                    "<h1>Warm homes, lower bills, no fuss.</h1>"
                    "<p>HeatingPro MK are family-run plumbing, heating and renewables engineers based in Blakelands, "
                    "Milton Keynes. Whether your boiler has given up on the coldest night of the year or you're ready "
                    "to swap gas for an air source heat pump, we'll give you honest advice and a fixed price.</p>"
                )
                + _btn("/survey-and-quote/", "Get a free quote")
                + _btn("/boiler-repairs/", "Book a boiler repair"),
                _img("2023/05/engineer-heat-pump-garden.jpg", "HeatingPro engineer fitting a heat pump in a garden"),
            ),
            cls="hp-home-hero",
        ),
        _section(
            _text("<h2>What we do</h2>")
            + _cols(
                _text(
                    "<h3>Air source heat pumps</h3><p>A heat pump designed around your home, not a one-size-fits-all "
                    "box. We handle all of the Boiler Upgrade Scheme paperwork for you.</p>"
                    '<p><a href="/air-source-heat-pumps/">Heat pumps &raquo;</a></p>'
                ),
                _text(
                    "<h3>New boilers</h3><p>A-rated gas, LPG and oil boilers from the brands we trust, fitted "
                    'neatly and registered properly.</p><p><a href="/boiler-replacement/">New boilers &raquo;</a></p>'
                ),
                _text(
                    "<h3>Repairs &amp; servicing</h3><p>Breakdowns, fault codes, annual services and our HeatCare "
                    'plans.</p><p><a href="/boiler-repairs/">Repairs &raquo;</a> '
                    '<a href="/boiler-servicing/">Servicing &raquo;</a></p>'
                ),
            )
            + _cols(
                _text(
                    "<h3>Underfloor heating</h3><p>Even, invisible warmth for extensions, kitchens and bathrooms."
                    '</p><p><a href="/underfloor-heating/">Underfloor heating &raquo;</a></p>'
                ),
                _text(
                    "<h3>Plumbing &amp; leaks</h3><p>From a dripping tap to water coming through the ceiling."
                    '</p><p><a href="/plumbing-and-leaks/">Plumbing &raquo;</a></p>'
                ),
                _text(
                    "<h3>Commercial</h3><p>Shops, offices, cafés and surgeries across Milton Keynes."
                    '</p><p><a href="/commercial/">Commercial &raquo;</a></p>'
                ),
            ),
            cls="hp-services-grid",
        ),
        _section(
            _cols(
                _text(
                    "<h3>Honest advice</h3><p>If a repair makes more sense than a new boiler, we'll tell you. "
                    "If your home isn't ready for a heat pump yet, we'll tell you that too.</p>"
                ),
                _text(
                    "<h3>Clean &amp; considerate</h3><p>Dust sheets down, shoe covers on, and a text message "
                    "when your engineer is on the way.</p>"
                ),
                _text(
                    "<h3>Local people</h3><p>Our office, stores and engineers are all here in MK, so we know the "
                    "houses - from Bletchley semis to new builds in Broughton.</p>"
                ),
            ),
            cls="hp-why",
        ),
        _section(
            _text("<h2>What our customers say</h2>")
            + _testimonials(
                [
                    (
                        "Boiler died on Christmas Eve. Called at 8am and the engineer had it going again by lunchtime. "
                        "Brilliant service.",
                        "Gemma R.",
                        "Shenley Brook End",
                    ),
                    (
                        "Really patient explaining the heat pump to my dad. The house has never been so warm.",
                        "Anil P.",
                        "Newport Pagnell",
                    ),
                    (
                        "Tidy, polite and exactly the price we were quoted. Would recommend to anyone.",
                        "Claire & Rob",
                        "Wolverton",
                    ),
                ]
            )
            + _btn("/reviews/", "Read more reviews"),
            cls="hp-home-reviews",
        ),
    ]
)

_ASHP = "\n".join(
    [
        _hero(
            "Air Source Heat Pumps in Milton Keynes",
            "MCS-certified design and installation, with the £7,500 Boiler Upgrade Scheme grant taken off your bill.",
        ),
        _section(
            _with_sidebar(
                _text(
                    "<p>An air source heat pump takes heat from the outside air - even when it's -15°C - and uses it "
                    "to heat your radiators and hot water. Designed properly, a modern heat pump gives you 3 to 4 "
                    "units of heat for every unit of electricity it uses (a seasonal efficiency, or SCOP, of 3.0 "
                    "to 4.0). We install <strong>Vaillant aroTHERM plus</strong> and "
                    "<strong>Mitsubishi Ecodan</strong> units.</p>"
                    "<h2>The Boiler Upgrade Scheme (BUS) grant</h2>"
                    "<p>The government's Boiler Upgrade Scheme gives <strong>£7,500 off</strong> the cost of an air "
                    "source heat pump in England and Wales. As an MCS-certified installer we apply for the voucher on "
                    "your behalf after your survey, and the full £7,500 is deducted straight from our invoice - you "
                    "never have to claim it back yourself.</p>"
                    "<h3>Who can get the grant?</h3>"
                    "<ul><li>You own the property - homeowners, private landlords and small businesses can all apply"
                    "</li><li>The property is in England or Wales</li>"
                    "<li>It has a valid EPC from the last 10 years (we can arrange a new one for £85 if yours has "
                    "expired)</li>"
                    "<li>The heat pump replaces a gas, oil or LPG boiler or direct electric heating</li>"
                    "<li>New builds are not eligible, apart from genuine self-builds</li></ul>"
                )
                + _text("<h2>Typical prices</h2>")
                + _table(
                    ["Typical home", "Heat pump size", "Typical cost before grant", "You pay after £7,500 grant"],
                    [
                        ["2-bed flat or terrace", "5kW", "£10,950", "£3,450"],
                        ["3-bed semi", "7kW", "£12,450", "£4,950"],
                        ["4-bed detached", "9-10kW", "£13,950", "£6,450"],
                        ["Large 5-bed or older farmhouse", "12-14kW", "£16,500", "£9,000"],
                    ],
                )
                + _text(
                    "<p><em>Prices include the outdoor unit, a new hot water cylinder, controls, a full system "
                    "flush and MCS commissioning. Any bigger radiators your rooms need are quoted separately after "
                    "the heat loss survey.</em></p>"
                    "<h2>What if I've got a combi boiler?</h2>"
                    "<p>A heat pump can't heat water instantly like a combi, so you will need a hot water cylinder. "
                    "No airing cupboard? That's very common in MK and rarely a problem. We can fit a slimline "
                    "cylinder (usually 180 to 210 litres) in a loft, garage or utility room - a space of around "
                    "600mm x 600mm is normally enough - or a compact all-in-one indoor unit that fits in a "
                    "kitchen-height cupboard.</p>"
                    "<h2>How long does installation take?</h2>"
                    "<p>Most heat pump installations take 4 to 5 working days. You'll normally be without heating "
                    "and hot water for no more than 2 of those days, and we leave the immersion heater working "
                    "wherever we can so you still have hot water.</p>"
                    "<h2>Where does the outdoor unit go?</h2>"
                    "<p>The unit sits on a ground frame or wall brackets and needs about 30cm clear behind it and "
                    "1 metre in front. Most installs are permitted development, so planning permission isn't "
                    "needed; we check listed buildings and conservation areas at survey.</p>"
                )
                + _faq(
                    [
                        (
                            "Will a heat pump work in an older house?",
                            "<p>Usually, yes. What matters is how much heat your home loses, not its age - our "
                            "heat loss survey checks whether your radiators are big enough.</p>",
                        ),
                    ]
                )
                + _btn("/survey-and-quote/", "Book a heat pump survey")
            )
        ),
    ]
)

_BOILERS = "\n".join(
    [
        _hero(
            "New Boiler Installation",
            "Worcester Bosch, Vaillant and Grant boilers fitted by our own Gas Safe and OFTEC engineers.",
        ),
        _section(
            _with_sidebar(
                _text(
                    "<p>Is your boiler over 12 years old, noisy, or costing you more in repairs every winter? A new "
                    "A-rated boiler can cut your gas use noticeably. We fit <strong>Worcester Bosch</strong> and "
                    "<strong>Vaillant</strong> gas boilers, and <strong>Grant</strong> oil boilers for villages "
                    "that aren't on mains gas.</p><h2>Fixed prices</h2>"
                )
                + _table(
                    ["Job", "Typical boiler", "From (inc. VAT)"],
                    [
                        ["Combi swap - like for like, same position", "Worcester Bosch Greenstar 4000 25kW", "£2,295"],
                        ["Larger combi for two bathrooms", "Worcester Bosch Greenstar 8000 Life 35kW", "£2,895"],
                        ["System or regular (heat only) boiler swap", "Vaillant ecoTEC plus", "£2,650"],
                        [
                            "Conversion to a combi (tanks and cylinder removed)",
                            "Worcester Greenstar 4000 30kW",
                            "£3,450",
                        ],
                        ["Boiler moved to a new position", "Any", "Quoted at survey"],
                        ["Oil boiler replacement", "Grant Vortex Pro 21kW", "£3,950"],
                    ],
                )
                + _text(
                    "<h3>Every installation includes</h3>"
                    "<ul><li>Removal and recycling of your old boiler</li>"
                    "<li>A magnetic system filter and a chemical clean of your system</li>"
                    "<li>A scale reducer on combi boilers</li>"
                    "<li>New flue and condensate pipework</li>"
                    "<li>Building Regulations notification through Gas Safe, and Benchmark commissioning</li>"
                    "<li>Registration of your manufacturer's warranty</li></ul>"
                    "<h2>How long will I be without heating?</h2>"
                    "<p>A straightforward swap normally takes one day - you'll have heating and hot water back by the "
                    "evening. Conversions from a tank-fed system to a combi, and boiler moves, usually take 2 days.</p>"
                    "<h2>Combi, system or regular?</h2>"
                    "<p>A combi suits most flats and homes with one bathroom. If two showers often run at the same "
                    "time, a system boiler with a cylinder is usually the better choice. Your surveyor will explain "
                    "the options and recommend the right size - bigger isn't always better.</p>"
                    '<p>Thinking about going low carbon instead? Have a look at our <a href="/air-source-heat-pumps/">'
                    "air source heat pumps</a>.</p>"
                )
                + _btn("/survey-and-quote/", "Get my boiler quote")
            )
        ),
    ]
)

_REPAIRS = "\n".join(
    [
        _hero(
            "Boiler Repairs &amp; Fault Finding",
            "No heating or hot water? Our Gas Safe engineers repair all the main makes.",
        ),
        _section(
            _with_sidebar(
                _text(
                    "<p>We repair Worcester Bosch, Vaillant, Baxi, Ideal, Glow-worm, Viessmann, Potterton and most "
                    "other gas and oil boilers. Our vans carry the most common parts - fans, diverter valves, "
                    "pumps and circuit boards for popular models - so we can often fix it on the first visit.</p>"
                    "<p>Call before 11am on a weekday and we aim to get to you the same day; otherwise it's the next "
                    "working day.</p><h2>Repair charges</h2>"
                )
                + _table(
                    ["", "Price (inc. VAT)"],
                    [
                        ["Diagnostic visit, including the first hour of labour", "£95"],
                        ["Each additional half hour", "£40"],
                        ["Parts", "Quoted and agreed before we fit them"],
                        ["HeatCare Plus and Complete members", "No call-out charge"],
                    ],
                )
                + _text(
                    "<p><strong>Older boilers:</strong> if your boiler is over 15 years old and the parts are no "
                    "longer made, we'll be straight with you and give you a replacement price instead. If you go "
                    "ahead with a new boiler from us within 30 days, we'll knock the £95 diagnostic fee off.</p>"
                    "<h2>Quick checks before you call</h2>"
                )
                + _faq(
                    [
                        (
                            "The pressure gauge keeps dropping",
                            "<p>When the system is cold the gauge should read between 1 and 1.5 bar. If it's below 1, "
                            "you can top it up using the filling loop (your boiler manual shows how). If it keeps "
                            "dropping every few days, water is escaping somewhere - a leaking radiator valve, or "
                            "often the pressure relief valve inside the boiler - and you'll need an engineer to find "
                            "it.</p>",
                        ),
                        (
                            "It's freezing outside and the boiler is gurgling and locking out",
                            "<p>In freezing weather the plastic condensate pipe that runs outside can freeze solid. "
                            "The boiler gurgles, then locks out with a fault code. Pour warm (not boiling) water "
                            "slowly along the pipe where it leaves the house until it thaws, then press reset. If it "
                            "keeps happening we can re-route or insulate the pipe.</p>",
                        ),
                        (
                            "The heating won't come on but the hot water works",
                            "<p>Check the thermostat has batteries and is calling for heat, and that the timer or "
                            "app isn't set to off or holiday mode.</p>",
                        ),
                        (
                            "I can smell gas",
                            "<p>Don't call us first. Call the National Gas Emergency Service free on 0800 111 999, "
                            "open doors and windows, turn off the gas at the meter and don't use electrical "
                            "switches.</p>",
                        ),
                    ]
                )
                + _testimonials(
                    [
                        (
                            "Tom found the fault in ten minutes, had the part on his van and we had hot water again "
                            "before the school run.",
                            "Lisa M.",
                            "Bletchley",
                        )
                    ]
                )
                + _btn("/contact/", "Book a repair")
            )
        ),
    ]
)

_PRICING = """<div class="thrv_wrapper thrv_pricing_table" data-css="tve-u-17a1f200">
<div class="tve_prt tve_prt_3 tve_clearfix">
<div class="tve_prt_col tve_prt_in">
<div class="tve_ctr tve_prt_head"><h3>HeatCare Essential</h3></div>
<div class="tve_ctr tve_prt_price"><span class="tve_prt_price_sign">£</span><span class="tve_prt_price_val">12.50</span>
<span class="tve_prt_price_per">/month</span></div>
<div class="thrv_wrapper thrv-styled_list"><ul class="tcb-styled-list">
<li class="thrv-styled-list-item">Annual boiler service</li>
<li class="thrv-styled-list-item">10% off any repairs</li>
<li class="thrv-styled-list-item">Priority booking</li>
</ul></div>
<div class="thrv_wrapper thrv-button"><a href="/contact/" class="tcb-button-link"><span class="tcb-button-text">Join
</span></a></div>
</div>
<div class="tve_prt_col tve_prt_in tve_prt_highlight">
<div class="tve_ctr tve_prt_head"><span class="tve_prt_ribbon">Most popular</span><h3>HeatCare Plus</h3></div>
<div class="tve_ctr tve_prt_price"><span class="tve_prt_price_sign">£</span><span class="tve_prt_price_val">18</span>
<span class="tve_prt_price_per">/month</span></div>
<div class="thrv_wrapper thrv-styled_list"><ul class="tcb-styled-list">
<li class="thrv-styled-list-item">Annual boiler service</li>
<li class="thrv-styled-list-item">Unlimited boiler and controls breakdown visits</li>
<li class="thrv-styled-list-item">Parts and labour included, up to £1,000 per repair</li>
<li class="thrv-styled-list-item">No call-out charge</li>
</ul></div>
<div class="thrv_wrapper thrv-button"><a href="/contact/" class="tcb-button-link"><span class="tcb-button-text">Join
</span></a></div>
</div>
<div class="tve_prt_col tve_prt_in">
<div class="tve_ctr tve_prt_head"><h3>HeatCare Complete</h3></div>
<div class="tve_ctr tve_prt_price"><span class="tve_prt_price_sign">£</span><span class="tve_prt_price_val">25</span>
<span class="tve_prt_price_per">/month</span></div>
<div class="thrv_wrapper thrv-styled_list"><ul class="tcb-styled-list">
<li class="thrv-styled-list-item">Everything in HeatCare Plus</li>
<li class="thrv-styled-list-item">Whole central heating system: radiators, pump, valves and cylinder</li>
<li class="thrv-styled-list-item">Plumbing emergencies such as burst pipes and leaks</li>
<li class="thrv-styled-list-item">Our 24/7 emergency line</li>
</ul></div>
<div class="thrv_wrapper thrv-button"><a href="/contact/" class="tcb-button-link"><span class="tcb-button-text">Join
</span></a></div>
</div>
</div>
</div>"""

_SERVICING = "\n".join(
    [
        _hero(
            "Boiler Servicing &amp; HeatCare Plans",
            "Keep your boiler or heat pump safe, efficient and reliable - for a one-off fee or a small monthly amount.",
        ),
        _section(
            _with_sidebar(
                _text(
                    "<p>A yearly service catches small problems before they turn into a cold-shower breakdown, and "
                    "makes sure your appliance is burning safely. A standard service takes 45 to 60 minutes, and "
                    "we'll send you a reminder 11 months later so you never forget.</p>"
                    "<h2>One-off service prices</h2>"
                )
                + _table(
                    ["Service", "Price (inc. VAT)"],
                    [
                        ["Gas boiler service", "£89"],
                        ["Oil boiler service (OFTEC)", "£125"],
                        ["Air source heat pump service", "£140"],
                        ["Gas fire service (when booked with a boiler service)", "£55"],
                    ],
                )
                + _text(
                    "<h3>What's included in a gas boiler service?</h3>"
                    "<ul><li>Flue gas analysis to check it's burning safely and efficiently</li>"
                    "<li>Inspection of the burner, heat exchanger, seals and electrics</li>"
                    "<li>Cleaning the condensate trap and checking the expansion vessel pressure</li>"
                    "<li>Checking the flue terminal and all safety devices</li>"
                    "<li>A written service report, emailed to you the same day</li></ul>"
                    "<h2>HeatCare monthly plans</h2>"
                    "<p>Prefer to spread the cost and stop worrying about breakdowns? Our HeatCare plans include your "
                    "annual service plus repair cover, paid monthly by Direct Debit.</p>"
                )
                + _PRICING
                + _text(
                    "<h3>The small print, in plain English</h3>"
                    "<ul><li>Plans have a 12-month minimum term. After that you can cancel at any time with one "
                    "month's notice.</li>"
                    "<li>You can book your annual service straight away, but repair claims can only be made once "
                    "your plan has been running for 30 days.</li>"
                    "<li>To join HeatCare Plus or Complete your boiler must be under 12 years old and pass an initial "
                    "inspection at your first service. Faults found at that inspection aren't covered.</li>"
                    "<li>Sludge-related faults are only covered if the system has a magnetic filter, or after a "
                    "powerflush.</li></ul>"
                )
                + _testimonials(
                    [
                        (
                            "Been on HeatCare Plus for three years. When the pump went in January it cost me nothing.",
                            "David K.",
                            "Stony Stratford",
                        )
                    ]
                )
                + _btn("/contact/", "Book a service")
            )
        ),
    ]
)

_LANDLORD = "\n".join(
    [
        _hero(
            "Landlord Gas Safety Certificates (CP12)",
            "Fast, fairly priced gas safety records for landlords and letting agents across Milton Keynes.",
        ),
        _section(
            _with_sidebar(
                _text(
                    "<p>Under the Gas Safety (Installation and Use) Regulations 1998, landlords must have every gas "
                    "appliance, fitting and flue in a rented property checked every 12 months by a Gas Safe "
                    "registered engineer, and give the tenant a copy of the Landlord Gas Safety Record (often "
                    "called a CP12) within 28 days of the check.</p><h2>Prices</h2>"
                )
                + _table(
                    ["", "Price (inc. VAT)"],
                    [
                        ["Gas Safety Record - first appliance (usually the boiler)", "£75"],
                        ["Each additional appliance, such as a gas hob, cooker or fire", "£20"],
                        ["Gas Safety Record plus full boiler service", "£135"],
                        ["Carbon monoxide alarm supplied and fitted", "£35"],
                    ],
                )
                + _text(
                    "<h2>Renewing early without losing time</h2>"
                    "<p>You can have the check done any time in the last 2 months before your current record "
                    "expires and still keep the original expiry date - so booking early doesn't cost you any "
                    "months. We send you a reminder 8 weeks before the due date.</p>"
                    "<h2>We deal with your tenants</h2>"
                    "<p>Give us your tenant's phone number and we'll arrange access directly with them. Your "
                    "certificate is emailed to you (and your letting agent, if you have one) on the day of the "
                    "visit, usually within a few hours. If nobody is in, we'll try a second time at no charge; a "
                    "third wasted visit is charged at £40.</p>"
                    "<h2>If an appliance fails</h2>"
                    "<p>If we find something unsafe we'll label it 'At Risk' or 'Immediately Dangerous', make it "
                    "safe, explain it to your tenant and send you a quote for the repair.</p>"
                    "<h2>Portfolio landlords and agents</h2>"
                    "<p>Landlords with 10 or more properties get 10% off Gas Safety Records, and one invoice a "
                    "month.</p>"
                )
                + _btn("/contact/", "Book a gas safety check")
            )
        ),
    ]
)

_UFH = "\n".join(
    [
        _hero(
            "Underfloor Heating",
            "Wet and electric underfloor heating for extensions, new builds and renovations.",
        ),
        _section(
            _with_sidebar(
                _text(
                    "<p>Underfloor heating turns the whole floor into a gentle radiator - no cold spots, no "
                    "radiators on the walls, and more space for furniture. Because it runs at just 35 to 45°C "
                    "it's the perfect partner for a heat pump, and it works well with a modern condensing boiler "
                    "too.</p><h2>Which system?</h2>"
                    "<ul><li><strong>Wet system in screed</strong> - pipes laid over insulation and covered with "
                    "screed. Best for extensions and new builds.</li>"
                    "<li><strong>Low-profile overlay</strong> - 18mm grooved boards laid over your existing floor. "
                    "Ideal for renovations where you can't dig up the floor.</li>"
                    "<li><strong>Electric mats</strong> - thin heating mats under tiles. Great for bathrooms and "
                    "small rooms.</li></ul><h2>Prices</h2>"
                )
                + _table(
                    ["System", "Typical price (inc. VAT)"],
                    [
                        ["Wet underfloor heating in new screed (extensions and new builds)", "£55 to £70 per m²"],
                        ["Low-profile overlay system for existing floors", "From £85 per m²"],
                        ["Electric mat for a bathroom up to 4m², including thermostat", "From £395"],
                    ],
                )
                + _text(
                    "<p><em>Wet system prices include pipe, insulation, manifold, pump pack and a thermostat for "
                    "each zone. Screed and the final floor covering are not included.</em></p>"
                    "<h2>What floor coverings can I use?</h2>"
                    "<p>Tiles and stone are best, because they pass heat through easily. Engineered wood up to 18mm "
                    "thick is fine. You can have carpet, but the carpet and underlay together must be no more than "
                    "<strong>2.5 tog</strong> - ask your carpet fitter for an underlay made for underfloor heating. "
                    "Avoid thick rubber or felt underlays.</p>"
                    "<h2>Timescales</h2>"
                    "<p>We can lay the pipework for a typical 30m² kitchen extension in a day, and we'll work around "
                    "your builder's schedule. A traditional sand and cement screed needs roughly a day per "
                    "millimetre to dry for the first 40mm - about 6 to 7 weeks for a 65mm screed - before we start "
                    "the gradual warm-up. Liquid screeds can usually be warmed up after 7 days.</p>"
                )
                + _btn("/survey-and-quote/", "Ask for an underfloor heating quote")
            )
        ),
    ]
)

_RADIATORS = "\n".join(
    [
        _hero(
            "Radiators, Balancing &amp; Smart Controls",
            "Get the heat where you want it, when you want it.",
        ),
        _section(
            _with_sidebar(
                _text(
                    "<h2>What's wrong with my radiator?</h2>"
                    "<ul><li><strong>Cold at the top, warm at the bottom:</strong> there's air trapped inside. "
                    "Bleed the radiator with a radiator key, then re-pressurise the boiler if needed.</li>"
                    "<li><strong>Cold at the bottom or in the middle, warm at the top:</strong> this is usually "
                    "sludge (black magnetite) sitting in the radiator, and bleeding won't help. The cure is a "
                    "powerflush, and we fit a magnetic filter so it doesn't build up again.</li>"
                    "<li><strong>Some rooms roasting, others barely warm:</strong> the system needs balancing. We "
                    "adjust the lockshield valve on each radiator so every room gets its fair share of heat.</li>"
                    "</ul><h2>Radiator prices</h2>"
                )
                + _table(
                    ["Job", "Price (inc. VAT)"],
                    [
                        ["New standard double-panel radiator, up to 1200mm, supplied and fitted", "£285"],
                        ["Designer or column radiator, supplied and fitted", "From £495"],
                        ["Heated towel rail, supplied and fitted", "From £240"],
                        ["Thermostatic radiator valves (TRVs), per radiator", "£55"],
                        ["System balancing, typical 3-bed house", "£120"],
                        ["Powerflush, up to 10 radiators", "£495"],
                    ],
                )
                + _img(
                    "2022/11/column-radiator-hallway.jpg",
                    "Anthracite column radiator",
                    "Column radiator, Great Linford",
                )
                + _text(
                    "<h2>Smart thermostats</h2>"
                    "<p>A smart thermostat lets you control your heating from your phone, and the better ones learn "
                    "your routine. We supply and fit:</p>"
                )
                + _table(
                    ["Smart control", "Supplied and fitted"],
                    [
                        ["Hive Thermostat (heating and hot water)", "£229"],
                        ["Google Nest Learning Thermostat", "£295"],
                        ["tado° Smart Thermostat starter kit", "£249"],
                        ["Smart radiator valves (Hive, tado° or Drayton Wiser), each", "£65"],
                    ],
                )
                + _text(
                    "<p>Fitting takes about 2 hours and we set the app up on your phone before we leave. These work "
                    "with nearly all combi, system and regular boilers. If you have a Worcester Bosch boiler, the "
                    "Bosch EasyControl is worth considering because it talks directly to the boiler. Smart "
                    "radiator valves let you heat each room on its own schedule - great for a spare room or home "
                    "office.</p>"
                )
                + _btn("/contact/", "Book a visit")
            )
        ),
    ]
)

_PLUMBING = "\n".join(
    [
        _hero(
            "Plumbing, Leaks &amp; Emergencies",
            "Everyday plumbing jobs done properly, and fast help when water's going where it shouldn't.",
        ),
        _section(
            _with_sidebar(
                _text(
                    "<h2>If water is leaking right now</h2>"
                    "<ol><li><strong>Turn off the water at the stopcock.</strong> It's usually under the kitchen "
                    "sink; in some homes it's in a downstairs toilet, under the stairs or in the garage.</li>"
                    "<li><strong>Keep away from electrics.</strong> If water is near lights, sockets or the "
                    "consumer unit, switch the power off at the consumer unit - only if you can reach it from a "
                    "dry spot.</li>"
                    "<li><strong>Drain the pipes.</strong> Turn on the cold taps to empty the system, and switch "
                    "off the boiler and immersion heater.</li>"
                    "<li><strong>Catch the water.</strong> Put buckets and towels down. If a ceiling is bulging, "
                    "make a small hole in the lowest point with a screwdriver over a bucket - it's better than the "
                    "ceiling coming down.</li>"
                    "<li><strong>Call us</strong> on our emergency line and take photos for your insurer.</li></ol>"
                    "<h2>Emergency call-outs</h2>"
                    f'<p>Our emergency line, <a href="tel:{_EMERGENCY_TEL}">{_EMERGENCY}</a>, is answered from 7am to '
                    "10pm, 7 days a week. Between 10pm and 7am it's for HeatCare Complete members only. After every "
                    "emergency job we give you a written report and photos to help with an insurance claim.</p>"
                    "<h2>Everyday plumbing</h2>"
                    "<p>No job too small: dripping or new taps, toilets that won't stop running, outside taps, "
                    "plumbing in washing machines and dishwashers, replacing stopcocks, shower valve repairs and "
                    "pumps, water softeners, and unvented hot water cylinders (our engineers are G3 qualified).</p>"
                    "<h2>Plumbing prices</h2>"
                )
                + _table(
                    ["", "Price (inc. VAT)"],
                    [
                        ["Standard labour, first hour (Mon-Fri 8am-6pm)", "£75"],
                        ["Each additional half hour", "£35"],
                        ["Plumb in a washing machine or dishwasher (existing supply and waste)", "£85 fixed price"],
                        ["Outside tap supplied and fitted", "£145 fixed price"],
                        ["Hidden leak detection with thermal imaging and acoustic equipment", "From £195"],
                        ["Emergency call-out, evenings, weekends and bank holidays, first hour", "£150"],
                    ],
                )
                + _text("<p>Materials are charged on top at the price we paid, plus 10% for collection.</p>")
                + _btn("/contact/", "Book a plumber")
            )
        ),
    ]
)

_COMMERCIAL = "\n".join(
    [
        _hero(
            "Commercial Plumbing &amp; Heating",
            "Shops, offices, restaurants, surgeries, schools and churches across Milton Keynes.",
        ),
        _section(
            _cols(
                _text(
                    "<p>Our commercial team looks after businesses of every size, from a single unit in Central MK "
                    "to multi-site offices. Our commercial engineers hold the non-domestic Gas Safe categories "
                    "(COCN1, CDGA1, CIGA1 and the catering category CCCN1), so we can work on boilers up to 400kW, "
                    "commercial water heaters and kitchens.</p>"
                    "<h2>Commercial gas safety</h2>"
                    "<ul><li><strong>Non-domestic gas safety inspections</strong> for offices, shops and plant "
                    "rooms.</li>"
                    "<li><strong>Commercial catering gas certificates</strong> (CP42) for restaurant, café and "
                    "pub kitchens. A typical café kitchen with up to 4 gas appliances costs £165, including the "
                    "gas interlock test.</li>"
                    "<li><strong>Gas interlock systems</strong> fitted and tested, so the gas cuts off if the "
                    "extraction fails.</li></ul>"
                    "<h2>Maintenance contracts</h2>"
                    "<p>Our planned preventative maintenance (PPM) contracts cover servicing, thermostatic mixing "
                    "valve checks, and boiler and water heater maintenance on a schedule that suits you. Contract "
                    "customers get a 4-hour emergency response.</p>"
                    "<h2>Working around your business</h2>"
                    "<p>We'll work evenings and weekends so you can keep trading. Planned work booked at least "
                    "2 weeks ahead is carried out out of hours at no extra charge.</p>"
                    "<h2>Accounts</h2>"
                    "<p>Limited companies can open a 30-day credit account, subject to a credit check. We put your "
                    "PO number on every invoice.</p>"
                ),
                _img("2024/02/commercial-plant-room.jpg", "Commercial boiler plant room in Milton Keynes")
                + _text(
                    "<h3>Who we work with</h3><p>Retail units, dental and GP surgeries, estate agents, cafés, "
                    "schools, churches and community halls, and office landlords.</p>"
                )
                + _btn("/contact/", "Talk to our commercial team"),
            )
        ),
    ]
)

_SURVEY = "\n".join(
    [
        _hero("How Our Survey &amp; Quote Process Works", "Free, no-obligation surveys and fixed written prices."),
        _section(
            _text(
                "<p>We never quote for an installation without seeing the job, because that's how nasty surprises "
                "happen on the day. Here's what to expect.</p>"
            )
            + _cols(
                _text(
                    "<h3>1. Get in touch</h3><p>Call the office, use the form on our contact page, or send us "
                    "photos. Tell us what you have now and what you'd like.</p>"
                ),
                _text(
                    "<h3>2. Free home survey</h3><p>A surveyor visits at a time to suit you, including Saturday "
                    "mornings. A boiler survey takes around 45 minutes. A heat pump survey takes 2 to 3 hours, "
                    "because we measure every room for a full heat loss calculation. Surveys are free and there's "
                    "no obligation.</p>"
                ),
                _text(
                    "<h3>3. Your fixed quote</h3><p>Your written, itemised quote is emailed within 2 working days of "
                    "the survey and is valid for 30 days. The price we quote is the price you pay, unless you "
                    "change the job.</p>"
                ),
            )
            + _cols(
                _text(
                    "<h3>4. Book your date</h3><p>Choose an installation date that works for you. For heat pumps, "
                    "this is when we apply for your Boiler Upgrade Scheme voucher.</p>"
                ),
                _text(
                    "<h3>5. Installation</h3><p>The same small team stays with your job from start to finish, "
                    "and you'll have the installer's mobile number.</p>"
                ),
                _text(
                    "<h3>6. Handover</h3><p>We show you how to use your new controls, register your warranty, and "
                    "email all your certificates within 10 days.</p>"
                ),
            )
            + _text(
                "<h2>Quick photo quote for boiler swaps</h2>"
                "<p>Replacing a combi with a combi in the same place? Skip the visit: WhatsApp 4 photos to "
                "07700 900417 - the boiler, the flue outside, the pipes underneath the boiler and your gas meter - "
                "and we'll send you a fixed price the same working day.</p>"
                "<h2>No hard sell</h2>"
                "<p>Our surveyors are salaried and don't earn commission. If a repair makes more sense, they'll "
                "say so.</p>"
            )
            + _btn("/contact/", "Book my free survey")
        ),
    ]
)

_FINANCE = "\n".join(
    [
        _hero("Finance &amp; Payment", "Spread the cost of your new heating, and know exactly when you'll pay."),
        _section(
            _with_sidebar(
                _text(
                    "<h2>Finance options</h2>"
                    "<p>Spread the cost of a new boiler, heat pump or underfloor heating with finance from our "
                    "lending partner. Apply online in about 10 minutes; most decisions come back within minutes.</p>"
                )
                + _table(
                    ["Option", "Details"],
                    [
                        ["0% APR interest free", "Over 12 months. Minimum spend £1,000, 10% deposit."],
                        ["Low-rate finance", "9.9% APR representative over 2 to 10 years. Deposit optional."],
                    ],
                )
                + _text(
                    "<p><strong>Representative example:</strong> borrowing £3,000 over 60 months at 9.9% APR "
                    "representative (fixed rate of interest 9.48% a year) gives 60 monthly payments of £62.97. "
                    "Total amount payable £3,778.20.</p>"
                    "<p>To apply you must be 18 or over, have lived in the UK for at least 3 years, and have a "
                    "regular income from work, self-employment or a pension. Finance is subject to status.</p>"
                    "<p><small>HeatingPro MK Ltd is a credit broker, not a lender, and is authorised and regulated by "
                    "the Financial Conduct Authority (FRN 912345). We work with one lender.</small></p>"
                    "<h2>When do I pay?</h2>"
                    "<ul><li><strong>Installations over £1,000:</strong> a 20% deposit when you book your date, "
                    "and the balance on the day the job is finished. No deposit is taken if you're using "
                    "finance.</li>"
                    "<li><strong>Heat pumps:</strong> we only take your deposit once your Boiler Upgrade Scheme "
                    "voucher has been approved.</li>"
                    "<li><strong>Repairs, servicing and plumbing:</strong> payment on completion. Our engineers carry "
                    "card machines.</li></ul>"
                    "<p>We accept Visa, Mastercard, American Express, Apple Pay, Google Pay and bank transfer. We "
                    "no longer accept cheques. Commercial accounts have separate terms.</p>"
                    "<h2>Changing your mind</h2>"
                    "<p>If you sign your contract at home or online you have a 14-day cooling-off period and can "
                    "cancel for a full refund of your deposit. After 14 days we'll refund your deposit minus the "
                    "cost of any equipment we've already ordered for you that the supplier won't take back.</p>"
                    "<p>To cancel or rearrange a repair, service or gas safety visit, please give us at least 24 "
                    "hours' notice. If nobody is home and we weren't told, we may charge £45.</p>"
                )
                + _btn("/survey-and-quote/", "Get a quote")
            )
        ),
    ]
)

_WARRANTIES = "\n".join(
    [
        _hero("Warranties &amp; Guarantees", "Long manufacturer warranties, backed by our own guarantee."),
        _section(
            _text(
                "<p>Because we're accredited installers for the brands we fit, our customers get longer "
                "manufacturer warranties than you'd get from a non-accredited installer. We register every warranty "
                "for you.</p>"
            )
            + _table(
                ["Product", "Warranty when fitted by HeatingPro MK"],
                [
                    ["Worcester Bosch Greenstar 4000", "Up to 10 years"],
                    ["Worcester Bosch Greenstar 8000 Life", "Up to 12 years"],
                    ["Vaillant ecoTEC plus", "Up to 10 years"],
                    ["Grant Vortex Pro oil boiler", "7 years"],
                    ["Vaillant aroTHERM plus heat pump", "7 years"],
                    ["Mitsubishi Ecodan heat pump", "7 years"],
                ],
            )
            + _text(
                "<h2>Our own workmanship guarantee</h2>"
                "<ul><li>2 years on every installation we carry out.</li>"
                "<li>12 months on repairs, covering the parts we supplied and our labour.</li>"
                "<li>Heat pumps also come with a 6-year insurance-backed workmanship warranty, which still "
                "protects you if we ever stop trading.</li></ul>"
                "<h2>Keeping your warranty valid</h2>"
                "<ul><li>Have the boiler or heat pump serviced every year by a Gas Safe (or, for heat pumps, "
                "MCS) engineer - the first service is due within 12 months of installation.</li>"
                "<li>Keep your Benchmark checklist and service records safe.</li>"
                "<li>Don't let anyone else alter the boiler or system pipework.</li></ul>"
                "<p>Warranties don't cover faults caused by frozen condensate pipes, sludge in systems without "
                "a filter, or work by other companies.</p>"
                "<h2>Making a claim</h2>"
                "<p>If something goes wrong with anything we've fitted, call us first - not the manufacturer. We'll "
                "come out within 2 working days, and if it's a manufacturer fault we'll arrange the claim for you "
                "with no call-out charge.</p>"
                "<h2>If you're not happy</h2>"
                "<p>Email our service manager at care@heatingpro-mk.co.uk. We reply within 5 working days. For "
                "heat pump installations you can also use the RECC independent dispute resolution service.</p>"
            )
        ),
    ]
)

_REVIEWS = "\n".join(
    [
        _hero("Customer Reviews", "Don't just take our word for it."),
        _section(
            _cols(
                _text("<h3>Trustpilot</h3><p><strong>4.9 out of 5</strong> from more than 870 reviews</p>"),
                _text("<h3>Google</h3><p><strong>4.8 out of 5</strong> from more than 430 reviews</p>"),
                _text("<h3>Which? Trusted Trader</h3><p>Endorsed since 2016</p>"),
            )
            + _testimonials(
                [
                    (
                        "From the survey to the handover, everything was explained clearly. The heat pump has been "
                        "running all winter and our bills are lower than with the old oil boiler.",
                        "Helen & Steve W.",
                        "Hanslope - air source heat pump",
                    ),
                    (
                        "Our boiler swap was done in a day and the engineer even hoovered up afterwards.",
                        "Jas B.",
                        "Furzton - new combi boiler",
                    ),
                    (
                        "Got the landlord certificate for my flat sorted without me having to take a day off work. "
                        "They dealt with the tenant directly.",
                        "Oliver N.",
                        "Bletchley - landlord gas safety",
                    ),
                    (
                        "Pipe burst in the loft on a Sunday evening. They talked me through turning everything off "
                        "and were here within the hour.",
                        "Maureen F.",
                        "Woburn Sands - emergency plumbing",
                    ),
                    (
                        "Underfloor heating in our extension is fantastic. They worked brilliantly with our builder.",
                        "The Okafor family",
                        "Broughton - underfloor heating",
                    ),
                    (
                        "Fair price for a powerflush and the radiators upstairs finally get hot.",
                        "Pete L.",
                        "Netherfield - powerflush",
                    ),
                    (
                        "We use HeatingPro for all six of our shops. Always turn up when they say they will.",
                        "R. Mistry, Operations Manager",
                        "Central Milton Keynes - commercial",
                    ),
                    (
                        "The engineer was late because of traffic but rang ahead to let me know. Great job otherwise.",
                        "Sam E.",
                        "Buckingham - boiler service",
                    ),
                ]
            )
            + _text(
                "<h2>How we collect reviews</h2>"
                "<p>Every customer gets an email invitation to leave a review after their job. We don't pay for "
                "reviews, we don't filter out the less glowing ones, and our managing director reads and replies "
                "to every single one.</p>"
            )
            + _cols(
                _btn("https://uk.trustpilot.com/review/heatingpro-mk.co.uk", "Review us on Trustpilot"),
                _btn("https://g.page/r/heatingpro-mk/review", "Review us on Google"),
            )
        ),
    ]
)

_ABOUT = "\n".join(
    [
        _hero("About HeatingPro MK", "Local engineers who care about doing the job properly."),
        _section(
            _cols(
                _text(
                    "<h2>Our story</h2>"
                    "<p>Darren Cole started HeatingPro in 2009 with one van and a toolbox, after 11 years as a "
                    "British Gas engineer. He still runs the company today as Managing Director. We've grown to a "
                    "team of 22 - including 14 engineers, all directly employed - working from our unit in "
                    "Blakelands. In 2019 we fitted our first heat pump, and renewables are now almost half of what "
                    "we do.</p>"
                    "<p>All our engineers are DBS checked and carry photo ID. You can check any gas engineer's Gas "
                    "Safe ID card on the Gas Safe Register website before you let them in.</p>"
                ),
                _img("2023/05/heatingpro-team-blakelands.jpg", "The HeatingPro MK team outside the Blakelands unit"),
            )
        ),
        _section(
            _text("<h2>Meet some of the team</h2>")
            + _cols(
                _img("2023/05/team-darren.jpg", "Darren Cole")
                + _text(
                    "<h4>Darren Cole</h4><p><em>Founder &amp; Managing Director</em></p>"
                    "<p>Gas Safe and OFTEC registered. Still gets on the tools when it's busy.</p>"
                ),
                _img("2023/05/team-priya.jpg", "Priya Shah")
                + _text(
                    "<h4>Priya Shah</h4><p><em>Heat Pump Design Lead</em></p>"
                    "<p>Holds the MCS heat pump and low-temperature heating design qualifications and designs every "
                    "heat pump system we install.</p>"
                ),
                _img("2023/05/team-tom.jpg", "Tom Barker")
                + _text(
                    "<h4>Tom Barker</h4><p><em>Senior Gas Engineer</em></p>"
                    "<p>18 years in the trade; leads our commercial team and trains our apprentices.</p>"
                ),
            )
            + _cols(
                _img("2023/05/team-kelly.jpg", "Kelly Ward")
                + _text(
                    "<h4>Kelly Ward</h4><p><em>Office Manager</em></p>"
                    "<p>The friendly voice you'll usually hear when you ring us.</p>"
                ),
                _img("2023/05/team-marcus.jpg", "Marcus Oyelaran")
                + _text("<h4>Marcus Oyelaran</h4><p><em>Surveyor</em></p><p>Visits most of our boiler customers.</p>"),
                _img("2023/05/team-jordan.jpg", "Jordan Mills")
                + _text("<h4>Jordan Mills</h4><p><em>Apprentice, 3rd year</em></p><p>Our future gas engineer.</p>"),
            )
        ),
        _section(
            _text(
                "<h2>Accreditations</h2>"
                "<ul><li>Gas Safe Register - registration number 587231</li>"
                "<li>MCS certified heat pump installer - certificate NAP-58213</li>"
                "<li>OFTEC registered for oil-fired appliances - C7284</li>"
                "<li>Which? Trusted Trader</li>"
                "<li>Worcester Bosch Accredited Installer and Vaillant Advance installer</li>"
                "<li>RECC (Renewable Energy Consumer Code) member and TrustMark registered</li></ul>"
            ),
            cls="hp-accreditations-list",
        ),
    ]
)

_CAREERS = "\n".join(
    [
        _hero("Careers &amp; Apprenticeships", "Build a career in heating - and help MK go low carbon."),
        _section(
            _with_sidebar(
                _text(
                    "<h2>Current vacancies</h2>"
                    "<h3>Qualified Gas Engineer (domestic)</h3>"
                    "<p>£40,000 to £48,000 plus a van and fuel card. 37.5-hour week, Monday to Friday, with a "
                    "paid 1-in-6 on-call rota. You'll need current Gas Safe domestic tickets and a full UK "
                    "driving licence.</p>"
                    "<h3>Heat Pump Installer / Commissioning Engineer</h3>"
                    "<p>£38,000 to £45,000 plus van. Plumbing and heating experience essential; we'll pay for your "
                    "heat pump and MCS training.</p>"
                    "<h2>Apprenticeships</h2>"
                    "<p>Every September we take on two apprentices on the Level 3 Plumbing and Domestic Heating "
                    "Technician apprenticeship. You'll spend one day a week at Milton Keynes College and the rest "
                    "working alongside our engineers. The apprenticeship takes about 4 years.</p>"
                    "<ul><li>Aged 16 or over</li>"
                    "<li>GCSE English and maths at grade 4 (C) or above</li>"
                    "<li>Reliable, practical and happy to get stuck in</li></ul>"
                    "<p>Apprentices start on £8.50 an hour, with a pay rise each year as you progress. Applications "
                    "open in March and close on 31 May for a September start.</p>"
                    "<h2>Why work with us?</h2>"
                    "<ul><li>25 days' holiday plus bank holidays</li>"
                    "<li>Company pension and paid training</li>"
                    "<li>Quality tools provided</li></ul>"
                    "<h2>How to apply</h2>"
                    "<p>Email your CV and a few lines about yourself to "
                    '<a href="mailto:careers@heatingpro-mk.co.uk">careers@heatingpro-mk.co.uk</a>. '
                    "No agencies, please.</p>"
                )
            )
        ),
    ]
)

_FAQ = "\n".join(
    [
        _hero("Frequently Asked Questions", "Can't find your answer? Give the office a ring."),
        _section(
            _faq(
                [
                    (
                        "Do I need to be at home?",
                        "<p>Yes - someone aged 18 or over needs to be in for the whole visit, so they can let us "
                        "in, show us around and sign off the work.</p>",
                    ),
                    (
                        "Can you give me an appointment time?",
                        "<p>We book morning (8am to 12pm) or afternoon (12pm to 5pm) slots, and your engineer "
                        "will text you with a 30-minute arrival time once they're on the way.</p>",
                    ),
                    (
                        "Will you fit a boiler I've bought myself?",
                        "<p>No. We only install boilers and heat pumps that we supply, because we can't be sure "
                        "where other units have come from and we couldn't give you the extended warranty. For "
                        "smaller plumbing jobs we're happy to fit taps, toilets and showers you've bought "
                        "yourself, although any guarantee on the item itself stays with the retailer.</p>",
                    ),
                    (
                        "Where will your engineer park?",
                        "<p>We need somewhere to park a van within about 50 metres of your home, as we carry "
                        "heavy tools and parts. If you live in a permit-only area, please have a visitor permit "
                        "ready. If we have to use a pay-and-display car park, the cost is added to your invoice "
                        "at cost.</p>",
                    ),
                    (
                        "Can you move my gas meter?",
                        "<p>No - meters belong to your gas supplier, so you'll need to contact them to move it. "
                        "We can re-route the pipework after the meter once it's been moved.</p>",
                    ),
                    (
                        "Do you connect gas cookers and hobs?",
                        "<p>Yes. Connecting a freestanding cooker or hob to an existing gas point costs £85, "
                        "including a safety check.</p>",
                    ),
                    (
                        "Will there be a lot of mess?",
                        "<p>We put dust sheets down, wear shoe covers, and take all packaging and old parts away "
                        "with us.</p>",
                    ),
                    (
                        "I have pets - is that a problem?",
                        "<p>Not at all, but please keep them in another room while we work, as doors may be left "
                        "open and we'll have tools about.</p>",
                    ),
                ]
            )
            + _btn("/contact/", "Still have a question? Contact us")
        ),
    ]
)

_CONTACT = "\n".join(
    [
        _hero("Contact Us", "Speak to our Milton Keynes office team."),
        _section(
            _cols(
                _text(
                    "<h2>Get in touch</h2>"
                    f'<p><strong>Office:</strong> <a href="tel:{_PHONE_TEL}">{_PHONE}</a><br>'
                    f'<strong>Emergencies:</strong> <a href="tel:{_EMERGENCY_TEL}">{_EMERGENCY}</a><br>'
                    "<strong>WhatsApp:</strong> 07700 900417<br>"
                    f'<strong>Email:</strong> <a href="mailto:{_EMAIL}">{_EMAIL}</a></p>'
                    "<h3>Office opening hours</h3>"
                )
                + _table(
                    ["Day", "Hours"],
                    [
                        ["Monday to Friday", "8:00am - 5:30pm"],
                        ["Saturday", "9:00am - 1:00pm"],
                        ["Sunday", "Closed"],
                        ["Bank holidays", "Office closed - emergency line open as usual"],
                        ["Christmas", "Office closed 25 December to 1 January"],
                    ],
                )
                + _text(
                    "<h3>Visit us</h3>"
                    "<p>Unit 7, Tanners Drive, Blakelands, Milton Keynes MK14 5BW - just off Monks Way (H3). "
                    "There's free customer parking in front of the unit. Our showroom has a working Vaillant "
                    "heat pump and an underfloor heating display; visits are on weekdays, by appointment.</p>"
                ),
                '<div class="thrv_wrapper thrv_contentbox_shortcode hp-contact-form"><div class="tve-cb">'
                + _text("<h3>Send us a message</h3>")
                + """<div class="thrv_wrapper thrv_lead_generation" data-connection="api">
<form action="#" method="post" novalidate="novalidate">
<div class="tve_lg_input_container"><input type="text" name="name" placeholder="Name"></div>
<div class="tve_lg_input_container"><input type="email" name="email" placeholder="Email"></div>
<div class="tve_lg_input_container"><input type="tel" name="phone" placeholder="Phone"></div>
<div class="tve_lg_input_container"><input type="text" name="postcode" placeholder="Postcode"></div>
<div class="tve_lg_textarea_container"><textarea name="message" placeholder="How can we help?"></textarea></div>
<div class="tve_lg_checkbox_container"><label><input type="checkbox" name="gdpr"> I agree to be contacted about
 my enquiry</label></div>
<div class="tve_lg_submit_container"><button type="submit" class="tcb-button-link">Send</button></div>
</form></div></div></div>""",
            )
        ),
        _section(
            _text(
                "<h2>Areas we cover</h2>"
                "<p>We cover Milton Keynes and the towns and villages within about 20 miles, including Newport "
                "Pagnell, Olney, Stony Stratford, Wolverton, Bletchley, Woburn Sands, Cranfield, Buckingham, "
                "Winslow, Leighton Buzzard and Towcester.</p>"
                "<p>For heat pump and underfloor heating installations we'll travel up to 40 miles, including "
                "Bedford, Northampton and Aylesbury.</p>"
                "<p>Postcodes: MK1 to MK19, MK43 to MK46, NN7, NN12 and LU7. Not sure if you're in our area? Just "
                "ask.</p>"
            )
            + _img("2022/06/areas-covered-map.png", "Map of the areas HeatingPro MK covers around Milton Keynes"),
            cls="hp-areas",
        ),
    ]
)


HTML = {
    "/": _page(
        "/",
        "HeatingPro MK | Heat Pumps, Boilers &amp; Plumbing in Milton Keynes",
        "Family-run plumbing, heating and renewables engineers in Milton Keynes: heat pumps, boilers, repairs, "
        "servicing and plumbing.",
        _HOME,
    ),
    "/air-source-heat-pumps/": _page(
        "/air-source-heat-pumps/",
        "Air Source Heat Pumps Milton Keynes | £7,500 BUS Grant | HeatingPro MK",
        "MCS-certified air source heat pump installers in Milton Keynes. We claim the Boiler Upgrade Scheme grant "
        "for you.",
        _ASHP,
    ),
    "/boiler-replacement/": _page(
        "/boiler-replacement/",
        "New Boiler Installation Milton Keynes | Fixed Prices | HeatingPro MK",
        "Worcester Bosch, Vaillant and Grant oil boilers fitted at fixed prices by Gas Safe engineers.",
        _BOILERS,
    ),
    "/boiler-repairs/": _page(
        "/boiler-repairs/",
        "Boiler Repair &amp; Breakdowns Milton Keynes | HeatingPro MK",
        "Fast boiler repairs and fault finding for all major makes in Milton Keynes.",
        _REPAIRS,
    ),
    "/boiler-servicing/": _page(
        "/boiler-servicing/",
        "Boiler Servicing &amp; HeatCare Plans | HeatingPro MK",
        "Annual boiler and heat pump servicing, and HeatCare monthly breakdown cover plans.",
        _SERVICING,
    ),
    "/landlord-gas-safety/": _page(
        "/landlord-gas-safety/",
        "Landlord Gas Safety Certificates (CP12) Milton Keynes | HeatingPro MK",
        "Landlord gas safety records for private landlords and letting agents in Milton Keynes.",
        _LANDLORD,
    ),
    "/underfloor-heating/": _page(
        "/underfloor-heating/",
        "Underfloor Heating Installation | HeatingPro MK",
        "Wet and electric underfloor heating for extensions, new builds and renovations around Milton Keynes.",
        _UFH,
    ),
    "/radiators-and-controls/": _page(
        "/radiators-and-controls/",
        "Radiators, Balancing &amp; Smart Thermostats | HeatingPro MK",
        "New radiators, powerflushing, system balancing and smart thermostats fitted in Milton Keynes.",
        _RADIATORS,
    ),
    "/plumbing-and-leaks/": _page(
        "/plumbing-and-leaks/",
        "Plumber Milton Keynes | Leaks &amp; Emergency Plumbing | HeatingPro MK",
        "General plumbing, leaks and emergency call-outs across Milton Keynes.",
        _PLUMBING,
    ),
    "/commercial/": _page(
        "/commercial/",
        "Commercial Plumbing &amp; Heating Milton Keynes | HeatingPro MK",
        "Commercial gas safety, catering certificates, maintenance contracts and heating for businesses.",
        _COMMERCIAL,
    ),
    "/survey-and-quote/": _page(
        "/survey-and-quote/",
        "How Our Survey &amp; Quote Process Works | HeatingPro MK",
        "Free home surveys and fixed written quotes for boilers, heat pumps and underfloor heating.",
        _SURVEY,
    ),
    "/finance-and-payment/": _page(
        "/finance-and-payment/",
        "Finance &amp; Payment Options | HeatingPro MK",
        "Interest-free and low-rate finance, deposits, payment methods and cancellations.",
        _FINANCE,
    ),
    "/warranties/": _page(
        "/warranties/",
        "Warranties &amp; Guarantees | HeatingPro MK",
        "Manufacturer warranties and our workmanship guarantee on boilers and heat pumps.",
        _WARRANTIES,
    ),
    "/reviews/": _page(
        "/reviews/",
        "Customer Reviews | HeatingPro MK",
        "Read what Milton Keynes customers say about HeatingPro MK.",
        _REVIEWS,
    ),
    "/about-us/": _page(
        "/about-us/",
        "About Us | Meet the Team | HeatingPro MK",
        "Meet the HeatingPro MK team and see our accreditations.",
        _ABOUT,
    ),
    "/careers/": _page(
        "/careers/",
        "Careers &amp; Apprenticeships | HeatingPro MK",
        "Gas engineer, heat pump installer and apprenticeship vacancies in Milton Keynes.",
        _CAREERS,
    ),
    "/faq/": _page(
        "/faq/",
        "FAQs | HeatingPro MK",
        "Answers to common questions about visits from HeatingPro MK engineers.",
        _FAQ,
    ),
    "/contact/": _page(
        "/contact/",
        "Contact Us | HeatingPro MK",
        "Contact HeatingPro MK in Blakelands, Milton Keynes. Opening hours and areas we cover.",
        _CONTACT,
    ),
}

QUESTIONS = [
    ("Is there still a grant for heat pumps? How much would we actually get off", "/air-source-heat-pumps/"),
    (
        "We've only got a combi and there's no airing cupboard in our house, would a heat pump even work for us?",
        "/air-source-heat-pumps/",
    ),
    (
        "I work from home so need to plan ahead - if we get a heat pump put in how many days are we without heating?",
        "/air-source-heat-pumps/",
    ),
    ("rough price for swapping my old combi for a new one in the same spot?", "/boiler-replacement/"),
    ("whats your call out charge to come and look at a broken boiler", "/boiler-repairs/"),
    (
        "It's minus 4 this morning and the boiler keeps gurgling then cutting out with an error code. It was fine "
        "last night. Do I need an engineer?",
        "/boiler-repairs/",
    ),
    ("How much is a boiler service?", "/boiler-servicing/"),
    (
        "Thinking of going on your monthly plan that covers breakdowns. If I sign up today and the boiler dies next "
        "week am I covered?",
        "/boiler-servicing/",
    ),
    (
        "I let out a two bed flat in Bletchley, it has a boiler and a gas hob. What will the yearly landlord "
        "certificate cost me?",
        "/landlord-gas-safety/",
    ),
    (
        "We're having a kitchen extension built and want the heating in the floor. Ballpark price per square metre?",
        "/underfloor-heating/",
    ),
    (
        "can we have carpet on top of underfloor heating in the living room or does it need to be tiles",
        "/underfloor-heating/",
    ),
    (
        "The radiators upstairs are cold at the bottom but hot at the top. I've bled them and it made no difference",
        "/radiators-and-controls/",
    ),
    ("do you fit hive thermostats, and whats the cost", "/radiators-and-controls/"),
    (
        "water is dripping through my kitchen ceiling from the bathroom above!! what do I do until someone gets here",
        "/plumbing-and-leaks/",
    ),
    (
        "Just moved in and need the washing machine plumbing in, there's already a tap and waste pipe there. "
        "How much would that be?",
        "/plumbing-and-leaks/",
    ),
    (
        "I run a little cafe in CMK and I need the gas safety certificate for the kitchen, cooker and fryers etc. "
        "Can you do that?",
        "/commercial/",
    ),
    (
        "Do you charge to come round and price up a new boiler? And how long till I get the price through",
        "/survey-and-quote/",
    ),
    ("can I pay for a new boiler monthly, interest free?", "/finance-and-payment/"),
    (
        "We signed up for a new boiler on Saturday but we've had a rethink. Do we get our deposit back?",
        "/finance-and-payment/",
    ),
    (
        "The boiler you put in for us three years ago has stopped working. Is it still covered and do I ring "
        "Worcester or you?",
        "/warranties/",
    ),
    ("Who actually runs the company and how long have you been going?", "/about-us/"),
    ("My son is 16 and wants to be a plumber when he leaves school, do you take on apprentices", "/careers/"),
    ("I got a boiler cheap online in a sale, would you be able to fit it for me?", "/faq/"),
    ("do you cover olney", "/contact/"),
    ("Are you any good? What are people saying about you on trustpilot and google", "/reviews/"),
]

OUT_OF_SCOPE = [
    "Do you fit solar panels and batteries as well?",
    "Can you put air conditioning in our upstairs office, it gets boiling in summer",
    "Do you do complete bathroom refits including the tiling?",
    "What about ground source heat pumps? We've got a big field behind the house",
    "Is there a discount for NHS staff or pensioners?",
    "Can you fit an EV charger on my drive while you're here doing the boiler?",
    "What time does the tip at Bleak Hall close on a Sunday?",
    "Can you recommend a good Indian takeaway in Bletchley?",
]
