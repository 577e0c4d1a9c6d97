"""An evaluation site: Heaton Barber Co., a traditional and modern barbershop with a grooming room in Newcastle (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. Built as a Google Sites page: deep div
soup ("tyJCtd mGzaTb Depvyb baZpAe", "hJDwNd-AhqUyc-uQSCkd", "CjVfdc"), no role="main", text in
<p class="zfr3Q CDt4Ke"> with <span class="C9DxTc">, and collapsible groups made of div role="button" with
aria-expanded over hidden content divs.
"""

import hashlib
import re

NAME = "Heaton Barber Co."

_SITE = "Heaton Barber Co."
_BOOKING_URL = "https://booksy.com/en-gb/48213_heaton-barber-co_barber-shop_20315_newcastle-upon-tyne"

# (label, path, children) for the Google Sites navigation; every page appears here.
_NAV = [
    ("Home", "/", []),
    (
        "Haircuts",
        "/services/",
        [
            ("Beards &amp; Shaves", "/beards-and-shaves/"),
            ("Kids &amp; First Haircuts", "/kids/"),
            ("Colour &amp; Grey Blending", "/colour/"),
            ("Hair Tattoos", "/hair-tattoos/"),
        ],
    ),
    (
        "The Grooming Room",
        "/grooming-room/",
        [("Hair Loss &amp; Hair Systems", "/hair-loss/")],
    ),
    (
        "Prices",
        "/prices/",
        [("Offers &amp; Discounts", "/offers/"), ("Gift Cards", "/gift-cards/")],
    ),
    ("Booking", "/booking/", []),
    ("Shop", "/shop/", []),
    (
        "About",
        "/team/",
        [("Careers", "/careers/"), ("Barber Academy", "/academy/")],
    ),
    ("FAQ", "/faq/", []),
    ("Find Us", "/find-us/", []),
]

_CHEVRON = (
    '<svg class="dvmRw" viewBox="0 0 24 24" stroke="currentColor" jsname="Xr1QMb">'
    '<path d="M7.41 7.84L12 12.42l4.59-4.58L18 9.25l-6 6-6-6z"></path></svg>'
)


def _hid(seed):
    return "h." + hashlib.sha256(seed.encode()).hexdigest()[:14]


def _inline(text):
    """Markdown-ish inline marks to Google Sites spans: [label](/path/) and **bold**."""
    text = re.sub(
        r"\[([^\]]+)\]\(([^)]+)\)",
        r'</span><a class="XqQF9c" href="\2"><span class="C9DxTc aw5Odc">\1</span></a><span class="C9DxTc">',
        text,
    )
    text = re.sub(
        r"\*\*([^*]+)\*\*",
        r'</span><span class="C9DxTc" style="font-weight: 700;">\1</span><span class="C9DxTc">',
        text,
    )
    return f'<span class="C9DxTc">{text}</span>'.replace('<span class="C9DxTc"></span>', "")


def _para(text):
    return f'<p class="zfr3Q CDt4Ke" dir="ltr">{_inline(text)}</p>'


def _heading(text, level):
    tag, cls = ("h2", "zfr3Q OmQG5e CDt4Ke") if level == 2 else ("h3", "zfr3Q JYVBee CDt4Ke")
    return f'<{tag} id="{_hid(text)}" class="{cls}" dir="ltr">{_inline(text)}</{tag}>'


def _list(items):
    lis = "".join(
        '<li class="zfr3Q TYR86d eD0Rn" dir="ltr" style="list-style-type: disc;">'
        f'<p class="zfr3Q CDt4Ke" dir="ltr" role="presentation">{_inline(i)}</p></li>'
        for i in items
    )
    return f'<ul class="n8H08c UVNKR">{lis}</ul>'


def _collapsible(question, answer_paras):
    hid = _hid(question)
    body = "".join(_para(a) for a in answer_paras)
    return (
        '<div class="hS7sWc CjVfdc" jscontroller="c2x2Be" jsaction="rcuQ6b:rcuQ6b;">'
        f'<div class="SfEVZd Zsd6Ke" role="button" tabindex="0" aria-expanded="false" aria-controls="{hid}_c" '
        'jsaction="click:JIbuQc; keydown:I481le;">'
        f'<div class="tyJCtd mGzaTb Depvyb baZpAe"><h3 id="{hid}" class="zfr3Q JYVBee CDt4Ke" dir="ltr">'
        f"{_inline(question)}</h3></div>"
        f'<div class="PJ0s4d">{_CHEVRON}</div></div>'
        f'<div class="fpyZbe" id="{hid}_c" aria-hidden="true" style="display: none;">'
        f'<div class="tyJCtd mGzaTb Depvyb baZpAe">{body}</div></div></div>'
    )


def _button(label, href):
    target = ' target="_blank"' if href.startswith("https://") else ""
    return (
        '<div class="w536ob"><div class="Bs1Roe CjVfdc">'
        f'<a class="FKF6mc TpQm9d QmpIrf" href="{href}" aria-label="{label}"{target}>'
        f'<div class="NsaAfc"><p>{label}</p></div><div class="Ctu1af"></div></a></div></div>'
    )


def _tile(inner, text=True):
    if text:
        inner = f'<div class="tyJCtd mGzaTb Depvyb baZpAe">{inner}</div>'
    return (
        '<div class="" jscontroller="sGwD4d" jsaction="zXBUYb:zTPCnb;zQF9Uc:Qxe3nd;" jsname="F57UId">'
        '<div class="oKdM2c ZZyype Kzv0Me">'
        f'<div id="{_hid(inner[:200])}" class="hJDwNd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb">'
        f'<div class="jXK9ad-SmKAyb">{inner}</div></div></div></div>'
    )


def _column(markup):
    """Blank-line separated blocks: '## ' h2, '### ' h3, '- ' list, '?? ' collapsible, '[button: L -> h]', '<' raw."""
    tiles, text = [], []

    def flush():
        if text:
            tiles.append(_tile("".join(text)))
            text.clear()

    for block in re.split(r"\n\s*\n", markup.strip()):
        lines = [ln.strip() for ln in block.strip().splitlines()]
        first = lines[0]
        if first.startswith("<"):
            flush()
            tiles.append(_tile("\n".join(lines), text=False))
        elif first.startswith("[button:"):
            flush()
            label, href = first[len("[button:") : -1].split("->")
            tiles.append(_tile(_button(label.strip(), href.strip()), text=False))
        elif first.startswith("?? "):
            flush()
            answer = " ".join(lines[1:]).split(" || ")
            tiles.append(_tile(_collapsible(first[3:], answer), text=False))
        elif first.startswith("### "):
            text.append(_heading(" ".join(lines)[4:], 3))
        elif first.startswith("## "):
            text.append(_heading(" ".join(lines)[3:], 2))
        elif first.startswith("- "):
            items, current = [], []
            for ln in lines:
                if ln.startswith("- ") and current:
                    items.append(" ".join(current))
                    current = []
                current.append(ln[2:] if ln.startswith("- ") else ln)
            items.append(" ".join(current))
            text.append(_list(items))
        else:
            text.append(_para(" ".join(lines)))
    flush()
    return "".join(tiles)


_WIDTH = {
    1: "hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb",
    2: "hJDwNd-AhqUyc-OwsYgb Ft7HRd-AhqUyc-OwsYgb purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb",
    3: "hJDwNd-AhqUyc-wNfPc Ft7HRd-AhqUyc-wNfPc purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb",
}


def _section(*columns, shade=""):
    cols = "".join(
        f'<div class="{_WIDTH[len(columns)]} pSzOP-AhqUyc-qWD73c Ktthjf-AhqUyc-qWD73c JNdkSc SQVYQc">'
        f'<div class="JNdkSc-SmKAyb LkDMRd">{_column(c)}</div></div>'
        for c in columns
    )
    return (
        f'<section id="{_hid(cols[:300])}" class="yaqOZd {shade}"><div class="IFuOkc"></div>'
        '<div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1">'
        f"{cols}</div></div></section>\n"
    )


_CURRENT = ' aria-current="true"'


def _nav(current):
    out = []
    for label, href, children in _NAV:
        active = ' aria-current="true"' if href == current else ""
        sub = ""
        if children:
            sub_items = "".join(
                '<li jsname="ibnC6b" data-nav-level="2"><div class="PsKE7e qV4dIc Qrrb5 baH5ib">'
                f'<div class="I35ICb"><a class="aJHbb hDrhEe HlqNPb" jsname="QwLHlb" role="link" tabindex="0" '
                f'data-navtype="1" href="{c_href}"{_CURRENT if c_href == current else ""}>'
                f"{c_label}</a></div></div></li>"
                for c_label, c_href in children
            )
            sub = (
                '<div class="mBHtvb u5fiyc" role="presentation" title="Expand/Collapse" jsaction="click:oESVTe" '
                f'jsname="ix0Hvc">{_CHEVRON}</div></div></div>'
                f'<ul class="VcS63b" role="presentation">{sub_items}</ul>'
            )
        else:
            sub = "</div></div>"
        out.append(
            '<li jsname="ibnC6b" data-nav-level="1"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf lhZOrc">'
            '<div class="I35ICb" jsaction="keydown:mPuKz(QwLHlb); click:vHQTA(QwLHlb);">'
            f'<a class="aJHbb dk90Ob hDrhEe HlqNPb" jsname="QwLHlb" role="link" tabindex="0" data-navtype="1" '
            f'href="{href}" data-url="{href}" data-type="1" data-level="1"{active}>{label}</a>'
            f"{sub}</li>"
        )
    return "".join(out)


_FOOTER = _section(
    """
## Heaton Barber Co. &amp; Grooming Room

114 Chillingham Road, Heaton, Newcastle upon Tyne NE6 5XL

Phone <a href="tel:01912764418">0191 276 4418</a> ·
<a href="mailto:hello@heatonbarberco.co.uk">hello@heatonbarberco.co.uk</a>
""",
    """
## Opening hours

- Monday &amp; Tuesday 9am – 6pm
- Wednesday 9am – 7pm
- Thursday 9am – 8pm
- Friday 8am – 7pm
- Saturday 8am – 5pm
- Sunday 10am – 3pm
""",
    """
## Follow us

[Instagram](https://www.instagram.com/heatonbarberco/) ·
[Facebook](https://www.facebook.com/heatonbarberco) ·
[TikTok](https://www.tiktok.com/@heatonbarberco)

[Prices](/prices/) · [Book](/booking/) · [FAQ](/faq/) · [Careers](/careers/) · [Find Us](/find-us/)

© 2025 Heaton Barber Co. Ltd · Registered in England &amp; Wales no. 08012473
""",
    shade="cJgDec nyKByd",
)

_HEAD = """<!doctype html>
<html lang="en-GB" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="strict-origin-when-cross-origin">
<meta property="og:title" content="{page}">
<meta property="og:type" content="website">
<meta property="og:site_name" content="Heaton Barber Co.">
<meta itemprop="name" content="{page}">
<meta name="description" content="{desc}">
<meta property="og:description" content="{desc}">
<link rel="icon" href="/_/rsrc/1711468804000/favicon.ico">
<link rel="stylesheet" href="/_/atari/_/ss/k=atari.vw.7R57rYYVGiA.L.X.O/am=MBiA/d=1/rs=AGEqA5nG4Fq0dY1q.css" nonce="">
<link rel="stylesheet" href="/_/atari/_/ss/fonts/oswald_lato.css">
<title>{page} | Heaton Barber Co.</title>
<script nonce="">window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}
gtag('js',new Date());gtag('config','G-8QK2HB7Y1Z');</script>
</head>
"""


def _page(path, title, desc, sections):
    nav = _nav(path)
    body = "".join(sections)
    title_id = _hid(title)
    return (
        _HEAD.format(page=title, desc=desc)
        + f"""<body jscontroller="pSI6Ee" jsaction="rcuQ6b:WYd;" class="MB0R2 " itemscope itemtype="http://schema.org/WebPage">
<div id="yDmH0d" class="" jscontroller="kdDmYc">
<div class="LqzjUe ztA58c" jsname="LgbsSe" role="dialog" aria-live="polite">
<div class="zFNlWd"><span class="jLXA2e">This site uses cookies from Google to deliver its services and to
analyse traffic. We also use a booking widget that sets its own cookies when you book online.</span>
<a class="TsR7Ge" href="https://policies.google.com/technologies/cookies" target="_blank">Learn more</a>
<div role="button" class="U26fgb O0WRkf oG5Srb HQ8yf C0oVfc kHssdc" jsname="B3Erkc" tabindex="0">
<span class="RveJvd snByac">Got it</span></div></div></div>
<div jscontroller="X4BaPc" jsaction="rcuQ6b:WYd;o6xM5b:Pg9eo;HuL2Hd:mHeCvf;VMhF5:FFYy5e;sk3Qmb:FxwKWb;"
 class="zXsApb">
<div class="UtePc RCETm yxgWrb" dir="ltr">
<header id="atIdViewHeader">
<div class="BbxBP HP6J1d K5Zlne" jsname="WA9qLc" jscontroller="RQOkef" data-is-preview="false"
 data-is-legacy-theme="false"><div class="VLoccc K5Zlne QDWEj U8eYrb" jsname="rtFGi"><div class="Pvc6xe">
<div jsname="I8J07e" class="TlfmSc YSH9J"><a class="GAuSPc" jsname="jIujaf" href="/">
<img src="/_/rsrc/1711468804000/config/customLogo.png" class="lzy1Td" alt="Heaton Barber Co. logo, a red and
 white striped pole" aria-label="Site home"><span class="QTKDff">Heaton Barber Co.</span></a></div>
<nav class="plFg0c" role="navigation"><ul class="jYxBte Fpy8Db" role="navigation" tabindex="-1">{nav}</ul>
</nav>
<div class="M3Aaxc" jscontroller="ywO9ge"><div role="button" class="U26fgb JRtysb WzwrXb YI2CVc G6JeRc"
 aria-label="Open search bar" tabindex="0"><span class="MhXXcc oJeWuf"></span></div></div>
</div></div></div>
<div class="DXsoRd YTv4We oNsfjf" role="img" style="background-image: url(/_/rsrc/1711468804000/banner.jpg);
 background-position: center center;"></div>
<div class="qnVSj yTfTd" jsname="GTw6tf"><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc">
<div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb LkDMRd">
<div class="tyJCtd mGzaTb Depvyb baZpAe"><h1 id="{title_id}" class="zfr3Q duRjpb CDt4Ke" dir="ltr"
 style="text-align: center;"><span class="C9DxTc">{title}</span></h1></div></div></div></div></div></div>
</header>
<div class="T4LgNb" jsname="ZBtY8b">
<div class="xiZo4e" jsname="O1TrJf">
{body}
</div>
<div class="dZA9kd ynRLnc" data-last-updated-at-time="1740563105214" data-is-preview="false">
{_FOOTER}
</div>
<div class="Xpil1b xgQ6eb"><div class="JnCxH"><a class="eQMvNd" href="https://sites.google.com/new"
 target="_blank">Google Sites</a> · <a class="dqAHP" href="https://support.google.com/sites/answer/90598"
 target="_blank">Report abuse</a> · <span class="zbsNaf">Page updated</span>
<span class="ZXOlbe">26 Feb 2025, 10:45</span></div></div>
</div></div></div></div>
</body>
</html>
"""
    )


_REVIEWS = """
<div class="CjVfdc kR1Fqe"><div class="tyJCtd mGzaTb Depvyb baZpAe">
<h2 id="h.reviews" class="zfr3Q OmQG5e CDt4Ke" dir="ltr"><span class="C9DxTc">What our customers say</span></h2>
<p class="zfr3Q CDt4Ke" dir="ltr"><span class="C9DxTc">★★★★★ "Best fade I've had since moving up from
Leeds. Chatted about the Toon the whole time and didn't rush it." – Jamie R, Google</span></p>
<p class="zfr3Q CDt4Ke" dir="ltr"><span class="C9DxTc">★★★★★ "Took my grandad for a hot towel shave for his
80th. He hasn't stopped talking about it." – Sophie T, Facebook</span></p>
<p class="zfr3Q CDt4Ke" dir="ltr"><span class="C9DxTc">★★★★★ "Proper old school shop with lads who know what
they're doing. Tea's good too." – Marcus O, Google</span></p>
</div></div>
"""

_HOME = [
    _section(
        """
## Traditional barbering. Modern cuts. Heaton since 2012.

Heaton Barber Co. is a proper neighbourhood barbershop on Chillingham Road, five chairs, the radio on and the
kettle always on the go. We do everything from a tidy short back and sides to a razor-sharp skin fade, with
traditional hot towel shaves, beard work and a quieter grooming room for the things you'd rather not do in
the window.

Dean Robson opened the shop in March 2012 in what used to be the old cobbler's, with two chairs and a
second-hand barber's pole from a shop in Shields that was closing down. Thirteen years later we've got a team
of seven, a grooming room, our own barber academy and a lot of regulars who have been coming since they were
in a booster seat.

[button: Book online -> https://booksy.com/en-gb/48213_heaton-barber-co_barber-shop_20315_newcastle-upon-tyne]

[button: How booking works -> /booking/]
"""
    ),
    _section(
        """
### Haircuts

Skin fades, tapers, scissor cuts and long hair for men. [See haircuts](/services/)

### Beards &amp; shaves

Beard trims, sculpting and the full cut-throat experience. [Beards &amp; shaves](/beards-and-shaves/)
""",
        """
### Kids

From first haircuts to school cuts, with a certificate to keep. [Kids' cuts](/kids/)

### Colour &amp; hair tattoos

[Grey blending and colour](/colour/), and [designs cut into the hair](/hair-tattoos/).
""",
        """
### The Grooming Room

Waxing, facials and private consultations. [The Grooming Room](/grooming-room/)

### Hair loss

Honest advice and non-surgical hair systems. [Hair loss &amp; hair systems](/hair-loss/)
""",
        shade="tpmmCb",
    ),
    _section(_REVIEWS),
    _section(
        """
## Looking for something for him?

Our [gift cards](/gift-cards/) go down well for birthdays, Father's Day and Christmas, and we stock beard oils,
pomades and shaving kit in the [shop](/shop/). Want to become a barber yourself? Have a look at the
[Heaton Barber Academy](/academy/).
"""
    ),
]

_SERVICES = [
    _section(
        """
## Every cut, done properly

Whatever you're in for, every haircut starts with a proper chat about what you want and how you wear your
hair day to day. Bring a photo if you've got one; it always helps. Every cut is finished with a neck tidy, a
hot towel on the back of the neck and styled with product, and your barber will tell you what they used and
how to get the same look at home.

A wash is included with scissor cuts and long hair. For clipper cuts and fades just ask and we'll give you a
quick rinse at the basin at no extra cost.

## Skin fades and bald fades

A fade takes the sides and back down to the skin with a foil shaver and blends up into the length on top. You
choose where the fade starts: a low fade sits just above the ears, a mid fade around the temples and a high
fade up near the parting. We also do drop fades, which follow the curve behind the ear, and burst fades round
the ear for mohawk and curly styles. A fade takes about 45 minutes. Fades look their sharpest for around two
weeks, so most of our fade regulars come back every two to three weeks.

## Fade or taper?

People mix these up all the time. A taper only takes the hair short right at the edges, round the sideburns
and down the neckline, and leaves the rest of the sides with some length. It's softer, less harsh than a skin
fade, grows out more gracefully and suits work, interviews and anyone who doesn't fancy seeing skin. A fade
goes shorter and higher up the head, and is the sharper, more noticeable look.
""",
        """
## Scissor cuts

All scissors, no clippers: classic side partings, Ivy League cuts, gentleman's cuts and textured crops for
anyone who wants a softer finish. Scissor cuts take around 40 minutes.

## Long hair for men

If your hair is past the collar, on your shoulders or longer, book a long hair cut rather than a standard cut
so you get the time it deserves. We can trim to keep your length, take weight out with layering, tidy up a man
bun or cut an undercut underneath longer hair. Straight hair is cut wet; curly and wavy hair is cut dry, curl
by curl, so we can see how it sits. Please come with your hair down, clean and unstyled. Allow an hour.

## Restyles

Going from long to short, or changing your style completely? Book a restyle so we have extra time. If you're
cutting off a lot of length, we can plait it and give it you to donate to the Little Princess Trust, which
makes wigs for children; it needs to be at least 7 inches (17cm) long.

[button: See our prices -> /prices/]

[button: Book a cut -> https://booksy.com/en-gb/48213_heaton-barber-co_barber-shop_20315_newcastle-upon-tyne]
""",
    ),
]

_BEARDS = [
    _section(
        """
## Beard trims

Your beard is taken down to length with clippers and scissors, shaped to suit your face, and the cheek and
neck lines are cleaned up with a razor. Finished with beard oil and a comb through. About 20 minutes, and it
can be added to any haircut.

## Beard sculpt with hot towel

Everything in a beard trim, plus a hot towel to soften the hair first, a sharper razor line-up and a cold
towel to finish. Ideal before a night out or a wedding.

## Traditional hot towel shave

The full old-school experience, and the reason a lot of our regulars first came in:

- Two hot towels to soften the beard and open up the skin
- Pre-shave oil, then a warm lather worked in with a badger brush
- Shaved with a cut-throat razor, using a fresh single-use blade for every customer
- A second pass across the grain for a really close finish (skipped if your skin is sensitive)
- A cold towel to close the pores, then a soothing aftershave balm

A full shave takes about 45 minutes, so please book it in advance.
For the best result, don't shave for two or three days before you come in.
""",
        """
## Head shaves

Clippered right down, then shaved smooth with the razor. We can add a hot towel before and after. Regular head
shavers usually come in every one to two weeks; in between, use a scalp moisturiser with SPF, because a freshly
shaved head burns quickly even on a Newcastle summer's day.

## Sensitive skin and ingrown hairs

If you get razor bumps, rash or ingrown hairs, tell your barber before they start. We'll shave with the grain
only and use a gentler balm. We won't shave over open cuts, an active breakout, cold sores or a rash; instead
we'll give you a close clipper trim and you can book the shave for when it has settled down.

<div class="CjVfdc xlm5Yb"><div class="tyJCtd mGzaTb Depvyb baZpAe">
<p class="zfr3Q CDt4Ke" dir="ltr"><span class="C9DxTc">★★★★★ "Had my first ever cut-throat shave with Dean.
Smoothest my face has been in twenty years." – Paul W, Google</span></p></div></div>

[button: Book a shave -> https://booksy.com/en-gb/48213_heaton-barber-co_barber-shop_20315_newcastle-upon-tyne]
""",
    ),
]

_KIDS = [
    _section(
        """
## Kids' cuts

We love cutting kids' hair, and plenty of our regulars had their first cut in our chairs. Kids' prices are for
under 12s. Children under 16 need to come with a parent or another adult who can tell us what's wanted.

Kids can have any cut they like, fades included, but we never use a cut-throat razor on under 12s: necks and
line-ups are done with trimmers. There's a booster seat and a car-shaped chair for little ones, and a lolly
for anyone who sits nicely (and usually for the ones who don't).

## Baby's first haircut

A first haircut is a big moment, so we do it properly. We take it slowly, your little one can sit on your knee
if they'd rather, and we'll use scissors rather than clippers if the noise worries them. Afterwards you get a
**first haircut certificate** with the date and your barber's name, and a lock of their hair in a little
keepsake envelope to take home. If you'd like, we'll take a photo for you in the chair. Please book first
haircuts in advance, so we're never rushing; we give them a 30 minute slot.
""",
        """
## Quiet appointments

A busy barbershop can be a lot: buzzing clippers, music, people coming and going and someone you don't know
touching your head. For children (and adults) who are autistic, have ADHD or sensory processing difficulties,
or are just very anxious, we keep **Monday mornings from 9am to 10am** as a quiet hour. The music is off, the
lights are turned down, nobody else is booked in, and we can swap clippers for scissors or take breaks
whenever needed. You're welcome to pop in beforehand to have a look around and meet the barber.

Please ring us to book a quiet appointment rather than booking online, so we can have a chat about what helps
and what to avoid.

## When to come

Saturdays and school holidays are our busiest times, and Thursday after school gets hectic
too. If you can, book a weekday morning during the holidays.

[button: Book a kids' cut -> https://booksy.com/en-gb/48213_heaton-barber-co_barber-shop_20315_newcastle-upon-tyne]
""",
    ),
]

_COLOUR = [
    _section(
        """
## Grey blending

Not ready to go grey, but don't want a flat dye job either? Grey blending uses a low-ammonia colour that
doesn't cover every grey hair; it softens them so what's left looks like natural salt and pepper. It takes
15 to 20 minutes at the end of your cut and fades out gradually over four to six weeks, with no harsh line
as it grows out.

## Beard colour

Greys coming through in the beard? We use a beard-specific colour and match it to your natural shade, usually
going a touch lighter than you'd think. That's how we avoid the "boot polish" look you get from box dye.
Beard colour lasts three to four weeks. Avoid washing your beard with strong soap or shampoo for 24 hours
afterwards.

## Full colour and fashion colour

For full coverage, going darker, highlights or something bolder like platinum or a colour, book a free colour
consultation with Kasia first. Bleach and platinum work takes two to three hours and sometimes two sessions.
""",
        """
## Skin (patch) test

We need a skin test at least **48 hours** before any colour, including grey blending and beard colour, if:

- you've never had colour with us before, or
- it's more than six months since your last colour with us, or
- you've had a tattoo or black henna since your last colour.

It's free and takes five minutes: just pop into the shop during opening hours, no appointment needed. We put a
small dab of colour behind your ear and you keep an eye on it for two days. We can't colour without a clear
test, and we don't make exceptions, even for weddings, because an allergic reaction to hair dye can be
serious.

## Looking after your colour

Use a colour-safe shampoo, go easy on the hot water, and wear a hat in strong sun. Chlorine from the pool will
strip colour faster.
""",
    ),
]

_TATTOOS = [
    _section(
        """
## What's a hair tattoo?

A hair tattoo (or hair design) is a pattern cut into short hair with trimmers and a razor. It can be as simple
as a shaved parting or a couple of lines above the ear, or as detailed as stars, lightning bolts, zig-zags,
names, football club badges or a full freestyle pattern round the back. They look best on a fade or a short
back and sides.

## How long does it last?

Not as long as you'd think. A design looks crisp for about a week, starts to soften in the second week and has
usually grown out completely within two to three weeks, depending on how fast your hair grows. If you want
to keep it sharp, come back within ten days for a touch-up at half price.

## Booking a design

Simple lines and partings can be added to any cut on the day. For anything more detailed, like logos,
lettering or freestyle patterns, book a design slot so we have time to do it properly, and bring a picture of
what you'd like on your phone.
""",
        """
## Check with school first

A lot of schools in Newcastle and North Tyneside don't allow shaved lines or designs under their uniform
rules. Please check your child's school policy before the cut, because once it's in we can't take it back out,
and we'd rather not have a disappointed (or suspended) customer.

## Gallery

<div class="t3iYD CjVfdc"><img src="/_/rsrc/1711468804000/gallery/design-lightning.jpg" class="CENy8b"
 role="img" alt="Lightning bolt design on a skin fade"><img src="/_/rsrc/1711468804000/gallery/design-lines.jpg"
 class="CENy8b" role="img" alt="Two parallel lines above the ear"></div>

See more of our designs on our [Instagram](https://www.instagram.com/heatonbarberco/).

[button: Book a design -> https://booksy.com/en-gb/48213_heaton-barber-co_barber-shop_20315_newcastle-upon-tyne]
""",
    ),
]

_GROOMING = [
    _section(
        """
## A bit of privacy

The Grooming Room is our private treatment room, away from the busy shop floor, with its own door, its own
music and a comfy reclining chair. It's where we do waxing, facials and our
[hair system consultations](/hair-loss/). The Grooming Room is open Tuesday to Saturday and is by appointment:
book online under "Grooming Room", or ask at the desk and we'll fit you in if it's free.

## Nose and ear waxing

We use warm hard wax on a small stick, applied only to the hairs at the entrance of the nostril; nothing
goes up inside your nose. Ear waxing takes care of the hair on the outer ear and around the rim. Does it hurt?
Honestly, a bit: it's one sharp sting lasting about a second on each side, and your eyes will probably water.
Most people say it's far less bad than they expected, and the results last four to six weeks.

Waxing isn't suitable if you have a cold or sinus infection, are taking Roaccutane (isotretinoin), or use
retinoid creams on your face. It's for over 16s only.
""",
        """
## Brow tidy

A wax and trim to take out the stray hairs and the middle bit without making your eyebrows look "done".

## Facials

- **Black mask facial**: a peel-off charcoal mask to clear out the pores on the nose and cheeks. 15 minutes.
- **Hot towel facial**: cleanse, exfoliate, steam, mask, a face and shoulder massage and moisturiser.
  30 minutes, and the most relaxing half hour you'll have all week.

## After waxing

Skin can be a little red for an hour or so. Avoid the gym, saunas and touching the area for the rest of the
day.

[button: Book the Grooming Room -> https://booksy.com/en-gb/48213_heaton-barber-co_barber-shop_20315_newcastle-upon-tyne]
""",
    ),
]

_PRICE_TABLE = """
<div class="CjVfdc jVwmLb"><div class="tyJCtd mGzaTb Depvyb baZpAe">
<table class="UNfe9d" style="width: 100%; border-collapse: collapse;">
<tbody>
<tr><th class="zfr3Q" colspan="2" style="text-align: left;">Haircuts</th></tr>
<tr><td><p class="zfr3Q CDt4Ke">Skin fade / bald fade</p></td><td><p class="zfr3Q CDt4Ke">£22</p></td></tr>
<tr><td><p class="zfr3Q CDt4Ke">Taper or clipper short back and sides</p></td><td><p class="zfr3Q CDt4Ke">£19</p>
</td></tr>
<tr><td><p class="zfr3Q CDt4Ke">Scissor cut</p></td><td><p class="zfr3Q CDt4Ke">£24</p></td></tr>
<tr><td><p class="zfr3Q CDt4Ke">Long hair cut</p></td><td><p class="zfr3Q CDt4Ke">£28</p></td></tr>
<tr><td><p class="zfr3Q CDt4Ke">Clipper cut, one grade all over</p></td><td><p class="zfr3Q CDt4Ke">£13</p></td></tr>
<tr><td><p class="zfr3Q CDt4Ke">Restyle</p></td><td><p class="zfr3Q CDt4Ke">£30</p></td></tr>
<tr><td><p class="zfr3Q CDt4Ke">Haircut and beard trim</p></td><td><p class="zfr3Q CDt4Ke">£32</p></td></tr>
<tr><th class="zfr3Q" colspan="2" style="text-align: left;">Beards &amp; shaves</th></tr>
<tr><td><p class="zfr3Q CDt4Ke">Beard trim</p></td><td><p class="zfr3Q CDt4Ke">£12</p></td></tr>
<tr><td><p class="zfr3Q CDt4Ke">Beard sculpt with hot towel</p></td><td><p class="zfr3Q CDt4Ke">£16</p></td></tr>
<tr><td><p class="zfr3Q CDt4Ke">Traditional hot towel shave</p></td><td><p class="zfr3Q CDt4Ke">£25</p></td></tr>
<tr><td><p class="zfr3Q CDt4Ke">Head shave</p></td><td><p class="zfr3Q CDt4Ke">£20</p></td></tr>
<tr><td><p class="zfr3Q CDt4Ke">Head shave with hot towels</p></td><td><p class="zfr3Q CDt4Ke">£24</p></td></tr>
<tr><th class="zfr3Q" colspan="2" style="text-align: left;">Kids (under 12)</th></tr>
<tr><td><p class="zfr3Q CDt4Ke">Kids' cut</p></td><td><p class="zfr3Q CDt4Ke">£14</p></td></tr>
<tr><td><p class="zfr3Q CDt4Ke">Kids' skin fade</p></td><td><p class="zfr3Q CDt4Ke">£17</p></td></tr>
<tr><td><p class="zfr3Q CDt4Ke">First haircut with certificate</p></td><td><p class="zfr3Q CDt4Ke">£15</p></td></tr>
</tbody>
</table>
</div></div>
"""

_PRICE_TABLE_2 = """
<div class="CjVfdc jVwmLb"><div class="tyJCtd mGzaTb Depvyb baZpAe">
<table class="UNfe9d" style="width: 100%; border-collapse: collapse;">
<tbody>
<tr><th class="zfr3Q" colspan="2" style="text-align: left;">Colour</th></tr>
<tr><td><p class="zfr3Q CDt4Ke">Grey blending (added to a cut)</p></td><td><p class="zfr3Q CDt4Ke">from £18</p>
</td></tr>
<tr><td><p class="zfr3Q CDt4Ke">Beard colour</p></td><td><p class="zfr3Q CDt4Ke">£15</p></td></tr>
<tr><td><p class="zfr3Q CDt4Ke">Full colour</p></td><td><p class="zfr3Q CDt4Ke">from £35</p></td></tr>
<tr><td><p class="zfr3Q CDt4Ke">Bleach / platinum</p></td><td><p class="zfr3Q CDt4Ke">from £70</p></td></tr>
<tr><th class="zfr3Q" colspan="2" style="text-align: left;">Hair tattoos</th></tr>
<tr><td><p class="zfr3Q CDt4Ke">Simple lines or parting</p></td><td><p class="zfr3Q CDt4Ke">£5</p></td></tr>
<tr><td><p class="zfr3Q CDt4Ke">Detailed design</p></td><td><p class="zfr3Q CDt4Ke">from £12</p></td></tr>
<tr><td><p class="zfr3Q CDt4Ke">Freestyle / logo</p></td><td><p class="zfr3Q CDt4Ke">from £20</p></td></tr>
<tr><th class="zfr3Q" colspan="2" style="text-align: left;">Grooming Room</th></tr>
<tr><td><p class="zfr3Q CDt4Ke">Nose wax</p></td><td><p class="zfr3Q CDt4Ke">£8</p></td></tr>
<tr><td><p class="zfr3Q CDt4Ke">Ear wax</p></td><td><p class="zfr3Q CDt4Ke">£8</p></td></tr>
<tr><td><p class="zfr3Q CDt4Ke">Nose and ear wax</p></td><td><p class="zfr3Q CDt4Ke">£14</p></td></tr>
<tr><td><p class="zfr3Q CDt4Ke">Brow tidy</p></td><td><p class="zfr3Q CDt4Ke">£9</p></td></tr>
<tr><td><p class="zfr3Q CDt4Ke">Black mask facial</p></td><td><p class="zfr3Q CDt4Ke">£15</p></td></tr>
<tr><td><p class="zfr3Q CDt4Ke">Hot towel facial</p></td><td><p class="zfr3Q CDt4Ke">£30</p></td></tr>
</tbody>
</table>
</div></div>
"""

_PRICES = [
    _section(
        """
## Our price list

Prices are the same whichever barber you see. Colour prices depend on your hair length and what you're after,
so we'll always confirm the price at your consultation before we start.
"""
    ),
    _section(_PRICE_TABLE, _PRICE_TABLE_2),
    _section(
        """
Hair systems are priced separately: see [Hair Loss &amp; Hair Systems](/hair-loss/). Looking for a deal? Have
a look at our [offers](/offers/). Prices correct from 1 March 2025.

[button: Book now -> https://booksy.com/en-gb/48213_heaton-barber-co_barber-shop_20315_newcastle-upon-tyne]
"""
    ),
]

_OFFERS = [
    _section(
        """
## Students

Students get **£3 off any haircut, Monday to Wednesday**, all day. Just show a valid student card with your
photo on it before your cut: a TOTUM card or your Newcastle, Northumbria or Newcastle College ID all count.
Sixth formers aged 16 and over with a college ID are welcome too.

## Pensioners

If you're 65 or over, a short back and sides (clipper or scissors) is **£12 on Tuesdays and Thursdays from
9am until 2pm**. Every other service is 10% off at those times. Bring your bus pass or anything with your date
of birth if we don't know you yet; we won't ask twice.

## Blue Light Card

NHS, police, fire, ambulance and armed forces staff get 10% off all services on Mondays with a valid Blue
Light Card or Defence Discount card.
""",
        """
## Dads and lads

A dad (or grandad, or uncle) and a child under 12 cut together, back to back, for £30 on Sundays. Book two
slots next to each other with the same barber online.

## Loyalty card

Ask for a loyalty card on your first visit. Every haircut earns a stamp and your **8th haircut is free**.
Stamps are for haircuts only (not shaves, colour or the Grooming Room) and the card lasts two years.

## The small print

Only one offer or discount per visit, and offers can't be used on the same visit as a free loyalty
haircut. Please show your ID before the cut; we can't add a discount afterwards.
Offers may change, and we'll always give a month's notice here and in the shop.

[button: Book now -> https://booksy.com/en-gb/48213_heaton-barber-co_barber-shop_20315_newcastle-upon-tyne]
""",
    ),
]

_GIFTS = [
    _section(
        """
## Gift cards

Stuck for a present? A Heaton Barber Co. gift card can be used on any of our services and on products in
our shop, by whoever you give it to.

- Any amount from £10 to £200
- **In the shop**: a printed card in a black envelope, ready to wrap
- **Online**: an e-gift card emailed straight away, or on a date you choose, like a birthday morning

## Gift experiences

- **The Full Works (£55)**: haircut, traditional hot towel shave and a black mask facial
- **The Sharpener (£30)**: any haircut with a beard trim and hot towel
- **Little Gent's First Cut (£15)**: a baby's first haircut with certificate and keepsake lock of hair

[button: Buy a gift card online -> https://booksy.com/en-gb/48213_heaton-barber-co_barber-shop_20315_newcastle-upon-tyne/gift-cards]
""",
        """
## Good to know

Gift cards and gift experiences are **valid for 12 months** from the date they were bought. The expiry date is
printed on the back of the card or shown in the email. We can't accept or refund a card once it has expired,
so please don't let it sit in a drawer.

A gift card doesn't have to be spent in one go: whatever's left stays on the card for next time, until the
expiry date. Gift cards can't be swapped for cash and no change is given.

If you lose a printed card we can't replace it, so treat it like cash. E-gift cards can be sent again if the
email goes missing; just ring us with the buyer's name.

## Buying for a team?

For ten or more gift cards, for staff rewards or corporate gifts, email us and we'll take 10% off the total.
""",
    ),
]

_BOOKING = [
    _section(
        """
## Walk in or book: it's up to you

You can do either. Three of our five chairs are for booked appointments, which you can make online for a
set time with the barber of your choice. The other two chairs are kept for **walk-ins every day**: come into
the shop, give your name at the desk and you'll be added to the queue board. We'll tell you roughly how long
the wait is, and you're welcome to nip to the shops and come back.

We can't hold a place in the walk-in queue over the phone. The walk-in queue closes 30 minutes before closing
time, or earlier if it's already full. On Saturdays from 8am to 10am all five chairs are walk-in only.

## Booking online

Book through our [online booking page](https://booksy.com/en-gb/48213_heaton-barber-co_barber-shop_20315_newcastle-upon-tyne)
up to six weeks ahead. You'll get a confirmation text and a reminder 24 hours before. You can also ring the
shop to book, but we can't always answer while we're cutting, so online is quickest.

## Group bookings

For weddings, proms and stag dos we can take up to five people at once, and for wedding parties we can open
early, from 7am, for £20 per chair on top of the normal price. Ring or email to arrange.
""",
        """
## Running late?

Text or ring the shop to let us know. If you're up to 10 minutes late we'll still do your full service if we
can. Any later than that, your barber may have to do a shorter service so the next customer isn't kept
waiting (for example a clipper cut instead of a skin fade), move you to their next free slot, or, on a busy
day, count the appointment as missed.

## Cancelling or changing

Please give us at least **24 hours' notice** using the link in your confirmation text. Two cancellations with
less than 24 hours' notice count the same as a no-show.

## No-shows

We understand things happen. The first time you miss an appointment without telling us, we'll just send a
reminder. After a second no-show within six months, online booking will ask for a **£10 deposit**, which comes
off your bill when you turn up.

[button: Book online -> https://booksy.com/en-gb/48213_heaton-barber-co_barber-shop_20315_newcastle-upon-tyne]
""",
    ),
]

_SHOP = [
    _section(
        """
## Take the barbershop home

Everything we use on your hair is on the shelves by the desk, and your barber will happily tell you which
product will give you the finish you like.

### Styling

- Reuzel Blue water-based pomade, high shine: £16
- Uppercut Deluxe matt clay, strong hold, no shine: £17
- Sea salt texture spray for volume: £14
- Layrite cement clay: £18
- Hair tonic with witch hazel: £12

### Beard

- **Heaton No.6 beard oil**, our own blend with cedarwood and bergamot, made in Newcastle: £14
- Heaton No.6 beard balm: £15
- Boar bristle beard brush: £12
- Wooden beard comb: £6
""",
        """
### Shaving

- Proraso shaving cream: £9
- Proraso aftershave balm: £11
- Safety razor gift set with ten blades: £30

### Thinning hair

- Hair fibres to fill in thin patches, in five shades: £20
- Thickening shampoo: £13

## Buying from us

Products are sold in the shop only; we don't post orders out. If you want to make sure something's in stock,
ring us and we'll put it aside for you for up to seven days.

Unopened products can be returned within 14 days with your receipt for a refund or exchange. Opened products
can only be returned if faulty.
""",
    ),
]

_HAIRLOSS = [
    _section(
        """
## Thinning hair? You're not on your own

Around half of men notice some hair loss by the time they're 50, whether it's a receding hairline, thinning on
top or a bald patch at the crown. It can really knock your confidence, and a lot of men who sit in our chairs
tell us so. Here's our honest advice.

## What a good cut can do

- Go shorter on the sides and back. Thin hair on top looks thicker when the sides aren't bulky.
- A textured crop or a fade makes a thin crown or receding temples much less obvious.
- Don't grow it long to cover a thin patch; it usually draws attention to it.
- Use a matt clay or paste, not shiny gel or wax, which makes the scalp show through.
- Hair fibres can fill in a patch for a day or a night out.

## When to see your GP

We're barbers, not doctors. If your hair is coming out suddenly, in clumps or in round patches, or your scalp
is sore, itchy or flaky, see your GP. The same goes if it started after an illness or new medication. We don't
sell or advise on hair loss medication; talk to your GP or pharmacist about that.
""",
        """
## Hair systems: non-surgical hair replacement

A hair system is a very thin, breathable base (fine lace or a skin-like polymer) with real human hair, matched
to your colour, density, wave and the direction your hair grows. It's fixed to a lightly shaved area with
medical-grade tape or adhesive, then cut and blended into your own hair so it looks like it's growing from
your scalp. No surgery, no needles and no waiting months for results.

You can shower, swim, go to the gym and sleep in it. Every three to four weeks you come in for maintenance,
when we remove it, clean it and your scalp, re-fix it and tidy the cut. A system lasts three to six months
before it needs replacing.

## Consultations and costs

- **Free private consultation**, 45 minutes, in the Grooming Room on Tuesday and Thursday evenings from 6pm
- Stock system, fitted and cut in: **£295**
- Custom-made system: **from £450**, made to order in six to eight weeks
- Maintenance appointment: **£45** every three to four weeks
- A £100 non-refundable deposit is taken when you order a custom-made system

Nobody else in the shop will know why you're there. Ring or email to book a consultation.
""",
    ),
]

_TEAM = [
    _section(
        """
## Meet the team

**Dean Robson, owner.** Dean started sweeping floors in a barbershop in Wallsend at 15 and has been cutting for
over 25 years. Opened Heaton Barber Co. in 2012. Dean's the one to see for a traditional cut-throat shave or a
classic short back and sides. Works Tuesday to Saturday.

**Abdul "Abz" Rahman, senior barber.** Skin fades, sharp line-ups and freehand hair designs are Abz's thing;
he's won two regional fade competitions. Works Monday, Wednesday, Thursday, Friday and Sunday.

**Connor Hall, barber.** Connor trained in a salon before switching to barbering, so he's our scissor man:
textured crops, classic partings and long hair. Works Wednesday to Saturday.

**Kasia Nowak, barber and colourist.** Kasia looks after all our colour, from grey blending to platinum, and
does a lovely scissor cut. Works Tuesday, Thursday, Friday and Saturday.
""",
        """
**Maria Fenwick, grooming room and hair systems.** Maria runs the Grooming Room and our hair system clients,
after ten years with a hair replacement clinic in Leeds. Works Tuesday to Saturday, plus Tuesday and Thursday
evenings.

**Liam Charlton, barber.** Our all-rounder and the kids' favourite, with endless patience for wriggly
toddlers. Works Monday, Tuesday, Friday, Saturday and Sunday.

**Jake Atkinson, apprentice.** Jake is in his second year of his Level 2 apprenticeship and is already doing a
tidy fade. Works Monday to Friday.

<div class="t3iYD CjVfdc"><img src="/_/rsrc/1711468804000/team/team-photo.jpg" class="CENy8b" role="img"
 alt="The Heaton Barber Co. team outside the shop"></div>

Want to join us? See [careers](/careers/).
""",
    ),
]

_CAREERS = [
    _section(
        """
## Work with us

We're a busy, friendly shop with a loyal crowd of regulars and we're always happy to hear from good barbers.
We pay for ongoing training, you get free cuts and 28 days' holiday, and we close over Christmas.

?? Senior barber: full time, employed
4 days a week plus alternate Sundays. £26,000 to £30,000 depending on experience, plus 10% commission on
product sales. You'll need an NVQ Level 2 in Barbering (or equivalent) or at least two years' experience
in a busy shop, and be confident with skin fades and scissor work.

?? Chair rental: self-employed
A chair on our shop floor for £160 a week, including products, towels, card machine and online booking. Set
your own hours within our opening times. Minimum two years' experience and your own public liability insurance.

?? Apprentice barber
For 16 to 19 year olds. A Level 2 Barbering apprenticeship with one day a week at Newcastle College and four
days in the shop, paid at the apprentice rate or above. No experience needed, just enthusiasm and a good
attitude.
""",
        """
## How to apply

Email your CV and a link to your Instagram or photos of your work to
<a href="mailto:jobs@heatonbarberco.co.uk">jobs@heatonbarberco.co.uk</a>. If we like what we see, we'll invite
you in for a chat and a trade test, where you cut a model in the shop (we find the model and they get a free
cut). Please don't drop your CV in on a Saturday; we're flat out.

## Training up?

If you're new to barbering and want to learn, have a look at the courses at our
[Barber Academy](/academy/).
""",
    ),
]

_ACADEMY = [
    _section(
        """
## Heaton Barber Academy

Our academy runs in the shop in the evenings, after closing, so you learn in a real working barbershop.
Courses are taught by Dean and Abz, with a maximum of six students per class so you get plenty of time on the
tools. Students must be at least 16; under 18s need a parent's consent.

## Beginner Barbering Course

- **8 weeks**, Monday and Wednesday evenings, 6pm to 9pm
- Covers hygiene, consultation, clipper and scissor work, tapers, skin fades, beard trims and building a
  client base
- **£1,250**, including a starter kit with clippers, trimmers, scissors, combs and a cape
- Pay in full, or pay a £250 deposit and then four monthly payments of £250, interest free
- You get a Heaton Barber Academy certificate of completion. It isn't an NVQ, but it's a strong start to a
  portfolio and our graduates have gone on to apprenticeships all over the North East

## Fade Masterclass

A one-day course on Sundays for working barbers who want to sharpen their fades, drop fades and blending.
£195, including lunch.
""",
        """
## Be a model

Our students need heads to practise on. On **Wednesday evenings** academy models get a free clipper cut or
fade, done by a student and checked by Dean or Abz before you leave. Please allow 90 minutes, as students take
their time. Book a model slot by emailing the academy.

## Enrol

Email <a href="mailto:academy@heatonbarberco.co.uk">academy@heatonbarberco.co.uk</a> with the course you're
interested in. New Beginner courses start in January, April and September.

<div class="CjVfdc xlm5Yb"><div class="tyJCtd mGzaTb Depvyb baZpAe">
<p class="zfr3Q CDt4Ke" dir="ltr"><span class="C9DxTc">"I'd been in a call centre for eight years. Did the
beginner course at 34 and now I've got my own chair." – Craig, 2023 graduate</span></p></div></div>
""",
    ),
]

_FINDUS = [
    _section(
        """
## Where we are

114 Chillingham Road, Heaton, Newcastle upon Tyne NE6 5XL, a couple of doors up from the post office on
the same side.

- **Metro**: Chillingham Road station is a two minute walk.
- **Bus**: the 62 and 63 stop right outside ("Chillingham Road / Warwick Street").
- **Bike**: there's a cycle rack outside the shop.

## Parking

There are pay and display bays along Chillingham Road (maximum stay one hour, no return within an hour),
charged Monday to Saturday 8am to 6pm and free after 6pm and on Sundays. Most of the side streets are residents'
permit only and you will get a ticket. For longer appointments, the council pay and display car park on Rothbury
Terrace is a five minute walk and allows up to four hours.

<div class="CjVfdc w536ob"><img src="/_/rsrc/1711468804000/map-static.png" class="CENy8b" role="img"
 alt="Map showing the shop on Chillingham Road near the Metro station"></div>
""",
        """
## Opening hours

<div class="CjVfdc jVwmLb"><div class="tyJCtd mGzaTb Depvyb baZpAe">
<table class="UNfe9d" style="width: 100%;"><tbody>
<tr><td><p class="zfr3Q CDt4Ke">Monday</p></td><td><p class="zfr3Q CDt4Ke">9am – 6pm</p></td></tr>
<tr><td><p class="zfr3Q CDt4Ke">Tuesday</p></td><td><p class="zfr3Q CDt4Ke">9am – 6pm</p></td></tr>
<tr><td><p class="zfr3Q CDt4Ke">Wednesday</p></td><td><p class="zfr3Q CDt4Ke">9am – 7pm</p></td></tr>
<tr><td><p class="zfr3Q CDt4Ke">Thursday</p></td><td><p class="zfr3Q CDt4Ke">9am – 8pm</p></td></tr>
<tr><td><p class="zfr3Q CDt4Ke">Friday</p></td><td><p class="zfr3Q CDt4Ke">8am – 7pm</p></td></tr>
<tr><td><p class="zfr3Q CDt4Ke">Saturday</p></td><td><p class="zfr3Q CDt4Ke">8am – 5pm</p></td></tr>
<tr><td><p class="zfr3Q CDt4Ke">Sunday</p></td><td><p class="zfr3Q CDt4Ke">10am – 3pm</p></td></tr>
</tbody></table></div></div>

**Bank holidays**: we're open 10am to 4pm on bank holidays, except Christmas Day, Boxing Day and New Year's
Day, when we're closed. On Christmas Eve we close at 2pm.

## Accessibility

The shop floor is step-free from the pavement, with a wide door, and one of our chairs lowers right down so
transferring from a wheelchair is easier. Our toilet is small and isn't wheelchair accessible.

The Grooming Room is up a flight of stairs and there's no lift. If you can't manage the stairs, we can do
waxing and facials in a screened-off corner of the shop floor, and hair system consultations downstairs after
closing. Just mention it when you book.
""",
    ),
]

_FAQ = [
    _section(
        """
## Frequently asked questions

Can't find what you're after? Ring us on <a href="tel:01912764418">0191 276 4418</a> or send us a message on
[Instagram](https://www.instagram.com/heatonbarberco/).

?? How can I pay?
Cash, Visa, Mastercard, Apple Pay and Google Pay. We don't accept American Express or cheques.

?? Can I leave a tip on card?
Yes, the card machine asks before you pay. Every penny of tips goes to your barber.

?? Do you cut afro and textured hair?
Yes. Every barber on our team is trained in afro, curly and coily hair, from tight fades and sharp
line-ups to shaping twists and sponge curls. We don't do locs maintenance or braiding.

?? Do you cut women's hair?
Yes, for short styles: pixie crops, undercuts, clipper cuts and fades. Book it as a scissor cut or skin
fade and it's the same price. We don't do blow-dries, up-dos or long hair styling for women.
""",
        """
?? Can I bring a photo of what I want?
Please do. A photo on your phone is the quickest way to show us what you're after, even better if it's a
few angles.

?? I'm not happy with my cut. What should I do?
Tell us, ideally before you leave the chair. If you notice something later, let us know within seven days
and we'll put it right for free, with the same barber or a different one if you'd prefer.

?? Can I bring my dog?
Well-behaved dogs on a lead are very welcome. There's a water bowl by the door.

?? Do you offer drinks?
Tea, coffee and bottled water are on the house while you wait. We don't serve alcohol.

?? How do I leave a review?
Search for Heaton Barber Co. on Google and tap "Write a review". We read every one.
""",
    ),
]

_PAGES = [
    ("/", "Home", "Traditional and modern barbershop and grooming room in Heaton, Newcastle upon Tyne.", _HOME),
    ("/services/", "Haircuts", "Skin fades, tapers, scissor cuts and long hair for men in Heaton.", _SERVICES),
    ("/beards-and-shaves/", "Beards & Shaves", "Beard trims, hot towel shaves and head shaves.", _BEARDS),
    ("/kids/", "Kids & First Haircuts", "Kids' cuts, first haircut certificates and quiet appointments.", _KIDS),
    ("/colour/", "Colour & Grey Blending", "Grey blending, beard colour and full colour for men.", _COLOUR),
    ("/hair-tattoos/", "Hair Tattoos", "Hair designs, lines and freestyle patterns cut into the hair.", _TATTOOS),
    ("/grooming-room/", "The Grooming Room", "Nose and ear waxing, brow tidy and facials in private.", _GROOMING),
    ("/prices/", "Prices", "Our full price list for haircuts, shaves, colour and grooming.", _PRICES),
    ("/offers/", "Offers & Discounts", "Student, pensioner and Blue Light discounts and loyalty card.", _OFFERS),
    ("/gift-cards/", "Gift Cards", "Heaton Barber Co. gift cards and gift experiences.", _GIFTS),
    ("/booking/", "Booking", "Walk-ins, online booking, late arrivals, cancellations and no-shows.", _BOOKING),
    ("/shop/", "Shop", "Pomades, clays, beard oil and shaving products.", _SHOP),
    ("/hair-loss/", "Hair Loss & Hair Systems", "Thinning hair advice and non-surgical hair systems.", _HAIRLOSS),
    ("/team/", "Our Team", "Meet the barbers at Heaton Barber Co.", _TEAM),
    ("/careers/", "Careers", "Barber jobs, chair rental and apprenticeships in Newcastle.", _CAREERS),
    ("/academy/", "Barber Academy", "Beginner barbering courses and fade masterclasses.", _ACADEMY),
    ("/find-us/", "Find Us", "Location, parking, opening hours and accessibility.", _FINDUS),
    ("/faq/", "FAQ", "Answers to common questions about Heaton Barber Co.", _FAQ),
]

HTML = {path: _page(path, title.replace("&", "&amp;"), desc, sections) for path, title, desc, sections in _PAGES}

QUESTIONS = [
    ("how much is a skin fade", "/prices/"),
    (
        "My little one is nearly 18 months and hasn't had his hair cut yet, my mam wants something to remember it "
        "by, do you do anything like that?",
        "/kids/",
    ),
    (
        "Our lad is autistic and the noise and crowds in barbers really set him off. Is there a quiet time we "
        "could bring him in?",
        "/kids/",
    ),
    ("Driving over from Gateshead for my cut, where can I leave the car?", "/find-us/"),
    ("my brother's in a wheelchair, can he get in ok? he wants the facial thing upstairs too", "/find-us/"),
    ("are you open on the bank holiday monday", "/find-us/"),
    ("Do I have to book or can I just turn up", "/booking/"),
    (
        "Stuck in traffic on the Coast Road, gonna be about quarter of an hour late for my 2 o'clock, will you "
        "still do me?",
        "/booking/",
    ),
    ("My dad's 78 and on his pension, do you do anything cheaper for older folk?", "/offers/"),
    ("im at northumbria uni do u do a student discount", "/offers/"),
    ("Found a gift card from you in a drawer that I got for Christmas 2023, can I still use it?", "/gift-cards/"),
    (
        "My hair's going thin on top and it's really getting me down. Is there anything you lot can do short of "
        "shaving it all off?",
        "/hair-loss/",
    ),
    ("how much does a hair system cost and how long does one last", "/hair-loss/"),
    (
        "Getting loads of grey in my beard lately, can you darken it a bit without it looking like boot polish?",
        "/colour/",
    ),
    ("Do I need an allergy test before getting my hair dyed? Wedding is on Saturday", "/colour/"),
    (
        "My son wants a lightning bolt shaved into the side of his head for his birthday, how long will it stay "
        "in? dont want him getting in bother at school for weeks",
        "/hair-tattoos/",
    ),
    (
        "do you do proper old fashioned shaves with a cut throat and hot towels, and how long does it take",
        "/beards-and-shaves/",
    ),
    (
        "The hairs sprouting out of my nose and ears are getting embarrassing. Can you get rid of them, and does "
        "it hurt?",
        "/grooming-room/",
    ),
    ("whats the difference between a fade and a taper? I want something not too harsh for work", "/services/"),
    ("Is Abz in on Mondays? My mate went to him and his fade was class", "/team/"),
    ("Do you sell beard oil? My boyfriend keeps nicking mine", "/shop/"),
    ("Ive got my level 2 barbering and looking for work, are you taking anyone on", "/careers/"),
    (
        "Thinking of retraining as a barber at 40. How long is your beginners course and can I pay it off in "
        "instalments?",
        "/academy/",
    ),
    ("Can I pay with Amex?", "/faq/"),
    ("do yous cut afro hair", "/faq/"),
]

OUT_OF_SCOPE = [
    "Do you do home visits? My grandad's housebound and can't get out to the shop any more.",
    "Do you do scalp micropigmentation? My mate had it done and it looks like a shaved head",
    "Can I get my ears pierced while I'm in for my cut?",
    "Have you got another shop anywhere, like in Sunderland or Durham?",
    "is there a cashpoint near you",
    "Do you do perms for lads? I want that curly look everyone's got",
    "What time is the Newcastle match kicking off on Saturday?",
    "Can you recommend a good place for Sunday dinner in Heaton?",
]
