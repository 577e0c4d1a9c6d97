"""An evaluation site: Kestrel Foot Clinic, a podiatry and chiropody clinic in a Lincolnshire market town (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a WordPress site
built with the Astra theme and Gutenberg blocks: site-header with a mega-menu, entry-content full of
wp-block-group/wp-block-columns wrappers, sidebar widget areas, a cookie notice and a four-column footer.
"""

NAME = "Kestrel Foot Clinic"

_MENU = [
    ("/", "Home", []),
    (
        "#",
        "Treatments",
        [
            ("/routine-chiropody/", "Routine Chiropody &amp; Nail Care"),
            ("/nail-surgery/", "Ingrown Toenail Surgery"),
            ("/verrucas/", "Verruca Treatment"),
            ("/diabetic-foot-care/", "Diabetic Foot Checks"),
            ("/orthotics-and-biomechanics/", "Orthotics &amp; Gait Analysis"),
            ("/sports-injuries-and-heel-pain/", "Sports Injuries &amp; Heel Pain"),
            ("/home-visits/", "Home Visits"),
        ],
    ),
    ("/prices/", "Prices", []),
    (
        "#",
        "Patient Information",
        [
            ("/booking-and-cancellations/", "Booking &amp; Cancellations"),
            ("/payment-and-insurance/", "Payment &amp; Insurance"),
            ("/aftercare-advice/", "Aftercare Advice"),
            ("/urgent-foot-problems/", "Urgent Foot Problems"),
            ("/faq/", "FAQs"),
            ("/clinic-policies/", "Clinic Policies &amp; Privacy"),
        ],
    ),
    ("/our-team/", "Our Team", []),
    ("/find-us/", "Find Us &amp; Opening Hours", []),
]


def _nav(current):
    items = []
    for href, label, children in _MENU:
        if children:
            subs = "".join(
                f'<li class="menu-item menu-item-type-post_type menu-item-object-page'
                f'{" current-menu-item" if h == current else ""}"><a href="{h}" class="menu-link">{t}</a></li>\n'
                for h, t in children
            )
            items.append(
                '<li class="menu-item menu-item-type-custom menu-item-has-children astra-megamenu-li '
                'full-width-mega">\n'
                f'<a href="{href}" class="menu-link">{label}<span class="ast-icon icon-arrow"></span></a>\n'
                '<button class="ast-menu-toggle" aria-expanded="false">Toggle</button>\n'
                '<ul class="astra-megamenu sub-menu astra-mega-menu-width-content">\n'
                f"{subs}</ul>\n</li>\n"
            )
        else:
            cls = " current-menu-item current_page_item" if href == current else ""
            items.append(
                f'<li class="menu-item menu-item-type-post_type menu-item-object-page{cls}">'
                f'<a href="{href}" class="menu-link">{label}</a></li>\n'
            )
    return "".join(items)


_HEAD_EXTRA = """<link rel="stylesheet" id="astra-theme-css-css"
href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3"
media="all">
<link rel="stylesheet" id="astra-addon-css-css"
href="/wp-content/uploads/astra-addon/astra-addon-65f1c2.css?ver=4.6.2" media="all">
<link rel="stylesheet" id="kestrel-child-css" href="/wp-content/themes/astra-child/style.css?ver=1.0.3" media="all">
<link rel="icon" href="/wp-content/uploads/2021/03/kestrel-icon-32x32.png" sizes="32x32">
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date());
gtag('config', 'G-K3STR3L0F7');
</script>"""

_SIDEBAR = """<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar">
<div class="sidebar-main">
<aside id="block-7" class="widget widget_block">
<div class="wp-block-group has-pale-cyan-blue-background-color has-background"><div
class="wp-block-group__inner-container">
<h2 class="wp-block-heading">Book an appointment</h2>
<p>New and returning patients welcome. Call reception or use our online diary.</p>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="/booking-and-cancellations/">Book now</a></div></div>
<p><a href="tel:01507605218">01507 605218</a></p>
</div></div>
</aside>
<aside id="nav_menu-3" class="widget widget_nav_menu">
<h2 class="widget-title">Our treatments</h2>
<div class="menu-treatments-container"><ul id="menu-treatments" class="menu">
<li class="menu-item"><a href="/routine-chiropody/">Routine chiropody</a></li>
<li class="menu-item"><a href="/nail-surgery/">Ingrown toenail surgery</a></li>
<li class="menu-item"><a href="/verrucas/">Verrucas</a></li>
<li class="menu-item"><a href="/diabetic-foot-care/">Diabetic foot checks</a></li>
<li class="menu-item"><a href="/orthotics-and-biomechanics/">Orthotics &amp; gait analysis</a></li>
<li class="menu-item"><a href="/sports-injuries-and-heel-pain/">Sports injuries &amp; heel pain</a></li>
<li class="menu-item"><a href="/home-visits/">Home visits</a></li>
</ul></div>
</aside>
<aside id="block-9" class="widget widget_block">
<blockquote class="wp-block-quote kestrel-sidebar-review"><p>&ldquo;Friendly, thorough and they explain
everything. My feet have never felt better.&rdquo;</p><cite>Margaret, Louth
&#9733;&#9733;&#9733;&#9733;&#9733;</cite></blockquote>
</aside>
</div>
</div>"""

_FOOTER = """<div class="ast-cta-band wp-block-group alignfull has-background" style="background-color:#1f5f6b">
<div class="wp-block-group__inner-container ast-container">
<div class="wp-block-columns are-vertically-aligned-center">
<div class="wp-block-column" style="flex-basis:70%"><h2 class="has-white-color has-text-color">Happy feet start
here</h2>
<p class="has-white-color has-text-color">Friendly, expert foot care in the heart of Louth.</p></div>
<div class="wp-block-column" style="flex-basis:30%"><div class="wp-block-buttons"><div class="wp-block-button
is-style-outline">
<a class="wp-block-button__link wp-element-button" href="/booking-and-cancellations/">Book your appointment</a>
</div></div></div>
</div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter">
<div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-4-equal
ast-builder-grid-row-tablet-2-equal ast-builder-grid-row-mobile-full ast-footer-row-stack"
data-section="section-primary-footer-builder">
<div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns
site-primary-footer-inner-wrap ast-builder-grid-row">
<div class="site-footer-primary-section-1 site-footer-section site-footer-section-1">
<aside class="footer-widget-area widget-area site-footer-focus-item" data-section="sidebar-widgets-footer-widget-1">
<section id="block-11" class="widget widget_block">
<img src="/wp-content/uploads/2021/03/kestrel-logo-white.png" alt="Kestrel Foot Clinic" width="180" height="54">
<p>Kestrel Foot Clinic<br>Unit 3, Chantry Yard<br>Eastgate, Louth<br>Lincolnshire LN11 9AJ</p>
</section></aside></div>
<div class="site-footer-primary-section-2 site-footer-section site-footer-section-2">
<aside class="footer-widget-area widget-area site-footer-focus-item" data-section="sidebar-widgets-footer-widget-2">
<section id="block-12" class="widget widget_block"><h2 class="widget-title">Get in touch</h2>
<p>Tel: <a href="tel:01507605218">01507 605218</a><br>Email: <a
href="mailto:hello@kestrelfootclinic.co.uk">hello@kestrelfootclinic.co.uk</a></p>
</section></aside></div>
<div class="site-footer-primary-section-3 site-footer-section site-footer-section-3">
<aside class="footer-widget-area widget-area site-footer-focus-item" data-section="sidebar-widgets-footer-widget-3">
<section id="block-13" class="widget widget_block"><h2 class="widget-title">Clinic hours</h2>
<p>Mon&ndash;Fri 8.30am&ndash;5.30pm<br>Late clinic Thursday until 7.30pm<br>Saturday 9am&ndash;1pm<br>
<a href="/find-us/">Full opening hours</a></p>
</section></aside></div>
<div class="site-footer-primary-section-4 site-footer-section site-footer-section-4">
<aside class="footer-widget-area widget-area site-footer-focus-item" data-section="sidebar-widgets-footer-widget-4">
<section id="nav_menu-5" class="widget widget_nav_menu"><h2 class="widget-title">Quick links</h2>
<ul class="menu"><li><a href="/prices/">Prices</a></li><li><a href="/faq/">FAQs</a></li>
<li><a href="/clinic-policies/">Privacy &amp; policies</a></li><li><a href="/urgent-foot-problems/">Urgent
problems</a></li></ul>
</section>
<div class="ast-footer-social-1-wrap ast-footer-social-wrap"><div class="footer-social-inner-wrap
element-social-inner-wrap social-show-label-false">
<a href="https://www.facebook.com/kestrelfootclinic" aria-label="Facebook" class="ast-builder-social-element
ast-facebook">Facebook</a>
<a href="https://www.instagram.com/kestrelfootclinic" aria-label="Instagram" class="ast-builder-social-element
ast-instagram">Instagram</a>
</div></div>
</aside></div>
</div></div></div>
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full">
<div class="ast-builder-grid-row-container-inner"><div class="site-footer-below-section-1 site-footer-section">
<div class="ast-footer-copyright"><p>Copyright &copy; 2024 Kestrel Foot Clinic Ltd. Registered in England &amp; Wales
no. 09241187. | Powered by Astra WordPress Theme</p></div>
</div></div></div>
</footer>
<div id="cookie-law-info-bar" class="cli-bar-container cli-style-v2" data-cli-style="cli-style-v2" role="dialog">
<div class="cli-bar-message">We use cookies on our website to give you the most relevant experience by remembering your
preferences and repeat visits. By clicking &ldquo;Accept All&rdquo;, you consent to the use of ALL the cookies.</div>
<div class="cli-bar-btn_container"><a role="button" class="cli_settings_button" href="#">Cookie Settings</a>
<a role="button" id="cookie_action_close_header" class="medium cli-plugin-button cli-plugin-main-button"
href="#">Accept All</a></div>
</div>"""


def _page(path, title, body, description, sidebar=True, page_id=10):
    layout = "ast-right-sidebar" if sidebar else "ast-no-sidebar"
    full_title = f"{title} | Kestrel Foot Clinic"
    if path == "/":
        full_title = "Kestrel Foot Clinic | Podiatrist &amp; Chiropodist in Louth"
    return (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="UTF-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{full_title}</title>\n"
        f'<meta name="description" content="{description}">\n'
        '<meta name="robots" content="index, follow, max-image-preview:large">\n'
        f'<link rel="canonical" href="https://www.kestrelfootclinic.co.uk{path}">\n'
        f'<meta property="og:title" content="{full_title}">\n'
        '<meta property="og:site_name" content="Kestrel Foot Clinic">\n'
        f"{_HEAD_EXTRA}\n</head>\n"
        f'<body class="page-template-default page page-id-{page_id} wp-custom-logo ast-desktop '
        "ast-page-builder-template "
        f'ast-separate-container {layout} astra-4.6.4 ast-header-custom-item-inside ast-full-width-primary-header">\n'
        '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>\n'
        '<div class="hfeed site" id="page">\n'
        '<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline '
        'ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" '
        'itemtype="https://schema.org/WPHeader">\n'
        '<div class="ast-above-header-wrap"><div class="ast-above-header-bar ast-above-header">'
        '<div class="ast-container">'
        '<div class="ast-flex ast-above-header-section-wrap">'
        '<span class="ast-header-html-1">Call us on <a href="tel:01507605218">01507 605218</a> &middot; '
        "Ground-floor clinic in Louth town centre &middot; New patients welcome</span>"
        "</div></div></div></div>\n"
        '<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container">'
        '<div class="ast-flex main-header-container">\n'
        '<div class="site-branding"><div class="ast-site-identity" itemtype="https://schema.org/Organization">'
        '<span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home">'
        '<img width="240" height="72" src="/wp-content/uploads/2021/03/kestrel-foot-clinic-logo.png" '
        'class="custom-logo" '
        'alt="Kestrel Foot Clinic"></a></span></div></div>\n'
        '<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation">'
        '<nav class="site-navigation ast-flex-grow-1 navigation-accessibility" id="primary-site-navigation" '
        'aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement">'
        '<div class="main-navigation ast-inline-flex"><ul id="primary-menu" class="main-header-menu ast-menu-shadow '
        'ast-nav-menu ast-flex submenu-with-border astra-menu-animation-fade stack-on-mobile">\n'
        f"{_nav(path)}"
        '<li class="menu-item ast-header-button"><a href="/booking-and-cancellations/" '
        'class="menu-link ast-custom-button-link"><div class="ast-button">Book Now</div></a></li>\n'
        "</ul></div></nav></div></div>\n"
        "</div></div></div></div>\n</header>\n"
        '<div id="content" class="site-content"><div class="ast-container">\n'
        '<div id="primary" class="content-area primary"><main id="main" class="site-main">\n'
        f'<article class="post-{page_id} page type-page status-publish ast-article-single" id="post-{page_id}" '
        'itemtype="https://schema.org/CreativeWork">\n'
        '<header class="entry-header ast-no-thumbnail">'
        f'<h1 class="entry-title" itemprop="headline">{title}</h1></header>\n'
        '<div class="entry-content clear" itemprop="text">\n'
        f"{body}\n"
        "</div>\n</article>\n</main></div>\n"
        f"{_SIDEBAR if sidebar else ''}\n"
        "</div></div>\n"
        f"{_FOOTER}\n"
        "</div>\n</body>\n</html>\n"
    )


_HOME = """<div class="wp-block-cover alignfull is-light kestrel-hero" style="min-height:520px">
<img class="wp-block-cover__image-background" alt="Podiatrist examining a patient's foot"
src="/wp-content/uploads/2022/05/clinic-room-hero.jpg">
<div class="wp-block-cover__inner-container">
<h2 class="has-text-align-left has-huge-font-size">Expert foot care in Louth since 2006</h2>
<p>From routine nail care to ingrown toenail surgery, verrucas, diabetic foot checks and custom orthotics &ndash;
our friendly team of podiatrists look after the feet of Louth and the Lincolnshire Wolds.</p>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="/booking-and-cancellations/">Book an appointment</a></div>
<div class="wp-block-button is-style-outline"><a class="wp-block-button__link wp-element-button" href="/prices/">View
our prices</a></div></div>
</div></div>

<div class="wp-block-group kestrel-intro"><div class="wp-block-group__inner-container">
<h2 class="wp-block-heading has-text-align-center">Welcome to Kestrel Foot Clinic</h2>
<p class="has-text-align-center">Kestrel Foot Clinic is an independent, family-run podiatry practice tucked away in
Chantry Yard, just off Eastgate. Helen Marsh opened the clinic in 2006 with a single treatment room; today we have three
fully equipped clinic rooms, a dedicated gait analysis studio and a small team of podiatrists who between them cover
everything from the everyday to the specialist. Whether you are a keen runner with a niggling heel, a parent worried
about a child&rsquo;s verruca, or simply finding it harder to reach your toes, we&rsquo;re here to help.</p>
</div></div>

<div class="wp-block-columns kestrel-services-grid">
<div class="wp-block-column"><div class="wp-block-group service-card"><div class="wp-block-group__inner-container">
<h3 class="wp-block-heading">Routine chiropody</h3><p>Nail cutting, corns, hard skin and thickened nails, done gently
and
properly.</p><p><a href="/routine-chiropody/">Find out more &raquo;</a></p></div></div></div>
<div class="wp-block-column"><div class="wp-block-group service-card"><div class="wp-block-group__inner-container">
<h3 class="wp-block-heading">Ingrown toenails</h3><p>Permanent solutions under local anaesthetic, with all your
redressings included.</p><p><a href="/nail-surgery/">Find out more &raquo;</a></p></div></div></div>
<div class="wp-block-column"><div class="wp-block-group service-card"><div class="wp-block-group__inner-container">
<h3 class="wp-block-heading">Verrucas</h3><p>A range of treatments for stubborn verrucas in adults and children.</p>
<p><a href="/verrucas/">Find out more &raquo;</a></p></div></div></div>
</div>
<div class="wp-block-columns kestrel-services-grid">
<div class="wp-block-column"><div class="wp-block-group service-card"><div class="wp-block-group__inner-container">
<h3 class="wp-block-heading">Diabetic foot checks</h3><p>Thorough annual assessments with a written report.</p>
<p><a href="/diabetic-foot-care/">Find out more &raquo;</a></p></div></div></div>
<div class="wp-block-column"><div class="wp-block-group service-card"><div class="wp-block-group__inner-container">
<h3 class="wp-block-heading">Orthotics &amp; sports injuries</h3><p>Gait analysis, insoles and treatment for heel,
ankle and shin pain.</p><p><a href="/orthotics-and-biomechanics/">Orthotics</a> &middot;
<a href="/sports-injuries-and-heel-pain/">Sports injuries</a></p></div></div></div>
<div class="wp-block-column"><div class="wp-block-group service-card"><div class="wp-block-group__inner-container">
<h3 class="wp-block-heading">Home visits</h3><p>Can&rsquo;t get to us? Our domiciliary podiatrist can come to you.</p>
<p><a href="/home-visits/">Find out more &raquo;</a></p></div></div></div>
</div>

<div class="wp-block-group has-light-gray-background-color has-background kestrel-why"><div
class="wp-block-group__inner-container">
<h2 class="wp-block-heading">Why patients choose us</h2>
<ul class="wp-block-list">
<li>Evening and Saturday appointments for people who work during the week</li>
<li>Ground-floor clinic rooms right in the town centre</li>
<li>Appointments that run to time &ndash; we don&rsquo;t double-book</li>
<li>Over 1,400 five-star reviews on Google and Facebook</li>
</ul>
</div></div>

<div class="wp-block-group kestrel-testimonials"><div class="wp-block-group__inner-container">
<h2 class="wp-block-heading has-text-align-center">What our patients say</h2>
<div class="wp-block-columns">
<div class="wp-block-column"><div class="testimonial-card"><div
class="star-rating">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
<p>&ldquo;I put off having my ingrown toenail done for years. Helen was brilliant &ndash; I didn&rsquo;t feel a thing
after the injection and it has never come back.&rdquo;</p><p class="testimonial-author">&mdash; Daniel P.,
Louth</p></div></div>
<div class="wp-block-column"><div class="testimonial-card"><div
class="star-rating">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
<p>&ldquo;James sorted out my heel pain after months of struggling. Back running parkrun in six weeks.&rdquo;</p>
<p class="testimonial-author">&mdash; Sophie R., Horncastle</p></div></div>
<div class="wp-block-column"><div class="testimonial-card"><div
class="star-rating">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
<p>&ldquo;Sue visits my father at home every eight weeks. Always cheerful, always on time.&rdquo;</p>
<p class="testimonial-author">&mdash; Ann W., Grimoldby</p></div></div>
</div>
</div></div>"""

_ROUTINE = """<div class="wp-block-group"><div class="wp-block-group__inner-container">
<p class="has-medium-font-size">Routine chiropody is the bread and butter of what we do, and for many of our patients it
is what keeps them walking comfortably. A routine appointment lasts 30 minutes and usually includes nail cutting and
filing, removal of hard skin and corns, and advice on footwear and skin care.</p>
</div></div>

<div class="wp-block-columns">
<div class="wp-block-column">
<h2 class="wp-block-heading">Corns and hard skin</h2>
<p>Corns form where a shoe or a bony prominence presses on the same spot over and over again. The skin thickens into a
hard cone that pushes inwards &ndash; which is why patients often describe a corn as &ldquo;like walking on a
stone&rdquo;. Corns commonly appear on the tops and sides of the toes, under the ball of the foot and between the toes
(soft corns). We remove the corn painlessly with a sterile scalpel blade, a process called enucleation; there&rsquo;s no
need for anaesthetic and most people walk out feeling an immediate difference. We then look at why it formed and may
fit protective padding or silicone props.</p>
<p>Please don&rsquo;t use medicated corn plasters &ndash; the acid in them can burn healthy skin and is particularly
risky if you have diabetes or poor circulation.</p>
</div>
<div class="wp-block-column">
<h2 class="wp-block-heading">Thick and fungal nails</h2>
<p>Nails that become thick, discoloured, yellow or crumbly are very often caused by a fungal infection
(onychomycosis), although injury and age can do the same. We reduce the thickness of the nail with a specialist
burr so that it is comfortable in shoes again, and we can send a nail clipping to a laboratory to confirm whether fungus
is present. If it is, we will talk you through the topical treatments available and how to use them, or recommend you
discuss oral medication with your GP. Fungal nails are slow to clear &ndash; a new, healthy big toenail takes 12 to 18
months to grow out &ndash; so regular reduction appointments help a lot in the meantime.</p>
</div>
</div>

<div class="wp-block-group is-style-default"><div class="wp-block-group__inner-container">
<h2 class="wp-block-heading">Cracked heels and dry skin</h2>
<p>Deep heel fissures can be painful and can bleed. We remove the thickened rim of skin around the cracks and recommend
a high-urea cream to use at home.</p>
<h2 class="wp-block-heading">How often should I come?</h2>
<p>Most routine patients book every 6 to 8 weeks. We will suggest an interval at the end of your first appointment, and
reception can book you a run of appointments in advance if that&rsquo;s easier.</p>
<p>See our <a href="/prices/">price list</a> for the cost of routine treatment, or <a
href="/booking-and-cancellations/">book
your appointment</a>.</p>
</div></div>"""

_NAIL_SURGERY = """<div class="wp-block-group"><div class="wp-block-group__inner-container">
<p class="has-medium-font-size">An ingrown toenail happens when the edge of the nail grows into the skin at the side of
the toe. It can become red, swollen and infected, and it often keeps coming back however carefully you cut it. If
you&rsquo;ve had repeated infections or courses of antibiotics, minor nail surgery is the permanent fix.</p>
</div></div>

<h2 class="wp-block-heading">What is the procedure?</h2>
<p>Most of our patients need a <strong>partial nail avulsion (PNA)</strong>: we remove a narrow strip from the side of
the nail that is digging in, then apply a chemical called phenol to the nail root so that strip never grows back. The
rest of the nail stays in place and looks almost normal once healed. Where the whole nail is damaged or very thick we
may recommend a <strong>total nail avulsion</strong> instead. Success rates with phenol are around 95%.</p>
<p>Everything is done under local anaesthetic, which is injected at the base of the toe. The injection stings for a few
seconds, then the toe goes completely numb and stays numb for two to three hours. You&rsquo;ll be in clinic for about
an hour in total, although the procedure itself takes around 15 minutes.</p>

<div class="wp-block-columns">
<div class="wp-block-column">
<h3 class="wp-block-heading">Before your surgery</h3>
<ul class="wp-block-list">
<li>We need a 30-minute pre-operative assessment first, to check your medical history, medications and circulation.</li>
<li>Eat normally on the day and take your usual medication unless we&rsquo;ve told you otherwise.</li>
<li>Bring an open-toed sandal or a loose slipper &ndash; your toe will have a bulky dressing.</li>
<li><strong>You must not drive yourself home.</strong> Your foot is numb and your insurance is unlikely to cover you.
Please arrange a lift or a taxi.</li>
</ul>
</div>
<div class="wp-block-column">
<h3 class="wp-block-heading">Who can have it?</h3>
<p>Nail surgery is suitable for most adults and for children aged 10 and over (a parent or guardian must attend and
sign the consent form). We may not be able to operate if you are pregnant, have poorly controlled diabetes or poor
circulation in your feet; we will discuss alternatives at your assessment.</p>
<h3 class="wp-block-heading">What&rsquo;s included</h3>
<p>The fee covers the procedure, all dressings and two redressing appointments in the fortnight afterwards.</p>
</div>
</div>

<div class="wp-block-group has-pale-pink-background-color has-background"><div class="wp-block-group__inner-container">
<p>Is your toe red, hot and discharging right now? Please read our <a href="/urgent-foot-problems/">urgent foot
problems</a> page. For healing and dressing instructions after surgery see <a href="/aftercare-advice/">aftercare
advice</a>, and for fees see our <a href="/prices/">prices</a>.</p>
</div></div>"""

_VERRUCAS = """<div class="wp-block-group"><div class="wp-block-group__inner-container">
<p class="has-medium-font-size">Verrucas are warts on the sole of the foot caused by the human papilloma virus (HPV).
They are very common in children and in anyone who uses communal changing rooms. Many clear up on their own within
two years, so if a verruca isn&rsquo;t painful or spreading, leaving it alone is a perfectly reasonable choice. If it
hurts, is spreading or simply won&rsquo;t go, we offer several treatments.</p>
</div></div>

<h2 class="wp-block-heading">Our verruca treatments</h2>
<div class="wp-block-columns">
<div class="wp-block-column">
<h3 class="wp-block-heading">Cryotherapy (freezing)</h3>
<p>We freeze the verruca with a fine spray of liquid nitrogen for 10 to 30 seconds. It stings while it is being done
and can throb for a few hours afterwards. Most verrucas need three to four sessions, two to three weeks apart.
Cryotherapy is usually well tolerated by children from about age 6 &ndash; we go gently and stop if they&rsquo;ve
had enough.</p>
<h3 class="wp-block-heading">Acid treatment</h3>
<p>Stronger salicylic acid than you can buy over the counter, applied in clinic under a dressing after we&rsquo;ve
pared the verruca down. Painless to apply, and a good first option for younger children.</p>
</div>
<div class="wp-block-column">
<h3 class="wp-block-heading">Swift microwave therapy</h3>
<p>Swift uses a small probe to deliver microwave energy into the verruca, triggering the immune system to fight the
virus. Each application lasts a few seconds and feels like a sharp, hot sting. A course is usually three sessions,
four weeks apart, and there are no dressings &ndash; you can swim and do sport straight away. Swift is available for
patients aged 12 and over and starts with a short consultation and test dose.</p>
<h3 class="wp-block-heading">Verruca needling</h3>
<p>For stubborn or multiple verrucas in adults (16+). Under local anaesthetic the verruca is punctured many times
with a fine needle to push virus into the deeper tissues, provoking an immune response. Usually a single treatment.</p>
</div>
</div>

<div class="wp-block-group has-light-gray-background-color has-background"><div class="wp-block-group__inner-container">
<h2 class="wp-block-heading">Children and verrucas</h2>
<p>We see children for verruca treatment from age 5, always with a parent or guardian in the room. We&rsquo;ll explain
everything to your child in plain language beforehand. Children can keep swimming during treatment &ndash; just cover
the verruca with a waterproof plaster or verruca sock.</p>
<p>See <a href="/aftercare-advice/">aftercare advice</a> for what to expect in the days after treatment, and
<a href="/prices/">prices</a> for treatment costs.</p>
</div></div>"""

_DIABETIC = """<div class="wp-block-group"><div class="wp-block-group__inner-container">
<p class="has-medium-font-size">Diabetes can reduce the feeling in your feet (neuropathy) and the blood supply to
them (peripheral arterial disease). Small injuries can then go unnoticed and heal slowly, which is why everyone with
diabetes should have their feet checked at least once a year.</p>
</div></div>

<h2 class="wp-block-heading">What happens at a diabetic foot check?</h2>
<p>A diabetic foot assessment at Kestrel takes 40 minutes and includes:</p>
<ul class="wp-block-list">
<li>checking the pulses in your feet with a hand-held Doppler ultrasound, and measuring your ankle pressure if
needed</li>
<li>testing sensation with a 10g monofilament and a tuning fork</li>
<li>looking at your skin, nails, foot shape and any areas of pressure</li>
<li>reviewing the shoes you wear most days</li>
<li>agreeing your risk level (low, moderate, high) and how often you should be seen</li>
</ul>
<p>You&rsquo;ll leave with a written summary, and with your permission we will send a copy to your GP surgery so it
can be added to your records.</p>

<div class="wp-block-columns">
<div class="wp-block-column">
<h3 class="wp-block-heading">Do I need a referral?</h3>
<p>No. We are a private clinic, so you can book a diabetic foot check directly with us &ndash; there is no need for a
letter or referral from your GP or practice nurse. Just bring a list of your current medication and your latest HbA1c
result if you know it.</p>
</div>
<div class="wp-block-column">
<h3 class="wp-block-heading">NHS podiatry</h3>
<p>If your check shows you are at moderate or high risk, you may also be eligible for NHS community podiatry. We
will tell you if we think that applies, and you can ask your GP to refer you. Many patients choose to stay with us for
routine care in between.</p>
</div>
</div>

<div class="wp-block-group has-pale-pink-background-color has-background"><div class="wp-block-group__inner-container">
<p><strong>Got a worrying change in your foot right now?</strong> Don&rsquo;t wait for a routine check &ndash; go
straight to our <a href="/urgent-foot-problems/">urgent foot problems</a> page.</p>
</div></div>"""

_ORTHOTICS = """<div class="wp-block-group"><div class="wp-block-group__inner-container">
<p class="has-medium-font-size">Biomechanics is the study of how your feet, legs and hips move together when you walk
and run. Problems with the way you move can cause pain in the feet, knees, hips and even the lower back. A
biomechanical assessment finds the cause, and orthotics (insoles) are often part of the answer.</p>
</div></div>

<h2 class="wp-block-heading">Biomechanical assessment and gait analysis</h2>
<p>Your assessment lasts an hour and takes place in our gait studio. We will talk through your symptoms and
activity, test the strength and range of motion in your feet, ankles and hips, and then record video of you walking
and, if you&rsquo;re a runner, running on our treadmill. Slow-motion playback lets us see exactly what&rsquo;s
happening with each step, and we&rsquo;ll go through the footage with you. Please bring shorts and the trainers or
shoes you wear most.</p>

<div class="wp-block-columns">
<div class="wp-block-column">
<h3 class="wp-block-heading">Custom orthotics</h3>
<p>If you need them, your orthotics are made to your individual prescription from a 3D scan of your feet, by a UK
orthotics laboratory we have worked with for over ten years. They take <strong>three to four weeks</strong> to arrive,
and we fit them at a short fitting appointment, followed by a free review six weeks later. Custom orthotics usually
last three to five years.</p>
</div>
<div class="wp-block-column">
<h3 class="wp-block-heading">Replacing old insoles</h3>
<p>We can refurbish or re-cover most hard-wearing devices, including ones made elsewhere. If your old orthotics have
flattened or cracked, or were made by another clinic, we&rsquo;ll need to reassess you before making a new pair
&ndash; your feet and your activity may have changed since they were prescribed.</p>
<h3 class="wp-block-heading">Ready-made insoles</h3>
<p>For milder problems a good quality off-the-shelf insole, heat-moulded and adjusted in clinic, can work very
well and costs considerably less.</p>
</div>
</div>

<h2 class="wp-block-heading">Children&rsquo;s feet</h2>
<p>Flat feet are normal in young children and most don&rsquo;t need treatment. We&rsquo;re happy to assess children
who have pain, trip frequently, walk on their toes or whose shoes wear unevenly.</p>
<p>For assessment and orthotic fees, please see our <a href="/prices/">price list</a>.</p>"""

_SPORTS = """<div class="wp-block-group"><div class="wp-block-group__inner-container">
<p class="has-medium-font-size">Whether you run, play football, walk the Wolds or are on your feet all day at work,
foot and lower-leg pain can stop you in your tracks. James Okafor, our sports podiatrist, assesses and treats a wide
range of overuse injuries.</p>
</div></div>

<h2 class="wp-block-heading">Heel pain and plantar fasciitis</h2>
<p>Plantar fasciitis (now often called plantar heel pain) is the most common cause of heel pain we see. The classic
sign is a sharp, stabbing pain under the heel with the first steps out of bed in the morning, which eases as you get
going and then returns after you&rsquo;ve been sitting or standing for long periods. It&rsquo;s an overload of the
thick band of tissue that runs from the heel to the toes. With the right plan, most people improve within three to
six months. Treatment may include stretching and strengthening exercises, taping, footwear changes, orthoses and,
for longer-standing cases, shockwave therapy.</p>

<div class="wp-block-columns">
<div class="wp-block-column">
<h3 class="wp-block-heading">Other conditions we treat</h3>
<ul class="wp-block-list">
<li>Achilles tendinopathy</li>
<li>Shin splints (medial tibial stress syndrome)</li>
<li>Morton&rsquo;s neuroma and ball-of-foot pain</li>
<li>Ankle sprains that haven&rsquo;t settled</li>
<li>Suspected stress fractures &ndash; we arrange X-ray or MRI through a private imaging partner</li>
</ul>
</div>
<div class="wp-block-column">
<h3 class="wp-block-heading">Shockwave therapy</h3>
<p>Radial extracorporeal shockwave therapy (ESWT) sends pressure waves into the injured tissue to stimulate healing.
We use it for persistent plantar heel pain and Achilles tendinopathy that hasn&rsquo;t responded to at least three
months of exercise-based treatment. A course is usually three to five weekly sessions of around 10 minutes. It can be
uncomfortable but you can walk normally straight afterwards.</p>
</div>
</div>

<div class="wp-block-group has-light-gray-background-color has-background"><div class="wp-block-group__inner-container">
<h3 class="wp-block-heading">Your first appointment</h3>
<p>A sports injury assessment lasts 45 minutes. Wear or bring shorts and your sports shoes. You&rsquo;ll leave with
a diagnosis, a written exercise plan and a clear idea of how long recovery should take. Fees are on our
<a href="/prices/">prices</a> page.</p>
</div></div>"""

_HOME_VISITS = """<div class="wp-block-group"><div class="wp-block-group__inner-container">
<p class="has-medium-font-size">If you can&rsquo;t get to the clinic because of illness, disability or frailty, our
domiciliary podiatrist, Sue Kirkby, can come to you. Home visits are for routine chiropody: nail cutting, corns, hard
skin and thickened nails.</p>
</div></div>

<h2 class="wp-block-heading">Where do we visit?</h2>
<p>We visit patients in their own homes and in residential care homes within roughly ten miles of Louth,
including Legbourne, Manby, Grimoldby, Saltfleetby, North Thoresby, Fotherby, Utterby, Binbrook, Withern, Burwell,
Tathwell and Donington on Bain. If you live a little further out, please ring &ndash; we can sometimes fit you in on
a round.</p>

<div class="wp-block-columns">
<div class="wp-block-column">
<h3 class="wp-block-heading">When do we visit?</h3>
<p>Home visits run on Monday, Wednesday and Friday mornings. Most patients are seen every 8 weeks and Sue will book
your next visit before she leaves. Home visits can only be booked by phone, not online.</p>
</div>
<div class="wp-block-column">
<h3 class="wp-block-heading">What you need to have ready</h3>
<p>Sue brings everything with her, including sterilised instruments and a portable foot rest. All we ask is:</p>
<ul class="wp-block-list">
<li>a firm chair in a room with good light</li>
<li>an old towel to put under the feet</li>
<li>somewhere nearby to wash her hands</li>
<li>pets shut in another room, please</li>
<li>if the patient has dementia or finds it hard to communicate, a relative or carer present for the visit</li>
</ul>
</div>
</div>

<h3 class="wp-block-heading">What we can&rsquo;t do at home</h3>
<p>Nail surgery, verruca treatments, gait analysis and orthotic assessments all need the equipment in our clinic.</p>
<p>Home visit fees are shown on our <a href="/prices/">prices</a> page.</p>"""

_PRICES = """<p>All prices are per appointment and include VAT where applicable. We are a private clinic; we
don&rsquo;t offer
NHS-funded treatment. Prices correct from 1 April 2024.</p>

<div class="wp-block-group price-section"><div class="wp-block-group__inner-container">
<h2 class="wp-block-heading">General chiropody</h2>
<figure class="wp-block-table
is-style-stripes"><table><thead><tr><th>Treatment</th><th>Length</th><th>Price</th></tr></thead>
<tbody>
<tr><td>New patient assessment &amp; treatment</td><td>45 mins</td><td>&pound;55</td></tr>
<tr><td>Routine chiropody (returning patients): nails, corns, hard skin</td><td>30 mins</td><td>&pound;44</td></tr>
<tr><td>Nail cutting only</td><td>15 mins</td><td>&pound;28</td></tr>
<tr><td>Fungal nail laboratory test (added to any appointment)</td><td>&ndash;</td><td>&pound;35</td></tr>
</tbody></table></figure>
</div></div>

<div class="wp-block-group price-section"><div class="wp-block-group__inner-container">
<h2 class="wp-block-heading">Nail surgery</h2>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Procedure</th><th>Price</th></tr></thead>
<tbody>
<tr><td>Pre-operative assessment (deducted from surgery fee if you go ahead)</td><td>&pound;40</td></tr>
<tr><td>Partial nail avulsion, one side of one toe</td><td>&pound;295</td></tr>
<tr><td>Partial nail avulsion, both sides of one toe</td><td>&pound;335</td></tr>
<tr><td>Total nail avulsion, one toe</td><td>&pound;335</td></tr>
<tr><td>Two toes at the same appointment</td><td>&pound;450</td></tr>
</tbody></table></figure>
</div></div>

<div class="wp-block-group price-section"><div class="wp-block-group__inner-container">
<h2 class="wp-block-heading">Verrucas</h2>
<figure class="wp-block-table is-style-stripes"><table><tbody>
<tr><td>Verruca assessment and first treatment (cryotherapy or acid)</td><td>&pound;55</td></tr>
<tr><td>Follow-up cryotherapy or acid treatment</td><td>&pound;35</td></tr>
<tr><td>Swift consultation and test dose</td><td>&pound;45</td></tr>
<tr><td>Swift treatment, per session</td><td>&pound;110</td></tr>
<tr><td>Swift course of three sessions (paid in advance)</td><td>&pound;300</td></tr>
<tr><td>Verruca needling, including one follow-up</td><td>&pound;295</td></tr>
</tbody></table></figure>
</div></div>

<div class="wp-block-group price-section"><div class="wp-block-group__inner-container">
<h2 class="wp-block-heading">Diabetic, biomechanics &amp; sports</h2>
<figure class="wp-block-table is-style-stripes"><table><tbody>
<tr><td>Diabetic foot check</td><td>&pound;55</td></tr>
<tr><td>Diabetic foot check with routine treatment</td><td>&pound;75</td></tr>
<tr><td>Biomechanical assessment with video gait analysis (60 mins)</td><td>&pound;95</td></tr>
<tr><td>Custom orthotics, per pair (includes fitting and 6-week review)</td><td>&pound;295</td></tr>
<tr><td>Additional pair of custom orthotics from the same prescription</td><td>&pound;210</td></tr>
<tr><td>Ready-made insoles, fitted and adjusted</td><td>&pound;60</td></tr>
<tr><td>Orthotic refurbishment / re-cover</td><td>from &pound;45</td></tr>
<tr><td>Sports injury assessment (45 mins)</td><td>&pound;75</td></tr>
<tr><td>Sports injury follow-up (30 mins)</td><td>&pound;50</td></tr>
<tr><td>Shockwave therapy, per session</td><td>&pound;80</td></tr>
<tr><td>Shockwave therapy, course of three</td><td>&pound;210</td></tr>
</tbody></table></figure>
</div></div>

<div class="wp-block-group price-section"><div class="wp-block-group__inner-container">
<h2 class="wp-block-heading">Home visits</h2>
<figure class="wp-block-table is-style-stripes"><table><tbody>
<tr><td>Routine treatment at home, within 5 miles of Louth</td><td>&pound;62</td></tr>
<tr><td>Routine treatment at home, 5&ndash;10 miles from Louth</td><td>&pound;70</td></tr>
<tr><td>Second person treated at the same address</td><td>&pound;40</td></tr>
<tr><td>Care home visits (per resident, three or more residents)</td><td>&pound;38</td></tr>
</tbody></table></figure>
<p><em>Patients aged 80 and over receive 10% off routine chiropody in clinic.</em></p>
</div></div>"""

_BOOKING = """<div class="wp-block-group"><div class="wp-block-group__inner-container">
<h2 class="wp-block-heading">How to book</h2>
<p>You can book in whichever way suits you:</p>
<ul class="wp-block-list">
<li><strong>Online, 24 hours a day</strong> &ndash; use the &ldquo;Book online&rdquo; button below to see live
availability for routine chiropody, verruca, diabetic and sports appointments.</li>
<li><strong>By phone</strong> &ndash; call reception on 01507 605218 during opening hours. If we&rsquo;re busy, leave
a message and we&rsquo;ll call you back the same day.</li>
<li><strong>In person</strong> &ndash; pop into reception at Chantry Yard.</li>
</ul>
<p>Nail surgery, needling and home visits can&rsquo;t be booked online because we need to check a few details with
you first &ndash; please phone.</p>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="#book-online" id="book-online">Book online</a></div></div>
<p>You&rsquo;ll receive a confirmation email and a text reminder two days before your appointment.</p>
</div></div>

<div class="wp-block-group has-light-gray-background-color has-background"><div class="wp-block-group__inner-container">
<h2 class="wp-block-heading">Deposits</h2>
<p>A &pound;50 deposit is taken when you book nail surgery, verruca needling or a Swift course. It comes off your
final bill.</p>

<h2 class="wp-block-heading">Cancellation policy</h2>
<p>We know plans change. If you need to cancel or move an appointment, please give us at least
<strong>48 hours&rsquo; notice</strong> by phone, email or using the link in your reminder text. That lets us offer the
slot to someone on our waiting list.</p>
<ul class="wp-block-list">
<li>Cancelled with 48 hours&rsquo; notice or more: no charge, and deposits are transferred to your new date.</li>
<li>Cancelled with less than 48 hours&rsquo; notice: we charge 50% of the appointment fee, and a deposit is kept.</li>
<li>Not attending without letting us know: the full fee is charged.</li>
</ul>
<p>We will always use discretion for genuine emergencies, bereavement or sudden illness &ndash; just talk to us.</p>

<h2 class="wp-block-heading">Running late?</h2>
<p>Please call us. If you arrive more than 10 minutes late we may have to shorten your treatment or rebook you so
that we don&rsquo;t keep the next patient waiting.</p>
</div></div>"""

_PAYMENT = """<h2 class="wp-block-heading">Paying for your treatment</h2>
<p>Payment is taken at the end of each appointment. We accept:</p>
<ul class="wp-block-list">
<li>debit and credit cards (Visa, Mastercard, American Express)</li>
<li>contactless, Apple Pay and Google Pay</li>
<li>cash</li>
<li>Kestrel Foot Clinic gift vouchers</li>
</ul>
<p>We no longer accept cheques. For home visits Sue carries a card reader, or you can pay by bank transfer within
seven days &ndash; the details are on your invoice.</p>

<div class="wp-block-group has-light-gray-background-color has-background"><div class="wp-block-group__inner-container">
<h2 class="wp-block-heading">Private medical insurance</h2>
<p>We are recognised providers for <strong>Bupa, AXA Health, Aviva, Vitality and WPA</strong>. Cover for podiatry
varies a lot between policies, so please check with your insurer before your appointment and get an authorisation
number. With Bupa and AXA Health we can bill your insurer directly for biomechanical assessments, orthotics and
nail surgery once you give us the authorisation number; for everything else you pay us and claim it back.</p>
</div></div>

<h2 class="wp-block-heading">Health cash plans</h2>
<p>Many employers provide a health cash plan such as <strong>Simplyhealth, Westfield Health, Health Shield,
Paycare or Medicash</strong>. Most include a yearly allowance for chiropody and podiatry. You pay us on the day and we
give you an itemised receipt to claim the money back from your plan &ndash; we can email receipts if you prefer to
claim online.</p>

<h2 class="wp-block-heading">Outstanding balances</h2>
<p>Where an insurer declines to pay, any unpaid balance becomes the patient&rsquo;s responsibility and is due within
14 days.</p>"""

_AFTERCARE = """<p>This page brings together the aftercare information our podiatrists give out in clinic. If
you&rsquo;ve
lost your leaflet, it&rsquo;s all here. If something doesn&rsquo;t look right, please ring us.</p>

<div class="wp-block-group aftercare-section"><div class="wp-block-group__inner-container">
<h2 class="wp-block-heading">After nail surgery</h2>
<ul class="wp-block-list">
<li><strong>First 48 hours:</strong> go home and rest with your foot raised. Keep the dressing on, clean and dry. Some
bleeding through the dressing is normal. Take paracetamol once the anaesthetic wears off if you need it.</li>
<li><strong>First redressing:</strong> at clinic two to three days after surgery. After that you&rsquo;ll change the
dressing yourself every day, after soaking the toe in warm salt water for five minutes.</li>
<li><strong>Showering:</strong> fine after the first redressing, with a plastic bag over the foot. No long baths.</li>
<li><strong>Swimming:</strong> no swimming pools, sea swimming or hot tubs until the wound has fully healed &ndash;
usually six to eight weeks after phenol surgery. We&rsquo;ll confirm at your final check.</li>
<li><strong>Sport and exercise:</strong> gentle walking is fine from day three. Avoid running and contact sports for
two weeks.</li>
<li>Watery discharge for several weeks is normal with phenol. Increasing pain, heat, spreading redness or a smell are
not &ndash; call us.</li>
</ul>
</div></div>

<div class="wp-block-group aftercare-section"><div class="wp-block-group__inner-container">
<h2 class="wp-block-heading">After verruca freezing (cryotherapy)</h2>
<p>The area may throb for a few hours. Within a day or two a blister often forms, and it may be filled with blood,
making it look dark red, purple or even black. <strong>This is normal</strong> and means the treatment is working.
Don&rsquo;t pop the blister; cover it with a plaster. If it bursts, keep it clean and covered. The skin usually
peels away after 7 to 10 days.</p>
<h2 class="wp-block-heading">After Swift microwave treatment</h2>
<p>Expect some tenderness for 24 to 48 hours. No dressing is needed and you can carry on with normal activities. The
verruca may darken over the following week.</p>
<h2 class="wp-block-heading">After verruca needling</h2>
<p>Keep the dressing on and dry for 48 hours and limit walking for the first day. Mild aching for a week is common.</p>
</div></div>

<div class="wp-block-group aftercare-section"><div class="wp-block-group__inner-container">
<h2 class="wp-block-heading">Everyday foot care</h2>
<p>Wash and dry your feet daily, especially between the toes. Moisturise heels and soles but not between the toes. Cut
nails straight across, not too short. Check your feet regularly &ndash; use a mirror if you can&rsquo;t see the
soles.</p>
</div></div>"""

_URGENT = """<div class="wp-block-group has-pale-pink-background-color has-background"><div
class="wp-block-group__inner-container">
<p class="has-medium-font-size"><strong>If you have diabetes and notice a new wound, blister, colour change or
swelling on your foot, treat it as urgent.</strong> Foot problems in diabetes can get much worse within hours.</p>
</div></div>

<h2 class="wp-block-heading">Same-day urgent appointments</h2>
<p>We keep two urgent appointments free every weekday morning and one on Saturdays. Ring reception as soon as we open
at 8.30am and explain what&rsquo;s wrong; the urgent slots go to those who need them most, not first come first
served. Urgent appointments are charged at our normal rate for the treatment given.</p>
<p>Typical reasons for an urgent appointment:</p>
<ul class="wp-block-list">
<li>an infected ingrown toenail &ndash; red, swollen and weeping pus &ndash; that you can&rsquo;t stand in a shoe
with</li>
<li>a painful corn or a split in the skin that is stopping you walking</li>
<li>a problem with a wound after nail surgery you had with us</li>
</ul>

<h2 class="wp-block-heading">Warning signs if you have diabetes</h2>
<p>Contact us the same day, or your GP or NHS 111 if we are closed, if you notice:</p>
<ul class="wp-block-list">
<li>any break in the skin, blister or wound that is new, weeping or not healing</li>
<li>an area of skin turning black, blue or grey</li>
<li>a foot that is suddenly hot, red or swollen, even if it doesn&rsquo;t hurt</li>
</ul>
<p>Don&rsquo;t try to treat these yourself, and keep weight off the foot until it&rsquo;s been seen. A black patch of
skin can mean the tissue is dying and needs assessing by the NHS diabetic foot team, which your GP or NHS 111 can
arrange the same day.</p>

<h2 class="wp-block-heading">When to go to A&amp;E</h2>
<p>Go to A&amp;E or call 999 if you have redness spreading quickly up the foot or leg, a high temperature or
shivering with a foot infection, or you feel generally very unwell. We don&rsquo;t provide an out-of-hours service;
outside our opening hours please call NHS 111.</p>"""

_TEAM = """<p>We&rsquo;re a small, close-knit team and many of our patients have been coming to us for over a
decade.</p>

<div class="wp-block-group team-registration"><div class="wp-block-group__inner-container">
<h2 class="wp-block-heading">Properly qualified, properly registered</h2>
<p>&ldquo;Podiatrist&rdquo; and &ldquo;chiropodist&rdquo; are protected titles in the UK, and the two words mean
exactly the same thing. Anyone using them must hold an approved degree and be registered with the Health &amp; Care
Professions Council (HCPC), which checks their training, conduct and ongoing education. Every clinician at Kestrel is
HCPC registered and a member of the Royal College of Podiatry. You can check any of us on the HCPC register using the
numbers below.</p>
<p>Please be aware that &ldquo;foot health practitioner&rdquo; is not a protected title: it usually means someone
who has done a short course and is not on the HCPC register.</p>
</div></div>

<div class="wp-block-columns team-grid">
<div class="wp-block-column"><div class="wp-block-group team-card"><div class="wp-block-group__inner-container">
<figure class="wp-block-image"><img src="/wp-content/uploads/2022/05/helen-marsh.jpg" alt="Helen Marsh"></figure>
<h3 class="wp-block-heading">Helen Marsh</h3><p class="team-role">Clinic Director &amp; Podiatrist<br>BSc (Hons)
Podiatry &middot; HCPC CH21547</p>
<p>Helen founded Kestrel in 2006 after nine years in NHS podiatry in Lincoln. She carries out most of our nail
surgery and has a special interest in diabetic foot care.</p>
</div></div></div>
<div class="wp-block-column"><div class="wp-block-group team-card"><div class="wp-block-group__inner-container">
<figure class="wp-block-image"><img src="/wp-content/uploads/2022/05/james-okafor.jpg" alt="James Okafor"></figure>
<h3 class="wp-block-heading">James Okafor</h3><p class="team-role">Sports &amp; MSK Podiatrist<br>MSc Sports
Podiatry &middot; HCPC CH33018</p>
<p>James runs our gait studio and sports injury clinic, including the Thursday evening appointments. A club runner
himself, he has worked with several county athletics and rugby clubs.</p>
</div></div></div>
</div>
<div class="wp-block-columns team-grid">
<div class="wp-block-column"><div class="wp-block-group team-card"><div class="wp-block-group__inner-container">
<figure class="wp-block-image"><img src="/wp-content/uploads/2023/02/priya-nandra.jpg" alt="Priya Nandra"></figure>
<h3 class="wp-block-heading">Priya Nandra</h3><p class="team-role">Podiatrist<br>BSc (Hons) Podiatry &middot; HCPC
CH40265</p>
<p>Priya joined us in 2021 and leads our verruca clinic, including Swift microwave therapy. She is brilliant with
nervous children.</p>
</div></div></div>
<div class="wp-block-column"><div class="wp-block-group team-card"><div class="wp-block-group__inner-container">
<figure class="wp-block-image"><img src="/wp-content/uploads/2022/05/sue-kirkby.jpg" alt="Sue Kirkby"></figure>
<h3 class="wp-block-heading">Sue Kirkby</h3><p class="team-role">Domiciliary Podiatrist<br>BSc (Hons) Podiatry
&middot; HCPC CH18836</p>
<p>Sue looks after our home visit and care home patients across the villages around Louth.</p>
</div></div></div>
</div>
<h2 class="wp-block-heading">Reception</h2>
<p>Karen and Dawn run the front desk and are usually the first voices you&rsquo;ll hear when you ring.</p>"""

_FIND_US = """<div class="wp-block-columns">
<div class="wp-block-column" style="flex-basis:55%">
<h2 class="wp-block-heading">Where to find us</h2>
<p>Kestrel Foot Clinic<br>Unit 3, Chantry Yard<br>Eastgate<br>Louth<br>LN11 9AJ</p>
<p>Chantry Yard is a small courtyard of shops and offices on the north side of Eastgate, about two minutes&rsquo;
walk from the Market Place. Look for the archway between the bakery and the opticians; we&rsquo;re the second door on
the left, with the teal sign. All our clinic rooms are on the ground floor and the entrance is step-free.</p>
</div>
<div class="wp-block-column" style="flex-basis:45%">
<figure class="wp-block-image"><img src="/wp-content/uploads/2022/05/chantry-yard-map.png"
alt="Map showing Chantry Yard off Eastgate, Louth"></figure>
</div>
</div>

<div class="wp-block-group has-light-gray-background-color has-background"><div class="wp-block-group__inner-container">
<h2 class="wp-block-heading">Parking and getting here</h2>
<ul class="wp-block-list">
<li><strong>Blue Badge holders:</strong> we have two marked disabled bays inside Chantry Yard, right outside our
door. Please let reception know when you book and we&rsquo;ll keep one free for you.</li>
<li><strong>Everyone else:</strong> the nearest car park is the pay &amp; display on Church Street, around three
minutes&rsquo; walk. There is also limited on-street parking (1 hour) on Eastgate.</li>
<li><strong>By bus:</strong> the Eastgate stop is directly opposite the archway, and Louth bus station is a
five-minute walk.</li>
<li>There is a bike rack in the courtyard.</li>
</ul>
</div></div>

<h2 class="wp-block-heading">Opening hours</h2>
<figure class="wp-block-table"><table><thead><tr><th>Day</th><th>Clinic</th><th>Reception phone lines</th></tr></thead>
<tbody>
<tr><td>Monday</td><td>8.30am &ndash; 5.30pm</td><td>8.30am &ndash; 5.00pm</td></tr>
<tr><td>Tuesday</td><td>8.30am &ndash; 5.30pm</td><td>8.30am &ndash; 5.00pm</td></tr>
<tr><td>Wednesday</td><td>8.30am &ndash; 5.30pm</td><td>8.30am &ndash; 5.00pm</td></tr>
<tr><td>Thursday</td><td>8.30am &ndash; 7.30pm</td><td>8.30am &ndash; 7.00pm</td></tr>
<tr><td>Friday</td><td>8.30am &ndash; 5.30pm</td><td>8.30am &ndash; 5.00pm</td></tr>
<tr><td>Saturday</td><td>9.00am &ndash; 1.00pm</td><td>9.00am &ndash; 12.30pm</td></tr>
<tr><td>Sunday</td><td>Closed</td><td>Closed</td></tr>
</tbody></table></figure>
<p><strong>Bank holidays:</strong> we are closed on all bank holidays, including Good Friday and Easter Monday. Over
Christmas the clinic closes at 1pm on Christmas Eve and reopens on 2 January.</p>"""

_FAQ = """<p>Can&rsquo;t find what you&rsquo;re looking for? Give reception a ring on 01507 605218.</p>
<div class="wp-block-uagb-faq uagb-faq__outer-wrap kestrel-accordion">

<div class="accordion-item"><button class="accordion-toggle" aria-expanded="false">What should I bring to my first
appointment?</button><div class="accordion-panel"><p>Please bring a list of any medication you take and the shoes you
wear most often. Wear loose trousers that roll up easily, or bring shorts if you are coming for a biomechanical or
sports assessment.</p></div></div>

<div class="accordion-item"><button class="accordion-toggle" aria-expanded="false">Do I need to remove nail varnish
before my appointment?</button><div class="accordion-panel"><p>Yes please. Take off any nail varnish, gel polish or
false toenails at least a day before, so that the podiatrist can see the condition of your nails. Varnish can hide
fungal infection, bruising and other changes.</p></div></div>

<div class="accordion-item"><button class="accordion-toggle" aria-expanded="false">Does treatment hurt?</button>
<div class="accordion-panel"><p>Routine chiropody shouldn&rsquo;t hurt at all &ndash; most people find it relaxing.
Where a treatment might be uncomfortable we&rsquo;ll tell you beforehand and you can ask us to stop at any time.</p>
</div></div>

<div class="accordion-item"><button class="accordion-toggle" aria-expanded="false">Can I bring someone with
me?</button><div class="accordion-panel"><p>Of course. A friend or relative is welcome to come into the treatment room
with you.</p></div></div>

<div class="accordion-item"><button class="accordion-toggle" aria-expanded="false">How quickly can I get a new patient
appointment?</button><div class="accordion-panel"><p>We can usually see new patients within one to two weeks.
Thursday evening and Saturday appointments get booked up first.</p></div></div>

<div class="accordion-item"><button class="accordion-toggle" aria-expanded="false">Do you sell foot care
products?</button><div class="accordion-panel"><p>Yes, reception stocks the creams, padding, toe protectors and
insoles we recommend most often, including high-urea heel balms and antifungal nail solutions.</p></div></div>

<div class="accordion-item"><button class="accordion-toggle" aria-expanded="false">Do you sell gift
vouchers?</button><div class="accordion-panel"><p>Yes &ndash; a foot treatment makes a lovely present. Vouchers can be
bought for any amount at reception or over the phone, and we&rsquo;ll post them out free of charge. They are valid for
12 months and can be used for any treatment.</p></div></div>

<div class="accordion-item"><button class="accordion-toggle" aria-expanded="false">Is there somewhere to wait?</button>
<div class="accordion-panel"><p>Yes, we have a comfortable waiting room with tea, coffee and water.</p></div></div>

</div>"""

_POLICIES = """<div class="wp-block-group policy-section"><div class="wp-block-group__inner-container">
<h2 class="wp-block-heading">Infection control</h2>
<p>Your safety is our priority. All reusable instruments are cleaned in an ultrasonic bath, sterilised in a vacuum
autoclave and sealed in individual pouches, which are opened in front of you. Each pack is used for one patient only
and is traceable back to its sterilisation cycle. Scalpel blades, burrs, gloves and couch covers are single-use, and
treatment surfaces are disinfected between every patient. This means there is no risk of fungal or other infections
being passed on from one patient to the next.</p>
</div></div>

<div class="wp-block-group policy-section"><div class="wp-block-group__inner-container">
<h2 class="wp-block-heading">Your records and privacy</h2>
<p>We keep clinical records on an encrypted, UK-based practice management system. Only the clinicians treating you
and our reception staff can access your records. We never share your information with anyone else without your
consent, except where the law requires it or there is a serious risk to your safety. Adult records are kept for eight
years after your last visit; children&rsquo;s records are kept until their 25th birthday. You can ask for a copy of
your records at any time, free of charge. Kestrel Foot Clinic Ltd is registered with the Information
Commissioner&rsquo;s Office.</p>
</div></div>

<div class="wp-block-group policy-section"><div class="wp-block-group__inner-container">
<h2 class="wp-block-heading">Consent, children and chaperones</h2>
<p>Patients under 16 must be accompanied by a parent or guardian, who will be asked to give consent. You are welcome to
ask for a chaperone for any appointment.</p>
</div></div>

<div class="wp-block-group policy-section"><div class="wp-block-group__inner-container">
<h2 class="wp-block-heading">Comments and complaints</h2>
<p>If you&rsquo;re unhappy with any part of your care, please tell us. Speak to the clinician or reception first; if
that doesn&rsquo;t resolve it, write to our clinic director, Helen Marsh, at the clinic address or at
hello@kestrelfootclinic.co.uk. We&rsquo;ll acknowledge your complaint within three working days and send a full
reply within 15 working days. If you are still not satisfied, you can contact the Health &amp; Care Professions
Council.</p>
</div></div>

<div class="wp-block-group policy-section"><div class="wp-block-group__inner-container">
<h2 class="wp-block-heading">Respect for our staff</h2>
<p>We operate a zero-tolerance policy towards abusive or threatening behaviour towards our team.</p>
</div></div>"""

_PAGES = [
    ("/", "Home", _HOME, "Independent podiatry and chiropody clinic in Louth, Lincolnshire.", False),
    (
        "/routine-chiropody/",
        "Routine Chiropody &amp; Nail Care",
        _ROUTINE,
        "Corns, hard skin, thick and fungal nails.",
        True,
    ),
    ("/nail-surgery/", "Ingrown Toenail Surgery", _NAIL_SURGERY, "Permanent treatment for ingrown toenails.", True),
    ("/verrucas/", "Verruca Treatment", _VERRUCAS, "Cryotherapy, Swift microwave therapy and needling.", True),
    ("/diabetic-foot-care/", "Diabetic Foot Checks", _DIABETIC, "Annual diabetic foot assessments in Louth.", True),
    (
        "/orthotics-and-biomechanics/",
        "Orthotics &amp; Gait Analysis",
        _ORTHOTICS,
        "Biomechanical assessment, gait analysis and custom orthotics.",
        True,
    ),
    (
        "/sports-injuries-and-heel-pain/",
        "Sports Injuries &amp; Heel Pain",
        _SPORTS,
        "Plantar fasciitis, Achilles pain, shin splints and shockwave therapy.",
        True,
    ),
    ("/home-visits/", "Home Visits", _HOME_VISITS, "Domiciliary chiropody in Louth and surrounding villages.", True),
    ("/prices/", "Prices", _PRICES, "Our treatment prices.", False),
    (
        "/booking-and-cancellations/",
        "Booking &amp; Cancellations",
        _BOOKING,
        "How to book and our cancellation policy.",
        True,
    ),
    ("/payment-and-insurance/", "Payment &amp; Insurance", _PAYMENT, "Payment methods, insurers and cash plans.", True),
    ("/aftercare-advice/", "Aftercare Advice", _AFTERCARE, "What to do after your treatment.", True),
    ("/urgent-foot-problems/", "Urgent Foot Problems", _URGENT, "Same-day appointments and when to seek help.", True),
    ("/our-team/", "Our Team", _TEAM, "Meet the Kestrel Foot Clinic team.", False),
    ("/find-us/", "Find Us &amp; Opening Hours", _FIND_US, "Address, parking and opening hours.", False),
    ("/faq/", "Frequently Asked Questions", _FAQ, "Answers to common questions.", True),
    (
        "/clinic-policies/",
        "Clinic Policies &amp; Privacy",
        _POLICIES,
        "Infection control, privacy and complaints.",
        True,
    ),
]

HTML = {
    path: _page(path, title, body, description, sidebar=sidebar, page_id=100 + i)
    for i, (path, title, body, description, sidebar) in enumerate(_PAGES)
}

QUESTIONS = [
    (
        "How much is it for a normal appointment, just toenails cut and the hard skin taken off? "
        "I've been to you before",
        "/prices/",
    ),
    ("whats the cost of made to measure insoles", "/prices/"),
    (
        "I've got a corn on the side of my little toe, it feels like I'm walking on a pebble. "
        "Is that something you'd deal with?",
        "/routine-chiropody/",
    ),
    (
        "my toenails have gone thick and yellow and all crumbly, think its a fungus. can you do anything",
        "/routine-chiropody/",
    ),
    (
        "My son's big toe nail keeps digging in at the side and he's had antibiotics twice from the GP already. "
        "Is there anything that fixes it for good?",
        "/nail-surgery/",
    ),
    ("Will I be able to drive myself home after the ingrown toenail op?", "/nail-surgery/"),
    ("had my toenail op last week, when am i allowed back in the pool", "/aftercare-advice/"),
    (
        "The verruca you froze on Monday has gone a dark purply black colour with a blister on it, is that normal?",
        "/aftercare-advice/",
    ),
    (
        "My daughter's 9 and has had a verruca for about a year, we've tried everything from Boots. "
        "Would the freezing be too painful for her, and do you even treat kids?",
        "/verrucas/",
    ),
    ("Do you do that microwave treatment for verrucas?", "/verrucas/"),
    (
        "I'm type 2 diabetic and the practice nurse says I should get my feet checked every year. "
        "Do I need a letter from the doctor to come to you?",
        "/diabetic-foot-care/",
    ),
    (
        "my dad is diabetic and we've just noticed a black patch on his heel that's weeping a bit. what should we do",
        "/urgent-foot-problems/",
    ),
    ("Ingrown toe is really swollen with pus coming out, can anyone see me today?", "/urgent-foot-problems/"),
    (
        "I get this stabbing pain under my heel first thing when I get out of bed, it wears off a bit then comes back "
        "after I've been sat down. Hoping you can help, I'm a dinner lady so on my feet all day",
        "/sports-injuries-and-heel-pain/",
    ),
    ("do u do shockwave for achilles", "/sports-injuries-and-heel-pain/"),
    (
        "My insoles are about four years old and flat as a pancake now. They were made at a clinic in Grimsby, "
        "can you make me new ones and how long would it take?",
        "/orthotics-and-biomechanics/",
    ),
    ("Do you film you running on a treadmill to check your running style?", "/orthotics-and-biomechanics/"),
    (
        "My mum is 88 and doesn't really leave the house any more. She lives in Manby. Could someone come out to her?",
        "/home-visits/",
    ),
    ("If the chiropodist comes to the house what do we need to get ready for her", "/home-visits/"),
    (
        "Something's come up at work and I can't make my appointment tomorrow morning, will I still have to pay?",
        "/booking-and-cancellations/",
    ),
    (
        "I've got a Simplyhealth cash plan through work, can I use it for my chiropody?",
        "/payment-and-insurance/",
    ),
    ("Is there anywhere to park near you? I have a blue badge", "/find-us/"),
    (
        "Are your lot actually qualified and registered? My neighbour went to someone calling herself a foot health "
        "practitioner and it was a disaster",
        "/our-team/",
    ),
    ("should i take my nail varnish off before i come in", "/faq/"),
    (
        "How do I know your tools are clean? I'm worried about picking up someone else's fungal infection",
        "/clinic-policies/",
    ),
]

OUT_OF_SCOPE = [
    "Do you do laser treatment for fungal toenails?",
    "Can I have acupuncture for my foot pain?",
    "Do you do bunion operations?",
    "Could I have a video call appointment instead of coming in?",
    "Are you looking to take on any podiatrists? I qualify in the summer",
    "Do you make made-to-measure shoes?",
    "Can you recommend a good dentist in Louth?",
    "What time does the library shut on a Saturday?",
]
