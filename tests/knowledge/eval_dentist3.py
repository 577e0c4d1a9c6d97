"""An evaluation site: Wensum Family Dental, a mixed NHS and private family dental practice in Norwich (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a dental-marketing-agency
template: a top bar with phone and "Emergency? Call now", a mega-menu of treatments, hero sections,
treatment-content wrappers with "Book online" and "Finance available" sidebar widgets, before/after gallery
blocks, and a footer with GDC numbers and a CQC badge.
"""

NAME = "Wensum Family Dental"

_PHONE = "01603 451 287"

_HEAD = """<!doctype html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Wensum Family Dental, Norwich</title>
<meta name="description" content="{description}">
<meta name="robots" content="index, follow">
<meta property="og:site_name" content="Wensum Family Dental">
<meta property="og:title" content="{title}">
<meta property="og:type" content="website">
<link rel="canonical" href="https://www.wensumfamilydental.co.uk{path}">
<link rel="stylesheet" id="dfocus-theme-css" href="/wp-content/themes/dentalfocus-pro/style.css?ver=4.2.1" media="all">
<link rel="stylesheet" id="dfocus-mega-css" href="/wp-content/themes/dentalfocus-pro/css/megamenu.css?ver=4.2.1"
  media="all">
<link rel="stylesheet" id="fontawesome-css" href="/wp-content/plugins/df-icons/css/all.min.css" media="all">
<link rel="icon" href="/wp-content/uploads/2021/03/wfd-favicon-32x32.png" sizes="32x32">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new
  Date());gtag('config','G-WFD4512877');</script>
</head>
"""

_HEADER = """<body class="page-template page-template-{template} wp-custom-logo df-theme">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="site">
<div class="top-bar">
  <div class="container">
    <div class="top-bar-left">
      <span class="top-bar-item"><i class="fas fa-map-marker-alt"></i> 118 Earlham Road, Norwich NR2 3HF</span>
      <span class="top-bar-item"><i class="fas fa-phone"></i> <a href="tel:01603451287">01603 451 287</a></span>
    </div>
    <div class="top-bar-right">
      <a class="top-bar-emergency" href="/emergency-dentist/"><i class="fas fa-tooth"></i> Emergency? Call now</a>
      <a class="top-bar-social" href="https://www.facebook.com/wensumfamilydental"><i class="fab fa-facebook-f"></i></a>
      <a class="top-bar-social" href="https://www.instagram.com/wensumfamilydental"><i class="fab fa-instagram"></i></a>
    </div>
  </div>
</div>
<header id="masthead" class="site-header sticky-header">
  <div class="container header-inner">
    <div class="site-branding">
      <a href="/" class="custom-logo-link" rel="home"><img
        src="/wp-content/uploads/2021/03/wensum-family-dental-logo.svg" class="custom-logo" alt="Wensum Family
          Dental" width="240" height="64"></a>
    </div>
    <button class="menu-toggle" aria-controls="primary-menu"
      aria-expanded="false"><span></span><span></span><span></span></button>
    <nav class="main-navigation" id="site-navigation" aria-label="Main menu">
      <ul id="primary-menu" class="menu nav-menu">
        <li class="menu-item"><a href="/">Home</a></li>
        <li class="menu-item menu-item-has-children mega-menu-item"><a href="#">Treatments</a>
          <div class="mega-menu-wrap">
            <div class="mega-menu-row">
              <div class="mega-col">
                <h4 class="mega-col-title">General Dentistry</h4>
                <ul class="sub-menu">
                  <li class="menu-item"><a href="/check-ups-and-hygiene/">Check-ups &amp; Hygiene</a></li>
                  <li class="menu-item"><a href="/fillings-crowns-root-canals/">Fillings, Crowns &amp; Root
                    Canals</a></li>
                  <li class="menu-item"><a href="/extractions-wisdom-teeth/">Extractions &amp; Wisdom Teeth</a></li>
                  <li class="menu-item"><a href="/childrens-dentistry/">Children's Dentistry</a></li>
                  <li class="menu-item"><a href="/emergency-dentist/">Emergency Dentist</a></li>
                </ul>
              </div>
              <div class="mega-col">
                <h4 class="mega-col-title">Cosmetic &amp; Orthodontics</h4>
                <ul class="sub-menu">
                  <li class="menu-item"><a href="/teeth-whitening/">Teeth Whitening</a></li>
                  <li class="menu-item"><a href="/invisalign-braces/">Invisalign &amp; Braces</a></li>
                </ul>
                <h4 class="mega-col-title">Replacing Teeth</h4>
                <ul class="sub-menu">
                  <li class="menu-item"><a href="/dental-implants/">Dental Implants</a></li>
                  <li class="menu-item"><a href="/dentures/">Dentures</a></li>
                </ul>
              </div>
              <div class="mega-col mega-col-promo">
                <div class="mega-promo">
                  <img src="/wp-content/uploads/2023/05/mega-promo-smile.jpg" alt="">
                  <p class="mega-promo-text">Nervous about the dentist? You're not alone.</p>
                  <a class="btn btn-small" href="/nervous-patients/">Nervous Patients</a>
                </div>
              </div>
            </div>
          </div>
        </li>
        <li class="menu-item menu-item-has-children"><a href="#">Patient Info</a>
          <ul class="sub-menu">
            <li class="menu-item"><a href="/new-patients/">New Patients &amp; Appointments</a></li>
            <li class="menu-item"><a href="/fees/">Fees (NHS &amp; Private)</a></li>
            <li class="menu-item"><a href="/dental-plan/">Wensum Care Plan</a></li>
            <li class="menu-item"><a href="/finance/">Finance Options</a></li>
            <li class="menu-item"><a href="/nervous-patients/">Nervous Patients &amp; Sedation</a></li>
            <li class="menu-item"><a href="/faq/">FAQs</a></li>
          </ul>
        </li>
        <li class="menu-item"><a href="/meet-the-team/">Meet the Team</a></li>
        <li class="menu-item"><a href="/contact/">Contact</a></li>
        <li class="menu-item menu-cta"><a class="btn btn-primary" href="/new-patients/">Book Now</a></li>
      </ul>
    </nav>
  </div>
</header>
<div id="content" class="site-content">
"""

_SIDEBAR = """
<aside class="treatment-sidebar widget-area" role="complementary">
  <div class="widget widget_df_book">
    <h3 class="widget-title">Book online</h3>
    <p>Already a patient? Book, move or check your appointments through our patient portal.</p>
    <a class="btn btn-primary btn-block" href="/new-patients/">Book an appointment</a>
    <p class="widget-phone">Or call <a href="tel:01603451287">01603 451 287</a></p>
  </div>
  <div class="widget widget_df_finance">
    <div class="finance-badge"><span class="finance-badge-title">Finance available</span></div>
    <p>Spread the cost of your treatment with affordable monthly payments.</p>
    <a class="btn btn-outline" href="/finance/">Find out more</a>
  </div>
  <div class="widget widget_df_plan">
    <h3 class="widget-title">Join the Wensum Care Plan</h3>
    <p>Regular care, budgeted monthly.</p>
    <a class="link-arrow" href="/dental-plan/">See the plans</a>
  </div>
</aside>
"""

_REVIEWS = """
<section class="testimonials-block">
  <div class="container">
    <h2 class="section-title">What our patients say</h2>
    <div class="testimonial-slider">
      <div class="testimonial-item"><div class="stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
        <blockquote>"Been coming here for twenty years and I've never once dreaded it. The whole team are
          lovely."</blockquote>
        <cite>Margaret H., Google review</cite></div>
      <div class="testimonial-item"><div class="stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
        <blockquote>"My daughter actually asks when she's next going to the dentist. That says it all."</blockquote>
        <cite>Chris T., Google review</cite></div>
      <div class="testimonial-item"><div class="stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
        <blockquote>"Fitted me in the same morning with a cracked tooth. Really grateful."</blockquote>
        <cite>Owen P., Facebook</cite></div>
    </div>
  </div>
</section>
"""

_FOOTER = """
<section class="cta-banner">
  <div class="container">
    <h2>Ready to book?</h2>
    <p>Call our friendly reception team or book online.</p>
    <a class="btn btn-white" href="tel:01603451287">Call 01603 451 287</a>
    <a class="btn btn-outline-white" href="/new-patients/">Book Now</a>
  </div>
</section>
</div><!-- #content -->
<footer id="colophon" class="site-footer">
  <div class="footer-widgets container">
    <div class="footer-col">
      <img src="/wp-content/uploads/2021/03/wensum-family-dental-logo-white.svg" alt="Wensum Family Dental" width="200">
      <p>118 Earlham Road<br>Norwich<br>Norfolk NR2 3HF</p>
      <p>Tel: <a href="tel:01603451287">01603 451 287</a><br>
      Email: <a href="mailto:hello@wensumfamilydental.co.uk">hello@wensumfamilydental.co.uk</a></p>
    </div>
    <div class="footer-col">
      <h4 class="footer-title">Opening hours</h4>
      <ul class="footer-hours">
        <li>Mon, Wed: 8am - 5.30pm</li>
        <li>Tue, Thu: 8am - 7pm</li>
        <li>Fri: 8am - 4pm</li>
        <li>Sat: selected mornings</li>
      </ul>
    </div>
    <div class="footer-col">
      <h4 class="footer-title">Quick links</h4>
      <ul class="footer-menu">
        <li><a href="/new-patients/">New Patients</a></li>
        <li><a href="/fees/">Fees</a></li>
        <li><a href="/emergency-dentist/">Emergencies</a></li>
        <li><a href="/faq/">FAQs</a></li>
        <li><a href="/contact/">Find us</a></li>
      </ul>
      <div class="footer-social">
        <a href="https://www.facebook.com/wensumfamilydental" aria-label="Facebook"><i class="fab
          fa-facebook-f"></i></a>
        <a href="https://www.instagram.com/wensumfamilydental" aria-label="Instagram"><i class="fab
          fa-instagram"></i></a>
        <a href="https://www.google.com/maps?cid=118earlhamroad" aria-label="Google reviews"><i class="fab
          fa-google"></i></a>
      </div>
    </div>
    <div class="footer-col footer-regulatory">
      <h4 class="footer-title">Regulation</h4>
      <div class="cqc-widget"><img src="/wp-content/uploads/2022/11/cqc-badge.png" alt="CQC registered" width="160">
        <p class="cqc-rating">Care Quality Commission registered provider</p></div>
      <p class="gdc-list">Dr Priya Raman GDC 78412 &middot; Dr Tom Hollis GDC 81190 &middot; Dr Aisling Murphy GDC
        249775 &middot;
      Dr Marek Nowak GDC 263041 &middot; Dr Ben Ashworth GDC 301562 &middot; Ellie Barnes (Dental Therapist) GDC
        259318 &middot;
      Sophie Clarke (Dental Hygienist) GDC 5712</p>
    </div>
  </div>
  <div class="footer-bottom">
    <div class="container">
      <p>&copy; 2025 Wensum Family Dental Ltd. Registered in England No. 08412239.
      <a href="/contact/">Privacy &amp; complaints</a></p>
      <p class="agency-credit">Website by Dental Focus Digital</p>
    </div>
  </div>
</footer>
</div><!-- #page -->
<div class="cookie-notice" id="cookie-notice" role="dialog" aria-live="polite">
  <p>We use cookies to give you the best experience on our website. By continuing you agree to our use of cookies.</p>
  <button class="cookie-accept btn btn-small">Accept</button> <a class="cookie-more" href="/contact/">Find out more</a>
</div>
<script src="/wp-content/themes/dentalfocus-pro/js/theme.min.js?ver=4.2.1"></script>
</body>
</html>
"""


def _page(path, title, description, body, template="default", sidebar=False, reviews=False):
    """Wrap a page body in the shared theme header and footer."""
    head = _HEAD.format(title=title, description=description, path=path)
    header = _HEADER.format(template=template)
    if sidebar:
        main = (
            '<div class="container treatment-layout">\n<div class="row">\n'
            '<main id="main" class="site-main col-main">\n' + body + "\n</main>\n" + _SIDEBAR + "</div>\n</div>\n"
        )
    else:
        main = '<main id="main" class="site-main">\n' + body + "\n</main>\n"
    return head + header + main + (_REVIEWS if reviews else "") + _FOOTER


def _hero(heading, strap):
    return (
        '<section class="hero hero-inner">\n  <div class="hero-overlay"></div>\n  <div class="container">\n'
        '    <p class="breadcrumbs"><a href="/">Home</a> &raquo; ' + heading + "</p>\n"
        '    <h1 class="hero-title">' + heading + "</h1>\n"
        '    <p class="hero-strap">' + strap + "</p>\n  </div>\n</section>\n"
    )


HTML = {}

HTML["/"] = _page(
    "/",
    "Family Dentist in Norwich",
    "Wensum Family Dental: friendly NHS and private dentist on Earlham Road, Norwich, caring for families since 1988.",
    """
<section class="hero hero-home">
  <div class="hero-overlay"></div>
  <div class="container">
    <h1 class="hero-title">Your family dentist on Earlham Road</h1>
    <p class="hero-strap">NHS and private dentistry for all ages, in the heart of Norwich's Golden Triangle.</p>
    <a class="btn btn-primary" href="/new-patients/">Book Now</a>
    <a class="btn btn-outline-white" href="/emergency-dentist/">Dental emergency?</a>
  </div>
</section>
<section class="intro-block">
  <div class="container">
    <div class="treatment-content">
      <h2>Welcome to Wensum Family Dental</h2>
      <p>We have been looking after Norwich families since 1988, when Dr Geoffrey Pike opened a single surgery in
      the front room of this Victorian house. Today the practice has four surgeries and a dedicated hygiene room,
      and is owned by Dr Priya Raman, who took over from Dr Pike on his retirement in 2013.</p>
      <p>We are a mixed practice, which means we hold an NHS contract and also offer private treatment. Many of our
      patients have their routine care on the NHS and choose private options for cosmetic work; others prefer
      to be fully private or join our monthly care plan. Whatever you choose, you'll see the same friendly faces
      and get the same standard of care.</p>
      <p>We now look after around 9,000 patients, from toddlers having their first look in the big chair to
      grandparents with implants. We use digital X-rays (much lower radiation than older film X-rays), an
      intraoral camera so you can see exactly what we see, and a 3D iTero scanner instead of messy impression
      putty for most crowns, aligners and whitening trays.</p>
    </div>
  </div>
</section>
<section class="services-grid">
  <div class="container">
    <h2 class="section-title">Our treatments</h2>
    <div class="service-tiles">
      <a class="service-tile" href="/check-ups-and-hygiene/"><h3>Check-ups &amp; hygiene</h3><p>Keep your mouth
        healthy.</p></a>
      <a class="service-tile" href="/fillings-crowns-root-canals/"><h3>Fillings, crowns &amp; root
        canals</h3><p>Repairing damaged teeth.</p></a>
      <a class="service-tile" href="/childrens-dentistry/"><h3>Children's dentistry</h3><p>Happy little smiles.</p></a>
      <a class="service-tile" href="/invisalign-braces/"><h3>Invisalign</h3><p>Straighter teeth, discreetly.</p></a>
      <a class="service-tile" href="/teeth-whitening/"><h3>Whitening</h3><p>A brighter smile.</p></a>
      <a class="service-tile" href="/dental-implants/"><h3>Implants</h3><p>Fixed replacement teeth.</p></a>
    </div>
  </div>
</section>
<section class="before-after-gallery">
  <div class="container">
    <h2 class="section-title">Smile gallery</h2>
    <div class="ba-grid">
      <figure class="ba-item"><img src="/wp-content/uploads/2024/02/ba-invisalign-01.jpg" alt="Before and after
        Invisalign"><figcaption>Invisalign, 9 months</figcaption></figure>
      <figure class="ba-item"><img src="/wp-content/uploads/2024/02/ba-whitening-03.jpg" alt="Before and after
        whitening"><figcaption>Enlighten whitening</figcaption></figure>
      <figure class="ba-item"><img src="/wp-content/uploads/2024/02/ba-implant-02.jpg" alt="Before and after
        implant"><figcaption>Single implant, upper left</figcaption></figure>
    </div>
  </div>
</section>
<section class="why-us">
  <div class="container">
    <h2 class="section-title">Why patients choose us</h2>
    <ul class="why-list">
      <li>Rated "Good" in every area at our last CQC inspection (2023)</li>
      <li>Late appointments until 7pm twice a week</li>
      <li>Children seen on the NHS</li>
      <li>Experienced with nervous patients, including IV sedation</li>
    </ul>
  </div>
</section>
""",
    template="home",
    reviews=True,
)

HTML["/check-ups-and-hygiene/"] = _page(
    "/check-ups-and-hygiene/",
    "Check-ups & Hygienist",
    "Dental check-ups and hygienist appointments at Wensum Family Dental, Norwich.",
    _hero("Check-ups &amp; Hygiene", "Prevention is always better than cure")
    + """
<div class="treatment-content">
  <h2>Your dental check-up</h2>
  <p>A check-up is much more than a quick count of your teeth. At each examination your dentist will:</p>
  <ul>
    <li>ask about any changes to your health and medication since your last visit</li>
    <li>check every tooth for decay, cracks and worn or failing fillings</li>
    <li>measure your gums (a "BPE" score) to look for early gum disease</li>
    <li>screen your tongue, cheeks, lips and throat for signs of mouth cancer</li>
    <li>take X-rays if they are due, usually every one to two years depending on your risk of decay</li>
  </ul>
  <p>How often you need a check-up depends on your own mouth, not a fixed rule. Following NICE guidance, we
  recall adults anywhere between every 3 months and every 2 years, and children at least once a year. Your
  dentist will tell you your recall interval and why.</p>

  <h2>Seeing the hygienist</h2>
  <p>Our hygienist Sophie and therapist Ellie carefully remove hardened tartar (calculus) from above and below the
  gum line, polish away staining and show you the best way to clean between your teeth. We also offer
  <strong>Airflow</strong> stain removal, a fine jet of powder and water that is excellent for tea, coffee, red
  wine and smoking stains.</p>
  <p><strong>Do your gums bleed when you brush?</strong> Bleeding gums are usually the first sign of gingivitis,
  which is reversible. Please don't stop brushing; bleeding means the gums need more cleaning, not less. Most
  people with healthy gums see the hygienist every 6 months. If you have gum disease (periodontitis) we normally
  recommend a course of deep cleaning over two or three visits, then hygiene appointments every 3 months to keep
  it stable. Smokers and people with diabetes are at higher risk and may need to come more often.</p>

  <h2>Hygiene on the NHS or privately</h2>
  <p>On the NHS, a scale and polish is only provided when your dentist decides it is clinically needed, and it
  is done as part of your course of treatment. Private hygiene appointments are 30 or 45 minutes long.</p>
  <p><strong>Direct access:</strong> you can book a private hygiene appointment without seeing a dentist first.
  Sophie will still check your medical history and will refer you to a dentist if she spots anything. If you
  haven't had a check-up anywhere in the last 18 months, we'll suggest booking one too.</p>
</div>
""",
    sidebar=True,
)

HTML["/fees/"] = _page(
    "/fees/",
    "Fees",
    "NHS dental charges and private price list at Wensum Family Dental, Norwich.",
    _hero("Our Fees", "Clear prices, NHS and private")
    + """
<div class="container">
<div class="treatment-content fees-content">
  <h2>NHS dental charges (England, from 1 April 2025)</h2>
  <p>NHS charges are set nationally and you pay one charge per course of treatment, however many visits it takes.
  NHS charges are paid at your first appointment of the course.</p>
  <table class="price-table nhs-bands">
    <thead><tr><th>Band</th><th>What it covers</th><th>Charge</th></tr></thead>
    <tbody>
      <tr><td>Urgent treatment</td><td>Emergency care such as pain relief, a temporary filling or an
        extraction</td><td>&pound;27.40</td></tr>
      <tr><td>Band 1</td><td>Examination, diagnosis, X-rays, advice and a scale and polish if clinically
        needed</td><td>&pound;27.40</td></tr>
      <tr><td>Band 2</td><td>Everything in Band 1 plus fillings, root canal treatment and
        extractions</td><td>&pound;75.30</td></tr>
      <tr><td>Band 3</td><td>Everything in Bands 1 and 2 plus crowns, dentures, bridges and other lab
        work</td><td>&pound;326.70</td></tr>
    </tbody>
  </table>
  <h3>Who doesn't pay for NHS dental treatment?</h3>
  <p>You don't pay NHS charges if, when treatment starts, you are:</p>
  <ul>
    <li>under 18, or under 19 and in full-time education</li>
    <li>pregnant, or have had a baby in the last 12 months (you'll need a valid maternity exemption certificate)</li>
    <li>receiving Income Support, income-based Jobseeker's Allowance, income-related ESA, Pension Credit
    Guarantee Credit, or Universal Credit within the earnings limits</li>
    <li>named on a valid NHS tax credit exemption certificate or an HC2 certificate (an HC3 gives partial help)</li>
  </ul>
  <p>We will ask to see proof. If you claim free treatment and aren't entitled, the NHS may fine you up to
    &pound;100.</p>

  <h2>Private price list</h2>
  <table class="price-table private-fees">
    <thead><tr><th>Treatment</th><th>Price</th></tr></thead>
    <tbody>
      <tr><td>New patient examination (including X-rays)</td><td>&pound;65</td></tr>
      <tr><td>Routine examination</td><td>&pound;48</td></tr>
      <tr><td>Hygienist appointment, 30 minutes</td><td>&pound;68</td></tr>
      <tr><td>Hygienist appointment, 45 minutes (includes Airflow)</td><td>&pound;95</td></tr>
      <tr><td>White (composite) filling</td><td>from &pound;120</td></tr>
      <tr><td>Silver (amalgam) filling</td><td>from &pound;95</td></tr>
      <tr><td>Porcelain-bonded crown</td><td>&pound;595</td></tr>
      <tr><td>All-ceramic or zirconia crown</td><td>&pound;695</td></tr>
      <tr><td>Root canal treatment, front tooth</td><td>&pound;350</td></tr>
      <tr><td>Root canal treatment, premolar</td><td>&pound;450</td></tr>
      <tr><td>Root canal treatment, molar</td><td>&pound;595</td></tr>
      <tr><td>Simple extraction</td><td>&pound;140</td></tr>
      <tr><td>Surgical extraction (including wisdom teeth)</td><td>from &pound;260</td></tr>
    </tbody>
  </table>
  <p>Prices for whitening, Invisalign, implants and dentures are shown on those treatment pages. You will always
  get a written treatment plan and estimate before we start anything.</p>

  <h2>Paying</h2>
  <p>We accept debit and credit cards (except American Express), Apple Pay, Google Pay and cash. We no longer
  accept cheques. Private treatment is paid for at each appointment, and for lab work such as crowns we take
  half the fee when the impressions or scans are taken.</p>
</div>
</div>
""",
)

HTML["/emergency-dentist/"] = _page(
    "/emergency-dentist/",
    "Emergency Dentist Norwich",
    "Same-day emergency dental appointments in Norwich and what to do out of hours.",
    _hero("Emergency Dentist", "In pain? We keep same-day slots every weekday")
    + """
<div class="treatment-content">
  <h2>Same-day emergency appointments</h2>
  <p>We keep emergency appointments free every day we are open. Please phone us from <strong>8am</strong> on
  01603 451 287. Slots are given out on a first-come basis, and our registered patients and Wensum Care Plan
  members are always seen first.</p>
  <p>Not one of our patients? We can usually still help. Non-registered patients are seen privately: an emergency
  appointment costs <strong>&pound;95</strong>, which includes the examination, any X-rays needed and temporary
  treatment to get you out of pain. Any further treatment is quoted separately. If you want urgent NHS care and
  aren't registered with us, please call NHS 111, who can book you into an urgent dental care service in Norfolk.</p>

  <h2>Out of hours: evenings, weekends and bank holidays</h2>
  <p>When we are closed, our answerphone will give you the same advice: call <strong>NHS 111</strong> (or use
  111.nhs.uk). They will assess you and, if needed, book you an appointment with the Norfolk and Waveney urgent
  dental service, which runs evenings, weekends and bank holidays. The NHS urgent treatment charge applies unless
  you are exempt.</p>

  <h2>When to go to A&amp;E instead</h2>
  <ul>
    <li>swelling of the face or neck that is making it hard to breathe or swallow, or closing your eye</li>
    <li>bleeding that won't stop after 20 minutes of firm pressure with a rolled-up gauze or clean cloth</li>
    <li>a facial injury with a head injury, loss of consciousness, double vision or vomiting</li>
  </ul>

  <h2>Knocked-out adult tooth</h2>
  <p>Time really matters. Pick the tooth up by the white crown, not the root. If it's dirty, rinse it briefly in
  milk or cold water. If you can, push it back into its socket and bite gently on a clean hankie. If not, keep it
  in a small pot of milk, or inside your cheek, and get to a dentist within the hour. Never put a baby tooth
  back in.</p>

  <h2>Broken tooth, lost filling or crown come off?</h2>
  <p>These are usually not emergencies unless you're in a lot of pain. Keep a loose crown safe and bring it with
  you; a temporary dental cement from the chemist can hold it in place for a day or two. Take painkillers as
  directed on the pack and call us when we open.</p>
</div>
""",
    sidebar=True,
)

HTML["/fillings-crowns-root-canals/"] = _page(
    "/fillings-crowns-root-canals/",
    "Fillings, Crowns & Root Canal Treatment",
    "White fillings, crowns and root canal treatment in Norwich.",
    _hero("Fillings, Crowns &amp; Root Canals", "Saving and strengthening damaged teeth")
    + """
<div class="treatment-content">
  <h2>Fillings</h2>
  <p>When decay or a crack is caught early, a filling is a quick, simple fix, usually done in a single visit
  under local anaesthetic. We offer tooth-coloured composite (white) fillings and traditional silver amalgam.</p>
  <p><strong>White fillings on the NHS:</strong> on the NHS, front teeth are filled with white material, but back
  teeth are normally filled with amalgam, which is strong and long-lasting. If you'd like a white filling on a
  back tooth, you can have it privately even while the rest of your course of treatment is on the NHS. Under
  current rules we don't use amalgam for children under 15 or for pregnant or breastfeeding women, unless there
  is a clinical reason to.</p>
  <p>After a filling, your lip and tongue may be numb for two to four hours. Avoid hot drinks and chewing until
  the feeling comes back so you don't bite your cheek.</p>

  <h2>Crowns and onlays</h2>
  <p>A crown covers a tooth that is heavily filled, cracked or has had root canal treatment. It needs two
  visits about two weeks apart. At the first visit we shape the tooth, take a digital scan and fit a temporary
  crown; our local laboratory in Norwich then makes your crown. At the second visit we check the fit and colour
  and cement it. Where less of the tooth needs covering we may suggest an onlay, which keeps more natural tooth.</p>

  <h2>Root canal treatment</h2>
  <p>If the nerve inside a tooth becomes infected or dies, root canal treatment can save the tooth instead of
  taking it out. We numb the tooth thoroughly, so most patients say it feels no different from having a filling,
  just longer. We clean and shape the canals, then seal them.</p>
  <ul>
    <li>Most root canals take <strong>one or two visits</strong> of 60 to 90 minutes each.</li>
    <li>The tooth may be tender for a few days afterwards; ibuprofen or paracetamol usually helps.</li>
    <li>Around 85 to 90% of root-treated teeth last for many years.</li>
    <li>Back teeth usually need a crown afterwards to stop them splitting.</li>
  </ul>
  <p>Very complex molars, or teeth that have been root treated before, may be referred to a specialist
  endodontist.</p>
</div>
""",
    sidebar=True,
)

HTML["/extractions-wisdom-teeth/"] = _page(
    "/extractions-wisdom-teeth/",
    "Extractions & Wisdom Teeth",
    "Tooth extractions and wisdom tooth removal in Norwich, with aftercare advice.",
    _hero("Extractions &amp; Wisdom Teeth", "Gentle, careful tooth removal")
    + """
<div class="treatment-content">
  <h2>When a tooth has to come out</h2>
  <p>We always try to save a tooth, but sometimes taking it out is the kindest option: a tooth that is badly
  broken, very loose from gum disease, or too infected to treat. Your dentist will talk you through ways of
  filling the gap before anything is removed.</p>

  <h2>Wisdom teeth</h2>
  <p>Wisdom teeth often get stuck (impacted) against the tooth in front. We only recommend removing them when
  they are causing problems, such as repeated infections of the gum over the tooth (pericoronitis), decay, or
  damage to the neighbouring tooth. Many wisdom teeth can be removed here at the practice by Dr Hollis.</p>
  <p>If an X-ray shows that the roots lie very close to the nerve in the lower jaw, we'll take a 3D (CBCT) scan.
  Where the risk is high we refer you to the oral surgery team at the Norfolk and Norwich University Hospital
  on the NHS. Hospital waiting lists are currently long, so we can also refer you privately to a visiting oral
  surgeon who sees patients here on Thursday afternoons.</p>

  <h2>Aftercare</h2>
  <ul>
    <li>Bite on the gauze for 20 minutes. A little oozing for 24 hours is normal.</li>
    <li>Don't rinse, spit hard or drink through a straw for 24 hours.</li>
    <li>Don't smoke or vape for at least 48 hours, and avoid alcohol for 24 hours.</li>
    <li>From the next day, rinse gently with warm salty water after meals for a week.</li>
    <li>Eat soft food on the other side and keep brushing your other teeth.</li>
  </ul>
  <p>Most people are back at work the next day after a simple extraction; allow two or three days after a
  surgical wisdom tooth removal.</p>

  <h2>Dry socket</h2>
  <p>If the pain gets <strong>worse</strong> two to four days after an extraction instead of better, often with a
  bad taste or smell and an empty-looking socket, you may have a dry socket. This happens when the blood clot is
  lost. It is very painful but easy to treat: please ring us and we will see you the same day to clean the
  socket and place a soothing dressing. There's no charge for this if we took the tooth out.</p>
</div>
""",
    sidebar=True,
)

HTML["/childrens-dentistry/"] = _page(
    "/childrens-dentistry/",
    "Children's Dentist",
    "Children's dentistry in Norwich: free NHS care for children, fluoride varnish and fissure sealants.",
    _hero("Children's Dentistry", "Building happy habits for life")
    + """
<div class="treatment-content">
  <h2>Bring them early</h2>
  <p>NHS dental treatment for children is free, and we'd love to meet your little one as soon as their first
  tooth appears, and certainly by their first birthday. Don't wait for a problem. Early visits are mostly about
  getting used to the sights and sounds: a ride up and down in the chair, a count of their teeth and a sticker.
  We'll also give you advice on brushing, teething, bottles and dummies.</p>
  <p>We book children's appointments back-to-back with parents where we can, and keep after-school slots from
  3.30pm to 5pm for school-age children. Children under 16 must come with a parent or an adult with parental
  responsibility, who will need to sign consent for any treatment.</p>

  <h2>Prevention</h2>
  <ul>
    <li><strong>Fluoride varnish:</strong> from age 3 we paint a fluoride varnish onto the teeth twice a year. It
    takes a minute, tastes of fruit and strengthens the enamel.</li>
    <li><strong>Fissure sealants:</strong> a thin protective coating painted into the grooves of the adult back
    teeth soon after they come through, usually around age 6 to 7 and again at 11 to 12. No injections or
    drilling needed.</li>
    <li><strong>Toothpaste:</strong> under 3s need a smear of family toothpaste with at least 1,000ppm fluoride;
    from 3 years old, a pea-sized amount of 1,350 to 1,500ppm. Spit, don't rinse.</li>
  </ul>

  <h2>Thumbs, dummies and wobbly teeth</h2>
  <p>Thumb-sucking and dummies can push the front teeth forward if they carry on once adult teeth are coming
  through. We're happy to give gentle tips to help break the habit. Baby teeth usually start to wobble at around
  6 and the last ones go at about 12.</p>

  <h2>Children's Smile Club</h2>
  <p>Every child who comes for a check-up gets a Smile Club certificate, and cavity-free children go into a draw
  each term for a &pound;20 toy voucher.</p>
</div>
""",
    sidebar=True,
    reviews=True,
)

HTML["/nervous-patients/"] = _page(
    "/nervous-patients/",
    "Nervous Patients & Sedation",
    "Dentistry for nervous and anxious patients in Norwich, including IV sedation.",
    _hero("Nervous Patients", "No judgement, no rush, no lectures")
    + """
<div class="treatment-content">
  <h2>You're in control</h2>
  <p>Around one in three adults feels anxious about the dentist, and many of our patients hadn't been for years
  before they came to us. Whatever your reasons, we won't judge you for the state of your teeth.</p>
  <ul>
    <li><strong>A free "meet and chat" appointment:</strong> 20 minutes with a dentist in a quiet room, not the
  surgery, with no examination unless you want one.</li>
    <li><strong>Stop signals:</strong> agree a hand signal and we stop straight away.</li>
    <li><strong>Distraction:</strong> ceiling TVs with Netflix and noise-cancelling headphones in every surgery.</li>
    <li><strong>Gentler injections:</strong> numbing gel first, and The Wand computer-controlled anaesthetic
    system, which delivers the anaesthetic slowly so it hardly stings.</li>
    <li><strong>Quieter times:</strong> ask for the first appointment of the day so you don't sit and worry.</li>
  </ul>

  <h2>IV sedation</h2>
  <p>For very nervous patients, or longer procedures such as wisdom tooth removal or implants, we offer
  intravenous (IV) sedation with midazolam. It is given through a small needle in the back of your hand or arm.
  You stay awake and can respond to us, but you'll feel deeply relaxed and most people remember very little
  afterwards. Dr Aisling Murphy runs our sedation sessions on Wednesday mornings, with a specially trained nurse.</p>
  <p>IV sedation is private and costs <strong>&pound;295</strong> per session on top of the cost of your
  treatment. You need an assessment appointment first.</p>
  <h3>On the day of your sedation</h3>
  <ul>
    <li>A responsible adult must bring you, take you home and stay with you for the rest of the day.</li>
    <li>You must not drive, cycle, operate machinery, drink alcohol or sign legal documents for 24 hours.</li>
    <li>Have a light meal up to 2 hours before, and take your usual medicines unless told otherwise.</li>
  </ul>
  <p><strong>Please note:</strong> we don't offer general anaesthetic (being put fully to sleep) at the practice.
  If you need it, we can refer you to the Norfolk Community Dental Service or the hospital, where waiting times
  can be long.</p>
</div>
""",
    sidebar=True,
)

HTML["/invisalign-braces/"] = _page(
    "/invisalign-braces/",
    "Invisalign & Braces",
    "Invisalign clear aligners and braces in Norwich: prices and NHS orthodontics for children.",
    _hero("Invisalign &amp; Braces", "Straighter teeth without the metal mouth")
    + """
<div class="treatment-content">
  <h2>Invisalign clear aligners</h2>
  <p>Invisalign straightens teeth using a series of clear, removable plastic aligners. Dr Marek Nowak is our
  Invisalign provider. Your free consultation includes an iTero 3D scan and a simulation showing how your teeth
  could look at the end.</p>
  <ul>
    <li>Wear the aligners for 22 hours a day, taking them out only to eat, drink anything but water and brush.</li>
    <li>Change to a new set every one to two weeks.</li>
    <li>Check-ins every 6 to 10 weeks; treatment takes 4 to 18 months.</li>
  </ul>
  <table class="price-table">
    <thead><tr><th>Invisalign option</th><th>Suits</th><th>Price</th></tr></thead>
    <tbody>
      <tr><td>Invisalign Express</td><td>Minor crowding or relapse, up to 7 aligners</td><td>&pound;1,950</td></tr>
      <tr><td>Invisalign Lite</td><td>Mild to moderate cases, up to 14 aligners</td><td>&pound;2,950</td></tr>
      <tr><td>Invisalign Comprehensive</td><td>More complex cases, unlimited aligners</td><td>&pound;3,950</td></tr>
    </tbody>
  </table>
  <p>All fees include your scans, aligners, any refinement aligners and your first set of Vivera retainers.
  Replacement retainers are &pound;395 for a set of three. Retainers must be worn at night for life, otherwise
  teeth drift back, which is the most common reason adults come to us for a second round of straightening.</p>

  <h2>Fixed braces</h2>
  <p>For adults who prefer fixed braces, tooth-coloured ceramic braces are available privately from
  &pound;3,200 per arch with our visiting specialist orthodontist, Dr James Okafor, who holds clinics on the
  first Monday of each month.</p>

  <h2>Braces on the NHS for children</h2>
  <p>We don't provide NHS braces ourselves. NHS orthodontic treatment is available for under-18s whose teeth
  are crooked enough to qualify under the national scoring system (IOTN grade 4 or 5, and some grade 3 cases);
  mild cosmetic crowding doesn't qualify. Your child's dentist will check at their check-up, usually from age 11
  or 12 once most adult teeth are through, and refer them to a specialist orthodontic practice. Waiting lists
  in Norfolk are currently 12 to 18 months. Adults are not usually eligible for NHS braces.</p>
</div>
<section class="before-after-gallery">
  <h2 class="section-title">Invisalign results</h2>
  <div class="ba-grid">
    <figure class="ba-item"><img src="/wp-content/uploads/2024/02/ba-invisalign-01.jpg" alt=""><figcaption>Crowding,
      Lite, 7 months</figcaption></figure>
    <figure class="ba-item"><img src="/wp-content/uploads/2024/02/ba-invisalign-04.jpg" alt=""><figcaption>Gaps,
      Express, 4 months</figcaption></figure>
  </div>
</section>
""",
    sidebar=True,
)

HTML["/teeth-whitening/"] = _page(
    "/teeth-whitening/",
    "Teeth Whitening",
    "Safe professional teeth whitening in Norwich: Boutique home whitening and Enlighten.",
    _hero("Teeth Whitening", "Safe, professional and long-lasting")
    + """
<div class="treatment-content">
  <h2>Professional whitening, done safely</h2>
  <p>In the UK, tooth whitening is only legal when it's prescribed by a dentist; salons and beauticians are not
  allowed to use effective whitening gels. Before you start we check your teeth and gums are healthy, because
  whitening over decay or gum disease can be painful.</p>
  <table class="price-table">
    <thead><tr><th>System</th><th>How it works</th><th>Price</th></tr></thead>
    <tbody>
      <tr><td>Boutique home whitening</td><td>Custom trays worn at home for 2 to 3 weeks</td><td>&pound;325</td></tr>
      <tr><td>Enlighten Evolution</td><td>2 weeks of home trays, then a 1-hour in-surgery session; shade B1
        guaranteed</td><td>&pound;595</td></tr>
      <tr><td>Top-up gel</td><td>Pack of 4 syringes for existing trays</td><td>&pound;30</td></tr>
    </tbody>
  </table>

  <h2>How long does it take?</h2>
  <p>We need two short visits: one to scan your teeth for your trays, and one about 10 days later to fit them
  and show you how to use the gel. You'll then wear the trays either overnight or for an hour a day. Most
  people see a clear difference within the first week, and the full result takes 2 to 3 weeks (Enlighten
  takes 3 weeks including the in-surgery visit). If you're whitening for a wedding or special event, please
  start at least <strong>6 weeks</strong> before the day.</p>
  <p>Results last for years with an occasional top-up. Tea, coffee, red wine and smoking will bring staining
  back sooner.</p>

  <h2>Things to know</h2>
  <ul>
    <li>Whitening works on natural teeth only. Crowns, veneers and white fillings won't change colour, so they
    may look darker than your newly whitened teeth and you may want to replace them afterwards.</li>
    <li>Some sensitivity for a few days is common; a sensitive toothpaste helps.</li>
    <li>By law we can't whiten teeth for anyone under 18, except to treat disease, and we don't whiten during
    pregnancy or breastfeeding.</li>
    <li>Whitening isn't available on the NHS.</li>
  </ul>
</div>
<section class="before-after-gallery">
  <h2 class="section-title">Whitening results</h2>
  <div class="ba-grid">
    <figure class="ba-item"><img src="/wp-content/uploads/2024/02/ba-whitening-03.jpg" alt=""><figcaption>Enlighten,
      A3 to B1</figcaption></figure>
    <figure class="ba-item"><img src="/wp-content/uploads/2024/02/ba-whitening-05.jpg" alt=""><figcaption>Boutique, 2
      weeks</figcaption></figure>
  </div>
</section>
""",
    sidebar=True,
)

HTML["/dental-implants/"] = _page(
    "/dental-implants/",
    "Dental Implants",
    "Dental implants in Norwich with Dr Tom Hollis: single teeth, bridges and implant-retained dentures.",
    _hero("Dental Implants", "The closest thing to a natural tooth")
    + """
<div class="treatment-content">
  <h2>What is an implant?</h2>
  <p>A dental implant is a small titanium screw placed in the jawbone where a tooth is missing. Once the bone has
  grown onto it, it supports a crown, a bridge or a denture that is fixed firmly in place. Implants don't rely on
  the teeth either side, and they help stop the bone shrinking away where a tooth has been lost. All our implant
  treatment is carried out by Dr Tom Hollis.</p>

  <h2>Implant fees</h2>
  <table class="price-table">
    <thead><tr><th>Treatment</th><th>Price</th></tr></thead>
    <tbody>
      <tr><td>Implant consultation (redeemable against treatment)</td><td>&pound;95</td></tr>
      <tr><td>CBCT 3D scan</td><td>&pound;175</td></tr>
      <tr><td>Single implant including crown</td><td>from &pound;2,650</td></tr>
      <tr><td>Implant bridge on two implants (three teeth)</td><td>from &pound;4,900</td></tr>
      <tr><td>Lower denture clipped onto two implants</td><td>from &pound;5,500</td></tr>
      <tr><td>Bone graft, if needed</td><td>from &pound;450</td></tr>
    </tbody>
  </table>
  <p>Implants are not available on the NHS at dental practices; the NHS only provides them in hospital in a
  small number of cases, such as after mouth cancer surgery.</p>

  <h2>The process</h2>
  <ol>
    <li><strong>Consultation and scan:</strong> we check your gums, bone and general health and plan the implant
    position in 3D.</li>
    <li><strong>Placing the implant:</strong> a one-hour procedure under local anaesthetic (IV sedation is
    available). Most people say it's easier than having a tooth out.</li>
    <li><strong>Healing:</strong> usually 3 months, during which you can wear a temporary tooth.</li>
    <li><strong>Fitting the crown:</strong> a scan and then a final visit to fit your new tooth.</li>
  </ol>
  <p>From start to finish, most single implants take 4 to 6 months.</p>

  <h2>Looking after your implant</h2>
  <p>Implants can get gum disease just like teeth. Our implant guarantee covers the implant for 5 years as long
  as you see the hygienist at least every 6 months and attend your check-ups. Smokers have a higher risk of
  implants failing, and we'll discuss this with you honestly.</p>
</div>
<section class="before-after-gallery">
  <h2 class="section-title">Implant cases</h2>
  <div class="ba-grid">
    <figure class="ba-item"><img src="/wp-content/uploads/2024/02/ba-implant-02.jpg" alt=""><figcaption>Single
      implant, upper left</figcaption></figure>
  </div>
</section>
""",
    sidebar=True,
)

HTML["/dentures/"] = _page(
    "/dentures/",
    "Dentures",
    "NHS and private dentures in Norwich, plus same-day denture repairs.",
    _hero("Dentures", "Comfortable, natural-looking replacement teeth")
    + """
<div class="treatment-content">
  <h2>Full and partial dentures</h2>
  <p>Dentures replace some (partial) or all (full) of your teeth and can be taken out for cleaning. Modern
  dentures look far more natural than they used to. NHS dentures are made from acrylic (plastic) and come under
  the Band 3 NHS charge. Privately, we can offer more natural-looking teeth, a more detailed fit and stronger
  materials.</p>
  <table class="price-table">
    <thead><tr><th>Private denture</th><th>Price</th></tr></thead>
    <tbody>
      <tr><td>Acrylic full or partial denture (one arch)</td><td>&pound;695</td></tr>
      <tr><td>Full upper and lower acrylic dentures</td><td>&pound;1,250</td></tr>
      <tr><td>Cobalt chrome (metal-framed) partial denture</td><td>&pound;1,150</td></tr>
      <tr><td>Flexible Valplast partial denture (no metal clasps)</td><td>&pound;850</td></tr>
      <tr><td>Reline (refitting to your gums)</td><td>&pound;165</td></tr>
    </tbody>
  </table>

  <h2>How dentures are made</h2>
  <p>Making a good denture takes four or five appointments over four to six weeks: impressions, bite records, a
  wax "try-in" so you can see and approve the teeth, and then the fit. If you're having teeth taken out, we can
  make an <strong>immediate denture</strong> in advance so you're never without teeth. Gums shrink over the first
  few months, so immediate dentures usually need a reline later.</p>

  <h2>Broken denture? Same-day repairs</h2>
  <p>Cracked, snapped in two, or lost a tooth off your denture? Bring it in to reception by <strong>10am</strong>
  Monday to Thursday and our lab will usually have it back to you by 4pm the same day. Please bring all the pieces,
  and don't try to glue it yourself: household glue is toxic and makes a proper repair much harder. Private repairs
  start at &pound;75; on the NHS a repair is charged at Band 1.</p>

  <h2>Caring for your dentures</h2>
  <ul>
    <li>Take them out at night to give your gums a rest, and keep them in water so they don't dry out.</li>
    <li>Clean with a soft brush and soap or denture cleaner, not toothpaste, which scratches.</li>
    <li>Never use hot or boiling water: it can warp the plastic.</li>
    <li>Keep having check-ups even with no natural teeth, so we can check your gums and screen for mouth cancer.</li>
  </ul>
</div>
""",
    sidebar=True,
)

HTML["/dental-plan/"] = _page(
    "/dental-plan/",
    "Wensum Care Plan",
    "The Wensum Care Plan: monthly dental membership for private patients in Norwich.",
    _hero("Wensum Care Plan", "Regular private care for a fixed monthly fee")
    + """
<div class="container">
<div class="treatment-content">
  <h2>Spread the cost of your routine care</h2>
  <p>Our practice membership plan lets you pay for your routine private dental care by monthly Direct Debit,
  so there are no surprise bills for check-ups and hygiene visits. There are two levels:</p>
  <div class="plan-cards">
    <div class="plan-card">
      <h3>Essentials &ndash; &pound;15.95 a month</h3>
      <ul>
        <li>2 dental examinations a year</li>
        <li>2 hygienist appointments a year (30 minutes)</li>
        <li>All routine X-rays</li>
        <li>10% off all other private treatment</li>
      </ul>
    </div>
    <div class="plan-card plan-featured">
      <h3>Complete &ndash; &pound;27.50 a month</h3>
      <ul>
        <li>2 dental examinations a year</li>
        <li>Up to 4 hygienist appointments a year</li>
        <li>All routine X-rays</li>
        <li>Fillings, extractions and root canal treatment included</li>
        <li>Crowns, bridges and dentures at 20% off (laboratory fees charged in full)</li>
      </ul>
    </div>
  </div>
  <h2>Benefits for every member</h2>
  <ul>
    <li><strong>Children go free:</strong> children under 18 of a plan member can join the Essentials plan at no
      cost.</li>
    <li><strong>Worldwide dental injury and emergency cover:</strong> through our plan administrator's insurance,
    you can claim up to &pound;800 for emergency treatment abroad and up to &pound;10,000 for treatment after an
    accident.</li>
    <li><strong>A members' out-of-hours helpline</strong> for advice when we're closed.</li>
  </ul>

  <h2>Joining and leaving</h2>
  <p>To join, you first need a new patient examination so we can make sure your mouth is healthy ("dentally
  fit"). If you need treatment first, we'll complete it at our normal private fees, then start your plan. There's
  no joining fee. You can leave at any time by giving us one month's notice in writing; there is no minimum
  term. The plan covers private care only. It isn't insurance for major treatment, and whitening, Invisalign
  and implants are not included beyond the 10% or 20% member discounts.</p>
</div>
</div>
""",
)

HTML["/finance/"] = _page(
    "/finance/",
    "Dental Finance",
    "Interest-free and low-rate dental finance at Wensum Family Dental, Norwich.",
    _hero("Finance Options", "Your new smile, paid monthly")
    + """
<div class="container">
<div class="treatment-content">
  <h2>Spread the cost of your treatment</h2>
  <p>For private treatments costing <strong>&pound;500 or more</strong>, such as implants, Invisalign, crowns and
  dentures, you can spread the cost with a loan arranged through our finance partner, Tabeo. Wensum Family Dental
  is an introducer appointed representative, not a lender.</p>
  <ul>
    <li><strong>0% interest-free</strong> over 6 or 12 months.</li>
    <li><strong>9.9% APR representative</strong> over 24, 36 or 48 months.</li>
    <li>Minimum deposit of 10%, paid to the practice.</li>
    <li>Settle early at any time with no penalty.</li>
  </ul>

  <h2>Example</h2>
  <table class="price-table finance-example">
    <thead><tr><th></th><th>12 months at 0%</th><th>24 months at 9.9% APR</th></tr></thead>
    <tbody>
      <tr><td>Treatment cost</td><td>&pound;2,650</td><td>&pound;2,650</td></tr>
      <tr><td>Deposit</td><td>&pound;265</td><td>&pound;265</td></tr>
      <tr><td>Amount of credit</td><td>&pound;2,385</td><td>&pound;2,385</td></tr>
      <tr><td>Monthly payment</td><td>&pound;198.75</td><td>&pound;109.50</td></tr>
      <tr><td>Total amount payable</td><td>&pound;2,650.00</td><td>&pound;2,893.00</td></tr>
    </tbody>
  </table>

  <h2>How to apply</h2>
  <p>Once you have your written treatment plan, our treatment coordinator will send you a link to apply online.
  It takes about five minutes, and you'll normally get a decision straight away. The first check is a soft search
  that doesn't affect your credit score.</p>
  <p>To apply you must be 18 or over, live in the UK, have a UK bank account and be in regular income
  (employed, self-employed or retired with a pension). Finance is subject to status and affordability.</p>
  <p>Finance isn't available for NHS charges or for routine check-ups and hygiene. If you'd like to budget for
  those, take a look at our monthly care plan instead.</p>
</div>
</div>
""",
)

HTML["/new-patients/"] = _page(
    "/new-patients/",
    "New Patients & Appointments",
    "Joining Wensum Family Dental as an NHS or private patient, the NHS waiting list, and our appointment policy.",
    _hero("New Patients &amp; Appointments", "We'd love to welcome you")
    + """
<div class="container">
<div class="treatment-content">
  <h2>Joining as an NHS patient</h2>
  <p><strong>Adults:</strong> our NHS list for adults is currently full. You can join our NHS waiting list by
  calling reception or filling in the form below. The wait is currently around 14 months. When a place comes up
  we'll text you, and you'll have 7 days to book your first appointment before we offer the place to the next
  person.</p>
  <p><strong>Children:</strong> we are accepting NHS patients under 18 right now, even if their parents aren't
  registered with us.</p>
  <p>There is no formal lifelong "registration" with an NHS dentist. We keep you on our NHS list as long as you
  come for a check-up at least once every two years.</p>

  <h2>Joining as a private patient</h2>
  <p>There is no waiting list for private care. New private patients are usually seen within two weeks, and the
  new patient examination includes any X-rays you need. After that you can choose to pay as you go or join the
  Wensum Care Plan.</p>

  <h2>Your first visit</h2>
  <p>Please complete your medical history form online before you come (we'll email the link) and arrive 10 minutes
  early. Bring a list of your medicines, and proof of exemption if you don't pay NHS charges.</p>

  <h2>Booking, cancelling and missed appointments</h2>
  <p>Existing patients can book check-ups and hygiene visits through the patient portal. We send a reminder text
  and email two days before each appointment.</p>
  <ul>
    <li><strong>Cancelling:</strong> please give us at least <strong>48 hours' notice</strong> by phone or through
    the link in your reminder text, so we can offer the time to someone in pain.</li>
    <li><strong>Private patients:</strong> if you miss an appointment or cancel with less than 48 hours' notice, we
    charge &pound;40 for appointments of up to 30 minutes and &pound;80 for longer appointments.</li>
    <li><strong>NHS patients:</strong> there's no fee, but if you miss two appointments in 12 months without
    letting us know, we may end your course of treatment and not offer you further routine NHS care.</li>
    <li><strong>Running late:</strong> if you're more than 10 minutes late we may have to rebook you.</li>
  </ul>
  <p>We understand that emergencies happen, so please just call us and we'll always be reasonable.</p>

  <form class="df-form waiting-list-form" action="/new-patients/" method="post">
    <h3>NHS waiting list / new patient enquiry</h3>
    <label>Full name <input type="text" name="name" required></label>
    <label>Date of birth <input type="date" name="dob"></label>
    <label>Phone <input type="tel" name="phone"></label>
    <label>I'd like to join as <select name="type"><option>NHS (waiting
      list)</option><option>Private</option></select></label>
    <button class="btn btn-primary" type="submit">Send</button>
  </form>
</div>
</div>
""",
)

HTML["/meet-the-team/"] = _page(
    "/meet-the-team/",
    "Meet the Team",
    "Meet the dentists, hygienist, therapist and reception team at Wensum Family Dental.",
    _hero("Meet the Team", "Friendly faces who'll look after you")
    + """
<div class="container">
<div class="team-grid">
  <div class="team-member">
    <img src="/wp-content/uploads/2023/01/dr-priya-raman.jpg" alt="Dr Priya Raman">
    <h3>Dr Priya Raman</h3><p class="team-role">Principal Dentist &ndash; BDS (Birmingham 2004), MJDF RCS</p>
    <p>Priya has owned the practice since 2013. She has a special interest in saving teeth with root canal
    treatment and crowns, and she speaks Tamil. Outside work she is usually running round Eaton Park.</p>
  </div>
  <div class="team-member">
    <img src="/wp-content/uploads/2023/01/dr-tom-hollis.jpg" alt="Dr Tom Hollis">
    <h3>Dr Tom Hollis</h3><p class="team-role">Implant Dentist &ndash; BDS (London 2006), MSc Implant Dentistry</p>
    <p>Tom carries out all our implant treatment and surgical extractions, and works Mondays, Thursdays and
    Fridays. He has placed more than 1,500 implants.</p>
  </div>
  <div class="team-member">
    <img src="/wp-content/uploads/2023/01/dr-aisling-murphy.jpg" alt="Dr Aisling Murphy">
    <h3>Dr Aisling Murphy</h3><p class="team-role">Dentist &ndash; BDentSc (Dublin 2012), PG Cert Conscious Sedation</p>
    <p>Aisling leads our sedation service and sees many of our youngest patients. Patients often say she is the
    reason they finally came back to the dentist.</p>
  </div>
  <div class="team-member">
    <img src="/wp-content/uploads/2023/01/dr-marek-nowak.jpg" alt="Dr Marek Nowak">
    <h3>Dr Marek Nowak</h3><p class="team-role">Dentist &ndash; Lek. Dent. (Pozna&#324; 2015)</p>
    <p>Marek is our Invisalign provider and also provides general NHS and private dentistry. He speaks Polish
    and Russian as well as English.</p>
  </div>
  <div class="team-member">
    <img src="/wp-content/uploads/2023/01/dr-ben-ashworth.jpg" alt="Dr Ben Ashworth">
    <h3>Dr Ben Ashworth</h3><p class="team-role">Dentist &ndash; BDS (Newcastle 2021)</p>
    <p>Ben joined us after his foundation training in Ipswich and sees NHS and private patients four days a week.</p>
  </div>
  <div class="team-member">
    <img src="/wp-content/uploads/2023/01/ellie-barnes.jpg" alt="Ellie Barnes">
    <h3>Ellie Barnes</h3><p class="team-role">Dental Therapist</p>
    <p>As a therapist, Ellie can do hygiene treatments and also fillings and simple treatments on children's
    baby teeth, on a dentist's prescription.</p>
  </div>
  <div class="team-member">
    <img src="/wp-content/uploads/2023/01/sophie-clarke.jpg" alt="Sophie Clarke">
    <h3>Sophie Clarke</h3><p class="team-role">Dental Hygienist</p>
    <p>Sophie qualified in 1998 and is passionate about gum health. She works Tuesday and Thursday evenings.</p>
  </div>
  <div class="team-member">
    <img src="/wp-content/uploads/2023/01/karen-doyle.jpg" alt="Karen Doyle">
    <h3>Karen Doyle</h3><p class="team-role">Practice Manager</p>
    <p>Karen looks after the running of the practice and is the person to speak to about feedback or complaints.</p>
  </div>
  <div class="team-member">
    <img src="/wp-content/uploads/2023/01/jade-ellis.jpg" alt="Jade Ellis">
    <h3>Jade Ellis</h3><p class="team-role">Treatment Coordinator</p>
    <p>Jade will talk you through treatment plans, costs and finance for cosmetic and implant treatment.</p>
  </div>
</div>
<p class="team-note">Our team also includes six qualified dental nurses and three receptionists.</p>
</div>
""",
    template="team",
)

HTML["/faq/"] = _page(
    "/faq/",
    "Frequently Asked Questions",
    "Answers to common questions about Wensum Family Dental.",
    _hero("FAQs", "Quick answers to the questions we're asked most")
    + """
<div class="container">
<div class="treatment-content faq-content">
  <div class="accordion" id="faq-accordion">
    <div class="accordion-item">
      <button class="accordion-toggle" aria-expanded="false">Can I have some treatment on the NHS and some
        privately?</button>
      <div class="accordion-panel"><p>Yes. You can have your check-ups and essential treatment on the NHS and
      choose private options alongside, such as whitening or a private hygienist visit. We'll always explain which
      parts are NHS and which are private, and give you a written plan to sign.</p></div>
    </div>
    <div class="accordion-item">
      <button class="accordion-toggle" aria-expanded="false">Do you make mouthguards for sport?</button>
      <div class="accordion-panel"><p>Yes. A custom-fitted sports mouthguard protects teeth far better than a
      boil-and-bite guard from a sports shop, and it's more comfortable so players actually wear it. They cost
      &pound;95, come in lots of colours and team combinations, and take about a week after a quick scan. We
      recommend them for rugby, hockey, boxing and martial arts. Growing children usually need a new one every
      season.</p></div>
    </div>
    <div class="accordion-item">
      <button class="accordion-toggle" aria-expanded="false">Are silver (amalgam) fillings safe?</button>
      <div class="accordion-panel"><p>Amalgam has been used for over 150 years and the evidence is that it is
      safe for most people. We don't recommend removing sound amalgam fillings just because they're amalgam, as
      drilling them out releases more mercury vapour than leaving them alone.</p></div>
    </div>
    <div class="accordion-item">
      <button class="accordion-toggle" aria-expanded="false">Can I have dental X-rays while pregnant?</button>
      <div class="accordion-panel"><p>Routine X-rays are usually postponed until after your baby arrives. If one
      is needed to diagnose pain or infection, the dose from a modern digital dental X-ray is tiny and it is
      considered safe, but we'll always discuss it with you first.</p></div>
    </div>
    <div class="accordion-item">
      <button class="accordion-toggle" aria-expanded="false">Can I bring my children to my own appointment?</button>
      <div class="accordion-panel"><p>Of course, but please bring another adult to keep an eye on them in the
      waiting room, as our team can't supervise children while they're treating you.</p></div>
    </div>
    <div class="accordion-item">
      <button class="accordion-toggle" aria-expanded="false">Do you sell gift vouchers?</button>
      <div class="accordion-panel"><p>Yes, for any amount from &pound;25. They can be used towards hygiene
      appointments or whitening and are valid for 12 months. Ask at reception.</p></div>
    </div>
    <div class="accordion-item">
      <button class="accordion-toggle" aria-expanded="false">Which toothbrush should I use?</button>
      <div class="accordion-panel"><p>An electric toothbrush with a small round head and a pressure sensor
      removes more plaque for most people. Brush for two minutes twice a day, last thing at night and one other
      time, and clean between your teeth once a day with interdental brushes.</p></div>
    </div>
    <div class="accordion-item">
      <button class="accordion-toggle" aria-expanded="false">How do I make a complaint?</button>
      <div class="accordion-panel"><p>We're sorry if something hasn't gone right. Please speak to our practice
      manager, Karen Doyle, or write to her at the practice. We'll acknowledge your complaint within 3 working
      days and aim to give a full response within 20 working days. If you're not happy with our reply, NHS
      patients can contact NHS England and private patients can contact the Dental Complaints Service.</p></div>
    </div>
  </div>
</div>
</div>
""",
    template="faq",
)

HTML["/contact/"] = _page(
    "/contact/",
    "Contact & Find Us",
    "Address, opening hours, parking and accessibility at Wensum Family Dental, Earlham Road, Norwich.",
    _hero("Contact &amp; Find Us", "118 Earlham Road, Norwich NR2 3HF")
    + """
<div class="container">
<div class="contact-layout row">
  <div class="col-half treatment-content">
    <h2>Get in touch</h2>
    <p>Phone: <a href="tel:01603451287">01603 451 287</a><br>
    Email: <a href="mailto:hello@wensumfamilydental.co.uk">hello@wensumfamilydental.co.uk</a><br>
    Post: Wensum Family Dental, 118 Earlham Road, Norwich, Norfolk NR2 3HF</p>
    <p>Emails are answered within one working day. Please don't email about urgent problems; phone us instead.</p>

    <h2>Opening hours</h2>
    <table class="hours-table">
      <tr><td>Monday</td><td>8:00am &ndash; 5:30pm</td></tr>
      <tr><td>Tuesday</td><td>8:00am &ndash; 7:00pm</td></tr>
      <tr><td>Wednesday</td><td>8:00am &ndash; 5:30pm</td></tr>
      <tr><td>Thursday</td><td>8:00am &ndash; 7:00pm</td></tr>
      <tr><td>Friday</td><td>8:00am &ndash; 4:00pm</td></tr>
      <tr><td>Saturday</td><td>9:00am &ndash; 1:00pm (first and third Saturday of the month, pre-booked only)</td></tr>
      <tr><td>Sunday</td><td>Closed</td></tr>
    </table>
    <p>We're closed on bank holidays and between Christmas and New Year.</p>
  </div>
  <div class="col-half">
    <div class="map-embed"><img src="/wp-content/uploads/2021/03/map-earlham-road.png" alt="Map showing 118 Earlham
      Road"></div>
  </div>
</div>
<div class="treatment-content">
  <h2>Parking and getting here</h2>
  <p>We have a small car park behind the practice with five spaces for patients, reached by the driveway on the
  left of the building. There is one blue badge bay right by the front entrance. Please don't park across our
  neighbours' driveways. The surrounding streets are residents' permit parking from 8am to 6.30pm Monday to
  Saturday, so if our car park is full, the nearest pay and display is on Recorder Road (about 5 minutes' walk).</p>
  <p>First bus route 25 (city centre to UEA) stops almost outside, at the Park Lane stop. We're a 15-minute walk
  from the city centre, and there's a bike rack at the front.</p>

  <h2>Accessibility</h2>
  <ul>
    <li>Step-free access through the front door, by a gentle ramp, with an automatic door.</li>
    <li>Two of our surgeries and the hygiene room are on the ground floor. Our other two surgeries are upstairs
    and there is no lift, so please tell us when booking if you need a ground-floor room and we'll arrange it.</li>
    <li>Wheelchair users are welcome; there's room to turn in our ground-floor surgeries, and an accessible toilet.</li>
    <li>A hearing loop is fitted at reception.</li>
    <li>Assistance dogs are always welcome.</li>
    <li>We can book a free interpreter for NHS appointments, including British Sign Language; please give us a
    week's notice.</li>
  </ul>
</div>
</div>
""",
    template="contact",
)


QUESTIONS = [
    (
        "hi my crown came off eating a toffee and its saturday night, is there anyone I can ring over the weekend",
        "/emergency-dentist/",
    ),
    (
        "My son's just knocked his front tooth clean out at football, it's a grown up tooth. What do we do with it??",
        "/emergency-dentist/",
    ),
    ("How much is a check up on the NHS these days?", "/fees/"),
    ("I'm 18 but still at college doing my A levels, do I have to pay for a filling on the NHS", "/fees/"),
    (
        "My bottom wisdom tooth keeps flaring up and the last dentist said it's sitting near a nerve. "
        "Would you take it out there or do I have to go to the hospital?",
        "/extractions-wisdom-teeth/",
    ),
    (
        "Had a tooth pulled on Monday, it was fine at first but now its throbbing worse than before and theres a "
        "horrible taste",
        "/extractions-wisdom-teeth/",
    ),
    (
        "My daughter is nearly 2 and has never been to the dentist, is that too young to bring her?",
        "/childrens-dentistry/",
    ),
    ("do you do those protective coatings on kids back teeth", "/childrens-dentistry/"),
    (
        "Honestly I haven't been to a dentist in nine years because I'm terrified, the noise of the drill makes me "
        "feel sick. Is there any way you can knock me out for it?",
        "/nervous-patients/",
    ),
    (
        "My teeth have gone a bit crooked again since I stopped wearing my retainer as a teenager. Roughly what "
        "would the clear plastic braces cost?",
        "/invisalign-braces/",
    ),
    ("Can my 13 year old get braces for free?", "/invisalign-braces/"),
    (
        "I'm getting married at the end of August and want my teeth a few shades brighter for the photos, how far "
        "ahead do I need to start",
        "/teeth-whitening/",
    ),
    (
        "I lost a back tooth years ago and I'm thinking about one of those screw in teeth, how much are we talking",
        "/dental-implants/",
    ),
    ("my nans false teeth have snapped in half, can you fix them today", "/dentures/"),
    (
        "Me and my husband are thinking of going on your monthly plan instead of paying each time. What do we "
        "actually get, and would the kids be covered?",
        "/dental-plan/",
    ),
    ("Is there interest to pay if I spread my Invisalign over two years?", "/finance/"),
    ("We've just moved to Norwich, are you taking on NHS patients?", "/new-patients/"),
    ("I completely forgot my appointment this morning. Will I get charged? I'm a private patient", "/new-patients/"),
    ("How much notice do you need if I want to cancel?", "/new-patients/"),
    ("Do any of the dentists speak Polish? My mum's English isn't great", "/meet-the-team/"),
    ("Have you got any lady dentists? I'd feel more comfortable with a woman", "/meet-the-team/"),
    ("can you make a gum shield for my lad, he's started playing rugby", "/faq/"),
    (
        "My dad's in a wheelchair, can he get into the building ok and is there somewhere to park close by?",
        "/contact/",
    ),
    ("My gums bleed every time I brush, how often should I be seeing the hygienist?", "/check-ups-and-hygiene/"),
    (
        "I've been told I need a root canal on a back tooth. Does it hurt and how many appointments is it?",
        "/fillings-crowns-root-canals/",
    ),
]

OUT_OF_SCOPE = [
    "Do you do Botox or lip fillers?",
    "Are you hiring any dental nurses at the moment? I've just qualified",
    "Could one of your dentists come out to my mum's care home? She can't get out any more",
    "My daughter wants one of those little diamond tooth gems stuck on, do you do that?",
    "Can you make me one of those anti-snoring mouthpieces? My wife says I snore like a train",
    "do you do a student discount? I'm at UEA",
    "What time does Norwich Castle museum open on a Sunday?",
    "Can you recommend a vet in Norwich who does cats' teeth?",
]
