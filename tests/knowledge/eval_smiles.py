"""An evaluation site: Kingfisher Dental Care, a mixed NHS and private family dental practice in Leicester (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML is a WordPress theme with an
Elementor-like page builder: deeply nested section/container/widget-wrap divs, a <main> element on only some
pages, a "Book online" and "Opening times" sidebar on the treatment pages, an accordion FAQ and one fee table.
"""

NAME = "Kingfisher Dental Care"

_SITE = "Kingfisher Dental Care"

_ANALYTICS = """<script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date()); gtag('config', 'G-KF4D2L7Q');
</script>"""

_MENU = """<nav class="elementor-nav-menu--main" aria-label="Main menu">
<ul id="menu-main-menu" class="elementor-nav-menu">
<li class="menu-item"><a href="/" class="elementor-item">Home</a></li>
<li class="menu-item menu-item-has-children"><a href="#" class="elementor-item has-submenu">Treatments</a>
<div class="mega-menu-panel"><div class="mega-menu-columns">
<ul class="sub-menu mega-col">
<li class="mega-col-title"><span>General dentistry</span></li>
<li><a href="/check-ups-and-hygiene/">Check-ups &amp; Hygienist</a></li>
<li><a href="/fillings-and-root-canal/">Fillings &amp; Root Canal</a></li>
<li><a href="/extractions-and-wisdom-teeth/">Extractions &amp; Wisdom Teeth</a></li>
<li><a href="/childrens-dentistry/">Children's Dentistry</a></li>
</ul>
<ul class="sub-menu mega-col">
<li class="mega-col-title"><span>Restorative</span></li>
<li><a href="/crowns-bridges-and-dentures/">Crowns, Bridges &amp; Dentures</a></li>
<li><a href="/dental-implants/">Dental Implants</a></li>
<li><a href="/emergency-dentist/">Emergency Appointments</a></li>
</ul>
<ul class="sub-menu mega-col">
<li class="mega-col-title"><span>Cosmetic &amp; Orthodontic</span></li>
<li><a href="/orthodontics/">Invisalign &amp; Braces</a></li>
<li><a href="/cosmetic-dentistry/">Whitening &amp; Bonding</a></li>
<li><a href="/nervous-patients/">Nervous Patients &amp; Sedation</a></li>
</ul>
</div></div>
</li>
<li class="menu-item menu-item-has-children"><a href="#" class="elementor-item has-submenu">Patients</a>
<ul class="sub-menu">
<li><a href="/new-patients/">New Patients</a></li>
<li><a href="/fees/">NHS &amp; Private Fees</a></li>
<li><a href="/dental-plan-and-finance/">Dental Plan &amp; Finance</a></li>
<li><a href="/practice-policies/">Practice Policies</a></li>
<li><a href="/faq/">FAQs</a></li>
</ul>
</li>
<li class="menu-item"><a href="/our-team/" class="elementor-item">Our Team</a></li>
<li class="menu-item"><a href="/find-us/" class="elementor-item">Find Us</a></li>
</ul>
</nav>"""

_HEADER = (
    """<div class="cky-consent-container" id="cookie-notice" role="dialog">
<div class="cky-consent-bar"><div class="cky-notice">
<p class="cky-title">We value your privacy</p>
<p class="cky-notice-des">We use cookies to improve your browsing experience and to analyse our traffic.
By clicking "Accept All" you consent to our use of cookies.</p>
<div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Customise</button>
<button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div>
</div></div></div>
<div data-elementor-type="header" class="elementor elementor-location-header">
<div class="elementor-section elementor-top-section topbar-section"><div class="elementor-container">
<div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap">
<div class="elementor-widget elementor-widget-icon-list"><ul class="elementor-icon-list-items">
<li><span class="elementor-icon-list-icon"><i class="fas fa-phone"></i></span>
<a href="tel:01162704418">0116 270 4418</a></li>
<li><span class="elementor-icon-list-icon"><i class="fas fa-envelope"></i></span>
<a href="mailto:hello@kingfisherdental.co.uk">hello@kingfisherdental.co.uk</a></li>
</ul></div></div></div>
<div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap">
<div class="elementor-widget elementor-widget-button"><a class="elementor-button elementor-size-sm"
href="/new-patients/"><span class="elementor-button-text">Register as a new patient</span></a></div>
</div></div>
</div></div>
<header class="elementor-section elementor-top-section site-header sticky-header"><div class="elementor-container">
<div class="elementor-column elementor-col-25"><div class="elementor-widget-wrap">
<div class="elementor-widget elementor-widget-theme-site-logo"><div class="elementor-widget-container">
<a href="/"><img src="/wp-content/uploads/2023/02/kingfisher-dental-logo.svg" alt="Kingfisher Dental Care"
width="220" height="64"></a></div></div>
</div></div>
<div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap">
<div class="elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container">
"""
    + _MENU
    + """
</div></div>
</div></div>
<div class="elementor-column elementor-col-25"><div class="elementor-widget-wrap">
<div class="elementor-widget elementor-widget-button"><a class="elementor-button elementor-size-md btn-book"
href="https://kingfisherdental.portal-booking.co.uk/book"><span class="elementor-button-text">Book Now</span></a>
</div></div></div>
</div></header>
</div>
"""
)

_SIDEBAR = """<aside class="elementor-column elementor-col-33 service-sidebar"><div class="elementor-widget-wrap">
<div class="elementor-widget elementor-widget-sidebar widget_book_online"><div class="elementor-widget-container">
<div class="sidebar-box sidebar-box--teal">
<h4 class="widget-title">Book online</h4>
<p>Existing patients can book check-ups and hygiene visits online 24/7.</p>
<a class="elementor-button elementor-size-sm" href="https://kingfisherdental.portal-booking.co.uk/book">Book
online</a>
<p class="small">Or call <a href="tel:01162704418">0116 270 4418</a></p>
</div></div></div>
<div class="elementor-widget elementor-widget-sidebar widget_opening_times"><div class="elementor-widget-container">
<div class="sidebar-box">
<h4 class="widget-title">Opening times</h4>
<ul class="opening-times">
<li><span>Mon, Tue, Thu</span><span>8:00am - 5:30pm</span></li>
<li><span>Wednesday</span><span>8:00am - 7:30pm</span></li>
<li><span>Friday</span><span>8:00am - 4:00pm</span></li>
<li><span>Saturday</span><span>9:00am - 1:00pm</span></li>
<li><span>Sunday</span><span>Closed</span></li>
</ul>
</div></div></div>
<div class="elementor-widget elementor-widget-sidebar widget_nav_menu"><div class="elementor-widget-container">
<h4 class="widget-title">Other treatments</h4>
<ul class="menu">
<li><a href="/check-ups-and-hygiene/">Check-ups &amp; Hygienist</a></li>
<li><a href="/dental-implants/">Dental Implants</a></li>
<li><a href="/orthodontics/">Invisalign &amp; Braces</a></li>
<li><a href="/cosmetic-dentistry/">Whitening &amp; Bonding</a></li>
</ul>
</div></div>
</div></aside>"""

_TESTIMONIALS = """<div class="elementor-section elementor-top-section testimonials-section">
<div class="elementor-container">
<div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">
<div class="elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title">What our patients
say</h2></div>
<div class="elementor-widget elementor-widget-testimonial-carousel"><div class="swiper-wrapper">
<div class="swiper-slide"><div class="elementor-testimonial">
<div class="elementor-testimonial__content"><div class="elementor-testimonial__text">"Friendly from the moment
you walk in. The hygienist was gentle and my teeth have never felt cleaner."</div></div>
<div class="elementor-testimonial__footer"><cite class="elementor-testimonial__cite">
<span class="elementor-testimonial__name">Priya S.</span>
<span class="elementor-testimonial__title">Google review, 5 stars</span></cite></div>
</div></div>
<div class="swiper-slide"><div class="elementor-testimonial">
<div class="elementor-testimonial__content"><div class="elementor-testimonial__text">"Brilliant with my two
boys. They actually look forward to going now!"</div></div>
<div class="elementor-testimonial__footer"><cite class="elementor-testimonial__cite">
<span class="elementor-testimonial__name">Mark T.</span>
<span class="elementor-testimonial__title">Google review, 5 stars</span></cite></div>
</div></div>
<div class="swiper-slide"><div class="elementor-testimonial">
<div class="elementor-testimonial__content"><div class="elementor-testimonial__text">"I hadn't been to a
dentist in years. Nobody judged me and everything was explained step by step."</div></div>
<div class="elementor-testimonial__footer"><cite class="elementor-testimonial__cite">
<span class="elementor-testimonial__name">Dean W.</span>
<span class="elementor-testimonial__title">Facebook recommendation</span></cite></div>
</div></div>
</div></div>
</div></div>
</div></div>"""

_CTA = """<div class="elementor-section elementor-top-section cta-band"><div class="elementor-container">
<div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap">
<div class="elementor-widget elementor-widget-heading"><h3 class="elementor-heading-title">Ready to smile with
confidence?</h3></div>
<div class="elementor-widget elementor-widget-text-editor"><p>Book your appointment online or give our friendly
reception team a call.</p></div>
</div></div>
<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">
<div class="elementor-widget elementor-widget-button"><a class="elementor-button elementor-size-lg"
href="https://kingfisherdental.portal-booking.co.uk/book"><span class="elementor-button-text">Book your
appointment</span></a></div>
</div></div>
</div></div>"""

_FOOTER = """<footer data-elementor-type="footer" class="elementor elementor-location-footer">
<div class="elementor-section elementor-top-section footer-main"><div class="elementor-container">
<div class="elementor-column elementor-col-25"><div class="elementor-widget-wrap">
<div class="elementor-widget elementor-widget-image"><img src="/wp-content/uploads/2023/02/kingfisher-white.svg"
alt="Kingfisher Dental Care" width="180"></div>
<div class="elementor-widget elementor-widget-text-editor"><p>Kingfisher Dental Care<br>
118 London Road<br>Leicester<br>LE2 0QF</p></div>
</div></div>
<div class="elementor-column elementor-col-25"><div class="elementor-widget-wrap">
<h5 class="footer-title">Get in touch</h5>
<p>Tel: <a href="tel:01162704418">0116 270 4418</a><br>
Email: <a href="mailto:hello@kingfisherdental.co.uk">hello@kingfisherdental.co.uk</a></p>
<p>Mon-Fri 8am-5:30pm (Wed until 7:30pm, Fri until 4pm)<br>Sat 9am-1pm</p>
</div></div>
<div class="elementor-column elementor-col-25"><div class="elementor-widget-wrap">
<h5 class="footer-title">Quick links</h5>
<ul class="footer-links">
<li><a href="/new-patients/">New Patients</a></li>
<li><a href="/fees/">Fees</a></li>
<li><a href="/emergency-dentist/">Emergency Dentist</a></li>
<li><a href="/practice-policies/">Practice Policies</a></li>
<li><a href="/find-us/">Find Us</a></li>
</ul>
</div></div>
<div class="elementor-column elementor-col-25"><div class="elementor-widget-wrap">
<h5 class="footer-title">Follow us</h5>
<div class="elementor-social-icons-wrapper">
<a class="elementor-social-icon elementor-social-icon-facebook" href="https://www.facebook.com/kingfisherdentalleicester"
>Facebook</a>
<a class="elementor-social-icon elementor-social-icon-instagram" href="https://www.instagram.com/kingfisher_dental/"
>Instagram</a>
</div>
</div></div>
</div></div>
<div class="elementor-section footer-bottom"><div class="elementor-container"><div class="elementor-widget-wrap">
<p class="copyright">&copy; 2026 Kingfisher Dental Care Ltd. Registered in England No. 08814236.
GDC registered practice. | <a href="/practice-policies/">Privacy &amp; Complaints</a></p>
<p class="credit">Website by Pixelmint Studio</p>
</div></div></div>
</footer>
"""


def _page(title, description, body, *, sidebar=False, main=True, testimonials=False, slug="page"):
    """Wrap a page body in the theme's shared head, header, page-builder sections and footer."""
    if sidebar:
        content = (
            '<div class="elementor-section elementor-top-section service-layout"><div class="elementor-container">\n'
            '<div class="elementor-column elementor-col-66 service-content"><div class="elementor-widget-wrap">\n'
            '<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">\n'
            + body
            + "\n</div></div>\n</div></div>\n"
            + _SIDEBAR
            + "\n</div></div>"
        )
    else:
        content = (
            '<div class="elementor-section elementor-top-section"><div class="elementor-container">\n'
            '<div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">\n'
            '<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">\n'
            + body
            + "\n</div></div>\n</div></div>\n</div></div>"
        )
    if testimonials:
        content += "\n" + _TESTIMONIALS
    content += "\n" + _CTA
    inner = f'<div data-elementor-type="wp-page" class="elementor elementor-{slug}">\n{content}\n</div>'
    if main:
        inner = f'<main id="content" class="site-main">\n{inner}\n</main>'
    else:
        inner = f'<div id="content" class="site-content">\n{inner}\n</div>'
    full_title = f"{title} | {_SITE}" if title != _SITE else f"{_SITE} | Family Dentist in Leicester"
    return (
        '<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="UTF-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{full_title}</title>\n"
        f'<meta name="description" content="{description}">\n'
        '<meta name="robots" content="index, follow, max-image-preview:large">\n'
        f'<meta property="og:title" content="{full_title}">\n'
        '<meta property="og:site_name" content="Kingfisher Dental Care">\n'
        "<link rel='stylesheet' id='hello-elementor-css' href='/wp-content/themes/hello-elementor/style.min.css'>\n"
        "<link rel='stylesheet' id='elementor-frontend-css' "
        "href='/wp-content/plugins/elementor/assets/css/frontend.min.css'>\n"
        "<link rel='stylesheet' id='elementor-post-css' href='/wp-content/uploads/elementor/css/post-12.css'>\n"
        '<link rel="icon" href="/wp-content/uploads/2023/02/cropped-favicon-32x32.png" sizes="32x32">\n'
        + _ANALYTICS
        + "\n</head>\n"
        f'<body class="page-template-default page elementor-default elementor-page {slug}">\n'
        '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>\n'
        + _HEADER
        + inner
        + "\n"
        + _FOOTER
        + "</body>\n</html>\n"
    )


_HOME = """<div class="hero-banner">
<h1 class="elementor-heading-title elementor-size-xxl">Friendly family dentistry on London Road, Leicester</h1>
<p>Kingfisher Dental Care is an independent, mixed NHS and private dental practice that has looked after
Leicester families since 1994. Whether you need a routine check-up, a same-day emergency appointment or a
complete smile makeover, our team of dentists, hygienists and nurses will look after you in a calm and modern
practice.</p>
<a class="elementor-button" href="https://kingfisherdental.portal-booking.co.uk/book">Book an appointment</a>
<a class="elementor-button elementor-button--ghost" href="/new-patients/">Join the practice</a>
</div>
<div class="elementor-widget elementor-widget-icon-box"><div class="icon-box-grid">
<div class="icon-box"><h3>NHS &amp; private care</h3><p>We provide NHS dentistry under our contract with NHS
England alongside a full range of private and cosmetic treatments.</p></div>
<div class="icon-box"><h3>Same-day emergencies</h3><p>Emergency slots are held every weekday morning for
patients in pain.</p></div>
<div class="icon-box"><h3>Spread the cost</h3><p>Join our dental plan or pay for larger treatments in monthly
instalments.</p></div>
</div></div>
<h2>About the practice</h2>
<p>The practice was founded by Dr Geoffrey Lane in a converted Victorian townhouse, and was taken over by our
principal dentist Dr Rajesh Mistry in 2011. Since then we have added two new surgeries, a dedicated hygiene
room, digital X-rays and an intraoral scanner, so most impressions are now taken without the messy putty.</p>
<p>In our most recent Care Quality Commission (CQC) inspection, in March 2024, the practice was found to be
providing safe, effective, caring, responsive and well-led care, with no action required. You can read the
full report on the CQC website. We are also members of the BDA Good Practice scheme.</p>
<p>We were proud to be named "Highly Commended - Best Practice, Midlands" at the 2025 Private Dentistry Awards,
and our team regularly visits local primary schools to teach children about brushing and healthy snacks.</p>
<h2>Treatments we offer</h2>
<ul class="treatment-tiles">
<li><a href="/check-ups-and-hygiene/">Check-ups and hygiene</a></li>
<li><a href="/fillings-and-root-canal/">Fillings and root canal treatment</a></li>
<li><a href="/dental-implants/">Dental implants</a></li>
<li><a href="/orthodontics/">Invisalign and braces</a></li>
<li><a href="/cosmetic-dentistry/">Teeth whitening and composite bonding</a></li>
<li><a href="/nervous-patients/">Sedation for nervous patients</a></li>
</ul>"""

_TEAM = """<h1 class="elementor-heading-title">Meet the team</h1>
<p>Our friendly team is what makes Kingfisher special. All of our clinicians are registered with the General
Dental Council (GDC) and keep their training up to date every year.</p>
<div class="elementor-widget elementor-widget-team-member"><div class="team-grid">
<div class="team-card"><h3>Dr Rajesh Mistry</h3><p class="role">Principal Dentist, BDS (Birm) 1998, Dip Imp Dent
RCS (Eng) - GDC 71234</p>
<p>Raj has owned the practice since 2011. He places and restores all of our dental implants and has completed
more than 1,200 implant cases. Outside work he is a long-suffering Leicester Tigers season ticket holder.</p>
</div>
<div class="team-card"><h3>Dr Hannah Kowalczyk</h3><p class="role">Associate Dentist, Lek. Dent. (Warsaw)
2012 - GDC 198765</p>
<p>Hannah provides Invisalign and fixed braces for adults and is our Invisalign Gold provider. She speaks
fluent Polish as well as English and is happy to see patients in either language.</p></div>
<div class="team-card"><h3>Dr Aisha Rahman</h3><p class="role">Associate Dentist, BDS (Sheff) 2015 -
GDC 256781</p>
<p>Aisha holds a postgraduate certificate in conscious sedation and runs our IV sedation clinic. She also sees
many of our youngest patients. Aisha speaks Urdu and Punjabi.</p></div>
<div class="team-card"><h3>Dr Ben Whitaker</h3><p class="role">Associate Dentist, BDS (Bristol) 2019 -
GDC 287342</p>
<p>Ben sees mainly NHS patients and has a special interest in root canal treatment and saving teeth that
other dentists might take out.</p></div>
<div class="team-card"><h3>Laura Pearson</h3><p class="role">Dental Hygienist - GDC 5432</p>
<p>Laura has been with us for 14 years and is known for her gentle scaling. She also runs our stop-smoking
advice sessions.</p></div>
<div class="team-card"><h3>Gemma Doyle</h3><p class="role">Hygienist &amp; Dental Therapist - GDC 189012</p>
<p>As a therapist Gemma can also carry out simple fillings and fissure sealants for children.</p></div>
<div class="team-card"><h3>Sue Atkinson</h3><p class="role">Practice Manager</p>
<p>Sue looks after the day-to-day running of the practice and handles any feedback or complaints.</p></div>
<div class="team-card"><h3>Kelly Marsh</h3><p class="role">Lead Dental Nurse - GDC 176543</p>
<p>Kelly leads our team of six dental nurses and is our infection control lead.</p></div>
</div></div>
<p>Our dentists are a mix of men and women, and if you would prefer to see a male or female clinician just let
reception know when you book and we will do our best to arrange it.</p>"""

_NEW_PATIENTS = """<h1 class="elementor-heading-title">New patients</h1>
<p>We are always pleased to welcome new patients. Here is everything you need to know about joining
Kingfisher Dental Care.</p>
<h2>Can I join as an NHS patient?</h2>
<p>Because demand for NHS dentistry in Leicester is very high, our NHS list for adults is currently full. We
keep an NHS waiting list: add your name by phone or using the registration form below and we will contact you
when a place becomes available. The current wait is around 9 to 12 months. We are still accepting children
under 18 as NHS patients, provided a parent or guardian is also a patient at the practice.</p>
<p>You can also find other practices taking on NHS patients using the "Find a dentist" service on the NHS
website.</p>
<h2>Joining as a private patient</h2>
<p>Private new patient appointments are usually available within one to two weeks. Your first visit is a
45-minute comprehensive examination with one of our dentists, including any X-rays needed, an oral cancer
screen and a gum health assessment. You will then receive a written treatment plan with costs before any
treatment begins.</p>
<h2>How to register</h2>
<ol>
<li>Fill in our online registration form or call reception on 0116 270 4418.</li>
<li>We will email you a link to our medical history questionnaire. Please complete it before your visit.</li>
<li>Arrive 10 minutes early for your first appointment so we can check your details.</li>
</ol>
<h2>What to bring to your first appointment</h2>
<ul>
<li>A list of any medicines you take, including inhalers and blood thinners</li>
<li>Photo ID and proof of address</li>
<li>If you are claiming free NHS treatment, proof of your exemption (for example a maternity exemption
certificate, HC2 certificate or benefits letter)</li>
<li>Any recent X-rays or treatment notes from your previous dentist, if you have them</li>
</ul>
<div class="elementor-widget elementor-widget-form"><form class="elementor-form" action="#registration"
method="post"><label>Full name <input type="text" name="name"></label>
<label>Date of birth <input type="text" name="dob"></label>
<label>NHS or private <select name="type"><option>NHS waiting list</option><option>Private</option></select>
</label><button type="submit" class="elementor-button">Register</button></form></div>"""

_FEES = """<h1 class="elementor-heading-title">NHS &amp; private fees</h1>
<p>We believe in clear pricing. Your dentist will always give you a written treatment plan with costs before
any treatment starts. The table below shows our current NHS charges (set nationally by the government, from
1 April 2026) and our most common private fees.</p>
<div class="elementor-widget elementor-widget-html"><div class="table-responsive">
<table class="fee-table">
<thead><tr><th>Treatment</th><th>NHS</th><th>Private</th></tr></thead>
<tbody>
<tr><td>Examination / check-up (incl. X-rays, scale and polish if clinically needed)</td><td>£27.40
(Band 1)</td><td>£49</td></tr>
<tr><td>New patient examination (45 minutes)</td><td>-</td><td>£75</td></tr>
<tr><td>Hygienist appointment, 30 minutes</td><td>-</td><td>£68</td></tr>
<tr><td>Hygienist appointment, 45 minutes</td><td>-</td><td>£92</td></tr>
<tr><td>Fillings, root canal treatment, extractions (whole course)</td><td>£75.30 (Band 2)</td>
<td>see below</td></tr>
<tr><td>White (composite) filling</td><td>-</td><td>from £145</td></tr>
<tr><td>Root canal treatment - front tooth / molar</td><td>-</td><td>£420 / £690</td></tr>
<tr><td>Simple extraction</td><td>-</td><td>£145</td></tr>
<tr><td>Surgical wisdom tooth removal</td><td>-</td><td>£320</td></tr>
<tr><td>Crowns, bridges, dentures (whole course)</td><td>£326.70 (Band 3)</td><td>see below</td></tr>
<tr><td>Porcelain or zirconia crown</td><td>-</td><td>£675</td></tr>
<tr><td>Full acrylic denture (per arch)</td><td>-</td><td>£850</td></tr>
<tr><td>Single dental implant including crown</td><td>-</td><td>from £2,495</td></tr>
<tr><td>Invisalign (full treatment)</td><td>-</td><td>from £3,250</td></tr>
<tr><td>Home teeth whitening</td><td>-</td><td>£325</td></tr>
<tr><td>Composite bonding (per tooth)</td><td>-</td><td>from £195</td></tr>
<tr><td>IV sedation (per visit)</td><td>-</td><td>£295</td></tr>
<tr><td>Urgent / emergency treatment</td><td>£27.40</td><td>£95 (non-registered)</td></tr>
</tbody>
</table>
</div></div>
<h2>Who gets free NHS dental treatment?</h2>
<p>You do not pay NHS dental charges if, when your treatment starts, you are:</p>
<ul>
<li>under 18, or under 19 and in full-time education</li>
<li>pregnant, or have had a baby in the previous 12 months (you will need a valid maternity exemption
certificate, MatEx)</li>
<li>receiving Income Support, income-based Jobseeker's Allowance, income-related Employment and Support
Allowance, Pension Credit Guarantee Credit or qualifying Universal Credit</li>
<li>named on a valid HC2 certificate (an HC3 certificate gives partial help)</li>
</ul>
<p>We have to check evidence of your exemption. If you claim free treatment you are not entitled to, the NHS
may fine you up to £100 on top of the charge.</p>
<h2>When do I pay?</h2>
<p>NHS courses of treatment are paid in full at the first appointment of the course. Private treatment is
paid at each visit, and a 50% deposit is taken when laboratory work such as crowns or dentures is ordered.</p>"""

_CHECKUPS = """<h1 class="elementor-heading-title">Check-ups &amp; hygienist</h1>
<p>Regular check-ups are the best way to keep your teeth and gums healthy and to catch problems early, when
they are quicker and cheaper to fix.</p>
<h2>What happens at a check-up?</h2>
<p>Your dentist will ask about any changes in your health and medicines, then examine your teeth, gums, tongue
and the soft tissues of your mouth. We screen for mouth cancer at every check-up. X-rays are taken when
needed, usually every one to two years. Most check-ups take about 20 minutes.</p>
<h2>How often should I come?</h2>
<p>Not everyone needs a check-up every six months. Following NICE guidance, your dentist will recommend a
recall interval between 3 and 24 months depending on your risk of decay and gum disease. Children are usually
seen every six months.</p>
<h2>Seeing the hygienist</h2>
<p>Our hygienists remove hardened tartar, polish away stains from tea, coffee and red wine, and treat gum
disease. If your gums bleed when you brush, or you notice bad breath, a hygiene visit is usually the first
step.</p>
<p>You do not need to see a dentist first: thanks to direct access, you can book straight in with Laura or
Gemma as a private hygiene patient, even if you are not registered with us. The hygienist will refer you to a
dentist if they spot anything that needs further attention. Hygiene appointments are 30 or 45 minutes, and we
recommend most adults come every six months.</p>
<h2>Gum disease treatment</h2>
<p>If you have deeper gum pockets, we may advise a course of deep cleaning (root surface debridement) over two
or more visits, using local anaesthetic so you stay comfortable. We then re-measure your gums after three
months to check they are healing.</p>"""

_FILLINGS = """<h1 class="elementor-heading-title">Fillings &amp; root canal treatment</h1>
<h2>Fillings</h2>
<p>When decay makes a hole in a tooth, we remove the decay and seal the tooth with a filling. We offer
tooth-coloured composite fillings, glass ionomer fillings and, where appropriate, traditional silver amalgam.
Since 2018 we no longer use amalgam for children under 15 or for pregnant and breastfeeding women.</p>
<h3>Can I have a white filling on the NHS?</h3>
<p>Under NHS rules, white fillings are provided on front teeth and on the biting surfaces of premolars where it
is clinically appropriate. For back teeth (molars) the NHS filling is usually amalgam or glass ionomer. If you
would like a white filling on a back tooth, you can choose to have that filling privately while the rest of
your treatment stays on the NHS.</p>
<h2>Root canal treatment</h2>
<p>Root canal treatment is needed when the nerve inside a tooth becomes infected or dies, often after deep
decay or a knock. Instead of taking the tooth out, we clean out the infected canals, disinfect them and seal
them.</p>
<p>Many patients are surprised that root canal treatment feels no worse than a filling: the tooth is fully
numbed with local anaesthetic and a rubber dam keeps it clean and dry. Treatment usually takes two visits of
about an hour each, although front teeth can often be done in one. Afterwards the tooth may feel tender for a
few days and ordinary painkillers such as ibuprofen normally help.</p>
<p>Back teeth that have had root canal treatment are weaker and usually need a crown afterwards to stop them
cracking. Success rates are around 85-90%. Complex cases, such as re-treating an old root filling, may be
referred to a specialist endodontist.</p>"""

_EXTRACTIONS = """<h1 class="elementor-heading-title">Extractions &amp; wisdom teeth</h1>
<p>We always try to save teeth, but sometimes an extraction is the best option - for example when a tooth is
badly broken, very loose because of gum disease, or needs to make space for braces.</p>
<h2>Wisdom teeth</h2>
<p>Wisdom teeth usually come through between the ages of 17 and 25. Often there is not enough room and they
come through at an angle, trapping food and causing the gum around them to become sore and swollen
(pericoronitis). Repeated episodes of infection are the most common reason for removing them.</p>
<p>Most upper and many lower wisdom teeth can be removed here at the practice under local anaesthetic, with
IV sedation if you prefer. If an X-ray shows that the roots are very close to the nerve in your jaw, we will
refer you to the oral surgery department at Leicester Royal Infirmary or to a specialist oral surgeon.</p>
<h2>Aftercare following an extraction</h2>
<ul>
<li>Bite firmly on the gauze pad for 20 minutes to stop the bleeding.</li>
<li>Do not rinse your mouth, smoke, drink alcohol or use a straw for the first 24 hours - these can dislodge
the blood clot and cause a painful dry socket.</li>
<li>Eat soft, lukewarm food and chew on the other side.</li>
<li>From the next day, rinse gently with warm salty water after meals for a week.</li>
<li>Take paracetamol or ibuprofen for discomfort, following the instructions on the packet.</li>
</ul>
<p>If the pain gets worse after three or four days, or bleeding will not stop after an hour of firm pressure,
please call us.</p>"""

_CROWNS = """<h1 class="elementor-heading-title">Crowns, bridges &amp; dentures</h1>
<h2>Crowns</h2>
<p>A crown is a cap that covers a weakened or heavily filled tooth, restoring its shape and strength. We scan
your tooth digitally, fit a temporary crown, and fit the permanent crown made by our local laboratory about
two weeks later. We offer porcelain, zirconia and gold crowns.</p>
<h2>Bridges</h2>
<p>A bridge replaces one or more missing teeth by attaching a false tooth to the teeth either side of the gap.
An adhesive (Maryland) bridge needs very little drilling of the neighbouring teeth and is often a good option
for a single missing front tooth.</p>
<h2>Dentures</h2>
<p>We make full and partial dentures in acrylic, and partial dentures on a thin cobalt-chrome metal framework
which is lighter and less bulky. Making new dentures takes four to five appointments over about six weeks.</p>
<h3>Loose or uncomfortable dentures</h3>
<p>Your gums and jawbone slowly shrink after teeth are lost, so dentures that fitted well a few years ago can
become loose or start rubbing. Often we can reline them, adding a new fitting surface so they grip your gums
again; relines are usually done in a single day, with the denture sent to the lab in the morning and ready by
late afternoon. Sore spots can often be eased by adjusting the denture at a short appointment. If your
dentures still will not stay in, implant-retained dentures that clip onto two implants can make a huge
difference.</p>
<p>Please bring your denture pot when you come, and do not try to adjust dentures yourself at home.</p>"""

_IMPLANTS = """<h1 class="elementor-heading-title">Dental implants</h1>
<p>A dental implant is a small titanium screw placed into the jawbone to replace the root of a missing tooth.
Once it has bonded with the bone it supports a crown, bridge or denture that looks and feels like a natural
tooth. Implants are only available privately.</p>
<h2>The implant journey, step by step</h2>
<ol>
<li><strong>Consultation (week 0):</strong> a free 30-minute consultation to discuss your options, followed by
a 3D CBCT scan to check the bone.</li>
<li><strong>Implant placement (week 2-4):</strong> the implant is placed under local anaesthetic in about an
hour. Most patients say it is easier than having a tooth out.</li>
<li><strong>Healing (3-4 months):</strong> the implant fuses with the bone. We can fit a temporary tooth so
you are never left with a visible gap.</li>
<li><strong>Fitting the crown:</strong> we take a digital scan and fit your final crown two weeks later.</li>
</ol>
<p>From start to finish, a single implant normally takes four to six months. If you need a bone graft first,
allow an extra three to six months.</p>
<h2>Am I suitable?</h2>
<p>Most healthy adults with enough jawbone are suitable. Heavy smoking and poorly controlled diabetes increase
the risk of failure, and we will talk these through at your consultation. With good cleaning and regular
hygiene visits, implants can last for decades.</p>"""

_ORTHO = """<h1 class="elementor-heading-title">Invisalign &amp; braces</h1>
<p>Straighter teeth are easier to clean and can give you a confidence boost. We offer orthodontic treatment
for adults and teenagers.</p>
<h2>Adult orthodontics and Invisalign</h2>
<p>It is never too late to straighten your teeth: our oldest Invisalign patient was 71. Invisalign uses a
series of clear, removable aligners that you change every one or two weeks. They are almost invisible, you
take them out to eat and brush, and you wear them for 22 hours a day. Most adult cases take 6 to 18 months.
For people who would rather not have to remember to wear aligners, we also offer tooth-coloured ceramic fixed
braces.</p>
<p>Your journey starts with a free smile consultation and a 3D scan, so you can see a simulation of your
finished smile before deciding. At the end of treatment everyone needs retainers, worn at night, to stop the
teeth drifting back.</p>
<h2>Braces for children and teenagers</h2>
<p>NHS orthodontic treatment is available for under-18s whose teeth meet the NHS threshold, measured on a scale
called the IOTN (Index of Orthodontic Treatment Need). Purely cosmetic cases do not qualify. We do not provide
NHS braces at the practice ourselves: your child's dentist will assess them, usually around age 11 or 12 when
most adult teeth are through, and refer them to a specialist orthodontist. NHS waiting lists for
orthodontics in Leicester are currently around 18 months.</p>
<p>If your child does not qualify, or you would rather not wait, teenagers can have Invisalign or fixed braces
privately with us.</p>"""

_COSMETIC = """<h1 class="elementor-heading-title">Teeth whitening &amp; composite bonding</h1>
<h2>Teeth whitening</h2>
<p>Professional whitening is a safe and effective way to brighten stained or yellowing teeth. After a check
to make sure your teeth and gums are healthy, we scan your teeth and make custom trays. You wear the trays with
a whitening gel at home for about an hour a day (or overnight) for two to three weeks.</p>
<p>Results typically last one to three years depending on how much tea, coffee, red wine or tobacco you have,
and occasional top-ups keep them looking fresh. Whitening only works on natural teeth: existing crowns,
veneers and fillings will not change colour, so we may suggest replacing visible ones afterwards to match.
Some people have temporary sensitivity, which settles when you stop. By law whitening can only be carried out
by a dentist or under a dentist's prescription, and is not available to under-18s.</p>
<h2>Composite bonding</h2>
<p>Composite bonding uses tooth-coloured resin, sculpted by hand onto your teeth, to repair chips, close small
gaps and improve the shape of worn or uneven teeth. It needs little or no drilling and usually no
anaesthetic, and a small chip can be repaired in a single visit of about 45 minutes.</p>
<p>Bonding lasts around five to seven years before it may need polishing or repairing. Many patients whiten
their teeth first so the bonding can be matched to the new, lighter shade.</p>"""

_NERVOUS = """<h1 class="elementor-heading-title">Nervous patients &amp; sedation</h1>
<p>If the thought of the dentist fills you with dread, you are not alone - about one in four adults feel the
same. Many of our patients had not been to a dentist for ten years or more before coming to us. We will never
judge you, and nothing happens without your agreement.</p>
<h2>How we help</h2>
<ul>
<li>A longer first appointment, just to chat, with no treatment unless you want it</li>
<li>Agreeing a stop signal, such as raising your hand, so you are always in control</li>
<li>Headphones and ceiling TVs in every surgery</li>
<li>The Wand, a computer-controlled numbing system that makes injections much gentler</li>
</ul>
<h2>IV sedation</h2>
<p>For very anxious patients, or longer treatments such as wisdom teeth or implants, we offer intravenous (IV)
sedation. A small cannula is placed in the back of your hand and a sedative medicine (midazolam) makes you
deeply relaxed and drowsy. You are not unconscious, but most people remember little or nothing afterwards. We
do not provide general anaesthetic (being put fully to sleep); where this is medically necessary we refer to
hospital.</p>
<h3>On the day of your sedation</h3>
<ul>
<li>Eat a light meal no later than two hours beforehand.</li>
<li>You must bring a responsible adult who will take you home and stay with you for the rest of the day.</li>
<li>For 24 hours afterwards you must not drive, cycle, operate machinery, drink alcohol, sign legal documents
or look after young children on your own.</li>
</ul>
<p>A £100 deposit is needed to book a sedation appointment.</p>"""

_KIDS = """<h1 class="elementor-heading-title">Children's dentistry</h1>
<p>We love seeing children and our aim is for every child to grow up without fear of the dentist.</p>
<h2>When should my child first see the dentist?</h2>
<p>Bring your baby along as soon as their first tooth appears, or by their first birthday at the latest. The
first few visits are mainly about getting them used to the chair, the lights and the people, and giving you
advice on brushing, teething, bottles and dummies. Many parents bring little ones along to their own check-up
so they can watch first.</p>
<h2>Keeping young teeth healthy</h2>
<ul>
<li><strong>Fluoride varnish</strong> is painted on the teeth twice a year from age three to strengthen the
enamel.</li>
<li><strong>Fissure sealants</strong> are a thin protective coating on the grooves of the adult back teeth,
usually applied around age 6-7 and 12.</li>
<li>Brush twice a day using a smear of toothpaste for under-threes and a pea-sized amount after that, with at
least 1,000ppm fluoride. Spit, don't rinse.</li>
<li>Keep sugary snacks and drinks to mealtimes. Milk and water are the best drinks between meals.</li>
</ul>
<h2>Baby teeth matter too</h2>
<p>Baby teeth hold the space for the adult teeth and help children eat and speak properly, so decay in them
still needs treating. If a baby tooth has to come out early, we may recommend a space maintainer.</p>
<p>Our after-school appointments between 3:30pm and 5:30pm are very popular, so please book these well in
advance.</p>"""

_EMERGENCY = """<h1 class="elementor-heading-title">Emergency dental appointments</h1>
<p>Dental pain can't always wait. We keep emergency appointments free every weekday and on Saturday mornings
for people who need to be seen the same day.</p>
<h2>How to get an emergency appointment</h2>
<p>Call us on 0116 270 4418 from 8:00am (9:00am on Saturdays). Emergency slots are given on a first-come basis
and are usually all taken by 10am, so please ring as early as you can. Registered patients are prioritised,
but we do see non-registered patients privately when we have space.</p>
<p>An emergency appointment is to get you out of pain - for example by dressing a tooth, draining an
abscess, removing a nerve or taking out a tooth. Further treatment is then booked as a normal appointment.</p>
<h2>Swelling</h2>
<p>A swollen face from a dental abscess should be seen the same day. If the swelling is spreading to your
eye or neck, you have difficulty swallowing or breathing, or you feel very unwell with a high temperature, go
straight to A&amp;E or call 999.</p>
<h2>Knocked-out adult tooth</h2>
<p>Hold the tooth by the crown (not the root), rinse it briefly in milk if dirty, and push it back into the
socket if you can. Otherwise keep it in milk or inside your cheek and get to us within an hour. Never put a
knocked-out baby tooth back in.</p>
<h2>When we are closed</h2>
<p>Outside our opening hours, including evenings, Sundays and bank holidays, please call NHS 111, who can book
you into the urgent dental care service for Leicester, Leicestershire and Rutland. Our answerphone message
also gives this information.</p>"""

_PLAN = """<h1 class="elementor-heading-title">Dental plan &amp; finance</h1>
<h2>The Kingfisher Care Plan</h2>
<p>Our practice membership plan spreads the cost of routine private care into an affordable monthly payment
by Direct Debit, with no joining fee.</p>
<div class="plan-cards">
<div class="plan-card"><h3>Essential - £18.50 a month</h3><ul>
<li>2 dental check-ups a year, including any routine X-rays</li>
<li>2 hygienist appointments (30 minutes) a year</li>
<li>10% off all other private treatment (not implants or Invisalign)</li>
<li>Worldwide dental accident and emergency insurance</li></ul></div>
<div class="plan-card"><h3>Essential Plus - £26 a month</h3><ul>
<li>Everything in Essential, but with 4 hygienist appointments a year - ideal if you have gum
disease</li></ul></div>
<div class="plan-card"><h3>Child plan - £7 a month</h3><ul>
<li>For private child patients under 18 whose parent is on a plan: check-ups, fluoride varnish and fissure
sealants.</li></ul></div>
</div>
<p>You can leave the plan at any time by giving one month's notice. Plan members must attend a new patient
examination before joining.</p>
<h2>Paying for larger treatments</h2>
<p>For private treatment costing £500 or more, including implants, Invisalign, crowns and cosmetic work,
you can spread the cost with our finance partner. Interest-free (0% APR) finance is available over 6 or 12
months, and longer terms of up to 60 months are offered at 9.9% APR representative. Finance is subject to
status and a credit check, and our reception team can help you apply online in about ten minutes.</p>
<h2>Ways to pay</h2>
<p>We accept all major debit and credit cards, Apple Pay, Google Pay and cash. We no longer accept
cheques.</p>"""

_POLICIES = """<h1 class="elementor-heading-title">Practice policies</h1>
<h2>Cancellations and missed appointments</h2>
<p>We ask for at least 24 hours' notice if you need to cancel or move an appointment, so we can offer the time
to someone else. You can cancel by phone, by replying to your text reminder or by email.</p>
<ul>
<li><strong>Private patients:</strong> appointments missed or cancelled with less than 24 hours' notice are
charged at £40 for a dentist appointment and the full fee for a hygienist appointment. Sedation deposits are
not refundable with less than 48 hours' notice.</li>
<li><strong>NHS patients:</strong> we are not able to charge for missed NHS appointments. However, if you
miss two appointments within a 12-month period without letting us know, we may not be able to continue
providing your NHS treatment, and you may be asked to join the waiting list again.</li>
</ul>
<h2>Arriving late</h2>
<p>If you arrive more than 10 minutes late we may need to rebook you, as running late affects every patient
after you.</p>
<h2>Zero tolerance</h2>
<p>Our team has the right to work without abuse. Aggressive or abusive behaviour towards staff or other
patients, in person or on the phone, may lead to removal from the practice list.</p>
<h2>Complaints and feedback</h2>
<p>We hope you will never need to, but if you are unhappy with any part of your care please speak to our
practice manager, Sue Atkinson, or write to her at the practice. We will acknowledge your complaint within 3
working days and aim to respond in full within 10 working days. If you are not satisfied with our response,
NHS patients can contact NHS England and private patients the Dental Complaints Service.</p>
<h2>Privacy</h2>
<p>We keep your records securely in line with UK GDPR. Our full privacy notice is available from reception.
Chaperones are always present during treatment.</p>"""

_FIND_US = """<h1 class="elementor-heading-title">Find us &amp; opening hours</h1>
<div class="elementor-widget elementor-widget-google_maps"><div class="elementor-custom-embed">
<iframe title="Map of Kingfisher Dental Care" loading="lazy" src="about:blank" width="600" height="300">
</iframe></div></div>
<h2>Address</h2>
<p>Kingfisher Dental Care, 118 London Road, Leicester LE2 0QF. We are on the left-hand side of London Road
heading out of the city centre, opposite Victoria Park, about ten minutes' walk from Leicester railway
station.</p>
<h2>Parking</h2>
<p>We have four parking spaces behind the practice, reached via Saxby Street. Two of these are reserved for
Blue Badge holders and patients having sedation. There is pay-and-display parking on the surrounding side
streets (maximum 2 hours), and the Victoria Park car park on Granville Road is a five-minute walk away.</p>
<h2>By bus</h2>
<p>Buses 31, 44, 47 and 48 stop right outside the practice (stop "London Road / Victoria Park").</p>
<h2>Accessibility</h2>
<p>The practice has a ramp at the rear entrance from our car park and a ground-floor surgery with
step-free access for wheelchair users. There is an accessible toilet on the ground floor and a hearing loop at
reception. Please tell us when booking if you need the ground-floor surgery or any other help.</p>
<h2>Opening hours</h2>
<ul class="hours-list">
<li><span class="day">Monday</span> <span class="time">8:00am - 5:30pm</span></li>
<li><span class="day">Tuesday</span> <span class="time">8:00am - 5:30pm</span></li>
<li><span class="day">Wednesday</span> <span class="time">8:00am - 7:30pm</span></li>
<li><span class="day">Thursday</span> <span class="time">8:00am - 5:30pm</span></li>
<li><span class="day">Friday</span> <span class="time">8:00am - 4:00pm</span></li>
<li><span class="day">Saturday</span> <span class="time">9:00am - 1:00pm (private and emergency only)</span></li>
<li><span class="day">Sunday</span> <span class="time">Closed</span></li>
</ul>
<p>The phones are answered from 8:00am but are closed for lunch between 1:00pm and 2:00pm. The practice is
closed on all bank holidays, and between Christmas and New Year we open only for emergencies on 29 and 30
December.</p>"""

_FAQ = """<h1 class="elementor-heading-title">Frequently asked questions</h1>
<div class="elementor-widget elementor-widget-accordion"><div class="elementor-accordion" role="tablist">
<div class="accordion-item"><button class="accordion-toggle" aria-expanded="false">Do you make sports
mouthguards?</button><div class="accordion-panel"><p>Yes. A custom-made mouthguard fits far better than a
boil-in-the-bite one and makes it easier to breathe and talk. We take a quick scan and the guard is ready in
about a week, in your choice of team colours. Custom mouthguards cost £95 for children and £120 for
adults.</p></div></div>
<div class="accordion-item"><button class="accordion-toggle" aria-expanded="false">Can I get a copy of my
X-rays or dental records?</button><div class="accordion-panel"><p>Yes. Just email us or ask at reception and we
will send copies of your X-rays and records free of charge within one month. We can also send them directly to
your new dentist if you are moving away.</p></div></div>
<div class="accordion-item"><button class="accordion-toggle" aria-expanded="false">Do you make night guards
for teeth grinding?</button><div class="accordion-panel"><p>If you grind or clench your teeth at night, a hard
acrylic splint can protect your teeth and ease jaw ache. Your dentist will check your jaw joints first. A night
guard costs £250 privately.</p></div></div>
<div class="accordion-item"><button class="accordion-toggle" aria-expanded="false">Will I get a reminder
before my appointment?</button><div class="accordion-panel"><p>Yes, we send a text message reminder two days
before every appointment, and an email when you are due a check-up.</p></div></div>
<div class="accordion-item"><button class="accordion-toggle" aria-expanded="false">Should I use an electric
toothbrush?</button><div class="accordion-panel"><p>An electric toothbrush with a small round, oscillating head
removes more plaque than a manual brush for most people. Whatever you use, brush for two minutes twice a day
and clean between your teeth with interdental brushes or floss.</p></div></div>
<div class="accordion-item"><button class="accordion-toggle" aria-expanded="false">Can I switch between NHS and
private?</button><div class="accordion-panel"><p>Yes, you can choose to have some treatments privately and
others on the NHS within the same course of treatment, and your dentist will explain the difference in
options and cost before you decide.</p></div></div>
</div></div>"""

HTML = {
    "/": _page(
        _SITE,
        "Friendly NHS and private dentist on London Road, Leicester.",
        _HOME,
        main=False,
        testimonials=True,
        slug="home",
    ),
    "/our-team/": _page(
        "Our Team", "Meet the dentists, hygienists and nurses at Kingfisher Dental Care.", _TEAM, slug="our-team"
    ),
    "/new-patients/": _page(
        "New Patients",
        "How to join Kingfisher Dental Care as an NHS or private patient.",
        _NEW_PATIENTS,
        slug="new-patients",
    ),
    "/fees/": _page("NHS & Private Fees", "Our NHS charges and private price list.", _FEES, slug="fees"),
    "/check-ups-and-hygiene/": _page(
        "Check-ups & Hygienist",
        "Dental check-ups and hygienist appointments in Leicester.",
        _CHECKUPS,
        sidebar=True,
        main=False,
        slug="check-ups",
    ),
    "/fillings-and-root-canal/": _page(
        "Fillings & Root Canal",
        "White fillings and root canal treatment in Leicester.",
        _FILLINGS,
        sidebar=True,
        slug="fillings",
    ),
    "/extractions-and-wisdom-teeth/": _page(
        "Extractions & Wisdom Teeth",
        "Tooth extractions and wisdom tooth removal in Leicester.",
        _EXTRACTIONS,
        sidebar=True,
        main=False,
        slug="extractions",
    ),
    "/crowns-bridges-and-dentures/": _page(
        "Crowns, Bridges & Dentures",
        "Crowns, bridges and dentures at Kingfisher Dental Care.",
        _CROWNS,
        sidebar=True,
        main=False,
        slug="crowns",
    ),
    "/dental-implants/": _page(
        "Dental Implants",
        "Dental implants in Leicester with Dr Rajesh Mistry.",
        _IMPLANTS,
        sidebar=True,
        testimonials=True,
        slug="implants",
    ),
    "/orthodontics/": _page(
        "Invisalign & Braces",
        "Invisalign and braces for adults and teenagers in Leicester.",
        _ORTHO,
        sidebar=True,
        main=False,
        slug="orthodontics",
    ),
    "/cosmetic-dentistry/": _page(
        "Teeth Whitening & Composite Bonding",
        "Professional teeth whitening and composite bonding.",
        _COSMETIC,
        sidebar=True,
        slug="cosmetic",
    ),
    "/nervous-patients/": _page(
        "Nervous Patients & Sedation",
        "Gentle care and IV sedation for anxious dental patients.",
        _NERVOUS,
        sidebar=True,
        testimonials=True,
        main=False,
        slug="nervous",
    ),
    "/childrens-dentistry/": _page(
        "Children's Dentistry",
        "Family-friendly children's dentistry in Leicester.",
        _KIDS,
        sidebar=True,
        slug="children",
    ),
    "/emergency-dentist/": _page(
        "Emergency Dentist Leicester",
        "Same-day emergency dental appointments in Leicester.",
        _EMERGENCY,
        main=False,
        slug="emergency",
    ),
    "/dental-plan-and-finance/": _page(
        "Dental Plan & Finance", "Our monthly dental plan and 0% finance options.", _PLAN, slug="plan"
    ),
    "/practice-policies/": _page(
        "Practice Policies",
        "Cancellation, complaints and privacy policies.",
        _POLICIES,
        main=False,
        slug="policies",
    ),
    "/find-us/": _page(
        "Find Us & Opening Hours", "Address, parking, accessibility and opening hours.", _FIND_US, slug="find-us"
    ),
    "/faq/": _page("FAQs", "Answers to common questions from our patients.", _FAQ, main=False, slug="faq"),
}

QUESTIONS = [
    ("Has the practice been inspected by the CQC and how did it do?", "/"),
    ("I'd feel a lot more comfortable with a lady dentist, do you have any women dentists?", "/our-team/"),
    (
        "We've just moved to Leicester and I can't find an NHS dentist anywhere, can I sign up with you on the NHS?",
        "/new-patients/",
    ),
    ("what do i need to bring with me to my first appointment", "/new-patients/"),
    ("How much does an NHS check up cost?", "/fees/"),
    ("I'm 20 weeks pregnant, do I still have to pay for my fillings?", "/fees/"),
    (
        "My gums have started bleeding when I brush. Can I just book in with the hygienist or do I have to see "
        "a dentist first?",
        "/check-ups-and-hygiene/",
    ),
    (
        "Dentist says I need a root canal, I'm dreading it. Is it painful and how many trips will it take?",
        "/fillings-and-root-canal/",
    ),
    (
        "Can I get a tooth coloured filling on my back tooth on the NHS or is it only silver",
        "/fillings-and-root-canal/",
    ),
    (
        "my wisdom tooth at the bottom keeps getting infected and the gum swells up every few months, can you take "
        "it out there or do i have to go to hospital?",
        "/extractions-and-wisdom-teeth/",
    ),
    ("Had a tooth pulled this morning, is it ok to have a cigarette tonight?", "/extractions-and-wisdom-teeth/"),
    (
        "My dad's false teeth keep slipping when he eats and they've started rubbing his gums raw. Can they be "
        "fixed or does he need new ones?",
        "/crowns-bridges-and-dentures/",
    ),
    ("How long does the whole implant process take from start to finish?", "/dental-implants/"),
    (
        "I'm 38 and always hated my crooked bottom teeth, am I too old for those clear invisible braces?",
        "/orthodontics/",
    ),
    ("can my 12 year old get braces free on the nhs", "/orthodontics/"),
    (
        "I chipped the corner off my front tooth on a fork, is there a way to fix it without a crown?",
        "/cosmetic-dentistry/",
    ),
    (
        "I'm absolutely terrified of dentists and haven't been for about 12 years. Can you put me to sleep for "
        "the treatment?",
        "/nervous-patients/",
    ),
    (
        "My daughter is 8 months old and her first tooth just popped through, when should she see a dentist?",
        "/childrens-dentistry/",
    ),
    (
        "Woke up with the side of my face swollen up and my tooth is throbbing, can someone see me today??",
        "/emergency-dentist/",
    ),
    ("What do I do if I've got raging toothache on a Sunday and you're shut", "/emergency-dentist/"),
    ("Can I pay for Invisalign monthly instead of all at once? Is there interest?", "/dental-plan-and-finance/"),
    (
        "I can't make my appointment tomorrow morning because of work, will I be charged if I cancel now? I'm a "
        "private patient",
        "/practice-policies/",
    ),
    ("Is there anywhere to park near you?", "/find-us/"),
    ("Is there step free access? My husband uses a wheelchair", "/find-us/"),
    ("My son plays rugby, can you make him a proper gumshield?", "/faq/"),
]

OUT_OF_SCOPE = [
    "Do you do Botox or lip fillers as well?",
    "Can you make me one of those mouthpieces that stop snoring?",
    "Are you hiring any dental nurses at the moment?",
    "My nan is bedbound, would a dentist come out to her house?",
    "Do you have wifi in the waiting room?",
    "Do you do a discount for students?",
    "What time does the Tesco Express down the road close tonight?",
    "Can you recommend a good vet to clean my dog's teeth?",
]
