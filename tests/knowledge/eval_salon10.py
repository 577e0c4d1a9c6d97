"""An evaluation site: Kestrel & Co. Barbers, a barbershop and men's grooming room with a small beauty room (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The markup imitates a Carrd-like
one-template site builder: deeply nested div wrappers with ids such as container01, text03 and buttons02,
inline SVG icons, no semantic sections, and a FAQ made of repeated text blocks with bold question paragraphs.
"""

NAME = "Kestrel & Co. Barbers"

_BOOKING_URL = "https://kestrelbarbers.setmore.com"

_MENU = [
    (
        "Cuts &amp; Grooming",
        [
            ("Haircuts", "/barbering/"),
            ("Beards &amp; Shaves", "/beards-and-shaves/"),
            ("Kids' Cuts", "/kids/"),
            ("Hair Systems", "/hair-systems/"),
            ("Grey Blending", "/grey-blending/"),
            ("Beauty Room", "/beauty-room/"),
            ("Aftercare &amp; Products", "/aftercare/"),
        ],
    ),
    (
        "Visiting",
        [
            ("Prices", "/prices/"),
            ("Walk-ins &amp; Booking", "/walk-ins-and-booking/"),
            ("Late &amp; No-shows", "/late-arrivals-no-shows/"),
            ("Opening Times", "/opening-times/"),
            ("Find Us", "/find-us/"),
            ("Accessibility", "/accessibility/"),
        ],
    ),
    (
        "The Shop",
        [
            ("Home", "/"),
            ("The Team", "/team/"),
            ("Loyalty &amp; Vouchers", "/loyalty-and-vouchers/"),
            ("Student &amp; OAP Days", "/student-and-pensioner-days/"),
            ("FAQ", "/faq/"),
        ],
    ),
]

_SVG_SPRITE = """<svg xmlns="http://www.w3.org/2000/svg" version="1.1" xmlns:xlink="http://www.w3.org/1999/xlink"
 viewBox="0 0 40 40" display="none" width="0" height="0">
<symbol id="icon-scissors" viewBox="0 0 40 40"><path d="M14.2,12.5c0.5-1,0.8-2.1,0.8-3.3C15,5.2,11.8,2,7.8,2S0.5,5.2,
0.5,9.2s3.2,7.2,7.2,7.2c1.2,0,2.3-0.3,3.3-0.8L16.4,20l-5.4,4.4c-1-0.5-2.1-0.8-3.3-0.8c-4,0-7.2,3.2-7.2,7.2S3.8,38,7.8,38
s7.2-3.2,7.2-7.2c0-1.2-0.3-2.3-0.8-3.3l5.4-4.4l13.8,11.3h5.1v-1.9L14.2,12.5z"/></symbol>
<symbol id="icon-phone" viewBox="0 0 40 40"><path d="M37.7,29.9l-6.1-4.6c-0.9-0.7-2.2-0.6-3,0.2l-3.1,3.1
c-4.5-2.3-8.2-6-10.5-10.5l3.1-3.1c0.8-0.8,0.9-2.1,0.2-3L13.7,6c-0.8-1.1-2.4-1.3-3.4-0.3L6.5,9.5C5.4,10.6,5,12.2,5.5,13.7
c3.6,10.2,10.6,17.2,20.8,20.8c1.5,0.5,3.1,0.1,4.2-1l3.8-3.8C35.3,28.7,38.8,30.7,37.7,29.9z"/></symbol>
<symbol id="icon-pin" viewBox="0 0 40 40"><path d="M20,2C13,2,7.4,7.6,7.4,14.6C7.4,24,20,38,20,38s12.6-14,12.6-23.4
C32.6,7.6,27,2,20,2z M20,19.1c-2.5,0-4.5-2-4.5-4.5s2-4.5,4.5-4.5s4.5,2,4.5,4.5S22.5,19.1,20,19.1z"/></symbol>
<symbol id="icon-clock" viewBox="0 0 40 40"><path d="M20,2C10.1,2,2,10.1,2,20s8.1,18,18,18s18-8.1,18-18S29.9,2,20,2z
M27.6,27.6L18,21.9V9h3.2v11.2l8.2,4.9L27.6,27.6z"/></symbol>
<symbol id="icon-instagram" viewBox="0 0 40 40"><path d="M20,3.6c5.3,0,6,0,8.1,0.1c5.4,0.2,7.9,2.8,8.1,8.1
C36.4,14,36.4,14.6,36.4,20s0,6-0.1,8.1c-0.2,5.3-2.7,7.9-8.1,8.1c-2.1,0.1-2.7,0.1-8.1,0.1s-6,0-8.1-0.1
c-5.4-0.2-7.9-2.8-8.1-8.1C3.6,26,3.6,25.4,3.6,20s0-6,0.1-8.1c0.2-5.3,2.7-7.9,8.1-8.1C14,3.6,14.6,3.6,20,3.6z"/></symbol>
<symbol id="icon-facebook" viewBox="0 0 40 40"><path d="M27.6,22.3l0.8-5.4h-5.2v-3.5c0-1.5,0.7-2.9,3.1-2.9h2.4V5.9
c0,0-2.2-0.4-4.3-0.4c-4.3,0-7.2,2.6-7.2,7.4v4.1h-4.8v5.4h4.8v13h5.9v-13H27.6z"/></symbol>
<symbol id="icon-tiktok" viewBox="0 0 40 40"><path d="M33.5,16.4c-2.9,0-5.6-0.9-7.8-2.5v11.4c0,5.7-4.6,10.3-10.3,10.3
S5.1,31,5.1,25.3s4.6-10.3,10.3-10.3c0.5,0,0.9,0,1.4,0.1v5.7c-0.4-0.1-0.9-0.2-1.4-0.2c-2.6,0-4.7,2.1-4.7,4.7
s2.1,4.7,4.7,4.7s4.7-2.1,4.7-4.7V2.9h5.6c0,4.3,3.5,7.8,7.8,7.8V16.4z"/></symbol>
<symbol id="icon-star" viewBox="0 0 40 40"><path d="M20,3l5.2,10.6L37,15.3l-8.5,8.3l2,11.7L20,29.8L9.5,35.3
l2-11.7L3,15.3l11.8-1.7L20,3z"/></symbol>
<symbol id="icon-calendar" viewBox="0 0 40 40"><path d="M33,6h-3V3h-3v3H13V3h-3v3H7C5.3,6,4,7.3,4,9v25
c0,1.7,1.3,3,3,3h26c1.7,0,3-1.3,3-3V9C36,7.3,34.7,6,33,6z M33,34H7V15h26V34z"/></symbol>
</svg>"""

_REVIEWS = """<div id="container40" class="style4 container default">
<div class="wrapper"><div class="inner" data-onvisible-trigger="1">
<h3 id="text40" class="style5">What folk say</h3>
<div id="container41" class="style1 container columns"><div class="wrapper"><div class="inner">
<div><div id="text41" class="style2"><p><svg class="icon"><use xlink:href="#icon-star"></use></svg>
<svg class="icon"><use xlink:href="#icon-star"></use></svg><svg class="icon"><use xlink:href="#icon-star"></use></svg>
<svg class="icon"><use xlink:href="#icon-star"></use></svg>
<svg class="icon"><use xlink:href="#icon-star"></use></svg></p>
<p>&ldquo;Best fade I've had outside of Leicester, and a proper chat with it. Marcus is a craftsman.&rdquo;</p>
<p><em>&mdash; Tom H., Google review</em></p></div></div>
<div><div id="text42" class="style2"><p>&ldquo;Took my dad in for the full works for his 70th. He came out
grinning like a kid. Lovely, relaxed shop.&rdquo;</p><p><em>&mdash; Sarah P., Facebook</em></p></div></div>
<div><div id="text43" class="style2"><p>&ldquo;Been going to Dan for years. Never rushed, never a bad cut,
and the coffee is better than the caf&eacute; next door.&rdquo;</p><p><em>&mdash; Rich W., Google review</em></p></div>
</div>
</div></div></div>
</div></div></div>"""

_SIDEBAR = """<div id="container30" class="style3 container default sidebar">
<div class="wrapper"><div class="inner">
<h4 id="text30" class="style6">Fancy a fresh one?</h4>
<p id="text31" class="style2">Book your chair online in under a minute, or ring the shop and we'll sort you out.</p>
<ul id="buttons30" class="style2 buttons">
<li><a href="https://kestrelbarbers.setmore.com" class="button n01"><svg><use xlink:href="#icon-calendar"></use></svg>
<span class="label">Book now</span></a></li>
<li><a href="tel:01572724318" class="button n02"><svg><use xlink:href="#icon-phone"></use></svg>
<span class="label">01572 724318</span></a></li>
</ul>
<hr id="divider30" class="style1" />
<p id="text32" class="style7"><a href="/prices/">Full price list</a><br /><a href="/walk-ins-and-booking/">How
walk-ins work</a><br /><a href="/faq/">Questions we get asked a lot</a></p>
</div></div></div>"""


def _nav():
    groups = []
    for n, (heading, items) in enumerate(_MENU, start=1):
        links = "\n".join(
            f'<li><a href="{href}" class="button n{i:02d}"><span class="label">{label}</span></a></li>'
            for i, (label, href) in enumerate(items, start=1)
        )
        groups.append(
            f'<div><p id="text0{n + 1}" class="style8"><strong>{heading}</strong></p>\n'
            f'<ul id="buttons0{n}" class="style1 buttons menu">\n{links}\n</ul></div>'
        )
    return "\n".join(groups)


def _page(title, description, body, sidebar=False, reviews=False):
    if sidebar:
        body = (
            '<div id="container20" class="style1 container columns"><div class="wrapper"><div class="inner">\n'
            f'<div class="col-main">\n{body}\n</div>\n<div class="col-side">\n{_SIDEBAR}\n</div>\n'
            "</div></div></div>"
        )
    if reviews:
        body = body + "\n" + _REVIEWS
    return f"""<!DOCTYPE HTML>
<html lang="en">
<head>
<title>{title} | Kestrel &amp; Co. Barbers</title>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width,initial-scale=1,viewport-fit=cover" />
<meta name="color-scheme" content="light only" />
<meta name="description" content="{description}" />
<meta property="og:site_name" content="Kestrel &amp; Co. Barbers" />
<meta property="og:title" content="{title} | Kestrel &amp; Co. Barbers" />
<meta property="og:type" content="website" />
<meta property="og:description" content="{description}" />
<meta property="og:image" content="https://kestrelbarbers.co.uk/assets/images/card.jpg?v=7d1b0c2e" />
<meta name="twitter:card" content="summary_large_image" />
<link rel="icon" type="image/png" href="/assets/images/favicon.png?v=7d1b0c2e" />
<link href="/assets/main.css?v=7d1b0c2e" rel="stylesheet" type="text/css" />
<noscript><link href="/assets/noscript.css?v=7d1b0c2e" rel="stylesheet" type="text/css" /></noscript>
</head>
<body class="is-loading">
{_SVG_SPRITE}
<div id="wrapper">
<div id="main">
<div class="inner">
<div id="container01" class="style1 container default full screen header">
<div class="wrapper"><div class="inner" data-onvisible-trigger="1">
<div id="image01" class="style1 image"><span class="frame"><img src="/assets/images/image01.png?v=7d1b0c2e"
 alt="Kestrel &amp; Co. Barbers logo, a kestrel over crossed razors" /></span></div>
<h1 id="text01" class="style1">Kestrel &amp; Co. Barbers</h1>
<p id="text05" class="style9">Barbering &amp; Grooming Room &middot; Church Street, Oakham, Rutland</p>
<div id="container02" class="style2 container columns menu-wrap"><div class="wrapper"><div class="inner">
{_nav()}
</div></div></div>
<ul id="buttons05" class="style3 buttons">
<li><a href="{_BOOKING_URL}" class="button n01"><svg><use xlink:href="#icon-calendar"></use></svg>
<span class="label">Book now</span></a></li>
<li><a href="tel:01572724318" class="button n02"><svg><use xlink:href="#icon-phone"></use></svg>
<span class="label">Call the shop</span></a></li>
</ul>
</div></div></div>
<div id="container03" class="style5 container default cookie-bar">
<div class="wrapper"><div class="inner">
<p id="text06" class="style10">We use a couple of cookies to count visitors and to make online booking work. Nothing
creepy. <a href="#" class="cookie-ok">OK, got it</a></p>
</div></div></div>
<hr id="divider01" class="style1 full" />
{body}
<hr id="divider09" class="style1 full" />
<div id="container90" class="style6 container columns footer">
<div class="wrapper"><div class="inner">
<div><div id="text90" class="style11">
<p><svg class="icon"><use xlink:href="#icon-pin"></use></svg> <strong>Kestrel &amp; Co. Barbers</strong><br />
9 Church Street, Oakham, Rutland LE15 6AG</p>
<p><svg class="icon"><use xlink:href="#icon-phone"></use></svg> <a href="tel:01572724318">01572 724318</a><br />
<a href="mailto:hello@kestrelbarbers.co.uk">hello@kestrelbarbers.co.uk</a></p>
</div></div>
<div><div id="text91" class="style11">
<p><svg class="icon"><use xlink:href="#icon-clock"></use></svg> <strong>Barbershop hours</strong><br />
Mon&ndash;Wed 9&ndash;5.30 &middot; Thu 9&ndash;8 &middot; Fri 9&ndash;6<br />
Sat 8&ndash;3 &middot; Sun closed</p>
<p><a href="/opening-times/">Beauty room &amp; holiday hours</a></p>
</div></div>
<div><div id="text92" class="style11">
<p><strong>Follow the shop</strong></p>
<ul id="icons01" class="style1 icons">
<li><a class="n01" href="https://www.instagram.com/kestrelbarbersoakham"><svg><use xlink:href="#icon-instagram"></use>
</svg><span class="label">Instagram</span></a></li>
<li><a class="n02" href="https://www.facebook.com/kestrelbarbersoakham"><svg><use xlink:href="#icon-facebook"></use>
</svg><span class="label">Facebook</span></a></li>
<li><a class="n03" href="https://www.tiktok.com/@kestrelbarbers"><svg><use xlink:href="#icon-tiktok"></use></svg>
<span class="label">TikTok</span></a></li>
</ul>
<ul id="buttons90" class="style2 buttons">
<li><a href="{_BOOKING_URL}" class="button n01"><span class="label">Book online</span></a></li>
</ul>
</div></div>
</div></div></div>
<p id="text99" class="style12">&copy; 2025 Kestrel &amp; Co. Barbers Ltd. Registered in England &amp; Wales
no. 08012446. &middot; Made with Carrd</p>
</div>
</div>
</div>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}
gtag('js',new Date());gtag('config','G-KX7B2C91QD');</script>
</body>
</html>
"""


_HOME = """<div id="container04" class="style3 container default hero">
<div class="wrapper"><div class="inner" data-onvisible-trigger="1">
<h2 id="text07" class="style2">Proper barbering in the middle of Oakham</h2>
<p id="text08" class="style3">Skin fades, sharp classic cuts, beard work and the full hot towel treatment, with a
calm little beauty room upstairs. Walk in for a chat or book your chair: either way you'll get the time it
takes to do it right.</p>
<ul id="buttons06" class="style3 buttons">
<li><a href="https://kestrelbarbers.setmore.com" class="button n01"><svg><use xlink:href="#icon-calendar"></use></svg>
<span class="label">Book a chair</span></a></li>
<li><a href="/prices/" class="button n02"><svg><use xlink:href="#icon-scissors"></use></svg>
<span class="label">See prices</span></a></li>
</ul>
</div></div></div>
<div id="container05" class="style1 container default">
<div class="wrapper"><div class="inner" data-onvisible-trigger="1">
<h3 id="text09" class="style5">A barbershop with a bit of history</h3>
<p id="text10" class="style2">Kestrel &amp; Co. opened in the spring of 2012 in the old Hubbard &amp; Sons
saddlery on Church Street, a stone's throw from the Buttercross. Dan Whitworth had spent eleven years cutting
in Leicester and Nottingham and wanted a shop in his home town where nobody was rushed out of the chair. We
kept the saddler's workbench (it's now our product counter), stripped back the old oak floor and put in four
vintage Belmont chairs that we rescued from a shop in Sheffield that was closing down.</p>
<p id="text11" class="style2">More than a decade on there are five of us cutting, a qualified beauty therapist
upstairs and an apprentice learning the trade. We cut everyone from toddlers having their very first trim to
gents who've been coming to Church Street since it was still a saddlery. We've been voted Rutland's favourite
independent barber in the <em>Rutland &amp; Stamford Mercury</em> readers' awards three years running.</p>
</div></div></div>
<div id="container06" class="style1 container columns">
<div class="wrapper"><div class="inner">
<div><div id="text12" class="style2"><p><svg class="icon"><use xlink:href="#icon-scissors"></use></svg>
<strong>Cuts &amp; fades</strong></p><p>From a quick all-over clipper cut to a crisp skin fade with a razor
finish. <a href="/barbering/">Haircuts</a></p></div></div>
<div><div id="text13" class="style2"><p><svg class="icon"><use xlink:href="#icon-scissors"></use></svg>
<strong>Beards &amp; shaves</strong></p><p>Beard shaping, line-ups and a traditional cut-throat shave.
<a href="/beards-and-shaves/">Beards &amp; shaves</a></p></div></div>
<div><div id="text14" class="style2"><p><svg class="icon"><use xlink:href="#icon-scissors"></use></svg>
<strong>The beauty room</strong></p><p>Facials and waxing in a private room upstairs.
<a href="/beauty-room/">Beauty room</a></p></div></div>
</div></div></div>
<div id="container07" class="style1 container columns">
<div class="wrapper"><div class="inner">
<div><div id="text15" class="style2"><p><strong>Little ones</strong></p><p>Patient barbers, a booster seat and
no rush. <a href="/kids/">Kids' cuts</a></p></div></div>
<div><div id="text16" class="style2"><p><strong>Hair loss &amp; grey</strong></p><p>Discreet hair systems and
natural-looking grey blending. <a href="/hair-systems/">Hair systems</a> &middot;
<a href="/grey-blending/">Grey blending</a></p></div></div>
<div><div id="text17" class="style2"><p><strong>Money off</strong></p><p>Loyalty stamps, gift vouchers, and
midweek days for students and pensioners. <a href="/student-and-pensioner-days/">Offers</a></p></div></div>
</div></div></div>"""

_BARBERING = """<div id="container08" class="style1 container default">
<div class="wrapper"><div class="inner" data-onvisible-trigger="1">
<h2 id="text07" class="style2">Haircuts</h2>
<p id="text08" class="style3">Whatever you're after, start with a chat. Tell us what you like, what you hate
and how much faff you're willing to put up with in the morning, and we'll build the cut around that.</p>
<h3 id="text09" class="style5">Fades</h3>
<p id="text10" class="style2">Our bread and butter. A skin fade (sometimes called a bald fade) takes the sides
right down to the skin with a foil shaver, blended up into the length on top. We do low, mid and high fades,
drop fades that follow the curve behind the ear, burst fades around the ear, and tapers, which clean up just the
neckline and sideburns for a softer, more grown-up look. If you're not sure where you want the fade to start,
bring a photo or ask your barber to show you in the mirror with the clipper before they commit.</p>
<h3 id="text11" class="style5">Classic cuts</h3>
<p id="text12" class="style2">Short back and sides, scissor-over-comb, side partings, crew cuts, flat tops,
textured crops and pompadours. Anything longer than collar length is booked as a long hair restyle so we have
the time to do it properly, whether that's taking a lockdown mop back to something sensible or keeping a
grown-out style tidy.</p>
<h3 id="text13" class="style5">Curly &amp; Afro-textured hair</h3>
<p id="text14" class="style2">Every barber in the shop cuts curly and Afro-textured hair; it's part of how we
train, not something we leave to one person. We do shape-ups and sharp line-ups, high-top fades, twists with a
curl sponge, and tapered afros. We keep a proper selection of leave-in conditioners and curl creams so the
finish looks right when you walk out of the door, not just under the shop lights.</p>
<h3 id="text15" class="style5">Designs &amp; parting lines</h3>
<p id="text16" class="style2">A shaved parting line or a simple design cut into a fade, from a single line to
something more ambitious. Bring a picture; Marcus is our go-to for anything freehand.</p>
<h3 id="text17" class="style5">Clipper grades, in millimetres</h3>
<div id="embed01" class="style1 embed"><table class="grades">
<tr><th>Grade</th><th>Length</th></tr>
<tr><td>Foil shaver / #0</td><td>skin / 0.5mm</td></tr>
<tr><td>#0.5</td><td>1.5mm</td></tr>
<tr><td>#1</td><td>3mm</td></tr>
<tr><td>#2</td><td>6mm</td></tr>
<tr><td>#3</td><td>9mm</td></tr>
<tr><td>#4</td><td>12mm</td></tr>
<tr><td>#6</td><td>19mm</td></tr>
<tr><td>#8</td><td>25mm</td></tr>
</table></div>
<ul id="buttons07" class="style2 buttons">
<li><a href="/prices/" class="button n01"><span class="label">Haircut prices</span></a></li>
</ul>
</div></div></div>"""

_BEARDS = """<div id="container08" class="style1 container default">
<div class="wrapper"><div class="inner" data-onvisible-trigger="1">
<h2 id="text07" class="style2">Beards &amp; Shaves</h2>
<p id="text08" class="style3">A good beard is mostly about the edges. We'll shape it to suit your face, tidy the
cheek and neck lines, and show you how to keep it that way at home.</p>
<h3 id="text09" class="style5">Beard trim</h3>
<p id="text10" class="style2">A clipper trim to take the length down evenly and tidy the neckline. Quick, neat,
and good for keeping on top of things between cuts.</p>
<h3 id="text11" class="style5">Beard shape &amp; line-up</h3>
<p id="text12" class="style2">We trim and shape, then finish the cheek line and neckline with hot foam and a
cut-throat razor for a crisp edge that lasts a lot longer than a clipper line.</p>
<h3 id="text13" class="style5">Growing one out?</h3>
<p id="text14" class="style2">Give it four to six weeks of growth before your first shaping. Any earlier and
there isn't enough to work with, and we'll end up taking off the length you've been suffering the itch for.
Until then, a neckline tidy is all you need.</p>
<h3 id="text15" class="style5">The traditional hot towel shave</h3>
<p id="text16" class="style2">Set aside about 45 minutes and let us do the rest. You'll lie back in one of the
Belmont chairs while we work in a pre-shave oil and wrap your face in the first of three hot towels to soften
the bristles and open the pores. Then comes a warm lather brushed on by hand and the first pass with a
cut-throat razor, with the grain. A second lather and a careful pass across the grain gets it properly smooth.
We finish with a cold towel to close everything up, a soothing balm and a short face and scalp massage. Most
people nod off at least once.</p>
<p id="text17" class="style2">We use a fresh single-use blade for every customer. If your skin is sensitive or you
get ingrown hairs, tell us and we'll do a single pass with the grain only. We can't shave over broken skin,
cold sores or active spots, so if you've got a flare-up we'll shape around it or ask you to move your
appointment.</p>
<h3 id="text18" class="style5">Head shave</h3>
<p id="text19" class="style2">The same hot towel and cut-throat treatment for your whole scalp, finished with a
moisturiser that stops the shine.</p>
</div></div></div>"""

_KIDS = """<div id="container08" class="style1 container default">
<div class="wrapper"><div class="inner" data-onvisible-trigger="1">
<h2 id="text07" class="style2">Kids' Cuts</h2>
<p id="text08" class="style3">We love cutting kids' hair, wriggles and all. Our barbers are patient, we've got a
booster seat for the little ones and plenty of cartoons on the tablet.</p>
<h3 id="text09" class="style5">First haircuts</h3>
<p id="text10" class="style2">We'll happily do a first haircut from around 12 months old. We keep it short and
gentle, usually scissors only, and you can hold them on your lap if that's easier. Afterwards you'll get a
First Haircut certificate with a photo and a lock of hair in a little envelope to keep. Lots of parents frame
them.</p>
<h3 id="text11" class="style5">Nervous or sensory-sensitive children</h3>
<p id="text12" class="style2">Every Tuesday from 9 to 10am we run <strong>Quiet Cuts</strong>: the music goes
off, the lights go down, no walk-ins, and only one chair is working. Kyle leads these sessions. He'll let your
child hold the clippers and hear them first, or use scissors only if the buzzing is too much, and nobody minds
if it takes three visits to get a whole haircut done. You're welcome to pop in beforehand just to look around
and meet him. Quiet Cuts are open to older teens and adults who'd find them useful too. Ring to book one.</p>
<h3 id="text13" class="style5">Good to know</h3>
<p id="text14" class="style2">An adult needs to stay in the shop for the whole cut for any child under 12. Older
kids are welcome on their own with a parent's OK by phone.</p>
<p id="text15" class="style2"><strong>Head lice.</strong> It happens to every family at some point, so no
judgement. If we spot lice or eggs during a cut we'll stop, there's no charge, and we'll ask you to come back
once they've been treated and cleared. It keeps our tools and our other little customers safe. If you already
know there's an outbreak at home, please treat first and come in afterwards.</p>
<p id="text16" class="style2"><strong>Back-to-school rush.</strong> The last fortnight of August is our busiest
time of the whole year. Book early if you want a cut before the first day of term.</p>
</div></div></div>"""

_HAIR_SYSTEMS = """<div id="container08" class="style1 container default">
<div class="wrapper"><div class="inner" data-onvisible-trigger="1">
<h2 id="text07" class="style2">Hair Systems</h2>
<p id="text08" class="style3">Non-surgical hair replacement for men dealing with thinning or hair loss. A hair
system is a fine, breathable base with real human hair, bonded to the scalp and cut into your own hair so
nobody can tell where one stops and the other starts.</p>
<h3 id="text09" class="style5">Complete privacy</h3>
<p id="text10" class="style2">We know this is a big step and that plenty of men would rather not discuss it in
a busy barbershop. All hair system appointments happen in our private back room, which has its own entrance
from Jubilee Yard behind the shop, so you never have to walk through the main shop or sit in the waiting area.
Text or ring Dan directly and he'll meet you at the side door.</p>
<h3 id="text11" class="style5">How it works</h3>
<p id="text12" class="style2"><strong>1. Free consultation (about 45 minutes).</strong> We talk through what's
happening with your hair, look at bases and hair density, match your colour and texture, and answer every
question. No pressure and no obligation.</p>
<p id="text13" class="style2"><strong>2. Your system.</strong> We can fit a stock system on the same day or order
a custom-made system built to a template of your head, which takes four to six weeks to arrive.</p>
<p id="text14" class="style2"><strong>3. Fitting (around 2.5 hours).</strong> We prepare the scalp, bond the system
and cut and style it into your own hair. Avoid swimming, the gym and saunas for 48 hours afterwards while the
bond cures.</p>
<p id="text15" class="style2"><strong>4. Maintenance.</strong> Come back every three to four weeks so we can
remove the system, clean it and your scalp, re-bond it and tidy the cut. A system generally lasts three to six
months depending on how you look after it.</p>
<div id="embed02" class="style1 embed"><table class="prices">
<tr><th>Hair systems</th><th>Price</th></tr>
<tr><td>Consultation</td><td>Free</td></tr>
<tr><td>Stock system, fitted, cut &amp; styled</td><td>£295</td></tr>
<tr><td>Custom-made system, fitted, cut &amp; styled</td><td>£450</td></tr>
<tr><td>Maintenance visit (clean, re-bond, cut)</td><td>£45</td></tr>
<tr><td>Replacement stock system, fitted</td><td>£220</td></tr>
</table></div>
<p id="text16" class="style2">Dan has fitted hair systems since 2016 and trained with Lordhair and Hollywood
Lace in London.</p>
</div></div></div>"""

_GREY = """<div id="container08" class="style1 container default">
<div class="wrapper"><div class="inner" data-onvisible-trigger="1">
<h2 id="text07" class="style2">Grey Blending</h2>
<p id="text08" class="style3">Not a dye job. Grey blending knocks back some of the grey in your hair or beard
so you look rested rather than &ldquo;coloured&rdquo;, and keeps a bit of salt and pepper so it still looks like
you.</p>
<h3 id="text09" class="style5">What happens</h3>
<p id="text10" class="style2">We use a low-ammonia camouflage colour, matched to your natural shade and left on
for just five to ten minutes. It only partly covers the grey, so there's no hard line as it grows and it fades
gradually and naturally over four to six weeks. It's usually done straight after your haircut, and takes about
20 minutes extra including a rinse. We can do hair, beard, or both.</p>
<h3 id="text11" class="style5">The skin test (please don't skip this)</h3>
<p id="text12" class="style2">Hair colour can cause allergic reactions, so we must do a quick skin allergy test
at least 48 hours before your first colour with us. It takes two minutes: pop in any time we're open, we dab a
little behind your ear, and you go about your day. If it's been more than six months since your last colour
with us, or you've had a colour anywhere else in the meantime, we'll need to test you again. We can't colour you
on the day without a test, no matter how sure you are.</p>
<h3 id="text13" class="style5">What we don't do</h3>
<p id="text14" class="style2">We don't do bleaching, highlights, fashion colours or full permanent coverage. For
those we'd point you to a colour salon.</p>
<div id="embed03" class="style1 embed"><table class="prices">
<tr><th>Grey blending</th><th>Price</th></tr>
<tr><td>Hair grey blend (added to a haircut)</td><td>£18</td></tr>
<tr><td>Beard grey blend</td><td>£15</td></tr>
<tr><td>Hair and beard together</td><td>£30</td></tr>
<tr><td>Skin allergy test</td><td>Free</td></tr>
</table></div>
</div></div></div>"""

_BEAUTY = """<div id="container08" class="style1 container default">
<div class="wrapper"><div class="inner" data-onvisible-trigger="1">
<h2 id="text07" class="style2">The Beauty Room</h2>
<p id="text08" class="style3">Up the stairs at the back of the shop, away from the clippers and the football
chat, is our beauty room. Jess looks after facials and waxing, and although most of our clients are men, the
room is open to absolutely everyone: partners, mums and friends regularly book in for brows and facials.</p>
<h3 id="text09" class="style5">Facials</h3>
<p id="text10" class="style2">Our express facial is a 30-minute cleanse, exfoliation, steam and mask that suits
anyone who's never had a facial before. The deep cleanse facial adds extractions for blackheads, a longer
massage and a treatment mask chosen for your skin, and runs to a full hour.</p>
<h3 id="text11" class="style5">Waxing</h3>
<p id="text12" class="style2">We use hard wax for faces, which grips the hair rather than the skin, so it's
kinder on delicate areas. For noses we only wax the hair around the entrance of each nostril, never deep inside,
and it's over in seconds. Ears are the visible hair on the outer ear and lobe.</p>
<div id="embed04" class="style1 embed"><table class="prices">
<tr><th>Treatment</th><th>Time</th><th>Price</th></tr>
<tr><td>Express facial</td><td>30 min</td><td>£30</td></tr>
<tr><td>Deep cleanse facial</td><td>60 min</td><td>£48</td></tr>
<tr><td>Brow wax &amp; tidy</td><td>15 min</td><td>£10</td></tr>
<tr><td>Nose wax</td><td>10 min</td><td>£10</td></tr>
<tr><td>Ear wax</td><td>10 min</td><td>£10</td></tr>
<tr><td>Nose &amp; ears together</td><td>15 min</td><td>£16</td></tr>
<tr><td>Shoulder wax</td><td>20 min</td><td>£14</td></tr>
<tr><td>Back or chest wax</td><td>30 min</td><td>£28</td></tr>
<tr><td>Back &amp; chest together</td><td>50 min</td><td>£48</td></tr>
</table></div>
<h3 id="text13" class="style5">Before you book</h3>
<p id="text14" class="style2">The beauty room is by appointment only. We can't wax you if you've taken
Roaccutane (isotretinoin) in the last six months, if you're sunburnt in the area, or if you've used retinol
creams on your face in the last five days. If you're unsure about a skin condition or medication, ring and ask
for Jess before you book.</p>
</div></div></div>"""

_PRICES = """<div id="container08" class="style1 container default">
<div class="wrapper"><div class="inner" data-onvisible-trigger="1">
<h2 id="text07" class="style2">Prices</h2>
<p id="text08" class="style3">Prices from 1 March 2025. The beauty room, hair systems and grey blending have
their own price lists on their pages.</p>
<h3 id="text09" class="style5">Haircuts</h3>
<div id="embed05" class="style1 embed"><table class="prices">
<tr><th>Service</th><th>Price</th></tr>
<tr><td>Clipper cut (one grade all over)</td><td>£14</td></tr>
<tr><td>Short back &amp; sides</td><td>£19</td></tr>
<tr><td>Scissor cut</td><td>£22</td></tr>
<tr><td>Taper fade</td><td>£22</td></tr>
<tr><td>Skin fade (with foil shaver finish)</td><td>£24</td></tr>
<tr><td>Skin fade &amp; beard shape</td><td>£32</td></tr>
<tr><td>Flat top / high-top</td><td>£26</td></tr>
<tr><td>Long hair restyle (over the collar)</td><td>£28</td></tr>
<tr><td>Add a wash &amp; hot towel</td><td>+£4</td></tr>
<tr><td>Hair design or parting line</td><td>from £3</td></tr>
</table></div>
<h3 id="text10" class="style5">Beards &amp; shaves</h3>
<div id="embed06" class="style1 embed"><table class="prices">
<tr><th>Service</th><th>Price</th></tr>
<tr><td>Beard trim (clipper)</td><td>£10</td></tr>
<tr><td>Beard shape &amp; cut-throat line-up</td><td>£14</td></tr>
<tr><td>Traditional hot towel shave</td><td>£28</td></tr>
<tr><td>Head shave with hot towel</td><td>£22</td></tr>
<tr><td>The Works: cut, hot towel shave or beard sculpt, face massage</td><td>£48</td></tr>
</table></div>
<h3 id="text11" class="style5">Children</h3>
<div id="embed07" class="style1 embed"><table class="prices">
<tr><th>Service</th><th>Price</th></tr>
<tr><td>First haircut (under 3)</td><td>£12</td></tr>
<tr><td>Kids' cut (3 to 11)</td><td>£14</td></tr>
<tr><td>Kids' skin fade (3 to 11)</td><td>£18</td></tr>
<tr><td>Secondary school (12 to 16), any cut</td><td>£17</td></tr>
</table></div>
<p id="text12" class="style7">Prices are per service and include VAT. If your cut takes a lot longer than usual
(very thick or very long hair, or a big change of style) your barber will tell you before they start if the
price is going to be different.</p>
</div></div></div>"""

_WALKINS = """<div id="container08" class="style1 container default">
<div class="wrapper"><div class="inner" data-onvisible-trigger="1">
<h2 id="text07" class="style2">Walk-ins &amp; Booking</h2>
<p id="text08" class="style3">We've always kept chairs free for walk-ins. Here's how it works so you don't
have a wasted trip.</p>
<h3 id="text09" class="style5">When you can just walk in</h3>
<p id="text10" class="style2"><strong>Monday to Wednesday:</strong> walk-ins all day.<br />
<strong>Thursday and Friday:</strong> walk-ins until 5pm. Thursday evenings after 5 are appointments only.<br />
<strong>Saturday:</strong> two of our three Saturday chairs are for booked appointments only. The third chair
is walk-in only, first come first served from 8am, and the list is usually full by about 11. If you want a
Saturday cut at a particular time, book it.</p>
<h3 id="text11" class="style5">The walk-in list</h3>
<p id="text12" class="style2">Add your name and mobile number to the tablet by the door and you're in the queue.
There's no need to sit and wait: go and grab a coffee or have a wander round the market and we'll text you when
you're two customers away. If you're not back within 10 minutes of that text we move on to the next person, but
you'll stay at the top of the list.</p>
<p id="text13" class="style2">We stop taking walk-ins 30 minutes before closing, or 45 minutes before for skin
fades and hot towel shaves, so your barber isn't racing the clock.</p>
<h3 id="text14" class="style5">Appointment only</h3>
<p id="text15" class="style2">Hair systems, grey blending, The Works and everything in the beauty room need to be
booked in advance.</p>
<h3 id="text16" class="style5">How to book</h3>
<p id="text17" class="style2">Book online any time, up to eight weeks ahead, and choose your barber or take the
first free chair. You can also ring the shop during opening hours. We can't take bookings through Instagram or
Facebook messages because they get missed when we're busy cutting. Your confirmation text has a link to move
or cancel.</p>
<h3 id="text18" class="style5">Weddings &amp; groups</h3>
<p id="text19" class="style2">For a groom's party or a prom group of four or more, call us. On Saturdays we can
open from 7am for a wedding party, with a £10 per head deposit to hold the slots.</p>
</div></div></div>"""

_LATE = """<div id="container08" class="style1 container default">
<div class="wrapper"><div class="inner" data-onvisible-trigger="1">
<h2 id="text07" class="style2">Late Arrivals, Cancellations &amp; No-shows</h2>
<p id="text08" class="style3">Life happens, we get it. These rules are here so that one late appointment doesn't
make everyone else late for the rest of the day.</p>
<h3 id="text09" class="style5">Running late</h3>
<p id="text10" class="style2">Give us a ring on 01572 724318 as soon as you know. Up to 10 minutes late, we'll
still see you, though we might need to do a quicker version of your service (a skin fade may become a standard
clipper fade, for example) so the next person isn't kept waiting. More than 15 minutes late counts as a missed
appointment. We'll try to squeeze you in as a walk-in if a chair comes free, but we can't promise.</p>
<h3 id="text11" class="style5">Cancelling or moving</h3>
<p id="text12" class="style2">Please give us at least 24 hours' notice using the link in your confirmation text,
or by phone. For the beauty room and for hair system fittings we need 48 hours.</p>
<h3 id="text13" class="style5">No-shows</h3>
<p id="text14" class="style2">The first time you miss an appointment without telling us, we'll note it on your
account and send a friendly text. No charge. A second no-show within six months means future online bookings
will need a £10 deposit, which comes off your bill on the day. After a third, we'll ask you to use the walk-in
list instead of booking. If you're genuinely ill, just let us know when you can and we'll be reasonable.</p>
<h3 id="text15" class="style5">Deposits</h3>
<p id="text16" class="style2">Beauty room treatments take a £10 deposit when you book and hair system fittings a
£50 deposit. Both come off the final bill, and both are kept if you cancel with less than 48 hours' notice or
don't turn up.</p>
<h3 id="text17" class="style5">When we're the ones running late</h3>
<p id="text18" class="style2">It's only fair: if we keep you waiting more than 15 minutes past your booked time,
you get £3 off. If your barber is off sick we'll text you as early as we can and offer you the first slot with
another barber or priority rebooking with yours.</p>
</div></div></div>"""

_LOYALTY = """<div id="container08" class="style1 container default">
<div class="wrapper"><div class="inner" data-onvisible-trigger="1">
<h2 id="text07" class="style2">Loyalty Card &amp; Gift Vouchers</h2>
<h3 id="text09" class="style5">The Kestrel Card</h3>
<p id="text10" class="style2">Get a stamp every time you have a haircut costing £14 or more. Eight stamps earns
you a free short back and sides or scissor cut, or £20 off anything else in the barbershop. Stamps don't apply
to the beauty room or hair systems, and you can't redeem a free cut on a student or pensioner discount visit
(you still earn the stamp though).</p>
<p id="text11" class="style2">You can have a paper card or keep your stamps in the booking app. We'd really
recommend the app: if you lose a paper card we can't replace the stamps on it, because we have no record of
them. Lost your card? Start a new one on the app and the same thing can't happen again. Stamps never expire.</p>
<h3 id="text12" class="style5">Gift vouchers</h3>
<p id="text13" class="style2">A Kestrel gift voucher makes a cracking present for dads, grandads, brothers and
boyfriends who already have enough socks. Choose any amount from £10 upwards, or a voucher for a specific
treatment such as a hot towel shave or The Works.</p>
<p id="text14" class="style2">Buy vouchers in the shop, or ring us and pay by card over the phone. We'll post
a printed voucher in a Kestrel gift card anywhere in the UK free of charge (allow three working days), or
email a printable one the same day.</p>
<p id="text15" class="style2">Vouchers are valid for 12 months from the date of purchase and can be used for any
service or product, including the beauty room. They can't be exchanged for cash and any balance stays on the
voucher for next time. If a voucher has only just run out, bring it in anyway: we'll honour it up to one month
after the expiry date.</p>
</div></div></div>"""

_OFFERS = """<div id="container08" class="style1 container default">
<div class="wrapper"><div class="inner" data-onvisible-trigger="1">
<h2 id="text07" class="style2">Student &amp; Pensioner Days</h2>
<p id="text08" class="style3">Midweek is a bit quieter, so we pass the saving on.</p>
<h3 id="text09" class="style5">Student Tuesdays</h3>
<p id="text10" class="style2">20% off any haircut all day every Tuesday for students. Show a valid TOTUM or NUS
card, a university card, or your college or sixth form ID (a photo of it on your phone is fine). Beard and
shave services are full price.</p>
<h3 id="text11" class="style5">Pensioners' Wednesday mornings</h3>
<p id="text12" class="style2">If you're 65 or over, a short back and sides, scissor cut or clipper cut is £13 on
Wednesday mornings from 9am to 1pm. Add a beard trim for £6. No need to book: just walk in, and there's always
a pot of tea on.</p>
<h3 id="text13" class="style5">Forces &amp; blue light</h3>
<p id="text14" class="style2">10% off any barbershop service, Monday to Friday, for serving forces, veterans
and emergency services staff with a Defence Discount Service or Blue Light card.</p>
<h3 id="text15" class="style5">The small print</h3>
<p id="text16" class="style2">Discounts aren't available on Saturdays, can't be combined with each other or with
a free loyalty cut, and don't apply to the beauty room, grey blending or hair systems. Please show your ID
before your cut, not at the till.</p>
</div></div></div>"""

_TEAM = """<div id="container08" class="style1 container default">
<div class="wrapper"><div class="inner" data-onvisible-trigger="1">
<h2 id="text07" class="style2">The Team</h2>
<div id="container09" class="style1 container columns"><div class="wrapper"><div class="inner">
<div><div id="image02" class="style2 image"><span class="frame"><img src="/assets/images/dan.jpg" alt="Dan" />
</span></div><p id="text08" class="style2"><strong>Dan Whitworth, owner</strong><br />Dan has been cutting hair
for 24 years and opened Kestrel in 2012. He looks after all our hair system clients, does most of the
grey blending and is the man for a hot towel shave. Works Monday to Friday.</p></div>
<div><div id="image03" class="style2 image"><span class="frame"><img src="/assets/images/marcus.jpg"
 alt="Marcus" /></span></div><p id="text09" class="style2"><strong>Marcus Adeyemi, senior barber</strong><br />
Fades, crops and freehand designs. Marcus won the regional final of the Wahl Barber Competition in 2022 and
still hasn't let anyone forget it. Works Wednesday to Saturday, including Thursday late nights.</p></div>
<div><div id="image04" class="style2 image"><span class="frame"><img src="/assets/images/ellie.jpg"
 alt="Ellie" /></span></div><p id="text10" class="style2"><strong>Ellie Shaw, barber</strong><br />Ellie came to
us from a unisex salon and is brilliant with scissor work and longer hair. Works Tuesday to Saturday.</p></div>
</div></div></div>
<div id="container10" class="style1 container columns"><div class="wrapper"><div class="inner">
<div><div id="image05" class="style2 image"><span class="frame"><img src="/assets/images/kyle.jpg" alt="Kyle" />
</span></div><p id="text11" class="style2"><strong>Kyle Brennan, barber</strong><br />Calm, unflappable and
great with kids. Kyle runs our Quiet Cuts sessions. Works Monday, Tuesday, Thursday, Friday and Saturday.</p>
</div>
<div><div id="image06" class="style2 image"><span class="frame"><img src="/assets/images/jess.jpg" alt="Jess" />
</span></div><p id="text12" class="style2"><strong>Jess Amos, beauty therapist</strong><br />NVQ Level 3 qualified,
Jess runs the beauty room upstairs and has a waiting list for her deep cleanse facial.</p></div>
<div><div id="image07" class="style2 image"><span class="frame"><img src="/assets/images/ruby.jpg" alt="Ruby" />
</span></div><p id="text13" class="style2"><strong>Ruby Clarke, apprentice</strong><br />Ruby is in the second year
of her barbering apprenticeship at Stamford College. She's always looking for models: a supervised cut with Ruby
is £8 on Monday and Tuesday afternoons between 1 and 4. Allow about an hour, and book by phone rather than
online.</p></div>
</div></div></div>
</div></div></div>"""

_HOURS = """<div id="container08" class="style1 container default">
<div class="wrapper"><div class="inner" data-onvisible-trigger="1">
<h2 id="text07" class="style2">Opening Times</h2>
<div id="container09" class="style1 container columns"><div class="wrapper"><div class="inner">
<div><p id="text08" class="style5"><svg class="icon"><use xlink:href="#icon-clock"></use></svg> The barbershop</p>
<div id="embed08" class="style1 embed"><table class="hours">
<tr><td>Monday</td><td>9am &ndash; 5.30pm</td></tr>
<tr><td>Tuesday</td><td>9am &ndash; 5.30pm</td></tr>
<tr><td>Wednesday</td><td>9am &ndash; 5.30pm</td></tr>
<tr><td>Thursday</td><td>9am &ndash; 8pm</td></tr>
<tr><td>Friday</td><td>9am &ndash; 6pm</td></tr>
<tr><td>Saturday</td><td>8am &ndash; 3pm</td></tr>
<tr><td>Sunday</td><td>Closed</td></tr>
</table></div></div>
<div><p id="text09" class="style5"><svg class="icon"><use xlink:href="#icon-clock"></use></svg> The beauty room</p>
<div id="embed09" class="style1 embed"><table class="hours">
<tr><td>Tuesday</td><td>10am &ndash; 5pm</td></tr>
<tr><td>Thursday</td><td>12 noon &ndash; 8pm</td></tr>
<tr><td>Friday</td><td>10am &ndash; 5pm</td></tr>
<tr><td>Saturday</td><td>9am &ndash; 2pm</td></tr>
<tr><td>Sun, Mon &amp; Wed</td><td>Closed</td></tr>
</table></div></div>
</div></div></div>
<h3 id="text10" class="style5">Team training</h3>
<p id="text11" class="style2">On the first Monday of every month we close at 1pm so the whole team can train
together. Morning appointments and walk-ins run as normal.</p>
<h3 id="text12" class="style5">Bank holidays</h3>
<p id="text13" class="style2">We're closed on every bank holiday Monday, including Easter Monday, both May bank
holidays and the August bank holiday. We're open on Good Friday, 9am to 4pm.</p>
<h3 id="text14" class="style5">Christmas &amp; New Year</h3>
<p id="text15" class="style2">The week before Christmas we open late every evening until 8pm and open on the
Sunday before Christmas from 10am to 3pm, appointments only. On Christmas Eve we're open 8am to 2pm. We close
from Christmas Day up to and including New Year's Day and we're back on 2 January. Any other closures (holidays,
refits) go on our Instagram first.</p>
</div></div></div>"""

_FIND_US = """<div id="container08" class="style1 container default">
<div class="wrapper"><div class="inner" data-onvisible-trigger="1">
<h2 id="text07" class="style2">Find Us</h2>
<p id="text08" class="style3"><svg class="icon"><use xlink:href="#icon-pin"></use></svg> 9 Church Street,
Oakham, Rutland LE15 6AG. We're the dark green shopfront with the gold lettering, between the Buttercross end
of the Market Place and All Saints' Church.</p>
<div id="embed10" class="style1 embed map"><iframe title="Map" src="about:blank" width="100%" height="320"
 loading="lazy"></iframe></div>
<h3 id="text09" class="style5">Parking</h3>
<p id="text10" class="style2">There's no parking on Church Street itself; it's loading only and the wardens are
keen. The nearest car park is South Street pay and display, about two minutes' walk away. It's fine most of the
week, but on market days (Wednesday and Saturday) it's usually full by ten. On those days head straight for the
Westgate long stay car park, a five-minute walk along the High Street, which nearly always has spaces. Both car
parks take card and the council's parking app.</p>
<h3 id="text11" class="style5">By train and bus</h3>
<p id="text12" class="style2">Oakham station is about six minutes' walk: turn right out of the station onto
Station Road, keep straight on to the High Street, then left past the Market Place. Buses from Melton Mowbray,
Stamford, Uppingham and Corby stop on John Street, around four minutes from the shop.</p>
<h3 id="text13" class="style5">Cycling</h3>
<p id="text14" class="style2">Coming round Rutland Water? There's a bike rack right outside the church gate,
and you're welcome to bring panniers and helmets into the shop.</p>
<h3 id="text15" class="style5">Get in touch</h3>
<p id="text16" class="style2">Phone <a href="tel:01572724318">01572 724318</a> or email
<a href="mailto:hello@kestrelbarbers.co.uk">hello@kestrelbarbers.co.uk</a>. We answer emails within one working
day; for anything today, ring.</p>
</div></div></div>"""

_ACCESS = """<div id="container08" class="style1 container default">
<div class="wrapper"><div class="inner" data-onvisible-trigger="1">
<h2 id="text07" class="style2">Accessibility</h2>
<p id="text08" class="style3">It's an old building, but we've done what we can to make sure everyone can get a
good haircut here. If something below doesn't cover what you need, ring us and we'll work it out together.</p>
<h3 id="text09" class="style5">Getting in</h3>
<p id="text10" class="style2">There's one small step at the front door. We have a portable ramp: press the
doorbell at wheelchair height on the right of the door, or ring us from outside, and we'll put it down for you.
The doorway is 90cm wide and the barbershop floor is all on one level.</p>
<h3 id="text11" class="style5">In the chair</h3>
<p id="text12" class="style2">If you use a wheelchair, you don't have to transfer. Our end station has a
removable barber's chair, so we can cut your hair while you stay in your own chair, and the basin there tilts
for washes. Any of our barbers can do this; just mention it when you book so we keep that station free.</p>
<h3 id="text13" class="style5">The beauty room</h3>
<p id="text14" class="style2">The beauty room is upstairs, up 14 steps with a handrail on one side, and there
is no lift. If stairs are a problem, Jess can do brow, nose and ear waxing downstairs in the private back room.
Facials and body waxing need the treatment couch, so they can only be done upstairs.</p>
<h3 id="text15" class="style5">Blue Badge parking</h3>
<p id="text16" class="style2">Blue Badge holders can park on the double yellow lines on Church Street for up to
three hours as long as they're not causing an obstruction, and there are two disabled bays in the Market Place.</p>
<h3 id="text17" class="style5">Other things that might help</h3>
<p id="text18" class="style2">We have a hearing loop at the counter and we're happy to write things down. A large
print price list is kept at the till. The waiting chairs all have arms to help you get up. Carers and
companions are always welcome to come in and sit with you. Our customer toilet is up a narrow corridor and
isn't wheelchair accessible; the nearest accessible public toilet is in the South Street car park and uses a
RADAR key.</p>
</div></div></div>"""

_AFTERCARE = """<div id="container08" class="style1 container default">
<div class="wrapper"><div class="inner" data-onvisible-trigger="1">
<h2 id="text07" class="style2">Aftercare &amp; Products</h2>
<h3 id="text08" class="style5">After a fade or razor line-up</h3>
<p id="text09" class="style2">Some people get red bumps or a rash on the neck and around the ears a day or two
after a skin fade or a razor neckline. It's usually razor bumps, or irritation from hairs curling back into the
skin. Don't pick or scratch them. Rinse with cool water, pat dry and use a little witch hazel or a tea tree
toner twice a day, and don't shave the area yourself until it has settled. Most clear up within a few days. If
they're still there after a week, get worse, or fill with pus, see a pharmacist or your GP. Next time, tell your
barber: we can leave a #0.5 instead of going right down to the skin with the foil shaver.</p>
<h3 id="text10" class="style5">After a hot towel shave</h3>
<p id="text11" class="style2">Skip alcohol-based aftershave for 24 hours; use a balm instead. Your skin is
freshly exfoliated, so put on SPF if you're going to be out in the sun.</p>
<h3 id="text12" class="style5">After waxing</h3>
<p id="text13" class="style2">No gym, sauna, swimming or very hot showers for 24 hours, and no fake tan or
sunbeds for 48 hours. From the third day, exfoliate gently a couple of times a week to stop ingrown hairs.</p>
<h3 id="text14" class="style5">After a facial</h3>
<p id="text15" class="style2">Avoid scrubs, acids and retinol for 48 hours and drink plenty of water. A bit of
redness for an hour or two is normal.</p>
<h3 id="text16" class="style5">What we stock</h3>
<div id="embed11" class="style1 embed"><table class="prices">
<tr><th>Product</th><th>Price</th></tr>
<tr><td>Reuzel pomades (pink, blue, green)</td><td>£17</td></tr>
<tr><td>Uppercut Deluxe matt clay</td><td>£16</td></tr>
<tr><td>Captain Fawcett beard oil</td><td>£22</td></tr>
<tr><td>Kestrel &amp; Co. beard balm (made in Rutland)</td><td>£12</td></tr>
<tr><td>Proraso shaving cream</td><td>£7</td></tr>
<tr><td>American Crew daily shampoo</td><td>£14</td></tr>
</table></div>
<p id="text17" class="style2">Ask your barber to show you how much to use. Nine times out of ten the answer is
&ldquo;less than you think&rdquo;.</p>
</div></div></div>"""

_FAQ = """<div id="container08" class="style1 container default">
<div class="wrapper"><div class="inner" data-onvisible-trigger="1">
<h2 id="text07" class="style2">Frequently Asked Questions</h2>
<div id="container09" class="style1 container default faq"><div class="wrapper"><div class="inner">
<p id="text08" class="style4"><strong>How can I pay?</strong></p>
<p id="text09" class="style2">Cash, Visa and Mastercard debit or credit cards, contactless, Apple Pay and Google
Pay. Sorry, we don't accept American Express or cheques.</p>
<p id="text10" class="style4"><strong>Should I tip?</strong></p>
<p id="text11" class="style2">It's never expected. If you'd like to, tips added on the card machine go straight
to your barber in full.</p>
<p id="text12" class="style4"><strong>Do you wash hair?</strong></p>
<p id="text13" class="style2">Not as standard: we damp your hair with a water spray before cutting. If you want a
proper wash and hot towel, add it when you book or just ask.</p>
<p id="text14" class="style4"><strong>How long does a haircut take?</strong></p>
<p id="text15" class="style2">Around 30 minutes for most cuts and 45 for a skin fade.</p>
<p id="text16" class="style4"><strong>How often should I come in?</strong></p>
<p id="text17" class="style2">Every two to three weeks to keep a skin fade sharp; every four to six weeks for
longer, scissor-cut styles.</p>
<p id="text18" class="style4"><strong>Can I bring a photo?</strong></p>
<p id="text19" class="style2">Please do. It's the fastest way to show us what you mean.</p>
<p id="text20" class="style4"><strong>Do you cut women's hair?</strong></p>
<p id="text21" class="style2">Yes, short styles: pixie cuts, crops, undercuts and clipper work, at the normal
haircut prices. We don't do long ladies' styles, blow-dries or perms.</p>
<p id="text22" class="style4"><strong>Can I bring my dog?</strong></p>
<p id="text23" class="style2">Well-behaved dogs on a lead are very welcome in the barbershop, and there's a
water bowl by the door. Only assistance dogs can go up to the beauty room.</p>
<p id="text24" class="style4"><strong>Is there Wi-Fi?</strong></p>
<p id="text25" class="style2">Yes, it's free. The password is on the mirror by the coat hooks.</p>
<p id="text26" class="style4"><strong>Do you do drinks?</strong></p>
<p id="text27" class="style2">Tea, coffee and squash for the kids any time. On Thursday late nights, over 18s
get a bottle of Grainstore ale from the brewery down the road, on the house.</p>
<p id="text28" class="style4"><strong>Can I bring the kids while I have my cut?</strong></p>
<p id="text29" class="style2">Of course, as long as they're happy to sit with the tablet for half an hour.</p>
</div></div></div>
</div></div></div>"""

HTML = {
    "/": _page(
        "Barbers in Oakham, Rutland",
        "Independent barbershop and men's grooming room on Church Street, Oakham.",
        _HOME,
        reviews=True,
    ),
    "/barbering/": _page(
        "Haircuts",
        "Skin fades, classic cuts, curly and Afro-textured hair and designs.",
        _BARBERING,
        sidebar=True,
    ),
    "/beards-and-shaves/": _page(
        "Beards & Shaves",
        "Beard trims, shaping and the traditional hot towel shave.",
        _BEARDS,
        sidebar=True,
        reviews=True,
    ),
    "/kids/": _page("Kids' Cuts", "First haircuts, Quiet Cuts and kids' cuts in Oakham.", _KIDS, reviews=True),
    "/hair-systems/": _page(
        "Hair Systems", "Discreet non-surgical hair replacement in Rutland.", _HAIR_SYSTEMS, sidebar=True
    ),
    "/grey-blending/": _page("Grey Blending", "Natural-looking grey blending for hair and beards.", _GREY),
    "/beauty-room/": _page("Beauty Room", "Facials, brow, nose and ear waxing and body waxing.", _BEAUTY, sidebar=True),
    "/prices/": _page("Prices", "Our full barbershop price list.", _PRICES),
    "/walk-ins-and-booking/": _page(
        "Walk-ins & Booking", "When you can walk in and how to book.", _WALKINS, sidebar=True
    ),
    "/late-arrivals-no-shows/": _page(
        "Late Arrivals & No-shows", "Our late arrival, cancellation and no-show policy.", _LATE
    ),
    "/loyalty-and-vouchers/": _page(
        "Loyalty Card & Gift Vouchers", "The Kestrel Card and gift vouchers.", _LOYALTY, reviews=True
    ),
    "/student-and-pensioner-days/": _page(
        "Student & Pensioner Days", "Student Tuesdays, pensioners' Wednesdays and forces discount.", _OFFERS
    ),
    "/team/": _page("The Team", "Meet the barbers and beauty therapist at Kestrel & Co.", _TEAM, reviews=True),
    "/opening-times/": _page("Opening Times", "Barbershop and beauty room opening hours.", _HOURS, sidebar=True),
    "/find-us/": _page("Find Us", "Where we are in Oakham and where to park.", _FIND_US),
    "/accessibility/": _page("Accessibility", "Access information for Kestrel & Co. Barbers.", _ACCESS),
    "/aftercare/": _page(
        "Aftercare & Products", "Looking after your skin and hair after your visit.", _AFTERCARE, sidebar=True
    ),
    "/faq/": _page("FAQ", "Answers to the questions we get asked most.", _FAQ, sidebar=True),
}

QUESTIONS = [
    ("how much for a skin fade and a beard tidy together", "/prices/"),
    (
        "Never had a proper wet shave with a cut throat razor before, what actually happens and how long will I be "
        "in the chair?",
        "/beards-and-shaves/",
    ),
    (
        "My lad's school has sent a letter home about nits going round, will you still cut his hair if he's got them?",
        "/kids/",
    ),
    ("Can I bring my 1 year old in for his very first haircut? Do you do anything so we can remember it", "/kids/"),
    (
        "I'm thinning quite badly on top and honestly a bit embarrassed about it. Is there a way to come in about the "
        "hair replacement thing without sitting in the main shop with everyone?",
        "/hair-systems/",
    ),
    (
        "how often do you have to go back in with a hairpiece to get it redone, and what does that cost?",
        "/hair-systems/",
    ),
    (
        "My wife reckons all this grey makes me look old. Can you take some of it out without it looking like I've "
        "dyed it?",
        "/grey-blending/",
    ),
    ("Do I have to come in before for some kind of test if I want my beard coloured?", "/grey-blending/"),
    ("my nostril hair is getting out of control lol do you wax noses and how much is it", "/beauty-room/"),
    ("Can I just turn up on a Saturday or do I need to book?", "/walk-ins-and-booking/"),
    (
        "If there's a queue when I get there can I leave my name and go round the market and come back?",
        "/walk-ins-and-booking/",
    ),
    (
        "Stuck in roadworks on the A606, going to be about 20 mins late for my 2 o'clock. Will you still fit me in?",
        "/late-arrivals-no-shows/",
    ),
    ("What happens if I completely forget my appointment, do you charge?", "/late-arrivals-no-shows/"),
    (
        "Want to treat my dad to a shave for his birthday but he lives in Norfolk, can you post something to him?",
        "/loyalty-and-vouchers/",
    ),
    ("lost my stamp card and I had 6 stamps on it, gutted. can you replace it", "/loyalty-and-vouchers/"),
    ("im at college in melton, do you do money off for students", "/student-and-pensioner-days/"),
    ("My grandad's 78, is there a cheaper day for pensioners?", "/student-and-pensioner-days/"),
    ("Anyone training there who needs people to practise on? Looking for a cheap cut", "/team/"),
    ("Are you open on the May bank holiday?", "/opening-times/"),
    ("Where's best to park? I'm driving over from Melton on Saturday morning", "/find-us/"),
    (
        "My husband's in a wheelchair. Is there a step to get in, and will he have to get out of it for the haircut?",
        "/accessibility/",
    ),
    ("do you take amex", "/faq/"),
    ("Is it alright if I bring my spaniel in with me while I get my hair cut?", "/faq/"),
    ("Got loads of little red bumps on my neck since my fade on Friday, what should I do?", "/aftercare/"),
    (
        "Do your barbers know how to cut afro hair? My son is mixed race and the last place absolutely butchered it",
        "/barbering/",
    ),
]

OUT_OF_SCOPE = [
    "Do you do ear piercing?",
    "My dad's in a care home and can't get out any more, could one of you come and cut his hair there?",
    "Are you looking for any barbers at the moment? I'm fully qualified and after a chair",
    "Does your beauty lady do lash lifts or eyelash tints?",
    "Is there a cash machine near the shop?",
    "Do you do scalp micropigmentation, the tattoo thing for bald heads?",
    "Can you recommend a decent curry house in Oakham?",
    "What's the weather meant to be like tomorrow?",
]
