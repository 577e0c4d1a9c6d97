"""An evaluation site: The Old Forge Hair & Beauty, a village hair salon and beauty room (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. A classic Weebly-style site built from
wsite-* section wraps, content titles, paragraph blocks and multicolumn tables, with a nav-menu and an FAQ
written as bold questions in paragraph blocks.
"""

NAME = "The Old Forge Hair & Beauty"

_SITE = "The Old Forge Hair &amp; Beauty"
_PHONE = "01249 782415"
_TEL = "tel:01249782415"

# (path, label, children) - the nav-menu, every page appears in it.
_MENU = [
    ("/", "Home", []),
    (
        "/ladies-hair/",
        "Hair",
        [
            ("/ladies-hair/", "Ladies' Cuts &amp; Styling"),
            ("/mens-and-childrens/", "Men's &amp; Children's Cuts"),
            ("/colour/", "Colour &amp; Foils"),
            ("/perms-and-treatments/", "Perms, Sets &amp; Treatments"),
            ("/weddings-and-prom/", "Wedding &amp; Prom Hair"),
        ],
    ),
    (
        "/beauty-room/",
        "Beauty Room",
        [
            ("/beauty-room/", "Facials, Lashes &amp; Brows"),
            ("/spray-tans/", "Spray Tans"),
            ("/waxing/", "Waxing"),
            ("/nails/", "Nails"),
        ],
    ),
    ("/home-visits/", "Home Visits", []),
    ("/oap-prices/", "OAP Prices", []),
    ("/patch-tests/", "Patch Tests", []),
    ("/booking/", "Booking", []),
    ("/prices-and-payment/", "Prices &amp; Payment", []),
    (
        "/meet-the-team/",
        "About",
        [
            ("/meet-the-team/", "Meet the Team"),
            ("/find-us/", "Find Us &amp; Parking"),
            ("/faq/", "FAQs"),
        ],
    ),
]


def _nav(current):
    items = []
    for path, label, children in _MENU:
        paths = {path} | {p for p, _ in children}
        active = ' id="active"' if current in paths else ""
        li = [f'<li{active} class="wsite-menu-item-wrap">']
        li.append(f'  <a href="{path}" class="wsite-menu-item">{label}</a>')
        if children:
            li.append('  <div class="wsite-menu-wrap" style="display:none">')
            li.append('    <ul class="wsite-menu">')
            for cpath, clabel in children:
                li.append(
                    f'      <li class="wsite-menu-subitem-wrap"><a href="{cpath}" class="wsite-menu-subitem">'
                    f'<span class="wsite-menu-title">{clabel}</span></a></li>'
                )
            li.append("    </ul>")
            li.append("  </div>")
        li.append("</li>")
        items.append("\n".join(li))
    return "\n".join(items)


def _section(inner, bg="wsite-background-12", title=None):
    heading = f'<h2 class="wsite-content-title">{title}</h2>\n' if title else ""
    return f"""<div class="wsite-section-wrap">
<div class="wsite-section wsite-body-section {bg}">
<div class="wsite-section-content">
<div class="container">
<div class="wsite-section-elements">
{heading}{inner}
</div>
</div>
</div>
</div>
</div>"""


def _cols(*cols):
    width = round(100 / len(cols), 3)
    tds = "\n".join(
        f'<td class="wsite-multicol-col" style="width:{width}%; padding:0 15px;">\n{c}\n</td>' for c in cols
    )
    return f"""<div><div class="wsite-multicol"><div class="wsite-multicol-table-wrap" style="margin:0 -15px;">
<table class="wsite-multicol-table">
<tbody class="wsite-multicol-tbody">
<tr class="wsite-multicol-tr">
{tds}
</tr>
</tbody>
</table>
</div></div></div>"""


def _with_sidebar(main, side):
    return f"""<div><div class="wsite-multicol"><div class="wsite-multicol-table-wrap" style="margin:0 -15px;">
<table class="wsite-multicol-table">
<tbody class="wsite-multicol-tbody">
<tr class="wsite-multicol-tr">
<td class="wsite-multicol-col" style="width:68%; padding:0 15px;">
{main}
</td>
<td class="wsite-multicol-col" style="width:32%; padding:0 15px;">
<div class="sidebar-widget">
{side}
</div>
</td>
</tr>
</tbody>
</table>
</div></div></div>"""


def _button(label="Call to Book", href=_TEL):
    return f"""<div style="text-align:center;"><div style="height: 10px; overflow: hidden;"></div>
<a class="wsite-button wsite-button-large wsite-button-highlight" href="{href}">
<span class="wsite-button-inner">{label}</span></a>
<div style="height: 10px; overflow: hidden;"></div></div>"""


def _image(name, alt):
    return f"""<div><div class="wsite-image wsite-image-border-none" style="padding-top:10px;padding-bottom:10px;">
<a><img src="/uploads/1/3/0/7/130752218/{name}" alt="{alt}" style="width:auto;max-width:100%"></a>
<div style="display:block;font-size:90%"></div>
</div></div>"""


_SIDE_BOOK = f"""<h2 class="wsite-content-title"><font size="4">Book by phone</font></h2>
<div class="paragraph">Give us a ring on <a href="{_TEL}"><strong>{_PHONE}</strong></a>.<br>
<a href="/booking/">How booking works</a><br><a href="/prices-and-payment/">Prices &amp; payment</a><br>
<a href="/patch-tests/">Patch tests</a></div>
<div class="wsite-spacer" style="height:20px;"></div>
<h2 class="wsite-content-title"><font size="4">Follow us</font></h2>
<div class="paragraph">See our latest colours and bridal work on
<a href="https://www.facebook.com/oldforgehairbeauty" target="_blank">Facebook</a> and
<a href="https://www.instagram.com/oldforge_hair" target="_blank">Instagram</a>.</div>"""

_REVIEWS = """<h2 class="wsite-content-title" style="text-align:center;">Kind words from our clients</h2>
""" + _cols(
    """<div class="paragraph" style="text-align:center;"><em>&ldquo;Been coming to Karen for nearly twenty
years and wouldn't go anywhere else. Always a laugh and a cuppa.&rdquo;</em><br>
<strong>&ndash; Margaret H., Ashbury St Giles</strong></div>""",
    """<div class="paragraph" style="text-align:center;"><em>&ldquo;Jodie did my balayage and I've never had
so many compliments. Lovely relaxed little salon.&rdquo;</em><br><strong>&ndash; Becky T., Biddestone</strong></div>""",
    """<div class="paragraph" style="text-align:center;"><em>&ldquo;Leanne's spray tans are the best I've had,
no streaks, no orange. Booked again for my holiday.&rdquo;</em><br><strong>&ndash; Chloe P., Corsham</strong></div>""",
)


_FOOTER_COLS = _cols(
    f"""<h2 class="wsite-content-title"><font size="4">{_SITE}</font></h2>
<div class="paragraph">4 Church Street<br>Ashbury St Giles<br>Wiltshire SN14 7QX</div>""",
    f"""<h2 class="wsite-content-title"><font size="4">Contact</font></h2>
<div class="paragraph">Tel: <a href="{_TEL}">{_PHONE}</a><br>
Open Tuesday &ndash; Saturday<br>Closed Sunday &amp; Monday</div>""",
    """<h2 class="wsite-content-title"><font size="4">Follow us</font></h2>
<div class="paragraph"><span class="wsite-social wsite-social-default">
<a class="first-child wsite-social-item wsite-social-facebook" href="https://www.facebook.com/oldforgehairbeauty"
target="_blank"><span class="wsite-social-item-inner">Facebook</span></a>
<a class="last-child wsite-social-item wsite-social-instagram" href="https://www.instagram.com/oldforge_hair"
target="_blank"><span class="wsite-social-item-inner">Instagram</span></a></span></div>""",
)


def _page(path, title, description, banner, body, banner_sub=""):
    sub = f"<p>{banner_sub}</p>" if banner_sub else ""
    slug = path.strip("/").replace("/", "-") or "index"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<title>{title} | {_SITE}</title>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{description}">
<meta name="keywords" content="hairdresser, beauty, Ashbury St Giles, Wiltshire, salon, Corsham, Chippenham">
<meta property="og:site_name" content="{_SITE}">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{description}">
<meta property="og:image" content="/uploads/1/3/0/7/130752218/old-forge-front_orig.jpg">
<link id="wsite-base-style" rel="stylesheet" type="text/css" href="/css/sites.css?buildTime=1712345678">
<link rel="stylesheet" type="text/css" href="/css/old/fancybox.css?1712345678">
<link rel="stylesheet" type="text/css" href="/css/social-icons.css?buildtime=1712345678" media="screen,projection">
<link rel="stylesheet" type="text/css" href="/files/main_style.css?1712349999" title="wsite-theme-css">
<link href="/fonts/Lato/font.css?2" rel="stylesheet" type="text/css">
<link href="/fonts/Playfair_Display/font.css?2" rel="stylesheet" type="text/css">
<script>
window._wsa = window._wsa || [];
_wsa.push(["init", "WS-130752218"]);
_wsa.push(["page", "{path}"]);
</script>
</head>
<body class="header-page wsite-theme-light wsite-page-{slug}">
<div class="wrapper">
<div class="birdseye-header">
<div class="nav-wrap">
<div class="container">
<div class="logo"><span class="wsite-logo">
<a href="/"><img src="/uploads/1/3/0/7/130752218/old-forge-logo.png" alt="{_SITE}"></a>
</span></div>
<div class="header-phone"><a href="{_TEL}">{_PHONE}</a></div>
<div class="nav desktop-nav">
<ul class="wsite-menu-default nav-menu">
{_nav(path)}
</ul>
</div>
<label class="hamburger"><span></span></label>
</div>
</div>
<div class="banner-wrap">
<div class="container">
<div class="banner">
<h2><span class="wsite-text wsite-headline">{banner}</span></h2>
{sub}
<div style="text-align:center;"><a class="wsite-button wsite-button-large wsite-button-highlight"
href="{_TEL}"><span class="wsite-button-inner">Book Now &ndash; {_PHONE}</span></a></div>
</div>
</div>
</div>
</div>
<div class="main-wrap">
<div id="wsite-content" class="wsite-elements wsite-not-footer">
{body}
</div>
</div>
<div class="footer-wrap">
<div class="container">
<div class="footer">
<div class="wsite-elements wsite-footer">
{_FOOTER_COLS}
<div class="paragraph" style="text-align:center;"><font size="2">&copy; 2024 The Old Forge Hair &amp; Beauty.
All rights reserved. <a href="/faq/">FAQs</a> &middot; <a href="/find-us/">Find us</a></font></div>
</div>
</div>
</div>
</div>
<div id="cookie-notice" class="cookie-banner wsite-cookie-notice">
<div class="paragraph">This website uses cookies to give you the best experience and to count visitors.
By continuing to browse you agree to our use of cookies.
<a href="#" class="wsite-button wsite-button-small"><span class="wsite-button-inner">OK, got it</span></a></div>
</div>
</div>
<div id="footer-credit" class="footer-credit">Powered by Weebly</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------------------------

_HOME = (
    _section(
        _cols(
            _image("old-forge-front_orig.jpg", "The Old Forge salon on Church Street"),
            """<h2 class="wsite-content-title">Welcome to The Old Forge</h2>
<div class="paragraph">Tucked into the old blacksmith's forge on Church Street, The Old Forge has been the
village salon in Ashbury St Giles since 2004. Karen opened it with one chair and a kettle, and these days
there are two stylists and a beautician, but it is still the same friendly little place where everybody
knows your name and the kettle is always on.<br><br>
We do hair for the whole family &ndash; ladies, gents and children &ndash; from a quick trim to a complete
restyle, colour and foils, traditional perms and shampoo &amp; sets, and hair up for weddings and proms.
Through the back is our cosy <a href="/beauty-room/">beauty room</a> for facials, spray tans, waxing and
nails. And for anyone who can't get out, Karen still does <a href="/home-visits/">home visits</a>.</div>""",
        ),
        bg="wsite-background-12",
    )
    + "\n"
    + _section(
        _cols(
            """<h2 class="wsite-content-title">Opening Hours</h2>
<div class="paragraph"><table class="hours-table" style="width:100%">
<tr><td><strong>Monday</strong></td><td>Salon closed (home visits only)</td></tr>
<tr><td><strong>Tuesday</strong></td><td>9.00am &ndash; 5.30pm</td></tr>
<tr><td><strong>Wednesday</strong></td><td>9.00am &ndash; 5.30pm</td></tr>
<tr><td><strong>Thursday</strong></td><td>9.00am &ndash; 8.00pm (late night)</td></tr>
<tr><td><strong>Friday</strong></td><td>9.00am &ndash; 5.30pm</td></tr>
<tr><td><strong>Saturday</strong></td><td>8.30am &ndash; 2.00pm</td></tr>
<tr><td><strong>Sunday</strong></td><td>Closed</td></tr>
</table></div>""",
            """<h2 class="wsite-content-title">Good to know</h2>
<div class="paragraph">Thursday is our late night, so if you work in town you can still get in after work:
the last cut is booked at 7.15pm and the last colour at 6pm, because colours take a while.<br><br>
We close on bank holidays. In the run-up to Christmas we open a few extra evenings &ndash; keep an eye on
our Facebook page from November for the dates.<br><br>
The beauty room keeps slightly different days to the salon, so have a look at the
<a href="/beauty-room/">beauty room</a> page before you ring.</div>""",
        ),
        bg="wsite-background-18",
    )
    + "\n"
    + _section(
        _cols(
            """<h2 class="wsite-content-title"><font size="4">Hair</font></h2>
<div class="paragraph">Cuts, blow-dries, colour, perms and sets.<br>
<a href="/ladies-hair/">Ladies</a> &middot; <a href="/mens-and-childrens/">Men &amp; children</a> &middot;
<a href="/colour/">Colour</a></div>""",
            """<h2 class="wsite-content-title"><font size="4">Beauty Room</font></h2>
<div class="paragraph">Facials, tans, waxing and nails with Leanne.<br>
<a href="/spray-tans/">Spray tans</a> &middot; <a href="/waxing/">Waxing</a> &middot;
<a href="/nails/">Nails</a></div>""",
            """<h2 class="wsite-content-title"><font size="4">Special Occasions</font></h2>
<div class="paragraph">Brides, bridesmaids and prom nights.<br>
<a href="/weddings-and-prom/">Wedding &amp; prom hair</a></div>""",
        )
        + "\n"
        + _button("Ring to Book an Appointment"),
        bg="wsite-background-12",
    )
    + "\n"
    + _section(_REVIEWS, bg="wsite-background-18")
)

_LADIES = _section(
    _with_sidebar(
        """<div class="paragraph">Whether you want your usual tidy-up or you have brought in a photo of
something completely different, every ladies' appointment starts with a proper chat about your hair, how
you wear it day to day and how much time you want to spend on it in the morning. Every cut includes a
relaxing wash and conditioning treatment at the basin and a finish with your stylist.<br><br>
Longer and thicker hair takes longer to wash, cut and dry, so some prices go up for hair that is past the
shoulders. If you are not sure which price applies, just ask when you ring.</div>
<h2 class="wsite-content-title"><font size="4">Ladies' Price List</font></h2>
<div class="wcustomhtml"><table class="price-table" style="width:100%">
<tr><th style="text-align:left">Service</th><th>Short / shoulder length</th><th>Below the shoulders</th></tr>
<tr><td>Wash, cut &amp; blow-dry</td><td>&pound;34</td><td>&pound;39</td></tr>
<tr><td>Restyle (big change of style)</td><td>&pound;42</td><td>&pound;46</td></tr>
<tr><td>Wash &amp; blow-dry</td><td>&pound;22</td><td>&pound;26</td></tr>
<tr><td>Dry cut or wet trim (no blow-dry)</td><td>&pound;20</td><td>&pound;22</td></tr>
<tr><td>Straightening or tonging finish</td><td>+&pound;6</td><td>+&pound;8</td></tr>
<tr><td>Occasion hair up (not wedding)</td><td colspan="2">from &pound;35</td></tr>
</table></div>
<div class="paragraph">Fringe trims are free between appointments for regular clients &ndash; just pop in
when the salon isn't too busy.<br><br>
Are you 65 or over? Have a look at our <a href="/oap-prices/">OAP prices</a> page.
Hair up for a wedding or prom is on the <a href="/weddings-and-prom/">wedding &amp; prom</a> page.</div>""",
        _SIDE_BOOK,
    )
    + "\n"
    + _button(),
    title="Ladies' Cuts &amp; Styling",
)

_MENS = _section(
    _with_sidebar(
        """<div class="paragraph">Gents are very welcome at The Old Forge. No fuss, no waiting around: a
proper gents' cut with scissors or clippers, finished with a neck shave with the cut-throat razor if
you'd like it. Jodie has done barbering training and is happy doing skin fades and modern textured cuts as
well as the traditional short back and sides.</div>
<h2 class="wsite-content-title"><font size="4">Gents</font></h2>
<div class="wcustomhtml"><table class="price-table" style="width:100%">
<tr><td>Gents' cut (short back and sides, scissor or clipper cut)</td><td>&pound;16</td></tr>
<tr><td>Gents' wash &amp; cut</td><td>&pound;19</td></tr>
<tr><td>Clipper cut all over, one grade</td><td>&pound;12</td></tr>
<tr><td>Skin fade</td><td>&pound;20</td></tr>
<tr><td>Beard trim &amp; shape up</td><td>&pound;8</td></tr>
<tr><td>Cut and beard trim together</td><td>&pound;22</td></tr>
</table></div>
<h2 class="wsite-content-title"><font size="4">Children</font></h2>
<div class="paragraph">We love doing little ones' hair, including the very first haircut. Nervous toddlers
can sit on mum, dad or grandma's lap rather than in the big chair, we have a booster seat and a box of toys,
and we never rush them &ndash; if it takes a few breaks and a biscuit, that's fine by us. For a first cut we
give you a little certificate and a lock of hair in an envelope to keep.<br><br>
Early morning appointments tend to work best for toddlers, before they get tired.</div>
<div class="wcustomhtml"><table class="price-table" style="width:100%">
<tr><td>Under 5s (any cut)</td><td>&pound;9</td></tr>
<tr><td>Boys aged 5 &ndash; 11</td><td>&pound;11</td></tr>
<tr><td>Girls aged 5 &ndash; 11, wet cut</td><td>&pound;14</td></tr>
<tr><td>Teenagers 12 &ndash; 16</td><td>ladies' or gents' price less &pound;4</td></tr>
</table></div>""",
        _SIDE_BOOK,
    )
    + "\n"
    + _button(),
    title="Men's &amp; Children's Cuts",
)

_COLOUR = _section(
    _with_sidebar(
        """<div class="paragraph">Colour is Jodie's speciality, and Karen has been colouring hair for over
thirty years, so whether you fancy a complete change or just want to look a bit brighter, you're in safe
hands. We use Wella Professionals colour. <strong>Please read our <a href="/patch-tests/">patch tests</a> page
before booking any colour.</strong></div>
<h2 class="wsite-content-title"><font size="4">Going grey?</font></h2>
<div class="paragraph">Not everyone wants to be tied to a full permanent tint every four weeks. If you'd like
to soften your greys rather than cover them completely, we recommend a <strong>grey blending gloss</strong>:
a demi-permanent colour that tones down the grey so it blends in with your natural shade. There is no hard
regrowth line, it fades gently over six to eight weeks, and it costs &pound;38 including a blow-dry.
Some clients also have a few fine lowlights through it for a more natural, multi-tonal look.</div>
<h2 class="wsite-content-title"><font size="4">Colour Prices</font></h2>
<div class="wcustomhtml"><table class="price-table" style="width:100%">
<tr><td>Root tint (regrowth up to 2cm) with blow-dry</td><td>&pound;44</td></tr>
<tr><td>Full head permanent tint with blow-dry</td><td>from &pound;55</td></tr>
<tr><td>Grey blending gloss with blow-dry</td><td>&pound;38</td></tr>
<tr><td>T-section foils (parting and hairline)</td><td>&pound;45</td></tr>
<tr><td>Half head foils</td><td>&pound;62</td></tr>
<tr><td>Full head foils</td><td>&pound;80</td></tr>
<tr><td>Balayage / hand-painted</td><td>from &pound;95</td></tr>
<tr><td>Toner (on its own or added)</td><td>&pound;15</td></tr>
<tr><td>Colour correction</td><td>by consultation</td></tr>
</table></div>
<div class="paragraph">Colour prices include the blow-dry but not a cut; add a cut for &pound;14.
Please allow around an hour and a half for a root tint, two and a half to three hours for a full head of
foils, and up to four hours for balayage.</div>""",
        _SIDE_BOOK,
    )
    + "\n"
    + _button(),
    title="Colour &amp; Foils",
)

_PERMS = _section(
    _with_sidebar(
        """<div class="paragraph">Yes, we still do proper perms! Karen trained in the days when
everybody had one, and she has a loyal band of regulars who come in every three months like clockwork. A
soft modern perm is also lovely for fine, flat hair that won't hold a style, and it makes the mornings much
easier.<br><br>
A perm appointment takes about two to two and a half hours, including a trim and a set or blow-dry. Please
don't wash your hair for 48 hours afterwards so the curl can settle. We'll give you a little aftercare card
with the right shampoo and how to dry it.</div>
<h2 class="wsite-content-title"><font size="4">Perms &amp; Sets</font></h2>
<div class="wcustomhtml"><table class="price-table" style="width:100%">
<tr><td>Traditional perm, trim &amp; set (short hair)</td><td>&pound;58</td></tr>
<tr><td>Perm, trim &amp; set or blow-dry (longer hair)</td><td>&pound;68</td></tr>
<tr><td>Body wave (soft, loose movement)</td><td>&pound;70</td></tr>
<tr><td>Shampoo &amp; set (rollers, under the dryer)</td><td>&pound;17</td></tr>
<tr><td>Shampoo, set &amp; trim</td><td>&pound;27</td></tr>
</table></div>
<h2 class="wsite-content-title"><font size="4">Treatments</font></h2>
<div class="paragraph">Hair feeling dry, brittle or frazzled after too much colour or straightening? Add a
treatment to any appointment:</div>
<div class="wcustomhtml"><table class="price-table" style="width:100%">
<tr><td>Deep conditioning mask (10 minutes under the steamer)</td><td>&pound;10</td></tr>
<tr><td>Bond-building repair treatment</td><td>&pound;18</td></tr>
<tr><td>Scalp treatment &amp; massage</td><td>&pound;12</td></tr>
</table></div>""",
        _SIDE_BOOK,
    )
    + "\n"
    + _button(),
    title="Perms, Sets &amp; Treatments",
)

_WEDDINGS = _section(
    _cols(
        """<div class="paragraph">Karen and Jodie have done hair for hundreds of local brides, from village
church weddings to the big country house venues. We'll make sure you look like yourself, only more so, and
that your hair lasts through the photos and the dancing.<br><br>
<strong>Booking your date.</strong> Popular Saturdays between May and September get snapped up, so most
brides book us six to twelve months ahead. A non-refundable deposit of &pound;50 secures your date and comes
off the final bill.<br><br>
<strong>Your trial.</strong> We recommend booking your hair trial about six to eight weeks before the
wedding. That's close enough that your hair is a similar length to the big day, but leaves time to tweak
things. Bring your headpiece or veil, photos you like, and if you can, a picture of the dress. Trials take
about an hour and a half and are held in the salon.<br><br>
<strong>On the morning.</strong> We can do everybody at the salon, or we travel to you &ndash; home, hotel
or venue. Travel within 10 miles of Ashbury St Giles is free; beyond that it's 45p a mile there and back,
and we go up to 30 miles. Starts before 8am have a &pound;20 early start supplement.</div>""",
        """<h2 class="wsite-content-title"><font size="4">Bridal Prices</font></h2>
<div class="wcustomhtml"><table class="price-table" style="width:100%">
<tr><td>Bridal trial</td><td>&pound;45</td></tr>
<tr><td>Bride on the day</td><td>&pound;80</td></tr>
<tr><td>Bridesmaid</td><td>&pound;42</td></tr>
<tr><td>Mother of the bride or groom</td><td>&pound;38</td></tr>
<tr><td>Flower girl (under 12)</td><td>&pound;18</td></tr>
</table></div>
<h2 class="wsite-content-title"><font size="4">Prom Hair</font></h2>
<div class="paragraph">Prom season runs from the end of May to mid July, and the Friday of each school's
prom books up fast. Up-dos, half up half down and curls are all &pound;35, and we do a free 15 minute
chat beforehand so you can show us your dress and inspiration pictures. Prom hair is done in the salon
only.</div>""",
    )
    + "\n"
    + _button("Ring to Check Your Date"),
    title="Wedding &amp; Prom Hair",
)

_HOME_VISITS = _section(
    _with_sidebar(
        """<div class="paragraph">If getting to the salon has become difficult &ndash; after an operation,
through illness or disability, or simply because you can't get about like you used to &ndash; Karen will come
to you. She has been doing home visits for over twenty years and many of her home clients have been with her
since long before they stopped driving.<br><br>
<strong>When.</strong> Home visits are on Mondays, when the salon is closed, and on Wednesday afternoons.
<br><br>
<strong>Where.</strong> We cover homes within about six miles of the salon, including Ashbury St Giles,
Biddestone, Corsham, Box, Colerne, Lacock, Yatton Keynell and the outskirts of Chippenham. We also visit
residents in care homes and sheltered housing in the same area; please just let the home know we're coming.
<br><br>
<strong>What we can do.</strong> Wash and set, cuts and blow-dries, perms and root tints can all be done at
home. Karen brings her own towels, gown, portable basin and dryer, and all we need is a kitchen chair and a
plug socket. Colours at home still need a <a href="/patch-tests/">patch test</a> first, which Karen can do
on an earlier visit.</div>
<h2 class="wsite-content-title"><font size="4">Home Visit Charges</font></h2>
<div class="paragraph">Home visit clients are charged the normal salon price for their service (or the
<a href="/oap-prices/">OAP price</a> if you're 65 or over) plus a <strong>&pound;6 travel charge</strong>.
If two people at the same address or in the same care home are seen on one visit, the travel charge is
only paid once.<br><br>
Family members are very welcome to book on someone's behalf &ndash; just ring the salon and let us know
about any mobility or health needs so Karen knows what to expect.</div>""",
        _SIDE_BOOK,
    ),
    title="Home Visits",
)

_OAP = _section(
    _with_sidebar(
        """<div class="paragraph">We have looked after the older folk of Ashbury St Giles for twenty years,
and we think they deserve a little something back. If you are 65 or over, you can have reduced OAP prices
on <strong>Tuesdays, Wednesdays and Fridays</strong>, and on Thursdays before 3pm.<br><br>
Please note the OAP prices are <strong>not available on Saturdays</strong> or on Thursday evenings, which
are our busiest times and are kept for people who work during the week. Just mention you're a pensioner
when you book.</div>
<h2 class="wsite-content-title"><font size="4">OAP Price List</font></h2>
<div class="wcustomhtml"><table class="price-table" style="width:100%">
<tr><td>Shampoo &amp; set</td><td>&pound;14</td></tr>
<tr><td>Shampoo, set &amp; trim</td><td>&pound;22</td></tr>
<tr><td>Wash, cut &amp; blow-dry</td><td>&pound;26</td></tr>
<tr><td>Dry cut</td><td>&pound;15</td></tr>
<tr><td>Gents' cut</td><td>&pound;12</td></tr>
<tr><td>Perm, trim &amp; set</td><td>&pound;48</td></tr>
<tr><td>Root tint &amp; set or blow-dry</td><td>&pound;36</td></tr>
<tr><td>Eyebrow tidy (beauty room)</td><td>&pound;7</td></tr>
</table></div>
<div class="paragraph">Many of our OAP clients have a standing weekly or fortnightly appointment. Ask us to
pencil you in for the same time every week and you'll never have to remember to ring.</div>""",
        _SIDE_BOOK,
    )
    + "\n"
    + _button(),
    title="OAP Prices",
)

_BEAUTY = _section(
    _cols(
        _image("beauty-room_orig.jpg", "The beauty room at The Old Forge"),
        """<div class="paragraph">Our beauty room is a calm little space at the back of the salon, well
away from the hairdryers, where Leanne looks after your skin, lashes, brows, nails and tan.<br><br>
<strong>Leanne is in the beauty room on Tuesdays, Thursdays, Fridays and Saturdays.</strong> Beauty
appointments can be booked on those days through the same phone number as the salon.</div>""",
    )
    + "\n"
    + """<h2 class="wsite-content-title"><font size="4">Facials</font></h2>
<div class="paragraph">All of our facials start with a skin consultation so Leanne can choose the right
products for you. If your skin is feeling dry, tight, dull or tired &ndash; after the winter central heating,
for example &ndash; the <strong>Hydrating Glow Facial</strong> is the one we recommend: a double cleanse,
gentle enzyme exfoliation, a hydrating mask, and a long face, neck and shoulder massage to get the
circulation going and leave your skin plump and glowing. Oilier or breakout-prone skin does better with the
purifying facial, which includes extractions.</div>
"""
    + _cols(
        """<div class="wcustomhtml"><table class="price-table" style="width:100%">
<tr><td>Express facial (30 mins)</td><td>&pound;28</td></tr>
<tr><td>Hydrating Glow Facial (60 mins)</td><td>&pound;48</td></tr>
<tr><td>Purifying facial (60 mins)</td><td>&pound;48</td></tr>
<tr><td>Course of three facials</td><td>&pound;130</td></tr>
</table></div>""",
        """<div class="wcustomhtml"><table class="price-table" style="width:100%">
<tr><td>Eyelash tint</td><td>&pound;13</td></tr>
<tr><td>Eyebrow tint</td><td>&pound;9</td></tr>
<tr><td>Eyebrow shape (wax or tweeze)</td><td>&pound;10</td></tr>
<tr><td>Lash tint, brow tint &amp; shape</td><td>&pound;28</td></tr>
</table></div>""",
    )
    + """
<div class="paragraph">Lash and brow tints need a <a href="/patch-tests/">patch test</a> first.
Looking for something else? See <a href="/spray-tans/">spray tans</a>, <a href="/waxing/">waxing</a>
and <a href="/nails/">nails</a>.</div>
"""
    + _button("Book with Leanne"),
    title="The Beauty Room: Facials, Lashes &amp; Brows",
)

_SPRAY = _section(
    _with_sidebar(
        """<div class="paragraph">A natural-looking, streak-free glow in about fifteen minutes. Leanne uses a
vegan, organic tanning solution with a soft olive base, so it develops to a golden colour rather than
orange, and she'll pick the shade to suit your skin.</div>
<div class="wcustomhtml"><table class="price-table" style="width:100%">
<tr><td>Full body spray tan</td><td>&pound;25</td></tr>
<tr><td>Rapid (rinse-off) spray tan</td><td>&pound;28</td></tr>
<tr><td>Bridal party, 3 or more tans booked together</td><td>&pound;22 each</td></tr>
</table></div>
<h2 class="wsite-content-title"><font size="4">When to book</font></h2>
<div class="paragraph">Book your tan one or two days before your holiday or event, so it has fully developed
and had its first rinse but is still at its best. A spray tan lasts around five to seven days.</div>
<h2 class="wsite-content-title"><font size="4">Getting ready</font></h2>
<div class="paragraph">
&bull; Shave or exfoliate at least 24 hours before your tan, and have any waxing done at least 48 hours
before. Shaving or waxing on the day leaves the pores open and the tan can go spotty.<br>
&bull; On the day, come with clean skin: no moisturiser, deodorant, perfume or make-up.<br>
&bull; Wear loose, dark clothing and flip-flops, and bring a bra-free top if you can.<br>
&bull; Disposable briefs and a hair cap are provided.</div>
<h2 class="wsite-content-title"><font size="4">Aftercare</font></h2>
<div class="paragraph">With our classic tan, wait at least 8 hours before your first shower &ndash; ideally
leave it on overnight &ndash; and then just rinse with warm water, no shower gel, and pat dry. With the
rapid tan, you rinse off after 2 hours for a light glow, 3 hours for medium or 4 hours for dark. Until
you've rinsed, avoid exercise, rain and tight clothes. Moisturise every day afterwards to make it last.</div>""",
        _SIDE_BOOK,
    )
    + "\n"
    + _button("Book Your Tan"),
    title="Spray Tans",
)

_WAXING = _section(
    _with_sidebar(
        """<div class="paragraph">Leanne uses a low-temperature hot wax for underarms, bikini line and face,
which grips the hair rather than the skin and is much kinder to sensitive areas, and warm strip wax for
legs and arms. Smooth skin for up to four to six weeks.</div>
<div class="wcustomhtml"><table class="price-table" style="width:100%">
<tr><th style="text-align:left">Area</th><th>Price</th></tr>
<tr><td>Half leg</td><td>&pound;18</td></tr>
<tr><td>Three-quarter leg</td><td>&pound;22</td></tr>
<tr><td>Full leg</td><td>&pound;27</td></tr>
<tr><td>Bikini line</td><td>&pound;12</td></tr>
<tr><td>Extended bikini</td><td>&pound;17</td></tr>
<tr><td>Underarm</td><td>&pound;10</td></tr>
<tr><td>Forearm</td><td>&pound;12</td></tr>
<tr><td>Lip or chin</td><td>&pound;7</td></tr>
<tr><td>Lip and chin</td><td>&pound;12</td></tr>
<tr><td>Full leg, bikini &amp; underarm</td><td>&pound;43</td></tr>
</table></div>
<div class="paragraph">We don't offer Brazilian or Hollywood waxing.</div>
<h2 class="wsite-content-title"><font size="4">Before your wax</font></h2>
<div class="paragraph">The hair needs to be <strong>at least 5mm long</strong> &ndash; about the length of a
grain of rice &ndash; for the wax to grip it. If you usually shave, that means leaving it to grow for two to
three weeks first. Please don't shave in between waxes, and don't use exfoliating scrubs or retinol creams on
the area for a couple of days beforehand.</div>
<h2 class="wsite-content-title"><font size="4">Aftercare</font></h2>
<div class="paragraph">For 24 hours after waxing, avoid hot baths, saunas, the gym, sunbeds, swimming pools
and perfumed products on the area. Start gently exfoliating a few days later to stop ingrowing hairs.</div>""",
        _SIDE_BOOK,
    )
    + "\n"
    + _button(),
    title="Waxing",
)

_NAILS = _section(
    _with_sidebar(
        """<div class="paragraph">From a simple file and polish to a glossy gel set for a special occasion,
Leanne will leave your hands and feet looking and feeling lovely. All our gel polish is HEMA-free, which
makes it much less likely to cause allergies.</div>
<h2 class="wsite-content-title"><font size="4">Hands</font></h2>
<div class="wcustomhtml"><table class="price-table" style="width:100%">
<tr><td>File &amp; polish</td><td>&pound;14</td></tr>
<tr><td>Classic manicure</td><td>&pound;22</td></tr>
<tr><td>Gel polish on hands</td><td>&pound;26</td></tr>
<tr><td>Our gel removed &amp; new gel applied</td><td>&pound;30</td></tr>
<tr><td>Gel removal only</td><td>&pound;8</td></tr>
<tr><td>Nail art</td><td>from &pound;1 a nail</td></tr>
</table></div>
<h2 class="wsite-content-title"><font size="4">Feet</font></h2>
<div class="wcustomhtml"><table class="price-table" style="width:100%">
<tr><td>Luxury pedicure with foot soak, hard skin removal &amp; massage</td><td>&pound;30</td></tr>
<tr><td>Gel polish on toes</td><td>&pound;25</td></tr>
<tr><td>Pedicure with gel polish</td><td>&pound;38</td></tr>
</table></div>
<h2 class="wsite-content-title"><font size="4">How long does gel last?</font></h2>
<div class="paragraph">Gel polish on fingers lasts two to three weeks without chipping, and on toes usually
four to five. Wear gloves for washing up and cleaning, and use cuticle oil daily to keep it looking fresh.
Please never pick or peel gel off, as it takes layers of your nail with it.</div>
<h2 class="wsite-content-title"><font size="4">Gel or shellac from another salon?</font></h2>
<div class="paragraph">No problem. We'll gently soak off gel, shellac or BIAB from another salon and give you
a fresh gel set for &pound;34, which allows for the extra time. We don't do acrylic nails, and we can't soak
off acrylics either.</div>""",
        _SIDE_BOOK,
    )
    + "\n"
    + _button(),
    title="Nails",
)

_PATCH = _section(
    _with_sidebar(
        """<div class="paragraph">Hair colour and lash and brow tints can cause allergic reactions,
occasionally serious ones, and an allergy can develop at any time, even to a colour you've had for years.
So, in line with the manufacturers' instructions and our insurance, we carry out a skin test (also called an
allergy alert test or patch test) before colouring.</div>
<h2 class="wsite-content-title"><font size="4">When do I need one?</font></h2>
<div class="paragraph">
&bull; Before your first colour, lash tint or brow tint with us.<br>
&bull; If you haven't had a colour or tint with us in the last six months.<br>
&bull; If you've had a new tattoo, especially a black henna one, or started new medication.<br>
&bull; Every six months for regular colour clients.<br><br>
We're afraid we can't accept a test done at another salon or at home, even a recent one, and having had
your hair coloured elsewhere without a problem doesn't count. Different brands contain different
ingredients, and our insurance only covers tests we have done ourselves with the product we'll be using.</div>
<h2 class="wsite-content-title"><font size="4">How it works</font></h2>
<div class="paragraph">The test is free and takes five minutes. Pop into the salon any time we're open, at
least <strong>48 hours before</strong> your appointment, and we'll dab a little of the product behind your
ear or inside your elbow. Keep it dry and leave it alone. If you notice redness, itching, swelling or a rash
in the next 48 hours, wash it off and ring us &ndash; we won't go ahead with the colour.<br><br>
If you come to your colour appointment without having had a patch test, we'll only be able to cut and
style, so please plan ahead.</div>
<h2 class="wsite-content-title"><font size="4">Under 16s</font></h2>
<div class="paragraph">We don't use permanent colour on anyone under 16. Teenagers can have a semi-permanent
colour after a patch test, with a parent's permission.</div>""",
        _SIDE_BOOK,
    ),
    title="Patch Tests (Allergy Alert Tests)",
)

_BOOKING = _section(
    _with_sidebar(
        f"""<h2 class="wsite-content-title"><font size="4">Booking by phone</font></h2>
<div class="paragraph">All our appointments are booked by phone on <a href="{_TEL}">{_PHONE}</a>. We don't
have online booking and we're not planning to &ndash; we like to have a quick chat so we book the right
amount of time with the right person, and plenty of our clients prefer it that way too. Facebook and
Instagram messages aren't checked every day, so please don't use them to book or cancel.<br><br>
We're usually busy with clients, so if nobody answers, leave a message with your name, number and what you
would like done, and we'll ring you back the same day (or first thing the next morning if you ring after
4pm). We'll send a text reminder the day before your appointment.</div>
<h2 class="wsite-content-title"><font size="4">New clients</font></h2>
<div class="paragraph">New clients booking a colour are asked for a &pound;20 deposit over the phone when
booking, which comes off the bill on the day. All other appointments don't need a deposit.</div>
<h2 class="wsite-content-title"><font size="4">Running late?</font></h2>
<div class="paragraph">Ring us. If you are more than 15 minutes late we may have to shorten your
appointment or move it so the next client isn't kept waiting.</div>
<h2 class="wsite-content-title"><font size="4">Cancellations</font></h2>
<div class="paragraph">Please give us at least <strong>24 hours' notice</strong> if you need to cancel or
move an appointment, so we can offer the space to someone on our waiting list.<br><br>
&bull; Cancelled with less than 24 hours' notice: we may charge 50% of the appointment.<br>
&bull; No-shows: the full price of the appointment is due before we can book you in again.<br><br>
We're a village salon and we're not heartless. If you or your children are poorly, ring us as soon as you
know &ndash; even on the morning itself &ndash; and we'll waive the late cancellation charge, and please
don't come in with a sickness bug! We only charge when it happens again and again or when people simply
don't turn up.</div>""",
        _SIDE_BOOK,
    ),
    title="Booking &amp; Cancellations",
)

_FIND = _section(
    _cols(
        """<div class="paragraph"><strong>The Old Forge Hair &amp; Beauty</strong><br>4 Church Street,
Ashbury St Giles, Wiltshire SN14 7QX<br><br>
We are in the middle of the village, opposite St Giles' church and next door to the old post office, in
the stone building with the horseshoe over the door. Satnavs sometimes take you down Back Lane, so look out
for the church tower.</div>""",
        _image("map-ashbury_orig.jpg", "Map of Ashbury St Giles showing the salon and the village hall car park"),
    )
    + "\n"
    + """<h2 class="wsite-content-title"><font size="4">Parking</font></h2>
<div class="paragraph">We don't have our own car park. The easiest place to park is the <strong>free car park
behind the village hall on Mill Lane</strong>, about two minutes' walk from the salon: turn left out of the
car park, and we're across the road from the church. It gets busy on Wednesday mornings when the toddler
group and mobile library are on, so allow a few extra minutes then.<br><br>
There's a little on-street parking on Church Street itself, but it's limited to one hour, which isn't long
enough for a colour or a perm. If you have a blue badge or struggle to walk, tell us when you book and
we'll put a cone out to keep the space right outside the door free for you.</div>
<h2 class="wsite-content-title"><font size="4">By bus</font></h2>
<div class="paragraph">The 33 bus between Chippenham and Corsham stops on the green, a minute's walk away,
about once an hour Monday to Saturday. There's no Sunday service.</div>
<h2 class="wsite-content-title"><font size="4">Access</font></h2>
<div class="paragraph">There's one low step at the front door and we have a portable ramp &ndash; just knock
or ring from outside. The salon and beauty room are all on the ground floor and our toilet is at the
back, though it isn't big enough for a wheelchair.</div>""",
    title="Find Us &amp; Parking",
)

_TEAM = _section(
    _cols(
        _image("karen_orig.jpg", "Karen Whitlock")
        + """
<h2 class="wsite-content-title"><font size="4">Karen Whitlock &ndash; Owner &amp; Stylist</font></h2>
<div class="paragraph">Karen has been hairdressing for over thirty years and opened The Old Forge in 2004.
She's the queen of the classic cut, perms and shampoo &amp; sets, and does all of our home visits. Out of the
salon you'll find her walking her spaniel or singing in the church choir.</div>""",
        _image("jodie_orig.jpg", "Jodie Marsh")
        + """
<h2 class="wsite-content-title"><font size="4">Jodie Marsh &ndash; Senior Stylist</font></h2>
<div class="paragraph">Jodie joined us as a Saturday girl at 15 and is now our colour specialist, with
advanced Wella colour qualifications for balayage and colour correction. She has also trained in
<strong>curly hair cutting</strong>, so naturally curly and wavy clients go to her: she cuts curls dry, one
curl at a time, never thins them out with a razor, and shows you how to style them at home without the
frizz. She's also our go-to for gents' fades and for bridal hair.</div>""",
        _image("leanne_orig.jpg", "Leanne Price")
        + """
<h2 class="wsite-content-title"><font size="4">Leanne Price &ndash; Beauty Therapist</font></h2>
<div class="paragraph">Leanne is a fully qualified beauty therapist (NVQ Level 3) with twelve years'
experience, and runs our beauty room. She does our facials, spray tans, waxing, nails, and lash and brow
tints, and her gel manicures are famous in the village. She's a mum of two and a keen netball player.</div>""",
    )
    + "\n"
    + _REVIEWS,
    title="Meet the Team",
)

_PAYMENT = _section(
    _with_sidebar(
        """<h2 class="wsite-content-title"><font size="4">How to pay</font></h2>
<div class="paragraph">We're happy to take <strong>cash or card</strong>. We accept Visa, Mastercard and
Maestro debit and credit cards, contactless, and Apple Pay and Google Pay on your phone. We don't take
American Express or cheques, and we can't offer cashback.<br><br>
Payment is taken at the end of your appointment. Wedding deposits and new-client colour deposits can be paid
over the phone by card.</div>
<h2 class="wsite-content-title"><font size="4">About our prices</font></h2>
<div class="paragraph">You'll find prices on each service page. Where a price says &ldquo;from&rdquo;, it
depends on the length and thickness of your hair or how much product is needed, and your stylist will
always tell you the price before starting. Consultations are free. We review our prices once a year, in
January.</div>
<h2 class="wsite-content-title"><font size="4">Gift vouchers</font></h2>
<div class="paragraph">Gift vouchers are available for any amount, or for a particular treatment such as a
facial or a spray tan, and come in a pretty envelope ready to give. They're valid for twelve months from the
date of purchase and can be used in the salon or the beauty room. Vouchers can be bought in the salon or
over the phone, and we'll post them out for free. Sorry, vouchers can't be exchanged for cash.</div>""",
        _SIDE_BOOK,
    ),
    title="Prices &amp; Payment",
)

_FAQ = _section(
    """<div class="paragraph"><strong>Do you take walk-ins?</strong><br>
We're a small salon and most days are fully booked, so it's always best to ring first. For a quick gents'
cut, ring in the morning and we'll tell you if we can fit you in that day.</div>
<div class="paragraph"><strong>Can I bring my dog?</strong><br>
Sorry, only assistance dogs are allowed in the salon. Some of our clients have allergies or are nervous of
dogs, and there isn't really room for them between the chairs.</div>
<div class="paragraph"><strong>I can't lean back over the basin. Can you still wash my hair?</strong><br>
Yes. If you have a bad neck or back, arthritis, or simply find the backwash uncomfortable, tell us when you
book. We can wash your hair leaning forward over the basin with a towel to hold over your face, or you can
come with freshly washed hair and we'll mist it with water and cut it.</div>
<div class="paragraph"><strong>Can I bring my children with me?</strong><br>
Well-behaved children are welcome to sit with you in the salon, but we can't look after them while you're
in the chair. Children under 12 can't come into the beauty room.</div>
<div class="paragraph"><strong>Do you sell hair products?</strong><br>
Yes, we sell a small range of Wella Professionals and Kevin Murphy shampoos, conditioners and styling
products &ndash; the same ones we use on you, so ask your stylist which would suit your hair.</div>
<div class="paragraph"><strong>What happens if you find head lice?</strong><br>
We can't carry on cutting if we find live lice, as they spread easily. We'll rebook you free of charge for
once they've been treated, and we'll be discreet about it.</div>
<div class="paragraph"><strong>Can I have a cup of tea?</strong><br>
Of course! Tea, coffee, hot chocolate or squash, and there's usually a biscuit tin on the go too.</div>
<div class="paragraph"><strong>Is there Wi-Fi?</strong><br>
Yes, ask at the desk for the password.</div>
<div class="paragraph"><strong>I'm not sure what I want. Can I come in for advice first?</strong><br>
Of course. We do free 15 minute consultations for cuts, colours and facials. Ring to book one.</div>
"""
    + _button("Still got a question? Ring us"),
    title="Frequently Asked Questions",
)


HTML = {
    "/": _page(
        "/",
        "Hairdresser &amp; Beauty Salon in Ashbury St Giles",
        "Friendly village hair salon and beauty room in Ashbury St Giles, Wiltshire. Ladies, gents and children.",
        "Friendly hair &amp; beauty in the heart of the village",
        _HOME,
        "Two stylists, one beautician and the kettle always on.",
    ),
    "/ladies-hair/": _page(
        "/ladies-hair/",
        "Ladies' Cuts &amp; Styling",
        "Ladies' haircuts, restyles and blow-dries at The Old Forge, Ashbury St Giles.",
        "Ladies' Cuts &amp; Styling",
        _LADIES,
    ),
    "/mens-and-childrens/": _page(
        "/mens-and-childrens/",
        "Men's &amp; Children's Cuts",
        "Gents' cuts, fades, beard trims and children's haircuts including first haircuts.",
        "Men's &amp; Children's Cuts",
        _MENS,
    ),
    "/colour/": _page(
        "/colour/",
        "Colour &amp; Foils",
        "Hair colour, highlights, foils, balayage and grey blending in Ashbury St Giles.",
        "Colour &amp; Foils",
        _COLOUR,
    ),
    "/perms-and-treatments/": _page(
        "/perms-and-treatments/",
        "Perms, Sets &amp; Treatments",
        "Traditional perms, body waves, shampoo and sets and conditioning treatments.",
        "Perms, Sets &amp; Treatments",
        _PERMS,
    ),
    "/weddings-and-prom/": _page(
        "/weddings-and-prom/",
        "Wedding &amp; Prom Hair",
        "Bridal hair, trials, bridesmaids and prom up-dos, in the salon or at your venue.",
        "Wedding &amp; Prom Hair",
        _WEDDINGS,
    ),
    "/home-visits/": _page(
        "/home-visits/",
        "Home Visits",
        "Home hairdressing visits for the housebound and care home residents around Ashbury St Giles.",
        "Home Visits",
        _HOME_VISITS,
    ),
    "/oap-prices/": _page(
        "/oap-prices/",
        "OAP Prices",
        "Reduced hairdressing prices for pensioners aged 65 and over on weekdays.",
        "OAP Prices",
        _OAP,
    ),
    "/beauty-room/": _page(
        "/beauty-room/",
        "Beauty Room: Facials, Lashes &amp; Brows",
        "Facials, lash tints, brow tints and shaping with Leanne in our beauty room.",
        "The Beauty Room",
        _BEAUTY,
    ),
    "/spray-tans/": _page(
        "/spray-tans/",
        "Spray Tans",
        "Vegan spray tans in Ashbury St Giles: prices, how to prepare and aftercare.",
        "Spray Tans",
        _SPRAY,
    ),
    "/waxing/": _page(
        "/waxing/",
        "Waxing",
        "Leg, bikini, underarm and facial waxing with hot and warm wax.",
        "Waxing",
        _WAXING,
    ),
    "/nails/": _page(
        "/nails/",
        "Nails",
        "Manicures, gel polish, pedicures and gel removal in the beauty room.",
        "Nails",
        _NAILS,
    ),
    "/patch-tests/": _page(
        "/patch-tests/",
        "Patch Tests",
        "Why we need an allergy alert skin test 48 hours before hair colour and tints.",
        "Patch Tests",
        _PATCH,
    ),
    "/booking/": _page(
        "/booking/",
        "Booking &amp; Cancellations",
        "How to book an appointment at The Old Forge, and our cancellation policy.",
        "Booking &amp; Cancellations",
        _BOOKING,
    ),
    "/find-us/": _page(
        "/find-us/",
        "Find Us &amp; Parking",
        "Where to find The Old Forge in Ashbury St Giles, parking, buses and access.",
        "Find Us",
        _FIND,
    ),
    "/meet-the-team/": _page(
        "/meet-the-team/",
        "Meet the Team",
        "Meet Karen, Jodie and Leanne, the team at The Old Forge Hair &amp; Beauty.",
        "Meet the Team",
        _TEAM,
    ),
    "/prices-and-payment/": _page(
        "/prices-and-payment/",
        "Prices &amp; Payment",
        "Payment methods, pricing and gift vouchers at The Old Forge Hair &amp; Beauty.",
        "Prices &amp; Payment",
        _PAYMENT,
    ),
    "/faq/": _page(
        "/faq/",
        "FAQs",
        "Answers to common questions about visiting The Old Forge Hair &amp; Beauty.",
        "Frequently Asked Questions",
        _FAQ,
    ),
}

QUESTIONS = [
    ("do you stay open late any night? i dont get back from work in Bath till gone half 5", "/"),
    (
        "How much is it for a wash, cut and blow dry? It's only a trim really, my hair's about shoulder length",
        "/ladies-hair/",
    ),
    ("My husband only ever has a short back and sides, what do you charge for that?", "/mens-and-childrens/"),
    (
        "Do you do little ones? My grandson is nearly 3 and he screams the place down at the barbers in town",
        "/mens-and-childrens/",
    ),
    (
        "I've gone a lot greyer this year and I'd like to soften it a bit without being stuck with dyeing it "
        "every month. What would you suggest and what does it cost?",
        "/colour/",
    ),
    (
        "Does anyone still do a proper perm? My mum's had one every few months for years and her lady has retired",
        "/perms-and-treatments/",
    ),
    ("I'm getting married next June, when should I come in for a hair trial?", "/weddings-and-prom/"),
    (
        "would you come out to the hotel on the wedding morning to do me and 3 bridesmaids, its about 15 miles away",
        "/weddings-and-prom/",
    ),
    (
        "My dad can't get out of the house since his hip operation and his hair is getting really long. "
        "Can somebody come to him?",
        "/home-visits/",
    ),
    ("Mum's in a care home in Corsham, would you go there to do her hair?", "/home-visits/"),
    ("Is it cheaper for pensioners? I'm 71 but I can only really get in on a Saturday", "/oap-prices/"),
    (
        "My skin's been so dry and dull since the winter, is there anything you could do for it?",
        "/beauty-room/",
    ),
    (
        "Off to Tenerife a week on Saturday and want a tan before I go, when's best to book it and do I need to "
        "shave beforehand",
        "/spray-tans/",
    ),
    ("how long have i got to leave the tan on before i can have a shower", "/spray-tans/"),
    ("How long does the hair on my legs need to be before I come for a wax? I normally just shave", "/waxing/"),
    ("How long do gel nails last with you before they start chipping?", "/nails/"),
    ("I had shellac done at a place in Chippenham, can you take it off and put new on", "/nails/"),
    (
        "Do I really need that skin test before my colour? I had my hair dyed at another salon only last year "
        "and was absolutely fine",
        "/patch-tests/",
    ),
    ("Can I book online? cant see a button anywhere", "/booking/"),
    (
        "I've got a cut booked for tomorrow morning but my little girl's come down with a sickness bug. "
        "Will I get charged if I cancel now?",
        "/booking/",
    ),
    ("Where do I park when I come to you?", "/find-us/"),
    (
        "Which one of you is good with really curly hair? Most hairdressers just thin mine out and it goes frizzy",
        "/meet-the-team/",
    ),
    ("Do you take cards or do I need to bring cash", "/prices-and-payment/"),
    ("Can I bring my dog? He's ever so good, he'll just lie under the chair", "/faq/"),
    ("I've got a bad neck and can't tip my head back over the sink, is that going to be a problem?", "/faq/"),
]

OUT_OF_SCOPE = [
    "Do you do hair extensions? I'd like some clip-ins or tape-ins for my wedding",
    "Can I get my ears pierced with you? My daughter's 10 and desperate to have them done",
    "do you do eyelash extensions",
    "Does Leanne do microblading or semi-permanent eyebrows?",
    "Do you do Botox or lip fillers?",
    "Are you looking for any staff? My daughter's just finished her level 2 hairdressing at college",
    "What day are the bins collected in Ashbury St Giles?",
    "Can you recommend a good dog groomer round here?",
]
