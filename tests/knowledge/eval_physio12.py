"""An evaluation site: Ashcombe Sports Injury & Physiotherapy, a sports injury and physio clinic in Cheltenham (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The pages imitate a Mailchimp website
builder export: mc-website-* wrappers, content-grid sections of block-text, block-button and block-image blocks,
and an FAQ made of repeated text blocks whose question lines are in bold.
"""

NAME = "Ashcombe Sports Injury & Physiotherapy"

_SITE = "Ashcombe Sports Injury &amp; Physiotherapy"

_NAV = [
    (
        "Treatments",
        [
            ("/physiotherapy-assessments/", "Physiotherapy assessment &amp; follow-ups"),
            ("/sports-massage/", "Sports massage"),
            ("/acupuncture-dry-needling/", "Acupuncture &amp; dry needling"),
            ("/shockwave-therapy/", "Shockwave therapy"),
            ("/running-gait-analysis/", "Running gait analysis"),
            ("/post-operative-rehab/", "Post-operative rehab"),
            ("/pilates-classes/", "Clinical Pilates classes"),
            ("/home-visits/", "Home visits"),
        ],
    ),
    (
        "Patients",
        [
            ("/your-first-visit/", "Your first visit"),
            ("/prices/", "Prices"),
            ("/insurance-and-payment/", "Insurance &amp; payment"),
            ("/booking-and-cancellation/", "Booking &amp; cancellations"),
            ("/injury-advice/", "Injury advice &amp; urgent help"),
            ("/faq/", "FAQs"),
        ],
    ),
    (
        "About",
        [
            ("/team/", "Meet the team"),
            ("/find-us/", "Find us &amp; opening hours"),
        ],
    ),
]


def _nav(current):
    items = ['<li class="mc-website-nav__item"><a class="mc-website-nav__link" href="/">Home</a></li>']
    for label, links in _NAV:
        sub = []
        for href, text in links:
            active = ' aria-current="page"' if href == current else ""
            sub.append(
                f'<li class="mc-website-megamenu__item"><a class="mc-website-megamenu__link" href="{href}"{active}>'
                f"{text}</a></li>"
            )
        items.append(
            '<li class="mc-website-nav__item mc-website-nav__item--has-children">\n'
            f'<button class="mc-website-nav__toggle" aria-expanded="false">{label}</button>\n'
            '<div class="mc-website-megamenu"><div class="mc-website-megamenu__inner content-grid">\n'
            '<ul class="mc-website-megamenu__list">\n' + "\n".join(sub) + "\n</ul>\n</div></div>\n</li>"
        )
    return "\n".join(items)


_HEAD = """<!doctype html>
<html lang="en-GB" class="mc-website-html">
<head>
<meta charset="utf-8">
<meta http-equiv="x-ua-compatible" content="ie=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>__TITLE__ | Ashcombe Sports Injury &amp; Physiotherapy</title>
<meta name="description" content="__DESC__">
<meta name="generator" content="Mailchimp Websites">
<meta property="og:type" content="website">
<meta property="og:site_name" content="Ashcombe Sports Injury &amp; Physiotherapy">
<meta property="og:title" content="__TITLE__">
<meta property="og:description" content="__DESC__">
<meta property="og:image" content="/_mcw/assets/og-ashcombe-clinic.jpg">
<link rel="canonical" href="https://www.ashcombephysio.co.uk__PATH__">
<link rel="icon" type="image/png" href="/_mcw/assets/favicon-32.png">
<link rel="stylesheet" href="/_mcw/css/mc-website-base.min.css">
<link rel="stylesheet" href="/_mcw/css/mc-website-theme-07.min.css">
<link rel="stylesheet" href="/_mcw/css/custom-ashcombe.css">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}
gtag('js',new Date());gtag('config','G-7QK2ASHC01',{anonymize_ip:true});</script>
</head>
<body class="mc-website mc-website--theme-07 __BODYCLASS__">
<div id="mc-website-root" class="mc-website-root">
<div class="mc-website-cookie-banner" role="dialog" aria-label="Cookie notice">
<div class="mc-website-cookie-banner__inner">
<p>We use cookies to understand how our website is used and to make online booking work.
You can accept all cookies or choose essential cookies only.</p>
<div class="block-button"><a class="mc-website-button mc-website-button--small" href="#accept">Accept all</a>
<a class="mc-website-button mc-website-button--small mc-website-button--outline" href="#essential">Essential only</a>
</div>
</div>
</div>
<div class="mc-website-announcement"><p>New patients: book your first assessment online in under two minutes.
<a href="/booking-and-cancellation/">How booking works</a></p></div>
<header class="mc-website-header mc-website-header--sticky">
<div class="mc-website-header__inner content-grid">
<div class="mc-website-header__logo block-image">
<a href="/"><img src="/_mcw/assets/ashcombe-logo-teal.svg" alt="Ashcombe Sports Injury &amp; Physiotherapy" width="220"
height="64"></a>
</div>
<nav class="mc-website-nav" aria-label="Main menu">
<ul class="mc-website-nav__list">
__NAV__
</ul>
</nav>
<div class="mc-website-header__actions block-button">
<a class="mc-website-button mc-website-button--phone" href="tel:+441242580914">01242 580914</a>
<a class="mc-website-button mc-website-button--primary" href="/booking-and-cancellation/">Book now</a>
</div>
</div>
</header>
<main class="mc-website-main" id="main">
"""

_FOOT = """
</main>
<section class="mc-website-section mc-website-section--cta">
<div class="content-grid content-grid--1-col">
<div class="block block-text"><div class="block-text__content">
<h2>Ready to get moving again?</h2>
<p>Book online 24/7 or give our friendly reception team a call.</p>
</div></div>
<div class="block block-button">
<a class="mc-website-button mc-website-button--primary mc-website-button--large" href="/booking-and-cancellation/">Book
an appointment</a>
<a class="mc-website-button mc-website-button--outline" href="/prices/">See our prices</a>
</div>
</div>
</section>
<footer class="mc-website-footer">
<div class="mc-website-footer__inner content-grid content-grid--4-col">
<div class="content-grid__item">
<div class="block block-image"><img src="/_mcw/assets/ashcombe-logo-white.svg" alt="Ashcombe" width="160"></div>
<div class="block block-text"><div class="block-text__content">
<p>Ashcombe Sports Injury &amp; Physiotherapy<br>Unit 3, Kingsditch Court<br>Tewkesbury Road<br>
Cheltenham GL51 9RS</p>
</div></div>
</div>
<div class="content-grid__item">
<div class="block block-text"><div class="block-text__content">
<h4>Get in touch</h4>
<p>Call: <a href="tel:+441242580914">01242 580914</a><br>
Email: <a href="mailto:hello@ashcombephysio.co.uk">hello@ashcombephysio.co.uk</a></p>
</div></div>
</div>
<div class="content-grid__item">
<div class="block block-text"><div class="block-text__content">
<h4>Clinic hours</h4>
<p>Mon&ndash;Thu 7am&ndash;8.30pm<br>Fri 7am&ndash;6pm<br>Sat 8am&ndash;1pm<br>Sun closed</p>
</div></div>
</div>
<div class="content-grid__item">
<div class="block block-text"><div class="block-text__content">
<h4>Follow us</h4>
<ul class="mc-website-social">
<li><a href="https://www.instagram.com/ashcombephysio">Instagram</a></li>
<li><a href="https://www.facebook.com/ashcombephysio">Facebook</a></li>
<li><a href="https://www.strava.com/clubs/ashcombe-physio-runners">Strava club</a></li>
</ul>
</div></div>
</div>
</div>
<div class="mc-website-footer__bottom">
<p>&copy; 2025 Ashcombe Physio Ltd. Registered in England &amp; Wales, company no. 07719342.
<a href="#privacy">Privacy</a> &middot; <a href="#cookies">Cookie settings</a></p>
<p class="mc-website-footer__badge">Built with Mailchimp</p>
</div>
</footer>
</div>
</body>
</html>
"""


def _page(path, title, desc, body, body_class="mc-website-page"):
    head = (
        _HEAD.replace("__TITLE__", title)
        .replace("__DESC__", desc)
        .replace("__PATH__", path)
        .replace("__BODYCLASS__", body_class)
        .replace("__NAV__", _nav(path))
    )
    return head + body + _FOOT


def _hero(heading, sub, image):
    return f"""<section class="mc-website-section mc-website-section--hero">
<div class="content-grid content-grid--2-col">
<div class="content-grid__item">
<div class="block block-text"><div class="block-text__content">
<h1>{heading}</h1>
<p class="mc-website-lead">{sub}</p>
</div></div>
<div class="block block-button">
<a class="mc-website-button mc-website-button--primary" href="/booking-and-cancellation/">Book now</a>
</div>
</div>
<div class="content-grid__item">
<div class="block block-image"><img src="/_mcw/images/{image}" alt="" loading="lazy"></div>
</div>
</div>
</section>
"""


_SIDEBAR = """<aside class="content-grid__item content-grid__item--sidebar mc-website-sidebar">
<div class="block block-text mc-website-widget"><div class="block-text__content">
<h4>Book your appointment</h4>
<p>Choose a time that suits you with our online diary, or call reception on
<a href="tel:+441242580914">01242 580914</a>.</p>
</div></div>
<div class="block block-button mc-website-widget">
<a class="mc-website-button mc-website-button--primary" href="/booking-and-cancellation/">Book online</a>
</div>
<div class="block block-text mc-website-widget"><div class="block-text__content">
<h4>Useful links</h4>
<ul>
<li><a href="/your-first-visit/">What to expect at your first visit</a></li>
<li><a href="/prices/">Price list</a></li>
<li><a href="/insurance-and-payment/">Using health insurance</a></li>
<li><a href="/faq/">Frequently asked questions</a></li>
</ul>
</div></div>
</aside>
"""


def _main(content, sidebar=True):
    cols = "content-grid--main-sidebar" if sidebar else "content-grid--1-col"
    side = _SIDEBAR if sidebar else ""
    return f"""<section class="mc-website-section mc-website-section--content">
<div class="content-grid {cols}">
<div class="content-grid__item content-grid__item--main">
<div class="block block-text"><div class="block-text__content">
{content}
</div></div>
</div>
{side}</div>
</section>
"""


def _reviews(*quotes):
    cards = "\n".join(
        f"""<div class="content-grid__item">
<div class="block block-text mc-website-testimonial"><div class="block-text__content">
<p class="mc-website-stars" aria-label="5 out of 5 stars">&#9733;&#9733;&#9733;&#9733;&#9733;</p>
<blockquote><p>{text}</p></blockquote>
<p class="mc-website-testimonial__name">{who}</p>
</div></div>
</div>"""
        for text, who in quotes
    )
    return f"""<section class="mc-website-section mc-website-section--testimonials">
<div class="block block-text"><div class="block-text__content"><h2>What our patients say</h2></div></div>
<div class="content-grid content-grid--{len(quotes)}-col">
{cards}
</div>
</section>
"""


_HOME = (
    _hero(
        "Sports injury &amp; physiotherapy in Cheltenham",
        "Expert assessment, hands-on treatment and a clear plan to get you back to the things you love.",
        "hero-physio-knee-assessment.jpg",
    )
    + """<section class="mc-website-section">
<div class="content-grid content-grid--2-col">
<div class="content-grid__item">
<div class="block block-text"><div class="block-text__content">
<h2>Welcome to Ashcombe</h2>
<p>Since opening in 2011 we've grown from one physio and a borrowed treatment room into a clinic of
eight clinicians on Tewkesbury Road. We look after club rugby players, parkrunners, county cricketers,
climbers, dancers and everyone in between.</p>
<p>Our approach is simple: find out exactly what's wrong, explain it in plain English, treat it properly
and give you the tools to stop it coming back. No endless courses of treatment, no jargon.</p>
</div></div>
</div>
<div class="content-grid__item">
<div class="block block-text"><div class="block-text__content">
<h2>Not a sports person? You're very welcome</h2>
<p>Despite the name over the door, you really don't need to be sporty. Around half of the people we
see have never set foot in a gym. We treat back pain from a weekend in the garden, stiff necks from
long days at a laptop, aches from DIY and lifting at work, arthritic knees and hips, and anything
else that's stopping you doing everyday things comfortably. If it involves muscles, joints, tendons
or ligaments, we can almost certainly help, whatever your age or fitness.</p>
</div></div>
</div>
</div>
</section>
<section class="mc-website-section mc-website-section--tinted">
<div class="block block-text"><div class="block-text__content"><h2>What we treat</h2></div></div>
<div class="content-grid content-grid--3-col">
<div class="content-grid__item"><div class="block block-image"><img src="/_mcw/images/icon-knee.svg" alt=""></div>
<div class="block block-text"><div class="block-text__content"><h3>Knees &amp; ankles</h3>
<p>Sprains, ligament injuries, runner's knee, kneecap pain and cartilage problems.</p></div></div></div>
<div class="content-grid__item"><div class="block block-image"><img src="/_mcw/images/icon-spine.svg" alt=""></div>
<div class="block block-text"><div class="block-text__content"><h3>Backs &amp; necks</h3>
<p>Low back pain, sciatica, whiplash, postural pain and stiffness.</p></div></div></div>
<div class="content-grid__item"><div class="block block-image"><img src="/_mcw/images/icon-shoulder.svg" alt="">
</div>
<div class="block block-text"><div class="block-text__content"><h3>Shoulders &amp; elbows</h3>
<p>Rotator cuff problems, frozen shoulder, dislocations, tennis and golfer's elbow.</p></div></div></div>
</div>
<div class="block block-button">
<a class="mc-website-button mc-website-button--outline" href="/physiotherapy-assessments/">How an assessment works</a>
</div>
</section>
"""
    + _reviews(
        (
            "Hannah got me from crutches to running my first 10k after ACL surgery. Honest, encouraging and "
            "always had a plan.",
            "Jess W., netball player",
        ),
        ("Six months of a sore shoulder sorted in four sessions. Wish I'd come sooner!", "Mark D., Google review"),
        ("Lovely clinic, easy to book and the exercises on the app made it simple to keep going.", "Anita R."),
    )
)

_ASSESS = _hero(
    "Physiotherapy assessment &amp; follow-ups",
    "Every course of treatment starts with a thorough one-to-one assessment with a chartered physiotherapist.",
    "physio-assessment-room.jpg",
) + _main(
    """<h2>Your initial assessment (60 minutes)</h2>
<p>Your first appointment is an hour long, so nothing is rushed. Your physio will:</p>
<ul>
<li>talk through how the injury happened, your medical history and what you want to get back to;</li>
<li>examine how you move, test strength, flexibility and the joints and ligaments involved;</li>
<li>explain what they think is going on, in plain English, and how long it is likely to take to settle;</li>
<li>start treatment the same day, which may include hands-on therapy, taping, needling or exercise;</li>
<li>set you up with a home exercise plan on the Physitrack app, with videos of every exercise.</li>
</ul>
<h2>Follow-up appointments</h2>
<p>Follow-ups are normally 30 minutes. We offer a 45-minute extended follow-up for more complex
problems, people with more than one injury, and those recovering from surgery. Each follow-up checks
your progress, moves your exercises on and continues any hands-on treatment.</p>
<h2>How many sessions will I need?</h2>
<p>Every injury is different, but most people need somewhere between three and six sessions in
total, usually spread over four to eight weeks. A straightforward ankle sprain may only need two or
three; a long-standing back problem or a stubborn tendon injury can take longer, with appointments
spaced further apart as you take over your own rehab. Your physio will give you an honest estimate at
the end of your first session, and we never ask you to commit to a block of treatment you don't need.</p>
<h2>Online video consultations</h2>
<p>If you can't get to the clinic, or you've moved away and want to carry on with the physio you
know, we offer 45-minute video consultations through a secure link. They work well for advice,
diagnosis of many problems and exercise-based rehab, though of course there's no hands-on
treatment. You'll need a device with a camera and enough space to move around.</p>"""
)

_MASSAGE = (
    _hero(
        "Sports massage",
        "Deep tissue, pre-event and recovery massage from qualified sports massage therapists.",
        "sports-massage-calf.jpg",
    )
    + _main(
        """<h2>What is sports massage?</h2>
<p>Sports massage is a firm, focused massage aimed at the muscles and soft tissues you use most.
It's not just for athletes: it helps with tight shoulders from desk work as much as tight calves from
running. Our sports massage therapists hold a Level 5 qualification and work closely with the physios,
so if they find something that needs a proper assessment they'll tell you.</p>
<h2>Types of massage we offer</h2>
<ul>
<li><strong>Maintenance / deep tissue</strong> &ndash; regular massage during training to ease tightness
and spot niggles before they become injuries.</li>
<li><strong>Pre-event</strong> &ndash; a short, brisk, light massage to warm up and loosen the muscles.</li>
<li><strong>Recovery</strong> &ndash; a gentler flush after a race or hard block of training.</li>
</ul>
<p>Sessions are available as 30, 45 or 60 minutes. Thirty minutes suits one area, such as the legs or
the back; an hour lets us work through the whole body.</p>
<h2>Timing your massage around a race</h2>
<p>If you've got a big event coming up, book your last deep tissue massage five to seven days before
race day. A deep massage can leave your muscles tender for a day or two, and you don't want that on the
start line. In the final 48 hours, only a light pre-event massage is a good idea. Afterwards, leave it at
least 24 hours before a recovery massage, or 48 hours after a marathon or longer.</p>
<h2>Will it hurt?</h2>
<p>Sports massage is firmer than a spa massage and some spots can feel uncomfortable, but it should
never be more than you can breathe through. Your therapist will check the pressure with you
throughout. Drink plenty of water afterwards and expect to feel a little achy the next day.</p>"""
    )
    + _reviews(
        (
            "Megan's monthly massages have kept me injury-free through two marathon training blocks.",
            "Chris P., Cheltenham Harriers",
        ),
    )
)

_NEEDLING = _hero(
    "Acupuncture &amp; dry needling",
    "Fine needles used alongside exercise and hands-on treatment to ease pain and muscle tension.",
    "acupuncture-back.jpg",
) + _main(
    """<h2>What's the difference?</h2>
<p><strong>Western medical acupuncture</strong> uses fine, single-use needles placed at specific points
to reduce pain, mainly by encouraging the body to release its own pain-relieving chemicals. It's
particularly useful for long-standing back and neck pain and some types of joint pain.</p>
<p><strong>Dry needling</strong> targets tight, tender knots in a muscle (trigger points). The needle
often produces a brief twitch, after which the muscle relaxes. It's popular for tight calves, hamstrings,
glutes and shoulders.</p>
<h2>Who does it and what does it cost?</h2>
<p>All our needling is done by physiotherapists who have completed accredited training with the
Acupuncture Association of Chartered Physiotherapists (AACP). It is used as one part of your physio
treatment, never on its own, and there's no extra charge when needling is used within a physio
appointment.</p>
<h2>Is it safe?</h2>
<p>We only use sterile, single-use disposable needles. Side effects are usually mild: a small bruise or
spot of bleeding, feeling tired or a bit light-headed, or a short flare of your symptoms. Please eat
something beforehand, and don't drive straight afterwards if you feel drowsy.</p>
<h2>Please tell us first if&hellip;</h2>
<ul>
<li><strong>You take blood-thinning medication</strong> (for example warfarin, apixaban, rivaroxaban or
clopidogrel) or have a bleeding disorder. We can usually still needle you safely, but we'll use fewer
points and avoid deeper areas. If you take warfarin, please bring your most recent INR reading.</li>
<li>You are pregnant &ndash; we don't needle during the first trimester.</li>
<li>You have epilepsy, a pacemaker, diabetes with poor skin healing, or a metal allergy.</li>
<li>You are very nervous of needles &ndash; we'll happily treat you another way.</li>
</ul>
<p>You'll be asked to sign a short consent form before your first needling treatment.</p>"""
)

_SHOCKWAVE = _hero(
    "Shockwave therapy",
    "A proven option for stubborn tendon and heel pain that hasn't got better with rest or exercise.",
    "shockwave-heel.jpg",
) + _main(
    """<h2>What is shockwave?</h2>
<p>Radial shockwave therapy (sometimes called ESWT) sends strong pulses of sound energy into a painful
tendon or its attachment to the bone. This stimulates the body's repair process and settles pain.
It's recommended by NICE for several long-term tendon problems.</p>
<h2>Conditions we use it for</h2>
<ul>
<li>Plantar fasciitis (heel pain, often worst with the first steps in the morning)</li>
<li>Achilles tendinopathy</li>
<li>Tennis elbow and golfer's elbow</li>
<li>Calcific tendinopathy of the shoulder</li>
<li>Patellar tendinopathy (jumper's knee) and high hamstring tendinopathy</li>
<li>Pain on the outside of the hip (gluteal tendinopathy)</li>
</ul>
<p>It works best for problems that have lasted three months or more and haven't responded to rest,
insoles, stretching or an exercise programme. Around seven or eight out of ten people with these
long-standing problems report a clear improvement.</p>
<h2>What does a course involve?</h2>
<p>You'll need a physio assessment first so we can confirm the diagnosis and check shockwave is right for
you. A course is usually three to five sessions, one week apart. The shockwave itself takes about five
minutes per area and feels like a strong, rapid tapping; we start gently and build up. It is always
combined with a tendon loading exercise programme.</p>
<h2>When shockwave isn't suitable</h2>
<ul>
<li>If you've had a steroid (cortisone) injection into the same area in the last 12 weeks &ndash;
we'll need to wait until 12 weeks have passed.</li>
<li>If you are pregnant, under 18, have a blood clotting disorder or take anticoagulants.</li>
<li>Over an area affected by cancer, infection or a recent fracture.</li>
</ul>
<h2>Aftercare</h2>
<p>Avoid ice and anti-inflammatory painkillers such as ibuprofen for 48 hours after each session, as they
can dampen the healing response. Paracetamol is fine. Avoid running, jumping or heavy gym work for 48
hours, then carry on with your exercises.</p>"""
)

_GAIT = _hero(
    "Running gait analysis",
    "A 90-minute physio-led running assessment, with slow-motion video and a plan you can actually use.",
    "gait-treadmill-filming.jpg",
) + _main(
    """<h2>Who is it for?</h2>
<p>Our gait analysis is for runners with a recurring injury, those coming back from injury, and anyone
who wants to run more efficiently. It's run by Tom, our running injury physio, and is very different from
the quick treadmill test in a shoe shop.</p>
<h2>What happens during the session</h2>
<ol>
<li>A chat about your running, training load, goals and any injury history.</li>
<li>A strength, balance and mobility screen of your hips, knees, ankles and feet.</li>
<li>Treadmill running filmed from the side, front and back, at your easy pace and a faster pace.</li>
<li>Frame-by-frame slow-motion analysis, which Tom talks you through on screen.</li>
<li>Simple technique cues and drills, tried on the treadmill there and then.</li>
</ol>
<p>Within five working days you'll receive a written report, your videos and a strength programme. A
30-minute review four to six weeks later is included, so we can re-film you and check your progress.</p>
<h2>What to bring</h2>
<p>Bring the trainers you run in most. If you rotate between pairs, or have a newer pair you aren't sure
about, bring those too. Wear your normal running kit: shorts or running tights and a fitted top, so we
can see what your hips and trunk are doing. If you use a running watch or Strava, have your last few
weeks of training to hand.</p>
<h2>Will you tell me what shoes to buy?</h2>
<p>We'll tell you what features to look for, but we don't sell shoes, so our advice is completely
impartial. Most runners don't need to change their shoes at all.</p>"""
)

_POSTOP = (
    _hero(
        "Post-operative rehab",
        "Structured, goal-based rehabilitation after orthopaedic surgery, working alongside your surgeon.",
        "post-op-knee-rehab.jpg",
    )
    + _main(
        """<h2>Operations we regularly rehabilitate</h2>
<ul>
<li>ACL reconstruction and meniscus repair</li>
<li>Knee and hip replacement</li>
<li>Shoulder stabilisation and rotator cuff repair</li>
<li>Achilles tendon repair and ankle fracture fixation</li>
<li>Lower back surgery such as discectomy</li>
</ul>
<h2>When should I start?</h2>
<p>For most knee operations, including ACL reconstruction, we like to see you within 7 to 14 days of
your surgery, or sooner if your surgeon asks. The early weeks are about controlling swelling, getting
the knee fully straight and waking the thigh muscles back up, and they make a big difference later on.</p>
<p>If your operation is planned, it's worth booking a <strong>prehab</strong> session or two beforehand.
People who go into surgery with a settled, strong knee and full movement tend to recover faster.</p>
<h2>Working with your surgeon</h2>
<p>Please bring your discharge letter, the operation note and your surgeon's rehab protocol if you were
given one. We follow your surgeon's guidance on what you can and can't do at each stage and, with your
permission, send progress updates to your consultant.</p>
<h2>Back to sport</h2>
<table class="mc-website-table">
<thead><tr><th>ACL rehab stage</th><th>Typical timing</th><th>Focus</th></tr></thead>
<tbody>
<tr><td>Early recovery</td><td>0&ndash;6 weeks</td><td>Swelling, straightening, walking normally</td></tr>
<tr><td>Strength</td><td>6 weeks&ndash;3 months</td><td>Gym-based strength and balance</td></tr>
<tr><td>Running and jumping</td><td>3&ndash;6 months</td><td>Return to running, hopping, landing</td></tr>
<tr><td>Return to sport</td><td>9&ndash;12 months</td><td>Sport-specific drills, testing, back to play</td></tr>
</tbody>
</table>
<p>Before we sign you off for contact or pivoting sports, you'll complete our return-to-sport testing:
hop tests, strength testing and agility drills compared against your other leg.</p>"""
    )
    + _reviews(
        (
            "After my hip replacement Gareth set realistic goals and I was back on the golf course by week 12.",
            "Bill H.",
        ),
    )
)

_PILATES = _hero(
    "Clinical Pilates classes",
    "Small, physio-led mat classes for strength, posture and confidence in your body.",
    "pilates-class-studio.jpg",
) + _main(
    """<h2>About our classes</h2>
<p>Our Clinical Pilates classes are led by physiotherapists trained with APPI, so exercises can be
adapted for injuries, back pain and post-surgery recovery. Classes take place in our studio,
are capped at eight people and use mats, balls, bands and rings. They last 55 minutes.</p>
<h2>Before you join a class</h2>
<p>You don't need to be a physio patient to come to Pilates. Everyone new to our classes books a
one-to-one Pilates introduction first, where we go through the basics, check any injuries and
recommend the right class. If you've been treated by one of our physios within the last six months,
you can skip this and join a Beginners class straight away.</p>
<h2>Weekly timetable</h2>
<table class="mc-website-table">
<thead><tr><th>Day</th><th>Time</th><th>Class</th></tr></thead>
<tbody>
<tr><td>Monday</td><td>6.30pm</td><td>Beginners</td></tr>
<tr><td>Monday</td><td>7.40pm</td><td>Intermediate</td></tr>
<tr><td>Tuesday</td><td>9.30am</td><td>Back Care</td></tr>
<tr><td>Wednesday</td><td>12.15pm</td><td>Lunchtime Mixed Ability</td></tr>
<tr><td>Thursday</td><td>6.30pm</td><td>Beginners</td></tr>
<tr><td>Saturday</td><td>9.00am</td><td>Mixed Ability</td></tr>
<tr><td>Saturday</td><td>10.10am</td><td>Runners' Pilates</td></tr>
</tbody>
</table>
<h2>Blocks and missed classes</h2>
<p>Classes run in six-week blocks so you can progress with the same group. If you miss a class, you're
welcome to catch up in a different class during the same block, as long as there's a space. Drop-in places
are sometimes available towards the end of a block.</p>
<h2>What to bring</h2>
<p>Comfortable clothes you can move in, a bottle of water and a pair of socks. We provide mats and all
equipment, but you're welcome to bring your own mat.</p>"""
)

_PRICES = _hero(
    "Prices",
    "Clear, upfront prices for self-paying patients. Prices from 1 April 2025.",
    "reception-desk.jpg",
) + _main(
    """<h2>Physiotherapy</h2>
<table class="mc-website-table">
<thead><tr><th>Appointment</th><th>Length</th><th>Price</th></tr></thead>
<tbody>
<tr><td>Initial assessment</td><td>60 min</td><td>&pound;68</td></tr>
<tr><td>Follow-up</td><td>30 min</td><td>&pound;50</td></tr>
<tr><td>Extended follow-up</td><td>45 min</td><td>&pound;62</td></tr>
<tr><td>Online video consultation</td><td>45 min</td><td>&pound;55</td></tr>
<tr><td>Pack of 5 follow-ups (valid 6 months)</td><td>5 &times; 30 min</td><td>&pound;225</td></tr>
</tbody>
</table>
<h2>Sports massage</h2>
<table class="mc-website-table">
<tbody>
<tr><td>30 minutes</td><td>&pound;38</td></tr>
<tr><td>45 minutes</td><td>&pound;50</td></tr>
<tr><td>60 minutes</td><td>&pound;60</td></tr>
</tbody>
</table>
<h2>Specialist services</h2>
<table class="mc-website-table">
<tbody>
<tr><td>Shockwave therapy, per session (includes physio review)</td><td>&pound;70</td></tr>
<tr><td>Shockwave course of 3, paid in advance</td><td>&pound;190</td></tr>
<tr><td>Running gait analysis (90 min, report and review included)</td><td>&pound;150</td></tr>
<tr><td>Home visit, first appointment</td><td>&pound;105</td></tr>
<tr><td>Home visit, follow-up</td><td>&pound;80</td></tr>
</tbody>
</table>
<p>Post-operative rehab is charged at our standard physiotherapy rates.</p>
<h2>Pilates</h2>
<table class="mc-website-table">
<tbody>
<tr><td>One-to-one Pilates introduction (45 min)</td><td>&pound;50</td></tr>
<tr><td>Six-week class block</td><td>&pound;78</td></tr>
<tr><td>Drop-in class (when available)</td><td>&pound;15</td></tr>
</tbody>
</table>
<h2>Concessions</h2>
<p>We take 10% off physiotherapy and sports massage appointments for full-time students, under-18s,
over-65s and NHS staff. Please show your student card, NHS ID or proof of age at reception. Concessions
can't be combined with packs, Pilates blocks or treatment paid for by an insurer.</p>"""
)

_INSURANCE = _hero(
    "Insurance &amp; payment",
    "Pay as you go, or use your private medical insurance or health cash plan.",
    "clinic-waiting-area.jpg",
) + _main(
    """<h2>Private medical insurance</h2>
<p>Our physiotherapists are recognised by most major UK insurers, including <strong>Bupa, AXA Health,
Aviva, WPA, Cigna, Healix and Vitality</strong>. To use your policy:</p>
<ol>
<li>Contact your insurer before your first appointment and get a pre-authorisation (claim) number.</li>
<li>Ask how many sessions they have authorised and whether you have an excess.</li>
<li>Give us your policy and authorisation numbers when you book.</li>
</ol>
<p>We then bill your insurer directly. Any excess, or sessions beyond what's been authorised, are payable
by you. If your insurer declines to pay, you'll be charged at our self-pay rates.</p>
<p><strong>Vitality members:</strong> Vitality arranges physio through its own referral process, usually via
the Vitality app or their claims team. Ask them to refer you to Ashcombe by name; once we receive their
referral we'll contact you to book.</p>
<h2>Health cash plans</h2>
<p>If you have a cash plan such as Simplyhealth, Health Shield, Westfield Health, BHSF or Medicash, you
pay us on the day and claim the money back yourself. We email a receipt after every appointment showing
your clinician's name and HCPC registration number, which is what cash plans ask for. Just let reception
know if you need a receipt reissued.</p>
<h2>Paying for yourself</h2>
<p>Payment is taken at the end of each appointment. We accept debit and credit cards (Visa and
Mastercard), contactless, Apple Pay, Google Pay and cash. We don't accept American Express or cheques.</p>
<h2>Employers</h2>
<p>Many local companies pay for staff physio. If your employer would like an account with us, we can
invoice them monthly; ask your HR team to email us.</p>
<h2>NHS</h2>
<p>We're an independent private clinic and don't hold an NHS contract, so we're unable to offer
NHS-funded treatment.</p>"""
)

_BOOKING = _hero(
    "Booking &amp; cancellations",
    "Book online any time of day, or speak to our reception team.",
    "online-booking-phone.jpg",
) + _main(
    """<h2>How to book</h2>
<ul>
<li><strong>Online:</strong> our online diary is open 24 hours a day. You'll see live availability for every
clinician and get instant confirmation.</li>
<li><strong>By phone:</strong> reception answers calls Monday to Friday 8am&ndash;6pm and Saturday
8am&ndash;12pm on 01242 580914.</li>
<li><strong>By email:</strong> hello@ashcombephysio.co.uk &ndash; we reply within one working day.</li>
</ul>
<div class="block block-button"><a class="mc-website-button mc-website-button--primary"
href="https://ashcombephysio.uk2.cliniko.com/bookings">Open the online diary</a></div>
<p>We ask for card details to secure every booking, but nothing is taken until after your appointment.
You'll get a text and email reminder 48 hours beforehand.</p>
<h2>Cancellation policy</h2>
<p>We keep a waiting list, so please give us at least <strong>24 hours' notice</strong> if you need to
cancel or move an appointment. You can do this through the link in your reminder, by phone or by email.</p>
<ul>
<li>Cancelled with less than 24 hours' notice: 50% of the appointment fee.</li>
<li>Missed appointments with no notice: the full fee.</li>
</ul>
<p><strong>Feeling unwell?</strong> If you have a temperature, a sickness bug, Covid or a heavy cold,
please don't come in. Call us as early as you can and we'll waive the late cancellation fee the first
time it happens.</p>
<p>Insurers won't pay for late cancellations or missed appointments, so these are charged to you
even if your treatment is insured.</p>
<h2>Running late?</h2>
<p>Please phone to let us know. We'll still see you, but your appointment will finish at its usual time
so the next patient isn't kept waiting, and the full fee applies. If you're more than 15 minutes late for
a 30-minute appointment we may need to rebook you, and this counts as a late cancellation.</p>"""
)

_HOME_VISITS = _hero(
    "Home visits",
    "Physiotherapy in your own home for people who can't easily get to the clinic.",
    "home-visit-walking-frame.jpg",
) + _main(
    """<h2>Who are home visits for?</h2>
<p>Home visits are ideal if you're recovering from an operation and can't drive or manage the car yet,
if you're older or frail and getting out is difficult, or if you're housebound for any other reason. They
are also useful when the aim is to get you moving safely around your own home, on your own stairs.</p>
<h2>Where we visit</h2>
<p>We cover an area within roughly eight miles of the clinic, including Cheltenham, Charlton Kings,
Prestbury, Bishop's Cleeve, Woodmancote, Winchcombe, Shurdington, Churchdown and Tewkesbury. If you
live just outside this area, please call and we'll do our best.</p>
<h2>When we visit</h2>
<p>Home visits take place on Tuesday and Thursday mornings between 9am and 1pm, and on Friday mornings
with Gareth. Please give us at least 48 hours' notice. Home visits can't be booked online; call reception
and we'll find a time that suits.</p>
<h2>What to expect</h2>
<p>The first visit lasts about an hour and follow-ups around 45 minutes. Your physio brings a portable
treatment couch and any equipment needed, so we just need a clear space about the size of a single bed.
As well as treatment and exercises, we can look at walking aids, stairs, getting in and out of bed or a
chair and how to reduce the risk of falls, and suggest equipment that might help. A relative or carer is
very welcome to be there, and it often helps them support the exercises between visits.</p>"""
)

_TEAM = _hero(
    "Meet the team",
    "Chartered physiotherapists and sports massage therapists who love what they do.",
    "ashcombe-team-photo.jpg",
) + (
    """<section class="mc-website-section">
<div class="content-grid content-grid--2-col">
<div class="content-grid__item">
<div class="block block-image"><img src="/_mcw/images/team-hannah.jpg" alt="Hannah Pryce"></div>
<div class="block block-text"><div class="block-text__content">
<h3>Hannah Pryce &ndash; Clinical Director &amp; Physiotherapist</h3>
<p>Hannah founded Ashcombe in 2011 after six years with a Premiership rugby academy. She has an MSc in
Sports Physiotherapy and her special interest is knees: ligament injuries, ACL reconstruction rehab and
getting players back on the pitch. She leads our return-to-sport testing.</p>
</div></div>
</div>
<div class="content-grid__item">
<div class="block block-image"><img src="/_mcw/images/team-tom.jpg" alt="Tom Okafor"></div>
<div class="block block-text"><div class="block-text__content">
<h3>Tom Okafor &ndash; Physiotherapist, running injuries</h3>
<p>A sub-three-hour marathon runner, Tom looks after our runners. He runs our gait analysis service and
our shockwave clinic, and has a particular interest in Achilles, shin and heel pain.</p>
</div></div>
</div>
<div class="content-grid__item">
<div class="block block-image"><img src="/_mcw/images/team-priya.jpg" alt="Priya Nair"></div>
<div class="block block-text"><div class="block-text__content">
<h3>Priya Nair &ndash; Physiotherapist, spinal pain</h3>
<p>Priya specialises in back and neck pain, including sciatica and desk-related aches. She is our
acupuncture lead and an APPI-trained Pilates instructor who teaches most of our classes. Outside work
she's a keen wild swimmer.</p>
</div></div>
</div>
<div class="content-grid__item">
<div class="block block-image"><img src="/_mcw/images/team-gareth.jpg" alt="Gareth Lloyd"></div>
<div class="block block-text"><div class="block-text__content">
<h3>Gareth Lloyd &ndash; Physiotherapist, shoulders &amp; upper limb</h3>
<p>Gareth treats shoulder, elbow and wrist problems and sees lots of climbers, swimmers and tennis
players. He also does most of our home visits and post-operative hip and knee replacement rehab.</p>
</div></div>
</div>
<div class="content-grid__item">
<div class="block block-image"><img src="/_mcw/images/team-megan.jpg" alt="Megan Hughes"></div>
<div class="block block-text"><div class="block-text__content">
<h3>Megan Hughes &ndash; Sports Massage Therapist</h3>
<p>Megan holds a Level 5 diploma in sports massage and competes in triathlon. She works weekday
daytimes and two evenings a week.</p>
</div></div>
</div>
<div class="content-grid__item">
<div class="block block-image"><img src="/_mcw/images/team-sam.jpg" alt="Sam Ellis"></div>
<div class="block block-text"><div class="block-text__content">
<h3>Sam Ellis &ndash; Sports Massage Therapist</h3>
<p>Sam is a Level 5 sports massage therapist and former county cricketer. He works Thursday evenings and
Saturday mornings.</p>
</div></div>
</div>
</div>
</section>
"""
    + _main(
        """<h2>Choosing who you see</h2>
<p>You can book with any clinician you like, or let reception match you to the right person. If you'd
prefer to be seen by a female or a male clinician, just tell us when you book and we'll arrange it.</p>
<h2>Behind the scenes</h2>
<p>Lucy Garner, our practice manager, and the reception team keep everything running and are the first
voices you'll hear on the phone.</p>""",
        sidebar=False,
    )
)

_FIND = _hero(
    "Find us &amp; opening hours",
    "On Tewkesbury Road, ten minutes from Cheltenham town centre, with free parking.",
    "clinic-exterior-kingsditch.jpg",
) + _main(
    """<h2>Our address</h2>
<p>Ashcombe Sports Injury &amp; Physiotherapy, Unit 3, Kingsditch Court, Tewkesbury Road, Cheltenham
GL51 9RS. We're the teal door at the left-hand end of the building, next to Halo Gym.</p>
<h2>By car and parking</h2>
<p>From the town centre, follow the A4019 Tewkesbury Road towards the M5; Kingsditch Court is on the left
just after the retail park. From junction 10 or 11 of the M5, follow signs to Cheltenham and we're about
five minutes away. Parking is free in the car park in front of the building. There are 14 spaces, two of
them disabled bays right by our entrance. The car park is shared with the other units, so at busy times
please use the overflow spaces at the back of the court. There's no time limit.</p>
<h2>By bus, train or bike</h2>
<p>Stagecoach bus 41 from the Promenade stops at Kingsditch Lane, a three-minute walk away. Cheltenham Spa
railway station is about two miles away &ndash; roughly 10 minutes by taxi. There's a covered bike rack
beside our entrance.</p>
<h2>Accessibility</h2>
<p>All treatment rooms are on the ground floor, with step-free access, an automatic door and an
accessible toilet. Our treatment couches are height-adjustable. The Pilates studio is on the first floor
and reached by stairs.</p>
<h2>Opening hours</h2>
<table class="mc-website-table">
<tbody>
<tr><td>Monday &ndash; Thursday</td><td>7.00am &ndash; 8.30pm</td></tr>
<tr><td>Friday</td><td>7.00am &ndash; 6.00pm</td></tr>
<tr><td>Saturday</td><td>8.00am &ndash; 1.00pm</td></tr>
<tr><td>Sunday</td><td>Closed</td></tr>
</tbody>
</table>
<p><strong>Bank holidays:</strong> we're open 8am&ndash;1pm on most bank holiday Mondays, though the phones
aren't staffed, so please book online. We're closed on Good Friday, Christmas Day, Boxing Day and New
Year's Day.</p>
<form class="mc-website-form" action="#" method="post">
<h3>Send us a message</h3>
<label>Name <input type="text" name="name"></label>
<label>Email <input type="email" name="email"></label>
<label>Message <textarea name="message"></textarea></label>
<button type="submit" class="mc-website-button">Send</button>
</form>"""
)


def _faq_item(question, answer):
    return f"""<div class="block block-text mc-website-faq-item"><div class="block-text__content">
<p><strong>{question}</strong></p>
<p>{answer}</p>
</div></div>
"""


_FAQ = _hero(
    "Frequently asked questions",
    "Quick answers to the questions we hear most at reception.",
    "faq-clinic-corridor.jpg",
) + (
    """<section class="mc-website-section mc-website-section--content">
<div class="content-grid content-grid--1-col">
"""
    + _faq_item(
        "Do I need a referral from my GP?",
        "No. You can book directly with us without seeing your doctor first. If you're claiming on health "
        "insurance, check with your insurer, as some policies ask for a GP referral.",
    )
    + _faq_item(
        "Will you let my GP know about my treatment?",
        "Only if you'd like us to. With your consent we'll send your GP a short letter summarising our "
        "findings and treatment plan.",
    )
    + _faq_item(
        "Do you treat children and teenagers?",
        "We see young people from the age of 12. Anyone under 16 must have a parent or guardian with them for "
        "the whole appointment. For children under 12 we recommend a specialist paediatric physiotherapist "
        "and can suggest one locally.",
    )
    + _faq_item(
        "Can I bring someone with me?",
        "Of course. A friend or family member is welcome to sit in. If you'd like a chaperone, ask when "
        "booking and a member of staff will be present.",
    )
    + _faq_item(
        "Are your physiotherapists properly qualified?",
        "Yes. Every physiotherapist at Ashcombe is registered with the Health and Care Professions Council "
        "(HCPC) and is a member of the Chartered Society of Physiotherapy.",
    )
    + _faq_item(
        "Can a physio sign me off work?",
        "Yes. Our physiotherapists can issue Allied Health Professional fit notes if your injury is affecting "
        "your ability to work, and can suggest changes such as lighter duties.",
    )
    + _faq_item(
        "Will treatment hurt?",
        "Some hands-on treatment and exercises can be uncomfortable, but we'll always explain what we're doing "
        "and work within what you're comfortable with. It's normal to feel a little sore for a day afterwards.",
    )
    + _faq_item(
        "Do you sell gift vouchers?",
        "Yes. Vouchers are available for any amount, or for a specific sports massage or gait analysis. "
        "Buy them at reception or over the phone; they're valid for 12 months.",
    )
    + """<div class="block block-button">
<a class="mc-website-button mc-website-button--outline" href="/find-us/">Still got a question? Get in touch</a>
</div>
</div>
</section>
"""
)

_FIRST = _hero(
    "Your first visit",
    "Everything you need to know before your first appointment with us.",
    "treatment-room-couch.jpg",
) + _main(
    """<h2>Before you arrive</h2>
<p>When you book, we'll email you a link to a short online health questionnaire and consent form. Please
complete it at least 24 hours before your appointment, so your physio can read it beforehand and spend
more of your session on you. If you can't do it online, arrive 15 minutes early and fill in a paper copy
at reception.</p>
<h2>What to bring</h2>
<ul>
<li>A list of any medicines you take.</li>
<li>Any scan results, hospital letters or reports about your injury.</li>
<li>Your insurance policy and authorisation numbers if you're claiming.</li>
<li>Your glasses if you need them to read your exercise sheet.</li>
</ul>
<h2>What to wear</h2>
<p>Your physio will need to see and move the area being treated, so loose, comfortable clothing is best.
For knees, hips, ankles and feet, please wear or bring a pair of shorts. For backs, necks and shoulders,
women may find a vest top or sports bra most comfortable, and men may be asked to remove their top. Tight
jeans and smart work trousers make examining you difficult. There's a changing room, and we always have
towels so you can stay covered.</p>
<h2>When you get here</h2>
<p>Let reception know you've arrived and take a seat; there's water and tea in the waiting area. Your
physio will come and collect you.</p>
<h2>After your appointment</h2>
<p>It's common to feel a little sore for a day or two after your first session, especially if it included
hands-on treatment. Your exercises will appear in the Physitrack app, so you can follow the videos at
home. If anything worries you after your appointment, call us.</p>"""
)

_ADVICE = _hero(
    "Injury advice &amp; urgent help",
    "What to do in the first few days after an injury, and when you need A&amp;E rather than a physio.",
    "ankle-sprain-ice.jpg",
) + _main(
    """<h2>The first few days after a sprain or strain</h2>
<p>For a freshly rolled ankle, pulled muscle or twisted knee, the current advice is known as PEACE &amp;
LOVE. In the first two to three days:</p>
<ul>
<li><strong>Protect</strong> the area: use it less for a day or two, and use crutches if walking is very painful.</li>
<li><strong>Elevate</strong>: keep a swollen ankle or knee raised above the level of your hip when resting.</li>
<li><strong>Compress</strong>: a tubigrip or elastic bandage helps control swelling; take it off at night.</li>
<li><strong>Avoid anti-inflammatories</strong> such as ibuprofen for the first 48 hours if you can.</li>
</ul>
<p><strong>Should I ice it?</strong> Ice is fine for pain relief in the first couple of days: 10 to 15
minutes at a time, wrapped in a damp tea towel, every two to three hours. It's no longer thought to speed
up healing, though, so there's no need to overdo it, and never put ice straight onto the skin. After the
first few days, gentle movement and gradually putting weight through the injury help most.</p>
<h2>Same-day appointments for new injuries</h2>
<p>We keep two or three acute injury slots free every weekday for people who've been injured in the last
72 hours. Call reception from 8am; they're given out first come, first served and can't be booked online.</p>
<h2>When to go to A&amp;E or call 111 instead</h2>
<ul>
<li>You can't put any weight on the leg or take four steps, or the joint looks deformed.</li>
<li>You heard a crack after a fall or heavy impact and have pain directly over a bone.</li>
<li>Numbness around your bottom or genitals, or new problems controlling your bladder or bowels,
with back pain: go to A&amp;E straight away.</li>
<li>A hot, swollen, painful calf, especially after surgery or a long journey.</li>
<li>A head injury with confusion, vomiting or a worsening headache.</li>
</ul>
<p>Physiotherapy is not an emergency service; if you're unsure, call NHS 111.</p>"""
)


HTML = {
    "/": _page(
        "/",
        "Sports Injury &amp; Physiotherapy Clinic in Cheltenham",
        "Ashcombe is a sports injury and physiotherapy clinic on Tewkesbury Road, Cheltenham.",
        _HOME,
        "mc-website-page mc-website-page--home",
    ),
    "/physiotherapy-assessments/": _page(
        "/physiotherapy-assessments/",
        "Physiotherapy Assessment &amp; Follow-ups",
        "What happens at a physiotherapy assessment and follow-up at Ashcombe.",
        _ASSESS,
    ),
    "/sports-massage/": _page(
        "/sports-massage/",
        "Sports Massage",
        "Deep tissue, pre-event and recovery sports massage in Cheltenham.",
        _MASSAGE,
    ),
    "/acupuncture-dry-needling/": _page(
        "/acupuncture-dry-needling/",
        "Acupuncture &amp; Dry Needling",
        "Western medical acupuncture and dry needling by AACP-trained physiotherapists.",
        _NEEDLING,
    ),
    "/shockwave-therapy/": _page(
        "/shockwave-therapy/",
        "Shockwave Therapy",
        "Radial shockwave therapy for plantar fasciitis, Achilles, tennis elbow and other tendon pain.",
        _SHOCKWAVE,
    ),
    "/running-gait-analysis/": _page(
        "/running-gait-analysis/",
        "Running Gait Analysis",
        "Physio-led 90-minute running gait analysis with slow-motion video.",
        _GAIT,
    ),
    "/post-operative-rehab/": _page(
        "/post-operative-rehab/",
        "Post-operative Rehab",
        "Rehabilitation after ACL reconstruction, joint replacement and other orthopaedic surgery.",
        _POSTOP,
    ),
    "/pilates-classes/": _page(
        "/pilates-classes/",
        "Clinical Pilates Classes",
        "Small physio-led Clinical Pilates classes and weekly timetable.",
        _PILATES,
    ),
    "/prices/": _page(
        "/prices/",
        "Prices",
        "Prices for physiotherapy, sports massage, shockwave, gait analysis, home visits and Pilates.",
        _PRICES,
    ),
    "/insurance-and-payment/": _page(
        "/insurance-and-payment/",
        "Insurance &amp; Payment",
        "Using private medical insurance or a health cash plan, and how to pay.",
        _INSURANCE,
    ),
    "/booking-and-cancellation/": _page(
        "/booking-and-cancellation/",
        "Booking &amp; Cancellations",
        "How to book, our cancellation policy and what happens if you're running late.",
        _BOOKING,
    ),
    "/home-visits/": _page(
        "/home-visits/",
        "Home Visits",
        "Home physiotherapy visits across Cheltenham and surrounding villages.",
        _HOME_VISITS,
    ),
    "/team/": _page(
        "/team/",
        "Meet the Team",
        "Meet the physiotherapists and sports massage therapists at Ashcombe.",
        _TEAM,
    ),
    "/find-us/": _page(
        "/find-us/",
        "Find Us &amp; Opening Hours",
        "Address, parking, public transport, accessibility and opening hours.",
        _FIND,
    ),
    "/faq/": _page(
        "/faq/",
        "FAQs",
        "Answers to common questions about physiotherapy at Ashcombe.",
        _FAQ,
    ),
    "/your-first-visit/": _page(
        "/your-first-visit/",
        "Your First Visit",
        "What to bring, what to wear and what to expect at your first appointment.",
        _FIRST,
    ),
    "/injury-advice/": _page(
        "/injury-advice/",
        "Injury Advice &amp; Urgent Help",
        "Self-help advice for new injuries and when to seek urgent medical help.",
        _ADVICE,
    ),
}

QUESTIONS = [
    ("how much is the first appointment?", "/prices/"),
    ("Do you do any discount for students? I'm at the uni", "/prices/"),
    ("Do I need to get my GP to refer me first or can I just book in myself", "/faq/"),
    (
        "My daughter's 13 and has been getting sore knees from netball, do you see kids that age?",
        "/faq/",
    ),
    ("I've got Vitality health insurance through work, can I use it with you?", "/insurance-and-payment/"),
    (
        "I've got one of those Simplyhealth cash plans, do you give receipts so I can claim the money back?",
        "/insurance-and-payment/",
    ),
    (
        "I'm full of cold and I'm booked in at 2 this afternoon. Will I get charged if I cancel now?",
        "/booking-and-cancellation/",
    ),
    ("what happens if im running about 15 mins late", "/booking-and-cancellation/"),
    ("Is there anywhere to park?", "/find-us/"),
    ("are you open on the bank holiday monday", "/find-us/"),
    ("What should I wear? It's for my knee", "/your-first-visit/"),
    (
        "Went over on my ankle at netball last night and it's swollen up like a balloon. Should I be putting "
        "ice on it?",
        "/injury-advice/",
    ),
    (
        "My husband hurt his knee playing football this morning, any chance someone could see him today?",
        "/injury-advice/",
    ),
    ("Which of your physios is best with knees?", "/team/"),
    ("id rather see a lady physio for my back if thats possible", "/team/"),
    (
        "I've had pain in my heel every morning for about a year now. Tried insoles, stretching, new trainers, "
        "nothing works. Is there anything else you can do?",
        "/shockwave-therapy/",
    ),
    ("had a cortisone jab in my elbow 3 weeks ago, can I still have the shock wave treatment", "/shockwave-therapy/"),
    ("I'm on blood thinners, is it safe for me to have the needles?", "/acupuncture-dry-needling/"),
    (
        "I'm having my ACL reconstructed in March. How soon after the op should I come and see you?",
        "/post-operative-rehab/",
    ),
    ("do i need to bring my own trainers for the running analysis thing", "/running-gait-analysis/"),
    (
        "I'm doing the Cheltenham half in a few weeks, my first one! When's the best time to have a massage "
        "before the race?",
        "/sports-massage/",
    ),
    ("Is there a pilates class on a Saturday morning?", "/pilates-classes/"),
    (
        "My mum's 84 and can't get in and out of the car since her hip op. Could someone come out to her? "
        "She's in Winchcombe.",
        "/home-visits/",
    ),
    (
        "Roughly how many sessions does it take to sort out a bad back? Just trying to work out what it'll "
        "cost me overall",
        "/physiotherapy-assessments/",
    ),
    (
        "I'm not sporty in the slightest, I just did my back in digging the garden. Is your place only for athletes?",
        "/",
    ),
]

OUT_OF_SCOPE = [
    "Do you have a hydrotherapy pool?",
    "Can you send me for an MRI scan on my knee?",
    "Do you sell foam rollers or kinesiology tape I can take home?",
    "Do you do physio for dogs? My spaniel has a bad hip",
    "Are you hiring any physios at the moment?",
    "Do you offer chiropractic adjustments or cracking backs?",
    "Can you recommend a nice place to eat near the clinic?",
    "What's the weather meant to be like for the races on Saturday?",
]
