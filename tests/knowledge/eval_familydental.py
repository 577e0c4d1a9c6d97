"""An evaluation site: Headingley Park Family Dental, a family dental practice with an orthodontist (Leeds, UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML is a WordPress site built with
WPBakery Page Builder (vc_row / wpb_column / wpb_text_column wrappers, vc_tta accordions, a theme sidebar with
widgets, a sticky header with a mega-menu and a cookie bar).
"""

NAME = "Headingley Park Family Dental"

_PHONE = "0113 274 9182"
_TEL = "tel:+441132749182"

_MENU = """
<nav id="site-navigation" class="main-navigation mega-menu-enabled" aria-label="Primary">
 <button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
  <span class="burger"></span>Menu</button>
 <div class="menu-main-menu-container">
 <ul id="primary-menu" class="menu nav-menu">
  <li id="menu-item-21" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-home">
   <a href="/">Home</a></li>
  <li id="menu-item-34" class="menu-item menu-item-has-children"><a href="/our-team/">About Us</a>
   <ul class="sub-menu">
    <li class="menu-item"><a href="/our-team/">Meet the Team</a></li>
    <li class="menu-item"><a href="/new-patients/">New Patients</a></li>
    <li class="menu-item"><a href="/accessibility/">Accessibility</a></li>
    <li class="menu-item"><a href="/practice-policies/">Practice Policies</a></li>
   </ul>
  </li>
  <li id="menu-item-40" class="menu-item menu-item-has-children mega-menu mega-menu-3-cols">
   <a href="#">Treatments</a>
   <div class="mega-menu-wrap"><div class="vc_row wpb_row vc_row-fluid">
    <div class="wpb_column vc_column_container vc_col-sm-4"><div class="vc_column-inner"><div class="wpb_wrapper">
     <h6 class="mega-menu-title">Everyday Dentistry</h6>
     <ul class="sub-menu">
      <li class="menu-item"><a href="/check-ups-hygiene/">Check-ups &amp; Hygiene</a></li>
      <li class="menu-item"><a href="/childrens-dentistry/">Children&#8217;s Dentistry</a></li>
      <li class="menu-item"><a href="/gum-disease-bad-breath/">Gum Disease &amp; Bad Breath</a></li>
      <li class="menu-item"><a href="/mouthguards-night-guards/">Mouthguards &amp; Night Guards</a></li>
     </ul>
    </div></div></div>
    <div class="wpb_column vc_column_container vc_col-sm-4"><div class="vc_column-inner"><div class="wpb_wrapper">
     <h6 class="mega-menu-title">Restorative</h6>
     <ul class="sub-menu">
      <li class="menu-item"><a href="/root-canal-treatment/">Root Canal Treatment</a></li>
      <li class="menu-item"><a href="/extractions-wisdom-teeth/">Extractions &amp; Wisdom Teeth</a></li>
      <li class="menu-item"><a href="/dentures-bridges/">Dentures &amp; Bridges</a></li>
     </ul>
    </div></div></div>
    <div class="wpb_column vc_column_container vc_col-sm-4"><div class="vc_column-inner"><div class="wpb_wrapper">
     <h6 class="mega-menu-title">Orthodontics</h6>
     <ul class="sub-menu">
      <li class="menu-item"><a href="/orthodontics/">Braces &amp; Clear Aligners</a></li>
     </ul>
    </div></div></div>
   </div></div>
  </li>
  <li id="menu-item-52" class="menu-item menu-item-has-children"><a href="/fees-finance/">Fees</a>
   <ul class="sub-menu">
    <li class="menu-item"><a href="/fees-finance/">Fees &amp; Finance</a></li>
    <li class="menu-item"><a href="/membership-plan/">Care Plan Membership</a></li>
   </ul>
  </li>
  <li id="menu-item-58" class="menu-item menu-item-emergency"><a href="/emergency-dentist/">Emergencies</a></li>
  <li id="menu-item-61" class="menu-item"><a href="/faqs/">FAQs</a></li>
  <li id="menu-item-63" class="menu-item"><a href="/find-us/">Find Us</a></li>
 </ul>
 </div>
</nav>
"""

_HEADER = f"""
<div id="cookie-law-info-bar" class="cli-bar-container cli-style-v2" data-cli-style="cli-style-v2">
 <span>We use cookies to give you the best experience on our website. Some are essential, others help us
 understand how the site is used. <a role="button" class="cli_settings_button" href="#">Cookie settings</a>
 <a role="button" id="cookie_action_close_header" class="medium cli-plugin-button cli_action_button" href="#">
 Accept all</a></span>
</div>
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="top-bar">
 <div class="container">
  <div class="top-bar-left"><i class="fa fa-phone"></i> <a href="{_TEL}">{_PHONE}</a>
   <span class="sep">|</span> <i class="fa fa-envelope"></i>
   <a href="mailto:hello@headingleyparkdental.co.uk">hello@headingleyparkdental.co.uk</a></div>
  <div class="top-bar-right">
   <a class="social-icon" href="https://www.facebook.com/headingleyparkdental"><i class="fa fa-facebook"></i></a>
   <a class="social-icon" href="https://www.instagram.com/headingleyparkdental"><i class="fa fa-instagram"></i></a>
  </div>
 </div>
</div>
<header id="masthead" class="site-header header-style-2 sticky-header" data-sticky="true">
 <div class="container">
  <div class="site-branding">
   <a href="/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/2021/03/hpfd-logo.png"
    class="custom-logo" alt="Headingley Park Family Dental" width="260" height="72"></a>
  </div>
  {_MENU}
  <div class="header-cta">
   <a class="vc_btn3 vc_btn3-size-md vc_btn3-shape-rounded vc_btn3-color-turquoise" href="/new-patients/">
    Book Now</a>
  </div>
 </div>
</header>
"""

_FOOTER = f"""
<section class="cta-strip">
 <div class="vc_row wpb_row vc_row-fluid">
  <div class="wpb_column vc_column_container vc_col-sm-8"><div class="vc_column-inner"><div class="wpb_wrapper">
   <h3>Ready to book? Our reception team would love to hear from you.</h3>
  </div></div></div>
  <div class="wpb_column vc_column_container vc_col-sm-4"><div class="vc_column-inner"><div class="wpb_wrapper">
   <a class="vc_btn3 vc_btn3-color-white" href="{_TEL}">Call {_PHONE}</a>
   <a class="vc_btn3 vc_btn3-color-turquoise" href="/new-patients/">Book Online</a>
  </div></div></div>
 </div>
</section>
<footer id="colophon" class="site-footer">
 <div class="footer-widgets container">
  <div class="footer-widget-area vc_col-sm-3">
   <section id="text-2" class="widget widget_text"><h4 class="widget-title">Headingley Park Family Dental</h4>
    <div class="textwidget"><p>47 Shaw Lane<br>Headingley<br>Leeds<br>LS6 4DH</p>
    <p>T: <a href="{_TEL}">{_PHONE}</a><br>
    E: <a href="mailto:hello@headingleyparkdental.co.uk">hello@headingleyparkdental.co.uk</a></p></div>
   </section>
  </div>
  <div class="footer-widget-area vc_col-sm-3">
   <section id="text-3" class="widget widget_text"><h4 class="widget-title">Opening Hours</h4>
    <div class="textwidget"><p>Monday to Friday from 8am<br>Late evenings Tuesday &amp; Thursday<br>
    Selected Saturday mornings</p><p><a href="/find-us/">Full opening times</a></p></div>
   </section>
  </div>
  <div class="footer-widget-area vc_col-sm-3">
   <section id="nav_menu-2" class="widget widget_nav_menu"><h4 class="widget-title">Quick Links</h4>
    <ul class="menu">
     <li><a href="/new-patients/">New Patients</a></li>
     <li><a href="/fees-finance/">Fees</a></li>
     <li><a href="/membership-plan/">Care Plan</a></li>
     <li><a href="/emergency-dentist/">Dental Emergencies</a></li>
     <li><a href="/practice-policies/">Policies &amp; Privacy</a></li>
    </ul>
   </section>
  </div>
  <div class="footer-widget-area vc_col-sm-3">
   <section id="custom_html-4" class="widget widget_custom_html"><h4 class="widget-title">Follow Us</h4>
    <div class="custom-html-widget">
     <a href="https://www.facebook.com/headingleyparkdental" class="social-icon">Facebook</a>
     <a href="https://www.instagram.com/headingleyparkdental" class="social-icon">Instagram</a>
     <a href="https://www.google.com/maps?cid=1209348812" class="social-icon">Google Reviews</a>
    </div>
   </section>
  </div>
 </div>
 <div class="site-info">
  <div class="container">
   <p>&copy; 2024 Headingley Park Family Dental Ltd. Registered in England No. 08123456.
   All our dentists and hygienists are registered with the General Dental Council.</p>
   <p class="footer-credit">Website by Pixel Tooth Media</p>
  </div>
 </div>
</footer>
</div>
<a href="#page" class="scroll-to-top"><i class="fa fa-angle-up"></i></a>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}
gtag('js',new Date());gtag('config','G-HPFD2021X');</script>
"""

_SIDEBAR = f"""
<aside id="secondary" class="widget-area sidebar-right">
 <section id="custom_html-2" class="widget widget_custom_html sidebar-book">
  <h3 class="widget-title">Book an Appointment</h3>
  <div class="custom-html-widget"><p>Call our friendly reception team or request an appointment online.</p>
   <a class="vc_btn3 vc_btn3-block vc_btn3-color-turquoise" href="{_TEL}">{_PHONE}</a>
   <a class="vc_btn3 vc_btn3-block vc_btn3-color-grey" href="/new-patients/">Request Online</a></div>
 </section>
 <section id="custom_html-3" class="widget widget_custom_html sidebar-care-plan">
  <h3 class="widget-title">Spread the Cost</h3>
  <div class="custom-html-widget"><p>Budget for your routine dental care with a monthly Care Plan.</p>
   <a href="/membership-plan/" class="read-more">Find out more &raquo;</a></div>
 </section>
 <section id="testimonials-widget-2" class="widget widget_testimonials">
  <h3 class="widget-title">What Our Patients Say</h3>
  <blockquote class="testimonial-item"><p>&ldquo;Always welcoming, never rushed, and my kids actually look
  forward to going. Can&#8217;t recommend them enough.&rdquo;</p><cite>&mdash; Claire, Adel</cite></blockquote>
 </section>
 <section id="recent-posts-3" class="widget widget_recent_entries">
  <h3 class="widget-title">From the Blog</h3>
  <ul>
   <li><a href="#">Five snacks that are kinder to little teeth</a></li>
   <li><a href="#">Electric or manual toothbrush? Our hygienist weighs in</a></li>
   <li><a href="#">We&#8217;re finalists again!</a></li>
  </ul>
 </section>
</aside>
"""


def _text(html: str) -> str:
    """One WPBakery text block."""
    return (
        '<div class="wpb_text_column wpb_content_element">\n<div class="wpb_wrapper">\n'
        + html.strip()
        + "\n</div>\n</div>"
    )


def _accordion(items: list[tuple[str, str, str]]) -> str:
    """A WPBakery vc_tta accordion: (anchor id, question, answer html)."""
    panels = []
    for anchor, question, answer in items:
        panels.append(
            f'<div class="vc_tta-panel" id="{anchor}" data-vc-content=".vc_tta-panel-body">\n'
            '<div class="vc_tta-panel-heading"><h4 class="vc_tta-panel-title vc_tta-controls-icon-position-left">'
            f'<a href="#{anchor}" data-vc-accordion data-vc-container=".vc_tta-container">'
            f'<span class="vc_tta-title-text">{question}</span>'
            '<i class="vc_tta-controls-icon vc_tta-controls-icon-plus"></i></a></h4></div>\n'
            '<div class="vc_tta-panel-body">\n' + _text(answer) + "\n</div>\n</div>"
        )
    return (
        '<div class="vc_tta-container" data-vc-action="collapse">\n'
        '<div class="vc_general vc_tta vc_tta-accordion vc_tta-color-grey vc_tta-style-classic '
        'vc_tta-shape-rounded vc_tta-o-shape-group vc_tta-controls-align-left">\n'
        '<div class="vc_tta-panels-container"><div class="vc_tta-panels">\n'
        + "\n".join(panels)
        + "\n</div></div>\n</div>\n</div>"
    )


def _page(title: str, description: str, body: str, sidebar: bool = True, slug: str = "page") -> str:
    """A full document: head, sticky header, page-title bar, WPBakery row(s), sidebar and footer."""
    doc_title = NAME if title == "Home" else f"{title} | {NAME}"
    if sidebar:
        main = (
            '<div class="vc_row wpb_row vc_row-fluid content-with-sidebar">\n'
            '<div class="wpb_column vc_column_container vc_col-sm-8"><div class="vc_column-inner">'
            '<div class="wpb_wrapper">\n' + body + "\n</div></div></div>\n"
            '<div class="wpb_column vc_column_container vc_col-sm-4"><div class="vc_column-inner">'
            '<div class="wpb_wrapper">\n' + _SIDEBAR + "\n</div></div></div>\n</div>"
        )
    else:
        main = body
    title_bar = (
        ""
        if title == "Home"
        else (
            '<div class="page-title-bar"><div class="container"><h1 class="entry-title">' + title + "</h1>"
            '<nav class="breadcrumbs"><a href="/">Home</a> &rsaquo; <span>' + title + "</span></nav></div></div>"
        )
    )
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{doc_title}</title>
<meta name="description" content="{description}">
<meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:locale" content="en_GB">
<meta property="og:type" content="website">
<meta property="og:title" content="{doc_title}">
<meta property="og:site_name" content="{NAME}">
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css" media="all">
<link rel="stylesheet" id="js_composer_front-css" href="/wp-content/plugins/js_composer/assets/css/js_composer.min.css"
 media="all">
<link rel="stylesheet" id="dentalia-style-css" href="/wp-content/themes/dentalia/style.css" media="all">
<link rel="stylesheet" id="font-awesome-css" href="/wp-content/themes/dentalia/css/font-awesome.min.css" media="all">
<link rel="icon" href="/wp-content/uploads/2021/03/cropped-hpfd-icon-32x32.png" sizes="32x32">
</head>
<body class="page-template-default page page-{slug} wpb-js-composer js-comp-ver-6.10.0 vc_responsive">
{_HEADER}
<div id="content" class="site-content">
{title_bar}
<div class="container">
<main id="main" class="site-main">
<article class="page type-page status-publish hentry">
<div class="entry-content">
{main}
</div>
</article>
</main>
</div>
</div>
{_FOOTER}
</body>
</html>
"""


def _row(*blocks: str, cols: str = "vc_col-sm-12") -> str:
    """A full-width WPBakery row holding one or more columns."""
    inner = "\n".join(
        f'<div class="wpb_column vc_column_container {cols}"><div class="vc_column-inner"><div class="wpb_wrapper">\n'
        + b
        + "\n</div></div></div>"
        for b in blocks
    )
    return '<div class="vc_row wpb_row vc_row-fluid">\n' + inner + "\n</div>"


_TESTIMONIALS = """
<div class="vc_row wpb_row vc_row-fluid testimonials-row vc_row-has-fill">
<div class="wpb_column vc_column_container vc_col-sm-12"><div class="vc_column-inner"><div class="wpb_wrapper">
<h2 class="vc_custom_heading" style="text-align:center">Kind Words From Our Patients</h2>
<div class="testimonial-carousel owl-carousel" data-items="3">
 <div class="testimonial-item"><div class="stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
  <p>&ldquo;I hadn&#8217;t been to a dentist in nine years and was dreading it. Nobody lectured me, they just
  explained everything and got me sorted. Wish I&#8217;d come sooner.&rdquo;</p><cite>Mark T., Kirkstall</cite></div>
 <div class="testimonial-item"><div class="stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
  <p>&ldquo;Both my girls had their braces done here. Brilliant results and the team were so patient with
  two moody teenagers!&rdquo;</p><cite>Joanne P., Meanwood</cite></div>
 <div class="testimonial-item"><div class="stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
  <p>&ldquo;Lovely practice, spotless, and appointments actually run on time. The hygienist is the most
  thorough I&#8217;ve ever seen.&rdquo;</p><cite>Priya S., Far Headingley</cite></div>
</div>
</div></div></div>
</div>
"""

HTML: dict[str, str] = {}

# ---------------------------------------------------------------- home
HTML["/"] = _page(
    "Home",
    "Friendly family dentist in Headingley, Leeds. Check-ups, hygiene, children's dentistry, braces and "
    "clear aligners, emergencies.",
    _row(
        """
<div class="hero-banner vc_custom_1617201010">
 <h1 class="hero-title">Unhurried, friendly dentistry for the whole family</h1>
 <p class="hero-sub">In the heart of Headingley, north Leeds</p>
 <a class="vc_btn3 vc_btn3-size-lg vc_btn3-color-turquoise" href="/new-patients/">Become a Patient</a>
 <a class="vc_btn3 vc_btn3-size-lg vc_btn3-color-white" href="/emergency-dentist/">In Pain? Get Help</a>
</div>
"""
    )
    + "\n"
    + _row(
        _text(
            """
<h2>Welcome to Headingley Park Family Dental</h2>
<p>Families in Headingley, Far Headingley, Weetwood and Kirkstall have trusted this practice since it first
opened its doors on Shaw Lane in 1998. Dr Aisha Rahman, who trained at the Leeds Dental Institute just down
the road, joined as an associate in 2006 and took over as owner in 2012 when our founder, Dr Peter Ackroyd,
retired. Since then we have refurbished the whole building, added a dedicated hygiene room and welcomed a
specialist orthodontist to the team.</p>
<p>We are deliberately small. Our dentists book longer appointments than most, so there is always time to
talk through your options, ask questions and never feel rushed out of the chair. Many of our patients have
been with us for three generations &ndash; grandparents, parents and now grandchildren.</p>
<p>In 2023 we were named a finalist for Practice of the Year in the Yorkshire Dental Awards, and we hold a
4.9 star rating from more than 600 Google reviews. We are very proud of both, but prouder still of the
patients who tell their friends about us.</p>
"""
        ),
        cols="vc_col-sm-12",
    )
    + "\n"
    + _row(
        _text(
            """<div class="icon-box"><i class="fa fa-smile-o"></i><h4>Everyday Care</h4>
<p>Check-ups, hygiene visits and advice to keep healthy mouths healthy.</p>
<a href="/check-ups-hygiene/" class="read-more">Read more</a></div>"""
        ),
        _text(
            """<div class="icon-box"><i class="fa fa-child"></i><h4>Children</h4>
<p>Gentle, fun first visits and prevention that lasts a lifetime.</p>
<a href="/childrens-dentistry/" class="read-more">Read more</a></div>"""
        ),
        _text(
            """<div class="icon-box"><i class="fa fa-align-center"></i><h4>Straighter Smiles</h4>
<p>Fixed braces and clear aligners with our specialist orthodontist.</p>
<a href="/orthodontics/" class="read-more">Read more</a></div>"""
        ),
        _text(
            """<div class="icon-box"><i class="fa fa-medkit"></i><h4>Dental Emergencies</h4>
<p>Toothache, swelling or a broken tooth? Here is what to do.</p>
<a href="/emergency-dentist/" class="read-more">Read more</a></div>"""
        ),
        cols="vc_col-sm-3",
    )
    + "\n"
    + _TESTIMONIALS,
    sidebar=False,
    slug="home",
)

# ---------------------------------------------------------------- check-ups and hygiene
HTML["/check-ups-hygiene/"] = _page(
    "Check-ups &amp; Hygiene",
    "Routine dental examinations, hygienist appointments and direct access hygiene in Headingley, Leeds.",
    _text(
        """
<h2>Your routine examination</h2>
<p>A routine examination with one of our dentists lasts around 20 minutes. It is far more than a quick look
for holes. At every check-up we:</p>
<ul>
 <li>update your medical history and ask about any changes or concerns;</li>
 <li>check each tooth, your existing fillings and crowns;</li>
 <li>measure your gum health with a basic periodontal examination (BPE score);</li>
 <li>carry out a mouth cancer screen of your tongue, cheeks, lips, throat and the glands in your neck;</li>
 <li>take X-rays only when they are needed &ndash; for most adults with a low decay risk that is a pair of
 small &lsquo;bitewing&rsquo; X-rays every two years.</li>
</ul>
<h3>How often should I come?</h3>
<p>Not everyone needs to be seen every six months. Following NICE guidance, your dentist will recommend a
recall interval based on your own risk of decay, gum disease and other problems. For adults this can be
anywhere from every 3 months to every 24 months; children are usually seen every 6 to 12 months. We will
explain why we have chosen your interval and review it at every visit.</p>
"""
    )
    + "\n"
    + _text(
        """
<h2>Hygiene appointments</h2>
<p>Our hygienist, Rachel, cleans away the hardened tartar (calculus) and stubborn staining that a toothbrush
cannot shift, using an ultrasonic scaler and then an Airflow polish, which uses a fine jet of warm water,
air and powder to lift tea, coffee, red wine and smoking stains. Most patients book a 30 minute visit; if
you have a lot of build-up, wear braces or have a history of gum problems we may suggest 45 minutes.</p>
<p>Just as importantly, Rachel will show you how to clean between your teeth properly, which interdental
brush sizes suit you and how to get the best from an electric toothbrush.</p>
"""
    )
    + "\n"
    + _text(
        """
<h2>Direct access &ndash; see the hygienist without a dental check-up</h2>
<p>You do not have to be a registered patient of one of our dentists to book with our hygienist. Under
&lsquo;direct access&rsquo; you can book a hygiene appointment on its own. You will need to fill in a
medical history form beforehand, and please be aware that a hygienist cannot diagnose decay or carry out
fillings. If you have not had a dental examination anywhere in the last two years, we will strongly
recommend one. Direct access is not suitable if you need antibiotic cover before dental treatment or are
having active cancer treatment &ndash; in that case please book with a dentist first.</p>
<p><a class="vc_btn3 vc_btn3-color-turquoise" href="/new-patients/">Book a hygiene visit</a>
<a class="read-more" href="/fees-finance/">See our fees</a></p>
"""
    ),
    slug="check-ups-hygiene",
)

# ---------------------------------------------------------------- children
HTML["/childrens-dentistry/"] = _page(
    "Children&#8217;s Dentistry",
    "Gentle dentistry for babies, children and teenagers in Headingley, Leeds.",
    _text(
        """
<h2>When should my child first see the dentist?</h2>
<p>Bring your baby along as soon as their first tooth appears, and certainly by their first birthday. The
very first visits are mostly about getting used to us: a ride up and down in the chair, counting teeth with
a mirror and a sticker at the end. Early visits let us spot problems before they start and give you advice
on feeding, teething and brushing. It is never too late to start, either &ndash; if your child is older and
has never been, just book them in.</p>
<p>We keep our after-school slots between 3.30pm and 5.30pm for children wherever we can, so they miss as
little of the school day as possible.</p>
"""
    )
    + "\n"
    + _text(
        """
<h2>Toothpaste and brushing &ndash; what the guidance says</h2>
<table class="kids-toothpaste-table">
 <thead><tr><th>Age</th><th>Toothpaste</th><th>How much</th></tr></thead>
 <tbody>
  <tr><td>Up to 3 years</td><td>At least 1,000ppm fluoride</td><td>A smear (the size of a grain of rice)</td></tr>
  <tr><td>3 to 6 years</td><td>1,000 to 1,500ppm fluoride</td><td>A pea-sized amount</td></tr>
  <tr><td>7 and over</td><td>1,350 to 1,500ppm fluoride (family toothpaste)</td><td>A pea-sized amount</td></tr>
 </tbody>
</table>
<p>Brush twice a day, last thing at night and one other time. Encourage them to spit out afterwards but not
rinse with water, so the fluoride keeps working. Children need an adult to help or supervise brushing until
they are about 7.</p>
"""
    )
    + "\n"
    + _text(
        """
<h2>Prevention that works</h2>
<ul>
 <li><strong>Fluoride varnish</strong> &ndash; painted on twice a year from the age of 3 to strengthen enamel.</li>
 <li><strong>Fissure sealants</strong> &ndash; a thin protective coating on the grooves of the first adult
 back teeth, usually at around 6 or 7 years old. No drilling or injections.</li>
 <li><strong>Diet advice</strong> &ndash; keeping sugary food and drinks to mealtimes makes a big difference.</li>
</ul>
<h3>If a baby tooth needs treatment</h3>
<p>Wherever possible we treat decay in milk teeth gently, using tooth-coloured fillings or, on back teeth,
small pre-formed metal crowns that can often be fitted without an injection (the Hall technique). Baby
teeth matter: they hold the space for the adult teeth underneath.</p>
"""
    ),
    slug="childrens-dentistry",
)

# ---------------------------------------------------------------- orthodontics
HTML["/orthodontics/"] = _page(
    "Braces &amp; Clear Aligners",
    "Fixed braces and Invisalign clear aligners for teenagers and adults with a specialist orthodontist in Leeds.",
    _text(
        """
<h2>Specialist orthodontics in Headingley</h2>
<p>All of our orthodontic treatment is planned and carried out by Dr Sofia Marchetti, who is on the General
Dental Council&#8217;s specialist list in orthodontics. Treatment starts with a consultation where she
examines your bite, takes photographs and a 3D scan, and talks you through which options would suit you.
You do not need a referral from your dentist, and you do not need to be a patient of the practice.</p>
<h3>What age?</h3>
<p>We like to see children for an orthodontic check at around 9 or 10, when we can spot problems with jaw
growth early. Most braces for teenagers are fitted between 11 and 14, once the adult teeth are through.
There is no upper age limit &ndash; about a third of our orthodontic patients are adults &ndash; as long as
your teeth and gums are healthy.</p>
"""
    )
    + "\n"
    + _text(
        """
<h2>Fixed braces</h2>
<p>Fixed braces use small brackets bonded to each tooth, joined by a thin wire. You can choose metal
brackets or tooth-coloured ceramic ones, which are much less noticeable. Treatment usually takes 12 to 24
months, with an adjustment appointment every 6 to 8 weeks. Fixed braces are the most versatile option and
are best for complex bites.</p>
<h2>Clear aligners (Invisalign)</h2>
<p>Invisalign uses a series of clear, removable trays, each worn for one to two weeks, that gradually move
the teeth. They must be worn for around 22 hours a day, coming out only to eat, drink anything other than
water, and clean your teeth. Aligners suit mild to moderate crowding and spacing in adults and in
responsible teenagers; the teen aligners include small blue wear indicators so parents and Dr Marchetti
can see they are being worn.</p>
<h2>Retainers</h2>
<p>Teeth try to drift back after treatment, so everyone finishes with retainers: a thin bonded wire behind
the front teeth and a clear removable retainer to wear at night. Night-time wear is for life.</p>
"""
    )
    + "\n"
    + _text(
        """
<h2>Orthodontic fees</h2>
<table class="fees-table ortho-fees">
 <thead><tr><th>Treatment</th><th>Fee</th></tr></thead>
 <tbody>
  <tr><td>Orthodontic consultation (deducted if you go ahead)</td><td>&pound;75</td></tr>
  <tr><td>Fixed metal braces, upper and lower</td><td>&pound;3,200</td></tr>
  <tr><td>Fixed ceramic (tooth-coloured) braces, upper and lower</td><td>&pound;3,650</td></tr>
  <tr><td>Invisalign Lite (up to 14 aligners)</td><td>from &pound;2,450</td></tr>
  <tr><td>Invisalign Comprehensive</td><td>&pound;3,950</td></tr>
  <tr><td>Replacement clear retainer (per arch)</td><td>&pound;140</td></tr>
 </tbody>
</table>
<p>Fees include retainers and twelve months of retainer checks after treatment.</p>
<h3>Can my child have braces on the NHS?</h3>
<p>We do not hold an NHS orthodontic contract, so we cannot provide NHS braces here. Children under 18 with
a severe need for treatment (IOTN grade 4 or 5) may be eligible for NHS treatment at an NHS orthodontic
practice; Dr Marchetti can assess your child and tell you whether they are likely to qualify, and your
dentist can make the referral. Please be aware that NHS orthodontic waiting lists in Leeds are currently
around two to three years.</p>
"""
    ),
    slug="orthodontics",
)

# ---------------------------------------------------------------- root canal
HTML["/root-canal-treatment/"] = _page(
    "Root Canal Treatment",
    "Comfortable root canal treatment to save infected or badly damaged teeth. Headingley, Leeds.",
    _text(
        """
<h2>Saving a tooth rather than losing it</h2>
<p>Inside every tooth is the pulp &ndash; the nerve and blood supply. When deep decay, a crack or an old
knock lets bacteria reach the pulp, it becomes inflamed and eventually dies, which can cause severe
toothache or an abscess. Root canal treatment removes the infected pulp, cleans and shapes the canals
inside the root and seals them, so you can keep your own tooth.</p>
<p>Typical warning signs are pain that lingers after hot or cold drinks, throbbing that keeps you awake,
pain on biting, a gumboil or a tooth that has gone darker than its neighbours.</p>
"""
    )
    + "\n"
    + _text(
        """
<h2>What happens</h2>
<p>Most root canal treatments are carried out by Dr Tom Whitaker, who has a special interest in
endodontics. Treatment usually takes one or two appointments of 60 to 90 minutes. We always use a rubber
dam (a thin sheet that isolates the tooth), magnification and modern rotary instruments, which makes
treatment quicker and more predictable. Success rates are around 85 to 90 per cent.</p>
"""
    )
    + "\n"
    + _accordion(
        [
            (
                "rct-hurt",
                "Does root canal treatment hurt?",
                "<p>Honestly, no more than having a filling. The tooth is fully numbed with local anaesthetic "
                "before we start, and most patients are surprised how comfortable it is. The toothache you "
                "came in with usually settles quickly once the infected pulp is removed.</p>",
            ),
            (
                "rct-after",
                "How will it feel afterwards?",
                "<p>The tooth may feel bruised or tender to bite on for a few days. Ibuprofen or paracetamol, "
                "taken as directed on the packet, is normally all you need. Avoid chewing hard food on that "
                "side until the permanent restoration is in place.</p>",
            ),
            (
                "rct-crown",
                "Will I need a crown afterwards?",
                "<p>Back teeth (molars and premolars) that have had root canal treatment become more brittle "
                "and are prone to splitting, so we almost always recommend a crown or onlay within a few "
                "months. Front teeth can often be restored with a filling alone.</p>",
            ),
            (
                "rct-alternative",
                "What is the alternative?",
                "<p>The only alternative is to take the tooth out. We will always explain both options "
                "honestly, including what it would take to replace the tooth afterwards.</p>",
            ),
        ]
    ),
    slug="root-canal-treatment",
)

# ---------------------------------------------------------------- extractions
HTML["/extractions-wisdom-teeth/"] = _page(
    "Extractions &amp; Wisdom Teeth",
    "Tooth extractions and wisdom tooth removal in Headingley, Leeds, with aftercare advice.",
    _text(
        """
<h2>When a tooth has to come out</h2>
<p>We always try to save teeth, but sometimes an extraction is the kindest and most sensible option &ndash;
for a tooth that is broken beyond repair, badly loose from gum disease, or to make room for orthodontic
treatment. Most extractions are straightforward and take only a few minutes once the area is numb. Teeth
with curved roots, or teeth that have broken off at the gum, may need a <em>surgical extraction</em>, where a
small flap of gum is lifted and a stitch or two placed afterwards.</p>
<h2>Wisdom teeth</h2>
<p>Wisdom teeth usually arrive between 17 and 25. Many come through without any fuss. Others get stuck
(impacted) against the tooth in front, and food trapped around them causes repeated painful infections of the
gum, called pericoronitis. We only recommend removing wisdom teeth when they are causing problems, in line
with NICE guidelines.</p>
<p>Dr Rahman removes most upper and many lower wisdom teeth here at the practice. If an X-ray shows that a
lower wisdom tooth is sitting close to the nerve that supplies feeling to your lip and chin, we will arrange
a 3D (CBCT) scan, and deeply buried teeth are referred to an oral surgeon, either privately or through the
NHS oral surgery service at Leeds Dental Institute.</p>
"""
    )
    + "\n"
    + _text(
        """
<h2>Looking after the socket</h2>
<ul>
 <li>Bite firmly on the gauze we give you for 20 minutes. If it oozes later, roll up a clean damp
 handkerchief and bite on it for another 20 minutes.</li>
 <li>For the first 24 hours do not rinse your mouth, do not drink through a straw and avoid hot drinks,
 alcohol and strenuous exercise.</li>
 <li>Please don&#8217;t smoke or vape for at least 48 hours &ndash; it is the biggest single cause of a dry
 socket.</li>
 <li>From the next day, rinse gently with warm salty water (half a teaspoon of salt in a glass of water)
 after meals for a week.</li>
 <li>Some swelling and stiffness is normal after wisdom teeth and peaks around day two.</li>
</ul>
<h3>Dry socket</h3>
<p>If the blood clot is lost from the socket, the bone underneath is exposed. This is a &lsquo;dry
socket&rsquo;: pain that gets worse rather than better two to four days after the extraction, often
spreading to the ear, with a bad taste or smell. It is not an infection and it is very treatable &ndash;
call us and we will see you the same day to clean and dress the socket, which usually brings relief
within hours.</p>
"""
    ),
    slug="extractions-wisdom-teeth",
)

# ---------------------------------------------------------------- dentures and bridges
HTML["/dentures-bridges/"] = _page(
    "Dentures &amp; Bridges",
    "Full and partial dentures, denture repairs and dental bridges to replace missing teeth. Headingley, Leeds.",
    _text(
        """
<h2>Dentures</h2>
<p>Modern dentures are a long way from the ones your grandparents wore. We work closely with Aire Valley
Dental Laboratory in Rodley, whose technicians hand-finish every denture we fit.</p>
<ul>
 <li><strong>Full (complete) dentures</strong> replace all the teeth in the upper or lower jaw.</li>
 <li><strong>Partial dentures</strong> replace a few teeth and clip onto your own. A cobalt chrome metal
 framework makes them thinner, stronger and more comfortable than all-acrylic partials.</li>
 <li><strong>Immediate dentures</strong> are made in advance and fitted on the day teeth are taken out, so
 you are never without teeth. They need relining after a few months as the gums shrink.</li>
</ul>
<p>Making a new denture takes four or five appointments over six to eight weeks: impressions, bite
records, a &lsquo;try-in&rsquo; in wax so you can approve the look, the fit, and a review a week later.</p>
<h3>Broken denture? Same-day repairs</h3>
<p>Cracked a plate or snapped a tooth off? Call us first thing. If you can bring the denture in before 10am
on a weekday, our lab can usually collect it, repair it and have it back to you by 4pm the same day. Please
don&#8217;t try to glue it yourself &ndash; superglue makes a proper repair much harder.</p>
<h3>Caring for your dentures</h3>
<p>Clean them twice a day over a bowl of water (so they don&#8217;t break if dropped) with a soft brush and
a non-abrasive denture cleaner &ndash; not toothpaste, which scratches. Take them out at night and keep them
in water. Keep coming for check-ups even if you have no teeth of your own, so we can check your gums and
carry out a mouth cancer screen.</p>
"""
    )
    + "\n"
    + _text(
        """
<h2>Bridges</h2>
<p>A bridge is a fixed way to fill a gap: a false tooth attached to the teeth on either side, so it
doesn&#8217;t come out like a denture.</p>
<ul>
 <li><strong>Adhesive (Maryland) bridges</strong> are bonded to the back of a neighbouring tooth with a
 small metal or ceramic wing. Little or no drilling is needed, which makes them ideal for front teeth.</li>
 <li><strong>Conventional bridges</strong> are held by crowns on the neighbouring teeth. They are very
 strong, and a good option when those teeth already have large fillings.</li>
</ul>
<p>Cleaning under a bridge is important &ndash; our hygienist will show you how to use floss threaders or
Superfloss.</p>
"""
    ),
    slug="dentures-bridges",
)

# ---------------------------------------------------------------- gum disease and bad breath
HTML["/gum-disease-bad-breath/"] = _page(
    "Gum Disease &amp; Bad Breath",
    "Treatment for bleeding gums, periodontitis and bad breath (halitosis) in Headingley, Leeds.",
    _text(
        """
<h2>Gum disease</h2>
<p>Gum disease is the most common reason adults lose teeth, and it is usually painless until it is quite
advanced. It starts as <strong>gingivitis</strong>: red, puffy gums that bleed when you brush or floss.
Gingivitis is completely reversible with better cleaning and a professional clean. Left alone, it can
progress to <strong>periodontitis</strong>, where the bone supporting the teeth is slowly lost.</p>
<p>Signs to look out for:</p>
<ul>
 <li>gums that bleed when you brush, floss or eat an apple &ndash; bleeding is never normal;</li>
 <li>gums shrinking back, making teeth look longer;</li>
 <li>teeth that have moved, developed gaps or feel loose;</li>
 <li>persistent bad breath or a bad taste.</li>
</ul>
<p>Smoking, diabetes, stress and a family history all increase your risk. Smokers often notice less
bleeding, because smoking hides the warning signs.</p>
<h3>How we treat it</h3>
<p>After a full gum assessment, in which we measure the pockets around every tooth, our hygienist carries
out a deep clean below the gum line (root surface debridement), under local anaesthetic if needed, usually
over two to four visits. We re-check your gums three months later. Once things are stable, most patients
with a history of periodontitis need a hygiene visit every three months to keep it that way.</p>
"""
    )
    + "\n"
    + _text(
        """
<h2>Bad breath (halitosis)</h2>
<p>Bad breath is embarrassing, and often the person affected is the last to know. Around nine times out of
ten the cause is in the mouth, not the stomach. The most common culprits are:</p>
<ul>
 <li>a coating of bacteria on the back of the tongue;</li>
 <li>gum disease and food trapped between the teeth;</li>
 <li>a dry mouth, from medication, mouth breathing or not drinking enough;</li>
 <li>tonsil stones, smoking, and strong foods such as garlic and onion.</li>
</ul>
<p>Our 45 minute halitosis appointment is unhurried and confidential. We look for the cause, clean
thoroughly, and show you how to use a tongue scraper properly. Mouthwash alone only masks the smell for an
hour or two. If we find nothing in the mouth, we will write to your GP.</p>
"""
    ),
    slug="gum-disease-bad-breath",
)

# ---------------------------------------------------------------- mouthguards and night guards
HTML["/mouthguards-night-guards/"] = _page(
    "Mouthguards &amp; Night Guards",
    "Custom-made sports mouthguards and night guards for teeth grinding and clenching. Headingley, Leeds.",
    _text(
        """
<h2>Custom sports mouthguards</h2>
<p>Boil-and-bite guards from sports shops are better than nothing, but they are bulky, fall out and make it
hard to breathe and talk &ndash; so players often don&#8217;t wear them. A custom-fitted guard made from a
scan of your teeth is thinner, stays put, and spreads the force of a knock far more effectively.</p>
<p>We recommend them for rugby, hockey, lacrosse, boxing and martial arts, and for anyone playing contact
sport. It takes one short appointment to scan your teeth, and the guard is ready to collect in 7 to 10
working days. Choose from over 20 colours, including two-colour designs in your club colours, and add a name
or number.</p>
<p>Children&#8217;s mouths change quickly as new teeth come through, so young players usually need a new
guard every season. Please also bring mouthguards to your check-ups so we can check the fit.</p>
"""
    )
    + "\n"
    + _text(
        """
<h2>Teeth grinding and clenching (bruxism)</h2>
<p>Many people grind or clench their teeth in their sleep without knowing it &ndash; often it is a partner
who hears it. Signs include:</p>
<ul>
 <li>an aching jaw or tight face muscles when you wake;</li>
 <li>headaches first thing in the morning, especially around the temples;</li>
 <li>teeth that look flattened, chipped or worn, or fillings that keep breaking;</li>
 <li>clicking jaw joints or sensitive teeth.</li>
</ul>
<p>A custom <strong>night guard</strong> (splint) protects your teeth and lets the jaw muscles relax. For
most people we recommend a hard acrylic splint for the upper teeth, which is durable and carefully adjusted
to your bite; a softer guard can be a good short-term option. We will also talk about stress, caffeine and
alcohol, which make grinding worse.</p>
<h3>Looking after your guard</h3>
<p>Rinse your guard after use and brush it gently with cool water and mild soap. Never use hot water, which
can warp it. Store it in its ventilated case, away from pets &ndash; dogs love chewing them!</p>
"""
    ),
    slug="mouthguards-night-guards",
)

# ---------------------------------------------------------------- emergencies
HTML["/emergency-dentist/"] = _page(
    "Dental Emergencies",
    "Emergency dental appointments and out-of-hours advice in Headingley, Leeds. Toothache, swelling, "
    "knocked-out teeth.",
    _text(
        f"""
<div class="vc_message_box vc_message_box-standard vc_color-danger">
<p><strong>In pain?</strong> Call us on <a href="{_TEL}">{_PHONE}</a> as soon as we open.</p>
</div>
<h2>During opening hours</h2>
<p>We hold emergency appointments back every day for patients in pain. Please phone rather than email or
message us on social media, so we can ask a few questions and find you the right slot. Registered patients
are always seen the same day. If you are not yet a patient we will do our very best to see you, and if we
cannot, we will tell you straight away so you can try elsewhere.</p>
<h2>Evenings, weekends and holidays</h2>
<p>If you are a registered patient, call the practice number and listen to the recorded message, which gives
the mobile number of our on-call dentist. They can give advice over the phone and, if needed, arrange to see
you. If you are not registered with us, please call <strong>NHS 111</strong>, who can book you into the
urgent dental care service in Leeds.</p>
<h2>When to go to A&amp;E</h2>
<p>Go straight to A&amp;E at Leeds General Infirmary, or call 999, if you have:</p>
<ul>
 <li>swelling of the face or neck that is affecting your breathing or swallowing, or making your eye close;</li>
 <li>bleeding from the mouth that has not stopped after 20 minutes of firm pressure;</li>
 <li>a head injury, loss of consciousness, double vision or a possible broken jaw.</li>
</ul>
<p>A swollen face with a fever but no breathing difficulty is urgent but not a 999 call: ring us, or NHS 111
out of hours, the same day.</p>
"""
    )
    + "\n"
    + _text(
        """
<h2>Knocked-out tooth</h2>
<p><strong>Adult tooth:</strong> time is everything. Pick it up by the crown (the white part), not the root.
If it is dirty, rinse it briefly in milk or under cold water for no more than ten seconds. Push it gently
back into the socket and bite on a clean cloth to hold it. If you can&#8217;t put it back, keep it in milk
or in the cheek (not for young children, who might swallow it). Get to a dentist within an hour.</p>
<p><strong>Baby tooth:</strong> never put a knocked-out milk tooth back, as this can damage the adult tooth
developing underneath. Keep your child comfortable and call us so we can check for any other damage.</p>
<h2>Other problems</h2>
<p>A lost filling or crown is rarely an emergency: keep the crown safe, and a temporary filling kit from the
chemist will protect the tooth until we can see you. For a broken tooth with a sharp edge, cover it with
sugar-free chewing gum or orthodontic wax.</p>
<p><a class="read-more" href="/fees-finance/">Emergency appointment fees</a></p>
"""
    ),
    slug="emergency-dentist",
)

# ---------------------------------------------------------------- membership plan
HTML["/membership-plan/"] = _page(
    "Care Plan Membership",
    "Spread the cost of routine dental care with the Headingley Park Care Plan, from a small monthly payment.",
    _text(
        """
<h2>The Headingley Park Care Plan</h2>
<p>Our Care Plan turns your routine dental care into one small monthly payment, so you never put off a
check-up because of the cost. Most of our adult patients are members. The plan is administered for us by
Practice Plan Ltd, and payments are collected by monthly Direct Debit on the 1st of each month.</p>
"""
    )
    + "\n"
    + _text(
        """
<table class="fees-table care-plan-table">
 <thead><tr><th>Plan</th><th>Monthly</th><th>What&#8217;s included each year</th></tr></thead>
 <tbody>
  <tr><td><strong>Essential Care</strong> (adults)</td><td>&pound;17.50</td>
   <td>2 dental examinations, 2 hygiene visits (30 minutes), routine X-rays</td></tr>
  <tr><td><strong>Gum Care</strong> (adults)</td><td>&pound;24.95</td>
   <td>2 dental examinations, 4 hygiene visits (45 minutes), routine X-rays</td></tr>
  <tr><td><strong>Child Care</strong> (5 to 17 years)</td><td>&pound;8.50</td>
   <td>All examinations your child needs, fluoride varnish, fissure sealants, routine X-rays</td></tr>
  <tr><td><strong>Little Smiles</strong> (under 5s)</td><td>Free</td>
   <td>For children under 5 when a parent or guardian is a Care Plan member</td></tr>
 </tbody>
</table>
"""
    )
    + "\n"
    + _text(
        """
<h2>Member benefits</h2>
<ul>
 <li>10% off all other treatment at the practice, including fillings, crowns and dentures (orthodontic
 treatment excluded).</li>
 <li>Worldwide Dental Accident &amp; Emergency cover: if you are injured or need emergency care while away
 from home, even abroad, you can claim back the cost up to the policy limits.</li>
 <li>Priority booking for emergency appointments.</li>
</ul>
<h2>Joining and leaving</h2>
<p>To join, you first need a new patient examination at the normal fee, so that we know your mouth is
healthy enough for the plan. If you have active gum disease, we will ask you to complete a course of gum
treatment before joining the Gum Care plan. There is <strong>no joining fee and no minimum term</strong>:
you can leave at any time by giving us one month&#8217;s notice in writing. Fees are reviewed once a year
and we always give members at least 30 days&#8217; notice of any change.</p>
<p><a class="vc_btn3 vc_btn3-color-turquoise" href="/new-patients/">Join the Care Plan</a></p>
"""
    ),
    slug="membership-plan",
)

# ---------------------------------------------------------------- fees and finance
HTML["/fees-finance/"] = _page(
    "Fees &amp; Finance",
    "Our dental fees, payment options and interest-free finance. Headingley Park Family Dental, Leeds.",
    _text(
        """
<h2>Our fees</h2>
<p>You will always receive a written treatment plan and estimate before any treatment other than an
examination or an emergency appointment. Estimates are valid for six months. Care Plan members receive a
discount on many of the treatments below &ndash; see <a href="/membership-plan/">Care Plan Membership</a>.
Orthodontic fees are listed on our <a href="/orthodontics/">Braces &amp; Clear Aligners</a> page.</p>
"""
    )
    + "\n"
    + _text(
        """
<table class="fees-table">
 <thead><tr><th>Treatment</th><th>Fee</th></tr></thead>
 <tbody>
  <tr class="fees-group"><td colspan="2"><strong>Examinations</strong></td></tr>
  <tr><td>New patient examination (including any X-rays needed)</td><td>&pound;68</td></tr>
  <tr><td>Routine examination (adult)</td><td>&pound;46</td></tr>
  <tr><td>Child examination (under 18)</td><td>&pound;28</td></tr>
  <tr><td>Emergency appointment (assessment and temporary relief of pain)</td><td>&pound;85</td></tr>
  <tr><td>Out-of-hours emergency appointment</td><td>&pound;160</td></tr>
  <tr class="fees-group"><td colspan="2"><strong>Hygiene &amp; gum health</strong></td></tr>
  <tr><td>Hygiene appointment, 30 minutes</td><td>&pound;65</td></tr>
  <tr><td>Hygiene appointment, 45 minutes</td><td>&pound;89</td></tr>
  <tr><td>Gum treatment (root surface debridement), per visit</td><td>&pound;145</td></tr>
  <tr><td>Halitosis appointment, 45 minutes</td><td>&pound;89</td></tr>
  <tr class="fees-group"><td colspan="2"><strong>Fillings, root canals &amp; crowns</strong></td></tr>
  <tr><td>White (composite) filling</td><td>from &pound;125</td></tr>
  <tr><td>Silver (amalgam) filling</td><td>from &pound;95</td></tr>
  <tr><td>Root canal treatment, front tooth</td><td>&pound;380</td></tr>
  <tr><td>Root canal treatment, premolar</td><td>&pound;480</td></tr>
  <tr><td>Root canal treatment, molar</td><td>&pound;620</td></tr>
  <tr><td>Porcelain or all-ceramic crown</td><td>&pound;640</td></tr>
  <tr class="fees-group"><td colspan="2"><strong>Extractions</strong></td></tr>
  <tr><td>Simple extraction</td><td>&pound;125</td></tr>
  <tr><td>Surgical extraction</td><td>&pound;240</td></tr>
  <tr><td>Wisdom tooth removal</td><td>from &pound;295</td></tr>
  <tr><td>Dry socket dressing</td><td>&pound;40</td></tr>
  <tr class="fees-group"><td colspan="2"><strong>Dentures &amp; bridges</strong></td></tr>
  <tr><td>Full dentures, upper and lower</td><td>&pound;1,150</td></tr>
  <tr><td>Single full denture</td><td>&pound;640</td></tr>
  <tr><td>Acrylic partial denture</td><td>from &pound;480</td></tr>
  <tr><td>Cobalt chrome partial denture</td><td>from &pound;1,050</td></tr>
  <tr><td>Denture repair</td><td>from &pound;75</td></tr>
  <tr><td>Denture reline</td><td>&pound;195</td></tr>
  <tr><td>Adhesive (Maryland) bridge</td><td>&pound;595</td></tr>
  <tr><td>Conventional bridge, per tooth</td><td>&pound;640</td></tr>
  <tr class="fees-group"><td colspan="2"><strong>Guards</strong></td></tr>
  <tr><td>Custom sports mouthguard</td><td>&pound;85</td></tr>
  <tr><td>Hard acrylic night guard</td><td>&pound;260</td></tr>
  <tr><td>Soft night guard</td><td>&pound;120</td></tr>
 </tbody>
</table>
"""
    )
    + "\n"
    + _text(
        """
<h2>Paying for your treatment</h2>
<p>Payment is due at each appointment. We accept debit and credit cards (Visa, Mastercard and American
Express), Apple Pay, Google Pay and cash. We no longer accept cheques. For treatment made by the laboratory,
such as crowns, bridges and dentures, we ask for a 50% deposit when impressions are taken.</p>
<h2>Interest-free finance</h2>
<p>Treatment costing &pound;500 or more can be spread over 6 or 12 months interest-free (0% APR), through
our finance partner Tabeo. You pay a 10% deposit and the rest in equal monthly instalments. Longer terms of
up to 36 months are available at 9.9% APR representative. Applying takes about five minutes on your phone
at the practice, and you get a decision straight away. Finance is subject to status; you must be 18 or
over and a UK resident.</p>
<p><em>Representative example: treatment cost &pound;1,500, deposit &pound;150, 12 monthly payments of
&pound;112.50, total payable &pound;1,500, 0% APR.</em></p>
"""
    ),
    slug="fees-finance",
)

# ---------------------------------------------------------------- new patients
HTML["/new-patients/"] = _page(
    "New Patients",
    "Joining Headingley Park Family Dental: how to register, forms to complete and what happens at your first visit.",
    _text(
        """
<h2>We are welcoming new patients</h2>
<p>We are currently taking on new patients of all ages, from babies to great-grandparents. To join, simply
book a new patient examination by phone or with the request form below &ndash; there is no separate
registration and no waiting list.</p>
<h2>Your forms</h2>
<p>Two days before your appointment we will text and email you a secure link to our online forms: your
medical history, your contact details and consent to store your records. They take about ten minutes to
fill in on a phone or computer. Completing them at home means we can spend your appointment time on you
rather than on paperwork. If you can&#8217;t fill them in online, please arrive 15 minutes early and we
will give you paper forms.</p>
<h3>Please bring with you</h3>
<ul>
 <li>a list of any medicines you take, or your repeat prescription slip &ndash; including inhalers, blood
 thinners and anything for bone health;</li>
 <li>the name of your previous dentist, and any X-rays taken in the last two years if you have them, so we
 do not repeat them unnecessarily;</li>
 <li>your reading glasses if you need them, as we will go through your treatment plan together;</li>
 <li>for children, a parent or guardian.</li>
</ul>
"""
    )
    + "\n"
    + _text(
        """
<h2>What happens at your first visit</h2>
<p>Your first appointment is with one of our dentists and lasts about 40 minutes. We will:</p>
<ol>
 <li>chat about your dental history, any worries, and what you would like from your dental care;</li>
 <li>carry out a thorough examination of your teeth, gums, jaw joints and soft tissues, including a mouth
 cancer screen;</li>
 <li>take any X-rays that are needed and some photos of your teeth so you can see what we see;</li>
 <li>explain our findings and your options, with no pressure to decide on the day.</li>
</ol>
<p>We do not usually carry out treatment at a first visit unless you are in pain. Within a couple of days
you will receive your written treatment plan and estimate by email. If you would like a clean, we can often
book you in with our hygienist on the same day.</p>
"""
    )
    + "\n"
    + _text(
        """
<h2 id="book">Request an appointment</h2>
<div role="form" class="wpcf7" id="wpcf7-f412-p88-o1" lang="en-GB" dir="ltr">
<form action="/new-patients/#wpcf7-f412-p88-o1" method="post" class="wpcf7-form init" novalidate>
 <p><label>Your name<br><input type="text" name="your-name" size="40" class="wpcf7-form-control"></label></p>
 <p><label>Phone number<br><input type="tel" name="your-tel" size="40" class="wpcf7-form-control"></label></p>
 <p><label>Email<br><input type="email" name="your-email" size="40" class="wpcf7-form-control"></label></p>
 <p><label>Appointment type<br><select name="appt-type" class="wpcf7-form-control wpcf7-select">
  <option value="New patient examination">New patient examination</option>
  <option value="Hygiene appointment">Hygiene appointment</option>
  <option value="Orthodontic consultation">Orthodontic consultation</option>
  <option value="Child examination">Child examination</option>
 </select></label></p>
 <p><label>Preferred days and times<br><textarea name="your-message" cols="40" rows="4"></textarea></label></p>
 <p><input type="submit" value="Send request" class="wpcf7-form-control wpcf7-submit"></p>
</form>
</div>
<p class="small">We reply to appointment requests within one working day.</p>
"""
    ),
    slug="new-patients",
)

# ---------------------------------------------------------------- practice policies
HTML["/practice-policies/"] = _page(
    "Practice Policies",
    "Appointments, cancellations, missed appointment fees, children's consent, complaints and privacy.",
    _text(
        """
<h2>Cancelling or moving an appointment</h2>
<p>We understand that plans change. If you need to cancel or move an appointment, please give us at least
<strong>48 hours&#8217; notice</strong> (two working days &ndash; so for a Monday appointment, please let us
know by the previous Thursday). You can call us, or reply to your reminder text. The time we set aside for
you is time another patient, often someone in pain, could have used.</p>
<h3>Missed and late-cancelled appointments</h3>
<table class="fees-table">
 <thead><tr><th>Appointment</th>
  <th>Charge if missed or cancelled with less than 48 hours&#8217; notice</th></tr></thead>
 <tbody>
  <tr><td>Dentist appointment up to 30 minutes</td><td>&pound;40</td></tr>
  <tr><td>Hygienist appointment</td><td>&pound;30</td></tr>
  <tr><td>Appointments of 60 minutes or longer</td><td>the &pound;50 booking deposit is kept</td></tr>
 </tbody>
</table>
<p>We may waive the charge once in genuine emergencies, such as illness or a family bereavement. After two
missed appointments in twelve months we will ask you to pay for future appointments when you book them.</p>
<h3>Running late?</h3>
<p>Please call us. If you arrive more than 10 minutes late, we may not be able to carry out your full
appointment and may need to rebook, so as not to keep the next patient waiting.</p>
<h3>Reminders</h3>
<p>We send a reminder by text and email two days before every appointment. Please keep your mobile number
up to date.</p>
"""
    )
    + "\n"
    + _text(
        """
<h2>Children and young people</h2>
<p>Patients under 16 must be accompanied by a parent or a guardian with parental responsibility, who will
need to give consent for any treatment. Young people aged 16 and 17 are welcome to attend on their own and
can usually consent to their own treatment.</p>
<h2>Complaints</h2>
<p>If you are unhappy with any part of your care, please tell us. Speak to our Practice Manager, Gemma Holt,
or write to her at the practice. We will acknowledge your complaint within three working days and aim to
give you a full response within ten working days. If you are still not satisfied, you can contact the
Dental Complaints Service on 020 8253 0800.</p>
<h2>Your privacy</h2>
<p>We keep your records securely and in line with UK GDPR. Adult records are kept for at least 11 years
after your last visit, and children&#8217;s records until their 25th birthday. We never share your
information for marketing. You can ask for a copy of your records at any time.</p>
<h2>Zero tolerance</h2>
<p>Our team has the right to work without abuse. Patients who are violent or abusive to staff or other
patients will be asked to leave the practice.</p>
"""
    ),
    slug="practice-policies",
)

# ---------------------------------------------------------------- accessibility
HTML["/accessibility/"] = _page(
    "Accessibility",
    "Step-free access, ground floor surgeries, hearing loop and support for patients with additional needs.",
    _text(
        """
<h2>Making our practice easy for everyone</h2>
<p>Our building is a Victorian villa, but when we refurbished in 2015 we worked hard to make it welcoming
for everyone. If there is anything we can do to make your visit easier, just tell the reception team when
you book and we will note it on your record.</p>
<h3>Getting in</h3>
<ul>
 <li>Step-free access via a gentle ramp from our rear car park to the automatic side door.</li>
 <li>A Blue Badge parking bay right next to the ramp &ndash; please ring ahead and we will keep it free.</li>
 <li>Reception, the waiting room, two of our treatment rooms and an accessible toilet with grab rails are
 all on the ground floor.</li>
</ul>
<h3>Wheelchair users</h3>
<p>Both ground floor surgeries have room to turn a wheelchair, and for many examinations you can stay in
your own chair. Our dental chairs can take patients up to 28 stone (178kg). Our orthodontic room is on the
first floor and there is no lift, so Dr Marchetti will see you downstairs instead.</p>
<h3>Hearing and sight</h3>
<p>There is a hearing loop at reception. We can book a British Sign Language interpreter for your
appointment free of charge; please give us a week&#8217;s notice. Our forms are available in large print,
and a member of the team is always happy to read them through with you.</p>
<h3>Autism, learning disabilities and anxiety</h3>
<p>If busy waiting rooms are hard for you, ask for the first appointment of the morning or the first after
lunch, when the practice is quietest. You can wait in your car and we will text you when we are ready, and
we can send you photos of the surgery and the team beforehand so you know what to expect.</p>
<p>Assistance dogs are very welcome.</p>
"""
    ),
    slug="accessibility",
)


def _member(name: str, role: str, bio: str, photo: str) -> str:
    """A WPBakery team-member card: image, name, role and bio."""
    return (
        '<div class="team-member vc_custom_team">\n'
        '<div class="wpb_single_image wpb_content_element vc_align_center"><figure class="wpb_wrapper vc_figure">'
        f'<img src="/wp-content/uploads/2022/05/{photo}.jpg" alt="{name}" width="400" height="400"></figure></div>\n'
        + _text(f'<h3 class="team-name">{name}</h3>\n<p class="team-role">{role}</p>\n{bio}')
        + "\n</div>"
    )


# ---------------------------------------------------------------- team
HTML["/our-team/"] = _page(
    "Meet the Team",
    "Meet the dentists, orthodontist, hygienist, nurses and reception team at Headingley Park Family Dental.",
    _row(
        _text(
            "<p>We are a small, settled team &ndash; most of us have worked together for years, and many of our "
            "patients know us by our first names.</p>"
        )
    )
    + "\n"
    + _row(
        _member(
            "Dr Aisha Rahman",
            "BDS (Leeds) MFDS RCS(Ed) &middot; Principal Dentist &middot; GDC 81234",
            "<p>Aisha qualified from Leeds in 2005 and has owned the practice since 2012. She enjoys all aspects "
            "of family dentistry and carries out most of our extractions and wisdom tooth surgery. Aisha speaks "
            "English, Urdu and Punjabi. Outside work she is usually ferrying her two children to swimming "
            "lessons or training for the Leeds half marathon.</p>",
            "aisha-rahman",
        ),
        _member(
            "Dr Tom Whitaker",
            "BDS (Newcastle) MJDF RCS(Eng) &middot; Associate Dentist &middot; GDC 150321",
            "<p>Tom has a special interest in root canal treatment and a gift for putting nervous patients at "
            "ease. He works Tuesday to Friday, including our late evenings. Tom is a lifelong Leeds Rhinos "
            "fan and a keen, if not very good, golfer.</p>",
            "tom-whitaker",
        ),
        _member(
            "Dr Hannah Lister",
            "BChD (Leeds) &middot; Associate Dentist &middot; GDC 260118",
            "<p>Hannah is our children&#8217;s favourite and also looks after many of our denture patients. She "
            "works Mondays, Wednesdays and Fridays. Hannah is learning British Sign Language.</p>",
            "hannah-lister",
        ),
        cols="vc_col-sm-4",
    )
    + "\n"
    + _row(
        _member(
            "Dr Sofia Marchetti",
            "DDS (Rome) MSc MOrth RCS(Eng) &middot; Specialist Orthodontist &middot; GDC 112877",
            "<p>Sofia trained in Rome and completed her specialist orthodontic training at Leeds Dental "
            "Institute. She is with us every Monday and Wednesday and on the first Saturday morning of each "
            "month. Sofia speaks Italian and Spanish as well as English.</p>",
            "sofia-marchetti",
        ),
        _member(
            "Rachel Birch",
            "DipDH &middot; Dental Hygienist &middot; GDC 4529",
            "<p>Rachel has been a hygienist for 15 years and is passionate about gum health and helping smokers "
            "quit. She works Monday to Thursday and two Saturdays a month.</p>",
            "rachel-birch",
        ),
        _member(
            "Gemma Holt",
            "Practice Manager",
            "<p>Gemma keeps everything running smoothly and is the person to talk to about accounts, the Care "
            "Plan, or anything you are not happy with.</p>",
            "gemma-holt",
        ),
        cols="vc_col-sm-4",
    )
    + "\n"
    + _row(
        _text(
            """
<h3>Dental nurses</h3>
<p><strong>Kerry Walsh</strong> (lead dental nurse, with us since 2004), <strong>Dominika Nowak</strong>
(orthodontic nurse, who speaks Polish) and <strong>Liam Carter</strong> (trainee dental nurse).</p>
<h3>Reception</h3>
<p><strong>Joanne Firth</strong> and <strong>Sunita Patel</strong> are the friendly voices you hear when you
call us.</p>
"""
        )
    ),
    sidebar=False,
    slug="our-team",
)

# ---------------------------------------------------------------- find us
HTML["/find-us/"] = _page(
    "Find Us &amp; Opening Times",
    "Directions, parking, buses and opening hours for Headingley Park Family Dental, 47 Shaw Lane, Leeds LS6 4DH.",
    _text(
        """
<h2>Where we are</h2>
<p>Headingley Park Family Dental, 47 Shaw Lane, Headingley, Leeds LS6 4DH. We are the large stone house on
the corner, a two minute walk from Otley Road, opposite the Shaw Lane Pharmacy.</p>
<p><a href="https://www.google.com/maps/search/?api=1&amp;query=47+Shaw+Lane+Leeds+LS6+4DH">Open in Google
Maps</a></p>
<div class="wpb_single_image wpb_content_element"><img src="/wp-content/uploads/2021/04/map-static.png"
 alt="Map showing the practice on Shaw Lane" width="720" height="360"></div>
<h3>By bus</h3>
<p>The X84 and X85 (Leeds city centre to Otley and Ilkley) and the number 1 (Leeds to Holt Park) all stop on
Otley Road at the Shaw Lane stop, two minutes&#8217; walk away. From the city centre the journey takes
around 20 minutes. The number 6 stops on Spen Lane, about eight minutes&#8217; walk.</p>
<h3>By train</h3>
<p>Headingley station (on the Harrogate line) is about a 20 minute walk, or a short hop on the number 1.</p>
<h3>By car and parking</h3>
<p>From the city centre, follow the A660 Otley Road north through Headingley and turn left into Shaw Lane.
We have a small car park behind the practice with five patient spaces, reached via the lane beside number
45; they are first come, first served. There is also pay-and-display parking on Shaw Lane itself (two hours
maximum), and the Arndale Centre car park in Headingley is about ten minutes&#8217; walk.</p>
<p><strong>Match days:</strong> when there is a Test match, a Yorkshire cricket game or a Rhinos home game
at Headingley Stadium, on-street parking nearby is suspended and Otley Road gets very busy. Please allow an
extra 20 minutes, or come by bus. We will try to remind you if your appointment falls on a big match day.</p>
<h3>By bike</h3>
<p>There are cycle stands at the front of the building.</p>
"""
    )
    + "\n"
    + _text(
        """
<h2>Opening times</h2>
<table class="opening-hours">
 <tbody>
  <tr><td>Monday</td><td>8.00am &ndash; 5.30pm</td></tr>
  <tr><td>Tuesday</td><td>8.00am &ndash; 7.30pm</td></tr>
  <tr><td>Wednesday</td><td>8.00am &ndash; 5.30pm</td></tr>
  <tr><td>Thursday</td><td>8.30am &ndash; 7.30pm</td></tr>
  <tr><td>Friday</td><td>8.00am &ndash; 4.30pm</td></tr>
  <tr><td>Saturday</td><td>9.00am &ndash; 1.00pm, first and third Saturday of the month, pre-booked only</td></tr>
  <tr><td>Sunday</td><td>Closed</td></tr>
 </tbody>
</table>
<p>Our phone lines close for lunch between 1pm and 2pm. We are closed on bank holidays and between Christmas
Day and New Year&#8217;s Day inclusive.</p>
"""
    ),
    slug="find-us",
)

# ---------------------------------------------------------------- FAQs
HTML["/faqs/"] = _page(
    "Frequently Asked Questions",
    "Answers to the questions our reception team hears most often.",
    _text(
        "<p>Can&#8217;t find what you are looking for? Give our reception team a call &ndash; "
        "they are happy to help.</p>"
    )
    + "\n"
    + _accordion(
        [
            (
                "faq-nhs",
                "Are you an NHS practice?",
                "<p>No. We left the NHS in 2009 and no longer hold an NHS contract, so all of our dental care "
                "for adults and children is paid for privately, either appointment by appointment or through "
                "our Care Plan. If you are looking for an NHS dentist, the &lsquo;Find a dentist&rsquo; service "
                "on the NHS website lists practices in Leeds that are accepting NHS patients.</p>",
            ),
            (
                "faq-insurance",
                "Do you accept dental insurance?",
                "<p>Yes. We don&#8217;t bill insurers directly: you pay us at your appointment and we give you "
                "an itemised receipt to claim the money back. We are happy to fill in claim forms for Bupa, "
                "AXA Health, Simplyhealth and other cash plans &ndash; just hand them to reception.</p>",
            ),
            (
                "faq-nervous",
                "I&#8217;m terrified of the dentist. Can you help?",
                "<p>You are not alone, and you will never be judged here. Tell us when you book and we will "
                "give you a longer first appointment that is just a chat, with no treatment. We agree a stop "
                "signal, you are welcome to wear headphones, and we explain each step before we do it. We "
                "don&#8217;t offer sedation at the practice, but if you need it we can refer you to a "
                "sedation clinic in Leeds.</p>",
            ),
            (
                "faq-pregnant",
                "Is it safe to have dental treatment while I&#8217;m pregnant?",
                "<p>Yes &ndash; please keep coming for check-ups. Fillings, extractions and local anaesthetic "
                "are all safe during pregnancy, and it is much better to treat a problem than leave an "
                "infection. Non-urgent treatment is most comfortable in the middle three months. We avoid "
                "X-rays unless they are essential. Pregnancy hormones often make gums bleed more, so a "
                "hygiene visit is a good idea. Please tell us if you are pregnant or breastfeeding.</p>",
            ),
            (
                "faq-amalgam",
                "Do you still use silver (amalgam) fillings?",
                "<p>Most of the fillings we place are tooth-coloured, but we still offer amalgam for some back "
                "teeth where it is the strongest choice. By law we do not use amalgam for children under 15 or "
                "for women who are pregnant or breastfeeding.</p>",
            ),
            (
                "faq-records",
                "Can you send my X-rays and records to another dentist?",
                "<p>Of course. Just ask, and we will send them securely to your new practice free of charge, "
                "usually within a week.</p>",
            ),
            (
                "faq-brush",
                "Which toothbrush do you recommend?",
                "<p>An electric toothbrush with a small round oscillating head cleans best for most people. "
                "Change the head, or your manual brush, every three months or sooner if the bristles splay. "
                "We sell interdental brushes at reception at cost price.</p>",
            ),
            (
                "faq-kids-waiting",
                "Can I bring my children along to my own appointment?",
                "<p>Yes, as long as they are happy to sit quietly in the surgery or the waiting room with a "
                "book or tablet. For longer treatment we&#8217;d suggest making other arrangements if you "
                "can.</p>",
            ),
        ]
    ),
    slug="faqs",
)

QUESTIONS = [
    (
        "Can I just book in with your hygienist for a clean? I'm not registered with any of your dentists",
        "/check-ups-hygiene/",
    ),
    ("my daughter is 20 months and has never seen a dentist, is she too young to bring in?", "/childrens-dentistry/"),
    (
        "How much toothpaste should my 2 year old be using? My mum reckons a big blob all along the brush",
        "/childrens-dentistry/",
    ),
    ("How much are the invisible aligner things for straightening teeth?", "/orthodontics/"),
    (
        "My son is 13 and his teeth are all over the place. Can he get braces on the NHS with you?",
        "/orthodontics/",
    ),
    (
        "dentist says my back tooth needs a root canal. does it hurt?? and how many trips is it",
        "/root-canal-treatment/",
    ),
    (
        "had a tooth pulled on tuesday, it was getting better but now its thursday and the pain is way worse and "
        "going up into my ear, and theres a horrible taste",
        "/extractions-wisdom-teeth/",
    ),
    (
        "My nan's dropped her top set in the sink and one of the teeth has snapped off. Can it be fixed today? "
        "She's got a christening tomorrow",
        "/dentures-bridges/",
    ),
    ("My gums bleed every time I brush, is that something to worry about or is it normal", "/gum-disease-bad-breath/"),
    (
        "How do I put this nicely... my husband's breath is awful even though he brushes twice a day. "
        "Is there anything you can do for him?",
        "/gum-disease-bad-breath/",
    ),
    (
        "My lad's just started rugby with the under 12s and the coach says he needs a proper gumshield, not a "
        "shop one. How long does it take to get one made?",
        "/mouthguards-night-guards/",
    ),
    (
        "I keep waking up with a sore jaw and a headache and my girlfriend says I grind my teeth in my sleep",
        "/mouthguards-night-guards/",
    ),
    (
        "my 8 year old has come off his scooter and knocked his front tooth clean out, its one of his big "
        "grown up teeth, what do I do???",
        "/emergency-dentist/",
    ),
    (
        "It's Sunday night, I'm one of your patients and my face has swollen right up from a bad tooth. Who do I ring?",
        "/emergency-dentist/",
    ),
    ("How much a month would the plan be for me and my two kids? They're 3 and 9.", "/membership-plan/"),
    ("how much to get a wisdom tooth taken out", "/fees-finance/"),
    (
        "The dentist says I need a crown. Is there any way to pay it off monthly rather than all in one go?",
        "/fees-finance/",
    ),
    ("Ive got my first appointment with you next week, what do I need to bring with me?", "/new-patients/"),
    ("I need to cancel my appointment tomorrow morning, will I get charged for it?", "/practice-policies/"),
    (
        "Can my 15 year old go to her check-up on her own straight from school? I'm stuck at work till 6",
        "/practice-policies/",
    ),
    ("My dad's in a wheelchair, will he be able to get in?", "/accessibility/"),
    (
        "My grandmother only really speaks Punjabi. Is there a dentist there who could talk to her in her own "
        "language?",
        "/our-team/",
    ),
    (
        "I'm driving over from Horsforth, where can I park? My appointment's on the same day as the Test match",
        "/find-us/",
    ),
    ("do you do nhs check ups or is it all private", "/faqs/"),
    (
        "I'm 5 months pregnant and one of my fillings has fallen out. Is it safe to have it redone now or "
        "should I wait till the baby's born?",
        "/faqs/",
    ),
]

OUT_OF_SCOPE = [
    "Do you do teeth whitening? I've got a wedding in June and want my teeth looking brighter",
    "How much is a dental implant to replace a missing front tooth?",
    "Do you sell gift vouchers? I want to get one for my mum's birthday",
    "Are you hiring any dental nurses at the moment?",
    "Is there wifi in the waiting room? I might need to do some work while I wait",
    "Do you do Botox or lip fillers?",
    "What's the weather going to be like in Leeds this weekend?",
    "Can you recommend a good vet in Headingley? My cat's got a bad tooth",
]
