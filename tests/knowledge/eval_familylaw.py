"""An evaluation site: Ropewalk Family Law, a specialist family law firm in Nottingham (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. A Ghost CMS site: a gh-viewport with a
gh-head header and a gh-head-menu dropdown nav, gh-main holding an article "gh-article post page" whose
gh-content gh-canvas is built from Koenig cards (header card, callouts, kg-toggle-card FAQs, HTML-card tables),
a widget sidebar on the service pages, a gh-foot footer and a static portal "Subscribe" popup.
"""

import re
from string import Template

NAME = "Ropewalk Family Law"

_SITE = "https://www.ropewalkfamilylaw.co.uk"

_MENU = (
    ("Home", "/", ()),
    (
        "Divorce &amp; Money",
        "#",
        (
            ("Divorce &amp; Dissolution", "/divorce-and-dissolution/"),
            ("Financial Settlements", "/financial-settlements/"),
            ("Pensions on Divorce", "/pensions-on-divorce/"),
            ("Prenuptial Agreements", "/prenuptial-agreements/"),
            ("Cohabitation", "/cohabitation/"),
            ("Collaborative Law", "/collaborative-law/"),
        ),
    ),
    (
        "Children",
        "#",
        (
            ("Child Arrangements", "/child-arrangements/"),
            ("Relocation &amp; Travel Abroad", "/relocation-and-travel-abroad/"),
            ("Grandparents' Rights", "/grandparents/"),
            ("Special Guardianship &amp; Care", "/special-guardianship-and-care-proceedings/"),
        ),
    ),
    ("Domestic Abuse", "/domestic-abuse/", ()),
    (
        "Fees",
        "#",
        (
            ("Fees &amp; Packages", "/fees/"),
            ("Legal Aid &amp; Funding", "/legal-aid-and-funding/"),
        ),
    ),
    (
        "About",
        "#",
        (
            ("Our Team", "/our-team/"),
            ("FAQs", "/faq/"),
            ("Complaints", "/complaints/"),
        ),
    ),
    ("Contact", "/contact/", ()),
)


def _slug(label):
    return re.sub(r"[^a-z0-9]+", "-", label.lower().replace("&amp;", "")).strip("-")


def _nav(current):
    items = []
    for label, href, children in _MENU:
        cls = "nav-" + _slug(label)
        if href == current or any(h == current for _, h in children):
            cls += " nav-current"
        if not children:
            items.append(f'                    <li class="{cls}"><a href="{href}">{label}</a></li>')
            continue
        sub = []
        for child, child_href in children:
            child_cls = "nav-" + _slug(child) + (" nav-current" if child_href == current else "")
            sub.append(f'                            <li class="{child_cls}"><a href="{child_href}">{child}</a></li>')
        items.append(
            f'                    <li class="{cls} nav-has-dropdown">\n'
            f'                        <a href="{href}" aria-haspopup="true">{label}'
            ' <span class="gh-dropdown-caret" aria-hidden="true">&#9662;</span></a>\n'
            '                        <ul class="gh-dropdown">\n' + "\n".join(sub) + "\n                        </ul>\n"
            "                    </li>"
        )
    return "\n".join(items)


def _sidebar(related):
    links = "\n".join(f'                <li><a href="{href}">{label}</a></li>' for label, href in related)
    return f"""
        <aside class="gh-sidebar" role="complementary">
            <section class="gh-sidebar-widget widget-cta">
                <h3 class="gh-sidebar-title">Talk it through</h3>
                <p>Book a fixed-fee first meeting with a specialist family solicitor, in person in Nottingham
                or by video. No obligation to go any further.</p>
                <a class="gh-btn gh-primary-btn" href="/contact/">Book now</a>
                <p class="widget-phone">Or call <a href="tel:01159482170">0115 948 2170</a></p>
            </section>
            <section class="gh-sidebar-widget widget-links">
                <h3 class="gh-sidebar-title">Related</h3>
                <ul class="gh-sidebar-list">
{links}
                </ul>
            </section>
            <section class="gh-sidebar-widget widget-badges">
                <h3 class="gh-sidebar-title">Accredited</h3>
                <img src="/content/images/2023/04/resolution-member-badge.png" alt="Resolution member" width="120">
                <img src="/content/images/2023/04/law-society-children-law.png" alt="Children Law Accreditation"
                    width="120">
            </section>
            <section class="gh-sidebar-widget widget-subscribe">
                <h3 class="gh-sidebar-title">Family law notes</h3>
                <p>A short monthly email on changes in family law. Unsubscribe any time.</p>
                <a class="gh-btn" href="#/portal/signup" data-portal="signup">Subscribe</a>
            </section>
        </aside>"""


_DOC = Template("""<!DOCTYPE html>
<html lang="en-gb">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>$title</title>
    <meta name="HandheldFriendly" content="True">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="preload" as="style" href="/assets/built/screen.css?v=4f1c2a9b7e">
    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=4f1c2a9b7e">
    <link rel="stylesheet" type="text/css" href="/assets/css/ropewalk-custom.css?v=4f1c2a9b7e">
    <meta name="description" content="$description">
    <link rel="icon" href="/content/images/size/w256h256/2023/04/rfl-favicon.png" type="image/png">
    <link rel="canonical" href="$url">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <meta property="og:site_name" content="Ropewalk Family Law">
    <meta property="og:type" content="website">
    <meta property="og:title" content="$title">
    <meta property="og:description" content="$description">
    <meta property="og:url" content="$url">
    <meta property="og:image" content="$site/content/images/2023/04/ropewalk-townhouse.jpg">
    <meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:title" content="$title">
    <meta name="twitter:description" content="$description">
    <meta name="twitter:site" content="@RopewalkFamLaw">
    <script type="application/ld+json">
{
    "@context": "https://schema.org",
    "@type": "WebPage",
    "publisher": {
        "@type": "Organization",
        "name": "Ropewalk Family Law",
        "url": "$site/",
        "logo": {"@type": "ImageObject", "url": "$site/content/images/2023/04/ropewalk-family-law-logo.png"}
    },
    "url": "$url",
    "name": "$title",
    "mainEntityOfPage": "$url"
}
    </script>
    <meta name="generator" content="Ghost 5.96">
    <link rel="alternate" type="application/rss+xml" title="Ropewalk Family Law" href="$site/rss/">
    <script defer src="/public/portal.min.js?v=4f1c2a9b7e" data-i18n="true" data-ghost="$site/"
        data-key="5c2a7d1e0b9f3a6c4e8d2b1a07" data-api="$site/ghost/api/content/"></script>
    <style id="gh-members-styles">.gh-post-upgrade-cta-content, .gh-post-upgrade-cta {display: flex;
        flex-direction: column; align-items: center; text-align: center; width: 100%;}</style>
    <script defer src="/public/cards.min.js?v=4f1c2a9b7e"></script>
    <link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=4f1c2a9b7e">
    <script defer src="/public/member-attribution.min.js?v=4f1c2a9b7e"></script>
    <!-- Code injection: site header -->
    <script>
      window.dataLayer = window.dataLayer || [];
      function gtag(){dataLayer.push(arguments);}
      gtag('js', new Date());
      gtag('config', 'G-R7PW2FL0QX', {'anonymize_ip': true});
    </script>
    <style>:root {--ghost-accent-color: #2c4a52;}</style>
</head>
<body class="$body_class is-head-left-logo has-sans-title has-serif-body">
<div class="gh-viewport">

    <div class="rfl-topbar">
        <div class="rfl-topbar-inner inner">
            <span>Feeling unsafe? Our domestic abuse line: <a href="tel:01159482179">0115 948 2179</a></span>
            <a class="rfl-quick-exit" href="https://www.bbc.co.uk/weather" rel="nofollow">Quick exit &#10005;</a>
        </div>
    </div>

    <header id="gh-head" class="gh-head outer has-cta">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand">
                <a class="gh-head-logo" href="/">
                    <img src="/content/images/2023/04/ropewalk-family-law-logo.svg" alt="Ropewalk Family Law">
                </a>
                <button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
                    <svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor"
                        stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round"
                        d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg>
                </button>
                <button class="gh-burger" aria-label="Main Menu"></button>
            </div>

            <nav class="gh-head-menu">
                <ul class="nav">
$nav
                </ul>
            </nav>

            <div class="gh-head-actions">
                <a class="gh-head-link" href="tel:01159482170">0115 948 2170</a>
                <a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
                <a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
                <a class="gh-head-button gh-head-button-cta" href="/contact/">Book a consultation</a>
            </div>
        </div>
    </header>

    <div class="site-content">
    <main id="gh-main" class="gh-main">
    <article class="gh-article post page$article_class">
        <header class="gh-article-header gh-canvas">
            <h1 class="gh-article-title is-title">$heading</h1>
            <p class="gh-article-excerpt is-body">$excerpt</p>
        </header>
        <div class="gh-content-wrap$wrap_class">
        <section class="gh-content gh-canvas is-body">
$content
        </section>$sidebar
        </div>
    </article>
    </main>
    </div>

    <footer class="gh-foot outer">
        <div class="gh-foot-inner inner">
            <div class="gh-foot-widgets">
                <section class="gh-foot-widget">
                    <h4 class="gh-foot-title">Ropewalk Family Law</h4>
                    <p>14 The Ropewalk<br>Nottingham<br>NG1 5DT</p>
                    <p>Tel: <a href="tel:01159482170">0115 948 2170</a><br>
                    Email: <a href="mailto:enquiries@ropewalkfamilylaw.co.uk">enquiries@ropewalkfamilylaw.co.uk</a></p>
                </section>
                <section class="gh-foot-widget">
                    <h4 class="gh-foot-title">Office hours</h4>
                    <p>Monday to Friday, 9am to 5.30pm<br>Closed on bank holidays</p>
                    <p><a href="/contact/">Opening times, directions and booking</a></p>
                </section>
                <section class="gh-foot-widget">
                    <h4 class="gh-foot-title">How we help</h4>
                    <ul>
                        <li><a href="/divorce-and-dissolution/">Divorce &amp; dissolution</a></li>
                        <li><a href="/financial-settlements/">Financial settlements</a></li>
                        <li><a href="/child-arrangements/">Child arrangements</a></li>
                        <li><a href="/domestic-abuse/">Domestic abuse</a></li>
                        <li><a href="/special-guardianship-and-care-proceedings/">Care proceedings</a></li>
                    </ul>
                </section>
                <section class="gh-foot-widget">
                    <h4 class="gh-foot-title">Follow us</h4>
                    <ul class="gh-foot-social">
                        <li><a href="https://www.facebook.com/ropewalkfamilylaw" target="_blank" rel="noopener">
                            Facebook</a></li>
                        <li><a href="https://www.linkedin.com/company/ropewalk-family-law" target="_blank"
                            rel="noopener">LinkedIn</a></li>
                        <li><a href="https://www.instagram.com/ropewalkfamilylaw" target="_blank" rel="noopener">
                            Instagram</a></li>
                        <li><a href="https://x.com/RopewalkFamLaw" target="_blank" rel="noopener">X (Twitter)</a></li>
                    </ul>
                </section>
            </div>
            <div class="gh-foot-legal">
                <p>Ropewalk Family Law is the trading name of Ropewalk Family Law Limited, a company registered in
                England and Wales (no. 07019384), registered office 14 The Ropewalk, Nottingham NG1 5DT. Authorised
                and regulated by the Solicitors Regulation Authority. The content of this website is general
                information and is not legal advice on your situation.</p>
            </div>
            <div class="gh-copyright">Ropewalk Family Law &copy; 2025</div>
            <nav class="gh-foot-menu">
                <ul class="nav">
                    <li class="nav-our-team"><a href="/our-team/">Our Team</a></li>
                    <li class="nav-fees"><a href="/fees/">Fees</a></li>
                    <li class="nav-faqs"><a href="/faq/">FAQs</a></li>
                    <li class="nav-complaints"><a href="/complaints/">Complaints</a></li>
                    <li class="nav-contact"><a href="/contact/">Contact</a></li>
                </ul>
            </nav>
            <div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by
                Ghost</a></div>
        </div>
    </footer>

</div>

<div id="ghost-portal-root" class="gh-portal-root">
    <div class="gh-portal-popup-background" hidden></div>
    <div class="gh-portal-popup-wrapper signup" hidden>
        <div class="gh-portal-popup-container">
            <button class="gh-portal-closeicon" aria-label="Close">&#10005;</button>
            <div class="gh-portal-signup-header">
                <img class="gh-portal-signup-logo" src="/content/images/2023/04/rfl-favicon.png" alt="">
                <h1 class="gh-portal-main-title">Subscribe to Ropewalk Family Law</h1>
                <p class="gh-portal-main-subtitle">Family law notes: one short email a month on changes in the law
                and court practice.</p>
            </div>
            <form class="gh-portal-signup-form" data-members-form="signup">
                <label for="portal-email">Email</label>
                <input id="portal-email" type="email" name="email" placeholder="jamie@example.com"
                    data-members-email>
                <button class="gh-portal-btn gh-portal-btn-main" type="submit">Subscribe</button>
            </form>
            <div class="gh-portal-signup-message"><span>Already a member?</span>
                <button class="gh-portal-btn gh-portal-btn-link" data-portal="signin">Sign in</button></div>
        </div>
    </div>
</div>

<div class="rfl-cookie-notice" id="cookie-notice" role="dialog" aria-label="Cookies">
    <p>We use essential cookies to make this site work and, with your permission, anonymous analytics cookies
    to understand how it is used. We never use advertising cookies.</p>
    <button class="rfl-cookie-accept" type="button">Accept analytics</button>
    <button class="rfl-cookie-reject" type="button">Essential only</button>
</div>

</body>
</html>
""")


def _page(path, heading, excerpt, content, *, description, related=None):
    slug = "home" if path == "/" else path.strip("/")
    if path == "/":
        title = "Ropewalk Family Law | Specialist Family Solicitors in Nottingham"
    else:
        title = heading + " | Ropewalk Family Law"
    return _DOC.substitute(
        title=title,
        description=description,
        url=_SITE + path,
        site=_SITE,
        body_class="home-template" if path == "/" else "page-template page-" + slug,
        nav=_nav(path),
        article_class=" no-image" if related is None else " no-image has-sidebar",
        heading=heading,
        excerpt=excerpt,
        content=content.strip("\n"),
        wrap_class="" if related is None else " has-sidebar",
        sidebar="" if related is None else _sidebar(related),
    )


def _toggle(question, answer):
    return f"""
            <div class="kg-card kg-toggle-card" data-kg-toggle-state="close">
                <div class="kg-toggle-heading">
                    <h4 class="kg-toggle-heading-text"><span style="white-space: pre-wrap;">{question}</span></h4>
                    <button class="kg-toggle-card-icon" aria-label="Expand toggle to read content">
                        <svg id="Regular" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path class="cls-1"
                            d="M23.25,7.311,12.53,18.03a.749.749,0,0,1-1.06,0L.75,7.311"></path></svg>
                    </button>
                </div>
                <div class="kg-toggle-content">{answer}</div>
            </div>"""


def _quote(text, who):
    return f"""
            <blockquote class="kg-blockquote-alt rfl-testimonial">
                <p>{text}</p>
                <cite>{who}</cite>
            </blockquote>"""


_HOME = (
    """
            <div class="kg-card kg-header-card kg-v2 kg-width-full kg-content-wide" style="background-color: #2c4a52;"
                data-background-color="#2c4a52">
                <div class="kg-header-card-content">
                    <div class="kg-header-card-text kg-align-center">
                        <h2 id="family-law-with-a-steady-hand" class="kg-header-card-heading" style="color: #FFFFFF;"
                            data-text-color="#FFFFFF"><span style="white-space: pre-wrap;">Family law, with a steady
                            hand</span></h2>
                        <p id="specialist-family-solicitors" class="kg-header-card-subheading" style="color: #FFFFFF;"
                            data-text-color="#FFFFFF"><span style="white-space: pre-wrap;">Specialist family
                            solicitors in the heart of Nottingham</span></p>
                        <a href="/contact/" class="kg-header-card-button" style="background-color: #e8b04a;
                            color: #000000;" data-button-color="#e8b04a" data-button-text-color="#000000">Book a
                            consultation</a>
                    </div>
                </div>
            </div>
            <p>Ropewalk Family Law was set up in 2009 by Helen Marsh with one simple idea: people going through a
            separation deserve a solicitor who does nothing but family law, explains things in plain English and
            keeps a close eye on the cost. Sixteen years on we are a team of six, still working from the same
            Georgian townhouse on The Ropewalk, a short walk up the hill from the Old Market Square.</p>
            <p>We act for husbands, wives, civil partners, unmarried couples, parents, grandparents and other family
            members. Whatever the situation, you will deal with the same solicitor from your first meeting to the
            end of your case.</p>
            <h2 id="how-we-can-help">How we can help</h2>
            <!--kg-card-begin: html-->
            <div class="rfl-services">
                <a class="rfl-service" href="/divorce-and-dissolution/"><h3>Divorce &amp; dissolution</h3>
                    <p>No-fault divorce and ending a civil partnership, step by step.</p></a>
                <a class="rfl-service" href="/financial-settlements/"><h3>Financial settlements</h3>
                    <p>Dividing the home, savings and income fairly, and making it stick.</p></a>
                <a class="rfl-service" href="/pensions-on-divorce/"><h3>Pensions on divorce</h3>
                    <p>Often the biggest asset after the house, and the easiest to overlook.</p></a>
                <a class="rfl-service" href="/cohabitation/"><h3>Cohabitation</h3>
                    <p>Disputes between unmarried couples, and agreements that prevent them.</p></a>
                <a class="rfl-service" href="/prenuptial-agreements/"><h3>Prenuptial agreements</h3>
                    <p>Protecting what you bring into a marriage or civil partnership.</p></a>
                <a class="rfl-service" href="/child-arrangements/"><h3>Child arrangements</h3>
                    <p>Where the children live and the time they spend with each parent.</p></a>
                <a class="rfl-service" href="/relocation-and-travel-abroad/"><h3>Relocation &amp; travel</h3>
                    <p>Moving away, moving abroad, and holidays outside the UK.</p></a>
                <a class="rfl-service" href="/domestic-abuse/"><h3>Domestic abuse</h3>
                    <p>Protective injunctions when you need to be kept safe.</p></a>
                <a class="rfl-service" href="/grandparents/"><h3>Grandparents</h3>
                    <p>Staying in your grandchildren's lives after a family breakdown.</p></a>
                <a class="rfl-service" href="/special-guardianship-and-care-proceedings/"><h3>Care &amp; special
                    guardianship</h3><p>When social services are involved with your family.</p></a>
                <a class="rfl-service" href="/collaborative-law/"><h3>Collaborative law</h3>
                    <p>Sorting things out around a table instead of in a courtroom.</p></a>
            </div>
            <!--kg-card-end: html-->
            <h2 id="where-we-work">Based in Nottingham, but not only Nottingham</h2>
            <p>Most of our clients live in Nottingham and the surrounding areas: West Bridgford, Beeston, Arnold,
            Carlton, Hucknall and Long Eaton. Distance is rarely a problem, though. We regularly act for clients in
            Mansfield, Newark, Grantham, Derby and Loughborough, and our solicitors are at the family courts in
            Nottingham, Mansfield, Derby and Leicester every week. Because so much of family law now happens online
            and by video, we also take on cases from elsewhere in England and Wales. We cannot advise on Scottish or
            Northern Irish law.</p>
            <div class="kg-card kg-callout-card kg-callout-card-grey">
                <div class="kg-callout-emoji">&#128737;&#65039;</div>
                <div class="kg-callout-text">Worried about your safety at home? Please read our
                <a href="/domestic-abuse/">domestic abuse page</a> or call us. If you are in immediate danger,
                call 999.</div>
            </div>
            <h2 id="what-clients-say">What our clients say</h2>
"""
    + _quote(
        "Helen got me through the worst year of my life. I always knew what was happening next and what it was"
        " going to cost, and there were no nasty surprises on the bills.",
        "Client, financial settlement, West Bridgford &middot; Google review",
    )
    + _quote(
        "Raj and Claire were brilliant: calm, honest and always on the end of the phone when things got difficult"
        " over the children.",
        "Father, child arrangements case, Beeston &middot; Google review",
    )
    + _quote(
        "I was dreading meeting a solicitor but Tom put me at ease straight away and explained everything without"
        " any jargon.",
        "Client, Hucknall &middot; Review Solicitors",
    )
    + """
            <div class="kg-card kg-button-card kg-align-center">
                <a href="/contact/" class="kg-btn kg-btn-accent">Book your first meeting</a>
            </div>
            <p class="rfl-badges"><small>Resolution members &middot; Law Society Children Law Accreditation &middot;
            Legal Aid Agency family contract &middot; Lexcel practice management standard</small></p>
"""
)

_DIVORCE = """
            <p>Since 6 April 2022, divorce in England and Wales has been "no-fault". Nobody has to blame anyone: the
            person applying simply confirms that the marriage has broken down irretrievably, and the court accepts
            that statement. You can apply once you have been married for at least one year.</p>
            <h2 id="sole-or-joint">Sole or joint application</h2>
            <p>You can apply on your own (a sole application) or together (a joint application), in which case you
            take each step together.</p>
            <h2 id="if-your-spouse-wont-cooperate">What if my spouse won't co-operate?</h2>
            <p>You do not need your spouse's agreement to get divorced. Once the court has issued a sole application
            it is sent to your spouse, who should return an acknowledgement of service within 14 days. They can only
            dispute the divorce on very narrow legal grounds, for example that the courts of England and Wales have no
            jurisdiction or the marriage was not valid. They cannot stop it just because they don't want it. If they
            ignore the papers, we can ask the court to treat them as served, have a court bailiff or process server
            hand them over in person, or get permission to serve by email, text or social media. The divorce then
            carries on without them.</p>
            <h2 id="timeline">How long does it take?</h2>
            <p>The law builds in waiting periods, so even a straightforward divorce takes over six months:</p>
            <!--kg-card-begin: html-->
            <table class="rfl-table">
                <thead><tr><th>Stage</th><th>What happens</th><th>Typical timing</th></tr></thead>
                <tbody>
                    <tr><td>1. Application issued</td><td>The court checks the application and sends it to your
                    spouse</td><td>1 to 3 weeks after we submit it</td></tr>
                    <tr><td>2. Acknowledgement of service</td><td>Your spouse confirms they have received it</td>
                    <td>Within 14 days</td></tr>
                    <tr><td>3. Reflection period</td><td>A compulsory 20 weeks, counted from the date the application
                    was issued</td><td>Ends at week 20</td></tr>
                    <tr><td>4. Conditional order</td><td>A judge confirms you are entitled to a divorce</td>
                    <td>Around weeks 22 to 26</td></tr>
                    <tr><td>5. Final order</td><td>Can be applied for 6 weeks and 1 day after the conditional order;
                    it legally ends the marriage</td><td>From around week 27</td></tr>
                </tbody>
            </table>
            <!--kg-card-end: html-->
            <p>In practice most of our divorces are finished in seven to nine months. If the finances are not yet
            settled, we will usually advise you to wait for the financial order before applying for the final
            order, as pension rights can be lost the moment the marriage ends.</p>
            <h2 id="civil-partnerships">Ending a civil partnership</h2>
            <p>A civil partnership is ended by dissolution rather than divorce, but the process is now almost
            identical: the same online service, the same no-fault statement, the same 20-week reflection period and
            the same conditional and final orders. The one-year rule applies too: you cannot apply to dissolve a
            civil partnership until at least one year after the date it was registered. If you have separated before
            then, we can record the separation and agree the finances in a separation agreement, ready to apply as
            soon as the year is up.</p>
            <h2 id="what-you-need">What you'll need</h2>
            <ul>
                <li>Your original marriage or civil partnership certificate, or a certified copy from the register
                office (with a certified translation if it is not in English)</li>
                <li>Your spouse's current postal address and, ideally, their email address</li>
                <li>The court fee, currently &pound;612, unless you qualify for Help with Fees</li>
            </ul>
            <p>Our fixed fee is on our <a href="/fees/">fees page</a>. Money and property are dealt with separately:
            see <a href="/financial-settlements/">financial settlements</a>.</p>
"""

_FINANCES = """
            <p>Getting divorced or dissolving a civil partnership does not, on its own, sort out your finances. Until
            a court order deals with them, you and your former partner can still bring financial claims against each
            other, even years later, and a pay rise, an inheritance or a business that takes off could be drawn into
            the pot.</p>
            <h2 id="what-it-covers">What a settlement covers</h2>
            <p>A financial settlement can deal with the family home (selling it, transferring it to one of you, or a
            "Mesher" order postponing the sale until the children are older), savings and investments,
            <a href="/pensions-on-divorce/">pensions</a>, businesses, debts and ongoing spousal maintenance. Wherever
            possible we aim for a clean break, so that once the order has been carried out neither of you has any
            further claim against the other.</p>
            <h2 id="consent-orders">Already agreed? Make it a consent order</h2>
            <p>If you have reached an agreement between yourselves, in mediation or through solicitors, the way to
            make it legally binding is a consent order. We draft the order in the wording the court expects, with a
            short statement of information (form D81) summarising each of your finances, and file it online. A judge
            approves it on the papers, so neither of you has to attend court; the court fee is &pound;58. Most consent
            orders come back approved within six to ten weeks, although the judge may ask questions if the split
            looks unusual. Once sealed, the order binds you both and, if it includes a clean break, neither of you can
            come back for more later. An agreement that is only written down or recorded in a mediation summary does
            not give you that protection.</p>
            <p>The court can only approve a consent order once the conditional order has been made in the divorce, so
            we often prepare the paperwork during the 20-week reflection period.</p>
            <h2 id="if-you-cant-agree">If you can't agree</h2>
            <p>Either of you can apply to the court on Form A. The case then follows a set path:</p>
            <ol>
                <li><strong>Disclosure:</strong> both of you complete a detailed financial statement (Form E) with
                bank statements, payslips, valuations and pension information.</li>
                <li><strong>First Directions Appointment:</strong> usually 12 to 16 weeks after the application; the
                judge decides what further information and valuations are needed.</li>
                <li><strong>Financial Dispute Resolution (FDR) hearing:</strong> a judge gives an indication of the
                likely outcome to help you settle. Most cases settle here or soon after. A private FDR, with an
                experienced barrister acting as the judge, is often quicker.</li>
                <li><strong>Final hearing:</strong> if there is still no agreement, a judge decides.</li>
            </ol>
            <p>A contested case typically takes 12 to 18 months from application to final hearing.</p>
            <h2 id="remarrying">Thinking of remarrying?</h2>
            <p>Make sure your financial claims are formally started or settled before you remarry or form a new civil
            partnership. Once you remarry you lose the right to start most financial claims against your former
            spouse, including a claim to share their pension, if you have not already made one.</p>
"""

_PENSIONS = """
            <p>After the family home, pensions are very often the most valuable thing a couple owns, and sometimes
            they are worth more than the house. They are also the asset most often overlooked when couples reach a
            do-it-yourself settlement. A pension built up during the marriage is treated as part of the family
            finances whichever of you is named on it, so if your spouse has a large pension and you have very little,
            you can usually claim a share of it.</p>
            <h2 id="valuing-pensions">Getting a value</h2>
            <p>The starting point is a Cash Equivalent Transfer Value (CETV) from each pension provider. Providers
            have up to three months to produce one, and most will give one free statement a year. But a CETV is only a
            starting point. For defined benefit (final salary or career average) schemes, and especially public
            sector schemes such as the NHS, Teachers', Police, Local Government and Armed Forces pensions, the CETV
            can seriously understate what the pension is really worth in terms of the income it will pay.</p>
            <h2 id="pode-reports">Pensions on Divorce Expert (PODE) reports</h2>
            <p>Where the pensions are significant or include a public sector scheme, we usually recommend a report
            from a Pensions on Divorce Expert: an actuary who works out how the pensions should be divided to achieve
            a fair result, for example equal incomes in retirement. A report typically costs between &pound;1,500 and
            &pound;3,500 plus VAT depending on complexity. The cost is normally shared equally between you, and if the
            case goes to court the judge will usually appoint one expert jointly.</p>
            <h2 id="options">Three ways of dealing with pensions</h2>
            <ul>
                <li><strong>Pension sharing:</strong> a percentage of one pension is transferred into a pension in
                the other person's name. It takes effect after the final order and gives a genuine clean break. Many
                schemes charge an implementation fee, from nothing up to &pound;1,800 or more.</li>
                <li><strong>Offsetting:</strong> one of you keeps the pension and the other receives a bigger share of
                other assets, such as the house, instead. Pound-for-pound swaps are rarely fair, so offsetting needs
                careful valuation.</li>
                <li><strong>Pension attachment:</strong> the court orders part of the pension income or lump sum to
                be paid to the other person when it comes into payment. Rarely used now, because payments stop on
                death or remarriage.</li>
            </ul>
            <div class="kg-card kg-callout-card kg-callout-card-blue">
                <div class="kg-callout-emoji">&#128161;</div>
                <div class="kg-callout-text">The new State Pension (for people reaching state pension age after April
                2016) generally cannot be shared on divorce, although some older additional State Pension and
                "protected payment" elements can.</div>
            </div>
"""

_COHAB = """
            <p>There is no such thing as a "common law marriage" in England and Wales. However long you have lived
            together, and even if you have children, unmarried partners do not have the same rights as married
            couples or civil partners when they separate. There is no claim for maintenance for yourself and no
            automatic share of the other person's property or pension. That does not mean you have no rights at
            all.</p>
            <h2 id="home-in-one-name">When the home is in one name</h2>
            <p>If you live in a home owned by your partner, you may still have a share in it if you can show that you
            both intended you to have one and you relied on that, for example because you were promised a share, paid
            towards the deposit or the mortgage, or paid for major building work. These claims are brought under the
            Trusts of Land and Appointment of Trustees Act 1996 (TOLATA) and are decided on property and trust law,
            not on what seems fair. Every case turns on its evidence, so keep bank statements, messages and anything
            else showing what was said and paid. Where the home is in joint names, the court starts from the position
            on the title deeds, usually equal shares, unless there is a declaration of trust or clear evidence of a
            different intention.</p>
            <p>Unlike divorce cases, costs in TOLATA cases usually follow the outcome: the losing party can be ordered
            to pay the winner's legal costs. That is why we put so much effort into early negotiation and
            mediation.</p>
            <h2 id="children">Where there are children</h2>
            <p>Under Schedule 1 of the Children Act 1989 a parent can ask the court to order the other parent to
            provide a home for the children until they finish education, or lump sums for things like a car or
            furniture. The home usually goes back to the paying parent afterwards.</p>
            <h2 id="cohabitation-agreements">Cohabitation agreements</h2>
            <p>The simplest way to avoid all of this is a cohabitation agreement, ideally signed when you move in
            together or buy a property. It can set out who owns what and in what shares, who pays the mortgage and
            bills, what happens to the home, joint accounts, the car and even the dog if you split up, and how one of
            you can buy the other out. If you are buying together, we can also prepare a declaration of trust
            recording unequal contributions to the deposit. You should each take separate legal advice, and the
            agreement should be reviewed if you have children, marry or move. Cohabitation agreements and
            declarations of trust are available on a <a href="/fees/">fixed fee</a>.</p>
"""

_PRENUP = """
            <p>A prenuptial agreement sets out how your money and property should be divided if your marriage or
            civil partnership ends. Couples come to us for many reasons: one of you already owns a home or a
            business, expects an inheritance, has children from an earlier relationship, or you simply want
            certainty.</p>
            <h2 id="are-they-binding">Are prenups binding in England and Wales?</h2>
            <p>Not automatically: a court dealing with a divorce still has the final say. But since the Supreme Court
            case of Radmacher v Granatino in 2010, the courts will give effect to a prenup that was freely entered
            into by both people with a full understanding of what it means, unless it would be unfair to hold them to
            it in the circumstances at the time. In practice, a well-prepared prenup that meets both people's needs,
            and those of any children, is very likely to be upheld.</p>
            <h2 id="timing">Timing: start early</h2>
            <p>We recommend getting in touch at least three months before the wedding. The agreement should be signed
            no later than 28 days before the wedding or civil partnership ceremony, because an agreement signed in
            the last few weeks, with the venue booked and the guests invited, is much easier to challenge on the basis
            of pressure. If your wedding is only around six weeks away, call us straight away: there may still just be
            time, and if not we can prepare a postnuptial agreement to sign after the wedding instead.</p>
            <h2 id="what-makes-it-stand-up">What makes a prenup stand up</h2>
            <ul>
                <li>Each of you takes independent legal advice from a different solicitor; we can only act for one of
                you.</li>
                <li>Full and frank financial disclosure on both sides, usually a schedule of assets, income and
                pensions with supporting documents.</li>
                <li>No pressure, and enough time to think it over.</li>
                <li>Terms that meet both people's reasonable needs, especially if children arrive.</li>
                <li>A review clause, so the agreement is looked at again after a set number of years or on the birth
                of a child.</li>
            </ul>
            <h2 id="postnuptial-agreements">Postnuptial agreements</h2>
            <p>A postnuptial agreement does the same job but is made after the wedding, perhaps because there was no
            time beforehand, one of you has received an inheritance, or you have reconciled after a separation. The
            courts treat them in the same way as prenups. Civil partners can make equivalent pre-registration and
            post-registration agreements.</p>
"""

_CHILDREN = """
            <p>Most separated parents agree arrangements for their children themselves, sometimes with help from a
            mediator or solicitor, without ever going near a court. When that isn't possible, the court can make a
            child arrangements order setting out who a child lives with and when they spend time with the other
            parent. It can also make a prohibited steps order, stopping a parent from doing something such as
            changing the child's school, or a specific issue order deciding a particular question the parents
            disagree about.</p>
            <h2 id="miam">Mediation first: the MIAM requirement</h2>
            <p>Before you can apply to court about children you must normally attend a Mediation Information and
            Assessment Meeting (MIAM) with an accredited family mediator. It is a one-to-one meeting of about an hour
            where the mediator explains mediation and the other options and checks whether mediation is suitable.
            Your ex is invited to a separate MIAM, but you do not need them to attend for yours to count. A MIAM costs
            around &pound;90 to &pound;150 per person, and it is free for both of you if either of you qualifies for
            legal aid. If mediation goes ahead, the government's Family Mediation Voucher Scheme can contribute up to
            &pound;500 towards the cost.</p>
            <p>There are exemptions, including evidence of domestic abuse, child protection concerns, genuine urgency
            (for example a risk that the child will be taken abroad) or having attended a MIAM in the last four
            months. Even where there is no exemption, the court can pause a case and ask parents to try mediation or
            another out-of-court option if it thinks that would help. We work with several mediators in Nottingham and
            can refer you quickly.</p>
            <h2 id="court-process">The court process</h2>
            <p>An application is made on form C100; the court fee is currently &pound;255. Cafcass (the Children and
            Family Court Advisory and Support Service) carries out safeguarding checks with the police and the local
            authority and speaks to each parent by phone before the first hearing, called the First Hearing Dispute
            Resolution Appointment, usually six to ten weeks after the application. Many cases settle at that hearing.
            If not, the court may ask Cafcass for a report, and both parents are often directed to attend a Separated
            Parents Information Programme.</p>
            <h2 id="childs-wishes">What about my child's wishes?</h2>
            <p>The court's only concern is the child's welfare, and the child's wishes and feelings are one of the
            things it must consider, in the light of their age and understanding. There is no fixed age at which a
            child decides, but from about 11 or 12 a child's views carry real weight, and a court is unlikely to force
            a 14 or 15-year-old into arrangements they strongly resist. A Cafcass officer may speak to your child
            directly, so children rarely need to come to court. The court will also look at whether a child's views
            have been influenced by either parent, so try not to put your child in the position of choosing.</p>
"""

_RELOCATION = """
            <h2 id="holidays-abroad">Holidays abroad</h2>
            <p>Anyone taking a child out of the UK needs the written consent of everyone with parental
            responsibility, or the court's permission. Taking a child abroad without it can be the criminal offence of
            child abduction, even for a parent and even for a short holiday. The main exception is this: if a child
            arrangements order says the child lives with you, you can take them abroad for up to 28 days without the
            other parent's consent, unless the order says otherwise. Even then, it is good practice to tell the other
            parent where you are going and how to reach the children.</p>
            <p>If the other parent refuses to agree to a holiday, you can apply to the court for a specific issue
            order. Courts usually allow holidays to countries that have signed the 1980 Hague Convention on child
            abduction where there is no real risk of the child not coming back. Apply at least eight to twelve weeks
            before you are due to travel. We also draft travel consent letters for the other parent to sign; airlines
            and border staff may ask to see one, particularly if your child's surname is different from yours.</p>
            <h2 id="relocation">Moving abroad or across the country</h2>
            <p>Moving permanently abroad with a child needs the other parent's consent or the court's permission,
            often called "leave to remove". The court looks at the child's welfare as a whole: the reasons for the
            move, how well it has been planned (housing, schools, work), the effect on the child's relationship with
            the other parent, and the proposals for them to stay in touch. A move within the UK, say from Nottingham
            to Cornwall, does not need permission in the same way, but the other parent can apply to stop it, so
            careful planning is just as important.</p>
            <h2 id="abduction">Worried your child will be taken abroad?</h2>
            <p>If you fear the other parent will take your child out of the country and not bring them back, act
            quickly. We can apply urgently, without notice to the other parent, for a prohibited steps order
            forbidding removal, and ask the court to order that the child's passports are handed over. If removal is
            imminent, within the next 48 hours, call the police straight away and ask for an "all ports alert", which
            puts the child on a watch list at UK ports and airports. Getting a child back from a country that has not
            signed the 1980 Hague Convention can be extremely difficult, so prevention really matters. If your child
            has already been taken, call us immediately.</p>
            <div class="kg-card kg-callout-card kg-callout-card-yellow">
                <div class="kg-callout-emoji">&#9992;&#65039;</div>
                <div class="kg-callout-text">Planning a move abroad? Talk to us before you hand in your notice or
                accept a job offer: a well-prepared plan makes a big difference.</div>
            </div>
"""

_ABUSE = (
    """
            <div class="kg-card kg-callout-card kg-callout-card-red">
                <div class="kg-callout-emoji">&#128680;</div>
                <div class="kg-callout-text">If you are in immediate danger, call 999. If you can't speak, call 999
                and press 55 when prompted. To leave this page quickly, use the Quick exit button.</div>
            </div>
            <div class="kg-card kg-button-card kg-align-left">
                <a href="https://www.bbc.co.uk/weather" class="kg-btn kg-btn-accent rfl-quick-exit">Quick exit</a>
            </div>
            <p>Domestic abuse is not only physical violence. It includes threats, intimidation, coercive and
            controlling behaviour, stalking, and financial and emotional abuse. The family court can make two kinds of
            protective order, and we can help you decide which you need.</p>
            <h2 id="non-molestation-orders">Non-molestation orders</h2>
            <p>A non-molestation order forbids someone from using or threatening violence against you or your
            children, and from intimidating, harassing or pestering you. It can stop them contacting you by any means,
            posting about you online, or coming within a set distance of your home, your workplace or the children's
            school. Breaking a non-molestation order is a criminal offence punishable by up to five years in prison,
            so the police can arrest for it.</p>
            <h2 id="occupation-orders">Occupation orders</h2>
            <p>An occupation order decides who can live in the family home. It can require the abuser to leave, stop
            them coming back, keep them out of a set area around the home, or let you back in if you have been shut
            out. The court weighs up the harm each person and the children would suffer, so these orders are harder to
            get than non-molestation orders.</p>
            <h2 id="same-day-help">Urgent, same-day help</h2>
            <p>When you are at risk you cannot wait weeks. If you contact us by 11am on a weekday, in most cases we
            can take your statement, prepare the application and get it in front of a judge at the Nottingham Family
            Court on Carrington Street the same day. Urgent applications can be made "without notice", which means the
            other person is not told until after the order has been made. It is then served on them, usually by a
            process server, and there is a further hearing within about two weeks at which they can respond. There is
            no court fee for these applications. We always call back an urgent domestic abuse enquiry the same
            day.</p>
            <p>Legal aid is available for these orders, and the Legal Aid Agency can waive the usual income and
            capital limits for victims of domestic abuse, although a contribution may be needed. See
            <a href="/legal-aid-and-funding/">legal aid &amp; funding</a>.</p>
            <h2 id="support">Support out of office hours</h2>
            <ul>
                <li>National Domestic Abuse Helpline (24 hours): 0808 2000 247</li>
                <li>Juno Women's Aid, Nottingham: 0808 800 0340</li>
                <li>Men's Advice Line: 0808 8010 327</li>
            </ul>
"""
    + _quote(
        "I didn't know where to turn. Claire listened, explained everything calmly and I finally felt safe again.",
        "Client, Arnold",
    )
    + "\n"
)

_GRANDPARENTS = """
            <p>Grandparents often play a huge part in children's lives, and it can be heartbreaking when a separation,
            a falling-out or a bereavement means you suddenly can't see your grandchildren. The law recognises how
            important those relationships can be, but grandparents do not have an automatic legal right to see their
            grandchildren.</p>
            <h2 id="try-to-agree-first">Try to agree first</h2>
            <p>Most grandparent cases are resolved without a court. A carefully worded letter, a conversation through
            a trusted family member or a session with a mediator often gets contact restarted, especially if the
            parent's worries (about being undermined, or about what is said in front of the children) are listened
            to. A court will expect you to have tried this before you apply.</p>
            <h2 id="asking-the-court">Asking the court: two stages</h2>
            <p>Unlike parents, grandparents usually need the court's permission, sometimes called "leave", before they
            can apply for a child arrangements order. The request for permission is made at the same time as the main
            application. When deciding whether to give permission, the court considers:</p>
            <ul>
                <li>your connection with the child, such as how often you saw them and whether you have ever cared
                for them;</li>
                <li>what you are asking for; and</li>
                <li>whether the application might disrupt the child's life so much that it would harm them.</li>
            </ul>
            <p>If your grandchild has lived with you for a total of at least three years, you may not need permission
            at all. Once permission is given, the case proceeds like any other child arrangements case, and the court
            decides what is best for the child. That might be regular visits, video calls, letters and cards, or time
            during the school holidays.</p>
            <h2 id="grandparents-as-carers">When grandparents become carers</h2>
            <p>Sometimes grandparents step in to bring up grandchildren because the parents can't. If that is your
            situation, see our page on <a href="/special-guardianship-and-care-proceedings/">special guardianship and
            care proceedings</a>. The charity Kinship also runs a free advice line for grandparents and other relatives
            raising children.</p>
"""

_CARE = """
            <div class="kg-card kg-callout-card kg-callout-card-green">
                <div class="kg-callout-emoji">&#9878;&#65039;</div>
                <div class="kg-callout-text"><strong>Legal aid available.</strong> We hold a Legal Aid Agency contract
                for public law children cases, so if social services are involved with your family we may be able to
                help you free of charge.</div>
            </div>
            <h2 id="letter-before-proceedings">If you've had a letter from social services</h2>
            <p>Before starting court proceedings, the local authority will usually send a "letter before proceedings"
            and invite the parents to a pre-proceedings meeting under what is called the Public Law Outline (PLO).
            Take this letter seriously and bring it to a solicitor straight away. Free legal advice at this stage,
            including a solicitor coming to the meeting with you, is available to parents and anyone with parental
            responsibility whatever their income. It is often the best chance to keep a child at home or within the
            family.</p>
            <h2 id="care-proceedings">Care proceedings</h2>
            <p>If the local authority applies to court for a care or supervision order, parents and anyone with
            parental responsibility are entitled to legal aid with no means test and no merits test: it doesn't
            matter what you earn or own. The child has their own solicitor and a Cafcass children's guardian. The
            court aims to finish care proceedings within 26 weeks. Along the way there may be parenting assessments,
            drug and alcohol testing and expert reports, and the court will look at whether relatives or friends
            could care for the child.</p>
            <p>Other family members, such as grandparents, aunts and uncles, can put themselves forward as carers and
            may be able to join the proceedings. Legal aid for them is means-tested, and we check eligibility on your
            first call.</p>
            <h2 id="special-guardianship">Special guardianship orders</h2>
            <p>A special guardianship order (SGO) places a child with a family member or other carer until they turn
            18. The special guardian has parental responsibility and can make day-to-day decisions without the
            parents' agreement, while the parents remain the child's legal parents. SGOs are often made at the end of
            care proceedings, but you can also apply independently, for example if you are already looking after a
            grandchild informally.</p>
            <p>If you apply yourself, you must first give the local authority three months' written notice. The local
            authority then prepares a special guardianship assessment covering your health, home, finances, background
            checks and your relationship with the child; this normally takes around 12 weeks, and longer if the
            authority is busy. Special guardians may be entitled to a means-tested special guardianship allowance and
            other support from the local authority, which we can help you negotiate before the order is made.</p>
"""

_FEES = """
            <p>We believe you should know what things will cost before you commit. Where we can, we work on fixed
            fees. Where a case is unpredictable we charge by the hour and give you a written estimate at the start,
            which we update if things change.</p>
            <h2 id="initial-consultation">Fixed-fee initial consultation</h2>
            <p>Your first meeting is a one-hour consultation with a specialist family solicitor for a fixed fee of
            &pound;150 plus VAT (&pound;180 in total), paid when you book. It can be at our office, by video or by
            phone. We listen, explain your options and the likely costs, and send you a short letter summarising our
            advice within three working days. If you go on to instruct us, the consultation fee is deducted from your
            first bill.</p>
            <h2 id="fixed-fee-packages">Fixed-fee packages</h2>
            <!--kg-card-begin: html-->
            <table class="rfl-table rfl-fees">
                <thead><tr><th>Service</th><th>Our fee (ex VAT)</th><th>Inc. VAT</th><th>What's included</th></tr>
                </thead>
                <tbody>
                    <tr><td>Divorce or dissolution: sole application</td><td>&pound;650</td><td>&pound;780</td>
                    <td>Application, service, conditional order and final order. Court fee extra.</td></tr>
                    <tr><td>Divorce or dissolution: joint application</td><td>&pound;550</td><td>&pound;660</td>
                    <td>As above, acting for one of you. Court fee extra.</td></tr>
                    <tr><td>Responding to a divorce application</td><td>&pound;295</td><td>&pound;354</td>
                    <td>Advice and completing the acknowledgement of service.</td></tr>
                    <tr><td>Consent order</td><td>&pound;950</td><td>&pound;1,140</td>
                    <td>Drafting or checking the order and D81, filing with the court. Court fee extra.</td></tr>
                    <tr><td>Consent order with pension sharing</td><td>&pound;1,250</td><td>&pound;1,500</td>
                    <td>As above, plus the pension sharing annex and liaising with the pension provider.</td></tr>
                    <tr><td>Cohabitation agreement</td><td>&pound;750</td><td>&pound;900</td>
                    <td>Advice, drafting, one round of amendments and signing.</td></tr>
                    <tr><td>Declaration of trust</td><td>&pound;450</td><td>&pound;540</td>
                    <td>For couples buying a home in unequal shares.</td></tr>
                    <tr><td>Prenuptial or postnuptial agreement</td><td>from &pound;2,250</td><td>from &pound;2,700</td>
                    <td>Advice, disclosure review, drafting and negotiation with the other solicitor.</td></tr>
                    <tr><td>Travel consent letter</td><td>&pound;95</td><td>&pound;114</td>
                    <td>Letter of consent for a child's trip abroad, for the other parent to sign.</td></tr>
                </tbody>
            </table>
            <!--kg-card-end: html-->
            <h2 id="hourly-rates">Hourly rates</h2>
            <p>Contested finances, children cases and other unpredictable work are charged by the hour:</p>
            <!--kg-card-begin: html-->
            <table class="rfl-table rfl-rates">
                <thead><tr><th>Who</th><th>Per hour (ex VAT)</th><th>Inc. VAT</th></tr></thead>
                <tbody>
                    <tr><td>Partner / Resolution Accredited Specialist</td><td>&pound;265</td><td>&pound;318</td></tr>
                    <tr><td>Senior Associate</td><td>&pound;230</td><td>&pound;276</td></tr>
                    <tr><td>Solicitor</td><td>&pound;195</td><td>&pound;234</td></tr>
                    <tr><td>Paralegal</td><td>&pound;120</td><td>&pound;144</td></tr>
                </tbody>
            </table>
            <!--kg-card-end: html-->
            <p>Routine letters, emails and phone calls are charged in six-minute units. For hourly-rate work we ask
            for money on account, usually &pound;1,000, before we start, and send interim bills as the work
            progresses.</p>
            <h2 id="other-costs">Other costs</h2>
            <p>Disbursements are costs we pay on your behalf, such as court fees, barristers' fees, valuations and
            expert reports. We always check with you before we incur one. VAT is charged at 20%.</p>
            <h2 id="how-to-pay">How to pay</h2>
            <p>We accept debit and credit cards (including over the phone), bank transfer and our secure online
            payment link. We cannot accept cash payments over &pound;500. For legal aid and ways of spreading the
            cost, see <a href="/legal-aid-and-funding/">legal aid &amp; funding</a>.</p>
"""

_FUNDING = """
            <p>Ropewalk Family Law holds a Legal Aid Agency contract for family law. Since 2013 legal aid has not been
            available for most private family disputes, such as divorce, finances and arrangements for children
            between parents, but there are important exceptions, and we always check whether you qualify before
            quoting for private fees.</p>
            <h2 id="who-can-get-legal-aid">Who can get legal aid?</h2>
            <p>For private family cases, meaning disputes between family members rather than with social services,
            you need to pass three tests:</p>
            <ol>
                <li><strong>Evidence:</strong> for help with a children or finances case you must show that you have
                been a victim of domestic abuse, or that a child is at risk of abuse, from the other party. Accepted
                evidence includes a police caution or conviction, a protective injunction, a letter from a GP, health
                professional or domestic abuse support service, a MARAC referral or a letter from a refuge. There is
                no time limit on how old the evidence can be.</li>
                <li><strong>Means:</strong> your gross income must be under &pound;2,657 a month (higher if you have
                more than four children), your disposable income under &pound;733 a month and your capital (savings
                and equity in property, with some allowances) under &pound;8,000. If you receive Universal Credit,
                Income Support, income-based Jobseeker's Allowance, income-related Employment and Support Allowance
                or Guarantee Credit, you automatically pass the income test, although your capital is still
                checked.</li>
                <li><strong>Merits:</strong> the case must have reasonable prospects and be worth pursuing.</li>
            </ol>
            <p>Legal aid for family mediation is available without evidence of abuse, subject to the means test. You
            may have to pay a monthly contribution from your income, and if you keep or recover money or property
            through the case, the Legal Aid Agency can recover its costs from it (the "statutory charge"). Our
            paralegal will take you through all of this in a free eligibility check by phone, which takes about ten
            minutes.</p>
            <h2 id="instalments">Paying in instalments</h2>
            <p>If you are paying privately, you don't have to find all the money at once. Any of our fixed-fee
            packages can be spread over up to six interest-free monthly payments by standing order, after an initial
            payment of 25%. For hourly-rate cases we can agree a monthly payment plan, from &pound;250 a month, which
            we review with you every three months so that a balance doesn't build up. There is no credit check; just
            ask at your first meeting.</p>
            <h2 id="other-funding">Other ways to fund a case</h2>
            <ul>
                <li><strong>Legal services payment order:</strong> in financial cases where one spouse controls the
                money, the court can order them to pay towards the other's legal fees.</li>
                <li><strong>Litigation loans:</strong> specialist lenders fund legal fees against your expected
                settlement; we can introduce you to lenders we have worked with.</li>
                <li><strong>Sears Tooth agreement:</strong> in some financial cases we can agree to be paid from your
                settlement at the end.</li>
            </ul>
"""

_COLLAB = """
            <p>Collaborative law is a way of sorting out a separation, the finances and the arrangements for the
            children without going to court, with each of you having your own specialist lawyer beside you. Instead
            of letters going back and forth between solicitors, everything is worked out in a series of face-to-face
            "four-way" meetings: you, your former partner and your two lawyers.</p>
            <h2 id="how-it-works">How it works</h2>
            <ol>
                <li>You each choose a collaboratively trained lawyer. Your ex's lawyer must be collaboratively
                trained too, and we can give you names of others in the East Midlands.</li>
                <li>Each of you meets your own lawyer to talk about what matters most to you.</li>
                <li>At the first four-way meeting everyone signs a participation agreement, committing to resolve
                things without going to court and to share all relevant financial information openly.</li>
                <li>Further meetings, usually three to five over three to six months, work through the finances and
                the children's arrangements. The lawyers keep notes and agree action points and an agenda for the
                next meeting.</li>
                <li>Once you reach agreement, the lawyers draw it up and send it to the court to be approved.</li>
            </ol>
            <h2 id="the-key-difference">The key difference</h2>
            <p>If the collaborative process breaks down and either of you decides to go to court, both lawyers must
            stand down and you each have to instruct new solicitors. That sounds drastic, but it gives everyone,
            including the lawyers, a strong reason to make the process work.</p>
            <h2 id="is-it-right-for-us">Is it right for us?</h2>
            <p>Collaborative law suits couples who can sit in the same room, want to keep control of the decisions and
            are both willing to be open about their finances. It is not suitable where there has been domestic abuse
            or one of you is afraid of the other. Other professionals can join the meetings when needed, such as an
            independent financial adviser or a family consultant to help with communication. Time is charged at our
            normal hourly rates, and the overall cost is usually much lower than a contested court case.</p>
            <p>Helen Marsh and Tom Whitworth are our collaboratively trained lawyers.</p>
"""

_TEAM = (
    """
            <p>Every one of our solicitors practises family law and nothing else, and every one is a member of
            Resolution, the national organisation of family justice professionals. Members follow Resolution's Code
            of Practice, which commits us to a constructive, non-confrontational approach that keeps children's
            interests at the centre. Resolution's Accredited Specialist scheme recognises lawyers who have passed a
            demanding assessment in particular areas of family law.</p>
            <!--kg-card-begin: html-->
            <div class="rfl-team">
                <div class="rfl-team-member">
                    <img src="/content/images/2023/04/helen-marsh.jpg" alt="Helen Marsh" loading="lazy">
                    <h3>Helen Marsh</h3>
                    <p class="rfl-role">Founding Partner</p>
                    <p>Qualified in 2001 and founded the firm in 2009 after ten years at a large Nottingham practice.
                    Resolution Accredited Specialist in complex financial remedies and pensions. Helen handles
                    higher-value financial cases, family businesses and prenuptial agreements, and sits on Resolution's
                    East Midlands regional committee.</p>
                </div>
                <div class="rfl-team-member">
                    <img src="/content/images/2023/04/raj-sandhu.jpg" alt="Rajinder Sandhu" loading="lazy">
                    <h3>Rajinder (Raj) Sandhu</h3>
                    <p class="rfl-role">Partner, Head of Children &amp; Care</p>
                    <p>Qualified in 2006. A member of the Law Society's Children Law Accreditation Scheme, Raj
                    represents parents, grandparents and other relatives in care proceedings and special guardianship
                    cases. He speaks Punjabi and Urdu.</p>
                </div>
                <div class="rfl-team-member">
                    <img src="/content/images/2023/04/claire-okafor.jpg" alt="Claire Okafor" loading="lazy">
                    <h3>Claire Okafor</h3>
                    <p class="rfl-role">Senior Associate</p>
                    <p>Qualified in 2012. Resolution Accredited Specialist in domestic abuse and private children law.
                    Claire leads our urgent injunction work and children cases between parents.</p>
                </div>
                <div class="rfl-team-member">
                    <img src="/content/images/2023/04/tom-whitworth.jpg" alt="Tom Whitworth" loading="lazy">
                    <h3>Tom Whitworth</h3>
                    <p class="rfl-role">Solicitor</p>
                    <p>Qualified in 2019. Tom advises on divorce, cohabitation disputes and prenuptial agreements, and
                    completed his collaborative law training in 2022.</p>
                </div>
                <div class="rfl-team-member">
                    <img src="/content/images/2023/04/anya-kowalczyk.jpg" alt="Anya Kowalczyk" loading="lazy">
                    <h3>Anya Kowalczyk</h3>
                    <p class="rfl-role">Paralegal</p>
                    <p>Anya runs our legal aid applications and eligibility checks. She is a native Polish speaker and
                    regularly joins meetings alongside the solicitor for clients who would rather talk things through in
                    Polish.</p>
                </div>
                <div class="rfl-team-member">
                    <img src="/content/images/2023/04/gemma-lowe.jpg" alt="Gemma Lowe" loading="lazy">
                    <h3>Gemma Lowe</h3>
                    <p class="rfl-role">Client Care Manager</p>
                    <p>Usually the first voice you'll hear when you ring. Gemma books appointments, keeps the diary and
                    makes sure nobody waits too long for a call back.</p>
                </div>
            </div>
            <!--kg-card-end: html-->
"""
    + _quote(
        "Anya and Raj made a horrible situation bearable. I always felt listened to.",
        "Grandmother, special guardianship case, Bulwell",
    )
    + "\n"
)

_CONTACT = """
            <p>The easiest way to book is to call us on <a href="tel:01159482170">0115 948 2170</a>. You can also email
            <a href="mailto:enquiries@ropewalkfamilylaw.co.uk">enquiries@ropewalkfamilylaw.co.uk</a> or use the form
            below, and we'll call you back within one working day at a time that suits you.</p>
            <h2 id="office-hours">Office hours</h2>
            <!--kg-card-begin: html-->
            <table class="rfl-table rfl-hours">
                <tbody>
                    <tr><th>Monday</th><td>9am to 5.30pm</td></tr>
                    <tr><th>Tuesday</th><td>9am to 5.30pm, evening appointments until 7.30pm</td></tr>
                    <tr><th>Wednesday</th><td>9am to 5.30pm</td></tr>
                    <tr><th>Thursday</th><td>9am to 5.30pm, evening appointments until 7.30pm</td></tr>
                    <tr><th>Friday</th><td>9am to 5.30pm</td></tr>
                    <tr><th>Saturday</th><td>9.30am to 12.30pm, pre-booked appointments only (phones not staffed)</td>
                    </tr>
                    <tr><th>Sunday and bank holidays</th><td>Closed</td></tr>
                </tbody>
            </table>
            <!--kg-card-end: html-->
            <h2 id="booking-and-cancellations">Booking and cancellations</h2>
            <p>We can normally offer a first consultation within three working days, and sooner if your matter is
            urgent. The consultation fee is taken when you book. If you need to cancel or rearrange, please give us at
            least 24 hours' notice and we'll move or refund your appointment free of charge. If you cancel with less
            than 24 hours' notice or don't attend, the fee is not refundable, although we will always be flexible if
            something unavoidable happens, such as illness or a problem with the children.</p>
            <h2 id="finding-us">Finding us</h2>
            <p>14 The Ropewalk, Nottingham NG1 5DT. We are near the top of the hill between the Park Estate and the
            city centre, about ten minutes' walk from the Old Market Square. The nearest tram stop is Royal Centre,
            six minutes' walk away, and many buses stop on Maid Marian Way.</p>
            <h2 id="a-discreet-way-in">A discreet way in</h2>
            <p>We know that being seen walking into a solicitor's office can feel uncomfortable, especially if you
            share friends or a workplace with your ex. As well as our front door on The Ropewalk, we have a private
            rear entrance off Postern Street, through our courtyard: an unmarked green door with a small brass plate
            and an intercom. Tell us when you book and we'll meet you there. Inside we have two separate waiting
            rooms, so you won't be sitting with anyone else, and if the other side is ever in the building for a
            meeting we make sure you arrive and leave at different times. The rear entrance is also step-free.</p>
            <h2 id="parking">Parking</h2>
            <p>We have three visitor spaces in the courtyard behind the building, entered from Postern Street,
            including one wider bay for Blue Badge holders. They are free but must be booked in advance, so just ask
            when you make your appointment. The archway is 2.1 metres high, so larger vans won't fit. Otherwise the
            nearest public car parks are Mount Street (NG1 6HW, about five minutes' walk) and Talbot Street.
            Pay-and-display bays on The Ropewalk itself are limited to two hours.</p>
            <!--kg-card-begin: html-->
            <form class="rfl-contact-form" action="https://formspree.io/f/xqkrbwpe" method="post">
                <label>Your name <input type="text" name="name" required></label>
                <label>Phone <input type="tel" name="phone"></label>
                <label>Email <input type="email" name="email"></label>
                <label>Best time to call <select name="time"><option>Morning</option><option>Afternoon</option>
                <option>Evening</option></select></label>
                <label>Briefly, how can we help? <textarea name="message" rows="4"></textarea></label>
                <button type="submit" class="kg-btn kg-btn-accent">Request a call back</button>
            </form>
            <!--kg-card-end: html-->
            <figure class="kg-card kg-image-card"><img src="/content/images/2023/04/ropewalk-map.png" class="kg-image"
                alt="Map showing 14 The Ropewalk and the Postern Street courtyard entrance" loading="lazy"></figure>
"""

_FAQ = "".join(
    _toggle(q, a)
    for q, a in (
        (
            "Will my ex find out that I've contacted you?",
            "<p>No. Everything you tell us is confidential and protected by legal professional privilege. We will"
            " not contact your spouse or partner unless and until you ask us to. When you first get in touch we run"
            " a conflict check using their name, but that check is internal and they will never know about it. If"
            " you share a home, a phone or an email account, tell us how to contact you safely: we can use a"
            " different email address, avoid leaving voicemails and send nothing by post to the house.</p>",
        ),
        (
            "Can you act for both of us?",
            "<p>No. Even if you agree on everything, a solicitor can only act for one of you, because your"
            " interests could conflict. Your ex will need separate advice, or you could use a mediator, who is"
            " neutral. If your ex has already consulted us, we won't be able to act for you.</p>",
        ),
        (
            "Do I need to come to the office?",
            "<p>Not at all. Many clients never visit us. We meet by video (Zoom or Microsoft Teams) or by phone,"
            " check your ID electronically through a secure app and send documents for e-signature. You are, of"
            " course, very welcome in person.</p>",
        ),
        (
            "What should I bring to my first meeting?",
            "<p>Photo ID and proof of address, any court papers or letters from your ex's solicitor, your"
            " marriage certificate if it is relevant, and a rough list of what you own and owe (the house and"
            " mortgage, savings, pensions, debts) and your income. Don't worry if you don't have everything: it's"
            " a starting point.</p>",
        ),
        (
            "Will I have to go to court?",
            "<p>Probably not. The large majority of our cases settle through negotiation, mediation or"
            " collaborative law. If you do need to go to court, we'll prepare you properly and you won't be on"
            " your own: one of our solicitors or a barrister will be with you. Many shorter hearings now take place"
            " by video.</p>",
        ),
        (
            "Can I make my ex pay my legal fees?",
            "<p>In financial cases after a divorce the general rule is that each person pays their own legal"
            " costs, unless one of them behaves unreasonably in the way they run the case, for example by hiding"
            " assets or refusing to provide information. In children cases, orders for costs are rare.</p>",
        ),
        (
            "Can you help with just part of my case while I represent myself?",
            "<p>Yes. If full representation isn't affordable, we offer a pay-as-you-go service: advice sessions,"
            " drafting or checking documents and preparing you for a hearing, while you deal with the court"
            " yourself. It is charged at our hourly rates and agreed in advance.</p>",
        ),
        (
            "I already have a solicitor. Can I switch to you?",
            "<p>Yes, you can change solicitor at any time. Once you instruct us, we'll ask your current solicitor"
            " for your file. They may be entitled to hold on to it until their bill is paid, so tell us about any"
            " outstanding fees.</p>",
        ),
    )
)

_FAQ_PAGE = (
    """
            <p>These are the questions we are asked most often. If yours isn't here, call us or mention it when you
            book: there is no such thing as a silly question.</p>
"""
    + _FAQ
    + """
            <div class="kg-card kg-signup-card kg-width-regular" data-lexical-signup-form>
                <div class="kg-signup-card-content">
                    <div class="kg-signup-card-text">
                        <h2 class="kg-signup-card-heading">Family law notes</h2>
                        <p class="kg-signup-card-subheading">One short email a month. No sales, no spam.</p>
                        <form class="kg-signup-card-form" data-members-form="signup">
                            <input class="kg-signup-card-input" type="email" placeholder="Your email"
                                data-members-email required>
                            <button class="kg-signup-card-button" type="submit">Subscribe</button>
                        </form>
                    </div>
                </div>
            </div>
"""
)

_COMPLAINTS = """
            <p>We want every client to be happy with the service they receive, but we know that things sometimes go
            wrong. If you are unhappy with our service or with our bill, please tell us: most concerns can be put
            right quickly.</p>
            <h2 id="step-1">Step 1: talk to your solicitor</h2>
            <p>Please raise the problem first with the solicitor handling your case. Often a conversation is all that
            is needed.</p>
            <h2 id="step-2">Step 2: our Complaints Partner</h2>
            <p>If you would rather not, or you are still not satisfied, contact our Complaints Partner, Rajinder
            Sandhu, in writing by email to <a href="mailto:complaints@ropewalkfamilylaw.co.uk">
            complaints@ropewalkfamilylaw.co.uk</a> or by post to 14 The Ropewalk, Nottingham NG1 5DT. If your
            complaint is about Raj or his team, Helen Marsh will deal with it instead.</p>
            <ul>
                <li>We will acknowledge your complaint within three working days and explain how we will deal with
                it.</li>
                <li>We will review your file and may invite you to a meeting or call to talk it through.</li>
                <li>We will send you a full written response within 21 days, and in any event no later than eight
                weeks after receiving your complaint.</li>
            </ul>
            <p>There is no charge for dealing with a complaint.</p>
            <h2 id="legal-ombudsman">Step 3: the Legal Ombudsman</h2>
            <p>If you are still unhappy, or we have not resolved your complaint within eight weeks, you can ask the
            Legal Ombudsman to look at it. You must normally do so within six months of our final response, and no
            later than one year from the problem happening (or from when you should reasonably have known about
            it).</p>
            <p>Legal Ombudsman, PO Box 6167, Slough SL1 0EH &middot; 0300 555 0333 &middot;
            enquiries@legalombudsman.org.uk &middot; <a href="https://www.legalombudsman.org.uk" target="_blank"
            rel="noopener">www.legalombudsman.org.uk</a></p>
            <h2 id="your-bill">Complaints about your bill</h2>
            <p>If your complaint is about our bill, you may also have the right to object to it by applying to the
            court for an assessment under Part III of the Solicitors Act 1974. The Legal Ombudsman may not consider a
            complaint about a bill once the court has assessed it.</p>
            <h2 id="sra">The Solicitors Regulation Authority</h2>
            <p>Ropewalk Family Law Limited is authorised and regulated by the Solicitors Regulation Authority (SRA
            number 651207). The SRA Standards and Regulations are available at <a href="https://www.sra.org.uk"
            target="_blank" rel="noopener">www.sra.org.uk</a>. If you are concerned about our conduct, for example
            dishonesty, taking or losing your money, or treating you unfairly because of your age, a disability or
            another characteristic, you can raise your concerns with the SRA.</p>
"""

_MONEY = (
    ("Financial settlements", "/financial-settlements/"),
    ("Pensions on divorce", "/pensions-on-divorce/"),
    ("Collaborative law", "/collaborative-law/"),
    ("Fees &amp; packages", "/fees/"),
)
_KIDS = (
    ("Child arrangements", "/child-arrangements/"),
    ("Relocation &amp; travel abroad", "/relocation-and-travel-abroad/"),
    ("Grandparents' rights", "/grandparents/"),
    ("Legal aid &amp; funding", "/legal-aid-and-funding/"),
)

HTML = {
    "/": _page(
        "/",
        "Specialist family solicitors in Nottingham",
        "Divorce, money, children and protection: clear advice from a firm that only does family law.",
        _HOME,
        description="Ropewalk Family Law: specialist family solicitors in Nottingham for divorce, finances,"
        " children, domestic abuse and care proceedings.",
    ),
    "/divorce-and-dissolution/": _page(
        "/divorce-and-dissolution/",
        "Divorce &amp; Dissolution",
        "How no-fault divorce and the dissolution of a civil partnership work, and how long they take.",
        _DIVORCE,
        description="No-fault divorce and civil partnership dissolution in Nottingham: the process, the timeline"
        " and what you need.",
        related=_MONEY,
    ),
    "/financial-settlements/": _page(
        "/financial-settlements/",
        "Financial Settlements &amp; Consent Orders",
        "Dividing the home, savings and income when you separate, and making the agreement legally binding.",
        _FINANCES,
        description="Financial settlements and consent orders on divorce, from Nottingham family law specialists.",
        related=_MONEY,
    ),
    "/pensions-on-divorce/": _page(
        "/pensions-on-divorce/",
        "Pensions on Divorce",
        "Valuing and dividing pensions fairly, including public sector schemes.",
        _PENSIONS,
        description="Pension sharing, offsetting and PODE reports on divorce, explained by Nottingham specialists.",
        related=_MONEY,
    ),
    "/cohabitation/": _page(
        "/cohabitation/",
        "Cohabitation Disputes &amp; Agreements",
        "Your rights when you live together without marrying, and how to protect yourselves.",
        _COHAB,
        description="Cohabitation disputes, TOLATA claims and cohabitation agreements for unmarried couples in"
        " Nottingham.",
        related=(
            ("Prenuptial agreements", "/prenuptial-agreements/"),
            ("Child arrangements", "/child-arrangements/"),
            ("Fees &amp; packages", "/fees/"),
        ),
    ),
    "/prenuptial-agreements/": _page(
        "/prenuptial-agreements/",
        "Prenuptial &amp; Postnuptial Agreements",
        "Protecting what you bring into a marriage or civil partnership.",
        _PRENUP,
        description="Prenuptial and postnuptial agreements drafted by Nottingham family law specialists.",
        related=(
            ("Cohabitation agreements", "/cohabitation/"),
            ("Financial settlements", "/financial-settlements/"),
            ("Fees &amp; packages", "/fees/"),
        ),
    ),
    "/child-arrangements/": _page(
        "/child-arrangements/",
        "Child Arrangements &amp; Mediation",
        "Where the children live, the time they spend with each parent, and what happens if you can't agree.",
        _CHILDREN,
        description="Child arrangements orders, MIAMs and mediation, and the family court process in Nottingham.",
        related=_KIDS,
    ),
    "/relocation-and-travel-abroad/": _page(
        "/relocation-and-travel-abroad/",
        "Relocation &amp; Taking Children Abroad",
        "Holidays, permanent moves and what to do if you fear a child will be taken out of the country.",
        _RELOCATION,
        description="Advice on holidays abroad, leave to remove and preventing child abduction, from Nottingham"
        " family solicitors.",
        related=_KIDS,
    ),
    "/domestic-abuse/": _page(
        "/domestic-abuse/",
        "Domestic Abuse: Non-Molestation &amp; Occupation Orders",
        "Protection from an abusive partner or family member, when you need it.",
        _ABUSE,
        description="Urgent non-molestation and occupation orders in Nottingham. Confidential help from specialist"
        " family solicitors.",
    ),
    "/grandparents/": _page(
        "/grandparents/",
        "Grandparents' Rights",
        "Staying part of your grandchildren's lives when the family breaks down.",
        _GRANDPARENTS,
        description="Grandparents' rights to see grandchildren: advice from Nottingham family law specialists.",
        related=(
            ("Special guardianship &amp; care", "/special-guardianship-and-care-proceedings/"),
            ("Child arrangements", "/child-arrangements/"),
            ("Legal aid &amp; funding", "/legal-aid-and-funding/"),
        ),
    ),
    "/special-guardianship-and-care-proceedings/": _page(
        "/special-guardianship-and-care-proceedings/",
        "Special Guardianship &amp; Care Proceedings",
        "When social services are involved with your family, or a relative needs to step in.",
        _CARE,
        description="Care proceedings and special guardianship orders in Nottingham, with legal aid available.",
        related=(
            ("Grandparents' rights", "/grandparents/"),
            ("Legal aid &amp; funding", "/legal-aid-and-funding/"),
            ("Our team", "/our-team/"),
        ),
    ),
    "/fees/": _page(
        "/fees/",
        "Fees &amp; Packages",
        "Clear prices: our fixed-fee consultation, fixed-fee packages and hourly rates.",
        _FEES,
        description="Fixed fees and hourly rates at Ropewalk Family Law, Nottingham.",
    ),
    "/legal-aid-and-funding/": _page(
        "/legal-aid-and-funding/",
        "Legal Aid &amp; Funding Your Case",
        "Who qualifies for legal aid, and other ways to pay for legal help.",
        _FUNDING,
        description="Family legal aid eligibility, instalment plans and other ways to fund a family case.",
        related=(
            ("Fees &amp; packages", "/fees/"),
            ("Domestic abuse", "/domestic-abuse/"),
            ("Care proceedings", "/special-guardianship-and-care-proceedings/"),
        ),
    ),
    "/collaborative-law/": _page(
        "/collaborative-law/",
        "Collaborative Law",
        "Resolving a separation around a table, with your lawyer beside you.",
        _COLLAB,
        description="Collaborative family law in Nottingham: four-way meetings instead of court.",
        related=_MONEY,
    ),
    "/our-team/": _page(
        "/our-team/",
        "Our Team",
        "Specialist family lawyers, all members of Resolution.",
        _TEAM,
        description="Meet the family law team at Ropewalk Family Law, Nottingham.",
    ),
    "/contact/": _page(
        "/contact/",
        "Contact &amp; Booking",
        "Opening hours, booking, directions and parking.",
        _CONTACT,
        description="Contact Ropewalk Family Law, 14 The Ropewalk, Nottingham NG1 5DT. Opening hours, parking and"
        " booking.",
    ),
    "/faq/": _page(
        "/faq/",
        "Frequently Asked Questions",
        "Straight answers to the questions people ask us most.",
        _FAQ_PAGE,
        description="Frequently asked questions about working with Ropewalk Family Law.",
    ),
    "/complaints/": _page(
        "/complaints/",
        "Complaints Procedure",
        "How to raise a concern with us, and where to go if you're still unhappy.",
        _COMPLAINTS,
        description="Complaints procedure, Legal Ombudsman and SRA information for Ropewalk Family Law.",
    ),
}

QUESTIONS = [
    ("I live in Mansfield, would you still take my case on or am I better off finding someone local?", "/"),
    ("how long does a divorce take start to finish these days", "/divorce-and-dissolution/"),
    (
        "My husband says he won't sign the divorce papers and he'll drag it out for years. Can he actually stop me"
        " divorcing him?",
        "/divorce-and-dissolution/",
    ),
    (
        "Me and my civil partner have split up but we only registered ten months ago. Can we end it now or do we"
        " have to wait?",
        "/divorce-and-dissolution/",
    ),
    (
        "We've agreed between us who gets what, the house to me and she keeps her savings. How do we make it"
        " official so she can't come back for more in a few years?",
        "/financial-settlements/",
    ),
    (
        "My wife's a nurse with a big NHS pension and I've hardly got any pension at all. Am I entitled to some of"
        " hers?",
        "/pensions-on-divorce/",
    ),
    (
        "Lived with my girlfriend 11 years, the house is only in her name but I've paid half the mortgage the whole"
        " time. She reckons I've got no rights because we never got married. Is she right?",
        "/cohabitation/",
    ),
    ("we're getting married in 6 weeks is it too late to get a prenup done", "/prenuptial-agreements/"),
    (
        "My ex won't let me see my daughter. Do I really have to go to mediation before I can take it to court?",
        "/child-arrangements/",
    ),
    (
        "my son is 13 and says he doesnt want to go to his dads anymore, will the court listen to what he wants",
        "/child-arrangements/",
    ),
    (
        "The kids live with me under a court order. Can I take them to Spain for two weeks in August without asking"
        " their dad?",
        "/relocation-and-travel-abroad/",
    ),
    (
        "I'm frightened my husband is going to take our daughter back to his home country and not bring her back."
        " How do I stop him?",
        "/relocation-and-travel-abroad/",
    ),
    (
        "He keeps threatening me and turning up at my work. I need something to make him stop, can anything be done"
        " today?",
        "/domestic-abuse/",
    ),
    (
        "Since our son split up with his partner she won't let us see the grandchildren at all. Do we have any rights?",
        "/grandparents/",
    ),
    (
        "Social services have written to my daughter saying they might go to court about her baby. She's got no"
        " money, will she have to pay for a solicitor?",
        "/special-guardianship-and-care-proceedings/",
    ),
    ("How much is a first appointment with one of your solicitors?", "/fees/"),
    (
        "I'm on universal credit and my ex was violent, could I get legal aid to sort out seeing the kids?",
        "/legal-aid-and-funding/",
    ),
    ("Can I pay you monthly? I can't afford to pay the whole lot up front", "/legal-aid-and-funding/"),
    (
        "We want to split amicably and stay out of court but we'd both like a lawyer. Someone mentioned"
        " collaborative something, how does that work?",
        "/collaborative-law/",
    ),
    ("does anyone there speak polish? my english is not so good for legal things", "/our-team/"),
    ("Where can I park when I come in?", "/contact/"),
    ("I really don't want anyone to see me going in your front door. Is there another way in?", "/contact/"),
    ("Can I come in on a Saturday? I work all week", "/contact/"),
    ("If I book an appointment will my husband find out I've spoken to a solicitor?", "/faq/"),
    ("I'm not happy with how my case has been dealt with. Who do I complain to?", "/complaints/"),
]

OUT_OF_SCOPE = [
    "Do you do wills? I need to update mine now the divorce is going through",
    "We had our baby through a surrogate abroad, can you help us get a parental order?",
    "Can you do the conveyancing when we sell the house?",
    "How much child maintenance would I have to pay if I earn 28k a year?",
    "Are you taking on trainees? I'm looking for a training contract in family law",
    "My sister is being pressured into marrying someone abroad, can you get one of those forced marriage orders?",
    "Is there a decent cafe near you where I can wait before my appointment?",
    "Can you recommend a removals firm in Nottingham for when I move out?",
]
