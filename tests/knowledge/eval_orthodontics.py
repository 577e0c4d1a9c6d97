"""An evaluation site: Bellfield Orthodontics & Dental, a specialist orthodontic practice with a general dentistry wing
in Shirley, Southampton (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML is a WordPress Kadence theme with
Kadence Blocks (row layouts, advanced headings, accordions, tables, testimonials), a mega-menu header duplicated in a
"popup-drawer" mobile menu, a sidebar on some pages, a cookie notice and a four-column footer.
"""

NAME = "Bellfield Orthodontics & Dental"

_SITE = "Bellfield Orthodontics &amp; Dental"
_PHONE = "023 8078 2460"
_TEL = "tel:+442380782460"

_MENU = [
    ("Home", "/", []),
    (
        "Orthodontics",
        "#",
        [
            ("NHS Orthodontics (Under 18s)", "/nhs-orthodontics/"),
            ("Adult Orthodontics", "/adult-orthodontics/"),
            ("Types of Braces", "/types-of-braces/"),
            ("Clear Aligners", "/clear-aligners/"),
            ("Treatment Stages", "/treatment-stages/"),
            ("Retainers", "/retainers/"),
        ],
    ),
    (
        "Patient Info",
        "#",
        [
            ("Your First Visit", "/your-first-visit/"),
            ("Living with Braces", "/living-with-braces/"),
            ("Cleaning Your Brace", "/cleaning-your-brace/"),
            ("Brace Emergencies", "/brace-emergencies/"),
            ("FAQs", "/faqs/"),
        ],
    ),
    ("General Dentistry", "/general-dentistry/", [("Teeth Whitening", "/teeth-whitening/")]),
    ("Fees", "/fees/", []),
    (
        "About Us",
        "#",
        [
            ("Our Team", "/our-team/"),
            ("Opening Hours", "/opening-hours/"),
            ("Find Us", "/find-us/"),
        ],
    ),
]

_ARROW = (
    '<span class="dropdown-nav-toggle"><span class="kadence-svg-iconset svg-baseline">'
    '<svg aria-hidden="true" class="kadence-svg-icon kadence-arrow-down-svg" fill="currentColor" version="1.1" '
    'xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><title>Expand</title>'
    '<path d="M5.293 9.707l6 6c0.391 0.391 1.024 0.391 1.414 0l6-6c0.391-0.391 0.391-1.024 0-1.414s-1.024-0.391'
    '-1.414 0l-5.293 5.293-5.293-5.293c-0.391-0.391-1.024-0.391-1.414 0s-0.391 1.024 0 1.414z"></path></svg>'
    "</span></span>"
)


def _menu(current: str, mobile: bool) -> str:
    """The primary menu as Kadence prints it, desktop (with dropdown arrows) or mobile drawer (with toggles)."""
    items = []
    for i, (label, href, children) in enumerate(_MENU):
        mid = 1201 + i * 10
        kind = "menu-item-type-custom menu-item-object-custom" if href == "#" else "menu-item-type-post_type"
        cls = f"menu-item {kind} menu-item-{mid}"
        if children:
            cls += " menu-item-has-children"
        if href == current:
            cls += " current-menu-item current_page_item"
        elif any(c_href == current for _, c_href in children):
            cls += " current-menu-ancestor current-menu-parent"
        subs = []
        for j, (c_label, c_href) in enumerate(children):
            c_cls = f"menu-item menu-item-type-post_type menu-item-object-page menu-item-{mid + j + 1}"
            if c_href == current:
                c_cls += " current-menu-item current_page_item"
            subs.append(f'<li id="menu-item-{mid + j + 1}" class="{c_cls}"><a href="{c_href}">{c_label}</a></li>')
        sub_html = '\n<ul class="sub-menu">\n' + "\n".join(subs) + "\n</ul>" if subs else ""
        if mobile and children:
            link = (
                f'<div class="drawer-nav-drop-wrap"><a href="{href}">{label}</a>'
                f'<button class="drawer-sub-toggle" data-toggle-duration="10" '
                f'data-toggle-target="#mobile-menu .menu-item-{mid} &gt; .sub-menu" aria-expanded="false">'
                f'<span class="screen-reader-text">Toggle child menu</span>{_ARROW}</button></div>'
            )
        elif children:
            link = f'<a href="{href}"><span class="nav-drop-title-wrap">{label}{_ARROW}</span></a>'
        else:
            link = f'<a href="{href}">{label}</a>'
        items.append(f'<li id="{"m" if mobile else ""}menu-item-{mid}" class="{cls}">{link}{sub_html}</li>')
    return "\n".join(items)


_HEAD = """<!doctype html>
<html lang="en-GB" class="no-js" itemtype="https://schema.org/WebPage" itemscope>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<title>@@TITLE@@ | Bellfield Orthodontics &amp; Dental</title>
<meta name="description" content="@@DESC@@">
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<link rel="canonical" href="https://www.bellfieldortho.co.uk@@PATH@@">
<meta property="og:locale" content="en_GB">
<meta property="og:type" content="article">
<meta property="og:title" content="@@TITLE@@ | Bellfield Orthodontics &amp; Dental">
<meta property="og:description" content="@@DESC@@">
<meta property="og:site_name" content="Bellfield Orthodontics &amp; Dental">
<meta name="twitter:card" content="summary_large_image">
<meta name="generator" content="WordPress 6.5.3">
<link rel="icon" href="/wp-content/uploads/2022/03/cropped-bellfield-icon-32x32.png" sizes="32x32">
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3"
 media="all">
<link rel="stylesheet" id="kadence-global-css" href="/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.4"
 media="all">
<link rel="stylesheet" id="kadence-header-css" href="/wp-content/themes/kadence/assets/css/header.min.css?ver=1.2.4"
 media="all">
<link rel="stylesheet" id="kadence-content-css" href="/wp-content/themes/kadence/assets/css/content.min.css?ver=1.2.4"
 media="all">
<link rel="stylesheet" id="kadence-sidebar-css" href="/wp-content/themes/kadence/assets/css/sidebar.min.css?ver=1.2.4"
 media="all">
<link rel="stylesheet" id="kadence-footer-css" href="/wp-content/themes/kadence/assets/css/footer.min.css?ver=1.2.4"
 media="all">
<link rel="stylesheet" id="kadence-blocks-rowlayout-css"
 href="/wp-content/plugins/kadence-blocks/dist/style-blocks-rowlayout.css?ver=3.2.38" media="all">
<link rel="stylesheet" id="kadence-blocks-column-css"
 href="/wp-content/plugins/kadence-blocks/dist/style-blocks-column.css?ver=3.2.38" media="all">
<link rel="stylesheet" id="kadence-blocks-accordion-css"
 href="/wp-content/plugins/kadence-blocks/dist/style-blocks-accordion.css?ver=3.2.38" media="all">
<link rel="stylesheet" id="kadence-blocks-testimonials-css"
 href="/wp-content/plugins/kadence-blocks/dist/style-blocks-testimonials.css?ver=3.2.38" media="all">
<link rel="stylesheet" id="kadence-blocks-table-css"
 href="/wp-content/plugins/kadence-blocks/dist/style-blocks-table.css?ver=3.2.38" media="all">
<link rel="stylesheet" id="cookie-notice-front-css"
 href="/wp-content/plugins/cookie-notice/css/front.min.css?ver=2.4.16" media="all">
<style id="kadence-global-inline-css">
:root{--global-palette1:#15808d;--global-palette2:#0e5a63;--global-palette3:#1a2b33;--global-palette4:#2d3e46;
--global-palette5:#4a5a61;--global-palette6:#718096;--global-palette7:#eef6f7;--global-palette8:#f7fafa;
--global-palette9:#ffffff;--global-content-width:1200px;}
.site-branding a.brand img{max-width:210px;}.site-top-header-wrap{background:var(--global-palette2);}
</style>
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date());
gtag('config', 'G-BF7Q2M4X1N', { 'anonymize_ip': true });
</script>
</head>
"""

_HEADER = """<body class="wp-singular page-template-default page page-id-@@ID@@ wp-custom-logo wp-embed-responsive
 footer-on-bottom hide-focus-outline link-style-standard @@BODYCLASS@@ content-title-style-above
 content-width-normal content-style-unboxed content-vertical-padding-show non-transparent-header
 mobile-non-transparent-header cookies-not-set">
<div id="wrapper" class="site wp-site-blocks">
<a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope>
<div id="main-header" class="site-header-wrap">
 <div class="site-header-inner-wrap">
  <div class="site-header-upper-wrap">
   <div class="site-header-upper-inner-wrap">
    <div class="site-top-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard"
     data-section="kadence_customizer_header_top">
     <div class="site-header-row-container-inner">
      <div class="site-container">
       <div class="site-top-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center">
        <div class="site-header-top-section-left site-header-section site-header-section-left">
         <div class="site-header-item site-header-focus-item" data-section="kadence_customizer_header_html">
          <div class="header-html inner-link-style-normal"><div class="header-html-inner">
           <p><span class="kt-svg-icon-phone"></span> <a href="@@TEL@@">@@PHONE@@</a>
           &nbsp;|&nbsp; <a href="mailto:hello@bellfieldortho.co.uk">hello@bellfieldortho.co.uk</a></p>
          </div></div>
         </div>
        </div>
        <div class="site-header-top-section-right site-header-section site-header-section-right">
         <div class="site-header-item site-header-focus-item" data-section="kadence_customizer_header_social">
          <div class="header-social-wrap"><div class="header-social-inner-wrap element-social-inner-wrap
           social-show-label-false social-style-outline">
           <a href="https://www.facebook.com/bellfieldortho" aria-label="Facebook" target="_blank"
            rel="noopener noreferrer" class="social-button header-social-item social-link-facebook">
            <span class="kadence-svg-iconset"><svg class="kadence-svg-icon kadence-facebook-svg" width="24"
            height="24" viewBox="0 0 24 24"><title>Facebook</title></svg></span></a>
           <a href="https://www.instagram.com/bellfieldortho" aria-label="Instagram" target="_blank"
            rel="noopener noreferrer" class="social-button header-social-item social-link-instagram">
            <span class="kadence-svg-iconset"><svg class="kadence-svg-icon kadence-instagram-svg" width="24"
            height="24" viewBox="0 0 24 24"><title>Instagram</title></svg></span></a>
           <a href="https://www.tiktok.com/@bellfieldortho" aria-label="TikTok" target="_blank"
            rel="noopener noreferrer" class="social-button header-social-item social-link-tiktok">
            <span class="kadence-svg-iconset"><svg class="kadence-svg-icon kadence-tiktok-svg" width="24"
            height="24" viewBox="0 0 24 24"><title>TikTok</title></svg></span></a>
          </div></div>
         </div>
        </div>
       </div>
      </div>
     </div>
    </div>
    <div class="site-main-header-wrap site-header-row-container site-header-focus-item
     site-header-row-layout-standard" data-section="kadence_customizer_header_main">
     <div class="site-header-row-container-inner">
      <div class="site-container">
       <div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center">
        <div class="site-header-main-section-left site-header-section site-header-section-left">
         <div class="site-header-item site-header-focus-item" data-section="title_tagline">
          <div class="site-branding branding-layout-standard site-brand-logo-only">
           <a class="brand has-logo-image" href="/" rel="home">
            <img width="420" height="110" src="/wp-content/uploads/2022/03/bellfield-orthodontics-logo.png"
             class="custom-logo" alt="Bellfield Orthodontics &amp; Dental" decoding="async"></a>
          </div>
         </div>
        </div>
        <div class="site-header-main-section-right site-header-section site-header-section-right">
         <div class="site-header-item site-header-focus-item site-header-item-main-navigation
          header-navigation-layout-stretch-false header-navigation-layout-fill-stretch-false"
          data-section="kadence_customizer_primary_navigation">
          <nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub
           header-navigation-style-underline header-navigation-dropdown-animation-fade-down" role="navigation"
           aria-label="Primary Navigation">
           <div class="primary-menu-container header-menu-container">
            <ul id="primary-menu" class="menu">
@@MENU@@
            </ul>
           </div>
          </nav>
         </div>
         <div class="site-header-item site-header-focus-item" data-section="kadence_customizer_header_button">
          <div class="header-button-wrap"><div class="header-button-inner-wrap">
           <a href="/your-first-visit/" target="_self" class="button header-button button-size-medium
            button-style-filled">Book a Consultation</a>
          </div></div>
         </div>
        </div>
       </div>
      </div>
     </div>
    </div>
   </div>
  </div>
 </div>
</div>
<div id="mobile-header" class="site-mobile-header-wrap">
 <div class="site-header-inner-wrap">
  <div class="site-header-upper-wrap">
   <div class="site-header-upper-inner-wrap">
    <div class="site-main-header-wrap site-header-focus-item site-header-row-layout-standard
     site-header-row-tablet-layout-default site-header-row-mobile-layout-default">
     <div class="site-header-row-container-inner">
      <div class="site-container">
       <div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center">
        <div class="site-header-main-section-left site-header-section site-header-section-left">
         <div class="site-header-item site-header-focus-item" data-section="title_tagline">
          <div class="site-branding mobile-site-branding branding-layout-standard branding-tablet-layout-inherit
           site-brand-logo-only branding-mobile-layout-inherit">
           <a class="brand has-logo-image" href="/" rel="home"><img width="420" height="110"
            src="/wp-content/uploads/2022/03/bellfield-orthodontics-logo.png" class="custom-logo"
            alt="Bellfield Orthodontics &amp; Dental" decoding="async"></a>
          </div>
         </div>
        </div>
        <div class="site-header-main-section-right site-header-section site-header-section-right">
         <div class="site-header-item site-header-focus-item site-header-item-navgation-popup-toggle"
          data-section="kadence_customizer_mobile_trigger">
          <div class="mobile-toggle-open-container">
           <button id="mobile-toggle" class="menu-toggle-open drawer-toggle menu-toggle-style-default"
            aria-label="Open menu" data-toggle-target="#mobile-drawer"
            data-toggle-body-class="showing-popup-drawer-from-right"
            aria-expanded="false" data-set-focus=".menu-toggle-close">
            <span class="menu-toggle-icon"><span class="kadence-svg-iconset"><svg aria-hidden="true"
            class="kadence-svg-icon kadence-menu-svg" width="24" height="24" viewBox="0 0 24 24"><title>Toggle Menu
            </title></svg></span></span>
           </button>
          </div>
         </div>
        </div>
       </div>
      </div>
     </div>
    </div>
   </div>
  </div>
 </div>
</div>
</header>
<div id="inner-wrap" class="wrap hfeed kt-clear">
"""

_HERO = """<section role="banner" class="entry-hero page-hero-section entry-hero-layout-standard">
 <div class="entry-hero-container-inner">
  <div class="hero-section-overlay"></div>
  <div class="hero-container site-container">
   <header class="entry-header page-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
    <h1 class="entry-title">@@H1@@</h1>
    <nav id="kadence-breadcrumbs" aria-label="Breadcrumbs" class="kadence-breadcrumbs">
     <div class="kadence-breadcrumb-container"><span><a href="/" itemprop="url" class="kadence-bc-home"><span>Home
     </span></a></span> <span class="bc-delimiter">/</span> <span class="kadence-bread-current">@@H1@@</span></div>
    </nav>
   </header>
  </div>
 </div>
</section>
"""

_MAIN_OPEN = """<div id="primary" class="content-area">
 <div class="content-container site-container">
  <main id="main" class="site-main" role="main">
   <div class="content-wrap">
    <article id="post-@@ID@@" class="entry content-bg single-entry post-@@ID@@ page type-page status-publish
     has-post-thumbnail hentry">
     <div class="entry-content-wrap">
      <div class="entry-content single-content">
"""

_MAIN_CLOSE = """      </div>
     </div>
    </article>
   </div>
  </main>
"""

_SIDEBAR = """  <aside id="secondary" role="complementary" class="primary-sidebar widget-area
   sidebar-slug-sidebar-primary
   sidebar-link-style-normal">
   <div class="sidebar-inner-wrap">
    <section id="block-14" class="widget widget_block">
     <div class="wp-block-kadence-infobox kt-info-box_sb01"><div class="kt-blocks-info-box-link-wrap
      info-box-link kt-blocks-info-box-media-align-top kt-info-halign-center">
      <div class="kt-infobox-textcontent">
       <h3 class="kt-blocks-info-box-title">Talk to a specialist</h3>
       <p class="kt-blocks-info-box-text">Thinking about braces for yourself or your child? Call us on
       <a href="@@TEL@@">@@PHONE@@</a> or request an appointment online.</p>
       <div class="kt-blocks-info-box-learnmore-wrap"><a class="kt-blocks-info-box-learnmore info-box-link"
        href="/your-first-visit/">Request an appointment</a></div>
      </div>
     </div></div>
    </section>
    <section id="block-15" class="widget widget_block">
     <h2 class="widget-title wp-block-heading">Patient info</h2>
     <ul class="wp-block-list">
      <li><a href="/treatment-stages/">Treatment stages</a></li>
      <li><a href="/living-with-braces/">Living with braces</a></li>
      <li><a href="/brace-emergencies/">Brace emergencies</a></li>
      <li><a href="/retainers/">Retainers</a></li>
      <li><a href="/faqs/">FAQs</a></li>
     </ul>
    </section>
    <section id="block-16" class="widget widget_block">
     <figure class="wp-block-pullquote"><blockquote><p>"Honestly the friendliest practice. Both my boys actually
     looked forward to their brace appointments!"</p><cite>Sarah, Bassett &ndash; Google review</cite></blockquote>
     </figure>
    </section>
   </div>
  </aside>
"""

_FOOTER = """ </div>
</div>
</div><!-- #inner-wrap -->
<footer id="colophon" class="site-footer" role="contentinfo">
 <div class="site-footer-wrap">
  <div class="site-middle-footer-wrap site-footer-row-container site-footer-focus-item site-footer-row-layout-standard
   site-footer-row-tablet-layout-default site-footer-row-mobile-layout-default"
   data-section="kadence_customizer_footer_middle">
   <div class="site-footer-row-container-inner">
    <div class="site-container">
     <div class="site-middle-footer-inner-wrap site-footer-row site-footer-row-columns-4
      site-footer-row-column-layout-row
      site-footer-row-tablet-column-layout-default site-footer-row-mobile-column-layout-row ft-ro-dir-row
      ft-ro-collapse-normal ft-ro-t-dir-default ft-ro-m-dir-default ft-ro-lstyle-plain">
      <div class="site-footer-middle-section-1 site-footer-section footer-section-inner-items-1">
       <div class="footer-widget-area widget-area site-footer-focus-item footer-widget1 content-align-default
        content-tablet-align-default content-mobile-align-default content-valign-top"
        data-section="sidebar-widgets-footer1">
        <div class="footer-widget-area-inner site-info-inner">
         <section id="block-3" class="widget widget_block widget_media_image">
          <figure class="wp-block-image size-medium"><img src="/wp-content/uploads/2022/03/bellfield-logo-white.png"
           alt="Bellfield Orthodontics &amp; Dental" width="300" height="79"></figure>
         </section>
         <section id="block-4" class="widget widget_block widget_text">
          <p>Specialist orthodontics for children and adults, with a general dentistry wing for adults, in Shirley,
          Southampton. NHS and private patients welcome.</p>
         </section>
        </div>
       </div>
      </div>
      <div class="site-footer-middle-section-2 site-footer-section footer-section-inner-items-1">
       <div class="footer-widget-area widget-area site-footer-focus-item footer-widget2 content-align-default
        content-valign-top" data-section="sidebar-widgets-footer2">
        <div class="footer-widget-area-inner site-info-inner">
         <section id="block-5" class="widget widget_block">
          <h2 class="widget-title wp-block-heading">Contact</h2>
          <p>Bellfield House<br>214 Shirley Road<br>Southampton SO15 3FL</p>
          <p>T: <a href="@@TEL@@">@@PHONE@@</a><br>E: <a href="mailto:hello@bellfieldortho.co.uk">
          hello@bellfieldortho.co.uk</a></p>
         </section>
        </div>
       </div>
      </div>
      <div class="site-footer-middle-section-3 site-footer-section footer-section-inner-items-1">
       <div class="footer-widget-area widget-area site-footer-focus-item footer-widget3 content-align-default
        content-valign-top" data-section="sidebar-widgets-footer3">
        <div class="footer-widget-area-inner site-info-inner">
         <section id="block-6" class="widget widget_block">
          <h2 class="widget-title wp-block-heading">Opening times</h2>
          <p>Mon &ndash; Thu: 8am &ndash; 6.30pm<br>(late until 7.30pm Wednesdays)<br>Fri: 8am &ndash; 4pm<br>
          Selected Saturday mornings<br><a href="/opening-hours/">Full opening hours</a></p>
         </section>
        </div>
       </div>
      </div>
      <div class="site-footer-middle-section-4 site-footer-section footer-section-inner-items-1">
       <div class="footer-widget-area widget-area site-footer-focus-item footer-widget4 content-align-default
        content-valign-top" data-section="sidebar-widgets-footer4">
        <div class="footer-widget-area-inner site-info-inner">
         <section id="block-7" class="widget widget_block">
          <h2 class="widget-title wp-block-heading">Quick links</h2>
          <ul class="wp-block-list">
           <li><a href="/your-first-visit/">Book a consultation</a></li>
           <li><a href="/fees/">Orthodontic fees</a></li>
           <li><a href="/brace-emergencies/">Brace emergencies</a></li>
           <li><a href="/our-team/">Meet the team</a></li>
           <li><a href="/find-us/">Find us</a></li>
          </ul>
          <div class="footer-social-wrap"><div class="footer-social-inner-wrap element-social-inner-wrap
           social-show-label-false social-style-filled">
           <a href="https://www.facebook.com/bellfieldortho" class="social-button footer-social-item
            social-link-facebook" aria-label="Facebook" target="_blank" rel="noopener noreferrer"></a>
           <a href="https://www.instagram.com/bellfieldortho" class="social-button footer-social-item
            social-link-instagram" aria-label="Instagram" target="_blank" rel="noopener noreferrer"></a>
           <a href="https://www.tiktok.com/@bellfieldortho" class="social-button footer-social-item
            social-link-tiktok" aria-label="TikTok" target="_blank" rel="noopener noreferrer"></a>
          </div></div>
         </section>
        </div>
       </div>
      </div>
     </div>
    </div>
   </div>
  </div>
  <div class="site-bottom-footer-wrap site-footer-row-container site-footer-focus-item site-footer-row-layout-standard"
   data-section="kadence_customizer_footer_bottom">
   <div class="site-footer-row-container-inner">
    <div class="site-container">
     <div class="site-bottom-footer-inner-wrap site-footer-row site-footer-row-columns-1">
      <div class="site-footer-bottom-section-1 site-footer-section footer-section-inner-items-1">
       <div class="footer-widget-area site-info site-footer-focus-item content-align-center"
        data-section="kadence_customizer_footer_html">
        <div class="footer-widget-area-inner site-info-inner">
         <div class="footer-html inner-link-style-normal"><div class="footer-html-inner">
          <p>&copy; 2024 Bellfield Orthodontics Ltd. Registered in England and Wales, company no. 05873312.
          Registered with the Care Quality Commission. All clinicians are registered with the General Dental
          Council. <a href="#">Privacy &amp; cookies</a> &middot; <a href="#">Complaints procedure</a> &middot;
          Website by Solent Pixel</p>
         </div></div>
        </div>
       </div>
      </div>
     </div>
    </div>
   </div>
  </div>
 </div>
</footer>
</div><!-- #wrapper -->
<div id="mobile-drawer" class="popup-drawer popup-drawer-layout-sidepanel popup-drawer-animation-fade
 popup-drawer-side-right" data-drawer-target-string="#mobile-drawer">
 <div class="drawer-overlay" data-drawer-target-string="#mobile-drawer"></div>
 <div class="drawer-inner">
  <div class="drawer-header">
   <button class="menu-toggle-close drawer-toggle" aria-label="Close menu" data-toggle-target="#mobile-drawer"
    data-toggle-body-class="showing-popup-drawer-from-right" aria-expanded="false" data-set-focus=".menu-toggle-open">
    <span class="toggle-close-bar"></span><span class="toggle-close-bar"></span>
   </button>
  </div>
  <div class="drawer-content mobile-drawer-content content-align-left content-valign-top">
   <div class="site-header-item site-header-focus-item site-header-item-mobile-navigation
    mobile-navigation-layout-stretch-false" data-section="kadence_customizer_mobile_navigation">
    <nav id="mobile-site-navigation" class="mobile-navigation drawer-navigation drawer-navigation-parent-toggle-false"
     role="navigation" aria-label="Primary Mobile Navigation">
     <div class="mobile-menu-container drawer-menu-container">
      <ul id="mobile-menu" class="menu has-collapse-sub-nav">
@@MOBILEMENU@@
      </ul>
     </div>
    </nav>
   </div>
   <div class="site-header-item site-header-focus-item" data-section="kadence_customizer_mobile_button">
    <div class="mobile-header-button-wrap"><div class="mobile-header-button-inner-wrap">
     <a href="@@TEL@@" class="button mobile-header-button button-size-medium button-style-filled">Call @@PHONE@@</a>
    </div></div>
   </div>
  </div>
 </div>
</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom"
 aria-label="Cookie Notice" style="background-color: rgba(26,43,51,1);">
 <div class="cookie-notice-container" style="color: #fff">
  <span id="cn-notice-text" class="cn-text-container">We use cookies to make this website work and, with your
  consent, to understand how visitors use it. You can change your mind at any time.</span>
  <span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept"
   class="cn-set-cookie cn-button" aria-label="Accept">Accept</a><a href="#" id="cn-refuse-cookie"
   data-cookie-set="refuse" class="cn-set-cookie cn-button" aria-label="Reject">Reject</a><a href="#"
   target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="Privacy &amp; cookies">Privacy
   &amp; cookies</a></span>
  <span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="Reject"></span>
 </div>
</div>
<script src="/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.2.4" id="kadence-navigation-js" async>
</script>
<script src="/wp-content/plugins/kadence-blocks/includes/assets/js/kt-accordion.min.js?ver=3.2.38"
 id="kadence-blocks-accordion-js"></script>
<script src="/wp-content/plugins/cookie-notice/js/front.min.js?ver=2.4.16" id="cookie-notice-front-js"></script>
</body>
</html>
"""


def _page(
    path: str, page_id: int, title: str, desc: str, body: str, *, sidebar: bool = False, hero: bool = True
) -> str:
    """Wrap a page body in the shared Kadence head, header, hero, optional sidebar, footer and drawer."""
    body_class = "has-sidebar has-left-sidebar" if sidebar else "home page-template-fullwidth" if path == "/" else ""
    doc = _HEAD + _HEADER
    if hero:
        doc += _HERO.replace("@@H1@@", title)
    doc += _MAIN_OPEN + body + _MAIN_CLOSE
    if sidebar:
        doc += _SIDEBAR
    doc += _FOOTER
    return (
        doc.replace("@@MENU@@", _menu(path, mobile=False))
        .replace("@@MOBILEMENU@@", _menu(path, mobile=True))
        .replace("@@TITLE@@", title)
        .replace("@@DESC@@", desc)
        .replace("@@PATH@@", path)
        .replace("@@ID@@", str(page_id))
        .replace("@@BODYCLASS@@", body_class)
        .replace("@@TEL@@", _TEL)
        .replace("@@PHONE@@", _PHONE)
    )


_HOME = """
<div class="kb-row-layout-wrap kb-row-layout-id12_7a1f03-9c alignfull has-theme-bg-color wp-block-kadence-rowlayout">
 <div class="kt-row-layout-overlay kt-row-overlay-normal"></div>
 <div class="kt-row-column-wrap kt-has-2-columns kt-row-layout-left-golden kt-tab-layout-row kt-mobile-layout-row
  kt-row-valign-middle">
  <div class="wp-block-kadence-column kadence-column12_41dd0e-b2">
   <div class="kt-inside-inner-col">
    <h1 class="kt-adv-heading12_c2e1f0-7d wp-block-kadence-advancedheading" data-kb-block="kb-adv-heading12_c2e1f0-7d">
    Specialist orthodontics for Southampton families</h1>
    <p class="kt-adv-heading12_0b77a2-11 wp-block-kadence-advancedheading">Bellfield Orthodontics &amp; Dental is a
    specialist-led orthodontic practice in Shirley, with a small general dentistry wing for adults under the same
    roof. We have been straightening smiles in the city since 2006, for NHS patients under 18 and for private
    patients of every age.</p>
    <div class="wp-block-kadence-advancedbtn kb-buttons-wrap kb-btns12_5e0c1a-44">
     <a class="kb-button kt-button button kb-btn12_8fa2b1-0e kt-btn-size-standard kt-btn-width-type-auto
      kb-btn-global-fill kt-btn-has-text-true kt-btn-has-svg-false wp-block-kadence-singlebtn"
      href="/your-first-visit/"><span class="kt-btn-inner-text">Book a consultation</span></a>
     <a class="kb-button kt-button button kb-btn12_a71c3d-52 kt-btn-size-standard kb-btn-global-outline
      wp-block-kadence-singlebtn" href="/nhs-orthodontics/"><span class="kt-btn-inner-text">NHS braces for
      under 18s</span></a>
    </div>
   </div>
  </div>
  <div class="wp-block-kadence-column kadence-column12_d03f9a-61">
   <div class="kt-inside-inner-col">
    <figure class="wp-block-kadence-image kb-image12_f1e2a9-3c size-full"><img decoding="async" width="720"
     height="640" src="/wp-content/uploads/2023/05/bellfield-teen-patient-smile.jpg" alt="Smiling teenage patient
     with a fixed brace" class="kb-img wp-image-388"></figure>
   </div>
  </div>
 </div>
</div>

<div class="kb-row-layout-wrap kb-row-layout-id12_2b93e1-0f alignnone wp-block-kadence-rowlayout">
 <div class="kt-row-column-wrap kt-has-3-columns kt-row-layout-equal kt-tab-layout-inherit kt-mobile-layout-row
  kt-row-valign-top">
  <div class="wp-block-kadence-column kadence-column12_6ab71e-93"><div class="kt-inside-inner-col">
   <h3 class="kt-adv-heading12_91a0bb-2e wp-block-kadence-advancedheading">Braces for children &amp; teens</h3>
   <p>Most of the young people we see are treated on the NHS after their family dentist refers them. Where a
   child's teeth don't qualify, we'll talk you through the private options so you can make an informed choice.</p>
   <p><a href="/nhs-orthodontics/">NHS orthodontics</a></p>
  </div></div>
  <div class="wp-block-kadence-column kadence-column12_0cd4a8-15"><div class="kt-inside-inner-col">
   <h3 class="kt-adv-heading12_e77c5f-40 wp-block-kadence-advancedheading">Discreet braces for adults</h3>
   <p>Tooth-coloured braces, braces fitted behind the teeth and clear aligners, planned around busy working lives
   and the dental work you already have.</p>
   <p><a href="/adult-orthodontics/">Adult orthodontics</a></p>
  </div></div>
  <div class="wp-block-kadence-column kadence-column12_b0e3d2-7a"><div class="kt-inside-inner-col">
   <h3 class="kt-adv-heading12_3fd6c1-88 wp-block-kadence-advancedheading">A dentist under the same roof</h3>
   <p>Our general dentistry wing looks after adults with examinations, hygiene visits, fillings and whitening,
   so the whole family's care can happen in one familiar place.</p>
   <p><a href="/general-dentistry/">General dentistry</a></p>
  </div></div>
 </div>
</div>

<div class="kb-row-layout-wrap kb-row-layout-id12_c18f55-d2 alignfull has-palette7-background
 wp-block-kadence-rowlayout">
 <div class="kt-row-column-wrap kt-has-1-columns kt-row-layout-equal kt-tab-layout-inherit kt-mobile-layout-row">
  <div class="wp-block-kadence-column kadence-column12_71e0aa-c4"><div class="kt-inside-inner-col">
   <h2 class="kt-adv-heading12_5c2d9e-01 wp-block-kadence-advancedheading">Why families choose Bellfield</h2>
   <ul class="kt-svg-icon-list wp-block-kadence-iconlist">
    <li class="kt-svg-icon-list-item-wrap"><span class="kt-svg-icon-list-text">Every treatment plan is made by a
    <a href="/our-team/">specialist orthodontist</a>, not a general dentist with an interest in braces.</span></li>
    <li class="kt-svg-icon-list-item-wrap"><span class="kt-svg-icon-list-text">The full range of appliances: metal,
    ceramic, lingual and clear aligners.</span></li>
    <li class="kt-svg-icon-list-item-wrap"><span class="kt-svg-icon-list-text">Digital 3D scanning instead of messy
    putty impressions for most patients.</span></li>
    <li class="kt-svg-icon-list-item-wrap"><span class="kt-svg-icon-list-text">Clear, fixed fees agreed before you
    start, with <a href="/fees/">ways to spread the cost</a>.</span></li>
    <li class="kt-svg-icon-list-item-wrap"><span class="kt-svg-icon-list-text">Over 9,000 patients treated in
    Southampton and the surrounding area.</span></li>
   </ul>
  </div></div>
 </div>
</div>

<div class="kb-row-layout-wrap kb-row-layout-id12_9e04b7-36 alignnone wp-block-kadence-rowlayout">
 <div class="kt-row-column-wrap kt-has-1-columns kt-row-layout-equal">
  <div class="wp-block-kadence-column kadence-column12_28c7f1-5b"><div class="kt-inside-inner-col">
   <h2 class="kt-adv-heading12_a08d4e-73 wp-block-kadence-advancedheading">What our patients say</h2>
   <div class="wp-block-kadence-testimonials kt-testimonial-halign-center kt-testimonial-style-basic
    kt-testimonials-media-on kt-testimonials-icon-on kt-testimonial-columns-3 kt-t-id12_0f3c8d-b9">
    <div class="kt-testimonial-item-wrap kt-testimonial-item-0"><div class="kt-testimonial-text-wrap">
     <div class="kt-testimonial-rating-wrap kt-testimonial-rating-5"></div>
     <div class="kt-testimonial-content"><p>Our daughter was so nervous before her brace went on and the whole team
     were brilliant with her. Two years later she can't stop smiling. Thank you!</p></div>
     <div class="kt-testimonial-meta-wrap"><div class="kt-testimonial-name"><span>Claire M.</span></div>
     <div class="kt-testimonial-occupation"><span>Parent, Totton</span></div></div>
    </div></div>
    <div class="kt-testimonial-item-wrap kt-testimonial-item-1"><div class="kt-testimonial-text-wrap">
     <div class="kt-testimonial-rating-wrap kt-testimonial-rating-5"></div>
     <div class="kt-testimonial-content"><p>I put off straightening my teeth for twenty years. I wish I'd done it
     sooner &ndash; nobody at work even noticed I was having treatment.</p></div>
     <div class="kt-testimonial-meta-wrap"><div class="kt-testimonial-name"><span>Dan R.</span></div>
     <div class="kt-testimonial-occupation"><span>Adult patient, Chandler's Ford</span></div></div>
    </div></div>
    <div class="kt-testimonial-item-wrap kt-testimonial-item-2"><div class="kt-testimonial-text-wrap">
     <div class="kt-testimonial-rating-wrap kt-testimonial-rating-5"></div>
     <div class="kt-testimonial-content"><p>Friendly reception, always on time, and they explained everything to my
     son rather than just talking to me. Five stars.</p></div>
     <div class="kt-testimonial-meta-wrap"><div class="kt-testimonial-name"><span>Ifeoma A.</span></div>
     <div class="kt-testimonial-occupation"><span>Parent, Shirley</span></div></div>
    </div></div>
   </div>
  </div></div>
 </div>
</div>

<div class="kb-row-layout-wrap kb-row-layout-id12_f6a2c0-e8 alignfull has-palette2-background
 wp-block-kadence-rowlayout">
 <div class="kt-row-column-wrap kt-has-1-columns kt-row-layout-equal">
  <div class="wp-block-kadence-column kadence-column12_57b1d3-9f"><div class="kt-inside-inner-col">
   <h2 class="kt-adv-heading12_c9e3a1-42 wp-block-kadence-advancedheading">Ready to talk about your smile?</h2>
   <p>Call the team on <a href="@@TEL@@">@@PHONE@@</a> or send us an appointment request and we'll get back to
   you within one working day.</p>
   <div class="wp-block-kadence-advancedbtn kb-buttons-wrap"><a class="kb-button kt-button button
    kb-btn-global-fill wp-block-kadence-singlebtn" href="/your-first-visit/"><span class="kt-btn-inner-text">Request
    an appointment</span></a></div>
  </div></div>
 </div>
</div>
"""

_NHS = """
<div class="kb-row-layout-wrap kb-row-layout-id201_3e8a1c-04 alignnone wp-block-kadence-rowlayout">
 <div class="kt-row-column-wrap kt-has-1-columns kt-row-layout-equal kt-tab-layout-inherit kt-mobile-layout-row">
  <div class="wp-block-kadence-column kadence-column201_5b0d2f-17"><div class="kt-inside-inner-col">
   <h2 class="kt-adv-heading201_77a0e3-c1 wp-block-kadence-advancedheading">Free NHS braces for under-18s</h2>
   <p>Bellfield holds an NHS orthodontic contract commissioned by the Hampshire and Isle of Wight Integrated Care
   Board. For young people who are eligible, NHS treatment is completely free: the brace, every adjustment visit
   and the first set of retainers are all included.</p>
   <p>Eligibility depends on two things: your child's age, and how much their teeth and bite need treatment for
   dental health reasons.</p>

   <h3 class="kt-adv-heading201_0d2c19-6a wp-block-kadence-advancedheading">The age rule</h3>
   <p>A young person must be under 18 when their dentist refers them and when we assess them. If we have
   accepted them onto our NHS treatment list before their 18th birthday, they will still be treated on the NHS
   even if they turn 18 while they are waiting for the brace to be fitted. Referrals we receive after an 18th
   birthday can't be accepted for NHS treatment.</p>
   <p>The best time to be assessed is usually between 11 and 13, once most of the adult teeth have come through.
   We see some children earlier, from around 8 or 9, if their dentist is worried about a crossbite, very
   prominent front teeth that are at risk of injury, or an adult tooth that hasn't appeared.</p>

   <h3 class="kt-adv-heading201_a9c4e2-35 wp-block-kadence-advancedheading">How need is measured: the IOTN</h3>
   <p>Every NHS practice in England uses the Index of Orthodontic Treatment Need (IOTN). At the assessment the
   orthodontist grades the bite with the Dental Health Component, from 1 (almost perfect) to 5 (very great need),
   looking at how far the top teeth stick out, crowding, crossbites, deep bites and missing or buried teeth. For
   borderline grade 3 cases a second score, the Aesthetic Component, rates the appearance of the teeth from 1 to
   10 against a set of reference photographs.</p>
   <figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">
    <thead><tr><th>IOTN grade</th><th>What it means</th><th>NHS treatment?</th></tr></thead>
    <tbody>
     <tr><td>1</td><td>Almost perfect teeth</td><td>No</td></tr>
     <tr><td>2</td><td>Minor irregularities, such as slightly crooked or rotated teeth</td><td>No</td></tr>
     <tr><td>3</td><td>Moderate irregularities</td><td>Only if the Aesthetic Component is 6 or more</td></tr>
     <tr><td>4</td><td>Severe problems, e.g. top teeth sticking out more than 6&nbsp;mm, severe crowding</td>
     <td>Yes</td></tr>
     <tr><td>5</td><td>Very severe problems, e.g. an adult tooth unable to come through, cleft lip and palate</td>
     <td>Yes</td></tr>
    </tbody>
   </table><figcaption>IOTN Dental Health Component and NHS eligibility</figcaption></figure>
   <p>So when a dentist says a child's teeth "aren't bad enough for the NHS", it usually means they score grade
   1 or 2, or grade 3 with an Aesthetic Component below 6. Treatment could still improve how the teeth look, and
   private treatment is always an option.</p>

   <h3 class="kt-adv-heading201_f1e07b-92 wp-block-kadence-advancedheading">Referral and waiting times</h3>
   <p>NHS assessments need a referral from your child's own dentist; we can't accept self-referrals for NHS
   treatment. We usually offer the assessment within 10 to 14 weeks of receiving the referral. If your child
   qualifies they join our waiting list, and at the moment the wait from assessment to brace fitting is around
   18 months. Children who aren't quite ready are reviewed every 6 to 12 months.</p>

   <h3 class="kt-adv-heading201_2b6ad8-0e wp-block-kadence-advancedheading">What NHS treatment includes</h3>
   <p>NHS treatment uses fixed metal braces or, for some younger children, removable or functional appliances.
   Tooth-coloured ceramic brackets, lingual braces and clear aligners aren't available on the NHS, and NHS
   treatment can't be mixed with paid-for upgrades.</p>
  </div></div>
 </div>
</div>
"""

_ADULT = """
<div class="kb-row-layout-wrap kb-row-layout-id205_c4a7e1-22 alignnone wp-block-kadence-rowlayout">
 <div class="kt-row-column-wrap kt-has-1-columns kt-row-layout-equal kt-tab-layout-inherit kt-mobile-layout-row">
  <div class="wp-block-kadence-column kadence-column205_91f0d3-5e"><div class="kt-inside-inner-col">
   <h2 class="kt-adv-heading205_e2b8c4-10 wp-block-kadence-advancedheading">It's never too late to straighten
   your teeth</h2>
   <p>Around a third of the patients we treat are adults. Some never had braces as children; many had treatment
   as teenagers and have watched their teeth drift since, usually because they stopped wearing their retainers.
   NHS orthodontics is only for under-18s, so all adult treatment at Bellfield is private.</p>

   <h3 class="kt-adv-heading205_0a7d3f-61 wp-block-kadence-advancedheading">Healthy gums come first</h3>
   <p>Teeth can be moved at any age provided the gums and bone supporting them are healthy. Before we start we
   check your gums carefully. If there is active gum disease it must be treated and stable for at least three
   months before a brace goes on. During treatment, adults in fixed braces or aligners see a hygienist every
   three months, either with their own dentist or in our general dentistry wing.</p>

   <h3 class="kt-adv-heading205_b51e0c-84 wp-block-kadence-advancedheading">Crowns, bridges and implants</h3>
   <p>Brackets can be bonded to crowns and large fillings using special primers, although a crown occasionally
   needs replacing afterwards if its porcelain surface is marked. Bridges join teeth together, so they usually
   have to be sectioned or worked around.</p>
   <p>Dental implants are fused to the jawbone and cannot be moved by a brace. Having an implant doesn't stop
   you having treatment: we plan the movements of your other teeth around it, and sometimes use the implant as
   a fixed anchor to push or pull against. If you are planning an implant for a gap, it's usually best to
   straighten the teeth first so the implant can be placed in the ideal position.</p>

   <h3 class="kt-adv-heading205_7d2a93-4b wp-block-kadence-advancedheading">Just the front teeth? Short-term
   alignment</h3>
   <p>If only the front six to eight teeth have crowded or relapsed, a limited course of treatment focused on
   those teeth, using clear aligners or a tooth-coloured fixed brace, can often give a lovely result in 4 to 9
   months. It won't change how your back teeth bite together, and we'll always tell you honestly if full
   treatment would serve you better in the long run.</p>

   <h3 class="kt-adv-heading205_3c9f01-d7 wp-block-kadence-advancedheading">Discreet choices</h3>
   <p>Most adults choose <a href="/types-of-braces/">ceramic or lingual braces</a> or
   <a href="/clear-aligners/">clear aligners</a>. Whatever you choose, the plan is drawn up by a specialist who
   will look at your whole mouth, not just the crooked tooth that bothers you.</p>

   <div class="wp-block-kadence-testimonials kt-testimonial-style-bubble kt-testimonial-columns-1">
    <div class="kt-testimonial-item-wrap kt-testimonial-item-0"><div class="kt-testimonial-text-wrap">
     <div class="kt-testimonial-content"><p>At 52 I assumed I'd left it too late. Fourteen months of aligners
     later I'm smiling in photos again.</p></div>
     <div class="kt-testimonial-meta-wrap"><div class="kt-testimonial-name"><span>Gillian P.</span></div>
     <div class="kt-testimonial-occupation"><span>Adult patient</span></div></div>
    </div></div>
   </div>
  </div></div>
 </div>
</div>
"""

_TYPES = """
<div class="kb-row-layout-wrap kb-row-layout-id209_8b1e4d-3a alignnone wp-block-kadence-rowlayout">
 <div class="kt-row-column-wrap kt-has-1-columns kt-row-layout-equal kt-tab-layout-inherit kt-mobile-layout-row">
  <div class="wp-block-kadence-column kadence-column209_f0c2a7-18"><div class="kt-inside-inner-col">
   <p>Fixed braces are still the most versatile way to straighten teeth and correct the bite. We offer three
   kinds, and the right one depends on your teeth, your bite and how visible you're happy for the brace to be.</p>

   <h2 class="kt-adv-heading209_1d9e3b-70 wp-block-kadence-advancedheading">Metal braces</h2>
   <p>Small stainless steel brackets are bonded to the front of each tooth and joined by a thin archwire.
   Modern brackets are much smaller than they used to be. Little elastic ties hold the wire in place, and
   younger patients love choosing their colours, which are changed at every visit. Metal braces are the most
   robust option and the best choice for complex bites. If you have a nickel allergy, please tell us: we have
   nickel-free brackets and wires.</p>

   <h2 class="kt-adv-heading209_6e4f02-c9 wp-block-kadence-advancedheading">Ceramic (tooth-coloured) braces</h2>
   <p>These work in exactly the same way as metal braces, but the brackets are made of translucent,
   tooth-coloured ceramic, so they blend in with your teeth. The ceramic brackets themselves don't stain, but
   the clear elastic ties can pick up colour from curry, turmeric, coffee, tea, red wine and cola between visits.
   We replace the ties at every adjustment, and you can choose pearl or silver-grey ties, which show staining
   less. Ceramic is harder than tooth enamel, so when the bite is deep we often use metal brackets on the lower
   teeth to protect the top teeth from wear.</p>

   <h2 class="kt-adv-heading209_a3b7d1-5f wp-block-kadence-advancedheading">Lingual braces (hidden behind the
   teeth)</h2>
   <p>Lingual brackets are bonded to the back, tongue-side surfaces of the teeth, so the brace is invisible when
   you smile or talk. Every bracket is custom made from a digital scan of your teeth and the wires are shaped by
   a robot, so the brace is fitted about eight weeks after your scans. Expect a sore tongue and a slight lisp
   for the first two to three weeks while your tongue gets used to it. Lingual braces aren't suitable for very
   short teeth or some deep bites, and appointments take a little longer. A popular compromise is a lingual
   brace on the top teeth with a ceramic or metal brace on the bottom.</p>

   <div class="kb-table-container kb-table-container209_4c8e0a-b1 wp-block-kadence-table">
    <table class="kb-table kb-table209_4c8e0a-b1">
     <thead><tr><th>Brace</th><th>How visible?</th><th>Good to know</th></tr></thead>
     <tbody>
      <tr><td>Metal</td><td>Visible</td><td>Strongest; fun colours; best for complex bites</td></tr>
      <tr><td>Ceramic</td><td>Hard to spot from a distance</td><td>Ties can discolour; slightly more fragile</td></tr>
      <tr><td>Lingual</td><td>Invisible from the front</td><td>Custom made; short adjustment period for speech</td></tr>
     </tbody>
    </table>
   </div>
   <p>Prefer something removable? Read about <a href="/clear-aligners/">clear aligners</a>.</p>
  </div></div>
 </div>
</div>
"""

_ALIGNERS = """
<div class="kb-row-layout-wrap kb-row-layout-id213_0e5d7c-a4 alignnone wp-block-kadence-rowlayout">
 <div class="kt-row-column-wrap kt-has-1-columns kt-row-layout-equal kt-tab-layout-inherit kt-mobile-layout-row">
  <div class="wp-block-kadence-column kadence-column213_c7a1f9-02"><div class="kt-inside-inner-col">
   <h2 class="kt-adv-heading213_5f2e8b-d6 wp-block-kadence-advancedheading">Invisalign clear aligners</h2>
   <p>Clear aligners are a series of thin, removable plastic trays, each made to move your teeth a fraction of a
   millimetre. We are an accredited Invisalign provider and our specialists have treated hundreds of aligner
   patients. Aligners aren't available on the NHS.</p>

   <h3 class="kt-adv-heading213_b90c14-3e wp-block-kadence-advancedheading">How it works</h3>
   <p>We take a digital scan of your teeth with our iTero scanner, so there are no putty impressions. Your
   orthodontist then plans every movement on a 3D ClinCheck simulation, which you see and approve before
   anything is ordered. Your aligners arrive about four weeks later.</p>

   <h3 class="kt-adv-heading213_1e6a7d-8f wp-block-kadence-advancedheading">22 hours a day &ndash; really</h3>
   <p>Aligners only work while they're in your mouth. You need to wear them 20 to 22 hours a day, every day,
   including while you sleep, and take them out only to eat, to drink anything other than plain water, and to
   brush your teeth. Wearing them just at night won't move your teeth and will only make treatment longer. You
   normally move on to the next aligner every seven days.</p>

   <h3 class="kt-adv-heading213_d4c2f0-51 wp-block-kadence-advancedheading">Attachments and IPR</h3>
   <p>Small tooth-coloured bumps called attachments are bonded to some teeth to give the aligners something to
   grip. They are polished off at the end. Sometimes we also need to polish a tiny amount of enamel (less than
   half a millimetre) from between teeth to make space; this is called interproximal reduction, or IPR.</p>

   <h3 class="kt-adv-heading213_92b7e3-6c wp-block-kadence-advancedheading">Eating and drinking</h3>
   <p>Always take your aligners out to eat. Hot drinks can warp the plastic, and sugary or acidic drinks get
   trapped against your teeth, so remove them for anything but water. Brush, or at least rinse well, before
   putting them back in, and keep them in their case, never wrapped in a napkin.</p>

   <h3 class="kt-adv-heading213_6f0a5e-c2 wp-block-kadence-advancedheading">Is it right for me?</h3>
   <p>Aligners suit most adults and many teenagers. Invisalign Teen aligners have blue wear indicators that fade
   as they're worn, so parents and orthodontist can see they're going in. Very large bite corrections or badly
   rotated teeth are sometimes better treated with a fixed brace. Your fee includes any extra refinement
   aligners needed to finish your treatment.</p>
  </div></div>
 </div>
</div>
"""

_FIRST_VISIT = """
<div class="kb-row-layout-wrap kb-row-layout-id217_2a9f6e-c0 alignnone wp-block-kadence-rowlayout">
 <div class="kt-row-column-wrap kt-has-2-columns kt-row-layout-left-golden kt-tab-layout-row kt-mobile-layout-row
  kt-row-valign-top">
  <div class="wp-block-kadence-column kadence-column217_e51d08-3b"><div class="kt-inside-inner-col">
   <h2 class="kt-adv-heading217_a8e2c7-14 wp-block-kadence-advancedheading">Your first consultation is free</h2>
   <p>For private treatment, your first consultation with one of our specialist orthodontists is free of charge
   and takes about 30 minutes. There is no obligation to go ahead.</p>

   <h3 class="kt-adv-heading217_4b6f1a-90 wp-block-kadence-advancedheading">Do I need a referral?</h3>
   <p>No. For private treatment you can simply refer yourself: call us or use the form on this page. You don't
   need to be registered with our dentists, but you do need to keep having regular check-ups with a dentist
   somewhere during treatment, and we'll ask for confirmation that your teeth are free of decay before a brace
   goes on. For NHS treatment for under-18s, your child's dentist must refer them; see
   <a href="/nhs-orthodontics/">NHS orthodontics</a>.</p>

   <h3 class="kt-adv-heading217_0e93d5-6b wp-block-kadence-advancedheading">What happens at the consultation</h3>
   <p>We'll chat about what bothers you about your teeth, examine your teeth, jaws and bite, and take some
   photographs. If an X-ray is needed to see roots or unerupted teeth, we can take it at the same visit. The
   orthodontist will explain the options and roughly how long each would take. Within five working days we'll
   email you a written treatment plan with the options and their costs.</p>

   <h3 class="kt-adv-heading217_c3a7e0-2d wp-block-kadence-advancedheading">What to bring</h3>
   <ul class="wp-block-list">
    <li>A list of any medicines taken and medical conditions (including allergies, especially to latex or
    nickel).</li>
    <li>The name and address of your (or your child's) dentist.</li>
    <li>Any previous orthodontic records, letters or old retainers.</li>
    <li>For patients under 16, a parent or legal guardian must come to give consent. Grandparents, older siblings
    or childminders can't sign consent forms unless they have parental responsibility.</li>
   </ul>
   <p>Please arrive ten minutes early to fill in a medical history form, or complete it online using the link in
   your confirmation email.</p>
  </div></div>
  <div class="wp-block-kadence-column kadence-column217_7f40b2-e9"><div class="kt-inside-inner-col">
   <div class="wp-block-kadence-form kadence-form-217_5d1c9a-4e kb-form-wrap">
    <h3 class="kt-adv-heading217_9a0d6e-31 wp-block-kadence-advancedheading">Request an appointment</h3>
    <form class="kb-form" action="" method="post">
     <div class="kadence-blocks-form-field kb-field-desk-width-100 kb-input-size-standard">
      <label for="kb_field_217_0">Your name<span class="required">*</span></label>
      <input name="kb_field_0" id="kb_field_217_0" type="text" class="kb-field kb-text-style-field" required></div>
     <div class="kadence-blocks-form-field kb-field-desk-width-100">
      <label for="kb_field_217_1">Phone<span class="required">*</span></label>
      <input name="kb_field_1" id="kb_field_217_1" type="tel" class="kb-field kb-tel-field" required></div>
     <div class="kadence-blocks-form-field kb-field-desk-width-100">
      <label for="kb_field_217_2">Email</label>
      <input name="kb_field_2" id="kb_field_217_2" type="email" class="kb-field kb-email-field"></div>
     <div class="kadence-blocks-form-field kb-field-desk-width-100">
      <label for="kb_field_217_3">Who is the appointment for?</label>
      <select name="kb_field_3" id="kb_field_217_3" class="kb-field kb-select-style-field">
       <option value="Myself">Myself</option><option value="My child">My child</option>
       <option value="Dental check-up">General dental check-up or hygiene</option></select></div>
     <div class="kadence-blocks-form-field kb-field-desk-width-100">
      <label for="kb_field_217_4">Anything else we should know?</label>
      <textarea name="kb_field_4" id="kb_field_217_4" rows="4" class="kb-field kb-textarea-field"></textarea></div>
     <div class="kadence-blocks-form-field kb-submit-field"><button class="kb-forms-submit button
      kb-button-size-standard">Send request</button></div>
    </form>
   </div>
  </div></div>
 </div>
</div>
"""

_STAGES = """
<div class="kb-row-layout-wrap kb-row-layout-id221_6c3b9e-57 alignnone wp-block-kadence-rowlayout">
 <div class="kt-row-column-wrap kt-has-1-columns kt-row-layout-equal kt-tab-layout-inherit kt-mobile-layout-row">
  <div class="wp-block-kadence-column kadence-column221_0f8d2a-c6"><div class="kt-inside-inner-col">
   <p>Every smile is different, but most treatment follows the same six steps.</p>

   <h2 class="kt-adv-heading221_3e7a10-b4 wp-block-kadence-advancedheading">1. Consultation</h2>
   <p>We examine your teeth and talk through the options. See <a href="/your-first-visit/">your first visit</a>.</p>

   <h2 class="kt-adv-heading221_b2d9c5-0a wp-block-kadence-advancedheading">2. Records</h2>
   <p>Photographs, a digital scan and any X-rays needed to plan your treatment. This takes 30 to 40 minutes and
   can sometimes be done on the same day as the consultation.</p>

   <h2 class="kt-adv-heading221_81f4e6-2c wp-block-kadence-advancedheading">3. Fitting the brace</h2>
   <p>Fitting fixed braces takes 60 to 90 minutes (a little longer for lingual braces). No injections are
   needed and fitting itself doesn't hurt, though it's tiring to keep your mouth open. Your teeth will ache for
   three to five days as they start to move: take the painkiller you'd normally use, such as paracetamol or
   ibuprofen, and stick to soft food. The inside of your lips and cheeks toughens up within a week or two; use
   the wax we give you where the brace rubs.</p>

   <h2 class="kt-adv-heading221_5a0c7e-93 wp-block-kadence-advancedheading">4. Adjustments</h2>
   <p>With fixed braces you'll come in every six to eight weeks for an adjustment of 15 to 20 minutes, when the
   wires are changed or tightened. Aligner patients are reviewed every eight to ten weeks. Later in treatment
   many patients wear small elastic bands between the top and bottom braces to correct the bite; wearing them
   exactly as asked makes a big difference to how long treatment takes.</p>

   <h2 class="kt-adv-heading221_e9b3f1-48 wp-block-kadence-advancedheading">5. Taking the brace off</h2>
   <p>Removing a fixed brace takes about an hour. The brackets are gently popped off, the glue is polished away
   and we scan your teeth for retainers, which are fitted the same day or within a week.</p>

   <h2 class="kt-adv-heading221_27c6d0-f5 wp-block-kadence-advancedheading">6. Retention reviews</h2>
   <p>We check your retainers and your teeth three, six and twelve months after the brace comes off. See
   <a href="/retainers/">retainers</a>.</p>

   <h2 class="kt-adv-heading221_f3a8b2-61 wp-block-kadence-advancedheading">How long does treatment take?</h2>
   <figure class="wp-block-table kb-table"><table>
    <thead><tr><th>Treatment</th><th>Typical length</th></tr></thead>
    <tbody>
     <tr><td>Fixed braces, children and teenagers</td><td>18 to 24 months</td></tr>
     <tr><td>Fixed braces, adults (full treatment)</td><td>18 to 30 months</td></tr>
     <tr><td>Clear aligners</td><td>6 to 18 months</td></tr>
     <tr><td>Functional appliance for younger children, before fixed braces</td><td>9 to 12 months</td></tr>
    </tbody>
   </table></figure>
   <p>The length depends on how complicated the problem is, whether teeth need to be taken out, and how well you
   look after the brace. Missed appointments, repeated breakages and elastics not being worn are the commonest
   reasons treatment runs over.</p>
  </div></div>
 </div>
</div>
"""

_RETAINERS = """
<div class="kb-row-layout-wrap kb-row-layout-id225_d17e2a-9b alignnone wp-block-kadence-rowlayout">
 <div class="kt-row-column-wrap kt-has-1-columns kt-row-layout-equal kt-tab-layout-inherit kt-mobile-layout-row">
  <div class="wp-block-kadence-column kadence-column225_4a0b6c-e3"><div class="kt-inside-inner-col">
   <h2 class="kt-adv-heading225_8c5f31-07 wp-block-kadence-advancedheading">Why retainers matter</h2>
   <p>When a brace comes off, the fibres around your teeth try to pull them back to where they started, and teeth
   carry on changing position slowly throughout life. Retainers hold your new smile in place. Honestly, they are
   the most important part of your treatment.</p>

   <h2 class="kt-adv-heading225_2e9d47-a1 wp-block-kadence-advancedheading">Types of retainer</h2>
   <ul class="wp-block-list">
    <li><strong>Bonded (fixed) retainer</strong> &ndash; a thin wire glued behind the front teeth, usually the
    lower six and sometimes the upper ones too. It can't be seen, but it needs careful cleaning with floss
    threaders or interdental brushes.</li>
    <li><strong>Clear removable retainer</strong> &ndash; a thin, clear plastic tray that looks like an
    aligner.</li>
    <li><strong>Hawley retainer</strong> &ndash; a plastic plate with a wire across the front teeth. Sturdier,
    and it can be adjusted.</li>
   </ul>
   <p>Most of our patients have a bonded retainer on the lower teeth and clear removable retainers for both.</p>

   <h2 class="kt-adv-heading225_c06b9e-5d wp-block-kadence-advancedheading">How long do I wear them?</h2>
   <p>Our advice is simple: retainers are for life. Wear removable retainers every night for the first 12
   months, then at least three or four nights a week for as long as you want straight teeth. If a retainer feels
   tight when you put it in, your teeth have started to move, so wear it more often. A bonded retainer can stay
   in indefinitely as long as it is kept clean and your dentist checks it at your check-ups. Our supervision of
   your retainers is part of your treatment for the first year; after that your dentist keeps an eye on them and
   you are always welcome to come back to us privately.</p>

   <h2 class="kt-adv-heading225_6f3a8d-22 wp-block-kadence-advancedheading">Lost or broken retainer?</h2>
   <p>Call us as soon as you can &ndash; within days, not weeks, because teeth can start to move within a few
   days without a retainer. If you're away from home, keep wearing your other retainer if you have one, or an
   older one from earlier in treatment if it still fits, and ring us to book an appointment for when you're
   back. We'll take a new scan and a replacement is usually ready in 7 to 10 working days. NHS patients are
   given their first set of retainers free; replacements after that are charged privately (see
   <a href="/fees/">fees</a>).</p>

   <h2 class="kt-adv-heading225_a9e04c-7f wp-block-kadence-advancedheading">Looking after your retainers</h2>
   <p>Clean removable retainers morning and night with a soft toothbrush and cold water, or use retainer
   cleaning tablets once a week. Never use hot or boiling water, which warps the plastic, and don't use
   toothpaste, which scratches it and makes it cloudy. When they're not in your mouth they belong in their case:
   retainers wrapped in tissue get thrown away, and dogs love to chew them.</p>
  </div></div>
 </div>
</div>
"""

_EMERGENCIES = """
<div class="kb-row-layout-wrap kb-row-layout-id229_5b2e8f-c4 alignnone wp-block-kadence-rowlayout">
 <div class="kt-row-column-wrap kt-has-1-columns kt-row-layout-equal kt-tab-layout-inherit kt-mobile-layout-row">
  <div class="wp-block-kadence-column kadence-column229_e0a71d-36"><div class="kt-inside-inner-col">
   <p class="has-large-font-size">Brace problems are rarely true emergencies. Most can be made comfortable at home
   until we can see you.</p>

   <h2 class="kt-adv-heading229_1f6c2b-80 wp-block-kadence-advancedheading">A loose or broken bracket</h2>
   <p>If a bracket has come unstuck and is sliding or spinning on the wire, it isn't an emergency. Call us
   during opening hours and we'll book a repair, normally within a week. If it rubs, cover it with orthodontic
   wax. If it has come off the wire completely, keep it and bring it with you. Please don't try to glue it back
   yourself. Frequent breakages slow treatment down, so look again at what you're eating.</p>

   <h2 class="kt-adv-heading229_9d3a07-e5 wp-block-kadence-advancedheading">A wire poking into your cheek</h2>
   <p>As the teeth straighten, the end of the wire can slide out at the back and dig into the cheek. Try these in
   order:</p>
   <ol class="wp-block-list">
    <li>Push the wire flat against the tooth with the rubber end of a clean pencil or a cotton bud.</li>
    <li>Dry the area with a tissue and press a small ball of orthodontic wax over the end.</li>
    <li>If the wire is long and still sharp, an adult can snip it with clean nail clippers just behind the last
    bracket, holding a folded tissue behind it to catch the cut piece.</li>
   </ol>
   <p>Then call us to book an appointment to tidy it up.</p>

   <h2 class="kt-adv-heading229_46e8d1-0b wp-block-kadence-advancedheading">Lost elastic ties or springs</h2>
   <p>Not urgent. Mention it at your next visit unless a tooth looks loose or the wire has come out of a
   bracket.</p>

   <h2 class="kt-adv-heading229_b7f2c9-5a wp-block-kadence-advancedheading">Aligner problems</h2>
   <p>If an aligner cracks or goes missing and you're due to change in the next two days, move on to the next
   one; otherwise go back to the previous aligner and give us a call.</p>

   <h2 class="kt-adv-heading229_0c95ea-17 wp-block-kadence-advancedheading">When we're closed</h2>
   <p>If you have a problem in the evening, at a weekend or on a bank holiday and wax or clipping hasn't helped,
   ring our main number, <a href="@@TEL@@">@@PHONE@@</a>, and follow the recorded message to leave details. For
   our own patients, an on-call orthodontist checks messages on Saturday and Sunday mornings between 9am and
   11am and will ring you back with advice and, if needed, arrange the first available appointment.</p>
   <p>For serious facial swelling, an injury to the face or teeth, a knocked-out tooth or bleeding that won't
   stop, call NHS 111 or go to the Emergency Department at Southampton General Hospital.</p>
  </div></div>
 </div>
</div>
"""

_LIVING = """
<div class="kb-row-layout-wrap kb-row-layout-id233_7e0c4b-d9 alignnone wp-block-kadence-rowlayout">
 <div class="kt-row-column-wrap kt-has-1-columns kt-row-layout-equal kt-tab-layout-inherit kt-mobile-layout-row">
  <div class="wp-block-kadence-column kadence-column233_a2f58e-40"><div class="kt-inside-inner-col">
   <h2 class="kt-adv-heading233_3b9d0f-c7 wp-block-kadence-advancedheading">Eating with a fixed brace</h2>
   <p>After the first few tender days you can eat almost normally, with a few changes. Hard, sticky and chewy
   foods are the main cause of broken brackets and bent wires.</p>
   <figure class="wp-block-table is-style-stripes"><table>
    <thead><tr><th>Avoid</th><th>Instead try</th></tr></thead>
    <tbody>
     <tr><td>Toffee, chewy sweets, caramel and chewing gum</td><td>Chocolate that melts easily, in moderation</td></tr>
     <tr><td>Nuts, hard sweets, popcorn and ice cubes</td><td>Soft fruit, yoghurt, cheese</td></tr>
     <tr><td>Crusty baguettes, bagels and pizza crusts</td><td>Soft bread, or crusts torn into small pieces</td></tr>
     <tr><td>Whole apples and raw carrots</td><td>Apples and carrots cut into thin slices</td></tr>
     <tr><td>Corn on the cob, ribs and chicken wings</td><td>Kernels and meat cut off the bone</td></tr>
    </tbody>
   </table></figure>
   <p>Fizzy drinks (including diet ones), energy drinks and fruit juice attack the enamel around the brackets.
   Keep them to mealtimes and use a straw. And try not to chew pens, pencils or your nails!</p>

   <h2 class="kt-adv-heading233_d18e62-5b wp-block-kadence-advancedheading">Sport and braces</h2>
   <p>You can carry on with every sport. For contact sports &ndash; rugby, hockey, lacrosse, boxing, martial
   arts, and football if you're in goal &ndash; a mouthguard is essential. A normal boil-and-bite gumshield,
   or a custom one made to fit your teeth, is not suitable while you have a fixed brace: it locks onto the
   brackets, doesn't fit as the teeth move, and can pull brackets off. Instead use an orthodontic mouthguard,
   which has a deep soft channel that sits over the brace. You can buy one from our reception. Replace it if it
   gets chewed or split.</p>
   <p>If you take a knock to the mouth, check for broken brackets and give us a call. Aligner patients should take
   their aligners out and wear an ordinary mouthguard for the game, then put the aligners straight back in
   afterwards.</p>

   <h2 class="kt-adv-heading233_60a4fd-2e wp-block-kadence-advancedheading">Everyday life</h2>
   <p>Swimming, PE, school trips and sleepovers are all fine. Pack a small brace kit (toothbrush, interdental
   brush and wax) in a school bag or sports bag, and keep a lip balm handy in the first few weeks.</p>
  </div></div>
 </div>
</div>
"""

_CLEANING = """
<div class="kb-row-layout-wrap kb-row-layout-id237_c92a0e-15 alignnone wp-block-kadence-rowlayout">
 <div class="kt-row-column-wrap kt-has-1-columns kt-row-layout-equal kt-tab-layout-inherit kt-mobile-layout-row">
  <div class="wp-block-kadence-column kadence-column237_6d4b1f-a8"><div class="kt-inside-inner-col">
   <h2 class="kt-adv-heading237_e3f0a9-72 wp-block-kadence-advancedheading">Why it matters</h2>
   <p>Brackets and wires trap food and plaque. Plaque left around a bracket for weeks can leave permanent chalky
   white marks on the enamel (decalcification) and can cause decay, and gums quickly become swollen and bleed.
   If a patient's cleaning stays poor despite our help, we may have to remove the brace early to protect the
   teeth.</p>

   <h2 class="kt-adv-heading237_1a8c5d-e0 wp-block-kadence-advancedheading">Your daily routine</h2>
   <ul class="wp-block-list">
    <li><strong>Brush</strong> at least twice a day, and ideally after every meal, for three minutes. Angle the
    bristles to clean above and below each bracket. An electric toothbrush with a small round head works
    brilliantly with braces.</li>
    <li><strong>Interdental brushes</strong> &ndash; tiny bottle brushes that slide under the wire between the
    brackets. They get where a toothbrush can't. Start with a small size and go up if it feels loose.</li>
    <li><strong>Single-tufted brush</strong> &ndash; for cleaning around each bracket and behind the back
    teeth.</li>
    <li><strong>Floss</strong> with floss threaders or Superfloss, which has a stiff end to thread under the
    wire. A water flosser is a helpful extra, but not a replacement.</li>
   </ul>

   <h2 class="kt-adv-heading237_7b2e94-3d wp-block-kadence-advancedheading">Fluoride</h2>
   <p>Use a toothpaste with 1,450&nbsp;ppm fluoride; spit out after brushing but don't rinse. Use a daily fluoride
   mouthwash (0.05% sodium fluoride) at a different time from brushing, for example after lunch, so the
   fluoride stays on your teeth for longer. Patients with early signs of white marks may be prescribed a
   stronger toothpaste.</p>

   <h2 class="kt-adv-heading237_f05c68-b9 wp-block-kadence-advancedheading">Check your work</h2>
   <p>Once a week, chew a disclosing tablet after brushing: anything stained pink is plaque you've missed. At
   every adjustment we'll check your cleaning and show you any areas to focus on.</p>
   <p>Everyone is given a free brace care kit at their fitting appointment, with a travel toothbrush,
   interdental brushes, wax and a mirror.</p>
  </div></div>
 </div>
</div>
"""

_FEES = """
<div class="kb-row-layout-wrap kb-row-layout-id241_0a8e3b-f2 alignnone wp-block-kadence-rowlayout">
 <div class="kt-row-column-wrap kt-has-1-columns kt-row-layout-equal kt-tab-layout-inherit kt-mobile-layout-row">
  <div class="wp-block-kadence-column kadence-column241_b35d7c-09"><div class="kt-inside-inner-col">
   <p>Our private orthodontic fees are fixed and written into your treatment plan before you start, so there are
   no surprises. NHS treatment for eligible under-18s is free.</p>
   <h2 class="kt-adv-heading241_9e1f04-ab wp-block-kadence-advancedheading">Private orthodontic fees</h2>
   <div class="kb-table-container kb-table-container241_71c2e8-44 wp-block-kadence-table">
    <table class="kb-table kb-table241_71c2e8-44">
     <thead><tr><th>Treatment</th><th>Fee</th></tr></thead>
     <tbody>
      <tr><td>Initial consultation with a specialist</td><td>Free</td></tr>
      <tr><td>Panoramic X-ray (if needed)</td><td>&pound;45</td></tr>
      <tr><td>Metal fixed braces, upper and lower</td><td>&pound;3,200</td></tr>
      <tr><td>Metal fixed brace, one arch only</td><td>&pound;2,100</td></tr>
      <tr><td>Ceramic brace upper, metal brace lower</td><td>&pound;3,550</td></tr>
      <tr><td>Ceramic braces, upper and lower</td><td>&pound;3,850</td></tr>
      <tr><td>Lingual brace upper with ceramic lower</td><td>from &pound;5,600</td></tr>
      <tr><td>Lingual braces, upper and lower</td><td>from &pound;6,900</td></tr>
      <tr><td>Invisalign Lite (up to 14 aligners)</td><td>&pound;2,950</td></tr>
      <tr><td>Invisalign Comprehensive</td><td>&pound;4,450</td></tr>
      <tr><td>Short-term front teeth alignment, one arch</td><td>from &pound;1,850</td></tr>
     </tbody>
    </table>
   </div>
   <p><strong>Included in every fee:</strong> all adjustment appointments, repairs of your first two breakages,
   your first set of retainers and your retention reviews for 12 months after the brace comes off.</p>

   <h3 class="kt-adv-heading241_c4a29d-63 wp-block-kadence-advancedheading">Other charges</h3>
   <figure class="wp-block-table"><table>
    <tbody>
     <tr><td>Replacement clear retainer (per arch)</td><td>&pound;120</td></tr>
     <tr><td>Replacement Hawley retainer (per arch)</td><td>&pound;160</td></tr>
     <tr><td>Re-bonding or repairing a bonded retainer</td><td>&pound;65</td></tr>
     <tr><td>Bracket repairs after the first two breakages</td><td>&pound;35 each</td></tr>
     <tr><td>Orthodontic sports mouthguard</td><td>&pound;30</td></tr>
    </tbody>
   </table></figure>

   <h2 class="kt-adv-heading241_58e7b1-d0 wp-block-kadence-advancedheading">Ways to pay</h2>
   <ul class="wp-block-list">
    <li><strong>Pay in full</strong> before your brace is fitted and receive a 5% discount.</li>
    <li><strong>Spread the cost interest-free</strong>: pay a &pound;500 deposit on the day your brace is fitted
    and the balance in monthly instalments over up to 24 months at 0% APR. For example, metal braces at
    &pound;3,200 would be &pound;500 followed by 24 payments of &pound;112.50. Finance is provided by our
    finance partner, subject to status; the applicant must be 18 or over and a UK resident.</li>
    <li><strong>Longer terms</strong> of 36 or 48 months are available at 9.9% APR representative.</li>
    <li><strong>Family discount</strong>: when a second member of the same family (a brother or sister, or a
    parent and child) starts private treatment within 12 months of the first, we take 10% off the lower of the
    two fees, and the same for any further family members.</li>
   </ul>
   <p>We accept debit and credit cards (Visa and Mastercard) and bank transfer. We no longer accept cheques.</p>
  </div></div>
 </div>
</div>
"""

_GENERAL = """
<div class="kb-row-layout-wrap kb-row-layout-id245_e7c01a-6f alignnone wp-block-kadence-rowlayout">
 <div class="kt-row-column-wrap kt-has-1-columns kt-row-layout-equal kt-tab-layout-inherit kt-mobile-layout-row">
  <div class="wp-block-kadence-column kadence-column245_2d9f6b-b1"><div class="kt-inside-inner-col">
   <h2 class="kt-adv-heading245_a04e7c-28 wp-block-kadence-advancedheading">A dentist for grown-ups, under the
   same roof</h2>
   <p>Our general dentistry wing looks after adults aged 18 and over. It is a private service: we don't hold an
   NHS general dental contract, so check-ups and treatment here are private (our NHS contract covers
   orthodontics for under-18s only). We don't currently provide general dental care for children, so please keep
   your child's check-ups with their family dentist.</p>

   <h3 class="kt-adv-heading245_5be1f9-74 wp-block-kadence-advancedheading">Check-ups</h3>
   <p>A new patient examination takes 45 minutes and includes two small X-rays, a mouth cancer screening and a
   full gum assessment. After that, we'll recommend routine check-ups every six to twelve months depending on
   your risk of decay and gum disease.</p>

   <h3 class="kt-adv-heading245_e8302d-c1 wp-block-kadence-advancedheading">Hygiene visits</h3>
   <p>Our hygienist removes tartar and stains, treats early gum disease and shows you how to keep your teeth and
   gums healthy. You can book a hygiene appointment directly without seeing our dentist first, and without being
   registered with us. Airflow stain removal, which uses a fine jet of powder and water, is great for tea, coffee
   and red wine stains.</p>

   <h3 class="kt-adv-heading245_17ad4e-95 wp-block-kadence-advancedheading">General dentistry price list</h3>
   <div class="kb-table-container kb-table-container245_c6e2f3-0d wp-block-kadence-table">
    <table class="kb-table kb-table245_c6e2f3-0d">
     <thead><tr><th>Treatment</th><th>Price</th></tr></thead>
     <tbody>
      <tr><td>New patient examination, including X-rays</td><td>&pound;85</td></tr>
      <tr><td>Routine check-up</td><td>&pound;55</td></tr>
      <tr><td>Hygienist appointment (scale and polish, 30 minutes)</td><td>&pound;75</td></tr>
      <tr><td>Hygiene with Airflow stain removal (45 minutes)</td><td>&pound;98</td></tr>
      <tr><td>Emergency dental appointment</td><td>&pound;90</td></tr>
      <tr><td>White filling</td><td>from &pound;140</td></tr>
      <tr><td>Extraction</td><td>from &pound;120</td></tr>
      <tr><td>Root canal treatment, front tooth</td><td>from &pound;395</td></tr>
      <tr><td>Porcelain crown</td><td>from &pound;695</td></tr>
     </tbody>
    </table>
   </div>

   <h3 class="kt-adv-heading245_8c5b0e-3a wp-block-kadence-advancedheading">The Bellfield Smile Plan</h3>
   <p>Spread the cost of routine care for &pound;18.50 a month. The plan covers two check-ups and two hygiene
   visits a year, any routine X-rays, and gives you 10% off other treatment. There's no joining fee and you can
   cancel with one month's notice.</p>
  </div></div>
 </div>
</div>
"""

_WHITENING = """
<div class="kb-row-layout-wrap kb-row-layout-id249_3f7d2c-e8 alignnone wp-block-kadence-rowlayout">
 <div class="kt-row-column-wrap kt-has-1-columns kt-row-layout-equal kt-tab-layout-inherit kt-mobile-layout-row">
  <div class="wp-block-kadence-column kadence-column249_90b1a5-6c"><div class="kt-inside-inner-col">
   <p>Whitening is a lovely finishing touch once your teeth are straight, and it's the treatment our orthodontic
   patients ask about most after their braces come off.</p>

   <h2 class="kt-adv-heading249_d2e6f8-17 wp-block-kadence-advancedheading">When can I whiten after braces?</h2>
   <p>Wait at least four weeks after your brace is removed. This gives the enamel that was under the brackets
   time to settle and lets us check that all the glue has been polished away. If you have any white marks from
   the brace, whitening can make them stand out more at first, so we'll look at your teeth before you start.</p>

   <h2 class="kt-adv-heading249_6a0c3e-b4 wp-block-kadence-advancedheading">Is there an age limit?</h2>
   <p>Yes. By law in the UK, tooth whitening with more than 0.1% hydrogen peroxide can only be carried out by a
   dentist, and only for patients aged 18 or over. That means we can't whiten teeth for anyone under 18, even
   with a parent's consent, and we'd be very happy to see them after their 18th birthday.</p>

   <h2 class="kt-adv-heading249_4e91b7-0f wp-block-kadence-advancedheading">How home whitening works</h2>
   <p>We take a scan and make thin, custom-fitted whitening trays. You wear them at home with a 6% hydrogen
   peroxide gel for an hour a day for two to three weeks, and we check your progress halfway through. Your clear
   retainer can't be used as a whitening tray: it fits differently and the gel would leak onto your gums, so we
   make separate trays. Crowns, veneers and white fillings don't change colour, which is worth knowing if you
   have any at the front. We don't offer in-surgery "power" or laser whitening.</p>

   <h2 class="kt-adv-heading249_b8c5d2-71 wp-block-kadence-advancedheading">Sensitivity</h2>
   <p>Some people find their teeth sensitive during whitening. It's temporary; using a sensitive toothpaste for
   two weeks beforehand helps, and you can skip a day if you need to.</p>

   <figure class="wp-block-table kb-table"><table>
    <thead><tr><th>Whitening</th><th>Price</th></tr></thead>
    <tbody>
     <tr><td>Home whitening (upper and lower trays, gel and review)</td><td>&pound;325</td></tr>
     <tr><td>Bellfield orthodontic patients within 12 months of brace removal</td><td>&pound;275</td></tr>
     <tr><td>Top-up whitening gel</td><td>&pound;15 per syringe</td></tr>
    </tbody>
   </table></figure>
  </div></div>
 </div>
</div>
"""

_TEAM = """
<div class="kb-row-layout-wrap kb-row-layout-id253_a1e9c7-30 alignnone wp-block-kadence-rowlayout">
 <div class="kt-row-column-wrap kt-has-1-columns kt-row-layout-equal kt-tab-layout-inherit kt-mobile-layout-row">
  <div class="wp-block-kadence-column kadence-column253_f4b02d-8e"><div class="kt-inside-inner-col">
   <h2 class="kt-adv-heading253_0c7a5e-d1 wp-block-kadence-advancedheading">What "specialist orthodontist"
   means</h2>
   <p>In the UK any dentist may legally straighten teeth, but only dentists on the General Dental Council's
   Specialist List in Orthodontics can call themselves orthodontists. Getting onto the list means a five-year
   dental degree, at least two years working as a dentist, then three years of full-time specialist training
   with a master's degree and the Membership in Orthodontics exam of a Royal College. All three of our
   orthodontists are on the Specialist List, and you can check anyone's registration on the
   <a href="https://olr.gdc-uk.org" target="_blank" rel="noopener">GDC online register</a>.</p>
  </div></div>
 </div>
</div>
<div class="kb-row-layout-wrap kb-row-layout-id253_6d3f81-b5 alignnone wp-block-kadence-rowlayout">
 <div class="kt-row-column-wrap kt-has-3-columns kt-row-layout-equal kt-tab-layout-row kt-mobile-layout-row">
  <div class="wp-block-kadence-column kadence-column253_1b8e4a-72"><div class="kt-inside-inner-col">
   <figure class="wp-block-image"><img src="/wp-content/uploads/2023/01/dr-helen-marsh.jpg" alt="Dr Helen Marsh"
    width="400" height="400"></figure>
   <h3 class="kt-adv-heading253_e25c90-4f wp-block-kadence-advancedheading">Dr Helen Marsh</h3>
   <p class="team-role">Principal &amp; Specialist Orthodontist<br>BDS MSc MOrth RCS(Eng) &middot; GDC 71842</p>
   <p>Helen trained at King's College London and the Eastman Dental Institute and founded Bellfield in 2006. She
   leads our NHS service and particularly enjoys treating younger children and teenagers.</p>
  </div></div>
  <div class="wp-block-kadence-column kadence-column253_c90f3e-16"><div class="kt-inside-inner-col">
   <figure class="wp-block-image"><img src="/wp-content/uploads/2023/01/dr-rajiv-sethi.jpg" alt="Dr Rajiv Sethi"
    width="400" height="400"></figure>
   <h3 class="kt-adv-heading253_73a1d8-e0 wp-block-kadence-advancedheading">Dr Rajiv Sethi</h3>
   <p class="team-role">Specialist Orthodontist<br>BDS MFDS MOrth RCS(Ed) &middot; GDC 84417</p>
   <p>Rajiv leads our adult and lingual brace treatment and is our most experienced Invisalign clinician. Outside
   work he coaches an under-12s cricket team in Hedge End.</p>
  </div></div>
  <div class="wp-block-kadence-column kadence-column253_4f2b6c-a9"><div class="kt-inside-inner-col">
   <figure class="wp-block-image"><img src="/wp-content/uploads/2023/01/dr-anna-kowalczyk.jpg"
    alt="Dr Anna Kowalczyk" width="400" height="400"></figure>
   <h3 class="kt-adv-heading253_b6d4e1-2c wp-block-kadence-advancedheading">Dr Anna Kowalczyk</h3>
   <p class="team-role">Specialist Orthodontist<br>BDS MSc MOrth RCS(Eng) &middot; GDC 102936</p>
   <p>Anna joined us in 2019 after specialist training in Bristol. She runs our Saturday clinics and speaks
   Polish as well as English.</p>
  </div></div>
 </div>
</div>
<div class="kb-row-layout-wrap kb-row-layout-id253_08e5a7-d3 alignnone has-palette7-background
 wp-block-kadence-rowlayout">
 <div class="kt-row-column-wrap kt-has-2-columns kt-row-layout-equal kt-tab-layout-inherit kt-mobile-layout-row">
  <div class="wp-block-kadence-column kadence-column253_97c0f2-5e"><div class="kt-inside-inner-col">
   <h3 class="kt-adv-heading253_2a6e9b-41 wp-block-kadence-advancedheading">General dentistry</h3>
   <p><strong>Dr Tom Ellery</strong> BDS (Bristol), General Dental Practitioner, GDC 153207. Tom runs our general
   dentistry wing. He is not a specialist orthodontist and does not provide brace treatment.</p>
   <p><strong>Sophie Grant</strong> Dip DH, Dental Hygienist, GDC 209114.</p>
  </div></div>
  <div class="wp-block-kadence-column kadence-column253_3db18a-c6"><div class="kt-inside-inner-col">
   <h3 class="kt-adv-heading253_f8c3a0-97 wp-block-kadence-advancedheading">Orthodontic therapists &amp;
   support team</h3>
   <p><strong>Kerry Lawson</strong> and <strong>Jade Pike</strong> are orthodontic therapists: registered dental
   professionals who carry out many routine adjustment visits, following the plan and instructions of your
   specialist orthodontist.</p>
   <p><strong>Priya Nair</strong>, Treatment Coordinator, and <strong>Michelle Dunn</strong>, Practice Manager,
   lead our friendly reception team of five.</p>
  </div></div>
 </div>
</div>
"""

_HOURS = """
<div class="kb-row-layout-wrap kb-row-layout-id257_5c8f0e-a2 alignnone wp-block-kadence-rowlayout">
 <div class="kt-row-column-wrap kt-has-1-columns kt-row-layout-equal kt-tab-layout-inherit kt-mobile-layout-row">
  <div class="wp-block-kadence-column kadence-column257_d6a3b9-04"><div class="kt-inside-inner-col">
   <div class="kb-table-container kb-table-container257_3e1d7f-88 wp-block-kadence-table">
    <table class="kb-table kb-table257_3e1d7f-88">
     <thead><tr><th>Day</th><th>Orthodontic clinic</th><th>General dentistry</th></tr></thead>
     <tbody>
      <tr><td>Monday</td><td>8.00am &ndash; 6.30pm</td><td>8.30am &ndash; 5.30pm</td></tr>
      <tr><td>Tuesday</td><td>8.00am &ndash; 6.30pm</td><td>8.30am &ndash; 5.30pm</td></tr>
      <tr><td>Wednesday</td><td>8.00am &ndash; 7.30pm</td><td>8.30am &ndash; 5.30pm</td></tr>
      <tr><td>Thursday</td><td>8.00am &ndash; 6.30pm</td><td>8.30am &ndash; 5.30pm</td></tr>
      <tr><td>Friday</td><td>8.00am &ndash; 4.00pm</td><td>8.30am &ndash; 2.00pm</td></tr>
      <tr><td>Saturday</td><td>9.00am &ndash; 1.00pm (1st and 3rd Saturday of the month)</td><td>Closed</td></tr>
      <tr><td>Sunday</td><td>Closed</td><td>Closed</td></tr>
     </tbody>
    </table>
   </div>
   <p>Our phones are answered from 8.00am on weekdays and from 9.00am on clinic Saturdays. We close on bank
   holidays and from 24 December to 1 January.</p>

   <h2 class="kt-adv-heading257_90e2c4-1b wp-block-kadence-advancedheading">After-school appointments</h2>
   <p>We hold routine adjustment appointments for school-age patients from 3.30pm until closing, Monday to
   Thursday (until 7.30pm on Wednesdays), and on our Saturday mornings. These are our most requested times, so
   to share them fairly we book each school-age patient into an after-school or Saturday slot for every other
   adjustment, alternating with a visit during the school day. Longer appointments &ndash; fitting a brace,
   taking it off and records &ndash; are held in the mornings during school time. Schools generally authorise
   orthodontic appointments as medical appointments, and reception can give you an appointment card or letter
   for school. Ask to join our cancellation list if you'd like an earlier after-school slot.</p>

   <h2 class="kt-adv-heading257_4b7e1a-c6 wp-block-kadence-advancedheading">Booking and changing
   appointments</h2>
   <p>Book by phone, through the request form on our <a href="/your-first-visit/">first visit</a> page, or at
   reception. We send a text reminder two days before every appointment.</p>

   <h2 class="kt-adv-heading257_e0c95d-37 wp-block-kadence-advancedheading">Cancellations and missed
   appointments</h2>
   <p>Please give us at least 48 hours' notice if you need to cancel or move an appointment, so we can offer it
   to someone else. Private patients who miss an appointment, or cancel with less than 48 hours' notice, may be
   charged &pound;30 for an orthodontic appointment or &pound;50 for a general dental or hygiene appointment.
   We don't charge NHS patients, but an NHS patient who misses two appointments in a row without letting us
   know may be discharged from treatment; we will always contact the family first. If you arrive more than ten
   minutes late we may need to rebook you.</p>
  </div></div>
 </div>
</div>
"""

_FIND_US = """
<div class="kb-row-layout-wrap kb-row-layout-id261_8f2a6d-51 alignnone wp-block-kadence-rowlayout">
 <div class="kt-row-column-wrap kt-has-2-columns kt-row-layout-equal kt-tab-layout-row kt-mobile-layout-row
  kt-row-valign-top">
  <div class="wp-block-kadence-column kadence-column261_0b4e9c-e7"><div class="kt-inside-inner-col">
   <h2 class="kt-adv-heading261_c5a1f3-28 wp-block-kadence-advancedheading">Our address</h2>
   <p>Bellfield Orthodontics &amp; Dental<br>Bellfield House, 214 Shirley Road<br>Southampton SO15 3FL</p>
   <p>We're a large cream Victorian house with a teal door, a few minutes' walk from the shops on Shirley High
   Street.</p>
   <p><a class="kb-button kt-button button kb-btn-global-outline"
    href="https://maps.google.com/?q=Bellfield+House+214+Shirley+Road+Southampton"
    target="_blank" rel="noopener">Open in Google Maps</a></p>

   <h2 class="kt-adv-heading261_7e3d0b-94 wp-block-kadence-advancedheading">Parking</h2>
   <p>We have a small private car park behind the building with seven spaces, including two wide disabled bays
   right next to the rear entrance. Drive in through the lane to the left of the building, signed
   "Bellfield &ndash; patient parking". Spaces can't be reserved and are first come, first served. Passengers who
   find walking difficult can be dropped off at the rear entrance, which is level.</p>
   <p>If our car park is full, the Shirley Precinct pay-and-display car park is a four-minute walk away, and
   many of the nearby side roads have free on-street parking for up to two hours (please check the signs).</p>

   <h2 class="kt-adv-heading261_a28f5e-0c wp-block-kadence-advancedheading">By bus, train or bike</h2>
   <p>Several city bus routes stop on Shirley High Street, about three minutes' walk away. Southampton Central
   station is around a mile and a half away, ten minutes by taxi. There are bike racks by the front door.</p>
  </div></div>
  <div class="wp-block-kadence-column kadence-column261_e4c07a-3f"><div class="kt-inside-inner-col">
   <h2 class="kt-adv-heading261_15b9d8-e6 wp-block-kadence-advancedheading">Accessibility</h2>
   <ul class="wp-block-list">
    <li>The rear entrance from the car park is step-free, with an automatic door. The front door on Shirley Road
    has two steps.</li>
    <li>The whole orthodontic clinic is on the ground floor.</li>
    <li>Our general dentistry surgeries are on the first floor and there is no lift. If you use a wheelchair or
    can't manage stairs, tell us when booking and we'll see you for your check-up or hygiene visit in our
    ground-floor surgery.</li>
    <li>Accessible toilet on the ground floor.</li>
    <li>Hearing loop at reception.</li>
    <li>Assistance dogs are very welcome.</li>
    <li>Large-print forms are available on request.</li>
   </ul>
   <div class="kb-google-maps-container kb-google-maps-container261_5f2d" data-mapid="261_5f2d">
    <img src="/wp-content/uploads/2022/04/bellfield-map-static.png" alt="Map showing Bellfield House on Shirley
    Road, Southampton" width="600" height="400">
   </div>
  </div></div>
 </div>
</div>
"""

_FAQ_ITEMS = [
    (
        "Am I too old for braces?",
        "<p>No. There's no upper age limit for orthodontic treatment, as long as your teeth and gums are healthy. "
        "Our oldest patient so far finished her aligner treatment at 74.</p>",
    ),
    (
        "Can I still play a musical instrument with braces?",
        "<p>Yes. Players of woodwind and brass instruments usually need one to three weeks to get used to a fixed "
        "brace, as the lips sit differently over the brackets. A little wax over the front brackets helps. If you "
        "have a grade exam, concert or audition coming up, tell us and we'll plan the fitting around it. Aligners "
        "can simply be taken out while you play.</p>",
    ),
    (
        "Can I have an MRI scan while wearing braces?",
        "<p>Braces are safe in an MRI scanner, but metal brackets and wires can blur pictures of the head, neck and "
        "jaw. If your scan is of any of those areas, tell the radiographer you wear a brace. The hospital may ask "
        "us to remove the archwires beforehand; we can do this with a week's notice and refit them afterwards. "
        "Scans of other parts of the body, and bonded retainers, are usually not a problem.</p>",
    ),
    (
        "We're moving to Southampton part-way through treatment. Can you take it over?",
        "<p>Yes, we regularly take on patients who started treatment with another orthodontist. Ask your current "
        "orthodontist for a transfer letter with your records (X-rays, photographs and treatment plan), then book "
        "a transfer assessment with us. For private patients we'll quote a fee for the remaining treatment based on "
        "how much is left to do. For NHS patients under 18, continuing on the NHS depends on the records showing "
        "NHS eligibility and on our NHS capacity, and there may be a short wait.</p>",
    ),
    (
        "Will I need to have teeth taken out?",
        "<p>Sometimes, when there isn't enough room for all the teeth, but far less often than in the past: fewer "
        "than one in four of our patients need extractions. Any extractions are done by your own dentist after we "
        "send them a letter.</p>",
    ),
    (
        "Can I start braces if I'm pregnant?",
        "<p>Yes, although we'll postpone any X-rays until after the baby arrives. Gums are more prone to bleeding "
        "in pregnancy, so extra care with cleaning is important.</p>",
    ),
    (
        "Can my teenager come to adjustment appointments on their own?",
        "<p>Once treatment has started and a parent has signed our consent form, patients aged 12 to 15 may attend "
        "routine adjustment appointments on their own. Young people aged 16 and over can consent for "
        "themselves.</p>",
    ),
    (
        "Will my brace set off airport security scanners?",
        "<p>No. Braces and retainers don't set off metal detectors at airports.</p>",
    ),
]


def _accordion(items: list[tuple[str, str]]) -> str:
    """Kadence accordion block markup for a list of (question, answer HTML)."""
    panes = []
    for i, (question, answer) in enumerate(items, start=1):
        panes.append(
            f'<div class="wp-block-kadence-pane kt-accordion-pane kt-accordion-pane-{i} kt-pane265_{i:02d}a7">\n'
            f' <h3 class="kt-accordion-header-wrap"><button class="kt-blocks-accordion-header '
            f'kt-acccordion-button-label-show" type="button"><span class="kt-blocks-accordion-title-wrap">'
            f'<span class="kt-blocks-accordion-title">{question}</span></span>'
            f'<span class="kt-blocks-accordion-icon-trigger"></span></button></h3>\n'
            f' <div class="kt-accordion-panel kt-accordion-panel-hidden"><div class="kt-accordion-panel-inner">\n'
            f"  {answer}\n </div></div>\n</div>"
        )
    return (
        '<div class="wp-block-kadence-accordion alignnone"><div class="kt-accordion-wrap kt-accordion-id265_3c9e1b '
        f"kt-accordion-has-{len(items)}-panes kt-active-pane-0 kt-accordion-block kt-pane-header-alignment-left "
        'kt-accodion-icon-style-arrow kt-accodion-icon-side-right" style="max-width:none">\n'
        '<div class="kt-accordion-inner-wrap" data-allow-multiple-open="false" data-start-open="none">\n'
        + "\n".join(panes)
        + "\n</div></div></div>"
    )


_FAQS = (
    """
<div class="kb-row-layout-wrap kb-row-layout-id265_b70e2d-4a alignnone wp-block-kadence-rowlayout">
 <div class="kt-row-column-wrap kt-has-1-columns kt-row-layout-equal kt-tab-layout-inherit kt-mobile-layout-row">
  <div class="wp-block-kadence-column kadence-column265_1f8c3e-d5"><div class="kt-inside-inner-col">
   <p>Answers to the questions our reception team hear most. Can't find what you're looking for? Give us a ring.</p>
"""
    + _accordion(_FAQ_ITEMS)
    + """
  </div></div>
 </div>
</div>
"""
)

HTML = {
    "/": _page(
        "/",
        12,
        "Specialist Orthodontist in Southampton",
        "Specialist orthodontic practice in Shirley, Southampton: NHS braces for under-18s, private braces and "
        "clear aligners for adults and children, plus general dentistry for adults.",
        _HOME,
        hero=False,
    ),
    "/nhs-orthodontics/": _page(
        "/nhs-orthodontics/",
        201,
        "NHS Orthodontics for Under 18s",
        "Who qualifies for free NHS braces in Southampton: the under-18 rule, IOTN grades, referrals and waiting "
        "times.",
        _NHS,
        sidebar=True,
    ),
    "/adult-orthodontics/": _page(
        "/adult-orthodontics/",
        205,
        "Adult Orthodontics",
        "Braces and aligners for adults in Southampton: gum health, crowns and implants, short-term alignment.",
        _ADULT,
        sidebar=True,
    ),
    "/types-of-braces/": _page(
        "/types-of-braces/",
        209,
        "Types of Braces",
        "Metal, ceramic tooth-coloured and lingual braces explained by our specialist orthodontists.",
        _TYPES,
        sidebar=True,
    ),
    "/clear-aligners/": _page(
        "/clear-aligners/",
        213,
        "Clear Aligners (Invisalign)",
        "Invisalign clear aligners in Southampton: how they work, how long to wear them, attachments and eating.",
        _ALIGNERS,
        sidebar=True,
    ),
    "/your-first-visit/": _page(
        "/your-first-visit/",
        217,
        "Your First Visit",
        "Book your orthodontic consultation in Southampton: what happens, what to bring and referrals.",
        _FIRST_VISIT,
    ),
    "/treatment-stages/": _page(
        "/treatment-stages/",
        221,
        "Treatment Stages",
        "What happens during orthodontic treatment, step by step, and how long braces and aligners take.",
        _STAGES,
        sidebar=True,
    ),
    "/retainers/": _page(
        "/retainers/",
        225,
        "Retainers",
        "Bonded and removable retainers: how long to wear them, what to do if you lose one, and how to clean them.",
        _RETAINERS,
    ),
    "/brace-emergencies/": _page(
        "/brace-emergencies/",
        229,
        "Brace Emergencies",
        "Loose brackets, poking wires and other brace problems: what to do at home and out of hours.",
        _EMERGENCIES,
    ),
    "/living-with-braces/": _page(
        "/living-with-braces/",
        233,
        "Living with Braces",
        "Eating with braces, foods to avoid, and playing sport with a brace.",
        _LIVING,
        sidebar=True,
    ),
    "/cleaning-your-brace/": _page(
        "/cleaning-your-brace/",
        237,
        "Cleaning Your Brace",
        "How to keep your teeth and gums healthy with a fixed brace: brushing, interdental brushes and fluoride.",
        _CLEANING,
        sidebar=True,
    ),
    "/fees/": _page(
        "/fees/",
        241,
        "Orthodontic Fees &amp; Payment Plans",
        "Private orthodontic fees at Bellfield, what's included, 0% finance and family discounts.",
        _FEES,
    ),
    "/general-dentistry/": _page(
        "/general-dentistry/",
        245,
        "General Dentistry for Adults",
        "Private dental check-ups, hygienist visits and treatment for adults in Shirley, Southampton.",
        _GENERAL,
    ),
    "/teeth-whitening/": _page(
        "/teeth-whitening/",
        249,
        "Teeth Whitening After Braces",
        "Professional home whitening after orthodontic treatment: when to start, age rules and prices.",
        _WHITENING,
    ),
    "/our-team/": _page(
        "/our-team/",
        253,
        "Our Team",
        "Meet our specialist orthodontists, general dentist, hygienist and orthodontic therapists.",
        _TEAM,
    ),
    "/opening-hours/": _page(
        "/opening-hours/",
        257,
        "Opening Hours &amp; Appointments",
        "Opening hours, after-school appointments, booking and cancellation policy.",
        _HOURS,
    ),
    "/find-us/": _page(
        "/find-us/",
        261,
        "Find Us",
        "How to find Bellfield Orthodontics &amp; Dental on Shirley Road, Southampton: parking, buses and access.",
        _FIND_US,
    ),
    "/faqs/": _page(
        "/faqs/",
        265,
        "Frequently Asked Questions",
        "Answers to common questions about braces, aligners and orthodontic treatment at Bellfield.",
        _FAQS,
        sidebar=True,
    ),
}

QUESTIONS = [
    (
        "My daughter's 13 and her dentist says her teeth aren't 'bad enough' for free braces. How do they actually "
        "decide that?",
        "/nhs-orthodontics/",
    ),
    ("can my son still get braces on the nhs hes 17 and a half", "/nhs-orthodontics/"),
    (
        "I've got an implant where I lost a tooth years ago. Does that mean I can't have my teeth straightened?",
        "/adult-orthodontics/",
    ),
    (
        "Is there a brace that goes on the back of your teeth? I'm a receptionist and don't want anyone at work to "
        "see it",
        "/types-of-braces/",
    ),
    (
        "How many hours a day do you actually have to wear Invisalign? I was hoping to just wear them in bed",
        "/clear-aligners/",
    ),
    (
        "Do I need to get a referral from my dentist or can I just book myself in to talk about straightening my "
        "teeth?",
        "/your-first-visit/",
    ),
    ("what do we need to bring to my son's first appointment? he's 12", "/your-first-visit/"),
    ("Roughly how long will my daughter have to have train tracks on for?", "/treatment-stages/"),
    ("How often do you have to go back once the brace is on?", "/treatment-stages/"),
    ("i lost my retainer on holiday in spain what should i do", "/retainers/"),
    ("Do I really have to wear my retainer for the rest of my life??", "/retainers/"),
    (
        "One of the little metal squares has come unstuck and is sliding around on the wire. Do I need to come in "
        "today?",
        "/brace-emergencies/",
    ),
    ("the wire at the back is stabbing my cheek and its saturday night, what do i do", "/brace-emergencies/"),
    (
        "My lad plays rugby every Sunday morning for his club, does he need a special gumshield now he's got his "
        "brace?",
        "/living-with-braces/",
    ),
    ("toothbrush doesnt get under the wire properly, whats best to clean with", "/cleaning-your-brace/"),
    ("How much are ordinary metal train tracks for top and bottom?", "/fees/"),
    ("If both my twins need braces do we get any money off", "/fees/"),
    ("Are you taking on NHS patients for normal check-ups at the dentist side?", "/general-dentistry/"),
    ("how much is a scale and polish with the hygienist", "/general-dentistry/"),
    (
        "My daughter is 16 and has just had her braces off, she really wants her teeth whiter before her prom. Can "
        "you do that for her?",
        "/teeth-whitening/",
    ),
    ("Are your orthodontists proper specialists or just normal dentists who do braces on the side?", "/our-team/"),
    (
        "Have you got any appointments after school? He's already missed loads of lessons this term with other stuff",
        "/opening-hours/",
    ),
    ("Is there anywhere to park? I'll be bringing my mum and she can't walk far", "/find-us/"),
    ("Will my son still be able to play trumpet in the school band with braces on?", "/faqs/"),
    (
        "We're moving down from Leeds in the summer and my daughter is halfway through her braces up there. Can you "
        "carry on her treatment?",
        "/faqs/",
    ),
]

OUT_OF_SCOPE = [
    "Do you accept Bupa or Simplyhealth dental insurance?",
    "Can my daughter be sedated for having her brace fitted? She's terrified of anything dental",
    "Do you do composite bonding to even up the edges of my front teeth?",
    "Do you make anti-snoring mouthpieces?",
    "are you hiring any dental nurses at the moment",
    "Do you do home visits for housebound patients?",
    "What's the best Italian restaurant near Shirley High Street?",
    "What time do the Red Funnel ferries leave for Cowes on a Sunday?",
]
