"""An evaluation site: Dinefwr Family Dental, a mostly private family dental practice in Llandeilo (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. Built like a Concrete CMS theme:
ccm-page wrapper, ccm-responsive-navigation menu, ccm-block-* blocks on a container/row/col grid, and the
Concrete FAQ block (ccm-block-faq with its link list and faq-entry-content entries) for the FAQ page.
"""

NAME = "Dinefwr Family Dental"

_DOMAIN = "https://www.dinefwrdental.co.uk"

_TREATMENTS = [
    ("/treatments/check-ups-and-hygiene/", "Check-ups &amp; Hygiene"),
    ("/treatments/fillings-and-extractions/", "Fillings &amp; Extractions"),
    ("/treatments/root-canal-treatment/", "Root Canal Treatment"),
    ("/treatments/dentures-bridges-and-crowns/", "Dentures, Bridges &amp; Crowns"),
    ("/treatments/cosmetic-dentistry/", "Bonding &amp; Whitening"),
    ("/treatments/sports-mouthguards/", "Sports Mouthguards"),
]

_PATIENTS = [
    ("/new-patients/", "New Patients"),
    ("/children/", "Children's Dentistry"),
    ("/nervous-patients/", "Nervous Patients"),
    ("/membership-plan/", "Membership Plan"),
    ("/aftercare/", "Aftercare Advice"),
    ("/practice-policies/", "Practice Policies"),
    ("/faq/", "FAQs"),
]

_MENU = [
    ("/", "Home", None),
    ("/our-team/", "Our Team", None),
    ("#", "Treatments", _TREATMENTS),
    ("#", "Patient Information", _PATIENTS),
    ("/fees/", "Fees", None),
    ("/emergencies/", "Emergencies", None),
    ("/contact/", "Contact", None),
]


def _nav(current):
    items = []
    for href, label, children in _MENU:
        if children:
            on = any(c == current for c, _ in children)
            cls = "nav-dropdown nav-path-selected" if on else "nav-dropdown"
            sub = []
            for c_href, c_label in children:
                c_cls = ' class="nav-selected nav-path-selected"' if c_href == current else ""
                sub.append(f'<li{c_cls}><a href="{c_href}" target="_self"{c_cls}>{c_label}</a></li>')
            sub_html = "\n".join(sub)
            items.append(
                f'<li class="{cls}"><a href="{href}" target="_self" class="{cls}">{label}</a>\n'
                f"<ul>\n{sub_html}\n</ul>\n</li>"
            )
        else:
            cls = ' class="nav-selected nav-path-selected"' if href == current else ""
            items.append(f'<li{cls}><a href="{href}" target="_self"{cls}>{label}</a></li>')
    return "\n".join(items)


def _sidebar(current):
    selected = ' class="nav-selected"'
    links = "\n".join(
        f'<li{selected if h == current else ""}><a href="{h}" target="_self">{label}</a></li>'
        for h, label in _TREATMENTS
    )
    return f"""
<div class="col-md-4 col-sidebar">
  <div class="ccm-custom-style-container ccm-custom-style-sidebar-81 sidebar-panel">
    <div class="ccm-block-autonav">
      <h4 class="sidebar-title">Our treatments</h4>
      <ul class="nav">
{links}
      </ul>
    </div>
  </div>
  <div class="ccm-custom-style-container ccm-custom-style-sidebar-82 sidebar-cta">
    <div class="ccm-block-feature-link">
      <div class="ccm-block-feature-link-text">
        <h5>Ready to book?</h5>
        <p>Call the team or send us a message and we will find a time that suits you.</p>
      </div>
      <div class="ccm-block-feature-link-button">
        <a class="btn btn-primary" href="/contact/">Book an appointment</a>
      </div>
    </div>
  </div>
  <div class="ccm-custom-style-container ccm-custom-style-sidebar-83 sidebar-review">
    <div class="ccm-block-testimonial-wrapper">
      <div class="ccm-block-testimonial">
        <div class="ccm-block-testimonial-text">
          <div class="ccm-block-testimonial-name">Gwenllian, Ffairfach</div>
          <div class="ccm-block-testimonial-paragraph">"Friendly, unhurried and they explain everything.
          I wouldn't go anywhere else now."</div>
        </div>
      </div>
    </div>
  </div>
</div>"""


def _page(path, title, description, body, page_id, template="full", sidebar=False):
    if sidebar:
        main = f"""
<div class="container">
  <div class="row">
    <div class="col-md-8 col-content">
{body}
    </div>
{_sidebar(path)}
  </div>
</div>"""
    else:
        main = f"""
<div class="container">
  <div class="row">
    <div class="col-12">
{body}
    </div>
  </div>
</div>"""
    hero = ""
    if path != "/":
        hero = f"""
<div class="page-title-band">
  <div class="container">
    <div class="row">
      <div class="col-12">
        <div class="ccm-block-page-title-wrapper"><h1 class="page-title">{title}</h1></div>
        <div class="ccm-block-autonav breadcrumb-nav"><ol class="breadcrumb">
          <li class="breadcrumb-item"><a href="/">Home</a></li>
          <li class="breadcrumb-item active">{title}</li>
        </ol></div>
      </div>
    </div>
  </div>
</div>"""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title} | Dinefwr Family Dental</title>
<meta http-equiv="content-type" content="text/html; charset=UTF-8">
<meta name="description" content="{description}">
<meta name="generator" content="Concrete CMS">
<meta property="og:title" content="{title} | Dinefwr Family Dental">
<meta property="og:site_name" content="Dinefwr Family Dental">
<link rel="canonical" href="{_DOMAIN}{path}">
<script type="text/javascript">
    var CCM_DISPATCHER_FILENAME = "/index.php";
    var CCM_CID = {page_id};
    var CCM_EDIT_MODE = false;
    var CCM_ARRANGE_MODE = false;
    var CCM_APPLICATION_URL = "{_DOMAIN}";
    var CCM_REL = "";
    var CCM_ACTIVE_LOCALE = "en_GB";
</script>
<link href="/concrete/css/features/basics/frontend.css?ccm_nocache=9e1c3f" rel="stylesheet" type="text/css">
<link href="/concrete/css/features/navigation/frontend.css?ccm_nocache=9e1c3f" rel="stylesheet" type="text/css">
<link href="/concrete/css/features/faq/frontend.css?ccm_nocache=9e1c3f" rel="stylesheet" type="text/css">
<link href="/application/files/cache/css/dinefwr/main.css?ts=1716893021" rel="stylesheet" type="text/css">
<link rel="icon" href="/application/files/8516/7204/2211/favicon.png" type="image/png">
<script async src="/application/js/analytics.js" data-site="dinefwr-dental"></script>
</head>
<body>
<div class="ccm-page ccm-page-id-{page_id} page-type-page page-template-{template}">

<header class="site-header">
  <div class="header-top-bar">
    <div class="container">
      <div class="row">
        <div class="col-sm-7">
          <p class="header-top-text">Deintyddfa Teulu Dinefwr &middot; Caring for Llandeilo families since 1987</p>
        </div>
        <div class="col-sm-5 text-end">
          <a class="header-phone" href="tel:01558823417"><i class="fa fa-phone"></i> 01558 823417</a>
          <a class="btn btn-sm btn-accent" href="/contact/">Book now</a>
        </div>
      </div>
    </div>
  </div>
  <div class="header-main">
    <div class="container">
      <div class="row">
        <div class="col-sm-4 col-6">
          <div class="ccm-block-image logo">
            <a href="/"><img src="/application/files/3416/7204/1187/dinefwr-logo.png" alt="Dinefwr Family Dental"
              width="260" height="72" class="ccm-image-block img-fluid bID-14"></a>
          </div>
        </div>
        <div class="col-sm-8 col-6">
          <nav class="ccm-responsive-navigation original">
            <ul>
{_nav(path)}
            </ul>
          </nav>
          <div class="ccm-responsive-menu-launch"><i></i></div>
        </div>
      </div>
    </div>
  </div>
</header>

<main class="site-main">
{hero}
{main}
</main>

<footer class="site-footer">
  <section class="footer-top">
    <div class="container">
      <div class="row">
        <div class="col-md-3 col-sm-6">
          <div class="ccm-block-content">
            <h4>Dinefwr Family Dental</h4>
            <p>14 Rhosmaen Street<br>Llandeilo<br>Carmarthenshire<br>SA19 6EN</p>
            <p><a href="tel:01558823417">01558 823417</a><br>
            <a href="mailto:hello@dinefwrdental.co.uk">hello@dinefwrdental.co.uk</a></p>
          </div>
        </div>
        <div class="col-md-3 col-sm-6">
          <div class="ccm-block-content">
            <h4>Opening times</h4>
            <p>Monday to Friday from 8.30am<br>Late evening on Tuesdays<br>Selected Saturday mornings<br>
            Full times on our <a href="/contact/">contact page</a></p>
          </div>
        </div>
        <div class="col-md-3 col-sm-6">
          <div class="ccm-block-autonav footer-links">
            <h4>Quick links</h4>
            <ul>
              <li><a href="/new-patients/">Register as a new patient</a></li>
              <li><a href="/fees/">Our fees</a></li>
              <li><a href="/membership-plan/">Membership plan</a></li>
              <li><a href="/emergencies/">Dental emergencies</a></li>
              <li><a href="/practice-policies/">Practice policies</a></li>
            </ul>
          </div>
        </div>
        <div class="col-md-3 col-sm-6">
          <div class="ccm-block-social-links">
            <h4>Follow us</h4>
            <ul class="list-inline">
              <li class="list-inline-item"><a target="_blank" rel="noopener noreferrer"
                href="https://www.facebook.com/dinefwrdental" aria-label="Facebook">
                <i class="fab fa-facebook"></i></a></li>
              <li class="list-inline-item"><a target="_blank" rel="noopener noreferrer"
                href="https://www.instagram.com/dinefwrdental" aria-label="Instagram">
                <i class="fab fa-instagram"></i></a></li>
            </ul>
          </div>
          <div class="ccm-block-content footer-reg">
            <p>All our clinicians are registered with the General Dental Council. The practice is registered with
            Healthcare Inspectorate Wales.</p>
          </div>
        </div>
      </div>
    </div>
  </section>
  <section class="footer-bottom">
    <div class="container">
      <div class="row">
        <div class="col-sm-8">
          <p>&copy; 2025 Dinefwr Family Dental Ltd. Registered in England and Wales, company no. 06713390.</p>
        </div>
        <div class="col-sm-4 text-end">
          <p><a href="/practice-policies/#privacy">Privacy</a> &middot; Built with Concrete CMS</p>
        </div>
      </div>
    </div>
  </section>
</footer>
</div>

<div class="ccm-cookie-disclosure ccm-cookie-disclosure-bottom" role="dialog" aria-live="polite">
  <div class="ccm-cookie-disclosure-inner">
    <p>We use cookies to keep this website working and to understand how it is used. Find out more in our
    <a href="/practice-policies/#privacy">privacy notice</a>.</p>
    <button type="button" class="btn btn-primary ccm-cookie-disclosure-accept">Accept</button>
  </div>
</div>
</body>
</html>
"""


_TESTIMONIALS = """
<div class="ccm-custom-style-container ccm-custom-style-main-301 testimonials-band">
  <h2 class="section-heading">What our patients say</h2>
  <div class="row">
    <div class="col-md-4">
      <div class="ccm-block-testimonial-wrapper"><div class="ccm-block-testimonial">
        <div class="ccm-block-testimonial-text">
          <div class="ccm-block-testimonial-name">Mark P.</div>
          <div class="ccm-block-testimonial-position">Patient since 2012</div>
          <div class="ccm-block-testimonial-paragraph">"Three generations of our family come here. Always on
          time and never make you feel rushed."</div>
        </div>
      </div></div>
    </div>
    <div class="col-md-4">
      <div class="ccm-block-testimonial-wrapper"><div class="ccm-block-testimonial">
        <div class="ccm-block-testimonial-text">
          <div class="ccm-block-testimonial-name">Delyth R.</div>
          <div class="ccm-block-testimonial-position">Google review</div>
          <div class="ccm-block-testimonial-paragraph">"Lovely practice. My two boys actually look forward to
          their check-ups, which I never thought I'd say!"</div>
        </div>
      </div></div>
    </div>
    <div class="col-md-4">
      <div class="ccm-block-testimonial-wrapper"><div class="ccm-block-testimonial">
        <div class="ccm-block-testimonial-text">
          <div class="ccm-block-testimonial-name">Andrew T.</div>
          <div class="ccm-block-testimonial-position">Google review</div>
          <div class="ccm-block-testimonial-paragraph">"Really impressed with the result of my treatment and the
          whole team were brilliant from the first phone call."</div>
        </div>
      </div></div>
    </div>
  </div>
</div>"""


_BOOK_BAND = """
<div class="ccm-custom-style-container ccm-custom-style-main-302 cta-band">
  <div class="ccm-block-feature-link">
    <div class="ccm-block-feature-link-text"><h3>Book your visit today</h3>
      <p>Phone 01558 823417 or send us a message online.</p></div>
    <div class="ccm-block-feature-link-button"><a class="btn btn-accent btn-lg" href="/contact/">Book now</a></div>
  </div>
</div>"""


_HOME = (
    """
<div class="ccm-block-hero-image">
  <div class="hero-image" style="background-image: url(/application/files/5716/7204/3301/hero-surgery.jpg)">
    <div class="hero-inner">
      <h1>Friendly, family dentistry in the heart of Llandeilo</h1>
      <p class="lead">Check-ups, hygiene, restorative and cosmetic care for all ages, from your first tooth to
      your false teeth.</p>
      <a class="btn btn-accent btn-lg" href="/contact/">Book now</a>
      <a class="btn btn-outline-light btn-lg" href="/new-patients/">New patients</a>
    </div>
  </div>
</div>

<div class="ccm-custom-style-container ccm-custom-style-main-110 intro-block">
  <div class="row">
    <div class="col-md-7">
      <h2>Croeso &ndash; welcome to Dinefwr Family Dental</h2>
      <p>Dinefwr Family Dental was started by Dr Gareth Pryce in 1987 in two small rooms above the old
      ironmonger's on King Street. In 2009 we moved into the former Midland Bank building on Rhosmaen Street,
      which gave us space for four surgeries, a dedicated decontamination room and a proper waiting room.
      Today the practice is led by Gareth's daughter, Dr Elin Pryce, and Gareth still pops in most Fridays
      to make the tea and tell the same stories.</p>
      <p>We are a mainly private practice and we look after whole families, from toddlers to great-grandparents.
      We would rather take the time to explain your options properly than hurry you out of the chair, and
      every treatment plan comes with a written estimate before anything is started.</p>
      <h3>Siaradwn Gymraeg &ndash; we speak Welsh</h3>
      <p>Mae croeso i chi siarad Cymraeg. Dr Elin Pryce, our hygienist Si&acirc;n and most of our reception
      team are first-language Welsh speakers, so if you or a family member would feel more comfortable having
      your appointment through the medium of Welsh, just mention it when you book and we will arrange it. Our
      letters, forms and text reminders are also available in Welsh.</p>
    </div>
    <div class="col-md-5">
      <div class="ccm-block-image"><img src="/application/files/2316/7204/3412/reception.jpg"
        alt="Our reception on Rhosmaen Street" class="ccm-image-block img-fluid bID-118"></div>
    </div>
  </div>
</div>

<div class="ccm-custom-style-container ccm-custom-style-main-111 feature-grid">
  <div class="row">
    <div class="col-md-4"><div class="ccm-block-feature-link">
      <div class="ccm-block-feature-link-text"><h4>Check-ups &amp; hygiene</h4>
      <p>Thorough examinations and relaxed hygiene visits to keep your mouth healthy.</p></div>
      <div class="ccm-block-feature-link-button"><a href="/treatments/check-ups-and-hygiene/">Read more</a></div>
    </div></div>
    <div class="col-md-4"><div class="ccm-block-feature-link">
      <div class="ccm-block-feature-link-text"><h4>Children's dentistry</h4>
      <p>Gentle, fun visits that build good habits for life.</p></div>
      <div class="ccm-block-feature-link-button"><a href="/children/">Read more</a></div>
    </div></div>
    <div class="col-md-4"><div class="ccm-block-feature-link">
      <div class="ccm-block-feature-link-text"><h4>Bonding &amp; whitening</h4>
      <p>Subtle changes that make a big difference to your smile.</p></div>
      <div class="ccm-block-feature-link-button"><a href="/treatments/cosmetic-dentistry/">Read more</a></div>
    </div></div>
    <div class="col-md-4"><div class="ccm-block-feature-link">
      <div class="ccm-block-feature-link-text"><h4>Nervous of the dentist?</h4>
      <p>Our Calm Care programme is built around you.</p></div>
      <div class="ccm-block-feature-link-button"><a href="/nervous-patients/">Read more</a></div>
    </div></div>
    <div class="col-md-4"><div class="ccm-block-feature-link">
      <div class="ccm-block-feature-link-text"><h4>Membership plan</h4>
      <p>Spread the cost of your routine care.</p></div>
      <div class="ccm-block-feature-link-button"><a href="/membership-plan/">Read more</a></div>
    </div></div>
    <div class="col-md-4"><div class="ccm-block-feature-link">
      <div class="ccm-block-feature-link-text"><h4>In pain?</h4>
      <p>We keep emergency appointments free every weekday.</p></div>
      <div class="ccm-block-feature-link-button"><a href="/emergencies/">Read more</a></div>
    </div></div>
  </div>
</div>
"""
    + _TESTIMONIALS
    + _BOOK_BAND
)


_TEAM = """
<div class="ccm-block-content">
  <p class="lead">Our team is small, settled and local. Many of us have worked together for more than ten
  years, so you will usually see familiar faces at every visit. The days below are our usual working
  pattern; occasionally they change for holidays and training days.</p>
</div>

<div class="team-grid row">
  <div class="col-md-6 team-member">
    <div class="ccm-block-image"><img src="/application/files/1116/7204/5001/elin.jpg" alt="Dr Elin Pryce"
      class="ccm-image-block img-fluid"></div>
    <h3>Dr Elin Pryce <small>BDS (Cardiff 2004), MJDF RCS</small></h3>
    <p class="role">Principal dentist &middot; GDC 79214</p>
    <p>Elin grew up in Llandeilo and joined her father at the practice in 2008. She has a special interest in
    root canal treatment and completed a postgraduate certificate in endodontics in 2014. Outside work she
    runs (slowly) with the Towy Riders and is usually found on the touchline at weekends.</p>
    <p class="days"><strong>Works:</strong> Monday, Tuesday, Thursday and Friday</p>
  </div>
  <div class="col-md-6 team-member">
    <div class="ccm-block-image"><img src="/application/files/1116/7204/5002/tomasz.jpg" alt="Dr Tomasz Nowak"
      class="ccm-image-block img-fluid"></div>
    <h3>Dr Tomasz Nowak <small>Lek. Dent. (Gda&#324;sk 1998)</small></h3>
    <p class="role">Associate dentist &middot; GDC 101187</p>
    <p>Tom (as everyone calls him) qualified in Poland and has practised in Wales since 2005, joining us in
    2011. He looks after much of our crown, bridge and denture work and many of our oral surgery patients.
    He is a keen fly fisherman and will happily talk about the Towy for as long as you let him.</p>
    <p class="days"><strong>Works:</strong> Tuesday, Wednesday and Thursday (including Tuesday evenings)</p>
  </div>
  <div class="col-md-6 team-member">
    <div class="ccm-block-image"><img src="/application/files/1116/7204/5003/rhiannon.jpg"
      alt="Dr Rhiannon Davies" class="ccm-image-block img-fluid"></div>
    <h3>Dr Rhiannon Davies <small>BDS (Bristol 2015)</small></h3>
    <p class="role">Associate dentist &middot; GDC 261530</p>
    <p>Rhiannon worked in the community dental service before joining us in 2019. She sees most of our
    younger patients and leads our Calm Care programme for anxious adults.</p>
    <p class="days"><strong>Works:</strong> Monday, Wednesday, Friday and our Saturday morning sessions</p>
  </div>
  <div class="col-md-6 team-member">
    <div class="ccm-block-image"><img src="/application/files/1116/7204/5004/sian.jpg" alt="Sian Morgan"
      class="ccm-image-block img-fluid"></div>
    <h3>Si&acirc;n Morgan <small>Dip. Dental Hygiene</small></h3>
    <p class="role">Dental hygienist &middot; GDC 5532</p>
    <p>Si&acirc;n has been our hygienist since 2006 and is known for her gentle touch and her honest advice
    about flossing.</p>
    <p class="days"><strong>Works:</strong> Monday, Tuesday, Wednesday and Saturday mornings</p>
  </div>
  <div class="col-md-6 team-member">
    <h3>Carys Lloyd <small>BSc Oral Health Science</small></h3>
    <p class="role">Dental therapist &middot; GDC 270415</p>
    <p>Carys provides hygiene appointments, fillings for children and adults, and fluoride treatments.</p>
    <p class="days"><strong>Works:</strong> Thursday and Friday</p>
  </div>
  <div class="col-md-6 team-member">
    <h3>Helen Jenkins</h3>
    <p class="role">Practice manager</p>
    <p>Helen keeps everything running and is the person to speak to about accounts, feedback or anything
    that hasn't gone as it should.</p>
  </div>
</div>

<div class="ccm-block-content">
  <h3>Nurses and reception</h3>
  <p>Our dental nurses Bethan, Kerry, Lowri and Magda, and our receptionists Nia and Julie, complete the
  team. All our nurses are registered with the General Dental Council.</p>
</div>
"""


_CHECKUPS = """
<div class="ccm-block-content">
  <h2>Regular check-ups</h2>
  <p>A check-up is much more than counting teeth. At each routine examination your dentist will look at
  your teeth, gums, tongue, cheeks and throat, check any existing fillings and crowns, and carry out a mouth
  cancer screen. We measure the gum pockets around your teeth to spot gum disease early, and we will take
  small X-rays when they are needed to see between the teeth and under fillings &ndash; usually every one to
  two years depending on your risk.</p>
  <p>Routine check-ups take around 20 minutes. Afterwards we will talk you through anything we have found
  and give you a written treatment plan if you need any work done.</p>
  <h3>How often should I come?</h3>
  <p>Not everyone needs to be seen every six months. Following national (NICE) guidance, we set your recall
  interval according to your own risk of decay and gum disease. Someone with healthy teeth and gums may only
  need a check-up every 12 to 18 months, while a patient with active gum disease or lots of fillings might
  be seen every three to six months. Children are usually seen more often. We will tell you your interval
  after each visit and send you a reminder when you are due.</p>
  <h2>Hygiene appointments</h2>
  <p>Our hygienist and therapist provide thorough cleaning above and below the gum line, remove tartar and
  staining, and show you the brushing and interdental cleaning that suits your mouth. Standard appointments
  are 30 minutes; if you have gum disease or haven't had a clean for a long time we may book a longer
  45 minute appointment or a short course of visits.</p>
  <p>We use Airflow powder polishing, a fine stream of air, water and powder that lifts tea, coffee, red wine
  and smoking stains far more gently than the old gritty paste. Most people find it more comfortable.</p>
  <h3>Seeing the hygienist without a dentist referral</h3>
  <p>You don't have to be registered with one of our dentists to see our hygienist. Under direct access you
  can book a hygiene appointment with us even if you see a dentist elsewhere. We will ask you to fill in a
  medical history form, and if the hygienist spots anything that needs a dentist we will let you know and
  suggest you see your own dentist.</p>
</div>
"""


_FILLINGS = """
<div class="ccm-block-content">
  <h2>White fillings</h2>
  <p>If a tooth has decay or has broken, a filling seals it and restores its shape. All of our fillings are
  tooth-coloured. We use modern composite materials that bond to the tooth, so we can usually remove less
  healthy tooth than an old-style filling needed, and they can be matched closely to the shade of your
  teeth. For some children's teeth and for some areas near the gum we use glass ionomer, a tooth-coloured
  material that releases fluoride.</p>
  <p>We stopped placing amalgam (silver) fillings in 2018. We won't replace a sound amalgam filling just for
  the sake of it, but if one breaks down or you would like it changed for appearance we can discuss
  replacing it with a white filling.</p>
  <h2>Extractions</h2>
  <p>We always try to save a tooth, but sometimes taking it out is the best option &ndash; for example if it
  is badly broken, very loose or the infection is too far gone for root canal treatment. Your dentist will
  talk you through the alternatives first. Most straightforward extractions take 20 to 30 minutes including
  numbing the area, and you will feel pressure but not pain.</p>
  <h2>Wisdom teeth</h2>
  <p>Wisdom teeth usually arrive between 17 and 25, and many come through without any fuss. Problems start
  when there isn't room and the tooth gets stuck (impacted), leading to repeated gum infections, food
  trapping or decay in the tooth in front.</p>
  <p>We take a panoramic X-ray here at the practice to see the position of the tooth and its roots. Most
  wisdom teeth, including many lower ones, can be removed here at the practice by Dr Nowak, who carries out
  the majority of our oral surgery. If a tooth is deeply buried or lies very close to the nerve in the jaw,
  we will refer you to the oral surgery team at Glangwili Hospital in Carmarthen, or to a private oral
  surgeon in Swansea if you prefer not to wait.</p>
</div>
"""


_ROOT_CANAL = """
<div class="ccm-block-content">
  <h2>What is root canal treatment?</h2>
  <p>Inside every tooth is a soft core of nerve and blood vessels called the pulp. Deep decay, a crack or a
  knock can let bacteria into the pulp, which becomes inflamed or dies. Root canal treatment removes the
  infected pulp, cleans and shapes the canals inside the roots, and seals them so the tooth can be kept
  rather than taken out.</p>
  <p>Signs that a tooth may need root canal treatment include a throbbing toothache, pain that lingers after
  hot or cold drinks, pain when biting, a tooth that has turned darker, or a gum boil next to the tooth.
  Sometimes there are no symptoms at all and the problem shows up on an X-ray.</p>
  <h2>What does it involve?</h2>
  <p>Most root canal treatments are completed in one or two appointments of 60 to 90 minutes. Back teeth,
  which have more canals, are more likely to need two visits, with a temporary filling in between. The tooth
  is numbed first, so the treatment itself should feel much like having a filling.</p>
  <p>We isolate the tooth with a rubber dam (a thin sheet that keeps the area clean and dry) and work under
  high magnification with rotary instruments and an electronic device that measures the length of each
  canal. Around nine in ten root canal treatments are successful.</p>
  <p>A back tooth that has had root canal treatment is weaker and more likely to split, so we usually
  recommend a crown within a few months of finishing.</p>
  <h2>Referrals from other dentists</h2>
  <p>Dr Elin Pryce has a special interest in root canal treatment and we accept referrals for root canal
  treatment from other practices, including for re-treating teeth that have been treated before. Your dentist
  can send us a referral letter or email with recent X-rays. Once the root canal treatment is finished we
  send you back to your own dentist for the final filling or crown.</p>
</div>
"""


_DENTURES = """
<div class="ccm-block-content">
  <h2>Dentures</h2>
  <p>Whether you are missing a few teeth or all of them, a well-made denture can restore your smile and
  make eating easier. We make full dentures and partial dentures in acrylic, and partial dentures on a
  thin cobalt-chrome metal framework, which is lighter, stronger and covers less of the roof of your mouth.</p>
  <p>Making a new denture usually takes four or five appointments over four to six weeks: impressions,
  bite registration, a try-in in wax so you can see and approve the look, and the final fit. If teeth need
  to come out, we can make an immediate denture so you are never without teeth.</p>
  <h3>Denture repairs and relines</h3>
  <p>We work closely with Towy Dental Laboratory, just over the bridge in Ffairfach. If you break a denture
  or a tooth comes off it, bring it in by 10am Monday to Thursday and in most cases it will be repaired and
  back with you by late afternoon the same day. Repairs handed in on a Friday are ready on Monday. Over time
  the gums shrink and a denture can become loose; a reline refits the fitting surface and usually takes a day.</p>
  <h2>Crowns</h2>
  <p>A crown is a cap that covers a weak, heavily filled or root-treated tooth. We offer porcelain-bonded
  crowns, all-ceramic zirconia and e.max crowns for the most natural look, and gold crowns for back teeth.
  A crown takes two visits about two weeks apart: at the first we prepare the tooth, take a digital scan and
  fit a temporary crown; at the second we fit your permanent crown.</p>
  <h2>Bridges</h2>
  <p>A bridge fills a gap by attaching a false tooth to the teeth next to it. An adhesive (Maryland)
  bridge is glued to the back of a neighbouring tooth with little or no drilling, and is ideal for a single
  front tooth. A conventional bridge uses crowns on the teeth either side of the gap and is very strong. We
  will talk through which option suits your mouth at your consultation.</p>
</div>
"""


_COSMETIC = """
<div class="ccm-block-content">
  <h2>Composite bonding</h2>
  <p>Composite bonding uses tooth-coloured resin, built up in thin layers and sculpted by hand, to repair
  chips, close small gaps, even out worn or uneven edges and improve the shape of teeth. In most cases the
  teeth need little or no drilling &ndash; the resin is bonded to the surface of the tooth &ndash; and no
  injection is needed. A few teeth can usually be done in a single visit of one to two hours.</p>
  <p>Bonding typically lasts five to seven years before it needs refreshing. Like natural teeth it can pick
  up stains and occasionally chip, so we polish it at your hygiene visits and recommend a night guard if you
  grind your teeth. Because the teeth are left largely untouched, bonding can be repaired or redone easily.</p>
  <h2>Teeth whitening</h2>
  <p>We offer dentist-supervised home whitening, which we find gives the most even and longest-lasting
  results. After a check to make sure your teeth and gums are healthy, we take a digital scan and have thin,
  custom-made trays made for you. You wear the trays with a gentle whitening gel for two hours a day or
  overnight for two to three weeks, and we see you part-way through to check on progress.</p>
  <p>A few things to know before you start:</p>
  <ul>
    <li>By law, tooth whitening can only be carried out on people aged 18 and over, unless it is to treat
    disease. We are not able to whiten teeth for anyone under 18, even with a parent's permission.</li>
    <li>Whitening only works on natural teeth. It will not change the colour of crowns, veneers, bridges,
    dentures or white fillings, which may need replacing afterwards to match your new shade.</li>
    <li>We do not whiten teeth during pregnancy or while breastfeeding.</li>
    <li>Some people have temporary sensitivity; we will give you advice to keep it to a minimum.</li>
  </ul>
  <p>Keep your trays afterwards: a top-up of gel for a night or two every six months or so will keep your
  smile bright.</p>
</div>
"""


_MOUTHGUARDS = """
<div class="ccm-block-content">
  <h2>Custom-fitted sports mouthguards</h2>
  <p>A custom-made mouthguard is the best protection you can buy for the teeth and jaw in contact sports
  such as rugby, hockey, boxing and martial arts. Unlike shop-bought &lsquo;boil and bite&rsquo; guards, ours
  are made from a precise digital scan of your teeth, so they fit snugly, stay in place, and let you breathe
  and talk to your team-mates without clenching to hold them in.</p>
  <h3>How it works</h3>
  <ol>
    <li>A short appointment (about 15 minutes) for a quick check and a digital scan &ndash; no messy
    impression putty.</li>
    <li>You choose your colours. Single colour, two-tone, or your club colours, and we can add a name or
    number.</li>
    <li>Your mouthguard is ready to collect in about seven working days. In the pre-season rush in August
    and September, please allow ten working days.</li>
  </ol>
  <p>We adjust the thickness of the guard to the sport, so a rugby forward gets more protection than a
  hockey player who needs to shout instructions.</p>
  <h3>Children and teenagers</h3>
  <p>Young players' mouths change quickly as new teeth come through, so a child's guard should be checked at
  each check-up and will usually need replacing every season. If it starts to feel loose or tight, it no
  longer protects properly.</p>
  <h3>Clubs and teams</h3>
  <p>We are proud to support Llandeilo RFC and local junior sides. For orders of ten or more players from
  the same club we offer 10% off and can arrange a squad scanning evening at the practice.</p>
  <p>Please bring your mouthguard in a ventilated case, rinse it in cold water after use, and never leave it
  in a hot car &ndash; heat will distort it.</p>
</div>
"""


_CHILDREN = """
<div class="ccm-block-content">
  <p class="lead">We love seeing children, and we work hard to make every visit relaxed and fun so that they
  grow up without any fear of the dentist.</p>
  <h2>When should my child first come?</h2>
  <p>Bring your child in when their first tooth appears, and certainly by their first birthday. Early visits
  are mostly about getting used to us: a ride up and down in the chair, counting teeth, and advice for you
  on teething, brushing and healthy drinks. Children can come along to a parent's check-up too.</p>
  <h2>Prevention</h2>
  <p>From the age of two we apply fluoride varnish twice a year to strengthen the teeth. When the first
  permanent back teeth come through, at around six or seven, and again at around twelve, we may recommend
  fissure sealants &ndash; a thin protective coating on the biting surfaces where decay most often starts.</p>
  <h2>NHS places for children</h2>
  <p>Although we are mainly a private practice, we hold a number of NHS places for children and young
  people under 18 under our contract with Hywel Dda University Health Board. NHS check-ups and treatment are
  free for under-18s in Wales.</p>
  <p>Our NHS children's places are limited and there is currently a waiting list of around four to six
  months. Brothers and sisters of children already on our NHS list are given priority. To add your child to
  the list, ring reception; we will need their date of birth, address and details of any previous dentist.</p>
  <p>While your child is waiting, or if you would prefer, they can be seen privately straight away, and
  children of parents on our membership plan can join the plan too.</p>
  <h3>NHS dentistry for adults</h3>
  <p>We are not able to offer NHS treatment to adults. If you are looking for an NHS dentist in
  Carmarthenshire you can join the Dental Access Portal waiting list run by the health board, or call
  NHS 111 Wales for advice.</p>
</div>
"""


_NERVOUS = """
<div class="ccm-block-content">
  <p class="lead">If the thought of a dental visit makes your heart race, you are not alone &ndash; and you
  will not be judged here, however long it has been.</p>
  <h2>Our Calm Care programme</h2>
  <p>Calm Care is led by Dr Rhiannon Davies and is designed for adults who are anxious or phobic about the
  dentist. Everything happens at your pace.</p>
  <ul>
    <li><strong>A free &lsquo;meet and chat&rsquo; first.</strong> A 15 minute conversation in our quiet
    room, not the surgery. No chair, no instruments, no examination unless you want one. We talk about what
    worries you and what would help.</li>
    <li><strong>The first or last appointment of the day</strong>, so you don't have to sit in a busy waiting
    room, and longer appointments so nobody is watching the clock.</li>
    <li><strong>A stop signal.</strong> Raise your hand and we stop, every time.</li>
    <li><strong>Distractions.</strong> Noise-cancelling headphones with your own music or podcast, a ceiling
    screen, and a weighted blanket if you find it calming.</li>
    <li><strong>Gentler injections.</strong> Numbing gel first, and a computer-controlled anaesthetic system
    that delivers the anaesthetic slowly so you barely feel it.</li>
    <li><strong>Small steps.</strong> We might start with just a look, or a clean, and build up from there.
    We will never start treatment you haven't agreed to.</li>
  </ul>
  <h2>Sedation</h2>
  <p>We don't provide sedation (intravenous or &lsquo;gas and air&rsquo;) or general anaesthetic at the
  practice. Most of our anxious patients find that the Calm Care approach is enough, but if you need
  sedation for treatment we can refer you to the Community Dental Service, which provides sedation clinics
  in the health board area.</p>
  <h2>Getting started</h2>
  <p>Ring reception and ask for a Calm Care meet and chat &ndash; you don't need to explain anything on the
  phone if you would rather not. If calling feels too much, send us a message through our contact form and
  we will reply by email or text.</p>
</div>
"""


_EMERGENCIES = """
<div class="ccm-block-content">
  <h2>During opening hours</h2>
  <p>We keep emergency appointments free every weekday, one block in the morning and one in the afternoon.
  Please phone us from 8.30am and we will do our best to see you the same day. We see both registered
  patients and people who are not registered with us. Emergency appointments are for pain relief and
  temporary treatment; we will book a follow-up for anything more.</p>
  <h2>Out of hours</h2>
  <p><strong>Membership plan patients:</strong> call the practice number and listen to the message for the
  on-call dentist's number.</p>
  <p><strong>Everyone else, including non-registered patients:</strong> call NHS 111 Wales by dialling 111.
  They will assess you and, if you need to be seen, book you into the Hywel Dda urgent dental service in
  the evening, at weekends or on bank holidays.</p>
  <div class="alert alert-danger">
    <p><strong>Go to A&amp;E or call 999</strong> if you have swelling of the face or neck that is affecting
    your breathing, swallowing or vision, heavy bleeding that won't stop after 20 minutes of firm pressure,
    or a serious injury to the face or jaw. The nearest A&amp;E is Glangwili Hospital, Carmarthen.</p>
  </div>
  <h2>Knocked-out tooth</h2>
  <p><strong>Adult (permanent) tooth &ndash; act quickly; the sooner it goes back, the better the chance
  of saving it.</strong></p>
  <ol>
    <li>Find the tooth and pick it up by the crown (the white part), not the root.</li>
    <li>If it is dirty, rinse it briefly in milk or cold water &ndash; don't scrub it.</li>
    <li>Push it gently back into the socket and bite on a clean cloth to hold it in place.</li>
    <li>If you can't put it back, keep it in milk or inside the cheek (not for young children) and get to a
    dentist within the hour.</li>
  </ol>
  <p><strong>Baby tooth:</strong> don't try to put it back, as this can damage the adult tooth underneath.
  Give us a call so we can check your child.</p>
  <h2>Until you can be seen</h2>
  <p>For toothache, take paracetamol or ibuprofen as directed on the packet (never put aspirin against the
  gum). For a lost filling or broken tooth, a temporary filling kit from the chemist can help protect it.</p>
</div>
"""


_MEMBERSHIP = """
<div class="ccm-block-content">
  <p class="lead">The Dinefwr Dental Plan spreads the cost of your routine care into a simple monthly
  payment, so keeping your mouth healthy never comes as a surprise.</p>
</div>
<div class="ccm-block-content plans-table">
  <table class="table table-striped">
    <thead><tr><th></th><th>Essential</th><th>Complete</th><th>Child</th></tr></thead>
    <tbody>
      <tr><td>Monthly payment</td><td>&pound;15.50</td><td>&pound;22.50</td><td>&pound;7.00</td></tr>
      <tr><td>Dental examinations per year</td><td>2</td><td>2</td><td>2</td></tr>
      <tr><td>Hygiene appointments per year</td><td>2</td><td>4</td><td>As needed</td></tr>
      <tr><td>Routine X-rays</td><td>Included</td><td>Included</td><td>Included</td></tr>
      <tr><td>Fluoride varnish and sealants</td><td>&ndash;</td><td>&ndash;</td><td>Included</td></tr>
      <tr><td>Emergency appointments in hours</td><td>Charged</td><td>Included</td><td>Included</td></tr>
      <tr><td>Discount on other treatment</td><td>10%</td><td>15%</td><td>10%</td></tr>
      <tr><td>Worldwide dental accident and emergency insurance</td><td>Included</td><td>Included</td>
        <td>Included</td></tr>
    </tbody>
  </table>
  <p class="small">The Child plan is for private patients under 18 whose parent or guardian is a plan member.
  Discounts do not apply to laboratory fees or to treatment provided by outside specialists.</p>
</div>
<div class="ccm-block-content">
  <h2>How to join</h2>
  <p>To join, you first need a new patient examination so we can make sure your mouth is in good health. If
  you need treatment, we will complete it and then you can join. There is no joining fee.</p>
  <p>Payments are taken by Direct Debit on the 1st of each month. Plan members also get access to our
  out-of-hours on-call dentist and priority when booking.</p>
  <h2>Leaving the plan</h2>
  <p>There is no minimum term. You can leave at any time by giving us one month's notice in writing or by
  email. If you leave within 12 months of joining and have used more care than your payments have covered,
  we may ask you to pay the difference at our normal private fees.</p>
</div>
"""


_FEES = """
<div class="ccm-block-content">
  <p class="lead">These are our private fees from 1 April 2025. We will always give you a written estimate
  before starting a course of treatment. Membership plan patients receive a discount on many items.</p>
</div>
<div class="ccm-block-content fees-table">
  <h2>Examinations &amp; hygiene</h2>
  <table class="table">
    <tbody>
      <tr><td>New patient examination (including any small X-rays needed)</td><td>&pound;65</td></tr>
      <tr><td>Routine examination</td><td>&pound;45</td></tr>
      <tr><td>Child examination (private, under 18)</td><td>&pound;30</td></tr>
      <tr><td>Small X-ray</td><td>&pound;12 each</td></tr>
      <tr><td>Panoramic X-ray</td><td>&pound;45</td></tr>
      <tr><td>Hygiene appointment, 30 minutes</td><td>&pound;70</td></tr>
      <tr><td>Extended hygiene appointment, 45 minutes</td><td>&pound;95</td></tr>
      <tr><td>Airflow stain removal (added to a hygiene visit)</td><td>&pound;25</td></tr>
    </tbody>
  </table>
  <h2>Fillings &amp; extractions</h2>
  <table class="table">
    <tbody>
      <tr><td>White filling &ndash; small</td><td>&pound;95</td></tr>
      <tr><td>White filling &ndash; medium</td><td>&pound;130</td></tr>
      <tr><td>White filling &ndash; large</td><td>&pound;175</td></tr>
      <tr><td>Extraction</td><td>&pound;120</td></tr>
      <tr><td>Surgical extraction, including wisdom teeth</td><td>from &pound;260</td></tr>
    </tbody>
  </table>
  <h2>Root canal treatment</h2>
  <table class="table">
    <tbody>
      <tr><td>Front tooth</td><td>&pound;395</td></tr>
      <tr><td>Premolar</td><td>&pound;495</td></tr>
      <tr><td>Molar</td><td>&pound;650</td></tr>
    </tbody>
  </table>
  <h2>Crowns, bridges &amp; dentures</h2>
  <table class="table">
    <tbody>
      <tr><td>Porcelain-bonded crown</td><td>&pound;595</td></tr>
      <tr><td>Zirconia or e.max crown</td><td>&pound;695</td></tr>
      <tr><td>Gold crown</td><td>from &pound;780</td></tr>
      <tr><td>Adhesive bridge (per tooth)</td><td>&pound;550</td></tr>
      <tr><td>Conventional bridge (per unit)</td><td>&pound;620</td></tr>
      <tr><td>Full acrylic denture, one arch</td><td>&pound;750</td></tr>
      <tr><td>Cobalt-chrome partial denture</td><td>from &pound;1,150</td></tr>
      <tr><td>Denture repair</td><td>from &pound;65</td></tr>
      <tr><td>Denture reline</td><td>&pound;180</td></tr>
    </tbody>
  </table>
  <h2>Cosmetic &amp; other</h2>
  <table class="table">
    <tbody>
      <tr><td>Composite bonding</td><td>from &pound;220 per tooth</td></tr>
      <tr><td>Home whitening, upper and lower trays with gel</td><td>&pound;350</td></tr>
      <tr><td>Whitening top-up gel</td><td>&pound;12 per syringe</td></tr>
      <tr><td>Sports mouthguard, single colour</td><td>&pound;85</td></tr>
      <tr><td>Sports mouthguard, multi-colour or club colours</td><td>&pound;110</td></tr>
      <tr><td>Emergency appointment, registered patient</td><td>&pound;65</td></tr>
      <tr><td>Emergency appointment, non-registered patient</td><td>&pound;85</td></tr>
    </tbody>
  </table>
</div>
<div class="ccm-block-content">
  <h2>Spreading the cost</h2>
  <p>For courses of treatment over &pound;400 we offer finance through our partner Tabeo, so you can pay in
  monthly instalments. Choose 0% interest over 6 or 12 months, or 9.9% APR over 24 or 36 months. The
  application takes a few minutes online at the practice and you get a decision straight away. Finance is
  subject to status and you must be 18 or over and a UK resident.</p>
</div>
"""


_POLICIES = """
<div class="ccm-block-content">
  <h2>Appointments and cancellations</h2>
  <p>We send a text and email reminder two days before each appointment. If you can't make it, please give
  us at least 48 hours' notice so we can offer the time to someone else &ndash; there is often a patient in
  pain waiting for a slot.</p>
  <p>If an appointment is missed without notice, or cancelled with less than 48 hours' notice, we charge a
  missed appointment fee: &pound;30 for appointments up to 30 minutes, and &pound;60 for longer
  appointments. We understand that genuine emergencies happen and the practice manager can waive the fee
  at her discretion. After two missed appointments in a year we may ask for a deposit before booking again.
  NHS child patients are not charged, but repeated missed NHS appointments may mean we can no longer keep
  the child's NHS place.</p>
  <h2>Arriving late</h2>
  <p>If you are running late, please ring us. If you arrive more than 10 minutes late we may have to shorten
  your treatment or rebook you, so that patients after you are not kept waiting. If you have to be rebooked,
  the missed appointment fee may apply.</p>
  <h2>Paying for your treatment</h2>
  <p>Payment is due at the end of each appointment. For treatment that involves a laboratory, such as crowns,
  bridges, dentures and whitening trays, we ask for a 50% deposit when impressions or scans are taken and the
  balance when the work is fitted. We accept debit and credit cards (Visa and Mastercard), contactless and
  phone payments, and cash. We no longer accept cheques.</p>
  <h2>Unpaid accounts</h2>
  <p>If an account is not settled on the day, we will send an invoice payable within 14 days. If it is still
  unpaid after 28 days we send a second reminder and add a &pound;15 late payment administration charge.
  Accounts unpaid after 60 days are passed to a debt recovery agency, and we are unable to book further
  routine appointments until the balance is cleared. If you are struggling to pay, please speak to Helen,
  our practice manager, before it gets to that stage; we can usually agree a payment arrangement.</p>
  <h2>Comments and complaints</h2>
  <p>We want to hear when things have gone well and when they haven't. Please speak to any member of the team
  or write to the practice manager. We will acknowledge a complaint within two working days and aim to give
  you a full response within 20 working days. Concerns about NHS treatment are handled under the NHS Wales
  &lsquo;Putting Things Right&rsquo; process.</p>
  <h2 id="privacy">Privacy</h2>
  <p>We keep your records securely and only share them with other healthcare providers when needed for your
  care, or where the law requires it. Our full privacy notice is available at reception.</p>
</div>
"""


_NEW_PATIENTS = """
<div class="ccm-block-content">
  <h2>Joining the practice</h2>
  <p>We are currently welcoming new private patients, adults and children. At the moment the wait for a new
  patient examination is about three weeks, and sooner if you can take a cancellation at short notice. If
  you are registering a whole family, let us know and we will try to book you back to back.</p>
  <p>You can book by phone on 01558 823417, in person at reception, or by sending us a message through our
  contact page with your name, date of birth and a phone number.</p>
  <h2>Before your first visit</h2>
  <p>When you book we will email you a link to our online medical history form. Please fill it in before
  your appointment &ndash; it saves around ten minutes in the waiting room. Please also bring:</p>
  <ul>
    <li>a list of any medicines you take, including inhalers, injections and anything you buy over the
    counter;</li>
    <li>the name and address of your previous dentist, if you had one, so we can request your X-rays;</li>
    <li>your reading glasses if you need them to read your treatment plan.</li>
  </ul>
  <h2>Your first appointment</h2>
  <p>Your new patient examination takes about 45 minutes. We will ask about your dental history and any
  concerns, carry out a full examination including a gum assessment and mouth cancer check, and take any
  X-rays that are needed. We often take photographs too, which help explain what we see.</p>
  <p>Before you leave you will get a written treatment plan with the cost of anything we recommend, and the
  options available to you. There is never any pressure to go ahead on the day. If you would like to join
  our membership plan, the team can set it up once any treatment you need is complete.</p>
  <p>If you are anxious about coming to the dentist, let us know when you book and we will tell you about
  our Calm Care programme.</p>
</div>
"""


_AFTERCARE = """
<div class="ccm-block-content">
  <p class="lead">Some simple advice to help you heal well. If anything worries you, ring us &ndash; we would
  always rather hear from you.</p>
  <h2>After a tooth has been taken out</h2>
  <ul>
    <li>Bite firmly on the gauze for 20 minutes. If bleeding starts again, bite on a clean rolled-up
    handkerchief for another 20 minutes.</li>
    <li>Don't rinse your mouth, spit or drink through a straw for the first 24 hours: you need the blood clot
    to stay in the socket.</li>
    <li>Avoid hot drinks and food until the numbness has worn off, so you don't burn yourself.</li>
    <li>Don't smoke or vape for at least 48 hours, and ideally 72 hours. Smoking is the biggest cause of dry
    socket, a painful condition where the clot is lost.</li>
    <li>Avoid alcohol and strenuous exercise for 24 hours.</li>
    <li>From the next day, rinse gently with warm salty water (a teaspoon of salt in a cup of water) after
    meals for a week.</li>
  </ul>
  <p>If the pain gets worse rather than better after three or four days, you may have a dry socket &ndash;
  call us and we will see you.</p>
  <h2>After fillings</h2>
  <p>Your lip, cheek and tongue may be numb for two to four hours. Be careful not to bite them, and keep an
  eye on children so they don't chew their lip. A new filling can be a little sensitive to cold for a week
  or two.</p>
  <h2>After root canal treatment</h2>
  <p>It is normal for the tooth to be tender to bite on for a few days. Ibuprofen or paracetamol usually
  helps. Avoid chewing hard food on that side until the final filling or crown is in place.</p>
  <h2>Temporary crowns</h2>
  <p>Avoid toffee and chewing gum. If a temporary crown comes off, keep it and call us so we can re-fit it.</p>
  <h2>New dentures</h2>
  <p>New dentures take a few weeks to get used to. Start with soft food cut into small pieces, and read
  aloud to get used to speaking with them. Sore spots are common in the first weeks. Leave the denture out
  for a few hours and call us: any adjustments (easing) we need to make in the first eight weeks after
  fitting are included in the cost of your denture. Take dentures out at night and clean them with a soft
  brush and soap, not toothpaste.</p>
  <h2>After whitening</h2>
  <p>If your teeth feel sensitive, use a sensitive toothpaste and take a night off. Tea, coffee and red wine
  will stain more easily during your course.</p>
</div>
"""


_FAQS = [
    (
        "Do you offer dental implants?",
        "<p>We don't place implants at Dinefwr Family Dental. If an implant might be right for you, we will "
        "refer you to Dr Owain Harries at Towy Implant Clinic in Carmarthen, who will assess you and place "
        "the implant. We are happy to keep seeing you for your check-ups and hygiene afterwards.</p>",
    ),
    (
        "Can I buy a gift voucher?",
        "<p>Yes. Gift vouchers are available from reception in any amount from &pound;25 and can be used "
        "towards any treatment, including hygiene visits and whitening. They are valid for 12 months.</p>",
    ),
    (
        "Will you remind me about my appointment?",
        "<p>Yes, we send a text and an email two days before. Let us know if your mobile number changes.</p>",
    ),
    (
        "Can I bring my children with me to my own appointment?",
        "<p>Of course. Children can sit in the surgery with you, and it is a great way for them to get used "
        "to the dentist. For longer treatments we suggest bringing another adult so your little ones are "
        "supervised.</p>",
    ),
    (
        "How can I get a copy of my dental records or X-rays?",
        "<p>Ask at reception or email us. There is no charge and we will provide copies within one month. "
        "If you are moving to another dentist, they can request your X-rays directly.</p>",
    ),
    (
        "What toothbrush and toothpaste do you recommend?",
        "<p>An electric toothbrush with a small round head is ideal, used twice a day for two minutes. Adults "
        "should use a toothpaste containing 1,450ppm fluoride. After brushing, spit but don't rinse, so the "
        "fluoride keeps working.</p>",
    ),
    (
        "Is there Wi-Fi in the waiting room?",
        "<p>Yes, free Wi-Fi is available. Ask reception for the password.</p>",
    ),
]


def _faq_block():
    links = "\n".join(f'      <a href="#faq-{i}">{q}</a>' for i, (q, _) in enumerate(_FAQS, start=1))
    entries = "\n".join(
        f'      <div class="faq-entry-content">\n        <a id="faq-{i}"></a>\n        <h3>{q}</h3>\n'
        f"        {a}\n      </div>"
        for i, (q, a) in enumerate(_FAQS, start=1)
    )
    return f"""
<div class="ccm-block-content">
  <p class="lead">Answers to some of the questions we are asked most often. Can't find what you're looking
  for? Give us a ring.</p>
</div>
<div class="ccm-block-faq">
  <div class="ccm-faq-container">
    <div class="ccm-faq-block-links">
{links}
    </div>
    <div class="ccm-faq-block-entries">
{entries}
    </div>
  </div>
</div>
"""


_CONTACT = """
<div class="row">
  <div class="col-md-6">
    <div class="ccm-block-content">
      <h2>Get in touch</h2>
      <p>Dinefwr Family Dental<br>14 Rhosmaen Street<br>Llandeilo<br>Carmarthenshire SA19 6EN</p>
      <p>Phone: <a href="tel:01558823417">01558 823417</a><br>
      Email: <a href="mailto:hello@dinefwrdental.co.uk">hello@dinefwrdental.co.uk</a></p>
      <p>Messages sent through the form below are answered within one working day. Please don't use email or
      the form for urgent problems &ndash; phone us instead.</p>
    </div>
    <div class="ccm-block-express-form">
      <form method="post" action="/contact/submit" class="ccm-block-express-form-inner">
        <div class="mb-3"><label class="form-label" for="name">Your name</label>
          <input type="text" id="name" name="name" class="form-control"></div>
        <div class="mb-3"><label class="form-label" for="phone">Phone number</label>
          <input type="tel" id="phone" name="phone" class="form-control"></div>
        <div class="mb-3"><label class="form-label" for="email">Email</label>
          <input type="email" id="email" name="email" class="form-control"></div>
        <div class="mb-3"><label class="form-label" for="message">How can we help?</label>
          <textarea id="message" name="message" class="form-control" rows="5"></textarea></div>
        <button type="submit" class="btn btn-primary">Send message</button>
      </form>
    </div>
  </div>
  <div class="col-md-6">
    <div class="ccm-block-content opening-hours">
      <h2>Opening hours</h2>
      <table class="table table-sm">
        <tbody>
          <tr><td>Monday</td><td>8.30am &ndash; 5.30pm</td></tr>
          <tr><td>Tuesday</td><td>8.30am &ndash; 7.30pm</td></tr>
          <tr><td>Wednesday</td><td>8.30am &ndash; 5.30pm</td></tr>
          <tr><td>Thursday</td><td>8.30am &ndash; 5.30pm</td></tr>
          <tr><td>Friday</td><td>8.30am &ndash; 4.30pm</td></tr>
          <tr><td>Saturday</td><td>9.00am &ndash; 1.00pm, first and third Saturday of the month</td></tr>
          <tr><td>Sunday</td><td>Closed</td></tr>
        </tbody>
      </table>
      <p>Our Saturday mornings are for routine check-ups and hygiene appointments only. We are closed on bank
      holidays and between Christmas and New Year.</p>
    </div>
    <div class="ccm-block-google-map">
      <div class="googleMapCanvas" style="width: 100%; height: 300px"
        data-address="14 Rhosmaen Street, Llandeilo SA19 6EN"></div>
    </div>
    <div class="ccm-block-content">
      <h2>Parking</h2>
      <p>We don't have a car park of our own. The closest parking is the Crescent Road pay and display car
      park, about a three minute walk from the practice. There is also short-stay on-street parking on
      Rhosmaen Street, limited to one hour, which is fine for a check-up but not for longer appointments.
      Two Blue Badge bays are reserved for our patients in the lane behind the practice, reached from
      Carmarthen Street; please let us know when you book if you need one.</p>
      <h2>Accessibility</h2>
      <p>The front entrance on Rhosmaen Street has two steps, so wheelchair users and anyone who finds steps
      difficult should use our rear entrance from the lane, which has a ramp and automatic door. Two of our
      four surgeries, the waiting room and an accessible toilet are all on the ground floor. Reception has a
      hearing loop. If you use a wheelchair or have any other access needs, tell us when you book so we can
      make sure you are seen in a ground-floor surgery and allow extra time.</p>
    </div>
  </div>
</div>
"""


HTML = {
    "/": _page(
        "/",
        "Family Dentist in Llandeilo",
        "Dinefwr Family Dental, a friendly family dental practice on Rhosmaen Street, Llandeilo.",
        _HOME,
        1,
        template="home",
    ),
    "/our-team/": _page(
        "/our-team/",
        "Our Team",
        "Meet the dentists, hygienist, therapist and team at Dinefwr Family Dental, Llandeilo.",
        _TEAM + _BOOK_BAND,
        154,
    ),
    "/treatments/check-ups-and-hygiene/": _page(
        "/treatments/check-ups-and-hygiene/",
        "Check-ups &amp; Hygiene",
        "Dental examinations, hygienist appointments and Airflow stain removal in Llandeilo.",
        _CHECKUPS,
        161,
        template="right-sidebar",
        sidebar=True,
    ),
    "/treatments/fillings-and-extractions/": _page(
        "/treatments/fillings-and-extractions/",
        "Fillings &amp; Extractions",
        "White fillings, tooth extractions and wisdom tooth removal at Dinefwr Family Dental.",
        _FILLINGS,
        162,
        template="right-sidebar",
        sidebar=True,
    ),
    "/treatments/root-canal-treatment/": _page(
        "/treatments/root-canal-treatment/",
        "Root Canal Treatment",
        "Root canal treatment and referrals for root canal treatment in Llandeilo, Carmarthenshire.",
        _ROOT_CANAL,
        163,
        template="right-sidebar",
        sidebar=True,
    ),
    "/treatments/dentures-bridges-and-crowns/": _page(
        "/treatments/dentures-bridges-and-crowns/",
        "Dentures, Bridges &amp; Crowns",
        "Dentures, denture repairs, crowns and bridges at Dinefwr Family Dental, Llandeilo.",
        _DENTURES,
        164,
        template="right-sidebar",
        sidebar=True,
    ),
    "/treatments/cosmetic-dentistry/": _page(
        "/treatments/cosmetic-dentistry/",
        "Composite Bonding &amp; Teeth Whitening",
        "Composite bonding and dentist-supervised home teeth whitening in Llandeilo.",
        _COSMETIC + _TESTIMONIALS,
        165,
        template="right-sidebar",
        sidebar=True,
    ),
    "/treatments/sports-mouthguards/": _page(
        "/treatments/sports-mouthguards/",
        "Sports Mouthguards",
        "Custom-fitted sports mouthguards for rugby, hockey and contact sports, in club colours.",
        _MOUTHGUARDS,
        166,
        template="right-sidebar",
        sidebar=True,
    ),
    "/new-patients/": _page(
        "/new-patients/",
        "New Patients",
        "Register as a new patient at Dinefwr Family Dental and find out what happens at your first visit.",
        _NEW_PATIENTS + _BOOK_BAND,
        171,
    ),
    "/children/": _page(
        "/children/",
        "Children's Dentistry",
        "Children's dentistry in Llandeilo, including a limited number of NHS places for children.",
        _CHILDREN + _TESTIMONIALS,
        172,
    ),
    "/nervous-patients/": _page(
        "/nervous-patients/",
        "Nervous Patients",
        "Our Calm Care programme for anxious and nervous dental patients.",
        _NERVOUS + _BOOK_BAND,
        173,
    ),
    "/membership-plan/": _page(
        "/membership-plan/",
        "Membership Plan",
        "The Dinefwr Dental Plan: spread the cost of your routine dental care with a monthly payment.",
        _MEMBERSHIP + _BOOK_BAND,
        174,
    ),
    "/aftercare/": _page(
        "/aftercare/",
        "Aftercare Advice",
        "Aftercare advice after extractions, fillings, root canal treatment, new dentures and whitening.",
        _AFTERCARE,
        175,
    ),
    "/practice-policies/": _page(
        "/practice-policies/",
        "Practice Policies",
        "Cancellations, missed appointments, payments, unpaid accounts, complaints and privacy.",
        _POLICIES,
        176,
    ),
    "/faq/": _page(
        "/faq/",
        "Frequently Asked Questions",
        "Answers to common questions about Dinefwr Family Dental.",
        _faq_block() + _BOOK_BAND,
        177,
    ),
    "/fees/": _page(
        "/fees/",
        "Fees",
        "Private dental fees at Dinefwr Family Dental, Llandeilo, and finance options.",
        _FEES + _BOOK_BAND,
        180,
    ),
    "/emergencies/": _page(
        "/emergencies/",
        "Dental Emergencies",
        "Emergency dental appointments in Llandeilo and what to do out of hours.",
        _EMERGENCIES,
        181,
    ),
    "/contact/": _page(
        "/contact/",
        "Contact &amp; Find Us",
        "Contact Dinefwr Family Dental: address, opening hours, parking and accessibility.",
        _CONTACT,
        182,
    ),
}


QUESTIONS = [
    (
        "My mamgu is much happier speaking Welsh, is there anyone at the practice she could talk to in Welsh?",
        "/",
    ),
    (
        "is Dr Nowak still with you? he did a crown for me a few years ago and i'd like to see him again, "
        "what days does he work",
        "/our-team/",
    ),
    (
        "I'm registered with a dentist in Carmarthen but they can't fit me in with a hygienist for months. "
        "Can I just come to you for a scale and polish without joining?",
        "/treatments/check-ups-and-hygiene/",
    ),
    (
        "My dentist reckons my bottom wisdom tooth has to come out. Is that something you'd do there or "
        "would I get sent to the hospital?",
        "/treatments/fillings-and-extractions/",
    ),
    (
        "how many trips is a root canal, I work shifts so need to know how much time off to ask for",
        "/treatments/root-canal-treatment/",
    ),
    (
        "Dropped my top set in the sink this morning and its cracked right down the middle. Any chance of "
        "getting it fixed today?",
        "/treatments/dentures-bridges-and-crowns/",
    ),
    (
        "My daughter is 16 and desperate to get her teeth whitened before her prom in June, is that "
        "something you could do for her?",
        "/treatments/cosmetic-dentistry/",
    ),
    (
        "I've got a little chip on my front tooth and a gap I hate. A friend had bonding done - do they have "
        "to drill your teeth for that and how long does it last?",
        "/treatments/cosmetic-dentistry/",
    ),
    (
        "My lad's just started with the under 12s rugby and the coach says he needs a proper fitted gum "
        "shield, not one of the boil-in-the-bag ones. How long does it take to make one?",
        "/treatments/sports-mouthguards/",
    ),
    (
        "My little girl is 4 and has never been to the dentist. Can she go on the NHS with you?",
        "/children/",
    ),
    (
        "when should I first bring my baby in? she's 10 months and has 2 teeth now",
        "/children/",
    ),
    (
        "I haven't been to a dentist in about 15 years because I'm terrified, even the smell makes me feel "
        "sick. Is there anything you can do for someone like me?",
        "/nervous-patients/",
    ),
    (
        "It's Saturday and I've lost a big filling, it's really sore. I'm not one of your patients, what do I do?",
        "/emergencies/",
    ),
    (
        "my son knocked his front tooth clean out at football, he's 11, what do we do with it",
        "/emergencies/",
    ),
    (
        "how much a month is your dental plan",
        "/membership-plan/",
    ),
    (
        "Roughly what would a white filling cost me? I'm not on any plan",
        "/fees/",
    ),
    (
        "The dentist says I need a crown and I can't afford it all in one go. Can I pay it off monthly?",
        "/fees/",
    ),
    (
        "I completely forgot my appointment yesterday, am I going to be charged for missing it?",
        "/practice-policies/",
    ),
    (
        "I've had a reminder about a bill from March that I forgot to pay, is there going to be an extra "
        "charge on top now",
        "/practice-policies/",
    ),
    (
        "Hi, we've just moved to Llandeilo from Cardiff. Are you taking on new patients and how long is the "
        "wait for a first appointment?",
        "/new-patients/",
    ),
    (
        "Had a tooth out this morning, when am I allowed a cigarette",
        "/aftercare/",
    ),
    (
        "My new dentures are rubbing and I've got sore spots on my gums. Do I have to pay to have them adjusted?",
        "/aftercare/",
    ),
    (
        "do you do implants",
        "/faq/",
    ),
    (
        "Where can I park when I come in?",
        "/contact/",
    ),
    (
        "My dad's in a wheelchair, will he be able to get into the surgery ok?",
        "/contact/",
    ),
]


OUT_OF_SCOPE = [
    "Do you do Botox or fillers for the lines around my mouth?",
    "Can you do braces or Invisalign for my 13 year old?",
    "Will my Bupa dental insurance cover treatment with you?",
    "Do you make those anti-snoring devices you wear at night?",
    "Are you looking for any dental nurses at the moment? I'm qualified and moving to the area",
    "I need a letter for work to say I was at the dentist, is there a charge for that?",
    "Can you recommend somewhere nice for lunch in Llandeilo?",
    "what time does the leisure centre open on a Sunday",
]
