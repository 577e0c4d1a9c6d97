"""An evaluation site: Larchfield Family Dental & Orthodontics, a children's and family orthodontic practice (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. A Gatsby/React static build with
Emotion CSS-in-JS hashed class names, a ___gatsby root, header and mega-menu made of nested divs, and an FAQ
accordion of aria-expanded buttons with role="region" panels.
"""

NAME = "Larchfield Family Dental & Orthodontics"

_SITE = "Larchfield Family Dental &amp; Orthodontics"
_PHONE = "01257 263 480"
_TEL = "tel:+441257263480"

# (group heading, [(path, label, blurb)]) -- the mega-menu, shown on every page
_MENU = [
    (
        "Orthodontics",
        [
            ("/nhs-braces/", "NHS braces for under-18s", "Who qualifies and how it works"),
            ("/adult-orthodontics/", "Braces for adults", "Metal and tooth-coloured braces"),
            ("/clear-aligners/", "Clear aligners", "Invisalign at Larchfield"),
            ("/retainers/", "Retainers", "Keeping teeth straight for life"),
            ("/orthodontic-emergencies/", "Brace problems", "Broken brackets and poking wires"),
        ],
    ),
    (
        "Family dentistry",
        [
            ("/childrens-dentistry/", "Children's dentistry", "Babies, toddlers and first visits"),
            ("/prevention/", "Sealants &amp; fluoride", "Protecting young teeth"),
            ("/sports-guards/", "Sports mouthguards", "Custom-fitted gumshields"),
        ],
    ),
    (
        "Patients",
        [
            ("/new-patients/", "New patients", "Joining the practice"),
            ("/appointments/", "Appointments &amp; school notes", "Booking, after-school slots"),
            ("/fees-and-finance/", "Fees &amp; finance", "NHS charges and payment plans"),
            ("/referrals/", "Referrals &amp; transfers", "For parents and dentists"),
            ("/faq/", "Living with braces FAQ", "Your questions answered"),
        ],
    ),
    (
        "About us",
        [
            ("/meet-the-team/", "Meet the team", "Dentists, orthodontist and nurses"),
            ("/visit-us/", "Opening hours &amp; finding us", "Parking, buses and access"),
            ("/policies/", "Practice policies", "Cancellations and complaints"),
        ],
    ),
]

_EMOTION_CSS = (
    ".css-1q2w3e4{display:flex;flex-direction:column;min-height:100vh;font-family:Nunito,sans-serif;}"
    ".css-8h3kd0a{background:#0f4c5c;color:#fff;font-size:14px;}"
    ".css-5tq9w1z{display:grid;grid-template-columns:repeat(4,1fr);gap:24px;}"
    ".css-2lx7c3v{border-radius:999px;background:#f26b5b;color:#fff;padding:12px 22px;}"
)


def _menu(current):
    groups = []
    for heading, links in _MENU:
        items = []
        for href, label, blurb in links:
            cur = ' aria-current="page"' if href == current else ""
            items.append(
                f'<div class="css-1n4ow2f e1k9mnu4"><a class="css-3xq0mzk e1k9mnu5" href="{href}"{cur}>'
                f'<span class="css-0">{label}</span><span class="css-7yq1v2c e1k9mnu6">{blurb}</span></a></div>'
            )
        groups.append(
            '<div class="css-9kd2ma0 e1k9mnu2"><div class="css-r4a8b1s e1k9mnu3">'
            f'<span class="css-0">{heading}</span></div>\n' + "\n".join(items) + "\n</div>"
        )
    return "\n".join(groups)


def _header(current):
    return f"""<div class="css-8h3kd0a e1abc2d1">
<div class="css-4mr2f8q e1abc2d2"><span class="css-0">Braces broken? Call <a href="{_TEL}">{_PHONE}</a>
 and choose option 2</span><span class="css-0">Late evening appointments every Tuesday and Thursday</span>
<a class="css-0" href="/appointments/">Book online</a></div>
</div>
<div class="css-1xk2p9u e1abc2d3" id="site-header">
<div class="css-6fj1c0w e1abc2d4">
<div class="css-b2v7q1n e1abc2d5"><a class="css-0" href="/" aria-label="{_SITE} home">
<img src="/static/larchfield-logo-9a1d3f.svg" alt="Larchfield Family Dental and Orthodontics" width="210"
 height="54"/></a></div>
<div class="css-2gq8m7t e1abc2d6">
<button type="button" class="css-u1x0h4k e1abc2d7" aria-label="Open menu" aria-expanded="false">
<span class="css-0"></span><span class="css-0"></span><span class="css-0"></span></button>
<div class="css-5tq9w1z e1k9mnu0" data-menu="mega">
<div class="css-0 e1k9mnu1"><a class="css-3xq0mzk" href="/">Home</a></div>
{_menu(current)}
</div>
</div>
<div class="css-p0e3k2r e1abc2d8"><a class="css-2lx7c3v e1abc2d9" href="{_TEL}">Call {_PHONE}</a>
<a class="css-2lx7c3v e1abc2d9" href="/new-patients/">Book an appointment</a></div>
</div>
</div>"""


_COOKIES = """<div class="css-c00k1e5 e9ck0a0" role="dialog" aria-live="polite" aria-label="Cookie consent">
<div class="css-0"><p class="css-0">We use cookies to understand how people use our website and to improve it.
You can accept all cookies or choose only the essential ones.</p>
<div class="css-0"><button type="button" class="css-2lx7c3v">Accept all</button>
<button type="button" class="css-1b8z0qk">Essential only</button>
<a class="css-0" href="/policies/">Read our privacy notice</a></div></div>
</div>"""

_FOOTER = f"""<footer class="css-f00t3r1 e4ft0a0">
<div class="css-5tq9w1z e4ft0a1">
<div class="css-0 e4ft0a2"><div class="css-h5k1f9a">{_SITE}</div>
<p class="css-0">27 Station Road, Chorley, Lancashire PR7 1DW</p>
<p class="css-0">Phone <a href="{_TEL}">{_PHONE}</a><br/>
Email <a href="mailto:hello@larchfielddental.co.uk">hello@larchfielddental.co.uk</a></p></div>
<div class="css-0 e4ft0a2"><div class="css-h5k1f9a">Opening hours</div>
<p class="css-0">Monday to Friday from 8.30am<br/>Late evenings Tuesday &amp; Thursday<br/>Saturday mornings<br/>
<a href="/visit-us/">Full opening times</a></p></div>
<div class="css-0 e4ft0a2"><div class="css-h5k1f9a">Quick links</div>
<div class="css-0"><a href="/nhs-braces/">NHS braces</a></div>
<div class="css-0"><a href="/orthodontic-emergencies/">Brace problems</a></div>
<div class="css-0"><a href="/fees-and-finance/">Fees</a></div>
<div class="css-0"><a href="/faq/">FAQ</a></div>
<div class="css-0"><a href="/policies/">Policies</a></div></div>
<div class="css-0 e4ft0a2"><div class="css-h5k1f9a">Follow us</div>
<a href="https://www.facebook.com/larchfielddental" aria-label="Facebook">Facebook</a>
<a href="https://www.instagram.com/larchfielddental" aria-label="Instagram">Instagram</a>
<a href="https://www.tiktok.com/@larchfieldsmiles" aria-label="TikTok">TikTok</a></div>
</div>
<div class="css-9rr2x0c e4ft0a3"><p class="css-0">&copy; 2025 Larchfield Dental Care Ltd. Registered in England
 no. 04417285. All dentists and orthodontic therapists are registered with the General Dental Council.
 Regulated by the Care Quality Commission.</p>
<p class="css-0">Site by Pixelmint Studio</p></div>
</footer>"""

_ANALYTICS = """<script async src="/gtag/js?id=G-LF7Q2M9KD1"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}
gtag('js',new Date());gtag('config','G-LF7Q2M9KD1',{anonymize_ip:true});</script>"""


def _page(path, title, description, body, sidebar=""):
    if sidebar:
        main = (
            '<div class="css-7gw3lq2 e2lay0a0"><div class="css-0 e2lay0a1">\n'
            + body
            + '\n</div>\n<div class="css-s1d3b4r e2lay0a2" role="complementary">\n'
            + sidebar
            + "\n</div></div>"
        )
    else:
        main = '<div class="css-3kq8x1m e2lay0a3">\n' + body + "\n</div>"
    return f"""<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/>
<meta http-equiv="x-ua-compatible" content="ie=edge"/>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/>
<meta name="generator" content="Gatsby 4.25.7"/>
<title data-react-helmet="true">{title} | {_SITE}</title>
<meta data-react-helmet="true" name="description" content="{description}"/>
<meta data-react-helmet="true" property="og:title" content="{title}"/>
<meta data-react-helmet="true" property="og:type" content="website"/>
<meta data-react-helmet="true" name="twitter:card" content="summary_large_image"/>
<link rel="icon" href="/favicon-32x32.png?v=4a1c2e7b" type="image/png"/>
<link rel="canonical" href="https://www.larchfielddental.co.uk{path}" data-baseprotocol="https:"
 data-basehost="www.larchfielddental.co.uk"/>
<link as="script" rel="preload" href="/webpack-runtime-8c1f2e7a.js"/>
<link as="script" rel="preload" href="/framework-5b9d4a1c.js"/>
<link as="script" rel="preload" href="/app-2e7f9b30.js"/>
<link rel="stylesheet" href="/styles.3d8a61f0c2b4e5a7.css"/>
<style data-emotion="css 1q2w3e4 8h3kd0a 5tq9w1z 2lx7c3v">{_EMOTION_CSS}</style>
</head><body>
<div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">
<div class="css-1q2w3e4 e1abc2d0" data-reactroot="">
{_COOKIES}
{_header(path)}
<div class="css-m41n0cc e2lay0a4" id="main-content" role="main">
{main}
</div>
{_FOOTER}
</div></div>
<div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;
clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" aria-live="assertive" aria-atomic="true"></div></div>
{_ANALYTICS}
<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="{path}";/*]]>*/</script>
</body></html>"""


def _reviews(*items):
    cards = "\n".join(
        f'<div class="css-r3v1ew0 e6rv0a1"><div class="css-0" aria-label="5 out of 5 stars">&#9733;&#9733;&#9733;'
        f'&#9733;&#9733;</div><blockquote class="css-0"><p>{text}</p></blockquote>'
        f'<div class="css-9q1w2e3 e6rv0a2">{who}</div></div>'
        for text, who in items
    )
    return (
        '<div class="css-6rv0a00 e6rv0a0"><div class="css-0"><h2 class="css-0">What families say</h2>'
        '<span class="css-0">Rated 4.9 from over 600 Google reviews</span></div>\n' + cards + "\n</div>"
    )


def _cta(text, href, label):
    return (
        f'<div class="css-ct4b0x1 e8cta0a0"><div class="css-0"><p class="css-0">{text}</p></div>'
        f'<div class="css-0"><a class="css-2lx7c3v e8cta0a1" href="{href}">{label}</a></div></div>'
    )


_W_EMERGENCY = f"""<div class="css-w1dg3t0 e5wd0a0"><div class="css-h5k1f9a">Brace broken?</div>
<p class="css-0">Don't panic - most brace problems can wait until we're open. Call {_PHONE} and choose option 2.</p>
<a class="css-0" href="/orthodontic-emergencies/">What to do</a></div>"""

_W_BOOK = """<div class="css-w1dg3t0 e5wd0a0"><div class="css-h5k1f9a">Thinking about braces?</div>
<p class="css-0">Book a consultation with our specialist orthodontist.</p>
<a class="css-2lx7c3v" href="/adult-orthodontics/">Adult consultations</a></div>"""

_W_LATE = """<div class="css-w1dg3t0 e5wd0a0"><div class="css-h5k1f9a">Can't get here in the day?</div>
<p class="css-0">We're open late on Tuesday and Thursday evenings.</p>
<a class="css-0" href="/visit-us/">See our opening hours</a></div>"""


# ---------------------------------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------------------------------

_HOME = f"""<div class="css-h3r0b4n e3hr0a0"><div class="css-0 e3hr0a1">
<h1 class="css-0">Straight smiles and healthy teeth for the whole family</h1>
<p class="css-0">Specialist orthodontics for children and adults, and friendly family dentistry in the
centre of Chorley since 1998. From a baby's very first check-up to a grown-up's long-awaited braces, we look after
every smile in your house under one roof.</p>
<div class="css-0"><a class="css-2lx7c3v" href="/nhs-braces/">Does my child qualify for NHS braces?</a>
<a class="css-1b8z0qk" href="/adult-orthodontics/">Braces for adults</a></div>
</div><div class="css-0"><img src="/static/hero-family-3c8e1a.jpg" alt="A smiling mum and two children in our
waiting room" loading="eager"/></div></div>
<div class="css-5tq9w1z e3hr0a2">
<div class="css-s3rv1c0 e3hr0a3"><h2 class="css-0"><a href="/nhs-braces/">NHS orthodontics</a></h2>
<p>We hold an NHS orthodontic contract, so children whose teeth meet the NHS criteria can have their
braces free.</p></div>
<div class="css-s3rv1c0 e3hr0a3"><h2 class="css-0"><a href="/clear-aligners/">Clear aligners</a></h2>
<p>Nearly invisible, removable trays for adults and older teenagers who want straighter teeth quietly.</p></div>
<div class="css-s3rv1c0 e3hr0a3"><h2 class="css-0"><a href="/childrens-dentistry/">Little ones</a></h2>
<p>Gentle, playful check-ups that help children grow up feeling relaxed about the dentist.</p></div>
<div class="css-s3rv1c0 e3hr0a3"><h2 class="css-0"><a href="/sports-guards/">Sports guards</a></h2>
<p>Custom gumshields for rugby, hockey, boxing and martial arts in club colours.</p></div>
</div>
<div class="css-wh1y0u0 e3hr0a4"><h2 class="css-0">Why families choose Larchfield</h2>
<div class="css-0"><ul class="css-0">
<li>A specialist orthodontist on site, so your child doesn't have to travel to a hospital for braces</li>
<li>Late evening appointments twice a week for working parents and busy teenagers</li>
<li>Dentists who love working with children, including very nervous ones</li>
<li>Brothers, sisters and parents seen back-to-back in one family visit</li>
<li>Ground-floor surgeries and step-free access throughout</li>
</ul></div></div>
{
    _reviews(
        (
            "Both my girls had their braces here and the difference is amazing. The team made every visit fun "
            "and fitted round school as much as they could.",
            "Joanne, Euxton",
        ),
        (
            "I finally did it at 41! Dr Raman was honest about what aligners could and couldn't do and I love "
            "my teeth now.",
            "Mark, Chorley",
        ),
        (
            "Our toddler actually asks to go to the dentist. That says it all.",
            "Sana, Buckshaw Village",
        ),
    )
}
{_cta("New to Larchfield? We're welcoming new families now.", "/new-patients/", "Join the practice")}"""

_NHS = f"""<div class="css-p4g3h0d e3pg0a0"><h1 class="css-0">NHS braces for under-18s</h1>
<p class="css-0">Free orthodontic treatment for children and teenagers whose teeth or bite need it for health
reasons.</p></div>
<div class="css-c0nt3nt e3pg0a1">
<p>Larchfield holds an NHS orthodontic contract covering Chorley and South Ribble. If your child is under 18 and
their teeth need straightening for dental health reasons, their braces may be completely free. The NHS does not
fund braces for purely cosmetic reasons, though, so every child is assessed against a national scale first.</p>
<h2>How the NHS decides: the IOTN</h2>
<p>The Index of Orthodontic Treatment Need (IOTN) has two parts. The <strong>Dental Health Component</strong> grades
the bite from 1 to 5 by measuring things like how far the front teeth stick out, crossbites, crowding and missing
teeth. The <strong>Aesthetic Component</strong> scores how the teeth look from 1 to 10 by comparing them with a
standard set of ten photographs.</p>
<div class="css-t4bl3w0 e3pg0a2"><table class="css-0">
<thead><tr><th>Dental Health grade</th><th>What it usually means</th><th>NHS braces?</th></tr></thead>
<tbody>
<tr><td>Grade 1</td><td>Almost perfect teeth</td><td>No</td></tr>
<tr><td>Grade 2</td><td>Minor problems, such as slightly crooked or gappy teeth</td><td>No</td></tr>
<tr><td>Grade 3</td><td>Moderate problems, such as top front teeth sticking out by 3.5 to 6mm</td>
<td>Only if the Aesthetic Component score is 6 or more</td></tr>
<tr><td>Grade 4</td><td>Severe problems, such as front teeth sticking out more than 6mm, a crossbite that shifts
the jaw, or adult teeth missing</td><td>Yes</td></tr>
<tr><td>Grade 5</td><td>Very severe problems, such as teeth stuck in the gum, cleft lip and palate, or front teeth
sticking out more than 9mm</td><td>Yes</td></tr>
</tbody></table></div>
<p>Your family dentist may give you an idea of the grade, but it is our specialist orthodontist who scores your
child at the assessment, so the grade can change.</p>
<h2>Age</h2>
<p>Your child must be under 18 on the day of their NHS assessment with us. If they turn 18 while they are on our
waiting list, they keep their place and their treatment is still free. The best time to start is usually
between 11 and 14, once most of the adult teeth have come through.</p>
<h2>Getting on the list and how long it takes</h2>
<p>NHS braces need a referral from your child's own dentist (see <a href="/referrals/">referrals</a>). Once we
receive it, we'll send you an assessment appointment, usually within 10 to 12 weeks. At the moment children who
qualify wait around 12 to 15 months between their assessment and having their braces fitted. Grade 5 cases,
such as teeth stuck in the gum, are seen sooner.</p>
<h2>What's included</h2>
<p>NHS treatment covers the assessment and X-rays, fixed metal braces, every adjustment and repair, the first set
of retainers and retainer checks for 12 months after the braces come off.</p>
<h2>If your child doesn't qualify</h2>
<p>We'll explain the score and why. If adult teeth are still coming through, we may see your child again in 12
months as things can change. Teenagers who don't qualify can have private treatment at the same fees as
<a href="/adult-orthodontics/">adult braces</a>.</p>
<h2>Clean teeth come first</h2>
<p>Braces on teeth that aren't brushed well can leave permanent white marks and holes. If your child's brushing
isn't good enough at the start, we'll put off fitting the braces until it improves.</p>
</div>
{
    _reviews(
        (
            "We were told he was a borderline case but the orthodontist explained the scoring really clearly.",
            "Lisa, Leyland",
        ),
    )
}"""

_ADULT = f"""<div class="css-p4g3h0d e3pg0a0"><h1 class="css-0">Braces for adults</h1>
<p class="css-0">It's never too late for straighter teeth. About a third of our orthodontic patients are
adults.</p></div>
<div class="css-c0nt3nt e3pg0a1">
<p>Whether your teeth have drifted since you had braces as a teenager or you've never liked your smile, our
specialist orthodontist Dr Priya Raman can talk you through the options. Adult treatment is private, and we offer
fixed metal braces, tooth-coloured ceramic braces and <a href="/clear-aligners/">clear aligners</a>.</p>
<h2>Your consultation</h2>
<p>Your first appointment lasts about 45 minutes. We'll take photos, a scan and an X-ray if needed, explain what
is possible and give you a written treatment plan with the price. The consultation fee is deducted from your
treatment if you go ahead within three months.</p>
<h2>Prices</h2>
<div class="css-t4bl3w0 e3pg0a2"><table class="css-0">
<thead><tr><th>Treatment</th><th>Fee</th></tr></thead>
<tbody>
<tr><td>Orthodontic consultation</td><td>&pound;75</td></tr>
<tr><td>Fixed metal braces, top and bottom</td><td>&pound;2,950</td></tr>
<tr><td>Fixed metal braces, top or bottom only</td><td>from &pound;1,700</td></tr>
<tr><td>Ceramic (tooth-coloured) braces, top and bottom</td><td>&pound;3,450</td></tr>
<tr><td>Ceramic (tooth-coloured) braces, top or bottom only</td><td>from &pound;1,950</td></tr>
<tr><td>First set of retainers</td><td>Included</td></tr>
</tbody></table></div>
<p>See <a href="/fees-and-finance/">fees and finance</a> for ways to pay.</p>
<h2>How long it takes</h2>
<p>Most adults wear braces for between 12 and 22 months, with an adjustment visit every 6 to 8 weeks.</p>
<h2>Healthy gums first</h2>
<p>Adults are more likely than children to have some gum disease, and moving teeth through unhealthy gums can
make it worse. We'll check your gums at the consultation and may ask you to see our hygienist before your braces
go on. Crowns, veneers and fillings are not usually a problem: we use a special primer so brackets stick to
them.</p>
<h2>Braces behind the teeth</h2>
<p>We don't offer lingual braces, the kind fitted on the back of the teeth. If hidden treatment matters to you,
ceramic braces or clear aligners are very discreet, and we're happy to discuss them at your consultation.</p>
</div>
{
    _reviews(
        (
            "I went for the ceramic ones and honestly most people at work never noticed.",
            "Claire, Adlington",
        ),
    )
}"""

_ALIGNERS = f"""<div class="css-p4g3h0d e3pg0a0"><h1 class="css-0">Clear aligners</h1>
<p class="css-0">Straighten your teeth with nearly invisible, removable trays. Larchfield is an Invisalign
provider.</p></div>
<div class="css-c0nt3nt e3pg0a1">
<h2>How it works</h2>
<p>We take a 3D scan of your teeth with our iTero scanner, so there's no gooey impression putty. From the scan
you'll see a computer preview of how your teeth will move before you decide. Your aligners are then made as a
series of trays, and you switch to a new set every one to two weeks. Most people have small tooth-coloured bumps
called attachments fixed to some teeth to help the aligners grip. You'll come in for a check every 8 to 10
weeks.</p>
<h2>Wearing your aligners</h2>
<p>Aligners only work when they're in. You need to wear them for <strong>22 hours a day</strong>, taking them out
only to eat, to brush your teeth and to drink anything other than cool plain water. Hot drinks can warp the
plastic, and tea, coffee, squash and fizzy drinks get trapped against your teeth, which stains them and causes
decay. Brush before you put the aligners back in.</p>
<h2>Prices</h2>
<div class="css-t4bl3w0 e3pg0a2"><table class="css-0">
<thead><tr><th>Option</th><th>Suits</th><th>Fee</th></tr></thead>
<tbody>
<tr><td>Invisalign Express</td><td>Small tweaks and minor relapse, up to 7 aligners per arch</td>
<td>&pound;1,750</td></tr>
<tr><td>Invisalign Lite</td><td>Mild crowding or spacing, up to 14 aligners per arch</td><td>&pound;2,650</td></tr>
<tr><td>Invisalign Comprehensive</td><td>More complex cases, unlimited aligners and refinements for 5 years</td>
<td>&pound;3,950</td></tr>
</tbody></table></div>
<h2>Is it right for me?</h2>
<p>Aligners are excellent for mild to moderate crowding, gaps, and teeth that have moved since childhood braces.
Some bigger bite problems are better treated with fixed braces, and Dr Raman will tell you honestly which will
give you the best result. We offer aligners to adults and to teenagers from 14, privately.</p>
<h2>Lost or cracked an aligner?</h2>
<p>If you are within three days of your next change, move on to the next set. Otherwise put your previous set
back in and call us. A replacement aligner costs &pound;60 outside the Comprehensive package.</p>
</div>
{_cta("Curious whether aligners could work for you?", "/adult-orthodontics/", "Book a consultation")}"""

_RETAINERS = """<div class="css-p4g3h0d e3pg0a0"><h1 class="css-0">Retainers</h1>
<p class="css-0">Braces straighten your teeth. Retainers keep them that way.</p></div>
<div class="css-c0nt3nt e3pg0a1">
<p>Teeth naturally try to drift back to where they started, and they keep moving a little all through life. That's
why everyone who finishes braces or aligners with us gets retainers, and why we say retainers are for life.</p>
<h2>Types of retainer</h2>
<p>A <strong>fixed (bonded) retainer</strong> is a thin wire glued behind the front teeth. You can't see it and you
can't forget it, but you need to clean around it carefully. A <strong>removable clear retainer</strong> looks like
a thin, clear gumshield. Most of our patients have both: a fixed wire behind the lower front teeth and clear
removable retainers for top and bottom.</p>
<h2>How long to wear them</h2>
<p>For the first three months, wear removable retainers all day and night, taking them out only to eat and brush.
After that, wear them every night for as long as you want straight teeth. We check your retainers 3, 6 and 12
months after your braces come off; after that your own dentist will keep an eye on them at check-ups.</p>
<h2>Lost or broken your retainer?</h2>
<p>Don't wait. Teeth can start to move within days, so call us as soon as you can. If you still have an older
retainer or your last aligner, wear it at night until the new one is ready. We make new clear retainers from a
scan and they are usually ready in about 5 working days. If your teeth have already moved, you may need a short
course of treatment to straighten them again. Replacement retainers are charged for NHS and private patients
alike.</p>
<div class="css-t4bl3w0 e3pg0a2"><table class="css-0">
<thead><tr><th>Replacement</th><th>Fee</th></tr></thead>
<tbody>
<tr><td>Clear retainer, one arch</td><td>&pound;140</td></tr>
<tr><td>Clear retainers, top and bottom</td><td>&pound;240</td></tr>
<tr><td>Vivera retainers (three sets, top and bottom)</td><td>&pound;495</td></tr>
<tr><td>Re-gluing a loose fixed retainer, one arch</td><td>&pound;95</td></tr>
<tr><td>New fixed retainer wire, one arch</td><td>&pound;180</td></tr>
<tr><td>Spare set of clear retainers ordered when your braces come off</td><td>&pound;150</td></tr>
</tbody></table></div>
<h2>Looking after your retainer</h2>
<ul>
<li>Rinse it in cool water and brush it gently with a soft toothbrush and a little mild soap. Don't use
toothpaste, which scratches the plastic and makes it cloudy.</li>
<li>Never use hot or boiling water, and never put it in the dishwasher: heat warps the plastic and it won't fit.</li>
<li>Keep it in its case. Most lost retainers are wrapped in a napkin at lunch and thrown away.</li>
<li>Keep it away from pets. Dogs love chewing retainers.</li>
</ul>
</div>"""

_EMERGENCIES = f"""<div class="css-p4g3h0d e3pg0a0"><h1 class="css-0">Brace problems and emergencies</h1>
<p class="css-0">Most brace problems are annoying rather than urgent. Here's what to do.</p></div>
<div class="css-c0nt3nt e3pg0a1">
<p>During opening hours, call {_PHONE} and choose option 2. We keep repair slots free every weekday and on
Saturday mornings for patients whose braces have broken.</p>
<h2>A bracket has come loose</h2>
<p>If one of the small squares has come unstuck from the tooth but is still on the wire, it may slide or spin
around. This isn't an emergency. If it isn't uncomfortable, leave it alone and call us on the next working day;
we'll re-glue it within about a week. Please don't try to glue it yourself. If the bracket comes off completely,
keep it in a bag and bring it with you.</p>
<h2>A wire is poking or rubbing</h2>
<p>Dry the area with a tissue and press a pea-sized ball of orthodontic wax over the end of the wire. You were
given a pack when your braces went on, and we sell more at reception for &pound;2. A thin tie wire can usually be
pushed flat with the rubber end of a pencil or the back of a clean teaspoon. If the end of the main wire at the
back is long and digging into the cheek and nothing else helps, an adult can snip it with clean nail clippers
just behind the last bracket that's still stuck on, holding a folded tissue to catch the piece. Then call us
when we next open.</p>
<h2>Other problems</h2>
<ul>
<li><strong>Lost elastic or coloured ring:</strong> not urgent. Carry on with your spare elastics and mention it at
your next visit.</li>
<li><strong>Loose band on a back tooth:</strong> call us within a couple of days, as food can get trapped under
it.</li>
<li><strong>Swallowed a small piece:</strong> this usually passes harmlessly. If there is coughing or any
difficulty breathing, call 999.</li>
<li><strong>A knock to the mouth:</strong> if teeth have been pushed out of place or a cut won't stop bleeding, go to
A&amp;E, then let us know.</li>
</ul>
<h2>When we're closed</h2>
<p>We don't run an out-of-hours line. For severe dental pain or swelling, call NHS 111. For brace problems, use
wax and ordinary painkillers and call us when we open: a broken brace on its own never needs A&amp;E.</p>
<h2>Is there a charge?</h2>
<p>Repairs are free while you're in treatment. If brackets break more than three times during a course, we'll go
through your diet with you, and for NHS patients repeated breakages can mean treatment is stopped.</p>
</div>"""

_CHILDREN = f"""<div class="css-p4g3h0d e3pg0a0"><h1 class="css-0">Children's dentistry</h1>
<p class="css-0">Happy first visits for babies, toddlers and children of every age.</p></div>
<div class="css-c0nt3nt e3pg0a1">
<p>NHS dental care is free for children under 18. We'd love to see your baby as soon as their first tooth appears,
and certainly by their first birthday. Early visits aren't really about treatment; they're about getting used to
the sights and sounds of the dentist while there is nothing to worry about.</p>
<h2>What happens at a first visit</h2>
<p>A first visit takes about 15 minutes. Babies and toddlers sit on your lap and the dentist looks in their mouth
while they lie back on your knees, facing you. Older children can have a ride up and down in the big chair, meet
"Mr Thirsty" (our suction straw) and count their teeth with the dentist. Everyone leaves with a sticker and a
certificate.</p>
<h2>Helping your child feel ready</h2>
<ul>
<li>Bring them along to watch your own check-up first.</li>
<li>Read a picture book about visiting the dentist together.</li>
<li>Try not to use words like "hurt", "needle" or "drill", even to reassure them.</li>
<li>Book a morning appointment for toddlers, when they're less tired, and bring a favourite toy or comforter.</li>
</ul>
<p>For nervous children we use "tell, show, do": we explain each step, show it on a finger or a teddy, and then do
it. We never rush, and we'll happily book a few short visits just to build confidence.</p>
<h2>Check-ups and growing teeth</h2>
<p>Most children need a check-up every 6 to 12 months, depending on how likely they are to get decay. From about
age 7 we also keep an eye on how the adult teeth are coming through and the bite, so we can spot anything that may
need an orthodontist later.</p>
<h2>Toothpaste guide</h2>
<div class="css-t4bl3w0 e3pg0a2"><table class="css-0">
<thead><tr><th>Age</th><th>How much</th><th>Fluoride strength</th></tr></thead>
<tbody>
<tr><td>Under 3</td><td>A smear</td><td>At least 1,000ppm</td></tr>
<tr><td>3 to 6</td><td>A pea-sized amount</td><td>1,350 to 1,500ppm</td></tr>
<tr><td>7 and over</td><td>A pea-sized amount</td><td>1,450ppm or more</td></tr>
</tbody></table></div>
<p>Brush twice a day, last thing at night and one other time. Spit out afterwards but don't rinse, so the fluoride
keeps working. Help your child brush until they're at least 7.</p>
</div>
{
    _reviews(
        (
            "Dr Osei got my very shy four-year-old to open wide by counting his teeth in dinosaur noises.",
            "Becky, Whittle-le-Woods",
        ),
    )
}"""

_PREVENTION = """<div class="css-p4g3h0d e3pg0a0"><h1 class="css-0">Fissure sealants and fluoride varnish</h1>
<p class="css-0">Two quick, painless ways to protect children's teeth from decay.</p></div>
<div class="css-c0nt3nt e3pg0a1">
<h2>Fluoride varnish</h2>
<p>Fluoride varnish is a sticky, tooth-friendly paint that strengthens the enamel and helps stop early decay. We
paint it on with a tiny brush. It takes about a minute, doesn't hurt and tastes a little fruity. We recommend it
twice a year for every child from age 3, and up to four times a year for children at higher risk of decay.</p>
<p>Afterwards the teeth may look slightly yellow until the next brush. Please don't eat or drink for 30 minutes,
stick to soft food for the rest of the day and brush as normal the next morning.</p>
<p>Fluoride varnish contains colophony, a resin also used in sticking plasters. If your child has ever had a
reaction to sticking plasters or has been told they are allergic to colophony, tell us: we won't use varnish and
will suggest other ways to protect their teeth. We also check for recent asthma attacks that needed a hospital
stay.</p>
<h2>Fissure sealants</h2>
<p>The chewing surfaces of back teeth have deep grooves (fissures) where food and bacteria collect and toothbrush
bristles can't reach. A fissure sealant is a thin, tooth-coloured plastic coating painted into these grooves and
set hard with a blue light. There's no drilling and no injection: we simply clean the tooth, keep it dry and paint
the sealant on. It takes a few minutes per tooth.</p>
<p>We usually seal the first adult back teeth when they come through at around 6 or 7, and the second ones at
around 12 or 13. Sealants last several years, and we check them at every check-up and top them up if needed.</p>
<h2>Cost</h2>
<div class="css-t4bl3w0 e3pg0a2"><table class="css-0">
<thead><tr><th>Treatment</th><th>Children (NHS)</th><th>Adults (private)</th></tr></thead>
<tbody>
<tr><td>Fluoride varnish</td><td>Free</td><td>&pound;25</td></tr>
<tr><td>Fissure sealant</td><td>Free</td><td>&pound;35 per tooth</td></tr>
</tbody></table></div>
</div>"""

_SPORTS = """<div class="css-p4g3h0d e3pg0a0"><h1 class="css-0">Sports mouthguards</h1>
<p class="css-0">Custom-fitted gumshields that fit properly, stay put and let you breathe and talk.</p></div>
<div class="css-c0nt3nt e3pg0a1">
<p>Shop-bought boil-and-bite guards are better than nothing, but they're bulky and often fall out. A custom guard
is made from a scan of your teeth, so it is thinner, more comfortable and protects far better. We make guards for
rugby, hockey, lacrosse, boxing, martial arts and any sport with a risk of a knock to the mouth.</p>
<h2>Prices</h2>
<div class="css-t4bl3w0 e3pg0a2"><table class="css-0">
<thead><tr><th>Mouthguard</th><th>Price</th></tr></thead>
<tbody>
<tr><td>Custom guard, one colour</td><td>&pound;65</td></tr>
<tr><td>Custom guard, two or three colours (club stripes)</td><td>&pound;80</td></tr>
<tr><td>Custom guard with a name or squad number</td><td>&pound;95</td></tr>
<tr><td>Orthodontic brace guard (for wearing over braces)</td><td>&pound;25</td></tr>
</tbody></table></div>
<p>Guards take about 10 working days to make. August is our busiest month before the season starts, so book
early.</p>
<h2>Playing sport with braces</h2>
<p>A custom guard isn't suitable while you're wearing fixed braces, because your teeth are moving and it would
soon stop fitting. Instead, we supply a special orthodontic brace guard from reception. It's made of soft
silicone and fits over the braces to protect the lips and cheeks. Once the braces come off, we can make a custom
guard.</p>
<h2>Growing children</h2>
<p>Children's mouths change quickly as adult teeth come through. Expect to replace a child's guard every season.
Bring it to check-ups so we can make sure it still fits.</p>
<h2>Team fitting evenings</h2>
<p>We can visit your club to scan a whole squad in one evening. For 12 or more players we take 15% off each guard.
Ask at reception or email the practice with your club's details.</p>
<h2>Caring for your guard</h2>
<p>Rinse it in cool water after use, let it dry and keep it in its vented case. Don't leave it in a hot car or in
direct sun, as it can lose its shape.</p>
</div>"""

_FEES = """<div class="css-p4g3h0d e3pg0a0"><h1 class="css-0">Fees and finance</h1>
<p class="css-0">Clear prices, NHS charges and ways to spread the cost.</p></div>
<div class="css-c0nt3nt e3pg0a1">
<h2>NHS charges (England, from 1 April 2025)</h2>
<div class="css-t4bl3w0 e3pg0a2"><table class="css-0">
<thead><tr><th>Band</th><th>What it covers</th><th>Charge</th></tr></thead>
<tbody>
<tr><td>Band 1</td><td>Examination, diagnosis, X-rays, scale and polish if needed</td><td>&pound;27.40</td></tr>
<tr><td>Band 2</td><td>Band 1 plus fillings, root canal work or extractions</td><td>&pound;75.30</td></tr>
<tr><td>Band 3</td><td>Band 2 plus crowns, dentures or bridges</td><td>&pound;326.70</td></tr>
<tr><td>Urgent</td><td>Urgent assessment and treatment</td><td>&pound;27.40</td></tr>
</tbody></table></div>
<p>NHS dental treatment is free for under-18s, under-19s in full-time education, anyone pregnant or who has had a
baby in the last 12 months, and people on certain benefits.</p>
<h2>Private general dentistry</h2>
<div class="css-t4bl3w0 e3pg0a2"><table class="css-0">
<tbody>
<tr><td>New patient examination including X-rays</td><td>&pound;65</td></tr>
<tr><td>Routine examination</td><td>&pound;45</td></tr>
<tr><td>Hygienist appointment (30 minutes)</td><td>&pound;70</td></tr>
<tr><td>White filling</td><td>from &pound;120</td></tr>
</tbody></table></div>
<h2>Paying for private orthodontics</h2>
<ul>
<li><strong>Pay in full</strong> when your braces or aligners are fitted and we take 5% off.</li>
<li><strong>Interest-free monthly payments:</strong> pay a 20% deposit and spread the rest over up to 12 months
at 0% APR. For example, for &pound;3,450 treatment you would pay a &pound;690 deposit then 12 monthly payments of
&pound;230; total &pound;3,450.</li>
<li><strong>Longer plans:</strong> spread the cost over 24 to 48 months at 9.9% APR representative.</li>
</ul>
<p>Monthly plans are provided through our regulated finance partner and are subject to status. You can apply at
your consultation and usually get a decision in minutes.</p>
<h2>Family discount</h2>
<p>When a second member of the same household starts private orthodontic treatment within two years of the first,
they get 10% off, and so does every family member after that.</p>
<h2>How to pay</h2>
<p>We accept Visa and Mastercard debit and credit cards, Apple Pay, Google Pay and cash. We don't accept cheques or
American Express. Routine treatment is paid on the day.</p>
</div>"""

_REFERRALS = """<div class="css-p4g3h0d e3pg0a0"><h1 class="css-0">Referrals and transfers</h1>
<p class="css-0">How to get an orthodontic appointment, and what happens if you move away.</p></div>
<div class="css-c0nt3nt e3pg0a1">
<h2>For parents</h2>
<p>For NHS braces, your child needs a referral from their own dentist; we can't book an NHS orthodontic assessment
without one. If your dentist hasn't mentioned braces and you're worried about your child's teeth, ask at their
next check-up.</p>
<h2>Adults and private patients</h2>
<p>You don't need a referral for private treatment, including adult braces and aligners. Just call or email us to
book a consultation. With your permission, we'll write to your dentist afterwards so they know what's planned.</p>
<h2>For dentists</h2>
<p>NHS orthodontic referrals must be sent through the Lancashire and South Cumbria orthodontic referral
management system. We can't accept paper letters or emails for NHS referrals. Private referrals can be sent by
letter or secure email to <a href="mailto:referrals@larchfielddental.co.uk">referrals@larchfielddental.co.uk</a>.
</p>
<p>Please include:</p>
<ul>
<li>The patient's details and full medical history</li>
<li>The reason for referral and your estimate of the IOTN grade</li>
<li>Any recent X-rays, ideally an OPG taken in the last 12 months, and photos if you have them</li>
<li>Confirmation that the patient is free of decay and keeping their teeth clean</li>
</ul>
<p>We write to the family within 10 working days of receiving a referral, and we send the referring dentist a report
after the assessment and again when treatment finishes.</p>
<h2>Moving away during treatment</h2>
<p>Let us know as early as you can. We'll prepare a transfer letter with copies of your records, X-rays, scans and
a summary of treatment so far, free of charge. For NHS patients moving within England, the new orthodontist
needs to accept the transfer and we can't guarantee a place will be available straight away. Scotland, Wales and
Northern Ireland run separate NHS systems, so the new practice will reassess your child under their own rules.
Private patients who move away are refunded for the treatment not yet carried out, less the cost of records.</p>
<h2>Other letters</h2>
<p>If you need a letter confirming treatment, for example for armed forces or police recruitment, there is a
&pound;25 admin fee.</p>
</div>"""

_APPOINTMENTS = """<div class="css-p4g3h0d e3pg0a0"><h1 class="css-0">Appointments and school notes</h1>
<p class="css-0">Making appointments fit around school, work and family life.</p></div>
<div class="css-c0nt3nt e3pg0a1">
<h2>Booking</h2>
<p>Call us, email us, or book check-ups and hygiene visits online. Orthodontic appointments are booked by phone or at
reception so we can give you the right length of slot. We send a text reminder two days before every
appointment.</p>
<h2>How often you'll see us during braces</h2>
<p>Brace adjustments are every 6 to 8 weeks and take 15 to 20 minutes. Fitting and removing braces takes about an
hour, so these appointments are always in the morning during the school day.</p>
<h2>After-school slots</h2>
<p>Appointments from 3.30pm and on our late evenings are the most popular we have. To share them fairly, we book
them on a rota: every child in braces gets an after-school or evening slot for at least every other adjustment.
If you need one for a particular date, ask as early as you can.</p>
<h2>School notes</h2>
<p>Most schools are happy with the appointment card we give every child. If your child's school needs more,
ask at reception on the day for a signed attendance slip showing the time your child arrived and left, or we can
email a letter on headed paper to you or straight to the school office. School notes are free. At the start of
term we can also print a list of all your child's upcoming appointment dates to hand in.</p>
<h2>Who can bring my child?</h2>
<p>For children under 16, a parent or guardian with parental responsibility must come to the first orthodontic
consultation and sign the consent form. After that, another adult such as a grandparent or childminder can bring
them, as long as you've given us written permission. Young people aged 16 and 17 can come to adjustments on their
own.</p>
</div>"""

_POLICIES = """<div class="css-p4g3h0d e3pg0a0"><h1 class="css-0">Practice policies</h1>
<p class="css-0">The small print, in plain English.</p></div>
<div class="css-c0nt3nt e3pg0a1">
<h2>Cancelling or changing an appointment</h2>
<p>Please give us at least 24 hours' notice, or 48 hours for appointments of 45 minutes or longer, such as having
braces fitted or removed. Someone else is always waiting for the slot.</p>
<h2>Missed appointments</h2>
<p>For private appointments missed without notice or cancelled late, we charge &pound;30 for a short appointment or
&pound;75 for an appointment of 45 minutes or longer. We can't charge for missed NHS appointments, but if an NHS
patient misses two appointments without letting us know in 12 months, we may remove them from our list or end
their orthodontic treatment. We'll always write to you first.</p>
<h2>Running late</h2>
<p>If you arrive more than 10 minutes late we may need to rebook you, so that we don't keep the next patient
waiting. Please ring if you're held up.</p>
<h2>Complaints</h2>
<p>We hope you'll always be happy with us, but if not please speak to our practice manager, Karen Doyle, or write to
her at the practice. We acknowledge complaints within 3 working days and aim to give a full reply within 10
working days. If you're still unhappy, NHS patients can contact the Parliamentary and Health Service Ombudsman and
private patients the Dental Complaints Service.</p>
<h2>Your records and privacy</h2>
<p>We keep your records securely in line with UK data protection law and never share them without a good reason,
such as a referral. You can ask for a copy of your records free of charge and we'll send it within one month.</p>
<h2>Chaperones</h2>
<p>All our clinicians work with a dental nurse. If you'd like an extra chaperone present, just ask.</p>
<h2>Respect for our team</h2>
<p>We do not tolerate aggressive or abusive behaviour towards our staff or other patients, in person, on the phone
or online.</p>
</div>"""

_TEAM = """<div class="css-p4g3h0d e3pg0a0"><h1 class="css-0">Meet the team</h1>
<p class="css-0">The friendly faces behind the smiles.</p></div>
<div class="css-c0nt3nt e3pg0a1"><div class="css-5tq9w1z e7tm0a0">
<div class="css-t3am0c4 e7tm0a1"><img src="/static/team/priya-raman-1f2e.jpg" alt="Dr Priya Raman"/>
<h2>Dr Priya Raman</h2><p class="css-0">BDS MSc MOrth RCS(Ed) &middot; Specialist Orthodontist &middot; GDC 81422</p>
<p>Priya is on the GDC's specialist list in orthodontics and trained at the University of Manchester. She plans and
oversees every course of braces and aligners at Larchfield, and sees new orthodontic patients on Tuesdays and
Thursdays. She speaks Tamil and Hindi as well as English, and is a keen fell runner.</p></div>
<div class="css-t3am0c4 e7tm0a1"><img src="/static/team/tom-whitaker-3a9c.jpg" alt="Dr Tom Whitaker"/>
<h2>Dr Tom Whitaker</h2><p class="css-0">BDS &middot; Principal Dentist &middot; GDC 70135</p>
<p>Tom founded Larchfield in 1998. He looks after general dentistry for families and still loves seeing children
he first met as toddlers come back with their own babies.</p></div>
<div class="css-t3am0c4 e7tm0a1"><img src="/static/team/hannah-osei-77b0.jpg" alt="Dr Hannah Osei"/>
<h2>Dr Hannah Osei</h2><p class="css-0">BDS MJDF &middot; Dentist with a special interest in children &middot;
GDC 265810</p>
<p>Hannah leads our children's dentistry and is known for winning over the most anxious little patients. She works
Monday, Tuesday and Friday.</p></div>
<div class="css-t3am0c4 e7tm0a1"><img src="/static/team/leanne-hughes-2d4a.jpg" alt="Leanne Hughes"/>
<h2>Leanne Hughes</h2><p class="css-0">Orthodontic Therapist &middot; GDC 209771</p>
<p>Leanne carries out most brace adjustments and repairs under Dr Raman's supervision, and runs our late evening
orthodontic clinics.</p></div>
<div class="css-t3am0c4 e7tm0a1"><img src="/static/team/sophie-barker-5e1f.jpg" alt="Sophie Barker"/>
<h2>Sophie Barker</h2><p class="css-0">Dental Hygienist &middot; GDC 241096</p>
<p>Sophie helps patients keep their gums healthy before and during orthodontic treatment and is a whizz with
interdental brushes.</p></div>
<div class="css-t3am0c4 e7tm0a1"><img src="/static/team/karen-doyle-0c3b.jpg" alt="Karen Doyle"/>
<h2>Karen Doyle</h2><p class="css-0">Practice Manager</p>
<p>Karen keeps everything running smoothly and is the person to speak to about anything from finance to
feedback.</p></div>
</div>
<p>Our team also includes six dental nurses and three receptionists, Amy, Jas and Rob, who between them speak
Polish and Punjabi.</p>
</div>"""

_VISIT = """<div class="css-p4g3h0d e3pg0a0"><h1 class="css-0">Opening hours and finding us</h1>
<p class="css-0">27 Station Road, Chorley, Lancashire PR7 1DW</p></div>
<div class="css-c0nt3nt e3pg0a1">
<h2>Opening hours</h2>
<div class="css-t4bl3w0 e3pg0a2"><table class="css-0">
<tbody>
<tr><td>Monday</td><td>8.30am to 5.30pm</td></tr>
<tr><td>Tuesday</td><td>8.30am to 8.00pm</td></tr>
<tr><td>Wednesday</td><td>8.30am to 5.30pm</td></tr>
<tr><td>Thursday</td><td>8.30am to 8.00pm</td></tr>
<tr><td>Friday</td><td>8.30am to 4.30pm</td></tr>
<tr><td>Saturday</td><td>9.00am to 1.00pm (orthodontic appointments and brace repairs only)</td></tr>
<tr><td>Sunday</td><td>Closed</td></tr>
</tbody></table></div>
<p>We're closed on bank holidays. On Tuesday and Thursday evenings the phones are answered until 7.30pm.</p>
<h2>Parking</h2>
<p>We have a small free car park behind the practice with six spaces, two of them for Blue Badge holders. The
entrance is from Cotton Street. If it's full, the Fleet Street pay-and-display car park is a three-minute walk and
costs &pound;1.20 an hour.</p>
<h2>By bus and train</h2>
<p>The 109 and 113 buses stop right outside on Station Road. Chorley railway station is a six-minute walk: turn left
out of the station and we're on the right, opposite the library.</p>
<h2>Access</h2>
<p>All our surgeries are on the ground floor. There's a ramp to the side entrance, an accessible toilet with baby
changing, and a hearing loop at reception. Pushchairs can come right into the waiting room, and there's a play
corner for little ones.</p>
<div class="css-m4p0e1b e3pg0a3"><iframe title="Map showing Larchfield Family Dental" src="about:blank"
 width="600" height="320" loading="lazy"></iframe></div>
</div>"""

_NEW = f"""<div class="css-p4g3h0d e3pg0a0"><h1 class="css-0">New patients</h1>
<p class="css-0">Joining Larchfield is easy. Here's what you need to know.</p></div>
<div class="css-c0nt3nt e3pg0a1">
<h2>Are you taking new patients?</h2>
<p><strong>Children and teenagers:</strong> yes. We're taking new NHS patients under 18 for check-ups and general
dentistry, and there's no waiting list at the moment.</p>
<p><strong>Adults:</strong> our NHS list for adults is full, so adults join us as private patients. You can pay as
you go, or join the Larchfield Care Plan for &pound;17.50 a month, which covers two check-ups and two hygienist
visits a year, plus 10% off any other treatment.</p>
<p>Children can be seen on the NHS even if their parents are private patients, and we'll happily book the whole
family back-to-back.</p>
<h2>Before your first visit</h2>
<ul>
<li>We'll text you a link to our online medical history form. Please fill it in before you come.</li>
<li>Bring a list of any medicines you take.</li>
<li>Tell us the name of your previous dentist so we can ask for your X-rays and avoid taking new ones.</li>
<li>Arrive 10 minutes early on your first visit.</li>
</ul>
<h2>Your first check-up</h2>
<p>Your first adult appointment lasts about 40 minutes. The dentist will check your teeth, gums and mouth, take any
X-rays needed, talk about any worries you have and give you a treatment plan with prices before anything is
done.</p>
<p>Thinking about braces? Orthodontic consultations work a little differently; see
<a href="/nhs-braces/">NHS braces</a> for children or <a href="/adult-orthodontics/">braces for adults</a>.</p>
</div>
{
    _reviews(
        (
            "Registered the whole family in one phone call. Reception were brilliant.",
            "Dan, Coppull",
        ),
    )
}"""


def _faq_item(n, question, answer, expanded=False):
    exp = "true" if expanded else "false"
    state = "is-open" if expanded else "is-closed"
    return f"""<div class="css-acc0rd1 e9fq0a1 {state}"><h3 class="css-0">
<button type="button" class="css-fq8tgl2 e9fq0a2" id="faq-btn-{n}" aria-expanded="{exp}"
 aria-controls="faq-panel-{n}"><span class="css-0">{question}</span><span class="css-1c0n0ff" aria-hidden="true">+
</span></button></h3>
<div class="css-p4n3l0q e9fq0a3" id="faq-panel-{n}" role="region" aria-labelledby="faq-btn-{n}">
<div class="css-0">{answer}</div></div></div>"""


_FAQ_ITEMS = [
    (
        "Will it hurt when the braces go on?",
        "<p>Having braces fitted doesn't hurt. Your teeth will probably ache for three to five days afterwards, and "
        "again for a day or two after each adjustment. Ordinary paracetamol or ibuprofen and soft foods like pasta, "
        "soup and yoghurt help.</p>",
    ),
    (
        "What foods should we avoid?",
        "<p>Avoid anything hard or sticky: toffee, chewy sweets, boiled sweets, popcorn, nuts, crusty bread and "
        "chewing gum. Cut apples, carrots and pizza crusts into small pieces and chew with your back teeth rather than "
        "biting into them. Keep fizzy drinks, including diet ones, to mealtimes as they damage the enamel around the "
        "brackets.</p>",
    ),
    (
        "Can I still play a wind or brass instrument?",
        "<p>Yes. It usually takes a week or two to get used to playing with braces. A little orthodontic wax over "
        "the front brackets can make it more comfortable, and it's worth letting your music teacher know.</p>",
    ),
    (
        "How do I clean my teeth with braces?",
        "<p>Brush for at least two minutes, twice a day, angling the brush above and below the brackets. Use small "
        "interdental brushes to clean between the wire and the teeth, and a fluoride mouthwash once a day at a "
        "different time from brushing.</p>",
    ),
    (
        "Can I choose the colour of the bands?",
        "<p>Yes. The little rings that hold the wire in place come in over twenty colours, and you can change them "
        "at every adjustment for free. Ceramic braces use clear or white rings.</p>",
    ),
    (
        "Will braces change the way I talk?",
        "<p>Fixed braces rarely affect speech. Clear aligners can cause a slight lisp for the first few days while "
        "your tongue gets used to them.</p>",
    ),
    (
        "Do braces set off airport scanners or matter for an MRI scan?",
        "<p>Braces won't set off airport scanners. If you need an MRI scan, tell the hospital you have braces; "
        "sometimes we need to take the wires out beforehand, so give us as much notice as you can.</p>",
    ),
]

_FAQ = (
    """<div class="css-p4g3h0d e3pg0a0"><h1 class="css-0">Living with braces: FAQ</h1>
<p class="css-0">The questions our patients and parents ask us most.</p></div>
<div class="css-c0nt3nt e3pg0a1"><div class="css-acc0rd0 e9fq0a0" data-accordion="faq">
"""
    + "\n".join(_faq_item(i + 1, q, a, expanded=(i == 0)) for i, (q, a) in enumerate(_FAQ_ITEMS))
    + """
</div>
<p>Can't find your answer? Call us or send a message and we'll get back to you.</p></div>"""
)


HTML = {
    "/": _page(
        "/",
        "Family Dentist &amp; Orthodontist in Chorley",
        "Specialist orthodontics on the NHS and privately, clear aligners and family dentistry in Chorley.",
        _HOME,
    ),
    "/nhs-braces/": _page(
        "/nhs-braces/",
        "NHS Braces for Under-18s",
        "Find out if your child qualifies for free NHS braces under the IOTN and how our waiting list works.",
        _NHS,
        _W_EMERGENCY + "\n" + _W_LATE,
    ),
    "/adult-orthodontics/": _page(
        "/adult-orthodontics/",
        "Braces for Adults",
        "Private metal and ceramic braces for adults in Chorley, with prices and what to expect.",
        _ADULT,
        _W_LATE,
    ),
    "/clear-aligners/": _page(
        "/clear-aligners/",
        "Clear Aligners (Invisalign)",
        "Invisalign clear aligners in Chorley: how they work, how long to wear them and prices.",
        _ALIGNERS,
        _W_BOOK,
    ),
    "/retainers/": _page(
        "/retainers/",
        "Retainers",
        "Fixed and removable retainers, how to look after them and what to do if one is lost or broken.",
        _RETAINERS,
        _W_EMERGENCY,
    ),
    "/orthodontic-emergencies/": _page(
        "/orthodontic-emergencies/",
        "Brace Problems &amp; Emergencies",
        "Loose brackets, poking wires and other brace problems: what to do and when to call us.",
        _EMERGENCIES,
    ),
    "/childrens-dentistry/": _page(
        "/childrens-dentistry/",
        "Children's Dentistry",
        "Gentle NHS dental care for babies, toddlers and children in Chorley.",
        _CHILDREN,
        _W_LATE,
    ),
    "/prevention/": _page(
        "/prevention/",
        "Fissure Sealants &amp; Fluoride Varnish",
        "Protect children's teeth with fluoride varnish and fissure sealants at Larchfield.",
        _PREVENTION,
    ),
    "/sports-guards/": _page(
        "/sports-guards/",
        "Sports Mouthguards",
        "Custom-fitted sports gumshields and brace guards in Chorley.",
        _SPORTS,
        _W_EMERGENCY,
    ),
    "/fees-and-finance/": _page(
        "/fees-and-finance/",
        "Fees &amp; Finance",
        "NHS dental charges, private fees and payment plans for braces and aligners.",
        _FEES,
        _W_BOOK,
    ),
    "/referrals/": _page(
        "/referrals/",
        "Referrals &amp; Transfers",
        "How referrals for braces work, information for referring dentists and moving during treatment.",
        _REFERRALS,
    ),
    "/appointments/": _page(
        "/appointments/",
        "Appointments &amp; School Notes",
        "Booking, after-school appointments and school notes for orthodontic visits.",
        _APPOINTMENTS,
        _W_LATE,
    ),
    "/policies/": _page(
        "/policies/",
        "Practice Policies",
        "Cancellations, missed appointments, complaints and privacy at Larchfield.",
        _POLICIES,
    ),
    "/meet-the-team/": _page(
        "/meet-the-team/",
        "Meet the Team",
        "Our specialist orthodontist, dentists, therapist, hygienist and practice team.",
        _TEAM,
    ),
    "/visit-us/": _page(
        "/visit-us/",
        "Opening Hours &amp; Finding Us",
        "Opening hours, parking, public transport and access at our Chorley practice.",
        _VISIT,
    ),
    "/new-patients/": _page(
        "/new-patients/",
        "New Patients",
        "Register with Larchfield: NHS care for children, private care and our care plan for adults.",
        _NEW,
        _W_BOOK,
    ),
    "/faq/": _page(
        "/faq/",
        "Living with Braces FAQ",
        "Answers to common questions about eating, cleaning, playing instruments and more with braces.",
        _FAQ,
        _W_EMERGENCY,
    ),
}

QUESTIONS = [
    (
        "My daughter is 13 and her top teeth stick out a bit. Will the NHS pay for her braces or is it only if "
        "they're really bad?",
        "/nhs-braces/",
    ),
    (
        "our dentist said my son is a grade 3 on some index thing, does that mean he gets free braces or not",
        "/nhs-braces/",
    ),
    (
        "I'm 34 and I've always hated my crooked bottom teeth. How much are the tooth coloured braces for grown ups?",
        "/adult-orthodontics/",
    ),
    (
        "Do you do the braces that go on the back of your teeth so nobody can see them",
        "/adult-orthodontics/",
    ),
    ("how many hours a day do you actually have to wear the clear trays?", "/clear-aligners/"),
    (
        "Can I keep my invisalign in while I have my morning coffee?",
        "/clear-aligners/",
    ),
    (
        "My son left his retainer on his lunch tray at school and it's gone in the bin. What do we do and how much "
        "is a new one?",
        "/retainers/",
    ),
    (
        "One of the little square bits has come off my daughter's brace and is sliding about on the wire, is that "
        "an emergency?",
        "/orthodontic-emergencies/",
    ),
    (
        "the wire at the back is digging into my cheek and it's saturday night, what can i do",
        "/orthodontic-emergencies/",
    ),
    (
        "When should I bring my baby for his first check up? He's got two teeth now and he's 9 months",
        "/childrens-dentistry/",
    ),
    (
        "My little girl is 4 and terrified of the dentist after her cousin told her horror stories. How do you "
        "deal with scared kids?",
        "/childrens-dentistry/",
    ),
    (
        "The school sent a leaflet about painting fluoride on kids teeth. My 5 year old comes up in a rash from "
        "plasters, is it safe for her?",
        "/prevention/",
    ),
    ("what are the sealant things for back teeth and do they have to drill", "/prevention/"),
    (
        "My lad plays rugby for the under 14s and the coach says he needs a proper gumshield, but he's got braces "
        "on. What should he get?",
        "/sports-guards/",
    ),
    (
        "Can I pay for my braces monthly? I can't afford three grand in one go",
        "/fees-and-finance/",
    ),
    ("Is there any money off if both my kids are having private braces?", "/fees-and-finance/"),
    (
        "We're moving to Scotland for my husband's job halfway through my daughter's braces. What happens with "
        "her treatment?",
        "/referrals/",
    ),
    (
        "Do I need a letter from my dentist to come and see you about braces? I'm 40",
        "/referrals/",
    ),
    (
        "My son's school is moaning about him missing lessons for the orthodontist, can you give us something to "
        "prove he was there",
        "/appointments/",
    ),
    ("Is there anywhere to park near you?", "/visit-us/"),
    ("What time do you close on a Thursday? I can't get there until after work", "/visit-us/"),
    ("what happens if we miss an appointment, do you charge?", "/policies/"),
    (
        "Does anyone there speak Tamil? My mum will be bringing my daughter to her brace appointments",
        "/meet-the-team/",
    ),
    ("Can my daughter still play her clarinet with braces on?", "/faq/"),
    ("Are you taking on NHS adults? I've just moved to Chorley and need a dentist", "/new-patients/"),
]

OUT_OF_SCOPE = [
    "My son is absolutely terrified, can he be put to sleep for his fillings?",
    "Do you do dental implants?",
    "Can you take my wisdom tooth out? The bottom one keeps flaring up",
    "Will my Bupa dental insurance pay towards my braces, and do you claim from them directly?",
    "Do you sell electric toothbrushes at reception?",
    "Can you make something to stop my husband snoring? He sounds like a train",
    "Where's a good place to get lunch in Chorley town centre?",
    "Do you know when the kids go back to school after the Easter holidays?",
]
