"""An evaluation site: Castle Street Dental Practice, an independent NHS and private dentist in a market town (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML is WordPress built with the
Oxygen Builder: ct-section / ct-div-block / ct-text-block / ct-headline elements with generated ids, an
oxy-pro-menu mega-menu, oxy-rich-text blocks, oxy-testimonial widgets and oxy-toggle accordions on the FAQ page.
"""

NAME = "Castle Street Dental Practice"

_SITE = "https://www.castlestreetdental.co.uk"

# (href, label, children) for the Oxygen Pro Menu; a parent of "#" is a dropdown heading only.
_MENU = [
    ("/", "Home", []),
    (
        "#",
        "About Us",
        [
            ("/meet-the-team/", "Meet the Team"),
            ("/new-patients/", "New Patients"),
            ("/nhs-dentistry/", "NHS Dentistry"),
            ("/faqs/", "FAQs"),
        ],
    ),
    (
        "#",
        "Treatments",
        [
            ("/check-ups-and-hygiene/", "Check-ups &amp; Hygienist"),
            ("/fillings-root-canal-crowns/", "Fillings, Root Canal &amp; Crowns"),
            ("/childrens-dentistry/", "Children&#8217;s Dentistry"),
            ("/nervous-patients/", "Nervous Patients &amp; Sedation"),
            ("/invisalign-aligners/", "Invisalign Clear Aligners"),
            ("/teeth-whitening/", "Teeth Whitening"),
            ("/dental-implants/", "Dental Implants"),
        ],
    ),
    ("/emergency-dentist/", "Emergencies", []),
    (
        "#",
        "Fees &amp; Booking",
        [
            ("/private-fees/", "Private Fees"),
            ("/payment-plans/", "Care Plans &amp; Finance"),
            ("/appointments-and-cancellations/", "Appointments &amp; Cancellations"),
            ("/aftercare-advice/", "Aftercare Advice"),
        ],
    ),
    ("/contact-us/", "Contact", []),
]


def _menu(current):
    items = []
    n = 1180
    for href, label, children in _MENU:
        n += 1
        cls = "menu-item menu-item-type-post_type menu-item-object-page"
        if children:
            cls = "menu-item menu-item-type-custom menu-item-object-custom menu-item-has-children oxy-mega-parent"
        if href == current:
            cls += " current-menu-item page_item current_page_item"
        if any(c[0] == current for c in children):
            cls += " current-menu-ancestor current-menu-parent"
        li = f'<li id="menu-item-{n}" class="{cls} menu-item-{n}"><a href="{href}">{label}</a>'
        if children:
            sub = []
            for chref, clabel in children:
                n += 1
                ccls = "menu-item menu-item-type-post_type menu-item-object-page"
                if chref == current:
                    ccls += " current-menu-item page_item current_page_item"
                sub.append(f'<li id="menu-item-{n}" class="{ccls} menu-item-{n}"><a href="{chref}">{clabel}</a></li>')
            li += '\n<ul class="sub-menu">\n' + "\n".join(sub) + "\n</ul>"
        items.append(li + "</li>")
    return "\n".join(items)


_HEAD = """<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@</title>
<meta name="description" content="@@DESC@@">
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1">
<link rel="canonical" href="@@SITE@@@@PATH@@">
<meta property="og:locale" content="en_GB">
<meta property="og:type" content="article">
<meta property="og:title" content="@@TITLE@@">
<meta property="og:description" content="@@DESC@@">
<meta property="og:url" content="@@SITE@@@@PATH@@">
<meta property="og:site_name" content="Castle Street Dental Practice">
<meta name="twitter:card" content="summary_large_image">
<meta name="generator" content="WordPress 6.5.3">
<link rel="dns-prefetch" href="//fonts.googleapis.com">
<link rel="stylesheet" id="wp-block-library-css"
  href="/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3" media="all">
<link rel="stylesheet" id="oxygen-css"
  href="/wp-content/plugins/oxygen/component-framework/oxygen.css?ver=4.8.3" media="all">
<link rel="stylesheet" id="cookie-notice-front-css"
  href="/wp-content/plugins/cookie-notice/css/front.min.css?ver=2.4.16" media="all">
<link rel="stylesheet" id="oxygen-cache-8-css"
  href="/wp-content/uploads/oxygen/css/8.css?cache=1712834121&#038;ver=6.5.3" media="all">
<link rel="stylesheet" id="oxygen-cache-@@PID@@-css"
  href="/wp-content/uploads/oxygen/css/@@PID@@.css?cache=1712834121&#038;ver=6.5.3" media="all">
<link rel="stylesheet" id="oxygen-universal-styles-css"
  href="/wp-content/uploads/oxygen/css/universal.css?cache=1712834190&#038;ver=6.5.3" media="all">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="icon" href="/wp-content/uploads/2021/03/cs-favicon-32x32.png" sizes="32x32">
<link rel="apple-touch-icon" href="/wp-content/uploads/2021/03/cs-favicon-180x180.png">
<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M4XR1D"></script>
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date()); gtag('config', 'G-7QK2M4XR1D', {'anonymize_ip': true});
</script>
</head>
<body class="page-template-default page page-id-@@PID@@ wp-embed-responsive oxygen-body cookies-not-set">
<div id="ct-wrapper">
<header id="_header-2-8" class="oxy-header-wrapper oxy-sticky-header oxy-header">
<div id="_header_row-3-8" class="oxy-header-row cs-topbar">
  <div class="oxy-header-container">
    <div id="_header_left-4-8" class="oxy-header-left">
      <div id="text_block-5-8" class="ct-text-block cs-topbar-text">
        <span id="span-6-8" class="ct-span">NHS &amp; private dentistry in Hollingford since 1987</span>
      </div>
    </div>
    <div id="_header_center-7-8" class="oxy-header-center"></div>
    <div id="_header_right-8-8" class="oxy-header-right">
      <a id="link_text-9-8" class="ct-link-text cs-topbar-phone" href="tel:01588640218">&#9742; 01588 640218</a>
      <a id="link_text-10-8" class="ct-link-text cs-topbar-emergency" href="/emergency-dentist/">In pain? Emergency
        appointments</a>
    </div>
  </div>
</div>
<div id="_header_row-11-8" class="oxy-header-row cs-mainbar">
  <div class="oxy-header-container">
    <div id="_header_left-12-8" class="oxy-header-left">
      <a id="link-13-8" class="ct-link cs-logo-link" href="/" target="_self">
        <img id="image-14-8" alt="Castle Street Dental Practice logo"
          src="/wp-content/uploads/2021/03/castle-street-dental-logo.svg" class="ct-image cs-logo">
      </a>
    </div>
    <div id="_header_center-15-8" class="oxy-header-center">
      <nav id="-pro-menu-16-8" class="oxy-pro-menu">
        <div class="oxy-pro-menu-mobile-open-icon oxy-pro-menu-off-canvas-trigger" data-off-canvas-alignment="">
          <svg id="-pro-menu-16-8-open-icon"><use xlink:href="#FontAwesomeicon-bars"></use></svg>Menu
        </div>
        <div class="oxy-pro-menu-container oxy-pro-menu-dropdown-links-visible-on-mobile
          oxy-pro-menu-dropdown-links-toggle oxy-pro-menu-show-dropdown" data-aos-duration="400"
          data-oxy-pro-menu-dropdown-animation="oxy-slide-down" data-oxy-pro-menu-dropdown-animation-duration="0.3"
          data-entire-parent-toggles-dropdown="true">
          <div class="menu-main-menu-container">
<ul id="menu-main-menu" class="oxy-pro-menu-list">
@@MENU@@
</ul>
          </div>
          <div class="oxy-pro-menu-mobile-close-icon">
            <svg id="svg--pro-menu-16-8"><use xlink:href="#FontAwesomeicon-close"></use></svg>close
          </div>
        </div>
      </nav>
    </div>
    <div id="_header_right-17-8" class="oxy-header-right">
      <a id="link_button-18-8" class="ct-link-button cs-btn cs-btn-primary" href="/appointments-and-cancellations/"
        target="_self">Book an appointment</a>
    </div>
  </div>
</div>
</header>
<div id="inner_content-19-8" class="ct-inner-content">
"""

_FOOT = """
</div><!-- .ct-inner-content -->
<section id="section-40-8" class=" ct-section cs-cta-strip">
  <div class="ct-section-inner-wrap">
    <div id="div_block-41-8" class="ct-div-block cs-cta-inner">
      <h2 id="headline-42-8" class="ct-headline">Ready to book, or just want a chat first?</h2>
      <div id="text_block-43-8" class="ct-text-block">Our reception team are happy to help. Call us or drop in.</div>
      <a id="link_button-44-8" class="ct-link-button cs-btn cs-btn-white" href="tel:01588640218">Call 01588
        640218</a>
      <a id="link_button-45-8" class="ct-link-button cs-btn cs-btn-outline" href="/contact-us/">Find us</a>
    </div>
  </div>
</section>
<footer id="section-46-8" class=" ct-section cs-footer">
  <div class="ct-section-inner-wrap">
    <div id="new_columns-47-8" class="ct-new-columns cs-footer-cols">
      <div id="div_block-48-8" class="ct-div-block cs-footer-col">
        <img id="image-49-8" alt="Castle Street Dental Practice"
          src="/wp-content/uploads/2021/03/castle-street-dental-logo-white.svg" class="ct-image">
        <div id="text_block-50-8" class="ct-text-block cs-footer-about">A family-run mixed NHS and private
          practice in a Georgian townhouse at the top of Castle Street, Hollingford.</div>
        <div id="div_block-51-8" class="ct-div-block cs-social">
          <a id="link-52-8" class="ct-link" href="https://www.facebook.com/castlestreetdentalhollingford"
            target="_blank" rel="noopener" aria-label="Facebook"><div class="ct-fancy-icon">
            <svg><use xlink:href="#FontAwesomeicon-facebook"></use></svg></div></a>
          <a id="link-53-8" class="ct-link" href="https://www.instagram.com/castlestreetdental"
            target="_blank" rel="noopener" aria-label="Instagram"><div class="ct-fancy-icon">
            <svg><use xlink:href="#FontAwesomeicon-instagram"></use></svg></div></a>
        </div>
      </div>
      <div id="div_block-54-8" class="ct-div-block cs-footer-col">
        <h4 id="headline-55-8" class="ct-headline">Contact</h4>
        <div id="text_block-56-8" class="ct-text-block">14 Castle Street<br>Hollingford<br>Shropshire<br>SY7
          2AB</div>
        <div id="text_block-57-8" class="ct-text-block"><a href="tel:01588640218">01588 640218</a><br>
          <a href="mailto:reception@castlestreetdental.co.uk">reception@castlestreetdental.co.uk</a></div>
      </div>
      <div id="div_block-58-8" class="ct-div-block cs-footer-col">
        <h4 id="headline-59-8" class="ct-headline">Opening hours</h4>
        <div id="text_block-60-8" class="ct-text-block">Mon&ndash;Fri: from 8:30am<br>Late evenings Tue
          &amp; Thu<br>Saturday: 9am&ndash;1pm<br>Sunday: closed</div>
        <a id="link_text-61-8" class="ct-link-text" href="/contact-us/">Full opening hours &rsaquo;</a>
      </div>
      <div id="div_block-62-8" class="ct-div-block cs-footer-col">
        <h4 id="headline-63-8" class="ct-headline">Patients</h4>
        <ul class="cs-footer-links">
          <li><a href="/new-patients/">New patients</a></li>
          <li><a href="/nhs-dentistry/">NHS dentistry</a></li>
          <li><a href="/private-fees/">Private fees</a></li>
          <li><a href="/payment-plans/">Care plans &amp; finance</a></li>
          <li><a href="/faqs/">FAQs</a></li>
        </ul>
      </div>
    </div>
    <div id="div_block-64-8" class="ct-div-block cs-footer-bottom">
      <div id="text_block-65-8" class="ct-text-block">&copy; 2025 Castle Street Dental Practice Ltd. Registered
        in England &amp; Wales no. 06873321. All our dentists, hygienists and nurses are registered with the
        General Dental Council. Regulated by the Care Quality Commission.</div>
      <div id="text_block-66-8" class="ct-text-block cs-credit">Website by
        <a href="https://www.marcheswebdesign.co.uk" target="_blank" rel="noopener">Marches Web Design</a></div>
    </div>
  </div>
</footer>
</div><!-- #ct-wrapper -->
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom"
  aria-label="Cookie Notice" style="background-color: rgba(34,52,71,1);">
  <div class="cookie-notice-container" style="color: #fff">
    <span id="cn-notice-text" class="cn-text-container">We use cookies to make this website work and to see
      how it is used. By clicking &ldquo;OK&rdquo; you agree to analytics cookies.</span>
    <span id="cn-notice-buttons" class="cn-buttons-container">
      <a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button"
        aria-label="OK">OK</a>
      <a href="#" id="cn-refuse-cookie" data-cookie-set="refuse" class="cn-set-cookie cn-button"
        aria-label="No thanks">No thanks</a>
    </span>
    <span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="No thanks"></span>
  </div>
</div>
<script src="/wp-content/plugins/cookie-notice/js/front.min.js?ver=2.4.16" id="cookie-notice-front-js"></script>
<script src="/wp-content/plugins/oxygen/component-framework/vendor/aos/aos.js?ver=1" id="oxy-aos-js"></script>
</body>
</html>
"""


def _page(path, title, desc, pid, body):
    head = (
        _HEAD.replace("@@TITLE@@", f"{title} | Castle Street Dental Practice")
        .replace("@@DESC@@", desc)
        .replace("@@SITE@@", _SITE)
        .replace("@@PATH@@", path)
        .replace("@@PID@@", str(pid))
        .replace("@@MENU@@", _menu(path))
    )
    return head + body + _FOOT


def _hero(pid, title, strap):
    return f"""<section id="section-2-{pid}" class=" ct-section cs-page-hero">
  <div class="ct-section-inner-wrap">
    <div id="div_block-3-{pid}" class="ct-div-block cs-hero-text">
      <div id="text_block-4-{pid}" class="ct-text-block cs-breadcrumb"><a href="/">Home</a> &rsaquo;
        <span class="ct-span">{title}</span></div>
      <h1 id="headline-5-{pid}" class="ct-headline cs-h1">{title}</h1>
      <div id="text_block-6-{pid}" class="ct-text-block cs-hero-strap">{strap}</div>
    </div>
  </div>
</section>
"""


_HOME = """<section id="section-2-12" class=" ct-section cs-home-hero" data-aos="fade-in">
  <div class="ct-section-inner-wrap">
    <div id="div_block-3-12" class="ct-div-block cs-hero-text">
      <h1 id="headline-4-12" class="ct-headline cs-h1">Friendly, unhurried dentistry in the heart of
        Hollingford</h1>
      <div id="text_block-5-12" class="ct-text-block cs-hero-strap">NHS and private care for the whole family,
        from a first check-up for your toddler to implants and clear aligners.</div>
      <div id="div_block-6-12" class="ct-div-block cs-btn-row">
        <a id="link_button-7-12" class="ct-link-button cs-btn cs-btn-primary"
          href="/appointments-and-cancellations/">Book an appointment</a>
        <a id="link_button-8-12" class="ct-link-button cs-btn cs-btn-outline" href="/new-patients/">New
          patients</a>
      </div>
    </div>
    <div id="div_block-9-12" class="ct-div-block cs-hero-img">
      <img id="image-10-12" alt="The front of Castle Street Dental Practice"
        src="/wp-content/uploads/2021/04/practice-front-1200x800.jpg" class="ct-image">
    </div>
  </div>
</section>
<section id="section-11-12" class=" ct-section cs-intro">
  <div class="ct-section-inner-wrap">
    <div id="new_columns-12-12" class="ct-new-columns">
      <div id="div_block-13-12" class="ct-div-block">
        <h2 id="headline-14-12" class="ct-headline">Welcome to Castle Street</h2>
        <div id="_rich_text-15-12" class="oxy-rich-text">
          <p>There has been a dental surgery at 14 Castle Street since 1987, when Mr Geoffrey Hale opened his
          one-chair practice above what was then the saddler&#8217;s. Dr Rhian Pritchard joined him as an associate
          in 2004 and took the practice over when he retired in 2009. We are still independent and owned by
          the dentist who works here &ndash; not part of a corporate chain.</p>
          <p>Today we have three surgeries, four dentists, two hygienists and a team of nurses and receptionists,
          many of whom have been with us for more than ten years. We are a mixed practice: we provide NHS
          dentistry under contract with NHS England, alongside private treatment for patients who want more
          choice of materials, longer appointments or cosmetic work.</p>
          <p>We know a lot of our patients by name, and we like it that way.</p>
        </div>
      </div>
      <div id="div_block-16-12" class="ct-div-block cs-stats">
        <div class="cs-stat"><span class="cs-stat-num">4.9&#9733;</span><span class="cs-stat-label">from 380+
          Google reviews</span></div>
        <div class="cs-stat"><span class="cs-stat-num">37</span><span class="cs-stat-label">years on Castle
          Street</span></div>
        <div class="cs-stat"><span class="cs-stat-num">6</span><span class="cs-stat-label">dentists and
          hygienists</span></div>
      </div>
    </div>
  </div>
</section>
<section id="section-17-12" class=" ct-section cs-services">
  <div class="ct-section-inner-wrap">
    <h2 id="headline-18-12" class="ct-headline cs-center">How we can help</h2>
    <div id="div_block-19-12" class="ct-div-block cs-card-grid">
      <div id="div_block-20-12" class="ct-div-block cs-card">
        <h3 id="headline-21-12" class="ct-headline">Check-ups &amp; hygiene</h3>
        <div id="text_block-22-12" class="ct-text-block">Keeping healthy mouths healthy.</div>
        <a id="link_text-23-12" class="ct-link-text" href="/check-ups-and-hygiene/">Find out more</a>
      </div>
      <div id="div_block-24-12" class="ct-div-block cs-card">
        <h3 id="headline-25-12" class="ct-headline">Fillings, root canals &amp; crowns</h3>
        <div id="text_block-26-12" class="ct-text-block">Repairing teeth so they last.</div>
        <a id="link_text-27-12" class="ct-link-text" href="/fillings-root-canal-crowns/">Find out more</a>
      </div>
      <div id="div_block-28-12" class="ct-div-block cs-card">
        <h3 id="headline-29-12" class="ct-headline">Clear aligners</h3>
        <div id="text_block-30-12" class="ct-text-block">Straighter teeth without metal braces.</div>
        <a id="link_text-31-12" class="ct-link-text" href="/invisalign-aligners/">Find out more</a>
      </div>
      <div id="div_block-32-12" class="ct-div-block cs-card">
        <h3 id="headline-33-12" class="ct-headline">Teeth whitening</h3>
        <div id="text_block-34-12" class="ct-text-block">Safe, dentist-led whitening.</div>
        <a id="link_text-35-12" class="ct-link-text" href="/teeth-whitening/">Find out more</a>
      </div>
      <div id="div_block-36-12" class="ct-div-block cs-card">
        <h3 id="headline-37-12" class="ct-headline">Dental implants</h3>
        <div id="text_block-38-12" class="ct-text-block">A permanent answer to a missing tooth.</div>
        <a id="link_text-39-12" class="ct-link-text" href="/dental-implants/">Find out more</a>
      </div>
      <div id="div_block-40-12" class="ct-div-block cs-card">
        <h3 id="headline-41-12" class="ct-headline">Children</h3>
        <div id="text_block-42-12" class="ct-text-block">Making the dentist fun, not frightening.</div>
        <a id="link_text-43-12" class="ct-link-text" href="/childrens-dentistry/">Find out more</a>
      </div>
      <div id="div_block-44-12" class="ct-div-block cs-card">
        <h3 id="headline-45-12" class="ct-headline">Nervous?</h3>
        <div id="text_block-46-12" class="ct-text-block">We go at your pace. Always.</div>
        <a id="link_text-47-12" class="ct-link-text" href="/nervous-patients/">Find out more</a>
      </div>
      <div id="div_block-48-12" class="ct-div-block cs-card cs-card-alert">
        <h3 id="headline-49-12" class="ct-headline">Emergencies</h3>
        <div id="text_block-50-12" class="ct-text-block">Toothache, swelling or a broken tooth.</div>
        <a id="link_text-51-12" class="ct-link-text" href="/emergency-dentist/">Find out more</a>
      </div>
    </div>
  </div>
</section>
<section id="section-52-12" class=" ct-section cs-testimonials">
  <div class="ct-section-inner-wrap">
    <h2 id="headline-53-12" class="ct-headline cs-center">What our patients say</h2>
    <div id="div_block-54-12" class="ct-div-block cs-testimonial-row">
      <div id="_testimonial-55-12" class="oxy-testimonial">
        <div class="oxy-testimonial-wrapper"><div class="oxy-testimonial-content-wrapper">
          <div class="oxy-testimonial-text">I&#8217;ve been coming here since I was six and now I bring my own
            two. Same lovely receptionists, same calm atmosphere.</div>
          <div class="oxy-testimonial-author-wrapper"><div class="oxy-testimonial-author-info">
            <div class="oxy-testimonial-author">Katie M.</div>
            <div class="oxy-testimonial-author-info">Hollingford</div></div></div>
        </div></div>
      </div>
      <div id="_testimonial-56-12" class="oxy-testimonial">
        <div class="oxy-testimonial-wrapper"><div class="oxy-testimonial-content-wrapper">
          <div class="oxy-testimonial-text">Dr Ashworth sorted out my smile with aligners and I genuinely can&#8217;t
            stop grinning. Really clear about costs from day one.</div>
          <div class="oxy-testimonial-author-wrapper"><div class="oxy-testimonial-author-info">
            <div class="oxy-testimonial-author">James P.</div>
            <div class="oxy-testimonial-author-info">Church Stretton</div></div></div>
        </div></div>
      </div>
      <div id="_testimonial-57-12" class="oxy-testimonial">
        <div class="oxy-testimonial-wrapper"><div class="oxy-testimonial-content-wrapper">
          <div class="oxy-testimonial-text">Fitted me in the same morning when I broke a tooth on holiday
            rock. Couldn&#8217;t have been kinder.</div>
          <div class="oxy-testimonial-author-wrapper"><div class="oxy-testimonial-author-info">
            <div class="oxy-testimonial-author">Graham T.</div>
            <div class="oxy-testimonial-author-info">Google review</div></div></div>
        </div></div>
      </div>
    </div>
  </div>
</section>
"""

_TEAM = """<section id="section-7-21" class=" ct-section cs-team">
  <div class="ct-section-inner-wrap">
    <div id="_rich_text-8-21" class="oxy-rich-text cs-lead">
      <p>We are a small team and most of us live locally. Every dentist, hygienist and nurse here is registered
      with the General Dental Council (GDC) and keeps up their training every year. Below you can see who
      works which days, which helps if you would like to see someone in particular.</p>
    </div>
    <h2 id="headline-9-21" class="ct-headline">Dentists</h2>
    <div id="div_block-10-21" class="ct-div-block cs-team-grid">
      <div id="div_block-11-21" class="ct-div-block cs-team-card">
        <img id="image-12-21" alt="Dr Rhian Pritchard" src="/wp-content/uploads/2022/01/rhian.jpg" class="ct-image">
        <h3 id="headline-13-21" class="ct-headline">Dr Rhian Pritchard</h3>
        <div id="text_block-14-21" class="ct-text-block cs-role">Principal dentist &amp; practice owner &middot;
          BDS (Cardiff 2001) &middot; GDC 71234</div>
        <div id="text_block-15-21" class="ct-text-block">Rhian grew up in Knighton and has owned the practice
          since 2009. She looks after NHS and private patients, fits the crowns and teeth on our implants, and
          is the person to ask about dentures. Works Monday, Wednesday and Friday.</div>
      </div>
      <div id="div_block-16-21" class="ct-div-block cs-team-card">
        <img id="image-17-21" alt="Dr Tom Ashworth" src="/wp-content/uploads/2022/01/tom.jpg" class="ct-image">
        <h3 id="headline-18-21" class="ct-headline">Dr Tom Ashworth</h3>
        <div id="text_block-19-21" class="ct-text-block cs-role">Associate dentist &middot; BDS (Birmingham
          2012), MJDF RCS &middot; GDC 198840</div>
        <div id="text_block-20-21" class="ct-text-block">Tom is our Invisalign provider and also does most of
          our whitening. Outside work he coaches the Hollingford under-12s football team. Works Monday,
          Tuesday and Thursday, including Tuesday and Thursday evenings.</div>
      </div>
      <div id="div_block-21-21" class="ct-div-block cs-team-card">
        <img id="image-22-21" alt="Dr Priya Nair" src="/wp-content/uploads/2022/01/priya.jpg" class="ct-image">
        <h3 id="headline-23-21" class="ct-headline">Dr Priya Nair</h3>
        <div id="text_block-24-21" class="ct-text-block cs-role">Associate dentist &middot; BDS (Manchester
          2014), PG Cert Conscious Sedation &middot; GDC 241177</div>
        <div id="text_block-25-21" class="ct-text-block">Priya has a special interest in children and anxious
          adults, and is the dentist who provides our IV sedation. She speaks Malayalam and Hindi as well as
          English. Works Tuesday, Thursday and Friday, plus two Saturday mornings a month.</div>
      </div>
      <div id="div_block-26-21" class="ct-div-block cs-team-card">
        <img id="image-27-21" alt="Dr Marek Kowalski" src="/wp-content/uploads/2022/01/marek.jpg"
          class="ct-image">
        <h3 id="headline-28-21" class="ct-headline">Dr Marek Kowalski</h3>
        <div id="text_block-29-21" class="ct-text-block cs-role">Visiting implant dentist &middot; BDS,
          MSc Implant Dentistry (UCLan) &middot; GDC 156302</div>
        <div id="text_block-30-21" class="ct-text-block">Marek places all of our implants and has been doing so
          for over fifteen years. He is with us on the first and third Friday of each month. Marek speaks
          fluent Polish, which many of our patients find helpful.</div>
      </div>
    </div>
    <h2 id="headline-31-21" class="ct-headline">Hygienists</h2>
    <div id="div_block-32-21" class="ct-div-block cs-team-grid">
      <div id="div_block-33-21" class="ct-div-block cs-team-card">
        <h3 id="headline-34-21" class="ct-headline">Hannah Lloyd</h3>
        <div id="text_block-35-21" class="ct-text-block cs-role">Dental hygienist &middot; GDC 209915</div>
        <div id="text_block-36-21" class="ct-text-block">Gentle and thorough, and very good with people who
          dread the scraping. Works Monday, Wednesday and Friday.</div>
      </div>
      <div id="div_block-37-21" class="ct-div-block cs-team-card">
        <h3 id="headline-38-21" class="ct-headline">Sophie Turner</h3>
        <div id="text_block-39-21" class="ct-text-block cs-role">Hygienist &amp; therapist &middot; GDC
          262041</div>
        <div id="text_block-40-21" class="ct-text-block">As a dental therapist Sophie can also do simple
          fillings and children&#8217;s treatment when the dentist prescribes it. Works Tuesday, Thursday and
          Saturday mornings.</div>
      </div>
    </div>
    <h2 id="headline-41-21" class="ct-headline">Nurses &amp; reception</h2>
    <div id="_rich_text-42-21" class="oxy-rich-text">
      <p><strong>Claire Bennett</strong>, practice manager &ndash; the person to speak to about anything that
      hasn&#8217;t gone right, or about fees and plans.<br>
      <strong>Gemma, Lauren and Aisha</strong>, dental nurses. Gemma is our lead nurse and sedation nurse.<br>
      <strong>Jo and Megan</strong>, receptionists &ndash; the friendly voices on the phone.</p>
    </div>
  </div>
</section>
"""

_NHS = """<section id="section-7-31" class=" ct-section cs-content">
  <div class="ct-section-inner-wrap">
    <div id="new_columns-8-31" class="ct-new-columns">
      <div id="div_block-9-31" class="ct-div-block cs-main-col">
        <h2 id="headline-10-31" class="ct-headline">Are you taking on new NHS patients?</h2>
        <div id="_rich_text-11-31" class="oxy-rich-text">
          <p><em>Updated 1 April 2025.</em> We are accepting new NHS patients <strong>aged under 18</strong>
          straight away &ndash; just ring reception to book their first check-up.</p>
          <p>For adults, NHS places are limited by our contract, so we keep an NHS waiting list. At the moment
          the wait for an adult NHS place is around <strong>8 to 10 months</strong>. You can join the list by
          phone or at reception; we only need your name, date of birth and a contact number. Pregnant women
          and new mums are offered the next available place. If you would rather not wait, you can join as a
          private patient and move across when an NHS place comes up.</p>
        </div>
        <h2 id="headline-12-31" class="ct-headline">NHS charges in England</h2>
        <div id="text_block-13-31" class="ct-text-block">These are set by the government, not by us, and are the
          same at every NHS dentist in England. From 1 April 2025:</div>
        <div id="code_block-14-31" class="ct-code-block">
          <table class="cs-price-table">
            <thead><tr><th>Band</th><th>What it covers</th><th>Charge</th></tr></thead>
            <tbody>
              <tr><td>Band 1</td><td>Examination, diagnosis, x-rays, advice, and a scale and polish if
                clinically needed</td><td>&pound;27.40</td></tr>
              <tr><td>Band 2</td><td>Everything in Band 1, plus fillings, root canal treatment and
                extractions</td><td>&pound;75.30</td></tr>
              <tr><td>Band 3</td><td>Everything in Bands 1 and 2, plus crowns, dentures and bridges</td>
                <td>&pound;326.70</td></tr>
              <tr><td>Urgent</td><td>Urgent assessment and treatment to relieve pain</td><td>&pound;27.40</td></tr>
            </tbody>
          </table>
        </div>
        <div id="text_block-15-31" class="ct-text-block">You pay one charge for a whole course of treatment, even
          if it takes several visits. If you need more treatment in the same band within two months, it is
          free.</div>
        <h2 id="headline-16-31" class="ct-headline">Who gets free NHS dental treatment?</h2>
        <div id="_rich_text-17-31" class="oxy-rich-text">
          <ul>
            <li>Under 18s</li>
            <li>Young people aged 18 who are in full-time education (until their 19th birthday)</li>
            <li>Anyone pregnant, or who has had a baby in the last 12 months, with a valid maternity exemption
              certificate (MatEx)</li>
            <li>People receiving Income Support, income-based Jobseeker&#8217;s Allowance, income-related
              Employment and Support Allowance or Pension Credit Guarantee Credit</li>
            <li>Some people on Universal Credit (depending on earnings)</li>
            <li>Anyone named on a valid HC2 certificate (an HC3 gives partial help)</li>
          </ul>
          <p>We have to ask for proof. The NHS Business Services Authority checks claims, and can issue a
          penalty charge if someone claims free treatment they were not entitled to.</p>
        </div>
        <h2 id="headline-18-31" class="ct-headline">What the NHS does not cover</h2>
        <div id="text_block-19-31" class="ct-text-block">NHS dentistry provides what is clinically needed to keep
          your mouth healthy. Purely cosmetic treatment such as whitening or aligners isn&#8217;t available on the
          NHS, and implants almost never are. We will always tell you which options are NHS and which are
          private before you decide.</div>
      </div>
      <aside id="div_block-20-31" class="ct-div-block cs-sidebar">
        <div id="div_block-21-31" class="ct-div-block cs-widget">
          <h3 id="headline-22-31" class="ct-headline">Prefer private?</h3>
          <div id="text_block-23-31" class="ct-text-block">See our <a href="/private-fees/">private fee list</a>
            or spread the cost with a <a href="/payment-plans/">care plan</a>.</div>
        </div>
        <div id="div_block-24-31" class="ct-div-block cs-widget">
          <h3 id="headline-25-31" class="ct-headline">Joining us?</h3>
          <div id="text_block-26-31" class="ct-text-block"><a href="/new-patients/">Read our new patient
            guide</a></div>
        </div>
      </aside>
    </div>
  </div>
</section>
"""

_FEES = """<section id="section-7-36" class=" ct-section cs-content">
  <div class="ct-section-inner-wrap">
    <div id="_rich_text-8-36" class="oxy-rich-text cs-lead">
      <p>Private fees from 1 January 2025. Before any treatment starts you will get a written treatment plan
      with the cost, so there are no surprises. Care plan members receive a discount on the treatments below
      (see <a href="/payment-plans/">Care Plans &amp; Finance</a>). Prices for
      <a href="/invisalign-aligners/">Invisalign</a>, <a href="/teeth-whitening/">whitening</a> and
      <a href="/dental-implants/">implants</a> are on their own pages.</p>
    </div>
    <div id="div_block-9-36" class="ct-div-block cs-fee-block">
      <h2 id="headline-10-36" class="ct-headline">Examinations &amp; x-rays</h2>
      <table class="cs-price-table">
        <tr><td>New patient examination (45 minutes, including any x-rays needed)</td><td>&pound;75</td></tr>
        <tr><td>Routine examination</td><td>&pound;52</td></tr>
        <tr><td>Small x-ray (each)</td><td>&pound;15</td></tr>
        <tr><td>Full-mouth x-ray (OPG)</td><td>&pound;60</td></tr>
        <tr><td>Second opinion with written report</td><td>&pound;60</td></tr>
      </table>
    </div>
    <div id="div_block-11-36" class="ct-div-block cs-fee-block">
      <h2 id="headline-12-36" class="ct-headline">Hygienist</h2>
      <table class="cs-price-table">
        <tr><td>Hygienist appointment, 30 minutes</td><td>&pound;68</td></tr>
        <tr><td>Hygienist appointment, 45 minutes</td><td>&pound;92</td></tr>
        <tr><td>Airflow stain removal (added to a hygiene visit)</td><td>&pound;20</td></tr>
      </table>
    </div>
    <div id="div_block-13-36" class="ct-div-block cs-fee-block">
      <h2 id="headline-14-36" class="ct-headline">Fillings &amp; root canal treatment</h2>
      <table class="cs-price-table">
        <tr><td>Silver (amalgam) filling</td><td>from &pound;95</td></tr>
        <tr><td>White (composite) filling, small</td><td>&pound;140</td></tr>
        <tr><td>White (composite) filling, large</td><td>&pound;190 &ndash; &pound;240</td></tr>
        <tr><td>Root canal treatment, front tooth</td><td>&pound;420</td></tr>
        <tr><td>Root canal treatment, premolar</td><td>&pound;550</td></tr>
        <tr><td>Root canal treatment, molar (back tooth)</td><td>&pound;720</td></tr>
      </table>
    </div>
    <div id="div_block-15-36" class="ct-div-block cs-fee-block">
      <h2 id="headline-16-36" class="ct-headline">Crowns, bridges &amp; dentures</h2>
      <table class="cs-price-table">
        <tr><td>Porcelain bonded to metal crown</td><td>&pound;595</td></tr>
        <tr><td>All-ceramic (e.max) or zirconia crown</td><td>&pound;695</td></tr>
        <tr><td>Ceramic onlay</td><td>&pound;625</td></tr>
        <tr><td>Bridge, per unit</td><td>from &pound;650</td></tr>
        <tr><td>Full acrylic denture (one jaw)</td><td>&pound;850</td></tr>
        <tr><td>Chrome cobalt partial denture</td><td>&pound;1,350</td></tr>
      </table>
    </div>
    <div id="div_block-17-36" class="ct-div-block cs-fee-block">
      <h2 id="headline-18-36" class="ct-headline">Extractions &amp; other</h2>
      <table class="cs-price-table">
        <tr><td>Simple extraction</td><td>&pound;140</td></tr>
        <tr><td>Surgical extraction</td><td>&pound;290</td></tr>
        <tr><td>Custom sports mouthguard</td><td>&pound;120</td></tr>
        <tr><td>Night guard for tooth grinding</td><td>&pound;240</td></tr>
      </table>
    </div>
    <div id="text_block-19-36" class="ct-text-block cs-small">Fees may change; the price on your signed
      treatment plan is the price you pay.</div>
  </div>
</section>
"""

_HYGIENE = """<section id="section-7-41" class=" ct-section cs-content">
  <div class="ct-section-inner-wrap">
    <div id="new_columns-8-41" class="ct-new-columns">
      <div id="div_block-9-41" class="ct-div-block cs-main-col">
        <h2 id="headline-10-41" class="ct-headline">What happens at a check-up?</h2>
        <div id="_rich_text-11-41" class="oxy-rich-text">
          <p>A routine check-up with one of our dentists takes about 20 minutes. We will:</p>
          <ul>
            <li>ask about any changes to your health or medicines</li>
            <li>check each tooth and any existing fillings or crowns</li>
            <li>measure your gums (a quick score called a BPE) to look for gum disease</li>
            <li>screen for mouth cancer &ndash; tongue, cheeks, throat and the glands in your neck</li>
            <li>take x-rays if they are due (usually every one to two years)</li>
            <li>talk you through anything we find, with options and costs</li>
          </ul>
        </div>
        <h2 id="headline-12-41" class="ct-headline">How often do I need one?</h2>
        <div id="text_block-13-41" class="ct-text-block">Not automatically every six months. Following NICE
          guidance, your dentist will recommend a gap of anywhere between 3 months and 2 years depending on
          your risk of decay and gum disease, and will tell you at the end of each visit.</div>
        <h2 id="headline-14-41" class="ct-headline">Seeing the hygienist</h2>
        <div id="_rich_text-15-41" class="oxy-rich-text">
          <p>Our hygienists, Hannah and Sophie, remove the hard tartar that brushing can&#8217;t shift, polish
          off staining and show you how to clean in the places you miss. For gum disease they carry out
          deeper cleaning below the gum line, numbed with local anaesthetic if needed. Airflow stain removal
          uses a fine spray of powder and water to lift tea, coffee, red wine and smoking stains.</p>
          <p><strong>Bleeding gums?</strong> Gums that bleed when you brush or floss are the most common early
          sign of gum disease (gingivitis). Please don&#8217;t stop brushing the area &ndash; book in with the
          hygienist. Caught early, gingivitis is completely reversible; left alone it can become
          periodontitis, which loosens teeth.</p>
        </div>
        <h2 id="headline-16-41" class="ct-headline">Do I need to be referred?</h2>
        <div id="text_block-17-41" class="ct-text-block">No. We offer <strong>direct access</strong> hygiene
          appointments: you can book with the hygienist without seeing one of our dentists first, and without
          being registered with us &ndash; handy if your own dentist doesn&#8217;t have a hygienist. Direct
          access appointments are private. If the hygienist spots something that needs a dentist, she will
          tell you and write to your own dentist if you like.</div>
        <h2 id="headline-18-41" class="ct-headline">Hygiene on the NHS</h2>
        <div id="text_block-19-41" class="ct-text-block">On the NHS, a scale and polish is included only when
          your dentist decides it is clinically necessary, and it is usually done by the dentist as part of
          your course of treatment. Routine visits to the hygienist are private.</div>
      </div>
      <aside id="div_block-20-41" class="ct-div-block cs-sidebar">
        <div id="div_block-21-41" class="ct-div-block cs-widget cs-widget-blue">
          <h3 id="headline-22-41" class="ct-headline">Save with a plan</h3>
          <div id="text_block-23-41" class="ct-text-block">Regular hygiene visits are included in our
            <a href="/payment-plans/">Care Plans</a>.</div>
          <a id="link_button-24-41" class="ct-link-button cs-btn" href="/appointments-and-cancellations/">Book
            now</a>
        </div>
        <div id="_testimonial-25-41" class="oxy-testimonial">
          <div class="oxy-testimonial-text">Hannah is the first hygienist I&#8217;ve not dreaded. Honestly
            painless.</div>
          <div class="oxy-testimonial-author">Sue R.</div>
        </div>
      </aside>
    </div>
  </div>
</section>
"""

_RESTORE = """<section id="section-7-46" class=" ct-section cs-content">
  <div class="ct-section-inner-wrap">
    <div id="div_block-8-46" class="ct-div-block cs-main-col">
      <h2 id="headline-9-46" class="ct-headline">Fillings</h2>
      <div id="_rich_text-10-46" class="oxy-rich-text">
        <p>We offer tooth-coloured <strong>composite</strong> fillings, shade-matched and bonded to the tooth,
        and traditional silver <strong>amalgam</strong>, which is very hard-wearing and is still the standard
        NHS filling for back teeth. In line with the regulations in force since 2018, we do not use amalgam for
        children under 15 or for patients who are pregnant or breastfeeding unless there is no alternative.
        If you would like old silver fillings replaced for appearance, we are happy to talk it through.</p>
      </div>
      <h2 id="headline-11-46" class="ct-headline">Root canal treatment</h2>
      <div id="_rich_text-12-46" class="oxy-rich-text">
        <p>When the nerve inside a tooth becomes infected or dies &ndash; often after deep decay or a knock &ndash;
        you might notice lingering pain with hot drinks, throbbing at night, a gum boil, or a tooth turning
        darker. Root canal treatment cleans out the infected nerve, shapes and disinfects the canals and seals
        them, saving a tooth that would otherwise have to come out.</p>
        <p>It is done under local anaesthetic with a thin rubber sheet (a &ldquo;rubber dam&rdquo;) around
        the tooth, and feels much like having a filling. Most teeth need <strong>one or two appointments of
        60 to 90 minutes</strong>; molars with three or four canals usually take two. Around 85&ndash;90% of
        root-filled teeth last for many years. Back teeth become more brittle afterwards, so we normally
        advise a crown or onlay to protect them. Very complex molars or re-treatments may be referred to a
        specialist endodontist in Shrewsbury.</p>
      </div>
      <h2 id="headline-13-46" class="ct-headline">Crowns, onlays &amp; bridges</h2>
      <div id="_rich_text-14-46" class="oxy-rich-text">
        <p>A crown covers a heavily filled, cracked or root-filled tooth. We offer porcelain bonded to metal,
        all-ceramic (e.max) and zirconia. A crown takes <strong>two appointments about two weeks apart</strong>:
        at the first we shape the tooth, take a digital scan (no gooey putty) and fit a temporary crown; at the
        second we fit the permanent one, made by Severn Dental Laboratory in Shrewsbury. A bridge replaces a
        missing tooth by joining a false tooth to the teeth either side.</p>
      </div>
      <div id="div_block-15-46" class="ct-div-block cs-guarantee-box">
        <h3 id="headline-16-46" class="ct-headline">Our guarantee</h3>
        <div id="text_block-17-46" class="ct-text-block"><strong>Private</strong> crowns, bridges and onlays come
          with our 5-year guarantee: if one breaks or comes off within five years we will re-cement or replace
          it free of charge, as long as you have kept up the check-ups and hygiene visits we recommended and
          it was not damaged in an accident. <strong>NHS</strong> rules give a 12-month guarantee: if a
          filling, crown or bridge needs replacing within 12 months, the repair is free, apart from a few
          exceptions such as damage from an injury.</div>
      </div>
      <a id="link_button-18-46" class="ct-link-button cs-btn cs-btn-primary" href="/private-fees/">See our
        private fees</a>
    </div>
  </div>
</section>
"""

_ALIGN = """<section id="section-7-51" class=" ct-section cs-content">
  <div class="ct-section-inner-wrap">
    <div id="new_columns-8-51" class="ct-new-columns">
      <div id="div_block-9-51" class="ct-div-block cs-main-col">
        <div id="_rich_text-10-51" class="oxy-rich-text">
          <p>Invisalign straightens teeth with a series of thin, clear plastic aligners instead of brackets and
          wires. Each set moves your teeth a fraction of a millimetre; you change to the next set every one to
          two weeks. Dr Tom Ashworth has been an Invisalign provider since 2016 and has completed more than
          300 cases.</p>
        </div>
        <h2 id="headline-11-51" class="ct-headline">Is it right for me?</h2>
        <div id="text_block-12-51" class="ct-text-block">Aligners work very well for crowding, gaps, and teeth
          that have drifted since you had braces as a teenager. They suit adults and teenagers once all the
          adult teeth are through. Some bites are better treated by a specialist orthodontist, and Tom will
          tell you honestly if that applies to you.</div>
        <h2 id="headline-13-51" class="ct-headline">How long does it take?</h2>
        <div id="_rich_text-14-51" class="oxy-rich-text">
          <ul>
            <li><strong>Invisalign i7</strong> (small touch-ups): about 3 months</li>
            <li><strong>Invisalign Lite</strong> (mild crowding or spacing): 4 to 7 months</li>
            <li><strong>Invisalign Comprehensive</strong>: usually 12 to 18 months</li>
          </ul>
          <p>Aligners only work if you wear them &ndash; 20 to 22 hours a day. Take them out to eat and to drink
          anything other than plain water. We see you every 8 to 10 weeks to check progress.</p>
        </div>
        <h2 id="headline-15-51" class="ct-headline">Prices</h2>
        <table class="cs-price-table">
          <tr><td>Invisalign consultation with 3D scan and preview</td><td>Free</td></tr>
          <tr><td>Invisalign i7</td><td>&pound;1,795</td></tr>
          <tr><td>Invisalign Lite</td><td>&pound;2,750</td></tr>
          <tr><td>Invisalign Comprehensive</td><td>&pound;3,950</td></tr>
          <tr><td>Replacement retainer (per arch)</td><td>&pound;195</td></tr>
        </table>
        <div id="text_block-16-51" class="ct-text-block">Prices include all aligners, any refinement aligners,
          the review visits and your first set of retainers. Aligners are not available on the NHS.</div>
        <h2 id="headline-17-51" class="ct-headline">Keeping them straight</h2>
        <div id="text_block-18-51" class="ct-text-block">Teeth try to move back for the rest of your life. After
          treatment we bond a thin wire behind your front teeth and give you clear removable retainers to wear
          at night, long term.</div>
      </div>
      <aside id="div_block-19-51" class="ct-div-block cs-sidebar">
        <div id="div_block-20-51" class="ct-div-block cs-widget">
          <h3 id="headline-21-51" class="ct-headline">Spread the cost</h3>
          <div id="text_block-22-51" class="ct-text-block">Monthly payments are available &ndash; see
            <a href="/payment-plans/">Care Plans &amp; Finance</a>.</div>
        </div>
        <div id="_testimonial-23-51" class="oxy-testimonial">
          <div class="oxy-testimonial-text">Nobody at work even noticed I was wearing them.</div>
          <div class="oxy-testimonial-author">Laura B.</div>
        </div>
      </aside>
    </div>
  </div>
</section>
"""

_WHITEN = """<section id="section-7-56" class=" ct-section cs-content">
  <div class="ct-section-inner-wrap">
    <div id="div_block-8-56" class="ct-div-block cs-main-col">
      <div id="_rich_text-9-56" class="oxy-rich-text">
        <p>Professional whitening lightens the natural colour of your teeth safely. In the UK it is illegal for
        anyone other than a dentist, or a hygienist or therapist on a dentist&#8217;s prescription, to whiten
        teeth &ndash; salon and kiosk whitening is either too weak to work or against the law.</p>
        <p><strong>Age limit:</strong> by law, whitening products strong enough to work cannot be used on
        anyone under 18, so we are unable to whiten teeth for under-18s, even with a parent&#8217;s consent.</p>
      </div>
      <h2 id="headline-10-56" class="ct-headline">Our whitening options</h2>
      <table class="cs-price-table">
        <tr><th>Treatment</th><th>What&#8217;s involved</th><th>Price</th></tr>
        <tr><td>Home whitening</td><td>Assessment, scans, custom-made trays and four syringes of gel. Worn for
          one to two hours a day, or overnight, for two to three weeks.</td><td>&pound;395</td></tr>
        <tr><td>Enlighten whitening</td><td>Two weeks of home whitening followed by a one-hour session in the
          surgery. Enlighten promises the lightest natural shade (B1) for most people.</td>
          <td>&pound;695</td></tr>
        <tr><td>Top-up gel</td><td>For existing trays</td><td>&pound;22 per syringe</td></tr>
      </table>
      <h2 id="headline-11-56" class="ct-headline">Crowns and fillings won&#8217;t change colour</h2>
      <div id="text_block-12-56" class="ct-text-block">Whitening only works on natural tooth. Crowns, bridges,
        white fillings and dentures stay the shade they are. If you have a crown or large white filling on a
        front tooth, we usually whiten first and then replace the crown or filling to match your new shade;
        that is charged separately.</div>
      <h2 id="headline-13-56" class="ct-headline">Will it hurt?</h2>
      <div id="text_block-14-56" class="ct-text-block">Some people get short-lived sensitivity or zingers
        during treatment. It settles within a day or two of stopping, and we give you a desensitising gel to
        use. We don&#8217;t whiten during pregnancy or breastfeeding.</div>
      <h2 id="headline-15-56" class="ct-headline">Keeping it white</h2>
      <div id="text_block-16-56" class="ct-text-block">During whitening and for 48 hours afterwards, avoid tea,
        coffee, red wine, cola, curry and smoking. Results typically last one to three years; an occasional
        night of top-up gel keeps them bright.</div>
      <a id="link_button-17-56" class="ct-link-button cs-btn cs-btn-primary"
        href="/appointments-and-cancellations/">Book a whitening assessment</a>
    </div>
  </div>
</section>
"""

_IMPLANT = """<section id="section-7-61" class=" ct-section cs-content">
  <div class="ct-section-inner-wrap">
    <div id="new_columns-8-61" class="ct-new-columns">
      <div id="div_block-9-61" class="ct-div-block cs-main-col">
        <div id="_rich_text-10-61" class="oxy-rich-text">
          <p>A dental implant is a small titanium screw placed in the jawbone where a tooth is missing. Once
          the bone has bonded to it, it holds a crown, a bridge or a denture firmly in place. We use Straumann
          implants, which carry the manufacturer&#8217;s lifetime guarantee on the implant itself. Implants are
          placed by our visiting implant dentist, Dr Marek Kowalski, and the teeth on top are made and fitted
          by Dr Rhian Pritchard.</p>
        </div>
        <h2 id="headline-11-61" class="ct-headline">The steps</h2>
        <div id="_rich_text-12-61" class="oxy-rich-text">
          <ol>
            <li><strong>Consultation</strong> with Dr Kowalski, usually with a 3D (CBCT) scan to measure the
              bone.</li>
            <li><strong>Placing the implant</strong> &ndash; about an hour under local anaesthetic. Most people
              are surprised how little it hurts afterwards.</li>
            <li><strong>Healing</strong> for three to four months while the bone bonds to the implant. You
              won&#8217;t be left with a gap at the front.</li>
            <li><strong>Fitting the crown</strong>, two short visits.</li>
          </ol>
          <p>Start to finish usually takes four to six months, longer if a bone graft is needed first.</p>
        </div>
        <h2 id="headline-13-61" class="ct-headline">Prices</h2>
        <table class="cs-price-table">
          <tr><td>Implant consultation (deducted from your treatment if you go ahead)</td><td>&pound;95</td></tr>
          <tr><td>CBCT 3D scan</td><td>&pound;150</td></tr>
          <tr><td>Single implant including the crown</td><td>&pound;2,650</td></tr>
          <tr><td>Bone graft, where needed</td><td>&pound;450 &ndash; &pound;850</td></tr>
          <tr><td>Sinus lift</td><td>from &pound;950</td></tr>
          <tr><td>Two implants to secure a lower denture</td><td>from &pound;4,950</td></tr>
          <tr><td>Implant bridge (three teeth on two implants)</td><td>from &pound;5,400</td></tr>
        </table>
        <div id="text_block-14-61" class="ct-text-block">Implants are not available on the NHS except in rare
          cases treated in hospital, such as after cancer surgery.</div>
        <h2 id="headline-15-61" class="ct-headline">Smoking, diabetes and other health questions</h2>
        <div id="text_block-16-61" class="ct-text-block">Smoking is the biggest single reason implants fail.
          If you smoke we will ask you to stop for at least two weeks before and eight weeks after the implant
          is placed, and for people smoking more than ten a day Dr Kowalski may advise against implants
          altogether. Well-controlled diabetes is not usually a problem. Implants need cleaning like natural
          teeth, and we recommend seeing the hygienist every three to six months.</div>
      </div>
      <aside id="div_block-17-61" class="ct-div-block cs-sidebar">
        <div id="div_block-18-61" class="ct-div-block cs-widget">
          <h3 id="headline-19-61" class="ct-headline">Spread the cost</h3>
          <div id="text_block-20-61" class="ct-text-block">See <a href="/payment-plans/">Care Plans &amp;
            Finance</a> for monthly payment options.</div>
        </div>
      </aside>
    </div>
  </div>
</section>
"""

_EMERG = """<section id="section-7-66" class=" ct-section cs-content cs-emergency">
  <div class="ct-section-inner-wrap">
    <div id="div_block-8-66" class="ct-div-block cs-alert-box">
      <div id="text_block-9-66" class="ct-text-block"><strong>Go straight to A&amp;E or call 999</strong> if
        swelling is spreading to your eye or neck, you are struggling to breathe or swallow, bleeding will not
        stop after 20 minutes of firm pressure, or a knock to the face came with a head injury.</div>
    </div>
    <h2 id="headline-10-66" class="ct-headline">Same-day emergency appointments</h2>
    <div id="_rich_text-11-66" class="oxy-rich-text">
      <p>We keep emergency slots free every weekday morning and on Saturday mornings for toothache, swelling,
      broken teeth and lost crowns. Please <strong>phone from 8:30am</strong> &ndash; the slots are given out
      in order of need and are usually gone by about 10am.</p>
      <p><strong>You don&#8217;t need to be registered with us.</strong> For people who are not our patients,
      an emergency appointment is private and costs <strong>&pound;95 on a weekday or &pound;120 on a
      Saturday</strong>. That covers the assessment, any x-rays needed and first-aid treatment to get you out of
      pain, such as a temporary filling, a dressing or draining an abscess. Any further treatment is quoted
      separately. Our registered NHS patients pay the NHS urgent treatment charge.</p>
    </div>
    <h2 id="headline-12-66" class="ct-headline">Out of hours</h2>
    <div id="text_block-13-66" class="ct-text-block">When we are closed, call <a href="tel:111">NHS 111</a>.
      They will assess you and, if you need to be seen, book you into the Shropshire urgent dental care service.
      Our answerphone gives the same advice.</div>
    <h2 id="headline-14-66" class="ct-headline">Knocked-out adult tooth</h2>
    <div id="_rich_text-15-66" class="oxy-rich-text">
      <p>Speed matters &ndash; a tooth put back within an hour has the best chance.</p>
      <ol>
        <li>Pick the tooth up by the crown (the white part), not the root.</li>
        <li>If it is dirty, rinse it for no more than ten seconds in milk or cold water. Don&#8217;t scrub it.</li>
        <li>Push it gently back into the socket and bite on a clean handkerchief to hold it.</li>
        <li>If you can&#8217;t, keep it in a cup of milk, or inside the cheek if the person is old enough not to
          swallow it.</li>
        <li>Ring us straight away, or NHS 111 out of hours.</li>
      </ol>
      <p>Never put a <em>baby</em> tooth back in &ndash; it can damage the adult tooth underneath.</p>
    </div>
    <h2 id="headline-16-66" class="ct-headline">Until you can be seen</h2>
    <div id="text_block-17-66" class="ct-text-block">Paracetamol and ibuprofen taken together as directed on
      the packet work well for toothache. Never hold an aspirin against the gum &ndash; it burns. Temporary
      filling kits from the chemist can cover a sharp edge or a lost filling for a few days.</div>
    <a id="link_button-18-66" class="ct-link-button cs-btn cs-btn-red" href="tel:01588640218">Call 01588
      640218</a>
  </div>
</section>
"""

_KIDS = """<section id="section-7-71" class=" ct-section cs-content">
  <div class="ct-section-inner-wrap">
    <div id="new_columns-8-71" class="ct-new-columns">
      <div id="div_block-9-71" class="ct-div-block cs-main-col">
        <div id="_rich_text-10-71" class="oxy-rich-text">
          <p>Good habits start early, and so does feeling relaxed at the dentist. NHS dental treatment for
          children is free, and our team &ndash; Dr Priya Nair in particular &ndash; love seeing young
          patients.</p>
        </div>
        <h2 id="headline-11-71" class="ct-headline">When should my child first come?</h2>
        <div id="text_block-12-71" class="ct-text-block">As soon as the first tooth appears, and certainly by
          their first birthday. Early visits are short and fun &ndash; often just a look while sitting on your
          lap &ndash; and help your child get used to us before they ever need treatment. It also helps to bring
          little ones along to your own check-up.</div>
        <h2 id="headline-13-71" class="ct-headline">Protecting little teeth</h2>
        <div id="_rich_text-14-71" class="oxy-rich-text">
          <ul>
            <li><strong>Fluoride varnish</strong> painted on twice a year from age 3 to strengthen teeth.</li>
            <li><strong>Fissure sealants</strong> on the adult back teeth when they come through, around age 6
              to 7.</li>
            <li><strong>Toothpaste:</strong> under 3s, a smear with at least 1,000ppm fluoride; age 3 and over,
              a pea-sized amount of 1,350&ndash;1,500ppm. Spit, don&#8217;t rinse. Help with brushing until
              about age 7.</li>
          </ul>
          <p>Every child who visits gets a sticker and joins our Happy Teeth club.</p>
        </div>
        <h2 id="headline-15-71" class="ct-headline">Does a parent need to come?</h2>
        <div id="text_block-16-71" class="ct-text-block">Children under 16 must be accompanied by a parent or
          legal guardian at every appointment, as we need consent for any treatment. A grandparent or other
          adult can bring them if you have signed our consent form in advance. Young people of 16 and 17 can
          come on their own.</div>
        <h2 id="headline-17-71" class="ct-headline">Braces for children</h2>
        <div id="text_block-18-71" class="ct-text-block">We check how the teeth and bite are developing at
          every visit, and around age 11 to 12 we assess whether your child qualifies for NHS braces, which are
          available to under-18s whose teeth meet the NHS need criteria (IOTN). We refer to Severn Orthodontics
          in Shrewsbury, where the NHS wait is currently 12 to 18 months.</div>
      </div>
      <aside id="div_block-19-71" class="ct-div-block cs-sidebar">
        <div id="div_block-20-71" class="ct-div-block cs-widget cs-widget-yellow">
          <h3 id="headline-21-71" class="ct-headline">After-school slots</h3>
          <div id="text_block-22-71" class="ct-text-block">Our 3:30&ndash;5pm appointments are popular &ndash;
            book your child&#8217;s next visit before you leave.</div>
        </div>
      </aside>
    </div>
  </div>
</section>
"""

_NERVOUS = """<section id="section-7-76" class=" ct-section cs-content">
  <div class="ct-section-inner-wrap">
    <div id="div_block-8-76" class="ct-div-block cs-main-col">
      <div id="_rich_text-9-76" class="oxy-rich-text">
        <p>If the thought of the dentist makes your stomach turn over, you are far from alone, and you
        won&#8217;t be judged here, however long it has been. Many of our most loyal patients first came in
        shaking.</p>
      </div>
      <h2 id="headline-10-76" class="ct-headline">Start with a chat</h2>
      <div id="text_block-11-76" class="ct-text-block">Book a free 15-minute &ldquo;meet and greet&rdquo; with
        a dentist. It happens in our consultation room, not the surgery, nobody will look in your mouth unless
        you want them to, and you can bring someone with you.</div>
      <h2 id="headline-12-76" class="ct-headline">Small things that help</h2>
      <div id="_rich_text-13-76" class="oxy-rich-text">
        <ul>
          <li>A stop signal &ndash; raise your hand and we stop, every time</li>
          <li>Numbing gel first, then The Wand, a computer-controlled injection that is slower and gentler than a
            standard syringe</li>
          <li>A TV on the ceiling and noise-cancelling headphones</li>
          <li>Longer appointments, or the first appointment of the day so you&#8217;re not sitting waiting</li>
        </ul>
      </div>
      <h2 id="headline-14-76" class="ct-headline">IV sedation</h2>
      <div id="_rich_text-15-76" class="oxy-rich-text">
        <p>For more anxious patients Dr Priya Nair provides intravenous (IV) sedation. A sedative (midazolam) is
        given through a small needle in the back of your hand. You stay awake and can respond, but feel deeply
        relaxed and usually remember very little afterwards. It is not a general anaesthetic &ndash; we
        don&#8217;t put people fully to sleep at the practice; general anaesthetic for dentistry is only given
        in hospital, for a small number of cases.</p>
        <p>IV sedation is private and costs <strong>&pound;295 per session</strong> on top of the treatment.
        If you need sedation on the NHS, we can refer you to the Shropshire Community Dental Service (the wait
        is around six months).</p>
      </div>
      <div id="div_block-16-76" class="ct-div-block cs-info-box">
        <h3 id="headline-17-76" class="ct-headline">On the day of sedation</h3>
        <div id="_rich_text-18-76" class="oxy-rich-text">
          <ul>
            <li>A light meal up to two hours before is fine.</li>
            <li>A responsible adult must come with you, take you home and stay with you until the next day.</li>
            <li>For 24 hours afterwards do not drive, cycle, drink alcohol, use machinery or sign anything
              important. You cannot drive yourself home, and we won&#8217;t sedate you if you arrive
              alone.</li>
            <li>Bring a list of your medicines.</li>
          </ul>
        </div>
      </div>
      <div id="_testimonial-19-76" class="oxy-testimonial">
        <div class="oxy-testimonial-text">Twenty years of avoiding dentists, and now I actually book my
          check-ups. Thank you Priya and Gemma.</div>
        <div class="oxy-testimonial-author">Anonymous, by request</div>
      </div>
    </div>
  </div>
</section>
"""

_PLANS = """<section id="section-7-81" class=" ct-section cs-content">
  <div class="ct-section-inner-wrap">
    <h2 id="headline-8-81" class="ct-headline">Castle Street Care Plans</h2>
    <div id="text_block-9-81" class="ct-text-block">Our own monthly membership plans spread the cost of
      routine private care into a direct debit. They are run for us by Practice Plan Ltd.</div>
    <div id="div_block-10-81" class="ct-div-block cs-pricing-row">
      <div id="_pricing_box-11-81" class="oxy-pricing-box">
        <div class="oxy-pricing-box-title"><div class="oxy-pricing-box-title-title">Essentials</div></div>
        <div class="oxy-pricing-box-price"><span class="oxy-pricing-box-amount-main">&pound;15.95</span>
          <span class="oxy-pricing-box-term">per month</span></div>
        <div class="oxy-pricing-box-content">Two dental examinations a year &middot; two 30-minute hygienist
          visits a year &middot; routine x-rays &middot; 10% off other private treatment</div>
      </div>
      <div id="_pricing_box-12-81" class="oxy-pricing-box cs-featured">
        <div class="oxy-pricing-box-title"><div class="oxy-pricing-box-title-title">Complete</div></div>
        <div class="oxy-pricing-box-price"><span class="oxy-pricing-box-amount-main">&pound;22.50</span>
          <span class="oxy-pricing-box-term">per month</span></div>
        <div class="oxy-pricing-box-content">Two examinations a year &middot; four hygienist visits a year
          &middot; routine x-rays &middot; 15% off other private treatment &middot; worldwide dental accident
          and emergency insurance</div>
      </div>
      <div id="_pricing_box-13-81" class="oxy-pricing-box">
        <div class="oxy-pricing-box-title"><div class="oxy-pricing-box-title-title">Child</div></div>
        <div class="oxy-pricing-box-price"><span class="oxy-pricing-box-amount-main">&pound;6.50</span>
          <span class="oxy-pricing-box-term">per month</span></div>
        <div class="oxy-pricing-box-content">For under-18s when a parent is a plan member: private check-ups,
          fluoride varnish and fissure sealants</div>
      </div>
    </div>
    <div id="text_block-14-81" class="ct-text-block">There is no joining fee. To join you need a new patient
      examination first and any urgent treatment completed. Plans run for a minimum of 12 months, then can be
      cancelled with one month&#8217;s notice.</div>
    <h2 id="headline-15-81" class="ct-headline">Dental finance</h2>
    <div id="_rich_text-16-81" class="oxy-rich-text">
      <p>For bigger courses of treatment &ndash; implants, aligners, crowns &ndash; you can spread the cost
      with finance through Tabeo:</p>
      <ul>
        <li><strong>0% interest over 6 or 12 months</strong> for treatment costing &pound;1,000 to
          &pound;25,000</li>
        <li>Or up to 60 months at 9.9% APR representative</li>
        <li>A 10% deposit is paid at the start</li>
      </ul>
      <p>You apply online in about five minutes and usually get a decision straight away. Finance is subject
      to status and available to UK residents aged 18 and over. Castle Street Dental Practice Ltd is an
      introducer, not a lender.</p>
    </div>
    <h2 id="headline-17-81" class="ct-headline">Ways to pay</h2>
    <div id="text_block-18-81" class="ct-text-block">We take debit and credit cards (Visa, Mastercard and
      American Express), Apple Pay and Google Pay, cash, and bank transfer for larger amounts. We no longer
      accept cheques. Treatment is paid for on the day; for laboratory work such as crowns and dentures we ask
      for 50% when the tooth is prepared and the rest when it is fitted.</div>
  </div>
</section>
"""

_NEW = """<section id="section-7-86" class=" ct-section cs-content">
  <div class="ct-section-inner-wrap">
    <div id="div_block-8-86" class="ct-div-block cs-main-col">
      <div id="_rich_text-9-86" class="oxy-rich-text">
        <p>We are always pleased to welcome new patients. Private new patient appointments are usually
        available within two weeks. For NHS places, please read <a href="/nhs-dentistry/">NHS Dentistry</a>
        for the current position.</p>
      </div>
      <h2 id="headline-10-86" class="ct-headline">Before your first visit</h2>
      <div id="text_block-11-86" class="ct-text-block">About 48 hours before your appointment we text you a
        link to our online forms: your medical history, contact details and consent. Filling them in at home
        saves time and lets the dentist check anything important beforehand. If you can&#8217;t use the link,
        just arrive 15 minutes early and fill in a paper copy.</div>
      <h2 id="headline-12-86" class="ct-headline">What to bring</h2>
      <div id="_rich_text-13-86" class="oxy-rich-text">
        <ul>
          <li>A list of any medicines you take, or your repeat prescription slip</li>
          <li>Proof of entitlement if you get free NHS treatment &ndash; for example your MatEx or HC2
            certificate or a benefits letter</li>
          <li>The name of your previous dentist, and any recent x-rays you have</li>
          <li>Your reading glasses, so you can read your treatment plan</li>
        </ul>
        <p>Please arrive ten minutes before your appointment time on your first visit.</p>
      </div>
      <h2 id="headline-14-86" class="ct-headline">Your first appointment</h2>
      <div id="text_block-15-86" class="ct-text-block">Your first appointment is a 45-minute full assessment
        with one of our dentists: teeth, gums, jaw joints and a mouth cancer check, x-rays and photographs if
        needed, and time to talk about what you want from your dentist. Afterwards you get a written
        treatment plan showing each option and what it costs.</div>
      <h2 id="headline-16-86" class="ct-headline">Moving from another practice?</h2>
      <div id="text_block-17-86" class="ct-text-block">You don&#8217;t need to tell your old dentist you are
        leaving, but it helps to ask them to send copies of your recent x-rays and notes, which they must
        provide. Let us know about any treatment still in progress.</div>
      <a id="link_button-18-86" class="ct-link-button cs-btn cs-btn-primary" href="tel:01588640218">Call to
        register</a>
    </div>
  </div>
</section>
"""

_APPTS = """<section id="section-7-91" class=" ct-section cs-content">
  <div class="ct-section-inner-wrap">
    <div id="new_columns-8-91" class="ct-new-columns">
      <div id="div_block-9-91" class="ct-div-block cs-main-col">
        <h2 id="headline-10-91" class="ct-headline">Booking</h2>
        <div id="text_block-11-91" class="ct-text-block">Ring reception on 01588 640218 during opening hours.
          Existing patients can also book check-ups and hygienist visits online through our patient portal,
          using the link in your last reminder text. Please don&#8217;t email to book urgent appointments
          &ndash; phone instead.</div>
        <h2 id="headline-12-91" class="ct-headline">Reminders</h2>
        <div id="text_block-13-91" class="ct-text-block">We send a text and an email reminder seven days and
          two days before each appointment. Reply YES to the two-day text to confirm.</div>
        <h2 id="headline-14-91" class="ct-headline">Cancelling or moving an appointment</h2>
        <div id="text_block-15-91" class="ct-text-block">Please give us at least 24 hours&#8217; notice so we
          can offer the time to someone in pain. For a Monday appointment, let us know by 12 noon on the
          Friday before. You can phone, reply to your reminder text or leave a message on the answerphone
          out of hours.</div>
        <h2 id="headline-16-91" class="ct-headline">Missed appointments and late cancellations</h2>
        <div id="_rich_text-17-91" class="oxy-rich-text">
          <p><strong>Private patients:</strong> if you miss an appointment or cancel with less than 24
          hours&#8217; notice, we charge &pound;25 for every 15 minutes booked (so a 30-minute hygiene visit
          is &pound;50). We understand genuine emergencies happen and will always listen.</p>
          <p><strong>NHS patients:</strong> we cannot charge for missed NHS appointments, but if you miss two
          appointments in a 12-month period without letting us know, we may no longer be able to offer you
          NHS care here.</p>
        </div>
        <h2 id="headline-18-91" class="ct-headline">Running late?</h2>
        <div id="text_block-19-91" class="ct-text-block">Call us as soon as you know. If you arrive more than
          10 minutes late for a check-up or hygienist appointment, we may have to rebook you so that
          everyone after you isn&#8217;t kept waiting. For longer treatment we will do what we can in the time
          that is left.</div>
        <h2 id="headline-20-91" class="ct-headline">Deposits</h2>
        <div id="text_block-21-91" class="ct-text-block">Private appointments of more than an hour need a
          &pound;50 deposit when booked, which comes off your bill on the day.</div>
      </div>
      <aside id="div_block-22-91" class="ct-div-block cs-sidebar">
        <div id="div_block-23-91" class="ct-div-block cs-widget">
          <h3 id="headline-24-91" class="ct-headline">Need us today?</h3>
          <div id="text_block-25-91" class="ct-text-block">See <a href="/emergency-dentist/">emergency
            appointments</a>.</div>
        </div>
      </aside>
    </div>
  </div>
</section>
"""

_AFTER = """<section id="section-7-96" class=" ct-section cs-content">
  <div class="ct-section-inner-wrap">
    <div id="div_block-8-96" class="ct-div-block cs-main-col">
      <div id="text_block-9-96" class="ct-text-block cs-lead">Your dentist will go through this with you, but
        it is easy to forget once you are home. If something doesn&#8217;t seem right, ring us.</div>
      <h2 id="headline-10-96" class="ct-headline">After a tooth has been taken out</h2>
      <div id="_rich_text-11-96" class="oxy-rich-text">
        <ul>
          <li>Bite firmly on the gauze pad for 20 to 30 minutes.</li>
          <li>For the rest of the day don&#8217;t rinse, spit hard or drink through a straw &ndash; the blood
            clot in the socket needs to settle.</li>
          <li>Avoid hot drinks and food until the numbness has worn off.</li>
          <li><strong>Don&#8217;t smoke or vape for at least 48 hours</strong>, and ideally 72. Smoking is the
            main cause of a dry socket.</li>
          <li>No alcohol for 24 hours.</li>
          <li>From the next day, rinse gently with warm salty water (half a teaspoon of salt in a glass) after
            meals, four times a day, for a week.</li>
        </ul>
        <p>A little oozing, making your saliva pink, is normal for a day or two. If it bleeds more than that,
        roll up a clean handkerchief, bite on it firmly for 20 minutes and keep your head raised. Pain that
        gets <em>worse</em> two to four days later, often with a bad taste, may be a dry socket &ndash; call
        us and we will dress it.</p>
      </div>
      <h2 id="headline-12-96" class="ct-headline">After a filling or root canal treatment</h2>
      <div id="text_block-13-96" class="ct-text-block">Numbness lasts two to four hours, so don&#8217;t chew
        until it has gone. If your bite feels high once the numbness wears off, ring us for a quick
        adjustment. A little sensitivity to cold for a couple of weeks is normal. After root canal treatment
        the tooth may be tender to bite on for a few days; avoid crunching hard food on it until it has its
        crown.</div>
      <h2 id="headline-14-96" class="ct-headline">Temporary crowns</h2>
      <div id="text_block-15-96" class="ct-text-block">Avoid toffee and chewing gum on that side, and pull
        floss out sideways rather than up. If the temporary comes off, keep it, call us, and in the meantime
        you can put it back on with a little denture fixative or toothpaste.</div>
      <h2 id="headline-16-96" class="ct-headline">New dentures</h2>
      <div id="text_block-17-96" class="ct-text-block">A few sore spots in the first weeks are normal. Come
        back and we will ease them &ndash; there is no charge for adjustments. Take dentures out at night.</div>
    </div>
  </div>
</section>
"""


def _toggle(n, pid, question, answer):
    return f"""      <div id="_toggle-{n}-{pid}" class="oxy-toggle toggle-4512 toggle-4512-expanded"
        data-oxy-toggle-active-class="toggle-4512-expanded" data-oxy-toggle-initial-state="closed">
        <div class="oxy-expand-collapse-icon" href="#"></div>
        <div class="oxy-toggle-content"><h3 id="headline-{n + 1}-{pid}" class="ct-headline">{question}</h3></div>
      </div>
      <div id="text_block-{n + 2}-{pid}" class="ct-text-block cs-faq-answer">{answer}</div>
"""


_FAQ_ITEMS = [
    (
        "Is the practice wheelchair accessible?",
        "Yes. There is a ramp at the side entrance on Mill Lane (ring the bell and we will open the door), and "
        "Surgery 1 is on the ground floor, as is our accessible toilet. Let us know when you book and we will make "
        "sure you are seen downstairs. We also have a hearing loop at reception.",
    ),
    (
        "Do you take Denplan?",
        "No, we are not a Denplan practice. We offer our own monthly plans instead &ndash; see "
        '<a href="/payment-plans/">Care Plans &amp; Finance</a>.',
    ),
    (
        "Can I claim on my health cash plan?",
        "Yes. We give you an itemised receipt for every private treatment, which you can send to "
        "Simplyhealth, Westfield Health, Medicash or any other cash plan. We can&#8217;t claim for you.",
    ),
    (
        "Can I have a copy of my notes or x-rays?",
        "Yes, free of charge. Email or write to the practice manager and we will send them within one month, "
        "as data protection law requires.",
    ),
    (
        "Do you take out wisdom teeth?",
        "Straightforward wisdom teeth, yes. If a tooth is buried deep or close to the nerve we refer you to the "
        "oral surgery department at the Royal Shrewsbury Hospital.",
    ),
    (
        "Do you do home visits?",
        "We can&#8217;t offer home visits. For housebound patients we refer to the Shropshire Community Dental "
        "Service, which has a domiciliary team.",
    ),
    (
        "Do you make sports mouthguards?",
        "Yes, custom-fitted ones made from a scan of your teeth, in your club&#8217;s colours if you like. They "
        "take about a week.",
    ),
    (
        "How do I make a complaint?",
        "Speak or write to Claire Bennett, our practice manager. We acknowledge complaints within three working "
        "days and aim to resolve them within 20. If you are not satisfied, NHS patients can contact NHS England and "
        "private patients the Dental Complaints Service.",
    ),
]

_FAQ = (
    """<section id="section-7-101" class=" ct-section cs-content cs-faq">
  <div class="ct-section-inner-wrap">
    <div id="text_block-8-101" class="ct-text-block cs-lead">The questions our receptionists hear most. Can&#8217;t
      see yours? Give us a ring.</div>
    <div id="div_block-9-101" class="ct-div-block cs-faq-list">
"""
    + "".join(_toggle(10 + 3 * i, 101, q, a) for i, (q, a) in enumerate(_FAQ_ITEMS))
    + """    </div>
  </div>
</section>
"""
)

_CONTACT = """<section id="section-7-106" class=" ct-section cs-content">
  <div class="ct-section-inner-wrap">
    <div id="new_columns-8-106" class="ct-new-columns">
      <div id="div_block-9-106" class="ct-div-block">
        <h2 id="headline-10-106" class="ct-headline">Find us</h2>
        <div id="text_block-11-106" class="ct-text-block">Castle Street Dental Practice<br>14 Castle Street<br>
          Hollingford<br>Shropshire SY7 2AB</div>
        <div id="text_block-12-106" class="ct-text-block">Phone <a href="tel:01588640218">01588 640218</a><br>
          Email <a href="mailto:reception@castlestreetdental.co.uk">reception@castlestreetdental.co.uk</a></div>
        <a id="link_text-13-106" class="ct-link-text" href="https://goo.gl/maps/castlestreetdentalSY72AB"
          target="_blank" rel="noopener">Open in Google Maps</a>
        <h2 id="headline-14-106" class="ct-headline">Parking</h2>
        <div id="text_block-15-106" class="ct-text-block">We don&#8217;t have a car park of our own. The nearest
          is Smithfield Road pay and display (Shropshire Council), a three-minute walk down the hill; it costs
          &pound;1.20 for the first hour. There is one disabled bay right outside the practice on Castle
          Street, and blue badge holders can park on the double yellow lines on Mill Lane for up to three hours.
          You can stop briefly outside to drop someone off.</div>
        <h2 id="headline-16-106" class="ct-headline">By bus or train</h2>
        <div id="text_block-17-106" class="ct-text-block">The 435 Shrewsbury&ndash;Ludlow bus stops in the
          Square, two minutes away. Hollingford station is a 12-minute walk.</div>
      </div>
      <div id="div_block-18-106" class="ct-div-block">
        <h2 id="headline-19-106" class="ct-headline">Opening hours</h2>
        <table class="cs-hours-table">
          <tr><td>Monday</td><td>8:30am &ndash; 5:30pm</td></tr>
          <tr><td>Tuesday</td><td>8:30am &ndash; 7:00pm</td></tr>
          <tr><td>Wednesday</td><td>8:30am &ndash; 5:30pm</td></tr>
          <tr><td>Thursday</td><td>8:30am &ndash; 7:00pm</td></tr>
          <tr><td>Friday</td><td>8:30am &ndash; 4:30pm</td></tr>
          <tr><td>Saturday</td><td>9:00am &ndash; 1:00pm</td></tr>
          <tr><td>Sunday</td><td>Closed</td></tr>
        </table>
        <div id="_rich_text-20-106" class="oxy-rich-text">
          <p>Saturday mornings are for private patients, Care Plan members and emergencies; routine NHS
          appointments are not available on Saturdays. The phones close for lunch from 1pm to 2pm on weekdays.
          We are closed on bank holidays, and our Christmas opening times go on Facebook each December.</p>
        </div>
        <div id="div_block-21-106" class="ct-div-block cs-form-wrap">
          <h3 id="headline-22-106" class="ct-headline">Send us a message</h3>
          <div class="wpforms-container" id="wpforms-318">
            <form id="wpforms-form-318" class="wpforms-validate wpforms-form" method="post" action="/contact-us/">
              <label class="wpforms-field-label" for="wpforms-318-field_0">Name</label>
              <input type="text" id="wpforms-318-field_0" name="wpforms[fields][0]" required>
              <label class="wpforms-field-label" for="wpforms-318-field_1">Email</label>
              <input type="email" id="wpforms-318-field_1" name="wpforms[fields][1]" required>
              <label class="wpforms-field-label" for="wpforms-318-field_2">Message</label>
              <textarea id="wpforms-318-field_2" name="wpforms[fields][2]"></textarea>
              <div class="wpforms-field-description">Please don&#8217;t send medical details or urgent requests
                by this form &ndash; phone us.</div>
              <button type="submit" class="wpforms-submit">Send</button>
            </form>
          </div>
        </div>
      </div>
    </div>
  </div>
</section>
"""

_PAGES = [
    ("/", "Dentist in Hollingford, Shropshire", "Independent NHS and private dentist in Hollingford.", 12, None),
    ("/meet-the-team/", "Meet the Team", "Our dentists, hygienists and team, and the days they work.", 21, _TEAM),
    ("/nhs-dentistry/", "NHS Dentistry", "NHS places, NHS charges and who gets free treatment.", 31, _NHS),
    ("/private-fees/", "Private Fees", "Our private dental fees for 2025.", 36, _FEES),
    ("/check-ups-and-hygiene/", "Check-ups & Hygienist", "Dental check-ups and hygienist visits.", 41, _HYGIENE),
    (
        "/fillings-root-canal-crowns/",
        "Fillings, Root Canal & Crowns",
        "White fillings, root canal treatment, crowns and bridges.",
        46,
        _RESTORE,
    ),
    ("/invisalign-aligners/", "Invisalign Clear Aligners", "Straighten your teeth with Invisalign.", 51, _ALIGN),
    ("/teeth-whitening/", "Teeth Whitening", "Safe, legal, dentist-led teeth whitening.", 56, _WHITEN),
    ("/dental-implants/", "Dental Implants", "Replace missing teeth with dental implants.", 61, _IMPLANT),
    ("/emergency-dentist/", "Emergency Dentist", "Same-day emergency dental appointments.", 66, _EMERG),
    ("/childrens-dentistry/", "Children's Dentistry", "Dental care for babies, children and teens.", 71, _KIDS),
    ("/nervous-patients/", "Nervous Patients & Sedation", "Gentle dentistry and IV sedation.", 76, _NERVOUS),
    ("/payment-plans/", "Care Plans & Finance", "Monthly dental plans, finance and ways to pay.", 81, _PLANS),
    ("/new-patients/", "New Patients", "Joining the practice and your first appointment.", 86, _NEW),
    (
        "/appointments-and-cancellations/",
        "Appointments & Cancellations",
        "Booking, reminders, cancellations and missed appointments.",
        91,
        _APPTS,
    ),
    ("/aftercare-advice/", "Aftercare Advice", "What to do after extractions, fillings and crowns.", 96, _AFTER),
    ("/faqs/", "FAQs", "Frequently asked questions.", 101, _FAQ),
    ("/contact-us/", "Contact Us", "Address, parking, buses and opening hours.", 106, _CONTACT),
]

_STRAPS = {
    "/meet-the-team/": "The people who will look after you.",
    "/nhs-dentistry/": "What NHS dentistry at Castle Street involves, and what it costs.",
    "/private-fees/": "Clear prices, agreed before treatment starts.",
    "/check-ups-and-hygiene/": "Prevention is better than a filling.",
    "/fillings-root-canal-crowns/": "Repairing damaged teeth so they last.",
    "/invisalign-aligners/": "Straighter teeth with clear, removable aligners.",
    "/teeth-whitening/": "A brighter smile, done properly.",
    "/dental-implants/": "A fixed, natural-looking replacement for missing teeth.",
    "/emergency-dentist/": "In pain? We keep appointments free every day.",
    "/childrens-dentistry/": "Happy visits from the very first tooth.",
    "/nervous-patients/": "We go at your pace. You are in control.",
    "/payment-plans/": "Ways to spread the cost of your dental care.",
    "/new-patients/": "Everything you need to know before your first visit.",
    "/appointments-and-cancellations/": "Booking, changing and cancelling appointments.",
    "/aftercare-advice/": "Looking after your mouth after treatment.",
    "/faqs/": "Frequently asked questions.",
    "/contact-us/": "How to find us, and when we are open.",
}

HTML = {}
for _path, _title, _desc, _pid, _body in _PAGES:
    if _body is None:
        _full_body = _HOME
    else:
        _full_body = _hero(_pid, _title.replace("&", "&amp;").replace("'", "&#8217;"), _STRAPS[_path]) + _body
    HTML[_path] = _page(_path, _title.replace("&", "&amp;"), _desc, _pid, _full_body)

QUESTIONS = [
    ("How much is an NHS check-up now?", "/nhs-dentistry/"),
    (
        "Hi, we've just moved to Hollingford from Leeds and need a new dentist for me and my husband. Are you "
        "taking on NHS patients or is there a wait?",
        "/nhs-dentistry/",
    ),
    (
        "my daughter turned 18 in march but shes still at sixth form college full time, does she have to start "
        "paying for the dentist now",
        "/nhs-dentistry/",
    ),
    ("How much would a white filling be if I went private?", "/private-fees/"),
    (
        "My gums bleed every time I brush, not loads but the sink goes pink. Is that something the hygienist "
        "deals with?",
        "/check-ups-and-hygiene/",
    ),
    (
        "Can I just book in with your hygienist? I'm with a dentist in Ludlow but they haven't had one for ages",
        "/check-ups-and-hygiene/",
    ),
    (
        "I had a crown done with you last year and it's come off in a toffee. Do I have to pay all over again??",
        "/fillings-root-canal-crowns/",
    ),
    (
        "My bottom front teeth have gone crooked since I was a teenager. I don't want train tracks at 35, how long "
        "would the clear brace things take?",
        "/invisalign-aligners/",
    ),
    ("can my 16 year old get her teeth whitened before her prom in june", "/teeth-whitening/"),
    (
        "I've got a crown on one of my front teeth, if I have my teeth bleached will it go whiter too?",
        "/teeth-whitening/",
    ),
    ("how much to replace a missing back tooth with an implant", "/dental-implants/"),
    ("does dr nair work on mondays", "/meet-the-team/"),
    (
        "Cracked my tooth on an olive stone last night and it's killing me. I'm not registered with you, can I "
        "still be seen today and what will it cost?",
        "/emergency-dentist/",
    ),
    (
        "my lad's just had his front tooth knocked clean out playing rugby, it's a grown up tooth not a baby one. "
        "what do we do",
        "/emergency-dentist/",
    ),
    (
        "When should I first bring my baby to the dentist? She's 10 months and has two teeth through now.",
        "/childrens-dentistry/",
    ),
    (
        "Can my 15 year old go to his check up on his own? I work full time and can't keep taking time off",
        "/childrens-dentistry/",
    ),
    (
        "I haven't been to a dentist in about 12 years because I'm absolutely terrified. Can you put me to sleep "
        "for it?",
        "/nervous-patients/",
    ),
    ("If I have the sedation can I drive myself home after", "/nervous-patients/"),
    ("Do you do a monthly plan thing that covers check ups and the hygienist?", "/payment-plans/"),
    (
        "my treatment plan comes to just over £3000, is there any way of paying it off without interest",
        "/payment-plans/",
    ),
    ("First appointment with you next week, what do i need to bring", "/new-patients/"),
    (
        "Running about 20 minutes late for my hygienist appointment, stuck behind a tractor. Will you still see me?",
        "/appointments-and-cancellations/",
    ),
    ("had a tooth out yesterday, how long till I can have a fag", "/aftercare-advice/"),
    ("Is there anywhere to park near you?", "/contact-us/"),
    ("My mum's in a wheelchair, will she be able to get in to see the dentist ok?", "/faqs/"),
]

OUT_OF_SCOPE = [
    "Do you do Botox or lip fillers?",
    "Do you sell electric toothbrushes at reception?",
    "My husband snores terribly, can you make one of those anti-snoring mouthpieces?",
    "Can you check my newborn for tongue tie and snip it?",
    "Do you do gift vouchers? I'd like to buy my sister some whitening for her birthday",
    "My son is 15 and needs a week's work experience, do you take students?",
    "Can you recommend a good vet in Hollingford?",
    "What time does the Saturday market in town finish?",
]
